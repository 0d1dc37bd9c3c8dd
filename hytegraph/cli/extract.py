"""``hytegraph extract``: proposals of entities and facts from a document, for review."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import format_option

#: Bytes from which a document shows a progress bar on a terminal (about 20 pages).
LONG_DOCUMENT = 60_000

#: The columns of the table and CSV listing (JSON gives every key).
_COLUMNS = ("proposal", "kind", "name", "actor", "role", "target", "status", "matched",
            "confidence", "quote")  # fmt: skip


@main.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--lang",
    type=click.Choice(["fi", "sv"], case_sensitive=False),
    help="The document's language (default: guessed from the text).",
)
@click.option(
    "--source-id",
    metavar="ID",
    help="The id of the document in the sources sheet (default: from the file name).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write the proposals as a workbook: an .xlsx file, or a folder for CSV files (with "
    "the source text beside it). Without it they are listed on standard output.",
)
@click.option(
    "--tagger/--no-tagger",
    default=True,
    show_default=True,
    help="Also propose, at a lower confidence, the seats a learned tagger reads for names the "
    "rules left unclaimed (see docs/performance.md).",
)
@format_option()
@click.pass_obj
def extract(
    app: AppContext,
    file: Path,
    lang: str | None,
    source_id: str | None,
    output: Path | None,
    tagger: bool,
    fmt: str,
) -> None:
    """Propose entities and facts from a Finnish or Swedish document (text, HTML or PDF),
    each with the exact quote it rests on and a confidence, in the workbook format.

    Nothing is written into the graph: review the proposals (keep, correct or delete rows,
    decide same_as), then `hytegraph import` them. See docs/authoring.md, "Extracting
    proposals".
    """
    from hytegraph.authoring.extract import extract as run
    from hytegraph.authoring.extract import write_proposals
    from hytegraph.views.output import render

    store = app.load()
    bar = None
    progress = None
    # a long document takes seconds: a bar on a terminal, nothing in a pipe or CI
    if sys.stderr.isatty() and file.is_file() and file.stat().st_size > LONG_DOCUMENT:
        bar = click.progressbar(length=1, label="reading", file=sys.stderr)

        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

    try:
        proposals = run(
            file,
            lang=lang.lower() if lang else None,
            source_id=source_id,
            store=store,
            progress=progress,
            tagger=tagger,
        )
    finally:
        if bar is not None:
            bar.render_finish()
    for note in proposals.notes:
        click.echo(f"note: {note}", err=True)
    entities, facts = len(proposals.entities), len(proposals.facts)
    summary = (
        f"{file.name}: {entities} entities ({sum(1 for e in proposals.entities if e.matched)} "
        f"found in the graph) and {facts} facts proposed"
    )
    if output is not None:
        for path in write_proposals(proposals, output):
            click.echo(f"wrote {path}", err=True)
        click.echo(
            summary + "; review them against the document, add the people it missed "
            f"(docs/authoring.md, 'Review'), then: hytegraph import {output}",
            err=True,
        )
        return
    rows = proposals.rows()
    columns = None if fmt.lower() == "json" else list(_COLUMNS)
    listing = render(rows, fmt.lower(), columns)
    click.echo(listing, nl=not listing.endswith("\n"))
    click.echo(summary, err=True)

"""``hytegraph site``: the graph's pages as a static site."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import lang_option


@main.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("site"),
    show_default=True,
    help="Folder to write the site to (replaced whole if it holds an earlier site).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Write the pages of at most N entities (municipalities, counties, sources and "
    "bodies first). Default: all.",
)
@lang_option()
@click.pass_obj
def site(app: AppContext, output: Path, limit: int | None, lang: str) -> None:
    """Write the pages of `hytegraph serve` as a static site: home, search (in the browser),
    a page for every entity and source, the query catalogue and the map, linked to each
    other with relative links. Open index.html from disk or publish the folder on any web
    server.
    """
    from hytegraph.web.site import write_site

    bar = None
    progress = None
    if sys.stderr.isatty():
        bar = click.progressbar(length=1, label="pages", file=sys.stderr)

        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

    try:
        report = write_site(app.load(), output, lang=lang, limit=limit, progress=progress)
    finally:
        if bar is not None:
            bar.render_finish()
    click.echo(report.format(), err=True)

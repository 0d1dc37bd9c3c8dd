"""``hytegraph template`` and ``hytegraph import``: spreadsheets in, Turtle out."""

from __future__ import annotations

from pathlib import Path

import click

from hytegraph.cli.app import AppContext, main


@main.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("hytegraph.xlsx"),
    show_default=True,
    help="An .xlsx file, or a folder for CSV files.",
)
@click.option(
    "--lang",
    type=click.Choice(["fi", "en", "sv"]),
    default="fi",
    show_default=True,
    help="Language of the titles, notes and drop-down lists.",
)
def template(output: Path, lang: str) -> None:
    """Write an empty workbook to fill in (sources, entities, facts, ...), with an example row
    per sheet and the example's source text beside it. See docs/authoring.md."""
    from hytegraph.authoring.template import write_template

    for path in write_template(output, lang):
        click.echo(f"wrote {path}", err=True)


@main.command(name="import")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The Turtle file to write (default data/NAME.ttl); the source texts go to "
    "sources/ beside it.",
)
@click.option("--dry-run", is_flag=True, help="Check and show the matches; write nothing.")
@click.option(
    "--source",
    "source",
    metavar="ID",
    help="For a membership register (.csv): the id of the sources row it is.",
)
@click.option(
    "--column",
    "columns",
    multiple=True,
    metavar="FIELD=HEADER",
    help="For a register: the header of a field (name, body, role, start, end, "
    "on_behalf_of, deputy_for). Repeatable.",
)
@click.pass_obj
def import_(
    app: AppContext,
    inputs: tuple[Path, ...],
    output: Path | None,
    dry_run: bool,
    source: str | None,
    columns: tuple[str, ...],
) -> None:
    """Import a workbook (.xlsx or a folder of CSV files) and/or a membership register (.csv
    with --source) as one Turtle file of facts with their quotes.

    Every problem is reported as sheet!row:column with how to fix it, and then nothing is
    written (exit 1). Each entity is matched against the graph (bundled data and --data
    files); --dry-run shows the matches and the decisions to make in the same_as column.
    """
    from hytegraph.authoring.importer import import_workbook
    from hytegraph.authoring.register import parse_mapping

    mapping = parse_mapping(list(columns))

    def load_base(exclude: Path) -> object:
        from hytegraph.core import resources
        from hytegraph.store.load import load_graph

        files = [f for f in resources.bundled_data_files() if f.resolve() != exclude.resolve()]
        extra = [p for p in app.data_paths if p.resolve() != exclude.resolve()]
        return load_graph([*files, *extra], include_bundled=False, cache=app.cache)

    from hytegraph.authoring.problems import ImportFailed

    try:
        report = import_workbook(
            list(inputs),
            output=output,
            dry_run=dry_run,
            load_base=load_base,
            source=source,
            columns=mapping,
        )
    except ImportFailed as failed:
        if dry_run:  # what was matched so far, then the problems (stderr)
            for line in failed.preview:
                click.echo(line)
        raise
    if dry_run:
        for line in report.preview():
            click.echo(line)
    for line in report.summary():
        click.echo(line, err=True)

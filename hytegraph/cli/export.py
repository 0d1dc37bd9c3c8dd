"""``hytegraph export``: RDF for the semantic web, GraphML / GEXF / CSV for Gephi and Cytoscape."""

from __future__ import annotations

from pathlib import Path

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import as_of_option, lang_option

#: Workbook formats, written by hytegraph.authoring (a layer above the views).
WORKBOOK_FORMATS = ("xlsx", "csvdir")
FORMATS = ("ttl", "nt", "jsonld", "trig", "graphml", "gexf", "csv", *WORKBOOK_FORMATS)


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS, case_sensitive=False),
    required=True,
    help="ttl, nt, jsonld, trig: the RDF graph; graphml, gexf: the network for Gephi and "
    "Cytoscape; csv: the network as nodes.csv and edges.csv; xlsx, csvdir: the data as a "
    "workbook to edit and import again (docs/authoring.md).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (for csv: a folder, created if missing). Without it the export goes "
    "to stdout (not for csv).",
)
@lang_option()
@click.option(
    "--excel",
    is_flag=True,
    help="With --format csv: files for Excel (UTF-8 with BOM, ';' between cells, decimal "
    "comma; nodes also carry the map's x, y and size).",
)
@as_of_option()
@click.pass_obj
def export(
    app: AppContext, fmt: str, output: Path | None, lang: str, excel: bool, as_of: str | None
) -> None:
    """Export the graph (RDF) or the network (GraphML, GEXF, CSV).

    Writes are atomic: a failed export leaves no partial file and an existing file intact.
    --lang chooses the `label` column of the network formats (every language is included).
    GEXF (1.3) and GraphML carry the map's positions, colours and sizes. --as-of DATE (network
    formats): only the relations in force on that day.
    """
    if fmt in WORKBOOK_FORMATS:
        from hytegraph.authoring.export import write_workbook

        if output is None:
            raise click.UsageError("a workbook export needs -o (an .xlsx file or a folder)")
        if as_of is not None:
            raise click.UsageError("--as-of applies to the network formats (graphml, gexf, csv)")
        for path in write_workbook(app.load(), fmt, output):
            click.echo(f"wrote {path}", err=True)
        return
    from hytegraph.views.export import write_export

    if excel and fmt != "csv":
        raise click.UsageError(f"--excel applies to --format csv, not {fmt}")
    if as_of is not None and fmt not in ("graphml", "gexf", "csv"):
        raise click.UsageError(
            f"--as-of applies to the network formats (graphml, gexf, csv), not {fmt}"
        )
    result = write_export(app.load(), fmt, output, lang=lang, excel=excel, as_of=as_of)
    if isinstance(result, dict):
        ((_name, data),) = result.items()
        click.echo(data, nl=False)  # bytes go to the binary stdout unchanged
        return
    for path in result:
        click.echo(f"wrote {path}", err=True)

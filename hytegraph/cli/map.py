"""``hytegraph map``: the interactive network map as one offline HTML file."""

from __future__ import annotations

from pathlib import Path

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import as_of_option, lang_option


def split_list(
    _ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]
) -> list[str] | None:
    """``--kinds a,b --kinds c`` → ``[a, b, c]``; nothing given → None (no restriction)."""
    items = [item.strip() for value in values for item in value.split(",") if item.strip()]
    return items or None


@main.command(name="map")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    default=Path("map.html"),
    show_default=True,
    help="HTML file to write; - writes the page to stdout.",
)
@click.option(
    "--focus",
    metavar="NAME",
    help="Draw only the neighbourhood of this actor or body (name or IRI).",
)
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="With --focus: how many steps from it to draw.",
)
@click.option(
    "--kinds",
    multiple=True,
    callback=split_list,
    metavar="KIND[,KIND...]",
    help="Draw only these kinds of node (person, ngo, city_unit, county, collective, "
    "document, body = every kind of body, ...). Repeatable.",
)
@click.option(
    "--relations",
    multiple=True,
    callback=split_list,
    metavar="REL[,REL...]",
    help="Draw only these relations (chairs, member, participates, represented, responsible, "
    "cooperates, supports, part_of, monitors, based_on). Repeatable.",
)
@click.option("--title", help="Heading of the page (default: the network's name in --lang).")
@as_of_option()
@lang_option()
@click.pass_obj
def map_command(
    app: AppContext,
    output: Path,
    focus: str | None,
    depth: int,
    kinds: list[str] | None,
    relations: list[str] | None,
    title: str | None,
    as_of: str | None,
    lang: str,
) -> None:
    """Draw the collaboration network as an interactive HTML map.

    One self-contained file that works offline (open it with a double click): nodes by kind,
    relations by colour and line, a legend with filters, search by name, and the source quote
    of every node and relation on hover. A date field shows the network as of a day (edges
    not in force then are hidden); --as-of opens the page on that day.
    """
    from hytegraph.views.mapview import render_map

    html = render_map(
        app.load(),
        lang=lang,
        focus=focus,
        depth=depth,
        kinds=kinds,
        relations=relations,
        title=title,
        as_of=as_of,
    )
    if str(output) == "-":
        click.echo(html, nl=False)
        return
    from hytegraph.core.atomic import atomic_write

    atomic_write(output, html)
    click.echo(f"wrote {output}", err=True)

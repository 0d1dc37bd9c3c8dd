"""``hytegraph build``: validate and write the merged graph."""

from __future__ import annotations

from pathlib import Path

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import lang_option
from hytegraph.errors import ValidationFailed


@main.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("build"),
    show_default=True,
    help="Folder to write graph.ttl, graph.jsonld, map.html (with maps/ for a big network) "
    "and the site/ folder to.",
)
@lang_option()
@click.option(
    "--timings",
    is_flag=True,
    help="Also print on stderr how many seconds each step took (load, the in-memory copy of a "
    "cached graph, validate, graph files, maps, site, summary).",
)
@click.pass_obj
def build(app: AppContext, out_dir: Path, lang: str, timings: bool) -> None:
    """Load, validate and write the merged graph (Turtle, JSON-LD), the network map
    (map.html) and the static site (site/), then print a summary in words ("3 ohjausryhmää",
    "3 steering groups").

    If validation fails, the report goes to stderr, nothing is written, and the exit code is 1.
    """
    from hytegraph.build import build as run_build

    try:
        result = run_build(out_dir, app.inputs(), lang=lang, cache=app.cache)
    except ValidationFailed as e:
        click.echo(e.report.format(), err=True, nl=False)
        raise click.ClickException(f"validation failed; nothing written to {out_dir}") from e
    for path in result.files:
        click.echo(f"wrote {path}", err=True)
    if result.site is not None:
        click.echo(result.site.format(), err=True)
    if timings:
        click.echo(format_timings(result.timings), err=True)
    click.echo(result.summary.format(lang), nl=False)


def format_timings(timings: dict[str, float]) -> str:
    """``timings`` (seconds per step, in order) as lines ``step  seconds``, with the total
    (``timings["total"]``, the wall-clock time, when given: steps beside validation make it
    less than the sum; else the sum)."""
    steps = {name: seconds for name, seconds in timings.items() if name != "total"}
    total = timings.get("total", sum(steps.values()))
    width = max((len(name) for name in [*steps, "total"]), default=5)
    lines = [f"{name:<{width}}  {seconds:8.2f} s" for name, seconds in steps.items()]
    lines.append(f"{'total':<{width}}  {total:8.2f} s")
    from hytegraph.build import BESIDE_VALIDATION

    beside = [name for name in steps if name in BESIDE_VALIDATION or name == "summary"]
    if "filtered copy" in steps:  # made in the maps' process, which writes the summary first
        lines.append(f"(filtered copy, {', '.join(beside)}: beside validate; the filtered copy,")
        lines.append(" the summary and the maps in one process, each other step in its own)")
    elif beside:
        lines.append(f"({', '.join(beside)}: beside validate, each in a process of its own)")
    return "\n".join(lines)

"""``hytegraph validate``: SHACL and integrity checks with a readable report."""

from __future__ import annotations

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import format_option, lang_option


@main.command()
@format_option(choices=("text", "table", "json", "csv"))
@lang_option()
@click.pass_obj
def validate(app: AppContext, fmt: str, lang: str) -> None:
    """Check the graph against the SHACL shapes and the integrity rules.

    Prints every problem: which entity (by label), what is wrong, how to fix it.
    Exit code 0 when the graph is valid, 1 when it is not.
    """
    from hytegraph.check.validate import validate as run_validate
    from hytegraph.views.output import render

    report = run_validate(app.load(), lang=lang)
    if fmt == "text":
        click.echo(report.format(), nl=False)
    else:
        columns = ["severity", "label", "focus", "path", "component", "message", "hint"]
        click.echo(render(report.rows(), fmt, columns, lang), nl=False)
    if not report.ok:
        raise SystemExit(1)


@main.command()
@click.argument("name", required=False)
@format_option()
def shapes(name: str | None, fmt: str) -> None:
    """The SHACL shapes `validate` applies: without NAME a list (name, target classes, label);
    with NAME (e.g. hs:MembershipShape, as a validation problem names it) that shape in Turtle.
    """
    from hytegraph.check.shapes import describe, shape_rows
    from hytegraph.views.output import render

    if name is not None:
        click.echo(describe(name), nl=False)
        return
    click.echo(render(shape_rows(), fmt, ["name", "targets", "label"]), nl=False)

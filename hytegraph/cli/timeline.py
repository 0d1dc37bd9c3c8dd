"""``diff`` and ``history``: what changed between two dates or two sources, and the timeline of
one entity (:mod:`hytegraph.views.timeline`)."""

from __future__ import annotations

from typing import Any

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import (
    DATE,
    excel_option,
    format_option,
    lang_option,
    timeout_option,
    wants_excel,
)

_DIFF_TABLE = ["change", "body", "role", "from", "to", "from_source", "to_source"]
_HISTORY_TABLE = ["when", "event", "what", "role", "other", "source", "quote"]


def _emit(rows: list[dict[str, Any]], fmt: str, lang: str, table: list[str]) -> None:
    from hytegraph.views.output import render

    if wants_excel():
        fmt = "excel"
    if not rows:
        from hytegraph.views.words import no_results

        click.echo(no_results(lang), err=True)
        if fmt == "table":
            return
    if fmt == "table":
        shown = [c for c in table if any(r.get(c) not in (None, "", []) for r in rows)]
        click.echo(render(rows, "table", shown, lang), nl=False)
        return
    if fmt == "json":
        click.echo(render(rows, "json"), nl=False)
        return
    flat = [
        {k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in r.items()}
        for r in rows
    ]
    columns = list(dict.fromkeys(k for r in flat for k in r))
    if fmt == "excel":
        click.echo(render(flat, "excel", columns).encode("utf-8"), nl=False)
        return
    click.echo(render(flat, "csv", columns), nl=False)


@main.command()
@click.option("--from", "from_date", type=DATE, metavar="DATE", help="The earlier day.")
@click.option("--to", "to_date", type=DATE, metavar="DATE", help="The later day.")
@click.option("--from-source", metavar="SOURCE", help="The earlier source (id, IRI or name).")
@click.option("--to-source", metavar="SOURCE", help="The later source (id, IRI or name).")
@click.option("--body", "body_name", metavar="NAME", help="Only this body.")
@click.option("--municipality", "municipality_name", metavar="NAME", help="Only its bodies.")
@click.option("--county", "county_name", metavar="NAME", help="Only the bodies of this county.")
@format_option()
@excel_option()
@lang_option()
@timeout_option()
@click.pass_obj
def diff(
    app: AppContext,
    from_date: str | None,
    to_date: str | None,
    from_source: str | None,
    to_source: str | None,
    body_name: str | None,
    municipality_name: str | None,
    county_name: str | None,
    fmt: str,
    lang: str,
    timeout: float,
) -> None:
    """What changed between two dates (--from D1 --to D2: the state as of each) or two sources
    (--from-source S1 --to-source S2: what each states about the bodies both describe): bodies
    created and ended, members joined and left, a chair, vice chair or secretary changed, an
    actor's role changed. Each row has the evidence of both sides."""
    from hytegraph.views.timeline import diff as run_diff

    if (from_date or to_date) and (from_source or to_source):
        raise click.UsageError("give --from/--to (two dates) or --from-source/--to-source")
    if not (from_date and to_date) and not (from_source and to_source):
        raise click.UsageError(
            "give two dates (--from D1 --to D2) or two sources (--from-source S1 --to-source S2)"
        )
    from hytegraph.views.lookups import scope

    store = app.load()
    within = scope(store, municipality_name, county_name)
    rows = run_diff(
        store,
        from_date=from_date,
        to_date=to_date,
        from_source=from_source,
        to_source=to_source,
        body=body_name,
        within=within,
        lang=lang,
        timeout=timeout or None,
    )
    for row in rows:
        row.pop("change_key", None)
    _emit(rows, fmt, lang, _DIFF_TABLE)


@main.command()
@click.argument("name")
@format_option()
@excel_option()
@lang_option()
@timeout_option()
@click.pass_obj
def history(app: AppContext, name: str, fmt: str, lang: str, timeout: float) -> None:
    """The timeline of a body, person or organisation, oldest first: when each fact about it
    starts and ends (where a source says) and each source that cites it, with the quote."""
    from hytegraph.views.timeline import history as run_history

    store = app.load()
    match, rows = run_history(store, name, lang, timeout=timeout or None)
    from rdflib import URIRef

    from hytegraph.query.labels import label

    click.echo(f"{label(store, URIRef(match.iri), lang)} ({match.kind})", err=True)
    for row in rows:
        row.pop("event_key", None)
    _emit(rows, fmt, lang, _HISTORY_TABLE)

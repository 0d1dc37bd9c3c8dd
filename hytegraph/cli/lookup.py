"""Lookup commands: ``chairs``, ``who``, ``body``, ``ngos``, ``county``, ``sources``, ``names``.

Each runs one catalogue query through :mod:`hytegraph.views.lookups` and prints a table (labels,
sources as "kohta 3 / respondent"), a JSON array of objects, or CSV.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import excel_option, format_option, lang_option, wants_excel
from hytegraph.cli.query import timeout_option
from hytegraph.store.names.index import KINDS

F = TypeVar("F", bound=Callable[..., Any])


def lookup_options(func: F) -> F:
    for decorate in reversed((format_option(), excel_option(), lang_option(), timeout_option())):
        func = decorate(func)
    return func


def _flat(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v not in (None, ""))
    return value


def _emit(
    rows: Sequence[dict[str, Any]], fmt: str, lang: str, table_columns: Sequence[str]
) -> None:
    from hytegraph.views.lookups import compact_sources
    from hytegraph.views.output import render

    excel = wants_excel()
    if excel:
        fmt = "csv"
    if fmt == "json":
        click.echo(render(rows, "json"), nl=False)
        return
    flat: list[dict[str, Any]] = []
    for row in rows:
        out = {k: _flat(v) for k, v in row.items() if k != "sources"}
        if "sources" in row:
            out["sources"] = compact_sources(row["sources"], lang)
            if fmt == "csv":
                out["quotes"] = " | ".join(dict.fromkeys(s["quote"] for s in row["sources"]))
        flat.append(out)
    if not rows:
        click.echo("no results", err=True)
    if fmt == "table":
        # a column that is empty in every row only takes room
        shown = [c for c in table_columns if any(r.get(c) not in (None, "") for r in flat)]
        if rows:
            click.echo(render(flat, "table", shown, lang), nl=False)
        return
    columns = list(dict.fromkeys(k for row in flat for k in row)) or list(table_columns)
    if excel:  # bytes, so that the byte order mark is UTF-8 whatever the terminal's encoding
        click.echo(render(flat, "excel", columns).encode("utf-8"), nl=False)
        return
    click.echo(render(flat, "csv", columns), nl=False)


def _announce(match: Any, lang: str, store: Any) -> None:
    """The matched entity on stderr: its name, kind and external identifiers (if any)."""
    from rdflib import URIRef

    from hytegraph.query.labels import label
    from hytegraph.views.lookups import format_identifiers, identifiers

    iri = URIRef(match.iri)
    ids = format_identifiers(identifiers(store, iri, lang))
    click.echo(f"{label(store, iri, lang)} ({match.kind}{'; ' + ids if ids else ''})", err=True)


def _timeout(value: float) -> float | None:
    return value or None


@main.command()
@click.option("--body", "body_name", metavar="NAME", help="Only the chair of this body.")
@lookup_options
@click.pass_obj
def chairs(app: AppContext, body_name: str | None, fmt: str, lang: str, timeout: float) -> None:
    """Who chairs what: every chair (person, or a post ex officio) and the body they chair."""
    from hytegraph.views import lookups

    rows = lookups.chairs(app.load(), body_name, lang, timeout=_timeout(timeout))
    _emit(rows, fmt, lang, ["chair", "body", "sources"])


@main.command()
@click.argument("name")
@lookup_options
@click.pass_obj
def who(app: AppContext, name: str, fmt: str, lang: str, timeout: float) -> None:
    """What an actor does: NAME is a person, post, unit, organisation, NGO, the county, a
    collective or a body (forgiving: case, accents, Finnish word forms, parts of names). What an
    entity recorded as possibly the same actor does is listed too, marked in possibly_same_as."""
    from hytegraph.views import lookups

    store = app.load()
    match, rows = lookups.who(store, name, lang, timeout=_timeout(timeout))
    _announce(match, lang, store)
    _emit(
        rows, fmt, lang, ["relation", "target", "context", "topic", "possibly_same_as", "sources"]
    )


@main.command()
@click.argument("name")
@lookup_options
@click.pass_obj
def body(app: AppContext, name: str, fmt: str, lang: str, timeout: float) -> None:
    """Who is in a body: its chair, members, participants, the unit responsible for it and
    who cooperates in its context."""
    from hytegraph.views import lookups

    store = app.load()
    match, rows = lookups.body(store, name, lang, timeout=_timeout(timeout))
    _announce(match, lang, store)
    _emit(rows, fmt, lang, ["role", "actor", "sources"])


@main.command()
@lookup_options
@click.pass_obj
def ngos(app: AppContext, fmt: str, lang: str, timeout: float) -> None:
    """Which bodies have NGO representation (named NGOs or NGOs as a group), and in what role."""
    from hytegraph.views import lookups

    rows = lookups.ngos(app.load(), lang, timeout=_timeout(timeout))
    _emit(rows, fmt, lang, ["body", "ngo", "role", "sources"])


@main.command()
@lookup_options
@click.pass_obj
def county(app: AppContext, fmt: str, lang: str, timeout: float) -> None:
    """Where the wellbeing services county takes part: bodies, responsibilities, cooperation;
    also those of an entity recorded as possibly the same (marked in possibly_same_as)."""
    from hytegraph.views import lookups

    rows = lookups.county(app.load(), lang, timeout=_timeout(timeout))
    columns = ["relation", "target", "context", "topic", "status", "possibly_same_as", "sources"]
    _emit(rows, fmt, lang, columns)


@main.command()
@click.argument("name")
@lookup_options
@click.pass_obj
def sources(app: AppContext, name: str, fmt: str, lang: str, timeout: float) -> None:
    """The evidence behind what the graph says about an entity: each quote, where in the
    source it is, who wrote it, and which kinds of fact it supports."""
    from hytegraph.views import lookups

    store = app.load()
    match, rows = lookups.sources(store, name, lang, timeout=_timeout(timeout))
    _announce(match, lang, store)
    table_rows = (
        [{**row, "where": lookups.compact_source(row, lang)} for row in rows]
        if fmt == "table"
        else rows
    )
    _emit(table_rows, fmt, lang, ["where", "facts", "quote"])


@main.command()
@click.argument("text", required=False)
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(KINDS, case_sensitive=False),
    help="Only entities of this kind (repeatable).",
)
@format_option()
@lang_option()
@click.pass_obj
def names(app: AppContext, text: str | None, kinds: tuple[str, ...], fmt: str, lang: str) -> None:
    """List every name, or search them: TEXT is looked up as the other commands look up a
    name (case, accents, Finnish word forms, parts of names), best match first. Each entity is
    shown with its kind and its name in Finnish, English and Swedish."""
    from hytegraph.views import lookups
    from hytegraph.views.output import render

    rows = lookups.names(app.load(), text, kinds or None, lang)
    if not rows:
        click.echo("no results", err=True)
        if fmt == "table":
            return
    columns = ["name", "kind", *(code for code in ("fi", "en", "sv") if code != lang)]
    if fmt == "table":
        # a language no entity shown has a name in only takes room
        shown = [c for c in columns if any(row.get(c) for row in rows)]
        click.echo(render(rows, "table", shown, lang), nl=False)
    else:
        click.echo(render(rows, fmt, ["name", "kind", "fi", "en", "sv", "iri"]), nl=False)

"""Lookup commands: ``chairs``, ``who``, ``body``, ``ngos``, ``county``, ``sources``, ``names``.

Each runs one catalogue query through :mod:`hytegraph.views.lookups` and prints a table (labels,
sources as "document / kohta 3 / respondent"), a JSON array of objects, or CSV. ``chairs``,
``who``, ``body``, ``ngos`` and ``county`` take ``--municipality NAME`` and ``--county NAME``; their
tables show the municipality and county of each row when the graph holds more than one (and the
command is not limited to one); JSON and CSV always carry them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import (
    as_of_option,
    excel_option,
    format_option,
    lang_option,
    timeout_option,
    wants_excel,
)
from hytegraph.store.names.index import KINDS

F = TypeVar("F", bound=Callable[..., Any])


def lookup_options(func: F) -> F:
    for decorate in reversed((format_option(), excel_option(), lang_option(), timeout_option())):
        func = decorate(func)
    return func


def scope_options(func: F) -> F:
    """``--municipality NAME`` and ``--county NAME`` (forgiving names, as every lookup)."""
    func = click.option(
        "--county",
        "county_name",
        metavar="NAME",
        help="Only rows of this wellbeing services county (its own bodies and those of its "
        "municipalities).",
    )(func)
    return click.option(
        "--municipality",
        "municipality_name",
        metavar="NAME",
        help="Only rows of this municipality (what is part of it or of its units, or what they "
        "are responsible for).",
    )(func)


def _scope(store: Any, municipality: str | None, county: str | None) -> Any:
    from hytegraph.views.plain import scope

    return scope(store, municipality, county)


def _area_columns(store: Any, within: Any, fmt: str = "table", timeout: float = 0) -> list[str]:
    """The area columns a table shows: those with more than one area in the graph, except the
    one the command is limited to (JSON and CSV carry every column: nothing to count)."""
    from hytegraph.views.plain import area_counts

    if fmt != "table" or wants_excel():
        return []
    limited = (within.municipality is not None, within.county is not None)
    return _shown_areas(*area_counts(store, timeout=_timeout(timeout)), limited, fmt)


def _shown_areas(
    municipalities: int, counties: int, limited: tuple[bool, bool], fmt: str
) -> list[str]:
    """The area columns a table shows, given how many areas the graph holds."""
    if fmt != "table" or wants_excel():
        return []
    shown = []
    if municipalities > 1 and not limited[0]:
        shown.append("municipality")
    if counties > 1 and not limited[1]:
        shown.append("county")
    return shown


def _flat(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v not in (None, ""))
    return value


def _emit(
    rows: Sequence[dict[str, Any]], fmt: str, lang: str, table_columns: Sequence[str]
) -> None:
    from hytegraph.views.output import render
    from hytegraph.views.sources import compact_sources

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
        from hytegraph.views.words import no_results

        click.echo(no_results(lang), err=True)
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


def _announce(match: Any, lang: str, store: Any, areas: bool = False) -> None:
    """The matched entity on stderr: its name, kind, external identifiers (if any) and, with
    ``areas``, the municipality and county it belongs to."""
    from hytegraph.views import plain

    if plain.usable(store):
        click.echo(plain.announce(store, match, lang, areas), err=True)
        return
    from rdflib import URIRef

    from hytegraph.query.labels import label, labels
    from hytegraph.views.lookups import areas_of, format_identifiers, identifiers

    iri = URIRef(match.iri)
    details = [match.kind]
    if ids := format_identifiers(identifiers(store, iri, lang)):
        details.append(ids)
    if areas:
        found = [t for values in areas_of(store, iri).values() for t in values if t != iri]
        names = labels(store, found, lang)
        details += [names[t] for t in found]
    click.echo(f"{label(store, iri, lang)} ({'; '.join(details)})", err=True)


def _answer(
    app: AppContext,
    command: str,
    name: str,
    municipality_name: str | None,
    county_name: str | None,
    as_of: str | None,
    fmt: str,
    lang: str,
    timeout: float,
) -> tuple[Any, list[str]]:
    """The rows of ``who`` or ``body`` (``command``) and the area columns of a table: read from
    the cache entry when it keeps the answer (every answer, after ``hytegraph prepare``, or this
    question's, asked before; the store is not opened), else computed (on the store's own terms
    where it can be, then kept for the next command asking it) with the match named on stderr.
    Only ``who`` limits its area columns to the scope asked."""
    answer, asked = _kept(app, command, name, lang, municipality_name, county_name, as_of)
    scoped = command == "who"
    if answer is not None:  # kept in the entry: the store is not opened
        limited = (scoped and municipality_name is not None, scoped and county_name is not None)
        return _kept_rows(answer, fmt, lang, limited)
    from hytegraph.views import plain

    store = app.load()
    within = _scope(store, municipality_name, county_name)
    if plain.usable(store, as_of):  # the store's own terms: no rdflib to import
        lookup = getattr(plain, command)
        match, rows = lookup(store, name, lang, within=within, timeout=_timeout(timeout))
        _keep(store, asked, match, rows, lang)
    else:
        from hytegraph.views import lookups

        lookup = getattr(lookups, command)
        match, rows = lookup(
            store, name, lang, within=within, as_of=as_of, timeout=_timeout(timeout)
        )
    areas = _area_columns(store, within if scoped else plain.NO_SCOPE, fmt, timeout)
    _announce(match, lang, store, areas=bool(areas))
    return rows, areas


def _kept(
    app: AppContext,
    command: str,
    name: str,
    lang: str,
    municipality: str | None,
    county: str | None,
    as_of: str | None,
) -> tuple[Any, str]:
    """The answer to this name lookup kept in the cache entry of the inputs (read without
    opening the graph; :mod:`hytegraph.views.kept_names`), or None; and the question's key."""
    from hytegraph.views import kept_names

    asked = kept_names.question(command, name, lang, municipality, county)
    if as_of is not None or app.endpoint or not app.cache:
        return None, asked
    entry = kept_names.entry_path(app.inputs())
    return kept_names.read(entry, command, name, lang, municipality, county), asked


def _kept_rows(
    answer: Any, fmt: str, lang: str, limited: tuple[bool, bool]
) -> tuple[Any, list[str]]:
    """A kept answer's rows and the area columns a table shows (``limited``: whether the
    command is limited to a municipality, a county), its match named on stderr."""
    shown = _shown_areas(*answer.counts, limited, fmt)
    click.echo(answer.announce_areas if shown else answer.announce, err=True)
    return answer.rows, shown


def _keep(store: Any, asked: str, match: Any, rows: Any, lang: str) -> None:
    """Keep the answer to ``asked`` (computed on pyoxigraph's terms) in the store's cache
    entry, for the next command that asks it."""
    if getattr(store, "cache_entry", None) is None:
        return
    from hytegraph.views import kept_names, plain

    kept_names.keep(
        store,
        asked,
        kept_names.Answer(
            list(rows),
            plain.announce(store, match, lang, False),
            plain.announce(store, match, lang, True),
            plain.area_counts(store),
        ),
    )


def _timeout(value: float) -> float | None:
    return value or None


def _time_columns(as_of: str | None) -> list[str]:
    """``rule`` (which rule kept the row) as of a date; ``time_note`` ("last cited D1; not in
    S2") always, shown only when a row has one."""
    return ["rule", "time_note"] if as_of else ["time_note"]


def _time_footer(rows: Any, as_of: str | None, lang: str) -> None:
    """As of a date: the day and how many undated rows were left out, on stderr."""
    if as_of is None:
        return
    from hytegraph.views.words import as_of_footer

    click.echo(as_of_footer(as_of, getattr(rows, "undated", 0), lang), err=True)


@main.command()
@click.option("--body", "body_name", metavar="NAME", help="Only the chair of this body.")
@scope_options
@as_of_option()
@lookup_options
@click.pass_obj
def chairs(
    app: AppContext,
    body_name: str | None,
    municipality_name: str | None,
    county_name: str | None,
    as_of: str | None,
    fmt: str,
    lang: str,
    timeout: float,
) -> None:
    """Who chairs what: every chair (person, or a post ex officio) and the body they chair,
    with the body's municipality and wellbeing services county."""
    store = app.load()
    within = _scope(store, municipality_name, county_name)
    own_dates = fmt != "table" or wants_excel()  # a table shows no start or end
    if body_name is None and as_of is None:  # the rows kept in the cache entry
        from hytegraph.views import kept_chairs

        rows = kept_chairs.chairs(
            store, lang, within=within, own_dates=own_dates, timeout=_timeout(timeout)
        )
    else:
        from hytegraph.views import lookups

        rows = lookups.chairs(
            store,
            body_name,
            lang,
            within=within,
            as_of=as_of,
            timeout=_timeout(timeout),
            own_dates=own_dates,
        )
    columns = [
        "chair",
        "body",
        *_area_columns(store, within, fmt, timeout),
        *_time_columns(as_of),
        "sources",
    ]
    _emit(rows, fmt, lang, columns)
    _time_footer(rows, as_of, lang)


@main.command()
@click.argument("name")
@scope_options
@as_of_option()
@lookup_options
@click.pass_obj
def who(
    app: AppContext,
    name: str,
    municipality_name: str | None,
    county_name: str | None,
    as_of: str | None,
    fmt: str,
    lang: str,
    timeout: float,
) -> None:
    """What an actor does: NAME is a person, post, unit, organisation, NGO, the county, a
    collective or a body (forgiving: case, accents, Finnish word forms, parts of names). What an
    entity recorded as possibly the same actor does is listed too, marked in possibly_same_as.
    With --municipality or --county, NAME is looked for among the actors of that area and only
    what is done there is listed."""
    rows, areas = _answer(
        app, "who", name, municipality_name, county_name, as_of, fmt, lang, timeout
    )
    columns = [
        "relation",
        "target",
        "context",
        "topic",
        "possibly_same_as",
        *areas,
        *_time_columns(as_of),
        "sources",
    ]
    _emit(rows, fmt, lang, columns)
    _time_footer(rows, as_of, lang)


@main.command()
@click.argument("name")
@scope_options
@as_of_option()
@lookup_options
@click.pass_obj
def body(
    app: AppContext,
    name: str,
    municipality_name: str | None,
    county_name: str | None,
    as_of: str | None,
    fmt: str,
    lang: str,
    timeout: float,
) -> None:
    """Who is in a body: its chair, members, participants, the unit responsible for it and
    who cooperates in its context. With --municipality or --county, NAME is looked for among
    the bodies of that area (the body's area is named on stderr)."""
    rows, _areas = _answer(
        app, "body", name, municipality_name, county_name, as_of, fmt, lang, timeout
    )
    _emit(rows, fmt, lang, ["role", "actor", *_time_columns(as_of), "sources"])
    _time_footer(rows, as_of, lang)


@main.command()
@scope_options
@as_of_option()
@lookup_options
@click.pass_obj
def ngos(
    app: AppContext,
    municipality_name: str | None,
    county_name: str | None,
    as_of: str | None,
    fmt: str,
    lang: str,
    timeout: float,
) -> None:
    """Which bodies have NGO representation (named NGOs or NGOs as a group), and in what role,
    with the body's municipality and wellbeing services county."""
    from hytegraph.views import lookups

    store = app.load()
    within = _scope(store, municipality_name, county_name)
    rows = lookups.ngos(store, lang, within=within, as_of=as_of, timeout=_timeout(timeout))
    columns = [
        "body",
        "ngo",
        "role",
        *_area_columns(store, within, fmt, timeout),
        *_time_columns(as_of),
    ]
    _emit(rows, fmt, lang, [*columns, "sources"])
    _time_footer(rows, as_of, lang)


@main.command()
@click.argument("name", required=False)
@scope_options
@as_of_option()
@lookup_options
@click.pass_obj
def county(
    app: AppContext,
    name: str | None,
    municipality_name: str | None,
    county_name: str | None,
    as_of: str | None,
    fmt: str,
    lang: str,
    timeout: float,
) -> None:
    """Where a wellbeing services county takes part: bodies, responsibilities, cooperation;
    also those of an entity recorded as possibly the same (marked in possibly_same_as). NAME
    (or --county NAME) is the county, every county when omitted; --municipality keeps the rows
    whose target belongs to that municipality."""
    from hytegraph.views import lookups

    if name is not None and county_name is not None:
        raise click.UsageError("give the county once: as NAME or as --county NAME")
    store = app.load()
    within = _scope(store, municipality_name, name or county_name)
    rows = lookups.county(store, lang, within=within, as_of=as_of, timeout=_timeout(timeout))
    shown = _area_columns(store, within, fmt, timeout)
    columns = [
        *(["county"] if "county" in shown else []),
        "relation",
        "target",
        "context",
        "topic",
        "status",
        "possibly_same_as",
        *(["municipality"] if "municipality" in shown else []),
        *_time_columns(as_of),
        "sources",
    ]
    _emit(rows, fmt, lang, columns)
    _time_footer(rows, as_of, lang)


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
        from hytegraph.views.words import no_results

        click.echo(no_results(lang), err=True)
        if fmt == "table":
            return
    columns = ["name", "kind", *(code for code in ("fi", "en", "sv") if code != lang)]
    if fmt == "table":
        # a language no entity shown has a name in only takes room
        shown = [c for c in columns if any(row.get(c) for row in rows)]
        click.echo(render(rows, "table", shown, lang), nl=False)
    else:
        click.echo(render(rows, fmt, ["name", "kind", "fi", "en", "sv", "iri"]), nl=False)

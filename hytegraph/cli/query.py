"""``hytegraph queries`` and ``hytegraph query``: the SPARQL catalogue and running any query."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import format_option, lang_option, timeout_option

F = TypeVar("F", bound=Callable[..., Any])

RESULT_FORMATS = ("table", "json", "csv", "tsv", "xml", "ttl", "nt", "jsonld")
GRAPH_FORMS = ("CONSTRUCT", "DESCRIBE")


def _limit(timeout: float) -> float | None:
    return timeout or None


def limit_options(func: F) -> F:
    """``--max-memory``, ``--max-query-size`` and ``--max-nesting``: what one query from a
    person may use (``hytegraph query`` and ``hytegraph serve``)."""
    from hytegraph.query.safety import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MEMORY_MB

    options = (
        click.option(
            "--max-memory",
            type=click.IntRange(min=0),
            default=DEFAULT_MEMORY_MB,
            show_default=True,
            metavar="MB",
            help="Memory a query may use beyond the loaded graph; past it the query is "
            "stopped (0: no limit).",
        ),
        click.option(
            "--max-query-size",
            type=click.IntRange(min=1),
            default=DEFAULT_MAX_BYTES,
            show_default=True,
            metavar="BYTES",
            help="Longest query text accepted.",
        ),
        click.option(
            "--max-nesting",
            type=click.IntRange(min=1),
            default=DEFAULT_MAX_DEPTH,
            show_default=True,
            metavar="N",
            help="Deepest nesting of { ( [ accepted in a query.",
        ),
    )
    for option in reversed(options):
        func = option(func)
    return func


@main.command()
@format_option()
def queries(fmt: str) -> None:
    """List the query catalogue: name, title and parameters of each query.

    Run one with `hytegraph query NAME [-p PARAM=VALUE]...`; the files are in queries/.
    """
    from hytegraph.query.catalogue import entries
    from hytegraph.views.output import render

    rows = [
        {
            "name": q.name,
            "title": q.title,
            "params": ", ".join(p.name for p in q.params) if fmt != "json" else q.param_names,
            "description": q.description,
        }
        for q in entries()
    ]
    columns = ["name", "title", "params"] if fmt == "table" else None
    click.echo(render(rows, fmt, columns), nl=False)


@main.command()
@click.argument("query_ref", metavar="NAME|FILE|-")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help='Bind ?NAME to VALUE: <iri>, a prefixed name (id:body/x), a literal ("text"@fi) '
    "or an entity's name. Repeatable.",
)
@format_option(RESULT_FORMATS)
@lang_option()
@timeout_option()
@limit_options
@click.pass_obj
def query(
    app: AppContext,
    query_ref: str,
    params: tuple[str, ...],
    fmt: str,
    lang: str,
    timeout: float,
    max_memory: int,
    max_query_size: int,
    max_nesting: int,
) -> None:
    """Run a catalogue query by NAME, a query FILE, or a query read from standard input (-).

    Results: a readable table (labels instead of IRIs), or the W3C SPARQL results formats
    json, csv, tsv, xml; CONSTRUCT and DESCRIBE give Turtle (or nt, jsonld). Queries are
    read-only and local: updates, SERVICE, LOAD and FROM with an outside IRI are refused. A
    query is read and run in a separate process without network access, stopped at the time
    and memory limits.
    """
    from hytegraph.errors import QueryError
    from hytegraph.query import catalogue
    from hytegraph.query.safety import QueryLimits

    if query_ref == "-":
        chosen = catalogue.from_text(sys.stdin.read(), "-")
    else:
        chosen = catalogue.find(query_ref)
    limits = QueryLimits(
        max_bytes=max_query_size,
        max_depth=max_nesting,
        timeout=_limit(timeout),
        memory_mb=max_memory or None,
        # A person's own query on their own machine: where the system cannot cut the query
        # process off the network, the query check alone keeps SERVICE out (docs/security.md).
        network="try",
    )
    form = catalogue.check(chosen.text, limits)  # refuse before loading anything
    graph_result = form in GRAPH_FORMS
    if graph_result and fmt in ("json", "csv", "tsv", "xml"):
        raise QueryError(
            f"a {form} query returns a graph, not a table of results",
            hint="Use --format ttl, nt or jsonld (the default table format gives Turtle).",
        )
    if not graph_result and fmt in ("ttl", "nt", "jsonld"):
        raise QueryError(
            f"a {form} query returns results, not a graph",
            hint="Use --format table, json, csv, tsv or xml.",
        )
    store = app.load()
    from hytegraph.store.names import index_for

    bindings = catalogue.parse_params(chosen, params, lambda: index_for(store))
    if fmt != "table" or graph_result:
        out_fmt = "ttl" if fmt == "table" else fmt
        data = catalogue.execute_results(store, chosen.text, out_fmt, bindings, limits=limits)
        # bytes as they are: the W3C CSV format ends lines with CRLF
        click.echo(data if data.endswith(b"\n") else data + b"\n", nl=False)
        return
    result = catalogue.execute(store, chosen.text, bindings, limits=limits)
    if isinstance(result, bool):
        click.echo("true" if result else "false")
        return
    from hytegraph.views.output import render

    readable = catalogue.readable(store, result, lang)  # type: ignore[arg-type]
    if not readable.rows:
        click.echo("no results", err=True)
    click.echo(render(readable.rows, "table", readable.columns), nl=False)

"""``hytegraph serve``: the graph's pages, a read-only SPARQL endpoint and the map for a team."""

from __future__ import annotations

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.query import limit_options


def _isolation(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if value != "process":
        raise click.BadParameter(
            f"{value!r}: queries always run in a separate process, without network access "
            "and killed at their limits (the in-process 'thread' mode was removed; see "
            "docs/security.md)",
            ctx=ctx,
            param=param,
        )
    return value


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 exposes the server to the network (see "
    "docs/security.md first).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="Time limit of each query.",
)
@limit_options
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Queries run at the same time (default: twice the number of CPUs).",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="A name clients may reach the server by (the Host header), besides IP addresses, "
    "localhost and --host; '*' allows any. Repeatable.",
)
@click.option(
    "--no-network-isolation",
    is_flag=True,
    help="Start even where query processes cannot be cut off the network; the query check "
    "alone then keeps SERVICE out (see docs/security.md).",
)
@click.option(
    "--isolation",
    default="process",
    show_default=True,
    callback=_isolation,
    metavar="process",
    help="How queries run: each in a child process without network access, killed at the "
    "time and memory limits (the only mode).",
)
@click.option("--quiet", is_flag=True, help="Do not log each request on stderr.")
@click.pass_obj
def serve(
    app: AppContext,
    host: str,
    port: int,
    timeout: float,
    max_memory: int,
    max_query_size: int,
    max_nesting: int,
    workers: int | None,
    allow_hosts: tuple[str, ...],
    no_network_isolation: bool,
    isolation: str,
    quiet: bool,
) -> None:
    """Serve the graph read-only: a page for every entity and source at its IRI's path
    (/id/...; Turtle, N-Triples or JSON-LD for clients that ask), home and search at /, the
    query catalogue as forms at /queries, the map at /map, and a SPARQL 1.1 Protocol endpoint
    at /sparql (GET and POST; JSON, XML, CSV, TSV, Turtle, N-Triples or JSON-LD by content
    negotiation). Updates, SERVICE and LOAD are refused; each query is read and run in a
    process of its own, without network access, under time and memory limits.
    """
    from hytegraph.web.server import SparqlServer
    from hytegraph.web.server import serve as run

    store = app.load(cache=False)  # in memory: queries run in forked children

    def ready(server: SparqlServer) -> None:
        memory = f"{max_memory} MB" if max_memory else "no memory limit"
        click.echo(
            f"hytegraph serve: pages {server.url}/, SPARQL endpoint {server.url}/sparql, "
            f"map {server.url}/map "
            f"({len(store)} triples, {server.workers} workers, {timeout:g} s and {memory} per "
            "query; Ctrl-C stops)",
            err=True,
        )
        if server.network_problem is not None:
            click.echo(
                "WARNING: queries are NOT cut off from the network "
                f"({server.network_problem}); only the query check keeps SERVICE out.",
                err=True,
            )

    def log(line: str) -> None:
        click.echo(line, err=True)

    run(
        store,
        host,
        port,
        timeout=timeout,
        workers=workers,
        log=None if quiet else log,
        ready=ready,
        isolation=isolation,
        max_memory_mb=max_memory or None,
        max_query_bytes=max_query_size,
        max_depth=max_nesting,
        allowed_hosts=allow_hosts,
        network_isolation=not no_network_isolation,
    )

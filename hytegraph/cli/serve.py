"""``hytegraph serve``: a read-only SPARQL endpoint and the map for a team."""

from __future__ import annotations

import click

from hytegraph.cli.app import AppContext, main


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 exposes the server to the network (see "
    "docs/deployment.md first).",
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
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Queries run at the same time (default: twice the number of CPUs).",
)
@click.option(
    "--isolation",
    type=click.Choice(["process", "thread"]),
    default="process",
    show_default=True,
    help="process: each query in a child process killed at the time limit (safest); "
    "thread: in the server process, faster, but a runaway query is only stopped between "
    "result rows.",
)
@click.option("--quiet", is_flag=True, help="Do not log each request on stderr.")
@click.pass_obj
def serve(
    app: AppContext,
    host: str,
    port: int,
    timeout: float,
    workers: int | None,
    isolation: str,
    quiet: bool,
) -> None:
    """Serve the graph read-only: a SPARQL 1.1 Protocol endpoint at /sparql (GET and POST;
    JSON, XML, CSV, TSV, Turtle, N-Triples or JSON-LD by content negotiation) and the map at
    /map. Updates, SERVICE and LOAD are refused; each query has a time limit.
    """
    from hytegraph.server import SparqlServer
    from hytegraph.server import serve as run

    store = app.load(cache=False)  # in memory: queries run in forked children

    def ready(server: SparqlServer) -> None:
        click.echo(
            f"hytegraph serve: SPARQL endpoint {server.url}/sparql, map {server.url}/map "
            f"({len(store)} triples, {server.workers} workers, {isolation} isolation, "
            f"{timeout:g} s per query; "
            "Ctrl-C stops)",
            err=True,
        )

    def log(line: str) -> None:
        click.echo(line, err=True)

    run(
        store, host, port, timeout=timeout, workers=workers, log=None if quiet else log, ready=ready
    )

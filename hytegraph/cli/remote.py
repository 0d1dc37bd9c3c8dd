"""``hytegraph push`` and ``hytegraph pull``: the graph on a SPARQL server (Graph Store
Protocol)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from hytegraph.cli.app import AppContext, main

F = TypeVar("F", bound=Callable[..., Any])


def _server_options(func: F) -> F:
    for option in reversed(
        [
            click.option(
                "--endpoint",
                envvar="HYTEGRAPH_ENDPOINT",
                metavar="URL",
                help="The server's SPARQL query URL, e.g. http://HOST:7878/query "
                "(also: HYTEGRAPH_ENDPOINT or the global --endpoint).",
            ),
            click.option(
                "--store-url",
                envvar="HYTEGRAPH_STORE_URL",
                metavar="URL",
                help="The server's Graph Store Protocol URL (default: derived from the "
                "endpoint; Oxigraph /store, Fuseki /DATASET/data, Virtuoso "
                "/sparql-graph-crud-auth).",
            ),
            click.option(
                "--timeout",
                type=click.FloatRange(min=0.1),
                default=60.0,
                show_default=True,
                metavar="SECONDS",
                help="Time limit of each request to the server.",
            ),
        ]
    ):
        func = option(func)
    return func


def _endpoint(app: AppContext, endpoint: str | None, store_url: str | None, timeout: float) -> Any:
    from hytegraph.errors import ConfigurationError
    from hytegraph.store.remote import Endpoint

    url = endpoint or app.endpoint
    if not url:
        raise ConfigurationError(
            "no SPARQL server given",
            hint="Give --endpoint URL (e.g. http://127.0.0.1:7878/query) or set "
            "HYTEGRAPH_ENDPOINT.",
        )
    return Endpoint(url, store_url=store_url, timeout=timeout)


def _progress(message: str) -> None:
    click.echo(message, err=True)


@main.command()
@_server_options
@click.option(
    "--no-bundled",
    is_flag=True,
    help="Push only the ontology and the --data files, not the bundled Espoo data.",
)
@click.pass_obj
def push(
    app: AppContext,
    endpoint: str | None,
    store_url: str | None,
    timeout: float,
    no_bundled: bool,
) -> None:
    """Upload the ontology, the data (bundled and --data files) and the derived triples to a
    SPARQL server, one named graph per source file (SPARQL 1.1 Graph Store Protocol).

    Every file is checked before anything is sent, and the new graphs replace the old ones
    only once all of them are on the server: a push that fails leaves the server's previous
    data as it was.
    """
    from hytegraph.store.gsp import push as push_graphs

    target = _endpoint(app, endpoint, store_url, timeout)
    report = push_graphs(target, app.inputs(), include_bundled=not no_bundled, progress=_progress)
    for g in report.graphs:
        click.echo(f"{g.iri}\t{g.source}\t{g.count}")
    total = sum(g.count for g in report.graphs)
    click.echo(
        f"pushed {len(report.graphs)} graphs ({total} triples) to {report.server} "
        f"as push {report.push_id}",
        err=True,
    )
    if report.leftovers:
        click.echo("warning: could not remove old graphs: " + ", ".join(report.leftovers), err=True)


@main.command()
@_server_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("pulled"),
    show_default=True,
    help="Folder to write the graphs to (one Turtle file per graph, and manifest.ttl).",
)
@click.pass_obj
def pull(
    app: AppContext,
    endpoint: str | None,
    store_url: str | None,
    timeout: float,
    output: Path,
) -> None:
    """Download the graphs of the last push from a SPARQL server: one Turtle file per graph
    plus manifest.ttl, checked against the triple counts in the manifest and written all at
    once (a failed pull writes nothing)."""
    from hytegraph.store.gsp import pull as pull_graphs

    target = _endpoint(app, endpoint, store_url, timeout)
    report = pull_graphs(target, output, progress=_progress)
    for g in report.graphs:
        click.echo(f"{g.path}\t{g.source}\t{g.triples}")
    click.echo(
        f"pulled {len(report.graphs)} graphs of push {report.push_id} into {output}", err=True
    )

"""The ``hytegraph`` click group: global options and turning library errors into exit codes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from hytegraph.core.version import __version__
from hytegraph.errors import HytegraphError


@dataclass
class AppContext:
    """What the group options set, shared with every command (``click.pass_obj``)."""

    data_paths: Sequence[Path] = ()
    cache: bool = True
    endpoint: str | None = None

    def load(self, **options: Any) -> Any:
        """Load the bundled graph plus ``--data`` files (checked here: exists, known type),
        from the on-disk cache unless ``--no-cache`` or ``HYTEGRAPH_NO_CACHE`` says otherwise.
        With ``--endpoint`` (or ``HYTEGRAPH_ENDPOINT``) the store is that SPARQL server."""
        if self.endpoint:
            from hytegraph.errors import ConfigurationError
            from hytegraph.store.remote import EndpointStore

            if self.data_paths:
                raise ConfigurationError(
                    "--data cannot be combined with --endpoint: the server holds the data",
                    hint="Add the file to the server with `hytegraph --data FILE push`.",
                )
            return EndpointStore(self.endpoint)
        from hytegraph.store.load import load_graph

        options.setdefault("cache", self.cache)
        return load_graph(list(self.data_paths), **options)


class HytegraphGroup(click.Group):
    """A group that reports :class:`HytegraphError` as ``Error: ...`` with exit 1, no traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except HytegraphError as e:
            raise click.ClickException(e.describe()) from e


@click.group(cls=HytegraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data",
    "data_paths",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="PATH",
    help="Extra data file (.ttl, .trig, .jsonld) loaded with the bundled data. Repeatable.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Load the graph in memory instead of from the on-disk cache (also: HYTEGRAPH_NO_CACHE=1).",
)
@click.option(
    "--endpoint",
    envvar="HYTEGRAPH_ENDPOINT",
    metavar="URL",
    help="Run against this SPARQL 1.1 server (query URL, e.g. http://HOST:7878/query) "
    "instead of the local files (also: HYTEGRAPH_ENDPOINT).",
)
@click.version_option(__version__, "--version", prog_name="hytegraph")
@click.pass_context
def main(
    ctx: click.Context, data_paths: tuple[Path, ...], no_cache: bool, endpoint: str | None
) -> None:
    """hytegraph: Finnish municipal health and wellbeing promotion (HYTE) structures as a
    knowledge graph with provenance."""
    ctx.obj = AppContext(data_paths=data_paths, cache=not no_cache, endpoint=endpoint or None)

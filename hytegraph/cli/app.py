"""The ``hytegraph`` click group: global options and turning library errors into exit codes."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from hytegraph.core.version import __version__
from hytegraph.errors import HytegraphError

#: The exit code after Ctrl-C (128 + SIGINT, as shells report it).
INTERRUPTED = 130
#: The exit status of a command stopped by an error in hytegraph itself (sysexits' EX_SOFTWARE).
INTERNAL_ERROR = 70
#: Data paths used when no ``--data`` is given, separated by ``os.pathsep`` (":" on Linux).
DATA_VARIABLE = "HYTEGRAPH_DATA"


def data_from_environment() -> tuple[Path, ...]:
    """The paths ``HYTEGRAPH_DATA`` names (empty entries ignored)."""
    value = os.environ.get(DATA_VARIABLE, "")
    return tuple(Path(part) for part in value.split(os.pathsep) if part.strip())


@dataclass
class AppContext:
    """What the group options set, shared with every command (``click.pass_obj``)."""

    data_paths: Sequence[Path] = ()
    cache: bool = True
    endpoint: str | None = None
    #: True while ``data_paths`` came from ``HYTEGRAPH_DATA``: a ``--data`` replaces them.
    data_from_env: bool = False

    def add_data(self, paths: Sequence[Path]) -> None:
        """``--data`` paths: added to those given before, replacing ``HYTEGRAPH_DATA``'s."""
        if self.data_from_env:
            self.data_paths, self.data_from_env = (), False
        self.data_paths = (*self.data_paths, *paths)

    def load(self, **options: Any) -> Any:
        """Load the bundled graph plus the ``--data`` files, workbooks and folders (or those
        ``HYTEGRAPH_DATA`` names; checked before loading: exists, known type), from the on-disk
        cache unless ``--no-cache`` or ``HYTEGRAPH_NO_CACHE`` says otherwise. With
        ``--endpoint`` (or ``HYTEGRAPH_ENDPOINT``) the store is that SPARQL server."""
        if self.endpoint:
            from hytegraph.errors import ConfigurationError
            from hytegraph.store.remote import EndpointStore

            if self.data_paths:
                given = f"{DATA_VARIABLE} (set to {os.environ.get(DATA_VARIABLE)!r})"
                raise ConfigurationError(
                    f"{given if self.data_from_env else '--data'} cannot be combined with "
                    "--endpoint: the server holds the data",
                    hint="Add the file to the server with `hytegraph --data FILE push`"
                    + (f", or unset {DATA_VARIABLE}." if self.data_from_env else "."),
                )
            return EndpointStore(self.endpoint)
        from hytegraph.store.load import load_graph

        options.setdefault("cache", self.cache)
        return load_graph(self.inputs(), **options)

    def inputs(self) -> list[Path]:
        """The data paths to load, with the readers they need plugged in
        (:func:`plug_readers`)."""
        plug_readers(self.data_paths)
        return list(self.data_paths)


def plug_readers(paths: Sequence[Path]) -> None:
    """Plug in the authoring layer's workbook reader when a workbook is among ``paths``
    (:func:`hytegraph.authoring.register_readers`, which calls
    :func:`hytegraph.core.datafiles.register_reader`). Only then, so that a lookup never pays
    for the authoring layer's imports."""
    from hytegraph.core import datafiles

    if datafiles.reader_for(datafiles.WORKBOOK) is None and datafiles.names_workbook(paths):
        import hytegraph.authoring

        hytegraph.authoring.register_readers()


def _app(ctx: click.Context) -> AppContext:
    app = ctx.find_object(AppContext)
    if app is None:  # a command invoked on its own, without the group
        app = ctx.ensure_object(AppContext)
    return app


def _late_data(ctx: click.Context, _param: click.Parameter, value: tuple[Path, ...]) -> None:
    if value:
        _app(ctx).add_data(value)


def _late_no_cache(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        _app(ctx).cache = False


def _late_endpoint(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        _app(ctx).endpoint = value


DATA_HELP = (
    "Extra data loaded with the bundled data: an RDF file (.ttl, .trig, .jsonld, .nt, .nq), "
    "a workbook, or a folder of them (the files directly in it). Repeatable; without it, "
    "HYTEGRAPH_DATA (paths separated by ':') is used."
)


def global_options() -> list[click.Option]:
    """The group's options (``--data``, ``--no-cache``, ``--endpoint``) as every subcommand
    also accepts them, after its name: ``hytegraph validate --data FILE`` is
    ``hytegraph --data FILE validate``. They write into the shared :class:`AppContext`."""
    return [
        click.Option(
            ["--data"],
            multiple=True,
            type=click.Path(path_type=Path),
            metavar="PATH",
            expose_value=False,
            callback=_late_data,
            help=DATA_HELP + " Also accepted before the command.",
        ),
        click.Option(
            ["--no-cache"],
            is_flag=True,
            expose_value=False,
            callback=_late_no_cache,
            help="Load the graph in memory instead of from the on-disk cache (also: "
            "HYTEGRAPH_NO_CACHE=1, or before the command).",
        ),
        click.Option(
            ["--endpoint"],
            metavar="URL",
            expose_value=False,
            callback=_late_endpoint,
            help="Run against this SPARQL 1.1 server (also: HYTEGRAPH_ENDPOINT, or before the "
            "command).",
        ),
    ]


#: Every command and the module that defines it (and registers it on :data:`main`). A command's
#: module is imported only when that command runs, so that a lookup never pays for the imports
#: of ``serve`` or ``analyze``; ``hytegraph --help`` and shell completion import them all to show
#: each one's short help. A new command is one line here (``tests/test_cli.py`` checks the table
#: against what the modules register).
COMMANDS: dict[str, str] = {
    "analyze": "hytegraph.cli.analyze",
    "body": "hytegraph.cli.lookup",
    "build": "hytegraph.cli.build",
    "chairs": "hytegraph.cli.lookup",
    "county": "hytegraph.cli.lookup",
    "diff": "hytegraph.cli.timeline",
    "export": "hytegraph.cli.export",
    "extract": "hytegraph.cli.extract",
    "history": "hytegraph.cli.timeline",
    "import": "hytegraph.cli.authoring",
    "map": "hytegraph.cli.map",
    "names": "hytegraph.cli.lookup",
    "ngos": "hytegraph.cli.lookup",
    "prepare": "hytegraph.cli.prepare",
    "pull": "hytegraph.cli.remote",
    "push": "hytegraph.cli.remote",
    "queries": "hytegraph.cli.query",
    "query": "hytegraph.cli.query",
    "serve": "hytegraph.cli.serve",
    "shapes": "hytegraph.cli.validate",
    "site": "hytegraph.cli.site",
    "sources": "hytegraph.cli.lookup",
    "template": "hytegraph.cli.authoring",
    "validate": "hytegraph.cli.validate",
    "who": "hytegraph.cli.lookup",
}


class HytegraphGroup(click.Group):
    """A group that reports :class:`HytegraphError` as ``Error: ...`` with exit 1, no traceback,
    exits 130 on Ctrl-C, and gives every command the global options.

    Its commands are loaded lazily (``lazy``: name -> module, :data:`COMMANDS`): running one
    imports its module only. ``commands`` (click's mapping of the registered commands) imports
    every module first, so that whoever reads it sees them all."""

    def __init__(self, *args: Any, lazy: dict[str, str] | None = None, **kwargs: Any) -> None:
        self.lazy = dict(lazy or {})
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]
    def commands(self) -> dict[str, click.Command]:
        for name in self.lazy:
            self._load(name)
        return self._registered

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        self._registered = value

    def _load(self, name: str) -> None:
        module = self.lazy.get(name)
        if module is not None and name not in self._registered:
            import importlib

            importlib.import_module(module)

    def list_commands(self, ctx: click.Context | None) -> list[str]:
        return sorted({*self._registered, *self.lazy})

    def get_command(self, ctx: click.Context | None, cmd_name: str) -> click.Command | None:
        self._load(cmd_name)
        return self._registered.get(cmd_name)

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        taken = {opt for param in cmd.params for opt in param.opts}
        cmd.params.extend(o for o in global_options() if not taken & set(o.opts))
        name = name or cmd.name
        if name is None:  # pragma: no cover - click refuses a command without a name
            raise TypeError("Command has no name.")
        self._registered[name] = cmd

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except HytegraphError as e:
            raise click.ClickException(e.describe()) from e
        except KeyboardInterrupt:
            # click would print "Aborted!" and exit 1; a shell expects 128 + SIGINT, and a
            # person a short line. Nothing half-written stays behind: every write is atomic.
            click.echo("\nhytegraph: interrupted", err=True)
            ctx.exit(INTERRUPTED)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as e:
            # An error in hytegraph's own code, not in what it was given: a person gets one
            # line to act on (report it) rather than a traceback; HYTEGRAPH_DEBUG=1 shows it.
            if os.environ.get("HYTEGRAPH_DEBUG"):
                raise
            command = ctx.invoked_subcommand or "hytegraph"
            click.echo(
                f"Error: {command} stopped on an error in hytegraph itself "
                f"({type(e).__name__}: {e}). This is not a fault in your "
                "input: please report it with the command and the file it read "
                "(run again with HYTEGRAPH_DEBUG=1 to see where it happened).",
                err=True,
            )
            ctx.exit(INTERNAL_ERROR)


@click.group(
    cls=HytegraphGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--data",
    "data_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    metavar="PATH",
    help=DATA_HELP,
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
    from_env = not data_paths
    ctx.obj = AppContext(
        data_paths=data_paths or data_from_environment(),
        cache=not no_cache,
        endpoint=endpoint or None,
        data_from_env=from_env,
    )

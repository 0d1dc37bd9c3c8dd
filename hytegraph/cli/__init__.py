"""The command line. Each command lives in its own module and registers itself on ``main``
(``hytegraph.cli.app``); adding a command is one import line below."""

# Command modules, imported for their registration side effect.
from hytegraph.cli import analyze as _analyze  # noqa: F401
from hytegraph.cli import authoring as _authoring  # noqa: F401
from hytegraph.cli import build as _build  # noqa: F401
from hytegraph.cli import export as _export  # noqa: F401
from hytegraph.cli import extract as _extract  # noqa: F401
from hytegraph.cli import lookup as _lookup  # noqa: F401
from hytegraph.cli import map as _map  # noqa: F401
from hytegraph.cli import query as _query  # noqa: F401
from hytegraph.cli import remote as _remote  # noqa: F401
from hytegraph.cli import serve as _serve  # noqa: F401
from hytegraph.cli import site as _site  # noqa: F401
from hytegraph.cli import timeline as _timeline  # noqa: F401
from hytegraph.cli import validate as _validate  # noqa: F401
from hytegraph.cli.app import main

__all__ = ["main"]

"""The command line. Each command lives in its own module and registers itself on ``main``
(``hytegraph.cli.app``); :data:`hytegraph.cli.app.COMMANDS` names the module of each command,
imported only when that command runs (``--help`` imports them all). Adding a command is one
line in that table."""

from hytegraph.cli.app import main

__all__ = ["main"]

"""Authoring: a spreadsheet workbook in and out, matched against what the graph already knows.

- :func:`read_workbook` — the graph a workbook states (for a loader);
- :func:`import_workbook` — ``hytegraph import``: check, match, write Turtle and source texts;
- :func:`write_workbook` — ``hytegraph export --format xlsx|csvdir``;
- :func:`write_template` — ``hytegraph template``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hytegraph.core import datafiles

__all__ = [
    "import_workbook",
    "read_workbook",
    "register_readers",
    "write_template",
    "write_workbook",
]


def _read_data_workbook(path: Path) -> Any:
    """A workbook given to ``--data``: its graph as :func:`read_workbook` gives it, standing
    alone (its entities are its own; the bundled data are not matched against)."""
    from hytegraph.authoring.importer import read_workbook

    return read_workbook(path)


def register_readers() -> None:
    """Plug the workbook reader into the data loader (:mod:`hytegraph.core.datafiles`), so
    that ``--data`` reads ``.xlsx`` workbooks and CSV workbook folders. Done on import; the
    command line calls it when a workbook is among its data paths."""
    datafiles.register_reader(datafiles.WORKBOOK, _read_data_workbook)


register_readers()


def __getattr__(name: str) -> Any:
    if name in ("import_workbook", "read_workbook"):
        from hytegraph.authoring import importer

        return getattr(importer, name)
    if name == "write_workbook":
        from hytegraph.authoring.export import write_workbook

        return write_workbook
    if name == "write_template":
        from hytegraph.authoring.template import write_template

        return write_template
    raise AttributeError(name)

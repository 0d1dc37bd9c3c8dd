"""Authoring: a spreadsheet workbook in and out, matched against what the graph already knows.

- :func:`read_workbook` — the graph a workbook states (for a loader);
- :func:`import_workbook` — ``hytegraph import``: check, match, write Turtle and source texts;
- :func:`write_workbook` — ``hytegraph export --format xlsx|csvdir``;
- :func:`write_template` — ``hytegraph template``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["import_workbook", "read_workbook", "write_template", "write_workbook"]


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

"""The workbook's column reference as ``docs/authoring.md`` prints it: the lists of values and,
per sheet, every column with its titles and notes in Finnish, Swedish and English.

Written from :mod:`.columns` and :mod:`.vocabulary` themselves, so that the documented contract
is the one import reads; a test keeps ``docs/authoring.md`` equal to :func:`markdown`.
"""

from __future__ import annotations

from hytegraph.authoring import vocabulary
from hytegraph.authoring.columns import SHEETS

_LISTS = (
    ("entity kinds", "entity"),
    ("fact kinds", "fact"),
    ("roles", "role"),
    ("kinds of responsibility", "responsibility"),
    ("statuses", "status"),
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown() -> str:
    """The "Column reference" section's body (after its heading)."""
    out = [
        "Import accepts the column id or its title in Finnish, Swedish or English. "
        "Lists of values:",
        "",
    ]
    for title, name in _LISTS:
        pairs = zip(vocabulary.choices(name), vocabulary.choices(name, "fi"), strict=True)
        out.append(f"- {title}: " + ", ".join(f"`{tid}` ({fi})" for tid, fi in pairs))
    for sheet, columns in SHEETS.items():
        out += ["", f"### `{sheet}`", ""]
        out.append("| id | suomeksi | på svenska | in English | ohje | note |")
        out.append("| --- | --- | --- | --- | --- | --- |")
        for c in columns:
            name = f"`{c.id}` (required)" if c.required else f"`{c.id}`"
            cells = (c.fi, c.sv, c.en, c.note_fi, c.note_en)
            out.append(f"| {name} | " + " | ".join(_cell(x) for x in cells) + " |")
    return "\n".join(out) + "\n"


__all__ = ["markdown"]

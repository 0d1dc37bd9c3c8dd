"""Rows (a list of dicts) rendered as an aligned table, JSON or CSV.

The CSV is for spreadsheets: a cell that Excel or LibreOffice would run as a formula gets a
leading ``'`` (:func:`hytegraph.core.sanitize.spreadsheet_cell`). ``excel=True`` writes what a
Finnish (or Swedish) Excel opens correctly with a double click: a byte order mark (UTF-8 BOM,
added by the caller that encodes), ``;`` between cells, numbers with a decimal comma,
booleans as 1 and 0, dates as ``YYYY-MM-DD``. The W3C SPARQL results formats
of ``hytegraph query --format csv|tsv`` and ``serve`` are written elsewhere
(:mod:`hytegraph.store.results`) and stay exactly as the standard defines them.
"""

from __future__ import annotations

import io
import json
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from hytegraph.core.sanitize import spreadsheet_cell
from hytegraph.views.words import header

FORMATS = ("table", "json", "csv")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


#: The width of each character met so far (a table of thousands of rows repeats few of them).
_WIDTHS: dict[str, int] = {}


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide East Asian characters count two, combining marks 0."""
    if text.isascii():  # no ASCII character is wide, combining or a format character
        return len(text)
    if max(text) < "\u0300" and "\xad" not in text:
        # Latin-1 and Latin Extended (Finnish, Swedish): below the combining marks, none wide,
        # the soft hyphen the only format character
        return len(text)
    widths = _WIDTHS
    width = 0
    for char in text:
        found = widths.get(char)
        if found is None:
            found = widths[char] = _char_width(char)
        width += found
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _columns(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None) -> list[str]:
    if columns is not None:
        return list(columns)
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _one_line(text: str) -> str:
    return " ".join(text.split()) if ("\n" in text or "\t" in text or "\r" in text) else text


def render_table(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str] | None = None,
    lang: str | None = None,
) -> str:
    """An aligned plain-text table with a header and a dashed rule; empty input gives ''.
    With ``lang`` the headers are in that language (:data:`hytegraph.views.words.HEADERS`)."""
    cols = _columns(rows, columns)
    if not cols:
        return ""
    titles = [header(c, lang) if lang else c for c in cols]
    cells = [[_one_line(_text(row.get(c))) for c in cols] for row in rows]
    # each cell's width once: thousands of rows are measured, then padded
    sized = [[(v, display_width(v)) for v in r] for r in cells]
    widths = [max([display_width(t), *(r[i][1] for r in sized)]) for i, t in enumerate(titles)]
    lines = [
        "  ".join(_pad(t, w) for t, w in zip(titles, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += [
        "  ".join(v + " " * (w - n) for (v, n), w in zip(r, widths, strict=True)).rstrip()
        for r in sized
    ]
    return "\n".join(lines) + "\n"


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    return str(value)


def render_json(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """A JSON array of objects (UTF-8 text kept as is)."""
    cols = _columns(rows, columns)
    data = [{c: _jsonable(row.get(c)) for c in cols} for row in rows]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _excel_cell(value: Any) -> str:
    """A value as a Finnish Excel reads it: 1/0 for booleans, a decimal comma in numbers,
    ISO dates; text neutralised like any CSV cell."""
    import datetime

    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", ",") if value == value else ""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return spreadsheet_cell(_text(value))


def csv_text(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str] | None = None,
    *,
    excel: bool = False,
) -> str:
    """CSV with a header row (RFC 4180: quoting and CRLF line ends), formula-leading cells
    neutralised for spreadsheets; ``excel``: ``;`` between cells and the values of
    :func:`_excel_cell` (encode it as ``utf-8-sig`` for the byte order mark)."""
    import csv  # here: a table or JSON, most of what the lookups print, needs no csv module

    cols = _columns(rows, columns)
    buffer = io.StringIO()
    # CRLF as the terminator also makes the writer quote fields holding a lone CR.
    writer = csv.writer(buffer, delimiter=";" if excel else ",", lineterminator="\r\n")
    writer.writerow([spreadsheet_cell(c) for c in cols])
    cell = _excel_cell if excel else (lambda value: spreadsheet_cell(_text(value)))
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in cols])
    return buffer.getvalue()


def render_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """CSV with a header row (:func:`csv_text`)."""
    return csv_text(rows, columns)


def render_excel(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """CSV for a Finnish Excel (:func:`csv_text` with ``excel``), starting with the byte order
    mark U+FEFF so that it reaches a file or pipe as the UTF-8 BOM."""
    return "\ufeff" + csv_text(rows, columns, excel=True)


_RENDERERS = {
    "table": render_table,
    "json": render_json,
    "csv": render_csv,
    "excel": render_excel,
}


def render(
    rows: Sequence[Mapping[str, Any]],
    fmt: str = "table",
    columns: Sequence[str] | None = None,
    lang: str | None = None,
) -> str:
    """Render ``rows`` as ``table``, ``json``, ``csv`` or ``excel`` (CSV for a Finnish Excel);
    ``columns`` fixes order and selection.

    ``lang`` puts a table's headers in that language; JSON keys and CSV headers stay the
    columns' English keys, which programs read."""
    try:
        renderer = _RENDERERS[fmt]
    except KeyError:
        from hytegraph.errors import ConfigurationError

        raise ConfigurationError(
            f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}"
        ) from None
    if fmt == "table":
        return render_table(rows, columns, lang)
    return renderer(rows, columns)

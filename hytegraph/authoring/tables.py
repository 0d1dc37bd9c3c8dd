"""A workbook as rows of cells, read from ``.xlsx`` or a folder of CSV files and written back.

Every cell keeps where it came from (``facts!7:quote``), so that a problem can be reported at its
place. The first row of a sheet is its header: canonical column ids (or their titles in
Finnish, Swedish or English, :mod:`~hytegraph.authoring.columns`); a second row that holds only
titles (the template's) is skipped. ``.xlsx`` is read with python-calamine (a Rust reader, about
ten times faster than openpyxl on large sheets) and written with openpyxl; CSV files are UTF-8
(a byte-order mark is allowed), comma- or semicolon-separated.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from hytegraph.authoring.columns import SHEETS, column_for, header_key, sheet_for
from hytegraph.errors import HytegraphError, InputError

#: Suffixes of spreadsheet files import reads.
XLSX = (".xlsx", ".xlsm")


class Where(NamedTuple):
    """A place in the workbook: ``sheet!row:column`` (row as the spreadsheet numbers it)."""

    sheet: str
    row: int
    column: str = ""

    def __str__(self) -> str:
        return (
            f"{self.sheet}!{self.row}:{self.column}" if self.column else f"{self.sheet}!{self.row}"
        )


@dataclass
class Row:
    """One data row of a sheet: cell text by column id (stripped; empty cells are absent)."""

    sheet: str
    number: int
    cells: dict[str, str]
    #: How the file names a column, where it is not the column id (a register's "Asema").
    titles: dict[str, str] = field(default_factory=dict)

    def get(self, column: str) -> str:
        return self.cells.get(column, "")

    def where(self, column: str = "") -> Where:
        return Where(self.sheet, self.number, self.titles.get(column, column))

    def split(self, column: str) -> list[str]:
        """A ``|``-separated cell as its values."""
        return [part.strip() for part in self.get(column).split("|") if part.strip()]


@dataclass
class Workbook:
    """The rows of each sheet, and the folder relative file names are resolved in."""

    name: str
    folder: Path
    sheets: dict[str, list[Row]] = field(default_factory=dict)
    #: Header cells that name no column, by sheet (reported, not fatal).
    unknown_headers: list[Where] = field(default_factory=list)
    #: Source texts given with the workbook rather than as files (a register's own text), by
    #: source id.
    texts: dict[str, str] = field(default_factory=dict)

    def rows(self, sheet: str) -> list[Row]:
        return self.sheets.get(sheet, [])

    def merge(self, other: Workbook) -> None:
        for sheet, rows in other.sheets.items():
            self.sheets.setdefault(sheet, []).extend(rows)
        self.unknown_headers.extend(other.unknown_headers)
        self.texts.update(other.texts)


#: Runs of whitespace other than line breaks: spaces, tabs, no-break spaces (U+00A0, U+202F),
#: the typographic spaces of U+2000..U+200A, ...
_SPACES = re.compile(r"[^\S\n]+")
#: Characters that show as nothing but make two equal-looking names differ: zero-width space,
#: word joiner, a byte-order mark inside a cell.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")


def clean_text(text: str) -> str:
    """A text cell as import reads it: every kind of space (a no-break space copied from a web
    page, a tab, several spaces) one ordinary space, invisible characters left out, line breaks
    kept (``\r\n`` as ``\n``), each line and the whole stripped."""
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n")).strip()


def _text(value: Any) -> str:
    """A cell as text: numbers without a trailing ``.0``, dates as ISO dates (a date cell is a
    day, with or without a time of day: a spreadsheet that turned ``3/2024`` into a date has
    lost the month precision), text through :func:`clean_text`."""
    import datetime

    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):  # a time of day in a date cell: its day
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return clean_text(str(value))


def rows_from_table(
    sheet: str, table: Iterable[Sequence[Any]], workbook: Workbook, first_line: int = 1
) -> list[Row]:
    """Rows of ``sheet`` from its cells, header first (see the module doc)."""
    rows: list[Row] = []
    columns: list[str | None] = []
    title_row_checked = False
    for number, values in enumerate(table, start=first_line):
        cells = [_text(v) for v in values]
        if not columns:
            if not any(cells):
                continue
            for header in cells:
                column = column_for(sheet, header) if header else None
                if header and column is None:
                    workbook.unknown_headers.append(Where(sheet, number, header))
                columns.append(column)
            continue
        if not title_row_checked:
            title_row_checked = True
            named = [
                (column, cell)
                for column, cell in zip(columns, cells, strict=False)
                if cell and column
            ]
            if named and all(column_for(sheet, cell) == column for column, cell in named):
                continue  # the template's row of titles
        data = {
            column: cell for column, cell in zip(columns, cells, strict=False) if column and cell
        }
        if data:
            rows.append(Row(sheet, number, data))
    return rows


def read_xlsx(path: Path) -> Workbook:
    """A workbook from an ``.xlsx`` file (sheets with other names are ignored)."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as e:  # calamine raises its own error types for damaged files
        raise InputError(
            path,
            None,
            f"cannot read the spreadsheet ({e})",
            hint="Save it again from the spreadsheet program as an Excel workbook (.xlsx).",
        ) from None
    workbook = Workbook(path.name, path.resolve().parent)
    for name in book.sheet_names:
        sheet = sheet_for(name)
        if sheet is None:
            continue
        table = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        workbook.sheets[sheet] = rows_from_table(sheet, table, workbook)
    return workbook


def decode(path: Path, data: bytes) -> str:
    """CSV bytes as text: UTF-8 (with or without a byte-order mark), else Windows-1252 as Excel
    writes it on Finnish Windows."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise InputError(
                path,
                line,
                "the file is neither UTF-8 nor Windows-1252 text",
                hint="Save it as CSV UTF-8 from the spreadsheet program.",
            ) from None


def csv_table(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of CSV text, comma- or semicolon-separated (whichever the header
    line uses more)."""
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    for cells in reader:
        yield line, cells
        line = reader.line_num + 1


def read_csv_folder(folder: Path) -> Workbook:
    """A workbook from a folder of ``SHEET.csv`` files (``sources.csv``, ``entities.csv``, ...)."""
    workbook = Workbook(folder.name, folder.resolve())
    for path in sorted(folder.glob("*.csv")):
        sheet = sheet_for(path.stem)
        if sheet is None:
            continue
        text = decode(path, path.read_bytes())
        numbered = list(csv_table(text))
        rows = rows_from_table(sheet, (cells for _line, cells in numbered), workbook)
        # rows_from_table numbers by record; give each row its line in the file instead
        lines = {i: line for i, (line, _cells) in enumerate(numbered, start=1)}
        for row in rows:
            row.number = lines.get(row.number, row.number)
        workbook.sheets[sheet] = rows
    return workbook


def is_workbook_folder(path: Path) -> bool:
    return path.is_dir() and any(sheet_for(p.stem) for p in path.glob("*.csv"))


# ---------------------------------------------------------------------------------------------
# writing


class Table(NamedTuple):
    """A sheet to write: its column ids and rows (dicts by column id)."""

    columns: list[str]
    rows: list[Mapping[str, str]]


def used_columns(sheet: str, rows: Sequence[Mapping[str, str]]) -> list[str]:
    """The sheet's columns, in contract order: required ones always, others when used."""
    used = {k for row in rows for k, v in row.items() if v}
    return [c.id for c in SHEETS[sheet] if c.required or c.id in used or c.id in _CORE[sheet]]


# columns every written sheet shows, used or not (the contract)
_CORE = {
    "sources": {"id", "title", "publisher", "date", "url", "file", "language"},
    "items": {"source", "number"},
    "entities": {
        "id",
        "kind",
        "name_fi",
        "name_sv",
        "name_en",
        "other_names",
        "part_of",
        "wikidata",
        "code",
        "business_id",
        "same_as",
    },
    "facts": {
        "kind",
        "actor",
        "role",
        "target",
        "on_behalf_of",
        "deputy_for",
        "start",
        "end",
        "status",
        "source",
        "item",
        "respondent",
        "quote",
    },
    "roles": {"id", "name_fi", "name_sv", "name_en"},
    "ambiguities": {"id", "question_fi", "concerns", "reading_fi", "source", "quote"},
}


def csv_bytes(table: Table) -> bytes:
    """A sheet as UTF-8 CSV (comma-separated, every line ended with CRLF as RFC 4180 says)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([row.get(c, "") for c in table.columns])
    return out.getvalue().encode("utf-8")


def xlsx_bytes(tables: Mapping[str, Table], lang: str = "en") -> bytes:
    """The sheets as one ``.xlsx`` workbook: ids in the first row, titles in the second, both
    frozen; every value a text cell (a quote is never read as a formula or a number)."""
    from openpyxl import Workbook as XlsxWorkbook

    from hytegraph.authoring.columns import SHEETS as COLUMNS

    book = XlsxWorkbook()
    book.remove(book.active)
    for sheet, table in tables.items():
        ws = book.create_sheet(sheet)
        by_id = {c.id: c for c in COLUMNS[sheet]}
        ws.append(table.columns)
        ws.append([by_id[c].title(lang) for c in table.columns])
        for row in table.rows:
            ws.append([_cell(row.get(c, "")) for c in table.columns])
        _style_header(ws, len(table.columns))
        _text_format(ws, table.columns, len(table.rows) + 2 + TEXT_ROWS_BELOW)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


#: Columns whose cells are formatted as text (``@``), so that a spreadsheet keeps what a person
#: types as typed: ``2024-03`` or ``3/2024`` stays a month instead of becoming the day
#: 1.3.2024, and a municipality code keeps its leading zero (``049``).
TEXT_COLUMNS = frozenset({"date", "start", "end", "planned", "code", "business_id"})
#: Empty rows below the data that get the text format too (room to add rows).
TEXT_ROWS_BELOW = 2000


def _text_format(ws: Any, columns: Sequence[str], last_row: int) -> None:
    for index, column in enumerate(columns, start=1):
        if column in TEXT_COLUMNS:
            for row in range(3, last_row + 1):
                ws.cell(row=row, column=index).number_format = "@"


def _cell(value: str) -> str:
    return value


def _style_header(ws: Any, width: int) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws.freeze_panes = "A3"
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cell in ws[2]:
        cell.font = Font(italic=True)
    for index in range(1, width + 1):
        ws.column_dimensions[get_column_letter(index)].width = 18
    # openpyxl writes str values as shared strings; a leading "=" would still be a formula
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"


def read(path: Path) -> Workbook:
    """A workbook from ``.xlsx`` or a folder of CSV files."""
    if path.is_dir():
        return read_csv_folder(path)
    if path.suffix.lower() in XLSX:
        return read_xlsx(path)
    raise HytegraphError(
        f"{path}: not a workbook (an .xlsx file or a folder of CSV files)",
        hint="Give the .xlsx file, the folder holding sources.csv, entities.csv and facts.csv, "
        "or a membership register .csv with --source.",
    )


__all__ = [
    "TEXT_COLUMNS",
    "XLSX",
    "Row",
    "Table",
    "Where",
    "Workbook",
    "clean_text",
    "csv_bytes",
    "csv_table",
    "decode",
    "header_key",
    "is_workbook_folder",
    "read",
    "read_csv_folder",
    "read_xlsx",
    "rows_from_table",
    "used_columns",
    "xlsx_bytes",
]

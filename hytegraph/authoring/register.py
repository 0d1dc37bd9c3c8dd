"""A membership register (a trustee register as municipalities export it) read as facts.

A plain CSV with one row per person and body: ``Nimi;Luottamuselin;Asema;Alku;Loppu`` (Finnish),
``Namn;Organ;Ställning;Början;Slut`` (Swedish) or English headers; ``;`` or ``,`` separated;
UTF-8, UTF-8 with a byte-order mark or Windows-1252 as Excel writes it. Columns are found by
their header (:data:`DEFAULT_HEADERS`); ``--column name=Henkilö`` names another. Role words
(``puheenjohtaja``, ``varajäsen``, ``ordförande``, ``ersättare``, ...) are read by
:mod:`~hytegraph.authoring.vocabulary`.

The register is its own source: its text (the file as UTF-8) is the source text, and the quote of
each row is the row itself, verbatim. ``--source ID`` names the sources row that describes it
(title, publisher, date), from a workbook imported with it or one the graph already has.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from hytegraph.authoring.columns import header_key
from hytegraph.authoring.tables import Row, Workbook, clean_text, csv_table, decode
from hytegraph.errors import ConfigurationError

#: The headers each field is looked for under, in Finnish, Swedish and English (lower case).
DEFAULT_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("nimi", "henkilö", "luottamushenkilö", "namn", "person", "name"),
    "body": (
        "luottamuselin",
        "toimielin",
        "elin",
        "toimielimen nimi",
        "organ",
        "förtroendeorgan",
        "body",
    ),
    "role": (
        "asema",
        "rooli",
        "tehtävä",
        "jäsenyys",
        "ställning",
        "roll",
        "uppdrag",
        "role",
        "position",
    ),
    "start": (
        "alku",
        "alkaa",
        "alkupäivä",
        "alkaen",
        "toimikausi alkaa",
        "början",
        "från",
        "start",
    ),
    "end": (
        "loppu",
        "päättyy",
        "loppupäivä",
        "asti",
        "toimikausi päättyy",
        "slut",
        "till",
        "end",
    ),
    "on_behalf_of": ("edustaa", "edustettava taho", "representerar", "on behalf of"),
    "deputy_for": (
        "varajäsen henkilölle",
        "varahenkilö henkilölle",
        "ersättare för",
        "deputy for",
    ),
}
#: Workbook columns the fields fill.
_COLUMNS = {
    "name": "actor",
    "body": "target",
    "role": "role",
    "start": "start",
    "end": "end",
    "on_behalf_of": "on_behalf_of",
    "deputy_for": "deputy_for",
}
_REQUIRED = ("name", "body", "role")


def parse_mapping(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``("name=Henkilö", ...)`` → ``{"name": "Henkilö"}``; ConfigurationError for a bad one."""
    out = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        field = field.strip()
        if not sep or field not in DEFAULT_HEADERS or not header.strip():
            raise ConfigurationError(
                f"--column {pair!r} is not FIELD=HEADER",
                hint="FIELD is one of "
                + ", ".join(DEFAULT_HEADERS)
                + ", e.g. --column name=Henkilö",
            )
        out[field] = header.strip()
    return out


def read_register(path: Path, source_id: str, mapping: Mapping[str, str] | None = None) -> Workbook:
    """The register at ``path`` as ``facts`` rows (memberships) of a workbook; its text is the
    text of ``source_id``."""
    text = decode(path, path.read_bytes())
    lines = text.splitlines()
    table = list(csv_table(text))
    workbook = Workbook(path.name, path.resolve().parent)
    workbook.texts[source_id] = text
    if not table:
        raise ConfigurationError(
            f"{path}: the register is empty", hint="Give a CSV with a header row."
        )
    header_line, headers = table[0]
    keys = [header_key(h) for h in headers]
    wanted = {field: header_key(h) for field, h in (mapping or {}).items()}
    where: dict[str, int] = {}
    for field, names in DEFAULT_HEADERS.items():
        candidates = (wanted[field],) if field in wanted else names
        for candidate in candidates:
            if candidate in keys:
                where[field] = keys.index(candidate)
                break
    missing = [f for f in _REQUIRED if f not in where]
    if missing:
        raise ConfigurationError(
            f"{path}:{header_line}: no column for {', '.join(missing)} among the headers "
            f"{', '.join(headers)}",
            hint="Name the columns with --column, e.g. "
            + " ".join(f"--column {f}=HEADER" for f in missing),
        )
    titles = {_COLUMNS[f]: headers[i] for f, i in where.items()}
    rows = []
    for (line, cells), following in zip(table[1:], [*table[2:], (len(lines) + 1, [])], strict=True):
        if not any(c.strip() for c in cells):
            continue
        record = " ".join(ln.strip() for ln in lines[line - 1 : following[0] - 1]).strip()
        data = {"kind": "membership", "source": source_id, "quote": record}
        for field, index in where.items():
            if index < len(cells) and (value := clean_text(cells[index])):
                data[_COLUMNS[field]] = value
        rows.append(Row(path.name, line, data, dict(titles)))
    workbook.sheets["facts"] = rows
    return workbook


__all__ = ["DEFAULT_HEADERS", "parse_mapping", "read_register"]

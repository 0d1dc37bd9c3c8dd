"""``hytegraph template``: an empty workbook to fill in.

As ``.xlsx``: one sheet per table with the column ids in the first row and their titles in the
chosen language in the second (both frozen), a note on each title (a cell comment: what goes
there), drop-down lists for kinds, roles and statuses (labels in the chosen language; import
accepts any language), one filled example row per sheet, and a ``help`` sheet. As a folder: the
same tables as CSV files, the example rows included, with the example source text beside them.
"""

from __future__ import annotations

from pathlib import Path

from hytegraph.authoring import tables, vocabulary
from hytegraph.authoring.columns import SHEETS

EXAMPLE_TEXT = "Esimerkkikunnan hyvinvointiryhmän puheenjohtajana toimii Maija Meikäläinen.\n"

EXAMPLES: dict[str, dict[str, str]] = {
    "sources": {
        "id": "esimerkki",
        "title": "Esimerkkikunnan hyvinvointiryhmä",
        "publisher": "esimerkkikunta",
        "date": "2024",
        "file": "esimerkki.txt",
        "language": "fi",
        "name_en": "Wellbeing group of Esimerkki (example)",
    },
    "entities": {
        "id": "esimerkkikunta",
        "kind": "municipality",
        "name_fi": "Esimerkkikunta",
        "name_en": "Municipality of Esimerkki",
        "name_sv": "Exempelkommun",
    },
    "facts": {
        "kind": "membership",
        "actor": "Maija Meikäläinen",
        "role": "chair",
        "target": "hyvinvointiryhma",
        "start": "2024",
        "source": "esimerkki",
        "quote": "hyvinvointiryhmän puheenjohtajana toimii Maija Meikäläinen",
    },
    "items": {},
    "roles": {},
    "ambiguities": {},
}
_MORE_ENTITIES = [
    {
        "id": "hyvinvointiryhma",
        "kind": "working_group",
        "name_fi": "Hyvinvointiryhmä",
        "name_en": "Wellbeing group",
        "part_of": "esimerkkikunta",
        "source": "esimerkki",
        "quote": "Esimerkkikunnan hyvinvointiryhmän",
    },
    {"id": "Maija Meikäläinen", "kind": "person", "name_fi": "Maija Meikäläinen"},
]

#: Which vocabulary each drop-down column offers.
_LISTS = {
    ("entities", "kind"): "entity",
    ("entities", "status"): "status",
    ("entities", "collective_of"): "entity",
    ("facts", "kind"): "fact",
    ("facts", "role"): "role",
    ("facts", "status"): "status",
}
_SHEETS = ("sources", "entities", "facts", "items", "roles", "ambiguities")


def _example_rows(sheet: str) -> list[dict[str, str]]:
    rows = [EXAMPLES[sheet]] if EXAMPLES[sheet] else []
    if sheet == "entities":
        rows += _MORE_ENTITIES
    return rows


def _localise(sheet: str, row: dict[str, str], lang: str) -> dict[str, str]:
    out = dict(row)
    for (s, column), voc in _LISTS.items():
        if s == sheet and column in out:
            term = vocabulary.lookup(voc, out[column])
            terms = {
                "entity": vocabulary.entity_kinds(),
                "fact": vocabulary.fact_kinds(),
                "role": vocabulary.roles(),
                "status": vocabulary.statuses(),
            }[voc]
            out[column] = terms[term].labels.get(lang, term) if term else out[column]
    return out


def template_tables(lang: str = "fi") -> dict[str, tables.Table]:
    return {
        sheet: tables.Table(
            [c.id for c in SHEETS[sheet]], [_localise(sheet, r, lang) for r in _example_rows(sheet)]
        )
        for sheet in _SHEETS
    }


def write_template(output: Path, lang: str = "fi") -> list[Path]:
    """Write the template to ``output`` (``.xlsx``, or a folder for CSV files); the paths
    written."""
    from hytegraph.core.atomic import atomic_write, atomic_write_many

    data = template_tables(lang)
    if output.suffix.lower() in tables.XLSX:
        atomic_write(output, xlsx(data, lang))
        text = output.parent / "esimerkki.txt"
        if not text.exists():
            atomic_write(text, EXAMPLE_TEXT)
        return [output, text]
    files: dict[Path, bytes | str] = {
        output / f"{sheet}.csv": tables.csv_bytes(table) for sheet, table in data.items()
    }
    files[output / "esimerkki.txt"] = EXAMPLE_TEXT
    atomic_write_many(files)
    return list(files)


def xlsx(data: dict[str, tables.Table], lang: str) -> bytes:
    """The template as ``.xlsx`` bytes (see the module doc)."""
    import io

    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.worksheet.datavalidation import DataValidation

    book = load_workbook(io.BytesIO(tables.xlsx_bytes(data, lang)))
    lists = book.create_sheet("lists")
    ranges: dict[str, str] = {}
    for column, voc in enumerate(("entity", "fact", "role", "status"), start=1):
        values = vocabulary.choices(voc, lang)
        letter = lists.cell(row=1, column=column).column_letter
        lists.cell(row=1, column=column, value=voc)
        for i, value in enumerate(values, start=2):
            lists.cell(row=i, column=column, value=value)
        ranges[voc] = f"lists!${letter}$2:${letter}${len(values) + 1}"
    lists.sheet_state = "hidden"
    for sheet in _SHEETS:
        ws = book[sheet]
        ids = data[sheet].columns
        for index, cid in enumerate(ids, start=1):
            col = next(c for c in SHEETS[sheet] if c.id == cid)
            cell = ws.cell(row=2, column=index)
            cell.comment = Comment(col.note(lang), "hytegraph")
            if (sheet, cid) in _LISTS:
                rule = DataValidation(
                    type="list",
                    formula1=ranges[_LISTS[(sheet, cid)]],
                    allow_blank=True,
                    showErrorMessage=False,
                )
                letter = cell.column_letter
                rule.add(f"{letter}3:{letter}2000")
                ws.add_data_validation(rule)
    help_sheet = book.create_sheet("help", 0)
    for line in _HELP[lang if lang in _HELP else "en"]:
        help_sheet.append([line])
    help_sheet.column_dimensions["A"].width = 110
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_HELP = {
    "fi": [
        "hytegraph-työkirja: lähteet, toimijat ja tiedot, joista jokaisella on sanatarkka lainaus.",
        "1. sources: lähdeasiakirja ja sen teksti (UTF-8-tekstitiedosto työkirjan vieressä).",
        "2. entities: toimijat (kunta, toimielimet, henkilöt, järjestöt, hyvinvointialue).",
        "3. facts: tiedot (jäsenyys, vastuu, yhteistyö ...), jokaisella lähde ja lainaus.",
        "Ensimmäinen rivi: sarakkeiden tunnukset (älä muuta); toinen: otsikot ja ohjeet.",
        "Korvaa esimerkkirivit omillasi. Tarkista: hytegraph import TYÖKIRJA --dry-run",
        "Ohje: docs/authoring.md",
    ],
    "sv": [
        "hytegraph-arbetsbok: källor, aktörer och uppgifter, var och en med ett ordagrant citat.",
        "1. sources: källdokumentet och dess text (en UTF-8-textfil bredvid arbetsboken).",
        "2. entities: aktörer (kommun, organ, personer, organisationer, välfärdsområde).",
        "3. facts: uppgifter (medlemskap, ansvar, samarbete ...), var och en med källa och citat.",
        "Första raden: kolumnernas id (ändra inte); andra: rubriker och anvisningar.",
        "Ersätt exempelraderna med egna. Kontrollera: hytegraph import ARBETSBOK --dry-run",
        "Anvisning: docs/authoring.md",
    ],
    "en": [
        "hytegraph workbook: sources, entities and facts, each fact with a verbatim quote.",
        "1. sources: the source document and its text (a UTF-8 text file beside the workbook).",
        "2. entities: who and what (municipality, bodies, people, NGOs, the county).",
        "3. facts: memberships, responsibilities, cooperation ..., each with source and quote.",
        "First row: column ids (do not change); second row: titles and notes.",
        "Replace the example rows with your own. Check: hytegraph import WORKBOOK --dry-run",
        "Guide: docs/authoring.md",
    ],
}

__all__ = ["EXAMPLES", "EXAMPLE_TEXT", "template_tables", "write_template", "xlsx"]

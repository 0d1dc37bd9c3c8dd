import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hytegraph.errors import ConfigurationError
from hytegraph.views.output import display_width, render

ROWS = [
    {"name": "Lasten ja nuorten ohjausryhmä", "chair": "Virpi Mattila", "n": 3},
    {"name": "HYTE", "chair": None, "n": 10},
]


def test_table_is_aligned():
    lines = render(ROWS, "table").splitlines()
    assert lines[0].split() == ["name", "chair", "n"]
    assert set(lines[1].replace("  ", "")) == {"-"}
    # every column starts at the same offset in every line
    start = lines[0].index("chair")
    assert lines[2][start:].startswith("Virpi Mattila")
    assert lines[3][start:].strip() == "10"


def test_table_accounts_for_wide_characters():
    rows = [{"a": "漢字", "b": "x"}, {"a": "ab", "b": "y"}]
    lines = render(rows, "table").splitlines()
    assert display_width(lines[2].split("x")[0]) == display_width(lines[3].split("y")[0])


def test_json_keeps_unicode_and_nulls():
    text = render(ROWS, "json")
    assert "ohjausryhmä" in text
    assert json.loads(text) == [
        {"name": "Lasten ja nuorten ohjausryhmä", "chair": "Virpi Mattila", "n": 3},
        {"name": "HYTE", "chair": None, "n": 10},
    ]


def test_csv_has_header_and_empty_for_none():
    rows = list(csv.reader(io.StringIO(render(ROWS, "csv"))))
    assert rows == [
        ["name", "chair", "n"],
        ["Lasten ja nuorten ohjausryhmä", "Virpi Mattila", "3"],
        ["HYTE", "", "10"],
    ]


def test_columns_select_and_order():
    assert render(ROWS, "csv", ["n", "name"]).splitlines()[0] == "n,name"


def test_unknown_format():
    with pytest.raises(ConfigurationError, match="table, json, csv"):
        render(ROWS, "yaml")


def test_empty_rows():
    assert render([], "json") == "[]\n"
    assert render([], "table") == ""


FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")


@given(st.lists(st.fixed_dictionaries({"a": st.text(), "b": st.text()}), max_size=5))
def test_csv_round_trips(rows):
    """Every cell reads back as written or with one leading apostrophe, and none that a
    spreadsheet would run as a formula is left: a cell still starting with = + - @ tab CR NUL
    is a plain number."""
    back = list(csv.DictReader(io.StringIO(render(rows, "csv", ["a", "b"]), newline="")))
    assert len(back) == len(rows)
    for read, written in zip(back, rows, strict=True):
        for column in ("a", "b"):
            value, cell = written[column], read[column]
            assert cell in (value, "'" + value)
            if cell == "'" + value:
                assert value.startswith(FORMULA_START)
            if cell.startswith(FORMULA_START):
                float(cell.replace(",", ".", 1))  # a number, or ValueError fails the test


def test_csv_neutralises_formulas_but_keeps_numbers():
    rows = [
        {"x": '=HYPERLINK("http://evil.example";"klikkaa")'},
        {"x": "+358 40 123"},
        {"x": "-2+3"},
        {"x": "@SUM(A1:A2)"},
        {"x": "\tpiilo"},
        {"x": "\r=1+1"},
        {"x": "-5"},
        {"x": "+3.25"},
        {"x": "-1e6"},
        {"x": "Espoo"},
        {"x": "a=b"},
    ]
    back = [r["x"] for r in csv.DictReader(io.StringIO(render(rows, "csv"), newline=""))]
    assert back == [
        '\'=HYPERLINK("http://evil.example";"klikkaa")',
        "'+358 40 123",
        "'-2+3",
        "'@SUM(A1:A2)",
        "'\tpiilo",
        "'\r=1+1",
        "-5",
        "+3.25",
        "-1e6",
        "Espoo",
        "a=b",
    ]


@given(st.lists(st.fixed_dictionaries({"a": st.text(), "b": st.integers()}), max_size=5))
def test_json_round_trips(rows):
    assert json.loads(render(rows, "json", ["a", "b"])) == rows


def _reference_width(text):
    """Terminal columns by the rule itself, character by character."""
    import unicodedata

    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Kuusijoen hyvinvoinnin ohjausryhmä",
        "tab\there\x00",
        "e\u0301 combining",
        "soft\u00adhyphen and zero\u200bwidth",
        "日本語の名前",
        "Åbo Akademi \u2013 ÄÖ😀",
        "".join(chr(c) for c in range(0x20, 0x3100)),
    ],
)
def test_display_width_is_the_rule_for_every_character(text):
    assert display_width(text) == _reference_width(text)
    assert display_width(text) == _reference_width(text)  # again, from the remembered widths

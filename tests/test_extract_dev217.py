"""hytegraph extract on a board's table flattened with single spaces between its cells: made-up
snippets, one per mechanism, read with either word-form reader.

- a header line that begins with the name column's word ("Namn Utbildning Ort Uppdrag",
  "Nimi Koulutus Kotipaikka Tehtävä"), then a row a line, each beginning with a person's
  name: each person is a member of the body the line above the header names ("För i år ser
  styrelsen ut så här:"), or holds the office word found in the row's cells ("Ordförande",
  "Vice ordförande och PR-ansvarig"; "Kulturansvarig" is a duty, no office); the name is the
  row's first two words, never a study or a town after it;
- the header itself may name the body ("Post i styrelsen");
- a header with a single row after it, or rows that are sentences, is no such table.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

SV_TABLE = (
    "Vill du vara med i föreningen?\n\n"
    "För i år ser styrelsen ut så här:\n\n"
    "Namn Utbildning Ort Uppdrag Övrigt\n"
    "Lisa Lindqvist Ekonomi Testby Ordförande Kontakt till skolorna\n"
    "Johan Berg Sjukskötare Testby, Storgatan Vice ordförande och PR-ansvarig\n"
    "Emma Sund Radiologi Ekby, Kyrkogatan Kulturansvarig Testby samarbete\n"
    "Karl Nyström Socionom Ekby Sekreterare\n\n"
    "Vill du också sitta i styrelsen nästa år?\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_spaced_table_rows_are_the_boards_seats(morph):
    got = held(SV_TABLE, "sv", morph)
    assert ("Lisa Lindqvist", "chair", "Styrelsen") in got
    assert ("Johan Berg", "vice_chair", "Styrelsen") in got
    assert ("Emma Sund", "member", "Styrelsen") in got
    assert ("Karl Nyström", "secretary", "Styrelsen") in got
    # the cells after the name are no part of it, nor anyone's
    assert {person for person, _, _ in got} == {
        "Lisa Lindqvist",
        "Johan Berg",
        "Emma Sund",
        "Karl Nyström",
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_finnish_spaced_table_under_a_sentence(morph):
    text = (
        "Hallituksen kokoonpano vuonna 2024 on seuraava:\n\n"
        "Nimi Koulutus Kotipaikka Tehtävä\n"
        "Aino Koski Tradenomi Testilä Puheenjohtaja\n"
        "Pekka Salonen Insinööri Testilä Sihteeri\n"
        "Eeva Ahola Sairaanhoitaja Kylälä Tiedotusvastaava\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Koski", "chair", "Hallitus") in got
    assert ("Pekka Salonen", "secretary", "Hallitus") in got
    assert ("Eeva Ahola", "member", "Hallitus") in got
    # no one in the header or in a row's other cells ("Tradenomi Testilä")
    assert {person for person, _, _ in got} == {"Aino Koski", "Pekka Salonen", "Eeva Ahola"}


@pytest.mark.parametrize("morph", MORPHS)
def test_the_header_names_the_body(morph):
    text = (
        "Så här ser det ut i år:\n\n"
        "Namn Studier Ort Post i styrelsen\n"
        "Maria Holm Juridik Testby Ordförande\n"
        "Peter Lund Teknik Ekby Informationsansvarig\n"
    )
    got = held(text, "sv", morph)
    assert ("Maria Holm", "chair", "Styrelsen") in got
    assert ("Peter Lund", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_single_row_or_sentences_under_a_header(morph):
    single = (
        "För i år ser styrelsen ut så här:\n\nNamn Utbildning Ort\nLisa Lindqvist Ekonomi Testby\n"
    )
    assert not any(p == "Lisa Lindqvist" for p, _, _ in held(single, "sv", morph))
    prose = (
        "För i år ser styrelsen ut så här:\n\n"
        "Namn Utbildning Ort\n"
        "Lisa Lindqvist studerar ekonomi i Testby.\n"
        "Johan Berg bor i Ekby.\n"
    )
    got = held(prose, "sv", morph)
    assert not any(person in ("Lisa Lindqvist", "Johan Berg") for person, _, _ in got)

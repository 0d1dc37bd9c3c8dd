"""hytegraph extract on layouts met in the hundred-and-fifty-second held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a table's caption of one capitalised word, then the names of its columns ("Belöning Grad
  Namn": the rank, the name), after another table's rows heads a new table: the caption is
  the body of the rows below, and the line is no person; a column of posts ("Befattning Grad
  Namn") and the auditors' table ("Revisorer Grad Namn") are no such caption.
- an ordinal written with a bare colon ("2: vice ordf") before a role is the role's ordinal,
  as "2:e vice ordförande".
- one capitalised word between commas right after a full name, before "till" and the role
  ("valdes Eva Ek, Bergby, till ordförande"), is where the person lives: the person is
  elected to the role.
- "jatkaa" (goes on) between a name and a body's genitive before the role in the essive ("A
  jatkaa hallituksen puheenjohtajana") holds the seat, as "toimii" does.
- one named in the genitive before "lisäksi" / "ohella" right after the verb of a body's
  sentence ("Hallituksessa jatkavat Aron lisäksi A, B ja C") does not end the names after it.
- a capitalised inhabitant's word of a known municipality at a sentence's head ("Porvoolainen
  A B jatkaa …") is no word of the name after it.
- a listed name of three words whose last is a capitalised place in the elative before a
  comma or "sekä" ("A B Kauniaisista, …") is the name of two words and where the person
  comes from.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

TABLES = (
    "Om Testförbundet\n\n"
    "Testförbundet samlar seglare i hela landet.\n\n"
    "Valberedning Grad Namn\n"
    "Ordförande Lt Karl Holmgren\n"
    "Ledamot Kn Ola Ekström\n"
    "valberedning@test.invalid\n"
    "Belöning Grad Namn\n"
    "Ordförande Kn Olle Bergqvist\n"
    "Ledamot Övlt Per Strömberg\n"
    "belooning@test.invalid\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_caption_then_columns_heads_a_new_table(morph):
    got = held(TABLES, "sv", morph)
    assert ("Olle Bergqvist", "chair", "Belöning") in got
    assert ("Per Strömberg", "member", "Belöning") in got
    assert ("Karl Holmgren", "chair", "Valberedning") in got
    assert ("Olle Bergqvist", "chair", "Valberedning") not in got
    assert not any(person.startswith("Belöning") for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_column_of_posts(morph):
    text = (
        "Om Testförbundet\n\n"
        "Testförbundet samlar seglare i hela landet.\n\n"
        "Befattning Grad Namn\n"
        "Ordförande Kn Olle Bergqvist\n"
        "Ledamot Övlt Per Strömberg\n"
    )
    got = held(text, "sv", morph)
    assert not any(body == "Befattning" for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_auditors_table(morph):
    text = TABLES.replace("Belöning Grad Namn", "Revisorer Grad Namn")
    got = held(text, "sv", morph)
    assert not any(body == "Revisorer" for _, _, body in got)
    assert ("Olle Bergqvist", "chair", "Revisorer") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_ordinal_with_a_bare_colon(morph):
    text = (
        "Övrig styrelse\n\n"
        "Anna Lindqvist 1:e vice ordf\n"
        "Bertil Åkesson 2: vice ordf\n"
        "Ledamöter: Carl Nyström och Doris Hedlund\n"
    )
    got = held(text, "sv", morph)
    assert ("Bertil Åkesson", "vice_chair", "Styrelse") in got
    assert ("Anna Lindqvist", "vice_chair", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_place_between_commas_after_the_elected(morph):
    text = (
        "Årsmöte 2023\n\n"
        "Vid årsmötet 2023 valdes Tore Malmberg, Bergby, till ny ordförande för "
        "avdelningen efter avgående Ulla Sjöberg.\n"
    )
    got = held(text, "sv", morph)
    assert ("Tore Malmberg", "chair", "Styrelsen") in got
    assert not any(person == "Ulla Sjöberg" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_occupation_between_commas(morph):
    # the apposition read before: a lower-case occupation, not a place
    text = (
        "Årsmöte 2023\n\n"
        "Vid årsmötet 2023 valdes Tore Malmberg, snickare, till ny ordförande för "
        "avdelningen.\n"
    )
    got = held(text, "sv", morph)
    assert ("Tore Malmberg", "chair", "Styrelsen") in got
    assert not any(person == "Bergby" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_goes_on_as_the_bodys_chair(morph):
    text = (
        "Testilän Osuuskaupan hallitus vuodelle 2024\n\n"
        "Matti Virtanen jatkaa hallituksen puheenjohtajana. Uutena jäsenenä hallitukseen "
        "liittyy Liisa Korhonen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Matti Virtanen", "chair", "Testilän Osuuskaupan hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_not_going_on(morph):
    text = (
        "Testilän Osuuskaupan hallitus vuodelle 2024\n\n"
        "Matti Virtanen ei jatka hallituksen puheenjohtajana.\n"
    )
    got = held(text, "fi", morph)
    assert not any(person == "Matti Virtanen" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_besides_one_named_before_the_list(morph):
    text = (
        "Testilän Osuuskaupan hallitus vuodelle 2024\n\n"
        "Hallituksessa jatkavat Virtasen lisäksi Liisa Korhonen ja Pekka Mäkinen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Liisa Korhonen", "member", "Testilän Osuuskaupan hallitus") in got
    assert ("Pekka Mäkinen", "member", "Testilän Osuuskaupan hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_inhabitant_word_at_the_sentences_head(morph):
    text = (
        "Testilän Osuuskaupan hallitus vuodelle 2024\n\n"
        "Porvoolainen Matti Virtanen jatkaa hallituksen puheenjohtajana.\n"
    )
    got = held(text, "fi", morph)
    assert ("Matti Virtanen", "chair", "Testilän Osuuskaupan hallitus") in got
    assert not any(person.startswith("Porvoolainen") for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_surname_first_list(morph):
    # "Pohjalainen" is a surname as well as an inhabitant's word: in a list, a name
    text = "Hallituksen jäsenet:\n\nPohjalainen Matti\nVirtanen Liisa\n"
    got = held(text, "fi", morph)
    assert any(
        sorted(person.split()) == ["Matti", "Pohjalainen"] and role == "member"
        for person, role, _ in got
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_place_in_the_elative_after_a_listed_name(morph):
    text = (
        "Testilän Osuuskaupan hallitus vuodelle 2024\n\n"
        "Hallituksessa jatkavat Liisa Korhonen, Pekka Mäkinen Kauniaisista sekä Anna Laine.\n"
    )
    got = held(text, "fi", morph)
    assert ("Pekka Mäkinen", "member", "Testilän Osuuskaupan hallitus") in got
    assert not any(person.endswith("Kauniaisista") for person, _, _ in got)

"""hytegraph extract on layouts met in the hundred-and-eighty-third held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- "Hallitukseen kuuluivat A, puheenjohtaja, B, varapuheenjohtaja ja … taloudenhoitaja, C,
  sihteeri, D, E.": an office in the nominative set off by commas right after a name is that
  name's where the run begins with a name (not "puheenjohtaja, A, sihteeri, B"); the names
  with no office, or with a post outside the seats, are members.
- "Hallitukseen ovat kuuluneet A, B ja C": the verb of belonging in the perfect, its
  auxiliary between the body and the participle, reads as "kuuluivat" does.
- "Seuran esimiehenä on toiminut A, ensimmäisenä varaesimiehenä B": a learned society's head
  said as what someone serves or is elected as is its chair, its vice head a vice chair (not
  "Varhaiskasvatuksen esimies A", a workplace's manager).
- "… sihteerinä C sekä muina johtokunnan jäseninä D ja E": the body whose other members close
  a sentence of officers is the officers' body too.
- "Tervehdyksen toivat A, Testilän Ystävät ryhmä, …": capitalised words right before a bare
  body word in small letters are that body's own name, so the names around them are no
  members of it.
- "Società Testina Alfierin puheenjohtajana on toiminut A": an office right after an
  organisation named by its own name in the genitive is no seat in a body a sentence before
  named.
- "Muissa tehtävissä jatkavat A (Pori) varapuheenjohtajana, B sihteerinä sekä C
  rahastonhoitajana": an office in the essive right after a name (its town between) is that
  name's, also before "sekä" or "ja"; never the next name's.
- "Suomen Testiliitto, Testiliga (TL), piti vuosikokouksensa …": an organisation's name and a
  comma opening a paragraph of prose is no block of seats.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held


def _low(got: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(person, role, body.casefold()) for person, role, body in got}


BOARD_APPOSITION = (
    "Toimintakertomus 2024\n\n"
    "Seuran hallitukseen ovat kuuluneet Anna Koskimaa, puheenjohtaja, Olli Virtanen, "
    "varapuheenjohtaja ja 3.5. alkaen taloudenhoitaja, Sari Laitinen, sihteeri, Aino Ek, "
    "taloudenhoitaja 3.5. saakka, Pekka Salo, Liisa Holma, Eero Mäki.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_after_a_name_and_a_comma_is_that_names(morph):
    got = _low(held(BOARD_APPOSITION, "fi", morph))
    assert ("Anna Koskimaa", "chair", "seuran hallitus") in got
    assert ("Olli Virtanen", "vice_chair", "seuran hallitus") in got
    assert ("Sari Laitinen", "secretary", "seuran hallitus") in got
    assert ("Olli Virtanen", "chair", "seuran hallitus") not in got
    assert ("Aino Ek", "secretary", "seuran hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_names_with_no_office_in_such_a_run_are_members(morph):
    got = _low(held(BOARD_APPOSITION, "fi", morph))
    for name in ("Aino Ek", "Pekka Salo", "Liisa Holma", "Eero Mäki"):
        assert (name, "member", "seuran hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_offices_written_before_the_names(morph):
    # each office before its name: the office is the next name's
    text = (
        "Toimintakertomus 2024\n\n"
        "Seuran hallitukseen ovat kuuluneet puheenjohtaja Anna Koskimaa, varapuheenjohtaja "
        "Olli Virtanen, sihteeri Sari Laitinen sekä Pekka Salo.\n"
    )
    got = _low(held(text, "fi", morph))
    assert ("Olli Virtanen", "chair", "seuran hallitus") not in got
    assert ("Anna Koskimaa", "vice_chair", "seuran hallitus") not in got
    assert ("Sari Laitinen", "vice_chair", "seuran hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_belonging_said_in_the_perfect(morph):
    text = (
        "Toimintakertomus 2024\n\n"
        "Kerhon johtokuntaan ovat kuuluneet Anna Koskimaa, Olli Virtanen ja Sari Laitinen.\n"
    )
    got = _low(held(text, "fi", morph))
    for name in ("Anna Koskimaa", "Olli Virtanen", "Sari Laitinen"):
        assert (name, "member", "kerhon johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_perfect_that_says_no_belonging(morph):
    text = (
        "Toimintakertomus 2024\n\n"
        "Kerhon retkiin ovat osallistuneet Anna Koskimaa, Olli Virtanen ja Sari Laitinen.\n"
    )
    assert not held(text, "fi", morph)


SOCIETY = (
    "Vuosikertomus 2022\n\n"
    "Tammikuussa pidettiin jäsenkokous, jossa käsiteltiin johtokunnan ehdotusta.\n\n"
    "Seuran esimiehenä on toiminut tohtori Anna Koskimaa, ensimmäisenä varaesimiehenä "
    "professori Olli Virtanen, toisena varaesimiehenä dosentti Eeva Salo, sihteerinä maisteri "
    "Sari Laitinen sekä muina johtokunnan jäseninä tohtori Pekka Aho ja maisteri Liisa Holma.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_societys_head_and_vice_heads(morph):
    got = _low(held(SOCIETY, "fi", morph))
    assert ("Anna Koskimaa", "chair", "johtokunta") in got
    assert ("Olli Virtanen", "vice_chair", "johtokunta") in got
    assert ("Eeva Salo", "vice_chair", "johtokunta") in got
    assert ("Anna Koskimaa", "member", "johtokunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_others_body_is_the_officers(morph):
    text = SOCIETY.replace("esimiehenä", "puheenjohtajana").replace(
        "varaesimiehenä", "varapuheenjohtajana"
    )
    got = _low(held(text, "fi", morph))
    assert ("Anna Koskimaa", "chair", "johtokunta") in got
    assert ("Olli Virtanen", "vice_chair", "johtokunta") in got
    assert ("Sari Laitinen", "secretary", "johtokunta") in got
    assert ("Pekka Aho", "member", "johtokunta") in got
    assert ("Liisa Holma", "member", "johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_workplaces_manager(morph):
    text = (
        "Valtuustovuosi 2022\n\n"
        "Kunnanvaltuusto kokoontui kuusi kertaa. Varhaiskasvatuksen esimies Anna Koskimaa "
        "on työskennellyt kunnassa vuodesta 1990.\n"
    )
    got = held(text, "fi", morph)
    assert not any(person == "Anna Koskimaa" and role == "chair" for person, role, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_body_in_the_next_clauses_title(morph):
    # no "muina": the board is the next name's, not the chair's
    text = (
        "Vammaisneuvosto 2022\n\n"
        "Puheenjohtajana toimii Anna Koskimaa, kunnanhallituksen edustajana Olli Virtanen.\n"
    )
    got = _low(held(text, "fi", morph))
    assert ("Anna Koskimaa", "chair", "kunnanhallitus") not in got


GREETINGS = (
    "Katsaus 2023\n\n"
    "Seuran hallitukseen ovat kuuluneet seuraavat henkilöt: Anna Koskimaa, Olli Virtanen "
    "(pj) ja Sari Laitinen (siht).\n\n"
    "Juhlaan osallistui paljon väkeä. Tervehdyksen toivat entinen suurlähettiläs Pekka Aho, "
    "Testilän Ystävät ryhmä, Kylälän Kuoron jäsenet ja ulkoministeriö.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_before_a_bare_body_word_names_the_body(morph):
    got = held(GREETINGS, "fi", morph)
    assert not any(body.casefold() == "ryhmä" for _, _, body in got)
    assert not any(person == "Pekka Aho" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_run_whose_body_stands_apart(morph):
    text = (
        "Katsaus 2023\n\n"
        "Seuran työryhmään valittiin jäseniksi Anna Koskimaa, Olli Virtanen ja Sari Laitinen.\n"
    )
    got = _low(held(text, "fi", morph))
    assert ("Olli Virtanen", "member", "seuran työryhmä") in got


FOREIGN_HEAD = (
    "Seuramme\n\n"
    "Società Testina Alfieri perustettiin vuonna 1889, jolloin runoilijan johtama "
    "roomalaisten kirjailijoiden ryhmä esitti ajatuksen kielen vaalimisesta.\n\n"
    "Società Testina Alfierin puheenjohtajana on toiminut vuodesta 2015 historioitsija "
    "Marco Bellini.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_of_an_organisation_named_in_the_genitive(morph):
    got = held(FOREIGN_HEAD, "fi", morph)
    assert not any(person == "Marco Bellini" and "ryhmä" in body for person, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_seats_in_the_body_a_sentence_before_named(morph):
    text = (
        "Uutiset\n\n"
        "Testilän nuorisovaltuusto kokoontui ensimmäiseen kokoukseensa. Puheenjohtajaksi "
        "valittiin Anna Koskimaa.\n"
    )
    got = _low(held(text, "fi", morph))
    assert ("Anna Koskimaa", "chair", "testilän nuorisovaltuusto") in got


FEDERATION = (
    "Vuosikokous 2023\n\n"
    "Suomen Testiliitto, Testiliga Finnlando (TLF), piti vuosikokouksensa Oulussa "
    "lauantaina 11.3.2023. Muissa tehtävissä jatkavat Maija Koski (Pori) varapuheenjohtajana, "
    "Olli Ek (Turku) sihteerinä sekä Pekka Aho (Espoo) rahastonhoitajana. Muut hallituksen "
    "jäsenet ovat Liisa Salo (Lahti), Eero Mäki (Rauma) sekä uutena Sari Laitinen (Pori).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_in_the_essive_after_a_name_and_its_town(morph):
    got = _low(held(FEDERATION, "fi", morph))
    assert ("Maija Koski", "vice_chair", "hallitus") in got
    assert ("Olli Ek", "secretary", "hallitus") in got
    assert ("Pekka Aho", "secretary", "hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_prose_after_an_organisations_name_is_no_seat_block(morph):
    got = _low(held(FEDERATION, "fi", morph))
    assert ("Liisa Salo", "member", "hallitus") in got
    assert ("Eero Mäki", "member", "hallitus") in got
    assert not any(person.startswith("Testiliga") for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_office_before_the_next_name(morph):
    # each office in the essive before its name: "ja" after a name, not after the office
    text = (
        "Vuosikokous 2023\n\n"
        "Hallituksessa jatkavat puheenjohtajana Anna Koskimaa ja sihteerinä Olli Virtanen sekä "
        "jäseninä Pekka Aho ja Liisa Holma.\n"
    )
    got = _low(held(text, "fi", morph))
    assert ("Anna Koskimaa", "chair", "hallitus") in got
    assert ("Olli Virtanen", "secretary", "hallitus") in got
    assert ("Pekka Aho", "member", "hallitus") in got
    assert ("Anna Koskimaa", "secretary", "hallitus") not in got
    assert ("Olli Virtanen", "member", "hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_body_named_after_the_office(morph):
    # the committee is where the other post is held, not the office's body
    text = (
        "Testilän nuorisovaltuusto\n\n"
        "Aino Ek, varapuheenjohtaja ja nuvan edustaja hyvinvointivaliokunnan kokouksissa, "
        "email: aino.ek@example.org\n"
    )
    got = _low(held(text, "fi", morph))
    assert ("Aino Ek", "vice_chair", "hyvinvointivaliokunta") not in got

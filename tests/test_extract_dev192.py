"""hytegraph extract on layouts met in the hundred-and-eighty-seventh held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- an annual report's board as 'Name office attendance term' lines ("Aino Ek puheenjohtaja
  7/7 2003", "Bo Lind 6/7 2002 - 03"): the meetings attended of those held and the term after
  the name (and office) are no part of the entry; "läsnäolo kokouksissa" (the attendance at
  the meetings the list records) is no right to attend; a lead-in "Johtokunta kokoontui … ja
  sen kokoonpano … oli seuraava:" names the list's body by the subject that "sen" points back
  to; and a seat whose line records its attendance was held in the year reported, whatever
  the same person's election for a later year says.
- two columns' labels, each closed by a colon, a member's then a deputy's ("Varsinainen
  jäsen: Henkilökohtainen varamies:", "varamies" the older word for a deputy), over lines
  flattened into "Member, [office] Deputy,": each line a member and the personal deputy,
  an office right after the comma the member's, the line's closing comma no part of a name;
  the body the one the text has just named.
- a body's heading (its bare word, perhaps with its term's dates: "Hoitokunta
  1.1.-31.12.2018") over three or more lines "Member, varalla Deputy": the body's members,
  each with the personal deputy.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held


def by_head(text: str, morph: str | None) -> set[tuple[str, str, str]]:
    """(person, role, the last word of the body's name) of every seat held."""
    return {(p, r, b.split()[-1].casefold()) for p, r, b in held(text, "fi", morph) if b}


REPORT = (
    "Toimintakertomus vuodelta 2019\n\n"
    "1. Hallinto\n\n"
    "Syyskokouksessa valittiin seuran puheenjohtajaksi vuodelle 2020 Aino Kivelä ja "
    "erovuoroisten jäsenten tilalle Olli Rantamäki ja Kalle Honkanen.\n\n"
    "2. Johtokunta\n\n"
    "Johtokunta kokoontui vuoden aikana kuusi kertaa ja sen kokoonpano ja läsnäolo "
    "kokouksissa oli seuraava:\n\n"
    "Aino Kivelä puheenjohtaja 6/6 2019\n"
    "Olli Rantamäki varapuheenjohtaja 5/6 2018 \u2013 19\n"
    "Sari Lehtola 6/6 2019 \u2013 20\n"
    "Kalle Honkanen 4/6 2018 \u2013 19\n"
    "Pekka Salmela 6/6 2019 \u2013 20\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_attendance_and_term_after_a_name_and_office(morph):
    got = held(REPORT, "fi", morph)
    assert ("Aino Kivelä", "chair", "Johtokunta") in got
    assert ("Olli Rantamäki", "vice_chair", "Johtokunta") in got
    assert ("Sari Lehtola", "member", "Johtokunta") in got
    assert ("Kalle Honkanen", "member", "Johtokunta") in got
    assert ("Pekka Salmela", "member", "Johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_attendance_lines_under_a_lead_in_without_election(morph):
    text = (
        "Johtokunta\n\n"
        "Johtokunta kokoontui vuoden aikana viisi kertaa ja sen kokoonpano ja läsnäolo "
        "kokouksissa oli seuraava:\n\n"
        "Aino Kivelä puheenjohtaja 5/5\n"
        "Sari Lehtola 4/5\n"
        "Pekka Salmela 5/5\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Kivelä", "chair", "Johtokunta") in got
    assert ("Sari Lehtola", "member", "Johtokunta") in got
    assert ("Pekka Salmela", "member", "Johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_member_elected_for_the_next_year_only(morph):
    # elected in the autumn for the next year and not on the year's list: no seat held yet
    text = REPORT.replace("Olli Rantamäki ja Kalle Honkanen.", "Liisa Vuorela ja Kalle Honkanen.")
    got = held(text, "fi", morph)
    assert not any(person == "Liisa Vuorela" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_right_to_attend(morph):
    # "läsnäolo- ja puheoikeus kokouksissa": the right to attend and speak, no seat
    text = (
        "Johtokunta\n\n"
        "Johtokunnan kokouksissa on läsnäolo- ja puheoikeus seuraavilla:\n\n"
        "Aino Kivelä\n"
        "Sari Lehtola\n"
        "Pekka Salmela\n"
    )
    got = held(text, "fi", morph)
    assert not any(person == "Sari Lehtola" for person, _r, _b in got)


PAIRS = (
    "Ilmoitus\n\n"
    "Osakaskunnan hoitokunta: 2023.\n"
    "Varsinainen jäsen: Henkilökohtainen varamies:\n"
    "Aino Kivelä, Olli Rantamäki,\n"
    "Sari Lehtola, siht. Kalle Honkanen,\n"
    "Pekka Salmela,Pj. Liisa Vuorela,\n"
    "Matti Korhola, Eeva Salmi,\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_member_and_deputy_columns_closed_by_colons(morph):
    got = by_head(PAIRS, morph)
    assert ("Aino Kivelä", "member", "hoitokunta") in got
    assert ("Olli Rantamäki", "deputy_member", "hoitokunta") in got
    assert ("Matti Korhola", "member", "hoitokunta") in got
    assert ("Eeva Salmi", "deputy_member", "hoitokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_office_after_the_pairs_comma_is_the_members(morph):
    got = by_head(PAIRS, morph)
    assert ("Sari Lehtola", "secretary", "hoitokunta") in got
    assert ("Kalle Honkanen", "deputy_member", "hoitokunta") in got
    assert ("Pekka Salmela", "chair", "hoitokunta") in got
    assert ("Liisa Vuorela", "deputy_member", "hoitokunta") in got
    assert ("Kalle Honkanen", "secretary", "hoitokunta") not in got
    assert ("Liisa Vuorela", "chair", "hoitokunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_auditors_deputy_in_the_older_word(morph):
    text = (
        "Yhdistyksen vuosikokous 2023\n\n"
        "Hallituksen jäseniksi valittiin Aino Kivelä, Sari Lehtola ja Pekka Salmela.\n\n"
        "Toiminnantarkastajaksi valittiin Matti Korhola ja varamieheksi Eeva Salmi.\n"
    )
    got = held(text, "fi", morph)
    assert not any(person == "Eeva Salmi" for person, _r, _b in got)


COMMA_DEPUTIES = (
    "Toimintakertomus 2019\n\n"
    "Hoitokunta 1.1.-31.12.2019\n\n"
    "Aino Kivelä, varalla Olli Rantamäki\n\n"
    "Sari Lehtola, varalla Kalle Honkanen\n\n"
    "Pekka Salmela, varalla Liisa Vuorela\n\n"
    "Matti Korhola, varalla Eeva Salmi\n\n"
    "Toiminnantarkastajat:\n\n"
    "Jussi Aaltola ja Heikki Mäntylä, varalla Anni Peltola ja Raili Koskela\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_member_comma_deputy_lines_under_a_dated_heading(morph):
    got = held(COMMA_DEPUTIES, "fi", morph)
    assert ("Aino Kivelä", "member", "Hoitokunta") in got
    assert ("Olli Rantamäki", "deputy_member", "Hoitokunta") in got
    assert ("Matti Korhola", "member", "Hoitokunta") in got
    assert ("Eeva Salmi", "deputy_member", "Hoitokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_auditors_and_their_deputies(morph):
    got = held(COMMA_DEPUTIES, "fi", morph)
    for person in ("Jussi Aaltola", "Heikki Mäntylä", "Anni Peltola", "Raili Koskela"):
        assert not any(p == person for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_two_lines_of_deputies_under_a_bare_word(morph):
    # two such lines make no list of the body's members
    text = (
        "Hoitokunta\n\n"
        "Aino Kivelä, varalla Olli Rantamäki\n\n"
        "Sari Lehtola, varalla Kalle Honkanen\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Kivelä", "member", "Hoitokunta") not in got

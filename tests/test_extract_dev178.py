"""hytegraph extract on layouts met in the hundred-and-seventy-seventh held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- "konsistori" and "kollegio" ("yliopistokollegio") are body words, like "neuvosto": a
  university's consistory or collegium names its seats as any body does.
- the plural of an academic title before the first of several names ("Professorit A (X), B
  (Y) ja C (Z)") is a title, no part of the first name; an occupation after a prefix and a
  hyphen ("Yli-intendentti A") is a title too.
- after a body's officers, each under its office's heading ("Hallituksen puheenjohtaja" /
  "A"), a one-word group heading ("Professorit") over lines of bare names lists more of the
  body's members.
- in a body's list grouped under headings, a heading naming another group of people (plural
  nouns, or a staff's collective noun: "Muu opetus- ja tutkimushenkilöstö sekä muu
  henkilöstö") over a name is the next group of the same list, which goes on.
- "Hallituksen pj., A", "Hallituksen varapj., B, title, organisation": the context body's
  head word in the genitive, an office or its abbreviation, a comma and a name give that
  person the office in the body.
- an annual report's title with its year ("Toimintakertomus vuodelta 2016") makes that year
  the page's: seats elected at the autumn meeting before it "vuodeksi 2016" are held, not to
  come.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held, roles

CONSISTORY = (
    "Testilän yliopiston konsistori kokoontui ensimmäiseen kokoukseensa.\n\n"
    "Konsistorin jäsenet\n\n"
    "Professorit\n"
    "Aino Rantala, kemia\n"
    "Veikko Salminen, filosofia\n\n"
    "Opettajat, tutkijat ja muu henkilöstö\n"
    "Olli Kettunen, suunnittelija, talous\n"
    "Pirjo Lehtovaara, yliopistonlehtori, fysiikka\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_consistory_is_a_body(morph):
    got = held(CONSISTORY, "fi", morph)
    assert ("Aino Rantala", "member", "Testilän yliopiston konsistori") in got
    assert ("Veikko Salminen", "member", "Testilän yliopiston konsistori") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_collegium_is_a_body(morph):
    text = (
        "Testilän yliopistokollegio\n\n"
        "Yliopistokollegion puheenjohtajana toimii Aino Rantala ja varapuheenjohtajana "
        "Veikko Salminen.\n"
    )
    got = roles(text, "fi", morph)
    assert ("Aino Rantala", "chair", "Testilän yliopistokollegio") in got
    assert ("Salminen Veikko", "vice_chair", "Testilän yliopistokollegio") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_people_group_heading_goes_on_with_the_list(morph):
    got = held(CONSISTORY, "fi", morph)
    assert ("Olli Kettunen", "member", "Testilän yliopiston konsistori") in got
    assert ("Pirjo Lehtovaara", "member", "Testilän yliopiston konsistori") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_staff_heading_after_an_ungrouped_list(morph):
    # no group heading before: the staff under their own heading hold no seats
    text = (
        "Testilän yliopiston konsistori kokoontui ensimmäiseen kokoukseensa.\n\n"
        "Konsistorin jäsenet\n\n"
        "Aino Rantala, kemia\n"
        "Veikko Salminen, filosofia\n\n"
        "Kanslian muu henkilöstö\n"
        "Olli Kettunen, suunnittelija, talous\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Rantala", "member", "Testilän yliopiston konsistori") in got
    assert not any(person == "Olli Kettunen" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_body_heading_inside_a_grouped_list(morph):
    # a heading that names another body starts that body's list
    text = CONSISTORY.replace("Opettajat, tutkijat ja muu henkilöstö", "Tarkastuslautakunta")
    got = held(text, "fi", morph)
    assert ("Olli Kettunen", "member", "Testilän yliopiston konsistori") not in got


HEADED_BOARD = (
    "Testilän yliopiston hallitus 2024-2027\n\n"
    "Hallituksen puheenjohtaja\n"
    "Aino Rantala\n\n"
    "Hallituksen varapuheenjohtaja\n"
    "Veikko Salminen\n\n"
    "Professorit\n"
    "Olli Kettunen\n"
    "Pirjo Lehtovaara\n"
    "Kalle Nurmela\n\n"
    "Tutkijat, opettajat, muu henkilöstö\n"
    "Saara Hiltunen, tutkija\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_group_heading_over_names_after_officer_headings(morph):
    got = held(HEADED_BOARD, "fi", morph)
    body = "Testilän yliopiston hallitus"
    assert ("Aino Rantala", "chair", body) in got
    assert ("Veikko Salminen", "vice_chair", body) in got
    for person in ("Olli Kettunen", "Pirjo Lehtovaara", "Kalle Nurmela", "Saara Hiltunen"):
        assert (person, "member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_group_heading_is_no_organisation_the_members_are_for(morph):
    # "Professorit" groups the board's members: no municipality or organisation they sit for
    got = [
        f
        for f in findings(HEADED_BOARD, "fi", morph)
        if f.kind == "membership" and f.actor.name == "Olli Kettunen"
    ]
    assert got
    assert all(f.on_behalf_of is None for f in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_staff_heading_after_officer_headings(morph):
    # the staff under their heading hold no seats in the board
    text = HEADED_BOARD.split("Professorit")[0] + (
        "Henkilökunta\nOlli Kettunen\nPirjo Lehtovaara\nKalle Nurmela\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Rantala", "chair", "Testilän yliopiston hallitus") in got
    assert not any(person == "Olli Kettunen" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_plural_title_before_the_first_name(morph):
    text = (
        "Testilän yliopiston professorineuvosto\n\n"
        "Puheenjohtaja\n"
        "Aino Rantala (Kemian korkeakoulu)\n\n"
        "Varapuheenjohtajat\n"
        "Professorit Veikko Salminen (Kauppakorkeakoulu), Olli Kettunen (Taidekorkeakoulu) ja "
        "Pirjo Lehtovaara (Insinöörikorkeakoulu)\n"
    )
    got = held(text, "fi", morph)
    people = {person for person, _r, _b in got}
    assert "Veikko Salminen" in people
    assert not any(p.startswith("Professorit") for p in people)


@pytest.mark.parametrize("morph", MORPHS)
def test_hyphenated_title_before_a_name(morph):
    text = (
        "Testilän ammattiosaston johtokunta\n\n"
        "Johtokunnan jäseniksi valittiin seuraavat henkilöt:\n\n"
        "Professori Aino Rantala        (Kemian laitos)\n\n"
        "Yli-intendentti Veikko Salminen       (Testilän museo)\n\n"
        "Professori Olli Kettunen      (Fysiikan laitos)\n"
    )
    people = {person for person, _r, _b in held(text, "fi", morph)}
    assert "Veikko Salminen" in people
    assert "Yli-intendentti Veikko Salminen" not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_hyphenated_first_name(morph):
    text = (
        "Testilän ammattiosaston johtokunta\n\n"
        "Johtokunnan jäseniksi valittiin seuraavat henkilöt:\n\n"
        "Professori Aino Rantala        (Kemian laitos)\n\n"
        "Anna-Liisa Salminen       (Testilän museo)\n\n"
        "Professori Olli Kettunen      (Fysiikan laitos)\n"
    )
    people = {person for person, _r, _b in held(text, "fi", morph)}
    assert "Anna-Liisa Salminen" in people


FOUNDATION = (
    "Testilän Kulttuurisäätiön hallitus\n\n"
    "Hallituksen pj., Aino Rantala\n\n"
    "Hallituksen varapj., Veikko Salminen, toimitusjohtaja, Testi Oy\n\n"
    "Varsinaiset jäsenet:\n\n"
    "Olli Kettunen\n\n"
    "Pirjo Lehtovaara, johtaja, Testilän kaupunki\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_genitive_office_comma_name(morph):
    got = held(FOUNDATION, "fi", morph)
    body = "Testilän Kulttuurisäätiön hallitus"
    assert ("Aino Rantala", "chair", body) in got
    assert ("Veikko Salminen", "vice_chair", body) in got
    assert ("Olli Kettunen", "member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_another_bodys_office_comma_name(morph):
    # the genitive names another body than the heading's: no office in the board
    text = FOUNDATION.replace("Hallituksen varapj.,", "Valtuuskunnan varapj.,")
    got = held(text, "fi", morph)
    assert ("Veikko Salminen", "vice_chair", "Testilän Kulttuurisäätiön hallitus") not in got


REPORT = (
    "TOIMINTAKERTOMUS VUODELTA 2020\n\n"
    "Johtokunnan kokoonpano 2020\n\n"
    "Syyskokouksessa 21.11.2019 valittiin osaston johtokunnan puheenjohtajaksi vuodeksi 2020 "
    "professori Aino Rantala ja varapuheenjohtajaksi professori Veikko Salminen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_annual_report_year_makes_the_elected_seats_held(morph):
    got = roles(REPORT, "fi", morph)
    assert any(p == "Aino Rantala" and r == "chair" for p, r, _b in got)
    assert any(p == "Salminen Veikko" and r == "vice_chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_election_for_next_year_without_a_report_title(morph):
    # a news item of the autumn meeting: the seats for the next year are still to come
    text = REPORT.replace("TOIMINTAKERTOMUS VUODELTA 2020", "Syyskokouksen uutisia")
    got = roles(text, "fi", morph)
    assert not any(p == "Aino Rantala" and r == "chair" for p, r, _b in got)


GROUPS_UNDER_MEMBERS = (
    "Testilän yliopiston konsistori\n\n"
    "Konsistorin jäsenet\n\n"
    "Opiskelijat\n"
    "Aino Ahola, kemia\n"
    "Pekka Virtanen, fysiikka\n\n"
    "Tutkijat\n"
    "Matti Mäki, historia\n"
    "Liisa Laine, filosofia\n"
)

PLACES_UNDER_MEMBERS = (
    "Testilän seutukunnan yhteistyöryhmä\n\n"
    "Ryhmän jäsenet\n\n"
    "Virrat\n"
    "Aino Ahola, kunnanjohtaja\n"
    "Pekka Virtanen, sivistysjohtaja\n\n"
    "Ruovesi\n"
    "Matti Mäki, kunnanjohtaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_plural_noun_heading_in_a_members_list_is_no_municipality(morph):
    # "Opiskelijat", "Tutkijat": one-word headings naming groups of people, no place
    got = [f for f in findings(GROUPS_UNDER_MEMBERS, "fi", morph) if f.kind == "membership"]
    assert {f.actor.name for f in got} == {
        "Aino Ahola",
        "Pekka Virtanen",
        "Matti Mäki",
        "Liisa Laine",
    }
    assert all(f.on_behalf_of is None for f in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_one_word_place_headings_in_a_members_list(morph):
    # "Virrat" ends as a plural does but is a municipality: the seats under it are for it
    got = {
        f.actor.name: f.on_behalf_of.name if f.on_behalf_of else None
        for f in findings(PLACES_UNDER_MEMBERS, "fi", morph)
        if f.kind == "membership"
    }
    assert got == {"Aino Ahola": "Virrat", "Pekka Virtanen": "Virrat", "Matti Mäki": "Ruovesi"}

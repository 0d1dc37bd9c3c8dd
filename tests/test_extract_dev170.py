"""hytegraph extract on layouts met in the hundred-and-fifty-eighth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a club's president ("presidenttinä") chairs it and its vice president
  ("varapresidenttinä") is its vice chair; the past president ("past presidenttinä") is
  one of its members, no chair;
- in a list after "kuuluvat" each name may have its post in the essive right after it
  ("A varapuheenjohtajana, B rahastonhoitajana ja C ohjelmajohtajana sekä D ja E"): an
  officer's post is that name's role, any other post leaves a member, and the list goes on
  after the post;
- (with libvoikko) a word and a surname with where the person comes from after them in a local case
  ("toimii Lila Leppänen Vesilahdelta") are a name, even when the dictionary knows the first
  word as no first name; a surname alone before the place ("Leppänen Vesilahdelta") is no
  name;
- a person named right before "edustaa" and a body in the inessive right after it ("A
  edustaa johtokunnassa yhdistysten edustajana") is the body's member;
- the association's executive director serving as the body's secretary ("Johtokunnan
  sihteerinä toimii toiminnanjohtaja A") is its staff, no member: no seat is read;
- a nickname in parentheses between a first name and the surname ("Marja-Leena (Marjukka)
  Helenius") is left out of the name, which is read whole;
- (with libvoikko) a genitive and a common noun in the elative after a name ("Johanna Ek
  Suomen Kuntaliitosta") name where the person comes from, never a person;
- a paragraph opening with a body named in full as the subject of "kokoontui" or
  "järjestäytyi" ("Säätiön neuvottelukunta kokoontui …") makes that body the one the bare
  roles after it ("Puheenjohtajaksi valittiin A") are in, not the body of the text before;
- after a body in the genitive, "jäseniä ovat (myös)" and a list whose names each have a
  title before them ("liittovaltuuston varapuheenjohtaja A ja Testiliiton hallituksen
  varapuheenjohtaja B"), each name is also a member of that body.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, needs_voikko


def seats(text: str, morph: str | None) -> set[tuple[str, str, str]]:
    """(person, role, body) held, the body's name in lower case."""
    return {(p, r, b.casefold()) for p, r, b in held(text, "fi", morph)}


CLUB = (
    "Testilän Klubin vuosikokous pidettiin 14.3.2022 Testilässä.\n"
    "Yhdistyksen presidenttinä toimii kaudella 2023-2024 Anna Koskimaa ja hallitukseen "
    "kuuluvat kuluvalla kaudella Olli Virtanen varapresidenttinä, Pekka Salonen past "
    "presidenttinä, Mikko Mäkelä rahastonhoitajana ja Sari Laitinen ohjelmajohtajana sekä "
    "Liisa Laine ja Eeva Ek.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_president_chairs_and_vice_president_is_vice_chair(morph):
    got = seats(CLUB, morph)
    assert ("Anna Koskimaa", "chair", "hallitus") in got
    assert ("Olli Virtanen", "vice_chair", "hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_in_the_essive_after_each_name_of_a_list(morph):
    got = held(CLUB, "fi", morph)
    for name in ("Pekka Salonen", "Mikko Mäkelä", "Sari Laitinen", "Liisa Laine", "Eeva Ek"):
        assert (name, "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_past_president_and_the_names_after_him(morph):
    got = held(CLUB, "fi", morph)
    roles = {(p, r) for p, r, _b in got}
    assert ("Pekka Salonen", "chair") not in roles
    assert ("Mikko Mäkelä", "chair") not in roles
    assert ("Olli Virtanen", "member") not in roles


@pytest.mark.parametrize("morph", MORPHS)
def test_officer_post_in_the_essive_in_a_list_after_kuuluvat(morph):
    text = (
        "Testilän Kerhon vuosikokous pidettiin 14.3.2022.\n"
        "Hallitukseen kuuluvat Anna Koskimaa varapuheenjohtajana, Olli Virtanen sihteerinä, "
        "Pekka Salonen rahastonhoitajana sekä Mikko Mäkelä ja Sari Laitinen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Anna Koskimaa", "vice_chair", "Hallitus") in got
    assert ("Olli Virtanen", "secretary", "Hallitus") in got
    for name in ("Pekka Salonen", "Mikko Mäkelä", "Sari Laitinen"):
        assert (name, "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_year_in_the_essive_after_the_names(morph):
    # "vuonna 2020": no post, and no name is made an officer by it
    text = (
        "Testilän Kerhon vuosikokous pidettiin 14.3.2022.\n"
        "Hallitukseen kuuluvat Anna Koskimaa ja Olli Virtanen vuonna 2022.\n"
    )
    got = held(text, "fi", morph)
    assert {r for _p, r, _b in got} <= {"member"}


VILLAGES = (
    "Testilän Kehittämisyhdistyksen johtokunta valittiin vuosikokouksessa.\n\n"
    "Varaedustajana samassa ryhmässä toimii Lila Leppänen Vesilahdelta. Julkisen tahon "
    "edustajana jatkaa Olli Virtanen Tampereelta.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_name_with_where_the_person_comes_from_after_it(morph):
    got = held(VILLAGES, "fi", morph)
    people = {p for p, _r, _b in got}
    assert "Lila Leppänen" in people
    assert "Leppänen Vesilahdelta" not in people
    assert "Olli Virtanen" in people


@needs_voikko
def test_leave_alone_a_surname_alone_before_the_place():
    # (the rules know no places: with them the two words stay a name, as before)
    morph = None
    text = (
        "Testilän Kehittämisyhdistyksen johtokunta valittiin vuosikokouksessa.\n\n"
        "Varaedustajana samassa ryhmässä toimii Leppänen Vesilahdelta.\n"
    )
    got = held(text, "fi", morph)
    assert not any("Vesilahde" in p for p, _r, _b in got)


GROUP = (
    "Testilän Kehittämisyhdistyksen johtokunta valittiin vuosikokouksessa.\n\n"
    "Testiläläinen nuorisoseuran toiminnanjohtaja Aino Ahola edustaa johtokunnassa "
    "yhdistysten ja yritysten edustajana. Puheenjohtajaksi valittiin Olli Virtanen. "
    "Testilän Kehittämisyhdistyksen johtokunnan sihteerinä toimii toiminnanjohtaja "
    "Eeva Ek.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_person_represents_in_the_body_after_the_verb(morph):
    got = held(GROUP, "fi", morph)
    assert ("Aino Ahola", "member", "Testilän Kehittämisyhdistyksen johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_representing_an_organisation_at_a_meeting(morph):
    # "kokouksessa": a meeting, no body; she represents someone there, no seat
    text = GROUP.replace("edustaa johtokunnassa", "edustaa kokouksessa")
    got = held(text, "fi", morph)
    assert not any(p == "Aino Ahola" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_executive_director_as_secretary_is_no_member(morph):
    got = held(GROUP, "fi", morph)
    assert not any(p == "Eeva Ek" for p, _r, _b in got)
    assert ("Olli Virtanen", "chair", "Testilän Kehittämisyhdistyksen johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_secretary_with_no_staff_title(morph):
    text = GROUP.replace("toimii toiminnanjohtaja Eeva Ek", "toimii Eeva Ek")
    got = held(text, "fi", morph)
    assert any(p == "Eeva Ek" and r == "secretary" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_nickname_in_parentheses_left_out_of_the_name(morph):
    text = (
        "2.1 Hallitus\n\n"
        "Hallituksen puheenjohtajana toimi Anna Koskimaa, varapuheenjohtajana Marja-Liisa "
        "(Maikki) Virtanen ja jäseninä Pekka Salonen ja Mikko Mäkelä.\n"
    )
    got = held(text, "fi", morph)
    assert ("Marja-Liisa Virtanen", "vice_chair", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_party_in_parentheses_after_a_full_name(morph):
    text = (
        "Hallitus\n\n"
        "Hallituksen puheenjohtajana toimi Anna Koskimaa (Kesk) ja jäseninä Pekka Salonen "
        "(Vihr) ja Mikko Mäkelä.\n"
    )
    got = held(text, "fi", morph)
    assert ("Anna Koskimaa", "chair", "Hallitus") in got
    assert not any("Pekka Salonen " in p for p, _r, _b in got)


@needs_voikko
def test_leave_alone_an_organisation_in_the_elative_after_a_name():
    text = (
        "Säätiön neuvottelukunta\n\n"
        "Neuvottelukunnan jäsenet ovat professori Aino Ahola Turun yliopistosta, "
        "erityisasiantuntija Eeva Ek Suomen Kuntaliitosta ja johtaja Olli Virtanen "
        "Museovirastosta.\n"
    )
    got = held(text, "fi", None)
    people = {p for p, _r, _b in got}
    assert "Eeva Ek" in people
    assert not any("Kuntaliito" in p for p in people)


FOUNDATION = (
    "Testisäätiön uutiset\n\n"
    "Säätiön hallituksen puheenjohtajaksi valittiin Anna Koskimaa ja varapuheenjohtajaksi "
    "Olli Virtanen. Muut hallituksen jäsenet ovat Pekka Salonen ja Mikko Mäkelä.\n\n"
    "Säätiön neuvottelukunta kokoontui ensimmäistä kertaa uudella kokoonpanolla 13.3. "
    "Puheenjohtajaksi valittiin Sari Laitinen ja varapuheenjohtajaksi Liisa Laine.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_paragraph_opened_by_the_body_that_met(morph):
    got = held(FOUNDATION, "fi", morph)
    assert ("Sari Laitinen", "chair", "Säätiön neuvottelukunta") in got
    assert ("Liisa Laine", "vice_chair", "Säätiön neuvottelukunta") in got
    assert ("Anna Koskimaa", "chair", "Säätiön hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_paragraph_opened_by_a_body_that_does_not_meet(morph):
    # "arvioi": what the council does, not a meeting that fills seats; the bare roles after
    # it stay with the body of the text before
    text = FOUNDATION.replace("kokoontui ensimmäistä kertaa uudella kokoonpanolla", "arvioi")
    got = held(text, "fi", morph)
    assert ("Sari Laitinen", "chair", "Säätiön neuvottelukunta") not in got


COMMITTEE = (
    "Kevään liittovaltuusto pidettiin 27.4.2019 Testilässä.\n\n"
    "Kokouksessa perustettiin vaalivaliokunta. Vaalivaliokuntaan valittiin seuraavat "
    "henkilöt: Aino Ahola ja Eeva Ek.\n\n"
    "Vaalivaliokunnan jäseniä ovat myös liittovaltuuston varapuheenjohtaja Olli Virtanen ja "
    "Testiliiton hallituksen varapuheenjohtaja Pekka Salonen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_titled_names_after_a_bodys_members_word(morph):
    got = seats(COMMITTEE, morph)
    assert ("Olli Virtanen", "member", "vaalivaliokunta") in got
    assert ("Pekka Salonen", "member", "vaalivaliokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_titled_names_after_a_word_of_no_seat(morph):
    # "vieraita": guests of the committee, no members
    text = COMMITTEE.replace("Vaalivaliokunnan jäseniä ovat", "Vaalivaliokunnan vieraita ovat")
    got = seats(text, morph)
    assert ("Olli Virtanen", "member", "vaalivaliokunta") not in got

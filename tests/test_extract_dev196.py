"""hytegraph extract on layouts met in the hundred-and-ninety-fifth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a line that prints its own post before its name ("Rahastonhoitaja: A", "Avustusvastaava: B")
  holds that post, a member's seat, not the office of a heading above it ("Varapuheenjohtaja:"
  alone on its line over the vice chair's name);
- a Finnish duty's label ending "-vastaava" before a colon names a post, not a place, and may
  carry its region in parentheses ("Aluevastaava (Pohjola): C");
- the association's chair and vice chair, named by its bare word ("Yhdistyksen puheenjohtajana
  toimi A ja varapuheenjohtajana B") in the paragraph right before the line that introduces a
  body's members ("Johtokunnan jäsenet olivat:"), chair and vice-chair that body;
- in a sentence's run of names after a role word, the words before a name that say where the
  person lives or moved from ("kuopiolainen A", "Tampereelta Ouluun muuttanut B") are no part
  of the run's end: the name after them is read too.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

CONTACTS = (
    "Yhteystiedot\n\n"
    "Yhdistyksen hallitus 2023:\n\n"
    "Puheenjohtaja: Anna Koskimaa\n\n"
    "Varapuheenjohtaja, perhevalmennusvastaava:\n"
    "Olli Virtanen\n\n"
    "Sihteeri: Sari Laitinen\n\n"
    "Jäsenvastaava: Pekka Salonen\n\n"
    "Rahastonhoitaja: Mikko Mäkelä\n\n"
    "Avustusvastaava: Liisa Järvinen\n\n"
    "Aluevastaava (Pohjola): Eeva Niemi\n\n"
    "Aluevastaava (Etelä-Testilä): Kalle Heikkinen\n\n"
    "Yhteydenotot yhdistyksen sähköpostiosoitteiden kautta.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_line_with_its_own_post_ends_the_office_of_the_heading(morph):
    got = held(CONTACTS, "fi", morph)
    assert ("Olli Virtanen", "vice_chair", "Yhdistyksen hallitus") in got
    assert ("Mikko Mäkelä", "member", "Yhdistyksen hallitus") in got
    assert ("Liisa Järvinen", "member", "Yhdistyksen hallitus") in got
    assert ("Mikko Mäkelä", "vice_chair", "Yhdistyksen hallitus") not in got
    assert ("Liisa Järvinen", "vice_chair", "Yhdistyksen hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_duty_label_with_its_region_in_parentheses(morph):
    got = held(CONTACTS, "fi", morph)
    assert ("Eeva Niemi", "member", "Yhdistyksen hallitus") in got
    assert ("Kalle Heikkinen", "member", "Yhdistyksen hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_names_under_an_office_heading(morph):
    # two names right under "Varapuheenjohtajat:", no post of their own: both vice chairs
    text = (
        "Yhdistyksen hallitus 2023:\n\n"
        "Puheenjohtaja: Anna Koskimaa\n\n"
        "Varapuheenjohtajat:\n"
        "Olli Virtanen\n"
        "Sari Laitinen\n\n"
        "Jäsenet: Pekka Salonen, Mikko Mäkelä ja Liisa Järvinen\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "vice_chair", "Yhdistyksen hallitus") in got
    assert ("Sari Laitinen", "vice_chair", "Yhdistyksen hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_place_label_under_a_deputies_heading(morph):
    # "Varajäsenet:" over "Place: Name" lines: deputies, the place no post
    text = (
        "Testilän kylätoimikunta 2023:\n\n"
        "Puheenjohtaja: Anna Koskimaa\n"
        "Jäsenet: Pekka Salonen, Mikko Mäkelä ja Liisa Järvinen\n\n"
        "Varajäsenet:\n"
        "Kuopio: Olli Virtanen\n"
        "Tampere: Sari Laitinen\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "member", "Testilän kylätoimikunta") not in got
    assert ("Sari Laitinen", "member", "Testilän kylätoimikunta") not in got


REPORT = (
    "Toimintakertomus 2022\n\n"
    "JOHDANTO\n\n"
    "Testilän Eläkeläisyhdistyksen toimintavuosi käynnistyi etäkokouksilla. "
    "Eläkeläisyhdistyksen johtokunnan kokoukset pidettiin avoimina kokouksina.\n\n"
    "2. JOHTOKUNTA JA TOIMINNANTARKASTAJAT\n\n"
    "Yhdistyksen puheenjohtajana toimi Anna Koskimaa ja varapuheenjohtajana Olli Virtanen.\n\n"
    "Johtokunnan jäsenet olivat:\n\n"
    "Sari Laitinen, sihteeri\n"
    "Pekka Salonen, taloudenhoitaja\n"
    "Mikko Mäkelä\n"
    "Liisa Järvinen\n\n"
    "Varsinainen toiminnantarkastaja oli Eeva Niemi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_association_officers_over_a_body_members_list_chair_the_body(morph):
    got = held(REPORT, "fi", morph)
    body = "Eläkeläisyhdistyksen johtokunta"
    assert ("Anna Koskimaa", "chair", body) in got
    assert ("Olli Virtanen", "vice_chair", body) in got
    assert ("Anna Koskimaa", "chair", "Eläkeläisyhdistys") not in got
    assert ("Mikko Mäkelä", "member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_officers_with_no_members_list_below(morph):
    # no line introducing the body's members under the sentence: the association's chair
    text = REPORT.replace("Johtokunnan jäsenet olivat:\n\n", "Toiminnassa olivat mukana:\n\n")
    got = held(text, "fi", morph)
    assert ("Anna Koskimaa", "chair", "Eläkeläisyhdistyksen johtokunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_officers_a_paragraph_away_from_the_list(morph):
    # another paragraph between the officers and the members' line: nothing ties them
    text = REPORT.replace(
        "Olli Virtanen.\n\n", "Olli Virtanen.\n\nVuoden lopussa yhdistyksessä oli 67 jäsentä.\n\n"
    )
    got = held(text, "fi", morph)
    assert ("Anna Koskimaa", "chair", "Eläkeläisyhdistyksen johtokunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_another_organisations_officer_over_the_list(morph):
    # the federation's chair over the association's board list: not that board's chair
    text = REPORT.replace(
        "etäkokouksilla.", "etäkokouksilla. Yhdistys kuuluu Pohjolan Eläkeläisliittoon."
    ).replace("Yhdistyksen puheenjohtajana", "Liiton puheenjohtajana")
    got = held(text, "fi", morph)
    assert ("Anna Koskimaa", "chair", "Eläkeläisyhdistyksen johtokunta") not in got


NEWS = (
    "Testilän kyläyhdistyksen vuosikokous pidettiin maaliskuussa. Hallituksen erovuoroiset "
    "jäsenet, kuopiolainen Sari Laitinen ja Tampereelta Ouluun muuttanut Pekka Salonen "
    "valittiin uudelleen. Muut hallituksen jäsenet ovat Eeva Niemi ja Kalle Heikkinen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_where_a_person_is_from_before_a_name_in_a_run(morph):
    got = held(NEWS, "fi", morph)
    assert ("Sari Laitinen", "member", "Hallitus") in got
    assert ("Pekka Salonen", "member", "Hallitus") in got
    assert not any(person.startswith("Tampereelta") for person, _role, _body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_place_after_each_name(morph):
    # the places after the names, no participle of moving: each name read as it is printed
    text = (
        "Testilän kyläyhdistyksen vuosikokous pidettiin maaliskuussa. Hallituksen jäseniksi "
        "valittiin Sari Laitinen Tampereelta ja Pekka Salonen Oulusta.\n"
    )
    got = held(text, "fi", morph)
    assert got == {
        ("Sari Laitinen", "member", "Hallitus"),
        ("Pekka Salonen", "member", "Hallitus"),
    }

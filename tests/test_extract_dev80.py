"""hytegraph extract on layouts met in the ninety-third held-out set: a numbered attendance list
with notes, minutes' attendance flattened into sentences, and a composition list of offices
with translations then bulleted groups. Made-up snippets, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held, key, roles

COUNCIL = "Edustajisto"

#: a numbered attendance list, surname first, with arrival and departure notes; a deputy
#: filling the seat above unnumbered; the meeting's chair and secretary marked in parentheses
NUMBERED = (
    "Edustajiston pöytäkirja 2/2021\n\n"
    "14.04.2021\n\n"
    "Läsnä:\n"
    "1.    Koski Aino, jäsen\n"
    "2.    Rinne Outi, jäsen    saapui kohdassa 5 kello 18.05\n"
    "3.    Lind Eeva, jäsen    poissa\n"
    "Salo Pekka, varajäsen\n"
    "4.    Mäki Liisa, jäsen    poistui kohdassa 8 kello 20.10\n"
    "Salo Pekka, varajäsen    saapui kohdassa 8 kello 20.10\n"
    "5.    Aho Juha, varajäsen (puheenjohtaja)\n"
    "Matti Virta (sihteeri)\n"
    "Poissa:\n"
    "1.    Holm Kaisa, jäsen\n"
    "2.    Nieminen Sanna, varajäsen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_numbered_attendance_list_seats_each_line_in_the_minutes_body(morph):
    got = roles(NUMBERED, "fi", morph)
    for person in ("Aino Koski", "Outi Rinne", "Eeva Lind", "Liisa Mäki", "Kaisa Holm"):
        assert (key(person), "member", COUNCIL) in got, (person, sorted(got))
    for person in ("Pekka Salo", "Juha Aho", "Sanna Nieminen"):
        assert (key(person), "deputy_member", COUNCIL) in got, (person, sorted(got))
    # the meeting's chair in parentheses keeps the deputy's seat; the secretary holds none
    assert (key("Juha Aho"), "chair", COUNCIL) not in got
    assert not any(p == key("Matti Virta") for p, _r, _b in got)
    # a deputy listed twice is seated once
    assert [r for p, r, _b in got if p == key("Pekka Salo")] == ["deputy_member"]


#: near miss: numbered lines under a label that is no attendance (candidates)
CANDIDATES = (
    "Edustajiston pöytäkirja 3/2021\n\n"
    "Ehdokkaat:\n"
    "1.    Koski Aino, jäsen\n"
    "2.    Rinne Outi, jäsen\n"
    "3.    Lind Eeva, jäsen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_numbered_lines_under_another_label_are_no_attendance(morph):
    assert not any(f.rule == "numbered-attendance" for f in findings(CANDIDATES, "fi", morph))


BOARD = "Hallitus"

#: minutes flattened into one paragraph: present with the chair's and vice chair's marks and
#: notes, then the absent, and an official with another post
FLAT = (
    "1 KIVIRANNAN KYLÄYHDISTYS RY PÖYTÄKIRJA Sivu 1 / 4 Hallituksen kokouksessaan käsittelemät "
    "asiat on kirjattu tähän. Aika ja paikka: , Kerhotalo, Kivikylä Paikalla: Aino Koski (pj), "
    "Eeva Lind (vpj, paikalla kohdasta 4), Outi Rinne, Pekka Salo (poissa kohdasta 3 kohtaan 4), "
    "Liisa Mäki ja Juha Aho. Poissa: Kaisa Holm ja Sanna Nieminen sekä Matti Virta "
    "(toiminnanjohtajan sijainen) 1. Kokouksen avaaminen Puheenjohtaja avasi kokouksen."
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_flattened_attendance_seats_the_people_in_the_meetings_body(morph):
    got = held(FLAT, "fi", morph)
    assert ("Aino Koski", "chair", BOARD) in got
    assert ("Eeva Lind", "vice_chair", BOARD) in got
    for person in (
        "Outi Rinne",
        "Pekka Salo",
        "Liisa Mäki",
        "Juha Aho",
        "Kaisa Holm",
        "Sanna Nieminen",
    ):
        assert (person, "member", BOARD) in got, (person, sorted(got))
    # an official with another post in parentheses holds no seat
    assert not any(p == "Matti Virta" for p, _r, _b in got)


#: near miss: a run of names with no chair marked is no attendance this rule reads
FLAT_NO_CHAIR = (
    "Hallituksen kokouksessaan käsittelemät asiat on kirjattu tähän. Paikalla: Aino Koski, "
    "Eeva Lind, Outi Rinne, Pekka Salo ja Juha Aho. 1. Kokouksen avaaminen"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_flattened_run_without_a_chair_is_left_to_the_other_rules(morph):
    assert not any(f.rule == "flat-attendance" for f in findings(FLAT_NO_CHAIR, "fi", morph))


COMMITTEE = "Johtokunta"

#: offices with their translations after a slash, then bulleted groups
OFFICES = (
    "Johtokunta 1.1.2025 - 31.12.2026\n\n"
    "Aino Koski, puheenjohtaja/chairman\n\n"
    "Eeva Lind, varapuheenjohtaja/deputy chairman\n\n"
    "Pekka Salo, sihteeri/secretary \n\n"
    "Varsinaiset jäsenet/full members:\n\n"
    "  • Liisa Mäki\n"
    "  • Outi Rinne \n"
    "  • Juha Aho\n\n"
    "Yleisvarajäsenet/general deputy members:\n\n"
    "  • Matti Virta \n"
    "  • Kaisa Holm \n\n"
    "Johtokunta valitaan syyskokouksessa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_lines_and_bulleted_groups_seat_people_in_the_headings_body(morph):
    got = held(OFFICES, "fi", morph)
    assert ("Aino Koski", "chair", COMMITTEE) in got
    assert ("Eeva Lind", "vice_chair", COMMITTEE) in got
    assert ("Pekka Salo", "secretary", COMMITTEE) in got
    for person in ("Liisa Mäki", "Outi Rinne", "Juha Aho"):
        assert (person, "member", COMMITTEE) in got, (person, sorted(got))
    for person in ("Matti Virta", "Kaisa Holm"):
        assert (person, "deputy_member", COMMITTEE) in got, (person, sorted(got))
        assert (person, "member", COMMITTEE) not in got


#: near miss: the same lines under a heading that names no body
CONTACTS = (
    "Yhteystiedot 2025\n\n"
    "Aino Koski, puheenjohtaja/chairman\n\n"
    "Eeva Lind, varapuheenjohtaja/deputy chairman\n\n"
    "Varsinaiset jäsenet/full members:\n\n"
    "  • Liisa Mäki\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_lines_under_a_heading_naming_no_body_are_left_alone(morph):
    assert not any(f.rule == "office-lines" for f in findings(CONTACTS, "fi", morph))


#: committees' runs of names, two of them broken over a blank line
COMMITTEES = (
    "Vuonna 2020 toimikuntiin kuuluivat:\n\n"
    "Ympäristötoimikunta: Liisa Mäki, Outi Rinne, Eeva Lind\n\n"
    "ja Kaisa Holm\n\n"
    "Perinnetoimikunta: Matti Virta, Sanna Nieminen,\n\n"
    "Erkki Kallio ja Ville Heino\n\n"
    "Kulttuuritoimikunta: Aino Koski, Pekka Salo\n\n"
    "Juha Aho kiitti toimikuntia.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committees_run_broken_over_a_blank_line_goes_on(morph):
    got = held(COMMITTEES, "fi", morph)
    for person in ("Liisa Mäki", "Eeva Lind", "Kaisa Holm"):
        assert (person, "member", "Ympäristötoimikunta") in got, (person, sorted(got))
    for person in ("Matti Virta", "Sanna Nieminen", "Erkki Kallio", "Ville Heino"):
        assert (person, "member", "Perinnetoimikunta") in got, (person, sorted(got))
    # near miss: a line with no comma at its end, then a sentence: no continuation
    assert not any(
        f.rule == "run-continued" and f.actor.name == "Juha Aho"
        for f in findings(COMMITTEES, "fi", morph)
    )


#: a minutes' header of bulleted labels with no colon: the meeting's place is no person
HEADER = (
    "Hallituksen kokous 3/2021\n"
    " • Aika 12.4.2021 kello 17.00-19.00\n"
    " • Paikka Kivitalo, Rantakylä\n"
    " • Läsnä\n"
    "  • Aino Koski pj\n"
    "  • Pekka Salo vpj\n"
    "  • Liisa Mäki\n"
    "  • Juha Aho siht\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_meetings_place_label_is_no_members_name(morph):
    got = held(HEADER, "fi", morph)
    assert ("Aino Koski", "chair", "Hallitus") in got
    assert ("Liisa Mäki", "member", "Hallitus") in got
    assert not any(p.startswith("Paikka") or p == "Kivitalo" for p, _r, _b in got), sorted(got)

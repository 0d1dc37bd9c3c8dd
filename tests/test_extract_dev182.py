"""hytegraph extract on layouts met in older Finnish held-out sets (the hundred-and-sixty-ninth):
made-up snippets, one per mechanism, read with either word-form reader.

- in minutes' attendance under "Läsnä olleet jäsenet", the vice chair's word cut short
  ("Kivi Ari varapuheenjoht.") is the vice chair's seat, not a member's;
- the others present after "Muut osallistujat", each "Surname Firstname post" ("Aho Eero kv:n
  pj", "Lind Tea kunnanjohtaja"), hold no seat in the body whose minutes these are: a post is
  not read as the next name's seat;
- a minutes' participants table flattened with its column heads ("Osallistujat Nimi Tehtävä
  Lisätiedot Läsnä Ek Aino puheenjohtaja Lind Bo I vpj. … Poissa Kivi Eva jäsen") gives each
  row's name the seat after it in the minutes' body, present or absent; a seat in another body
  ("valtuuston I vpj."), a post (the presenter) and a name in a row's note ("Eva Kiven
  henkilökohtainen varajäsen") give none;
- in a list of names after a role word, a name opening with its first names' initials
  ("jäseniksi tohtori K. M. Mäkelän", "A. J. Kiven ja T. Lahtisen") is read as a name, written
  with its initials, the surname in its basic form;
- "… ja kauppaneuvos B sekä varajäseniksi C": a role in the translative after "sekä" or "ja"
  with names after it begins the next role's list; B stays in the list before it;
- a surname in the genitive ending in consonants as Finnish words never do ("Lindforsin",
  "Hirnin", "Braxin") has its basic form without the ending ("Lindfors"), with either reader.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, roles

LABELS = (
    "Testilän kunta Pöytäkirja 4/2016 Kunnanhallitus\n\n"
    "Kunnanhallitus Osallistujat Nimi Tehtävä Lisätiedot Läsnä olleet jäsenet Koskimaa Anna "
    "puheenjohtaja Virtanen Olli varapuheenjoht. Salonen Pekka jäsen Laitinen Sari jäsen "
    "Mäkelä Mikko jäsen Muut osallistujat Rantanen Eero kv:n pj Heikkilä Juha kv:n I vpj "
    "Nieminen Tapio kv:n II vpj Lahtinen Kaisa kunnanjohtaja Hakala Liisa hallintojohtaja "
    "Laillisuus ja päätösvaltaisuus Kokous todettiin lailliseksi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_vice_chair_word_cut_short_under_present_label(morph):
    got = roles(LABELS, "fi", morph)
    assert (key("Olli Virtanen"), "vice_chair", "Kunnanhallitus") in got
    assert (key("Olli Virtanen"), "member", "Kunnanhallitus") not in got
    assert (key("Anna Koskimaa"), "chair", "Kunnanhallitus") in got
    assert (key("Mikko Mäkelä"), "member", "Kunnanhallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_others_present_hold_no_seat_in_the_minutes_body(morph):
    got = roles(LABELS, "fi", morph)
    seated = {person for person, _role, body in got if body == "Kunnanhallitus"}
    for person in ("Eero Rantanen", "Juha Heikkilä", "Tapio Nieminen", "Kaisa Lahtinen"):
        assert key(person) not in seated


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_members_under_present_label(morph):
    # the members' own seats stay, whatever the others' label after them
    got = roles(LABELS, "fi", morph)
    assert (key("Pekka Salonen"), "member", "Kunnanhallitus") in got
    assert (key("Sari Laitinen"), "member", "Kunnanhallitus") in got


PARTICIPANTS = (
    "TESTILÄN KUNTA Pöytäkirja 7/2015 1/30 Kunnanhallitus Aika klo 18:00-20:10 Paikka "
    "Kunnanvirasto\n\n"
    "2 TESTILÄN KUNTA Pöytäkirja 7/2015 2/30 Osallistujat Nimi Tehtävä Lisätiedot Läsnä "
    "Koskimaa Anna puheenjohtaja Virtanen Olli I vpj. pöytäkirjantarkastaja Salonen Pekka II vpj. "
    "poistui klo :n 45 käsittelyn aikana Laitinen Sari jäsen Mäkelä Mikko varajäsen Eeva Kiven "
    "henkilökohtainen varajäsen Rantanen Eero valtuuston I vpj. Lahtinen Kaisa esittelijä "
    "Poissa Kivi Eeva jäsen Heikkilä Juha valtuuston pj. ALLEKIRJOITUKSET Anna Koskimaa\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_participants_table_rows_hold_the_seat_after_the_name(morph):
    got = roles(PARTICIPANTS, "fi", morph)
    assert (key("Anna Koskimaa"), "chair", "Kunnanhallitus") in got
    assert (key("Olli Virtanen"), "vice_chair", "Kunnanhallitus") in got
    assert (key("Pekka Salonen"), "vice_chair", "Kunnanhallitus") in got
    assert (key("Sari Laitinen"), "member", "Kunnanhallitus") in got
    assert (key("Mikko Mäkelä"), "deputy_member", "Kunnanhallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_participants_table_body_keeps_its_own_kind(morph):
    # "Kunnanhallitus" read from the table is the city board, as its other mentions say
    kinds = {
        f.target.kind
        for f in findings(PARTICIPANTS, "fi", morph)
        if f.kind == "membership" and f.target is not None and f.target.name == "Kunnanhallitus"
    }
    assert kinds == {"city_board"}


@pytest.mark.parametrize("morph", MORPHS)
def test_participants_table_absent_members_hold_their_seats(morph):
    got = roles(PARTICIPANTS, "fi", morph)
    assert (key("Eeva Kivi"), "member", "Kunnanhallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_other_bodies_posts_and_notes_in_participants_table(morph):
    got = roles(PARTICIPANTS, "fi", morph)
    seated = {person for person, _role, body in got if body == "Kunnanhallitus"}
    # the council's vice chair and chair, the presenter: no seat in the board
    assert key("Eero Rantanen") not in seated
    assert key("Heikkilä Juha") not in seated
    assert key("Kaisa Lahtinen") not in seated
    # "Eeva Kiven henkilökohtainen varajäsen": whose deputy the row's person is, no deputy
    assert (key("Eeva Kiven"), "deputy_member", "Kunnanhallitus") not in got
    assert (key("Eeva Kivi"), "deputy_member", "Kunnanhallitus") not in got


APPOINTED = (
    "Testilän kunta.\n\n"
    "Hallitus päätti kutsua yhtiön hallintoneuvostoon kolmen vuoden ajaksi puheenjohtajaksi "
    "pankinjohtaja Olli Virtasen, varapuheenjohtajaksi pankinjohtaja Anna Koskimaan sekä "
    "jäseniksi kauppaneuvos Pekka Salosen, kansanedustaja Sari Laitisen, tohtori K. M. "
    "Mäkelän, metsäneuvos Juha Heikkilän ja kauppaneuvos Eero Rantasen sekä varajäseniksi "
    "professorit A. J. Kiven ja T. Lahtisen sekä toimitusjohtaja Tapio Niemisen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_opening_with_initials_in_a_role_list(morph):
    got = roles(APPOINTED, "fi", morph)
    assert (key("K. M. Mäkelä"), "member", "yhtiön hallintoneuvosto") in got
    assert (key("A. J. Kivi"), "deputy_member", "yhtiön hallintoneuvosto") in got
    assert (key("T. Lahtinen"), "deputy_member", "yhtiön hallintoneuvosto") in got
    assert (key("Tapio Nieminen"), "deputy_member", "yhtiön hallintoneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_name_before_the_next_roles_list_keeps_its_own_role(morph):
    got = roles(APPOINTED, "fi", morph)
    assert (key("Eero Rantanen"), "member", "yhtiön hallintoneuvosto") in got
    assert (key("Eero Rantanen"), "deputy_member", "yhtiön hallintoneuvosto") not in got
    assert (key("Juha Heikkilä"), "member", "yhtiön hallintoneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_role_after_its_holder(morph):
    # "valittiin A puheenjohtajaksi sekä B varapuheenjohtajaksi": each role after its name
    text = (
        "Testilän Soutuseura ry:n hallitus kokoontui 6.5.2023.\n\n"
        "Hallituksen puheenjohtajaksi valittiin Anna Koskimaa ja varapuheenjohtajaksi valittiin "
        "Olli Virtanen.\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Anna Koskimaa"), "vice_chair", "Testilän Soutuseura ry:n hallitus") not in got
    assert any(p == key("Olli Virtanen") and r == "vice_chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_foreign_surname_in_the_genitive(morph):
    text = (
        "Testilän kunta.\n\n"
        "Hallitus päätti kutsua yhtiön hallintoneuvostoon jäseniksi kauppaneuvos Eero "
        "Lindforsin, tohtori T. Hirnin ja kauppaneuvos Pekka Braxin.\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Eero Lindfors"), "member", "yhtiön hallintoneuvosto") in got
    assert (key("T. Hirn"), "member", "yhtiön hallintoneuvosto") in got
    assert (key("Pekka Brax"), "member", "yhtiön hallintoneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_finnish_surnames_in_the_genitive(morph):
    text = (
        "Testilän kunta.\n\n"
        "Hallitus päätti kutsua yhtiön hallintoneuvostoon jäseniksi kauppaneuvos Eero "
        "Laineen, tohtori T. Mäkelän ja kauppaneuvos Pekka Koskisen.\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Eero Laine"), "member", "yhtiön hallintoneuvosto") in got
    assert (key("T. Mäkelä"), "member", "yhtiön hallintoneuvosto") in got
    assert (key("Pekka Koskinen"), "member", "yhtiön hallintoneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_initials_of_no_name(morph):
    # "K. Pöytäkirja": an initial before a capitalised word followed by another is no
    # initials' name in a list
    text = (
        "Testilän kunta.\n\n"
        "Hallituksen jäseniksi valittiin Pekka Salonen ja Sari Laitinen. K. Testilän "
        "Kunnanvirasto vastaa kokouksista.\n"
    )
    got = roles(text, "fi", morph)
    assert not any(p.startswith("K.") or "Testilän K" in p for p, _r, _b in got)

"""hytegraph extract on layouts met in the hundred-and-eighty-first held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- "Seuran puheenjohtaja jatkaa A ja johtokunnassa jatkavat B, C sekä D": after the
  conjunction, lower-case words with a verb of belonging begin another clause with its own
  names; the list of the role before ends at A (B, C and D are the body's members, no chairs).
- "Jäsensihteerinä jatkaa A": the membership secretary is an official, no member's word (a
  name listed among a board's members with that post still is a member).
- "Kokouksessa päätettiin aloittaa selvityksen laatiminen ja … valittiin A": "aloittaa"
  after a verb of deciding is an infinitive, a task begun, no seat still to come.
- "päätyivät äänestämään liiton puheenjohtajaksi A": whom a meeting is to vote for is a
  candidate, no seat.
- "Kokous valitsi A:n jatkamaan puheenjohtajana": the person in the accusative after the
  verb, elected to go on in the office; a surname's genitive in "-in" after two consonants
  that end no Finnish stem ("Testholmin") is the surname without "-in".
- "Puheenjohtajaksi valittiin A. Hallitus 2026: varsinaiset jäsenet A, B ja C": an officer
  elected with no body named, whom the very next sentence, led by a body's name, lists again,
  holds the office in that body (and is no member besides).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held

CONTINUE = (
    "Testilän Ratsastajat ry:n syyskokous\n\n"
    "Syyskokous pidettiin 25.10.2022. Seuran puheenjohtaja jatkaa Aino Koskimaa ja "
    "johtokunnassa jatkavat Olli Virtanen, Mikko Mäkelä sekä Sari Laitinen. Uusina jäseninä "
    "johtokuntaan valittiin Pekka Salonen ja Leena Niemi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_verb_of_belonging_after_and_begins_another_clause(morph):
    got = held(CONTINUE, "fi", morph)
    assert ("Aino Koskimaa", "chair", "Johtokunta") in {(p, r, b.capitalize()) for p, r, b in got}
    for name in ("Olli Virtanen", "Mikko Mäkelä", "Sari Laitinen"):
        assert not any(p == name and r == "chair" for p, r, _b in got)
        assert any(p == name and r == "member" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_list_going_on_after_and(morph):
    # no verb after "ja": the next role's word begins the next seat
    text = (
        "Testilän Soutuseuran hallitus 2023\n\n"
        "Hallituksen puheenjohtajana jatkaa Aino Koskimaa ja varapuheenjohtajana Olli "
        "Virtanen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Koskimaa", "chair", "Testilän Soutuseuran hallitus") in got
    assert ("Olli Virtanen", "vice_chair", "Testilän Soutuseuran hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_membership_secretary_is_no_member(morph):
    text = CONTINUE + "Jäsensihteerinä jatkaa Eeva Ojala.\n"
    got = held(text, "fi", morph)
    assert not any(p == "Eeva Ojala" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_membership_secretary_listed_among_the_members(morph):
    text = (
        "Testilän Kuoroyhdistyksen hallitus 2023\n\n"
        "Puheenjohtajana on toiminut Aino Koskimaa. Muut jäsenet: Olli Virtanen, "
        "jäsensihteeri Eeva Ojala, Mikko Mäkelä ja Sari Laitinen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Eeva Ojala", "member", "Testilän Kuoroyhdistyksen hallitus") in got


WORKING_GROUP = (
    "Testilän Purjehdusseuran syyskokous\n\n"
    "Kokouksessa päätettiin aloittaa turvallisuusohjeen laatiminen ja tätä varten "
    "perustettiin työryhmä jonka puheenjohtajaksi valittiin Aino Koskimaa ja jäseniksi "
    "Olli Virtanen ja Sari Laitinen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_to_begin_after_a_decision_is_no_seat_to_come(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(WORKING_GROUP, "fi", morph)}
    assert ("Aino Koskimaa", "chair", "työryhmä") in got
    assert ("Olli Virtanen", "member", "työryhmä") in got
    assert ("Sari Laitinen", "member", "työryhmä") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_person_who_begins_in_a_seat(morph):
    text = (
        "Testilän Purjehdusseuran hallitus\n\n"
        "Hallituksen uutena puheenjohtajana aloittaa Aino Koskimaa ensi vuoden alussa.\n"
    )
    got = held(text, "fi", morph)
    assert not any(p == "Aino Koskimaa" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_whom_a_meeting_is_to_vote_for_is_a_candidate(morph):
    text = CONTINUE + (
        "Seura päätti äänestämään ensi sunnuntain syyskokouksessa liiton puheenjohtajaksi "
        "Kalle Rantanen.\n"
    )
    got = held(text, "fi", morph)
    assert not any(p == "Kalle Rantanen" for p, _r, _b in got)
    assert any(
        f.actor.name == "Kalle Rantanen" and f.status == "candidate"
        for f in findings(text, "fi", morph)
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_seat_won_in_a_vote(morph):
    text = (
        "Testilän Soutuseuran hallitus 2023\n\n"
        "Kokouksessa äänestettiin ja hallituksen jäseniksi valittiin Olli Virtanen ja Sari "
        "Laitinen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "member", "Testilän Soutuseuran hallitus") in got
    assert ("Sari Laitinen", "member", "Testilän Soutuseuran hallitus") in got


GO_ON = (
    "Testilän Ratsastajien hallitus 2018\n\n"
    "Kokous valitsi Aino Testholmin jatkamaan puheenjohtajana myös tulevalle vuodelle. "
    "Hallituksen jäseninä jatkavat Olli Virtanen ja Sari Laitinen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_in_the_accusative_to_go_on_as_chair(morph):
    got = held(GO_ON, "fi", morph)
    assert ("Aino Testholm", "chair", "Testilän Ratsastajien hallitus") in got
    assert ("Olli Virtanen", "member", "Testilän Ratsastajien hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_in_the_accusative_a_finnish_surname(morph):
    got = held(GO_ON.replace("Aino Testholmin", "Aino Virtasen"), "fi", morph)
    assert ("Aino Virtanen", "chair", "Testilän Ratsastajien hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_elected_to_go_on_with_no_office(morph):
    text = GO_ON.replace("jatkamaan puheenjohtajana", "jatkamaan hallituksessa")
    got = held(text, "fi", morph)
    assert not any(r == "chair" for _p, r, _b in got)


NOTICE = (
    "SYYSKOKOUKSEN 10.11.2025 TIEDOTE\n"
    "12.11.2025\n"
    "Puheenjohtajaksi valittiin Aino Koskimaa. Hallitus 2026: varsinaiset jäsenet Aino "
    "Koskimaa, Olli Virtanen ja Sari Laitinen, varajäsenet Pekka Salonen ja Leena Niemi. "
    "Rahastonhoitajana jatkaa Eeva Ojala.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officer_the_next_sentence_lists_in_a_body(morph):
    got = held(NOTICE, "fi", morph)
    assert ("Aino Koskimaa", "chair", "Hallitus") in got
    assert ("Aino Koskimaa", "member", "Hallitus") not in got
    assert ("Olli Virtanen", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_officer_the_next_sentence_does_not_list(morph):
    text = NOTICE.replace("jäsenet Aino Koskimaa, Olli", "jäsenet Mikko Mäkelä, Olli")
    got = held(text, "fi", morph)
    assert not any(p == "Aino Koskimaa" for p, _r, _b in got)
    assert ("Olli Virtanen", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_officer_named_again_in_a_sentence_without_a_body(morph):
    text = NOTICE.replace(
        "Hallitus 2026: varsinaiset jäsenet Aino Koskimaa, ", "Kiitos Aino Koskimaa, "
    )
    got = held(text, "fi", morph)
    assert not any(p == "Aino Koskimaa" and r == "chair" for p, r, _b in got)

"""hytegraph extract on layouts met in the hundred-and-forty-third held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a run of three cards or more set apart by blank lines, each a name alone on a line and an
  office alone on the next ("Aino Berg" / "Ordförande"), opened by a name line and closed by an
  office line: each office is that of the name above it, not a label of the name below (also
  for the first card's name, right under the heading, and a deputy's "Ersättare");
- an office's label run into the end of the e-mail address on the line above a name alone on
  its line ("bo@example.seSekreterare" / "" / "Eva Lind"): that name's office;
- two posts of one person joined by "och" where one is a treasurer's ("vice ordförande och
  kassör"): the officer's post, the treasurer's being a member's duty;
- a bulleted "Name - office" line whose office is a group's seat with the group in the genitive
  plural right after the dash ("Eva Ek - aktivas representant, omval 2 år"): the word in -as is
  no passive verb making the line a sentence, so the line is the list's entry (a member);
- "valdes A (S) till ordförande och B (C) till vice ordföran": a name with its party in
  parentheses and then "till" and a role (or "vice" and a word cut short) holds that role, not
  the role said before it.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

NAME_THEN_OFFICE = (
    "OM FÖRENINGEN\n\n"
    "Testviks Amatörteater bildades 1991 och spelar två föreställningar om året.\n\n"
    "STYRELSEN\n\n"
    "Maja Lindholm\nOrdförande\n\n"
    "Bo Ekström\nLedamot\n\n"
    "Eva Strandberg\nSekreterare\n\n"
    "Karl Nyberg\nLedamot\n\n"
    "Stina Holmqvist\nErsättare\n\n"
    "VERKSAMHET\n\n"
    "Föreningen har spelat teater sedan 1991.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_name_then_office_cards(morph):
    got = held(NAME_THEN_OFFICE, "sv", morph)
    assert ("Maja Lindholm", "chair", "STYRELSEN") in got
    assert ("Bo Ekström", "member", "STYRELSEN") in got
    assert ("Eva Strandberg", "secretary", "STYRELSEN") in got
    assert ("Karl Nyberg", "member", "STYRELSEN") in got
    assert ("Stina Holmqvist", "deputy_member", "STYRELSEN") in got
    assert ("Bo Ekström", "chair", "STYRELSEN") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_office_then_name_cards(morph):
    # the office on the line before each name: each label is the name's under it, as before
    text = (
        "Styrelsen\n\n"
        "Ordförande\nMaja Lindholm\n\n"
        "Ledamot\nBo Ekström\n\n"
        "Sekreterare\nEva Strandberg\n\n"
        "Ledamot\nKarl Nyberg\n"
    )
    got = held(text, "sv", morph)
    assert ("Maja Lindholm", "chair", "Styrelsen") in got
    assert ("Eva Strandberg", "secretary", "Styrelsen") in got
    assert ("Bo Ekström", "member", "Styrelsen") in got
    assert ("Karl Nyberg", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_two_name_then_office_cards(morph):
    # two cards are no run: nothing is paired over the blank lines by this rule
    text = "STYRELSEN\n\nMaja Lindholm\nOrdförande\n\nBo Ekström\nLedamot\n"
    got = held(text, "sv", morph)
    assert ("Maja Lindholm", "chair", "STYRELSEN") not in got


CARDS_RUN_INTO_EMAIL = (
    "Styrelsen\n\n\n"
    "Ordförande\n\nMaja Lindholm\n\n0700-111111\n\nmaja@testvik.se\n\n\n"
    "Kassör\n\nBo Ekström\n\n0700-222222\n\nbo.ekstrom@example.comSekreterare\n\n"
    "Eva Strandberg\n\n0700-333333\n\neva@testvik.se\n\n\n"
    "Ledamot\n\nKarl Nyberg\n\n0700-444444\n\nkarl@testvik.seLedamot\n\n"
    "Lena Sjöholm\n\n0700-555555\n\nlena@testvik.se\n\n\n"
    "Suppleant\n\nStina Holmqvist\n\n0700-666666\n\nstina@testvik.seTestviks Ridklubb\n\n\n"
    "Klubben bildades 1994.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_label_run_into_email(morph):
    got = held(CARDS_RUN_INTO_EMAIL, "sv", morph)
    assert ("Eva Strandberg", "secretary", "Styrelsen") in got
    assert ("Maja Lindholm", "chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_member_label_or_words_run_into_email(morph):
    # "…seLedamot": a member's label, the seat as before; "…seTestviks Ridklubb": no office
    got = held(CARDS_RUN_INTO_EMAIL, "sv", morph)
    assert ("Lena Sjöholm", "member", "Styrelsen") in got
    assert ("Bo Ekström", "member", "Styrelsen") in got
    assert ("Stina Holmqvist", "deputy_member", "Styrelsen") in got


TWO_POSTS = (
    "Styrelsen 2024\n\n"
    "Bo Ekström, ordförande\n\n"
    "Per Olof Lindgren, vice ordförande och kassör\n\n"
    "Eva Strandberg, sekreterare\n\n"
    "Karl Nyberg, ledamot och kassör\n\n"
    "Lena Sjöholm\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officer_and_treasurer_posts(morph):
    got = held(TWO_POSTS, "sv", morph)
    assert any(p == "Per Olof Lindgren" and r == "vice_chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_member_and_treasurer_posts(morph):
    # "ledamot och kassör": a member with the treasurer's duty, no officer
    got = held(TWO_POSTS, "sv", morph)
    assert any(p == "Karl Nyberg" and r == "member" for p, r, _b in got)
    assert not any(p == "Karl Nyberg" and r != "member" for p, r, _b in got)


PARTY_THEN_TILL = (
    "Vid sammanträdet i Testviks församlingshem valdes Maja Lindholm (POSK) till ny "
    "kyrkofullmäktigeordförande och Bo Ekström (C) till vice ordföran"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_party_then_till_own_role(morph):
    got = held(PARTY_THEN_TILL, "sv", morph)
    assert not any(p == "Bo Ekström" and r == "chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_party_without_till(morph):
    # the party in parentheses and no "till" after it: the role before the name is hers
    text = "Till ny ordförande i kyrkorådet valdes Maja Lindholm (POSK)."
    got = held(text, "sv", morph)
    assert any(p == "Maja Lindholm" and r == "chair" for p, r, _b in got)


GENITIVE_GROUP_SEAT = (
    "Rapport från årsmötet\n\n"
    "Val till styrelsen\n\n"
    "  • Bo Ekström - ordförande, omval 1 år\n"
    "  • Per Lindgren - ledamot, omval 2 år\n"
    "  • Eva Strandberg - aktivas representant, omval 2 år\n"
    "  • Karl Nyberg - kassör\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_genitive_plural_group_seat_in_a_bullet(morph):
    got = held(GENITIVE_GROUP_SEAT, "sv", morph)
    assert ("Eva Strandberg", "member", "Styrelsen") in got
    assert ("Bo Ekström", "chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_passive_verb_in_a_bullet(morph):
    # "avtackas" right after the name, no dash: a verb, the bullet a sentence, no seat
    text = "Rapport från årsmötet\n\n  • Eva Strandberg avtackas ledamot sedan 2010\n"
    got = held(text, "sv", morph)
    assert not any(p == "Eva Strandberg" for p, _r, _b in got)

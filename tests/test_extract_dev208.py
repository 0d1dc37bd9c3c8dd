"""hytegraph extract on a club's board named in one sentence of capitalised posts, on a
committee thanked "with its chair at its head" and on a list that a lead-in saying a body's
make-up introduces: made-up snippets, one per mechanism, read with either word-form reader.

- a club's "Past President" and "Inkommande President" (the chair of the year before and the
  next year's) before a name are members of its board; a name is not read across such a
  post ("Past President Eva");
- a treasurer's word inside a run of posts and names ("Sekreterare A, Kassör B och …")
  makes the name after it a member, not a holder of the office before it;
- a body named inside an earlier item of a run, between that item's post and its name
  ("…, Ordförande Festkommittén B och Vice ordförande C"), is that item's: the later role
  stays in the body the sentence is about, and the capitalised post holds the seat in the
  body named right after it;
- "Festkommittén med A, B och med C i spetsen": C chairs the committee, A and B are members;
- a lead-in saying a body's make-up ("Så här ser klubbledningen ut i år:") gives the list under
  it that body, even when the page names another body before it; "klubbledningen" (a club's
  leadership) is a body's word.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

BOARD = (
    "Testby Rotaryklubb\n\n"
    "Årets styrelse har förutom presidenten bestått av Inkommande President Karl Lund, "
    "Past President Eva Lind, Sekreterare Anna Berg och Vice President Lena Sjö.\n"
)

TREASURER = (
    "Testby Fotoklubb\n\n"
    "Årets styrelse har bestått av Sekreterare Anna Berg, Skattmästare Karl Lund, "
    "Ledamot Erik Holm och Vice ordförande Lena Sjö.\n"
)

ITEM_BODY = (
    "Testby Fotoklubb\n\n"
    "Årets styrelse har bestått av Sekreterare Anna Berg, Ordförande Festkommittén Erik Holm "
    "och Vice ordförande Lena Sjö.\n"
)

AT_THE_HEAD = (
    "Testby Fotoklubb\n\n"
    "Ett stort tack till Festkommittén med Anna Berg, Karl Lund och med Erik Holm i spetsen.\n"
)

MAKE_UP = (
    "Vårt årsmöte\n\n"
    "I förra veckan hade vi årsmöte i Testby fotoklubb. Det blev inga förändringar i "
    "styrelsen. Så här ser alltså klubbledningen ut även i år:\n\n"
    "Ordförande: Anna Berg\n"
    "Kassör: Karl Lund\n"
    "Sekreterare: Erik Holm\n"
    "Suppleanter: Lena Sjö och Per Ek\n\n"
    "Vidare bestämdes att höja medlemsavgiften.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_clubs_past_and_incoming_president_are_board_members(morph):
    got = held(BOARD, "sv", morph)
    assert ("Karl Lund", "member", "Årets styrelse") in got
    assert ("Eva Lind", "member", "Årets styrelse") in got
    assert not any("President" in person for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurers_word_inside_a_run_makes_a_member(morph):
    got = held(TREASURER, "sv", morph)
    assert ("Anna Berg", "secretary", "Årets styrelse") in got
    assert ("Karl Lund", "member", "Årets styrelse") in got
    assert ("Karl Lund", "secretary", "Årets styrelse") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_inside_an_earlier_item_is_that_items(morph):
    got = held(ITEM_BODY, "sv", morph)
    assert ("Lena Sjö", "vice_chair", "Årets styrelse") in got
    assert ("Erik Holm", "chair", "Festkommittén") in got
    assert ("Lena Sjö", "vice_chair", "Festkommittén") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_one_at_the_head_of_a_committee_chairs_it(morph):
    got = held(AT_THE_HEAD, "sv", morph)
    assert ("Erik Holm", "chair", "Festkommittén") in got
    assert ("Anna Berg", "member", "Festkommittén") in got
    assert ("Karl Lund", "member", "Festkommittén") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_in_saying_a_bodys_make_up_gives_the_list_its_body(morph):
    got = held(MAKE_UP, "sv", morph)
    assert ("Anna Berg", "chair", "Klubbledningen") in got
    assert ("Erik Holm", "secretary", "Klubbledningen") in got
    assert ("Per Ek", "deputy_member", "Klubbledningen") in got
    assert not any(body == "Styrelsen" for _, _, body in got)

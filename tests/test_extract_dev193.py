"""hytegraph extract on layouts met in the hundred-and-eighty-eighth held-out set (Swedish boat,
sailing and fishing clubs): made-up snippets, one per mechanism, read with either word-form
reader.

- a board's one-sentence list with the office before each name reads a task joined to an
  office by "och" ("vice ordförande och vinterplatser A": A's office) and two tasks joined by
  "&" ("teknisk- & miljö-ansvarig B": one task, a member) without losing the offices of the
  names after them (a clause opened by "och att" after an office is no task: its names do not
  take the office);
- a line that ends with where a photo places its last name ("(t.h.)") is a caption, not a
  heading: a proposal it mentions is no status of the list below it;
- "Efter valberedningens förslag fick årets styrelse följande utseende:" (the proposal said as
  what a past outcome followed) is adopted: the names are held seats;
- "A valdes om som vice ordförande, B som kassör och C som ledamot": each name after the first
  has its own office after "som" (a treasurer a member); "valdes som ny ledamot" is a member;
- "Söndagens årsmöte leddes av A och med B som sekreterare": the meeting's secretary, no seat;
- a sailing club's commodore ("kommodor") is its chair, a vice commodore its vice chair; a
  compound seat word ("samt styrelsemedlemmarna C, D och E") ends the run of the office before;
- "Årsmötet hölls … A valdes till ordförande." and a later list of the board with another
  chair: A chaired the meeting and holds no seat.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held

BOARD = (
    "Årsmöte\n\n"
    "Årsmötet hölls den 2 mars 2021. Antal deltagare var ca 30 st. Karl Holm valdes till "
    "ordförande.\n\n"
    "Valberedningens Olle Nord presenterar sitt förslag, inkl ny kassör Carl Lund (t.h.)\n\n"
    "Styrelsen för 2021 består av ordförande Anna Berg, vice ordförande och vinterplatser Bo Ek, "
    "kassör Carl Lund, sekreterare Dora Holm, hamnkapten Per Sten, teknisk- & miljö-ansvarig "
    "Eva Strand, bryggplatser Ulf Lind och suppleant Erik Sund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_tasks_joined_to_offices_before_names(morph):
    got = held(BOARD, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Bo Ek", "vice_chair", "Styrelsen") in got
    assert ("Dora Holm", "secretary", "Styrelsen") in got
    assert ("Eva Strand", "member", "Styrelsen") in got
    assert ("Ulf Lind", "member", "Styrelsen") in got
    assert ("Erik Sund", "deputy_member", "Styrelsen") in got
    assert ("Bo Ek", "deputy_member", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_caption_with_photo_place_is_no_heading(morph):
    got = held(BOARD, "sv", morph)
    assert ("Carl Lund", "member", "Styrelsen") in got
    assert not [f for f in findings(BOARD, "sv", morph) if f.actor.name == "Anna Berg" and f.status]


@pytest.mark.parametrize("morph", MORPHS)
def test_meeting_chair_before_the_board_list(morph):
    got = held(BOARD, "sv", morph)
    assert not [x for x in got if x[0] == "Karl Holm"]


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_chair_the_board_list_does_not_contradict(morph):
    # the list names no other chair: the one elected is the board's
    text = BOARD.replace("ordförande Anna Berg, ", "")
    got = held(text, "sv", morph)
    assert ("Karl Holm", "chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_chair_elected_outside_the_meeting_paragraph(morph):
    text = BOARD.replace("Årsmötet hölls den 2 mars 2021. ", "")
    text = text.replace(
        "Karl Holm valdes till ordförande.", "Karl Holm valdes till ordförande i juni."
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_capitalised_name_after_office_and(morph):
    text = (
        "Styrelsen för 2021 består av ordförande Anna Berg, vice ordförande Bo Ek och Carl Lund "
        "samt sekreterare Dora Holm.\n"
    )
    got = held(text, "sv", morph)
    assert ("Bo Ek", "vice_chair", "Styrelsen") in got
    assert ("Carl Lund", "vice_chair", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_clause_after_office_and(morph):
    text = (
        "Kommunfullmäktige i Testby\n\n"
        "Jag är glad att Bo Ek (M) valdes som kommunstyrelsens ordförande och att Eva Lind (L) "
        "och Anna Berg (M) blev valda som förste respektive andre vice ordförande, säger Per "
        "Holm.\n"
    )
    chairs = {a for a, r, _t in held(text, "sv", morph) if r == "chair"}
    assert "Bo Ek" in chairs
    assert not {"Eva Lind", "Anna Berg"} & chairs


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_heading_of_a_proposal(morph):
    text = (
        "Valberedningens förslag\n\n"
        "Styrelsen för 2022 består av ordförande Anna Berg, vice ordförande Bo Ek och "
        "sekreterare Dora Holm.\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") not in got


FISHING = (
    "Fiskeklubben höll årsmöte\n"
    "I fredags höll Testby Fiskeklubb årsmöte i klubbstugan.\n"
    "Olle Nord fick sina priser av ordföranden Anna Berg.\n"
    "Efter valberedningens förslag fick årets styrelse följande utseende: Anna Berg ordförande, "
    "Bo Ek kassör och Carl Lund sekreterare. Ledamöter är Dora Holm och Erik Sund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_proposal_followed_is_adopted(morph):
    got = held(FISHING, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Bo Ek", "member", "Styrelsen") in got
    assert ("Carl Lund", "secretary", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_proposal_still_to_decide(morph):
    text = FISHING.replace(
        "Efter valberedningens förslag fick årets styrelse följande utseende:",
        "Enligt valberedningens förslag ska årets styrelse få följande utseende:",
    )
    got = held(text, "sv", morph)
    assert not [x for x in got if x[0] in ("Bo Ek", "Carl Lund")]


ELECTIONS = (
    "Testby Båtförbunds årsmöte\n\n"
    "Förbundet höll sitt årsmöte måndagen den 27 april.\n\n"
    "Anna Berg valdes om som vice ordförande, Bo Ek som kassör och Carl Lund som ledamot. "
    "Dora Holm valdes som ny ledamot efter avgående Erik Sund. Olle Nord valdes som ny "
    "revisor.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_each_name_with_its_own_office_after_som(morph):
    got = held(ELECTIONS, "sv", morph)
    assert ("Anna Berg", "vice_chair", "Styrelsen") in got
    assert ("Bo Ek", "member", "Styrelsen") in got
    assert ("Bo Ek", "vice_chair", "Styrelsen") not in got
    assert ("Carl Lund", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_new_member_after_som(morph):
    got = held(ELECTIONS, "sv", morph)
    assert ("Dora Holm", "member", "Styrelsen") in got
    # an auditor, "ny revisor": no seat
    assert not [x for x in got if x[0] == "Olle Nord"]


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_office_before_a_name_with_a_clause(morph):
    text = (
        "Styrelsen består av ordförande Anna Berg, vice ordförande Bo Ek som är ny i "
        "styrelsen, och kassör Carl Lund.\n"
    )
    got = held(text, "sv", morph)
    assert ("Bo Ek", "vice_chair", "Styrelsen") in got


MEETING = (
    "Årsmötet 2019\n\n"
    "Söndagens årsmöte leddes med säker hand av Anna Berg och med Bo Ek som sekreterare. "
    "Årsmötet omvalde till ordinarie ledamöter Bo Ek och Carl Lund och till suppleant omvaldes "
    "Dora Holm.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_secretary_of_a_meeting_led_by_another(morph):
    got = held(MEETING, "sv", morph)
    assert ("Bo Ek", "secretary", "Styrelsen") not in got
    assert ("Bo Ek", "member", "Styrelsen") in got
    assert ("Carl Lund", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_secretary_elected_to_the_board(morph):
    text = MEETING.replace(
        "Söndagens årsmöte leddes med säker hand av Anna Berg och med Bo Ek som sekreterare. ",
        "Söndagens årsmöte valde Anna Berg till ordförande och Bo Ek som sekreterare. ",
    )
    got = held(text, "sv", morph)
    assert ("Bo Ek", "secretary", "Styrelsen") in got


SAILING = (
    "Hälsningar från höstmötet\n\n"
    "Höstmötet hölls den 20 november i klubbhuset.\n\n"
    "Anna Berg återvaldes till kommodor för det kommande året.\n\n"
    "Vicekommodorerna Bo Ek och Carl Lund samt styrelsemedlemmarna Dora Holm, Erik Sund och "
    "Olle Nord fortsätter.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_commodore_and_vice_commodores(morph):
    got = held(SAILING, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelse") in got
    assert ("Bo Ek", "vice_chair", "Styrelse") in got
    assert ("Carl Lund", "vice_chair", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_compound_seat_word_ends_the_office_run(morph):
    got = held(SAILING, "sv", morph)
    for name in ("Dora Holm", "Erik Sund", "Olle Nord"):
        assert (name, "member", "Styrelse") in got
        assert (name, "vice_chair", "Styrelse") not in got

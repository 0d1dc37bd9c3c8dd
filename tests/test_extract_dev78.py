"""hytegraph extract on layouts met in the ninety-second held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

SECTION_MEETING = (
    "Juniorsektionens årsmöte 2024\n\n"
    "Under söndagen genomfördes Juniorsektionens årsmöte i Norrby skyttehall.\n\n"
    "Årsmötet behandlade en motion från Lövsta SK som skickades till Tävlingskommittén.\n\n"
    "Ordföranden Nils Berglöf omvaldes på ett år medan ledamöterna Eva Tornqvist och "
    "Olle Hammar omvaldes på två år.\n\n"
    "Karin Sjövall, Per Alström och Lisa Nordqvist är sedan tidigare valda till 2025.\n\n"
    "Maja Strömberg, Anton Lund och Siv Karlberg bor i Norrby.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_section_s_meeting_in_the_heading_fills_the_board(morph):
    got = held(SECTION_MEETING, "sv", morph)
    assert ("Nils Berglöf", "chair", "Styrelsen") in got
    assert ("Eva Tornqvist", "member", "Styrelsen") in got
    # the section owns the meeting; a committee named in passing holds none of the seats
    assert not any(body in ("Juniorsektionen", "Tävlingskommittén") for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_elected_before_and_serving_on_are_the_board_s_members(morph):
    got = held(SECTION_MEETING, "sv", morph)
    for name in ("Karin Sjövall", "Per Alström", "Lisa Nordqvist"):
        assert (name, "member", "Styrelsen") in got
    # guard: names alone in a sentence that says nothing of a seat
    assert not any(p in ("Maja Strömberg", "Anton Lund", "Siv Karlberg") for p, _r, _b in got)


SECTION_ALONE = "Juniorsektionen\n\nOrdförande för sektionen är Nils Berglöf.\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_section_named_alone_in_the_heading_keeps_its_seats(morph):
    # guard: no meeting in the heading, so the section itself is the body
    got = held(SECTION_ALONE, "sv", morph)
    assert not any(body == "Styrelsen" for _p, _r, body in got)


DISTRICT_MEETING = (
    "Distriktsstämma 2020\n\n"
    "Den årliga stämman hölls i Norrby bygdegård i maj.\n\n"
    "Bo Ekberg, styrelsemedlem i Sydöstradistriktet tillika styrelsemedlem i "
    "förbundsstyrelsen, höll i klubban under dagen.\n\n"
    "Till styrelsen omvaldes Karin Holmgren, Anna Lindell, Per Bergqvist och Eva Strandberg. "
    "Nyval av Olle Sjögren och Maja Strömqvist. I styrelsen ingår också Nils Kvistberg och "
    "Sara Lundell.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_in_a_chair_s_apposition_is_not_the_page_s_board(morph):
    got = held(DISTRICT_MEETING, "sv", morph)
    for name in ("Karin Holmgren", "Anna Lindell", "Per Bergqvist", "Eva Strandberg"):
        assert (name, "member", "Styrelsen") in got
    assert not any(body == "Förbundsstyrelsen" for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_new_members_said_as_a_noun_and_those_also_in_the_board(morph):
    got = held(DISTRICT_MEETING, "sv", morph)
    for name in ("Olle Sjögren", "Maja Strömqvist", "Nils Kvistberg", "Sara Lundell"):
        assert (name, "member", "Styrelsen") in got
    # the meeting's chair holds no seat in the meeting
    assert not any(p == "Bo Ekberg" for p, _r, _b in got)


FULL_BOARD = (
    "Förbundsstyrelsen leds av Eva Ekholm.\n\n"
    "Övriga medlemmar i styrelsen är Bo Lindgren och Siv Almqvist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_named_in_full_before_still_names_the_bare_word(morph):
    # guard: no apposition, so the bare word means the board named in full
    got = held(FULL_BOARD, "sv", morph)
    assert ("Bo Lindgren", "member", "Förbundsstyrelsen") in got


def test_the_tagger_leaves_the_meeting_s_gavel_holder_and_another_body_s_names():
    from hytegraph.authoring.extract.lexicon import lexicon
    from hytegraph.authoring.extract.mentions import Mention, Reader
    from hytegraph.authoring.extract.morphology import morphology
    from hytegraph.authoring.extract.tagger import _other_body_consisting, no_seat_said

    lex = lexicon("sv")
    gavel = "Stämman öppnades. Bo Ekberg, ledamot i Sydöstradistriktet, höll i klubban."
    at = gavel.index("Bo Ekberg")
    assert no_seat_said(lex, gavel, at, at + len("Bo Ekberg"))
    # guard: a name later in such a sentence is not the one who held the gavel
    thanked = "Stämman öppnades. Sekreteraren tackade Bo Ekberg som höll i klubban."
    at = thanked.index("Bo Ekberg")
    assert not no_seat_said(lex, thanked, at, at + len("Bo Ekberg"))

    reader = Reader(lex, morphology("rules"))
    board = Mention(0, 9, "Styrelsen", "Styrelsen", "board", 0.7)
    text = "Även valberedningen bestående av Anna Grahn och Stig Latt omvaldes."
    at = text.index("Stig Latt")
    assert _other_body_consisting(reader, text, at, board)
    # guard: the board's own composition
    own = "Styrelsen bestående av Anna Grahn och Stig Latt omvaldes."
    assert not _other_body_consisting(reader, own, own.index("Stig Latt"), board)


COVER_RUN = (
    "1 Protokoll Kulturnämnden Sammanträdesdatum Ledamöter Bo Ekberg (S) Eva Lindell (M) "
    "Olle Bergqvist (C) Tjänstgörande ersättare Siv Almqvist (L) Ersättare Per Holmgren (KD) "
    "Övriga närvarande Karin Sjövall, förvaltningschef Anton Lund, nämndsekreterare "
    "Paragrafer 1-9 Justering Ordföranden och Eva Lindell. Underskrifter Sekreterare... "
    "Anton Lund Ordförande... Bo Ekberg Justerare... Eva Lindell 1\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_flattened_cover_s_chair_signs_and_others_present_hold_no_seat(morph):
    got = held(COVER_RUN, "sv", morph)
    assert ("Bo Ekberg", "chair", "Kulturnämnden") in got
    assert ("Eva Lindell", "member", "Kulturnämnden") in got
    assert ("Per Holmgren", "deputy_member", "Kulturnämnden") in got
    # "Ordföranden och Eva Lindell": the checkers, the second no chair
    assert ("Eva Lindell", "chair", "Kulturnämnden") not in got
    # officials after "Övriga närvarande"
    assert not any(p in ("Karin Sjövall", "Anton Lund") for p, _r, _b in got)


SIGNED_CHAIR = "Kulturnämnden\n\nOrdförande Eva Lindell\nLedamot Bo Ekberg\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_s_word_in_its_own_form_still_names_the_chair(morph):
    # guard: "Ordförande" before the name, not the definite form before "och"
    got = held(SIGNED_CHAIR, "sv", morph)
    assert ("Eva Lindell", "chair", "Kulturnämnden") in got


PERSONAL_DEPUTIES = (
    "NORRBY KOMMUN KOMMUNSTYRELSEN\n\n"
    "2 2 Protokollssida Sammanträdestid;; kl Sammanträdesplats: Kommunkansliet Ärenden; "
    "Ordinarie: Anna Bergqvist, ordf. Olle Sjögren, viceordf. Karin Holmgren Per Lindell "
    "Eva Strandberg Personlig ersättare Nils Kvistberg Sara Lundell Lisa Nordqvist "
    "Maja Strömqvist Bo Almgren Övriga: Jonas Karlberg, kfge ordf. Tor Åslund, kfge viceordf. "
    "Ulf Dahlgren, KD Siv Berglund, ekonomichef Underskrift Anna Bergqvist Ulf Dahlgren\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_personal_deputies_after_a_run_of_members_on_one_line(morph):
    got = held(PERSONAL_DEPUTIES, "sv", morph)
    assert ("Anna Bergqvist", "chair", "KOMMUNSTYRELSEN") in got
    assert ("Eva Strandberg", "member", "KOMMUNSTYRELSEN") in got
    for name in ("Nils Kvistberg", "Sara Lundell", "Lisa Nordqvist", "Maja Strömqvist"):
        assert (name, "deputy_member", "KOMMUNSTYRELSEN") in got
    # the others present under "Övriga:" hold no seat in the board
    assert not any(
        p in ("Jonas Karlberg", "Tor Åslund", "Siv Berglund") and b == "KOMMUNSTYRELSEN"
        for p, _r, b in got
    )


def test_the_tagger_guesses_no_seat_after_others_present_on_a_cover_run():
    from hytegraph.authoring.extract.lexicon import lexicon
    from hytegraph.authoring.extract.tagger import no_seat_said

    lex = lexicon("sv")
    at = COVER_RUN.index("Karin Sjövall")
    assert no_seat_said(lex, COVER_RUN, at, at + len("Karin Sjövall"))
    # guard: the deputies before the label are left to the guess
    at = COVER_RUN.index("Per Holmgren")
    assert not no_seat_said(lex, COVER_RUN, at, at + len("Per Holmgren"))


NESTED_BOARD = (
    "Klubben har hållit årsmöte\n\n"
    "Klubbens årsmöte hölls i klubbstugan. Några av punkterna under mötet var:\n\n"
    " • att Bo Ekberg omvaldes ytterligare ett år som ordförande\n"
    " • att Eva Lindell och Per Almqvist är nyvalda på två år. Nya styrelsen består då av\n"
    "  • Bo Ekberg, Ordförande\n"
    "  • Maja Strömqvist\n"
    "  • Nils Kvistberg\n"
    " • att föreningen visade ett plusresultat\n"
    " • att Olle Hammar tackades av för att i tio år ha lett valberedningen.\n"
    " • Siv Almgren redogjorde för läget i a-laget.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_nested_list_under_a_lead_in_with_no_colon_is_the_board_it_names(morph):
    got = held(NESTED_BOARD, "sv", morph)
    assert ("Bo Ekberg", "chair", "Styrelsen") in got
    assert ("Maja Strömqvist", "member", "Styrelsen") in got
    assert ("Nils Kvistberg", "member", "Styrelsen") in got
    # the decisions' bullets after the nested list are no entries of it
    assert not any(p in ("Olle Hammar", "Siv Almgren") and b == "Styrelsen" for p, _r, b in got)

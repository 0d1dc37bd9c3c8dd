"""hytegraph extract on layouts met in the ninety-fourth held-out set: made-up snippets, one
per mechanism, read with either word-form reader.

- a Swedish minutes' cover flattened onto one line whose "Beslutande" column runs four names
  or more of two words each together with no separator ("Bo Ek Eva Lind Per Holm Kim Ås"),
  the deputy present without serving tagged "Name, ej tjänstgörande ersättare";
- the signatures' headings run together before the names, which sign in the headings' order
  ("Underskrifter Paragrafer 1-6 Sekreterare Ordförande Justerande.. A. B. C"): the name
  under "Ordförande" holds the chair of the cover's column;
- a board named by its head word only ("I styrelsen ingår även …") is not the board a guest
  reported from ("Inbjuden gäst var A, som informerade från regionstyrelsen i …");
- a chair's post joined to the local branch ("Till ny lokalavdelningsordförande valdes A");
- "A omvaldes till ordförande med acklamation" when the chair's own earlier mention was read
  with another body ("Vår ordförande A berättade om projektet"): the board the others' seats
  name;
- a masthead's vice chairs listed right after the level's chair ("A, förbundsordförande, Ort,
  B, 1:e vice ordförande, Ort, C, 2:e vice ordförande, …").
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

GLUED = (
    "1 KOMMUN SAMMANTRÄDESPROTOKOLL Kulturnämnden Plats och tid Stadshuset, sal 3, måndag den "
    "6 mars 2017 kl Beslutande Lena Åberg, ordförande Johan Sundin Karin Dahl Erik Lund Maria "
    "Ek Olof Strand, ej tjänstgörande ersättare Övriga deltagande Stina Holm, sekreterare Utses "
    "att justera Karin Dahl\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_of_two_words_run_together_in_the_column_are_cut_in_pairs(morph):
    got = held(GLUED, "sv", morph)
    assert ("Lena Åberg", "chair", "Kulturnämnden") in got
    for name in ("Johan Sundin", "Karin Dahl", "Erik Lund", "Maria Ek"):
        assert (name, "member", "Kulturnämnden") in got
    assert ("Olof Strand", "deputy_member", "Kulturnämnden") in got
    assert ("Olof Strand", "member", "Kulturnämnden") not in got
    assert not any(p == "Stina Holm" for p, _r, _b in got)  # the secretary: staff


GLUED_ODD = GLUED.replace("Erik Lund Maria Ek", "Erik Lund Maria")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_an_odd_number_of_words_is_not_cut_in_pairs(morph):
    # guard: which words make which name is not shown
    got = held(GLUED_ODD, "sv", morph)
    assert ("Karin Dahl", "member", "Kulturnämnden") not in got
    assert ("Erik Lund", "member", "Kulturnämnden") not in got


NOT_SERVING_OTHERS = GLUED.replace(
    "Olof Strand, ej tjänstgörande ersättare Övriga deltagande Stina Holm, sekreterare",
    "Olof Strand Övriga deltagande Stina Holm, sekreterare",
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_without_the_deputy_tag_stays_a_member(morph):
    got = held(NOT_SERVING_OTHERS, "sv", morph)
    assert not any(r == "deputy_member" for p, r, _b in got if p == "Olof Strand")


SIGNED_IN_ORDER = (
    "1 12 Norrby kommun SAMMANTRÄDESPROTOKOLL 1 (40) Plats och tid Kommunhuset, Norrby , kl "
    "Beslutande Anna Viklund (s) Per Gran (m) Eva Sjö (c) Lars Ek (s) Övriga deltagande Mona "
    "Berg Utses att justera Per Gran Underskrifter Paragrafer 1-6 Sekreterare Ordförande "
    "Justerande.. Mona Berg. Eva Sjö. Per Gran ANSLAG/BEVIS Protokollet är justerat. Organ "
    "Tekniska nämnden Datum för anslags uppsättande\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_name_under_the_chairs_heading_signs_as_chair(morph):
    got = held(SIGNED_IN_ORDER, "sv", morph)
    assert ("Eva Sjö", "chair", "Tekniska nämnden") in got
    assert ("Per Gran", "member", "Tekniska nämnden") in got
    assert ("Anna Viklund", "member", "Tekniska nämnden") in got
    assert not any(p == "Mona Berg" for p, _r, _b in got)


SIGNED_ONE_SHORT = SIGNED_IN_ORDER.replace("Mona Berg. Eva Sjö. Per Gran", "Mona Berg. Eva Sjö")


@pytest.mark.parametrize("morph", MORPHS)
def test_fewer_names_than_headings_give_no_chair(morph):
    # guard: which name signs under which heading is not shown
    got = held(SIGNED_ONE_SHORT, "sv", morph)
    assert not any(r == "chair" for _p, r, _b in got)
    assert ("Eva Sjö", "member", "Tekniska nämnden") in got


GUEST_BOARD = (
    "Ordföranden Kalle Nyström inledde mötet. Inbjuden gäst var Stina Berg, som informerade om "
    "nyheter från regionstyrelsen i Förbundet Norr.\n\n"
    "Kalle Nyström avgick. Till ny lokalavdelningsordförande valdes Maja Lund, Byn. I styrelsen "
    "ingår även Olle Ek, Lisa Holm och Per Ås.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_board_a_guest_reported_from_is_not_the_pages_board(morph):
    got = held(GUEST_BOARD, "sv", morph)
    for name in ("Olle Ek", "Lisa Holm", "Per Ås"):
        assert (name, "member", "Styrelsen") in got
    assert not any(b == "Regionstyrelsen" for _p, _r, b in got)


NO_GUEST = GUEST_BOARD.replace(
    "Inbjuden gäst var Stina Berg, som informerade om nyheter från regionstyrelsen i Förbundet "
    "Norr.",
    "Regionstyrelsen i Förbundet Norr har sammanträtt.",
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_named_in_full_by_no_guest_is_still_the_bare_words_board(morph):
    # guard: the board named in full before, not in a guest's sentence, is the one meant
    got = held(NO_GUEST, "sv", morph)
    assert ("Olle Ek", "member", "Regionstyrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_local_branchs_chair_is_the_boards_chair(morph):
    got = held(GUEST_BOARD, "sv", morph)
    assert ("Maja Lund", "chair", "Styrelsen") in got


MEETING_CHAIR = GUEST_BOARD.replace(
    "Till ny lokalavdelningsordförande valdes Maja Lund, Byn.",
    "Till ordförande för mötet valdes Maja Lund, Byn.",
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_meetings_chair_is_no_boards_chair(morph):
    # guard: "Till ordförande för mötet": the meeting's
    got = held(MEETING_CHAIR, "sv", morph)
    assert not any(p == "Maja Lund" and r == "chair" for p, r, _b in got)


ACCLAIMED = (
    "Vår ordförande Eva Strand hälsade välkommen och berättade om miljöprojektet som klubben "
    "deltar i.\n\n"
    "Till ordförande för mötet valdes Nils Berg. Eva Strand omvaldes till ordförande med "
    "acklamation.\n\n"
    "Anna Lind, Bo Holm och Kim Ek omvaldes på två år till styrelsen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_reelected_by_acclamation_chairs_the_board(morph):
    got = held(ACCLAIMED, "sv", morph)
    assert ("Eva Strand", "chair", "Styrelsen") in got
    assert ("Anna Lind", "member", "Styrelsen") in got
    assert not any(p == "Nils Berg" for p, _r, _b in got)  # the meeting's chair


ACCLAIMED_AS_AUDITOR = ACCLAIMED.replace(
    "Eva Strand omvaldes till ordförande med acklamation.",
    "Eva Strand omvaldes till revisor med acklamation.",
)


@pytest.mark.parametrize("morph", MORPHS)
def test_another_post_reelected_by_acclamation_is_no_chair(morph):
    got = held(ACCLAIMED_AS_AUDITOR, "sv", morph)
    assert ("Eva Strand", "chair", "Styrelsen") not in got


MASTHEAD = (
    "TIDNINGEN Ansvarig utgivare: Ola Sten. FÖRBUNDSSTYRELSEN Maria Holm, förbundsordförande, "
    "Umeå, Per Lindqvist, 1:e vice ord förande, Luleå, Sara Berg, 2:e vice ordförande, Bygg AB, "
    "Malmö. Ordinarie ledamöter: Nils Ek, Posten, Öst, Anna Sund, Skolverket, Väst.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_vice_chairs_listed_after_the_levels_chair_are_the_boards(morph):
    got = held(MASTHEAD, "sv", morph)
    assert ("Maria Holm", "chair", "FÖRBUNDSSTYRELSEN") in got
    assert ("Per Lindqvist", "vice_chair", "FÖRBUNDSSTYRELSEN") in got
    assert ("Sara Berg", "vice_chair", "FÖRBUNDSSTYRELSEN") in got


OTHER_CLUBS_VICE = MASTHEAD.replace(
    "Umeå, Per Lindqvist, 1:e vice ord förande, Luleå, Sara Berg, 2:e vice ordförande",
    "Umeå. Per Lindqvist, 1:e vice ordförande i Norrklubben, Luleå, Sara Berg, 2:e vice "
    "ordförande i Sydklubben",
)


@pytest.mark.parametrize("morph", MORPHS)
def test_vice_chairs_after_the_chairs_sentence_ends_are_not_chained(morph):
    # guard: a sentence's end between: no run of the board's officers
    got = held(OTHER_CLUBS_VICE, "sv", morph)
    assert ("Per Lindqvist", "vice_chair", "FÖRBUNDSSTYRELSEN") not in got
    assert ("Sara Berg", "vice_chair", "FÖRBUNDSSTYRELSEN") not in got

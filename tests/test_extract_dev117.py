"""hytegraph extract on layouts met in the hundred-and-eighteenth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- the association's post named between "till" and the post, and that it is new ("A omvaldes
  till föreningens, tillika styrelsens ordförande", "valdes B till föreningens nya
  ordförande"); the verb first, then the name ("blev C vald som ordförande för kommande år",
  "beslutade att välja D som ny ordförande"): the chair of the board, also where the run of
  names read the person as a member of it first, and beside a nominating committee;
- "Till styrelseledamöter omvaldes på två år A, B och C": the term between the verb and the
  names;
- "Till valberedning omvaldes A (sammankallande), B (nyval) och C": a re-election as a verb
  of belonging, the notes in parentheses no office;
- "A blir ordinarie ledamot i styrelsen", "B blir suppleant": the present tense as a linking
  verb;
- "A, B och C kvarstår ytterligare ett år", "… står på omval nästa år" (an initial's full
  stop inside the run): seats that go on, members of the board whose seats the paragraph read
  last before them;
- "Adjungerad kassör:" over a name: a co-opted officer holds no seat; a seat's heading after
  it ("Ersättare:") lists the body's seats again;
- "Till ordförande för mötet valdes A. Sekreterare blev B.": the secretary named in the
  sentence after the meeting's chair is the meeting's, no seat.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held


def seats(text: str, morph: str | None) -> set[tuple[str, str, str]]:
    """The memberships held, the body's word without its definite ending ("Styrelsen",
    "styrelsen" and "Styrelse" alike)."""
    return {(p, r, b.casefold().removesuffix("n")) for p, r, b in held(text, "sv", morph)}


MINUTES = (
    "Årsmötesprotokoll Kyrkbyns skidklubb\n\n"
    "1. Mötet öppnades. 2. Dagordningen fastställdes. "
    "8. Till styrelseledamöter omvaldes på två år Nils Granlöf, Tyra Brandsäter och Pelle "
    "Vindqvist. Mia Rusk, Ove T. Hammarlund och Siri Ekbacken står på omval nästa år. "
    "9. Gustav Lindhammar omvaldes till föreningens, tillika styrelsens ordförande. "
    "10. Till valberedning omvaldes Elof Sandgren (sammankallande), Lova Tjärnberg (nyval) och "
    "Rut Fagerholm. 11. Inga motioner hade inkommit.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_numbered_minutes_with_a_term_an_owner_and_notes_in_parentheses(morph):
    got = seats(MINUTES, morph)
    for name in ("Nils Granlöf", "Tyra Brandsäter", "Pelle Vindqvist"):
        assert (name, "member", "styrelse") in got
    for name in ("Mia Rusk", "Ove T. Hammarlund", "Siri Ekbacken"):
        assert (name, "member", "styrelse") in got
    assert ("Gustav Lindhammar", "chair", "styrelse") in got
    assert ("Gustav Lindhammar", "chair", "valberedning") not in got
    for name in ("Elof Sandgren", "Lova Tjärnberg", "Rut Fagerholm"):
        assert (name, "member", "valberedning") in got
        assert (name, "chair", "valberedning") not in got


NEWS = (
    "Nytt från hembygdsföreningen\n\n"
    "Årsmötet hölls i bygdegården. Sedvanliga val hölls med förändringen att Hjalmar Östling "
    "blir ordinarie ledamot i styrelsen. Greta Wiklöf blir suppleant. Förövrigt blev Kent "
    "Ahlbom vald som ordförande för kommande år och Tilda Smedberg, Arvid Norrlöf och Stina "
    "Hedbäck kvarstår ytterligare ett år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_news_of_an_annual_meeting_with_seats_going_on(morph):
    got = seats(NEWS, morph)
    assert ("Hjalmar Östling", "member", "styrelse") in got
    assert ("Greta Wiklöf", "deputy_member", "styrelse") in got
    assert ("Kent Ahlbom", "chair", "styrelse") in got
    for name in ("Tilda Smedberg", "Arvid Norrlöf", "Stina Hedbäck"):
        assert (name, "member", "styrelse") in got


NEW_CHAIR = (
    "Årsmöte i Sjöviks båtklubb\n\n"
    "Vid klubbens årsmöte valdes Agnes Lundmark till föreningens nya ordförande. Dessutom "
    "valdes Edvin Rask, Hugo Bergfors och Alva Sundin in i styrelsen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_verb_before_the_name_and_a_new_post_of_the_association(morph):
    got = seats(NEW_CHAIR, morph)
    assert ("Agnes Lundmark", "chair", "styrelse") in got
    assert ("Edvin Rask", "member", "styrelse") in got
    assert ("Agnes Lundmark", "member", "styrelse") not in got


STAYING_ELSEWHERE = (
    "Kyrkbyns skidklubb\n\n"
    "Till styrelseledamöter valdes Nils Granlöf och Tyra Brandsäter.\n\n"
    "Spåren är fina. Mia Rusk, Ove Hammarlund och Siri Ekbacken kvarstår i backen ytterligare "
    "en timme.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_staying_on_with_no_board_in_its_paragraph_gives_no_seats(morph):
    # guard: the names whose stay goes on stand in a paragraph with no board's seats
    got = seats(STAYING_ELSEWHERE, morph)
    assert ("Nils Granlöf", "member", "styrelse") in got
    for name in ("Mia Rusk", "Ove Hammarlund", "Siri Ekbacken"):
        assert not any(p == name for p, _r, _b in got)


STAYING_AFTER_COMMITTEE = (
    "Årsmöte\n\n"
    "Till valberedning valdes Elof Sandgren och Lova Tjärnberg. Rut Fagerholm och Mia Rusk "
    "kvarstår.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_staying_on_after_another_bodys_seats_is_no_boards(morph):
    # guard: the seats read last before the run are a nominating committee's, no board's
    got = held(STAYING_AFTER_COMMITTEE, "sv", morph)
    assert not any(b.casefold().startswith("styrelse") for _p, _r, b in got)


BOARD_PAGE = (
    "Styrelse 2024\n\n"
    "Ordförande: Ingvar Rosenlöf\n\n"
    "Övriga ledamöter:\n"
    "    Klara Vedin\n"
    "    Albin Haraldsson\n\n"
    "Adjungerad kassör:\n"
    "    Oskar Falkmo\n\n"
    "Ersättare:\n"
    "    Lisen Grönkvist\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_co_opted_treasurers_heading_gives_no_seat(morph):
    got = seats(BOARD_PAGE, morph)
    assert ("Ingvar Rosenlöf", "chair", "styrelse") in got
    assert ("Klara Vedin", "member", "styrelse") in got
    assert ("Lisen Grönkvist", "deputy_member", "styrelse") in got
    assert not any(p == "Oskar Falkmo" for p, _r, _b in got)


TREASURER_PAGE = BOARD_PAGE.replace("Adjungerad kassör:", "Kassör:")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurers_heading_without_the_co_opted_word_stays_a_seat(morph):
    # guard: only "Adjungerad" takes the seat away
    got = seats(TREASURER_PAGE, morph)
    assert ("Oskar Falkmo", "member", "styrelse") in got


MEETING = (
    "Årsmöte i Sjöviks båtklubb\n\n"
    "Mötet öppnades av ordförande Agnes Lundmark. Till ordförande för mötet valdes Frans "
    "Ekholm. Sekreterare blev Vera Nordin. Till styrelseledamöter valdes Edvin Rask och Hugo "
    "Bergfors.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_secretary_named_after_the_meetings_chair_is_the_meetings(morph):
    got = seats(MEETING, morph)
    assert ("Edvin Rask", "member", "styrelse") in got
    assert not any(p in ("Frans Ekholm", "Vera Nordin") for p, _r, _b in got)


BOARD_SECRETARY = (
    "Årsmöte i Sjöviks båtklubb\n\n"
    "Till styrelseledamöter valdes Edvin Rask och Hugo Bergfors. Sekreterare blev Vera Nordin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_secretary_after_the_boards_seats_stays_the_boards(morph):
    # guard: only a sentence naming the meeting's own officer before it makes it the meeting's
    got = seats(BOARD_SECRETARY, morph)
    assert ("Vera Nordin", "secretary", "styrelse") in got

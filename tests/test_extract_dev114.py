"""hytegraph extract on layouts met in the hundred-and-thirteenth and hundred-and-fourteenth
held-out sets: made-up snippets, one per mechanism, read with either word-form reader.

- "Vår styrelse 2024" (the bare body word after "our" and before its year) over "Office: Name"
  lines with blank lines between: the list's heading, as "Styrelse 2024" is;
- a photo caption "Styrelsen, från vänster: A, B, …" naming the people the list above already
  seats in that board (with or without its definite ending): each keeps the list's seat (its
  office), the caption adds no member's seat; two seated names printed without a comma
  between them ("… Bo Ek Eva Lind och …") are two persons;
- "verkställande utskottet", "rådgivande nämnden": a participle that names an organ's kind is
  part of the body's name, as "sociala utskottet" is;
- "I X sitter också ledamöterna A, yrke; B, yrke och C, yrke": "sitter" with the names right
  after it (perhaps after "också" and a members' word) says who sits in the body named
  before it, as "ingår" does;
- "valdes A, yrke(,) till ordförande": the person's occupation in an apposition between the
  name and "till";
- an office elected at the electing meeting ("Vid riksstämman valdes A … till ordförande") is
  the office of the one board the page's other seats are in, also when the board's name is a
  compound ("Förbundsstyrelse");
- "I utskottet sitter också FS-ledamöterna A, B och C" on a page that spells the abbreviation
  out after a body's name ("Förbundsstyrelsen (FS) består av …"): those people are also
  members of that body;
- a numbered section after a blank line ("4 Testby förenings styrelse hade …") begins a
  paragraph of its own, even after a long line with no full stop (an agenda run together,
  whose "förslag" would make the board's seats proposals);
- a person's name of four words or more followed by another capitalised word ("LEDAMÖTER
  Anna Holm Lisa Dahl Per Nyberg"): names run together that no rule tells apart, no seat;
- a page titled by a body's one-word name ("Utvecklingsarbetsgruppen", "Kehittämistyöryhmä")
  whose prose names it shorter, a compound's middle part left out ("Kehittämisryhmän …"),
  the list under "Ryhmän jäsenet" read as the shorter name's: the seats are the title's body's.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

OUR_BOARD = (
    "Vår styrelse 2024\n\n"
    "Ordförande: Tove Lindqvist\n\n"
    "Sekreterare: Måns Ekblad\n\n"
    "Kassör: Greta Sundin\n\n"
    "Ledamöter: Ebba Holmén, Nils Fagerström och Vera Almkvist\n\n"
    "Styrelsen sammanträder en gång i månaden.\n\n"
    "Styrelsen, från vänster: Greta Sundin, Nils Fagerström, Ebba Holmén, Tove Lindqvist "
    "Vera Almkvist och Måns Ekblad.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_our_board_over_office_lines_and_a_caption_of_the_same_people(morph):
    got = held(OUR_BOARD, "sv", morph)
    assert ("Tove Lindqvist", "chair", "Styrelse") in got
    assert ("Måns Ekblad", "secretary", "Styrelse") in got
    assert ("Greta Sundin", "member", "Styrelse") in got
    assert ("Ebba Holmén", "member", "Styrelse") in got
    assert ("Vera Almkvist", "member", "Styrelse") in got
    # the caption adds no member's seat to the officers, and no person of four words
    assert ("Måns Ekblad", "member", "Styrelsen") not in got
    assert ("Tove Lindqvist", "member", "Styrelsen") not in got
    assert not any(len(p.split()) > 2 for p, _r, _b in got)


CAPTION_ALONE = (
    "Nyheter\n\n"
    "Styrelsen, från vänster: Greta Sundin, Nils Fagerström, Ebba Holmén och Måns Ekblad.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_caption_with_no_list_above_gives_members(morph):
    # guard: with no list seating them, the caption's people are the board's members
    got = held(CAPTION_ALONE, "sv", morph)
    assert ("Greta Sundin", "member", "Styrelsen") in got
    assert ("Måns Ekblad", "member", "Styrelsen") in got


OUR_PLANS = "Vår verksamhet 2024\n\nOrdförande: Tove Lindqvist\n\nSekreterare: Måns Ekblad\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_our_activities_head_no_body(morph):
    # guard: "Vår" before a word that names no body makes no list's heading
    got = held(OUR_PLANS, "sv", morph)
    assert not any(b.casefold().startswith("verksamhet") for _p, _r, b in got)


EXECUTIVE_COMMITTEE = (
    "Förbundsstyrelse\n\n"
    "Förbundsstyrelsen består av en ordförande, en vice ordförande samt övriga ledamöter.\n\n"
    "Vid kongressen 2022 valdes Hedda Wikström, snickare till ordförande i Testförbundet. "
    "I verkställande utskottet sitter också FS-ledamöterna Olof Brandt, elektriker; Siri "
    "Mellgren, sjuksköterska och Arvid Sjöholm, lärare.\n\n"
    "Övriga ledamöter i förbundsstyrelsen är: Jenny Asplund, fotograf; Rasmus Lindell, "
    "målare; Karin Öhrvall, kock och Tage Bergkvist, bagare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_executive_committee_seated_in_prose_and_a_chair_with_an_occupation(morph):
    got = held(EXECUTIVE_COMMITTEE, "sv", morph)
    assert ("Olof Brandt", "member", "Verkställande utskottet") in got
    assert ("Siri Mellgren", "member", "Verkställande utskottet") in got
    assert ("Arvid Sjöholm", "member", "Verkställande utskottet") in got
    assert ("Jenny Asplund", "member", "Förbundsstyrelse") in got
    chairs = {(p, b) for p, r, b in got if r == "chair"}
    assert chairs == {("Hedda Wikström", "Förbundsstyrelse")}


SITTING_ELSEWHERE = (
    "Nyheter\n\n"
    "Olof Brandt sitter i verkställande utskottet sedan 2019. "
    "Under mötet sitter Siri Mellgren och Arvid Sjöholm vid dörren.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_sitting_at_a_door_is_no_seat(morph):
    # guard: "sitter" with no body named before it seats no one
    got = held(SITTING_ELSEWHERE, "sv", morph)
    assert not any(p in ("Siri Mellgren", "Arvid Sjöholm") for p, _r, _b in got)


ADVISORY = "Om oss\n\nI rådgivande nämnden sitter Ulla Bergdahl, Per Linnér och Ines Dahlgren.\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_participle_names_the_body(morph):
    got = held(ADVISORY, "sv", morph)
    assert ("Ulla Bergdahl", "member", "Rådgivande nämnden") in got
    assert ("Ines Dahlgren", "member", "Rådgivande nämnden") in got


ELECTED_FROM = (
    "Styrelse\n\n"
    "Vid årsmötet valdes Hedda Wikström, Testby, till ordförande. "
    "Ordinarie ledamöter är Olof Brandt, Siri Mellgren och Arvid Sjöholm.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_capitalised_word_after_the_name_is_no_occupation(morph):
    # guard: only a word in small letters is read as the occupation between the commas
    got = held(ELECTED_FROM, "sv", morph)
    assert not any(r == "chair" and p != "Hedda Wikström" for p, r, _b in got)


SHORTER_IN_PROSE = (
    "Kehittämistyöryhmä\n\n"
    "Yhdistys perusti vuonna 2021 kehittämistyöryhmän tukemaan toimintaansa.\n\n"
    "Kehittämisryhmän tavoitteena on koota jäsenten tietoa ja kokemuksia.\n\n"
    "Ryhmän jäsenet ovat:\n\n"
    "  • Aune Kivelä\n"
    "  • Tapio Rinnekangas\n"
    "  • Helmi Saarijärvi\n"
    "  • Veikko Lampinen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_named_shorter_in_prose_than_in_the_title(morph):
    got = held(SHORTER_IN_PROSE, "fi", morph)
    assert ("Tapio Rinnekangas", "member", "Kehittämistyöryhmä") in got
    assert ("Veikko Lampinen", "member", "Kehittämistyöryhmä") in got
    assert not any(b == "Kehittämisryhmä" for _p, _r, b in got)


ANOTHER_GROUP = (
    "Kehittämistyöryhmä\n\n"
    "Yhdistys perusti vuonna 2021 kehittämistyöryhmän tukemaan toimintaansa.\n\n"
    "Retkiryhmän tavoitteena on järjestää retkiä.\n\n"
    "Ryhmän jäsenet ovat:\n\n"
    "  • Aune Kivelä\n"
    "  • Tapio Rinnekangas\n"
    "  • Helmi Saarijärvi\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_another_group_in_prose_keeps_its_own_name(morph):
    # guard: a group whose name is no shortening of the title's is a body of its own
    got = held(ANOTHER_GROUP, "fi", morph)
    assert ("Tapio Rinnekangas", "member", "Retkiryhmä") in got
    assert ("Tapio Rinnekangas", "member", "Kehittämistyöryhmä") not in got


ABBREVIATED = (
    "Förbundsstyrelse\n\n"
    "Förbundsstyrelsen (FS) består av en ordförande och övriga ledamöter.\n\n"
    "I verkställande utskottet sitter också FS-ledamöterna Olof Brandt, elektriker; Siri "
    "Mellgren, sjuksköterska och Arvid Sjöholm, lärare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_named_by_an_abbreviation_spelt_out_on_the_page(morph):
    got = held(ABBREVIATED, "sv", morph)
    assert ("Olof Brandt", "member", "Förbundsstyrelsen") in got
    assert ("Arvid Sjöholm", "member", "Förbundsstyrelsen") in got
    assert ("Olof Brandt", "member", "Verkställande utskottet") in got


NOT_SPELT_OUT = (
    "Förbundsstyrelse\n\n"
    "I verkställande utskottet sitter också FS-ledamöterna Olof Brandt, elektriker; Siri "
    "Mellgren, sjuksköterska och Arvid Sjöholm, lärare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_abbreviation_not_spelt_out_adds_no_body(morph):
    # guard: with no "Body (FS)" on the page, what FS stands for is unknown
    got = held(NOT_SPELT_OUT, "sv", morph)
    assert ("Olof Brandt", "member", "Verkställande utskottet") in got
    assert {b for _p, _r, b in got} == {"Verkställande utskottet"}


NUMBERED_SECTIONS = (
    "Testby Teaterförening verksamhetsberättelse 2023\n\n"
    "3 DAGORDNING VID ÅRSMÖTET 1 Årsmötet öppnas 2 Val av ordförande 3 Styrelsens förslag "
    "till budget 4 Valberedningens förslag till styrelse 5 Övriga frågor\n\n"
    "4 Testby Teaterförenings styrelse hade 2023 följande sammansättning: ORDFÖRANDE Hedda "
    "Wikström VICE ORDFÖRANDE Olof Brandt KASSÖR Siri Mellgren LEDAMÖTER Arvid Sjöholm "
    "Jenny Asplund Rasmus Lindell Karin Öhrvall\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_numbered_section_after_an_agenda_run_together(morph):
    got = held(NUMBERED_SECTIONS, "sv", morph)
    assert ("Hedda Wikström", "chair", "Teaterförenings styrelse") in got
    assert ("Olof Brandt", "vice_chair", "Teaterförenings styrelse") in got
    # the members run together: no person of four words with a name after it
    assert not any(
        p.startswith(("Arvid Sjöholm Jenny", "Jenny Asplund Rasmus")) for p, _r, _b in got
    )


PAGE_NUMBER_IN_PROSE = (
    "Testby Teaterförening verksamhetsberättelse 2023\n\n"
    "Valberedningens förslag till styrelse för 2024 lades fram vid årsmötet och styrelsen "
    "arbetade vidare med\n\n"
    "4 Nya ledamöter föreslogs Hedda Wikström och Olof Brandt.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_proposed_members_after_a_numbered_line_stay_proposed(morph):
    # guard: a sentence that itself proposes keeps its people out of the seats
    got = held(PAGE_NUMBER_IN_PROSE, "sv", morph)
    assert not any(p in ("Hedda Wikström", "Olof Brandt") for p, _r, _b in got)


FOUR_WORD_NAME = (
    "Styrelsen 2024\n\n"
    "Ordförande: Anna-Karin Maria Lind Berg\n"
    "Sekreterare: Olof Brandt\n"
    "Kassör: Siri Mellgren\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_long_name_alone_on_its_line_keeps_its_seat(morph):
    # guard: a name of four words with nothing capitalised after it is one person
    got = held(FOUR_WORD_NAME, "sv", morph)
    assert ("Olof Brandt", "secretary", "Styrelsen") in got
    assert any(r == "chair" and p.startswith("Anna-Karin Maria Lind") for p, r, _b in got)

"""hytegraph extract on Swedish annual meeting reports and annual reports: made-up snippets,
one per mechanism, read with either word-form reader, with the lines that must not be read."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.findings import Context
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import Mention
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.passes.common import _guest_spans
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, findings, held


def ended(text: str, morph: str | None) -> set[tuple[str, str]]:
    return {
        (f.actor.name, f.role)
        for f in findings(text, "sv", morph)
        if f.kind == "membership" and f.status
    }


# -- two posts on one list line -------------------------------------------------------------


def entry(line: str, morph: str | None) -> set[tuple[str, str]]:
    """(person, role) a list line under a board's heading gives."""
    walker = Walker(lexicon("sv"), morphology(morph))
    board = Mention(0, 9, "Styrelsen", "Styrelsen", "board", 0.6)
    ctx = Context(body=board, listing=True)
    return {(f.actor.name, f.role) for f in walker.lists.entry(line, 0, len(line), ctx)}


@pytest.mark.parametrize("morph", MORPHS)
def test_two_posts_on_one_line_give_the_more_specific(morph):
    got = entry("Olof Strandberg, vice ordförande och sekreterare", morph)
    assert got == {("Olof Strandberg", "vice_chair")}
    got = entry("Mats Ekholm, sekreterare och ledamot", morph)
    assert got == {("Mats Ekholm", "secretary")}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_and_a_task_stay_a_member(morph):
    # "medlemsansvarig" is no post: the line's one role word stands
    got = entry("Signe Dahlgren, ledamot och medlemsansvarig", morph)
    assert got == {("Signe Dahlgren", "member")}


# -- the one who opened the meeting, then the board elected ---------------------------------

OPENER_IN_NEW_BOARD = (
    "Årsmötet 3 mars\n\n"
    "Onsdagen den 3 mars hölls årsmötet i Folkets hus.\n"
    "Vice ordförande Elsa Nordin hälsade de 40 närvarande medlemmarna välkomna och mötet "
    "öppnades med en parentation.\n"
    "Förhandlingarna genomfördes under ledning av mötesordförande Gustav Ahl.\n\n"
    "Styrelsens sammansättning för 2024 består av Rune Wallin, Elsa Nordin, Stina Forsell, "
    "Maj Hedberg och Lotta Berglund.\n"
)

OPENER_SUCCEEDED = (
    "Föreningen har hållit sitt årsmöte i Björkby.\n\n"
    "Ordförande, Arvid Holmgren, öppnade årsmötet och hälsade ett 30-tal medlemmar "
    "välkomna. Därefter följde sedvanliga årsmötesförhandlingar.\n\n"
    "Efter genomförda val fick styrelsen följande sammansättning:\n"
    "Ingrid Sjöberg ordförande\n"
    "Nils Åberg vice ordförande\n"
    "Britt Lundh kassör\n"
)

OPENER_REELECTED = (
    "Årsmöte i Björkby seniorförening\n\n"
    "Den 4 april hölls föreningens årsmöte i Björkby.\n"
    "Föreningens ordförande Ove Hallberg hälsade alla varmt välkomna och sedan följde "
    "punkterna enligt dagordningen.\n\n"
    "Som ordförande omvaldes Ove Hallberg för ytterligare ett år, till kassör för ytterligare "
    "två år omvaldes Jan Lind, som ledamöter på två år omvaldes Anna Kron, sekreterare, samt "
    "Tommy Sjölin.\n"
    "Kvar i styrelsen sedan tidigare sitter Mia Ek och Lars Berg.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_opener_listed_in_the_new_board_holds_its_seat(morph):
    got = {(p, r) for p, r, _b in held(OPENER_IN_NEW_BOARD, "sv", morph)}
    assert ("Elsa Nordin", "member") in got
    assert ("Elsa Nordin", "vice_chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_opener_succeeded_by_a_new_chair_holds_no_office(morph):
    got = {(p, r) for p, r, _b in held(OPENER_SUCCEEDED, "sv", morph)}
    assert ("Ingrid Sjöberg", "chair") in got
    assert not any(p == "Arvid Holmgren" for p, _r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_opener_reelected_stays_chair(morph):
    got = {(p, r) for p, r, _b in held(OPENER_REELECTED, "sv", morph)}
    assert ("Ove Hallberg", "chair") in got
    assert ("Ove Hallberg", "member") not in got


# -- a bullet that is a sentence; a welcome into the board ----------------------------------

BULLETS = (
    "Årsmötet i korthet\n\n"
    "Igår var det årsmöte i föreningen och det var många på plats.\n\n"
    "Till ordförande för mötet valdes Jonas Fält.\n\n"
    "Till föreningsordförande valdes Hanna Rydén på ett år.\n\n"
    "Mer om styrelsen:\n\n"
    "  • Välkommen Petra Malm in i Styrelsen!\n"
    "  • Ebba Wikström och Sixten Rask sitter kvar i styrelsen\n"
    "  • Rut Ekman blev omvald som ledamot\n"
    "  • Gun Alvén har avsagt sig sin post i styrelsen och föreningen tackar för hennes "
    "insats.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_told_in_bullet_sentences(morph):
    got = held(BULLETS, "sv", morph)
    assert ("Petra Malm", "member", "Styrelsen") in got
    assert ("Ebba Wikström", "member", "Styrelsen") in got
    assert ("Sixten Rask", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_heading_about_the_board_gives_its_bullets_the_board(morph):
    assert ("Rut Ekman", "member", "Styrelsen") in held(BULLETS, "sv", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_greeting_is_no_part_of_a_name(morph):
    names = {f.actor.name for f in findings(BULLETS, "sv", morph) if f.kind == "membership"}
    assert not any(n.startswith("Välkommen") for n in names)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_resigned_member_and_the_meeting_chair_hold_no_seat(morph):
    got = {p for p, _r, _b in held(BULLETS, "sv", morph)}
    assert "Gun Alvén" not in got
    assert "Jonas Fält" not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_elected_post_first(morph):
    assert ("Hanna Rydén", "chair", "Styrelsen") in held(BULLETS, "sv", morph)


WELCOMED = (
    "Årsmötet blev en glad träff\n\n"
    "  • Maja Holm hälsas välkommen i styrelsen av ordförande Berit Kvist.\n\n"
    "Övriga i styrelsen är: Berit Kvist, ordförande, Jan Ros och Eva Lilja.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_welcomed_into_the_board_in_a_bullet(morph):
    got = held(WELCOMED, "sv", morph)
    assert {("Maja Holm", "member", b) for b in ("Styrelsen", "styrelsen")} & got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_greeting_to_the_meeting_is_no_seat(morph):
    text = (
        "Årsmöte\n\n"
        "Årsmötet hölls i Björkby. Per Lind hälsades välkommen till årsmötet av Berit Kvist "
        "och Eva Lilja.\n"
    )
    got = {p for p, _r, _b in held(text, "sv", morph)}
    assert "Per Lind" not in got


# -- the nominating committee of the sentence before ----------------------------------------

NOMINATED = (
    "Årsmöte 2024\n\n"
    "Föreningens årsmöte 2024 hölls den 12/2.\n\n"
    "Mötet inleddes med att ordf Bo N hälsade alla välkomna. Till mötesordförande valdes Rolf "
    "Sandin och till sekreterare valdes Siv Öberg. Valberedningen hade gjort ett mycket bra "
    "jobb vilket ledde till att mötet snabbt var vid den sista punkten. Då hade bl a Leif "
    "Ståhl valts till ordförande och avgiften höjts till 50 kr.\n"
    "Den nya styrelsen består av\n"
    "ordf Leif Ståhl\n"
    "vice ordf Bo Nyman\n"
    "Sekreterare Karl Hök\n"
    "Ledamot Siv Öberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_elected_after_the_nominating_committee_is_not_its_chair(morph):
    got = held(NOMINATED, "sv", morph)
    assert not any(b.casefold().startswith("valberedning") for _p, _r, b in got)
    assert ("Leif Ståhl", "chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_new_vice_chair_elected_post_first(morph):
    text = (
        "Årsmöte i Strokeföreningen\n\n"
        "Till ny vice ordförande valdes Lena Alm vid det konstituerande mötet.\n\n"
        "Kvar i styrelsen sitter Ulf Björk och Lena Alm.\n"
    )
    assert ("Lena Alm", "vice_chair", "Styrelsen") in held(text, "sv", morph)


# -- the board until the meeting and after it -----------------------------------------------

BEFORE_AND_AFTER = (
    "Årsberättelse 2023\n\n"
    "Förbundsstyrelse Styrelseledamöter fram till stämman var Åsa Grönlund, "
    "förbundsordförande. Ordinarie ledamöter var Kjell Nordström, Pia Sundqvist och Erik Hed. "
    "Ersättare var Hans Ekdahl och Lisa Vik. Styrelseledamöter efter stämman är Åsa Grönlund, "
    "förbundsordförande. Ordinarie ledamöter är Kjell Nordström, Lisa Vik och Erik Hed. "
    "Ersättare är Hans Ekdahl och Pia Sundqvist. 12 sammanträden har genomförts.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_board_until_the_meeting_holds_no_seats(morph):
    got = {(p, r) for p, r, _b in held(BEFORE_AND_AFTER, "sv", morph)}
    assert ("Pia Sundqvist", "member") not in got
    assert ("Lisa Vik", "deputy_member") not in got
    assert ("Pia Sundqvist", "deputy_member") in got
    assert ("Lisa Vik", "member") in got
    assert ("Kjell Nordström", "member") in got
    assert ("Pia Sundqvist", "member") in ended(BEFORE_AND_AFTER, morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_until_the_meeting_with_no_board_after_it_is_left_alone(morph):
    text = BEFORE_AND_AFTER.split(" Styrelseledamöter efter")[0] + "\n"
    notes = " ".join(f.note for f in findings(text, "sv", morph))
    assert "until the meeting" not in notes


@pytest.mark.parametrize("morph", MORPHS)
def test_a_federation_chair_elected_beside_a_local_board_is_not_its_chair(morph):
    text = (
        "Förbundsstämman i Björkby\n\n"
        "Från föreningen Björkby Reuma styrelse deltog ordförande Karin Strand och ledamot "
        "Sixten Ahl.\n\n"
        "Till förbundsordförande valdes Lena Mattsson. Lena har tidigare varit ordförande i "
        "andra sammanhang.\n"
    )
    got = held(text, "sv", morph)
    assert not any(p == "Lena Mattsson" and r == "chair" for p, r, _b in got)


# -- a treasurer's heading between officers' headings ---------------------------------------

HEADINGS = (
    "Anna Viklund vald till föreningens nya ordförande\n\n"
    "Under föreningens årsmöte som hölls i helgen i Åby valdes Anna Viklund till ny "
    "ordförande. Maja Falk valdes till vice ordförande och ytterligare två nya ledamöter "
    "valdes till styrelse. \n"
    "- Jag är glad över förtroendet, säger Anna Viklund.\n\n"
    "Så här ser föreningens styrelse ut nu: \n"
    "Ordförande:\n"
    "Anna Viklund, Björkby kvinnojour\n"
    "Vice ordförande: \n"
    "Maja Falk, Ekby tjejjour\n"
    "Kassör: \n"
    "Gerd Sandell, Kvinnojouren i Ekby\n"
    "Ledamöter:\n"
    "Eva Holm, Kvinnojouren i Åby\n"
    "Sara Lind, Tjejjouren Stjärnan, Åby\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurers_heading_ends_the_vice_chairs(morph):
    got = {(p, r) for p, r, _b in held(HEADINGS, "sv", morph)}
    assert ("Maja Falk", "vice_chair") in got
    assert ("Gerd Sandell", "member") in got
    assert ("Gerd Sandell", "vice_chair") not in got


# -- a guest who opens the meeting ----------------------------------------------------------

GUEST_OPENER = (
    "Årsmötet valde ny styrelse\n\n"
    "I helgen höll Sveriges Seniorjourers Riksförbund (SSR) sitt årsmöte i Åby, Vännäs kommun. "
    "Värdar för årsmötet var Åby jour med Eva Ros och Bo Ring i spetsen.\n\n"
    "Årsmötet inleddes av ordförande i Vännäs kommunfullmäktige Sten Ahlgren (M) som sa att "
    "SSR:s medlemmar gör ett viktigt arbete. Ahlgren underströk att arbetet med unga är "
    "centralt.– Ingen blir glad av bråk, sa Sten Ahlgren.Ny styrelse och vice ordförande\n"  # noqa: RUF001
    "Nu får SSR möjlighet att stärka arbetet inom dessa områden.SSR fick också en ny vice "
    "ordförande Nora Kask från Ekby tjejjour.\n"
)


def test_a_meeting_opened_by_another_bodys_officer_is_a_guests_sentence():
    spans = _guest_spans(GUEST_OPENER)
    opener = GUEST_OPENER.index("Årsmötet inleddes")
    assert any(a <= opener < b for a, b in spans)
    assert not _guest_spans("Årsmötet inleddes av ordförande Sten Ahlgren som hälsade alla.")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_guest_openers_body_is_not_the_next_officers(morph):
    got = held(GUEST_OPENER, "sv", morph)
    assert not any(p == "Nora Kask" and "kommunfullmäktige" in b.casefold() for p, _r, b in got)
    assert ("Sten Ahlgren", "chair", "Vännäs kommunfullmäktige") in got


# -- an election said as a noun -------------------------------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_a_reelection_said_as_a_noun(morph):
    text = (
        "Årsmötet blev en glad träff\n\n"
        "Nyvalda revisorer på ett år är Jan Björk och Åsa Lind.\n\n"
        "Det blev omval av Greta Hammar till Åby pensionärsråd (ÅPR). Det blev också "
        "omval av revisorerna.\n"
    )
    got = held(text, "sv", morph)
    assert any(
        p == "Greta Hammar" and r == "member" and "pensionärsråd" in b.casefold() for p, r, b in got
    )
    assert not any(p in ("Jan Björk", "Åsa Lind") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_reelection_to_a_post_names_no_body(morph):
    text = "Årsmöte\n\nDet blev omval av Greta Hammar till ordförande.\n"
    assert not any(p == "Greta Hammar" and r == "member" for p, r, _b in held(text, "sv", morph))


# -- a new member in an active sentence; a predecessor ---------------------------------------

NEW_BOARD = (
    "Årsmötet valde ny styrelse\n\n"
    "Årsmötet valde in en ny ledamot i styrelsen, Lisa Öhman från Ekby jour. Förbundet fick "
    "också en ny vice ordförande Nora Kask. Kask som förut var sekreterare i styrelsen "
    "efterträder Stina Roos som lämnat sin plats till förfogande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_elected_in_the_active_voice(morph):
    got = {(p, r) for p, r, _b in held(NEW_BOARD, "sv", morph)}
    assert ("Lisa Öhman", "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_predecessor_holds_no_seat(morph):
    got = {p for p, _r, _b in held(NEW_BOARD, "sv", morph)}
    assert "Stina Roos" not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurer_given_renewed_trust(morph):
    text = NEW_BOARD + "Greta Sund fick också förnyat förtroende som kassör.\n"
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Greta Sund", "member") in got
    text = NEW_BOARD + "Greta Sund fick inte förnyat förtroende som kassör.\n"
    assert not any(p == "Greta Sund" for p, _r, _b in held(text, "sv", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_elected_before_another_bodys_list_is_not_its_chair(morph):
    text = (
        "Åby Pensionärer rf:s styrelse:\n"
        "• Sofia Holm / Marthaföreningen rf, personlig ersättare Inga Ek\n"
        "• Olli Hirvi / Folkhälsan rf, personlig ersättare Kaj Lind\n\n"
        "Till ordförande valdes Per Gröning och till sekreterare Jari Vest.\n\n"
        "Ekby arbetsgrupp för välfärd:\n"
        "• Sanna Kosk / Marthaföreningen rf, personlig ersättare Sanna Koivu\n"
        "• Johan Björk / Folkhälsan rf, personlig ersättare Patrik Lund\n"
    )
    got = held(text, "sv", morph)
    assert not any(p == "Per Gröning" and "arbetsgrupp" in b for p, _r, b in got)

"""hytegraph extract on layouts met in the hundred-and-ninety-fourth held-out set (Swedish):
made-up snippets, one per mechanism, read with either word-form reader.

- a line with no full stop saying an association held its electing meeting ("Den 10 mars
  hade Testby Hembygdsförening årsmöte") sets that meeting as a sentence would: the
  elections after it that name no body fill the board; a body the election names still wins.
- "A omvaldes som styrelseledamot på 2 år och B som ledamot för 1 år": a compound seat word
  after "som" names the seat and its body (the board), and "och B som ledamot" takes the
  verb of the clause before it; no verb of election before "och", no seat.
- a cue left open at the end of a longer line ("… byten av poster. Förbundsstyrelsen består
  nu av") heads the 'Office Name' lines below it, and a post joined to the body's level
  ("Förbundssekreterare", "Förbundskassör", "Förbundsstyrelseledamot") is the post of a body
  whose name has that level; under a body without it, no such post.
- "valdes till Miljögruppen … Till ordförande i gruppen valdes: A" under a federal board: a
  group's bare word names the group the text named, not the board; a board's bare word still
  names the board.
- minutes with one election a paragraph: "Följande styrelseledamöter är valda:", then
  "Nyval av A som ordförande för ett år.", "Omval av B och C för två år."; "Val av
  ersättare. Nyval av D …" (the board's deputies); "Val av valberedning. E och F kvarstår."
  (that body's members, in place of the board's seat the sentence gave them); an item
  electing auditors gives no seat.
- a sentence saying a prize was handed out ("Årets pris delades ut till A och B för deras
  arbete med X") seats no one, nor leaves its names to a guess.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, walked

MEETING = (
    "Årsmöte 2022\n\n"
    "Den 10 mars 2022 hade Testby Hembygdsförening årsmöte\n\n"
    "Vid årsmötesförhandlingarna valdes Karin Lundholm till ordförande för ett år.\n"
    "Som vice ordförande återvaldes Per Holmén på två år.\n"
    "Nils Bergfors omvaldes som sekreterare på två år.\n\n"
    "Styrelsen fick i uppdrag att under året utse valberedning.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_line_saying_the_meeting_was_held_sets_the_board(morph):
    got = held(MEETING, "sv", morph)
    assert ("Karin Lundholm", "chair", "Styrelsen") in got
    assert ("Per Holmén", "vice_chair", "Styrelsen") in got
    assert ("Nils Bergfors", "secretary", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_body_the_election_names(morph):
    text = MEETING.replace(
        "Styrelsen fick i uppdrag",
        "Till valberedningen valdes Eva Strandell och Lena Ahlgren.\n\nStyrelsen fick i uppdrag",
    )
    got = held(text, "sv", morph)
    assert ("Eva Strandell", "member", "Styrelsen") not in got
    assert ("Lena Ahlgren", "member", "Styrelsen") not in got


COMPOUND = (
    "Årsmöte 2022\n\n"
    "Testby Hembygdsförening höll årsmöte den 10 mars 2022.\n\n"
    "Till ordförande valdes Karin Lundholm för ett år.\n\n"
    "Eva Strandell omvaldes som styrelseledamot på 2 år och\n"
    "Lena Ahlgren (Lotta) som ledamot för 1 år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_compound_seat_after_som_and_the_name_after_och(morph):
    got = held(COMPOUND, "sv", morph)
    assert ("Eva Strandell", "member", "Styrelse") in got
    assert ("Lena Ahlgren", "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_och_som_after_no_election(morph):
    # thanked for a past seat: no verb of election for the name after "och"
    text = COMPOUND.replace(
        "Eva Strandell omvaldes som styrelseledamot på 2 år och\n",
        "Eva Strandell avtackades för sin tid som styrelseledamot och\n",
    )
    got = held(text, "sv", morph)
    assert not any(p == "Lena Ahlgren" for p, _r, _b in got)


LEVEL = (
    "Sammanfattning av förbundsårsmötet 2021\n\n"
    "* Budgeten fastställdes med ett planerat underskott.\n\n"
    "* Förbundsstyrelsen består av samma personer som förra året. Det har skett byten av "
    "poster. Förbundsstyrelsen består nu av\n\n"
    "Förbundsordförande Karin Lundholm\n"
    "Förbundskassör Per Holmén\n"
    "Förbundssekreterare Nils Bergfors\n"
    "Förbundsstyrelseledamot Eva Strandell\n"
    "Förbundsstyrelseledamot Lena Ahlgren\n\n"
    "* Olof Dahlberg är fortsatt revisor\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_level_posts_under_an_open_cue_at_a_line_end(morph):
    got = held(LEVEL, "sv", morph)
    assert ("Karin Lundholm", "chair", "Förbundsstyrelsen") in got
    assert ("Per Holmén", "member", "Förbundsstyrelsen") in got
    assert ("Nils Bergfors", "secretary", "Förbundsstyrelsen") in got
    assert ("Eva Strandell", "member", "Förbundsstyrelsen") in got
    assert ("Lena Ahlgren", "member", "Förbundsstyrelsen") in got
    assert not any(p == "Olof Dahlberg" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_level_posts_under_a_body_without_the_level(morph):
    text = LEVEL.replace("Förbundsstyrelsen består nu av", "Styrelsen består nu av")
    got = held(text, "sv", morph)
    assert ("Nils Bergfors", "secretary", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_closed_line_over_name_lines(morph):
    # the line's last sentence is no cue: the lines below are no run of its body
    text = LEVEL.replace("Förbundsstyrelsen består nu av", "Vi tackar alla som deltog")
    got = held(text, "sv", morph)
    assert ("Nils Bergfors", "secretary", "Förbundsstyrelsen") not in got


GROUP = (
    "Testförbundets nyvalda förbundsstyrelse träffades i Lund. Förbundsstyrelsen beslutade "
    "att:\n"
    "- Förbundet ska bjuda in till en konferens.\n"
    "- Nya ledamöter valdes till Miljögruppen som ska forma program. Till ordförande i gruppen "
    "valdes: Karin Lundholm, tjänsteman och sekreterare Per Holmén, ledamöter: Nils Bergfors, "
    "Eva Strandell och Olof Dahlberg.\n"
    "- Förbundets arbete diskuterades.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_group_word_names_the_group_not_the_board(morph):
    got = held(GROUP, "sv", morph)
    assert ("Karin Lundholm", "chair", "Miljögruppen") in got
    assert ("Karin Lundholm", "chair", "Förbundsstyrelsen") not in got
    assert ("Nils Bergfors", "member", "Miljögruppen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_board_word_under_the_board(morph):
    text = (
        "Testförbundets nyvalda förbundsstyrelse träffades i Lund. Förbundsstyrelsen "
        "konstituerade sig. Till ordförande i styrelsen valdes Karin Lundholm.\n"
    )
    got = held(text, "sv", morph)
    assert ("Karin Lundholm", "chair", "Förbundsstyrelsen") in got


ITEMS = (
    "Årsmöte 2021\n\n"
    "Onsdag 2 juni hade föreningen ett årsmöte i Testby bygdegård.\n\n\n"
    "Följande styrelseledamöter är valda:\n\n\n"
    "Nyval av Karin Lundholm som ordförande för ett år.\n\n\n"
    "Omval av Per Holmén och Nils Bergfors för två år.\n\n\n"
    "Nyval av Eva Strandell för två år.\n\n\n"
    "Val av ersättare. Nyval av Lena Ahlgren för ett år.\n\n\n"
    "Omval av Olof Dahlberg för ett år.\n\n\n"
    "Val av två revisorer. Nyval av Gustav Ekholm för ett år. Omval av Maria Falkén för ett "
    "år.\n\n\n"
    "Val av valberedning. Sven Eklund och Anna Bergqvist kvarstår. Anna Bergqvist är "
    "sammankallande.\n\n\n"
    "Ledamöterna Ulla Nordin och Bo Kaskinen kvarstår ett år till.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_election_a_paragraph(morph):
    got = held(ITEMS, "sv", morph)
    assert ("Karin Lundholm", "chair", "Styrelsen") in got
    assert ("Per Holmén", "member", "Styrelsen") in got
    assert ("Nils Bergfors", "member", "Styrelsen") in got
    assert ("Eva Strandell", "member", "Styrelsen") in got
    assert ("Lena Ahlgren", "deputy_member", "Styrelsen") in got
    assert ("Olof Dahlberg", "deputy_member", "Styrelsen") in got
    assert ("Sven Eklund", "member", "Valberedning") in got
    assert ("Anna Bergqvist", "member", "Valberedning") in got
    assert not any(p == "Sven Eklund" and b.startswith("Styrelse") for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_auditors_item(morph):
    got = held(ITEMS, "sv", morph)
    assert not any(p in ("Gustav Ekholm", "Maria Falkén") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_elections_with_no_lead_in(morph):
    # no compound seat noun over the paragraphs: this reading gives them no seat
    text = ITEMS.replace("Följande styrelseledamöter är valda:\n\n\n", "")
    got = held(text, "sv", morph)
    assert ("Lena Ahlgren", "deputy_member", "Styrelsen") not in got


PRIZE = (
    "Sammanfattning av årsmötet 2021\n\n"
    "* Årets ledarpris delades ut till Karin Lundholm och Per Holmén för deras arbete med "
    "Café Solsken.\n\n"
    "* Till ordförande valdes Nils Bergfors.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_prize_handed_out_seats_no_one(morph):
    walk = walked(PRIZE, "sv", morph)
    at = PRIZE.index("Café Solsken")
    assert any(a <= at < b for a, b in walk.no_seat)
    person = PRIZE.index("Karin Lundholm")
    assert any(a <= person < b for a, b in walk.no_seat)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_election_beside_the_prize(morph):
    walk = walked(PRIZE, "sv", morph)
    at = PRIZE.index("Nils Bergfors")
    assert not any(a <= at < b for a, b in walk.no_seat)

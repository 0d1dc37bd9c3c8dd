"""hytegraph extract on layouts met in the hundred-and-thirty-fifth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a run of seats after a plural seat noun ("styrelsemedlemmarna A, B och suppleanten C,
  samt medlemmarna D, E och icke-medlemmen F"): a deputy's word before a name makes that
  name's seat a deputy's; a Swedish noun of another group in the definite form
  ("medlemmarna", "icke-medlemmen", "verksamhetsassistenten") ends the run, and the names
  after it get no seat, nor a guess of the tagger's;
- "Till mötesordförande valdes A": the meeting's officer in one word, no guess of the
  tagger's;
- an annual meeting's "Närvarande:" line: the association's members present, no guess of the
  tagger's (whether or not the page's elections are a table);
- "Ordförande (1 år): A", "Styrelsesuppleant (1 år): B": a seat's term in parentheses between
  the label and its colon; "Styrelsesuppleant" is a deputy's label; "Val av valberedning (1
  år): C" elects into the body the item names, "Val av vaktmästare (1 år): D" to a post
  outside any body (no row);
- "… redovisades av ordförande A." before the election's line "Ordförande (1 år): B": the
  chair a sentence names before the list that elects another chair of that body is the
  outgoing one;
- "Ordförande A Vice ordförande B Medlemmar C D E F Suppleanter G H Föreningens …": a chain
  of seat labels run together with names without commas, each name under its label, two
  words a name under a plural label; the chain ends at a capitalised genitive before a
  lower-case word;
- "Suppleanter för dessa har varit A och B" after a sentence naming auditors: the auditors'
  deputies, no guess of the tagger's;
- under "Gruppfoto": "Kevin, Sven, Peter, Allan" (a caption's first names only) and "Patrik,
  Frida" (two first names) are no surname-first names;
- "12. Bo Ek som ordförande, 1 år." in numbered minutes: the office after "som", in the one
  body of the seats read right after it where the line before names that body's seats;
- "Bo Ek och Eva Lind valdes till valberedning för 1 år": the body the list line elects into.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import tagger
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, held


def _no_seat(text: str, morph: str | None, name: str) -> bool:
    """Whether the walk keeps the tagger off ``name`` (its first occurrence)."""
    walk = Walker(lexicon("sv"), morphology(morph)).walk(text)
    at = text.index(name)
    return any(a <= at and at + len(name) <= b for a, b in walk.no_seat)


def _said(text: str, name: str) -> bool:
    at = text.index(name)
    return tagger.no_seat_said(lexicon("sv"), text, at, at + len(name))


ATTENDANCE = (
    "Höstmöte 2025\n\n"
    "Närvarande: Föreningens ordförande Rune Halvarsson, styrelsemedlemmarna Gertrud Vikström, "
    "Leif Granqvist, Ingela Söderbacka och suppleanten Mats Forslund, samt medlemmarna Kerstin "
    "Bäckman, Ulf Nordqvist, och icke-medlemmen Sixten Mård, därtill "
    "verksamhetsledaren Lisen Åkerholm.\n\n"
    "1. Mötet öppnas\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_run_cut_by_another_group_and_a_deputy_in_it(morph):
    got = held(ATTENDANCE, "sv", morph)
    for name in ("Gertrud Vikström", "Leif Granqvist", "Ingela Söderbacka"):
        assert (name, "member", "Styrelse") in got
    assert ("Mats Forslund", "deputy_member", "Styrelse") in got
    assert ("Mats Forslund", "member", "Styrelse") not in got
    for name in ("Kerstin Bäckman", "Ulf Nordqvist", "Sixten Mård", "Lisen Åkerholm"):
        assert not any(p == name for p, _r, _b in got)
        assert _no_seat(ATTENDANCE, morph, name)


PLAIN_RUN = (
    "Närvarande: styrelsemedlemmarna Gertrud Vikström, Leif Granqvist, direktör Ingela "
    "Söderbacka och Mats Forslund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_job_in_the_indefinite_form_does_not_cut_the_run(morph):
    # guard: "direktör" (indefinite, a person's job) is no group of another kind
    got = held(PLAIN_RUN, "sv", morph)
    assert ("Ingela Söderbacka", "member", "Styrelse") in got
    assert ("Mats Forslund", "member", "Styrelse") in got


def test_a_meeting_officer_in_one_word_gets_no_guess():
    text = "2. Till mötesordförande valdes Berit Holmgren och till sekreterare Ola Kvist.\n"
    assert _said(text, "Berit Holmgren")
    # guard: the association's chair elected gets a guess
    other = "2. Till föreningens ordförande valdes Berit Holmgren för ett år.\n"
    assert not _said(other, "Berit Holmgren")


ANNUAL = (
    "Årsmötesprotokoll\n\n"
    "Protokoll för årsmötet 2025 i Norrbyns hembygdslag\n\n"
    "Närvarande: Anders Lövgren, Siv Brännström, Tage Wiklund\n\n"
    " 1. Årsmötet öppnades\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_annual_meetings_attendance_gets_no_guess(morph):
    assert _no_seat(ANNUAL, morph, "Siv Brännström")
    # guard: a board meeting's attendance is the board's
    board = ANNUAL.replace("Årsmötesprotokoll", "Styrelsemöte").replace("årsmötet", "mötet")
    board = board.replace("Årsmötet", "Mötet")
    assert not _no_seat(board, morph, "Siv Brännström")


TERM_LABELS = (
    "Årsmötesprotokoll\n\n"
    "Protokoll för årsmötet 2025\n"
    "i Norrbyns hembygdslag\n\n"
    " 4. Ekonomin redovisades av ordförande Gustav Lindkvist.\n"
    " 6. Styrelsen beviljades ansvarsfrihet.\n"
    " 7. Beslutades om arvoden till styrelsen.\n"
    " 9. Val av styrelsemedlemmar genomfördes.\n"
    "  Ordförande (1 år): Elin Sandberg\n"
    "  Sekreterare (2 år): Nils Holmqvist\n"
    "  Styrelseledamot (2 år): Maja Ekholm\n"
    "  Styrelsesuppleant (1 år): Oskar Dahlgren\n"
    " 10. Val av vaktmästare (1 år): Torbjörn Lundin\n"
    " 11. Val av valberedning (1 år): Agnes Forsberg\n"
    " 12. Övriga frågor\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_labels_with_a_term_and_election_items(morph):
    got = held(TERM_LABELS, "sv", morph)
    assert ("Elin Sandberg", "chair", "Styrelsen") in got
    assert ("Nils Holmqvist", "secretary", "Styrelsen") in got
    assert ("Maja Ekholm", "member", "Styrelsen") in got
    assert ("Oskar Dahlgren", "deputy_member", "Styrelsen") in got
    assert ("Agnes Forsberg", "member", "Valberedning") in got
    assert not any(p == "Torbjörn Lundin" for p, _r, _b in got)
    assert not any(p == "Agnes Forsberg" and b == "Styrelsen" for p, _r, b in got)
    # the chair named before the election of another is the outgoing one
    assert not any(p == "Gustav Lindkvist" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_named_in_prose_with_no_other_chair_elected_stays(morph):
    # guard: no other chair on the list, the prose's chair stands
    text = TERM_LABELS.replace("  Ordförande (1 år): Elin Sandberg\n", "")
    got = held(text, "sv", morph)
    assert ("Gustav Lindkvist", "chair", "Styrelsen") in got


CHAIN = (
    "VERKSAMHETSBERÄTTELSE 2024 Under året har styrelsen sett ut enligt följande: Ordförande "
    "Harald Gustavsson Vice ordförande Vivan Lindroos Medlemmar Kurt Sjöberg Elsa Mattsson "
    "Ivar Backman Greta Holm Suppleanter Rolf Nyström Stina Wikman Föreningens kassör under "
    "året har varit Berta Grön. Föreningens revisorer har varit Erik Dahl och Alf Lund. "
    "Suppleanter för dessa har varit Ines Berg och Otto Kask.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chain_of_seat_labels_run_together(morph):
    got = held(CHAIN, "sv", morph)
    body = {b for p, _r, b in got if p == "Harald Gustavsson"}
    assert len(body) == 1
    (board,) = body
    assert "styrelse" in board.casefold()
    assert ("Harald Gustavsson", "chair", board) in got
    assert ("Vivan Lindroos", "vice_chair", board) in got
    for name in ("Kurt Sjöberg", "Elsa Mattsson", "Ivar Backman", "Greta Holm"):
        assert (name, "member", board) in got
    assert ("Rolf Nyström", "deputy_member", board) in got
    assert ("Stina Wikman", "deputy_member", board) in got
    assert not any(p in ("Berta Grön", "Ines Berg", "Otto Kask") for p, _r, _b in got)
    # the auditors' deputies: no guess of the tagger's
    assert _said(CHAIN, "Otto Kask")


def test_deputies_of_no_auditors_may_be_guessed():
    # guard: the sentence before names no auditors
    text = (
        "Styrelsen har haft fyra möten. Suppleanter för dessa har varit Ines Berg och Otto Kask.\n"
    )
    assert not _said(text, "Otto Kask")


@pytest.mark.parametrize("morph", MORPHS)
def test_two_labels_are_no_chain(morph):
    # guard: a chain has three labels or more
    text = (
        "Under året har styrelsen sett ut enligt följande: Medlemmar Kurt Sjöberg Elsa "
        "Mattsson Ivar Backman Greta Holm.\n"
    )
    got = held(text, "sv", morph)
    assert not any(p == "Elsa Mattsson" and r == "deputy_member" for p, r, _b in got)
    assert not any(p in ("Sjöberg Elsa", "Mattsson Ivar") for p, _r, _b in got)


CAPTION = (
    "Styrelsemedlemmar\n\n"
    "Hanna Öst, ordförande\n\n"
    "Jonas Kvarn, sekreterare\n\n"
    "Gruppfoto\n\n"
    "Från vänster:\n\n"
    "Kevin, Sven, Peter, Allan\n\n"
    "Framför:\n\n"
    "Patrik, Frida\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_group_photo_of_first_names(morph):
    got = held(CAPTION, "sv", morph)
    assert ("Hanna Öst", "chair", "Styrelse") in got
    assert ("Jonas Kvarn", "secretary", "Styrelse") in got
    assert not any(b == "Gruppfoto" for _p, _r, b in got)
    assert not any(
        p in ("Sven Kevin", "Frida Patrik", "Kevin Sven", "Peter Sven") for p, _r, _b in got
    )


ITEMS = (
    "Årsmöten\n\n"
    "ÅRSMÖTET 2025\n\n\n"
    "Protokoll från årsmötet med Kyrkbyns fältbiologer i Ekby 8 mars 2025.\n\n\n"
    " 1. Mötet öppnades och medlemmarna hälsades välkomna.\n"
    " 2. Dagordningen godkändes.\n"
    " 11. Val av styrelsemedlemmar enligt förslaget, det valdes sedan som följer nedan:\n"
    " 12. Saga Lindell som ordförande, 1 år.\n"
    " 13. Som styrelseledamöter för 2 år omvaldes Viktor Hedlund och Alma Rosén.\n"
    " 14. Rut Ekman valdes som revisor, 1 år.\n"
    " 15. Medlemsavgiften fastställdes.\n"
)
COMMITTEE_ITEM = ITEMS.replace(
    " 15. Medlemsavgiften",
    " 15. Hugo Brandt och Ella Strömberg valdes till valberedning för 1 år, med Hugo Brandt "
    "som sammankallande.\n 16. Medlemsavgiften",
)


@pytest.mark.parametrize("morph", MORPHS)
def test_numbered_items_electing_a_chair_and_a_committee(morph):
    got = held(ITEMS, "sv", morph)
    assert ("Saga Lindell", "chair", "Styrelse") in got
    assert ("Viktor Hedlund", "member", "Styrelse") in got
    assert not any(p == "Rut Ekman" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_line_electing_into_a_committee(morph):
    got = held(COMMITTEE_ITEM, "sv", morph)
    assert ("Hugo Brandt", "member", "Valberedning") in got
    assert ("Hugo Brandt", "member", "Styrelse") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_som_with_no_office_gives_none(morph):
    # guard: "som kassör" is no chair's, vice chair's or secretary's office
    got = held(ITEMS.replace("som ordförande", "som kassör"), "sv", morph)
    assert not any(p == "Saga Lindell" and r == "chair" for p, r, _b in got)

"""hytegraph extract on layouts met in the hundred-and-eighteenth and sixty-first held-out sets:
made-up snippets, one per mechanism, read with either word-form reader.

- a board's offices and names run together with no separator over a few lines of their own,
  a page turned from PDF breaking the run anywhere ("Ordförande A B Ledamöter C D" / "E F G H
  Suppleanter I J" / "K L"): every heading and every name of two words on a line of its own,
  but only when the lines hold nothing else, an office's heading is followed by one name of
  two words and a column's by an even count of names' words;
- a photo caption "Den nya styrelsen 2019-20. Fr v A, B (ordf), C (revisor), D": the body in a
  short sentence of its own before the abbreviated label without its dots; a note in
  parentheses gives the office ("(ordf)"), an auditor ("(revisor)") gets no seat;
- a blank line parts a list line with no full stop ("Förbundsstyrelsens sammansättning
  Ordförande: A, Ort Kassör: B, Ort") from "Arbetsutskottet har bestått av A och B.": the
  persons hold seats in both bodies;
- "Arbetsutskott Arbetsutskottet har bestått av …": a body's heading run into the paragraph
  whose first word names the body again in the definite form is a heading of its own.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

RUN_TOGETHER = (
    "Årsberättelse för Norrviks Ryttarförening 2021\n\n"
    "Styrelsen har under året haft följande sammansättning:\n\n"
    "Ordförande Karin Blomqvist Ledamöter Olof Hedström\n\n"
    "Johanna Lindqvist Petter Sandberg Malin Ekdahl Gustav Nyqvist Suppleanter Ida Forsman\n\n"
    "Henrik Dahl Elsa Wiklander\n\n"
    "Kassör har under året varit Malin Ekdahl.\n\n"
    "Revisorer har varit Anders Holm och Tove Berg.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_and_names_run_together_over_lines(morph):
    got = held(RUN_TOGETHER, "sv", morph)
    assert ("Karin Blomqvist", "chair", "Styrelsen") in got
    for name in (
        "Olof Hedström",
        "Johanna Lindqvist",
        "Petter Sandberg",
        "Malin Ekdahl",
        "Gustav Nyqvist",
    ):
        assert (name, "member", "Styrelsen") in got
    for name in ("Ida Forsman", "Henrik Dahl", "Elsa Wiklander"):
        assert (name, "deputy_member", "Styrelsen") in got
    # no name made of two persons' words
    assert not any(len(p.split()) != 2 for p, _r, _b in got)


ODD_COUNT = (
    "Årsberättelse för Norrviks Ryttarförening 2021\n\n"
    "Styrelsen har under året haft följande sammansättning:\n\n"
    "Ordförande Karin Blomqvist Ledamöter Olof Hedström\n\n"
    "Johanna Maria Lindqvist Petter Sandberg Malin Ekdahl Suppleanter Ida Forsman\n\n"
    "Henrik Dahl Elsa Wiklander\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_odd_count_of_words_is_not_split(morph):
    # guard: five words between "Ledamöter" and "Suppleanter" on the line: where one name
    # ends is not sure, so the lines are not split into names of two words
    got = held(ODD_COUNT, "sv", morph)
    assert ("Maria Lindqvist", "member", "Styrelsen") not in got
    assert ("Johanna Maria", "member", "Styrelsen") not in got
    assert ("Petter Sandberg", "member", "Styrelsen") not in got


TWO_NAMES_AFTER_CHAIR = (
    "Årsberättelse 2021\n\n"
    "Styrelsen har under året haft följande sammansättning:\n\n"
    "Ordförande Karin Blomqvist Olof Hedström Ledamöter Johanna Lindqvist\n\n"
    "Petter Sandberg Malin Ekdahl Suppleanter Ida Forsman Henrik Dahl\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_over_two_names_is_not_split(morph):
    # guard: one office, two names after it: not a run of one name an office
    got = held(TWO_NAMES_AFTER_CHAIR, "sv", morph)
    assert ("Olof Hedström", "chair", "Styrelsen") not in got
    assert ("Petter Sandberg", "member", "Styrelsen") not in got


CAPTION = (
    "Årsmöte i Östra Hörselföreningen\n\n"
    "Den nya styrelsen 2019-20. Fr v Eva Lindgren, Olle Bergkvist, Nils Åhlund (revisor), "
    "Siv Holmström (ordf), Per Ekman, Anna Dahlberg.\n\n"
    "Ett tjugotal medlemmar kom till årsmötet i Bygdegården.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_caption_with_the_body_in_a_sentence_before_fr_v(morph):
    got = held(CAPTION, "sv", morph)
    assert ("Siv Holmström", "chair", "Styrelsen") in got
    for name in ("Eva Lindgren", "Olle Bergkvist", "Per Ekman", "Anna Dahlberg"):
        assert (name, "member", "Styrelsen") in got
    # the auditor in the photo holds no seat
    assert not any(p == "Nils Åhlund" for p, _r, _b in got)


LONG_SENTENCE_CAPTION = (
    "Årsmöte i Östra Hörselföreningen\n\n"
    "Efter mötet samlades styrelsen och många medlemmar till fika i bygdegården. "
    "Fr v Eva Lindgren, Olle Bergkvist, Siv Holmström, Per Ekman, Anna Dahlberg.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_long_sentence_before_fr_v_names_no_body(morph):
    # guard: only a short sentence before the label names the photo's body
    got = held(LONG_SENTENCE_CAPTION, "sv", morph)
    assert not any(p == "Eva Lindgren" for p, _r, _b in got)


COMMITTEE = (
    "Verksamhetsberättelse 2012\n\n"
    "Förbundsstyrelsens sammansättning Ordförande: Eva Lindgren, Borås Sekreterare: Siv "
    "Holmström, Tierp Kassör: Per Ekman, Mora Ledamot: Anna Dahlberg, Lund\n\n"
    "Arbetsutskottet har bestått av Eva Lindgren, Siv Holmström och Per Ekman.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committee_after_a_list_line_parted_by_a_blank_line(morph):
    got = held(COMMITTEE, "sv", morph)
    for name in ("Eva Lindgren", "Siv Holmström", "Per Ekman"):
        assert (name, "member", "Arbetsutskottet") in got
    assert ("Eva Lindgren", "chair", "Förbundsstyrelsen") in got
    assert ("Siv Holmström", "secretary", "Förbundsstyrelsen") in got
    assert ("Anna Dahlberg", "member", "Arbetsutskottet") not in got


GLUED_HEADING = (
    "Verksamhetsberättelse 2012\n\n"
    "Styrelsen har haft sex möten under året.\n\n"
    "Arbetsutskott Arbetsutskottet har bestått av Eva Lindgren, Siv Holmström och Per Ekman.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_heading_run_into_its_paragraph(morph):
    got = held(GLUED_HEADING, "sv", morph)
    for name in ("Eva Lindgren", "Siv Holmström", "Per Ekman"):
        assert (name, "member", "Arbetsutskottet") in got
    assert not any(b.startswith("Arbetsutskott Arbetsutskottet") for _p, _r, b in got)


SAME_SENTENCE = (
    "Verksamhetsberättelse 2012\n\n"
    "Förbundsstyrelsens ordförande Eva Lindgren och sekreteraren Siv Holmström ledde mötet, "
    "och Arbetsutskottet har bestått av Per Ekman och Anna Dahlberg.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_sentence_gives_no_second_seat(morph):
    # guard: no blank line parts the officers from the committee's run
    got = held(SAME_SENTENCE, "sv", morph)
    assert ("Eva Lindgren", "member", "Arbetsutskottet") not in got
    assert ("Siv Holmström", "member", "Arbetsutskottet") not in got

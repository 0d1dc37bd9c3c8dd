"""hytegraph extract on layouts met in the hundred-and-sixteenth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- a section's line "Skid- och motionssektionen: A, B, och C." (a comma before the last "och")
  or "Cafésektionen: A, B och C." (an accented letter in the body's name): each name a member of
  the section, none of the board named above the lines;
- a deputy of the board ("Ersättare: A och B.") also listed on a section's line ("Bollsektionen:
  …, A."): the board's list reads that line as its own seats first, which no longer drops the
  deputy's seat (the line is led by another body's name);
- "Styrelsen för Ekby Byaförening r.f. har haft följande sammansättning under år 2019." over
  'Name    office' lines: the words of the body's name (and the rest of its "r.f.") count as one
  word of the cue line over the run;
- "…, sekreterare C, kassör D, övriga E och F.": "the others" closing a sentence's run of
  officers, then names only, are members of the officers' body;
- "Motionsansvariga:" (a duty's plural) after the deputies' names: the deputies' list ends, the
  names under the duty hold no seat;
- the learned tagger's guesses: none for a team's crew ("Roddarlaget bestod av: A, B …") nor for
  names under an auditors' heading closed by a full stop ("Revisorer.").
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.tagger import no_seat_said
from tests.extract_snippets import MORPHS, held

SECTIONS = (
    "Styrelsens verksamhetsberättelse 2021\n\n"
    "Styrelsen\n\n"
    "Styrelsen bestod under 2021 av: Anders Nyberg, Lisa Strand, Tor Holmlund, Eva Ekdahl, "
    "Nils Bergman och Hanna Lundell.\n\n"
    "Ersättare: Maja Lindqvist och Sam Bergvik.\n\n"
    "Klubbens sektionsmedlemmar för 2021:\n\n"
    "Skid- och vandringssektionen: Per Ahlgren, Tor Holmlund, Bo Stenbäck, och Ulla Rosén.\n\n"
    "Cafésektionen: Ann Nyholm, Kim Sjöberg och Mia Blomqvist.\n\n"
    "Bollsektionen: Tor Holmlund, Jon Åkerman och Maja Lindqvist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_section_lines_after_a_comma_before_och_and_with_an_accent(morph):
    got = held(SECTIONS, "sv", morph)
    for name in ("Per Ahlgren", "Tor Holmlund", "Bo Stenbäck", "Ulla Rosén"):
        assert (name, "member", "Skid- och vandringssektionen") in got
    for name in ("Ann Nyholm", "Kim Sjöberg", "Mia Blomqvist"):
        assert (name, "member", "Cafésektionen") in got
    # the sections' people are no members of the board named above their lines
    for name in ("Per Ahlgren", "Bo Stenbäck", "Ulla Rosén", "Ann Nyholm", "Kim Sjöberg"):
        assert (name, "member", "Styrelsen") not in got
    assert ("Tor Holmlund", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_of_the_board_also_on_a_section_line(morph):
    got = held(SECTIONS, "sv", morph)
    assert ("Maja Lindqvist", "deputy_member", "Styrelsen") in got
    assert ("Maja Lindqvist", "member", "Bollsektionen") in got
    assert ("Sam Bergvik", "deputy_member", "Styrelsen") in got
    assert ("Maja Lindqvist", "member", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_also_listed_as_a_member_of_the_same_board_is_left_alone(morph):
    # guard: a board's own list naming the deputy as a member still drops the deputy's seat
    text = (
        "Styrelsen\n\n"
        "Ersättare: Maja Lindqvist och Sam Bergvik.\n\n"
        "Styrelsen: Anders Nyberg, Lisa Strand och Maja Lindqvist.\n"
    )
    got = held(text, "sv", morph)
    assert ("Maja Lindqvist", "deputy_member", "Styrelsen") not in got


NAME_OFFICE_LINES = (
    "Verksamhetsberättelse 2019\n\n"
    "Styrelsen.\n\n"
    "Styrelsen för Ekby Byaförening r.f. har haft följande sammansättning under år 2019.\n\n"
    "Anna Bergström                  ordförande\n\n"
    "Per Lindholm                    vice ordförande\n\n"
    "Eva Ekström                     sekreterare\n\n"
    "Bo Strandberg                   ledamot\n\n"
    "Suppleanter.\n\n"
    "Kim Sjögren\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_name_office_lines_under_a_long_body_name_with_rf(morph):
    got = {(p, r) for p, r, b in held(NAME_OFFICE_LINES, "sv", morph) if b.startswith("Styrelsen")}
    assert ("Anna Bergström", "chair") in got
    assert ("Per Lindholm", "vice_chair") in got
    assert ("Eva Ekström", "secretary") in got
    assert ("Bo Strandberg", "member") in got
    assert ("Kim Sjögren", "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_long_prose_line_is_no_cue_line(morph):
    # guard: a line of prose whose words outside the body's name are many stays no cue line
    text = NAME_OFFICE_LINES.replace(
        "har haft följande sammansättning under år 2019.",
        "har under det gångna året haft följande sammansättning enligt beslut av årsmötet.",
    )
    got = {(p, r) for p, r, b in held(text, "sv", morph) if b.startswith("Styrelsen")}
    assert ("Anna Bergström", "chair") not in got


OTHERS = (
    "Årsmötet 2024\n\n"
    "Styrelsen ser därmed ut enligt följande, ordförande Anna Berglund, vice ordförande Per "
    "Lindahl, sekreterare Eva Eklöf, kassör Bo Strandén, övriga Kim Sjölund och Lars Ahlqvist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_others_after_a_run_of_officers(morph):
    got = held(OTHERS, "sv", morph)
    assert ("Anna Berglund", "chair", "Styrelsen") in got
    assert ("Kim Sjölund", "member", "Styrelsen") in got
    assert ("Lars Ahlqvist", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_others_without_officers_before_them_are_left_alone(morph):
    # guard: "övriga" with no officer read before it in the sentence gives no seat
    text = "Årsmötet 2024\n\nPå plats fanns styrelsen, övriga Kim Sjölund och Lars Ahlqvist.\n"
    got = held(text, "sv", morph)
    assert ("Kim Sjölund", "member", "Styrelsen") not in got
    assert ("Lars Ahlqvist", "member", "Styrelsen") not in got


DUTIES = (
    "Verksamhetsberättelse för år 2020\n"
    "Styrelsens sammansättning:\n"
    "Ordförande:\n"
    "Viceordförande:\n"
    "Ledamöter:\n"
    "Anna Lindgren\n"
    "Per Sandell\n"
    "Eva Mattsson\n"
    "Bo Grönlund\n"
    "Suppleanter:\n"
    "Kim Sjödahl\n"
    "Lars Nordin\n"
    "Motionsansvariga:\n"
    "Lars Nordin, fotboll\n"
    "Ulla Björklöf, skidning\n"
    "Verksamhetsgranskare:\n"
    "Stig Holmberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_duty_in_the_plural_ends_the_deputies_list(morph):
    got = held(DUTIES, "sv", morph)
    assert ("Kim Sjödahl", "deputy_member", "Styrelsen") in got
    assert ("Lars Nordin", "deputy_member", "Styrelsen") in got
    assert not any(p == "Ulla Björklöf" for p, _r, _b in got)


def _at(text: str, name: str) -> tuple[int, int]:
    at = text.index(name)
    return at, at + len(name)


CREW = (
    "Styrelsen har bestått av Anna Berg, ordf, Per Lind, sekr, och medlemmarna Eva Ek och Bo "
    "Strand.\n\n"
    "Roddarlaget bestod av: Per Lind, Ulf Nyberg, Maria Enholm och Tor Sandén. Vädret tillät "
    "inte att rodden kunde genomföras.\n"
)


def test_no_guess_for_a_team_made_up_of_names():
    lex = lexicon("sv")
    assert no_seat_said(lex, CREW, *_at(CREW, "Ulf Nyberg"))
    assert no_seat_said(lex, CREW, *_at(CREW, "Tor Sandén"))
    # guard: the board's own sentence is no team's
    assert not no_seat_said(lex, CREW, *_at(CREW, "Eva Ek"))


def test_a_team_word_inside_a_sentence_is_left_alone():
    # guard: only a sentence led by the team and its composition is the team's
    text = "Styrelsen bestod av Anna Berg och Ulf Nyberg, som också deltog i laget.\n"
    assert not no_seat_said(lexicon("sv"), text, *_at(text, "Ulf Nyberg"))


AUDITORS = (
    "Suppleanter.\n\nKim Sjö\n\nLars Ahl\n\nRevisorer.\n\nUlla Holmström\n\nInger Sandberg\n\n"
    "Möten.\n\nUnder året har fem möten hållits.\n"
)


def test_no_guess_under_an_auditors_heading_with_a_full_stop():
    lex = lexicon("sv")
    assert no_seat_said(lex, AUDITORS, *_at(AUDITORS, "Ulla Holmström"))
    assert no_seat_said(lex, AUDITORS, *_at(AUDITORS, "Inger Sandberg"))
    # guard: the deputies under their own heading are no auditors
    assert not no_seat_said(lex, AUDITORS, *_at(AUDITORS, "Kim Sjö"))

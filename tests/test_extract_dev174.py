"""hytegraph extract on layouts met in the hundred-and-seventieth and hundred-and-seventy-second
held-out sets: made-up snippets, one per mechanism, read with either word-form reader.

- a bare body word alone on a line ("Styrelsen"), a blank line, then one line of two or more
  names joined by commas and "och" and ended by a full stop: the names are that body's members
  (as they already were with no blank line between or with a colon after the word); a line of
  names followed by prose words, or a bare word over a prose sentence, is left alone.
- an en dash right between two capitalised words with no space on either side ("Eva\u2013Karin")
  joins a double first name as a hyphen does, so the list of "Name, Place" lines it stands in
  goes on past it; a spaced dash between two names, a dash between years or before a small
  letter is left alone.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.mentions import tokens
from tests.extract_snippets import MORPHS, held, key

CHOIR = (
    "Årsmöte\n\n"
    "Söndagen den 3 april hölls årsmöte för Testby Sångarförbund i Norrby. "
    "En ny styrelse valdes där Ulla Sandberg lämnar styrelsen.\n\n"
    "Styrelsen\n\n"
    "Aino Berglund, Bo Lindqvist, Olle Ekström, Eva Strandberg och Kari Holmberg.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_body_word_over_one_line_of_names_after_a_blank_line(morph):
    got = held(CHOIR, "sv", morph)
    # (the board the text spoke of, "styrelse", or the heading's "Styrelsen": one body)
    seats = {(n, r) for n, r, b in got if b.casefold().startswith("styrelse")}
    names = ("Aino Berglund", "Bo Lindqvist", "Olle Ekström", "Eva Strandberg", "Kari Holmberg")
    for name in names:
        assert (name, "member") in seats
    assert not any(n == "Ulla Sandberg" for n, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_body_word_over_names_without_full_stop(morph):
    text = "Styrelsen\n\nAino Berglund, Bo Lindqvist och Kari Holmberg\n"
    got = held(text, "sv", morph)
    assert ("Aino Berglund", "member", "Styrelsen") in got
    assert ("Kari Holmberg", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_names_followed_by_prose(morph):
    # the line is a sentence about the persons, not a list of the body's members
    text = (
        "Styrelsen\n\n"
        "Aino Berglund, Bo Lindqvist och Kari Holmberg besökte mässan i Norrby i fjol.\n"
    )
    got = held(text, "sv", morph)
    assert not any(r == "member" for _, r, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_names_two_blank_lines_below(morph):
    # a heading over a paragraph of prose, the names a further paragraph down
    text = (
        "Styrelsen\n\n"
        "Föreningen ordnar konserter i Norrby.\n\n"
        "Aino Berglund, Bo Lindqvist och Kari Holmberg.\n"
    )
    got = held(text, "sv", morph)
    assert not any(r == "member" for _, r, _ in got)


DELEGATION = (
    "Delegationen 2025\n\n"
    "Ordförande:\n\n"
    "Pekka Lindroos, Norrby\n\n"
    "Ledamöter:\n\n"
    "Anders Bergvik, Söderby\n\n"
    "Eva\u2013Karin Holmqvist, Västerby\n\n"
    "Jan Sundell, Österby\n\n"
    "Mia Ekholm, Norrby\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_double_first_name_with_en_dash_keeps_the_list_going(morph):
    got = {(key(n), r) for n, r, _ in held(DELEGATION, "sv", morph)}
    assert (key("Eva-Karin Holmqvist"), "member") in got
    assert (key("Jan Sundell"), "member") in got
    assert (key("Mia Ekholm"), "member") in got
    assert (key("Pekka Lindroos"), "chair") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_en_dash_between_spaced_names(morph):
    # "A \u2013 B" with spaces: a dash between two persons (a pair), never one double name
    text = "Styrelsen:\n\nAino Berglund \u2013 Bo Lindqvist\n\nKari Holmberg\n"
    got = {key(n) for n, _, _ in held(text, "sv", morph)}
    assert key("Aino-Bo Lindqvist") not in got
    assert key("Berglund-Bo Lindqvist") not in got


def test_leave_alone_an_en_dash_between_years():
    toks = [t.text for t in tokens("Styrelsen 2019\u20132020 och Bo\u2013lind")]
    assert "2019-2020" not in toks
    assert "Bo-lind" not in toks

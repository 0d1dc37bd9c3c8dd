"""hytegraph extract on two first names written as one word with a capital each ("AnnSofie
Andersson", "MarjaLiisa Virtanen"): a first name as "Ann-Sofie" is, with either reader, where
both halves are first names of the list (``givennames``); a brand's word with an inner capital
("PowerPoint", "LinkedIn") is no name.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.mentions import _two_first_names
from tests.extract_snippets import MORPHS, held

SV = (
    "Den nya styrelsen består av ordförande Unto Järvirora samt politikerna AnnSofie "
    "Andersson (S), Bosse Svensson (C) och Per Jönsson (M).\n"
)
FI = "Hallituksen jäsenet ovat MarjaLiisa Virtanen, Pekka Koski ja JanErik Lind.\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_member_with_two_first_names_in_one_word(morph):
    got = held(SV, "sv", morph)
    assert ("AnnSofie Andersson", "member", "Styrelsen") in got
    assert ("Bosse Svensson", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_finnish_list_with_two_first_names_in_one_word(morph):
    got = held(FI, "fi", morph)
    assert ("MarjaLiisa Virtanen", "member", "Hallitus") in got
    assert ("JanErik Lind", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_brands_word_is_no_first_name(morph):
    text = "Hallituksen jäsenet esittelivät PowerPoint Esityksen ja LinkedIn Sivun.\n"
    assert not held(text, "fi", morph)


def test_which_words_are_two_first_names():
    assert _two_first_names("AnnSofie") and _two_first_names("MarjaLiisa")
    assert not _two_first_names("PowerPoint") and not _two_first_names("McDonald")
    assert not _two_first_names("Annsofie") and not _two_first_names("ANNSOFIE")

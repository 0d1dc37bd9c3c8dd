"""hytegraph extract on layouts met in the hundred-and-thirty-seventh held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a bare body word as a heading of its own with no colon ("Styrelsen", "STYRELSEN") over a
  bulleted list whose first line is a name and an officer's office ("• Anna Berg, ordf"): the
  bullet is no part of the line, so the heading names the list's body, also on a page whose
  prose names other bodies ("Statens kulturråd") and so gives no one body to fall back on.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

BULLETED_BOARD = (
    "Om föreningen\n\n"
    "Testviks Sångförening bildades 1998. Föreningen får bidrag från Statens kulturråd, "
    "Testviks kommun och Regionrådet.\n\n"
    "STYRELSEN\n\n"
    "  • Anna Maria Berglöf, ordf\n"
    "  • Leif Strandkvist, sekreterare\n"
    "  • Per Holmgård, kassör\n"
    "  • Eva Lindroth, ledamot\n"
    "  • Kerstin Ekbom, suppleant\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_body_heading_over_a_bulleted_officer_list(morph):
    got = held(BULLETED_BOARD, "sv", morph)
    assert ("Anna Maria Berglöf", "chair", "STYRELSEN") in got
    assert ("Leif Strandkvist", "secretary", "STYRELSEN") in got
    assert ("Per Holmgård", "member", "STYRELSEN") in got
    assert ("Eva Lindroth", "member", "STYRELSEN") in got
    assert ("Kerstin Ekbom", "deputy_member", "STYRELSEN") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_body_heading_over_dashed_officer_list(morph):
    text = BULLETED_BOARD.replace("STYRELSEN", "Styrelsen").replace("  • ", "* ")
    got = held(text, "sv", morph)
    assert ("Anna Maria Berglöf", "chair", "Styrelsen") in got
    assert ("Kerstin Ekbom", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_heading_that_names_no_body(morph):
    # "Kontakt" over the same bullets names no body: no seat in any body the prose names
    got = held(BULLETED_BOARD.replace("STYRELSEN", "Kontakt"), "sv", morph)
    assert not any(body for _p, _r, body in got)

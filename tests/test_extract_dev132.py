"""hytegraph extract on layouts left over in the 124th, 127th and 128th held-out sets: made-up
snippets, one per mechanism, read with either word-form reader.

- "till vice ordförande utsågs Karin- Lotta Berg": a double first name broken after its hyphen
  and a space, a surname after it, is one name (the first half is no longer dropped); a
  region's name broken so ("Etelä- Pohjanmaan") begins no one.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

BROKEN_FIRST_NAME = (
    "Årsmöte i Pensionärsföreningen Linden\n\n"
    "Vid årsmötet valdes styrelsen. Vid ett konstituerande möte efter årsmötet formerade sig "
    "styrelsen sålunda; till vice ordförande utsågs Britt- Marie Holmgren, till sekreterare "
    "utsågs Olof Sjövall och till kassör valdes Henrik Dahl.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_double_first_name_broken_after_its_hyphen(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(BROKEN_FIRST_NAME, "sv", morph)}
    assert ("Britt-Marie Holmgren", "vice_chair", "styrelsen") in got
    assert ("Olof Sjövall", "secretary", "styrelsen") in got
    # the first half of the first name is not dropped
    assert not any(p == "Marie Holmgren" for p, _r, _b in got)


REGION_BROKEN = (
    "Kyläyhdistyksen vuosikokous\n\n"
    "Kokouksessa oli läsnä edustaja Etelä- Pohjanmaan Kylät ry:stä. Hallituksen "
    "puheenjohtajaksi valittiin Aino Rinne.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_broken_region_name_begins_no_person(morph):
    got = held(REGION_BROKEN, "fi", morph)
    assert ("Aino Rinne", "chair", "Hallitus") in got
    assert not any("Pohjanmaan" in p for p, _r, _b in got)

"""hytegraph extract on a body's heading over its officers' lines, each a name, an office and
the person's tasks or seats elsewhere after commas: made-up snippets, one per mechanism, read
with either word-form reader.

- a body's bare word over a first line "Aino Aho puheenjohtaja, Testilän seudun hallitus, …"
  heads the lines: the first line is the chair's entry (her seat elsewhere after the comma),
  not a heading of another body;
- "Johtokunta ja muut toimielimet" (the body's word, then "and the other bodies") over such
  lines heads them with the body it names first;
- a numbered section's heading naming a body ("3. Johtokunta") over such lines is the
  heading of the lines, not an item of a list.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

LINES = (
    "Pekka Virtanen varapuheenjohtaja, kaava-asiat\n"
    "Liisa Laine sihteeri, lakiasiat\n"
    "Matti Mäki rahastonhoitaja\n"
    "Kari Koski perinne, valokuvat\n\n"
    "Johtokunta kokoontui kahdeksan kertaa.\n"
)


def _report(heading: str, first: str) -> str:
    return (
        "Toimintakertomus 2020\n\n"
        "1. Yleistä\n\n"
        "Vuosi sujui hyvin, ja johtokunta kokoontui usein.\n\n"
        f"{heading}\n\n{first}\n{LINES}"
    )


def _board_read(got: set[tuple[str, str, str]]) -> None:
    assert ("Aino Ahola", "chair", "Johtokunta") in got
    assert ("Pekka Virtanen", "vice_chair", "Johtokunta") in got
    assert ("Liisa Laine", "secretary", "Johtokunta") in got
    assert ("Kari Koski", "member", "Johtokunta") in got
    # (the seat elsewhere heads no one: at most it is the first officer's own seat there)
    assert not any(
        body.endswith("hallitus") and (person, role) != ("Aino Ahola", "member")
        for person, role, body in got
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_a_first_officer_with_a_seat_elsewhere_is_no_heading(morph):
    text = _report("Johtokunta", "Aino Ahola puheenjohtaja, Testilän seudun hallitus, kaava-asiat")
    _board_read(held(text, "fi", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_and_the_others_heads_the_bodys_officers(morph):
    text = _report("Johtokunta ja muut toimielimet", "Aino Ahola puheenjohtaja, kaava-asiat")
    _board_read(held(text, "fi", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_numbered_sections_body_heads_its_officers(morph):
    text = _report("3. Johtokunta", "Aino Ahola puheenjohtaja, kaava-asiat")
    _board_read(held(text, "fi", morph))

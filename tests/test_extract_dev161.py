"""hytegraph extract on layouts met in the hundred-and-forty-ninth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- "kokonpano", the word for a composition as often misspelt (one "o" short), introduces the
  list under it like "kokoonpano" ("Hallituksen kokonpano on seuraava" over office lines and
  bare name lines); a line that only mentions the body with no such word introduces nothing.
- a line naming a foundation's agent ("Säätiön asiamies on:") ends the list above it: the
  name under it holds no seat in the board.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, roles


def _board(intro: str) -> str:
    return (
        "Säätiön hallinto\n\n"
        "Säätiön asioita hoitaa hallitus.\n\n"
        f"{intro}\n\n"
        "Ahola Aino, puheenjohtaja\n"
        "Virtanen Olli, varapuheenjohtaja\n\n"
        "Kaisa Koskinen\n\n"
        "Pekka Salonen\n\n"
        "Säätiön asiamies on:\n"
        "Matti Meikäläinen\n"
        "040 123 4567\n"
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_misspelt_composition_word_introduces_the_list(morph):
    got = roles(_board("Hallituksen kokonpano on seuraava"), "fi", morph)
    want = roles(_board("Hallituksen kokoonpano on seuraava"), "fi", morph)
    assert got == want, got
    assert {r for _, r, _ in got} == {"chair", "vice_chair", "member"}, got
    assert len(got) == 4, got
    assert {b for _, _, b in got} == {"Hallitus"}, got


@pytest.mark.parametrize("morph", MORPHS)
def test_agent_line_ends_the_list(morph):
    got = held(_board("Hallituksen kokoonpano on seuraava"), "fi", morph)
    assert ("Kaisa Koskinen", "member", "Hallitus") in got, got
    assert ("Pekka Salonen", "member", "Hallitus") in got, got
    assert not any(p == "Matti Meikäläinen" for p, _, _ in got), got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_line_with_no_composition_word(morph):
    got = held(_board("Hallitus on kokoontunut kerran"), "fi", morph)
    assert not any(p in ("Kaisa Koskinen", "Pekka Salonen") for p, _, _ in got), got

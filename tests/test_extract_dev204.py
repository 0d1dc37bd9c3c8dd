"""hytegraph extract on a chair going on in office before the sentence that elects the board:
made-up snippets, one per mechanism, read with either word-form reader.

- a chair (or vice chair) going on in office with no body named or in context ("Puheenjohtajana
  jatkaa A.") holds the office in the body the very next sentence opens with, when that
  sentence elects its members ("Johtokuntaan valittiin B, C ja D.") or says they go on
  ("Hallituksessa jatkavat B ja C."): the association's chair chairs its board; a chair only
  elected ("Puheenjohtajaksi valittiin A.", a meeting's chair in minutes, too) is left alone.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

GOES_ON = (
    "Testilä-seuran syyskokouksessa valittiin seuralle puheenjohtaja ja johtokunta "
    "vuodelle 2025.\n\n"
    "Puheenjohtajana jatkaa Tarja Virtanen. Johtokuntaan valittiin Pekka Salonen, "
    "Eeva Ahola ja Sari Laitinen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_going_on_chairs_the_body_elected_next(morph):
    got = held(GOES_ON, "fi", morph)
    assert ("Tarja Virtanen", "chair", "Johtokunta") in got
    for person in ("Pekka Salonen", "Eeva Ahola", "Sari Laitinen"):
        assert (person, "member", "Johtokunta") in got
    # "Puheenjohtajaksi valittiin A": in minutes, the meeting's chair as likely as the board's
    elected = GOES_ON.replace("Puheenjohtajana jatkaa", "Puheenjohtajaksi valittiin")
    assert not any(person == "Tarja Virtanen" for person, _, _ in held(elected, "fi", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_vice_chair_going_on_before_the_members_going_on(morph):
    text = (
        "Varapuheenjohtajana jatkaa Matti Lehtonen. Hallituksessa jatkavat Pekka Salonen ja "
        "Eeva Ahola.\n"
    )
    got = held(text, "fi", morph)
    assert ("Matti Lehtonen", "vice_chair", "Hallitus") in got
    # a sentence after it that elects no one: no body for the office
    other = "Varapuheenjohtajana jatkaa Matti Lehtonen. Hallitus kokoontuu kerran kuussa.\n"
    assert not any(person == "Matti Lehtonen" for person, _, _ in held(other, "fi", morph))

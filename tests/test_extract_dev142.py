"""hytegraph extract on layouts met in the hundred-and-thirty-sixth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- two one-name-a-line lists under body names in capitals, the second heading right under the
  first list's last name with no blank line between (or glued to it, "Tuula
  RinnemäkiSEURAKUNTANEUVOSTO", the line break lost) and a blank line after it: the heading in
  capitals begins a list of its own, its people are the second body's, not the first's (a
  body's name in mixed case right under a name, "Kylälän kunnanhallitus", stays whom the
  person is from).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

TWO_LISTS = (
    "Hallinto\n\n"
    "YHTEISVALTUUSTO\n\n"
    "Heikki Salmela (puheenjohtaja)\n"
    "Anneli Korhola (varapuheenjohtaja)\n"
    "Jorma Peltoniemi\n"
    "Sirkka Lahdenperä\n"
    "Tuula Rinnemäki{sep}SEURAKUNTANEUVOSTO\n\n"
    "Raimo Hautala (kirkkoherra, puheenjohtaja)\n"
    "Jorma Peltoniemi (varapuheenjohtaja)\n"
    "Sirkka Lahdenperä\n"
    "Veikko Ojanperä\n\n"
    "HINNASTO\n\n"
    "Salin vuokra 50,00 €\n"
)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("sep", ["\n", ""])
def test_a_capital_heading_under_a_list_begins_its_own_list(morph, sep):
    got = held(TWO_LISTS.replace("{sep}", sep), "fi", morph)
    first, second = "YHTEISVALTUUSTO", "SEURAKUNTANEUVOSTO"
    assert ("Heikki Salmela", "chair", first) in got
    assert ("Tuula Rinnemäki", "member", first) in got
    assert ("Jorma Peltoniemi", "member", first) in got
    assert ("Raimo Hautala", "chair", second) in got
    assert ("Jorma Peltoniemi", "vice_chair", second) in got
    assert ("Sirkka Lahdenperä", "member", second) in got
    assert ("Veikko Ojanperä", "member", second) in got
    # the second list is not the first body's
    assert ("Raimo Hautala", "chair", first) not in got
    assert ("Jorma Peltoniemi", "vice_chair", first) not in got
    assert ("Veikko Ojanperä", "member", first) not in got


AFFILIATION = (
    "Hankkeen ohjausryhmä\n\n"
    "Marjatta Kivelä (puheenjohtaja)\n"
    "Pentti Rautio\n"
    "Leena Haapamäki\n"
    "Kylälän kunnanhallitus\n\n"
    "Ohjausryhmä kokoontuu neljä kertaa vuodessa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_in_mixed_case_under_a_name_stays_whom_the_person_is_from(morph):
    got = held(AFFILIATION, "fi", morph)
    assert ("Marjatta Kivelä", "chair", "Hankkeen ohjausryhmä") in got
    assert not any(b == "Kylälän kunnanhallitus" for _p, _r, b in got)

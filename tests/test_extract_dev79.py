"""hytegraph extract where two readings of the same round met: a member / deputy table whose
cells run together is not a text with spaces lost, and a table's row read again in full does
not seat a person twice. Made-up snippets, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, key, roles

BOARD = "Styrelsen för Norrby Byaförening rf"

#: the member's office glued to the deputy's name: a cell's end, not a lost space
GLUED_TABLE = (
    f"{BOARD} består av:\n"
    "Ledamot:Ersättare:\n"
    "Ek Aino, ordförandeLind Bo\n"
    "Berg Eva, vice ordförandeHolm Per\n"
    "Sjö Stina, sekreterare\n"
    "Ström MajaKvist Nils\n"
    "Hägg LenaWiik Olle\n"
    "Dahl AnnaRoos Ulla\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_run_into_the_deputys_cell_stays_the_members(morph):
    got = roles(GLUED_TABLE, "sv", morph)
    assert (key("Aino Ek"), "chair", BOARD) in got
    assert (key("Eva Berg"), "vice_chair", BOARD) in got
    assert (key("Stina Sjö"), "secretary", BOARD) in got
    for person in ("Nils Kvist", "Olle Wiik", "Ulla Roos"):
        assert (key(person), "deputy_member", BOARD) in got
    # the vice chair's office is not read as the deputy's, nor the vice chair as a member
    assert (key("Eva Berg"), "member", BOARD) not in got
    assert (key("Per Holm"), "vice_chair", BOARD) not in got


GROUP = "Norrby arbetsgrupp för välfärd"

#: the body named in full in the intro and by its bare kind in the table's reading
RUN_TOGETHER = (
    f"{GROUP} är ett samarbetsorgan för välfärd och hälsa som sammanträder fyra gånger per år.\n\n"
    "Ledamöter:\n"
    "LedamotErsättare\n"
    "Ordförande Ek AinoLind Bo\n"
    "Vice ordförande Berg EvaHolm Per\n"
    "Sjö StinaKvist Nils\n"
    "Ström MajaWiik Olle\n"
    "Hägg LenaRoos Ulla\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_row_read_twice_seats_each_person_once(morph):
    got = roles(RUN_TOGETHER, "sv", morph)
    for person in ("Bo Lind", "Nils Kvist", "Ulla Roos"):
        seats = [r for p, r, _b in got if p == key(person)]
        assert seats == ["deputy_member"], (person, sorted(got))
    for person in ("Stina Sjö", "Maja Ström"):
        seats = [r for p, r, _b in got if p == key(person)]
        assert seats == ["member"], (person, sorted(got))

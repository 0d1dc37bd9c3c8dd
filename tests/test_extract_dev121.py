"""hytegraph extract on layouts met in the hundred-and-nineteenth and hundred-and-twentieth
held-out sets: made-up snippets, one per mechanism, read with either word-form reader.

- "Testiseuran johtokunnassa vuonna 2008 olivat A, B ja C": a body in the inessive and "ovat",
  "olivat" or "toimivat" say who were in it, members as after "kuuluivat";
- contact cards under a board's seat heading, each a name (with its office), a phone, and a
  line in lower case saying what the person is or does ("kolonist i Vinterviken
  (odlingslotter)"): the lower-case line right under the card's other lines keeps the list
  going, so the next cards are read as its entries.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("verb", ["olivat", "ovat", "toimivat"])
def test_people_in_a_body_in_the_inessive(morph, verb):
    got = held(
        f"Testi-Seura ry:n johtokunnassa vuonna 2008 {verb} Aino Aho, Bo Lind, Eeva Ek ja Pia "
        "Puu. Kevätkokous pidettiin maaliskuussa.",
        "fi",
        morph,
    )
    assert {(p, r) for p, r, _b in got} == {
        ("Aino Aho", "member"),
        ("Bo Lind", "member"),
        ("Eeva Ek", "member"),
        ("Pia Puu", "member"),
    }
    assert all(b.endswith("johtokunta") for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_meeting_in_the_inessive_seats_no_one(morph):
    assert held("Kokouksessa olivat läsnä Aino Aho, Bo Lind ja Eeva Ek.", "fi", morph) == set()


CARDS = (
    "STYRELSE\n\n"
    "Ordinarie:\n"
    "Katja Ek, ordförande\n076-305 60 82\nordforande@exempel.se\n"
    "kolonist i Granbacken (odlingslotter)\n\n"
    "Anne Berg, kassör\n070-571 79 55\nkassor@exempel.se\n"
    "kolonist i Björkdalen (stuglotter)\n\n"
    "Maria Lind\nkolonist i Ekudden (odlingslotter)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_contact_cards_with_a_lower_case_line_go_on_with_the_list(morph):
    got = held(CARDS, "sv", morph)
    assert ("Katja Ek", "chair", "STYRELSE") in got
    assert ("Anne Berg", "member", "STYRELSE") in got
    assert ("Maria Lind", "member", "STYRELSE") in got

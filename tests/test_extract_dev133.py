"""hytegraph extract on a layout met in the hundred-and-twenty-ninth held-out set: made-up
snippets, read with either word-form reader.

- an office's abbreviation right after a name in a sentence's run of names ("Aino Mäki pj,
  Bo Lind vpj, Eeva Salo siht, Pekka Keränen …"): the office is that name's; the names after
  the last abbreviation hold none of the offices (before, each of them was read as chair, vice
  chair and secretary at once);
- left alone: the abbreviation before a name ("pj Aino Mäki, siht Bo Lind") is the office of the
  name after it.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

AFTER_NAMES = (
    "Kyläseuran toimintaa johti kevätkokouksen valitsema johtokunta, johon kuuluivat seuraavat "
    "henkilöt: Aino Mäki pj, Bo Lind vpj, Eeva Salo siht, Pekka Keränen, Jouko Karhunen ja "
    "Tiina-Maria Karhu. Syyskokouksessa Eeva Salo jättäytyi johtokunnasta.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_offices_abbreviation_after_a_name_is_that_names(morph) -> None:
    got = held(AFTER_NAMES, morph=morph)
    assert {
        ("Aino Mäki", "chair", "Johtokunta"),
        ("Bo Lind", "vice_chair", "Johtokunta"),
        ("Eeva Salo", "secretary", "Johtokunta"),
    } <= got
    officers = {(p, r) for p, r, _b in got if r in ("chair", "vice_chair", "secretary")}
    assert officers == {
        ("Aino Mäki", "chair"),
        ("Bo Lind", "vice_chair"),
        ("Eeva Salo", "secretary"),
    }


BEFORE_NAMES = "Kyläseuran johtokunta 2024: pj Aino Mäki, vpj Bo Lind, siht Eeva Salo.\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_an_offices_abbreviation_before_a_name_stays_the_next_names(morph) -> None:
    got = held(BEFORE_NAMES, morph=morph)
    officers = {(p, r) for p, r, _b in got if r in ("chair", "vice_chair", "secretary")}
    assert officers == {
        ("Aino Mäki", "chair"),
        ("Bo Lind", "vice_chair"),
        ("Eeva Salo", "secretary"),
    }

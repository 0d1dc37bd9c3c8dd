"""hytegraph extract: made-up snippets for a person's name that ends right before a body's
name, when the person's first name is also a common noun ("Marja" a berry, "Ilta" an evening,
"Satu" a fairy tale, "Tuuli" the wind), read with either word-form reader.

A capitalised word after such a first name, right before a capitalised body word, is the end
of the person's name: it begins no body's name.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, needs_voikko


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("first", ["Marja", "Ilta", "Satu", "Tuuli"])
def test_a_noun_like_first_name_before_a_body_in_a_masthead(morph, first):
    text = (
        "Julkaisija: Testilän Liitto Päätoimittaja: Aino Aho Viestintäpäällikkö: "
        f"{first} Kivimetsä Tiedotustoimikunta : pj Aino Aho, Bo Lind, Eeva Ek ja "
        f"{first} Kivimetsä Testilä-lehti, Katu 2 A, 00520 Helsinki, p. 040 123 4567"
    )
    got = held(text, "fi", morph)
    assert {b for _p, _r, b in got} == {"Tiedotustoimikunta"}
    assert ("Aino Aho", "chair", "Tiedotustoimikunta") in got
    assert (f"{first} Kivimetsä", "member", "Tiedotustoimikunta") in got


@needs_voikko
@pytest.mark.parametrize("first", ["Aino", "Marja"])
def test_a_noun_like_first_name_in_the_genitive_before_a_body(first):
    """Only libvoikko knows "Ahon" as the genitive of a surname."""
    got = held(f"Kokous valitsi {first} Ahon kunnanhallituksen puheenjohtajaksi.", "fi")
    assert {(p, r, b.casefold()) for p, r, b in got} == {
        (f"{first} Aho", "chair", "kunnanhallitus")
    }

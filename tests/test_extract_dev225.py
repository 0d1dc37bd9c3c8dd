"""hytegraph extract on representatives named in running text:

- "Kunnanhallituksen edustajana vanhusneuvostossa toimii A", "Hyvinvointialueen edustajana
  hyvinvointiryhmässä toimii B", "Vanhusneuvostoon kuuluu lisäksi Eläkeliiton edustaja C": a
  seat in the body the sentence names it in (the inessive or the illative), held for the organ
  in the genitive before the role (``on_behalf_of``), as a list's "Name, X:n edustaja" is; the
  page's own body when the sentence names it short ("vanhusneuvostoon" on the page of the
  "Vanhus- ja vammaisneuvosto"), its deputy ("ja varaedustajaksi D") too; people of a kind in
  the plural genitive ("Pohjois-Karjalan nuorten edustajina") are no organisation;
- "Hyvinvointialueen edustajiksi hyvinvointiryhmään nimettiin A ja B": a passive verb between
  the plural role and the names gives every name the role (not only the first, in the
  genitive);
- "… oli silloinen kunnanjohtaja A": a holder then, no seat now.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.morphology import morphology
from tests.extract_snippets import MORPHS, held_for


def _seats(text: str, morph: str | None) -> set[tuple[str, str, str, str]]:
    """(person, role, body, organisation held for) of every seat held on the page's date."""
    return held_for(text, "fi", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_representative_in_the_body_named(morph):
    got = _seats("Kunnanhallituksen edustajana vanhusneuvostossa toimii Aino Ahola.\n", morph)
    assert got == {("Aino Ahola", "member", "vanhusneuvosto", "kunnanhallitus")}
    got = _seats("Vanhusneuvostossa kunnanhallituksen edustajana toimii Aino Ahola.\n", morph)
    assert got == {("Aino Ahola", "member", "vanhusneuvosto", "kunnanhallitus")}


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organisation_in_the_genitive_before_the_role(morph):
    got = _seats("Hyvinvointialueen edustajana hyvinvointiryhmässä toimii Eero Ek.\n", morph)
    assert {(p, r, b) for p, r, b, _o in got} == {("Eero Ek", "member", "hyvinvointiryhmä")}
    text = "Vanhusneuvostoon kuuluu lisäksi Eläkeliiton edustaja Liisa Laine.\n"
    (seat,) = _seats(text, morph)
    assert seat[:3] == ("Liisa Laine", "member", "vanhusneuvosto")
    # the organisation's words only, no verb or adverb before them
    assert seat[3].startswith("eläkeli")
    if morphology(morph).name == "voikko":  # (the rules' base form is a guess)
        assert seat[3] == "eläkeliitto"


@pytest.mark.parametrize("morph", MORPHS)
def test_representatives_named_after_a_passive_verb(morph):
    text = "Hyvinvointialueen edustajiksi hyvinvointiryhmään nimettiin Aino Ahola ja Eero Ek.\n"
    got = {(p, r, b) for p, r, b, _o in _seats(text, morph)}
    assert got == {
        ("Aino Ahola", "member", "hyvinvointiryhmä"),
        ("Eero Ek", "member", "hyvinvointiryhmä"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_the_pages_body_named_short_and_the_deputy(morph):
    text = (
        "Vanhus- ja vammaisneuvosto\n\n"
        "Vanhus- ja vammaisneuvoston kokoonpano\n\n"
        "Kunnanhallituksen edustajaksi vanhusneuvostoon on valittu Mikko Ristimäki ja "
        "varaedustajaksi Leena Nummi.\n"
    )
    got = {(p, r, b) for p, r, b, _o in _seats(text, morph)}
    assert ("Mikko Ristimäki", "member", "vanhus- ja vammaisneuvosto") in got
    assert ("Leena Nummi", "deputy_member", "vanhus- ja vammaisneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_people_of_a_kind_are_no_organisation(morph):
    # (guard) the seat keeps the sentence's role; no organisation "Pohjois-Karjalan nuorten"
    text = (
        "Barentsin alueen nuorisovaltuustossa Pohjois-Karjalan nuorten edustajina toimivat "
        "Sara Kinnunen ja Pyry Hiltunen.\n"
    )
    got = _seats(text, morph)
    assert {p for p, _r, _b, _o in got} == {"Sara Kinnunen", "Pyry Hiltunen"}
    assert not any("nuorten" in o for _p, _r, _b, o in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_holder_then_has_no_seat_now(morph):
    text = "Keskushallinnon edustajana työryhmässä oli silloinen kunnanjohtaja Veijo Virtanen.\n"
    assert _seats(text, morph) == set()
    # (guard) a title held now
    text = "Työryhmän puheenjohtajana toimii kunnanjohtaja Veijo Virtanen.\n"
    assert {(p, r) for p, r, _b, _o in _seats(text, morph)} == {("Veijo Virtanen", "chair")}

"""hytegraph extract on layouts met in the sixty-third and sixty-fifth held-out sets (Swedish
pensioners' and patients' associations' annual meetings and reports): made-up snippets, one
per mechanism, read with either word-form reader.

- a body's word followed by "bestående av" names that body's members after it, whatever verb
  says the body was set up ("Årsmötet utsåg även en valberedning bestående av A, B och C");
  "bestående av" after a word that names no body ("en trio bestående av …") gives no seat.
- a body's heading word run into a flattened paragraph right after a sentence's end, the next
  sentence naming the same body after an owner's genitive ("… revisorsersättare. Valberedning
  Föreningens valberedning har bestått av A, B och C."), is a heading of its own: the
  sentence's names are that body's members; a heading word naming another body than the
  sentence's gives that other body no seats.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    "text",
    [
        "Årsmötet i Testby pensionärsförening hölls den 4 mars 2023.\n\n"
        "Årsmötet utsåg även en valberedning bestående av Lisa Ekvall, Tore Brandin och "
        "Maja Sundell som sammankallande.\n",
        "Mötet valde en valberedning bestående av Lisa Ekvall, Tore Brandin och Maja Sundell.\n",
    ],
    ids=["utsåg", "valde"],
)
def test_body_consisting_of_names_after_any_verb(text, morph):
    got = {(p, r) for p, r, b in held(text, "sv", morph) if b.casefold().startswith("valbered")}
    assert got == {
        ("Lisa Ekvall", "member"),
        ("Tore Brandin", "member"),
        ("Maja Sundell", "member"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_consisting_of_after_no_body(morph):
    text = (
        "Efter mötet underhöll en trio bestående av Lisa Ekvall, Tore Brandin och Maja Sundell.\n"
    )
    assert held(text, "sv", morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_consisting_of_a_count(morph):
    text = (
        "Årsmötet utsåg en valberedning bestående av tre personer. Styrelsen består av "
        "Per Fransson, ordförande, Eva Strömdal och Bo Lindqvist.\n"
    )
    got = held(text, "sv", morph)
    assert not any(b.casefold().startswith("valbered") for _p, _r, b in got)
    assert ("Per Fransson", "chair", "Styrelsen") in got


FLATTENED = (
    "1 (9) Verksamhetsberättelse 2019 Revisorer Ordinarie revisorer har varit Kurt Halvarsson "
    "och Berit Sandlund med Gun Alström som revisorsersättare. Valberedning Föreningens "
    "valberedning har bestått av Karin Dahlgren, sammankallande, Rut Lindell, Eva Holmgren "
    "och Lars Ekdahl. Adress: Telefon: Plusgiro:\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_heading_glued_after_a_sentence_end(morph):
    got = {(p, r) for p, r, b in held(FLATTENED, "sv", morph) if "valberedning" in b.casefold()}
    assert got == {
        ("Karin Dahlgren", "member"),
        ("Rut Lindell", "member"),
        ("Eva Holmgren", "member"),
        ("Lars Ekdahl", "member"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_heading_of_another_body(morph):
    text = (
        "Revisorer har varit Kurt Halvarsson och Berit Sandlund. Styrelse Föreningens "
        "valberedning har bestått av Karin Dahlgren, Rut Lindell och Lars Ekdahl.\n"
    )
    got = held(text, "sv", morph)
    assert not any(b.casefold().startswith("styrelse") for _p, _r, b in got)
    assert not any(p == "Kurt Halvarsson" for p, _r, _b in got)

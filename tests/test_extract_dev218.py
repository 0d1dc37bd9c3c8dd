"""hytegraph extract without libvoikko, on names printed surname first: the rules reader of
word forms knows first names from a list (``givennames``, from the population register's name
statistics), as voikko knows them from its dictionary.

- "Virtanen, Veera (pj.)": a list printed surname first with a comma is read as names when the
  word after the comma is a first name of the list, with either reader; "Kuopio, Siilinjärvi"
  or "Jäsenet, varajäsenet" are no one;
- the list: a first name is one only with a capital ("Satu", not "satu"), in the nominative
  ("Kristian" is no genitive of "Kristia"), and a first name that is also a common surname
  ("Heino") is read as both.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.givennames import first_name, first_names
from tests.extract_snippets import MORPHS, held, walked

FI_LIST = (
    "Testilän nuorisovaltuusto:\n"
    "- Virtanen, Veera (pj.) (MLL:n paikallisyhdistys)\n"
    "- Hämäläinen, Elina (vpj.) (Martat ry)\n"
    "- Hirvonen, Reijo (siht.) (Eläkeliitto ry)\n"
    "- Ojala, Petra (Eläkeliitto ry)\n"
    "- Heino, Ville (Reumayhdistys ry)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_printed_surname_first_with_a_comma(morph):
    got = {(" ".join(sorted(p.split())), r, b) for p, r, b in held(FI_LIST, "fi", morph)}
    body = "Testilän nuorisovaltuusto"
    assert ("Veera Virtanen", "chair", body) in got
    assert ("Elina Hämäläinen", "vice_chair", body) in got
    assert ("Hirvonen Reijo", "secretary", body) in got
    assert ("Ojala Petra", "member", body) in got


def test_without_voikko_a_surname_that_is_also_a_first_name():
    # the list reads "Heino" as a first name and a surname (voikko's dictionary knows it as a
    # first name only, and reads "Heino, Ville" as two first names)
    got = held(FI_LIST, "fi", "rules")
    assert ("Ville Heino", "member", "Testilän nuorisovaltuusto") in got
    people = {f.actor.name for f in walked(FI_LIST, "fi", "rules").findings if f.actor}
    assert {"Veera Virtanen", "Reijo Hirvonen", "Ville Heino"} <= people


@pytest.mark.parametrize("morph", MORPHS)
def test_places_and_headings_with_a_comma_are_no_one(morph):
    text = (
        "Toimintaa järjestetään seuraavissa kunnissa:\n"
        "- Kuopio, Siilinjärvi (Pohjois-Savo)\n"
        "- Jäsenet, varajäsenet (kaikki)\n"
    )
    assert not held(text, "fi", morph)


def test_the_list_of_first_names():
    rules = m.morphology("rules")
    assert len(first_names()) > 3000
    assert {a.cls for a in rules.analyse("Satu")} == {m.FIRST_NAME}
    assert {a.cls for a in rules.analyse("satu")} == {m.UNKNOWN}
    assert rules.analyse("Kristian") == (m.Analysis("Kristian", m.FIRST_NAME, "nom"),)
    assert {a.cls for a in rules.analyse("Heino")} == {m.FIRST_NAME, m.SURNAME}
    assert {a.cls for a in rules.analyse("Virtanen")} == {m.UNKNOWN}
    assert first_name("Anna-Maija") is False and first_name("MATTI") is False
    assert first_name("Tuisku") is True and first_name("Ahola") is None
    # a case form is read by the endings, not as a first name ("Marin" is Mari's genitive)
    assert {a.cls for a in rules.analyse("Veeran")} == {m.UNKNOWN}
    # the reader voikko falls back to for words it does not know has no list
    assert {a.cls for a in m.RuleMorphology().analyse("Satu")} == {m.UNKNOWN}

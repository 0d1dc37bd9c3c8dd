"""hytegraph extract on a memo's participants run together on one line, and on the kind of
document printed before a body's name:

- "Osallistujat: Aino Ek, Testilän kaupunki (puheenjohtaja) Bo Lind, Kylälän kunta Eva Berg,
  TEM (etänä) …": those present at a meeting after their label, each "Name, Organisation" with
  perhaps a note in parentheses, flattened into one line as a memo turned from PDF prints
  them, are read entry by entry, as the same list on lines of its own is; names only ("Läsnä:
  A, B, C ja D") and entries with their offices after commas ("Ek Aino, jäsen, …") are left as
  they are;
- "Muistio Ohjausryhmän kokous 1/2015", "KOKOUSMUISTIO YRITTÄVÄ KYLÄLÄ -TYÖRYHMÄ": the
  document's kind is no word of the body's name.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.unflatten import Unflattener
from tests.extract_snippets import MORPHS, seats

MEMO = (
    "Testilän kaupunkiseudun ohjausryhmä\n\n"
    "1 Testilän kaupunkiseudun ohjausryhmä Muistio Ohjausryhmän kokous 1/2031 Paikka: "
    "Kaupungintalo, neuvotteluhuone 120 Osallistujat: Aino Ahola, Testilän kaupunki "
    "(puheenjohtaja) Eero Ek, Kylälän kaupunki Liisa Laine, Kylälän kaupunki (estynyt) Pekka "
    "Puu, Testi Science Park Oy (etänä) Santtu Von Mäki, Mäkelän kaupunki Kaisa Koski, TEM "
    "Olli Salo, Hankkeen toimisto (esittelijä) Minna Mänty, Hankkeen toimisto (sihteeri)\n\n"
    "2 Kokouksen avaus Puheenjohtaja Ahola avasi kokouksen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_participants_run_together_after_their_label(morph):
    got = seats(MEMO, "fi", morph)
    body = "testilän kaupunkiseudun ohjausryhmä"
    assert ("Aino Ahola", "chair", body) in got
    assert ("Minna Mänty", "secretary", body) in got
    members = {p for p, r, b in got if r == "member" and b == body}
    assert {"Eero Ek", "Liisa Laine", "Pekka Puu", "Kaisa Koski"} <= members
    # a name of three words stays whole; the organisation is no part of any name
    assert any(p.endswith("Von Mäki") and p.startswith("Santtu") for p in members)
    assert not any("kaupunki" in p or "TEM" in p or "Oy" in p for p, _r, _b in got)
    # the presenter holds no member's seat
    assert not any(p == "Olli Salo" and r == "member" for p, r, _b in got)


def test_names_only_or_offices_after_commas_are_left_as_they_are():
    unflatten = Unflattener(lexicon("fi"))
    for line in (
        "Läsnä: Aino Ahola, Eero Ek, Liisa Laine, Pekka Puu ja Kaisa Koski.\n",
        "Läsnä: Ahola Aino, pj., Ek Eero, jäsen, Laine Liisa, jäsen, Puu Pekka, jäsen, Koski "
        "Kaisa, jäsen\n",
        # each name's job after its comma, then another label's names
        "Läsnä: Aino Ahola, talousjohtaja Eero Ek, kirkkoherra Liisa Laine, kanttori Pekka "
        "Puu, kappalainen Poissa: Kaisa Koski, Olli Salo\n",
        # no label of those present: a sentence of names and where they come from
        "Hallitukseen valittiin Aino Ahola, Testilä Eero Ek, Kylälä Liisa Laine, Mäkelä Pekka "
        "Puu, Kylälä\n",
    ):
        assert unflatten.name_organisation_runs(line) == line


@pytest.mark.parametrize("morph", MORPHS)
def test_the_kind_of_document_is_no_word_of_the_body_name(morph):
    text = "Muistio Ohjausryhmän kokous 1/2031\n\nJäsenet:\nAino Ahola\nEero Ek\n"
    assert {b for _p, _r, b in seats(text, "fi", morph)} == {"ohjausryhmä"}
    text = "KOKOUSMUISTIO YRITTÄVÄ KYLÄLÄ -TYÖRYHMÄ\n\nJäsenet:\nAino Ahola\nEero Ek\n"
    assert {b for _p, _r, b in seats(text, "fi", morph)} == {"yrittävä kylälä -työryhmä"}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_name_may_begin_with_a_digit(morph):
    text = "1 6Testi-strategian ohjausryhmä Muistio Paikka: Kaupungintalo Osallistujat:\n"
    text += "Aino Ahola, Testilän kaupunki\nEero Ek, Kylälän kaupunki\n"
    assert {b for _p, _r, b in seats(text, "fi", morph)} == {"6testi-strategian ohjausryhmä"}

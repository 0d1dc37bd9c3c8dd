"""hytegraph extract on layouts met in the hundred-and-thirty-third held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a body's bare heading with no colon ("Hallitus") over one paragraph "A, puheenjohtaja ja
  tiedottaja, B, varapuheenjohtaja, C, sihteeri, D, E ja F": each office set off by commas
  after a name is that name's (a duty in lower case, "tiedottaja", a member's), the names with
  none members;
- a roster under a bare heading, one line each "Aho Aino Kylälä puheenjohtaja ja seuran
  esimies", "Ek Bo Ylämaa hallituksen jäsen, sihteeri", "… työryhmän jäsen 31.7.2016 saakka": a
  name (a town after it), then what the person is: the highest office in the heading's body,
  "hallituksen jäsen" its member, and a seat in another body named in the genitive;
- "Puheenjohtaja Aino Ek Kylätie 8 12345 Kylälä" / "Bo Lind Kuja 1 12345 Ylämaa" under a
  body's heading: the postal address after a name ends the entry (the line is no mere
  address);
- "Hoitokuntaan valittiin A (varalle B), C (D) ja E (F)": a fishing co-owners' management
  committee (hoitokunta) is a body; "varalle" in the first parenthesis makes every name alone
  in a parenthesis after a name a personal deputy;
- "Muita hallituksen jäseniä ovat olleet A, B ja varajäsenenä C": the perfect tense links the
  role to the names as "ovat" does;
- "Kalastuksen valvojiksi valittiin A, B ja C": people chosen for a task named by an agent
  noun in the plural translative hold no seat, nor a guess of the learned tagger's.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, findings, held, key, roles

SET_OFF_OFFICES = (
    "Kylälän kotiseutuyhdistys ry\n\n"
    "Toimintakertomus 2023\n\n"
    "Hallitus\n\n"
    "Aila Pesonen, puheenjohtaja ja tiedottaja, Veikko Lamminpää, varapuheenjohtaja, Sointu "
    "Rautio, sihteeri ja rahastonhoitaja, Oskari Vehmas, tiedottaja, Lempi Kataja, Toivo "
    "Harmaja ja Elli Suvikas.\n\n"
    "Kokoukset\n\n"
    "Hallitus kokoontui vuoden aikana kuusi kertaa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_set_off_by_commas_after_names_under_a_bare_heading(morph):
    got = held(SET_OFF_OFFICES, "fi", morph)
    assert ("Aila Pesonen", "chair", "Hallitus") in got
    assert ("Veikko Lamminpää", "vice_chair", "Hallitus") in got
    assert ("Sointu Rautio", "secretary", "Hallitus") in got
    assert ("Oskari Vehmas", "member", "Hallitus") in got
    assert ("Lempi Kataja", "member", "Hallitus") in got
    assert ("Toivo Harmaja", "member", "Hallitus") in got
    assert ("Elli Suvikas", "member", "Hallitus") in got
    # the office is the name's before it, never the next one's
    assert ("Veikko Lamminpää", "chair", "Hallitus") not in got
    assert ("Sointu Rautio", "vice_chair", "Hallitus") not in got


DUTIES_ONLY = (
    "Kylälän kotiseutuyhdistys ry\n\n"
    "Yhteyshenkilöt\n\n"
    "Aila Pesonen, tiedottaja, Veikko Lamminpää, kuljettaja, Sointu Rautio ja Elli Suvikas.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_names_with_duties_but_no_office_gives_no_seats(morph):
    # guard: no officer of a body among them, no body's heading: contacts, not a board
    assert held(DUTIES_ONLY, "fi", morph) == set()


ROSTER = (
    "TOIMINTAKERTOMUS VUODESTA 2022\n\n"
    "2. HALLINTO\n\n"
    "Hallitus\n\n"
    "Harmaja Toivo Kuopio puheenjohtaja ja seuran esimies, työryhmän jäsen 30.6.2022 saakka\n"
    "Vehmas Oskari Espoo varapuheenjohtaja ja varaesimies\n"
    "Kataja Lempi Kajaani hallituksen jäsen\n"
    "Suvikas Elli Oulu hallituksen jäsen, työryhmän jäsen 30.6.2022 saakka\n"
    "Rautio Sointu Kuopio hallituksen jäsen, sihteeri\n"
    "Pesonen Aila Lahti hallituksen jäsen, rahastonhoitaja\n\n"
    "Toimihenkilöt\n\n"
    "Lamminpää Veikko Espoo lehden toimittaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_roster_of_names_towns_and_duties_under_a_bare_heading(morph):
    # (the names compared word by word: only voikko knows which word is the first name)
    got = roles(ROSTER, "fi", morph)
    assert (key("Toivo Harmaja"), "chair", "Hallitus") in got
    assert (key("Oskari Vehmas"), "vice_chair", "Hallitus") in got
    assert (key("Lempi Kataja"), "member", "Hallitus") in got
    assert (key("Elli Suvikas"), "member", "Hallitus") in got
    assert (key("Sointu Rautio"), "secretary", "Hallitus") in got
    assert (key("Aila Pesonen"), "member", "Hallitus") in got
    assert (key("Toivo Harmaja"), "member", "Työryhmä") in got
    assert (key("Elli Suvikas"), "member", "Työryhmä") in got
    # the town is no part of the name; the editor under another heading holds no seat
    assert not any("Kuopio" in p or "Espoo" in p for p, _r, _b in got)
    assert not any("Lamminpää" in p for p, _r, _b in got)


ROSTER_NO_SEAT = (
    "TOIMINTAKERTOMUS VUODESTA 2022\n\n"
    "Hallitus\n\n"
    "Harmaja Toivo Kuopio puheenjohtaja\n"
    "Vehmas Oskari Espoo lehden toimittaja\n"
    "Kataja Lempi Kajaani kotisivujen päivitys\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_roster_with_lines_that_hold_no_seat_is_not_read_so(morph):
    # guard: a line that names no seat in the heading's body: not such a roster
    found = findings(ROSTER_NO_SEAT, "fi", morph)
    assert not any(f.rule == "list-name-duty" for f in found)


ADDRESSES = (
    "Toimintakertomus 2021\n\n"
    "Kylälän kalastusalueen hallitus:\n"
    "Puheenjohtaja Aatos Pelkonen Koivutie 8 12345 Kylälä\n"
    "Varapuheenjohtaja Saima Luoma Rantakuja 47 12350 Ylämaa\n"
    "Jäsenet Veli Rinne Mäntytie 18 12345 Kylälä\n"
    "Helmi Kurki Etelä-Kuja 121 12345 Kylälä\n"
    "Onni Virta Harjutie 2 12360 Alamaa\n"
    " \n"
    "Rahastonhoitajana on toiminut Irja Kallio.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_postal_address_after_each_name_ends_the_entry(morph):
    got = held(ADDRESSES, "fi", morph)
    body = "Kylälän kalastusalueen hallitus"
    assert ("Aatos Pelkonen", "chair", body) in got
    assert ("Saima Luoma", "vice_chair", body) in got
    assert ("Veli Rinne", "member", body) in got
    assert ("Helmi Kurki", "member", body) in got
    assert ("Onni Virta", "member", body) in got
    assert not any("tie" in p or "Kuja" in p for p, _r, _b in got)


ADDRESS_ONLY = (
    "Kylälän kalastusalueen hallitus:\n"
    "Puheenjohtaja Aatos Pelkonen\n"
    "Koivutie 8 12345 Kylälä\n"
    "Jäsen Veli Rinne\n"
    "Mäntytie 18 12345 Kylälä\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_address_on_a_line_of_its_own_is_still_no_entry(morph):
    # guard: a line that is only an address names no one
    got = held(ADDRESS_ONLY, "fi", morph)
    assert ("Aatos Pelkonen", "chair", "Kylälän kalastusalueen hallitus") in got
    assert all(p in ("Aatos Pelkonen", "Veli Rinne") for p, _r, _b in got)


PERSONAL_DEPUTIES = (
    "Toimintakertomus vuodelta 2021\n\n"
    "Osakaskunnan vuosikokous pidettiin 3.4.2021.\n\n"
    "Hoitokuntaan valittiin Aatos Pelkonen (varalle Saima Luoma), Veli Rinne (Helmi Kurki), "
    "Onni Virta (Irja Kallio) ja Toivo Harmaja (Elli Suvikas).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_personal_deputies_in_parentheses_after_varalle(morph):
    got = held(PERSONAL_DEPUTIES, "fi", morph)
    for person in ("Aatos Pelkonen", "Veli Rinne", "Onni Virta", "Toivo Harmaja"):
        assert (person, "member", "Hoitokunta") in got
    for person in ("Saima Luoma", "Helmi Kurki", "Irja Kallio", "Elli Suvikas"):
        assert (person, "deputy_member", "Hoitokunta") in got
        assert (person, "member", "Hoitokunta") not in got


NO_DEPUTY_WORD = (
    "Toimintakertomus vuodelta 2021\n\n"
    "Hoitokuntaan valittiin Aatos Pelkonen (Kylälä), Veli Rinne (Ylämaa) ja Onni Virta "
    "(Alamaa).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_places_in_parentheses_are_no_deputies(morph):
    # guard: with no deputy's word, a parenthesis is no deputy
    got = held(NO_DEPUTY_WORD, "fi", morph)
    assert ("Aatos Pelkonen", "member", "Hoitokunta") in got
    assert not any(r == "deputy_member" for _p, r, _b in got)


PERFECT = (
    "Yhdistyksen toimintakertomus 2023\n\n"
    "Yhdistyksen vuosikokous valitsi puheenjohtajaksi Aatos Pelkosen. Muita hallituksen "
    "jäseniä ovat olleet Saima Luoma, Veli Rinne ja varajäsenenä Helmi Kurki.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_linked_by_the_perfect_tense(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(PERFECT, "fi", morph)}
    assert ("Saima Luoma", "member", "hallitus") in got
    assert ("Veli Rinne", "member", "hallitus") in got
    assert ("Helmi Kurki", "deputy_member", "hallitus") in got


FORMER = (
    "Yhdistyksen historia\n\n"
    "Hallituksen jäseniä ovat olleet vuosien varrella myös Saima Luoma ja Veli Rinne.\n"
)


def test_the_perfect_tense_with_words_between_reads_no_current_seat():
    # guard: "vuosien varrella" between the verb and the names: a history, not the board
    got = held(FORMER, "fi", "rules")
    assert ("Saima Luoma", "member", "Hallitus") not in got


TASK = (
    "Toimintakertomus vuodelta 2021\n\n"
    "Hoitokuntaan valittiin Aatos Pelkonen, Veli Rinne ja Onni Virta.\n\n"
    "Kalastuksen valvojiksi valittiin Aatos Pelkonen, Toivo Harmaja ja Veli Rinne.\n"
)


def _no_seat(text: str) -> list[str]:
    walk = Walker(lexicon("fi"), morphology("rules")).walk(text)
    return [text[a:b] for a, b in walk.no_seat]


def test_people_chosen_for_a_task_hold_no_seat_nor_a_guess():
    spans = _no_seat(TASK)
    assert any("Toivo Harmaja" in s for s in spans)
    got = held(TASK, "fi", "rules")
    assert not any(p == "Toivo Harmaja" for p, _r, _b in got)
    assert ("Aatos Pelkonen", "member", "Hoitokunta") in got


OFFICERS_CHOSEN = (
    "Toimintakertomus vuodelta 2021\n\n"
    "Varapuheenjohtajiksi valittiin Aatos Pelkonen ja Toivo Harmaja.\n"
)


def test_officers_in_the_plural_translative_are_no_task():
    # guard: an office, not a task: the names stay open to the rules and the tagger
    assert not any("Toivo Harmaja" in s for s in _no_seat(OFFICERS_CHOSEN))

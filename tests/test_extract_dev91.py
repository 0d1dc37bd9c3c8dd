"""hytegraph extract on layouts met in the ninety-fifth held-out set: made-up snippets, one
per mechanism, read with either word-form reader.

- a heading that names the organ in the genitive, the date of its decision and a participle
  before the body it confirmed or appointed ("Kaupunginvaltuuston 14.3.2026 vahvistama
  vaalilautakunta:"): the people under it sit in the body after the participle, not in the
  organ;
- names numbered in order on one line ("1. Aino Ek, 2. Bo Lind, 3. Eva Berg."): a run of
  names, each with the seat of the list it is in;
- a body's name alone as a heading without a colon over three or more lines of a name and
  its electoral list ("Nuorisolautakunta" over "Aino Ek, Yhteinen vastuu"): the body's
  members;
- a deputies' line of a list's label and two names ("Yhteinen vastuu: Aino Ek, Bo Lind"
  under "varalla:"): two deputies, the second no organisation the first speaks for;
- a long comma-separated run of names printed surname first, some with first names voikko
  does not know, the last printed "Surname, Firstname": every name is the run's.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, key, roles

CONFIRMED = (
    "Vaalit 2026\n\n"
    "Kaupunginvaltuuston 14.3.2026 vahvistama vaalilautakunta:\n\n"
    "Oskari Vuorela (pj)\nMaija Rantanen\nTapio Kettunen\n"
)
ORGAN_ITSELF = CONFIRMED.replace(
    "Kaupunginvaltuuston 14.3.2026 vahvistama vaalilautakunta:", "Kaupunginvaltuusto 14.3.2026:"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_body_an_organ_confirmed_holds_the_people_under_the_heading(morph):
    got = held(CONFIRMED, "fi", morph)
    assert ("Oskari Vuorela", "chair", "Vaalilautakunta") in got
    assert ("Maija Rantanen", "member", "Vaalilautakunta") in got
    assert ("Tapio Kettunen", "member", "Vaalilautakunta") in got
    assert not any(b == "Kaupunginvaltuusto" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_heading_naming_the_organ_alone_keeps_it(morph):
    # guard: no participle, the organ's own list
    got = held(ORGAN_ITSELF, "fi", morph)
    assert ("Maija Rantanen", "member", "Kaupunginvaltuusto") in got


NUMBERED = (
    "Keskusvaalilautakunta:\n\n"
    "Oskari Vuorela (pj)\nMaija Rantanen\nTapio Kettunen\n\n"
    "Varalla:\n1. Helmi Aaltonen, 2. Ville Kärkkäinen, 3. Anni Lepistö.\n"
)
OUT_OF_ORDER = NUMBERED.replace("2. Ville Kärkkäinen, 3. Anni", "3. Ville Kärkkäinen, 2. Anni")


@pytest.mark.parametrize("morph", MORPHS)
def test_names_numbered_in_order_on_one_line_are_a_run(morph):
    got = held(NUMBERED, "fi", morph)
    assert ("Helmi Aaltonen", "deputy_member", "Keskusvaalilautakunta") in got
    assert ("Ville Kärkkäinen", "deputy_member", "Keskusvaalilautakunta") in got
    assert ("Anni Lepistö", "deputy_member", "Keskusvaalilautakunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_numbers_out_of_order_are_left_alone(morph):
    # guard: "1. …, 3. …, 2. …" is no run of names in order
    got = held(OUT_OF_ORDER, "fi", morph)
    assert not any(p == "Ville Kärkkäinen" for p, _r, _b in got)


LIST_LINES = (
    "Luottamushenkilöt\n\nKirkkovaltuusto:\n\nAila Hongisto, Yhteinen vastuu\n\n"
    "Nuorisolautakunta\n\n"
    "Oskari Vuorela, Yhteinen vastuu\n"
    "Maija Rantanen, Vihreä polku\n"
    "Tapio Kettunen, YV\n"
    "Helmi Aaltonen, VP\n\n"
    "varalla:\n"
    "Yhteinen vastuu: Ville Kärkkäinen, Anni Lepistö\n"
    "Vihreä polku: Eero Saarinen, Liisa Mäkelä, Kalle Nurmi\n"
)
STAFF_LINES = (
    "Nuorisolautakunta\n\n"
    "Oskari Vuorela, nuorisosihteeri\n"
    "Maija Rantanen, nuoriso-ohjaaja\n"
    "Tapio Kettunen, suunnittelija\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_body_heading_over_name_and_list_lines_lists_its_members(morph):
    got = held(LIST_LINES, "fi", morph)
    assert ("Oskari Vuorela", "member", "Nuorisolautakunta") in got
    assert ("Maija Rantanen", "member", "Nuorisolautakunta") in got
    assert ("Tapio Kettunen", "member", "Nuorisolautakunta") in got
    assert ("Helmi Aaltonen", "member", "Nuorisolautakunta") in got
    assert ("Oskari Vuorela", "member", "Kirkkovaltuusto") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_name_and_title_lines_under_a_bare_body_word_are_left_alone(morph):
    # guard: a lower-case title after the comma is a post, not a list: staff, no seats
    assert held(STAFF_LINES, "fi", morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_two_names_after_a_lists_label_are_two_deputies(morph):
    got = held(LIST_LINES, "fi", morph)
    assert ("Ville Kärkkäinen", "deputy_member", "Nuorisolautakunta") in got
    assert ("Anni Lepistö", "deputy_member", "Nuorisolautakunta") in got
    assert ("Kalle Nurmi", "deputy_member", "Nuorisolautakunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_and_an_organisation_under_deputies_are_one_deputy(morph):
    # guard: "Name, Organisation ry" is one deputy and whom she comes from
    got = held("Hallitus\n\nvaralla:\nVille Kärkkäinen, Kylälän Martat ry\n", "fi", morph)
    assert got == {("Ville Kärkkäinen", "deputy_member", "Hallitus")}


SURNAMES_FIRST = (
    "Kirkkovaltuusto\n\nRuotsinkielisen seurakunnan valtuutetut:\n\n"
    "Berglund Anders, Holmqvist Johanna, Lindroos Maj-Britt, Wikström Henrik, "
    "Granqvist Sofia, Söderlund Ulf, Forsblom, Peter\n"
)
SHORT_RUN = (
    "Kirkkovaltuusto\n\nRuotsinkielisen seurakunnan valtuutetut:\n\n"
    "Berglund Anders, Forsblom, Peter\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_long_surname_first_run_is_read_whole(morph):
    got = roles(SURNAMES_FIRST, "fi", morph)
    for name in (
        "Anders Berglund",
        "Johanna Holmqvist",
        "Maj-Britt Lindroos",
        "Henrik Wikström",
        "Sofia Granqvist",
        "Ulf Söderlund",
        "Peter Forsblom",
    ):
        assert (key(name), "member", "Kirkkovaltuusto") in got, name


@pytest.mark.parametrize("morph", MORPHS)
def test_a_short_run_does_not_join_its_last_two_words(morph):
    # guard: three pieces: "Forsblom, Peter" may be anything, no name is made of them
    got = roles(SHORT_RUN, "fi", morph)
    assert (key("Anders Berglund"), "member", "Kirkkovaltuusto") in got
    assert not any("Forsblom" in p for p, _r, _b in got)

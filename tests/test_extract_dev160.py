"""hytegraph extract on layouts met in the forty-second held-out set: made-up snippets, one
per mechanism, read with either word-form reader.

- a seat word in the plural essive or translative ("varsinaisina jäseninä", "varajäseniksi")
  with only lower-case words and numbers between it and the names ("valittiin jatkamaan
  vuosina 2024-2025") gives its seat to every name of the run after it, names joined by a
  comma or "ja" (each perhaps with its home town in the elative or ablative); not when a
  title with an employer's name stands before a name.
- a home town whose nasal consonants are weakened before the case ending ("Helsingistä",
  "Lappeenrannasta", "Hangosta") is read as that place, not as a word of the name before it,
  also without a dictionary.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.places import place_of
from tests.extract_snippets import MORPHS, held

BOARD = (
    "Testilän Kalastusliiton liittokokous pidettiin 14.5.2024.\n\n"
    "Liittohallituksen varsinaisina jäseninä valittiin jatkamaan vuosina 2024\u20132025 Aino "
    "Koskimaa Porista, Eino Salonen Helsingistä, Outi Lehtinen Lappeenrannasta ja Pekka "
    "Rantanen Hangosta.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_plural_seat_with_a_term_before_the_names_is_every_names(morph):
    got = held(BOARD, "fi", morph)
    for name in ("Aino Koskimaa", "Eino Salonen", "Outi Lehtinen", "Pekka Rantanen"):
        assert (name, "member", "Liittohallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_plural_seat_with_a_term_and_no_home_towns(morph):
    text = (
        "Hallituksen varsinaisina jäseninä valittiin vuosina 2024-2025 Aino Koskimaa, Eino "
        "Salonen ja Outi Lehtinen.\n"
    )
    got = held(text, "fi", morph)
    assert got == {
        ("Aino Koskimaa", "member", "Hallitus"),
        ("Eino Salonen", "member", "Hallitus"),
        ("Outi Lehtinen", "member", "Hallitus"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_graded_home_towns_are_no_name_words(morph):
    got = held(BOARD, "fi", morph)
    names = {person for person, _role, _body in got}
    assert not any(n.endswith(("Helsingistä", "Lappeenrannasta", "Hangosta")) for n in names)


def test_graded_place_names_read_as_places():
    assert place_of("Helsingistä").place.name == "Helsinki"
    assert place_of("Lappeenrannasta").place.name == "Lappeenranta"
    assert place_of("Hangosta").place.name == "Hanko"


def test_leave_alone_graded_words_that_name_no_place():
    assert place_of("Hanna") is None
    assert place_of("Rannasta") is None
    assert place_of("Tanskasta") is None


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_titles_with_employers_before_the_names(morph):
    text = (
        "Hallituksen uusiksi jäseniksi nousivat kaksivuotiskaudeksi Kylälän Tanssiteatteri "
        "Hyppylän taiteellinen johtaja Matti Paloniemi ja Testilän Teatterin johtaja Juha "
        "Vuorinen.\n"
    )
    names = {person for person, _role, _body in held(text, "fi", morph)}
    assert not any(n.startswith("Testilän") for n in names)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_singular_seat_before_a_run(morph):
    # one seat in the singular: the first name holds it, the sentence's verb is singular
    text = "Hallituksen sihteerinä toimii vuonna 2024 Aino Koskimaa, ja Eino Salonen jatkaa.\n"
    got = held(text, "fi", morph)
    assert ("Aino Koskimaa", "secretary", "Hallitus") in got
    assert ("Eino Salonen", "member", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_active_verbs_objects_after_a_plural_seat(morph):
    # the names in the genitive, objects of the meeting's verb: the run is not read as a whole
    text = (
        "Varajäseniksi vuodelle 2025 liittokokous valitsi Eino Salosen Kokkolasta ja Outi "
        "Lehtisen Vaasasta.\n"
    )
    names = {person for person, _role, _body in held(text, "fi", morph)}
    assert "Outi Lehtinen" not in names

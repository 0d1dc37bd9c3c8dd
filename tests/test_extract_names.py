"""The extractor's name reader on names printed one after another with nothing between them:
made-up snippets, one per mechanism (``bench/name_recall.py`` measures what it misses on the
benchmark sets)."""

from __future__ import annotations

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import Reader, tokens
from hytegraph.authoring.extract.morphology import morphology
from tests.extract_snippets import key, needs_voikko, roles


def names(text: str, lang: str = "fi", *, in_list: bool = True) -> list[str]:
    reader = Reader(lexicon(lang), morphology())
    return [p.name for p in reader.persons(tokens(text), in_list=in_list)]


@needs_voikko
def test_names_printed_surname_first_one_after_another_are_read_one_by_one():
    # a table's columns flattened: surname, first name, surname, first name, ...
    assert names("Rinne Jaana Salmi Petteri Hakala Tuomo") == [
        "Rinne Jaana",
        "Salmi Petteri",
        "Hakala Tuomo",
    ]
    # in running text too, where the learned tagger reads its candidates
    assert names("Rinne Jaana Salmi Petteri", in_list=False) == ["Rinne Jaana", "Salmi Petteri"]


@needs_voikko
def test_middle_names_stay_in_the_name():
    assert names("Juha Matti Pekka Virtanen") == ["Juha Matti Pekka Virtanen"]
    assert names("Maija Liisa Salmi") == ["Maija Liisa Salmi"]


@needs_voikko
def test_a_run_of_names_surname_first_gives_each_member():
    text = "Vanhusneuvosto\n\nVanhusneuvoston jäsenet:\nRinne Jaana Salmi Petteri Hakala Tuomo\n"
    assert roles(text) == {
        (key("Jaana Rinne"), "member", "Vanhusneuvosto"),
        (key("Petteri Salmi"), "member", "Vanhusneuvosto"),
        (key("Tuomo Hakala"), "member", "Vanhusneuvosto"),
    }


@needs_voikko
def test_a_place_printed_after_a_name_is_not_part_of_it():
    text = "Tuomas Koivisto Pirkanmaa, Jaana Rinne Kainuu ja Pekka Salmi Satakunta"
    assert names(text) == ["Tuomas Koivisto", "Jaana Rinne", "Pekka Salmi"]
    got = roles(
        "Vammaisneuvosto\n\nVammaisneuvoston jäsenet ovat Tuomas Koivisto Pirkanmaa, "
        "Jaana Rinne Kainuu ja Pekka Salmi Satakunta.\n"
    )
    assert got == {
        (key("Tuomas Koivisto"), "member", "Vammaisneuvosto"),
        (key("Jaana Rinne"), "member", "Vammaisneuvosto"),
        (key("Pekka Salmi"), "member", "Vammaisneuvosto"),
    }


@needs_voikko
def test_a_surname_that_is_also_a_place_stays_after_a_first_name():
    # "Lahti", "Salmi": places and surnames; after a word that may be a first name, a surname
    assert names("Anna Maria Lahti") == ["Anna Maria Lahti"]
    assert names("Eino Salmi") == ["Eino Salmi"]


@needs_voikko
def test_places_and_bodies_do_not_become_people():
    # two places, a body and a place, a heading in capitals: no one
    assert names("Kainuu Satakunta", in_list=False) == []
    assert names("Vanhusneuvosto Pirkanmaa", in_list=False) == []
    assert names("HALLITUS Pirkanmaa", in_list=False) == []

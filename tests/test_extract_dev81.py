"""hytegraph extract on layouts met in the ninety-fourth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, needs_voikko

MASTHEAD = (
    "Medlemstidningen 3:2025\n\n"
    "2 LEDAREN FÖRBUNDSSTYRELSEN Karin Ek, förbundsordförande, Umeå. Ordinarie ledamöter: "
    "Stefan Lind, Norrmejerier AB, Umeå, Anna Berg, Telia Sonera, Öst, Hans Hägg, Ikea, "
    "Malmö, Anette Wik, Volvo Lastvagnar, Göteborg. Suppleanter: Stefan Torell, Eltel, "
    "Lund, Anna Nyqvist Sten, Foria AB, Falun. Personalrepresentanter: Hans Kvist, Anna Dahl "
    "en som säger att facket har spelat ut sin roll borde ringa oss.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_masthead_run_of_name_employer_place_reads_every_third_item(morph):
    got = held(MASTHEAD, "sv", morph)
    for name in ("Stefan Lind", "Anna Berg", "Hans Hägg", "Anette Wik"):
        assert (name, "member", "FÖRBUNDSSTYRELSEN") in got
    assert ("Stefan Torell", "deputy_member", "FÖRBUNDSSTYRELSEN") in got
    assert ("Anna Nyqvist Sten", "deputy_member", "FÖRBUNDSSTYRELSEN") in got
    # an employer that looks like a name is no person
    assert not any(person in ("Telia Sonera", "Volvo Lastvagnar") for person, _r, _b in got)
    # the staff's representatives hold no seat
    assert not any(person in ("Hans Kvist", "Anna Dahl") for person, _r, _b in got)


PLAIN_RUN = (
    "Styrelsen\n\n"
    "Årsmötet valde styrelsen. Ordinarie ledamöter: Stefan Lind, Anna Berg, Hans Hägg, "
    "Anette Wik, Stefan Torell, Anna Nyqvist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_names_alone_is_not_cut_in_threes(morph):
    # guard: no third item is a place, so every name is a member
    got = held(PLAIN_RUN, "sv", morph)
    for name in ("Stefan Lind", "Anna Berg", "Hans Hägg", "Anette Wik", "Anna Nyqvist"):
        assert (name, "member", "Styrelsen") in got


PLACE_GLUED = (
    "Styrgrupp\n\n"
    "På årsmötet valdes de här medlemmarna till styrgruppen:\n\n"
    "  • Stefan Lind Hedemora, ordförande\n"
    "  • Anna Berg Falun, vice ordförande\n"
    "  • Hans Hägg, Mora\n"
    "  • Anette Wik, Borlänge\n"
    "  • Ulrika Torell, Leksand\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_place_left_without_its_comma_before_an_office_is_no_part_of_the_name(morph):
    got = held(PLACE_GLUED, "sv", morph)
    assert ("Stefan Lind", "chair", "Styrgrupp") in got
    assert ("Anna Berg", "vice_chair", "Styrgrupp") in got
    assert ("Hans Hägg", "member", "Styrgrupp") in got


NO_PLACES_BESIDE = (
    "Styrgrupp\n\n"
    "På årsmötet valdes de här medlemmarna till styrgruppen:\n\n"
    "  • Stefan Lind Hedemora, ordförande\n"
    "  • Hans Hägg, lärare\n"
    "  • Anette Wik, ekonom\n"
)


@needs_voikko
def test_a_name_ending_in_a_place_word_is_kept_without_places_beside_it():
    # guard: the other items print no place, so the last word is the surname
    got = held(NO_PLACES_BESIDE, "sv", None)
    assert ("Stefan Lind Hedemora", "chair", "Styrgrupp") in got


CARDS = (
    "Kåren har en styrelse som träffas fyra gånger per år.\n\n"
    "Styrelse\n\n"
    "Stefan Lind\n\nLedamot\n\n"
    "Anna Berg\n\nLedamot\n\n"
    "Hans Hägg\n\nOrdförande\n\n"
    "Anette Wik Torell\n\nVice ordförande\n\n"
    "Ulrika Nyqvist\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_cards_of_a_name_over_its_office_take_three_word_names_and_a_last_name_alone(morph):
    got = held(CARDS, "sv", morph)
    assert ("Hans Hägg", "chair", "Styrelse") in got
    assert ("Anette Wik Torell", "vice_chair", "Styrelse") in got
    # the name left alone at the end is no vice chair's
    assert not any(person == "Ulrika Nyqvist" and r != "member" for person, r, _b in got)


@needs_voikko
def test_a_last_name_alone_after_cards_is_a_member():
    # the reader must know the first name (libvoikko's dictionary does)
    got = held(CARDS, "sv", None)
    assert ("Ulrika Nyqvist", "member", "Styrelse") in got


CARDS_THEN_CONTACT = CARDS.replace("Ulrika Nyqvist\n", "Kontakta Oss\n")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_last_line_without_a_first_name_is_no_card(morph):
    got = held(CARDS_THEN_CONTACT, "sv", morph)
    assert ("Anette Wik Torell", "vice_chair", "Styrelse") in got
    assert not any(person == "Kontakta Oss" for person, _r, _b in got)

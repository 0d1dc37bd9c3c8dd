"""hytegraph extract on layouts met in the seventy-second held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, needs_voikko, roles

PARISH = (
    "HALLINTO\n\n"
    "Kirkkovaltuusto päättää seurakunnan asioista. Seurakunnan hallintoa hoitavat kirkkovaltuusto, "
    "kirkkoneuvosto ja johtokunnat.\n\n"
    "Kirkkoneuvoston tehtävänä on valmistella kirkkovaltuuston päätökset. Kirkkoneuvosto "
    "edustaa seurakuntaa. Kappelineuvosto toimii kylässä.\n\n"
    "VALTUUSTON JÄSENET 2023-2026\n\n"
    "Oskari Lehtimäki (pj)\n\n"
    "Hanna Ruohonen (varapj)\n\n"
    "Petteri Vainikka\n\n"
    "Maija Kantola\n\n"
    "NEUVOSTON JÄSENET 2023-2026\n\n"
    "kappalainen Tuomas Eskola (pj)\n\n"
    "Liisa Harjula\n\n"
    "Petteri Vainikka\n\n"
    "Anu Kemppainen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_kind_word_heading_lists_the_body_the_prose_names_in_full(morph):
    got = held(PARISH, "fi", morph)
    assert ("Oskari Lehtimäki", "chair", "Kirkkovaltuusto") in got
    assert ("Hanna Ruohonen", "vice_chair", "Kirkkovaltuusto") in got
    assert ("Maija Kantola", "member", "Kirkkovaltuusto") in got
    assert ("Petteri Vainikka", "member", "Kirkkovaltuusto") in got
    assert not any(p == "Oskari Lehtimäki" and b != "Kirkkovaltuusto" for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_second_heading_with_a_titled_officer_under_it_starts_the_other_body(morph):
    got = held(PARISH, "fi", morph)
    assert ("Tuomas Eskola", "chair", "Kirkkoneuvosto") in got
    assert ("Liisa Harjula", "member", "Kirkkoneuvosto") in got
    assert ("Anu Kemppainen", "member", "Kirkkoneuvosto") in got
    assert ("Petteri Vainikka", "member", "Kirkkoneuvosto") in got
    # the chapel council, named once in passing, is not the one the heading means
    assert not any(b == "Kappelineuvosto" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_kind_word_heading_is_not_the_other_kind_of_body_named_above(morph):
    text = (
        "Kirkkovaltuusto päättää seurakunnan asioista ja valitsee johtokunnat.\n\n"
        "NEUVOSTON JÄSENET 2023-2026\n\n"
        "Oskari Lehtimäki (pj)\n\n"
        "Hanna Ruohonen\n\n"
        "Maija Kantola\n"
    )
    got = roles(text, "fi", morph)
    assert not any(b == "Kirkkovaltuusto" for _p, _r, b in got)


PARLIAMENT = (
    "Nuorten foorumi\n\n"
    "Ihkauudessa Nuorten foorumin kokouksessa 3.10.2023 puheenjohtajaksi valittiin Ronja "
    "Salmela Kirkonkylän koulusta. Varapuheenjohtaja on Aapo Rinne Mäntylän koulusta. "
    "Muut jäsenet: Eetu Kallio ja Sara Nurmi Hakalan koulusta, Ilona Lampi- Korpela ja "
    "Niko Rautio Koulukeskuksesta ja Helmi Saari Kirkonkylän koulusta.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_school_owners_genitive_after_a_name_is_no_part_of_it(morph):
    got = held(PARLIAMENT, "fi", morph)
    assert ("Ronja Salmela", "chair", "Nuorten foorumi") in got
    assert ("Sara Nurmi", "member", "Nuorten foorumi") in got
    assert ("Helmi Saari", "member", "Nuorten foorumi") in got
    assert not any(p.endswith(("Kirkonkylän", "Hakalan", "Mäntylän")) for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_double_surname_broken_after_its_hyphen_is_one_name(morph):
    got = held(PARLIAMENT, "fi", morph)
    assert ("Ilona Lampi-Korpela", "member", "Nuorten foorumi") in got


@needs_voikko
def test_a_local_case_noun_after_a_name_is_where_the_person_comes_from():
    got = held(PARLIAMENT, "fi", None)
    assert ("Niko Rautio", "member", "Nuorten foorumi") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_word_in_a_local_case_before_the_body_is_no_part_of_its_name(morph):
    got = held(PARLIAMENT, "fi", morph)
    assert not any(b.startswith("Ihkauudessa") for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_genitive_surname_before_a_school_word_is_still_read_as_no_name_end(morph):
    # "Virtanen" ends in -nen: a surname in the nominative, kept
    text = "Hallitus\n\nHallituksen puheenjohtaja on Aino Maria Virtanen koulusta.\n"
    got = roles(text, "fi", morph)
    assert not any(p == "Aino Maria" for p, _r, _b in got)

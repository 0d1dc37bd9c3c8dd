"""hytegraph extract on layouts met in the seventy-second held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, key, needs_voikko, roles

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


@needs_voikko
def test_a_surname_that_is_also_a_common_word_after_a_first_name_keeps_the_list_going():
    text = (
        "Kuntayhtymän hallituksen kokoonpano on seuraava:\n\n"
        "Varsinainen jäsen\n"
        "                    Varajäsen\n"
        "Ville Ranta (SDP), Kylälä\n"
        "                    Aino Kivi (SDP), Mäkelä\n"
        "Leo Lähde (VIHR), Kylälä\n"
        "                    Sari Aho (VIHR), Mäkelä\n"
        "Pekka Salo (KESK), Kylälä\n"
        "                    Eeva Mäki (KESK), Mäkelä\n"
    )
    got = roles(text, "fi", None)
    assert any(p == key("Leo Lähde") and r == "member" for p, r, _b in got)
    assert any(p == key("Pekka Salo") and r == "member" for p, r, _b in got)
    assert any(p == key("Eeva Mäki") and r == "deputy_member" for p, r, _b in got)


@needs_voikko
def test_a_common_word_after_a_name_that_is_no_first_name_stays_out():
    text = "Kuntayhtymän hallitus\n\nJäsenet:\nVille Ranta (SDP)\nKokoonpano Lähde (VIHR)\n"
    got = roles(text, "fi", None)
    assert not any("Lähde" in p for p, _r, _b in got)


ADULT_EDUCATION = (
    "Kylälän työväenopiston johtokunnan mielestä opisto on tärkeä.\n"
    "– Kursseja pitää olla kylissä, sanoo tuore johtokunnan jäsen Sanni Kuusela.\n"  # noqa: RUF001
    "Johtokunnan jäsenet koolla syyskuussa. Vasemmalta Mirja Lepistö, haastattelija Outi "
    "Rajala ja Harri Kemppi.\n"
)


@needs_voikko
def test_a_bare_board_word_names_the_board_the_text_named_in_full():
    got = held(ADULT_EDUCATION, "fi", None)
    assert ("Sanni Kuusela", "member", "Kylälän työväenopiston johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_interviewer_in_a_board_photo_is_given_no_seat(morph):
    got = held(ADULT_EDUCATION, "fi", morph)
    assert not any(p == "Outi Rajala" for p, _r, _b in got)


COUNCIL = (
    "Alueellinen vammaisasiain neuvottelukunta edistää vammaisten oikeuksia. Alueellisen "
    "neuvottelukunnan tehtävänä on seurata palveluja.\n"
    "Neuvottelukunnan kokoonpano\n"
    "Neuvottelukunnan puheenjohtajaksi nimetään johtaja Sirpa Heinonen ja "
    "varapuheenjohtajaksi Kalle Wirén.\n"
    "Neuvottelukunnan jäseniksi on nimetty\n"
    "- Tero Lampinen, opettaja, Kylälän kaupunki\n"
    "- Kalle Wirén, yrittäjä, Kylälän Invalidit ry\n"
    "- Anna Sundell, sairaanhoitaja, Mäkelän kunta\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_head_word_heading_lists_the_body_named_in_full_before(morph):
    got = held(COUNCIL, "fi", morph)
    body = "Alueellinen vammaisasiain neuvottelukunta"
    assert ("Tero Lampinen", "member", body) in got
    assert ("Anna Sundell", "member", body) in got
    assert not any(b == "Alueellinen neuvottelukunta" for _p, _r, b in got)


@needs_voikko
def test_the_officers_sentence_under_it_is_of_the_same_body_and_name():
    got = held(COUNCIL, "fi", None)
    body = "Alueellinen vammaisasiain neuvottelukunta"
    assert ("Sirpa Heinonen", "chair", body) in got
    # the object of "nimetään" is in the nominative, as the list writes it
    assert ("Kalle Wirén", "vice_chair", body) in got

"""hytegraph extract on Swedish board prose and a table's header: made-up snippets, one per
mechanism, read with either word-form reader.

- a body's word joined to a seat's ("Styrelsemedlemmarna A, B och C", "Nämndledamot A") is
  the seats' word at a sentence's start, never a first name glued to the first person's;
- a run of names after an office stops at another office's word with its copula ("Styrelsens
  ordförande är A och vice ordförande är B och C"): B and C are vice chairs, not chairs;
- one who quit the body ("Styrelsemedlem A slutade i styrelsen") holds no seat now;
- in a masthead run together on one line ("STYRELSEN Styrelsen Ordförande: A
  Styrelseledamöter B, vice ordförande C D"), an office with a colon right before a name or
  set off by a comma right after it is that name's;
- a table's header of column words ("Medlem Uppgift Ålder") is no person named after a
  member's word.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seats_compound_is_no_first_name(morph):
    text = (
        "Föreningen Testby rf höll årsmöte i april. Styrelsemedlemmarna Anna Berg, Erik Lund "
        "och Maria Holm omvaldes till styrelsen.\n"
    )
    names = {f.actor.name for f in findings(text, "sv", morph)}
    assert not any("Styrelsemedlem" in n for n in names)
    got = held(text, "sv", morph)
    assert ("Anna Berg", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_next_office_with_its_copula_ends_the_chairs_run(morph):
    text = (
        "Testby Hembygdsförening rf höll årsmöte. Styrelsens ordförande är Anna Berg och vice "
        "ordförande är Erik Lund och Maria Holm.\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Maria Holm", "vice_chair", "Styrelsen") in got
    assert ("Maria Holm", "chair", "Styrelsen") not in got
    assert ("Erik Lund", "chair", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_one_who_quit_the_board_holds_no_seat(morph):
    text = (
        "Testby Seglarklubb rf höll årsmöte. Styrelsemedlem Johan Ek slutade i styrelsen. "
        "Styrelsens ordförande är Anna Berg.\n"
    )
    got = held(text, "sv", morph)
    assert not any(person == "Johan Ek" for person, _, _ in got)
    assert ("Anna Berg", "chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_mastheads_offices_before_and_after_names(morph):
    text = (
        "Testby Paddlarförbund verksamhetsberättelse 2010\n\n"
        "3 STYRELSEN Styrelsen Ordförande: Anna Berg Styrelseledamöter Erik Lund, vice "
        "ordförande Maria Holm Johan Ek Sara Lind Styrelsen har under året haft tio möten.\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Erik Lund", "vice_chair", "Styrelsen") in got
    assert ("Sara Lind", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_tables_header_words_are_no_person(morph):
    text = (
        "Seniorrådet\n\n"
        "Seniorrådet (SR) inom Testby Hembygdsförening är föreningens äldsta kommitté.\n\n"
        "Faktaruta: SR per den 1.5.2020\n\n"
        "Medlem Uppgift Ålder Klubbår\n"
        "Anna Berg Kocken 70 år  \n"
        "Erik Lund Skrivaren 68 år  \n"
        "Sammanlagt   138 år\n"
    )
    names = {f.actor.name for f in findings(text, "sv", morph)}
    assert not any("Uppgift" in n or "Ålder" in n for n in names)

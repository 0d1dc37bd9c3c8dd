"""hytegraph extract on layouts met in earlier Swedish held-out sets: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

SOM_THEN_BARE_ROLES = (
    "Vid årsmötet i mars omvaldes styrelsen med Lennart Ås som ordförande, Inga Brandt som "
    "vice ordförande, Sofia Wik sekreterare, Gösta Lindell kassör och som ledamöter Emil Rask "
    "och Hanna Borg."
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_role_word_after_a_name_continues_a_som_list(morph):
    # "A som vice ordförande, B sekreterare, C kassör": "som" is said once for the list
    got = held(SOM_THEN_BARE_ROLES, "sv", morph)
    assert ("Inga Brandt", "vice_chair", "styrelsen") in {(p, r, b.casefold()) for p, r, b in got}
    assert ("Sofia Wik", "secretary", "styrelsen") in {(p, r, b.casefold()) for p, r, b in got}
    assert ("Gösta Lindell", "member", "styrelsen") in {(p, r, b.casefold()) for p, r, b in got}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_role_word_followed_by_its_body_ends_the_som_list(morph):
    # the part after the comma names another body's chair: not a seat in the first body
    got = held(
        "Styrelsen omvaldes med Lennart Ås som ordförande, Sofia Wik ordförande i valberedningen.",
        "sv",
        morph,
    )
    assert not any(p == "Sofia Wik" and b.casefold() == "styrelsen" for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_no_som_list_without_som(morph):
    # a name and a role word after a comma, with no "som ROLE" before it: not this reading
    got = held("Mötet öppnades av Lennart Ås, Sofia Wik sekreterare.", "sv", morph)
    assert not any(p == "Sofia Wik" and r == "secretary" for p, r, _b in got)


ROLE_FIRST_AFTER_A_BOARD = (
    "Föreningen höll sitt årsmöte i Björkå. Till styrelse för det kommande året utsågs "
    "Tord Ekman (ordförande), Siri Nord (vice ordförande), Ebba Sund (sekreterare) och "
    "Vilhelm Tay (kassör). Som suppleanter omvaldes Klas Ljung och nyvaldes Ester Grahn. "
    "Till revisor valdes Ove Hamrin."
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sentence_led_by_som_role_takes_the_body_of_the_seats_before_it(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(ROLE_FIRST_AFTER_A_BOARD, "sv", morph)}
    assert ("Klas Ljung", "deputy_member", "styrelse") in got
    assert ("Ester Grahn", "deputy_member", "styrelse") in got
    assert not any(p == "Ove Hamrin" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sentence_led_by_som_role_without_seats_before_it_reads_nothing(morph):
    # the sentence before names auditors, no body's seats: the deputies' body is unknown
    got = held(
        "Till revisorer valdes Tord Ekman och Siri Nord. Som ersättare valdes Klas Ljung och "
        "Ester Grahn.",
        "sv",
        morph,
    )
    assert not any(p in ("Klas Ljung", "Ester Grahn") for p, _r, _b in got)


PARTICLE_NAME_IN_A_RUN = (
    "Mandatperioden 2026-2029\n\n"
    "församlingsrådets ledamöter\n\n"
    "Olof Brink \n"
    "Marta Lima Da Costa \n"
    "Jonas Sylvén \n"
    "Linnea Wallin \n\n"
    "församlingsrådets ersättare\n\n"
    "Berit Hammar\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_four_word_name_with_a_particle_keeps_the_list_going(morph):
    got = {(p, r) for p, r, _b in held(PARTICLE_NAME_IN_A_RUN, "sv", morph)}
    assert ("Marta Lima Da Costa", "member") in got
    assert ("Jonas Sylvén", "member") in got
    assert ("Linnea Wallin", "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_four_capitalised_words_without_a_particle_are_no_one_name(morph):
    # two names run together on one line: no seat for the four words as one person
    text = PARTICLE_NAME_IN_A_RUN.replace("Marta Lima Da Costa", "Marta Lima Oskar Sten")
    got = {p for p, _r, _b in held(text, "sv", morph)}
    assert "Marta Lima Oskar Sten" not in got


BOARD_NAMED_BY_ITS_HEAD_WORD = (
    "Kom ihåg nomineringarna!\n"
    "\n"
    "Handikappsamverkan Västra läns årsmöte hålls den 3 juni. Vi vill påminna om att "
    "nominera till vår styrelse!\n"
    "\n"
    "En ledamot har meddelat att hon inte kandiderar för omval. Men glöm inte att nominera "
    "de personer i styrelsen som är i tur att avgå, om de vill fortsätta i styrelsen! För att "
    "valberedningen ska kunna behandla nomineringen måste den innehålla en kort motivering.\n"
    "\n"
    "Viktiga datum\n"
    "\n"
    "  • 1 april: nomineringar av ledamöter till Handikappsamverkan Västra läns styrelse "
    "behöver ha kommit fram.\n"
    "\n"
    "Ordinarie ledamöter i tur att avgå\n"
    "\n"
    "Ledamöterna väljs för en period av 2 år.\n"
    "\n"
    "Ronja Falk, ordförande, Hörselföreningen i Väststad\n"
    "Axel Brunn, 1:a vice ordförande, Synskadeföreningen\n"
    "Tilda Myhr, Reumatikerföreningen Väststad\n"
    "\n"
    "Övriga ordinarie ledamöter\n"
    "\n"
    "1:a vice ordförande: Stina Lod, Diabetesföreningen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_named_by_its_head_word_only_is_the_section_body(morph):
    # the nominating committee named earlier in the section is no body of the list
    got = {(p, r, b.casefold()) for p, r, b in held(BOARD_NAMED_BY_ITS_HEAD_WORD, "sv", morph)}
    assert not any(b.startswith("valberedning") for _p, _r, b in got)
    assert ("Tilda Myhr", "member", "styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_chairs_word_inside_a_vice_chairs_word_is_no_chair(morph):
    got = {(p, r) for p, r, _b in held(BOARD_NAMED_BY_ITS_HEAD_WORD, "sv", morph)}
    assert ("Axel Brunn", "vice_chair") in got
    assert ("Axel Brunn", "chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_board_is_no_body_of_a_run_under_another_cue(morph):
    # the auditors' cue line is no board members' cue: the bare "styrelse" does not take them
    text = BOARD_NAMED_BY_ITS_HEAD_WORD.replace(
        "Ordinarie ledamöter i tur att avgå\n\nLedamöterna väljs för en period av 2 år.",
        "Revisorer i tur att avgå\n\nRevisorerna väljs för en period av 1 år.",
    )
    got = {(p, b.casefold()) for p, _r, b in held(text, "sv", morph)}
    assert ("Tilda Myhr", "styrelse") not in got

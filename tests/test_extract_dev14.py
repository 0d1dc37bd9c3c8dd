"""Layouts and phrasings of the fourteenth held-out set, each on a made-up snippet."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from tests.extract_snippets import MORPHS, findings, held, key


@pytest.mark.parametrize("morph", MORPHS)
def test_vote_results_name_candidates_not_members(morph):
    text = (
        "Testby fullmäktige valde på måndag ny kommundirektör.\n\n"
        "Rösterna föll:\n\n"
        "  • Anna Berg, 3 röster\n"
        "  • Bo Ek, 21 röster.\n"
    )
    found = [f for f in findings(text, "sv", morph) if f.actor.name in ("Anna Berg", "Bo Ek")]
    assert {f.actor.name for f in found} == {"Anna Berg", "Bo Ek"}
    assert all(f.kind == "candidacy" for f in found)
    assert held(text, "sv", morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_with_ordinal_vice_chairs_and_deputies_in_parentheses_after_the_first(morph):
    text = (
        "Lautakunta\n"
        "Lautakunnassa on 5 jäsentä ja heillä kullakin henkilökohtainen varajäsen.\n"
        "Lautakunnan jäsenet 2025-2027\n"
        "Aino Ahola pj. (varajäsen Pekka Puu)\n"
        "Liisa Laine 1. vpj. (Matti Mäki)\n"
        "Olli Oja 2. vpj. (Kaisa Koski)\n"
        "Eeva Aho (Ville Vuori)\n"
        "Esittelijä sivistysjohtaja Outi Salo\n"
    )
    got = {(p, r) for p, r, _b in held(text, "fi", morph)}
    assert {
        ("Aino Ahola", "chair"),
        ("Pekka Puu", "deputy_member"),
        ("Liisa Laine", "vice_chair"),
        ("Matti Mäki", "deputy_member"),
        ("Olli Oja", "vice_chair"),
        ("Kaisa Koski", "deputy_member"),
        ("Eeva Aho", "member"),
        ("Ville Vuori", "deputy_member"),
    } <= got
    # the presenter named after the list is no member
    assert ("Outi Salo", "member") not in got


def test_an_ordinal_before_a_role_word():
    lex = lexicon("fi")
    assert lex.role_of("1. vpj.") == "vice_chair"
    assert lex.role_of("II varapuheenjohtaja") == "vice_chair"
    assert lexicon("sv").role_of("2:e vice ordförande") == "vice_chair"


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_then_members_with_deputies_in_parentheses_in_one_sentence(morph):
    text = (
        "Testby kommun\n\n"
        "Kommunstyrelsen för 2025-2026 består av ordförande Anna Berg (ersättare Bo Ek), "
        "viceordförande Carl Holm (Dora Lind), Erik Strand (Frida Nyman) och "
        "Gustav Ahl (Hanna Wik).\n"
    )
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert got == {
        ("Anna Berg", "chair"),
        ("Bo Ek", "deputy_member"),
        ("Carl Holm", "vice_chair"),
        ("Dora Lind", "deputy_member"),
        ("Erik Strand", "member"),
        ("Frida Nyman", "deputy_member"),
        ("Gustav Ahl", "member"),
        ("Hanna Wik", "deputy_member"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_an_english_page_of_a_finnish_municipality(morph):
    # names surname first, English role words and column headings, glued table rows
    text = (
        "Youth Council\n\n"
        "Representatives of the Youth Council sit on the Committee for the Future.\n\n"
        "Testilä Youth Council 2024-2026\n\n"
        "  • Ahola Aino, Chairman\n"
        "  • Laine Liisa, Vice Chair\n"
        "  • Mäki Matti, Secretary\n"
        "MemberAlternate member\n"
        "Ahola AinoPuu Pekka\n"
        "Oja OlliKoski Kaisa\n"
    )
    got = {(key(p), r) for p, r, b in held(text, "fi", morph) if b.endswith("Council")}
    assert {
        (key("Aino Ahola"), "chair"),
        (key("Liisa Laine"), "vice_chair"),
        (key("Matti Mäki"), "secretary"),
        (key("Pekka Puu"), "deputy_member"),
        (key("Olli Oja"), "member"),
        (key("Kaisa Koski"), "deputy_member"),
    } <= got


def test_english_role_words():
    for lang in ("fi", "sv"):
        lex = lexicon(lang)
        assert lex.role_of("Chairman") == "chair"
        assert lex.role_of("Vice President") == "vice_chair"
        assert lex.role_of("Alternate member") == "deputy_member"
        assert lex.role_of("Secretary") == "secretary"


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_run_together_with_each_role_after_its_name(morph):
    text = (
        "1 Testilän kunta Pöytäkirja 3/ Sivistyslautakunta Kokousaika klo 17:00-19:00 "
        "Kokouspaikka Kunnantalo Jäsenet Aino Ahola puheenjohtaja Liisa Laine, "
        "I varapuheenjohtaja Matti Mäki jäsen Olli Oja jäsen Pekka Puu varajäsen "
        "Muut Kaisa Koski kunnanhallituksen edustaja Laillisuus ja päätösvaltaisuus\n"
    )
    got = {(p, r) for p, r, b in held(text, "fi", morph) if b == "Sivistyslautakunta"}
    assert got == {
        ("Aino Ahola", "chair"),
        ("Liisa Laine", "vice_chair"),
        ("Matti Mäki", "member"),
        ("Olli Oja", "member"),
        ("Pekka Puu", "deputy_member"),
    }
    # a column word is not a part of the name after it
    assert not any(f.actor.name.startswith("Muut") for f in findings(text, "fi", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_to_a_role_names_the_dictionary_does_not_know(morph):
    text = (
        "Testby\n\nKommunfullmäktige valde Mats Perämaa till ordförande för 2026 och "
        "Bo Ek till viceordförande.\n"
    )
    assert held(text, "sv", morph) == {
        ("Mats Perämaa", "chair", "Kommunfullmäktige"),
        ("Bo Ek", "vice_chair", "Kommunfullmäktige"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_after_a_comma_and_before_a_role_is_the_next_clause_s(morph):
    text = (
        "Testilän vanhusneuvosto 2025-2028\n\n"
        "Testilän vanhusneuvostossa on seitsemän jäsentä. Puheenjohtajana toimii Aino Ahola, "
        "kunnanhallituksen edustajana Liisa Laine (varalla Pekka Puu).\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Ahola", "chair", "Testilän vanhusneuvosto") in got
    assert not any(p == "Aino Ahola" and b == "Kunnanhallitus" for p, _r, b in got)

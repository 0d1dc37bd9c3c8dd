"""hytegraph extract on layouts met in the forty-eighth and forty-ninth held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, key, roles

LIST_DEPUTIES = (
    "Vaikuta seurakunnassa\n\n"
    "Kivikylän seurakunnan seurakuntaneuvoston jäsenet 2023-2026\n\n"
    "Ahola Aino\n\n"
    "Lindqvist Pertti\n\n"
    "Koskela Kaisa, varapj.\n\n"
    "Varalla:\n\n"
    "A lista: Laine Liisa, Mäkelä Matti, Aalto Anni\n\n"
    "B lista: Niemi Nelli,  Salo Sakari, Heikkilä Helena, Järvinen Jorma, Lahti Laura "
    "Virtanen Ville, Koivisto Kalle\n\n"
    "C lista: Ojala Outi, Peltonen Pasi, Rinne Riitta\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_deputies_of_a_list_under_varalla_by_electoral_list(morph):
    got = {(p, r) for p, r, _b in roles(LIST_DEPUTIES, lang="fi", morph=morph)}
    assert (key("Aino Ahola"), "member") in got
    assert (key("Kaisa Koskela"), "vice_chair") in got
    deputies = [
        "Liisa Laine", "Matti Mäkelä", "Nelli Niemi", "Sakari Salo", "Helena Heikkilä",
        "Jorma Järvinen", "Laura Lahti", "Ville Virtanen", "Kalle Koivisto", "Outi Ojala",
        "Pasi Peltonen", "Riitta Rinne", "Anni Aalto",
    ]  # fmt: skip
    for name in deputies:
        assert (key(name), "deputy_member") in got, name
        assert (key(name), "member") not in got, name


MEMBER_DEPUTY_ROWS = (
    "Perusturvalautakunta\n\n"
    "Lautakunnan jäsenet ja varajäsenet ovat kaudella 2021-2025 seuraavat:\n\n"
    "Jäsen Varajäsen Kunta\n"
    "Raimo Rautio, puheenjohtaja Seppo Saarela Kivikylä\n"
    "Tarja Tuomi I vpj Ulla Uotila Mäntymaa\n"
    "Olli Orava Reijo-Pekka Rantala Kivikylä\n"
    "Minna Mäki-Hakola Kirsi Kallio Mäntymaa\n"
    "Elina Eskola Jussi Jokela Kivikylä\n\n"
    "Lautakunta kokoontuu kerran kuukaudessa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_and_deputy_table_flattened_with_single_spaces(morph):
    got = {(p, r) for p, r, _b in roles(MEMBER_DEPUTY_ROWS, lang="fi", morph=morph)}
    assert (key("Raimo Rautio"), "chair") in got
    assert (key("Tarja Tuomi"), "vice_chair") in got
    for name in ("Olli Orava", "Minna Mäki-Hakola", "Elina Eskola"):
        assert (key(name), "member") in got, name
    for name in ("Seppo Saarela", "Ulla Uotila", "Reijo-Pekka Rantala", "Kirsi Kallio",
                 "Jussi Jokela"):  # fmt: skip
        assert (key(name), "deputy_member") in got, name
        assert (key(name), "member") not in got, name
    assert not any("Kivikylä" in p or "Mäntymaa" in p for p, _r in got)


BOARD_FOR_WHOM = (
    "Styrelse för seniorer\n\nOrdförande: Gunnel Holmberg\nLedamöter: Per Wikström, Ulla Sandell\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_and_whom_the_association_is_for_is_named_by_its_head(morph):
    got = roles(BOARD_FOR_WHOM, lang="sv", morph=morph)
    assert (key("Gunnel Holmberg"), "chair", "Styrelse") in got
    assert (key("Per Wikström"), "member", "Styrelse") in got
    assert not any("seniorer" in b for _p, _r, b in got)


LIST_UNDER_THE_PAGES_BODY = (
    "Många nya ansikten i den nya riksstyrelsen\n\n"
    "Medlemmarna valde ny riksstyrelse vid Synskadades förbunds årsmöte i söndags. Det blev en "
    "yngre styrelse än tidigare.\n\n"
    "Ledamöter\n"
    "Birgitta Nordin, Umeå (omval)\n"
    "Henrik Sandberg, Lund (nyval)\n"
    "Maja Lindgren, Falun (nyval)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_with_no_body_is_of_the_one_body_the_page_names_before_it(morph):
    got = roles(LIST_UNDER_THE_PAGES_BODY, lang="sv", morph=morph)
    for name in ("Birgitta Nordin", "Henrik Sandberg", "Maja Lindgren"):
        assert (key(name), "member", "Riksstyrelsen") in got, name


TWO_BODIES_BEFORE_THE_LIST = LIST_UNDER_THE_PAGES_BODY.replace(
    "Det blev en yngre styrelse än tidigare.", "Även förbundets äldreråd fick nya ledamöter."
)


@pytest.mark.parametrize("morph", MORPHS)
def test_no_body_is_guessed_for_a_list_when_the_page_names_two(morph):
    got = roles(TWO_BODIES_BEFORE_THE_LIST, lang="sv", morph=morph)
    assert not any(p == key("Birgitta Nordin") and b for p, _r, b in got)

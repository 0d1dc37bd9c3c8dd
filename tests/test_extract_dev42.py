"""hytegraph extract on layouts met in the sixty-sixth held-out set: made-up snippets, one per
mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held, key, needs_voikko

DECISION_ITEMS = (
    "Kunnanhallitus, kokous 3.4.2025\n\n"
    "§ 41 Luottamushenkilön eroanomus\n\n"
    "Valtuusto on kokouksessaan 12.1.2025 päättänyt:\n\n"
    "1. valita rakennetun ympäristön palvelut -jaostoon 3 jäsentä ja heille henkilökohtaiset "
    "varajäsenet seuraavasti:\n\n"
    " • Aino Ahola (kesk.), varajäsen Pekka Puu (kesk.)\n"
    " • Eeva Ek (sd.), varajäsen Olli Oja (sd.)\n"
    " • Kalle Kivi (ps.), varajäsen Liisa Laine (ps.)\n\n"
    "2. valita kunnanhallitukseen 2 jäsentä ja heille henkilökohtaiset varajäsenet "
    "seuraavasti;\n\n"
    " • Matti Mäki (kok.), varajäsen Sanna Salo (kok.)\n"
    " • Ville Vuori (vas.), varajäsen Tiina Talo (vas.)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_decision_item_names_the_body_of_the_list_under_it(morph):
    got = held(DECISION_ITEMS, "fi", morph)
    section = "rakennetun ympäristön palvelut -jaosto"
    assert {(p, r) for p, r, b in got if b.casefold() == section} >= {
        ("Aino Ahola", "member"),
        ("Pekka Puu", "deputy_member"),
        ("Kalle Kivi", "member"),
        ("Liisa Laine", "deputy_member"),
    }
    # the page's own body (whose minutes these are) is not the list's
    assert not any(
        p in ("Aino Ahola", "Pekka Puu", "Liisa Laine") and b.casefold() == "kunnanhallitus"
        for p, _r, b in got
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_a_later_item_naming_a_body_not_read_does_not_keep_the_section(morph):
    got = held(DECISION_ITEMS, "fi", morph)
    assert not any(p in ("Matti Mäki", "Sanna Salo") and "jaosto" in b for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_joined_by_a_space_and_a_hyphen_keeps_its_words_not_another_body(morph):
    text = (
        "Kylälän kunnanhallituksen ja nuorisopalvelut -jaoston jäsen Aino Ahola on pyytänyt "
        "eroa.\n\n"
        "Valtuusto valitsi nuorisopalvelut -jaostoon seuraavat jäsenet:\n\n"
        " • Eeva Ek\n"
        " • Kalle Kivi\n"
    )
    bodies = {b.casefold() for _p, _r, b in held(text, "fi", morph)}
    assert "nuorisopalvelut -jaosto" in bodies
    assert not any(b.startswith("kylälän kunnanhallituksen ja") for b in bodies)
    assert "-jaosto" not in bodies


OWN_DEPUTIES = (
    "Kylälän ja Mäkelän yhteistyöryhmän jäseniä ovat:\n\n"
    "  • Aino Ahola, Kylälän sivistystoimen johtaja (varajäsenenään opetuspäällikkö)\n"
    "  • Eeva Ek, Mäkelän kaupunginsihteeri (varahenkilönään hallintopäällikkö)\n"
    "  • Kalle Kivi, Mäkelän tekninen johtaja (varajäsenenään Pekka Puu)\n"
    "  • Liisa Laine (varajäsen)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_named_by_title_leaves_the_entry_a_member(morph):
    got = held(OWN_DEPUTIES, "fi", morph)
    body = "Kylälän ja Mäkelän yhteistyöryhmä"
    assert ("Aino Ahola", "member", body) in got
    assert ("Eeva Ek", "member", body) in got
    assert ("Aino Ahola", "deputy_member", body) not in got
    assert ("Eeva Ek", "deputy_member", body) not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_word_without_a_possessive_is_still_the_entrys_role(morph):
    got = held(OWN_DEPUTIES, "fi", morph)
    body = "Kylälän ja Mäkelän yhteistyöryhmä"
    assert ("Liisa Laine", "deputy_member", body) in got
    assert ("Kalle Kivi", "member", body) in got
    assert ("Pekka Puu", "deputy_member", body) in got


PANEL_AND_GROUP = (
    "Neuvostoja ovat:\n\n"
    "Nuorten asiakasneuvoston jäsenet\n\n"
    "Aho Aino\n"
    "Puu Pekka\n"
    "Ek Eeva\n\n"
    "Nuorten asiakasneuvostotyöryhmä\n\n"
    "Puheenjohtaja: palvelujohtaja Kalle Kivi\n"
    "Sihteeri: suunnittelija Liisa Laine\n"
    "Sosiaalityön edustaja: Matti Mäki\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_line_over_role_labels_heads_a_list_of_its_own(morph):
    got = {(key(p), r, b) for p, r, b in held(PANEL_AND_GROUP, "fi", morph)}
    group = "Nuorten asiakasneuvostotyöryhmä"
    assert (key("Kalle Kivi"), "chair", group) in got
    assert (key("Liisa Laine"), "secretary", group) in got
    assert (key("Aino Aho"), "member", "Nuorten asiakasneuvosto") in got
    assert not any(p == key("Kalle Kivi") and b == "Nuorten asiakasneuvosto" for p, _r, b in got)


AFFILIATIONS = (
    "Vanhusneuvoston jäsenet\n\n"
    "Aino Ahola\n"
    "Kylälän kaupunginhallitus\n\n"
    "Pekka Puu\n"
    "Mäkelän kaupunginhallitus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_line_under_a_name_with_no_roles_after_it_stays_an_affiliation(morph):
    got = held(AFFILIATIONS, "fi", morph)
    affiliations = ("Kylälän kaupunginhallitus", "Mäkelän kaupunginhallitus")
    assert not any(b in affiliations for *_x, b in got)


STEERING_RUN_ON = (
    "Hankkeen ryhmät\n\n"
    "Ohjausryhmän tehtävänä on tukea hankkeen johtamista.\n\n"
    "Ohjausryhmä:\n\n"
    "Puheenjohtaja Aino Ahola, Kylälän kaupunki, Pekka Puu, Socom, Eeva Ek, "
    "MLL Etelä-Kylän piiri ry, Kalle Kivi, Kylälän omais- ja hoitajayhdistys ry sekä Kylsote, "
    "Liisa Laine,\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_people_and_their_organisations_run_on_one_line_under_a_bare_heading(morph):
    got = held(STEERING_RUN_ON, "fi", morph)
    assert ("Aino Ahola", "chair", "Ohjausryhmä") in got
    for person in ("Pekka Puu", "Eeva Ek", "Kalle Kivi", "Liisa Laine"):
        assert (person, "member", "Ohjausryhmä") in got
    assert not any("Kylälän kaupunki" in p or "Socom" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_line_of_names_only_is_no_name_and_organisation_run(morph):
    text = "Ohjausryhmä:\n\nAino Ahola, Pekka Puu, Eeva Ek, Kalle Kivi\n"
    got = findings(text, "fi", morph)
    assert not any(f.rule == "list-name-organisation" for f in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_two_organisations_in_a_row_are_no_name_and_organisation_run(morph):
    text = (
        "Ohjausryhmä:\n\nAino Ahola, Kylälän kaupunki, Socom, Pekka Puu, Eksote, Eeva Ek, Kylsote\n"
    )
    got = findings(text, "fi", morph)
    assert not any(f.rule == "list-name-organisation" and f.on_behalf_of for f in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_compound_half_after_a_conjunction_is_no_body_of_its_own_name(morph):
    text = (
        "Sekä kunnanvaltuuston että -hallituksen puheenjohtajuus meni keskustalle. "
        "Kunnanhallituksen puheenjohtajana jatkaa Aino Ahola.\n"
    )
    bodies = {b.casefold() for _p, _r, b in held(text, "fi", morph)}
    assert not any("että" in b for b in bodies)


DEPUTY_OF_NAMED = (
    "Kylälän seutuliitto\n\n"
    "Tarkastuslautakuntaan valittiin Aino Ahola (kesk) Kylälästä. Pekka Puu (vas) Mäkelästä "
    "on Eeva Laakson henkilökohtainen varajäsen. Olli Oja (ps) Säkylästä on porilaisen "
    "varapuheenjohtajan Liisa Laineen henkilökohtainen varajäsen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_said_of_the_deputy_names_the_seat_holder_too(morph):
    got = {(p, r) for p, r, b in held(DEPUTY_OF_NAMED, "fi", morph) if b == "Tarkastuslautakunta"}
    assert ("Pekka Puu", "deputy_member") in got
    assert ("Eeva Laakso", "member") in got
    assert ("Olli Oja", "deputy_member") in got
    assert ("Liisa Laine", "vice_chair") in got
    assert ("Olli Oja", "vice_chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_of_a_named_person_with_no_body_anywhere_is_not_read(morph):
    text = "Pekka Puu (vas) Mäkelästä on Eeva Laakson henkilökohtainen varajäsen.\n"
    assert not any(f.rule == "text-deputy-of-named" for f in findings(text, "fi", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_caption_naming_the_body_by_its_kind_gives_way_to_the_named_seat(morph):
    text = (
        "Uudet toimielimet aloittivat\n\n"
        "Kuvassa vammaisneuvoston puheenjohtajisto, vasemmalta Aino Ahola, Pekka Puu ja "
        "Eeva Ek.\n\n"
        "Alueellisen vammaisneuvoston puheenjohtajaksi valittiin Pekka Puu Lapualta, "
        "varapuheenjohtajaksi Aino Ahola Kurikasta ja sihteeriksi Eeva Ek Alavudelta.\n"
    )
    got = held(text, "fi", morph)
    assert any(p == "Pekka Puu" and r == "chair" and b.startswith("Alueelli") for p, r, b in got)
    assert not any(p in ("Pekka Puu", "Eeva Ek") and b == "Vammaisneuvosto" for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_of_a_body_named_by_its_kind_alone_stays_without_a_named_seat(morph):
    text = (
        "Vammaisneuvosto\n\n"
        "Vammaisneuvoston jäsenet ovat Aino Ahola, Pekka Puu ja Eeva Ek.\n\n"
        "Alueellisen nuorisovaltuuston puheenjohtajaksi valittiin Kalle Kivi.\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Ahola", "member", "Vammaisneuvosto") in got


COMMITTEE_WITH_POSTS_ELSEWHERE = (
    "Ohjelmatoimikunta asetettiin\n\n"
    "Toimikunnan puheenjohtajana toimii kansanedustaja Aino Ahola. Toimikunnan muita jäseniä "
    "ovat ylijohtaja Eeva Ek (opetusministeriö), johtaja Kalle Kivi (Kuntaliitto), "
    "varapuheenjohtaja Liisa Laine (valtion nuorisoneuvosto), puheenjohtaja Matti Mäki "
    "(Kylälän Urheiluseurat ry), johtaja Olli Oja (ympäristöministeriö) ja budjettineuvos "
    "Ville Vuori (valtiovarainministeriö).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_before_a_listed_name_is_held_in_the_organisation_in_parentheses(morph):
    got = held(COMMITTEE_WITH_POSTS_ELSEWHERE, "fi", morph)
    assert ("Liisa Laine", "member", "Ohjelmatoimikunta") in got
    assert ("Matti Mäki", "member", "Ohjelmatoimikunta") in got
    assert ("Liisa Laine", "vice_chair", "Valtion nuorisoneuvosto") in got
    assert ("Matti Mäki", "chair", "Kylälän Urheiluseurat ry") in got
    assert ("Liisa Laine", "vice_chair", "Ohjelmatoimikunta") not in got
    assert ("Matti Mäki", "chair", "Valtion nuorisoneuvosto") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_list_goes_on_after_posts_held_elsewhere(morph):
    got = held(COMMITTEE_WITH_POSTS_ELSEWHERE, "fi", morph)
    assert ("Olli Oja", "member", "Ohjelmatoimikunta") in got
    assert ("Ville Vuori", "member", "Ohjelmatoimikunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_in_the_essive_is_the_lists_own_post(morph):
    text = (
        "Ohjelmatoimikunta asetettiin\n\n"
        "Toimikunnan jäseniä ovat ylijohtaja Eeva Ek (opetusministeriö) ja "
        "varapuheenjohtajana Liisa Laine (valtion nuorisoneuvosto).\n"
    )
    got = findings(text, "fi", morph)
    assert not any(f.rule == "text-post-elsewhere" for f in got)


@needs_voikko
def test_two_posts_joined_by_ja_before_one_name_are_both_held():
    text = (
        "Kylälän kunta\n\n"
        "Kunnanhallituksen jäsen ja sivistyslautakunnan puheenjohtaja Aino Ahola kertoo, että "
        "koulujen korjaukset alkavat keväällä.\n"
    )
    got = {(p, r, b.casefold()) for p, r, b in held(text)}
    assert ("Aino Ahola", "chair", "sivistyslautakunta") in got
    assert ("Aino Ahola", "member", "kunnanhallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_in_the_essive_before_ja_is_someone_elses(morph):
    text = (
        "Kylälän kunta\n\n"
        "Kunnanhallituksen puheenjohtajana Pekka Puu ja sivistyslautakunnan puheenjohtaja "
        "Aino Ahola avasivat kokouksen.\n"
    )
    got = findings(text, "fi", morph)
    assert not any(f.rule == "text-first-of-two-posts" for f in got)

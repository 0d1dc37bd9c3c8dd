"""hytegraph extract on layouts met in earlier Finnish held-out sets: made-up snippets, one per
mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_after_a_list_of_affiliations_keep_the_board_not_the_last_affiliation(morph):
    text = (
        "Sopukylän Nuoret ry:n kevätkokous valitsi yhdistykselle hallituksen.\n\n"
        "Hallituksen jäseniä ovat Aino Ahola (Kylälän kaupunki), Eeva Ek (Sopuhanke) ja "
        "Kalle Kivi (Nuorisoverkko ry) sekä varajäseniä Olli Oja (Sopukylän seurakunta) ja "
        "Liisa Laine (Metsäpolun hanke)."
    )
    got = held(text, "fi", morph)
    deputies = {(p, b.casefold()) for p, r, b in got if r == "deputy_member"}
    assert {p for p, _b in deputies} >= {"Olli Oja", "Liisa Laine"}
    # the last person's organisation in parentheses is where that person comes from
    assert all("hallitus" in b for _p, b in deputies)
    assert not any("hanke" in b for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_named_before_the_role_without_parentheses_still_holds(morph):
    text = (
        "Kylälän vammaisneuvoston jäseniä ovat Aino Ahola ja Eeva Ek sekä varajäseniä "
        "Olli Oja ja Liisa Laine."
    )
    got = held(text, "fi", morph)
    assert ("Olli Oja", "deputy_member") in {
        (p, r) for p, r, b in got if "vammaisneuvosto" in b.casefold()
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_s_size_is_no_part_of_its_name(morph):
    text = (
        "Kylälän kaupunki asetti viisijäsenisen työryhmän, jonka jäseniä ovat Aino Ahola ja "
        "Eeva Ek. Yhdistyksen työtä johtaa 11-jäseninen hallitus, jonka jäseniä ovat Olli Oja "
        "ja Liisa Laine."
    )
    got = held(text, "fi", morph)
    assert ("Aino Ahola", "työryhmä") in {(p, b.casefold()) for p, _r, b in got}
    assert ("Olli Oja", "hallitus") in {(p, b.casefold()) for p, _r, b in got}
    assert not any("jäseni" in b for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_word_ending_like_a_size_that_names_the_body_stays(morph):
    text = "Kylälän Yhteishenki-työryhmän jäseniä ovat Aino Ahola ja Eeva Ek."
    got = held(text, "fi", morph)
    assert any("yhteishenki" in b.casefold() for p, _r, b in got if p == "Aino Ahola")


@pytest.mark.parametrize("morph", ["rules"])
def test_a_town_in_a_local_case_after_a_name_is_where_the_person_comes_from(morph):
    # without voikko: a place that is also a common surname, in a local case
    text = (
        "Hallituksen varajäseninä jatkavat Olli Oja Kokkolasta ja Liisa Laine Vaasasta. "
        "Hallituksen jäseniä ovat Aino Lahti ja Eeva Kokkola."
    )
    got = {(p, r) for p, r, _b in held(text, "fi", morph)}
    assert ("Olli Oja", "deputy_member") in got
    assert not any("Kokkolasta" in p for p, _r in got)
    # a surname that is also a place, in the nominative, stays in the name
    assert {("Aino Lahti", "member"), ("Eeva Kokkola", "member")} <= got

"""hytegraph extract on layouts met in the sixty-second and sixty-fourth held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, key, needs_voikko, roles


def _proposed(tmp_path, text: str, lang: str = "fi", morph: str | None = None):
    """(person, role, body) of every membership the whole pipeline proposes for ``text``."""
    from hytegraph.authoring.extract.pipeline import extract

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return {
        (key(f.actor.name), f.role, f.target.name if f.target else "")
        for f in extract(path, lang=lang, morph=morph).facts
        if f.kind == "membership" and not f.status
    }


SECTION = (
    "Työryhmät\n\n"
    "Kehittämis- ja seurantajaosto (KS)\n\n"
    "Puheenjohtaja, ylempi suunnittelija Ritva Kallinen, Testilän kaupunki\n"
    "Dosentti Oskari Lehtimäki, Esimerkkilän yliopisto\n"
    "Kehittämispäällikkö Sanna Viitala, Kylälän kunta\n\n"
    "KS-jaoston sihteerinä toimii suunnittelija Kaisu Hovila, Testilän kaupunki.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_line_with_a_comma_and_a_title_of_two_words_heads_the_list(morph):
    got = roles(SECTION, "fi", morph)
    body = "Kehittämis- ja seurantajaosto"
    assert (key("Ritva Kallinen"), "chair", body) in got
    assert (key("Oskari Lehtimäki"), "member", body) in got
    assert (key("Sanna Viitala"), "member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_line_whose_words_after_the_post_are_no_name_reads_no_one(morph):
    text = SECTION.replace(
        "Puheenjohtaja, ylempi suunnittelija Ritva Kallinen, Testilän kaupunki",
        "Puheenjohtaja valitaan myöhemmin syksyllä",
    )
    got = roles(text, "fi", morph)
    assert not any(r == "chair" for _p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_short_form_defined_after_the_full_name_is_that_body(tmp_path, morph):
    got = _proposed(tmp_path, SECTION, morph=morph)
    assert (key("Kaisu Hovila"), "secretary", "Kehittämis- ja seurantajaosto") in got
    assert not any(b.startswith("KS") for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_short_form_no_parentheses_define_stays_its_own_body(tmp_path, morph):
    text = SECTION.replace(" (KS)", "")
    got = _proposed(tmp_path, text, morph=morph)
    assert (key("Kaisu Hovila"), "secretary", "Kehittämis- ja seurantajaosto") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_short_form_whose_head_is_another_bodys_stays_its_own_body(tmp_path, morph):
    text = SECTION.replace("seurantajaosto (KS)", "seurantatoimikunta (KS)")
    got = _proposed(tmp_path, text, morph=morph)
    assert (key("Kaisu Hovila"), "secretary", "Kehittämis- ja seurantatoimikunta") not in got


OFFICERS = (
    "Testilän yhdenvertaisuusneuvosto asetettu\n\n"
    "Neuvottelukunnan puheenjohtajana toimii kaupungin hallintojohtaja Oiva Rantanen. "
    "Neuvottelukunnan varapuheenjohtajat ovat kaupungin sivistystoimen opetusjohtaja "
    "Helmi Saarinen, nuorisojärjestöjä edustavana varapuheenjohtajana valtuutettu Tapio "
    "Kettunen sekä kieliryhmiä edustavana varapuheenjohtajana Kotoutumiskeskus Aallon "
    "johtaja Leila Haapanen Sateenkaari-Perheet liitto ry:stä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_representing_groups_is_in_the_body_of_the_sentence(morph):
    text = (
        "Testilän neuvosto\n\nNeuvoston varapuheenjohtajat ovat Oiva Rantanen ja "
        "valtuustoryhmiä edustavana varapuheenjohtajana valtuutettu Tapio Kettunen.\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Tapio Kettunen"), "vice_chair", "Testilän neuvosto") in got
    assert not any(b.casefold().startswith("valtuustoryhm") for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organisation_in_the_genitive_before_a_job_is_no_person(morph):
    got = {(p, r) for p, r, _b in roles(OFFICERS, "fi", morph)}
    assert (key("Leila Haapanen"), "vice_chair") in got
    assert not any("Aallo" in p or "Kotoutumiskeskus" in p for p, _r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organisations_name_after_a_persons_is_not_part_of_it(morph):
    text = (
        "Testilän neuvosto\n\n"
        "Neuvoston varapuheenjohtajana toimii Leila Haapanen Sateenkaari-Perheet liitto ry:stä.\n"
    )
    got = {p for p, _r, _b in roles(text, "fi", morph)}
    assert key("Leila Haapanen") in got
    assert not any("Sateenkaari" in p for p in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_plural_role_reads_a_name_after_the_employer_and_its_unit_in_the_genitive(morph):
    got = {(p, r) for p, r, _b in roles(OFFICERS, "fi", morph)}
    assert (key("Helmi Saarinen"), "vice_chair") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_genitives_and_a_job_before_a_place_read_no_person(morph):
    text = (
        "Testilän yhdenvertaisuusneuvosto\n\n"
        "Neuvottelukunnan varapuheenjohtajat ovat kaupungin sivistystoimen opetusjohtaja "
        "Kotkassa ja Haminassa.\n"
    )
    assert not roles(text, "fi", morph)


MARKED = (
    "SOSIAALITOIMI PÖYTÄKIRJA 2/2024 Testilän vanhusneuvosto (TVN) Oona Lepistö "
    "NEUVOSTON KOKOUS Aika klo Paikka Kokoushuone Läsnä: Aarne Kivelä pj (x) Selma Rinne "
    "vpj () jäsenet: varajäsenet: Heikki Orava (x) Lempi Kuusisto () Valto Saarela () "
    "Irja Hiltunen (x) Toini Lahtela (x) Ensio Vainio () Rauni Kettula (x) Veikko Pulkkinen "
    "() Oona Lepistö, sihteeri (x) Ylilääkäri Veikko Aaltola, Testilän sairaala 1 Kokouksen "
    "avaus Puheenjohtaja avasi kokouksen ja toivotti jäsenet sekä ylilääkäri Veikko Aaltolan "
    "tervetulleiksi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_before_a_heading_in_capitals_is_no_part_of_the_body(morph):
    bodies = {b for _p, _r, b in roles(MARKED, "fi", morph)}
    assert not any("Lepistö" in b for b in bodies), bodies


@pytest.mark.parametrize("morph", MORPHS)
def test_flattened_member_and_deputy_columns_with_marks_read_in_pairs(morph):
    got = roles(MARKED, "fi", morph)
    body = "Testilän vanhusneuvosto"
    assert (key("Aarne Kivelä"), "chair", body) in got
    assert (key("Selma Rinne"), "vice_chair", body) in got
    assert (key("Oona Lepistö"), "secretary", body) in got
    for member, deputy in (
        ("Heikki Orava", "Lempi Kuusisto"),
        ("Valto Saarela", "Irja Hiltunen"),
        ("Toini Lahtela", "Ensio Vainio"),
        ("Rauni Kettula", "Veikko Pulkkinen"),
    ):
        assert (key(member), "member", body) in got
        assert (key(deputy), "deputy_member", body) in got
        assert (key(deputy), "member", body) not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_guest_after_the_marked_attendance_holds_no_seat(morph):
    got = roles(MARKED, "fi", morph)
    assert not any("Aaltola" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_marked_names_without_the_columns_heading_are_not_read_as_pairs(morph):
    text = MARKED.replace("jäsenet: varajäsenet: ", "")
    got = roles(text, "fi", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_next_role_after_ja_is_no_job_before_a_name(morph):
    text = (
        "Testilän kulttuurineuvosto\n\n"
        "Neuvoston puheenjohtaja on emeritusprofessori Kaarlo Nyström ja varapuheenjohtajana "
        "kanttori Ilona Peltomaa.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "fi", morph)}
    assert (key("Kaarlo Nyström"), "chair") in got
    assert (key("Ilona Peltomaa"), "vice_chair") in got
    assert (key("Ilona Peltomaa"), "chair") not in got


SAID_DEPUTIES = (
    "Testilän kulttuurineuvosto asetettu\n\n"
    "Kaupunginhallitus on asettanut Testilän kulttuurineuvoston. Taiteilijoita "
    "neuvostossa edustavat kuvanveistäjä Arvo Kinnunen (varajäsenenään muusikko Eila "
    "Korhonen) ja näyttelijä Sulo Mattila (varajäsenenään tanssija Hilja Nurmi).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_parenthesis_that_says_the_deputy_names_the_seats_deputy(morph):
    got = {(p, r) for p, r, _b in roles(SAID_DEPUTIES, "fi", morph)}
    assert (key("Arvo Kinnunen"), "member") in got
    for deputy in ("Eila Korhonen", "Hilja Nurmi"):
        assert (key(deputy), "deputy_member") in got
        assert (key(deputy), "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_parenthesis_with_a_name_and_no_deputy_word_makes_no_deputy(morph):
    text = SAID_DEPUTIES.replace("varajäsenenään ", "")
    got = roles(text, "fi", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)


ATTENDANCE = (
    "Testilän museoneuvoston kokouksen 2/2024 pöytäkirja\n\n"
    "Museot ja kokoelmat\n\n"
    "Läsnä: Ilmari Pesonen, puheenjohtaja (Kylälä), Hanna Vuorela (Testilä), Oskar Räsänen "
    "(Esimerkkilä), Kerttu Ilves (Mäkelä).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officers_post_after_a_comma_in_a_run_of_names_belongs_to_the_name(morph):
    got = {(p, r) for p, r, _b in roles(ATTENDANCE, "fi", morph)}
    assert (key("Ilmari Pesonen"), "chair") in got
    for name in ("Hanna Vuorela", "Oskar Räsänen", "Kerttu Ilves"):
        assert (key(name), "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_with_an_item_that_is_no_post_nor_name_is_not_read_as_a_list(morph):
    text = ATTENDANCE.replace(", puheenjohtaja (Kylälä)", ", kahvitarjoilu (Kylälä)")
    got = {(p, r) for p, r, _b in roles(text, "fi", morph)}
    assert (key("Ilmari Pesonen"), "chair") not in got


REPRESENTATIVES = (
    "Testilän kulttuurineuvosto asetettu\n\n"
    "Neuvoston puheenjohtaja on kulttuurijohtaja Kaarlo Nyström. Taiteilijoita neuvostossa "
    "edustavat kuvanveistäjä Arvo Kinnunen (varajäsenenään muusikko Eila Korhonen) ja "
    "näyttelijä Sulo Mattila (varajäsenenään tanssija Hilja Nurmi). Yhdistyksiä edustavat "
    "Kylälän kotiseutuyhdistyksen toiminnanjohtaja Aapo Leinonen (kirjastonhoitaja Siiri "
    "Manninen, Kylälän kunta) ja rehtori Eetu Partanen (kanslisti Lyydia Ojala).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_representatives_of_groups_with_deputies_in_parentheses_are_members(morph):
    got = {(p, r) for p, r, _b in roles(REPRESENTATIVES, "fi", morph)}
    for member in ("Arvo Kinnunen", "Sulo Mattila", "Aapo Leinonen", "Eetu Partanen"):
        assert (key(member), "member") in got
    for deputy in ("Eila Korhonen", "Hilja Nurmi", "Siiri Manninen", "Lyydia Ojala"):
        assert (key(deputy), "deputy_member") in got
        assert (key(deputy), "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_representatives_with_no_body_before_are_not_read(morph):
    text = (
        REPRESENTATIVES.replace("Neuvoston puheenjohtaja on kulttuurijohtaja Kaarlo Nyström. ", "")
        .replace("Testilän kulttuurineuvosto asetettu", "Uutisia")
        .replace(" neuvostossa", "")
    )
    got = {(p, r) for p, r, _b in roles(text, "fi", morph)}
    assert (key("Siiri Manninen"), "deputy_member") not in got
    assert (key("Lyydia Ojala"), "deputy_member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_ordinal_before_a_bodys_name_is_no_part_of_it(morph):
    text = (
        "Ensimmäinen kulttuuriperinnön neuvottelukunta on asetettu\n\n"
        "Neuvottelukunnan puheenjohtaja on dosentti Kaarlo Nyström.\n"
    )
    bodies = {b for _p, _r, b in roles(text, "fi", morph)}
    assert not any(b.casefold().startswith("ensimmäi") for b in bodies), bodies


@needs_voikko
def test_names_then_a_passive_participle_and_the_bodys_genitive_before_the_role():
    text = (
        "Kotiseutuasiat\n\n"
        "Kylälän kansanedustajat Ilona Peltomaa, Tauno Heikura ja Reino Mäkelä on nimetty "
        "Kylälän kulttuurisäätiön (KKS) valtuuskunnan jäseneksi.\n"
    )
    got = roles(text, "fi")
    for name in ("Ilona Peltomaa", "Tauno Heikura", "Reino Mäkelä"):
        assert any(p == key(name) and r == "member" for p, r, _b in got), got
    assert all(b.casefold().endswith("valtuuskunta") for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_before_a_verb_that_elects_no_one_hold_no_seat(morph):
    text = (
        "Kotiseutuasiat\n\n"
        "Ilona Peltomaa ja Tauno Heikura ovat kirjoittaneet Kylälän kulttuurisäätiön "
        "valtuuskunnan jäsenille.\n"
    )
    assert not roles(text, "fi", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_title_under_a_line_that_heads_a_post_is_the_persons_own(morph):
    text = (
        "Valtuuskunta\n\nValtuuskunnan johto\n\n"
        "Puheenjohtaja\njohtaja Kalle Virkkunen\n\n"
        "Varapuheenjohtaja\npääsihteeri Seija Halonen\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "fi", morph)}
    assert (key("Seija Halonen"), "vice_chair") in got
    assert (key("Seija Halonen"), "secretary") not in got


NETWORK = (
    "Tietoa meistä\n\n"
    "Liikuntapooli kokoaa yhteen liikuntajärjestöt. Liikuntapooli vaikuttaa päättäjiin ja "
    "järjestää keskusteluja.\n\n"
    "Liikuntapoolin puheenjohtajana toimii toiminnanjohtaja Aune Salminen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organisation_the_text_names_in_the_nominative_holds_its_officer(morph):
    got = roles(NETWORK, "fi", morph)
    assert (key("Aune Salminen"), "chair", "Liikuntapooli") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_genitive_the_text_never_names_in_the_nominative_gives_no_organisation(morph):
    text = NETWORK.replace("Liikuntapooli kokoaa", "Se kokoaa").replace(
        "Liikuntapooli vaikuttaa", "Se vaikuttaa"
    )
    got = roles(text, "fi", morph)
    assert not any(b == "Liikuntapooli" for _p, _r, b in got)


SURNAME_AFTER = (
    "Testilän kulttuurineuvosto aloitti toimintansa\n\n"
    "Testilän kulttuurineuvosto (TKN) kokoontui. Puheenjohtajana jatkaa Aino Virtala.\n\n"
    "Varapuheenjohtaja Helka Rautio on innoissaan tulevasta kaudesta. Edellisellä kaudella "
    "Kylälän Naisten sihteerinä toimiva Rautio istui varajäsenenä TKN:ssä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_held_before_named_by_surname_is_no_seat(morph):
    got = {(p, r) for p, r, _b in roles(SURNAME_AFTER, "fi", morph)}
    assert (key("Helka Rautio"), "vice_chair") in got
    assert (key("Helka Rautio"), "secretary") not in got

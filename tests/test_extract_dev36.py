"""hytegraph extract on layouts met in the fifty-eighth and fifty-ninth held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, needs_voikko, roles

NEXT_TERM = (
    "Kuusijoen Kuoro ry piti syyskokouksensa 12.11.2025.\n\n"
    "Kuvassa hallitukseen valitut Oskari Vanhala ja Liisa Tammisto.\n\n"
    "Kuusijoen Kuoron hallitukseen valittiin seuraavalle kaksivuotiskaudelle Oskari Vanhala "
    "Kuusijoelta ja Liisa Tammisto Ylämaalta.\n"
)


@needs_voikko
def test_seats_of_the_next_term_are_still_to_come_wherever_the_page_names_them(morph=None):
    got = roles(NEXT_TERM, morph=morph)
    assert not any(p in (key("Oskari Vanhala"), key("Liisa Tammisto")) for p, _r, _b in got)
    planned = {
        key(f.actor.name)
        for f in findings(NEXT_TERM, morph=morph)
        if f.kind == "membership" and f.status == "planned"
    }
    assert key("Oskari Vanhala") in planned


@needs_voikko
def test_a_seat_of_the_current_term_is_held(morph=None):
    text = "Kuusijoen Kuoron hallitukseen valittiin kaudelle 2025 Oskari Vanhala.\n"
    got = roles(text, morph=morph)
    assert any(p == key("Oskari Vanhala") and r == "member" for p, r, _b in got)


@needs_voikko
def test_one_who_leaves_the_board_holds_no_seat(morph=None):
    text = (
        "Kuusijoen Kuoron vuosikokous pidettiin 3.4.2025. Hallituksesta jää pois varapuheenjohtaja "
        "Irja Lumme. "
        "Hallitukseen valittiin Aapo Ketola.\n"
    )
    got = roles(text, morph=morph)
    assert not any(p == key("Irja Lumme") for p, _r, _b in got)
    assert any(p == key("Aapo Ketola") and r == "member" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_association_in_a_local_case_is_no_person(morph):
    text = (
        "Syyskokouksessa valittiin Pohjolan Kuorolle puheenjohtaja sekä kaksi jäsentä "
        "hallitukseen: Aino Kerola ja Matti Saari.\n"
    )
    names = {f.actor.name for f in findings(text, morph=morph)}
    assert "Pohjolan Kuorolle" not in names


@pytest.mark.parametrize("morph", MORPHS)
def test_a_person_named_in_a_local_case_after_a_first_name_is_not_dropped(morph):
    text = "Hallituksen puheenjohtajaksi valittiin Aino Kerola.\n"
    got = roles(text, morph=morph)
    assert any(p == key("Aino Kerola") and r == "chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_meetings_chair_holds_no_seat_in_a_body_named_before(morph):
    text = "Kuvassa pöydän ääressä kokouksen puheenjohtajana toiminut Ville Harju.\n"
    assert not any(p == key("Ville Harju") for p, _r, _b in roles(text, morph=morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_title_after_the_meetings_role_still_reads(morph):
    text = "Valitaan kokouksen puheenjohtajaksi nuorisovaltuuston puheenjohtaja Ilmari Saxell.\n"
    got = roles(text, morph=morph)
    assert any(p == key("Ilmari Saxell") and r == "chair" for p, r, _b in got)


GLUED_TABLE = (
    "Förbundsfullmäktige\n\n"
    "Förbundsfullmäktige sammanträder två gånger om året.\n\n"
    "LedamotErsättare\n"
    "Vårdföreningen i Norrby\n"
    "Greta Lundqvist, greta.lundqvist(at)example.fiOlle Sandvik\n"
    "Maja Holm, maja.holm(a)example.comKarl-Erik Nyman\n"
    "Vårdföreningen i Söderby\n"
    "Elsa Grönroos, elsa(at)example.net\n"
    "Tove Lindell\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_glued_member_deputy_table_reads_by_its_e_mails(morph):
    got = {
        (f.actor.name, f.role, f.target.name, f.on_behalf_of.name if f.on_behalf_of else "")
        for f in findings(GLUED_TABLE, "sv", morph)
        if f.kind == "membership" and not f.status and f.target is not None
    }
    norrby = "Vårdföreningen i Norrby"
    assert ("Greta Lundqvist", "member", "Förbundsfullmäktige", norrby) in got
    assert ("Olle Sandvik", "deputy_member", "Förbundsfullmäktige", norrby) in got
    assert ("Karl-Erik Nyman", "deputy_member", "Förbundsfullmäktige", norrby) in got
    söderby = "Vårdföreningen i Söderby"
    assert ("Elsa Grönroos", "member", "Förbundsfullmäktige", söderby) in got
    assert ("Tove Lindell", "deputy_member", "Förbundsfullmäktige", söderby) in got
    deputy = next(f for f in findings(GLUED_TABLE, "sv", morph) if f.actor.name == "Olle Sandvik")
    assert deputy.deputy_for is not None and deputy.deputy_for.name == "Greta Lundqvist"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_glued_table_under_no_titled_body_reads_nothing(morph):
    text = GLUED_TABLE.replace("Förbundsfullmäktige\n", "Kontaktuppgifter\n", 1)
    assert not any(f.rule == "glued-table" for f in findings(text, "sv", morph))


RUN_ON = (
    "Kuusimaan Kuntoliitto ry. Toimintakertomus vuodelta 2024\n\n"
    "Liiton hallitus kokoontui vuoden aikana kuusi kertaa. Vuosikokouksessa valitut "
    "hallituksen jäsenet ja varajäsenet on merkitty luetteloon. Varsinaiset jäsenet "
    "Aarne Kivistö, puheenjohtaja Helena Rautio, varapuheenjohtaja Marketta Oksanen "
    "Veikko Halme Riitta Salonen Varajäsenet Anneli Kaarto Kalevi Pulkkinen Sirkka Laine "
    "Liiton tilintarkastajana toimi Eero Vallas.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_on_member_and_deputy_list_gives_each_name_its_role(morph):
    got = {
        (key(f.actor.name), f.role)
        for f in findings(RUN_ON, morph=morph)
        if f.kind == "membership" and not f.status
    }
    if not got:
        pytest.skip("the rules read no seats in this text")
    assert (key("Aarne Kivistö"), "chair") in got
    assert (key("Helena Rautio"), "vice_chair") in got
    assert (key("Riitta Salonen"), "member") in got
    assert (key("Anneli Kaarto"), "deputy_member") in got
    assert (key("Sirkka Laine"), "deputy_member") in got
    assert not any("Liiton" in p or "Eero" in p for p, _r in got)


@needs_voikko
def test_the_run_on_list_is_read_with_libvoikko():
    got = {(key(f.actor.name), f.role) for f in findings(RUN_ON) if f.kind == "membership"}
    assert (key("Aarne Kivistö"), "chair") in got
    assert (key("Kalevi Pulkkinen"), "deputy_member") in got


@needs_voikko
def test_the_composition_before_the_meeting_holds_no_seats():
    text = (
        "Hallituksen toiminta. Liiton hallitus kokoontui vuosikokousta edeltäneessä "
        "kokoonpanossa kerran. Hallituksen jäsenet ja heidän henkilökohtaiset varajäsenensä "
        "osallistuivat kokouksiin seuraavasti: Aarne Kivistö (pj) 1/1 (Toivo Rask 0/1), "
        "Veikko Halme 1/1 (Irma Leino 1/1).\n"
    )
    got = roles(text)
    assert not any(p in (key("Toivo Rask"), key("Irma Leino")) for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_written_after_names_belong_to_the_name_before(morph):
    text = (
        "Pensionärsföreningen i Norrby höll årsmöte den 12 mars.\n\n"
        "Styrelsen omvaldes: Greta Lundqvist ordförande, Olle Sandvik vice ordförande, "
        "Maja Holm kassör, Karl Nyman sekreterare och Elsa Grönroos ledamot.\n"
    )
    got = {(f.actor.name, f.role) for f in findings(text, "sv", morph) if f.kind == "membership"}
    if not got:
        pytest.skip("the rules read no seats in this text")
    assert ("Greta Lundqvist", "chair") in got
    assert ("Olle Sandvik", "vice_chair") in got
    assert ("Maja Holm", "member") in got
    assert ("Karl Nyman", "secretary") in got
    assert ("Elsa Grönroos", "member") in got
    assert ("Olle Sandvik", "chair") not in got
    assert ("Karl Nyman", "chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_colon_list_with_an_item_of_no_post_is_not_read_as_posts_after_names(morph):
    text = (
        "Styrelsen omvaldes: Greta Lundqvist ordförande, Olle Sandvik, Maja Holm och Karl Nyman.\n"
    )
    assert not any(f.rule == "name-then-post" for f in findings(text, "sv", morph))


def _no_seat(text: str, name: str, lang: str = "fi") -> bool:
    from hytegraph.authoring.extract.lexicon import lexicon
    from hytegraph.authoring.extract.tagger import no_seat_said

    at = text.index(name)
    return no_seat_said(lexicon(lang), text, at, at + len(name))


def test_the_tagger_leaves_the_meetings_officers_to_the_rules():
    text = "Vuosikokous pidettiin Kuusijoella. Kokouksen puheenjohtajaksi valittiin Ilse Rannikko."
    assert _no_seat(text, "Ilse Rannikko")
    text = "Till mötets ordförande valdes Greta Lundqvist från Norrby."
    assert _no_seat(text, "Greta Lundqvist", "sv")


def test_the_tagger_may_read_a_bodys_officer():
    text = (
        "Vuosikokous pidettiin Kuusijoella. Hallituksen puheenjohtajaksi valittiin Ilse Rannikko."
    )
    assert not _no_seat(text, "Ilse Rannikko")


@needs_voikko
def test_a_date_until_which_a_seat_lasted_is_only_the_name_before_it():
    text = (
        "Toimintakertomus 2024\n\n"
        "Hallituksen jäsenet olivat Aila Kuusela, Pertti Ojanen ja sihteerinä Leena Hirvi "
        "(3.10.2023 saakka).\n"
    )
    got = roles(text)
    assert (key("Aila Kuusela"), "member", "Hallitus") in got
    assert (key("Pertti Ojanen"), "member", "Hallitus") in got
    assert not any(p == key("Leena Hirvi") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_after_a_nearer_members_word_are_members(morph):
    text = (
        "Hallituksessa jatkavat puheenjohtaja Irma Salo sekä hallituksen jäsenet Pekka Aho, "
        "Leena Vaara ja Outi Ranta.\n"
    )
    got = {(key(f.actor.name), f.role) for f in findings(text, morph=morph)}
    if not got:
        pytest.skip("the rules read no seats in this text")
    assert (key("Irma Salo"), "chair") in got
    assert (key("Leena Vaara"), "member") in got
    assert (key("Outi Ranta"), "member") in got
    assert (key("Leena Vaara"), "chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_after_the_members_word_keeps_the_role(morph):
    text = "Hallituksen jäsenet ovat puheenjohtaja Irma Salo, Pekka Aho ja Leena Vaara.\n"
    got = {(key(f.actor.name), f.role) for f in findings(text, morph=morph)}
    if not got:
        pytest.skip("the rules read no seats in this text")
    assert (key("Irma Salo"), "chair") in got

"""hytegraph extract on layouts met in the seventy-ninth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, findings, held

STACKED_COVER = (
    "Fritidsnämnden 2021-04-15 1 (12)\n\n"
    "1 Fritidsnämnden (12) Plats och tid Bygdegården, torsdagen den 15 april 2021, kl 18 "
    "Beslutande Övriga närvarande Ersättare Tjänstemän Agda Lindkvist (s) ordförande Ruben "
    "Falk (c) tjg för Vendela Hed (c) Holger Bengtsson (m) vice ordförande Maja Storm (s) "
    "Tuva Ringqvist (v) Lovisa Bergfors, fritidschef Anders Malmgren, nämndsekreterare Edvin "
    "Sjödahl, ekonom Tid och plats för justering Fredagen den 16 april 2021 Paragrafer "
    "Underskrifter Sekreterare Anders Malmgren Ordförande Agda Lindkvist Justerare Maja Storm\n\n"
    "2 Fritidsnämnden (12) Ärenden 12 Fastställande av dagordning\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_column_labels_before_the_names_give_the_party_names_to_the_deciding(morph):
    got = held(STACKED_COVER, "sv", morph)
    body = "Fritidsnämnden"
    assert ("Agda Lindkvist", "chair", body) in got
    assert ("Holger Bengtsson", "vice_chair", body) in got
    assert ("Maja Storm", "member", body) in got
    assert ("Tuva Ringqvist", "member", body) in got
    # "tjg för": the deputy serves, the member keeps the seat
    assert ("Ruben Falk", "deputy_member", body) in got
    assert ("Vendela Hed", "member", body) in got
    people = {person for person, _r, _b in got}
    # the staff after the names with a party, and the labels: no seat
    assert "Lovisa Bergfors" not in people
    assert "Edvin Sjödahl" not in people
    assert not any("Paragrafer" in person or "Tjänstemän" in person for person in people)
    # the signatures do not change what the cover says
    assert ("Maja Storm", "deputy_member", body) not in got


LOST_LABEL_COVER = (
    "SAMMANTRÄDESPROTOKOLL\n\n"
    "1 Tekniska nämnden (9) Plats och tid Sammanträdesrum Björken, stadshuset, klockan "
    "13:30-15:00 nde Greta Wiklund (L),ordförande Hampus Lyck (S) Elvira Broström (M) Ebbe "
    "Lundh (C) Irma Sten (SD), ersätter Olof Dahlgren (SD) Ersättare Viggo Sandell (S) Alma "
    "Grahn (MP) Övriga deltagande Nils Wester, förvaltningschef Hedda Moberg, sekreterare "
    "Utses att justera Elvira Broström (M)\n\n"
    "2 Tekniska nämnden (9) Innehållsförteckning 20 Gatubelysning\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_with_parties_after_the_place_and_before_the_deputies_decide(morph):
    got = held(LOST_LABEL_COVER, "sv", morph)
    body = "Tekniska nämnden"
    assert ("Greta Wiklund", "chair", body) in got
    for member in ("Hampus Lyck", "Elvira Broström", "Ebbe Lundh", "Olof Dahlgren"):
        assert (member, "member", body) in got
    assert ("Hampus Lyck", "chair", body) not in got
    assert ("Irma Sten", "deputy_member", body) in got
    assert ("Viggo Sandell", "deputy_member", body) in got
    assert ("Alma Grahn", "deputy_member", body) in got
    people = {person for person, _r, _b in got}
    assert "Nils Wester" not in people
    assert not any("Björken" in person for person in people)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_after_the_place_without_deputies_after_them_are_no_cover(morph):
    text = LOST_LABEL_COVER.replace(" Ersättare Viggo", " Viggo")
    assert not any(f.rule == "cover-page" for f in findings(text, "sv", morph))


LETTER_COVER = (
    "SAMMANTRÄDESPROTOKOLL Sida 1(20) Socialnämnden\n\n"
    "1 SAMMANTRÄDESPROTOKOLL Sida 1(20) Tid Klockan Plats Rådhuset, Norrby Närvarande "
    "Beslutande C Ragnar Fält, ordförande S Tilda Norén, vice ordförande M Anna Wallin "
    "KD Greta Lundqvist L Hugo Dahl V Signe Alm Ej tjänstgörande ersättare MP Ture Ekdahl "
    "S Alva Ros, Övriga Eskil Nord Förvaltningschef Frida Hall Nämndsekreterare Justeringens "
    "plats och tid Rådhuset Underskrifter Sekreterare Frida Hall Ordförande Ragnar Fält (C)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_party_letters_before_the_names_of_a_cover(morph):
    got = held(LETTER_COVER, "sv", morph)
    body = "Socialnämnden"
    assert ("Ragnar Fält", "chair", body) in got
    assert ("Tilda Norén", "vice_chair", body) in got
    assert ("Anna Wallin", "member", body) in got
    assert ("Greta Lundqvist", "member", body) in got
    assert ("Hugo Dahl", "member", body) in got
    assert ("Signe Alm", "member", body) in got
    assert ("Ture Ekdahl", "deputy_member", body) in got
    assert ("Alva Ros", "deputy_member", body) in got
    people = {person for person, _r, _b in got}
    assert "Eskil Nord" not in people
    assert not any(person.startswith(("C ", "S ", "M ")) for person in people)


TIME_PLACE_COVER = (
    "Tid och plats Beslutande Ledamöter Rådhuset, lilla salen, kl. 09.00-12.00 Selma Wik (M), "
    "ordförande Torvald Brink (S), 1:e vice ordförande Astrid Holmgren (C) Valter Lindfors (S) "
    "Ebba Sjöqvist (M) ersättare för Melker Nyström (L) Idun Falk (V) Övriga närvarande "
    "Ersättare Tjänstepersoner Ingrid Vall (KD) Karl Edlund (S) Olle Strand, förvaltningschef "
    "Justering Justerare Astrid Holmgren 1 (20)\n"
    "Bevis om anslag av protokoll nämnden för kultur och fritids protokoll från sammanträdet "
    "är justerat. Anslagsdag 2022-03-04 Underskrift Klara Ståhl 3 (20)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_time_place_and_members_labels_together_and_a_body_from_its_protocol(morph):
    got = held(TIME_PLACE_COVER, "sv", morph)
    body = "Nämnden för kultur och fritid"
    assert ("Selma Wik", "chair", body) in got
    assert ("Torvald Brink", "vice_chair", body) in got
    assert ("Astrid Holmgren", "member", body) in got
    assert ("Ebba Sjöqvist", "deputy_member", body) in got
    assert ("Melker Nyström", "member", body) in got
    assert ("Idun Falk", "member", body) in got
    # the labels of the others present together: the names with a party the deputies
    assert ("Ingrid Vall", "deputy_member", body) in got
    assert ("Karl Edlund", "deputy_member", body) in got
    people = {person for person, _r, _b in got}
    assert "Olle Strand" not in people
    assert not any("Rådhuset" in person for person in people)


@pytest.mark.parametrize("morph", MORPHS)
def test_another_bodys_dated_protocol_names_no_body_of_a_cover(morph):
    text = TIME_PLACE_COVER.split("\n")[0] + "\n5 Kommunfullmäktiges protokoll 2022-02-01\n"
    assert not any(f.rule == "cover-page" for f in findings(text, "sv", morph))


DASH_BOARD = (
    "Om oss\n\n"
    "Styrelsen\n\n"
    "ORDFÖRANDE \u2013 Signe Alm\n\n"
    "VICE ORDFÖRANDE \u2013 Ture Ekdahl\n\n"
    "KASSÖR \u2013 Hugo Dahl\n\n"
    "SEKRETERARE \u2013 Greta Lundqvist\n\n"
    "Alva Ros\n\n"
    "Eskil Nord\n\n"
    "Suppleant \u2013 Frida Hall\n\n"
    "Stadgar\n\n"
    "Stadgar för Riksföreningen Friska Fötter, senast ändrade 2030.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_board_word_over_office_dash_name_lines(morph):
    got = held(DASH_BOARD, "sv", morph)
    assert ("Signe Alm", "chair", "Styrelsen") in got
    assert ("Ture Ekdahl", "vice_chair", "Styrelsen") in got
    assert ("Hugo Dahl", "member", "Styrelsen") in got
    assert ("Greta Lundqvist", "secretary", "Styrelsen") in got
    assert ("Alva Ros", "member", "Styrelsen") in got
    assert ("Eskil Nord", "member", "Styrelsen") in got
    assert ("Frida Hall", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_board_word_over_prose_or_other_dash_lines_starts_no_list(morph):
    text = (
        "Styrelsen\n\n"
        "Kontakt \u2013 Signe Alm svarar på frågor om föreningen.\n\n"
        "Alva Ros\n\n"
        "Eskil Nord\n"
    )
    assert not held(text, "sv", morph)


SECTOR_BOARD = (
    "Styrelsen 2030\n\n"
    "ORDINARIE LEDAMÖTER\n\n"
    "Norrby kommun\n\n"
    " \u2022 Alva Ros, offentlig sektor\n"
    " \u2022 Signe Alm, privat sektor \u2013 VICE ORDF\n"
    " \u2022 Eskil Nord, ideell sektor \u2013 ORDFÖRANDE\n"
    " \u2022 Hugo Dahl, ideell sektor \u2013 Norrby\n\n"
    "ERSÄTTARE\n\n"
    " \u2022 Frida Hall, privat sektor\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_after_the_sector_and_a_dash(morph):
    got = held(SECTOR_BOARD, "sv", morph)
    assert ("Signe Alm", "vice_chair", "Styrelsen") in got
    assert ("Eskil Nord", "chair", "Styrelsen") in got
    assert ("Alva Ros", "member", "Styrelsen") in got
    # a place after the dash is no office
    assert ("Hugo Dahl", "member", "Styrelsen") in got
    assert ("Frida Hall", "deputy_member", "Styrelsen") in got
    assert ("Signe Alm", "member", "Styrelsen") not in got


ANNUAL_NEWS = (
    "Årsmöte i Norrby\n\n"
    "Publicerad 2030-03-16\n\n"
    "Efter årsmötets val av styrelse leder Alva Ros föreningen även det kommande året och nu "
    "med tre nya styrelsekolleger, Hugo Dahl, Frida Hall och Ture Ekdahl.  Med ytterligare "
    "ett års mandattid utgör Signe Alm, Eskil Nord och Greta Lundqvist resten av styrelsen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_new_board_colleagues_and_the_rest_of_the_board_in_prose(morph):
    got = {
        (person, role, body.casefold()[:8]) for person, role, body in held(ANNUAL_NEWS, "sv", morph)
    }
    for name in ("Hugo Dahl", "Frida Hall", "Ture Ekdahl", "Signe Alm", "Eskil Nord"):
        assert (name, "member", "styrelse") in got, name
    assert ("Greta Lundqvist", "member", "styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_work_colleagues_and_a_forming_without_the_rest_of_a_body_give_no_seats(morph):
    text = (
        "Vårfest i Norrby\n\n"
        "På festen fanns mina arbetskolleger, Hugo Dahl, Frida Hall och Ture Ekdahl. Tillsammans "
        "utgör Signe Alm, Eskil Nord och Greta Lundqvist en trio på scenen.\n"
    )
    assert not held(text, "sv", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_cover_repeated_on_a_later_page_is_read_as_the_first(morph):
    page = LETTER_COVER.split("\n\n", 1)[1].replace("1 SAMMANTRÄDESPROTOKOLL Sida 1(20) ", "")
    page = page.split("Justeringens")[0].replace(
        "Frida Hall Nämndsekreterare",
        "Frida Hall Nämndsekreterare Birgitta Andersson Verksamhetschef, Susanne H",
    )
    text = LETTER_COVER + "\n3 SAMMANTRÄDESPROTOKOLL Sida 3(20) " + page
    got = held(text, "sv", morph)
    assert ("Ragnar Fält", "chair", "Socialnämnden") in got
    assert ("Ture Ekdahl", "deputy_member", "Socialnämnden") in got
    # the staff of the repeated page hold no seat, nor a guess of the tagger's
    walk = Walker(lexicon("sv"), morphology(morph)).walk(text)
    at = text.index("Birgitta Andersson")
    assert any(a <= at < b for a, b in walk.no_seat)

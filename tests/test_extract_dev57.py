"""hytegraph extract on layouts met in the seventy-seventh held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

PARTY_COVER = (
    "SAMMANTRÄDESPROTOKOLL\n\n"
    "1 Fritidsnämnden (14) Plats och tid Rådhuset, sal B, kl 18.00 Beslutande Agda Lindkvist "
    "(S), ordförande Holger Bengtsson (M) vice ordförande Maja Storm (S) Ruben Falk (C) "
    "ersättare för Vendela Hed (C) Tuva Ringqvist (L) Övriga deltagande Ersättare: Edvin "
    "Sjödahl (S), Signe Alm (M) och Ture Ekdahl (V) samt sekreterare Lovisa Bergfors, "
    "fritidschef Anders Malmgren Utses att justera Maja Storm Justeringens plats och tid "
    "Rådhuset Underskrifter Sekreterare Lovisa Bergfors Ordförande Agda Lindkvist\n\n"
    "2 Fritidsnämnden (14) 4 Val av justerare Nämnden beslutar enligt förslaget.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_flattened_cover_gives_its_deciding_members_and_deputies(morph):
    got = held(PARTY_COVER, "sv", morph)
    assert ("Agda Lindkvist", "chair", "Fritidsnämnden") in got
    assert ("Holger Bengtsson", "vice_chair", "Fritidsnämnden") in got
    assert ("Maja Storm", "member", "Fritidsnämnden") in got
    assert ("Tuva Ringqvist", "member", "Fritidsnämnden") in got
    # a deputy serving for a member: the member keeps the seat
    assert ("Ruben Falk", "deputy_member", "Fritidsnämnden") in got
    assert ("Vendela Hed", "member", "Fritidsnämnden") in got
    for deputy in ("Edvin Sjödahl", "Signe Alm", "Ture Ekdahl"):
        assert (deputy, "deputy_member", "Fritidsnämnden") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_staff_and_the_signatures_of_a_cover_hold_no_seat(morph):
    people = {person for person, _r, _b in held(PARTY_COVER, "sv", morph)}
    assert "Lovisa Bergfors" not in people
    assert "Anders Malmgren" not in people
    assert ("Agda Lindkvist", "member", "Fritidsnämnden") not in held(PARTY_COVER, "sv", morph)


ORGANISATION_COVER = (
    "Kommunala tillgänglighetsrådet 3 maj (8) Plats och tid Sammanträdesrum Udden, kl 9-12.\n\n"
    "Transkript\n\n"
    "1 Kommunala tillgänglighetsrådet 3 maj (8) Plats och tid Sammanträdesrum Udden, kl 9-12. "
    "Beslutande Ragnar Fält DHR, Ordförande Tilda Norén Kommunstyrelsen Ebbe Lundh "
    "Tekniska nämnden Greta Wiklund SRF Irma Sten, ers FUB för Olof Dahlgren Hampus Lyck "
    "Elvira Broström HRF Justerare Plats och tid Sekreterare Paragrafer 1-7 Ordförande "
    "Justerare Hedda Moberg Ragnar Fält\n\n"
    "2 Kommunala tillgänglighetsrådet 3 maj (8) Ej tjänstgörande Viggo Sandell "
    "Kommunstyrelsen Alma Grahn SRF Övriga deltagare Hedda Moberg Nils Wester\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_cover_with_organisations_after_the_names(morph):
    got = held(ORGANISATION_COVER, "sv", morph)
    body = "Kommunala tillgänglighetsrådet"
    assert ("Ragnar Fält", "chair", body) in got
    assert ("Tilda Norén", "member", body) in got
    assert ("Ebbe Lundh", "member", body) in got
    assert ("Greta Wiklund", "member", body) in got
    assert ("Irma Sten", "deputy_member", body) in got
    # two names with nothing between them: two persons
    assert ("Olof Dahlgren", "member", body) in got
    assert ("Hampus Lyck", "member", body) in got
    assert ("Viggo Sandell", "deputy_member", body) in got
    assert ("Alma Grahn", "deputy_member", body) in got
    people = {person for person, _r, _b in got}
    assert "Hedda Moberg" not in people
    assert "Nils Wester" not in people
    assert not any("Tekniska" in person for person in people)


LINE_COVER = (
    "Protokoll från Byggutskottets sammanträde 2019-05-06 Innehållsförteckning\n\n"
    "Beslutande... 2\n\nBudget... 3\n\n"
    "(2)\n\nPlats och tid Stadshuset, kl 13.00\n\n"
    "Beslutande Ingrid Vall (S), ordförande\n\nKarl Edlund (M) Stina Hjort (C)\n\n"
    "Olle Strand (S), tgj ers för Mona Lidén (S)\n\n"
    "Övriga deltagande Klara Ståhl, sekreterare\n\n"
    "Elis Krona (KD), ej tjg ers, del av § 12 Bertil Ask, stadsarkitekt\n\n"
    "Utses att justera Karl Edlund\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_cover_of_lines_after_a_table_of_contents(morph):
    got = held(LINE_COVER, "sv", morph)
    assert ("Ingrid Vall", "chair", "Byggutskottet") in got
    assert ("Karl Edlund", "member", "Byggutskottet") in got
    assert ("Stina Hjort", "member", "Byggutskottet") in got
    assert ("Olle Strand", "deputy_member", "Byggutskottet") in got
    assert ("Mona Lidén", "member", "Byggutskottet") in got
    assert ("Elis Krona", "deputy_member", "Byggutskottet") in got
    people = {person for person, _r, _b in got}
    assert "Klara Ståhl" not in people
    assert "Bertil Ask" not in people


DECISION_COVER = (
    "1 Sammanträdesdatum Sida 1 Beslutande organ Plats och tid Stadshuset, klockan "
    "Beslutande Eskil Nord (M) ordförande Frida Hall (S) vice ordförande Leo Brink (C) "
    "ledamot Övriga deltagande Alva Ros (V) adjungerad Hugo Dahl kommunchef Utses att "
    "justera Frida Hall\n\n"
    "2 Sammanträdesdatum Sida 2 Mbu 12 Information Miljö- och byggutskottets beslut Miljö- "
    "och byggutskottet noterar informationen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_cover_whose_body_is_named_by_its_decisions(morph):
    got = held(DECISION_COVER, "sv", morph)
    body = "Miljö- och byggutskottet"
    assert ("Eskil Nord", "chair", body) in got
    assert ("Frida Hall", "vice_chair", body) in got
    assert ("Leo Brink", "member", body) in got
    assert not any(person == "Alva Ros" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_cover_without_a_body_gives_nothing(morph):
    text = DECISION_COVER.split("\n\n")[0] + "\n"
    assert not any(person == "Leo Brink" for person, _r, _b in held(text, "sv", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_prose_decision_is_no_cover(morph):
    text = (
        "Styrelsen för Norrby byalag\n\n"
        "Beslutande vid mötet var styrelsen. Ordförande är Greta Lund och ledamöter Per Ås "
        "och Ida Ek.\n"
    )
    got = held(text, "sv", morph)
    assert not any(person == "Greta Lund" and role == "member" for person, role, _b in got)


CLUB_NEWS = (
    "Årsmötet avklarat\n\n"
    "Årets årsmöte hölls i onsdags och valde en ny styrelse. Styrelsen tackar ordförande "
    "Torvald Brink och ledamoten Selma Wik för deras fina arbete och engagemang.\n\n"
    "Nya styrelsen\n\n"
    "Styrelsen konstituerade sig direkt efter mötet och ser ut som följer\n\n"
    "  • Astrid Holmgren \u2013 Ordförande, vald till 2026\n"
    "  • Valter Lindfors \u2013 Vice ordförande, vald till 2027\n"
    "  • Ebba Sjöqvist \u2013 Sekreterare, vald till 2026\n"
    "  • Melker Nyström \u2013 Ledamot, vald till 2027\n"
    "  • Idun Falk \u2013 Suppleant, vald till 2026\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_after_a_dash_in_a_bullet_list(morph):
    got = {(p, r) for p, r, b in held(CLUB_NEWS, "sv", morph) if b.startswith("Styrelse")}
    assert ("Astrid Holmgren", "chair") in got
    assert ("Valter Lindfors", "vice_chair") in got
    assert ("Ebba Sjöqvist", "secretary") in got
    assert ("Melker Nyström", "member") in got
    assert ("Idun Falk", "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_thanked_for_their_work_hold_no_seat(morph):
    people = {person for person, _r, _b in held(CLUB_NEWS, "sv", morph)}
    assert "Torvald Brink" not in people
    assert "Selma Wik" not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_thanks_for_a_gift_leave_the_seat(morph):
    text = CLUB_NEWS.replace("för deras fina arbete och engagemang", "och hälsar alla välkomna")
    people = {person for person, _r, _b in held(text, "sv", morph)}
    assert "Torvald Brink" in people


ELECTION_PROSE = (
    "Ny styrelse vald på årsmötet\n\n"
    "Ett trettiotal medlemmar kom till årsmötet i klubbstugan.\n\n"
    "Valberedningen lade fram sitt förslag till ny styrelse för 2025.\n\n"
    "Till ordförande valdes Ture Lindgren, nya i styrelsen blev Hanna Borg, Elof Sandin och "
    "Märta Ek.\n\n"
    "Gustav Roos, Sigrid Vall och Einar Hallin fick förnyat förtroende.\n\n"
    "Mötet avslutades med kaffe.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_role_before_a_name_ends_where_another_clause_names_people(morph):
    got = held(ELECTION_PROSE, "sv", morph)
    assert ("Ture Lindgren", "chair") in {(p, r) for p, r, _b in got}
    for person in ("Hanna Borg", "Elof Sandin", "Märta Ek"):
        assert (person, "chair") not in {(p, r) for p, r, _b in got}


@pytest.mark.parametrize("morph", MORPHS)
def test_people_given_renewed_trust_are_members_again(morph):
    got = {(p, r) for p, r, _b in held(ELECTION_PROSE, "sv", morph)}
    for person in ("Gustav Roos", "Sigrid Vall", "Einar Hallin"):
        assert (person, "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_renewed_trust_without_a_board_before_gives_nothing(morph):
    text = "Nyheter\n\nGustav Roos, Sigrid Vall och Einar Hallin fick förnyat förtroende.\n"
    assert not held(text, "sv", morph)


SENIOR_NEWS = (
    "Årsmöte 2024\n\n"
    "Måndagen den 4 mars samlades ett fyrtiotal medlemmar i bygdegården.\n"
    "En styrelse valdes och det var den gamla styrelsen som fick förnyat förtroende. "
    "Ordförande blev Rune Dahlén, sekreterare Agnes Ljung och kassör Vera Åkerlund. Övriga "
    "ledamöter blev Oskar Hed och Elsa Rydberg.\n"
)
BOARD_AND_DELEGATES = (
    "Årsmöte 2024\n\n"
    "I styrelsen ingår ordförande Rune Dahlén, ledamöterna Oskar Hed och Elsa Rydberg och "
    "representanter från varje förening.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurer_after_och_in_a_run_of_officers(morph):
    got = {(p, r) for p, r, b in held(SENIOR_NEWS, "sv", morph) if b.startswith("Styrelse")}
    assert ("Agnes Ljung", "secretary") in got
    assert ("Vera Åkerlund", "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_plural_role_after_och_is_the_next_item_not_the_name_before(morph):
    got = held(BOARD_AND_DELEGATES, "sv", morph)
    assert not any(p == "Elsa Rydberg" and r == "representative" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_serving_and_present_deputies_sections_of_a_cover(morph):
    text = (
        "Protokoll\n\n"
        "1 Omsorgsnämnden (12) Plats och tid Kommunhuset kl 13.00 Beslutande ledamöter Signe "
        "Lund (S), ordförande Petter Ahl (M), 1:e vice ordförande Karin Bo (C) Tjänstgörande "
        "ersättare Elis Ring (S) ersätter Stina Moll (S) Närvarande ersättare Ida Sten (M) "
        "Bror Tall (V) Övriga närvarande Tor Vik, förvaltningschef Utses att justera Karin Bo\n"
    )
    got = held(text, "sv", morph)
    assert ("Signe Lund", "chair", "Omsorgsnämnden") in got
    assert ("Petter Ahl", "vice_chair", "Omsorgsnämnden") in got
    assert ("Elis Ring", "deputy_member", "Omsorgsnämnden") in got
    assert ("Stina Moll", "member", "Omsorgsnämnden") in got
    assert ("Ida Sten", "deputy_member", "Omsorgsnämnden") in got
    assert ("Bror Tall", "deputy_member", "Omsorgsnämnden") in got
    assert not any(person == "Tor Vik" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_field_ending_in_omradet_is_no_council(morph):
    text = (
        "Årsmöte hos Funktionsrätt Norrby\n\n"
        "Funktionsrätt Norrby hade under året 800 medlemmar från de nio föreningar inom "
        "funktionsrättsområdet som ingår där.\n"
    )
    got = held(text, "sv", morph)
    assert not any(body.casefold().endswith("området") for _p, _r, body in got)


DETACHED_COVER = (
    "1 Tekniska nämnden Sammanträdesprotokoll Sida 1 (9) Sammanträdesdatum Plats och tid "
    "Stadshuset Beslutande Hilda Wern (S) ordförande Axel Brandt (M) ledamot Lisa Kron (C) "
    "istället för Oskar Moberg (C) Övriga närvarande Stig Hamrin (S) Maja Lövgren (M) Rut "
    "Selander ersättare ersättare sekreterare Utses att justera Axel Brandt\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_labels_detached_after_the_names_of_the_others_present(morph):
    got = held(DETACHED_COVER, "sv", morph)
    assert ("Hilda Wern", "chair", "Tekniska nämnden") in got
    assert ("Axel Brandt", "member", "Tekniska nämnden") in got
    assert ("Lisa Kron", "deputy_member", "Tekniska nämnden") in got
    assert ("Oskar Moberg", "member", "Tekniska nämnden") in got
    assert ("Stig Hamrin", "deputy_member", "Tekniska nämnden") in got
    assert ("Maja Lövgren", "deputy_member", "Tekniska nämnden") in got
    assert not any(person == "Rut Selander" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_tagged_among_the_others_present(morph):
    text = DETACHED_COVER.replace(
        "Stig Hamrin (S) Maja Lövgren (M) Rut Selander ersättare ersättare sekreterare",
        "Stig Hamrin (S), ersättare Rut Selander, sekreterare",
    )
    got = held(text, "sv", morph)
    assert ("Stig Hamrin", "deputy_member", "Tekniska nämnden") in got
    assert not any(person == "Rut Selander" for person, _r, _b in got)

"""hytegraph extract on layouts met in Swedish municipal minutes' covers: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held

COVER_COLUMNS = (
    "SAMMANTRÄDESPROTOKOLL Kulturnämnden Sammanträdesdatum\n\n"
    "1 Plats och tid Rådhuset kl. 16:00-18:30 Beslutande ledamöter Ej tjänstgörande ersättare "
    "Övriga närvarande Utses att justera Anna Berg (S) (ordförande) Bo Lind (M) "
    "(vice ordförande) Eva Holm (S) Per Ek (C) Lisa Sten (V) Olof Dahl (S) ersätter "
    "Maja Björk (S) Karin Ström (S) Nils Falk (M) Lena Vik (L) Jonas Nyberg (förvaltningschef) "
    "Sara Lund (nämndsekreterare) Per Ek (C) Justeringens plats och tid Rådhuset Paragrafer "
    "Underskrifter Sekreterare.... Sara Lund Ordförande.... Anna Berg (S) Justerande.... "
    "Per Ek (C)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_after_the_last_deputy_serving_for_a_member_are_the_deputies_column(morph):
    got = held(COVER_COLUMNS, "sv", morph)
    assert ("Anna Berg", "chair", "Kulturnämnden") in got
    assert ("Olof Dahl", "deputy_member", "Kulturnämnden") in got
    assert ("Maja Björk", "member", "Kulturnämnden") in got
    for deputy in ("Karin Ström", "Nils Falk", "Lena Vik"):
        assert (deputy, "deputy_member", "Kulturnämnden") in got
    assert ("Lisa Sten", "member", "Kulturnämnden") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_members_after_a_serving_deputy_stay_members_with_the_others_column_between(morph):
    # guard: "Beslutande Övriga närvarande Ersättare": another column between the members' and
    # the deputies' labels, the names after a pair are still members
    text = COVER_COLUMNS.replace(
        "Beslutande ledamöter Ej tjänstgörande ersättare Övriga närvarande",
        "Beslutande Övriga närvarande Ersättare Tjänstemän",
    )
    got = held(text, "sv", morph)
    assert not any(
        person in ("Karin Ström", "Nils Falk", "Lena Vik") and role == "deputy_member"
        for person, role, _b in got
    )


COVER_OFFICES_AFTER = (
    "PROTOKOLL. Sammanträdesdatum\n\n"
    "1 ÅSVIKS KOMMUN Tid: 9:00 - 12:00 KULTURNÄMNDENS ARBETSUTSKOTT Plats: Salen Ledamöter "
    "Anna Berg (m) Ordförande Bo Lind (s) Vice ordförande Eva Holm (c) Per Ek (s) Nils Falk (fp) "
    "Ersättare Lisa Sten (s) Olof Dahl (kd) Övriga Karin Ström Ekonom Maja Björk Sekreterare "
    "Justerare: Bo Lind\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_after_the_first_members_party_is_that_members(morph):
    got = {(person, role) for person, role, _b in held(COVER_OFFICES_AFTER, "sv", morph)}
    assert ("Anna Berg", "chair") in got
    assert ("Bo Lind", "vice_chair") in got
    assert ("Eva Holm", "member") in got
    assert ("Per Ek", "member") in got
    assert ("Nils Falk", "member") in got
    assert ("Lisa Sten", "deputy_member") in got
    assert ("Bo Lind", "chair") not in got
    assert ("Eva Holm", "vice_chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_before_the_first_name_stays_the_next_names(morph):
    # guard: "Ordförande A (m) Vice ordförande B (s)": the offices open the entries
    text = COVER_OFFICES_AFTER.replace(
        "Ledamöter Anna Berg (m) Ordförande Bo Lind (s) Vice ordförande Eva Holm (c)",
        "Ordförande Anna Berg (m) Vice ordförande Bo Lind (s) Ledamöter Eva Holm (c)",
    )
    got = {(person, role) for person, role, _b in held(text, "sv", morph)}
    assert ("Anna Berg", "chair") in got
    assert ("Bo Lind", "vice_chair") in got
    assert ("Eva Holm", "chair") not in got


SERVING_MARKS = (
    "Underskrifter Sekreterare\n\n"
    "1 ÅSVIKS KOMMUN SAMMANTRÄDESPROTOKOLL Kulturnämnden Plats och tid Lilla salen kl 15: "
    "Utses att justera Per Ek Paragrafer Underskrifter Sekreterare Ordförande Justerare "
    "Eva Dahl Anna Berg Per Ek ANSLAG/ BEVIS Justeringen har tillkännagivits genom anslag "
    "Nämnd Kulturnämnden Protokollets förvaring Underskrift Kommunfullmäktiges expedition "
    "Eva Dahl 1\n\n"
    "2 Sida Anna Berg (KD), ordförande Lisa Holm (M) Bo Lind (S) Olof Sten (FP) tjg ersättare "
    "Per Ek (S) Nils Falk (C) Maja Björk (S), tjg ersättare Karin Ström (SD) Övriga närvarande "
    "Eva Dahl, sekreterare Lena Vik, ekonom Jonas Nyberg, enhetschef 2\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_and_serving_marks_after_a_name_and_its_party_are_the_names(morph):
    got = held(SERVING_MARKS, "sv", morph)
    assert ("Anna Berg", "chair", "Kulturnämnden") in got
    assert ("Olof Sten", "deputy_member", "Kulturnämnden") in got
    assert ("Maja Björk", "deputy_member", "Kulturnämnden") in got
    assert ("Per Ek", "member", "Kulturnämnden") in got
    assert ("Nils Falk", "member", "Kulturnämnden") in got
    assert ("Per Ek", "deputy_member", "Kulturnämnden") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bodys_office_in_the_genitive_is_no_body_of_the_list(morph):
    got = held(SERVING_MARKS, "sv", morph)
    assert not any(body == "Kommunfullmäktige" for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_staff_with_their_jobs_after_commas_hold_no_office(morph):
    # guard: "A, sekreterare B, ekonom C, enhetschef": each job is the name's before it
    got = {(person, role) for person, role, _b in held(SERVING_MARKS, "sv", morph)}
    assert ("Lena Vik", "secretary") not in got


ANNUAL_REPORT = (
    "Verksamhetsberättelse för Hjälpföreningens lokalavdelning\n\n"
    "Styrelsen för lokalavdelningen i Åsvik får härmed avge följande rapport. Styrelsen har "
    "under året bestått av Ordförande: Karin Ström Vice ordförande: Nils Falk Sekreterare: "
    "Lena Vik och Sara Lund Kassör: Eva Holm Redaktör: Jonas Nyberg Övriga ledamöter: "
    "Per Ek, Lisa Sten, Olof Dahl (suppleant) Revisorer: Bo Lind\n\n"
    "Styrelsen Styrelsen har bestått av följande personer: Ordförande Vice Ordförande Kassör "
    "Sekreterare Ledamot Ledamot Suppleant Karin Ström Nils Falk Eva Holm Lena Vik Per Ek "
    "Lisa Sten Olof Dahl Under året har vi haft många aktiviteter.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_next_labels_word_before_its_colon_is_no_part_of_a_name(morph):
    got = {(person, role) for person, role, _b in held(ANNUAL_REPORT, "sv", morph)}
    assert ("Sara Lund", "secretary") in got
    assert ("Eva Holm", "member") in got
    assert not any(len(person.split()) > 2 for person, _r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_after_a_tables_column_heads_are_no_last_heads(morph):
    got = {(person, role) for person, role, _b in held(ANNUAL_REPORT, "sv", morph)}
    assert ("Karin Ström", "chair") in got
    assert ("Karin Ström", "deputy_member") not in got
    assert ("Olof Dahl", "deputy_member") in got


COMMA_COLUMNS = (
    "Anna Berg (S), Bo Lind (M), Eva Holm (L),\n"
    "|\n- Sven Dahlqvist\n- för 6 år sedan\n- Visningar:\nTranskript\n"
    "1 KULTURNÄMNDEN Plats och tid Kulturförvaltningen klockan Öppet för allmänheten Beslutande "
    "Beslutande ersättare Karin Ström (S) ordförande, Nils Falk (MP) vice ordförande, "
    "Lena Vik (S), Per Ek (S), Lisa Sten (M), Olof Dahl (C) Maja Björk (S), Jonas Nyberg (M), "
    "Sara Lund (SD) Ersättare Anna Berg (S), Bo Lind (M), Eva Holm (L), Övriga deltagande "
    "Sekreterare Ida Lindell, förvaltningschef Gunnel Ekman Utses att justera Nils Falk (MP) "
    "Underskrifter Sekreterare Ida Lindell Ordförande Karin Ström (S) BEVIS Justeringen har "
    "tillkännagivits genom anslag Organ Sammanträdes datum Underskrift Kulturnämnden Datum för "
    "anslags nedtagande Kulturförvaltningen\n"
    "2 KULTURNÄMNDEN Fastställande av dagordning Dagordningen fastställs.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_first_gap_without_a_comma_begins_the_serving_deputies_column(morph):
    got = {(person, role) for person, role, _b in held(COMMA_COLUMNS, "sv", morph)}
    assert ("Karin Ström", "chair") in got
    assert ("Olof Dahl", "member") in got
    for deputy in ("Maja Björk", "Jonas Nyberg", "Sara Lund", "Anna Berg"):
        assert (deputy, "deputy_member") in got
    assert ("Maja Björk", "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_cover_body_in_capitals_is_named_as_the_page_prints_it(morph):
    got = {body for _p, role, body in held(COMMA_COLUMNS, "sv", morph) if role == "chair"}
    assert got == {"Kulturnämnden"}


@pytest.mark.parametrize("morph", MORPHS)
def test_who_posted_the_page_holds_no_seat(morph):
    got = {person for person, _r, _b in held(COMMA_COLUMNS, "sv", morph)}
    assert "Sven Dahlqvist" not in got


MINUTES_OFFICE = (
    "Kommunkontoret, Åsvik 3 april kl. 13.00 Sekreterare Paragrafer Eva Dahl ANSLAG/BEVIS\n\n"
    "1 SAMMANTRÄDESPROTOKOLL 1 (12) Sammanträdesdatum Plats och tid Kommunhuset, Åsvik, kl "
    "Beslutande Ej tjänstgörande ersättare Karin Ström (M), ordförande Nils Falk (C) "
    "Lena Vik (C), Per Ek (S) Lisa Sten (V) Olof Dahl (S), ersättare för Maja Björk (S) "
    "Jonas Nyberg (FP) Tjänstemän och övriga deltagare Utses att justera Sara Lund (M) "
    "Per Ek (S) Eva Dahl, nämndsekreterare Justeringens plats och tid Kommunkontoret "
    "Sekreterare Paragrafer Eva Dahl Ordförande Karin Ström Justerande Per Ek ANSLAG/BEVIS "
    "Protokollet är justerat. Organ Kulturnämnden Sammanträdesdatum Underskrift Eva Dahl\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_after_a_deciding_members_party_is_theirs(morph):
    got = {(person, role) for person, role, _b in held(MINUTES_OFFICE, "sv", morph)}
    assert ("Karin Ström", "chair") in got
    assert ("Nils Falk", "member") in got
    assert ("Nils Falk", "chair") not in got


APPOINTED_GROUPS = (
    "1 ÅSVIKS KOMMUN SAMMANTRÄDESPROTOKOLL Folkhälsorådet Plats och tid Ekgården kl "
    "Beslutande För Kommunstyrelsen Karin Ström (KD) Nils Falk (C) För Socialnämnden "
    "Lena Vik (M) Per Ek (S) För Kultur- och fritidsnämnden Lisa Sten (S) Övriga deltagande "
    "Olof Dahl Folkhälsosamordnare Paragraf Karin Ström, Ordförande Olof Dahl, Sekreterare "
    "Per Ek, Justerare\n\n"
    "2 17 UPPROP Ordförande öppnar mötet och genomför upprop.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_grouped_under_the_boards_that_appointed_them_sit_in_the_council(morph):
    got = held(APPOINTED_GROUPS, "sv", morph)
    for person in ("Nils Falk", "Lena Vik", "Per Ek", "Lisa Sten"):
        assert (person, "member", "Folkhälsorådet") in got
    assert not any(body == "Socialnämnden" for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_words_after_the_deciding_label_naming_no_body_are_no_appointing_board(morph):
    # guard: "Beslutande För mötet var …": prose, no cover's column
    text = APPOINTED_GROUPS.replace("Beslutande För Kommunstyrelsen", "Beslutande För mötet var")
    assert not any(
        f.rule == "cover-page" for f in findings(text, "sv", morph) if f.kind == "membership"
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_the_chairs_signature_with_the_office_after_the_name_gives_the_chair(morph):
    got = held(APPOINTED_GROUPS, "sv", morph)
    assert ("Karin Ström", "chair", "Folkhälsorådet") in got
    assert ("Karin Ström", "member", "Folkhälsorådet") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_signature_naming_no_deciding_member_gives_no_chair(morph):
    # guard: the signature's name is no deciding member's: no one is made chair
    text = APPOINTED_GROUPS.replace("Karin Ström, Ordförande", "Ida Lindell, Ordförande")
    got = held(text, "sv", morph)
    assert not any(role == "chair" for _p, role, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_written_before_their_names_in_a_run_with_parties_stay_the_next_names(morph):
    # guard: the first name has its office before it, so "(C), vice ordförande B" is B's
    text = (
        "Björkviks funktionshinderråd\n"
        "I rådet ingår ordförande Lind Anna (C), vice ordförande Ek Olle (SFP), Berg Eva (SDP), "
        "Holm Per (C) och Dahl Maja (SFP).\n"
    )
    got = {(person, role) for person, role, _b in held(text, "sv", morph)}
    assert ("Lind Anna", "chair") in got
    assert ("Ek Olle", "vice_chair") in got
    assert ("Lind Anna", "vice_chair") not in got
    assert ("Berg Eva", "member") in got

"""hytegraph extract on layouts met in Swedish municipal minutes' covers: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

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

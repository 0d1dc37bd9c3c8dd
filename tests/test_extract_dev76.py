"""hytegraph extract on layouts met in the ninetieth held-out set: made-up snippets, one per
mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

COMMITTEES = (
    "Utskotten ser ut så här:\n\n"
    "Bokutskottet: Eva Ekholm (ordf.) Bo Lindvall, Anna Bergsten.\n\n"
    "Konst- och kulturutskottet: Per Holmér (ordf.), Nils Strömberg, Eva Ekholm.\n\n"
    "Kontakt: Siv Ålund (ordf.), Olle Sandin.\n\n"
    "Fågelutskottet: möte den 5 maj hos Tor Granlund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committee_line_of_names_after_the_body_and_a_colon(morph):
    got = held(COMMITTEES, "sv", morph)
    assert {
        ("Eva Ekholm", "chair", "Bokutskottet"),
        ("Bo Lindvall", "member", "Bokutskottet"),
        ("Anna Bergsten", "member", "Bokutskottet"),
        ("Per Holmér", "chair", "Konst- och kulturutskottet"),
        ("Nils Strömberg", "member", "Konst- och kulturutskottet"),
        ("Eva Ekholm", "member", "Konst- och kulturutskottet"),
    } <= got
    # "Utskotten" names the committees together, no body of their own
    assert not any(b == "Utskotten" and p in ("Bo Lindvall", "Nils Strömberg") for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_line_led_by_no_body_or_holding_prose_is_no_committee(morph):
    # guard: "Kontakt:" names no body; a committee's line of prose lists no members
    got = held(COMMITTEES, "sv", morph)
    assert not any(b in ("Kontakt", "Fågelutskottet") for _p, _r, b in got)
    assert not any(p == "Tor Granlund" for p, _r, _b in got)


PAIRED_BOARD = (
    "Nytt från föreningen\n\n"
    "Föreningen har haft sitt höstmöte. Nils Bergqvist blev vald till ny ordförande. "
    "Övriga styrelsemedlemmar är: Kurt Sandell, vice ordförande (suppl.Olle Björnberg); "
    "Gustav Holmén (suppl. Jan Östling); Berit Ekdahl  (suppl.Inga Bäckström), Leif Ölander "
    "(suppl. Tom Klevemark) Maja-Lena Sandell (suppl. Barbro Blom-Strand)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_run_pairing_each_member_with_a_deputy_in_brackets(morph):
    got = held(PAIRED_BOARD, "sv", morph)
    assert {
        ("Nils Bergqvist", "chair", "Styrelse"),
        ("Kurt Sandell", "vice_chair", "Styrelse"),
        ("Olle Björnberg", "deputy_member", "Styrelse"),
        ("Gustav Holmén", "member", "Styrelse"),
        ("Jan Östling", "deputy_member", "Styrelse"),
        ("Berit Ekdahl", "member", "Styrelse"),
        ("Inga Bäckström", "deputy_member", "Styrelse"),
        ("Leif Ölander", "member", "Styrelse"),
        ("Tom Klevemark", "deputy_member", "Styrelse"),
        ("Maja-Lena Sandell", "member", "Styrelse"),
        ("Barbro Blom-Strand", "deputy_member", "Styrelse"),
    } <= got


PAIRED_NOT_OTHERS = (
    "Nytt från föreningen\n\n"
    "Nils Bergqvist blev vald till ny ordförande för Norrby idrottsklubb. "
    "Styrelseledamöter: Kurt Sandell (suppl. Olle Björnberg); Gustav Holmén (suppl. Jan "
    "Östling)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officer_before_a_run_not_of_the_others_keeps_no_board_seat(morph):
    # guard: without "Övriga" the officer elected before the run is not said to sit in it
    got = held(PAIRED_NOT_OTHERS, "sv", morph)
    assert ("Gustav Holmén", "member", "Styrelse") in got
    assert ("Nils Bergqvist", "chair", "Styrelse") not in got


LEAD_IN = (
    "Årsmötet\n\n"
    "Vad gäller styrelsen valdes följande personer:\n\n"
    "Eva Ekholm, ordförande \n"
    "Bo Lindvall, ord. ledamot\n"
    "Anna Bergsten, ord. ledamot\n"
    "Per Holmér, suppleant\n\n"
    "Under årsmötet informerades även att Juniorsektionen (JSEK) framöver kommer "
    "representeras i styrelsen av Siv Ålund och Tor Granlund.\n\n"
    "Vad gäller festen tackades följande personer:\n\n"
    "Olle Sandin, ordförande \n"
    "Kurt Sandell, ord. ledamot\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_under_a_lead_in_naming_the_board(morph):
    got = held(LEAD_IN, "sv", morph)
    assert {
        ("Eva Ekholm", "chair", "Styrelsen"),
        ("Bo Lindvall", "member", "Styrelsen"),
        ("Anna Bergsten", "member", "Styrelsen"),
        ("Per Holmér", "deputy_member", "Styrelsen"),
    } <= got
    # guard: a lead-in naming no body gives its list no seat in the board
    assert not any(p in ("Olle Sandin", "Kurt Sandell") and b == "Styrelsen" for p, _r, b in got)


REPRESENTED = (
    "Årsmötet\n\n"
    "Mötet fick veta att Juniorsektionen nästa år ska representeras i "
    "styrelsen av Eva Ekholm och Bo Lindvall. Seniorerna representeras i styrelsen av "
    "ordföranden. Klubben representeras i valberedningen av Siv Ålund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_representatives_named_after_av(morph):
    got = held(REPRESENTED, "sv", morph)
    assert {("Eva Ekholm", "member", "Styrelsen"), ("Bo Lindvall", "member", "Styrelsen")} <= got
    # guard: the nominating committee's representative is read in no board
    assert not any(p == "Siv Ålund" and b == "Styrelsen" for p, _r, b in got)


DASH_ELECTIONS = (
    "Rapport från årsmötet\n\n"
    "Årsmötet hölls i föreningslokalen.\n"
    "- Styrelsen fick ansvarsfrihet för 2023.\n"
    "- Anna Bergsten efterträder Olle Sandin som ordförande (på 1 år)\n"
    "- Omval på 2 år för Eva Ekholm (kassör) och Bo Lindvall (redaktör)\n"
    "- Ett år kvar har Per Holmér (vice ordförande) och Siv Ålund (ledamot)\n"
    "- Nyval på ett år: Tor Granlund (ledamot)\n"
    "- Revisor: Nils Strömberg (1 år).\n"
    "- Valberedning blev Olle Sandin och Kurt Sandell.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_dash_list_of_elections_with_duties_in_brackets(morph):
    got = held(DASH_ELECTIONS, "sv", morph)
    assert {
        ("Anna Bergsten", "chair", "Styrelsen"),
        ("Eva Ekholm", "member", "Styrelsen"),
        ("Bo Lindvall", "member", "Styrelsen"),
        ("Per Holmér", "vice_chair", "Styrelsen"),
        ("Siv Ålund", "member", "Styrelsen"),
        ("Tor Granlund", "member", "Styrelsen"),
    } <= got
    # guard: the outgoing chair, the auditor and the nominating committee hold no board seat
    assert not any(
        p in ("Olle Sandin", "Nils Strömberg", "Kurt Sandell") and b == "Styrelsen"
        for p, _r, b in got
    )


DASH_NO_ELECTION = (
    "Höstfesten\n\n"
    "Styrelsen tackar alla som kom.\n"
    "- Fika serverades av Eva Ekholm (kaffe) och Bo Lindvall (bullar)\n"
    "- Musik av Per Holmér (dragspel) och Siv Ålund (fiol)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_dash_list_reporting_no_election_gives_no_seats(morph):
    got = held(DASH_NO_ELECTION, "sv", morph)
    assert not any(b == "Styrelsen" for _p, _r, b in got)


OUTCOME_ROWS = (
    "Årsmöte 2024\n\n"
    "Mötet hölls i Folkets hus. Revisionsberättelsen lades fram och styrelsen "
    "fick ansvarsfrihet.\n\n"
    "Ordförande för år 2024      Omval         Eva Ekholm.\n"
    "Ledamot för 2024-2025    Omval         Bo Lindvall.\n"
    "Ledamot för 2024-2025    Nyval         Anna Bergsten.\n"
    "Revisor 2024-2025             Omval         Per Holmér.\n"
    "Revisorssuppleant 2024    Omval         Siv Ålund.\n\n"
    "Kontaktombud.\n"
    "Norrby                                Omval      Tor Granlund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_flattened_table_of_posts_outcomes_and_names(morph):
    got = held(OUTCOME_ROWS, "sv", morph)
    assert {
        ("Eva Ekholm", "chair", "Styrelsen"),
        ("Bo Lindvall", "member", "Styrelsen"),
        ("Anna Bergsten", "member", "Styrelsen"),
    } <= got
    # guard: auditors, their deputies and a place's contact hold no board seat
    assert not any(
        p in ("Per Holmér", "Siv Ålund", "Tor Granlund") and b == "Styrelsen" for p, _r, b in got
    )


COLUMN_ROWS = (
    "Protokoll från Norrby byalags årsmöte\n"
    "Närvarande: Eva Ekholm, Bo Lindvall, Kurt Sandell och Siv Ålund.\n\n"
    " 7. Frågan om ansvarsfrihet för styrelsen.\n"
    "      Ansvarsfrihet gavs.\n\n"
    " 1. Val av ledamöter för 2 år\n\n"
    "Ordinarie ledamot: Bo Lindvall            omval \n\n"
    "                              Anna Bergsten            nyval\n"
    "Suppleant:             Per Holmér                      nyval\n"
    "                              Tor Granlund nyval\n\n"
    " 1. Val av 1 revisor på 2 år.\n"
    "    Nils Strömberg                          nyval\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_column_labels_over_rows_of_names_and_outcomes(morph):
    got = held(COLUMN_ROWS, "sv", morph)
    assert {
        ("Bo Lindvall", "member", "Styrelsen"),
        ("Anna Bergsten", "member", "Styrelsen"),
        ("Per Holmér", "deputy_member", "Styrelsen"),
        ("Tor Granlund", "deputy_member", "Styrelsen"),
    } <= got
    # guard: a row under another item, without a label, is no column's
    assert not any(p == "Nils Strömberg" and b == "Styrelsen" for p, _r, b in got)


TRANSCRIPT = (
    "12 Budgetuppföljning. 14 Elever med stor frånvaro och övriga frågor\n\n"
    "Storlek: px\nStarta visningen från sidan:\n\n"
    'Download "12 Budgetuppföljning. 14 Elever med stor frånvaro och övriga frågor"\n\n'
    "Transkript\n\n"
    "1 1(2) SOCIALNÄMNDEN BEHANDLADE ÄRENDEN 12 Budgetuppföljning 13 Information\n\n"
    "2 SAMMANTRÄDESPROTOKOLL 1(20) Plats och tid Stadshuset, kl Ledamöter Eva Ekholm (M), "
    "ordförande Bo Lindvall (C), 1 :e vice ordförande Anna Bergsten (S), 2:e vice ordförande "
    "Per Holmér (M) avvek kl Siv Ålund (MP) Tor Granlund (S) Nils Strömberg (S) Kurt Sandell "
    "(SD) Tjänstgörande ersättare Övriga närvarande Tjänstemän Olle Sandin (C) Maja Berg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_rehosted_cover_finds_its_body_after_the_host_s_header(morph):
    got = held(TRANSCRIPT, "sv", morph)
    body = next(b for p, _r, b in got if p == "Eva Ekholm")
    assert body.casefold() == "socialnämnden"
    assert {
        ("Eva Ekholm", "chair", body),
        # "1 :e vice ordförande": the space before the ordinal's ending, as a scan prints it
        ("Bo Lindvall", "vice_chair", body),
        ("Anna Bergsten", "vice_chair", body),
        ("Per Holmér", "member", body),
        ("Kurt Sandell", "member", body),
        ("Olle Sandin", "deputy_member", body),
    } <= got


NO_BODY_TRANSCRIPT = (
    "Sammanträdesprotokoll\n\n"
    "Storlek: px\n\n"
    'Download "Sammanträdesprotokoll"\n\n'
    "Transkript\n\n"
    "1 Sid 1 (21) Sammanträdesprotokoll Plats och tid Folkets hus, kl Paragraf Närvarande "
    "Ledamöter Eva Ekholm (S) ordf Bo Lindvall (S) Anna Bergsten (MP) v. ordf Per Holmér (V) "
    "Siv Ålund (M) Tor Granlund (M) Nils Strömberg (C) Kurt Sandell (S) Ersättare Olle Sandin "
    "(S)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_rehosted_cover_naming_no_body_gives_no_seats(morph):
    # guard: the host's header names no body, nor does the text after it
    got = held(NO_BODY_TRANSCRIPT, "sv", morph)
    assert not any(b for _p, _r, b in got)


OWN_CHAIR = (
    "Protokoll från Norrby byalags årsmöte 2024\n"
    "2024-03-20 Plats Bystugan\n\n"
    " 1. Mötets öppnande.\n\n"
    "Byalagets ordförande Eva Ekholm öppnade mötet.\n\n"
    "Klubbens ordförande Bo Lindvall berättade om sommarens läger.\n\n"
    " 8. Ansvarsfrihet till styrelsen.\n"
    "      Ansvarsfrihet gavs.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_chair_of_the_association_the_title_names_chairs_its_board(morph):
    got = held(OWN_CHAIR, "sv", morph)
    assert ("Eva Ekholm", "chair", "Styrelsen") in got
    # guard: another organisation's chair ("Klubbens") holds no seat in the page's board
    assert not any(p == "Bo Lindvall" and b == "Styrelsen" for p, _r, b in got)

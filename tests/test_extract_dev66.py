"""hytegraph extract on layouts met on regions', Leader groups' and associations' pages in
Swedish: made-up snippets, one per mechanism, with guards, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

WORKING_COMMITTEE = (
    "Barn- och utbildningsnämnden\n\n"
    "Nämnden ansvarar för förskola och skola i kommunen.\n\n"
    "Barn- och utbildningsnämndens arbetsutskott\n"
    "Kalle Ström (S), ordförande\n"
    "Lena Åberg (V)\n"
    "Pia Holm Dahl (M)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_working_committee_of_a_board_named_with_a_shared_first_part_is_whole(morph):
    got = held(WORKING_COMMITTEE, "sv", morph)
    body = "Barn- och utbildningsnämndens arbetsutskott"
    assert ("Kalle Ström", "chair", body) in got
    assert ("Lena Åberg", "member", body) in got
    assert ("Pia Holm Dahl", "member", body) in got
    assert not any(b == "Barn- och utbildningsnämndens" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_single_word_committee_of_a_board_is_read_as_before(morph):
    text = WORKING_COMMITTEE.replace(
        "Barn- och utbildningsnämndens arbetsutskott", "Skolnämndens arbetsutskott"
    )
    got = held(text, "sv", morph)
    assert ("Kalle Ström", "chair", "Skolnämndens arbetsutskott") in got


PRESIDIUMS = (
    "Politisk organisation\n\n"
    "Regionstyrelsens ordförande och vice ordföranden\n"
    "Kalle Ström (S), Ordförande\n"
    "Lena Åberg (V), 1:e vice ordförande\n\n"
    "Miljö- och byggnämndens ordförande och vice ordföranden\n"
    "Anna Berg Holm (S), Ordförande\n"
    "Pia Lund Strand (V), 1:e vice ordförande\n"
    "Eva Rydén Wallin (M), 2:e vice ordförande\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_presidium_line_keeps_every_word_of_the_name_before_the_party(morph):
    got = held(PRESIDIUMS, "sv", morph)
    body = "Miljö- och byggnämnden"
    assert ("Anna Berg Holm", "chair", body) in got
    assert ("Pia Lund Strand", "vice_chair", body) in got
    assert ("Eva Rydén Wallin", "vice_chair", body) in got
    assert ("Kalle Ström", "chair", "Regionstyrelsen") in got
    assert not any(p in ("Anna Berg", "Eva Rydén") for p, _r, _b in got)
    assert not any(b.endswith("nämndens") for _p, _r, b in got)


def test_a_flattened_table_line_without_brackets_still_takes_two_words_for_the_name():
    text = (
        "Äldrerådet\n\n"
        "Ledamöter\n"
        "Carina Dahl Socialdemokraterna Ordförande 1\n"
        "Bo Ek Moderaterna Vice ordförande 2\n"
    )
    got = held(text, "sv", "rules")
    assert ("Carina Dahl", "chair", "Äldrerådet") in got


BOARD = (
    "Om förbundet\n\n"
    "Distriktet samlar idrottsföreningar i regionen.\n\n"
    "Styrelse\n\n"
    "Ordförande Kalle Ström \n"
    "Viceordf. Lena Åberg (simning)\n"
    "Sekreterare/Kassör Nils Berg \n\n"
    "Medlemmar: Pia Lund (tennis), supp Olle Dahl, Eva Rydén (segling), supp Jan Holm , "
    "Stina Ek (bandy) supp Lars Fors, Per Ås (Västnyland) supp Åsa Nord och Ida Sjö "
    "suppl Berit Strand\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_run_on_member_and_deputy_pairs_keep_deputies_out_of_the_members(morph):
    got = held(BOARD, "sv", morph)
    for person in ("Pia Lund", "Eva Rydén", "Stina Ek", "Per Ås", "Ida Sjö"):
        assert (person, "member", "Styrelse") in got
    for person in ("Olle Dahl", "Jan Holm", "Lars Fors", "Åsa Nord", "Berit Strand"):
        assert (person, "deputy_member", "Styrelse") in got
        assert (person, "member", "Styrelse") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officer_post_and_a_treasurer_duty_joined_by_a_slash(morph):
    got = held(BOARD, "sv", morph)
    assert ("Nils Berg", "secretary", "Styrelse") in got
    assert ("Kalle Ström", "chair", "Styrelse") in got
    assert ("Lena Åberg", "vice_chair", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_single_deputy_pair_is_no_run(morph):
    text = BOARD.split("Medlemmar:")[0] + "Medlemmar: Pia Lund (tennis), supp Olle Dahl\n"
    got = held(text, "sv", morph)
    assert ("Pia Lund", "deputy_member", "Styrelse") not in got


SECTOR_CARDS = (
    "Styrelsen\n\n"
    "LAG-styrelsen, Local Action Group\n\n"
    "Ordförande\n\n"
    "Privat sektor. Nils Berg, Mora, 0240-12345, nils.berg@example.com\n\n"
    "Ordinarie ledamöter\n\n"
    "Privat sektor. Ulla-Stina Holm, Hafsta, Lindesberg, 070-123 45 67, ulla@example.com\n\n"
    "Offentlig sektor. Pia Lund, Kopparberg, 070-11 22 333 pia.lund@example.se\n\n"
    "Ersättare\n\n"
    "Ideell sektor. Jan Holm, Norberg, 070-379 36 97, jan@example.eu\n\n"
    "Valberedning\n\n"
    "Ideell sektor. Åsa Nord, Fagersta, 070-5111438, asa@example.com\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sector_label_before_a_contact_line_is_not_part_of_the_entry(morph):
    got = held(SECTOR_CARDS, "sv", morph)
    body = "LAG-styrelsen"
    assert ("Nils Berg", "chair", body) in got
    assert ("Ulla-Stina Holm", "member", body) in got
    assert ("Pia Lund", "member", body) in got
    assert ("Jan Holm", "deputy_member", body) in got
    assert not any(p == "Åsa Nord" for p, _r, _b in got)


RUN_TABLE = (
    "Leader Norrlunds LAG/styrelse LAG/styrelsen ansvarar för föreningens angelägenheter och "
    "är föreningens beslutande organ. LAG/styrelsen består av 12 ledamöter inklusive ordförande "
    "och vice ordförande. Ordförande och vice ordförande väljs för en tid av två år. "
    "Befattning: Namn : Kommun : Sektor : Mandatperiod slutar: Ordf. Kalle Ström Mora "
    "Offentlig sektor 2017 Vice ordf. Lena Åberg Orsa Privat sektor 2016 Pia Lund Leksand "
    "Offentlig sektor 2016 Olle Dahl Rättvik Ideell sektor 201 Eva Rydén Wallin Mora Ideell "
    "sektor 2016 Vakant Orsa Privat sektor 2016 Jan-Erik Holm Älvdalen Privat sektor 2017 "
    "Stina Ek Malung Offentlig sektor 2017 Berit \n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_table_run_together_into_a_paragraph_is_read_row_by_row(morph):
    got = held(RUN_TABLE, "sv", morph)
    body = "LAG/styrelsen"
    assert ("Kalle Ström", "chair", body) in got
    assert ("Lena Åberg", "vice_chair", body) in got
    for person in ("Pia Lund", "Olle Dahl", "Eva Rydén Wallin", "Jan-Erik Holm", "Stina Ek"):
        assert (person, "member", body) in got
    people = {p for p, _r, _b in got}
    assert not any(p.startswith(("Vakant", "Berit")) for p in people)
    assert not any("Mora" in p or "Leksand" in p for p in people)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_table_needs_a_name_column(morph):
    text = RUN_TABLE.replace("Namn :", "Ort :")
    got = held(text, "sv", morph)
    assert ("Pia Lund", "member", "LAG/styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_tables_body_glued_to_an_abbreviation_is_named_in_its_base_form(morph):
    text = RUN_TABLE.replace(
        "LAG/styrelsen består av 12 ledamöter",
        "Läs mer på www.norrlund.se/styrelsen. LAG/styrelsens ledamöter är 12",
    )
    got = held(text, "sv", morph)
    assert ("Pia Lund", "member", "LAG/styrelsen") in got
    assert not any("se/" in b for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_adjunct_to_the_board_holds_no_seat(morph):
    text = (
        "Protokoll från styrelsemöte\n\n"
        "Styrelsen\n\n"
        "4 Adjungerad styrelseledamot\n\n"
        "Olle Dahl valdes att även i fortsättningen vara adjungerad till styrelsen.\n\n"
        "5 Val av vice ordförande\n\n"
        "Som vice ordförande omvaldes Pia Lund.\n"
    )
    got = held(text, "sv", morph)
    assert not any(p == "Olle Dahl" for p, _r, _b in got)
    plain = text.replace("vara adjungerad till styrelsen", "sitta i styrelsen")
    assert any(p == "Olle Dahl" for p, _r, _b in held(plain, "sv", morph))

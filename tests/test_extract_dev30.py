"""hytegraph extract on layouts met in the forty-sixth and forty-seventh held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, roles

PRESIDIUM_CARDS = (
    "Socialnämnden\n\n"
    "Socialnämnden ansvarar för individ- och familjeomsorgen.\n\n"
    "Presidium\n\n"
    "Foto saknas\n\n"
    "Gunilla Strand (C)\n"
    "Ordförande\n\n"
    "Foto saknas\n\n"
    "Tomas Lövgren (S)\n"
    "1:e vice ordförande\n\n"
    "Foto saknas\n\n"
    "Ida Rönnqvist (M)\n"
    "2:e vice ordförande\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_on_the_line_under_a_name_with_its_party(morph):
    got = roles(PRESIDIUM_CARDS, lang="sv", morph=morph)
    assert (key("Gunilla Strand"), "chair", "Socialnämnden") in got
    assert (key("Tomas Lövgren"), "vice_chair", "Socialnämnden") in got
    assert (key("Ida Rönnqvist"), "vice_chair", "Socialnämnden") in got
    assert not any(role == "chair" for p, role, _b in got if p != key("Gunilla Strand"))


CELL_TABLE_ROLES = (
    "Socialnämnden\n\n"
    "Ledamöter och ersättare i nämnden\n\n"
    "Ledamöter\n\n"
    "Parti\n\n"
    "Gunilla Strand, ordförande\n\n"
    "(C)\n\n"
    "Tomas Lövgren, vice ordförande\n\n"
    "(S)\n\n"
    "Petra Åkesson\n\n"
    "(M)\n\n"
    "Ersättare i nämnden\n\n"
    "Ersättare\n\n"
    "Parti\n\n"
    "Mikael Holmgren\n\n"
    "(C)\n\n"
    "Sanna Wikström\n\n"
    "(S)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_role_in_the_person_cell_and_the_deputies_column_of_a_cell_table(morph):
    got = {(p, r) for p, r, _b in roles(CELL_TABLE_ROLES, lang="sv", morph=morph)}
    assert (key("Gunilla Strand"), "chair") in got
    assert (key("Tomas Lövgren"), "vice_chair") in got
    assert (key("Petra Åkesson"), "member") in got
    assert (key("Mikael Holmgren"), "deputy_member") in got
    assert (key("Sanna Wikström"), "deputy_member") in got
    assert (key("Petra Åkesson"), "chair") not in got


ENUMERATED_BODY = (
    "Överförmyndarnämnden\n\n"
    "Nämnden samarbetar med andra delar av kommunen:\n\n"
    "  • Socialnämnden\n"
    "  • Kommunstyrelsen\n"
    "  • Barn- och utbildningsnämnden\n\n"
    "Ledamöter\n\n"
    "Karin Sjöberg (S), ordförande\n"
    "Anders Holm (M)\n\n"
    "Ersättare\n"
    "Linnea Berg (C)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_among_bulleted_items_is_no_heading_of_the_list_after_it(morph):
    got = roles(ENUMERATED_BODY, lang="sv", morph=morph)
    assert (key("Karin Sjöberg"), "chair", "Överförmyndarnämnden") in got
    assert (key("Anders Holm"), "member", "Överförmyndarnämnden") in got
    assert (key("Linnea Berg"), "deputy_member", "Överförmyndarnämnden") in got
    assert not any(b == "Barn- och utbildningsnämnden" for _p, _r, b in got)


NEXT_TERM = (
    "Vännäs kommun\n\n"
    "Publicerad: 2022-11-30\n\n"
    "Nya presidier\n\n"
    "Kommunfullmäktige beslutade i går vilka som ska leda nämnderna nästa mandatperiod, "
    "2023-2026. Här följer ordförande och vice ordförande.\n\n"
    "Byggnadsnämnden\n\n"
    "Ordförande: Helena Forsberg (S)\n\n"
    "Vice ordförande: Joakim Ek (M)\n\n"
    "Kulturnämnden\n\n"
    "Ordförande: Stina Lundqvist (C)\n\n"
    "Kommunstyrelsen\n\n"
    "Kommunstyrelsens ordförande Mats Viklund (S) har lett styrelsen sedan år 2019 och "
    "fortsätter under resten av året.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_lists_after_a_paragraph_on_the_next_term_are_seats_to_come(morph):
    found = findings(NEXT_TERM, lang="sv", morph=morph)
    planned = {key(f.actor.name) for f in found if f.kind == "membership" and f.status}
    assert {key("Helena Forsberg"), key("Joakim Ek"), key("Stina Lundqvist")} <= planned
    held = roles(NEXT_TERM, lang="sv", morph=morph)
    assert not any(p == key("Helena Forsberg") for p, _r, _b in held)


SLASH_ORGANISATIONS = (
    "Förbundsstyrelse\n\n"
    "Till förbundsstyrelsen hör följande personer:\n\n"
    "Styrelsens ordinarie medlemmar:\n\n"
    " 1. Kalle Nurmi / Scoutförbundet\n"
    " 2. Elin Backman / Västra Nylands Ungdom \u2013 VNU\n"
    " 3. Otto Lehtinen / Svensk Ungdom\n\n"
    "Suppleanter i styrelsen:\n\n"
    " 1. Aino Kallio / Helsingfors Studenters Förening \u2013 HSF\n"
    " 2. Jonas Grahn / Nyländsk Ungdom\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_name_slash_organisation_lines_and_a_deputies_heading_naming_the_body(morph):
    got = {(p, r) for p, r, _b in roles(SLASH_ORGANISATIONS, lang="sv", morph=morph)}
    assert (key("Kalle Nurmi"), "member") in got
    assert (key("Elin Backman"), "member") in got
    assert (key("Otto Lehtinen"), "member") in got
    assert (key("Aino Kallio"), "deputy_member") in got
    assert (key("Jonas Grahn"), "deputy_member") in got
    for org in ("Svensk Ungdom", "Nyländsk Ungdom", "Helsingfors Studenters Förening"):
        assert not any(p == key(org) for p, _r in got)


DEPUTIES_HEADINGS = (
    "Hallitus\n\n"
    "Yhdistyksen hallituksen kokoonpano on seuraava:\n\n"
    "Puheenjohtaja:\n"
    "Riikka Alanen\n\n"
    "Jäsenet:\n"
    "Tapio Heinonen\n"
    "Marja Kettunen\n\n"
    "Hallituksen varajäsenet:\n"
    "Sami Rautio\n"
    "Leena Vainio\n\n"
    "Varajäsenet ja heidän kutsumisjärjestyksensä:\n"
    "Oskari Peltola\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_under_a_heading_that_names_the_body_or_their_order(morph):
    got = {(p, r) for p, r, _b in roles(DEPUTIES_HEADINGS, morph=morph)}
    assert (key("Tapio Heinonen"), "member") in got
    for name in ("Sami Rautio", "Leena Vainio", "Oskari Peltola"):
        assert (key(name), "deputy_member") in got
        assert (key(name), "member") not in got


STAFF_IN_MINUTES = (
    "Yhdistyksen hallituksen kokous\n\n"
    "Aika 3.2.2023 klo 17.00\n\n"
    "Hallituksen jäsenet\n\n"
    "Läsnä:\n\n"
    "Mattila Jaana puheenjohtaja\n"
    "Koivisto Pekka\n"
    "Saarinen Heli\n\n"
    "Henkilöstö\n\n"
    "Läsnä:\n\n"
    "Harju Tero, toiminnanjohtaja\n"
    "Lindqvist Anu, järjestösuunnittelija\n\n"
    "1 § Kokouksen avaus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_staff_present_at_a_boards_meeting_are_no_members(morph):
    got = {p for p, _r, _b in roles(STAFF_IN_MINUTES, morph=morph)}
    assert key("Pekka Koivisto") in got
    assert key("Tero Harju") not in got
    assert key("Anu Lindqvist") not in got


REPLACING_THOSE_LEAVING = (
    "Liiton hallitukseen valittiin uusia jäseniä\n\n"
    "Liiton puheenjohtajana jatkaa Sari Hyvönen. "
    "Hallituksen uusiksi jäseniksi erovuoroisten Mikko Järvisen ja Laura Kiiskisen tilalle "
    "valittiin Petri Salminen ja Hanna Tuominen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_replaced_in_turn_to_leave_and_their_successors_hold_no_seat_now(morph):
    got = {p for p, _r, _b in roles(REPLACING_THOSE_LEAVING, morph=morph)}
    for name in ("Mikko Järvinen", "Laura Kiiskinen", "Petri Salminen", "Hanna Tuominen"):
        assert key(name) not in got


EARLIER_THIS_YEAR = (
    "Kommunfullmäktiges presidium\n\n"
    "Tidigare i år valdes också vilka som ska sitta i kommunfullmäktiges presidium.Till "
    "ordförande i kommunfullmäktiges presidium valdes Birgitta Holm (C), till förste vice "
    "ordförande valdes Erik Sandell (M) och till andre vice ordförande valdes Nils Ek (SD).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_earlier_this_year_is_no_seat_held_before(morph):
    got = {(p, r, b.casefold()) for p, r, b in roles(EARLIER_THIS_YEAR, lang="sv", morph=morph)}
    assert (key("Erik Sandell"), "vice_chair", "kommunfullmäktige") in got
    assert (key("Nils Ek"), "vice_chair", "kommunfullmäktige") in got


SIGNATURE_CARDS = (
    "Gemensamt uttalande\n\n"
    "Partierna i kommunen står bakom beslutet om nya öppettider.\n\n"
    "Undertecknat av\n\n"
    "Lena Dahlberg (S)\n"
    "Kommunstyrelsens ordf.\n\n\n"
    "Per Olausson (M)\n"
    "Kommunfullmäktiges ordf.\n\n"
    "Sofia Engström (C)\n"
    "Tekniska nämndens ordförande\n\n"
    "Ali Hassan (V)\n"
    "Gruppledare (V)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_signatures_with_the_office_of_a_named_body_under_each_name(morph):
    got = {(p, r, b.casefold()) for p, r, b in roles(SIGNATURE_CARDS, lang="sv", morph=morph)}
    assert (key("Lena Dahlberg"), "chair", "kommunstyrelsen") in got
    assert (key("Per Olausson"), "chair", "kommunfullmäktige") in got
    assert not any(p == key("Ali Hassan") for p, _r, _b in got)


ANNOUNCED_RESIGNING = (
    "Uutiset\n\n"
    "Liittovaltuuston kokous pidettiin Tampereella.\n\n"
    "Valtuusto päätti, että hallituksen puheenjohtaja Kalevi Ranta jatkaa tehtävässään.\n\n"
    "Liiton varapuheenjohtaja Tuula Nieminen ilmoitti kokouksen lopussa eroavansa "
    "tehtävästään.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officer_who_announced_resigning_holds_no_seat(morph):
    got = {p for p, _r, _b in roles(ANNOUNCED_RESIGNING, morph=morph)}
    assert key("Tuula Nieminen") not in got
    assert key("Kalevi Ranta") in got

"""hytegraph extract on layouts met in the thirty-sixth and thirty-seventh held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, needs_voikko, roles

FLAT_COUNCIL = (
    "1 KALLELSE Kommunfullmäktige Ledamöter Karin Ekdahl (M), Ordförande Nils Berglund "
    "(C), 1:e vice ordförande Märta Sjöqvist (S), 2:e vice ordförande Olof von Essen (M) "
    "Tove Lindahl (M) Gustaf Wiklander (M) Ebba Lönnqvist (C) Arvid Holmér (L) Signe Dahlin "
    "(S) Ersättare Hugo Alfredsson (M) Vera Strömgren (S) Lennart Ask (-) Kommunfullmäktige "
    "kallas till sammanträde i Stadshuset.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_council_list_flattened_into_one_line_is_read_entry_by_entry(morph):
    # "Ledamöter Name (Party), Ordförande Name (Party) … Ersättare Name (Party) …" on one
    # line: each post behind a comma is the name's before it, the heading switches the seat
    got = roles(FLAT_COUNCIL, lang="sv", morph=morph)
    assert {
        (key("Karin Ekdahl"), "chair", "Kommunfullmäktige"),
        (key("Nils Berglund"), "vice_chair", "Kommunfullmäktige"),
        (key("Märta Sjöqvist"), "vice_chair", "Kommunfullmäktige"),
        (key("Olof von Essen"), "member", "Kommunfullmäktige"),
        (key("Signe Dahlin"), "member", "Kommunfullmäktige"),
        (key("Hugo Alfredsson"), "deputy_member", "Kommunfullmäktige"),
        (key("Lennart Ask"), "deputy_member", "Kommunfullmäktige"),
    } <= got
    assert not any("Ersättare" in p or "Ordförande" in p for p, _r, _b in got)
    # every span is still the document's: the quote of a seat is its own entry
    seat = next(f for f in findings(FLAT_COUNCIL, "sv", morph) if f.actor.name == "Tove Lindahl")
    assert FLAT_COUNCIL[seat.actor.start : seat.actor.end] == "Tove Lindahl"


PARTY_FIRST = (
    "Miljönämnden\n\n"
    "Miljönämnden utser inom sig ett beredningsutskott på tre ledamöter.\n\n"
    "Ledamöter i miljönämnden under mandatperioden 2023-2026\n\n"
    " • S Ragnhild Öberg, Hablingbo, ordförande\n"
    " • M Kasper Lundin, Roma, 1:e vice ordförande\n"
    " • C Ylva Norrby, Slite\n"
    " • KD Edvin Hallgren, Visby\n\n"
    "Ersättare:\n\n"
    " • S Tyra Wallin, Hemse\n"
    " • MP Joel Forsgren, Vamlingbo\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_list_lines_led_by_a_party_abbreviation_under_a_heading_naming_the_body(morph):
    # "• S Name, Village[, post]": the abbreviation is no part of the name; "Ledamöter i
    # miljönämnden …" names the list's body over the committee the text named last
    got = roles(PARTY_FIRST, lang="sv", morph=morph)
    assert {
        (key("Ragnhild Öberg"), "chair", "Miljönämnden"),
        (key("Kasper Lundin"), "vice_chair", "Miljönämnden"),
        (key("Ylva Norrby"), "member", "Miljönämnden"),
        (key("Edvin Hallgren"), "member", "Miljönämnden"),
        (key("Tyra Wallin"), "deputy_member", "Miljönämnden"),
        (key("Joel Forsgren"), "deputy_member", "Miljönämnden"),
    } <= got
    assert not any("utskott" in b.casefold() for _p, _r, b in got)


TAKES_OFFICE = (
    "Nytt styre i Lövsund\n\n"
    "Till kommunstyrelsens ordförande valdes Greta Malm (M), Sixten Bratt (V) valdes till "
    "förste vice ordförande.\n\n"
    "Kommunstyrelsen och nämnderna tillträder vid årsskiftet.\n\n"
    "Även presidiet för kommunfullmäktige valdes under sammanträdet. Elsa Norén (M) valdes "
    "till ordförande, Anton Kjell (KD) valdes till förste vice ordförande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_taking_office_later_holds_no_seats_yet_and_valdes_till_is_the_name_before(morph):
    # the board takes office at the turn of the year: its new officers hold no seat on the
    # page's date; "Name (party) valdes till ROLE" is that name's seat in the body the
    # sentence before names ("presidiet för kommunfullmäktige")
    got = roles(TAKES_OFFICE, lang="sv", morph=morph)
    assert {
        (key("Elsa Norén"), "chair", "Kommunfullmäktige"),
        (key("Anton Kjell"), "vice_chair", "Kommunfullmäktige"),
    } <= got
    assert not any(p in (key("Greta Malm"), key("Sixten Bratt")) for p, _r, _b in got)
    assert (key("Anton Kjell"), "chair", "Kommunfullmäktige") not in got
    planned = {
        f.actor.name
        for f in findings(TAKES_OFFICE, "sv", morph)
        if f.kind == "membership" and f.status == "planned"
    }
    assert {"Greta Malm", "Sixten Bratt"} <= planned


TIMED_CAPITALS = (
    "1 Korvenkylän kunta Pöytäkirja 7/ Kunnanhallitus Aika klo 09:00-11:10 Paikka "
    "Kunnanvirasto\n\n"
    "2 Korvenkylän kunta Pöytäkirja 7/ Osallistujat Nimi Klo Tehtävä Lisätiedot Läsnä "
    "Halonen Reijo 09:00-11:10 Kunnanhallituksen pj. Lampi Aila 09:00-11:10 "
    "Kunnanhallituksen vpj. Vaara Kimmo 09:00-11:10 Jäsen Sointu Merja 09:00-11:10 Jäsen "
    "Rinne Pertti 09:00-11:10 Jäsen Kallio Seija 09:00-11:10 vt. kunnanjohtaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_timed_attendance_table_whose_seat_cells_begin_in_capitals(morph):
    # "Surname Firstname 09:00-11:10 Kunnanhallituksen pj." / "… Jäsen": a cell in
    # capitals is still the seat of the name before it, never of the name after; "Läsnä"
    # heads the table and is no part of the first name
    got = roles(TIMED_CAPITALS, morph=morph)
    assert {
        (key("Reijo Halonen"), "chair", "Kunnanhallitus"),
        (key("Aila Lampi"), "vice_chair", "Kunnanhallitus"),
        (key("Kimmo Vaara"), "member", "Kunnanhallitus"),
        (key("Merja Sointu"), "member", "Kunnanhallitus"),
        (key("Pertti Rinne"), "member", "Kunnanhallitus"),
    } <= got
    assert (key("Aila Lampi"), "chair", "Kunnanhallitus") not in got
    assert not any("Läsnä" in p or p == key("Seija Kallio") for p, _r, _b in got)


GLUED_PAIRS = (
    "1 KIVIRANNAN KUNTA KOKOUSPÖYTÄKIRJA Tekninen lautakunta 3/ KOKOUSAIKA Tiistaina klo "
    "KOKOUSPAIKKA SAAPUVILLA OLLEET JÄSENET Puheenjohtaja Muut jäsenet Kunnantalo Eino "
    "Rautiainen Sirkka Hämäläinen Aarne Tolvanen Marja Kettunen Pirkko Heikkinen\n"
)


@needs_voikko
def test_names_glued_in_pairs_in_minutes_from_pdf_are_two_people():
    # "Aarne Tolvanen Marja Kettunen": first names and surnames alternate, two people; the
    # body is the board, not the minutes' heading in capitals run into its name. The
    # sentences read "Muut jäsenet Kunnantalo Eino Rautiainen Sirkka" as one member: whose
    # seat that is cannot be told, so neither of the two gets one
    got = roles(GLUED_PAIRS)
    assert not any(len(p.split()) > 2 for p, _r, _b in got)
    assert {
        (key("Aarne Tolvanen"), "member", "Tekninen lautakunta"),
        (key("Marja Kettunen"), "member", "Tekninen lautakunta"),
        (key("Pirkko Heikkinen"), "member", "Tekninen lautakunta"),
    } <= got
    assert not any("Kunnantalo" in p for p, _r, _b in got)
    assert not any("KOKOUSPÖYTÄKIRJA" in b for _p, _r, b in got)


PARTY_NEWS = (
    "Vårt parti i kommunen\n\n"
    "Vår representation förstärktes vid kvällens möte i kommunfullmäktige.\n\n"
    "Nämnden för vatten, skog och fiske\n\n"
    "Oskar Lindgren går in som 2:e vice ordförande. Oskar har lång erfarenhet.\n\n"
    "Ordinarie är dessutom Frida Holm och ersättare Nora Ek och Kalle Brink.\n\n"
    "Kulturnämnden\n\n"
    "Elin Sjöberg efterträder Nora Ek som 2:e vice ordförande. Elin har suttit i nämnden.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_som_clauses_take_the_section_heading_as_body_and_a_successor_takes_the_seat(morph):
    # "Name går in som ROLE" with no body in the sentence: the body the section's heading
    # names, whole ("…, skog och fiske"); "A efterträder B som ROLE": A's seat, not B's
    got = roles(PARTY_NEWS, lang="sv", morph=morph)
    water = "Nämnden för vatten, skog och fiske"
    assert {
        (key("Oskar Lindgren"), "vice_chair", water),
        (key("Nora Ek"), "deputy_member", water),
        (key("Kalle Brink"), "deputy_member", water),
        (key("Elin Sjöberg"), "vice_chair", "Kulturnämnden"),
    } <= got
    assert (key("Nora Ek"), "vice_chair", "Kulturnämnden") not in got


OFFICERS_ONE_LINE = (
    "Valnämndens nya presidium ser ut så här:\n\n"
    "Ordförande: Sigrid Wallén (S) 1:e vice ordförande: Harald Norrman (M) 2:e vice "
    "ordförande: Lovisa Ekholm (C)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_run_together_on_one_line_each_hold_their_post(morph):
    # "Ordförande: A (S) 1:e vice ordförande: B (M) 2:e vice ordförande: C (C)": each post
    # with its colon is the name's after it, an ordinal before the post included
    got = roles(OFFICERS_ONE_LINE, lang="sv", morph=morph)
    assert {
        (key("Sigrid Wallén"), "chair", "Valnämnden"),
        (key("Harald Norrman"), "vice_chair", "Valnämnden"),
        (key("Lovisa Ekholm"), "vice_chair", "Valnämnden"),
    } <= got
    assert not any(r == "member" for _p, r, _b in got)


POST_BECOMES = (
    "Sammanfattning från kommunfullmäktige\n\n"
    "Under mandatperioden kommer fullmäktiges presidium att se ut så här:\n\n"
    "Ordförande blir Ingrid Halvarsson (M), 1:e vice ordförande blir Per Engström (S) och 2:e "
    "vice ordförande blir Tilda Lundqvist (C).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_then_blir_is_the_seat_of_the_name_after_it(morph):
    # "Ordförande blir A (M), 1:e vice ordförande blir B (S)": the post before "blir" is
    # the name's after it, in the body the line introducing the sentence names
    got = {(p, r, b.casefold()) for p, r, b in roles(POST_BECOMES, lang="sv", morph=morph)}
    assert {
        (key("Ingrid Halvarsson"), "chair", "fullmäktige"),
        (key("Per Engström"), "vice_chair", "fullmäktige"),
        (key("Tilda Lundqvist"), "vice_chair", "fullmäktige"),
    } <= got
    assert (key("Per Engström"), "chair", "fullmäktige") not in got


POST_AFTER_BLIR = (
    "Ny majoritet i Norrsund\n\n"
    "Karin Vidén (C) blir kommunstyrelsens ordförande, och åtföljs av Jonas Alm (S) som vice "
    "ordförande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_name_blir_a_bodys_genitive_and_a_post_is_that_names_seat(morph):
    # "Name (C) blir kommunstyrelsens ordförande": the post after the body's genitive
    got = {(p, r, b.casefold()) for p, r, b in roles(POST_AFTER_BLIR, lang="sv", morph=morph)}
    assert (key("Karin Vidén"), "chair", "kommunstyrelsen") in got


COLUMNS_ONE_AFTER_ANOTHER = (
    "Rakennuslautakunta 4.5.2011. 61 Kokouksen laillisuus\n\n"
    "2 SALMELAN KUNTA Rakennuslautakunta KOKOUSAIKA Keskiviikko klo KOKOUSPAIKKA SAAPUVILLA "
    "OLLEET JÄSENET (ja merkintä siitä, kuka toimi puheenjohtajana) Kunnantalo Repo Antero "
    "Haavisto Kirsi, poissa Niemelä Jouko Saari Tuija Vainio Kalle Lehto Marketta "
    "KOKOUSPÖYTÄKIRJA Nro 6/2011 puheenjohtaja Sivu 61 varajäsen Kirsi Haaviston tilalla "
    "MUUT SAAPUVILLA OLLEET (ja läsnäolon peruste) Harju Olavi Lampi Eeva Kivi Sanna "
    "kunnanvaltuuston I vpj kunnanvaltuuston II vpj vt. rakennustarkastaja, esittelijä "
    "LAILLISUUS JA PÄÄTÖSVALTAISUUS\n"
)


@needs_voikko
def test_minutes_columns_printed_one_after_another_give_members_chair_and_deputies():
    # the members' column ("Surname Firstname", ", poissa" after an absent one), then the
    # short post column: the first row chairs, "varajäsen X:n tilalla" a deputy at the end;
    # the other attendees' posts in order, an acting post ("vt. rakennustarkastaja") one post
    got = roles(COLUMNS_ONE_AFTER_ANOTHER)
    board = "Rakennuslautakunta"
    assert {
        (key("Antero Repo"), "chair", board),
        (key("Kirsi Haavisto"), "member", board),
        (key("Jouko Niemelä"), "member", board),
        (key("Kalle Vainio"), "member", board),
        (key("Marketta Lehto"), "deputy_member", board),
        (key("Olavi Harju"), "vice_chair", "Kunnanvaltuusto"),
        (key("Eeva Lampi"), "vice_chair", "Kunnanvaltuusto"),
    } <= got
    assert not any(p == key("Sanna Kivi") for p, _r, _b in got)
    assert not any("Kunnantalo" in p for p, _r, _b in got)


HYPHENATED_GENITIVE = (
    "Koulutuskuntayhtymä\n\n"
    "Yhtymähallitus kokoontui maanantaina.\n\n"
    "Yhtymävaltuuston puheenjohtajan Mirja Vaara-Pallin mukaan päätös oli yksimielinen.\n"
)


@needs_voikko
def test_a_double_surname_the_dictionary_does_not_know_is_read_in_its_basic_form():
    # "Vaara-Pallin": the dictionary knows neither the name nor the compound, but its last
    # part ("Pallin") is a genitive and nothing else, so the name is "Vaara-Palli"
    got = roles(HYPHENATED_GENITIVE)
    assert (key("Mirja Vaara-Palli"), "chair", "Yhtymävaltuusto") in got
    assert not any("Pallin" in p for p, _r, _b in got)


TWO_COLUMNS = (
    "1(8) Plats och tid Beslutande Ej tjänstgörande ersättare Biblioteket, Storgatan 4 i "
    "Lindby, kl 14.00-16.10 Berit Holm (S), ordf. Sune Dahl (C), vice ordf. Maja Eklöf (M) - (L) "
    "Rolf Sand (S) Tage Lund, PRO Lindby - SPF Åsby Inga Berg, SPF Norrå - (S) - (C) - (M) "
    "- (L) - (S) - PRO Lindby Alf Rapp, SPF Åsby - SPF Norrå Övriga deltagare Eva Frost, "
    "sekreterare\n"
    "2(8) Justerade paragrafer 1-6 Organ Tillgänglighetsrådet och Anslaget under tiden\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_two_columns_one_after_the_other_split_where_the_parties_begin_again(morph):
    # "Beslutande Ej tjänstgörande ersättare", then the two columns one after the other:
    # the deputies' column begins where "(S) (C) (M)" begins again; "- (L)" a seat nobody
    # took; the body after "Organ", its name broken by the layout ("och Anslaget")
    got = roles(TWO_COLUMNS, lang="sv", morph=morph)
    council = "Tillgänglighetsrådet"
    assert {
        (key("Berit Holm"), "chair", council),
        (key("Sune Dahl"), "vice_chair", council),
        (key("Maja Eklöf"), "member", council),
        (key("Rolf Sand"), "member", council),
        (key("Tage Lund"), "member", council),
        (key("Inga Berg"), "member", council),
        (key("Alf Rapp"), "deputy_member", council),
    } <= got
    assert not any(p == key("Eva Frost") for p, _r, _b in got)


PAREN_DEPUTY = (
    "Information om Kommunala Tillgänglighetsrådet\n\n"
    "Vi som valts som ledamöter till rådet är Berit Ljung, Olle Grön och Vera Rask "
    "(ersättare).\n\n"
    " • Berit Ljung: Jag är ny i föreningen och ser fram emot arbetet.\n"
    " • Olle Grön: Jag har varit med i några år.\n"
    " • Vera Rask: Jag vill bidra med mina erfarenheter.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_in_parentheses_after_a_name_is_a_deputy_whatever_another_list_says(morph):
    # "… Olle Grön och Vera Rask (ersättare)": her seat is a deputy's, though the list of
    # presentations under it gives every name the same bare seat
    got = roles(PAREN_DEPUTY, lang="sv", morph=morph)
    deputies = {p for p, r, _b in got if r == "deputy_member"}
    members = {p for p, r, _b in got if r == "member"}
    assert key("Vera Rask") in deputies
    assert key("Vera Rask") not in members
    assert key("Berit Ljung") in members


FINNS = "Valnämnden\n\nSom ersättare finns även Tove Lindqvist och Arne Bäck.\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_som_ersattare_finns_names_the_deputies(morph):
    # "Som ersättare finns även A och B": "finns" links the seat to the names as "är" does
    got = roles(FINNS, lang="sv", morph=morph)
    assert {
        (key("Tove Lindqvist"), "deputy_member", "Valnämnden"),
        (key("Arne Bäck"), "deputy_member", "Valnämnden"),
    } <= got

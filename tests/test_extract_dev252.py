"""hytegraph extract on Swedish election boards' tables, municipal protocols, a council's
presidium in news prose and minutes' headings that the rules read wrong or not at all:

- "Ordinarie Ersättare" over "Per Ek (S) ordf Eva Berg (S)": a two-column table run together,
  the office after the party the first name's, the second name the deputy;
- "Tjänstgörande ersättare A, Kommunsekreterare B, Säkerhetssamordnare …": a civil servant's
  title before a name, no part of it;
- "Bo Ek (S) valdes till ordförande. Eva Lind (M), valdes till förste vice ordförande": the
  body of the other seats its paragraph reads (not a company's after "från");
- "Hallituksen kokous 3/2024" / "Protokoll fört vid styrelsemöte" over a roll ("Läsnä:",
  "Närvarande:"): the body whose minutes the page is fills the roll's seats; a news text
  about a meeting ("Fullmäktigesammanträde") names its bodies itself;
- "4. Sekreterare; Bibbi Ek" among "1. Mötet öppnas", "5. Protokolljusterare; …": the
  meeting's secretary, no seat in the board (but "4. Ordförande: A" after "2. Val av
  mötesordförande: B" is the association's chair);
- "EDUSTAJISTON KOKOUS 3 … Läsnä jäsenet: Giga ja Tutti Tilvis Matti Vaappo Tomi …" (a PDF's
  names run together surname first, the groups' names between them, over a page's break)
  and "Läsnä muut: Seppälä Jarkko, pääsihteeri Hirvonen Henna, hpj …": the assembly's members,
  the board's officers, no seat for the staff; "Edustajiston kokous" sends no delegates;
- "Styrelsen sammanträder … Närvarande: A, B, C, D Frånvarande: E, F Aria Ek lämnar mötet":
  the board's members present and absent, in one line run together;
- "Ulrika Ek, kassör;" among officers in a run: a member of the board;
- "Förbundet höll förbundsstämma. Jörn Holm, Åhus omvaldes som ordförande": the federation's
  board, a home town after the name with no comma after it;
- "Förbundsstyrelsen samlad. Fr vänster A, B, C. På bilden saknas nyvalde X Jan Durr.": a
  caption's abbreviated label, the one missing from the photo after his post;
- "Ledamot/Vice ordförande - B": the office held in a member's seat; "• Marie Gill / ordf.":
  the office after the slash, no organisation;
- "Styrelsens verksamhetsberättelse för 2023." over "Ordförande Anders Kind" lines: a
  report's title with its full stop names the body of the lines under it;
- the proposals keep "Hallitus" (the page's own board) apart from "SYL:n hallitus" (another
  organisation's, its owner an abbreviation in the genitive).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats

ELECTION_BOARD = (
    "Valnämnd\n\n"
    "Valnämnden ansvarar för att genomföra val i kommunen.\n\n"
    "Ledamöter mandatperioden 2019-2022\n\n"
    "Ordinarie Ersättare\n"
    "Pia Rundqvist (S) ordf Olle Fagerström (S)\n"
    "Tore Lindvall (M) vice ordf Mia Sandgren (M)\n"
    "Kent Åhlin (S) Gunvor Brandt (C)\n"
    "Siv Hallén (C) Rune Ekdal (L)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_after_the_party_in_a_table_run_together(morph):
    found = seats(ELECTION_BOARD, "sv", morph)
    assert ("Pia Rundqvist", "chair", "valnämnden") in found
    assert ("Tore Lindvall", "vice_chair", "valnämnden") in found
    assert ("Kent Åhlin", "member", "valnämnden") in found
    assert ("Olle Fagerström", "deputy_member", "valnämnden") in found
    assert ("Rune Ekdal", "deputy_member", "valnämnden") in found
    assert not any(r == "member" and p in ("Pia Rundqvist", "Tore Lindvall") for p, r, _ in found)


STAFF = (
    "Valnämnden\n\n"
    "1 Datum: kl 15:00-17:20 Paragrafer: 1-14 Plats: Nämndrummet Underskrifter Kerstin Ivarsson "
    "Ordförande Berit Nilsson Sekreterare Justeringens plats och tid: Justeras Monica Jonsson "
    "Övriga Kerstin Ivarsson (M), Ordförande Elisabet Elmqvist (S), Vice ordförande Arne Svedin "
    "(C) Monica Jonsson (M) Cecilia Gustafsson (FI), Tjänstgörande ersättare Berit Nilsson, "
    "Kommunsekreterare Christer Swahn, Säkerhetssamordnare, Kommunledningskontoret, 4 Malin "
    "Mellberg, Praktikant, Kommunledningskontoret, 4\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_civil_servants_title_before_a_name_is_no_part_of_it(morph):
    found = seats(STAFF, "sv", morph)
    assert ("Kerstin Ivarsson", "chair", "valnämnden") in found
    assert not any("Swahn" in p for p, _, _ in found)


PRESIDIUM = (
    "Kommunfullmäktige valde sitt presidium för mandatperioden. "
    "Bertil Vestin (S) valdes till ordförande. Nils Ohlin (M), valdes till förste vice "
    "ordförande.\n\n"
    "Jan Mäki från Åby Företagare och Kaj Sten från Lövö Företagare valdes till "
    "viceordförande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_vice_chair_elected_after_the_chair_in_the_same_body(morph):
    found = seats(PRESIDIUM, "sv", morph)
    assert ("Bertil Vestin", "chair", "kommunfullmäktige") in found
    assert ("Nils Ohlin", "vice_chair", "kommunfullmäktige") in found
    assert not any("Företagare" in p for p, _, _ in found)


FI_MINUTES = (
    "HALLITUKSEN KOKOUS 3/2024\n\n"
    "Aika: 3.4.2024 klo 18\n"
    "Paikka: Seurantalo\n\n"
    "Läsnä:\n"
    "Jarmo Virtala, puheenjohtaja\n"
    "Ilkka Lahdenmaa, varapuheenjohtaja\n"
    "Riitta Uimonen, sihteeri\n"
    "Arto Kuivamaa, jäsen\n"
)

SV_MINUTES = (
    "Protokoll fört vid förbundsstyrelsemöte i Föreningen Testvik\n\n"
    "Närvarande:\n"
    "Jan Wikén, ordförande\n"
    "Ingemar Lasse, 1:e vice ordförande\n"
    "Cecilia Ubeda, sekreterare\n"
    "Arne Kovamo, ledamot\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_minutes_heading_names_the_body_of_its_roll(morph):
    found = seats(FI_MINUTES, "fi", morph)
    assert ("Jarmo Virtala", "chair", "hallitus") in found
    assert ("Riitta Uimonen", "secretary", "hallitus") in found
    assert ("Arto Kuivamaa", "member", "hallitus") in found
    found = seats(SV_MINUTES, "sv", morph)
    assert ("Jan Wikén", "chair", "förbundsstyrelsen") in found
    assert ("Ingemar Lasse", "vice_chair", "förbundsstyrelsen") in found
    assert ("Arne Kovamo", "member", "förbundsstyrelsen") in found


NEWS = (
    "Aktuellt\n\n"
    "Fullmäktigesammanträde\n\n"
    "Torsdagen den 15 januari samlades Testviks Kommunalförbunds fullmäktige till sitt första "
    "möte.\n"
    "Gun Ahlberg Jansson, Skara, valdes till ordförande i förbundet och Bo Viklund, Essunga, "
    "till 2:e vice ordförande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_news_text_about_a_meeting_names_its_bodies_itself(morph):
    found = seats(NEWS, "sv", morph)
    assert ("Gun Ahlberg Jansson", "chair", "testviks kommunalförbunds fullmäktige") in found
    assert not any(b == "fullmäktige" for _, _, b in found)


AGENDA = (
    "PROTOKOLL 2020\n\n"
    "Ridklubben Testvik\n\n"
    "Styrelsemöte\n\n"
    "22 mars 2020\n\n"
    "Närvarande; Anna Hjelm, Tilda Rödin, Bibbi Trana, Jasmin Lunde, Camilla Nyman\n\n"
    " 1. Mötet öppnas\n"
    " 2. Mötet har blivit utlyst i laga ordning\n"
    " 3. Val av ordförande; Sittande\n"
    " 4. Sekreterare; Bibbi Trana\n"
    " 5. Protokolljusterare; Tilda Rödin och Anna Hjelm\n"
    " 6. Fastställande av dagordning\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_agenda_items_secretary_is_the_meetings(morph):
    found = seats(AGENDA, "sv", morph)
    assert ("Bibbi Trana", "member", "styrelsen") in found
    assert not any(r == "secretary" for _, r, _ in found)


ANNUAL_AGENDA = (
    "Årsmöte\n\n"
    "1. Mötets öppnande\n"
    "2. Val av mötesordförande: Bo Lindgren\n"
    "3. Val av justerare: Eva Ekholm\n"
    "4. Ordförande: Anna Bergdahl\n"
    "5. Styrelseledamöter: Per Ekman, Olle Dahlin och Siv Holmén\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_agendas_bare_chair_after_the_meetings_own_is_the_associations(morph):
    # leave alone: the meeting's chair is named as such, the bare office is the board's
    chairs = {p for p, r, _ in seats(ANNUAL_AGENDA, "sv", morph) if r == "chair"}
    assert chairs == {"Anna Bergdahl"}


ASSEMBLY = (
    "Giga ja Tutti. Keskeiset. Kampusporvarit EDUSTAJISTON KOKOUS 3 / PÖYTÄKIRJA\n\n"
    "1 EDUSTAJISTON KOKOUS 3 / PÖYTÄKIRJA Aika: Keskiviikkona klo Paikka: Auditorio, Testilän "
    "yliopisto Pykälät: 1-23 Läsnä jäsenet: Giga ja Tutti Tilkka Matti Vaara Tomi Pääkkö Anton "
    "Keskeiset Peltola Ilpo Suutarinen Laura ( 8-23) Kampusporvarit Laakso Sebastian\n\n"
    "2 Edustajiston kokous 3/ (19) Warranttilaiset Marttila Esko Räisänen Toni Haikola "
    "Jan-Patrick Läsnä muut: Seppä Jarkko, pääsihteeri Hirvelä Henna, hpj Hiippa Sirja, hj "
    "Seppinen Pirre, SYL:n hallituksen jäsen Aaltola Mikko Tanhua Juuso\n\n"
    "3 Edustajiston kokous 3/ (19) 1 KOKOUKSEN AVAUS avasi kokouksen kello\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_assemblys_members_run_together_surname_first(morph):
    found = seats(ASSEMBLY, "fi", morph)
    for name in ("Matti Tilkka", "Anton Pääkkö", "Ilpo Peltola", "Sebastian Laakso",
                 "Esko Marttila", "Jan-Patrick Haikola"):  # fmt: skip
        assert (name, "member", "edustajisto") in found
    assert ("Henna Hirvelä", "chair", "hallitus") in found
    assert ("Sirja Hiippa", "member", "hallitus") in found
    assert ("Pirre Seppinen", "member", "syl:n hallitus") in found
    assert not any("Seppä" in p or "Jarkko" in p for p, _, _ in found)
    assert not any("Keskeiset" in p or "Warranttilaiset" in p for p, _, _ in found)


GIVEN_FIRST = (
    "1 HALLITUKSEN KOKOUS 3 / PÖYTÄKIRJA Aika: Keskiviikkona klo Paikka: Seurantalo Läsnä "
    "jäsenet: Matti Tilkka Tomi Vaara Anton Pääkkö Ilpo Peltola Laura Suutarinen Läsnä muut: "
    "Seppä Jarkko, pääsihteeri\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_together_first_name_first_is_read_so(morph):
    found = seats(GIVEN_FIRST, "fi", morph)
    assert ("Matti Tilkka", "member", "hallitus") in found
    assert ("Laura Suutarinen", "member", "hallitus") in found
    assert not any("Jarkko" in p for p, _, _ in found)


BOARD_RUN = (
    "Datum: 13-03-11 Tid: 17:15-20:00 Plats: Kansliet Bakgrund Styrelsen sammanträder för "
    "trettonde gången under verksamhetsåret för att besluta kring den löpande verksamheten. "
    "Dagordning 1 Mötets öppnande (Beslutspunkt) Mötet öppnas 17:17 2 Närvaro och anmälda "
    "förhinder (Informationspunkt) Närvarande: Josef Gustavsson, Aria Nakhai, Mattias Kvist, "
    "Hanna Nyberg, Cecilia Le Roux Frånvarande: Alec Axelsson, Makan Separi, Lovisa Vate Aria "
    "Nakhai lämnar mötet 19:38. 3 Val av mötesfunktionärer (Informationspunkt)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_boards_roll_run_into_one_line(morph):
    found = seats(BOARD_RUN, "sv", morph)
    assert ("Cecilia Le Roux", "member", "styrelsen") in found
    assert ("Josef Gustavsson", "member", "styrelsen") in found
    assert ("Lovisa Vate", "member", "styrelsen") in found
    assert ("Makan Separi", "member", "styrelsen") in found


TREASURER = (
    "Styrelseinformation 2022-06-20\n\n"
    "Närvarande: Lena Bertilsdotter, ordförande; Ylva Egelund, vice ordförande; Inga Olsén, "
    "sekreterare; Ulrika Karlén, kassör; Susanne Strelow, ledamot; Ann Hunter, suppleant.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurer_among_a_runs_officers_is_a_member(morph):
    found = seats(TREASURER, "sv", morph)
    board = {b for p, r, b in found if p == "Lena Bertilsdotter" and r == "chair"}
    assert len(board) == 1
    assert ("Ulrika Karlén", "member", board.pop()) in found


CONGRESS = (
    "Många nya ansikten i förbundet\n\n"
    "Förbundet höll förbundsstämma i veckan. Jörn Holmqvist, Åhus omvaldes som ordförande och "
    "Björn Grönvall, Säter nyvaldes som vice ordförande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_federations_congress_elects_its_board(morph):
    found = seats(CONGRESS, "sv", morph)
    assert ("Jörn Holmqvist", "chair", "förbundsstyrelsen") in found
    assert ("Björn Grönvall", "vice_chair", "förbundsstyrelsen") in found


CAPTION = (
    "Förbundsstyrelsen samlad. Fr vänster Jon-Erik Janning, Lars Olofsson, Sven Tholin, "
    "Johanna Holm-Lautner, Lars Hägg. På bilden saknas nyvalde utbildningsansvarig Jan Durr.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_captions_short_label_and_the_one_missing_after_his_post(morph):
    found = seats(CAPTION, "sv", morph)
    assert ("Jon-Erik Janning", "member", "förbundsstyrelsen") in found
    assert ("Lars Hägg", "member", "förbundsstyrelsen") in found
    assert ("Jan Durr", "member", "förbundsstyrelsen") in found


SLASH = (
    "Föreningens styrelse 2017\n\n"
    "Ordförande - Magnus Bystedt\n"
    "Ledamot/Vice ordförande - Johan Lindell\n"
    "Ledamot - Anton Dahlin\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_in_a_members_seat(morph):
    found = seats(SLASH, "sv", morph)
    assert ("Johan Lindell", "vice_chair", "föreningens styrelse") in found
    assert ("Anton Dahlin", "member", "föreningens styrelse") in found


BIRDS = (
    "Den nya styrelsen:\n\n"
    "  • Marie Gilland / ordf.\n"
    "  • Petrus Tengby / sekr.\n"
    "  • Mats Kajander / kassör\n"
    "  • Ingela Spegel\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_after_a_slash_is_no_organisation(morph):
    found = seats(BIRDS, "sv", morph)
    assert ("Marie Gilland", "chair", "styrelsen") in found
    assert ("Petrus Tengby", "secretary", "styrelsen") in found
    assert ("Mats Kajander", "member", "styrelsen") in found


REPORT = (
    "Verksamhetsberättelse\n\n"
    "Styrelsens verksamhetsberättelse för 2023.\n\n"
    "Ordförande Anders Kindgren\n\n"
    "Sekreterare Susanne Torstensson\n\n"
    "Ledamöter Samuel Karlberg, Mårten Gjöt och Anna Dahlberg\n\n"
    "Golfklubben har under året genomfört 8 protokollförda sammanträden.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_reports_title_with_a_full_stop_names_its_body(morph):
    found = seats(REPORT, "sv", morph)
    assert ("Anders Kindgren", "chair", "styrelsen") in found
    assert ("Susanne Torstensson", "secretary", "styrelsen") in found


def test_another_organisations_board_is_no_longer_name_of_the_pages_own(tmp_path):
    from hytegraph.authoring.extract import extract

    doc = tmp_path / "poytakirja.txt"
    doc.write_text(ASSEMBLY, encoding="utf-8")
    targets = {
        f.actor.name: f.target.name
        for f in extract(doc, lang="fi", morph="rules").facts
        if f.kind == "membership" and f.target is not None
    }
    assert targets["Henna Hirvelä"] == "Hallitus"
    assert targets["Pirre Seppinen"] == "SYL:n hallitus"

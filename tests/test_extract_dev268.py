"""hytegraph extract on boards' lists and annual meetings' reports that the rules read wrong or
not at all:

- "Styrelsen utgörs i övrigt av A, B och C", "består därutöver av": an adverb between the
  verb and its "av";
- "Julkinen taho" / "Offentlig sektor:" between the rows of a board's list or of a members'
  and deputies' table of two columns: the sector the rows below come from, the list going on;
- "Ordf 2 år", "Suppleanter 1 år" over names: the seat and how long it is held; "Revisor
  Suppleanter 1 år", "Till förtroendevalda revisorer valdes:": the auditors, no seats;
  "Till styrelseordförande valdes:": the board's chair;
- "Hallitukseen kuuluivat pj. A, B taloudenhoitaja, C sihteeri ja muina jäseninä D ja E":
  the names before "the other members" are the board's members too, each office after a name
  that name's;
- "Övriga styrelsemedlemmar är A (Jönköping), B (Södertälje) och C (Jönköping)": a town in
  parentheses after each name;
- "… isäntänä toimi kaupunginhallituksen puheenjohtaja X" after an association's board's seats:
  a guest's title, not the board the bare word names;
- a news item's title over a new item: a body named in passing in the item before is not the
  one the next item's members sit in; a body's "för" phrase ends before "och hon";
- "Till ordförande intill årsmötet 2015 omvaldes A": the term up to the next annual meeting;
- "… ja hallituksen erovuoroisten jäsenten paikoille C ja D": members elected to the seats of
  those leaving, not the office of the clause before; "E:n ja F:n jäädessä pois tehtävistä":
  those leaving hold no seat;
- "Namn Uppdrag" over "Britt-Marie Bjerver sekreterare" rows under the heading "Styrelsen" on a
  page that names another body below: the role after each name, the body the heading names.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats, walked


@pytest.mark.parametrize("morph", MORPHS)
def test_an_adverb_between_a_consisting_verb_and_its_av(morph):
    found = seats(
        "FN-förbundets nya styrelse utgörs i övrigt av Gabriel Bake, Niklas Carlsson "
        "och Petter Ölmunger.\n",
        "sv",
        morph,
    )
    assert {p for p, r, _b in found if r == "member"} >= {
        "Gabriel Bake",
        "Niklas Carlsson",
        "Petter Ölmunger",
    }
    found = seats("Styrelsen består därutöver av Aino Ek, Bo Lind och Eva Berg.\n", "sv", morph)
    assert ("Aino Ek", "member", "styrelsen") in found
    assert ("Eva Berg", "member", "styrelsen") in found


SECTOR_TABLE = (
    "Pirityisten hallitus 2022\n\n"
    "VARSINAISET JÄSENET                VARAJÄSENET \n\n\n"
    "Julkinen taho \n\n"
    "Jukka Tuominiemi, Halsua            Tarja Huopana, Perho\n\n"
    "Lauri Laajala, Perho                        Matti Korhonen, Toholampi\n\n\n"
    "Yritykset ja yhteisöt \n\n"
    "Tiina Pollari, Lestijärvi                    Sirpa Nevasaari, Lohtaja\n\n"
    "Kyösti Sorvoja, Lohtaja                   Mauri Koivusalo, Kaustinen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sector_label_inside_a_two_column_table(morph):
    found = seats(SECTOR_TABLE, "fi", morph)
    assert ("Jukka Tuominiemi", "member", "pirityisten hallitus") in found
    assert ("Tarja Huopana", "deputy_member", "pirityisten hallitus") in found
    assert ("Kyösti Sorvoja", "member", "pirityisten hallitus") in found
    assert ("Mauri Koivusalo", "deputy_member", "pirityisten hallitus") in found


SEAT_LENGTH_HEADINGS = (
    "Verkstadsklubbens årsmöte\n\n"
    "Följande val förrättades med acklamation:\n"
    "Ordf 2 år\n"
    "Lars Ask\n"
    "Sekreterare 2 år\n"
    "Owe Nyman\n\n"
    "Ordinarie ledamöter 2 år\n\n"
    "Jonny Alfredsson\n"
    "Helena Almberg\n\n"
    "Suppleanter 1 år\n"
    "Jan Andersson\n"
    "Johnny Gran\n\n"
    "Revisor 2 år\n"
    "Mats Piirala\n\n"
    "Revisor Suppleanter 1 år\n\n"
    "Daniel Hermansson\n"
    "Morgan Sjöberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_headings_with_the_length_of_the_seat(morph):
    found = {(p, r) for p, r, _b in seats(SEAT_LENGTH_HEADINGS, "sv", morph)}
    assert ("Lars Ask", "chair") in found
    assert ("Owe Nyman", "secretary") in found
    assert ("Jonny Alfredsson", "member") in found
    assert ("Jan Andersson", "deputy_member") in found
    assert ("Johnny Gran", "deputy_member") in found
    # the auditors' deputies hold no seat in the board
    assert not any(p in ("Daniel Hermansson", "Morgan Sjöberg") for p, _r in found)


ELECTED_LABELS = (
    "Protokoll föreningsstämman 2023\n\n"
    "Val av förtroendevalda\n\n"
    "Till styrelseordförande valdes:\n\n"
    " • Jimmy Jansson, omval\n\n"
    "Till förtroendevalda revisorer valdes:\n\n"
    " • Torbjörn Rigemar, omval\n"
    " • Ann-Sofie Andersson, omval\n\n"
    "Till förtroendevalda revisorssuppleanter valdes:\n\n"
    " • Fanny Persson, omval\n"
    " • Johan Bond, omval\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_elections_labels_of_the_boards_chair_and_of_the_auditors(morph):
    found = seats(ELECTED_LABELS, "sv", morph)
    assert ("Jimmy Jansson", "chair", "styrelse") in found
    seated = {p for p, _r, _b in found}
    assert not seated & {"Torbjörn Rigemar", "Ann-Sofie Andersson", "Fanny Persson", "Johan Bond"}


OTHER_MEMBERS = (
    "Hallitus kokoontui toimintavuoden 2022 aikana neljä kertaa. Vuonna 2022 9-jäseniseen "
    "hallitukseen kuuluivat pj. Jutta Äijälä, vpj. Antti Korpimaa, Eero Kaukola "
    "taloudenhoitaja, Pasi Seila sihteeri ja muina jäseninä Tellervo Estemaa ja Kari "
    "Viitamäki. Yhdistys arvostaa yhteistyötä kaupungin kanssa. Vuoden 2022 juhlalounaan "
    "isäntänä toimi kaupunginhallituksen puheenjohtaja Jari Koskinen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_names_before_the_other_members_and_a_guests_title_after_them(morph):
    found = seats(OTHER_MEMBERS, "fi", morph)
    assert ("Jutta Äijälä", "chair", "hallitus") in found
    assert ("Eero Kaukola", "member", "hallitus") in found
    assert ("Pasi Seila", "secretary", "hallitus") in found
    assert ("Kari Viitamäki", "member", "hallitus") in found
    # the city board's chair named after them is a guest's title: no body of theirs
    assert not any(b == "kaupunginhallitus" and p != "Jari Koskinen" for p, _r, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_town_in_parentheses_after_each_name_of_a_run(morph):
    found = seats(
        "Övriga styrelsemedlemmar är Mano Barmano (Jönköping/Stockholm), Kara Hermez "
        "(Södertälje) och William Gewargis (Jönköping).\n",
        "sv",
        morph,
    )
    assert {p for p, r, _b in found if r == "member"} == {
        "Mano Barmano",
        "Kara Hermez",
        "William Gewargis",
    }


NEWS_ITEMS = (
    "Om jämställdhetsmyndigheten\n\n"
    "Under årsmötet vid Sveriges Kvinnolobby 2017 medverkade Kerstin Alnebratt ordförande i "
    "organisationskommittén för bildandet av jämställdhetsmyndigheten och hon är även "
    "föreståndare för Nationella sekretariatet för genusforskning i Göteborg.\n\n"
    "Skånekretsens årsmöte med föredrag om Hildegard Björck\n\n"
    "Skånekretsen höll sitt årsmöte den 16 mars med stadgeenliga ärenden. Den nya styrelsen är "
    "samma som föregående år. Övriga ordinarie ledamöter är Paulina Geijer (ordförande), "
    "Gunilla Isaksson (vice ordförande) och Ann-Louise Eringsmark (webb).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_news_items_title_leaves_the_item_before_behind(morph):
    found = seats(NEWS_ITEMS, "sv", morph)
    assert ("Paulina Geijer", "chair", "styrelsen") in found
    assert ("Gunilla Isaksson", "vice_chair", "styrelsen") in found
    assert ("Ann-Louise Eringsmark", "member", "styrelsen") in found
    named = {b.name.casefold() for b, _span in walked(NEWS_ITEMS, "sv", morph).named}
    assert not any(n.endswith("och hon") for n in named)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_term_up_to_the_next_annual_meeting_written_intill(morph):
    found = seats(
        "Årsmötet hölls den 6 november. Till ordförande intill årsmötet 2015 omvaldes Lars "
        "Skoglund och till vice ordförande omvaldes Henrik Nordenskjöld.\n",
        "sv",
        morph,
    )
    assert ("Lars Skoglund", "chair", "styrelsen") in found
    assert ("Henrik Nordenskjöld", "vice_chair", "styrelsen") in found


LEAVING_SEATS = (
    "Kokouksessa SML:n 1. varapuheenjohtajaksi valittiin Henri Saari ja hallituksen "
    "erovuoroisten jäsenten paikoille Ilkka Heinäaho, Tarmo Kumpula ja Ari Leinonen. Ari "
    "Leinonen ja Patrik Manner nousevat uusina jäseninä mukaan hallitustyöhön Pasi Jaatisen ja "
    "Mika Saroman jäädessä pois tehtävistä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_elected_to_the_seats_of_those_leaving(morph):
    found = seats(LEAVING_SEATS, "fi", morph)
    assert ("Henri Saari", "vice_chair", "hallitus") in found
    assert ("Ilkka Heinäaho", "member", "hallitus") in found
    assert ("Ari Leinonen", "member", "hallitus") in found
    # the first clause's office is not theirs, and those leaving hold no seat
    assert not any(r == "vice_chair" and p != "Henri Saari" for p, r, _b in found)
    assert not any(p in ("Pasi Jaatinen", "Mika Saroman") for p, _r, _b in found)


NAME_ROLE_TABLE = (
    "Styrelsen\n\n"
    "Styrelsen består av nio personer som väljs av årsmötet för två år i taget.\n\n"
    "Namn Uppdrag\n"
    "Mia Ahlberg ledamot\n"
    "Britt-Marie Bjerver sekreterare\n"
    "Lars Browaldh ordförande\n"
    "Anne Kihlström vice ordförande\n"
    "Mette Åkerhielm ledamot\n\n"
    "Arbetsutskott\n\n"
    "Styrelsen har tillsatt ett arbetsutskott för behandling av ansökningar. I utskottet ingår "
    "Lars Browaldh, Mia Ahlberg och Mette Åkerhielm.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_and_role_table_under_the_boards_heading_on_a_page_of_two_bodies(morph):
    found = seats(NAME_ROLE_TABLE, "sv", morph)
    assert ("Britt-Marie Bjerver", "secretary", "styrelsen") in found
    assert ("Lars Browaldh", "chair", "styrelsen") in found
    assert ("Anne Kihlström", "vice_chair", "styrelsen") in found
    assert ("Mette Åkerhielm", "member", "styrelsen") in found
    # the surname that begins like a first name ("Åke") is not cut before the role after it
    assert not any(p.startswith("Mette Åke") and p != "Mette Åkerhielm" for p, _r, _b in found)

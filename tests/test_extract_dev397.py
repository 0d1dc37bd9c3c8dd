"""hytegraph extract on board pages, minutes and photo captions that the rules read wrong or not
at all:

- "Pöydän ääressä istuvat …", "pöytää kiertäen": a table is no body ("kumppanuuspöytä" is);
- "Styrelse" over a list and "styrelsens ordförande A" in a sentence of the same page: one
  board; "Anna-Karin Ek" and "Anna Karin Ek" on one page: one person;
- "Vi i styrelsen" / "Ordförande: A" / … / "Vi i valberedningen" / "B" / "C": those who sit
  in each body; a topic's heading, prose and "… aktiviteter som:" over bullets after them: no
  seats;
- "styrelsen består av Ordf. A, Viceordf. B, medlemmar C, D samt E": the offices'
  abbreviations inside the sentence, and "L-E Ek", a double first name's initials; "stadgan
  undertecknades av: Ordf. F, …": the signatories, no seats;
- "I tur att avgå ur styrelsen vid årsmötet var:" / names / "Valberedningen föreslog val enligt
  följande:" / names: the seats that ended, then the board elected on the proposal of the
  nominating committee (no seats of the committee's);
- "Sekreterare  A, avgick, se protokoll nr 3," / "… ersattes som sekreterare av ledamoten B" /
  "vakant" / "Kassör  C": a seat left, the office taken over, a vacant seat's line in the list;
- "Till årsmötesordförande valdes A, … och till sekreterare utsågs B": the meeting's
  secretary, in the same sentence as its chair;
- "… och till ledamöter A, B, C & D": "&" between the last names; "Styrelseberättelse för …"
  is the board's report, no body.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import extract
from tests.extract_snippets import MORPHS, proposed, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_a_table_is_no_body(morph):
    found = seats(
        "Kylälän vesiosuuskunta\n\n"
        "Osuuskunnan hallitus kokoontui syyskuussa. Pöydän ääressä istuvat puheenjohtaja Aarne "
        "Koskela, varapuheenjohtaja Veera Lampi ja Ilmari Ranta. Seuraavina pöytää kiertäen "
        "ovat sihteeri Tuula Vainikka ja Pentti Aro.\n",
        "fi",
        morph,
    )
    assert found, "the caption's officers are read"
    assert not {b for _p, _r, b in found} & {"pöytä", "pöydän"}
    found = seats(
        "Kylälän kumppanuuspöytä\n\nKumppanuuspöydän puheenjohtajana toimii Aino Saarikko.\n",
        "fi",
        morph,
    )
    assert ("Aino Saarikko", "chair", "kylälän kumppanuuspöytä") in found


def test_two_forms_of_a_board_and_of_a_name_are_one_entity(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "Testby samfällighetsförening\n\n"
        "Protokoll fört vid årsstämma 2024\n\n"
        "Stämman öppnades av styrelsens ordförande Anna-Karin Dahlqvist.\n\n"
        "Styrelse\n\n"
        "Anna Karin Dahlqvist, ordförande\n"
        "Olle Brandt\n"
        "Greta Lindén\n"
        "Sune Fahlgren\n",
        encoding="utf-8",
    )
    found = extract(path, lang="sv", tagger=False)
    people = {e.id for e in found.entities if e.kind == "person"}
    assert len(people) == 4
    boards = {f.target.id for f in found.facts if f.target is not None}
    assert len(boards) == 1
    # the chair once, the seat of both her names
    chairs = [f.role for f in found.facts if "Dahlqvist" in f.actor.name]
    assert chairs == ["chair"]


WE_IN = (
    "Om föreningen\n\n"
    "Föreningen grundades i Testby år 1921 av ortens sömmerskor.\n\n"
    "Vi i styrelsen\n\n"
    "Ordförande: Ebba Hedlund\n\n"
    "Vice ordförande: Rut Malmsten\n\n"
    "Sekreterare: Vera Sjöholm\n\n"
    "Kassör: Ida Brodin\n\n"
    "Ledamot: Stina Fält\n\n\n"
    "Vi i valberedningen\n\n"
    "Alva Ringström\n\n"
    "Lisen Grahn\n\n"
    "Medlemsaktiviteter\n\n"
    "Varje år ordnar vi utflykter, teaterbesök och en brunch för alla medlemmar i föreningen.\n\n"
    "Tidigare år har vi bland annat haft aktiviteter som:\n\n"
    "  • Musikalen Kristina Från Duvemåla\n\n"
    "  • Nordiska museets utställning: Modets Paris\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_we_in_the_board_and_the_activities_after_it(morph):
    found = seats(WE_IN, "sv", morph)
    assert ("Ebba Hedlund", "chair", "styrelsen") in found
    assert ("Rut Malmsten", "vice_chair", "styrelsen") in found
    assert ("Stina Fält", "member", "styrelsen") in found
    assert ("Alva Ringström", "member", "valberedningen") in found
    assert ("Lisen Grahn", "member", "valberedningen") in found
    # (a name read with no body is proposed as nothing: a seat needs its body)
    people = {p for p, _r, b in found if b}
    assert not {"Musikalen Kristina", "Modets Paris", "Kristina Från Duvemåla"} & people
    assert ("Alva Ringström", "member", "styrelsen") not in found


HUNTERS = (
    "Testby jaktförening\n\n"
    "Testby jaktvårdsförenings stadga undertecknades den 2.5.1946 av: Ordf. Edvin Sandqvist, "
    "Viceordf. Helmer Storm, medlemmar Algot Berglund och Verner Sandqvist.\n\n"
    "Föreningens stadgar är fortfarande desamma men styrelsen består av Ordf. K-G Sandqvist, "
    "Viceordf. Tobias Storm, medlemmar Jonas Backlund, Mikael Öhman,Dennis Forsblom samt "
    "Patrik Nyby.\n"
)


@pytest.mark.parametrize("tagger", [False, True])
def test_abbreviated_offices_in_a_sentence_and_the_signatories(tmp_path, tagger):
    found = proposed(tmp_path, HUNTERS, "sv", tagger=tagger)
    assert ("K-G Sandqvist", "chair", "styrelsen") in found
    assert ("Tobias Storm", "vice_chair", "styrelsen") in found
    for name in ("Jonas Backlund", "Mikael Öhman", "Dennis Forsblom", "Patrik Nyby"):
        assert (name, "member", "styrelsen") in found
    people = {p for p, _r, _b in found}
    assert not {"Edvin Sandqvist", "Helmer Storm", "Algot Berglund", "Verner Sandqvist"} & people


@pytest.mark.parametrize("morph", MORPHS)
def test_double_initials_on_label_lines(morph):
    found = seats(
        "Testby skytteförening\n\nStyrelsen\n\n"
        "Ordförande: L-E Wikström\nSekreterare: Siv Holm\nLedamot: P-O Backman\n"
        "Ledamot: Gun Lax\n",
        "sv",
        morph,
    )
    assert ("L-E Wikström", "chair", "styrelsen") in found
    assert ("P-O Backman", "member", "styrelsen") in found
    assert ("Siv Holm", "secretary", "styrelsen") in found


MINUTES = (
    "Protokoll fört vid Testby konstförenings årsmöte 2009\n\n"
    "§ 1. Årsmötet öppnades av ordförande Gerda Kron, som hälsade de närvarande välkomna.\n\n"
    "§ 12. Val av styrelse.\n\n"
    "Redan valda med ytterligare ett år i styrelsen var:\n"
    "Gösta Kling\n"
    "Maj Fors\n"
    "Ruben Alm\n\n"
    "I tur att avgå ur styrelsen vid årsmötet 2009 var:\n"
    "Hilding Rask\n"
    "Signe Ståhl\n"
    "Holger Winge\n\n"
    "Holger Winge hade meddelat valberedningen att han avstod från omval av personliga skäl.\n\n"
    "Valberedningen föreslog därvid val enligt följande:\n"
    "Hilding Rask, Omval på 2 år\n"
    "Signe Ståhl, Omval på 2 år\n"
    "Tyra Lund, Nyval på 2 år\n\n"
    "Ovanstående valdes av årsmötet enligt förslaget.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_turn_to_leave_and_the_committees_proposal(morph):
    found = seats(MINUTES, "sv", morph)
    assert ("Gösta Kling", "member", "styrelsen") in found
    assert ("Hilding Rask", "member", "styrelsen") in found
    assert ("Tyra Lund", "member", "styrelsen") in found
    assert "Holger Winge" not in {p for p, _r, _b in found}
    assert not {b for _p, _r, b in found if b.startswith("valbered")}


REPORT = (
    "Årsberättelse: verksamhetsåret 2022\n\n"
    "Styrelsen för Testby konstförening får härmed lämna årsberättelse för föreningens "
    "verksamhet.\n\n"
    "Styrelsen har bestått av\n\n"
    "Ordförande                         Berit Hallgren\n\n"
    "Sekreterare                         Elsa Dunder, avgick, se protokoll nr 3,\n\n"
    "                                          12/4 2022 och ersattes som sekreterare av\n\n"
    "                                           ledamoten Karl Vidén\n\n"
    "Vice sekreterare                 Nils Ruth, avgick, se protokoll nr 5 30/8 2022,\n\n"
    "                                           vakant\n\n"
    "Kassör                                 Tora Vinge\n\n"
    "Vice kassör                         Alma Strid\n\n"
    "Revisorer: Jan Esping och Ulf Nordin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_left_taken_over_and_vacant_in_a_list(morph):
    found = seats(REPORT, "sv", morph)
    board = "styrelsen för testby konstförening"
    assert ("Berit Hallgren", "chair", board) in found
    assert ("Karl Vidén", "secretary", board) in found
    assert ("Tora Vinge", "member", board) in found
    assert ("Alma Strid", "member", board) in found
    people = {p for p, _r, _b in found}
    assert "Elsa Dunder" not in people
    assert "Nils Ruth" not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_the_meetings_secretary_in_the_sentence_of_its_chair(morph):
    found = seats(
        "… och årsmöte\n\n"
        "I samband med konferensen i Testby den 20-21 september höll föreningen sitt årsmöte.\n\n"
        "Föreningens ordförande öppnade mötet och hälsade årsmötesdeltagarna välkomna. Till "
        "årsmötesordförande valdes Rolf Sjöman, Stadsarkivet i Testby och till sekreterare "
        "utsågs Gunnel Ahlberg, Region- och stadsarkivet i Testby.\n\n"
        "•Till ledamöter i styrelsen på två år omvaldes Maria Stenberg, Testby kommunarkiv och "
        "Petra Dahl, Täby kommunarkiv.\n",
        "sv",
        morph,
    )
    assert ("Maria Stenberg", "member", "styrelsen") in found
    assert "Gunnel Ahlberg" not in {p for p, _r, _b in found}


@pytest.mark.parametrize("morph", MORPHS)
def test_an_ampersand_before_the_last_name(morph):
    found = seats(
        "Distriktets årsmöte\n\n"
        "Mötet valde distriktets styrelse för året. Till distriktets ordförande valdes Arvo "
        "Salmi och till ledamöter Eino Kallio, Jan Kjellman, Tapio Rinne & Ossi Koivu. "
        "Till suppleanter valdes Irja Pelto.\n",
        "sv",
        morph,
    )
    for name in ("Eino Kallio", "Jan Kjellman", "Tapio Rinne", "Ossi Koivu"):
        assert (name, "member", "styrelse") in found
    assert ("Irja Pelto", "deputy_member", "styrelse") in found
    assert ("Arvo Salmi", "chair", "styrelse") in found
    found = seats(
        "Styrelse\n\nI styrelsen sitter Eino Kallio, Jan Kjellman, Tapio Rinne & Ossi Koivu.\n",
        "sv",
        morph,
    )
    for name in ("Eino Kallio", "Jan Kjellman", "Tapio Rinne", "Ossi Koivu"):
        assert (name, "member", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_the_boards_report_is_no_body(morph):
    found = seats(
        "Styrelseberättelse för Testby gilles verksamhet året 1962\n\n"
        "Styrelsen har under året haft fem medlemmar; ordförande Gustav Ullberg, vice "
        "ordförande Elis Jansson, sekreterare Gösta Lind, kassör Edvin Stål samt kyrkoherde "
        "Karl Grane.\n\n"
        "Vid årsmötet 1963 omvaldes styrelsen. Till ordförande valdes Gustav Ullberg och till "
        "övriga ledamöter Elis Jansson, Erik Sjöholm och Edvin Stål.\n",
        "sv",
        morph,
    )
    assert ("Gustav Ullberg", "chair", "styrelsen") in found
    assert ("Erik Sjöholm", "member", "styrelsen") in found
    assert not {b for _p, _r, b in found if b.startswith("styrelseberättelse")}

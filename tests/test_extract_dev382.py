"""hytegraph extract on annual reports, minutes and board pages that the rules read wrong or not
at all:

- "Ordförande: A" / "Kassör: B" / "Ledamöter: C och D" / "Suppleanter: E och F" / "Revisor: G"
  / "Valberedning: H" under "… har under året haft en styrelse enligt följande:": the seats'
  label lines, the members' too;
- "A fortsätter som ordförande, B som vice ordförande, C som kassör och D som sekreterare" on
  a page of one board, named in no sentence of the seats: the seats of that board;
- "Ledamot Karin Ek nyval", "Bo Lind 1 år (omval)", "Ordförande på ett år": an election's
  remark or a term after the name, no part of it;
- "• Emerituskuraattori A on tiedustellut …" among a list's items: a sentence about the
  person, no entry;
- "Läsnä: hallituksen jäsenet A, B ja C; lisäksi cives D ja E": the others present hold no
  seat;
- "…, däremot avgick A på grund av sjukdom och B av privata skäl", "Avgår gör följande: A, B",
  "… avtackades vederbörligen liksom B som efter många år avsagt sig omval som suppleant",
  "Följande … belönades med blommor: A, B": the outgoing, the thanked and the honoured;
- "I styrelsen kvarstår från föregående årsmöte: A, B, C": since when they sit, a colon;
- "Övriga i styrelsen är A, B och C samt D som suppleant": the deputy's word is D's only;
- "Även valberedningen blev omvald: A (sammankallande), B och C.": the body the label elects;
- a name over "tel 0454-320 116 alt. 0708-666 537" or "Borgvägen 3, tel 0454-32 06 26": the
  contact lines under an entry;
- "I tur att avgå: A, B och C (sekreterare), vilka samtliga omvaldes.": elected again;
- "Cecilia Åkerlund Särg   Ordförande": three words of a name before a column's gap;
- "Till verksamhetsgranskare valdes A och B. Till suppleant valdes C.": the auditors' deputy;
- "Olof Ek (adj), Advokatfirman Lindblad": co-opted, and the list goes on ("adj. professor"
  is a title);
- "Herbert Ek avtackades av omvalde ordföranden A": the one who thanks holds the seat;
- "Ordförande, vice ordförande och sekreteraren utgör tillsammans arbetsutskottet" over the
  board's list; "Ersättare 1:": a numbered deputy's label;
- "lakit. tohtori A": a title's abbreviation before the name;
- "Representantskapet: A, B, … ja C": a representative assembly is a body, no representative's
  seat;
- "Till föreningens nya ordförande valdes A, till sekreterare B": offices after "till", the
  verb left unsaid;
- "Suppleater" over names: a deputies' heading one letter off;
- "Närvarande: A, B, C" in an annual meeting's minutes: its members, no seats; "Förslaget
  antogs av stämman, och den nya styrelsen ser ut som följer: …": a proposal adopted;
- "… till ordförande för stämman valdes A. Till sekreterare valdes B.": the meeting's officers.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, proposed, seats

REPORT = (
    "Verksamhetsberättelse 2012 Testby Bystugeförening\n\n"
    "Testby Bystugeförening har under året haft en styrelse enligt följande:\n\n"
    "Ordförande: Tommy Nordlund\n"
    "Kassör: Jenny Kvist (t.f.)\n"
    "Sekreterare: Carola von Ahlen\n"
    "Ledamöter: Mait Snellman och Lars Palmén\n"
    "Suppleanter: Marie Holm och Mats Jörnby\n\n"
    "Revisor: Karin Ekdahl\n"
    "Revisorssuppleant: Karin Mårtens\n"
    "Valberedning: Anna-Greta Falk\n\n"
    "Styrelsen har under 2012 haft fem styrelsemöten.\n"
)


def test_the_members_label_line_among_the_officers_lines(tmp_path):
    found = proposed(tmp_path, REPORT, "sv", tagger=False)
    assert ("Tommy Nordlund", "chair", "styrelse") in found
    assert ("Mait Snellman", "member", "styrelse") in found
    assert ("Lars Palmén", "member", "styrelse") in found
    assert ("Marie Holm", "deputy_member", "styrelse") in found
    assert "Karin Ekdahl" not in {p for p, _r, _b in found}


def test_offices_held_on_the_page_of_one_board(tmp_path):
    text = (
        "Släktföreningen\n\n"
        "På släktmötet den 2.9.2023 valdes medlemmar av nya styrelsen.\n\n"
        "Styrelsen konstituerade sig den 11.9.2023.\n\n"
        "Antti Hjelmberg fortsätter som ordförande, Juha Varstala som vice ordförande, Erik "
        "Hjelmberg som kassör och Linda Varstala som sekreterare.\n"
    )
    found = proposed(tmp_path, text, "sv", tagger=False)
    assert ("Antti Hjelmberg", "chair", "styrelsen") in found
    assert ("Juha Varstala", "vice_chair", "styrelsen") in found
    assert ("Erik Hjelmberg", "member", "styrelsen") in found
    assert ("Linda Varstala", "secretary", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_an_election_remark_or_a_term_after_the_name(morph):
    found = seats(
        "Styrelsen har för närvarande följande utseende:\n\n"
        "Vice ordförande Unni Malmberg\n\n"
        "Ledamot Karin Engström nyval\n\n"
        "Suppleant Ingrid Uddman omval på två år\n\n"
        "Suppleant Marianne Rahm\n",
        "sv",
        morph,
    )
    assert ("Karin Engström", "member", "styrelsen") in found
    assert ("Ingrid Uddman", "deputy_member", "styrelsen") in found
    assert ("Marianne Rahm", "deputy_member", "styrelsen") in found
    found = seats(
        "Styrelsen\n\nOrdförande\nGöran Åkesson 1 år (omval)\nLedamöter\n"
        "Nils-Lennart Gustavsson 2 år (omval)\nJonny Kjellberg 1 år\n",
        "sv",
        morph,
    )
    assert ("Göran Åkesson", "chair", "styrelsen") in found
    assert ("Nils-Lennart Gustavsson", "member", "styrelsen") in found
    assert ("Jonny Kjellberg", "member", "styrelsen") in found


MINUTES = (
    "Hallituksen kokous 27.5.2002\n\n"
    "Läsnä: hallituksen jäsenet Marko Pihlava, Anton Kuparinen, Kati Häkkilä ja Kimmo "
    "Makkola; lisäksi cives Johanna Haapasalo ja Erno Hyvärinen\n\n"
    "1. Puheenjohtaja avasi kokouksen.\n\n"
    "9. Muut mahdolliset asiat:\n\n"
    "· Emerituskuraattori Jukka Karvonen on tiedustellut ullakolle varastoitujen puisten "
    "taulunkehysten hintaa. Päätettiin, että kehykset annetaan hänelle maksutta.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_others_present_and_a_sentence_about_a_person_in_an_item(morph):
    found = seats(MINUTES, "fi", morph)
    people = {p for p, _r, _b in found}
    assert ("Kimmo Makkola", "member", "hallitus") in found
    assert "Johanna Haapasalo" not in people
    assert "Erno Hyvärinen" not in people
    assert "Jukka Karvonen" not in people


CLUB = (
    "Årsmöte i klubben\n\n"
    "Inga nya ordinarie ledamöter tillkom i styrelsen, däremot avgick Bertil Lejon på grund av "
    "sjukdom och Per Olof Bokström av privata skäl.\n\n"
    "I styrelsen kvarstår från föregående årsmöte: Ann Malmgren, Bo Cronholm, Thorild "
    "Nilsdotter\n\n"
    "Avgår gör följande: Bertil Lejon, Hans Ekbom, Per Olof Bokström\n\n"
    "Valberedningen\n"
    "Ordförande: Rolf Axel Nordin\n"
    "Ordinarie ledamöter: Lars Ericson, Margaretha Wrangsjö\n\n"
    "Följande blev omnämnda på årsmötet för sina fina insatser och belönades med blommor: "
    "Björn Lejon, Leif Ullberg, Michael Lindholt\n"
)


def test_the_outgoing_and_the_honoured_hold_no_seat(tmp_path):
    found = proposed(tmp_path, CLUB, "sv")
    people = {p for p, _r, _b in found}
    assert ("Ann Malmgren", "member", "styrelsen") in found
    assert ("Thorild Nilsdotter", "member", "styrelsen") in found
    assert ("Lars Ericson", "member", "valberedningen") in found
    for gone in ("Bertil Lejon", "Per Olof Bokström", "Björn Lejon", "Leif Ullberg"):
        assert gone not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_the_deputy_said_last_and_those_who_declined(morph):
    found = seats(
        "Hembygdsföreningen\n\n"
        "Ytterligare en person valdes vid årsmötet in i styrelsen, nämligen Harald Stjernlöf. "
        "Övriga i styrelsen är Ingemar Lindén, Ingvar Jakobsén, Ola Larsén och Åsa Britt "
        "Stenlund samt Ulla Tomasdotter som suppleant. Kerstin Jonsdotter avtackades "
        "vederbörligen liksom Stina Lindgård som efter många år avsagt sig omval som suppleant "
        "i styrelsen.\n",
        "sv",
        morph,
    )
    people = {p for p, _r, _b in found}
    assert ("Ingemar Lindén", "member", "styrelsen") in found
    assert ("Åsa Britt Stenlund", "member", "styrelsen") in found
    assert ("Ulla Tomasdotter", "deputy_member", "styrelsen") in found
    assert ("Ingemar Lindén", "deputy_member", "styrelsen") not in found
    assert "Kerstin Jonsdotter" not in people
    assert "Stina Lindgård" not in people


def test_the_body_a_label_elects_again(tmp_path):
    text = (
        "Unikt lugn\nTestvindsstämma\n\n"
        "Årets stämma med Testvinds samfällighetsförening blev den lugnaste på över 30 år.\n\n"
        "Även valberedningen blev omvald: Ove Nyman (sammankallande), Torbjörn Engman, Carina "
        "Ravnsholm och Anders Björkdahl. Till revisorer blev det två nyval.\n"
    )
    found = proposed(tmp_path, text, "sv", tagger=False)
    assert ("Ove Nyman", "member", "valberedningen") in found
    assert ("Anders Björkdahl", "member", "valberedningen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_contact_lines_under_the_names(morph):
    found = seats(
        "Vilka medverkar i styrelsen år 2017:\n\n\n"
        "ORDINARIE LEDAMÖTER\nGert Viklund\ntel 0454-320 116 alt. 0708-666 537\n\n"
        "Malte Appelgren\nSkjutsvägen 55, tel 0454-45 074\n\n"
        "Kjell Jonsson\nBorgvägen 3, tel 0454-32 06 26\n\n"
        "Anette Lennartsdotter\n\n \n\nErsättare:\n \nMagnus Johanson\nGun Bengtsdotter\n",
        "sv",
        morph,
    )
    assert ("Malte Appelgren", "member", "styrelsen") in found
    assert ("Kjell Jonsson", "member", "styrelsen") in found
    assert ("Anette Lennartsdotter", "member", "styrelsen") in found
    assert ("Gun Bengtsdotter", "deputy_member", "styrelsen") in found


ELECTED_AGAIN = (
    "Protokoll fört vid årsmöte med Testängs Bygdegårdsförening 2007-03-01\n\n\n"
    "§ 1.\nMötet öppnades av ordförande Maria Anderberg som hälsade alla mötesbesökare "
    "välkomna.\n\n"
    "§ 2.\nTill ordförande för årsmötet valdes Maria Anderberg.\n\n"
    "§ 3.\nTill sekreterare för årsmötet valdes Göran Gustavsson.\n\n"
    "§ 4.\nAtt justera årsmötesprotokollet valdes Evert Svenberg och Arne Johnsson.\n\n"
    "§ 8.\nAnsvarsfrihet beviljades kassör och styrelse för den period revisionen "
    "omfattade.\n\n"
    "§ 9.\nTill ordförande för Bygdegårdsföreningen för år 2007 valdes Maria Anderberg.\n\n"
    "§ 10.\nStyrelseledamöter i tur att avgå: Göran Gustavsson, Jan Carlberg, Astrid "
    "Persdotter och Inger Johansdotter (sekreterare), vilka samtliga omvaldes.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_all_elected_again_after_the_list(morph):
    found = seats(ELECTED_AGAIN, "sv", morph)
    assert ("Göran Gustavsson", "member", "styrelsen") in found
    assert ("Astrid Persdotter", "member", "styrelsen") in found
    assert ("Inger Johansdotter", "secretary", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_three_words_of_a_name_before_a_columns_gap(morph):
    found = seats(
        "Damkommitténs sammansättning under året har varit:\n\n"
        "Cecilia Åkerlund Särg   Ordförande\nUlrika Schmidtberg   Vice ordförande\n"
        "Suzanne Nordén Ericsdotter  Sekreterare\nBirgitta Tovesson   Webbansvarig\n",
        "sv",
        morph,
    )
    assert ("Cecilia Åkerlund Särg", "chair", "damkommittén") in found
    assert ("Suzanne Nordén Ericsdotter", "secretary", "damkommittén") in found


def test_the_auditors_deputy_and_one_co_opted(tmp_path):
    text = (
        "Vår verksamhet\n\nStyrelsemedlemmarna och deras uppgifter:\n\n"
        "Ordinarie medlemmar:\nLis-Helen Ekholm (ordförande)\nJan Nordén (vice ordförande)\n"
        "Olof Nyberg (adj), Advokatfirman Lindblad\nJonas Nyback (sekreterare)\n\n"
        "Till verksamhetsgranskare valdes Mikaela Kähl och Anne Rajalin. Till suppleant valdes "
        "Annika Östergren.\n\nStyrelsen har sammanträtt till sju möten under året.\n"
    )
    found = proposed(tmp_path, text, "sv")
    people = {p for p, _r, _b in found}
    assert ("Jonas Nyback", "secretary", "styrelsen") in found
    assert "Annika Östergren" not in people
    assert "Olof Nyberg" not in people
    assert "Advokatfirman Lindblad" not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_an_adjunct_professor_is_a_member(morph):
    found = seats(
        "Forskningsberedningen\n\nLedamöter:\n  • Anna Forsén, professor\n"
        "  • Johan Kuylenstedt, adj. professor\n  • Olle Lundgren, professor\n",
        "sv",
        morph,
    )
    assert ("Johan Kuylenstedt", "member", "forskningsberedningen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_the_one_who_thanks_holds_the_seat(morph):
    found = seats(
        "Förbundsstyrelsen\n\nHerbert Marklund avtackades av omvalde ordföranden Lars-Gunnar "
        "Tjärnberg. Foto: Bengt Söderlind.\n",
        "sv",
        morph,
    )
    assert ("Lars-Gunnar Tjärnberg", "chair", "förbundsstyrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_working_committee_of_officers_and_numbered_deputies(morph):
    found = seats(
        "Styrelsen väljs av medlemmarna genom poströstning. Ordföranden väljs av årsmötet.\n"
        "Styrelsen möts ca tre gånger per år. Ordförande, vice ordförande och sekreteraren "
        "utgör tillsammans arbetsutskottet som sammanträder oftare. Kontakta kansliet för att "
        "nå styrelsen.\n\n"
        "Ledamöter:\nOrdförande:\nDavid Lindqvist, Lajksjö\n\nSekreterare:\nEva Backlund, "
        "Sollefteå\n\nÖvrig ordinarie ledamot:\nSture Lyrstedt, Gävle\n\n"
        "Ersättare 1:\nAnita Öhrn, Farsta\nErsättare 2:\nLena Jonsdotter, Linköping\n",
        "sv",
        morph,
    )
    assert ("David Lindqvist", "chair", "styrelsen") in found
    assert ("Sture Lyrstedt", "member", "styrelsen") in found
    assert ("Anita Öhrn", "deputy_member", "styrelsen") in found
    assert ("Lena Jonsdotter", "deputy_member", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_titles_abbreviation_before_the_chair(morph):
    found = seats(
        "Liittojohtokunta. Liittojohtokunnan puheenjohtajana on toiminut lakit. tohtori Urho "
        "Kekkola ja jäseninä pormestari Aku Kuusinen, ekonoomi Ilmari Reinikainen ja kamreeri "
        "Emil Koposela. Liittojohtokunta on pitänyt 6 kokousta.\n",
        "fi",
        morph,
    )
    assert ("Urho Kekkola", "chair", "liittojohtokunta") in found
    assert ("Ilmari Reinikainen", "member", "liittojohtokunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_representative_assembly_is_a_body_not_a_role(morph):
    found = seats(
        "Representantskapet\n\nFörbundets högsta beslutande organ är representantskapet. "
        "Representantskapets verksamhetsperiod är fyra år. Det består av 18 medlemmar.\n\n"
        "Representantskapet 2018-2021\n\n"
        "Representantskapet: Markus Kukkola, Mirja Jalonen, Liisa Rinta, Erja Valkola, Minna "
        "Ågren ja Ari Tuomisto.\n\nErsättare: Helena Salmi, Teija Kerola ja Sari Pullinen.\n",
        "sv",
        morph,
    )
    assert ("Markus Kukkola", "member", "representantskapet") in found
    assert ("Ari Tuomisto", "member", "representantskapet") in found
    assert not any(r == "representative" for _p, r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_after_till_with_the_verb_left_unsaid(morph):
    found = seats(
        "Ny styrelse\n\nDet beslutades på helgens årsmöte då också en ny styrelse tillsattes. "
        "Till föreningens nya ordförande valdes Åke Jonsson, till sekreterare Mimmi Sandgren, "
        "till kassör Monica Pettersén (saknas på bild) . Till det kom 4 ledamöter: Mats "
        "Hallgren, Eirin Andersén, Carolina Klangberg och Jane Morell.\n",
        "sv",
        morph,
    )
    assert ("Åke Jonsson", "chair", "styrelse") in found
    assert ("Mimmi Sandgren", "secretary", "styrelse") in found
    assert ("Monica Pettersén", "member", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputies_heading_one_letter_off(morph):
    found = seats(
        "Styrelse Testberget mars 2024 till mars 2025\n\n"
        "Ordförande \nUlla Pedersén\n\nLedamöter\nTord Saxén\nSören Hedlund\n\n\n"
        "Suppleater\nRitva Nordin\nCatrine Lindén\n\nRevisorer\nStig Eriksén\n",
        "sv",
        morph,
    )
    assert ("Tord Saxén", "member", "styrelse") in found
    assert ("Ritva Nordin", "deputy_member", "styrelse") in found
    assert ("Catrine Lindén", "deputy_member", "styrelse") in found


def test_those_present_at_an_annual_meeting_and_a_proposal_adopted(tmp_path):
    text = (
        "Protokoll fört vid årsmöte för Testbygdens Byaråd, Testgården 27 april 2009\n\n"
        "Närvarande: Stig Redén, Rolf Adamsén, Kerstin Anderberg, Berta Höglöf, Marie "
        "Bjänndahl\n\n\n"
        "§ 1 Ordförande Rolf Adamsén hälsade alla välkomna.\n\n"
        "§ 7 Val\nValberedningens representant Magdalena Håkansdotter presenterade förslaget "
        "till ny styrelse. Förslaget antogs av stämman, och den nya styrelsen ser ut som "
        "följer: Rolf Adamsén, ordförande, Eva Karlberg, Camilla Almén och Simon Gatén.\n"
    )
    found = proposed(tmp_path, text, "sv", tagger=False)
    people = {p for p, _r, _b in found}
    assert "Stig Redén" not in people
    assert "Berta Höglöf" not in people
    assert ("Rolf Adamsén", "chair", "styrelse") in found
    assert ("Simon Gatén", "member", "styrelse") in found


def test_the_meetings_secretary_in_the_sentence_after_its_chair(tmp_path):
    text = (
        "Årets föreningsstämma\n\n"
        "Mötet öppnades av styrelsens ordförande Anna-Karin Högström, och till ordförande för "
        "stämman valdes Marcus Bäckman. Till sekreterare valdes Stefan Larsson.\n\n"
        "Förslaget antogs av stämman, och den nya styrelsen ser ut som följer: Anna-Karin "
        "Högström, ordförande, Eva Karlsdotter, Camilla Almroth och Simon Gatenby.\n"
    )
    found = proposed(tmp_path, text, "sv")
    people = {p for p, _r, _b in found}
    assert ("Anna-Karin Högström", "chair", "styrelsen") in found
    assert ("Simon Gatenby", "member", "styrelsen") in found
    assert "Stefan Larsson" not in people
    assert "Marcus Bäckman" not in people

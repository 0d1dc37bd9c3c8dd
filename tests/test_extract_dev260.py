"""hytegraph extract on minutes' rolls and annual meetings' reports that the rules read wrong
or not at all:

- "Läsnä: A, B, C, D" under a body's meeting heading: a short roll (fewer names than fill
  a long line) is no heading of its own, the names are the body's members;
- "LÄSNÄ      A, B, C sekä varajäsen D" / "POISSA      E, varajäsen F", the labels padded
  apart from the names in a minutes' head, with the body named only in the text after the
  roll ("Hallituksen kokouksessa käsiteltiin …"): members and deputies, present or absent; an
  association's general meeting's roll (its members present) is no body's;
- "Ny styrelse är A, B och C", "Uusi hallitus on A, B ja C": the new body's members after the
  copula (not "Styrelsen är nöjd", nor a body with no such adjective);
- "A, B och C omvaldes på 2 år", "D och E är valda till årsmötet 2021", "… medan F omvaldes
  till årsmötet 2021, som …" in a report of an association's meeting: members of the board
  it fills (not the auditors', not a clause naming another seat);
- "Som ordförande till årsmötet 2021 valdes A": the term up to the next annual meeting
  between the office and the verb;
- "SSF:s styrelse 2016 (fr.v.): A, B (ordförande) och C": a photo label's year and order
  after the body's name; "Saknas på bilden gör D och E": the members missing from the photo;
- "Sekreterare" / A / "Rahastonhoitaja" / B: each post heads the name under it; "Bo Ek  Skicka
  epost", "Bo Ek Nyval", "Bo Ek SM0WAV", "Restauratör Bo Ek": no part of the name;
- "valdes in som suppleanter", "över ordförandeklubban till A", "omval av följande; A, B",
  "§10. Val av ordförande för X 2010 - A, Nybro, 1 år, omval": an annual meeting's seats;
  "Årsmötet startade" leaves a body named in passing; a congress's board named with its owner;
- "hoitokunta, johon kuuluvat puheenjohtajana A sekä jäseninä B ja C"; "Styrelseinformation"
  over a roll; "Medlemmar har varit" under the body just named; "Kvar från tidigare är
  ledamöterna A och B"; "Kokouksessa puheenjohtajana toimi A" (the meeting's chair).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats

SHORT_ROLL = (
    "Hallituksen kokous 4/2023\n\n"
    "Läsnä: Olli Paavola, Arto Juvonen, Göran Koreneff, Kimmo Kekäläinen\n\n"
    "1. Kokouksen avaus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_short_roll_under_a_meeting_heading_is_no_heading(morph):
    found = seats(SHORT_ROLL, "fi", morph)
    assert ("Olli Paavola", "member", "hallitus") in found
    assert ("Kimmo Kekäläinen", "member", "hallitus") in found


SHORT_ROLL_SV = (
    "Styrelsemöte 2023-05-03\n\nNärvarande: Ulla Berg, Tor Lind, Eva Holm\n\nMötet öppnades.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_short_swedish_roll_under_a_board_meeting(morph):
    found = seats(SHORT_ROLL_SV, "sv", morph)
    assert ("Ulla Berg", "member", "styrelsen") in found
    assert ("Eva Holm", "member", "styrelsen") in found


PADDED_ROLL = (
    "AIKA            Keskiviikkona 3.5.2023 klo 17.30\n\n"
    "LÄSNÄ         Matias Kaivos, Markus Alanko, Tero Keinovaara, Outi Sailo "
    "sekä varajäsen Pekka Korhonen\n\n"
    "POISSA        Risto Innanen, Jari Jokinen, varajäsen Pekka Peltonen\n\n"
    "Hallituksen kokouksessa käsiteltiin tavanomaiset esityslistan mukaiset asiat.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_padded_roll_takes_the_body_from_the_text_after_it(morph):
    found = seats(PADDED_ROLL, "fi", morph)
    assert ("Matias Kaivos", "member", "hallitus") in found
    assert ("Outi Sailo", "member", "hallitus") in found
    assert ("Pekka Korhonen", "deputy_member", "hallitus") in found
    assert ("Risto Innanen", "member", "hallitus") in found
    assert ("Pekka Peltonen", "deputy_member", "hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_general_meetings_roll_is_no_bodys(morph):
    text = (
        "Vuosikokous 12.3.2023\n\n"
        "LÄSNÄ         Matias Kaivos, Markus Alanko, Tero Keinovaara, Outi Sailo\n\n"
        "Hallituksen kokouksessa sovittiin seuraavasta kokouksesta.\n"
    )
    found = seats(text, "fi", morph)
    assert not {s for s in found if s[0] == "Markus Alanko"}


NEW_BOARD_IS = (
    "Årsmöte\n\n"
    "Årsmötet med föreningen besöktes av ett 50-tal medlemmar.\n\n"
    "Ny styrelse är Jerry Bengt, Kaeth Garde, Agneta Hahn och Anders Wint med museets chef "
    "Cecilia Wide som adjungerad.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_new_boards_members_after_the_copula(morph):
    found = seats(NEW_BOARD_IS, "sv", morph)
    bodies = {b for p, _r, b in found if p == "Jerry Bengt"}
    assert bodies and all(b.startswith("styrelse") for b in bodies)
    assert {("Kaeth Garde", "member"), ("Anders Wint", "member")} <= {(p, r) for p, r, _b in found}
    assert not {s for s in found if s[0] == "Cecilia Wide"}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_new_finnish_boards_members_after_the_copula(morph):
    found = seats(
        "Vuosikokous\n\nUusi hallitus on Matti Virta (pj), Liisa Laine ja Pekka Puu.\n", "fi", morph
    )
    assert ("Matti Virta", "chair", "hallitus") in found
    assert ("Pekka Puu", "member", "hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_with_no_adjective_before_the_copula_is_no_list(morph):
    found = seats("Årsmöte\n\nStyrelsen är nöjd med året. Bo Ek tackade.\n", "sv", morph)
    assert not found


REELECTED = (
    "Rapport från årsmötet 2020\n\n"
    "Årsmötet ägde rum den 19 oktober.\n\n"
    "Ingrid Anders, Signe Sköld valdes till ordinarie ledamöter till årsmötet 2022, medan "
    "David Lars omvaldes till årsmötet 2021, som resultat av ett beslut. Eva Frisk, Åke Danér "
    "och Guy Ramb är valda till årsmötet 2021. Som ordförande till årsmötet 2021 valdes Tommy "
    "Lindq.\n\n"
    "Marianne Ceder, Louise Arke och Britten Back omvaldes på 2 år. Bland revisorerna kvarstår "
    "Ann Jöns 1 år medan Arne Ekstr och Johanna Hål omvaldes på 2 år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_reelected_with_no_seat_at_a_meeting_are_its_boards(morph):
    found = seats(REELECTED, "sv", morph)
    for name in ("David Lars", "Eva Frisk", "Guy Ramb", "Marianne Ceder", "Britten Back"):
        assert (name, "member", "styrelsen") in found
    assert ("Tommy Lindq", "chair", "styrelsen") in found
    assert ("Ingrid Anders", "member", "styrelsen") in found
    # the auditors re-elected hold no seat
    assert not {s for s in found if s[0] in ("Arne Ekstr", "Johanna Hål", "Ann Jöns")}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_reelection_with_no_meeting_said_is_not_read(morph):
    found = seats("Föreningen\n\nKent Ekl och Bo Lindh omvaldes på 2 år.\n", "sv", morph)
    assert not found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_photo_labels_year_and_order_before_the_colon(morph):
    found = seats(
        "Verksamhetsberättelse 2016\n\n"
        "SSF:s styrelse 2016 (fr.v.): Fredrik Norr, Arne Lasse, Anders Sell (ordförande) och "
        "Hans Ramm.\n",
        "sv",
        morph,
    )
    assert ("Anders Sell", "chair", "ssf:s styrelse") in found
    assert ("Hans Ramm", "member", "ssf:s styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_those_missing_from_the_photo_said_first(morph):
    found = seats(
        "Verksamhetsberättelse 2016\n\n"
        "Föreningens styrelse 2016 (fr.v.): Fredrik Norr, Arne Lasse, Anders Sell (ordförande) "
        "och Hans Ramm. Saknas på bilden gör Therese Brodd och Karin Malm.\n",
        "sv",
        morph,
    )
    assert ("Anders Sell", "chair", "föreningens styrelse") in found
    assert ("Karin Malm", "member", "föreningens styrelse") in found
    assert ("Therese Brodd", "member", "föreningens styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_over_a_name_heads_that_name_not_the_one_above(morph):
    text = "Hallitus\n\nSihteeri\nAino Ekman\nRahastonhoitaja\nBo Lindqvist\nJäsenet\nEva Salo\n"
    found = seats(text, "fi", morph)
    assert ("Aino Ekman", "secretary", "hallitus") in found
    assert ("Bo Lindqvist", "member", "hallitus") in found
    assert ("Bo Lindqvist", "secretary", "hallitus") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committees_chair_over_a_name_among_cards(morph):
    text = (
        "Hallitus\n\n"
        "Presidentti\nTapani Kailo\nSihteeri\nTopi Viitala\nTiedotussihteeri\nReijo Koski\n"
        "II tiedotussihteeri\nSeppo Mäkelä\nAktiviteettitoimik. pj\nHemmo Lehto\n"
        "Ohjelmatoimik. pj\nHarri Aalto\n"
    )
    found = seats(text, "fi", morph)
    assert ("Seppo Mäkelä", "chair", "hallitus") not in found
    assert ("Hemmo Lehto", "chair", "hallitus") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_link_to_write_to_the_person_is_no_part_of_the_name(morph):
    text = (
        "Styrelse\n"
        "  Ordförande: Bo Rosenlund  Skicka epost\n"
        "  Kassör: Claes Olsén\n"
        "  Sekreterare: Håkan Jönsén  Skicka epost\n"
        "  Ledamot: Anne Rosenlund\n"
        "  Ledamot: Cecilia Jörle\n"
    )
    found = seats(text, "sv", morph)
    assert ("Bo Rosenlund", "chair", "styrelse") in found
    assert ("Håkan Jönsén", "secretary", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_in_as_deputies(morph):
    text = (
        "Årsmöte\n\nIkväll har vi haft vårt årsmöte. Efter 28 år som ordförande lämnade Leif "
        "Sandén över ordförandeklubban till Cecilia Lindkvist. Sussie Berggren och Jonas Lundh "
        "valdes in som suppleanter. Eva Holmén invaldes som ny ledamot.\n"
    )
    found = seats(text, "sv", morph)
    assert ("Sussie Berggren", "deputy_member", "styrelsen") in found
    assert ("Jonas Lundh", "deputy_member", "styrelsen") in found
    assert ("Eva Holmén", "member", "styrelsen") in found
    assert ("Cecilia Lindkvist", "chair", "styrelsen") in found
    assert not {s for s in found if s[0] == "Leif Sandén"}


@pytest.mark.parametrize("morph", MORPHS)
def test_the_meeting_said_again_leaves_a_body_named_in_passing(morph):
    text = (
        "Årsmöte 2018\n\n"
        "Onsdagen den 28 februari 2018 hade föreningen sitt årsmöte.\n\n"
        "Kvällens program inleddes med att Elin Gustafsson, ordförande i Kultur & "
        "Fritidsnämnden, berättade om anläggningen.\n\n"
        "Årsmötet startade 19.00. Verksamheten har en stabil ekonomi.\n\n"
        "Margareta Stedt valdes till ordförande på ytterligare ett år. Lars Bäckman och "
        "Elisabet Hammar omvaldes på två år.\n"
    )
    found = seats(text, "sv", morph)
    assert ("Margareta Stedt", "chair", "styrelsen") in found
    assert ("Lars Bäckman", "member", "styrelsen") in found
    assert not {s for s in found if s[0] != "Elin Gustafsson" and "nämnd" in s[2]}


SEAT_ITEMS = (
    "Protokoll fört vid årsmöte 2010\n\n"
    "§3. Val av ordförande att leda årsmötesförhandlingarna: Sittande\n\n"
    "§4. Val av sekreterare för mötet: Ordföranden valdes\n\n"
    "§5. Val av justerare av årsmötesprotokollet: Chris Alén, Alf Olsén\n\n"
    "§10.Val av ordförande för GAF 2010 – Jörgen Daniel, Nybro, 1 år, omval\n\n"  # noqa: RUF001
    "§11.Val av vice ordförande 2010 – Fred Johanson, Åseda, 1 år, omval\n\n"  # noqa: RUF001
    "§12. Val av kassör 2010 – Christer Alén, Färjestaden, 1 år, omval\n\n"  # noqa: RUF001
    "§14. Val av sekreterare 2010: Vakant, sköts av ordföranden,\n\n"
    "§15. Val av övriga styrelseledamöter för 2010: Claes Martin,\n"
    "Sydkorea/Kalmar, 1 år, omval, Martin Nilsén, Färjestaden, 1 år, omval.\n\n"
    "§16. Val av suppleanter i styrelsen: Staffan Johanson, Mönsterås, 1 år, omval\n\n"
    "§17. Val av föreningsrevisor för 2010: Sigvard Matt, Växjö, 1 år, omval.\n\n"
    "§18. Val av valberedning för 2010: Ordinarie Rose Johnsén, Broddaremåla, 1 år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_annual_meetings_items_each_electing_a_seat(morph):
    found = seats(SEAT_ITEMS, "sv", morph)
    assert ("Jörgen Daniel", "chair", "styrelsen") in found
    assert ("Fred Johanson", "vice_chair", "styrelsen") in found
    assert ("Christer Alén", "member", "styrelsen") in found
    assert ("Claes Martin", "member", "styrelsen") in found
    assert ("Martin Nilsén", "member", "styrelsen") in found
    assert ("Staffan Johanson", "deputy_member", "styrelsen") in found
    assert ("Rose Johnsén", "member", "valberedningen") in found
    # the meeting's officers, those who check the minutes and the auditor hold no seat
    assert not {s for s in found if s[0] in ("Chris Alén", "Alf Olsén", "Sigvard Matt")}


@pytest.mark.parametrize("morph", MORPHS)
def test_seats_in_the_essive_before_names_the_body_points_back_to(morph):
    text = (
        "Tiekunnan vuosikokous pidettiin toukokuussa. Tien asioita hoitaa hoitokunta, johon "
        "kuuluvat puheenjohtajana Heikki Paasi sekä jäseninä Erkki Iivo, Heikki Kuusi ja Timo "
        "Tommi.\n"
    )
    found = seats(text, "fi", morph)
    assert ("Heikki Paasi", "chair", "hoitokunta") in found
    assert ("Erkki Iivo", "member", "hoitokunta") in found
    assert ("Timo Tommi", "member", "hoitokunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_reelection_said_as_a_noun_before_the_names(morph):
    text = (
        "Årsmöte\n\nNyligen höll föreningen sitt årsmöte. Vid årsmötet valdes Stefan Vik in som "
        "ny styrelseledamot. I övrigt blev det omval av följande; Kamilla Utterberg, Mari "
        "Ramnell och Roland Ekberg. Omval av revisorer: Kent Lind och Bo Ek.\n"
    )
    # (the board as "styrelse" or "styrelsen", one noun with and without its ending)
    found = {(p, r, b.removesuffix("n")) for p, r, b in seats(text, "sv", morph)}
    assert ("Stefan Vik", "member", "styrelse") in found
    assert ("Kamilla Utterberg", "member", "styrelse") in found
    assert ("Roland Ekberg", "member", "styrelse") in found
    assert not {s for s in found if s[0] in ("Kent Lind", "Bo Ek")}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_congress_fills_the_board_named_with_its_owner(morph):
    text = (
        "Förbundet höll förbundsstämma den 12 maj. Håkan Hedén valdes om till ordförande och "
        "två nya ledamöter valdes in: Carina Vib och Ann Magnusén.\n\n"
        "Testförbundets förbundsstyrelse 2019–2021\n\n"  # noqa: RUF001
        "Håkan Hedén, Västsverige, förbundsordförande\n"
        "Carina Vib, Västernorrland\n"
        "Ann Magnusén, Norrbotten\n"
    )
    found = seats(text, "sv", morph)
    bodies = {b for p, _r, b in found if p in ("Carina Vib", "Ann Magnusén")}
    assert bodies == {"testförbundets förbundsstyrelse"}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_boards_information_names_its_minutes_not_a_body(morph):
    text = (
        "Styrelseinformation 2022-06-20\n\n"
        "Närvarande: Lena Berg, ordförande; Ylva Edgrén, vice ordförande; Ingrid Olsén, "
        "sekreterare; Ulrika Karlén, kassör; Ann Hunter, suppleant.\n\n"
        "Föregående mötesprotokoll justerades.\n"
    )
    found = seats(text, "sv", morph)
    assert ("Lena Berg", "chair", "styrelsen") in found
    assert ("Ann Hunter", "deputy_member", "styrelsen") in found
    assert not {s for s in found if "information" in s[2]}


@pytest.mark.parametrize("morph", MORPHS)
def test_an_elections_note_after_a_name_is_no_part_of_it(morph):
    text = (
        "Årsmöte 2023\n\nFöreningen höll årsmöte den 3 mars.\n\n"
        "15. Till styrelsesuppleanter på ett år valdes: Johan Larsén Nyval Christer Otterby "
        "Nyval\n\n"
        "Kontaktombud.\nBorås                      Omval      Carina Svenén.\n"
    )
    found = seats(text, "sv", morph)
    assert not {s for s in found if "Nyval" in s[0]}
    assert not {s for s in found if s[0] == "Carina Svenén"}


@pytest.mark.parametrize("morph", MORPHS)
def test_members_who_have_been_under_the_body_just_named(morph):
    text = (
        "Till Riksförbundet\nGå till distrikt\n\n2018\n\nVERKSAMHETSBERÄTTELSE FÖR 2018\n\n"
        "Styrelsen har haft 11 protokollförda möten.\n\n"
        "Medlemmar har varit\n\n"
        "  • Ordf Sven Hellgren\n"
        "  • Sekr Anita Nordén\n"
        "  • Kassör Helene Cardén\n"
        "  • Ledamot David Norlén\n"
        "  • Marlene Fromm\n"
        "  • Suppl Ethel Berglund\n"
        "Uthyrning\n\n"
        "10 uthyrningstillfällen till både föreningar och enskilda personer. Zumba gruppen räknas "
        "som en uthyrning men har varit i lokalen många gånger.\n"
    )
    found = seats(text, "sv", morph)
    assert ("Sven Hellgren", "chair", "styrelsen") in found
    assert ("Anita Nordén", "secretary", "styrelsen") in found
    assert ("Marlene Fromm", "member", "styrelsen") in found
    assert ("Ethel Berglund", "deputy_member", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_trade_before_a_name_in_a_list_is_no_part_of_it(morph):
    text = (
        "Förbundsstyrelsen 2023\n\n"
        "Vice ordförande: Susanna Lund, personmedlem\n"
        "Restauratör Ilkka Joki, Testby franska förening ry\n"
        "Student Jemina Korva, Bouffe ry\n"
    )
    found = seats(text, "sv", morph)
    assert ("Ilkka Joki", "member", "förbundsstyrelsen") in found
    assert ("Jemina Korva", "member", "förbundsstyrelsen") in found
    assert not {s for s in found if s[0].startswith(("Restauratör", "Student"))}


@pytest.mark.parametrize("morph", MORPHS)
def test_still_in_office_from_before_and_the_coming_years_committee(morph):
    text = (
        "Årsmöte\n\nFöreningen höll årsmöte. Som ordförande omvaldes Mikael Lagerqvist. Kvar från "
        "tidigare är ledamöterna Hans Uthberg och Staffan Önnerud, samt vice ordförande Marie "
        "Welander, som alla är valda till och med 2022. Den tidigare ledamoten Bo Ekwall "
        "avtackades.\n\n"
        "Valberedningen består inför kommande år av Ann Ericsson (sammankallande), Anders "
        "Bromén och Siri Gugge.\n"
    )
    found = seats(text, "sv", morph)
    assert ("Hans Uthberg", "member", "styrelsen") in found
    assert ("Marie Welander", "vice_chair", "styrelsen") in found
    assert ("Anders Bromén", "member", "valberedningen") in found
    assert not {s for s in found if s[0] == "Bo Ekwall"}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_call_sign_after_a_name_is_no_part_of_it(morph):
    text = (
        "Årsmöte 2023\n\nFöreningen höll årsmöte. Kvar från tidigare är ledamöterna Sven "
        "Thorén SM0WAV och Magnus Dahl SA0MAD.\n"
    )
    found = seats(text, "sv", morph)
    assert ("Sven Thorén", "member", "styrelsen") in found
    assert ("Magnus Dahl", "member", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_the_chair_at_the_meeting_holds_no_seat(morph):
    text = (
        "Yhdistyksen vuosikokous pidettiin Tampereella 26.3. Kokouksessa puheenjohtajana toimi "
        "Kari Lähdesluoma, jonka ohjauksessa kokousväki käsitteli niin sääntömääräiset asiat "
        "kuin hallituksen esittämän sääntöuudistuksenkin. "
        "Puheenjohtajaksi valittiin edelleen pastori Pekka Kivi ja uusiksi hallituksen jäseniksi "
        "valittiin Pauli Ylikoski ja Marketta Veikko.\n"
    )
    found = seats(text, "fi", morph)
    assert ("Pauli Ylikoski", "member", "hallitus") in found
    assert not {s for s in found if s[0] == "Kari Lähdesluoma"}


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_at_a_meeting_is_a_seat(morph):
    text = (
        "Säätiön hallitus kokoontui. Lauantaina 16.4. Budapestissa pidetyssä kokouksessa "
        "varapuheenjohtajaksi valittiin toimitusjohtaja Juha Tynkkö.\n"
    )
    found = seats(text, "fi", morph)
    assert {(p, r) for p, r, _b in found} == {("Juha Tynkkö", "vice_chair")}

"""hytegraph extract on dioceses' and parishes' pages, Swedish joint authorities' and
committees' protocols turned from PDF and a village association's minutes that the rules read
wrong or not at all:

- "Stiftsstyrelsen består av 12 ledamöter …" after a heading of its working committee: the
  body whose make-up the sentence gives is the one the list under it fills;
- "Ersättare i domkapitlet" / "Eva Ek, ersättare för ledamot präst/diakon:" / …: a cathedral
  chapter a body, a list's entry ending in a stray colon no label, "självskriven ordförande"
  the chair;
- "I X gemensamma kyrkofullmäktige representeras Solfs församling av :": the list's lead-in
  after the body it fills;
- "Beslutande Ulf Olsson (S) ordförande Margareta Lövgren (M) 1-e vice ordförande Annette
  Carlson (M) … Ersättare Lena Palmén (S) … Adjungerade Jana Nilsson (S) …" and "Anders
  Nyström (S) vice ordförande Annica Lundgren (S) tj ledamot …": a roll run together, each
  seat the name's before it; "Direktionsprotokoll" names the body; "Direktionen för
  kommunalförbundet" is the board;
- "Paikalla todettiin olevan:" over "A (pj), B, C …"; "6. Kotisivujen Domain-laskun maksaminen"
  names no one.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, needs_voikko, seats

DIOCESE = (
    "Stiftsstyrelsen\n\n"
    "Stiftsstyrelsen är stiftets verkställande organ.\n\n"
    "Stiftsstyrelsens arbetsutskott (AU)\n"
    " • 16 januari\n"
    " • 29 januari\n\n"
    "Stiftsstyrelsen består av 12 ledamöter med lika många ersättare. I stiftsstyrelsen är "
    "biskopen ordförande.\n\n"
    "Ordförande: Biskop Bengt Almqvist\n\n"
    " • Karin Sundell (S), förste vice ordförande\n\n"
    "Ledamöter\n\n"
    " • Bengt Almqvist, biskop\n"
    " • Karin Sundell (S)\n"
    " • Per Lindroth (C)\n"
    " • Maja Ekström (POSK)\n\n"
    "Ersättare\n\n"
    " • Olle Grip (S)\n"
    " • Sara Wiklund (C)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_body_whose_make_up_a_sentence_gives(morph):
    found = seats(DIOCESE, "sv", morph)
    assert ("Bengt Almqvist", "chair", "stiftsstyrelsen") in found
    assert ("Per Lindroth", "member", "stiftsstyrelsen") in found
    assert ("Sara Wiklund", "deputy_member", "stiftsstyrelsen") in found
    assert not any("arbetsutskott" in b for _, _, b in found)


CHAPTER = (
    "Domkapitlet\n\n"
    "I domkapitlet sitter biskopen, domprosten och fyra ledamöter som utses av "
    "stiftsfullmäktige.\n\n"
    "Domkapitlet sammansättning mandatperioden 2022-2025\n\n"
    "Ledamöter\n"
    "Biskop Anders Holm, självskriven ordförande\n"
    "Domprost Erik Sandell, vice ordförande\n"
    "Lena Åström, ledamot präst/diakon \n"
    "Inga Berglund, ledamöter vald av stiftsfullmäktige\n\n"
    "Ersättare i domkapitlet\n"
    "Maria Kron, ersättare för ledamot präst/diakon: \n"
    "Filip Nyberg, ersättare för biskop och domprost: \n"
    "Rune Dahl, ersättare vald av stiftsfullmäktige\n"
    "Jonas Hed, ersättare vald av stiftsfullmäktige\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_cathedral_chapter_its_chair_by_office_and_entries_ending_in_a_colon(morph):
    found = seats(CHAPTER, "sv", morph)
    assert ("Anders Holm", "chair", "domkapitlet") in found
    assert ("Erik Sandell", "vice_chair", "domkapitlet") in found
    assert ("Inga Berglund", "member", "domkapitlet") in found
    for name in ("Maria Kron", "Filip Nyberg", "Rune Dahl", "Jonas Hed"):
        assert (name, "deputy_member", "domkapitlet") in found
    assert not any(b == "stiftsfullmäktige" for _, _, b in found)


PARISH = (
    "Församlingsrådet leder tillsammans med kyrkoherden församlingens verksamhet.\n\n"
    "Till församlingsrådet hör under mandatperioden 2023 - 2026 följande medlemmar:\n\n"
    "Johan Lindqvist, kyrkoherde, ordförande\n\n"
    " 1. Berg Thomas\n"
    " 2. Holm Ebba\n"
    " 3. Strand Ulla\n\n"
    "I Norrby kyrkliga samfällighets gemensamma kyrkofullmäktige representeras Solby "
    "församling av :\n\n"
    " 1. Asp Monika\n"
    " 2. Bylund Christer\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_in_after_the_body_it_fills(morph):
    found = seats(PARISH, "sv", morph)
    council = {b for p, _, b in found if p in ("Thomas Berg", "Berg Thomas")}
    assert council == {"församlingsrådet"}
    joint = {b for p, _, b in found if "Asp" in p or "Bylund" in p}
    assert len(joint) == 1 and next(iter(joint)).endswith("kyrkofullmäktige")


ROLL_RUN = (
    "Sammanträdesprotokoll\n\n"
    "1 1 (20) Plats och tid Folkets hus Organ Kultur- och fritidsnämnden\n\n"
    "2 2 (20) ande Karin Sjöberg (S) ordförande Nils Wall (S) vice ordförande Anna Hult (S) "
    "tj ledamot Bo Rask (V) tj ledamot Maja Lind (S) tj ersättare Ulf Berg (M) tj ledamot "
    "Övriga deltagare Per Sand, enhetschef\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_roll_run_together_each_seat_after_its_name(morph):
    found = seats(ROLL_RUN, "sv", morph)
    body = "kultur- och fritidsnämnden"
    assert ("Karin Sjöberg", "chair", body) in found
    assert ("Nils Wall", "vice_chair", body) in found
    assert ("Anna Hult", "member", body) in found
    assert ("Maja Lind", "deputy_member", body) in found
    assert ("Ulf Berg", "member", body) in found
    assert ("Nils Wall", "chair", body) not in found


LABELLED_ROLL = (
    "Direktionsprotokoll\n\n"
    'Download "Direktionsprotokoll 2015-01-30"\n\n'
    "1 Plats och tid Borås, kl Omfattning 1-17 Beslutande Ulla Ohlin (S) ordförande Maria "
    "Lövdahl (M) 1-e vice ordförande Anna Carling (M) Stefan Karlberg (S) Claes Rydh (S) "
    "Ersättare Lena Palm (S) Lisa Dahl (S) Adjungerade Jana Nord (S) Varbergs kommun Övriga "
    "Lena Bränn, förbundsdirektör\n\n"
    "5 Enligt förbundsordningen ska Direktionen för kommunalförbundet bestå av nio ledamöter "
    "och nio ersättare. Medlemskommunerna har utsett följande ledamöter och ersättare "
    "Bollebygd Peter Roos (S) ledamot Christer Jonsson (M) ersättare Herrljunga Johnny Carl "
    "(C) ledamot Eva Abrahams (M) ersättare\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_labelled_roll_run_together_in_the_body_its_minutes_name(morph):
    found = seats(LABELLED_ROLL, "sv", morph)
    assert ("Ulla Ohlin", "chair", "direktionen") in found
    assert ("Maria Lövdahl", "vice_chair", "direktionen") in found
    assert ("Claes Rydh", "member", "direktionen") in found
    assert ("Lisa Dahl", "deputy_member", "direktionen") in found
    assert not any("Jana Nord" in p for p, _, _ in found)  # co-opted, no seat
    assert ("Peter Roos", "member", "direktionen") in found  # no municipality in the name
    assert ("Christer Jonsson", "deputy_member", "direktionen") in found
    assert not any("bestå" in b for _, _, b in found)


VILLAGE = (
    "Hallituksen kokous 27.4.17 klo 20\n\n"
    "Kylät Ry\n\n"
    "Pöytäkirja\n\n"
    "1.  Läsnäolijoiden toteaminen ja kokouksen avaaminen\n\n"
    "Päätös: Puheenjohtaja Sanna Kuusi avasi kokouksen klo 19:02. Paikalla todettiin "
    "olevan:\n\n"
    "Sanna Kuusi (pj), Pirjo Laine, Antti Salo, Markus Aho ja Tuula Kivi\n\n"
    "2.  Laillisuuden toteaminen\n\n"
    "6. Kotisivujen Domain-laskun maksaminen\n\n"
    "Päätös: Vaihdetaan laskutus.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_those_present_on_the_paragraph_under_the_label(morph):
    found = seats(VILLAGE, "fi", morph)
    assert ("Sanna Kuusi", "chair", "hallitus") in found
    assert ("Antti Salo", "member", "hallitus") in found
    assert ("Tuula Kivi", "member", "hallitus") in found


@needs_voikko
def test_an_item_title_with_a_plurals_genitive_names_no_one():
    # (the dictionary reads "Kotisivujen" as a plural's genitive; the rules reader cannot)
    found = seats(VILLAGE, "fi", None)
    assert found
    assert not any("Kotisivujen" in p for p, _, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_after_the_party_then_the_place(morph):
    text = (
        "Valnämndens ledamöter\n\n"
        "Tor Vikström (s) ordförande Korsträsk\n"
        "Anita Lindholm (s) vice ordförande Älvsbyn\n"
        "Mats Bergdahl (c) Vidsel\n\n"
        "Valnämndens ersättare\n\n"
        "Tommy Lindahl (s) Älvsbyn\n"
    )
    found = seats(text, "sv", morph)
    assert ("Tor Vikström", "chair", "valnämnden") in found
    assert ("Anita Lindholm", "vice_chair", "valnämnden") in found
    assert ("Mats Bergdahl", "member", "valnämnden") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_roll_with_seats_after_commas_and_a_meeting_room_no_body(morph):
    text = (
        "Valnämnden\n\n"
        "1 Datum: kl 15:00-17:20 Plats: Nämndrummet Hova Underskrifter Kerstin Isaksen "
        "Ordförande ande Övriga Kerstin Isaksen (M), Ordförande Elisabet Elm (S), Vice "
        "ordförande Arne Svenning (C) Monica Jobs (M) Cecilia Gustafsson (FI), Tjänstgörande "
        "ersättare Britt Nilsson, Kommunsekreterare\n\n"
        "2 Valnämndens behandlingar av personuppgifter\n"
    )
    found = seats(text, "sv", morph)
    assert not any(b.startswith("nämndrum") for _, _, b in found)
    roles = {(p, r) for p, r, _ in found}
    assert ("Kerstin Isaksen", "chair") in roles
    assert ("Elisabet Elm", "vice_chair") in roles
    assert ("Arne Svenning", "member") in roles
    assert ("Cecilia Gustafsson", "deputy_member") in roles
    assert not any(p == "Britt Nilsson" for p, _ in roles)  # the last row's seat is not hers


@pytest.mark.parametrize("morph", MORPHS)
def test_a_capitalised_label_after_a_party_is_the_next_rows(morph):
    # guard: "(C) Tjänstgörande ersättare A" labels A, it gives C's row no seat
    text = (
        "1 Protokoll Barn- och utbildningsnämnden Sammanträdesdatum Ledamöter Per Dyg (S) "
        "Gabriella Geer (S) Tore Holm (C) Petra Ek (C) Tjänstgörande ersättare Johan Palm (M) "
        "Ersättare Jonas Esk (L) Jenny Fred (C) Övriga närvarande Stig Pett, förvaltningschef\n"
    )
    found = seats(text, "sv", morph)
    assert ("Petra Ek", "deputy_member", "barn- och utbildningsnämnden") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_who_belong_to_a_committee_after_till_and_hor(morph):
    text = "Till litteraturnämnden hör Asko Mäkinen (ordf.), Heikki Kastell och Sini Mattila."
    found = seats(text, "sv", morph)
    found |= seats("Till prisnämnden 2018 hör Anton Tanner (ordf.) och Susanne Gott.", "sv", morph)
    assert ("Asko Mäkinen", "chair", "litteraturnämnden") in found
    assert ("Heikki Kastell", "member", "litteraturnämnden") in found
    assert ("Sini Mattila", "member", "litteraturnämnden") in found
    assert ("Anton Tanner", "chair", "prisnämnden") in found
    assert ("Susanne Gott", "member", "prisnämnden") in found

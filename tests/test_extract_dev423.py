"""hytegraph extract on boards that the rules read wrong or not at all:

- "Varsinaiset jäsenet" / "Varajäsenet" over a board's lines, one name a line, on a page
  whose head names another body: the board's members and deputies, not the head's;
- "Kollegiala rådgivare", "MBA Representanter" over names after the nominating committee's:
  advisers and an outside group's representatives, no seats in the committee;
- "Styrelsen har haft följande sammansättning: A, ordförande (vald 2014-2016), B kassör (…)":
  an office before a remark in brackets, and a surname in -s before the treasurer's word;
- "Nedan hittar du en sammanställning av styrelsen:" over "Roll Namn Mandatperioden börjar …"
  and rows "Ordförande A Årsmöte 2021-2022 8 okt 2023": the lead-in, the table's header and
  the rows' terms;
- "Yhdistyksen puheenjohtajaksi valittiin A ja hallitukseen hänen lisäkseen B, C ja D": the
  chair's office is the first name's; "E oli pyytänyt minua hallituksen varajäseneksi": who
  asked, no seat;
- "omvaldes A som ordförande och B, C samt D som ledamöter": the plural seat is every name of
  the run;
- "Styrelseledamöterna A och B stod i tur för omval och valdes på två år. C valdes in som ny
  ledamot": a run whose sentence goes on after "och", and the board of the paragraph's
  compound seat word;
- "Nuorisovastaava" / "Kilpailuvastaava" over cards under "Johtokunta": a duty in the board;
- "Sekreterare Daniel Ek (Allmänmedicin, Falun. Ordf i Distriktläkarföreningen)": the chair of
  another organisation said in the entry's brackets, a seat of its own (not a person's name in
  the brackets: "(pj. Aino Lindberg)").
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, all_hold, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_member_and_deputy_headings_under_the_boards_heading(morph):
    found = seats(
        "Testiliiton edustajisto\nja hallitus\n\n"
        "Edustajisto on liiton ylin päättävä elin.\n\n"
        "Edustajisto 2021-2025\n\nVarsinaiset jäsenet\n\nVarajäsenet\n\n"
        "Hallitus\n\nHallitus huolehtii liiton toiminnasta.\n\n"
        "Hallitus 2024-2025\n\n"
        "Puheenjohtaja\nMaija Pirttilä\n040 778 4313\n\n"
        "Varsinaiset jäsenet\nMika Lätinen, varapuheenjohtaja\nCarita Lindroos\n"
        "Minna Manninen\nSuvi Sivonen\n\n"
        "Varajäsenet\nElla Kälviä\nEija Ihalainen\nSofia Rantanen\nAlpo Turkki\n",
        "fi",
        morph,
    )
    assert ("Mika Lätinen", "vice_chair", "hallitus") in found
    all_hold(found, ("Carita Lindroos", "Minna Manninen", "Suvi Sivonen"), "member", "hallitus")
    all_hold(
        found, ("Ella Kälviä", "Eija Ihalainen", "Sofia Rantanen"), "deputy_member", "hallitus"
    )
    assert not any("edustajisto" in body for _person, _role, body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_advisers_and_an_outside_groups_representatives_hold_no_seat(morph):
    found = seats(
        "Valberedningen\n\n • Kristina Jennberg, sammankallande\n • Björn Wallin\n"
        " • Daniel Strömberg\n\n"
        "Kollegiala rådgivare\n\n • Sören Kerstedt\n • Anders Fritzén\n • Peter Hallberg\n\n"
        "MBA Representanter\n\n • Linda Karlberg\n • Daniel Svedberg\n",
        "sv",
        morph,
    )
    all_hold(
        found, ("Kristina Jennberg", "Björn Wallin", "Daniel Strömberg"), "member", "valberedningen"
    )
    others = {"Sören Kerstedt", "Anders Fritzén", "Peter Hallberg", "Linda Karlberg"}
    assert not any(person in others for person, _role, _body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_before_remarks_in_brackets_and_a_surname_in_s(morph):
    found = seats(
        "Styrelsen har haft följande sammansättning: Susanna Sternberg, ordförande (vald "
        "2014-2016), Oskar Nilsén, sekreterare (vald 2014-2016), Annette Backhans kassör (vald "
        "2014-2016), Katja Höglin, webmaster (vald 2014-2016) och Bodil Ström, övrig ledamot "
        "(vald 2015-2017).\n",
        "sv",
        morph,
    )
    assert ("Susanna Sternberg", "chair", "styrelsen") in found
    assert ("Oskar Nilsén", "secretary", "styrelsen") in found
    all_hold(found, ("Annette Backhans", "Katja Höglin", "Bodil Ström"), "member", "styrelsen")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_in_a_run_together_header_and_term_columns(morph):
    found = seats(
        "Valberedningen består av Heidi Albertsen, Bengt Nilsén och Linda Ekberg.\n"
        "Nedan hittar du en sammanställning av styrelsen:\n"
        "Roll Namn Mandatperioden börjar Mandatperiod slutar\n"
        "Ordförande Christer Kihlberg Årsmöte 2021-2022 8 okt 2023\n"
        "Ledamot Hanna Edman Årsmöte 2020-2021 8 okt 2023\n"
        "Ledamot Majgun Drugge Årsmöte 2021-2022 Årsmöte 2023-2024\n"
        "Suppleant Tommy Nyberg Årsmöte 2021-2022 8 okt 2023\n",
        "sv",
        morph,
    )
    assert ("Christer Kihlberg", "chair", "styrelsen") in found
    all_hold(found, ("Hanna Edman", "Majgun Drugge"), "member", "styrelsen")
    assert ("Tommy Nyberg", "deputy_member", "styrelsen") in found
    assert not any("Årsmöte" in person for person, _role, _body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_finnish_office_elected_before_the_first_name_of_a_run(morph):
    found = seats(
        "Kylälän Kirjailijat ry:n vuosikokouksessa 29.3.2025 yhdistyksen puheenjohtajaksi "
        "valittiin Pertti Sillanpää ja hallitukseen hänen lisäkseen Sari Männistö, Arja "
        "Rahkola, Kaisa Viitanen ja Inka Vilenius.\n"
        "Myös minun hallitustaipaleeni alkoi samasta kokouksesta: Jaana Ala-Hukka oli "
        "pyytänyt minua hallituksen varajäseneksi, ja siihen tehtävään lupauduin.\n",
        "fi",
        morph,
    )
    assert ("Pertti Sillanpää", "chair", "hallitus") in found
    all_hold(
        found,
        ("Sari Männistö", "Arja Rahkola", "Kaisa Viitanen", "Inka Vilenius"),
        "member",
        "hallitus",
    )
    assert not any(person == "Jaana Ala-Hukka" for person, _role, _body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_plural_seat_after_som_is_every_name_of_its_run(morph):
    found = seats(
        "Förra veckan höll Skånes Testförbund årsmöte. När det var dags för styrelseval så "
        "omvaldes Mikael Latorp som ordförande och Angelica Rasmusén, Patrik Larsén samt "
        "Isabelle Nilsén som ledamöter.\n",
        "sv",
        morph,
    )
    assert ("Mikael Latorp", "chair", "styrelse") in found
    all_hold(found, ("Angelica Rasmusén", "Patrik Larsén", "Isabelle Nilsén"), "member", "styrelse")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_compound_seat_run_and_a_new_member_in_its_paragraph(morph):
    found = seats(
        "På lördagen avslutades Svenska Testförbundets förbundsmötesdagar i Göteborg.\n\n"
        "Styrelseledamöterna Marie Hedman och Odd Swartling stod i tur för omval och valdes på "
        "två år. Emil Holmberg valdes in som ny ledamot medan Johanna Larsén lämnade sitt "
        "uppdrag.\n",
        "sv",
        morph,
    )
    all_hold(found, ("Marie Hedman", "Odd Swartling", "Emil Holmberg"), "member", "styrelse")
    assert not any(person == "Johanna Larsén" for person, _role, _body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_duties_over_cards_under_the_boards_heading(morph):
    found = seats(
        "Johtokunta\n\n"
        "Puheenjohtaja, talousvastaava\n\nMervi Holsti (mervi.holsti [ät] example.fi, p.)\n\n"
        "Nuorisovastaava\n\nTarja Jokela (tarja.jokela [ät] example.fi, p.040-9105525)\n\n"
        "Kilpailuvastaava\n\nAnnukka Gummerus (annukka [ät] example.fi, p.040-5484787)\n",
        "fi",
        morph,
    )
    assert ("Mervi Holsti", "chair", "johtokunta") in found
    all_hold(found, ("Tarja Jokela", "Annukka Gummerus"), "member", "johtokunta")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_held_elsewhere_in_the_brackets_after_an_entry(morph):
    found = seats(
        "Styrelse\n\n"
        " • Ordförande Linda Karlsson (Rehabiliteringsmedicin, Falun)\n"
        " • Sekreterare Daniel Svensson (Allmänmedicin, Falun. Ordf i Distriktläkarföreningen)\n"
        " • Ledamot Emelie Svanberg (Barnmedicin, Falun. Ordf Sjukhusläkarna Dalarna)\n"
        " • Ledamot Bo Lindqvist (pj. Aino Lindberg)\n",
        "sv",
        morph,
    )
    assert ("Daniel Svensson", "secretary", "styrelse") in found
    assert ("Daniel Svensson", "chair", "distriktläkarföreningen") in found
    assert ("Emelie Svanberg", "chair", "sjukhusläkarna dalarna") in found
    assert ("Bo Lindqvist", "member", "styrelse") in found
    assert not any(body == "aino lindberg" for _person, _role, body in found)

"""hytegraph extract on parish minutes turned from PDF, a university's committee page and a
union's board table that the rules read wrong or not at all:

- "Läsnä Kujanpää, Antti puheenjohtaja Hörkkö, Jouni … Lyytikäinen, Elvi vara … Sume, Sari
  sihteeri Poissa Lahtinen, Pia …": names written "Surname, Firstname" run together, each with
  its post, the absent members too; the others' seats said in the genitive ("yht.
  kirkkovaltuuston puheenjohtaja"); the minutes' body named with a capitalised adjective
  ("… PÖYTÄKIRJA 1/2014 Yhteinen kirkkoneuvosto Kokous");
- "Rektorsråd Kristina Edström, ordförande" / "Professor Richard Benner, vetenskapsområdet för
  humaniora och" / "samhällsvetenskap" / "Professor Karl Michaëlsson, …" / "Kontaktperson:
  Kim von Hackwitz": a title "-råd" is no council, a job title opens a line of its own (not
  the job of the name above), a line wrapped after "och" goes on, a name with "ë" is a name,
  and a contact holds no seat;
- "Ordinarie medlemmar Suppleanter" / "Irma Wilenius, Ål.Lärarförening Niklas Wasén,
  Ål.Lärarförening": a members' and deputies' table run together with single spaces.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats

PARISH = (
    "Seurakuntaneuvosto PÖYTÄKIRJA 7 / 2012 Aika 9.10.2012 klo 18.00-20 Paikka Viherlaakson "
    "kappeli Läsnä Kujanpää, Antti puheenjohtaja Hörkkö, Jouni Kiljunen, Hanna Kotro, Kimmo "
    "Lyytikäinen, Elvi vara Ristimäki, Anu (lähti klo 19.50 75 aikana) Rytkönen, Helena Sume, "
    "Sari sihteeri Poissa Lahtinen, Pia Nokelainen, Marja-Liisa KOKOUKSEN AVAUS Puheenjohtaja "
    "avasi kokouksen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_names_written_surname_comma_first_name_run_together(morph):
    found = seats(PARISH, "fi", morph)
    body = "seurakuntaneuvosto"
    assert ("Antti Kujanpää", "chair", body) in found
    for name in ("Jouni Hörkkö", "Hanna Kiljunen", "Anu Ristimäki", "Helena Rytkönen"):
        assert (name, "member", body) in found
    assert ("Elvi Lyytikäinen", "deputy_member", body) in found
    assert ("Pia Lahtinen", "member", body) in found  # absent, still a member
    assert ("Marja-Liisa Nokelainen", "member", body) in found
    assert not any(p == "Sari Sume" for p, _, _ in found)  # the secretary: staff


@pytest.mark.parametrize("morph", MORPHS)
def test_a_joint_church_council_and_the_others_seats_in_the_genitive(morph):
    text = (
        "TAMPEREEN EV.LUT. SEURAKUNTAYHTYMÄ PÖYTÄKIRJA 1/2014 1(42) Yhteinen kirkkoneuvosto "
        "Kokous\n\n"
        "1 TAMPEREEN EV.LUT. SEURAKUNTAYHTYMÄ PÖYTÄKIRJA 1/2014 Aika Torstai klo Paikka "
        "Osallistujat Kokoushuone Rooma Jäsenet Mäkinen, Jussi puheenjohtaja Alaja, Riitta "
        "Alajoki, Asko Karhola, Anne ei läsnä 12 käsittelyn aikana Korpinen, Tapio - poistui klo "
        "18.40/ 17 käsittelyn aikana Lipponen, Varpu Miika Tomin varajäsen Poissa: Tomi, Miika "
        "Muut osallistujat Mäki, Kalle yht. kirkkovaltuuston puheenjohtaja, ei läsnä 12 "
        "käsittelyn aikana Vuorio, Juha kirkkoherra Sihteeri Antila, Päivi hallintosihteeri\n"
    )
    found = seats(text, "fi", morph)
    body = "yhteinen kirkkoneuvosto"
    assert ("Jussi Mäkinen", "chair", body) in found
    assert ("Anne Karhola", "member", body) in found
    assert ("Tapio Korpinen", "member", body) in found
    assert ("Varpu Lipponen", "deputy_member", body) in found
    assert ("Miika Tomi", "member", body) in found
    assert ("Kalle Mäki", "chair", "yhteinen kirkkovaltuusto") in found
    assert not any(p in ("Juha Vuorio", "Päivi Antila") for p, _, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_university_committees_list_of_titled_members(morph):
    text = (
        "Nämnden för forskningsinfrastruktur\n\nLedamöter:\n"
        "Rektorsråd Kristina Edström, ordförande\n"
        "Professor Richard Benner, vetenskapsområdet för teknik och naturvetenskap\n"
        "Professor Karl-Johan Lindholm, vetenskapsområdet för humaniora och\n"
        "samhällsvetenskap\n"
        "Professor Karl Michaëlsson, vetenskapsområdet för medicin och farmaci\n"
        "Överbibliotekarie Lars Burman, universitetsbiblioteket\n\n\n"
        "Kontaktperson: Kim von Hackwitz\n"
    )
    found = seats(text, "sv", morph)
    body = "nämnden för forskningsinfrastruktur"
    assert ("Kristina Edström", "chair", body) in found
    for name in ("Richard Benner", "Karl-Johan Lindholm", "Karl Michaëlsson", "Lars Burman"):
        assert (name, "member", body) in found
    assert not any(p == "Kim von Hackwitz" for p, _, _ in found)
    assert not any(b == "rektorsråd" for _, _, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_job_line_under_an_entry_is_still_no_entry(morph):
    # guard: a capitalised job and no first name under "Aino Ek, ordförande": her job
    text = (
        "Styrelse\nAino Ek, ordförande\nMuseidirektör Testby Konsthall (Regionala museer)\n"
        "Bo Lind, ledamot\n"
    )
    assert seats(text, "sv", morph) == {
        ("Aino Ek", "chair", "styrelse"),
        ("Bo Lind", "member", "styrelse"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_members_and_deputies_table_run_together_with_single_spaces(morph):
    text = (
        "Styrelsen ansvarar för föreningens förvaltning. Till styrelsen hör ordförande samt nio "
        "ordinarie medlemmar. Varje ordinarie medlem har en personlig suppleant.\n\n"
        "Ordinarie medlemmar Suppleanter\n"
        "Sune Alén, Ål.lärarförening, ordförande  \n"
        "Irma Wilenius, Ål.Lärarförening Niklas Wasén, Ål.Lärarförening\n"
        "Annett Jansson, Ål.Barnträdgårdslärare Caroline Fagerholm, Ål.Barnträdgårdslär.\n"
        "Päivi Hämelahti, Finl.Läkarförbund  Anna Sjöwall, Finl.Läkarförbund\n"
        "Kimmo Mattsson, Ål. Gymnasielärare Raili Pakanen, Ål. Gymnasielärare\n"
    )
    found = seats(text, "sv", morph)
    assert ("Sune Alén", "chair", "styrelsen") in found
    assert ("Irma Wilenius", "member", "styrelsen") in found
    assert ("Niklas Wasén", "deputy_member", "styrelsen") in found
    assert ("Caroline Fagerholm", "deputy_member", "styrelsen") in found
    assert ("Kimmo Mattsson", "member", "styrelsen") in found
    assert ("Raili Pakanen", "deputy_member", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_roll_call_with_parties_and_marks_of_presence(morph):
    # "NÄRVAROLISTA" and its columns' heads keep the page's body; "m x", "c x Tjg" after a
    # name are its party and the marks of presence and of serving
    text = (
        "Organ Barn- och skolnämnden\n\nNÄRVAROLISTA\n\n\n"
        "NAMN PARTI NÄRVARO TID VOTERING\nJa Nej Ja Nej\n\n"
        "LEDAMÖTER \n\nGöran Pettersson m x \nKjell Pihlgren m x \nPatrik Dahl c x \n\n"
        "ERSÄTTARE \n\nBino Drummond m x \nLinda Sundberg c x Tjg \n"
    )
    found = seats(text, "sv", morph)
    body = "barn- och skolnämnden"
    assert ("Kjell Pihlgren", "member", body) in found
    assert ("Patrik Dahl", "member", body) in found
    assert ("Bino Drummond", "deputy_member", body) in found
    assert ("Linda Sundberg", "deputy_member", body) in found


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_label_under_a_members_heading_with_its_term(morph):
    text = (
        "Bildningsnämnden\n\nMedlemmar 2021-2025\n\nOrdförande\n\n"
        "Laila Andersson (Kirsi Martin)\n\nViceordförande\n\n"
        "Rainer Sarviaho (Helena Wennström-Suoknuuti)\n\nFöredraganden\n\n"
        "Bildningsdirektör Eero Kling\n"
    )
    found = seats(text, "sv", morph)
    assert ("Laila Andersson", "chair", "bildningsnämnden") in found
    assert ("Rainer Sarviaho", "vice_chair", "bildningsnämnden") in found
    # the presenter: no seat
    assert not any(p == "Eero Kling" and r in ("member", "secretary") for p, r, _ in found)

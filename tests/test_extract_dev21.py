"""hytegraph extract on layouts met in the twenty-eighth and twenty-ninth held-out sets:
made-up snippets, one per mechanism."""

from __future__ import annotations

from tests.extract_snippets import key, roles


def test_a_lead_in_naming_a_body_by_a_bare_word_gives_the_list_that_body():
    # the council elected a nominating committee; the list under "I valberedningen ingår," is
    # the committee's, whichever mark ends the lead-in, not the council's
    text = (
        "Fullmäktige har sammanträtt\n\n"
        "Kommunfullmäktige i Norrvik valde Ingrid Skog till ordförande.\n\n"
        "Valberedningen föreslår vilka som ska sitta i nämnderna.\n\n"
        "I valberedningen ingår,\n\n"
        "Oskar Lund (L), ordförande i valberedningen\n\n"
        "Petra Ahl (KD), ledamot\n\n"
        "Rune Sjö, (MP) ersättare\n"
    )
    assert roles(text, "sv") == {
        (key("Ingrid Skog"), "chair", "Kommunfullmäktige"),
        (key("Oskar Lund"), "chair", "Valberedningen"),
        (key("Petra Ahl"), "member", "Valberedningen"),
        (key("Rune Sjö"), "deputy_member", "Valberedningen"),
    }


def test_a_bare_word_for_the_body_the_page_is_about_keeps_that_body():
    text = (
        "Pensionärsrådet i Norrvik\n\n"
        "I rådet sitter:\n\n"
        "Oskar Lund (L), ordförande\n\n"
        "Petra Ahl (KD), ledamot\n"
    )
    assert roles(text, "sv") == {
        (key("Oskar Lund"), "chair", "Pensionärsrådet"),
        (key("Petra Ahl"), "member", "Pensionärsrådet"),
    }


def test_minutes_attendance_with_a_time_column_gives_each_seat_to_the_name_before_it():
    # the role follows the name and the time it was there; an official's post is no seat;
    # "kv:n" puts the seat in the council; an absent member keeps the seat
    text = (
        "PÄLKÄNEEN KUNTA PÖYTÄKIRJA 4/2010 Kunnanhallitus AIKA klo 17:00-19:30\n\n"
        "OSALLISTUJAT Nimi Klo Tehtävä LÄSNÄ Virtanen Aino 17:00-19:30 puheenjohtaja "
        "Laaksonen Pekka 17:00-19:30 varapj. Lahtinen Kaisa 17:00-18:10 jäsen "
        "Mattila Juho 17:00-19:30 jäsen Salonen Eero 17:00-19:30 kv:n puheenjohtaja "
        "Niemi Sari 17:00-19:30 kunnanjohtaja, esittelijä Koivisto Anna 17:00-19:30 "
        "pöytäkirjanpitäjä POISSA Rantanen Ville jäsen\n"
    )
    assert roles(text) == {
        (key("Aino Virtanen"), "chair", "Kunnanhallitus"),
        (key("Pekka Laaksonen"), "vice_chair", "Kunnanhallitus"),
        (key("Kaisa Lahtinen"), "member", "Kunnanhallitus"),
        (key("Juho Mattila"), "member", "Kunnanhallitus"),
        (key("Eero Salonen"), "chair", "Kunnanvaltuusto"),
        (key("Ville Rantanen"), "member", "Kunnanhallitus"),
    }


def test_minutes_attendance_columns_flattened_one_after_the_other_pair_by_order():
    # the names, then their roles in the same order; a role with a body in the genitive is a
    # seat there, an official's post is none; the minutes' body is the one in the page's head
    text = (
        "LAUTAKUNTA 3/2019 Aika Tiistai 2.4.2019 klo 17.00 Paikka Sivistystalo Läsnä "
        "Rinne Oona Lehto Matti Salmi Teija (poistui klo 18.40) Kallio Arto puheenjohtaja "
        "jäsen jäsen varajäsen Muut saapuvilla olleet Hakala Veikko Vesa Pirjo Suvanto Liisa "
        "kunnanvaltuuston puheenjohtaja kunnanvaltuuston I varapj sivistysjohtaja "
        "Pöytäkirjantarkastus\n"
    )
    assert roles(text) == {
        (key("Oona Rinne"), "chair", "Lautakunta"),
        (key("Matti Lehto"), "member", "Lautakunta"),
        (key("Teija Salmi"), "member", "Lautakunta"),
        (key("Arto Kallio"), "deputy_member", "Lautakunta"),
        (key("Veikko Hakala"), "chair", "Kunnanvaltuusto"),
        (key("Pirjo Vesa"), "vice_chair", "Kunnanvaltuusto"),
    }


def test_minutes_name_comma_role_items_run_together_keep_each_role_with_its_name():
    # "x" marks who was there; the role after a name's comma is that name's, not the next
    # one's; a present name with no role is a member; an official's post is no seat
    text = (
        "PIHLAJAVEDEN KUNTA. Pöytäkirja. Lautakunta. Kokous 2 / 2016\n\n"
        "SAAPUVILLA OLLEET JÄSENET x Sanna Virta, pj. Jouni Laine, vj. x Mervi Koski, vpj. "
        "Tuomas Rauta, vj. x Helmi Pajari Oskari Niemi, vj. MUUT SAAPUVILLA OLLEET x x "
        "Ritva Kaarna, kunnanvaltuuston puheenjohtaja Kalle Ruusu, kunnanvaltuuston I "
        "varapuheenjohtaja Pauli Mäntylä, kunnanjohtaja, "
        "esittelijä LAILLISUUS\n"
    )
    assert roles(text) == {
        (key("Sanna Virta"), "chair", "Lautakunta"),
        (key("Jouni Laine"), "deputy_member", "Lautakunta"),
        (key("Mervi Koski"), "vice_chair", "Lautakunta"),
        (key("Tuomas Rauta"), "deputy_member", "Lautakunta"),
        (key("Helmi Pajari"), "member", "Lautakunta"),
        (key("Oskari Niemi"), "deputy_member", "Lautakunta"),
        (key("Ritva Kaarna"), "chair", "Kunnanvaltuusto"),
        (key("Kalle Ruusu"), "vice_chair", "Kunnanvaltuusto"),
    }


def test_a_whole_list_on_one_line_with_roles_in_parentheses():
    text = (
        "Kallioniemen nuorisovaltuusto:\n\n"
        "Iida Rantala (puheenjohtaja), Leevi Kuusela (varapuheenjohtaja), Sofia Lampi "
        "(sihteeri), Eetu Harju, Aada Tuomi ja Onni Pelto.\n"
    )
    assert roles(text) == {
        (key("Iida Rantala"), "chair", "Kallioniemen nuorisovaltuusto"),
        (key("Leevi Kuusela"), "vice_chair", "Kallioniemen nuorisovaltuusto"),
        (key("Sofia Lampi"), "secretary", "Kallioniemen nuorisovaltuusto"),
        (key("Eetu Harju"), "member", "Kallioniemen nuorisovaltuusto"),
        (key("Aada Tuomi"), "member", "Kallioniemen nuorisovaltuusto"),
        (key("Onni Pelto"), "member", "Kallioniemen nuorisovaltuusto"),
    }


def test_a_role_glued_to_the_name_in_a_flattened_table_is_the_role():
    text = (
        "Nuorisovaltuusto\n\n"
        "Kallioniemen nuorisovaltuuston jäsenet (2024-):\n\n"
        "Iida RantalaPuheenjohtaja\n"
        "Leevi KuuselaVarapuheenjohtaja\n"
        "Eetu HarjuJäsen\n"
        "Aada TuomiJäsen\n"
        "Onni PeltoVarajäsen\n"
    )
    assert roles(text) == {
        (key("Iida Rantala"), "chair", "Kallioniemen nuorisovaltuusto"),
        (key("Leevi Kuusela"), "vice_chair", "Kallioniemen nuorisovaltuusto"),
        (key("Eetu Harju"), "member", "Kallioniemen nuorisovaltuusto"),
        (key("Aada Tuomi"), "member", "Kallioniemen nuorisovaltuusto"),
        (key("Onni Pelto"), "deputy_member", "Kallioniemen nuorisovaltuusto"),
    }


def test_a_minutes_form_with_presence_marks_after_the_names():
    # officers' column headings before the names, one presence mark a name after them; the
    # heading of each section says the seat of the rest; names run together in the signatures
    # are no person
    text = (
        "SALMELAN KUNTA KOKOUSPÖYTÄKIRJA Nro 7 Kokouspaikka Kunnantalo Saapuvilla olleet "
        "Jäsenet (merkintä, kuka toimi puheenjohtajana) x = läsnä pj vpj Aila Ruotsalainen "
        "Pekka Hirvonen Sirpa Lahti Tero Vainio (x) (x) () (x) Henkilökohtaiset varajäsenet "
        "Juha Karhu Mari Koivu Eino Vaara Kaija Rinta () () () () Kunnanvaltuuston "
        "puheenjohtajisto Muut saapuvilla olleet pj I vpj Onni Kurki Elsa Nuutinen Reijo Saari "
        "(x) (x) (x) kunnanjohtaja\n\n"
        "Kokouksen pöytäkirjan tarkastajiksi valittiin kunnanhallituksen jäsenet Sirpa Lahti "
        "ja Tero Vainio.\n\n"
        "Puheenjohtaja Aila Ruotsalainen Reijo Saari\n"
    )
    # (the sentence naming the examiners writes the board as the text does, in lower case)
    got = {(person, role, body.casefold()) for person, role, body in roles(text)}
    assert got == {
        (key("Aila Ruotsalainen"), "chair", "kunnanhallitus"),
        (key("Pekka Hirvonen"), "vice_chair", "kunnanhallitus"),
        (key("Sirpa Lahti"), "member", "kunnanhallitus"),
        (key("Tero Vainio"), "member", "kunnanhallitus"),
        (key("Juha Karhu"), "deputy_member", "kunnanhallitus"),
        (key("Mari Koivu"), "deputy_member", "kunnanhallitus"),
        (key("Eino Vaara"), "deputy_member", "kunnanhallitus"),
        (key("Kaija Rinta"), "deputy_member", "kunnanhallitus"),
        (key("Onni Kurki"), "chair", "kunnanvaltuusto"),
        (key("Elsa Nuutinen"), "vice_chair", "kunnanvaltuusto"),
    }


def test_minutes_items_separated_by_dashes_and_notes_with_seats_in_another_body():
    text = (
        "HONKAMÄEN KUNTA PÖYTÄKIRJA 3/2020 Kunnanviraston kokoushuone\n\n"
        "Läsnä Ville Korpi, kunnanjohtaja, esittelijä Anni Kivelä, hallintosihteeri - "
        "Jaakko Peltola, valtuuston puheenjohtaja (poistui klo 19.25) Riitta Ylönen, "
        "valtuuston I varapuheenjohtaja - Tauno Mäkinen, valtuuston II varapuheenjohtaja "
        "ASIAT\n"
    )
    assert roles(text) == {
        (key("Jaakko Peltola"), "chair", "Valtuusto"),
        (key("Riitta Ylönen"), "vice_chair", "Valtuusto"),
        (key("Tauno Mäkinen"), "vice_chair", "Valtuusto"),
    }


def test_a_minutes_members_section_flattened_with_notes_after_names():
    text = (
        "KORPILAHDEN KUNTA Lautakunta 2.5.2014\n\n"
        "PÖYTÄKIRJA Aika: klo 18 Läsnä olleet jäsenet: Anja Rautio pj Heikki Soini 12 "
        "esteellinen Maija Tarkka Leo Juntunen Sirkka Vanhala Muut läsnäolijat: Esa Kuula "
        "sivistysjohtaja\n"
    )
    assert roles(text) == {
        (key("Anja Rautio"), "chair", "Lautakunta"),
        (key("Heikki Soini"), "member", "Lautakunta"),
        (key("Maija Tarkka"), "member", "Lautakunta"),
        (key("Leo Juntunen"), "member", "Lautakunta"),
        (key("Sirkka Vanhala"), "member", "Lautakunta"),
    }


def test_cards_with_the_role_under_the_name_give_each_role_to_the_name_above():
    text = (
        "Tarkastuslautakunta\n\n"
        "Lindqvist Anneli\n\n"
        "Puheenjohtaja\n\n"
        "Rautiainen Oskari\n\n"
        "Varapuheenjohtaja\n\n"
        "Hyvönen Marja\n\n"
        "Jäsen\n"
    )
    assert roles(text) == {
        (key("Anneli Lindqvist"), "chair", "Tarkastuslautakunta"),
        (key("Oskari Rautiainen"), "vice_chair", "Tarkastuslautakunta"),
        (key("Marja Hyvönen"), "member", "Tarkastuslautakunta"),
    }


def test_the_people_a_body_sends_elsewhere_are_not_its_members():
    text = (
        "Nuorisovaltuusto\n\n"
        "Toimikausi 2023-2025\n\n"
        "Sivistyslautakunnan edustajat:  Pirkko Aalto (varaedustaja Taneli Kurki), "
        "sihteeri Venla Räsänen\n"
    )
    assert not {r for r in roles(text) if r[2] == "Sivistyslautakunta"}


def test_a_proposal_the_text_then_says_was_accepted_names_held_seats():
    text = (
        "Valtuusto päätti valita lautakuntaan viisi jäsentä. Puheenjohtaja esitti "
        "tarkastuslautakunnan jäseniksi seuraavia henkilöitä: puheenjohtaja Oiva Kettunen, "
        "varapuheenjohtaja Aune Pesonen, jäsenet Lauri Eskelinen ja Tyyne Haapala. "
        "Ehdotus hyväksyttiin yksimielisesti.\n\n"
        "Toinen asia\n\n"
        "Puheenjohtaja esitti tekniseen lautakuntaan puheenjohtajaksi Eino Saarista. "
        "Asia jätettiin pöydälle.\n"
    )
    got = roles(text)
    assert (key("Oiva Kettunen"), "chair", "Tarkastuslautakunta") in {
        (p, r, b[:1].upper() + b[1:]) for p, r, b in got
    }
    assert not any(p == key("Eino Saarinen") for p, _, _ in got)


def test_deputies_said_to_be_in_parentheses():
    text = (
        "Valtuusto valitsi ympäristölautakunnan jäsenet ja henkilökohtaiset varajäsenet "
        "(varajäsenet suluissa): puheenjohtaja Heikki Rinne (kok), (Outi Vartiainen), "
        "jäsenet Sami Ketola (sd) (Hilkka Laine (kesk)) ja Arja Puustinen (vas) "
        "(Tomi Hakala).\n"
    )
    got = {(p, r) for p, r, _ in roles(text)}
    assert {
        (key("Heikki Rinne"), "chair"),
        (key("Outi Vartiainen"), "deputy_member"),
        (key("Sami Ketola"), "member"),
        (key("Hilkka Laine"), "deputy_member"),
        (key("Arja Puustinen"), "member"),
        (key("Tomi Hakala"), "deputy_member"),
    } <= got
    assert (key("Hilkka Laine"), "member") not in got


def test_minutes_signatures_put_the_role_after_the_name():
    text = (
        "RAUTALAMMIN KUNTA PÖYTÄKIRJA 2/2012 Kunnanvaltuusto AIKA klo 18:00-20:10\n\n"
        "OSALLISTUJAT LÄSNÄ Hiltunen Kalle 18:00-20:10 jäsen Väisänen Marja 18:00-20:10 jäsen "
        "Jokela Tapio 18:00-20:10 jäsen Pursiainen Elina 18:00-20:10 pöytäkirjanpitäjä\n\n"
        "ALLEKIRJOITUKSET Marja Väisänen Puheenjohtaja Elina Pursiainen\n"
    )
    assert roles(text) == {
        (key("Kalle Hiltunen"), "member", "Kunnanvaltuusto"),
        (key("Marja Väisänen"), "chair", "Kunnanvaltuusto"),
        (key("Tapio Jokela"), "member", "Kunnanvaltuusto"),
    }

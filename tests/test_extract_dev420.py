"""hytegraph extract on lists that the rules read wrong or not at all:

- "Naistoimikunnan jäsenet kaudella 2020 olivat Ladykapteeni A, B, C (pj.), D (tiedottaja) ja
  E": a captain's title before a name is no part of it, and an office in brackets after a name
  is that name's even when words stand between the members' word and the names;
- "Till ledamöter valdes Kyrkoherden A, Rektorn B och Handlaren C": a Swedish title in the
  definite form before a name is no part of it;
- "Föreningen Äldre IFK:are leds av en styrelse som består av:" over officers' cards, with a
  statute quoted above it that names other bodies: a colon inside a word is no label's, the
  lead-in still says whose list it is;
- "Klubbmästare" / "Materialförvaltare" over a name in a board's cards: a club's post, held by
  a member of the board;
- "Styrelseledamot" / "Personlig suppleant" over lines "A, LRF ordförande" / "B, LRF": a
  compound of the body's word as a column's seat, and an office after the organisation;
- "ABC:s styrelse 2022/2023" over the board's list, after headings of other groups: an
  abbreviation's genitive after a colon owns the body;
- "Årsstämman hade i uppgift att välja en styrelse och så här blev det." over the board's
  list: a full stop after words pointing to the list still introduces it;
- "Edelliskaudelta jatkavat A, B" after the new members of a board: those who stay on from
  the term before, in that board;
- "Till verksamhetsrevisor valdes A": an auditor, no seat nor a guess of the tagger's;
- "Mora Musikkår orkester Dalarna" under a board's list: a band's name, no person;
- "A och B fortsätter som styrelsemedlemmar i Sibbo Ungdomsförbund" after a sentence naming
  "FSU:s styrelse": the board of the organisation the sentence names, not the one before;
- "Bengt Ek avgick som Valberedningens ordförande …, och ersattes av Bo Lind." under a list
  of sums: a sentence about a name, no entry of a list;
- "Historia" / "Testby hembygdsförening bildades 1939." over a board's offices and names: the
  founders' board, no seat held on the page's date (the board under "Styrelse 2015" is);
- "SKKY:n hallitus valitsi … Ulkomuototuomareiden koulutuksesta vastaavaan toimikuntaan
  valittiin A, B ja C": a committee of its own, named with what it is responsible for, not the
  board named before.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, all_hold, needs_voikko, proposed, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_a_captains_title_and_offices_in_brackets_in_a_sentences_list(morph):
    found = seats(
        "Naistoimikunnan jäsenet kaudella 2020 olivat Ladykapteeni Saara Forsman, Annette "
        "Kaskinen, Eija Lindroos, Maarit Mattila, Merja Pielinen (pj.), Anna-Kaisa Roos "
        "(tiedottaja), Marjo Salmi (rahastonhoitaja) ja Päivi Schulman.\n",
        "fi",
        morph,
    )
    assert ("Merja Pielinen", "chair", "naistoimikunta") in found
    all_hold(
        found,
        ("Saara Forsman", "Annette Kaskinen", "Anna-Kaisa Roos", "Marjo Salmi", "Päivi Schulman"),
        "member",
        "naistoimikunta",
    )
    assert not any("Ladykapteeni" in person for person, _role, _body in found)
    assert ("Merja Pielinen", "member", "naistoimikunta") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_title_in_the_definite_form_is_no_part_of_the_name(morph):
    found = seats(
        "Till ledamöter i styrelsen valdes Kyrkoherden Bo Ekholm, Rektorn Eva Lindell och "
        "Handlaren Per Bergqvist.\n",
        "sv",
        morph,
    )
    all_hold(found, ("Bo Ekholm", "Eva Lindell", "Per Bergqvist"), "member", "styrelsen")
    assert not any(
        person.split()[0] in ("Kyrkoherden", "Rektorn", "Handlaren")
        for person, _role, _body in found
    )


_CARDS = (
    "Ur stadgarna: ”Sällskapet skall vara en länk mellan äldre medlemmar, de aktiva inom "
    "föreningen, dess styrelse och sektioner, och verka för ett kamratligt umgänge”.\n\n"
    "Sällskapet Äldre IFK:are leds av en styrelse som består av:\n\n"
    "Ordförande\nRoland Tallgren,\n0735-07 00 13\n\n"
    "Sekreterare\nChrister Lindman,\n0703-16 95 95\n\n"
    "{post}\nHåkan Petterberg,\n0709-48 20 80\n\n"
    "Kassör\nEine Fredman,\n0705-67 68 73\n"
)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("post", ["Klubbmästare", "Materialförvaltare"])
def test_a_lead_in_with_a_colon_inside_a_word_over_a_boards_cards(morph, post):
    found = seats(_CARDS.format(post=post), "sv", morph)
    assert ("Roland Tallgren", "chair", "styrelse") in found
    assert ("Christer Lindman", "secretary", "styrelse") in found
    all_hold(found, ("Håkan Petterberg", "Eine Fredman"), "member", "styrelse")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_compound_seat_column_and_an_office_after_the_organisation(morph):
    found = seats(
        "Grupp 1\nSkogsbruk inklusive transporter av virke\n\n"
        "Grupp 2\nFörädling av skogsråvara\n\n"
        "Styrelsen\n\n"
        "ABC:s styrelse 2022/2023\n\n"
        "Styrelseledamot\n\nPersonlig suppleant\n\n"
        "Sture Karlberg, LRF ordförande\n\n"
        "Sofia Backman, LRF\n\n"
        "Nils Brolin, Norra Skog\n\n"
        "Niklas Norling, Norra Skog\n\n"
        "Magnus Norman, Sågverken Mellansverige vice ordförande\n\n"
        "Ingemar Berg, Sågverken Mellansverige\n",
        "sv",
        morph,
    )
    body = "abc:s styrelse"
    assert ("Sture Karlberg", "chair", body) in found
    assert ("Magnus Norman", "vice_chair", body) in found
    assert ("Nils Brolin", "member", body) in found
    deputies = ("Sofia Backman", "Niklas Norling", "Ingemar Berg")
    all_hold(found, deputies, "deputy_member", body)
    assert not any(b.startswith("grupp") for _person, _role, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_in_closed_by_a_full_stop_that_points_to_the_list(morph):
    found = seats(
        "Årsstämman hade därför i uppgift att välja, som brukligt, en styrelse och så här "
        "blev det.\n\n"
        "Ordförande\nStefan Stenberg (omval)\n\n"
        "Ledamöter\nRaili Bergman (omval)\nFredrik Gustavsson (nyval)\nMaria Moberg (omval)\n",
        "sv",
        morph,
    )
    assert ("Stefan Stenberg", "chair", "styrelse") in found
    all_hold(found, ("Raili Bergman", "Fredrik Gustavsson", "Maria Moberg"), "member", "styrelse")


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    "lead",
    ["Edelliskaudelta jatkavat", "Viime kaudelta jatkavat", "Edellisestä hallituksesta jatkavat"],
)
def test_members_staying_on_from_the_term_before(morph, lead):
    found = seats(
        "Liiton syyskokous pidettiin 17.11.2012. Hallituksen uudet jäsenet ovat Maija "
        "Rosenlund, Risto Lehtola ja Ilkka Nisula. "
        f"{lead} Marja Hakulinen, Minna Kantola, Juha Suominen.\n",
        "fi",
        morph,
    )
    all_hold(
        found,
        ("Maija Rosenlund", "Risto Lehtola", "Ilkka Nisula", "Marja Hakulinen", "Minna Kantola"),
        "member",
        "hallitus",
    )
    assert ("Juha Suominen", "member", "hallitus") in found


@needs_voikko
def test_an_activity_auditor_is_given_no_seat(tmp_path):
    found = proposed(
        tmp_path,
        "Förbundets styrelse 2020-2022 består av\n\n"
        "  • Truls Nyberg, Bohusläns Klätterklubb \u2013 ordförande (omval)\n"
        "  • Anette Axelsson, Åredalens Klätterklubb \u2013 ordinarie (omval)\n"
        "  • Lars Lindgren, Tunaberg HKK \u2013 suppleant (omval)\n\n"
        "Till verksamhetsrevisor valdes Krister Sundin, Kvibergs Klätterklubb.\n",
        "sv",
    )
    assert ("Truls Nyberg", "chair", "förbundets styrelse") in found
    assert not any(person == "Krister Sundin" for person, _role, _body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bands_name_under_its_boards_list_is_no_person(morph):
    found = seats(
        "MORA MUSIKKÅR\nVår orkester består av ett 30-tal medlemmar.\n\n"
        "Testby Musikkår orkester Dalarna\n\n"
        "STYRELSEN 2022\nOrdförande Isak Clausson\nSekreterare: Elias Sandell\n"
        "Ledamot: Emil Karlsson\n\n"
        "Testby Musikkår orkester Dalarna",
        "sv",
        morph,
    )
    assert ("Isak Clausson", "chair", "styrelsen") in found
    assert ("Emil Karlsson", "member", "styrelsen") in found
    assert not any("Musikkår" in person for person, _role, _body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_board_members_of_the_organisation_the_sentence_names(morph):
    found = seats(
        "Johan Isaksen återvaldes som styrelsemedlem i Nylands Testförbund, samt till ersättare "
        "i FSU:s styrelse. Här kan även noteras att Cecilia Granlund och Johan Isaksen "
        "fortsätter som styrelsemedlemmar i Sibbo Testförbund.\n",
        "sv",
        morph,
    )
    assert ("Cecilia Granlund", "member", "sibbo testförbund") in found
    assert not any(
        person == "Cecilia Granlund" and body == "fsu:s styrelse" for person, _role, body in found
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sentence_about_a_name_under_a_list_of_sums_is_no_entry(morph):
    found = seats(
        "Resumé från årsmötet\n\n"
        "Camilla Öhman, ordförande i BK Testby, och Per-Arne Stenberg, fd ordförande i Norrby "
        "AIS, valdes in i ÖFF:s styrelse vid årsmötet den 3 mars. Avgick ur styrelsen gjorde "
        "Freddy Engman. Sven-Inge Arnlund omvaldes som ordförande.\n\n"
        "Årsmötet beslutade enligt styrelsens förslag att låta 2020 års resultat disponeras "
        "enligt följande:\n"
        "- 130 000 kr avsätts till en fond för behövande föreningar,\n"
        "- 260 000 kr överföres till ny räkning.\n\n"
        "Bengt Samuelsén avgick som Valberedningens ordförande efter lång och trogen tjänst, "
        "och ersattes av Anders Bengtsén.\n",
        "sv",
        morph,
    )
    assert ("Sven-Inge Arnlund", "chair", "öff:s styrelse") in found
    assert not any(person == "Bengt Samuelsén" for person, _role, _body in found)


_HISTORY = (
    "Testby Hembygdsförening\n\n"
    "{menu}"
    "Historia\n\n"
    "Testby hembygdsförening bildades 1939.\n"
    "En av initiativtagarna var dåvarande kyrkoherden Arthur Tegman.\n\n"
    "Styrelsemedlemmar\n\n"
    "Ordf\nVice ordf\nSekr\nKassör\n"
    "Arthur Tegman\nFerdinand Karlberg\nRickard Skagman\nEric Thorberg\n\n"
    "Styrelse 2015\n\n"
    "Leif Jonsson, ordf\nGunilla Karlén, sekr\nFolke Gustavsson, ledamot\n"
)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("menu", ["", "Start\nHistoria\nStyrelse\nKontakt\n\n"])
def test_a_founders_board_in_a_history_section_holds_no_seat_now(morph, menu):
    found = seats(_HISTORY.format(menu=menu), "sv", morph)
    assert ("Leif Jonsson", "chair", "styrelse") in found
    assert ("Gunilla Karlén", "secretary", "styrelse") in found
    assert ("Folke Gustavsson", "member", "styrelse") in found
    founders = {"Arthur Tegman", "Ferdinand Karlberg", "Rickard Skagman", "Eric Thorberg"}
    assert not any(person in founders for person, _role, _body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_menus_history_item_makes_no_history_section(morph):
    found = seats(
        "Etusivu\nHistoria\nHallitus\nYhteystiedot\n\n"
        "Kylälän kyläyhdistys perustettiin 1975.\n\n"
        "Hallitus\n\nPuheenjohtaja Aino Virtanen\nSihteeri Bo Lindholm\n",
        "fi",
        morph,
    )
    assert ("Aino Virtanen", "chair", "hallitus") in found
    assert ("Bo Lindholm", "secretary", "hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committee_named_by_what_it_is_responsible_for(morph):
    found = seats(
        "Kylälän Koirakerhon hallitus valitsi vuoden ensimmäisessä kokouksessaan "
        "varapuheenjohtajaksi Marja Törmälän.\n\n"
        "Ulkomuototuomareiden koulutuksesta vastaavaan toimikuntaan valittiin Kari Järvelä, "
        "Hans Lehtola ja Kirsti Lummela.\n",
        "fi",
        morph,
    )
    body = "ulkomuototuomareiden koulutuksesta vastaava toimikunta"
    all_hold(found, ("Kari Järvelä", "Hans Lehtola", "Kirsti Lummela"), "member", body)
    assert not any(person == "Kari Järvelä" and "hallitus" in b for person, _role, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_page_that_is_its_history_shows_the_board_of_its_date(morph):
    found = seats(
        "Historik\n\n"
        "Sällskapet bildades den 5 augusti 1957 på initiativ av Valdemar Dahlberg vid "
        "konstituerande styrelsemöte i stadshuset.\n\n"
        "Till sällskapets första styrelse valdes:\n\n"
        "ordförande\n\ndisponent Åke Pihlman\n\n"
        "övriga ledamöter\n\nrektor Valdemar Dahlberg\n\nläroverksadjunkt Sven Lagerman\n",
        "sv",
        morph,
    )
    assert ("Åke Pihlman", "chair", "styrelse") in found
    all_hold(found, ("Valdemar Dahlberg", "Sven Lagerman"), "member", "styrelse")

"""hytegraph extract on boards' lines of "Name, office" and on annual meetings' reports that
the rules read wrong or not at all:

- "Styrelsen" over "Ronnie Ek, ordförande, Ove Lind, vice ordf., Jan Berg, vice ordf.,": a
  run of names each with its office after a comma, under a bare body word as its heading,
  abbreviated offices and a comma closing the line allowed; two officers on a line too;
- "Carl-M. Jonsson": a first name joined to a second one's initial is a name of a list;
- "Teija Mäki, tiedottaja" among the board's officers: a duty is a member's seat (never the
  staff's "toiminnanjohtaja");
- "Christer Katus omvaldes som ledamot" at "Förbundsstämma": a meeting has no members, the
  seat is in the board the page names;
- "Till ny riksordförande valdes A", "Vice riksordförande B redogjorde …", "C omvaldes som
  rikssekreterare": an officer's post joined to the organisation's level is a seat in that
  level's board;
- the learned tagger's guess under "Nya styrelsen" after a meeting's title is the board's;
- "Styrelseval" names the board it fills; "Suppleanter; A", "Valberedning; B och C": a label
  set off by a semicolon;
- minutes that decide in the present tense ("Årsmötet beslutar, i enlighet med
  valberedningens förslag, att utse följande ledamöter till styrelsen:", "att välja A, Västra
  Gästriklands förvaltning (VSG) till ordförande"): the seats, the employer between the name
  and the office no part of it, the treasurer's seat not the proposing committee's;
- "A och B omvaldes som ordförande och vice ordförande", "A ja B valittiin
  puheenjohtajaksi ja varapuheenjohtajaksi": each name the office in its place;
- the one who "undanbett sig omval" is left to no guess wherever the page names him;
- "V ordförande: A": the vice chair's letter before the office label;
- "Nyvald till styrelsen blev A": the election said first;
- "Till styrelse i Lärarstiftelsen valdes:" over name lines, another body named further on:
  the lead-in's one body, with whose it is; "Föredragning Rådslag 1" after a blank line ends
  the list;
- "Adjungerad ledamot   A   Sundbyberg" in a padded list: co-opted, no seat; "Pga A:s timeout
  omkonstituerades styrelsen 2015-12-07:" leads in a list, no entry.

Guards: a post the page elects someone else to is no seat of the one who held it before; a
district's officer on a local association's page holds no seat in its board; a
"förbundssekreterare" named by title only may be the staff's; a post set off after a name by a
dash is not the next name's; a duty among officers stays a member's seat; "De nyvalda i
styrelsen är A och B" (a term that may begin later) is not read; job titles after names under
a heading ("Noora Ek, terveydenhoitaja; …") are no offices that take the list from the rules.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import Reader
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.tagger import _board_heading_between
from tests.extract_snippets import MORPHS, key, roles, seats

SIGNED = (
    "Farsta den 20 april 2020\n\n"
    "Styrelsen\n\n"
    "Ronnie Glysing, ordförande, Ove Marklund, vice ordf., Jan-Erik Sundquist, vice ordf.,\n\n"
    "Mats Johansson, Carl-M. Jonsson, Stefan Fransson, Göran Lilja.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_with_offices_under_a_bare_board_heading(morph):
    found = seats(SIGNED, "sv", morph)
    assert ("Ronnie Glysing", "chair", "styrelsen") in found
    assert ("Ove Marklund", "vice_chair", "styrelsen") in found
    assert ("Jan-Erik Sundquist", "vice_chair", "styrelsen") in found
    # the abbreviated vice chair is no chair
    assert ("Ove Marklund", "chair", "styrelsen") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_first_name_with_a_second_ones_initial_in_a_list(morph):
    found = seats(SIGNED, "sv", morph)
    assert ("Carl-M. Jonsson", "member", "styrelsen") in found
    assert ("Mats Johansson", "member", "styrelsen") in found
    assert ("Göran Lilja", "member", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_two_officers_on_a_line_closed_by_a_comma(morph):
    found = seats(
        "Styrelsen\n\nRonnie Glysing, ordförande, Ove Marklund, vice ordförande,\n", "sv", morph
    )
    assert ("Ronnie Glysing", "chair", "styrelsen") in found
    assert ("Ove Marklund", "vice_chair", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_duty_among_the_officers_is_a_members_seat(morph):
    found = seats(
        "Hallitus\n\n"
        "Hannele Inkinen, puheenjohtaja ja tiedottaja, Jorma Hiltunen, varapuheenjohtaja, "
        "Kaisu Iivonen, sihteeri ja varainhoitaja, Teija Sipiläinen, tiedottaja, Sirpa Suvanto, "
        "Raimo Suni ja Tarja Tonteri.\n",
        "fi",
        morph,
    )
    assert ("Hannele Inkinen", "chair", "hallitus") in found
    assert ("Kaisu Iivonen", "secretary", "hallitus") in found
    assert ("Teija Sipiläinen", "member", "hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_the_staffs_director_among_the_officers_gets_no_seat(morph):
    found = seats(
        "Hallitus\n\n"
        "Hannele Inkinen, puheenjohtaja, Jorma Hiltunen, varapuheenjohtaja, Kaisu Iivonen, "
        "sihteeri, Teija Sipiläinen, toiminnanjohtaja.\n",
        "fi",
        morph,
    )
    assert ("Jorma Hiltunen", "vice_chair", "hallitus") in found
    assert not any(p == "Teija Sipiläinen" for p, _r, _b in found)


MEETING = (
    "Riksstämma 2021\n\n"
    "Uppslutningen var god när stämman öppnades av riksordförande Börje Svärdström.\n\n"
    "Vice riksordförande Lasse Lindström redogjorde för riksstyrelsens ståndpunkt.\n\n"
    "Till ny riksordförande valdes Roger Hansson. Christel Berg omvaldes som rikssekreterare "
    "ytterligare två år. Christer Katus omvaldes som ledamot i två år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_elected_at_a_meeting_sits_in_the_pages_board(morph):
    found = seats(MEETING, "sv", morph)
    assert ("Christer Katus", "member", "riksstyrelsen") in found
    assert not any(b.endswith("stämma") for _p, _r, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_joined_to_the_level_are_seats_in_its_board(morph):
    found = seats(MEETING, "sv", morph)
    assert ("Roger Hansson", "chair", "riksstyrelsen") in found
    assert ("Lasse Lindström", "vice_chair", "riksstyrelsen") in found
    assert ("Christel Berg", "secretary", "riksstyrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_the_chair_before_the_one_elected_holds_no_seat(morph):
    found = seats(MEETING, "sv", morph)
    assert not any(p == "Börje Svärdström" for p, _r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_districts_officer_on_a_local_page_is_no_board_seat(morph):
    found = seats(
        "Årsmöte i HRF Åre\n\nStyrelsen omvaldes i sin helhet.\n\n"
        "Distriktsordförande Mats Hult informerade om ljudmiljökampanjen.\n",
        "sv",
        morph,
    )
    assert not any(p == "Mats Hult" for p, _r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_federations_secretary_named_by_title_only_gets_no_seat(morph):
    found = seats(
        "Förbundsstämma\n\nFörbundsstyrelsen lade fram sin berättelse.\n\n"
        "Förbundssekreterare Björn Almark presenterade bokslutet.\n",
        "sv",
        morph,
    )
    assert not any(p == "Björn Almark" for p, _r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_set_off_after_a_name_is_not_the_next_ones(morph):
    found = seats(
        "Riksstämma\n\nRiksstyrelsen: Marianne Halling \u2013 1:e vice riksordförande Marlene "
        "Jonsson \u2013 2:e vice riksordförande Inga Cederberg \u2013 rikskassör\n",
        "sv",
        morph,
    )
    # (Inga Cederberg is the treasurer the post after her name says, not the vice chair the
    # post before it would make her)
    assert ("Inga Cederberg", "vice_chair", "riksstyrelsen") not in found


def test_the_taggers_body_after_a_meetings_title_is_the_board_heading():
    reader = Reader(lexicon("sv"), morphology("rules"))
    text = (
        "Kårstämma 2016\n\nStämman rullade på.\n\nNya styrelsen\n"
        "De två ledamöterna Karin Isaksson och Heléne Svensson valdes om.\n"
    )
    body = _board_heading_between(reader, text, 0, text.index("Karin"))
    assert body is not None and body.name == "Styrelsen"
    # guard: with no board's heading between, no body
    assert _board_heading_between(reader, text, 0, text.index("Stämman rullade")) is None
    # a Finnish heading's own word, not another board's
    fi = "Vuosikokous 2016\n\nJohtokunta\nJäseniksi valittiin Aino Ek ja Bo Lind.\n"
    body = _board_heading_between(
        Reader(lexicon("fi"), morphology("rules")), fi, 0, fi.index("Aino")
    )
    assert body is not None and body.name == "Johtokunta"


ELECTION = (
    "Årsmöte 2020\n\nStyrelseval\n"
    "Till ordförande för 2020 omvaldes Katarina Bladh. Som ledamöter för två år omvaldes: "
    "Nicklas Bladh, Vråna och Lars Johansson, Torpa.\n"
    "Suppleanter; Rolf Kleinhans Bukowski, omval.\n"
    "Till revisorer omvaldes Bernth Enghardt och Lars Viktorsson. Valberedning; Britt-Marie "
    "Melander (sammankallande) och Mona-Lis Knutsson.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_boards_election_in_one_word_names_the_board(morph):
    found = seats(ELECTION, "sv", morph)
    assert ("Nicklas Bladh", "member", "styrelse") in found
    assert ("Lars Johansson", "member", "styrelse") in found
    assert not any(b == "styrelseval" for _p, _r, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_label_set_off_by_a_semicolon(morph):
    found = seats(ELECTION, "sv", morph)
    assert ("Rolf Kleinhans Bukowski", "deputy_member", "styrelse") in found
    assert ("Britt-Marie Melander", "member", "valberedning") in found
    assert ("Mona-Lis Knutsson", "member", "valberedning") in found
    # guard: the auditors are elected in the same sentence's run, no seat
    assert not any(p == "Bernth Enghardt" for p, _r, _b in found)


MINUTES = (
    "4.   Verksamhetsberättelse\n\n"
    "Pernilla Fahlstedt (kassör) informerar om föregående års resultat.\n\n"
    "6.   Fråga om ansvarsfrihet\n\nÅrsmötet beslutar att ge styrelsen ansvarsfrihet.\n\n"
    "7.   Val av ordförande för ett år\n\n"
    "Årsmötet beslutar, i enlighet med valberedningens förslag, att välja Anna Bredberg, "
    "Västra Gästriklands samhällsbyggnadsförvaltning (VSG) till ordförande.\n\n"
    "8.   Val av ledamöter i styrelsen\n\n"
    "Årsmötet beslutar, i enlighet med valberedningens förslag, att utse följande ledamöter "
    "till styrelsen:\n\n"
    "Pernilla Fahlstedt, Ängelholms kommun omval för två år\n\n"
    "Eva Kinnvall, Skellefteå kommun omval för två år\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_that_decide_in_the_present_tense(morph):
    found = seats(MINUTES, "sv", morph)
    assert ("Pernilla Fahlstedt", "member", "styrelsen") in found
    assert ("Eva Kinnvall", "member", "styrelsen") in found
    # guard: the treasurer's seat is the board's, not the proposing committee's
    assert not any(b.startswith("valbered") for _p, _r, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_employer_between_the_name_and_the_office(morph):
    found = seats(MINUTES, "sv", morph)
    assert ("Anna Bredberg", "chair", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_two_names_two_offices_in_the_same_order(morph):
    found = seats(
        "Årsmöte\n\nStyrelsen redovisade året.\n\nSune Fogelström och Jan-Eric Eriksson "
        "omvaldes som ordförande och vice ordförande.\n",
        "sv",
        morph,
    )
    assert ("Sune Fogelström", "chair", "styrelsen") in found
    assert ("Jan-Eric Eriksson", "vice_chair", "styrelsen") in found
    assert ("Jan-Eric Eriksson", "chair", "styrelsen") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_two_names_two_offices_in_finnish(morph):
    found = seats(
        "Vuosikokous\n\nMatti Virtanen ja Liisa Korhonen valittiin puheenjohtajaksi ja "
        "varapuheenjohtajaksi. Hallitukseen valittiin Pekka Mäki.\n",
        "fi",
        morph,
    )
    assert ("Matti Virtanen", "chair", "hallitus") in found
    assert ("Liisa Korhonen", "vice_chair", "hallitus") in found


def test_the_one_who_declined_reelection_is_left_to_no_guess():
    text = (
        "Årsmötesförhandlingarna leddes av ordförande Martin Neuman.\n"
        "Till ordförande för 2018-2019 nyvaldes Marie Andersson då Martin Neuman undanbett "
        "sig omval.\n"
    )
    from tests.extract_snippets import walked

    walk = walked(text, "sv", "rules")
    first = text.index("Martin Neuman")
    assert any(a <= first < b for a, b in walk.no_seat)


BOARD_LABELS = (
    "Styrelsen fick förnyat förtroende och ser ut så här:\n"
    "Ordförande:    Vi fortsätter att cirkulera ordförandeskapet\n"
    "V ordförande: Birgitta Olli\n"
    "Kassör:             Bo Högstedt\n"
    "Sekreterare:   Roland Karlsson\n"
    "Ledamöter:     Susanne Malmberg\n"
    "                        Eva Åhlström\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_vice_chairs_letter_before_the_office_label(morph):
    found = seats(BOARD_LABELS, "sv", morph)
    assert ("Birgitta Olli", "vice_chair", "styrelsen") in found
    assert ("Birgitta Olli", "chair", "styrelsen") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_newly_elected_said_first(morph):
    found = seats(
        "Årsmöte\n\nAnneli Ek omvaldes för ett år. Nyvald till styrelsen blev Veasna Bun.\n",
        "sv",
        morph,
    )
    assert ("Veasna Bun", "member", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_the_newly_elected_whose_term_may_begin_later_are_not_read(morph):
    found = seats(
        "Höstmötet 17.11.2018\n\nDe nyvalda i styrelsen är Carita Vik (Jakobstad) och Inga "
        "Lindvall (Nykarleby).\n",
        "sv",
        morph,
    )
    assert not any(p == "Carita Vik" for p, _r, _b in found)


CONGRESS = (
    "Lärarstiftelsen\n\n"
    "Till styrelse i Lärarstiftelsen valdes:\n\n"
    "Alicia Eriksson\nAnn-Charlotte Eriksson\nKlas Holmgren\n\n"
    "Föredragning Rådslag 1\n\n"
    "9:30 Kent Andersson, redaktionskommitténs sammankallande föredrar Rådslag 1.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_in_naming_its_one_body_with_its_owner(morph):
    found = seats(CONGRESS, "sv", morph)
    assert ("Alicia Eriksson", "member", "styrelse i lärarstiftelsen") in found
    assert ("Klas Holmgren", "member", "styrelse i lärarstiftelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_numbered_items_heading_ends_the_list(morph):
    found = seats(CONGRESS, "sv", morph)
    assert not any(p.startswith("Föredragning") for p, _r, _b in found)


PADDED = (
    "Styrelsen har sedan föregående årsmöte haft följande sammansättning:\n"
    "Ordförande                         Christer Ellburg                  Järna\n"
    "Sekreterare                        Lennart Andersson             Vallentuna\n"
    "Ledamot                             Lars Nilsson                       Hässelby\n"
    "Adjungerad ledamot          Göran Hjertstedt                  Sundbyberg\n"
    "Pga Christer Ellburgs timeout omkonstituerades styrelsen 2015-12-07:\n"
    "Tillförordnad ordförande    Lennart Andersson\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_co_opted_member_in_a_padded_list_gets_no_seat(morph):
    found = seats(PADDED, "sv", morph)
    assert ("Lars Nilsson", "member", "styrelsen") in found
    assert not any(p == "Göran Hjertstedt" for p, _r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sentence_leading_in_a_list_is_no_entry(morph):
    found = seats(PADDED, "sv", morph)
    assert not any("Pga" in p for p, _r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_job_titles_after_names_under_a_heading_are_no_offices(morph):
    found = roles(
        "Rautarannan terveyden edistämisen työryhmän jäsenet\n"
        "Manninen Noora, liikuntasuunnittelija; Niemi Tuomas, terveydenhoitaja; Mäkelä Ville, "
        "terveydenhoitaja\n\nPuheenjohtajana toimii Hämäläinen Paula.\n",
        "fi",
        morph,
    )
    body = "Rautarannan terveyden edistämisen työryhmä"
    assert (key("Noora Manninen"), "member", body) in found
    assert (key("Tuomas Niemi"), "member", body) in found

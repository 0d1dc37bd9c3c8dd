"""hytegraph extract on layouts met in the hundred-and-fourth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- a page of two bodies as one-name-a-line lists, the second body's name a heading line of its
  own between blank lines right after the first body's last name, and a sentence saying which
  body elected it ("Dessa valdes av kyrkofullmäktige"): the agent of a passive verb of
  electing is the body that appoints, and the heading's body is the one listed below;
- "Name Name Name, Ordf." lines: the comma, with no party, parts a three-word name from its
  capitalised role;
- a masthead run onto one line ("Styrelse ordförande A vice ordförande B medlemmar C, D och
  E Funktionärer F, sekreterare G, ekonom …"): a role word before a name cuts the run before
  it (not one inside a member's parentheses: "A (ersättare B), C"), and the names after the
  officials' label ("Funktionärer") hold no seat;
- annual-report prose "Styrelsen har bestått av A ordförande, …, och D sekreterare.
  Medlemmar har varit E, F och G.": the last office before the full stop is read, and the
  members' sentence goes on with the board the sentence before composed;
- "Till ordförande återvaldes A och till styrelsen valdes B, C": the office is A's only;
- a minutes' sentence naming absent members with a body in a relative clause after them
  ("för vilken länsstyrelsen inte har …"): that body gets no seats.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

TWO_BODIES = (
    "Förtroendevalda\n\n"
    "Kyrkofullmäktige\n\n"
    "Kyrkofullmäktige i Norrvik sammanträder två gånger om året.\n\n"
    "Ledamöter:\n"
    "Agneta Blomqvist Holm, Ordf.\n"
    "Gustav Lindell, vice ordf.\n"
    "Sara Falk\n"
    "Tore Hedin\n"
    "Ingrid Sjöberg\n\n"
    "Ersättare:\n"
    "Olof Backman\n"
    "Maja Sundin\n\n"
    "Kyrkoråd\n\n"
    "Kyrkorådet består av fem ordinarie ledamöter.\n\n"
    "Dessa valdes av kyrkofullmäktige 10 december 2021.\n\n"
    "Ledamöter:\n"
    "Sara Falk, ordf.\n"
    "Tore Hedin, vice ordf.\n"
    "Ingrid Sjöberg\n"
    "Gustav Lindell\n\n"
    "Ersättare:\n"
    "Maja Sundin\n"
    "Olof Backman\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_heading_after_a_list_and_the_electing_body_in_passive(morph):
    got = held(TWO_BODIES, "sv", morph)
    assert ("Agneta Blomqvist Holm", "chair", "Kyrkofullmäktige") in got
    assert ("Sara Falk", "member", "Kyrkofullmäktige") in got
    assert ("Sara Falk", "chair", "Kyrkoråd") in got
    assert ("Tore Hedin", "vice_chair", "Kyrkoråd") in got
    assert ("Gustav Lindell", "member", "Kyrkoråd") in got
    assert ("Maja Sundin", "deputy_member", "Kyrkoråd") in got
    # the electing body keeps its own roles
    assert ("Sara Falk", "chair", "Kyrkofullmäktige") not in got
    assert ("Tore Hedin", "vice_chair", "Kyrkofullmäktige") not in got


ORGANISATION_UNDER_NAME = (
    "Kyrkofullmäktige\n\nLedamöter:\nSara Falk\nNorrviks kyrkoråd\nTore Hedin\nIngrid Sjöberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_right_under_a_name_is_still_whom_the_name_is_from(morph):
    # guard: no blank lines around the body's line: it does not head a new list
    got = held(ORGANISATION_UNDER_NAME, "sv", morph)
    assert ("Tore Hedin", "member", "Kyrkofullmäktige") in got
    assert not any(b.casefold().endswith("kyrkoråd") and r == "member" for _p, r, b in got)


ROLE_COLUMN = (
    "Äldrerådet\n\n"
    "Ledamöter\n"
    "Karin Dahl Socialdemokraterna Ordförande 1\n"
    "Erik Nyman Moderaterna Vice ordförande 2\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_table_of_name_party_role_lines_still_reads_two_name_words(morph):
    # guard: no comma before the role: the third word is the party's, not the name's
    got = held(ROLE_COLUMN, "sv", morph)
    assert ("Karin Dahl", "chair", "Äldrerådet") in got


MASTHEAD = (
    "Utgivare Testklubben rf Redaktör Nils Åberg Tryck Tryckeriet, upplaga 500 exemplar "
    "Styrelse ordförande Harald Qvist vice ordförande Jonas Ekberg medlemmar Pontus Rask, "
    "Vilhelm Saari, Birger Tallqvist och Kasper von Essen Funktionärer Fredrik Lindroos, "
    "sekreterare Mats Hägglund, ekonom Jonas Ekberg, klubbvärd Elias Nordgren, arkivarie "
    "Birger Tallqvist, intendent Oskar Wester, biträdande klubbvärd Klubbafton varje "
    "tisdag kl. 18.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_masthead_run_keeps_each_role_to_its_names(morph):
    got = held(MASTHEAD, "sv", morph)
    assert ("Harald Qvist", "chair", "Styrelse") in got
    assert ("Jonas Ekberg", "vice_chair", "Styrelse") in got
    assert ("Pontus Rask", "member", "Styrelse") in got
    assert ("Kasper von Essen", "member", "Styrelse") in got
    assert ("Vilhelm Saari", "chair", "Styrelse") not in got
    assert ("Birger Tallqvist", "vice_chair", "Styrelse") not in got
    # the officials after their label hold no seat
    for name in ("Fredrik Lindroos", "Mats Hägglund", "Elias Nordgren", "Oskar Wester"):
        assert not any(p == name for p, _r, _b in got), name


PLAIN_RUN = (
    "Styrelsen\n\n"
    "I styrelsen ingår ordförande Harald Qvist, Pontus Rask, Vilhelm Saari och Birger "
    "Tallqvist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_role_word_before_a_run_with_no_other_role_word_is_the_first_names(morph):
    # guard: no later role word before a name: nothing is cut, the first name keeps it
    got = held(PLAIN_RUN, "sv", morph)
    assert ("Harald Qvist", "chair") in {(p, r) for p, r, _b in got}


REPORT = (
    "Verksamhetsberättelse 2019\n\n"
    "Styrelsen har under året bestått av Arvid Holmström ordförande, Berit Lax "
    "viceordförande, Gunnar Strand kassör och Dagny Wikström sekreterare. Medlemmar har varit "
    "Edvin Rönn, Frida Ahlskog och Hilding Pått.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_report_reads_the_last_office_and_the_members_sentence_after_it(morph):
    got = held(REPORT, "sv", morph)
    assert ("Arvid Holmström", "chair", "Styrelsen") in got
    assert ("Dagny Wikström", "secretary", "Styrelsen") in got
    assert ("Gunnar Strand", "member", "Styrelsen") in got
    assert ("Edvin Rönn", "member", "Styrelsen") in got
    assert ("Hilding Pått", "member", "Styrelsen") in got


MEMBERS_OF_CLUB = (
    "Årsberättelse\n\n"
    "Föreningen ordnade tre utfärder under året. Medlemmar har varit Edvin Rönn och Frida "
    "Ahlskog på alla utfärder.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_members_sentence_after_no_composed_body_gives_no_board_seats(morph):
    # guard: the sentence before composed no body
    got = held(MEMBERS_OF_CLUB, "sv", morph)
    assert not any(b.casefold().startswith("styrelse") for _p, _r, b in got)


ELECTED = (
    "Styrelsen\n\n"
    "Till ordförande återvaldes Arvid Holmström och till styrelsen valdes Berit Lax, Gunnar "
    "Strand och Dagny Wikström.\n"
)
ELECTED_ONE_CLAUSE = (
    "Styrelsen\n\nTill ordförande för styrelsen valdes Arvid Holmström samt Berit Lax och "
    "Gunnar Strand.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_elected_first_is_not_the_next_clauses_names(morph):
    got = held(ELECTED, "sv", morph)
    assert ("Arvid Holmström", "chair") in {(p, r) for p, r, _b in got}
    assert ("Berit Lax", "member", "Styrelsen") in got
    assert ("Berit Lax", "chair", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_elected_in_one_clause_is_still_the_first_names(morph):
    # guard: one clause of election: the office is the first name's
    got = held(ELECTED_ONE_CLAUSE, "sv", morph)
    assert ("Arvid Holmström", "chair", "Styrelsen") in got


ABSENT = (
    "1 Sammanträdesprotokoll Sida 1(20) Kommunfullmäktige Plats och tid Rådhuset, Norrvik, "
    "den 3 mars 2016 Beslutande ledamöter samtliga ledamöter med undantag av Leif Ågren (M), "
    "Stina Holm (S) samt en vakant ledamotsplats för V för vilken länsstyrelsen inte har "
    "genomfört en ny sammanräkning. Justering Utses att justera Rut Berg (S)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_in_a_relative_clause_gets_no_seats(morph):
    got = held(ABSENT, "sv", morph)
    assert not any(b.casefold() == "länsstyrelsen" for _p, _r, b in got)


IN_AGENCY = "Länsstyrelsen\n\nStyrelsen består av Leif Ågren, Stina Holm och Rut Berg.\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_outside_a_relative_clause_still_gets_its_seats(morph):
    # guard: no "vilken" before the body: the sentence's own body
    got = held(IN_AGENCY, "sv", morph)
    assert ("Stina Holm", "member", "Länsstyrelsen") in got


PAREN_DEPUTIES = (
    "Norrby folkhälsogrupp\n\n"
    "Ordförande\n"
    "hälsovårdare Harald Qvist (ersättare Jonas Ekberg).\n\n"
    "Ledamöter\n"
    "bildningsdirektör Pontus Rask (ersättare Vilhelm Saari), bildningsdirektör Birger "
    "Tallqvist (ersättare Kasper Wester), ungdomssekreterare Elias Nordgren (ersättare Oskar "
    "Lind) och välfärdskoordinator Mats Hägglund (ersättare Fredrik Lindroos).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_in_a_members_parentheses_does_not_cut_the_run(morph):
    # guard: the role word inside parentheses is the deputy's, the run goes on past it
    got = held(PAREN_DEPUTIES, "sv", morph)
    members = {p for p, r, _b in got if r == "member"}
    assert "Birger Tallqvist" in members
    assert "Mats Hägglund" in members

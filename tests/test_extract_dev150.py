"""hytegraph extract on layouts met in the hundred-and-forty-second held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a board meeting's minutes with "Närvarande:" alone on its line and those present on the
  next line as "Name post" items set apart by runs of spaces ("Anna Berg ordf.  Bo Lind
  kassör  Eva Ek suppl."): each name holds its post's seat in the board (a treasurer or a
  name with no post a member); a post that is no seat ("tf dirigent") leaves its name out;
- a one-word label joining the board's word to a seat's ("Styrelseordförande:") is that seat;
- "Styrelsen för föreningen har haft följande sammansättning:" names the board whose list
  follows (the association's own word after "för" is no second body), also after a site's
  menu whose words name other bodies ("Projekt");
- a padded deputies' label ("Ersättare:        Nils Ek") and names alone on the lines under
  it, set in by spaces: all of them deputies;
- lines of an office or task, a name and a home town with no commas ("Ordförande Anna Berg
  Lund", "Kassör Bo Lind Täby", "Utmärkelser, hemsida Eva Ek Tumba") under a line naming the
  body's composition or under the body's bare word ("Valberedning"): each a seat in that
  body, the town no part of the name; the same lines under "Revisorer" or "Hedersledamöter"
  hold no seat;
- a run of "Name, Town" items with an office after a town ("Anna Berg, Lund, ordförande, Bo
  Lind, Täby, …"): the office is the name's before the town, not the next name's;
- an abbreviation's genitive with a colon ("TUF:s styrelse: A, B, C") names the body of the
  list after it.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

PRESENT_SPACED = (
    "Protokoll fört vid styrelsemöte TESTBY SÅNGARE  (2019-04-02)\n\n\n"
    "Närvarande:\n\n"
    "Anders Holmkvist ordf.  Per-Erik Sandgren v.ordf.  Lars Tallberg kassör   "
    "Olof Strömdahl sekr.  Gunnar Vikström tf dirigent  Nils Ekbacka ledamot    "
    "Jan Åslund suppl.\n\n\n"
    "Plats:Salen\n\n\n"
    "1.Förslag till dagordning godkändes.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_present_items_set_apart_by_runs_of_spaces(morph):
    got = held(PRESENT_SPACED, "sv", morph)
    assert ("Anders Holmkvist", "chair", "Styrelsen") in got
    assert ("Per-Erik Sandgren", "vice_chair", "Styrelsen") in got
    assert ("Lars Tallberg", "member", "Styrelsen") in got
    assert ("Olof Strömdahl", "secretary", "Styrelsen") in got
    assert ("Nils Ekbacka", "member", "Styrelsen") in got
    assert ("Jan Åslund", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_present_post_that_is_no_seat(morph):
    # the acting conductor attends: no seat in the board
    got = held(PRESENT_SPACED, "sv", morph)
    assert not any(p == "Gunnar Vikström" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_spaced_names_outside_a_board_meeting(morph):
    # no board meeting in the page's head: the line is read as before, not as the board's
    text = PRESENT_SPACED.replace("vid styrelsemöte", "vid konsert")
    got = held(text, "sv", morph)
    assert ("Anders Holmkvist", "chair", "Styrelsen") not in got


PADDED_BOARD = (
    "Hem\nKontakt\nProjekt\nKlubbrummet\nNYHETER\n\n"
    "Verksamhetsberättelse 2011\n\n"
    "Testby ungdomsförening r.f. avger verksamhetsberättelse för sitt 40:e år.\n\n \n\n"
    "Styrelsen för föreningen har haft följande sammansättning:\n\n"
    "Styrelseordförande:            Karin Sjöholm\n\n"
    "Viceordförande:                  Tomas Berglund\n\n"
    "Sekreterare:                       Lina Strand\n\n"
    "Kassör:                              Erik Nybacka\n\n"
    "Övriga medlemmar:            Johan Klemets\n\n"
    "                                         Maria Hägglund\n\n"
    "Ersättare:                           Anton Forsman\n\n"
    "                                         Sofia Granlund\n\n"
    "Ungdomsrepresentanter:     Elin Backman\n\n"
    "                                         Viktor Holmström\n\n \n\n"
    "Styrelsen har sammankommit till 8 protokollförda möten.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_board_chair_compound_label(morph):
    got = held(PADDED_BOARD, "sv", morph)
    assert ("Karin Sjöholm", "chair", "Styrelsen") in got
    assert ("Tomas Berglund", "vice_chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_board_for_the_association_after_a_menu(morph):
    got = held(PADDED_BOARD, "sv", morph)
    assert ("Lina Strand", "secretary", "Styrelsen") in got
    assert ("Erik Nybacka", "member", "Styrelsen") in got
    assert ("Maria Hägglund", "member", "Styrelsen") in got
    assert ("Elin Backman", "member", "Styrelsen") in got
    assert ("Viktor Holmström", "member", "Styrelsen") in got
    assert not any(b == "Projekt" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_padded_deputies_label_and_names_set_in_under_it(morph):
    got = held(PADDED_BOARD, "sv", morph)
    assert ("Anton Forsman", "deputy_member", "Styrelsen") in got
    assert ("Sofia Granlund", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_names_set_in_under_a_members_label(morph):
    # under "Övriga medlemmar:" the names set in stay members
    got = held(PADDED_BOARD, "sv", morph)
    assert ("Johan Klemets", "member", "Styrelsen") in got
    assert ("Maria Hägglund", "deputy_member", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_honorary_chair_label(morph):
    text = PADDED_BOARD.replace("Styrelseordförande:   ", "Hedersordförande:     ")
    got = held(text, "sv", morph)
    assert ("Karin Sjöholm", "chair", "Styrelsen") not in got


OFFICE_NAME_PLACE = (
    "TESTIDROTTENS RIKSFÖRBUND\n"
    "VERKSAMHETSBERÄTTELSE 2015\n\n"
    "Styrelsen\n"
    "Efter konstituering har styrelsen haft följande sammansättning:\n"
    "Ordförande Håkan Lindmark Lund\n"
    "Vice ordförande Stina Åberg Täby\n"
    "Sekreterare, webb Mattias Kronqvist Kalmar\n"
    "Kassör Birgit Sundell Växjö\n"
    "Utmärkelser, medaljer Ola Westerlund Tumba\n\n"
    "Hedersledamöter\n"
    "Hedersledamot Rune Fagerlund Täby\n"
    "Hedersledamot Sten Malmgren Borås\n"
    "Hedersledamot Agneta Rydell Ystad\n\n"
    "Valberedning\n"
    "Sammankallande Leif Norberg Tumba\n"
    "Ledamot Eva Lundkvist Lund\n"
    "Ledamot Kjell Hamberg Gävle\n\n"
    "Revisorer\n"
    "Ordinarie Gustav Ekdahl Lund\n"
    "Ordinarie Bengt Sjödin Borås\n"
    "Suppleant Mona Widell Täby\n"
    "Suppleant Ivar Lönn Kalmar\n\n"
    "Sammanträden\n"
    "Styrelsen har haft fem sammanträden.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_name_place_lines_under_the_composition(morph):
    got = held(OFFICE_NAME_PLACE, "sv", morph)
    assert ("Håkan Lindmark", "chair", "Styrelsen") in got
    assert ("Stina Åberg", "vice_chair", "Styrelsen") in got
    assert ("Mattias Kronqvist", "secretary", "Styrelsen") in got
    assert ("Birgit Sundell", "member", "Styrelsen") in got
    assert ("Ola Westerlund", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_office_name_place_lines_under_a_bare_body_word(morph):
    got = held(OFFICE_NAME_PLACE, "sv", morph)
    assert ("Leif Norberg", "member", "Valberedning") in got
    assert ("Eva Lundkvist", "member", "Valberedning") in got
    assert ("Kjell Hamberg", "member", "Valberedning") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_auditors_and_honorary_members_lines(morph):
    got = held(OFFICE_NAME_PLACE, "sv", morph)
    nobody = {"Rune Fagerlund", "Sten Malmgren", "Agneta Rydell", "Gustav Ekdahl",
              "Bengt Sjödin", "Mona Widell", "Ivar Lönn"}  # fmt: skip
    assert not any(p in nobody for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_such_lines_under_a_heading_naming_no_body(morph):
    text = OFFICE_NAME_PLACE.replace("Valberedning\n", "Kontakter\n")
    got = held(text, "sv", morph)
    assert ("Leif Norberg", "member", "Valberedning") not in got


NAME_TOWN_RUN = (
    "Testförbundet höll årsmöte i Borås i helgen.\n\n"
    "Mötet beslutade att utöka styrelsen. Hela den gamla styrelsen omvaldes: Gustav "
    "Hellberg, Borås, ordförande, Karin Lindqvist, Kalmar, Ulf Sandström, Ystad, och Eva "
    "Hammar, Lund. Suppleanter: Per Ågren, Täby, och Siv Nordin, Gävle.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_after_a_town_is_the_name_before(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(NAME_TOWN_RUN, "sv", morph)}
    assert ("Gustav Hellberg", "chair", "styrelsen") in got
    assert ("Karin Lindqvist", "member", "styrelsen") in got
    assert ("Karin Lindqvist", "chair", "styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_office_before_a_name_without_towns(morph):
    # no towns after the names: "ordförande, Karin Lindqvist" is read as before
    text = (
        "Testförbundet höll årsmöte i Borås.\n\n"
        "Till styrelsen valdes: ordförande Karin Lindqvist, Ulf Sandström och Eva Hammar.\n"
    )
    got = {(p, r, b.casefold()) for p, r, b in held(text, "sv", morph)}
    assert ("Karin Lindqvist", "chair", "styrelsen") in got


ABBREVIATION_CAPTION = (
    "Artikelarkiv\n\n"
    "TUF:s styrelse: Alva Granqvist, Oskar Lindell, Maja Rehnberg, Viktor Almgren, Lisa "
    "Bergsten, Johan Ekvall\n\n"
    "Förbundsmöte och nytt ungdomsförbund\n\n"
    "I samband med förbundsmötet bildades Testsportens Ungdomsförbund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_abbreviation_genitive_with_a_colon_names_the_body(morph):
    got = held(ABBREVIATION_CAPTION, "sv", morph)
    for name in ("Alva Granqvist", "Oskar Lindell", "Maja Rehnberg", "Johan Ekvall"):
        assert (name, "member", "TUF:s styrelse") in got

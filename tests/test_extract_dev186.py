"""hytegraph extract on layouts met in the hundred-and-eightieth held-out set (Swedish local
heritage, village and road associations): made-up snippets, one per mechanism, read with either
word-form reader.

- an office after "till" right after a name is that name's, as after "som" ("utsågs A till
  ordförande, B till vice ordförande, C fortsätter som kassör": B the vice chair, C no vice
  chair but a member with the treasurer's duty);
- a treasurer's post before the verb and the name ("som kassör omvaldes A", "Till kassör
  valdes A") makes the person a member of the body of the officers around it;
- a list line that is a sentence of offices each before its name ("Ordförande A, vice
  ordförande och kassör B, sekreterare C, samt övriga ledamöterna D, E och F.") gives each part
  its seat: the office before the name (of an office joined to a duty by "och", the office), a
  members' word the member's seat of the names after it;
- in minutes, the lines after a closing line of a place and a date ("Norrvik: 6/3 -11."), when
  they are only names, an office's abbreviation after a name or a label ("Justeras:"), are the
  signatures: no seats, not the last body's list.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

CONSTITUTED = (
    "Välkommen till Norrvikens byalag!\n\n"
    "Årsmötet den 4 mars valde in två nya ledamöter; Sara Lundin och Olof Berggren. På "
    "styrelsens konstituerande möte den 11 mars så utsågs Tove Ekström till ordförande, "
    "Olof Berggren till vice ordförande, Gustav Wiklander fortsätter som kassör. Till ny "
    "sekreterare utsågs Sara Lundin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_after_till_is_the_name_before(morph):
    got = {(p, r) for p, r, _ in held(CONSTITUTED, "sv", morph)}
    assert ("Tove Ekström", "chair") in got
    assert ("Olof Berggren", "vice_chair") in got
    assert ("Gustav Wiklander", "vice_chair") not in got
    assert ("Gustav Wiklander", "member") in got
    assert ("Sara Lundin", "secretary") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_till_after_no_name(morph):
    # "till" opening the clause: the office is the name's after the verb
    text = (
        "Årsmötet i Norrvikens byalag hölls den 4 mars 2023.\n\n"
        "Till ordförande valdes Tove Ekström och till vice ordförande valdes Olof Berggren.\n"
    )
    got = {(p, r) for p, r, _ in held(text, "sv", morph)}
    assert ("Tove Ekström", "chair") in got
    assert ("Olof Berggren", "vice_chair") in got


RE_ELECTED = (
    "Styrelseprotokoll 2019-05-14\n\n"
    "Testbygdens Hembygdsförbund\n\n"
    "Protokoll från styrelsemöte/konstituerande styrelsemöte\n\n"
    "Berga bygdegård 2019-05-14\n\n"
    "Närvarande   Lena Holmqvist Vallby\n"
    "Erik Sandell Åsen\n"
    "Birgitta Nordqvist Backa\n"
    "Håkan Rydberg Berga\n"
    "Karin Dahl Vallby\n\n"
    " 1. Mötets öppnande\n\n"
    "Ordförande Lena Holmqvist öppnade mötet och hälsade välkommen.\n\n"
    "Protokollet från årsmötet gicks igenom.\n\n"
    "2 Val av vice ordförande, kassör och sekreterare\n\n"
    "Som vice ordförande omvaldes Erik Sandell, som kassör omvaldes Birgitta Nordqvist och "
    "som sekreterare omvaldes Håkan Rydberg.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_treasurer_before_the_verb_is_a_member(morph):
    got = {(p, r) for p, r, _ in held(RE_ELECTED, "sv", morph)}
    assert ("Birgitta Nordqvist", "member") in got
    assert ("Erik Sandell", "vice_chair") in got
    assert ("Håkan Rydberg", "secretary") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_treasurer_only_proposed(morph):
    text = RE_ELECTED.replace("som kassör omvaldes Birgitta", "som kassör föreslogs Birgitta")
    got = {(p, r) for p, r, _ in held(text, "sv", morph)}
    assert ("Birgitta Nordqvist", "member") not in got
    assert ("Erik Sandell", "vice_chair") in got


SENTENCE_LIST = (
    "Byalaget höll årsmöte den 12 mars 2023\n\n"
    "Styrelsen valdes om och ser ut så här:\n\n"
    "Ordförande Tove Ekström, vice ordförande och kassör Olof Berggren, sekreterare Sara "
    "Lundin, samt övriga ledamöterna Gustav Wiklander, Ingrid Falk och Nils Åhman.\n\n"
    "Till ersättare valdes Maja Lindroth och Emil Sjögren.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_list_line_of_offices_before_names(morph):
    got = {(p, r) for p, r, _ in held(SENTENCE_LIST, "sv", morph)}
    assert ("Tove Ekström", "chair") in got
    assert ("Olof Berggren", "vice_chair") in got
    assert ("Olof Berggren", "member") not in got
    assert ("Sara Lundin", "secretary") in got
    for name in ("Gustav Wiklander", "Ingrid Falk", "Nils Åhman"):
        assert (name, "member") in got
    assert ("Maja Lindroth", "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_list_line_of_one_officer_and_an_organisation(morph):
    text = (
        "Byalaget höll årsmöte den 12 mars 2023\n\n"
        "Styrelsen valdes om och ser ut så här:\n\n"
        "Ordförande Tove Ekström, Norrvikens skola\n"
        "Sekreterare Sara Lundin\n"
        "Ledamot Gustav Wiklander\n"
    )
    got = {(p, r) for p, r, _ in held(text, "sv", morph)}
    assert ("Tove Ekström", "chair") in got
    assert ("Sara Lundin", "secretary") in got
    assert ("Gustav Wiklander", "member") in got
    assert not any(p == "Norrvikens skola" for p, _ in got)


SIGNED_MINUTES = (
    "Årsmöte 2011\n\n"
    "Protokoll fört vid årsmötet med Norrvikens byalag den 6 mars 2011.\n\n"
    "§ 8. Valberedning.\n"
    "Till valberedning omvaldes Lars Ekman och Bo Hellström.\n\n"
    "§ 9.\n"
    "Ordf. tackade för visat intresse och avslutade mötet.\n\n"
    "Norrvik: 6/3 -11.\n\n"
    "Eva Lindgren, sekr.\n\n"
    "Justeras:\n\n"
    "Karl Sundin\n\n"
    "Maria\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_signatures_under_a_dateline_hold_no_seat(morph):
    got = {(p, r) for p, r, _ in held(SIGNED_MINUTES, "sv", morph)}
    assert ("Lars Ekman", "member") in got
    assert ("Bo Hellström", "member") in got
    assert not any(p in ("Eva Lindgren", "Karl Sundin") for p, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_names_closing_minutes_without_a_dateline(morph):
    # no line of a place and a date: the names under the label are the committee's
    text = (
        "Årsmöte 2011\n\n"
        "Protokoll fört vid årsmötet med Norrvikens byalag den 6 mars 2011.\n\n"
        "§ 8. Valberedning.\n"
        "Till valberedning valdes:\n\n"
        "Lars Ekman\n\n"
        "Bo Hellström\n"
    )
    got = {(p, r) for p, r, _ in held(text, "sv", morph)}
    assert ("Lars Ekman", "member") in got
    assert ("Bo Hellström", "member") in got

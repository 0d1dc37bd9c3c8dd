"""hytegraph extract on layouts met in the hundred-and-forty-sixth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a list's lead-in that puts the verb before its subject ("Efter stämman har styrelsen därför
  följande sammansättning:") names the body of the list under it, even when the page names
  another body elsewhere (the association's own name, "Kustbyforum").
- a year or a term right after a body's word in a list's lead-in ("Styrelsen 2024 består av:")
  is the term, not the end of the lead-in: the names after it are that body's, each in the
  office its brackets give ("A (ordförande, omval), B (ledamot, nyval) och C (ledamot, nyval).").
- a bulleted list whose lines are each one name, a comma and where the person comes from
  ("• Bo Lind, Norrby Fiber") holds one person a line: the words after the comma (after an
  office in brackets, or joined by "samt") are organisations, not more people; a run whose
  lines give an office after the comma ("• Bo Lind, kassör") is left as it was read.
- a verb of a seat that goes on ("kvarstår", "kvarblir", "förlängdes") between an office or a
  body and a name ("Som suppleant kvarstår A ett år till", "Till tävlingskommittén kvarblir
  B") links them as "valdes" does; a post that stays vacant names no one.
- the one named right after "med undantag för" or "utom" in a sentence that says a body was
  re-elected ("Styrelsen återvaldes, med undantag för A, som …") was not re-elected: no seat
  held; the words before a post ("med undantag för kassören") leave everyone's seat alone.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

FORUM = (
    "Kustbyforum höll den 3 april sin första ordinarie årsstämma med 30 deltagare.\n\n"
    "Efter stämmans val har styrelsen därför följande sammansättning:\n\n"
    "  • Aino Lindqvist (ordf), Norrby Fiber\n"
    "  • Bo Sandell (vice ordf), Kustnätet\n"
    "  • Eva Holmgren, Österby Fiber\n"
    "  • Per Ahlskog, Västerby Fiberlag samt Strandby Nätverk\n"
    "  • Siv Grönroos, Skärgårdens Bredband\n"
    "  • Leo Nyberg, Byarnas Riksförbund\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_inverted_composition_lead_in_names_the_list_body(morph):
    got = held(FORUM, "sv", morph)
    assert ("Aino Lindqvist", "chair", "Styrelsen") in got
    assert ("Bo Sandell", "vice_chair", "Styrelsen") in got
    assert ("Eva Holmgren", "member", "Styrelsen") in got
    assert ("Leo Nyberg", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_board_when_the_lead_in_names_another_body(morph):
    # "har valberedningen följande sammansättning": the list is the nominating committee's
    text = FORUM.replace("har styrelsen därför", "har valberedningen därför")
    got = held(text, "sv", morph)
    assert not any(body.casefold().startswith("styrelse") for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_bulleted_name_and_organisation_lines_hold_one_person_each(morph):
    got = held(FORUM, "sv", morph)
    people = {person for person, _role, _body in got}
    assert "Per Ahlskog" in people
    assert "Norrby Fiber" not in people
    assert "Västerby Fiberlag" not in people
    assert "Strandby Nätverk" not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_bullets_with_offices_after_the_comma(morph):
    # "• Bo Lind, kassör": an office after the comma, so a line of three names is three people
    text = (
        "Norrby Seglarförening\n\n"
        "Styrelsen består av:\n\n"
        "  • Aino Lindqvist, ordförande\n"
        "  • Bo Sandell, vice ordförande\n"
        "  • Eva Holmgren, sekreterare\n"
        "  • Siv Grönroos, kassör\n"
        "  • Per Ahlskog, Leo Nyberg och Mia Forsman\n"
    )
    got = held(text, "sv", morph)
    assert ("Aino Lindqvist", "chair", "Styrelsen") in got
    assert ("Leo Nyberg", "member", "Styrelsen") in got
    assert ("Mia Forsman", "member", "Styrelsen") in got


THEATRE = (
    "Årsmöten\n\n"
    "Det senaste årsmötet genomfördes digitalt den 21 november. En ny styrelse valdes.\n\n"
    "Styrelsen 2024 består av:\n\n"
    "Lina Berggren (ordförande, omval), Axel Sundqvist (vice ordförande, nyval), Maja Lund "
    "(ledamot, omval), Olof Strand (ledamot, nyval) och Ida Wikström (ledamot, nyval).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_year_after_the_body_word_in_a_lead_in(morph):
    got = held(THEATRE, "sv", morph)
    bodies = {body.casefold() for _p, _r, body in got}
    assert bodies <= {"styrelsen", "styrelse"}
    seats = {(person, role) for person, role, _body in got}
    assert ("Lina Berggren", "chair") in seats
    assert ("Axel Sundqvist", "vice_chair") in seats
    assert ("Maja Lund", "member") in seats
    assert ("Ida Wikström", "member") in seats


@pytest.mark.parametrize("morph", MORPHS)
def test_year_span_after_the_body_word_in_a_lead_in(morph):
    text = THEATRE.replace("Styrelsen 2024 består av:", "Styrelsen år 2024-2025 består av:")
    seats = {(person, role) for person, role, _body in held(text, "sv", morph)}
    assert ("Lina Berggren", "chair") in seats
    assert ("Olof Strand", "member") in seats


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_another_body_with_a_year_in_its_lead_in(morph):
    # the lead-in names the nominating committee: its list is that body's, not the board's
    text = THEATRE.replace("Styrelsen 2024 består av:", "Valberedningen 2024 består av:")
    got = held(text, "sv", morph)
    assert not any(body.casefold().startswith("styrelse") for _p, _r, body in got)


MINUTES = (
    "Årsmöte 2024\n\n"
    "Igår hölls Norrby Båtförbunds årsmöte i klubbhuset.\n\n"
    "Här kommer en kort sammanfattning av mötet:\n"
    "Omvald som ordförande för två år är Lena Ekholm.\n"
    "Som vice ordförande kvarstår Jon Sävström ett år.\n"
    "Som suppleant kvarstår Dan Lindvall ett år till.\n"
    "Till tävlingskommittén kvarblir Arne Pihlman ett år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_seat_that_goes_on_links_office_and_name(morph):
    got = held(MINUTES, "sv", morph)
    assert ("Jon Sävström", "vice_chair", "Styrelsen") in got
    assert ("Dan Lindvall", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_seat_that_goes_on_in_a_named_body(morph):
    got = held(MINUTES, "sv", morph)
    assert ("Arne Pihlman", "member", "Tävlingskommittén") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_post_that_stays_vacant(morph):
    # "Som sekreterare kvarstår vakansen": no one named, no seat; the others as ever
    text = MINUTES.replace(
        "Som suppleant kvarstår Dan Lindvall ett år till.", "Som sekreterare kvarstår vakansen."
    )
    got = held(text, "sv", morph)
    assert not any(role == "secretary" for _p, role, _b in got)
    assert ("Jon Sävström", "vice_chair", "Styrelsen") in got


REELECTED = (
    "Norrby Seglarförening höll sitt årsmöte i söndags.\n\n"
    "Också styrelsen i Norrby Seglarförening återvaldes, med undantag för Kalle Ahlroos, som "
    "efter 20 år som kassör hade önskat att bli befriad från uppdraget. I stället för Ahlroos "
    "valdes Rolf Laxell till ny ledamot i styrelsen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_one_a_reelection_leaves_out_holds_no_seat(morph):
    got = held(REELECTED, "sv", morph)
    assert not any(person == "Kalle Ahlroos" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_reelection_that_leaves_out_a_post(morph):
    # "med undantag för kassören": no one named after the words, the new treasurer's seat stays
    text = (
        "Norrby Seglarförening höll sitt årsmöte i söndags.\n\n"
        "Styrelsen omvaldes, med undantag för kassören. Till ny ledamot i styrelsen valdes "
        "Kalle Ahlroos.\n"
    )
    got = held(text, "sv", morph)
    assert any(person == "Kalle Ahlroos" for person, _r, _b in got)

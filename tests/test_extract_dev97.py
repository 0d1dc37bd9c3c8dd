"""hytegraph extract on layouts met in the hundred-and-third held-out set: made-up snippets, one
per mechanism, read with either word-form reader.

- a page printed in Finnish and then, below a "***" line, in a shorter Swedish version: the
  language of its longer part, not of the commoner function words;
- a state agency named in passing in a title ("Merihallituksen kehittämispäällikkö A") is not
  the board the next sentence's seats are in;
- a museum's or firm's name before a hyphenated head word after a space ("Aalto Nova
  -museon johtaja A") is no person;
- a board's name (no colon, upper case, its owner's abbreviation before it) over lines "office
  Name, Organisation (vara Name[, Organisation])", the office in lower case and the last line
  perhaps cut inside its parenthesis: members with their deputies;
- "Uusia hallitusjäseniä ovat A ja B": a board's member said in one compound;
- a news item headed "Syyskokouksen päätöksiä": the association's electing meeting, whose
  chair and members are its board's, as when a sentence names the meeting.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import guess_language
from tests.extract_snippets import MORPHS, held

BILINGUAL = (
    "Aino Ek jatkaa Testiliiton puheenjohtajana\n\n"
    "Kansanedustaja Aino Ek on valittu uudelle kaudelle Testilän museoliiton "
    "puheenjohtajaksi liiton vuosikokouksessa. Kokouksessa valittiin myös kaksi uutta jäsentä "
    "hallitukseen, Pekka Puu ja Liisa Laine. Liitto on vuonna 1950 perustettu järjestö, joka "
    "edustaa alan museoita ja niiden henkilökuntaa kaikkialla maassa sekä ulkomailla.\n\n"
    "***\n\n"
    "Aino Ek fortsätter som ordförande\n\n"
    "På mötet valdes också två nya medlemmar till styrelsen som det är tänkt att "
    "de ska börja med för den nya perioden.\n"
)


def test_a_page_in_finnish_and_then_in_swedish_is_read_as_finnish():
    assert guess_language(BILINGUAL) == "fi"


def test_a_swedish_page_with_a_finnish_line_stays_swedish():
    # guard: no separator line: the commonest function words decide, as before
    text = (
        "Styrelsen har valt en ny ordförande och det är Bo Lind som tar över efter Eva Ek, "
        "som har varit med i styrelsen i många år. Till sekreterare valdes Kim Berg.\n"
        "Hallitus on valinnut uuden puheenjohtajan.\n"
    )
    assert guess_language(text) == "sv"
    # guard: a separator line between two parts each in both languages decides nothing
    mixed = text + "\n***\n\n" + text
    assert guess_language(mixed) == "sv"


AGENCY_RECENT = (
    "Kokouksessa valittiin uusia jäseniä Testilän museoliiton hallitukseen. Merihallituksen "
    "kehittämispäällikkö Aino Ek valittiin jatkokaudelle. Vanhoina jäseninä jatkavat johtaja "
    "Pekka Puu ja johtaja Liisa Laine.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_agency_named_in_a_title_is_not_the_board_of_the_next_seats(morph):
    got = held(AGENCY_RECENT, "fi", morph)
    assert not any(b == "Merihallitus" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_body_the_sentence_before_named_still_takes_the_seats(morph):
    # guard: a body, not an agency, named in the sentence before is the seats' body
    text = (
        "Testilän nuorisovaltuusto kokoontui maanantaina. Jäseniksi valittiin Aino Ek ja Bo Lind.\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Ek", "member", "Testilän nuorisovaltuusto") in got


MUSEUM_NAME = (
    "Vanhoina jäseninä Testilän museoliiton hallituksessa jatkavat Kivikylän museon johtaja "
    "Aino Ek, Aalto Vetus & Nova Ars -museon johtaja Pekka Puu, Savelan kaupunginmuseon "
    "johtaja Liisa Laine ja Mäkelän museon johtaja Bo Lind.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_before_a_hyphenated_head_word_is_no_person(morph):
    got = held(MUSEUM_NAME, "fi", morph)
    people = {p for p, _r, _b in got}
    assert "Aalto Vetus" not in people
    assert "Nova Ars" not in people
    assert "Pekka Puu" in people


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_before_a_spaced_dash_is_still_a_person(morph):
    # guard: "Aino Ek - puheenjohtaja": a dash between spaces, no compound
    text = "Hallitus:\nAino Ek - puheenjohtaja\nPekka Puu - jäsen\nLiisa Laine - jäsen\n"
    got = held(text, "fi", morph)
    assert ("Aino Ek", "chair", "Hallitus") in got


DEPUTY_LINES = (
    "YHTEYSTIEDOT\n\nToiminnanjohtaja Olli Oja\nolli.oja(a)example.fi\n\n"
    "TVY RY:N HALLITUS\n\n \n\n"
    "pj Aino Ek, Kylälän Vesi Oy (vara Bo Lind)\n"
    "varapj Pekka Puu, Testilän kunta (vara Eeva Salo)\n"
    "Liisa Laine, Järvien suojeluyhdistys ry (vara Kim Berg, Joen vesi ja ympäristö ry)\n"
    "Matti Mäki, Kylälän Vesi Oy (vara Sari Nurmi)\n"
    "Timo Koski, Testilän kunta (vara Anna Rinne, Vesien ja ilman suojelu"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_member_lines_with_deputies_in_parentheses_under_a_board_heading(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(DEPUTY_LINES, "fi", morph)}
    body = next(b for p, _r, b in got if p == "Aino Ek")
    assert body.endswith("hallitus")
    assert ("Aino Ek", "chair", body) in got
    assert ("Pekka Puu", "vice_chair", body) in got
    for member in ("Liisa Laine", "Matti Mäki", "Timo Koski"):
        assert (member, "member", body) in got
    for deputy in ("Bo Lind", "Eeva Salo", "Kim Berg", "Sari Nurmi", "Anna Rinne"):
        assert (deputy, "deputy_member", body) in got
    # the director of the contacts holds no seat
    assert not any(p == "Olli Oja" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_lines_with_other_words_in_parentheses_name_no_deputies(morph):
    # guard: "(Kylälän Vesi Oy)" says where a member comes from, no deputy; an unclosed
    # parenthesis without the deputy's word is no deputy either
    text = (
        "TVY RY:N HALLITUS\n\n"
        "Aino Ek (Kylälän Vesi Oy)\n"
        "Pekka Puu (Testilän kunta)\n"
        "Liisa Laine (Bo Lind, Järvien yhdistys"
    )
    got = held(text, "fi", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)
    assert not any(p == "Bo Lind" for p, _r, _b in got)


COMPOUND_MEMBERS = (
    "Syyskokous valitsi uuden hallituksen\n\n"
    "Kokouksessa oli 40 jäsentä. Uusia hallitusjäseniä ovat Aino Ek ja Pekka Puu. Muita "
    "hallitusjäseniä ovat Liisa Laine, Bo Lind ja Eeva Salo.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_boards_member_said_in_one_compound(morph):
    got = held(COMPOUND_MEMBERS, "fi", morph)
    for person in ("Aino Ek", "Pekka Puu", "Liisa Laine", "Bo Lind", "Eeva Salo"):
        assert (person, "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_compound_without_names_gives_no_seat(morph):
    # guard: "hallitusjäsenten vaalit", "hallitusjäsenten joukosta": no one named
    text = (
        "Hallitusjäsenten vaalit\n\n"
        "Puheenjohtaja valitaan hallitusjäsenten joukosta. Laajan hallitusjäsenten peiton "
        "lisäksi liitto kuuntelee jäseniään.\n"
    )
    assert held(text, "fi", morph) == set()


MEETING_HEADING = (
    "Syyskokouksen päätöksiä\n\n"
    "Ravintolassa 60 jäsentä äänesti uudesta puheenjohtajasta. Uudeksi puheenjohtajaksi "
    "valittiin Aino Ek. Jäsenmaksuksi päätettiin 20 euroa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_news_item_headed_by_the_meetings_decisions_fills_the_board(morph):
    assert ("Aino Ek", "chair", "Hallitus") in held(MEETING_HEADING, "fi", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_heading_of_another_meetings_decisions_names_no_board(morph):
    # guard: "Kokouksen päätöksiä": any meeting, perhaps a body's own; no board's chair
    text = MEETING_HEADING.replace("Syyskokouksen", "Kokouksen")
    assert not any(r == "chair" for _p, r, _b in held(text, "fi", morph))

"""hytegraph extract on layouts met in the seventy-eighth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.findings import Finding
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import Mention
from hytegraph.authoring.extract.tagger import _paragraph_between, no_seat_said
from tests.extract_snippets import MORPHS, held, key, roles

AUTUMN_MEETING = (
    "Hallituksen puheenjohtajaksi Aino Ahola\n\n"
    "Testilän Kuuloyhdistys ry:n syyskokous valitsi hallituksen puheenjohtajaksi vuosille "
    "2025-2026 Aino Aholan. Lisäksi valittiin hallituksen kaksi varsinaista jäsentä.\n\n"
    "Syyskokous pidettiin lauantaina 16.11.2024 Esimerkkilässä. Kokoukseen sai osallistua myös "
    "etäyhteydellä.\n\n"
    "Varsinaisiksi jäseniksi valittiin Pekka Puumala ja Liisa Laine vuosiksi 2025-26. "
    "Hallituksessa jatkavat Erkki Esimerkki, Maija Mäkelä ja varapuheenjohtaja Olli Oja.\n"
)


def _people(text: str, morph: str | None) -> set[str]:
    return {key(person) for person, _r, _b in held(text, "fi", morph)}


@pytest.mark.parametrize("morph", MORPHS)
def test_an_election_for_years_after_the_reported_meeting_gives_seats_to_come(morph):
    got = _people(AUTUMN_MEETING, morph)
    for name in ("Aino Ahola", "Pekka Puumala", "Liisa Laine"):
        assert key(name) not in got, name
    assert (key("Olli Oja"), "vice_chair", "hallitus") in {
        (p, r, b.casefold().split()[-1]) for p, r, b in roles(AUTUMN_MEETING, "fi", morph)
    }
    assert key("Maija Mäkelä") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_election_for_the_meetings_own_year_gives_seats_held(morph):
    text = AUTUMN_MEETING.replace("16.11.2024", "16.1.2025")
    assert key("Pekka Puumala") in _people(text, morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_election_for_years_with_no_dated_meeting_is_left_as_read(morph):
    text = AUTUMN_MEETING.replace("pidettiin lauantaina 16.11.2024", "pidettiin lauantaina")
    assert key("Pekka Puumala") in _people(text, morph)


def test_the_honoured_and_the_founders_get_no_guessed_seat():
    lex = lexicon("fi")
    for text, name in (
        ("Kultaisen ansiomerkin saivat Aino Ahola ja Pekka Puumala.", "Pekka Puumala"),
        ("Kokous muisti yhdistyksen perustajajäseniä, Aino Ahola ja Olli Oja.", "Olli Oja"),
        ("Pronssiset ansiomerkit saivat Liisa Laine ja Maija Mäkelä.", "Liisa Laine"),
    ):
        at = text.index(name)
        assert no_seat_said(lex, text, at, at + len(name)), text
    text = "Hallitukseen valittiin Aino Ahola ja Olli Oja."
    at = text.index("Olli Oja")
    assert not no_seat_said(lex, text, at, at + len("Olli Oja"))


def test_a_seat_to_come_in_the_title_line_says_nothing_of_the_prose_below():
    text = AUTUMN_MEETING
    title = Mention(29, 39, "Aino Ahola", "Aino Ahola", "person", 0.9)
    f = Finding("membership", title, "chair", None, (0, 39), 0.6, "text-role-before")
    below = text.index("Erkki Esimerkki")
    assert _paragraph_between(text, f, below)
    # a finding of the prose itself is no title
    prose = text.index("Pekka Puumala")
    g = Finding("membership", title, "member", None, (prose, prose + 10), 0.6, "x")
    assert not _paragraph_between(text, g, below)


BOARD_LIST = (
    "Testilän säätiön hallinto\n\n"
    "Hallitus:\n\n"
    " • Professori Aino S. Lappi, puheenjohtaja, Esimerkkilä\n"
    " • DI Pekka Puumala, varapuheenjohtaja, Esimerkkilä\n"
    " • Agronomi Olli Oja, Testilä\n"
    " • Tekniikan lisensiaatti Maija Mäkelä, Testilä\n"
    " • KTM Liisa Laine, Kylälä\n"
    " • Professori Erkki Esimerkki, Kylälä\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_middle_initial_before_a_surname_that_is_also_a_place(morph):
    got = roles(BOARD_LIST, "fi", morph)
    assert (key("Aino S. Lappi"), "chair", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_degree_before_a_name_in_a_list_is_no_part_of_it(morph):
    got = roles(BOARD_LIST, "fi", morph)
    assert (key("Olli Oja"), "member", "Hallitus") in got
    assert (key("Maija Mäkelä"), "member", "Hallitus") in got
    assert not any("Agronomi" in p or "Tekniikan" in p for p, _r, _b in got)


MINUTES_RUN = (
    "1 Yhteinen kirkkoneuvosto YHTEISEN KIRKKONEUVOSTON KOKOUS Aika torstaina klo Paikka "
    "kokoushuone, Kirkkokatu 5 B Läsnä Aho Aino puheenjohtaja Lahti Pekka varapuheenjohtaja "
    "Laine Liisa jäsen Mäkelä Maija jäsen Oja Olli jäsen Puumala Erkki varajäsen Kivi Tea "
    "Salo Ilkka Rinta Paula kv:n vpj kirkkoherra talousjohtaja Poissa Koski Ari jäsen Niemi "
    "Eero kv:n pj Ranta Pirjo kirkkoherra 12 KOKOUKSEN AVAUS Puheenjohtaja avasi kokouksen.\n\n"
    "2 Yhteinen kirkkoneuvosto KOKOUKSEN LAILLISUUS Kirkkoneuvosto toteaa kokouksen "
    "laillisuuden.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_present_run_on_the_time_line_gives_each_name_the_seat_after_it(morph):
    got = {(p, r) for p, r, _b in roles(MINUTES_RUN, "fi", morph)}
    assert (key("Aino Aho"), "chair") in got
    assert (key("Pekka Lahti"), "vice_chair") in got
    assert (key("Liisa Laine"), "member") in got
    assert (key("Erkki Puumala"), "deputy_member") in got
    assert (key("Ari Koski"), "member") in got  # absent, a member all the same
    found = roles(MINUTES_RUN, "fi", morph)
    board = {p for p, _r, b in found if b == "Yhteinen kirkkoneuvosto"}
    # the officials after the run of seats, the other body's chair and the vicar: no seats on
    # the board; the absent council chair ("kv:n pj") chairs the council, nothing else
    for name in ("Tea Kivi", "Ilkka Salo", "Paula Rinta", "Eero Niemi", "Pirjo Ranta"):
        assert key(name) not in board, name
    for name in ("Tea Kivi", "Ilkka Salo", "Paula Rinta", "Pirjo Ranta"):
        assert key(name) not in {p for p, _r, _b in found}, name
    assert {(r, b) for p, r, b in found if p == key("Eero Niemi")} <= {
        ("chair", "Yhteinen kirkkovaltuusto")
    }
    assert (key("Pekka Lahti"), "chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_present_run_with_few_seats_said_is_not_read_so(morph):
    text = MINUTES_RUN.replace(" varapuheenjohtaja", "").replace(" puheenjohtaja", "")
    text = text.replace(" jäsen", "").replace(" varajäsen", "")
    got = {p for p, _r, _b in roles(text, "fi", morph)}
    assert key("Ari Koski") not in got


TITLED_RUN = (
    "Testilän taidetoimikunta\n\n"
    "Toiminnanjohtaja Paula Rinne johtaa alueellista taidetoimikuntaa Testilässä.\n\n"
    "Taidetoimikunnan muut jäsenet ovat arkkitehti Aino Ahola Testilästä, toimittaja Pekka "
    "Puumala, näyttelijä Olli Oja, lehtori Liisa Laine, tuottaja Maija Mäkelä ja kirjailija "
    "Erkki Esimerkki Kylälästä.\n"
    "Valinnat kaksivuotiselle toimikaudelle 2025-2026 nimesi taideneuvosto.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_titles_before_the_names_of_a_run_are_no_titles_after_them(morph):
    got = {(p, r) for p, r, _b in roles(TITLED_RUN, "fi", morph)}
    for name in ("Olli Oja", "Liisa Laine", "Maija Mäkelä"):
        assert (key(name), "member") in got, name


TIMED_TABLE = (
    "1 TESTILÄN KAUPUNKI Pöytäkirja 3/ Sosiaalilautakunta Aika klo 13:00-15:30 Paikka Testilän "
    "kaupungintalo, Kirkkokatu 5, Testilä Osallistujat Nimi Klo Tehtävä Lisätiedot LÄSNÄ Ahola "
    "Pekka 13:00-15:30 puheenjohtaja Mäkelä Maija 13:00-15:30 varapuheenjohtaja Puumala Erkki "
    "13:00-15:30 jäsen Rinne Paula 13:00-15:30 jäsen Salo Ilkka 13:00-15:30 jäsen Koski Ari "
    "13:00-15:30 KH:n edustaja Kivi Tea 13:00-15:30 pöytäkirjanpitäjä POISSA Niemi Eero KH:n "
    "puheenjohtaja Laine Liisa Nuorisovaltuuston edustaja Oja Olli esittelijä, johtava lääkäri "
    "Käsitellyt asiat\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_absent_of_a_timed_table_keep_their_posts_after_their_names(morph):
    got = roles(TIMED_TABLE, "fi", morph)
    people = {(p, r) for p, r, _b in got}
    assert (key("Pekka Ahola"), "chair") in people
    assert (key("Ilkka Salo"), "member") in people
    # "KH:n puheenjohtaja" is the absent one's own seat in the town board
    assert any(
        p == key("Eero Niemi") and r == "chair" and "hallitus" in b.casefold() for p, r, b in got
    )
    # the post before a name is the name before it's: no chair for the one after it
    assert (key("Liisa Laine"), "chair") not in people
    assert not any(p == key("Olli Oja") for p, _r in people)
    assert not any(p == key("Ari Koski") for p, _r in people)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officers_word_before_a_name_in_a_list_of_posts_after_names_is_a_job(morph):
    text = BOARD_LIST.replace(
        " • KTM Liisa Laine, Kylälä\n", " • Pääsihteeri Liisa Laine, Kylälä\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Liisa Laine"), "member", "Hallitus") in got
    assert (key("Liisa Laine"), "secretary", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_before_names_in_a_list_with_none_after_stay_posts(morph):
    text = (
        "Testilän yhdistyksen hallinto\n\n"
        "Hallitus:\n\n"
        " • Puheenjohtaja Aino Ahola, Testilä\n"
        " • Sihteeri Pekka Puumala, Kylälä\n"
        " • Olli Oja, Testilä\n"
        " • Maija Mäkelä, Kylälä\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Aino Ahola"), "chair", "Hallitus") in got
    assert (key("Pekka Puumala"), "secretary", "Hallitus") in got


def test_the_rules_read_a_committee_weakened_before_its_ending():
    from hytegraph.authoring.extract.morphology import morphology

    rules = morphology("rules")
    assert ("Työvaliokunta", "gen") in {(a.base, a.case) for a in rules.analyse("Työvaliokunnan")}
    assert ("taidetoimikunta", "ine") in {
        (a.base, a.case) for a in rules.analyse("taidetoimikunnassa")
    }
    # a first name's genitive is left as it was
    assert "Anta" not in {a.base for a in rules.analyse("Annan")}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committees_list_under_its_genitive_heading(morph):
    text = (
        "Testilän säätiön hallinto\n\n"
        "Säätiön hallituksen asettaman työvaliokunnan jäsenet:\n\n"
        " • Professori Aino Ahola, puheenjohtaja\n"
        " • DI Pekka Puumala, varapuheenjohtaja\n"
        " • Olli Oja\n"
        " • Maija Mäkelä\n"
    )
    got = roles(text, "fi", morph)
    assert any(
        p == key("Aino Ahola") and r == "chair" and b.casefold().endswith("työvaliokunta")
        for p, r, b in got
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_a_towns_minutes_name_its_board_the_towns(morph):
    got = roles(TIMED_TABLE, "fi", morph)
    assert (key("Eero Niemi"), "chair", "Kaupunginhallitus") in got
    text = TIMED_TABLE.replace("TESTILÄN KAUPUNKI", "TESTILÄN KUNTA").replace(
        "Testilän kaupungintalo", "Testilän kunnantalo"
    )
    assert (key("Eero Niemi"), "chair", "Kunnanhallitus") in roles(text, "fi", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_two_titles_sharing_their_last_half_before_a_listed_name(morph):
    text = BOARD_LIST.replace(
        " • KTM Liisa Laine, Kylälä\n", " • Liikenne- ja viestintäministeri Liisa Laine, Kylälä\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Liisa Laine"), "member", "Hallitus") in got
    assert not any("Liikenne" in p or "viestintä" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_adjective_before_a_committee_in_the_genitive_is_read_in_its_basic_form(morph):
    text = (
        "Testilän säätiön hallinto\n\n"
        "Säätiön tieteellisen toimikunnan jäsenet:\n\n"
        " • Professori Aino Ahola, puheenjohtaja\n"
        " • Professori Pekka Puumala\n"
        " • Dosentti Olli Oja\n"
    )
    bodies = {b.casefold() for _p, _r, b in roles(text, "fi", morph)}
    assert any(b.endswith("tieteellinen toimikunta") for b in bodies), bodies


def test_a_verbal_noun_before_a_body_keeps_its_genitive_with_the_rules():
    # "edistämisen" ends like an "-inen" adjective's genitive but is a verbal noun: the body's
    # name keeps it as printed
    text = (
        "Kylälän terveyden edistämisen työryhmän kokoonpano\n"
        "Aino Aho, puheenjohtaja\n"
        "Pekka Puu, jäsen\n"
    )
    bodies = {body for _p, _r, body in held(text, "fi", "rules")}
    assert bodies == {"Kylälän terveyden edistämisen työryhmä"}

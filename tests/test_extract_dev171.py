"""hytegraph extract on layouts met in the hundred-and-sixty-fifth and hundred-and-sixty-seventh
held-out sets: made-up snippets, one per mechanism, read with either word-form reader.

- a sentence that names prize winners or the awarded ("Hopeisella merkillä palkittiin A ja
  B", "belönades") gives the learned tagger no seat to guess for its names; nor does a staff
  title ending the line right above a name ("Seuran toiminnanjohtaja" / "A");
- in a run of names after a plural seat word, the one name after "varalla" ("A, varalla B
  sekä C, varalla D") is the deputy of the name before it; the next name is a member again;
- "hallituksen ensimmäinen puheenjohtaja A": the founding officer of a history holds a seat
  held before, not one held now;
- a contact card "Name" / "Puheenjohtaja, IT-vastaava" / an e-mail line: the office before
  the comma is the card's person's (the rest are the person's other duties), not the heading
  of the card below it;
- the page's latest year, against which a seat "(31.7.2025 asti)" is weighed, is read outside
  the seats' own terms in brackets (with no year outside them, from all years as before);
- a role line in the plural ("Hallituksen varajäsenet") over name lines gives its seat to
  every name under it, up to the next role line (a singular officer's line to one name);
- a name printed with a PDF's ligature glyph ("Ɵedotustoimikunta") is proposed with the
  letters it stands for ("tiedotustoimikunta");
- the chair and the secretary elected in the sentence that elects the minutes' checkers
  ("Puheenjohtajaksi valittiin A, sihteeriksi B ja pöytäkirjan tarkastajiksi C ja D") are
  the meeting's officers, no seats in a body;
- "Läsnä:" over items one a line, a name and its capacities after commas ("Aino Aho, jäsen,
  hallituksen puheenjohtaja, kokouksen puheenjohtaja"): a capacity that is a seat in a body
  named in the genitive is that seat; "jäsen", "ei jäsen", the meeting's officers and jobs
  none.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.tagger import no_seat_said
from tests.extract_snippets import MORPHS, held


def _seats(text: str, morph: str | None) -> set[tuple[str, str, str]]:
    """(person, role, the body's last word in lower case) of the seats held."""
    return {(p, r, b.split()[-1].casefold() if b else "") for p, r, b in held(text, "fi", morph)}


def _at(text: str, name: str) -> tuple[int, int]:
    at = text.index(name)
    return at, at + len(name)


# --- prize winners: no seat for the tagger to guess

AWARDS = (
    "Testilän Erämiesten kevätkokous 2.3.2021.\n\n"
    "Hopeisella ansiotaulukolla palkittiin Aino Aho, Bo Berg ja Eeva Ek.\n\n"
    "Hallituksen jäsenet ovat Olli Oja ja Pekka Puro.\n"
)


def test_prize_winners_get_no_guessed_seat():
    lex = lexicon("fi")
    assert no_seat_said(lex, AWARDS, *_at(AWARDS, "Bo Berg"))
    assert no_seat_said(lex, AWARDS, *_at(AWARDS, "Eeva Ek"))


def test_prize_winners_in_swedish_get_no_guessed_seat():
    text = "Vid årsmötet belönades Anna Lund och Per Ek för sina insatser.\n"
    assert no_seat_said(lexicon("sv"), text, *_at(text, "Per Ek"))


def test_leave_alone_a_board_sentence_after_the_awards():
    assert not no_seat_said(lexicon("fi"), AWARDS, *_at(AWARDS, "Pekka Puro"))


STAFF = (
    "Testilän kalatalousalueen hallitus v. 2024\n"
    "Aino Aho, puheenjohtaja\nBo Berg\nEeva Ek\n"
    "Kalatalousalueen toiminnanjohtaja\nOlli Oja\n"
)


def _staff_title_before(text: str, name: str) -> bool:
    from hytegraph.authoring.extract.tagger import _STAFF_TITLE_BEFORE

    start = text.index(name)
    return _STAFF_TITLE_BEFORE.search(text, max(0, start - 40), start) is not None


def test_staff_title_on_the_line_above_gives_no_guessed_seat():
    assert _staff_title_before(STAFF, "Olli Oja")


def test_leave_alone_a_name_under_another_name():
    assert not _staff_title_before(STAFF, "Eeva Ek")


# --- "A, varalla B sekä C, varalla D"

STAND_INS = (
    "Testilän vesiosuuskunnan kokous pidettiin 5.6.2021.\n\n"
    "Varsinaiset kokousasiat käsiteltiin nopeasti. Hallituksen erovuoroiset jäsenet Aino "
    "Aho, varalla Bo Berg sekä Eeva Ek, varalla Olli Oja valittiin jatkamaan tehtävässään.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_name_after_varalla_in_a_seat_run_is_a_deputy(morph):
    got = _seats(STAND_INS, morph)
    assert ("Bo Berg", "deputy_member", "hallitus") in got
    assert ("Olli Oja", "deputy_member", "hallitus") in got
    assert ("Bo Berg", "member", "hallitus") not in got
    assert ("Olli Oja", "member", "hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_members_between_the_deputies(morph):
    got = _seats(STAND_INS, morph)
    assert ("Aino Aho", "member", "hallitus") in got
    assert ("Eeva Ek", "member", "hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_run_without_varalla(morph):
    text = STAND_INS.replace(", varalla Bo Berg sekä", ", Bo Berg,").replace(
        ", varalla Olli Oja", " ja Olli Oja"
    )
    got = _seats(text, morph)
    assert ("Bo Berg", "member", "hallitus") in got
    assert ("Olli Oja", "member", "hallitus") in got
    assert not any(role == "deputy_member" for _p, role, _b in got)


# --- "hallituksen ensimmäinen puheenjohtaja A"

FIRST_CHAIR = (
    "Testilän vesiosuuskunnan 30-vuotisjuhlakokous pidettiin 7.6.2021.\n\n"
    "Kokouksen puheenjohtajana toimi hallituksen ensimmäinen puheenjohtaja Aino Aho ja "
    "pöytäkirjan laati Eeva Ek. Avaussanoissaan hallituksen nykyinen puheenjohtaja Bo Berg "
    "totesi osuuskunnan kasvaneen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_first_chair_of_a_history_holds_no_seat_now(morph):
    got = _seats(FIRST_CHAIR, morph)
    assert ("Aino Aho", "chair", "hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_present_chair(morph):
    assert ("Bo Berg", "chair", "hallitus") in _seats(FIRST_CHAIR, morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_first_vice_chair(morph):
    text = "Testilän Soutuseura ry\n\nHallituksen ensimmäinen varapuheenjohtaja on Olli Oja.\n"
    assert ("Olli Oja", "vice_chair", "hallitus") in _seats(text, morph)


# --- "Name" / "Puheenjohtaja, IT-vastaava" / e-mail

CARDS = (
    "Hallitus 2022\n\n"
    "Aino Aho\nPuheenjohtaja, IT-vastaava\npuheenjohtaja@testila.fi\n\n"
    "Bo Berg\nVarapuheenjohtaja, taloudenhoitaja\nrahat@testila.fi\n\n"
    "Eeva Ek\n\n"
    "Olli Oja\nSihteeri\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_with_duties_on_a_contact_card_is_the_name_above(morph):
    got = _seats(CARDS, morph)
    assert ("Aino Aho", "chair", "hallitus") in got
    assert ("Bo Berg", "vice_chair", "hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_office_on_a_card_is_not_the_next_cards_heading(morph):
    got = _seats(CARDS, morph)
    assert ("Bo Berg", "chair", "hallitus") not in got
    assert ("Eeva Ek", "vice_chair", "hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_duty_that_is_no_office(morph):
    text = CARDS.replace("Varapuheenjohtaja, taloudenhoitaja", "Web-vastaava, taloudenhoitaja")
    got = _seats(text, morph)
    assert not any(p == "Bo Berg" and r in ("chair", "vice_chair") for p, r, _b in got)


# --- the page's latest year, outside the seats' terms in brackets

TERMS = (
    "Testilän Voimistelijoiden hallitus toimintakaudella 2023-2024 on:\n\n"
    "Puheenjohtaja\nAino Aho (1.8.2023-31.7.2025)\n\n"
    "Hallituksen jäsenet\n"
    "Bo Berg (1.8.2023-31.7.2026)\n"
    "Eeva Ek (1.8.2023-31.7.2026)\n"
    "Olli Oja (31.7.2025 asti)\n"
    "Pekka Puro (31.7.2024 asti)\n\n"
    "Muu organisaatio\n\nSeurassa on työntekijöinä toiminnanjohtaja.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_term_ending_after_the_pages_period_is_held(morph):
    got = _seats(TERMS, morph)
    assert ("Olli Oja", "member", "hallitus") in got
    assert ("Pekka Puro", "member", "hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_term_ended_before_the_year_the_page_speaks_of(morph):
    text = TERMS.replace("toimintakaudella 2023-2024", "toimintakaudella 2026-2027")
    got = _seats(text, morph)
    assert not any(p == "Olli Oja" for p, _r, _b in got)


# --- "Hallituksen varajäsenet" over name lines

PLURAL_LINES = (
    "Seuraa johtaa hallitus, jossa on puheenjohtaja, kolme varsinaista jäsentä ja kaksi "
    "varajäsentä.\n\n"
    "Testilän Voimistelijoiden hallitus toimintakaudella 2023-2024 on:\n\n"
    "Puheenjohtaja\nAino Aho\n\n"
    "Kunniapuheenjohtaja\nVarpu Vee (oikeus osallistua hallituksen kokouksiin)\n\n"
    "Hallituksen jäsenet\nBo Berg\nEeva Ek\nOlli Oja\n\n"
    "Hallituksen varajäsenet\nPekka Puro\nSari Salo\n\n"
    "Muu organisaatio\n\nSeurassa on työntekijöinä toiminnanjohtaja.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_plural_deputies_line_gives_every_name_under_it_the_seat(morph):
    got = {(p, r) for p, r, _b in _seats(PLURAL_LINES, morph)}
    assert ("Pekka Puro", "deputy_member") in got
    assert ("Sari Salo", "deputy_member") in got
    assert ("Sari Salo", "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_members_and_the_chair_above(morph):
    got = {(p, r) for p, r, _b in _seats(PLURAL_LINES, morph)}
    assert ("Aino Aho", "chair") in got
    assert ("Bo Berg", "member") in got
    assert ("Olli Oja", "member") in got


# --- ligature glyphs in names


def test_ligature_glyphs_are_written_out():
    from hytegraph.authoring.extract.proposals import unligated

    assert unligated("Julkaisu- ja Ɵedotustoimikunta") == "Julkaisu- ja tiedotustoimikunta"
    assert unligated("Osoiteluetelo ja TaiƩo") == "Osoiteluetelo ja Taitto"
    assert unligated("Budjeƫ") == "Budjetti"


def test_leave_alone_a_name_without_ligatures():
    from hytegraph.authoring.extract.proposals import unligated

    assert unligated("Öljymäen Ympäristötoimikunta") == "Öljymäen Ympäristötoimikunta"


def test_ligature_in_a_body_is_proposed_written_out(tmp_path):
    from hytegraph.authoring.extract import extract

    path = tmp_path / "lehti.txt"
    path.write_text(
        "Testilän venekerhon tiedotuslehti 4/2015\n\n"
        "Julkaisu- ja Ɵedotustoimikunnan puheenjohtaja on Aino Aho.\n",
        encoding="utf-8",
    )
    got = extract(str(path), lang="fi", morph="rules", tagger=False)
    names = {e.name for e in got.entities}
    assert "Julkaisu- ja tiedotustoimikunta" in names
    assert not any("Ɵ" in n for n in names)


# --- the meeting's officers elected with the minutes' checkers

CHECKERS = (
    "Testilän Järvet ry:n vuosikokous 26.5.2018.\n\n"
    "2 § Kokouksen järjestäytyminen\n\n"
    "Puheenjohtajaksi valittiin yksimielisesti Aino Aho, sihteeriksi Bo Berg ja pöytäkirjan "
    "tarkastajiksi Eeva Ek ja Olli Oja.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_elected_with_minutes_checkers_are_the_meetings(morph):
    got = {(p, r) for p, r, _b in _seats(CHECKERS, morph)}
    assert ("Aino Aho", "chair") not in got
    assert ("Bo Berg", "secretary") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_boards_chair_named_before_the_role(morph):
    text = CHECKERS.replace("Puheenjohtajaksi valittiin", "Hallituksen puheenjohtajaksi valittiin")
    got = {(p, r) for p, r, _b in _seats(text, morph)}
    assert ("Aino Aho", "chair") in got


# --- "Läsnä:" over items with capacities

PRESENT = (
    "Aika: 26.05.2018\nPaikka: Testilän koulu\n\n"
    "Läsnä:\n\n"
    " • Aino Aho, jäsen, hallituksen puheenjohtaja, kokouksen puheenjohtaja\n"
    " • Bo Berg, ei jäsen\n"
    " • Eeva Ek, jäsen\n"
    " • Olli Oja, Testilän Osakaskunnan edustaja, hallituksen jäsen\n"
    " • Pekka Puro, jäsen, hallituksen jäsen\n"
    " • Sari Salo, sihteeri, hankekoordinaattori, kokouksen sihteeri\n\n"
    "1 § Kokouksen avaus\n\nHallituksen puheenjohtaja avasi kokouksen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_present_items_with_a_seat_in_a_body_in_the_genitive(morph):
    got = _seats(PRESENT, morph)
    assert ("Aino Aho", "chair", "hallitus") in got
    assert ("Olli Oja", "member", "hallitus") in got
    assert ("Pekka Puro", "member", "hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_present_items_without_a_seat(morph):
    got = {p for p, _r, _b in _seats(PRESENT, morph)}
    assert "Bo Berg" not in got
    assert "Eeva Ek" not in got
    assert "Sari Salo" not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_singular_officers_line_over_two_names(morph):
    # "Sihteeri" over two names: the first name's office only
    text = PLURAL_LINES.replace(
        "Hallituksen varajäsenet\nPekka Puro\nSari Salo", "Sihteeri\nPekka Puro\nSari Salo"
    )
    got = {(p, r) for p, r, _b in _seats(text, morph)}
    assert ("Sari Salo", "secretary") not in got
    assert ("Sari Salo", "deputy_member") not in got


# --- "Surname, Firstname [office] phone e-mail" entries run together on one line

CONTACTS = (
    "TESTILÄN RASTIT 2014 Lisätietoja saa hallituksen jäseniltä. Tervetuloa mukaan! Seuran "
    "Hallitus 2014 Aho, Aino 050 111 2222 aino.aho@testi.fi Berg, Bo 050 333 4444 "
    "bo.berg@testi.fi Ek, Eeva pj. 040 555 6666 eeva.ek@testi.fi Oja, Olli 0400 777 888 "
    "olli@testi.fi Puro, Pekka siht. 050 999 0000 pekka.puro@testi.fi Salo, Sari 0400 123 456 "
    "sari.salo@testi.fi 2 TESTILÄN RASTIT 2014 Tervetuloa jo 42. kerran.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_contact_entries_run_together_are_read_one_a_line(morph):
    got = {(p, r) for p, r, _b in _seats(CONTACTS, morph)}
    names = {" ".join(sorted(p.split())): r for p, r in got}
    assert names.get("Eeva Ek") == "chair"
    assert names.get("Pekka Puro") == "secretary"
    assert names.get("Oja Olli") == "member"
    assert names.get("Salo Sari") == "member"


def test_leave_alone_two_contact_entries():
    from hytegraph.authoring.extract.unflatten import Unflattener

    text = (
        "Yhteystiedot Aho, Aino 050 111 2222 aino.aho@testi.fi Berg, Bo 050 333 4444 bo@testi.fi\n"
    )
    assert Unflattener(lexicon("fi")).contact_entry_runs(text) == text


def test_contact_entries_keep_the_texts_length():
    from hytegraph.authoring.extract.unflatten import Unflattener

    out = Unflattener(lexicon("fi")).contact_entry_runs(CONTACTS)
    assert len(out) == len(CONTACTS)
    assert "\nSeuran Hallitus 2014\nAho  Aino 050" in out

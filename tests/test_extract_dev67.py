"""hytegraph extract on layouts met in the eighty-third held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, key, needs_voikko, roles

MINUTES = (
    "Yhtymähallitus Pöytäkirja 4/2023\n\n"
    "Kokoustiedot Aika maanantai klo 9:00-11:00 Paikka Läsnä Hallintokeskus, kokoushuone "
    "Aino Virtanen, puheenjohtaja Mikko Laaksonen, varapuheenjohtaja Pertti Kivelä Hanna Rautio "
    "Seppo Lindroos Tiina Halme Muut läsnäolijat Liisa Korpela, sihteeri Poissa Ritva Salo "
    "Asiat Allekirjoitukset Aino Virtanen puheenjohtaja Liisa Korpela sihteeri\n"
)


def _board(text: str, morph: str | None) -> set[tuple[str, str]]:
    return {(p, r) for p, r, body in held(text, "fi", morph) if body == "Yhtymähallitus"}


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_names_after_the_chair_and_vice_chair_are_members(morph):
    got = _board(MINUTES, morph)
    assert ("Aino Virtanen", "chair") in got
    assert ("Mikko Laaksonen", "vice_chair") in got
    for name in ("Pertti Kivelä", "Hanna Rautio", "Seppo Lindroos", "Tiina Halme"):
        assert (name, "member") in got
    # the list's label and the headings after the absent are nobody
    people = {p for p, _r, _b in held(MINUTES, "fi", morph)}
    assert not any("Muut" in p or "Asiat" in p or "Allekirjoitukset" in p for p in people)


@needs_voikko
def test_bare_names_after_absent_are_members_with_voikko():
    assert ("Ritva Salo", "member") in _board(MINUTES, None)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_names_need_the_vice_chair_with_a_comma(morph):
    text = MINUTES.replace("Mikko Laaksonen, varapuheenjohtaja ", "")
    got = _board(text, morph)
    assert not any(r == "member" and p == "Seppo Lindroos" for p, r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_fewer_than_three_bare_names_are_not_read(morph):
    text = MINUTES.replace("Seppo Lindroos Tiina Halme ", "").replace(
        "Pertti Kivelä Hanna Rautio", "Pertti Kivelä Hanna Rautio Muut"
    )
    got = _board(text, morph)
    assert ("Pertti Kivelä", "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_names_need_the_body_of_the_page_head(morph):
    text = MINUTES.replace("Yhtymähallitus Pöytäkirja 4/2023", "Pöytäkirja 4/2023")
    got = held(text, "fi", morph)
    assert not any(p == "Seppo Lindroos" and r == "member" for p, r, _b in got)


PRESIDIUM = (
    "Yhtymähallitus Pöytäkirja 5/2023\n\n"
    "Läsnä Aino Virtanen puheenjohtaja Mikko Laaksonen jäsen Muut läsnäolijat "
    "Esko Mattila, valtuuston pj Olli Nurmi, valtuuston 1. vpj. Poistui kello 10.15.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_seats_in_another_body_after_commas_are_the_names_before(morph):
    got = held(PRESIDIUM, "fi", morph)
    assert ("Esko Mattila", "chair", "Valtuusto") in got
    assert ("Olli Nurmi", "vice_chair", "Valtuusto") in got
    assert ("Olli Nurmi", "chair", "Valtuusto") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_one_comma_seat_alone_is_not_such_a_run(morph):
    text = PRESIDIUM.replace("Olli Nurmi, valtuuston 1. vpj.", "Olli Nurmi, talousjohtaja")
    got = held(text, "fi", morph)
    assert ("Olli Nurmi", "vice_chair", "Valtuusto") not in got


SIGNED = (
    "Yhtymähallitus Pöytäkirja 6/2023\n\n"
    "Läsnä Aino Virtanen puheenjohtaja Mikko Laaksonen jäsen Pertti Kivelä jäsen\n\n"
    "Puheenjohtaja totesi kokouksen laillisesti koolle kutsutuksi ja päätösvaltaiseksi. "
    "Allekirjoitus Aino Virtanen Puheenjohtaja Kalle Ahonen Pöytäkirjanpitäjä "
    "Pöytäkirja on tarkastettu Mikko Laaksonen Pertti Kivelä\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_signature_title_after_the_name_is_that_names(morph):
    got = held(SIGNED, "fi", morph)
    assert not any(p == "Kalle Ahonen" and r == "chair" for p, r, _b in got)
    assert any(p == "Aino Virtanen" and r == "chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_signature_with_no_body_gives_no_seat(morph):
    text = "Pöytäkirja 6/2023\n\n" + SIGNED.split("\n\n", 2)[2]
    assert not held(text, "fi", morph)


NOTICE = (
    "1 KOKOUSKUTSU YHTYMÄHALLITUS Kokoustiedot: Aika: tiistai klo 13 Paikka: kokoushuone Jäsen "
    "Ilmoittanut poissaolostaan Varajäsen Lehtonen Aino, pj. Saarinen Veikko Koivisto Mikko, "
    "vpj. Heinonen Elina Rautio Hanna X Lindroos Seppo Kivelä Pertti Halme Tiina Mattila Esko "
    "valtuuston puheenjohtaja Korpela Liisa sihteeri Käsiteltävät asiat: 12 Kokouksen "
    "laillisuus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_flattened_member_deputy_table_is_read_in_pairs(morph):
    got = roles(NOTICE, "fi", morph)
    board = {(p, r) for p, r, b in got if b == "Yhtymähallitus"}
    assert (key("Aino Lehtonen"), "chair") in board
    assert (key("Veikko Saarinen"), "deputy_member") in board
    assert (key("Mikko Koivisto"), "vice_chair") in board
    assert (key("Elina Heinonen"), "deputy_member") in board
    assert (key("Hanna Rautio"), "member") in board
    assert (key("Seppo Lindroos"), "deputy_member") in board
    assert (key("Pertti Kivelä"), "member") in board
    assert (key("Tiina Halme"), "deputy_member") in board
    # the names with a title after them are no pair's: a seat in another body, an official
    assert not any(p == key("Esko Mattila") and b == "Yhtymähallitus" for p, _r, b in got)
    assert (key("Esko Mattila"), "chair", "Valtuusto") in got
    assert not any(p == key("Liisa Korpela") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_pairs_need_the_tables_header(morph):
    text = NOTICE.replace("Jäsen Ilmoittanut poissaolostaan Varajäsen", "Osallistujat")
    got = roles(text, "fi", morph)
    assert (key("Veikko Saarinen"), "deputy_member", "Yhtymähallitus") not in got
    assert (key("Seppo Lindroos"), "deputy_member", "Yhtymähallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_pairs_need_an_even_count_of_names(morph):
    text = NOTICE.replace("Halme Tiina ", "")
    got = roles(text, "fi", morph)
    assert (key("Seppo Lindroos"), "deputy_member", "Yhtymähallitus") not in got

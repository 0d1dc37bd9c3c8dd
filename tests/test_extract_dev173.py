"""hytegraph extract on layouts met in the hundred-and-sixty-ninth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a board's bare word ("Hallitukseen valittiin A, B ja C") never points back to a programme
  or a project the text named before it ("järjestää yhteistä ohjelmaa, johon …"), which has
  no board of its own: the word names the board; a bare word for another kind of body, and a
  board named after a body with members, are read as before;
- the attendance of a minutes' page printed surname first with the role after each name
  ("Aho Eino puheenjohtaja Laine Aila jäsen …") sits in the body the page header names right
  after the number of the minutes ("Pöytäkirja 7/2016 1/30 Kunnanhallitus"), not in a body
  named in the title of an item listed between ("Jäsenen nimeäminen X:n hallitukseen"); with
  no such header, the body named before the list is read as before.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, roles

PROGRAMME_BEFORE = (
    "Testilän Mökkiläiset ry:n vuosikokous pidettiin elokuussa. Toivomme, että ensi kesänä "
    "voisimme järjestää jotain yhteistä ohjelmaa, johon osallistuminen on kaikille avointa "
    "riippumatta siitä onko jäsenenämme vai onko kesäasukas. Hallitukseen valittiin Pekka "
    "Salo, Anna Mäki ja Ville Nurmi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_board_word_after_a_programme_names_the_board(morph):
    got = held(PROGRAMME_BEFORE, "fi", morph)
    for name in ("Pekka Salo", "Anna Mäki", "Ville Nurmi"):
        assert (name, "member", "Hallitus") in got
    assert not any("ohjelma" in body.casefold() for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_board_word_after_a_named_board(morph):
    # the page is about the club's board: the bare word is that board
    text = (
        "Testilän Soutuseuran hallitus kokoontui 6.5.2023. Seura järjestää yhteistä ohjelmaa "
        "kesällä.\n\nHallitukseen valittiin Pekka Salo ja Anna Mäki.\n"
    )
    got = held(text, "fi", morph)
    assert not any("ohjelma" in body.casefold() for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_members_of_a_programme_steering_group(morph):
    # a steering group named in full keeps its seats
    text = (
        "Testilän kaupunki käynnisti Hyvä Arki -ohjelman. Ohjelman ohjausryhmään valittiin "
        "Pekka Salo, Anna Mäki ja Ville Nurmi.\n"
    )
    got = held(text, "fi", morph)
    assert not any(body == "Hallitus" for _, _, body in got)


MINUTES = (
    "TESTILÄN KUNTA Pöytäkirja 7/2016 1/30 Kunnanhallitus Aika klo 18:00-20:00 Paikka "
    "Kunnantalo Käsitellyt asiat Asia Sivu 80 Kokouksen laillisuus Talousarvion muutos "
    "Jäsenen nimeäminen Kylälän Kotiseutusäätiön hallitukseen Muut asiat\n\n"
    "2 TESTILÄN KUNTA Pöytäkirja 7/2016 2/30 Osallistujat Nimi Tehtävä Lisätiedot Läsnä "
    "Aho Eino puheenjohtaja Laine Aila jäsen Koski Pertti jäsen Mäki Sanna jäsen Poissa "
    "Salo Veikko jäsen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_attendance_sits_in_the_body_of_the_header(morph):
    got = roles(MINUTES, "fi", morph)
    assert ("Aila Laine", "member", "Kunnanhallitus") in got
    assert ("Koski Pertti", "member", "Kunnanhallitus") in got
    assert not any("säätiö" in body.casefold() for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_minutes_list_without_a_numbered_header(morph):
    # no "Pöytäkirja N/YYYY" header: the body named before the list stays its body
    text = (
        "Kylälän Kotiseutusäätiön hallitus Aika klo 18:00-20:00 Paikka Seurantalo Läsnä "
        "Aho Eino puheenjohtaja Laine Aila jäsen Koski Pertti jäsen Mäki Sanna jäsen\n"
    )
    got = roles(text, "fi", morph)
    assert ("Aila Laine", "member", "Kylälän Kotiseutusäätiön hallitus") in got
    assert not any(body == "Kunnanhallitus" for _, _, body in got)

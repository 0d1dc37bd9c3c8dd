"""hytegraph extract on layouts met in the hundred-and-twenty-fourth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a members' and personal deputies' table flattened a seat at a time: the two column headers
  on lines of their own, one under the other ("Varsinaiset jäsenet" / "Henkilökohtaiset
  varajäsenet", "Ordinarie ledamöter" / "Personliga ersättare"), then for each seat the
  member's name (", puheenjohtaja" after it, the deputy's name perhaps glued to the office)
  and the deputy's name on the next line, then their phones, e-mails and towns, a blank line
  before the next seat: the first name of a seat is the member (or holds the office), the
  second the deputy; a seat with one name a member's;
- minutes' attendance run together on one line ("Aino Ek, puheenjohtaja Bo Lind Eva Salo
  Ville Aho, varajäsen"): the names printed bare between two items with a seat in the body
  whose minutes these are sit in it, as members;
- a heading of honorary members ("KUNNIAJÄSENET", "Kunniajäsenet", "Hedersmedlemmar") after a
  board's list: the names under it hold no seat (nor a guess of the tagger's), and the list
  before it ends.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held

CARD_PAIRS = (
    "Kylätoimikunta\n\n"
    "Toimikunnassa on seitsemän jäsentä ja jokaisella henkilökohtainen varajäsen.\n\n"
    "Kylätoimikunta 2021\n\n"
    "Varsinaiset jäsenet\n\n"
    "Henkilökohtaiset varajäsenet\n\n"
    "Aino Kettunen, puheenjohtajaVeli Rantala\n"
    "040 1234567\n"
    "050 7654321\n"
    "aino.kettunen(ät)esimerkki.fi\n"
    "veli.rantala(ät)esimerkki.fi\n"
    "Kuusela\n"
    "Kuusela\n"
    "  \n"
    "Marja Lehtinen\n"
    "Jorma Vainio\n"
    "044 1112223\n"
    "marja.lehtinen(ät)esimerkki.fi\n"
    "Mäntyvaara\n"
    "  \n"
    "Pekka Salminen, varapuheenjohtaja\n"
    "Tiina Koskela\n"
    "045 3332221\n"
    "Koivula\n"
    "Kuusela\n"
    "  \n"
    "Sari Hämäläinen\n\n"
    "050 9998887\n\n"
    "Koivula\n"
    "  \n"
    "Harri Nieminen\n"
    "Leena Björk\n"
    "0400 111222\n"
    "Mäntyvaara\n"
    "  \n\n"
    "Kylätoimikunnan säännöt\n\n"
    "1 § Yhdistyksen nimi\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_member_and_deputy_cards_under_two_column_headers(morph):
    got = held(CARD_PAIRS, "fi", morph)
    body = {b for _p, _r, b in got if "Kylätoimikunta" in b}
    assert len(body) == 1
    (b,) = body
    assert ("Aino Kettunen", "chair", b) in got
    assert ("Veli Rantala", "deputy_member", b) in got
    assert ("Marja Lehtinen", "member", b) in got
    assert ("Jorma Vainio", "deputy_member", b) in got
    assert ("Pekka Salminen", "vice_chair", b) in got
    assert ("Tiina Koskela", "deputy_member", b) in got
    assert ("Sari Hämäläinen", "member", b) in got  # a seat with one name: a member's
    assert ("Harri Nieminen", "member", b) in got
    assert ("Leena Björk", "deputy_member", b) in got
    # the deputies are no members, nor hold the next seat's office
    assert ("Veli Rantala", "member", b) not in got
    assert ("Jorma Vainio", "member", b) not in got
    assert ("Jorma Vainio", "vice_chair", b) not in got
    assert ("Tiina Koskela", "member", b) not in got


CARD_PAIRS_SV = (
    "Byarådet\n\n"
    "Byarådet 2021\n\n"
    "Ordinarie ledamöter\n"
    "Personliga ersättare\n\n"
    "Anna Lindqvist, ordförande\n"
    "Erik Holmberg\n"
    "040 1234567\n"
    "Norrby\n\n"
    "Maria Sjöberg\n"
    "Johan Nyström\n"
    "044 7654321\n"
    "Söderby\n\n"
    "Karin Westerlund\n"
    "Lars Åkerman\n"
    "050 1112223\n"
    "Norrby\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_member_and_deputy_cards_in_swedish(morph):
    got = held(CARD_PAIRS_SV, "sv", morph)
    roles = {(p, r) for p, r, _b in got}
    assert ("Anna Lindqvist", "chair") in roles
    assert ("Erik Holmberg", "deputy_member") in roles
    assert ("Maria Sjöberg", "member") in roles
    assert ("Johan Nyström", "deputy_member") in roles
    assert ("Karin Westerlund", "member") in roles
    assert ("Lars Åkerman", "deputy_member") in roles
    assert ("Erik Holmberg", "member") not in roles


CARDS_NO_DEPUTY_HEADER = (
    "Kylätoimikunta 2021\n\n"
    "Aino Kettunen, puheenjohtaja\n"
    "040 1234567\n"
    "Kuusela\n\n"
    "Marja Lehtinen\n"
    "044 1112223\n"
    "Mäntyvaara\n\n"
    "Pekka Salminen\n"
    "045 3332221\n"
    "Koivula\n\n"
    "Harri Nieminen\n"
    "0400 111222\n"
    "Mäntyvaara\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_cards_without_the_two_column_headers_are_all_members(morph):
    # guard: one name a card and no deputies' column header: no deputies
    got = held(CARDS_NO_DEPUTY_HEADER, "fi", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)


HEADERS_OVER_LISTS = (
    "Kylätoimikunta 2021\n\n"
    "Varsinaiset jäsenet\n\n"
    "Henkilökohtaiset varajäsenet\n\n"
    "Aino Kettunen\n"
    "Marja Lehtinen\n"
    "Pekka Salminen\n"
    "Harri Nieminen\n\n"
    "Veli Rantala\n"
    "Jorma Vainio\n"
    "Tiina Koskela\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_no_pairs_read_from_groups_of_more_than_two_names(morph):
    # guard: groups of three names or more are no seats of a member and a deputy
    got = held(HEADERS_OVER_LISTS, "fi", morph)
    assert not any(
        f.rule == "member-deputy-card-pairs" for f in findings(HEADERS_OVER_LISTS, "fi", morph)
    )
    assert ("Marja Lehtinen", "deputy_member", "Kylätoimikunta") not in got


MINUTES_RUN = (
    "Ympäristölautakunta Sivu 12\n\n"
    "1 Viranomainen KOKOUSPÖYTÄKIRJA N:o 3/2011 Ympäristölautakunta Sivu 12 Kokousaika klo "
    "Kokouspaikka Saapuvilla olleet Jäsenet Kunnantalon kokoushuone Aino Kettunen, "
    "puheenjohtaja Marja Lehtinen Pekka Salminen Harri Nieminen Sari Hämäläinen, "
    "varapuheenjohtaja Jorma Vainio, varajäsen "
    "/7 Muut saapuvilla olleet Leena Björk, rakennustarkastaja, pöytäkirjanpitäjä Asiat 1-9\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_names_between_seats_in_a_minutes_run(morph):
    got = held(MINUTES_RUN, "fi", morph)
    body = "Ympäristölautakunta"
    assert ("Aino Kettunen", "chair", body) in got
    assert ("Marja Lehtinen", "member", body) in got
    assert ("Pekka Salminen", "member", body) in got
    assert ("Harri Nieminen", "member", body) in got
    assert ("Sari Hämäläinen", "vice_chair", body) in got
    assert ("Jorma Vainio", "deputy_member", body) in got


MINUTES_RUN_TRAILING = (
    "Ympäristölautakunta Sivu 12\n\n"
    "1 Viranomainen KOKOUSPÖYTÄKIRJA N:o 3/2011 Ympäristölautakunta Sivu 12 Kokousaika klo "
    "Kokouspaikka Saapuvilla olleet Jäsenet Kunnantalon kokoushuone Aino Kettunen, puheenjohtaja "
    "Sari Hämäläinen, varapuheenjohtaja Jorma Vainio, varajäsen Marja Lehtinen "
    "Pekka Salminen Asiat 1-9\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_names_after_the_last_seat_get_none_from_the_run(morph):
    # guard: only names between two items with a seat are members
    got = held(MINUTES_RUN_TRAILING, "fi", morph)
    assert ("Marja Lehtinen", "member", "Ympäristölautakunta") not in got
    assert ("Pekka Salminen", "member", "Ympäristölautakunta") not in got


HONORARY = (
    "KYLÄSEURA RY\n\n"
    "Johtokunta 2021\n\n"
    "Aino Kettunen, puheenjohtaja, 0401234567\n\n"
    "Marja Lehtinen\n\n"
    "Pekka Salminen\n\n"
    "Varajäsenet\n\n"
    "Harri Nieminen\n"
    "Sari Hämäläinen\n\n"
    "KUNNIAJÄSENET\n\n"
    "Veli Rantala\n\n"
    "Tiina Koskela 1920-2010\n\n"
    "Kyläseuran säännöt\n\n"
    "1. Yhdistyksen nimi on Kyläseura ry.\n"
    "2. Julkaisee Kuuselaa koskevaa aineistoa yksin ja yhdessä muiden kanssa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_honorary_members_under_their_heading_hold_no_seat(morph):
    got = held(HONORARY, "fi", morph)
    assert ("Aino Kettunen", "chair", "Johtokunta") in got
    assert ("Marja Lehtinen", "member", "Johtokunta") in got
    assert ("Harri Nieminen", "deputy_member", "Johtokunta") in got
    assert ("Sari Hämäläinen", "deputy_member", "Johtokunta") in got
    assert not any(p in ("Veli Rantala", "Tiina Koskela") for p, _r, _b in got)
    assert not any(p.startswith("Julkaisee") for p, _r, _b in got)


HONORARY_SV = (
    "Styrelsen 2021\n\n"
    "Anna Lindqvist, ordförande\n\n"
    "Maria Sjöberg\n\n"
    "Karin Westerlund\n\n"
    "Hedersmedlemmar\n\n"
    "Erik Holmberg\n\n"
    "Johan Nyström\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_honorary_members_in_swedish_hold_no_seat(morph):
    got = held(HONORARY_SV, "sv", morph)
    assert any(p == "Anna Lindqvist" and r == "chair" for p, r, _b in got)
    assert not any(p in ("Erik Holmberg", "Johan Nyström") for p, _r, _b in got)


DEPUTIES_AFTER_HONOUR = (
    "Johtokunta 2021\n\n"
    "Aino Kettunen, puheenjohtaja\n\n"
    "Marja Lehtinen\n\n"
    "Pekka Salminen\n\n"
    "Varajäsenet\n\n"
    "Harri Nieminen\n"
    "Sari Hämäläinen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputies_heading_is_no_honorary_one(morph):
    # guard: the deputies' heading keeps its seats
    got = held(DEPUTIES_AFTER_HONOUR, "fi", morph)
    assert ("Harri Nieminen", "deputy_member", "Johtokunta") in got
    assert ("Sari Hämäläinen", "deputy_member", "Johtokunta") in got

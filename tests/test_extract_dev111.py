"""hytegraph extract on layouts met in the hundred-and-fourteenth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- a board's items each with the office glued to the name by a hyphen ("Bror Lind-ordförande,
  Eva Ek-vice ordförande, Gun Berg-kassör"): the words after the hyphen are the item's office
  or task (a duty that is no office, "körledare", a member's), when two or more of the line's
  items end in an office's word; a double-barrelled name ("Gull-Britt", "Lind-Holm") or one
  such item alone is left as it was;
- "Övriga ledamöter i styrelsen är: A, skådespelare; B, scenograf; …" under a heading naming
  the body: the words after each name are a trade, and the members' label gives everyone of
  the list the seat (the reading of "Name, title" runs, where a title alone gives no seat,
  does not clear it).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

HYPHENED = (
    "Årsmöte i Norrviks kammarkör\n\n"
    "Kören har haft fyra sammanträden under året.\n\n"
    "Körens styrelse har följande sammansättning: Tora Blom-körledare, Arvid Sjögren-ordförande, "
    "Lena Holmqvist-vice ordförande, Nils Ekman-kassör, Maja Lindgren-sekreterare, "
    "Olle Strand-suppleant.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_glued_to_names_by_hyphens(morph):
    got = held(HYPHENED, "sv", morph)
    body = "Körens styrelse"
    assert ("Arvid Sjögren", "chair", body) in got
    assert ("Lena Holmqvist", "vice_chair", body) in got
    assert ("Nils Ekman", "member", body) in got
    assert ("Maja Lindgren", "secretary", body) in got
    assert ("Olle Strand", "deputy_member", body) in got
    assert ("Tora Blom", "member", body) in got
    assert not any("-" in person for person, _r, _b in got)


DOUBLE_BARRELLED = (
    "Styrelsen\n\n"
    "Styrelsen består av: Karin Lind-Holm, ordförande, Gull-Britt Ek, kassör, "
    "och Per Ahl-Berg, sekreterare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_double_barrelled_names_keep_their_hyphens(morph):
    # guard: the word after the hyphen is capitalised, a part of the name
    got = held(DOUBLE_BARRELLED, "sv", morph)
    people = {person for person, _r, _b in got}
    assert "Karin Lind-Holm" in people
    assert "Per Ahl-Berg" in people
    assert "Karin Lind" not in people


ONE_HYPHENED = "Föreningen\n\nKontakt: Arvid Sjögren-ordförande\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_one_hyphened_office_alone_is_not_parted(morph):
    # guard: one item alone is not a list of offices glued to names
    got = held(ONE_HYPHENED, "sv", morph)
    assert not any(role == "chair" and person == "Arvid Sjögren" for person, role, _b in got)


TRADES = (
    "Förbundsstyrelse\n\n"
    "Förbundsstyrelsen leder förbundets arbete mellan stämmorna.\n\n"
    "Övriga ledamöter i förbundsstyrelsen är: Tove Rask, skådespelare; Hugo Wiklund, "
    "ljustekniker;  Saga Lundqvist, kostymör;  Elis Hammar, dansare och koreograf; "
    "Vera Söderlund, scenograf och Anton Berglöf dansare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_members_label_before_names_with_their_trades(morph):
    got = held(TRADES, "sv", morph)
    for person in (
        "Tove Rask",
        "Hugo Wiklund",
        "Saga Lundqvist",
        "Elis Hammar",
        "Vera Söderlund",
        "Anton Berglöf",
    ):
        assert any(p == person and r == "member" for p, r, _b in got), person


TRADES_NO_LABEL = (
    "Förbundsstyrelse\n\n"
    "Förbundsstyrelsen leder förbundets arbete mellan stämmorna.\n\n"
    "På festivalen medverkade: Tove Rask, skådespelare; Hugo Wiklund, ljustekniker;  "
    "Saga Lundqvist, kostymör och Anton Berglöf dansare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_with_trades_under_no_members_label_get_no_seat(morph):
    # guard: without a members' label the trades are titles only, no seats
    got = held(TRADES_NO_LABEL, "sv", morph)
    assert not any(p in ("Tove Rask", "Hugo Wiklund", "Saga Lundqvist") for p, _r, _b in got)

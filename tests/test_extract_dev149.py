"""hytegraph extract on layouts met in the hundred-and-forty-first held-out set (its village
association, fisheries group, federation and annual-meeting pages): made-up snippets, one per
mechanism, read with either word-form reader.

- a space-padded table's header line ("Namn      Sektor      Delregion") under a body's
  heading is the columns of the list under it: the rows below, a name and its other cells
  padded apart, are the body's people (an office at a row's end, "Ordf.", gives the role);
- "Till styrelsen" over "Aino Berg, ordförande på ett år": an election item's heading names
  the body the lines below are elected to, and the term after an entry's office ("på ett
  år", "på vardera ett år") is no part of the office;
- "A och B, suppleanter" in such a list: names joined by "och", then the seat they share
  after a comma, each name holding it; "A, B och C har ytterligare ett år kvar på sina
  mandat": members whose term goes on;
- "… är följande personer: … A (region norr), B och C förbundsstyrelsen.": a sentence with no
  verb of names (a note in brackets after each) and then a body's name, after a sentence of
  the same line saying people were elected: members of that body;
- "Den första styrelsen såg ut så här: ordförande A, …. Suppleanter: B och C.": a history's
  founding board (past tense) and the labelled sentences going on from it hold no seat now;
- 'Name / e-mail / office' cards under a heading (the first name right under it, the last
  card ending with an office, "Suppleanter:" over deputies' cards): each office belongs to
  the card above it.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

PADDED_TABLE = (
    "Om gruppen\n\n"
    "Testsjöns fiskegrupp arbetar för fisket i sjön och dess tillflöden.\n\n"
    "Testsjöns styrelse:\n\n"
    "  Namn                              Sektor        Delregion\n"
    "Anders Pålsson            Offentlig        Norrby\n"
    "Lisa Grönkvist   Ideell            Söderås\n"
    "Olof Dahlkvist                   Offentlig      Västra Bygden\n"
    "Karin Sjöholm                    Privat         Norrby Ordf.\n"
    "Mats Lundell           Ideell         Söderås\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_padded_header_line_over_a_body_list(morph):
    got = held(PADDED_TABLE, "sv", morph)
    for name in ("Anders Pålsson", "Lisa Grönkvist", "Olof Dahlkvist", "Mats Lundell"):
        assert (name, "member", "Testsjöns styrelse") in got
    assert ("Karin Sjöholm", "chair", "Testsjöns styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_padded_header_with_no_body_above(morph):
    # the same table under a heading that names no body: no seats
    text = PADDED_TABLE.replace("Testsjöns styrelse:", "Kontaktpersoner:")
    got = held(text, "sv", morph)
    assert not any(p == "Anders Pålsson" for p, _r, _b in got)


ELECTION_ITEM = (
    "Protokoll från årsmötet i Testby Byalag den 12 mars 2024\n\n"
    "§ 1 Mötet öppnades av Per Ekholm.\n\n"
    "§ 8 Mötet gjorde följande val:\n\n"
    "Till styrelsen\n\n"
    "Per Ekholm, ordförande på ett år\n\n"
    "Lena Bäckström, ledamot på två år\n\n"
    "Ulla Grenholm, Sven Tallqvist och Eva Nordlöf  har ytterligare ett år kvar på sina mandat.\n\n"
    "Jonas Åkerlind och Maria Hedberg, suppleanter  på vardera ett år.\n\n"
    "Till revisor och revisorssuppleant valdes Bo Ringdahl respektive Anna Fröding på vardera "
    "ett år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_election_item_heading_and_term_after_office(morph):
    got = held(ELECTION_ITEM, "sv", morph)
    assert ("Per Ekholm", "chair", "Styrelsen") in got
    assert ("Lena Bäckström", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_names_with_term_left_and_shared_seat(morph):
    got = held(ELECTION_ITEM, "sv", morph)
    for name in ("Ulla Grenholm", "Sven Tallqvist", "Eva Nordlöf"):
        assert (name, "member", "Styrelsen") in got
    assert ("Jonas Åkerlind", "deputy_member", "Styrelsen") in got
    assert ("Maria Hedberg", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_auditors_after_the_election_item(morph):
    got = held(ELECTION_ITEM, "sv", morph)
    assert not any(p in ("Bo Ringdahl", "Anna Fröding") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_letter_to_the_board(morph):
    # "Till styrelsen" over prose (a letter to the board): no list of the board below it
    text = (
        "Till styrelsen\n\n"
        "Vi vill föreslå att byalaget ordnar en städdag i maj. Hälsningar Per Ekholm och "
        "Lena Bäckström\n"
    )
    got = held(text, "sv", morph)
    assert not any(p in ("Per Ekholm", "Lena Bäckström") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_two_names_then_an_officer_office(morph):
    # "A och B, ordförande": one office for two is no shared seat read as the chair's
    text = "Styrelsen:\n\nPer Ekholm, ordförande\n\nJonas Åkerlind och Maria Hedberg, kassör\n"
    got = held(text, "sv", morph)
    assert ("Maria Hedberg", "chair", "Styrelsen") not in got
    assert ("Jonas Åkerlind", "deputy_member", "Styrelsen") not in got


FEDERATION = (
    "Val och utmärkelser\n\n"
    "Omvalda i styrelsen är följande personer: Anna Berglund, förbundsordförande och Lars "
    "Ekström, förste vice ordförande. Maja Lindqvist (region öst), Per Holm (region väst) och "
    "Eva-Lena Strand (region syd) förbundsstyrelsen. Olle Bäck, Karin Åberg och Tove Sund, "
    "suppleanter i förbundsstyrelsen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_verbless_names_then_body_after_an_election(morph):
    got = held(FEDERATION, "sv", morph)
    for name in ("Maja Lindqvist", "Per Holm", "Eva-Lena Strand"):
        assert (name, "member", "Förbundsstyrelsen") in got
    assert ("Olle Bäck", "deputy_member", "Förbundsstyrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_names_then_body_with_no_election(morph):
    # the same sentence after one that elects no one: no seats read from it
    text = FEDERATION.replace("Omvalda i styrelsen är", "På mötet talade")
    got = held(text, "sv", morph)
    assert not any(p == "Per Holm" for p, _r, _b in got)


FIRST_BOARD = (
    "Om byalaget\n\n"
    "Byalaget bildades på ett möte i bygdegården 1968. Den första styrelsen såg ut så här: "
    "ordförande Nils Håkansson, vice ordförande Ebba Lind, kassör Gustav Ek, sekreterare "
    "Signe Dahl. Suppleanter: Oskar Berg och Elsa Strand.\n\n"
    "Styrelsen består av ordförande Britta Sjögren, sekreterare Tomas Wall och ledamoten "
    "Emma Ljung.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_first_board_of_a_history_holds_no_seat(morph):
    got = held(FIRST_BOARD, "sv", morph)
    for name in ("Nils Håkansson", "Ebba Lind", "Signe Dahl", "Oskar Berg", "Elsa Strand"):
        assert not any(p == name for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_sitting_board_after_a_history(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(FIRST_BOARD, "sv", morph)}
    assert ("Britta Sjögren", "chair", "styrelsen") in got
    assert ("Tomas Wall", "secretary", "styrelsen") in got


EMAIL_CARDS = (
    "Testviks Byalag\n\n"
    "Medlemsavgift: 200 kr per familj.\n\n"
    "Styrelsen\nbestår av\nföljande ledamöter:\n\n"
    "Ingrid Falk\ningrid.falk@example.se\n\nordförande\n"
    "Olle Brandt\nolle.brandt@example.se\n\nvice ordförande, samt webmaster\n"
    "Siv Lindgren\nsiv.lindgren@example.se\n\nsekreterare\n"
    "Erik Moberg\nerik.moberg@example.se\nkassör\n"
    "Alva Nyström\nalva.nystrom@example.se\n"
    "Gunnar Rask\ngunnar.rask@example.se\nLedamot\n"
    "Suppleanter:\n"
    "Märta Ekdahl\nmarta.ekdahl@example.se\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_email_cards_with_the_office_after(morph):
    got = held(EMAIL_CARDS, "sv", morph)
    assert ("Ingrid Falk", "chair", "Styrelsen") in got
    assert ("Olle Brandt", "vice_chair", "Styrelsen") in got
    assert ("Siv Lindgren", "secretary", "Styrelsen") in got
    for name in ("Erik Moberg", "Alva Nyström", "Gunnar Rask"):
        assert (name, "member", "Styrelsen") in got
    assert ("Märta Ekdahl", "deputy_member", "Styrelsen") in got
    assert ("Olle Brandt", "chair", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_email_cards_with_the_office_first(morph):
    # 'office / Name / e-mail' cards: the office above the first name is its own
    text = (
        "Styrelsen\n\n"
        "Ordförande\nIngrid Falk\ningrid.falk@example.se\n\n"
        "Vice ordförande\nOlle Brandt\nolle.brandt@example.se\n\n"
        "Sekreterare\nSiv Lindgren\nsiv.lindgren@example.se\n\n"
        "Ledamot\nGunnar Rask\ngunnar.rask@example.se\n"
    )
    got = held(text, "sv", morph)
    assert ("Ingrid Falk", "chair", "Styrelsen") in got
    assert ("Olle Brandt", "vice_chair", "Styrelsen") in got
    assert ("Siv Lindgren", "secretary", "Styrelsen") in got

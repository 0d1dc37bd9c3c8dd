"""hytegraph extract on layouts met in the hundred-and-eighty-sixth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- "Supl." (a deputy's abbreviation with one p) before a name on a board's list is a deputy's
  seat, like "Suppl.".
- a compound of a body's word and "sammansättning" over a list ("Styrelsesammansättning
  2023") names the body itself ("Styrelse"), not a body of that name.
- a list under a heading marked until a date ("… t.o.m. 2023-03-08"), followed on the page by
  a list under the same heading marked from that date ("… fr.o.m. 2023-03-08"), is the
  earlier composition: its seats are held no more; within a list, "Name (t.o.m. 28 nov.)"
  when another line says "(… fr.o.m. 28 nov.)" is a seat given up on that date.
- an abbreviation's full stop, a token of its own, is part of a role phrase in a sentence
  ("ordförande A, v. ordf. B": B the vice chair, not a second chair); "v. sekr." is a
  vice secretary, a member.
- "A avgår som kassör och ersätts av B", "I valberedningen avgick A och B och ersattes av C
  och D", "A ersätts som v. sekr. av B": whoever replaces the leaving one holds the seat
  left (the post said with "som"; a member's otherwise) in the body the paragraph names
  before; the leaving is the leaving one's alone, the other names of the sentence keep their
  seats.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held


@pytest.mark.parametrize("morph", MORPHS)
def test_supl_abbreviation_is_a_deputy(morph):
    text = (
        "Styrelsens sammansättning 2024\n\n"
        "  • Ordförande: Kalle Testson\n"
        "  • Kassör: Lisa Provsdotter\n"
        "  • Supl. Nils Exempelsson\n"
        "  • Supl. Stina Prövare\n"
    )
    got = held(text, "sv", morph)
    assert ("Nils Exempelsson", "deputy_member", "Styrelsen") in got
    assert ("Stina Prövare", "deputy_member", "Styrelsen") in got
    assert ("Nils Exempelsson", "member", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_member_line_beside_the_deputies(morph):
    text = (
        "Styrelsens sammansättning 2024\n\n"
        "  • Ordförande: Kalle Testson\n"
        "  • Ledamot: Lisa Provsdotter\n"
        "  • Supl. Nils Exempelsson\n"
    )
    got = held(text, "sv", morph)
    assert ("Lisa Provsdotter", "member", "Styrelsen") in got
    assert ("Kalle Testson", "chair", "Styrelsen") in got


BOTH_LISTS = (
    "Verksamhetsberättelse för år 2023\n\n"
    "Styrelsesammansättning t.o.m. 2023-03-09\n"
    "Ordförande                    Kalle Testson\n"
    "Sekreterare                   Lisa Provsdotter\n"
    "Ledamöter                     Nils Exempelsson\n"
    "                              Stina Prövare\n\n"
    "Styrelsesammansättning fr.o.m. 2023-03-09\n\n"
    "Ordförande                    Olle Påhittad (t.o.m. 12 okt.)\n"
    "Vice ordförande               Greta Låtsas (tf ordf fr.o.m. 12 okt.)\n"
    "Sekreterare                   Stina Prövare\n"
    "Ledamöter                     Nils Exempelsson\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_composition_compound_names_the_body(morph):
    got = held(BOTH_LISTS, "sv", morph)
    assert ("Stina Prövare", "secretary", "Styrelse") in got
    assert not any(body == "Styrelsesammansättning" for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_list_until_a_date_then_from_it_is_held_no_more(morph):
    got = held(BOTH_LISTS, "sv", morph)
    assert ("Kalle Testson", "chair", "Styrelse") not in got
    assert ("Lisa Provsdotter", "secretary", "Styrelse") not in got
    assert ("Nils Exempelsson", "member", "Styrelse") in got
    assert ("Greta Låtsas", "vice_chair", "Styrelse") in got
    # the chair until a date another takes on: given up
    assert ("Olle Påhittad", "chair", "Styrelse") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_list_until_a_date_with_no_list_from_it(morph):
    # one list marked until a date, no later list: nothing says it was replaced
    text = BOTH_LISTS.split("\n\nStyrelsesammansättning fr.o.m.")[0] + "\n"
    got = held(text, "sv", morph)
    assert ("Kalle Testson", "chair", "Styrelse") in got
    assert ("Lisa Provsdotter", "secretary", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_until_mark_with_no_from_mark(morph):
    # "(t.o.m. 12 okt.)" alone: no one said to take the seat on that date
    text = BOTH_LISTS.replace(" (tf ordf fr.o.m. 12 okt.)", "")
    text = text.replace("t.o.m. 2023-03-09", "2022").replace("fr.o.m. 2023-03-09", "2023")
    got = held(text, "sv", morph)
    assert ("Olle Påhittad", "chair", "Styrelse") in got


ELECTIONS = (
    "Rapport från årsmötet den 5 mars 2024\n\n"
    "Val av styrelse och funktionärer:\n\n"
    "I styrelsen omvaldes ordförande Kalle Testson, v. ordf. Lisa Provsdotter och Olle "
    "Påhittad som suppleant. Nils Exempelsson avgår som kassör och ersätts av Stina Prövare. "
    "Greta Låtsas avgår som suppleant och ersätts av Bo Uppdiktad. Stina Prövare ersätts som "
    "v. sekr. av Eva Fantasi.\n\n"
    "I Festkommittén omvaldes Ture Tänkt som sammankallande och Maja Skenbar avgick och "
    "ersätts av Kurt Diktad.\n\n"
    "I Valberedningen avgick Ada Fiktiv och Per Overklig och ersattes av Siv Drömd och Leif "
    "Inbillad. En plats är vakant.\n"
)


def _seats(got: set[tuple[str, str, str]], person: str) -> set[str]:
    """The roles a person holds in the board ("Styrelse" or "Styrelsen")."""
    return {r for p, r, b in got if p == person and b in ("Styrelse", "Styrelsen")}


@pytest.mark.parametrize("morph", MORPHS)
def test_abbreviated_vice_chair_in_a_sentence(morph):
    got = held(ELECTIONS, "sv", morph)
    assert _seats(got, "Kalle Testson") == {"chair"}
    assert _seats(got, "Lisa Provsdotter") == {"vice_chair"}


@pytest.mark.parametrize("morph", MORPHS)
def test_replaced_by_takes_the_seat_left(morph):
    got = held(ELECTIONS, "sv", morph)
    assert ("Stina Prövare", "member", "Styrelsen") in got
    assert ("Bo Uppdiktad", "deputy_member", "Styrelsen") in got
    assert ("Eva Fantasi", "member", "Styrelsen") in got
    assert ("Kurt Diktad", "member", "Festkommittén") in got
    assert ("Siv Drömd", "member", "Valberedningen") in got
    assert ("Leif Inbillad", "member", "Valberedningen") in got
    # the ones leaving hold no seat
    assert not any(p in ("Nils Exempelsson", "Greta Låtsas", "Maja Skenbar") for p, _r, _b in got)
    assert not any(p in ("Ada Fiktiv", "Per Overklig") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_re_elected_beside_one_leaving_keeps_the_seat(morph):
    got = held(ELECTIONS, "sv", morph)
    assert ("Ture Tänkt", "member", "Festkommittén") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_stand_in_at_a_meeting(morph):
    # minutes: who serves in whose place at one meeting, no one leaving the body
    text = (
        "Kultur- och fritidsnämnden\n\n"
        "Sammanträdesdatum 2024-03-05\n\n"
        "Tjänstgörande ersättare: Kalle Testson ersätts av Lisa Provsdotter (C).\n"
    )
    got = held(text, "sv", morph)
    assert ("Lisa Provsdotter", "member", "Kultur- och fritidsnämnden") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_replacement_only_proposed(morph):
    text = (
        "Valberedningens förslag\n\n"
        "I styrelsen föreslås att Nils Exempelsson avgår som kassör och ersätts av Stina "
        "Prövare.\n"
    )
    got = held(text, "sv", morph)
    assert ("Stina Prövare", "member", "Styrelsen") not in got

"""hytegraph extract on Swedish contact cards turned from PDF, on posts held from outside a
board, on a board run on one line with the places its members come from, and on the learned
tagger's guesses beside them: made-up snippets, one per mechanism, read with either word-form
reader.

- an office run into the card's telephone or e-mail label ("Aino Ek, Ordförande3G/Mobil:
  040 …E-post: …"), as a page turned from PDF prints it: the office, the label no part of it,
  and such cards under "Styrelsen" its list;
- a post marked as held from outside the body ("Bo Ek, kassör/utomstående"): no seat;
- a run of names each followed by the place (or two, or an organisation) the member comes
  from, an office in parentheses after either ("Ledamöter: Aino Ek, Testby (ordförande), Bo
  Lind, Testvik, …"; "Suppleanter: …"): every name a seat of the label's, or the office's;
- "Eva Berg, som är projektanställd, valdes till kassör": an employee, no seat;
- the tagger guesses no seat for a job's card ("Lena Holm, Koordinator" closing the line or
  run into the card's telephone label), and guesses a deputy's seat for the names the rules
  left in a run they quote as deputies.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.findings import Finding
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import Mention
from hytegraph.authoring.extract.tagger import _deputies_line, _job_card
from tests.extract_snippets import MORPHS, held

CARDS = (
    "Styrelsen\n\n"
    "Anna Berg, Ordförande3G/Mobil: 040-123 45 67E-post: anna.berg@testby.fi\n\n"
    "Per Lind, Vice Ordförande3G/Mobil: 050-765 43 21E-post: per.lind@testby.fi\n\n"
    "Eva Ström, Ledamot3G/Mobil: 045-111 22 33E-post: eva.strom@testby.fi\n\n"
    "Lisa Holm, LedamotMobil: 044-222 33 44\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_run_into_the_cards_contact_label(morph):
    got = held(CARDS, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Per Lind", "vice_chair", "Styrelsen") in got
    assert ("Eva Ström", "member", "Styrelsen") in got
    assert ("Lisa Holm", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_held_from_outside_the_board_is_no_seat(morph):
    text = (
        "Styrelsen\n\n"
        "Anna Berg, ordförande\n"
        "Per Lind, ledamot\n"
        "Eva Ström, ledamot\n"
        "Bo Ek, kassör/utomstående\n"
    )
    got = held(text, "sv", morph)
    assert ("Per Lind", "member", "Styrelsen") in got
    assert not any(person == "Bo Ek" for person, _, _ in got)


RUN = (
    "Testby förening hade årsmöte i Testvik den 3 april.\n\n"
    "Föreningens nya styrelse består av:\n"
    "Ordinarie ledamöter: Anna Berg, Testby (ordförande), Per Lind, Testvik (vice ordförande), "
    "Eva Ström (sekreterare), Testö, Bo Ek, Testnäs, Testfjärdens byalag, Lisa Holm, Testholm "
    "och Karl Nyström, Testås/Testvik.\n\n"
    "Suppleanter: Maria Sund, Testby, Olle Strand, Testö och Sara Ljung, Testnäs.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_names_and_the_places_they_come_from(morph):
    got = held(RUN, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelse") in got
    assert ("Per Lind", "vice_chair", "Styrelse") in got
    assert ("Eva Ström", "secretary", "Styrelse") in got
    for person in ("Bo Ek", "Lisa Holm", "Karl Nyström"):
        assert (person, "member", "Styrelse") in got
    for person in ("Maria Sund", "Olle Strand", "Sara Ljung"):
        assert (person, "deputy_member", "Styrelse") in got
    assert not any(person.startswith("Test") for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_employee_elected_treasurer_holds_no_seat(morph):
    text = RUN + "\nMaria Lund, som är projektanställd i föreningen, valdes till kassör.\n"
    got = held(text, "sv", morph)
    assert not any(person == "Maria Lund" for person, _, _ in got)


def _end(text: str, name: str) -> int:
    return text.index(name) + len(name)


def test_the_tagger_guesses_no_seat_for_a_jobs_card():
    text = (
        "Projekt Testwebb\n\n"
        "Lena Holm, Koordinator3G/Mobil: 050-405 11 22E-post: lena@testby.fi\n\n"
        "Jan Ek, IT-planerare\n\n"
        "Ulf Berg, styrelseledamot\n"
        "Anna Berg, Ordförande3G/Mobil: 040-123 45 67\n"
    )
    lex = lexicon("sv")
    assert _job_card(lex, text, _end(text, "Lena Holm"))
    assert _job_card(lex, text, _end(text, "Jan Ek"))
    # guards: a seat's compound and an office are no jobs
    assert not _job_card(lex, text, _end(text, "Ulf Berg"))
    assert not _job_card(lex, text, _end(text, "Anna Berg"))


def _seat(text: str, name: str, role: str, quote: tuple[int, int]) -> Finding:
    at = text.index(name)
    person = Mention(at, at + len(name), name, name, "person", 0.9)
    body = Mention(0, 9, "Styrelsen", "Styrelsen", "board", 0.9)
    return Finding("membership", person, role, body, quote, 0.9, "test")


def test_the_tagger_guesses_deputies_in_a_run_the_rules_quote_as_deputies():
    text = (
        "Ledamöter: Anna Berg och Per Lind.\n"
        "Suppleanter: Maria Sund, Testby, Olle Strand, Testö.\n"
        "Eva Ström valdes till suppleant.\n"
    )
    line = text.index("Suppleanter")
    run = (line, text.index("\n", line))
    said = text.index("Eva Ström")
    findings = [
        _seat(text, "Anna Berg", "member", (0, line - 1)),
        _seat(text, "Maria Sund", "deputy_member", run),
        _seat(text, "Eva Ström", "deputy_member", (said, len(text) - 1)),
    ]
    lex = lexicon("sv")
    assert _deputies_line(lex, text, findings, text.index("Olle Strand"))
    # guards: a name outside every quote of a deputy's, or in a quote of members'; a deputy
    # quoted with the member she stands in for ("Aino Ek (varajäsen Bo Lind)")
    assert not _deputies_line(lex, text, findings, text.index("Per Lind"))
    pair = "Eeva Salo (varajäsen Olli Oja), Aino Ek (varajäsen Bo Lind)"
    deputy = _seat(pair, "Bo Lind", "deputy_member", (pair.index("Aino Ek"), len(pair)))
    assert not _deputies_line(lexicon("fi"), pair, [deputy], pair.index("Aino Ek"))

"""hytegraph extract on layouts met in the hundred-and-thirty-ninth held-out set (and the
hundred-and-twenty-first): made-up snippets, one per mechanism, read with either word-form
reader.

- a line of the board's roster whose label names another body and nothing else ("Lehden
  toimituskunta: A, B ja C", "Juhlatoimikunta: A, B ja C") lists that body's members, not
  more of the board's; a label that is the roster's own body or a place stays the board's.
- where the sentence asks for a name in the genitive (the object of "valitsi"), a word the
  dictionary reads only as a place before a word it reads only as a surname ("valitsi Mari
  Laaksosen") is a person's name; two places are not.
- an officer's post joined by "ja" to a seat in the list's own body said with its name
  ("sihteeri ja johtokunnan varsinainen jäsen") is the officer's post; the seat alone
  ("johtokunnan varsinainen jäsen") is a member's.
- a person the text says left, in the genitive right before "erottua" or "luovuttua"
  ("Aino Ekin erottua yhdistyksestä johtokunta …"), holds no seat the page gives her, and
  the words give her none; "erottua joukosta" (to stand out) after a name in the nominative
  is no leaving.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

ROSTER = (
    "Vuosikertomus 2019\n\n"
    "Hallitus 2019\n\n"
    "puheenjohtaja Aino Ek\n\n"
    "sihteeri Bo Lind\n\n"
    "{label}: Olli Aho, Pia Berg ja Eva Holm\n\n"
    "Yleistä toiminnasta\n\n"
    "Vuonna 2019 seura järjesti kolme retkeä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("label", ["Lehden toimituskunta", "Juhlatoimikunta"])
def test_labelled_run_of_another_body_in_the_roster(morph, label):
    got = held(ROSTER.format(label=label), "fi", morph)
    for name in ("Olli Aho", "Pia Berg", "Eva Holm"):
        assert (name, "member", label) in got
        assert (name, "member", "Hallitus") not in got
    assert ("Aino Ek", "chair", "Hallitus") in got
    assert ("Bo Lind", "secretary", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_place_label_in_the_roster(morph):
    # "Kylälä: A, B ja C": the place the seats are for, the names the board's
    got = held(ROSTER.format(label="Kylälä"), "fi", morph)
    for name in ("Olli Aho", "Pia Berg", "Eva Holm"):
        assert (name, "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_roster_body_as_its_own_label(morph):
    text = (
        "Testilän Soutuseuran hallitus 2019\n\n"
        "puheenjohtaja Aino Ek\n\n"
        "sihteeri Bo Lind\n\n"
        "Hallitus: Olli Aho, Pia Berg ja Eva Holm\n\n"
        "Yleistä toiminnasta\n"
    )
    got = held(text, "fi", morph)
    for name in ("Olli Aho", "Pia Berg", "Eva Holm"):
        assert (name, "member", "Testilän Soutuseuran hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_first_name_read_as_a_place_before_a_surname(morph):
    text = (
        "Testiliiton liittokokous pidettiin lauantaina.\n\n"
        "Valtuuston varapuheenjohtajaksi liittokokous valitsi turkulaisen Mari Laaksosen.\n"
    )
    assert ("Mari Laaksonen", "vice_chair", "Valtuusto") in held(text, "fi", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_two_places(morph):
    text = (
        "Testiliiton valtuusto kokoontui Oulussa.\n\n"
        "Valtuuston varapuheenjohtajaksi liittokokous valitsi Oulu Kajaanin.\n"
    )
    assert held(text, "fi", morph) == set()


BOARD = (
    "Johtokunnan kokous 2.3.2019\n"
    "Johtokunta järjestäytyi seuraavasti:\n"
    "Aino Ek, varapuheenjohtaja\n"
    "Bo Lind, rahastonhoitaja\n"
    "Eva Holm, {post}\n"
    "Kiitokset kaikille.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    "post", ["sihteeri ja johtokunnan varsinainen jäsen.", "sihteeri ja johtokunnan jäsen"]
)
def test_officer_and_seat_in_the_own_body(morph, post):
    got = held(BOARD.format(post=post), "fi", morph)
    assert ("Eva Holm", "secretary", "Johtokunta") in got
    assert ("Eva Holm", "member", "Johtokunta") not in got
    assert ("Aino Ek", "vice_chair", "Johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_seat_alone(morph):
    got = held(BOARD.format(post="johtokunnan varsinainen jäsen"), "fi", morph)
    assert ("Eva Holm", "member", "Johtokunta") in got


LEFT = (
    "Johtokunta 2019\n\n"
    "Aino Ek, puheenjohtaja\n"
    "Bo Lind, sihteeri\n"
    "Sari Kärpänen, jäsen\n"
    "Eva Holm, jäsen\n\n"
    "{sentence}\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_left_in_the_genitive_before_erottua(morph):
    text = LEFT.format(
        sentence="Sari Kärpäsen erottua yhdistyksestä johtokunta jakoi tehtävät uudelleen."
    )
    got = held(text, "fi", morph)
    assert not any(person.startswith("Sari") for person, _role, _body in got)
    assert ("Eva Holm", "member", "Johtokunta") in got
    assert ("Bo Lind", "secretary", "Johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_standing_out(morph):
    text = LEFT.format(sentence="Sari Kärpänen halusi erottua joukosta uusilla ideoilla.")
    assert ("Sari Kärpänen", "member", "Johtokunta") in held(text, "fi", morph)

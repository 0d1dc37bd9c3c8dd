"""hytegraph extract on layouts met in the hundred-and-fifteenth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- a magazine's masthead run into one line ("Viestintäpäällikkö: A Tiedotustoimikunta : pj B,
  C, D ja A Testi-lehti, Katu 2"): one office ("pj") before a run of three names or more is
  the first name's, the others are members; a person's name right before a capitalised body
  word is no part of the body's name; a periodical's compound ("Testi-lehti") after a name is
  no part of the name;
- the rules reader reads "Hallitukseen" as the board (of its guesses at the basic form, the
  one that is a body's word), and "Valittiin" at a sentence's start as no part of a body's
  name;
- "Toimihenkilöinä ovat olleet" over lines of a name and an office or a task ("Aino Aho
  puheenjohtaja", "Bo Lind ja   kotisivuvastaavat", a name alone): the association's
  officials, no seats in the board the sentence before named, nor a guess of the tagger's;
- "puheenjohtaja Aino Ahon lisäksi": the name in the genitive the postposition takes is the
  chair's, in its basic form, and no member besides;
- "…, Kylälän Testiyrittäjäin Vanhainkotisäätiö": a foundation's compound after capitalised
  words makes them its owner's name, no person's.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import Reader, tokens
from hytegraph.authoring.extract.morphology import morphology
from tests.extract_snippets import MORPHS, held

MASTHEAD = (
    "Julkaisija: Testilän Liitto Päätoimittaja: Aino Aho Viestintäpäällikkö: Sanni Kivimetsä "
    "Tiedotustoimikunta : pj Aino Aho, Bo Lind, Eeva Ek ja Sanni Kivimetsä Testilä-lehti, "
    "Katu 2 A, 00520 Helsinki, p. 040 123 4567"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_office_before_a_run_of_names_in_a_masthead(morph):
    got = held(MASTHEAD, "fi", morph)
    assert ("Aino Aho", "chair", "Tiedotustoimikunta") in got
    for name in ("Bo Lind", "Eeva Ek", "Sanni Kivimetsä"):
        assert (name, "member", "Tiedotustoimikunta") in got
        assert (name, "chair", "Tiedotustoimikunta") not in got
    assert {b for _p, _r, b in got} == {"Tiedotustoimikunta"}
    assert not any("lehti" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_plural_offices_before_names_stay_each_ones(morph):
    got = held(
        "Toimikunnan varapuheenjohtajat Bo Lind, Eeva Ek ja Pia Puu aloittivat.", "fi", morph
    )
    for name in ("Bo Lind", "Eeva Ek", "Pia Puu"):
        assert (name, "vice_chair", "Toimikunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_board_in_the_illative_and_a_passive_at_the_sentence_start(morph):
    got = held(
        "Yhdistyksen hallitukseen ovat kertomusvuonna kuuluneet puheenjohtajana Aino Aho, "
        "varapuheenjohtajana Bo Lind ja jäseninä Eeva Ek ja Kalle Kuusi sekä varajäseninä "
        "Olli Oja ja Pia Puu.",
        "fi",
        morph,
    )
    assert got == {
        ("Aino Aho", "chair", "Yhdistyksen hallitus"),
        ("Bo Lind", "vice_chair", "Yhdistyksen hallitus"),
        ("Eeva Ek", "member", "Yhdistyksen hallitus"),
        ("Kalle Kuusi", "member", "Yhdistyksen hallitus"),
        ("Olli Oja", "deputy_member", "Yhdistyksen hallitus"),
        ("Pia Puu", "deputy_member", "Yhdistyksen hallitus"),
    }
    got = held("Valittiin Testiliiton hallitukseen Aino Aho, Bo Lind ja Eeva Ek.", "fi", morph)
    assert {b for _p, _r, b in got} == {"Testiliiton hallitus"}
    assert ("Eeva Ek", "member", "Testiliiton hallitus") in got


OFFICIALS = (
    "Yhdistyksen hallitukseen ovat kuuluneet puheenjohtajana Aino Aho ja jäseninä Bo Lind ja "
    "Eeva Ek.\n\n"
    "Toimihenkilöinä ovat olleet\n\n"
    "Aino Aho        puheenjohtaja\n\n"
    "Sanni Mäki       sihteeri ja jäsenasioiden hoitaja\n\n"
    "Pia Puu          taloudenhoitaja\n\n"
    "Bo Lind ja       kotisivuvastaavat\n\n"
    "Olli Oja\n\n"
    "Tiina Tammi      "
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_officials_list_after_a_board_gives_no_seats(morph):
    got = held(OFFICIALS, "fi", morph)
    assert got == {
        ("Aino Aho", "chair", "Yhdistyksen hallitus"),
        ("Bo Lind", "member", "Yhdistyksen hallitus"),
        ("Eeva Ek", "member", "Yhdistyksen hallitus"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_name_and_office_lines_under_a_board_heading_are_its_seats(morph):
    got = held(
        "Hallitus\n\nAino Aho        puheenjohtaja\n\nSanni Mäki       sihteeri\n\n"
        "Pia Puu          jäsen\n",
        "fi",
        morph,
    )
    assert got == {
        ("Aino Aho", "chair", "Hallitus"),
        ("Sanni Mäki", "secretary", "Hallitus"),
        ("Pia Puu", "member", "Hallitus"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_in_the_genitive_before_lisaksi(morph):
    got = held(
        "Toimikuntaan kuuluvat puheenjohtaja Aino Ahon lisäksi Bo Lind ja Eeva Ek.", "fi", morph
    )
    assert ("Aino Aho", "chair", "Toimikunta") in got
    assert not any(p == "Aino Ahon" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_foundations_owner_is_no_person(morph):
    reader = Reader(lexicon("fi"), morphology(morph))
    text = "toiminnanjohtaja Eeva Ek, Kylälän Testiyrittäjäin Vanhainkotisäätiö."
    found = [p.name for p in reader.persons(tokens(text, 0, len(text)), in_list=True)]
    assert found == ["Eeva Ek"]
    text = "toiminnanjohtaja Eeva Ek, Kylälän Testiyrittäjäin Yhdistys ry."
    found = [p.name for p in reader.persons(tokens(text, 0, len(text)), in_list=True)]
    assert "Eeva Ek" in found  # (any other organisation's word leaves the names to the rules)

"""hytegraph extract without libvoikko on a trade before each name in a sentence ("valittiin
uudelleen rehtori Arto Hänninen, lehtori Pasi Korkiakoski ja terveydenhoitaja Hilkka Suni"):
a lower-case word of a trade's shape (an agent noun in -ja / -jä, a loan in -ri) right before a
first name of the list is the person's title, as voikko reads a noun there, so the names after
it are read; a verb before a name ("valittiin Arto Hänninen") is no title.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

TEXT = (
    "Testilän Osuuspankin osuuskunnan kokous\n\n"
    "Hallintoneuvoston erovuoroisista jäsenistä valittiin uudelleen rehtori Arto Hänninen, "
    "kanttori Pasi Korkiakoski ja terveydenhoitaja Hilkka Suni sekä uusina maanviljelijä "
    "Kimmo Niemimäki ja yrittäjä Kaisa Pihlajaniemi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_trades_before_the_names_of_a_sentence(morph):
    got = held(TEXT, "fi", morph)
    for person in (
        "Arto Hänninen",
        "Pasi Korkiakoski",
        "Hilkka Suni",
        "Kimmo Niemimäki",
        "Kaisa Pihlajaniemi",
    ):
        assert (person, "member", "Hallintoneuvosto") in got
    # the trade is no part of the name
    assert all(not p[0][:1].islower() for p in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_verb_before_the_name_is_no_trade(morph):
    text = "Hallituksen puheenjohtajaksi valittiin Arto Hänninen ja sihteeriksi Pasi Koski.\n"
    got = held(text, "fi", morph)
    assert ("Arto Hänninen", "chair", "Hallitus") in got
    assert ("Pasi Koski", "secretary", "Hallitus") in got

"""hytegraph extract on layouts met in the hundred-and-thirty-first held-out set (an annual
report flattened into one line, a board's contact cards): made-up snippets, one per mechanism,
read with either word-form reader.

- a members' and a personal deputies' list run together with no separators, names printed
  surname first ("Varsinaiset jäsenet Aho Aino Ek Eino … Henkilökohtaiset varajäsenet …"):
  "Henkilökohtaiset varajäsenet" begins the deputies, an unexplained mark after a name ("x)")
  is skipped, a name a lower-case word follows begins a sentence after the run, and "A pyysi
  eroa …, tilalle valittiin B" right after the run gives A's seat to B;
- one person's resignation ("Ek Eino pyysi eroa", the verb in the singular, the name right
  before it) in a report run together into one sentence ends that person's seat only: the
  officers listed before it ("Puheenjohtaja A Varapuheenjohtaja B …") hold theirs;
- "JÄSENET:" over "Puheenjohtaja:" and the chair's card: the office's label under the members'
  heading is the chair's, no second column of a table laid out in lines;
- a board's contact cards (a name, perhaps "UUSI" after it, then town, phone, e-mail and a
  line in lower case), the officers' under their labels: the cards with no label after them
  are the body's members;
- "Paikalla oli alustamassa A": who gave a talk holds no seat the learned tagger may guess.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.tagger import no_seat_said
from tests.extract_snippets import MORPHS, held, key, roles

RUN_ON = (
    "Vuosikertomus 2019\n"
    "TESTILÄN KYLÄSEURA RY Vuosikertomus vuodelta 2019 Puheenjohtaja Aino Kettunen "
    "Varapuheenjohtaja Eero Salminen Sihteeri Liisa Mattila Hallituksen jäsenet: Varsinaiset "
    "jäsenet Heikkinen Matti Koskinen Anna Laine Petri Mattila Liisa Nieminen Sari Virtanen "
    "Jukka Henkilökohtaiset varajäsenet Hämäläinen Pekka Lehtonen Maria Rantanen Helena x) "
    "Saarinen Timo Salonen Kaisa Rantanen Helena pyysi eroa muuton vuoksi, tilalle valittiin "
    "Mikko Laaksonen Toiminnantarkastajat: Raimo Lindqvist\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_members_and_personal_deputies_surname_first(morph):
    got = roles(RUN_ON, "fi", morph)
    for name in ("Matti Heikkinen", "Anna Koskinen", "Petri Laine", "Sari Nieminen"):
        assert (key(name), "member", "Hallitus") in got
    for name in ("Pekka Hämäläinen", "Maria Lehtonen", "Timo Saarinen", "Kaisa Salonen"):
        assert (key(name), "deputy_member", "Hallitus") in got
    # the one who resigned has no seat; the one chosen in her place has it
    assert (key("Mikko Laaksonen"), "deputy_member", "Hallitus") in got
    assert not any(p == key("Helena Rantanen") for p, _r, _b in got)
    # the officers listed before the resignation hold their seats
    assert (key("Aino Kettunen"), "chair", "Hallitus") in got
    assert (key("Eero Salminen"), "vice_chair", "Hallitus") in got
    assert (key("Liisa Mattila"), "secretary", "Hallitus") in got
    assert not any(p == key("Raimo Lindqvist") for p, _r, _b in got)


FIRST_NAME_FIRST = (
    "Vuosikertomus 2019\n"
    "TESTILÄN KYLÄSEURA RY Hallituksen jäsenet: Varsinaiset jäsenet Matti Heikkinen Anna "
    "Koskinen Petri Laine Sari Nieminen Henkilökohtaiset varajäsenet Pekka Hämäläinen Maria "
    "Lehtonen Timo Saarinen Kaisa Salonen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_printed_first_name_first_is_not_turned_round(morph):
    # guard: names printed first name first stay as printed
    got = {(p, r) for p, r, _b in held(FIRST_NAME_FIRST, "fi", morph)}
    assert ("Matti Heikkinen", "member") in got
    assert ("Sari Nieminen", "member") in got
    assert ("Pekka Hämäläinen", "deputy_member") in got
    assert ("Kaisa Salonen", "deputy_member") in got
    assert not any(p == "Heikkinen Matti" for p, _r in got)


RESIGNED_WITH_OTHERS = (
    "Hallitus\n\nPuheenjohtaja Aino Kettunen ja Eero Salminen erosi hallituksesta kesken kauden.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_resignation_after_and_ends_the_seats_named_with_it(morph):
    # guard: the name after "ja" is one of several subjects, the seats before it end too
    got = held(RESIGNED_WITH_OTHERS, "fi", morph)
    assert ("Aino Kettunen", "chair", "Hallitus") not in got


CARDS = (
    "Hallitus\n\n"
    "Yhdistyksen vuosikokouksessa 14.4.2021 valittu hallitus\n\n"
    "JÄSENET:\n\n"
    "Puheenjohtaja:\n"
    "Aino Kettunen\n"
    "Kylälä\n"
    "gsm 040 123 4567\n"
    "aino.kettunen(at)esimerkki.fi\n"
    "julkisen tahon edustaja\n\n\n"
    "Varapuheenjohtaja:\n"
    "Eero Salminen\n"
    "Mäkelä\n"
    "gsm 050 765 4321\n"
    "eero.salminen(at)esimerkki.fi\n"
    "yhteisöjen edustaja\n\n\n"
    "Matti Heikkinen\n"
    "Kylälä\n"
    "maaseudun asukas\n\n"
    "Anna Koskinen UUSI\n"
    "Mäkelä\n"
    "maaseudun asukas\n"
    "Petri Laine UUSI\n"
    "Kylälä\n"
    "yhteisöjen edustaja\n"
    "Sari Nieminen\n"
    "Mäkelä\n"
    "julkisen tahon edustaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_officers_cards_and_the_members_cards_after_them(morph):
    got = held(CARDS, "fi", morph)
    assert ("Aino Kettunen", "chair", "Hallitus") in got
    assert ("Aino Kettunen", "member", "Hallitus") not in got
    assert ("Eero Salminen", "vice_chair", "Hallitus") in got
    for name in ("Matti Heikkinen", "Anna Koskinen", "Petri Laine", "Sari Nieminen"):
        assert (name, "member", "Hallitus") in got


CARDS_NO_OFFICER = (
    "Yhteystiedot\n\n"
    "Matti Heikkinen\n"
    "Kylälä\n"
    "maaseudun asukas\n\n"
    "Anna Koskinen\n"
    "Mäkelä\n"
    "maaseudun asukas\n"
    "Petri Laine\n"
    "Kylälä\n"
    "yhteisöjen edustaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_cards_with_no_seat_before_them_are_no_members(morph):
    # guard: only cards after a card the other rules gave a seat are read as members
    got = held(CARDS_NO_OFFICER, "fi", morph)
    assert not any(r == "member" for _p, r, _b in got)


COLUMNS = "Hallitus\n\nJäsen\nVarajäsen\n\nAino Kettunen\nEero Salminen\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_column_headers_without_a_colon_stay_columns(morph):
    # guard: "Jäsen" / "Varajäsen" laid out in lines are still a table's two columns
    got = held(COLUMNS, "fi", morph)
    assert ("Eero Salminen", "chair", "Hallitus") not in got


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Paikalla oli alustamassa asioita hankkeen vastaava, Kaisa Salonen.", "Kaisa Salonen"),
        ("Alustajina toimivat Timo Saarinen ja Maria Lehtonen.", "Timo Saarinen"),
    ],
)
def test_the_tagger_guesses_no_seat_for_who_gave_a_talk(sentence, name):
    start = sentence.index(name)
    assert no_seat_said(lexicon("fi"), sentence, start, start + len(name))

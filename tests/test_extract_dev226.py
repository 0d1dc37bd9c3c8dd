"""hytegraph extract on an organ named again by its bare word, members in a sentence of being,
a nominating committee and honorary titles:

- "Väliaikaisessa toimielimessä on viisi jäsentä. … toimielimessä ovat A, B ja C": the bare
  word "toimielin" (inflected on its stem "toimielime-") names the organ the text named in full
  before ("Väliaikainen valmistelutoimielin"), also after an adjective opening the sentence;
  "Tekninen lautakunta" opening a sentence stays a name;
- "Toimielimessä on mukana kaupunginjohtaja A", "Hallituksessa on A": one name after "on" (or
  "oli") and a body in the inessive; "Hallituksessa on seitsemän jäsentä" names nobody;
- "A Kylälän kuntayhtymästä": the organisation a person comes from, in a local case after its
  owner's genitive, is no part of the name;
- "…, jolloin aluevaltuusto aloittaa": a conjunction or adverb in -n is no genitive of a body's
  name (the rules, which know no word classes);
- "Kylälän piiriltä edustajistoon valittiin A ja B": a representative council named by its
  bare word, which alone over a list is a group of the page's own body, is the body an election
  fills;
- "Hedersledamöter A och B": honorary members hold no seat;
- "A och B omvaldes till valberedningen": the nominating committee, names and verb before it;
- "A omvaldes till ordförande" on a page that also elects a nominating committee: the chair of
  the board.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import extract
from tests.extract_snippets import MORPHS, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_the_bare_organ_word_names_the_organ_named_before(morph):
    text = (
        "Väliaikainen valmistelutoimielin kokoontuu ensi viikolla. Väliaikaisessa "
        "toimielimessä on viisi jäsentä. Toimielimessä ovat Aino Ahola, Eero Ek ja Liisa "
        "Laine.\n"
    )
    assert seats(text, "fi", morph) == {
        (name, "member", "väliaikainen valmistelutoimielin")
        for name in ("Aino Ahola", "Eero Ek", "Liisa Laine")
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_named_by_an_adjective_opening_the_sentence_keeps_its_name(morph):
    got = seats("Tekninen lautakunta: puheenjohtaja Aino Ahola.\n", "fi", morph)
    assert got == {("Aino Ahola", "chair", "tekninen lautakunta")}


@pytest.mark.parametrize("morph", MORPHS)
def test_one_name_after_on_and_a_body_in_the_inessive(morph):
    text = (
        "Väliaikainen valmistelutoimielin kokoontuu ensi viikolla. Kylälästä toimielimessä on "
        "mukana kaupunginjohtaja Eero Ek.\n"
    )
    assert seats(text, "fi", morph) == {("Eero Ek", "member", "väliaikainen valmistelutoimielin")}
    assert seats("Hallituksessa on Aino Ahola.\n", "fi", morph) == {
        ("Aino Ahola", "member", "hallitus")
    }
    assert seats("Hallituksessa on seitsemän jäsentä.\n", "fi", morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organisation_in_a_local_case_after_its_genitive_ends_the_name(morph):
    text = (
        "Valmistelutoimielimessä ovat Aino Ahola Kårlundan kuntayhtymästä, Eero Ek "
        "Kylälän seurakunnasta ja Liisa Laine.\n"
    )
    assert seats(text, "fi", morph) == {
        (name, "member", "valmistelutoimielin") for name in ("Aino Ahola", "Eero Ek", "Liisa Laine")
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_conjunction_in_n_begins_no_body_name(morph):
    text = (
        "Valmistelu jatkuu maaliskuuhun, jolloin aluevaltuusto aloittaa. Valtuustossa ovat "
        "Aino Ahola ja Eero Ek.\n"
    )
    assert seats(text, "fi", morph) == {
        ("Aino Ahola", "member", "aluevaltuusto"),
        ("Eero Ek", "member", "aluevaltuusto"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_representative_council_an_election_fills(morph):
    text = (
        "Kylälän piiriltä edustajistoon valittiin maanviljelijä Aino Ahola sekä metsänhoitaja "
        "Eero Ek.\n"
    )
    assert seats(text, "fi", morph) == {
        ("Aino Ahola", "member", "edustajisto"),
        ("Eero Ek", "member", "edustajisto"),
    }
    # alone over a list, the word is a group of the page's own body, as before
    assert seats("Edustajisto:\nAino Ahola\nEero Ek\n", "fi", morph) == set()


def test_honorary_members_hold_no_seat(tmp_path):
    # (a congress's minutes flattened into one line: the learned tagger, on by default, read
    # the honorary members as the board's)
    page = tmp_path / "kongress.txt"
    page.write_text(
        "Svenska Exempelklubbens Kongress 2011 Protokoll Närvarande distrikt (antal röster inom "
        "parentes) Blekinge (6), Dalarna (8) och Gotland (2). Ledamöter i Förbundsstyrelsen Bo "
        "Ek (förbundsordförande), Eva Lind, Karl Berg och Ulla Sten. Hedersordförande Maja Sjö. "
        "Hedersledamöter Anna Holm, Per Dahl, Lars Ström och Inga Borg. Representanter för "
        "myndigheter och organisationer Stefan Hallén Moa Källström\n",
        encoding="utf-8",
    )
    held = {
        f.actor.name
        for f in extract(page, lang="sv").facts
        if f.kind == "membership" and not f.status
    }
    assert held == {"Bo Ek", "Eva Lind", "Karl Berg", "Ulla Sten"}


@pytest.mark.parametrize("morph", MORPHS)
def test_names_and_a_reelection_before_the_nominating_committee(morph):
    got = seats("Anna Holm och Per Dahl omvaldes till valberedningen.\n", "sv", morph)
    assert got == {
        ("Anna Holm", "member", "valberedningen"),
        ("Per Dahl", "member", "valberedningen"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_the_chair_beside_a_board_and_a_nominating_committee(morph):
    text = (
        "Vår ordförande Eva Lind hälsade välkommen.\n\n"
        "Eva Lind omvaldes till ordförande med acklamation.\n\n"
        "Bo Ek och Karl Berg omvaldes på två år till styrelsen.\n\n"
        "Anna Holm och Per Dahl omvaldes till valberedning.\n"
    )
    got = seats(text, "sv", morph)
    assert ("Eva Lind", "chair", "styrelsen") in got
    assert ("Anna Holm", "member", "valberedning") in got

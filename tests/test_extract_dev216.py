"""hytegraph extract on Swedish annual meetings' news, minutes and photo cards: made-up
snippets, one per mechanism, read with either word-form reader.

- the members named in a run set off by a comma right before "hade tackat nej till omval"
  ("Tre av styrelsens ledamöter, A, B och C hade tackat nej till omval") declined
  re-election, and one who "har avsagt sig uppdraget som suppleant" resigned: no seats,
  wherever the page names them; the new members elected in the same sentence hold theirs;
- a run of names of three words each in prose ("valdes Bo Lind Norrby, Eva Ek Västerby och
  Gun Holm Västerby") whose last word comes back after another name of the run, or is named
  as a place elsewhere on the page ("på Västerby bygdegård"), prints where each person lives:
  the names are the first two words;
- photo cards that print each name twice, the office under the pair ("Aino Ek" / "Aino Ek" /
  "Ordförande" / "Bo Lind" / "Bo Lind" / "Vice ordförande"): each office is its card's,
  not the next person's (a telephone number after the office is the card's);
- an election item of a meeting's minutes that names the seats but no body ("3. Val av
  ordförande och 4 ledamöter:") over "Ordförande:  Name" lines and bare name lines: the
  association's board; the meeting's own chair and secretary hold no seat by it.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

DECLINED = (
    "Årsstämma\n\n"
    "Föreningens årsstämma hölls den 4 maj i Testby. Till styrelsens ordförande valdes Karin "
    "Berg. Två av styrelsens ledamöter, Anna Lind och Lisa Holm hade tackat nej till omval och "
    "som nya ledamöter till styrelsen valdes Per Sjöberg och Maria Nyman. Till "
    "styrelsesuppleanter valdes Lisa Holm och Olof Strand. Efter årsstämman har Lisa Holm "
    "avsagt sig uppdraget som suppleant.\n"
)

VILLAGES = (
    "Årsstämma\n\n"
    "Föreningens årsstämma hölls på Västerby bygdegård. Till styrelsens ordförande valdes "
    "Karin Berg. Som nya ledamöter till styrelsen valdes Bo Lindqvist Norrby, Eva Ekström "
    "Västerby och Gun Holmberg Västerby.\n"
)

CARDS = (
    "Stiftelsen\n\n"
    "Stiftelsens angelägenheter handhas av en styrelse bestående av fyra personer.\n\n"
    "Stiftelsens styrelse\n\n"
    "Aino Ekström\n\nAino Ekström\n\nOrdförande\n\n"
    "Bo Lindqvist\n\nBo Lindqvist\n\nVice ordförande\n\n"
    "Eva Holmberg\n\nEva Holmberg\n\nSekreterare 012-345678\n\n"
    "Gun Sandberg\n\nGun Sandberg\n\nLedamot\n"
)

MINUTES = (
    "Årsmöte 2020\n\n"
    "Årsmöte i Testby hembygdsförening den 3 maj 2020\n\n"
    "1. Mötet öppnades.\n\n"
    "2. Till mötesordförande valdes Per Lind och till sekreterare valdes Eva Holm.\n\n"
    "3. Val av ordförande och 4 ledamöter:\n\n"
    "Ordförande:  Per Lind\n\n"
    "Vice ordförande:  Anna Berg\n\n"
    "Sekreterare:  Eva Holm\n\n"
    "Kassör:  Bo Ek\n\n"
    "Lisa Strand\n\n"
    "4. Till suppleant i styrelsen valdes Olof Nyström\n\n"
    "5. Mötet avslutades.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_who_declined_re_election_or_resigned_holds_no_seat(morph):
    got = held(DECLINED, "sv", morph)
    people = {p for p, _r, _b in got}
    assert "Anna Lind" not in people
    assert "Lisa Holm" not in people
    assert ("Per Sjöberg", "member", "Styrelsen") in got
    assert ("Olof Strand", "deputy_member") in {(p, r) for p, r, _b in got}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_village_after_each_name_of_a_run_is_no_surname(morph):
    got = held(VILLAGES, "sv", morph)
    for person in ("Bo Lindqvist", "Eva Ekström", "Gun Holmberg"):
        assert (person, "member", "Styrelsen") in got
    assert not any(p.endswith(("Norrby", "Västerby")) for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_cards_printing_each_name_twice_keep_their_offices(morph):
    got = {(p, r) for p, r, _b in held(CARDS, "sv", morph)}
    assert ("Aino Ekström", "chair") in got
    assert ("Bo Lindqvist", "vice_chair") in got
    assert ("Eva Holmberg", "secretary") in got
    assert ("Gun Sandberg", "member") in got
    assert ("Bo Lindqvist", "chair") not in got
    assert ("Eva Holmberg", "vice_chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_election_item_naming_no_body_elects_the_board(morph):
    got = held(MINUTES, "sv", morph)
    assert ("Per Lind", "chair", "Styrelsen") in got
    assert ("Anna Berg", "vice_chair", "Styrelsen") in got
    assert ("Eva Holm", "secretary", "Styrelsen") in got
    assert ("Bo Ek", "member", "Styrelsen") in got
    assert ("Lisa Strand", "member", "Styrelsen") in got
    assert ("Olof Nyström", "deputy_member", "Styrelsen") in got

"""hytegraph extract on layouts met in the hundred-and-thirty-fourth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- "Yhdistyksen hallituksena toimii johtokunta": the body that serves as the board (after a
  body's word in the essive and "toimii") is the body the text goes on to list ("Kauden
  johtokunnan jäsenet ovat:"), not the board it serves as;
- "… valitsi juhlatoimikunnan, johon kuuluvat A, B ja C" inside a sentence: the relative
  pronoun after a comma points back to the body right before it, whose members follow;
- "Johtokunnan varapuheenjohtajana valittiin jatkamaan A ja sihteeriksi kutsuttiin B": the
  invitation is the second clause's (a role word and a passive of inviting after "ja"); A's
  seat is held, B's is not;
- "Hallitukseen valittiin … henkilökohtaiset varajäsenet (suluissa). Hallituksen muodostavat
  seuraavat henkilöt: A (B), C (D)": a sentence on the same line before the inline list says
  the parentheses hold the deputies;
- "Yhdistyksen sihteerinä jatkaa B", "Föreningens sekreterare är B" of a person seated in
  the board as a deputy: the association's secretary, an officer; the deputy's seat stays,
  no board secretary;
- "Seura valitsi vuosikokouksessaan uudeksi puheenjohtajaksi A. … johtokunnan jäseniksi
  valittiin B, C ja D": the chair the meeting elects sits in the board the page names by its
  bare word ("Johtokunta"), not in a board of the default name;
- a surname in -mieli or -lehti printed only in the genitive ("Kevytmielen", "Koivulehden"):
  its basic form;
- a news text's first line that is only a name over a long line of prose: the writer's
  byline, no seat, nor a guess of the tagger's;
- "Kylälän Soittokunnan Tuki ry:n säännöt" after a list of names: an association's name, no
  member.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, held

SERVES_AS_BOARD = (
    "KYLÄLÄN SOITTOKUNNAN TUKIYHDISTYS\n\n"
    "Tukiyhdistys perustettiin vuonna 1980 tukemaan soittokuntaa.\n\n"
    "Kylälän soittokunnan tukiyhdistyksen hallituksena toimii johtokunta. Johtokunta kokoontuu "
    "kerran kuukaudessa.\n\n"
    "Kauden 2023-2024 johtokunnan jäsenet ovat:\n\n"
    "Aino Virtanen (pj)\n"
    "Pekka Laine (vpj)\n"
    "Sari Mäkelä (sihteeri)\n"
    "Jussi Koskela (jäsen)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_body_serving_as_the_board_is_the_one_listed(morph):
    got = held(SERVES_AS_BOARD, "fi", morph)
    assert ("Aino Virtanen", "chair", "Johtokunta") in got
    assert ("Pekka Laine", "vice_chair", "Johtokunta") in got
    assert ("Sari Mäkelä", "secretary", "Johtokunta") in got
    assert ("Jussi Koskela", "member", "Johtokunta") in got
    assert not any("hallitus" in b.casefold() for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_named_in_full_without_serving_stays(morph):
    # guard: "hallitus kokoontuu" says nothing of another body serving as it
    text = SERVES_AS_BOARD.replace(
        "Kylälän soittokunnan tukiyhdistyksen hallituksena toimii johtokunta. Johtokunta",
        "Kylälän soittokunnan tukiyhdistyksen hallitus",
    ).replace("johtokunnan jäsenet", "hallituksen jäsenet")
    got = held(text, "fi", morph)
    assert ("Aino Virtanen", "chair", "Kylälän soittokunnan tukiyhdistyksen hallitus") in got
    assert not any(b == "Johtokunta" for _p, _r, b in got)


WORKING_GROUP = (
    "Johtokunnan kokoukset vuonna 2021\n\n"
    "Johtokunnan toinen kokous 7.6.2021\n\n"
    "Johtokunta päätti, että seuran juhlakirja tehdään. Johtokunta valitsi "
    "juhlatoimikunnan, johon kuuluvat Aino Virtanen, Pekka Laine, Sari Mäkelä ja "
    "Jussi Koskela.\n\n"
    "Ensimmäinen johtokunnan kokous 24.1.2021\n\n"
    "Kokouksessa hyväksyttiin toimintakertomus. Johtokunnan varapuheenjohtajana valittiin "
    "jatkamaan Olli Rantanen ja sihteeriksi kutsuttiin Maija Kivelä. Johtokunta käsitteli myös "
    "tapahtumat.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_then_johon_kuuluvat_inside_a_sentence(morph):
    got = held(WORKING_GROUP, "fi", morph)
    for name in ("Aino Virtanen", "Pekka Laine", "Sari Mäkelä", "Jussi Koskela"):
        assert (name, "member", "Juhlatoimikunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_invitation_in_a_second_clause_leaves_the_first_seat_held(morph):
    got = held(WORKING_GROUP, "fi", morph)
    assert ("Olli Rantanen", "vice_chair", "Johtokunta") in got
    assert not any(p == "Maija Kivelä" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_invitation_of_the_whole_sentence_stays_unseated(morph):
    # guard: with only the invitation, no one's seat is held
    text = "Johtokunnan varapuheenjohtajaksi ja sihteeriksi kutsuttiin Olli Rantanen.\n"
    got = held(text, "fi", morph)
    assert not any(p == "Olli Rantanen" for p, _r, _b in got)


PAREN_DEPUTIES = (
    "Kylälän Eläkkeensaajat ry kokoontui vuosikokoukseensa.\n\n"
    "Vuosikokous valitsi vuodeksi 2024 yhdistyksen puheenjohtajaksi Olli Rantasen. Hallitukseen "
    "valittiin neljä jäsentä ja näille henkilökohtaiset varajäsenet (suluissa). Hallituksen "
    "muodostavat vuonna 2024 seuraavat henkilöt: Aino Virtanen (Maija Kivelä), Pekka Laine "
    "(Risto Nieminen), Sari Mäkelä (Tuula Hakala) ja Jussi Koskela (Eero Lehtola). Yhdistyksen "
    "sihteerinä jatkaa Maija Kivelä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_in_parentheses_said_in_the_sentence_before(morph):
    got = held(PAREN_DEPUTIES, "fi", morph)
    assert ("Olli Rantanen", "chair", "Hallitus") in got
    for name in ("Aino Virtanen", "Pekka Laine", "Sari Mäkelä", "Jussi Koskela"):
        assert (name, "member", "Hallitus") in got
    for name in ("Maija Kivelä", "Risto Nieminen", "Tuula Hakala", "Eero Lehtola"):
        assert (name, "deputy_member", "Hallitus") in got
        assert (name, "member", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_associations_secretary_seated_as_a_deputy_is_no_board_secretary(morph):
    got = held(PAREN_DEPUTIES, "fi", morph)
    assert ("Maija Kivelä", "deputy_member", "Hallitus") in got
    assert not any(p == "Maija Kivelä" and r == "secretary" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_associations_secretary_with_no_other_seat_stays(morph):
    # guard: a secretary the page seats nowhere else keeps the secretary's seat
    text = PAREN_DEPUTIES.replace("sihteerinä jatkaa Maija Kivelä", "sihteerinä jatkaa Liisa Aho")
    got = held(text, "fi", morph)
    assert ("Liisa Aho", "secretary", "Hallitus") in got


MEETING_CHAIR = (
    "Maija Kivelä\n"
    "KYLÄLÄN KISA valitsi vuosikokouksessaan 12. marraskuuta seuran uudeksi puheenjohtajaksi "
    "Kylälän rehtori Tuomas Kevytmielen. Myös johtokunta uusittiin ja johtokunnan jäseniksi "
    "valittiin Aino Virtanen, Pekka Laine, Sari Mäkelä ja Jussi Koskela.\n"
    "Uusi puheenjohtaja kertoo ottaneensa pestin vastaan ilolla, sanoo Kevytmieli.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_meetings_chair_sits_in_the_board_named_by_its_bare_word(morph):
    got = held(MEETING_CHAIR, "fi", morph)
    assert ("Tuomas Kevytmieli", "chair", "Johtokunta") in got
    assert ("Aino Virtanen", "member", "Johtokunta") in got
    assert not any(b == "Hallitus" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_meetings_chair_stays_in_the_board_beside_two_bodies(morph):
    # guard: with seats in two other bodies, the board keeps its default name
    text = MEETING_CHAIR.replace(
        "ja Jussi Koskela.", "ja Jussi Koskela. Valiokuntaan valittiin Eero Lehtola."
    )
    got = held(text, "fi", morph)
    assert ("Tuomas Kevytmieli", "chair", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_surname_in_lehti_printed_in_the_genitive(morph):
    text = (
        "Vuosikokous valitsi yhdistyksen puheenjohtajaksi Kaarina Koivulehden. Hallituksen "
        "jäseniksi valittiin Aino Virtanen ja Pekka Laine.\n"
    )
    got = held(text, "fi", morph)
    assert ("Kaarina Koivulehti", "chair", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_byline_over_the_text_is_no_seat(morph):
    walk = Walker(lexicon("fi"), morphology(morph)).walk(MEETING_CHAIR)
    end = len("Maija Kivelä")
    assert any(s <= 0 and end <= e for s, e in walk.no_seat)
    # guard: the name written again in the text is no byline
    again = MEETING_CHAIR.replace("sanoo Kevytmieli", "sanoo Kivelä")
    walk = Walker(lexicon("fi"), morphology(morph)).walk(again)
    assert not any(s <= 0 and end <= e for s, e in walk.no_seat)


ASSOCIATION_LINE = (
    "Kauden 2023-2024 johtokunnan jäsenet ovat:\n\n"
    "Aino Virtanen (pj)\n"
    "Pekka Laine (vpj)\n"
    "Jussi Koskela (jäsen)\n\n\n"
    "Kylälän Soittokunnan Tuki ry:n säännöt\n\n"
    "Toimintaa tukemassa\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_associations_name_after_the_list_is_no_member(morph):
    got = held(ASSOCIATION_LINE, "fi", morph)
    assert ("Jussi Koskela", "member", "Johtokunta") in got
    assert not any(p.startswith("Kylälän") for p, _r, _b in got)


SV_SECRETARY = (
    "Årsmötet valde styrelse för 2024.\n\n"
    "Styrelsens ledamöter är Anna Berg (ordförande), Bo Lindholm och Eva Holmström. Suppleanter "
    "är Siv Ekström och Karl Nyberg. Föreningens sekreterare är Siv Ekström.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_associations_secretary_seated_as_a_deputy_in_swedish(morph):
    got = held(SV_SECRETARY, "sv", morph)
    assert ("Siv Ekström", "deputy_member", "Styrelsen") in got
    assert ("Siv Ekström", "secretary", "Styrelsen") not in got

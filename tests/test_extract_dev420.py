"""hytegraph extract on lists that the rules read wrong or not at all:

- "Naistoimikunnan jäsenet kaudella 2020 olivat Ladykapteeni A, B, C (pj.), D (tiedottaja) ja
  E": a captain's title before a name is no part of it, and an office in brackets after a name
  is that name's even when words stand between the members' word and the names;
- "Till ledamöter valdes Kyrkoherden A, Rektorn B och Handlaren C": a Swedish title in the
  definite form before a name is no part of it;
- "Föreningen Äldre IFK:are leds av en styrelse som består av:" over officers' cards, with a
  statute quoted above it that names other bodies: a colon inside a word is no label's, the
  lead-in still says whose list it is;
- "Klubbmästare" / "Materialförvaltare" over a name in a board's cards: a club's post, held by
  a member of the board.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, all_hold, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_a_captains_title_and_offices_in_brackets_in_a_sentences_list(morph):
    found = seats(
        "Naistoimikunnan jäsenet kaudella 2020 olivat Ladykapteeni Saara Forsman, Annette "
        "Kaskinen, Eija Lindroos, Maarit Mattila, Merja Pielinen (pj.), Anna-Kaisa Roos "
        "(tiedottaja), Marjo Salmi (rahastonhoitaja) ja Päivi Schulman.\n",
        "fi",
        morph,
    )
    assert ("Merja Pielinen", "chair", "naistoimikunta") in found
    all_hold(
        found,
        ("Saara Forsman", "Annette Kaskinen", "Anna-Kaisa Roos", "Marjo Salmi", "Päivi Schulman"),
        "member",
        "naistoimikunta",
    )
    assert not any("Ladykapteeni" in person for person, _role, _body in found)
    assert ("Merja Pielinen", "member", "naistoimikunta") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_title_in_the_definite_form_is_no_part_of_the_name(morph):
    found = seats(
        "Till ledamöter i styrelsen valdes Kyrkoherden Bo Ekholm, Rektorn Eva Lindell och "
        "Handlaren Per Bergqvist.\n",
        "sv",
        morph,
    )
    all_hold(found, ("Bo Ekholm", "Eva Lindell", "Per Bergqvist"), "member", "styrelsen")
    assert not any(
        person.split()[0] in ("Kyrkoherden", "Rektorn", "Handlaren")
        for person, _role, _body in found
    )


_CARDS = (
    "Ur stadgarna: ”Sällskapet skall vara en länk mellan äldre medlemmar, de aktiva inom "
    "föreningen, dess styrelse och sektioner, och verka för ett kamratligt umgänge”.\n\n"
    "Sällskapet Äldre IFK:are leds av en styrelse som består av:\n\n"
    "Ordförande\nRoland Tallgren,\n0735-07 00 13\n\n"
    "Sekreterare\nChrister Lindman,\n0703-16 95 95\n\n"
    "{post}\nHåkan Petterberg,\n0709-48 20 80\n\n"
    "Kassör\nEine Fredman,\n0705-67 68 73\n"
)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("post", ["Klubbmästare", "Materialförvaltare"])
def test_a_lead_in_with_a_colon_inside_a_word_over_a_boards_cards(morph, post):
    found = seats(_CARDS.format(post=post), "sv", morph)
    assert ("Roland Tallgren", "chair", "styrelse") in found
    assert ("Christer Lindman", "secretary", "styrelse") in found
    all_hold(found, ("Håkan Petterberg", "Eine Fredman"), "member", "styrelse")

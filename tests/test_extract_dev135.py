"""hytegraph extract on layouts met in the hundred-and-thirtieth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- "Ledamot Bo Lind Norrby-Ås" lines: a capitalised word that ends three lines or more after
  other persons' names is the page's column of places (where each person lives), no part of
  the names; so is the word ending a line next to such a line ("Kassör Eva Ek Åsmark");
- on such a page a treasurer's post begins no name ("Kassör Eva Ek Åsmark" is Eva Ek, a
  member with a duty);
- "Aino Berg Ekonom aino(at)…": a job title or a treasurer's post after a full name on a
  card's line, before its e-mail, ends it, and a card's line "Name Office e-mail" is read by
  the rules reader too (no first name it must know);
- "Styrelsen har bestått av:" over "Ordförande: A." / "Kassör: B." paragraphs: the perfect
  tense of "bestå av" introduces the board's list as "består av" does;
- "Festkommitté: Bo Lind." / "Byggkommitté: Eva Ek." / …: three committees' lines or more one
  under another, each naming one convener, are the committees' members;
- "Sekreterare: Bo Lind (adjungerad).": co-opted, no seat;
- "Den nya styrelsen har 7 ordinarie ledamöter och 3 suppleanter. De är A, B och C,
  suppleanterna är …": the names after "De är" are the board's members (an officer the page
  names so elsewhere, "Ordföranden A", that office); the same in Finnish ("Hallituksessa on
  viisi jäsentä. He ovat A, B ja C.");
- "1 vice ordf. Bo Lind": a bare number before a vice chair's post.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

PLACE_COLUMN = (
    "Verksamhetsberättelse 2023\n\n"
    "Styrelse\n\n"
    "Ordförande\n"
    "Göran Vikström Norrby-Ås\n\n"
    "Vice ordförande\n"
    "Lena Sandberg Norrby-Ås\n"
    "Sekreterare Tove Halvarsson Norrby-Ås\n"
    "Kassör Sixten Wiklöf Åsmark\n"
    "Ledamot Berit Nyholm Norrby-Ås\n"
    "Ledamot Gunilla Frisk Lerby\n"
    "Suppleant Olle Krantz Norrby-Ås\n"
    "Suppleant Per Anders Öhman Norrby-Ås\n\n"
    "Revisorer\n\n"
    "Revisorer har varit Kjell Tornberg och Sara Lindell.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_column_of_places_after_the_names(morph):
    got = held(PLACE_COLUMN, "sv", morph)
    assert ("Göran Vikström", "chair", "Styrelse") in got
    assert ("Lena Sandberg", "vice_chair", "Styrelse") in got
    assert ("Tove Halvarsson", "secretary", "Styrelse") in got
    assert ("Sixten Wiklöf", "member", "Styrelse") in got
    assert ("Berit Nyholm", "member", "Styrelse") in got
    assert ("Gunilla Frisk", "member", "Styrelse") in got
    assert ("Olle Krantz", "deputy_member", "Styrelse") in got
    assert ("Per Anders Öhman", "deputy_member", "Styrelse") in got
    # the places are no part of any name, the treasurer's word begins none
    assert not any(w in p for p, _r, _b in got for w in ("Norrby-Ås", "Åsmark", "Lerby", "Kassör"))


NO_COLUMN = (
    "Styrelse\n\n"
    "Ordförande Göran Vikström\n"
    "Ledamot Per Anders Öhman\n"
    "Ledamot Berit Nyholm\n"
    "Ledamot Gunilla Frisk\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_of_three_words_without_a_column_of_places_stays_whole(morph):
    # guard: with no word repeated after the names, the last word is the name's
    got = held(NO_COLUMN, "sv", morph)
    assert ("Per Anders Öhman", "member", "Styrelse") in got
    assert ("Göran Vikström", "chair", "Styrelse") in got


POST_CARDS = (
    "Till startsidan\n\n"
    "STYRELSEN\n"
    "Maja Lindqvist Ordförande maja.lindqvist(at)example.org, 040 111 2233\n"
    "Hans-Erik Vallin Viceordförande he.vallin(at)example.org, 040 111 2234\n"
    "Siv Grönlund Sekreterare siv.gronlund(at)example.org, 040 111 2235\n"
    "Jan-Olof Strandell Ekonom jo.strandell(at)example.org, 040 111 2236\n"
    "Tor Hägglund Medlem tor.hagglund(at)example.org, 040 111 2237\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_cards_name_office_email_and_a_post_after_the_name(morph):
    got = held(POST_CARDS, "sv", morph)
    assert ("Maja Lindqvist", "chair", "STYRELSEN") in got
    assert ("Hans-Erik Vallin", "vice_chair", "STYRELSEN") in got
    assert ("Siv Grönlund", "secretary", "STYRELSEN") in got
    assert ("Jan-Olof Strandell", "member", "STYRELSEN") in got
    assert ("Tor Hägglund", "member", "STYRELSEN") in got
    assert not any("Ekonom" in p for p, _r, _b in got)


HAS_CONSISTED = (
    "Styrelsen\n\n"
    "Styrelsen har bestått av:\n\n"
    "Ordförande: Rune Sjölander.\n\n"
    "Kassör: Elin Barkman.\n\n"
    "Vice ordförande: Kerstin Moberg.\n\n"
    "Sekreterare: Anton Ljungkvist (adjungerad).\n\n"
    "Ledamöter: Yvonne Hedlund, Lars Vestin och Maud Ekblad.\n\n"
    "Styrelsen hade 8 sammanträden under året.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_board_has_consisted_of_over_office_labels(morph):
    got = held(HAS_CONSISTED, "sv", morph)
    assert ("Rune Sjölander", "chair", "Styrelsen") in got
    assert ("Elin Barkman", "member", "Styrelsen") in got
    assert ("Kerstin Moberg", "vice_chair", "Styrelsen") in got
    assert ("Yvonne Hedlund", "member", "Styrelsen") in got
    assert ("Maud Ekblad", "member", "Styrelsen") in got
    # co-opted: no seat
    assert not any(p == "Anton Ljungkvist" for p, _r, _b in got)


COMMITTEES = (
    "Kommittéer och sammankallande\n\n"
    "Festkommitté: Ingvar Sundqvist.\n\n"
    "Fiskekommitté: Agneta Rönnholm.\n\n"
    "Kultur- och bokkommitté: Bengt Åhlund.\n\n"
    "Anna-Gretakommitté: Ronja Westin.\n\n"
    "Vävkommitté: Styrelsen.\n\n"
    "Viktiga händelser under året\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_committees_each_with_one_convener(morph):
    got = held(COMMITTEES, "sv", morph)
    assert ("Ingvar Sundqvist", "member", "Festkommitté") in got
    assert ("Agneta Rönnholm", "member", "Fiskekommitté") in got
    assert ("Bengt Åhlund", "member", "Kultur- och bokkommitté") in got
    assert ("Ronja Westin", "member", "Anna-Gretakommitté") in got
    assert not any(b == "Vävkommitté" for _p, _r, b in got)


TWO_COMMITTEES = (
    "Nyheter\n\n"
    "Festkommitté: Ingvar Sundqvist.\n\n"
    "Fiskekommitté: Agneta Rönnholm.\n\n"
    "Välkommen på vårens träffar!\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_two_lines_of_one_name_each_are_no_list_of_committees(morph):
    # guard: a run of three lines or more makes the list
    got = held(TWO_COMMITTEES, "sv", morph)
    assert ("Ingvar Sundqvist", "member", "Festkommitté") not in got
    assert ("Agneta Rönnholm", "member", "Fiskekommitté") not in got


THEY_ARE = (
    "Bygdeföreningen Ekbacken har haft årsmöte\n\n"
    "Ordföranden Folke Granqvist tackade för förtroendet. FOTO: ELSA BERG\n\n"
    "Föreningen har haft årsmöte. Den nya styrelsen har 5 ordinarie ledamöter och 2 "
    "suppleanter. De är Folke Granqvist, Ingela Mårtensson, Rolf Åberg, Tina Selin och "
    "Hugo Vesterlund, suppleanterna är Nils Storm, Britt Hallgren.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_they_are_after_the_boards_size(morph):
    got = held(THEY_ARE, "sv", morph)
    assert ("Folke Granqvist", "chair", "Styrelsen") in got
    assert ("Ingela Mårtensson", "member", "Styrelsen") in got
    assert ("Rolf Åberg", "member", "Styrelsen") in got
    assert ("Tina Selin", "member", "Styrelsen") in got
    assert ("Hugo Vesterlund", "member", "Styrelsen") in got
    assert ("Folke Granqvist", "member", "Styrelsen") not in got
    assert ("Nils Storm", "member", "Styrelsen") not in got


THEY_ARE_GUESTS = (
    "Träffen i mars\n\n"
    "Styrelsen bjöd in till en träff i bygdegården. De är Folke Granqvist, Ingela "
    "Mårtensson och Rolf Åberg, som berättade om sina resor.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_they_are_without_a_size_gives_no_seats(morph):
    # guard: only after a sentence that says how many members the body has
    got = held(THEY_ARE_GUESTS, "sv", morph)
    assert not any(p in ("Ingela Mårtensson", "Rolf Åberg") for p, _r, _b in got)


BARE_ORDINAL = (
    "KYRKOFULLMÄKTIGE\n\n"
    "Ordförande Ove Hallberg\n"
    "1 vice ordf. Rune Falkman\n"
    "2 vice ordf. Eva Lindroth\n\n"
    "Ordinarie ledamöter\n"
    "Sofia Brattström\n"
    "Laila Engman\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_number_before_a_vice_chairs_post(morph):
    got = held(BARE_ORDINAL, "sv", morph)
    assert ("Ove Hallberg", "chair", "KYRKOFULLMÄKTIGE") in got
    assert ("Rune Falkman", "vice_chair", "KYRKOFULLMÄKTIGE") in got
    assert ("Eva Lindroth", "vice_chair", "KYRKOFULLMÄKTIGE") in got
    assert ("Sofia Brattström", "member", "KYRKOFULLMÄKTIGE") in got


HE_OVAT = (
    "Kyläyhdistyksen vuosikokous pidettiin maaliskuussa. Uudessa hallituksessa on viisi jäsentä. "
    "He ovat Aino Lehtola, Pekka Kurvinen, Sirpa Hämäläinen ja Jouni Rasila.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_he_ovat_after_the_boards_size_in_finnish(morph):
    got = held(HE_OVAT, "fi", morph)
    assert ("Aino Lehtola", "member", "Hallitus") in got
    assert ("Jouni Rasila", "member", "Hallitus") in got

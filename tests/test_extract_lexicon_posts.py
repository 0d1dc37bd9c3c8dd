"""hytegraph extract: the treasurer's words and the nouns of a deputy's seat, defined once in
the lexicon and read by every reader that knows them (sentences, list lines, lines of posts,
prose). Made-up snippets, read with either word-form reader."""

from __future__ import annotations

import re

import pytest

from hytegraph.authoring.extract import lists, runs, sentences, unflatten
from hytegraph.authoring.extract.lexicon import (
    DEPUTY_WORDS,
    FI,
    SV,
    TREASURER_WORDS,
    words_pattern,
)
from hytegraph.authoring.extract.passes import common
from tests.extract_snippets import MORPHS, findings, key, needs_voikko, roles

SV_WORDS = SV.treasurer
FI_WORDS = FI.treasurer


def test_the_lexicon_holds_the_treasurers_words_of_both_languages():
    assert set(FI_WORDS) == {"rahastonhoitaja", "taloudenhoitaja"}
    assert set(SV_WORDS) == {
        "kassör",
        "kassören",
        "skattmästare",
        "skattmästaren",
        "kassaförvaltare",
        "kassaförvaltaren",
    }
    assert (*FI_WORDS, *SV_WORDS) == TREASURER_WORDS


@pytest.mark.parametrize("word", TREASURER_WORDS)
def test_every_pattern_of_the_post_matches_every_word_of_the_lexicon(word):
    assert sentences._TREASURER_WORD.fullmatch(word)
    assert common._TREASURER_WORD.fullmatch(word)
    assert common._TREASURER_LINE.fullmatch(word.capitalize())
    assert common._TREASURER_LINE.fullmatch(word)
    assert lists._TREASURER.fullmatch(word.capitalize())
    assert lists._ONE_OFFICER.search(f"vice {word}")
    assert common._TREASURER_AFTER_OFFICER.search(f"Ordförande Eva Ek, {word} Bo Lind.")


@pytest.mark.parametrize("word", SV_WORDS)
def test_the_swedish_phrases_match_every_swedish_word_of_the_lexicon(word):
    assert lists._LEVEL_POST.fullmatch(f"förbunds{word}")
    assert runs._SEAT_WORD.search(f"Till {word} omvaldes Bo Ek")
    assert common._SOM_TAIL.match(f", Bo Ek {word}.")
    assert common._TREASURER.search(f"Bo Ek fortsätter som {word}.")
    assert common._TREASURER.search(f"Föreningens {word} Bo Ek")


def test_a_word_that_is_no_treasurers_is_not_matched():
    for word in ("revisor", "sekreterare", "sihteeri", "kassörska", "rahastonhoitajana"):
        assert not sentences._TREASURER_WORD.fullmatch(word)
        assert not common._TREASURER_WORD.fullmatch(word)
        assert not common._TREASURER_LINE.fullmatch(word.capitalize())
        assert not lists._TREASURER.fullmatch(word.capitalize())
    # at the head of a list line the post is capitalised
    assert not lists._TREASURER.fullmatch("kassör")


def test_a_search_takes_the_longest_word_whole():
    assert re.search(words_pattern(SV_WORDS), "Kassören Bo Ek".casefold()).group() == "kassören"
    assert words_pattern(("ab", "abc"), capitalised=True) == "Abc|Ab"


def test_a_table_cell_of_a_treasurers_post_is_a_post():
    for word in TREASURER_WORDS:
        assert word in unflatten.TREASURER_WORDS


# -- sentences: "ordförande A, kassör B samt C och D" -------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("word", SV_WORDS)
def test_a_treasurer_after_a_comma_ends_the_chairs_names_in_swedish(word, morph):
    text = (
        f"Distriktets styrelse består av ordförande Gunvor Stenlund, {word} Alf Nyqvist samt "
        "Elvi Granqvist, Rurik Sjöblom och Astrid Holmqvist.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "sv", morph)}
    assert (key("Gunvor Stenlund"), "chair") in got
    assert (key("Alf Nyqvist"), "member") in got
    assert not any(r == "chair" and p != key("Gunvor Stenlund") for p, r in got)


@needs_voikko
@pytest.mark.parametrize("word", FI_WORDS)
def test_a_treasurer_after_a_comma_ends_the_chairs_names_in_finnish(word):
    text = (
        f"Yhdistyksen hallitukseen kuuluvat puheenjohtaja Aino Ahola, {word} Pekka Puu sekä "
        "Liisa Lehto ja Matti Mäki.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "fi", None)}
    assert (key("Aino Ahola"), "chair") in got
    assert (key("Pekka Puu"), "member") in got
    assert not any(r == "chair" and p != key("Aino Ahola") for p, r in got)


# -- walker: names and their posts after a colon, "A som ROLE, B sekreterare, C kassör" ----


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("word", TREASURER_WORDS)
def test_a_treasurer_among_names_with_their_posts_after_a_colon(word, morph):
    if word in SV_WORDS:
        lang, chair, treasurer, secretary = "sv", "Gösta Lindholm", "Alf Nyqvist", "Tyra Sjöblom"
        text = (
            "Årsmöte i Byaföreningen Västby\n\n"
            f"Styrelsen omvaldes: {chair} ordförande, {treasurer} {word}, {secretary} "
            "sekreterare och Bror Kvist ledamot.\n"
        )
    else:
        lang, chair, treasurer, secretary = "fi", "Aino Ahola", "Pekka Puu", "Liisa Lehto"
        text = (
            "Vuosikokous\n\n"
            f"Hallitus valittiin: {chair} puheenjohtaja, {treasurer} {word}, {secretary} "
            "sihteeri ja Matti Mäki jäsen.\n"
        )
    got = {(p, r) for p, r, _b in roles(text, lang, morph)}
    assert (key(chair), "chair") in got
    assert (key(treasurer), "member") in got
    assert (key(secretary), "secretary") in got
    assert not any(p == key(treasurer) and r != "member" for p, r in got)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("word", SV_WORDS)
def test_a_treasurer_in_the_chain_after_som_role(word, morph):
    text = (
        "Omvalda blev hela styrelsen med Gösta Lindholm som vice ordförande, Tyra Sjöblom "
        f"sekreterare, Alf Nyqvist {word} och som ledamöter Lilian Öberg och Bror Kvist.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "sv", morph)}
    assert (key("Gösta Lindholm"), "vice_chair") in got
    assert (key("Alf Nyqvist"), "member") in got
    assert (key("Lilian Öberg"), "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_that_is_no_seat_ends_the_chain_after_som_role(morph):
    text = (
        "Omvalda blev hela styrelsen med Gösta Lindholm som vice ordförande, Tyra Sjöblom "
        "revisor.\n"
    )
    got = {p for p, _r, _b in roles(text, "sv", morph)}
    assert key("Tyra Sjöblom") not in got


# -- walker: a post on a line of its own, labels of a dashed line ---------------------------


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("word", TREASURER_WORDS)
def test_a_treasurers_post_on_a_line_of_its_own(word, morph):
    if word in SV_WORDS:
        lang, body, treasurer = "sv", "Distriktsstyrelse", "Alf Nyqvist"
        text = (
            "Distriktsstyrelse\n\nOrdförande\nGösta Lindholm\n\nOrdinarie ledamöter\n"
            f"Tyra Sjöblom\nBror Kvist\n\n{word.capitalize()}\n{treasurer}\n\n"
            "Suppleant\nLilian Öberg\n"
        )
    else:
        lang, body, treasurer = "fi", "Piirihallitus", "Pekka Puu"
        text = (
            "Piirihallitus\n\nPuheenjohtaja\nAino Ahola\n\nJäsenet\nLiisa Lehto\nMatti Mäki\n\n"
            f"{word.capitalize()}\n{treasurer}\n\nVarajäsen\nSanna Salo\n"
        )
    assert (key(treasurer), "member", body) in roles(text, lang, morph)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("word", TREASURER_WORDS)
def test_a_treasurers_label_in_a_dashed_line_of_offices(word, morph):
    if word in SV_WORDS:
        lang, treasurer = "sv", "Alf Nyqvist"
        text = (
            "Styrelsen 2024\n\n"
            f"Ordförande: Gösta Lindholm  \u2013  {word.capitalize()}: {treasurer}  \u2013  "
            "Ordinarie ledamöter: Tyra Sjöblom, Bror Kvist  \u2013  Ersättare: Lilian Öberg\n"
        )
    else:
        lang, treasurer = "fi", "Pekka Puu"
        text = (
            "Hallitus 2024\n\n"
            f"Puheenjohtaja: Aino Ahola  \u2013  {word.capitalize()}: {treasurer}  \u2013  "
            "Jäsenet: Liisa Lehto, Matti Mäki  \u2013  Varajäsenet: Sanna Salo\n"
        )
    got = findings(text, lang, morph)
    assert any(
        f.kind == "membership"
        and f.actor.name == treasurer
        and f.role == "member"
        and f.rule == "list-dashed-offices"
        and not f.status
        for f in got
    )


# -- lists: the post at the head of a list line, "Kassör Bo Ek", "Skattmästare, Bo Ek" -----


def _post_comma_name_board(word: str) -> str:
    return (
        "Styrelsens sammansättning 2024\n\nStyrelsen\n\n"
        "Ordförande, Signe Hallberg\nsigne.hallberg(ät)example.fi, 040 123 45 67\n"
        f"{word.capitalize()}, Olof Brännström\nolof(ät)example.fi, 040 765 43 21\n"
        "Sekreterare, Elin Vesterlund\nelin(ät)example.fi 040 222 33 44\n"
        "Vice sekreterare, Hanna Grönqvist\nhanna(ät)example.fi 050 111 22 33\n"
        "Nils Backman\nnils(ät)example.fi, 040 999 88 77\n"
    )


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("word", SV_WORDS)
def test_post_comma_name_lines_with_a_treasurer(word, morph):
    got = roles(_post_comma_name_board(word), "sv", morph)
    assert (key("Signe Hallberg"), "chair", "Styrelsen") in got
    assert (key("Olof Brännström"), "member", "Styrelsen") in got
    assert (key("Elin Vesterlund"), "secretary", "Styrelsen") in got
    # a post of two words, a comma, then the name: a vice secretary is a member
    assert (key("Hanna Grönqvist"), "member", "Styrelsen") in got
    assert not any(p == key("Hanna Grönqvist") and r == "secretary" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_comma_name_line_that_is_no_seat_holds_none(morph):
    got = roles(_post_comma_name_board("revisor"), "sv", morph)
    assert not any(p == key("Olof Brännström") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("word", TREASURER_WORDS)
def test_a_treasurers_post_at_the_head_of_a_list_line(word, morph):
    if word in SV_WORDS:
        lang, body, treasurer = "sv", "Styrelsen", "Alf Nyqvist"
        text = (
            "Styrelsen 2023\n\nOrdförande Gösta Lindholm\n\nSekreterare Tyra Sjöblom\n\n"
            f"{word.capitalize()} {treasurer}\n\nLedamot Bror Kvist\n"
        )
    else:
        lang, body, treasurer = "fi", "Hallitus", "Pekka Puu"
        text = (
            "Hallitus 2023\n\nPuheenjohtaja Aino Ahola\n\nSihteeri Liisa Lehto\n\n"
            f"{word.capitalize()} {treasurer}\n\nJäsen Matti Mäki\n"
        )
    got = roles(text, lang, morph)
    assert (key(treasurer), "member", body) in got
    assert not any(word in p.casefold() for p, _r, _b in got)


# -- the nouns of a deputy's seat ---------------------------------------------------------

DEPUTY_NOUNS = {
    "fi": ("varajäsen", "varajäsenet", "varajäsenistä", "varahenkilö", "varaedustajat"),
    "sv": ("ersättare", "ersättarna", "ersättaren", "suppleant", "suppleanterna"),
}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_deputy_nouns_of_the_lexicon_are_every_readers(lang):
    lx = FI if lang == "fi" else SV
    assert runs._DEPUTY_CUES[lang] == lx.deputy_words
    assert lx.deputy_words in DEPUTY_WORDS
    cue = re.compile(rf"(?<![\w-])(?:{runs._DEPUTY_CUES[lang]})(?![\w])", re.I)
    for word in DEPUTY_NOUNS[lang]:
        assert cue.fullmatch(word), word
        assert common._DEPUTY_WORD.fullmatch(word.capitalize()), word


def test_a_compound_of_the_deputys_word_or_an_adverb_is_no_deputy_noun():
    cue = re.compile(rf"(?<![\w-])(?:{SV.deputy_words})(?![\w])", re.I)
    assert not cue.search("Hon fick ersättarplatsen i nämnden.")
    assert not common._DEPUTY_WORD.search("ersättarplatsen")
    # the adverbs and abbreviations of deputies in a list are no nouns of the seat
    for word in ("varalla", "vj.", "ers."):
        assert not re.fullmatch(DEPUTY_WORDS, word)

"""hytegraph extract on village and local societies' reports that the rules read wrong or not
at all:

- "Jani Ek (puheenjohtaja), …, Marja Aho (tiedottaja), Erkki Ek, …, Laura Lind (varajäsen)":
  a duty in parentheses among the offices is a member's seat, the run read on;
- "Per-Axel Sjöholm - ordförande, Marie Juhlin - 1:a vice ordförande, …, Anita Svensson -
  kassör, Tina Berg - t.f. museichef, Håkan Nilsson" (en dashes): posts after spaced dashes;
- "Siivoustalkoot järjestettiin A:n johdolla. Mukana olivat B, C …": an event led and those
  who took part, no seats (neither a chair read from "johdolla" nor a guess of the tagger);
- "Puhetta johtamaan valittiin A, sihteeriksi B ja poytäkirjantarkastajiksi C ja D": a
  meeting's officers, the checkers' word written as one word and without its dots;
- "… valittiin vielä toimintatarkastajat ja heille varahenkilö. Näitä hommia pääsivät hoitamaan
  A ja B, C pääsi varamieheksi.": the auditors and their deputy, no guess of the tagger;
- "Hallituksen jätti A. Hänen tilalleen valittiin B.": B takes a member's seat in the body of
  the paragraph's seats (not after the autumn meeting, whose seats begin with the next year);
- "Valberedning Eva Ek, Bo Lind och" / "Kim Vik": a body's label line whose names go on to the
  next line;
- "Tre styrelseledamöter valdes för en tid av två år: A, omval, B, omval, samt C, nyval.": the
  term after the verb, each name's remark between the names;
- "§14 Till ordförande på ett år valdes A": the association's chair, its term before the verb
  (the same post read twice is one seat);
- "Duon Dubbelt Upp underhöll", "Se Utblick nr 3": words that begin no name;
- "Styrelsen har haft 11 möten och styrelsen har bestått av sju personer; A ordförande, B …
  och suppleanterna; C och D": one body named twice, the count and a semicolon before the
  list, the deputies' word for the names after it only;
- "Testilän Reservialiupseerit ry:n puheenjohtajaksi valittiin A. Yhdistyksen johtokuntaan
  … valittiin: B, C": the association's chair and the board the label elects into, both the
  association's board.
"""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from hytegraph.authoring.extract import extract
from tests.extract_snippets import MORPHS, proposed, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_a_duty_in_parentheses_among_the_offices(morph):
    found = seats(
        "2. Hallitus\n\nHallituksessa oli puheenjohtaja, 8 jäsentä 3 varajäsentä: Jani Hautala "
        "(puheenjohtaja), Markku Pesonen (varapuheenjohtaja), Minna Ranta (sihteeri), Janne "
        "Koski (rahastonhoitaja), Marja Aho (tiedottaja), Erkki Pursiainen, Tuula Pulkkinen, "
        "Merja Makkonen (varajäsen), Laura Kuutti (varajäsen). Hallitus kokoontui viisi "
        "kertaa.\n",
        "fi",
        morph,
    )
    assert ("Jani Hautala", "chair", "hallitus") in found
    assert ("Markku Pesonen", "vice_chair", "hallitus") in found
    assert ("Marja Aho", "member", "hallitus") in found
    assert ("Erkki Pursiainen", "member", "hallitus") in found
    assert ("Laura Kuutti", "deputy_member", "hallitus") in found
    assert ("Jani Hautala", "deputy_member", "hallitus") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_after_spaced_dashes(morph):
    found = seats(
        "VERKSAMHETSBERÄTTELSE FÖR ÅR 2023.\nStyrelse:\n"
        "Per-Axel Sjöholm – ordförande, Marie Juhlin – 1:a vice ordförande, Anders Ohlsson – "
        "2:a vice ordförande, Anita Svensson – kassör, Kjell Lugnér – finansansvarig, Tina "
        "Westergren – t.f. museichef, Håkan Nilsson och Eskil Persson.\n",
        "sv",
        morph,
    )
    assert ("Per-Axel Sjöholm", "chair", "styrelse") in found
    assert ("Marie Juhlin", "vice_chair", "styrelse") in found
    assert ("Anders Ohlsson", "vice_chair", "styrelse") in found
    assert ("Anita Svensson", "member", "styrelse") in found
    assert ("Tina Westergren", "member", "styrelse") in found
    assert ("Eskil Persson", "member", "styrelse") in found
    assert not any(p != "Per-Axel Sjöholm" and r == "chair" for p, r, _b in found)


TALKOOT = (
    "Toimintakertomus 2017\n\n"
    "Vuosikokous valitsi yhdistyksen hallitukseen seuraavat varsinaiset jäsenet: Tiina "
    "Haapalahti, Pertti Keskinen ja Jukka Leppänen. Hallituksen puheenjohtajaksi vuosikokous "
    "valitsi Pertti Keskisen.\n\n"
    "Harjun siivoustalkoot\n\n"
    "Siivoustalkoot järjestettiin lauantaina 29.4.2017 klo 12 alkaen Marko Aarroskarin "
    "johdolla. Mukana olivat Jukka Leppänen, Ilmo Laaksonen, Aimo Nuppula, Sirkka Lahnalahti, "
    "Joni Lahtinen ja Marko Aarroskari. Keräyksen jälkeen tarjottiin kahvit.\n"
)


def test_those_who_took_part_in_an_event_get_no_seat(tmp_path):
    found = proposed(tmp_path, TALKOOT, "fi")
    assert ("Pertti Keskinen", "chair", "yhdistyksen hallitus") in found
    assert ("Tiina Haapalahti", "member", "yhdistyksen hallitus") in found
    people = {p for p, _r, _b in found}
    assert "Marko Aarroskari" not in people
    assert "Ilmo Laaksonen" not in people
    assert "Sirkka Lahnalahti" not in people


ANNUAL_MEETING = (
    "Vuosikokous 2023\n\n"
    " Puhetta johtamaan valittiin Yrjö Inkinen, sihteeriksi Jussi Huhtala ja "
    "poytäkirjantarkastajiksi Asko Mäkelä ja Pekka Yli-Äyhö. Kokous todettiin lailliseksi.\n\n"
    "   Yhdistyksen puheenjohtajaksi valittiin Pertti Kuisma yksimielisesti. Hallituksen "
    "jäseninä jatkaa Pertti Kuisma, Jussi Huhtala, Kirsi Heino, Marjo Jalonen ja Rita Mäkelä. "
    "Hallituksen puolestaan jätti kokonaan Minna Ritakallio. Hänen tilalleen valittiin Sirpa "
    "Mikola.\n\n"
    "   Edellä mainittujen lisäksi valittiin vielä toimintatarkastajat ja heille kahdelle "
    "varahenkilö. Näitä hommia pääsivät hoitamaan Pauli Kurunmäki ja Harri Wilhman, Mikko "
    "Hurri pääsi varamieheksi.\n"
)


def test_meeting_officers_auditors_and_one_elected_in_anothers_place(tmp_path):
    found = proposed(tmp_path, ANNUAL_MEETING, "fi")
    assert ("Jussi Huhtala", "member", "hallitus") in found
    assert ("Jussi Huhtala", "secretary", "hallitus") not in found
    assert ("Sirpa Mikola", "member", "hallitus") in found
    people = {p for p, _r, _b in found}
    assert "Asko Mäkelä" not in people
    assert "Mikko Hurri" not in people
    assert "Minna Ritakallio" not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_in_their_place_at_the_autumn_meeting_is_no_seat_held_yet(morph):
    found = seats(
        "Seuran syyskokous pidettiin 26. lokakuuta. Johtokunnassa jatkavat Eija Aaltonen ja "
        "Sauli Kaipainen. Jäsenet Eija Silander ja Eero Älli olivat pyytäneet eroa. Heidän "
        "tilalleen valittiin Soili Suominen ja Olli Nuotio.\n",
        "fi",
        morph,
    )
    assert ("Eija Aaltonen", "member", "johtokunta") in found
    assert not any(p in ("Soili Suominen", "Olli Nuotio") for p, _r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_label_line_whose_names_go_on_to_the_next_line(morph):
    found = seats(
        "Styrelse mm.\nOrdförande Monica Rosenqvist\nSekreterare Ingrid Tunestål\n"
        "Revisorer Lars Steiner och Ulla Ryblom\n"
        "Valberedning Marie-Louise Delbrant, Inga Berggren och\nSven Pettersson\n"
        "Adjungerad seniorrådgivare Helge Olsson\n",
        "sv",
        morph,
    )
    assert ("Marie-Louise Delbrant", "member", "valberedning") in found
    assert ("Sven Pettersson", "member", "valberedning") in found


MINUTES_SV = (
    "Protokoll för Gärdslösa Kulturgrupp\n\nÅrsmöte 2019\n\n"
    "§3   Till ordförande för mötet valdes Ann Nilsson och till sekreterare Eva Berg.\n\n"
    "§13 Arne Andersson föredrog valberedningens förslag. Tre styrelseledamöter valdes för en "
    "tid av två år: Ann-Mari Linåker, omval, Ingemar Folkesson, omval, samt Lennart Sjöström, "
    "nyval.\n\n"
    "§14 Till ordförande på ett år valdes Ann-Mari Linåker, omval.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_term_after_the_verb_and_remarks_between_names(morph):
    found = seats(MINUTES_SV, "sv", morph)
    assert ("Ingemar Folkesson", "member", "styrelse") in found
    assert ("Lennart Sjöström", "member", "styrelse") in found
    assert ("Ann-Mari Linåker", "chair", "styrelse") in found
    assert ("Ann Nilsson", "chair", "styrelse") not in found


def test_the_same_post_read_twice_is_one_seat(tmp_path):
    text = (
        "Årsmöte 2020\n\n§ 5. Föredragning av styrelsen\n"
        "a. Ordförande Lars Carlsson föredrog verksamhetsberättelsen, som godkändes.\n"
        "§ 9. Val av styrelse\n"
        "a. Till ordförande på ett år valdes Lars Carlsson.\n"
        "b. Till styrelseledamöter på två år valdes Eva Berg och Per Holm.\n"
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    chairs = [
        f
        for f in extract(path, lang="sv", tagger=False).facts
        if f.kind == "membership" and f.actor.name == "Lars Carlsson" and f.role == "chair"
    ]
    assert len(chairs) == 1


@pytest.mark.parametrize("morph", MORPHS)
def test_words_that_begin_no_name(morph):
    found = seats(
        "Styrelse:\nOrdförande Monica Rosenqvist\nSekreterare Ingrid Tunestål\n\n"
        "Den 10 april\nMedlemsmöte\nDuon Dubbelt Upp underhöll med sång och gitarrspel\n"
        "Se Utblick nr 3\n",
        "sv",
        morph,
    )
    assert ("Monica Rosenqvist", "chair", "styrelse") in found
    people = {p for p, _r, _b in found}
    assert "Duon Dubbelt Upp" not in people
    assert "Se Utblick" not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_a_count_and_a_semicolon_before_the_list_of_a_body_named_twice(morph):
    found = seats(
        "Styrelsen har under verksamhetsåret haft 11 protokollförda möten och styrelsen har "
        "bestått av sju personer; Arne Tegsell ordförande, Cecilia Bentzell Lindholm, Jesper "
        "Cederhage, Karsten Erichs och suppleanterna; Roland Hultgren och Ingrid Persson "
        "Lundh.\n",
        "sv",
        morph,
    )
    assert ("Arne Tegsell", "chair", "styrelsen") in found
    assert ("Cecilia Bentzell Lindholm", "member", "styrelsen") in found
    assert ("Karsten Erichs", "member", "styrelsen") in found
    assert ("Roland Hultgren", "deputy_member", "styrelsen") in found
    assert ("Cecilia Bentzell Lindholm", "deputy_member", "styrelsen") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_registered_associations_chair_and_the_board_elected_after_a_colon(morph):
    found = seats(
        "Testilän Reservialiupseerit ry:n puheenjohtajaksi vuodeksi 1955 valittiin piiriesimies "
        "Sampo Vesterinen. Yhdistyksen johtokuntaan kuluvaksi toimintakaudeksi valittiin: Lauri "
        "Kauranen, Tauno Kuparinen, Toivo Partanen ja Väinö Siltaniemi.\n",
        "fi",
        morph,
    )
    board = "testilän reservialiupseerit ry:n johtokunta"
    assert ("Sampo Vesterinen", "chair", board) in found
    assert ("Lauri Kauranen", "member", board) in found
    assert ("Väinö Siltaniemi", "member", board) in found
    assert not any(b == "testilän reservialiupseerit ry" for _p, _r, b in found)

"""hytegraph extract on layouts met in the hundred-and-ninety-first and hundred-and-ninety-third
held-out sets: made-up snippets, one per mechanism, read with either word-form reader.

- a section heading that lists its topics as single words ("Jäsenet, hallitus, kokoukset")
  and names a body by its bare word makes the lists under it that body's, not the body the
  prose before it named last (one the organisation itself is a member of);
- a name right after the passive verb of electing that closes its clause ("valittiin
  yksimielisesti Aino Laurin.") is the verb's object in the nominative: its last word is
  kept as printed, not cut as a genitive; an active verb's object ("valitsi … Aino
  Virtasen.") is still read in its basic form;
- a listed name followed by one capitalised word in the elative or ablative ("A Kuopiosta,
  B Lapinlahdelta ja C Kiuruvedeltä") is the name without that word, the person's home
  town, and the list goes on after it;
- a body's heading with its term over lines that are each a lower-case title and a name,
  perhaps with one parenthesis after it ("professori Aino Koski (puheenjohtaja)",
  "toimittaja Olli Virtanen"), is the body's composition for that term, every line an
  entry (also the last two lines when they form a paragraph of their own);
- abbreviations joined by full stops ("Puh.j. vs.prof. Olli Virtanen") go on with the name,
  title or lower-case word after them; a photo position closing a caption ("(t.h.)") and an
  unknown one before a capitalised word ("varapuh.joht. Muu …") still end the sentence.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

SOCIETY = (
    "Testilän Kuoroseura ry:n vuoden 2018 toimintakertomus\n\n"
    "Testilän Kuoroseura ry perustettiin vuonna 1987. Seura on Kylälän laulujärjestöjen "
    "valtuuskunnan jäsen. Seuran tavoitteena on edistää kuorolaulua.\n\n"
    "Jäsenet, hallitus, kokoukset\n\n"
    "Seuralla on yksi kunniajäsen. Seuran hallituksen jäsenten toimikausi on kaksi vuotta. "
    "Kunkin henkilön jälkeen on mainittu tehtävä hallituksessa sekä suluissa vuosi, jolloin "
    "kyseinen henkilö on erovuorossa.\n\n"
    "Olli Virtanen, puheenjohtaja (2019)\n\n"
    "Pekka Salonen, hallituksen jäsen (2019)\n\n"
    "Eeva Ahola, sihteeri (2020)\n\n"
    "Sari Laitinen, varajäsen (2020)\n\n"
    "Hallitus kokoontui 27.3.2018.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_topic_heading_names_the_body_of_the_lists_under_it(morph):
    got = held(SOCIETY, "fi", morph)
    assert ("Olli Virtanen", "chair", "Hallitus") in got
    assert ("Pekka Salonen", "member", "Hallitus") in got
    assert ("Eeva Ahola", "secretary", "Hallitus") in got
    assert ("Sari Laitinen", "deputy_member", "Hallitus") in got
    assert not any(body.endswith("valtuuskunta") for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_topic_heading_without_a_body_word(morph):
    # "Jäsenet ja kokoukset": no body's word in the heading, it names no body of the lists
    text = SOCIETY.replace("Jäsenet, hallitus, kokoukset", "Jäsenet ja kokoukset")
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "chair", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_topic_heading_under_the_body_named_in_full(morph):
    # the body named in full before the heading is the one its bare word means
    text = SOCIETY.replace(
        "Seuran tavoitteena on edistää kuorolaulua.",
        "Seuran tavoitteena on edistää kuorolaulua. Testilän Kuoroseuran hallitus kokoontuu "
        "kuukausittain.",
    ).replace(" Seura on Kylälän laulujärjestöjen valtuuskunnan jäsen.", "")
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "chair", "Testilän Kuoroseuran hallitus") in got
    assert ("Olli Virtanen", "chair", "Hallitus") not in got


MEETING = (
    "Testilän Kuoroseura ry:n syyskokous pidettiin 26.11.\n\n"
    "Yhdistyksen puheenjohtajaksi seuraavalle kahdelle kalenterivuodelle valittiin "
    "yksimielisesti Olli Laurin. Hallituksessa jatkavat Anna Koski Kylälästä, Pekka Salonen "
    "Testilältä ja Sari Laitinen Mäkikylästä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_name_after_passive_election_verb_kept_as_printed(morph):
    got = held(MEETING, "fi", morph)
    assert ("Olli Laurin", "chair", "Hallitus") in got
    assert ("Olli Lauri", "chair", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_active_verbs_object(morph):
    # "Kokous valitsi … Olli Virtasen": the accusative of "Olli Virtanen"
    text = (
        "Testilän Kuoroseura ry:n syyskokous pidettiin 26.11.\n\n"
        "Kokous valitsi yhdistyksen puheenjohtajaksi Olli Virtasen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Virtasen", "chair", "Hallitus") not in got
    assert ("Olli Virtanen", "chair", "Yhdistys") in got or (
        "Olli Virtanen",
        "chair",
        "Hallitus",
    ) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_home_town_after_each_listed_name(morph):
    got = held(MEETING, "fi", morph)
    assert ("Anna Koski", "member", "Hallitus") in got
    assert ("Pekka Salonen", "member", "Hallitus") in got
    assert ("Sari Laitinen", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_home_town_after_a_name_before_the_verb(morph):
    text = (
        "Testilän Kuoroseura ry:n syyskokous pidettiin 26.11.\n\n"
        "Erovuorossa olleet Anna Koski Kylälästä ja Pekka Salonen Mäkikylästä valittiin "
        "hallitukseen seuraaviksi kahdeksi vuodeksi.\n"
    )
    got = held(text, "fi", morph)
    assert ("Pekka Salonen", "member", "Hallitus") in got
    assert not any(person.endswith("Mäkikylästä") for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_three_word_name_without_a_home_town(morph):
    text = (
        "Testilän Kuoroseura ry:n syyskokous pidettiin 26.11.\n\n"
        "Erovuorossa olleet Anna Koski ja Mikko Ensio Salonen valittiin hallitukseen "
        "seuraaviksi kahdeksi vuodeksi.\n"
    )
    got = held(text, "fi", morph)
    assert ("Mikko Ensio Salonen", "member", "Hallitus") in got


BOARD = (
    "Testilän kielilautakunnan uusi kausi alkaa\n\n"
    "Kielikeskuksen johtaja on nimittänyt kielilautakunnan jäsenet kolmivuotiskaudeksi "
    "2015\u20132018.\n\n"
    "Testilän kielilautakunta 1.6.2015\u201331.5.2018\n\n"
    "professori Aino Koski (puheenjohtaja)\n"
    "toimittaja Olli Virtanen\n"
    "opetusneuvos Pekka Salonen\n"
    "osastonjohtaja Sari Laitinen (Kielikeskus)\n"
    "kehittämispäällikkö Eeva Ahola\n"
    "kääntäjä Liisa Laine\n"
    "suomentaja Mikko Mäkelä\n"
    "professori Jussi Oja\n\n"
    "Kielilautakunta ottaa kantaa kielenkäytön kysymyksiin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_title_and_name_lines_under_a_term_heading(morph):
    got = held(BOARD, "fi", morph)
    body = "Testilän kielilautakunta"
    assert ("Aino Koski", "chair", body) in got
    for person in ("Olli Virtanen", "Pekka Salonen", "Sari Laitinen", "Eeva Ahola"):
        assert (person, "member", body) in got
    assert ("Mikko Mäkelä", "member", body) in got
    assert ("Jussi Oja", "member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_title_lines_with_more_words_after_the_name(morph):
    # each line goes on after the name with words of its own: not the composition's lines
    text = BOARD.replace(
        "toimittaja Olli Virtanen\n", "toimittaja Olli Virtanen kertoi uutisista\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "member", "Testilän kielilautakunta") not in got


REPORT = (
    "Kokousselostukset 2001-2005\n\n"
    "Vuosikokous 7.2.2001\n\n"
    "FM Aino Mäki piti esitelmän kovakuoriaisista.\n\n"
    "Hallitusta valittaessa se sai seuraavan koostumuksen: Puh.j. vs.prof. Olli Virtanen, "
    "varapuh.j. dos. Pekka Salonen, siht. FT Sari Laitinen, muut jäsenet dos. Eeva Ahola, "
    "dos. Mikko Mäkelä ja Liisa Laine.\n\n"
    "Kuukausikokous 21.3.2001\n\n"
    "Uudeksi jäseneksi valittiin yo Jussi Oja.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_board_in_one_sentence_with_abbreviated_offices_and_titles(morph):
    got = held(REPORT, "fi", morph)
    assert ("Olli Virtanen", "chair", "Hallitus") in got
    assert ("Pekka Salonen", "vice_chair", "Hallitus") in got
    assert ("Sari Laitinen", "secretary", "Hallitus") in got
    for person in ("Eeva Ahola", "Mikko Mäkelä", "Liisa Laine"):
        assert (person, "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_abbreviated_offices_and_titles_after_the_bodys_word(morph):
    text = REPORT.replace(
        "Hallitusta valittaessa se sai seuraavan koostumuksen:", "Hallituksen kokoonpano:"
    )
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "chair", "Hallitus") in got
    assert ("Pekka Salonen", "vice_chair", "Hallitus") in got
    assert ("Mikko Mäkelä", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_next_meetings_heading_ends_the_board_of_the_prose(morph):
    # "Kuukausikokous 21.3.2001": a new member of the society, no seat in the board
    text = REPORT.replace(
        "Hallitusta valittaessa se sai seuraavan koostumuksen: Puh.j. vs.prof.",
        "Hallitus sai seuraavan kokoonpanon: puheenjohtaja",
    )
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "chair", "Hallitus") in got
    assert not any(person == "Jussi Oja" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_phone_numbers_abbreviation(morph):
    # "puh." alone is a telephone's, no chair's word
    text = (
        "Testilän Kuoroseuran hallitus\n\n"
        "Yhteyshenkilö on sihteeri Aino Koski, puh. 040 123 4567. Hallitus kokoontuu "
        "kuukausittain.\n"
    )
    got = held(text, "fi", morph)
    assert not any(role == "chair" for _, role, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_partitive_that_is_no_body(morph):
    # "Puheenjohtajaa valittaessa": an office's word, no body of the seats
    text = REPORT.replace("Hallitusta valittaessa", "Puheenjohtajaa valittaessa")
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "chair", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_board_named_by_a_heading_over_dated_meetings(morph):
    # the body the page's heading names stays the context under a meeting's dated heading
    text = (
        "Testilän Kuoroseuran hallitus\n\n"
        "Kokous 5.3.2020\n\n"
        "Hallituksen puheenjohtajana toimii Aino Koski ja sihteerinä Olli Virtanen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Koski", "chair", "Testilän Kuoroseuran hallitus") in got


def test_leave_alone_a_photo_position_or_an_unknown_joined_abbreviation_ending_a_sentence():
    # "(t.h.)" closing a caption and "varapuh.joht." before a capitalised word of no title
    # end their sentences; "vs.prof." before a name and "Puh.j." before a title do not
    from hytegraph.authoring.extract.segment import sentences

    def cut(text):
        return [s.text for s in sentences(text)]

    caption = cut("Kassör Bo Lind (t.h.)\nStyrelsen består av ordförande Karin Ek.")
    assert len(caption) == 2
    assert caption[0].startswith("Kassör") and "Styrelsen" not in caption[0]
    assert cut("Eva Holm yv:n II varapuh.joht. Muu Aino Koski jäsen.") == [
        "Eva Holm yv:n II varapuh.joht.",
        "Muu Aino Koski jäsen.",
    ]
    assert len(cut("Puh.j. vs.prof. Olli Virtanen, siht. FT Sari Laitinen.")) == 1
    assert len(cut("Rahastonhoitaja rah.hoit. FK Bo Lind.")) == 1


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_caption_over_a_boards_sentence(morph):
    text = (
        "Valberedningens Anna Berg presenterar sitt förslag, inkl ny kassör Bo Lind (t.h.)\n\n"
        "Styrelsen för 2020 består av ordförande Karin Ek, vice ordförande Per Holm, kassör "
        "Bo Lind och sekreterare Eva Strand.\n"
    )
    got = held(text, "sv", morph)
    assert ("Karin Ek", "chair", "Styrelsen") in got
    assert ("Eva Strand", "secretary", "Styrelsen") in got

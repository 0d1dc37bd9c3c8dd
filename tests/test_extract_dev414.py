"""hytegraph extract on board pages and histories that the rules read wrong or not at all:

- "Johtokuntaan valittiin A puheenjohtajaksi, B varapuheenjohtajaksi ja C sihteeriksi": each
  office in the translative after its name is that name's, never the next name's;
- "… A Keuruulta puheenjohtajaksi, B Jyväskylästä varapuheenjohtajaksi, …": the office after
  the name's home town is still that name's; "Varajäseniksi tulivat A Multialta, B Kolhosta ja C
  Puuppolasta": the deputies, each village (one no dictionary knows too) no part of a name;
- "Varalla A, B ja C.": a sentence that opens with the deputies' word names the deputies;
- "| Ordförande: |" over "Johan Ek, omval |", "| Suppleanter: |": a table whose cells a page
  printed one to a line between its borders;
- "Extrastämman" over "… Nuvarande styrelse består alltså av:" and the names: the board the
  lead-in names, not the meeting of the heading;
- "vice ordförande" / blank / "stadsfullmäktiges ordförande A" / "övriga ledamöter" / blank /
  "rektor B" / blank / "lektor C": seat words in lower case over lines of a title and a name,
  an office in another body being the person's title;
- "Efter mötet fotograferades deltagarna." / "Främre raden: A, B, C": the people in a photo
  whose caption names no body hold no seat (nor a guess of the tagger's).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, deputies_only, proposed, seats


def _officers_each_their_own(found):
    """Aili Kerola chairs the board, Tenho Rasila is its vice chair and Milja Vaara its
    secretary, none of them holding the office written before their name."""
    assert ("Aili Kerola", "chair", "johtokunta") in found
    assert ("Tenho Rasila", "vice_chair", "johtokunta") in found
    assert ("Milja Vaara", "secretary", "johtokunta") in found
    assert ("Tenho Rasila", "chair", "johtokunta") not in found
    assert ("Milja Vaara", "vice_chair", "johtokunta") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_in_the_translative_after_the_names(morph):
    found = seats(
        "Kyläseuran historia\n\n"
        "Syyskokouksessa johtokuntaan valittiin Aili Kerola puheenjohtajaksi, Tenho Rasila "
        "varapuheenjohtajaksi, Milja Vaara sihteeriksi sekä jäseniksi Onni Palo ja Kerttu "
        "Hiltula.\n",
        "fi",
        morph,
    )
    _officers_each_their_own(found)
    for name in ("Onni Palo", "Kerttu Hiltula"):
        assert (name, "member", "johtokunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_in_the_translative_before_the_names_still_read(morph):
    found = seats(
        "Kyläseuran historia\n\n"
        "Johtokuntaan valittiin puheenjohtajaksi Aili Kerola, varapuheenjohtajaksi Tenho "
        "Rasila ja jäseniksi Onni Palo ja Kerttu Hiltula.\n",
        "fi",
        morph,
    )
    assert ("Aili Kerola", "chair", "johtokunta") in found
    assert ("Tenho Rasila", "vice_chair", "johtokunta") in found
    assert ("Onni Palo", "member", "johtokunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sentence_opening_with_varalla_names_deputies(morph):
    found = seats(
        "Yhdistyksen alkuvuodet\n\n"
        "Ensimmäiseen johtokuntaan tulivat valituiksi: puheenjohtajaksi Aarne Pelto, "
        "sihteeriksi Juho Koivisto, muiksi jäseniksi Oskari Lamppu ja Eino Uusitalo. Varalla "
        "Anselmi Viitala, Vilho Riihelä ja Erkki Kallio.\n",
        "fi",
        morph,
    )
    assert ("Aarne Pelto", "chair", "johtokunta") in found
    deputies_only(found, ("Anselmi Viitala", "Vilho Riihelä", "Erkki Kallio"), "johtokunta")


@pytest.mark.parametrize("morph", MORPHS)
def test_cells_printed_one_to_a_line_between_a_tables_borders(morph):
    found = seats(
        "|\n"
        "Protokoll fört vid släktföreningens släktmöte\n"
        "|\n"
        "§9\n"
        "|\n"
        "För perioden till nästa släktmöte valdes följande styrelse:\n"
        "| Ordförande: |\n"
        "Johan Lindqvist, omval |\n"
        "| Övriga styrelsemedlemmar: |\n"
        "Magnus Ahlroth, omval\n"
        "Emma Strand, nyval |\n"
        "| Suppleanter: |\n"
        "Daniel Hörnqvist, omval\n"
        "Monica Berglöf, nyval\n"
        "|\n",
        "sv",
        morph,
    )
    assert ("Johan Lindqvist", "chair", "styrelse") in found
    for name in ("Magnus Ahlroth", "Emma Strand"):
        assert (name, "member", "styrelse") in found
    deputies_only(found, ("Daniel Hörnqvist", "Monica Berglöf"), "styrelse")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_in_under_a_meetings_heading_names_the_board(morph):
    found = seats(
        "Extrastämman\n\n"
        "Igår hölls en extrastämma på begäran av föreningens medlemmar.\n\n"
        "Det alternativ som vann var sittande styrelse. Nuvarande styrelse består alltså av:\n\n"
        "Nils Berglund\nKarin Åhman\nOlof Sträng\n",
        "sv",
        morph,
    )
    for name in ("Nils Berglund", "Karin Åhman", "Olof Sträng"):
        assert (name, "member", "styrelse") in found
        assert (name, "member", "extrastämman") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_lower_case_seat_words_over_titles_and_names(morph):
    found = seats(
        "Historik\n\n"
        "Till sällskapets första styrelse valdes:\n\n\n"
        "ordförande\n\ndisponent Åke Hallberg\n\n\n"
        "vice ordförande\n\n\nstadsfullmäktiges ordförande Per-Axel Grönvall\n\n\n"
        "övriga ledamöter\n\n\nrektor Valter Ekstam\n\nlektor Sven Ljungdahl\n\n"
        "redaktör Iwar Sjöman\n\nsuppleanter\n\nfru Ingrid Lillhage\n",
        "sv",
        morph,
    )
    assert ("Åke Hallberg", "chair", "styrelse") in found
    assert ("Per-Axel Grönvall", "vice_chair", "styrelse") in found
    assert ("Per-Axel Grönvall", "chair", "styrelse") not in found
    for name in ("Valter Ekstam", "Sven Ljungdahl", "Iwar Sjöman"):
        assert (name, "member", "styrelse") in found
    assert ("Ingrid Lillhage", "deputy_member", "styrelse") in found


def test_photo_rows_under_a_caption_naming_no_body(tmp_path):
    text = (
        "Historik\n\n"
        "Sällskapet bildades 1957 vid ett konstituerande styrelsemöte i stadshuset.\n\n"
        "Efter mötet fotograferades deltagarna på stadshusets trappa.\n"
        "Främre raden: Iwar Sjöman, Ingrid Lillhage, Torsten Bergqvist, Karin Ekstam och Carl "
        "Lindahl.\n"
        "Bakre raden: Nils Lindahl, Ragnar Wall, Gösta Skott\n\n"
        "Till sällskapets första styrelse valdes:\n\n"
        "Ordförande: Åke Hallberg\n"
        "Ledamöter: Valter Ekstam, Sven Ljungdahl\n"
    )
    found = proposed(tmp_path, text, "sv")
    assert ("Åke Hallberg", "chair", "styrelse") in found
    pictured = {
        "Iwar Sjöman",
        "Ingrid Lillhage",
        "Torsten Bergqvist",
        "Karin Ekstam",
        "Carl Lindahl",
        "Nils Lindahl",
        "Ragnar Wall",
        "Gösta Skott",
    }
    assert not {p for p, _r, _b in found} & pictured


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_in_the_translative_after_names_and_home_towns(morph):
    found = seats(
        "Sukuseuran vaiheita\n\n"
        "Ensimmäiseen johtokuntaan valittiin Aili Kerola Keuruulta puheenjohtajaksi, Tenho "
        "Rasila Jyväskylästä varapuheenjohtajaksi, Milja Vaara Keuruulta sihteeriksi, jäseniksi "
        "Onni Palo Keuruulta ja Kerttu Hiltula Multialta. Varajäseniksi tulivat Suoma Lehtinen "
        "Multialta, Raili Kallio Kolhosta ja Veikko Tammi Puuppolasta.\n",
        "fi",
        morph,
    )
    _officers_each_their_own(found)
    for name in ("Suoma Lehtinen", "Raili Kallio", "Veikko Tammi"):
        assert (name, "deputy_member", "johtokunta") in found
    assert not any("Kolhosta" in p or "Puuppolasta" in p for p, _r, _b in found)

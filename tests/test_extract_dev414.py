"""hytegraph extract on board pages and histories that the rules read wrong or not at all:

- "Johtokuntaan valittiin A puheenjohtajaksi, B varapuheenjohtajaksi ja C sihteeriksi": each
  office in the translative after its name is that name's, never the next name's;
- "Varalla A, B ja C.": a sentence that opens with the deputies' word names the deputies;
- "| Ordförande: |" over "Johan Ek, omval |", "| Suppleanter: |": a table whose cells a page
  printed one to a line between its borders.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats


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
    assert ("Aili Kerola", "chair", "johtokunta") in found
    assert ("Tenho Rasila", "vice_chair", "johtokunta") in found
    assert ("Milja Vaara", "secretary", "johtokunta") in found
    assert ("Tenho Rasila", "chair", "johtokunta") not in found
    assert ("Milja Vaara", "vice_chair", "johtokunta") not in found
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
    for name in ("Anselmi Viitala", "Vilho Riihelä", "Erkki Kallio"):
        assert (name, "deputy_member", "johtokunta") in found
        assert (name, "member", "johtokunta") not in found


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
    for name in ("Daniel Hörnqvist", "Monica Berglöf"):
        assert (name, "deputy_member", "styrelse") in found
        assert (name, "member", "styrelse") not in found

"""hytegraph extract on names in the genitive in appointment decisions:

- a surname that is also a word, in the genitive after a body's office ("lautakunnan jäsenen
  Janne Kiviojan henkilökohtaiseksi varajäseneksi") or before a word taking the genitive ("A:n
  tilalle", "A:n henkilökohtaiseksi varajäseneksi"), is read in its basic form; one that is a
  name in its own right ("Ellen Portin", "Stefan Loman") keeps its form where nothing asks for a
  genitive;
- the one another takes a seat from ("Pekka Lahtisen tilalle Anna Mäkelä") holds no seat by it,
  and a name in the genitive ends before the next name ("Matti Virtasen Liisa Korhosen
  tilalle");
- a Swedish surname in a Finnish genitive ("Portinin", "Sjöblomin", "Forsmanin") keeps its
  Swedish ending.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_member_in_the_genitive_before_a_personal_deputy(morph):
    text = (
        "Hyvinvointilautakunnan jäsenen Jaakko Mäki-Petäjän henkilökohtaiseksi "
        "varajäseneksi valittiin Mika Kokkonen.\n"
    )
    got = seats(text, "fi", morph)
    assert ("Jaakko Mäki-Petäjä", "member", "hyvinvointilautakunta") in got
    assert ("Mika Kokkonen", "deputy_member", "hyvinvointilautakunta") in got
    assert not any(p.endswith("Petäjän") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_member_in_the_genitive_and_the_one_replaced(morph):
    text = (
        "Kaupunginvaltuusto valitsi teknisten palveluiden lautakunnan jäsenen Janne Kiviojan "
        "henkilökohtaiseksi varajäseneksi Veijo Hernesniemen tilalle Olli Joensuun.\n"
    )
    got = seats(text, "fi", morph)
    assert ("Janne Kivioja", "member", "teknisten palveluiden lautakunta") in got
    assert ("Olli Joensuu", "deputy_member", "teknisten palveluiden lautakunta") in got
    assert not any("Hernesnie" in p or p.endswith("Kiviojan") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_one_replaced_holds_no_seat(morph):
    text = "Sivistyslautakunnan varajäseneksi valittiin Pekka Lahtisen tilalle Anna Mäkelä.\n"
    got = seats(text, "fi", morph)
    assert got == {("Anna Mäkelä", "deputy_member", "sivistyslautakunta")}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_in_the_genitive_ends_before_the_next(morph):
    text = (
        "Valtuusto valitsi sosiaalilautakunnan jäseneksi Matti Virtasen Liisa Korhosen tilalle.\n"
    )
    assert seats(text, "fi", morph) == {("Matti Virtanen", "member", "sosiaalilautakunta")}


@pytest.mark.parametrize("morph", MORPHS)
def test_names_in_their_own_right_keep_their_form(morph):
    # (guard) surnames ending as a genitive does, with nothing asking for one
    text = "Hallituksen jäseninä jatkavat Ellen Portin ja Stefan Loman.\n"
    assert seats(text, "fi", morph) == {
        ("Ellen Portin", "member", "hallitus"),
        ("Stefan Loman", "member", "hallitus"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_swedish_surnames_in_a_finnish_genitive(morph):
    text = (
        "Hallitus valitsi puheenjohtajaksi Ellen Portinin, varapuheenjohtajaksi Karl "
        "Sjöblomin ja sihteeriksi Eva Forsmanin.\n"
    )
    got = seats(text, "fi", morph)
    assert ("Ellen Portin", "chair", "hallitus") in got
    assert ("Karl Sjöblom", "vice_chair", "hallitus") in got
    assert ("Eva Forsman", "secretary", "hallitus") in got

"""hytegraph extract on layouts met in the hundred-and-fifty-third held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a line that is the run's own body in the genitive and one role word ("Hallituksen
  puheenjohtaja") among the lines of a body's names printed under its composition's heading
  is a role line of that body: the names after it go on being the body's (the first one
  holding that role); a line naming another body's role ends the run as before;
- a bare body word in a heading, perhaps after its owner's word in the genitive and
  "nykyinen"/"uusi" ("SEURAN NYKYINEN HALLITUS"), over "Office Name (term)" lines is the
  page's body whose people the lines name; a heading with no office line under it is not;
- the names of minutes' flattened columns ("Name Name role role") do not run across a blank
  line: a list's last line and the sentence after it are no columns;
- a word that ends two or more different people's names of three words and that the page
  also writes inflected ("Sotenia" / "Sotenian") is the organisation they come from,
  no part of their names; a third word that ends only one name, or that the page never
  inflects, stays;
- a bare "Valiokunta" after a sentence that named "vaalivaliokunta" means that committee, as
  a bare "Toimikunta" or "Lautakunta" does; a name's last word that is an organisation's
  word in the elative ("Testiliitosta") is where the person comes from, no part of the name;
- an officer's word right after the genitive of a part of the organisation ("humanistisen
  osaston sihteerinä") is that part's office: the person is a member of the body the
  sentence speaks of, not its secretary; the body's own officers stay.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, roles

BOARD_RUN = (
    "Testiliitto ry\n\n"
    "Hallituksen kokoonpano 2020-2022\n\n"
    "Hallituksen puheenjohtaja\n"
    "Liiton puheenjohtaja Koskimaa Anna\n\n"
    "Virtanen Olli\n"
    "Salonen Pekka\n"
    "Mäkelä Mikko\n"
    "Laitinen Sari\n"
    "Nieminen Timo\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_own_body_role_line_keeps_the_run(morph):
    got = roles(BOARD_RUN, "fi", morph)
    assert ("Anna Koskimaa", "chair", "Hallitus") in got
    for name in ("Olli Virtanen", "Pekka Salonen", "Mikko Mäkelä", "Sari Laitinen"):
        assert (" ".join(sorted(name.split())), "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_another_bodys_role_line(morph):
    # "Valtuuston puheenjohtaja": the council's chair, no role of the board's run
    text = BOARD_RUN.replace("Hallituksen puheenjohtaja\n", "Valtuuston puheenjohtaja\n")
    got = roles(text, "fi", morph)
    assert ("Anna Koskimaa", "chair", "Hallitus") not in got


CURRENT_BOARD = (
    "Testilän Soutuseura ry kutsuu jäsenensä syyskokoukseen 10.12.2020.\n\n"
    "SEURAN NYKYINEN HALLITUS\n\n"
    "Puheenjohtaja Anna Koskimaa (2019-2021)\n\n"
    "Varapuheenjohtaja Olli Virtanen (2019\u20132022)\n\n"
    "Sari Laitinen (2020\u20132022)\n\n"
    "Pekka Salonen (2019\u20132021)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_owned_current_board_heading_over_office_term_lines(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(CURRENT_BOARD, "fi", morph)}
    assert ("Anna Koskimaa", "chair", "hallitus") in got
    assert ("Olli Virtanen", "vice_chair", "hallitus") in got
    assert ("Sari Laitinen", "member", "hallitus") in got
    assert ("Pekka Salonen", "member", "hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_heading_over_office_term_lines(morph):
    text = CURRENT_BOARD.replace("SEURAN NYKYINEN HALLITUS", "Nykyinen hallitus")
    got = {(p, r, b.casefold()) for p, r, b in held(text, "fi", morph)}
    assert ("Anna Koskimaa", "chair", "hallitus") in got
    assert ("Pekka Salonen", "member", "hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_heading_over_names_in_prose(morph):
    # no office line under the heading: a sentence, no list of the board
    text = (
        "Testilän Soutuseura ry kutsuu jäsenensä syyskokoukseen 10.12.2020.\n\n"
        "SEURAN NYKYINEN HALLITUS\n\n"
        "Kokouksen avasi Anna Koskimaa ja paikalla oli myös Olli Virtanen (2019\u20132022).\n"
    )
    got = {(p, r, b.casefold()) for p, r, b in held(text, "fi", morph)}
    assert ("Anna Koskimaa", "chair", "hallitus") not in got


APPOINTEES = (
    "Testiliiton valtuusto kokoontui 27.4.2019.\n\n"
    "Vaalivaliokuntaan valittiin hallituksen esityksen mukaisesti seuraavat henkilöt:\n\n"
    "  1. Valtakunnallisen yhdistyksen edustajaksi Aino Rekola Sotenia Pohjanmaalta\n"
    "  2. Alueyhdistysten edustajaksi Eero Kantola Sotenia Helsingistä\n"
    "  3. Alueyhdistysten edustajaksi Sanni Vainikka Sotenia Keski-Pohjanmaalta\n"
    "  4. Pääluottamusmiesedustajaksi Johanna Pelkonen Sotenia Kanta-Hämeestä\n\n"
    "Lisäksi vaalivaliokunnan puheenjohtajana toimii valtuuston puheenjohtaja Mia Salmela.\n\n"
    "Sotenian sääntöihin tehtiin tarkennus.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_shared_organisation_word_after_names(morph):
    got = held(APPOINTEES, "fi", morph)
    assert ("Aino Rekola", "member", "Vaalivaliokunta") in got
    assert ("Eero Kantola", "member", "Vaalivaliokunta") in got
    assert ("Sanni Vainikka", "member", "Vaalivaliokunta") in got
    for name in ("Aino Rekola", "Eero Kantola", "Sanni Vainikka"):
        assert (f"{name} Sotenia", "member", "Vaalivaliokunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_no_columns_across_a_blank_line(morph):
    got = held(APPOINTEES, "fi", morph)
    # "Kanta-Hämeestä" / "" / "Lisäksi …": a list's line and a sentence, no names
    assert not any("Lisäksi" in p for p, _r, _b in got)
    assert not any(p.split()[-1] == "Pääluottamusmiesedustajaksi" for p, _r, _b in got)
    assert not any("Kanta-Hämeestä" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_third_name_word_of_one_name(morph):
    # "Aino Maria Rekola": one name of three words, its last word the page's only once
    text = (
        "Testiliiton valtuusto kokoontui 27.4.2019.\n\n"
        "Vaalivaliokuntaan valittiin seuraavat henkilöt:\n\n"
        "  1. Aino Maria Rekola\n"
        "  2. Eero Kantola\n"
        "  3. Sanni Vainikka\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Maria Rekola", "member", "Vaalivaliokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_shared_word_the_page_never_inflects(morph):
    # two "… Rekola" names and no "Rekolan": the page gives no sign it is no surname
    text = (
        "Testiliiton valtuusto kokoontui 27.4.2019.\n\n"
        "Vaalivaliokuntaan valittiin seuraavat henkilöt:\n\n"
        "  1. Aino Maria Rekola\n"
        "  2. Eero Juhani Rekola\n"
        "  3. Sanni Vainikka\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Maria Rekola", "member", "Vaalivaliokunta") in got
    assert ("Eero Juhani Rekola", "member", "Vaalivaliokunta") in got


ACADEMY = (
    "Testilän Tiedeseuran hallitus 2023\n\n"
    "Testilän Tiedeseuran hallitus aloitti 1.1.2023 toimintansa uudella kokoonpanolla. "
    "Hallitukseen liittyivät uusina jäseninä Aino Rekola ja Eero Kantola.\n\n"
    "Vuonna 2023 hallituksen sihteerinä jatkaa Sanni Vainikka, humanistisen osaston "
    "sihteerinä professori Mia Salmela ja luonnontieteellisen osaston sihteerinä professori "
    "Olli Virtanen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_section_secretary_is_a_member(morph):
    got = {(p, r) for p, r, _b in held(ACADEMY, "fi", morph)}
    assert ("Mia Salmela", "secretary") not in got
    assert ("Olli Virtanen", "secretary") not in got
    assert ("Mia Salmela", "member") in got
    assert ("Olli Virtanen", "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_bodys_own_secretary(morph):
    got = {(p, r) for p, r, _b in held(ACADEMY, "fi", morph)}
    assert ("Sanni Vainikka", "secretary") in got


COMMITTEE = (
    "Testiliiton edustajakokous pidettiin 20.5.2024.\n\n"
    "Kemin Insinöörien Aino Rekola valittiin vaalivaliokunnan puheenjohtajaksi. Valiokunnan "
    "jäseniksi valittiin Eero Kantola Oulun Insinööreistä, Sanni Vainikka Kemin Insinööreistä "
    "sekä Olli Virtanen Tekniikkaopiskelijaliitosta.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_committee_word_means_the_committee_named_before(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(COMMITTEE, "fi", morph)}
    assert ("Aino Rekola", "chair", "vaalivaliokunta") in got
    assert ("Eero Kantola", "member", "vaalivaliokunta") in got
    # (the rules reader runs "Kemin Insinööreistä" on to the name: not this mechanism's)
    assert any(p.startswith("Sanni Vainikka") and b == "vaalivaliokunta" for p, _r, b in got)
    assert not any(b == "valiokunta" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_organisation_in_the_elative_after_a_name(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(COMMITTEE, "fi", morph)}
    assert ("Olli Virtanen", "member", "vaalivaliokunta") in got
    assert not any("Tekniikkaopiskelijaliitosta" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_three_word_name_before_a_place(morph):
    # "Helsingistä": a place in the elative, no organisation's word; the name stays whole
    text = (
        "Testiliiton edustajakokous pidettiin 20.5.2024.\n\n"
        "Vaalivaliokunnan jäseniksi valittiin Anna Maria Rekola Helsingistä ja Eero Kantola "
        "Oulusta.\n"
    )
    got = {(p, r, b.casefold()) for p, r, b in held(text, "fi", morph)}
    assert ("Anna Maria Rekola", "member", "vaalivaliokunta") in got

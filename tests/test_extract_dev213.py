"""hytegraph extract on clubs' and party associations' pages: a home town after a name, dated
posts, a deputy in a run, the board an electing meeting fills, another association's board and
the officials' heading of a report: made-up snippets, one per mechanism, read with either
word-form reader.

- a place in a local case after a whole name is where the person is from, also one voikko
  reads as a surname's partitive as well ("Aino Koski Salosta"), and the rules undo the weak
  grade of "t" in a place's name ("Liedosta", "Lieto");
- a list entry's post with the date its seat ended or began ("puheenjohtaja 30.4.2024
  saakka") is that post; of two posts one after the other ("varapuheenjohtaja … saakka ja
  puheenjohtaja … alkaen") the later;
- a deputy's word in the essive right after a name in a run ("… sekä C varajäsenenä yhdeksi
  vuodeksi") makes that name's seat a deputy's;
- the board an electing meeting fills is the one whose seats follow it ("Johtokunnan
  jäseniksi valittiin …"), even when another organisation's board is named further on;
- a registered association's officer, then a sentence that adds members to a board by its
  bare word ("Testimaan Liikunta ry:n puheenjohtajana jatkaa A. Hallitukseen valittiin B"):
  both are that association's board's;
- names under an officials' heading ("Toimihenkilöt") get no seat from the learned tagger in
  the only body the page names further on, in another part.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.morphology import morphology
from tests.extract_snippets import MORPHS, held

DISTRICT = (
    "Testimaan piirin hallitus järjestäytyi\n\n"
    "Testimaan Kokoomuksen piirihallitus teki kokouksessaan seuraavat valinnat: ensimmäisenä "
    "varapuheenjohtajana jatkaa Pekka Virtanen Kaarinasta ja toiseksi varapuheenjohtajaksi "
    "valittiin Aino Koski Salosta.\n\n"
    "Piirin puheenjohtajana toimii Olli Laine Liedosta.\n"
)

REPORT = (
    "Toimintakertomus 2024\n\n"
    "Johtokunta kokoontui kuusi kertaa.\n"
    "Testilän Demarit ry:n johtokunnan kokoonpano oli toimintavuonna seuraava:\n"
    "Pekka Virtanen, puheenjohtaja 30.4.2024 saakka\n"
    "Aino Koski, varapuheenjohtaja 30.4.2024 saakka ja puheenjohtaja 1.5. alkaen\n"
    "Eeva Ahola, sihteeri\n"
    "Olli Laine, varapuheenjohtaja 1.5.2024 alkaen\n"
    "Sari Laitinen, johtokunnan jäsen\n"
)

DEPUTY = (
    "Testilän Suunnistajien syyskokous pidettiin marraskuussa.\n\n"
    "Erovuorossa olleista johtokuntaan valittiin Pekka Virtanen, Aino Koski ja Olli Laine "
    "kahdeksi vuodeksi sekä Eeva Ahola varajäsenenä yhdeksi vuodeksi. Uusina jäseninä "
    "johtokuntaan valittiin Sari Laitinen ja Matti Nieminen.\n"
)

CLUB = (
    "Testilän Kävelijöiden syyskokouksessa valittiin seuran uudeksi puheenjohtajaksi Pekka "
    "Virtanen.\n\n"
    "Johtokunnan jäseniksi vuosiksi 2025-2026 valittiin uudelleen Aino Koski ja Olli Laine. "
    "Vuoden 2025 johtokunnassa jatkavat Eeva Ahola, Sari Laitinen ja Matti Nieminen.\n\n"
    "Testimaan Liikunta ry:n puheenjohtajana jatkaa Kalle Mäkinen. Hallitukseen valittiin "
    "uusina jäseninä Timo Lehto ja Liisa Heikkinen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_home_town_after_a_name_is_no_part_of_it(morph):
    got = held(DISTRICT, "fi", morph)
    seats = {(person, role) for person, role, _body in got}
    assert ("Aino Koski", "vice_chair") in seats
    assert ("Olli Laine", "chair") in seats
    assert not any(len(person.split()) > 2 for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_dated_post_is_the_post(morph):
    got = held(REPORT, "fi", morph)
    body = "Testilän Demarit ry:n johtokunta"
    assert ("Pekka Virtanen", "chair", body) in got
    assert ("Aino Koski", "chair", body) in got
    assert ("Olli Laine", "vice_chair", body) in got
    assert ("Sari Laitinen", "member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputys_essive_after_a_name_in_a_run(morph):
    got = held(DEPUTY, "fi", morph)
    assert ("Eeva Ahola", "deputy_member", "Johtokunta") in got
    assert ("Olli Laine", "member", "Johtokunta") in got
    assert ("Eeva Ahola", "member", "Johtokunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_meetings_board_is_the_one_seated_next(morph):
    got = held(CLUB, "fi", morph)
    assert ("Pekka Virtanen", "chair", "Johtokunta") in got
    for person in ("Eeva Ahola", "Sari Laitinen", "Matti Nieminen"):
        assert (person, "member", "Johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_associations_officer_before_its_board(morph):
    got = held(CLUB, "fi", morph)
    board = "Testimaan Liikunta ry:n hallitus"
    assert ("Kalle Mäkinen", "chair", board) in got
    assert ("Timo Lehto", "member", board) in got
    assert ("Liisa Heikkinen", "member", board) in got


@pytest.mark.skipif(morphology().name != "voikko", reason="the tagger runs with libvoikko only")
def test_the_tagger_seats_no_officials_in_a_body_named_later(tmp_path):
    from hytegraph.authoring.extract.pipeline import extract

    path = tmp_path / "report.txt"
    path.write_text(
        "Toimintakertomus 2024\n\n"
        "Jäsenistö\n\n"
        "Jäsenmäärä oli vuoden lopussa 30. Kaikki ovat maksaneet jäsenmaksunsa.\n\n"
        "Toimihenkilöt\n\n"
        "Pekka Virtanen, puheenjohtaja; Aino Koski, varapuheenjohtaja; Eeva Ahola, sihteeri; "
        "Olli Laine, rahastonhoitaja.\n\n"
        "Kokoukset\n\n"
        "Syyskokouksessa oli paikalla kaupunginhallituksen jäsen Matti Nieminen kertomassa "
        "kaupungin talousarviosta.\n",
        encoding="utf-8",
    )
    got = {
        f.actor.name
        for f in extract(path, lang="fi").facts
        if f.kind == "membership" and f.target is not None and "hallitus" in f.target.name.lower()
    }
    assert not got & {"Pekka Virtanen", "Aino Koski", "Eeva Ahola", "Olli Laine"}

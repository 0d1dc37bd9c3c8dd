"""hytegraph extract on boards' lists, photo captions and annual reports that the rules read
wrong or not at all:

- "Johtokunta kaudella 2022-2023", "Johtokunta (2022)", "Johtokunta n. 2022" over a board's
  officers: the term's words before its years;
- a photo's caption by rows ("Övre raden: A, B. Nedre raden: C, D", "Takarivissä vas. …
  Eturivissä vas. …", "Undre raden (fr.v) …"): every row's people in the body the caption
  names first;
- "Styrelsen har utgjorts av" over a list; "Följande styrelseledamöter valdes:" over one;
  "Styrelsen som valdes är som följer:" over "Name, a dash, Ordförande" lines;
- a meeting's seats on a Finnish page that speaks of its "johtokunta" and never of a bare
  "hallitus": that board's;
- "Hallitus vuodelle 2024" over a treasurer's line, then a vice chair's: the list begins at
  the first line; a sentence about the association under it is no entry;
- "johtokuntaan (hallitukseen) ovat kuuluneet A (puheenjohtaja), …": the other word in
  parentheses is the same body;
- "- Resegruppen: A och B", "- Gruppen för hemsida: C och D": each group's members;
- "Ledamöter: A (S), B (S), C (M)" under "Vice ordförande:": the label's seat for every name;
- "Oy:n hallitusta täydennettiin" and a former job in parentheses after a name: the
  company's board, a seat held;
- "varsinainen jäsen, ei varajäsentä": a member, no deputy;
- "Tuula Auranen sosionomi AMK puheenjohtaja, Lempäälä": the office after her job is hers.

Two are guards that pass on the round's start too: the deputy said not to be there, and a
party's two letters before a dash ("Bo Wendt Bp \u2013 2:a vice ordf.") that are no part of
the name.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, needs_voikko, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_a_term_said_before_a_heading_years(morph):
    headings = ("Johtokunta kaudella 2022\u20132023", "Johtokunta (2022)", "Johtokunta n. 2022")
    for heading in headings:
        found = seats(
            "Testilän kirjoittajat ry\n\n"
            f"{heading}\n\n"
            "Puheenjohtaja Aino Ek\n\n"
            "Sihteeri Bo Lind\n\n"
            "Jäsen Eeva Berg\n\n"
            "Varajäsen Olli Oja\n",
            "fi",
            morph,
        )
        assert ("Aino Ek", "chair", "johtokunta") in found, heading
        assert ("Olli Oja", "deputy_member", "johtokunta") in found, heading


@pytest.mark.parametrize("morph", MORPHS)
def test_a_photo_caption_by_rows(morph):
    found = seats(
        "Styrelsen för Testby Marthaförening. Övre raden: Anna Berg, Eva Holm och Lisa Ek. "
        "Nedre raden: Maria Lind och Karin Sand.\n",
        "sv",
        morph,
    )
    body = "styrelsen för testby marthaförening"
    assert {p for p, r, b in found if r == "member" and b == body} == {
        "Anna Berg",
        "Eva Holm",
        "Lisa Ek",
        "Maria Lind",
        "Karin Sand",
    }
    found = seats(
        "Testilän Veteraanit ry:n hallitus vuonna 2020: Takarivissä vas. Juhani Mäki, Ari "
        "Vainio, Heimo Salo. Eturivissä vas. Anna Berg, Eeva Holma ja Pekka Mäkelä.\n",
        "fi",
        morph,
    )
    assert ("Juhani Mäki", "member", "testilän veteraanit ry:n hallitus") in found
    assert ("Pekka Mäkelä", "member", "testilän veteraanit ry:n hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_that_has_been_made_up_of_a_list(morph):
    found = seats(
        "Verksamhetsberättelse 2012\n\n"
        "Styrelsen har utgjorts av\n"
        "Christer Berg, ordförande\n"
        "Hervor Lind, vice ordförande\n"
        "Aino Wall, sekreterare\n"
        "Eva Engblom, ledamot\n",
        "sv",
        morph,
    )
    assert ("Christer Berg", "chair", "styrelsen") in found
    assert ("Hervor Lind", "vice_chair", "styrelsen") in found
    assert ("Eva Engblom", "member", "styrelsen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_the_following_board_members_were_elected(morph):
    found = seats(
        "Den 26 mars höll föreningen sitt årsmöte.\n"
        "Följande styrelseledamöter valdes:\n"
        "Aina Berg, ordförande\n"
        "Birgitta Holm, kassör\n"
        "Katarina Ek, ledamot\n"
        "Jenny Lind, suppleant\n"
        "Ordföranden berättade om verksamhetsberättelsen.\n",
        "sv",
        morph,
    )
    assert ("Aina Berg", "chair", "styrelse") in found
    assert ("Katarina Ek", "member", "styrelse") in found
    assert ("Jenny Lind", "deputy_member", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_the_board_as_follows_then_working_groups(morph):
    found = seats(
        "Tisdagen 14 februari hade klubben årsmöte\n"
        "Styrelsen som valdes är som följer:\n"
        "Johan Per Larsson \u2013 Ordförande\n"
        "Eva Holm \u2013 Styrelseledamot\n"
        "Karin Ek \u2013 Suppleant\n"
        "Fyra arbetsgrupper tillsattes:\n"
        "- Resegruppen: Anna Berg och Per-Erik Lind\n"
        "- Gruppen för hemsida och sociala medier: Lars Holm, Maria Ek och Sven Dahl\n",
        "sv",
        morph,
    )
    assert ("Johan Per Larsson", "chair", "styrelsen") in found
    assert ("Karin Ek", "deputy_member", "styrelsen") in found
    assert ("Per-Erik Lind", "member", "resegruppen") in found
    assert ("Sven Dahl", "member", "gruppen för hemsida och sociala medier") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_meeting_on_a_page_of_a_johtokunta(morph):
    found = seats(
        "Kerhon vuosikokous 28.6.2021\n\n"
        "Karjakerhon vuosikokous pidettiin maanantaina Mikkelissä. Muutoksia ei johtokuntaan "
        "tullut eli sama kokoonpano valittiin jatkamaan.\n\n"
        "Järjestäytymiskokouksessa päätettiin, että kerhon puheenjohtajana jatkaa Aino Ek.\n",
        "fi",
        morph,
    )
    assert ("Aino Ek", "chair", "johtokunta") in found
    assert not any(b == "hallitus" for _p, _r, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officer_two_lines_under_the_heading(morph):
    found = seats(
        "Hallitus\n\n"
        "Hallitus vuodelle 2024\n\n"
        "Hillevi Heinä rahastonhoitaja, Tampere\n\n"
        "Seija Veijo, varapuheenjohtaja, Valkeakoski\n\n"
        "Jaana Kettu, jäsen\n\n"
        "Testilän Muistiyhdistyksen päätäntävaltaa käyttää syyskokouksen valitsema yhdistyksen "
        "hallitus, johon kuuluu puheenjohtaja ja 5-8 muuta jäsentä.\n",
        "fi",
        morph,
    )
    assert ("Hillevi Heinä", "member", "hallitus") in found
    assert ("Seija Veijo", "vice_chair", "hallitus") in found
    assert not any("Muistiyhdistyksen" in p for p, _r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_body_other_word_in_parentheses(morph):
    found = seats(
        "Vuosikokouksessa 19. maaliskuuta valittuun yhdistyksen johtokuntaan (hallitukseen) ovat "
        "kuuluneet Aimo Kuusi (puheenjohtaja), Eewa Vilkman (varapuheenjohtaja), Arto Koski "
        "(sihteeri) sekä jäsenet Anna Hyrynen ja Brita Westman.\n",
        "fi",
        morph,
    )
    # (the rules reader takes the participle before the body into its name)
    held = {(p, r) for p, r, b in found if b.endswith("yhdistyksen johtokunta")}
    assert {("Aimo Kuusi", "chair"), ("Eewa Vilkman", "vice_chair")} <= held
    assert ("Brita Westman", "member") in held
    assert not any(b == "hallitus" for _p, _r, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_members_label_before_a_run_of_party_names(morph):
    found = seats(
        "Testlänets kollektivtrafikmyndighets direktion\n\n"
        "Ordförande:\n"
        "Monica Berg (S)\n\n"
        "Vice ordförande:\n"
        "Magnus Holm (MP)\n"
        "Daniel Lind (M)\n\n"
        "Ledamöter: Camilla Ek (S), Anders Sand (S), Thomas af Berg (L), Göran Dahl (S)\n",
        "sv",
        morph,
    )
    assert ("Daniel Lind", "vice_chair", "direktion") in found
    assert {p for p, r, _b in found if r == "member"} == {
        "Camilla Ek",
        "Anders Sand",
        "Thomas af Berg",
        "Göran Dahl",
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_company_board_in_the_partitive_and_a_former_job(morph):
    found = seats(
        "Testilän Raitiotie Oy:n hallitusta täydennettiin\n\n"
        "Kaupunginhallituksen liiketoimintajaosto päätti kokouksessaan täydentää Testilän "
        "Raitiotie Oy:n hallitusta kahdella henkilöllä. Hallitukseen nimettiin Kari Ruoho "
        "(liikenneviraston entinen ylijohtaja, eläkkeellä) ja toimitusjohtaja Elisa Saari.\n",
        "fi",
        morph,
    )
    # the former job says nothing of the seat: both are held
    held = {p for p, r, b in found if r == "member" and b.endswith("hallitus")}
    assert held == {"Kari Ruoho", "Elisa Saari"}


@needs_voikko
def test_a_company_board_in_the_partitive_is_the_board_meant():
    found = seats(
        "Kaupunginhallituksen liiketoimintajaosto päätti kokouksessaan täydentää Testilän "
        "Raitiotie Oy:n hallitusta kahdella henkilöllä. Hallitukseen nimettiin Kari Ruoho ja "
        "toimitusjohtaja Elisa Saari.\n",
        "fi",
    )
    assert ("Kari Ruoho", "member", "testilän raitiotie oy:n hallitus") in found
    assert ("Elisa Saari", "member", "testilän raitiotie oy:n hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_no_deputy_said(morph):
    # (a guard: with the partitive "Hallitusta" read as the board, the deputy's word after
    # "ei" once made the member a deputy)
    found = seats(
        "Hallituksen osalta vuosikokouksessa tehtiin henkilömuutoksia. Hallitusta täydennettiin "
        "kaksivuotiskauden loppuun seuraavasti: Häme: Markku Laine, Työapu Testilä ry, "
        "varsinainen jäsen, ei varajäsentä.\n",
        "fi",
        morph,
    )
    assert ("Markku Laine", "member", "hallitus") in found
    assert not any(r == "deputy_member" for _p, r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_after_a_job_in_a_list_line(morph):
    found = seats(
        "Hallitus 2024\n\n"
        "Tuula Auranen sosionomi AMK puheenjohtaja, Lempäälä\n\n"
        "Seija Veijo, varapuheenjohtaja, Valkeakoski\n\n"
        "Pekka Puu entinen puheenjohtaja\n\n"
        "Jaana Kettu, jäsen\n",
        "fi",
        morph,
    )
    assert ("Tuula Auranen", "chair", "hallitus") in found
    # (a former office is not held)
    assert not any(p == "Pekka Puu" and r == "chair" for p, r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_party_letters_before_the_dash_are_no_name(morph):
    # guard: "Bo Wendt Bp \u2013 2:a vice ordf.": two letters before the dash are a party's
    found = seats(
        "Kommunstyrelsen\n\n"
        "Ingela Stefan S \u2013 Ordförande\n"
        "Bo Wendt Bp \u2013 2:a vice ordf.\n"
        "Anna Berg M \u2013 Ledamot\n"
        "Karl Holm C \u2013 Ledamot\n",
        "sv",
        morph,
    )
    assert ("Bo Wendt", "vice_chair", "kommunstyrelsen") in found

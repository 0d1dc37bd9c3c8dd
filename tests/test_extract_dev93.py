"""hytegraph extract on layouts met in the ninety-ninth and ninety-sixth held-out sets: made-up
snippets, one per mechanism, read with either word-form reader.

- "Name, office" lines under a bare body heading, after paragraphs of the body's rules in prose
  and among space-only lines: a treasurer's word is a member's seat, "hallituksen jäsen" a seat
  in the heading's body, and a date the seat is held from ("1.5.2023 alkaen") may follow;
- "valittiin jatkamaan seuraavalle kaudelle": re-elected to go on, a seat held now, not one of
  a term to come;
- an association's officer's post ending in "-upseeri" before a name is no part of the name,
  and the people under a "Toimihenkilöt" heading below a board's list hold no seat in it;
- genitives after a passive participle in the genitive ("sääntöihin tehtävien muutosten
  esityksen hallitus") are the participle's phrase, no body's name;
- a relative clause telling of an earlier office (", joka toimi aiemmin …,") leaves the seats
  the sentence elects to held;
- "vuoden jäsen: Name": an award, no seat;
- "Testiliiton puheenjohtaja Name": a federation's chair, named by one compound in the genitive,
  is its chair, not the page's board's;
- a bare "hallituksessa" after a sentence that filled a compound in the illative
  ("liittohallitukseen") names that compound;
- the learned tagger guesses no seat for a name of a foundation ("Name muistosäätiö"), a word of
  a body's name, or a federation's titled staff.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held, needs_voikko

OFFICE_LINES = (
    "Hallitus\n\n"
    "Hallitus valitaan vuosikokouksessa.\n\n"
    "Hallitukseen kuuluu puheenjohtajan lisäksi kolmesta viiteen jäsentä.\n\n"
    "Ilmari Vuorela, puheenjohtaja\n \n \n \n"
    "Sanni Koskimaa, taloudenhoitaja\n \n \n"
    "Teemu Rajala, hallituksen jäsen, 3.5.2022 alkaen\n \n"
    "Oona Vilppula, hallituksen jäsen, 3.5.2022 alkaen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_lines_after_the_body_s_rules_in_prose(morph):
    got = held(OFFICE_LINES, "fi", morph)
    assert ("Ilmari Vuorela", "chair", "Hallitus") in got
    assert ("Sanni Koskimaa", "member", "Hallitus") in got
    assert ("Teemu Rajala", "member", "Hallitus") in got
    assert ("Oona Vilppula", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_office_lines_without_a_chair_give_no_seats(morph):
    # guard: the lines are read only with a chair among them
    text = OFFICE_LINES.replace("Ilmari Vuorela, puheenjohtaja", "Ilmari Vuorela, kirjuri")
    got = held(text, "fi", morph)
    assert ("Teemu Rajala", "member", "Hallitus") not in got
    assert ("Sanni Koskimaa", "member", "Hallitus") not in got


CONTINUING = (
    "Vuosikokous 3.3.2023\n\n"
    "Hallitukseen valittiin erovuoroiset Kalle Pihlava ja Meeri Sorjonen jatkamaan "
    "seuraavalle kaksivuotiskaudelle ja uudeksi hallituksen jäseneksi valittiin Rauno Ketola. "
    "Hallituksessa jatkavat Liisa Honka ja Arvo Mattila.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_re_elected_to_go_on_for_the_next_term_is_held(morph):
    got = held(CONTINUING, "fi", morph)
    assert ("Liisa Honka", "member", "Hallitus") in got
    assert any(p == "Rauno Ketola" and r == "member" for p, r, _b in got)
    # no seat the sentence gives is one still to come
    assert not any(
        f.status == "planned" for f in findings(CONTINUING, "fi", morph) if f.kind == "membership"
    )


@needs_voikko
def test_re_elected_to_go_on_names_the_board_s_members():
    got = held(CONTINUING, "fi", None)
    assert ("Kalle Pihlava", "member", "Hallitus") in got
    assert ("Meeri Sorjonen", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_for_the_next_term_without_going_on_is_to_come(morph):
    # guard: no "jatkamaan": a term still to come
    got = held(CONTINUING.replace(" jatkamaan", ""), "fi", morph)
    assert ("Kalle Pihlava", "member", "Hallitus") not in got
    assert ("Meeri Sorjonen", "member", "Hallitus") not in got


OFFICERS = (
    "Toimintakertomus\n\n"
    "Hallituksen jäsenet\n\n"
    "Puheenjohtaja Veikko Salmela\n\n"
    "Rahastonhoitaja Tarja Hovila\n\n"
    "Viestintäupseeri Jari-Matti Koivula\n\n"
    "Kenttäupseeri Reino Lahtela\n\n"
    "Toimihenkilöt\n\n"
    "Sotilaspastori upseeri Pauli Harjama\n\n"
    "Toiminnantarkastaja Eero Vuorio\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officer_s_post_before_a_name_is_no_part_of_it(morph):
    got = held(OFFICERS, "fi", morph)
    assert ("Veikko Salmela", "chair", "Hallitus") in got
    assert ("Jari-Matti Koivula", "member", "Hallitus") in got
    assert ("Reino Lahtela", "member", "Hallitus") in got
    assert not any(p.startswith(("Viestintäupseeri", "Kenttäupseeri")) for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_officials_under_their_heading_hold_no_seat_in_the_board(morph):
    got = held(OFFICERS, "fi", morph)
    assert ("Tarja Hovila", "member", "Hallitus") in got  # (the board's list above stays)
    assert not any(p == "Pauli Harjama" for p, _r, _b in got)
    assert not any(p == "Eero Vuorio" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_genitives_after_a_passive_participle_name_no_body(morph):
    from hytegraph.authoring.extract.lexicon import lexicon
    from hytegraph.authoring.extract.mentions import Reader, tokens
    from hytegraph.authoring.extract.morphology import morphology

    reader = Reader(lexicon("fi"), morphology(morph))
    text = "Liiton sääntöihin tehtävien muutosten lopullisen esityksen hallitus tuo kokoukseen."
    names = [b.name for b in reader.bodies(tokens(text, 0, len(text)))]
    assert names and all(n.casefold() == "hallitus" for n in names)
    # guard: a body's own genitives stay its name
    text = "Kylälän kunnan teknisen lautakunnan puheenjohtaja on Aino Ek."
    names = [b.name for b in reader.bodies(tokens(text, 0, len(text)))]
    assert any(len(n.split()) > 1 for n in names)


DEPUTIES = (
    "Yhdistyksen syyskokous pidettiin 2.12.2022. Yhdistyksen hallituksen puheenjohtajana jatkaa "
    "Onni Valtanen. Uusina jäseninä hallitukseen valittiin Pirjo Haapala ja Esko Ruuska. "
    "Ensimmäiseksi varajäseneksi valittiin Matti Kaukonen, joka toimi aiemmin hallituksen "
    "varsinaisena jäsenenä, sekä toiseksi varajäseneksi Hilkka Perälä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_earlier_office_in_a_relative_clause_leaves_the_seats_held(morph):
    got = held(DEPUTIES, "fi", morph)
    assert ("Matti Kaukonen", "deputy_member", "Yhdistyksen hallitus") in got
    assert ("Hilkka Perälä", "deputy_member", "Yhdistyksen hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_earlier_office_said_of_the_sentence_is_not_held(morph):
    # guard: "aiemmin" outside a relative clause still says the seats were held before
    text = DEPUTIES.replace(
        "Ensimmäiseksi varajäseneksi valittiin Matti Kaukonen, joka toimi aiemmin hallituksen "
        "varsinaisena jäsenenä, sekä toiseksi varajäseneksi Hilkka Perälä.",
        "Aiemmin varajäseninä toimivat Matti Kaukonen ja Hilkka Perälä.",
    )
    got = held(text, "fi", morph)
    assert not any(p in ("Matti Kaukonen", "Hilkka Perälä") for p, _r, _b in got)


AWARDS = (
    "Kevätkokous pidettiin 14.4.2023. Kokouksen puheenjohtajana toimi seuran puheenjohtaja "
    "Taisto Mäkelä.\n\n"
    "Liikuntajaosto on palkinnut aktiivisia jäseniä. Palkittuja olivat hiihto: Raili Peltonen, "
    "vuoden jäsen: Aimo Lahdenperä ja kävely: Erkki Saari.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_member_of_the_year_is_an_award_not_a_seat(morph):
    got = held(AWARDS, "fi", morph)
    assert not any(p == "Aimo Lahdenperä" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_s_word_without_the_year_still_names_a_seat(morph):
    # guard: "jaoston jäsen" with no "vuoden" before it
    text = "Liikuntajaoston jäsen Aimo Lahdenperä esitteli suunnitelman.\n"
    got = held(text, "fi", morph)
    assert any(p == "Aimo Lahdenperä" and r == "member" for p, r, _b in got)


FEDERATION = (
    "Testilän Tytöt\n\n"
    "Testilän Tyttöjen johtokuntaan kuuluvat puheenjohtaja Sirpa Alanko, varapuheenjohtaja "
    "Maija Rinne ja sihteeri Kirsi Nevala.\n\n"
    "Tilaisuudessa oli mukana myös Kuntoiluliiton puheenjohtaja Helena Vaara, joka puhui "
    "kokousväelle.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_federation_s_chair_named_in_passing_is_its_chair(morph):
    got = held(FEDERATION, "fi", morph)
    assert ("Sirpa Alanko", "chair", "Testilän Tyttöjen johtokunta") in got
    assert ("Helena Vaara", "chair", "Kuntoiluliitto") in got
    assert not any(p == "Helena Vaara" and "johtokunta" in b for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_association_s_bare_chair_keeps_its_reading(morph):
    # guard: "Yhdistyksen puheenjohtaja" is no federation named by a compound
    text = FEDERATION.replace("Kuntoiluliiton puheenjohtaja", "Yhdistyksen puheenjohtaja")
    got = held(text, "fi", morph)
    assert not any(p == "Helena Vaara" and b == "Kuntoiluliitto" for p, _r, b in got)


COMPOUND = (
    "Syyskokouksen satoa\n\n"
    "Kuntoiluliiton puheenjohtaja Helena Vaara esitteli kokoukselle sääntömuutoksen. Sääntöihin "
    "tehtävien muutosten esityksen hallitus tuo kevätkokoukseen.\n\n"
    "Syyskokouksessa valittiin kolme jäsentä liittohallitukseen kaudelle 2023-2025. Valituiksi "
    "tulivat hallituksessa jatkavat Jorma Kettunen ja Anu Pelkonen sekä Mikko Rautio.\n"
)


@needs_voikko
def test_a_bare_word_names_the_compound_an_election_filled():
    got = held(COMPOUND, "fi", None)
    assert ("Jorma Kettunen", "member", "Liittohallitus") in got
    assert ("Anu Pelkonen", "member", "Liittohallitus") in got
    assert ("Mikko Rautio", "member", "Liittohallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_word_with_no_compound_filled_names_the_board(morph):
    # guard: with no election into a compound, the bare word is not made one
    text = COMPOUND.replace(
        "Syyskokouksessa valittiin kolme jäsentä liittohallitukseen kaudelle 2023-2025. ", ""
    )
    got = held(text, "fi", morph)
    assert not any(b == "Liittohallitus" for _p, _r, b in got)


def test_the_tagger_guesses_no_seat_for_a_foundation_or_a_federation_s_staff():
    from hytegraph.authoring.extract.tagger import _FEDERATION_TITLE_BEFORE, _FOUNDATION_AFTER

    text = "Varajäsen: Pirkko Lahti, Ensio Kalevi Rannan muistosäätiö sr"
    assert _FOUNDATION_AFTER.match(text, text.index(" muisto"))
    assert not _FOUNDATION_AFTER.match("Aino Ek, Testilän Martat ry", len("Aino Ek"))
    text = "Kuvassa: Kuntoiluliiton Lapin aluepäällikkö Tuula Ranta, Aino Ek"
    assert _FEDERATION_TITLE_BEFORE.search(text, 0, text.index("Tuula"))
    assert not _FEDERATION_TITLE_BEFORE.search(text, 0, text.index("Aino"))
    text = "Liiton puheenjohtaja Aino Ek"
    assert not _FEDERATION_TITLE_BEFORE.search(text, 0, text.index("Aino"))

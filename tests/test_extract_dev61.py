"""hytegraph extract on layouts met in the Finnish held-out sets: made-up snippets, one per
mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from tests.extract_snippets import MORPHS, held, key, roles

ARTS_COUNCIL = (
    "Lautakunnan muut jäsenet ovat arkkitehti Liisa Koivu Kurusta, toimittaja Jarmo Haapa, "
    "näyttelijä Matti Mäntylä, lehtori Jussi Rinne ja kirjailija Taina Lepistö Kuopiosta."
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_named_after_their_trades_each_hold_a_seat(morph):
    got = held(ARTS_COUNCIL, "fi", morph)
    people = {person for person, role, body in got if role == "member" and body == "Lautakunta"}
    assert people == {
        "Liisa Koivu",
        "Jarmo Haapa",
        "Matti Mäntylä",
        "Jussi Rinne",
        "Taina Lepistö",
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_trade_before_a_name_outside_a_list_of_members_gives_no_seat(morph):
    text = (
        "Lautakunnan jäsenet ovat Liisa Koivu ja Jussi Rinne. Kokouksessa puhui myös "
        "toimittaja Jarmo Haapa, ja näyttelijä Matti Mäntylä esiintyi."
    )
    got = {person for person, _r, _b in held(text, "fi", morph)}
    assert got == {"Liisa Koivu", "Jussi Rinne"}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committee_in_the_genitive_is_the_body(morph):
    for word, body in (("Lautakunnan", "Lautakunta"), ("Johtokunnan", "Johtokunta")):
        got = held(f"{word} jäsenet ovat Liisa Koivu ja Jussi Rinne.", "fi", morph)
        assert got == {("Liisa Koivu", "member", body), ("Jussi Rinne", "member", body)}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_leader_of_a_committee_with_an_attribute_before_it_is_its_chair(morph):
    text = "Toiminnanjohtaja, valokuvataiteilija Aino Harju johtaa alueellista taidetoimikuntaa."
    got = {(person, role) for person, role, body in held(text, "fi", morph)}
    assert got == {("Aino Harju", "chair")}


@pytest.mark.parametrize("morph", MORPHS)
def test_leading_a_committee_in_another_sense_is_no_chair(morph):
    text = "Aino Harju johtaa alueellista keskustelua lautakunnan kokouksessa."
    assert not held(text, "fi", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_demonym_before_a_committee_in_the_genitive_is_no_part_of_its_name(morph):
    text = "Hyvä, arvioi kuopiolainen johtokunnan jäsen Petri Marjala."
    assert held(text, "fi", morph) == {("Petri Marjala", "member", "johtokunta")}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_in_the_genitive_written_elsewhere_without_its_ending(morph):
    text = (
        "Aino Karhula (puheenjohtaja) ja Mika Lehto.\n\n"
        "Lautakunnan puheenjohtaja Aino Karhulan mukaan kurssit ovat tärkeitä."
    )
    got = {person for person, _r, _b in held(text, "fi", morph)}
    assert "Aino Karhulan" not in got
    if morph == "rules":
        assert ("Aino Karhula", "chair", "Lautakunta") in held(text, "fi", morph)


ASSEMBLY = (
    "Nuorten Haukkojen Keskusliiton edustajisto piti kevätkokouksensa 12. huhtikuuta "
    "Tampereella. Koska kyse oli edustajiston kauden ensimmäisestä kokoontumisesta, kokous "
    "alkoi edustajiston puheenjohtajan ja varapuheenjohtajan valinnalla. Puheenjohtajaksi "
    "valittiin Aino Lehto Tampereen piiristä ja varapuheenjohtajaksi Eeva Harju Lapista."
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_representative_assembly_is_a_body_its_officers_hold_seats_in(morph):
    got = {(key(p), role, body.split()[-1]) for p, role, body in held(ASSEMBLY, "fi", morph)}
    assert (key("Aino Lehto"), "chair", "edustajisto") in got
    assert not any(body == "Hallitus" for _p, _r, body in held(ASSEMBLY, "fi", morph))


def test_the_tagger_reads_a_representative_assembly_as_it_was_trained():
    lex = lexicon("fi")
    assert lex.body_kind("edustajisto") == "body"
    assert lex.trained_body_kind("edustajisto") is None
    assert lex.trained_body_kind("johtokunta") == lex.body_kind("johtokunta")


CHURCH_MINUTES = (
    "1 Yhteinen kirkkoneuvosto YHTEISEN KIRKKONEUVOSTON KOKOUS Aika torstaina klo 17 Paikka "
    "kirkkoneuvoston kokoushuone, Kirkkokatu 3 Läsnä Aho Aino puheenjohtaja Lind Bo "
    "varapuheenjohtaja Berg Eeva jäsen Holm Ida jäsen Laine Olli varajäsen Kuusi Pia "
    "kirkkoherra Poissa Kivi Ari jäsen Mäki Eero kv:n pj Salo Tea kirkkoherra 1 KOKOUKSEN "
    "AVAUS Puheenjohtaja avasi kokouksen."
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_absent_councils_chair_in_a_church_councils_minutes(morph):
    got = roles(CHURCH_MINUTES, "fi", morph)
    assert (key("Eero Mäki"), "chair", "Yhteinen kirkkovaltuusto") in got
    assert (key("Ari Kivi"), "member", "Yhteinen kirkkoneuvosto") in got
    assert not any(person == key("Tea Salo") for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_absent_councils_chair_in_a_boards_minutes_is_the_municipal_councils(morph):
    text = CHURCH_MINUTES.replace(
        "Yhteinen kirkkoneuvosto YHTEISEN KIRKKONEUVOSTON", "Kunnanhallitus KUNNANHALLITUKSEN"
    ).replace("kirkkoneuvoston kokoushuone", "kunnanhallituksen kokoushuone")
    got = roles(text, "fi", morph)
    assert (key("Eero Mäki"), "chair", "Kunnanvaltuusto") in got


BOARD_MINUTES = (
    "NUORISOJOHTOKUNTA" + " " * 48 + "12.02.2024" + " " * 75 + "1/2024\n\n"
    "Aika: Tiistai 12.02.2024 klo 18.00\n\n"
    "Paikka: Seurakuntatalo, Kirkkokatu 5\n\n"
    "1                KOKOUKSEN AVAUS\n\n"
    "Päätöksentekijät               \n\n"
    "Aaltonen Sari      vars.jäsen\n\n"
    "Heikkilä Jouni        varajäsen\n\n"
    "Laine Outi pj.   vars.jäsen\n\n"
    "Mäkelä Timo        vars.jäsen         \n\n"
    "Muut osallistujat               \n\n"
    "Niemi Eino kirkkoneuvoston edustaja\n\n"
    "Oja Kaisa diakoni\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_head_padded_with_spaces_names_the_body_of_the_list_under_it(morph):
    got = roles(BOARD_MINUTES, "fi", morph)
    assert (key("Jouni Heikkilä"), "deputy_member", "NUORISOJOHTOKUNTA") in got
    assert (key("Timo Mäkelä"), "member", "NUORISOJOHTOKUNTA") in got
    assert not any(person in (key("Eino Niemi"), key("Kaisa Oja")) for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_before_the_kind_of_seat_in_its_own_column_is_the_office(morph):
    got = roles(BOARD_MINUTES, "fi", morph)
    assert (key("Outi Laine"), "chair", "NUORISOJOHTOKUNTA") in got
    assert (key("Outi Laine"), "member", "NUORISOJOHTOKUNTA") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_words_before_a_committees_genitive_that_name_no_part_of_it(morph):
    text = (
        "Neuvottelukunnan jäsenet ovat Liisa Koivu ja Jussi Rinne. Puheenjohtaja toivotti "
        "jäsenet tervetulleiksi kevään viimeiseen neuvottelukunnan kokoukseen. Kirjataan "
        "vuosittain neuvottelukunnan toimintakertomukseen."
    )
    bodies = {body for _p, _r, body in held(text, "fi", morph)}
    assert bodies == {"Neuvottelukunta"}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_towns_genitive_before_a_body_stays_part_of_its_name(morph):
    text = (
        "Vantaan ja Keravan hyvinvointialueen nuorisolautakunnan jäsenet ovat "
        "Liisa Koivu ja Jussi Rinne."
    )
    bodies = {body for _p, _r, body in held(text, "fi", morph)}
    assert len(bodies) == 1 and next(iter(bodies)).startswith("Vantaan ja Keravan")


@pytest.mark.parametrize("morph", MORPHS)
def test_an_assembly_label_alone_on_a_councils_page_names_no_body_of_its_own(morph):
    text = (
        "Nuorisovaltuusto\n\n"
        "Kylälän nuorisovaltuusto edustaa kunnan nuoria.\n\n"
        "Toimikausi 1.1.2023-31.12.2024:\n\n"
        "Aho Wilma, puheenjohtaja\n"
        "Kivi Rosa, 1. varapuheenjohtaja\n\n"
        "Edustajisto:\n"
        "Karhu Elias\n"
        "Lehto Liina\n"
        "Niemi Maria\n"
    )
    bodies = {body for _p, _r, body in held(text, "fi", morph)}
    assert not any("edustajisto" in body.casefold() for body in bodies)

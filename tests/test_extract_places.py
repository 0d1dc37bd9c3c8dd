"""Place names beside persons' names (``hytegraph.authoring.extract.places``): made-up snippets
in both orders, Finnish and Swedish, in the word forms lists and sentences use, and the names
that must keep a word that is also a place; read with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import Reader, tokens
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.places import DATA_PATH, gazetteer, place_of
from tests.extract_snippets import MORPHS, held, needs_voikko


def names(text: str, lang: str = "fi", morph: str | None = None) -> list[str]:
    reader = Reader(lexicon(lang), morphology(morph))
    return [p.name for p in reader.persons(tokens(text), in_list=True)]


def people(text: str, lang: str = "fi", morph: str | None = None) -> set[str]:
    return {person for person, _role, _body in held(text, lang, morph)}


# -- the gazetteer ------------------------------------------------------------------------------


def test_the_gazetteer_holds_both_countries_in_both_languages():
    places = gazetteer()
    kinds = {p.kind for p in places.values()}
    assert kinds == {"fi-municipality", "fi-former", "fi-region", "se-municipality", "se-region"}
    sections: dict[str, int] = {}
    section = ""
    for line in DATA_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif line.strip() and not line.startswith("#"):
            sections[section] = sections.get(section, 0) + 1
    assert sections["se-municipality"] == 290 and sections["se-region"] == 21
    assert sections["fi-municipality"] >= 308
    # "Övertorneå" names a Swedish municipality and Ylitornio in Finland: one key, both places
    assert places["övertorneå"].name == "Övertorneå"
    assert places["helsingfors"].name == "Helsingfors"  # Helsinki's Swedish name
    assert places["kortesjärvi"].kind == "fi-former"  # merged into Kauhava in 2009
    assert places["nastola"].kind == "fi-former"
    assert places["norra karelen"].kind == "fi-region"
    assert places["upplands väsby"].kind == "se-municipality"
    assert places["västerbotten"].kind == "se-region"


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Hankasalmi", "Hankasalmi"),
        ("Joutsan", "Joutsa"),
        ("Kempeleestä", "Kempele"),
        ("Sipoosta", "Sipoo"),
        ("Seinäjoelta", "Seinäjoki"),
        ("Riihimäeltä", "Riihimäki"),
        ("Varkaudesta", "Varkaus"),
        ("Hankasalmelta", "Hankasalmi"),
        ("Pohjois-Karjalasta", "Pohjois-Karjala"),
        ("Umeå", "Umeå"),
        ("Linköpings", "Linköping"),
        ("Nyland", "Nyland"),
    ],
)
def test_a_place_is_read_in_its_word_forms(word, place, morph):
    found = place_of(word, morphology(morph))
    assert found is not None and found.place.name == place


@needs_voikko
def test_forms_with_consonant_gradation_need_voikko():
    assert place_of("Uudenmaan", morphology()).place.name == "Uusimaa"
    assert place_of("Helsingin", morphology()).place.name == "Helsinki"


def test_common_words_and_names_are_no_places():
    for word in ("Leena", "Virtanen", "Johansson", "Anders", "puheenjohtaja", "salo"):
        assert place_of(word) is None


# -- a place before the name ---------------------------------------------------------------------

BY_MUNICIPALITY = (
    "Nuorisovaltuusto\n\n"
    "Nuorisovaltuuston jäsenet kunnittain (suluissa henkilökohtainen varajäsen)\n"
    "- Hankasalmi Fernanda Souza de Andrade (Kielo Rokka)\n"
    "- Joutsa Helinä Viro (Urho Soilu)\n"
    "- Jyväskylä Urho Vihriälä\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_municipality_before_each_name_is_not_part_of_it(morph):
    got = people(BY_MUNICIPALITY, morph=morph)
    assert {"Helinä Viro", "Urho Vihriälä"} <= got
    assert any(p.startswith("Fernanda Souza") for p in got)
    assert not any(p.startswith(("Hankasalmi", "Joutsa", "Jyväskylä")) for p in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_municipality_before_each_name_of_a_list(morph):
    text = (
        "Styrelsen\n\nStyrelsens ledamöter:\n- Nordanstig Inga-Britt Goderlöv\n"
        "- Hudiksvall Erik Sandberg\n- Ljusdal Anna Forsberg\n"
    )
    got = people(text, "sv", morph)
    assert {"Inga-Britt Goderlöv", "Erik Sandberg", "Anna Forsberg"} <= got
    assert not any(p.startswith(("Nordanstig", "Hudiksvall", "Ljusdal")) for p in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_place_before_one_name_alone_stays(morph):
    # one entry shows no column of municipalities: "Pori" may be a surname
    assert names("Pori Aila Rantanen", morph=morph) == ["Pori Aila Rantanen"]


# -- a place after the name ----------------------------------------------------------------------

SV_BOARD = (
    "Länsföreningens styrelse består av Hervor Johansson Norsjö, Sören Skoglund Åsele, "
    "Erik Wiklund Umeå och Birger Svanlund Dorotea.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_municipality_after_each_name_is_not_part_of_it(morph):
    got = people(SV_BOARD, "sv", morph)
    assert {"Hervor Johansson", "Sören Skoglund", "Erik Wiklund", "Birger Svanlund"} <= got
    assert not any(p.endswith(("Norsjö", "Åsele", "Umeå", "Dorotea")) for p in got)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Leena Ruusunen Uusimaa", "fi", "Leena Ruusunen"),
        ("Paavo Korhonen Pohjois-Karjalasta", "fi", "Paavo Korhonen"),
        ("Aila Mäkelä Kempeleestä", "fi", "Aila Mäkelä"),
        ("Susanne Lundin Linköpings", "sv", "Susanne Lundin"),
        ("Eira Väänänen Norra Karelen", "sv", "Eira Väänänen"),
    ],
)
def test_a_place_after_a_whole_name_in_its_word_forms(text, lang, name, morph):
    assert names(text, lang, morph)[0] == name


@needs_voikko
def test_a_town_that_is_also_a_surname_after_a_whole_name_with_voikko():
    # voikko knows "Tjäru" is no first name: the name is whole without the town
    assert names("Marjatta Tjäru Kokkola") == ["Marjatta Tjäru"]


# -- names that keep a word that is also a place ------------------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_a_surname_that_is_also_a_town_stays(morph):
    assert names("Annikki Salo", morph=morph) == ["Annikki Salo"]
    assert names("Salo Leena", morph=morph) == ["Salo Leena"]  # surname first
    assert names("Leena Kuopio", morph=morph) == ["Leena Kuopio"]
    assert names("Anders Lund", "sv", morph) == ["Anders Lund"]


@pytest.mark.parametrize("morph", MORPHS)
def test_a_first_name_that_is_also_a_town_stays(morph):
    assert names("Simo Juhani Virtanen", morph=morph) == ["Simo Juhani Virtanen"]
    assert names("Kaarina Helena Laine", morph=morph) == ["Kaarina Helena Laine"]


@needs_voikko
def test_a_name_of_two_first_names_keeps_a_surname_that_is_also_a_town():
    assert names("Anna Maria Salo") == ["Anna Maria Salo"]
    assert names("Maija Liisa Kokkola") == ["Maija Liisa Kokkola"]
    assert names("Per Erik Berg", "sv") == ["Per Erik Berg"]  # "Erik" ends no whole name


@pytest.mark.parametrize("morph", MORPHS)
def test_without_voikko_a_town_that_is_also_a_common_surname_stays(morph):
    if morph == "rules":
        assert names("Anna Maria Salo", morph=morph) == ["Anna Maria Salo"]


@pytest.mark.parametrize("morph", MORPHS)
def test_a_place_in_an_organisations_name_is_not_cut_off(morph):
    text = "Hallitus\n\nKuopion Reumayhdistyksen puheenjohtaja Anna Virtanen.\n"
    got = people(text, morph=morph)
    assert not any("Kuopio" in p or "Reuma" in p for p in got)
    assert "Reumayhdistys" not in " ".join(names("Kuopion Reumayhdistys", morph=morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_places_only_are_no_person(morph):
    assert names("Hankasalmi Joutsa", morph=morph) == []
    assert names("Umeå Norsjö", "sv", morph) == []


@pytest.mark.parametrize("morph", MORPHS)
def test_a_place_in_a_tables_name_cell_is_not_part_of_the_name(morph):
    sv = (
        "Styrelsen\n\n| Namn | Roll |\n| --- | --- |\n| Erik Wiklund Umeå | ordförande |\n"
        "| Maddy Lindh Vindeln | ledamot |\n"
    )
    assert held(sv, "sv", morph) == {
        ("Erik Wiklund", "chair", "Styrelsen"),
        ("Maddy Lindh", "member", "Styrelsen"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_town_before_a_party_in_parentheses_is_a_second_surname(morph):
    assert names("Ellinor Liljegren Kalmar (M)", "sv", morph) == ["Ellinor Liljegren Kalmar"]


@needs_voikko
def test_a_town_that_begins_a_run_of_names_surname_first_is_a_surname():
    assert names("Laitila Sami Honkanen Arja") == ["Laitila Sami", "Honkanen Arja"]
    assert names("Marttila Seija Kaikkonen Timo") == ["Marttila Seija", "Kaikkonen Timo"]


@pytest.mark.parametrize("morph", MORPHS)
def test_a_surname_in_nen_that_is_also_a_municipality_stays(morph):
    assert names("Marja Sisko Nousiainen", morph=morph) == ["Marja Sisko Nousiainen"]

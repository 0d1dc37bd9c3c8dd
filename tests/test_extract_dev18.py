"""hytegraph extract on layouts met in the twentieth and twenty-first held-out sets: made-up
snippets, one per mechanism."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import key

needs_voikko = pytest.mark.skipif(
    morphology().name != "voikko",
    reason="libvoikko with its Finnish dictionary is not installed (CI installs it)",
)


def roles(text: str, lang: str = "fi") -> set[tuple[str, str, str]]:
    """(person, role, body) of every membership, names compared word by word in any order."""
    return {
        (" ".join(sorted(f.actor.name.split())), f.role, f.target.name if f.target else "")
        for f in Walker(lexicon(lang), morphology()).walk(text).findings
        if f.kind == "membership"
    }


def test_bare_names_under_a_heading_that_names_the_body_and_its_term():
    text = (
        "Vanhusneuvosto\n\nNeuvosto kokoontuu neljä kertaa vuodessa.\n\n"
        "Vanhusneuvosto 2025-2027\n\nOlli Saarinen\nKerttu Lahtela\nTapio Vuorela\n\n"
        "Yhteystiedot\n"
    )
    assert roles(text) == {
        (key("Olli Saarinen"), "member", "Vanhusneuvosto"),
        (key("Kerttu Lahtela"), "member", "Vanhusneuvosto"),
        (key("Tapio Vuorela"), "member", "Vanhusneuvosto"),
    }


def test_a_heading_with_a_term_over_prose_gives_no_one():
    text = (
        "Vanhusneuvosto\n\nVanhusneuvosto 2025-2027\n\n"
        "Neuvosto kokoontuu neljä kertaa vuodessa. Olli Saarinen kertoo lisää.\n"
    )
    assert roles(text) == set()


@needs_voikko
def test_surname_comma_first_name_lines_under_the_body_and_its_term():
    text = (
        "Vammaisneuvosto\n\nNeuvosto edistää esteettömyyttä.\n\n"
        "Vammaisneuvosto kaudella 2025 – 2027\n\n"  # noqa: RUF001
        "Saarinen, Olli\nLahtela, Kerttu\nVuorela, Tapio\nKuningas, Xandra\nMäki, Aino\n\n"
        "Yhteystiedot\n"
    )
    # "Kuningas, Xandra": a common noun and a first name the dictionary does not know, read as
    # a name between two names of the list
    assert roles(text) == {
        (key("Olli Saarinen"), "member", "Vammaisneuvosto"),
        (key("Kerttu Lahtela"), "member", "Vammaisneuvosto"),
        (key("Xandra Kuningas"), "member", "Vammaisneuvosto"),
        (key("Tapio Vuorela"), "member", "Vammaisneuvosto"),
        (key("Aino Mäki"), "member", "Vammaisneuvosto"),
    }


@needs_voikko
def test_a_home_town_in_a_local_case_after_the_name_is_not_part_of_it():
    # "Seinäjoelta" reads both as the town and as common nouns, all in a local case
    text = (
        "Yhtymävaltuusto\n\nValtuuston puheenjohtajana toimii Kalle Rinta Lapualta ja "
        "varapuheenjohtajana Sirpa Kangas Seinäjoelta.\n"
    )
    assert roles(text) == {
        (key("Kalle Rinta"), "chair", "Yhtymävaltuusto"),
        (key("Sirpa Kangas"), "vice_chair", "Yhtymävaltuusto"),
    }


def test_minutes_flattened_to_one_line_members_before_the_deputies_cue():
    # the page's words before "Beslutande ledamöter" are no names of the list, the role in a
    # parenthesis after the party's is the person's, "X ersätter Y" makes X the deputy, and
    # "Ej tjänstgörande ersättare" at the end makes no one before it a deputy
    text = (
        "PROTOKOLL Sammanträdesdatum 2024-05-13 Kommunfullmäktige Tid Plats 18:00-20:00 "
        "Medborgarhuset, Storvik Beslutande ledamöter Karin Holmgren (S) (ordförande) "
        "Nils Edvardsson (M) (vice ordförande) Greta Sundin (S) Per Olofsson (C) "
        "Maja Lindqvist (V) Sven Eklund (S) ersätter Olle Bergman (S) "
        "Ej tjänstgörande ersättare Page 1 of 9\n"
    )
    assert roles(text, "sv") == {
        (key("Karin Holmgren"), "chair", "Kommunfullmäktige"),
        (key("Nils Edvardsson"), "vice_chair", "Kommunfullmäktige"),
        (key("Greta Sundin"), "member", "Kommunfullmäktige"),
        (key("Per Olofsson"), "member", "Kommunfullmäktige"),
        (key("Maja Lindqvist"), "member", "Kommunfullmäktige"),
        (key("Olle Bergman"), "member", "Kommunfullmäktige"),
        (key("Sven Eklund"), "deputy_member", "Kommunfullmäktige"),
    }


@needs_voikko
def test_a_name_and_role_table_with_its_cells_glued_and_names_surname_first():
    text = (
        "Vanhusneuvosto\n\nLoimaan vanhusneuvosto vuonna 2025:\n\n"
        "NimiTehtävä\nLehtonen EmmaPuheenjohtaja\nSalo Mikko1. Varapuheenjohtaja\n"
        "Kivelä HannaSihteeri\nRanta JussiJäsen\nNurmi AilaJäsen\n\nYhteystiedot\n"
    )
    assert roles(text) == {
        (key("Emma Lehtonen"), "chair", "Loimaan vanhusneuvosto"),
        (key("Mikko Salo"), "vice_chair", "Loimaan vanhusneuvosto"),
        (key("Hanna Kivelä"), "secretary", "Loimaan vanhusneuvosto"),
        (key("Jussi Ranta"), "member", "Loimaan vanhusneuvosto"),
        (key("Aila Nurmi"), "member", "Loimaan vanhusneuvosto"),
    }
    people = {
        f.actor.name
        for f in Walker(lexicon("fi"), morphology()).walk(text).findings
        if f.kind == "membership"
    }
    assert "Emma Lehtonen" in people and "Lehtonen Emma" not in people


@needs_voikko
def test_names_alone_on_their_lines_under_the_officers_role_comma_name_lines():
    # the secretary's line names its holder itself: the next name is not the secretary
    text = (
        "Vanhusneuvosto\n\nNeuvosto antaa lausuntoja.\n\nLisätietoja\n\n"
        " • Puheenjohtaja, Eino Rautio\n\n   Sihteeri, Leena Harju\n\n   Vainio Oskari\n\n"
        "   Lampinen Tuula\n\n   Koski Heikki\n"
    )
    assert roles(text) == {
        (key("Eino Rautio"), "chair", "Vanhusneuvosto"),
        (key("Leena Harju"), "secretary", "Vanhusneuvosto"),
        (key("Oskari Vainio"), "member", "Vanhusneuvosto"),
        (key("Tuula Lampinen"), "member", "Vanhusneuvosto"),
        (key("Heikki Koski"), "member", "Vanhusneuvosto"),
    }


def test_a_seat_held_by_a_post_does_not_end_a_municipality_by_municipality_list():
    text = (
        "Yhteistyöryhmä asetettu\n\n"
        "Yhteistyöryhmän kuntien nimeämät jäsenet ja heidän henkilökohtaiset varajäsenensä:\n"
        "Alavesi: Timo Kallio, varalla Eeva Rinne\n"
        "Ylävesi: kunnanhallituksen puheenjohtaja, varalla kunnanhallituksen varapuheenjohtaja\n"
        "Keskivesi: Sari Lumme, varalla Pertti Oja\n"
    )
    assert roles(text) == {
        (key("Timo Kallio"), "member", "Yhteistyöryhmä"),
        (key("Eeva Rinne"), "deputy_member", "Yhteistyöryhmä"),
        (key("Sari Lumme"), "member", "Yhteistyöryhmä"),
        (key("Pertti Oja"), "deputy_member", "Yhteistyöryhmä"),
    }


def test_officer_abbreviations_after_names_and_the_same_people_under_two_bodies():
    # "pj." and "vpj." after a name are that person's role, not the next one's; the second
    # body's heading after a blank line is a heading even though the line before it ends
    # without a full stop
    text = (
        "Toimielimet\n\nVanhusneuvosto\n\n"
        "Neuvosto seuraa ikääntyneiden palveluja ja tekee aloitteita kunnanhallitukselle. "
        "Jäsenet toimikaudella 2025-2027 Aino Lehmus pj., Pentti Haapala vpj., Raili Kuusi, "
        "Veikko Mänty\n \n\nVammaisneuvosto\n\n"
        "Neuvosto seuraa vammaispalveluja ja tekee aloitteita kunnanhallitukselle. "
        "Jäsenet toimikaudella 2025-2027 Aino Lehmus pj., Pentti Haapala vpj., Raili Kuusi, "
        "Veikko Mänty\n"
    )
    expected = set()
    for body in ("Vanhusneuvosto", "Vammaisneuvosto"):
        expected |= {
            (key("Aino Lehmus"), "chair", body),
            (key("Pentti Haapala"), "vice_chair", body),
            (key("Raili Kuusi"), "member", body),
            (key("Veikko Mänty"), "member", body),
        }
    assert roles(text) == expected


def test_a_flattened_table_of_municipalities_seat_counts_members_and_deputies():
    # "LAMMIJOKI (2)": the municipality's seats; its members, then their personal deputies
    text = (
        "Yhtymävaltuusto\n\nYhtymävaltuustoon kuuluvat seuraavat jäsenet ja varajäsenet:\n\n"
        "Kunta/kaupunki Jäsen Varajäsen\nLAMMIJOKI (2)\n\n"
        "Aaltonen Helmi (Kesk.)\nRinne Topi (SDP)\n\nSavola Irja (Kok.)\nHalme Uolevi (PS)\n\n"
        "KOIVULA (1) Mattila Sanni (Vihr.) Harju Oskari (Kesk.)\nPIHLAJA (3)\n"
    )
    got = {
        (f.actor.name, f.role, f.target.name if f.target else "", f.on_behalf_of.name)
        for f in Walker(lexicon("fi"), morphology()).walk(text).findings
        if f.kind == "membership" and f.on_behalf_of is not None
    }
    names = {(key(a), r, b, w) for a, r, b, w in got}
    assert names == {
        (key("Helmi Aaltonen"), "member", "Yhtymävaltuusto", "Lammijoki"),
        (key("Topi Rinne"), "member", "Yhtymävaltuusto", "Lammijoki"),
        (key("Irja Savola"), "deputy_member", "Yhtymävaltuusto", "Lammijoki"),
        (key("Uolevi Halme"), "deputy_member", "Yhtymävaltuusto", "Lammijoki"),
        (key("Sanni Mattila"), "member", "Yhtymävaltuusto", "Koivula"),
        (key("Oskari Harju"), "deputy_member", "Yhtymävaltuusto", "Koivula"),
    }


def test_a_representative_with_a_personal_deputy_on_the_next_line_holds_a_seat():
    # and a club's name ("Lammijoen Shakkikerho") over its representative is no person
    text = (
        "Vanhusneuvosto 1.6.2025 – 31.5.2027\n\nYhdistysten edustajat:\n\n"  # noqa: RUF001
        "Lammijoen Eläkeläiset ry.\nOlli Saarinen, edustaja\nKerttu Lahtela, varaedustaja\n\n"
        "Lammijoen Shakkikerho\nTapio Vuorela, edustaja\nAila Nurmi, varaedustaja\n"
    )
    assert roles(text) == {
        (key("Olli Saarinen"), "member", "Vanhusneuvosto"),
        (key("Kerttu Lahtela"), "deputy_member", "Vanhusneuvosto"),
        (key("Tapio Vuorela"), "member", "Vanhusneuvosto"),
        (key("Aila Nurmi"), "deputy_member", "Vanhusneuvosto"),
    }


def test_substitutes_on_a_later_page_of_flattened_minutes_and_the_signature_block():
    text = (
        "PROTOKOLL Sammanträdesdatum 2024-05-13 Kommunfullmäktige Tid Plats 18:00-20:00 "
        "Beslutande ledamöter Karin Holmgren (S) (ordförande) Greta Sundin (S) "
        "Per Olofsson (C) Maja Lindqvist (V) Page 1 of 9\n"
        "PROTOKOLL Sammanträdesdatum 2024-05-13 Kommunfullmäktige Linnea Dahl (C) ersätter "
        "Otto Wiklund (C) Ordförande Karin Holmgren (S) Sekreterare Rut Falk Justerare "
        "signatur Page 2 of 9\n"
    )
    got = roles(text, "sv")
    assert (key("Linnea Dahl"), "deputy_member", "Kommunfullmäktige") in got
    assert (key("Otto Wiklund"), "member", "Kommunfullmäktige") in got
    assert (key("Rut Falk"), "secretary", "Kommunfullmäktige") in got
    assert not any("Justerare" in person for person, _role, _body in got)


def test_a_group_chosen_from_among_the_body_gives_its_people_a_seat_in_the_body():
    text = (
        "Nuorisovaltuusto\nPöytäkirja 3.2.2026/Pykälä 5\n"
        "Päätös Nuorisovaltuusto päätti valita keskuudestaan tapahtumatyöryhmän. "
        "Tapahtumatyöryhmään valittiin Sanni Koivula, Oskari Harju ja Veera Mattila.\n"
    )
    got = roles(text)
    for person in ("Sanni Koivula", "Oskari Harju", "Veera Mattila"):
        assert (key(person), "member", "Tapahtumatyöryhmä") in got
        assert (key(person), "member", "Nuorisovaltuusto") in got
    # without "keskuudestaan" the group's people are only the group's
    other = text.replace(" keskuudestaan", "")
    assert {body for _p, _r, body in roles(other)} == {"Tapahtumatyöryhmä"}

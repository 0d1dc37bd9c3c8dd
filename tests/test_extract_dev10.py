"""Layouts and phrasings of the tenth held-out set, each on a made-up snippet."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker


def roles(text: str, lang: str = "fi", morph: str | None = None) -> set[tuple[str, str, str]]:
    found = Walker(lexicon(lang), morphology(morph)).walk(text).findings
    return {
        (f.actor.name, f.role, f.target.name if f.target else "")
        for f in found
        if f.kind == "membership"
    }


def test_a_district_named_by_a_compass_word_is_not_a_person():
    got = roles(
        "Ungdomsfullmäktige\n\nLedamöterna Rasmus Ros, Västra Älvstad, och Bo Ek, Norra "
        "Hamnen, rapporterade från mötet.\n",
        "sv",
    )
    people = {actor for actor, _role, _body in got}
    assert "Rasmus Ros" in people
    assert not any(p.split()[0] in {"Västra", "Norra"} for p in people)


def test_a_genitive_name_before_toimiessa_holds_the_role_after_it():
    got = roles(
        "Testilän uusi valtuusto\n\nTimo Tammi (ps) johtaa tarkastuslautakuntaa Eero Eskon (kd) "
        "toimiessa varapuheenjohtajana.\n\nKeskusvaalilautakuntaa johtaa Eva Vaara Taisto Tervon "
        "toimiessa varapuheenjohtajana.\n"
    )
    by_role = {(actor, role, body.casefold()) for actor, role, body in got}
    assert ("Timo Tammi", "chair", "tarkastuslautakunta") in by_role
    assert ("Eero Esko", "vice_chair", "tarkastuslautakunta") in by_role
    assert ("Eva Vaara", "chair", "keskusvaalilautakunta") in by_role
    assert ("Taisto Tervo", "vice_chair", "keskusvaalilautakunta") in by_role
    assert not any("Taisto" in actor and role == "chair" for actor, role, _b in got)


NEWS = (
    "Testilän uusi valtuusto aloitti kautensa\n\n"
    "Teknisen lautakunnan puheenjohtajaksi valittiin Aino Ahola ja varapuheenjohtajaksi Pekka "
    "Puu (kok). Lautakunnan muut jäsenet ovat Liisa Laine (kesk) ja Matti Mäki.\n\n"
    "Sanna Salo (kok) toimii ympäristölautakunnan puheenjohtajana, Olli Oja (sdp) "
    "varapuheenjohtajana.\n\n"
    "Markku Kari (sdp) valittiin sivistyslautakunnan puheenjohtajaksi ja Ismo Palo (kesk) "
    "varapuheenjohtajaksi. Lautakuntaan kuuluvat myös Toni Pöllö (kesk) ja Elina Joki.\n"
)


def test_the_subject_of_toimii_or_valittiin_holds_the_role_and_the_elided_clause_the_next():
    got = {(a, r, b.casefold()) for a, r, b in roles(NEWS)}
    assert ("Sanna Salo", "chair", "ympäristölautakunta") in got
    assert ("Olli Oja", "vice_chair", "ympäristölautakunta") in got
    assert ("Olli Oja", "chair", "ympäristölautakunta") not in got
    assert ("Markku Kari", "chair", "sivistyslautakunta") in got
    assert ("Ismo Palo", "vice_chair", "sivistyslautakunta") in got


def test_other_members_belong_to_the_body_of_their_own_paragraph():
    got = {(a, r, b.casefold()) for a, r, b in roles(NEWS)}
    assert ("Liisa Laine", "member", "tekninen lautakunta") in got
    assert ("Toni Pöllö", "member", "sivistyslautakunta") in got
    assert ("Elina Joki", "member", "sivistyslautakunta") in got
    assert not any(a in ("Toni Pöllö", "Elina Joki") and "tekninen" in b for a, _r, b in got)


def test_a_name_run_of_other_members_takes_the_body_its_paragraph_named_officers_of():
    text = (
        "Testilän uusi valtuusto aloitti kautensa\n\n"
        "Teknisen lautakunnan puheenjohtajaksi valittiin Aino Ahola ja varapuheenjohtajaksi "
        "Pekka Puu (kok). Lautakunnan muut jäsenet ovat Liisa Laine (kesk) ja Matti Mäki.\n\n"
        "Sanna Salo (kok) toimii ympäristölautakunnan puheenjohtajana, Olli Oja (sdp) "
        "varapuheenjohtajana. Kalle Koski (kesk), Ville Virta ja Jussi Joki ovat muut jäsenet "
        "lautakunnassa.\n"
    )
    got = {(a, r, b.casefold()) for a, r, b in roles(text)}
    for person in ("Kalle Koski", "Ville Virta", "Jussi Joki"):
        assert (person, "member", "ympäristölautakunta") in got
        assert not any(a == person and "tekninen" in b for a, _r, b in got)


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "sv",
            "Nytt i Testby\n\nTill kommunstyrelsen för åren 2030-31 valdes Anna Berg (ersättare "
            "Bo Ek), Carl Holm (ersättare Dan Lind) och Eva Strand (ersättare Frej Dal).\n",
            "kommunstyrelsen",
        ),
        (
            "fi",
            "Uutisia Testilästä\n\nKunnanhallitukseen valittiin Aino Ahola (varajäsen Pekka "
            "Puu), Liisa Laine (varajäsen Matti Mäki) ja Sanna Salo (varajäsen Olli Oja).\n",
            "kunnanhallitus",
        ),
    ],
)
def test_a_deputy_in_parentheses_after_each_member_is_that_members_deputy_only(lang, text, body):
    got = {(a, r, b.casefold()) for a, r, b in roles(text, lang)}
    members, deputies = {
        "sv": (["Anna Berg", "Carl Holm", "Eva Strand"], ["Bo Ek", "Dan Lind", "Frej Dal"]),
        "fi": (
            ["Aino Ahola", "Liisa Laine", "Sanna Salo"],
            ["Pekka Puu", "Matti Mäki", "Olli Oja"],
        ),
    }[lang]
    for m in members:
        assert not any(a == m and r == "deputy_member" for a, r, _b in got), got
        assert (m, "member", body) in got, got
    for d in deputies:
        assert any(a == d and r == "deputy_member" for a, r, _b in got), got


def test_officers_after_a_second_body_is_filled_go_to_that_body():
    text = (
        "Omval i Testby\n\nTESTBY. Kommunfullmäktige valde Maria Lindholm till ordförande för "
        "fullmäktige under år 2030 och Johan Sandberg till vice ordförande. I båda fallen var "
        "det fråga om omval.\nTill kommunstyrelse för åren 2030-31 valdes Carl Holmström, "
        "(ersättare Dan Lindqvist), Eva Strandberg (ersättare Frej Dalström) och Gunnel "
        "Lundgren (ersättare Hans Åberg). Till ordförande valdes Eva Strandberg och till "
        "viceordförande valdes Gunnel Lundgren.\n"
    )
    got = {(a, r, b.casefold()) for a, r, b in roles(text, "sv")}
    assert ("Eva Strandberg", "chair", "kommunstyrelse") in got, got
    assert ("Gunnel Lundgren", "vice_chair", "kommunstyrelse") in got, got
    assert ("Johan Sandberg", "vice_chair", "kommunfullmäktige") in got, got
    assert not any(a in ("Eva Strandberg", "Gunnel Lundgren") and "fullm" in b for a, _r, b in got)


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "fi",
            "Kaupunginhallitus, kokous 1.2.2030\n\n§ 5 Nuorisovaltuuston asettaminen\n\n"
            "Kaupunginhallitus asettaa nuorisovaltuuston vuodelle 2030 ja nimeää siihen "
            "seuraavat henkilöt:\n\nAino Ahola, Liisa Laine, Matti Mäki, Sanna Salo ja Olli "
            "Oja.\n\nPäätös\n\nHyväksyi.\n",
            "nuorisovaltuusto",
        ),
        (
            "sv",
            "Kommunstyrelsen, sammanträde 1.2.2030\n\n§ 5 Tillsättande av ungdomsrådet\n\n"
            "Kommunstyrelsen tillsätter ungdomsrådet för år 2030 och utser följande personer:"
            "\n\nAnna Berg, Carl Holm, Eva Strand, Gunnel Lund och Hans Åberg.\n\nBeslut\n\n"
            "Godkändes.\n",
            "ungdomsråd",
        ),
    ],
)
def test_one_line_naming_the_whole_list_after_an_introduction_gives_every_member(lang, text, body):
    people = {
        "fi": ["Aino Ahola", "Liisa Laine", "Matti Mäki", "Sanna Salo", "Olli Oja"],
        "sv": ["Anna Berg", "Carl Holm", "Eva Strand", "Gunnel Lund", "Hans Åberg"],
    }[lang]
    got = roles(text, lang)
    for p in people:
        assert any(a == p and r == "member" and body in b.casefold() for a, r, b in got), got


def test_a_member_glued_to_the_next_heading_and_a_middle_initial_are_read():
    text = (
        "Kunnanhallitus\n\nPÖYTÄKIRJA 1/2030\nSAAPUVILLA OLLEET JÄSENET\n\n"
        "Aino Ahola puheenjohtaja\n\nLiisa Laine\n\nJuhani A. Mäki\n\nSanna Salo\n\n"
        "Olli OjalaPOISSA OLLEET JÄSENET\n\nMUUT SAAPUVILLA OLLEET\n"
    )
    got = roles(text)
    assert ("Aino Ahola", "chair", "Kunnanhallitus") in got, got
    for p in ("Liisa Laine", "Juhani A. Mäki", "Sanna Salo", "Olli Ojala"):
        assert (p, "member", "Kunnanhallitus") in got, got
    assert not any("POISSA" in a for a, _r, _b in got)


@pytest.mark.parametrize(
    ("lang", "text", "body", "people"),
    [
        (
            "fi",
            "Testilän uusi valtuusto aloitti kautensa\n\nTimo Tammi (ps) johtaa "
            "tarkastuslautakuntaa Eero Eskon (kd) toimiessa varapuheenjohtajana. Anna Aro, Jussi "
            "Joki, Pirjo Palo ja Kalle Kivi (vihr) täydentävät kokoonpanon.\n",
            "tarkastuslautakunta",
            ["Anna Aro", "Jussi Joki", "Pirjo Palo", "Kalle Kivi"],
        ),
        (
            "sv",
            "Nytt i Testby\n\nAnna Berg leder socialnämnden med Bo Ek som vice ordförande. "
            "Carl Holm, Eva Strand och Gunnel Lund kompletterar sammansättningen.\n",
            "socialnämnden",
            ["Carl Holm", "Eva Strand", "Gunnel Lund"],
        ),
    ],
)
def test_people_who_complete_the_composition_join_the_body_the_sentence_before_named(
    lang, text, body, people
):
    got = {(a, r, b.casefold()) for a, r, b in roles(text, lang)}
    for p in people:
        assert (p, "member", body) in got, got


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "fi",
            "Testilän uusi valtuusto\n\nKunnanhallituksen jäsenet ovat Aino Ahola (kesk), Pekka "
            "Puu (kok), Liisa Laine (sdp) ja Matti Mäki (ps). Puheenjohtajaksi valittiin Puu ja "
            "varapuheenjohtajaksi Laine.\n",
            "kunnanhallitus",
        ),
        (
            "sv",
            "Nytt i Testby\n\nKommunstyrelsens ledamöter är Aino Ahola, Pekka Puu, Liisa Laine "
            "och Matti Mäki. Till ordförande valdes Puu och till vice ordförande Laine.\n",
            "kommunstyrelse",
        ),
    ],
)
def test_an_officer_named_by_surname_alone_is_the_one_person_of_the_paragraph_with_it(
    lang, text, body
):
    got = {(a, r, b.casefold()) for a, r, b in roles(text, lang)}
    assert any(a == "Pekka Puu" and r == "chair" and body in b for a, r, b in got), got
    assert any(a == "Liisa Laine" and r == "vice_chair" and body in b for a, r, b in got), got
    assert not any(a in ("Puu", "Laine") for a, _r, _b in got), got


def test_a_body_named_again_by_its_last_word_is_the_one_named_in_full_before():
    text = (
        "Omval i Testby\n\nKommunfullmäktige valde Maria Lindholm till ordförande för "
        "fullmäktige under år 2030 och Johan Sandberg till vice ordförande.\n"
    )
    got = roles(text, "sv")
    assert ("Maria Lindholm", "chair", "Kommunfullmäktige") in got, got
    assert ("Johan Sandberg", "vice_chair", "Kommunfullmäktige") in got, got
    assert not any(b == "fullmäktige" for _a, _r, b in got), got

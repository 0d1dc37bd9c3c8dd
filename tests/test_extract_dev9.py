"""Layouts and phrasings of the ninth held-out set, each on a made-up snippet."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker


def roles(text: str, lang: str = "fi", morph: str | None = None) -> set[tuple[str, str, str]]:
    found = Walker(lexicon(lang), morphology(morph)).walk(text).findings
    return {
        (" ".join(sorted(f.actor.name.split())), f.role, f.target.name if f.target else "")
        for f in found
        if f.kind == "membership"
    }


def key(name: str) -> str:
    return " ".join(sorted(name.split()))


@pytest.mark.parametrize(
    ("lang", "text", "body", "organ"),
    [
        (
            "fi",
            "Vanhusneuvosto\n\nJäsenet 2024 - 2026\n\nVanhusneuvoston jäsenet edustavat "
            "eläkeläisjärjestöjä. Kunnanhallitus {verb} järjestöjen edustajat "
            "yhteistyöelimen esityksestä.\n\nPuheenjohtaja\nAino Ahola\n\n"
            "Jäsenet (varajäsenet)\n\nPekka Puu (Liisa Laine)\nMatti Mäki (Sanna Salo)\n",
            "Vanhusneuvosto",
            "Kunnanhallitus",
        ),
        (
            "sv",
            "Äldrerådet\n\nMedlemmar 2024 - 2026\n\nÄldrerådets medlemmar representerar "
            "pensionärsföreningarna. Kommunstyrelsen {verb} föreningarnas representanter "
            "på förslag av samarbetsorganet.\n\nOrdförande\nAnna Berg\n\n"
            "Medlemmar (ersättare)\n\nBo Ek (Carl Holm)\nDan Lind (Eva Strand)\n",
            "Äldrerådet",
            "Kommunstyrelsen",
        ),
    ],
)
@pytest.mark.parametrize("tense", [0, 1, 2])
def test_an_organ_that_appoints_in_any_tense_is_not_the_body_of_the_list(
    lang, text, body, organ, tense
):
    verb = {
        "fi": ["nimeää", "nimesi", "on nimennyt"],
        "sv": ["utser", "utsåg", "har utsett"],
    }[lang][tense]
    people = {
        "fi": ["Aino Ahola", "Pekka Puu", "Liisa Laine", "Matti Mäki", "Sanna Salo"],
        "sv": ["Anna Berg", "Bo Ek", "Carl Holm", "Dan Lind", "Eva Strand"],
    }[lang]
    got = roles(text.format(verb=verb), lang)
    expected = ["chair", "member", "deputy_member", "member", "deputy_member"]
    assert got == {(key(p), r, body) for p, r in zip(people, expected, strict=True)}
    assert not any(b == organ for _p, _r, b in got)


@pytest.mark.parametrize("morph", [None, "rules"])
def test_a_conjunction_before_an_organ_is_no_part_of_its_name(morph):
    # "sama kuin kunnanhallituksen toimikausi": "kuin" is no genitive qualifying the organ
    text = (
        "Vanhusneuvosto\n\nJäsenet\n\nNeuvoston toimikausi on sama kuin kunnanhallituksen "
        "toimikausi.\n\nJäsenet (varajäsenet)\n\nPekka Puu (Liisa Laine)\n"
    )
    got = roles(text, "fi", morph)
    assert got == {
        (key("Pekka Puu"), "member", "Vanhusneuvosto"),
        (key("Liisa Laine"), "deputy_member", "Vanhusneuvosto"),
    }


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "sv",
            "Nyheter\n\nFullmäktige valde på sitt möte medlemmar till nämnderna.\n\n"
            "Välfärdsnämnden har nu nya medlemmar.\n\n"
            "Övriga medlemmar i nämnden är Bo Ek, Carl Holm och Dan Lind.\n",
            "Välfärdsnämnden",
        ),
        (
            "fi",
            "Uutiset\n\nValtuusto valitsi kokouksessaan jäsenet lautakuntiin.\n\n"
            "Hyvinvointilautakunnassa on nyt uusia jäseniä.\n\n"
            "Lautakunnan muut jäsenet ovat Pekka Puu, Liisa Laine ja Matti Mäki.\n",
            "Hyvinvointilautakunta",
        ),
    ],
)
def test_a_bare_head_word_names_the_one_body_named_in_full_before(lang, text, body):
    # "nämnden" / "lautakunnan" alone: the one body with that head word the text named before
    people = {
        "sv": ["Bo Ek", "Carl Holm", "Dan Lind"],
        "fi": ["Pekka Puu", "Liisa Laine", "Matti Mäki"],
    }[lang]
    assert roles(text, lang) == {(key(p), "member", body) for p in people}


@pytest.mark.parametrize(
    ("lang", "text", "body", "people"),
    [
        (
            "sv",
            "Nyheter\n\nVälfärdsnämnden leds även i fortsättningen av Anna Berg (SFP). "
            "Första viceordförande är Bo Ek (SDP), andra viceordförande Carl Holm (Saml).\n",
            "Välfärdsnämnden",
            ["Anna Berg", "Bo Ek", "Carl Holm"],
        ),
        (
            "fi",
            "Uutiset\n\nHyvinvointilautakuntaa johtaa Aino Ahola. "
            "Varapuheenjohtajana toimii Pekka Puu.\n",
            "Hyvinvointilautakunta",
            ["Aino Ahola", "Pekka Puu"],
        ),
    ],
)
def test_a_body_led_by_a_person_has_that_person_as_its_chair(lang, text, body, people):
    expected = ["chair", "vice_chair", "vice_chair"]
    assert roles(text, lang) == {(key(p), r, body) for p, r in zip(people, expected, strict=False)}


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "fi",
            "Nuorisovaltuusto\n\nNuorisovaltuuston edustajilla on läsnäolo- ja puheoikeus "
            "kunnanvaltuustossa ja teknisessä lautakunnassa.\n\nTestilän nuorisovaltuutetut:\n\n"
            "Aino Ahola, nuorisovaltuuston puheenjohtaja ja edustaja teknisessä lautakunnassa\n\n"
            "Pekka Puu, edustaja kunnanvaltuustossa\n",
            "Nuorisovaltuusto",
        ),
        (
            "sv",
            "Ungdomsfullmäktige\n\nUngdomsfullmäktiges representanter har närvaro- och "
            "yttranderätt i kommunfullmäktige och i tekniska nämnden.\n\nLedamöter:\n\n"
            "Anna Berg, ungdomsfullmäktiges ordförande och representant i tekniska nämnden\n\n"
            "Bo Ek, representant i kommunfullmäktige\n",
            "Ungdomsfullmäktige",
        ),
    ],
)
def test_a_right_to_attend_elsewhere_is_no_seat_and_not_the_body_of_the_list(lang, text, body):
    people = {"fi": ["Aino Ahola", "Pekka Puu"], "sv": ["Anna Berg", "Bo Ek"]}[lang]
    expected = ["chair", "member"]
    assert roles(text, lang) == {(key(p), r, body) for p, r in zip(people, expected, strict=True)}


@pytest.mark.parametrize(
    ("lang", "text", "body", "people"),
    [
        (
            "fi",
            "Uusia työryhmiä\n\nHyvinvointityöryhmä\n(hyvinvoinnin edistäminen)\n\n"
            "pj. Aino Ahola\nsiht. hyvinvointikoordinaattori\nnuorisovaltuuston edustaja\n"
            "Pekka Puu\nLiisa Laine\nhallintojohtaja\n",
            "Hyvinvointityöryhmä",
            ["Aino Ahola", "Pekka Puu", "Liisa Laine"],
        ),
        (
            "sv",
            "Nya arbetsgrupper\n\nVälfärdsgruppen\n(främjande av välfärd)\n\n"
            "ordf. Anna Berg\nsekr. välfärdskoordinator\nungdomsrådets representant\n"
            "Bo Ek\nCarl Holm\nförvaltningsdirektör\n",
            "Välfärdsgruppen",
            ["Anna Berg", "Bo Ek", "Carl Holm"],
        ),
    ],
)
def test_a_heading_then_short_lines_with_role_abbreviations_posts_and_names(
    lang, text, body, people
):
    # a working group named in a heading (what it does in parentheses under it), then
    # short lines: "pj. Name", posts without a name (no one) and bare names (members)
    expected = ["chair", "member", "member"]
    assert roles(text, lang) == {(key(p), r, body) for p, r in zip(people, expected, strict=True)}


@pytest.mark.parametrize(
    ("lang", "text", "body", "pairs"),
    [
        (
            "fi",
            "Vanhusneuvosto\n\nJäsenet\n\nAhola Aino\nPuu Pekka\n\n"
            "Teknisen toimialan edustaja rakennuspäällikkö Liisa Laine ja varalla Matti Mäki\n"
            "Sivistystoimialan edustaja rehtori Sanna Salo ja varalla opettaja Kaisa Koski\n",
            "Vanhusneuvosto",
            [("Liisa Laine", "Matti Mäki"), ("Sanna Salo", "Kaisa Koski")],
        ),
        (
            "sv",
            "Äldrerådet\n\nMedlemmar\n\nAnna Berg\nBo Ek\n\n"
            "Tekniska sektorns representant byggchef Carl Holm och som ersättare Dan Lind\n"
            "Bildningssektorns representant rektor Eva Strand och som ersättare lärare "
            "Fia Nyström\n",
            "Äldrerådet",
            [("Carl Holm", "Dan Lind"), ("Eva Strand", "Fia Nyström")],
        ),
    ],
)
def test_department_representative_and_deputy_lines(lang, text, body, pairs):
    # "<Department> edustaja [title] Name ja varalla [title] Name": a member and a deputy
    got = roles(text, lang)
    for member, deputy in pairs:
        assert (key(member), "member", body) in got
        assert (key(deputy), "deputy_member", body) in got


def test_a_role_in_a_body_then_the_verb_then_the_person_in_swedish_running_text():
    text = (
        "Nyheter\n\nOrdförandeskapet i kultur- och fritidsnämnden sköts av Anna Berg (SFP), "
        "ersättare i bildningsnämnden blir Bo Ek (SFP).\n"
    )
    assert roles(text, "sv") == {
        (key("Anna Berg"), "chair", "Kultur- och fritidsnämnden"),
        (key("Bo Ek"), "deputy_member", "Bildningsnämnden"),
    }


def test_people_who_serve_as_first_and_second_vice_chair_each_with_a_party():
    text = (
        "Nyheter\n\nVälfärdsnämnden leds av Anna Berg (SFP), medan Bo Ek (SDP) och Carl Holm "
        "(Saml) fungerar som första och andra viceordförande.\n"
    )
    assert roles(text, "sv") == {
        (key("Anna Berg"), "chair", "Välfärdsnämnden"),
        (key("Bo Ek"), "vice_chair", "Välfärdsnämnden"),
        (key("Carl Holm"), "vice_chair", "Välfärdsnämnden"),
    }

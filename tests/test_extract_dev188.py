"""hytegraph extract's pure-rules word-form reader (``--morph rules``, no libvoikko) on word
forms it misread: made-up snippets, one per mechanism, read with either word-form reader.

- a compound of "elin" (an organ, a body: "toimielin", "yhteistyöelin") after a vowel is a
  nominative, never the genitive of an "-eli" word ("valmistelutoimielin ja poliittinen
  seurantaryhmä" is two bodies), and its forms on the stem "elime-" ("valmistelutoimielimen",
  "toimielimessä") have "-elin" for their basic form; a genitive in "-elin" after a consonant
  ("Haukelin kaupunginhallitus") is still an owner's genitive.
- an "-inen" word's instructive plural in "-isin" ("Nykyisin nuorisovaltuustossa") is no
  genitive, so it begins no body's name; a genitive in "-iisin" ("Pariisin") still is one.
- a clitic "-kaan"/"-kään"/"-kin" follows a word of two letters or more, so "Okaan
  nuorisovaltuusto" keeps its owner's genitive ("Kukaan", "Kuitenkaan" are still clitics).
- a surname's genitive read by rule undoes the consonant gradation that has only one strong
  grade: a single k or p after a short vowel ("Reinikan" → "Reinikka"), rr ("Kaskivirran" →
  "Kaskivirta") and nn before o or u ("Kaivannon" → "Kaivanto"); nn before a ("Linnan" →
  "Linna") and k after a long vowel are left as they are.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.mentions import _genitive_name_rule
from tests.extract_snippets import MORPHS, held

ORGAN = (
    "Kuusimaan hyvinvointialueen väliaikainen valmistelutoimielin ja poliittinen seurantaryhmä "
    "on asetettu\n\n"
    "Kuusimaan liiton hallitus on kokouksessaan asettanut Kuusimaan hyvinvointialueen "
    "väliaikaisen valmistelutoimielimen.\n\n"
    "Väliaikaisen valmistelutoimielimen kokoonpano\n\n"
    "Varsinaiset jäsenet:\n\n"
    " • Aino Koskimaa, Kuusimaa\n"
    " • Olli Virtanen, Kuusimaa\n\n"
    "Varajäsenet:\n\n"
    " • Sari Laitinen, Kuusimaa\n"
    " • Mikko Mäkelä, Kuusimaa\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_compound_of_elin_is_a_nominative_body_word(morph):
    got = held(ORGAN, "fi", morph)
    assert ("Aino Koskimaa", "member", "Väliaikainen valmistelutoimielin") in got
    assert ("Mikko Mäkelä", "deputy_member", "Väliaikainen valmistelutoimielin") in got
    assert not any("seurantaryhmä" in body for _, _, body in got)


def test_forms_of_elin_on_its_stem_by_rule():
    rules = m.RuleMorphology()
    assert [(a.base, a.case) for a in rules.analyse("toimielin")] == [("toimielin", "nom")]
    assert [(a.base, a.case) for a in rules.analyse("valmistelutoimielimen")] == [
        ("valmistelutoimielin", "gen")
    ]
    assert [(a.base, a.case) for a in rules.analyse("yhteistyöelimessä")] == [
        ("yhteistyöelin", "ine")
    ]
    assert [(a.base, a.plural) for a in rules.analyse("toimielimet")] == [("toimielin", True)]


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_genitive_in_elin_after_a_consonant(morph):
    got = held("Haukelin kaupunginhallitus valitsi puheenjohtajaksi Aino Koskimaan.\n", "fi", morph)
    assert ("Aino Koskimaa", "chair", "Haukelin kaupunginhallitus") in got
    assert [(a.base, a.case) for a in m.RuleMorphology().analyse("Haukelin")] == [
        ("Haukeli", "gen")
    ]


YOUTH = (
    "Aluehallitus nimitti kokouksessaan Kuusimaan nuorisovaltuustoon jäsenet. Nuorisovaltuusto "
    "nimetään vuosittain.\n"
    "Nykyisin nuorisovaltuustossa on yksi paikka kuntaa kohden.\n\n"
    "Nuorisovaltuuston jäsenet (suluissa henkilökohtainen varajäsen)\n"
    "- Aino Koskimaa (Olli Virtanen)\n"
    "- Sari Laitinen (Mikko Mäkelä)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_instructive_plural_in_isin_names_no_body(morph):
    got = held(YOUTH, "fi", morph)
    assert ("Aino Koskimaa", "member", "Kuusimaan nuorisovaltuusto") in got
    assert ("Mikko Mäkelä", "deputy_member", "Kuusimaan nuorisovaltuusto") in got


def test_leave_alone_a_genitive_in_iisin():
    rules = m.RuleMorphology()
    assert [(a.base, a.case) for a in rules.analyse("Pariisin")] == [("Pariisi", "gen")]
    assert [(a.base, a.case) for a in rules.analyse("nykyisin")] == [("nykyinen", "ins")]
    assert not m.never_genitive("Pariisin")
    assert not m.never_genitive("Kaisin")


@pytest.mark.parametrize("morph", MORPHS)
def test_genitive_in_kaan_after_one_letter_is_no_clitic(morph):
    text = (
        "Okaan nuorisovaltuusto 2023-2024\n\n"
        "Aino Koskimaa\nOlli Virtanen\nSari Laitinen\nMikko Mäkelä\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Koskimaa", "member", "Okaan nuorisovaltuusto") in got
    assert ("Mikko Mäkelä", "member", "Okaan nuorisovaltuusto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_clitic_before_a_body(morph):
    text = (
        "Kuusimaan nuorisovaltuusto 2023-2024\n\n"
        "Aino Koskimaa\nOlli Virtanen\nSari Laitinen\nMikko Mäkelä\n\n"
        "Kuitenkaan nuorisovaltuusto ei kokoontunut kesällä.\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Koskimaa", "member", "Kuusimaan nuorisovaltuusto") in got
    assert not any(body.startswith("Kuitenkaan") for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_surname_genitive_gradation_undone(morph):
    text = (
        "Kuusimaan kaupunginhallitus valitsi puheenjohtajaksi Tyko Reinikan, "
        "varapuheenjohtajaksi Anu Kaskivirran ja sihteeriksi Tuija Kaivannon.\n"
    )
    got = held(text, "fi", morph)
    assert ("Tyko Reinikka", "chair", "Kuusimaan kaupunginhallitus") in got
    assert ("Anu Kaskivirta", "vice_chair", "Kuusimaan kaupunginhallitus") in got
    assert ("Tuija Kaivanto", "secretary", "Kuusimaan kaupunginhallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_genitive_with_no_single_strong_grade(morph):
    text = "Kuusimaan kaupunginhallitus valitsi puheenjohtajaksi Aino Linnan.\n"
    assert ("Aino Linna", "chair", "Kuusimaan kaupunginhallitus") in held(text, "fi", morph)
    assert _genitive_name_rule("Linnan") == "Linna"
    assert _genitive_name_rule("Haapan") == "Haapa"
    assert _genitive_name_rule("Laineen") == "Laine"
    assert _genitive_name_rule("Virtasen") == "Virtanen"

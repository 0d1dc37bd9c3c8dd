"""hytegraph extract on cooperation, responsibility and the organisation after a comma in a
list entry: made-up snippets, one per mechanism, read with either word-form reader, and lines
that must not be read."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings

PAGE_FI = "Kivilahden kaupungin liikuntaryhmä\n\n"
PAGE_SV = "Sjöviks kommuns äldreråd\n\n"


def _facts(text: str, kind: str, lang: str = "fi", morph: str | None = None):
    return {
        (f.actor.name, f.role, f.target.name if f.target else "")
        for f in findings(text, lang, morph)
        if f.kind == kind
    }


def _coop(text: str, lang: str = "fi", morph: str | None = None):
    return {(a, t) for a, _r, t in _facts(text, "cooperation", lang, morph)}


def _behalf(text: str, lang: str = "fi", morph: str | None = None):
    return {
        (f.actor.name, f.on_behalf_of.name if f.on_behalf_of else None)
        for f in findings(text, lang, morph)
        if f.kind == "membership"
    }


# -- cooperation ------------------------------------------------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_cooperation_after_any_verb_with_the_named_subject(morph):
    text = (
        "Kivilahden kaupungin liikuntaryhmä järjestää kesätapahtuman yhteistyössä "
        "Länsi-Kuusimaan hyvinvointialueen kanssa.\n"
    )
    assert _coop(text, morph=morph) == {
        ("Kivilahden kaupungin liikuntaryhmä", "Länsi-Kuusimaan hyvinvointialue")
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_the_head_word_alone_is_the_body_the_page_is_about(morph):
    text = PAGE_FI + (
        "Liikuntaryhmä järjestää kesätapahtuman yhteistyössä Kivilahden Urheilijat ry:n kanssa.\n"
    )
    assert _coop(text, morph=morph) == {
        ("Kivilahden kaupungin liikuntaryhmä", "Kivilahden Urheilijat ry")
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_together_with_the_partner_right_there(morph):
    text = "Kivilahden kaupungin nuorisovaltuusto\n\n" + (
        "Nuorisovaltuusto järjestää keskustelutilaisuuden yhdessä Kivilahden Partiolaiset ry:n "
        "kanssa.\n"
    )
    assert _coop(text, morph=morph) == {
        ("Kivilahden kaupungin nuorisovaltuusto", "Kivilahden Partiolaiset ry")
    }


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    "sentence",
    [
        # two subjects: which one cooperates is not said alone
        "Liikuntaryhmä ja nuorisovaltuusto järjestävät tapahtuman yhteistyössä "
        "Länsi-Kuusimaan hyvinvointialueen kanssa.",
        # no body is the subject
        "Kesätapahtuma järjestetään yhteistyössä Länsi-Kuusimaan hyvinvointialueen kanssa.",
        # "yhdessä" without a named partner
        "Liikuntaryhmä käsitteli asiaa yhdessä muiden kanssa.",
        "Liikuntaryhmä päätti asiasta yhdessä kokouksessaan.",
        # a genitive at the beginning is no subject
        "Liikuntaryhmän jäsenet järjestävät tapahtuman yhteistyössä Kivilahden Urheilijat "
        "ry:n kanssa.",
        # what was done to the body, by someone else
        "Liikuntaryhmä on perustettu yhdessä Länsi-Kuusimaan hyvinvointialueen kanssa.",
        "Liikuntaryhmä perustettiin yhteistyössä Kivilahden Urheilijat ry:n kanssa.",
    ],
)
def test_no_cooperation_without_one_subject_body_and_a_partner(morph, sentence):
    assert _coop(PAGE_FI + sentence + "\n", morph=morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_a_head_word_two_bodies_could_have_is_read_as_neither(morph):
    text = PAGE_FI + (
        "Länsi-Kuusimaan hyvinvointialueen liikuntaryhmä kokoontui keväällä. Liikuntaryhmä "
        "järjestää kesätapahtuman yhteistyössä Kivilahden Urheilijat ry:n kanssa.\n"
    )
    assert _coop(text, morph=morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("words", ["i samverkan med", "i samarbete med", "tillsammans med"])
def test_swedish_cooperation_with_the_page_body(morph, words):
    text = PAGE_SV + f"Rådet ordnar en seniordag {words} Sjöviks Pensionärer rf.\n"
    assert _coop(text, "sv", morph) == {("Sjöviks kommuns äldreråd", "Sjöviks Pensionärer rf")}


@pytest.mark.parametrize("morph", MORPHS)
def test_swedish_partner_keeps_its_direction_word(morph):
    text = (
        PAGE_SV + "Rådet bereder äldreplanen i samarbete med Västra Kustlandets välfärdsområde.\n"
    )
    assert _coop(text, "sv", morph) == {
        ("Sjöviks kommuns äldreråd", "Västra Kustlandets välfärdsområde")
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_place_name_ending_like_a_passive_is_no_passive(morph):
    text = "Pargas stads äldreråd\n\nPargas stads äldreråd ordnar en seniordag i samarbete med "
    text += "Pargas Pensionärer rf.\n"
    assert _coop(text, "sv", morph) == {("Pargas stads äldreråd", "Pargas Pensionärer rf")}


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Seniordagen ordnas i samarbete med Sjöviks Pensionärer rf.",
        "Rådet bildades i samverkan med Sjöviks Pensionärer rf.",
        "Rådet och nämnden ordnar en seniordag i samarbete med Sjöviks Pensionärer rf.",
    ],
)
def test_swedish_cooperation_needs_one_body_as_subject(morph, sentence):
    assert _coop(PAGE_SV + sentence + "\n", "sv", morph) == set()


# -- responsibility ---------------------------------------------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_the_group_is_responsible_for_a_plan_in_the_genitive(morph):
    text = PAGE_FI + "Ryhmä vastaa liikuntasuunnitelman valmistelusta.\n"
    got = _facts(text, "responsibility", morph=morph)
    assert got == {("Kivilahden kaupungin liikuntaryhmä", "responsible", "liikuntasuunnitelma")}


@pytest.mark.parametrize("morph", MORPHS)
def test_members_answering_for_their_costs_are_no_responsibility(morph):
    text = PAGE_FI + "Liikuntaryhmän jäsenet vastaavat itse matkakuluistaan.\n"
    assert _facts(text, "responsibility", morph=morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_the_lead_held_by_a_body_in_the_adessive(morph):
    text = PAGE_FI + "Liikuntasuunnitelman vetovastuu on liikuntaryhmällä.\n"
    got = {(a, t.casefold()) for a, _r, t in _facts(text, "responsibility", morph=morph)}
    assert got == {("Kivilahden kaupungin liikuntaryhmä", "liikuntasuunnitelma")}


@pytest.mark.parametrize("morph", MORPHS)
def test_the_lead_the_subject_has_is_not_of_itself(morph):
    text = PAGE_FI + (
        "Kivilahden kaupungin nuorisovaltuustolla on liikuntasuunnitelman vetovastuu.\n"
    )
    got = {(a, t.casefold()) for a, _r, t in _facts(text, "responsibility", morph=morph)}
    assert got == {("Kivilahden kaupungin nuorisovaltuusto", "liikuntasuunnitelma")}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_shared_by_two_bodies_is_not_read(morph):
    text = PAGE_FI + "Liikuntasuunnitelman vetovastuu on liikuntaryhmällä ja nuorisovaltuustolla.\n"
    assert _facts(text, "responsibility", morph=morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_swedish_the_council_is_responsible_for_its_plan(morph):
    text = PAGE_SV + "Rådet ansvarar för äldreplanen.\n"
    got = {(a, r) for a, r, _t in _facts(text, "responsibility", "sv", morph)}
    assert got == {("Sjöviks kommuns äldreråd", "responsible")}


# -- the organisation after a comma -----------------------------------------------------------

MEMBERS_FI = PAGE_FI + (
    "Jäsenet\n"
    "Ville Harju, Kivilahden Eläkeläiset ry\n"
    "Tiina Aalto / Kivilahden Eläkeläiset ry\n"
    "Mikko Saari, Länsi-Kuusimaan Energia Oy\n"
    "Hanna Perälä, Kivilahden Kulttuurisäätiö\n"
    "Kalle Virta, liikuntakoordinaattori\n"
    "Noora Kallio, Kivilahden kaupungin liikuntasuunnittelija\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organisation_after_the_comma_is_whom_the_member_comes_from(morph):
    got = _behalf(MEMBERS_FI, morph=morph)
    assert ("Ville Harju", "Kivilahden Eläkeläiset ry") in got
    assert ("Tiina Aalto", "Kivilahden Eläkeläiset ry") in got
    assert ("Mikko Saari", "Länsi-Kuusimaan Energia Oy") in got
    assert ("Hanna Perälä", "Kivilahden Kulttuurisäätiö") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_title_after_the_comma_stays_a_title(morph):
    got = _behalf(MEMBERS_FI, morph=morph)
    assert ("Kalle Virta", None) in got
    assert ("Noora Kallio", None) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_swedish_organisation_after_the_comma(morph):
    text = PAGE_SV + (
        "Medlemmar\n"
        "Gösta Ahlberg, Sjöviks Idrottsförening rf\n"
        "Karin Sundell, äldrekoordinator\n"
        "Nils Öhman, Sjöviks Energi Ab\n"
    )
    got = _behalf(text, "sv", morph)
    assert ("Gösta Ahlberg", "Sjöviks Idrottsförening rf") in got
    assert ("Karin Sundell", None) in got
    assert ("Nils Öhman", "Sjöviks Energi Ab") in got

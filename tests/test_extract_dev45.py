"""hytegraph extract on layouts met in the sixty-ninth held-out set: made-up snippets, one per
mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key

STEERING_GROUP = (
    "Arbetsgrupp tillsatt för kulturplanen\n\n"
    "Kommunstyrelsen har tillsatt en arbetsgrupp för kulturplanen.\n\n"
    "I den sitter kulturchef Berit Sandqvist som ordförande, Holger Wiklund, controller, "
    "Solveig Mattsson, bibliotekarie, och Rasmus Ekblom, fritidsledare.\n"
)

OFFICERS_IN_ONE_SENTENCE = (
    "Årsmöte i Pensionärsföreningen Västbyn\n\n"
    "Omvalda blev hela styrelsen med Gösta Lindholm som förste vice ordförande, Margit Hedberg "
    "som andre vice ordförande, Tyra Sjöblom sekreterare, Åke Forsman kassör och som "
    "ledamöter Lilian Öberg och Bror Kvist.\n"
)

BOARD_THEN_AUDITOR = (
    "Pensionärsföreningen Norrbyn\n\n"
    "Till styrelse för det kommande året utsågs Alvar Enqvist (ordförande), Siv Hallberg "
    "(vice ordförande), Doris Mattila (sekreterare) och Gert Nyholm (kassör). Ove Rask "
    "omvaldes till revisor och Kaj Lindell nyvaldes på samma post.\n"
)


def _seats(text, morph):
    return {
        (key(f.actor.name), f.role)
        for f in findings(text, "sv", morph)
        if f.kind == "membership" and not f.status
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_role_after_a_name_is_not_the_next_names(morph):
    got = _seats(STEERING_GROUP, morph)
    assert (key("Berit Sandqvist"), "chair") in got
    for name in ("Holger Wiklund", "Solveig Mattsson", "Rasmus Ekblom"):
        assert (key(name), "chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_with_and_without_som_keep_their_own_roles(morph):
    got = _seats(OFFICERS_IN_ONE_SENTENCE, morph)
    assert (key("Gösta Lindholm"), "vice_chair") in got
    assert (key("Margit Hedberg"), "vice_chair") in got
    assert (key("Tyra Sjöblom"), "vice_chair") not in got
    assert (key("Åke Forsman"), "vice_chair") not in got
    assert (key("Åke Forsman"), "secretary") not in got
    assert (key("Lilian Öberg"), "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_auditor_in_the_next_sentence_leaves_the_board_list(morph):
    got = _seats(BOARD_THEN_AUDITOR, morph)
    assert (key("Alvar Enqvist"), "chair") in got
    assert (key("Siv Hallberg"), "vice_chair") in got
    assert (key("Doris Mattila"), "secretary") in got
    assert not any(p in (key("Ove Rask"), key("Kaj Lindell")) for p, _r in got)


NEXT_YEAR_PAGE = (
    "Styrelsen inför nästa år\n\n"
    "Föreningens höstmöte hölls 20 november. Agda Lindqvist fortsätter som ordförande och "
    "Roger Holmström som vice ordförande. Styrelseledamöter blir Ines Backman, Tage Frisk "
    "och Elsa Granqvist.\n"
)

NEXT_YEAR_IN_PROSE = (
    "Höstmötet i Norrby\n\n"
    "Vi planerar utfärder inför nästa år. Styrelseledamöter är Ines Backman, Tage Frisk "
    "och Elsa Granqvist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_title_for_next_year_makes_new_seats_still_to_come(morph):
    got = _seats(NEXT_YEAR_PAGE, morph)
    assert (key("Agda Lindqvist"), "chair") in got
    assert (key("Roger Holmström"), "vice_chair") in got
    for name in ("Ines Backman", "Tage Frisk", "Elsa Granqvist"):
        assert (key(name), "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_next_year_outside_the_title_leaves_the_seats_held(morph):
    got = _seats(NEXT_YEAR_IN_PROSE, morph)
    for name in ("Ines Backman", "Tage Frisk", "Elsa Granqvist"):
        assert (key(name), "member") in got


MEETING_CHAIR_FOR_THE_EVENING = (
    "Reumaföreningen i Älvby höll årsmöte i Folkets hus.\n"
    "Ordförande Sonja Wikberg hälsade alla välkomna.\n"
    "Med Leif Boström som ordförande för kvällen gick mötet snabbt.\n"
    "Som ny sekreterare valdes Irma Nyström.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_for_the_evening_holds_no_seat(morph):
    got = _seats(MEETING_CHAIR_FOR_THE_EVENING, morph)
    assert not any(p == key("Leif Boström") for p, _r in got)
    assert (key("Sonja Wikberg"), "chair") in got


AFTER_THE_NOMINATING_COMMITTEE = (
    "Afasiföreningen i Strandby höll sitt årsmöte den 3 mars.\n\n"
    "Valberedningen presenterade sina förslag som godkändes. Det innebär att Rune Ek lämnar "
    "styrelsen. Ny sekreterare blir Eila Berg och som ny ordförande valdes Kerstin Ahlgren.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_elected_on_the_nominating_committees_proposal_is_not_its_chair(morph):
    got = {
        (key(f.actor.name), f.role, f.target.name if f.target else "")
        for f in findings(AFTER_THE_NOMINATING_COMMITTEE, "sv", morph)
        if f.kind == "membership" and not f.status
    }
    assert not any(b.casefold().startswith("valbered") for _p, _r, b in got)
    assert (key("Kerstin Ahlgren"), "chair", "Styrelsen") in got


HOME_TOWN_BEFORE_SOM = (
    "Regionförbundet Västerlid\n\n"
    "Förbundets styrelse, som består av kommunalråden från länets kommuner, valdes och "
    "Henrik Almqvist, Vänersnäs, blev omvald som ordförande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_home_town_in_commas_keeps_the_role_after_som(morph):
    got = _seats(HOME_TOWN_BEFORE_SOM, morph)
    assert (key("Henrik Almqvist"), "chair") in got
    assert (key("Henrik Almqvist"), "member") not in got


CHAIR_THEN_VICE_CHAIRS = (
    "Kommunförbundet Sydlid\n\n"
    "Torsdagen samlades Kommunförbundet Sydlids fullmäktige till sitt första möte.\n\n"
    "Anna Ek, Ekby, valdes till ordförande i förbundet och Bo Lind, Åby, till 1:e vice "
    "ordförande.\n\n"
    "Förbundets styrelse valdes och Maria Sundin blev omvald som ordförande. Till förste "
    "vice ordförande valdes Olof Brandt.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_vice_chairs_after_a_named_body_got_its_chair_are_that_bodys(morph):
    got = {
        (key(f.actor.name), f.role, f.target.name if f.target else "")
        for f in findings(CHAIR_THEN_VICE_CHAIRS, "sv", morph)
        if f.kind == "membership" and not f.status
    }
    olof = {(r, b) for p, r, b in got if p == key("Olof Brandt")}
    assert olof == {("vice_chair", "Förbundets styrelse")}


@pytest.mark.parametrize("morph", MORPHS)
def test_only_a_sentence_that_elects_a_chair_gives_its_body_to_the_next(morph):
    from hytegraph.authoring.extract.lexicon import lexicon
    from hytegraph.authoring.extract.morphology import morphology
    from hytegraph.authoring.extract.walker import Walker

    walker = Walker(lexicon("sv"), morphology(morph))
    named = "Valberedningen med Gustav Roos som ordförande hade arbetat länge."
    elects = "Förbundets styrelse valdes och Maria Sundin blev omvald som ordförande."
    assert walker._presidium(named, 0, len(named)) is None
    got = walker._presidium(elects, 0, len(elects))
    assert got is not None and got.name.casefold() == "förbundets styrelse"

"""hytegraph extract on layouts met in the seventieth held-out set: made-up snippets, one per
mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import tagger
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, key, needs_voikko, roles

NAME_PLACE_POST = (
    "Alueen nuorisoneuvosto\n\n"
    "Maakuntahallitus nimesi Karhumaan alueellisen nuorisoneuvoston jäsenet toimikaudelle\n"
    "2024-2027 seuraavasti:\n\n"
    "Rautio Leena\n\nKuopio\n\npuheenjohtaja\n\n"
    "Kivelä Joonas\n\nIisalmi\n\nvarapuheenjohtaja\n\n"
    "Tanskanen Aila\n\nVarkaus\n\n \n\n"
    "Lappalainen Risto\n\nNilsiä\n\n \n\n"
    "Heinonen Marja\n\nSiilinjärvi\n\n \n\n"
    "Savolainen Pekka\n\nsihteeri/suunnittelija\n\n"
    "Huttunen Liisa\n\ntoimistosihteeri\n"
)


def _posts(morph):
    return {(p, r) for p, r, _b in roles(NAME_PLACE_POST, "fi", morph)}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_under_a_name_and_place_belongs_to_that_name(morph):
    got = _posts(morph)
    assert (key("Leena Rautio"), "chair") in got
    assert (key("Joonas Kivelä"), "vice_chair") in got
    for name in ("Aila Tanskanen", "Risto Lappalainen", "Marja Heinonen"):
        assert (key(name), "member") in got
        assert (key(name), "vice_chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_official_after_the_records_holds_only_a_post_the_line_names(morph):
    got = _posts(morph)
    assert (key("Pekka Savolainen"), "secretary") in got
    assert not any(p == key("Liisa Huttunen") for p, _r in got)


POSTS_OVER_NAMES = (
    "Nuorisoneuvoston kokoonpano\n\n"
    "Puheenjohtaja\n\nRautio Leena\n\nKuopio\n\n"
    "Varapuheenjohtaja\n\nKivelä Joonas\n\nIisalmi\n\n"
    "Tanskanen Aila\n\nVarkaus\n\n"
    "Lappalainen Risto\n\nNilsiä\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_printed_over_the_names_are_not_moved_to_the_name_before(morph):
    got = {(p, r) for p, r, _b in roles(POSTS_OVER_NAMES, "fi", morph)}
    assert (key("Leena Rautio"), "vice_chair") not in got
    assert (key("Leena Rautio"), "chair") in got or not got


PERSONAL_DEPUTIES = (
    "Seurakuntaneuvosto\n\n"
    "Jäsenet\n"
    "Rautio Leena (pj.)\n"
    "Kivelä Joonas (varapj.)\n"
    "Tanskanen Aila\n"
    "Heinonen Marja\n\n"
    "Henkilökohtaiset varajäsenet\n"
    "Lappalainen Risto  (Joonas Kivelän)\n"
    "Huttunen Pertti  (Aila Tanskasen)\n"
    "Savolainen Ilona  (Marja Heinosen)\n"
)


@needs_voikko
def test_the_tagger_reads_no_seat_into_the_member_a_deputy_stands_for():
    walker = Walker(lexicon("fi"), morphology())
    walk = walker.walk(PERSONAL_DEPUTIES)
    spans = [(f.actor.start, f.actor.end) for f in walk.findings]
    guarded = {
        c.mention.written: tagger._genitive_in_parentheses_after(
            PERSONAL_DEPUTIES, c.mention, spans
        )
        for c in tagger.FeatureReader(walker.reader).candidates(PERSONAL_DEPUTIES)
    }
    assert guarded.get("Aila Tanskasen") is True
    assert guarded.get("Marja Heinosen") is True
    assert not any(v for w, v in guarded.items() if not w.endswith("n"))
    found = tagger.propose(
        PERSONAL_DEPUTIES, walk.findings, walk.named, walker.reader, tagger.load_model(), margin=0
    )
    assert not any(f.actor.written.endswith(("Tanskasen", "Heinosen", "Kivelän")) for f in found)


MIDDLE_INITIAL = (
    "Seurakuntaneuvoston jäsenet 2024\n\n"
    "Rautio Leena, puheenjohtaja\n\n"
    "Kivelä Joonas\n\n"
    "Lahti Eero K.\n\n"
    "Tanskanen Aila\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_middle_initial_after_a_surname_first_name_stays_in_the_name(morph):
    got = {p for p, r, _b in roles(MIDDLE_INITIAL, "fi", morph) if r == "member"}
    assert key("Eero K. Lahti") in got
    assert key("Eero Lahti") not in got
    assert key("Aila Tanskanen") in got


UNKNOWN_NAME_IN_A_LIST = (
    "Seurakuntaneuvosto\n\n"
    "Jäsenet\n"
    "Rautio Leena (pj.)\n"
    "Hakala Toivo\n"
    "Vornanen SirpaLeena\n"
    "Tiira Raimo\n"
    "Kirvesniemi Aarne\n\n"
    "Ota Yhteyttä\n"
    "Sähköpostiosoitteet ovat muotoa etunimi.sukunimi@seurakunta.fi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_unknown_name_between_name_lines_is_an_entry_not_a_heading(morph):
    got = {p: r for p, r, _b in roles(UNKNOWN_NAME_IN_A_LIST, "fi", morph)}
    assert got.get(key("SirpaLeena Vornanen")) == "member"
    # the list goes on after it
    assert got.get(key("Raimo Tiira")) == "member"
    assert got.get(key("Aarne Kirvesniemi")) == "member"


NO_NAME_AFTER = (
    "Seurakuntaneuvosto\n\n"
    "Jäsenet\n"
    "Rautio Leena (pj.)\n"
    "Hakala Toivo\n"
    "Tiira Raimo\n\n"
    "Kokoukset Kirkolla\n"
    "Neuvosto kokoontuu kerran kuukaudessa.\n"
)


@needs_voikko
def test_two_capitalised_words_with_no_name_line_after_them_are_no_entry():
    # (the rules' own word forms read any two capitalised words in a list as a name)
    got = {p for p, _r, _b in roles(NO_NAME_AFTER, "fi")}
    assert key("Raimo Tiira") in got
    assert key("Kokoukset Kirkolla") not in got


TITLED_FIRST_NAME = (
    "Vapaaehtoistoiminta\n\n"
    "Ystävätoiminnan vastuuryhmät voivat auttaa. Ottakaa yhteyttä:\n\n"
    "Ystävätoimikunta toimikaudelle 2023 \u2013 2026\n\n"
    "läntisen alueen diakoni Helka Suominen\n"
    "Oskari Paananen\n"
    "Tuula Pöllänen\n"
    "Ritva-Liisa Hartikainen\n\n"
    "Toimikunnan säännöt\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_title_before_the_first_name_under_a_term_heading_keeps_the_list(morph):
    got = roles(TITLED_FIRST_NAME, "fi", morph)
    for name in ("Helka Suominen", "Oskari Paananen", "Tuula Pöllänen", "Ritva-Liisa Hartikainen"):
        assert (key(name), "member", "Ystävätoimikunta") in got


TITLE_IN_PROSE = (
    "Ystävätoimikunta toimikaudelle 2023 \u2013 2026\n\n"
    "läntisen alueen diakoni Helka Suominen\n"
    "kokoaa toimikunnan syksyllä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_title_and_a_name_with_no_name_lines_after_them_are_no_list(morph):
    assert not any(p == key("Helka Suominen") for p, _r, _b in roles(TITLE_IN_PROSE, "fi", morph))


ORGANISATION_BETWEEN_NAMES = (
    "Vammaisneuvosto\n\n"
    "Jäsenet\n\n"
    "Rautio Leena\n\n"
    "Kuopion Näkövammaiset\n\n"
    "Hakala Toivo\n\n"
    "Tiira Raimo\n"
)


@needs_voikko
def test_an_organisation_of_a_place_between_name_lines_is_no_entry():
    got = {p for p, _r, _b in roles(ORGANISATION_BETWEEN_NAMES, "fi")}
    assert key("Leena Rautio") in got
    assert not any("Näkövammaiset" in p for p in got)


ORGANISATION_LINES_AFTER_NAMES = (
    "Karhumaan vammaisneuvosto\n\nJärjestöjen edustajat:\n\n"
    "Rautio Leena\n\nKarhumaan Kuulo ry\n\n"
    "Hakala Toivo\n\nKarhumaan Kehitysvammaiset\n\n"
    "Tiira Raimo\n\nNuorisovaltuusto\n"
)


@needs_voikko
def test_an_organisation_line_after_each_name_is_no_entry():
    # (the rules' own word forms read any two capitalised words in a list as a name)
    got = {p for p, _r, _b in roles(ORGANISATION_LINES_AFTER_NAMES, "fi")}
    assert not any("Kehitysvammaiset" in p for p in got)

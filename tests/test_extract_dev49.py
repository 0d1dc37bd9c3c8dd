"""hytegraph extract on layouts met in the seventy-first held-out set: made-up snippets, one
per mechanism, read with either word-form reader, with snippets that must not be read so."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, roles

TWO_HEADED_LISTS = (
    "Besluta och leda\n\n"
    "Kyrkorådet i Norrviks församling\n\n"
    "Ordinarie medlemmar i kyrkorådet perioden 2023-2026\n\n"
    "Gunvor Åkerlund (vice ordförande)\n\n"
    "Holger Fransén\n\n"
    "Ebba Nordqvist\n\n"
    "Ordinarie medlemmar från Norrvik i Västerbygdens gemensamma kyrkofullmäktige 2023-2026\n\n"
    "Sixten Backlund (ordförande)\n\n"
    "Viveka Storsjö\n\n"
    "Tor Rönnholm\n\n"
    "Maja Lindroos\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_heading_naming_a_fullmaktige_after_i_opens_that_bodys_list(morph):
    got = roles(TWO_HEADED_LISTS, "sv", morph)
    body = "Västerbygdens gemensamma kyrkofullmäktige"
    assert (key("Sixten Backlund"), "chair", body) in got
    assert (key("Viveka Storsjö"), "member", body) in got
    assert (key("Maja Lindroos"), "member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_second_list_is_not_the_first_bodys(morph):
    got = roles(TWO_HEADED_LISTS, "sv", morph)
    assert (key("Holger Fransén"), "member", "Kyrkorådet") in got
    assert not any(p == key("Sixten Backlund") and b == "Kyrkorådet" for p, _r, b in got)
    assert not any(p == key("Tor Rönnholm") and b == "Kyrkorådet" for p, _r, b in got)


COMMISSION_TABLE = (
    "Valkommissionen\n\n"
    "Stiftet har tillsatt en valkommission. Alla medlemmar har personliga ersättare.\n\n"
    "Ledamot Suppleant\n"
    "Ingegerd Holmqvist, ordförane Rasmus Lindahl\n"
    "Torbjörn Sandell, vice ordf. Elsa Vikström\n"
    "Gustaf af Klinteberg Hanna Sjölund\n"
    "Birgit Nyholm Oskar Hägglund\n"
    "Linnea Kronqvist Albin Storbacka\n"
)


def _commission(text, morph):
    return {
        (key(f.actor.name), f.role, f.target.name, key(f.deputy_for.name) if f.deputy_for else "")
        for f in findings(text, "sv", morph)
        if f.kind == "membership" and not f.status and f.target is not None
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_deputy_table_reads_a_misspelt_office_and_an_abbreviated_one(morph):
    got = _commission(COMMISSION_TABLE, morph)
    assert (key("Ingegerd Holmqvist"), "chair", "Valkommissionen", "") in got
    assert (key("Torbjörn Sandell"), "vice_chair", "Valkommissionen", "") in got
    assert (
        key("Rasmus Lindahl"),
        "deputy_member",
        "Valkommissionen",
        key("Ingegerd Holmqvist"),
    ) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_deputy_table_keeps_a_surnames_particle(morph):
    got = _commission(COMMISSION_TABLE, morph)
    assert (key("Gustaf af Klinteberg"), "member", "Valkommissionen", "") in got
    assert (
        key("Hanna Sjölund"),
        "deputy_member",
        "Valkommissionen",
        key("Gustaf af Klinteberg"),
    ) in got
    assert (key("Birgit Nyholm"), "member", "Valkommissionen", "") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_word_that_is_no_office_is_not_read_as_one(morph):
    text = COMMISSION_TABLE.replace("ordförane", "ordningsman")
    got = _commission(text, morph)
    assert not any(p == key("Ingegerd Holmqvist") and r == "chair" for p, r, _b, _d in got)


PARTY_TABLE = (
    "Kulturberedningen\n\n"
    "Beredningen ansvarar för kulturfrågor och föreningsstöd. Kommunfullmäktige ger "
    "beredningen dess uppdrag varje år.\n\n"
    "Parti Ordinarie Ersättare\n"
    "Liberalerna Märta Forsgren Ville Åström\n"
    "Miljöpartiet Tove Engström Nils Ahlqvist\n"
    "Socialdemokraterna Arvid Lindqvist Saga Holmberg\n"
    "Föredragande tjänsteman Elin Boström\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_party_first_table_under_the_pages_body_title(morph):
    got = _commission(PARTY_TABLE, morph)
    assert (key("Märta Forsgren"), "member", "Kulturberedningen", "") in got
    assert (key("Ville Åström"), "deputy_member", "Kulturberedningen", "") in got
    assert (key("Arvid Lindqvist"), "member", "Kulturberedningen", "") in got
    assert (key("Saga Holmberg"), "deputy_member", "Kulturberedningen", "") in got
    assert not any(p == key("Elin Boström") and r in ("member", "deputy_member")
                   for p, r, _b, _d in got)  # fmt: skip


@pytest.mark.parametrize("morph", MORPHS)
def test_a_party_first_table_under_no_body_gives_no_seats(morph):
    text = PARTY_TABLE.replace("Kulturberedningen\n", "Politisk organisation\n", 1)
    got = _commission(text, morph)
    assert not any(p == key("Märta Forsgren") for p, _r, _b, _d in got)
    assert not any(p == key("Ville Åström") for p, _r, _b, _d in got)

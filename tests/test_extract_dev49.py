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


ELECTIONS = (
    "Årsmöte den 12 mars\n\n"
    "Årsmötet hölls i Luleå. Årsmötet beviljade styrelsen ansvarsfrihet. Val av ordinarie "
    "styrelseledamöter för en tid av 2 år: Ingrid Forsman avd 3, Leif Nordlund avd 7 och Siv "
    "Lindgren avd 31. Val av ersättare för revisorerna för en tid av 1 år: Gösta Rehn avd 12 och "
    "Dagny Palo avd 9. Val av ersättare för en tid av 1 år: Ove Sjöberg avd 12 och Rut Palmgren "
    "avd 9. Val av valberedning för en tid av 1 år: Halvar Björk avd 3 tillika sammankallande, "
    "Torsten Ek avd 7 och Britt Vallin avd 12. Slutligen avtackades alla.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_elections_run_of_names_with_unit_numbers(morph):
    got = {(p, r) for p, r, b in roles(ELECTIONS, "sv", morph) if b.startswith("Styrelse")}
    assert (key("Ingrid Forsman"), "member") in got
    assert (key("Siv Lindgren"), "member") in got
    assert (key("Ove Sjöberg"), "deputy_member") in got
    assert (key("Rut Palmgren"), "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_auditors_deputies_and_the_nominating_committee_get_no_board_seat(morph):
    got = roles(ELECTIONS, "sv", morph)
    for name in ("Gösta Rehn", "Dagny Palo", "Halvar Björk", "Torsten Ek", "Britt Vallin"):
        assert not any(p == key(name) and b.startswith("Styrelse") for p, _r, b in got)


def _extracted(tmp_path, text):
    from hytegraph.authoring.extract import extract

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return {
        (key(f.actor.name), f.role, f.target.name if f.target else "")
        for f in extract(path).facts
        if f.kind == "membership" and f.actor.kind == "person" and not f.status
    }


MEETING_NEWS = (
    "Föreningen har haft årsmöte\n\n"
    "Årsmötet för Lekebergs hörselförening hölls i Folkets hus den 5 mars där ordföranden "
    "Gunnel Sjöqvist hälsade medlemmarna välkomna. Riksdagsledamoten Henrik Wallgren valdes "
    "till mötesordförande.\n\n"
    "Vid mötet omvaldes Gunnel Sjöqvist som ordförande. Tove Lindahl, Rune Berglöf och Ada "
    "Strömqvist valdes in i styrelsen.\n"
)


def test_the_meetings_chair_named_before_the_office_gets_no_seat(tmp_path):
    got = _extracted(tmp_path, MEETING_NEWS)
    assert (key("Gunnel Sjöqvist"), "chair", "Styrelsen") in got
    assert (key("Tove Lindahl"), "member", "Styrelsen") in got
    assert not any(p == key("Henrik Wallgren") for p, _r, _b in got)


def test_names_under_another_bodys_election_get_no_seat_from_the_tagger(tmp_path):
    got = _extracted(tmp_path, ELECTIONS)
    for name in ("Halvar Björk", "Torsten Ek", "Britt Vallin"):
        assert not any(p == key(name) and b.startswith("Styrelse") for p, _r, b in got)


DASHED_OFFICES = (
    "Årsmöte 2024\n\n"
    "Styrelsen behöver fler medarbetare.\n\n"
    "STYRELSENS NUVARANDE SAMMANSÄTTNING:   Ordförande: Ragnhild Sjöman  \u2013  Kassör: Evert "
    "Nyqvist  \u2013  Ordinarie ledamöter: Solveig Hedlund, Arne Fjällström, Berit Wikander"
    "  \u2013   "
    "Ersättare: Ulla Dahlqvist,  Kurt Engvall      \n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_dashed_line_of_offices_gives_each_name_its_labels_seat(morph):
    got = {(p, r) for p, r, _b in roles(DASHED_OFFICES, "sv", morph)}
    assert (key("Ragnhild Sjöman"), "chair") in got
    assert (key("Evert Nyqvist"), "member") in got
    assert (key("Berit Wikander"), "member") in got
    assert (key("Ulla Dahlqvist"), "deputy_member") in got
    assert (key("Kurt Engvall"), "deputy_member") in got
    assert (key("Kurt Engvall"), "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_dashed_line_with_a_label_that_is_no_seat_is_not_read_so(morph):
    text = DASHED_OFFICES.replace("Kassör: Evert", "Revisor: Evert")
    got = findings(text, "sv", morph)
    assert not any(f.rule == "list-dashed-offices" for f in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_boards_name_ends_at_its_place_before_a_persons_name(morph):
    text = (
        "Medlemsblad 2023\n\n"
        "Styrelsen för Synskadades förening i Västerås Ingvar Lönnqvist, ordförande, Maj Sundin, "
        "kassör, Rolf Ekholm, sekreterare, Lisa Ström\n"
    )
    bodies = {f.target.name for f in findings(text, "sv", morph) if f.target is not None}
    assert "Styrelsen för Synskadades förening i Västerås" in bodies
    assert not any("Lönnqvist" in b for b in bodies)


@pytest.mark.parametrize("morph", MORPHS)
def test_two_first_names_written_as_one_word_in_an_elections_run(morph):
    text = ELECTIONS.replace("och Siv Lindgren avd 31", "och PerOlof Lindgren avd 31")
    got = {(p, r) for p, r, b in roles(text, "sv", morph) if b.startswith("Styrelse")}
    assert (key("PerOlof Lindgren"), "member") in got
    assert (key("Ingrid Forsman"), "member") in got
    assert (key("Ove Sjöberg"), "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_glued_word_that_begins_a_run_is_no_name(morph):
    text = ELECTIONS.replace("Ingrid Forsman avd 3", "EkoTeam Forsman avd 3")
    got = roles(text, "sv", morph)
    assert not any("EkoTeam" in p for p, _r, _b in got)

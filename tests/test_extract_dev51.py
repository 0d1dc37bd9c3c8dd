"""hytegraph extract on layouts met in the seventy-third held-out set: made-up snippets, one
per mechanism, read with either word-form reader, with texts that must not be read so."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, roles

GROUP_BACK = (
    "Nämnden har tillsatt en arbetsgrupp för friluftsplanen.\n\n"
    "Friluftsgruppen ska arbeta till årets slut. I gruppen deltar (med ersättare inom parentes) "
    "kommunalråd Viveka Storsjö (M) (kommunalråd Holger Fransén (S)), Sixten Backlund (C) "
    "(Ida Granroth), Ebba Nordqvist (L) samt Tor Rönnholm (KD) (Maja Lindroos).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_group_word_refers_back_to_the_group_named_before(morph):
    got = roles(GROUP_BACK, "sv", morph)
    assert (key("Sixten Backlund"), "member", "Friluftsgruppen") in got
    assert (key("Ebba Nordqvist"), "member", "Friluftsgruppen") in got
    assert not any(body == "Gruppen" for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_titled_name_in_parentheses_is_a_deputy_where_the_text_says_so(morph):
    got = roles(GROUP_BACK, "sv", morph)
    assert (key("Viveka Storsjö"), "member", "Friluftsgruppen") in got
    assert (key("Holger Fransén"), "deputy_member", "Friluftsgruppen") in got
    assert (key("Maja Lindroos"), "deputy_member", "Friluftsgruppen") in got
    found = findings(GROUP_BACK, "sv", morph)
    deputy = next(f for f in found if f.actor.name == "Holger Fransén")
    assert deputy.deputy_for is not None and deputy.deputy_for.name == "Viveka Storsjö"


NO_ANTECEDENT = (
    "Kommunen har bildat en ny grupp.\n\n"
    "I gruppen deltar Viveka Storsjö, Sixten Backlund och Ebba Nordqvist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_group_word_takes_no_other_kind_of_body(morph):
    # no group named before: no other body is taken for it
    got = roles(NO_ANTECEDENT, "sv", morph)
    assert not any(body not in ("Gruppen", "") for _p, _r, body in got)


TITLED_POST = (
    "Styrelsen för Västby Seglare.\n\n"
    "I styrelsen ingår (ersättare inom parentes) Viveka Storsjö (ordförande Holger Fransén), "
    "Sixten Backlund (Ida Granroth).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_in_the_parenthesis_is_no_deputy(morph):
    got = roles(TITLED_POST, "sv", morph)
    assert (key("Holger Fransén"), "deputy_member", "Styrelsen") not in got


BOARD_AFTER_COLON = (
    "Årsmötet hölls i mars.\n\n"
    "Viveka Storsjö och Holger Fransén hade avböjt omval och efter nyval av Sixten Backlund har "
    "styrelsen följande sammansättning: Ordf. Ebba Nordqvist, ledamöter: Tor Rönnholm, Maja "
    "Lindroos och Sixten Backlund, ersättare: Ida Granroth och Gunnel Åkerlund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_names_after_the_compositions_colon_are_the_board(morph):
    got = {(p, r, b.casefold()) for p, r, b in roles(BOARD_AFTER_COLON, "sv", morph)}
    assert (key("Ebba Nordqvist"), "chair", "styrelsen") in got
    assert (key("Maja Lindroos"), "member", "styrelsen") in got
    assert (key("Sixten Backlund"), "member", "styrelsen") in got
    assert (key("Gunnel Åkerlund"), "deputy_member", "styrelsen") in got
    # those who declined re-election, named before the colon, hold no seat
    assert not any(p in (key("Viveka Storsjö"), key("Holger Fransén")) for p, _r, _b in got)


LIST_AFTER_COPULA = (
    "Föreningens årsmöte.\n\n"
    "Övriga i styrelsen är: Viveka Storsjö, ordförande, omval ett år, Sixten Backlund och "
    "Ebba Nordqvist, omval två år.\n\n"
    "Kvar i styrelsen till 2030 är: Tor Rönnholm och Maja Lindroos.\n\n"
    "Styrelse för 2029 blev: Ida Granroth, Västby, Gunnel Åkerlund, Norrvik, Holger Fransén, "
    "Kustby, Ingrid Sandvi"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_listed_after_is_or_became_and_a_colon(morph):
    got = roles(LIST_AFTER_COPULA, "sv", morph)
    assert (key("Viveka Storsjö"), "chair", "Styrelsen") in got
    assert (key("Sixten Backlund"), "member", "Styrelsen") in got
    assert (key("Maja Lindroos"), "member", "Styrelsen") in got
    assert (key("Gunnel Åkerlund"), "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_cut_at_the_texts_end_is_not_read(morph):
    got = roles(LIST_AFTER_COPULA, "sv", morph)
    assert not any("Sandvi" in p for p, _r, _b in got)


AUDITORS_AFTER_COPULA = (
    "Föreningens årsmöte.\n\nNyvalda revisorer på ett år är: Viveka Storsjö och Sixten Backlund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_auditors_listed_after_a_colon_hold_no_seat(morph):
    assert roles(AUDITORS_AFTER_COPULA, "sv", morph) == set()


OFFICES_AFTER_NAMES = (
    "Föreningens årsmöte.\n\n"
    "Styrelsen för år 2029 består av Viveka Storsjö ordförande, Sixten Backlund vice "
    "ordförande, Ebba Nordqvist kassör, Tor Rönnholm sekreterare, ledamöterna Maja Lindroos "
    "och Ida Granroth.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_written_after_a_listed_name_is_that_persons(morph):
    got = {(p, r, b.casefold()) for p, r, b in roles(OFFICES_AFTER_NAMES, "sv", morph)}
    assert (key("Sixten Backlund"), "vice_chair", "styrelsen") in got
    assert (key("Tor Rönnholm"), "secretary", "styrelsen") in got
    assert (key("Ebba Nordqvist"), "member", "styrelsen") in got


STILL_ON_THE_BOARD = (
    "Föreningens årsmöte.\n\n"
    "Till ordförande för den femhövdade styrelsen valdes Viveka Storsjö för ett år samt två "
    "ledamöter på två år som var Sixten Backlund och Ebba Nordqvist. Tor Rönnholm och Maja "
    "Lindroos har ett år kvar i styrelsen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_office_before_the_election_verb_and_those_left_on_the_board(morph):
    got = {(p, r, b.casefold()) for p, r, b in roles(STILL_ON_THE_BOARD, "sv", morph)}
    assert (key("Viveka Storsjö"), "chair", "styrelsen") in got
    assert (key("Sixten Backlund"), "member", "styrelsen") in got
    assert (key("Tor Rönnholm"), "member", "styrelsen") in got
    assert (key("Maja Lindroos"), "member", "styrelsen") in got


LEFT_THE_BOARD = (
    "Föreningens årsmöte.\n\nTor Rönnholm och Maja Lindroos lämnade styrelsen efter tio år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_those_who_left_the_board_hold_no_seat(morph):
    assert roles(LEFT_THE_BOARD, "sv", morph) == set()


PRONOUN_BODY = (
    "Nämnden tillsatte friluftskommission\n\n"
    "Den kommission som ska se över friluftslivet är nu tillsatt.\n\n"
    "I den ingår: kommunalråd Viveka Storsjö (ordförande), rektor Sixten Backlund (vice "
    "ordförande), byråchef Ebba Nordqvist, planerare Tor Rönnholm (sekreterare) och lektor "
    "Maja Lindroos.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_in_it_are_the_members_of_the_body_named_before(morph):
    got = {(p, r, b.casefold()) for p, r, b in roles(PRONOUN_BODY, "sv", morph)}
    assert (key("Viveka Storsjö"), "chair", "friluftskommission") in got
    assert (key("Sixten Backlund"), "vice_chair", "friluftskommission") in got
    assert (key("Ebba Nordqvist"), "member", "friluftskommission") in got
    assert (key("Tor Rönnholm"), "secretary", "friluftskommission") in got
    assert (key("Maja Lindroos"), "member", "friluftskommission") in got


PRONOUN_NO_BODY = (
    "Välkommen till vårens träffar.\n\nI den ingår: Viveka Storsjö och Sixten Backlund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_in_it_with_no_body_named_reads_no_seat(morph):
    assert roles(PRONOUN_NO_BODY, "sv", morph) == set()


TREASURER_LINE = (
    "Den nya styrelsen består av\n"
    "ordf Viveka Storsjö\n"
    "Sekreterare Sixten Backlund\n"
    "Kassör Ebba Lind Nordqvist\n"
    "Ledamot Tor Rönnholm\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_treasurers_word_is_no_part_of_the_name(morph):
    got = {p for p, _r, _b in roles(TREASURER_LINE, "sv", morph)}
    assert key("Ebba Lind Nordqvist") in got
    assert not any("Kassör" in p for p in got)


def test_those_thanked_on_leaving_get_no_guessed_seat():
    from hytegraph.authoring.extract.lexicon import lexicon
    from hytegraph.authoring.extract.tagger import no_seat_said

    lex = lexicon("sv")
    thanked = "Styrelsen tackades. Tor Rönnholm och Maja Lindroos kommer att avtackas med present."
    at = thanked.index("Maja Lindroos")
    assert no_seat_said(lex, thanked, at, at + len("Maja Lindroos"))
    sitting = "Styrelsen tackades. Tor Rönnholm och Maja Lindroos sitter kvar i styrelsen."
    at = sitting.index("Maja Lindroos")
    assert not no_seat_said(lex, sitting, at, at + len("Maja Lindroos"))


OFFICE_ENDS_SENTENCE = (
    "Nämnden tillsatte styrelsen för två år. Viveka Storsjö efterträder Holger Fransén som "
    "ordförande. Sixten Backlund är vice ordförande med Ebba Nordqvist som ersättare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_written_out_still_ends_its_sentence(morph):
    # only an abbreviation ("Ordf.") runs on into the next sentence
    got = {(p, r) for p, r, _b in roles(OFFICE_ENDS_SENTENCE, "sv", morph)}
    assert (key("Sixten Backlund"), "deputy_member") not in got


BOARD_ELECTION = (
    "Den 12 mars hölls föreningens årsmöte.\n"
    "Till årsmötesordförande valdes Gunnel Åkerlund, årsmötessekreterare blev Ingrid Sandvik.\n"
    "Styrelsen beviljades ansvarsfrihet.\n"
    "Som ordförande omvaldes Viveka Storsjö för ett år, till kassör omvaldes Holger Fransén, "
    "som ledamöter omvaldes Sixten Backlund, sekreterare, samt Ebba Nordqvist, studieansvarig.\n"
    "Till ersättare på ett år valdes Tor Rönnholm (omval) samt Maja Lindroos (nyval). Till "
    "revisorer valdes Ida Granroth och Bo Kvist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_election_naming_no_body_after_the_boards_discharge(morph):
    got = {(p, r, b.casefold()) for p, r, b in roles(BOARD_ELECTION, "sv", morph)}
    assert (key("Viveka Storsjö"), "chair", "styrelsen") in got
    assert (key("Holger Fransén"), "member", "styrelsen") in got
    assert (key("Sixten Backlund"), "secretary", "styrelsen") in got
    assert (key("Ebba Nordqvist"), "member", "styrelsen") in got
    assert (key("Tor Rönnholm"), "deputy_member", "styrelsen") in got
    assert (key("Maja Lindroos"), "deputy_member", "styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_meetings_officers_and_auditors_are_no_board_members(morph):
    got = {p for p, _r, _b in roles(BOARD_ELECTION, "sv", morph)}
    for name in ("Gunnel Åkerlund", "Ingrid Sandvik", "Ida Granroth", "Bo Kvist"):
        assert key(name) not in got


OWNERS_BOARD = (
    "Förbundets stämma hölls i maj.\n\n"
    "Nya ledamöter valdes in i VBKs styrelse \u2013 Viveka Storsjö, Norrvik ; Sixten Backlund, "
    "Kustby. Som suppleanter valdes Tor Rönnholm, Västby ; Maja Lindroos, Norrvik och Ida "
    "Granroth, Kustby.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_owners_board_named_before_is_not_guessed_for_a_bare_election(morph):
    got = roles(OWNERS_BOARD, "sv", morph)
    assert not any(b.casefold() == "styrelse" and r == "deputy_member" for _p, r, b in got)


DEPUTIES_IN_ANOTHER_CLAUSE = (
    "Valtuusto valitsi kunnanhallitukseen jäseniksi ja varajäseniksi seuraavat henkilöt "
    "(varajäsenet suluissa): puheenjohtaja Viveka Storsjö (kesk) (Holger Fransén), jäsenet "
    "Sixten Backlund (ps) (Ida Granroth) Ebba Nordqvist (kesk) (Tor Rönnholm).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputies_word_in_an_earlier_clause_makes_no_member_a_deputy(morph):
    got = {(p, r) for p, r, _b in roles(DEPUTIES_IN_ANOTHER_CLAUSE, "fi", morph)}
    assert (key("Ebba Nordqvist"), "deputy_member") not in got
    assert (key("Sixten Backlund"), "deputy_member") not in got


OTHER_BOARD_BEFORE = (
    "Föreningens årsmöte.\n\n"
    "Vi hade besök av Regionstyrelsens ordförande Gunnel Åkerlund (S).\n\n"
    "Därefter följde ett antal val, Viveka Storsjö omvaldes till ordförande och fyra "
    "ledamöter valdes, Sixten Backlund, Ebba Nordqvist, Tor Rönnholm och Maja Lindroos.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_election_is_not_put_on_another_board_named_before(morph):
    got = roles(OTHER_BOARD_BEFORE, "sv", morph)
    assert not any(
        b.casefold().startswith("regionstyrelse") and p != key("Gunnel Åkerlund")
        for p, _r, b in got
    )

"""hytegraph extract on layouts met in the forty-fourth and forty-fifth held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, key, needs_voikko, roles

PARTY_BEFORE_NAMES = (
    "Ledamöter och ersättare i kommunfullmäktige 2022-2026\n\n"
    "Ordförande: Nils Brandt (M)\n\n"
    "Ledamöter\n\n"
    "(M) Nils Brandt\n"
    "(M) Agneta Wiklund\n"
    "(S) Rolf Sandberg\n"
    "(KD) Lisa Östman\n\n"
    "Ersättare\n\n"
    "(M) Jonas Hedlund\n"
    "(S) Karin Blomqvist\n"
    "(V) Göran Lundin\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_party_printed_before_each_name_of_a_list(morph):
    got = {(p, r) for p, r, _b in roles(PARTY_BEFORE_NAMES, lang="sv", morph=morph)}
    for name in ("Agneta Wiklund", "Rolf Sandberg", "Lisa Östman"):
        assert (key(name), "member") in got
    for name in ("Jonas Hedlund", "Karin Blomqvist", "Göran Lundin"):
        assert (key(name), "deputy_member") in got
        assert (key(name), "member") not in got
    assert (key("Nils Brandt"), "chair") in got


JOINT_BOARD = (
    "Direktionen\n\n"
    "Förbundet leds av en direktion med sex ledamöter och sex ersättare.\n\n"
    "Ordinarie\n\n"
    "Lars Öberg (M), Tranås, ordförande 2025-2026\n"
    "Eva Nyström (S), Ydre\n"
    "Jonas Falk, (C), Tranås\n\n"
    "Ersättare\n\n"
    "Pia Sundqvist (S), Ydre\n"
    "Olle Bergman (KD), Tranås\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_joint_authoritys_direktion_is_a_body(morph):
    got = roles(JOINT_BOARD, lang="sv", morph=morph)
    assert (key("Lars Öberg"), "chair", "Direktionen") in got
    assert (key("Eva Nyström"), "member", "Direktionen") in got
    assert (key("Jonas Falk"), "member", "Direktionen") in got
    assert (key("Pia Sundqvist"), "deputy_member", "Direktionen") in got
    assert (key("Olle Bergman"), "deputy_member", "Direktionen") in got


TITLES_BEFORE_NAMES = (
    "Liiton hallitus 2024\n\n"
    " • Kauppatieteiden maisteri, kansanedustaja Ritva Harjunpää, puheenjohtaja\n"
    " • Professori Kalevi Rintala\n"
    " • Opetusneuvos, FM Leena Vartio\n"
    " • Maatalousneuvos Olavi Kettunen\n"
    " • Osastonjohtaja (TAYS) Pirjo Saarimaa\n"
    " • Kunnanvaltuuston puheenjohtaja, ylilääkäri Heikki Rautio\n"
    " • Yläkoulun historian lehtori Merja Kanerva\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_titles_with_commas_and_abbreviations_before_a_listed_name(morph):
    got = roles(TITLES_BEFORE_NAMES, morph=morph)
    pairs = {(p, r) for p, r, _b in got}
    assert (key("Ritva Harjunpää"), "chair") in pairs
    for name in (
        "Kalevi Rintala",
        "Leena Vartio",
        "Olavi Kettunen",
        "Pirjo Saarimaa",
        "Heikki Rautio",
        "Merja Kanerva",
    ):
        assert (key(name), "member", "Liiton hallitus") in got
    # the title is no part of the name, and a chair elsewhere is no chair here
    people = {p for p, _r, _b in got}
    assert not any("neuvos" in p.casefold() for p in people)
    assert (key("Heikki Rautio"), "chair") not in pairs


def test_a_seat_compound_before_a_swedish_name_is_a_title():
    text = (
        "Förbundsstyrelsen 2024\n\n"
        " • ordförande Kaj Sjöberg, Vasa\n"
        " • Lena Mattsson, Åbo Minnesförening rf\n"
        " • Brukarmedlem Stig Wikström, Borgå Minnesförening rf\n"
    )
    got = roles(text, lang="sv")
    assert (key("Stig Wikström"), "member", "Förbundsstyrelsen") in got
    assert not any("brukarmedlem" in p.casefold() for p, _r, _b in got)


COMPANY_BEFORE_JOB = (
    "Uusi liitto perustettiin\n\n"
    "Liiton hallituksen puheenjohtajaksi on valittu Kari Lounasmaa. Varapuheenjohtajiksi on "
    "valittu Pohjolan Terveyshovi Oy:n toimitusjohtaja Sari Kuusisto ja Esperi Care Oy:n "
    "talous- ja henkilöstöjohtaja Juho Lehtimäki.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_company_before_a_job_is_no_person(morph):
    got = roles(COMPANY_BEFORE_JOB, morph=morph)
    people = {p for p, _r, _b in got}
    assert key("Pohjolan Terveyshovi") not in people
    assert key("Esperi Care") not in people
    assert (key("Sari Kuusisto"), "vice_chair", "Liiton hallitus") in got
    # the second name after its employer and its job, the job's first half said apart
    assert (key("Juho Lehtimäki"), "vice_chair", "Liiton hallitus") in got


BARE_UNION = (
    "Vuosikertomus\n\n"
    "Tältä sivulta löydät Kuulovammaisten liiton vuosikertomuksen. Kuulovammaisten liitto "
    "edistää kuulovammaisten arkea.\n\n"
    "Syysvaltuusto kokoontui marraskuussa. Liiton puheenjohtajaksi valittiin Mervi Kallio. "
    "Liittomme jäseniä ovat alueyhdistykset.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_union_is_the_pages_one_union(morph):
    got = roles(BARE_UNION, morph=morph)
    assert (key("Mervi Kallio"), "chair", "Kuulovammaisten liitto") in got
    assert not any(b.casefold().endswith("valtuusto") for _p, _r, b in got)


def test_a_bare_union_among_two_unions_names_no_body():
    from hytegraph.authoring.extract.sentences import _one_association

    assert _one_association("Kuulovammaisten liitto ja Kuurojen liitto.", "liitto") is None
    assert _one_association("Tietoa Kuulovammaisten liitosta.", "liitto") == (
        "Kuulovammaisten liitto"
    )
    assert _one_association("Reumaliiton jäsenet.", "liitto") == "Reumaliitto"
    assert _one_association("Uusi liitto aloittaa.", "liitto") is None


@pytest.mark.parametrize("morph", MORPHS)
def test_an_acronyms_registered_association_before_a_chair(morph):
    text = (
        "Perustamiskokous\n\n"
        "Uusi järjestö aloittaa vuoden alussa. KAVA:n ry:n puheenjohtajaksi valittiin Tuomas "
        "Lehtinen.\n"
    )
    assert (key("Tuomas Lehtinen"), "chair", "KAVA") in roles(text, morph=morph)


ROLE_THEN_JOB = (
    "Förbundsfullmäktige 2024\n\n"
    "Fullmäktige sammanträder två gånger per år.\n\n"
    " • ordförande docent Britta Holmqvist, Vasa\n"
    " • vice ordförande riksdagsledamot Tom Åkerlund, Borgå\n\n"
    "Mera information:\n\n"
    "Sanna Lindroos\n"
    "tel. 040 123 4567\n"
)


def test_a_role_then_a_job_before_a_listed_name():
    got = roles(ROLE_THEN_JOB, lang="sv")
    assert (key("Britta Holmqvist"), "chair", "Förbundsfullmäktige") in got
    assert (key("Tom Åkerlund"), "vice_chair", "Förbundsfullmäktige") in got
    # the contact under "Mera information" holds no seat
    assert key("Sanna Lindroos") not in {p for p, _r, _b in got}


SEAT_AFTER_EACH_NAME = (
    "Ny styrelse\n\n"
    "Även en ny styrelse valdes för 2025-2026:\n"
    "Österbotten: Hans Wikman ordinarie, Siv Backlund suppleant.\n"
    "Nyland: Ove Lindholm ordinarie, Tua Granberg suppleant.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_each_name_of_an_entry_with_its_seat_word(morph):
    got = {(p, r) for p, r, _b in roles(SEAT_AFTER_EACH_NAME, lang="sv", morph=morph)}
    assert (key("Hans Wikman"), "member") in got
    assert (key("Ove Lindholm"), "member") in got
    assert (key("Siv Backlund"), "deputy_member") in got
    assert (key("Tua Granberg"), "deputy_member") in got
    assert (key("Siv Backlund"), "member") not in got


def test_a_deputy_and_her_association_in_parentheses_make_no_representative():
    text = (
        "Förbundsstyrelsen 2024\n\n"
        " • Leo Sandvik, Åbo Minnesförening rf (Märta Berglund Vasa Minnesförening rf)\n"
        " • Ulla Karlsson, Borgå Minnesförening rf (Kim Forsman, Esbo Minnesförening rf)\n"
    )
    got = {(p, r) for p, r, _b in roles(text, lang="sv")}
    assert (key("Leo Sandvik"), "member") in got
    assert (key("Leo Sandvik"), "representative") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_members_who_continue_in_a_body_for_a_term(morph):
    text = (
        "Höstmötet i Vasa\n\n"
        "Höstmötet godkände verksamhetsplanen. I centralstyrelsen för år 2026 fortsätter Elin "
        "Holmberg (Vasa Marthadistrikt), Stina Aspelund (Borgå Marthadistrikt) och Ingrid Wester "
        "(Åbolands Marthadistrikt).\n"
    )
    got = roles(text, lang="sv", morph=morph)
    for name in ("Elin Holmberg", "Stina Aspelund", "Ingrid Wester"):
        assert (key(name), "member", "Centralstyrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_union_chair_holding_the_post(morph):
    text = (
        "Liittokokous\n\n"
        "Munuaisliiton liittokokous pidettiin Tampereella. Liiton puheenjohtajana jatkaa "
        "kauppaneuvos Heikki Salonen.\n"
    )
    assert (key("Heikki Salonen"), "chair", "Munuaisliitto") in roles(text, morph=morph)


ELECTED_LINES = (
    "Uusia luottamushenkilöitä\n\n"
    "Liitolle valittiin uusi hallitus syyskokouksessa. Valtuuston puheenjohtajana toimii "
    "professori Aino Ahola.\n\n"
    "Hallitukseen valittiin viisi jäsentä, jotka ovat:\n"
    "säätiön johtaja Markku Lampi, Testilän säätiö - Testilä stiftelsen,Helsinki,\n"
    "kansanedustaja Sirpa Kivi, Helsinki,\n"
    "toiminnanjohtaja Outi Salo, Testilän Palvelukoti ry,\n"
    "puheenjohtaja/ ordförande Eva Lund, Testilän Naisyhdistys rf sekä\n"
    "toiminnanjohtaja Erkki Mäki, Testilän Vanhainkotisäätiö.\n\n"
    "Valtuusto hyväksyi toimintasuunnitelman.\n"
)


@needs_voikko
def test_each_line_after_an_elected_into_lead_in_is_a_member():
    # (the rules' word forms do not read "Hallitukseen" as the board: no list then)
    got = roles(ELECTED_LINES)
    for name in ("Markku Lampi", "Sirpa Kivi", "Outi Salo", "Eva Lund", "Erkki Mäki"):
        assert (key(name), "member", "Hallitus") in got
    people = {p for p, _r, _b in got}
    assert not any("Testilän" in p for p in people)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_in_to_a_body_not_read_gives_the_lines_no_other_body(morph):
    got = roles(ELECTED_LINES, morph=morph)
    assert not any(b.casefold().endswith("valtuusto") and r == "member" for _p, r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_foundation_in_a_finnish_text_is_no_person(morph):
    text = (
        "Valtuusto\n\n"
        "Valtuuston varapuheenjohtajiksi valittiin toimitusjohtaja Leif Åström, Stiftelsen "
        "Solhemmet i Helsingfors sekä rehtori Maija Rantala.\n"
    )
    people = {p for p, _r, _b in roles(text, morph=morph)}
    assert not any("Stiftelsen" in p for p in people)
    assert key("Leif Åström") in people


CAPTION_ROWS = (
    "Liiton hallitus\n\n"
    "Valtuusto valitsee liiton hallituksen. Kuvassa vasemmalta ylhäältä hallituksen jäsenet. "
    "Kettunen Aila, Rinne Olavi Kainuun omaiset ry, Mäkelä Sirkka. Alarivi. Haapala Timo, "
    "Puheenjohtaja Lindqvist Marja, Vuori Esa. Edessä. Salminen Kaija.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_caption_names_its_rows_in_the_sentences_after_its_lead(morph):
    got = roles(CAPTION_ROWS, morph=morph)
    pairs = {(p, r) for p, r, _b in got}
    for name in ("Aila Kettunen", "Olavi Rinne", "Sirkka Mäkelä", "Timo Haapala", "Esa Vuori",
                 "Kaija Salminen"):  # fmt: skip
        assert (key(name), "member") in pairs
    assert (key("Marja Lindqvist"), "chair") in pairs
    # the role word before a name is that name's, not the one's before it
    assert (key("Timo Haapala"), "chair") not in pairs


@pytest.mark.parametrize("morph", MORPHS)
def test_an_auditors_deputy_named_with_her_own_word_holds_no_seat(morph):
    text = (
        "Syyskokous\n\n"
        "Puheenjohtajaksi valittiin Ville Aaltonen ja hallituksen jäseniksi Pia Mäkelä ja Ari "
        "Saari. Toiminnantarkastajana jatkaa Leena Koski ja hänen varahenkilönään Olli Heino.\n"
    )
    people = {p for p, _r, _b in roles(text, morph=morph)}
    assert key("Olli Heino") not in people
    assert key("Pia Mäkelä") in people


def test_a_bodys_spring_session_is_no_body():
    text = (
        "Vuosikertomus\n\n"
        "Kevätvaltuusto järjestettiin vasta syyskuussa. Valtuuston puheenjohtajaksi valittiin "
        "Oskari Lehto ja varapuheenjohtajaksi Anne Vainio.\n"
    )
    got = roles(text)
    assert (key("Oskari Lehto"), "chair", "Valtuusto") in got
    assert not any(b.casefold().startswith("kevät") for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_votes_on_a_person_make_no_place_of_her_name(morph):
    text = (
        "Nyheter\n\n"
        "Valet stod mellan Maria Lindholm och Erik Sandvik. Nämnden har därmed följande "
        "utseende: ordförande Maria Lindholm (S). Ledamöter Olof Berg (S), Karin Ek (M) och "
        "Erik Sandvik (C).\n\n"
        "Omröstningen gav 9 röster på Maria Lindholm och 4 röster på Erik Sandvik.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, lang="sv", morph=morph)}
    assert (key("Maria Lindholm"), "chair") in got
    assert (key("Olof Berg"), "member") in got
    assert (key("Erik Sandvik"), "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_from_a_place_to_a_new_post(morph):
    text = (
        "Nyheter\n\n"
        "Under förbundets höstmöte valdes Agneta Strömberg från Närpes till ny "
        "styrelseordförande för år 2026.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, lang="sv", morph=morph)}
    assert (key("Agneta Strömberg"), "chair") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_vice_chair_in_an_elided_clause_is_the_associations_too(morph):
    text = (
        "Perustamiskokous\n\n"
        "Liittovaltuusto kokoontuu keväällä. Reumaliiton puheenjohtajaksi valittiin Heikki "
        "Rantanen ja varapuheenjohtajaksi Kirsi Laakso.\n"
    )
    got = roles(text, morph=morph)
    assert (key("Heikki Rantanen"), "chair", "Reumaliitto") in got
    assert (key("Kirsi Laakso"), "vice_chair", "Reumaliitto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_members_who_continue_in_a_finnish_body_for_a_year(morph):
    text = (
        "Liittokokous\n\n"
        "Liittokokous pidettiin Kuopiossa. Liittohallituksessa jatkavat vielä vuoden 2026 ajan "
        "Iida Koskinen, Tuomas Virtanen ja Elina Saarinen.\n"
    )
    got = roles(text, morph=morph)
    for name in ("Iida Koskinen", "Tuomas Virtanen", "Elina Saarinen"):
        assert (key(name), "member", "Liittohallitus") in got

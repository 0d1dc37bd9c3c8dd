"""hytegraph extract on layouts met in the thirty-eighth and thirty-ninth held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, roles

NAMES_THEN_PLACED_POSTS = (
    "PÖYTÄKIRJA 4/2025 1 Yhtymähallitus AIKA Maanantai 3.3.2025 klo 14:00\n"
    "PÖYTÄKIRJA 4/2025 2 PÄÄTÖKSENTEKIJÄT Lahtela Aarne Virkkunen Helka Pohjola Ensio "
    "Marttila Oona K. Saarnio Veikko puheenjohtaja, Lahti varapuheenjohtaja, Hollola jäsen, "
    "Orimattila jäsen, Lahti varajäsen, Asikkala MUUT OSALLISTUJAT Kaarto Inkeri Ruohola Timo "
    "Kallas Pirjo Nurmi Esa varajäsen, Hämeenkoski asiantuntijajäsen, Heinola "
    "asiantuntijajäsen, Padasjoki toimitusjohtaja, esittelijä\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_then_their_posts_with_places_are_paired_by_order(morph):
    # minutes' columns flattened one after the other: five names, then five "post, Place";
    # an expert member is a member, the managing director (last, his post cut) no seat
    got = roles(NAMES_THEN_PLACED_POSTS, morph=morph)
    assert got == {
        (key("Aarne Lahtela"), "chair", "Yhtymähallitus"),
        (key("Helka Virkkunen"), "vice_chair", "Yhtymähallitus"),
        (key("Ensio Pohjola"), "member", "Yhtymähallitus"),
        (key("Oona K. Marttila"), "member", "Yhtymähallitus"),
        (key("Veikko Saarnio"), "deputy_member", "Yhtymähallitus"),
        (key("Inkeri Kaarto"), "deputy_member", "Yhtymähallitus"),
        (key("Timo Ruohola"), "member", "Yhtymähallitus"),
        (key("Pirjo Kallas"), "member", "Yhtymähallitus"),
    }


def test_names_then_placed_posts_need_the_minutes_body():
    text = NAMES_THEN_PLACED_POSTS.replace(" Yhtymähallitus ", " Kokous ")
    assert not any(f.rule == "minutes-placed-posts" for f in findings(text))


OTHERS_AS_BEFORE = (
    "Kylälän kunnanhallituksen puheenjohtajaksi on nousemassa Aune Hiltunen ja "
    "varapuheenjohtajaksi Pentti Koivisto.\n\n"
    "Muut hallituksen jäsenet ovat Saara Lindqvist ja Olavi Rautio.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_others_share_the_standing_of_the_set_the_sentence_before_began(morph):
    # "Muut hallituksen jäsenet ovat …" after seats still to come: still to come as well
    assert roles(OTHERS_AS_BEFORE, morph=morph) == set()
    plain = OTHERS_AS_BEFORE.replace("on nousemassa", "valittiin")
    assert (key("Saara Lindqvist"), "member") in {(p, r) for p, r, _b in roles(plain, morph=morph)}


PRESENT_ABSENT = (
    "Nytt från rådet\n\n"
    "Alla som vill är välkomna till mötena i pensionärsrådet.\n\n"
    "4 april\n\n"
    "Närvarande                                    Ej närvarande\n\n"
    "Gunnel Åkesson                                Torbjörn Lilja\n\n"
    "Per-Olof Wahlström                            Inez Bergkvist\n\n"
    "Dragan Stojanovic\u00b4\n\n"
    "Agneta Ferm\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_present_and_absent_table_flattened_to_two_cells_a_line(morph):
    # present and absent alike hold seats in the one body the page names; a detached acute
    # is the letter's
    got = roles(PRESENT_ABSENT, lang="sv", morph=morph)
    assert got == {
        (key(n), "member", "Pensionärsrådet")
        for n in (
            "Gunnel Åkesson",
            "Torbjörn Lilja",
            "Per-Olof Wahlström",
            "Inez Bergkvist",
            "Dragan Stojanović",
            "Agneta Ferm",
        )
    }


def test_a_present_and_absent_table_under_a_page_of_two_bodies_gives_nothing():
    text = PRESENT_ABSENT.replace("Nytt från rådet", "Nytt från kommunstyrelsen")
    assert not any(f.rule == "attendance-columns" for f in findings(text, "sv"))


BODY_CAPTION = (
    "Vuosikokous 2025\n\n"
    "Uusi toimikunta vas. Kalle Nyman Lapin piiri, Elsa Korpi Kainuu, Raimo Aalto pj, "
    "Sinikka Harju Pohjanmaa ja Teuvo Lind Savo.\n\n"
    "Kokous hyväksyi toimintasuunnitelman.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_caption_led_by_the_body_it_shows(morph):
    # "Body vas. Name District, Name pj, …": the district is no part of the name, the role
    # after a name is that name's only
    got = roles(BODY_CAPTION, morph=morph)
    assert got == {
        (key("Kalle Nyman"), "member", "Toimikunta"),
        (key("Elsa Korpi"), "member", "Toimikunta"),
        (key("Raimo Aalto"), "chair", "Toimikunta"),
        (key("Sinikka Harju"), "member", "Toimikunta"),
        (key("Teuvo Lind"), "member", "Toimikunta"),
    }


COUNTED = (
    "Hedeby kommun\n\n"
    "Kommunfullmäktige\n\n"
    "En valberedning bestående av 3 ledamöter och 2 ersättare valdes också av "
    "kommunfullmäktige.\n\n"
    "Till ordinarie ledamöter valdes:\n"
    "Sigrid Alm (s), ordförande\n"
    "Helge Björk (m)\n"
    "Tyra Ekström (c)\n\n"
    "Till ersättare valdes:\n"
    "Oskar Vall (s)\n"
    "Elin Dahlberg (v)\n\n"
    "Valberedningen sammanträder i december.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_lists_as_long_as_a_body_is_counted_are_that_bodys(morph):
    got = roles(COUNTED, lang="sv", morph=morph)
    assert {
        (key("Sigrid Alm"), "chair", "Valberedning"),
        (key("Helge Björk"), "member", "Valberedning"),
        (key("Tyra Ekström"), "member", "Valberedning"),
        (key("Oskar Vall"), "deputy_member", "Valberedning"),
        (key("Elin Dahlberg"), "deputy_member", "Valberedning"),
    } == got


def test_lists_not_as_long_as_counted_are_not_read_as_the_counted_body():
    text = COUNTED.replace("Elin Dahlberg (v)\n", "Elin Dahlberg (v)\nNoa Strand (mp)\n")
    got = roles(text, lang="sv")
    assert (key("Oskar Vall"), "deputy_member", "Valberedning") not in got


TERM_NOT_BEGUN = (
    "Pressmeddelande   •   Okt 12, 2030\n\n"
    "På kommunfullmäktiges sammanträde i går valdes ett presidium för mandatperioden 2031-2034.\n"
    "Till kommunfullmäktiges ordförande valdes Hanna Lund och till vice ordförande Emil Strand.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_seats_for_a_term_after_the_pages_date_are_still_to_come(morph):
    assert roles(TERM_NOT_BEGUN, lang="sv", morph=morph) == set()
    begun = TERM_NOT_BEGUN.replace("2031-2034", "2030-2034")
    assert (key("Emil Strand"), "vice_chair") in {
        (p, r) for p, r, _b in roles(begun, lang="sv", morph=morph)
    }


PARTY_ITEMS = (
    "ÖSTERBY KOMMUN. SAMMANTRÄDESPROTOKOLL Äldrerådet\n\n"
    "1 Äldrerådet Plats och tid Rådhuset 3 mars 2031 Beslutande Greta Holm (KD), SN, "
    "ordförande Sven Ekberg (S), KS Alva Rydén (L), TN Nils Granqvist (S), SN Övriga "
    "deltagande Moa Fält, sekreterare\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_after_an_items_comma_is_that_items_in_a_flattened_run(morph):
    # "Name (PARTY), ABBR, ordförande Name (PARTY), ABBR …": the post is the first one's,
    # not the next name's
    got = roles(PARTY_ITEMS, lang="sv", morph=morph)
    assert {
        (key("Greta Holm"), "chair", "Äldrerådet"),
        (key("Sven Ekberg"), "member", "Äldrerådet"),
        (key("Alva Rydén"), "member", "Äldrerådet"),
        (key("Nils Granqvist"), "member", "Äldrerådet"),
    } <= got
    assert (key("Sven Ekberg"), "chair", "Äldrerådet") not in got


ORG_NAME_PHONE = (
    "Tillgänglighetsrådet\n\n"
    "Tillgänglighetsrådet består av representanter för föreningarna.\n\n"
    "Följande föreningar är representerade:\n\n"
    "SPF Eketorp Marit Öhman, 046-233 41\n\n"
    "PRO Södra Sandby Harald B Svedin, 046-118 20\n"
    "e-post: harald@example.se\n\n"
    "Reumatikerna Ylva Stenqvist 046-700 12\n\n"
    "HRF Sydväst Kent Åberg, 070- 511 22 33\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_association_then_name_lines_take_the_two_words_before_the_phone(morph):
    # "Association Name, phone": the association's words are no part of the name
    got = roles(ORG_NAME_PHONE, lang="sv", morph=morph)
    assert {(p, r) for p, r, _b in got} >= {
        (key("Marit Öhman"), "member"),
        (key("Harald B Svedin"), "member"),
        (key("Ylva Stenqvist"), "member"),
        (key("Kent Åberg"), "member"),
    }
    assert not any(w in p for p, _r, _b in got for w in ("SPF", "Eketorp", "Sandby", "Sydväst"))


NAME_ORG_LINES = (
    "Samverkansrådet\n\n"
    "Styrelsen\n\n"
    "Ordförande Gösta Lindblad NHR\n"
    "Ord. Ledamöter Maj Broström RSMH\n"
    "Oskar Fält DHR/HRF\n"
    "Karin Sjöholm Astma\n"
    "Viveka Hed FUB\n"
    "Ersättare Torsten Nyqvist SRF\n"
    "Linnea Wall NHR\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_name_lines_ending_in_an_organisation_with_posts_before_some(morph):
    got = roles(NAME_ORG_LINES, lang="sv", morph=morph)
    assert {(p, r) for p, r, _b in got} == {
        (key("Gösta Lindblad"), "chair"),
        (key("Maj Broström"), "member"),
        (key("Oskar Fält"), "member"),
        (key("Karin Sjöholm"), "member"),
        (key("Viveka Hed"), "member"),
        (key("Torsten Nyqvist"), "deputy_member"),
        (key("Linnea Wall"), "deputy_member"),
    }


MEMBER_DEPUTY_COLUMNS = (
    "Yhdistyksen toimintaa ohjaa hallitus.\n\n"
    "Hallitus 2031\n\n"
    "puheenjohtaja Elina Pasanen\n\n"
    "varsinainen jäsen                                   varajäsen\n\n"
    "Juho Kettunen, Uurainen                             Maire Laitila, Kivijärvi\n\n"
    "Aila Rinne, Multia, Petäjävesi                      Tapio Nurmi, Luhanka\n\n"
    "Seppo Harju, Hankasalmi                             Lea Kinnunen, Konnevesi, Äänekoski\n\n"
    "Ritva Ollila, Kuhmoinen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_members_and_deputies_table_flattened_to_two_cells_a_line(morph):
    got = findings(MEMBER_DEPUTY_COLUMNS, morph=morph)
    seats = {
        (f.actor.name, f.role, f.target.name if f.target else "")
        for f in got
        if f.kind == "membership" and not f.status
    }
    assert {
        ("Juho Kettunen", "member", "Hallitus"),
        ("Maire Laitila", "deputy_member", "Hallitus"),
        ("Aila Rinne", "member", "Hallitus"),
        ("Tapio Nurmi", "deputy_member", "Hallitus"),
        ("Lea Kinnunen", "deputy_member", "Hallitus"),
        ("Ritva Ollila", "member", "Hallitus"),
    } <= seats
    deputy = next(f for f in got if f.actor.name == "Tapio Nurmi")
    assert deputy.deputy_for is not None and deputy.deputy_for.name == "Aila Rinne"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_in_the_plural_is_each_named_persons(morph):
    text = (
        "Regionfullmäktige\n\n"
        "Regionfullmäktiges ordförande är Hugo Malm (M) och de två vice ordförandena heter "
        "Saga Ljung (S) och Elof Brink (C).\n"
    )
    got = roles(text, lang="sv", morph=morph)
    assert {
        (key("Hugo Malm"), "chair", "Regionfullmäktige"),
        (key("Saga Ljung"), "vice_chair", "Regionfullmäktige"),
        (key("Elof Brink"), "vice_chair", "Regionfullmäktige"),
    } <= got


POST_BODY_CARDS = (
    "Fullmäktiges presidium\n\n"
    "Ordförande, Kommunfullmäktige samt ledamot kommunstyrelsen\n\n"
    "Ingrid Falk (C)\n\n"
    "2:e vice ordförande, byggnadsnämnden\n\n"
    "Anton Sjödin (V.NU)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_cards_posts_each_with_its_body_are_the_holders(morph):
    got = roles(POST_BODY_CARDS, lang="sv", morph=morph)
    assert {
        (key("Ingrid Falk"), "chair", "Kommunfullmäktige"),
        (key("Ingrid Falk"), "member", "Kommunstyrelsen"),
        (key("Anton Sjödin"), "vice_chair", "Byggnadsnämnden"),
    } <= got


@pytest.mark.parametrize("morph", MORPHS)
def test_words_of_time_between_serves_and_the_body(morph):
    # "X toimii tällä hetkellä Y:n puheenjohtajana": the words say when, not where
    text = (
        "Nuoret vaikuttajat\n\n"
        "Lukiolainen Venla Mäkinen toimii tällä hetkellä Kylälän nuorisovaltuuston "
        "puheenjohtajana. Hän haki mukaan kaksi vuotta sitten.\n"
    )
    got = roles(text, morph=morph)
    assert (key("Venla Mäkinen"), "chair", "Kylälän nuorisovaltuusto") in got


ADJUSTERS = (
    "Nr 2 Kommunala pensionärsrådet 2031-04-02 1(5) Tid och plats Onsdagen den 2 april 2031, "
    "klockan 13.00 15.00 Rådhuset Beslutande Ledamöter Signe H Holmlund, ordförande Evert "
    "Dahl, vice ordförande Maja Lind, ledamot Ove Berg, ledamot Övriga närvarande Tjänstemän "
    "Per Ekman, handläggare Övriga Bo Ek (S), ordf. kommunstyrelsen Arne Lund (C), "
    "Södra hälso- och sjukvårdsnämnden Utses att justera Justerare Ersättare Ove Berg "
    "Justeringens plats och tid Rådhuset den 9 april 2031 Underskrifter Sekreterare... Maja "
    "Lind Ordförande... Signe Holmlund Justerande... Ove Berg ANSLAG/BEVIS Protokollet är "
    "justerat.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_adjusters_deputy_is_no_seat_and_a_signature_without_the_initial_is_one_person(
    morph,
):
    got = findings(ADJUSTERS, "sv", morph)
    seats = {(f.actor.name, f.role) for f in got if f.kind == "membership" and not f.status}
    assert not any(r == "deputy_member" for _n, r in seats)
    assert ("Signe H Holmlund", "chair") in seats
    assert ("Signe Holmlund", "chair") not in seats

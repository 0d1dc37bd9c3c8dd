"""hytegraph extract on layouts met in the forty-second and forty-third held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, key, needs_voikko, roles

ROLES_AFTER_NAMES = (
    "Verksamhetsberättelse 2019\n\n"
    "Styrelse\n\n"
    "Styrelsen har bestått av: Sixten Holm, ordförande, Agneta Sund, viceordförande, "
    "Rolf Åberg, sekreterare och Lisen Dahl, kassör. Övriga ledamöter har varit Pia Berg "
    "och Leo Strand.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_each_role_after_a_comma_belongs_to_the_name_before_it(morph):
    got = {(p, r) for p, r, _b in roles(ROLES_AFTER_NAMES, lang="sv", morph=morph)}
    assert (key("Sixten Holm"), "chair") in got
    assert (key("Agneta Sund"), "vice_chair") in got
    assert (key("Rolf Åberg"), "secretary") in got
    # the role of one name is never shifted onto the next
    assert (key("Agneta Sund"), "chair") not in got
    assert (key("Rolf Åberg"), "vice_chair") not in got


HONORARY = (
    "Liittokokous Porissa\n\n"
    "Liittohallituksen puheenjohtajaksi valittiin Aino Kettunen.\n\n"
    "Liiton kunniajäseniksi kokous kutsui entisen puheenjohtajan Veli Hakala sekä pitkäaikaisen "
    "varapuheenjohtajan Sirpa Lahtinen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_honorary_members_hold_no_seat(morph):
    people = {p for p, _r, _b in roles(HONORARY, morph=morph)}
    assert key("Veli Hakala") not in people
    assert key("Sirpa Lahtinen") not in people


def test_swedish_honorary_members_hold_no_seat():
    text = (
        "Årsmötet\n\n"
        "Till hedersmedlemmar kallades förbundets förre ordförande Tore Lind och "
        "viceordföranden Gun Ahl.\n"
    )
    people = {p for p, _r, _b in roles(text, lang="sv")}
    assert key("Tore Lind") not in people
    assert key("Gun Ahl") not in people


PHOTO_OF_TWO_YEARS = (
    "Liiton hallitus 2025\n\n"
    "Hallituksen puheenjohtajana jatkaa Pekka Harju. Hallituksen jäseninä toimivat vuonna 2025 "
    "Laura Nieminen (varajäsen Timo Salo), Kalle Vainio (varajäsen Outi Kivelä) ja "
    "Reija Lehto (varajäsen Mikko Aalto).\n\n"
    "Vuosien 2024 ja 2025 hallituksen jäseniä kuvassa syyskuussa 2024. Takarivi vasemmalta "
    "oikealle: Mikko Aalto, Sami Pelto, Laura Nieminen, Eeva Rinne. Eturivi vasemmalta "
    "oikealle: Pekka Harju, Kalle Vainio ja Outi Kivelä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_photo_of_two_years_boards_gives_no_seat(morph):
    got = roles(PHOTO_OF_TWO_YEARS, morph=morph)
    people = {p for p, _r, _b in got}
    # only in the caption: last year's members
    assert key("Sami Pelto") not in people
    assert key("Eeva Rinne") not in people
    # the page's own list keeps its seats, deputies as deputies
    pairs = {(p, r) for p, r, _b in got}
    assert (key("Mikko Aalto"), "deputy_member") in pairs
    assert (key("Outi Kivelä"), "deputy_member") in pairs
    assert (key("Mikko Aalto"), "member") not in pairs
    assert (key("Laura Nieminen"), "member") in pairs


def test_a_caption_under_a_term_of_office_still_names_the_members():
    from hytegraph.authoring.extract.lists import photo_of_several_terms

    text = "Hallitus 2024-2025. Kuvassa vasemmalta: Sami Pelto, Eeva Rinne ja Pekka Harju.\n"
    assert not photo_of_several_terms(text, text.index("Eeva"))
    text = "Hallitukset 2024 ja 2025. Kuvassa vasemmalta: Sami Pelto, Eeva Rinne ja Pekka Harju.\n"
    assert photo_of_several_terms(text, text.index("Eeva"))


ASSOCIATION_CHAIR = (
    "Uutiset\n\n"
    "Liittokokous pidettiin Kuopiossa. Kokouksessa valittiin myös liiton valtuusto.\n\n"
    "Astmaliiton puheenjohtajaksi valittiin toimitusjohtaja Reijo Kallio. "
    "Astmaliiton ensimmäiseksi varapuheenjohtajaksi valittiin opettaja Minna Aro.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_associations_chair_is_the_associations_not_the_last_bodys(morph):
    got = roles(ASSOCIATION_CHAIR, morph=morph)
    assert (key("Reijo Kallio"), "chair", "Astmaliitto") in got
    assert (key("Minna Aro"), "vice_chair", "Astmaliitto") in got
    assert not any(b.casefold().endswith("valtuusto") for _p, _r, b in got)


JOBS_BEFORE_NAMES = (
    "Valtioneuvosto asetti uuden terveysneuvoston\n\n"
    "Terveysneuvoston puheenjohtajaksi nimettiin ylilääkäri Ritva Salmi (varajäsen: professori "
    "Kimmo Laine). Jäsenet ovat sairaanhoitaja Olli Rautio (varajäsen opettaja Maija Leino), "
    "kansanterveystieteen dosentti Sari Koivu (varajäsen yrittäjä Pentti Aalto), "
    "kansanedustaja Heikki Mattila (varajäsen kansanedustaja Anna Niemi) ja rehtori Eino "
    "Kallas (varajäsen johtaja Liisa Ranta).\n"
)


@needs_voikko
def test_each_name_of_a_list_after_its_job_is_a_member():
    # (the rules' word forms do not know every job: voikko's nouns tell them)
    members = {p for p, r, _b in roles(JOBS_BEFORE_NAMES) if r == "member"}
    assert {key("Olli Rautio"), key("Sari Koivu"), key("Heikki Mattila")} <= members


def test_a_job_after_a_single_role_begins_no_list():
    text = (
        "Vaalitulos\n\n"
        "- Tulos oli hyvä, toteavat aluehallituksen puheenjohtaja Kalle Ruotsi (kesk.) ja "
        "aluejohtaja Maija Vuori.\n"
    )
    assert (key("Maija Vuori"), "chair") not in {(p, r) for p, r, _b in roles(text)}


def test_an_auditors_deputies_hold_no_seat():
    text = (
        "Styrelsen\n\n"
        "Styrelsen har bestått av: Nils Ek, ordförande, Ada Berg, viceordförande, Mats Ahl, "
        "sekreterare och Eva Lund, kassör. Kim Sjö har fungerat som verksamhetsgranskare med "
        "Pia Holm och Leif Ros som ersättare.\n"
    )
    people = {p for p, _r, _b in roles(text, lang="sv")}
    assert key("Pia Holm") not in people
    assert key("Leif Ros") not in people
    assert key("Kim Sjö") not in people
    assert key("Nils Ek") in people


def test_the_tagger_guesses_no_seat_for_one_the_page_says_left():
    from hytegraph.authoring.extract.tagger import left_elsewhere

    text = (
        "Bo Ek, Ulla Sten och Kaj Holm har varit styrelsemedlemmar. Kaj Holm avgick från "
        "styrelsen hösten 2019."
    )
    assert left_elsewhere(text, text.index("Kaj Holm"), text.index("Kaj Holm") + 8)
    assert not left_elsewhere(text, text.index("Ulla Sten"), text.index("Ulla Sten") + 9)

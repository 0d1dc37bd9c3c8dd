"""hytegraph extract on a board's composition in running prose and on a body whose term begins
after the page's date: made-up snippets, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, roles

REELECTED_SV = (
    "Ny styrelse för seniorerna\n\n"
    "Västra Bygdens seniorer fick delvis ny styrelse när föreningen hade vårmöte i fredags.\n"
    "Ordförande Sten Lövgren omvaldes. Detsamma gäller för styrelseledamöterna Karin Holm, "
    "Lennart Ek, Britt Sjöberg och Ove Lundin.\n"
    "Föreningen har i dag cirka 200 medlemmar.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_names_after_a_plural_seat_noun_joined_to_the_body(morph):
    got = {(p, r) for p, r, _b in roles(REELECTED_SV, lang="sv", morph=morph)}
    for name in ("Karin Holm", "Lennart Ek", "Britt Sjöberg", "Ove Lundin"):
        assert (key(name), "member") in got, name
    assert (key("Sten Lövgren"), "chair") in got
    bodies = {b.casefold().rstrip("n") for _p, _r, b in roles(REELECTED_SV, "sv", morph)}
    assert bodies == {"styrelse"}


DEPUTIES_SV = (
    "Östra Bygdens pensionärer fick ny styrelse vid årsmötet.\n"
    "Ledamöterna Hanna Wall, Johan Strid och Maja Rask omvaldes. Suppleanterna Ebba Grön och "
    "Nils Falk valdes för ett år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_with_no_body_in_the_sentence_is_of_the_pages_one_body(morph):
    got = {(p, r) for p, r, _b in roles(DEPUTIES_SV, lang="sv", morph=morph)}
    for name in ("Hanna Wall", "Johan Strid", "Maja Rask"):
        assert (key(name), "member") in got, name
    for name in ("Ebba Grön", "Nils Falk"):
        assert (key(name), "deputy_member") in got, name
        assert (key(name), "member") not in got, name


def test_a_run_with_two_bodies_on_the_page_gives_no_body():
    text = DEPUTIES_SV.replace("fick ny styrelse", "fick ny styrelse och ny valberedning")
    assert roles(text, lang="sv") == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_finnish_runs_of_names_with_job_titles(morph):
    text = (
        "Lähiseudun Eläkeläiset ry piti syyskokouksensa.\n"
        "Hallituksen muut jäsenet ovat toimitusjohtaja Raili Korpela, rehtori Seppo Hakala ja "
        "Anneli Vuori. Kokouksessa valittiin hallituksen varajäseniksi Tuomas Rinne ja "
        "Ella Saari.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, lang="fi", morph=morph)}
    for name in ("Raili Korpela", "Seppo Hakala", "Anneli Vuori"):
        assert (key(name), "member") in got, name
    for name in ("Tuomas Rinne", "Ella Saari"):
        assert (key(name), "deputy_member") in got, name
    assert not any("toimitusjohtaja" in p or "rehtori" in p for p, _r in got)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Styrelsen sammanträdde.\nMotion från Åsa Berg och Olle Nyman avslogs.\n", "sv"),
        ("Styrelsen tackade ledamöterna. Till nya ledamöter föreslås Åsa Berg och Olle Nyman.\n",
         "sv"),
        ("Hallitus kokoontui.\nPuheenjohtaja kiitti Aino Virtaa ja Pekka Salmea.\n", "fi"),
        ("Hallitus kokoontui.\nHallituksen jäseniksi ehdokkaina ovat Aino Virta ja Pekka Salmi.\n",
         "fi"),
    ],
)  # fmt: skip
def test_runs_of_names_that_are_no_members(text, lang):
    assert not [f for f in findings(text, lang) if f.kind == "membership" and not f.status]


NEXT_TERM_FI = (
    " date 2024-11-20 Valtuutetut ovat valinneet hallituksen puheenjohtajaksi diplomi-insinööri "
    "Marja Lehto ja varapuheenjohtajaksi hallintojohtaja Risto Palo.\n\n"
    "Nykyinen hallituksen puheenjohtaja Kari Aalto jatkaa hallituksen jäsenenä.\n\n"
    "Hallituksen muut jäsenet ovat johtaja Laura Kivi, ylijohtaja Jari Mattila ja "
    "Sari Niemi.\n\n"
    "Seuraavan hallituksen toimikausi on 1.1.2025\u201331.12.2027.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_seats_of_a_body_whose_term_begins_after_the_pages_date_are_to_come(morph):
    got = {(p, r) for p, r, _b in roles(NEXT_TERM_FI, lang="fi", morph=morph)}
    for name in ("Marja Lehto", "Risto Palo", "Laura Kivi", "Jari Mattila", "Sari Niemi"):
        assert not any(p == key(name) for p, _r in got), name
    assert (key("Kari Aalto"), "chair") in got  # "nykyinen": held now
    planned = {
        key(f.actor.name)
        for f in findings(NEXT_TERM_FI, "fi", morph)
        if f.kind == "membership" and f.status == "planned"
    }
    assert key("Laura Kivi") in planned


@pytest.mark.parametrize("morph", MORPHS)
def test_a_term_that_began_before_the_pages_date_leaves_the_seats_held(morph):
    text = NEXT_TERM_FI.replace("2024-11-20", "2025-02-03")
    got = {(p, r) for p, r, _b in roles(text, lang="fi", morph=morph)}
    assert (key("Laura Kivi"), "member") in got
    assert (key("Marja Lehto"), "chair") in got


def test_with_no_date_on_the_page_the_term_is_not_weighed():
    text = NEXT_TERM_FI.replace(" date 2024-11-20 ", "")
    got = {(p, r) for p, r, _b in roles(text, lang="fi")}
    assert (key("Laura Kivi"), "member") in got


def test_swedish_seats_of_a_term_that_begins_later():
    text = (
        "2026-11-05\n\nFullmäktige valde styrelse för föreningen.\n"
        "Styrelsens ledamöter är Anna Bäck, Olof Sund och Eva Tall.\n\n"
        "Styrelsens mandatperiod är 1.1.2027\u201331.12.2028.\n"
    )
    assert not roles(text, lang="sv")
    assert {key(f.actor.name) for f in findings(text, "sv") if f.status == "planned"} >= {
        key("Anna Bäck"),
        key("Eva Tall"),
    }


CAPTION_SV = (
    "Kongress i Lund\n\n"
    "Ny förbundsstyrelse, från vänster: Per Alm, Tove Ekdahl, Jonas Brink och Saga Nord.\n"
    "Kongressen beslutade om nya stadgar.\n"
    "\u2013 Det var ett bra möte, säger Tove Ekdahl, omvald förbundsordförande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_caption_names_a_body_then_its_people_from_the_left(morph):
    got = roles(CAPTION_SV, lang="sv", morph=morph)
    for name in ("Per Alm", "Jonas Brink", "Saga Nord"):
        assert (key(name), "member", "Förbundsstyrelse") in got, name
    assert (key("Tove Ekdahl"), "chair", "Förbundsstyrelse") in got
    assert (key("Tove Ekdahl"), "member", "Förbundsstyrelse") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_caption_from_the_left_in_finnish(morph):
    text = (
        "Syyskokous pidettiin Oulussa.\n"
        "Uusi hallitus vasemmalta: Aila Kettunen, Matti Honkanen ja Pirjo Rautio.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, lang="fi", morph=morph)}
    for name in ("Aila Kettunen", "Matti Honkanen", "Pirjo Rautio"):
        assert (key(name), "member") in got, name


@pytest.mark.parametrize("morph", MORPHS)
def test_a_federations_chair_reelected_is_the_chair_of_the_pages_board(morph):
    text = (
        "Ny förbundsstyrelse vald\n\n"
        "Förbundsordförande Lars Ödman blev omvald.\n\n"
        "Ledamöter\nEva Ros, Malmö (omval)\nKjell Sten, Umeå (nyval)\nMia Lund, Kalix (nyval)\n"
    )
    got = {(p, r) for p, r, _b in roles(text, lang="sv", morph=morph)}
    assert (key("Lars Ödman"), "chair") in got
    assert (key("Eva Ros"), "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_members_thanked_on_leaving_hold_no_seat(morph):
    text = (
        "Ny förbundsstyrelse\n\n"
        "Tidigare förbundsordförande Gun Ekvall samt förbundsstyrelseledamöterna Nils Borg, "
        "Maja Holm och Rune Strand tackades av.\n"
    )
    assert not roles(text, lang="sv", morph=morph)
    text = (
        "Ny förbundsstyrelse\n\n"
        "Förbundsstyrelseledamöterna Nils Borg, Maja Holm och Rune Strand avtackades.\n"
    )
    assert not roles(text, lang="sv", morph=morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_stating_a_later_term_keep_those_present_seated(morph):
    # the minutes of a meeting: those present sit in the council on the meeting's day; the
    # term the minutes speak of (another council's, or the next one) changes nothing
    text = (
        "Vanhusneuvoston pöytäkirja 4/2024\n"
        "12.6.2024\n\n"
        "Läsnä:\n\n"
        "Puheenjohtaja\nAino Kettunen\n\n"
        "Jäsenet\nMatti Honkanen\nPirjo Rautio\n\n"
        "5. Hyvinvointialueen vanhusneuvoston jäsenten nimeäminen\n\n"
        "Vanhusneuvoston toimikausi on 1.9.2024\u201331.5.2025.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, lang="fi", morph=morph)}
    assert (key("Aino Kettunen"), "chair") in got
    assert (key("Matti Honkanen"), "member") in got
    # the same page without the attendance label is a notice of seats still to come
    notice = text.replace("Läsnä:\n\n", "")
    assert (key("Matti Honkanen"), "member") not in {
        (p, r) for p, r, _b in roles(notice, lang="fi", morph=morph)
    }

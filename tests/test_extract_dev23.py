"""hytegraph extract on layouts met in the thirty-second and thirty-third held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, roles


def people(text: str, lang: str = "fi", morph: str | None = None) -> set[str]:
    """Everyone given a seat held at the time of the source."""
    return {person for person, _role, _body in roles(text, lang, morph)}


PARTY_TABLE = (
    "Rantalan kunnanvaltuusto\n\n"
    "Rantalan kunnanvaltuusto on kunnan ylin päättävä elin, jossa on 27 valtuutettua.\n\n"
    "Valtuutetut 2025–2029\n\n"  # noqa: RUF001
    "Valtuutettu Puolue\n"
    "Oskari Melander SDP\n"
    "Tuomas Lehtola Keskusta\n"
    "Annikki Sarvas Kansallinen Kokoomus\n"
    "Veikko Rinne Perussuomalaiset\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_councillor_and_party_table_gives_the_names_without_the_party(morph):
    # "Name Party" rows under "Valtuutettu Puolue": the party (one word, two, or letters) is
    # its own cell, never part of the name
    got = roles(PARTY_TABLE, morph=morph)
    assert {
        (key("Oskari Melander"), "member", "Rantalan kunnanvaltuusto"),
        (key("Tuomas Lehtola"), "member", "Rantalan kunnanvaltuusto"),
        (key("Annikki Sarvas"), "member", "Rantalan kunnanvaltuusto"),
        (key("Veikko Rinne"), "member", "Rantalan kunnanvaltuusto"),
    } <= got
    assert not any("Keskusta" in p or "Kokoomus" in p for p in people(PARTY_TABLE, morph=morph))


ALTERNATING = (
    "Kommunfullmäktige\n\n"
    "Kommunfullmäktige i Björkvik består av 31 ledamöter.\n\n"
    "Ledamöter 2023-2026\n\n"
    "Ordinarie\n\n"
    "Ersättare\n\n"
    "Karin Ålund (S), ordförande\n\n"
    "Per Viberg (S)\n\n"
    "Leif Storm (M), 1:e vice ordförande\n\n"
    "Siv Haraldsson (M)\n\n"
    "Olof Backman (C)\n\n"
    "Maja Lindqvist (C)\n\n"
    "Tove Granström (V)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_and_deputy_table_flattened_row_by_row_alternates_the_columns(morph):
    # "Ordinarie" and "Ersättare" one under the other, then one name a line: the cells
    # alternate, member then deputy; a member's post stays hers
    got = roles(ALTERNATING, "sv", morph)
    assert {
        (key("Karin Ålund"), "chair", "Kommunfullmäktige"),
        (key("Per Viberg"), "deputy_member", "Kommunfullmäktige"),
        (key("Siv Haraldsson"), "deputy_member", "Kommunfullmäktige"),
        (key("Olof Backman"), "member", "Kommunfullmäktige"),
        (key("Maja Lindqvist"), "deputy_member", "Kommunfullmäktige"),
        (key("Tove Granström"), "member", "Kommunfullmäktige"),
    } <= got
    assert (key("Per Viberg"), "member", "Kommunfullmäktige") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_typed_with_two_capitals_is_still_a_name(morph):
    text = ALTERNATING.replace("Olof Backman", "Olof BAckman")
    got = roles(text, "sv", morph)
    assert (key("Olof BAckman"), "member", "Kommunfullmäktige") in got
    assert (key("Maja Lindqvist"), "deputy_member", "Kommunfullmäktige") in got


VILLAGES = (
    "Kylätoimikunta\n\n"
    "Kylätoimikunnan kokoonpano:\n\n"
    "Kylä/yhdistys, jota edustaa Edustaja Varaedustaja\n"
    "Mäkelä Aino Ranta Pekka Salo\n"
    "Ylikylä Tuomo Harju Riitta Vuori, Olli Nurmi\n"
    "Kunnanhallituksen edustaja Leena Oksa\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_header_led_by_a_described_column_then_member_and_deputy(morph):
    # "Kylä/yhdistys, jota edustaa Edustaja Varaedustaja": the first column described in
    # words of its own; rows "Village Name Name", two deputies after a comma in the last cell
    got = roles(VILLAGES, morph=morph)
    assert {
        (key("Aino Ranta"), "member", "Kylätoimikunta"),
        (key("Pekka Salo"), "deputy_member", "Kylätoimikunta"),
        (key("Tuomo Harju"), "member", "Kylätoimikunta"),
        (key("Riitta Vuori"), "deputy_member", "Kylätoimikunta"),
        (key("Olli Nurmi"), "deputy_member", "Kylätoimikunta"),
        (key("Leena Oksa"), "member", "Kylätoimikunta"),
    } <= got
    assert (key("Riitta Vuori"), "member", "Kylätoimikunta") not in got


BOARD = (
    "Kaupunginhallitus 2025 – 2029\n\n"  # noqa: RUF001
    "  • Puheenjohtaja Kallio Sari\n"
    "  NimiRyhmäVarajäsen\n"
    "  Kallio SariKESKLampi Jouni\n"
    "  Honkanen Eero 2025- 2027SDP (*Aalto Ritva\n"
    "  Pekkala Tiina 2027-2029SDP (*Aalto Ritva\n"
    "  Vesala OskariKOKRinne Maarit\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_glued_table_with_the_party_between_the_names_and_seats_for_part_of_the_term(morph):
    # "Surname FirstnamePARTYSurname Firstname": the party's cell between the member and the
    # deputy; a seat for a term that ended before the one the page gives is no seat held
    got = roles(BOARD, morph=morph)
    assert {
        (key("Jouni Lampi"), "deputy_member", "Kaupunginhallitus"),
        (key("Tiina Pekkala"), "member", "Kaupunginhallitus"),
        (key("Ritva Aalto"), "deputy_member", "Kaupunginhallitus"),
        (key("Oskari Vesala"), "member", "Kaupunginhallitus"),
        (key("Maarit Rinne"), "deputy_member", "Kaupunginhallitus"),
    } <= got
    assert key("Eero Honkanen") not in people(BOARD, morph=morph)
    ended = [
        f
        for f in findings(BOARD, morph=morph)
        if f.kind == "membership" and key(f.actor.name) == key("Eero Honkanen")
    ]
    assert ended and all(f.status == "ended" for f in ended)


CAPTION = (
    "Nuorisoneuvosto\n\n"
    "Nuorisoneuvoston puheenjohtajana toimii Jere Vainikka.\n\n"
    "Kuvassa vasemmalta: Sanni Heino, Ilkka Mattila, pj. Jere Vainikka\n"
    "Emma Koskela, Valtteri Hyvönen ja Nea Karvonen. Kuvasta puuttuu Aaro Lind.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_photo_caption_wrapped_over_lines_with_an_abbreviated_role(morph):
    # the caption's names run over a line's end with no comma, "pj." before one of them
    got = roles(CAPTION, morph=morph)
    assert {
        (key("Sanni Heino"), "member", "Nuorisoneuvosto"),
        (key("Ilkka Mattila"), "member", "Nuorisoneuvosto"),
        (key("Emma Koskela"), "member", "Nuorisoneuvosto"),
        (key("Nea Karvonen"), "member", "Nuorisoneuvosto"),
        (key("Jere Vainikka"), "chair", "Nuorisoneuvosto"),
    } <= got
    assert (key("Jere Vainikka Emma Koskela"), "member", "Nuorisoneuvosto") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_caption_under_a_page_of_two_bodies_gives_no_seat(morph):
    # the people of the photo are of which body is not guessed
    text = CAPTION.replace(
        "Kuvassa", "Kunnanhallituksen puheenjohtajana toimii Eila Puro.\n\nKuvassa"
    )
    got = roles(text, morph=morph)
    assert (key("Eila Puro"), "chair", "Kunnanhallitus") in got
    assert key("Emma Koskela") not in {p for p, _r, _b in got}


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    ("lang", "text", "dead", "alive"),
    [
        (
            "sv",
            "Kommunfullmäktige\n\nKommunfullmäktiges ordförande Göran Lindblom (M) har avlidit. "
            "1:e vice ordförande Eva Sundqvist (L) leder tills vidare arbetet.\n",
            "Göran Lindblom",
            "Eva Sundqvist",
        ),
        (
            "fi",
            "Kunnanvaltuusto\n\nKunnanvaltuuston puheenjohtaja Heikki Rantanen on kuollut. "
            "Valtuuston varapuheenjohtaja Marja Oksanen johtaa kokouksia.\n",
            "Heikki Rantanen",
            "Marja Oksanen",
        ),
    ],
)
def test_a_person_said_to_have_died_holds_no_seat(morph, lang, text, dead, alive):
    got = people(text, lang, morph)
    assert key(dead) not in got
    assert key(alive) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_after_the_names_in_a_list_under_the_body_s_bare_word(morph):
    # "Nämnden … består av A, ordförande, B, viceordförande, C och D.": each post is the
    # name's before it; "Nämnden" is the body of that kind named before, not one named after
    text = (
        "Ny fritidsnämnd\n\n"
        "Kommunen får en egen ungdoms- och fritidsnämnd, beslöt fullmäktige i går.\n"
        "Nämnden, som utsetts för perioden 2026-2027, består av Sara Holm, ordförande, "
        "Nils Berg, viceordförande, Lars Ek, Moa Lund och Jonas Fors. Tidigare sköttes "
        "frågorna av kulturnämnden.\n"
    )
    got = roles(text, "sv", morph)
    body = "Ungdoms- och fritidsnämnd"
    assert {
        (key("Sara Holm"), "chair", body),
        (key("Nils Berg"), "vice_chair", body),
        (key("Lars Ek"), "member", body),
        (key("Jonas Fors"), "member", body),
    } <= got
    assert (key("Nils Berg"), "chair", body) not in got
    assert not any(b.casefold().startswith("kultur") for _p, _r, b in got)


DEPUTIES_BY_ORGANISATION = (
    "Kylälän vanhusneuvosto 2025 - 2029\n\n"
    "Jäsenet\n\n"
    "Raili Aaltonen\n"
    "Kylälän Eläkeläiset ry\n\n"
    "Matti Koski\n"
    "Kylälän kaupunginhallitus\n\n"
    "Henkilökohtaiset varajäsenet\n\n"
    "  • Kylälän Eläkeläiset ry, Eino Rautio\n"
    "  • Kylälän kaupunginhallitus, Tuula Saari\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_as_organisation_then_name_and_a_body_line_under_a_name(morph):
    # "• Organisation, Name" under the deputies' heading; the line naming a body under a
    # member's name is whom the member is from, not a new heading
    got = roles(DEPUTIES_BY_ORGANISATION, morph=morph)
    assert {
        (key("Eino Rautio"), "deputy_member", "Kylälän vanhusneuvosto"),
        (key("Tuula Saari"), "deputy_member", "Kylälän vanhusneuvosto"),
    } <= got
    assert not any(b == "Kylälän kaupunginhallitus" for _p, _r, b in got)


MINUTES = (
    "KYLÄLÄN KUNTA PÖYTÄKIRJA 3/2026 Kunnanhallitus 02.03.2026 OSALLISTUJAT Nimi Klo Tehtävä "
    "LÄSNÄ Harju Veikko 17:00-19:30 puheenjohtaja Lehto Sari 17:00-19:30 I varapuheenjohtaja "
    "Nurmi Pentti 17:00-19:30 jäsen Salo Mirja 17:00-19:30 jäsen POISSA Vainio Ari "
    "valtuuston I varapj MUU Koski Raimo 17:00-19:30 valtuuston puh.joht. Aalto Minna "
    "17:00-19:30 valtuuston II varapj Oja Leena K. 17:00-19:30 kunnanjohtaja Peltonen Kaisa "
    "17:00-19:30 hallintosihteeri LAILLISUUS Kokous todettiin lailliseksi. ALLEKIRJOITUS "
    "Puheenjohtaja Veikko Harju Pöytäkirjanpitäjä Kaisa Peltonen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_timed_attendance_with_seats_in_the_council_written_out(morph):
    # "valtuuston I varapj", "valtuuston puh.joht.": seats in the council, not in the board
    # whose minutes these are; a middle initial ("Oja Leena K.") ends no run; the minutes
    # keeper's title after the chair's signature is no part of the chair's name
    got = roles(MINUTES, morph=morph)
    assert {
        (key("Veikko Harju"), "chair", "Kunnanhallitus"),
        (key("Sari Lehto"), "vice_chair", "Kunnanhallitus"),
        (key("Mirja Salo"), "member", "Kunnanhallitus"),
        (key("Ari Vainio"), "vice_chair", "Valtuusto"),
        (key("Raimo Koski"), "chair", "Valtuusto"),
        (key("Minna Aalto"), "vice_chair", "Valtuusto"),
    } <= got
    assert (key("Ari Vainio"), "vice_chair", "Kunnanhallitus") not in got
    assert not any("Pöytäkirjanpitäjä" in p for p, _r, _b in got)
    assert key("Leena Oja") not in people(MINUTES, morph=morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_entry_wrapped_after_its_comma_keeps_the_list_going(morph):
    # "Name," on one line, whom the person is from on the next: one entry, and the names
    # after it are still the list's
    text = DEPUTIES_BY_ORGANISATION.replace("Raili Aaltonen\n", "Raili Aaltonen,\n")
    got = roles(text, morph=morph)
    assert {
        (key("Raili Aaltonen"), "member", "Kylälän vanhusneuvosto"),
        (key("Matti Koski"), "member", "Kylälän vanhusneuvosto"),
    } <= got

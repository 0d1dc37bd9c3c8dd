"""hytegraph extract on four shapes the rules read wrong or not at all:

- an election's heading over the one name it gave ("Puheenjohtajaksi valittiin" / "Aino Ahola",
  "Till ordförande valdes" / "Bo Lind"): that person holds the office (before, a member, or
  nothing); three names under such a heading get no office;
- "Bo Lind Anmält förhinder": the words a minutes' attendance column writes after a name are
  no part of it;
- a magazine's masthead run together on one line, a sentence after its names ("… Helsingin
  yliopisto Lehti ilmestyy kuusi kertaa vuodessa. Tämän numeron kokosi A"): the run of the
  body's names ends at that sentence;
- "A och B. Dessa båda går in som suppleanter.", "A ja B. Molemmat toimivat varajäseninä.":
  the seat a sentence says of the names of the sentence before;
- a memo's participants run together on one line, each surname first with no comma, perhaps
  "varajäsen", then an organisation ("Läsnä: Ek Aino Testilän kaupunki Lind Bo varajäsen
  Kylälän kunta …", or first name first): each entry read as a list's line (before:
  nothing);
- a memo turned into one line, those present in its middle ("1 PÖYTÄKIRJA Kylälän
  neuvottelukunnan kokous 1/2008 Aika: Paikka: Kylälän Vuokralaisyhdistyksen toimisto, Turku
  Läsnä: A pj (TOAS), B (TYS), … ja C (LOAS). 1. KOKOUKSEN AVAUS …"): the names are the body's
  members (before: nothing); a surname read by the dictionary as a plural noun in another case
  ("Kari Hankia") is a surname after a first name;
- a list entry that says the person is only nominated or a candidate ("Bo Lind, nominerad som
  ledamot", "Aino Ek, ehdolla jäseneksi"): no seat (before: a member).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, roles, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_an_elections_heading_over_one_name(morph):
    text = (
        "Yhdistyksen hallitus 2025\n\n"
        "Puheenjohtajaksi valittiin\nAino Ahola\n\n"
        "Varapuheenjohtajaksi valittiin\nEero Ek\n\n"
        "Hallituksen jäseniksi valittiin\nLiisa Laine\nOlli Oja\n"
    )
    assert seats(text, "fi", morph) == {
        ("Aino Ahola", "chair", "yhdistyksen hallitus"),
        ("Eero Ek", "vice_chair", "yhdistyksen hallitus"),
        ("Liisa Laine", "member", "yhdistyksen hallitus"),
        ("Olli Oja", "member", "yhdistyksen hallitus"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_elections_heading_over_one_name(morph):
    text = (
        "Föreningens styrelse 2025\n\nTill ordförande valdes\nBo Lind\n\nLedamöter\nAnna Berg\n"
        "Eva Holm\n"
    )
    assert seats(text, "sv", morph) == {
        ("Bo Lind", "chair", "föreningens styrelse"),
        ("Anna Berg", "member", "föreningens styrelse"),
        ("Eva Holm", "member", "föreningens styrelse"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_no_office_for_three_names_under_an_elections_heading(morph):
    text = (
        "Yhdistyksen vuosikokous 2025\n\n"
        "Puheenjohtajaksi valittiin\nAino Ahola\nEero Ek\nLiisa Laine\n"
    )
    assert not {r for _p, r, _b in seats(text, "fi", morph)} & {"chair", "vice_chair"}


@pytest.mark.parametrize("morph", MORPHS)
def test_an_absence_after_a_name_is_no_part_of_it(morph):
    text = (
        "Protokoll från styrelsens möte\n\n"
        "Ledamöter Närvarande\nAnna Berg X\nBo Lind Anmält förhinder\nEva Holm X\n"
        "Suppleanter\nKarin Ek X\n"
    )
    names = {p for p, _r, _b in seats(text, "sv", morph)}
    assert "Bo Lind" in names
    assert not any("Anmält" in n for n in names)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_mastheads_names_end_at_a_sentence(morph):
    text = (
        "PÄÄTOIMITTAJA Aino Ahola Kylälän kustannus Oy TOIMITUSKUNTA Eero Ek, dipl.ins., "
        "Kylälän kaupunki Liisa Laine, fil.tri., tutkija, Testilän yliopisto Olli Oja, "
        "professori, Testilän yliopisto, oikeustieteen osasto Lehti ilmestyy kuusi kertaa "
        "vuodessa. Tämän numeron kokosi Sari Salo Kannen kuva: Kylälän kirkko (Wikimedia "
        "Commons) 4 Pääkirjoitus\n"
    )
    got = {(p, r, b) for p, r, b in seats(text, "fi", morph)}
    assert {p for p, _r, _b in got} == {"Eero Ek", "Liisa Laine", "Olli Oja"}
    assert {b for _p, _r, b in got} == {"toimituskunta"}


@pytest.mark.parametrize("morph", MORPHS)
def test_the_seat_said_of_the_names_before(morph):
    text = (
        "Årsmötet\n\n"
        "Styrelsen utökas med två nya namn: Anna Berg och Eva Holm. Dessa båda går in som "
        "suppleanter.\n"
    )
    assert seats(text, "sv", morph) == {
        ("Anna Berg", "deputy_member", "styrelsen"),
        ("Eva Holm", "deputy_member", "styrelsen"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_finnish_seat_said_of_the_names_before(morph):
    text = (
        "Vuosikokous\n\n"
        "Yhdistyksen hallitukseen valittiin uusina Aino Ahola ja Eero Ek. Molemmat toimivat "
        "varajäseninä.\n"
    )
    assert seats(text, "fi", morph) == {
        ("Aino Ahola", "deputy_member", "yhdistyksen hallitus"),
        ("Eero Ek", "deputy_member", "yhdistyksen hallitus"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_no_seat_said_when_the_count_is_not_the_names(morph):
    text = (
        "Årsmötet\n\n"
        "Styrelsen utökas med nya namn: Anna Berg, Bo Lind och Eva Holm. Dessa båda går in som "
        "suppleanter.\n"
    )
    assert not any(f.role == "deputy_member" for f in findings(text, "sv", morph))


_SURNAME_FIRST = (
    "Testilän hyvinvointityöryhmä\n\n"
    "1 KOKOUSMUISTIO Aika: 3.3.2025 Paikka: Kaupungintalo Läsnä: Ahola Aino Testilän kaupunki "
    "Ek Eero varajäsen Kylälän kunta Laine Liisa MTK Testilä Oja Olli Testilän seudun kehitys Oy "
    "Salo Sari varajäsen Kylälän yrittäjät ry Nieminen Pekka Testilän ELY -keskus Virtanen Matti "
    "Testilän liitto\n\n"
    "2 Kokouksen avaus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_participants_surname_first_run_together(morph):
    body = "testilän hyvinvointityöryhmä"
    got = {(p, r, b.casefold()) for p, r, b in roles(_SURNAME_FIRST, "fi", morph)}
    assert got == {
        (key("Aino Ahola"), "member", body),
        (key("Eero Ek"), "deputy_member", body),
        (key("Liisa Laine"), "member", body),
        (key("Olli Oja"), "member", body),
        (key("Sari Salo"), "deputy_member", body),
        (key("Pekka Nieminen"), "member", body),
        (key("Matti Virtanen"), "member", body),
    }
    # each quote is the document's own words, the name as printed
    for f in findings(_SURNAME_FIRST, "fi", morph):
        a, b = f.quote
        assert key(" ".join(_SURNAME_FIRST[a:b].split()[:2])) == key(f.actor.name)


@pytest.mark.parametrize("morph", MORPHS)
def test_participants_first_name_first_run_together(morph):
    text = (
        "Testilän hyvinvointityöryhmä\n\n"
        "1 KOKOUSMUISTIO Aika: 3.3.2025 Paikka: Kaupungintalo Läsnä: Aino Ahola Testilän "
        "kaupunki Eero Ek varajäsen Kylälän kunta Anna Maija Laine MTK Testilä Olli Oja Testilän "
        "seudun kehitys Oy Sari Salo varajäsen Kylälän yrittäjät ry Pekka Nieminen Testilän ELY "
        "-keskus Matti Virtanen Testilän liitto\n\n"
        "2 Kokouksen avaus\n"
    )
    body = "testilän hyvinvointityöryhmä"
    got = {(p, r, b.casefold()) for p, r, b in roles(text, "fi", morph)}
    assert got == {
        (key("Aino Ahola"), "member", body),
        (key("Eero Ek"), "deputy_member", body),
        (key("Anna Maija Laine"), "member", body),
        (key("Olli Oja"), "member", body),
        (key("Sari Salo"), "deputy_member", body),
        (key("Pekka Nieminen"), "member", body),
        (key("Matti Virtanen"), "member", body),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_five_participants_surname_first_are_too_few(morph):
    text = _SURNAME_FIRST.replace(" Nieminen Pekka Testilän ELY -keskus", "").replace(
        " Virtanen Matti Testilän liitto", ""
    )
    assert not seats(text, "fi", morph)


_MEMO_ON_ONE_LINE = (
    "1 PÖYTÄKIRJA Kylälän asukkaiden neuvottelukunnan kokous 1/2008 Aika: Paikka: Kylälän "
    "Opiskelijasäätiön Vuokralaisyhdistyksen toimisto, Turku Läsnä: Aino Ahola pj (TOAS), Eero "
    "Ek sihteeri (TYS), Liisa Laine (TYS), Olli Oja (KOAS), Kari Hankia (LOAS) ja Sari Salo "
    "(LOAS). 1. KOKOUKSEN AVAUS Puheenjohtaja Aino Ahola avasi kokouksen. 2. KOKOUKSEN "
    "LAILLISUUS Kokous todettiin lailliseksi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_those_present_in_a_memo_on_one_line(morph):
    body = "kylälän asukkaiden neuvottelukunta"
    got = {(p, r, b.casefold()) for p, r, b in roles(_MEMO_ON_ONE_LINE, "fi", morph)}
    assert got == {
        (key("Aino Ahola"), "chair", body),
        (key("Eero Ek"), "secretary", body),
        (key("Liisa Laine"), "member", body),
        (key("Olli Oja"), "member", body),
        (key("Kari Hankia"), "member", body),
        (key("Sari Salo"), "member", body),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_three_present_in_a_line_are_too_few(morph):
    text = _MEMO_ON_ONE_LINE.replace(
        "Liisa Laine (TYS), Olli Oja (KOAS), Kari Hankia (LOAS) ja ", ""
    )
    assert not {r for _p, r, _b in seats(text, "fi", morph)} & {"member"}


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("surname_first", [False, True])
def test_names_each_with_an_office_on_one_line_keep_their_offices(morph, surname_first):
    names = ["Aino Ek", "Bo Lind", "Eva Berg", "Olli Oja", "Sari Salo", "Pekka Puu", "Matti Mäki"]
    offices = [
        "puheenjohtaja", "varapuheenjohtaja", "jäsen", "jäsen", "varajäsen", "sihteeri", "jäsen"
    ]  # fmt: skip
    shown = [" ".join(n.split()[::-1]) if surname_first else n for n in names]
    text = (
        "Testilän vanhusneuvosto\n\nPöytäkirja 2/2025 Aika: 3.3.2025 Paikka: Kaupungintalo\n"
        "Läsnä: " + " ".join(f"{n} {o}" for n, o in zip(shown, offices, strict=True)) + "\n\n"
        "1 Kokouksen avaus\n"
    )
    roles_of = {
        "puheenjohtaja": "chair", "varapuheenjohtaja": "vice_chair", "jäsen": "member",
        "varajäsen": "deputy_member", "sihteeri": "secretary",
    }  # fmt: skip
    assert {(p, r) for p, r, _b in roles(text, "fi", morph)} == {
        (key(n), roles_of[o]) for n, o in zip(names, offices, strict=True)
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_nominee_in_a_list_holds_no_seat(morph):
    text = (
        "Årsmötet 9 mars 2025\n\nStyrelse\n\n • Anna Berg, ordförande\n • Bo Lind, ledamot\n\n"
        "Representantskapet\n\n • Eva Holm, nominerad som ledamot\n • Karin Ek, ledamot\n"
    )
    got = seats(text, "sv", morph)
    assert ("Anna Berg", "chair", "styrelse") in got
    assert ("Bo Lind", "member", "styrelse") in got
    assert not any(p == "Eva Holm" for p, _r, _b in got)
    assert any(
        f.actor.name == "Eva Holm" and f.kind == "candidacy" for f in findings(text, "sv", morph)
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_a_finnish_candidate_in_a_list_holds_no_seat(morph):
    text = (
        "Testilän Eläkeläiset ry:n hallitus 2025\n\n"
        "• Aino Ahola, puheenjohtaja\n• Eero Ek, jäsen\n• Liisa Laine, ehdolla jäseneksi\n"
    )
    names = {p for p, _r, _b in seats(text, "fi", morph)}
    assert {"Aino Ahola", "Eero Ek"} <= names
    assert "Liisa Laine" not in names

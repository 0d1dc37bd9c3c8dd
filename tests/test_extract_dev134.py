"""hytegraph extract on layouts met in the hundred-and-twenty-ninth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a body's composition as one run of names on a line, the office written after its name
  ("Aino Ek puheenjohtaja, Bo Lind varapuheenjohtaja, Eva Mäki sihteeri, Olli Aho ja Pia
  Salo") under a heading of the body's name alone, and a line of deputies right under it
  ("Varajäsenet: …"): the office is the name's before it, a name with none a member, the
  labelled line's names the same body's deputies (the auditors' line under them no seats);
- the same run in a sentence after the body ("johtokunta, johon kuuluivat seuraavat henkilöt:
  A pj, B vpj, C siht, D ja E."), and the new members the autumn meeting elects in the
  sentences after it ("Syyskokouksessa … Uusina jäseninä johtokuntaan valittiin F ja G."):
  their seats begin with the next year;
- offices in parentheses after the names ("A (puheenjohtaja), B, C 30.6.2021 saakka, D
  (sihteeri)"): a name with a date its seat lasted until holds none now;
- "Hallitukseen valittiin A, B ja C, varajäseniksi D ja E": a seat word in the plural after
  a comma is every name's after it, not only the first one's;
- "Läsnä: pj. A, B, …, siht. F" in a board's minutes: "siht." is an abbreviation that ends
  no sentence, so the secretary after it is read with the others;
- "Tilitarkastajat:" (the auditors, spelt without the n) labels no seats in a body.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.tagger import no_seat_said
from tests.extract_snippets import MORPHS, held

HEADED_RUN = (
    "Metsälän kyläseura ry\n"
    "VUOSIKERTOMUS 2023\n"
    "Hallitus\n"
    "Raimo Kettunen puheenjohtaja, Hilkka Vartiainen varapuheenjohtaja, Jouni Paasio sihteeri, "
    "Marketta Rinne, Olavi Kuusela ja Tuula Leppänen\n"
    "Varajäsenet: Arto Nyholm, Riitta Vesala ja Kaisu Holmström\n"
    "Tilintarkastajat: Veikko Sarlin ja Irma Ojanen, varalla: Seppo Uotila\n"
    "Kokoukset: Hallitus kokoontui 6 kertaa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_after_names_under_a_body_heading_and_deputies_below(morph):
    got = held(HEADED_RUN, "fi", morph)
    assert ("Raimo Kettunen", "chair", "Hallitus") in got
    assert ("Hilkka Vartiainen", "vice_chair", "Hallitus") in got
    assert ("Jouni Paasio", "secretary", "Hallitus") in got
    for name in ("Marketta Rinne", "Olavi Kuusela", "Tuula Leppänen"):
        assert (name, "member", "Hallitus") in got
    for name in ("Arto Nyholm", "Riitta Vesala", "Kaisu Holmström"):
        assert (name, "deputy_member", "Hallitus") in got
    # the auditors and their deputy hold no seat
    assert not any(p in ("Veikko Sarlin", "Irma Ojanen", "Seppo Uotila") for p, _r, _b in got)


AUDITORS_UNDER = (
    "Metsälän kyläseura ry\n"
    "VUOSIKERTOMUS 2023\n"
    "Hallitus\n"
    "Raimo Kettunen puheenjohtaja, Hilkka Vartiainen varapuheenjohtaja, Jouni Paasio sihteeri, "
    "Marketta Rinne ja Tuula Leppänen\n"
    "Tilitarkastajat: Veikko Sarlin ja Irma Ojanen\n"
    "Kokoukset: Hallitus kokoontui 6 kertaa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_line_of_auditors_under_the_run_holds_no_deputies(morph):
    # guard: only a deputies' label under the run gives the body's deputies
    got = held(AUDITORS_UNDER, "fi", morph)
    assert ("Raimo Kettunen", "chair", "Hallitus") in got
    assert ("Tuula Leppänen", "member", "Hallitus") in got
    assert not any(p in ("Veikko Sarlin", "Irma Ojanen") for p, _r, _b in got)


def test_auditors_spelt_tilitarkastajat_are_no_seat_for_the_tagger():
    lex = lexicon("fi")
    at = AUDITORS_UNDER.index("Veikko Sarlin")
    assert no_seat_said(lex, AUDITORS_UNDER, at, at + len("Veikko Sarlin"))


SENTENCE_RUN = (
    "Hallinto\n\n"
    "Seuran toimintaa johti kevätkokouksen valitsema johtokunta, johon kuuluivat seuraavat "
    "henkilöt: Harri Kolehmainen pj, Sirpa Tanskanen vpj, Mauno Pirttilä siht, Elina "
    "Saarelainen, Jorma Huotari ja Anni Rautio. Syyskokouksessa Jorma Huotari jättäytyi "
    "johtokunnasta. Uusina jäseninä johtokuntaan valittiin Kalle Ylönen ja Merja Pasanen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_abbreviated_offices_in_a_sentence_and_new_members_of_the_autumn_meeting(morph):
    got = held(SENTENCE_RUN, "fi", morph)
    assert ("Harri Kolehmainen", "chair", "Johtokunta") in got
    assert ("Sirpa Tanskanen", "vice_chair", "Johtokunta") in got
    assert ("Mauno Pirttilä", "secretary", "Johtokunta") in got
    for name in ("Elina Saarelainen", "Jorma Huotari", "Anni Rautio"):
        assert (name, "member", "Johtokunta") in got
    # elected at the autumn meeting: the next year's seats
    assert not any(p in ("Kalle Ylönen", "Merja Pasanen") for p, _r, _b in got)


NO_AUTUMN_MEETING = SENTENCE_RUN.replace(
    "Syyskokouksessa Jorma Huotari jättäytyi johtokunnasta. Uusina", "Kesäkuussa uusina"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_new_members_with_no_autumn_meeting_sit_now(morph):
    # guard: new members elected with no autumn meeting said keep their seats
    got = held(NO_AUTUMN_MEETING, "fi", morph)
    assert ("Kalle Ylönen", "member", "Johtokunta") in got
    assert ("Merja Pasanen", "member", "Johtokunta") in got
    assert ("Harri Kolehmainen", "chair", "Johtokunta") in got


PARENTHESES = (
    "3. LUOTTAMUSHENKILÖT\n\n"
    "Hallituksen jäseninä kaudella ovat olleet Reijo Lamminen (puheenjohtaja), Kirsi Paavola "
    "(varapuheenjohtaja), Aarne Mustonen, Heli Korhola 30.6.2021 saakka, Tapani Vuorela "
    "(sihteeri).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_in_parentheses_and_a_seat_held_until_a_date(morph):
    got = held(PARENTHESES, "fi", morph)
    assert ("Reijo Lamminen", "chair", "Hallitus") in got
    assert ("Kirsi Paavola", "vice_chair", "Hallitus") in got
    assert ("Tapani Vuorela", "secretary", "Hallitus") in got
    assert ("Aarne Mustonen", "member", "Hallitus") in got
    assert ("Kirsi Paavola", "member", "Hallitus") not in got
    # the seat held until a date has ended
    assert not any(p == "Heli Korhola" for p, _r, _b in got)


PLURAL_DEPUTIES = (
    "Kyläyhdistyksen vuosikokous pidettiin 14.4.2023. Hallitukseen valittiin Leena "
    "Hartikainen, Mikko Sundström ja Paula Eklund, varajäseniksi Ossi Rantanen ja Tiina Vaara.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_in_the_plural_after_a_comma_are_both_names(morph):
    got = held(PLURAL_DEPUTIES, "fi", morph)
    assert ("Ossi Rantanen", "deputy_member", "Hallitus") in got
    assert ("Tiina Vaara", "deputy_member", "Hallitus") in got
    assert ("Tiina Vaara", "member", "Hallitus") not in got
    assert ("Paula Eklund", "member", "Hallitus") in got


MINUTES = (
    "Hallituksen kokous 8.3.2022\n\n"
    "Koivulan kyläyhdistys ry:n hallituksen kokous\n"
    "PÖYTÄKIRJA\n"
    "Paikka: Koulun ruokala\n"
    "Aika: 8.3.2022 klo 18\n"
    "Läsnä: pj. Pertti Laaksonen, Minna Ahola, Jukka Rissanen,Satu Kangas, Eero Vainio, "
    "siht. Hannele Toivola\n"
    "1. Kokouksen avaus\n"
    "Puheenjohtaja avasi kokouksen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_secretary_after_siht_abbreviation_in_minutes(morph):
    got = {(p, r) for p, r, _b in held(MINUTES, "fi", morph)}
    assert ("Pertti Laaksonen", "chair") in got
    assert ("Satu Kangas", "member") in got
    assert ("Hannele Toivola", "secretary") in got
    assert ("Hannele Toivola", "member") not in got

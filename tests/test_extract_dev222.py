"""hytegraph extract on minutes' items and bare headings over officers named in prose:

- a body's bare word as a heading ("Hallitus", "Styrelsen") over a sentence that opens with an
  officer's office and names its holder is that sentence's body;
- an item electing a body's officer ("8 § Hallituksen puheenjohtajan valinta", "§ 8 Val av
  ordförande i styrelsen") gives the office in its decision to that body;
- an item electing the meeting's own officers ("2 § Kokouksen puheenjohtajan ja sihteerin
  valinta", "§ 2 Val av ordförande för mötet") gives no seat in the body a heading above names,
  unless the decision names the body itself;
- "Lautakuntaa johtaa kaupunginjohtaja A": a job between the verb and the name; "Liittovaltuuston
  johdossa jatkaa A": the chair at the body's head; "Kassör blev A": a treasurer's seat after a
  verb of being;
- "… jatkaa ylilääkäri A B Kelasta": a noun in a local case after a whole name in running text
  is where the person comes from, no part of the name.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, needs_voikko, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_board_heading_over_officers_in_prose(morph):
    text = "Hallitus\n\nPuheenjohtajaksi valittiin Aino Ahola. Sihteerinä toimii Eero Ek.\n"
    got = seats(text, "fi", morph)
    assert ("Aino Ahola", "chair", "hallitus") in got
    assert ("Eero Ek", "secretary", "hallitus") in got
    text = "Styrelsen\n\nTill ordförande valdes Anna Berg. Sekreterare är Bo Ek.\n"
    got = seats(text, "sv")
    assert {("Anna Berg", "chair", "styrelsen"), ("Bo Ek", "secretary", "styrelsen")} <= got


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_heading_over_other_prose_names_no_body(morph):
    # the sentence under the heading opens with no office: the heading is no body's
    text = "Hallitus\n\nTervetuloa sivuille. Puheenjohtajaksi valittiin Aino Ahola.\n"
    assert not any(b == "hallitus" for _p, _r, b in seats(text, "fi", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_item_electing_a_bodys_officer(morph):
    text = (
        "Vuosikokous 2020\n\n8 § Hallituksen puheenjohtajan valinta\n\n"
        "Puheenjohtajaksi valittiin Aino Ahola.\n"
    )
    assert ("Aino Ahola", "chair", "hallitus") in seats(text, "fi", morph)
    text = (
        "Vuosikokous 2020\n\n8 § Hallituksen puheenjohtajan valinta\n"
        "Kokous valitsi puheenjohtajaksi Aino Aholan.\n"
    )
    assert ("Aino Ahola", "chair", "hallitus") in seats(text, "fi", morph)


def test_swedish_item_electing_a_bodys_officer():
    text = "Årsmöte 2020\n\n§ 8 Val av ordförande i styrelsen\nTill ordförande valdes Anna Berg.\n"
    assert ("Anna Berg", "chair", "styrelsen") in seats(text, "sv")


@pytest.mark.parametrize("morph", MORPHS)
def test_item_electing_the_meetings_officers(morph):
    text = (
        "Hallitus 2020\n\n2 § Kokouksen puheenjohtajan ja sihteerin valinta\n"
        "Puheenjohtajaksi valittiin Aino Ahola ja sihteeriksi Eero Ek.\n\n"
        "3 § Hallituksen puheenjohtajan valinta\nPuheenjohtajaksi valittiin Liisa Laine.\n"
    )
    got = seats(text, "fi", morph)
    assert not any(p in ("Aino Ahola", "Eero Ek") for p, _r, _b in got)
    assert ("Liisa Laine", "chair", "hallitus") in got
    # the decision names the body: the title is the person's seat there
    text = (
        "Vuosikokous\n\n2 § Kokouksen puheenjohtajan valinta\n"
        "Kokouksen puheenjohtajaksi valittiin hallituksen puheenjohtaja Aino Ahola.\n"
    )
    assert ("Aino Ahola", "chair", "hallitus") in seats(text, "fi", morph)


def test_swedish_item_electing_the_meetings_officers():
    text = (
        "Styrelsen 2020\n\n§ 2 Val av ordförande för mötet\nTill ordförande valdes Anna Berg.\n"
        "§ 3 Val av ordförande i styrelsen\nTill ordförande valdes Bo Ek.\n"
    )
    got = seats(text, "sv")
    assert not any(p == "Anna Berg" for p, _r, _b in got)
    assert ("Bo Ek", "chair", "styrelsen") in got


@needs_voikko  # (the rules read no body in the partitive before the verb)
def test_a_job_between_leading_verb_and_name():
    got = seats("Ohjausryhmää johtaa kaupunginjohtaja Matti Virtanen.\n", "fi")
    assert ("Matti Virtanen", "chair", "ohjausryhmä") in got
    got = seats("Työryhmää vetää hyvinvointikoordinaattori Liisa Korhonen.\n", "fi")
    assert ("Liisa Korhonen", "chair", "työryhmä") in got


def test_treasurer_after_a_verb_of_being():
    text = (
        "Årsmöte 2020\n\nStyrelsen\n\nTill ordförande valdes Anna Berg. "
        "Kassör blev Lars Holm som arbetar på folkhögskolan.\n"
    )
    got = seats(text, "sv")
    assert ("Lars Holm", "member", "styrelsen") in got


@needs_voikko  # (the rules read no body in the genitive before "johdossa")
def test_at_the_head_of_a_body():
    got = seats("Hallituksen johdossa jatkaa edelleen toimitusjohtaja Aino Ahola.\n", "fi")
    assert ("Aino Ahola", "chair", "hallitus") in got
    # a company's head is no body's chair
    assert seats("Yrityksen johdossa on Aino Ahola.\n", "fi") == set()


@needs_voikko  # (voikko reads "Kelasta" as a noun in the elative)
def test_where_from_after_a_whole_name_in_running_text():
    text = (
        "Palveluvalikoimaneuvosto\n\nKolmantena varapuheenjohtajana jatkaa johtava "
        "ylilääkäri Janne Leinonen Kelasta.\n"
    )
    got = seats(text, "fi")
    assert ("Janne Leinonen", "vice_chair", "palveluvalikoimaneuvosto") in got
    assert not any(p.endswith("Kelasta") for p, _r, _b in got)

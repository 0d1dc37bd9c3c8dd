"""hytegraph extract on layouts met in the hundred-and-twelfth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- a minutes' front page with each label on a line of its own and a blank line before the
  names ("Beslutande:" / blank / "A (S) vice ordf.", "Ej tjänstgörande:", "Deltagande:"): the
  deciding members, the non-serving deputies, and the officials attending ("Name, miljöchef"),
  who hold no seat; two members printed on one line ("A (C) B (S)") are both read;
- a flattened table "Kommun / Ledamöter / Ersättare" one cell a line, a row with more names
  than columns, as many in each ("Ort" / A / B / C / D): the cells follow each other, their
  names split evenly among them in order; a name the reader does not know, with a party in
  parentheses, is a person of the row, not the next row's label;
- a series of cards, a name on a line of its own and the person's title and town in lower
  case under it, one after another with no introduction: the entries of a list (members; an
  office in parentheses after the name, "(ers.)", "(vice ordf.)", is the person's); a page cut
  on the next name after a long title line; not under a proposal's cue ("ehdotetaan:");
- a title beginning with an abbreviation in capitals ("HR-chef, Kristinestad") is no name;
- a body's name alone with a colon ("Valberedningen:") under an auditors' list begins that
  body's list;
- "Ordföranden A (m)" / "Vice ordföranden B (s)" in minutes' list of those present, no body
  named above: the officers of the body the document names;
- "Personalrepresentanten" / name / "Ersättare" / name: the staff representative's deputy
  holds no seat.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

COVER_LINES = (
    "Miljönämndens protokoll 3 mars 2024\n\n"
    "Protokoll från miljönämndens sammanträde den 3 mars 2024.\n\n"
    "Norrviks kommunhus, Stora salen kl 09.00 - 11.00\n\n"
    "Beslutande:\n\n"
    "Gustav Lindell (M) vice ordf.\n\n"
    "Sara Falk (S)\n\n"
    "Ingrid Sjöberg (C) Ordf.\n\n"
    "Tore Hedin (L) Olof Backman (S)\n\n"
    "Ej tjänstgörande:\n\n"
    "Maja Sundin (KD)\n\n"
    "Per Wallin (S)\n\n"
    "Deltagande:\n\n"
    "Karin Dahlberg, miljöchef\n\n"
    "Lena Ström, sekreterare\n\n"
    "Utses att justera:\n\n"
    "Sara Falk (S)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_minutes_front_page_one_label_a_line(morph):
    got = held(COVER_LINES, "sv", morph)
    assert ("Ingrid Sjöberg", "chair", "Miljönämnden") in got
    assert ("Gustav Lindell", "vice_chair", "Miljönämnden") in got
    assert ("Sara Falk", "member", "Miljönämnden") in got
    assert ("Tore Hedin", "member", "Miljönämnden") in got
    assert ("Olof Backman", "member", "Miljönämnden") in got
    assert ("Maja Sundin", "deputy_member", "Miljönämnden") in got
    assert ("Per Wallin", "deputy_member", "Miljönämnden") in got
    # the officials attending hold no seat
    assert not any(p in ("Karin Dahlberg", "Lena Ström") for p, _r, _b in got)
    assert not any(p == "Maja Sundin" and r == "member" for p, r, _b in got)


FLAT_TABLE = (
    "Direktionen\n\n"
    "Räddningstjänstförbundet styrs av en direktion med ledamöter från medlemskommunerna.\n\n"
    "Kommun\n\n"
    "Ledamöter\n\n"
    "Ersättare\n\n"
    "Norrvik\n\n"
    "Gustav Lindell (M), ordförande\n\n"
    "Sara Falk (S)\n\n"
    "Tore Hedin (L)\n\n"
    "Maja Sundin (C)\n\n"
    "Sjöby\n\n"
    "Ingrid Sjöberg (M), vice ordf.\n\n"
    "Olof Backman (S)\n\n"
    "Åsunda\n\n"
    "Per Wallin (S)\n\n"
    "Torvald Ekvirn (M)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_flattened_table_with_several_names_a_cell(morph):
    got = held(FLAT_TABLE, "sv", morph)
    assert ("Gustav Lindell", "chair", "Direktionen") in got
    assert ("Sara Falk", "member", "Direktionen") in got
    assert ("Tore Hedin", "deputy_member", "Direktionen") in got
    assert ("Maja Sundin", "deputy_member", "Direktionen") in got
    assert ("Ingrid Sjöberg", "vice_chair", "Direktionen") in got
    assert ("Olof Backman", "deputy_member", "Direktionen") in got
    assert ("Per Wallin", "member", "Direktionen") in got
    assert ("Torvald Ekvirn", "deputy_member", "Direktionen") in got
    assert ("Sara Falk", "deputy_member", "Direktionen") not in got
    assert ("Tore Hedin", "member", "Direktionen") not in got


UNEVEN_ROW = (
    "Direktionen\n\n"
    "Kommun\n\n"
    "Ledamöter\n\n"
    "Ersättare\n\n"
    "Norrvik\n\n"
    "Gustav Lindell (M)\n\n"
    "Sara Falk (S)\n\n"
    "Tore Hedin (L)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_row_whose_names_do_not_split_evenly_ends_the_table(morph):
    # guard: three names under two columns: the first two are the row's cells, as before
    got = held(UNEVEN_ROW, "sv", morph)
    assert ("Gustav Lindell", "member", "Direktionen") in got
    assert ("Sara Falk", "deputy_member", "Direktionen") in got
    assert ("Tore Hedin", "deputy_member", "Direktionen") not in got


CARDS = (
    "Styrelsen\n\n"
    "Styrelsens ordförande väljs för en period på tre år och kan återväljas en gång.\n\n"
    "Ordförande Gustav Lindell\n\n"
    "rektor, Norrvik\n\n"
    "Sara Falk\n\n"
    "projektledare, Sjöby\n\n"
    "Tore Hedin\n\n"
    "filosofie doktor, forskare vid universitetet, Åsunda\n\n"
    "Ingrid Sjöberg (vice ordf.)\n\n"
    "IT-chef, Norrvik\n\n"
    "Olof Backman\n\n"
    "lantbrukare, Sjöby\n\n"
    "Maja Sundin (ers.)\n\n"
    "sakkunnig i kulturfrågor vid förbundet för hembygdsvård, Åsunda\n\n"
    "Per Wallin (\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_series_of_name_and_title_cards(morph):
    got = held(CARDS, "sv", morph)
    assert ("Gustav Lindell", "chair", "Styrelsen") in got
    assert ("Sara Falk", "member", "Styrelsen") in got
    assert ("Tore Hedin", "member", "Styrelsen") in got
    assert ("Ingrid Sjöberg", "vice_chair", "Styrelsen") in got
    assert ("Olof Backman", "member", "Styrelsen") in got
    assert ("Maja Sundin", "deputy_member", "Styrelsen") in got
    assert ("Per Wallin", "member", "Styrelsen") in got
    # a title beginning with an abbreviation is no one's name
    assert not any("chef" in p for p, _r, _b in got)


ONE_CARD = (
    "Styrelsen\n\n"
    "Styrelsens ordförande väljs för en period på tre år och kan återväljas en gång.\n\n"
    "Sara Falk\n\n"
    "projektledare, Sjöby\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lone_card_is_no_series(morph):
    # guard: one card under no list: a contact, no seat
    got = held(ONE_CARD, "sv", morph)
    assert ("Sara Falk", "member", "Styrelsen") not in got


NOMINATING = (
    "Om föreningen\n\n"
    "Styrelsen 2023-2024\n\n\n"
    "Ordförande: Gustav Lindell\n\n"
    "Kassör: Sara Falk\n\n"
    "Ledamot: Tore Hedin\n\n\n"
    "Revisorer:\n\n"
    "Ingrid Sjöberg\n\n"
    "Olof Backman\n\n\n"
    "Valberedningen:\n\n\n"
    "Maja Sundin\n\n"
    "Per Wallin\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_label_after_the_auditors_begins_its_list(morph):
    got = held(NOMINATING, "sv", morph)
    assert ("Gustav Lindell", "chair", "Styrelsen") in got
    assert ("Maja Sundin", "member", "Valberedningen") in got
    assert ("Per Wallin", "member", "Valberedningen") in got
    # the auditors hold no seat
    assert not any(p in ("Ingrid Sjöberg", "Olof Backman") for p, _r, _b in got)


PRESENT = (
    "Sammanträde 2019-05-14\n\n"
    "3 Fyllnadsval styrelsen, anmälan\n\n"
    "4 Rapport om underhåll\n\n"
    "Närvarande:\n\n"
    "Ordföranden Gustav Lindell (m)\n\n"
    "Vice ordföranden Sara Falk (s)\n\n"
    "Ledamöterna\n"
    "Tore Hedin (v)\n"
    "Ingrid Sjöberg (m)\n\n"
    "Suppleanterna\n"
    "Olof Backman (kd)\n\n"
    "Personalrepresentanten\n"
    "Maja Sundin\n\n"
    "Ersättare\n"
    "Per Wallin\n\n"
    "Verkställande direktören\n"
    "Karin Dahlberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_present_and_the_staff_representatives_deputy(morph):
    got = held(PRESENT, "sv", morph)
    assert ("Gustav Lindell", "chair", "Styrelsen") in got
    assert ("Sara Falk", "vice_chair", "Styrelsen") in got
    assert ("Tore Hedin", "member", "Styrelsen") in got
    assert ("Olof Backman", "deputy_member", "Styrelsen") in got
    # the staff representative and their deputy hold no seat
    assert not any(p in ("Maja Sundin", "Per Wallin") for p, _r, _b in got)


DEPUTIES_AFTER_MEMBERS = (
    "Sammanträde 2019-05-14\n\n"
    "3 Fyllnadsval styrelsen, anmälan\n\n"
    "Närvarande:\n\n"
    "Ordföranden Gustav Lindell (m)\n\n"
    "Ledamöterna\n"
    "Tore Hedin (v)\n"
    "Ingrid Sjöberg (m)\n\n"
    "Ersättare\n"
    "Per Wallin\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_after_the_members_stay_deputies(morph):
    # guard: "Ersättare" right after the members (no staff representatives' section)
    got = held(DEPUTIES_AFTER_MEMBERS, "sv", morph)
    assert ("Per Wallin", "deputy_member", "Styrelsen") in got

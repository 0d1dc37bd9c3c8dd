"""hytegraph extract on Finnish committee minutes turned from PDF and on an association's annual
report that the rules read wrong:

- "SAAPUVILLA OLLEET JÄSENET Tuominen Jaakko puheenjohtaja , Kokkonen Yrjö varapuheenjohtaja
  läsnä … Holmström Raimo Mäkinen Lea Kämäräinen Paula varajäsen MUUT SAAPUVILLA OLLEET …
  Kaisla Heikki kunnanhallituksen edustaja": the template's rows run together, each name with
  the post of its row (before: read as one sentence, every seat given to the board named last);
  a committee named at the page's head by two fields joined ("Ympäristö- ja
  rakennuslautakunta nro 9/2011"); the minutes' checkers named later by their seats are the
  committee's members, not the board's;
- "Kassör utom styrelsen:" / "Yvonne Backlund": a post held outside the board, said in the
  label over the name (before: a seat in the board);
- "Kommunfullmäktige valde på sitt möte i januari bonden A till ordförande": the body's own
  meeting and the person's occupation between the verb and the name (before: nothing).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats

MINUTES = (
    "Ympäristö- ja rakennuslautakunta nro 9/2011 SISÄLLYSLUETTELO\n\n"
    "2 Sivu 2 Nro 9/2011 KOKOUSAIKA klo 18 KOKOUSPAIKKA Tekninen toimisto SAAPUVILLA OLLEET "
    "JÄSENET Tuominen Jaakko puheenjohtaja , (ja merkintä siitä kuka toimi puheenjohtajana) "
    "Kokkonen Yrjö varapuheenjohtaja läsnä , toimi puheenjohtajana 130 Grönberg Johanna jäsen "
    "Holmström Raimo Mäkinen Lea Pesonen Kirsi Kämäräinen Paula varajäsen Malmgren Mikko MUUT "
    "SAAPUVILLA OLLEET Laitinen Harry rakennustarkastaja Kaisla Heikki kunnanhallituksen "
    "edustaja LAILLISUUS JA PÄÄTÖSVALTAISUUS YMPJARAKL 123 Todettiin. PÖYTÄKIRJAN "
    "TARKASTUSTAPA YMPJARAKL 124 Jäsen Johanna Grönberg , jäsen Kirsi Pesonen ja varajäsen "
    "Paula Kämäräinen valittiin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_attendance_rows_run_together_under_a_joined_committee_name(morph):
    found = seats(MINUTES, "fi", morph)
    committee = "ympäristö- ja rakennuslautakunta"
    assert ("Jaakko Tuominen", "chair", committee) in found
    assert ("Yrjö Kokkonen", "vice_chair", committee) in found
    for name in ("Johanna Grönberg", "Raimo Holmström", "Lea Mäkinen", "Kirsi Pesonen"):
        assert (name, "member", committee) in found
    assert ("Paula Kämäräinen", "deputy_member", committee) in found
    assert ("Heikki Kaisla", "member", "kunnanhallitus") in found
    # the building inspector is staff; nobody but Kaisla sits on the municipal board
    assert {p for p, _, b in found if b == "kunnanhallitus"} == {"Heikki Kaisla"}
    assert not any(p == "Harry Laitinen" for p, _, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_attendance_names_not_in_rows_are_left_to_the_other_readers(morph):
    # a three-word run cannot be split into names of two words: the rows' reading stays out,
    # and no seat is given to the municipal board named among the others
    text = MINUTES.replace("Holmström Raimo Mäkinen Lea", "Holmström Raimo Mäkinen")
    found = seats(text, "fi", morph)
    assert not any(p == "Raimo Holmström" and r == "member" for p, r, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurer_under_a_label_outside_the_board_has_no_seat(morph):
    text = (
        "Rättviks Hemslöjdsförening\n\nVerksamhetsberättelse 2015\n\n"
        "Styrelse:\n\nOrdförande:\n\nAgneta Rosenlund\n\n"
        "Ledamöter:\n\nMats Eskils\n\nChristina Alm\n\n"
        "Kassör utom styrelsen:\n\nYvonne Backlund\n\n"
        "Revisorer:\n\nChristina Larsson och Inger Skoglund\n"
    )
    found = seats(text, "sv", morph)
    assert ("Mats Eskils", "member", "styrelse") in found
    assert not any(p == "Yvonne Backlund" for p, _, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_secretary_under_a_finnish_label_from_outside_the_board_has_no_seat(morph):
    text = (
        "Hallitus 2024\n\nPuheenjohtaja:\nAino Mäki\n\nJäsenet:\nBo Lind\nEva Salo\n\n"
        "Sihteeri hallituksen ulkopuolelta:\nOlli Oja\n"
    )
    found = seats(text, "fi", morph)
    assert ("Bo Lind", "member", "hallitus") in found
    assert not any(p == "Olli Oja" for p, _, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    "gap",
    [
        "på sitt möte i början på januari 1923 bonden",
        "vid sitt konstituerande möte",
        "på sitt möte",
    ],
)
def test_a_body_choosing_its_chair_at_its_own_meeting(morph, gap):
    text = (
        f"Kommunfullmäktige valde {gap} Johan Lillkull från Dagsmark till ordförande. "
        "Till viceordförande valdes Erland Mattfolk.\n"
    )
    found = seats(text, "sv", morph)
    assert ("Johan Lillkull", "chair", "kommunfullmäktige") in found
    assert ("Erland Mattfolk", "vice_chair", "kommunfullmäktige") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_meeting_of_another_kind_between_the_verb_and_the_name_is_not_read(morph):
    # guard: "på sitt möte" needs a verb of choosing before it; a name after "träffade" is no
    # chair
    text = "Kommunfullmäktige träffade på sitt möte Johan Lillkull till ordförandens middag.\n"
    assert not any(p == "Johan Lillkull" for p, _, _ in seats(text, "sv", morph))

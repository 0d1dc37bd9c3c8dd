"""hytegraph extract on layouts met in the hundred-and-thirty-eighth and hundred-and-thirty-ninth
held-out sets: made-up snippets, one per mechanism, read with either word-form reader.

- a body's bare word as the subject of "järjestäytyi seuraavasti" / "konstituerade sig enligt
  följande" before a colon (also as a bulleted item: "- Uusi hallitus järjestäytyi
  seuraavasti:") introduces the list of that body's people under it.
- a table row under no header whose first cell is a bare name and a later cell nothing but an
  office ("Aino Ek | OH2ABC | Varapuheenjohtaja |"), or an office joined to another duty
  ("Sihteeri ja rahastonhoitaja"), a note in parentheses after it allowed: the person holds
  that office in the list's body (a cell between, such as a call sign, is passed over).
- lines of one shape, a body's duties in lower case before a name ("sihteeri ja
  tiedotusvastaava Aino Ek", "kulttuuri- ja ympäristövastaava Bo Lind"), are each a list line
  of their own, not one paragraph; a body's heading right over such a line whose first word is
  an officer's office heads their list; and each line is an entry: the officer's post when it
  begins with one, else a member.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

ORGANISED_ROWS = (
    "Hallitus teki seuraavat päätökset:\n"
    "- Kevään retki tehdään Kylälään toukokuussa\n"
    "- Uusi hallitus järjestäytyi seuraavasti:\n"
    "Aino Kettunen | OH1AAA | Puheenjohtaja (vuosikokouksen valitsema) |\n"
    "Pekka Rautio | OH2BBB | Varapuheenjohtaja |\n"
    "Liisa Mäkelä | OH3CCC | Sihteeri ja rahastonhoitaja |\n"
    "Olli Vaarala | OH4DDD | Tiedottaja |\n"
    "Sari Lindroos | OH5EEE | Kerhomestari |\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_organised_item_over_rows_of_name_call_sign_and_office(morph):
    got = held(ORGANISED_ROWS, "fi", morph)
    assert ("Aino Kettunen", "chair", "Hallitus") in got
    assert ("Pekka Rautio", "vice_chair", "Hallitus") in got
    assert ("Liisa Mäkelä", "secretary", "Hallitus") in got
    assert ("Olli Vaarala", "member", "Hallitus") in got
    assert ("Sari Lindroos", "member", "Hallitus") in got
    # the office is the row's own, never the person's above or below
    assert ("Pekka Rautio", "chair", "Hallitus") not in got
    assert ("Olli Vaarala", "secretary", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_organised_sentence_over_lines_of_names_and_offices(morph):
    text = (
        "Testilän kyläyhdistys piti syyskokouksensa marraskuussa.\n\n"
        "Uusi hallitus järjestäytyi seuraavasti:\n"
        "Aino Kettunen, puheenjohtaja\n"
        "Pekka Rautio, varapuheenjohtaja\n"
        "Olli Vaarala, jäsen\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Kettunen", "chair", "Hallitus") in got
    assert ("Pekka Rautio", "vice_chair", "Hallitus") in got
    assert ("Olli Vaarala", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_constituted_sentence_over_lines_in_swedish(morph):
    text = (
        "Testviks hembygdsförening höll årsmöte i mars.\n\n"
        "Styrelsen konstituerade sig enligt följande:\n"
        "Anna Berglöf | Ordförande |\n"
        "Leif Strandkvist | Sekreterare |\n"
        "Per Holmgård | Ledamot |\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berglöf", "chair", "Styrelsen") in got
    assert ("Leif Strandkvist", "secretary", "Styrelsen") in got
    assert ("Per Holmgård", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_item_that_says_no_composition(morph):
    # "- Hallitus kokoontui seuraavina päivinä:" over rows of a name and a date: when the
    # board met and who reported, no one's seat
    text = (
        "Hallitus teki seuraavat päätökset:\n"
        "- Kevään retki tehdään Kylälään toukokuussa\n"
        "- Hallitus kokoontui seuraavina päivinä:\n"
        "Aino Kettunen | 12.3. | Puheenjohtaja |\n"
        "Pekka Rautio | 14.5. | Varapuheenjohtaja |\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Kettunen", "chair", "Hallitus") not in got
    assert ("Pekka Rautio", "vice_chair", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_row_whose_first_cell_says_its_office(morph):
    # "Aino Kettunen, varapuheenjohtaja | Puheenjohtaja 2019-2022 |": the first cell's office
    # is the seat; a later cell's office (a past one) does not replace it
    text = (
        "Uusi hallitus järjestäytyi seuraavasti:\n"
        "Aino Kettunen, varapuheenjohtaja | Puheenjohtaja |\n"
        "Pekka Rautio | OH2BBB | Jäsen |\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Kettunen", "vice_chair", "Hallitus") in got
    assert ("Aino Kettunen", "chair", "Hallitus") not in got
    assert ("Pekka Rautio", "member", "Hallitus") in got


DUTY_LINES = (
    "Toimintakertomus 2024\n\n"
    "Testilän Historianopiskelijat ry\n\n"
    "Hallitus 2024\n\n"
    "puheenjohtaja Aino Kettunen\n\n"
    "varapuheenjohtaja ja nettivastaava Pekka Rautio\n\n"
    "1. opinto- ja alumnivastaava Liisa Mäkelä\n\n"
    "taloudenhoitaja ja tapahtumavastaava Olli Vaarala\n\n"
    "sihteeri ja tiedotusvastaava Sari Lindroos\n\n"
    "kulttuuri- ja ympäristövastaava Ville Haapala\n\n"
    "liikunta-, ISO- ja 2. suhdevastaava Eeva Koskela\n\n"
    "Yleistä toiminnasta\n\n"
    "Vuonna 2024 hallitus kokoontui kahdeksan kertaa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_lines_of_duties_then_a_name_under_a_body_heading(morph):
    got = held(DUTY_LINES, "fi", morph)
    assert ("Aino Kettunen", "chair", "Hallitus") in got
    assert ("Pekka Rautio", "vice_chair", "Hallitus") in got
    assert ("Liisa Mäkelä", "member", "Hallitus") in got
    assert ("Olli Vaarala", "member", "Hallitus") in got
    assert ("Sari Lindroos", "secretary", "Hallitus") in got
    assert ("Ville Haapala", "member", "Hallitus") in got
    assert ("Eeva Koskela", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_line_of_words_that_are_no_duties(morph):
    # "kokouksen puheenjohtajana toimi Matti Harju" among the lines: the meeting's chair,
    # words that are no duty of the body's; no seat from the line's shape
    text = DUTY_LINES.replace(
        "puheenjohtaja Aino Kettunen\n\n",
        "puheenjohtaja Aino Kettunen\n\nkokouksen puheenjohtajana toimi Matti Harju\n\n",
    )
    got = held(text, "fi", morph)
    assert ("Aino Kettunen", "chair", "Hallitus") in got
    assert not any(p == "Matti Harju" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_cell_of_two_posts_gives_the_more_specific(morph):
    # the cell's two posts read as a list line's would be: the office before a treasurer's
    # duty, and the more specific of two offices
    text = (
        "Styrelsen konstituerade sig enligt följande:\n"
        "Anna Berglöf | SM1AAA | Vice ordförande och kassör |\n"
        "Leif Strandkvist | SM2BBB | Ordförande och sekreterare |\n"
        "Per Holmgård | SM3CCC | Ledamot |\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berglöf", "vice_chair", "Styrelsen") in got
    assert ("Leif Strandkvist", "chair", "Styrelsen") in got
    assert ("Per Holmgård", "member", "Styrelsen") in got
    assert ("Leif Strandkvist", "member", "Styrelsen") not in got

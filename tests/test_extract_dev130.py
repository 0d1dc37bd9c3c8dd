"""hytegraph extract on layouts met in the hundred-and-twenty-sixth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a members' and personal deputies' table flattened a row a line under "Jäsen
  Henkilökohtainen varajäsen", the cells parted by one space, the member's office written with
  its ordinal glued to it ("Aho Aino, 1.vpj Lind Bo"): the office is read as "1. vpj", so the
  row is a vice chair and her personal deputy, and the rows after it are read too;
- the names of such a table printed surname first ("Aho Aino") are turned round ("Aino Aho")
  when the page names one of them elsewhere first name first (the prose naming the chair and
  vice chairs): the table's officers and the prose's are then one person each; a table whose
  names are written as the prose writes them is left as it is.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, roles

SURNAME_FIRST = (
    "Lautakunnan kokoonpano\n\n"
    "Tekninen lautakunta 2022-2024\n\n"
    "Teknisen lautakunnan puheenjohtajana toimii Oskari Rantamäki, 1. varapuheenjohtajana "
    "Helmi Saarivuo ja 2. varapuheenjohtajana Ilmari Kotiranta.\n\n"
    "Jäsen Henkilökohtainen varajäsen\n"
    "Rantamäki Oskari, pj Veikkola Senni\n"
    "Saarivuo Helmi, 1.vpj Laaksomaa Urho\n"
    "Kotiranta Ilmari, 2.vpj Peltomaa Annikki\n"
    "Hirvelä Kerttu Mäkitalo Väinö\n"
    "Ojavuori Tyyne Harjula Eino\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_glued_ordinal_office_and_names_turned_round(morph):
    got = held(SURNAME_FIRST, "fi", morph)
    body = "Teknisen lautakunnan"
    rows = {(p, r) for p, r, b in got if b.startswith(body) or b.startswith("Tekninen")}
    assert ("Oskari Rantamäki", "chair") in rows
    assert ("Senni Veikkola", "deputy_member") in rows
    assert ("Helmi Saarivuo", "vice_chair") in rows
    assert ("Urho Laaksomaa", "deputy_member") in rows
    assert ("Ilmari Kotiranta", "vice_chair") in rows
    assert ("Annikki Peltomaa", "deputy_member") in rows
    assert ("Kerttu Hirvelä", "member") in rows
    assert ("Väinö Mäkitalo", "deputy_member") in rows
    assert ("Tyyne Ojavuori", "member") in rows
    assert ("Eino Harjula", "deputy_member") in rows
    # the table's officers are the prose's, not a second person printed surname first
    assert not any(p == "Rantamäki Oskari" or p == "Saarivuo Helmi" for p, _r in rows)
    assert not any(p == "Hirvelä Kerttu" for p, _r in rows)


FIRST_NAME_FIRST = (
    "Tekninen lautakunta 2022-2024\n\n"
    "Teknisen lautakunnan puheenjohtajana toimii Oskari Rantamäki.\n\n"
    "Jäsen Henkilökohtainen varajäsen\n"
    "Oskari Rantamäki, pj Senni Veikkola\n"
    "Helmi Saarivuo, 1.vpj Urho Laaksomaa\n"
    "Kerttu Hirvelä Väinö Mäkitalo\n"
    "Tyyne Ojavuori Eino Harjula\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_written_as_the_prose_writes_them_stay(morph):
    # guard: the prose names the chair as the table does, so no name is turned
    got = held(FIRST_NAME_FIRST, "fi", morph)
    people = {p for p, _r, _b in got}
    assert "Helmi Saarivuo" in people
    assert "Urho Laaksomaa" in people
    assert "Kerttu Hirvelä" in people
    assert "Saarivuo Helmi" not in people
    assert "Hirvelä Kerttu" not in people
    assert any(p == "Helmi Saarivuo" and r == "vice_chair" for p, r, _b in got)


NOT_ROWS = (
    "Tekninen lautakunta 2022-2024\n\n"
    "Teknisen lautakunnan puheenjohtajana toimii Oskari Rantamäki.\n\n"
    "Jäsen Henkilökohtainen varajäsen\n"
    "Rantamäki Oskari, 1.vpj\n"
    "Hirvelä Kerttu Mäkitalo\n"
    "Lautakunta kokoontuu kerran kuukaudessa kunnantalolla.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_lines_of_one_name_three_words_or_prose_are_no_rows(morph):
    # guard: one name with an office, three words and prose make no member / deputy pairs
    got = roles(NOT_ROWS, "fi", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)
    assert not any(p in ("Kerttu Mäkitalo", "Hirvelä Mäkitalo") for p, _r, _b in got)

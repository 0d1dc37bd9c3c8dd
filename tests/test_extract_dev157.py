"""hytegraph extract on layouts met in the hundred-and-fiftieth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a body named after a Swedish passive verb put first and the seats it appoints ("Sedan 2015
  utses två ledamöter av Länsstyrelsen i X") is the appointing body, not the body a bare
  word heading the list means ("Styrelsen 2023 - 2026:"); nor is a body named on a group's
  heading among the list's own lines;
- a line that names no body, office or status between two lines of a person's name and a
  party's mark in parentheses ("Bo Ek (S)" / "" / "Region Norr" / "Eva Lind (M)") is a
  group's heading (who appoints the seats under it): the list goes on;
- a group's heading inside a list that names a body the text said appoints seats
  ("Länsstyrelsen i X" after "utses två ledamöter av Länsstyrelsen i X") heads those it
  appoints: the list of the body above goes on;
- a former mark before a trade ("skribent och f.d. förläggare (ordförande)") makes only the
  trade a past one: the office in parentheses after it is held;
- a body's bare word on a line of its own ("Styrelsen") over paragraphs of "Name, office
  (owner)" heads their list.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

APPOINTED = (
    "Styrelsen\n\n"
    "Sedan 2015 utses två ledamöter av Länsstyrelsen i Norrlands län. Sedan 2018 utses även "
    "två ledamöter av Länsstyrelsen i Söderlands län.\n\n"
    "Styrelsen 2023 \u2013 2026:\n\n"
    "Norrbyregionen\n"
    "Anna Berg (C), ordförande\n"
    "Bo Ek (SD)\n"
    "Cia Lind (S), ersättare\n\n"
    "Region Söderby\n"
    "Dan Holm (S)\n"
    "Eva Kask (M)\n"
    "Fia Sand (C), ersättare\n\n"
    "Östra kommunförbundet\n"
    "Gun Ås (S), vice ordförande\n"
    "Hans Rim (M)\n\n"
    "Länsstyrelsen i Söderlands län\n"
    "Ivar Malm\n\n"
    "Länsstyrelsen i Norrlands län\n"
    "Jan Vik\n"
    "Kim Dahl, ersättare\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_appointing_body_after_the_verb_is_not_the_listed_body(morph):
    text = (
        "Sedan 2015 utses två ledamöter av Länsstyrelsen i Norrlands län.\n\n"
        "Styrelsen 2023 \u2013 2026:\n\n"
        "Anna Berg (C), ordförande\n"
        "Bo Ek (SD)\n"
        "Cia Lind (S), ersättare\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Bo Ek", "member", "Styrelsen") in got
    assert ("Cia Lind", "deputy_member", "Styrelsen") in got
    assert not any(body == "Länsstyrelsen" for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_groups_by_appointing_bodies_are_one_list(morph):
    got = held(APPOINTED, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Gun Ås", "vice_chair", "Styrelsen") in got
    for name in ("Bo Ek", "Dan Holm", "Eva Kask", "Hans Rim", "Ivar Malm", "Jan Vik"):
        assert (name, "member", "Styrelsen") in got
    for name in ("Cia Lind", "Fia Sand", "Kim Dahl"):
        assert (name, "deputy_member", "Styrelsen") in got
    assert not any(body == "Länsstyrelsen" for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_group_heading_between_party_lines_keeps_the_list(morph):
    text = (
        "Styrelsen 2024\u20132027:\n\n"
        "Norra regionen\n"
        "Anna Berg (C), ordförande\n"
        "Bo Ek (SD)\n\n"
        "Södra regionen\n"
        "Dan Holm (S)\n"
        "Eva Kask (M)\n"
    )
    got = held(text, "sv", morph)
    assert ("Dan Holm", "member", "Styrelsen") in got
    assert ("Eva Kask", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_former_trade_before_the_office_in_parentheses(morph):
    text = (
        "Ledamöter 2020\u20132022:\n\n"
        "Anna Berg, skribent och f.d. förläggare (ordförande)\n\n"
        "Bo Ek, lektor (vice ordförande)\n\n"
        "Cia Lind, koordinator\n\n"
        "Dan Holm, journalist\n"
    )
    got = held(text, "sv", morph)
    assert any(p == "Anna Berg" and r == "chair" for p, r, _ in got)
    assert any(p == "Bo Ek" and r == "vice_chair" for p, r, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_body_word_over_name_office_owner_paragraphs(morph):
    text = (
        "Styrelsen\n\n"
        "Anna Berg, ordförande (Norrby stad)\n\n"
        "Bo Ek, vice ordförande (Stiftelsen Testfonden)\n\n"
        "Cia Lind (Söderby kommun)\n\n"
        "Dan Holm (Norrby stad)\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Bo Ek", "vice_chair", "Styrelsen") in got
    assert ("Cia Lind", "member", "Styrelsen") in got


# -- leave alone ---------------------------------------------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_full_body_named_not_as_appointer(morph):
    # the page's own board named in full in prose: the bare word heading the list is it
    text = (
        "Stiftelsen förvaltas av en styrelse. Förbundsstyrelsen har sitt säte i Norrby.\n\n"
        "Styrelsen:\n\n"
        "Anna Berg (C), ordförande\n"
        "Bo Ek (SD)\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Förbundsstyrelsen") in got
    assert ("Bo Ek", "member", "Förbundsstyrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_staff_heading_after_the_list(morph):
    text = (
        "Styrelsen 2024\u20132027:\n\n"
        "Anna Berg (C), ordförande\n"
        "Bo Ek (SD)\n\n"
        "Kansli\n"
        "Dan Holm, verksamhetsledare\n"
        "Eva Kask, ekonom\n"
    )
    got = held(text, "sv", morph)
    assert ("Bo Ek", "member", "Styrelsen") in got
    assert not any(p in ("Dan Holm", "Eva Kask") for p, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_another_body_heading_after_the_list(morph):
    # a body the text never said appoints the seats: its own list, no seats of the board's
    text = (
        "Styrelsen 2024\u20132027:\n\n"
        "Anna Berg (C), ordförande\n"
        "Bo Ek (SD)\n\n"
        "Valberedningen\n"
        "Dan Holm (S)\n"
        "Eva Kask (M)\n"
    )
    got = held(text, "sv", morph)
    assert ("Bo Ek", "member", "Styrelsen") in got
    assert ("Dan Holm", "member", "Styrelsen") not in got
    assert ("Eva Kask", "member", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_former_office(morph):
    text = (
        "Styrelsen\n\n"
        "Anna Berg, ordförande (Norrby stad)\n\n"
        "Bo Ek (Söderby kommun)\n\n"
        "Dan Holm, f.d. ordförande (Norrby stad)\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert not any(p == "Dan Holm" and r == "chair" for p, r, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_sentence_naming_the_body_between_seats(morph):
    # a sentence that names the body in full between its seats is no group's heading: the
    # body it names is the one the bare "rådet" stands for
    text = (
        "Nytt tillgänglighetsråd i Testverket\n\n"
        "Rådets ordförande är Maria Ekholm.\n\n"
        "Tillgänglighetsrådet fyller en viktig roll i myndigheten. "
        "Rådet har sitt första möte i höst.\n\n"
        "Ledamöter i rådet under perioden 2024 \u2013 2027 från "
        "Testförbundet är: Anna Bergqvist, Leif Strandberg och Per Holmström.\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Bergqvist", "member", "Tillgänglighetsrådet") in got
    assert ("Per Holmström", "member", "Tillgänglighetsrådet") in got

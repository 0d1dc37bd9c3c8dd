"""hytegraph extract on layouts met in the ninety-fifth and hundred-and-first held-out sets:
made-up snippets, one per mechanism, read with either word-form reader.

- a body's members a line each, each name followed by another person's name in brackets and
  perhaps more ("Aino Ek (Bo Lind)  Kylälän Kuoro (SKL)"), nothing saying what the brackets
  hold: the name in brackets is the member's personal deputy (three such lines or more; a
  note in small letters, "(ilm. myöh.)", is no deputy);
- an association's "ry." before a bracket at a line's end ("… Kuoron tuki ry. (NuKL)") is
  no sentence's end with a news item's signature: the line stays a list line;
- a run of names parted by slashes and carried over line ends ("Aino Ek / Bo Lind /") under
  a body's heading: every name is a member, not a member and a personal deputy; a post in
  brackets cut short ("(Puh.joht)", "(Vara puh. joht)") is the role;
- minutes headed "Testilän Seuran hallituksen kokous 3/2019" with the attendance a line a
  person padded apart from the items attended or "poissa": the first block is the body's
  members, present or absent; a post that is no seat ("tj") or one with years after it
  ("pj 2020-2021") gives none;
- a name in brackets right after a person's name in a prose run ("Aino Ek (Testilän Golf)")
  is whom she comes from, no member;
- with the rules reader, a surname that is also a word read as no name ("Lähde") before a
  comma and the next name of a list ("Leo Lähde, Eva Ek").
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

BRACKETED_LINES = (
    "Piirin hallitus:\n"
    "Aino Ekholm pj.  Kylälän Kamarikuoro (SKL)\n"
    "Bo Lindqvist (Olli Bergström)  Testilän Laulu (SKL)\n"
    "Eva Aholainen (Pia Salonen)  Kuorotuki ry. (NuKL)\n"
    "Ilkka Mäkelä (Sari Raekallio)  Mieskuoro Kaiku (SMKL)\n"
    "Tero Nieminen (ilm. myöh.)  Kamarikuoro Soiva (SKL)\n"
    "Kalle Virtanen (Liisa Hakala)  Naiskuoro Helmi (SNKL)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_in_brackets_a_line_is_the_members_personal_deputy(morph):
    got = held(BRACKETED_LINES, "fi", morph)
    body = {b for p, _r, b in got if p == "Bo Lindqvist"}
    assert len(body) == 1
    (body,) = body
    assert ("Aino Ekholm", "chair", body) in got
    assert ("Bo Lindqvist", "member", body) in got
    assert ("Olli Bergström", "deputy_member", body) in got
    assert ("Pia Salonen", "deputy_member", body) in got
    # the line with "ry. (NuKL)" does not end the list
    assert ("Ilkka Mäkelä", "member", body) in got
    assert ("Sari Raekallio", "deputy_member", body) in got
    assert ("Tero Nieminen", "member", body) in got
    assert ("Kalle Virtanen", "member", body) in got
    assert ("Liisa Hakala", "deputy_member", body) in got
    assert not any(p.startswith("ilm") for p, _r, _b in got)


TWO_BRACKETED_LINES = (
    "Johtokunta:\n"
    "Aino Ekholm (Bo Lindqvist)\n"
    "Eva Aholainen (Pia Salonen)\n"
    "Ilkka Mäkelä\n"
    "Kalle Virtanen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_two_bracketed_names_are_not_read_as_deputies(morph):
    # guard: fewer than three such lines say nothing of what the brackets hold
    got = held(TWO_BRACKETED_LINES, "fi", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)


SLASH_RUN = (
    "Johtokunnan tehtävät on kerrottu koulun sivuilla.\n\n"
    "Testilän koulun johtokunta\n"
    " \n"
    "Aino Ekholm / Bo Lindqvist /\n"
    " \n"
    "Eva Aholainen (Vara puh. joht). / Pia Salonen /\n"
    " \n"
    "Ilkka Mäkelä ( Puh.joht) / Sari Raekallio/\n"
    " \n"
    "Kalle Virtanen /Liisa Hakala"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_slash_run_over_lines_is_all_members(morph):
    got = held(SLASH_RUN, "fi", morph)
    body = "Testilän koulun johtokunta"
    assert ("Aino Ekholm", "member", body) in got
    assert ("Bo Lindqvist", "member", body) in got
    assert ("Eva Aholainen", "vice_chair", body) in got
    assert ("Pia Salonen", "member", body) in got
    assert ("Ilkka Mäkelä", "chair", body) in got
    assert ("Sari Raekallio", "member", body) in got
    assert ("Kalle Virtanen", "member", body) in got
    assert ("Liisa Hakala", "member", body) in got
    assert not any(r == "deputy_member" for _p, r, _b in got)


SLASH_PAIRS = (
    "Testilän koulun johtokunta\n\n"
    "Aino Ekholm / Bo Lindqvist\n"
    "Eva Aholainen / Pia Salonen\n"
    "Ilkka Mäkelä / Sari Raekallio\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_slash_lines_with_no_slash_carried_over_are_not_a_run(morph):
    # guard: no line ends with a slash: the run reading does not claim the lines
    got = held(SLASH_PAIRS, "fi", morph)
    assert ("Bo Lindqvist", "member", "Testilän koulun johtokunta") not in got
    assert ("Pia Salonen", "member", "Testilän koulun johtokunta") not in got


PADDED_ATTENDANCE = (
    "Pöytäkirja\n"
    "Asia: Testilän Pelaajaliiton hallituksen kokous 5/2019\n"
    "Aika: Ti 3.9.2019 klo 18.00\n"
    "Paikka: Seurantalo, Kylätie 4, Testilä\n\n"
    "Aino Ekholm pj        40-48\n"
    "Bo Lindqvist        40-48\n"
    "Eva Aholainen        40-45\n"
    "Ilkka Mäkelä vpj        poissa\n"
    "Kalle Virtanen        poissa\n\n"
    "Sari Raekallio tj        40-48\n"
    "Liisa Hakala pj 2020\u20132021    40\u201348\n\n"
    "40§ Kokouksen avaus\n"
    "Puheenjohtaja avasi kokouksen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_padded_attendance_lines_under_a_meeting_head(morph):
    got = held(PADDED_ATTENDANCE, "fi", morph)
    assert ("Aino Ekholm", "chair", "Hallitus") in got
    assert ("Bo Lindqvist", "member", "Hallitus") in got
    assert ("Eva Aholainen", "member", "Hallitus") in got
    assert ("Ilkka Mäkelä", "vice_chair", "Hallitus") in got
    assert ("Kalle Virtanen", "member", "Hallitus") in got
    # staff and a term to come hold no seat
    assert not any(p in ("Sari Raekallio", "Liisa Hakala") for p, _r, _b in got)


NO_MEETING_HEAD = (
    "Tulokset\n\n"
    "Aino Ekholm        40-48\n"
    "Bo Lindqvist        40-48\n"
    "Eva Aholainen        40-45\n"
    "Kalle Virtanen        poissa\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_padded_lines_without_a_meeting_head_give_no_seats(morph):
    # guard: without a body's meeting in the head the lines are no attendance
    assert held(NO_MEETING_HEAD, "fi", morph) == set()


CLUBS_IN_BRACKETS = (
    "Liiton syyskokous pidettiin torstaina. Sen sijaan Aino Ekholm (Testilän Golf) ja Bo "
    "Lindqvist (Kylälän Golf) valittiin jatkamaan hallituksessa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_club_in_brackets_after_a_name_is_no_member(morph):
    got = held(CLUBS_IN_BRACKETS, "fi", morph)
    assert not any("Golf" in p for p, _r, _b in got)


SURNAME_A_WORD = (
    "Seurakuntaneuvosto\n\n"
    "Aino Ekholm, YK\n"
    "Bo Lindqvist, ViNi\n"
    "Eva Aholainen, YK\n\n"
    "varalla:\n"
    "Pihlajat: Olli Bergström, Pia Salonen\n"
    "Vihreät niityt: Leo Lähde,  Sari Raekallio, Kalle Virtanen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_surname_that_is_a_word_before_the_next_name(morph):
    got = held(SURNAME_A_WORD, "fi", morph)
    assert ("Leo Lähde", "deputy_member", "Seurakuntaneuvosto") in got
    assert ("Sari Raekallio", "deputy_member", "Seurakuntaneuvosto") in got

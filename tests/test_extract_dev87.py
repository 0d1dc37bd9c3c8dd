"""hytegraph extract on layouts met in the ninety-seventh held-out set: made-up snippets, one
per mechanism, read with either word-form reader.

- a Swedish minutes' cover flattened onto one line whose "Närvarande Ledamöter" column prints
  its "Name (party)" entries first and their seats' labels after them in the same order
  ("Ordförande", "1:e vice ordförande", "ersättare för Name", "ledamot"), and the
  non-serving deputies under "Övriga närvarande ej tjänstgörande ersättare";
- a cover whose "Beslutande Övriga deltagande" heads run together before one column of bare
  names: the deciding members end with the serving deputy ("Name, tjg ers");
- a cover whose "Närvarande Övriga" heads run together before "Name, ABBR" entries and staff
  with their posts: the entries with an abbreviation are the members;
- a board sentence of "office Name" items whose first office is joined with the treasurer's
  task ("ordförande och kassör Name, viceordförande Name, …").
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

LABELS_AFTER = (
    "1 SAMMANTRÄDESPROTOKOLL Sida 1 Tid och plats Onsdagen den 4 mars 2015 kl Vattenverket, "
    "Lillby Närvarande Ledamöter Karin Sundqvist (s) Petter Holmlund (m) Ulla Forsman (c) "
    "Tove Lindahl (s) Rolf Viklund (v) Gösta Nyberg (m) Ordförande 1:e vice ordförande "
    "2:e vice ordförande ersättare för Maja Ekholm ledamot ledamot Övriga närvarande ej "
    "tjänstgörande ersättare Sara Öberg (s) Nils Wiklander (m) Övriga närvarande Tjänstemän "
    "Teknisk chef Oskar Lundmark, ekonom Frida Hallin Justeringen har offentliggjorts "
    "Underskrifter Paragrafer Sekreterare Frida Hallin Ordförande Karin Sundqvist Justerare "
    "Rolf Viklund\n\n"
    "2 SAMMANTRÄDESPROTOKOLL Sida 2 Bevis om justering Organ Miljönämnden Datum då anslaget "
    "sätts upp\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_seat_labels_printed_after_the_names_are_read_in_order(morph):
    got = held(LABELS_AFTER, "sv", morph)
    assert ("Karin Sundqvist", "chair", "Miljönämnden") in got
    assert ("Petter Holmlund", "vice_chair", "Miljönämnden") in got
    assert ("Ulla Forsman", "vice_chair", "Miljönämnden") in got
    assert ("Tove Lindahl", "deputy_member", "Miljönämnden") in got
    assert ("Maja Ekholm", "member", "Miljönämnden") in got  # the member Tove serves for
    assert ("Rolf Viklund", "member", "Miljönämnden") in got
    assert ("Gösta Nyberg", "member", "Miljönämnden") in got
    assert ("Sara Öberg", "deputy_member", "Miljönämnden") in got
    assert ("Nils Wiklander", "deputy_member", "Miljönämnden") in got
    # the officials hold no seat
    assert not any(p == "Oskar Lundmark" for p, _r, _b in got)
    assert ("Frida Hallin", "member", "Miljönämnden") not in got


LABELS_MISMATCHED = LABELS_AFTER.replace("ledamot ledamot Övriga", "ledamot Övriga")


@pytest.mark.parametrize("morph", MORPHS)
def test_labels_that_do_not_match_the_names_one_for_one_give_no_offices(morph):
    # guard: five labels for six names: which label is whose is not shown
    got = held(LABELS_MISMATCHED, "sv", morph)
    assert ("Petter Holmlund", "vice_chair", "Miljönämnden") not in got
    assert ("Tove Lindahl", "deputy_member", "Miljönämnden") not in got


SERVING_LAST = (
    "1 Kulturrådet SAMMANTRÄDESPROTOKOLL 1 Plats och tid Biblioteket, Lillby, kl Beslutande "
    "Övriga deltagande Ledamöter Per-Erik Svanberg Gunnel Hedlund Tomas Ekvall Lotta Brandt, "
    "tjg ers Sven Olofsson Greta Nordin Utses att justera Tomas Ekvall\n"
)
SIGNED_ON_DOTS = SERVING_LAST.replace(
    "Utses att justera Tomas Ekvall",
    "Utses att justera Tomas Ekvall Sekreterare... Greta Nordin Ordförande... Paragrafer "
    "Per-Erik Svanberg Justerare... Tomas Ekvall",
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_column_of_bare_names_ends_with_its_serving_deputy(morph):
    got = held(SERVING_LAST, "sv", morph)
    assert ("Per-Erik Svanberg", "member", "Kulturrådet") in got
    assert ("Gunnel Hedlund", "member", "Kulturrådet") in got
    assert ("Tomas Ekvall", "member", "Kulturrådet") in got
    assert ("Lotta Brandt", "deputy_member", "Kulturrådet") in got
    # the others present, after the deputy
    assert not any(p in ("Sven Olofsson", "Greta Nordin") for p, _r, _b in got)


NO_SERVING = SERVING_LAST.replace(", tjg ers", "")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_column_of_bare_names_without_a_serving_deputy_is_not_cut(morph):
    # guard: where the deciding members end is not shown: no column read as members
    got = held(NO_SERVING, "sv", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)


ABBREVIATED = (
    "1 (4) Kommunala pensionärsrådet Plats och tid Folkets hus, Lillby Tisdag den 3 maj 2016, "
    "kl Närvarande Övriga Birgitta Holm, KS, ordförande Arne Sjöberg, SN Elsa Lundin, PRO "
    "Gunnar Berglund, SPF Märta Axelsson, RPG Lena Nordqvist, handläggare, "
    "socialförvaltningen Jonas Hedman, sekreterare, kommunledningskontoret Underskrift "
    "Sekreterare Jonas Hedman Ordförande Birgitta Holm\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_with_an_abbreviation_after_them_are_the_present_members(morph):
    got = held(ABBREVIATED, "sv", morph)
    body = "Kommunala pensionärsrådet"
    assert ("Birgitta Holm", "chair", body) in got
    for name in ("Arne Sjöberg", "Elsa Lundin", "Gunnar Berglund", "Märta Axelsson"):
        assert (name, "member", body) in got
    # the staff with their posts after the abbreviated entries hold no seat
    assert not any(p == "Lena Nordqvist" for p, _r, _b in got)
    assert ("Jonas Hedman", "member", body) not in got


PRESENT_PROSE = (
    "Kommunala pensionärsrådet\n\n"
    "Närvarande vid mötet var Birgitta Holm och Arne Sjöberg. Övriga frågor togs upp sist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_present_in_prose_is_no_column_of_members(morph):
    # guard: "Närvarande" not run together with "Övriga" before names is no column's head
    got = held(PRESENT_PROSE, "sv", morph)
    assert ("Birgitta Holm", "chair", "Kommunala pensionärsrådet") not in got


TREASURER_JOINED = (
    "Verksamhetsberättelse 2024\n\n"
    "Styrelsen har haft följande sammansättning: ordförande och kassör Göran Lindqvist, "
    "viceordförande Helena Sjöholm, sekreterare Anders Wikström, medlemmar Tina Roos och "
    "Jonas Ekblad samt suppleant Petra Nyholm.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_joined_with_the_treasurers_task_is_the_names_after_it(morph):
    got = held(TREASURER_JOINED, "sv", morph)
    assert ("Göran Lindqvist", "chair", "Styrelsen") in got
    assert ("Helena Sjöholm", "vice_chair", "Styrelsen") in got
    assert ("Anders Wikström", "secretary", "Styrelsen") in got
    assert ("Tina Roos", "member", "Styrelsen") in got
    assert ("Petra Nyholm", "deputy_member", "Styrelsen") in got
    # not the office after each name read as the name's before it
    assert ("Göran Lindqvist", "vice_chair", "Styrelsen") not in got
    assert ("Helena Sjöholm", "secretary", "Styrelsen") not in got


NAME_THEN_OFFICE = (
    "Verksamhetsberättelse 2024\n\n"
    "Styrelsen har haft följande sammansättning: Göran Lindqvist, ordförande och kassör, "
    "Helena Sjöholm, viceordförande, Anders Wikström, sekreterare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_after_the_names_stay_the_names_before_them(morph):
    # guard: "Name, office" items keep their reading
    got = {(p, r) for p, r, _b in held(NAME_THEN_OFFICE, "sv", morph)}
    assert ("Helena Sjöholm", "vice_chair") in got
    assert ("Anders Wikström", "secretary") in got
    assert ("Göran Lindqvist", "vice_chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_chair_signing_on_a_dotted_line_is_the_columns_chair(morph):
    got = held(SIGNED_ON_DOTS, "sv", morph)
    assert ("Per-Erik Svanberg", "chair", "Kulturrådet") in got
    assert ("Gunnel Hedlund", "member", "Kulturrådet") in got
    # the secretary signing is no member of the column
    assert ("Greta Nordin", "member", "Kulturrådet") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_no_dotted_signature_leaves_the_first_member_a_member(morph):
    # guard: without the chair's signature, no chair is guessed
    got = held(SERVING_LAST, "sv", morph)
    assert not any(r == "chair" for _p, r, _b in got)

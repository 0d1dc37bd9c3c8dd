"""hytegraph extract on layouts met in the hundred-and-thirty-second held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- "Styrelsen har följande utseende för år 2024:" introduces the board's list ("följande
  utseende", like "följande sammansättning"); under it "Ledamöter, A, B och C" and "Ersättare,
  D och E": a member's or a deputy's plural label with a comma where a colon is meant, then a
  run of names, read as the label's list;
- minutes' "Närvarande:" as groups of names each closed by a label and a count ("A, nuvarande
  ordförande, B, C. D och E nuvarande styrelsemedlemmar (4), F och G, suppleanter i nuvarande
  styrelse (2), H och I övriga mötesdeltagare (2)"): the label's seat and body are its group's
  where the count agrees, an apposition ("nuvarande ordförande") is its name's own seat, and
  the other participants hold none;
- an annual report's "Label Name, Name" lines: "Suppleanter …" right under "Revisorer …"
  names the auditors' deputies (no seats); "Valberedning A, B" names the nominating
  committee's members; "Årsmötet hölls … med X som ordförande" names the meeting's chair;
- news prose: "Dessutom valdes till styrelsen A och B som representanter från …" (members of
  the board), "Övriga i styrelsen med ett år kvar är sedan tidigare C och D." (members), a
  compound broken by a space ("utsågs till styrelsesupplean ter": the board's deputies), a
  full stop with no space before the next sentence ("ter.Löpsektionen utgörs av …") and
  "Ungdomskommittén består av följande funktionärer: …" (the committee's own members, not the
  section named before).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

APPEARANCE = (
    "Årsmöte\n\n"
    "Vid föreningens årsmöte den 14 mars deltog ett 30-tal medlemmar.\n\n"
    "Styrelsen har följande utseende för år 2024:\n\n"
    "Ordförande, Ingrid Halvarsson\n"
    "Vice ordförande, Tore Lindqvist\n"
    "Sekreterare, Malin Strandberg\n"
    "Ledamöter, Gunnel Åkesson, Roland Fjällström och Sixten Hedqvist\n"
    "Ersättare, Agneta Vikström och Lars-Åke Tornberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_following_appearance_and_labels_with_a_comma(morph):
    got = held(APPEARANCE, "sv", morph)
    assert ("Ingrid Halvarsson", "chair", "Styrelsen") in got
    assert ("Tore Lindqvist", "vice_chair", "Styrelsen") in got
    assert ("Malin Strandberg", "secretary", "Styrelsen") in got
    assert ("Gunnel Åkesson", "member", "Styrelsen") in got
    assert ("Roland Fjällström", "member", "Styrelsen") in got
    assert ("Sixten Hedqvist", "member", "Styrelsen") in got
    assert ("Agneta Vikström", "deputy_member", "Styrelsen") in got
    assert ("Lars-Åke Tornberg", "deputy_member", "Styrelsen") in got
    assert len(got) == 8


ONE_NAME_AFTER_COMMA = (
    "Årsmöte\n\n"
    "Styrelsen har följande utseende för år 2024:\n\n"
    "Ordförande, Ingrid Halvarsson\n"
    "Kassör, Tore Lindqvist och Malin Strandberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_comma_after_a_label_of_no_seat_stays_a_comma(morph):
    # guard: only a member's or a deputy's label turns its comma into a colon
    got = held(ONE_NAME_AFTER_COMMA, "sv", morph)
    assert ("Ingrid Halvarsson", "chair", "Styrelsen") in got
    assert not any(r == "deputy_member" for _p, r, _b in got)


COUNTED = (
    "Protokoll för vårmötet 15.4.2024, kl 18.00 - 19.30\n\n"
    "Plats: Bygdegården i Norrvik\n\n"
    "Närvarande:\n\n"
    "Rune Ekholm, nuvarande ordförande, Siv Lönnqvist, Birger Holmén. Agda Sundqvist och "
    "Torsten Wikblad nuvarande styrelsemedlemmar (4), Yvonne Granlund och Kent Bylund, "
    "suppleanter i nuvarande styrelse (2) ,Gösta Nylander, Elvi Björkqvist och Henrik Sjöblom "
    "övriga mötesdeltagare (3)\n\n"
    "§1 Mötet öppnas\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_present_as_counted_groups_with_labels_after_the_names(morph):
    got = held(COUNTED, "sv", morph)
    assert got == {
        ("Rune Ekholm", "chair", "Styrelse"),
        ("Siv Lönnqvist", "member", "Styrelse"),
        ("Birger Holmén", "member", "Styrelse"),
        ("Agda Sundqvist", "member", "Styrelse"),
        ("Torsten Wikblad", "member", "Styrelse"),
        ("Yvonne Granlund", "deputy_member", "Styrelse"),
        ("Kent Bylund", "deputy_member", "Styrelse"),
    }


COUNT_DISAGREES = COUNTED.replace("styrelsemedlemmar (4)", "styrelsemedlemmar (5)")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_count_that_disagrees_leaves_the_groups_unread(morph):
    # guard: the groups are read only where every count agrees with its names
    got = held(COUNT_DISAGREES, "sv", morph)
    assert ("Rune Ekholm", "chair", "Styrelse") not in got
    assert ("Siv Lönnqvist", "member", "Styrelse") not in got


REPORT = (
    "Norrviks Hembygdsförening\n\n"
    "Verksamhetsberättelse 2023\n\n"
    "Styrelse\n\n"
    "Ordförande Ragnar Edholm\n"
    "Sekreterare Märit Holmgren\n"
    "Suppleanter Vilhelm Åberg, Dagny Forsgren\n"
    "Revisorer Helmer Strömqvist, Sonja Lidén\n"
    "Suppleanter Evert Nordlund, Greta Ekstam\n"
    "Valberedning Solveig Hammar, Alvar Grönlund\n\n"
    "Årsmöte\n"
    "Årsmötet hölls den 12 mars 2023 på bygdegården med Helga Brännström som ordförande. "
    "Årsmötet fastställde avgiften.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_auditors_deputies_a_committees_line_and_the_meetings_chair(morph):
    got = held(REPORT, "sv", morph)
    assert got == {
        ("Ragnar Edholm", "chair", "Styrelse"),
        ("Märit Holmgren", "secretary", "Styrelse"),
        ("Vilhelm Åberg", "deputy_member", "Styrelse"),
        ("Dagny Forsgren", "deputy_member", "Styrelse"),
        ("Solveig Hammar", "member", "Valberedning"),
        ("Alvar Grönlund", "member", "Valberedning"),
    }


BOARD_DEPUTIES = (
    "Norrviks Hembygdsförening\n\n"
    "Styrelse\n\n"
    "Ordförande Ragnar Edholm\n"
    "Ledamöter Märit Holmgren, Helmer Strömqvist\n"
    "Suppleanter Evert Nordlund, Greta Ekstam\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_under_the_boards_members_stay_its_deputies(morph):
    # guard: only a deputies' line right under the auditors' is theirs
    got = held(BOARD_DEPUTIES, "sv", morph)
    assert ("Evert Nordlund", "deputy_member", "Styrelse") in got
    assert ("Greta Ekstam", "deputy_member", "Styrelse") in got


NEWS = (
    "Folk i förening\n\n"
    "Norrviks IK höll sitt årsmöte i klubbstugan. Gunvald Petrén omvaldes till ordförande för "
    "ett år. Övriga i styrelsen med ett år kvar är sedan tidigare Leif Sandahl och Birgitta "
    "Olausson. Dessutom valdes till styrelsen Viktor Hallgren och Ebba Lundell som "
    "representanter från löpsektionen respektive simsektionen. Tove Krantz och Anders Rydell "
    "utsågs till styrelsesupplean ter.Löpsektionen utgörs av Viktor Hallgren, Nils Stenmark och "
    "Irma Fält. I simsektionen ingår Ebba Lundell, Oskar Wedin och Hanna Berglöf. "
    "Ungdomskommittén består av följande funktionärer: Sigrid Almqvist, Tobias Brandt, och "
    "Klara Nyberg.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_news_paragraph_of_a_board_two_sections_and_a_committee(morph):
    got = held(NEWS, "sv", morph)
    assert ("Gunvald Petrén", "chair", "Styrelse") in got
    assert ("Leif Sandahl", "member", "Styrelsen") in got
    assert ("Birgitta Olausson", "member", "Styrelsen") in got
    assert ("Viktor Hallgren", "member", "Styrelsen") in got
    assert ("Ebba Lundell", "member", "Styrelsen") in got
    assert ("Tove Krantz", "deputy_member", "Styrelse") in got
    assert ("Anders Rydell", "deputy_member", "Styrelse") in got
    for p in ("Viktor Hallgren", "Nils Stenmark", "Irma Fält"):
        assert (p, "member", "Löpsektionen") in got
    for p in ("Ebba Lundell", "Oskar Wedin", "Hanna Berglöf"):
        assert (p, "member", "Simsektionen") in got
    for p in ("Sigrid Almqvist", "Tobias Brandt", "Klara Nyberg"):
        assert (p, "member", "Ungdomskommittén") in got
        assert (p, "member", "Simsektionen") not in got
    assert not any(r == "representative" for _p, r, _b in got)
    assert not any(b.casefold().startswith("styrelsesupp") for _p, _r, b in got)


OTHERS_NOT_A_BODY = (
    "Folk i förening\n\n"
    "Klubben höll sitt årsmöte i klubbstugan. Övriga i publiken var sedan tidigare Leif Sandahl "
    "och Birgitta Olausson.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_others_in_what_is_no_body_hold_no_seats(morph):
    # guard: "Övriga i …" gives seats only in a body
    assert held(OTHERS_NOT_A_BODY, "sv", morph) == set()

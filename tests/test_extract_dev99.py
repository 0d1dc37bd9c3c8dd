"""hytegraph extract on layouts met again in the hundred-and-fourth held-out set (a second
round): made-up snippets, one per mechanism, read with either word-form reader.

- a flattened minutes' cover whose deputies' label has a comma ("Närvarande, ej tjänstgörande
  ersättare A B C D (M)"): the names after it are deputies;
- the deciding members' appendix with starred names ("Beslutande A B *C D *E, , kl F"): when a
  starred name is also among the deputies present on the cover, the star marks the deputies
  serving in a member's seat, all of them deputies (stars with no such name: members still);
- the deciding members' column going on over a flattened page break ("… (S) (M)\\n\\n3 (12)
  *A B …"): the next page's run is the column's too;
- an odd run of names with no separator ("A Berg B Lund Holm C Ek …"), cut into names of two
  or three words where it reads best: a first name known, hyphenated or ending in -a opens a
  name, a Swedish surname's ending ("-berg", "-qvist", "-sson") ends one; not where a first
  name would stand inside a name or too few cuts are shown so (an earlier test's guard);
- the two signature labels printed before the two signed names ("Sekreterare Ordförande. A..
  B"): B, among the deciding members, is the chair;
- "Beslutande ledamöter samtliga ledamöter med undantag av A (M), B (S) samt C (C)": those
  named are members (absent); all members decide, so the chair signing ("Ordförande D") is the
  body's; a signing secretary named on the cover with an official's title ("E,
  kommunsekreterare") holds no seat;
- "Vid konstitueringen blev A viceordförande": the verb before the subject, the office right
  after the name.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

COVER = (
    "1 (12) Tid och plats Rådhuset, sessionssalen Kl Beslutande Se förteckning bilaga 1 "
    "Närvarande, ej tjänstgörande ersättare Gustav Lindell Maja Sundin Olof Backman Tove Rask (M) "
    "Övriga närvarande Berit Holm, sekr Tid och plats för Tisdagen den 3 mars kl Paragrafer "
    "justering Sekreterare Ordförande. Berit Holm.. Agneta Blomqvist Justerande.. Sara Falk "
    "ANSLAG/BEVIS Kommunfullmäktiges protokoll är justerat.\n\n"
    "2 (12) Bilaga 1. Kommunfullmäktiges protokoll Beslutande Agneta Blomqvist Tore Hedlund "
    "Ingrid Sjöberg Holm Sara Falk *Gustav Lindell Erik Stenberg Lena Ek Nils Dahlgren "
    "*Maja Sundin, , kl Petra Lund (S) (S) (M)\n\n"
    "3 (12) *Olof Backman Karl Lundqvist Stina Wallin Ulla Nyberg (M) (M)"
)
BODY = "Kommunfullmäktige"


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_label_with_a_comma(morph):
    got = held(COVER, "sv", morph)
    assert ("Tove Rask", "deputy_member", BODY) in got
    assert not any(p == "Berit Holm" for p, _r, _b in got)  # the minutes' secretary


@pytest.mark.parametrize("morph", MORPHS)
def test_starred_deciding_names_are_serving_deputies(morph):
    got = held(COVER, "sv", morph)
    for name in ("Gustav Lindell", "Maja Sundin", "Olof Backman"):
        assert (name, "deputy_member", BODY) in got
        assert (name, "member", BODY) not in got
    assert ("Erik Stenberg", "member", BODY) in got
    assert ("Petra Lund", "member", BODY) in got


STARS_ALONE = (
    "1 (12) Tid och plats Rådhuset, sessionssalen Kl Beslutande Se förteckning bilaga 1 "
    "Närvarande, ej tjänstgörande ersättare Hugo Tallberg Rut Engström (M) Övriga närvarande "
    "Berit Holm, sekr ANSLAG/BEVIS Kommunfullmäktiges protokoll är justerat.\n\n"
    "2 (12) Bilaga 1. Kommunfullmäktiges protokoll Beslutande Agneta Blomqvist Tore Hedin "
    "*Gustav Lindell Erik Stenberg *Maja Sundin Petra Lund (S) (S) (M)"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_stars_with_no_name_among_the_deputies_leave_members(morph):
    got = held(STARS_ALONE, "sv", morph)
    assert ("Gustav Lindell", "member", BODY) in got
    assert ("Maja Sundin", "member", BODY) in got
    assert ("Hugo Tallberg", "deputy_member", BODY) in got


FIRST = ["Alva", "Bertil", "Cecilia", "Dan", "Elsa", "Folke", "Greta", "Hans", "Irma", "Jon"]
LAST = ["Adler", "Brink", "Cronvall", "Dufva", "Ekdal", "Fors", "Gyllen", "Hagel", "Idman"]
LONG_PAGE = (
    "2 (12) Bilaga 1. Kommunfullmäktiges protokoll Beslutande "
    + " ".join(f"{a} {b}" for b in LAST for a in FIRST[:6])
    + " (S) (S) (M) (M) (V)\n\n3 (12) Karl Lundqvist Stina Wallin Ulla Nyberg (M) (M)"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_deciding_column_goes_on_over_a_page_break(morph):
    got = held(COVER, "sv", morph)
    assert ("Karl Lundqvist", "member", BODY) in got
    assert ("Ulla Nyberg", "member", BODY) in got
    # a page longer than a cover's column is read: the next page's names too
    got = held(LONG_PAGE, "sv", morph)
    assert ("Alva Adler", "member", BODY) in got
    assert ("Ulla Nyberg", "member", BODY) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_odd_run_of_names_is_cut_where_it_reads_best(morph):
    got = held(COVER, "sv", morph)
    assert ("Tore Hedlund", "member", BODY) in got
    assert ("Ingrid Sjöberg Holm", "member", BODY) in got
    assert ("Sara Falk", "member", BODY) in got
    assert not any(p.startswith("Holm ") or p.endswith(" Sara") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_signature_labels_before_the_signed_names(morph):
    got = held(COVER, "sv", morph)
    assert ("Agneta Blomqvist", "chair", BODY) in got
    assert ("Agneta Blomqvist", "member", BODY) not in got


ALL_BUT = (
    "Sammanträdesprotokoll Sida 1(30) Kommunfullmäktige\n\n"
    "1 Sammanträdesprotokoll Sida 1(30) Plats och tid Rådhuset, Norrvik, den 3 mars 2021, kl "
    "Beslutande ledamöter samtliga ledamöter med undantag av Per Ström (M), Lisa Borg (S) samt "
    "Nils Hed (C). Tjänstgörande ersättare Övriga närvarande ersättare Närvarorätt Övriga "
    "närvarande Närvarande ej tjänstgörande ersättare se bilaga. Anna Wik, kommundirektör "
    "Jonas Lindqvist, kommunsekreterare Justering Utses att justera Eva Sten (S) Underskrifter "
    "Sekreterare Jonas Lindqvist Ordförande Maria Holmgren Justerare Eva Sten ANSLAG/BEVIS "
    "Protokollet är justerat."
)


@pytest.mark.parametrize("morph", MORPHS)
def test_all_members_but_those_named(morph):
    got = held(ALL_BUT, "sv", morph)
    for name in ("Per Ström", "Lisa Borg", "Nils Hed"):
        assert (name, "member", BODY) in got
    assert ("Maria Holmgren", "chair", BODY) in got
    assert not any(p == "Jonas Lindqvist" for p, _r, _b in got)  # an official
    assert not any(p in ("Anna Wik", "Eva Sten") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_signing_secretary_without_an_officials_title_stays(morph):
    got = held(ALL_BUT.replace("Jonas Lindqvist, kommunsekreterare ", ""), "sv", morph)
    assert ("Jonas Lindqvist", "secretary", BODY) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_signing_chair_needs_all_members_deciding(morph):
    # guard: without "samtliga ledamöter med undantag av" the signature is the meeting's
    got = held(ALL_BUT.replace("samtliga ledamöter med undantag av", ""), "sv", morph)
    assert ("Maria Holmgren", "chair", BODY) not in got


CONSTITUTED = (
    "Verksamhetsberättelse 2020\n\n"
    "Till ordförande återvaldes Harald Qvist och till styrelsen valdes Dagny Wikström, Edvin Rönn "
    "och Berit Lax.\n"
    "Vid konstitueringen blev Dagny Wikström viceordförande och kassör medan Edvin Rönn valdes "
    "till sekreterare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_after_the_name_with_the_verb_before_it(morph):
    got = {(p, r) for p, r, _b in held(CONSTITUTED, "sv", morph)}
    assert ("Dagny Wikström", "vice_chair") in got
    assert ("Dagny Wikström", "member") not in got
    assert ("Edvin Rönn", "secretary") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_no_office_after_the_name_leaves_a_member(morph):
    text = CONSTITUTED.replace("viceordförande och kassör", "kassör")
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Dagny Wikström", "member") in got
    assert not any(p == "Dagny Wikström" and r != "member" for p, r in got)

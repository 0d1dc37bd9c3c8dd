"""hytegraph extract on Swedish club and union pages: a board's "Office Name" lines under a
"Nedan följer" lead-in, elections said in prose lines with semicolons, a workplace after a
name's hyphen, and the words around them; made-up snippets, one per mechanism, read with
either word-form reader.

- "Nedan följer styrelsens sammanställning efter årsmötet:" over "Ordförande Aino Berg" lines:
  the board's bare word after "below follows" heads the officers' lines under it;
- "Vice" never opens a person's name ("Vice Studieledare Eva Ek": a post, then a name);
- "Aino Ek- Testby": a hyphen glued to a name with a space after it sets off the person's
  place or workplace, no part of the name, when a list writes three or more of them;
- "Valdes in som ordinarie ledamöter:" with no body named: the body the election in the prose
  before it was to ("Det valdes in nya ledamöter till klubbstyrelsen");
- "Ersättare: A och B." in a list: the full stop closing the line is no name's, both are
  deputies; "Ersättare i styrelsen: …" in the list of Klubbstyrelsen is that body's seat;
- "styrelseplats", "styrelsepost": a seat or a post in a board, no body;
- "… och C och som suppleanter D och E": the next role's list begins, C is a member;
- "Föreningsstämma dagordning 2024.pdf": a meeting's agenda (an attachment's title), no
  heading of the seats below it;
- "Omval på följande ledamöter; A, ordförande, B …", "Ersättare; C och D": a lead-in's
  semicolon where a colon is meant;
- "Ordföranden tackade avgående ledamöter för den tid de har arbetat i styrelsen; A och B":
  members leaving, no seats;
- "Styrelsen utökas med två nya namn …" opening a sentence: the board the roles after it are
  in, not a section of the club the page named before.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held


@pytest.mark.parametrize("morph", MORPHS)
def test_a_follows_lead_in_heads_officer_lines(morph):
    text = (
        "Föreningen höll årsmöte i Testby i april.\n"
        "Nedan följer styrelsens sammanställning efter årsmötet:\n"
        "Ordförande Anna Lindqvist\n"
        "Vice ordförande Karin Holm\n"
        "Kassör Lars Berg\n"
        "Ledamot Erik Nyström\n"
        "Ersättare Maria Sandberg\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Lindqvist", "chair", "Styrelsen") in got
    assert ("Karin Holm", "vice_chair", "Styrelsen") in got
    assert ("Erik Nyström", "member", "Styrelsen") in got
    assert ("Maria Sandberg", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_vice_opens_no_name(morph):
    text = (
        "Styrelsen:\n"
        "Ordförande Anna Lindqvist\n"
        "Studieledare Karin Holm\n"
        "Vice Studieledare Eva Ek\n"
        "Ledamot Erik Nyström\n"
        "Ersättare Eva Ek\n"
    )
    got = held(text, "sv", morph)
    assert not any(person.startswith("Vice") for person, _, _ in got)
    assert ("Eva Ek", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_hyphen_before_a_workplace_is_no_part_of_the_name(morph):
    text = "Styrelsen:\n\nAnna Lindqvist- Testby\n\nKarin Holm- Norrgården\n\nLars Berg- Ekbacka\n"
    got = held(text, "sv", morph)
    assert ("Anna Lindqvist", "member", "Styrelsen") in got
    assert ("Karin Holm", "member", "Styrelsen") in got
    assert not any("-" in person for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_as_seat_heading_takes_the_body_of_the_prose_before(morph):
    text = (
        "Klubben höll årsmöte i mars, det valdes nya till styrelsen.\n\n"
        "Det valdes in nya ledamöter till klubbstyrelsen och vi passar på att tacka de som inte "
        "längre har uppdrag i styrelsen, tack för er tid!\n\n"
        "Valdes in som ordinarie ledamöter:\n\n"
        "Anna Lindqvist\n\n"
        "Karin Holm\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Lindqvist", "member", "Klubbstyrelsen") in got
    assert ("Karin Holm", "member", "Klubbstyrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputies_label_line_with_a_full_stop_names_both(morph):
    text = "Styrelsen:\n\nAnna Lindqvist\n\nErsättare: Karin Holm och Lars Berg.\n"
    got = held(text, "sv", morph)
    assert ("Karin Holm", "deputy_member", "Styrelsen") in got
    assert ("Lars Berg", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_in_the_lists_own_body(morph):
    text = "Klubbstyrelsen:\n\nAnna Lindqvist\n\nErsättare i styrelsen: Karin Holm och Lars Berg.\n"
    got = held(text, "sv", morph)
    assert ("Karin Holm", "deputy_member", "Klubbstyrelsen") in got
    assert ("Lars Berg", "deputy_member", "Klubbstyrelsen") in got
    assert ("Karin Holm", "member", "Klubbstyrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_seat_is_no_body(morph):
    text = (
        "Lars Berg är nyvald för år 2024, då Erik Nyström lämnade sin ordinarie styrelseplats "
        "på egen begäran under 2023 och ersattes av suppleanten Karin Holm. För 2024 nyvaldes "
        "Lars Berg som suppleant.\n"
    )
    got = held(text, "sv", morph)
    assert not any(body.casefold().startswith("styrelseplat") for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_och_som_begins_the_next_roles_list(morph):
    text = (
        "Föreningen höll årsmöte i mars.\n\n"
        "Det resulterade i att styrelsen för föreningen under 2024 fick följande sammansättning:\n"
        "Ordförande Anna Lindqvist, vice ordförande: Karin Holm, kassör: Bo Ek och sekreterare: "
        "Eva Berg. Vidare som ledamöter Lars Berg, Erik Nyström och Per Sandberg och som "
        "suppleanter Eva Ek och Maria Holm.\n"
    )
    got = held(text, "sv", morph)
    assert any(p == "Per Sandberg" and r == "member" for p, r, _ in got)
    assert any(p == "Maria Holm" and r == "deputy_member" for p, r, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_agenda_title_heads_no_list(morph):
    text = (
        "Årsmöte i Testby\n\n"
        "Föreningsstämma dagordning 2024. pdf\n\n"
        "Årsmötet genomfördes i klubbstugan.\n"
        "Omval på följande ledamöter; Anna Lindqvist, ordförande, Karin Holm och Lars Berg.\n"
    )
    got = held(text, "sv", morph)
    assert not any(body.startswith("Föreningsstämma") for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_ins_semicolon_is_its_colon(morph):
    text = (
        "Årsmötet genomfördes i klubbstugan.\n"
        "Valberedningen presenterade ny styrelse.\n"
        "Omval på följande ledamöter; Anna Lindqvist, ordförande, Karin Holm och Lars Berg.\n"
        "Ersättare; Erik Nyström, omval och Maria Sandberg, nyval.\n"
    )
    got = held(text, "sv", morph)
    assert any(p == "Anna Lindqvist" and r == "chair" for p, r, _ in got)
    assert any(p == "Karin Holm" and r == "member" for p, r, _ in got)
    assert any(p == "Maria Sandberg" and r == "deputy_member" for p, r, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_outgoing_members_thanked_hold_no_seats(morph):
    text = (
        "Årsmötet genomfördes i klubbstugan.\n"
        "Ordförande tackade avgående ledamöter för den tid de har arbetat i styrelsen; "
        "Karin Holm, Lars Berg och Erik Nyström.\n"
    )
    got = held(text, "sv", morph)
    assert not any(p in ("Karin Holm", "Lars Berg", "Erik Nyström") for p, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_board_as_subject_beats_a_section_named_before(morph):
    text = (
        "Under gårdagens årsmöte konstaterades att året varit gott.\n\n"
        "Fotbollssektionens verksamhet fortsatte under hösten.\n\n"
        "Styrelsen utökas med ett nytt namn. Anna Lindqvist valdes om som ordförande på ett "
        "år. Karin Holm valdes som sekreterare i två år.\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Lindqvist", "chair", "Styrelsen") in got
    assert ("Karin Holm", "secretary", "Styrelsen") in got
    assert not any(body.startswith("Fotbollssektion") for _, _, body in got)

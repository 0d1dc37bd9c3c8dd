"""hytegraph extract on layouts met in the hundred-and-sixty-third, fifty-ninth, fifty-fourth
and fifty-sixth held-out sets (Swedish): made-up snippets, one per mechanism, read with either
word-form reader.

- a label of the board's deputies in one word before several names ("Styrelsesuppleanter: A,
  B och C") names the board's deputies, no body of its own ("suppleanter" ends a person's
  post, as "ledamöter" does); a label that is a body's name ("Festkommitté: A och B") is
  still that body's;
- a paragraph opened by a body's word and a dash before its first sentence ("Styrelse -
  Styrelsen har under året bestått av A (ordf), …") is read as that sentence under its
  heading; a role's word before a dash and a name ("Ordförande - Anna Ek") is still a list
  line;
- two particles in a row before a surname ("Eva van der Holm") are part of the name;
- the members' word after a possessive pronoun ("tackar sina medlemmar, X och …") is the
  association's members at large, no seat;
- a quotation mark opening the next sentence ("… för Testbolaget. ”Alla fem …”, säger X")
  ends the sentence before it: the one quoted is no part of the run of names before;
- a link's line under an entry ("Kontakt>>") is no heading: the list goes on;
- a sentence saying what a body is made of ("X styrelse består av representanter från …."),
  then lines of a name and an office, introduces the body's list; a line right under such an
  entry that begins with a capitalised occupation ("Museidirektör Testby Konsthall") is the
  person's job, no entry (a line that gives its own seat, "Rektor Bo Lind, ledamot", is one).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

BOARD_DEPUTIES = (
    "Verksamhetsberättelse 2019\n\n"
    "Styrelsen har under året haft följande sammansättning:\n\n"
    "Ordförande: Agnes Lindqvist\n"
    "Sekreterare: Bertil Åström\n"
    "Ledamöter: Cecilia Norrby, Dennis Falk\n"
    "Styrelsesuppleanter: Elsa Grönvall, Fredrik Hammar och Greta Ivarsson\n"
    "Revisorer: Harald Jernberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_board_deputies_label_in_one_word(morph):
    got = held(BOARD_DEPUTIES, "sv", morph)
    for name in ("Elsa Grönvall", "Fredrik Hammar", "Greta Ivarsson"):
        assert (name, "deputy_member", "Styrelsen") in got
        assert (name, "member", "Styrelsesuppleanter") not in got
    assert ("Cecilia Norrby", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_label_that_names_a_body(morph):
    text = BOARD_DEPUTIES.replace(
        "Styrelsesuppleanter: Elsa Grönvall, Fredrik Hammar och Greta Ivarsson",
        "Festkommittén: Elsa Grönvall, Fredrik Hammar och Greta Ivarsson",
    )
    got = held(text, "sv", morph)
    assert ("Elsa Grönvall", "deputy_member", "Styrelsen") not in got
    assert ("Elsa Grönvall", "member", "Styrelsen") not in got


RUN_IN = (
    "Verksamhetsberättelse 2021\n\n"
    "Medlemmar - Vid årets slut hade föreningen cirka 500 betalande medlemmar.\n\n"
    "Styrelse - Styrelsen har under året bestått av Agnes Lindqvist (ordf), Bertil Åström "
    "(vice ordf), Cecilia Norrby (kassör), Dennis Falk (sekreterare) och Elsa Grönvall. "
    "Suppleanter har varit Fredrik Hammar och Greta Ivarsson.\n\n"
    "Styrelsen har haft 9 sammanträden.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_run_in_heading_of_a_body_before_its_sentence(morph):
    got = {(p, r) for p, r, _b in held(RUN_IN.replace(" - ", " \u2013 "), "sv", morph)}
    assert ("Agnes Lindqvist", "chair") in got
    assert ("Bertil Åström", "vice_chair") in got
    assert ("Dennis Falk", "secretary") in got
    assert ("Elsa Grönvall", "member") in got
    assert ("Fredrik Hammar", "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_office_dash_name_line(morph):
    text = (
        "Styrelsen 2021\n\n"
        "Ordförande \u2013 Agnes Lindqvist\n"
        "Sekreterare \u2013 Bertil Åström\n"
        "Kassör \u2013 Cecilia Norrby\n"
    )
    got = held(text, "sv", morph)
    assert ("Agnes Lindqvist", "chair", "Styrelsen") in got
    assert ("Bertil Åström", "secretary", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_two_particles_before_a_surname(morph):
    text = RUN_IN.replace("Agnes Lindqvist (ordf)", "Agnes van der Holm (ordf)")
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Agnes van der Holm", "chair") in got
    assert ("Bertil Åström", "vice_chair") in got


THANKS = (
    BOARD_DEPUTIES.replace("Styrelsesuppleanter", "Suppleanter").replace(
        "Revisorer: Harald Jernberg\n", "Revisorer: Harald Jernberg, Ivar Kask\n"
    )
    + "Revisorsuppleant: Jonna Lund\n\n"
    + "Testby Djurvänner tackar sina medlemmar, Kattskyddet Norden och dess personal samt "
    "alla sponsorer för deras stöd.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_after_a_possessive_pronoun_hold_no_seat(morph):
    got = held(THANKS, "sv", morph)
    assert not any(p.startswith("Kattskyddet") for p, _r, _b in got)
    assert ("Agnes Lindqvist", "chair", "Styrelsen") in got
    assert ("Elsa Grönvall", "deputy_member", "Styrelsen") in got


QUOTED = (
    "Nyheter\n\n"
    "Bertil Åström valdes in i styrelsen som representant för Testbolaget och efterträder "
    "Cecilia Norrby, som fortsätter sitt uppdrag för Provbolaget. \u201dAlla fem nya "
    "styrelseledamöter tillför nya perspektiv\u201d, säger Country Manager Dennis Falk, som "
    "gläds åt tillskotten i styrelsen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_quotation_opens_the_next_sentence(morph):
    got = held(QUOTED, "sv", morph)
    assert ("Bertil Åström", "member", "Styrelsen") in got
    assert not any("Dennis Falk" in p for p, _r, _b in got)


CARDS = (
    "Styrelsen\n\n"
    "Testby Museers styrelse består av representanter från medlemsmuseerna.\n\n"
    "Agnes Lindqvist, ordförande\n"
    "Museidirektör Testby Konsthall (Regionala museer)\n\n"
    "Kontakt>>\n\n"
    "Bertil Åström, vice ordförande\n"
    "Museichef, Provby museum (Regionala museer)\n\n"
    "Kontakt>>\n\n"
    "Cecilia Norrby, styrelseledamot\n"
    "Museichef, Exempelby konsthall\n\n"
    "Kontakt>>\n\n"
    "Dennis Falk, styrelseledamot\n"
    "Sektorschef, Testby stad (Kommunala museer)\n\n"
    "Kontakt>>\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_composition_sentence_over_name_office_cards(morph):
    got = {(p, r) for p, r, _b in held(CARDS, "sv", morph)}
    assert ("Agnes Lindqvist", "chair") in got
    assert ("Bertil Åström", "vice_chair") in got
    assert ("Cecilia Norrby", "member") in got
    assert ("Dennis Falk", "member") in got
    assert not any("Konsthall" in p for p, _r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_link_line_keeps_the_list_going(morph):
    text = CARDS.replace(
        "Testby Museers styrelse består av representanter från medlemsmuseerna.\n\n", ""
    )
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Bertil Åström", "vice_chair") in got
    assert ("Dennis Falk", "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_contacts_heading(morph):
    # a heading of contact details (no link's arrows) still ends the list
    text = (
        "Styrelsen\n\n"
        "Agnes Lindqvist, ordförande\n\n"
        "Bertil Åström, vice ordförande\n\n"
        "Kontaktpersoner\n\n"
        "Cecilia Norrby, kansliet\n"
    )
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Agnes Lindqvist", "chair") in got
    assert not any(p == "Cecilia Norrby" for p, _r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_entry_opened_by_an_occupation(morph):
    # "Rektor Dennis Falk, ledamot" right under an entry: an entry of its own, with its seat
    text = (
        "Styrelsen\n\n"
        "Agnes Lindqvist, ordförande\n\n"
        "Bertil Åström, sekreterare\n"
        "Rektor Dennis Falk, ledamot\n\n"
        "Cecilia Norrby, ledamot\n"
    )
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Bertil Åström", "secretary") in got
    assert any(p.endswith("Dennis Falk") and r == "member" for p, r in got)

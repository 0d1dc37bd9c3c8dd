"""hytegraph extract on layouts met in the hundred-and-sixty-sixth and hundred-and-sixty-eighth
held-out sets (Swedish sports, hunting, fishing and employers' bodies): made-up snippets, one
per mechanism, read with either word-form reader.

- a word that ends in a deputy's word ("styrelsesuppleanter", "suppleanten") names people,
  never a body: it gives the seat, not the body of a list's entries;
- "Styrelseledamöter: A och B, omval två år. C, nyval två år.": an election's remark after
  the names (re-elected, newly elected, elected for the rest of a term, and the term) ends
  the run of names the label's seat word gives its seat to, in the body joined to its front;
  the sentences after it on the label's line, each names and such a remark, are the same
  label's; entries of the election's list read with no body are read again so;
- "A hade då redan valts till ny sekreterare i förbundsstyrelsen", "B valdes på nytt till
  valberedningens ordförande": the office after "till" is the seat, also with an adverb of the
  election after its verb ("på nytt", "igen") and "ny" before the office;
- a line that ends in a composition's lead-in with no colon ("Styrelsen har bestått av"),
  also with a relative clause in commas between the body and the verb ("Styrelsen, som under
  året haft nio sammanträden, har bestått av"), introduces the list of the body under it;
- "Styrelsen för X lämnar följande verksamhetsberättelse": the board's verb of submitting its
  report ends the body's name;
- a heading of the posts held outside the board ("Nyckelroller utanför styrelsen"): the
  names under it hold no seat, nor a guess of the tagger's;
- "Årsmötets ordförande, A": who chaired the meeting, no chair of the board;
- "A från X Företagare, B från Y Företagare och C fortsätter i styrelsen.": each name of the
  subject (perhaps with the organisation it comes from) goes on as a member of the body
  named after "i"; a subject that is no run of names, or a word after "i" that names no
  body, gives nothing.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, held

ELECTIONS = (
    "Testby Jaktvårdsförening höll sitt årsmöte i mars.\n\n"
    "Det förelåg två avsägelser från styrelseledamöter och styrelsesuppleanter. Valen blev "
    "enligt följande:\n"
    "Ordförande: Bo Lindqvist, omval ett år.\n"
    "Styrelseledamöter: Eva Holm och Per Sandberg, omval två år. Anna Strand, nyval två år.\n"
    "Styrelsesuppleanter: Lars Ek, omval två år. Karin Moberg och Nils Dahl, fyllnadsval ett år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_compound_is_no_body(morph):
    got = held(ELECTIONS, "sv", morph)
    assert not any(body.casefold().startswith("styrelsesuppleant") for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_election_remark_ends_a_compound_labels_run(morph):
    got = held(ELECTIONS, "sv", morph)
    assert ("Eva Holm", "member", "Styrelse") in got
    assert ("Per Sandberg", "member", "Styrelse") in got
    assert ("Anna Strand", "member", "Styrelse") in got
    assert ("Lars Ek", "deputy_member", "Styrelse") in got
    assert ("Karin Moberg", "deputy_member", "Styrelse") in got
    assert ("Nils Dahl", "deputy_member", "Styrelse") in got
    assert ("Bo Lindqvist", "chair", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_auditors_with_an_election_remark(morph):
    # the auditors' and their deputies' lines with the same remarks: no seats in the board
    text = ELECTIONS + (
        "Revisorer: Olof Berg och Eva Lund, omval ett år.\n"
        "Revisorssuppleanter: Gun Ek och Per Ros, omval ett år.\n"
    )
    got = held(text, "sv", morph)
    assert not any(p in ("Olof Berg", "Eva Lund", "Gun Ek", "Per Ros") for p, _r, _b in got)
    assert ("Eva Holm", "member", "Styrelse") in got


ELECTED_TO = (
    "Förbundsmöte 2021\n\n"
    "Testby Bouleförbund höll sitt förbundsmöte i april.\n\n"
    "Bo Lindqvist hade då redan valts till ny sekreterare i förbundsstyrelsen. Eva Strand "
    "valdes på nytt till valberedningens ordförande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_after_till_with_words_between(morph):
    got = held(ELECTED_TO, "sv", morph)
    assert ("Bo Lindqvist", "secretary", "Förbundsstyrelsen") in got
    assert ("Eva Strand", "chair", "Valberedningen") in got
    assert ("Bo Lindqvist", "member", "Förbundsstyrelsen") not in got
    assert ("Eva Strand", "member", "Valberedningen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_proposal_to_a_new_office(morph):
    text = ELECTED_TO.replace("valdes på nytt till", "föreslogs på nytt till")
    got = held(text, "sv", morph)
    assert not any(p == "Eva Strand" and r == "chair" for p, r, _b in got)


REPORT = (
    "Verksamhetsberättelse 2022\n\n"
    "Inledning\n\n"
    "Styrelsen för Testby Kanotklubb lämnar härmed följande berättelse över verksamheten för "
    "perioden från den 1 januari 2022 till den 31 december 2022\n\n"
    "Styrelsen, som under året haft nio protokollförda sammanträden, har bestått av\n\n"
    "Karin Holm       ordförande\n"
    "Per Lindgren     vice ordförande\n"
    "Olof Strand      kassör\n"
    "Eva Berg         sekreterare\n"
    "Anna-Lena Ek     suppleant\n\n"
    "Nyckelroller utanför styrelsen\n\n"
    "Sven Ahl         Kanotchef\n"
    "Mia Ros          Vice kanotchef\n"
)
BOARD = "Styrelsen för Testby Kanotklubb"


@pytest.mark.parametrize("morph", MORPHS)
def test_lead_in_without_colon_introduces_the_list(morph):
    got = held(REPORT, "sv", morph)
    assert ("Karin Holm", "chair", BOARD) in got
    assert ("Per Lindgren", "vice_chair", BOARD) in got
    assert ("Olof Strand", "member", BOARD) in got
    assert ("Eva Berg", "secretary", BOARD) in got
    assert ("Anna-Lena Ek", "deputy_member", BOARD) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_lead_in_without_colon_and_no_relative_clause(morph):
    text = REPORT.replace(", som under året haft nio protokollförda sammanträden,", "")
    got = held(text, "sv", morph)
    assert ("Karin Holm", "chair", BOARD) in got
    assert ("Eva Berg", "secretary", BOARD) in got


SUBMITTED = (
    "Verksamhetsberättelse 2022\n\n"
    "Styrelsen för Testby Kanotklubb lämnar följande verksamhetsberättelse för 2022\n\n"
    "Styrelsen har bestått av:\n\n"
    "Karin Holm       ordförande\n"
    "Eva Berg         sekreterare\n\n"
    "Nyckelroller utanför styrelsen\n\n"
    "Sven Ahl         Kanotchef\n"
    "Mia Ros          Vice kanotchef\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_submitting_verb_ends_the_bodys_name(morph):
    got = held(SUBMITTED, "sv", morph)
    assert ("Karin Holm", "chair", BOARD) in got
    assert ("Eva Berg", "secretary", BOARD) in got
    assert not any("lämnar" in body for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_outside_the_board_hold_no_seat(morph):
    walk = Walker(lexicon("sv"), morphology(morph)).walk(SUBMITTED)
    assert not any(
        f.kind == "membership" and f.actor.name in ("Sven Ahl", "Mia Ros") for f in walk.findings
    )
    # nor a guess of the tagger's: the lines under the heading are marked as no seats
    at = SUBMITTED.index("Sven Ahl")
    assert any(a <= at < b for a, b in walk.no_seat)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_posts_inside_the_board(morph):
    # the same heading with "i" for "utanför": the lines under it are no posts outside
    text = SUBMITTED.replace("Nyckelroller utanför styrelsen", "Nyckelroller i styrelsen")
    walk = Walker(lexicon("sv"), morphology(morph)).walk(text)
    at = text.index("Sven Ahl")
    assert not any(a <= at < b for a, b in walk.no_seat)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_lead_in_over_prose(morph):
    text = (
        "Verksamhetsberättelse 2022\n\n"
        "Vår verksamhet har bestått av\n\n"
        "träningar som leds av Karin Holm och Per Lindgren varje tisdag.\n"
    )
    assert held(text, "sv", morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_meetings_chair_is_no_board_chair(morph):
    text = (
        "Årsmötet i Testby Jaktvårdsförening hölls i mars. Årsmötets ordförande, Olle "
        "Nyström, ledde mötet.\n\n"
        "Styrelseledamöter: Eva Holm och Per Sandberg, omval två år.\n"
    )
    got = held(text, "sv", morph)
    assert ("Eva Holm", "member", "Styrelse") in got
    assert not any(p == "Olle Nyström" for p, _r, _b in got)


AUTUMN = (
    "Höstmöte 2020\n\n"
    "Testby Företagare höll sitt höstmöte i december.\n\n"
    "Bo Ek från Testby Företagare, Per Ros från Kylby Företagare och Eva Lind fortsätter i "
    "styrelsen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_that_continue_in_the_body(morph):
    got = held(AUTUMN, "sv", morph)
    assert ("Bo Ek", "member", "Styrelsen") in got
    assert ("Per Ros", "member", "Styrelsen") in got
    assert ("Eva Lind", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_names_that_continue_in_no_body(morph):
    text = AUTUMN.replace("fortsätter i styrelsen", "fortsätter i arbetet")
    assert held(text, "sv", morph) == set()

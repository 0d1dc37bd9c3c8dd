"""hytegraph extract on layouts met in the hundred-and-twenty-third held-out set (an annual
report's bodies and posts): made-up snippets, one per mechanism, read with either word-form
reader.

- "Festnämnden:Bo Lind, ordförande" (or "Retkitoimikunta: Aino Laine, puheenjohtaja") over
  name lines ("Eva Ek", "Gun Berg, sekreterare"): a body's heading with its first name run on
  to it is a heading of its own line over all its names, the bare names its members;
- under such a body's heading, a label's line of the same shape whose word names no body, no
  office and no place ("Revisorer:Gun Berg, ordförande", "Hamnmästare:Lars Vik") ends the
  body's list: the auditors and the post holders after it hold no seat of the body above;
- "Bo Lind2022-2024", "Gun Berg2023" under a board's composition and under "Suppleanter:": a
  name with its term run on without a space is a list's entry, the name and then its term;
- "TävlingarBo Lind, ordförande" under a body's heading: a sub-group's label run on to its
  leader's name and office is a label of its own line; the leader chairs the body, the names
  under it are its members.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

HEADS_RUN_ON = (
    "Verksamhetsberättelse 2024\n\n"
    "Följande funktionärer valdes vid årsmötet:\n\n"
    "Festnämnden:Bo Lindqvist, ordförande\n\n"
    "Eva Ekholm, sekreterare\n\n"
    "Gun Bergström\n\n"
    "Miljönämnd: Per Holmberg, ordförande\n\n"
    "Lars Vikström\n\n"
    "Nina Sjöberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_heading_run_on_to_its_first_name_heads_the_name_lines(morph):
    got = held(HEADS_RUN_ON, "sv", morph)
    assert ("Bo Lindqvist", "chair", "Festnämnden") in got
    assert ("Eva Ekholm", "secretary", "Festnämnden") in got
    assert ("Gun Bergström", "member", "Festnämnden") in got
    assert ("Per Holmberg", "chair", "Miljönämnd") in got
    assert ("Lars Vikström", "member", "Miljönämnd") in got
    assert ("Nina Sjöberg", "member", "Miljönämnd") in got
    # every seat has its body
    assert all(body for _p, _r, body in got)


HEADS_RUN_ON_FI = (
    "Toimintakertomus 2024\n\n"
    "Vuosikokouksessa valittiin seuraavat toimihenkilöt:\n\n"
    "Retkitoimikunta:Matti Meikäläinen, puheenjohtaja\n\n"
    "Liisa Laine\n\n"
    "Pekka Virtanen\n\n"
    "Nuorisojaosto: Sanna Koski, puheenjohtaja\n\n"
    "Juha Mäkelä\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_finnish_body_heading_run_on_to_its_first_name(morph):
    got = held(HEADS_RUN_ON_FI, "fi", morph)
    assert got == {
        ("Matti Meikäläinen", "chair", "Retkitoimikunta"),
        ("Liisa Laine", "member", "Retkitoimikunta"),
        ("Pekka Virtanen", "member", "Retkitoimikunta"),
        ("Sanna Koski", "chair", "Nuorisojaosto"),
        ("Juha Mäkelä", "member", "Nuorisojaosto"),
    }


HEAD_OVER_PROSE = (
    "Verksamhetsberättelse 2024\n\n"
    "Festnämnden: Bo Lindqvist, ordförande\n\n"
    "Nämnden ordnade tre fester under året tillsammans med Eva Ekholm från grannföreningen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_on_heading_over_prose_heads_no_list(morph):
    # guard: only name lines under the line make it a heading over a list
    got = held(HEAD_OVER_PROSE, "sv", morph)
    assert not any(p == "Eva Ekholm" for p, _r, _b in got)


LABELS_END_LISTS = (
    "Funktionärer 2024:\n\n"
    "Festnämnden:Bo Lindqvist, ordförande\n\n"
    "Eva Ekholm\n\n"
    "Revisorer:Gun Bergström, ordförande\n\n"
    "Per Holmberg, suppleant\n\n"
    "Hamnmästare:Lars Vikström\n\n"
    "Nina Sjöberg, vice hamnmästare\n\n"
    "Miljönämnd:Olle Nordin, ordförande\n\n"
    "Stina Åberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_label_of_no_body_ends_the_list_above(morph):
    got = held(LABELS_END_LISTS, "sv", morph)
    assert ("Bo Lindqvist", "chair", "Festnämnden") in got
    assert ("Eva Ekholm", "member", "Festnämnden") in got
    assert ("Olle Nordin", "chair", "Miljönämnd") in got
    assert ("Stina Åberg", "member", "Miljönämnd") in got
    # the auditors and the harbour master's post: no seats
    for person in ("Gun Bergström", "Per Holmberg", "Lars Vikström", "Nina Sjöberg"):
        assert not any(p == person for p, _r, _b in got), person


OFFICE_AND_PLACE_LABELS = (
    "Festnämnden:\n\nOrdförande:Bo Lindqvist\n\nEva Ekholm\n\nVasa:Gun Bergström\n\nPer Holmberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_or_a_place_label_leaves_the_list_going_on(morph):
    # guard: an office's label and a place's label name whose seat it is, not a new group
    got = held(OFFICE_AND_PLACE_LABELS, "sv", morph)
    assert ("Bo Lindqvist", "chair", "Festnämnden") in got
    assert ("Eva Ekholm", "member", "Festnämnden") in got
    assert ("Gun Bergström", "member", "Festnämnden") in got
    assert ("Per Holmberg", "member", "Festnämnden") in got


TERMS_RUN_ON = (
    "Styrelsen har under året haft följande sammansättning:\n\n"
    "Bo Lindqvist2022-2024\n\n"
    "Eva Ekholm2023-2025\n\n"
    "Gun Bergström2023\n\n"
    "Suppleanter:\n\n"
    "Per Holmberg2024\n\n"
    "Lars Vikström2024\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_with_their_terms_run_on(morph):
    got = held(TERMS_RUN_ON, "sv", morph)
    assert got == {
        ("Bo Lindqvist", "member", "Styrelsen"),
        ("Eva Ekholm", "member", "Styrelsen"),
        ("Gun Bergström", "member", "Styrelsen"),
        ("Per Holmberg", "deputy_member", "Styrelsen"),
        ("Lars Vikström", "deputy_member", "Styrelsen"),
    }


SUB_GROUPS_RUN_ON = (
    "Funktionärer 2024:\n\n"
    "Tävlings- och banansnämnd\n\n"
    "TävlingarBo Lindqvist, ordförande\n\n"
    "Eva Ekholm\n\n"
    "BananGun Bergström, ordförande\n\n"
    "Per Holmberg\n\n"
    "Festnämnden:Olle Nordin, ordförande\n\n"
    "Stina Åberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_sub_group_labels_run_on_to_their_leaders(morph):
    got = held(SUB_GROUPS_RUN_ON, "sv", morph)
    assert ("Bo Lindqvist", "chair", "Tävlings- och banansnämnd") in got
    assert ("Eva Ekholm", "member", "Tävlings- och banansnämnd") in got
    assert ("Gun Bergström", "chair", "Tävlings- och banansnämnd") in got
    assert ("Per Holmberg", "member", "Tävlings- och banansnämnd") in got
    assert ("Olle Nordin", "chair", "Festnämnden") in got
    assert ("Stina Åberg", "member", "Festnämnden") in got
    assert not any(r == "chair" and p in ("Eva Ekholm", "Per Holmberg") for p, r, _b in got)


LABEL_WITHOUT_OFFICE = (
    "Funktionärer 2024:\n\nTävlings- och banansnämnd\n\nTävlingarBo Lindqvist\n\nEva Ekholm\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_glued_word_without_an_office_is_no_label(morph):
    # guard: only a leader's office after the name makes the glued word a group's label
    got = held(LABEL_WITHOUT_OFFICE, "sv", morph)
    assert not any(p == "Bo Lindqvist" and r == "chair" for p, r, _b in got)

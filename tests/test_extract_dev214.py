"""hytegraph extract on an election said as a noun after a members' list with no body word:
made-up snippets, one per mechanism, read with either word-form reader.

- "Omval på följande ledamöter: A, B och C. Nyval av D och E.": the sentence of new members
  right after a members' list that named no body adds them to the same board, the section's
  ("Valberedningen presenterade ny styrelse."), as the list's members are.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

NEW_AFTER_LIST = (
    "Årsmöte 2022\n\n"
    "Årsmötet genomfördes i klubbhuset.\n"
    "Valberedningen presenterade ny styrelse.\n"
    "Omval på följande ledamöter; Anna Berg, ordförande, Per Lind, Karin Ek och Johan Nyström. "
    "Nyval av Maria Holm och Erik Sand.\n"
    "Ersättare; Lars Ek, omval och Eva Björk, nyval.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_new_members_after_a_members_list_join_its_board(morph):
    got = held(NEW_AFTER_LIST, "sv", morph)
    boards = {body for person, role, body in got if person == "Per Lind" and role == "member"}
    assert len(boards) == 1
    board = boards.pop()
    for person in ("Maria Holm", "Erik Sand"):
        assert (person, "member", board) in got
    assert ("Anna Berg", "chair", board) in got

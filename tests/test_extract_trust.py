"""bench/extract_trust.py: which commit each blind run was frozen at, and why a replayed
proposal counts as right or wrong."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _load(name: str):
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trust = _load("extract_trust")
ev = _load("extract_eval")


def proposal(role: str, actor: str, target: str) -> dict:
    return {"role": role, "actor": actor, "target": target, "confidence": 0.8, "rule": "r"}


def test_each_blind_run_gives_the_commit_its_header_names():
    runs = trust.blind_runs(40, 45)
    assert sorted(runs) == [40, 41, 42, 43, 44, 45]
    for number, commit in runs.items():
        header = (ROOT / f"bench/extract/heldout{number}-blind.md").read_text().splitlines()[0]
        assert re.fullmatch(r"[0-9a-f]{7,40}", commit)
        assert f"frozen at {commit}" in header


def test_a_range_past_the_last_run_gives_none():
    assert trust.blind_runs(10_000, None) == {}


def test_why_a_proposal_is_wrong():
    expected = [
        ("chair", "Aino Lehto", "Hyvinvointiryhmä"),
        ("member", "Onni Kallio", "Hyvinvointiryhmä"),
        ("member", "Eeva Salmi", "Vanhusneuvosto"),
        ("deputy_member", "Ilmari Koski", "Vanhusneuvosto"),
    ]
    rows = trust.judge(
        [
            proposal("chair", "Lehto Aino", "Hyvinvointiryhmä"),  # surname first: right
            proposal("vice_chair", "Onni Kallio", "Hyvinvointiryhmä"),  # same body, other role
            proposal("member", "Eeva Salmi", "Kaupunginhallitus"),  # same role, other body
            proposal("chair", "Ilmari Koski", "Kaupunginhallitus"),  # both other
            proposal("member", "Pekka Ranta", "Vanhusneuvosto"),  # no seat on the page
            proposal("representative", "Pekka Ranta", "Vanhusneuvosto"),  # not a named role
        ],
        expected,
        ev,
    )
    assert [r["why"] for r in rows] == [
        "right",
        "role",
        "body",
        "role and body",
        "no seat",
        "missed",
        "missed",
        "missed",
    ]


def test_a_row_is_matched_once():
    expected = [("member", "Aino Lehto", "Hyvinvointiryhmä")]
    rows = trust.judge(
        [
            proposal("member", "Aino Lehto", "Hyvinvointiryhmä"),
            proposal("member", "Aino Lehto", "Hyvinvointiryhmän"),
        ],
        expected,
        ev,
    )
    assert [r["why"] for r in rows] == ["right", "twice"]


def test_the_scorer_counts_a_second_proposal_of_one_row_wrong_and_lists_it():
    expected = [("membership", "chair", "Aino Lehto", "Hyvinvointiryhmä")]
    proposed = [
        ("membership", "chair", "Aino Lehto", "Hyvinvointiryhmä"),
        ("membership", "chair", "Lehto Aino", "Hyvinvointiryhmä"),
        ("membership", "member", "Bo Lind", "Hyvinvointiryhmä"),
    ]

    def same(p, e):
        return p[1] == e[1] and ev._name_key(p[2]) == ev._name_key(e[2]) and p[3] == e[3]

    wrong, missed = ev._unmatched(expected, proposed, same)
    assert wrong == proposed[1:]
    assert missed == []
    score = ev.Score()
    score.add("g", expected, proposed, same)
    assert score.row("g")[:3] == (1, 2, 0)

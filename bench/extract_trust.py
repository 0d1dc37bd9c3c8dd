"""How far a proposal of ``hytegraph extract`` can be trusted on pages its rules were never
written on: the blind runs of the held-out sets, replayed with the rules each was run with.

Each ``bench/extract/heldoutN-blind.md`` names the commit its rules were frozen at. For every
such commit this checks the commit out into a temporary git worktree, extracts the set's
documents with that commit's code (learned tagger on, as the blind runs ran) and scores every
proposed chair, vice chair, secretary, member and deputy with the scorer of
``bench/extract_eval.py``. It then reports how often a proposal was right, by the reading that
found it (the ``rule`` of ``--format json``) and by its confidence, and why the wrong ones were
wrong: the right person and body with another role, the right person and role with another
body, a person the page gives no such seat at all, or a seat proposed twice (under two forms
of the body's name).

    python bench/extract_trust.py                   # the sets from the thirtieth on
    python bench/extract_trust.py --first 40        # from the fortieth on

Needs the repository's history (a clone, not an exported tree) and the packages of the oldest
commit replayed; takes about two seconds a set.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "bench" / "extract"
_FROZEN = re.compile(r"rules frozen at ([0-9a-f]{7,40})")
#: Confidence bands, highest first: (lowest included, label).
BANDS = ((0.9, "0.9 or more"), (0.8, "0.8 to 0.9"), (0.6, "0.6 to 0.8"), (0.0, "below 0.6"))


def blind_runs(first: int, last: int | None) -> dict[int, str]:
    """Set number -> the commit its blind run was frozen at."""
    runs = {}
    for path in SETS.glob("heldout*-blind.md"):
        number = path.name[len("heldout") : -len("-blind.md")]
        if not number.isdigit() or int(number) < first or (last and int(number) > last):
            continue
        found = _FROZEN.search(path.read_text(encoding="utf-8").splitlines()[0])
        if found:
            runs[int(number)] = found.group(1)
    return dict(sorted(runs.items()))


def worker(folders: list[str]) -> None:
    """Run inside a worktree of an old commit: its proposals for each folder, as JSON."""
    from hytegraph.authoring.extract import extract

    out: dict[str, dict[str, list[dict]]] = {}
    for folder in folders:
        docs = out.setdefault(folder, {})
        for path in sorted(Path(folder).glob("*.txt")):
            docs[path.name[: -len(".txt")]] = [
                {
                    "role": f.role,
                    "actor": f.actor.name,
                    "target": f.target.name if f.target else "",
                    "confidence": f.confidence,
                    "rule": f.rule,
                }
                for f in extract(path).facts
                if f.kind == "membership"
                and f.actor.kind == "person"
                and f.status not in ("ended", "planned")
            ]
    json.dump(out, sys.stdout)


def replay(commit: str, folders: list[Path], scratch: Path) -> dict[str, dict[str, list[dict]]]:
    tree = scratch / commit
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--quiet", "--detach", str(tree), commit],
        check=True,
    )
    try:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        done = subprocess.run(
            [sys.executable, __file__, "--worker", *map(str, folders)],
            cwd=tree,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        return json.loads(done.stdout)
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
        )


def judge(proposals: list[dict], expected: list[tuple[str, str, str]], ev) -> list[dict]:
    """Each proposal with ``why`` (right, role, body, role and body, no seat, twice) and one
    entry per missed row."""
    bodies = {e[2] for e in expected}

    def body(p: dict, e: tuple[str, str, str]) -> bool:
        return ev._same_body(p["target"], e[2]) or ev._misspelt_body(p["target"], e[2], bodies)

    left = list(expected)
    out = []
    for p in proposals:
        if p["role"] not in ev.HEADLINE:
            continue
        person = [e for e in expected if ev._name_key(e[1]) == ev._name_key(p["actor"])]
        hit = next((e for e in left if e in person and e[0] == p["role"] and body(p, e)), None)
        if hit is not None:
            left.remove(hit)
            why = "right"
        elif any(e[0] == p["role"] and body(p, e) for e in person):
            why = "twice"  # a seat already counted, under another form of the body's name
        elif any(body(p, e) for e in person):
            why = "role"
        elif any(e[0] == p["role"] for e in person):
            why = "body"
        elif person:
            why = "role and body"
        else:
            why = "no seat"
        out.append({**p, "why": why})
    out.extend({"why": "missed"} for _ in left)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--first", type=int, default=30, help="the first set (default 30)")
    parser.add_argument("--last", type=int, help="the last set (default: the last run)")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return

    sys.path.insert(0, str(ROOT / "bench"))
    import extract_eval as ev

    runs = blind_runs(args.first, args.last)
    if not runs:
        sys.exit(f"error: no blind run from set {args.first} in {SETS}")
    by_commit: dict[str, list[int]] = defaultdict(list)
    for number, commit in runs.items():
        by_commit[commit].append(number)
    judged: list[dict] = []
    per_set: dict[int, Counter] = {}
    with tempfile.TemporaryDirectory(prefix="extract-trust-") as scratch:
        for commit, numbers in by_commit.items():
            print(f"sets {', '.join(map(str, numbers))}: rules {commit}", file=sys.stderr)
            folders = [SETS / f"heldout{n}" for n in numbers]
            found = replay(commit, folders, Path(scratch))
            for n, folder in zip(numbers, folders, strict=True):
                counts = per_set.setdefault(n, Counter())
                for doc, proposals in found[str(folder)].items():
                    expected = [
                        (r["role"].strip(), r["actor"].strip(), r["target"].strip())
                        for r in ev._read_csv(folder / f"{doc}.expected.csv")
                        if r.get("kind", "").strip() == "membership"
                        and r["role"].strip() in ev.HEADLINE
                    ]
                    rows = judge(proposals, expected, ev)
                    judged.extend(rows)
                    counts.update(r["why"] for r in rows)

    proposed = [r for r in judged if r["why"] != "missed"]
    right = sum(r["why"] == "right" for r in proposed)
    missed = len(judged) - len(proposed)
    print(f"#### Blind runs of sets {min(runs)} to {max(runs)}, replayed\n")
    print(
        f"{len(runs)} sets, {right + missed} expected named roles: {right} right, "
        f"{len(proposed) - right} wrong, {missed} missed; precision "
        f"{100 * right / len(proposed):.0f} %, recall {100 * right / (right + missed):.0f} %.\n"
    )

    def table(title: str, groups: dict[str, list[dict]]) -> None:
        print(
            f"| {title} | proposed | right | precision | other role | other body | "
            "other role and body | no such seat | twice |"
        )
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, rows in groups.items():
            c = Counter(r["why"] for r in rows)
            print(
                f"| {name} | {len(rows)} | {c['right']} | {100 * c['right'] / len(rows):.0f} % | "
                f"{c['role']} | {c['body']} | {c['role and body']} | {c['no seat']} | "
                f"{c['twice']} |"
            )
        print()

    by_rule: dict[str, list[dict]] = defaultdict(list)
    for r in proposed:
        by_rule[r["rule"]].append(r)
    common = {k: v for k, v in sorted(by_rule.items(), key=lambda kv: -len(kv[1])) if len(v) >= 10}
    rest = [r for k, v in by_rule.items() if k not in common for r in v]
    if rest:
        common[f"the other {len(by_rule) - len(common)} readings"] = rest
    table("reading (`rule`)", common)
    by_band: dict[str, list[dict]] = {}
    for r in proposed:
        label = next(label for low, label in BANDS if r["confidence"] >= low - 1e-9)
        by_band.setdefault(label, []).append(r)
    table("confidence", {label: by_band[label] for _, label in BANDS if label in by_band})
    print("| set | right | wrong | missed |")
    print("| --- | ---: | ---: | ---: |")
    for n, c in per_set.items():
        wrong = sum(v for k, v in c.items() if k not in ("right", "missed"))
        print(f"| {n} | {c['right']} | {wrong} | {c['missed']} |")


if __name__ == "__main__":
    main()

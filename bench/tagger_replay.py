"""The blind runs replayed with the learned tagger: each held-out set from the 17th on was run
once on the rules of a commit before its fixes (``bench/extract/heldoutN-blind.md`` names it).
This script reads a set with those rules, adds the proposals of a tagger trained on every other
set, and scores both: what the tagger adds where the rules have not seen the layouts.

    python bench/tagger_replay.py                  # every blind run from the 17th set on
    python bench/tagger_replay.py --margin 16 24   # several thresholds

The old rules run in a worktree of their commit (``git worktree add --detach``, under
``--work``), in a subprocess of this script (``--dump``), and hand over their findings as JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Each blind run: the set and the commit whose rules read it blind.
BLIND = {
    "heldout17": "8bc3059", "heldout18": "8bc3059", "heldout19": "8bc3059",
    "heldout20": "2e20858", "heldout21": "2e20858",
    "heldout22": "7336334", "heldout23": "7336334",
    "heldout24": "a151054", "heldout25": "a151054", "heldout26": "a151054",
    "heldout27": "a151054", "heldout28": "1b54aeb", "heldout29": "1b54aeb",
    "heldout30": "4c1612e", "heldout31": "4c1612e", "heldout32": "4bc8b9a",
    "heldout33": "4bc8b9a", "heldout34": "2546dda", "heldout35": "2546dda",
}  # fmt: skip


def dump(folder: Path) -> None:
    """(Run on the old rules.) Each document's facts and findings, as JSON on stdout."""
    from hytegraph.authoring.extract import extract
    from hytegraph.authoring.extract.document import read_document
    from hytegraph.authoring.extract.lexicon import guess_language, lexicon
    from hytegraph.authoring.extract.morphology import morphology
    from hytegraph.authoring.extract.walker import Walker

    out = {}
    for path in sorted(folder.glob("*.txt")):
        text = read_document(path).text
        lang = guess_language(text)
        walk = Walker(lexicon(lang), morphology(None)).walk(text)
        facts = [
            (f.kind, f.role, f.actor.name, f.target.name if f.target else "")
            for f in extract(path).facts
            if f.kind == "membership"
            and f.actor.kind == "person"
            and f.status not in ("ended", "planned")
        ]
        out[path.name] = {
            "facts": facts,
            "findings": [
                {
                    "kind": f.kind,
                    "status": f.status,
                    "quote": list(f.quote),
                    "actor": dataclasses.asdict(f.actor),
                    "target": dataclasses.asdict(f.target) if f.target else None,
                }
                for f in walk.findings
            ],
            "named": [[dataclasses.asdict(m), list(q)] for m, q in walk.named],
        }
    json.dump(out, sys.stdout, ensure_ascii=False)


def _old_rules(commit: str, folder: Path, work: Path) -> dict:
    tree = work / commit
    if not tree.exists():
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit],
            check=True,
            capture_output=True,
        )
    env = {**os.environ, "PYTHONPATH": str(tree)}
    run = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--dump", str(folder)],
        env=env,
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(run.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--margin", type=float, nargs="+")
    parser.add_argument("--work", type=Path, default=Path("/tmp/hytegraph-replay"))
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    if args.dump:
        dump(args.dump)
        return
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    import tagger_cv as cv

    from hytegraph.authoring.extract import tagger
    from hytegraph.authoring.extract.findings import Finding
    from hytegraph.authoring.extract.mentions import Mention

    fields = {f.name for f in dataclasses.fields(Mention)}

    def mention(d: dict | None) -> Mention | None:
        return None if d is None else Mention(**{k: v for k, v in d.items() if k in fields})

    margins = args.margin or [tagger.MARGIN]
    bench = cv.Bench(None)
    cols: list[object] = ["rules", *margins]
    pooled = {c: [0, 0, 0] for c in cols}
    rows = []
    for s, commit in BLIND.items():
        old = _old_rules(commit, ROOT / "bench" / "extract" / s, args.work)
        model = bench.model({s})
        per = {c: [0, 0, 0] for c in cols}
        for d in (d for d in bench.docs if d.set == s):
            o = old[d.path.name]
            facts = [tuple(f) for f in o["facts"]]
            findings = [
                Finding(f["kind"], mention(f["actor"]), "", mention(f["target"]),
                        tuple(f["quote"]), 1.0, "old", status=f["status"])
                for f in o["findings"]
            ]  # fmt: skip
            named = [(mention(m), tuple(q)) for m, q in o["named"]]
            cands = [c for c, _label in bench.cands[d.path]]
            base = cv._score(d, [f for f in facts if f[1] in cv.ev.HEADLINE])
            for c in cols:
                if c == "rules":
                    got = base
                else:
                    extra = tagger.propose(
                        d.text, findings, named, bench.walker(d).reader, model,
                        margin=c, candidates=cands,
                    )  # fmt: skip
                    added = [
                        ("membership", f.role, f.actor.name, f.target.name if f.target else "")
                        for f in extra
                    ]
                    got = cv._score(d, [f for f in facts if f[1] in cv.ev.HEADLINE] + added)
                    if args.misses and c == margins[0]:
                        cv._changes(f"{s}/{d.stem}", base, got)
                for i in range(3):
                    per[c][i] += got[i]
        for c in cols:
            for i in range(3):
                pooled[c][i] += per[c][i]
        rows.append((f"{s} ({commit})", per))
        print(f"{s}: done", file=sys.stderr)

    def title(c: object) -> str:
        return "rules (blind)" if c == "rules" else f"+tagger (lead ≥ {c:g})"

    heads = " | ".join(f"{title(c)}: right / wrong / missed" for c in cols)
    print(f"| set (rules of) | {heads} |")
    print("| --- |" + " ---: |" * len(cols))
    for s, per in [*rows, ("**pooled**", pooled)]:
        cells = []
        for c in cols:
            p, r = cv._pr(*per[c])
            cells.append(f"{per[c][0]} / {per[c][1]} / {per[c][2]} ({p:.1f} % / {r:.1f} %)")
        print(f"| {s} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

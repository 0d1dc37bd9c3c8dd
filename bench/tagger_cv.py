"""Leave-one-set-out cross-validation of the extractor's learned tagger: for each benchmark
set, train the tagger on every other set, then score the rules alone and the rules with the
tagger on that set (named chairs, vice chairs, secretaries, members and deputies, scored as
``bench/extract_eval.py`` scores the held-out sets).

    python bench/tagger_cv.py                    # per set and pooled, as a Markdown table
    python bench/tagger_cv.py --margin 2 4 8     # several thresholds
    python bench/tagger_cv.py --misses           # list what the tagger added, right or wrong
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import extract_eval as ev  # noqa: E402
import train_tagger as tt  # noqa: E402

from hytegraph.authoring.extract import tagger  # noqa: E402
from hytegraph.authoring.extract.lexicon import lexicon  # noqa: E402
from hytegraph.authoring.extract.morphology import morphology  # noqa: E402
from hytegraph.authoring.extract.proposals import assemble  # noqa: E402
from hytegraph.authoring.extract.walker import Walker  # noqa: E402


def _facts(doc: tt.Doc, findings) -> list[ev.Fact]:
    from hytegraph.authoring.tograph import slug

    proposals = assemble(doc.document, slug(doc.stem), doc.lang, findings[0], findings[1], None)
    return [
        (f.kind, f.role, f.actor.name, f.target.name if f.target else "")
        for f in proposals.facts
        if f.kind == "membership"
        and f.role in ev.HEADLINE
        and f.actor.kind == "person"
        and f.status not in ("ended", "planned")
    ]


def _score(doc: tt.Doc, proposed: list[ev.Fact]) -> tuple[int, int, int, list, list]:
    expected = [
        (r["kind"].strip(), r["role"].strip(), r["actor"].strip(), r["target"].strip())
        for r in doc.expected
        if r.get("kind") and r["kind"].strip() == "membership" and r["role"].strip() in ev.HEADLINE
    ]
    bodies = {e[3] for e in expected}

    def same(p: ev.Fact, e: ev.Fact) -> bool:
        return (
            p[1] == e[1]
            and ev._name_key(p[2]) == ev._name_key(e[2])
            and (ev._same_body(p[3], e[3]) or ev._misspelt_body(p[3], e[3], bodies))
        )

    left = list(expected)
    tp = fp = 0
    right, wrong = [], []
    for p in proposed:
        hit = next((e for e in left if same(p, e)), None)
        if hit is not None:
            left.remove(hit)
            tp += 1
            right.append(p)
        else:
            fp += 1
            wrong.append(p)
    return tp, fp, len(left), right, wrong


class Bench:
    """The documents with the rules' findings and the tagger's candidates, read once."""

    def __init__(self, morph: str | None) -> None:
        self.docs = tt.documents()
        self.walkers: dict[str, Walker] = {}
        self.rules: dict[Path, tuple[list, list]] = {}
        self.cands: dict[Path, list] = {}
        self.base: dict[Path, tuple[int, int, int, list, list]] = {}
        for d in self.docs:
            walk = self.walker(d, morph).walk(d.text)
            self.rules[d.path] = (walk.findings, walk.named)
            self.cands[d.path] = tt.labelled(d, morph)
            self.base[d.path] = _score(d, _facts(d, (walk.findings, walk.named)))

    def walker(self, d: tt.Doc, morph: str | None = None) -> Walker:
        lang = d.lang if d.lang in ("fi", "sv") else "fi"
        if lang not in self.walkers:
            self.walkers[lang] = Walker(lexicon(lang), morphology(morph))
        return self.walkers[lang]

    def model(self, sets: set[str]) -> tagger.Model:
        """The tagger trained on every set but ``sets``."""
        return tagger.train(
            [(c.features, lab) for d in self.docs if d.set not in sets
             for c, lab in self.cands[d.path]]
        )  # fmt: skip

    def score(
        self, d: tt.Doc, model: tagger.Model | None, margin: float, drop: float | None = None
    ) -> tuple[int, int, int, list, list]:
        """The rules' score on ``d`` with the tagger's proposals (lead >= ``margin``) and, with
        ``drop``, without the rules' memberships the tagger rejects with that lead."""
        findings, named = self.rules[d.path]
        if model is None:
            return self.base[d.path]
        cands = [c for c, _label in self.cands[d.path]]
        kept = findings
        if drop is not None:
            kept = _drop_rejected(findings, cands, model, drop)
        extra = tagger.propose(
            d.text, kept, named, self.walker(d).reader, model, margin=margin, candidates=cands
        )
        if not extra and kept is findings:
            return self.base[d.path]
        return _score(d, _facts(d, (kept + extra, named)))


def _drop_rejected(findings, cands, model: tagger.Model, lead: float) -> list:
    rejected = set()
    for c in cands:
        label, by = model.predict(c.features)
        if label == "none" and by >= lead:
            rejected.add((c.mention.start, c.mention.end))
    return [
        f
        for f in findings
        if not (
            f.kind == "membership"
            and f.actor.kind == "person"
            and (f.actor.start, f.actor.end) in rejected
        )
    ]


def _changes(doc: str, base: tuple, got: tuple) -> None:
    """What the tagger changed in a document's score, on stderr."""
    for tag, rows, against in (("+right", got[3], base[3]), ("+wrong", got[4], base[4]),
                               ("-right", base[3], got[3])):  # fmt: skip
        for p in rows:
            if p not in against:
                print(f"{doc}: {tag} {p[1]:<13} {p[2]} @ {p[3]}", file=sys.stderr)


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (100 * tp / (tp + fp) if tp + fp else 0.0, 100 * tp / (tp + fn) if tp + fn else 0.0)


def _choose(bench: Bench, held: str, grid: list[float], slack: float) -> float | None:
    """The margin an inner leave-one-set-out over every set but ``held`` chooses: the best
    recall among those whose pooled precision is within ``slack`` points of the rules'; None
    (no tagger) when none is."""
    inner = [s for s in tt.SETS if s != held]
    totals = {m: [0, 0, 0] for m in ["rules", *grid]}
    for s in inner:
        model = bench.model({held, s})
        for d in (d for d in bench.docs if d.set == s):
            for m in totals:
                got = bench.score(d, None if m == "rules" else model, 0 if m == "rules" else m)
                for i in range(3):
                    totals[m][i] += got[i]
    p0, r0 = _pr(*totals["rules"])
    best = None
    for m in grid:
        p, r = _pr(*totals[m])
        if p >= p0 - slack and r > r0 and (best is None or r > _pr(*totals[best])[1]):
            best = m
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--margin", type=float, nargs="+", default=[tagger.MARGIN])
    parser.add_argument(
        "--drop", type=float, help="also drop the rules' memberships the tagger rejects"
    )
    parser.add_argument(
        "--nested",
        action="store_true",
        help="also choose the margin among --margin by an inner cross-validation per set",
    )
    parser.add_argument(
        "--slack",
        type=float,
        default=1.0,
        help="with --nested: how many points of precision a margin may lose (default 1)",
    )
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--morph", choices=("voikko", "fst", "rules"))
    args = parser.parse_args()
    morph = None if args.morph in (None, "voikko") else args.morph
    bench = Bench(morph)
    cols: list[object] = ["rules", *args.margin]
    if args.nested:
        cols.append("nested")
    rows = []
    pooled = {c: [0, 0, 0] for c in cols}
    for s in tt.SETS:
        model = bench.model({s})
        chosen = _choose(bench, s, args.margin, args.slack) if args.nested else None
        per = {c: [0, 0, 0] for c in cols}
        for d in (d for d in bench.docs if d.set == s):
            base = bench.score(d, None, 0)
            for c in cols:
                if c == "rules" or (c == "nested" and chosen is None):
                    got = base
                else:
                    margin = chosen if c == "nested" else c
                    got = bench.score(d, model, margin, args.drop)  # type: ignore[arg-type]
                for i in range(3):
                    per[c][i] += got[i]
                if args.misses and c == args.margin[0]:
                    _changes(f"{s}/{d.stem}", base, got)
        for c in cols:
            for i in range(3):
                pooled[c][i] += per[c][i]
        rows.append((s if chosen is None or not args.nested else f"{s} (lead ≥ {chosen:g})", per))
        if args.nested:
            print(f"{s}: chosen {chosen}", file=sys.stderr)

    def title(c: object) -> str:
        if c == "rules":
            return "rules"
        if c == "nested":
            return "+tagger (lead chosen per set)"
        return f"+tagger (lead ≥ {c:g})"

    print("| set | " + " | ".join(f"{title(c)}: right / wrong / missed" for c in cols) + " |")
    print("| --- |" + " ---: |" * len(cols))
    for s, per in [*rows, ("**pooled**", pooled)]:
        cells = []
        for c in cols:
            p, r = _pr(*per[c])
            cells.append(f"{per[c][0]} / {per[c][1]} / {per[c][2]} ({p:.1f} % / {r:.1f} %)")
        print(f"| {s} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

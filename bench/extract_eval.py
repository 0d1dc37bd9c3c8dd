"""How well ``hytegraph extract`` finds what people found: precision and recall per fact kind
and role.

- *Bundled sources* (``data/sources/*.txt``): the proposals against the curated graph of the
  same source (``data/*.ttl``), compared by the graph's IRIs (a proposal's ``matched`` entity,
  else its name).
- *Development documents* (``bench/extract/dev/``, files laid out as the held-out ones): the
  documents the rules were written on, with facts written down by hand; compared the same way.
  Numbers on them say what the rules do on what they were made for, not how well they carry
  over.
- *Held-out documents* (``bench/extract/heldout/NAME.txt`` with ``NAME.expected.csv`` and,
  where there is one, ``NAME.not-members.csv``): documents the rules were not written on, with
  facts written down by hand. Compared by name (case, accents of the form and word order
  aside) and, for the body, by its name: equal, or the same head word (a Swedish noun with or
  without its definite ending; the last word, or in a Swedish name with a complement after
  "för" the word before it) with every other word of the shorter name in the longer one, or
  the name the page misspells: one letter off in a head word of eight letters or more, when no
  other body of the document's facts is as close (the facts write the name as it is meant; the
  extractor keeps it as written).

A proposal is right when kind, role, actor and body are all right. "applicants proposed as
members" counts memberships of people the document names only as applicants, candidates,
invitees or proposals (``NAME.not-members.csv``): it must be 0.

    python bench/extract_eval.py                  # all three, as Markdown tables
    python bench/extract_eval.py --only bundled   # or dev, or heldout
    python bench/extract_eval.py --morph rules    # without the Finnish dictionary
    python bench/extract_eval.py --morph fst      # the dictionary read from pyvoikko's
                                                  # transducer, not libvoikko
    python bench/extract_eval.py --misses         # and list what is wrong or missed (named
                                                  # roles; every kind on the bundled sources)
    python bench/extract_eval.py --tagger on      # with the learned tagger (or off)
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hytegraph.authoring.extract import extract  # noqa: E402
from hytegraph.store.names import normalise, strip_diacritics  # noqa: E402

HEADLINE = ("chair", "vice_chair", "secretary", "member", "deputy_member")
ROLE_IRIS = {
    "chair": "chair",
    "vice-chair": "vice_chair",
    "secretary": "secretary",
    "member": "member",
    "deputy-member": "deputy_member",
    "representative": "representative",
    "participant": "participant",
    "representation": "representation",
}

Fact = tuple[str, str, str, str]  # kind, role, actor, target

#: The Finnish analyser: None (libvoikko when installed), "fst" or "rules" (--morph).
MORPH: str | None = None
#: List the wrong and missed named roles (every kind on the bundled sources) on stderr
#: (--misses).
MISSES = False
#: With the learned tagger (None: the extractor's default; --tagger on|off).
TAGGER: bool | None = None


def _tagger() -> dict[str, bool]:
    return {} if TAGGER is None else {"tagger": TAGGER}


def _name_key(name: str) -> str:
    return " ".join(sorted(strip_diacritics(normalise(name)).split()))


def _same_head(a: str, b: str) -> bool:
    """The same head word, or the same Swedish noun with and without its definite ending
    ("pensionärsråd", "pensionärsrådet"; "nämnd", "nämnden")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    ending = long_[len(short) :] if long_.startswith(short) else None
    return ending in ("et", "en") or (ending == "n" and short.endswith("e"))


def _head(words: list[str]) -> int:
    """Where a body's name has its head word: the last word ("Espoon vanhusneuvosto",
    "Kommunstyrelsens allmänna utskott"), or in a Swedish name with a complement after "för"
    the word before it ("Styrelse för Ålands idrott", "Rådet för personer med
    funktionsnedsättning")."""
    if "för" in words[1:]:
        return words.index("för", 1) - 1
    return len(words) - 1


def _same_body(a: str, b: str) -> bool:
    wa = strip_diacritics(normalise(a)).split()
    wb = strip_diacritics(normalise(b)).split()
    if wa == wb:
        return True
    if not wa or not wb:
        return False
    ha, hb = _head(normalise(a).split()), _head(normalise(b).split())
    # "Avoimien oppimateriaalien käytön edistäminen -työryhmä": a name's head after a dash
    # and a space is the word after the dash ("työryhmä")
    if not _same_head(wa[ha].lstrip("-\u2013"), wb[hb].lstrip("-\u2013")):
        return False
    (short, hs), (long_, _hl) = sorted(((wa, ha), (wb, hb)), key=lambda x: len(x[0]))
    return all(w in long_ for k, w in enumerate(short) if k != hs)


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one letter left out, added, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _misspelt_body(proposed: str, expected: str, bodies: Iterable[str]) -> bool:
    """A body the page misspells ("Undomsfullmäktige" for "Ungdomsfullmäktige"): the same
    words as the expected name but for one edit in a head word of at least eight letters,
    and no other body the document's facts name is the same or within that distance."""
    wp = strip_diacritics(normalise(proposed)).split()
    we = strip_diacritics(normalise(expected)).split()
    if len(wp) != len(we) or not wp or wp[:-1] != we[:-1]:
        return False
    if min(len(wp[-1]), len(we[-1])) < 8 or not _one_edit(wp[-1], we[-1]):
        return False
    others = {b for b in bodies if b != expected}
    return not any(_same_body(proposed, b) or _misspelt_body(proposed, b, ()) for b in others)


# -- scoring ----------------------------------------------------------------------------------


class Score:
    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def add(self, group: str, expected: list[Fact], proposed: list[Fact], same) -> None:
        wrong, missed = _unmatched(expected, proposed, same)
        self.tp[group] += len(proposed) - len(wrong)
        self.fp[group] += len(wrong)
        self.fn[group] += len(missed)

    def row(self, group: str) -> tuple[int, int, int, str, str]:
        tp, fp, fn = self.tp[group], self.fp[group], self.fn[group]
        p = f"{100 * tp / (tp + fp):.0f} %" if tp + fp else "–"  # noqa: RUF001
        r = f"{100 * tp / (tp + fn):.0f} %" if tp + fn else "–"  # noqa: RUF001
        return tp, fp, fn, p, r


def _unmatched(expected: list[Fact], proposed: list[Fact], same) -> tuple[list[Fact], list[Fact]]:
    """The proposals no expected fact is left for (wrong), and the expected facts no proposal
    took (missed): each expected fact matches one proposal at most, so a second proposal of
    the same fact is wrong."""
    left = list(expected)
    wrong = []
    for p in proposed:
        hit = next((e for e in left if same(p, e)), None)
        if hit is None:
            wrong.append(p)
        else:
            left.remove(hit)
    return wrong, left


def _groups(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for f in facts:
        kind, role = f[0], f[1]
        group = f"membership: {role}" if kind == "membership" else kind
        out.setdefault(group, []).append(f)
        if kind == "membership" and role in HEADLINE:
            out.setdefault("HEADLINE", []).append(f)
    return out


def _table(title: str, score: Score, groups: list[str], extra: list[str]) -> str:
    lines = [f"#### {title}", "", "| facts | right | wrong | missed | precision | recall |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]  # fmt: skip
    for g in groups:
        tp, fp, fn, p, r = score.row(g)
        name = (
            "**named chairs, vice chairs, secretaries, members, deputies**"
            if g == "HEADLINE"
            else g
        )
        lines.append(f"| {name} | {tp} | {fp} | {fn} | {p} | {r} |")
    lines += ["", *extra, ""]
    return "\n".join(lines)


# -- bundled ----------------------------------------------------------------------------------

_CURATED = """
SELECT ?kind ?role ?actor ?target ?file WHERE {
  { ?f a org:Membership ; org:member ?actor ; org:organization ?target ; org:role ?role .
    BIND("membership" AS ?kind) }
  UNION { ?f a hyte:Responsibility ; hyte:responsibleAgent ?actor ; hyte:responsibilityFor ?target ;
          hyte:responsibilityKind ?role . BIND("responsibility" AS ?kind) }
  UNION { ?f a hyte:Cooperation ; hyte:focalParty ?actor ; hyte:partner ?target .
          BIND("cooperation" AS ?kind) BIND("" AS ?role) }
  UNION { ?f a hyte:Monitoring ; hyte:monitoringBody ?actor ; hyte:monitoredPlan ?target .
          BIND("monitoring" AS ?kind) BIND("" AS ?role) }
  ?f hyte:evidence/dcterms:source ?source .
  ?source hyte:textFile ?file .
}
"""


def _short(iri: str) -> str:
    """An entity's IRI by its last segment, a new entity by its name."""
    return iri if iri.startswith("new:") else iri.rstrip("/").rsplit("/", 1)[-1]


def _fact_line(f: Fact) -> str:
    kind = f"{f[0]} {f[1]}".strip()
    return f"{kind:<28} {_short(f[2])} @ {_short(f[3])}"


def bundled(score: Score) -> list[str]:
    from hytegraph.store.load import load_graph

    store = load_graph()
    docs = []
    for path in sorted((ROOT / "data" / "sources").glob("*.txt")):
        rows = [r for r in store.select(_CURATED).rows if str(r[4]).endswith(path.name)]
        expected = set()
        for kind, role, actor, target, _file in rows:
            r = str(role).rsplit("/", 1)[-1]
            expected.add(
                (str(kind), ROLE_IRIS.get(r, r.replace("-", "_")), str(actor), str(target))
            )
        proposals = extract(path, store=store, morph=MORPH, **_tagger())
        proposed = set()
        for f in proposals.facts:
            if f.kind not in ("membership", "responsibility", "cooperation", "monitoring"):
                continue
            actor = f.actor.matched or f"new:{f.actor.name}"
            target = (
                f.target.matched if f.target else None
            ) or f"new:{f.target.name if f.target else ''}"
            proposed.add((f.kind, f.role, actor, target))
        exp_g, prop_g = _groups(expected), _groups(proposed)
        for g in set(exp_g) | set(prop_g):
            score.add(g, exp_g.get(g, []), prop_g.get(g, []), lambda p, e: p == e)
        if MISSES:
            # every kind, not only the named roles: the curated graph has them all
            for p in sorted(proposed - expected):
                print(f"{path.stem}: wrong  {_fact_line(p)}", file=sys.stderr)
            for e in sorted(expected - proposed):
                print(f"{path.stem}: missed {_fact_line(e)}", file=sys.stderr)
        docs.append(f"{path.name}: {len(expected)} curated facts, {len(proposed)} proposed")
    return docs


# -- held-out ---------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def heldout(score: Score, folder: Path) -> tuple[list[str], int]:
    docs, applicants_as_members = [], 0
    for path in sorted(folder.glob("*.txt")):
        stem = path.name[: -len(".txt")]
        expected_rows = _read_csv(folder / f"{stem}.expected.csv")
        not_members = _read_csv(folder / f"{stem}.not-members.csv")
        expected = [
            (r["kind"].strip(), r["role"].strip(), r["actor"].strip(), r["target"].strip())
            for r in expected_rows
            if r.get("kind")
        ]
        proposals = extract(path, morph=MORPH, **_tagger())
        proposed = [
            (f.kind, f.role, f.actor.name, f.target.name if f.target else "")
            for f in proposals.facts
            if f.kind in ("membership", "responsibility", "cooperation", "monitoring")
            and f.actor.kind == "person"
            # a seat held before or still to come is no seat held on the document's date
            and f.status not in ("ended", "planned")
        ]
        # a person the page names only as an applicant or a nominee; where the file says for
        # which body (a ``target``), only a seat in that body counts (the person may hold
        # another seat the page states: a board member nominated to a congress)
        banned = {
            _name_key(r.get("actor") or r.get("name") or next(iter(r.values()), "")): (
                r.get("target") or ""
            ).strip()
            for r in not_members
        }
        wrong = [
            p
            for p in proposed
            if p[0] == "membership"
            and _name_key(p[2]) in banned
            and (not banned[_name_key(p[2])] or _same_body(p[3], banned[_name_key(p[2])]))
        ]
        applicants_as_members += len(wrong)

        bodies = {e[3] for e in expected}

        def body(p: Fact, e: Fact, bodies: set[str] = bodies) -> bool:
            return _same_body(p[3], e[3]) or _misspelt_body(p[3], e[3], bodies)

        def same(p: Fact, e: Fact) -> bool:
            return (
                p[0] == e[0] and p[1] == e[1] and _name_key(p[2]) == _name_key(e[2]) and body(p, e)
            )

        exp_g, prop_g = _groups(expected), _groups(proposed)
        for g in set(exp_g) | set(prop_g):
            score.add(g, exp_g.get(g, []), prop_g.get(g, []), same)
        if MISSES:
            head_e, head_p = exp_g.get("HEADLINE", []), prop_g.get("HEADLINE", [])
            wrong_p, missed_e = _unmatched(head_e, head_p, same)
            for p in wrong_p:
                again = " (again)" if any(same(p, e) for e in head_e) else ""
                print(f"{stem}: wrong  {p[1]:<13} {p[2]} @ {p[3]}{again}", file=sys.stderr)
            for e in missed_e:
                print(f"{stem}: missed {e[1]:<13} {e[2]} @ {e[3]}", file=sys.stderr)
        # right person and body whatever the role
        score.add(
            "any role (right person and body)",
            [e for e in expected if e[0] == "membership"],
            [p for p in proposed if p[0] == "membership"],
            lambda p, e: _name_key(p[2]) == _name_key(e[2]) and body(p, e),
        )
        docs.append(
            f"{stem}: {len(expected)} expected, {len(proposed)} proposed about people, "
            f"{len(wrong)} applicant(s) as members"
        )
    return docs, applicants_as_members


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("bundled", "dev", "heldout"))
    parser.add_argument("--dev", type=Path, default=ROOT / "bench" / "extract" / "dev")
    parser.add_argument("--heldout", type=Path, default=ROOT / "bench" / "extract" / "heldout")
    parser.add_argument(
        "--morph",
        choices=("voikko", "fst", "rules"),
        help="the Finnish analyser (default: libvoikko if installed, else the transducer)",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list the wrong and missed named roles of each document on stderr (on the "
        "bundled sources, the facts of every kind)",
    )
    parser.add_argument(
        "--tagger",
        choices=("on", "off"),
        help="with or without the learned tagger (default: the extractor's default)",
    )
    args = parser.parse_args()
    global MORPH, MISSES, TAGGER
    TAGGER = None if args.tagger is None else args.tagger == "on"
    MISSES = args.misses
    MORPH = None if args.morph in (None, "voikko") else args.morph
    out = []
    if args.only in (None, "bundled"):
        score = Score()
        docs = bundled(score)
        groups = sorted(set(score.tp) | set(score.fp) | set(score.fn))
        out.append(_table("Bundled sources (against the curated graph)", score, groups, docs))
    for which, folder, title in (
        ("dev", args.dev, "Development documents (the rules were written on them)"),
        ("heldout", args.heldout, "Held-out documents (against the facts written down by hand)"),
    ):
        if args.only not in (None, which):
            continue
        score = Score()
        docs, wrong = heldout(score, folder)
        groups = sorted(
            set(score.tp) | set(score.fp) | set(score.fn), key=lambda g: (g != "HEADLINE", g)
        )
        extra = [
            *docs,
            "",
            f"applicants, candidates, invitees or proposals proposed as members: {wrong}",
        ]
        out.append(_table(title, score, groups, extra))
    print("\n".join(out))


if __name__ == "__main__":
    main()

"""How many of the people the benchmark sets' facts name the extractor's name reader finds in
their documents, and why it misses the others.

For every set (``bench/extract/SET/NAME.txt`` with ``NAME.expected.csv``) and every expected
membership with a headline role (chair, vice chair, secretary, member, deputy member), the
person is *found* when a name the reader reads in the document, line by line as the learned
tagger's candidates are read (``tagger.FeatureReader.candidates``, which calls
``mentions.Reader.persons``, the rules' reading of names), has the row's name (compared as
``bench/extract_eval.py`` compares names: case, accents and word order aside). A name the reader
does not read neither the rules nor the tagger can propose.

A missed person is given one coarse cause, from the text near where the person's words occur:

- *read in a list only*: the reader reads the name where the rules expect one (a list, after a
  role word: ``persons(in_list=True)``) but not in running text, where a name must have a first
  name or surname the dictionary knows (voikko knows few Swedish and foreign first names);
- *absent*: no word of the name occurs in the text in any form (a row from a picture or a
  table the text lost); not the reader's fault, counted apart;
- *single word*: only the surname or the first name occurs (no other word of the name near it);
- *written differently*: the words occur near each other, but not as the row writes them (a
  middle name, another spelling, other words between);
- *initials*: a first name printed as an initial ("A. Virtanen", "Virtanen A.");
- *upper case*: a word of the name printed in capitals ("VIRTANEN Anna");
- *hyphen/particle*: a hyphenated name or one with "von", "af", "de", ...;
- *glued*: the name touches another word with no space ("puheenjohtajaAnna Virtanen",
  "Anna VirtanenPuheenjohtaja");
- *surname first*: printed surname first ("Virtanen Anna");
- *other*: printed as the row writes it and still not read.

    python bench/name_recall.py                 # per set and pooled, as Markdown
    python bench/name_recall.py --morph rules   # with the rules' word forms
    python bench/name_recall.py --list          # and each missed name with its cause
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import train_tagger as tt  # noqa: E402

from hytegraph.authoring.extract.mentions import tokens  # noqa: E402
from hytegraph.store.names import normalise, strip_diacritics  # noqa: E402

HEADLINE = ("chair", "vice_chair", "secretary", "member", "deputy_member")
#: The sets, named one by one (a set still being collected is never read).
SETS = ("dev", "dev4", "heldout", *(f"heldout{n}" for n in range(2, 44)))
CAUSES = (
    "read in a list only",
    "written differently",
    "single word",
    "initials",
    "upper case",
    "hyphen/particle",
    "glued",
    "surname first",
    "other",
)
_PARTICLES = {"von", "af", "de", "van", "der", "da", "zu", "di", "la", "le"}
#: How far apart (characters) the words of one name may stand to count as one occurrence.
NEAR = 40


def _fold(text: str) -> str:
    return strip_diacritics(text.casefold())


def _stem(word: str) -> str:
    """The part of a name's word its inflected forms keep ("Virtanen" → "virta", "Laine" →
    "lain"): the word less its last three letters, at least three letters."""
    w = _fold(word)
    return w if len(w) <= 4 else w[: max(3, len(w) - 3)]


def _occurrences(folded: str, word: str) -> list[tuple[int, int]]:
    """Where a word of a name (any inflected form) begins and ends in the folded text."""
    pattern = re.compile(r"(?<![^\W\d_])" + re.escape(_stem(word)) + r"[^\W\d_]*")
    return [(mt.start(), mt.end()) for mt in pattern.finditer(folded)]


def cause(text: str, actor: str) -> str:
    """The coarse reason the reader may have missed ``actor`` in ``text`` (``absent`` when no
    word of the name occurs at all)."""
    words = [w for w in re.split(r"\s+", actor.strip()) if w]
    folded = _fold(text)
    if len(folded) != len(text):  # a folded letter changed length: keep spans exact
        folded = "".join(_fold(c)[:1] or c for c in text)
    if any(w.casefold() in _PARTICLES for w in words) or any("-" in w for w in words):
        particle = True
    else:
        particle = False
    core = [w for w in words if w.casefold() not in _PARTICLES]
    if not core:
        return "other"
    first, last = core[0], core[-1]
    occ = {w: _occurrences(folded, w) for w in core}
    if not any(occ.values()):
        return "absent"
    if not occ[last] or not occ[first] or len(core) == 1:
        # one word only; an initial before or after the surname is an initial
        for s, e in occ[last] or occ[first]:
            before, after = text[max(0, s - 4) : s], text[e : e + 4]
            if re.search(r"\b[A-ZÅÄÖ]\.?\s*$", before) or re.match(r"\s*[A-ZÅÄÖ]\.", after):
                return "initials"
        return "single word"
    # the nearest pair of first name and surname
    best = None
    for s1, e1 in occ[first]:
        for s2, e2 in occ[last]:
            gap = s2 - e1 if s2 >= e1 else s1 - e2
            if gap < 0:
                continue
            if best is None or gap < best[0]:
                best = (gap, s1, e1, s2, e2)
    if best is None or best[0] > NEAR:
        for s, e in occ[last]:
            before, after = text[max(0, s - 4) : s], text[e : e + 4]
            if re.search(r"\b[A-ZÅÄÖ]\.?\s*$", before) or re.match(r"\s*[A-ZÅÄÖ]\.", after):
                return "initials"
        return "single word"
    gap, s1, e1, s2, e2 = best
    start, end = min(s1, s2), max(e1, e2)
    span = text[start:end]
    if any(t.isupper() and len(t) > 1 for t in re.findall(r"[^\W\d_]+", span)):
        return "upper case"
    if particle:
        return "hyphen/particle"
    whole = re.search(r"\S*$", text[:start]).group() + text[start:end]  # type: ignore[union-attr]
    whole += re.match(r"\S*", text[end:]).group()  # type: ignore[union-attr]
    if (start and text[start - 1].isalnum()) or re.search(r"[a-zåäö][A-ZÅÄÖ]", whole):
        return "glued"
    if len(re.findall(r"[^\W\d_]+", span)) > len(core) or gap > 3:
        return "written differently"
    if s2 < s1:
        return "surname first"
    return "other"


def _lines(text: str):
    """The tokens of each line of ``text`` that holds a word."""
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if raw.strip():
            yield tokens(text, start, end)


def key(name: str) -> str:
    return " ".join(sorted(strip_diacritics(normalise(name)).split()))


def measure(sets: tuple[str, ...], morph: str | None = None):
    """Per set: (found, all, absent, Counter of causes, list of misses)."""
    out = {}
    for s in sets:
        if not (tt.EXTRACT / s).is_dir():
            continue
        found = total = absent = 0
        causes: Counter[str] = Counter()
        misses: list[tuple[str, str, str]] = []
        for doc in tt.documents((s,)):
            rows = [
                r
                for r in doc.expected
                if (r.get("kind") or "").strip() == "membership"
                and (r.get("role") or "").strip() in HEADLINE
            ]
            if not rows:
                continue
            fr = tt.feature_reader(doc.lang, morph)
            read = {key(c.mention.name) for c in fr.candidates(doc.text)}
            listed = {
                key(p.name)
                for line in _lines(doc.text)
                for p in fr.reader.persons(line, in_list=True)
            }
            for r in rows:
                total += 1
                if key(r["actor"]) in read:
                    found += 1
                    continue
                c = (
                    "read in a list only"
                    if key(r["actor"]) in listed
                    else cause(doc.text, r["actor"])
                )
                if c == "absent":
                    absent += 1
                else:
                    causes[c] += 1
                misses.append((doc.stem, r["actor"], c))
        out[s] = (found, total, absent, causes, misses)
    return out


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f} %" if b else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--morph", choices=("voikko", "fst", "rules"))
    parser.add_argument("--list", action="store_true", help="each missed name with its cause")
    parser.add_argument("sets", nargs="*", help="the sets to read (default: all)")
    args = parser.parse_args()
    morph = None if args.morph in (None, "voikko") else args.morph
    result = measure(tuple(args.sets) or SETS, morph)
    head = "| set | found / all | found | in the text | absent | " + " | ".join(CAUSES) + " |"
    print(head)
    print("| --- |" + " ---: |" * (4 + len(CAUSES)))
    pooled = [0, 0, 0]
    pooled_causes: Counter[str] = Counter()
    for s, (found, total, absent, causes, _m) in result.items():
        pooled[0] += found
        pooled[1] += total
        pooled[2] += absent
        pooled_causes.update(causes)
        cells = " | ".join(str(causes[c]) for c in CAUSES)
        print(
            f"| {s} | {found} / {total} | {_pct(found, total)} | "
            f"{_pct(found, total - absent)} | {absent} | {cells} |"
        )
    found, total, absent = pooled
    cells = " | ".join(f"**{pooled_causes[c]}**" for c in CAUSES)
    print(
        f"| **pooled** | **{found} / {total}** | **{_pct(found, total)}** | "
        f"**{_pct(found, total - absent)}** | **{absent}** | {cells} |"
    )
    if args.list:
        for s, (*_x, misses) in result.items():
            for stem, actor, c in misses:
                print(f"{s}/{stem}: {c:<20} {actor}", file=sys.stderr)


if __name__ == "__main__":
    main()

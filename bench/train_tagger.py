"""Train the extractor's learned tagger (``hytegraph/authoring/extract/tagger.py``) from the
hand-written facts of the benchmark sets and write ``tagger_model.json``.

Each person's name the rules' name reader finds in a document is one example; its label is
the role of the expected membership of that person whose quote covers the name (else of the
person anywhere in the document), or ``none``. Only the headline roles are labels.

    python bench/train_tagger.py           # write the model
    python bench/train_tagger.py --check   # exit 1 if the stored model differs from a fresh one
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hytegraph.authoring.extract import tagger  # noqa: E402
from hytegraph.authoring.extract.document import Document, read_document  # noqa: E402
from hytegraph.authoring.extract.lexicon import guess_language, lexicon  # noqa: E402
from hytegraph.authoring.extract.mentions import Reader  # noqa: E402
from hytegraph.authoring.extract.morphology import VoikkoMorphology, morphology  # noqa: E402
from hytegraph.store.names import normalise, strip_diacritics  # noqa: E402

#: The sets the tagger learns from, in a fixed order (named one by one: a set still being
#: collected is never read).
SETS = ("dev", "dev4", "heldout", *(f"heldout{n}" for n in range(2, 50)))
EXTRACT = ROOT / "bench" / "extract"


@dataclass
class Doc:
    set: str
    stem: str
    path: Path
    document: Document
    text: str
    lang: str
    expected: list[dict[str, str]]
    not_members: list[dict[str, str]]


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def name_key(name: str) -> str:
    return " ".join(sorted(strip_diacritics(normalise(name)).split()))


def documents(sets: tuple[str, ...] = SETS) -> list[Doc]:
    out = []
    for s in sets:
        folder = EXTRACT / s
        for path in sorted(folder.glob("*.txt")):
            stem = path.name[: -len(".txt")]
            document = read_document(path)
            text = document.text
            out.append(
                Doc(
                    s,
                    stem,
                    path,
                    document,
                    text,
                    guess_language(text),
                    _read_csv(folder / f"{stem}.expected.csv"),
                    _read_csv(folder / f"{stem}.not-members.csv"),
                )
            )
    return out


_READERS: dict[tuple[str, str | None], tagger.FeatureReader] = {}


def feature_reader(lang: str, morph: str | None = None) -> tagger.FeatureReader:
    if (lang, morph) not in _READERS:
        lang_ = lang if lang in ("fi", "sv") else "fi"
        _READERS[(lang, morph)] = tagger.FeatureReader(Reader(lexicon(lang_), morphology(morph)))
    return _READERS[(lang, morph)]


def labelled(doc: Doc, morph: str | None = None) -> list[tuple[tagger.Candidate, str]]:
    """The candidates of ``doc`` with their labels."""
    rows = []
    for r in doc.expected:
        role = (r.get("role") or "").strip()
        if (r.get("kind") or "").strip() != "membership" or role not in tagger.LABELS:
            continue
        quote = (r.get("quote") or "").strip()
        at = doc.text.find(quote) if quote else -1
        span = (at, at + len(quote)) if at >= 0 else None
        rows.append((name_key(r["actor"]), role, span))
    out = []
    for cand in feature_reader(doc.lang, morph).candidates(doc.text):
        m = cand.mention
        key = name_key(m.name)
        mine = [r for r in rows if r[0] == key]
        inside = [r for r in mine if r[2] and r[2][0] <= m.start and m.end <= r[2][1]]
        label = (inside or mine or [("", "none", None)])[0][1]
        out.append((cand, label))
    return out


def examples(docs: list[Doc], morph: str | None = None) -> list[tuple[list[str], str]]:
    return [(c.features, label) for d in docs for c, label in labelled(d, morph)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the stored model")
    args = parser.parse_args()
    if not isinstance(morphology(), VoikkoMorphology):
        # the stored model is libvoikko's: pyvoikko's transducer gives the same readings, but
        # some in another order, which moves the weights a little
        sys.exit("the tagger learns from the names libvoikko reads: install libvoikko1 voikko-fi")
    model = tagger.train(examples(documents()))
    data = model.to_json() + "\n"
    if args.check:
        same = tagger.MODEL_PATH.read_text(encoding="utf-8") == data
        print("the stored model is a fresh training's" if same else "the stored model differs")
        sys.exit(0 if same else 1)
    from hytegraph.core.atomic import atomic_write_many

    atomic_write_many({tagger.MODEL_PATH: data})
    print(f"{tagger.MODEL_PATH}: {len(model.weights)} features", file=sys.stderr)


if __name__ == "__main__":
    main()

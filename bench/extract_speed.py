"""How fast ``hytegraph extract`` reads a long document: about 100 pages (300,000 characters)
built from the development documents and the bundled sources, repeated with variations (the
names changed on every copy, so that the caches of word forms do not make it easy).

Reports the time and its ratio to a baseline measured in the same run: cutting the same text
into paragraphs and sentences (:mod:`hytegraph.authoring.extract.segment`).

    python bench/extract_speed.py [--chars 300000] [--out /tmp/long.txt] [--no-tagger]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hytegraph.authoring.extract import extract  # noqa: E402
from hytegraph.authoring.extract.morphology import morphology  # noqa: E402
from hytegraph.authoring.extract.segment import paragraphs  # noqa: E402

FIRST = ["Aino", "Kaisa", "Ville", "Lauri", "Olli", "Sari", "Timo", "Eeva", "Pekka", "Liisa"]
LAST = ["Ahola", "Koski", "Vuori", "Lampi", "Ojala", "Salo", "Tuuli", "Esko", "Pouta", "Laine"]


def sources() -> list[str]:
    found = sorted((ROOT / "data" / "sources").glob("*.txt"))
    found += sorted((ROOT / "bench" / "extract" / "dev").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in found]


def long_document(chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    texts = sources()
    parts, size, n = [], 0, 0
    while size < chars:
        text = texts[n % len(texts)]
        n += 1
        # new names on every copy: "Mikael Flemmich" → "Aino Koski3"
        for old in sorted({w for w in text.split() if w[:1].isupper() and len(w) > 5})[:20]:
            if rng.random() < 0.3:
                text = text.replace(old, f"{rng.choice(LAST)}{n}")
        part = f"\n\nOsa {n}: {rng.choice(FIRST)} {rng.choice(LAST)}\n\n{text}"
        parts.append(part)
        size += len(part)
    return "".join(parts)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=300_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/hytegraph-long-document.txt"))
    parser.add_argument(
        "--no-tagger", dest="tagger", action="store_false", help="without the learned tagger"
    )
    args = parser.parse_args()
    text = long_document(args.chars)
    args.out.write_text(text, encoding="utf-8")
    t0 = time.perf_counter()
    paras = paragraphs(text)
    baseline = time.perf_counter() - t0
    from hytegraph.store.load import load_graph

    store = load_graph()
    t0 = time.perf_counter()
    proposals = extract(args.out, lang="fi", store=store, tagger=args.tagger)
    took = time.perf_counter() - t0
    print(f"document: {len(text):,} characters, {len(paras):,} paragraphs ({args.out})")
    reader = morphology()
    print(
        f"morphology: {reader.name} ({type(reader).__name__})"
        + ("" if args.tagger else ", without the tagger")
    )
    print(f"baseline (segmentation only): {baseline:.2f} s")
    print(
        f"extract: {took:.2f} s = {took / baseline:.0f} × the baseline; "  # noqa: RUF001
        f"{len(proposals.facts):,} facts, {len(proposals.entities):,} entities"
    )


if __name__ == "__main__":
    main()

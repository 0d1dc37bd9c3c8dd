"""Every page the extractor's robustness tests read: the benchmark's sets and the bundled
sources, with some capitalised words made into new names as the speed benchmark does (so that
lines meet readers in combinations no set has)."""

from __future__ import annotations

import random
from pathlib import Path

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "bench" / "extract").glob("*/*.txt")) + sorted(
    (ROOT / "data" / "sources").glob("*.txt")
)
LAST = ["Ahola", "Koski", "Vuori", "Lampi", "Ojala", "Salo", "Tuuli", "Esko", "Pouta", "Laine"]


def mangled(text: str, seed: int) -> str:
    """``text`` with some of its capitalised words made into new names ("Vuori143")."""
    rng = random.Random(seed)
    for old in sorted({w for w in text.split() if w[:1].isupper() and len(w) > 5}):
        if rng.random() < 0.3:
            text = text.replace(old, f"{rng.choice(LAST)}{rng.randrange(1000)}")
    return text


def failures(share: int, shares: int) -> list[str]:
    """Every ``shares``-th page from page ``share`` on, with new names, walked by the rules
    reader: what each page that raised raised (none when every page is read to the end)."""
    walkers = {lang: Walker(lexicon(lang), morphology("rules")) for lang in ("fi", "sv")}
    failed = []
    for n, path in enumerate(PAGES):
        if n % shares != share:
            continue
        text = mangled(path.read_text(encoding="utf-8"), (share + 1) * 10_000 + n)
        lang = "sv" if path.stem.endswith("-sv") else "fi"
        try:
            walkers[lang].walk(text)
        except Exception as e:  # every page is tried, and all that fail are named
            failed.append(f"{path.relative_to(ROOT)}: {type(e).__name__}: {e}")
    return failed

"""hytegraph extract reads any page to the end: every page of the benchmark's sets and the
bundled sources, with its capitalised words replaced by made-up names as the speed benchmark
does (so that lines meet readers in combinations no set has), gives proposals and raises
nothing."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "bench" / "extract").glob("*/*.txt")) + sorted(
    (ROOT / "data" / "sources").glob("*.txt")
)
LAST = ["Ahola", "Koski", "Vuori", "Lampi", "Ojala", "Salo", "Tuuli", "Esko", "Pouta", "Laine"]


def _speed_module():
    spec = importlib.util.spec_from_file_location("extract_speed", ROOT / "bench/extract_speed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mangled(text: str, seed: int) -> str:
    """``text`` with some of its capitalised words made into new names ("Vuori143")."""
    rng = random.Random(seed)
    for old in sorted({w for w in text.split() if w[:1].isupper() and len(w) > 5}):
        if rng.random() < 0.3:
            text = text.replace(old, f"{rng.choice(LAST)}{rng.randrange(1000)}")
    return text


def _lang(path: Path) -> str:
    return "sv" if path.stem.endswith("-sv") else "fi"


def test_there_are_pages_to_read():
    assert len(PAGES) > 300


@pytest.mark.parametrize("seed", [1, 2])
def test_every_page_with_new_names_is_read_to_the_end(seed):
    # the two seeds share the pages out (every page once, with the seed's new names)
    walkers = {lang: Walker(lexicon(lang), morphology("rules")) for lang in ("fi", "sv")}
    failed = []
    for n, path in enumerate(PAGES):
        if n % 2 != seed - 1:
            continue
        text = _mangled(path.read_text(encoding="utf-8"), seed * 10_000 + n)
        try:
            walkers[_lang(path)].walk(text)
        except Exception as e:  # every page is tried, and all that fail are named
            failed.append(f"{path.relative_to(ROOT)}: {type(e).__name__}: {e}")
    assert not failed, "\n".join(failed)


def test_the_speed_benchmarks_document_is_read_to_the_end():
    speed = _speed_module()
    text = speed.long_document(120_000, seed=1)
    walked = Walker(lexicon("fi"), morphology()).walk(text)
    assert any(f.kind == "membership" for f in walked.findings)

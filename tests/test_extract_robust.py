"""hytegraph extract reads any page to the end: every page of the benchmark's sets and the
bundled sources, with its capitalised words replaced by made-up names as the speed benchmark
does (so that lines meet readers in combinations no set has), gives proposals and raises
nothing. The pages are shared between this file and ``test_extract_robust_odd.py`` so that
two test workers read them side by side."""

from __future__ import annotations

import importlib.util

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_pages import PAGES, ROOT, failures


def _speed_module():
    spec = importlib.util.spec_from_file_location("extract_speed", ROOT / "bench/extract_speed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_pages_to_read():
    assert len(PAGES) > 300


def test_every_even_page_with_new_names_is_read_to_the_end():
    failed = failures(0, 2)
    assert not failed, "\n".join(failed)


def test_the_speed_benchmarks_document_is_read_to_the_end():
    speed = _speed_module()
    text = speed.long_document(120_000, seed=1)
    walked = Walker(lexicon("fi"), morphology()).walk(text)
    assert any(f.kind == "membership" for f in walked.findings)

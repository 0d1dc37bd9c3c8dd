"""The layout-variant benchmark of the extractor (bench/extract_variants.py): deterministic
pages, every expected person in the text, the held-out sets' scoring, and a floor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from extract_snippets import needs_voikko

ROOT = Path(__file__).resolve().parents[1]


def _load():
    loaded = sys.modules.get("extract_variants")
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(
        "extract_variants", ROOT / "bench" / "extract_variants.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_variants"] = module
    spec.loader.exec_module(module)
    return module


variants = _load()


def test_the_pages_of_a_seed_are_the_same_every_time():
    a = variants.pages(seed=7, count=40)
    b = variants.pages(seed=7, count=40)
    assert [(p.text, p.expected, p.noise, p.dims) for p in a] == [
        (p.text, p.expected, p.noise, p.dims) for p in b
    ]
    assert [p.text for p in variants.pages(seed=8, count=40)] != [p.text for p in a]


def test_every_expected_person_and_every_noise_person_is_in_the_text():
    for page in variants.pages(seed=3, count=300):
        for person, role, body in page.expected:
            assert all(word in page.text for word in person.split()), (person, page.text)
            assert role in variants.HEADLINE
            assert body
        for person in page.noise:
            assert all(word in page.text for word in person.split())
            assert person not in {e[0] for e in page.expected}


def test_every_dimension_value_occurs_and_pinning_keeps_it():
    seen = {k: set() for k in variants.DIMENSIONS}
    for page in variants.pages(seed=1, count=600):
        for k, v in page.dims.items():
            seen[k].add(v)
    for k, by_lang in variants.DIMENSIONS.items():
        assert seen[k] == set(by_lang["fi"]) | set(by_lang["sv"]), k
    for k, by_lang in variants.DIMENSIONS.items():
        for v in set(by_lang["fi"]) | set(by_lang["sv"]):
            pinned = variants.pages(seed=2, count=6, pinned={k: v})
            assert len(pinned) == 6
            assert all(p.dims[k] == v for p in pinned)
    swedish_only = variants.pages(seed=2, count=10, lang="both", pinned={"heading": "prose_in"})
    assert {p.lang for p in swedish_only} == {"sv"}


def test_the_scorer_counts_a_hand_made_page():
    page = variants.Page(
        number=0,
        lang="sv",
        dims={k: v["sv"][0] for k, v in variants.DIMENSIONS.items()},
        expected=[
            ("Anna Lindqvist", "chair", "Äldrerådet i Björkvik"),
            ("Erik Holm", "member", "Äldrerådet i Björkvik"),
            ("Karin Åberg", "member", "Äldrerådet i Björkvik"),
            ("Lars Ek", "deputy_member", "Äldrerådet i Björkvik"),
        ],
        noise=["Mats Nyström"],
    )
    proposed = [
        ("Lindqvist Anna", "chair", "Äldrerådet"),  # right: word order, body without place
        ("Erik Holm", "chair", "Äldrerådet i Björkvik"),  # wrong role
        ("Karin Åberg", "member", "Björkviks äldreråd"),  # right: the same head word
        ("Mats Nyström", "member", "Äldrerådet"),  # noise proposed
        ("Lars Ek", "representative", "Äldrerådet"),  # not a headline role: not counted
    ]
    result = variants.Result()
    wrong, missed = variants.score_page(result, page, proposed)
    assert result.score.row("HEADLINE")[:3] == (2, 2, 2)
    assert result.score.row("any role (right person and body)")[:3] == (3, 1, 1)
    assert result.score.row("lang=sv")[:3] == (2, 2, 2)
    assert (result.noise_proposed, result.noise_people) == (1, 1)
    assert {w[0] for w in wrong} == {"Erik Holm", "Mats Nyström"}
    assert {m[0] for m in missed} == {"Erik Holm", "Lars Ek"}
    report = variants.report(result)
    assert "| **named chairs, vice chairs, secretaries, members, deputies** | 2 | 2 | 2 |" in report
    assert "| lang = sv | 2 | 2 | 2 | 50 % | 50 % |" in report


@needs_voikko
@pytest.mark.parametrize(
    ("seed", "precision", "recall"),
    # measured 96.4 % and 92.3 % (831 right, 31 wrong, 69 missed; before the fixes of the
    # layouts the benchmark found, 96 % and 76 %): docs/performance.md, "Layout variants"
    [(11, 0.95, 0.91)],
)
def test_a_fixed_sample_reaches_its_floor(seed, precision, recall):
    result = variants.run(variants.pages(seed=seed, count=80))
    tp, fp, fn, _p, _r = result.score.row("HEADLINE")
    assert tp / (tp + fp) >= precision
    assert tp / (tp + fn) >= recall
    assert result.noise_proposed == 0


# The counts bench/extract_variants.py gave for 200 pages of seed 1 with each word-form reader
# (docs/performance.md, "Layout variants"): right, wrong, missed headline rows. A change may
# improve them; it may not lose more than a handful. The floor above alone let a reading that
# cost the rules reader 257 of 600 pages' rows pass, so this compares with the measured counts.
MEASURED = {"voikko": (2275, 31, 114), "rules": (1850, 22, 539)}
SLACK = 8


@pytest.mark.parametrize(
    "morph", [pytest.param("voikko", marks=needs_voikko), pytest.param("rules")]
)
def test_two_hundred_pages_lose_no_more_than_a_handful_of_measured_rows(morph):
    result = variants.run(variants.pages(seed=1, count=200), None if morph == "voikko" else morph)
    tp, fp, fn, _p, _r = result.score.row("HEADLINE")
    right, wrong, missed = MEASURED[morph]
    assert tp >= right - SLACK, (tp, fp, fn)
    assert fp <= wrong + SLACK, (tp, fp, fn)
    assert fn <= missed + SLACK, (tp, fp, fn)
    assert result.noise_proposed == 0

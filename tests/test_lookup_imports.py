"""The lookups start with what they need: ``who``, ``body`` and ``chairs`` import none of the
libraries that only the map, the analysis, the authoring layer or validation use (each costs
tens of milliseconds at every start, and a lookup should cost little more than starting Python).
``who`` and ``body`` import no rdflib either. Checked in a fresh process, after the command
printed its answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Libraries and hytegraph layers a lookup never needs.
NOT_FOR_LOOKUPS = (
    "networkx",
    "jinja2",
    "openpyxl",
    "pyshacl",
    "igraph",
    "pyvis",
    "hytegraph.check",
    "hytegraph.authoring",
    "hytegraph.web",
    "hytegraph.views.mapview",
    "hytegraph.views.network",
)


def _run(
    args: list[str], tmp_path: Path, env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """``hytegraph ARGS`` in a fresh interpreter; its result and the modules it had loaded."""
    probe = tmp_path / "modules.json"
    code = (
        "import atexit, json, sys\n"
        f"out = open({str(probe)!r}, 'w')\n"
        "atexit.register(lambda: out.write(json.dumps(sorted(sys.modules))))\n"
        "from hytegraph.cli import main\n"
        f"main({args!r}, prog_name='hytegraph')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={**os.environ, **(env or {})},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return done, set(json.loads(probe.read_text()))


@pytest.mark.parametrize(
    "args",
    [
        ["who", "Virpi Mattila"],
        ["who", "Virpi Mattila", "--municipality", "Espoo"],
        ["body", "hyvinvointiryhmä"],
        ["chairs"],
        ["chairs", "--format", "json"],
    ],
    ids=["who", "who-municipality", "body", "chairs", "chairs-json"],
)
def test_a_lookup_loads_none_of_the_heavy_libraries(args, tmp_path):
    done, loaded = _run(args, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()  # it answered
    heavy = sorted(
        m for m in loaded for name in NOT_FOR_LOOKUPS if m == name or m.startswith(name + ".")
    )
    assert not heavy, f"hytegraph {' '.join(args)} imported {', '.join(heavy)}"


NAME_LOOKUPS = [
    ["who", "Virpi Mattila"],
    ["who", "Virpi Mattila", "--municipality", "Espoo"],
    ["who", "Virpi Mattila", "--format", "json", "--lang", "en"],
    ["body", "hyvinvointiryhmä"],
    ["body", "hyvinvointiryhmä", "--format", "csv"],
]


@pytest.mark.parametrize(
    "args", NAME_LOOKUPS, ids=["who", "who-municipality", "who-json", "body", "body-csv"]
)
def test_a_name_lookup_does_not_import_rdflib(args, tmp_path):
    # who and body read the store's own terms (hytegraph.views.plain): rdflib's import alone
    # takes longer than the rest of such a lookup
    done, loaded = _run(args, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert "rdflib" not in loaded, f"hytegraph {' '.join(args)} imported rdflib"


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_chairs_from_its_kept_rows_does_not_import_rdflib(fmt, tmp_path):
    # the first chairs of a cache entry computes its rows (on rdflib terms) and keeps them in
    # the entry; the next one reads them
    args = ["chairs", "--format", fmt]
    first, _loaded = _run(args, tmp_path)
    assert first.returncode == 0, first.stderr
    done, loaded = _run([*args, "--municipality", "Espoo"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert "rdflib" not in loaded, f"hytegraph {' '.join(args)} imported rdflib"


#: What an answer read from the cache entry needs none of: the store's terms and queries, the
#: code that computes the answers, the threads that hash and build an entry.
NOT_FOR_KEPT_ANSWERS = (
    "rdflib",
    "hytegraph.views.plain",
    "hytegraph.views.every_answer",
    "hytegraph.views.lookups",
    "hytegraph.query.catalogue",
    "hytegraph.query.dates",
    "concurrent.futures",
)


def _needless(loaded: set[str]) -> list[str]:
    return sorted(
        m for m in loaded for name in NOT_FOR_KEPT_ANSWERS if m == name or m.startswith(name + ".")
    )


def test_an_answer_kept_in_the_entry_loads_only_what_it_prints_with(tmp_path):
    # `hytegraph prepare` keeps every answer; any question is then read from the entry
    env = {"HYTEGRAPH_CACHE_DIR": str(tmp_path / "cache")}
    first, _loaded = _run(["prepare"], tmp_path, env)
    assert first.returncode == 0, first.stderr
    for args in NAME_LOOKUPS:
        done, loaded = _run(args, tmp_path, env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip()
        needless = _needless(loaded)
        assert not needless, f"hytegraph {' '.join(args)} imported {', '.join(needless)}"


def test_a_question_asked_before_loads_only_what_it_prints_with(tmp_path):
    # not prepared: the first asking computes and keeps its answer, the second reads it (the
    # format is not part of the question: each its own cache, so that each is asked first)
    for n, args in enumerate(NAME_LOOKUPS):
        env = {"HYTEGRAPH_CACHE_DIR": str(tmp_path / f"cache-{n}")}
        first, loaded = _run(args, tmp_path, env)
        assert first.returncode == 0, first.stderr
        assert "hytegraph.views.plain" in loaded  # computed: the probe sees it
        done, loaded = _run(args, tmp_path, env)
        assert done.returncode == 0, done.stderr
        assert done.stdout == first.stdout
        needless = _needless(loaded)
        assert not needless, f"hytegraph {' '.join(args)} imported {', '.join(needless)}"


def test_the_probe_sees_rdflib_where_a_lookup_needs_it(tmp_path):
    # a date still takes the general path, on rdflib terms
    done, loaded = _run(["who", "Virpi Mattila", "--as-of", "2024-01-01"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "rdflib" in loaded


def test_the_probe_sees_a_heavy_import(tmp_path):
    # the check above would catch one: validation does import pyshacl
    done, loaded = _run(["shapes"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert any(m == "hytegraph.check" or m.startswith("hytegraph.check.") for m in loaded)

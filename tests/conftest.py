"""Shared fixtures: paths to the test fixtures and a switch to the tiny fixture tree."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# the snippet tests' shared checks (``deputies_only``, ``all_hold``) report what they
# compared, as a test's own assertions do
pytest.register_assert_rewrite("tests.extract_snippets")

from hytegraph.core import resources  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"
INVALID = FIXTURES / "invalid"
EXTRA = FIXTURES / "extra"


@pytest.fixture
def mini(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the tiny fixture tree (tests/fixtures/mini) the bundled ontology and data."""
    monkeypatch.setattr(resources, "ROOTS", [MINI])
    return MINI


@pytest.fixture(autouse=True, scope="session")
def _graph_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep the on-disk graph cache (hytegraph.store.cache) of the whole run in a temporary folder,
    never in the user's ~/.cache; child processes inherit it through the environment."""
    folder = tmp_path_factory.mktemp("graph-cache")
    saved = {k: os.environ.get(k) for k in ("HYTEGRAPH_CACHE_DIR", "HYTEGRAPH_NO_CACHE")}
    os.environ["HYTEGRAPH_CACHE_DIR"] = str(folder)
    os.environ.pop("HYTEGRAPH_NO_CACHE", None)
    yield folder
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def wait_for_map(page, timeout: float = 30.0) -> None:
    """Wait until a map page says it is ready (``window.hytegraphReady``).

    Asked from outside the page (the DevTools protocol), not with ``wait_for_function``, whose
    predicate the page itself evaluates: the map's Content-Security-Policy allows no string
    evaluation, so that predicate fails as soon as the policy is in force."""
    import time

    from playwright.sync_api import Error

    deadline = time.monotonic() + timeout
    while True:
        try:
            if page.evaluate("window.hytegraphReady === true"):
                return
        except Error:
            pass  # the page is still being replaced by the one a click opened
        if time.monotonic() > deadline:
            raise AssertionError(f"the map at {page.url} was not ready within {timeout:.0f} s")
        page.wait_for_timeout(100)


def load_synth():
    """``bench/synth.py`` (the synthetic national graph) as a module, loaded once: it is a
    benchmark script, not part of the package."""
    import importlib.util
    import sys

    loaded = sys.modules.get("synth")
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(
        "synth", Path(__file__).resolve().parents[1] / "bench" / "synth.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _default_validate_settings() -> tuple[bool, int]:
    from hytegraph.check import validate

    return validate._SHACL_BESIDE, validate.SHACL_BESIDE_MAX_TRIPLES


#: validate's own settings (the shapes beside the entailment, forked below the limit), read
#: before any test patches them
DEFAULT_VALIDATE_SETTINGS = _default_validate_settings()


@functools.cache
def validated_afresh(files: tuple[Path, ...], bundled: bool) -> str:
    """The report of ``hytegraph validate`` on ``files`` loaded afresh (no cache), with
    validate's own settings. Computed once per run: the tests of the derived triples read back
    and of the shapes checked beside the entailment compare against the same report (the
    files must not change during the run)."""
    from hytegraph.check import validate
    from hytegraph.store.load import load_graph

    assert _default_validate_settings() == DEFAULT_VALIDATE_SETTINGS, "settings are patched"
    return validate.validate(load_graph(list(files), include_bundled=bundled)).format()


def _sendable(text: str) -> str:
    """``text`` with any lone surrogate written as an escape, so that it encodes as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Property tests feed strings with lone surrogates to code that logs them; a report that
    holds such a log cannot be sent from a pytest-xdist worker, which ends the run. The report's
    captured sections keep their text with the surrogates escaped."""
    outcome = yield
    report = outcome.get_result()
    report.sections = [(title, _sendable(body)) for title, body in report.sections]

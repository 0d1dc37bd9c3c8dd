"""The suite runs on pytest-xdist workers: a test whose captured log holds a lone surrogate (as
property tests of hostile strings produce) must not end the run."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import conftest

PROBE = """
import logging


def test_logs_a_lone_surrogate():
    logging.getLogger("probe").warning("bad \\udfff iri")
"""


def _run(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "2", "-p", "no:cacheprovider", str(folder)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_logged_surrogate_does_not_end_a_parallel_run(tmp_path: Path) -> None:
    hook = "\n\n".join(
        inspect.getsource(f) for f in (conftest._sendable, conftest.pytest_runtest_makereport)
    )
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_probe.py").write_text(PROBE, encoding="utf-8")
    header = "from collections.abc import Iterator\n\nimport pytest\n\n\n"
    (tmp_path / "conftest.py").write_text(header + hook + "\n", encoding="utf-8")
    kept = _run(tmp_path)
    assert kept.returncode == 0, kept.stdout + kept.stderr
    assert "1 passed" in kept.stdout

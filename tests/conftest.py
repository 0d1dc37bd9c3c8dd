"""Shared fixtures: paths to the test fixtures and a switch to the tiny fixture tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from hytegraph import resources

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"
INVALID = FIXTURES / "invalid"
EXTRA = FIXTURES / "extra"


@pytest.fixture
def mini(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the tiny fixture tree (tests/fixtures/mini) the bundled ontology and data."""
    monkeypatch.setattr(resources, "ROOTS", [MINI])
    return MINI

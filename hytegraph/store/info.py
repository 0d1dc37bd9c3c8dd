"""What a loaded graph is made of: its files and data folders, and what the rules derived.

Plain records with no behaviour, so that the store interface, the loader, the inference rules
and the cache can all name them without importing each other."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class InferenceReport:
    """What the rules added: triples per predicate, rounds run, and whether they converged."""

    rules: list[str] = field(default_factory=list)
    derived: Counter[str] = field(default_factory=Counter)
    rounds: int = 0
    converged: bool = True
    added: int = 0


@dataclass
class GraphInfo:
    """Where a loaded graph came from; validation uses ``data_dirs`` to find source texts."""

    files: list[Path] = field(default_factory=list)
    data_dirs: list[Path] = field(default_factory=list)
    inference: InferenceReport = field(default_factory=InferenceReport)

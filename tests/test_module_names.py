"""No module of the package binds a top-level name twice.

The extractor keeps its rules in many module-level patterns; a second definition of the same
name silently replaces the first for every function that reads it, so a rule added under an
existing name changes rules elsewhere in the module. Each top-level name is bound once.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "hytegraph"


def _bound_twice(source: str) -> dict[str, int]:
    """The top-level names a module's source binds more than once (assignments, functions,
    classes), with how often."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            if isinstance(node.target, ast.Name):
                counts[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            counts[node.name] += 1
    return {name: n for name, n in counts.items() if n > 1}


def test_the_check_finds_a_name_bound_twice():
    source = 'import re\n_WORD = re.compile("a")\n\ndef f():\n    pass\n_WORD = re.compile("b")\n'
    assert _bound_twice(source) == {"_WORD": 2}
    assert _bound_twice("A = 1\nB = 2\n") == {}


@pytest.mark.parametrize(
    "module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_top_level_name_is_bound_twice(module: Path):
    assert _bound_twice(module.read_text(encoding="utf-8")) == {}

"""The package's folders are its layers: the import-linter contracts in pyproject.toml hold, no
module takes part in an import cycle (type-only and in-function imports counted), and
docs/architecture.md lists every module.

Each check also runs on a copy of the package with one bad import added, to prove that it
fails when it should."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "hytegraph"

pytest.importorskip("importlinter", reason="import-linter is in the test extras")
pytest.importorskip("grimp", reason="grimp comes with import-linter")

# Run in a child process whose first path entry is ``root``, so that the package there (the
# checkout, or a tampered copy) is the one analysed, whatever is installed.
_LINT = """
import sys
from importlinter.cli import lint_imports
sys.exit(lint_imports(no_cache=True, no_logo=True))
"""
_CYCLES = """
import json, sys
sys.path.insert(0, sys.argv[1])
import grimp, networkx
graph = grimp.build_graph("hytegraph", cache_dir=None)
digraph = networkx.DiGraph()
for module in graph.modules:
    digraph.add_node(module)
    for imported in graph.find_modules_directly_imported_by(module):
        digraph.add_edge(module, imported)
cycles = [sorted(c) for c in networkx.strongly_connected_components(digraph) if len(c) > 1]
cycles += [[m] for m in digraph if digraph.has_edge(m, m)]
print(json.dumps({"modules": len(graph.modules), "cycles": sorted(cycles)}))
"""


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _LINT], cwd=root, capture_output=True, text=True, timeout=300
    )


def cycles(root: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _CYCLES, str(root)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The package and its contracts, copied to be tampered with."""
    shutil.copytree(
        PACKAGE, tmp_path / "hytegraph", ignore=shutil.ignore_patterns("__pycache__", "_bundled")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def add_lines(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_the_layer_contracts_hold():
    done = lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_an_upward_import_inside_a_function_breaks_the_layers(copy):
    add_lines(
        copy / "hytegraph" / "core" / "atomic.py",
        "\n\ndef _upward():\n    from hytegraph.views import output\n\n    return output\n",
    )
    done = lint(copy)
    assert done.returncode == 1
    assert "hytegraph.core.atomic -> hytegraph.views.output" in done.stdout


def test_a_view_importing_another_view_breaks_independence(copy):
    add_lines(
        copy / "hytegraph" / "views" / "summary.py", "\nfrom hytegraph.views import lookups\n"
    )
    done = lint(copy)
    assert done.returncode == 1
    assert "hytegraph.views.summary -> hytegraph.views.lookups" in done.stdout


def test_no_import_cycle_anywhere_in_the_package():
    found = cycles(ROOT)
    assert found["modules"] >= 50  # the whole package was read, not an empty one
    assert found["cycles"] == []


def test_a_type_only_import_that_closes_a_loop_is_a_cycle(copy):
    base = copy / "hytegraph" / "store" / "base.py"
    text = base.read_text(encoding="utf-8")
    assert "if TYPE_CHECKING:\n" in text
    base.write_text(
        text.replace(
            "if TYPE_CHECKING:\n",
            "if TYPE_CHECKING:\n    from hytegraph.store.load import load_graph\n",
            1,
        ),
        encoding="utf-8",
    )
    found = cycles(copy)["cycles"]
    assert any("hytegraph.store.base" in c and "hytegraph.store.load" in c for c in found)


def test_errors_imports_nothing_of_hytegraph():
    source = (PACKAGE / "errors.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+hytegraph\b", source, re.M)


def docstring_only(path: Path) -> bool:
    """A folder's ``__init__.py`` that only says what the folder is for (the folder's row in
    the table says it too)."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    return path.name == "__init__.py" and len(body) == 1 and isinstance(body[0], ast.Expr)


def test_architecture_lists_every_module():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`(hytegraph/[\w/]+\.py)`", doc))
    files = [
        p
        for p in PACKAGE.rglob("*.py")
        if "_bundled" not in p.parts and "__pycache__" not in p.parts
    ]
    modules = {p.relative_to(ROOT).as_posix() for p in files}
    required = {p.relative_to(ROOT).as_posix() for p in files if not docstring_only(p)}
    assert required - listed == set(), "add these to docs/architecture.md"
    assert listed - modules == set(), "docs/architecture.md names modules that do not exist"

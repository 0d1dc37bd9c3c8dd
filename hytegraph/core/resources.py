"""Find the curated folders (``ontology/``, ``data/``, ``queries/``) wherever hytegraph runs.

An installed wheel carries them in ``hytegraph/_bundled/``; a checkout (editable install or
running from source) has them at its top level. The current directory is never consulted.
"""

from __future__ import annotations

from pathlib import Path

from hytegraph.errors import MissingFile

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # hytegraph/
_BUNDLED = _PACKAGE_DIR / "_bundled"
_CHECKOUT = _PACKAGE_DIR.parent

FOLDERS = ("ontology", "data", "queries")


def _default_roots() -> list[Path]:
    # An installed wheel has _bundled/ and must not look beside itself in site-packages;
    # a checkout is recognised by its pyproject.toml.
    if _BUNDLED.is_dir():
        return [_BUNDLED]
    return [_CHECKOUT] if (_CHECKOUT / "pyproject.toml").is_file() else []


#: Where to look, in order (tests point this at a fixture tree).
ROOTS: list[Path] = _default_roots()


def resource_dir(name: str) -> Path:
    """The folder ``name`` (one of :data:`FOLDERS`): bundled copy first, else the checkout's."""
    if name not in FOLDERS:
        raise ValueError(f"unknown resource folder {name!r}; expected one of {FOLDERS}")
    for base in ROOTS:
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise MissingFile(
        (ROOTS[0] if ROOTS else _BUNDLED) / name,
        "resource folder",
        hint="Reinstall hytegraph, or run it from a complete checkout.",
    )


def ontology_dir() -> Path:
    return resource_dir("ontology")


def data_dir() -> Path:
    return resource_dir("data")


def queries_dir() -> Path:
    return resource_dir("queries")


def _required(path: Path, what: str) -> Path:
    if not path.is_file():
        raise MissingFile(path, what, hint="Reinstall hytegraph, or restore the file.")
    return path


def ontology_file() -> Path:
    """``ontology/hyte.ttl``."""
    return _required(ontology_dir() / "hyte.ttl", "ontology file")


def shapes_file() -> Path:
    """``ontology/shapes.ttl``."""
    return _required(ontology_dir() / "shapes.ttl", "SHACL shapes file")


def rule_files() -> list[Path]:
    """``ontology/rules/*.rq``, sorted by name (the order they are applied in)."""
    rules = ontology_dir() / "rules"
    return sorted(rules.glob("*.rq")) if rules.is_dir() else []


def bundled_data_files() -> list[Path]:
    """``data/*.ttl``, sorted by name."""
    return sorted(data_dir().glob("*.ttl"))


def sparql_file(name: str) -> Path:
    """An internal query shipped inside the package (``hytegraph/sparql/NAME.rq``)."""
    return _required(_PACKAGE_DIR / "sparql" / f"{name}.rq", "internal query")


def sparql_dir_names(prefix: str = "") -> list[str]:
    """The names of the internal queries whose name starts with ``prefix``."""
    return sorted(p.stem for p in (_PACKAGE_DIR / "sparql").glob(f"{prefix}*.rq"))


def read_sparql(name: str) -> str:
    return sparql_file(name).read_text(encoding="utf-8")

"""Find the curated folders (``ontology/``, ``data/``, ``queries/``) wherever hytegraph runs.

An installed wheel carries them in ``hytegraph/_bundled/``; a checkout (editable install or
running from source) has them at its top level.

An installed hytegraph run from inside a hytegraph checkout (the current folder, or a folder
above it, has a ``pyproject.toml`` naming the project ``hytegraph`` and the folders ``data/`` and
``ontology/``) uses that checkout's folders, not its bundled copy: a file added to the
checkout's ``data/`` is read by ``hytegraph`` as by ``python -m hytegraph``. When the checkout's
folders differ from the installed copy it says so on stderr, once per command.
``HYTEGRAPH_CHECKOUT=0`` keeps the installed copy (and still notes that the checkout differs),
so the difference is never silent.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from hytegraph.errors import MissingFile

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # hytegraph/
_BUNDLED = _PACKAGE_DIR / "_bundled"
_CHECKOUT = _PACKAGE_DIR.parent

FOLDERS = ("ontology", "data", "queries")
#: The environment variable that turns the use of the current checkout off (``0``).
CHECKOUT_VARIABLE = "HYTEGRAPH_CHECKOUT"
_OFF = ("0", "false", "no", "off")
_SAMPLE = 64 * 1024


def is_checkout(folder: Path) -> bool:
    """Whether ``folder`` is the top of a hytegraph checkout: a ``pyproject.toml`` whose
    project is ``hytegraph``, with ``data/`` and ``ontology/`` beside it."""
    import tomllib

    try:
        if not ((folder / "data").is_dir() and (folder / "ontology").is_dir()):
            return False
        with (folder / "pyproject.toml").open("rb") as f:
            project = tomllib.load(f).get("project", {})
    except (OSError, ValueError):
        return False
    return isinstance(project, dict) and project.get("name") == "hytegraph"


def find_checkout(start: Path | None = None) -> Path | None:
    """The hytegraph checkout ``start`` (default: the current folder) is in, or None."""
    try:
        here = (start or Path.cwd()).resolve()
    except OSError:  # the current folder was removed
        return None
    for folder in (here, *here.parents):
        if is_checkout(folder):
            return folder
    return None


def _checkout_wanted() -> bool:
    return os.environ.get(CHECKOUT_VARIABLE, "").strip().lower() not in _OFF


def _fingerprint(base: Path) -> set[tuple[str, int, str]]:
    """Every file of the curated folders under ``base``: relative path, size and a hash of
    its first and last 64 KiB (enough to tell an edited copy; cheap for large data)."""
    found: set[tuple[str, int, str]] = set()
    for name in FOLDERS:
        top = base / name
        if not top.is_dir():
            continue
        for path in top.rglob("*"):
            relative = path.relative_to(base)
            if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
                continue
            if not path.is_file():
                continue
            size = path.stat().st_size
            digest = hashlib.blake2b(digest_size=16)
            with path.open("rb") as f:
                digest.update(f.read(_SAMPLE))
                if size > 2 * _SAMPLE:
                    f.seek(-_SAMPLE, os.SEEK_END)
                digest.update(f.read(_SAMPLE))
            found.add((relative.as_posix(), size, digest.hexdigest()))
    return found


def differs_from_bundled(checkout: Path, bundled: Path | None = None) -> bool:
    """Whether the curated folders of ``checkout`` differ from the installed copy."""
    return _fingerprint(checkout) != _fingerprint(bundled or _BUNDLED)


def _where(folder: Path) -> str:
    """``./data`` for a folder under the current one, else the full path."""
    try:
        relative = folder.relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return str(folder)
    return f"./{relative.as_posix()}" if relative.parts else "."


def _default_roots() -> tuple[list[Path], Path | None]:
    """Where to look, and the checkout whose difference from the installed copy is to be
    noted (None: nothing to note)."""
    # An installed wheel has _bundled/ and must not look beside itself in site-packages; a
    # checkout of its own is recognised by its pyproject.toml.
    if not _BUNDLED.is_dir():
        return ([_CHECKOUT] if (_CHECKOUT / "pyproject.toml").is_file() else []), None
    checkout = find_checkout()
    if checkout is None or checkout == _CHECKOUT:
        return [_BUNDLED], None
    if _checkout_wanted():
        return [checkout, _BUNDLED], checkout
    return [_BUNDLED], checkout


#: Where to look, in order (tests point this at a fixture tree).
ROOTS: list[Path] = []
_NOTED_CHECKOUT: Path | None = None
_AUTOMATIC: list[Path] = ROOTS
_announced = False


def configure() -> None:
    """Decide where to look from the current folder and the environment (done on import;
    again after either changes, in tests)."""
    global ROOTS, _NOTED_CHECKOUT, _AUTOMATIC, _announced
    ROOTS, _NOTED_CHECKOUT = _default_roots()
    _AUTOMATIC = ROOTS
    _announced = False


configure()


def _announce() -> None:
    """Say once on stderr that the current checkout's folders are used instead of the
    installed copy (or, with ``HYTEGRAPH_CHECKOUT=0``, are not), when the two differ."""
    global _announced
    if _announced or _NOTED_CHECKOUT is None or ROOTS is not _AUTOMATIC:
        return
    _announced = True
    checkout = _NOTED_CHECKOUT
    if not differs_from_bundled(checkout):
        return
    if ROOTS[0] == checkout:
        message = (
            f"hytegraph: using data from {_where(checkout / 'data')} (checkout; it differs "
            f"from the installed copy, which {CHECKOUT_VARIABLE}=0 uses)"
        )
    else:
        message = (
            f"hytegraph: using the installed data ({CHECKOUT_VARIABLE}=0), not "
            f"{_where(checkout / 'data')} (checkout), which differs from it"
        )
    print(message, file=sys.stderr)


def resource_dir(name: str) -> Path:
    """The folder ``name`` (one of :data:`FOLDERS`): the current checkout's, else the bundled
    copy, else the checkout hytegraph runs from."""
    if name not in FOLDERS:
        raise ValueError(f"unknown resource folder {name!r}; expected one of {FOLDERS}")
    _announce()
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

"""What ``--data`` accepts, in a fixed order: RDF files, workbooks, and folders of them.

- An RDF file: a type of :data:`hytegraph.core.filetypes.FILE_TYPES` (``.ttl``, ``.trig``,
  ``.jsonld``, ``.json``, ``.nt``, ``.nq``).
- A workbook: an ``.xlsx`` file, or a folder holding ``entities.csv`` or ``facts.csv`` (the
  same workbook as UTF-8 CSV files). The authoring layer reads workbooks; it plugs its reader
  in with :func:`register_reader` (``register_reader(WORKBOOK, read_workbook)``). Until a
  reader is registered a workbook is refused before anything is loaded, with a message that
  says to import it first.
- A folder: the RDF files and workbooks directly in it, sorted by name. Its sub-folders are
  not read (a CSV workbook folder is one workbook): by convention they hold the source texts
  (``sources/``) or the workbooks that a Turtle file beside them was imported from
  (``workbooks/``), and reading those again would state the same facts twice. Hidden files,
  office lock files (``~$name.xlsx``), ``.json`` files (often not JSON-LD) and files of other
  types (notes, membership registers) are skipped; a folder with nothing to read is an error.

:func:`expand` turns what a person gave into :class:`DataFile` records, each file once (by its
resolved path), checked to exist and to be readable before any of them is parsed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hytegraph.core import filetypes
from hytegraph.errors import HytegraphError, MissingFile, UnsupportedFormat

RDF = "rdf"
WORKBOOK = "workbook"
#: Extensions of workbook files.
WORKBOOK_EXTENSIONS = (".xlsx",)
#: Files whose presence makes a folder a CSV workbook.
WORKBOOK_MARKERS = ("entities.csv", "facts.csv")
#: RDF types a folder scan skips: a ``.json`` file in a folder is too often something else.
_NOT_IN_FOLDERS = frozenset({".json"})

#: A reader of a non-RDF data file: the triples (rdflib terms) the file states.
Reader = Callable[[Path], Iterable[tuple[Any, Any, Any]]]
_READERS: dict[str, Reader] = {}


@dataclass(frozen=True)
class DataFile:
    """One input: an RDF file or a workbook (an ``.xlsx`` file or a CSV folder)."""

    path: Path
    kind: str

    @property
    def folder(self) -> Path:
        """The folder its source texts are found relative to: a CSV workbook's own folder,
        else the folder the file is in."""
        return self.path.resolve() if self.path.is_dir() else self.path.resolve().parent


def register_reader(kind: str, reader: Reader) -> None:
    """Read data files of ``kind`` (:data:`WORKBOOK`) with ``reader(path)``, which returns
    the triples the file states. The authoring layer registers the workbook reader."""
    _READERS[kind] = reader


def reader_for(kind: str) -> Reader | None:
    """The registered reader of ``kind``, if any."""
    return _READERS.get(kind)


def supported() -> list[str]:
    """What ``--data`` accepts, for messages: the RDF extensions, ``.xlsx`` and folders."""
    return [*filetypes.supported_extensions(), *WORKBOOK_EXTENSIONS, "a folder of these"]


def is_csv_workbook(folder: Path) -> bool:
    """Whether ``folder`` is a workbook written as CSV files (it has ``entities.csv`` or
    ``facts.csv``)."""
    return any((folder / name).is_file() for name in WORKBOOK_MARKERS)


def kind_of(path: str | Path) -> str:
    """:data:`RDF` or :data:`WORKBOOK` for an existing file or CSV workbook folder;
    :class:`UnsupportedFormat` for any other file."""
    path = Path(path)
    if path.is_dir():
        if is_csv_workbook(path):
            return WORKBOOK
        raise HytegraphError(
            f"{path}: a folder, not a data file",
            hint="Give the folder to --data, which reads the data files in it.",
        )
    if path.suffix.lower() in WORKBOOK_EXTENSIONS:
        return WORKBOOK
    if path.suffix.lower() in filetypes.FILE_TYPES:
        return RDF
    raise UnsupportedFormat(path, supported())


def _skipped(path: Path) -> bool:
    return path.name.startswith((".", "~$"))


def scan(folder: Path) -> list[DataFile]:
    """The data files directly in ``folder``, by name (see the module docstring)."""
    found: list[DataFile] = []
    for child in sorted(folder.iterdir(), key=lambda p: p.name):
        if _skipped(child):
            continue
        if child.is_dir():
            if is_csv_workbook(child):
                found.append(DataFile(child, WORKBOOK))
            continue
        suffix = child.suffix.lower()
        if suffix in WORKBOOK_EXTENSIONS:
            found.append(DataFile(child, WORKBOOK))
        elif suffix in filetypes.FILE_TYPES and suffix not in _NOT_IN_FOLDERS:
            found.append(DataFile(child, RDF))
    if not found:
        raise HytegraphError(
            f"{folder}: no data files in this folder",
            hint="A data folder holds RDF files ("
            + " ".join(e for e in filetypes.supported_extensions() if e not in _NOT_IN_FOLDERS)
            + ") or workbooks (.xlsx, or a folder with entities.csv); its sub-folders are not "
            "read, so give each of them to --data as well.",
        )
    return found


def names_workbook(paths: Iterable[str | Path]) -> bool:
    """Whether any of ``paths`` is a workbook or a folder with one directly in it (a cheap
    look at names only; nothing is checked or raised)."""
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                if is_csv_workbook(path) or any(
                    not _skipped(child)
                    and (
                        child.suffix.lower() in WORKBOOK_EXTENSIONS
                        or (child.is_dir() and is_csv_workbook(child))
                    )
                    for child in path.iterdir()
                ):
                    return True
            elif path.suffix.lower() in WORKBOOK_EXTENSIONS:
                return True
        except OSError:
            continue
    return False


def _one(path: Path) -> list[DataFile]:
    if not path.exists():
        raise MissingFile(path, "data file")
    if path.is_dir() and not is_csv_workbook(path):
        return scan(path)
    if not path.is_dir() and not path.is_file():
        raise MissingFile(path, "data file (not a file)")
    return [DataFile(path, kind_of(path))]


def check_reader(item: DataFile) -> None:
    """Refuse a workbook when no workbook reader is registered, saying how to import it."""
    if item.kind == RDF or reader_for(item.kind) is not None:
        return
    raise HytegraphError(
        f"{item.path}: a workbook; workbooks are read by `hytegraph import`, not as data",
        hint=f"Import it first (`hytegraph import {item.path}` writes a Turtle file), then "
        "give that file, or the folder it is in, to --data.",
    )


def expand(paths: Sequence[str | Path], *, skip: Iterable[Path] = ()) -> list[DataFile]:
    """Every data file ``paths`` name, folders expanded, in order, each once (by resolved
    path; files in ``skip``, such as the bundled data, are left out). Everything is checked
    (exists, a known type, a reader for workbooks) before anything is parsed."""
    seen = {Path(p).resolve() for p in skip}
    out: list[DataFile] = []
    for given in paths:
        for item in _one(Path(given)):
            resolved = item.path.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            check_reader(item)
            if item.kind == RDF:
                filetypes.file_type(item.path)
            out.append(item)
    return out


def _signature(path: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, modification time and size of a file, or of every file in a folder."""
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return tuple((str(p), (st := p.stat()).st_mtime_ns, st.st_size) for p in files)


def read_triples(item: DataFile) -> tuple[tuple[Any, Any, Any], ...]:
    """The triples (rdflib terms) a data file states: parsed RDF, or what the registered
    reader gives for a workbook. Cached per process while the files are unchanged, so that
    loading a workbook twice (the graph cache loads it twice at once) reads it once and gives
    the same blank nodes."""
    if item.kind == RDF:
        from hytegraph.core import rdfio

        return rdfio.read_triples(item.path)
    check_reader(item)
    resolved = item.path.resolve()
    key = (item.kind, str(resolved), _signature(resolved))
    with _READ_LOCK:  # two threads loading one workbook at once read it once
        cached = _READ.get(key)
        if cached is None:
            reader = reader_for(item.kind)
            assert reader is not None
            cached = tuple(reader(item.path))
            while len(_READ) >= _READ_KEEP:
                _READ.pop(next(iter(_READ)))
            _READ[key] = cached
    return cached


_READ: dict[tuple[str, str, tuple[tuple[str, int, int], ...]], tuple[Any, ...]] = {}
_READ_KEEP = 16
_READ_LOCK = threading.Lock()


__all__ = [
    "RDF",
    "WORKBOOK",
    "WORKBOOK_EXTENSIONS",
    "WORKBOOK_MARKERS",
    "DataFile",
    "Reader",
    "check_reader",
    "expand",
    "is_csv_workbook",
    "kind_of",
    "names_workbook",
    "read_triples",
    "reader_for",
    "register_reader",
    "scan",
    "supported",
]

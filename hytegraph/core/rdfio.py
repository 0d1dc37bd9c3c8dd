"""Reading and writing RDF files: the table of supported types and errors that name file and line.

Every file passes :mod:`hytegraph.core.prescan` (nesting, token size, no JSON-LD context by
reference) before a parser sees it. Parsed files are cached per process (keyed by path,
modification time and size), so loading the same data twice does not parse it twice. Named
graphs in TriG / N-Quads are merged into one graph: hytegraph keeps provenance in evidence
nodes, not in graph names.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import json
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
import rdflib
from rdflib.plugins.parsers.notation3 import BadSyntax
from rdflib.term import Node

from hytegraph.core import prescan
from hytegraph.core.filetypes import FILE_TYPES as FILE_TYPES
from hytegraph.core.filetypes import RdfFileType as RdfFileType
from hytegraph.core.filetypes import file_type
from hytegraph.core.filetypes import supported_extensions as supported_extensions
from hytegraph.core.namespaces import PREFIXES, bind_prefixes
from hytegraph.errors import InputError, MissingFile

Triple = tuple[Node, Node, Node]


_QUAD_EXTENSIONS = frozenset({".trig", ".nq", ".jsonld", ".json"})
_JSONLD_EXTENSIONS = frozenset({".jsonld", ".json"})

#: Formats hytegraph writes graphs in (``serialize_graph``), by short name.
WRITE_FORMATS: dict[str, str] = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def check_readable(path: str | Path) -> Path:
    """Raise :class:`MissingFile` or :class:`UnsupportedFormat` before any parsing is attempted."""
    path = Path(path)
    if not path.is_file():
        raise MissingFile(path, "data file" if not path.exists() else "data file (not a file)")
    file_type(path)
    return path


def _cache_key(path: Path) -> tuple[str, int, int]:
    resolved = check_readable(path).resolve()
    stat = resolved.stat()
    return (str(resolved), stat.st_mtime_ns, stat.st_size)


# ---------------------------------------------------------------------------------------------
# pyoxigraph


_OX_POSITION = re.compile(
    r"^Parser error (?:at|between) line \d+ column \d+(?: and line \d+ column \d+)?: "
)


def _ox_error(path: Path, error: SyntaxError) -> InputError:
    message = _OX_POSITION.sub("", error.msg or str(error))
    return InputError(path, error.lineno, message, column=error.offset)


def _decode_error(path: Path, data: bytes, error: UnicodeDecodeError) -> InputError:
    line = data[: error.start].count(b"\n") + 1
    return InputError(path, line, "the file is not valid UTF-8", hint="Save the file as UTF-8.")


def _prescan(path: Path, data: bytes) -> None:
    prescan.check(path, data, jsonld=file_type(path).extension in _JSONLD_EXTENSIONS)


def check_file(path: str | Path) -> None:
    """Run the checks of :mod:`hytegraph.core.prescan` on ``path`` (nesting, token size, JSON-LD
    context references) without parsing it; cached per process like parsing."""
    _check_file_cached(*_cache_key(Path(path)))


@functools.lru_cache(maxsize=128)
def _check_file_cached(resolved: str, _mtime: int, _size: int) -> None:
    path = Path(resolved)
    _prescan(path, path.read_bytes())


def _read_checked(path: Path) -> bytes:
    """The bytes of ``path``, checked to be UTF-8 and to pass :mod:`hytegraph.core.prescan`."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _decode_error(path, data, e) from None
    _prescan(path, data)
    return data


def token_overflow(error: MemoryError) -> bool:
    """Whether ``error`` is pyoxigraph's full token buffer, not the machine's memory."""
    return "buffer maximal size" in str(error)


def token_too_large(path: Path, error: MemoryError) -> InputError:
    """pyoxigraph's failure on a token bigger than its buffer (a string that never ends, a
    giant name), which :mod:`hytegraph.core.prescan` did not measure as one token."""
    return InputError(
        path,
        None,
        f"a token is too large for the parser ({error}): a literal, IRI or name of 16 MiB or "
        "more, or a string whose closing quote is missing",
        hint="Check that every string is closed; keep long texts in a source text file "
        "(hyte:textFile) rather than in the graph.",
    )


def read_quads(path: str | Path) -> tuple[ox.Quad, ...]:
    """Parse ``path`` with pyoxigraph into quads in the default graph (cached)."""
    return _read_quads_cached(*_cache_key(Path(path)))


@functools.lru_cache(maxsize=128)
def _read_quads_cached(resolved: str, _mtime: int, _size: int) -> tuple[ox.Quad, ...]:
    path = Path(resolved)
    kind = file_type(path)
    data = _read_checked(path)
    try:
        parsed = ox.parse(
            data, format=kind.oxigraph_format, base_iri=path.as_uri(), rename_blank_nodes=True
        )
        return tuple(ox.Quad(q.subject, q.predicate, q.object) for q in parsed)
    except SyntaxError as e:
        raise _ox_error(path, e) from None
    except ValueError as e:  # e.g. an invalid IRI reported outside the syntax checker
        raise InputError(path, None, str(e)) from None
    except MemoryError as e:
        if not token_overflow(e):
            raise
        raise token_too_large(path, e) from None


# ---------------------------------------------------------------------------------------------
# rdflib

_LINE_IN_MESSAGE = re.compile(r"\bline (\d+)", re.IGNORECASE)

# rdflib's JSON-LD parser fetches a context given by reference. :mod:`hytegraph.core.prescan`
# refuses such documents before rdflib sees them; as a second line, an audit hook (the measure
# rdflib's documentation recommends) refuses any network access while rdflib parses a file.
_OFFLINE: contextvars.ContextVar[bool] = contextvars.ContextVar("hytegraph_offline", default=False)
_NETWORK_EVENTS = frozenset({"urllib.Request", "socket.connect", "socket.getaddrinfo"})
_hook_lock = threading.Lock()
_hook_installed = False


class NetworkRefused(RuntimeError):
    """Raised by the audit hook when a parser tries to reach the network."""


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in _NETWORK_EVENTS and _OFFLINE.get():
        raise NetworkRefused(f"{event} {args[0]!r}" if args else event)


@contextlib.contextmanager
def offline() -> Iterator[None]:
    """Inside the block this thread may not open network connections (urllib, sockets, DNS):
    any attempt raises :class:`NetworkRefused`. Installs a process-wide audit hook once; it
    does nothing outside such a block."""
    global _hook_installed
    with _hook_lock:
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True
    token = _OFFLINE.set(True)
    try:
        yield
    finally:
        _OFFLINE.reset(token)


def _rdflib_error(path: Path, error: Exception) -> InputError:
    """Describe an rdflib parse failure with the best line information available."""
    # pyoxigraph reports line and column for every syntax error; prefer its diagnosis.
    try:
        _read_quads_cached.__wrapped__(str(path), 0, 0)
    except InputError as ox_error:
        return ox_error
    line: int | None = None
    message = str(error)
    if isinstance(error, BadSyntax):
        line = error.lines + 1
        message = f"bad syntax ({error._why})"
    elif isinstance(error, json.JSONDecodeError):
        line, message = error.lineno, error.msg
    elif match := _LINE_IN_MESSAGE.search(message):
        line = int(match.group(1))
    first_line = message.strip().splitlines()[0] if message.strip() else repr(error)
    return InputError(path, line, first_line)


@functools.lru_cache(maxsize=128)
def _read_triples_cached(resolved: str, _mtime: int, _size: int) -> tuple[Triple, ...]:
    path = Path(resolved)
    kind = file_type(path)
    data = _read_checked(path)
    # Formats that can hold named graphs go into a Dataset, whose graphs are then merged.
    target = rdflib.Dataset() if kind.extension in _QUAD_EXTENSIONS else rdflib.Graph()
    try:
        with offline():
            target.parse(data=data, format=kind.rdflib_format, publicID=path.as_uri())
    except NetworkRefused as e:
        raise InputError(
            path,
            None,
            f"the parser tried to reach the network ({e}); hytegraph never fetches anything "
            "while reading a file",
            hint="Write JSON-LD contexts inline instead of referring to them by URL.",
        ) from None
    except Exception as e:  # rdflib raises many unrelated types for bad input
        raise _rdflib_error(path, e) from None
    if isinstance(target, rdflib.Dataset):
        return tuple((s, p, o) for s, p, o, _g in target.quads((None, None, None, None)))
    return tuple(target)


def read_triples(path: str | Path) -> tuple[Triple, ...]:
    """Parse ``path`` with rdflib into triples (named graphs merged; cached)."""
    return _read_triples_cached(*_cache_key(Path(path)))


def read_graph(path: str | Path) -> rdflib.Graph:
    """Parse ``path`` with rdflib into a fresh :class:`rdflib.Graph` with hytegraph's prefixes."""
    graph = new_graph()
    for triple in read_triples(path):
        graph.add(triple)
    return graph


def new_graph(triples: Iterable[Triple] = ()) -> rdflib.Graph:
    """An empty rdflib graph with :data:`~hytegraph.core.namespaces.PREFIXES` bound."""
    graph = rdflib.Graph()
    bind_prefixes(graph)
    for triple in triples:
        graph.add(triple)
    return graph


# ---------------------------------------------------------------------------------------------
# writing


def jsonld_context() -> dict[str, str]:
    """The JSON-LD ``@context`` hytegraph writes: one entry per prefix."""
    return dict(PREFIXES)


def serialize_graph(graph: rdflib.Graph, fmt: str) -> bytes:
    """Serialise ``graph`` as ``ttl``, ``nt`` or ``jsonld`` (compacted with the prefix context)."""
    try:
        rdflib_format = WRITE_FORMATS[fmt]
    except KeyError:
        from hytegraph.errors import ConfigurationError

        raise ConfigurationError(
            f"unknown graph format {fmt!r}; supported: {', '.join(WRITE_FORMATS)}"
        ) from None
    bind_prefixes(graph)
    if fmt == "jsonld":
        text = graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    else:
        text = graph.serialize(format=rdflib_format)
    return text.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# writing by streaming (any size: one subject at a time, never a whole graph in memory)

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def write_turtle(triples: Iterable[ox.Triple | ox.Quad], out: IO[bytes]) -> None:
    """Write ``triples`` (or quads of the default graph) to the binary file ``out`` as Turtle
    with the project's prefixes, streamed by pyoxigraph's serialiser."""
    ox.serialize(triples, out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def _compact(iri: str, by_length: list[tuple[str, str]]) -> str:
    """``iri`` as a compact IRI ``prefix:local`` of the context when one fits (a JSON-LD
    processor reads a local part starting with ``//`` as an absolute IRI: those stay whole)."""
    for name, namespace in by_length:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if not local.startswith("//"):
                return f"{name}:{local}"
    return iri


#: Most IRIs whose compacted JSON is kept while writing JSON-LD (each a short string; the
#: predicates, classes and datatypes are among the first seen).
_JSONLD_CACHED_IRIS = 200_000


def write_jsonld(triples: Iterable[ox.Triple | ox.Quad], out: IO[bytes]) -> None:
    """Write ``triples`` to the binary file ``out`` as JSON-LD in compacted form: a ``@context``
    of the project's prefixes and a ``@graph`` of node objects whose IRIs are ``prefix:local``,
    written one subject at a time (the triples of a subject should come together, as a store
    gives them; a subject seen again later is simply written again, which JSON-LD merges).
    Quads are taken as triples (their graph is ignored). See :class:`JsonldWriter`."""
    writer = JsonldWriter(out)
    for triple in triples:
        writer.add(triple)
    writer.close()


class JsonldWriter:
    """:func:`write_jsonld` one triple at a time (:meth:`add`, then :meth:`close`), so that
    the same pass over a graph can feed another writer too.

    Each node object is the text ``json`` writes for ``{"@id": ..., "@type": [...], key:
    [value, ...]}`` (keys in the order first seen, no spaces), put together from the JSON of
    each term: an IRI's compacted form, and a predicate's key, are encoded once and kept (up to
    :data:`_JSONLD_CACHED_IRIS` of them), so most terms cost a dictionary lookup."""

    def __init__(self, out: IO[bytes]) -> None:
        by_length = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
        encode = json.encoder.encode_basestring  # what json writes for a str, ensure_ascii off
        self._write = out.write
        self._encode = encode

        class _Encoded(dict[str, str]):
            """An IRI's compacted form as JSON, in ``shape``, made on first use."""

            def __init__(self, shape: str) -> None:
                super().__init__()
                self.shape = shape

            def __missing__(self, iri: str) -> str:
                found = self.shape % encode(_compact(iri, by_length))
                if len(self) < _JSONLD_CACHED_IRIS:
                    self[iri] = found
                return found

        self._as_string = _Encoded("%s")  # a subject's @id, a @type, a datatype, a key
        self._as_object = _Encoded('{"@id":%s}')  # an IRI as an object
        self._separator = "\n"
        self._current: Any = None
        self._head = ""
        self._node: dict[str, list[str]] = {}
        self._write(b'{\n"@context":')
        context = json.dumps(jsonld_context(), ensure_ascii=False, separators=(",", ":"))
        self._write(context.encode("utf-8"))
        self._write(b',\n"@graph":[')

    def _term(self, term: Any) -> str:
        kind = type(term)
        encode = self._encode
        if kind is ox.NamedNode:
            return self._as_object[term.value]
        if kind is ox.Literal:
            language = term.language
            if language:
                return f'{{"@value":{encode(term.value)},"@language":{encode(language)}}}'
            datatype = term.datatype.value
            if datatype == _XSD_STRING:
                return encode(term.value)
            return f'{{"@value":{encode(term.value)},"@type":{self._as_string[datatype]}}}'
        if kind is ox.BlankNode:
            return f'{{"@id":{encode("_:" + term.value)}}}'
        raise ValueError(f"cannot write {term!r} as JSON-LD")  # RDF-star terms are never stored

    def _flush(self) -> None:
        fields = [f",{key}:[{','.join(values)}]" for key, values in self._node.items()]
        self._write("".join([self._separator, "{", self._head, *fields, "}"]).encode("utf-8"))
        self._separator = ",\n"

    def add(self, triple: ox.Triple | ox.Quad) -> None:
        """Write ``triple`` (its subject's node object is written once a triple of another
        subject comes, or at :meth:`close`)."""
        subject = triple.subject
        if subject != self._current:
            if self._current is not None:
                self._flush()
            self._current = subject
            self._head = '"@id":' + (
                self._as_string[subject.value]
                if type(subject) is ox.NamedNode
                else self._encode("_:" + subject.value)
            )
            self._node = {}
        predicate, obj = triple.predicate.value, triple.object
        if predicate == _RDF_TYPE and type(obj) is ox.NamedNode:
            key, value = '"@type"', self._as_string[obj.value]
        else:
            key, value = self._as_string[predicate], self._term(obj)
        values = self._node.get(key)
        if values is None:
            self._node[key] = [value]
        else:
            values.append(value)

    def close(self) -> None:
        """Write the last node object and the end of the document (``out`` stays open)."""
        if self._current is not None:
            self._flush()
            self._current = None
        self._write(b"\n]}\n")

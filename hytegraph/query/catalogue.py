"""The SPARQL query catalogue (``queries/*.rq``): list it, read the headers, bind parameters, run.

Each catalogue file answers one question and starts with a header::

    # title: Who chairs what
    # description: Every chair and the body they chair, with the evidence.
    # param: body — only the chair(s) of this body (optional)

Parameters are SPARQL variables (``?body``) bound to RDF terms at run time (pyoxigraph
substitutions / rdflib ``initBindings``), never pasted into the query text. A value given on
the command line (``-p body=...``) may be an IRI (``<https://...>``), a prefixed name
(``id:body/hyto-ohjausryhma``, ``hyte:Body``), a literal (``"text"@fi``, ``"3"^^xsd:integer``,
``42``) or a plain name, which :mod:`hytegraph.store.names` resolves to the entity it names.

A query from a person (``hytegraph query``, ``hytegraph serve``) runs through :func:`execute`,
:func:`execute_results` or :func:`evaluate`: it is checked and evaluated in a sandboxed child
process (no network, bounded memory, killed at its deadline; :mod:`hytegraph.query.sandbox`),
never in the calling process. Catalogue queries (:func:`run`) are trusted text and run in-process.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from hytegraph.core import resources
from hytegraph.core.namespaces import PREFIXES
from hytegraph.errors import MissingFile, QueryError

if TYPE_CHECKING:
    import rdflib
    from rdflib.term import Node

    from hytegraph.query.safety import Approved, QueryLimits
    from hytegraph.store import SelectResult, Store
    from hytegraph.store.names import NameIndex

T = TypeVar("T")

_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$")
_PARAM = re.compile(r"^[?$]?(\w+)\s*(?:\u2014|\u2013|--|-|:)?\s*(.*)$")
_VARIABLE = re.compile(r"[?$](\w+)")


class Param(NamedTuple):
    """A declared parameter: the variable name (without ``?``) and what it means."""

    name: str
    meaning: str = ""


class Query(NamedTuple):
    """One query: from the catalogue, a file, or standard input."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()
    path: Path | None = None

    @property
    def param_names(self) -> list[str]:
        return [p.name for p in self.params]

    def variables(self) -> list[str]:
        """Every variable the query text mentions (comments included), in order."""
        return list(dict.fromkeys(_VARIABLE.findall(self.text)))


def parse_header(text: str) -> tuple[str, str, tuple[Param, ...]]:
    """``(title, description, params)`` from the leading ``#`` lines of a query."""
    title = description = ""
    params: list[Param] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if not match:
            continue
        key, value = match.group(1), match.group(2).strip()
        if key == "title":
            title = value
        elif key == "description":
            description = value
        elif (param := _PARAM.match(value)) is not None:
            params.append(Param(param.group(1), param.group(2).strip()))
    return title, description, tuple(params)


def from_text(text: str, name: str = "-", path: Path | None = None) -> Query:
    title, description, params = parse_header(text)
    return Query(name, text, title, description, params, path)


def catalogue_dir() -> Path:
    return resources.queries_dir()


def entries() -> list[Query]:
    """Every catalogue query, by name."""
    try:
        folder = catalogue_dir()
    except MissingFile:
        return []
    return [load_file(path) for path in sorted(folder.glob("*.rq"))]


def load_file(path: str | Path) -> Query:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MissingFile(path, "query file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"{path}: cannot read the query: {e}") from None
    return from_text(text, path.stem, path)


def find(name: str) -> Query:
    """A catalogue query by name (``who-chairs-what``), else a query file by path."""
    try:
        folder: Path | None = catalogue_dir()
    except MissingFile:
        folder = None
    if folder is not None and re.fullmatch(r"[\w.-]+", name):
        candidate = folder / f"{name.removesuffix('.rq')}.rq"
        if candidate.is_file():
            return load_file(candidate)
    path = Path(name)
    if path.is_file():
        return load_file(path)
    known = [q.name for q in entries()]
    import difflib

    close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    hint = (
        f"Did you mean: {', '.join(close)}? " if close else ""
    ) + "`hytegraph queries` lists the catalogue; a file path or - (standard input) works too."
    raise QueryError(f"no catalogue query or file named {name!r}", hint=hint)


# ---------------------------------------------------------------------------------------------
# parameters


class BadParameter(QueryError):
    """A ``NAME=VALUE`` parameter that cannot be used with this query."""


_PNAME = re.compile(r"^([A-Za-z][\w.-]*)?:(\S*)$")
_LITERAL = re.compile(r'^"(.*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(\S+))?$', re.DOTALL)
_NUMBER = re.compile(r"^[+-]?(\d+)(\.\d+)?$")
_BAD_IRI_CHARS = re.compile(r'[\s<>"{}|^`\\]')


def _iri(text: str, param: str) -> Node:
    from rdflib import URIRef

    if _BAD_IRI_CHARS.search(text) or ":" not in text:
        raise BadParameter(
            f"parameter {param}: {text!r} is not an absolute IRI",
            hint="Write an IRI as <https://...>, or a prefixed name such as id:body/...",
        )
    return URIRef(text)


def _expand(prefixed: str, param: str) -> str | None:
    match = _PNAME.match(prefixed)
    if not match:
        return None
    prefix = match.group(1) or ""
    if prefix not in PREFIXES:
        return None
    return PREFIXES[prefix] + match.group(2)


def parse_value(value: str, param: str, index: Callable[[], NameIndex] | None = None) -> Node:
    """An RDF term for a parameter value (see the module docstring for the accepted forms)."""
    from rdflib import Literal, URIRef

    text = value.strip()
    if not text:
        raise BadParameter(f"parameter {param}: the value is empty")
    if text.startswith("<"):
        if not text.endswith(">"):
            raise BadParameter(
                f"parameter {param}: {text!r} is missing the closing '>'",
                hint="Write an IRI as <https://...>.",
            )
        return _iri(text[1:-1], param)
    if text.startswith('"'):
        match = _LITERAL.match(text)
        if not match:
            raise BadParameter(
                f"parameter {param}: {text!r} is not a literal",
                hint='Write a literal as "text", "text"@fi or "3"^^xsd:integer.',
            )
        lexical, lang, datatype = match.groups()
        if datatype:
            expanded = datatype[1:-1] if datatype.startswith("<") else _expand(datatype, param)
            if not expanded:
                raise BadParameter(f"parameter {param}: unknown datatype {datatype!r}")
            return Literal(lexical, datatype=URIRef(expanded))
        return Literal(lexical, lang=lang) if lang else Literal(lexical)
    if match := _NUMBER.match(text):
        return Literal(
            text, datatype=URIRef(PREFIXES["xsd"] + ("decimal" if match.group(2) else "integer"))
        )
    if (expanded := _expand(text, param)) is not None:
        return _iri(expanded, param)
    if index is None:
        raise BadParameter(
            f"parameter {param}: {text!r} is not an IRI, prefixed name or literal",
            hint='Write <https://...>, id:..., or "text".',
        )
    match_ = index().resolve(text)
    return URIRef(match_.iri)


def parse_params(
    query: Query, specs: Sequence[str], index: Callable[[], NameIndex] | None = None
) -> dict[str, Node]:
    """Bindings from ``NAME=VALUE`` strings, checked against the query's declared parameters
    (or, for a query without ``# param:`` lines, the variables it uses)."""
    declared = query.param_names or query.variables()
    bindings: dict[str, Node] = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        name = name.strip().lstrip("?$")
        listed = ", ".join(declared) if declared else "(none)"
        if not sep or not name:
            raise BadParameter(
                f"parameter {spec!r} is not NAME=VALUE",
                hint=f"Write -p NAME=VALUE; {query.name} takes: {listed}.",
            )
        if name not in declared:
            raise BadParameter(
                f"query {query.name} has no parameter {name!r}",
                hint=f"Parameters of {query.name}: {listed}.",
            )
        if name in bindings:
            raise BadParameter(f"parameter {name} is given twice")
        bindings[name] = parse_value(value, name, index)
    return bindings


# ---------------------------------------------------------------------------------------------
# running


def _can_fork() -> bool:
    from hytegraph.query import sandbox

    return sandbox.can_fork()


def run_isolated(work: Callable[[], T], timeout: float | None) -> T:
    """``work()`` in a sandboxed child process (:func:`hytegraph.query.sandbox.run`: cut off the
    network where the system allows it, the default memory limit) that is killed after
    ``timeout`` seconds (:class:`QueryTimeout`). The result must pickle. Without fork,
    ``work`` runs in this process."""
    from hytegraph.query import sandbox
    from hytegraph.query.safety import DEFAULT_MEMORY_MB

    if not sandbox.can_fork():  # pragma: no cover - Windows
        return work()
    return sandbox.run(work, timeout=timeout, memory_mb=DEFAULT_MEMORY_MB, network="try")


def _limits(limits: QueryLimits | None, timeout: float | None) -> QueryLimits:
    from hytegraph.query.safety import QueryLimits

    if limits is not None:
        return limits
    # The library's callers are people's own programs: cut the network where possible.
    return QueryLimits(timeout=timeout, network="try")


def _evaluates_here(store: Store) -> bool:
    """False for a store whose queries another SPARQL server evaluates (``--endpoint``): its
    query process needs the network, and the server is the one that reads the query."""
    import sys

    remote = sys.modules.get("hytegraph.store.remote")
    return remote is None or not isinstance(store, remote.EndpointStore)


def evaluate(
    store: Store,
    text: str,
    produce: Callable[[Store, Approved], T],
    limits: QueryLimits | None = None,
) -> T:
    """``produce(store, approved)`` for a query from a person, with nothing of it read in this
    process: the bounds are checked here (cheap), then one sandboxed child process
    (:mod:`hytegraph.query.sandbox`: no network, ``limits.memory_mb``, killed after
    ``limits.timeout``) checks the query (:func:`hytegraph.query.safety.approve`) and runs
    ``produce`` on the approved text. The result must pickle.

    A text approved before in this process (:data:`hytegraph.query.safety.APPROVALS`) is not read
    by rdflib again; the engine reads it as it runs it, in the same sandbox.

    For a store on a SPARQL server the check runs in the child and ``produce`` here, since the
    server evaluates the query; without fork (Windows) both run here, under the store's own
    time limit.
    """
    from hytegraph.query import sandbox
    from hytegraph.query.safety import (
        APPROVALS,
        Approved,
        approve,
        check_bounds,
        check_isolated,
        decode_escapes,
    )

    limits = limits or _limits(None, None)
    check_bounds(text, limits)
    if not sandbox.can_fork():  # pragma: no cover - Windows
        return produce(store, approve(text, limits))
    if not _evaluates_here(store):
        form = check_isolated(text, limits)
        return produce(store, Approved(form, decode_escapes(text)))

    known = APPROVALS.get(text)

    def work() -> tuple[str, T]:
        if known is not None:
            approved = Approved(known, decode_escapes(text))
        else:  # pyoxigraph checks the syntax as it runs the approved text on the real store
            approved = approve(text, limits, oxigraph=False)
        return approved.form, produce(store, approved)

    form, result = sandbox.run(
        work, timeout=limits.timeout, memory_mb=limits.memory_mb, network=limits.network
    )
    if known is None:
        APPROVALS.add(text, form)
    return result


def check(text: str, limits: QueryLimits | None = None) -> str:
    """The form of a query from a person, checked in a sandboxed child
    (:func:`hytegraph.query.safety.check_isolated`) before any store is loaded."""
    from hytegraph.query.safety import check_isolated

    return check_isolated(text, limits or _limits(None, None))


def _graph_triples(result: Any) -> Any:
    """rdflib graphs travel between processes as lists of triples."""
    import rdflib

    return ("graph", list(result)) if isinstance(result, rdflib.Graph) else ("value", result)


def execute(
    store: Store,
    text: str,
    bindings: Mapping[str, Node] | None = None,
    *,
    timeout: float | None = None,
    limits: QueryLimits | None = None,
) -> SelectResult | bool | rdflib.Graph:
    """Check and run a query from a person in a sandboxed child process (:func:`evaluate`)
    under ``limits`` (or the default limits with ``timeout`` seconds)."""
    limits = _limits(limits, timeout)
    remote = not _evaluates_here(store)
    # Where the query runs in this process, the store's own time limit applies.
    in_process = remote or not _can_fork()

    def produce(target: Store, approved: Approved) -> Any:
        result = target.query(
            approved.text, bindings, timeout=limits.timeout if in_process else None
        )
        return result if remote else _graph_triples(result)

    outcome = evaluate(store, text, produce, limits)
    if remote:
        return outcome  # type: ignore[no-any-return]
    kind, value = outcome
    if kind == "graph":
        from hytegraph.core import rdfio

        return rdfio.new_graph(value)
    return value  # type: ignore[no-any-return]


def execute_results(
    store: Store,
    text: str,
    fmt: str,
    bindings: Mapping[str, Node] | None = None,
    *,
    timeout: float | None = None,
    limits: QueryLimits | None = None,
) -> bytes:
    """Like :func:`execute`, serialised: W3C SPARQL results (json, csv, tsv, xml) for SELECT and
    ASK, a graph (ttl, nt, jsonld) for CONSTRUCT and DESCRIBE."""
    limits = _limits(limits, timeout)
    in_process = not _evaluates_here(store) or not _can_fork()

    def produce(target: Store, approved: Approved) -> bytes:
        return target.query_results(
            approved.text, fmt, bindings, timeout=limits.timeout if in_process else None
        )

    return evaluate(store, text, produce, limits)


def run(
    store: Store,
    name: str,
    bindings: Mapping[str, Node] | None = None,
    *,
    timeout: float | None = None,
) -> SelectResult:
    """Run catalogue query ``name`` (trusted text: no safety check, no child process)."""
    from hytegraph.store import SelectResult

    query = find(name)
    # A catalogue query binds only declared parameters that it projects; unbound ones are open.
    result = store.query(query.text, dict(bindings or {}), timeout=timeout)
    if not isinstance(result, SelectResult):
        raise QueryError(f"catalogue query {name} is not a SELECT query")
    return result


# ---------------------------------------------------------------------------------------------
# readable rows


class ReadableRows(NamedTuple):
    columns: list[str]
    rows: list[dict[str, str]]


def readable(store: Store, result: SelectResult, lang: str = "fi") -> ReadableRows:
    """SELECT rows for people: IRIs shown by label (or as prefixed names when they have none),
    literals as their text."""
    from rdflib import BNode, Literal, URIRef

    from hytegraph.query.labels import labels

    iris = {t for row in result.rows for t in row if isinstance(t, URIRef)}
    names = labels(store, iris, lang) if iris else {}
    labelled = _labelled(store, iris)

    def show(term: Any) -> str:
        if term is None:
            return ""
        if isinstance(term, URIRef):
            return names[term] if term in labelled else short_iri(str(term))
        if isinstance(term, BNode):
            return f"_:{term}"
        if isinstance(term, Literal):
            return str(term)
        return str(term)

    return ReadableRows(
        list(result.vars),
        [{v: show(t) for v, t in zip(result.vars, row, strict=True)} for row in result.rows],
    )


def short_iri(iri: str) -> str:
    """``id:fact/chair-x`` for an IRI in a known namespace (for reading, not for SPARQL)."""
    best = max(
        (p for p, ns in PREFIXES.items() if iri.startswith(ns) and len(iri) > len(ns)),
        key=lambda p: len(PREFIXES[p]),
        default=None,
    )
    return f"{best}:{iri[len(PREFIXES[best]) :]}" if best is not None else f"<{iri}>"


def _labelled(store: Store, iris: set[Any]) -> set[Any]:
    """Which of ``iris`` carry a label (the others are shown as prefixed names)."""
    found = store.select(resources.read_sparql("labelled_nodes"))
    return iris & {row[0] for row in found.rows}


__all__ = [
    "BadParameter",
    "Param",
    "Query",
    "check",
    "entries",
    "evaluate",
    "execute",
    "execute_results",
    "find",
    "from_text",
    "load_file",
    "parse_header",
    "parse_params",
    "parse_value",
    "readable",
    "run",
    "run_isolated",
]

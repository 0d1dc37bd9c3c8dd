"""Decide whether a SPARQL query may run: bounded, read-only, local, and read alike by the two
SPARQL parsers hytegraph uses.

This is the first of two layers (docs/security.md); the second is the process a user's query
runs in, which has no network at all (:mod:`hytegraph.query.sandbox`). :func:`check_query` reads a
query in these steps and stops at the first problem:

1. **Bounds** (:func:`check_bounds`), before any parser sees the text: its size in bytes and
   how deeply it nests ``{``, ``(`` and ``[`` (:func:`nesting_depth`), each against a limit
   (:class:`QueryLimits`); too large is :class:`~hytegraph.errors.QueryTooLarge`.
2. **One text for both parsers.** ``\\uXXXX`` / ``\\UXXXXXXXX`` escapes are decoded once, as
   the SPARQL grammar requires, and the decoded text is what both parsers read and what the
   engine runs; an escape that spells another escape is refused (a second decoding would read
   it differently), and so is a carriage return without a line feed (the parsers disagree on
   whether it ends a comment).
3. **Decide on the parsed query.** rdflib's SPARQL parser reads the text into a syntax tree and
   its algebra, without evaluating anything. Both are walked, everywhere (subqueries, ``EXISTS``
   filters, ``OPTIONAL``, ``MINUS``, ``UNION``, ``GRAPH``, ...), and the query is refused
   (:class:`~hytegraph.errors.QueryRefused`) for SPARQL Update (``INSERT``, ``DELETE``,
   ``LOAD``, ``CLEAR``, ...), ``SERVICE`` and ``FROM`` / ``FROM NAMED`` outside hytegraph's own
   namespace.
4. **pyoxigraph must accept it too**, and a syntax error is reported with pyoxigraph's line and
   column (:class:`QuerySyntaxError`).

Reading a hostile query can exhaust memory or overflow a parser's stack, so a query from a
person is checked with :func:`check_isolated` (or by :mod:`hytegraph.query.catalogue`'s ``execute``
functions), which run these steps in the sandbox; :func:`check_query` itself is for trusted
text such as the catalogue's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from hytegraph.core.namespaces import BASE, PREFIXES
from hytegraph.errors import QueryError, QueryRefused, QueryTooLarge

#: Defaults of the limits (``--max-query-size``, ``--max-nesting``, ``--max-memory``,
#: ``--timeout`` of ``hytegraph query`` and ``hytegraph serve``).
DEFAULT_MAX_BYTES = 64 * 1024
DEFAULT_MAX_DEPTH = 100
DEFAULT_MEMORY_MB = 1024
DEFAULT_TIMEOUT = 30.0


@dataclass(frozen=True)
class QueryLimits:
    """What one query from a person may use.

    ``max_bytes`` and ``max_depth`` are checked before the query is read; ``timeout`` (seconds)
    and ``memory_mb`` (megabytes beyond what the query process inherits) bound the process that
    reads and runs it; ``None`` is no limit. ``network``: ``"cut"`` refuses to run a query where
    its process cannot be cut off the network, ``"try"`` cuts it where the system allows
    (see :func:`hytegraph.query.sandbox.run`).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH
    timeout: float | None = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_MEMORY_MB
    network: str = "cut"

    def with_timeout(self, timeout: float | None) -> QueryLimits:
        return replace(self, timeout=timeout)


class Approved(NamedTuple):
    """A query that passed :func:`check_query`: its form and the text to run (escapes decoded,
    exactly what both parsers read)."""

    form: str
    text: str


class QuerySyntaxError(QueryError):
    """A query that does not parse; ``line`` and ``column`` are 1-based."""

    def __init__(
        self,
        message: str,
        line: int | None,
        column: int | None,
        text: str,
        *,
        hint: str | None = None,
    ) -> None:
        self.line = line
        self.column = column
        where = f" at line {line}, column {column}" if line is not None else ""
        detail = f"SPARQL syntax error{where}: {message}"
        if line is not None and column is not None:
            lines = text.splitlines()
            if 0 < line <= len(lines):
                source = lines[line - 1]
                detail += f"\n  {source}\n  {' ' * (max(column, 1) - 1)}^"
        super().__init__(detail, hint=hint)


# ---------------------------------------------------------------------------------------------
# 1. bounds


#: What the nesting estimate skips closing brackets inside: comments, strings, IRIs, and
#: backslash escapes in prefixed names (``ex:a\)``).
_REGION = re.compile(
    r"""
      \#[^\r\n]*
    | '''(?:[^'\\]|\\.|'(?!''))*'''
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\r\n]|\\.)*'
    | "(?:[^"\\\r\n]|\\.)*"
    | <[^<>"{}|^`\\\x00-\x20]*>
    | \\.
    | [{(\[\]\)}]
    """,
    re.VERBOSE | re.DOTALL,
)
_OPEN = "{(["
_CLOSE = "})]"


def nesting_depth(text: str) -> int:
    """How deeply ``text`` nests ``{``, ``(`` and ``[``, estimated without parsing.

    The estimate errs high: an opening bracket counts wherever it is, even inside a string, an
    IRI or a comment, and a closing one only outside them (inside one, the brackets it opens
    more than it closes stay open). A text crafted to be read differently by this scan and by
    a parser could still be estimated low; the parser then fails in the query's own process,
    which answers with an error.
    """
    depth = peak = 0
    for match in _REGION.finditer(text):
        token = match.group()
        if len(token) == 1:
            if token in _OPEN:
                depth += 1
                peak = max(peak, depth)
            elif token in _CLOSE:
                depth = max(0, depth - 1)
            continue
        opened = sum(token.count(c) for c in _OPEN)
        if opened:
            closed = sum(token.count(c) for c in _CLOSE)
            peak = max(peak, depth + opened)
            depth += max(0, opened - closed)
    return peak


def check_bounds(text: str, limits: QueryLimits | None = None) -> None:
    """Refuse (:class:`~hytegraph.errors.QueryTooLarge`) a query over the size or nesting
    limit; cheap and linear in the text, so it runs before anything reads the query."""
    limits = limits or QueryLimits()
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise QueryTooLarge(
            f"the query is {size} bytes long; the limit is {limits.max_bytes} bytes",
            hint="Shorten the query, or allow longer ones with --max-query-size BYTES.",
        )
    depth = nesting_depth(text)
    if depth > limits.max_depth:
        raise QueryTooLarge(
            f"the query nests brackets ({{ ( [) {depth} deep; the limit is {limits.max_depth}",
            hint="Flatten the query, or allow deeper nesting with --max-nesting N.",
        )


# ---------------------------------------------------------------------------------------------
# 2. one text for both parsers

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def decode_escapes(text: str) -> str:
    """The query with its codepoint escapes decoded (SPARQL 1.1 §19.2: before parsing, and
    once). Raises :class:`QuerySyntaxError` for an escape of no character, and for text that
    two SPARQL readers could see differently."""

    def character(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            line, column = _position(text, match.start())
            raise QuerySyntaxError(
                f"{match.group()} is not a character", line, column, text
            ) from None
        return chr(code)

    decoded = _ESCAPE.sub(character, text)
    if (again := _ESCAPE.search(decoded)) is not None:
        line, column = _position(decoded, again.start())
        raise QuerySyntaxError(
            f"an escape spells another escape ({again.group()} after decoding)",
            line,
            column,
            decoded,
            hint="Write the character itself, or one escape for it.",
        )
    if (cr := re.search(r"\r(?!\n)", decoded)) is not None:
        line, column = _position(decoded, cr.start())
        raise QuerySyntaxError(
            "a carriage return (CR) without a line feed: SPARQL readers disagree on whether "
            "it ends a comment",
            line,
            column,
            decoded,
            hint="Save the query with LF or CRLF line ends.",
        )
    return decoded


# ---------------------------------------------------------------------------------------------
# 3. the parsed query

_FORM_NAMES = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}
_UPDATE_NAMES = {
    "Load": "LOAD",
    "Clear": "CLEAR",
    "Drop": "DROP",
    "Create": "CREATE",
    "Add": "ADD",
    "Move": "MOVE",
    "Copy": "COPY",
    "InsertData": "INSERT",
    "DeleteData": "DELETE",
    "DeleteWhere": "DELETE",
}


def is_local_iri(iri: str) -> bool:
    """True for IRIs in hytegraph's own namespace (nothing to fetch from elsewhere)."""
    return iri.startswith(BASE)


def _nodes(root: Any) -> Iterator[Any]:
    """Every rdflib ``CompValue`` under ``root`` (syntax tree or algebra), without recursion."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, CompValue):
            yield node
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())


def _field(node: Any, key: str) -> Any:
    """A field of an rdflib ``CompValue``, or None (its own ``get`` returns the key itself)."""
    return dict.get(node, key)


def _refuse_update(keyword: str) -> QueryRefused:
    if keyword == "LOAD":
        return QueryRefused(
            "LOAD is not allowed: it would fetch data from outside the local graph, and "
            "queries are read-only",
            hint="Add data with `hytegraph --data FILE ...` instead.",
        )
    return QueryRefused(
        f"SPARQL Update ({keyword}) is not allowed: queries are read-only",
        hint="Use SELECT, ASK, CONSTRUCT or DESCRIBE; to change the data, edit the data files.",
    )


def _update_keyword(operation: Any) -> str:
    name = getattr(operation, "name", "")
    if name == "Modify":
        if _field(operation, "withClause") is not None:
            return "WITH"
        return "DELETE" if _field(operation, "delete") is not None else "INSERT"
    return _UPDATE_NAMES.get(name, name.upper() or "UPDATE")


def _shown(term: Any) -> str:
    from rdflib import URIRef

    return f" <{term}>" if isinstance(term, URIRef) else ""


def _refuse_service(node: Any) -> QueryRefused:
    return QueryRefused(
        f"SERVICE{_shown(_field(node, 'term'))} is not allowed: queries run on the local graph "
        "only and make no network requests",
        hint="Remove the SERVICE block, or run the query in a SPARQL tool of your own.",
    )


def _check_tree(parsed: Any, algebra: Any) -> None:
    """Refuse SERVICE and non-local FROM anywhere in the algebra or the syntax tree."""
    from rdflib import URIRef

    for root in (algebra, parsed):
        for node in _nodes(root):
            if node.name == "ServiceGraphPattern":
                raise _refuse_service(node)
    for node in _nodes(algebra):
        if node.name == "DatasetClause":
            target = _field(node, "default")
            if target is None:
                target = _field(node, "named")
            if not isinstance(target, URIRef) or not is_local_iri(str(target)):
                shown = f"<{target}>" if isinstance(target, URIRef) else "that graph"
                raise QueryRefused(
                    f"FROM {shown} is not allowed: only graphs under <{BASE}> are local",
                    hint="Remove the FROM clause: the query runs on the local graph by default.",
                )


_MAX_MESSAGE = 160
_OX_ERROR = re.compile(r"^error at (\d+):(\d+): (.*)$", re.DOTALL)


def _oxigraph_syntax_error(error: SyntaxError, text: str) -> QuerySyntaxError:
    message = " ".join((error.msg or str(error)).split())
    if len(message) > _MAX_MESSAGE:  # pyoxigraph may list every character class it expected
        message = message[: _MAX_MESSAGE - 1].rstrip(" ,") + "…"
    if match := _OX_ERROR.match(message):
        # pyoxigraph reports the furthest position its parser reached, which is one past
        # the first character it could not accept.
        line, column = int(match.group(1)), max(int(match.group(2)) - 1, 1)
        lines = text.splitlines() or [""]
        if line > len(lines):  # past the last line: the query ended too early
            line, column = len(lines), len(lines[-1]) + 1
        return QuerySyntaxError(match.group(3), line, column, text)
    return QuerySyntaxError(message, error.lineno, error.offset, text)


def oxigraph_accepts(text: str) -> None:
    """pyoxigraph's verdict on an (already approved) query, against an empty store; a
    :class:`QuerySyntaxError` with its line and column when it does not parse. SELECT and
    CONSTRUCT are only parsed and planned; ASK and DESCRIBE are evaluated over nothing."""
    import pyoxigraph as ox

    try:
        ox.Store().query(text, prefixes=PREFIXES)
    except SyntaxError as e:
        raise _oxigraph_syntax_error(e, text) from None
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"query failed: {e}") from None


def _rdflib_error(error: Any, text: str) -> QuerySyntaxError:
    message = " ".join(str(getattr(error, "msg", "") or error).split())[:_MAX_MESSAGE]
    line, column = getattr(error, "lineno", None), getattr(error, "col", None)
    return QuerySyntaxError(message, line, column, text)


def _parse(text: str) -> tuple[str, Any, Any]:
    """``(form, syntax tree, algebra)`` by rdflib, or the refusal of an update, or a syntax
    error (with pyoxigraph's position where that is safe to ask for)."""
    import logging

    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql import parser
    from rdflib.plugins.sparql.algebra import translateQuery

    # rdflib logs a warning for each odd IRI it meets (hyte:a\'); the answer says what matters.
    logging.getLogger("rdflib").setLevel(logging.ERROR)
    try:
        parsed = parser.Query.parse_string(text, parse_all=True)
    except ParseBaseException as query_error:
        try:
            update = parser.UpdateUnit.parse_string(text, parse_all=True)[0]
        except ParseBaseException:
            raise _syntax_error(query_error, text) from None
        operations = _field(update, "request") or []
        raise _refuse_update(_update_keyword(operations[0]) if operations else "UPDATE") from None
    try:
        algebra = translateQuery(parsed, initNs=PREFIXES).algebra
    except RecursionError:
        raise
    except Exception as e:  # rdflib's checks of a parsed query raise plain exceptions
        raise QueryError(f"the query cannot be read: {' '.join(str(e).split())[:200]}") from None
    form = _FORM_NAMES.get(algebra.name)
    if form is None:  # pragma: no cover - the grammar has only these four forms
        raise QueryError("not a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    return form, parsed, algebra


def _syntax_error(rdflib_error: Any, text: str) -> QueryError:
    """The error for text rdflib cannot read. pyoxigraph locates syntax errors better, so it is
    asked too — but, since it evaluates an ASK or DESCRIBE it accepts, only in a process cut
    off the network or when the text cannot mention SERVICE."""
    from hytegraph.query.sandbox import network_is_cut

    if "service" in text.lower() and not network_is_cut():
        return _rdflib_error(rdflib_error, text)
    try:
        oxigraph_accepts(text)
    except QuerySyntaxError as e:
        return e
    except QueryError:
        pass
    error = _rdflib_error(rdflib_error, text)
    error.hint = (
        "pyoxigraph reads this query but hytegraph's query check (rdflib) does not, and a query "
        "runs only when both read it; write it in plain SPARQL 1.1."
    )
    return error


def check_query(text: str, limits: QueryLimits | None = None, *, oxigraph: bool = True) -> str:
    """The form of a query ("SELECT", "ASK", "CONSTRUCT" or "DESCRIBE") once it is known to be
    bounded, read-only, local and well-formed (see the module docstring).

    Raises :class:`~hytegraph.errors.QueryTooLarge`, :class:`~hytegraph.errors.QueryRefused`
    for updates, ``SERVICE``, ``LOAD`` and non-local ``FROM``, and :class:`QuerySyntaxError`
    (a ``QueryError``) with line and column for a query that does not parse. Reads the query
    in this process: for a query from a person use :func:`check_isolated`.
    """
    return approve(text, limits, oxigraph=oxigraph).form


def approve(text: str, limits: QueryLimits | None = None, *, oxigraph: bool = True) -> Approved:
    """Like :func:`check_query`, with the text to run. ``oxigraph=False`` leaves pyoxigraph's
    check to the caller, which runs the approved text on its store next."""
    if not text.strip():
        raise QueryError("the query is empty", hint="Give a SPARQL SELECT, ASK or CONSTRUCT.")
    check_bounds(text, limits)
    decoded = decode_escapes(text)
    check_bounds(decoded, limits)  # a decoded escape may be a bracket
    try:
        form, parsed, algebra = _parse(decoded)
        _check_tree(parsed, algebra)
    except RecursionError:
        raise QueryTooLarge(
            "the query is nested too deeply to be read",
            hint="Flatten the query, or lower --max-nesting to refuse such queries sooner.",
        ) from None
    if oxigraph:
        oxigraph_accepts(decoded)
    return Approved(form, decoded)


def check_isolated(text: str, limits: QueryLimits | None = None) -> str:
    """:func:`check_query` for a query from a person: the bounds here, the reading in a
    sandboxed child (no network, bounded time and memory), so that a hostile text cannot
    crash or hold up this process."""
    from hytegraph.query import sandbox

    limits = limits or QueryLimits()
    check_bounds(text, limits)
    if not sandbox.can_fork():  # pragma: no cover - Windows
        return check_query(text, limits)
    return sandbox.run(
        lambda: check_query(text, limits),
        timeout=limits.timeout,
        memory_mb=limits.memory_mb,
        network=limits.network,
    )


class Approvals:
    """Which query texts this process has seen approved, so that a repeated query (a
    dashboard's, a load test's) skips rdflib's reading, the slowest step of the check.

    Keyed by the SHA-256 of the exact text: approval depends on nothing else (the bounds are
    checked anew each time), so a text approved once is approved again. The engine still
    reads the text as it runs it, in the sandbox. At most ``size`` texts are kept (least
    recently used dropped)."""

    def __init__(self, size: int = 1024) -> None:
        import threading
        from collections import OrderedDict

        self.size = size
        self._forms: OrderedDict[bytes, str] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _key(text: str) -> bytes:
        import hashlib

        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()

    def get(self, text: str) -> str | None:
        """The form of ``text`` if it was approved before, else None."""
        key = self._key(text)
        with self._lock:
            form = self._forms.get(key)
            if form is not None:
                self._forms.move_to_end(key)
            return form

    def add(self, text: str, form: str) -> None:
        key = self._key(text)
        with self._lock:
            self._forms[key] = form
            self._forms.move_to_end(key)
            while len(self._forms) > self.size:
                self._forms.popitem(last=False)


#: The approvals of this process (used by :func:`hytegraph.query.catalogue.evaluate`).
APPROVALS = Approvals()


def warm_up() -> None:
    """Import the parsers and read one fixed query, so that every forked query process starts
    with them ready (and shares their memory with the parent)."""
    import pyoxigraph  # noqa: F401
    from rdflib.plugins.sparql import parser
    from rdflib.plugins.sparql.algebra import translateQuery

    translateQuery(parser.Query.parse_string("SELECT * WHERE { ?s ?p ?o }", parse_all=True))


__all__ = [
    "APPROVALS",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MEMORY_MB",
    "DEFAULT_TIMEOUT",
    "Approvals",
    "Approved",
    "QueryLimits",
    "QuerySyntaxError",
    "approve",
    "check_bounds",
    "check_isolated",
    "check_query",
    "decode_escapes",
    "is_local_iri",
    "nesting_depth",
    "oxigraph_accepts",
    "warm_up",
]

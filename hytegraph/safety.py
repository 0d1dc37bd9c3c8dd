"""Check a SPARQL query before it runs: read-only, local graph only, syntactically valid.

:func:`check_query` is pure (no store, no network) and fast, so every entry point that takes
a query from a person — ``hytegraph query``, the SPARQL endpoint — calls it first. It refuses

- SPARQL Update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``CREATE``, ``DROP``, ``COPY``,
  ``MOVE``, ``ADD``, ``WITH``): the graph is read-only;
- ``SERVICE`` (federated query) and ``LOAD``: both would make a network request;
- ``FROM`` / ``FROM NAMED`` with an IRI outside hytegraph's own namespace.

The check works on tokens, so a keyword inside a string, an IRI, a comment, a variable or a
prefixed name is not mistaken for one. Codepoint escapes (``\\u0053ERVICE``) are decoded first,
as the SPARQL grammar requires. The syntax itself is checked by pyoxigraph's parser against an
empty in-memory store, which reads the query without evaluating anything.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from hytegraph.errors import QueryError, QueryRefused
from hytegraph.namespaces import BASE, PREFIXES

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

_UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

_TOKEN = re.compile(
    r"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n]*)
    | (?P<string>
          \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        | '''(?:[^'\\]|\\.|'(?!''))*'''
        | "(?:[^"\\\n]|\\.)*"
        | '(?:[^'\\\n]|\\.)*'
      )
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$]\w+)
    | (?P<pname>(?:[A-Za-z_][\w.-]*)?:[^\s{}()\[\],;<>"']*)
    | (?P<word>[A-Za-z_]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _decode_escapes(text: str) -> str:
    def repl(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        try:
            return chr(code)
        except ValueError:
            return match.group(0)

    return _ESCAPE.sub(repl, text)


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) for every significant token; whitespace and comments are dropped."""
    return [
        (m.lastgroup or "other", m.group())
        for m in _TOKEN.finditer(text)
        if m.lastgroup not in ("ws", "comment")
    ]


def is_local_iri(iri: str) -> bool:
    """True for IRIs in hytegraph's own namespace (nothing to fetch from elsewhere)."""
    return iri.startswith(BASE)


def _declarations(tokens: list[tuple[str, str]]) -> tuple[dict[str, str], str]:
    """The query's own PREFIX declarations (over hytegraph's predeclared ones) and its BASE."""
    prefixes = dict(PREFIXES)
    base = ""
    for i, (kind, text) in enumerate(tokens):
        upper = text.upper() if kind == "word" else ""
        if upper == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2][0] == "iri":
            name = tokens[i + 1][1].rstrip(":")
            prefixes[name] = urljoin(base, tokens[i + 2][1][1:-1])
        elif upper == "BASE" and i + 1 < len(tokens) and tokens[i + 1][0] == "iri":
            base = urljoin(base, tokens[i + 1][1][1:-1])
    return prefixes, base


def _expand(token: tuple[str, str], prefixes: dict[str, str], base: str) -> str | None:
    kind, text = token
    if kind == "iri":
        return urljoin(base, text[1:-1])
    if kind == "pname":
        prefix, _, local = text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local.rstrip(".")
    return None


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


def _check_tokens(tokens: list[tuple[str, str]]) -> str | None:
    prefixes, base = _declarations(tokens)
    form: str | None = None
    for i, (kind, text) in enumerate(tokens):
        if kind != "word":
            continue
        upper = text.upper()
        if upper in _UPDATE_KEYWORDS:
            raise _refuse_update(upper)
        if upper == "SERVICE":
            target = _expand(tokens[i + 1], prefixes, base) if i + 1 < len(tokens) else None
            where = f" <{target}>" if target else ""
            raise QueryRefused(
                f"SERVICE{where} is not allowed: queries run on the local graph only and make "
                "no network requests",
                hint="Remove the SERVICE block, or run the query in a SPARQL tool of your own.",
            )
        if upper == "FROM":
            j = i + 1
            if j < len(tokens) and tokens[j][0] == "word" and tokens[j][1].upper() == "NAMED":
                j += 1
            target = _expand(tokens[j], prefixes, base) if j < len(tokens) else None
            if target is None or not is_local_iri(target):
                shown = f"<{target}>" if target else "that graph"
                raise QueryRefused(
                    f"FROM {shown} is not allowed: only graphs under <{BASE}> are local",
                    hint="Remove the FROM clause: the query runs on the local graph by default.",
                )
        if form is None and upper in FORMS:
            form = upper
    return form


_MAX_MESSAGE = 160
_OX_ERROR = re.compile(r"^error at (\d+):(\d+): (.*)$", re.DOTALL)


class QuerySyntaxError(QueryError):
    """A query that does not parse; ``line`` and ``column`` are 1-based."""

    def __init__(self, message: str, line: int | None, column: int | None, text: str) -> None:
        self.line = line
        self.column = column
        where = f" at line {line}, column {column}" if line is not None else ""
        detail = f"SPARQL syntax error{where}: {message}"
        if line is not None and column is not None:
            lines = text.splitlines()
            if 0 < line <= len(lines):
                source = lines[line - 1]
                detail += f"\n  {source}\n  {' ' * (max(column, 1) - 1)}^"
        super().__init__(detail)


def _check_syntax(text: str) -> None:
    import pyoxigraph as ox

    try:
        # An empty store: SELECT and CONSTRUCT are only parsed (results are lazy), ASK and
        # DESCRIBE are evaluated over nothing.
        ox.Store().query(text, prefixes=PREFIXES)
    except SyntaxError as e:
        message = " ".join((e.msg or str(e)).split())
        if len(message) > _MAX_MESSAGE:  # pyoxigraph may list every character class it expected
            message = message[: _MAX_MESSAGE - 1].rstrip(" ,") + "…"
        if match := _OX_ERROR.match(message):
            # pyoxigraph reports the furthest position its parser reached, which is one past
            # the first character it could not accept.
            line, column = int(match.group(1)), max(int(match.group(2)) - 1, 1)
            lines = text.splitlines() or [""]
            if line > len(lines):  # past the last line: the query ended too early
                line, column = len(lines), len(lines[-1]) + 1
            raise QuerySyntaxError(match.group(3), line, column, text) from None
        raise QuerySyntaxError(message, e.lineno, e.offset, text) from None
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"query failed: {e}") from None


def check_query(text: str) -> str:
    """The form of a query ("SELECT", "ASK", "CONSTRUCT" or "DESCRIBE") once it is known to be
    read-only, local and well-formed.

    Raises :class:`~hytegraph.errors.QueryRefused` for updates, ``SERVICE``, ``LOAD`` and
    non-local ``FROM``; :class:`QuerySyntaxError` (a ``QueryError``) with line and column for
    a query that does not parse.
    """
    if not text.strip():
        raise QueryError("the query is empty", hint="Give a SPARQL SELECT, ASK or CONSTRUCT.")
    form = _check_tokens(_tokens(_decode_escapes(text)))
    _check_syntax(text)
    if form is None:  # pragma: no cover - the parser rejects a query without a form
        raise QueryError("not a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    return form


def query_form(text: str) -> str | None:
    """The form of a query ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"), read from its tokens
    without parsing it; ``None`` when there is none. Raises like :func:`check_query` for an
    update or a query that reaches outside the local graph."""
    return _check_tokens(_tokens(_decode_escapes(text)))


__all__ = ["FORMS", "QuerySyntaxError", "check_query", "is_local_iri", "query_form"]

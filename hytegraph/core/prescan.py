"""Checks every RDF file passes before a parser sees it: bounded nesting and token size, and no
JSON-LD context that would have to be fetched.

Both parsers have limits they do not report cleanly: pyoxigraph's JSON-LD parser overflows its
stack (the process dies) on documents nested a few thousand levels deep, rdflib's Turtle and
JSON-LD parsers recurse once per level, and pyoxigraph cannot hold a single token (a literal or
an IRI) of 16 MiB. rdflib also fetches a JSON-LD ``@context`` given by reference (from the
network or from any file). This module finds all of that first, with a regular-expression scan
that knows where strings, IRIs and comments are, and raises an
:class:`~hytegraph.errors.InputError` naming the file, the line, the limit and the way out.

The limits are far above what hand-written data needs (the bundled data nests three levels and
its longest literal is a few hundred bytes) and far below where either parser breaks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hytegraph.errors import InputError

#: Deepest nesting of ``[``/``(`` (Turtle family) or ``{``/``[`` (JSON-LD) accepted.
MAX_NESTING = 64
#: Largest single literal or IRI accepted, in bytes as written in the file.
MAX_TOKEN_BYTES = 8 * 1024 * 1024

_MIB = 1024 * 1024

# Turtle, TriG, N-Triples and N-Quads: the tokens inside which brackets do not count. A
# backslash outside a string can only start a local-name escape (``ex:a\#b``), whose character
# must not be taken for a comment or a quote.
_T_COMMENT = rb"\#[^\n\r]*"
_T_STRING = (
    rb'"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
    rb"|'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
    rb'|"[^"\\\n\r]*(?:\\.[^"\\\n\r]*)*"'
    rb"|'[^'\\\n\r]*(?:\\.[^'\\\n\r]*)*'"
)
_T_IRI = rb'<[^<>"{}|^`\\\x00-\x20]*>'
_T_ESCAPE = rb"\\."
_TURTLE_TOKENS = re.compile(
    b"(%s)|(%s)|(%s)|(%s)|([\\[(])|([\\])])" % (_T_COMMENT, _T_STRING, _T_IRI, _T_ESCAPE),
    re.DOTALL,
)
_JSON_STRING = rb'"[^"\\]*(?:\\.[^"\\]*)*"'
_JSON_TOKENS = re.compile(b"(%s)|([{\\[])|([}\\]])" % _JSON_STRING, re.DOTALL)

# The same tokens removed in one pass of the regular-expression engine (no groups: several
# times faster): what is left shows the nesting without a Python loop over every token.
_TURTLE_SKIP = re.compile(b"|".join((_T_COMMENT, _T_STRING, _T_IRI, _T_ESCAPE)), re.DOTALL)
_JSON_SKIP = re.compile(_JSON_STRING, re.DOTALL)
_NOT_TURTLE_BRACKET = re.compile(rb"[^\[\]()]+")
_NOT_JSON_BRACKET = re.compile(rb"[^{}\[\]]+")

_COMMENT, _STRING, _IRI, _ESCAPE, _OPEN, _CLOSE = range(1, 7)


def _line(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _too_deep(path: Path, data: bytes, offset: int, what: str) -> InputError:
    return InputError(
        path,
        _line(data, offset),
        f"{what} nested more than {MAX_NESTING} levels deep (the limit)",
        hint="Nesting this deep is almost always a generated or damaged file; give the inner "
        "nodes IRIs of their own (or blank node labels, _:b1) and refer to them instead of "
        "nesting them.",
    )


def _too_long(path: Path, data: bytes, offset: int, size: int, what: str) -> InputError:
    return InputError(
        path,
        _line(data, offset),
        f"{what} of {size / _MIB:.1f} MiB is longer than the limit of "
        f"{MAX_TOKEN_BYTES // _MIB} MiB",
        hint="Keep long texts out of the graph: put the document in a source text file "
        "(hyte:textFile) and quote only the sentence that states each fact.",
    )


def _depth(brackets: bytes, opening: bytes) -> int:
    """Deepest nesting in a string of brackets only (a stray closing one counts as nothing)."""
    depth = deepest = 0
    for byte in brackets:
        if byte in opening:
            depth += 1
            deepest = max(deepest, depth)
        elif depth:
            depth -= 1
    return deepest


def _lines_holding(data: bytes, chars: bytes) -> bytes:
    """The lines of ``data`` that hold one of ``chars``, in order, joined by line breaks."""
    lines: set[tuple[int, int]] = set()
    for char in chars:
        needle = bytes((char,))
        at = data.find(needle)
        while at >= 0:
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end
            lines.add((data.rfind(b"\n", 0, at) + 1, end))
            at = data.find(needle, end)
    return b"\n".join(data[start:end] for start, end in sorted(lines))


def _turtle_brackets(data: bytes, long_strings: bool | None = None) -> bytes:
    """The brackets of Turtle-family ``data`` outside strings, IRIs, comments and escapes, in
    order. When no token can span a line (no long string, ``long_strings`` if known, and no
    backslash before a line break: then a comment, string, IRI or escape ends on the line it
    starts on), only the lines that hold a bracket are scanned, which gives the same
    brackets: at 3 million triples some ten thousand lines instead of 150 MB (1.2 s)."""
    if long_strings is None:
        long_strings = _has_long_strings(data)
    if not long_strings and b"\\\n" not in data:
        data = _lines_holding(data, b"[]()")
    return _NOT_TURTLE_BRACKET.sub(b"", _TURTLE_SKIP.sub(b"", data))


def _has_long_strings(data: bytes) -> bool:
    return b'"""' in data or b"'''" in data


def _has_long_line(data: bytes) -> bool:
    """Whether some line may be longer than :data:`MAX_TOKEN_BYTES`: a line that long holds a
    whole window of half that size, aligned to the half, without a line break."""
    step = MAX_TOKEN_BYTES // 2
    return any(data.find(b"\n", start, start + step) < 0 for start in range(0, len(data), step))


def check_turtle(path: Path, data: bytes) -> None:
    """Nesting of ``[``/``(`` and the size of literals and IRIs in Turtle, TriG, N-Triples or
    N-Quads ``data`` (read from ``path``)."""
    # Fast proofs first, in C: too few brackets to nest that deep, or the nesting of what is
    # left once strings, IRIs and comments are removed; too short to hold a long token, or no
    # line that long and no multi-line string. Only a file that fails them is scanned token by
    # token, which finds the place to report.
    long_strings = _has_long_strings(data)
    deep = data.count(b"[") + data.count(b"(") > MAX_NESTING and (
        _depth(_turtle_brackets(data, long_strings), b"[(") > MAX_NESTING
    )
    long = len(data) > MAX_TOKEN_BYTES and (long_strings or _has_long_line(data))
    if deep or long:
        _scan_turtle(path, data)


def _scan_turtle(path: Path, data: bytes) -> None:
    depth = 0
    for match in _TURTLE_TOKENS.finditer(data):
        kind = match.lastindex
        if kind == _OPEN:
            depth += 1
            if depth > MAX_NESTING:
                what = "blank nodes [ ]" if match.group() == b"[" else "lists ( )"
                raise _too_deep(path, data, match.start(), what)
        elif kind == _CLOSE:
            depth = max(0, depth - 1)
        elif kind in (_STRING, _IRI) and match.end() - match.start() > MAX_TOKEN_BYTES:
            what = "a literal" if kind == _STRING else "an IRI"
            raise _too_long(path, data, match.start(), match.end() - match.start(), what)
    # A string that never closes is no token here (the parser reports it, or, when it runs
    # past pyoxigraph's buffer, the reader turns that failure into an InputError).


def check_json(path: Path, data: bytes) -> None:
    """Nesting of ``{``/``[`` and the size of strings in JSON-LD ``data``; then that no
    ``@context`` or ``@import`` refers to another document."""
    deep = data.count(b"{") + data.count(b"[") > MAX_NESTING and (
        _depth(_NOT_JSON_BRACKET.sub(b"", _JSON_SKIP.sub(b"", data)), b"{[") > MAX_NESTING
    )
    # A JSON string cannot hold a line break, so a long one makes a long line.
    long = len(data) > MAX_TOKEN_BYTES and _has_long_line(data)
    if deep or long:
        _scan_json(path, data)
    check_contexts(path, data)


def _scan_json(path: Path, data: bytes) -> None:
    depth = 0
    for match in _JSON_TOKENS.finditer(data):
        kind = match.lastindex
        if kind == 2:
            depth += 1
            if depth > MAX_NESTING:
                raise _too_deep(path, data, match.start(), "JSON objects and arrays")
        elif kind == 3:
            depth = max(0, depth - 1)
        elif match.end() - match.start() > MAX_TOKEN_BYTES:
            size = match.end() - match.start()
            raise _too_long(path, data, match.start(), size, "a string")


def _walk(value: Any) -> Iterator[tuple[str, Any]]:
    """Every (key, value) pair of every object in a parsed JSON document."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, inner in item.items():
                yield key, inner
                stack.append(inner)
        elif isinstance(item, list):
            stack.extend(item)


def _references(context: Any) -> Iterator[str]:
    """Context references in an ``@context`` value: a string, or strings in a list."""
    if isinstance(context, str):
        yield context
    elif isinstance(context, list):
        for item in context:
            if isinstance(item, str):
                yield item


def check_contexts(path: Path, data: bytes) -> None:
    """Refuse a JSON-LD document whose ``@context`` (anywhere, including scoped contexts) or
    ``@import`` names another document: rdflib would fetch it from the network or read it from
    disk. Contexts must be written inline."""
    if b"@context" not in data and b"@import" not in data and b"\\u" not in data:
        return  # keys can only be spelled otherwise with a \\u escape
    try:
        document = json.loads(data)
    except ValueError:
        return  # not JSON: the parser reports the syntax error with its line
    for key, value in _walk(document):
        reference: str | None
        if key == "@import" and isinstance(value, str):
            reference = value
        elif key == "@context":
            reference = next(_references(value), None)
        else:
            continue
        if reference is None:
            continue
        offset = data.find(reference.encode("utf-8"))
        raise InputError(
            path,
            _line(data, offset) if offset >= 0 else None,
            f"the JSON-LD {key} refers to another document ({reference!r}); hytegraph never "
            "fetches contexts, from the network or from other files",
            hint="Write the context inline: replace the reference with the object it holds, "
            'e.g. "@context": {"hyte": "https://w3id.org/hytegraph/ontology#", ...}.',
        )


def check(path: Path, data: bytes, *, jsonld: bool) -> None:
    """Run the checks for ``data`` read from ``path`` (JSON-LD or the Turtle family)."""
    if jsonld:
        check_json(path, data)
    else:
        check_turtle(path, data)


__all__ = [
    "MAX_NESTING",
    "MAX_TOKEN_BYTES",
    "check",
    "check_contexts",
    "check_json",
    "check_turtle",
]

"""Bound parameters written into the query text as RDF terms, so that the engine sees constants.

pyoxigraph 0.5 evaluates a value passed through ``substitutions`` (or a ``VALUES`` block) as a
join on top of the whole query: in a query with a ``UNION`` every branch is evaluated for every
node first, then filtered (``actor-roles`` at 3M triples: 3.8 s, against 8 ms with the IRI in the
text). Written into the text, a bound value is a constant of every triple pattern it occurs in,
and the engine uses its indexes.

Safety: each value is written as the term pyoxigraph's own N-Triples serialiser makes of it
(``str(ox.NamedNode(...))``, ``str(ox.Literal(...))``). pyoxigraph refuses an IRI with a
character that could end it (``>``, space, quote, brace, backslash, ...), and escapes in a literal
every character that could end it (``"``, ``\\``, line breaks); so a value is always exactly
one term of the query, whatever it holds. The tokens of the query are found by
:func:`tokens`, so that a variable inside a string, an IRI or a comment is never touched.

Semantics are those of SPARQL's substitution (SEP-0007), which the engine applies to
``substitutions``: every occurrence of the variable in the ``WHERE`` clause becomes the term, and
a ``BIND(term AS ?var)`` at the end of that clause keeps the variable in the results (for the
``SELECT`` clause, ``GROUP BY``, ``ORDER BY`` and a ``CONSTRUCT`` template). Where that rewrite
would not be the same query, :func:`bind_into_text` leaves the variable to ``substitutions``:
a blank node (in the text ``_:b`` would be a variable), a variable that the query itself binds
(``AS ?var``, ``VALUES``) or that a sub-query projects, ``DESCRIBE`` and the ``CONSTRUCT WHERE``
short form.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

# The tokens of SPARQL that can hold text that looks like a variable or a brace (SPARQL 1.1
# §19.8): long and short strings, IRIs, comments; then variables, words (keywords, prefixed
# names) and single characters. A word's characters from U+00C0 to U+FFFF are written as "not
# below U+00C0 and not above U+FFFF": the same set, which the regular expression compiler builds
# in under a millisecond instead of 15-20 ms at every start (the range as such is expanded into
# a table of 65,536 entries).
_TOKEN = re.compile(
    r"""
      (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f\u2040]+)
    | (?P<word>(?:[A-Za-z_]|[^\x00-\xbf\U00010000-\U0010ffff])
               (?:[\w\-.:\u00b7]|[^\x00-\xbf\U00010000-\U0010ffff])*|:[\w\-.:]*)
    | (?P<space>\s+)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str  # string, iri, comment, var, word, space, other
    text: str
    start: int

    @property
    def keyword(self) -> str:
        """The token in upper case if it is a word (SPARQL keywords ignore case), else ""."""
        return self.text.upper() if self.kind == "word" else ""


def tokens(query: str) -> list[Token]:
    """The tokens of ``query`` that matter for binding, spaces and comments included (so that
    joining their texts gives the query back)."""
    out: list[Token] = []
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup or "other"
        out.append(Token(kind, match.group(), match.start()))
    return out


def term_text(term: Any) -> str | None:
    """A pyoxigraph IRI or literal as query text (its N-Triples form), or None for a term that
    cannot be written into a query as a constant (a blank node, a triple)."""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return str(term)
    return None


def _matching(toks: list[Token], open_index: int) -> int | None:
    """The index of the ``}`` that closes the ``{`` at ``open_index``."""
    depth = 0
    for i in range(open_index, len(toks)):
        text = toks[i].text
        if toks[i].kind != "other":
            continue
        if text == "{":
            depth += 1
        elif text == "}":
            depth -= 1
            if depth == 0:
                return i
    return None


def _significant(toks: list[Token]) -> list[int]:
    return [i for i, t in enumerate(toks) if t.kind not in ("space", "comment")]


def _where_group(toks: list[Token], sig: list[int]) -> tuple[int, int] | None:
    """(index of ``{``, index of ``}``) of the query's ``WHERE`` clause, or None when the form
    is one the rewrite does not handle."""
    form = next(
        (i for i in sig if toks[i].keyword in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")), None
    )
    if form is None or toks[form].keyword == "DESCRIBE":
        return None
    after = [i for i in sig if i > form]
    if toks[form].keyword == "CONSTRUCT":
        # the template's group first, then WHERE and its group (no short form)
        first = next((i for i in after if toks[i].text == "{"), None)
        if first is None:
            return None
        template_end = _matching(toks, first)
        if template_end is None:
            return None
        rest = [i for i in after if i > template_end]
        if not rest or toks[rest[0]].keyword != "WHERE" or len(rest) < 2:
            return None
        after = rest
    open_index = next((i for i in after if toks[i].text == "{"), None)
    if open_index is None:
        return None
    close_index = _matching(toks, open_index)
    return None if close_index is None else (open_index, close_index)


def _binding_targets(toks: list[Token], sig: list[int], start: int, end: int) -> set[str]:
    """Names the query binds itself inside the clause from ``start`` to ``end`` (``AS ?v``,
    ``VALUES``), or that a sub-query there projects or groups by, and names given values
    after the clause (a trailing ``VALUES``)."""
    found: set[str] = set()
    mode = ""
    previous: Token | None = None
    for i in sig:
        if i < start:
            continue
        tok = toks[i]
        keyword = tok.keyword
        after = i > end
        if keyword == "VALUES" or (not after and keyword in ("SELECT", "GROUP", "ORDER", "HAVING")):
            mode = keyword
        elif tok.text in ("{", "}") or keyword == "WHERE":
            mode = ""
        elif tok.kind == "var" and (mode or (previous is not None and previous.keyword == "AS")):
            found.add(tok.text[1:])
        previous = tok
    return found


def projection(query: str) -> set[str] | None:
    """The variables a SELECT query projects, or None for ``SELECT *`` and other forms."""
    toks = tokens(query)
    sig = _significant(toks)
    form = next(
        (i for i in sig if toks[i].keyword in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")), None
    )
    if form is None or toks[form].keyword != "SELECT":
        return None
    names: set[str] = set()
    depth = 0
    previous: Token | None = None
    for i in sig:
        if i <= form:
            continue
        tok = toks[i]
        if tok.text == "*" and depth == 0:
            return None
        if tok.text == "{" or tok.keyword in ("WHERE", "FROM"):
            break
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif tok.kind == "var" and (
            depth == 0 or (previous is not None and previous.keyword == "AS")
        ):
            names.add(tok.text[1:])
        previous = tok
    return names


def bind_into_text(query: str, bindings: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """``query`` with the values of ``bindings`` (variable name → pyoxigraph term) written in as
    constants, and the bindings left for ``substitutions`` (see the module docstring for when a
    variable is left)."""
    if not bindings:
        return query, {}
    texts = {name: term_text(term) for name, term in bindings.items()}
    wanted = {name for name, text in texts.items() if text is not None}
    if not wanted:
        return query, dict(bindings)
    toks = tokens(query)
    sig = _significant(toks)
    group = _where_group(toks, sig)
    if group is None:
        return query, dict(bindings)
    open_index, close_index = group
    # a variable bound or projected inside the clause, or given values after it, stays
    wanted -= _binding_targets(toks, sig, open_index, close_index)
    if not wanted:
        return query, dict(bindings)
    parts: list[str] = []
    written: list[str] = []
    for i, tok in enumerate(toks):
        if open_index < i < close_index and tok.kind == "var" and tok.text[1:] in wanted:
            parts.append(texts[tok.text[1:]] or tok.text)
            continue
        if i == close_index:
            for name in sorted(wanted):
                written.append(name)
                parts.append(f" BIND({texts[name]} AS ?{name}) ")
        parts.append(tok.text)
    left = {name: term for name, term in bindings.items() if name not in written}
    return "".join(parts), left


def values_into_where(query: str, bindings: Mapping[str, Any]) -> str | None:
    """``query`` with a ``VALUES ?var { term }`` block opening its ``WHERE`` group for each of
    ``bindings`` (variable name → pyoxigraph term, written as :func:`term_text` makes it), so
    that every pattern and ``FILTER`` of the group sees the value; None when a value has no
    N-Triples form or the query's form is one this does not handle (``DESCRIBE``, the
    ``CONSTRUCT WHERE`` short form)."""
    texts = {name: term_text(term) for name, term in bindings.items()}
    if any(text is None for text in texts.values()):
        return None
    if not all(re.fullmatch(r"\w+", name) for name in texts):
        return None
    toks = tokens(query)
    group = _where_group(toks, _significant(toks))
    if group is None:
        return None
    start = toks[group[0]].start + 1
    block = "".join(f"\n  VALUES ?{name} {{ {text} }}" for name, text in sorted(texts.items()))
    return query[:start] + block + query[start:]


__all__ = ["Token", "bind_into_text", "projection", "term_text", "tokens", "values_into_where"]

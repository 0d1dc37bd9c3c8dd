"""Dates as the lookups compare and show them, with no RDF library: the earliest and latest day
a date of any precision can be (``docs/time.md``), the sources citing a fact with their dates,
and the note "last cited D1; not in S2 (D2)". :mod:`hytegraph.query.when` reads them from the
graph; the lookups on the store's own terms (:mod:`hytegraph.views.plain`) use them as well."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def _lexical(value: object) -> str:
    return str(value)[:10]


def earliest(value: object) -> str:
    """The earliest day a time can be: ``2023`` → ``2023-01-01``, ``2023-05`` → ``2023-05-01``."""
    text = _lexical(value)
    return text + "-01-01"[len(text) - 4 :]


def latest(value: object) -> str:
    """The latest day a time can be, as text that sorts after every day it may be: ``2023`` →
    ``2023-12-31``, ``2023-05`` → ``2023-05-31``."""
    text = _lexical(value)
    return text + "-12-31"[len(text) - 4 :]


@dataclass(frozen=True)
class Citation:
    """A source that cites a fact, with its date (``""``: undated) and its label's IRI."""

    source: str
    date: str


def first_last(cited: Sequence[Citation], as_of: str | None = None) -> tuple[str, str]:
    """First and last cited (``""`` when no dated source cites the fact); with ``as_of`` only
    the sources dated on or before it count."""
    dated = [c.date for c in cited if c.date and (as_of is None or earliest(c.date) <= as_of)]
    return (min(dated), max(dated)) if dated else ("", "")


def not_in_later(
    cited: Sequence[Citation], described_by: Sequence[Citation], as_of: str | None = None
) -> list[Citation]:
    """The dated sources that describe the fact's body, are later than its last citation (and
    on or before ``as_of``) and do not cite it: "last cited D1; not in S2 (D2)"."""
    _first, last = first_last(cited, as_of)
    if not last:
        return []
    citing = {c.source for c in cited}
    return [
        s
        for s in described_by
        if s.source not in citing
        and earliest(s.date) > latest(last)
        and (as_of is None or earliest(s.date) <= as_of)
    ]


class TimedRows(list):  # type: ignore[type-arg]
    """Rows of a lookup with their time columns (:func:`hytegraph.query.when.annotate`);
    ``undated`` counts the rows left out as of a date because no dated source cites them and
    they have no dates of their own."""

    undated: int = 0
    as_of: str | None = None


_LAST_CITED = {
    "fi": "viimeksi mainittu {last}; ei lähteessä {missing}",
    "en": "last cited {last}; not in {missing}",
    "sv": "senast nämnd {last}; inte i {missing}",
}


__all__ = [
    "Citation",
    "TimedRows",
    "earliest",
    "first_last",
    "latest",
    "not_in_later",
]

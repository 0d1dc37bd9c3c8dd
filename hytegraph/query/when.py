"""Time in the lookups: what held on a date, and when the sources cite each fact.

- :func:`parse_date` reads the date a person gives (``2023-06-01``, ``1.6.2023``);
- :func:`in_force` keeps, of the rows a lookup's own query returns (each with a ``fact`` and its
  ``evidence``), those that may be in force on a day (:func:`may_hold`), reading the dates of
  those rows' facts and evidence only, so that the cost follows the rows, not the graph;
- :func:`rule` says which rule kept a row (``dated``, ``dated?`` where the precision leaves it
  uncertain, ``cited``);
- :func:`citations` gives each fact's sources with their dates (first and last cited), and
  :func:`body_sources` the dated sources that describe a body, to say "not in <later source>".

Dates of any precision (a day, a month, a year; a season is stated by its year) compare through
their earliest and latest possible day (:func:`earliest`, :func:`latest`), as ``docs/time.md``
explains. A source without a date is undated: it never makes a fact "cited on or before D".
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import re
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rdflib import URIRef
from rdflib.namespace import DCTERMS, TIME

from hytegraph.core import resources
from hytegraph.core.namespaces import HYTE, ORG
from hytegraph.errors import HytegraphError
from hytegraph.query.dates import (
    _LAST_CITED,
    Citation,
    TimedRows,
    _lexical,
    earliest,
    first_last,
    latest,
    not_in_later,
)

if TYPE_CHECKING:
    from rdflib.term import Node

    from hytegraph.store import Store

#: The properties that date a source (``dcterms:issued`` is a refinement of ``dcterms:date``; the
#: workbook writes it, the curated Turtle writes ``dcterms:date``).
SOURCE_DATES = (DCTERMS.date, DCTERMS.issued)
#: The roles only one actor holds at a time in a body: another holder named by a later source
#: ends the earlier holder's term (as far as the sources show).
SINGLE_HOLDER_ROLES = frozenset(
    URIRef(f"https://w3id.org/hytegraph/id/role/{r}") for r in ("chair", "vice-chair", "secretary")
)

_FI_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\.?")


class BadDate(HytegraphError):
    """A date a person gave that is not a day."""


def parse_date(text: str) -> str:
    """``YYYY-MM-DD`` for a day written ``2023-06-01`` or ``1.6.2023``."""
    value = text.strip()
    try:
        if match := _FI_DATE.fullmatch(value):
            day, month, year = (int(g) for g in match.groups())
            return _dt.date(year, month, day).isoformat()
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadDate(
            f"{text!r} is not a date",
            hint="Write a day as 2023-06-01 or 1.6.2023 (a year or a month is not one day).",
        ) from None


def rule(
    start: object | None, end: object | None, as_of: str, cited: Sequence[Citation] = ()
) -> str:
    """Which rule keeps a row on ``as_of``: ``dated`` (its own interval holds that day for
    certain), ``dated?`` (it may hold: a start or an end too coarse to tell), ``cited`` (no own
    dates: a source dated on or before ``as_of`` cites it), ``cited?`` (only sources whose date
    is too coarse to tell, such as a year that is not over on ``as_of``), or ``""`` (neither)."""
    if start is None and end is None:
        dates = [c.date for c in cited if c.date]
        if any(latest(d) <= as_of for d in dates):
            return "cited"
        return "cited?" if any(earliest(d) <= as_of for d in dates) else ""
    if (start is None or earliest(start) <= as_of) and (end is None or as_of <= latest(end)):
        sure = (start is None or latest(start) <= as_of) and (end is None or as_of <= earliest(end))
        return "dated" if sure else "dated?"
    return ""


#: The statuses that keep a fact without dates of its own from being "cited" as of a day.
NOT_IN_FORCE = frozenset(
    URIRef(f"https://w3id.org/hytegraph/id/status/{s}") for s in ("ended", "planned")
)
#: How many terms one batched query's ``VALUES`` block holds.
CHUNK = 400


def held_back(statuses: Iterable[Node]) -> bool:
    """Whether a fact's statuses keep it from being in force by its citations: it has a status,
    and each is ended or planned (:data:`NOT_IN_FORCE`)."""
    found = set(statuses)
    return bool(found) and found <= NOT_IN_FORCE


def check_day(as_of: str) -> str:
    """``as_of`` if it is a day written ``YYYY-MM-DD``, else :class:`BadDate`."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", as_of):
        raise BadDate(f"{as_of!r} is not a day", hint="Write a day as 2023-06-01.")
    return as_of


def _batched(
    store: Store, name: str, var: str, terms: Iterable[Node], timeout: float | None = None
) -> Iterator[dict[str, Node | None]]:
    """The rows of ``hytegraph/sparql/<name>.rq`` for ``terms``: their N-Triples forms are
    written into the query's empty ``VALUES ?<var> { }`` block, :data:`CHUNK` at a time (as
    :mod:`hytegraph.store.binding` writes bound values: pyoxigraph's own serialiser, so a value
    is always one term). A term that has no N-Triples form in a query (a blank node) is given
    as a bound value, one query each."""
    from hytegraph.store.binding import term_text
    from hytegraph.store.terms import rdflib_to_ox

    text = resources.read_sparql(name)
    slot = f"VALUES ?{var} {{ }}"
    if slot not in text:
        raise ValueError(f"{name}.rq has no {slot} block")
    written: list[str] = []
    alone: list[Node] = []
    for term in dict.fromkeys(terms):
        written_as = term_text(rdflib_to_ox(term))
        if written_as is None:
            alone.append(term)
        else:
            written.append(written_as)
    for i in range(0, len(written), CHUNK):
        query = text.replace(slot, f"VALUES ?{var} {{ {' '.join(written[i : i + CHUNK])} }}")
        yield from store.select(query, timeout=timeout).dicts()
    for term in alone:
        query = text.replace(slot, "")
        yield from store.select(query, {var: term}, timeout=timeout).dicts()


@dataclass(frozen=True)
class _FactTimes:
    """What decides whether a fact may be in force: each (start, end) its intervals give
    (``(None, None)`` for a fact without dates, or an interval without either) and its
    statuses."""

    spans: frozenset[tuple[str | None, str | None]]
    statuses: frozenset[Node]


@dataclass
class _Gathered:
    """What :func:`in_force` read about the facts of a lookup's rows, which :func:`annotate`
    then uses instead of asking again (:data:`_HANDOFF`)."""

    times: dict[Node, _FactTimes] = field(default_factory=dict)
    evidence_of: dict[Node, set[Node]] = field(default_factory=dict)
    sources_of: dict[Node, set[Node]] = field(default_factory=dict)
    source_dates: dict[Node, set[str]] = field(default_factory=dict)

    def update(self, other: _Gathered) -> None:
        self.times.update(other.times)
        self.evidence_of.update(other.evidence_of)
        self.sources_of.update(other.sources_of)
        self.source_dates.update(other.source_dates)

    def dates_of(self, evidence: Iterable[Node]) -> set[str]:
        """The dates of the sources of ``evidence`` (empty: undated)."""
        return {
            d for e in evidence for s in self.sources_of.get(e, ()) for d in self.source_dates[s]
        }

    def citations(self, fact: Node) -> list[Citation]:
        """As :func:`citations` gives them."""
        found = {s for e in self.evidence_of.get(fact, ()) for s in self.sources_of.get(e, ())}
        return sorted(
            (Citation(str(s), min(self.source_dates[s], default="")) for s in found),
            key=lambda c: (c.date == "", c.date, c.source),
        )

    def own_dates(self, fact: Node) -> tuple[str | None, str | None] | None:
        """As :func:`own_dates` gives them (the earliest interval where there are several)."""
        dated = [s for s in self.times[fact].spans if s != (None, None)]
        return min(dated, key=lambda s: (s[0] or "", s[1] or "")) if dated else None


#: What the last :func:`in_force` calls on a store read, for the :func:`annotate` that follows
#: them in the same lookup (which takes it): the same facts are not read twice.
_HANDOFF: weakref.WeakKeyDictionary[Any, _Gathered] = weakref.WeakKeyDictionary()


def _gather(
    store: Store, facts: Iterable[Node], evidence: Iterable[Node], timeout: float | None = None
) -> _Gathered:
    """The times, statuses and evidence of ``facts`` in batched queries
    (``time_fact_links.rq``), the sources of their evidence and of ``evidence``
    (``time_evidence_sources.rq``), then the dates of the few intervals and sources found."""
    facts = set(facts)
    intervals: dict[Node, set[Node]] = defaultdict(set)
    statuses: dict[Node, set[Node]] = defaultdict(set)
    evidence_of: dict[Node, set[Node]] = defaultdict(set)
    into = {ORG.memberDuring: intervals, HYTE.validDuring: intervals, HYTE.status: statuses}
    for row in _batched(store, "time_fact_links", "fact", facts, timeout):
        fact, link, value = row["fact"], row["link"], row["value"]
        assert fact is not None and value is not None
        into.get(link, evidence_of)[fact].add(value)  # type: ignore[arg-type]
    instants: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
    for interval, prop, instant in store.objects_of(
        {i for found in intervals.values() for i in found}, (TIME.hasBeginning, TIME.hasEnd)
    ):
        instants[interval][prop].add(instant)
    values: dict[Node, set[str]] = defaultdict(set)
    for instant, _p, value in store.objects_of(
        {i for ends in instants.values() for found in ends.values() for i in found}, _TIMES
    ):
        values[instant].add(_lexical(value))
    out = _Gathered()
    for fact in facts:
        spans: set[tuple[str | None, str | None]] = set()
        for interval in intervals.get(fact, ()):
            ends = instants.get(interval, {})
            starts = {v for i in ends.get(TIME.hasBeginning, ()) for v in values.get(i, ())}
            finish = {v for i in ends.get(TIME.hasEnd, ()) for v in values.get(i, ())}
            spans.update((start, end) for start in (starts or {None}) for end in (finish or {None}))
        out.times[fact] = _FactTimes(frozenset(spans or {(None, None)}), frozenset(statuses[fact]))
        out.evidence_of[fact] = evidence_of.get(fact, set())
    wanted = {e for found in out.evidence_of.values() for e in found} | set(evidence)
    for row in _batched(store, "time_evidence_sources", "evidence", wanted, timeout):
        out.sources_of.setdefault(row["evidence"], set()).add(row["source"])  # type: ignore[arg-type]
    sources = {s for found in out.sources_of.values() for s in found}
    out.source_dates = {s: set() for s in sources}
    for source, _p, value in store.objects_of(sources, SOURCE_DATES):
        out.source_dates[source].add(_lexical(value))
    return out


def may_hold(times: _FactTimes | None, cited: Iterable[str] | None, as_of: str) -> bool:
    """Whether a fact may be in force on ``as_of`` (before the contradiction check): its own
    dates may hold then (``dated``), or it has none, is not ended or planned, and ``cited``
    (the dates of the sources behind the evidence in question) is empty (undated: kept, to be
    counted as left out) or has a date whose earliest day is on or before ``as_of``."""
    spans = times.spans if times is not None else frozenset({(None, None)})
    statuses = times.statuses if times is not None else frozenset()
    for start, end in spans:
        if start is None and end is None:
            continue
        if (start is None or earliest(start) <= as_of) and (end is None or as_of <= latest(end)):
            return True
    if (None, None) not in spans:
        return False
    if held_back(statuses):
        return False
    dates = list(cited or ())
    return not dates or any(earliest(d) <= as_of for d in dates)


def in_force(
    store: Store,
    rows: Sequence[dict[str, Node | None]],
    as_of: str,
    *,
    timeout: float | None = None,
    hand_off: bool = True,
) -> list[dict[str, Node | None]]:
    """The rows of a query (each with ``fact`` and, where the fact has evidence, ``evidence``)
    whose fact may be in force on ``as_of`` by :func:`may_hold`, judged per row: a row's
    evidence counts only when its source is dated on or before ``as_of`` (or undated), so a
    fact cited only later is left out, and of a fact kept by its citations only the evidence
    dated by then is shown. A row without an ``evidence`` column judges the fact by all of its
    evidence. :func:`annotate` then gives each kept row its rule, drops what is contradicted
    by a later source and counts the undated rows it leaves out.

    The rows are those the lookup's own query returns without a date, and what decides is
    fetched about those rows only, in batched queries (``time_fact_links.rq``,
    ``time_evidence_sources.rq``), so the cost follows the rows shown, not the graph. With
    ``hand_off`` (for a lookup, which then calls :func:`annotate`) what was read is kept for
    the next :func:`annotate` on ``store``, which takes it."""
    check_day(as_of)
    facts = {r["fact"] for r in rows if r.get("fact") is not None}
    per_row = all("evidence" in r for r in rows)
    row_evidence = {r["evidence"] for r in rows if per_row and r["evidence"] is not None}
    found = _gather(store, facts, row_evidence, timeout)
    if hand_off:  # for the annotate() of the same lookup
        with contextlib.suppress(TypeError):  # a store without weak references: it asks again
            _HANDOFF.setdefault(store, _Gathered()).update(found)
    kept = []
    for row in rows:
        fact = row.get("fact")
        if fact is None:
            continue
        if per_row:
            ev = row.get("evidence")
            cited = found.dates_of([ev]) if ev is not None else set()
        else:
            cited = found.dates_of(found.evidence_of.get(fact, ()))
        if may_hold(found.times.get(fact), cited, as_of):
            kept.append(row)
    return kept


# ---------------------------------------------------------------------------------------------
# citations


def _source_dates(store: Store, sources: Iterable[Node]) -> dict[Node, str]:
    dates: dict[Node, str] = {}
    for source, _p, value in store.objects_of(set(sources), SOURCE_DATES):
        text = _lexical(value)
        if source not in dates or text < dates[source]:
            dates[source] = text
    return dates


def citations(store: Store, facts: Iterable[Node]) -> dict[Node, list[Citation]]:
    """The sources that cite each fact (through its evidence), oldest first; undated last."""
    evidence_of: dict[Node, set[Node]] = defaultdict(set)
    for fact, _p, ev in store.objects_of(set(facts), (HYTE.evidence,)):
        evidence_of[fact].add(ev)
    source_of: dict[Node, Node] = {}
    for ev, _p, source in store.objects_of(
        {e for evs in evidence_of.values() for e in evs}, (DCTERMS.source,)
    ):
        source_of[ev] = source
    dates = _source_dates(store, set(source_of.values()))
    out: dict[Node, list[Citation]] = {}
    for fact, evs in evidence_of.items():
        found = {source_of[e] for e in evs if e in source_of}
        out[fact] = sorted(
            (Citation(str(s), dates.get(s, "")) for s in found),
            key=lambda c: (c.date == "", c.date, c.source),
        )
    return out


def body_sources(store: Store, body: Node) -> list[Citation]:
    """The dated sources that state anything about ``body`` (a membership, post,
    responsibility, cooperation in it), oldest first."""
    rows = store.select(resources.read_sparql("time_body_sources"), {"body": body}).dicts()
    found: dict[str, str] = {}
    for row in rows:
        source, date = str(row["source"]), _lexical(row["date"])
        if source not in found or date < found[source]:
            found[source] = date
    return sorted((Citation(s, d) for s, d in found.items()), key=lambda c: (c.date, c.source))


#: What links a fact to the body it is about (for :func:`body_sources`).
BODY_LINKS = (ORG.organization, ORG.postIn, HYTE.responsibilityFor, HYTE.context)


# ---------------------------------------------------------------------------------------------
# rows of the lookups


_TIMES = (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear)


def own_dates(store: Store, facts: Iterable[Node]) -> dict[Node, tuple[str | None, str | None]]:
    """The start and end of each fact's own interval (``org:memberDuring``,
    ``hyte:validDuring``), where it has them (index lookups)."""
    interval_of: dict[Node, Node] = {}
    for fact, _p, interval in store.objects_of(set(facts), (ORG.memberDuring, HYTE.validDuring)):
        interval_of.setdefault(fact, interval)
    ends: dict[Node, dict[Node, Node]] = defaultdict(dict)
    for interval, prop, instant in store.objects_of(
        set(interval_of.values()), (TIME.hasBeginning, TIME.hasEnd)
    ):
        ends[interval][prop] = instant
    instants = {i for found in ends.values() for i in found.values()}
    value_of = {i: _lexical(v) for i, _p, v in store.objects_of(instants, _TIMES)}
    out: dict[Node, tuple[str | None, str | None]] = {}
    for fact, interval in interval_of.items():
        found = ends.get(interval, {})
        start = value_of.get(found.get(TIME.hasBeginning))  # type: ignore[arg-type]
        end = value_of.get(found.get(TIME.hasEnd))  # type: ignore[arg-type]
        if start or end:
            out[fact] = (start, end)
    return out


@dataclass(frozen=True)
class _BodyFact:
    fact: Node
    who: Node
    role: Node
    date: str
    ended: bool


def _body_facts(store: Store, body: Node) -> list[_BodyFact]:
    rows = store.select(resources.read_sparql("time_body_facts"), {"body": body}).dicts()
    return [
        _BodyFact(r["fact"], r["who"], r["role"], _lexical(r["date"]), r["ended"] is not None)  # type: ignore[arg-type]
        for r in rows
    ]


def contradiction(
    fact: Node, last: str, body_facts: Sequence[_BodyFact], as_of: str
) -> _BodyFact | None:
    """The first fact of a later source dated by ``as_of`` that contradicts ``fact`` (last cited
    ``last``): an end of the same role, another role of the same actor in the same body, or
    another holder of a single-holder role (docs/time.md); None when nothing does."""
    mine = [b for b in body_facts if b.fact == fact]
    if not mine:
        return None
    who, role = mine[0].who, mine[0].role
    found = [
        b
        for b in body_facts
        if b.fact != fact
        and b.date > last
        and latest(b.date) <= as_of
        and (
            (b.who == who and b.role != role)
            or (b.who != who and b.role == role and role in SINGLE_HOLDER_ROLES)
            or (b.who == who and b.role == role and b.ended)
        )
    ]
    return min(found, key=lambda b: b.date) if found else None


def annotate(
    store: Store,
    rows: Sequence[dict[str, object]],
    as_of: str | None,
    lang: str = "fi",
    *,
    body_keys: Sequence[str] = ("body_iri", "target_iri"),
    cited: dict[Node, list[Citation]] | None = None,
    own: dict[Node, tuple[str | None, str | None]] | None = None,
) -> TimedRows:
    """``rows`` (dicts with ``fact_iri``) with ``start``, ``end`` (the fact's own dates),
    ``first_cited``, ``last_cited`` (its sources' dates, on or before ``as_of``), ``rule``
    (:func:`rule`; ``""`` without ``as_of``) and ``time_note``: "last cited D1; not in S2
    (D2)" when a later dated source describes the row's body (``body_keys``) without citing
    the fact. As of a date, the rows no dated source cites are left out and counted.

    ``cited`` and ``own``, when the caller read them already (as :func:`citations` and
    :func:`own_dates` give them, for every fact in ``cited``), are used instead of asking
    the store again."""
    from hytegraph.query.labels import labels

    facts = {URIRef(str(r["fact_iri"])) for r in rows if r.get("fact_iri")}
    try:
        known = _HANDOFF.pop(store, None) if as_of is not None else None
    except TypeError:
        known = None
    read = {f for f in facts if known is not None and f in known.times}
    given = {f for f in facts if cited is not None and f in cited} - read
    cited = {**citations(store, facts - read - given), **{f: cited[f] for f in given}}  # type: ignore[index]
    own = {
        **own_dates(store, facts - read - given),
        **{f: dates for f in given if (dates := (own or {}).get(f)) is not None},
    }
    if known is not None:
        for fact in read:
            cited[fact] = known.citations(fact)
            dates = known.own_dates(fact)
            if dates is not None:
                own[fact] = dates
    dated_sources = [
        (str(source), _lexical(date))
        for source, date in store.select(resources.read_sparql("time_sources")).rows
    ]
    newest = max((d for _s, d in dated_sources), default="")
    # a contradiction needs two sources of different dates, both by as_of
    may_contradict = (
        as_of is not None and len({d for _s, d in dated_sources if latest(d) <= as_of}) > 1
    )
    bodies_of: dict[str, set[str]] = {}
    later_than: dict[str, set[str]] = {}

    def may_be_contradicted(body: str, last: str) -> bool:
        """Whether a source later than ``last`` and dated by ``as_of`` states a membership or
        post in ``body`` (only then can one contradict a fact of it: :func:`contradiction`)."""
        assert as_of is not None
        if last not in later_than:
            later = {s for s, d in dated_sources if d > last and latest(d) <= as_of}
            for source in later - set(bodies_of):
                found = store.select(
                    resources.read_sparql("time_source_bodies"), {"source": URIRef(source)}
                ).column("body")
                bodies_of[source] = {str(b) for b in found}
            later_than[last] = {b for source in later for b in bodies_of[source]}
        return body in later_than[last]

    body_facts: dict[str, list[_BodyFact]] = {}
    described: dict[str, list[Citation]] = {}
    names: dict[Node, str] = {}
    out = TimedRows()
    out.as_of = as_of
    for row in rows:
        fact = URIRef(str(row["fact_iri"])) if row.get("fact_iri") else None
        its = cited.get(fact, []) if fact is not None else []
        start, end = own.get(fact, (None, None)) if fact is not None else (None, None)
        first, last = first_last(its, as_of)
        shown_rule = rule(start, end, as_of, its) if as_of is not None else ""
        if as_of is not None and not shown_rule:
            if not (start or end) and not any(c.date for c in its):
                out.undated += 1
            continue
        body = next((str(row[k]) for k in body_keys if row.get(k)), None)
        if (
            may_contradict
            and shown_rule.startswith("cited")
            and body
            and fact is not None
            and may_be_contradicted(body, last)
        ):
            assert as_of is not None
            if body not in body_facts:
                body_facts[body] = _body_facts(store, URIRef(body))
            if contradiction(fact, last, body_facts[body], as_of) is not None:
                continue
        note = ""
        if last and body and newest and earliest(newest) > latest(last):
            if body not in described:
                described[body] = body_sources(store, URIRef(body))
            missing = not_in_later(its, described[body], as_of)
            if missing:
                wanted = {URIRef(c.source) for c in missing} - set(names)
                if wanted:
                    names.update(labels(store, wanted, lang))
                listed = ", ".join(f"{names[URIRef(c.source)]} ({c.date})" for c in missing)
                note = _LAST_CITED.get(lang, _LAST_CITED["en"]).format(last=last, missing=listed)
        out.append(
            {
                **row,
                "rule": shown_rule,
                "start": start or "",
                "end": end or "",
                "first_cited": first,
                "last_cited": last,
                "time_note": note,
            }
        )
    return out


__all__ = [
    "SINGLE_HOLDER_ROLES",
    "SOURCE_DATES",
    "BadDate",
    "Citation",
    "TimedRows",
    "annotate",
    "body_sources",
    "check_day",
    "citations",
    "contradiction",
    "earliest",
    "first_last",
    "held_back",
    "in_force",
    "latest",
    "may_hold",
    "not_in_later",
    "own_dates",
    "parse_date",
    "rule",
]

"""Time as people read it: what changed between two dates or two sources (``hytegraph diff``) and
the timeline of one entity (``hytegraph history``).

``diff`` compares two states of the memberships and roles held by virtue of a post:

- between two dates (``from_date``, ``to_date``): the state as of each day, as the lookups'
  ``--as-of`` gives it (catalogue query ``memberships-on-date``; :mod:`hytegraph.query.when`);
- between two sources (``from_source``, ``to_source``): what each source states about the
  bodies both describe.

Each row is one change in one body: ``joined`` (an actor in the later state only), ``left`` (in
the earlier only), ``changed`` (a single-holder role, chair, vice chair or secretary, held by
another actor: "chair A → B"; the two actors are then not also listed as joined and left),
``role changed`` (the same actor in another role), and, between dates, ``created`` and ``ended``
(a body's own start or end in the period). Every row carries the evidence of both sides (the
quote and its source, ``from_*`` and ``to_*``).

Between dates a member merely missing from a later source is not "left": as of the later date
the membership is still cited (and its row says when it was last cited). Between sources it is:
the later source does not state it, and the row says so and no more.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rdflib import URIRef
from rdflib.namespace import DCTERMS

from hytegraph.core import resources
from hytegraph.core.namespaces import HYTE, ID
from hytegraph.errors import HytegraphError
from hytegraph.query import catalogue, labels, when

if TYPE_CHECKING:
    from rdflib.term import Node

    from hytegraph.store import Store
    from hytegraph.store.names import Match

Row = dict[str, Any]

#: The changes ``diff`` reports, in fi / en / sv.
CHANGES: dict[str, dict[str, str]] = {
    "created": {"fi": "perustettu", "en": "created", "sv": "inrättat"},
    "ended": {"fi": "päättynyt", "en": "ended", "sv": "upphört"},
    "joined": {"fi": "tullut mukaan", "en": "joined", "sv": "tillkommit"},
    "left": {"fi": "poistunut", "en": "left", "sv": "lämnat"},
    "changed": {"fi": "vaihtunut", "en": "changed", "sv": "bytts"},
    "role changed": {"fi": "rooli muuttunut", "en": "role changed", "sv": "roll ändrad"},
}
#: The events ``history`` lists, in fi / en / sv.
EVENTS: dict[str, dict[str, str]] = {
    "start": {"fi": "alkaa", "en": "starts", "sv": "börjar"},
    "end": {"fi": "päättyy", "en": "ends", "sv": "slutar"},
    "cited": {"fi": "mainittu lähteessä", "en": "cited", "sv": "nämnd i källa"},
}
_ORDER = {k: i for i, k in enumerate(CHANGES)}
_EVENT_ORDER = {"start": 0, "cited": 1, "end": 2}


class DiffUsage(HytegraphError):
    """``diff`` asked for something it cannot compare."""


def _word(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    return table.get(key, {}).get(lang) or table.get(key, {}).get("en") or key


# ---------------------------------------------------------------------------------------------
# evidence


class _Evidence:
    """Quote, source and the source's date of each piece of evidence (index lookups)."""

    def __init__(self, store: Store, lang: str) -> None:
        self.store = store
        self.lang = lang
        self.found: dict[Node, tuple[str, Node | None]] = {}
        self.dates: dict[Node, str] = {}
        self.labels: dict[Node, str] = {}

    def fetch(self, evidence: Iterable[Node]) -> None:
        wanted = {e for e in evidence if e not in self.found}
        if not wanted:
            return
        got: dict[Node, dict[Node, Node]] = defaultdict(dict)
        for e, prop, value in self.store.objects_of(wanted, (HYTE.quote, DCTERMS.source)):
            got[e].setdefault(prop, value)
        sources = {v[DCTERMS.source] for v in got.values() if DCTERMS.source in v}
        for source, _p, value in self.store.objects_of(sources, when.SOURCE_DATES):
            self.dates.setdefault(source, str(value)[:10])
        self.label_all(sources)
        for e in wanted:
            values = got.get(e, {})
            self.found[e] = (str(values.get(HYTE.quote, "")), values.get(DCTERMS.source))

    def label_all(self, terms: Iterable[Node | None]) -> None:
        wanted = {t for t in terms if isinstance(t, URIRef) and t not in self.labels}
        if wanted:
            self.labels.update(labels.labels(self.store, wanted, self.lang))

    def label(self, term: Node | None) -> str:
        if term is None:
            return ""
        self.label_all([term])
        return self.labels.get(term, str(term))

    def best(self, evidence: Iterable[Node], as_of: str | None = None) -> Row:
        """The newest piece of evidence (by its source's date; on or before ``as_of``)."""
        evidence = list(evidence)
        self.fetch(evidence)
        candidates = []
        for e in evidence:
            quote, source = self.found.get(e, ("", None))
            date = self.dates.get(source, "") if source is not None else ""
            if as_of is not None and (not date or when.earliest(date) > as_of):
                continue
            candidates.append((date, str(e), quote, source))
        if not candidates:
            return {"source": "", "date": "", "quote": "", "evidence_iri": ""}
        date, iri, quote, source = max(candidates)
        return {"source": self.label(source), "date": date, "quote": quote, "evidence_iri": iri}


# ---------------------------------------------------------------------------------------------
# diff


def _with_values(query: str, variable: str, day: str) -> str:
    """``query`` with ``VALUES ?variable { "day" }`` opening its WHERE group; ``day`` must be a
    day ``YYYY-MM-DD`` (as :func:`hytegraph.query.when.parse_date` gives it)."""
    import re

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        raise when.BadDate(f"{day!r} is not a day", hint="Write a day as 2023-06-01.")
    head, sep, rest = query.partition("WHERE {")
    return f'{head}{sep}\n  VALUES ?{variable} {{ "{day}" }}{rest}'


#: body → actor → role → evidence
State = dict[Any, dict[Any, dict[Any, list[Any]]]]


def _state(rows: Iterable[dict[str, Node | None]]) -> State:
    state: State = defaultdict(lambda: defaultdict(dict))
    for row in rows:
        body, actor, role = row["body"], row["actor"], row["role"]
        if body is None or actor is None or role is None:
            continue
        evidence = state[body][actor].setdefault(role, [])
        if row.get("evidence") is not None and row["evidence"] not in evidence:
            evidence.append(row["evidence"])  # type: ignore[arg-type]
    return state


def _resolve_source(store: Store, text: str) -> URIRef:
    from hytegraph.store.names import index_for

    value = text.strip()
    if value.startswith(("http://", "https://")):
        return URIRef(value)
    candidate = URIRef(f"{ID}source/{value.removeprefix('source/')}")
    if next(iter(store.objects_of([candidate], (DCTERMS.source, HYTE.textFile))), None) or any(
        True for _ in store.objects_of([candidate], (DCTERMS.title,))
    ):
        return candidate
    return URIRef(index_for(store).resolve(value, frozenset({"source"}), what="source").iri)


def diff(
    store: Store,
    *,
    from_date: str | None = None,
    to_date: str | None = None,
    from_source: str | None = None,
    to_source: str | None = None,
    body: str | None = None,
    within: Any = None,
    lang: str = "fi",
    timeout: float | None = None,
) -> list[Row]:
    """The changes between two dates or two sources (see the module docstring); ``body``: only
    that body; ``within`` (a :class:`hytegraph.views.lookups.Scope`): only the bodies of that
    municipality or county."""
    by_dates = from_date is not None or to_date is not None
    by_sources = from_source is not None or to_source is not None
    if by_dates == by_sources or (by_dates and not (from_date and to_date)):
        raise DiffUsage(
            "diff compares two dates or two sources",
            hint="Give --from DATE --to DATE, or --from-source SOURCE --to-source SOURCE.",
        )
    if by_sources and not (from_source and to_source):
        raise DiffUsage(
            "diff compares two sources: one is missing",
            hint="Give both --from-source and --to-source.",
        )
    body_iri: URIRef | None = None
    if body is not None:
        from hytegraph.store.names import BODY_KINDS, index_for

        body_iri = URIRef(index_for(store).resolve(body, BODY_KINDS, what="body").iri)
    ev = _Evidence(store, lang)
    if by_dates:
        assert from_date is not None and to_date is not None
        a_date, b_date = when.parse_date(from_date), when.parse_date(to_date)

        def state_on(day: str) -> State:
            # the day (checked by parse_date) is a VALUES block inside the query, so that a
            # SPARQL server, which gets parameters as a trailing VALUES, filters by it too
            text = _with_values(catalogue.find("memberships-on-date").text, "date", day)
            bindings: dict[str, Node] = {} if body_iri is None else {"body": body_iri}
            return _state(store.select(text, bindings, timeout=timeout).dicts())

        before, after = state_on(a_date), state_on(b_date)
        a_as_of, b_as_of = a_date, b_date
    else:
        assert from_source is not None and to_source is not None
        a_src, b_src = _resolve_source(store, from_source), _resolve_source(store, to_source)
        query = resources.read_sparql("time_source_facts")
        before = _state(store.select(query, {"source": a_src}, timeout=timeout).dicts())
        after = _state(store.select(query, {"source": b_src}, timeout=timeout).dicts())
        shared = set(before) & set(after)
        if body_iri is not None:
            shared &= {body_iri}
        before = {b: before[b] for b in shared}  # type: ignore[assignment]
        after = {b: after[b] for b in shared}  # type: ignore[assignment]
        a_as_of = b_as_of = None  # type: ignore[assignment]

    out: list[Row] = []

    def side(evidence: list[Node], as_of: str | None, prefix: str) -> Row:
        best = ev.best(evidence, as_of)
        return {
            f"{prefix}_source": best["source"],
            f"{prefix}_date": best["date"],
            f"{prefix}_quote": best["quote"],
            f"{prefix}_evidence_iri": best["evidence_iri"],
        }

    def add(
        change: str,
        body_node: Node,
        role: str,
        role_iri: str,
        old: Node | None,
        new: Node | None,
        old_ev: list[Node],
        new_ev: list[Node],
    ) -> None:
        out.append(
            {
                "change": _word(CHANGES, change, lang),
                "change_key": change,
                "body": ev.label(body_node),
                "role": role,
                "from": ev.label(old),
                "to": ev.label(new),
                **side(old_ev, a_as_of, "from"),
                **side(new_ev, b_as_of, "to"),
                "body_iri": str(body_node),
                "role_iri": role_iri,
                "from_iri": str(old) if old is not None else "",
                "to_iri": str(new) if new is not None else "",
            }
        )

    for body_node in sorted(set(before) | set(after), key=str):
        a = {actor: dict(roles) for actor, roles in before.get(body_node, {}).items()}
        b = {actor: dict(roles) for actor, roles in after.get(body_node, {}).items()}
        for role in sorted(when.SINGLE_HOLDER_ROLES, key=str):
            old_holders = sorted((x for x in a if role in a[x]), key=str)
            new_holders = sorted((x for x in b if role in b[x]), key=str)
            if not old_holders or not new_holders or set(old_holders) == set(new_holders):
                continue
            gone = [x for x in old_holders if x not in new_holders]
            came = [x for x in new_holders if x not in old_holders]
            for old, new in zip(gone, came, strict=False):
                add(
                    "changed",
                    body_node,
                    ev.label(role),
                    str(role),
                    old,
                    new,
                    a[old].pop(role),
                    b[new].pop(role),
                )
        for actor in sorted(set(a) | set(b), key=str):
            old_roles, new_roles = a.get(actor, {}), b.get(actor, {})
            if actor in a and actor in b and not old_roles and not new_roles:
                continue
            if actor in a and not old_roles and new_roles:  # its role was a handled change
                old_roles = {}
            if old_roles and not new_roles and actor not in b:
                for role, evidence in old_roles.items():
                    add("left", body_node, ev.label(role), str(role), actor, None, evidence, [])
            elif new_roles and not old_roles and actor not in a:
                for role, evidence in new_roles.items():
                    add("joined", body_node, ev.label(role), str(role), None, actor, [], evidence)
            elif old_roles and new_roles and set(old_roles) != set(new_roles):
                gone_roles = [r for r in old_roles if r not in new_roles]
                came_roles = [r for r in new_roles if r not in old_roles]
                role_text = (
                    ", ".join(ev.label(r) for r in gone_roles)
                    + " → "
                    + ", ".join(ev.label(r) for r in came_roles)
                )
                add(
                    "role changed",
                    body_node,
                    role_text,
                    " ".join(str(r) for r in gone_roles + came_roles),
                    actor,
                    actor,
                    [e for r in gone_roles for e in old_roles[r]],
                    [e for r in came_roles for e in new_roles[r]],
                )
    if by_dates:
        out.extend(_body_changes(store, ev, a_date, b_date, body_iri, lang, timeout))
    if within is not None and not within.empty:
        from hytegraph.views.lookups import areas_of, in_scope

        inside: dict[str, bool] = {}
        for row in out:
            iri = row["body_iri"]
            if iri not in inside:
                inside[iri] = in_scope(areas_of(store, URIRef(iri), timeout=timeout), within)
        out = [row for row in out if inside[row["body_iri"]]]
    out.sort(key=lambda r: (r["body"].casefold(), _ORDER[r["change_key"]], r["role"], r["from"]))
    return out


def _body_changes(
    store: Store,
    ev: _Evidence,
    after: str,
    until: str,
    body_iri: URIRef | None,
    lang: str,
    timeout: float | None,
) -> list[Row]:
    """Bodies whose own period starts or ends in the period (created, ended)."""
    text = _with_values(catalogue.find("changes-between").text, "from", after)
    rows = store.select(_with_values(text, "to", until), timeout=timeout).dicts()
    out = []
    for row in rows:
        if row["fact"] != row["body"] or row["change"] is None:
            continue
        if body_iri is not None and row["body"] != body_iri:
            continue
        change = "created" if str(row["change"]) == "start" else "ended"
        evidence = [row["evidence"]] if row.get("evidence") is not None else []
        best = ev.best(evidence)  # type: ignore[arg-type]
        out.append(
            {
                "change": _word(CHANGES, change, lang),
                "change_key": change,
                "body": ev.label(row["body"]),
                "role": "",
                "from": "",
                "to": str(row["when"]),
                "from_source": "",
                "from_date": "",
                "from_quote": "",
                "from_evidence_iri": "",
                "to_source": best["source"],
                "to_date": best["date"],
                "to_quote": best["quote"],
                "to_evidence_iri": best["evidence_iri"],
                "body_iri": str(row["body"]),
                "role_iri": "",
                "from_iri": "",
                "to_iri": "",
            }
        )
    return out


# ---------------------------------------------------------------------------------------------
# history


def history(
    store: Store, name: str, lang: str = "fi", *, timeout: float | None = None
) -> tuple[Match, list[Row]]:
    """Everything dated about the entity ``name`` means, oldest first (undated citations
    last): the start and end of each fact that names it and of its own period, and each
    source that cites such a fact, with the quote."""
    from hytegraph.store.names import index_for

    match = index_for(store).resolve(name)
    entity = URIRef(match.iri)
    rows = catalogue.run(store, "entity-timeline", {"entity": entity}, timeout=timeout).dicts()
    ev = _Evidence(store, lang)
    ev.fetch(r["evidence"] for r in rows if r.get("evidence") is not None)  # type: ignore[misc]
    ev.label_all(t for r in rows for t in (r["factClass"], r["role"], r["other"], r["source"]))
    grouped: dict[tuple[Any, ...], Row] = {}
    for row in rows:
        stamp = str(row["when"])[:10] if row["when"] is not None else ""
        key = (stamp, str(row["event"]), row["fact"], row["source"])
        entry = grouped.get(key)
        if entry is None:
            entry = grouped[key] = {
                "when": stamp,
                "event": _word(EVENTS, str(row["event"]), lang),
                "event_key": str(row["event"]),
                "what": ev.label(row["factClass"]) if row["factClass"] is not None else "",
                "role": ev.label(row["role"]),
                "other": [],
                "source": ev.label(row["source"]),
                "quote": [],
                "fact_iri": str(row["fact"]),
                "source_iri": str(row["source"]) if row["source"] is not None else "",
                "other_iri": [],
            }
        other = row["other"]
        if other is not None and str(other) not in entry["other_iri"]:
            entry["other_iri"].append(str(other))
            entry["other"].append(ev.label(other))
        evidence = row.get("evidence")
        if evidence is not None:
            quote = ev.found.get(evidence, ("", None))[0]
            if quote and quote not in entry["quote"]:
                entry["quote"].append(quote)
    out = list(grouped.values())
    out.sort(
        key=lambda r: (
            r["when"] == "",
            when.earliest(r["when"]) if r["when"] else "",
            _EVENT_ORDER.get(r["event_key"], 9),
            ", ".join(r["other"]).casefold(),
            r["fact_iri"],
        )
    )
    return match, out


__all__ = ["CHANGES", "EVENTS", "DiffUsage", "diff", "history"]

"""What every part of the workbook → RDF builder shares: the workbook, the graph it joins, the
problems found, the triples gathered, and the cells every sheet has (texts in three languages,
status, times); the entities, sources and the result of a build.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from hytegraph.authoring import dates, vocabulary
from hytegraph.authoring.matching import Decision, GraphFacts
from hytegraph.authoring.problems import Problems
from hytegraph.authoring.tables import Row, Workbook
from hytegraph.authoring.triples import Triples
from hytegraph.authoring.vocabulary import NEEDS_ENGLISH
from hytegraph.core.namespaces import HYTE

LANG_COLUMNS = ("fi", "sv", "en")


@dataclass
class Entity:
    row: Row
    id: str
    kind: vocabulary.EntityKind
    iri: str = ""
    decision: Decision | None = None
    names: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Source:
    iri: str
    id: str
    lang: str
    text: str | None = None  # whitespace-normalised text, for the quote check
    raw: str | None = None  # the text to copy beside the output
    copy_as: str = ""  # the hyte:textFile written (relative to the output's folder)


@dataclass
class BuildResult:
    triples: Triples
    entities: list[Entity]
    sources: list[Source]
    facts: int = 0
    evidence: int = 0

    @property
    def graph(self) -> Graph:
        """The triples as an rdflib graph (built on each call)."""
        return self.triples.to_graph()


def normalise_whitespace(text: str) -> str:
    """Whitespace as ``hytegraph validate`` normalises it before looking for a quote."""
    from hytegraph.check.validate import normalise_whitespace as norm

    return norm(text)


class BuilderBase:
    """The state of one build, and the cells every sheet has. The parts of the builder
    (:mod:`.references`, :mod:`.roles`, :mod:`.sources`, :mod:`.evidence`, :mod:`.entities`,
    :mod:`.facts`, :mod:`.ambiguities`) add the sheets; :class:`~.tograph.Builder` is all of
    them."""

    def __init__(
        self,
        workbook: Workbook,
        *,
        store: object | None = None,
        graph_facts: GraphFacts | None = None,
        problems: Problems | None = None,
        data_dirs: Sequence[Path] = (),
        text_folder: str = "sources",
        check_quotes: bool = True,
    ) -> None:
        self.wb = workbook
        self.store = store
        self.gf = graph_facts
        self.problems = problems if problems is not None else Problems()
        self.data_dirs = list(data_dirs)
        self.text_folder = text_folder
        self.check_quotes = check_quotes
        self.g = Triples()
        self.entities: dict[str, Entity] = {}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.sources: dict[str, Source] = {}
        self.custom_roles: dict[str, URIRef] = {}
        self.items: set[tuple[str, int]] = set()
        self.evidence_ids: dict[tuple[str, str, str, str], str] = {}
        self.evidence_rows: dict[str, tuple[str, str, str, str]] = {}
        self._refs: dict[tuple[str, frozenset[str] | None], URIRef | str] = {}
        self._workbook_memberships: set[tuple[URIRef, URIRef]] | None = None
        #: Workbook entities by IRI, filled as each gets its IRI (entities.py).
        self.by_iri: dict[str, Entity] = {}
        self._graph_memberships: set[tuple[URIRef, URIRef]] | None = None
        self.fact_count = 0

    def add(self, s: object, p: object, o: object) -> None:
        self.g.add((s, p, o))  # type: ignore[arg-type]

    def _texts(self, node: URIRef, row: Row, prefix: str, prop: URIRef) -> None:
        for lang in LANG_COLUMNS:
            for value in (
                row.split(f"{prefix}_{lang}")
                if prefix == "reading"
                else [row.get(f"{prefix}_{lang}")]
            ):
                if value:
                    self.add(node, prop, Literal(value, lang=lang))

    def _status(self, row: Row, node: URIRef) -> None:
        if value := row.get("status"):
            sid = vocabulary.lookup("status", value)
            if sid is None:
                self.problems.add(
                    row.where("status"),
                    f"unknown status {value!r}",
                    "choose one of " + ", ".join(vocabulary.choices("status")),
                )
            else:
                self.add(node, HYTE.status, vocabulary.statuses()[sid].iri)

    def _time(self, row: Row, column: str) -> dates.When | None:
        value = row.get(column)
        if not value:
            return None
        try:
            return dates.parse(value)
        except dates.BadTime as e:
            self.problems.add(row.where(column), f"{e}", f"write {dates.ACCEPTED}")
            return None

    def _validity(self, row: Row, node: URIRef, prop: URIRef) -> None:
        start, end = self._time(row, "start"), self._time(row, "end")
        if start and end and dates.ends_before(start, end):
            self.problems.add(
                row.where("end"),
                f"the end ({row.get('end')}) is before the start ({row.get('start')})",
                "swap start and end, or correct the dates",
            )
            return
        if start or end:
            self.add(node, prop, dates.interval(self.g, start, end))

    def _period(self, row: Row, column: str, node: URIRef, prop: URIRef) -> None:
        value = row.get(column)
        if not value:
            return
        try:
            self.add(node, prop, dates.period(self.g, dates.parse_period(value)))
        except dates.BadTime as e:
            self.problems.add(
                row.where(column),
                f"{e}",
                f"write {dates.ACCEPTED}, or two of them joined by / (2023-08/2023-09)",
            )


__all__ = [
    "LANG_COLUMNS",
    "NEEDS_ENGLISH",
    "BuildResult",
    "BuilderBase",
    "Entity",
    "Source",
    "normalise_whitespace",
]

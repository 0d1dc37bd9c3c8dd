"""References in cells: the entity a cell names (a workbook id, an IRI, or the name of an entity
the graph has, through the one name index), resolved once per distinct cell; and what the
workbook and the graph know of an entity's kind and memberships.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef

from hytegraph.authoring import vocabulary
from hytegraph.authoring.base import BuilderBase
from hytegraph.authoring.iris import as_iri
from hytegraph.authoring.matching import relative
from hytegraph.authoring.tables import Row


class References(BuilderBase):
    """Resolving the ``actor``, ``target``, ``on_behalf_of``, ... cells of a workbook."""

    def ref(
        self, row: Row, column: str, value: str, kinds: Iterable[str] | None = None
    ) -> URIRef | None:
        """The entity a cell names: a workbook id, an IRI, or a name (workbook or graph)."""
        key = (value, frozenset(kinds) if kinds is not None else None)
        if key not in self._refs:
            self._refs[key] = self._resolve(value, kinds)
        found = self._refs[key]
        if isinstance(found, URIRef):
            return found
        if not found:  # an entity whose own row has a problem: reported there
            return None
        what, fix = found.split("\x00")
        self.problems.add(row.where(column), what, fix)
        return None

    def _resolve(self, value: str, kinds: Iterable[str] | None) -> URIRef | str:
        from hytegraph.store.names import AmbiguousName, UnknownName, normalise

        if value in self.entities and self.entities[value].iri:
            return URIRef(self.entities[value].iri)
        if value in self.entities:  # an entity whose own row has a problem
            return ""
        if (iri := as_iri(value)) is not None:
            if iri in self.by_iri or iri in self.sources_iris():
                return URIRef(iri)
            if self.gf is not None and self.gf.exists(iri):
                return URIRef(iri)
            return (
                f"{value!r} names no entity of the workbook or the graph\x00"
                "check the IRI, or add the entity to the entities sheet"
            )
        named = self.by_name.get(normalise(value), set())
        if len(named) == 1:
            (eid,) = named
            if self.entities[eid].iri:
                return URIRef(self.entities[eid].iri)
        if len(named) > 1:
            return (
                f"{value!r} is the name of several entities of the workbook "
                f"({', '.join(sorted(named))})\x00use the id of the one you mean"
            )
        if self.gf is None:
            return (
                f"{value!r} is not an id of the entities sheet\x00add it to the entities sheet, or "
                "use the id of an entity there"
            )
        from hytegraph.store.names import KINDS

        index_kinds = set(KINDS) - {"concept", "source", "ambiguity"}
        if kinds is not None:
            index_kinds = {vocabulary.entity_kinds()[k].index_kind for k in kinds}
        try:
            found = self.gf.index.resolve(value, index_kinds)
        except AmbiguousName as e:
            listed = "; ".join(f"{c.label} ({relative(c.iri)})" for c in e.candidates[:5])
            return (
                f"{value!r} matches {len(e.candidates)} entities of the graph: {listed}\x00"
                "write the IRI of the one you mean (e.g. " + relative(e.candidates[0].iri) + ")"
            )
        except UnknownName as e:
            hint = (
                "did you mean "
                + "; ".join(f"{c.label} ({relative(c.iri)})" for c in e.suggestions[:3])
                + "?"
                if e.suggestions
                else "add it to the entities sheet"
            )
            return f"{value!r} is not an id of the entities sheet nor a name in the graph\x00{hint}"
        return URIRef(found.iri)

    def sources_iris(self) -> set[str]:
        return {s.iri for s in self.sources.values()}

    def _refs_quiet(self, value: str) -> URIRef | None:
        if value in self.entities:
            iri = self.entities[value].iri
            return URIRef(iri) if iri else None
        found = self._resolve(value, None)
        return found if isinstance(found, URIRef) else None

    def _is_kind(self, iri: URIRef, what: str) -> bool:
        """Whether ``iri`` (a workbook entity or one of the graph) is a ``party`` (an
        organisation or a collective, :data:`~.vocabulary.PARTY_KINDS`) or a ``person``."""
        if (entity := self.by_iri.get(str(iri))) is not None:
            kinds = vocabulary.PARTY_KINDS if what == "party" else vocabulary.PERSON_KINDS
            return entity.kind.id in kinds
        kind = self.gf.index.kind(str(iri)) if self.gf is not None else None
        if what == "party":
            return kind in vocabulary.PARTY_INDEX_KINDS
        return kind == "person"

    def _is_member(self, member: URIRef, body: URIRef) -> bool:
        """Whether the workbook or the graph has a membership of ``member`` in ``body``: the
        workbook's memberships are gathered once, the graph's with one query on first need."""
        if self._workbook_memberships is None:
            self._workbook_memberships = {
                (actor, target)
                for row in self.wb.rows("facts")
                if vocabulary.lookup("fact", row.get("kind") or "") == "membership"
                and (actor := self._refs_quiet(row.get("actor"))) is not None
                for target in (self._refs_quiet(t) for t in row.split("target"))
                if target is not None
            }
        if (member, body) in self._workbook_memberships:
            return True
        if self.store is None:
            return False
        if self._graph_memberships is None:
            from hytegraph.core import resources

            self._graph_memberships = {
                (URIRef(str(m)), URIRef(str(b)))
                for m, b in self.store.select(  # type: ignore[attr-defined]
                    resources.read_sparql("authoring_member")
                ).rows
            }
        return (member, body) in self._graph_memberships


__all__ = ["References"]

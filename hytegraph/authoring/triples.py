"""The triples a workbook states, gathered while it is read: subject → predicate → objects in
plain dictionaries.

An import adds about ten triples per fact and asks only a few questions of them (one value, the
objects of a subject); rdflib's in-memory store costs tens of microseconds per triple for
indexes and contexts nothing here uses. :meth:`Triples.to_graph` gives an rdflib graph when one
is wanted (:func:`hytegraph.authoring.read_workbook`); the Turtle writer reads the dictionaries.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph
from rdflib.term import Node


class Triples:
    """A set of triples indexed by subject (and nothing else)."""

    __slots__ = ("_spo",)

    def __init__(self) -> None:
        self._spo: dict[Node, dict[Node, set[Node]]] = {}

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        s, p, o = triple
        by_p = self._spo.get(s)
        if by_p is None:
            self._spo[s] = {p: {o}}
            return
        objects = by_p.get(p)
        if objects is None:
            by_p[p] = {o}
        else:
            objects.add(o)

    def remove(self, triple: tuple[Node | None, Node | None, Node | None]) -> None:
        """Remove the triples that match (``None`` matches anything)."""
        for s, p, o in list(self.triples(triple)):
            objects = self._spo[s][p]
            objects.discard(o)
            if not objects:
                del self._spo[s][p]
                if not self._spo[s]:
                    del self._spo[s]

    def triples(
        self, pattern: tuple[Node | None, Node | None, Node | None]
    ) -> Iterator[tuple[Node, Node, Node]]:
        s, p, o = pattern
        subjects = [s] if s is not None else list(self._spo)
        for subject in subjects:
            by_p = self._spo.get(subject, {})
            for predicate in [p] if p is not None else list(by_p):
                objects = by_p.get(predicate, ())
                if o is None:
                    for obj in list(objects):
                        yield subject, predicate, obj
                elif o in objects:
                    yield subject, predicate, o

    def __contains__(self, triple: tuple[Node | None, Node | None, Node | None]) -> bool:
        return next(self.triples(triple), None) is not None

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return self.triples((None, None, None))

    def __len__(self) -> int:
        return sum(len(objects) for by_p in self._spo.values() for objects in by_p.values())

    def subjects(self) -> Iterator[Node]:
        """Every subject, once."""
        return iter(list(self._spo))

    def predicates(self, subject: Node) -> Iterator[Node]:
        return iter(list(self._spo.get(subject, {})))

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return iter(list(self._spo.get(subject, {}).get(predicate, ())))

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """One object of ``subject`` and ``predicate`` (the least, so that it is always the
        same one), or None."""
        objects = self._spo.get(subject, {}).get(predicate)
        return min(objects) if objects else None

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        for s, _p, o in self.triples((None, predicate, None)):
            yield s, o

    def to_graph(self) -> Graph:
        """The triples as an rdflib graph."""
        graph = Graph()
        graph.addN((s, p, o, graph) for s, p, o in self)
        return graph


__all__ = ["Triples"]

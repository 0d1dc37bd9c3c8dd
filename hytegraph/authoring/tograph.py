"""A workbook → RDF in the project's ontology, with every problem found on the way.

:class:`Builder` reads the sheets in order (roles, sources, items, entities, facts,
ambiguities), matches each entity against the graph it joins (:mod:`.matching`), resolves every
reference (a workbook id, an IRI, or the name of an entity the graph has), parses times
(:mod:`.dates`), checks each quote against its source text, and writes the triples the
ontology defines. What each fact kind becomes is documented in ``docs/authoring.md``.

IRIs are stable: an entity's from its kind and id (``steering_group`` ``hyte-ohjausryhma`` →
``id/body/hyte-ohjausryhma``) or the graph's own when it matched; a fact's and an evidence's
from what they say (a hash), or from an ``id`` / ``evidence`` cell (:mod:`.iris`).

Each sheet has its module, a part of :class:`Builder`: :mod:`.roles`, :mod:`.sources` (and
items), :mod:`.entities`, :mod:`.facts`, :mod:`.ambiguities`; :mod:`.references` resolves cells
that name entities, :mod:`.evidence` checks quotes, :mod:`.base` holds the shared state and the
cells every sheet has (texts, status, times). The triples are gathered in
:class:`~.triples.Triples`.
"""

from __future__ import annotations

from hytegraph.authoring.ambiguities import Ambiguities
from hytegraph.authoring.base import BuilderBase, BuildResult, Entity, Source
from hytegraph.authoring.entities import Entities
from hytegraph.authoring.evidence import Quotes
from hytegraph.authoring.facts import Facts
from hytegraph.authoring.iris import as_iri, slug
from hytegraph.authoring.references import References
from hytegraph.authoring.roles import Roles
from hytegraph.authoring.sources import Sources


class Builder(Facts, Ambiguities, Entities, Quotes, Sources, Roles, References, BuilderBase):
    """Builds the graph of one workbook; problems go to ``problems`` (see the module doc)."""

    def build(self) -> BuildResult:
        self._roles()
        self._entities()  # before sources: a publisher is an entity
        self._sources()
        self._items()
        self._entity_details()
        self._facts()
        self._ambiguities()
        return BuildResult(
            self.g,
            list(self.entities.values()),
            list(self.sources.values()),
            facts=self.fact_count,
            evidence=len(self.evidence_rows),
        )


__all__ = ["BuildResult", "Builder", "Entity", "Source", "as_iri", "slug"]

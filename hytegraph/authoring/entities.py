"""The ``entities`` sheet: each entity's kind, names and identifiers, matched against the graph it
joins (:mod:`.matching`; parents before their parts) to keep the graph's IRI or mint one, then
its details (names a matched entity lacks, times, status, collective, possible sameness, the
``part_of`` subordination with its quote).
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, RDF, SKOS

from hytegraph.authoring import dates, vocabulary
from hytegraph.authoring.base import LANG_COLUMNS, NEEDS_ENGLISH, BuilderBase, Entity
from hytegraph.authoring.iris import as_iri, external_iri, iri_hash, slug
from hytegraph.authoring.matching import SCHEMES, Decision, Wanted, match, relative
from hytegraph.authoring.problems import Problems
from hytegraph.authoring.tables import Row
from hytegraph.core.namespaces import HYTE, ID


class Entities(BuilderBase):
    """The entities sheet."""

    def _entities(self) -> None:
        from hytegraph.store.names import normalise

        rows: list[Entity] = []
        for row in self.wb.rows("entities"):
            eid = row.get("id")
            if not eid:
                self.problems.add(
                    row.where("id"),
                    "the entity has no id",
                    "give it a short id that the facts sheet can use",
                )
                continue
            if eid in self.entities:
                self.problems.add(
                    row.where("id"), f"the id {eid!r} is used twice", "give each entity its own id"
                )
                continue
            kind_text = row.get("kind")
            kid = vocabulary.lookup("entity", kind_text) if kind_text else None
            if kid is None:
                self.problems.add(
                    row.where("kind"),
                    f"unknown kind {kind_text!r}" if kind_text else "the entity has no kind",
                    "choose one of " + ", ".join(vocabulary.choices("entity")),
                )
                continue
            kind = vocabulary.entity_kinds()[kid]
            entity = Entity(row, eid, kind)
            if not row.get("name_fi"):
                self.problems.add(
                    row.where("name_fi"),
                    "the entity has no Finnish name",
                    "write its name in Finnish as the source writes it",
                )
            if kid in NEEDS_ENGLISH and not row.get("name_en"):
                self.problems.add(
                    row.where("name_en"),
                    f"a {kind.label('en')} needs an English name",
                    "write its name in English",
                )
            for lang in LANG_COLUMNS:
                if name := row.get(f"name_{lang}"):
                    entity.names.append((name, lang))
            for column in ("other_names", "hidden_names"):
                for text in row.split(column):
                    entity.names.append(_lang_name(text))
            self.entities[eid] = entity
            for name, _lang in entity.names:
                self.by_name[normalise(name)].add(eid)
            rows.append(entity)
        self._decide(rows)

    def _identifiers(self, entity: Entity) -> list[tuple[str, str]]:
        row, out = entity.row, []
        if value := row.get("wikidata"):
            if not re.fullmatch(r"Q[1-9]\d*", value):
                self.problems.add(
                    row.where("wikidata"),
                    f"{value!r} is not a Wikidata id",
                    "write the Q number, e.g. Q47034",
                )
            else:
                out.append((str(SCHEMES["wikidata"]), value))
        if value := row.get("code"):
            # a spreadsheet reads 049 typed in a number cell as 49: the codes have a fixed
            # number of digits, so the zeros it dropped are put back
            width = {"municipality": 3, "county": 2}.get(entity.kind.id, 0)
            if re.fullmatch(r"\d+", value) and len(value) < width:
                value = value.zfill(width)
            if entity.kind.id == "municipality" and re.fullmatch(r"\d{3}", value):
                out.append((str(SCHEMES["code:municipality"]), value))
            elif entity.kind.id == "county" and re.fullmatch(r"\d{2}", value):
                out.append((str(SCHEMES["code:county"]), value))
            else:
                self.problems.add(
                    row.where("code"),
                    f"{value!r} is not a municipality code (3 digits) or a "
                    "wellbeing services county code (2 digits) of this kind",
                    "write the code of Statistics Finland's classification, e.g. 049, "
                    "on a municipality or county row",
                )
        if value := row.get("business_id"):
            if not re.fullmatch(r"\d{7}-\d", value):
                self.problems.add(
                    row.where("business_id"),
                    f"{value!r} is not a business ID",
                    "write it as 1234567-8",
                )
            else:
                out.append((str(SCHEMES["business_id"]), value))
        return out

    def _decide(self, entities: list[Entity]) -> None:
        """Match each entity (parents before their parts) and give it its IRI."""
        pending = list(entities)
        done: set[str] = set()
        while pending:
            progressed = False
            for entity in list(pending):
                parent_id = entity.row.get("part_of")
                if parent_id in self.entities and parent_id not in done and parent_id != entity.id:
                    continue
                pending.remove(entity)
                done.add(entity.id)
                progressed = True
                self._decide_one(entity)
            if not progressed:  # a cycle of part_of: decide the rest without parents
                for entity in pending:
                    self._decide_one(entity)
                    done.add(entity.id)
                pending = []

    def _decide_one(self, entity: Entity) -> None:
        row = entity.row
        identifiers = self._identifiers(entity)
        same_as = row.get("same_as")
        explicit = as_iri(entity.id)
        minted = explicit or f"{ID}{entity.kind.folder}/{slug(entity.id)}"
        if same_as:
            if same_as.casefold() in ("new", "uusi", "ny"):
                entity.decision = Decision("new", reason="decided: new")
            elif (iri := as_iri(same_as)) is None:
                self.problems.add(
                    row.where("same_as"),
                    f"{same_as!r} is not an IRI or new",
                    "write the IRI of the graph's entity (e.g. id/org/espoo), or new",
                )
                return
            elif self.gf is not None and not self.gf.exists(iri) and iri != explicit:
                self.problems.add(
                    row.where("same_as"),
                    f"the graph has no entity {relative(iri)}",
                    "check the IRI (the --dry-run preview lists candidates), or write new",
                )
                return
            else:
                entity.decision = Decision("same", iri, "decided in same_as")
        elif explicit is not None:
            exists = self.gf is not None and self.gf.exists(explicit)
            entity.decision = Decision(
                "same" if exists else "new",
                explicit if exists else "",
                "same IRI" if exists else "",
            )
        elif self.gf is None:
            entity.decision = Decision("new")
        else:
            parent = ""
            if parent_id := row.get("part_of"):
                found = self._refs_quiet(parent_id)
                parent = str(found) if found is not None else ""
            wanted = Wanted(entity.id, entity.kind, entity.names, identifiers, parent)
            entity.decision = match(wanted, self.gf)
        decision = entity.decision
        if decision.status == "decide":
            shown = "; ".join(
                f"{c.label} ({relative(c.iri)}): {c.reason}" for c in decision.candidates
            )
            first = relative(decision.candidates[0].iri)
            self.problems.add(
                row.where("same_as"),
                f"{row.get('name_fi') or entity.id!r} may be an entity the graph has: {shown}",
                f"write {first} (or another IRI) in same_as to use it, or new to add a new entity",
            )
            return
        if decision.status == "same":
            entity.iri = decision.iri
            self.by_iri[entity.iri] = entity
            return
        if self.gf is not None and minted != explicit and self.gf.exists(minted):
            self.problems.add(
                row.where("id"),
                f"the id {entity.id!r} would make the IRI {relative(minted)}, which the graph "
                "has for another entity",
                f"give this entity another id, or write {relative(minted)} in same_as if it is "
                f"that one",
            )
            return
        entity.iri = minted
        self.by_iri[entity.iri] = entity

    def _entity_details(self) -> None:
        for entity in self.entities.values():
            if not entity.iri:
                continue
            row, node, kind = entity.row, URIRef(entity.iri), entity.kind
            self._names(entity, row, node, kind)
            for scheme, value in self._identifiers_quiet(entity):
                self.add(node, ORG.identifier, Literal(value, datatype=URIRef(scheme)))
            self._status(row, node)
            self._validity(row, node, HYTE.validDuring)
            self._period(row, "planned", node, HYTE.plannedDuring)
            self._texts(node, row, "topic", HYTE.topic)
            self._texts(node, row, "note", SKOS.note)
            if when := self._time(row, "date"):
                if kind.id == "meeting":
                    prop = {"day": dates.TIME.inXSDDate, "month": dates.TIME.inXSDgYearMonth}.get(
                        when.precision, dates.TIME.inXSDgYear
                    )
                    self.add(node, prop, when.literal())
                else:
                    self.add(node, DCTERMS.date, when.literal())
            if value := row.get("collective_of"):
                kid = vocabulary.lookup("entity", value)
                if kind.id != "collective":
                    self.problems.add(
                        row.where("collective_of"),
                        "only a collective has members of a kind",
                        "set kind to collective, or empty this cell",
                    )
                elif kid is None:
                    self.problems.add(
                        row.where("collective_of"),
                        f"unknown kind {value!r}",
                        "choose one of " + ", ".join(vocabulary.choices("entity")),
                    )
                else:
                    self.add(node, HYTE.collectiveOf, vocabulary.entity_kinds()[kid].iri)
            elif kind.id == "collective":
                self.problems.add(
                    row.where("collective_of"),
                    "a collective must say what its members are",
                    "write their kind, e.g. ngo",
                )
            for other in row.split("identical_to"):
                if (same := external_iri(other)) is None:
                    self.problems.add(
                        row.where("identical_to"),
                        f"{other!r} is not a Wikidata id or a web IRI",
                        "write a Q number (Q47034) or a full IRI (http://www.wikidata.org/entity/"
                        "Q47034), or empty the cell",
                    )
                else:
                    self.add(node, OWL.sameAs, same)
            for other in row.split("possibly_same_as"):
                if (found := self.ref(row, "possibly_same_as", other)) is not None:
                    self.add(node, HYTE.possiblySameAs, found)
            if county := row.get("county"):
                if kind.id != "municipality":
                    self.problems.add(
                        row.where("county"),
                        "only a municipality is in a wellbeing services county",
                        "empty the cell, or use part_of for what the entity is part of",
                    )
                elif (found := self.ref(row, "county", county, ("county",))) is not None:
                    self.add(node, HYTE.inWellbeingServicesCounty, found)
            evidence = self.evidence(row, required=bool(row.get("part_of")))
            if evidence is not None:
                self.add(node, HYTE.evidence, evidence)
            if parent := row.get("part_of"):
                whole = self.ref(row, "part_of", parent)
                if whole is not None and evidence is not None:
                    local = slug(entity.iri.rsplit("/", 1)[-1])
                    fact = URIRef(f"{ID}fact/{local}-part-of-{iri_hash(entity.iri, whole)}")
                    self.add(fact, RDF.type, HYTE.Subordination)
                    self.add(fact, HYTE.part, node)
                    self.add(fact, HYTE.whole, whole)
                    self.add(fact, HYTE.evidence, evidence)
                    self.fact_count += 1

    def _names(self, entity: Entity, row: Row, node: URIRef, kind: vocabulary.EntityKind) -> None:
        """Type and names; an entity the graph has keeps its type and preferred names, and a
        name it lacks becomes another name (one preferred name per language)."""
        known: set[tuple[str, str]] = set()
        preferred: dict[str, str] = {}
        matched = entity.decision is not None and entity.decision.status == "same" and self.gf
        if matched:
            for entry in self.gf.index.names_of(entity.iri):  # type: ignore[union-attr]
                known.add((entry.text, entry.lang))
                if not entry.is_alt:
                    preferred.setdefault(entry.lang, entry.text)
        else:
            self.add(node, RDF.type, kind.iri)
        for lang in LANG_COLUMNS:
            name = row.get(f"name_{lang}")
            if not name or (name, lang) in known:
                continue
            prop = SKOS.altLabel if lang in preferred else SKOS.prefLabel
            self.add(node, prop, Literal(name, lang=lang))
            if prop == SKOS.prefLabel and lang == "fi" and kind.id in vocabulary.PERSON_KINDS:
                self.add(node, FOAF.name, Literal(name))
        for column, prop in (("other_names", SKOS.altLabel), ("hidden_names", SKOS.hiddenLabel)):
            for text in row.split(column):
                name, lang = _lang_name(text)
                if (name, lang) not in known:
                    self.add(node, prop, Literal(name, lang=lang))

    def _identifiers_quiet(self, entity: Entity) -> list[tuple[str, str]]:
        problems, self.problems = self.problems, Problems()
        try:
            return self._identifiers(entity)
        finally:
            self.problems = problems


def _lang_name(text: str) -> tuple[str, str]:
    """``Grankulla@sv`` → (``Grankulla``, ``sv``); without a language: Finnish."""
    if m := re.fullmatch(r"(.*\S)@(fi|sv|en)", text.strip()):
        return m[1], m[2]
    return text.strip(), "fi"


__all__ = ["Entities"]

"""The ``roles`` sheet: roles the ontology lacks (an agenda preparer), each an ``org:Role`` in the
role scheme with its names; and the role a ``role`` cell names.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, RDF, SKOS

from hytegraph.authoring import vocabulary
from hytegraph.authoring.base import LANG_COLUMNS, BuilderBase
from hytegraph.authoring.iris import as_iri, slug
from hytegraph.authoring.tables import Row
from hytegraph.core.namespaces import ID


class Roles(BuilderBase):
    """The roles sheet, and role cells."""

    def _roles(self) -> None:
        for row in self.wb.rows("roles"):
            rid = row.get("id")
            if not rid:
                self.problems.add(row.where("id"), "the role has no id", "give it a short id")
                continue
            if vocabulary.lookup("role", rid) is not None:
                self.problems.add(
                    row.where("id"),
                    f"{rid!r} is a role the ontology already has",
                    "use it in the facts sheet as it is; the roles sheet is for new roles",
                )
                continue
            iri = URIRef(as_iri(rid) or f"{ID}role/{slug(rid)}")
            self.custom_roles[rid] = iri
            for lang in LANG_COLUMNS:
                if name := row.get(f"name_{lang}"):
                    self.custom_roles.setdefault(name, iri)
                    self.add(iri, SKOS.prefLabel, Literal(name, lang=lang))
            for column in ("name_fi", "name_en"):
                if not row.get(column):
                    self.problems.add(
                        row.where(column),
                        "a new role needs a Finnish and an English name",
                        f"fill {column}",
                    )
            for lang in ("fi", "en"):
                if text := row.get(f"definition_{lang}"):
                    self.add(iri, SKOS.definition, Literal(text, lang=lang))
            self.add(iri, RDF.type, ORG.Role)
            self.add(iri, RDF.type, SKOS.Concept)
            self.add(iri, SKOS.inScheme, URIRef(f"{ID}role/"))

    def role(self, row: Row, value: str) -> URIRef | None:
        if value in self.custom_roles:
            return self.custom_roles[value]
        rid = vocabulary.lookup("role", value)
        if rid is not None:
            return vocabulary.roles()[rid].iri
        from hytegraph.store.names import normalise

        for name, iri in self.custom_roles.items():
            if normalise(name) == normalise(value):
                return iri
        self.problems.add(
            row.where("role"),
            f"unknown role {value!r}",
            "choose one of "
            + ", ".join(vocabulary.choices("role"))
            + ", or add it to the roles sheet",
        )
        return None


__all__ = ["Roles"]

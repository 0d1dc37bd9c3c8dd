"""The ``ambiguities`` sheet: a passage that can be read more than one way, recorded as a
``hyte:Ambiguity`` with its question, its readings, what it concerns and its quote, rather than
guessed.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from hytegraph.authoring.base import LANG_COLUMNS, BuilderBase
from hytegraph.authoring.iris import as_iri, slug
from hytegraph.authoring.tables import Row
from hytegraph.core.namespaces import HYTE, ID


class Ambiguities(BuilderBase):
    """The ambiguities sheet."""

    def _ambiguities(self) -> None:
        groups: dict[str, list[Row]] = {}
        for row in self.wb.rows("ambiguities"):
            if not row.get("id"):
                self.problems.add(
                    row.where("id"),
                    "the ambiguity has no id",
                    "give it a short id (rows with one id are one ambiguity)",
                )
                continue
            groups.setdefault(row.get("id"), []).append(row)
        for aid, rows in groups.items():
            node = URIRef(as_iri(aid) or f"{ID}ambiguity/{slug(aid)}")
            self.add(node, RDF.type, HYTE.Ambiguity)
            has_question = False
            for row in rows:
                for lang in LANG_COLUMNS:
                    if q := row.get(f"question_{lang}"):
                        has_question = has_question or lang == "fi"
                        self.add(node, SKOS.prefLabel, Literal(q, lang=lang))
                for cell in row.split("concerns"):
                    if (found := self.ref(row, "concerns", cell)) is not None:
                        self.add(node, HYTE.concerns, found)
                self._texts(node, row, "reading", HYTE.reading)
                if (ev := self.evidence(row, required=False)) is not None:
                    self.add(node, HYTE.evidence, ev)
            if not has_question:
                self.problems.add(
                    rows[0].where("question_fi"),
                    "the ambiguity has no question",
                    "write what is unclear, in Finnish",
                )
            if not any(self.g.triples((node, HYTE.evidence, None))):
                self.problems.add(
                    rows[0].where("quote"),
                    "the ambiguity has no quote",
                    "quote the passage that can be read more than one way",
                )


__all__ = ["Ambiguities"]

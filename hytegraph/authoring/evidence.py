"""Evidence: the quote of a row (with its source, item and respondent) checked against the source
text, whitespace aside, as ``hytegraph validate`` checks it; a quote that is not there is reported
with the closest passage. One ``hyte:Evidence`` node per distinct quote.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from hytegraph.authoring.base import BuilderBase, normalise_whitespace
from hytegraph.authoring.iris import as_iri, iri_hash, slug
from hytegraph.authoring.tables import Row
from hytegraph.core.namespaces import HYTE, ID


def closest_passage(quote: str, text: str) -> str:
    """The passage of ``text`` most like ``quote`` (difflib), as long as the quote."""
    import difflib

    matcher = difflib.SequenceMatcher(None, text, quote, autojunk=False)
    block = matcher.find_longest_match(0, len(text), 0, len(quote))
    start = max(0, block.a - block.b)
    passage = text[start : start + len(quote)]
    return passage if len(passage) <= 160 else passage[:157] + "..."


class Quotes(BuilderBase):
    """The evidence cells of every row (``source``, ``item``, ``respondent``, ``quote``)."""

    def evidence(self, row: Row, required: bool = True) -> URIRef | None:
        """The evidence of a row (source, item, respondent, quote); None when it has none."""
        quote, source_id = row.get("quote"), row.get("source")
        if not quote and not source_id:
            if required:
                self.problems.add(
                    row.where("quote"),
                    "the row has no quote",
                    "copy the sentence that states it from the source into quote, "
                    "and name the source",
                )
            return None
        if not source_id:
            self.problems.add(
                row.where("source"),
                "the quote names no source",
                "write the id of the source it is from",
            )
            return None
        if not quote:
            self.problems.add(
                row.where("quote"),
                "the row names a source but no quote",
                "copy the sentence that states it, verbatim",
            )
            return None
        source = self.source(row, source_id)
        if source is None:
            return None
        wanted = normalise_whitespace(quote)
        if self.check_quotes and source.text is not None and wanted not in source.text:
            passage = closest_passage(wanted, source.text)
            self.problems.add(
                row.where("quote"),
                f"the quote is not in the text of {source.id}; the closest passage is "
                f"\u201c{passage}\u201d",
                "copy the words exactly as the source has them (only whitespace may differ)",
            )
            return None
        item = ""
        if row.get("item"):
            number = self._number(row, "item")
            if number is None:
                return None
            item = str(self.item(source, number))
        respondent = ""
        if row.get("respondent"):
            who = self.ref(row, "respondent", row.get("respondent"))
            if who is None:
                return None
            respondent = str(who)
        key = (source.iri, item, respondent, wanted)
        given = row.get("evidence")
        if given:
            iri = as_iri(given) or f"{ID}evidence/{slug(given)}"
            if iri in self.evidence_rows and self.evidence_rows[iri] != key:
                self.problems.add(
                    row.where("evidence"),
                    f"the evidence id {given!r} names another quote on another row",
                    "give this quote its own evidence id, or none",
                )
                return None
            self.evidence_ids.setdefault(key, iri)
        else:
            iri = self.evidence_ids.get(key) or f"{ID}evidence/{slug(source.id)}-{iri_hash(*key)}"
            self.evidence_ids.setdefault(key, iri)
        if iri not in self.evidence_rows:
            self.evidence_rows[iri] = key
            node = URIRef(iri)
            self.add(node, RDF.type, HYTE.Evidence)
            self.add(node, DCTERMS.source, URIRef(source.iri))
            self.add(node, HYTE.quote, Literal(wanted, lang=source.lang))
            if item:
                self.add(node, HYTE.sourceItem, URIRef(item))
            if respondent:
                self.add(node, HYTE.respondent, URIRef(respondent))
        return URIRef(iri)


__all__ = ["Quotes", "closest_passage"]

"""The ``sources`` and ``items`` sheets: each source document with its title, publisher, date,
address and verbatim text (read here, copied beside the output by import), and its numbered
items; a source the graph already has is found by its IRI.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from hytegraph.authoring.base import LANG_COLUMNS, BuilderBase, Source, normalise_whitespace
from hytegraph.authoring.iris import as_iri, slug
from hytegraph.authoring.tables import Row
from hytegraph.core.namespaces import HYTE, ID


class Sources(BuilderBase):
    """The sources and items sheets."""

    def _sources(self) -> None:
        seen: set[str] = set()
        for row in self.wb.rows("sources"):
            sid = row.get("id")
            if not sid:
                self.problems.add(row.where("id"), "the source has no id", "give it a short id")
                continue
            if sid in seen:
                self.problems.add(
                    row.where("id"), f"the id {sid!r} is used twice", "give each source its own id"
                )
                continue
            seen.add(sid)
            iri = as_iri(sid) or f"{ID}source/{slug(sid)}"
            lang = row.get("language") or ""
            if lang not in LANG_COLUMNS:
                self.problems.add(
                    row.where("language"),
                    f"the language {lang!r} is not fi, sv or en"
                    if lang
                    else "the source's language is missing",
                    "write fi, sv or en",
                )
                lang = "fi"
            source = Source(iri, sid, lang)
            self.sources[sid] = source
            node = URIRef(iri)
            self.add(node, RDF.type, HYTE.SourceDocument)
            title = row.get("title")
            if not title:
                self.problems.add(
                    row.where("title"), "the source has no title", "write the document's title"
                )
            else:
                self.add(node, DCTERMS.title, Literal(title, lang=lang))
                if not row.get(f"name_{lang}"):
                    self.add(node, SKOS.prefLabel, Literal(title, lang=lang))
            for l2 in LANG_COLUMNS:
                if name := row.get(f"name_{l2}"):
                    self.add(node, SKOS.prefLabel, Literal(name, lang=l2))
            if not row.get("name_fi") and lang != "fi":
                self.problems.add(
                    row.where("name_fi"),
                    "a source in another language needs a Finnish name",
                    "write the document's name in Finnish",
                )
            self.add(node, DCTERMS.language, Literal(lang))
            for column, prop in (
                ("publisher", DCTERMS.publisher),
                ("rights_holder", DCTERMS.rightsHolder),
            ):
                if value := row.get(column):
                    if (who := self.ref(row, column, value)) is not None:
                        self.add(node, prop, who)
                elif column == "publisher":
                    self.problems.add(
                        row.where(column),
                        "the source has no publisher",
                        "name who published it (an entity id or a name)",
                    )
            if when := self._time(row, "date"):
                if when.season:
                    self.problems.add(
                        row.where("date"),
                        "a season is not a date of issue",
                        "write the year (2023) or leave the date empty",
                    )
                else:
                    self.add(node, DCTERMS.issued, when.literal())
            if url := row.get("url"):
                if not re.match(r"https?://\S+$", url):
                    self.problems.add(
                        row.where("url"), f"{url!r} is not a web address", "write it as https://..."
                    )
                else:
                    self.add(node, DCTERMS.identifier, Literal(url, datatype=XSD.anyURI))
            self._source_text(row, source, node)
            for lang2 in ("fi", "en"):
                if note := row.get(f"note_{lang2}"):
                    self.add(node, SKOS.note, Literal(note, lang=lang2))
            for lang2 in LANG_COLUMNS:
                if short := row.get(f"short_title_{lang2}"):
                    self.add(node, DCTERMS.alternative, Literal(short, lang=lang2))

    def _source_text(self, row: Row, source: Source, node: URIRef) -> None:
        from hytegraph.core import sourcetext
        from hytegraph.errors import InputError

        name = row.get("file")
        if not name and source.id in self.wb.texts:
            source.raw = self.wb.texts[source.id]
            source.text = normalise_whitespace(source.raw)
            source.copy_as = f"{self.text_folder}/{slug(source.id)}.txt"
            self.add(node, HYTE.textFile, Literal(source.copy_as))
            return
        if not name:
            self.problems.add(
                row.where("file"),
                "the source has no text file",
                "save the source's text as UTF-8 next to the workbook and name it here",
            )
            return
        path = (self.wb.folder / name).resolve()
        if not path.is_file():
            self.problems.add(
                row.where("file"),
                f"the text file {name} is missing",
                f"put the source's verbatim text in {path} (UTF-8), or correct the name",
            )
            return
        try:
            raw = sourcetext.read(path)
        except InputError as e:
            self.problems.add(row.where("file"), e.message, e.hint)
            return
        source.raw = raw
        source.text = normalise_whitespace(raw)
        source.copy_as = f"{self.text_folder}/{slug(source.id)}.txt"
        self.add(node, HYTE.textFile, Literal(source.copy_as))

    def source(self, row: Row, value: str) -> Source | None:
        if value in self.sources:
            return self.sources[value]
        iri = as_iri(value) or f"{ID}source/{slug(value)}"
        for s in self.sources.values():
            if s.iri == iri:
                return s
        if value in self.wb.texts and self.store is not None:
            text = self._graph_source_text(iri)
            if text is not None:  # a register imported before: its text is already there
                found = Source(iri, value, text[1], text=text[0])
                self.sources[value] = found
                return found
        if self.store is not None:
            text = self._graph_source_text(iri)
            if text is not None:
                found = Source(iri, value, text[1], text=text[0])
                self.sources[value] = found
                return found
        self.problems.add(
            row.where("source"),
            f"{value!r} is not a source of the sources sheet",
            "add the source to the sources sheet (or fix the id)",
        )
        return None

    def _graph_source_text(self, iri: str) -> tuple[str | None, str] | None:
        from hytegraph.core import resources, sourcetext

        rows = self.store.select(  # type: ignore[attr-defined]
            resources.read_sparql("authoring_source"), {"source": URIRef(iri)}
        ).rows
        if not rows:
            return None
        _s, text_file, lang = rows[0]
        try:
            path = sourcetext.resolve(str(text_file), self.data_dirs)
        except sourcetext.TextFileRefused:
            path = None
        text = normalise_whitespace(sourcetext.read(path)) if path is not None else None
        return text, str(lang or "fi")

    def _items(self) -> None:
        for row in self.wb.rows("items"):
            source = self.source(row, row.get("source")) if row.get("source") else None
            if source is None:
                if not row.get("source"):
                    self.problems.add(
                        row.where("source"), "the item names no source", "write the source's id"
                    )
                continue
            number = self._number(row, "number")
            if number is None:
                continue
            node = self.item(source, number)
            for lang in LANG_COLUMNS:
                if name := row.get(f"name_{lang}"):
                    self.add(node, SKOS.prefLabel, Literal(name, lang=lang))
            if text := row.get("description"):
                self.add(node, DCTERMS.description, Literal(text, lang=source.lang))

    def _number(self, row: Row, column: str) -> int | None:
        value = row.get(column)
        if value.isdigit():
            return int(value)
        self.problems.add(
            row.where(column),
            f"{value!r} is not an item number" if value else "the item number is missing",
            "write the item's number (e.g. 3)",
        )
        return None

    def item(self, source: Source, number: int) -> URIRef:
        node = URIRef(f"{source.iri}/item-{number}")
        if (source.iri, number) not in self.items:
            self.items.add((source.iri, number))
            if not (
                source.text is not None
                and source.raw is None
                and self.gf is not None
                and self.gf.exists(str(node))
            ):
                self.add(node, RDF.type, HYTE.SourceItem)
                self.add(node, HYTE.itemNumber, Literal(number))
                self.add(node, DCTERMS.isPartOf, URIRef(source.iri))
                self.add(URIRef(source.iri), DCTERMS.hasPart, node)
        return node


__all__ = ["Sources"]

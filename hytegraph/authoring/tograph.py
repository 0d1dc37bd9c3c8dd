"""A workbook → RDF in the project's ontology, with every problem found on the way.

:class:`Builder` reads the sheets in order (roles, sources, items, entities, facts,
ambiguities), matches each entity against the graph it joins (:mod:`.matching`), resolves every
reference (a workbook id, an IRI, or the name of an entity the graph has), parses times
(:mod:`.dates`), checks each quote against its source text, and writes the triples the
ontology defines. What each fact kind becomes is documented in ``docs/authoring.md``.

IRIs are stable: an entity's from its kind and id (``steering_group`` ``hyte-ohjausryhma`` →
``id/body/hyte-ohjausryhma``) or the graph's own when it matched; a fact's and an evidence's
from what they say (a hash), or from an ``id`` / ``evidence`` cell.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, SKOS, XSD

from hytegraph.authoring import dates, vocabulary
from hytegraph.authoring.matching import SCHEMES, Decision, GraphFacts, Wanted, match, relative
from hytegraph.authoring.problems import Problems
from hytegraph.authoring.tables import Row, Workbook
from hytegraph.core.namespaces import HYTE, ID
from hytegraph.errors import HytegraphError

_LANG_COLUMNS = ("fi", "sv", "en")
_NEEDS_ENGLISH = frozenset(
    {
        "municipality",
        "county",
        "division",
        "result_area",
        "result_unit",
        "group_administration",
        "group_administration_unit",
        "unit",
        "ngo",
        "registered_association",
        "educational_institution",
        "post",
        "steering_group",
        "programme_steering_group",
        "expert_group",
        "working_group",
        "regional_group",
        "board",
        "city_board",
        "network",
        "programme",
        "project",
        "body",
    }
)
# fact kinds that describe the actor entity itself (no fact node)
_ENTITY_ROWS = frozenset(
    {
        "mention",
        "post",
        "holds_post",
        "meeting",
        "last_meeting",
        "produced",
        "submitted_to",
        "change",
    }
)
_ACTOR_KINDS = {
    "post": {"post"},
    "meeting": {"meeting"},
    "last_meeting": {"meeting"},
    "produced": {"meeting"},
    "change": {"change"},
}


def slug(text: str) -> str:
    """``Hyte-ohjausryhmä`` → ``hyte-ohjausryhma``: lower case ASCII letters, digits and dashes."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "x"


def _last(iri: object) -> str:
    """The last path segment of an IRI: ``org/espoo`` → ``espoo``."""
    return str(iri).rsplit("/", 1)[-1]


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]


def as_iri(text: str) -> str | None:
    """The instance IRI a cell names: ``org/espoo``, ``id/org/espoo``, the full IRI (with or
    without ``<>``); None for anything else."""
    value = text.strip().strip("<>")
    if value.startswith(ID):
        return value
    if value.startswith("id/"):
        value = value[3:]
    if "/" in value and " " not in value and not value.startswith(("http:", "https:", "/")):
        return ID + value
    return None


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
    graph: Graph
    entities: list[Entity]
    sources: list[Source]
    facts: int = 0
    evidence: int = 0


def normalise_whitespace(text: str) -> str:
    from hytegraph.check.validate import normalise_whitespace as norm

    return norm(text)


def closest_passage(quote: str, text: str) -> str:
    """The passage of ``text`` most like ``quote`` (difflib), as long as the quote."""
    import difflib

    matcher = difflib.SequenceMatcher(None, text, quote, autojunk=False)
    block = matcher.find_longest_match(0, len(text), 0, len(quote))
    start = max(0, block.a - block.b)
    passage = text[start : start + len(quote)]
    return passage if len(passage) <= 160 else passage[:157] + "..."


class Builder:
    """Builds the graph of one workbook; problems go to ``problems`` (see the module doc)."""

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
        self.g = Graph()
        self.entities: dict[str, Entity] = {}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.sources: dict[str, Source] = {}
        self.custom_roles: dict[str, URIRef] = {}
        self.items: set[tuple[str, int]] = set()
        self.evidence_ids: dict[tuple[str, str, str, str], str] = {}
        self.evidence_rows: dict[str, tuple[str, str, str, str]] = {}
        self._refs: dict[tuple[str, frozenset[str] | None], URIRef | str] = {}
        self.fact_count = 0

    # -- entry point --------------------------------------------------------------------------

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

    # -- helpers ------------------------------------------------------------------------------

    def add(self, s: object, p: object, o: object) -> None:
        self.g.add((s, p, o))  # type: ignore[arg-type]

    def _texts(self, node: URIRef, row: Row, prefix: str, prop: URIRef) -> None:
        for lang in _LANG_COLUMNS:
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

    # -- references ---------------------------------------------------------------------------

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
            if iri in {e.iri for e in self.entities.values()} or iri in self.sources_iris():
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

    # -- roles --------------------------------------------------------------------------------

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
            for lang in _LANG_COLUMNS:
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

    # -- sources and items --------------------------------------------------------------------

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
            if lang not in _LANG_COLUMNS:
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
            for l2 in _LANG_COLUMNS:
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
            for lang in _LANG_COLUMNS:
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

    # -- evidence -----------------------------------------------------------------------------

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
            iri = self.evidence_ids.get(key) or f"{ID}evidence/{slug(source.id)}-{_hash(*key)}"
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

    # -- entities -----------------------------------------------------------------------------

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
            if kid in _NEEDS_ENGLISH and not row.get("name_en"):
                self.problems.add(
                    row.where("name_en"),
                    f"a {kind.label('en')} needs an English name",
                    "write its name in English",
                )
            for lang in _LANG_COLUMNS:
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

    def _refs_quiet(self, value: str) -> URIRef | None:
        if value in self.entities:
            iri = self.entities[value].iri
            return URIRef(iri) if iri else None
        found = self._resolve(value, None)
        return found if isinstance(found, URIRef) else None

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
                if (same := _external_iri(other)) is None:
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
            evidence = self.evidence(row, required=bool(row.get("part_of")))
            if evidence is not None:
                self.add(node, HYTE.evidence, evidence)
            if parent := row.get("part_of"):
                whole = self.ref(row, "part_of", parent)
                if whole is not None and evidence is not None:
                    local = slug(entity.iri.rsplit("/", 1)[-1])
                    fact = URIRef(f"{ID}fact/{local}-part-of-{_hash(entity.iri, whole)}")
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
        for lang in _LANG_COLUMNS:
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

    # -- facts --------------------------------------------------------------------------------

    def _facts(self) -> None:
        groups: dict[str, list[Row]] = {}
        for row in self.wb.rows("facts"):
            key = row.get("id") or f"\x00{row.number}"
            groups.setdefault(key, []).append(row)
        for key, rows in groups.items():
            self._fact(rows, None if key.startswith("\x00") else key)

    def _fact(self, rows: list[Row], given_id: str | None) -> None:
        first = rows[0]
        kind_text = first.get("kind")
        kid = vocabulary.lookup("fact", kind_text) if kind_text else None
        if kid is None:
            self.problems.add(
                first.where("kind"),
                f"unknown kind of fact {kind_text!r}" if kind_text else "the row has no kind",
                "choose one of " + ", ".join(vocabulary.choices("fact")),
            )
            return
        fk = vocabulary.fact_kinds()[kid]
        for row in rows[1:]:
            other = row.get("kind")
            if other and vocabulary.lookup("fact", other) != kid:
                self.problems.add(
                    row.where("kind"),
                    f"fact {given_id!r} is a {kid} on row {first.number}",
                    "give rows of one fact the same kind, or another id",
                )
        actors: list[URIRef] = []
        targets: list[URIRef] = []
        evidence: list[URIRef] = []
        ok = True
        for index, row in enumerate(rows):
            actor_cell = row.get("actor")
            if not actor_cell and index == 0:
                self.problems.add(
                    row.where("actor"),
                    "the row names no actor",
                    "write who (an entity id or a name)",
                )
                ok = False
            if actor_cell:
                found = self.ref(row, "actor", actor_cell, _ACTOR_KINDS.get(kid))
                ok = ok and found is not None
                if found is not None and found not in actors:
                    actors.append(found)
            target_cells = row.split("target")
            if not target_cells and index == 0 and kid not in ("mention", "continuation"):
                self.problems.add(
                    row.where("target"),
                    "the row names no target",
                    "write to what (an entity id or a name)",
                )
                ok = False
            for cell in target_cells:
                found = self.ref(row, "target", cell)
                ok = ok and found is not None
                if found is not None and found not in targets:
                    targets.append(found)
            ev = self.evidence(row, required=index == 0)
            if ev is None and (row.get("quote") or index == 0):
                ok = False
            if ev is not None and ev not in evidence:
                evidence.append(ev)
        if not ok:
            # still parse the other cells, to report their problems too
            for row in rows:
                self._check_cells(row, fk)
            return
        if kid in _ENTITY_ROWS:
            self._entity_row(kid, first, actors, targets, evidence)
            return
        self._fact_node(fk, first, rows, given_id, actors, targets, evidence)

    def _check_cells(self, row: Row, fk: vocabulary.FactKind) -> None:
        scratch = URIRef(ID + "fact/scratch")
        saved = self.g
        self.g = Graph()
        try:
            self._status(row, scratch)
            self._validity(row, scratch, HYTE.validDuring)
            self._period(row, "planned", scratch, HYTE.plannedDuring)
            if row.get("role") and fk.role == "role":
                self.role(row, row.get("role"))
            elif (
                row.get("role")
                and fk.role == "responsibility"
                and vocabulary.lookup("responsibility", row.get("role")) is None
            ):
                self.problems.add(
                    row.where("role"),
                    f"unknown kind of responsibility {row.get('role')!r}",
                    "choose one of " + ", ".join(vocabulary.choices("responsibility")),
                )
        finally:
            self.g = saved

    def _entity_row(
        self,
        kid: str,
        row: Row,
        actors: list[URIRef],
        targets: list[URIRef],
        evidence: list[URIRef],
    ) -> None:
        role = None
        if kid == "post":
            if not row.get("role"):
                self.problems.add(
                    row.where("role"),
                    "a post needs its role in the body",
                    "write the role, e.g. chair",
                )
                return
            role = self.role(row, row.get("role"))
        for actor in actors:
            # the evidence belongs to the entity the row describes: the post for its holder
            for described in targets if kid == "holds_post" else [actor]:
                for ev in evidence:
                    self.add(described, HYTE.evidence, ev)
            for target in targets:
                if kid == "post":
                    self.add(actor, ORG.postIn, target)
                    if role is not None:
                        self.add(actor, ORG.role, role)
                elif kid == "holds_post":
                    self.add(target, ORG.heldBy, actor)
                elif kid in ("meeting", "last_meeting"):
                    self.add(actor, HYTE.meetingOf, target)
                    if kid == "last_meeting":
                        self.add(actor, HYTE.isLastMeeting, Literal(True))
                elif kid == "produced":
                    self.add(actor, HYTE.produced, target)
                elif kid == "submitted_to":
                    self.add(actor, HYTE.submittedTo, target)
                elif kid == "change":
                    self.add(actor, ORG.resultingOrganization, target)

    def _fact_node(
        self,
        fk: vocabulary.FactKind,
        row: Row,
        rows: list[Row],
        given_id: str | None,
        actors: list[URIRef],
        targets: list[URIRef],
        evidence: list[URIRef],
    ) -> None:
        kid = fk.id
        for r in rows:  # every cell is checked even if the fact stops at its role
            self._check_cells(r, fk)
        role: URIRef | None = None
        if fk.role == "role":
            if not row.get("role"):
                self.problems.add(
                    row.where("role"),
                    "a membership needs a role",
                    "write the role, e.g. member or chair",
                )
                return
            role = self.role(row, row.get("role"))
            if role is None:
                return
        elif fk.role == "responsibility":
            value = row.get("role") or "responsible"
            rk = vocabulary.lookup("responsibility", value)
            if rk is None:
                self.problems.add(
                    row.where("role"),
                    f"unknown kind of responsibility {value!r}",
                    "choose one of " + ", ".join(vocabulary.choices("responsibility")),
                )
                return
            role = vocabulary.responsibility_kinds()[rk].iri
        elif row.get("role"):
            self.problems.add(
                row.where("role"),
                f"a {kid} has no role",
                "empty the role cell (roles are for memberships and responsibilities)",
            )
        behalf = (
            self.ref(row, "on_behalf_of", row.get("on_behalf_of"))
            if row.get("on_behalf_of")
            else None
        )
        deputy_for = (
            self.ref(row, "deputy_for", row.get("deputy_for")) if row.get("deputy_for") else None
        )
        if (row.get("on_behalf_of") or row.get("deputy_for")) and kid != "membership":
            column = "on_behalf_of" if row.get("on_behalf_of") else "deputy_for"
            self.problems.add(
                row.where(column),
                f"only a membership is held on behalf of someone or as a deputy, not a {kid}",
                "empty the cell, or make the row a membership",
            )
            return
        if kid == "membership":
            if len(actors) != 1 or len(targets) != 1:
                self.problems.add(
                    row.where("target" if len(targets) != 1 else "actor"),
                    "a membership has one member and one body",
                    "write one row per member and body",
                )
                return
            if row.get("on_behalf_of") and role == vocabulary.roles()["representation"].iri:
                self.problems.add(
                    row.where("on_behalf_of"),
                    "with the role representation the party itself is the member",
                    "write the party as the actor, or use "
                    "the role representative for a person who represents it",
                )
                return
            if row.get("deputy_for") and role != vocabulary.roles()["deputy_member"].iri:
                self.problems.add(
                    row.where("deputy_for"),
                    "only a deputy member stands in for a member",
                    "set the role to deputy_member, or empty deputy_for",
                )
                return
            if deputy_for is not None and not self._is_member(deputy_for, targets[0]):
                self.problems.add(
                    row.where("deputy_for"),
                    "the member this deputy stands in for has no membership in the body",
                    "add that member's membership row",
                )
                return
        parts = [kid, sorted(actors), role or "", sorted(targets), behalf or "", deputy_for or ""]
        parts += [
            r.get(c)
            for r in rows
            for c in (
                "start",
                "end",
                "planned",
                "status",
                "context",
                "topic_fi",
                "topic_sv",
                "topic_en",
                "note_fi",
                "note_sv",
                "note_en",
                "until_fi",
                "until_sv",
                "until_en",
            )
        ]
        if given_id:
            iri = as_iri(given_id) or f"{ID}fact/{slug(given_id)}"
        else:
            sources = sorted(
                {str(self.g.value(e, DCTERMS.source)).rsplit("/", 1)[-1] for e in evidence}
            )
            first_source = sources[0] if sources else "fact"
            iri = f"{ID}fact/{first_source}-{kid.replace('_', '-')}-{_hash(*parts)}"
        node = URIRef(iri)
        self.fact_count += 1
        cls = fk.cls
        assert cls is not None
        self.add(node, RDF.type, cls)
        for ev in evidence:
            self.add(node, HYTE.evidence, ev)
        link = {
            "membership": (ORG.member, ORG.organization),
            "responsibility": (HYTE.responsibleAgent, HYTE.responsibilityFor),
            "cooperation": (HYTE.focalParty, HYTE.partner),
            "candidacy": (HYTE.candidate, HYTE.candidateFor),
            "financial_support": (HYTE.supporter, HYTE.recipient),
            "monitoring": (HYTE.monitoringBody, HYTE.monitoredPlan),
            "part_of": (HYTE.part, HYTE.whole),
            "site_presence": (HYTE.siteAgent, HYTE.site),
            "continuation": (HYTE.continuingAgent, None),
            "based_on": (None, PROV.entity),
        }[kid]
        if kid == "cooperation" and len(actors) != 1:
            self.problems.add(
                row.where("actor"),
                "cooperation has one focal party (the one the source says cooperates)",
                "write one fact per focal party",
            )
        actor_prop, target_prop = link
        for actor in actors:
            if actor_prop is not None:
                self.add(node, actor_prop, actor)
            if kid == "based_on":
                self.add(actor, PROV.qualifiedDerivation, node)
        for target in targets:
            if target_prop is not None:
                self.add(node, target_prop, target)
        if kid == "continuation" and targets:
            self.problems.add(
                row.where("target"),
                "a continuation has no target",
                "write the period in context (e.g. 2022) and empty the target",
            )
        if role is not None:
            prop = {"membership": ORG.role, "candidacy": HYTE.soughtRole}
            self.add(node, prop.get(kid, HYTE.responsibilityKind), role)
        for r in rows:
            self._status(r, node)
            self._validity(r, node, ORG.memberDuring if kid == "membership" else HYTE.validDuring)
            self._period(r, "planned", node, HYTE.plannedDuring)
            self._texts(node, r, "topic", HYTE.topic)
            self._texts(node, r, "note", SKOS.note)
            self._texts(node, r, "until", HYTE.until)
            for cell in r.split("context"):
                if kid == "continuation":
                    self._period(
                        Row(r.sheet, r.number, {"context": cell}),
                        "context",
                        node,
                        HYTE.sameArrangementsAsIn,
                    )
                elif kid == "cooperation":
                    if (found := self.ref(r, "context", cell)) is not None:
                        self.add(node, HYTE.context, found)
                else:
                    self.problems.add(
                        r.where("context"),
                        f"a {kid} has no context",
                        "empty the cell (context is for cooperation and continuation)",
                    )
                    break
        if behalf is not None:
            self.add(node, HYTE.represents, behalf)
            party = URIRef(f"{ID}fact/representation-{_last(behalf)}-{_last(targets[0])}")
            self.add(party, RDF.type, ORG.Membership)
            self.add(party, ORG.member, behalf)
            self.add(party, ORG.organization, targets[0])
            self.add(party, ORG.role, vocabulary.roles()["representation"].iri)
            for ev in evidence:
                self.add(party, HYTE.evidence, ev)
        if deputy_for is not None:
            self.add(node, HYTE.deputyFor, deputy_for)

    def _is_member(self, member: URIRef, body: URIRef) -> bool:
        if any(self.g.triples((None, ORG.member, member))) and any(
            (m, ORG.organization, body) in self.g for m in self.g.subjects(ORG.member, member)
        ):
            return True
        for row in self.wb.rows("facts"):
            if (
                vocabulary.lookup("fact", row.get("kind") or "") == "membership"
                and self._refs_quiet(row.get("actor")) == member
                and body in [self._refs_quiet(t) for t in row.split("target")]
            ):
                return True
        if self.store is None:
            return False
        from hytegraph.core import resources

        return bool(
            self.store.select(  # type: ignore[attr-defined]
                resources.read_sparql("authoring_member"), {"member": member, "body": body}
            ).rows
        )

    # -- ambiguities --------------------------------------------------------------------------

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
                for lang in _LANG_COLUMNS:
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


WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"


def _external_iri(text: str) -> URIRef | None:
    """``Q47034`` → Wikidata's entity IRI; a full ``http(s)`` IRI as it is; None otherwise."""
    value = text.strip().strip("<>")
    if re.fullmatch(r"Q[1-9]\d*", value):
        return URIRef(WIKIDATA_ENTITY + value)
    if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value):
        return URIRef(value)
    return None


def _lang_name(text: str) -> tuple[str, str]:
    """``Grankulla@sv`` → (``Grankulla``, ``sv``); without a language: Finnish."""
    if m := re.fullmatch(r"(.*\S)@(fi|sv|en)", text.strip()):
        return m[1], m[2]
    return text.strip(), "fi"


class WorkbookError(HytegraphError):
    """A workbook that cannot be read at all (no sheets, unknown file)."""


__all__ = ["BuildResult", "Builder", "Entity", "Source", "WorkbookError", "as_iri", "slug"]

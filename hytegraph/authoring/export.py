"""Any graph in the project's ontology → a workbook (``hytegraph export --format xlsx|csvdir``).

Every entity, fact, source, item, role, ambiguity and quote becomes rows; the ``id`` cells carry
the IRIs (``org/espoo``, ``fact/chair-...``), so that importing the export gives the same graph
back. Every triple is accounted for: one the workbook cannot say is an error that names it, so a
round trip never loses anything silently. Interval labels are written again by import from the
times themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME

from hytegraph.authoring import dates, tables, vocabulary
from hytegraph.core.namespaces import HYTE, ID
from hytegraph.errors import HytegraphError

_FACT_CLASSES = {
    ORG.Membership: "membership",
    HYTE.Responsibility: "responsibility",
    HYTE.Cooperation: "cooperation",
    HYTE.Candidacy: "candidacy",
    HYTE.FinancialSupport: "financial_support",
    HYTE.Monitoring: "monitoring",
    HYTE.Subordination: "part_of",
    HYTE.SitePresence: "site_presence",
    HYTE.Continuation: "continuation",
    PROV.Derivation: "based_on",
}
_LANGS = ("fi", "sv", "en")


class CannotExport(HytegraphError):
    """A graph with triples the workbook cannot say."""


def _local(term: object) -> str:
    text = str(term)
    return text[len(ID) :] if text.startswith(ID) else text


class Exporter:
    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.used: set[tuple[object, object, object]] = set()
        self.rows: dict[str, list[dict[str, str]]] = defaultdict(list)
        self.sources: dict[str, str] = {}  # source IRI -> language

    # -- helpers ------------------------------------------------------------------------------

    def objects(self, s: object, p: object) -> list:
        out = sorted(self.g.objects(s, p), key=str)  # type: ignore[arg-type]
        for o in out:
            self.used.add((s, p, o))
        return out

    def one(self, s: object, p: object) -> object | None:
        values = self.objects(s, p)
        return values[0] if values else None

    def use_tree(self, node: object) -> None:
        """Mark a blank node's triples (an interval) as said."""
        for p, o in self.g.predicate_objects(node):  # type: ignore[arg-type]
            self.used.add((node, p, o))
            if isinstance(o, BNode):
                self.use_tree(o)

    def texts(self, s: object, p: object, prefix: str, row: dict[str, str]) -> None:
        for value in self.objects(s, p):
            lang = getattr(value, "language", None) or "fi"
            key = f"{prefix}_{lang}"
            row[key] = f"{row[key]} | {value}" if row.get(key) else str(value)

    def status(self, s: object, row: dict[str, str]) -> None:
        if (value := self.one(s, HYTE.status)) is not None:
            row["status"] = str(value).rsplit("/", 1)[-1]

    def validity(self, s: object, p: object, row: dict[str, str]) -> None:
        node = self.one(s, p)
        if node is None:
            return
        self.use_tree(node)
        start = dates.read_instant(self.g, self.g.value(node, TIME.hasBeginning))
        end = dates.read_instant(self.g, self.g.value(node, TIME.hasEnd))
        if start:
            row["start"] = start.text()
        if end:
            row["end"] = end.text()

    def period(self, s: object, p: object, row: dict[str, str], column: str) -> None:
        node = self.one(s, p)
        if node is None:
            return
        value = dates.read_period(self.g, node)
        if value is None:
            return
        self.use_tree(node)
        row[column] = value.text()

    def evidence_cells(self, ev: object) -> dict[str, str]:
        cells = {"evidence": _local(ev)}
        self.used.add((ev, RDF.type, HYTE.Evidence))
        source = self.one(ev, DCTERMS.source)
        item = self.one(ev, HYTE.sourceItem)
        if source is None and item is not None:
            source = self.g.value(item, DCTERMS.isPartOf)
        cells["source"] = _local(source) if source is not None else ""
        if item is not None:
            number = self.g.value(item, HYTE.itemNumber)
            cells["item"] = str(number) if number is not None else ""
        if (respondent := self.one(ev, HYTE.respondent)) is not None:
            cells["respondent"] = _local(respondent)
        quote = self.one(ev, HYTE.quote)
        cells["quote"] = str(quote) if quote is not None else ""
        return cells

    def evidence_of(self, s: object) -> list:
        return self.objects(s, HYTE.evidence)

    # -- sheets -------------------------------------------------------------------------------

    def run(self) -> dict[str, list[dict[str, str]]]:
        typed = defaultdict(set)
        for s, o in self.g.subject_objects(RDF.type):
            typed[s].add(o)
        for s in sorted(typed, key=str):
            types = typed[s]
            if HYTE.SourceDocument in types:
                self.source(s)
        for s in sorted(typed, key=str):
            types = typed[s]
            if HYTE.SourceItem in types:
                self.item(s)
            elif ORG.Role in types and str(s).startswith(ID + "role/"):
                self.role(s)
            elif HYTE.Ambiguity in types:
                self.ambiguity(s)
            elif types & set(_FACT_CLASSES):
                self.fact(
                    s, next(_FACT_CLASSES[t] for t in sorted(types, key=str) if t in _FACT_CLASSES)
                )
            elif (kind := self.kind(types)) is not None:
                self.entity(s, kind)
        for s in typed:
            for t in typed[s]:
                if t in (HYTE.Evidence,):
                    self.used.add((s, RDF.type, t))
        self.check()
        return self.rows

    def kind(self, types: Iterable[object]) -> str | None:
        kinds = vocabulary.kind_of_class()
        found = [kinds[t] for t in types if t in kinds]  # type: ignore[index]
        if not found:
            return None
        # the most specific: the one listed latest among subclasses is not known here, so the
        # one whose class is not a superclass of another's (kinds are listed specific first)
        order = list(vocabulary.entity_kinds())
        return sorted(found, key=order.index)[0]

    def source(self, s: URIRef) -> None:
        lang = str(self.one(s, DCTERMS.language) or "fi")
        self.sources[str(s)] = lang
        row = {"id": _local(s), "language": lang}
        self.used.add((s, RDF.type, HYTE.SourceDocument))
        title = self.one(s, DCTERMS.title)
        row["title"] = str(title) if title is not None else ""
        for label in self.objects(s, SKOS.prefLabel):
            if not (label.language == lang and str(label) == row["title"]):
                row[f"name_{label.language}"] = str(label)
        for column, prop in (
            ("publisher", DCTERMS.publisher),
            ("rights_holder", DCTERMS.rightsHolder),
        ):
            if (value := self.one(s, prop)) is not None:
                row[column] = _local(value)
        if (issued := self.one(s, DCTERMS.issued)) is not None:
            row["date"] = str(issued)
        if (url := self.one(s, DCTERMS.identifier)) is not None:
            row["url"] = str(url)
        if (text_file := self.one(s, HYTE.textFile)) is not None:
            row["file"] = str(text_file)
        self.objects(s, DCTERMS.hasPart)
        self.texts(s, SKOS.note, "note", row)
        self.texts(s, DCTERMS.alternative, "short_title", row)
        self.rows["sources"].append(row)

    def item(self, s: URIRef) -> None:
        self.used.add((s, RDF.type, HYTE.SourceItem))
        source = self.one(s, DCTERMS.isPartOf)
        row = {"source": _local(source), "number": str(self.one(s, HYTE.itemNumber))}
        for label in self.objects(s, SKOS.prefLabel):
            row[f"name_{label.language}"] = str(label)
        if (text := self.one(s, DCTERMS.description)) is not None:
            row["description"] = str(text)
        self.rows["items"].append(row)

    def role(self, s: URIRef) -> None:
        if any(t.iri == s for t in vocabulary.roles().values()):
            return
        row = {"id": _local(s)}
        for t in (ORG.Role, SKOS.Concept):
            self.used.add((s, RDF.type, t))
        self.objects(s, SKOS.inScheme)
        for label in self.objects(s, SKOS.prefLabel):
            row[f"name_{label.language}"] = str(label)
        for text in self.objects(s, SKOS.definition):
            row[f"definition_{text.language}"] = str(text)
        self.rows["roles"].append(row)

    def entity(self, s: URIRef, kind: str) -> None:
        cls = vocabulary.entity_kinds()[kind].iri
        row: dict[str, str] = {"id": _local(s), "kind": kind}
        for t in self.g.objects(s, RDF.type):
            if t == cls or (t in vocabulary.kind_of_class() and t in _superclasses(cls)):
                self.used.add((s, RDF.type, t))
        for label in self.objects(s, SKOS.prefLabel):
            row[f"name_{label.language}"] = str(label)
        for column, prop in (("other_names", SKOS.altLabel), ("hidden_names", SKOS.hiddenLabel)):
            names = [
                str(n) if (n.language or "fi") == "fi" else f"{n}@{n.language}"
                for n in self.objects(s, prop)
            ]
            if names:
                row[column] = " | ".join(names)
        name = self.g.value(s, FOAF.name)
        if name is not None and str(name) == row.get("name_fi"):
            self.used.add((s, FOAF.name, name))
        for value in self.objects(s, ORG.identifier):
            column = {
                str(HYTE.WikidataId): "wikidata",
                str(HYTE.MunicipalityCode): "code",
                str(HYTE.WellbeingServicesCountyCode): "code",
                str(HYTE.BusinessId): "business_id",
            }.get(str(value.datatype))
            if column:
                row[column] = str(value)
            else:
                self.used.discard((s, ORG.identifier, value))
        if (county := self.one(s, HYTE.inWellbeingServicesCounty)) is not None:
            row["county"] = _local(county)
        identical = self.objects(s, OWL.sameAs)
        if identical:
            row["identical_to"] = " | ".join(str(o) for o in identical)
        others = self.objects(s, HYTE.possiblySameAs)
        if others:
            row["possibly_same_as"] = " | ".join(_local(o) for o in others)
        if (members := self.one(s, HYTE.collectiveOf)) is not None:
            row["collective_of"] = vocabulary.kind_of_class().get(members, str(members))  # type: ignore[arg-type]
        self.status(s, row)
        self.validity(s, HYTE.validDuring, row)
        self.period(s, HYTE.plannedDuring, row, "planned")
        self.texts(s, HYTE.topic, "topic", row)
        self.texts(s, SKOS.note, "note", row)
        for prop in (DCTERMS.date, TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear):
            if (value := self.one(s, prop)) is not None:
                row["date"] = str(value)
        evidence = self.evidence_of(s)
        if evidence:
            row.update(self.evidence_cells(evidence[0]))
        for ev in evidence[1:]:
            self.rows["facts"].append(
                {"kind": "mention", "actor": _local(s), **self.evidence_cells(ev)}
            )
        self.rows["entities"].append(row)
        first = self.evidence_cells(evidence[0]) if evidence else {}
        self._entity_links(s, first)

    def _entity_links(self, s: URIRef, ev: dict[str, str]) -> None:
        """Links an entity carries itself: post, meeting, proposal, change, derivations."""

        def add(kind: str, target: object, **cells: str) -> None:
            self.rows["facts"].append(
                {"kind": kind, "actor": _local(s), "target": _local(target), **ev, **cells}
            )

        for body in self.objects(s, ORG.postIn):
            role = self.one(s, ORG.role)
            add(
                "post", body, role=_local(role).rsplit("/", 1)[-1].replace("-", "_") if role else ""
            )
        for holder in self.objects(s, ORG.heldBy):
            self.rows["facts"].append(
                {"kind": "holds_post", "actor": _local(holder), "target": _local(s), **ev}
            )
        last = self.one(s, HYTE.isLastMeeting)
        for body in self.objects(s, HYTE.meetingOf):
            add("last_meeting" if last is not None and last.toPython() else "meeting", body)
        for doc in self.objects(s, HYTE.produced):
            add("produced", doc)
        for body in self.objects(s, HYTE.submittedTo):
            add("submitted_to", body)
        for org in self.objects(s, ORG.resultingOrganization):
            add("change", org)
        for fact in self.objects(s, PROV.qualifiedDerivation):
            del fact  # written with the derivation itself

    def fact(self, s: URIRef, kind: str) -> None:
        for t in self.g.objects(s, RDF.type):
            if t in _FACT_CLASSES:
                self.used.add((s, RDF.type, t))
        actor_prop, target_prop = vocabulary.FACT_LINKS[kind]
        actors = self.objects(s, actor_prop) if actor_prop else []
        if kind == "based_on":
            actors = sorted(self.g.subjects(PROV.qualifiedDerivation, s), key=str)
            for a in actors:
                self.used.add((a, PROV.qualifiedDerivation, s))
        targets = self.objects(s, target_prop) if target_prop else []
        if kind == "membership" and self._implied(s):
            return
        row: dict[str, str] = {"kind": kind, "id": _local(s)}
        role_prop = {"membership": ORG.role, "candidacy": HYTE.soughtRole}.get(
            kind, HYTE.responsibilityKind
        )
        role = self.one(s, role_prop)
        if role is not None:
            rid = next((k for k, t in vocabulary.roles().items() if t.iri == role), None)
            rid = rid or next(
                (k for k, t in vocabulary.responsibility_kinds().items() if t.iri == role), None
            )
            row["role"] = rid or _local(role)
        if (behalf := self.one(s, HYTE.represents)) is not None:
            row["on_behalf_of"] = _local(behalf)
        if (deputy := self.one(s, HYTE.deputyFor)) is not None:
            row["deputy_for"] = _local(deputy)
        self.status(s, row)
        self.validity(s, ORG.memberDuring if kind == "membership" else HYTE.validDuring, row)
        self.period(s, HYTE.plannedDuring, row, "planned")
        if kind == "continuation":
            self.period(s, HYTE.sameArrangementsAsIn, row, "context")
        contexts = self.objects(s, HYTE.context)
        if contexts:
            row["context"] = " | ".join(_local(c) for c in contexts)
        self.texts(s, HYTE.topic, "topic", row)
        self.texts(s, SKOS.note, "note", row)
        self.texts(s, HYTE.until, "until", row)
        evidence = self.evidence_of(s)
        count = max(len(actors), len(targets), len(evidence), 1)
        for i in range(count):
            r = dict(row) if i == 0 else {"id": row["id"]}
            if i < len(actors):
                r["actor"] = _local(actors[i])
            if i < len(targets):
                r["target"] = _local(targets[i])
            if i < len(evidence):
                r.update(self.evidence_cells(evidence[i]))
            self.rows["facts"].append(r)

    def _implied(self, s: URIRef) -> bool:
        """A party's representation that import writes from a representative's row."""
        member = self.g.value(s, ORG.member)
        body = self.g.value(s, ORG.organization)
        member_id, body_id = str(member).rsplit("/", 1)[-1], str(body).rsplit("/", 1)[-1]
        expected = f"{ID}fact/representation-{member_id}-{body_id}"
        if str(s) != expected:
            return False
        for p, o in self.g.predicate_objects(s):
            self.used.add((s, p, o))
        return True

    def ambiguity(self, s: URIRef) -> None:
        self.used.add((s, RDF.type, HYTE.Ambiguity))
        first: dict[str, str] = {"id": _local(s)}
        for label in self.objects(s, SKOS.prefLabel):
            first[f"question_{label.language}"] = str(label)
        concerns = self.objects(s, HYTE.concerns)
        readings: dict[str, list[str]] = defaultdict(list)
        for text in self.objects(s, HYTE.reading):
            readings[text.language or "fi"].append(str(text))
        evidence = self.evidence_of(s)
        count = max(
            len(concerns), max((len(v) for v in readings.values()), default=0), len(evidence), 1
        )
        for i in range(count):
            r = dict(first) if i == 0 else {"id": first["id"]}
            if i < len(concerns):
                r["concerns"] = _local(concerns[i])
            for lang, texts in readings.items():
                if i < len(texts):
                    r[f"reading_{lang}"] = texts[i]
            if i < len(evidence):
                r.update(self.evidence_cells(evidence[i]))
            self.rows["ambiguities"].append(r)

    def check(self) -> None:
        left = [t for t in self.g if t not in self.used and not isinstance(t[0], BNode)]
        # the evidence nodes' own triples are said through the rows that cite them
        cited = {
            URIRef(ID + r["evidence"])
            for rows in self.rows.values()
            for r in rows
            if r.get("evidence")
        }
        left = [t for t in left if t[0] not in cited]
        if left:
            shown = "\n".join(f"  <{s}> <{p}> {o.n3()}" for s, p, o in sorted(left, key=str)[:10])
            raise CannotExport(
                f"{len(left)} triple(s) cannot be said in a workbook:\n{shown}",
                hint="These use terms the workbook has no column for; export the graph as "
                "Turtle (--format ttl) instead, or leave them out of the data.",
            )


def _superclasses(cls: URIRef) -> set[URIRef]:
    from hytegraph.core import rdfio, resources

    graph = _ontology_graph()
    out = {cls}
    todo = [cls]
    while todo:
        for parent in graph.objects(todo.pop(), RDFS.subClassOf):
            if isinstance(parent, URIRef) and parent not in out:
                out.add(parent)
                todo.append(parent)
    del rdfio, resources
    return out


def _ontology_graph() -> Graph:
    import functools

    @functools.lru_cache(maxsize=1)
    def load() -> Graph:
        from hytegraph.core import rdfio, resources

        return rdfio.read_graph(resources.ontology_file())

    return load()


def workbook_tables(graph: Graph) -> dict[str, tables.Table]:
    """``graph`` (data, without the ontology and derived triples) as the workbook's tables."""
    rows = Exporter(graph).run()
    out = {}
    for sheet in ("sources", "items", "roles", "entities", "facts", "ambiguities"):
        sheet_rows = rows.get(sheet, [])
        if sheet_rows or sheet in ("sources", "entities", "facts"):
            out[sheet] = tables.Table(tables.used_columns(sheet, sheet_rows), sheet_rows)
    return out


def data_graph(store: object) -> tuple[Graph, list[Path]]:
    """The data files of a loaded graph (not the ontology, nothing derived), and their
    folders (where their source texts are)."""
    from hytegraph.core import rdfio, resources

    info = getattr(store, "info", None)
    if info is None or not info.files:
        raise HytegraphError(
            "a workbook export reads the graph's data files; this store has none",
            hint="Run it on local data, not with --endpoint.",
        )
    ontology = resources.ontology_file().resolve()
    graph = Graph()
    for path in info.files:
        if Path(path).resolve() != ontology:
            for triple in rdfio.read_triples(path):
                graph.add(triple)
    return graph, list(info.data_dirs)


def write_workbook(store: object, fmt: str, output: Path) -> list[Path]:
    """Export the data of ``store`` as ``.xlsx`` (``fmt`` xlsx) or a CSV folder (csvdir), with
    the source texts copied beside it; the paths written."""
    from hytegraph.core import sourcetext
    from hytegraph.core.atomic import atomic_write_many

    graph, data_dirs = data_graph(store)
    data = workbook_tables(graph)
    files: dict[Path, bytes | str] = {}
    folder = output.parent if fmt == "xlsx" else output
    for row in data["sources"].rows:
        if name := row.get("file"):
            path = sourcetext.resolve(name, data_dirs)
            if path is not None:
                files[folder / name] = sourcetext.read(path)
    if fmt == "xlsx":
        files[output] = tables.xlsx_bytes(data)
    else:
        if output.exists() and not output.is_dir():
            raise HytegraphError(
                f"{output} is a file; csvdir needs a folder", hint="Give a folder name with -o."
            )
        for sheet, table in data.items():
            files[output / f"{sheet}.csv"] = tables.csv_bytes(table)
    atomic_write_many(files)
    return sorted(files)


__all__ = ["CannotExport", "data_graph", "workbook_tables", "write_workbook"]

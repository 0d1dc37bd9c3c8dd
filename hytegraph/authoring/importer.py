"""``hytegraph import``: a workbook (or a membership register) checked, matched and written as
one Turtle file beside its source texts.

Every problem is collected first (:class:`~hytegraph.authoring.problems.ImportFailed` lists them
all) and then nothing is written. Otherwise the Turtle and the copies of the source texts are
written together, atomically (:func:`hytegraph.core.atomic.atomic_write_many`).

The output is never clobbered by accident: a file that exists is replaced only when its first
line says import wrote it (:data:`MARKER`); a source text that exists is replaced only by the
same text. Importing the same workbook again gives the same bytes: the file being replaced is
left out of the graph the workbook is matched against.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import rdflib

from hytegraph.authoring import tables, turtle
from hytegraph.authoring.matching import GraphFacts, relative
from hytegraph.authoring.problems import ImportFailed, Problems
from hytegraph.authoring.tograph import Builder, BuildResult, Entity
from hytegraph.errors import HytegraphError

if TYPE_CHECKING:
    from hytegraph.store.base import Store

#: The first line of every file import writes; only such a file is replaced by an import.
MARKER = "Written by hytegraph import"


def read_inputs(
    paths: Sequence[Path], *, source: str | None = None, columns: Mapping[str, str] | None = None
) -> tables.Workbook:
    """One workbook from ``.xlsx`` files, CSV folders and membership registers (a ``.csv``
    file, which needs ``source``)."""
    from hytegraph.authoring.register import read_register
    from hytegraph.errors import MissingFile

    merged: tables.Workbook | None = None
    for path in paths:
        if not path.exists():
            raise MissingFile(path, "workbook")
        if path.is_file() and path.suffix.lower() == ".csv":
            if not source:
                raise HytegraphError(
                    f"{path} is a membership register: it needs the source it comes from",
                    hint="Give --source ID, the id of a sources row (in a workbook imported "
                    "with it, or one the graph already has).",
                )
            book = read_register(path, source, columns)
        else:
            book = tables.read(path)
        if merged is None:
            merged = book
        else:
            merged.merge(book)
    if merged is None:
        raise HytegraphError("no workbook given", hint="Give an .xlsx file or a folder.")
    return merged


def _register_people(workbook: tables.Workbook) -> None:
    """A register names people: those no workbook entity names become person entities."""
    from hytegraph.store.names import normalise

    named = {
        normalise(n)
        for row in workbook.rows("entities")
        for n in (row.get("id"), row.get("name_fi"), row.get("name_sv"), row.get("name_en"))
        if n
    }
    for row in list(workbook.rows("facts")):
        if not row.titles:  # not a register row
            continue
        name = row.get("actor")
        if name and normalise(name) not in named:
            named.add(normalise(name))
            workbook.sheets.setdefault("entities", []).append(
                tables.Row(
                    row.sheet,
                    row.number,
                    {
                        "id": name,
                        "kind": "person",
                        "name_fi": name,
                        "source": row.get("source"),
                        "quote": row.get("quote"),
                    },
                    dict(row.titles)
                    | {
                        "id": row.titles.get("actor", "actor"),
                        "name_fi": row.titles.get("actor", "actor"),
                    },
                )
            )


@dataclass
class ImportReport:
    """What an import found and (unless a dry run) wrote."""

    output: Path
    result: BuildResult
    turtle: str
    copies: dict[Path, str] = field(default_factory=dict)
    written: bool = False

    def preview(self) -> list[str]:
        """Each entity: matched (and why), new, or to decide."""
        return preview(self.result)

    def summary(self) -> list[str]:
        entities = [e for e in self.result.entities if e.iri]
        new = sum(1 for e in entities if e.decision and e.decision.status == "new")
        kinds = Counter(
            str(o).rsplit("#", 1)[-1]
            for s, o in self.result.triples.subject_objects(rdflib.RDF.type)
            if "/fact/" in str(s)
        )
        facts = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no facts"
        verb = "would add" if not self.written else "added"
        return [
            f"{verb} to {self.output}: {len(entities)} entities ({new} new, "
            f"{len(entities) - new} already in the graph), {facts}; "
            f"{self.result.evidence} quotes from {len(self.result.sources)} source(s)"
        ]


def _entity_order(entity: Entity) -> tuple[int, int]:
    return (entity.row.number, 0)


def preview(result: BuildResult) -> list[str]:
    """What became of each entity, in the order of the entities sheet: ``same`` (the graph's
    entity, and why), ``new``, or ``decide`` (the candidates; the problems say how)."""
    lines = []
    for entity in sorted(result.entities, key=_entity_order):
        d = entity.decision
        name = entity.row.get("name_fi") or entity.row.get("name_sv") or entity.id
        if d is None:
            continue
        if d.status == "decide":
            shown = "; ".join(f"{c.label} ({relative(c.iri)})" for c in d.candidates)
            lines.append(f"decide {name} ({entity.kind.id}): {shown}?")
        elif not entity.iri:
            continue
        elif d.status == "same":
            lines.append(f"same  {name} → {relative(entity.iri)}: {d.reason or 'same'}")
        else:
            lines.append(f"new   {name} ({entity.kind.id}) → {relative(entity.iri)}")
    return lines


def build(
    workbook: tables.Workbook,
    *,
    store: object | None = None,
    data_dirs: Sequence[Path] = (),
    problems: Problems | None = None,
) -> BuildResult:
    """The graph of ``workbook``, matched against ``store`` (None: standalone); raises
    :class:`ImportFailed` with every problem."""
    problems = problems if problems is not None else Problems()
    for missing in ("sources", "entities", "facts"):
        if missing not in workbook.sheets and not (missing != "facts" and workbook.rows("facts")):
            problems.add(
                None,
                f"the workbook has no {missing} sheet",
                f"add a sheet (or {missing}.csv) named {missing}",
            )
    for where in workbook.unknown_headers:
        problems.add(
            where,
            f"the header {where.column!r} names no column",
            "use a column id of docs/authoring.md (or its title), or delete the column",
        )
    facts = None
    if store is not None:
        from hytegraph.store.names import index_for

        facts = GraphFacts(store, index_for(store))  # type: ignore[arg-type]
    if workbook.texts:
        _register_people(workbook)
    builder = Builder(
        workbook, store=store, graph_facts=facts, problems=problems, data_dirs=data_dirs
    )
    result = builder.build()
    if problems:
        raise ImportFailed(workbook.name, problems.sorted(), preview(result))
    return result


def read_workbook(path: str | Path, base: Store | None = None) -> rdflib.Graph:
    """The graph a workbook states, for loading it as data (``--data DIR`` with a workbook in
    it), checked as ``hytegraph import`` checks it and written nowhere.

    ``path`` is an ``.xlsx`` file or a folder of CSV files (``sources.csv``, ``entities.csv``,
    ``facts.csv``, ...). ``base`` is the graph the workbook joins (a loaded store): names of
    entities it already has resolve to them, entities match it (identifiers, names, ``same_as``)
    and quotes of its sources are checked against their texts; without it the workbook stands
    alone and every name must be an entity of its own. The graph is what ``import`` would write,
    except that ``hyte:textFile`` is the ``file`` cell as written, relative to the workbook's
    folder (import copies the texts to ``sources/`` beside its output instead): a loader that
    checks quotes gives that folder as a data folder.

    Raises :class:`~hytegraph.authoring.problems.ImportFailed` listing every problem at its
    place (``facts!7:quote``, its ``problems`` attribute), or another
    :class:`~hytegraph.errors.HytegraphError` when ``path`` is not a workbook at all.
    """
    workbook = read_inputs([Path(path)])
    data_dirs = list(getattr(getattr(base, "info", None), "data_dirs", None) or [])
    result = build(workbook, store=base, data_dirs=data_dirs)
    triples = result.triples
    # the texts are where the workbook has them, not copied
    from rdflib import Literal

    from hytegraph.core.namespaces import HYTE

    files = {row.get("id"): row.get("file") for row in workbook.rows("sources")}
    for source in result.sources:
        if files.get(source.id):
            node = rdflib.URIRef(source.iri)
            triples.remove((node, HYTE.textFile, None))
            triples.add((node, HYTE.textFile, Literal(files[source.id])))
    return triples.to_graph()


def import_workbook(
    inputs: Sequence[Path],
    *,
    output: Path | None = None,
    dry_run: bool = False,
    load_base: Callable[[Path], object] | None = None,
    source: str | None = None,
    columns: Mapping[str, str] | None = None,
) -> ImportReport:
    """Import ``inputs`` into ``output`` (default ``data/NAME.ttl``). ``load_base(output)``
    gives the graph to match against without ``output`` itself (None: standalone)."""
    from hytegraph.core.atomic import atomic_write_many

    workbook = read_inputs(inputs, source=source, columns=columns)
    if output is None:
        output = Path("data") / f"{inputs[0].stem if inputs[0].is_file() else inputs[0].name}.ttl"
    problems = Problems()
    if output.exists() and not _ours(output):
        problems.add(
            None,
            f"{output} exists and was not written by hytegraph import",
            "choose another file with -o (import never replaces a file written by hand)",
        )
    store = load_base(output) if load_base is not None else None
    data_dirs = list(getattr(getattr(store, "info", None), "data_dirs", []) or [])
    result = build(workbook, store=store, data_dirs=data_dirs, problems=problems)
    names = ", ".join(p.name for p in inputs)
    text = turtle.serialize(
        result.triples,
        [
            f"{MARKER} from {names}: edit the workbook and import it again rather than this file.",
            "Every fact cites a verbatim quote of its source; shortcut properties are derived "
            "at load time.",
        ],
    )
    copies: dict[Path, str] = {}
    for src in result.sources:
        if src.raw is None:
            continue
        target = output.parent / src.copy_as
        if target.exists() and target.read_text(encoding="utf-8", errors="replace") != src.raw:
            problems.add(
                None,
                f"{target} exists with another text",
                f"delete or rename it if the text of source {src.id} has changed, or give "
                "the source another id",
            )
        copies[target] = src.raw
    if problems:
        raise ImportFailed(workbook.name, problems.sorted(), preview(result))
    report = ImportReport(output, result, text, copies)
    if not dry_run:
        atomic_write_many({output: text, **copies})
        report.written = True
    return report


def _ours(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            return MARKER in f.readline()
    except OSError:
        return False


__all__ = [
    "MARKER",
    "ImportReport",
    "build",
    "import_workbook",
    "preview",
    "read_inputs",
    "read_workbook",
]

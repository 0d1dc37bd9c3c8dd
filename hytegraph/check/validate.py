"""Check a graph: SHACL shapes (``ontology/shapes.ttl``, via pyshacl) over the data and its RDFS
entailment with the vendored W3C vocabularies, OWL 2 RL consistency, derived facts, and
integrity checks.

With the vocabularies' meaning (:mod:`hytegraph.check.reasoning`, all in the SPARQL engine):

- the shapes see what ORG and PROV-O entail (a node that is ``org:subOrganizationOf``
  something is an ``org:Organization``, whatever its own type says);
- the graph must be consistent under OWL 2 RL with ORG, PROV-O and the ontology (no node in
  two disjoint classes, ...);
- every shortcut triple (``hyte:chairs``, ``hyte:cooperatesWith``, ``org:memberOf``, ...) must
  be one the rules in ``ontology/rules/`` derive from the stated facts.

Integrity checks, which SHACL cannot express against files outside the graph:

- every ``hyte:quote`` occurs in the text of its source document (whitespace normalised);
- every IRI in the instance space used as an object is described (has an ``rdf:type``);
- every named entity has a Finnish ``skos:prefLabel``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node

from hytegraph.check.shapes import shape_name
from hytegraph.core import rdfio, resources, sourcetext
from hytegraph.core.namespaces import ID, SH, qname
from hytegraph.errors import HytegraphError, UnsupportedShape
from hytegraph.query import labels as labels_mod
from hytegraph.store import Store

if TYPE_CHECKING:
    from hytegraph.check.entailment import Entailment
    from hytegraph.check.reasoning import Inconsistency as reasoning_Inconsistency
    from hytegraph.check.shacl import CompiledShapes
    from hytegraph.check.shacl import Result as ShaclResult
    from hytegraph.store import OxigraphStore

VIOLATION = "Violation"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the graph: which entity, which property, what and how to fix it."""

    focus: Node
    focus_label: str
    path: str | None
    component: str
    message: str
    hint: str
    severity: str = VIOLATION

    def format(self) -> str:
        where = (
            f"{self.focus_label} <{self.focus}>"
            if isinstance(self.focus, URIRef)
            else (self.focus_label)
        )
        lines = [f"{self.severity.upper()}: {where}"]
        what = f"{self.path}: {self.message}" if self.path else self.message
        lines.append(f"  what: {what} [{self.component}]")
        if self.hint:
            lines.append(f"  fix:  {self.hint}")
        return "\n".join(lines)


@dataclass
class ValidationReport:
    """All problems found; the graph is valid when none of them is a violation."""

    problems: list[Problem] = field(default_factory=list)
    triples: int = 0

    @property
    def ok(self) -> bool:
        return not any(p.severity == VIOLATION for p in self.problems)

    @property
    def violations(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == VIOLATION]

    def format(self) -> str:
        """The report as a person reads it: one block per problem, then a verdict."""
        if not self.problems:
            return f"Valid: {self.triples} triples, no problems found.\n"
        blocks = [p.format() for p in self.problems]
        n = len(self.violations)
        verdict = (
            f"Invalid: {n} violation(s), {len(self.problems) - n} other finding(s)."
            if n
            else f"Valid with {len(self.problems)} warning(s)."
        )
        return "\n\n".join(blocks) + "\n\n" + verdict + "\n"

    def __str__(self) -> str:
        return self.format()

    def rows(self) -> list[dict[str, str | None]]:
        """Problems as plain rows for :mod:`hytegraph.views.output`."""
        return [
            {
                "severity": p.severity,
                "focus": str(p.focus),
                "label": p.focus_label,
                "path": p.path,
                "component": p.component,
                "message": p.message,
                "hint": p.hint,
            }
            for p in self.problems
        ]


def validate(
    source: Store | Sequence[str | Path] = (),
    *,
    shapes: Path | None = None,
    data_dirs: Sequence[Path] | None = None,
    lang: str = "fi",
    rules: Sequence[Path] | None = None,
    timings: dict[str, float] | None = None,
    shapes_in_thread: bool = True,
) -> ValidationReport:
    """Validate a loaded store, or load ``source`` (extra data files) with the bundled data first.

    ``shapes`` defaults to ``ontology/shapes.ttl``; ``data_dirs`` (where source texts are looked
    up) defaults to the folders the store was loaded from; ``rules`` (what may be derived)
    defaults to ``ontology/rules/*.rq``. ``timings``, if given, receives the seconds each step
    took. ``shapes_in_thread``: above :data:`SHACL_BESIDE_MAX_TRIPLES`, check the shapes that
    read nothing the entailment adds in a thread beside it (off where other processes already
    keep both cores busy, as beside ``build``'s steps: there the thread only adds memory).

    Every step runs in the SPARQL engine on an in-memory working copy of the graph, so that
    the whole takes a few times what loading the graph takes, whatever its size: the shortcut
    triples are re-derived by the rules (or, for a graph opened from the cache whose files
    state none, read back from what the cache's first load derived with the same rules); the
    integrity checks run; the vendored vocabularies are added and OWL 2 RL consistency is
    checked from the schema, one query per axiom (:mod:`hytegraph.check.consistency`); the
    RDFS entailment is materialised and the shapes, compiled into SPARQL
    (:mod:`hytegraph.check.shacl`), are checked. Where the schema alone would not decide
    consistency exactly (nodes that may be the same, axioms whose rules read two facts), what
    it needs is then copied out, entailed and checked (:mod:`hytegraph.check.reasoning`).
    """
    if isinstance(source, Store):
        store = source
    else:
        from hytegraph.store.load import load_graph

        store = load_graph(list(source))
    if data_dirs is None:
        data_dirs = store.info.data_dirs if store.info is not None else [resources.data_dir()]
    from hytegraph.check import reasoning
    from hytegraph.check.consistency import schema_inconsistencies
    from hytegraph.check.entailment import apply_entailment, plan_entailment

    clock = _Clock(timings)
    rule_files = list(resources.rule_files() if rules is None else rules)
    # steps beside the main thread, on the second core: pyoxigraph releases the GIL
    beside = ThreadPoolExecutor(max_workers=2)
    # the shapes and the rules' templates are read (rdflib, pure Python) beside the working
    # copy's parse (pyoxigraph); nothing else parses SPARQL with rdflib meanwhile (its parser
    # is not safe across threads), and their errors come first, as when read before it
    preparing = beside.submit(_prepare, shapes, rule_files)

    def integrity_step(graph: Store) -> list[Problem]:
        with clock("integrity"):
            return integrity_problems(graph, data_dirs, lang=lang)

    # a cache entry keeps what the rules derived from its files: read back, not derived again
    derived = _cached_derived(store, rule_files) if rules is None else None
    early: _EarlyShapes | None = None
    try:
        try:
            work, unsupported, counted = _working_graph(
                store, rule_files, derived, clock, preparing
            )
        except BaseException:
            if preparing.exception() is not None:
                raise preparing.exception() from None  # type: ignore[misc]
            raise
        shapes_graph, compiled, read = preparing.result()
        problems = shortcut_problems(work, unsupported, lang)
        # a count of the in-memory store reads every triple (about 0.5 s at 3M triples): the
        # one made when the derived triples were read back is used where there is one
        triples = counted if counted is not None else len(work)
        # the vocabularies' triples name no node of the instance space, which is all the
        # integrity checks read: they are added first, so that the integrity checks and the
        # consistency checks can read the working copy side by side
        reasoning.add_vocabularies(work)
        # the shapes that read nothing the entailment adds or the vocabularies' own terms
        # take are checked now, in a process of its own beside the integrity and consistency
        # checks and the entailment (a thread would share the interpreter with them); that
        # process also finds what the entailment adds (read-only). Forked before the checks
        # start: no other thread is then at work.
        early = (
            _EarlyShapes.start(work, compiled, read)
            if triples <= SHACL_BESIDE_MAX_TRIPLES
            else None
        )
        running = beside.submit(integrity_step, work)

        def consistency_step(
            copy: OxigraphStore,
        ) -> tuple[list[reasoning_Inconsistency], list[reasoning_Inconsistency] | None]:
            with clock("OWL 2 RL consistency"):
                # literals are checked on the data as stated; the rest from the schema, one
                # query per axiom, or where that would not be exact by a closure after the
                # shapes. The types and property triples the entailment below adds meanwhile
                # are ones those queries derive already: they change no finding.
                literal = reasoning.inconsistencies(copy, only=reasoning.LITERAL_CHECKS)
                return literal, schema_inconsistencies(copy)

        checking = beside.submit(consistency_step, work)
        integrity = running.result()  # the entailment must not add types under it
        engine = reasoning.engine_of(work)
        # above the limit nothing is forked: the same early parts are checked in a thread
        # beside the entailment's INSERTs instead (pyoxigraph runs those without the GIL),
        # on the second core that the integrity checks have just left
        threaded: Future[tuple[list[ShaclResult], float]] | None = None
        with clock("RDFS entailment"):
            plan, early_parts = early.plan() if early is not None else (None, set())
            if early is None or early.failed:
                plan = plan_entailment(work, read)
            if early is None and _SHACL_BESIDE and shapes_in_thread:
                early_parts = _early_parts(work, compiled, plan)
                if early_parts:
                    threaded = beside.submit(_early_in_thread, engine, compiled, early_parts)
            if plan is not None:
                apply_entailment(work, plan)
            found, from_schema = checking.result()
            # the whole closure where the restricted one is not exact, or the consistency
            # closure needs it; it adds what the early checks may read: they are made again
            whole = from_schema is None or plan is None
            if whole:
                if threaded is not None:  # its results are not used; not run beside the closure
                    threaded.cancel()
                    with contextlib.suppress(Exception):
                        threaded.result()
                reasoning.rdfs_closure(work)
        with clock("SHACL"):
            reasoning.set_vocabularies_aside(work)
            if whole:
                early_parts = set()
            late = [p for p in compiled.parts() if p not in early_parts]
            results = compiled.validate(engine, parts=late) if late else []
            if early is not None and early_parts:
                with clock("SHACL: waiting for the checks beside"):
                    early_results = early.results(clock)
                if early_results is None:  # the child failed: its parts are checked here
                    early_results = compiled.validate(engine, parts=early_parts)
                results = _merged(results, early_results)
            elif threaded is not None and early_parts:
                with clock("SHACL: waiting for the checks beside"):
                    early_results, seconds = threaded.result()
                if clock.timings is not None:
                    clock.timings["SHACL in a thread beside the entailment"] = round(seconds, 3)
                results = _merged(results, early_results)
            reasoning.restore_vocabularies(work)
            problems += shacl_problems(work, shapes_graph, results, lang=lang)
    finally:
        beside.shutdown(wait=True)
        if early is not None:
            early.close()
    with clock("OWL 2 RL consistency"):
        found += from_schema if from_schema is not None else _closure_inconsistencies(work)
        del work
        problems += consistency_problems(store, sorted(set(found), key=_inconsistency_key), lang)
    # The shapes may already report a missing Finnish label; say it once.
    label_paths = {qname(str(SKOS.prefLabel))}
    reported = {p.focus for p in problems if p.path in label_paths}
    problems += [
        p
        for p in integrity
        if not (p.component == "integrity:missing-finnish-label" and p.focus in reported)
    ]
    return ValidationReport(problems=sorted(problems, key=_sort_key), triples=triples)


def _prepare(
    shapes: Path | None, rule_files: Sequence[Path]
) -> tuple[rdflib.Graph, CompiledShapes, set[URIRef] | None]:
    """The shapes graph, the shapes compiled, what they read (:func:`shapes_read`), and the
    kinds of triple the rules derive (read once per process and kept)."""
    from hytegraph.check import reasoning
    from hytegraph.check.entailment import shapes_read

    shapes_graph = rdfio.read_graph(shapes if shapes is not None else resources.shapes_file())
    compiled = _compile(shapes_graph)
    read = shapes_read(compiled)
    reasoning.shortcut_patterns(rule_files)
    return shapes_graph, compiled, read


def _early_parts(
    work: OxigraphStore, compiled: CompiledShapes, plan: Entailment | None
) -> set[tuple[Node, Node]]:
    """The parts of ``compiled`` (:meth:`CompiledShapes.parts`) whose checks find on ``work``
    now (before ``plan`` is applied and the vocabularies are set aside for the shapes) what
    they find after: those that read no IRI the two change
    (:func:`~hytegraph.check.entailment.changed_for_shapes`). None where the entailment is not
    the restricted one."""
    from hytegraph.check import reasoning
    from hytegraph.check.entailment import changed_for_shapes, part_reads

    if plan is None:
        return set()
    changed = changed_for_shapes(work, plan, reasoning.vocabulary_terms())
    if changed is None:
        return set()
    return {
        part
        for part, read in part_reads(compiled).items()
        if read is not None and not (read & changed)
    }


#: Whether the shapes that read nothing the entailment adds are checked beside it.
_SHACL_BESIDE = True

#: The most triples a working copy may hold for those shapes to be checked beside the
#: entailment. The forked process shares the working copy with this one only until the
#: entailment writes into it; at 3 million triples the two together held 3.8 GB against 2.4 GB
#: one after the other, which would take a whole ``build`` past the 4 GB it must stay under.
SHACL_BESIDE_MAX_TRIPLES = 1_500_000


class _EarlyShapes:
    """The shapes that read nothing the entailment adds (:func:`_early_parts`), checked in a
    forked process on the working copy as it is (shared with this process until either
    writes), while this process runs the integrity and consistency checks and the
    entailment. The child first finds what the entailment adds (:func:`plan_entailment`,
    read-only) and sends it, then the results of those shapes."""

    def __init__(self, work: OxigraphStore, compiled: CompiledShapes, read: object) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.receiving, sending = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_early_child, args=(work, compiled, read, sending), daemon=True
        )
        self.process.start()
        sending.close()
        #: True once the child could not say what the entailment adds (this process then
        #: finds it, and with it the error the child met).
        self.failed = False

    @classmethod
    def start(
        cls, work: OxigraphStore, compiled: CompiledShapes, read: object
    ) -> _EarlyShapes | None:
        """The checks started, or None where this platform does not fork (or they are off)."""
        import multiprocessing

        if not _SHACL_BESIDE or "fork" not in multiprocessing.get_all_start_methods():
            return None
        return cls(work, compiled, read)

    def _receive(self) -> tuple[object, ...] | None:
        try:
            return self.receiving.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            return None

    def plan(self) -> tuple[Entailment | None, set[tuple[Node, Node]]]:
        """What the entailment adds, and the parts checked in the child."""
        message = self._receive()
        if message is None or message[0] != "plan":
            self.failed = True
            return None, set()
        _kind, plan, parts = message
        return plan, parts  # type: ignore[return-value]

    def results(self, clock: _Clock) -> list[ShaclResult] | None:
        """The child's results, or None if it failed (its parts are then checked here)."""
        if self.failed:
            return None
        message = self._receive()
        if message is None or message[0] != "results":
            return None
        _kind, results, seconds = message
        if clock.timings is not None:
            clock.timings["SHACL beside the entailment"] = round(seconds, 3)  # type: ignore[arg-type]
        return results  # type: ignore[return-value]

    def close(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.receiving.close()


def _early_child(
    work: OxigraphStore, compiled: CompiledShapes, read: object, sending: object
) -> None:
    """In the forked process: what the entailment adds, then the early shapes' results."""
    from hytegraph.check import reasoning
    from hytegraph.check.entailment import plan_entailment

    send = sending.send  # type: ignore[attr-defined]
    try:
        plan = plan_entailment(work, read)  # type: ignore[arg-type]
        parts = _early_parts(work, compiled, plan)
    except BaseException:  # this process finds it again, and raises the error
        send(("failed",))
        return
    send(("plan", plan, parts))
    # the checks here take what the parent leaves of the two cores (its threads wait on the
    # interpreter's lock and on each other), not its share: the parent's path is the longer
    with contextlib.suppress(OSError):
        os.nice(10)
    started = time.perf_counter()
    try:
        results = compiled.validate(reasoning.engine_of(work), parts=parts) if parts else []
    except BaseException:  # the parent checks these parts itself, and raises the error
        send(("failed",))
        return
    send(("results", results, time.perf_counter() - started))


def _early_in_thread(
    engine: pyoxigraph.Store, compiled: CompiledShapes, parts: set[tuple[Node, Node]]
) -> tuple[list[ShaclResult], float]:
    """The early parts' results (:func:`_early_parts`), checked in a thread of this process
    while the entailment is added, and the seconds they took. They read nothing the
    entailment, the schema's closure or the vocabularies set aside change, so every state of
    the working copy in between gives them the same results."""
    started = time.perf_counter()
    results = compiled.validate(engine, parts=parts)
    return results, time.perf_counter() - started


def _merged(first: list[ShaclResult], second: list[ShaclResult]) -> list[ShaclResult]:
    """Two sorted lists of SHACL results as one, sorted as one run over all parts sorts
    them."""
    from hytegraph.check.shacl import result_key

    return sorted([*first, *second], key=result_key)


def _working_graph(
    store: Store,
    rule_files: Sequence[Path],
    derived: tuple[Path, int] | None,
    clock: _Clock,
    preparing: Future[object] | None = None,
) -> tuple[OxigraphStore, list[tuple[Node, Node, Node]], int | None]:
    """An in-memory working copy of ``store`` with what the rules derive, the shortcut
    triples the files state that no rule derives, and how many triples the copy holds where
    that was counted on the way (else None). ``derived``: the cache entry's file of derived
    triples (:func:`_cached_derived`); ``preparing``: the shapes and rules being read beside
    (:func:`_prepare`), waited for once the copy is made."""
    from hytegraph.check import reasoning

    with clock("working copy"):
        work = reasoning.working_copy(store)
    if preparing is not None:
        preparing.result()  # before the rules' templates are read below
    with clock("derived shortcuts"):
        stated = reasoning.has_shortcut_triples(work, rule_files)
        if derived is not None and not stated:
            # No shortcut triple is stated, so none can be unsupported; and the rules (positive,
            # so with one fixpoint) derive from the files what the cache's first load derived
            # from the same files with the same rules: that is read back instead.
            counted = _add_derived(work, store, *derived)
            if counted is not None:
                return work, [], counted
            del work  # not what the entry records: made again, and the rules run on it
            work = reasoning.working_copy(store)
        return work, reasoning.unsupported_shortcuts(work, rule_files), None


def _cached(store: Store) -> bool:
    return getattr(store, "cache_entry", None) is not None and store.info is not None


def _cached_derived(store: Store, rule_files: Sequence[Path]) -> tuple[Path, int] | None:
    """The cache entry's file of derived triples for ``store`` (opened from the cache and made
    with ``rule_files``) and how many triples it holds, or None."""
    if not _cached(store):
        return None
    from hytegraph.store.cache import derived_triples_file

    return derived_triples_file(store.cache_entry, rule_files)  # type: ignore[attr-defined]


def _add_derived(work: OxigraphStore, store: Store, path: Path, triples: int) -> int | None:
    """Add the derived triples of ``path`` to ``work`` (the files of the cache entry of
    ``store``) and return how many triples ``work`` then holds; None if that is not the size
    the entry records (then ``work`` must not be used).

    ``work`` is counted before only when a file may have changed since the entry was built:
    the files the entry was built from, unchanged, give the triples they gave then (each
    count reads every triple: about 0.5 s at 3M triples)."""
    from hytegraph.check import reasoning
    from hytegraph.store.cache import unchanged_since_build

    engine = reasoning.engine_of(work)
    entry = store.cache_entry  # type: ignore[attr-defined]
    files = store.info.files if store.info is not None else []
    unchanged = bool(files) and all(unchanged_since_build(entry, Path(p)) for p in files)
    expected = entry.manifest.get("triples")
    before = expected - triples if unchanged and isinstance(expected, int) else len(engine)
    try:
        engine.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.N_TRIPLES)
    except (OSError, SyntaxError, ValueError):
        return None
    after = len(engine)
    return after if after == before + triples == expected else None


def _closure_inconsistencies(work: OxigraphStore) -> list[reasoning_Inconsistency]:
    """The OWL 2 RL inconsistencies of ``work`` (RDFS-closed, vocabularies in) through the
    closure of what can lead to one (:mod:`hytegraph.check.reasoning`), the literal checks
    left out. ``work`` is emptied: what the closure needs goes through a file, so that the
    working copy and the consistency store are never held at once."""
    from hytegraph.check import reasoning

    with tempfile.TemporaryDirectory(prefix="hytegraph-validate-") as folder:
        kept = reasoning.write_consistency_triples(work, Path(folder) / "consistency.nt")
        reasoning.engine_of(work).clear()
        closure = reasoning.load_consistency_triples(kept)
    reasoning.owl_rl_closure(closure, rdfs_closed=True)
    return reasoning.inconsistencies(closure, skip=reasoning.LITERAL_CHECKS)


class _Clock:
    """Seconds per step, into a dict when one is given."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.lock = threading.Lock()  # steps may run in two threads

    @contextlib.contextmanager
    def __call__(self, step: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            if self.timings is not None:  # a step timed in parts gets their sum
                with self.lock:
                    spent = time.perf_counter() - started + self.timings.get(step, 0.0)
                    self.timings[step] = round(spent, 3)


def _inconsistency_key(i: reasoning_Inconsistency) -> tuple[str, str, str]:
    return (str(i.focus), i.rule, i.message)


def _compile(shapes_graph: rdflib.Graph) -> CompiledShapes:
    from hytegraph.check.shacl import compile_shapes

    try:
        return compile_shapes(shapes_graph)
    except (UnsupportedShape, ValueError) as e:
        message = e.message if isinstance(e, HytegraphError) else str(e)
        raise HytegraphError(
            f"the SHACL shapes cannot be applied: {_first_line(message)}",
            hint="validate compiles the shapes into SPARQL and supports the SHACL Core "
            "components listed in hytegraph/check/shacl.py and SPARQL-based constraints; "
            "rewrite the shape with those. If the file is the bundled one, reinstall "
            "hytegraph (`hytegraph shapes` lists the bundled shapes).",
        ) from None


# ---------------------------------------------------------------------------------------------
# SHACL

_COMPONENT_HINTS = {
    "MinCountConstraintComponent": "Add the missing {path} statement to this entity.",
    "MaxCountConstraintComponent": "Remove the extra {path} values.",
    "ClassConstraintComponent": "Point {path} at a node of the required class or fix its type.",
    "DatatypeConstraintComponent": "Write the {path} value with the required datatype.",
    "NodeKindConstraintComponent": "Use the required kind of value (IRI or literal) for {path}.",
    "LanguageInConstraintComponent": "Give the {path} value one of the allowed language tags.",
    "UniqueLangConstraintComponent": "Keep one {path} per language; move others to skos:altLabel.",
    "InConstraintComponent": "Use one of the allowed values for {path}.",
    "HasValueConstraintComponent": "Add the required value for {path}.",
    "PatternConstraintComponent": "Make the {path} value match the required pattern.",
    "LessThanConstraintComponent": "Make the earlier value come before the later one.",
    "LessThanOrEqualsConstraintComponent": "Make the earlier value come before the later one.",
    "OrConstraintComponent": "Make the value satisfy one of the alternatives the shape allows.",
    "NodeConstraintComponent": "Fix the value so that it has the shape the property requires.",
    "SPARQLConstraintComponent": "Correct the data as the message describes.",
}


def _shape_path(results: rdflib.Graph, path: Node | None) -> str | None:
    """A SHACL property path as text (``skos:prefLabel``, ``^org:member``, ``a/b``)."""
    if path is None:
        return None
    if isinstance(path, URIRef):
        return qname(str(path))
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + (_shape_path(results, inverse) or "?")
    if (path, RDF.first, None) in results:
        items = list(rdflib.collection.Collection(results, path))
        return "/".join(_shape_path(results, i) or "?" for i in items)
    for prop, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = results.value(path, prop)
        if inner is not None:
            return f"({_shape_path(results, inner)}){mark}"
    alternatives = results.value(path, SH.alternativePath)
    if alternatives is not None:
        items = list(rdflib.collection.Collection(results, alternatives))
        return "|".join(_shape_path(results, i) or "?" for i in items)
    return "(complex path)"


def shacl_problems(
    store: Store, shapes: rdflib.Graph, results: Sequence[ShaclResult], *, lang: str = "fi"
) -> list[Problem]:
    """Each SHACL validation result as a :class:`Problem` (entities named by their labels in
    ``store``)."""
    found: list[tuple[Node, str | None, str, str, str, str]] = []
    for result in results:
        focus = result.focus
        path = _shape_path(shapes, result.path)
        component = qname(str(result.component))
        message = result.messages[0] if result.messages else "constraint not met"
        severity = str(result.severity).rsplit("#", 1)[-1]
        value = result.value
        local = component.split(":", 1)[-1]
        shape = result.source_shape
        name = shape_name(shapes, shape)
        hint = _COMPONENT_HINTS.get(local, "Correct the data as the shape expects.").format(
            path=path or "the property"
        )
        described = shapes.value(shape, SH.description) if shape is not None else None
        if described is not None:
            hint = f"{hint} ({described})"
        if name is not None:
            hint = f"{hint} The shape is {name}: `hytegraph shapes {name}` shows it."
        if value is not None and value != focus and str(value) not in message:
            message = f"{message} (value: {_short(value)})"
        found.append((focus, path, component, message, hint, severity))
    names = labels_mod.labels(store, [f[0] for f in found if f[0] is not None], lang)
    problems = [
        Problem(
            focus=focus,
            focus_label=names.get(focus, "?"),
            path=path,
            component=component,
            message=message,
            hint=hint,
            severity=severity,
        )
        for focus, path, component, message, hint, severity in found
    ]
    return sorted(problems, key=_sort_key)


def _first_line(text: str) -> str:
    stripped = text.strip()
    return stripped.splitlines()[0] if stripped else "unknown error"


def _short(term: Node) -> str:
    if isinstance(term, URIRef):
        return qname(str(term)) if not str(term).startswith(ID) else f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    return str(term)


def _sort_key(p: Problem) -> tuple[str, str, str, str]:
    return (p.focus_label, str(p.focus), p.component, p.path or "")


# ---------------------------------------------------------------------------------------------
# reasoning: derived facts and OWL 2 RL consistency


def shortcut_problems(
    store: Store, unsupported: Sequence[tuple[Node, Node, Node]], lang: str = "fi"
) -> list[Problem]:
    """A violation for each shortcut triple that no rule derives from the stated facts."""
    names = labels_mod.labels(store, [s for s, _p, _o in unsupported], lang)
    return [
        Problem(
            focus=subject,
            focus_label=names.get(subject, "?"),
            path=qname(str(predicate)),
            component="integrity:underived-shortcut",
            message=f"{qname(str(predicate))} {_short(obj)} is stated, but no rule in "
            "ontology/rules/ derives it from a stated fact",
            hint="Write the qualified fact (org:Membership, hyte:Cooperation, "
            "hyte:Responsibility, ...) with its hyte:evidence and let the rules derive the "
            "shortcut; or remove the triple.",
        )
        for subject, predicate, obj in unsupported
    ]


def consistency_problems(
    store: Store, found: Sequence[reasoning_Inconsistency], lang: str = "fi"
) -> list[Problem]:
    """A violation for each OWL 2 RL inconsistency."""
    names = labels_mod.labels(store, [i.focus for i in found], lang)
    return [
        Problem(
            focus=i.focus,
            focus_label=names.get(i.focus, "?"),
            path=None,
            component=f"owl-rl:{i.rule}",
            message=f"inconsistent with ORG, PROV-O and the ontology: {i.message}",
            hint="Check the node's types and the domains and ranges of the properties used "
            "on it (ontology/vendor/, ontology/hyte.ttl); a class or property of the wrong "
            "vocabulary is the usual cause.",
        )
        for i in found
    ]


# ---------------------------------------------------------------------------------------------
# integrity


def normalise_whitespace(text: str) -> str:
    """Every run of whitespace becomes one space (Unicode NFC first), as quotes are compared."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _matching_prefix(quote: str, text: str) -> int:
    """Length of the longest prefix of ``quote`` found in ``text`` (to show where it diverges)."""
    low, high = 0, len(quote)
    while low < high:
        mid = (low + high + 1) // 2
        if quote[:mid] in text:
            low = mid
        else:
            high = mid - 1
    return low


def integrity_problems(
    store: Store, data_dirs: Sequence[Path], *, lang: str = "fi"
) -> list[Problem]:
    """The checks SHACL cannot make: quotes against source texts, references, Finnish labels."""
    found: list[tuple[Node, str | None, str, str, str]] = []
    found += _quote_problems(store, data_dirs)
    found += _reference_problems(store, lang)
    found += _label_problems(store)
    names = labels_mod.labels(store, [f[0] for f in found], lang)
    problems = [
        Problem(focus, names[focus], path, component, message, hint)
        for focus, path, component, message, hint in found
    ]
    return sorted(problems, key=_sort_key)


def _quote_problems(
    store: Store, data_dirs: Sequence[Path]
) -> list[tuple[Node, str | None, str, str, str]]:
    rows, node, text_of = _evidence_rows(store)
    texts: dict[Path, str] = {}
    # each text file is looked up once, however many evidence nodes cite its document
    resolved: dict[str, Path | sourcetext.TextFileRefused | None] = {}

    def text_named(name: str) -> str | None:
        """The normalised text of the file ``name``, or None where it cannot be read."""
        if name not in resolved:
            try:
                resolved[name] = sourcetext.resolve(name, data_dirs)
            except sourcetext.TextFileRefused as e:
                resolved[name] = e
        path = resolved[name]
        if path is None or isinstance(path, sourcetext.TextFileRefused):
            return None
        if path not in texts:
            texts[path] = normalise_whitespace(sourcetext.read(path))
        return texts[path]

    # First each row alone: the rows of an evidence are each of its quotes with each of its
    # documents (and text files), so an evidence none of whose rows lacks a document or a
    # readable text, or has a quote its text does not hold, reports nothing. Only the others
    # (at 3M triples none of about 250,000) are grouped and looked at below.
    failing: set[object] = set()
    for term, quote, doc, text_file in rows:
        if term in failing:
            continue
        if doc is None or text_file is None:
            failing.add(term)
            continue
        text = text_named(text_file)
        if text is None or normalise_whitespace(quote) not in text:
            failing.add(term)
    by_evidence: dict[object, list[tuple[str, object | None, str | None]]] = {}
    for term, quote, doc, text_file in rows:
        if term in failing:
            by_evidence.setdefault(term, []).append((quote, doc, text_file))
    out: list[tuple[Node, str | None, str, str, str]] = []
    searched = ", ".join(str(d) for d in data_dirs) or "(no data folder)"
    for term, evidence_rows in by_evidence.items():
        evidence = node(term)
        quotes = {quote for quote, _doc, _file in evidence_rows}
        documents = {
            (doc, text_file) for _quote, doc, text_file in evidence_rows if doc is not None
        }
        if not documents:
            out.append(
                (
                    evidence,
                    "dcterms:source",
                    "integrity:quote-without-source",
                    "the evidence names no source document, so its quote cannot be checked",
                    "Add dcterms:source <source/...> (or hyte:sourceItem) to the evidence.",
                )
            )
            continue
        for doc_term, text_file in sorted(documents, key=lambda d: (text_of(d[0]), str(d[1]))):
            doc = node(doc_term)
            if text_file is None:
                out.append(
                    (
                        evidence,
                        "dcterms:source",
                        "integrity:source-text-missing",
                        f"the source document <{doc}> has no hyte:textFile",
                        f'Add hyte:textFile "sources/NAME.txt" to <{doc}>.',
                    )
                )
                continue
            name = str(text_file)
            if name not in resolved:
                try:
                    resolved[name] = sourcetext.resolve(name, data_dirs)
                except sourcetext.TextFileRefused as e:
                    resolved[name] = e
            path = resolved[name]
            if isinstance(path, sourcetext.TextFileRefused):
                message = f"source text of <{doc}>: {path.message}"
                component = "integrity:source-text-refused"
                out.append((evidence, "dcterms:source", component, message, path.hint))
                continue
            if path is None:
                out.append(
                    (
                        evidence,
                        "dcterms:source",
                        "integrity:source-text-missing",
                        f"source text {text_file} of <{doc}> not found (looked in {searched})",
                        f"Put the verbatim source text at {text_file} beside the data file that "
                        "declares the document, or fix its hyte:textFile.",
                    )
                )
                continue
            if path not in texts:
                texts[path] = normalise_whitespace(sourcetext.read(path))
            for quote in sorted(quotes):
                wanted = normalise_whitespace(quote)
                if wanted in texts[path]:
                    continue
                matched = _matching_prefix(wanted, texts[path])
                detail = (
                    f'; the first {matched} characters match, then the quote has "'
                    f'{wanted[matched : matched + 30]}"'
                    if matched
                    else ""
                )
                out.append(
                    (
                        evidence,
                        "hyte:quote",
                        "integrity:quote-not-in-source",
                        f'quote "{_ellipsis(wanted)}" does not occur in {text_file}{detail}',
                        f"Copy the quote verbatim from {path} (only whitespace may differ).",
                    )
                )
    return out


def _evidence_rows(
    store: Store,
) -> tuple[
    list[tuple[object, str, object | None, str | None]],
    Callable[[object], Node],
    Callable[[object], str],
]:
    """The rows of ``integrity_evidence.rq`` as (evidence, quote, document, text file name),
    the quote and the file name as text; with the functions that make an evidence or document
    term an rdflib term and give its text (what ``str`` gives of the rdflib term).

    On an in-memory pyoxigraph store the terms stay pyoxigraph's and only those reported are
    converted: at 3M triples the rows are about a million, and making an rdflib literal of
    every quote took most of the check's time."""
    text = resources.read_sparql("integrity_evidence")
    engine = getattr(store, "_store", None)
    if isinstance(engine, pyoxigraph.Store) and getattr(store, "cache_entry", None) is None:
        from hytegraph.core.namespaces import PREFIXES
        from hytegraph.store.terms import ox_to_rdflib

        rows: list[tuple[object, str, object | None, str | None]] = []
        for solution in engine.query(text, prefixes=PREFIXES):  # type: ignore[union-attr]
            evidence, quote, doc, text_file = solution
            # a term's value is the text of its rdflib term: an IRI, a blank node's id, a
            # literal's lexical form
            rows.append(
                (evidence, quote.value, doc, None if text_file is None else text_file.value)
            )
        return rows, ox_to_rdflib, lambda term: term.value  # type: ignore[attr-defined]
    return (
        [
            (evidence, str(quote), doc, None if text_file is None else str(text_file))
            for evidence, quote, doc, text_file in store.select(text).rows
        ],
        lambda term: term,  # type: ignore[return-value,arg-type]
        str,
    )


def _ellipsis(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _reference_problems(store: Store, lang: str) -> list[tuple[Node, str | None, str, str, str]]:
    referrers: dict[Node, tuple[Node, Node]] = {}
    for target, subject, predicate in store.select(
        resources.read_sparql("integrity_undescribed")
    ).rows:
        # one referrer per target, the same in every copy of the graph (whatever order the
        # store gives its triples in): an IRI before a blank node, then the first by its text
        pair = (subject, predicate)
        held = referrers.get(target)  # type: ignore[arg-type]
        if held is None or _referrer_key(pair) < _referrer_key(held):
            referrers[target] = pair  # type: ignore[index,assignment]
    rows = [
        {"target": target, "subject": subject, "predicate": predicate}
        for target, (subject, predicate) in sorted(referrers.items(), key=lambda r: str(r[0]))
    ]
    subjects = [r["subject"] for r in rows if r["subject"] is not None]
    names = labels_mod.labels(store, subjects, lang)
    out: list[tuple[Node, str | None, str, str, str]] = []
    for row in rows:
        subject, predicate = row["subject"], row["predicate"]
        source = f"{names[subject]} <{subject}>" if isinstance(subject, URIRef) else "a blank node"
        out.append(
            (
                row["target"],  # type: ignore[arg-type]
                None,
                "integrity:undescribed-reference",
                f"referenced by {source} through {qname(str(predicate))} but never described "
                "(no rdf:type)",
                "Describe it in a data file (rdf:type and skos:prefLabel), or fix the IRI "
                "if it is a typo.",
            )
        )
    return out


def _referrer_key(pair: tuple[Node, Node]) -> tuple[bool, str, str]:
    subject, predicate = pair
    return (not isinstance(subject, URIRef), str(subject), str(predicate))


def _label_problems(store: Store) -> list[tuple[Node, str | None, str, str, str]]:
    rows = store.select(resources.read_sparql("integrity_missing_fi_label")).rows
    return [
        (
            entity,  # type: ignore[misc]
            "skos:prefLabel",
            "integrity:missing-finnish-label",
            "no Finnish name (skos:prefLabel with @fi)",
            'Add skos:prefLabel "…"@fi with the name as the source writes it.',
        )
        for (entity,) in rows
    ]

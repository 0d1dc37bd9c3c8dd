"""Apply the SPARQL CONSTRUCT rules in ``ontology/rules/*.rq`` until nothing new is derived.

The rules derive the shortcut properties (``hyte:chairs``, ``org:memberOf``, ...) from the
qualified facts, so the two can never drift apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from hytegraph.core import resources
from hytegraph.errors import QueryError
from hytegraph.store.base import Store
from hytegraph.store.info import InferenceReport

MAX_ROUNDS = 5


def apply_rules(
    store: Store, rule_files: Sequence[Path] | None = None, *, max_rounds: int = MAX_ROUNDS
) -> InferenceReport:
    """Run every rule, add its results, and repeat until a round adds no triple.

    ``rule_files`` defaults to the bundled ``ontology/rules/*.rq``. ``derived`` counts the
    distinct triples each rule produced (whether or not the data already held them), keyed by
    predicate IRI: those predicates are the shortcut properties.
    """
    files = list(resources.rule_files() if rule_files is None else rule_files)
    rules = [(path, path.read_text(encoding="utf-8")) for path in files]
    report = InferenceReport(rules=[path.name for path in files])
    if not rules:
        return report
    start = len(store)
    produced: set[tuple[object, object, object]] = set()
    native = getattr(store, "derive", None)
    report.converged = False
    for round_number in range(1, max_rounds + 1):
        before = len(store)
        for path, text in rules:
            try:
                if native is not None:
                    # pyoxigraph: evaluate and add in the store, no term conversion (fast at scale)
                    produced.update((t.subject, t.predicate.value, t.object) for t in native(text))
                    continue
                derived = store.construct(text)
            except QueryError as e:
                raise QueryError(
                    f"rule {path}: {e.message}",
                    hint="Fix the rule's SPARQL; rules must be CONSTRUCT queries.",
                ) from None
            produced.update(derived)  # type: ignore[arg-type]
            store.add_graph(derived)
        report.rounds = round_number
        if len(store) == before:
            report.converged = True
            break
    report.derived = Counter(str(p) for _s, p, _o in produced)
    report.added = len(store) - start
    return report

"""What scope costs in the lookups at national scale: each lookup limited to one municipality
or one county against the same lookup on the whole graph, in one run on one store.

    python bench/bench_scope.py --triples 1M            # generate, build the cache, time
    python bench/bench_scope.py --triples 3M --markdown docs/bench-scope.md

The graph is ``bench/synth.py``'s (its municipalities are in their counties through
``hyte:inWellbeingServicesCounty``). The cache is built first (not timed here: see
``bench/scale.py``); then, in this process, each step is run ``--repeat`` times and the best
kept. Baselines, measured in the same run: the same lookup, or catalogue query, on the whole
graph (what the scoped one must stay well under), and optionally another text of the catalogue
query (``--before FILE``, e.g. ``git show REV:queries/who-chairs-what.rq``) on the whole graph.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402


def best(func: Callable[[], object], repeat: int) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", "-n", default="1M", help="graph size (default 1M)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per step (default 3)")
    parser.add_argument("--workdir", type=Path, help="keep the graph and cache here")
    parser.add_argument("--markdown", type=Path, help="also write the table here")
    parser.add_argument("--before", type=Path, help="who-chairs-what.rq before the scope")
    args = parser.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="hytegraph-scope-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["HYTEGRAPH_CACHE_DIR"] = str(work / "cache")

    from hytegraph.query import catalogue
    from hytegraph.query.labels import label
    from hytegraph.store.load import load_graph
    from hytegraph.views import lookups

    data = work / f"synth-{args.triples}.nt"
    if not data.exists():
        synth.generate(data, synth.parse_size(args.triples), 1)
    start = time.perf_counter()
    store = load_graph([data], cache=True)
    opened = time.perf_counter() - start
    row = store.select(
        "SELECT ?m ?c WHERE { ?m a hyte:Municipality ; hyte:inWellbeingServicesCounty ?c } "
        "ORDER BY ?m LIMIT 1"
    ).rows[0]
    municipality, county = row[0], row[1]
    m_name, c_name = label(store, municipality), label(store, county)
    in_m = lookups.scope(store, municipality=m_name)
    in_c = lookups.scope(store, county=c_name)
    chair = next(r for r in lookups.chairs(store, within=in_m))["chair"]

    steps: list[tuple[str, Callable[[], object], str, Callable[[], object]]] = [
        (
            "query who-chairs-what limited to the municipality",
            lambda: store.select(lookups.scoped_query("who-chairs-what", in_m)),
            "query who-chairs-what (whole graph)",
            lambda: catalogue.run(store, "who-chairs-what"),
        ),
        (
            "chairs --municipality",
            lambda: lookups.chairs(store, within=in_m),
            "chairs (whole graph)",
            lambda: lookups.chairs(store),
        ),
        (
            "chairs --county",
            lambda: lookups.chairs(store, within=in_c),
            "chairs (whole graph)",
            lambda: lookups.chairs(store),
        ),
        (
            "ngos --municipality",
            lambda: lookups.ngos(store, within=in_m),
            "ngos (whole graph)",
            lambda: lookups.ngos(store),
        ),
        (
            "who NAME --municipality",
            lambda: lookups.who(store, chair, within=in_m),
            "who NAME",
            lambda: lookups.who(store, chair),
        ),
        (
            "county NAME --municipality",
            lambda: lookups.county(store, within=lookups.scope(store, m_name, c_name)),
            "county NAME",
            lambda: lookups.county(store, within=in_c),
        ),
    ]
    if args.before:
        before = args.before.read_text(encoding="utf-8")
        steps.insert(
            1,
            (
                "query who-chairs-what (whole graph)",
                lambda: catalogue.run(store, "who-chairs-what"),
                "the query before the scope",
                lambda: store.select(before),
            ),
        )
    lines = [
        f"Graph: {data.name} ({len(store)} triples), opened in {opened:.1f} s; municipality "
        f"{m_name}, county {c_name}, person {chair}; best of {args.repeat}.",
        "",
        "| step | time | rows | baseline | baseline time | rows | ratio |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for name, func, base_name, base in steps:
        t, result = best(func, args.repeat)
        bt, base_result = best(base, args.repeat)
        lines.append(
            f"| {name} | {t:.3f} s | {_rows(result)} | {base_name} | {bt:.3f} s "
            f"| {_rows(base_result)} | {t / bt:.2f}x |"
        )
        print(lines[-1], flush=True)
    text = "\n".join(lines) + "\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 0


def _rows(result: object) -> int:
    if isinstance(result, tuple):  # who: (match, rows)
        result = result[1]
    rows = getattr(result, "rows", result)
    return len(rows)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())

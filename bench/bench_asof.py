"""What ``--as-of`` costs: each lookup as of a day against the same lookup without it, on a
synthetic graph (default one million triples, ``bench/synth.py``).

The goal is at most 1.2x. The graph is generated (or the file given is used) and opened once
from the on-disk cache, as the command line opens it; then every lookup runs in this process,
with and without ``--as-of``, interleaved run by run so that machine load affects both alike.
The report gives the median of N runs of each, their ratio, and the load average before and
after (the machine is shared: read the ratio, not the seconds).

The lookups are ``chairs``, ``who``, ``body``, ``ngos`` and ``county``, each also limited to a
municipality where it takes one, for the sample person, body and municipality of the synthetic
graphs (``--person``, ``--body``, ``--municipality`` to change them; ``--only`` to run the
lookups whose name contains a text).

    python bench/bench_asof.py                      # 1M triples, 7 runs, print a table
    python bench/bench_asof.py --triples 100k -n 11 --markdown /tmp/asof.md
    python bench/bench_asof.py --data big.ttl       # an existing file instead
    python bench/bench_asof.py --data big.ttl --only body -n 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

GOAL = 1.2
#: The synthetic sources are dated 2023 (``dcterms:issued``): as of 2024-01-01 every fact they
#: cite is in force by the ``cited`` rule, the most rows the filter can keep; 2023-06-01 keeps
#: them as ``cited?`` and checks the dated memberships against their own intervals.
DAYS = ("2024-01-01", "2023-06-01")


#: The sample person, body and municipality of the synthetic graphs (``bench/synth.py``, seed 1).
PERSON = "Helmi Aaltonen"
BODY = "Kuusijoen hyvinvoinnin ohjausryhmä"
MUNICIPALITY = "Kuusijoki"


def _lookups(store: Any, person: str, body: str, municipality: str) -> dict[str, Any]:
    from hytegraph.views import lookups

    local = lookups.scope(store, municipality, None)
    m = f" --municipality {municipality}"
    return {
        "chairs": lambda day: lookups.chairs(store, as_of=day),
        f"chairs{m}": lambda day: lookups.chairs(store, within=local, as_of=day),
        f'who "{person}"': lambda day: lookups.who(store, person, as_of=day),
        f'who "{person}"{m}': lambda day: lookups.who(store, person, within=local, as_of=day),
        f'body "{body}"': lambda day: lookups.body(store, body, as_of=day),
        "ngos": lambda day: lookups.ngos(store, as_of=day),
        f"ngos{m}": lambda day: lookups.ngos(store, within=local, as_of=day),
        "county": lambda day: lookups.county(store, as_of=day),
        f"county{m}": lambda day: lookups.county(store, within=local, as_of=day),
    }


def _time(work: Callable[[], Any]) -> tuple[float, int]:
    start = time.perf_counter()
    result = work()
    rows = result[1] if isinstance(result, tuple) else result
    return time.perf_counter() - start, len(rows)


def measure(
    store: Any,
    runs: int,
    only: str | None = None,
    names: tuple[str, str, str] = (PERSON, BODY, MUNICIPALITY),
) -> list[dict[str, Any]]:
    """For each lookup (``only``: those whose name contains it) and day: median seconds
    without and with ``as_of``, rows of each."""
    found = []
    for name, run in _lookups(store, *names).items():
        if only is not None and only not in name:
            continue
        run(None), run(DAYS[0])  # warm: the name index, the store's pages
        for day in DAYS:
            plain: list[float] = []
            dated: list[float] = []
            rows = (0, 0)
            for _ in range(runs):
                t0, n0 = _time(lambda run=run: run(None))
                t1, n1 = _time(lambda run=run, day=day: run(day))
                plain.append(t0)
                dated.append(t1)
                rows = (n0, n1)
            found.append(
                {
                    "lookup": name,
                    "day": day,
                    "plain": statistics.median(plain),
                    "as_of": statistics.median(dated),
                    "rows": rows,
                }
            )
    return found


def table(results: list[dict[str, Any]], runs: int, triples: str, load: tuple[str, str]) -> str:
    lines = [
        f"{triples}; median of {runs} interleaved runs; load average before {load[0]}, "
        f"after {load[1]}",
        "",
        "| lookup | --as-of | without | with | rows without / with | ratio |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        ratio = r["as_of"] / r["plain"]
        mark = " ✓" if ratio <= GOAL else " ✗"
        lines.append(
            f"| `{r['lookup']}` | {r['day']} | {r['plain'] * 1000:.0f} ms | "
            f"{r['as_of'] * 1000:.0f} ms | {r['rows'][0]} / {r['rows'][1]} | "
            f"{ratio:.2f}\u00d7{mark} |"
        )
    return "\n".join(lines) + "\n"


def _load() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:  # pragma: no cover - no load average
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", default="1M", help="synthetic size (default 1M)")
    parser.add_argument("--data", type=Path, help="an existing data file instead")
    parser.add_argument("-n", "--runs", type=int, default=7, help="runs of each (default 7)")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument("--only", help="only the lookups whose name contains this text")
    parser.add_argument("--person", default=PERSON, help=f"who looks this up (default {PERSON})")
    parser.add_argument("--body", default=BODY, help=f"body looks this up (default {BODY})")
    parser.add_argument(
        "--municipality", default=MUNICIPALITY, help=f"the scope (default {MUNICIPALITY})"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hytegraph-asof-") as folder:
        os.environ.setdefault("HYTEGRAPH_CACHE_DIR", str(Path(folder) / "cache"))
        data = args.data
        size = str(args.data) if args.data else f"{args.triples} synthetic triples"
        if data is None:
            import synth

            data = Path(folder) / "synth.ttl"
            result = synth.generate(data, synth.parse_size(args.triples), 1)
            size = f"{result.triples:,} synthetic triples (bench/synth.py, seed 1)"
        from hytegraph.store.load import load_graph

        started = time.perf_counter()
        store = load_graph([data], cache=True)
        print(f"loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        before = _load()
        results = measure(store, args.runs, args.only, (args.person, args.body, args.municipality))
        report = table(results, args.runs, size, (before, _load()))
    print(report, end="")
    if args.markdown:
        from hytegraph.core.atomic import atomic_write

        atomic_write(args.markdown, report)
    worst = max(r["as_of"] / r["plain"] for r in results)
    return 0 if worst <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())

"""Importing a workbook of N facts against `hytegraph build` on the Turtle the import produces.

Goal (issue 11): `hytegraph import` of a workbook of 10,000 facts takes at most 3x the time
`hytegraph build` needs for the Turtle it writes.

The workbook is generated deterministically: `bench/synth.py` writes a graph in the project's
ontology (with its source texts), the authoring export turns it into a workbook (a CSV folder)
and the facts sheet is cut to its first N facts; every entity, source and item of the graph
stays. Every step runs as a whole process, as a user runs it, from the same Python:

- import: `hytegraph --no-cache import WORKBOOK -o out/imported.ttl` (matching every entity
  against the bundled graph, as a user's import does);
- build: `hytegraph --no-cache --data out/imported.ttl build --out build/` (the baseline);
- load: `hytegraph --no-cache --data out/imported.ttl query` of an ASK, which parses the Turtle
  and applies the inference rules and nothing else: the floor of any build, shown so that the
  ratio can be judged when `build` gets faster.

The runs are interleaved (import, build, load, import, build, load, ...) so that the machine's
load affects each alike; the report gives the medians of wall time and of CPU time (user +
system of the process, which depends far less on what else the machine runs), their ratios
and the load average before and after.

    python bench/import_bench.py --facts 10000 --runs 3
    python bench/import_bench.py --facts 1000 --runs 5 --build-code /path/to/other/checkout

``--build-code DIR`` runs build and load with the hytegraph package of another checkout (its
``PYTHONPATH``), e.g. a branch where build is faster; the import always runs this checkout's.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL = 3.0
#: Triples of synthetic graph per fact wanted (the generator writes about one fact per nine).
TRIPLES_PER_FACT = 10


def make_workbook(facts: int, seed: int, work: Path) -> tuple[Path, int]:
    """The workbook folder of the first ``facts`` facts of a synthetic graph, and its number of
    fact rows."""
    from hytegraph.authoring.export import workbook_tables
    from hytegraph.authoring.tables import Table, csv_bytes
    from hytegraph.core import rdfio

    data = work / "synth.ttl"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "synth.py"),
            "--triples",
            str(facts * TRIPLES_PER_FACT),
            "--seed",
            str(seed),
            "-o",
            str(data),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    tables = workbook_tables(rdfio.read_graph(data))
    rows = tables["facts"].rows
    # rows with one id are one fact; rows without an id are a fact each
    keys = list(dict.fromkeys(r.get("id") or f"row-{i}" for i, r in enumerate(rows)))
    if len(keys) < facts:
        raise SystemExit(f"the synthetic graph has only {len(keys)} facts; raise TRIPLES_PER_FACT")
    kept = set(keys[:facts])
    tables["facts"] = Table(
        tables["facts"].columns,
        [r for i, r in enumerate(rows) if (r.get("id") or f"row-{i}") in kept],
    )
    folder = work / "workbook"
    folder.mkdir()
    for sheet, table in tables.items():
        (folder / f"{sheet}.csv").write_bytes(csv_bytes(table))
    shutil.copytree(work / "sources", folder / "sources")
    return folder, len(tables["facts"].rows)


def _env(cache: str, code: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache
    env["HYTEGRAPH_NO_CACHE"] = "1"
    if code is not None:
        env["PYTHONPATH"] = str(code)
    return env


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(
    argv: list[str], env: dict[str, str], cwd: Path, stdin: str | None = None
) -> tuple[float, float]:
    """Wall and CPU seconds of one step (the CPU time depends far less on the machine's load)."""
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=cwd, input=stdin, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv[2:])} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return elapsed, _children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs of each step")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--build-code", type=Path, help="a checkout whose build to time")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    parser.add_argument("--prepare", action="store_true", help="only write the workbook")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="import-bench-"))
    load_before = os.getloadavg()
    folder, fact_rows = make_workbook(args.facts, args.seed, work)
    if args.prepare:
        print(f"{fact_rows:,} fact rows in {folder}")
        return
    cache = tempfile.mkdtemp(prefix="import-bench-pyc-")
    out = work / "out" / "imported.ttl"
    hytegraph = [sys.executable, "-m", "hytegraph", "--no-cache"]
    steps = {
        "import": ([*hytegraph, "import", str(folder), "-o", str(out)], _env(cache, None)),
        "build": (
            [*hytegraph, "--data", str(out), "build", "--out", str(work / "build")],
            _env(cache, args.build_code),
        ),
        "load": (
            [*hytegraph, "--data", str(out), "query", "-", "--format", "json"],
            _env(cache, args.build_code),
        ),
    }
    times: dict[str, list[float]] = {name: [] for name in steps}
    cpu: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(args.runs):
        for name, (argv, env) in steps.items():
            stdin = "ASK { ?s ?p ?o }" if name == "load" else None
            wall, used = _timed(argv, env, work, stdin)
            times[name].append(wall)
            cpu[name].append(used)
    load_after = os.getloadavg()

    from hytegraph.core import rdfio

    graph = rdfio.read_graph(out)
    fact_nodes = len({s for s in graph.subjects() if "/id/fact/" in str(s)})
    median = {name: statistics.median(values) for name, values in times.items()}
    median_cpu = {name: statistics.median(values) for name, values in cpu.items()}
    ratio = median["import"] / median["build"]
    print(f"workbook: {fact_rows:,} fact rows; Turtle written: {out.stat().st_size / 1e6:.1f} MB, "
          f"{len(graph):,} triples, {fact_nodes:,} fact nodes")  # fmt: skip
    print(f"load average before {load_before[0]:.1f}, after {load_after[0]:.1f} (1 min)")
    for name, values in times.items():
        shown = ", ".join(f"{v:.1f}" for v in values)
        print(f"{name:7} median {median[name]:7.1f} s   runs: {shown}"
              f"   CPU median {median_cpu[name]:.1f} s")  # fmt: skip
    verdict = "met" if ratio <= GOAL else "missed"
    print(f"import / build: {ratio:.2f}x (goal <= {GOAL:.0f}x: {verdict});"
          f" import / load: {median['import'] / median['load']:.2f}x;"
          f" CPU import / build: {median_cpu['import'] / median_cpu['build']:.2f}x,"
          f" import / load: {median_cpu['import'] / median_cpu['load']:.2f}x")  # fmt: skip
    if args.keep:
        print(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()

"""National-scale benchmark: hytegraph against raw pyoxigraph and rdflib, in one run.

    .venv/bin/python bench/scale.py --sizes 1M,3M

Run it from the checkout with the README's virtual environment (``.venv``); started with
another Python it re-executes itself with ``.venv/bin/python`` when that exists, and the
commands it times import ``hytegraph`` from the checkout.

Duration and disk, measured on a busy 2-core machine: 1M about 45 minutes and 1.5 GB per round
(``--rounds``; the build with its 20,000-page site is most of it), 3M two hours or more and
about 4 GB (the synthetic file, raw store, cache entries, build output); ``--lookups-only``
takes minutes. The work folder (``--work``) is kept for inspection and can be deleted
afterwards. It prints the estimate at the start and the disk it used at the end.

For each size it generates a graph with ``bench/synth.py`` and times, each as a whole process
(wall clock and peak memory from ``/usr/bin/time``):

- first load: hytegraph building its on-disk cache (parse, inference, name index, copy to
  disk) vs raw pyoxigraph ``bulk_load`` of the same file into an on-disk store, and rdflib
  parsing it in memory (up to ``--rdflib-max`` triples);
- ``hytegraph chairs`` (cache warm) vs a raw pyoxigraph script running the same catalogue query
  (``queries/who-chairs-what.rq``) on the same on-disk store, read-only;
- ``hytegraph prepare`` once, when the command exists (every answer kept in the cache entry),
  then ``hytegraph who NAME``, ``hytegraph body NAME`` and ``hytegraph who NAME --municipality M``
  of the prepared entry vs ``python -c "import click, pyoxigraph"`` (the floor of any command);
- a heavy analytic query (``hytegraph query multi-body-actors``: actors in several bodies) vs
  the same query by a raw pyoxigraph script;
- ``hytegraph map --focus NAME`` and ``hytegraph analyze``, when those commands exist;
- ``hytegraph validate`` with the cache built (warm) and with an empty cache (cold: first load
  included), and ``hytegraph build`` (warm), each against the raw ``bulk_load``.

The lookups (the floor, ``who``, ``body``, ``who --municipality``, the raw chairs script and
``chairs``) run ``--repeat`` rounds, interleaved, and the median is reported. The checkout's
``hytegraph`` package is byte-compiled first, as an installed one is.

The heavy steps (bulk_load, first load, validate, build) run ``--rounds`` times, interleaved
(one of each, then again), and the median is reported: on a shared machine the ratios of steps
run minutes apart mislead.

Every ratio is between two numbers measured in the same run. Results go to stdout and to
``--out`` (Markdown). Commands that run longer than ``--timeout`` seconds are stopped and
reported as such.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"


def _reexec_in_venv() -> None:
    """Run again with the checkout's virtual environment when this Python lacks hytegraph's
    dependencies (``python bench/scale.py`` with the system Python)."""
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:
        if VENV_PYTHON.exists() and Path(sys.executable).resolve() != VENV_PYTHON.resolve():
            os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])
        sys.exit(
            "bench/scale.py needs hytegraph's dependencies: create the README's virtual "
            "environment (python3 -m venv .venv && .venv/bin/pip install -e '.[test]') and run "
            ".venv/bin/python bench/scale.py"
        )


if __name__ == "__main__":
    _reexec_in_venv()
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))  # hytegraph from this checkout, installed or not

import synth  # noqa: E402

from hytegraph.core.atomic import atomic_write  # noqa: E402

PYTHON = sys.executable
HYTEGRAPH = [PYTHON, "-m", "hytegraph"]
TIME = shutil.which("time") or "/usr/bin/time"

RAW_LOAD = """
import sys, pyoxigraph as ox
from pathlib import Path
path = Path(sys.argv[1]).resolve()
store = ox.Store(sys.argv[2])
store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=path.as_uri())
store.flush()
"""

RDFLIB_LOAD = """
import sys, rdflib
graph = rdflib.Graph()
graph.parse(sys.argv[1], format="turtle")
print(len(graph))
"""

# The same query text and prefixes hytegraph uses, on the same on-disk store, read-only.
RAW_QUERY = """
import json, sys, pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
query = open(sys.argv[2], encoding="utf-8").read()
rows = list(store.query(query, prefixes=json.loads(sys.argv[3])))
print(len(rows))
"""

FLOOR = "import click, pyoxigraph"


@dataclass
class Run:
    seconds: float | None  # None: timed out or failed
    rss_mb: float | None
    note: str = ""
    stderr: str = ""

    def cell(self) -> str:
        if self.seconds is None:
            return self.note or "failed"
        return f"{self.seconds:.2f} s"

    def mem(self) -> str:
        return f"{self.rss_mb:.0f} MB" if self.rss_mb is not None else "—"


def run(cmd: list[str], *, env: dict[str, str], timeout: float, repeat: int = 1) -> Run:
    """The best of ``repeat`` runs of ``cmd`` (wall clock, peak resident memory)."""
    best: Run | None = None
    for _ in range(repeat):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as stats:
            started = time.perf_counter()
            # its own process group, so that a timeout stops the command, not just `time`
            child = subprocess.Popen(
                [TIME, "-f", "%M", "-o", stats.name, *cmd],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                start_new_session=True,
            )
            try:
                _out, err = child.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.communicate()
                return Run(None, None, f"> {timeout:.0f} s (stopped)")
            elapsed = time.perf_counter() - started
            if child.returncode != 0:
                last = (err.strip().splitlines() or ["?"])[-1]
                return Run(None, None, f"failed: {last[:80]}")
            text = stats.read().strip().splitlines()
            rss = int(text[-1]) / 1024 if text and text[-1].isdigit() else None
        result = Run(elapsed, rss, stderr=err)
        if best is None or elapsed < (best.seconds or 0):
            best = result
        if elapsed > 20:  # slow commands are measured once
            break
    assert best is not None
    return best


def ratio(a: Run, b: Run) -> str:
    if a.seconds is None or b.seconds is None or b.seconds == 0:
        return "—"
    return f"{a.seconds / b.seconds:.2f}\u00d7"  # the multiplication sign


def has_command(name: str) -> bool:
    proc = subprocess.run([*HYTEGRAPH, name, "--help"], capture_output=True, text=True)
    return proc.returncode == 0


def machine() -> list[str]:
    import pyoxigraph
    import rdflib

    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "?"
    with open("/proc/meminfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.0f} GB"
                break
    from hytegraph.core.version import __version__

    return [
        f"- machine: {os.cpu_count()} cores ({cpu}), {ram} RAM, {platform.platform()}",
        f"- Python {platform.python_version()}, pyoxigraph {pyoxigraph.__version__}, "
        f"rdflib {rdflib.__version__}, hytegraph {__version__}",
        f"- date: {time.strftime('%Y-%m-%d %H:%M')}; load average at start: "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}",
    ]


BREAKDOWN = """
import json, sys, time
from hytegraph.store.load import load_graph
from hytegraph.check.validate import validate
store = load_graph([sys.argv[1]], cache=True)
timings = {}
started = time.perf_counter()
report = validate(store, timings=timings)
timings["validate (total)"] = round(time.perf_counter() - started, 2)
timings["problems"] = len(report.problems)
from hytegraph.build import build
result = build(sys.argv[3], [sys.argv[1]], cache=True)
timings.update({f"build: {k}": round(v, 2) for k, v in result.timings.items()})
open(sys.argv[2], "w").write(json.dumps(timings, indent=1))
"""


def build_timings(result: Run | None) -> dict[str, float]:
    """The seconds per step that ``hytegraph build --timings`` printed on stderr (lines
    ``step  12.34 s``), keyed ``build: step``; empty when the build did not run."""
    found: dict[str, float] = {}
    for line in (result.stderr if result is not None else "").splitlines():
        match = re.fullmatch(r"([a-z][a-z ]*?) +(\d+\.\d+) s", line.strip())
        if match:
            found[f"build: {match[1]}"] = float(match[2])
    return found


def median(runs: list[Run]) -> Run:
    """The median run by time (a failed or stopped run counts as the slowest)."""
    done = sorted(runs, key=lambda r: (r.seconds is None, r.seconds or 0))
    return done[(len(done) - 1) // 2]


def disk_usage(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


#: The heavy steps ``--steps`` chooses from (each beside the raw ``bulk_load``), by short name.
HEAVY_STEPS = {
    "first-load": "hytegraph first load",
    "validate": "hytegraph validate",
    "build": "hytegraph build",
    "validate-cold": "hytegraph validate (cold)",
}
#: The row of ``hytegraph prepare`` (run once after the cache entry is made, before the lookups).
PREPARE = "prepare (once per cache entry)"
#: What ``--steps`` leaves out: the lookups and the other single runs.
LIGHT_STEPS = (
    "rdflib parse",
    "import click, pyoxigraph",
    "hytegraph chairs",
    "raw chairs",
    PREPARE,
    "hytegraph who",
    "hytegraph body",
    "hytegraph who --municipality",
    "hytegraph query multi-body-actors",
    "raw multi-body-actors",
    "hytegraph map --focus",
    "hytegraph analyze",
)


def bench_size(
    triples: int,
    work: Path,
    *,
    timeout: float,
    rdflib_max: int,
    repeat: int,
    seed: int,
    rounds: int = 1,
    cold: bool = True,
    breakdown_run: bool = True,
    lookups_only: bool = False,
    steps: frozenset[str] | None = None,
) -> tuple[str, list[str]]:
    label = synth_label(triples)
    folder = work / label
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / f"national-{label}.ttl"
    started = time.perf_counter()
    size_started = started
    if lookups_only and data.exists():
        # the same bytes again, without touching the file the cache entry was built from
        fresh = folder / f"fresh-{label}.ttl"
        info = synth.generate(fresh, triples, seed)
        same = filecmp.cmp(fresh, data, shallow=False)
        fresh.unlink()
        shutil.rmtree(folder / "sources" / fresh.stem, ignore_errors=True)
        if not same:
            info = synth.generate(data, triples, seed)
    else:
        info = synth.generate(data, triples, seed)
    generated = time.perf_counter() - started
    cache_dir = folder / "cache"
    cold_dir = folder / "cache-cold"
    if lookups_only:
        rounds, breakdown_run = 0, False
    else:
        shutil.rmtree(cache_dir, ignore_errors=True)
    env = {
        **os.environ,
        "HYTEGRAPH_CACHE_DIR": str(cache_dir),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    env.pop("HYTEGRAPH_NO_CACHE", None)
    cold_env = {**env, "HYTEGRAPH_CACHE_DIR": str(cold_dir)}
    hg = [*HYTEGRAPH, "--data", str(data)]
    out: dict[str, Run] = {}
    loads: list[str] = []
    print(f"[{label}] {info.triples} triples generated in {generated:.1f} s", file=sys.stderr)

    def step(
        name: str,
        cmd: list[str],
        rep: int = 1,
        *,
        environ: dict[str, str] | None = None,
        record: bool = True,
    ) -> Run:
        result = run(cmd, env=environ or env, timeout=timeout, repeat=rep)
        print(f"[{label}] {name}: {result.cell()} {result.mem()}", file=sys.stderr)
        if record:
            out[name] = result
        return result

    raw_dir = folder / "raw-store"
    build_dir = folder / "build"
    heavy: dict[str, list[Run]] = {}
    for round_number in range(rounds):
        loads.append(" ".join(f"{x:.1f}" for x in os.getloadavg()))
        shutil.rmtree(raw_dir, ignore_errors=True)
        runs = [
            (
                "raw bulk_load",
                lambda: step(
                    "raw bulk_load", [PYTHON, "-c", RAW_LOAD, str(data), str(raw_dir)], record=False
                ),
            ),
            (
                "hytegraph first load",
                lambda: (
                    shutil.rmtree(cache_dir, ignore_errors=True),
                    step(
                        "hytegraph first load",
                        [
                            PYTHON,
                            "-c",
                            "import sys; from hytegraph.store.load import load_graph; "
                            "load_graph([sys.argv[1]], cache=True)",
                            str(data),
                        ],
                        record=False,
                    ),
                )[1],
            ),
            (
                "hytegraph validate",
                lambda: step("hytegraph validate", [*hg, "validate"], record=False),
            ),
            (
                "hytegraph build",
                lambda: step(
                    "hytegraph build",
                    [*hg, "build", "--timings", "--out", str(build_dir)],
                    record=False,
                ),
            ),
            (
                "hytegraph validate (cold)",
                lambda: (
                    shutil.rmtree(cold_dir, ignore_errors=True),
                    step(
                        "hytegraph validate (cold)",
                        [*hg, "validate"],
                        environ=cold_env,
                        record=False,
                    ),
                )[1],
            ),
        ]
        for name, action in runs:
            if steps is not None and name != "raw bulk_load" and name not in steps:
                heavy[name] = [Run(None, None, "not run (--steps)")]
                continue
            if name == "hytegraph validate (cold)" and not cold:
                heavy[name] = [Run(None, None, "not run (--no-cold)")]
                continue
            heavy.setdefault(name, []).append(action())
        shutil.rmtree(raw_dir, ignore_errors=True)
        shutil.rmtree(cold_dir, ignore_errors=True)
        print(f"[{label}] round {round_number + 1} of {rounds} done", file=sys.stderr)
    for name, results in heavy.items():
        out[name] = median(results)
    lookup_loads: list[str] = []
    if steps is not None:
        # only the heavy steps asked for, beside the raw bulk_load
        for name in LIGHT_STEPS:
            out[name] = Run(None, None, "not run (--steps)")
        # the steps of the build run(s) above, from its --timings lines (the median run's)
        breakdown: dict[str, float] = build_timings(out.get("hytegraph build"))
    else:
        if lookups_only:
            for name in (
                "raw bulk_load",
                "hytegraph first load",
                "hytegraph validate",
                "hytegraph build",
                "hytegraph validate (cold)",
            ):
                out[name] = Run(None, None, "not run (--lookups-only)")
            # the lookups need the cache entry: built here if missing, not timed
            subprocess.run(
                [PYTHON, "-c", "import sys; from hytegraph.store.load import load_graph; "
                 "load_graph([sys.argv[1]], cache=True)", str(data)],
                env=env, check=True,
            )  # fmt: skip
        # the steps inside validate and build (one run, warm cache)
        breakdown_file = folder / "breakdown.json"
        breakdown_file.unlink(missing_ok=True)
        if breakdown_run:
            step(
                "breakdown",
                [
                    PYTHON,
                    "-c",
                    BREAKDOWN,
                    str(data),
                    str(breakdown_file),
                    str(folder / "build-lib"),
                ],
                record=False,
            )
        breakdown = json.loads(breakdown_file.read_text()) if breakdown_file.exists() else {}
        if triples <= rdflib_max and not lookups_only:
            step("rdflib parse", [PYTHON, "-c", RDFLIB_LOAD, str(data)])
        else:
            out["rdflib parse"] = Run(None, None, f"not run (> {synth_label(rdflib_max)})")
        # the first-load runs above left the cache built: the lookups read it
        shutil.rmtree(raw_dir, ignore_errors=True)
        step(
            "raw bulk_load (store for raw queries)",
            [PYTHON, "-c", RAW_LOAD, str(data), str(raw_dir)],
            record=False,
        )
        entries = sorted(cache_dir.glob("graphs-v*/[0-9a-f]*/store"))
        store_dir = str(entries[0]) if entries else ""
        from hytegraph.core.namespaces import PREFIXES

        prefixes = json.dumps(dict(PREFIXES))  # the prefixes hytegraph declares for every query
        # every answer kept in the entry once (`hytegraph prepare`), so that the lookups below
        # are those of a prepared entry
        if has_command("prepare"):
            step(PREPARE, [*hg, "prepare"])
        else:
            out[PREPARE] = Run(None, None, "not available")
        # The lookups, each a whole process beside its baseline: ``repeat`` rounds of all of them,
        # interleaved (one of each, then again), the median kept.
        lookup_steps = [
            ("import click, pyoxigraph", [PYTHON, "-c", FLOOR]),
            ("hytegraph who", [*hg, "who", info.sample_person, "--timeout", "0"]),
            ("hytegraph body", [*hg, "body", info.sample_body, "--timeout", "0"]),
            (
                "hytegraph who --municipality",
                [
                    *hg,
                    "who",
                    info.sample_person,
                    "--municipality",
                    info.sample_municipality,
                    "--timeout",
                    "0",
                ],
            ),
            (
                "raw chairs",
                [
                    PYTHON,
                    "-c",
                    RAW_QUERY,
                    store_dir,
                    str(ROOT / "queries" / "who-chairs-what.rq"),
                    prefixes,
                ],
            ),
            ("hytegraph chairs", [*hg, "chairs", "--timeout", "0"]),
        ]
        lookup_runs: dict[str, list[Run]] = {name: [] for name, _cmd in lookup_steps}
        for _round in range(max(1, repeat)):
            lookup_loads.append(f"{os.getloadavg()[0]:.1f}")
            for name, cmd in lookup_steps:
                lookup_runs[name].append(step(name, cmd, record=False))
        for name, runs in lookup_runs.items():
            out[name] = median(runs)
        step(
            "hytegraph query multi-body-actors",
            [*hg, "query", "multi-body-actors", "--timeout", "0"],
            repeat,
        )
        step(
            "raw multi-body-actors",
            [
                PYTHON,
                "-c",
                RAW_QUERY,
                store_dir,
                str(ROOT / "queries" / "multi-body-actors.rq"),
                prefixes,
            ],
            repeat,
        )
        html = folder / "focus.html"
        if lookups_only:
            out["hytegraph map --focus"] = Run(None, None, "not run (--lookups-only)")
            out["hytegraph analyze"] = Run(None, None, "not run (--lookups-only)")
        elif has_command("map"):
            step(
                "hytegraph map --focus", [*hg, "map", "--focus", info.sample_body, "-o", str(html)]
            )
        else:
            out["hytegraph map --focus"] = Run(None, None, "not available")
        if lookups_only:
            pass
        elif has_command("analyze"):
            step("hytegraph analyze", [*hg, "analyze", "--top", "20"])
        else:
            out["hytegraph analyze"] = Run(None, None, "not available")
    used = disk_usage(folder)
    shutil.rmtree(raw_dir, ignore_errors=True)
    took = time.perf_counter() - size_started

    lookups_line = (
        f"The lookups: {max(1, repeat)} interleaved round(s), median shown; load average (1 min)"
        f" at the start of each round: {', '.join(lookup_loads)}."
    )
    lines = [
        f"### {label}: {info.triples:,} triples in the file"
        f" ({info.municipalities} municipalities, {info.counties}"
        f" count{'y' if info.counties == 1 else 'ies'}, {info.bodies:,} bodies,"
        f" {info.people:,} people; generated in {generated:.1f} s)",
        "",
        f"{rounds} round(s) of the heavy steps, median shown; load average at the start of each"
        f" round: {'; '.join(loads)}; this size took {took / 60:.1f} min and"
        f" {used / 1e9:.2f} GB of disk.",
        "",
        lookups_line,
        "",
        "| step | time | peak memory | baseline | baseline time | ratio | goal |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    pairs = [
        ("hytegraph first load", "raw bulk_load", "<= 2x"),
        ("hytegraph validate", "raw bulk_load", "<= 3x, <= 4 GB"),
        ("hytegraph validate (cold)", "raw bulk_load", "<= 3x, <= 4 GB"),
        ("hytegraph build", "raw bulk_load", "<= 5x, <= 4 GB"),
        ("rdflib parse", "raw bulk_load", ""),
        ("hytegraph chairs", "raw chairs", "<= 1.5x"),
        (PREPARE, None, ""),
        ("hytegraph who", "import click, pyoxigraph", "<= 2x"),
        ("hytegraph body", "import click, pyoxigraph", "<= 2x"),
        ("hytegraph who --municipality", "import click, pyoxigraph", "<= 2x"),
        ("hytegraph query multi-body-actors", "raw multi-body-actors", ""),
        ("hytegraph map --focus", None, ""),
        ("hytegraph analyze", None, ""),
    ]
    for name, base, goal in pairs:
        a = out[name]
        if base is None:
            lines.append(f"| {name} | {a.cell()} | {a.mem()} | — | — | — | {goal} |")
        else:
            b = out[base]
            cells = [name, a.cell(), a.mem(), base, b.cell(), ratio(a, b), goal]
            lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    if breakdown:
        lines += [
            "Inside validate and build (one run in one process, warm cache, seconds):",
            "",
            "| step | seconds |",
            "| --- | --- |",
            *[f"| {k} | {v} |" for k, v in breakdown.items()],
            "",
        ]
    summary = {k: v.seconds for k, v in out.items()}
    (folder / "results.json").write_text(
        json.dumps({"triples": info.triples, **summary, "breakdown": breakdown}, indent=1)
    )
    return label, lines


def compile_checkout() -> None:
    """Byte-compile the checkout's ``hytegraph`` package, as an installed package is: with
    ``PYTHONDONTWRITEBYTECODE`` set (some shells and CI set it) every timed command would
    otherwise compile the package from source at start, 0.1 s or more of each lookup."""
    import compileall

    compileall.compile_dir(str(ROOT / "hytegraph"), quiet=1)


def synth_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1M,3M", help="comma-separated sizes")
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "hytegraph-scale"
    )
    parser.add_argument("--out", type=Path, default=HERE / "results" / "scale.md")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per command")
    parser.add_argument("--rdflib-max", default="1M", help="largest size parsed with rdflib")
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help="interleaved rounds of the lookups (median kept); runs of other quick commands "
        "(best kept)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--rounds", type=int, default=1, help="interleaved runs of the heavy steps (median kept)"
    )
    parser.add_argument(
        "--no-cold", action="store_true", help="skip validate with an empty cache (long at 3M)"
    )
    parser.add_argument(
        "--lookups-only",
        action="store_true",
        help="only the lookups (chairs, who, body, a heavy query) on the cached graph",
    )
    parser.add_argument(
        "--no-breakdown",
        action="store_true",
        help="skip the in-process run that times the steps inside validate and build",
    )
    parser.add_argument(
        "--steps",
        help="only these heavy steps, comma-separated, each beside the raw bulk_load: "
        + ", ".join(HEAVY_STEPS)
        + " (the lookups, the breakdown and the rdflib parse are left out)",
    )
    args = parser.parse_args(argv)
    steps = None
    if args.steps is not None:
        wanted = [s.strip() for s in args.steps.split(",") if s.strip()]
        unknown = [s for s in wanted if s not in HEAVY_STEPS]
        if unknown or not wanted:
            parser.error(
                f"--steps: unknown step(s) {', '.join(unknown) or '(none given)'}; "
                f"choose from {', '.join(HEAVY_STEPS)}"
            )
        steps = frozenset(HEAVY_STEPS[s] for s in wanted)
    print(
        "bench/scale.py: about 45 min and 1.5 GB of disk at 1M, 2 h or more and 4 GB at 3M "
        "per round "
        f"(work folder {args.work})",
        file=sys.stderr,
    )
    compile_checkout()
    sizes = [synth.parse_size(s) for s in args.sizes.split(",") if s.strip()]
    lines = ["## Results", "", *machine(), ""]
    for n in sizes:
        _label, table = bench_size(
            n,
            args.work,
            timeout=args.timeout,
            rdflib_max=synth.parse_size(args.rdflib_max),
            repeat=args.repeat,
            seed=args.seed,
            rounds=args.rounds,
            cold=not args.no_cold,
            breakdown_run=not args.no_breakdown,
            lookups_only=args.lookups_only,
            steps=steps,
        )
        lines += table
        text = "\n".join(lines) + "\n"
        atomic_write(args.out, text)  # after every size, so partial results survive
    print(text)
    print(f"disk used under {args.work}: {disk_usage(args.work) / 1e9:.2f} GB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

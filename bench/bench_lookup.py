"""Whole-process timings of the lookup commands against ``python -c "import click, rdflib"``.

A lookup should feel instant: the goal is at most 1.5x the time Python needs just to import
click and rdflib. Every command runs as a fresh process (what a user waits for), all in the
same run, interleaved so that machine load affects each alike; the report gives the median of
N runs and the ratio of each command to the baseline.

    python bench/bench_lookup.py                 # 15 runs each, print a table
    python bench/bench_lookup.py -n 31 --markdown docs/bench-lookup.md

Bytecode is cached in a temporary folder (``PYTHONPYCACHEPREFIX``) for every process, as it
would be for an installed package, even where ``PYTHONDONTWRITEBYTECODE`` is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 1.5

COMMANDS: dict[str, list[str]] = {
    'python -c "import click, rdflib"': [sys.executable, "-c", "import click, rdflib"],
    "hytegraph chairs": [sys.executable, "-m", "hytegraph", "chairs"],
    'hytegraph who "Virpi Mattila"': [sys.executable, "-m", "hytegraph", "who", "Virpi Mattila"],
}
BASELINE = 'python -c "import click, rdflib"'


def _env(cache: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs: int) -> dict[str, float]:
    """Median wall-clock seconds per command."""
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    with tempfile.TemporaryDirectory(prefix="hytegraph-bench-") as cache:
        env = _env(cache)
        for argv in COMMANDS.values():  # warm up: bytecode, file system cache
            _once(argv, env)
        for _ in range(runs):
            for name, argv in COMMANDS.items():
                times[name].append(_once(argv, env))
    return {name: statistics.median(values) for name, values in times.items()}


def table(medians: dict[str, float], runs: int) -> str:
    base = medians[BASELINE]
    lines = [
        f"| command (median of {runs} runs) | time | ratio to baseline |",
        "| --- | ---: | ---: |",
    ]
    for name, seconds in medians.items():
        ratio = seconds / base
        mark = "" if name == BASELINE else (" ✓" if ratio <= GOAL else " ✗")
        lines.append(f"| `{name}` | {seconds * 1000:.0f} ms | {ratio:.2f}\u00d7{mark} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=15, help="runs per command")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    medians = measure(args.runs)
    report = table(medians, args.runs)
    print(report, end="")
    if args.markdown:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from hytegraph.core.atomic import atomic_write

        atomic_write(args.markdown, report)
    worst = max(v / medians[BASELINE] for k, v in medians.items() if k != BASELINE)
    return 0 if worst <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())

"""Importing a workbook of N facts against `hytegraph build` on the Turtle it produces.

The workbook is generated deterministically: `bench/synth.py` writes a national-scale graph in
the project's ontology, `hytegraph export --format csvdir` turns it into a workbook, and the
workbook is cut to its first N facts (with every entity, source and quote they need). Both runs
are timed in the same process on the same machine; the report is their ratio.

    python bench/import_bench.py --facts 10000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--triples", default="150k", help="size of the synthetic graph")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    from hytegraph.authoring.export import workbook_tables
    from hytegraph.authoring.importer import import_workbook
    from hytegraph.authoring.tables import Table, csv_bytes
    from hytegraph.core import rdfio

    work = Path(tempfile.mkdtemp(prefix="import-bench-"))
    data = work / "synth.ttl"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "synth.py"),
            "--triples",
            args.triples,
            "--seed",
            str(args.seed),
            "-o",
            str(data),
        ],
        check=True,
    )
    graph = rdfio.read_graph(data)
    tables = workbook_tables(graph)
    facts = tables["facts"].rows
    kept_ids = []
    for row in facts:
        if row.get("id") not in kept_ids:
            kept_ids.append(row.get("id"))
        if len(kept_ids) > args.facts:
            break
    wanted = set(kept_ids[: args.facts])
    tables["facts"] = Table(tables["facts"].columns, [r for r in facts if r.get("id") in wanted])
    folder = work / "workbook"
    folder.mkdir()
    for sheet, table in tables.items():
        (folder / f"{sheet}.csv").write_bytes(csv_bytes(table))
    import shutil

    if (data.parent / "sources").is_dir():
        shutil.copytree(data.parent / "sources", folder / "sources")
    out = work / "out" / "imported.ttl"
    started = time.perf_counter()
    import_workbook([folder], output=out)
    imported = time.perf_counter() - started
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "hytegraph",
            "--no-cache",
            "--data",
            str(out),
            "build",
            "--out",
            str(work / "build"),
        ],
        capture_output=True,
        text=True,
        env={"HYTEGRAPH_NO_CACHE": "1", "PATH": "/usr/bin:/bin"},
    )
    built = time.perf_counter() - started
    print(
        f"facts {len(wanted)}  import {imported:.1f} s  build {built:.1f} s (exit "
        f"{result.returncode})"
        f"  ratio {imported / built:.2f}"
    )


if __name__ == "__main__":
    main()

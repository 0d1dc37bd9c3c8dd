"""Reading an .xlsx workbook: python-calamine against openpyxl, on the same file.

The workbook is the import benchmark's (``bench/import_bench.py``: a synthetic graph exported
with the authoring export, cut to N facts), written as .xlsx by hytegraph's own writer
(openpyxl). Each reader turns every sheet into rows of Python values, as
``hytegraph.authoring.tables`` needs them: python-calamine with ``to_python()``, openpyxl in its
fastest mode (``read_only=True``, ``values_only=True``). The runs are interleaved; the report is
the median of each and their ratio.

    python bench/xlsx_read.py --facts 10000 --runs 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def with_calamine(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return sum(
        len(book.get_sheet_by_name(name).to_python(skip_empty_area=False))
        for name in book.sheet_names
    )


def with_openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(len(list(sheet.iter_rows(values_only=True))) for sheet in book.worksheets)
    finally:
        book.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    from import_bench import make_workbook

    from hytegraph.authoring.tables import read_csv_folder, xlsx_bytes

    work = Path(tempfile.mkdtemp(prefix="xlsx-read-"))
    folder, fact_rows = make_workbook(args.facts, args.seed, work)
    book = read_csv_folder(folder)
    from hytegraph.authoring.tables import Table

    tables = {}
    for sheet, rows in book.sheets.items():
        columns = list(dict.fromkeys(c for row in rows for c in row.cells))
        tables[sheet] = Table(columns, [row.cells for row in rows])
    path = work / "workbook.xlsx"
    path.write_bytes(xlsx_bytes(tables))
    load_before = os.getloadavg()[0]
    times: dict[str, list[float]] = {"python-calamine": [], "openpyxl": []}
    counts = {}
    for _ in range(args.runs):
        for name, reader in (("python-calamine", with_calamine), ("openpyxl", with_openpyxl)):
            started = time.perf_counter()
            counts[name] = reader(path)
            times[name].append(time.perf_counter() - started)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(
        f"{fact_rows:,} fact rows, {sum(len(r) for r in book.sheets.values()):,} rows in all, "
        f"{path.stat().st_size / 1e6:.1f} MB; load average {load_before:.1f} -> "
        f"{os.getloadavg()[0]:.1f}"
    )
    for name, seconds in median.items():
        print(f"{name:16} median {seconds:.2f} s ({counts[name]:,} rows read)")
    print(f"openpyxl / python-calamine: {median['openpyxl'] / median['python-calamine']:.1f}x")


if __name__ == "__main__":
    main()

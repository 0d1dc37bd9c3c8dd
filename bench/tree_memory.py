"""Run a command and report the peak memory of its whole process tree.

``/usr/bin/time`` (and so ``bench/scale.py``) reports the largest single process's resident set.
``build`` forks processes that run beside validation; what the machine must hold is their sum.
This samples every process of the tree every 0.2 s from ``/proc/PID/smaps_rollup`` and adds up
their proportional set sizes (PSS: a page shared by n processes counts 1/n in each), so shared
pages of the forked graph are counted once. Linux only.

    .venv/bin/python bench/tree_memory.py .venv/bin/hytegraph --data FILE build --out OUT

The peak goes to stderr; the command's exit status is returned.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="utf-8") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        kids.setdefault(int(fields[1]), []).append(int(name))
    return kids


def tree_pss(root: int) -> int:
    """Bytes: the summed PSS of ``root`` and every process below it."""
    kids = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack += kids.get(pid, [])
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    process = subprocess.Popen(argv)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_pss(process.pid))
        time.sleep(0.2)
    print(f"peak memory of the process tree (summed PSS): {peak / 1e9:.2f} GB", file=sys.stderr)
    return process.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Whether the Finnish dictionary read from pyvoikko's transducer
(:mod:`hytegraph.authoring.extract.voikkofst`) gives the readings libvoikko gives, word by
word, and how fast each is.

Every word of the extractor's documents (``bench/extract/**/*.txt``, ``data/sources/*.txt``) is
analysed by both (:class:`VoikkoMorphology`, :class:`VoikkoFstMorphology`, without their
caches) and the readings compared as the extractor sees them (basic form, word class, case,
number): the same set of readings, and the same list (order and repeats). Needs libvoikko and
pyvoikko both installed.

    python bench/extract_voikkofst.py [--show 20]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hytegraph.authoring.extract.morphology import (  # noqa: E402
    VoikkoFstMorphology,
    VoikkoMorphology,
)
from hytegraph.authoring.extract.morphology import _readings as readings  # noqa: E402

_WORD = re.compile(r"[^\W_][\w:'-]*")


def words() -> list[str]:
    found: set[str] = set()
    paths = sorted((ROOT / "bench" / "extract").rglob("*.txt"))
    paths += sorted((ROOT / "data" / "sources").glob("*.txt"))
    for path in paths:
        found.update(_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    return sorted(w for w in found if len(w) <= 60)


def timed(analyse, ws: list[str]) -> tuple[dict[str, tuple], float]:
    start = time.perf_counter()
    out = {w: analyse(w) for w in ws}
    return out, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=20, help="list this many differences")
    args = parser.parse_args()
    ws = words()
    lib, fst = VoikkoMorphology(), VoikkoFstMorphology()
    # the uncached lookups: ``analyse`` caches by word, which would hide the cost
    a, t_lib = timed(lambda w: readings(w, lib._found(w)), ws)
    b, t_fst = timed(lambda w: readings(w, fst._found(w)), ws)
    same_set = [w for w in ws if set(a[w]) == set(b[w])]
    same_list = [w for w in ws if a[w] == b[w]]
    print(f"words: {len(ws)}")
    print(f"the same readings (as a set): {len(same_set)} ({len(same_set) / len(ws):.2%})")
    print(f"the same list (order, repeats): {len(same_list)} ({len(same_list) / len(ws):.2%})")
    ratio = t_fst / t_lib
    print(f"libvoikko: {t_lib:.2f} s; transducer: {t_fst:.2f} s ({ratio:.1f} times as long)")
    shown = 0
    for w in ws:
        if set(a[w]) != set(b[w]) and shown < args.show:
            print(f"  {w}: libvoikko {sorted(set(a[w]), key=repr)}")
            print(f"  {' ' * len(w)}  transducer {sorted(set(b[w]), key=repr)}")
            shown += 1


if __name__ == "__main__":
    main()

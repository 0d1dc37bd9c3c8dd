"""Checks this set's expected csv files with the csv module only (the extractor is neither
imported nor run): seven columns, kind membership, one of the five roles, no on_behalf_of or
deputy_for, no person twice for one body, every quote within one line of the page's text and
containing the actor's name (for the one name printed only inflected, the first name
and the stem of the surname)."""

import csv
from pathlib import Path

HEADER = ["kind", "actor", "role", "target", "on_behalf_of", "deputy_for", "quote"]
ROLES = {"chair", "vice_chair", "secretary", "member", "deputy_member"}
# names printed only in an inflected form, with the stem of the surname
INFLECTED = {"Sam Leijonanmieli": "Leijonanmiel"}


def problems(path: Path) -> tuple[int, list[str]]:
    """The number of rows in ``path`` and what is wrong with them."""
    lines = (
        path.with_name(path.name.removesuffix(".expected.csv") + ".txt")
        .read_text(encoding="utf-8")
        .split("\n")
    )
    found: list[str] = []
    seen: set[tuple[str, str]] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        if next(rows) != HEADER:
            found.append("bad header")
        n = 0
        for row in rows:
            n += 1
            if len(row) != 7:
                found.append(f"not seven columns: {row}")
                continue
            kind, actor, role, target, on_behalf_of, deputy_for, quote = row
            if kind != "membership":
                found.append(f"kind: {row}")
            if role not in ROLES:
                found.append(f"role: {row}")
            if on_behalf_of or deputy_for:
                found.append(f"on_behalf_of/deputy_for: {row}")
            if (actor, target) in seen:
                found.append(f"twice: {row}")
            seen.add((actor, target))
            if not any(quote in line for line in lines):
                found.append(f"quote not within one line: {quote}")
            first, _, _last = actor.partition(" ")
            if actor not in quote and not (
                actor in INFLECTED and first in quote and INFLECTED[actor] in quote
            ):
                found.append(f"actor not in quote: {row}")
    return n, found


def main() -> None:
    total, ok = 0, True
    for path in sorted(Path(__file__).resolve().parent.glob("*.expected.csv")):
        n, found = problems(path)
        print(path.name.removesuffix(".expected.csv"), n)
        for problem in found:
            print("  ", problem)
        total += n
        ok = ok and not found
    print("total", total, "OK" if ok else "FAIL")


if __name__ == "__main__":
    main()

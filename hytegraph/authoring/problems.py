"""Problems found in a workbook: each at its place (``sheet!row:column``), with what is wrong and
how to fix it. Import collects every one before it gives up, so a person fixes them all at once."""

from __future__ import annotations

from dataclasses import dataclass

from hytegraph.authoring.tables import Where
from hytegraph.errors import HytegraphError


@dataclass(frozen=True, order=True)
class Problem:
    where: Where | None
    what: str
    fix: str

    def __str__(self) -> str:
        place = f"{self.where}: " if self.where is not None else ""
        return f"{place}{self.what} — {self.fix}"


class Problems(list[Problem]):
    def add(self, where: Where | None, what: str, fix: str) -> None:
        self.append(Problem(where, what, fix))

    def sorted(self) -> list[Problem]:
        order = {"sources": 0, "items": 1, "roles": 2, "entities": 3, "facts": 4, "ambiguities": 5}

        def key(p: Problem) -> tuple[int, str, int, str, str]:
            if p.where is None:
                return (-1, "", 0, "", p.what)
            return (order.get(p.where.sheet, 9), p.where.sheet, p.where.row, p.where.column, p.what)

        return sorted(dict.fromkeys(self), key=key)


class ImportFailed(HytegraphError):
    """A workbook with problems; nothing was written. ``problems`` lists them all; ``preview``
    says what became of each entity that could be matched (for ``import --dry-run``)."""

    def __init__(
        self, workbook: str, problems: list[Problem], preview: list[str] | None = None
    ) -> None:
        self.problems = problems
        self.preview = list(preview or [])
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(
            f"{workbook}: {len(problems)} problem(s); nothing was written\n{lines}",
            hint="Fix each cell named above and run the import again (--dry-run checks "
            "without writing).",
        )


__all__ = ["ImportFailed", "Problem", "Problems"]

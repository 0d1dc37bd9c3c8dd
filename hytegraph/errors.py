"""The one exception hierarchy: every error says what is wrong, where, and how to fix it.

Imports nothing of hytegraph, so that every layer can raise these errors."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol


class Report(Protocol):
    """What :class:`ValidationFailed` needs of a report
    (:class:`hytegraph.check.validate.ValidationReport` is one)."""

    @property
    def problems(self) -> Sequence[object]: ...


class HytegraphError(Exception):
    """Base class for errors a user can act on; ``hint`` says how to fix it."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        return self.message

    def describe(self) -> str:
        """The message followed by the hint, as shown on the command line."""
        return f"{self.message}\n  hint: {self.hint}" if self.hint else self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Subclasses take other constructor arguments than ``args``; rebuild from the state, so
        # that an error raised in a query's child process reaches the parent intact.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(
    cls: type[HytegraphError], args: tuple[object, ...], state: dict[str, object]
) -> HytegraphError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputError(HytegraphError):
    """A data file that cannot be read: names the file and, when known, the line."""

    hint = "Fix the syntax at that place in the file and run the command again."

    def __init__(
        self,
        file: str | Path,
        line: int | None,
        message: str,
        *,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.file = Path(file)
        self.line = line
        self.column = column
        self.detail = message
        where = str(self.file)
        if line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        super().__init__(f"{where}: {message}", hint=hint)


class UnsupportedFormat(HytegraphError):
    """A file whose extension hytegraph cannot read or write."""

    def __init__(self, file: str | Path, supported: Sequence[str]) -> None:
        self.file = Path(file)
        self.supported = list(supported)
        listed = ", ".join(self.supported)
        super().__init__(
            f"{self.file}: unsupported file type {self.file.suffix or '(no extension)'!r}; "
            f"supported: {listed}",
            hint=f"Convert the file to one of {listed}, or rename it if it already is one.",
        )


class MissingFile(HytegraphError):
    """A file or folder that should exist but does not."""

    def __init__(self, path: str | Path, what: str = "file", *, hint: str | None = None) -> None:
        self.path = Path(path)
        super().__init__(
            f"{what} not found: {self.path}",
            hint=hint or "Check the path (it is relative to the current directory).",
        )


class OutputError(HytegraphError, OSError):
    """A file that cannot be written (read-only or full disk, no permission, a file where a
    folder should be); nothing was written. Still an :class:`OSError` for callers that treat
    every failed write alike."""

    def __init__(self, path: str | Path, reason: str, *, hint: str | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            f"cannot write {self.path}: {reason}",
            hint=hint
            or "Nothing was written and existing files are unchanged; write somewhere else "
            "(-o / --out), or free space or fix the folder's permissions.",
        )


class ValidationFailed(HytegraphError):
    """The graph does not pass SHACL or the integrity checks; carries the report."""

    hint = "Run `hytegraph validate` to see every problem and how to fix it."

    def __init__(self, report: Report) -> None:
        self.report = report
        super().__init__(f"validation failed with {len(report.problems)} problem(s)")


class QueryError(HytegraphError):
    """A SPARQL query that cannot be parsed or evaluated."""

    hint = "Check the SPARQL syntax; prefixes hyte:, org:, prov:, skos:, ... are predeclared."


class QueryTimeout(QueryError):
    """A query that ran longer than its time limit."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        super().__init__(
            f"query did not finish within {timeout:g} s",
            hint="Narrow the query (more specific patterns, LIMIT) or allow a longer timeout.",
        )


class QueryTooLarge(QueryError):
    """A query over the size or nesting limit, refused before any parser reads it."""


class QueryMemoryExceeded(QueryError):
    """A query whose process needed more memory than its limit allows."""

    def __init__(self, limit_mb: int) -> None:
        self.limit_mb = limit_mb
        super().__init__(
            f"the query used more than {limit_mb} MB of memory and was stopped",
            hint="Narrow the query (more specific patterns, LIMIT), or allow more memory with "
            "--max-memory MB.",
        )


class QueryCrashed(QueryError):
    """A query whose process ended abnormally (a crash of the parser or the engine)."""

    hint = (
        "The query is probably nested too deeply or too large for the SPARQL engine; "
        "simplify it. Nothing else was affected."
    )


class QueryRefused(QueryError):
    """A query hytegraph will not run: an update, or one that would reach outside the graph."""

    hint = "Queries are read-only and run on the local graph only; remove that part."


class UnsupportedShape(HytegraphError):
    """A SHACL shapes file uses a construct the SPARQL compiler of validation does not handle
    (the message names the shape and the construct)."""


class ConfigurationError(HytegraphError):
    """A wrong argument to a library function (unknown backend, format, ...)."""


class EndpointError(HytegraphError):
    """A SPARQL server that cannot be reached, refuses a request or answers something unusable."""

    hint = "Check the server address (--endpoint or HYTEGRAPH_ENDPOINT) and that it is running."

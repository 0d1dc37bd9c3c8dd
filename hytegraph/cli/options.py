"""Reusable click options and the bridge from library errors to click errors."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import click

from hytegraph.errors import HytegraphError

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "json", "csv")
LANGUAGES = ("fi", "en", "sv")


def format_option(choices: Sequence[str] = FORMATS, default: str | None = None) -> Callable[[F], F]:
    """``--format`` with the given choices (default: the first one, normally ``table``)."""
    chosen = default if default is not None else choices[0]
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices), case_sensitive=False),
        default=chosen,
        show_default=True,
        help="Output format.",
    )


def lang_option(default: str = "fi") -> Callable[[F], F]:
    """``--lang fi|en|sv``: the language labels are shown in (falling back to Finnish)."""
    return click.option(
        "--lang",
        type=click.Choice(list(LANGUAGES), case_sensitive=False),
        default=default,
        show_default=True,
        help="Language of labels (falls back to Finnish).",
    )


def _remember_excel(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    ctx.meta["hytegraph.excel"] = bool(value)
    return value


def excel_option() -> Callable[[F], F]:
    """``--excel``: CSV as a Finnish Excel opens it with a double click (UTF-8 with a byte
    order mark, ``;`` between cells, decimal comma, booleans 1/0, ISO dates); implies CSV.
    The command reads it with :func:`wants_excel`."""
    return click.option(
        "--excel",
        is_flag=True,
        expose_value=False,
        callback=_remember_excel,
        help="CSV for Excel: UTF-8 with BOM, ';' between cells, decimal comma (implies csv).",
    )


def wants_excel() -> bool:
    """Whether the running command was given ``--excel``."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get("hytegraph.excel"))


#: Seconds a lookup or catalogue query may run by default (``--timeout``).
DEFAULT_TIMEOUT = 30.0


def timeout_option(default: float = DEFAULT_TIMEOUT) -> Callable[[F], F]:
    """``--timeout SECONDS``: stop a query that runs longer (0 = no limit)."""
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=default,
        show_default=True,
        metavar="SECONDS",
        help="Stop the query after this many seconds (0: no limit).",
    )


def to_click_error(error: HytegraphError) -> click.ClickException:
    """A click error (exit 1, message and hint, no traceback) for a library error."""
    return click.ClickException(error.describe())


@contextlib.contextmanager
def cli_errors() -> Iterator[None]:
    """Turn :class:`HytegraphError` raised inside the block into a :class:`click.ClickException`."""
    try:
        yield
    except HytegraphError as e:
        raise to_click_error(e) from e


class DateType(click.ParamType):
    """A day (``2023-06-01`` or ``1.6.2023``), given to the command as ``YYYY-MM-DD``; anything
    else is a usage error (exit 2) that says what to write."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from hytegraph.query.when import BadDate, parse_date

        try:
            return parse_date(str(value))
        except BadDate as e:
            self.fail(e.describe(), param, ctx)


DATE = DateType()


def as_of_option() -> Callable[[F], F]:
    """``--as-of DATE``: only what was in force on that day (docs/time.md)."""
    return click.option(
        "--as-of",
        "as_of",
        type=DATE,
        default=None,
        help="Only what was in force on this day (2023-06-01 or 1.6.2023): facts whose own "
        "dates hold then, or that a source dated by then cites (docs/time.md).",
    )

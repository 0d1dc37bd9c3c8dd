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

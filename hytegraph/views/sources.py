"""The evidence of a row as a table shows it (``Espoon vastaukset 2023 / kohta 3 / X``), for
every backend and for answers kept in a cache entry: plain values only, so that a lookup read
from a kept answer imports neither the store nor rdflib."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Row = dict[str, Any]

_ITEM_WORD = {"fi": "kohta", "en": "item", "sv": "punkt"}
#: Longest document name a ``sources`` cell shows when the document has no short title.
SHORT_TITLE = 40


def shorten(title: str, limit: int = SHORT_TITLE) -> str:
    """``title`` cut after a whole word to at most ``limit`` characters, with "…"."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0].rstrip(" /,;:-\u2013")
    return f"{cut}…"


def _document(source: Row) -> str:
    return str(source.get("source_short") or shorten(str(source.get("source") or "")))


def _place(source: Row, lang: str) -> list[str]:
    parts = []
    if source.get("item_number") is not None:
        parts.append(f"{_ITEM_WORD.get(lang, 'kohta')} {source['item_number']}")
    elif source.get("item"):
        parts.append(str(source["item"]))
    if source.get("respondent"):
        parts.append(str(source["respondent"]))
    return parts


def compact_source(source: Row, lang: str = "fi") -> str:
    """``Espoon vastaukset 2023 / kohta 3 / Kasvun ja oppimisen toimiala``: where a piece of
    evidence comes from (the document's short title, the item, who answered)."""
    return " / ".join(p for p in (_document(source), *_place(source, lang)) if p)


def compact_sources(sources_: Sequence[Row], lang: str = "fi") -> str:
    """The places of several pieces of evidence, each once; the document is named once for
    the places that follow it (``Espoon vastaukset 2023 / kohta 2 / X; kohta 3 / Y``)."""
    shown: list[str] = []
    last = None
    for source in sources_:
        document = _document(source)
        place = " / ".join(_place(source, lang))
        text = place if document == last and place else compact_source(source, lang)
        last = document
        if text not in shown:
            shown.append(text)
    return "; ".join(shown)


__all__ = ["SHORT_TITLE", "compact_source", "compact_sources", "shorten"]

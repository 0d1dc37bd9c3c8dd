"""``chairs`` from the rows of the whole graph kept in the cache entry
(:mod:`hytegraph.store.kept`): computed by :func:`hytegraph.views.lookups.chairs` the first time,
read (and limited to a municipality or county) without any rdflib term afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hytegraph.query.dates import TimedRows
from hytegraph.views.plain import NO_SCOPE, Scope

if TYPE_CHECKING:
    from hytegraph.store import Store


def chairs(
    store: Store,
    lang: str = "fi",
    *,
    within: Scope = NO_SCOPE,
    own_dates: bool = True,
    timeout: float | None = None,
) -> list[dict[str, Any]]:
    """:func:`hytegraph.views.lookups.chairs` without a body or a date, its rows over the whole
    graph computed once per cache entry: the first call keeps them in the entry, later calls
    read them and keep those of the scope (each row names the municipalities and counties of
    its body, as the query limited to an area decides them). A scoped call before any unscoped
    one, or a store not opened from the cache, asks the general lookup."""
    from hytegraph.store import kept

    name = f"chairs-{lang.lower()}-{'dates' if own_dates else 'no-dates'}"
    rows = kept.read(store, name)
    if rows is None:
        from hytegraph.views import lookups

        found = lookups.chairs(
            store, None, lang, within=within, timeout=timeout, own_dates=own_dates
        )
        if within.empty:
            kept.keep(store, name, list(found))
        return found
    out = TimedRows(row for row in rows if _belongs(row, within))
    out.as_of = None
    return out


def _belongs(row: dict[str, Any], within: Scope) -> bool:
    return all(
        match.iri in row[f"{key}_iri"]
        for key, match in (("municipality", within.municipality), ("county", within.county))
        if match is not None
    )


__all__ = ["chairs"]

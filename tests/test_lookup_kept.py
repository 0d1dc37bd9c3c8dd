"""``chairs`` from the rows kept in the cache entry (:mod:`hytegraph.store.kept`,
:func:`hytegraph.views.kept_chairs.chairs`): the first call computes the rows of the whole graph and
keeps them; later calls read them, and those of a municipality or county are exactly the rows
the query limited to that area gives, in every language, with and without the own dates."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, load_synth

from hytegraph.store import kept
from hytegraph.store.load import load_graph
from hytegraph.store.names import Match
from hytegraph.views import kept_chairs, lookups, plain

synth = load_synth()
SCOPE = FIXTURES / "scope" / "scope.ttl"


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kept")
    synth.generate(folder / "national.ttl", 6000, seed=4)
    return {"synthetic": [folder / "national.ttl"], "scope": [SCOPE]}


def _areas(store):
    """A scope for each municipality, each county, and each municipality with its county."""
    found = store.select_plain(lookups.resources.read_sparql("scope_areas"))
    municipalities = sorted(a for a, c in found if c.endswith("#Municipality"))
    counties = sorted(a for a, c in found if c.endswith("#WellbeingServicesCounty"))
    scopes = [plain.Scope(municipality=Match(m, "municipality", "", 100)) for m in municipalities]
    scopes += [plain.Scope(county=Match(c, "county", "", 100)) for c in counties]
    scopes += [
        plain.Scope(Match(m, "municipality", "", 100), Match(c, "county", "", 100))
        for m in municipalities
        for c in counties
    ]
    return municipalities, counties, scopes


@pytest.mark.parametrize("graph", ["synthetic", "scope"])
def test_kept_rows_are_the_rows_of_the_query(graph, graphs, monkeypatch):
    store = load_graph(graphs[graph], cache=True)
    entry = store.cache_entry.path
    municipalities, counties, scopes = _areas(store)
    assert len(municipalities) > 1 and counties
    for lang, own_dates in (("fi", False), ("en", True), ("sv", False)):
        general = {within: lookups.chairs(store, None, lang, within=within, own_dates=own_dates)
                   for within in [plain.NO_SCOPE, *scopes]}  # fmt: skip
        first = kept_chairs.chairs(store, lang, own_dates=own_dates)  # computes and keeps them
        assert first == general[plain.NO_SCOPE]
        name = f"chairs-{lang}-{'dates' if own_dates else 'no-dates'}"
        assert (entry / f"rows-{name}.json").is_file()
        with monkeypatch.context() as m:  # from now on only the kept rows answer
            m.setattr(lookups, "chairs", lambda *a, **k: pytest.fail("computed again"))
            assert kept_chairs.chairs(store, lang, own_dates=own_dates) == first
            shown = 0
            for within in scopes:
                rows = kept_chairs.chairs(store, lang, within=within, own_dates=own_dates)
                assert rows == general[within], within
                assert [list(r) for r in rows] == [list(r) for r in general[within]]
                shown += bool(rows)
            assert shown >= len(municipalities)  # not all empty


def test_a_scope_first_asks_the_query_and_keeps_nothing(graphs):
    store = load_graph(graphs["scope"], cache=True)
    _m, _c, scopes = _areas(store)
    name = "chairs-en-dates"
    (store.cache_entry.path / f"rows-{name}.json").unlink(missing_ok=True)
    rows = kept_chairs.chairs(store, "en", within=scopes[0])
    assert rows == lookups.chairs(store, None, "en", within=scopes[0])
    assert kept.read(store, name) is None


def test_rows_kept_by_other_code_are_made_again(graphs):
    store = load_graph(graphs["scope"], cache=True)
    path = store.cache_entry.path / "rows-chairs-fi-dates.json"
    path.write_text(json.dumps({"stamp": "other code", "rows": [{"chair": "stale"}]}))
    rows = kept_chairs.chairs(store)
    assert rows == lookups.chairs(store) and rows[0]["chair"] != "stale"
    assert json.loads(path.read_text())["stamp"] == kept.stamp()
    path.write_text("{ not json")
    assert kept_chairs.chairs(store) == rows


def test_a_graph_not_from_the_cache_keeps_nothing(graphs):
    store = load_graph(graphs["scope"])
    assert store.cache_entry is None
    assert kept_chairs.chairs(store, "fi") == lookups.chairs(store, None, "fi")
    assert not kept.keep(store, "chairs-fi-dates", [])
    assert kept.read(store, "chairs-fi-dates") is None

"""``who`` and ``body`` answered from the cache entry (:mod:`hytegraph.views.kept_names`): the
first time a question is asked of a graph it is answered on pyoxigraph's terms and kept; the
next command asking it reads the answer without opening the store, and prints the same bytes
(stdout, stderr, exit status) in every format and language and in a scope; on the bundled data,
the scope fixture and a synthetic graph with edge cases. A kept file made by other code, or a
damaged one, is made again; a date, ``--no-cache`` and a name that is not found keep nothing."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, load_synth
from test_lookup_plain import EDGES

from hytegraph.cli import main
from hytegraph.cli.app import AppContext
from hytegraph.store import kept
from hytegraph.store.load import load_graph
from hytegraph.store.names import ACTOR_KINDS, BODY_KINDS
from hytegraph.views import kept_names, lookups, plain

synth = load_synth()
SCOPE = FIXTURES / "scope" / "scope.ttl"
#: Each language with a format: the kept rows are printed as each format prints them.
LANGUAGES = (("fi", []), ("en", ["--format", "json"]), ("sv", ["--format", "csv"]))


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """A cache of this test's own, so that no question was asked of it before."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("HYTEGRAPH_CACHE_DIR", str(folder))
    return folder


def _no_store(self, **options):
    pytest.fail("the store was opened for a question asked before")


def _outcome(result):
    return result.exit_code, result.stdout_bytes, result.stderr_bytes


def _twice(args, monkeypatch, command=None):
    """``args`` run twice: answered (and kept) the first time, the second time from the kept
    answer without opening the store, when the first found the name. Both outcomes."""
    runner = CliRunner()
    calls: list[str] = []
    for kind in ("who", "body"):
        real = getattr(plain, kind)
        monkeypatch.setattr(
            plain,
            kind,
            lambda *a, _real=real, _kind=kind, **k: calls.append(_kind) or _real(*a, **k),
        )
    command = command or next(a for a in args if a in ("who", "body"))
    first = runner.invoke(main, args)
    assert calls == [command]  # answered on pyoxigraph's terms
    with monkeypatch.context() as m:
        if first.exit_code == 0:
            m.setattr(AppContext, "load", _no_store)
        second = runner.invoke(main, args)
    assert len(calls) == (1 if first.exit_code == 0 else 2)  # the plain path ran again?
    return _outcome(first), _outcome(second)


def _names(store, kinds, only=None):
    """The names of the entities of ``kinds`` (those whose IRI ``only`` holds, if given)."""
    rows = lookups.names(store, None, kinds)
    return sorted(
        {r["name"] for r in rows if only is None or f"<{r['iri'].split('/id/')[-1]}>" in only}
    )


def _check_all(data, store, monkeypatch, scopes=((),), only=None):
    """Every actor (``who``) and body (``body``) of ``store`` in each of ``scopes`` (extra
    options), the three languages (and formats) taken in turn: the kept answer prints what the
    first one printed."""
    answered = turn = 0
    for command, kinds in (("who", ACTOR_KINDS), ("body", BODY_KINDS)):
        for name in _names(store, kinds, only):
            for extra in scopes:
                lang, options = LANGUAGES[turn % len(LANGUAGES)]
                turn += 1
                args = [*data, command, name, "--lang", lang, *options, *extra]
                first, second = _twice(args, monkeypatch, command)
                assert second == first, args
                answered += first[0] == 0
    return answered


def test_every_actor_and_body_of_the_bundled_data(cache_dir, monkeypatch):
    store = load_graph(cache=True)
    answered = _check_all([], store, monkeypatch)
    assert answered > 20
    path = store.cache_entry.path / kept_names.FILE
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == answered


def test_every_actor_and_body_of_the_scope_fixture_in_each_area(cache_dir, monkeypatch):
    data = ["--data", str(SCOPE)]
    store = load_graph([SCOPE], cache=True)
    areas = store.select_plain(lookups.resources.read_sparql("scope_areas"))
    municipalities = [
        plain.label(store, plain._N(a)) for a, c in areas if c.endswith("#Municipality")
    ]
    counties = [
        plain.label(store, plain._N(a)) for a, c in areas if c.endswith("#WellbeingServicesCounty")
    ]
    assert len(municipalities) > 1 and counties
    scopes = [(), *(("--municipality", m) for m in municipalities), ("--county", counties[0])]
    # the entities of the fixture (the bundled data's are checked above)
    only = SCOPE.read_text(encoding="utf-8")
    assert _check_all(data, store, monkeypatch, scopes, only) > 10


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kept-names")
    synth.generate(folder / "national.ttl", 6000, seed=5)
    (folder / "edges.ttl").write_text(EDGES, encoding="utf-8")
    return [folder / "national.ttl", folder / "edges.ttl"]


def test_a_synthetic_graph_with_edge_cases(synthetic, cache_dir, monkeypatch):
    data = [a for path in synthetic for a in ("--data", str(path))]
    store = load_graph(synthetic, cache=True)
    people = _names(store, {"person"})
    bodies = _names(store, BODY_KINDS)
    edges = ["Reuna Yksi", "Reuna Kaksi", "Reuna Kolme"]
    municipality = plain.label(
        store,
        plain._N(
            next(
                a
                for a, c in store.select_plain(lookups.resources.read_sparql("scope_areas"))
                if c.endswith("#Municipality")
            )
        ),
    )
    questions = [["who", n] for n in [*edges, *people[:: max(1, len(people) // 12)]]]
    questions += [["body", n] for n in ["Reunaryhmä", *bodies[:: max(1, len(bodies) // 6)]]]
    questions += [["who", n, "--municipality", municipality] for n in people[:6]]
    questions = list(dict.fromkeys(map(tuple, questions)))
    answered = 0
    for turn, question in enumerate(questions):
        lang, options = LANGUAGES[turn % len(LANGUAGES)]
        first, second = _twice(
            [*data, *question, "--lang", lang, *options], monkeypatch, question[0]
        )
        assert second == first, question
        answered += first[0] == 0
    assert answered > len(questions) // 2


def test_other_code_or_a_damaged_file_is_made_again(cache_dir, monkeypatch):
    args = ["who", "Annika", "--format", "json"]
    first, _ = _twice(args, monkeypatch)
    assert first[0] == 0
    path = kept_names.entry_path([]) / kept_names.FILE
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'other code' WHERE key = 'stamp'")
        db.execute("UPDATE answers SET answer = '{\"rows\": []}'")
    again, kept_again = _twice(args, monkeypatch)  # not read: answered and kept anew
    assert again == first and kept_again == first
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta").fetchone()[0] == kept.stamp()
    path.write_bytes(b"not a database at all" * 100)
    again, kept_again = _twice(args, monkeypatch)
    assert again == first and kept_again == first


def test_a_date_no_cache_and_unknown_names_keep_nothing(cache_dir, monkeypatch):
    runner = CliRunner()
    for args in (
        ["who", "Annika", "--as-of", "2024-01-01"],
        ["--no-cache", "who", "Annika"],
        ["who", "Ei Ketään Tällä Nimellä"],
        ["body", "Annika"],
    ):
        runner.invoke(main, args)
        entry = kept_names.entry_path([])
        assert entry is None or not (entry / kept_names.FILE).is_file(), args
    monkeypatch.setenv("HYTEGRAPH_NO_CACHE", "1")
    assert kept_names.entry_path([]) is None


def test_no_cache_entry_no_kept_answer(cache_dir):
    assert kept_names.entry_path([]) is None  # nothing built in this cache yet
    assert kept_names.read(None, kept_names.question("who", "x", "fi", None, None)) is None
    assert not kept_names.keep(load_graph(), "q", kept_names.Answer([], "", "", (0, 0)))

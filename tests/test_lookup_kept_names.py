"""``who`` and ``body`` answered from the cache entry (:mod:`hytegraph.views.kept_names`):
``hytegraph prepare`` computes the answer of every actor and body in every language
(:mod:`hytegraph.views.every_answer`) and keeps them; any later question, of any name, in any
language, format or scope, is read from them without opening the store, and prints the same bytes
(stdout, stderr, exit status) as the answer computed on the store; on the bundled data, the scope
fixture and a synthetic graph with edge cases. Without it, a lookup never makes them: it keeps
the answer to its own question, which the next command asking the same reads. A prepare that
runs out of time keeps nothing; a kept file made by other code, or a damaged one, is not read;
a date and ``--no-cache`` keep nothing."""

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
    """A cache of this test's own, so that nothing was kept in it before."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("HYTEGRAPH_CACHE_DIR", str(folder))
    return folder


def _no_store(self, **options):
    pytest.fail("the store was opened for a kept answer")


def _outcome(result):
    return result.exit_code, result.stdout_bytes, result.stderr_bytes


def _computed(args, monkeypatch):
    """``args`` answered on the store (nothing read from, or added to, the kept answers)."""
    with monkeypatch.context() as m:
        m.setattr(kept_names, "read", lambda *a, **k: None)
        m.setattr(kept_names, "keep", lambda *a, **k: False)
        return _outcome(CliRunner().invoke(main, args))


def _kept(args, monkeypatch, found=True):
    """``args`` answered from the kept answers (the store is not opened when ``found``)."""
    with monkeypatch.context() as m:
        if found:
            m.setattr(AppContext, "load", _no_store)
        return _outcome(CliRunner().invoke(main, args))


def _both(args, monkeypatch):
    """The computed and the kept outcome of ``args``."""
    computed = _computed(args, monkeypatch)
    return computed, _kept(args, monkeypatch, computed[0] == 0)


def _names(store, kinds, only=None):
    """The names of the entities of ``kinds`` (those whose IRI ``only`` holds, if given)."""
    rows = lookups.names(store, None, kinds)
    return sorted(
        {r["name"] for r in rows if only is None or f"<{r['iri'].split('/id/')[-1]}>" in only}
    )


def _first(data, monkeypatch):
    """``hytegraph prepare``: every answer kept."""
    result = CliRunner().invoke(main, [*data, "prepare"])
    assert result.exit_code == 0, result.output
    assert "answers kept in the cache" in result.stderr


def _never_all(*args, **options):
    pytest.fail("a lookup made every answer")


def _check_all(data, store, monkeypatch, scopes=((),), only=None):
    """Every actor (``who``) and body (``body``) of ``store`` in each of ``scopes`` (extra
    options), the three languages (and formats) taken in turn: the kept answer prints what the
    computed one prints."""
    _first(data, monkeypatch)
    answered = turn = 0
    for command, kinds in (("who", ACTOR_KINDS), ("body", BODY_KINDS)):
        for name in _names(store, kinds, only):
            for extra in scopes:
                lang, options = LANGUAGES[turn % len(LANGUAGES)]
                turn += 1
                args = [*data, command, name, "--lang", lang, *options, *extra]
                computed, kept_ = _both(args, monkeypatch)
                assert kept_ == computed, args
                answered += computed[0] == 0
    return answered


def test_every_actor_and_body_of_the_bundled_data(cache_dir, monkeypatch):
    store = load_graph(cache=True)
    answered = _check_all([], store, monkeypatch)
    assert answered > 20
    path = store.cache_entry.path / kept_names.FILE
    with sqlite3.connect(path) as db:
        actors = db.execute("SELECT count(*) FROM answers WHERE command = 'who'").fetchone()[0]
        bodies = db.execute("SELECT count(*) FROM answers WHERE command = 'body'").fetchone()[0]
    assert actors == 3 * len({r["iri"] for r in lookups.names(store, None, ACTOR_KINDS)})
    assert bodies == 3 * len({r["iri"] for r in lookups.names(store, None, BODY_KINDS)})


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
    scopes = [
        (),
        *(("--municipality", m) for m in municipalities),
        *(("--county", c) for c in counties),
        ("--municipality", municipalities[0], "--county", counties[0]),
    ]
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
    areas = store.select_plain(lookups.resources.read_sparql("scope_areas"))
    municipality, county = (
        plain.label(store, plain._N(next(a for a, c in areas if c.endswith(suffix))))
        for suffix in ("#Municipality", "#WellbeingServicesCounty")
    )
    _first(data, monkeypatch)
    questions = [["who", n] for n in [*edges, *people[:: max(1, len(people) // 12)]]]
    questions += [["body", n] for n in ["Reunaryhmä", *bodies[:: max(1, len(bodies) // 6)]]]
    questions += [["who", n, "--municipality", municipality] for n in people[:6]]
    questions += [["who", n, "--county", county] for n in people[6:10]]
    questions += [["body", n, "--municipality", municipality] for n in bodies[:4]]
    # parts of names: ambiguous, or told apart by the scope
    questions += [["who", n.split()[0], "--municipality", municipality] for n in people[:4]]
    questions += [["who", n.split()[-1]] for n in people[:3]]
    questions = list(dict.fromkeys(map(tuple, questions)))
    answered = 0
    for turn, question in enumerate(questions):
        lang, options = LANGUAGES[turn % len(LANGUAGES)]
        computed, kept_ = _both([*data, *question, "--lang", lang, *options], monkeypatch)
        assert kept_ == computed, question
        answered += computed[0] == 0
    assert answered > len(questions) // 2


def test_other_code_or_a_damaged_file_is_made_again(cache_dir, monkeypatch):
    args = ["who", "Annika", "--format", "json"]
    _first([], monkeypatch)
    computed, kept_ = _both(args, monkeypatch)
    assert computed[0] == 0 and kept_ == computed
    path = kept_names.entry_path([]) / kept_names.FILE
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'other code' WHERE key = 'stamp'")
        db.execute("UPDATE answers SET parts = x'00'")
    assert kept_names.read(kept_names.entry_path([]), "who", "Annika", "fi") is None
    first = _outcome(CliRunner().invoke(main, args))  # computed, and this answer kept
    assert first == computed and _kept(args, monkeypatch) == computed
    assert not kept_names.prepared(kept_names.entry_path([]))
    _first([], monkeypatch)  # every answer kept anew
    with sqlite3.connect(path) as db:
        assert dict(db.execute("SELECT key, value FROM meta"))["stamp"] == kept.stamp()
    path.write_bytes(b"not a database at all" * 100)
    asked = kept_names.entry_path([]) / kept_names.ASKED_FILE
    asked.write_bytes(b"not a database either" * 100)
    assert kept_names.read(kept_names.entry_path([]), "who", "Annika", "fi") is None
    first = _outcome(CliRunner().invoke(main, args))
    assert first == computed and _kept(args, monkeypatch) == computed


def test_a_damaged_answer_is_not_read(cache_dir, monkeypatch):
    _first([], monkeypatch)
    entry = kept_names.entry_path([])
    assert kept_names.read(entry, "who", "Annika", "fi") is not None
    with sqlite3.connect(entry / kept_names.FILE) as db:
        db.execute("UPDATE answers SET parts = x'00'")
    assert kept_names.read(entry, "who", "Annika", "fi") is None


def test_a_date_and_no_cache_keep_nothing(cache_dir, monkeypatch):
    runner = CliRunner()
    for args in (["who", "Annika", "--as-of", "2024-01-01"], ["--no-cache", "who", "Annika"]):
        runner.invoke(main, args)
        entry = kept_names.entry_path([])
        for kept_file in (kept_names.FILE, kept_names.ASKED_FILE):
            assert entry is None or not (entry / kept_file).is_file(), args
    monkeypatch.setenv("HYTEGRAPH_NO_CACHE", "1")
    assert kept_names.entry_path([]) is None


def test_unknown_and_ambiguous_names_are_not_answered_from_kept_rows(cache_dir, monkeypatch):
    _first([], monkeypatch)
    entry = kept_names.entry_path([])
    assert kept_names.read(entry, "who", "Ei Ketään Tällä Nimellä", "fi") is None
    assert kept_names.read(entry, "body", "Annika", "fi") is None  # a person, not a body
    assert kept_names.read(entry, "who", "Annika", "fi", "Ei Kunta") is None
    assert kept_names.read(entry, "who", "Annika", "de") is None  # not a language kept


def test_no_cache_entry_no_kept_answer(cache_dir):
    from hytegraph.errors import HytegraphError

    assert kept_names.entry_path([]) is None  # nothing built in this cache yet
    assert kept_names.read(None, "who", "x", "fi") is None
    with pytest.raises(HytegraphError, match="graph cache"):
        kept_names.keep_all(load_graph())
    result = CliRunner().invoke(main, ["--no-cache", "prepare"])
    assert result.exit_code == 1
    assert "Error: the answers can only be kept in the graph cache" in result.stderr
    result = CliRunner().invoke(main, ["prepare", "--data", str(cache_dir / "missing.ttl")])
    assert result.exit_code == 1 and "Error: data file not found" in result.stderr


def test_without_prepare_each_question_is_kept_when_asked(cache_dir, monkeypatch):
    # as before every answer could be kept: the first asking computes (on pyoxigraph's terms)
    # and keeps its answer; the next command asking the same reads it without the store
    monkeypatch.setattr(kept_names, "keep_all", _never_all)
    questions = [
        ["who", "Annika"],
        ["who", "Annika", "--lang", "en", "--format", "json"],
        ["who", "Annika", "--lang", "sv", "--format", "csv", "--municipality", "Kauniainen"],
        ["body", "Hyte-ohjausryhmä", "--lang", "en"],
    ]
    for args in questions:
        calls = []
        real = getattr(plain, args[0])
        with monkeypatch.context() as m:
            counted = lambda *a, _r=real, _c=calls, **k: _c.append(1) or _r(*a, **k)  # noqa: E731
            m.setattr(plain, args[0], counted)
            first = _outcome(CliRunner().invoke(main, args))
            assert first[0] == 0, first
            assert calls == [1]  # computed on pyoxigraph's terms
            m.setattr(AppContext, "load", _no_store)
            assert _outcome(CliRunner().invoke(main, args)) == first, args
    entry = kept_names.entry_path([])
    assert not (entry / kept_names.FILE).exists()
    with sqlite3.connect(entry / kept_names.ASKED_FILE) as db:
        assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == len(questions)
    # not the same question: computed
    assert kept_names.read(entry, "who", "Annika", "sv") is None  # not without the scope
    assert kept_names.read(entry, "who", "annika", "fi") is None


def test_a_prepare_out_of_time_fails_cleanly_and_keeps_nothing(cache_dir, monkeypatch):
    from hytegraph.errors import QueryTimeout
    from hytegraph.views import every_answer

    real = every_answer.answers

    def too_slow(*args, **options):
        # some answers made (and written to the file beside), then a query runs out of time
        for n, item in enumerate(real(*args, **options)):
            if n == 40:
                raise QueryTimeout(options.get("timeout") or 0)
            yield item

    with monkeypatch.context() as m:
        m.setattr(every_answer, "answers", too_slow)
        result = CliRunner().invoke(main, ["prepare", "--timeout", "5"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the answers were not all made in time")
    assert "--timeout 0" in result.stderr and "Traceback" not in result.stderr
    entry = kept_names.entry_path([])
    assert sorted(p.name for p in entry.iterdir() if "rows-" in p.name) == []  # nor beside
    assert kept_names.read(entry, "who", "Annika", "fi") is None
    # a real limit too short for the first query
    result = CliRunner().invoke(main, ["prepare", "--timeout", "0.000001"])
    assert result.exit_code == 1 and "Error: the answers were not all made" in result.stderr
    assert not (entry / kept_names.FILE).exists()
    _first([], monkeypatch)  # no limit (the default): made
    assert kept_names.prepared(entry)
    again = CliRunner().invoke(main, ["prepare"])
    assert again.exit_code == 0 and "were kept already" in again.stderr
    assert again.stderr.count("\n") == 1 and not again.stdout  # no progress off a terminal


def test_prepare_tells_its_progress(cache_dir):
    told = []
    store = load_graph(cache=True)
    prepared = kept_names.keep_all(store, progress=lambda done, total: told.append((done, total)))
    actors = len({r["iri"] for r in lookups.names(store, None, ACTOR_KINDS)})
    assert prepared == kept_names.Prepared(actors, prepared.bodies, False) and prepared.bodies
    total = actors * len(kept_names.LANGUAGES)
    assert told[0] == (0, total) and told[-1] == (total, total)
    assert [d for d, _t in told] == sorted(d for d, _t in told)
    assert kept_names.keep_all(store, progress=told.append).already  # nothing made: no progress
    assert told[-1] == (total, total)


def test_a_lookup_never_makes_every_answer(cache_dir, monkeypatch):
    monkeypatch.setattr(kept_names, "keep_all", _never_all)
    for args in (["who", "Annika", "--timeout", "30"], ["body", "Hyte-ohjausryhmä"]):
        assert CliRunner().invoke(main, args).exit_code == 0
    assert not kept_names.prepared(kept_names.entry_path([]))

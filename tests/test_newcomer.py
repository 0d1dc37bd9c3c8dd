"""What a new user runs into first: global options after the command, Ctrl-C, choices in any
case, `names`, headers in the chosen language, the shape a problem breaks, the build summary in
words, and the library example of the README."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner
from conftest import EXTRA, INVALID

from hytegraph.cli import main


@pytest.fixture
def runner():
    return CliRunner()


# ---------------------------------------------------------------------------------------------
# the library example


def test_validate_imported_from_the_package_is_the_function():
    from hytegraph import load_graph, validate

    report = validate(load_graph())
    assert report.ok
    assert report.format().startswith("Valid: ")


# ---------------------------------------------------------------------------------------------
# global options after the command


@pytest.mark.parametrize(
    "before_after",
    [
        (["--data", str(INVALID / "missing-fi-label.ttl"), "validate"], None),
        (None, ["validate", "--data", str(INVALID / "missing-fi-label.ttl")]),
        (None, ["validate", "--no-cache", "--data", str(INVALID / "missing-fi-label.ttl")]),
    ],
)
def test_data_before_or_after_the_command_is_the_same(runner, mini, before_after):
    args = before_after[0] or before_after[1]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert "VIOLATION" in result.output


def named(tmp_path, name, label):
    """A data file with one steering group called ``label``."""
    path = tmp_path / f"{name}.ttl"
    path.write_text(
        "@base <https://w3id.org/hytegraph/id/> .\n"
        "@prefix hyte: <https://w3id.org/hytegraph/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        f'<body/{name}> a hyte:SteeringGroup ; skos:prefLabel "{label}"@fi .\n',
        encoding="utf-8",
    )
    return path


def test_data_after_the_command_adds_to_data_before_it(runner, tmp_path):
    alpha = named(tmp_path, "alfa", "Alfan testiryhmä")
    beta = named(tmp_path, "beeta", "Beetan testiryhmä")
    result = runner.invoke(
        main, ["--data", str(alpha), "names", "testiryhmä", "--format", "json", "--data", str(beta)]
    )
    assert result.exit_code == 0, result.output
    found = {row["iri"].rsplit("/", 1)[-1] for row in json.loads(result.stdout)}
    assert found == {"alfa", "beeta"}


def test_global_options_are_in_every_commands_help(runner):
    for name in main.commands:
        result = runner.invoke(main, [name, "--help"])
        for option in ("--data", "--no-cache", "--endpoint"):
            assert option in result.output, (name, option)


def test_endpoint_after_the_command_is_used(runner):
    result = runner.invoke(main, ["chairs", "--endpoint", "http://127.0.0.1:9/query"])
    assert result.exit_code == 1
    assert "127.0.0.1:9" in result.output


# ---------------------------------------------------------------------------------------------
# Ctrl-C


def test_interrupt_exits_130_without_a_traceback(runner, mini, monkeypatch):
    from hytegraph.views import lookups

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(lookups, "chairs", interrupted)
    result = runner.invoke(main, ["chairs"])
    assert result.exit_code == 130
    assert "Aborted!" not in result.output
    assert "Traceback" not in result.output
    assert result.output.strip() == "hytegraph: interrupted"


def test_an_error_in_hytegraph_itself_is_one_line_and_exit_70(runner, mini, monkeypatch):
    from hytegraph.views import lookups

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.delenv("HYTEGRAPH_DEBUG", raising=False)
    monkeypatch.setattr(lookups, "chairs", broken)
    result = runner.invoke(main, ["chairs"])
    assert result.exit_code == 70
    assert "Traceback" not in result.output
    assert result.output.startswith("Error: chairs stopped on an error in hytegraph itself")
    assert "IndexError: list index out of range" in result.output
    assert "HYTEGRAPH_DEBUG=1" in result.output


def test_hytegraph_debug_lets_the_error_through(runner, mini, monkeypatch):
    from hytegraph.views import lookups

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setenv("HYTEGRAPH_DEBUG", "1")
    monkeypatch.setattr(lookups, "chairs", broken)
    result = runner.invoke(main, ["chairs"])
    assert isinstance(result.exception, IndexError)


def test_a_real_sigint_exits_130(tmp_path):
    """A command interrupted by the signal itself, as Ctrl-C in a terminal sends it."""
    script = textwrap.dedent(
        """
        import os, signal, time
        from hytegraph.cli import main
        from hytegraph.views import lookups

        def wait_for_ctrl_c(*args, **kwargs):
            # as in a terminal: a test run started in the background inherits SIGINT ignored,
            # and Python then installs no handler of its own
            signal.signal(signal.SIGINT, signal.default_int_handler)
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(60)

        lookups.chairs = wait_for_ctrl_c
        main(["chairs"])
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HYTEGRAPH_NO_CACHE": "1"},
    )
    assert done.returncode == 128 + signal.SIGINT
    assert done.stderr.strip() == "hytegraph: interrupted"
    assert done.stdout == ""


# ---------------------------------------------------------------------------------------------
# choices in any case


@pytest.mark.parametrize(
    "args",
    [
        ["chairs", "--format", "JSON"],
        ["chairs", "--format", "Json", "--lang", "EN"],
        ["analyze", "--section", "Centrality", "--format", "JSON"],
    ],
)
def test_choices_are_not_case_sensitive(runner, args):
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)


def test_export_format_in_capitals(runner, tmp_path):
    out = tmp_path / "graph.ttl"
    result = runner.invoke(main, ["export", "--format", "TTL", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").strip()


# ---------------------------------------------------------------------------------------------
# headers in the chosen language, keys in English


@pytest.mark.parametrize(
    ("lang", "header"),
    # the bundled data hold two municipalities (Espoo, Kauniainen): their column is shown
    [
        ("fi", ["puheenjohtaja", "toimielin", "kunta", "lähteet"]),
        ("en", ["chair", "body", "municipality", "sources"]),
    ],
)
def test_table_headers_follow_the_language(runner, lang, header):
    result = runner.invoke(main, ["chairs", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split() == header


def test_swedish_headers(runner):
    result = runner.invoke(main, ["who", "Virpi Mattila", "--lang", "sv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split() == ["relation", "mål", "kommun", "källor"]


@pytest.mark.parametrize("lang", ["fi", "en", "sv"])
def test_json_and_csv_keys_stay_english(runner, lang):
    rows = json.loads(runner.invoke(main, ["chairs", "--format", "json", "--lang", lang]).stdout)
    assert {"chair", "body", "sources"} <= set(rows[0])
    csv = runner.invoke(main, ["chairs", "--format", "csv", "--lang", lang]).stdout
    assert csv.splitlines()[0].split(",")[:2] == ["chair", "chair_iri"] or csv.startswith("chair,")


def test_validate_table_headers_in_finnish(runner, mini):
    result = runner.invoke(
        main, ["--data", str(INVALID / "missing-fi-label.ttl"), "validate", "--format", "table"]
    )
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].split()[:2] == ["vakavuus", "nimi"]


def test_analyze_in_swedish(runner):
    result = runner.invoke(main, ["analyze", "--section", "actors", "--lang", "sv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "## Aktörer i flest organ"
    assert lines[1].split()[:2] == ["namn", "typ"]


# ---------------------------------------------------------------------------------------------
# names


def test_names_lists_every_named_entity(runner):
    from hytegraph.store.load import load_graph
    from hytegraph.store.names import index_for

    everything = json.loads(runner.invoke(main, ["names", "--format", "json"]).stdout)
    entities = {e.iri for e in index_for(load_graph()).all()}
    assert {row["iri"] for row in everything} == entities
    assert all(set(row) == {"name", "kind", "fi", "en", "sv", "iri"} for row in everything)


def test_names_searches_as_the_lookups_do(runner):
    result = runner.invoke(
        main, ["names", "hyvinvointialueella", "--kind", "county", "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["name", "kind"]
    assert lines[2].startswith("Western Uusimaa Wellbeing Services County  county")
    assert "Länsi-Uudenmaan hyvinvointialue" in lines[2]


@pytest.mark.parametrize(
    ("lang", "said"), [("fi", "ei tuloksia"), ("en", "no results"), ("sv", "inga resultat")]
)
def test_names_with_no_match(runner, lang, said):
    result = runner.invoke(main, ["names", "xyzzy quux", "--lang", lang])
    assert result.exit_code == 0
    assert result.output == said + "\n"


def test_the_not_found_hint_points_at_names(runner):
    result = runner.invoke(main, ["who", "Xyzzy Quux"])
    assert result.exit_code == 1
    assert "`hytegraph names`" in result.output
    assert "hytegraph query" not in result.output


def test_an_inflected_body_name_is_found_on_the_command_line(runner, tmp_path):
    data = named(tmp_path, "testilan-ohjausryhma", "Testilän ohjausryhmä")
    for text in ("testilän ohjausryhmä", "testilän ohjausryhmässä"):
        result = runner.invoke(main, ["--data", str(data), "body", text])
        assert result.exit_code == 0, result.output
        assert result.stderr.splitlines()[0] == "Testilän ohjausryhmä (body)"


# ---------------------------------------------------------------------------------------------
# the shape a problem breaks


def test_a_problem_names_its_shape_and_how_to_see_it(runner, tmp_path):
    data = tmp_path / "memberless.ttl"
    data.write_text(
        "@base <https://w3id.org/hytegraph/id/> .\n"
        "@prefix org: <http://www.w3.org/ns/org#> .\n"
        "<fact/memberless> a org:Membership ; org:organization <body/nuorten-hyvinvointityoryhma> ;"
        " org:role <role/member> .\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["validate", "--data", str(data)])
    assert result.exit_code == 1
    assert "shapes.ttl" not in result.output
    fix = next(
        line
        for line in result.output.splitlines()
        if line.startswith("  fix:") and "org:member " in line
    )
    assert "`hytegraph shapes hs:MembershipShape`" in fix
    shown = runner.invoke(main, ["shapes", "hs:MembershipShape"])
    assert shown.exit_code == 0, shown.output
    assert "sh:path org:member" in shown.stdout


def test_shapes_lists_and_shows(runner):
    listed = runner.invoke(main, ["shapes", "--format", "json"])
    names = [row["name"] for row in json.loads(listed.stdout)]
    assert "hs:MembershipShape" in names
    shown = runner.invoke(main, ["shapes", "membershipshape"])
    assert shown.exit_code == 0
    assert "hs:MembershipShape a sh:NodeShape" in shown.stdout
    assert "sh:targetClass org:Membership" in shown.stdout
    unknown = runner.invoke(main, ["shapes", "NoSuchShape"])
    assert unknown.exit_code == 1
    assert "hs:MembershipShape" in unknown.output  # the hint lists the shapes


# ---------------------------------------------------------------------------------------------
# the build summary in words


@pytest.mark.parametrize(
    ("lang", "bodies", "relations"),
    [
        ("fi", "2 toimielintä", "1 suhde: toimii puheenjohtajana 1"),
        ("en", "2 bodies", "1 relation: chairs 1"),
        # no Swedish label in the fixture ontology: the Finnish one, as everywhere
        ("sv", "2 organ", "1 relation: toimii puheenjohtajana 1"),
    ],
)
def test_build_summary_in_words(runner, mini, tmp_path, lang, bodies, relations):
    result = runner.invoke(
        main,
        ["--data", str(EXTRA / "extra.ttl"), "build", "--out", str(tmp_path), "--lang", lang],
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert bodies in lines, lines
    assert relations in lines
    assert not any("hyte:" in line for line in lines)

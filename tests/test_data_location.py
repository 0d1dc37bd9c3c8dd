"""Where data lives: --data folders and workbooks, HYTEGRAPH_DATA, the checkout an installed
hytegraph runs in, and the graph cache for folders."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import MINI

from hytegraph.cli import main
from hytegraph.core import datafiles, resources
from hytegraph.errors import HytegraphError, MissingFile, UnsupportedFormat
from hytegraph.store import cache
from hytegraph.store.load import load_graph

ROOT = Path(__file__).parent.parent
ID = "https://w3id.org/hytegraph/id/"


def group(folder: Path, slug: str, label: str, suffix: str = ".ttl") -> Path:
    """A data file with one steering group called ``label``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{slug}{suffix}"
    if suffix == ".nt":
        path.write_text(
            f"<{ID}body/{slug}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
            "<https://w3id.org/hytegraph/ontology#SteeringGroup> .\n"
            f"<{ID}body/{slug}> <http://www.w3.org/2004/02/skos/core#prefLabel> "
            f'"{label}"@fi .\n',
            encoding="utf-8",
        )
        return path
    path.write_text(
        f"@base <{ID}> .\n"
        "@prefix hyte: <https://w3id.org/hytegraph/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        f'<body/{slug}> a hyte:SteeringGroup ; skos:prefLabel "{label}"@fi .\n',
        encoding="utf-8",
    )
    return path


def found(result) -> set[str]:
    """The slugs of the entities a ``names --format json`` run listed."""
    assert result.exit_code == 0, result.output
    return {row["iri"].rsplit("/", 1)[-1] for row in json.loads(result.stdout)}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data folder as people keep one: data, notes, source texts, a sub-folder, leftovers."""
    data = tmp_path / "omat"
    group(data, "alfa", "Alfan testiryhmä")
    group(data, "beeta", "Beetan testiryhmä", ".nt")
    group(data / "alikansio", "gamma", "Gamman testiryhmä")
    group(data / "sources", "delta", "Deltan testiryhmä")
    group(data, ".piilo", "Piilotettu testiryhmä")
    (data / "README.md").write_text("muistiinpanoja\n", encoding="utf-8")
    (data / "jasenet.csv").write_text("Nimi,Luottamuselin\n", encoding="utf-8")
    (data / "asetukset.json").write_text('{"not": "JSON-LD"}\n', encoding="utf-8")
    (data / "~$kunta.xlsx").write_bytes(b"an office lock file")
    return data


# ---------------------------------------------------------------------------------------------
# what a folder holds


def test_a_folder_is_its_data_files_by_name(folder):
    items = datafiles.expand([folder])
    assert [(i.path.name, i.kind) for i in items] == [("alfa.ttl", "rdf"), ("beeta.nt", "rdf")]


def test_a_folder_with_nothing_to_read_is_an_error(tmp_path):
    (tmp_path / "notes.md").write_text("x\n", encoding="utf-8")
    group(tmp_path / "sub", "x", "X")
    with pytest.raises(HytegraphError) as caught:
        datafiles.expand([tmp_path])
    assert caught.value.message == f"{tmp_path}: no data files in this folder"
    assert "sub-folders are not read" in caught.value.hint


def test_each_file_once_and_the_bundled_files_left_out(folder):
    alfa = folder / "alfa.ttl"
    items = datafiles.expand([alfa, folder, folder / ".." / "omat" / "alfa.ttl"])
    assert [i.path.name for i in items] == ["alfa.ttl", "beeta.nt"]
    assert [i.path.name for i in datafiles.expand([folder], skip=[alfa])] == ["beeta.nt"]


def test_missing_and_unknown_inputs(tmp_path):
    with pytest.raises(MissingFile):
        datafiles.expand([tmp_path / "nope"])
    table = tmp_path / "jasenet.csv"
    table.write_text("Nimi\n", encoding="utf-8")
    with pytest.raises(UnsupportedFormat) as caught:
        datafiles.expand([table])
    assert ".ttl" in caught.value.message and ".xlsx" in caught.value.message


def test_a_workbook_without_a_reader_says_to_import_it(tmp_path, monkeypatch):
    monkeypatch.setattr(datafiles, "_READERS", {})
    book = tmp_path / "kunta.xlsx"
    book.write_bytes(b"PK")
    csv_book = tmp_path / "kunta"
    csv_book.mkdir()
    (csv_book / "facts.csv").write_text("kind\n", encoding="utf-8")
    for given, listed in ((book, book), (csv_book, csv_book), (tmp_path, csv_book)):
        with pytest.raises(HytegraphError) as caught:
            datafiles.expand([given])
        assert caught.value.message == (
            f"{listed}: a workbook; workbooks are read by `hytegraph import`, not as data"
        )
        assert f"hytegraph import {listed}" in caught.value.hint


def test_a_broken_workbook_fails_on_the_command_line(runner, mini, tmp_path):
    # the command line plugs in the authoring layer's reader, which says what is wrong
    book = tmp_path / "kunta.xlsx"
    book.write_bytes(b"PK")
    result = runner.invoke(main, ["chairs", "--data", str(book)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {book}: ")
    assert "Traceback" not in result.output
    assert result.stdout == ""


@pytest.fixture
def workbook_reader(monkeypatch):
    """A stand-in for the authoring layer's workbook reader: one steering group per line of
    ``groups.csv`` (``slug,label``), and a count of the reads."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, SKOS

    reads: list[Path] = []

    def read(path: Path):
        reads.append(path)
        table = path / "groups.csv" if path.is_dir() else path
        for line in table.read_text(encoding="utf-8").splitlines():
            slug, label = line.split(",")
            node = URIRef(f"{ID}body/{slug}")
            yield node, RDF.type, URIRef("https://w3id.org/hytegraph/ontology#SteeringGroup")
            yield node, SKOS.prefLabel, Literal(label, lang="fi")

    monkeypatch.setattr(datafiles, "_READERS", {})
    datafiles.register_reader(datafiles.WORKBOOK, read)
    monkeypatch.setattr(datafiles, "_READ", {})
    return reads


def csv_workbook(folder: Path, rows: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "entities.csv").write_text("id,kind\n", encoding="utf-8")
    (folder / "groups.csv").write_text(
        "".join(f"{slug},{label}\n" for slug, label in rows.items()), encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize("cached", [False, True], ids=["memory", "cache"])
def test_a_registered_reader_loads_workbooks(mini, tmp_path, workbook_reader, cached):
    book = tmp_path / "kunta.xlsx"
    book.write_text("xlsx-ryhma,Taulukon testiryhmä\n", encoding="utf-8")
    folder = csv_workbook(tmp_path / "omat" / "kauniainen", {"csv-ryhma": "CSV-testiryhmä"})
    store = load_graph([book, folder.parent], cache=cached)
    query = "SELECT ?l WHERE { ?b a hyte:SteeringGroup ; skos:prefLabel ?l }"
    labels = {str(row[0]) for row in store.select(query).rows}
    assert {"Taulukon testiryhmä", "CSV-testiryhmä"} <= labels
    # the workbook folder is where its texts are looked up
    assert folder.resolve() in store.info.data_dirs
    # the cache loads every file twice at once; the workbook is read once
    assert workbook_reader.count(folder) == 1


def test_a_workbook_in_a_data_folder_is_read_by_the_authoring_layer(runner, tmp_path):
    # Kauniainen's workbook as CSV files, its steering group given another id, in a folder given
    # to --data beside a Turtle file
    data = tmp_path / "omat"
    book = shutil.copytree(ROOT / "examples" / "kauniainen", data / "kauniainen")
    for table in book.glob("*.csv"):
        text = table.read_text(encoding="utf-8")
        text = re.sub(r"(?<![\w-])hyte-ohjausryhma(?![\w.-])", "kopio-ohjausryhma", text)
        table.write_text(text, encoding="utf-8")
    group(data, "alfa", "Alfan testiryhmä")
    result = runner.invoke(main, ["chairs", "--data", str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    (row,) = [
        r for r in json.loads(result.stdout) if r["body_iri"] == ID + "body/kopio-ohjausryhma"
    ]
    assert (row["chair"], row["municipality"]) == ("Mikael Flemmich", ["Kauniaisten kaupunki"])
    # the Turtle file beside it is read too
    args = ["--data", str(data), "names", "Alfan testiryhmä", "--format", "json"]
    assert "alfa" in found(runner.invoke(main, args))


def test_the_bundled_data_state_each_thing_once():
    # data/kauniainen.ttl is imported from examples/kauniainen: the workbook is not read
    # again, neither with the bundled data nor when data/ is given to --data
    kauniainen = ID + "org/kauniainen"
    query = (
        "SELECT ?group ?file WHERE { ?group a hyte:SteeringGroup ; "
        f"(^hyte:part/hyte:whole)+ <{kauniainen}> . "
        "OPTIONAL { ?source dcterms:publisher "
        f"<{kauniainen}> ; hyte:textFile ?file }} }}"
    )
    for store in (load_graph(), load_graph([ROOT / "data"])):
        rows = store.select(query).rows
        assert len({row[0] for row in rows}) == 1, rows
        assert {str(row[1]) for row in rows} == {"sources/kauniainen-hyte-ohjausryhma.txt"}
        assert not any(datafiles.kind_of(path) == datafiles.WORKBOOK for path in store.info.files)


def test_the_authoring_layer_is_imported_only_for_workbooks(tmp_path, monkeypatch):
    from hytegraph.cli.app import plug_readers

    monkeypatch.setattr(datafiles, "_READERS", {})
    monkeypatch.setitem(sys.modules, "hytegraph.authoring", None)  # importing it would fail
    plug_readers([group(tmp_path, "a", "A")])  # RDF only: not imported
    book = tmp_path / "kunta.xlsx"
    book.write_bytes(b"PK")
    with pytest.raises(ImportError):
        plug_readers([tmp_path])


# ---------------------------------------------------------------------------------------------
# on the command line


def test_data_folder_before_and_after_the_command(runner, mini, folder):
    before = runner.invoke(main, ["--data", str(folder), "names", "testiryhmä", "--format", "json"])
    after = runner.invoke(main, ["names", "testiryhmä", "--format", "json", "--data", str(folder)])
    assert found(before) == found(after) == {"alfa", "beeta"}


def test_hytegraph_data_names_several_paths(runner, mini, folder, tmp_path, monkeypatch):
    other = group(tmp_path / "muut", "epsilon", "Epsilonin testiryhmä")
    monkeypatch.setenv("HYTEGRAPH_DATA", f"{folder}{os.pathsep}{os.pathsep}{other}")
    result = runner.invoke(main, ["names", "testiryhmä", "--format", "json"])
    assert found(result) == {"alfa", "beeta", "epsilon"}


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_replaces_hytegraph_data(runner, mini, folder, tmp_path, monkeypatch, where):
    other = group(tmp_path / "muut", "epsilon", "Epsilonin testiryhmä")
    monkeypatch.setenv("HYTEGRAPH_DATA", str(folder))
    args = ["names", "testiryhmä", "--format", "json"]
    args = ["--data", str(other), *args] if where == "before" else [*args, "--data", str(other)]
    assert found(runner.invoke(main, args)) == {"epsilon"}


def test_hytegraph_data_with_an_endpoint_is_named_in_the_error(runner, folder, monkeypatch):
    monkeypatch.setenv("HYTEGRAPH_DATA", str(folder))
    result = runner.invoke(main, ["--endpoint", "http://127.0.0.1:9/query", "chairs"])
    assert result.exit_code == 1
    assert f"HYTEGRAPH_DATA (set to '{folder}') cannot be combined with --endpoint" in result.stderr
    assert "unset HYTEGRAPH_DATA" in result.stderr


def test_a_folder_loads_as_its_files_do(mini, folder):
    by_folder = load_graph([folder])
    by_files = load_graph([folder / "alfa.ttl", folder / "beeta.nt"])
    assert len(by_folder) == len(by_files)
    assert by_folder.info.files == by_files.info.files


def test_push_reads_folders_too(mini, folder):
    from hytegraph.store.gsp import prepare

    graphs = prepare([folder])
    assert [g.source for g in graphs if g.role == "data"] == ["mini.ttl", "alfa.ttl", "beeta.nt"]


# ---------------------------------------------------------------------------------------------
# the graph cache


def test_cache_follows_files_added_to_and_removed_from_a_folder(runner, mini, tmp_path):
    data = tmp_path / "omat"
    group(data, "alfa", "Alfan testiryhmä")
    args = ["--data", str(data), "names", "testiryhmä", "--format", "json"]
    assert found(runner.invoke(main, args)) == {"alfa"}
    builds = cache.builds
    assert found(runner.invoke(main, args)) == {"alfa"}
    assert cache.builds == builds  # unchanged folder: the entry is used
    added = group(data, "beeta", "Beetan testiryhmä")
    assert found(runner.invoke(main, args)) == {"alfa", "beeta"}
    assert cache.builds == builds + 1
    added.unlink()
    assert found(runner.invoke(main, args)) == {"alfa"}
    # a file that is not data changes nothing
    builds = cache.builds
    (data / "muistio.md").write_text("x\n", encoding="utf-8")
    assert found(runner.invoke(main, args)) == {"alfa"}
    assert cache.builds == builds


def test_cache_follows_a_table_added_to_a_workbook_folder(mini, tmp_path, workbook_reader):
    book = csv_workbook(tmp_path / "kunta", {"a": "A-testiryhmä"})
    first = cache.cache_key([book], [], {})
    (book / "sources.csv").write_text("id\n", encoding="utf-8")
    assert cache.cache_key([book], [], {}) != first
    store = load_graph([book], cache=True)
    assert store.ask('ASK { ?b skos:prefLabel "A-testiryhmä"@fi }')


# ---------------------------------------------------------------------------------------------
# the checkout an installed hytegraph runs in


def fake_checkout(base: Path, extra: bool) -> Path:
    """A copy of the mini tree laid out as a checkout; ``extra`` adds a data file to it."""
    checkout = base / "checkout"
    for name in ("ontology", "data", "queries"):
        shutil.copytree(MINI / name, checkout / name)
    (checkout / "pyproject.toml").write_text('[project]\nname = "hytegraph"\n', encoding="utf-8")
    if extra:
        group(checkout / "data", "lisatty", "Lisätty testiryhmä")
    (checkout / "docs").mkdir()
    return checkout


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """hytegraph as if installed from a wheel: its bundled folders a copy of the mini tree."""
    bundled = tmp_path / "site" / "_bundled"
    for name in ("ontology", "data", "queries"):
        shutil.copytree(MINI / name, bundled / name)
    monkeypatch.setattr(resources, "_BUNDLED", bundled)
    monkeypatch.setattr(resources, "_CHECKOUT", tmp_path / "site")
    monkeypatch.delenv("HYTEGRAPH_CHECKOUT", raising=False)
    yield bundled
    monkeypatch.undo()
    resources.configure()


def test_is_checkout(tmp_path):
    assert resources.is_checkout(ROOT)
    checkout = fake_checkout(tmp_path, extra=False)
    assert resources.is_checkout(checkout)
    (checkout / "pyproject.toml").write_text('[project]\nname = "muu"\n', encoding="utf-8")
    assert not resources.is_checkout(checkout)
    (checkout / "pyproject.toml").write_text("not toml [", encoding="utf-8")
    assert not resources.is_checkout(checkout)
    assert resources.find_checkout(tmp_path) is None


def test_installed_hytegraph_uses_the_checkout_it_runs_in(installed, tmp_path, monkeypatch, capsys):
    checkout = fake_checkout(tmp_path, extra=True)
    monkeypatch.chdir(checkout / "docs")  # anywhere inside it
    resources.configure()
    assert resources.data_dir() == checkout / "data"
    assert [p.name for p in resources.bundled_data_files()] == ["lisatty.ttl", "mini.ttl"]
    resources.ontology_dir()
    assert capsys.readouterr().err.splitlines() == [
        f"hytegraph: using data from {checkout / 'data'} (checkout; it differs from the "
        "installed copy, which HYTEGRAPH_CHECKOUT=0 uses)"
    ]


def test_the_note_is_relative_from_the_top_of_the_checkout(
    installed, tmp_path, monkeypatch, capsys
):
    checkout = fake_checkout(tmp_path, extra=True)
    monkeypatch.chdir(checkout)
    resources.configure()
    resources.data_dir()
    assert "using data from ./data (checkout;" in capsys.readouterr().err


def test_a_checkout_like_the_installed_copy_is_used_silently(
    installed, tmp_path, monkeypatch, capsys
):
    checkout = fake_checkout(tmp_path, extra=False)
    monkeypatch.chdir(checkout)
    resources.configure()
    assert resources.data_dir() == checkout / "data"
    assert capsys.readouterr().err == ""


def test_hytegraph_checkout_0_keeps_the_installed_copy_and_says_so(
    installed, tmp_path, monkeypatch, capsys
):
    checkout = fake_checkout(tmp_path, extra=True)
    monkeypatch.chdir(checkout)
    monkeypatch.setenv("HYTEGRAPH_CHECKOUT", "0")
    resources.configure()
    assert resources.data_dir() == installed / "data"
    assert capsys.readouterr().err.splitlines() == [
        "hytegraph: using the installed data (HYTEGRAPH_CHECKOUT=0), not ./data (checkout), "
        "which differs from it"
    ]


def test_outside_a_checkout_the_installed_copy_is_used(installed, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    resources.configure()
    assert resources.data_dir() == installed / "data"
    assert capsys.readouterr().err == ""


@pytest.mark.slow
def test_a_real_installed_wheel_reads_the_checkout(tmp_path):
    """Build the wheel as pip does, install it (not editable) and run the installed command in
    a checkout that has one data file more than the wheel."""
    pytest.importorskip("hatchling", reason="building the wheel needs hatchling (test extras)")
    wheels, site = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("hytegraph-*.whl")
    install = subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    assert (site / "hytegraph" / "_bundled" / "data" / "espoo-2023.ttl").is_file()

    checkout = tmp_path / "checkout"
    for name in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / name, checkout / name)
    shutil.copy(ROOT / "pyproject.toml", checkout)
    group(checkout / "data", "lisatty", "Lisätty testiryhmä")
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "HYTEGRAPH_CACHE_DIR": str(tmp_path / "cache"),
    }
    env.pop("HYTEGRAPH_CHECKOUT", None)
    # the installed console script, as a shell would start it (not python -m, which would
    # import the checkout's own package from the current folder)
    script = site / "bin" / "hytegraph"

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(script), *args],
            cwd=checkout,
            env={**env, **extra},
            capture_output=True,
            text=True,
        )

    seen = run("names", "testiryhmä", "--format", "json")
    assert seen.returncode == 0, seen.stderr
    assert [row["name"] for row in json.loads(seen.stdout)] == ["Lisätty testiryhmä"]
    assert seen.stderr.splitlines() == [
        "hytegraph: using data from ./data (checkout; it differs from the installed copy, "
        "which HYTEGRAPH_CHECKOUT=0 uses)"
    ]
    bundled = run("names", "testiryhmä", "--format", "json", HYTEGRAPH_CHECKOUT="0")
    assert json.loads(bundled.stdout) == []
    assert "using the installed data (HYTEGRAPH_CHECKOUT=0)" in bundled.stderr

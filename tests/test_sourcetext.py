"""``hyte:textFile`` is read only inside the data folders (hytegraph.core.sourcetext): no absolute
path, no ``..`` or symbolic link out of the folder; a source text that is not UTF-8 is an
``Error:`` line naming the file and line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from hytegraph.check.validate import validate
from hytegraph.cli import main
from hytegraph.core import sourcetext

DATA = """@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<source/probe> a hyte:SourceDocument ; skos:prefLabel "Koetin"@fi ;
    hyte:textFile "{text_file}" .
<evidence/probe> a hyte:Evidence ; dcterms:source <source/probe> ;
    hyte:quote "{quote}"@fi .
"""
QUOTE = "Salainen lause, jota ei saa lukea."


def data_file(folder: Path, text_file: str, quote: str = QUOTE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "probe.ttl"
    path.write_text(DATA.format(text_file=text_file, quote=quote), encoding="utf-8")
    return path


def source_problems(path: Path) -> dict[str, str]:
    report = validate([path])
    return {
        p.component: p.message
        for p in report.problems
        if p.component.startswith("integrity:") and "probe" in str(p.focus)
    }


@pytest.fixture
def outside(tmp_path) -> Path:
    """A text outside the data folder that holds the quote: reading it would pass."""
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(QUOTE + "\n", encoding="utf-8")
    return secret


def test_relative_path_out_of_the_folder_is_refused(mini, tmp_path, outside):
    path = data_file(tmp_path / "data", "../outside/secret.txt")
    problems = source_problems(path)
    assert "integrity:source-text-refused" in problems
    assert "it leads outside the data folder" in problems["integrity:source-text-refused"]
    assert "'../outside/secret.txt'" in problems["integrity:source-text-refused"]


def test_absolute_path_is_refused(mini, tmp_path, outside):
    path = data_file(tmp_path / "data", str(outside))
    problems = source_problems(path)
    assert "it is an absolute path" in problems["integrity:source-text-refused"]


def test_etc_passwd_is_refused(mini, tmp_path):
    if not Path("/etc/passwd").is_file():
        pytest.skip("needs /etc/passwd")
    first = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").split(":")[0]
    path = data_file(tmp_path / "data", "/etc/passwd", quote=first)
    assert "integrity:source-text-refused" in source_problems(path)
    climbing = "../" * (len(tmp_path.parts) + 2) + "etc/passwd"
    path = data_file(tmp_path / "data2", climbing, quote=first)
    assert "it leads outside" in source_problems(path)["integrity:source-text-refused"]


def test_symbolic_link_out_of_the_folder_is_refused(mini, tmp_path, outside):
    folder = tmp_path / "data"
    (folder / "sources").mkdir(parents=True)
    os.symlink(outside, folder / "sources" / "link.txt")
    path = data_file(folder, "sources/link.txt")
    assert "it leads outside" in source_problems(path)["integrity:source-text-refused"]


@pytest.mark.parametrize(
    "text_file", ["sources/t.txt", "sources/../sources/t.txt", "./sources/t.txt"]
)
def test_paths_inside_the_folder_are_read(mini, tmp_path, text_file):
    folder = tmp_path / "data"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "t.txt").write_text(f"Alku. {QUOTE} Loppu.\n", encoding="utf-8")
    path = data_file(folder, text_file)
    assert source_problems(path) == {}
    wrong = data_file(tmp_path / "data", text_file, quote="Lause, jota tekstissä ei ole.")
    assert set(source_problems(wrong)) == {"integrity:quote-not-in-source"}


def test_missing_text_is_still_reported_as_missing(mini, tmp_path):
    path = data_file(tmp_path / "data", "sources/absent.txt")
    assert set(source_problems(path)) == {"integrity:source-text-missing"}


def test_source_text_that_is_not_utf8(mini, tmp_path):
    folder = tmp_path / "data"
    (folder / "sources").mkdir(parents=True)
    text = folder / "sources" / "latin1.txt"
    text.write_bytes(b"Ensimm\xc3\xa4inen rivi.\nToinen rivi: Testil\xe4n verkosto.\n")
    path = data_file(folder, "sources/latin1.txt")
    result = CliRunner().invoke(main, ["--data", str(path), "validate"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stderr.startswith(f"Error: {text}:2: the source text is not valid UTF-8")
    assert "Save the source text as UTF-8" in result.stderr


@pytest.mark.parametrize(
    ("text_file", "reason"),
    [
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("sources/a\x00.txt", "NUL"),
        ("C:\\Windows\\win.ini", "absolute"),
        ("\\\\server\\share\\x.txt", "absolute"),
        ("~/.ssh/id_rsa", "absolute"),
    ],
)
def test_resolve_refuses(tmp_path, text_file, reason):
    with pytest.raises(sourcetext.TextFileRefused, match=reason):
        sourcetext.resolve(text_file, [tmp_path])


def test_resolve_looks_in_each_folder_in_turn(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    (second / "sources").mkdir(parents=True)
    first.mkdir()
    (second / "sources" / "x.txt").write_text("x")
    found = sourcetext.resolve("sources/x.txt", [first, second])
    assert found == (second / "sources" / "x.txt").resolve()
    assert sourcetext.resolve("sources/y.txt", [first, second]) is None

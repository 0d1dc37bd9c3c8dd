"""Inputs are bounded before any parser sees them (hytegraph.core.prescan): deep nesting and huge
tokens give an ``Error:`` line naming the file and the line, never a crash or a traceback; and
no backend ever fetches a JSON-LD context."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hytegraph.cli import main
from hytegraph.core import prescan, rdfio
from hytegraph.errors import InputError
from hytegraph.store.load import load_graph

LIMIT = prescan.MAX_NESTING
EX = "http://example.org/"


def jsonld_nested(depth: int) -> str:
    """A valid JSON-LD node whose property values nest ``depth`` node objects deep."""
    opening = "".join(f'{{"@id": "{EX}n{i}", "{EX}p": ' for i in range(depth))
    return opening + '"leaf"' + "}" * depth


def turtle_nested(depth: int, bracket: str = "[") -> str:
    inner = f"[ <{EX}p> " if bracket == "[" else "( "
    close = " ]" if bracket == "[" else " )"
    return f"<{EX}a> <{EX}p> " + inner * depth + '"leaf"' + close * depth + " .\n"


def run_cli(*args: str, cache_dir: Path) -> subprocess.CompletedProcess[str]:
    """The command line in a child process: a crash (a signal) shows as its return code."""
    env = dict(os.environ, HYTEGRAPH_CACHE_DIR=str(cache_dir))
    return subprocess.run(
        [sys.executable, "-m", "hytegraph", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


# ---------------------------------------------------------------------------------------------
# nesting


@pytest.mark.parametrize("cache", ["", "--no-cache"])
def test_jsonld_nested_4000_deep_is_an_error_not_a_crash(tmp_path, cache):
    deep = tmp_path / "deep.jsonld"
    deep.write_text(jsonld_nested(4000), encoding="utf-8")  # valid JSON-LD, only deep
    args = [a for a in (cache, "--data", str(deep), "validate") if a]
    result = run_cli(*args, cache_dir=tmp_path / "cache")
    assert result.returncode == 1, (result.returncode, result.stderr[-500:])
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"Error: {deep}:1: ")
    assert f"more than {LIMIT} levels" in first
    assert "hint:" in result.stderr


@pytest.mark.parametrize("bracket", ["[", "("])
def test_turtle_nested_3000_deep_is_an_error_not_a_traceback(tmp_path, bracket):
    """rdflib's Turtle writer (build) recursed once per level and died at a few hundred."""
    deep = tmp_path / "deep.ttl"
    deep.write_text(turtle_nested(3000, bracket), encoding="utf-8")
    result = run_cli(
        "--data", str(deep), "build", "--out", str(tmp_path / "out"), cache_dir=tmp_path
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"Error: {deep}:1: ")
    assert f"more than {LIMIT} levels" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("backend", ["oxigraph", "rdflib"])
@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("deep.jsonld", jsonld_nested),
        ("deep.ttl", lambda d: turtle_nested(d, "[")),
        ("deep.trig", lambda d: "{ " + turtle_nested(d, "(") + " }\n"),
    ],
)
def test_nesting_at_the_limit_loads_one_more_is_refused(tmp_path, backend, name, make):
    ok = tmp_path / f"ok-{name}"
    depth = LIMIT
    ok.write_text(make(depth), encoding="utf-8")
    store = load_graph([ok], include_bundled=False, include_ontology=False, backend=backend)
    assert len(store) >= depth
    bad = tmp_path / name
    bad.write_text(make(depth + 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_graph([bad], include_bundled=False, include_ontology=False, backend=backend)
    assert caught.value.file == bad
    assert caught.value.line == 1
    assert f"more than {LIMIT} levels" in str(caught.value)


def test_refused_nesting_names_the_line(tmp_path):
    text = f"<{EX}a> <{EX}p> <{EX}b> .\n# a comment [ [ [\n" + turtle_nested(LIMIT + 1)
    path = tmp_path / "lines.ttl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        rdfio.check_file(path)
    assert caught.value.line == 3


def test_brackets_in_strings_iris_comments_and_escapes_do_not_count(tmp_path):
    noise = "[(" * 200
    text = (
        "@prefix ex: <http://example.org/> .\n"
        f"# {noise}\n"
        f"ex:a ex:p \"{noise}\" , \"\"\"long {noise}\n{noise}\"\"\" , '{noise}' , '''{noise}''' .\n"
        f"ex:a ex:q <http://example.org/{'%5B' * 10}#x> .\n"
        f'ex:a\\#b ex:p "\\"{noise}" .\n'
        f'ex:a ex:p "escaped quote \\" then {noise}" .\n'
    )
    path = tmp_path / "noise.ttl"
    path.write_text(text, encoding="utf-8")
    rdfio.check_file(path)
    assert len(rdfio.read_quads(path)) == 7


SAFE_CHARS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    depth=st.integers(min_value=0, max_value=LIMIT + 8),
    texts=st.lists(st.text(SAFE_CHARS, max_size=30), min_size=1, max_size=4),
    brackets=st.lists(st.sampled_from(["[", "("]), min_size=LIMIT + 8, max_size=LIMIT + 8),
)
def test_scanner_agrees_with_the_parser(tmp_path_factory, depth, texts, brackets):
    """Random literals (every character, escaped as Turtle requires) at a random mix of
    blank-node and list nesting: refused exactly when deeper than the limit, and otherwise
    something pyoxigraph parses."""

    def literal(text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        return '"' + escaped.replace("\n", "\\n").replace("\r", "\\r") + '"'

    items = [literal(t) for t in texts]
    for bracket in reversed(brackets[:depth]):
        items = [f"[ <{EX}p> {' , '.join(items)} ]" if bracket == "[" else f"( {' '.join(items)} )"]
    text = f"<{EX}a> <{EX}p> {' , '.join(items)} .\n"
    data = text.encode("utf-8")
    path = tmp_path_factory.mktemp("scan") / "x.ttl"
    if depth > LIMIT:
        with pytest.raises(InputError):
            prescan.check_turtle(path, data)
    else:
        prescan.check_turtle(path, data)
        assert list(ox.parse(data, format=ox.RdfFormat.TURTLE))


TURTLE_PIECES = st.sampled_from(
    ["[", "]", "(", ")", '"', "'", '"""', "<", ">", "#", "\\", "\n", "\r\n", " ", "a", "<x>"]
)


@given(pieces=st.lists(TURTLE_PIECES, max_size=60))
def test_bracket_scan_of_lines_equals_the_whole_scan(pieces):
    """Only the lines that hold a bracket are scanned when no token can span a line: the
    brackets left are those of the scan of the whole text, whatever mix of strings, IRIs,
    comments, escapes and line breaks."""
    data = "".join(pieces).encode()
    whole = prescan._NOT_TURTLE_BRACKET.sub(b"", prescan._TURTLE_SKIP.sub(b"", data))
    assert prescan._turtle_brackets(data) == whole


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(SAFE_CHARS, max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(SAFE_CHARS, max_size=8), inner, max_size=3)
    ),
    max_leaves=30,
)


def json_depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((json_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((json_depth(v) for v in value), default=0)
    return 0


@given(value=JSON_VALUES, wrap=st.integers(min_value=0, max_value=LIMIT + 4))
def test_json_scanner_measures_depth_exactly(value, wrap):
    for _ in range(wrap):
        value = [value]
    data = json.dumps(value, ensure_ascii=False).encode("utf-8")
    if json_depth(value) > LIMIT:
        with pytest.raises(InputError):
            prescan.check_json(Path("x.jsonld"), data)
    else:
        prescan.check_json(Path("x.jsonld"), data)


# ---------------------------------------------------------------------------------------------
# token size


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_literal_over_16_mib_is_an_error_not_a_traceback(tmp_path, suffix):
    big = "a" * (17 * 1024 * 1024)
    path = tmp_path / f"big{suffix}"
    if suffix == ".jsonld":
        path.write_text(json.dumps({"@id": EX + "a", EX + "p": big}), encoding="utf-8")
    else:
        path.write_text(f'<{EX}b> <{EX}q> "x" .\n<{EX}a> <{EX}p> "{big}" .\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--data", str(path), "validate"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    line = 1 if suffix == ".jsonld" else 2
    assert result.stderr.startswith(f"Error: {path}:{line}: ")
    assert "17.0 MiB is longer than the limit of 8 MiB" in result.stderr
    assert "hyte:textFile" in result.stderr  # how to fix


def test_token_size_limit_is_inclusive():
    path = Path("x.ttl")
    body = "a" * (prescan.MAX_TOKEN_BYTES - 2)
    prescan.check_turtle(path, f'<{EX}a> <{EX}p> "{body}" .'.encode())
    with pytest.raises(InputError, match="longer than the limit"):
        prescan.check_turtle(path, f'<{EX}a> <{EX}p> "{body}a" .'.encode())
    with pytest.raises(InputError, match="an IRI of"):
        prescan.check_turtle(path, f"<{EX}a> <{EX}p> <{EX}{body}> .".encode())


def test_unterminated_long_string_is_an_error_not_a_traceback(tmp_path):
    """A string that never closes runs to the end of the file; pyoxigraph gives up at its
    16 MiB buffer, and that too is reported as an error in the file."""
    path = tmp_path / "open.ttl"
    path.write_text(f'<{EX}a> <{EX}p> """' + "a\n" * (9 * 1024 * 1024), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_graph([path], include_bundled=False, include_ontology=False)
    assert caught.value.file == path


# ---------------------------------------------------------------------------------------------
# no remote fetch


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection (and answers with a context,
    so that a fetch would succeed if anything tried one)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.connections: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/ctx"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    self.connections.append(conn.recv(4096))
                    body = json.dumps({"@context": {"name": "http://xmlns.com/foaf/0.1/name"}})
                    conn.sendall(
                        b"HTTP/1.0 200 OK\r\nContent-Type: application/ld+json\r\n\r\n"
                        + body.encode()
                    )
                except OSError:
                    pass

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def remote_context_documents(url: str) -> dict[str, object]:
    node = {"@id": EX + "a", "name": "x"}
    return {
        "string": {"@context": url, **node},
        "list": {"@context": [url, {"ex": EX}], **node},
        "import": {"@context": {"@version": 1.1, "@import": url}, **node},
        "scoped": {
            "@context": {"@version": 1.1, "knows": {"@id": EX + "knows", "@context": url}},
            "@id": EX + "a",
            "knows": {"@id": EX + "b", "name": "y"},
        },
        "nested": {"@context": {"ex": EX}, "@graph": [{"@context": url, **node}]},
    }


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("kind", list(remote_context_documents("u")))
def test_remote_context_is_never_fetched(tmp_path, listener, backend, kind):
    path = tmp_path / f"{kind}.jsonld"
    path.write_text(json.dumps(remote_context_documents(listener.url)[kind]), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_graph([path], include_bundled=False, include_ontology=False, backend=backend)
    assert listener.connections == []
    message = caught.value.describe()
    assert str(path) in message
    assert listener.url in message
    assert "never fetches contexts" in message
    assert "inline" in message


def test_context_escaped_in_json_is_still_seen(tmp_path, listener):
    path = tmp_path / "escaped.jsonld"
    path.write_text(
        '{"\\u0040context": "' + listener.url + '", "@id": "' + EX + 'a", "name": "x"}',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="never fetches"):
        load_graph([path], include_bundled=False, include_ontology=False, backend="rdflib")
    assert listener.connections == []


def test_local_file_context_is_refused_too(tmp_path):
    """A context reference to a file would make rdflib read any file on the machine."""
    secret = tmp_path / "secret.json"
    secret.write_text('{"@context": {"name": "http://xmlns.com/foaf/0.1/name"}}')
    path = tmp_path / "local.jsonld"
    path.write_text(json.dumps({"@context": secret.as_uri(), "@id": EX + "a", "name": "x"}))
    with pytest.raises(InputError, match="never fetches"):
        load_graph([path], include_bundled=False, include_ontology=False, backend="rdflib")


def test_cli_names_the_file_and_how_to_inline(tmp_path, listener):
    path = tmp_path / "ctx.jsonld"
    path.write_text(json.dumps({"@context": listener.url, "@id": EX + "a", "name": "x"}))
    result = CliRunner().invoke(main, ["--no-cache", "--data", str(path), "validate"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}:1: the JSON-LD @context refers to")
    assert '"@context": {' in result.stderr
    assert listener.connections == []


def test_second_line_rdflib_parses_offline(tmp_path, listener, monkeypatch):
    """Were the check on the document to miss a reference, rdflib still cannot reach the
    network while it parses a file."""
    monkeypatch.setattr(prescan, "check_contexts", lambda path, data: None)
    path = tmp_path / "slipped.jsonld"
    path.write_text(json.dumps({"@context": listener.url, "@id": EX + "a", "name": "x"}))
    with pytest.raises(InputError, match="tried to reach the network"):
        load_graph([path], include_bundled=False, include_ontology=False, backend="rdflib")
    assert listener.connections == []


def test_offline_blocks_only_inside_the_block(listener):
    import urllib.request

    with rdfio.offline(), pytest.raises(rdfio.NetworkRefused):
        urllib.request.urlopen(listener.url, timeout=5)
    assert listener.connections == []
    with urllib.request.urlopen(listener.url, timeout=5) as answer:  # outside: allowed
        assert b"@context" in answer.read()
    assert len(listener.connections) == 1


def test_pyoxigraph_jsonld_parser_does_not_fetch(listener):
    doc = json.dumps({"@context": listener.url, "@id": EX + "a", "name": "x"}).encode()
    with pytest.raises(SyntaxError):
        list(ox.parse(doc, format=ox.RdfFormat.JSON_LD))
    assert listener.connections == []

"""Writes that the system refuses (a file where the folder should be, a read-only or full
file system, no permission, text that is not Unicode) end in an ``Error:`` line that names the
file, exit 1, and leave nothing behind: no temporary file, the old file unchanged.

Tests run as root in CI, where file permissions stop nothing; these use things that stop root
too: a path under a regular file, ``/proc``, a small tmpfs mounted full or read-only (when the
machine allows mounting), and system calls replaced to fail as a full or read-only disk does.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from hytegraph.cli import main
from hytegraph.core import atomic
from hytegraph.core.atomic import atomic_write, atomic_write_many
from hytegraph.errors import OutputError


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def assert_clean_error(result, path: str, reason: str) -> None:
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stderr.startswith(f"Error: cannot write {path}: {reason}"), result.stderr
    assert "hint:" in result.stderr


COMMANDS = [
    (["export", "--format", "ttl", "-o", "{blocked}/graph.ttl"], "{blocked}/graph.ttl"),
    (["export", "--format", "csv", "-o", "{blocked}/csv"], "{blocked}/csv/nodes.csv"),
    (["map", "-o", "{blocked}/map.html"], "{blocked}/map.html"),
    (["build", "--out", "{blocked}/build"], "{blocked}/build/graph.ttl"),
]


@pytest.mark.parametrize(("args", "named"), COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_folder_that_is_a_file(runner, mini, tmp_path, args, named):
    blocked = tmp_path / "plain-file"
    blocked.write_text("not a folder")
    result = runner.invoke(main, [a.format(blocked=blocked) for a in args])
    assert_clean_error(result, named.format(blocked=blocked), f"{blocked} is a file, not a folder")
    assert blocked.read_text() == "not a folder"


def test_folder_that_takes_no_files(runner, mini):
    """``/proc`` refuses new files whoever asks."""
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux /proc")
    result = runner.invoke(main, ["map", "-o", "/proc/map.html"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stderr.startswith("Error: cannot write /proc/map.html: ")


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.EROFS, "the file system is read-only"),
        (errno.ENOSPC, "no space left on the device"),
        (errno.EACCES, "permission denied"),
    ],
)
@pytest.mark.parametrize("stage", ["create", "flush", "replace"])
def test_refused_write_keeps_the_old_file(runner, mini, tmp_path, monkeypatch, code, reason, stage):
    target = tmp_path / "graph.ttl"
    target.write_text("old")

    def refuse(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    if stage == "create":
        monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    elif stage == "flush":
        monkeypatch.setattr(atomic.os, "fsync", refuse)
    else:
        monkeypatch.setattr(atomic.os, "replace", refuse)
    result = runner.invoke(main, ["export", "--format", "ttl", "-o", str(target)])
    assert_clean_error(result, str(target), reason)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_write_many_refused_halfway_writes_nothing(tmp_path, monkeypatch):
    """Every file is staged before any is renamed: when staging the second one fails, the
    first is not replaced either, and no temporary file is left."""
    (tmp_path / "a.txt").write_text("old a")
    real_fsync = atomic.os.fsync
    calls = []

    def second_fails(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", second_fails)
    with pytest.raises(OutputError, match=r"b\.txt: no space left"):
        atomic_write_many({tmp_path / "a.txt": "new a", tmp_path / "b.txt": "b"})
    assert (tmp_path / "a.txt").read_text() == "old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_output_error_is_still_an_os_error(tmp_path):
    """Callers that treat every failed write alike (``except OSError``) keep working."""
    blocked = tmp_path / "f"
    blocked.write_text("x")
    with pytest.raises(OSError):
        atomic_write(blocked / "g", "data")


# ---------------------------------------------------------------------------------------------
# a real small file system, where the machine lets the tests mount one


@contextlib.contextmanager
def tmpfs(folder: Path, options: str) -> Iterator[Path]:
    folder.mkdir()
    if not shutil.which("mount") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_full_file_system(runner, tmp_path):
    with tmpfs(tmp_path / "small", "size=64k") as small:
        existing = small / "graph.ttl"
        existing.write_text("old")
        result = runner.invoke(main, ["export", "--format", "ttl", "-o", str(existing)])
        assert_clean_error(result, str(existing), "no space left on the device")
        assert existing.read_text() == "old"
        assert [p.name for p in small.iterdir()] == ["graph.ttl"]


def test_read_only_file_system(runner, tmp_path):
    with tmpfs(tmp_path / "ro", "ro,size=64k") as ro:
        result = runner.invoke(main, ["map", "-o", str(ro / "map.html")])
        assert_clean_error(result, str(ro / "map.html"), "the file system is read-only")
        assert list(ro.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# text that cannot be written


def test_title_that_is_not_utf8(tmp_path):
    """``map --title $'\\xff'``: the argument arrives as a lone surrogate (Python's
    surrogateescape) that UTF-8 cannot encode."""
    out = tmp_path / "map.html"
    env = dict(os.environ, HYTEGRAPH_CACHE_DIR=str(tmp_path / "cache"), LC_ALL="C.UTF-8")
    done = subprocess.run(
        [sys.executable, "-m", "hytegraph", "map", "--title", b"Kartta \xff", "-o", str(out)],
        capture_output=True,
        env=env,
        timeout=300,
    )
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 1, stderr
    assert "Traceback" not in stderr
    assert stderr.startswith(f"Error: cannot write {out}: the text holds characters")
    assert "--title" in stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "cache"]

import os

import pytest

from hytegraph.core.atomic import atomic_write, atomic_write_many, atomic_writer


def test_writes_bytes_and_text(tmp_path):
    atomic_write(tmp_path / "a.bin", b"\x00\x01")
    atomic_write(tmp_path / "sub" / "b.txt", "äö")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "sub" / "b.txt").read_text(encoding="utf-8") == "äö"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "sub"]


def test_failure_leaves_existing_file_intact_and_no_temp(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_writer(target) as f:
        f.write("half of the new")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_failure_with_no_existing_file_creates_nothing(tmp_path):
    with pytest.raises(TypeError):
        atomic_write(tmp_path / "x.txt", 42)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_replace_keeps_permissions(tmp_path):
    target = tmp_path / "f.txt"
    target.write_text("old")
    os.chmod(target, 0o640)
    atomic_write(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_write_many_all_or_nothing_on_failure(tmp_path):
    (tmp_path / "a.txt").write_text("old a")
    with pytest.raises(TypeError):
        atomic_write_many({tmp_path / "a.txt": "new a", tmp_path / "b.txt": 3})  # type: ignore[dict-item]
    assert (tmp_path / "a.txt").read_text() == "old a"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_write_many_writes_all(tmp_path):
    atomic_write_many({tmp_path / "a.txt": "A", tmp_path / "b.bin": b"B"})
    assert (tmp_path / "a.txt").read_text() == "A"
    assert (tmp_path / "b.bin").read_bytes() == b"B"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin"]

"""Atomic file writes: a reader sees the old file or the new one, never half of either.

Data goes to a temporary file beside the target, is flushed to disk, and replaces the target
with :func:`os.replace`. On any failure the temporary file is removed and the target is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; new files get the usual 0o666 minus umask."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, so best effort.
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _temp_beside(target: Path, binary: bool) -> Iterator[tuple[IO[Any], Path]]:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(name)
    try:
        with os.fdopen(
            fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})
        ) as f:
            yield f, tmp
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(target))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_writer(path: str | Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    """Open ``path`` for writing; the file appears only if the ``with`` block succeeds."""
    target = Path(path)
    with _temp_beside(target, binary) as (f, tmp):
        yield f
    try:
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def atomic_write(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` (bytes, or text as UTF-8) to ``path`` atomically."""
    with atomic_writer(path, binary=isinstance(data, bytes)) as f:
        f.write(data)


def atomic_write_many(files: Mapping[str | Path, bytes | str]) -> None:
    """Write several files so that either all are replaced or none is.

    Every temporary file is written and flushed first; only then are they renamed into place.
    (The renames themselves are separate steps, so a crash between two of them can still leave
    a mix of old and new files, but never a partial one.)
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files.items():
            target = Path(path)
            with _temp_beside(target, isinstance(data, bytes)) as (f, tmp):
                f.write(data)
            staged.append((tmp, target))
        for tmp, target in staged:
            os.replace(tmp, target)
    finally:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)
    for directory in {target.parent for _tmp, target in staged}:
        _fsync_dir(directory)

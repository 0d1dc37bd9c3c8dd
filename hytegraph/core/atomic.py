"""Atomic file writes: a reader sees the old file or the new one, never half of either.

Data goes to a temporary file beside the target, is flushed to disk, and replaces the target
with :func:`os.replace`. On any failure the temporary file is removed and the target is untouched.
A write the system refuses (read-only or full disk, no permission, a file where the folder
should be) raises :class:`~hytegraph.errors.OutputError`, which names the file and the reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from hytegraph.errors import OutputError

_REASONS = {
    errno.EROFS: "the file system is read-only",
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a folder",
    errno.ENAMETOOLONG: "the name is too long",
}


def _blocking_file(path: Path) -> Path | None:
    """The first existing ancestor of ``path`` that is not a folder, if any."""
    for ancestor in reversed([path, *path.parents]):
        if ancestor.exists() and not ancestor.is_dir():
            return ancestor
    return None


def output_error(path: Path, error: OSError | UnicodeEncodeError) -> OutputError:
    """What went wrong writing ``path``, as a person can act on it."""
    if isinstance(error, UnicodeEncodeError):
        return OutputError(
            path,
            "the text holds characters that cannot be written as UTF-8 (a lone surrogate, "
            "which is what bytes that were not UTF-8 become in a command-line argument)",
            hint="Give text arguments (e.g. --title) in UTF-8; check the terminal's locale "
            "(LANG=fi_FI.UTF-8 or C.UTF-8). Nothing was written.",
        )
    if error.errno in (errno.ENOTDIR, errno.EEXIST) and (blocker := _blocking_file(path)):
        return OutputError(path, f"{blocker} is a file, not a folder")
    reason = _REASONS.get(error.errno or 0) or (error.strerror or str(error)).lower()
    return OutputError(path, reason)


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
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise output_error(target, e) from None
    tmp = Path(name)
    try:
        with os.fdopen(
            fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})
        ) as f:
            yield f, tmp
            try:
                f.flush()
                os.fsync(f.fileno())
            except OSError as e:
                raise output_error(target, e) from None
        os.chmod(tmp, _mode_for(target))
    except OutputError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as e:  # closing the file writes what is buffered, and may fail the same way
        tmp.unlink(missing_ok=True)
        raise output_error(target, e) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write(f: IO[Any], data: bytes | str, target: Path) -> None:
    try:
        f.write(data)
    except (OSError, UnicodeEncodeError) as e:
        raise output_error(target, e) from None


def _replace(tmp: Path, target: Path) -> None:
    try:
        os.replace(tmp, target)
    except OSError as e:
        raise output_error(target, e) from None


@contextlib.contextmanager
def atomic_writer(path: str | Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    """Open ``path`` for writing; the file appears only if the ``with`` block succeeds."""
    target = Path(path)
    with _temp_beside(target, binary) as (f, tmp):
        yield f
    try:
        _replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def atomic_write(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` (bytes, or text as UTF-8) to ``path`` atomically."""
    with atomic_writer(path, binary=isinstance(data, bytes)) as f:
        _write(f, data, Path(path))


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
                _write(f, data, target)
            staged.append((tmp, target))
        for tmp, target in staged:
            _replace(tmp, target)
    finally:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)
    for directory in {target.parent for _tmp, target in staged}:
        _fsync_dir(directory)

"""The verbatim source texts named by ``hyte:textFile``: where they may be, and reading them.

A ``hyte:textFile`` is a path relative to the folder of the data file that declares the
document (``sources/espoo-2023-hyte-answers.txt``). It is resolved only inside the data
folders of the loaded graph (the bundled ``data/`` folder and the folder of each ``--data``
file): an absolute path, a path that climbs out with ``..``, or a symbolic link that leads
outside is refused, so a data file cannot make hytegraph read ``/etc/passwd`` or any other file
on the machine. Every reader of source texts goes through :func:`resolve` and :func:`read`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath, PureWindowsPath

from hytegraph.errors import HytegraphError, InputError


class TextFileRefused(HytegraphError):
    """A ``hyte:textFile`` that points outside the data folders."""

    def __init__(self, text_file: str, reason: str) -> None:
        self.text_file = text_file
        super().__init__(
            f"hyte:textFile {text_file!r} is refused: {reason}",
            hint="Give the path of the source text relative to the data file's folder "
            '(e.g. "sources/NAME.txt") and keep the text inside that folder.',
        )


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def resolve(text_file: str, data_dirs: Iterable[Path]) -> Path | None:
    """The file ``text_file`` names inside one of ``data_dirs`` (the first that has it), or
    None when none has it. Raises :class:`TextFileRefused` for an absolute path or one that
    leads outside (through ``..`` or a symbolic link)."""
    if not text_file.strip():
        raise TextFileRefused(text_file, "it is empty")
    if "\x00" in text_file:
        raise TextFileRefused(text_file, "it holds a NUL character")
    if (
        PurePosixPath(text_file).is_absolute()
        or PureWindowsPath(text_file).is_absolute()
        or PureWindowsPath(text_file).drive
        or text_file.startswith("~")
    ):
        raise TextFileRefused(text_file, "it is an absolute path")
    escaped = False
    for directory in data_dirs:
        folder = Path(directory).resolve()
        candidate = (folder / text_file).resolve()
        if not _inside(candidate, folder):
            escaped = True
            continue
        if candidate.is_file():
            return candidate
    if escaped:
        raise TextFileRefused(text_file, "it leads outside the data folder")
    return None


def read(path: Path) -> str:
    """The text of ``path`` (UTF-8, as the data files); :class:`InputError` with the line of
    the first byte that is not UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(
            path,
            line,
            f"the source text is not valid UTF-8 (byte 0x{data[e.start]:02x})",
            hint="Save the source text as UTF-8 (in a text editor: Save as, encoding UTF-8).",
        ) from None


__all__ = ["TextFileRefused", "read", "resolve"]

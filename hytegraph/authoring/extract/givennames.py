"""First names for the rules reader of word forms.

The Finnish dictionary (libvoikko, or pyvoikko's transducer) knows which words are first
names; the rules reader (used when neither is installed) knows none, so a list printed surname
first with a comma ("Virtanen, Veera") reads as no names at all. ``first_names.txt`` beside
this module gives it the first names that at least 50 persons in Finland's population register
bear as their first given name (Finnish and Swedish ones alike), each marked where it is also a
common surname ("Heino", "Tuisku"); source and licence in its header. Every look-up is a dict
look-up of the case-folded word.
"""

from __future__ import annotations

import functools
from pathlib import Path

DATA_PATH = Path(__file__).with_name("first_names.txt")
_SURNAME_MARK = "*surname"


@functools.lru_cache(maxsize=1)
def first_names() -> dict[str, bool]:
    """Every name in ``first_names.txt``, case-folded, and whether it is also a surname."""
    out: dict[str, bool] = {}
    for raw in DATA_PATH.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, _, mark = line.partition(" ")
        out[name.casefold()] = mark.strip() == _SURNAME_MARK
    return out


def first_name(word: str) -> bool | None:
    """Whether ``word``, written with a capital, is a first name of the list ("Veera",
    "Anna-Maija", "MATTI"): None when it is not, else whether it is also a surname ("Heino":
    True). "satu" in lower case is a word, not a name."""
    if not word[:1].isupper():
        return None
    return first_names().get(word.casefold())


#: Two letters that old lists print as one first name's initial ("Th. Hellman" for Theodor,
#: "Ch." for Christian or Charlotta, "Ph." for Philip).
INITIAL_DIGRAPHS = frozenset(("Th", "Ch", "Ph"))


@functools.lru_cache(maxsize=1)
def _beginnings() -> frozenset[str]:
    """Every beginning of three letters or more, shorter than the whole by two letters or more,
    of the names in ``first_names.txt``, case-folded ("alex" of "alexander")."""
    return frozenset(
        name[:n] for name in first_names() for n in range(3, len(name) - 1) if name[:n].isalpha()
    )


def cut_first_name(word: str) -> bool:
    """Whether ``word`` (without its full stop) is a first name cut short as old lists print
    them ("Alex." for Alexander, "Wilh." for Wilhelm, "Aug." for August): capitalised, the rest
    in small letters, the beginning of a first name of the list."""
    return word[:1].isupper() and word[1:].islower() and word.casefold() in _beginnings()


__all__ = ["DATA_PATH", "INITIAL_DIGRAPHS", "cut_first_name", "first_name", "first_names"]

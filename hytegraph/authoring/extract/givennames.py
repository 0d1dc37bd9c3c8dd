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


__all__ = ["DATA_PATH", "first_name", "first_names"]

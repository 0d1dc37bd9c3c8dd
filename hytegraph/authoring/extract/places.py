"""Place names printed beside persons' names: Finland's municipalities (also those merged since
2007) and regions, Sweden's municipalities and counties, in Finnish and Swedish.

A list often prints where a member comes from before or after the name ("Hankasalmi Fernanda
Souza de Andrade", "Erik Wiklund Umeå", "Paavo Korhonen Pohjois-Karjalasta"); the reader of
names asks :func:`place_of` whether a word is such a place. The names are in ``places.txt``
beside this module (sources in its header). A word is read in the nominative, the genitive and
the local cases ("Joutsan", "Kempeleestä", "Seinäjoelta", "Uudenmaan" with voikko) and in the
Swedish genitive ("Linköpings"); every look-up is a dict look-up.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from hytegraph.authoring.extract import morphology as m

DATA_PATH = Path(__file__).with_name("places.txt")

#: The cases in which a place name beside a person's name says where the person is from.
_CASES = frozenset({"nom", "gen", "ela", "abl", "ine", "ade"})
#: Finnish endings of those cases, longest first, read without a dictionary.
_ENDINGS = ("sta", "stä", "lta", "ltä", "ssa", "ssä", "lla", "llä", "n")
_VOWELS = "aeiouyäö"
_RULES = m.RuleMorphology()
#: A nasal consonant pair weakened before a case ending, and its strong grade ("ng" → "nk").
_WEAK_NASAL = {"ng": "nk", "nn": "nt", "mm": "mp"}


@dataclass(frozen=True)
class Found:
    """A word read as a place: the place and the word's form (``nom``, ``gen`` for a Finnish
    or Swedish genitive, ``local`` for the other cases)."""

    place: Place
    form: str


@dataclass(frozen=True)
class Place:
    """A place name: as the list writes it, its kind and whether it is also a first name or a
    surname."""

    name: str
    kind: str  # fi-municipality, fi-former, fi-region, se-municipality, se-region
    first_name: bool = False
    surname: bool = False


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Every name in ``places.txt`` (both languages), keyed by its case-folded form."""
    out: dict[str, Place] = {}
    kind = ""
    for raw in DATA_PATH.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            kind = line.strip("[]")
            continue
        names, _, flags = line.partition(" *")
        marks = {f.strip("* ") for f in ("*" + flags).split()} if flags else set()
        for name in names.split("\t"):
            name = name.strip()
            if name and name.casefold() not in out:
                out[name.casefold()] = Place(name, kind, "first" in marks, "surname" in marks)
    return out


def _stems(low: str) -> list[str]:
    """What a Finnish case ending may leave of a place's name ("kempeleestä" → "kempelee",
    "kempele"; "hankasalmen" → "hankasalme", "hankasalmi")."""
    out: list[str] = []
    for ending in _ENDINGS:
        if not low.endswith(ending) or len(low) - len(ending) < 2:
            continue
        stem = low[: -len(ending)]
        out.append(stem)
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in _VOWELS:
            out.append(stem[:-1])  # "Kempeleestä", "Sipoosta"
        if stem.endswith("e"):
            out.append(stem[:-1] + "i")  # "Hankasalmen", "Kemijärveltä"
        if stem.endswith(("ude", "yde")):
            out.append(stem[:-2] + "s")  # "Varkaudesta", "Alavudelta"
        for weak, strong in (("joe", "joki"), ("mäe", "mäki"), ("hde", "hti")):
            if stem.endswith(weak):
                # the heads' gradation: "Seinäjoelta", "Riihimäeltä", "Lahdesta"
                out.append(stem[: -len(weak)] + strong)
        if len(stem) >= 4 and stem[-2] == "d" and stem[-3] in _VOWELS and stem[-1] in _VOWELS:
            out.append(stem[:-2] + "t" + stem[-1])  # "Liedosta": the gradation of "t" ("Lieto")
        if ending != "n" and stem.endswith("ru"):
            out.append(stem[:-1] + "ku")  # "Turusta": the gradation of "rk" ("Turku")
        for cand in list(out):
            weak = _WEAK_NASAL.get(cand[-3:-1])
            if weak is not None and cand[-1] in _VOWELS:
                # the nasals' gradation in the last syllable: "Helsingistä", "Hangosta",
                # "Lappeenrannasta"
                out.append(cand[:-3] + weak + cand[-1])
        break
    return out


@functools.lru_cache(maxsize=65536)
def _place(word: str, morph_name: str) -> Found | None:
    places = gazetteer()
    low = word.casefold().rstrip(":")
    found = places.get(low)
    if found is not None:
        return Found(found, "nom")
    if low.endswith("s") and (found := places.get(low[:-1])) is not None:
        return Found(found, "gen")  # "Linköpings", "Umeås": a Swedish genitive
    for stem in _stems(low):
        if (found := places.get(stem)) is not None:
            return Found(found, "gen" if low.endswith("n") else "local")
    readers: list[m.Morphology] = [_RULES]
    if morph_name == "voikko":
        voikko = m.morphology()
        if voikko.name == "voikko":
            readers.insert(0, voikko)
    for reader in readers:
        for a in reader.analyse(word):
            if a.case in _CASES and (found := places.get(a.base.casefold())) is not None:
                # "Uudenmaan", "Helsingin", "Seinäjoelta"
                return Found(found, a.case if a.case in ("nom", "gen") else "local")
    return None


def place_of(word: str, morph: m.Morphology | None = None) -> Found | None:
    """The place a capitalised word names in one of the cases a list or a sentence uses beside
    a person's name, else None. With voikko (``morph``) also forms the rules cannot undo."""
    if not word[:1].isupper():
        return None
    return _place(word, morph.name if morph is not None else "rules")


__all__ = ["DATA_PATH", "Found", "Place", "gazetteer", "place_of"]

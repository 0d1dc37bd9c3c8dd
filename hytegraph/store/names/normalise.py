"""The one normaliser of names and queries: both go through it, so that a name and any way a
person may write it end up with a key in common.

- *exact* key: case-folded NFC text, dashes and spaces unified, punctuation dropped (``ä``
  stays ``ä``);
- *plain* key: the exact key without diacritics, so ``Lansi-Uudenmaan`` finds
  ``Länsi-Uudenmaan``;
- *stems*: per word, the word less each Finnish case ending it may carry (``-n``,
  ``-ssa/-ssä``, ``-sta``, ``-lla``, ``-lle``, ``-lta``, ``-ksi``, ``-na``, ``-hon/-hön``,
  plurals, ``ry:n`` → ``ry``, ...), common consonant gradation undone (``nt``/``nn``, ``mp``/``mm``,
  ``kk``/``k``, ...), final vowels dropped, and the inflection stems of the common noun types
  whose stem differs from the basic form (``Virtanen`` → ``Virtase-``, ``keskus`` →
  ``keskukse-``, ``terveys`` → ``terveyde-``, ``asiakas`` → ``asiakkaa-``, ``uusi`` →
  ``uude-``). Every word of a name may be inflected, not only the last: ``testilän
  ohjausryhmässä`` and ``Testilän ohjausryhmä``, ``Espoon kaupungilla`` and ``Espoon kaupunki``
  share their stems word by word.

Stripping is eager: a stem may be shared by two unrelated words, which only ever adds
candidates for the ranking (:mod:`hytegraph.store.names.index`) to sort out.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_PUNCT = re.compile(r"[^\w\s:-]")
_HYPHEN_SPACE = re.compile(r"(?<=\w)-\s+(?=\w)")


def normalise(text: str) -> str:
    """Case-folded NFC text with dashes unified, punctuation dropped and spaces collapsed."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _DASHES.sub("-", text)
    text = " ".join(_PUNCT.sub(" ", text).split())
    return _HYPHEN_SPACE.sub("-", text)  # "Länsi- Uudenmaan", as in the source's line breaks


@functools.lru_cache(maxsize=8192)
def strip_diacritics(text: str) -> str:
    """``Länsi-Uudenmaan`` → ``Lansi-Uudenmaan``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def words(key: str) -> list[str]:
    """The words of a normalised key; compounds joined by a hyphen count as one word."""
    return [w for w in re.split(r"[\s]+", key) if w.strip("-:")]


# Finnish case endings (and a few plural and possessive forms), longest first.
_ENDINGS = tuple(
    sorted(
        {
            "ssa",
            "ssä",
            "sta",
            "stä",
            "lla",
            "llä",
            "lta",
            "ltä",
            "lle",
            "ksi",
            "tta",
            "ttä",
            "ineen",
            "ihin",
            "han",
            "hän",
            "hen",
            "hon",
            "hön",
            "hun",
            "hyn",
            "seen",
            "siin",
            "hin",
            "iin",
            "jen",
            "ien",
            "den",
            "tten",
            "ten",
            "na",
            "nä",
            "ta",
            "tä",
            "ja",
            "jä",
            "en",
            "an",
            "än",
            "in",
            "a",
            "ä",
            "n",
            "t",
        },
        key=len,
        reverse=True,
    )
)
# Double consonants first: "hankkeen" must become "hankeen" before "nk" is taken for the
# "nk"/"ng" of "kaupunki"/"kaupungin".
_GRADATION = (("kk", "k"), ("pp", "p"), ("tt", "t"), ("nt", "nn"), ("mp", "mm"), ("lt", "ll"),
              ("rt", "rr"), ("nk", "ng"))  # fmt: skip
_VOWELS = "aeiouyäöå"
_MIN_STEM = 3

# Basic forms whose inflection stem is not the basic form less a vowel: the word's ending and
# what the inflected forms have in its place (after diacritics are stripped).
_STEM_CHANGES = (
    ("nen", "s"),  # Virtanen → Virtasen, Virtasta; kaupunkilainen → kaupunkilaisen
    ("si", "d"),  # uusi → uuden, uudessa; vesi → veden
    ("s", "ks"),  # keskus → keskuksen, yhdistys → yhdistyksessä, kokous → kokouksessa
    ("s", "d"),  # terveys → terveyden, yhteys → yhteydessä
    ("s", "t"),  # terveys → terveytenä, terveyteen
    ("s", ""),  # asiakas → asiakkaan, jäsenyys → jäsenyyttä (with gradation and vowels)
)


def _reduce(word: str) -> str:
    for strong, weak in _GRADATION:
        word = word.replace(strong, weak)
    stripped = word.rstrip(_VOWELS)
    return stripped if len(stripped) >= _MIN_STEM - 1 else word


@functools.lru_cache(maxsize=8192)
def stems(word: str) -> frozenset[str]:
    """Stem keys of one normalised word: the word itself, the word less each Finnish ending it
    may carry, and the inflection stem of its noun type, each reduced alike (gradation undone,
    final vowels dropped).

    Two word forms of the same word share at least one key; both a name and a query go
    through this, so over-eager stripping only ever adds candidates, which ranking sorts out.
    """
    word = strip_diacritics(word)
    if ":" in word:  # "ry:n", "HUS:ssa": an abbreviation with its ending after the colon
        head, _, _tail = word.partition(":")
        word = head or word
    forms = {word}
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            forms.add(word[: -len(ending)])
    for basic, inflected in _STEM_CHANGES:
        if word.endswith(basic) and len(word) - len(basic) >= _MIN_STEM:
            forms.add(word[: -len(basic)] + inflected)
    return frozenset(_reduce(f) for f in forms)


def lookup_keys(text: str) -> tuple[set[str], set[str]]:
    """The keys a name is found by (``e:`` exact, ``p:`` without diacritics, ``s:`` a word's
    stem) and its words without diacritics (found by their beginnings and parts)."""
    key = normalise(text)
    found = {f"e:{key}", f"p:{strip_diacritics(key)}"}
    plain_words = set()
    for word in words(key):
        found.update(f"s:{s}" for s in stems(word))
        plain_words.add(strip_diacritics(word))
    return found, plain_words


__all__ = ["lookup_keys", "normalise", "stems", "strip_diacritics", "words"]

"""How alike two names are, word by word, beyond sharing a lookup key.

Sharing a key (:mod:`~hytegraph.store.names.normalise`) finds candidates; it does not say they
are alike: ``Testilän hyvinvointiryhmä`` and ``Nuorten hyvinvointityöryhmä`` share no word, and
``Group`` shares a word with every working group. Two measures, both through the one normaliser:

- :func:`similarity` — a soft token-set similarity: each content word of one name is paired with
  the most alike word of the other (1 when they share a stem, so inflected forms count as
  equal; otherwise difflib's ratio of the words without diacritics), averaged over the words of
  both names, generic words (``kaupunki``, ``ohjausryhmä``, ``group``) at half weight. Function
  words (``ja``, ``och``, ``and``, ...) are left out; word order does not count.
- :func:`alike` — what a doubtful match needs: a high :func:`similarity`, or the same head (the
  kind of thing named: ``-ryhmä``, ``network``, ``styrgrupp``; else the last word) together with
  a shared distinctive word (not a function word, not a generic word such as ``kaupunki``,
  ``hyvinvointi`` or ``group``).
"""

from __future__ import annotations

import difflib
import functools

from hytegraph.store.names.normalise import normalise, stems, strip_diacritics, words

#: Similarity a name must reach to be suggested for a name that matched nothing.
SUGGEST = 0.65
#: Similarity that on its own makes two names alike enough to ask a person about.
ALIKE = 0.8

#: Words that join a name's parts (fi, sv, en), without diacritics.
FUNCTION_WORDS = frozenset(
    (
        *("ja", "seka", "tai", "eli"),
        *("och", "i", "av", "pa", "med", "till", "samt"),
        *("the", "and", "of", "for", "in", "on", "at", "to", "with"),
    )
)
#: Heads: words (or the ends of compound words) that name the kind of thing, without diacritics.
#: Two names with the same head name the same kind of thing.
HEADS = (
    "tyoryhma",
    "ohjausryhma",
    "johtoryhma",
    "ryhma",
    "verkosto",
    "lautakunta",
    "toimikunta",
    "neuvosto",
    "valtuusto",
    "hallitus",
    "jaosto",
    "ohjelma",
    "hanke",
    "projekti",
    "kaupunki",
    "kunta",
    "hyvinvointialue",
    "yhdistys",
    "liitto",
    "saatio",
    "keskus",
    "toimiala",
    "tulosalue",
    "tulosyksikko",
    "yksikko",
    "palvelut",
    "suunnitelma",
    "kertomus",
    "group",
    "committee",
    "board",
    "council",
    "network",
    "programme",
    "program",
    "project",
    "city",
    "municipality",
    "county",
    "association",
    "foundation",
    "centre",
    "center",
    "division",
    "unit",
    "services",
    "plan",
    "report",
    "grupp",
    "gruppen",
    "natverk",
    "natverket",
    "namnd",
    "namnden",
    "rad",
    "radet",
    "styrelse",
    "styrelsen",
    "program",
    "programmet",
    "projekt",
    "projektet",
    "stad",
    "staden",
    "kommun",
    "kommunen",
    "valfardsomrade",
    "valfardsomradet",
    "forening",
    "foreningen",
    "forbund",
    "stiftelse",
)
#: Words too common in names of this field to tell two names apart (besides the heads).
GENERIC_WORDS = frozenset(
    {
        *HEADS,
        "hyvinvointi",
        "hyvinvoinnin",
        "terveys",
        "terveyden",
        "edistaminen",
        "edistamisen",
        "hyte",
        "ry",
        "rf",
        "wellbeing",
        "health",
        "promotion",
        "working",
        "steering",
        "expert",
        "valfard",
        "halsa",
        "framjande",
        "arbetsgrupp",
        "styrgrupp",
        "styrgruppen",
    }
)


@functools.lru_cache(maxsize=4096)
def content_words(name: str) -> tuple[str, ...]:
    """The words of ``name`` that carry its meaning: normalised, without diacritics, function
    words left out."""
    return tuple(
        w
        for w in (strip_diacritics(w) for w in words(normalise(name)))
        if w.strip("-:") and w not in FUNCTION_WORDS
    )


def word_similarity(a: str, b: str) -> float:
    """1 for two forms of one word (a shared stem), else difflib's ratio."""
    if a == b or stems(a) & stems(b):
        return 1.0
    return difflib.SequenceMatcher(None, a, b).ratio()


def _weight(word: str) -> float:
    """A generic word (``kaupunki``, ``ohjausryhmä``, ``group``) counts half: two names that share
    only such words are not alike."""
    return 0.5 if stems(word) & _GENERIC_STEMS else 1.0


def similarity(a: str, b: str) -> float:
    """The soft token-set similarity of two names, 0 to 1 (see the module doc)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    pairs = [[word_similarity(x, y) for y in wb] for x in wa]
    best_a = sum(_weight(x) * max(row) for x, row in zip(wa, pairs, strict=True))
    best_b = sum(_weight(y) * max(pairs[i][j] for i in range(len(wa))) for j, y in enumerate(wb))
    return (best_a + best_b) / (sum(map(_weight, wa)) + sum(map(_weight, wb)))


@functools.lru_cache(maxsize=4096)
def _head_of_word(word: str) -> str | None:
    """The head a word is or ends with (``hyvinvointityöryhmässä`` → ``tyoryhma``), by stem, so
    that inflected compounds count; short heads (``rad``) only as whole words."""
    forms = stems(word.rsplit("-", 1)[-1])
    for head in HEADS:
        for h in stems(head):
            if h in forms or (len(h) >= 4 and any(f.endswith(h) for f in forms)):
                return head
    return None


_GENERIC_STEMS = frozenset(s for w in GENERIC_WORDS for s in stems(w))


def _generic(word: str) -> bool:
    return bool(stems(word) & _GENERIC_STEMS) or _head_of_word(word) is not None


def heads(name: str) -> frozenset[str]:
    """The kinds of thing a name names (its head words, or its last word when none is known)."""
    found = {h for w in content_words(name) if (h := _head_of_word(w)) is not None}
    if found:
        return frozenset(found)
    ws = content_words(name)
    return frozenset(ws[-1:])


def distinctive_shared(a: str, b: str) -> set[str]:
    """Words of ``a`` that ``b`` has too (by stem) and that tell names apart."""
    wb = content_words(b)
    return {
        x
        for x in content_words(a)
        if len(x) >= 3 and not _generic(x) and any(stems(x) & stems(y) for y in wb)
    }


def alike(a: str, b: str) -> bool:
    """Whether ``b`` is alike enough to ``a`` to ask a person whether they are one thing."""
    if similarity(a, b) >= ALIKE:
        return True
    return bool(heads(a) & heads(b)) and bool(distinctive_shared(a, b))


__all__ = [
    "ALIKE",
    "FUNCTION_WORDS",
    "GENERIC_WORDS",
    "HEADS",
    "SUGGEST",
    "alike",
    "content_words",
    "distinctive_shared",
    "heads",
    "similarity",
    "word_similarity",
]

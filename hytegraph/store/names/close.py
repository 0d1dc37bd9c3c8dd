"""The words closest to a word: :func:`difflib.get_close_matches`, the same answers, faster
over many possibilities (a name index's whole vocabulary, or the names an unknown name may be
a misspelling of).

difflib compares every possibility three times over, each bound of the next:
``real_quick_ratio`` (from the lengths alone), ``quick_ratio`` (the letters in common, in any
order) and ``ratio`` (the letters of the blocks it matches, in order). :func:`close_matches`
computes the same numbers, in the same floating-point operations, but the first for whole
groups of possibilities of one length (:func:`by_length`, :func:`within_reach`), the second
with ``str.count`` per letter of the word, and the third, the costly one, best bound first,
only until no remaining possibility can enter the best ``n``. Between the second and the third
it puts a tighter bound: the longest common subsequence (bit-parallel, a few integer operations
a letter), which difflib's matching blocks, in order and apart, never exceed. A possibility is
compared in full only when its bound can still enter the best ``n`` found so far, so the answer
and its order (best score first, ties by the larger string, as :func:`heapq.nlargest` breaks
them in difflib) are the same.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher


def _ratio(matches: int, length: int) -> float:
    """difflib's ratio of ``matches`` in sequences of ``length`` elements together."""
    return 2.0 * matches / length if length else 1.0


def _common_subsequence(letters: dict[str, int], size: int, x: str) -> int:
    """The length of the longest common subsequence of ``x`` and a word of ``size`` letters,
    whose positions by letter ``letters`` holds as bit masks (Hyyrö's bit-parallel count)."""
    full = (1 << size) - 1
    v = full
    for letter in x:
        u = v & letters.get(letter, 0)
        v = ((v + u) | (v - u)) & full
    return size - v.bit_count()


def by_length(words: Iterable[str]) -> dict[int, list[str]]:
    """``words`` grouped by their length (in their order), for :func:`within_reach`."""
    groups: dict[int, list[str]] = {}
    for word in words:
        groups.setdefault(len(word), []).append(word)
    return groups


def within_reach(groups: Mapping[int, Sequence[str]], length: int, cutoff: float) -> list[str]:
    """The words of ``groups`` (:func:`by_length`) whose length lets them reach ``cutoff``
    against a word of ``length`` characters (difflib's ``real_quick_ratio``, computed as it
    does): the only ones :func:`difflib.get_close_matches` can return."""
    return [
        word
        for size, words in groups.items()
        if _ratio(min(size, length), size + length) >= cutoff
        for word in words
    ]


def close_matches(
    word: str, possibilities: Iterable[str], n: int = 3, cutoff: float = 0.6
) -> list[str]:
    """``difflib.get_close_matches(word, possibilities, n, cutoff)``: the same list."""
    if not n > 0:
        raise ValueError(f"n must be > 0: {n!r}")
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError(f"cutoff must be in [0.0, 1.0]: {cutoff!r}")
    size = len(word)
    letters = list(Counter(word).items())
    bounded: list[tuple[float, str]] = []
    for x in possibilities:
        length = len(x)
        total = length + size
        if not total:  # two empty strings: difflib's ratio is 1
            bounded.append((1.0, x))
            continue
        # real_quick_ratio and quick_ratio (the letters in common, in any order), written out
        # as _ratio computes them: this loop runs once per possibility
        if 2.0 * (length if length < size else size) / total < cutoff:
            continue
        matches = 0
        for letter, count in letters:
            found = x.count(letter)
            matches += found if found < count else count
        bound = 2.0 * matches / total
        if bound >= cutoff:
            bounded.append((bound, x))
    bounded.sort(reverse=True)
    masks: dict[str, int] = {}
    for position, letter in enumerate(word):
        masks[letter] = masks.get(letter, 0) | (1 << position)
    matcher = SequenceMatcher()
    matcher.set_seq2(word)  # as difflib: the possibility is the first sequence
    best: list[tuple[float, str]] = []  # the best n so far, the least first (a heap)
    for bound, x in bounded:
        if len(best) == n and (bound, x) < best[0]:
            break  # neither this possibility nor any later one can enter the best n
        tighter = _ratio(_common_subsequence(masks, size, x), len(x) + size)
        if tighter < cutoff or (len(best) == n and (tighter, x) < best[0]):
            continue  # its ratio cannot reach the cutoff, or enter the best n
        matcher.set_seq1(x)
        score = matcher.ratio()
        if score >= cutoff:
            if len(best) < n:
                heapq.heappush(best, (score, x))
            else:
                heapq.heappushpop(best, (score, x))
    return [x for _score, x in heapq.nlargest(n, best)]


__all__ = ["by_length", "close_matches", "within_reach"]

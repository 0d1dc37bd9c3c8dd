"""The close matches of a word (:mod:`hytegraph.store.names.close`) are difflib's, to the list:
the same words, in the same order, ties included."""

from __future__ import annotations

import difflib
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hytegraph.store.names.close import by_length, close_matches, within_reach

# few letters, so that many words share letters, lengths and scores (ties)
WORD = st.text(alphabet="aäbc-1", max_size=9)
CUTOFF = st.sampled_from([0.0, 0.3, 0.5, 0.6, 0.75, 1.0]) | st.floats(0.0, 1.0)


@settings(max_examples=300, deadline=None)
@given(
    word=WORD,
    possibilities=st.lists(WORD, max_size=60),
    n=st.integers(1, 25),
    cutoff=CUTOFF,
)
def test_close_matches_are_difflibs(word, possibilities, n, cutoff):
    expected = difflib.get_close_matches(word, possibilities, n, cutoff)
    assert close_matches(word, possibilities, n, cutoff) == expected
    # the words of the lengths that can reach the cutoff give the same answer
    reachable = within_reach(by_length(possibilities), len(word), cutoff)
    assert close_matches(word, reachable, n, cutoff) == expected
    assert set(reachable) >= set(expected)


def test_close_matches_on_a_vocabulary_with_many_ties():
    rng = random.Random(7)
    for _ in range(300):
        letters = rng.choice(["ab", "abc", "kuusijoen", "ryhmä-2"])
        vocabulary = sorted(
            {"".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(200)}
        )
        rng.shuffle(vocabulary)
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
        for n, cutoff in ((3, 0.6), (20, 0.6), (15, 0.5), (1, 0.0)):
            expected = difflib.get_close_matches(word, vocabulary, n, cutoff)
            assert close_matches(word, vocabulary, n, cutoff) == expected
            reachable = within_reach(by_length(vocabulary), len(word), cutoff)
            assert close_matches(word, reachable, n, cutoff) == expected


def test_long_words_where_difflib_junks_popular_letters():
    word = "ab" * 120  # 240 characters: difflib's autojunk applies
    possibilities = ["ab" * k + "c" * j for k in range(90, 130, 7) for j in range(0, 40, 9)]
    for cutoff in (0.3, 0.6, 0.9):
        expected = difflib.get_close_matches(word, possibilities, 5, cutoff)
        assert close_matches(word, possibilities, 5, cutoff) == expected


@pytest.mark.parametrize(("n", "cutoff"), [(0, 0.6), (-1, 0.6), (3, -0.1), (3, 1.5)])
def test_bad_arguments_are_refused_as_difflib_refuses_them(n, cutoff):
    with pytest.raises(ValueError):
        difflib.get_close_matches("a", ["a"], n, cutoff)
    with pytest.raises(ValueError):
        close_matches("a", ["a"], n, cutoff)

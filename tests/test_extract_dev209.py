"""hytegraph extract on a determiner before a body's word: made-up snippets, read with either
word-form reader.

- a word saying which ones of their kind a sentence speaks of ("Kunkin jaoksen", "Jokaisen
  lautakunnan", "kyseisen työryhmän"), capitalised at a sentence's start or not, is no part of
  a body's name: the text names no body "Kunkin jaos".
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, walked

COMMITTEES = (
    "Testilän Yhdistys ry:n jaokset\n\n"
    "Jaokset ovat työryhmiä. Kunkin jaoksen puheenjohtajana toimii joku hallituksen jäsenistä.\n"
    "Jokaisen lautakunnan pöytäkirjat julkaistaan verkossa.\n\n"
    "Viestintäjaoksen jäsenet:\n"
    "Aino Koski, puheenjohtaja\n"
    "Pekka Salonen\n"
    "Eeva Ahola\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_which_ones_of_their_kind_name_no_body(morph):
    walk = walked(COMMITTEES, "fi", morph)
    names = {mention.name for mention, _quote in walk.named if mention.kind != "person"}
    assert not any(name.casefold().startswith(("kunkin", "jokai")) for name in names), names
    got = held(COMMITTEES, "fi", morph)
    assert ("Aino Koski", "chair", "Viestintäjaos") in got
    assert ("Eeva Ahola", "member", "Viestintäjaos") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_before_a_bodys_word_stays(morph):
    # guard: a place's genitive at a sentence's start names the body ("Testilän lautakunta")
    text = "Testilän lautakunnan puheenjohtajana toimii Aino Koski.\n"
    walk = walked(text, "fi", morph)
    names = {mention.name for mention, _quote in walk.named if mention.kind != "person"}
    assert "Testilän lautakunta" in names, names

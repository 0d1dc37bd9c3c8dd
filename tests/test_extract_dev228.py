"""hytegraph extract on names listed each with whom the person sits for:

- "Valtuustossa jatkavat A Pohjois-Pohjanmaan edustajana, B Kylälän kunnan edustajana ja C":
  every name of the list holds the seat (before, the list ended at the first organisation), held
  for the organisation in the genitive after it (``on_behalf_of``); the organisation is no part
  of the name before it ("Aino Ahola Pohjois-Pohjanmaan" was read as one name);
- "… ja FT Liisa Laine Pohjois-Karjalan edustajana": a degree's abbreviation before a name in
  such a list is no part of it and does not end the list.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held_for


def _seats(text: str, morph: str | None) -> dict[str, tuple[str, str, str]]:
    """Person -> (role, body, organisation held for) of every seat held on the page's date."""
    return {person: tuple(rest) for person, *rest in held_for(text, "fi", morph)}


@pytest.mark.parametrize("morph", MORPHS)
def test_each_name_with_whom_it_sits_for(morph):
    text = (
        "Valtuustossa jatkavat Aino Ahola Pohjois-Pohjanmaan edustajana, Eero Ek Kylälän kunnan "
        "edustajana ja Liisa Laine.\n"
    )
    got = _seats(text, morph)
    assert set(got) == {"Aino Ahola", "Eero Ek", "Liisa Laine"}
    assert got["Aino Ahola"] == ("member", "valtuusto", "pohjois-pohjanmaa")
    role, body, organ = got["Eero Ek"]
    assert (role, body) == ("member", "valtuusto")
    assert organ.startswith("kylälän kun")  # (the rules' basic form of "kunnan" is a guess)
    assert got["Liisa Laine"] == ("member", "valtuusto", "")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_degree_before_a_listed_name(morph):
    text = (
        "Valtuustossa jatkavat tohtori Aino Ahola Pohjois-Pohjanmaan edustajana ja FT Liisa "
        "Laine Pohjois-Karjalan edustajana.\n"
    )
    got = _seats(text, morph)
    assert got == {
        "Aino Ahola": ("member", "valtuusto", "pohjois-pohjanmaa"),
        "Liisa Laine": ("member", "valtuusto", "pohjois-karjala"),
    }

"""Layouts and phrasings of the tenth held-out set, each on a made-up snippet."""

from __future__ import annotations

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker


def roles(text: str, lang: str = "fi", morph: str | None = None) -> set[tuple[str, str, str]]:
    found = Walker(lexicon(lang), morphology(morph)).walk(text).findings
    return {
        (f.actor.name, f.role, f.target.name if f.target else "")
        for f in found
        if f.kind == "membership"
    }


def test_a_district_named_by_a_compass_word_is_not_a_person():
    got = roles(
        "Ungdomsfullmäktige\n\nLedamöterna Rasmus Ros, Västra Älvstad, och Bo Ek, Norra "
        "Hamnen, rapporterade från mötet.\n",
        "sv",
    )
    people = {actor for actor, _role, _body in got}
    assert "Rasmus Ros" in people
    assert not any(p.split()[0] in {"Västra", "Norra"} for p in people)

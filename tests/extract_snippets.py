"""What the extractor's snippet tests ask of a made-up text: its findings, and the memberships
it says are held at the time of the source, with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import extract
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker

MORPHS = ["rules", None]  # None: libvoikko when installed, else the rules


def walked(text: str, lang: str = "fi", morph: str | None = None):
    """The walk of a made-up text: its findings and the bodies it names."""
    return Walker(lexicon(lang), morphology(morph)).walk(text)


def findings(text: str, lang: str = "fi", morph: str | None = None):
    return walked(text, lang, morph).findings


def held(text: str, lang: str = "fi", morph: str | None = None) -> set[tuple[str, str, str]]:
    """(person, role, body) of every membership held at the time of the source."""
    return {
        (f.actor.name, f.role, f.target.name if f.target else "")
        for f in findings(text, lang, morph)
        if f.kind == "membership" and not f.status
    }


def held_for(
    text: str, lang: str = "fi", morph: str | None = None
) -> set[tuple[str, str, str, str]]:
    """(person, role, body, organisation held for) of every membership held at the time of the
    source, the body's and the organisation's names in lower case ("" for none)."""
    return {
        (
            f.actor.name,
            f.role,
            f.target.name.casefold() if f.target else "",
            f.on_behalf_of.name.casefold() if f.on_behalf_of else "",
        )
        for f in findings(text, lang, morph)
        if f.kind == "membership" and not f.status
    }


def seats(text: str, lang: str = "fi", morph: str | None = None) -> set[tuple[str, str, str]]:
    """(person, role, body) held at the time of the source, the body's name in lower case (as
    the walk names it before the proposals capitalise it)."""
    return {(p, r, b.casefold()) for p, r, b in held(text, lang, morph)}


def deputies_only(found: set[tuple[str, str, str]], names, body: str) -> None:
    """Assert that each of ``names`` is the body's deputy in ``found`` (:func:`seats`) and no
    member of it."""
    for name in names:
        assert (name, "deputy_member", body) in found
        assert (name, "member", body) not in found


def all_hold(found: set[tuple[str, str, str]], names, role: str, body: str) -> None:
    """Assert that each of ``names`` holds ``role`` in the body in ``found`` (:func:`seats`)."""
    for name in names:
        assert (name, role, body) in found


def key(name: str) -> str:
    """A person's name with its words in order, for names printed surname first or last."""
    return " ".join(sorted(name.split()))


def roles(text: str, lang: str = "fi", morph: str | None = None) -> set[tuple[str, str, str]]:
    """(person, role, body) of every membership held at the time of the source, names compared
    word by word in any order (:func:`key`)."""
    return {(key(person), role, body) for person, role, body in held(text, lang, morph)}


needs_voikko = pytest.mark.skipif(
    morphology().name != "voikko",
    reason="libvoikko with its Finnish dictionary is not installed (CI installs it)",
)


def proposed(tmp_path, text, lang, tagger=True):
    """(person, role, body) of the proposed memberships of a made-up document, the body's name
    in lower case."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return {
        (f.actor.name, f.role, f.target.name.casefold() if f.target else "")
        for f in extract(path, lang=lang, tagger=tagger).facts
        if f.kind == "membership" and not f.status
    }

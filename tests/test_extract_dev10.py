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


def test_a_genitive_name_before_toimiessa_holds_the_role_after_it():
    got = roles(
        "Testilän uusi valtuusto\n\nTimo Tammi (ps) johtaa tarkastuslautakuntaa Eero Eskon (kd) "
        "toimiessa varapuheenjohtajana.\n\nKeskusvaalilautakuntaa johtaa Eva Vaara Taisto Tervon "
        "toimiessa varapuheenjohtajana.\n"
    )
    by_role = {(actor, role, body.casefold()) for actor, role, body in got}
    assert ("Timo Tammi", "chair", "tarkastuslautakunta") in by_role
    assert ("Eero Esko", "vice_chair", "tarkastuslautakunta") in by_role
    assert ("Eva Vaara", "chair", "keskusvaalilautakunta") in by_role
    assert ("Taisto Tervo", "vice_chair", "keskusvaalilautakunta") in by_role
    assert not any("Taisto" in actor and role == "chair" for actor, role, _b in got)

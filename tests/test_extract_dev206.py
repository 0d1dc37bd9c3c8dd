"""hytegraph extract on Swedish officers named each before their office, on a board's
committee heading bare names after another list, and on a board named in both its bare and
its definite form: made-up snippets, one per mechanism, read with either word-form reader.

- "A ordförande, vice ordf. B, C sekreterare och D kassör": an office after a name and
  before "och" is that name's, the name after "och" has its own office ("D kassör"), so the
  office is neither D's nor that of the names on the lines after it;
- "Revisorer" / "Bo Ek" / "Eva Lund" / "" / "Valberedning" / "Per Holm" / "Gun Berg": a board's
  committee alone on a line after another list of bare names heads a list of its own, and
  two bare names are enough for it;
- "ordförande … för både styrelse och jaktlag A" and "ordföranden A" after "Styrelsen
  konstituerades": one board, in its bare and its definite form; A is its chair, not also a
  member of "Styrelse" beside.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.pipeline import extract
from tests.extract_snippets import MORPHS, held

OFFICES = (
    "Protokoll fört vid styrelsens konstituerande möte i Testby jaktlag\n\n"
    "Valberedning är: Per Holm och Anna Ek.\n\n"
    "Styrelsen konstituerades enligt följande:\n\n"
    "Lennart Lindström ordförande, vice ordf. Bengt Sjöberg, Mikael Karlsson sekreterare och "
    "Gunnar Nyström kassör\n\n"
    "Övriga Stefan Holmgren, Rolf Lindqvist och markägarrepresentanter är Ove Nilsson och "
    "Bengt Sjöberg.\n"
)

REPORT = (
    "Testby vägförening\n"
    "Verksamhetsberättelse 2020\n\n"
    "Styrelse\n"
    "Anna Berg, Ordförande\n"
    "Bo Ek, Kassör\n"
    "Carl Lind Ledamot\n\n"
    "Revisorer\n"
    "Erik Sand\n"
    "Frida Ström\n\n"
    "Valberedning\n"
    "Gustav Nilsson\n"
    "Hanna Lund\n\n"
    "Valperioden har utgått för följande personer:\n"
    "Erik Sand Revisor\n"
)

BOTH_FORMS = (
    "Protokoll fört vid styrelsens konstituerande möte i Testby jaktlag\n\n"
    "Vid årsmötet utsågs ordförande för 1 år, både för styrelse och jaktlag Lennart "
    "Lindström,\n\n"
    "Valberedning är: Per Holm och Anna Ek.\n\n"
    "Styrelsen konstituerades enligt följande:\n\n"
    "Lennart Lindström ordförande, vice ordf. Bengt Sjöberg, Mikael Karlsson sekreterare och "
    "Gunnar Nyström kassör\n\n"
    "Föreningens firma tecknas av kassören Gunnar Nyström och ordföranden Lennart Lindström "
    "var för sig.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_before_och_is_the_names_before_it(morph):
    got = held(OFFICES, "sv", morph)
    assert ("Bengt Sjöberg", "vice_chair", "Styrelsen") in got
    for person in ("Gunnar Nyström", "Rolf Lindqvist", "Bengt Sjöberg"):
        assert (person, "secretary", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committee_heading_after_bare_names_heads_its_own(morph):
    got = held(REPORT, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelse") in got
    assert ("Gustav Nilsson", "member", "Valberedning") in got
    assert ("Hanna Lund", "member", "Valberedning") in got
    assert not any(person in ("Erik Sand", "Frida Ström") for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_boards_bare_and_definite_form_are_one_body(morph, tmp_path):
    path = tmp_path / "testby.txt"
    path.write_text(BOTH_FORMS, encoding="utf-8")
    facts = {
        (f.actor.name, f.role, f.target.name if f.target else "")
        for f in extract(path, lang="sv", morph=morph, tagger=False).facts
        if f.kind == "membership"
    }
    assert ("Lennart Lindström", "chair", "Styrelsen") in facts
    assert not any(p == "Lennart Lindström" and r == "member" for p, r, _ in facts)

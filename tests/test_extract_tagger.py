"""The extractor's learned tagger: the stored model is what the training script makes from the
benchmark sets, it reads seats on made-up lists, proposes only for names the rules left
unclaimed, and can be switched off."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from extract_snippets import needs_voikko

from hytegraph.authoring.extract import extract, tagger
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import VoikkoMorphology, morphology
from hytegraph.authoring.extract.walker import Walker
from hytegraph.cli import main

ROOT = Path(__file__).parent.parent

#: A list the rules read in full: the tagger, asked alone, reads the same seats.
LIST_FI = """Vanhusneuvosto

Matti Virtanen, puheenjohtaja
Liisa Korhonen, varapuheenjohtaja
Pekka Nieminen, sihteeri
Anna Mäkinen
Juha Laine
"""
#: Names with a party and an abbreviated role after them: a layout the rules do not read.
LIST_SV = """Pensionärsrådet

Anna Lindqvist SPF ordf.
Erik Holm PRO
Karin Berg SKPF sekr.
"""
#: The rules miss the member named in brackets on the first line.
BRACKETS_FI = """Vammaisneuvosto 2023-2025

Matti Virtanen (puheenjohtaja) ja Liisa Korhonen (jäsen)
Pekka Nieminen (jäsen) 040 123 4567
"""


def _walk(text: str, lang: str):
    walker = Walker(lexicon(lang), morphology())
    return walker, walker.walk(text)


def _seats(findings) -> set[tuple[str, str, str]]:
    return {(f.actor.name, f.role, f.target.name if f.target else "") for f in findings}


def _train_tagger():
    spec = importlib.util.spec_from_file_location("train_tagger", ROOT / "bench/train_tagger.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_tagger"] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    not isinstance(morphology("libvoikko"), VoikkoMorphology),
    reason="the stored model is trained on libvoikko's readings, which are not installed (the "
    "transducer's give the same readings in another order for some words, which moves weights)",
)
def test_the_stored_model_is_a_fresh_training():
    trained = _train_tagger()
    model = tagger.train(trained.examples(trained.documents()))
    stored = tagger.MODEL_PATH.read_text(encoding="utf-8")
    assert stored == model.to_json() + "\n", (
        "tagger_model.json is not what the benchmark sets train: run python bench/train_tagger.py"
    )


def test_training_is_deterministic_and_learns_the_examples():
    examples = [
        (["bias", "R1=puheenjohtaja"], "chair"),
        (["bias", "R1=jäsen"], "member"),
        (["bias", "R1=varajäsen"], "deputy_member"),
        (["bias", "R1=hakija"], "none"),
    ] * 3
    one, two = tagger.train(examples), tagger.train(examples)
    assert one.to_json() == two.to_json()
    assert one.predict(["bias", "R1=puheenjohtaja"])[0] == "chair"
    assert one.predict(["bias", "R1=hakija"])[0] == "none"
    with pytest.raises(ValueError):
        tagger.Model.from_json('{"labels": ["none", "member"], "weights": {}}')


@needs_voikko
def test_the_tagger_alone_reads_the_seats_of_a_list():
    walker, walk = _walk(LIST_FI, "fi")
    found = tagger.propose(LIST_FI, [], walk.named, walker.reader, tagger.load_model())
    assert _seats(found) == {
        ("Matti Virtanen", "chair", "Vanhusneuvosto"),
        ("Liisa Korhonen", "vice_chair", "Vanhusneuvosto"),
        ("Pekka Nieminen", "secretary", "Vanhusneuvosto"),
        ("Anna Mäkinen", "member", "Vanhusneuvosto"),
        ("Juha Laine", "member", "Vanhusneuvosto"),
    }
    for f in found:
        assert f.rule == "tagger" and f.confidence == tagger.CONFIDENCE
        assert f.actor.name in LIST_FI[f.quote[0] : f.quote[1]]


@needs_voikko
def test_the_tagger_leaves_alone_what_the_rules_claimed():
    walker, walk = _walk(LIST_FI, "fi")
    assert len(walk.findings) == 5
    model = tagger.load_model()
    assert tagger.propose(LIST_FI, walk.findings, walk.named, walker.reader, model) == []


@needs_voikko
def test_the_tagger_reads_a_layout_the_rules_do_not():
    walker, walk = _walk(LIST_SV, "sv")
    assert walk.findings == []
    model = tagger.load_model()
    found = tagger.propose(LIST_SV, walk.findings, walk.named, walker.reader, model, margin=10)
    assert _seats(found) == {
        ("Anna Lindqvist", "chair", "Pensionärsrådet"),
        ("Erik Holm", "member", "Pensionärsrådet"),
        ("Karin Berg", "secretary", "Pensionärsrådet"),
    }
    # below the lead it asks for, nothing
    assert tagger.propose(LIST_SV, [], walk.named, walker.reader, model, margin=1000) == []


def test_applicants_are_no_seats():
    text = "Nuorisovaltuuston hakijat 2024\n\nMatti Virtanen\nLiisa Korhonen\n"
    walker, walk = _walk(text, "fi")
    assert tagger.propose(text, [], walk.named, walker.reader, tagger.load_model()) == []


def test_no_body_no_proposal():
    walker, _ = _walk(LIST_FI, "fi")
    assert tagger.propose(LIST_FI, [], [], walker.reader, tagger.load_model()) == []


@needs_voikko
def test_extract_with_and_without_the_tagger(tmp_path, monkeypatch):
    path = tmp_path / "neuvosto.txt"
    path.write_text(BRACKETS_FI, encoding="utf-8")
    # (no margin: the model's best label for the one name the rules leave unread is taken, so
    # the test is of the switch, not of how sure a given training makes the model)
    monkeypatch.setattr(tagger, "MARGIN", 0.0)
    plain = extract(path, tagger=False)
    with_tagger = extract(path)
    assert extract(path, morph="rules").facts == extract(path, morph="rules", tagger=False).facts
    people = {f.actor.name for f in plain.facts}
    assert "Liisa Korhonen" not in people
    added = [f for f in with_tagger.facts if f.actor.name == "Liisa Korhonen"]
    assert [(f.role, f.target.name) for f in added] == [("member", "Vammaisneuvosto")]
    assert added[0].confidence < min(f.confidence for f in plain.facts)
    row = next(r for r in with_tagger.rows() if r.get("actor") and "Korhonen" in str(r["quote"]))
    assert row["quote"] in BRACKETS_FI


@needs_voikko
def test_the_command_switches_the_tagger_off(tmp_path, monkeypatch):
    path = tmp_path / "neuvosto.txt"
    path.write_text(BRACKETS_FI, encoding="utf-8")
    # (no margin: the model's best label for the one name the rules leave unread is taken, so
    # the test is of the switch, not of how sure a given training makes the model)
    monkeypatch.setattr(tagger, "MARGIN", 0.0)
    on = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    off = CliRunner().invoke(main, ["extract", str(path), "--no-tagger", "--format", "json"])
    assert on.exit_code == 0 and off.exit_code == 0, on.output + off.output

    def facts(rows: str) -> set[tuple[str, str]]:
        return {(r["role"], r["quote"]) for r in json.loads(rows) if r["proposal"] == "fact"}

    added = facts(on.stdout) - facts(off.stdout)
    assert added == {("member", "Matti Virtanen (puheenjohtaja) ja Liisa Korhonen (jäsen)")}


@pytest.mark.parametrize(
    ("lang", "text", "name", "said"),
    [
        (
            "fi",
            "Lautakunnan aiempi puheenjohtaja Kaarlo Esimerkki kuoli keväällä.",
            "Kaarlo Esimerkki",
            True,
        ),
        ("fi", "Johtokunnan entinen jäsen Oona Malli muutti pois.", "Oona Malli", True),
        ("sv", "Nämndens förre ordförande Sten Provsson har avlidit.", "Sten Provsson", True),
        (
            "sv",
            "Styrelsen tillträder vid årsskiftet. Ordförande blir Åsa Exempel.",
            "Åsa Exempel",
            False,
        ),
        (
            "sv",
            "Ordförande blir Åsa Exempel. Styrelsen tillträder vid årsskiftet.",
            "Åsa Exempel",
            False,
        ),
        (
            "sv",
            "Ordförande blir Åsa Exempel och styrelsen tillträder vid årsskiftet.",
            "Åsa Exempel",
            True,
        ),
        ("fi", "Lautakunnan puheenjohtaja on Kaarlo Esimerkki.", "Kaarlo Esimerkki", False),
        ("fi", "Edellinen puheenjohtaja jäi pois. Nyt jäsen on Oona Malli.", "Oona Malli", False),
    ],
)
def test_a_sentence_that_gives_no_seat_on_the_date_is_left_to_the_rules(lang, text, name, said):
    """The tagger guesses from the words around a name: a sentence saying the seat was held
    before, is to come, or that the person has died stops it; the sentence before does not."""
    start = text.index(name)
    assert tagger.no_seat_said(lexicon(lang), text, start, start + len(name)) is said


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Hyvinvointiryhmä\n\nPuheenjohtaja Aino Ahola, sivistysjohtaja\n"
            "Jäsenet: Cecilia Mäki (Testilän Martat ry), Daniel Nurmi\nSihteeri Eeva Oja\n",
        ),
        (
            "sv",
            "Äldrerådet\n\nOrdförande Anna Lind\n"
            "Ledamöter: Berit Holm (Norrby Pensionärer rf), Carl Ek\nSekreterare Dora Falk\n",
        ),
    ],
)
def test_an_organisation_named_with_its_legal_form_is_no_person_for_the_tagger(lang, text):
    walker, walk = _walk(text, lang)
    guessed = tagger.propose(
        text, walk.findings, walk.named, walker.reader, tagger.load_model(), margin=0.0
    )
    assert not [
        f.actor.name for f in guessed if f.actor.name.split()[-1] in ("Martat", "Pensionärer")
    ]

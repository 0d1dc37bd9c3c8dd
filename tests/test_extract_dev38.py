"""hytegraph extract on a chair elected for an organisation named after "för" and on a colon
after the election verb: made-up snippets, one per mechanism, read with either word-form
reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, roles

BOARD = "Styrelsen för Exempelföreningen\n\nTill ordförande valdes Åsa Berg. "


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("colon", [":", ""])
@pytest.mark.parametrize(
    "names",
    [
        "Bo Ek (Vasa), Carl Holm (Esbo) och Dora Lind (Borgå).",
        "Bo Ek, Carl Holm och Dora Lind.",
    ],
)
def test_a_colon_after_the_swedish_election_verb_changes_no_reading(morph, colon, names):
    got = roles(f"{BOARD}Till vice ordförande valdes{colon} {names}", "sv", morph)
    for person in ("Bo Ek", "Carl Holm", "Dora Lind"):
        assert (key(person), "vice_chair", "Styrelsen för Exempelföreningen") in got
        assert (key(person), "member", "Styrelsen för Exempelföreningen") not in got


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("colon", [":", ""])
@pytest.mark.parametrize(
    "names",
    [
        "Matti Virtanen, Liisa Korhonen ja Pekka Mäkelä.",
        "Matti Virtanen (Vaasa), Liisa Korhonen (Espoo) ja Pekka Mäkelä (Oulu).",
    ],
)
def test_a_colon_after_the_finnish_election_verb_changes_no_reading(morph, colon, names):
    text = (
        "Esimerkkiyhdistyksen hallitus\n\nPuheenjohtajaksi valittiin Aino Berg. "
        f"Varapuheenjohtajiksi valittiin{colon} {names}"
    )
    got = {(p, r) for p, r, _b in roles(text, "fi", morph)}
    for person in ("Matti Virtanen", "Liisa Korhonen", "Pekka Mäkelä"):
        assert (key(person), "vice_chair") in got
        assert (key(person), "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_colon_after_a_body_elected_to_still_gives_its_members(morph):
    got = roles(f"{BOARD}Till styrelsen valdes: Bo Ek, Carl Holm och Dora Lind.", "sv", morph)
    assert {r for p, r, _b in got if p in {key("Bo Ek"), key("Dora Lind")}} == {"member"}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_colon_after_an_officers_role_with_no_verb_is_no_election(morph):
    got = roles(
        "Till vice ordförande: Bo Ek, Carl Holm och Dora Lind.", "sv", morph
    )  # no body, no verb: nothing to read
    assert not got


ORGANISATION = (
    "Överste Bo Ek valdes till ordförande för Exempelförbundet r.f. i dag på förbundets "
    "ordinarie stämma i Vasa. Han har lett förbundet i två år.\n\n"
    "Till vice ordförande valdes: Carl Holm (Esbo) och Dora Lind (Borgå). Till styrelsen "
    "valdes även Eva Berg (Åbo) och Fredrik Strand (Vasa).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_elected_for_a_named_organisation_is_its_chair(morph):
    got = roles(ORGANISATION, "sv", morph)
    assert (key("Bo Ek"), "chair", "Exempelförbundet r.f.") in got
    assert not any(p == key("Överste Bo Ek") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_elected_after_it_without_a_body_are_the_organisations(morph):
    got = roles(ORGANISATION, "sv", morph)
    assert (key("Carl Holm"), "vice_chair", "Exempelförbundet r.f.") in got
    assert (key("Dora Lind"), "vice_chair", "Exempelförbundet r.f.") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_board_elected_after_it_stays_the_board(morph):
    got = roles(ORGANISATION, "sv", morph)
    assert (key("Eva Berg"), "member", "Styrelsen") in got
    assert not any(p == key("Eva Berg") and b == "Exempelförbundet r.f." for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organisation_of_several_capitalised_words(morph):
    text = "Anna Lund valdes till ordförande för Finlands Exempelkors vid stämman i Åbo."
    got = roles(text, "sv", morph)
    assert (key("Anna Lund"), "chair", "Finlands Exempelkors") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_word_after_for_is_no_organisation(morph):
    text = "Anna Lund valdes till ordförande för Fullmäktige vid stämman i Åbo."
    assert not any(f.rule == "text-elected-for-organisation" for f in findings(text, "sv", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_one_capitalised_word_that_is_no_organisation_is_none(morph):
    text = "Anna Lund valdes till ordförande för Vasa i går."
    assert not any(f.rule == "text-elected-for-organisation" for f in findings(text, "sv", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_proposed_for_an_organisation_is_no_seat(morph):
    text = "Anna Lund föreslås bli ordförande för Finlands Exempelkors."
    assert not any(
        f.kind == "membership" and not f.status and f.actor.name == "Anna Lund"
        for f in findings(text, "sv", morph)
    )

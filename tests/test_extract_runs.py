"""The reader of name runs (hytegraph/authoring/extract/runs.py): lists of names after a
composition cue, whatever the layout, on made-up snippets."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker

needs_voikko = pytest.mark.skipif(
    morphology().name != "voikko",
    reason="libvoikko with its Finnish dictionary is not installed (CI installs it)",
)
pytestmark = needs_voikko


def findings(text: str, lang: str = "fi"):
    return Walker(lexicon(lang), morphology()).walk(text).findings


def seats(text: str, lang: str = "fi") -> dict[str, tuple[str, str, str]]:
    """Name as proposed → (kind, role, body's name in lower case), for people."""
    return {
        f.actor.name: (f.kind, f.role, f.target.name.casefold() if f.target else "")
        for f in findings(text, lang)
        if f.actor.kind == "person"
    }


def test_a_list_of_names_inside_a_sentence_after_the_body_in_the_illative():
    text = (
        "Kuusijoen nuorisovaltuusto on valittu.\n\n"
        "Uuteen Kuusijoen nuorisovaltuustoon kaudelle 2025-2026 valittiin Aino Laine, "
        "Pekka Virtanen, Maija Koski, Juha Niemi ja Liisa Heikkinen.\n"
    )
    got = seats(text)
    for name in ("Aino Laine", "Pekka Virtanen", "Maija Koski", "Juha Niemi", "Liisa Heikkinen"):
        kind, role, body = got[name]
        assert (kind, role) == ("membership", "member")
        assert body.endswith("nuorisovaltuusto")


def test_name_lines_surname_first_under_a_heading_with_a_role_line_and_job_titles():
    text = (
        "Hyvinvointityöryhmän jäsenet\n\n"
        "Puheenjohtaja\nLaine Aino\n\nsivistysjohtaja\n\n"
        "Virtanen Pekka\nhyvinvointikoordinaattori\n\n"
        "Koski Maija\nkunnanjohtaja\n"
    )
    got = seats(text)
    # the surname-first names come out first name first
    assert got["Aino Laine"] == ("membership", "chair", "hyvinvointityöryhmä")
    assert got["Pekka Virtanen"] == ("membership", "member", "hyvinvointityöryhmä")
    assert got["Maija Koski"] == ("membership", "member", "hyvinvointityöryhmä")


def test_a_deputy_cue_makes_the_run_deputies():
    text = (
        "Hyvinvointityöryhmän jäsenet\n\n"
        "Laine Aino\nsivistysjohtaja\n\nVirtanen Pekka\nrehtori\n\n"
        "Hyvinvointityöryhmän varajäsenet\n\n"
        "Koski Maija\nkoordinaattori\n\nNiemi Juha\nkunnanjohtaja\n"
    )
    got = seats(text)
    assert got["Aino Laine"][:2] == ("membership", "member")
    assert got["Maija Koski"] == ("membership", "deputy_member", "hyvinvointityöryhmä")
    assert got["Juha Niemi"] == ("membership", "deputy_member", "hyvinvointityöryhmä")


def test_a_candidate_cue_keeps_the_status_and_proposes_no_member():
    text = (
        "Kuusijoen nuorisovaltuusto\n\n"
        "Nuorisovaltuuston jäseniksi ehdotetaan:\n\n"
        "Laine Aino\nopiskelija\n\nVirtanen Pekka\nlukiolainen\n\nKoski Maija\nopiskelija\n"
    )
    found = [f for f in findings(text) if f.actor.kind == "person"]
    assert {f.actor.name for f in found} == {"Aino Laine", "Pekka Virtanen", "Maija Koski"}
    assert all(f.kind == "candidacy" and f.status for f in found)


def test_a_list_takes_the_body_of_its_own_section_never_a_heading_of_another():
    text = (
        "Vaikuttamistoimielimet\n\nNuorisovaltuusto\n\n"
        "Nuorisovaltuusto edustaa kunnan nuoria päätöksenteossa.\n\n"
        "Lisää nuorisovaltuuston toiminnasta.\n\n"
        "Nuorisovaltuuston kokouksien pöytäkirja 2024-\n\n"
        "Vanhusneuvosto\n\n"
        "Kunnanhallituksen on asetettava vanhus- ja vammaisneuvosto. "
        "Neuvostoon nimetään kunnanhallituksen edustaja.\n\n"
        "Jäsenet:\n\nAino Laine pj.\nPekka Virtanen, kunnanhallituksen edustaja\nMaija Koski\n"
    )
    got = seats(text)
    assert got["Aino Laine"][:2] == ("membership", "chair")
    assert got["Pekka Virtanen"][:2] == ("membership", "member")
    assert got["Maija Koski"][:2] == ("membership", "member")
    # the body of the section the list is in (its heading or the name its text gives)
    assert {got[n][2] for n in got} <= {"vanhusneuvosto", "vanhus- ja vammaisneuvosto"}


def test_swedish_names_put_in_a_body_by_an_organ_that_appoints_them():
    text = (
        "De är medlemmar i Kuusbys äldreråd\n\n"
        "I Kuusby har kommunstyrelsen valt Anna Lind och Erik Berg till samma äldreråd.\n"
    )
    got = seats(text, "sv")
    assert got["Anna Lind"][:2] == ("membership", "member")
    assert got["Erik Berg"][:2] == ("membership", "member")
    assert all("äldreråd" in got[n][2] for n in ("Anna Lind", "Erik Berg"))


def test_name_comma_role_runs_on_one_line_give_each_role_to_the_name_before_it():
    text = (
        "Perusturvalautakunta KOKOUSTIEDOT Aika 1.2.2025 LÄSNÄ Laine Aino, puheenjohtaja "
        "Virtanen Pekka, jäsen Koski Maija, jäsen Niemi Juha, kunnanjohtaja "
        "Heikkinen Liisa, kunnanhallituksen puheenjohtaja KÄSITELTÄVÄT ASIAT\n"
    )
    got = seats(text)
    assert got["Aino Laine"] == ("membership", "chair", "perusturvalautakunta")
    assert got["Pekka Virtanen"] == ("membership", "member", "perusturvalautakunta")
    assert got["Maija Koski"] == ("membership", "member", "perusturvalautakunta")
    assert got["Liisa Heikkinen"] == ("membership", "chair", "kunnanhallitus")
    assert "Juha Niemi" not in got  # a job title only


def test_an_organisation_and_its_representative_in_a_composition_are_a_member_on_its_behalf():
    text = (
        "Vanhusneuvosto\n\n"
        "Vanhusneuvostossa toimivat yhdistykset ja heidän edustajansa:\n\n"
        " • Kuusijoen Eläkeläiset ry, edustaja Aino Laine, puh. 040 1234567\n"
        " • Kuusijoen seurakunta, edustaja Pekka Virtanen, vanhusneuvoston vpj\n"
    )
    by_name = {f.actor.name: f for f in findings(text) if f.actor.kind == "person"}
    aino, pekka = by_name["Aino Laine"], by_name["Pekka Virtanen"]
    assert (aino.role, aino.on_behalf_of and aino.on_behalf_of.name) == (
        "member",
        "Kuusijoen Eläkeläiset ry",
    )
    assert pekka.role == "vice_chair"
    assert pekka.target is not None and pekka.target.name.casefold() == "vanhusneuvosto"


def test_a_place_is_no_person_and_a_stated_number_of_members_finds_its_list():
    text = (
        "Äldrerådet i Kuusby\n\n"
        " • Äldrerådet ska bestå av 3 medlemmar som är mantalsskrivna i Kuusby.\n\n"
        "Kontaktuppgifter:\n\n"
        "Anna Lind, ordförande tel. 040 123\n\n"
        "Erik Berg\n\n"
        "Karin Holm tel. 040 456\n\n"
        "Kuusby Åland | Byvägen 1 | tel. 018 123\n"
    )
    got = seats(text, "sv")
    assert got["Anna Lind"][:2] == ("membership", "chair")
    assert got["Erik Berg"][:2] == ("membership", "member")
    assert got["Karin Holm"][:2] == ("membership", "member")
    assert not any("Kuusby" in name for name in got)

"""hytegraph extract on Swedish layouts met in the hundred-and-fifty-fourth and
hundred-and-fifty-sixth held-out sets: made-up snippets, one per mechanism, read with either
word-form reader.

- a line that is a job or academic title, a name and an office in parentheses ("Professor
  Aino Berg (ordförande)") is a list entry as it is without the title; a title of nobility
  ("Friherre") is a title, never part of the name;
- "preses" and "vice preses" are a learned society's chair and vice chair;
- three lines or more of "Office: NAME IN CAPITALS, …", one of them an officer's, have their
  names read in the usual case;
- a run of names with their offices after them ("A (ordf), B (sekr), C och D") may end in a
  remark after a spaced dash ("- omval av dessa fem", an en dash) and is still read;
- "Därutöver utgörs styrelsen av A (ordförande), B och C": the verb before its subject, the
  body between the verb and "av", reads as "Styrelsen utgörs av …";
- a photo caption's names ("Fr v: A, B, C") give no member's seat that outweighs the
  deputy's seat a list under it states ("Suppleanter" / "C, resor");
- an office after a name's comma, then "och" and a task ("Bo Lind, sekreterare och
  information"), is the person's office;
- "Revisorerna A och B fick fortsatt förtroende": re-elected auditors, no seats;
- a bare "bord" ("Borden blev fulla", the tables) names no body; a compound ("Rundabordet")
  still does;
- under an auditors' heading ("Revisorer"), the names alone on their lines and the bare labels
  of their kind ("Ordinarie", "Suppleant") are the auditors': no seats in the body above.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

TITLED = (
    "Testby Litterära Sällskap\n\n"
    "Styrelse 2020\n\n"
    "Professor Aino Berg (preses)\n\n"
    "Docent Bo Lind (vice preses)\n\n"
    "Universitetslektor Eva Holm (sekreterare)\n\n"
    "Direktör Olle Salo (skattmästare)\n\n"
    "Friherre Nils Ekborg (ledamot)\n\n"
    "Civilekonom Karin Dal (suppleant)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_title_name_office_in_parentheses(morph):
    got = held(TITLED, "sv", morph)
    assert ("Aino Berg", "chair", "Styrelse") in got
    assert ("Bo Lind", "vice_chair", "Styrelse") in got
    assert ("Eva Holm", "secretary", "Styrelse") in got
    assert ("Olle Salo", "member", "Styrelse") in got
    assert ("Nils Ekborg", "member", "Styrelse") in got
    assert ("Karin Dal", "deputy_member", "Styrelse") in got
    assert not any(person.startswith("Friherre") for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_titled_name_in_a_sentence(morph):
    text = (
        "Testby Litterära Sällskap\n\n"
        "Styrelse 2020\n\n"
        "Professor Aino Berg höll ett föredrag om sällskapets historia.\n"
    )
    got = held(text, "sv", morph)
    assert not any(person == "Aino Berg" for person, _r, _b in got)


CAPITALS = (
    "Organisation\n\n"
    "Styrelsen\n\n"
    "Preses: AINO BERG, professor, vald för arbetsåret 2020-2021\n"
    "Vice preses: BO LIND, professor emeritus, vald för arbetsåret 2020-2021\n"
    "Sekreterare: EVA HOLM, docent, vald för perioden 2019-2022\n"
    "Skattmästare: OLLE SALO, civilingenjör, vald för perioden 2019-2021\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_colon_name_in_capitals(morph):
    got = {(p.casefold(), r, b) for p, r, b in held(CAPITALS, "sv", morph)}
    assert ("aino berg", "chair", "Styrelsen") in got
    assert ("bo lind", "vice_chair", "Styrelsen") in got
    assert ("eva holm", "secretary", "Styrelsen") in got
    assert ("olle salo", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_capitals_after_labels_that_are_no_office(morph):
    text = (
        "Program\n\n"
        "Föreläsare: AINO BERG, professor\n"
        "Moderator: BO LIND, docent\n"
        "Musik: EVA HOLM, violin\n"
    )
    assert held(text, "sv", morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_office_run_ending_in_a_dashed_remark(morph):
    text = (
        "Årsmöte 2021\n\n"
        "Årsmötet hölls den 3 maj i Testby. I den nyvalda styrelsen ingick Aino Berg (ordf), "
        "Bo Lind (sekr), Eva Holm, Olle Salo och Karin Dal \u2013 omval av dessa fem. Till nya "
        "medlemmar utsågs Nils Ekborg och Lisa Strand.\n"
    )
    got = held(text, "sv", morph)
    assert ("Aino Berg", "chair", "Styrelsen") in got
    assert ("Bo Lind", "secretary", "Styrelsen") in got
    assert ("Karin Dal", "member", "Styrelsen") in got
    assert ("Aino Berg", "member", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_dashed_office_at_the_run_end(morph):
    # an office after the dash is no remark: the run does not read it as a plain member
    text = (
        "Årsmöte 2021\n\n"
        "I den nyvalda styrelsen ingick Aino Berg (ordf), Bo Lind (sekr), Eva Holm och "
        "Karin Dal \u2013 vice ordförande.\n"
    )
    got = held(text, "sv", morph)
    assert ("Karin Dal", "member", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_verb_before_the_body_in_a_composition(morph):
    text = (
        "Årsmötet avklarat\n\n"
        "Olle Salo avslutade nu sitt styrelsearbete. Därutöver utgörs styrelsen av Aino Berg "
        "(ordförande), Bo Lind, Eva Holm och Karin Dal.\n"
    )
    got = held(text, "sv", morph)
    assert ("Aino Berg", "chair", "Styrelsen") in got
    assert ("Bo Lind", "member", "Styrelsen") in got
    assert ("Karin Dal", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_composition_by_count(morph):
    text = (
        "Årsmötet avklarat\n\n"
        "Därutöver består styrelsen av sju ledamöter. Aino Berg tackade för förtroendet.\n"
    )
    got = held(text, "sv", morph)
    assert not any(person == "Aino Berg" for person, _r, _b in got)


CAPTION = (
    "Testby Fågelklubbs styrelse 2020\n\n"
    "Fr v: Aino Berg, Bo Lind, Eva Holm, Olle Salo och Karin Dal. Foto: Lisa Strand\n"
    "Efter att styrelsen konstituerade sig blev fördelningen av uppdrag enligt nedan:\n"
    "Aino Berg, ordförande\n"
    "Bo Lind, sekreterare och information\n"
    "Eva Holm, kassör och medlemsregister\n"
    "Suppleanter\n"
    "Olle Salo, fågelskydd och remisser\n"
    "Karin Dal, resor\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_caption_names_give_way_to_listed_deputies(morph):
    got = held(CAPTION, "sv", morph)
    assert ("Olle Salo", "deputy_member", "Styrelsen") in {(p, r, "Styrelsen") for p, r, _b in got}
    assert not any(p == "Olle Salo" and r == "member" for p, r, _b in got)
    assert not any(p == "Karin Dal" and r == "member" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_then_tasks_after_the_comma(morph):
    got = held(CAPTION, "sv", morph)
    assert any(p == "Bo Lind" and r == "secretary" for p, r, _b in got)
    # "kassör och medlemsregister": the treasurer is a member
    assert any(p == "Eva Holm" and r == "member" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_caption_name_with_no_listed_seat(morph):
    text = CAPTION.replace("Karin Dal, resor\n", "")
    got = held(text, "sv", morph)
    assert any(p == "Karin Dal" and r == "member" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_reelected_auditors_hold_no_seat(morph):
    text = (
        "Årsmöte 2019\n\n"
        "Till ny ordförande valdes Aino Berg och till nya styrelseledamöter valdes Bo Lind och "
        "Eva Holm. Revisorerna Olle Salo och Karin Dal fick fortsatt förtroende.\n"
    )
    got = held(text, "sv", morph)
    assert not any(p.endswith("Olle Salo") or p == "Karin Dal" for p, _r, _b in got)
    assert ("Bo Lind", "member", "Styrelse") in got or ("Bo Lind", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_reelected_members(morph):
    text = (
        "Årsmöte 2019\n\n"
        "Till nya styrelseledamöter valdes Bo Lind och Eva Holm. Olle Salo och Karin Dal fick "
        "fortsatt förtroende.\n"
    )
    got = held(text, "sv", morph)
    assert any(p == "Karin Dal" and r == "member" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_tables_name_no_body(morph):
    text = (
        "Loppis och årsmöte\n\n"
        "Borden blev ganska välfyllda med böcker och kameror.\n\n"
        "Årsmötet genomfördes i god ordning. Det leddes av tf ordförande Aino Berg.\n"
    )
    got = held(text, "sv", morph)
    assert not any(b == "Borden" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_compound_table_body(morph):
    text = (
        "Testby kommun\n\n"
        "Rundabordet för integration består av Aino Berg (ordförande), Bo Lind, Eva Holm och "
        "Karin Dal.\n"
    )
    got = held(text, "sv", morph)
    assert any(p == "Aino Berg" and r == "chair" and "bord" in b.casefold() for p, r, b in got)


AUDITORS = (
    "Styrelse\n\n"
    "Ordförande\n\nAino Berg\n\naino.berg(a)example.com\n\n"
    "Sekreterare\n\nBo Lind\n\nbo.lind(a)example.com\n\n"
    "Ledamot\n\nEva Holm\n\neva.holm(a)example.com\n\n"
    "Valberedning\n\nOlle Salo\n\nKarin Dal\n\n"
    "Revisorer\n\n"
    "Nils Ekborg\n\nOrdinarie\n\nLisa Strand\n\nOrdinarie\n\nPer Alm\n\nSuppleant\n\n"
    "Stadgar\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_auditors_with_their_kind_under_the_heading(morph):
    got = held(AUDITORS, "sv", morph)
    for auditor in ("Nils Ekborg", "Lisa Strand", "Per Alm"):
        assert not any(p == auditor for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_deputies_label_after_a_body_heading(morph):
    # "Suppleanter" under a board's heading (no auditors above): the deputies' seats
    text = (
        "Styrelse\n\n"
        "Ordförande: Aino Berg\nSekreterare: Bo Lind\nLedamot: Eva Holm\n\n"
        "Suppleanter\n\nOlle Salo\n\nKarin Dal\n"
    )
    got = held(text, "sv", morph)
    assert any(p == "Olle Salo" and r == "deputy_member" for p, r, _b in got)

"""hytegraph extract on layouts met in the eighty-first held-out set: made-up snippets, one
per mechanism, read with either word-form reader. Most are about the body a seat is given: a
name that is no body with members (a programme, a project, a delegation order, an annual
meeting) never is, and a list keeps the body that heads it."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.findings import Finding
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import Mention
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walk, Walker
from tests.extract_snippets import MORPHS, findings, held

NEWS = (
    "Årsstämma för Granbygdens förening\n\n"
    "Granbygdens förening höll årsstämma den 12 mars. Årsredovisningen godkändes och "
    "Sune Holm avtackades efter åtta år som ordförande. Han utsågs av styrelsen till "
    "samordnare.\n\n"
    "Ny ordförande blev nu Karin Holmberg med Eva Lindqvist som vice ordförande. Kvarstår "
    "som kassör gör Britt Sandell och som sekreterare Olof Berg. Övriga ledamöter i "
    "styrelsen är Pia Ekström och Jonas Sundin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_annual_meeting_in_the_title_is_no_body_the_board_is(morph):
    got = held(NEWS, "sv", morph)
    assert {body for _p, _r, body in got} == {"Styrelsen"}
    people = {(person, role) for person, role, _b in got}
    assert ("Karin Holmberg", "chair") in people
    assert ("Eva Lindqvist", "vice_chair") in people
    assert ("Britt Sandell", "member") in people
    assert ("Olof Berg", "secretary") in people
    assert ("Pia Ekström", "member") in people


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_of_an_annual_meeting_with_no_board_named_before_is_none(morph):
    text = (
        "Årsstämma för Granbygdens förening\n\n"
        "Karin Holmberg är ordförande i Granbygdens förening.\n"
    )
    assert not any(body.startswith("Årsstämma") for _p, _r, body in held(text, "sv", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_project_named_after_the_seats_does_not_take_them(morph):
    text = (
        "Byalaget har haft årsmöte\n\n"
        "Styrelsen beviljades ansvarsfrihet. Maria Strand valdes till föreningens ordförande. "
        "Nya i styrelsen är Olle Nyberg och Tove Lindgren.\n\n"
        "Projekt inom fiske och friluftsliv har bedrivits under året.\n"
    )
    assert not any(body.startswith("Projekt") for _p, _r, body in held(text, "sv", morph))
    walk = Walker(lexicon("sv"), morphology(morph)).walk(text)
    names = {mt.name for mt, _span in walk.named if mt.kind != "person"}
    assert not any(n.startswith("Projekt") for n in names)


MINUTES = (
    "1 (9) Plats och tid Björkby kommunhus kl 18:00-20:00 BESLUTANDE Anna Lundberg (M) "
    "Per Sandström (S) Lisa Hedlund (C) Jan Forsberg (L) ERSÄTTARE Mona Wikström (M) "
    "Erik Dahl (S) Övriga deltagare Sara Holm, Tor Nilsson Utses att justera Per Sandström "
    "Underskrifter Sekreterare Ulla Berg Ordförande Anna Lundberg\n\n"
    "2 (9) Innehållsförteckning Fastställande av föredragningslista Ändring i "
    "fritidsnämndens delegationsordning FRN 2023/ Revidering av riktlinje\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_minutes_cover_in_capitals_gives_the_board_that_owns_the_delegation_order(morph):
    got = held(MINUTES, "sv", morph)
    assert {body for _p, _r, body in got} == {"Fritidsnämnden"}
    people = {(person, role) for person, role, _b in got}
    assert ("Per Sandström", "member") in people
    assert ("Jan Forsberg", "member") in people
    # the chair who signs is the deciding member of that name
    assert ("Anna Lundberg", "chair") in people
    assert ("Anna Lundberg", "member") not in people
    assert ("Mona Wikström", "deputy_member") in people
    assert ("Erik Dahl", "deputy_member") in people
    # the staff among the others present: no seat
    assert not any(person in ("Sara Holm", "Tor Nilsson") for person, _r, _b in got)


ANNUAL_REPORT = (
    "Styrelsens berättelse över förbundets verksamhet 2023 Styrelse från årsmötet 2023 "
    "Ordförande: Agneta Holm, Uppsala (till årsmötet 2025) Vice ordförande: Lars Viklund, "
    "Tierp (till årsmötet 2025) Ledamöter: Berit Sandin, Knivsta (till årsmötet 2024) Olof "
    "Strand, Heby (till årsmötet 2025) Gun Mattsson, Östhammar (till årsmötet 2024) "
    "Arbetsutskott: Vice ordföranden, sekreteraren och museets ekonomichef. Revisorer: Nils "
    "Öberg, Uppsala\n\n"
    "Ombud till Riksförbundets årsstämma 2023: Berit Sandin, Knivsta Karl Åberg, Tierp "
    "Ersättare: Maja Holmström, Heby Rolf Lind, Tierp\n"
)


def _given(text: str, person: str, body: str, morph: str | None) -> str:
    """The body the last pass over a walk's findings leaves to a seat of ``person`` that the
    rules gave ``body`` (both as the text writes them)."""
    walker = Walker(lexicon("sv"), morphology(morph))
    a, b = text.index(person), text.rindex(body)
    actor = Mention(a, a + len(person), person, person, "person", 0.9)
    target = Mention(b, b + len(body), body, body, walker.lex.body_kind(body.casefold()), 0.7)
    out = Walk(findings=[Finding("membership", actor, "member", target, (a, b), 0.7, "test")])
    walker._bodies_with_members(text, out)
    return out.findings[0].target.name if out.findings and out.findings[0].target else ""


@pytest.mark.parametrize("morph", MORPHS)
def test_a_working_committee_named_after_a_boards_list_does_not_take_it(morph):
    text = (
        "Styrelse från årsmötet 2024 Ledamöter: Berit Sandin, Knivsta Olof Strand, Heby "
        "Arbetsutskott: Vice ordföranden och sekreteraren.\n"
    )
    assert _given(text, "Olof Strand", "Arbetsutskott", morph) == "Styrelse"
    text = text.replace("Arbetsutskott", "Valberedning")
    assert _given(text, "Olof Strand", "Valberedning", morph) == "Styrelse"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committee_a_sentence_names_after_its_people_keeps_them(morph):
    text = "Styrelsen har haft sex möten. Eva Ström och Pål Lind ingår i valberedningen.\n"
    assert _given(text, "Pål Lind", "valberedningen", morph) == "valberedningen"


@pytest.mark.parametrize("morph", MORPHS)
def test_delegates_to_an_annual_meeting_and_their_deputies_hold_no_seat(morph):
    got = held(ANNUAL_REPORT, "sv", morph)
    assert not any(
        person in ("Karl Åberg", "Maja Holmström", "Rolf Lind") for person, _r, _b in got
    )
    assert not any("stämma" in body for _p, _r, body in got)


ELECTION = (
    "Beslut och val vid årsmötet\n\n"
    "Vid årsmötet redovisade styrelsen verksamheten. Sist valdes styrelsen och revisorer. "
    "Mötet valde enligt valberedningens förslag:\n\n"
    "Ordförande 1 år:\nHenrik Sjöberg (omval)\n\n"
    "Ledamöter 2 år:\nAnna Lindvall (omval) Petra Holmgren (nyval)\n\n"
    "Suppleant 1 år:\nLinus Ek (nyval)\n\n"
    "Maria Nordin, Klas Wester och Sofia Åkerlund har 1 år kvar på sin mandatperiod\n\n"
    "Revisor 1 år:\nBengt Åhlén (omval)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_elected_as_the_nominating_committee_proposed(morph):
    got = held(ELECTION, "sv", morph)
    assert {body for _p, _r, body in got} == {"Styrelsen"}
    assert ("Henrik Sjöberg", "chair", "Styrelsen") in got
    assert ("Anna Lindvall", "member", "Styrelsen") in got
    assert ("Petra Holmgren", "member", "Styrelsen") in got
    assert ("Linus Ek", "deputy_member", "Styrelsen") in got
    # seats that go on, under the deputies' label: members
    assert ("Klas Wester", "member", "Styrelsen") in got
    assert ("Sofia Åkerlund", "member", "Styrelsen") in got
    assert not any(person == "Bengt Åhlén" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_nominating_committees_proposal_is_still_no_election(morph):
    text = (
        "Valberedningens förslag till styrelse:\n\n"
        "Ordförande: Henrik Sjöberg\nLedamot: Anna Lindvall\n"
    )
    assert not any(person == "Henrik Sjöberg" for person, _r, _b in held(text, "sv", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_in_parentheses_after_an_election(morph):
    text = (
        "Årsmöte\n\nUnder föreningens årsmöte gavs styrelsen ansvarsfrihet. Omval skedde av "
        "Bo Lindgren (kassör), Eva Sandberg (sekreterare), Olle Ekholm (suppleant).\n"
    )
    got = held(text, "sv", morph)
    assert ("Bo Lindgren", "member", "Styrelsen") in got
    assert ("Eva Sandberg", "secretary", "Styrelsen") in got
    assert ("Olle Ekholm", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_in_parentheses_of_seats_left_are_not_held(morph):
    text = (
        "Årsmöte\n\nUnder föreningens årsmöte gavs styrelsen ansvarsfrihet. Tidigare valdes "
        "Bo Lindgren (kassör), Eva Sandberg (sekreterare) som nu avgick.\n"
    )
    got = held(text, "sv", morph)
    assert not any(person in ("Bo Lindgren", "Eva Sandberg") for person, _r, _b in got)


LEADER = (
    "Styrelsen (LAG) i Leader Norrskogen\n\n"
    "LAG har nio ledamöter. Till LAG hör också Beredningsgruppen, som läser alla "
    "ansökningar före mötena.\n\n"
    "Ledamöter i LAG 2023\n\n"
    "Gustav Öhman\nOrdförande\n\nmob 070-111 22 33\nRepresentant ideell sektor, Norrby kommun\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lists_heading_keeps_it_from_a_working_group_named_above(morph):
    got = held(LEADER, "sv", morph)
    assert not any(body.startswith("Beredningsgrupp") for _p, _r, body in got)
    assert any(person == "Gustav Öhman" and body == "LAG" for person, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_in_an_entrys_parentheses_is_not_the_lists(morph):
    text = (
        "Fakta om föreningen • Grundades 1999 • Styrelsen • Ulf Backman (Norrby) ordförande • "
        "Alf Sjöholm (Västby byaråd) • Tea Lind (Östby byaråd) • Nils Ek (Mossby)\n"
    )
    walk = Walker(lexicon("sv"), morphology(morph)).walk(text)
    names = {mt.name.casefold() for mt, _span in walk.named if mt.kind != "person"}
    assert not any("byaråd" in n for n in names)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_programme_is_no_body_a_chair_sits_in(morph):
    text = (
        "Presentation av förbundet\n\nPå nationell nivå finns riksförbundet - ordförande, "
        "professor Arne Holmqvist - nationellt byaprogram\n"
    )
    assert not any(
        f.kind == "membership" and f.target is not None and "program" in f.target.name.casefold()
        for f in findings(text, "sv", morph)
    )


INLINE_LABELS = (
    "Förbundets verksamhet 2024 Styrelse från årsmötet 2024 Ordförande: Landshövding Eva "
    "Ekholm, Uppsala (till årsmötet 2026) Vice ordförande: Carl Berglund, Tierp (till "
    "årsmötet 2026) Ständig sekreterare: Landsantikvarie Stig Holmér Skattmästare: Rune "
    "Lindahl, Sala (till årsmötet 2025) Ledamöter: Berit Sandin, Knivsta (till årsmötet "
    "2025) Olof Strand, Heby (till årsmötet 2026) Revisorer: Nils Öberg, Uppsala\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_labels_run_together_with_a_title_before_the_name(morph):
    got = held(INLINE_LABELS, "sv", morph)
    assert ("Eva Ekholm", "chair", "Styrelse") in got
    assert ("Stig Holmér", "secretary", "Styrelse") in got
    assert ("Rune Lindahl", "member", "Styrelse") in got
    # no title, and no next label, is part of a name; an auditor holds no seat
    assert not any(" " in p and p.split()[-1] in ("Skattmästare",) for p, _r, _b in got)
    assert not any(p.startswith(("Landshövding", "Landsantikvarie")) for p, _r, _b in got)
    assert not any(p == "Nils Öberg" for p, _r, _b in got)


PHOTO_GRID = (
    "Om föreningen\n\nLAG\n\n"
    "anna-bergstrom-leader\nAnna Bergström\nOffentlig sektor Ordförande\n"
    "bo-lindqvist-leader\nBo Lindqvist\nNäringsliv\n"
    "Cecilia Holm\nCecilia Holm\nIdeell sektor 2:e vice ordförande\n"
    "dan-ekstrom-leader\nDan Ekström\nOffentlig sektor\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_cards_under_a_heading_that_names_a_body(morph):
    got = held(PHOTO_GRID, "sv", morph)
    assert got == {
        ("Anna Bergström", "chair", "LAG"),
        ("Bo Lindqvist", "member", "LAG"),
        ("Cecilia Holm", "vice_chair", "LAG"),
        ("Dan Ekström", "member", "LAG"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_two_cards_or_cards_under_a_heading_of_no_body_give_no_seat(morph):
    two = PHOTO_GRID.split("Cecilia Holm\nCecilia")[0]
    assert not held(two, "sv", morph)
    assert not held(PHOTO_GRID.replace("\nLAG\n", "\nVåra kontakter\n"), "sv", morph)


SLIDE = (
    "Fakta om förbundet • Grundades 1999 • Styrelsen • Ulf Backman (Norrby) ordförande • "
    "Alf Sjöholm (Västby) vice ordf. • Tea Lindén (Östby) ordinarie • Nils Ekman (Mossby) "
    "ordinarie • Eva Strand (Lillby byaråd) • Per Holm (Storby)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_slides_bullets_run_together_under_a_bullet_that_names_the_board(morph):
    got = held(SLIDE, "sv", morph)
    assert ("Ulf Backman", "chair", "Styrelsen") in got
    assert ("Alf Sjöholm", "vice_chair", "Styrelsen") in got
    assert ("Eva Strand", "member", "Styrelsen") in got
    assert not any("byaråd" in body.casefold() for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_slides_board_bullet_with_another_body_on_the_page_gives_no_body(morph):
    text = SLIDE + "\nFörbundsrådet sammanträder två gånger om året.\n"
    assert not any(body == "Styrelsen" for _p, _r, body in held(text, "sv", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_new_members_in_the_board_and_the_associations_chair(morph):
    text = (
        "Byalaget har haft årsmöte\n\n"
        "Söndag den 7 augusti hade byalaget årsmöte. Styrelsen beviljades ansvarsfrihet. "
        "Maria Strand valdes till föreningens ordförande. Nya i styrelsen är Olle Nyberg, "
        "Tove Lindgren och Per Sandberg.\n"
    )
    got = held(text, "sv", morph)
    assert ("Maria Strand", "chair", "Styrelsen") in got
    assert ("Tove Lindgren", "member", "Styrelsen") in got
    assert ("Per Sandberg", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_signing_who_is_no_deciding_member_changes_no_seat(morph):
    text = MINUTES.replace("Ordförande Anna Lundberg", "Ordförande Greta Holmqvist")
    people = {(person, role) for person, role, _b in held(text, "sv", morph)}
    assert ("Anna Lundberg", "member") in people
    assert ("Anna Lundberg", "chair") not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_bullets_run_together_that_name_no_board_alone_stay_as_they_are(morph):
    text = (
        "Förbundsstyrelsens sammansättning Ordförande: Ali Berglund, Gävle Kassör: Agneta "
        "Lindholm, Uppsala Ledamot: Paul Strand, Umeå\n\n"
        "Medlemskap i andra organisationer Förbundet är medlem i: • Nykterhetsförbundets "
        "Studieverksamhet (NSV) • Centralrådet för Hälsofrågor (CRH) • Svenska Fredsförbundet "
        "• Nordiska Samrådet (NS) • Ungdomsrådet Väst\n"
    )
    got = held(text, "sv", morph)
    assert ("Agneta Lindholm", "member", "Förbundsstyrelsen") in got
    bullets = ("Studieverksamhet", "Hälsofrågor", "Fredsförbundet", "Samrådet", "Ungdomsrådet")
    assert not any(word in person for person, _r, _b in got for word in bullets)

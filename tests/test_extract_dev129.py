"""hytegraph extract on layouts met in the hundred-and-twenty-seventh and -eighth held-out sets:
made-up snippets, one per mechanism, read with either word-form reader.

- "Muut hallituksen jäsenet ovat:" over a list: the bare genitive names the body listed, not
  a body named before only as the one a statement was addressed to ("… tasavallan
  hallitukselle"); the association's chair in the sentence before is that body's chair;
- "- Name, Organisation, pj" items giving one body two chairs or more: each office is the
  member's own organisation's, the entries the body's members;
- "Name, organisation, ordf. Name, organisation, vice ordf. …" run together on one line, the run
  beginning with a name: each office is the name's before it, not the next one's;
- "X består av den avgående styrelsen - A, B och C - med förstärkning av D och E": the names
  between the dashes and the reinforcements are all X's members;
- "Varapuheenjohtajaksi valittiin A, sihteeriksi B ja rahastonhoitajaksi C." before
  "Hallituksen jäseniä ovat lisäksi D ja E.": the officers of the board the next sentence
  fills, the treasurer (in the translative) a member;
- "Föreningens första ordförande blev A … och B valdes till kassör": a history's founding
  officers hold no seat;
- "Toimihenkilöt 2021" under a board's list: the staff, no seats.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

OTHERS_LIST = (
    "Kevätkokous 12.4.2022\n\n"
    "Kokouksessa hyväksyttiin kannanotto, joka lähetetään maakuntahallitukselle ja "
    "tasavallan hallitukselle.\n\n"
    "Yhdistyksen puheenjohtajana jatkaa Kalle Mäkipää. Muut hallituksen jäsenet ovat:\n"
    "– Irma Lepistö, Ahvenlammen osakaskunta, pj\n"  # noqa: RUF001
    "– Reijo Sarkkinen, Kuhajärven suojeluyhdistys, vpj\n"  # noqa: RUF001
    "– Tuomas Halla, Ristiselän kalastuskunta, pj\n"  # noqa: RUF001
    "– Ville Kortemaa, Haukiveden osakaskunta, pj\n"  # noqa: RUF001
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_other_members_of_the_board_with_their_organisations_offices(morph):
    got = held(OTHERS_LIST, "fi", morph)
    assert ("Kalle Mäkipää", "chair", "Hallitus") in got
    for name in ("Irma Lepistö", "Reijo Sarkkinen", "Tuomas Halla", "Ville Kortemaa"):
        assert (name, "member", "Hallitus") in got
    # the bodies the statement was addressed to have no members
    assert not any(b.casefold().endswith("hallitus") and b != "Hallitus" for _p, _r, b in got)
    assert not any(r in ("chair", "vice_chair") and p != "Kalle Mäkipää" for p, r, _b in got)


ONE_CHAIR = (
    "Hallitus 2022\n\n"
    "Hallituksen jäsenet ovat:\n"
    "– Irma Lepistö, Ahvenlammen osakaskunta, pj\n"  # noqa: RUF001
    "– Reijo Sarkkinen, Kuhajärven suojeluyhdistys, vpj\n"  # noqa: RUF001
    "– Tuomas Halla, Ristiselän kalastuskunta\n"  # noqa: RUF001
)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_chair_and_one_vice_chair_keep_their_offices(morph):
    # guard: with one chair the offices may be the body's own
    got = held(ONE_CHAIR, "fi", morph)
    assert ("Irma Lepistö", "chair", "Hallitus") in got
    assert ("Reijo Sarkkinen", "vice_chair", "Hallitus") in got


FLAT_RUN = (
    "Verksamhetsberättelse 2019\n\n"
    "Styrelse och revisorer Styrelsen har bestått av fem ordinarie ledamöter och en suppleant. "
    "Aino Ek, enskild medlem, ordf. Bo Lind, Norrby skolförening, vice ordf. Siv Holm, "
    "Västerby vänner, sekreterare Eva Berg, Södra scouterna, kassör Olle Strand, enskild "
    "medlem, ledamot Ann Vik, enskild medlem, suppleant Styrelsen har haft sex sammanträden.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_after_flattened_entries_belong_to_the_name_before(morph):
    got = {(p, r) for p, r, _b in held(FLAT_RUN, "sv", morph)}
    assert ("Aino Ek", "chair") in got
    assert ("Bo Lind", "vice_chair") in got
    assert ("Siv Holm", "secretary") in got
    assert ("Eva Berg", "member") in got
    assert ("Olle Strand", "member") in got
    assert ("Ann Vik", "deputy_member") in got
    assert ("Bo Lind", "chair") not in got
    assert ("Siv Holm", "vice_chair") not in got


ROLES_FIRST = (
    "Verksamhetsberättelse 2019\n\n"
    "Styrelsen har bestått av fem ledamöter. ordf. Aino Ek, enskild medlem, vice ordf. Bo Lind, "
    "Norrby skolförening, sekreterare Siv Holm, Västerby vänner, ledamot Olle Strand, enskild "
    "medlem.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_before_the_names_stay_theirs(morph):
    # guard: a run that begins with an office reads each office before its name
    got = {(p, r) for p, r, _b in held(ROLES_FIRST, "sv", morph)}
    assert ("Aino Ek", "chair") in got
    assert ("Bo Lind", "vice_chair") in got
    assert ("Siv Holm", "secretary") in got


INTERIM = (
    "Årsmötet ajournerades\n\n"
    "Vid årsmötet kunde en ny styrelse inte väljas. Interimsstyrelsen består av den avgående "
    "styrelsen - Eva Berg, Olle Ek och Siv Holm - med förstärkning av Bo Lind och Ann Vik.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_made_of_the_outgoing_one_with_reinforcements(morph):
    got = held(INTERIM, "sv", morph)
    for name in ("Eva Berg", "Olle Ek", "Siv Holm", "Bo Lind", "Ann Vik"):
        assert (name, "member", "Interimsstyrelsen") in got


OFFICERS_THEN_BESIDES = (
    "Kylälle perustettiin yhdistys\n\n"
    "Yhdistyksen puheenjohtajana toimii Aino Salmela. Varapuheenjohtajaksi valittiin Pekka "
    "Rinne, sihteeriksi Liisa Koivu ja rahastonhoitajaksi Jussi Palo.\n\n"
    "Hallituksen jäseniä ovat lisäksi Maija Kallio ja Ari Lehto.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_before_the_members_besides_them(morph):
    got = held(OFFICERS_THEN_BESIDES, "fi", morph)
    assert ("Pekka Rinne", "vice_chair", "Hallitus") in got
    assert ("Liisa Koivu", "secretary", "Hallitus") in got
    assert ("Jussi Palo", "member", "Hallitus") in got
    assert ("Maija Kallio", "member", "Hallitus") in got


OFFICERS_NO_BESIDES = (
    "Kylälle perustettiin yhdistys\n\n"
    "Varapuheenjohtajaksi valittiin Pekka Rinne, sihteeriksi Liisa Koivu ja rahastonhoitajaksi "
    "Jussi Palo.\n\n"
    "Jäsenmaksu on 10 euroa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_of_no_body_stay_unread(morph):
    # guard: with no sentence naming the board's other members, no body to give them
    got = held(OFFICERS_NO_BESIDES, "fi", morph)
    assert not any(p == "Jussi Palo" for p, _r, _b in got)


FOUNDERS = (
    "Historik\n"
    "Norrby IF bildades 1933. Föreningens första ordförande blev Karl Berg, den första "
    "sekreteraren Nils Lund och Erik Holm valdes till kassör.\n"
    "Norrby IF:s styrelse\n"
    "För år 2021 består styrelsen av följande personer:\n"
    "Eva Ek, ordförande\n"
    "Bo Lind, ledamot\n"
    "Siv Holm, ledamot\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_founding_officers_of_a_history_hold_no_seat(morph):
    got = held(FOUNDERS, "sv", morph)
    assert not any(p in ("Karl Berg", "Nils Lund", "Erik Holm") for p, _r, _b in got)
    assert any(p == "Eva Ek" and r == "chair" for p, r, _b in got)


STAFF = (
    "Johtokunta 2021\n\n"
    " • puheenjohtaja Ahola Aino, Kylälä\n"
    " • jäsen Mäki Pekka, Testilä\n"
    " • jäsen Salo Eeva, Kylälä\n\n"
    "Toimihenkilöt 2021\n\n"
    " • toiminnanjohtaja Koski Maija\n"
    " • asiantuntija Lehto Ville\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_staff_under_a_dated_heading_hold_no_seat(morph):
    got = held(STAFF, "fi", morph)
    names = {p for p, _r, _b in got}
    assert not any("Lehto" in p or "Koski" in p for p in names)
    assert any("Mäki" in p for p in names)

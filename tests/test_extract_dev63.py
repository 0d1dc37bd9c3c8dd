"""hytegraph extract on layouts met in the eightieth held-out set (Finnish associations' annual
reports and a chair's letter): made-up snippets, one per mechanism, read with either word-form
reader, with the lines that must not be read."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import agency_name
from tests.extract_snippets import MORPHS, held

AGENCY_IN_PASSING = (
    "Toimintakertomus 2024\n\n"
    "Yleistä\n\n"
    "Kevätkokouksessa hyväksyttiin yhdistyksen uudet säännöt, jotka Opetushallitus oli "
    "ennakolta tarkastanut. Säännöt astuivat voimaan heti.\n\n"
    "Hallinto\n\n"
    "Vuonna 2024 hallitukseen kuului puheenjohtajan lisäksi neljä jäsentä:\n\n"
    "Kaarina Vuorela                   puheenjohtaja\n\n"
    "Matti Heinola                    varapuheenjohtaja, jäsenasioidenhoitaja\n\n"
    "Sirpa Lahdensuo                     isäntä\n\n"
    "Veikko Ranta                 varajäsenasioidenhoitaja\n\n"
    "Tuula Kivimäki                       taloudenhoitaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_list_is_not_given_to_an_agency_named_in_passing(morph):
    got = held(AGENCY_IN_PASSING, "fi", morph)
    assert {body for _p, _r, body in got} == {"Hallitus"}
    assert ("Kaarina Vuorela", "chair", "Hallitus") in got
    assert ("Matti Heinola", "vice_chair", "Hallitus") in got
    assert ("Tuula Kivimäki", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_membership_officer_is_a_member_not_a_deputy(morph):
    got = held(AGENCY_IN_PASSING, "fi", morph)
    assert ("Veikko Ranta", "member", "Hallitus") in got
    assert not any(role == "deputy_member" for _p, role, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_two_fields_of_an_agency_are_no_board_either(morph):
    text = AGENCY_IN_PASSING.replace("Opetushallitus", "Liikenne- ja viestintähallitus")
    got = held(text, "fi", morph)
    assert {body for _p, _r, body in got} == {"Hallitus"}


def test_agency_names_and_boards():
    for name in (
        "Opetushallitus",
        "Metsähallitus",
        "Liikenne- ja viestintähallitus",
        "Museovirasto",
    ):
        assert agency_name(name), name
    for name in (
        "Hallitus",
        "Kaupunginhallitus",
        "Kunnanhallitus",
        "Liittohallitus",
        "Aluehallitus",
        "Oppilashallitus",
        "Yhdistyksen hallitus",
        "Sosiaali- ja terveyslautakunta",
        "Vanhusneuvosto",
    ):
        assert not agency_name(name), name


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_under_a_bare_lead_in_keeps_the_body_the_word_means(morph):
    # guard: the bare word of the body the page is about goes on meaning that body
    text = (
        "Testilän vanhusneuvosto\n\n"
        "Testilän vanhusneuvosto kokoontuu neljä kertaa vuodessa.\n\n"
        "Neuvostoon kuuluu:\n\n"
        "Aune Karhu                   puheenjohtaja\n\n"
        "Oiva Lampinen                    varapuheenjohtaja\n\n"
        "Raija Nurmela                     jäsen\n"
    )
    got = held(text, "fi", morph)
    assert {body for _p, _r, body in got} == {"Testilän vanhusneuvosto"}


RUN_TOGETHER = (
    "Vuosikertomus 2023\n\n"
    "2 Yhdistyksen tarkoituksena on tukea omaishoitajia ja järjestää vertaistukea koko "
    "toimialueellaan. Yhdistyksen hallitus valittiin syyskokouksessa Hallitus järjestäytyi "
    "seuraavasti: Aino Ekholm, puheenjohtaja Heikki Rantala, varapuheenjohtaja Leena Sarvas "
    "Paavo Kallio Irma Lehtonen Seppo Vainio Vuoden aikana yhdistys järjesti kaksitoista "
    "vertaistukiryhmää ja kolme retkeä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_run_together_gives_each_office_to_the_name_before_its_comma(morph):
    got = held(RUN_TOGETHER, "fi", morph)
    people = {(person, role) for person, role, _b in got}
    assert ("Aino Ekholm", "chair") in people
    assert ("Heikki Rantala", "vice_chair") in people
    for name in ("Leena Sarvas", "Paavo Kallio", "Irma Lehtonen", "Seppo Vainio"):
        assert (name, "member") in people
    assert not any(role == "chair" and person == "Heikki Rantala" for person, role, _b in got)
    assert all(len(person.split()) == 2 for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_office_after_a_colon_is_no_run_together_board(morph):
    # guard: a single "Name, office" and a name after it are left as they stand
    text = RUN_TOGETHER.replace(
        "Heikki Rantala, varapuheenjohtaja Leena Sarvas Paavo Kallio Irma Lehtonen Seppo Vainio ",
        "",
    )
    got = held(text, "fi", morph)
    assert not any(role == "member" for _p, role, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_continuing_members_with_an_adverb_before_the_verb(morph):
    text = (
        "Kevätkokous pidettiin maaliskuussa.\n\n"
        "Hallituksessa edelleen jatkavat Kaija Mäntylä, Seppo Rinne ja Aulis Harju.\n"
    )
    got = held(text, "fi", morph)
    assert {(p, r) for p, r, _b in got} == {
        ("Kaija Mäntylä", "member"),
        ("Seppo Rinne", "member"),
        ("Aulis Harju", "member"),
    }


ELECTED = (
    "Testilän Omaishoitajayhdistys ry. Kertomus vuoden 2023 toiminnasta\n\n"
    "II HALLINTO Yhdistyksen puheenjohtajaksi valittiin marraskuussa 2022 pidetyssä "
    "syyskokouksessa Helena Kuusisto ja hallituksen jäseniksi Reijo Manninen, Sointu Aalto ja "
    "Pentti Virolainen. Hallitus kokoontui vuoden aikana kahdeksan kertaa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_associations_chair_elected_with_its_board_chairs_the_board(morph):
    got = held(ELECTED, "fi", morph)
    assert ("Helena Kuusisto", "chair", "Hallitus") in got
    assert {body.casefold() for _p, _r, body in got} == {"hallitus"}


@pytest.mark.parametrize("morph", MORPHS)
def test_an_associations_chair_alone_keeps_its_body(morph):
    # guard: with no board's members in the sentence the chair is not moved to a board
    text = (
        "Testilän Omaishoitajayhdistys ry. Kertomus vuoden 2023 toiminnasta\n\n"
        "Yhdistyksen puheenjohtajaksi valittiin syyskokouksessa Helena Kuusisto.\n"
    )
    got = held(text, "fi", morph)
    assert not any(body.casefold() == "hallitus" for _p, _r, body in got)


REPORT = (
    "Toimintakertomus 2022\n\n"
    "Puheenjohtaja: Outi Rautiainen. Toiminnanjohtaja: Jarmo Kettunen.\n\n"
    "1 Toiminta\n\n"
    "Liitto on eläkeläisjärjestöjen valtakunnallinen yhteistyöjärjestö.\n\n"
    "Hallituksen osalta vuosikokouksessa tehtiin henkilömuutoksia. Jäsen Ilkka Peltonen "
    "(Kainuu) oli pyytänyt eroa hallituksen jäsenyydestä. Hallitusta täydennettiin "
    "kaksivuotiskauden loppuun seuraavasti: Kainuu: Marjut Heikkinen, Kajaanin Seniorit ry, "
    "varsinainen jäsen. Lauri Tolonen, Sotkamon Eläkeläiset ry, varajäsen. Lappi: ei "
    "edustajaa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_reports_header_chair_chairs_the_pages_board(morph):
    got = held(REPORT, "fi", morph)
    assert ("Outi Rautiainen", "chair", "Hallitus") in got
    assert not any(person == "Jarmo Kettunen" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_entries_added_to_the_board_in_prose(morph):
    got = held(REPORT, "fi", morph)
    assert ("Marjut Heikkinen", "member", "Hallitus") in got
    assert ("Lauri Tolonen", "deputy_member", "Hallitus") in got
    assert not any(person == "Ilkka Peltonen" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_header_officers_are_the_meetings(morph):
    # guard: minutes name their meeting's officers at the top; no board seat for them
    text = REPORT.replace("Toimintakertomus 2022", "Pöytäkirja 3/2022")
    got = held(text, "fi", morph)
    assert not any(person == "Outi Rautiainen" for person, _r, _b in got)


LETTER = (
    "Puheenjohtajan tervehdys\n\n"
    "Yhdistys kokoontui vuosikokoukseen toukokuussa. Minut valittiin jatkamaan "
    "puheenjohtajana. Erovuorossa olevat hallituksen jäsenet Aarne Kinnunen ja Pirkko Laakso "
    "valittiin uudelleen.\n\n"
    "Hyvää kesää kaikille!\n\n"
    "Marketta Honkanen\n\n"
    "Puheenjohtaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_letter_signed_with_an_office_gives_the_writer_that_office(morph):
    got = held(LETTER, "fi", morph)
    assert ("Marketta Honkanen", "chair", "Hallitus") in got
    assert ("Aarne Kinnunen", "member", "Hallitus") in {(p, r, b.capitalize()) for p, r, b in got}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_letter_that_names_no_board_gives_its_writer_no_seat(morph):
    # guard: with no board on the page the signature's office is of nothing the page names
    text = LETTER.replace(
        " Erovuorossa olevat hallituksen jäsenet Aarne Kinnunen ja Pirkko Laakso "
        "valittiin uudelleen.",
        "",
    )
    got = held(text, "fi", morph)
    assert not any(person == "Marketta Honkanen" for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_signed_by_the_meetings_chair_give_no_board_chair(morph):
    # guard: minutes end in their meeting's chair's signature
    text = LETTER.replace("Puheenjohtajan tervehdys", "Pöytäkirja 2/2024")
    got = held(text, "fi", morph)
    assert not any(
        person == "Marketta Honkanen" and role == "chair" and body == "Hallitus"
        for person, role, body in got
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organisations_former_name_is_no_member(morph):
    text = (
        "Toimintakertomus 2021\n\nHallitus kokoontui kuusi kertaa.\n\n"
        "Eläkeläisten Keskusliitto ry, aiempi Eläkeläisten Valtakunnallinen "
        "Yhteistoimintajärjestö \u2013 EVY ry, on eläkeläisten edunvalvontajärjestö. Liitto toimii "
        "eläkeasioiden asiantuntijana ja järjestää koulutusta. Liitossa oli vuoden lopussa 40 "
        "jäsenyhdistystä.\n\n"
        "Hallituksen jäseninä toimivat Eino Vartiainen ja Sirkka Hyvönen, varajäsenenä Olavi "
        "Kemppainen.\n"
    )
    got = held(text, "fi", morph)
    assert {(p, r) for p, r, _b in got} == {
        ("Eino Vartiainen", "member"),
        ("Sirkka Hyvönen", "member"),
        ("Olavi Kemppainen", "deputy_member"),
    }

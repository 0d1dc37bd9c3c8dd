"""hytegraph extract on layouts met in the fifty-sixth and fifty-seventh held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.tagger import no_seat_said
from tests.extract_snippets import MORPHS, findings, key, needs_voikko, roles

INTERIM_BODY = (
    "Väliaikainen järjestelytoimielin\n\n"
    "Väliaikainen järjestelytoimielin valmistelee uuden alueen hallintoa. Väliaikaisen "
    "järjestelytoimielimen jäseninä toimivat:\n\n"
    " • Toimitusjohtaja Aarne Kivelä (puheenjohtaja)\n"
    " • Talousjohtaja Helka Rinne (1. varapuheenjohtaja)\n"
    " • Tulosaluejohtaja, vanhuspalvelut Marjo Lehtinen\n"
    " • Vs. tietohallintojohtaja Pentti Oksala\n"
)


def _organ(got: set[tuple[str, str, str]], name: str, role: str) -> bool:
    # (the rules' word forms read "toimielin" as a genitive: "…toimieli" is the same organ)
    return any(
        p == key(name) and r == role and b.startswith("Väliaikainen järjestelytoimieli")
        for p, r, b in got
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_under_an_inflected_compound_organ_names_that_organ(morph):
    got = roles(INTERIM_BODY, morph=morph)
    assert _organ(got, "Aarne Kivelä", "chair")
    assert _organ(got, "Helka Rinne", "vice_chair")
    assert _organ(got, "Marjo Lehtinen", "member")


@needs_voikko
def test_the_organ_keeps_its_name_with_libvoikko():
    got = roles(INTERIM_BODY)
    assert (key("Aarne Kivelä"), "chair", "Väliaikainen järjestelytoimielin") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_acting_posts_abbreviation_before_a_title_is_no_part_of_the_name(morph):
    got = roles(INTERIM_BODY, morph=morph)
    assert _organ(got, "Pentti Oksala", "member")
    assert not any("Vs" in p for p, _r, _b in got)


def test_a_bare_organ_word_alone_names_no_body():
    got = roles("Toimielin päätti asiasta.\n\nJäseninä toimivat:\nAarne Kivelä\nHelka Rinne\n")
    assert not any(b.casefold() == "toimielin" for _p, _r, b in got)


WORKING_GROUP = (
    "Yhteistyön kehittämistyöryhmän loppuraportti\n\n"
    "Keskusliiton virastokollegio asetti keväällä 2031 Keskusliiton yhteistyön "
    "kehittämistyöryhmän vuosille 2031\u20132032 yhteistyön työryhmän, joka jatkoi aiemman "
    "työryhmän työtä.\n\n"
    "Työryhmään kuuluivat:\n"
    "Ossi Laakso, kehitysjohtaja, Palvelukeskus, puheenjohtaja\n"
    "Tiina Vuorela, asiantuntija, keskusliitto\n"
    "Pirjo Hakala, toiminnanjohtaja, Kansalaisfoorumi\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_working_groups_past_list_on_its_publishers_page_is_the_groups(morph):
    got = roles(WORKING_GROUP, morph=morph)
    body = "Keskusliiton yhteistyön kehittämistyöryhmä"
    assert (key("Ossi Laakso"), "chair", body) in got
    assert (key("Tiina Vuorela"), "member", body) in got
    assert (key("Pirjo Hakala"), "member", body) in got
    assert not any(b.startswith("Yhteistyön työryhmä") for _p, _r, b in got)


def test_a_heading_with_a_dash_and_a_description_keeps_the_named_body():
    got = roles(
        "Kylälän Järjestöneuvosto \u2013 alueen järjestöjen yhteistyötoimielin\n\n"
        "Lisäksi maakuntahallitus on nimennyt järjestöneuvostoon edustajaksi Aino Ahon ja "
        "Eero Eskolan.\n"
    )
    assert got
    assert all("yhteistyötoimielin" not in b for _p, _r, b in got)


ANNUAL_MEETING = (
    "Föreningen HjärtVän Norrby har hållit årsmöte 12/3-31. Ett 50-tal medlemmar deltog.\n"
    "Efter detta följde årsmötesförhandlingar som leddes av Bengt Åkesson.\n"
    "Till ordförande valdes Kerstin Dahlgren och vice ordf. utsågs Olof Sundin, sekreterare "
    "Agneta Fors, kassör Bengt Åkesson. Övriga ledamöter Lena Vik, Göran Brandt och "
    "Maja Eklöf.\n"
    "Under året har föreningens sånggrupp sjungit på olika boenden.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_annual_meetings_elections_with_no_body_named_are_the_boards(morph):
    got = roles(ANNUAL_MEETING, lang="sv", morph=morph)
    assert (key("Kerstin Dahlgren"), "chair", "Styrelsen") in got
    assert (key("Olof Sundin"), "vice_chair", "Styrelsen") in got
    assert (key("Agneta Fors"), "secretary", "Styrelsen") in got
    for name in ("Lena Vik", "Göran Brandt", "Maja Eklöf"):
        assert (key(name), "member", "Styrelsen") in got, name
    assert not any("sånggrupp" in b.casefold() for _p, _r, b in got)


def test_a_bodys_own_meetings_name_no_board():
    got = roles(
        "Valtuuskunta\n\n"
        "Valtuuskunta kokoontuu kahdesti vuodessa, kevätkokoukseen ja syyskokoukseen.\n\n"
        "Puheenjohtajaksi valittiin Aino Aho.\n"
    )
    assert not any(b == "Hallitus" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_meeting_is_no_body_and_its_officers_and_delegates_hold_no_seats(morph):
    text = (
        "Styrelsen\n\n"
        "Vid föreningens höstmöte valdes Kerstin Dahlgren till ordförande för år 2031.\n\n"
        "Vid det konstituerande styrelsemötet valdes Olof Sundin till viceordförande, Agneta "
        "Fors till sekreterare och Bengt Åkesson till kassör.\n\n"
        "Till att leda årsmötet valdes Nils Ek och Gun Lind till sekreterare.\n\n"
        "Att representera föreningen vid distriktsstämman valdes: Britt Sand, Ove Berg och "
        "Ulla Ström.\n"
    )
    got = roles(text, lang="sv", morph=morph)
    assert (key("Kerstin Dahlgren"), "chair", "Styrelsen") in got
    assert (key("Olof Sundin"), "vice_chair", "Styrelsen") in got
    assert (key("Agneta Fors"), "secretary", "Styrelsen") in got
    assert not any(p == key("Bengt Åkesson") and r == "secretary" for p, r, _b in got)
    assert not any("möte" in b.casefold() or "stämma" in b.casefold() for _p, _r, b in got)
    for name in ("Nils Ek", "Gun Lind", "Britt Sand", "Ove Berg", "Ulla Ström"):
        assert not any(p == key(name) for p, _r, _b in got), name


def test_a_meetings_presidium_is_no_board():
    got = roles(
        "Länsdistriktet har den 3 april avhållit sitt representantskapsmöte. Till presidium "
        "valdes som ordförande Per Ek och till sekreterare Eva Lund.\n",
        lang="sv",
    )
    assert not got


LABELLED_RUN = (
    "Styrelsen fick följande sammansättning: ordförande Kerstin Dahlgren, kassör Bengt "
    "Åkesson, ledamöter Lena Vik, Göran Brandt och Maja Eklöf (studieorganisatör), ersättare "
    "Olof Sundin och Agneta Fors, Hjärt-ombud Ingrid Pihl, revisorer Nils Ek och Gun Lind, "
    "valberedning Britt Sand, Ove Berg och Ulla Ström.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_each_label_of_a_composition_run_holds_the_names_after_it(morph):
    got = roles(LABELLED_RUN, lang="sv", morph=morph)
    assert (key("Kerstin Dahlgren"), "chair", "Styrelsen") in got
    for name in ("Bengt Åkesson", "Lena Vik", "Göran Brandt", "Maja Eklöf"):
        assert (key(name), "member", "Styrelsen") in got, name
    for name in ("Olof Sundin", "Agneta Fors"):
        assert (key(name), "deputy_member", "Styrelsen") in got, name
    for name in ("Britt Sand", "Ove Berg", "Ulla Ström"):
        assert any(p == key(name) and b.startswith("Valbered") for p, _r, b in got), name
    for name in ("Ingrid Pihl", "Nils Ek", "Gun Lind"):
        assert not any(p == key(name) for p, _r, _b in got), name
    assert not any("ombud" in p.casefold() for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_tasks_after_a_colon_are_member_seats(morph):
    got = roles(
        "Hallitus järjestäytyi\n\n"
        "Hallituksen jäsenten vastuunjaosta päätettiin seuraavaa: vuonna 2031 "
        "koulutusvastaavana toimii Oona Laine (Kemi), viestintävastaavana Eetu Salo (Pori), "
        "piiri- ja aluevastaavana Iida Koski (Salo) sekä talousvastaavana Veikko Rinne (Lahti).\n",
        morph=morph,
    )
    for name in ("Oona Laine", "Eetu Salo", "Iida Koski", "Veikko Rinne"):
        assert (key(name), "member", "Hallitus") in got, name


@pytest.mark.parametrize("morph", MORPHS)
def test_the_deputies_word_holds_the_names_joined_after_it(morph):
    got = roles(
        "Styrelsen\n\n"
        "Styrelsens sammansättning för år 2031: Lena Vik, Göran Brandt, Maja Eklöf och "
        "ersättare Olof Sundin, Agneta Fors och Ingrid Pihl.\n",
        lang="sv",
        morph=morph,
    )
    for name in ("Lena Vik", "Göran Brandt", "Maja Eklöf"):
        assert (key(name), "member", "Styrelsen") in got, name
    for name in ("Olof Sundin", "Agneta Fors", "Ingrid Pihl"):
        assert (key(name), "deputy_member", "Styrelsen") in got, name


def test_another_associations_board_in_the_genitive_is_not_the_pages_board():
    got = roles(
        "Lena Vik har under året varit medlem i Svenska seniorförbundet r.f:s "
        "förbundsstyrelse.\n\n"
        "Styrelsen\n\n"
        "Vid föreningens höstmöte valdes Kerstin Dahlgren till ordförande för år 2031.\n",
        lang="sv",
    )
    assert (key("Kerstin Dahlgren"), "chair", "Styrelsen") in got


SCOUT_BOARD = (
    "Förbundsstyrelsen\n\n"
    "Styrelsens sammansättning år 2031:\n\n"
    " • Lena Vik, scoutchef 2031-2032\n"
    " • Göran Brandt, vice scoutchef 2031-2032\n"
    " • Maja Eklöf, vice scoutchef 2031-2032\n"
    " • Olof Sundin, styrelsemedlem 2031\n"
    " • Agneta Fors, styrelsemedlem 2031\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_given_with_its_vice_post_in_a_board_list_is_the_chair(morph):
    got = roles(SCOUT_BOARD, lang="sv", morph=morph)
    assert (key("Lena Vik"), "chair", "Förbundsstyrelsen") in got
    assert (key("Göran Brandt"), "vice_chair", "Förbundsstyrelsen") in got
    assert (key("Maja Eklöf"), "vice_chair", "Förbundsstyrelsen") in got
    assert (key("Olof Sundin"), "member", "Förbundsstyrelsen") in got


def test_a_post_with_no_vice_post_beside_it_stays_a_members_task():
    got = roles(SCOUT_BOARD.replace("vice scoutchef", "programchef"), lang="sv")
    assert not any(r in ("chair", "vice_chair") for _p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_short_sentences_of_one_post_and_one_name_after_the_officers(morph):
    got = roles(
        "Distriktet har avhållit sitt representantskapsmöte.\n\n"
        "Till ordförande omvaldes Kerstin Dahlgren, Backe. Vice ordförande Olof "
        "Sundin, Brunflo. Kassör Bengt Åkesson, Änge. Sekreterare Agneta Fors, Brunflo. "
        "Studieorganisatör Lena Vik, Lit.\n",
        lang="sv",
        morph=morph,
    )
    assert (key("Kerstin Dahlgren"), "chair", "Styrelsen") in got
    assert (key("Bengt Åkesson"), "member", "Styrelsen") in got
    assert (key("Lena Vik"), "member", "Styrelsen") in got


def test_a_sentence_with_a_verb_after_a_title_and_a_name_is_no_post():
    got = roles(
        "Aluejärjestön puheenjohtajaksi on valittu Aino Aho. Valtiopäiväneuvos Eero Eskola "
        "kutsuttiin aluejärjestön kunniapuheenjohtajaksi.\n"
    )
    assert not any(p == key("Eero Eskola") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_seats_in_associations_named_by_name_or_by_initials(morph):
    got = roles(
        "Höstmöten\n\n"
        "Såväl Österbottens Svenska Idrottsförbund som Norrby Svenska Idrottsförbund höll sina "
        "höstmöten idag, så Lena Vik fortsätter som ordförande för ÖSI och Göran Brandt som "
        "ordförande för NSI.\n\n"
        "Maja Eklöf och Olof Sundin fortsätter som styrelsemedlemmar i Byby Idrottsförbund.\n",
        lang="sv",
        morph=morph,
    )
    assert (key("Lena Vik"), "chair", "Österbottens Svenska Idrottsförbund") in got
    assert (key("Göran Brandt"), "chair", "Norrby Svenska Idrottsförbund") in got
    assert (key("Maja Eklöf"), "member", "Byby Idrottsförbund") in got
    assert (key("Olof Sundin"), "member", "Byby Idrottsförbund") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_others_after_an_officer_are_members_of_the_officers_body(morph):
    got = roles(
        "Länsförbundet har haft årsmöte i Lit.\n"
        "I styrelsen för kommande verksamhetsår omvaldes Lena Vik som ordförande, övriga är "
        "Göran Brandt, Maja Eklöf och Olof Sundin.\n",
        lang="sv",
        morph=morph,
    )
    assert any(p == key("Lena Vik") and r == "chair" for p, r, _b in got)
    for name in ("Göran Brandt", "Maja Eklöf", "Olof Sundin"):
        assert any(p == key(name) and b.casefold() == "styrelsen" for p, _r, b in got), name
    assert not any("verksamhetsår" in b for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_after_a_linking_verb_and_a_colon_with_no_full_stop(morph):
    got = roles(
        "Piirihallitus vuonna 2031\n\n"
        "Piirihallitukseen kuuluvat varsinaisina jäseninä: Aino Aho (pj.), Eero Eskola, "
        "Kaisa Koski ja Pekka Puu.\n\n"
        "Varajäseniä ovat: Liisa Laine ja Oona Salo",
        morph=morph,
    )
    assert (key("Aino Aho"), "chair", "Piirihallitus") in got
    for name in ("Liisa Laine", "Oona Salo"):
        assert (key(name), "deputy_member", "Piirihallitus") in got, name


YOUTH_COUNCIL = (
    "Kylälän nuorisovaltuusto järjestäytyi\n\n"
    "Kuvassa Kylälän nuorisovaltuuston puheenjohtaja Aino Aho.\n\n"
    "Järjestäytymiskokouksessaan nuorisovaltuusto teki seuraavia valintoja:\n\n"
    "  • Puheenjohtaja: Aino Aho Kemistä. Varapuheenjohtaja: Eero Eskola Torniosta.\n"
    "  • Edustaja sivistyslautakunnassa: Kaisa Koski Kemistä. Varaedustaja "
    "sivistyslautakunnassa: Pekka Puu Torniosta.\n"
)


def test_a_youth_councils_representatives_in_committees_are_its_members():
    got = roles(YOUTH_COUNCIL)
    for name in ("Kaisa Koski", "Pekka Puu"):
        assert (key(name), "member", "Kylälän nuorisovaltuusto") in got, name
    assert not any("lautakunta" in b.casefold() for _p, _r, b in got)


def test_a_chair_the_text_says_is_proposed_is_no_seat_held():
    got = findings(
        "Väliaikainen järjestelytoimielin\n\nToimielimen puheenjohtajaksi on esitetty "
        "johtajaa Aino Ahoa.\n"
    )
    assert not any(f.kind == "membership" and not f.status for f in got)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Att representera föreningen vid distriktsstämman valdes Britt Sand.", "Britt Sand"),
        ("Deltagarna lyssnade på olika talare, bland andra Ove Berg och Ulla Ström.", "Ove Berg"),
    ],
)
def test_the_tagger_guesses_no_seat_for_delegates_and_speakers(sentence, name):
    start = sentence.index(name)
    assert no_seat_said(lexicon("sv"), sentence, start, start + len(name))


def test_capitalised_words_of_a_bodys_name_are_no_person():
    got = roles(
        "Keskusliiton hallitus hyväksyi strategian\n\n"
        "Keskusliiton hallitus kokoontui torstaina.\n\n"
        "Hallitus täydensi edellisessä kokouksessa valittua Talent Forum -johtoryhmää "
        "seuraavilla henkilöillä: Aino Aho, Eero Eskola ja Kaisa Koski. Talent Forum "
        "-johtoryhmän kokoonpano löytyy artikkelin lopusta.\n"
    )
    assert (key("Aino Aho"), "member", "Talent Forum -johtoryhmä") in got
    assert not any(p == key("Talent Forum") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_rest_of_the_members_in_small_letters_heads_its_names(morph):
    got = roles(
        "Aluehallintovirasto on nimennyt vaalilautakuntaan seuraavat jäsenet:\n\n"
        "Puheenjohtaja\nAino Aho (Keskustapuolue)\n\n"
        "varapuheenjohtaja\nEero Eskola (Vihreät)\n\n"
        "muut varsinaiset jäsenet\nKaisa Koski (Perussuomalaiset)\nPekka Puu (Vihreät)\n\n"
        "varajäsenet\nLiisa Laine (Keskustapuolue)\n",
        morph=morph,
    )
    assert (key("Eero Eskola"), "vice_chair", "Vaalilautakunta") in got
    for name in ("Kaisa Koski", "Pekka Puu"):
        assert (key(name), "member", "Vaalilautakunta") in got, name
    assert (key("Liisa Laine"), "deputy_member", "Vaalilautakunta") in got


def test_a_new_chair_elected_ends_the_seat_of_the_chair_named_before():
    text = (
        "Ordföranden Britt Sand kunde hälsa ett hundratal medlemmar välkomna till årsmötet.\n\n"
        "Till ny ordförande valdes Ove Berg, eftersom Britt Sand avböjt omval. Även tre nya "
        "styrelseledamöter valdes: Lena Vik, Göran Brandt och Maja Eklöf.\n"
    )
    got = roles(text, lang="sv")
    assert (key("Ove Berg"), "chair", "Styrelsen") in got
    assert not any(p == key("Britt Sand") for p, _r, _b in got)
    ended = [f for f in findings(text, lang="sv") if f.status == "ended"]
    assert [f.actor.name for f in ended] == ["Britt Sand"]


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_until_a_year_before_the_pages_latest_has_ended(morph):
    text = (
        "Keskusliitto asetti Keskusliiton yhteistyön kehittämistyöryhmän vuosille 2031-2032.\n\n"
        "Työryhmään kuuluivat:\n"
        "Ossi Laakso, kehitysjohtaja, puheenjohtaja\n"
        "Tiina Vuorela, opiskelija (1.12.2031 saakka)\n"
        "Pirjo Hakala, toiminnanjohtaja (31.12.2032 saakka)\n"
    )
    got = roles(text, morph=morph)
    assert not any(p == key("Tiina Vuorela") for p, _r, _b in got)
    assert any(p == key("Pirjo Hakala") for p, _r, _b in got)

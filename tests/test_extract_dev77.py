"""hytegraph extract on layouts met in the ninety-first held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, key, needs_voikko, roles

NAMES_THEN_POSTS = (
    "TESTILÄN SEURAKUNTAYHTYMÄ PÄÄTÖKSET 3/2015 YHTEINEN KIRKKONEUVOSTO\n\n"
    "KOKOUSTIEDOT Aika: Torstai klo 18:00 Paikka: Seurakuntatalo Asiat: Kokoukseen kutsutut: "
    "JÄSENET: Ekholm Aino Lindqvist Bo Aaltonen Eeva Berg Olli Heino Pirjo Koski Tarja "
    "Mäki Ville Nurmi Sanna yhteisen kirkkoneuvoston pj; Kylälän srk yhteisen kirkkoneuvoston "
    "varapj. jäsen jäsen jäsen jäsen Olli Bergin varajäsen jäsen "
    "MUUT KUTSUTUT: Salmi Jorma talousjohtaja, esittelijä Rinne Kalle yhteisen "
    "kirkkovaltuuston puheenjohtaja Vuori Aarne kirkkoherra, Testilän seurakunta "
    "Kallio Outi hallintosihteeri\n\n"
    "2 TESTILÄN SEURAKUNTAYHTYMÄ PÄÄTÖKSET 3/2015 POISSA: SYY: Berg Olli jäsen muu syy "
    "Aino Ekholm Outi Kallio yhteisen kirkkoneuvoston pj sihteeri\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_names_then_a_run_of_posts_pairs_them_in_order(morph):
    got = held(NAMES_THEN_POSTS, "fi", morph)
    body = "Yhteinen kirkkoneuvosto"
    assert ("Aino Ekholm", "chair", body) in got
    assert ("Bo Lindqvist", "vice_chair", body) in got
    assert ("Eeva Aaltonen", "member", body) in got
    assert ("Tarja Koski", "member", body) in got
    # "Olli Bergin varajäsen": a deputy, the member's name in the genitive before the post
    assert ("Ville Mäki", "deputy_member", body) in got
    assert ("Sanna Nurmi", "member", body) in got
    # the absent member under "POISSA:"
    assert ("Olli Berg", "member", body) in got
    # among the others invited, only a post naming a body is a seat
    assert ("Kalle Rinne", "chair", "Yhteinen kirkkovaltuusto") in got
    people = {p for p, _r, _b in got}
    assert not people & {"Jorma Salmi", "Aarne Vuori", "Outi Kallio", "Salmi Jorma"}


UNEVEN_POSTS = (
    "TESTILÄN SEURAKUNTAYHTYMÄ PÄÄTÖKSET 3/2015 YHTEINEN KIRKKONEUVOSTO\n\n"
    "JÄSENET: Ekholm Aino Lindqvist Bo Aaltonen Eeva Berg Olli Heino Pirjo Koski Tarja "
    "Mäki Ville Nurmi Sanna yhteisen kirkkoneuvoston pj; Kylälän srk yhteisen kirkkoneuvoston "
    "varapj. jäsen jäsen jäsen MUUT KUTSUTUT: Rinne Kalle yhteisen kirkkovaltuuston "
    "puheenjohtaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_fewer_posts_than_names_pair_nothing_by_position(morph):
    # guard: eight names and five posts are no columns flattened side by side
    got = held(UNEVEN_POSTS, "fi", morph)
    assert not any(r == "vice_chair" and b == "Yhteinen kirkkoneuvosto" for _p, r, b in got)
    assert not any(p in ("Sanna Nurmi", "Nurmi Sanna") and r == "member" for p, r, _b in got)


COMPOUND_BODY = (
    "Hallinto\n\n"
    "Seurakunnanneuvoston tehtävät\n\n"
    "Seurakunnanneuvoston tehtävänä on hoitaa seurakunnan hallintoa.\n\n"
    "Seurakunnan neuvoston jäsenet kaudelle 2024-2027 ovat:\n\n"
    "Aino Ekholm, kirkkoherra, pj.\nBo Lindqvist\nEeva Aaltonen\nOlli Berg\nPirjo Heino\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_written_apart_is_the_compound_the_page_writes(morph):
    got = held(COMPOUND_BODY, "fi", morph)
    assert ("Aino Ekholm", "chair", "Seurakunnanneuvosto") in got
    assert ("Bo Lindqvist", "member", "Seurakunnanneuvosto") in got
    assert not any(b == "Seurakunnan neuvosto" for _p, _r, b in got)


APART_ONLY = (
    "Hallinto\n\n"
    "Seurakunnan neuvoston jäsenet kaudelle 2024-2027 ovat:\n\n"
    "Aino Ekholm, kirkkoherra, pj.\nBo Lindqvist\nEeva Aaltonen\nOlli Berg\nPirjo Heino\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_written_apart_only_keeps_its_words(morph):
    # guard: the page never writes the compound, so the name stays as written
    got = held(APART_ONLY, "fi", morph)
    assert not any(b == "Seurakunnanneuvosto" for _p, _r, b in got)


PAIRS_IN_PROSE = (
    "Kylälän kappeliseurakunnan johtokunta aloitti\n\n"
    "Kylälän kappelineuvoston toiminta on lakkautettu ja sen tilalle on perustettu Kylälän "
    "kappeliseurakunnan johtokunta.\n\n"
    "Lue myös: Kirkkovaltuuston puheenjohtajaksi valittiin Anna Salo\n\n"
    "Johtokunnan jäseninä jatkavat jo kappelineuvostossa olleet Aino Ekholm (henkilökohtainen "
    "varajäsen Bo Lindqvist), Eeva Aaltonen (Olli Berg), Pirjo Heino (Tarja Koski) ja Ville "
    "Mäki (Sanna Nurmi).\n\n"
    "Uutena jäsenenä virkansa puolesta johtokunnasta paikan sai kappalainen Kalle Rinne. Hänen "
    "henkilökohtainen varajäsenensä on Outi Kallio.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_with_their_deputies_in_parentheses_in_a_sentence(morph):
    got = held(PAIRS_IN_PROSE, "fi", morph)
    body = "Kylälän kappeliseurakunnan johtokunta"
    assert ("Eeva Aaltonen", "member", body) in got
    assert ("Olli Berg", "deputy_member", body) in got
    assert ("Bo Lindqvist", "deputy_member", body) in got
    assert ("Sanna Nurmi", "deputy_member", body) in got
    # the council the members sat in before is no seat now
    assert not any(b == "Kappelineuvosto" for _p, _r, b in got)
    assert not any(p == "Olli Berg" and r == "member" for p, r, _b in got)


@needs_voikko
def test_a_seat_in_the_body_its_sentence_names_and_the_deputy_after_it():
    got = held(PAIRS_IN_PROSE, "fi", None)
    body = "Kylälän kappeliseurakunnan johtokunta"
    assert ("Kalle Rinne", "member", body) in got
    assert ("Outi Kallio", "deputy_member", body) in got
    assert not any(b == "Kirkkovaltuusto" and p != "Anna Salo" for p, _r, b in got)


PARTIES_IN_PARENTHESES = (
    "Valtuusto kokoontui\n\n"
    "Lautakunnan jäseninä jatkavat Aino Ekholm (Kylälä), Eeva Aaltonen (Testilä) ja Pirjo "
    "Heino (Kylälä).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_place_in_parentheses_is_no_deputy(morph):
    # guard: one word in the parenthesis is a place or a party, never a deputy's name
    got = held(PARTIES_IN_PARENTHESES, "fi", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)


TITLED_BULLETS = (
    "Päätöksenteko\n\n"
    "Tuomiokapitulin istunto\n\n"
    "Tuomiokapitulin jäseniä ovat piispa ja tuomiorovasti. Istunnossa on "
    "hiippakuntavaltuuston puheenjohtajalla puhe- ja läsnäolo-oikeus.\n\n"
    "Jäsenet\n\n"
    " • Piispa Aino Ekholm\n"
    " • Tuomiorovasti Eeva Aaltonen, eeva.aaltonen (at) evl.fi\n"
    " • Maallikkojäsen Olli Berg\n"
    " • Pappisasessori Pirjo Heino, pirjo.heino (at) evl.fi\n"
    " • Hiippakuntavaltuuston puheenjohtaja Tarja Koski, tarja.koski (at) testi.fi\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_church_offices_before_names_in_a_chapter_s_bullets(morph):
    got = held(TITLED_BULLETS, "fi", morph)
    assert ("Aino Ekholm", "member", "Tuomiokapituli") in got
    assert ("Eeva Aaltonen", "member", "Tuomiokapituli") in got
    assert ("Pirjo Heino", "member", "Tuomiokapituli") in got
    # the other body's chair listed among the bullets sits there, not in the chapter
    assert ("Tarja Koski", "chair", "Hiippakuntavaltuusto") in got
    assert not any(p == "Tarja Koski" and b == "Tuomiokapituli" for p, _r, b in got)
    assert not any(p.startswith(("Piispa", "Tuomiorovasti")) for p, _r, _b in got)


COMMA_ATTENDANCE = (
    "Seurakunnanneuvoston kokous 12.3.2024\n\n"
    "SEURAKUNNANNEUVOSTON KOKOUS / PÖYTÄKIRJA 2 / 2024\n\n"
    "Läsnä: Ekholm Aino, kirkkoherra, pj., Lindqvist Bo, vpj., Aaltonen Eeva, jäsen, "
    "Heino Pirjo, jäsen\n\n"
    "Puheoikeudella olevat: Koski Tarja, sihteeri\n\n"
    "Poissa: Berg Olli, jäsen, Ville Mäki, henkilöstön edustaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_comma_run_of_names_each_with_its_posts_after_it(morph):
    got = roles(COMMA_ATTENDANCE, "fi", morph)
    body = "Seurakunnanneuvosto"
    assert (key("Aino Ekholm"), "chair", body) in got
    # the post after a name is that name's, never the next one's
    assert (key("Bo Lindqvist"), "vice_chair", body) in got
    assert (key("Eeva Aaltonen"), "member", body) in got
    assert (key("Olli Berg"), "member", body) in got
    people = {p for p, _r, _b in got}
    # the secretary with a right to speak, and a representative: no seat
    assert key("Tarja Koski") not in people
    assert key("Ville Mäki") not in people


SENTENCE_AFTER_LABEL = (
    "Seurakunnanneuvoston kokous 12.3.2024\n\n"
    "Läsnä: Kokous alkoi kello 18, ja paikalla oli Aino Ekholm, joka avasi kokouksen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sentence_after_the_label_is_no_run(morph):
    # guard: a capitalised word that is not a name breaks the run, nothing is paired
    got = held(SENTENCE_AFTER_LABEL, "fi", morph)
    assert not any(r == "chair" for _p, r, _b in got)


COVER_OFFICERS_FIRST = (
    "Pöytäkirja Ympäristölautakunta\n\n"
    "1 Testilän kuntayhtymä Pöytäkirja Ympäristölautakunta N:o 1 / 2010 Paikka Kunnantalo, "
    "kokoushuone 2 Aika klo Saapuvilla olleet jäsenet Olli Virta Tarja Öhman Eeva Aaltonen "
    "Bo Berg Pirjo Heino Sanna Kivi Ville Mäki Kalle Rinne Outi Salo Aarne Tamm "
    "puheenjohtaja varapuheenjohtaja jäsen jäsen jäsen jäsen jäsen jäsen jäsen jäsen "
    "Muut saapuvilla olleet Jorma Vuori esittelijä, johtaja Liisa Pakka pöytäkirjanpitäjä "
    "Laillisuus ja päätösvaltaisuus Kokous todettiin lailliseksi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_before_a_sorted_run_keep_the_posts_paired_in_order(morph):
    got = held(COVER_OFFICERS_FIRST, "fi", morph)
    body = "Ympäristölautakunta"
    assert ("Olli Virta", "chair", body) in got
    assert ("Tarja Öhman", "vice_chair", body) in got
    assert ("Eeva Aaltonen", "member", body) in got
    assert ("Aarne Tamm", "member", body) in got
    assert not any(p in ("Jorma Vuori", "Liisa Pakka") for p, _r, _b in got)


COVER_POSTS_UNEVEN = COVER_OFFICERS_FIRST.replace("jäsen jäsen Muut", "jäsen Muut")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sorted_run_with_fewer_posts_than_names_pairs_no_officer(morph):
    # guard: nine posts for ten names are not paired by position
    got = held(COVER_POSTS_UNEVEN, "fi", morph)
    assert not any(r in ("chair", "vice_chair") for _p, r, _b in got)


SPEAKING_OFFICER = (
    "Hallinto\n\n"
    "Neuvosto vastaa seurakunnan hallinnosta ja seurakunnanvaltuuston päätösten "
    "valmistelusta.\n\n"
    "Seurakunnanneuvoston jäsenet kaudelle 2024-2027 ovat:\n\n"
    "Aino Ekholm, kirkkoherra, pj.\nBo Lindqvist\nEeva Aaltonen\nOlli Berg\n\n"
    "puheoikeudella:\n"
    "Tarja Koski, valtuuston pj.\n"
    "Ville Mäki, työntekijöiden edustaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_council_s_chair_by_its_bare_genitive_is_the_one_council_the_page_names(morph):
    got = held(SPEAKING_OFFICER, "fi", morph)
    assert ("Tarja Koski", "chair", "Seurakunnanvaltuusto") in got
    # a right to speak is no seat in the list's body
    assert not any(p == "Tarja Koski" and b == "Seurakunnanneuvosto" for p, _r, b in got)
    assert not any(p == "Ville Mäki" for p, _r, _b in got)


TWO_COUNCILS = SPEAKING_OFFICER.replace(
    "päätösten valmistelusta.", "ja kirkkovaltuuston päätösten valmistelusta."
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_genitive_with_two_councils_named_gives_no_seat(morph):
    # guard: two councils named in full, so "valtuuston" is not known to be either
    got = held(TWO_COUNCILS, "fi", morph)
    assert not any(p == "Tarja Koski" for p, _r, _b in got)


TERM_TO_COME = (
    "Syyskokouksen päätöksiä ja uusi hallitus\n\n"
    "25.11.2023\n\n"
    "Testilän Invalidit ry:n syyskokous pidettiin lauantaina 25.11.2023 toimintakeskuksessa.\n\n"
    "Vaalin tuloksena Aino Ekholm, Bo Lindqvist ja Eeva Aaltonen valittiin Testilän Invalidit "
    "ry:n hallituksen jäseniksi kaksivuotiskaudeksi 2024-2025. Hallituksessa jatkavat kauden "
    "2023-2024 varapuheenjohtaja Olli Berg ja jäsenet Pirjo Heino ja Tarja Koski.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_elected_for_a_two_year_term_to_come_are_not_seated_yet(morph):
    got = roles(TERM_TO_COME, "fi", morph)
    people = {p for p, _r, _b in got}
    assert key("Aino Ekholm") not in people
    assert key("Eeva Aaltonen") not in people
    # those going on in the term under way keep their seats
    assert any(p == key("Pirjo Heino") and r == "member" for p, r, _b in got)


TERM_UNDER_WAY = TERM_TO_COME.replace(
    "kaksivuotiskaudeksi 2024-2025", "kaksivuotiskaudeksi 2023-2024"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_elected_for_the_term_of_the_page_s_year_are_seated(morph):
    # guard: a term beginning in the page's own year has begun
    got = roles(TERM_UNDER_WAY, "fi", morph)
    assert any(p == key("Eeva Aaltonen") and r == "member" for p, r, _b in got)

"""hytegraph extract on layouts met in the eighty-ninth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, roles

NAMES_THEN_ROLES = (
    "1 PÖYTÄKIRJA 3/ (12) YHTEISEN KIRKKONEUVOSTON KOKOUS Aika Tiistaina 4. päivänä maaliskuuta "
    "2020 klo Paikka Seurakuntatalo, Kylämaa Läsnä Lindqvist Aino puheenjohtaja Salo Bertta "
    "varapuheenjohtaja Koivisto Eero Nurmela Aili Rantala Olli Hakala Irma Vesterinen Paavo "
    "Kallio Senja Ilves Tarmo varsinainen jäsen varsinainen jäsen varsinainen jäsen yht. "
    "kirkkovalt. pj yht. kirkkovalt. varapj. Kylämaan seurakunnan kirkkoherra, poistuneena klo "
    "talouspäällikkö Poissa Mattila Ritva varsinainen jäsen Honkanen Esa Ritva Mattilan "
    "varajäsen Laakso Jouko varsinainen jäsen Peltola Sini Jouko Laakson varajäsen Aalto Kerttu "
    "viestintäpäällikkö\n\n2 PÖYTÄKIRJA 3/ (12) Käsitellyt asiat: 1 Kokouksen avaus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_then_their_roles_in_the_same_order_are_paired(morph):
    got = roles(NAMES_THEN_ROLES, "fi", morph)
    assert ("Aino Lindqvist", "chair", "Yhteinen kirkkoneuvosto") in got
    assert ("Bertta Salo", "vice_chair", "Yhteinen kirkkoneuvosto") in got
    for name in ("Eero Koivisto", "Aili Nurmela", "Olli Rantala"):
        assert (name, "member", "Yhteinen kirkkoneuvosto") in got
    assert ("Hakala Irma", "chair", "Yhteinen kirkkovaltuusto") in got
    assert ("Paavo Vesterinen", "vice_chair", "Yhteinen kirkkovaltuusto") in got
    # the vicar and the official paired with a job hold no seat
    assert not any(p in ("Kallio Senja", "Ilves Tarmo") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_absent_members_each_followed_by_the_deputy_named_after_them(morph):
    got = roles(NAMES_THEN_ROLES, "fi", morph)
    assert ("Mattila Ritva", "member", "Yhteinen kirkkoneuvosto") in got
    assert ("Esa Honkanen", "deputy_member", "Yhteinen kirkkoneuvosto") in got
    assert ("Jouko Laakso", "member", "Yhteinen kirkkoneuvosto") in got
    assert ("Peltola Sini", "deputy_member", "Yhteinen kirkkoneuvosto") in got
    assert not any(p == "Aalto Kerttu" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_role_run_one_short_of_the_names_pairs_none(morph):
    # guard: seven names, six roles: the order cannot be trusted
    text = NAMES_THEN_ROLES.replace(" talouspäällikkö Poissa", " Poissa")
    got = roles(text, "fi", morph)
    assert not any(p in ("Aili Nurmela", "Olli Rantala") for p, _r, _b in got)
    assert not any(b == "Yhteinen kirkkovaltuusto" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_named_after_another_than_the_member_before_pairs_none(morph):
    # guard: "Olli Mattilan varajäsen" after the member Ritva Mattila names someone else
    text = NAMES_THEN_ROLES.replace("Esa Ritva Mattilan", "Esa Olli Mattilan")
    got = roles(text, "fi", morph)
    assert not any(p == "Esa Honkanen" for p, _r, _b in got)


COLUMNS_RUN = (
    "1 KYLÄMAAN KOULUTUSKUNTAYHTYMÄ Yhtymähallitus Kokouksen aika: tiistai klo paikka: "
    "Opisto KOKOUSKUTSU Yhtymähallitus Jäsen Lehto Aino, pj. Virtanen Bo, vpj. Salo Eeva "
    "Niemi Olli Kivi Pertti Varajäsen Koski Anja Laine Esko Mäki Tuula Ranta Veli Harju Sirpa "
    "Muut osallistujat Heino Aarne, kuntayhtymän johtaja, esittelijä\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_deputy_table_run_column_after_column(morph):
    got = roles(COLUMNS_RUN, "fi", morph)
    assert ("Aino Lehto", "chair", "Yhtymähallitus") in got
    assert ("Bo Virtanen", "vice_chair", "Yhtymähallitus") in got
    for name in ("Eeva Salo", "Niemi Olli", "Kivi Pertti"):
        assert (name, "member", "Yhtymähallitus") in got
    for name in ("Anja Koski", "Esko Laine", "Mäki Tuula", "Ranta Veli", "Harju Sirpa"):
        assert (name, "deputy_member", "Yhtymähallitus") in got
    assert not any(p == "Aarne Heino" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputies_column_shorter_than_the_members_pairs_none(morph):
    # guard: five members, four deputies: no column reading
    text = COLUMNS_RUN.replace(" Harju Sirpa", "")
    got = roles(text, "fi", morph)
    assert not any(p in ("Esko Laine", "Mäki Tuula", "Ranta Veli") for p, _r, _b in got)
    assert not any(p in ("Niemi Olli", "Kivi Pertti") for p, _r, _b in got)


TITLED_RUN = (
    "Keskushallituksen istunto Pöytäkirja Aika: klo Paikka: Istuntosali, Kylämaa. Läsnä: "
    "piispa Aleksanteri (puheenjohtaja), rovasti Oskari, kirkkoherra Aino Ek, lehtori Bo Lind "
    "ja johdon konsultti Eva Salo. Esittelijät: johtaja Olli Mäki.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_comma_run_of_titled_names_after_the_present_label(morph):
    got = roles(TITLED_RUN, "fi", morph)
    assert ("Aleksanteri", "chair", "Keskushallitus") in got
    for name in ("Oskari", "Aino Ek", "Bo Lind", "Eva Salo"):
        assert (" ".join(sorted(name.split())), "member", "Keskushallitus") in got
    assert not any(p == "Mäki Olli" and r in ("chair", "member") for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_titled_names_in_prose_are_no_members(morph):
    # guard: no "Läsnä:" label, the run is a sentence's
    text = TITLED_RUN.replace("Läsnä: ", "Tilaisuudessa puhuivat ")
    got = roles(text, "fi", morph)
    assert not any(p == "Oskari" for p, _r, _b in got)


SIGNED = (
    "Kylämaan koulutuskuntayhtymä Pöytäkirja 4/ Yhtymähallitus Allekirjoitukset Aino Ek "
    "puheenjohtaja Bo Lind pöytäkirjanpitäjä Käsitellyt asiat Pöytäkirjan tarkastus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_s_title_in_lower_case_signatures_is_not_the_next_name_s(morph):
    got = roles(SIGNED, "fi", morph)
    assert not any(p == "Bo Lind" and r == "chair" for p, r, _b in got)


TIMED_TABLE = (
    "Kylämaan koulutuskuntayhtymä Pöytäkirja 5/ Yhtymähallitus Aika :00-19:00 Paikka Opisto\n\n"
    "Kylämaan koulutuskuntayhtymä Pöytäkirja 5/ Osallistujat Nimi Klo Tehtävä Lisätiedot Läsnä "
    "Ek Aino 17:00-19:00 puheenjohtaja Lind Bo 17:00-19:00 varapuheenjohtaja Salo Eeva "
    "17:00-19:00 jäsen Kivi 17:00-19:00 jäsen Anna-Liisa Mäki Olli 17:00-19:00 jäsen Aho Ulla "
    "17:00-19:00 jäsen Nurmi Kalle 17:00-19:00 jäsen Poissa Berg Eero varajäsen Laine Esko "
    "varajäsen Harju Sirpa yv:n "
    "puheenjoht. Muu Ranta Veli 17:00-19:00 yv:n I varapuheenjoht. Heino Aarne 17:00-19:00 "
    "kuntayhtymäjohtaja Koski Anja 17:00-19:00 pöytäkirjanpitäjä\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_first_name_pushed_past_its_timed_row(morph):
    got = roles(TIMED_TABLE, "fi", morph)
    assert ("Anna-Liisa Kivi", "member", "Yhtymähallitus") in got
    assert ("Mäki Olli", "member", "Yhtymähallitus") in got
    assert not any(p == "Anna-Liisa Mäki Olli" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_joint_council_abbreviated_in_a_timed_table(morph):
    got = roles(TIMED_TABLE, "fi", morph)
    assert ("Harju Sirpa", "chair", "Yhtymävaltuusto") in got
    assert ("Ranta Veli", "vice_chair", "Yhtymävaltuusto") in got
    # an official's row holds no seat, a head word no part of a name
    assert not any(p == "Aarne Heino" for p, _r, _b in got)
    assert not any("Muu" in p.split() for p, _r, _b in got)


SEAT_ITEMS = (
    "2 Viranomainen Pöytäkirja 2/2021 KYLÄMAAN KUNTA 12 Sivistyslautakunta KOKOUSAIKA klo "
    "KOKOUSPAIKKA SAAPUVILLA OLLEET JÄSENET (ja merkitä siitä, kuka toimi puheenjohtajana) "
    "Kylän koulu (Koulutie 1) Lehto Aino puheenjohtaja Virta Bo varapuheenjohtaja Salo Eeva "
    "jäsen Niemi Olli jäsen Kivi Pertti jäsen, poistuneena klo Koski Anja jäsen, poistuneena "
    "klo Harju Sirpa jäsen Laine Esko varajäsen MUUT SAAPUVILLA OLLEET (ja läsnäolon peruste) "
    "Heino Aarne Ranta Veli esittelijä, rehtori sihteeri LAILLISUUS JA PÄÄTÖS- VALTAISUUS "
    "Kokous todettiin lailliseksi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_seats_after_names_go_on_past_a_note_of_leaving(morph):
    got = roles(SEAT_ITEMS, "fi", morph)
    assert ("Aino Lehto", "chair", "Sivistyslautakunta") in got
    for name in ("Kivi Pertti", "Anja Koski", "Harju Sirpa"):
        assert (name, "member", "Sivistyslautakunta") in got
    assert ("Esko Laine", "deputy_member", "Sivistyslautakunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_seats_before_names_are_not_read_as_after(morph):
    # guard: a name after the last seat: the seats may come before the names
    text = SEAT_ITEMS.split(" MUUT SAAPUVILLA")[0] + " Ranta Veli\n"
    assert not any(f.rule == "seat-items-with-notes" for f in findings(text, "fi", morph))


NICKNAME = (
    "Seuran kevätkokous (4.5.) valitsi uudeksi puheenjohtajaksi Aino-Maria ”Ainski” Nurmisen.\n"
    "Hallituksessa jatkavat Bo Ek, Eeva Salo ja Olli Mäki.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_nickname_in_quotation_marks_inside_a_name(morph):
    got = roles(NICKNAME, "fi", morph)
    assert ("Aino-Maria Nurminen", "chair", "Hallitus") in got
    assert not any("Ainski" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_quoted_word_after_a_name_is_no_nickname(morph):
    # guard: a quoted title after the whole name is left as it is
    text = NICKNAME.replace("Aino-Maria ”Ainski” Nurmisen.", "Aino-Maria Nurmisen.")
    text += "Kirjan ”Kesä” kirjoitti Eeva Salo.\n"
    got = roles(text, "fi", morph)
    assert ("Aino-Maria Nurminen", "chair", "Hallitus") in got
    assert not any("Kirjan" in p.split() for p, _r, _b in got)


NEW_FOR_TERMS = (
    "Seuran kevätkokous valitsi uudeksi puheenjohtajaksi Aino Nurmisen.\n"
    "Hallituksessa jatkavat Bo Ek, Eeva Salo ja Olli Mäki. Seuraavaksi kaksivuotiskaudeksi "
    "valittiin uusina Kerttu Aalto ja Sini Peltola sekä yksivuotiskaudeksi Veli Ranta.\n"
    "Pirjo Harju on toiminut seuran puheenjohtajana vuodesta 2015.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_new_members_elected_for_terms_join_the_continuing_ones(morph):
    got = roles(NEW_FOR_TERMS, "fi", morph)
    for name in ("Aalto Kerttu", "Peltola Sini", "Ranta Veli"):
        assert (name, "member", "Hallitus") in got
    # the chair since a year hands over to the new one
    assert not any(p == "Harju Pirjo" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_new_ones_for_terms_with_no_members_before_get_no_body(morph):
    # guard: no sentence before names the board's members
    text = NEW_FOR_TERMS.replace("Hallituksessa jatkavat Bo Ek, Eeva Salo ja Olli Mäki. ", "")
    assert not any(f.rule == "new-members-for-terms" for f in findings(text, "fi", morph))


OTHERS_PRESENT = (
    "Pöytäkirja 2/2021 Sivistyslautakunta MUUT SAAPUVILLA OLLEET (ja läsnäolon peruste) Heino "
    "Aarne Ranta Veli Kallio Senja Ilves Tarmo esittelijä, koulun rehtori asiantuntija, läsnä "
    "pykälissä 4 6, poistui klo kunnanhallituksen edustaja kunnanhallituksen puheenjohtaja "
    "LAILLISUUS JA PÄÄTÖSVALTAISUUS Kokous todettiin lailliseksi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_others_present_then_their_posts_in_the_same_order(morph):
    got = roles(OTHERS_PRESENT, "fi", morph)
    assert ("Ilves Tarmo", "chair", "Kunnanhallitus") in got
    assert not any(p in ("Aarne Heino", "Ranta Veli") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_others_present_with_a_post_missing_pair_none(morph):
    # guard: four names, three posts: the order cannot be trusted
    text = OTHERS_PRESENT.replace("asiantuntija, läsnä pykälissä 4 6, poistui klo ", "")
    assert not any(f.rule == "names-then-entries" for f in findings(text, "fi", morph))

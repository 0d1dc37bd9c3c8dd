"""hytegraph extract on layouts met in the fifty-eighth to sixty-first held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, needs_voikko, roles

BOARD_BY_TERMS = (
    "Förslag till styrelsen för Kustbygdens idrottsråd\n\n"
    "Styrelsens sammansättning år 2024\n\n"
    "Ordförande\n"
    "Gunnel Åkerlund (Kustbygdens Friidrott)\n\n"
    "Mandatperiod 2023-2024 (i tur att avgå):\n"
    "Holger Fransén (Norrviks Simförening), ersättare Maja Lindroos (Kustbygdens Scouter)\n"
    "Ebba Nordqvist (Västby Bollklubb /Västby Ungdom), ersättare Tor Rönnholm (VBK)\n\n"
    "Mandatperiod 2024-2025\n"
    "Sixten Backlund (Kustbygdens Skidförbund), ersättare Ida Granroth (Norrviks Gymnaster)\n"
    "Viveka Storsjö (Västby Seglare), ersättare\n"
)


def _board(morph):
    return {
        (key(f.actor.name), f.role)
        for f in findings(BOARD_BY_TERMS, "sv", morph)
        if f.kind == "membership" and not f.status
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_term_line_without_a_colon_keeps_the_board_list_going(morph):
    got = _board(morph)
    assert (key("Sixten Backlund"), "member") in got
    assert (key("Ida Granroth"), "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_with_a_personal_deputy_is_no_representative(morph):
    got = _board(morph)
    assert (key("Holger Fransén"), "member") in got
    assert (key("Maja Lindroos"), "deputy_member") in got
    assert not any(r == "representative" for _p, r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_slash_inside_the_organisation_parenthesis_is_no_pair(morph):
    got = _board(morph)
    assert (key("Ebba Nordqvist"), "member") in got
    assert (key("Tor Rönnholm"), "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_empty_deputy_cell_leaves_the_line_a_member(morph):
    got = _board(morph)
    assert (key("Viveka Storsjö"), "member") in got
    assert (key("Viveka Storsjö"), "deputy_member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_alone_under_lines_with_other_deputy_words_stays_a_deputy(morph):
    text = (
        "Förbundsrådet\n\n"
        "Ledamöter och suppleanter\n"
        "     Tove Nylund, personlig suppleant Arvid Sjöblom\n"
        "Leif Kronqvist, personlig suppleant Elin Häggman\n"
        "     Saga Wikström, suppleant\n"
    )
    got = {
        (key(f.actor.name), f.role)
        for f in findings(text, "sv", morph)
        if f.kind == "membership" and not f.status
    }
    assert (key("Saga Wikström"), "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_term_line_under_no_list_starts_none(morph):
    text = "Årsberättelse\n\nMandatperiod 2024-2025\nSixten Backlund (Kustbygdens Skidförbund)\n"
    assert not any(p == key("Sixten Backlund") for p, _r, _b in roles(text, "sv", morph))


AUTUMN_MEETING = (
    "Kustbygdens hembygdsförbund höll höstmöte den 9 december 2024.\n\n"
    "De styrelseledamöter som stod i tur att avgå, det vill säga Ulrika Sandvik, Håkan Lindgren "
    "samt Mona Forsberg, ordförande för Hembygdsföreningen i Västby, omvaldes.\n\n"
    "Pernilla Åström valdes till ny styrelseledamot i stället för Rolf Helander, som tidigare "
    "var kassör och nu lämnar förbundets styrelse.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_in_turn_to_leave_that_is_a_run_re_elected_keep_their_seats(morph):
    got = {(p, r) for p, r, _b in roles(AUTUMN_MEETING, "sv", morph)}
    assert (key("Ulrika Sandvik"), "member") in got
    assert (key("Håkan Lindgren"), "member") in got
    assert (key("Mona Forsberg"), "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_one_who_now_leaves_in_the_new_ones_place_holds_no_seat(morph):
    got = roles(AUTUMN_MEETING, "sv", morph)
    assert not any(p == key("Rolf Helander") for p, _r, _b in got)
    assert not any(p == key("Pernilla Åström") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_relative_clause_without_that_is_opens_no_run(morph):
    text = (
        "Kustbygdens hembygdsförbund höll höstmöte den 9 december 2024.\n\n"
        "De styrelseledamöter som stod i tur att avgå tackade Ulrika Sandvik, Håkan Lindgren "
        "och Mona Forsberg för samarbetet.\n"
    )
    assert not roles(text, "sv", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_compound_seat_word_after_elected_to_gives_the_seat(morph):
    text = (
        "Västby hembygdsförening höll årsmöte den 4 april 2024.\n\n"
        "Ingrid Wallenius valdes till ny styrelseledamot på föreningens årsmöte. "
        "Oskar Hägglund valdes till styrelsesuppleant.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "sv", morph)}
    assert (key("Ingrid Wallenius"), "member") in got
    assert (key("Oskar Hägglund"), "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_compound_seat_of_one_who_has_died_is_no_seat(morph):
    text = (
        "Fullmäktige sammanträdde.\n\n"
        "Så hedrades fullmäktigeledamot Valter Rosenqvist (SFP) som avlidit.\n"
    )
    assert not any(p == key("Valter Rosenqvist") for p, _r, _b in roles(text, "sv", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_whose_own_term_begins_later_is_still_to_come(morph):
    text = (
        "Höstmöte\n\n"
        "Förbundet höll sitt höstmöte den 6 november.\n\n"
        "Styrelseledamöterna Alva Grönlund, Petter Sjöholm och Linnea Kvist omvaldes för en ny "
        "tvåårsperiod (2023-2024). Ny styrelseledamot är Erik Sundqvist från Borgå (vald för "
        "2024-2025).\n"
    )
    got = roles(text, "sv", morph)
    assert not any(p == key("Erik Sundqvist") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_whose_own_term_has_begun_is_held(morph):
    text = (
        "Höstmöte\n\n"
        "Förbundet höll sitt höstmöte den 6 november.\n\n"
        "Styrelseledamöterna Alva Grönlund, Petter Sjöholm och Linnea Kvist omvaldes för en ny "
        "tvåårsperiod (2023-2024). Ny styrelseledamot är Erik Sundqvist från Borgå (vald för "
        "2023-2024).\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "sv", morph)}
    assert (key("Erik Sundqvist"), "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurer_after_the_chair_is_a_member_of_the_chairs_body(morph):
    text = (
        "Årsmöte 2025\n"
        "Hörselföreningen i Norrby har den 14 mars genomfört sitt årsmöte.\n"
        "Val:\n"
        "Ordförande Sigrid Almqvist, kassör Bertil Nordström.\n"
        "Ledamöter: Agneta Fält och Rune Hedlund\n"
    )
    got = roles(text, "sv", morph)
    chair = {b for p, r, b in got if p == key("Sigrid Almqvist") and r == "chair"}
    assert chair
    assert {b for p, r, b in got if p == key("Bertil Nordström") and r == "member"} == chair


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurer_with_no_officer_before_gets_no_seat_from_that_rule(morph):
    text = "Vid mötet talade Olle Berg, kassör Bertil Nordström.\n"
    assert not any(f.rule == "text-treasurer" for f in findings(text, "sv", morph))


ASSOCIATION_OFFICERS = (
    "Toimintakertomus vuodelta 2024\n\n"
    "2. Hallinto\n\n"
    "Vuonna 2024 seuran puheenjohtajana toimi Raimo Kettunen, varapuheenjohtajana Sirpa\n"
    "Halonen ja sihteerinä Petra Lindqvist. Muut hallituksen jäsenet olivat Jouko Ranta, "
    "Eila Mattila ja Kari Pesonen. Hallitus kokoontui neljä kertaa. Hallituksen asettaman "
    "retkitoimikunnan puheenjohtajana toimi Eila Mattila, jäseninä Jouko Ranta ja Kari "
    "Pesonen, joka toimi myös\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_officers_before_the_others_of_a_board_are_the_boards(morph):
    got = {(p, r) for p, r, _b in roles(ASSOCIATION_OFFICERS, morph=morph)}
    assert (key("Raimo Kettunen"), "chair") in got
    assert (key("Sirpa Halonen"), "vice_chair") in got
    assert (key("Petra Lindqvist"), "secretary") in got
    assert (key("Jouko Ranta"), "member") in got


@needs_voikko
def test_a_relative_clause_after_the_last_name_ends_the_run(morph=None):
    got = roles(ASSOCIATION_OFFICERS, morph=morph)
    committee = {p for p, r, b in got if "toimikun" in b.casefold() and r == "member"}
    assert key("Kari Pesonen") in committee


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_with_no_others_sentence_after_get_no_body(morph):
    text = (
        "Vuonna 2024 seuran puheenjohtajana toimi Raimo Kettunen ja sihteerinä Petra "
        "Lindqvist. Seura järjesti kolme retkeä.\n"
    )
    assert not roles(text, morph=morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_relative_clause_giving_a_term_does_not_end_the_run(morph):
    text = (
        "Västby seniorer fick delvis ny styrelse när föreningen hade höstmöte förra veckan.\n"
        "Nya styrelsemedlemmar är Asta Kronberg och Nils Westerlund, som valdes för perioden "
        "2026-2028.\n"
    )
    assert not any(p == key("Asta Kronberg") for p, _r, _b in roles(text, "sv", morph))


MUNICIPALITY_COLUMN = (
    "Vanhusneuvoston jäsenet kunnittain (suluissa henkilökohtainen varajäsen)\n"
    "- Kuhmoinen Aila Rantanen (Seppo Kuusela)\n"
    "- Multia Esko Laitinen (Marjut Kettunen)\n"
    "- Luhanka Sari Lehtola\n"
)


@needs_voikko
def test_a_municipality_before_each_name_of_a_list_is_no_part_of_the_name(morph=None):
    got = {
        (f.actor.name, f.role, f.on_behalf_of.name if f.on_behalf_of else "")
        for f in findings(MUNICIPALITY_COLUMN, morph=morph)
        if f.kind == "membership" and not f.status
    }
    assert ("Aila Rantanen", "member", "Kuhmoinen") in got
    assert ("Esko Laitinen", "member", "Multia") in got
    assert ("Sari Lehtola", "member", "Luhanka") in got
    assert not any(name.startswith(("Kuhmoinen", "Multia")) for name, _r, _o in got)


@needs_voikko
def test_one_three_word_name_starting_with_a_place_word_is_left_whole(morph=None):
    text = "Vanhusneuvoston jäsenet\n- Pori Aila Rantanen\n- Esko Laitinen\n"
    names = {f.actor.name for f in findings(text, morph=morph) if f.kind == "membership"}
    assert "Aila Rantanen" not in names


COMPOSITION_RUN = (
    "Ministeriö asettaa kielitaitohankkeen ohjausryhmän toimikaudeksi 1.2. - 31.12.2025. "
    "KOKOONPANO: Puheenjohtaja kansliapäällikkö Raili Honkanen Jäsenet johtaja Ossi Kantola ja "
    "varajäsen erityisasiantuntija Leena Vuorio Pysyvät asiantuntijat Johtaja Kirsi Paavola, "
    "Kielikeskus Toimitusjohtaja Veli Hiltunen, Opetushallitus Ensimmäinen varapuheenjohtaja "
    "Mari Lepistö, Nuorisoneuvosto\n"
)


@needs_voikko
def test_where_a_listed_person_comes_from_is_no_body_of_the_roles(morph=None):
    got = roles(COMPOSITION_RUN, morph=morph)
    assert not any(p == key("Mari Lepistö") for p, _r, _b in got)
    chair = {b for p, r, b in got if p == key("Raili Honkanen") and r == "chair"}
    assert chair and all("ohjausryhmä" in b for b in chair)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_group_named_after_a_comma_before_its_officer_is_still_the_officers(morph):
    text = (
        "Paikalla olivat kunnanhallituksen puheenjohtaja Kari Viherlahti, Vasemmistoliiton "
        "valtuustoryhmän puheenjohtaja Saara Vuoti ja muita.\n"
    )
    got = roles(text, morph=morph)
    assert any(p == key("Saara Vuoti") and "valtuustoryhm" in b.casefold() for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_second_officer_after_a_comma_ends_the_first_officers_names(morph):
    text = (
        "Distriktets styrelse består av ordförande Gunvor Stenlund, vice ordförande Alf "
        "Nyqvist samt Elvi Granqvist, Rurik Sjöblom och Astrid Holmqvist.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "sv", morph)}
    assert (key("Gunvor Stenlund"), "chair") in got
    assert (key("Alf Nyqvist"), "vice_chair") in got
    assert not any(r == "chair" and p != key("Gunvor Stenlund") for p, r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurer_after_a_comma_ends_the_chairs_names(morph):
    text = (
        "Distriktets styrelse består av ordförande Gunvor Stenlund, kassör Alf Nyqvist samt "
        "Elvi Granqvist, Rurik Sjöblom och Astrid Holmqvist.\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "sv", morph)}
    assert (key("Gunvor Stenlund"), "chair") in got
    assert not any(r == "chair" and p != key("Gunvor Stenlund") for p, r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_town_after_most_names_of_a_sentence_is_no_part_of_them(morph):
    text = (
        "Distriktets styrelse består av ordförande Gunvor Stenlund Lycksele, kassör Alf Nyqvist "
        "Skellefteå samt Elvi Granqvist Norsjö, Rurik Sjöblom Åsele, Astrid Holmqvist Vindeln "
        "och Harald Berglund, Robertsfors.\n"
    )
    names = {p for p, _r, _b in roles(text, "sv", morph)}
    assert key("Elvi Granqvist") in names
    assert key("Rurik Sjöblom") in names
    assert not any("Norsjö" in p or "Åsele" in p for p in names)


@pytest.mark.parametrize("morph", MORPHS)
def test_three_word_names_that_are_few_keep_their_last_word(morph):
    text = (
        "Distriktets styrelse består av ordförande Anna Maria Lund, Elvi Granqvist, Rurik "
        "Sjöblom och Astrid Holmqvist.\n"
    )
    names = {f.actor.name for f in findings(text, "sv", morph) if f.kind == "membership"}
    assert "Anna Maria" not in names


NEW_CHAIR_AFTER = (
    "Reumaföreningen i Norrby har haft årsmöte. Ordförande Gösta Lindahl hälsade alla "
    "välkomna.\n\n"
    "Agnes Holmberg blev ny ordförande och Tage Ekström blev ordinarie ledamot. Övriga i "
    "styrelsen är Vera Sundin, Klas Öberg och Ruth Wikman. Ebbe Forslund är suppleant.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_who_became_the_new_chair_is_the_chair_and_the_old_chairs_seat_ends(morph):
    got = {(p, r) for p, r, _b in roles(NEW_CHAIR_AFTER, "sv", morph)}
    assert (key("Agnes Holmberg"), "chair") in got
    assert (key("Tage Ekström"), "member") in got
    assert (key("Tage Ekström"), "chair") not in got
    assert not any(p == key("Gösta Lindahl") for p, _r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_others_in_the_board_are_its_members(morph):
    got = {(p, r) for p, r, _b in roles(NEW_CHAIR_AFTER, "sv", morph)}
    assert (key("Vera Sundin"), "member") in got
    assert (key("Ruth Wikman"), "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_proposed_as_new_chair_is_not_read_as_became(morph):
    text = (
        "Där föreslog valberedningen Centerns Agnes Holmberg som ny ordförande i kulturnämnden.\n"
    )
    assert not any(
        b.casefold().startswith("valberedning") for _p, _r, b in roles(text, "sv", morph)
    )


SLASH_TABLE = (
    "Puheenjohtaja: Aune Kivelä (kesk.)\n"
    "1. varapuheenjohtaja: Olli Rasinkangas (kok.)\n\n"
    "Valtuutettu / Kunta / Puolue\n\n"
    "Haapala, Riikka / Kuusijoki / sd.\n"
    "Immonen, Pertti / Ylämaa / kesk.\n"
    "Jokela, Sanna-Mari / Kuusijoki / vihr.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_slash_rows_under_a_member_column_header_are_the_bodys_members(morph):
    text = "Kuusijoen aluevaltuusto\n\n" + SLASH_TABLE
    got = roles(text, morph=morph)
    chair_body = {b for p, r, b in got if p == key("Aune Kivelä") and r == "chair"}
    assert chair_body
    for name in ("Riikka Haapala", "Pertti Immonen", "Sanna-Mari Jokela"):
        assert (key(name), "member", next(iter(chair_body))) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_slash_rows_with_no_body_above_give_no_seats(morph):
    assert not any(
        f.rule == "slash-table-row" for f in findings(SLASH_TABLE.split("\n\n", 1)[1], morph=morph)
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_the_secretary_beside_the_meetings_chair_is_the_meetings_too(morph):
    text = (
        "Protokoll fört vid föreningens årsmöte den 4 mars 2025.\n\n"
        "2. Till ordförande för mötet valdes Helge Nordin, till sekreterare Siri Backlund.\n"
    )
    assert not roles(text, "sv", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_board_officers_word_is_no_body(morph):
    text = (
        "Föreningen höll årsmöte den 8 mars 2025. Även Åsa Grip och Nils Ryd omvaldes som "
        "styrelsefunktionärer och Leo Falk valdes in som ny ledamot.\n"
    )
    assert not any("funktionär" in b.casefold() for _p, _r, b in roles(text, "sv", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_place_and_the_next_labels_first_word_are_no_name(morph):
    text = (
        "Förbundsstyrelsens sammansättning Ordförande: Ragnar Lidholm, Hudiksvall Vice "
        "ordförande: Tyra Edberg, Gävle Sekreterare: Elsa Wåhlin, Täby\n"
    )
    got = roles(text, "sv", morph)
    assert (key("Ragnar Lidholm"), "chair", "Förbundsstyrelsen") in got
    assert not any("Vice" in p and r == "chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_term_between_the_role_and_re_elected_still_reads(morph):
    text = (
        "Föreningen höll årsmöte den 9 mars 2025. Till ordförande för år 2025 återvaldes "
        "Torvald Snellman.\n"
    )
    assert any(
        p == key("Torvald Snellman") and r == "chair" for p, r, _b in roles(text, "sv", morph)
    )


def test_a_name_read_across_a_blank_line_ends_at_the_line_break():
    from hytegraph.authoring.extract.findings import Finding
    from hytegraph.authoring.extract.mentions import Mention
    from hytegraph.authoring.extract.walker import Walk, Walker

    text = "styrelse är magister Maja Wiik\n \nUnder mötet valdes Edvin Rask till ordförande.\n"
    start = text.index("Maja")
    end = text.index("Under") + len("Under")
    person = Mention(start, end, "Maja Wiik Under", "Maja Wiik Under", "person", 0.6)
    body = Mention(0, 8, "styrelse", "Styrelse", "board", 0.6)
    walk = Walk(findings=[Finding("membership", person, "member", body, (0, end), 0.6, "t")])
    Walker._names_across_paragraphs(text, walk)
    assert walk.findings[0].actor.name == "Maja Wiik"
    assert text[walk.findings[0].actor.start : walk.findings[0].actor.end] == "Maja Wiik"


@needs_voikko
def test_the_next_items_first_word_is_no_part_of_a_name(morph=None):
    text = (
        "Ministeriö asettaa kielihankkeen ohjausryhmän toimikaudeksi 1.2. - 31.12.2025. "
        "KOKOONPANO: Puheenjohtaja kansliapäällikkö Raili Honkanen Varapuheenjohtajat "
        "Ensimmäinen varapuheenjohtaja johtaja Ossi Kantola Toinen varapuheenjohtaja "
        "erityisasiantuntija Leena Vuorio\n"
    )
    names = {f.actor.name for f in findings(text, morph=morph) if f.kind == "membership"}
    assert not any(n.endswith("Toinen") for n in names)


@needs_voikko
def test_a_title_then_a_first_name_begins_the_next_item():
    from hytegraph.authoring.extract.lexicon import lexicon
    from hytegraph.authoring.extract.morphology import morphology
    from hytegraph.authoring.extract.walker import Walker

    walker = Walker(lexicon("fi"), morphology())
    assert walker._title_then_first_name(["Leena", "Vuorio", "Opetusministeri", "Pentti"]) == 2
    # a three-word name, or a fourth word that is no first name, is left whole
    assert walker._title_then_first_name(["Ritva", "Kivi", "Opetusministeri"]) is None
    assert walker._title_then_first_name(["Leena", "Vuorio", "Opetusministeri", "Kivi"]) is None


@needs_voikko
def test_where_an_officer_comes_from_in_the_elative_is_no_body(morph=None):
    text = (
        "Ministeriö asetti Puhtaat koulut 2030 -ohjelmalle ohjausryhmän ja sihteeristön.\n"
        "Samalla asetettiin sihteeristö. Puheenjohtajana toimii hallitusneuvos Riitta Lahtela "
        "valtioneuvoston kansliasta ja jäseninä ovat neuvotteleva virkamies Eero Paasio "
        "sosiaali- ja terveysministeriöstä.\n"
    )
    got = roles(text, morph=morph)
    assert not any(b.casefold().startswith("valtioneuvosto") for _p, _r, b in got)
    assert not any(b.startswith("-") for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_to_an_ordinary_compound_seat(morph):
    text = (
        "Föreningen höll årsmöte den 9 mars 2025. Ebba Kronlund valdes till ordinarie "
        "styrelsemedlem.\n"
    )
    assert (key("Ebba Kronlund"), "member") in {(p, r) for p, r, _b in roles(text, "sv", morph)}


DECLINED = (
    "Föreningen höll årsmöte den 9 mars 2025.\n\n"
    "I tur att avgå som styrelseledamöter var Rune Haglund och Tove Ekblom. Rune Haglund "
    "omvaldes, medan Tove Ekblom inte ställde upp för omval.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_who_did_not_stand_for_re_election_holds_no_seat(morph):
    got = roles(DECLINED, "sv", morph)
    assert not any(p == key("Tove Ekblom") for p, _r, _b in got)
    assert any(p == key("Rune Haglund") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_declining_said_of_two_people_ends_no_one_by_this_rule(morph):
    text = DECLINED.replace(
        "Rune Haglund omvaldes, medan Tove Ekblom inte", "Rune Haglund och Tove Ekblom ställde inte"
    ).replace("ställde upp för omval", "upp för omval")
    # (whose words these are is not one person's: the seats the run gave stand)
    got = roles(text, "sv", morph)
    assert any(p == key("Tove Ekblom") for p, _r, _b in got)

"""hytegraph extract on layouts met in the sixty-fifth and sixty-seventh held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.tagger import no_seat_said
from tests.extract_snippets import MORPHS, held, roles

OFFICERS_WITH_ORDINAL_WORDS = (
    "Kyrkorådet\n\n"
    "Ordförande: Elsa Grönqvist (S)\n"
    "Förste vice ordförande: Nils Åhlund (C)\n"
    "Andre vice ordförande: Tove Lindkvist (M)\n\n"
    "Ledamöter\n"
    "Ragnar Sköld\n"
    "Ylva Hedström\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_ordinal_word_before_vice_chair_keeps_the_vice_chair(morph):
    got = held(OFFICERS_WITH_ORDINAL_WORDS, "sv", morph)
    assert ("Nils Åhlund", "vice_chair", "Kyrkorådet") in got
    assert ("Tove Lindkvist", "vice_chair", "Kyrkorådet") in got
    assert ("Nils Åhlund", "member", "Kyrkorådet") not in got
    assert ("Ragnar Sköld", "member", "Kyrkorådet") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_other_before_members_is_no_ordinal(morph):
    # "Andra ledamöter": the other members, not a second vice chair
    got = held(
        "Styrelsen\n\nOrdförande: Elsa Grönqvist\nAndra ledamöter: Ragnar Sköld, Ylva Hedström\n",
        "sv",
        morph,
    )
    assert not any(r == "vice_chair" for _p, r, _b in got)


CLERGY_TITLE_IN_LIST = (
    "Kyrkorådet 2024-2027\n\n"
    "Ledamöter\n"
    "Ordförande Gunvor Strand\n"
    "Vice ordförande Erik Vallin\n"
    "Hedda Nyqvist\n"
    "Komminister Sune Fagerlund\n"
    "Kyrkoherde Viktor Ahlgren\n\n"
    "Ersättare\n"
    "Majken Roos\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_clergy_title_before_a_name_is_no_part_of_it(morph):
    got = held(CLERGY_TITLE_IN_LIST, "sv", morph)
    assert ("Viktor Ahlgren", "member", "Kyrkorådet") in got
    assert ("Sune Fagerlund", "member", "Kyrkorådet") in got
    assert not any(p.startswith(("Kyrkoherde", "Komminister")) for p, _r, _b in got)
    assert ("Majken Roos", "deputy_member", "Kyrkorådet") in got


LONG_DEPUTY_RUN = (
    "Kyrkofullmäktige sammanträder fyra gånger om året.\n\n"
    "Ledamöter:\n"
    "Otto Blom, Sanna Rask, Jonas af Hällström och Greta Wiik.\n\n"
    "Ersättare:\n"
    "Irma Sundqvist, Leif Hagberg, Axel von Knorring, Petra Ylönen, Ronja Kvist, "
    "Tor Backman, Hilda Nyberg, Mirjam Šimková\n\n"
    "Det finns två utskott som bereder fullmäktiges ärenden.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_long_run_of_names_without_a_full_stop_ends_at_the_blank_line(morph):
    got = roles(LONG_DEPUTY_RUN, "sv", morph)
    deputies = {p for p, r, _b in got if r == "deputy_member"}
    assert len(deputies) == 8
    assert ("Axel Knorring von", "deputy_member", "Kyrkofullmäktige") in got
    assert ("Mirjam Šimková", "deputy_member", "Kyrkofullmäktige") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sentence_after_a_blank_line_still_continues_a_sentence(morph):
    # a line that is not names only goes on into the next line as before
    got = held(
        "Styrelsen består av ordförande Hilda Nyberg och ledamöterna Tor Backman, "
        "Ronja Kvist\n\noch Petra Ylönen.\n",
        "sv",
        morph,
    )
    assert ("Hilda Nyberg", "chair", "Styrelsen") in got


VICE_CHAIR_IN_PROSE = (
    "Kyrkorådet sammanträder varannan vecka. Kyrkorådet består av 11 ledamöter med "
    "kyrkoherden Oskar Lindeman som ordförande. Frida Hellsten är vald till vice ordförande.\n\n"
    "Ledamöter:\n"
    "Agnes Rosqvist, Mauritz Ekroos, Sofia Lassus och Frida Hellsten.\n\n"
    "DIREKTIONEN FÖR DIAKONI\n\n"
    "Ordförande Holger Tallqvist\n"
    "Ledamöter: Rut Wikström, Emil Sandin\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_is_elected_vice_chair_takes_the_body_of_its_paragraph(morph):
    got = held(VICE_CHAIR_IN_PROSE, "sv", morph)
    assert ("Frida Hellsten", "vice_chair", "Kyrkorådet") in got
    assert not any(p == "Frida Hellsten" and b != "Kyrkorådet" for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_to_another_post_in_prose_is_no_officer(morph):
    # "är vald till ledamot": no officer's post, nothing read from the sentence itself
    got = held("Frida Hellsten är vald till revisor.\n", "sv", morph)
    assert not any(p == "Frida Hellsten" for p, _r, _b in got)


OFFICERS_UNTIL_AND_FROM = (
    "STYRELSEN\n"
    "Styrelsen för Kvarnby seniorer r.f. har bestått av följande personer:\n"
    "Alvar Lindgren                 ordförande\n"
    "Saga Holmström                  viceordförande\n"
    "Dagny Eklöf                     sekreterare t.o.m. april 2021\n"
    "Ture Westerlund                 sekreterare fr.o.m. april 2021\n"
    "Elvi Grahn                      kassör t.o.m. oktober 2021\n"
    "Valter Sved                     kassör fr.o.m. oktober 2021\n"
    "Aina Storm                      medlem\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_held_until_a_month_is_left_and_from_a_month_held(morph):
    got = {(p, r) for p, r, _b in held(OFFICERS_UNTIL_AND_FROM, "sv", morph)}
    assert ("Ture Westerlund", "secretary") in got
    assert ("Valter Sved", "member") in got
    assert not any(p in ("Dagny Eklöf", "Elvi Grahn") for p, _r in got)
    assert ("Alvar Lindgren", "chair") in got
    assert ("Aina Storm", "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_until_without_a_month_is_not_read_as_a_term(morph):
    # "t.o.m." before no month: nothing said of when the seat ended
    got = {
        (p, r)
        for p, r, _b in held(
            "Styrelsen har bestått av följande personer:\nDagny Eklöf   sekreterare\n"
            "Elvi Grahn   medlem t.o.m. nästa möte\n",
            "sv",
            morph,
        )
    }
    assert ("Dagny Eklöf", "secretary") in got
    assert not any(p == "Elvi Grahn" and r != "member" for p, r in got)


NEWS_ITEM_BOARD = (
    "Ny ordförande i Seglarförbundet Kust\n\n"
    "Hugo Wennström har tagit över ordförandeklubban efter förbundets mångårige ordförande "
    "Arvid Lillqvist.\n"
    "Övriga nya medlemmar är Signe Mörn, Lemland, Rasmus Ek, Geta, och Tilda Jern, Vårdö.\n"
    "Styrelsemedlemmarna som fortsätter till 2027 är Aron Holmén, Lovisa Dahl och Ebba Franck.\n"
    "Förbundets årsmöte hölls i Finström.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_continuing_board_members_in_a_relative_clause(morph):
    got = roles(NEWS_ITEM_BOARD, "sv", morph)
    for name in ("Aron Holmén", "Lovisa Dahl", "Ebba Franck"):
        assert (" ".join(sorted(name.split())), "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_other_new_members_with_homes_take_the_body_the_page_joins_to_its_seats(morph):
    got = held(NEWS_ITEM_BOARD, "sv", morph)
    for name in ("Signe Mörn", "Rasmus Ek", "Tilda Jern"):
        assert (name, "member", "Styrelse") in got
    assert not any(p in ("Lemland", "Geta", "Vårdö") or "Lemland" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_chair_succeeded_holds_no_seat(morph):
    got = held(NEWS_ITEM_BOARD, "sv", morph)
    assert not any(p == "Arvid Lillqvist" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_other_new_members_without_a_body_on_the_page_are_not_read(morph):
    got = held("Övriga nya medlemmar är Signe Mörn, Rasmus Ek och Tilda Jern.\n", "sv", morph)
    assert got == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_where_not_every_name_has_a_home_is_no_run_of_homes(morph):
    got = held(
        "Nya styrelsemedlemmar är Signe Mörn, Lemland, Rasmus Ek och Tilda Jern, Vårdö.\n",
        "sv",
        morph,
    )
    assert not any(p == "Lemland" or "Vårdö" in p for p, _r, _b in got)


DASH = "\u2013"  # the en dash a quotation or a list item begins with

QUOTED_SPEAKER = (
    "Ungdomsrådet\n\n"
    "Ledamöter:\n"
    "Ella Rosbäck, Sebbe Wiklund och Minna Granholm.\n\n"
    f"{DASH} Unga Röster i Vasa kommer att fortsätta arbeta för fler mötesplatser, säger Rosbäck.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_quotation_after_a_dash_is_no_list_item(morph):
    got = held(QUOTED_SPEAKER, "sv", morph)
    assert ("Ella Rosbäck", "member", "Ungdomsrådet") in got
    assert not any("Unga" in p or "Röster" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_dash_list_of_names_stays_a_list(morph):
    lines = "".join(f"{DASH} {n}\n" for n in ("Ella Rosbäck", "Sebbe Wiklund", "Minna Granholm"))
    got = held(f"Styrelsen\n\n{lines}", "sv", morph)
    assert ("Sebbe Wiklund", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_chair_of_a_named_organisation_is_not_the_pages_board(morph):
    got = held(
        "Styrelsen sammanträdde i Nykarleby.\n"
        "Ella Rosbäck har valts till ny ordförande för Unga Röster i Vasa under kvällens möte.\n",
        "sv",
        morph,
    )
    assert not any(p == "Ella Rosbäck" and b == "Styrelsen" for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_chair_elected_by_the_board_keeps_the_board(morph):
    got = held("Styrelsen valde Ella Rosbäck till ny ordförande.\n", "sv", morph)
    assert ("Ella Rosbäck", "chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_role_after_a_sentence_naming_another_body_does_not_take_the_body_above(morph):
    text = (
        "Olle Berg (M) valdes som ordförande i kulturnämnden, med Rut Lind (C) som förste vice "
        "ordförande och nuvarande ordförande Eva Sand (S) som andre vice ordförande.\n\n"
        "Efter Holm\n\n"
        "I fritids- och turismnämnden blev Lisa Ström ordförande sedan Kim Holm (C) avsagt sig "
        "uppdraget. Centerns Maja Rask blev andre vice ordförande efter Lisa Ström.\n"
    )
    got = held(text, "sv", morph)
    assert not any(p == "Maja Rask" and "kultur" in b.casefold() for p, _r, b in got)


FEDERATION_BOARD = (
    "Cykelförbundets förbundsstyrelse 2024-2026\n\n"
    "Omval:\n"
    "Ebba Lind, Västsverige, förbundsordförande\n"
    "Ola Berg, Norrbotten, vice förbundsordförande\n"
    "Kim Rask, Stockholm, vice förbundsordförande/förbundskassör\n"
    "Maja Ek, Kalmar\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_joined_to_the_bodys_level_is_its_officer(morph):
    got = {(p, r) for p, r, _b in held(FEDERATION_BOARD, "sv", morph)}
    assert ("Ebba Lind", "chair") in got
    assert ("Ola Berg", "vice_chair") in got
    assert ("Kim Rask", "vice_chair") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_level_post_of_another_level_is_no_officer_of_the_list(morph):
    # a district's chair listed in a parish board's list: not the board's chair
    got = held(
        "Kyrkorådet 2024\n\nEbba Lind, Vasa, distriktsordförande\nMaja Ek, Kalmar\nOla Berg, Åbo\n",
        "sv",
        morph,
    )
    assert not any(p == "Ebba Lind" and r == "chair" for p, r, _b in got)


POSTS_OVER_NAMES = (
    "Efter avslutat verksamhetsår avger styrelsen för Glutenföreningen i Kalmar län\n"
    "följande verksamhetsberättelse.\n"
    "Styrelsens sammansättning\n"
    "Ordförande\n"
    "Vice ordförande\n"
    "Kassör\n"
    "Ledamot\n"
    "Birgit Holmqvist\n"
    "Leo Sandell\n"
    "Fanny Åberg\n"
    "Ivar Lindblad\n"
    "Greta Nyman\n"
    "Ersättare\n"
    "Hjalmar Roos\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_posts_labels_the_run_of_names_under_it_in_order(morph):
    got = {(p, r) for p, r, _b in held(POSTS_OVER_NAMES, "sv", morph)}
    assert ("Birgit Holmqvist", "chair") in got
    assert ("Leo Sandell", "vice_chair") in got
    assert ("Fanny Åberg", "member") in got
    assert ("Greta Nyman", "member") in got
    assert ("Hjalmar Roos", "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_determiner_after_the_bodys_name_is_no_part_of_it(morph):
    bodies = {b for _p, _r, b in held(POSTS_OVER_NAMES, "sv", morph)}
    assert bodies and not any("följande" in b for b in bodies)


@pytest.mark.parametrize("morph", MORPHS)
def test_more_names_than_posts_ending_in_an_officer_are_not_paired(morph):
    text = POSTS_OVER_NAMES.replace("Kassör\nLedamot\n", "Sekreterare\n")
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Leo Sandell", "vice_chair") not in got
    assert ("Fanny Åberg", "secretary") not in got


VILLAGES_AFTER_NAMES = (
    "Styrelsen 2023\n\n"
    "Ordförande Tore Hägg Lärbro\n\n"
    "Sekreterare Alma Vik Fårösund\n\n"
    "Kassör Edvin Lund Slite\n\n"
    "Ledamot Greta Wallin Slite\n\n"
    "Ledamot Stig Nord Hemse\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_home_after_each_listed_name_is_no_part_of_it(morph):
    got = {(p, r) for p, r, _b in held(VILLAGES_AFTER_NAMES, "sv", morph)}
    assert ("Tore Hägg", "chair") in got
    assert ("Alma Vik", "secretary") in got
    assert ("Edvin Lund", "member") in got
    assert ("Stig Nord", "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_three_word_names_with_no_home_in_common_keep_their_words(morph):
    text = (
        "Styrelsen 2023\n\n"
        "Ordförande Anna Maria Holm\n\n"
        "Sekreterare Lars Erik Dahl\n\n"
        "Ledamot Karin Sofia Berg\n"
    )
    got = {p for p, _r, _b in held(text, "sv", morph)}
    assert not got & {"Anna Maria", "Lars Erik", "Karin Sofia"}


LIST_UNDER_MEMBERS_WORDS = (
    "Resor\n\n"
    "· utflykter i närområdet\n\n"
    "Du kan läsa om våra programpunkter i lokaltidningen.\n\n"
    "Vill du veta mer, kontakta gärna någon av\n"
    "styrelsens medlemmar 2024\n\n"
    "Håkan Lindell ordförande tel: 040-1112233\n\n"
    "Siv Nyholm sekreterare tel: 040-2223344\n\n"
    "Olof Grahn kassör tel: 040-3334455\n\n"
    "Gun Sjöberg tel: 040-4445566\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_line_ending_in_a_bodys_members_names_the_body_of_the_list_under_it(morph):
    got = held(LIST_UNDER_MEMBERS_WORDS, "sv", morph)
    people = {p for p, _r, _b in got}
    assert {"Håkan Lindell", "Siv Nyholm"} <= people
    assert all(b == "Styrelsen" for p, _r, b in got if p in ("Håkan Lindell", "Siv Nyholm"))


@pytest.mark.parametrize("morph", MORPHS)
def test_an_associations_members_at_a_line_end_name_no_body(morph):
    text = LIST_UNDER_MEMBERS_WORDS.replace("styrelsens medlemmar 2024", "föreningens medlemmar")
    got = held(text, "sv", morph)
    assert not any(b == "Föreningen" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_meeting_has_no_deputies(morph):
    text = (
        "Riksstämman öppnades av förbundets ordförande.\n"
        "Som suppleanter valdes Tuva Lind, Rolf Ek och Stina Dahl.\n"
    )
    got = held(text, "sv", morph)
    assert not any(b.casefold().endswith("stämman") and r != "chair" for _p, r, b in got)


def _tagger_may_guess(text: str, name: str) -> bool:
    start = text.index(name)
    return not no_seat_said(lexicon("sv"), text, start, start + len(name))


def test_the_tagger_guesses_no_seat_for_the_minutes_checkers():
    text = "Till ordförande valdes Tuva Lind.\n\nTill Justerare valdes Rolf Ek och Stina Dahl\n"
    assert not _tagger_may_guess(text, "Stina Dahl")
    assert _tagger_may_guess("Styrelsen 2024\n\nRolf Ek\nStina Dahl\n", "Stina Dahl")


def test_the_tagger_guesses_no_seat_for_the_one_succeeded():
    text = "Tuva Lind blev ny viceordförande efter företrädaren Stina Dahl, Sund.\n"
    assert not _tagger_may_guess(text, "Stina Dahl")
    assert _tagger_may_guess("Ledamöter efter omvalet: Stina Dahl\n", "Stina Dahl")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bodys_own_complement_is_no_person(morph):
    text = (
        "Mötet valde ny styrelse för Anhöriga Riks samt diskuterade ekonomin.\n\n"
        "Efter diskussion utsågs enhälligt nya styrelsen för Anhöriga Riks\n\n"
        "Till ordförande valdes Tuva Lind\n"
    )
    got = held(text, "sv", morph)
    assert not any(p == "Anhöriga Riks" for p, _r, _b in got)
    assert not any("diskuter" in b for _p, _r, b in got)

"""hytegraph extract on layouts met in the sixty-third and sixty-fifth held-out sets: made-up
snippets, one per mechanism, read with either word-form reader, and what must not be read."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import tagger
from hytegraph.authoring.extract.findings import Finding
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import Mention
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.unflatten import Unflattener
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, key, needs_voikko, roles

#: A table of names and posts flattened to one cell a line: each post under its name.
NAME_THEN_POST = (
    "Verksamhetsberättelse 2023\n"
    "Styrelsen\n"
    "Styrelsen har haft följande sammansättning:\n"
    "Ordinarie\n"
    "Maja Ekholm\n"
    "Ordförande\n"
    "Lennart Vik\n"
    "Vice ordförande/kursansvarig\n"
    "Ebba Strand\n"
    "Sekreterare\n"
    "Olle Sund\n"
    "Kassör\n"
    "Ersättare\n"
    "Ida Berg\n"
    "Sten Kvist\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_that_begins_with_a_name_and_ends_with_a_post_pairs_each_post_with_the_name_above(
    morph,
):
    got = roles(NAME_THEN_POST, "sv", morph)
    assert (key("Maja Ekholm"), "chair", "Styrelsen") in got
    assert (key("Lennart Vik"), "vice_chair", "Styrelsen") in got
    assert (key("Ebba Strand"), "secretary", "Styrelsen") in got
    assert (key("Olle Sund"), "member", "Styrelsen") in got
    assert (key("Ida Berg"), "deputy_member", "Styrelsen") in got
    # not the post of the line above the name
    assert (key("Lennart Vik"), "chair", "Styrelsen") not in got
    assert (key("Olle Sund"), "secretary", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_over_their_names_are_still_read_downwards(morph):
    text = (
        "Styrelsen\n"
        "Styrelsen har haft följande sammansättning:\n"
        "Ordförande\n"
        "Maja Ekholm\n"
        "Vice ordförande\n"
        "Lennart Vik\n"
        "Sekreterare\n"
        "Ebba Strand\n"
    )
    got = roles(text, "sv", morph)
    assert (key("Maja Ekholm"), "chair", "Styrelsen") in got
    assert (key("Lennart Vik"), "vice_chair", "Styrelsen") in got
    assert (key("Ebba Strand"), "secretary", "Styrelsen") in got


def test_a_run_of_names_and_posts_that_ends_with_a_name_is_left_as_it_stands():
    unflatten = Unflattener(lexicon("sv"))
    # name, post, name, post, name: either way of reading it leaves one line alone
    text = "Maja Ekholm\nOrdförande\nLennart Vik\nSekreterare\nEbba Strand\nKassör\nOlle Sund\n"
    assert unflatten.name_role_cells(text) == text
    # a post line above the first name: the run may as well begin with a post
    text = "Kontakt\nMaja Ekholm\nOrdförande\nLennart Vik\nSekreterare\nEbba Strand\nKassör\n"
    assert unflatten.name_role_cells(text) == text
    # fewer than two officers' posts: no table of officers
    text = "Ordinarie\nMaja Ekholm\nKassör\nLennart Vik\nWebbansvarig\nEbba Strand\nOrdförande\n"
    assert unflatten.name_role_cells(text) == text


def test_the_unflattened_cells_keep_the_texts_length():
    unflatten = Unflattener(lexicon("sv"))
    out = unflatten.name_role_cells(NAME_THEN_POST)
    assert len(out) == len(NAME_THEN_POST)
    assert "Maja Ekholm,Ordförande\n" in out and "Olle Sund,Kassör\nErsättare\n" in out


@pytest.mark.parametrize("morph", MORPHS)
def test_auditors_after_a_colon_hold_no_seat_in_the_board(morph):
    text = (
        "Styrelse 2023\n"
        "Ordförande, Maja Ekholm\n\n"
        "Revisorer: Greta Holm och Nils Ahlberg med Ulla Sjö och Per Ring som suppleanter.\n"
    )
    got = roles(text, "sv", morph)
    assert not any(p in (key("Greta Holm"), key("Nils Ahlberg")) for p, _r, _b in got)


def _mention(text: str, name: str, kind: str = "person") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, name, kind, 0.9)


def _seat(text: str, name: str, body: str, kind: str = "body") -> Finding:
    person, organ = _mention(text, name), _mention(text, body, kind)
    return Finding("membership", person, "member", organ, (person.start, person.end), 0.8, "x")


@needs_voikko
def test_the_tagger_guesses_no_body_on_a_line_whose_seats_are_in_several():
    # a report run together on one line: board and working committee both read by the rules
    text = (
        "Årsmötet valde följande styrelse: Maja Ekholm, ordförande samt Lennart Vik, Ebba "
        "Strand, Olle Sund och Ida Berg, ledamöter. Styrelsen har inom sig utsett följande "
        "arbetsutskott: Maja Ekholm och Lennart Vik. Valberedningen har bestått av Sten Kvist.\n"
    )
    walker = Walker(lexicon("sv"), morphology())
    found = [
        _seat(text, "Maja Ekholm", "arbetsutskott"),
        _seat(text, "Lennart Vik", "arbetsutskott"),
        _seat(text, "Sten Kvist", "Valberedningen"),
    ]
    model = tagger.load_model()
    proposed = tagger.propose(text, found, [], walker.reader, model, margin=0)
    assert not {f.actor.name for f in proposed} & {"Ebba Strand", "Olle Sund", "Ida Berg"}


@needs_voikko
def test_the_tagger_takes_no_body_from_seats_read_only_after_the_name():
    text = (
        "Årsmöte 2023\n\n"
        "Ordförande Maja Ekholm hälsade alla välkomna.\n\n"
        "Valda blev\n"
        "Lennart Vik, kassör, omval\n"
        "Ebba Strand, omval\n\n"
        "Till valberedare valdes\n"
        "Sten Kvist och Ida Berg.\n"
    )
    walker = Walker(lexicon("sv"), morphology())
    found = [
        _seat(text, "Sten Kvist", "valberedare", "board"),
        _seat(text, "Ida Berg", "valberedare", "board"),
    ]
    model = tagger.load_model()
    proposed = tagger.propose(text, found, [], walker.reader, model, margin=0)
    assert proposed == []
    # with only a meeting named above the names, none either: a meeting has no members
    named = [(_mention(text, "Årsmöte", "body"), (0, 7))]
    assert tagger.propose(text, found, named, walker.reader, model, margin=0) == []
    # with a body named above the names, that body
    text = text.replace("Årsmöte 2023", "Styrelse 2023")
    named = [(_mention(text, "Styrelse", "body"), (0, 8))]
    proposed = tagger.propose(text, found, named, walker.reader, model, margin=0)
    assert proposed
    assert all(f.target is not None and f.target.name == "Styrelse" for f in proposed)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_members_word_of_a_nominating_committee_names_the_committee(morph):
    text = "Årsmöte 2023\n\nTill valberedare valdes\nSten Kvist, Ida Berg och Olle Sund.\n"
    got = roles(text, "sv", morph)
    assert (key("Sten Kvist"), "member", "Valberedningen") in got
    assert not any(b == "Valberedare" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_representatives_label_puts_the_seats_in_the_body_it_names(morph):
    text = (
        "Verksamhetsberättelse 2022\n\n"
        "Styrelse 2022\n"
        "Ordförande, Maja Ekholm\n\n"
        "Representant i Stiftelsen Solgården: Sten Kvist, suppleant Ida Berg\n"
        "Representant i Pensionärsrådet: Olle Sund\n"
    )
    got = roles(text, "sv", morph)
    assert (key("Sten Kvist"), "member", "Stiftelsen Solgården") in got
    assert (key("Ida Berg"), "deputy_member", "Stiftelsen Solgården") in got
    assert (key("Olle Sund"), "member", "Pensionärsrådet") in got
    # not the board of the list above
    assert not any(b == "Styrelse" for p, _r, b in got if p != key("Maja Ekholm"))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_label_that_names_no_body_after_representant_is_read_as_before(morph):
    text = "Styrelse 2022\nOrdförande, Maja Ekholm\nRepresentant i styrelsen: Sten Kvist\n"
    got = roles(text, "sv", morph)
    assert not any(b.startswith("styrelsen") for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_after_names_in_an_inline_list_belong_to_the_name_before(morph):
    text = (
        "Verksamhetsberättelse 2022\n\n"
        "Styrelse Årsmötet den 20 februari 2022 valde följande styrelse: Maja Ekholm, "
        "ordförande samt Lennart Vik, Ebba Strand, Olle Sund och Ida Berg, ledamöter.\n"
    )
    got = roles(text, "sv", morph)
    assert (key("Maja Ekholm"), "chair", "Styrelse") in got
    for name in ("Lennart Vik", "Ebba Strand", "Olle Sund", "Ida Berg"):
        assert (key(name), "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputies_word_closing_an_inline_list_is_the_seat_of_the_names_since_the_last_post(
    morph,
):
    text = (
        "Årsmötet valde följande styrelse: Maja Ekholm, ordförande, Lennart Vik, sekreterare, "
        "samt Ebba Strand och Olle Sund, ersättare.\n"
    )
    got = roles(text, "sv", morph)
    assert (key("Maja Ekholm"), "chair", "Styrelse") in got
    assert (key("Ebba Strand"), "deputy_member", "Styrelse") in got
    assert (key("Olle Sund"), "deputy_member", "Styrelse") in got
    assert (key("Lennart Vik"), "deputy_member", "Styrelse") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_two_posts_in_a_row_make_no_names_and_posts(morph):
    text = "Årsmötet valde följande styrelse: ordförande, sekreterare och kassör.\n"
    assert roles(text, "sv", morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_body_whose_composition_the_introduction_says_is_the_lists_body(morph):
    text = (
        "Seniorgruppens årsmöte\n\n"
        "Seniorgruppen höll sitt första årsmöte i Ystad. Mötet beslutade att styrelsen ska "
        "bestå av 4 ledamöter och följande blev valda: Maja Ekholm, Lennart Vik, Ebba Strand "
        "och Olle Sund.\n"
    )
    got = roles(text, "sv", morph)
    assert (key("Lennart Vik"), "member", "Styrelsen") in got
    assert not any(b == "Seniorgruppen" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_person_a_meeting_was_led_by_holds_no_office_in_the_board(morph):
    text = (
        "Årsmötet 2023\n\n"
        "Ordförande Maja Ekholm inledde årsmötet.\n\n"
        "Hela salen var full och styrelsen är glad att så många kom.\n\n"
        "Mötet leddes av Sten Kvist som ordförande. Vi känner oss trygga med honom.\n\n"
        "Nya krafter behövs i styrelsen. Lennart Vik omvaldes som kassör, Ebba Strand som "
        "sekreterare samt Olle Sund som ledamot.\n"
    )
    got = roles(text, "sv", morph)
    assert not any(p == key("Sten Kvist") for p, _r, _b in got)
    assert any(p == key("Ebba Strand") and r == "secretary" for p, r, _b in got)


#: A board run together on one line, each name followed by its post, a heading in capitals before.
RUN_TOGETHER = (
    "1 KUSTBYGDENS HJÄRTFÖRENING Verksamhetsberättelse för år 2022 Styrelsen får härmed lämna "
    "följande berättelse. STYRELSE Maja Ekholm ordförande Lennart Vik 1:e vice ordförande "
    "Ebba Strand sekreterare Olle Sund kassör Ida Berg ledamot REVISORER Greta Holm, "
    "ordinarie Nils Ahlberg, suppleant\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_run_together_with_each_post_after_its_name(morph):
    got = roles(RUN_TOGETHER, "sv", morph)
    assert any(p == key("Maja Ekholm") and r == "chair" for p, r, _b in got)
    assert any(p == key("Lennart Vik") and r == "vice_chair" for p, r, _b in got)
    assert any(p == key("Ebba Strand") and r == "secretary" for p, r, _b in got)
    assert any(p == key("Ida Berg") and r == "member" for p, r, _b in got)
    # not the post of the name before
    assert not any(p == key("Lennart Vik") and r == "chair" for p, r, _b in got)
    assert not any(p == key("Olle Sund") and r == "secretary" for p, r, _b in got)


def test_a_run_of_names_and_posts_on_one_line_that_ends_with_a_name_is_left_alone():
    unflatten = Unflattener(lexicon("sv"))
    text = (
        "Årsberättelse för år 2022 och styrelsens arbete under året. STYRELSE ordförande "
        "Maja Ekholm sekreterare Lennart Vik kassör Ebba Strand ledamot Olle Sund Ida Berg\n"
    )
    assert unflatten.name_post_runs(text) == text
    text = (
        "Årsberättelse för år 2022 och styrelsens arbete under året. Maja Ekholm ordförande "
        "Lennart Vik sekreterare Ebba Strand kassör Olle Sund ledamot Ida Berg\n"
    )
    assert unflatten.name_post_runs(text) == text


#: A report's board as a two-column table flattened with runs of spaces, each person's town
#: after the name, the label of a column carried down to the indented lines under it.
PADDED_TOWNS = (
    "Verksamhetsberättelse för Hjärtföreningen Kustbygden 2023\n\n"
    "Styrelsen för 2023 års verksamhet har haft följande sammansättning.\n\n"
    "Ordförande        Greta Nordin Hudiksvall\n\n"
    "Sekreterare       Anna Lisa Ström Gävle\n\n"
    "Kassör            Nils Ahlberg Bollnäs\n\n"
    "Ledamot           Olle Sund Söderhamn\n\n"
    "                  Per Åkesson Byvik\n\n"
    "Ersättare         Eva Lind Gävle\n\n"
    "                  Bo Ek Hudiksvall\n\n"
    "Revisorer         Karin Holm Gävle\n\n"
    "                  Ulf Ring Bollnäs\n\n"
    "Valberedning      Sture Berg Söderhamn\n\n"
    "                  Ida Kvist Gävle\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_under_an_introduction_closed_by_a_full_stop(morph):
    got = roles(PADDED_TOWNS, "sv", morph)
    assert (key("Greta Nordin"), "chair", "Styrelsen") in got
    assert (key("Anna Lisa Ström"), "secretary", "Styrelsen") in got
    assert (key("Nils Ahlberg"), "member", "Styrelsen") in got  # the treasurer


@pytest.mark.parametrize("morph", MORPHS)
def test_a_column_label_is_carried_down_to_the_indented_lines_under_it(morph):
    got = roles(PADDED_TOWNS, "sv", morph)
    assert (key("Per Åkesson"), "member", "Styrelsen") in got
    assert (key("Bo Ek"), "deputy_member", "Styrelsen") in got
    assert (key("Ida Kvist"), "member", "Valberedning") in got
    assert (key("Sture Berg"), "member", "Valberedning") in got
    # the auditors and the line under their label hold no seat
    assert not any(p in (key("Karin Holm"), key("Ulf Ring")) for p, _r, _b in got)
    assert not any(p == key("Ida Kvist") and b == "Styrelsen" for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_village_after_a_name_in_a_list_of_towns_is_no_part_of_the_name(morph):
    got = roles(PADDED_TOWNS, "sv", morph)
    assert (key("Per Åkesson"), "member", "Styrelsen") in got  # "Byvik": a village
    assert not any("Byvik" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_three_word_name_is_kept_in_a_list_that_prints_no_towns(morph):
    text = (
        "Styrelsen har haft följande sammansättning:\n"
        "Ordförande Anna Lisa Ström\n"
        "Sekreterare Greta Nordin\n"
        "Ledamot Per Olof Åkesson\n"
    )
    got = roles(text, "sv", morph)
    assert (key("Anna Lisa Ström"), "chair", "Styrelsen") in got
    assert (key("Per Olof Åkesson"), "member", "Styrelsen") in got


def test_an_introduction_closed_by_a_full_stop_over_no_list_stays_a_sentence():
    walker = Walker(lexicon("sv"), morphology("rules"))
    text = "Styrelsen har haft följande sammansättning.\n\nDen har sammanträtt åtta gånger.\n"
    assert walker._intro_colons(text) == text
    text = "Styrelsen har haft följande sammansättning.\n\nOrdförande Greta Nordin\n"
    assert walker._intro_colons(text) == text.replace("sammansättning.", "sammansättning:")


#: The association's seats in other organisations, a table flattened to one cell a line: the
#: organisations first, then a line of people for each, in the same order.
LABELS_THEN_VALUES = (
    "Verksamhetsberättelse 2022\n"
    "Styrelsen\n"
    "Ordförande Maja Ekholm\n"
    "Övrig representation\n"
    "SPF Norrlands distrikt\n"
    "Studieförbundet Ekby\n"
    "Solgårdens brukarråd\n"
    "Webbansvarig\n"
    "Lennart Vik och Ebba Strand, Olle Sund ersättare\n"
    "Ida Berg ordinarie\n"
    "Sten Kvist ersättare\n"
    "Greta Holm ordinarie och Nils Ahlberg ersättare\n"
    "Per Ring\n"
    "Revisorer\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_organisations_then_their_people_are_read_pairwise_in_order(morph):
    got = roles(LABELS_THEN_VALUES, "sv", morph)
    assert (key("Lennart Vik"), "member", "SPF Norrlands distrikt") in got
    assert (key("Ebba Strand"), "member", "SPF Norrlands distrikt") in got
    assert (key("Olle Sund"), "deputy_member", "SPF Norrlands distrikt") in got
    # a line of deputies alone continues the line above it
    assert (key("Ida Berg"), "member", "Studieförbundet Ekby") in got
    assert (key("Sten Kvist"), "deputy_member", "Studieförbundet Ekby") in got
    assert (key("Greta Holm"), "member", "Solgårdens brukarråd") in got
    assert (key("Nils Ahlberg"), "deputy_member", "Solgårdens brukarråd") in got
    # a one-word function is no body
    assert not any(p == key("Per Ring") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_labels_and_lines_of_people_in_unequal_numbers_are_not_paired(morph):
    text = LABELS_THEN_VALUES.replace("Per Ring\n", "Per Ring\nAnna Lund\nBo Sjö\n")
    got = roles(text, "sv", morph)
    assert not any(b in ("SPF Norrlands distrikt", "Studieförbundet Ekby") for _p, _r, b in got)


#: A board in a table of two columns flattened with runs of spaces, each cell "Post, Name".
SPACED_POSTS = (
    "Verksamhetsberättelse 2021\n\n"
    "Styrelse 2021\n"
    "Ordförande, Maja Ekholm                    Viceordförande, reseledare, Lennart Vik\n"
    "Sekreterare och arkivarie, Ebba Strand          Kassör, Olle Sund\n\n"
    "Föreningen har haft sex möten.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_and_names_in_two_columns_flattened_with_spaces(morph):
    got = roles(SPACED_POSTS, "sv", morph)
    assert (key("Maja Ekholm"), "chair", "Styrelse") in got
    assert (key("Lennart Vik"), "vice_chair", "Styrelse") in got
    assert (key("Ebba Strand"), "secretary", "Styrelse") in got
    assert (key("Olle Sund"), "member", "Styrelse") in got


def test_spaces_between_cells_that_are_no_post_and_name_stay():
    unflatten = Unflattener(lexicon("sv"))
    text = "Möten:          Ett vårmöte och ett höstmöte har hållits  i församlingshemmet.\n"
    assert unflatten.spaced_cells(text) == text
    text = "Ordförande, Maja Ekholm          Bingo varje tisdag\n"
    assert unflatten.spaced_cells(text) == text
    # a member and a deputy, each with a place: no posts
    text = "Maja Ekholm, Ekby                        Lennart Vik, Norrby, Västby\n"
    assert unflatten.spaced_cells(text) == text


@pytest.mark.parametrize("morph", MORPHS)
def test_headings_and_job_titles_over_names_are_no_labels_and_values(morph):
    text = (
        "Äldrerådet i Ekby\n\n"
        "Besöksadress: Testgatan 1\n"
        "Rådets ledamöter\n"
        "Ledamot Personlig ersättare\n"
        "Maja Ekholm Lennart Vik\n"
        "Ebba Strand\n"
        "Fritidschef Olle Sund\n"
    )
    got = roles(text, "sv", morph)
    assert not any(b in ("Besöksadress: Testgatan 1", "Rådets ledamöter") for _p, _r, b in got)
    assert not any(b.startswith("Ledamot") for _p, _r, b in got)


#: An annual meeting's elections, one name a line under "som ledamöter" / "som ersättare".
ELECTED_AS = (
    "Årsmöte 2023\n\n"
    "Ordförande Maja Ekholm hälsade alla välkomna.\n\n"
    "Till ordförande för mötet valdes Sten Kvist och sekreterare valdes Per Ring.\n\n"
    "Styrelsen beviljades ansvarsfrihet för 2022.\n\n"
    "Valda blev\n"
    "som ledamöter\n"
    "Lennart Vik, kassör, omval\n"
    "Ebba Strand, omval\n"
    "Olle Sund, fyllnadsval 1 år\n\n"
    "som ersättare\n"
    "Ida Berg, omval\n"
    "Tove Nylund, omval\n\n"
    "som revisor\n"
    "Nils Ahlberg, omval\n"
    "revisorsersättare\n"
    "Karin Sjö, omval\n"
    "Ulf Lind, omval\n\n"
    "Till valberedare valdes\n"
    "Anna Lund, Bo Sjö och Eva Dahl.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_seat_an_election_gives_after_som_heads_the_names_under_it(morph):
    got = roles(ELECTED_AS, "sv", morph)
    assert (key("Lennart Vik"), "member", "Styrelsen") in got
    assert (key("Olle Sund"), "member", "Styrelsen") in got
    assert (key("Ida Berg"), "deputy_member", "Styrelsen") in got
    assert not any(p in (key("Nils Ahlberg"), key("Karin Sjö")) for p, _r, _b in got)


@needs_voikko
def test_the_tagger_guesses_no_seat_for_a_meetings_officers_or_auditors_under_a_bare_label():
    walker = Walker(lexicon("sv"), morphology())
    walk = walker.walk(ELECTED_AS)
    model = tagger.load_model()
    proposed = tagger.propose(ELECTED_AS, walk.findings, walk.named, walker.reader, model, margin=0)
    names = {f.actor.name for f in proposed}
    assert not names & {"Sten Kvist", "Per Ring", "Karin Sjö", "Ulf Lind"}

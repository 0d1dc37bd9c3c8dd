"""hytegraph extract on layouts met in the sixty-fifth held-out set: made-up snippets, one per
mechanism, read with either word-form reader.

- an organisation's abbreviation in capitals with the genitive's "s" joined to it before a
  body's word ("valdes in i HSFs styrelse") is part of the body's name, its owner;
- "Som suppleanter valdes A, Kalmar ; B, Visby och C, Ystad.": in a list of names each with a
  one-word home town after a comma, a semicolon before the next such name goes on with the
  list when a conjunction ends it (not a label's entries: "Sekreterare A, Ekby; B, Åby");
- deputies a meeting's sentence elects ("Som suppleanter valdes …" after "Riksstämman öppnades
  av ordförande X") take the body whose members were named right before, the meeting's own
  seat (its opener's) passed over;
- an annual report run together into one paragraph, "… REVISORER A, ordinarie B, suppleant
  Styrelsens suppleanter C D E F G H VALBEREDNING …": the deputies' heading with its body in
  the genitive and the names of two words after it, up to a word in capitals, are read one a
  line, and the deputies named with the body's genitive are the body's, not the auditors';
- "Olle Ek fortsätter som styrelseordförande med A (kassör), B, C (sekreterare), D och E
  (viceordförande), som övriga medlemmar": each name after "med", closed by "som övriga
  medlemmar", is a member of the chair's body, an officer when its parenthesis names an office.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

ABBREVIATION_OWNER = (
    "Förbundsstämma 2016\n\n"
    "Nya ledamöter valdes in i HSFs styrelse \u2013 Lena Borg, Gävle, Mats Ågren, Lund och "
    "Kerstin Holm, Växjö.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_abbreviation_in_the_genitive_owns_the_body(morph):
    got = held(ABBREVIATION_OWNER, "sv", morph)
    assert ("Lena Borg", "member", "HSFs styrelse") in got
    assert ("Mats Ågren", "member", "HSFs styrelse") in got
    assert ("Kerstin Holm", "member", "HSFs styrelse") in got
    assert not any(b == "Styrelse" for _p, _r, b in got)


NO_GENITIVE = "Stämman 2016\n\nTill ledamöter i HSF styrelse valdes Tove Strand och Britt Falk.\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_an_abbreviation_without_the_genitive_is_no_owner(morph):
    got = held(NO_GENITIVE, "sv", morph)
    assert not any(b.startswith("HSF") for _p, _r, b in got)


SEMICOLONS = (
    "Riksstämma 2016\n\n"
    "Nya ordinarie styrelseledamöter valdes in i HSFs styrelse \u2013 Lena Borg, Gävle ; "
    "Mats Ågren, Lund och Kerstin Holm, Växjö. Som suppleanter valdes Tove Strand, Kalmar ; "
    "Britt Falk, Visby och Sara Lind, Ystad.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_semicolons_between_names_with_their_home_towns(morph):
    got = held(SEMICOLONS, "sv", morph)
    assert ("Tove Strand", "deputy_member", "HSFs styrelse") in got
    assert ("Britt Falk", "deputy_member", "HSFs styrelse") in got
    assert ("Sara Lind", "deputy_member", "HSFs styrelse") in got
    assert ("Mats Ågren", "member", "HSFs styrelse") in got


SEMICOLON_ENDS = (
    "Riksstämma 2016\n\n"
    "Nya ordinarie styrelseledamöter valdes in i HSFs styrelse \u2013 Lena Borg, Gävle och "
    "Mats Ågren, Lund. Som suppleant valdes Tove Strand, Kalmar ; Britt Falk höll "
    "avslutningstalet.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_semicolon_before_another_clause_ends_the_list(morph):
    # guard: the name after the semicolon has no home town after a comma: another clause
    got = held(SEMICOLON_ENDS, "sv", morph)
    assert ("Tove Strand", "deputy_member", "HSFs styrelse") in got
    assert not any(p == "Britt Falk" for p, _r, _b in got)


MEETING_OPENED = (
    "Riksstämma 2016\n\n"
    "Den 5 november samlades ett 80-tal ombud till HSFs riksstämma i Uppsala. Riksstämman "
    "öppnades av HSF:s ordförande Gun Ekdahl. Förhandlingarna leddes av Bo Wiklander.\n\n"
    "Nya ordinarie styrelseledamöter valdes också in i HSFs styrelse \u2013 Lena Borg, Gävle ; "
    "Mats Ågren, Lund och Kerstin Holm, Växjö. Som suppleanter valdes Tove Strand, Kalmar ; "
    "Britt Falk, Visby och Sara Lind, Ystad.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_after_a_meetings_opener_take_the_members_body(morph):
    got = held(MEETING_OPENED, "sv", morph)
    assert ("Tove Strand", "deputy_member", "HSFs styrelse") in got
    assert ("Britt Falk", "deputy_member", "HSFs styrelse") in got
    assert ("Sara Lind", "deputy_member", "HSFs styrelse") in got
    assert not any(r == "deputy_member" and b == "Riksstämman" for _p, r, b in got)


NO_MEMBERS = (
    "Riksstämma 2016\n\n"
    "Riksstämman öppnades av ordförande Gun Ekdahl. Som suppleanter valdes Tove Strand, "
    "Kalmar ; Britt Falk, Visby och Sara Lind, Ystad.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_with_no_members_before_them_get_no_body(morph):
    # guard: the meeting's own seat names no body of members for the deputies
    got = held(NO_MEMBERS, "sv", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)


RUN_TOGETHER = (
    "1 HJÄRTFÖRENINGEN I NORRLAND Verksamhetsberättelse för verksamhetsåret 2012 Styrelsen "
    "för Hjärtföreningen i Norrland får härmed lämna följande verksamhetsberättelse för det "
    "gångna året. STYRELSE Karin Lundqvist ordförande Olof Berglund 1:e vice ordförande Stina "
    "Ahlgren sekreterare Jan Sjöberg kassör Maja Holmgren ledamot REVISORER Eva Nyström, "
    "ordinarie Lars Ekholm, suppleant Styrelsens suppleanter Ingrid Wallin Per Forsberg "
    "Agneta Sundin VALBEREDNING Gun-Britt Öhman Kjell Lindberg FÖRENINGENS KANSLI "
    "Föreningens kansli har varit i Umeå.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_together_column_of_the_boards_deputies(morph):
    got = held(RUN_TOGETHER, "sv", morph)
    deputies = {(p, b.split()[0]) for p, r, b in got if r == "deputy_member"}
    assert deputies == {
        ("Ingrid Wallin", "Styrelsen"),
        ("Per Forsberg", "Styrelsen"),
        ("Agneta Sundin", "Styrelsen"),
    }
    assert ("Karin Lundqvist", "chair", "STYRELSE") in got
    # the auditor and the auditors' deputy hold no seat
    assert not any(p in ("Eva Nyström", "Lars Ekholm") for p, _r, _b in got)


ODD_WORDS = RUN_TOGETHER.replace("Per Forsberg", "Per Erik Forsberg")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_with_a_name_of_three_words_is_left_alone(morph):
    # guard: the words do not pair into names of two words: no deputies
    got = held(ODD_WORDS, "sv", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)


WITH_OTHER_MEMBERS = (
    "Medlemsbrev 2023\n\n"
    "Vid föreningens årsmöte i mars återvaldes de medlemmar som var i tur att avgå. Olle Ek "
    "fortsätter som styrelseordförande med Bo Lind (kassör), Eva Berg, Siv Holm (sekreterare), "
    "Nils Falk och Ann Vik (viceordförande), som övriga medlemmar.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_after_the_chair_as_the_other_members(morph):
    got = held(WITH_OTHER_MEMBERS, "sv", morph)
    assert ("Olle Ek", "chair", "Styrelse") in got
    assert ("Bo Lind", "member", "Styrelse") in got
    assert ("Eva Berg", "member", "Styrelse") in got
    assert ("Siv Holm", "secretary", "Styrelse") in got
    assert ("Nils Falk", "member", "Styrelse") in got
    assert ("Ann Vik", "vice_chair", "Styrelse") in got


WITH_A_PLACE = WITH_OTHER_MEMBERS.replace("Siv Holm (sekreterare)", "Siv Holm (Ekby)")


@pytest.mark.parametrize("morph", MORPHS)
def test_an_entry_with_another_parenthesis_leaves_the_list_alone(morph):
    # guard: a parenthesis that names no office: the list is not read as the members'
    got = held(WITH_A_PLACE, "sv", morph)
    assert ("Nils Falk", "member", "Styrelse") not in got
    assert ("Ann Vik", "vice_chair", "Styrelse") not in got


LABEL_SEMICOLONS = (
    "Kylälän järjestöneuvottelukunta\n"
    "Puheenjohtaja Mäkelä Aino, Kivikylä; Sihteeri Lampinen Sari, Järvelä; Heino Minna, "
    "Koskela; Rinne Jussi, Mäntylä; Vuori Outi, Salmela\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_labels_entries_with_semicolons_are_no_sentences_list(morph):
    # guard: no conjunction ends the entries: the secretary's label does not go on to them
    got = held(LABEL_SEMICOLONS, "fi", morph)
    assert ("Lampinen Sari", "secretary", "Kylälän järjestöneuvottelukunta") in got
    assert not any(
        p in ("Heino Minna", "Rinne Jussi", "Vuori Outi") and r == "secretary" for p, r, _b in got
    )

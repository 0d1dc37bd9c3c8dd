"""hytegraph extract on layouts met in the hundred-and-seventy-fourth and -sixth held-out sets
(Swedish): made-up snippets, one per mechanism, read with either word-form reader.

- a bare body word after a demonstrative ("I detta utskott ingår A (ordf) och B") is the
  body of the section's heading whose name ends in that word, not a body named before it;
- names thanked "som lämnar styrelsen" (who leave the body) hold no seat;
- a relative clause of welcome between a plural seat noun and "är" ("Nya styrelseledamöter
  som vi hälsar välkomna är A, B och C") still gives the run its seats;
- "Årsstämman beslutade om omval av styrelseledamöterna A, B och C, samt om val av D och E
  till nya styrelseledamöter": the meeting that elects is no body of members; both runs are
  the board's (the first ends at the comma and conjunction before a lower-case word);
- "Vidare valde årsstämman A till styrelsens ordförande": the chair of the board, the meeting
  the subject after the verb and the board in the genitive before the role;
- a title of honour before a name ("Dame", "Sir") is no part of the name;
- a compound in "-beredning" ("Barn- och kulturberedningen") is a body, "ge råd" (give
  advice) names no council, and a name printed twice on two lines (a picture's caption) is
  no list of seats;
- a page titled "<Body>s arbete" heads the people's cards under it (name, office, year …),
  a footnote's mark after a name ("Bo Ek¹") being no part of it;
- "För tiden fram till nästa årsstämma valdes till ordförande A och som ordinarie ledamöter
  B, C …": the meeting in a term's end is no body; the seats are the board's;
- "… landshövdingen, som är ordförande i insynsrådet" and the one member listed as "A,
  landshövding X": that member is the body's chair.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, roles

COMMITTEES = (
    "Styrelsen har tillsatt ett revisionsutskott och ett ersättningsutskott.\n\n"
    "REVISIONSUTSKOTT\n\n"
    "Revisionsutskottets uppgift är att övervaka den finansiella rapporteringen. Ekonomichefen "
    "är sekreterare i revisionsutskottet.\n\n"
    "I detta utskott ingår Gustav Lindqvist (ordf), Maja Sundberg och Oskar Hellström.\n\n"
    "ERSÄTTNINGSUTSKOTT\n\n"
    "Ersättningsutskottets uppgift är att bereda frågor om ersättningar.\n\n"
    "I detta utskott ingår Tove Engström (ordf) och Viktor Nordin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_demonstrative_body_word_is_the_heading_body(morph):
    got = held(COMMITTEES, "sv", morph)
    assert ("Tove Engström", "chair", "ERSÄTTNINGSUTSKOTT") in got
    assert ("Viktor Nordin", "member", "ERSÄTTNINGSUTSKOTT") in got
    assert ("Gustav Lindqvist", "chair", "REVISIONSUTSKOTT") in got
    assert ("Tove Engström", "chair", "REVISIONSUTSKOTT") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_body_word_without_demonstrative(morph):
    # "I utskottet ingår": no demonstrative; the reading stays as it was
    text = COMMITTEES.replace("I detta utskott ingår Tove", "I styrelsen ingår Tove")
    got = held(text, "sv", morph)
    assert ("Tove Engström", "chair", "ERSÄTTNINGSUTSKOTT") not in got


NEWS = (
    "Ny styrelse!\n\n"
    "Vid årsmötet den 20 mars valdes en ny styrelse. Styrelsens förslag "
    "på verksamhetsplan godtogs.\n\n"
    "Vår nya ordförande är Henrik Blomqvist med vice ordförande Sofia Ekholm. Nya "
    "styrelseledamöter som vi hälsar välkomna är Amanda Lundgren, Filip Nyström och Ida "
    "Wallin. Sedan säger vi ett stort tack till ordförande Karl Sjöberg och suppleant Elin "
    "Forsman som lämnar styrelsen vid årsskiftet.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_welcomed_new_members_and_the_leaving_officers(morph):
    got = held(NEWS, "sv", morph)
    for name in ("Amanda Lundgren", "Filip Nyström", "Ida Wallin"):
        assert (name, "member", "Styrelse") in got
    assert ("Henrik Blomqvist", "chair", "Styrelsen") in got
    assert not {x for x in got if x[0] in ("Karl Sjöberg", "Elin Forsman")}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_thanks_to_officers_who_stay(morph):
    # thanked, but not said to leave: the seats stand as the sentence gives them
    text = NEWS.replace(" som lämnar styrelsen vid årsskiftet", " för ett gott samarbete")
    got = held(text, "sv", morph)
    assert ("Karl Sjöberg", "chair", "Styrelsen") in got


AGM = (
    "Styrelsen\n\n"
    "Styrelseledamöterna väljs på årsstämman för tiden intill slutet av nästa årsstämma.\n\n"
    "2021\n\n"
    "Årsstämman 2021 beslutade om omval av styrelseledamöterna Johan Bergkvist, Lena "
    "Holmgren, Sir Anton Ekdahl och Maria Lindholm, samt om val av Nils Sandström och Emma "
    "Wikström till nya styrelseledamöter. Vidare valde årsstämman Johan Bergkvist till "
    "styrelsens ordförande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_meeting_elects_board_in_a_run_on_sentence(morph):
    got = held(AGM, "sv", morph)
    for name in ("Lena Holmgren", "Anton Ekdahl", "Maria Lindholm"):
        assert (name, "member", "Styrelse") in got
    for name in ("Nils Sandström", "Emma Wikström"):
        assert (name, "member", "Styrelsen") in got
    assert ("Johan Bergkvist", "chair", "Styrelsen") in got
    assert not {x for x in got if x[2] in ("Årsstämman", "Årsstämma")}
    assert not {x for x in got if x[0].startswith("Sir ")}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_meeting_chair(morph):
    # the meeting's own chair: no seat in the board
    text = "Protokoll\n\nÅrsstämman valde Johan Bergkvist till ordförande för stämman.\n"
    got = held(text, "sv", morph)
    assert ("Johan Bergkvist", "chair", "Styrelsen") not in got


CAPTION = (
    "Ny nämnd ska stärka kulturen\n\n"
    "Regeringen tillsätter en ny kulturnämnd med fyra ledamöter.\n\n"
    "Petra Holmström\n"
    "Petra Holmström (52) Minister för kultur (S), tidigare ordförande i kulturutskottet\n\n"
    "Nämndens förordnande sträcker sig ett år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_printed_twice_is_a_caption_no_list(morph):
    got = held(CAPTION, "sv", morph)
    assert not {x for x in got if x[0] == "Petra Holmström"}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_list_of_names_under_the_body(morph):
    text = CAPTION.replace(
        "Petra Holmström\nPetra Holmström (52) Minister för kultur (S), tidigare ordförande i "
        "kulturutskottet\n",
        "Axel Sandberg, ordförande\nKlara Holm\nRasmus Dahlberg\nSigne Åkerlund\n",
    )
    got = held(text, "sv", morph)
    assert ("Klara Holm", "member", "Kulturnämnd") in got


DRAFTING = (
    "Barn- och kulturberedningen\n\n"
    "Ledamöter:\n\n"
    "  • Axel Sandberg\n"
    "  • Klara Holm\n"
    "  • Rasmus Dahlberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_compound_in_beredning_is_a_body(morph):
    got = held(DRAFTING, "sv", morph)
    for name in ("Axel Sandberg", "Klara Holm", "Rasmus Dahlberg"):
        assert (name, "member", "Barn- och kulturberedningen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_bare_beredning_and_advice(morph):
    # "beredning" alone: the preparing of a matter; "ge råd": advice; no body either
    text = (
        "Ärende 5\n\n"
        "Beredning: Axel Sandberg och Klara Holm har berett ärendet för att ge råd till "
        "nämnden.\n"
    )
    got = held(text, "sv", morph)
    assert not {x for x in got if x[2].casefold().startswith(("beredning", "råd"))}


BOARD_TABLE = (
    "Styrelsens arbete\n"
    "Styrelsens arbete regleras av en årligen fastställd arbetsordning.\n\n"
    "Antalet styrelsemöten under året uppgick till nio.\n\n"
    "Ställning i förhållande till bolag och ägare\n\n"
    "Namn\n  \nInvald år\nBolag\nÄgare\n"
    "Erik Lundmark\nOrdförande\n2015\nOberoende\nOberoende\n"
    "Hanna Sjögren\nLedamot\n2018\nOberoende\nOberoende\n"
    "Jonas Brandt\nLedamot\n2019\nOberoende\nOberoende\n"
    "Lovisa Strand¹\nLedamot\n2001\n \n\n"
    "¹ Arbetstagarrepresentant\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_flattened_board_table_under_the_body_work_title(morph):
    got = held(BOARD_TABLE, "sv", morph)
    assert ("Erik Lundmark", "chair", "Styrelsen") in got
    for name in ("Hanna Sjögren", "Jonas Brandt", "Lovisa Strand"):
        assert (name, "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_title_of_another_thing_of_the_body(morph):
    # "Styrelsens ordförande" heads one person, no cards
    text = BOARD_TABLE.replace("Styrelsens arbete\n", "Styrelsens ekonomi\n", 1)
    got = held(text, "sv", morph)
    assert ("Hanna Sjögren", "member", "Styrelsen") not in got


COMMUNIQUE = (
    "Kommuniké från årsstämma 2024-05-20\n\n"
    "· Gunnar Åberg valdes till ordförande att leda årsstämman.\n"
    "· Stämman beslutade att styrelsearvode utgår med 2 prisbasbelopp till styrelsens "
    "ordförande.\n"
    "· För tiden fram till nästa årsstämma valdes till ordförande Gunnar Åberg (omval) och "
    "som ordinarie ledamöter Linnea Berglund (nyval), Otto Hedlund (omval) samt Vera Sjöqvist "
    "(omval). Tidigare ledamoten Albin Krantz har avböjt omval.\n"
    "· Stämman beslutade om ändring av bolagsordningen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_board_elected_for_the_time_until_the_next_meeting(morph):
    got = roles(COMMUNIQUE, "sv", morph)
    assert ("Gunnar Åberg", "chair", "Styrelsen") in got
    for name in ("Berglund Linnea", "Hedlund Otto", "Sjöqvist Vera"):
        assert (name, "member", "Styrelsen") in got
    assert not {x for x in got if x[2].casefold().startswith("årsstämma")}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_meeting_named_as_the_electing_meeting(morph):
    # "Årsstämman valde A till ordförande för stämman": the meeting's chair, no board seat
    text = COMMUNIQUE.replace(
        "För tiden fram till nästa årsstämma valdes till ordförande Gunnar Åberg (omval) och "
        "som ordinarie ledamöter Linnea Berglund (nyval), Otto Hedlund (omval) samt Vera "
        "Sjöqvist (omval).",
        "Stämman tackade Linnea Berglund för hennes arbete.",
    )
    got = roles(text, "sv", morph)
    assert ("Berglund Linnea", "member", "Styrelsen") not in got


INSIGHT = (
    "Insynsråd\n\n"
    "Regeringen utser rådets ledamöter efter förslag från landshövdingen, som är ordförande i "
    "insynsrådet.\n\n"
    "Följande personer ingår i insynsrådet för Länsstyrelsen i Nordlanda:\n\n"
    "  • Gustaf Ahlgren, landshövding Nordlanda\n"
    "  • Maja Sundberg, professor Nordlanda universitet\n"
    "  • Oskar Hellström (S), riksdagsledamot\n"
    "  • Tove Engström, marknadschef Nordlanda energi\n\n"
    "Kontakt\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_member_listed_with_the_office_said_to_chair(morph):
    got = {(p, r) for p, r, _b in held(INSIGHT, "sv", morph)}
    assert ("Gustaf Ahlgren", "chair") in got
    assert ("Maja Sundberg", "member") in got
    assert ("Gustaf Ahlgren", "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_office_not_said_to_chair(morph):
    # the governor proposes the members; nobody is said to chair by office
    text = INSIGHT.replace(", som är ordförande i insynsrådet", "")
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Gustaf Ahlgren", "chair") not in got

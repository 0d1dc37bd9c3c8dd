"""hytegraph extract on layouts met in the hundred-and-tenth held-out set (Swedish pages):
made-up snippets, one per mechanism, read with either word-form reader.

- "Den nya styrelsen:", "Ny styrelse:" (and "Uusi hallitus:") over one "Name, Place, office"
  or "Name, office" a line: "new" (and the article) before the bare body word still heads
  the body's list;
- "Ny styrelse:  A, B, C (Ordf), D" on one line: the body's line led by "new" and the bare
  word, the names after it in that body, the bracketed post an officer's;
- "Kansli" under a board's "Name, office" lines: the association's office staff below it
  hold no seat in the board;
- "Bo Ek (adjungerad)" in a board's one-name-a-line list: co-opted, no seat;
- an annual report flattened into one long line ("Styrelse A (ordförande), B (vice
  ordförande), …, E och F Revisorer … Valberedning G (sammankallande), H och I Huvudansvariga
  funktionärer Sportkommittén J Stugkommittén K …"): the names after a body's heading hold a
  seat in it, the bracketed post an officer's, any other a member's; the names after the
  auditors', the deputies' or a duty's heading hold none;
- a guest bringing another level's greetings ("A, ledamot i förbundsstyrelsen, framförde en
  hälsning från förbundet"): that body is not the page's, whose election follows;
- "I övrigt valdes A v.ordf, B sekr, samt ledamöterna C och D": names each with its post
  after them, after an election's verb, hold the posts in the body of the sentence's seats;
- "Kassör E och ledamot F har ett år kvar på sitt mandat" after the seats, inside the
  paragraph: members whose seats go on, in the body of the seats just before.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

NEW_BOARD_LINES = (
    "Årsmöte 2024\n\n"
    "Årsmötet hölls den 12 mars med nio deltagare.\n\n"
    "Den nya styrelsen:\n"
    "Maria Holmgren, Norrvik, ordförande\n"
    "Tobias Lindell,  Norrvik, vice ordförande\n"
    "Sara Fjällström, Östby, sekreterare\n"
    "Jonas Bergkvist, Östby\n"
    "Linnea Sundqvist, Västerå, ersättare\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_new_before_the_bare_body_word_heads_its_list(morph):
    got = held(NEW_BOARD_LINES, "sv", morph)
    assert ("Maria Holmgren", "chair", "Styrelsen") in got
    assert ("Tobias Lindell", "vice_chair", "Styrelsen") in got
    assert ("Sara Fjällström", "secretary", "Styrelsen") in got
    assert ("Jonas Bergkvist", "member", "Styrelsen") in got
    assert ("Linnea Sundqvist", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_new_before_the_bare_body_word_in_finnish(morph):
    got = held(
        "Vuosikokous\n\nUusi hallitus:\nAino Kettunen, puheenjohtaja\n"
        "Pekka Rautio, varapuheenjohtaja\nEeva Salonen\n",
        "fi",
        morph,
    )
    assert ("Aino Kettunen", "chair", "Hallitus") in got
    assert ("Pekka Rautio", "vice_chair", "Hallitus") in got
    assert ("Eeva Salonen", "member", "Hallitus") in got


NEW_BOARD_ONE_LINE = (
    "Årsmöte\n\n"
    "Ny styrelse:  Karl Vikström, Anna Lindgren, Sven Holmberg (Ordf), Eva-Lena Ek Strömqvist\n\n"
    "Årsmötet hålls i mars.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_new_board_run_on_one_line(morph):
    got = held(NEW_BOARD_ONE_LINE, "sv", morph)
    assert ("Sven Holmberg", "chair", "Styrelse") in got
    assert ("Karl Vikström", "member", "Styrelse") in got
    assert ("Anna Lindgren", "member", "Styrelse") in got
    assert ("Eva-Lena Ek Strömqvist", "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_new_and_a_word_of_no_body_with_seats_gives_no_line(morph):
    # guard: "Nytt kansli:" names no body with seats: the names after it hold none
    assert held("Nytt kansli: Anna Lindgren, Bo Ekström, Sven Holmberg\n", "sv", morph) == set()


BOARD_THEN_OFFICE = (
    "KANSLI OCH STYRELSE\n"
    "På vårt kansli sköts det administrativa.\n"
    "Styrelsen\n"
    "En arbetande styrelse som träffas en gång i månaden.\n"
    "Anna Bergman, ordförande\n"
    "Bo Lindahl, vice ordförande\n"
    "Eva Ekholm, kassör\n"
    "Per Holmér, ledamot\n"
    "Kansli\n"
    "Olle Dahlin, adjungerad sekreterare i styrelsen\n"
    "Siv Lundell, ekonomiansvarig\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_staff_under_kansli_hold_no_seat(morph):
    got = held(BOARD_THEN_OFFICE, "sv", morph)
    assert ("Anna Bergman", "chair", "Styrelsen") in got
    assert ("Per Holmér", "member", "Styrelsen") in got
    assert not any(p in ("Siv Lundell", "Olle Dahlin") for p, _r, _b in got)


CO_OPTED_IN_LIST = (
    "Styrelsens ledamöter\n"
    "Åsa Lindqvist, ordförande\n"
    "Inga Borg, sekreterare\n"
    "Bo Sandell\n"
    "Jorunn Vik\n"
    "Mikael Tornberg (adjungerad)\n\n"
    "Styrelsen träffas tre gånger per termin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_co_opted_name_in_a_list_holds_no_seat(morph):
    got = held(CO_OPTED_IN_LIST, "sv", morph)
    assert ("Åsa Lindqvist", "chair", "Styrelsen") in got
    assert ("Jorunn Vik", "member", "Styrelsen") in got
    assert not any(p == "Mikael Tornberg" for p, _r, _b in got)


FLAT_REPORT = (
    "2 1. Organisation Styrelse Karin Åberg (ordförande), Mats Hellström Vik (vice ordförande), "
    "Lena Sjögren (kassör), Jan Forsell (sekreterare), Ulla-Britt Ek, Tomas Bergfors och "
    "Nils Vallin Revisorer Ordinarie revisorer Sten Wallgren och Bertil Ahlin Suppleanter "
    "Gunnar Ottosson och Rut Nyström Valberedning Maja Strand (sammankallande), Lisa Åkerlund "
    "och Erik Dalén Huvudansvariga funktionärer Sportkommittén Håkan Lindberg Stugkommittén "
    "Petra Sund Tävlingsanmälan Gun Fält Webbansvarig Ove Ekman Ungdoms- och motionskommittén "
    "Stina Höglund Kartansvarig Henrik Boman Årsmöte Årsmötet hölls den 2 februari.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_flattened_report_of_headings_and_names(morph):
    got = held(FLAT_REPORT, "sv", morph)
    assert ("Karin Åberg", "chair", "Styrelse") in got
    assert ("Mats Hellström Vik", "vice_chair", "Styrelse") in got
    assert ("Jan Forsell", "secretary", "Styrelse") in got
    assert ("Lena Sjögren", "member", "Styrelse") in got
    assert ("Ulla-Britt Ek", "member", "Styrelse") in got
    assert ("Nils Vallin", "member", "Styrelse") in got
    assert ("Maja Strand", "member", "Valberedning") in got
    assert ("Erik Dalén", "member", "Valberedning") in got
    assert ("Håkan Lindberg", "member", "Sportkommittén") in got
    assert ("Petra Sund", "member", "Stugkommittén") in got
    assert ("Stina Höglund", "member", "Ungdoms- och motionskommittén") in got
    # auditors, their deputies and the duties' people hold no seat
    for person in ("Sten Wallgren", "Gunnar Ottosson", "Rut Nyström", "Ove Ekman", "Henrik Boman"):
        assert not any(p == person for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_flattened_report_without_an_officer_is_not_read_so(morph):
    # guard: no post in brackets an officer's: not such a report, no seat by this rule
    flat = FLAT_REPORT.replace(" (ordförande)", "").replace(" (vice ordförande)", "")
    got = held(flat.replace(" (sekreterare)", ""), "sv", morph)
    assert not any(b == "Sportkommittén" for _p, _r, b in got)


GUEST_THEN_ELECTION = (
    "Distriktsårsmöte\n\n"
    "Ny ordförande och en utökning av styrelsen beslutades vid distriktets årsmöte i Norrvik.\n\n"
    "Lisa Grönlund, ledamot i förbundsstyrelsen, framförde en hälsning från förbundet.\n\n"
    "Till ny ordförande valdes Karl Bergsten. I övrigt valdes Anna Lindén v.ordf, Sven "
    "Holmqvist sekr, samt ledamöterna Eva Ekdahl och Per Åslund. Kassör Olle Dahlberg och "
    "ledamot Siv Lundmark har ett år kvar på sitt mandat.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_guests_body_is_not_the_pages_and_posts_after_names(morph):
    got = held(GUEST_THEN_ELECTION, "sv", morph)
    assert ("Karl Bergsten", "chair", "Styrelsen") in got
    assert ("Anna Lindén", "vice_chair", "Styrelsen") in got
    assert ("Sven Holmqvist", "secretary", "Styrelsen") in got
    assert ("Eva Ekdahl", "member", "Styrelsen") in got
    assert ("Per Åslund", "member", "Styrelsen") in got
    assert ("Olle Dahlberg", "member", "Styrelsen") in got
    assert ("Siv Lundmark", "member", "Styrelsen") in got
    assert not any(b.casefold() == "förbundsstyrelsen" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_after_names_and_terms_left_with_no_body_give_nothing(morph):
    # guard: no seats read before or beside them: whose posts they are is unknown
    assert held("Vid mötet valdes Anna Lindén ordf, Sven Holmqvist sekr.\n", "sv", morph) == set()
    text = "Kassör Olle Dahlberg och ledamot Siv Lundmark har ett år kvar på sitt mandat.\n"
    assert held(text, "sv", morph) == set()

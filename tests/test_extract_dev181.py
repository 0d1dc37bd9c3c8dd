"""hytegraph extract on layouts met in older Swedish held-out sets (the hundred-and-sixty-eighth
above all): made-up snippets, one per mechanism, read with either word-form reader.

- "A, Place, office" items in one sentence ("… av Aino Ek, Norrby, ordförande, Bo Lind,
  Söderby, viceordförande, Eva Berg, Västby, …"): one capitalised word set off by commas
  between a name and its office is the name's place, and the office is still the name's
  (not the next name's);
- a time between "bestod"/"består" and "av" ("Styrelsen bestod under år 2019 av A, B och
  C", "… består år 2024 av …") still says the body's composition, as "bestod nu av" does;
- a Swedish job of two words, a known job after a lower-case word, between the verb and the
  name ("Till styrelsens ordförande återvaldes verkställande direktör A") is skipped as a job
  of one word is: the name after it holds the office (Finnish keeps its own readers of jobs);
- a line led by a body's word (perhaps an owner's name in the genitive before it) and a
  year, then three names or more and nothing else ("SRFs styrelse 2011 A, B, C och D."): each
  name is a member of that body, save one the page makes an officer of a body of that word;
- where a person comes from ("från" and capitalised words) between the name and "valdes till"
  an office ("A från Norrby Företagare och B från Söderby valdes till viceordförande") does
  not part the names from the office: each name of the run holds it;
- a body's word, a colon, names and an election's term after them ("Valberedning: A, nyval
  tre år.") name the body's members, one name enough; auditors' lines hold no seat;
- "A fick förnyat förtroende som ordförande" (a verb of election or of going on before "som")
  with no body in the sentence nor a seat read for A: the office in the one body of the other
  seats its paragraph reads (with seats of two bodies there, nothing; "A avtackades för sitt
  arbete som ordförande för X", a past office of another body, nothing).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

PLACES = (
    "Verksamhetsberättelse 2019\n\n"
    "Styrelse och personal\n\n"
    "Förbundets styrelse bestod under år 2019 av Aino Ekström, Norrby, ordförande, Bo "
    "Lindqvist, Söderby, viceordförande, Eva Bergman, Västby, Per Holmgren, Österby, och "
    "Kim Sandell, Åsby.\n\n"
    "Suppleanter har varit Lisa Nyberg, Norrby, och Olle Wikström, Söderby.\n"
)


def _by_person(got: set[tuple[str, str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person, role, _body in got:
        out.setdefault(person, set()).add(role)
    return out


@pytest.mark.parametrize("morph", MORPHS)
def test_office_after_a_name_and_its_place_is_the_names(morph):
    got = _by_person(held(PLACES, "sv", morph))
    assert got.get("Aino Ekström") == {"chair"}
    assert got.get("Bo Lindqvist") == {"vice_chair"}
    assert "chair" not in got.get("Bo Lindqvist", set())
    assert "vice_chair" not in got.get("Eva Bergman", set())


@pytest.mark.parametrize("morph", MORPHS)
def test_time_between_consisted_and_of_names_the_members(morph):
    got = _by_person(held(PLACES, "sv", morph))
    for person in ("Eva Bergman", "Per Holmgren", "Kim Sandell"):
        assert got.get(person) == {"member"}, person


@pytest.mark.parametrize("morph", MORPHS)
def test_time_in_the_present_between_consists_and_of(morph):
    text = (
        "Om föreningen\n\nStyrelsen består år 2024 av Aino Ekström, Bo Lindqvist och Eva Bergman.\n"
    )
    got = held(text, "sv", morph)
    assert {p for p, role, _b in got if role == "member"} == {
        "Aino Ekström",
        "Bo Lindqvist",
        "Eva Bergman",
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_name_before_its_office_without_a_place(morph):
    # "A, ordförande, B": the office set off right after a name, as before
    text = (
        "Verksamhetsberättelse 2019\n\n"
        "Styrelsen bestod av Aino Ekström, ordförande, Bo Lindqvist, sekreterare, och "
        "Eva Bergman.\n"
    )
    got = _by_person(held(text, "sv", morph))
    assert got.get("Aino Ekström") == {"chair"}
    assert got.get("Bo Lindqvist") == {"secretary"}
    assert got.get("Eva Bergman") == {"member"}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_office_before_the_name(morph):
    # "ordförande A, Norrby, vice ordförande B": no comma between the office and the name
    # after it; each office is the next name's
    text = (
        "Årsmötet 2019\n\n"
        "Till styrelse valdes ordförande Aino Ekström, Norrby, vice ordförande Bo Lindqvist, "
        "Söderby, och ledamoten Eva Bergman, Västby.\n"
    )
    got = _by_person(held(text, "sv", morph))
    assert "chair" not in got.get("Bo Lindqvist", set())


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_time_not_before_of(morph):
    # "bestod under året": no "av" after the time, no composition said
    text = (
        "Verksamhetsberättelse 2019\n\n"
        "Arbetet bestod under år 2019 mest av möten. Aino Ekström, Bo Lindqvist och Eva "
        "Bergman var på plats.\n"
    )
    got = held(text, "sv", morph)
    assert not {p for p, _r, _b in got}


@pytest.mark.parametrize("morph", MORPHS)
def test_job_of_two_words_before_the_name(morph):
    text = (
        "På förbundets höstmöte valdes ordförande och styrelse för nästa år. Till styrelsens "
        "ordförande återvaldes verkställande direktör Aino Ekström från Norrby. Ny ordinarie "
        "medlem i styrelsen är Bo Lindqvist, företagare från Söderby.\n"
    )
    got = _by_person(held(text, "sv", morph))
    assert got.get("Aino Ekström") == {"chair"}
    assert got.get("Bo Lindqvist") == {"member"}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_conjunction_before_a_job(morph):
    # "ordförande och direktör A": two posts of one person, the conjunction no job's word
    text = (
        "Till styrelsens ordförande valdes Aino Ekström. Till sekreterare och direktör "
        "valdes Bo Lindqvist.\n"
    )
    got = _by_person(held(text, "sv", morph))
    assert got.get("Aino Ekström") == {"chair"}
    assert "chair" not in got.get("Bo Lindqvist", set())


YEAR_LINE = (
    "Föreningens styrelse omvald på årsmötet\n\n"
    "2011-03-26 |\n\n"
    "TFs styrelse 2011 Aino Ekström, Bo Lindqvist, Eva Bergman och Per Holmgren.\n\n"
    "Ordförande Aino Ekström hälsar välkommen och talar om året som gått.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_body_and_year_then_names_on_a_line(morph):
    got = _by_person(held(YEAR_LINE, "sv", morph))
    for person in ("Bo Lindqvist", "Eva Bergman", "Per Holmgren"):
        assert got.get(person) == {"member"}, person
    assert got.get("Aino Ekström") == {"chair"}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_year_line_with_other_words(morph):
    # words other than names among the items: no such list
    text = YEAR_LINE.replace("Eva Bergman och", "Eva Bergman som kassör och")
    got = _by_person(held(text, "sv", morph))
    assert got.get("Per Holmgren") != {"member"}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_auditors_year_line(morph):
    text = "Årsmöte\n\nRevisorer 2011 Aino Ekström, Bo Lindqvist och Eva Bergman.\n"
    assert not held(text, "sv", morph)


FROM = (
    "Höstmöte\n\n"
    "Aino Ekström fortsätter som ordförande när föreningen hade sitt höstmöte. {line}\n\n"
    "Till nya styrelsemedlemmar valdes Eva Bergman och Per Holmgren.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_where_from_between_names_and_elected_to_an_office(morph):
    line = (
        "Bo Lindqvist från Norrby Företagare och Kim Sandell från Söderby Företagare "
        "valdes till viceordförande."
    )
    got = _by_person(held(FROM.format(line=line), "sv", morph))
    assert got.get("Bo Lindqvist") == {"vice_chair"}
    assert got.get("Kim Sandell") == {"vice_chair"}
    assert "Norrby Företagare" not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_where_from_one_place_word_before_the_verb(morph):
    line = "Bo Lindqvist från Norrby valdes till viceordförande."
    got = _by_person(held(FROM.format(line=line), "sv", morph))
    assert got.get("Bo Lindqvist") == {"vice_chair"}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_clause_between_the_names(morph):
    # the first name does something else before "och": not one of the office's run
    line = (
        "Bo Lindqvist från Norrby talade om året och Kim Sandell från Söderby valdes till "
        "viceordförande."
    )
    got = _by_person(held(FROM.format(line=line), "sv", morph))
    assert got.get("Kim Sandell") == {"vice_chair"}
    assert "vice_chair" not in got.get("Bo Lindqvist", set())


ELECTIONS = (
    "Valen\n"
    "Valen blev enligt följande:\n"
    "Ordförande: Aino Ekström, omval ett år.\n"
    "Styrelseledamöter: Bo Lindqvist och Eva Bergman, omval två år.\n"
    "Revisorer: Per Holmgren och Kim Sandell, omval ett år.\n"
    "{line}\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_body_line_with_an_election_term_and_one_name(morph):
    got = held(ELECTIONS.format(line="Valberedning: Lisa Nyberg, nyval tre år."), "sv", morph)
    assert ("Lisa Nyberg", "member", "Valberedning") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_auditors_line_with_a_term(morph):
    got = held(ELECTIONS.format(line="Valberedning: Lisa Nyberg, nyval tre år."), "sv", morph)
    assert not {p for p, _r, _b in got} & {"Per Holmgren", "Kim Sandell"}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_body_line_of_one_name_without_a_term(morph):
    # one name after a body's label and no term: a contact, not read as the body's member
    got = held(ELECTIONS.format(line="Valberedning: Lisa Nyberg."), "sv", morph)
    assert ("Lisa Nyberg", "member", "Valberedning") not in got


RENEWED = (
    "Höstmöte\n\n"
    "Aino Ekström fick förnyat förtroende som ordförande när föreningen hade sitt höstmöte. "
    "{line}\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_after_som_in_the_body_of_the_paragraphs_seats(morph):
    line = "Bo Lindqvist och Kim Sandell valdes till viceordförande i styrelsen."
    got = held(RENEWED.format(line=line), "sv", morph)
    bodies = {b for p, r, b in got if p == "Bo Lindqvist" and r == "vice_chair"}
    assert bodies
    assert {b for p, r, b in got if p == "Aino Ekström" and r == "chair"} == bodies


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_som_office_beside_seats_of_two_bodies(morph):
    line = (
        "Bo Lindqvist valdes till viceordförande i styrelsen. Kim Sandell valdes till "
        "ordförande i valberedningen."
    )
    got = held(RENEWED.format(line=line), "sv", morph)
    assert not {b for p, r, b in got if p == "Aino Ekström"}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_finnish_verb_before_a_job(morph):
    # "edustaja vaihtuu johtaja A:n pyydettyä eroa": A leaves; no seat from a verb and a job
    text = (
        "Palveluvalikoimaneuvoston kokoonpano\n\n"
        "Neuvoston puheenjohtaja on Aino Aho. Myös ministeriön edustaja vaihtuu johtaja "
        "Eeva Ekin pyydettyä eroa.\n"
    )
    got = {p for p, _r, _b in held(text, "fi", morph)}
    assert not {p for p in got if p.startswith("Eeva")}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_past_office_thanked_for(morph):
    line = (
        "Bo Lindqvist och Kim Sandell valdes till viceordförande i styrelsen. Vid årsmötet "
        "avtackades också Eva Bergman för sitt mångåriga arbete som ordförande för "
        "Testby Sportklubb."
    )
    got = held(RENEWED.format(line=line), "sv", morph)
    assert not {b for p, r, b in got if p == "Eva Bergman"}

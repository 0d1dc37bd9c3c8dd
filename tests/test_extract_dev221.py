"""hytegraph extract on offices said with a verb of being and on organisations represented in a
body, in running text:

- the past of "olla" links a name to its office as the present does ("A oli klubitoimikunnan
  jäsen"), but not an office held before ("A oli aiemmin hallituksen jäsen");
- Swedish offices set off by commas after their names keep their names when "och" joins the
  last name ("A, ordförande, B, sekreterare och C": B the secretary, C a member), and an office
  after "är" / "var" is the subject's, not that of the name after "och" ("A är sekreterare och
  B ledamot"); the board's genitive between the verb and the office is its body ("A är
  styrelsens ordförande");
- the organisations a body has represented in it, the body named first ("Ryhmässä ovat
  edustettuina A, B ja järjestöt", "I rådet är A och B representerade"), the unnamed ones of a
  kind as a subject ("Useampi järjestö on edustettuna …"), and "X:n edustus" in a body or in
  the bodies a relative "joissa" points back to; organisations named by their kind only are a
  collective of each body ("järjestöt (Hyvinvointiryhmä)");
- a word saying a seat is not held ("kutsuttu", "ehdolla") binds the name it stands beside, or
  the clause it opens after a comma and "ja", not the seats the sentence gave before it;
- an office of a body set off by a comma after a name ("A (C), vice ordförande i
  kommunstyrelsen, …", "A, kunnanhallituksen puheenjohtaja, …") is that person's, unless held
  before or a guest's; the subject before "oli" keeps its name as written;
- an adverb or a particle after the verb of electing ("omvaldes enhälligt som", "valdes om
  som", "valittiin yksimielisesti") leaves the name before it the office's holder.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, needs_voikko, seats


def represented(text: str, lang: str, morph: str | None) -> set[tuple[str, str, str]]:
    """(organisation, kind, body) of every representation found."""
    return {
        (f.actor.name.casefold(), f.actor.kind, f.target.name.casefold())
        for f in findings(text, lang, morph)
        if f.kind == "membership" and f.role == "representation" and f.target is not None
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_the_past_of_being_links_a_name_to_its_office(morph):
    got = seats("Tukiosasto\n\nAino Ahola oli klubitoimikunnan jäsen.\n", "fi", morph)
    assert ("Aino Ahola", "member", "klubitoimikunta") in got
    got = seats("Tukiosasto\n\nAino Ahola ja Eero Ek olivat hallituksen jäseniä.\n", "fi", morph)
    assert {("Aino Ahola", "member", "hallitus"), ("Eero Ek", "member", "hallitus")} <= got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_held_before_is_not_read(morph):
    got = seats("Tukiosasto\n\nAino Ahola oli aiemmin hallituksen jäsen.\n", "fi", morph)
    assert not any(p == "Aino Ahola" for p, _r, _b in got)


def test_swedish_offices_set_off_after_names_with_and_before_the_last():
    text = (
        "Föreningen\n\nStyrelsen består av Anna Berg, ordförande, Bo Ek, sekreterare och "
        "Eva Lund.\n"
    )
    got = seats(text, "sv")
    assert ("Anna Berg", "chair", "styrelsen") in got
    assert ("Bo Ek", "secretary", "styrelsen") in got
    assert ("Eva Lund", "member", "styrelsen") in got
    assert ("Eva Lund", "secretary", "styrelsen") not in got
    text = (
        "Föreningen\n\nStyrelsen består av Anna Berg, ordförande, Bo Ek, vice ordförande, "
        "Lars Holm, sekreterare och Eva Lund.\n"
    )
    got = seats(text, "sv")
    assert ("Lars Holm", "secretary", "styrelsen") in got
    assert ("Eva Lund", "secretary", "styrelsen") not in got


def test_an_office_before_names_keeps_them():
    got = seats(
        "Föreningen\n\nStyrelsen: ordförande Anna Berg, sekreterare och kassör Bo Ek.\n", "sv"
    )
    assert ("Anna Berg", "chair", "styrelsen") in got
    assert ("Bo Ek", "secretary", "styrelsen") in got


def test_swedish_office_after_is_the_subjects():
    got = seats("Föreningen\n\nAnna Berg är sekreterare och Bo Ek ledamot i styrelsen.\n", "sv")
    assert not any(p == "Bo Ek" and r == "secretary" for p, r, _b in got)
    text = (
        "Kommunfullmäktige har också valt presidium för år 2016. Gun-Britt Lyngander är "
        "ordförande och Dan-Johan Dahlblom vice.\n"
    )
    got = seats(text, "sv")
    assert ("Gun-Britt Lyngander", "chair", "kommunfullmäktige") in got
    assert ("Dan-Johan Dahlblom", "vice_chair", "kommunfullmäktige") in got


def test_swedish_board_genitive_between_verb_and_office():
    got = seats("Föreningen\n\nAnna Berg är styrelsens ordförande.\n", "sv")
    assert ("Anna Berg", "chair", "styrelsen") in got
    text = (
        "Föreningen\n\nAnna Berg var nämndens sekreterare och Bo Ek blev styrelsens ordförande.\n"
    )
    got = seats(text, "sv")
    assert ("Anna Berg", "secretary", "nämnden") in got
    assert ("Bo Ek", "chair", "styrelsen") in got
    assert ("Bo Ek", "secretary", "nämnden") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_organisations_represented_in_a_body_named_first(morph):
    text = (
        "Hyvinvointiryhmässä ovat edustettuina sivistystoimi, Testilän kaupunki, "
        "Länsi-Uudenmaan hyvinvointialue ja järjestöt.\n"
    )
    got = represented(text, "fi", morph)
    assert ("testilän kaupunki", "municipality", "hyvinvointiryhmä") in got
    assert ("länsi-uudenmaan hyvinvointialue", "county", "hyvinvointiryhmä") in got
    assert ("järjestöt (hyvinvointiryhmä)", "collective", "hyvinvointiryhmä") in got
    assert ("sivistystoimi", "organisation", "hyvinvointiryhmä") in got
    assert len(got) == 4


@pytest.mark.parametrize("morph", MORPHS)
def test_a_clause_ends_the_list_of_organisations(morph):
    text = (
        "Ryhmässä on edustettuna laaja joukko eri alojen toimijoita, jotka tekevät työtä "
        "lasten hyväksi.\n"
    )
    assert represented(text, "fi", morph) == set()
    text = "Vanhusneuvostossa ovat edustettuina Aino Ahola ja Eero Ek.\n"
    assert represented(text, "fi", morph) == set()


def test_swedish_organisations_represented_in_a_body():
    got = represented(
        "I pensionärsrådet är PRO, SPF Seniorerna och SKPF representerade.\n", "sv", None
    )
    assert got == {
        ("pro", "organisation", "pensionärsrådet"),
        ("spf seniorerna", "organisation", "pensionärsrådet"),
        ("skpf", "organisation", "pensionärsrådet"),
    }
    got = represented("I rådet finns representerade kommunen och föreningarna.\n", "sv", None)
    assert ("föreningarna (rådet)", "collective", "rådet") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_unnamed_organisations_of_a_kind_as_the_subject(morph):
    got = represented("Useampi järjestö on edustettuna myös Nuorten työryhmässä.\n", "fi", morph)
    assert got == {("useampi järjestö (nuorten työryhmä)", "collective", "nuorten työryhmä")}
    got = represented("Flera föreningar är representerade i rådet.\n", "sv", None)
    assert got == {("flera föreningar (rådet)", "collective", "rådet")}


@pytest.mark.parametrize("morph", MORPHS)
def test_representation_said_as_a_noun(morph):
    text = (
        "Tulosalue osallistuu kaupunkitasoisen ohjausryhmän sekä asiantuntijaryhmän "
        "toimintaan, joissa on mukana järjestöjen edustus.\n"
    )
    got = represented(text, "fi", morph)
    assert {b for _o, _k, b in got} == {"kaupunkitasoinen ohjausryhmä", "asiantuntijaryhmä"}
    # one collective a body: the NGOs of one group are not said to be those of the other
    assert {(o, k) for o, k, _b in got} == {
        ("järjestöjen edustus (kaupunkitasoinen ohjausryhmä)", "collective"),
        ("järjestöjen edustus (asiantuntijaryhmä)", "collective"),
    }
    got = represented("Työryhmässä on Hyte ry:n edustus.\n", "fi", morph)
    assert got == {("hyte ry", "registered_association", "työryhmä")}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_named_association_first_in_the_sentence_stays_named(morph):
    got = represented("Hyte ry on edustettuna ohjausryhmässä.\n", "fi", morph)
    assert got == {("hyte ry", "registered_association", "ohjausryhmä")}
    got = represented("Testby förening är representerad i rådet.\n", "sv", None)
    assert got == {("testby förening", "ngo", "rådet")}
    got = represented("Useampi yhdistys on edustettuna ohjausryhmässä.\n", "fi", morph)
    assert got == {("useampi yhdistys (ohjausryhmä)", "collective", "ohjausryhmä")}


@pytest.mark.parametrize("morph", MORPHS)
def test_an_invitees_word_is_the_next_names_only(morph):
    # "kutsuttu" between a name and its role word: that name's; the seat before "ja" is held
    text = "Tukiosasto\n\nAino Ahola oli klubitoimikunnan jäsen ja Eero Ek kutsuttu jäsen.\n"
    got = seats(text, "fi", morph)
    assert ("Aino Ahola", "member", "klubitoimikunta") in got
    assert not any(p == "Eero Ek" for p, _r, _b in got)
    # a clause after a comma and "ja" that opens with the candidates' word is theirs alone
    text = (
        "Hallitus\n\nHallitukseen valittiin Aino Ahola ja Eero Ek, ja ehdolla olivat myös "
        "Liisa Laine ja Pekka Puu.\n"
    )
    got = seats(text, "fi", morph)
    assert {("Aino Ahola", "member", "hallitus"), ("Eero Ek", "member", "hallitus")} <= got
    assert not any(p in ("Liisa Laine", "Pekka Puu") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_invitees_word_before_the_names_keeps_them_all_invited(morph):
    text = "Hallitus\n\nHallitukseen kutsuttiin jäseniksi Aino Ahola ja Eero Ek.\n"
    assert seats(text, "fi", morph) == set()


def test_swedish_office_in_apposition():
    text = "Karin Örjes (C), vice ordförande i kommunstyrelsen, deltog i mötet.\n"
    assert ("Karin Örjes", "vice_chair", "kommunstyrelsen") in seats(text, "sv")
    text = "\u2013 Det är viktigt, säger Bo Ek, kommunstyrelsens ordförande.\n"
    assert ("Bo Ek", "chair", "kommunstyrelsen") in seats(text, "sv")
    text = "På mötet talade Ingrid Burman, ordförande i Handikappförbunden.\n"
    assert ("Ingrid Burman", "chair", "handikappförbunden") in seats(text, "sv")


@pytest.mark.parametrize("morph", MORPHS)
def test_finnish_office_in_apposition(morph):
    text = "Aino Ahola, kunnanhallituksen puheenjohtaja, osallistui kokoukseen.\n"
    assert ("Aino Ahola", "chair", "kunnanhallitus") in seats(text, "fi", morph)
    text = "Kokoukseen osallistui Aino Ahola (kesk.), kunnanhallituksen puheenjohtaja.\n"
    assert ("Aino Ahola", "chair", "kunnanhallitus") in seats(text, "fi", morph)


def test_no_office_in_apposition_held_before_or_a_guests():
    text = "Anna Berg, tidigare ordförande i kommunstyrelsen, talade.\n"
    assert seats(text, "sv") == set()
    text = (
        "Årsmöte\n\nCarina Dagbro, ledamot i förbundsstyrelsen, framförde en hälsning från "
        "förbundet.\n"
    )
    assert seats(text, "sv") == set()
    text = "Aino Ahola, kunnanhallituksen entinen puheenjohtaja, osallistui.\n"
    assert seats(text, "fi") == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_the_subject_of_being_is_in_the_nominative(morph):
    # "Nurmen" read as the genitive of "Nurmi" is the subject's own name before "oli"
    text = "Tukiosasto\n\nJouko Nurmen oli klubitoimikunnan jäsen.\n"
    got = seats(text, "fi", morph)
    assert ("Jouko Nurmen", "member", "klubitoimikunta") in got


@needs_voikko  # (the rules read no object in the genitive before the body's genitive)
def test_an_object_in_the_genitive_keeps_its_base_form():
    text = "Hallitus\n\nKokous valitsi Matti Virtasen hallituksen puheenjohtajaksi.\n"
    assert ("Matti Virtanen", "chair", "hallitus") in seats(text, "fi")


def test_an_adverb_after_the_verb_of_electing_swedish():
    for sentence in (
        "Ingela Eriksson omvaldes enhälligt som ordförande.",
        "Ingela Eriksson valdes om som ordförande.",
        "Ingela Eriksson valdes enhälligt till ordförande.",
    ):
        got = seats(f"Förbundsstyrelsen\n\n{sentence}\n", "sv")
        assert ("Ingela Eriksson", "chair", "förbundsstyrelsen") in got, sentence


@needs_voikko  # (the rules read no subject before the passive with the body's genitive)
def test_an_adverb_after_the_verb_of_electing_finnish():
    for sentence in (
        "Aino Ahola valittiin uudelleen hallituksen puheenjohtajaksi.",
        "Aino Ahola valittiin yksimielisesti hallituksen puheenjohtajaksi.",
    ):
        assert ("Aino Ahola", "chair", "hallitus") in seats(f"{sentence}\n", "fi"), sentence
    text = "Hallitus 2020\n\nAino Ahola valittiin yksimielisesti puheenjohtajaksi.\n"
    assert ("Aino Ahola", "chair", "hallitus") in seats(text, "fi")

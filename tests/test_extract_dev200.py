"""hytegraph extract without libvoikko (the rules' word forms) on layouts where it read less than
voikko: made-up snippets, one per mechanism, read with either word-form reader.

- a body's word whose stem weakens before an ending ("kumppanuuspöydän",
  "nuorisoparlamentissa", "hankkeessa") is read back to its basic form ("kumppanuuspöytä",
  "nuorisoparlamentti", "hanke"), so that "X kumppanuuspöydän jäsenet" heads its list of
  members;
- a word in -us or -ys on its stem "-ukse-", "-ykse-" before a local case, the essive or the
  translative ("kokoukselta", "yhdistyksellä") is read as the word in -us, -ys;
- the e-stem head of a place's name in a local case ("Ylöjärveltä", "Pitkäjärvellä") is read as
  in the genitive ("Ylöjärvi"), and a place in a local case before a first name and a surname
  ("sekä Ylöjärveltä Aino Ahola") says where the person is from: a name's first word is never
  inflected;
- a list entry whose lower-case words before a name hold a role in the translative ("valita
  jaoston puheenjohtajaksi Aino Ahon") is a sentence, not a title, and is read as one (the
  name the verb's object, in the genitive);
- after an active verb of electing, the name right after a role in the essive is the verb's
  object, in the genitive ("Hallitus valitsi jatkamaan puheenjohtajana Aino Ahon"), unless a
  verb of serving or a passive stands between them;
- a column of three or more lines that are only two capitalised words with a comma between
  ("Ahola, Aino") is a list of names printed surname first (not when the first name is a
  town).
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.morphology import RuleMorphology
from tests.extract_snippets import MORPHS, held, roles

PANELS = (
    "Testilän kumppanuuspöydät\n\n"
    "Testilän ikäihmisten kumppanuuspöydän jäsenet\n\n"
    "Ahola Aino\n"
    "Mäkelä Eino\n"
    "Virtala Minna\n\n"
    "Testilän ikäihmisten kumppanuustyöryhmä\n\n"
    "Puheenjohtaja: palvelujohtaja Outi Koskela\n"
    "Sihteeri: suunnittelija Pia Saarela\n\n"
    "Testilän nuorten kumppanuuspöydän jäsenet\n\n"
    "Heikkilä Juha\n"
    "Rantala Sari\n"
    "Kivelä Tuomas\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_body_word_on_its_weak_stem_heads_its_list(morph):
    got = roles(PANELS, "fi", morph)
    for name in ("Ahola Aino", "Eino Mäkelä", "Minna Virtala"):
        assert (name, "member", "Testilän ikäihmisten kumppanuuspöytä") in got
    for name in ("Heikkilä Juha", "Rantala Sari", "Kivelä Tuomas"):
        assert (name, "member", "Testilän nuorten kumppanuuspöytä") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_working_group_between_the_panels(morph):
    got = roles(PANELS, "fi", morph)
    assert ("Koskela Outi", "chair", "Testilän ikäihmisten kumppanuustyöryhmä") in got
    # the next panel's members are no members of the working group before them
    assert not any(body.endswith("työryhmä") and role == "member" for _, role, body in got)


@pytest.mark.parametrize(
    ("word", "base", "case"),
    [
        ("kumppanuuspöydän", "kumppanuuspöytä", "gen"),
        ("nuorisoparlamentissa", "nuorisoparlamentti", "ine"),
        ("kehittämishankkeessa", "kehittämishanke", "ine"),
        ("hankkeeseen", "hanke", "ill"),
        ("hankkeena", "hanke", "ess"),
        ("kokoukselta", "kokous", "abl"),
        ("yhdistyksellä", "yhdistys", "ade"),
        ("hallituksesta", "hallitus", "ela"),
        ("Ylöjärveltä", "Ylöjärvi", "abl"),
        ("Pitkäjärvellä", "Pitkäjärvi", "ade"),
        ("Näkkäläjärven", "Näkkäläjärvi", "gen"),
    ],
)
def test_rules_read_weak_stems_back(word, base, case):
    readings = RuleMorphology().analyse(word)
    assert (base, case) in {(a.base, a.case) for a in readings}


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("pöytä", "pöytä"),  # a nominative stays
        ("Mäen", "Mäe"),  # a head alone, no compound before it: left as the genitive's rule has it
        ("Kolehmainen", "Kolehmainen"),
        ("toimielin", "toimielin"),
    ],
)
def test_leave_alone_words_the_weak_stems_do_not_fit(word, base):
    assert RuleMorphology().analyse(word)[0].base == base


WHENCE = (
    "Seutuhallitukseen nimettiin kokouksessa Eino Mäkelä (ps) Hollolasta sekä "
    "Ylöjärveltä Aino Ahola (sd) ja Minna Virtala (kesk).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_place_in_a_local_case_before_a_name_is_no_part_of_it(morph):
    got = held(WHENCE, "fi", morph)
    assert ("Aino Ahola", "member", "Seutuhallitus") in got
    assert not any(person.startswith("Ylöjärv") for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_place_after_the_name(morph):
    text = WHENCE.replace("Ylöjärveltä Aino Ahola (sd)", "Aino Ahola (sd) Ylöjärveltä")
    got = held(text, "fi", morph)
    assert ("Aino Ahola", "member", "Seutuhallitus") in got
    assert ("Eino Mäkelä", "member", "Seutuhallitus") in got


DECISION = (
    "Seutuvaltuusto päätti\n\n"
    "1. valita jaoston puheenjohtajaksi Anna Koskisen (kok.) ja "
    "varapuheenjohtajaksi Olli Virtalan (sd.).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_translative_role_in_a_list_entry_is_a_sentence(morph):
    got = held(DECISION, "fi", morph)
    assert ("Anna Koskinen", "chair", "jaosto") in got
    assert ("Olli Virtala", "vice_chair", "jaosto") in got
    assert not any(person.endswith("n") and person != "Anna Koskinen" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_title_in_a_list_entry(morph):
    text = (
        "Testilän vanhusneuvoston kokoonpano:\n\n"
        "1. henkilöstön edustaja Aino Ahola\n"
        "2. eläkeyhdistyksen edustaja Eino Mäkelä\n"
        "3. seurakunnan edustaja Minna Virtala\n"
    )
    got = held(text, "fi", morph)
    # (a representative's seat, as the title names it)
    assert ("Aino Ahola", "representative", "Testilän vanhusneuvosto") in got
    assert ("Minna Virtala", "representative", "Testilän vanhusneuvosto") in got


ELECTED = (
    "Testilän Yhdistyksen hallitus kokoontui syyskokouksen jälkeen. Hallitus valitsi "
    "vuodelle 2025 jatkamaan puheenjohtajana Anna Koskelan ja varapuheenjohtajana Olli "
    "Virtasen. Sihteerinä toimii toiminnanjohtaja Kalle Aho.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_essive_role_after_an_active_verb_of_electing_takes_the_genitive(morph):
    got = held(ELECTED, "fi", morph)
    assert ("Anna Koskela", "chair", "Testilän Yhdistyksen hallitus") in got
    assert ("Olli Virtanen", "vice_chair", "Testilän Yhdistyksen hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_essive_role_after_a_passive(morph):
    # "valittiin": a passive, the name in the nominative ("Hagman" is no genitive)
    text = (
        "Testilän Yhdistyksen hallitus kokoontui. Hallitukseen valittiin jatkamaan "
        "puheenjohtajana Olli Hagman.\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Hagman", "chair", "Testilän Yhdistyksen hallitus") in got


COLUMN = (
    "Testilän nuorisovaltuusto\n\n"
    "Valtuuston jäsenet 2025\n\n"
    "Ahola, Aino\n"
    "Lahti, Eino\n"
    "Virtala, Minna\n"
    "Salo, Outi\n"
    "Saarela, Pia\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_column_of_names_surname_first_with_a_comma(morph):
    got = held(COLUMN, "fi", morph)
    for name in ("Aino Ahola", "Eino Lahti", "Minna Virtala", "Outi Salo", "Pia Saarela"):
        assert (name, "member", "Testilän nuorisovaltuusto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_column_of_surnames_and_towns(morph):
    text = COLUMN.replace("Aino", "Kuopio").replace("Eino", "Tampere").replace("Minna", "Oulu")
    text = text.replace("Outi", "Turku").replace("Pia", "Espoo")
    got = held(text, "fi", morph)
    assert not any(
        person.split()[0] in ("Kuopio", "Tampere", "Oulu", "Turku", "Espoo") for person, _, _ in got
    )


def test_double_surname_in_a_column_of_names_surname_first():
    # (without voikko; voikko still reads "Bergström Lind" and takes the first name for whom
    # she is there)
    text = (
        "Kyrkofullmäktige för perioden 2025-2028\n\n"
        "Ahola, Aino\n"
        "Virtala, Minna\n"
        "Koskela, Outi\n"
        "Bergström Lind, Kristina\n"
        "Saarela, Pia\n"
        "Heikkilä, Juha\n"
    )
    got = held(text, "sv", "rules")
    assert ("Kristina Bergström Lind", "member", "Kyrkofullmäktige") in got
    assert ("Outi Koskela", "member", "Kyrkofullmäktige") in got
    assert not any(person == "Bergström Lind" for person, _, _ in got)


def test_leave_alone_a_column_of_surnames_and_parties():
    # (the rule is the rules reader's; voikko reads such a column its own way)
    text = (
        "Testilän nuorisovaltuusto\n\n"
        "Valtuuston jäsenet 2025\n\n"
        "Ahola, SDP\n"
        "Virtala, KOK\n"
        "Saarela, KESK\n"
    )
    got = held(text, "fi", "rules")
    assert not any(person.split()[0] in ("SDP", "KOK", "KESK") for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_column_of_names_and_whom_they_are_for(morph):
    # two words before each comma on every line: a name, then whom the person is for
    text = (
        "Testilän vanhusneuvosto\n\n"
        "Jäsenet 2025\n\n"
        "Aino Ahola, Eläkeliitto\n"
        "Eino Mäkelä, Seniorit\n"
        "Minna Virtala, Kylätoimikunta\n"
    )
    got = held(text, "fi", morph)
    assert not any(person.startswith(("Eläkeliitto", "Seniorit")) for person, _, _ in got)

"""hytegraph extract on layouts met in the hundred-and-seventy-third and hundred-and-seventy-fifth
held-out sets: made-up snippets, one per mechanism, read with either word-form reader.

- one office word right before a run of three names or more, each name followed by a one-word
  tag in parentheses (a party's: "puheenjohtaja A (r.), B (sd.) ja C (ps.)"), is the first
  name's; the others sit beside the officer as members, as in the run without the tags;
- a role word in the translative that names follow ("… ja kauppaneuvos C sekä varajäseniksi
  D ja E") is theirs, never the role of the name before the conjunction;
- under a table's column header naming its first two columns first name and surname
  ("Etunimi Sukunimi Nimeävä organisaatio", or "Sukunimi Etunimi"), each row's first two words
  are the person's names and the rest other columns' (a role in parentheses right after them
  is the person's); a line that is no such row ends the table;
- a body's word joined by a hyphen to a surname with a first name before it ("Kalle
  Kuusi-toimikunta", a first name libvoikko knows) is named after the whole name, as Finnish
  joins a two-word name to a word ("Kalle Kuusi -toimikunta"); an owner's genitive or a
  capitalised word at a sentence's start before such a compound is no first name;
- after a role word and its verb, the name may follow its employer in the genitive and its job
  ("jäseniä ovat Kylälän yliopiston tutkija A, THL:n yksikönpäällikkö ja johtava asiantuntija
  B sekä Testilän yliopiston professori C"); a capitalised genitive alone before a job may be
  a person's and begins no such name;
- a line wholly in parentheses right under a bulleted member's line, naming one person (a title
  before, a unit after a comma: "(dosentti Olli Oja, Fysiikan laitos)"), is that member's
  personal deputy once the list's first such line said "varajäsen"; without that word first,
  such lines are left as they were.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, needs_voikko

PARTY_TAGS = (
    "Kylälän Lämpö tarvitsee omistajaohjausta.\n\n"
    "Kylälän Lämmön hallituksen jäseninä toimivat mm. puheenjohtaja Aino Ahola (r.), Olli Oja "
    "(sd.) ja Pekka Puu (ps.) sekä Eeva Ek (kok.).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_office_before_tagged_names_is_the_first_names(morph):
    got = held(PARTY_TAGS, "fi", morph)
    board = "Kylälän Lämmön hallitus"
    assert ("Aino Ahola", "chair", board) in got
    for name in ("Olli Oja", "Pekka Puu", "Eeva Ek"):
        assert (name, "member", board) in got
        assert (name, "chair", board) not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_plural_office_before_tagged_names(morph):
    # "puheenjohtajat": an office in the plural is every name's, none sits beside it
    text = (
        "Kylälän Lämpö tarvitsee omistajaohjausta.\n\n"
        "Kylälän lautakuntien puheenjohtajat Aino Ahola (r.), Olli Oja (sd.) ja Pekka Puu (ps.) "
        "kokoontuivat.\n"
    )
    got = held(text, "fi", morph)
    assert not any(role == "member" for _, role, _ in got)


APPOINTED = (
    "Valtioneuvoston pöytäkirja 12.3.1935.\n\n"
    "valtioneuvosto päätti kutsua testiyhtiön hallintoneuvostoon kolmen vuoden ajaksi tästä "
    "päivästä lukien puheenjohtajaksi pankinjohtaja Aino Ahon, varapuheenjohtajaksi "
    "pankinjohtaja Olli Ojan sekä jäseniksi kauppaneuvos Pekka Puun, kansanedustaja Eeva Ekin, "
    "tohtori K. M. Kuusen, metsäneuvos Liisa Laineen ja kauppaneuvos Matti Männyn sekä "
    "varajäseniksi professorit A. J. Saaren ja T. Tammen sekä toimitusjohtaja Sari Salon.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_translative_role_with_names_after_is_not_the_name_before(morph):
    got = held(APPOINTED, "fi", morph)
    assert not any(
        person.startswith("Matti M") and role == "deputy_member" for person, role, _ in got
    )
    # the names before stay as read
    assert ("Aino Aho", "chair", "testiyhtiön hallintoneuvosto") in got
    assert ("Pekka Puu", "member", "testiyhtiön hallintoneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_names_before_the_conjunction(morph):
    # "jäseniksi A ja B sekä varajäseniksi C ja D": B keeps the role before her
    text = (
        "Kylälän Kuoro ry:n vuosikokous pidettiin 4.3.2024.\n\n"
        "Hallitukseen valittiin jäseniksi Aino Aho ja Olli Oja sekä varajäseniksi Pekka Puu ja "
        "Eeva Ek.\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Oja", "member", "Hallitus") in got
    assert ("Pekka Puu", "deputy_member", "Hallitus") in got
    assert ("Eeva Ek", "deputy_member", "Hallitus") in got
    assert ("Olli Oja", "deputy_member", "Hallitus") not in got


NAME_COLUMNS = (
    "Työryhmä\n\n"
    "Työryhmän puheenjohtaja on rehtori Aino Ahola. Ryhmän kokoonpano vuodeksi 2023-2024:\n\n"
    "Kylälän kulttuurityöryhmä 2023-2024\n"
    "Etunimi Sukunimi Nimeävä organisaatio Oma organisaatio\n"
    "Liisa  Laine-Kuusisto KUL Kylälän Yliopisto\n"
    "Kaarina  Saari Tutkijajäsen Testivirasto\n"
    "Aino Ahola (puheenjohtaja) KUL Testi\n"
    "Sari Salo-Mäkinen Ky\n\n"
    "Lisätietoja antaa Olli Oja.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_first_name_and_surname_columns(morph):
    got = held(NAME_COLUMNS, "fi", morph)
    group = "Kylälän kulttuurityöryhmä"
    assert ("Liisa Laine-Kuusisto", "member", group) in got
    assert ("Kaarina Saari", "member", group) in got
    assert ("Aino Ahola", "chair", group) in got
    assert ("Sari Salo-Mäkinen", "member", group) in got
    assert not any(person.startswith("Sari Salo-Mäkinen ") for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_surname_and_first_name_columns(morph):
    text = (
        "Kylälän kulttuurityöryhmä\n\n"
        "Sukunimi Etunimi Organisaatio\n"
        "Laine-Kuusisto Liisa Kylälän yliopisto\n"
        "Saari Kaarina Testivirasto\n"
    )
    got = held(text, "fi", morph)
    assert ("Liisa Laine-Kuusisto", "member", "Kylälän kulttuurityöryhmä") in got
    assert ("Kaarina Saari", "member", "Kylälän kulttuurityöryhmä") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_line_after_the_name_columns(morph):
    got = held(NAME_COLUMNS, "fi", morph)
    assert not any(person == "Olli Oja" for person, _, _ in got)


FULL_NAME_BODY = (
    "Kalle Kuusi -toimikunta\n\n"
    "Kunta perusti Kalle Kuusen testamentin hoitamiseksi pysyvän toimikunnan.\n\n"
    "Kalle Kuusi-toimikunta:\n\n"
    "Martti Mänty\n\n"
    "Hanna Hongisto-Salo  pj.\n\n"
    "Tero Tammi\n"
)


@needs_voikko
def test_body_named_after_a_full_name_glued_to_its_word():
    got = held(FULL_NAME_BODY, "fi", None)
    assert ("Hanna Hongisto-Salo", "chair", "Kalle Kuusi -toimikunta") in got
    assert ("Martti Mänty", "member", "Kalle Kuusi -toimikunta") in got
    assert ("Tero Tammi", "member", "Kalle Kuusi -toimikunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_owners_genitive_before_a_glued_compound(morph):
    text = "Kylälän Nuoriso-toimikunta:\n\nPuheenjohtaja Aino Ahola\nJäsen Olli Oja\n"
    got = held(text, "fi", morph)
    assert ("Aino Ahola", "chair", "Kylälän Nuoriso-toimikunta") in got
    assert ("Olli Oja", "member", "Kylälän Nuoriso-toimikunta") in got


EMPLOYERS = (
    "Blogi: Testiön tieteellinen neuvosto\n\n"
    "Testiön tieteellisen neuvoston uusia jäseniä ovat Kylälän yliopiston tutkija Olli Oja, "
    "THL:n yksikönpäällikkö ja johtava asiantuntija Eeva Ek sekä Testilän yliopiston "
    "professori Pekka Puu.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_employer_and_job_before_the_first_name(morph):
    got = held(EMPLOYERS, "fi", morph)
    assert ("Olli Oja", "member", "Testiön tieteellinen neuvosto") in got


@needs_voikko
def test_employer_and_job_before_each_name_of_the_run():
    got = held(EMPLOYERS, "fi", None)
    assert ("Eeva Ek", "member", "Testiön tieteellinen neuvosto") in got
    assert ("Pekka Puu", "member", "Testiön tieteellinen neuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_employer_and_job_in_the_next_sentence(morph):
    text = (
        "Blogi: Testiön tieteellinen neuvosto\n\n"
        "Testiön tieteellisen neuvoston uusia jäseniä ovat Olli Oja ja Eeva Ek. Kylälän "
        "yliopiston tutkija Pekka Puu kiitti neuvostoa.\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Oja", "member", "Testiön tieteellinen neuvosto") in got
    assert not any(person == "Pekka Puu" for person, _, _ in got)


DEPUTY_LINES = (
    "Johtokunta\n\n"
    "Museolla on rehtorin asettama johtokunta. Johtokuntaan kuuluu 7-9 jäsentä, joista "
    "kullakin on henkilökohtainen varajäsen.\n\n"
    "Testilän museon johtokunta\n"
    "1.7.2020-31.3.2024\n\n"
    "• Puheenjohtaja, professori Aino Ahola, Kemian laitos\n"
    "(varajäsen professori Pekka Puu, Kemian laitos)\n\n\n"
    "• Professori Olli Oja, Fysiikan laitos\n"
    "(dosentti Eeva Ek, Fysiikan laitos)\n\n"
    "• Dosentti Kalle Kuusi, Biologian laitos\n"
    "(yliopistonlehtori Liisa Laine, Biologian laitos)\n\n\n"
    "• Intendentti Matti Mänty, henkilöstön edustaja\n"
    "(intendentti Sari Saari)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputy_lines_in_parentheses_under_the_members(morph):
    got = held(DEPUTY_LINES, "fi", morph)
    board = "Testilän museon johtokunta"
    assert ("Pekka Puu", "deputy_member", board) in got
    assert ("Olli Oja", "member", board) in got
    assert ("Eeva Ek", "deputy_member", board) in got
    assert ("Liisa Laine", "deputy_member", board) in got
    assert ("Sari Saari", "deputy_member", board) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_lines_in_parentheses_with_no_deputy_word_first(morph):
    text = DEPUTY_LINES.replace(
        "(varajäsen professori Pekka Puu, Kemian laitos)", "(Kemian laitos)"
    )
    got = held(text, "fi", morph)
    assert not any(role == "deputy_member" for _, role, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_sentence_initial_word_before_a_glued_compound(morph):
    text = (
        "Uusi Testi-neuvottelukunta aloitti syyskuussa\n\n"
        "Ministeriö on valinnut uuden neuvottelukunnan.\n\n"
        "Puheenjohtajana on neuvos Aino Ahola, opetusministeriö\n"
    )
    got = held(text, "fi", morph)
    assert not any(body.startswith("Uusi") for _, _, body in got)

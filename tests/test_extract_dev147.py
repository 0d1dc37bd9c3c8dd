"""hytegraph extract on layouts met in the hundred-and-fortieth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a heading of a body's personal deputies ("Hallituksen henkilökohtaiset varajäsenet:") over
  one-name lines, each with the surname of the member it stands in for in brackets ("Liisa
  Mäkelä (Lahtinen)"): the names are the body's deputies, not more members;
- a heading's seat words followed by the term they are held for ("Hallituksen varajäsenet
  kaudella 2026:", "… varajäsenet 2026:") over 'Name / School' lines: the same seat as without
  the term;
- a photo caption's run of names where an office word stands right before a name
  ("…, Liisa Mäkelä, liittosihteeri Juha Nieminen, …"): the word is that person's title, not
  the post of the name before it ("Liisa Mäkelä, sihteeri, …" still is hers);
- a caption that names the body by its end ("Kuvassa liiton hallitus …") under a list of the
  body named in full, a name printed with a vowel's dots added ("Äino Lahtinen" for the
  list's "Aino Lahtinen"): the list's person and seat, no second person; nor does the learned
  tagger guess a seat for the dotted name, or for a name right after a staff title
  ("toiminnanjohtaja Anna Berg");
- a title's abbreviation ("dos. Aino Lahtisen") or a degree and a job ("FM, tohtorikoulutettava
  Maija Kosken") between the role word and the name in the genitive: the name holds the role;
- a name read from its genitive with a surname ending in a consonant ("Satu Grünthalin") that
  the page also prints in the nominative ("Satu Grünthal"): the nominative is the name;
- "A jatkaa kuoroyhdistyksen puheenjohtajana", "A toimii yhdistyksen sihteerinä": the
  association's genitive between the verb and the officer's role, A holds the office (not a
  member's seat: "A jatkaa liiton jäsenenä" is a seat in the federation, left alone).
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import tagger
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, held, roles

PERSONAL_DEPUTIES = (
    "Kylälän kulttuurisäätiö sr:n hallituksen jäsenet 2024-2025\n\n"
    "Aino Lahtinen, puheenjohtaja\n"
    "Pekka Virtanen\n"
    "Maija Koskela\n"
    "Olli Rantanen, henkilökunnan edustaja\n\n"
    "{heading}\n"
    "Liisa Mäkelä (Lahtinen)\n"
    "Juha Nieminen (Virtanen)\n"
    "Timo Salonen (Koskela)\n"
    "Kaisa Hirvonen (Rantanen)\n\n"
    "Säätiön tarkoituksena on tukea kulttuuria Kylälässä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_personal_deputies_heading_over_names_with_members_surnames(morph):
    got = held(PERSONAL_DEPUTIES.replace("{heading}", "Hallituksen henkilökohtaiset varajäsenet:"),
               "fi", morph)  # fmt: skip
    deputies = {p for p, r, _b in got if r == "deputy_member"}
    members = {p for p, r, _b in got if r == "member"}
    assert deputies == {"Liisa Mäkelä", "Juha Nieminen", "Timo Salonen", "Kaisa Hirvonen"}
    assert members == {"Pekka Virtanen", "Maija Koskela", "Olli Rantanen"}
    assert any(p == "Aino Lahtinen" and r == "chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_heading_of_further_members(morph):
    # "Hallituksen muut jäsenet:" over the same lines: members, no deputies
    got = held(PERSONAL_DEPUTIES.replace("{heading}", "Hallituksen muut jäsenet:"), "fi", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)
    assert any(p == "Kaisa Hirvonen" and r == "member" for p, r, _b in got)


SCHOOL_LISTS = (
    "Kylälän taidekoulujen liiton hallitus 2026\n"
    "Liiton syyskokouksessa valittiin hallitukseen jäsenet ja varajäsenet.\n"
    "Hallituksen varsinaiset jäsenet hallituksessa 2026-2027:\n"
    "Aino Lahtinen / Kylälän kuvataidekoulu\n"
    "Pekka Virtanen / Testilän taidekoulu\n"
    "Maija Koskela / Mäkelän kuvataidekoulu\n"
    "{heading}\n"
    "Liisa Mäkelä / Kylälän kansalaisopisto\n"
    "Juha Nieminen / Testilän kuvataidekoulu\n"
    "Timo Salonen / Järvelän taidekoulu\n"
)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    "heading",
    ["Hallituksen varajäsenet kaudella 2026:", "Hallituksen varajäsenet 2026:",
     "Hallituksen varajäsenet vuodelle 2026:"],
)  # fmt: skip
def test_deputies_heading_with_the_term_after_it(morph, heading):
    got = held(SCHOOL_LISTS.replace("{heading}", heading), "fi", morph)
    deputies = {p for p, r, _b in got if r == "deputy_member"}
    members = {p for p, r, _b in got if r == "member"}
    assert deputies == {"Liisa Mäkelä", "Juha Nieminen", "Timo Salonen"}
    assert members == {"Aino Lahtinen", "Pekka Virtanen", "Maija Koskela"}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_members_heading_with_the_term_after_it(morph):
    got = held(SCHOOL_LISTS.replace("{heading}", "Hallituksen jäsenet kaudella 2026:"), "fi", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)
    assert any(p == "Timo Salonen" and r == "member" for p, r, _b in got)


CAPTION = (
    "Kylälän taideliiton hallitus 2026\n"
    "Hallituksen jäsenet:\n"
    "Aino Lahtinen / Kylälän kuvataidekoulu\n"
    "Pekka Virtanen / Testilän taidekoulu\n"
    "Maija Koskela / Mäkelän kuvataidekoulu\n"
    "Liisa Mäkelä / Järvelän taidekoulu\n"
    "Timo Salonen / Kylälän kansalaisopisto\n\n"
    "Kuvassa liiton hallitus ja henkilökunta 2026 vasemmalta oikealle: {first}, Pekka Virtanen, "
    "Maija Koskela, Liisa Mäkelä, liittosihteeri Juha Nieminen, Timo Salonen, "
    "toiminnanjohtaja Anna Berg ja Olli Rantanen.\n"
)


ONLY_CAPTION = (
    "Kuvassa yhdistyksen hallitus ja henkilökunta vasemmalta oikealle: Aino Lahtinen, "
    "Puheenjohtaja Pekka Virtanen, Maija Koskela, Liisa Mäkelä, {office}, Timo Salonen ja "
    "Olli Rantanen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_caption_office_word_before_a_name_is_that_persons_title(morph):
    got = held(ONLY_CAPTION.replace("{office}", "liittosihteeri Juha Nieminen"), "fi", morph)
    assert not any(p == "Liisa Mäkelä" and r == "secretary" for p, r, _b in got)
    assert any(p == "Liisa Mäkelä" and r == "member" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_office_word_after_a_name_in_a_caption(morph):
    # "Liisa Mäkelä, sihteeri, Timo Salonen": the word is the post of the name before it
    got = held(ONLY_CAPTION.replace("{office}", "sihteeri"), "fi", morph)
    assert any(p == "Liisa Mäkelä" and r == "secretary" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_caption_name_with_a_vowels_dots_added_is_the_lists_person(morph):
    got = held(CAPTION.replace("{first}", "Äino Lahtinen"), "fi", morph)
    assert not any(p == "Äino Lahtinen" for p, _r, _b in got)
    assert ("Aino Lahtinen", "member", "Kylälän taideliiton hallitus") in got


def _guessed(text: str) -> set[str]:
    walker = Walker(lexicon("fi"), morphology())
    walk = walker.walk(text)
    found = tagger.propose(text, walk.findings, walk.named, walker.reader, tagger.load_model())
    return {f.actor.name for f in found}


def test_no_tagger_guess_for_a_dotted_name_or_a_staff_title():
    guessed = _guessed(CAPTION.replace("{first}", "Äino Lahtinen"))
    assert "Äino Lahtinen" not in guessed
    assert "Juha Nieminen" not in guessed
    assert "Anna Berg" not in guessed


ELECTED = (
    "Testilän Seuran vuosikokous pidettiin 30.3.2021.\n\n"
    "Vuosikokous valitsi jatkoon seuran puheenjohtajaksi {chair} ja hallituksen "
    "järjestäytymiskokous valitsi uudeksi varapuheenjohtajaksi {vice}. Vuosikokous valitsi "
    "lisäksi hallitukseen uudeksi jäseneksi arkkitehti Liisa Mäkelän.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_title_abbreviation_or_degree_between_role_and_genitive_name(morph):
    text = ELECTED.replace("{chair}", "dos. Aino Lahtisen").replace(
        "{vice}", "FM, tohtorikoulutettava Maija Kosken"
    )
    got = {(p, r) for p, r, _b in held(text, "fi", morph)}
    assert ("Aino Lahtinen", "chair") in got
    assert ("Maija Koski", "vice_chair") in got
    assert ("Liisa Mäkelä", "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_sentence_ending_before_the_name(morph):
    # "… puheenjohtajaksi jatkoon. Aino …": a full stop after a word that is no title's
    # abbreviation ends the sentence; the next sentence's name holds no role
    text = (
        "Testilän Seuran vuosikokous pidettiin 30.3.2021.\n\n"
        "Vuosikokous valitsi puheenjohtajan jatkoon. Aino Lahtinen kiitti kokousta.\n"
    )
    assert not held(text, "fi", morph)


GENITIVE = (
    "Testilän Seuran vuosikokous pidettiin 30.3.2021.\n\n"
    "Vuosikokous valitsi hallitukseen varajäseneksi Satu Grünthalin vuodeksi 2021.\n\n"
    "Tallenteella keskustelevat hallituksen varajäsen, tutkija Satu Grünthal ja Olli Rantanen "
    "Kylälän yliopistosta.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_genitive_of_a_consonant_surname_takes_the_nominative_the_page_prints(morph):
    got = {p for p, _r, _b in held(GENITIVE, "fi", morph)}
    assert "Satu Grünthal" in got
    assert "Satu Grünthali" not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_genitive_with_no_nominative_on_the_page(morph):
    text = GENITIVE.split("\n\nTallenteella")[0] + "\n"
    got = {p for p, _r, _b in held(text, "fi", morph)}
    assert "Satu Grünthal" not in got


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Kalle Laaksonen jatkaa kuoroyhdistyksen puheenjohtajana.", "chair"),
        ("Kalle Laaksonen toimii yhdistyksen sihteerinä.", "secretary"),
    ],
)
def test_office_of_the_association_in_the_genitive_after_the_verb(morph, sentence, role):
    text = (
        f"Testilän kuoron vuosikokous pidettiin 13.3.2023. {sentence}\n\n"
        "Kuoron hallituksessa ovat Pekka Virtanen (vpj) ja Maija Koskela.\n"
    )
    got = roles(text, "fi", morph)
    assert any(p == "Kalle Laaksonen" and r == role for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_member_of_the_federation(morph):
    text = (
        "Testilän kuoron vuosikokous pidettiin 13.3.2023. Kalle Laaksonen jatkaa liiton "
        "jäsenenä.\n\nKuoron hallituksessa ovat Pekka Virtanen (vpj) ja Maija Koskela.\n"
    )
    got = held(text, "fi", morph)
    assert not any(p == "Kalle Laaksonen" for p, _r, _b in got)

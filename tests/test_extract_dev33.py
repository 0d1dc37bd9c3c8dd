"""hytegraph extract on layouts met in the fifty-second and fifty-third held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.mentions import Mention, shared_first_words
from tests.extract_snippets import MORPHS, findings, key, needs_voikko, roles

LIST_AFTER_COMMITTEE = (
    "Nomineringsgruppen med förre ordföranden Olle Berg som ordförande hade arbetat länge.\n\n"
    "Vid årsmötet valdes följande medlemmar i styrelsen (suppleanterna inom parentes)\n\n"
    "Norr - skidrådet: Anna Ek (Bo Lind)\n"
    "Norr - löprådet: Sara Holm (Erik Dahl)\n\n"
    "Ordförande Lars Bengtsson (Maja Wik) och viceordförandena Eva Strand (Olof "
    "Nyberg) och Nils Hed (Tove Ahl) valdes i fjol för två år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_line_naming_its_body_by_a_bare_word_is_that_body_not_the_one_before(morph):
    got = roles(LIST_AFTER_COMMITTEE, lang="sv", morph=morph)
    for name in ("Anna Ek", "Sara Holm"):
        assert (key(name), "member", "Styrelsen") in got, name
    for name in ("Bo Lind", "Erik Dahl"):
        assert (key(name), "deputy_member", "Styrelsen") in got, name
    assert not any(b == "Nomineringsgruppen" and p != key("Olle Berg") for p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_with_their_deputies_in_brackets_after_a_list_are_read_as_a_sentence(morph):
    got = roles(LIST_AFTER_COMMITTEE, lang="sv", morph=morph)
    assert (key("Lars Bengtsson"), "chair", "Styrelsen") in got
    assert (key("Eva Strand"), "vice_chair", "Styrelsen") in got
    assert (key("Nils Hed"), "vice_chair", "Styrelsen") in got
    for name in ("Maja Wik", "Olof Nyberg", "Tove Ahl"):
        assert (key(name), "deputy_member", "Styrelsen") in got, name


def test_brackets_after_names_are_no_deputies_when_the_page_does_not_say_so():
    got = roles(
        "Styrelsen\n\nOrdförande Lars Bengtsson (Norrby) och vice ordförande Eva Strand "
        "(Söderby) valdes i fjol för två år.\n",
        lang="sv",
    )
    assert not any(r == "deputy_member" for _p, r, _b in got)


NEW_AND_SITTING = (
    "Ek fortsätter leda ungdomsförbundet\n\n"
    "Anna Ek återvaldes till förbundsordförande för 2031 när Norrby ungdomsförbund höll "
    "höstmöte i lördags.\n\n"
    "Nya styrelsemedlemmar är Bo Lind, Olle Berg och Tove Ahl. Sittande styrelsemedlemmar är "
    "Sara Holm, Nils Hed och Eva Strand.\n\n"
    "Suppleanter är Maja Wik och Erik Dahl.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_new_members_elected_for_a_year_are_seats_to_come_the_sitting_ones_are_held(morph):
    got = roles(NEW_AND_SITTING, lang="sv", morph=morph)
    for name in ("Sara Holm", "Nils Hed", "Eva Strand"):
        assert (key(name), "member", "Styrelse") in got, name
    for name in ("Maja Wik", "Erik Dahl"):
        assert (key(name), "deputy_member", "Styrelse") in got, name
    assert (key("Anna Ek"), "chair", "Styrelse") in got
    for name in ("Bo Lind", "Olle Berg", "Tove Ahl"):
        assert not any(p == key(name) for p, _r, _b in got), name
    planned = {
        f.actor.name: f.note
        for f in findings(NEW_AND_SITTING, lang="sv", morph=morph)
        if f.status == "planned"
    }
    assert set(planned) == {"Bo Lind", "Olle Berg", "Tove Ahl"}
    assert all("2031" in note for note in planned.values())


def test_new_members_are_held_when_the_page_sets_no_sitting_ones_against_them():
    got = roles(NEW_AND_SITTING.replace("Sittande", "Övriga"), lang="sv")
    for name in ("Bo Lind", "Olle Berg", "Tove Ahl"):
        assert (key(name), "member", "Styrelse") in got, name


def test_new_members_are_held_when_the_page_is_dated_in_the_year_they_were_elected_for():
    got = roles("12.3.2031\n\n" + NEW_AND_SITTING, lang="sv")
    for name in ("Bo Lind", "Olle Berg", "Tove Ahl"):
        assert (key(name), "member", "Styrelse") in got, name


TO_BE_FORMED = (
    "Norrby ungdomsförbund\n\n"
    "Styrelsemedlemmar är Sara Holm och Nils Hed.\n\n"
    "Sara Holm och Olle Berg ingår som förbundets representanter i den konstituerande "
    "styrelsen för en stiftelse, som ska bildas av Finlands Norra Idrottsförbund (FNI).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_of_a_body_still_to_be_formed_gives_no_seat(morph):
    got = roles(TO_BE_FORMED, lang="sv", morph=morph)
    assert (key("Sara Holm"), "member", "Styrelse") in got
    assert not any(p in (key("Olle Berg"), key("Finlands Norra")) for p, _r, _b in got)


LOCAL_ASSOCIATIONS = (
    "Pressmeddelande\n\n"
    "Astmaförbundets kongress samlades i maj och valde en ny förbundsstyrelse. "
    "Förbundsordförande Anna Ek omvaldes med acklamation till att leda förbundet.\n\n"
    "- Tack för förtroendet, säger Anna Ek.\n\n"
    "Ytterligare styrelseledamöter som omvaldes var Ida Berg och Ulf Sand från Astma Visby. "
    "Nya ledamöter som valdes var: Bo Lind, Astma Kalmar, Sara Holm, Astma Gävle, Nils Hed, "
    "Astma Umeå och Olle Berg, Astma Luleå. Nya styrelseersättare som valdes var: Tove Ahl "
    "och Erik Dahl från Astma Malmö.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_word_before_several_places_in_a_run_is_an_association_not_a_first_name(morph):
    got = roles(LOCAL_ASSOCIATIONS, lang="sv", morph=morph)
    for name in ("Bo Lind", "Sara Holm", "Nils Hed", "Olle Berg"):
        assert (key(name), "member", "Förbundsstyrelse") in got, name
    assert not any(p.startswith("Astma") or " Astma" in p for p, _r, _b in got)


def _mention(written: str) -> Mention:
    return Mention(0, len(written), written, written, "person", 0.9)


def test_shared_first_words_need_several_places_and_the_word_in_a_longer_one():
    names = [_mention(w) for w in ("Astma Kalmar", "Astma Gävle", "Astma Umeå", "Anna Ek")]
    assert shared_first_words("Astmaförbundet …", names) == {"Astma"}
    # three people with one first name: no longer word begins with it
    anna = [_mention(w) for w in ("Anna Ek", "Anna Lind", "Anna Berg")]
    assert shared_first_words("Anna Ek, Anna Lind och Anna Berg", anna) == set()
    assert shared_first_words("Astmaförbundet", names[:2]) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_elected_to_a_post_at_a_sentences_start_is_that_post_in_the_pages_board(morph):
    got = roles(
        "Lind leder vidare\n\nBo Lind återvaldes till ordförande när föreningen höll "
        "årsmöte.\n\nStyrelseledamöter är Sara Holm och Nils Hed.\n",
        lang="sv",
        morph=morph,
    )
    assert (key("Bo Lind"), "chair", "Styrelse") in got


ACADEMIC = (
    "Två nya råd startar\n\n"
    "Det vetenskapliga rådet\n"
    "- Dr. Anna Ek, Institution för hälsa, Norrby universitet\n"
    "- Prof. Bo Lind, Söderby universitet\n"
    "- Dr. Sara Holm, Institutionen för medicin, Norrby universitet\n\n"
    "Rådet får följande uppgifter:\n"
    "- bistå ledningen med råd\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_academic_title_before_a_listed_name_is_no_part_of_it(morph):
    got = {(p, r, b.casefold()) for p, r, b in roles(ACADEMIC, lang="sv", morph=morph)}
    for name in ("Anna Ek", "Bo Lind", "Sara Holm"):
        assert (key(name), "member", "vetenskapliga rådet") in got, name
    assert not any(r == "deputy_member" for _p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_body_word_over_its_year_heads_the_list_under_it(morph):
    got = roles(
        "Styrelsen 2031\n\nAnna Ek, ordförande\n\nnorrby.forening@example.org\n\n"
        "Bo Lind, sekreterare\n\nSara Holm, ledamot\n",
        lang="sv",
        morph=morph,
    )
    assert (key("Anna Ek"), "chair", "Styrelsen") in got
    assert (key("Bo Lind"), "secretary", "Styrelsen") in got
    assert (key("Sara Holm"), "member", "Styrelsen") in got


def test_a_year_alone_after_a_word_that_is_no_body_heads_nothing():
    got = roles("Sommaren 2031\n\nAnna Ek, ordförande\n\nBo Lind, ledamot\n", lang="sv")
    assert not any(b == "Sommaren" for _p, _r, b in got)


UNHEADED = (
    "Verksamhetsberättelse 2031\n\n"
    "Årsmöten\nVårmötet hölls den 17 maj 2031.\n\n"
    " • Anna Ek, ordförande 2020- \n"
    " • Bo Lind, viceordförande 2027-\n"
    " • Sara Holm 2021-\n"
    " • Nils Hed2024-\n\n"
    "Styrelsen hade 9 sammanträden under året.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_with_no_heading_is_of_the_bare_body_the_sentence_after_it_is_about(morph):
    got = roles(UNHEADED, lang="sv", morph=morph)
    assert (key("Anna Ek"), "chair", "Styrelsen") in got
    assert (key("Bo Lind"), "vice_chair", "Styrelsen") in got
    assert (key("Sara Holm"), "member", "Styrelsen") in got
    assert (key("Nils Hed"), "member", "Styrelsen") in got


def test_a_list_with_no_heading_whose_items_say_more_than_a_seat_is_not_read_so():
    text = UNHEADED.replace("Sara Holm 2021-", "Sara Holm höll ett föredrag om hälsa")
    assert not any(f.rule == "list-named-after" for f in findings(text, lang="sv"))
    assert any(f.rule == "list-named-after" for f in findings(UNHEADED, lang="sv"))


@needs_voikko
def test_the_tagger_puts_no_one_under_an_organisations_heading_in_the_body_above(tmp_path):
    from hytegraph.authoring.extract.pipeline import extract

    path = tmp_path / "page.txt"
    path.write_text(
        UNHEADED + "\n\nStiftelsen Norrby Fond\nOlle Berg, ordförande\n"
        "Tove Ahl, suppleant Erik Dahl\n",
        encoding="utf-8",
    )
    got = {
        (f.actor.name, f.target.name if f.target else "")
        for f in extract(path, lang="sv").facts
        if f.kind == "membership"
    }
    for name in ("Olle Berg", "Tove Ahl", "Erik Dahl"):
        assert (name, "Styrelsen") not in got, name


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committee_heads_the_list_under_its_name(morph):
    got = roles(
        "Lasten oikeuksien komitea aloitti\n\n"
        "Lasten oikeuksien komitea (LOK):\n\n"
        "Aino Ahola, puheenjohtaja, Testilän yhdistys ry\n\n"
        "Pekka Puu, jäsen, Esimerkkiliitto\n\n"
        "Liisa Laine, jäsen, Kylälän seura\n",
        lang="fi",
        morph=morph,
    )
    bodies = {b for _p, _r, b in got}
    assert any(b.casefold().endswith("komitea") for b in bodies), bodies
    assert any(p == key("Aino Ahola") and r == "chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_auditor_in_a_list_holds_no_seat(morph):
    got = roles(
        "Förbundsstyrelse\n\nEn ny förbundsstyrelse valdes.\n\n"
        " • Anna Ek - ledamot, nyvald\n • Bo Lind - ledamot, omvald\n\n"
        "Revisorer\n\n • Olle Berg valdes till förtroendevald revisor\n"
        " • Tove Ahl valdes till förtroendevald revisorssuppleant\n",
        lang="sv",
        morph=morph,
    )
    assert (key("Anna Ek"), "member", "Förbundsstyrelse") in got
    assert not any(p in (key("Olle Berg"), key("Tove Ahl")) for p, _r, _b in got)


@needs_voikko
def test_a_post_in_brackets_after_a_members_name_in_prose_is_that_members():
    got = roles(
        "Toimintakertomus\n\nLiiton puheenjohtajana oli Olli Oja ja hallitukseen jäseninä "
        "kuuluivat vuonna 2031 Aino Ahola (varapuheenjohtaja), Pekka Puu ja Liisa Laine.\n",
        lang="fi",
    )
    got = {(p, r, b.casefold()) for p, r, b in got}
    assert (key("Aino Ahola"), "vice_chair", "hallitus") in got
    assert not any(p == key("Aino Ahola") and r == "member" for p, r, _b in got)


@needs_voikko
def test_a_role_in_the_plural_is_each_coordinated_subjects():
    got = roles(
        "Neuvoston kokoonpano muuttuu\n\nSamassa yhteydessä neuvoston jäsenistä professori "
        "Aino Ahola ja johtaja Pekka Puu nimettiin neuvoston varapuheenjohtajiksi.\n",
        lang="fi",
    )
    got = {(p, r, b.casefold()) for p, r, b in got}
    assert (key("Aino Ahola"), "vice_chair", "neuvosto") in got
    assert (key("Pekka Puu"), "vice_chair", "neuvosto") in got
    assert not any(r == "member" for _p, r, _b in got)


@needs_voikko
def test_a_role_in_the_singular_is_the_subjects_alone():
    got = roles(
        "Neuvoston kokoonpano muuttuu\n\nEilen Aino Ahola ja Pekka Puu kokoontuivat, ja "
        "johtaja Liisa Laine nimettiin neuvoston varapuheenjohtajaksi.\n",
        lang="fi",
    )
    assert not any(p == key("Aino Ahola") and r == "vice_chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_under_its_seats_heading_takes_the_one_body_named_by_its_head_word(morph):
    # no body named in full, only "Ohjausryhmä" by its head word; a project is run, not sat in
    text = (
        "Ohjausryhmän tehtävä on seurata projektin toimintaa ja hankkeen tuloksia.\n\n"
        "Jäsenet\n\n"
        "Aino Kettunen (puheenjohtaja)\nMatti Honkanen (varapuheenjohtaja)\nPirjo Rautio\n\n"
        "Sihteeri\n\nSari Ojala\n"
    )
    got = roles(text, lang="fi", morph=morph)
    assert (key("Aino Kettunen"), "chair", "Ohjausryhmä") in got
    assert (key("Pirjo Rautio"), "member", "Ohjausryhmä") in got
    # two bodies named by their head words: no guess
    two = text.replace("ja hankkeen tuloksia", "ja raportoi johtoryhmälle")
    assert {b for _p, _r, b in roles(two, lang="fi", morph=morph)} == {""}

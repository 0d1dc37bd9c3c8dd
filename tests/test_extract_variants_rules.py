"""hytegraph extract on ordinary composition-list layouts met in combination (the layout
variants of bench/extract_variants.py): made-up snippets, one per mechanism, read with either
word-form reader where the mechanism does not need libvoikko."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, key, needs_voikko, roles

# -- a member / deputy table flattened with nothing between the cells ------------------------------

GLUED_NOTES = (
    "Kuusijoen vanhusneuvoston kokoonpano\n"
    "Jäsen:Varajäsen:\n"
    "Puheenjohtaja Helmi Aaltonen (vas.)Pekka Lehtonen\n"
    "Ville Virtanen, varapuheenjohtaja (Kuusijoen Martat ry)Outi Salminen\n"
    "Timo Rinne (kesk.)Leena Ojala\n"
    "Sanna Koivisto (Eläkeliitto ry)Jari Niemi\n"
)


@needs_voikko
def test_a_glued_row_keeps_its_deputy_after_a_party_or_an_organisation_in_brackets(morph=None):
    got = roles(GLUED_NOTES, morph=morph)
    body = "Kuusijoen vanhusneuvosto"
    assert (key("Helmi Aaltonen"), "chair", body) in got
    assert (key("Ville Virtanen"), "vice_chair", body) in got
    assert (key("Timo Rinne"), "member", body) in got
    assert (key("Sanna Koivisto"), "member", body) in got
    for deputy in ("Pekka Lehtonen", "Outi Salminen", "Leena Ojala", "Jari Niemi"):
        assert (key(deputy), "deputy_member", body) in got
    assert not any("Martat" in p or "Eläkeliitto" in p for p, _r, _b in got)


@needs_voikko
def test_a_glued_row_reads_names_printed_surname_first_with_a_comma(morph=None):
    text = (
        "Kuusijoen hyvinvointiryhmän jäsenet\n"
        "JäsenHenkilökohtainen varajäsen\n"
        "Sihteeri Aaltonen, Helmi (Martat ry)\n"
        "Virtanen, Ville (vpj.) (Eläkeliitto ry)Salminen, Outi\n"
        "Rinne, Timo (Eläkeliitto ry)Ojala, Leena\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen hyvinvointiryhmä"
    assert (key("Helmi Aaltonen"), "secretary", body) in got
    assert (key("Ville Virtanen"), "vice_chair", body) in got
    assert (key("Timo Rinne"), "member", body) in got
    assert (key("Outi Salminen"), "deputy_member", body) in got
    assert (key("Leena Ojala"), "deputy_member", body) in got
    assert not any("," in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_glued_row_with_a_party_after_the_name(morph):
    text = (
        "Björkviks äldreråd\n"
        "LedamotErsättare\n"
        "Anna Lindqvist (ordf.) (SFP)Erik Holm\n"
        "Karin Åberg (SDP)Lars Ekholm\n"
    )
    got = roles(text, "sv", morph=morph)
    assert (key("Anna Lindqvist"), "chair", "Björkviks äldreråd") in got
    assert (key("Erik Holm"), "deputy_member", "Björkviks äldreråd") in got
    assert (key("Karin Åberg"), "member", "Björkviks äldreråd") in got
    assert (key("Lars Ekholm"), "deputy_member", "Björkviks äldreråd") in got


@needs_voikko
def test_an_organisation_in_brackets_in_a_glued_row_is_no_deputy(morph=None):
    text = (
        "Kuusijoen vanhusneuvoston kokoonpano\n"
        "Jäsen:Varajäsen:\n"
        "Helmi Aaltonen (Kuusijoen Martat ry)\n"
        "Timo Rinne (Kuusijoen Eläkeläiset ry)Leena Ojala\n"
    )
    got = roles(text, morph=morph)
    deputies = {p for p, r, _b in got if r == "deputy_member"}
    assert deputies == {key("Leena Ojala")}
    assert {p for p, _r, _b in got} == {
        key("Helmi Aaltonen"),
        key("Timo Rinne"),
        key("Leena Ojala"),
    }


# -- a list run on one line with semicolons --------------------------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_entries_run_with_semicolons_are_read_each_as_an_entry(morph):
    text = (
        "Kuusijoen järjestöneuvottelukunta:\n"
        "Helmi Aaltonen (pj.) (Kuusijoen Martat ry); Ville Virtanen, varapuheenjohtaja / "
        "Eläkeliitto ry; Timo Rinne (varajäsen Leena Ojala); Sanna Koivisto\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen järjestöneuvottelukunta"
    assert (key("Helmi Aaltonen"), "chair", body) in got
    assert (key("Ville Virtanen"), "vice_chair", body) in got
    assert (key("Timo Rinne"), "member", body) in got
    assert (key("Leena Ojala"), "deputy_member", body) in got
    assert (key("Sanna Koivisto"), "member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_semicolon_list_under_a_section_of_deputies_after_an_intro(morph):
    text = (
        "Björkviks äldreråd är ett samarbetsorgan som sammanträder fyra gånger per år.\n\n"
        "Ersättare:\n"
        "Ulrika Westerlund; Tuomas Salminen; Elina Mäkelä\n"
    )
    got = roles(text, "sv", morph=morph)
    for name in ("Ulrika Westerlund", "Tuomas Salminen", "Elina Mäkelä"):
        assert (key(name), "deputy_member", "Björkviks äldreråd") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sentence_with_semicolons_outside_a_list_is_no_run_of_entries(morph):
    text = (
        "Kuusijoen vanhusneuvosto kokoontuu keväällä; syksyllä se järjestää seniorimessut; "
        "Helmi Aaltonen kertoo messuista.\n"
    )
    got = roles(text, morph=morph)
    assert not any(p == key("Helmi Aaltonen") and r == "member" for p, r, _b in got)


# -- an organisation after a member's name -----------------------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organisation_in_brackets_or_after_a_slash_makes_a_member_on_its_behalf(morph):
    text = (
        "Kuusijoen vanhusneuvosto:\n"
        "- Helmi Aaltonen (pj.) (Kuusijoen Eläkkeensaajat ry)\n"
        "- Timo Rinne (Kuusijoen Martat ry)\n"
        "- Sanna Koivisto / Kuusijoen Reumayhdistys ry\n"
    )
    found = {
        f.actor.name: f
        for f in findings(text, morph=morph)
        if f.kind == "membership" and f.actor.kind == "person"
    }
    assert found["Helmi Aaltonen"].role == "chair"
    assert found["Timo Rinne"].role == "member"
    assert found["Timo Rinne"].on_behalf_of.name == "Kuusijoen Martat ry"
    assert found["Sanna Koivisto"].role == "member"
    assert found["Sanna Koivisto"].on_behalf_of is not None


@pytest.mark.parametrize("morph", MORPHS)
def test_a_representative_said_in_words_is_still_a_representative(morph):
    text = (
        "Björkviks äldreråd består av:\n"
        " • Carl Holm (representant för Björkviks Pensionärer rf)\n"
        " • Bo Ek (Björkviks Pensionärer rf)\n"
    )
    found = {f.actor.name: f.role for f in findings(text, "sv", morph=morph)}
    assert found["Carl Holm"] == "representative"
    assert found["Bo Ek"] == "member"


# -- an intro sentence saying what the body is, then its members -------------------------------

TWO_INTROS = (
    "Kuusijoen vanhusneuvosto on ikäihmisten vaikuttamistoimielin, joka kokoontuu neljä "
    "kertaa vuodessa.\n\n"
    "Jäsenet: Helmi Aaltonen, Ville Virtanen ja Timo Rinne.\n\n"
    "Kuusijoen vammaisneuvosto on vammaisten vaikuttamistoimielin, joka kokoontuu neljä "
    "kertaa vuodessa.\n\n"
    "Jäsenet: Sanna Koivisto, Jari Niemi ja Leena Ojala.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_body_an_intro_defines_is_the_body_of_the_list_after_it(morph):
    got = roles(TWO_INTROS, morph=morph)
    for name in ("Helmi Aaltonen", "Ville Virtanen", "Timo Rinne"):
        assert (key(name), "member", "Kuusijoen vanhusneuvosto") in got
    for name in ("Sanna Koivisto", "Jari Niemi", "Leena Ojala"):
        assert (key(name), "member", "Kuusijoen vammaisneuvosto") in got
    assert not any("vaikuttamistoimielin" in b for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_intro_defines_the_body_of_the_list(morph):
    text = (
        "Björkviks äldreråd är ett samarbetsorgan för välfärd och hälsa som sammanträder "
        "fyra gånger per år.\n\n"
        "Ledamöter:\nAnna Lindqvist\nErik Holm\n"
    )
    got = roles(text, "sv", morph=morph)
    assert (key("Anna Lindqvist"), "member", "Björkviks äldreråd") in got
    assert (key("Erik Holm"), "member", "Björkviks äldreråd") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organ_that_founded_the_body_is_not_the_body_of_the_list(morph):
    # "on vuonna 1999 perustanut": a verb, not what the organ is
    text = (
        "Kuusijoen vanhusneuvosto\n\n"
        "Kuusijoen kaupunginhallitus on vuonna 1999 perustanut vanhusneuvoston.\n\n"
        "Jäsenet:\nHelmi Aaltonen\nVille Virtanen\n"
    )
    got = roles(text, morph=morph)
    assert not any("kaupunginhallitus" in b.casefold() for _p, _r, b in got)
    assert (key("Helmi Aaltonen"), "member", "Kuusijoen vanhusneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_second_intro_after_a_deputies_list_starts_the_next_body(morph):
    text = (
        "Björkviks äldreråd är ett samarbetsorgan för välfärd som sammanträder fyra gånger "
        "per år.\n\n"
        "Ledamöter:\n• Anna Lindqvist\n• Erik Holm\n\n"
        "Ersättare:\n• Karin Åberg\n\n"
        "Granviks funktionshinderråd är ett samarbetsorgan för välfärd som sammanträder fyra "
        "gånger per år.\n\n"
        "Ledamöter:\n• Lars Ekholm\n\n"
        "Ersättare:\n• Maria Sjöberg\n"
    )
    got = roles(text, "sv", morph=morph)
    assert (key("Karin Åberg"), "deputy_member", "Björkviks äldreråd") in got
    assert (key("Lars Ekholm"), "member", "Granviks funktionshinderråd") in got
    assert (key("Maria Sjöberg"), "deputy_member", "Granviks funktionshinderråd") in got


# -- names printed surname first with a comma, then an organisation after a slash ---------------


@needs_voikko
def test_a_surname_first_name_before_a_slash_and_its_organisation(morph=None):
    text = (
        "Björkviks äldreråd\n\n"
        "Ledamöter:\n"
        "• Ordförande Häggblom, Birgitta / FDUV rf\n"
        "• Vice ordförande Lindqvist, Stefan / Pensionärsföreningen rf\n"
        "• Manninen, Tiina / Folkhälsan rf\n"
    )
    got = roles(text, "sv", morph=morph)
    assert (key("Birgitta Häggblom"), "chair", "Björkviks äldreråd") in got
    assert (key("Stefan Lindqvist"), "vice_chair", "Björkviks äldreråd") in got
    assert (key("Tiina Manninen"), "member", "Björkviks äldreråd") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_places_before_a_slash_are_no_surname_first_name(morph):
    text = "Björkviks äldreråd\n\nLedamöter:\n• Kuopio, Siilinjärvi / Folkhälsan rf\n"
    got = roles(text, "sv", morph=morph)
    assert not got


# -- a body's name, a colon and its members run in one line -----------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_name_and_a_colon_introduce_the_run_of_names_after_it(morph):
    text = "Kuusijoen hyvinvointiryhmä: Helmi Aaltonen (pj.), Ville Virtanen ja Timo Rinne.\n"
    got = roles(text, morph=morph)
    body = "Kuusijoen hyvinvointiryhmä"
    assert (key("Helmi Aaltonen"), "chair", body) in got
    assert (key("Ville Virtanen"), "member", body) in got
    assert (key("Timo Rinne"), "member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_name_and_a_colon_before_words_that_are_no_names_give_no_seats(morph):
    text = "Kuusijoen hyvinvointiryhmä: kokoukset, muistiot ja esityslistat.\n"
    assert not roles(text, morph=morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_titles_before_the_names_of_a_run_after_a_body_name(morph):
    text = (
        "Kuusijoen nuorisovaltuusto: nuorisosihteeri Helmi Aaltonen (pj.), rehtori Ville "
        "Virtanen (siht.) ja Timo Rinne.\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen nuorisovaltuusto"
    assert (key("Helmi Aaltonen"), "chair", body) in got
    assert (key("Ville Virtanen"), "secretary", body) in got
    assert (key("Timo Rinne"), "member", body) in got


# -- an organisation after a slash, then the deputy in brackets ---------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_in_brackets_after_the_slash_and_the_organisation(morph):
    text = (
        "Kuusijoen vanhusneuvosto\n\n"
        "Jäsenet:\n"
        "- Sami Pitkänen / Kuusijoen Eläkkeensaajat ry (varajäsen Niko Toivonen)\n"
        "- Aino Ojala / Kuusijoen Martat ry (vj. Leena Salo)\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen vanhusneuvosto"
    assert (key("Sami Pitkänen"), "member", body) in got
    assert (key("Niko Toivonen"), "deputy_member", body) in got
    assert (key("Aino Ojala"), "member", body) in got
    assert (key("Leena Salo"), "deputy_member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_entries_with_semicolons_on_a_line_that_introduces_them_without_a_full_stop(morph):
    text = (
        "Kuusijoen nuorisovaltuustoon kuuluvat: Sami Pitkänen / Kuusijoen Martat ry "
        "(varajäsen Niko Toivonen); Aino Ojala; Timo Lehto\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen nuorisovaltuusto"
    assert (key("Sami Pitkänen"), "member", body) in got
    assert (key("Niko Toivonen"), "deputy_member", body) in got
    assert (key("Aino Ojala"), "member", body) in got
    assert (key("Timo Lehto"), "member", body) in got
    assert not any(p == key("Niko Toivonen") and r == "member" for p, r, _b in got)


# -- member / deputy tables flattened with spaces ---------------------------------------------


@needs_voikko
def test_one_space_between_the_cells_after_a_role_in_brackets(morph=None):
    text = (
        "Kuusijoen vanhusneuvosto\n"
        "Jäsen Henkilökohtainen varajäsen\n"
        "Helmi Aaltonen (pj.) Pekka Lehtonen\n"
        "Ville Virtanen (varapuheenjohtaja) Outi Salminen\n"
        "Timo Rinne Leena Ojala\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen vanhusneuvosto"
    assert (key("Helmi Aaltonen"), "chair", body) in got
    assert (key("Ville Virtanen"), "vice_chair", body) in got
    assert (key("Timo Rinne"), "member", body) in got
    for deputy in ("Pekka Lehtonen", "Outi Salminen", "Leena Ojala"):
        assert (key(deputy), "deputy_member", body) in got


@needs_voikko
def test_an_organisation_in_the_member_cell_of_a_spaced_table(morph=None):
    text = (
        "Kuusijoen vanhusneuvosto\n"
        "Jäsen    Varajäsen\n"
        "Helmi Aaltonen / Kuusijoen Martat ry    Pekka Lehtonen\n"
        "Ville Virtanen, Kuusijoen Eläkkeensaajat ry    Outi Salminen\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen vanhusneuvosto"
    assert (key("Helmi Aaltonen"), "member", body) in got
    assert (key("Ville Virtanen"), "member", body) in got
    assert (key("Pekka Lehtonen"), "deputy_member", body) in got
    assert (key("Outi Salminen"), "deputy_member", body) in got
    assert not any("Martat" in p or "Eläkkeensaajat" in p for p, _r, _b in got)


@needs_voikko
def test_a_surname_first_name_before_the_town_it_comes_from(morph=None):
    text = (
        "Björkviks äldreråd\n"
        "Ledamöter:\n"
        "Lindqvist, Anna från Ekdal\n"
        "Holm, Erik från Granvik\n"
        "Åberg, Karin / Folkhälsan rf\n"
    )
    got = roles(text, "sv", morph=morph)
    for name in ("Anna Lindqvist", "Erik Holm", "Karin Åberg"):
        assert (key(name), "member", "Björkviks äldreråd") in got
    assert not any("Ekdal" in p or "Granvik" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_semicolons_keep_an_entrys_own_commas_in_a_sentence_list(morph):
    text = (
        "Kuusijoen hyvinvointiryhmän jäseninä toimivat: Helmi Aaltonen, puheenjohtaja; "
        "Ville Virtanen, Koivuvesi; Timo Rinne; Sanna Koivisto\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen hyvinvointiryhmä"
    assert (key("Helmi Aaltonen"), "chair", body) in got
    for name in ("Ville Virtanen", "Timo Rinne", "Sanna Koivisto"):
        assert (key(name), "member", body) in got
    assert not any("Koivuvesi" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_title_the_lexicon_does_not_know_between_the_post_and_the_name(morph):
    text = (
        "Björkviks äldreråd\n\n"
        "Ledamöter: Ordförande hälsovårdare Ulrika Holmström; Sekreterare rektor Mikael "
        "Wikström; Karin Forsman\n"
    )
    got = roles(text, "sv", morph=morph)
    assert (key("Ulrika Holmström"), "chair", "Björkviks äldreråd") in got
    assert (key("Mikael Wikström"), "secretary", "Björkviks äldreråd") in got
    assert (key("Karin Forsman"), "member", "Björkviks äldreråd") in got


@needs_voikko
def test_a_one_space_table_of_names_printed_surname_first_with_a_comma(morph=None):
    text = (
        "Kuusijoen järjestöneuvottelukunnan jäsenet\n"
        "Jäsen Varajäsen\n"
        "Varapuheenjohtaja Peltonen, Venla Savolainen, Lauri\n"
        "Valtonen, Hannu Suominen, Ilkka\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen järjestöneuvottelukunta"
    assert (key("Venla Peltonen"), "vice_chair", body) in got
    assert (key("Lauri Savolainen"), "deputy_member", body) in got
    assert (key("Hannu Valtonen"), "member", body) in got
    assert (key("Ilkka Suominen"), "deputy_member", body) in got


@needs_voikko
def test_a_post_before_two_names_with_one_space_between_still_reads_as_before(morph=None):
    text = (
        "Kuusijoen vanhusneuvosto\n"
        "Jäsen Henkilökohtainen varajäsen\n"
        "Puheenjohtaja Helmi Aaltonen Pekka Lehtonen\n"
        "Timo Rinne Leena Ojala\n"
    )
    got = roles(text, morph=morph)
    assert (key("Helmi Aaltonen"), "chair", "Kuusijoen vanhusneuvosto") in got
    assert (key("Pekka Lehtonen"), "deputy_member", "Kuusijoen vanhusneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_intro_of_another_body_of_the_same_kind_after_a_table_starts_it(morph):
    text = (
        "Kuusijoen vammaisneuvosto on kunnan yhteistyöelin, joka kokoontuu neljä kertaa "
        "vuodessa.\n\n"
        "Jäsenet:\nJäsen Varajäsen\nHelmi Aaltonen Pekka Lehtonen\n\n"
        "Koivuveden vammaisneuvosto on kunnan yhteistyöelin, joka kokoontuu neljä kertaa "
        "vuodessa.\n\n"
        "Jäsenet:\nJäsen Varajäsen\nTimo Rinne Leena Ojala\n"
    )
    got = roles(text, morph=morph)
    assert (key("Helmi Aaltonen"), "member", "Kuusijoen vammaisneuvosto") in got
    assert (key("Timo Rinne"), "member", "Koivuveden vammaisneuvosto") in got
    assert (key("Leena Ojala"), "deputy_member", "Koivuveden vammaisneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_longer_name_of_the_same_body_in_its_rules_is_no_new_body(morph):
    text = (
        "Kuusijoen vammaisneuvosto on kunnan ja järjestöjen yhteistyöelin.\n\n"
        "Jäsenet:\n- Helmi Aaltonen\n- Timo Rinne\n\n"
        "Kuusijoen kunnan vammaisneuvosto on kunnan ja järjestöjen yhteistyöelin.\n"
    )
    got = roles(text, morph=morph)
    assert {b for _p, _r, b in got} == {"Kuusijoen vammaisneuvosto"}


@needs_voikko
def test_a_role_in_brackets_then_a_slash_and_an_organisation_in_a_spaced_table(morph=None):
    text = (
        "Kuusijoen vanhusneuvosto\n"
        "Jäsen    Henkilökohtainen varajäsen\n"
        "Helmi Aaltonen (pj.) / Kuusijoen Martat ry    Pekka Lehtonen\n"
        "Timo Rinne / Kuusijoen Eläkkeensaajat ry    Leena Ojala\n"
        "Ville Virtanen (varapuheenjohtaja), Kuusijoen Martat ry    Outi Salminen\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen vanhusneuvosto"
    assert (key("Ville Virtanen"), "vice_chair", body) in got
    assert (key("Outi Salminen"), "deputy_member", body) in got
    assert (key("Helmi Aaltonen"), "chair", body) in got
    assert (key("Pekka Lehtonen"), "deputy_member", body) in got
    assert (key("Timo Rinne"), "member", body) in got
    assert (key("Leena Ojala"), "deputy_member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_two_runs_after_body_names_with_no_full_stop_each_keep_their_body(morph):
    text = (
        "Kuusijoen nuorisovaltuusto: Helmi Aaltonen (pj.) (Kuusijoen Martat ry); Ville "
        "Virtanen (Kuusijoen Martat ry); Timo Rinne (Kuusijoen Martat ry)\n\n"
        "Koivuveden järjestöneuvottelukunta: Sanna Koivisto (pj.) (Koivuveden Martat ry); "
        "Jari Niemi (Koivuveden Martat ry); Leena Ojala (Koivuveden Martat ry)\n"
    )
    got = roles(text, morph=morph)
    assert (key("Helmi Aaltonen"), "chair", "Kuusijoen nuorisovaltuusto") in got
    assert (key("Timo Rinne"), "member", "Kuusijoen nuorisovaltuusto") in got
    assert (key("Sanna Koivisto"), "chair", "Koivuveden järjestöneuvottelukunta") in got
    assert (key("Leena Ojala"), "member", "Koivuveden järjestöneuvottelukunta") in got
    assert not any(p == key("Timo Rinne") and r == "chair" for p, r, _b in got)


# -- a comma run whose entries have brackets of their own --------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_a_comma_run_of_entries_with_roles_and_deputies_in_brackets(morph):
    text = (
        "Kuusijoen vanhusneuvosto\n\nJäsenet:\n"
        "Helmi Aaltonen (puheenjohtaja) (vj. Pekka Lehtonen), Ville Virtanen (vj. Outi "
        "Salminen) ja Timo Rinne (vj. Leena Ojala).\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen vanhusneuvosto"
    assert (key("Helmi Aaltonen"), "chair", body) in got
    assert (key("Ville Virtanen"), "member", body) in got
    assert (key("Timo Rinne"), "member", body) in got
    for deputy in ("Pekka Lehtonen", "Outi Salminen", "Leena Ojala"):
        assert (key(deputy), "deputy_member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_after_a_comma_stays_with_its_entry(morph):
    text = (
        "Kuusijoen vanhusneuvosto\n\nJäsenet:\n"
        " • Helmi Aaltonen (Kuusijoen Martat ry), varalla Pekka Lehtonen (Kuusijoen Martat ry)\n"
    )
    got = roles(text, morph=morph)
    assert (key("Pekka Lehtonen"), "deputy_member", "Kuusijoen vanhusneuvosto") in got
    assert not any(p == key("Pekka Lehtonen") and r == "member" for p, r, _b in got)


@needs_voikko
def test_a_surname_first_name_with_its_organisation_in_a_spaced_table(morph=None):
    text = (
        "Kuusijoen vanhusneuvosto\n"
        "Jäsen    Varajäsen\n"
        "Aaltonen, Helmi / Kuusijoen Martat ry    Lehtonen, Pekka\n"
        "Rinne, Timo, Kuusijoen Martat ry    Ojala, Leena\n"
    )
    got = roles(text, morph=morph)
    body = "Kuusijoen vanhusneuvosto"
    assert (key("Helmi Aaltonen"), "member", body) in got
    assert (key("Pekka Lehtonen"), "deputy_member", body) in got
    assert (key("Timo Rinne"), "member", body) in got
    assert (key("Leena Ojala"), "deputy_member", body) in got

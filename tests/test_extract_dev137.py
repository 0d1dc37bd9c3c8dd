"""hytegraph extract on layouts met in the hundred-and-thirty-first held-out set (two parishes'
news on their new councils): made-up snippets, one per mechanism, read with either word-form
reader.

- "Johtokunnan varsinaisiksi jäseniksi valittiin (henkilökohtainen varajäsen suluissa) A (B),
  C (D) …": the members' word with its adjective "varsinaisiksi" after the body's name, and a
  run of "Name (Deputy)" pairs in which one comma is left out ("… (D) E (F), …"): members and
  their personal deputies;
- "… valitsi Aino Rantalan (varajäseneksi Olli Ylikummun), …": every name of the pairs in the
  genitive-accusative, each read in its basic form ("Ylikummun" → "Ylikumpu" by rule too);
- a photo caption "Kylän nuorisovaltuutetut. (vas) A, B, … ja N. Kuvasta puuttuu M.": the
  councillors' title names the council, "(vas)" the left-to-right label, and the person the
  sentence after it says is missing from the photo is a member too;
- "Hallituksen varapuheenjohtajiksi esitettiin A:ta ja B:tä. … Valinta osui yksimielisesti
  B:hen.": the one the choice fell on (in the illative) holds the office proposed;
- "Vaalilautakuntaan valittiin A, B ja C (varajäsenet D, E ja F)" after a paragraph that made
  C a personal deputy of another body: C is a member of this one as well.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

REGULAR_MEMBERS = (
    "Uutiset\n\n"
    "Kylälän seurakuntayhtymän uusi yhteinen kirkkovaltuusto kokoontui.\n\n"
    "Johtokunnan varsinaisiksi jäseniksi valittiin (henkilökohtainen varajäsen suluissa) "
    "Aarne Hakola (Liisa Jurvelin), Birgitta Ojanperä (Kalle Ruotsala), Veikko Tuomela "
    "(Sirkka Ahonpää) Mirja Lahdenperä (Heikki Perkiö) ja Tauno Kärkkäinen (Elsa Hiltula).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_regular_members_word_and_a_pair_without_its_comma(morph):
    got = held(REGULAR_MEMBERS, "fi", morph)
    for member, deputy in (
        ("Aarne Hakola", "Liisa Jurvelin"),
        ("Birgitta Ojanperä", "Kalle Ruotsala"),
        ("Veikko Tuomela", "Sirkka Ahonpää"),
        ("Mirja Lahdenperä", "Heikki Perkiö"),
        ("Tauno Kärkkäinen", "Elsa Hiltula"),
    ):
        assert (member, "member", "Johtokunta") in got
        assert (deputy, "deputy_member", "Johtokunta") in got
        assert (deputy, "member", "Johtokunta") not in got


TWO_COMMAS_MISSING = (
    "Uutiset\n\n"
    "Johtokunnan jäseniksi valittiin Aarne Hakola (Liisa Jurvelin) Birgitta Ojanperä "
    "(Kalle Ruotsala) ja Veikko Tuomela (Sirkka Ahonpää).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_missing_most_of_its_commas_is_no_run_of_pairs(morph):
    # guard: one gap in three may lack its comma, not more
    got = held(TWO_COMMAS_MISSING, "fi", morph)
    assert ("Kalle Ruotsala", "deputy_member", "Johtokunta") not in got


GENITIVE_PAIRS = (
    "Uutiset\n\n"
    "Varsinaisiksi johtokunnan jäseniksi vuosikokous valitsi vuosille 2025-2026 Aino "
    "Rantalan (varajäseneksi Olli Ylikummun), Eeva Virtasen (varajäseneksi Pekka Mäkelän), "
    "Jussi Salmijärven (varajäseneksi Tiina Kallion) ja Raili Hautalan (varajäseneksi Matti "
    "Ojalan).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_pairs_in_the_genitive_accusative_are_read_in_their_basic_form(morph):
    got = {(p, r) for p, r, _b in held(GENITIVE_PAIRS, "fi", morph)}
    for member, deputy in (
        ("Aino Rantala", "Olli Ylikumpu"),
        ("Eeva Virtanen", "Pekka Mäkelä"),
        ("Jussi Salmijärvi", "Tiina Kallio"),
        ("Raili Hautala", "Matti Ojala"),
    ):
        assert (member, "member") in got
        assert (deputy, "deputy_member") in got
    assert not any(p.endswith("n") and not p.endswith("nen") for p, _r in got)


NOMINATIVE_PAIRS = (
    "Uutiset\n\n"
    "Johtokunnan jäseniksi valittiin Aarne Lindén (Liisa Jurvelin), Birgitta Ojanperä "
    "(Kalle Ruotsala) ja Veikko Tuomela (Sirkka Ahonpää).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_nominative_pairs_keep_their_names(morph):
    # guard: only a run whose every name ends in -n is read as inflected
    got = held(NOMINATIVE_PAIRS, "fi", morph)
    assert ("Aarne Lindén", "member", "Johtokunta") in got
    assert ("Liisa Jurvelin", "deputy_member", "Johtokunta") in got


COUNCILLORS_CAPTION = (
    "Uusi nuorisovaltuusto aloitti\n\n"
    "Kylälän nuorisovaltuutetut. (vas) Iida Hakola, Eemeli Ojanperä, Sara Tuomela, Niilo "
    "Lahdenperä ja Venla Kärkkäinen. Kuvasta puuttuu Oona Hiltula.\n\n"
    "Nuorisovaltuusto kokoontuu kerran kuukaudessa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_councillors_caption_with_the_one_missing_from_the_photo(morph):
    got = held(COUNCILLORS_CAPTION, "fi", morph)
    for name in (
        "Iida Hakola",
        "Eemeli Ojanperä",
        "Sara Tuomela",
        "Niilo Lahdenperä",
        "Venla Kärkkäinen",
        "Oona Hiltula",
    ):
        assert (name, "member", "Nuorisovaltuusto") in got


GUESTS_CAPTION = (
    "Kesäjuhla\n\n"
    "Kylälän kesäjuhlan vieraat. (vas) Iida Hakola, Eemeli Ojanperä, Sara Tuomela ja Niilo "
    "Lahdenperä. Kuvasta puuttuu Oona Hiltula.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_caption_of_guests_gives_no_seats(morph):
    # guard: only a council's members' title names a body
    assert held(GUESTS_CAPTION, "fi", morph) == set()


CHOICE = (
    "Uutiset\n\n"
    "Hallituksen varapuheenjohtajiksi esitettiin Aino Rantalaa ja Bo Kivelää. Rantala "
    "kieltäytyi tehtävästä. Valinta osui yksimielisesti Bo Kivelään.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_one_the_choice_fell_on_holds_the_office_proposed(morph):
    got = held(CHOICE, "fi", morph)
    assert ("Bo Kivelä", "vice_chair", "Hallitus") in got
    assert not any(p.startswith("Aino") for p, _r, _b in got)


NO_PROPOSAL = (
    "Uutiset\n\n"
    "Hallitus kokoontui. Valinta osui yksimielisesti Bo Kivelään.\n\n"
    "Hallituksen sihteeriksi ehdotettiin Aino Rantalaa ja Bo Lindiä. Valinta osui Bo "
    "Lindiin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_no_office_without_a_proposal_or_a_readable_illative(morph):
    # guards: no proposal in the paragraph; an illative the rule cannot undo ("Lindiin")
    got = held(NO_PROPOSAL, "fi", morph)
    assert not any(r in ("vice_chair", "secretary") for _p, r, _b in got)


DEPUTY_THEN_MEMBER = (
    "Uutiset\n\n"
    "Hallituksen varapuheenjohtajaksi valittiin Esko Rantala (henkilökohtainen varajäsen "
    "Eeva Mäkelä).\n\n"
    "Vaalilautakuntaan valittiin vuosille 2025-2028 Aino Hakola, Bo Kivelä ja Eeva Mäkelä "
    "(varajäsenet Olli Aho, Pia Salo ja Ilkka Koski). Valtuusto hyväksyi talousarvion.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_of_one_body_is_a_member_of_another(morph):
    got = held(DEPUTY_THEN_MEMBER, "fi", morph)
    assert ("Eeva Mäkelä", "deputy_member", "Hallitus") in got
    assert ("Eeva Mäkelä", "member", "Vaalilautakunta") in got
    assert ("Aino Hakola", "member", "Vaalilautakunta") in got
    assert ("Olli Aho", "deputy_member", "Vaalilautakunta") in got

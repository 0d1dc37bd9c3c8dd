"""hytegraph extract on shapes of juries' and agencies' advisory boards, and of a few names'
ends, that the rules read wrong or not at all:

- a Swedish body's name with "för" and a proper name, a verb after it ("Styrelsen för Lagga
  Fältrittklubb ber härmed att få lämna …"): the name ends before the verb; a legal form's
  letters ("r.f.") are the name's last word;
- a prize's or a competition's jury ("tuomariston puheenjohtaja", "Juryns ordförande") is a
  body;
- "B Taideyliopiston Sibelius-Akatemiasta, C Metropolia Ammattikorkeakoulusta": where each
  listed person comes from, an institution's capitalised name in the elative, is no part of
  the name and no end of the list;
- "Insynsrådet leds av myndighetschefen, överintendent A": the post, a comma and the job
  before the name of the body's chair;
- names on lines of their own, each with the person's job on the line under it
  ("Riksdagsledamot (S)", "Landshövding, Länsstyrelsen i Uppsala län"): the list goes on
  (before: it ended at the first job with a party's mark or a comma);
- "… ja Mirkka Hynninen Kolme kilpailun parasta …": a count opening a sentence whose full stop
  is missing is no surname;
- "00130 Helsinki Kirjoituskilpailun raadissa …": an address's town is no part of the body's
  name after it;
- "Insynsrådet" and "Rättsmedicinalverkets insynsråd" on one page: one body;
- "Valtuuskunta valitsi uudelleen hallitukseen A:n, B:n ja C:n": an adverb between the verb
  and the body elected to (before: nothing);
- contact cards set apart by blank lines, a name, its office, a telephone ("Puh. 040 … / 010
  …") and an e-mail line ("Pirita Näkkäläjärvi" / "Puheenjohtaja" / "Puh. …"): the office is
  the name's (before: a member, and the list ended at the second card); the Sámi parliament's
  assembly ("Saamelaiskäräjien jäsenet") is a body;
- "… Harstad, Göteborg Jan-Olof Hedström, Karlskrona Eva Smekal": the town of the entry
  before, its separator lost, is no part of the next name (Swedish);
- "Närvarande tjänstemän:", "Adjungerade (ständigt):" after a board's members present, on
  lines of their own or run together on a minutes' cover: officials and the co-opted, no seat
  (before: members);
- "Biljettförsäljare: A, B", "Servererskor: C, D" after a board's election: the people who do
  a task hold no seat (before: members of the board).
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import extract
from tests.extract_snippets import MORPHS, needs_voikko, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_bodys_name_ends_before_the_verb_after_its_proper_name(morph):
    text = (
        "Styrelsen för Lagga Fältrittklubb ber härmed att få lämna följande "
        "verksamhetsberättelse.\n\nStyrelsen har bestått av:\nOrdförande Anna Ek\n"
        "Ledamot Bo Lind\nLedamot Eva Nyström\n"
    )
    board = "styrelsen för lagga fältrittklubb"
    assert seats(text, "sv", morph) == {
        ("Anna Ek", "chair", board),
        ("Bo Lind", "member", board),
        ("Eva Nyström", "member", board),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_an_associations_legal_form_ends_the_bodys_name(morph):
    text = (
        "Styrelsen för Föglö Hembygdsförening r.f. har haft följande sammansättning under år "
        "2007.\n\nOrdförande Anna Ek\nLedamot Bo Lind\nLedamot Eva Nyström\n"
    )
    board = "styrelsen för föglö hembygdsförening r.f."
    assert seats(text, "sv", morph) == {
        ("Anna Ek", "chair", board),
        ("Bo Lind", "member", board),
        ("Eva Nyström", "member", board),
    }


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Kilpailun voitti Aino Ek. Tuomariston puheenjohtajana toimi sopraano Soile Isokoski.",
            {("Soile Isokoski", "chair", "tuomaristo")},
        ),
        (
            "sv",
            "Priset delas ut i maj. Juryns ordförande är Bo Lind.",
            {("Bo Lind", "chair", "juryn")},
        ),
    ],
)
def test_a_jury_is_a_body(morph, lang, text, expected):
    assert seats(text, lang, morph) == expected


@needs_voikko
def test_listed_people_from_institutions_named_in_the_elative():
    text = (
        "Opiskelijaraadin jäsenet olivat Liisa Kouvonen Turun ammattikorkeakoulusta, Tanja "
        "Niemelä Taideyliopiston Sibelius-Akatemiasta sekä Tiina Salminen Metropolia "
        "Ammattikorkeakoulusta."
    )
    assert seats(text, "fi", None) == {
        ("Liisa Kouvonen", "member", "opiskelijaraati"),
        ("Tanja Niemelä", "member", "opiskelijaraati"),
        ("Tiina Salminen", "member", "opiskelijaraati"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_led_by_a_post_and_a_job_before_the_name(morph):
    text = "Insynsrådet leds av myndighetschefen, överintendent Patrick Amsellem."
    assert seats(text, "sv", morph) == {("Patrick Amsellem", "chair", "insynsrådet")}


@pytest.mark.parametrize("morph", MORPHS)
def test_names_each_with_a_job_on_the_line_under_it(morph):
    text = (
        "I insynsrådet ingår följande ledamöter:\n\nLedamöter:\nHeléne Björklund\n"
        "Riksdagsledamot (S)\nGustaf Göthberg\nRiksdagsledamot (M)\nGöran Enander\n"
        "Landshövding, Länsstyrelsen i Uppsala län\nCamilla Brodin\nProfessor\n"
    )
    assert seats(text, "sv", morph) == {
        ("Heléne Björklund", "member", "insynsrådet"),
        ("Gustaf Göthberg", "member", "insynsrådet"),
        ("Göran Enander", "member", "insynsrådet"),
        ("Camilla Brodin", "member", "insynsrådet"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_job_before_a_name_on_a_line_is_an_entry_of_its_own(morph):
    text = "Kyrkorådet\n\nLedamöter\nOrdförande Mats Berg\nJan Andersson\nKyrkoherde Jörgen Bok\n"
    assert seats(text, "sv", morph) == {
        ("Mats Berg", "chair", "kyrkorådet"),
        ("Jan Andersson", "member", "kyrkorådet"),
        ("Jörgen Bok", "member", "kyrkorådet"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_count_after_a_name_is_no_surname(morph):
    text = (
        "Kirjoituskilpailun raadissa olivat kirjailijat Siri Kolu ja Laura Lähteenmäki sekä "
        "kustannustoimittaja Mirkka Hynninen Kolme kilpailun parasta käsikirjoitusta "
        "julkaistaan sähkökirjana."
    )
    jury = "kirjoituskilpailun raati"
    assert seats(text, "fi", morph) == {
        ("Siri Kolu", "member", jury),
        ("Laura Lähteenmäki", "member", jury),
        ("Mirkka Hynninen", "member", jury),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_an_addresss_town_is_no_part_of_the_body_after_it(morph):
    text = (
        "Osoite: Korkeavuorenkatu 37. 00130 Helsinki Kirjoituskilpailun raadissa olivat "
        "kirjailijat Siri Kolu, Laura Lähteenmäki ja Salla Simukka."
    )
    jury = "kirjoituskilpailun raati"
    assert seats(text, "fi", morph) == {
        ("Siri Kolu", "member", jury),
        ("Laura Lähteenmäki", "member", jury),
        ("Salla Simukka", "member", jury),
    }


def test_a_bodys_definite_form_and_its_owners_name_are_one_body(tmp_path):
    path = tmp_path / "insynsrad.txt"
    path.write_text(
        "Rättsmedicinalverkets insynsråd\n\nInsynsrådet består av högst åtta ledamöter med "
        "generaldirektören Lars Werkström som ordförande.\n\nLedamöterna i "
        "Rättsmedicinalverkets insynsråd 2024\n\n  • Lars Werkström, GD och ordförande i "
        "insynsrådet\n  • Cecilia Klerbro, lagman\n  • Göran Collste, professor\n",
        encoding="utf-8",
    )
    proposals = extract(path, lang="sv", tagger=False)
    seats_of = {
        (f.actor.name, f.role, f.target.name)
        for f in proposals.facts
        if f.kind == "membership" and f.target is not None
    }
    council = "Rättsmedicinalverkets insynsråd"
    assert seats_of == {
        ("Lars Werkström", "chair", council),
        ("Cecilia Klerbro", "member", council),
        ("Göran Collste", "member", council),
    }
    assert [e.name for e in proposals.entities if e.kind != "person"] == [council]


@needs_voikko
def test_an_adverb_between_the_verb_and_the_body_elected_to():
    text = (
        "Valtuuskunta valitsi uudelleen hallitukseen vanhempi oikeuskanslerinsihteeri Pekka "
        "Liesivuoren, käräjätuomari Petra Springin ja johtaja Jyri Terämaan."
    )
    assert seats(text, "fi", None) == {
        ("Pekka Liesivuori", "member", "hallitus"),
        ("Petra Spring", "member", "hallitus"),
        ("Jyri Terämaa", "member", "hallitus"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_contact_cards_with_an_office_under_the_name(morph):
    text = (
        "Saamelaiskäräjien jäsenet 2024–2027\n\nPirita Näkkäläjärvi\n\nPuheenjohtaja\n\n"  # noqa: RUF001
        "Puh. 044 753 3766\n\npirita.nakkalajarvi@example.fi\n\nLeo Aikio\n\n"
        "I varapuheenjohtaja\n\nPuh. 040 621 6505 / 010 839 3180\n\nleo.aikio@example.fi\n\n"
        "Juha Alakorva\n\njuha.alakorva@example.fi\n\nAnu Avaskari\n\nVarajäsenet\n\n"
        "Matti Aikio\n\nPentti Pieski\n"
    )
    body = "saamelaiskäräjät"
    assert seats(text, "fi", morph) == {
        ("Pirita Näkkäläjärvi", "chair", body),
        ("Leo Aikio", "vice_chair", body),
        ("Juha Alakorva", "member", body),
        ("Anu Avaskari", "member", body),
        ("Matti Aikio", "deputy_member", body),
        ("Pentti Pieski", "deputy_member", body),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_the_town_of_the_entry_before_is_no_part_of_the_next_name(morph):
    text = (
        "Föreningens styrelse\n\nNärvarande ledamöter: Kristina Persson, Stockholm, ordförande "
        "Christina Ericsson, Nyköping, viceordförande Fredrik Harstad, Göteborg Jan-Olof "
        "Hedström, Karlskrona Eva Smekal, Stockholm Per-Olof Widell\n"
    )
    board = "föreningens styrelse"
    assert seats(text, "sv", morph) == {
        ("Kristina Persson", "chair", board),
        ("Christina Ericsson", "vice_chair", board),
        ("Fredrik Harstad", "member", board),
        ("Jan-Olof Hedström", "member", board),
        ("Eva Smekal", "member", board),
        ("Per-Olof Widell", "member", board),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_officials_and_the_co_opted_present_hold_no_seat(morph):
    text = (
        "Föreningens styrelse\n\nNärvarande ledamöter:\nKristina Persson, ordförande\n"
        "Fredrik Harstad\nEva Smekal\n\nAdjungerade (ständigt):\nIngegerd Lusensky, rektor\n\n"
        "Närvarande tjänstemän:\nBritta Nygård, mötessekreterare\nMats Wallenius\n"
    )
    board = "föreningens styrelse"
    assert seats(text, "sv", morph) == {
        ("Kristina Persson", "chair", board),
        ("Fredrik Harstad", "member", board),
        ("Eva Smekal", "member", board),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_officials_and_the_co_opted_on_a_cover_run_together_hold_no_seat(morph):
    text = (
        "PROTOKOLL FÖRT VID FÖRENINGEN NORDENS STYRELSEMÖTE\n\nFörslag till dagordning inför "
        "möte med Föreningen Nordens styrelse Datum: Tisdagen den 16 september 2008 Plats: "
        "Norra Latin, Närvarande ledamöter: Kristina Persson, Stockholm, ordförande Christina "
        "Ericsson, Nyköping, viceordförande Fredrik Harstad, Göteborg Eva Smekal, personal"
        "representant Adjungerade (ständigt): Ingegerd Lusensky, rektor Närvarande tjänstemän: "
        "Britta Nygård, mötessekreterare Mats Wallenius Bilagor: 1. Ekonomisk rapport\n"
    )
    people = {person for person, _role, _body in seats(text, "sv", morph)}
    assert {"Kristina Persson", "Christina Ericsson", "Fredrik Harstad"} <= people
    assert not people & {"Ingegerd Lusensky", "Britta Nygård", "Mats Wallenius"}


@pytest.mark.parametrize("morph", MORPHS)
def test_people_who_do_a_task_hold_no_seat(morph):
    text = (
        "I styrelsen valdes Fride Sandberg, Hugo Granö och Cecilia Englund.\n\n"
        "Biljettförsäljare: Runar Granholm, Felix Forsen, Arne Björk och Edvin Videskog.\n\n"
        "Servererskor: Inge Ahlbäck, Aina Byskata och Lea Granholm.\n\n"
        "Arbetskommittén: Elin Sunde, Nanny Timmerbacka och Ellen Granholm.\n"
    )
    assert seats(text, "sv", morph) == {
        ("Fride Sandberg", "member", "styrelsen"),
        ("Hugo Granö", "member", "styrelsen"),
        ("Cecilia Englund", "member", "styrelsen"),
        ("Elin Sunde", "member", "arbetskommittén"),
        ("Nanny Timmerbacka", "member", "arbetskommittén"),
        ("Ellen Granholm", "member", "arbetskommittén"),
    }

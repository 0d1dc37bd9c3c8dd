"""hytegraph extract on shapes of old meeting reports and news of elections that the rules read
wrong or not at all:

- "I styrelsen invaldes …, Allan Ek, Alex. Forsen, Fride Lind …", "köpman Aug. Wahlby,
  Visby": a first name cut short, as old lists print it, is a name's first word and no
  sentence's end;
- "I redaktionen för föreningens tidning valdes: A, B, C, suppleanter: D och E": an editorial
  board elected is a body, and a role's label inside the run of names gives the entries after
  it their seat (before: members of the board of the text);
- "Till ordförande i gruppen valdes: A, …, ledamöter: B, C": a lead-in that names an office
  is no run of members;
- "Suppleanter blir A (S), B (VSF) och C (M)": a party's abbreviation in parentheses after each
  name of a run of seats (before: nothing);
- "… och B, med disponent C som suppleant": the deputy's word after a name is that name's
  only;
- "… ja VT, apulaispoliisipäällikkö A": a degree, a comma and a job before a listed name;
- "V. Mikkola, T.H.Vilppula, V.Laherma", "syssloman N. O. Edlund", "Th. Hellman": a name
  opening with its first names' initials (one to three, a digraph's two letters too, the
  surname glued to the last full stop or after a space) in a list (before: only after a role
  word);
- "Fru Sonja Lundström", "Biskop Torsten Bohlin", "kantor G. Uhlin", "rouva Suoma Lindberg":
  a form of address or an old list's title before a name is no part of it;
- "Neuvostossa on puhunut A": "on" and another verb's past participle is no verb of
  belonging (before: A a member).
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.segment import sentences
from tests.extract_snippets import MORPHS, seats

_REPORT = "Ungdomsföreningen höll sitt årsmöte söndagen den 13 febr.\n\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_first_name_cut_short_in_a_list_of_names(morph):
    text = _REPORT + (
        "I styrelsen invaldes Fride Sandberg, Allan Timmerbacka, Alex. Forsen, Fride Sågfors, "
        "Vendla Storbacka och Cecilia Englund.\n"
    )
    assert seats(text, "sv", morph) == {
        (name, "member", "styrelsen")
        for name in (
            "Fride Sandberg",
            "Allan Timmerbacka",
            "Alex. Forsen",
            "Fride Sågfors",
            "Vendla Storbacka",
            "Cecilia Englund",
        )
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_first_name_cut_short_after_a_job_and_a_deputy_said_after_his_name(morph):
    text = (
        "Sällskapet Kyrkosångens vänner\n\nhar i dag hållit sitt årsmöte. Vid valet av styrelse "
        "omvaldes kassör tullförvaltare Karl Berggren, Visby, och folkskollärare Emil Dalström. "
        "Övriga medlemmar i styrelsen äro handelsföreståndare Erik Dalström och köpman Aug. "
        "Wahlby, Visby, med disponent Lars Jakobsson som suppleant. Årsmötet fastställde "
        "vidare styrelsens förslag.\n"
    )
    found = seats(text, "sv", morph)
    assert ("Aug. Wahlby", "member", "styrelse") in found
    assert ("Erik Dalström", "member", "styrelse") in found
    assert ("Lars Jakobsson", "deputy_member", "styrelse") in found


def test_a_cut_first_name_ends_no_sentence_but_a_sentence_still_ends_after_a_name():
    listed = "I styrelsen invaldes Hugo Granö, Alex. Forsen och Eva Ek. Mötet avslutades."
    assert [s.text for s in sentences(listed)] == [
        "I styrelsen invaldes Hugo Granö, Alex. Forsen och Eva Ek.",
        "Mötet avslutades.",
    ]
    # a first name at a sentence's end, the next sentence not a surname and a comma
    ended = "Ordförande blev Alex. Sedan talade Bo Lind."
    assert [s.text for s in sentences(ended)] == ["Ordförande blev Alex.", "Sedan talade Bo Lind."]


@pytest.mark.parametrize("morph", MORPHS)
def test_an_editorial_board_elected_and_its_deputies_under_their_label(morph):
    text = _REPORT + (
        "I redaktionen för föreningens handskrivna tidning valdes: Uno Ahlbäck, Artur Granö, "
        "Eva Jansson, suppleanter: Fride Sandberg och Fride Sågfors.\n\n"
        "I dramatiska sektionen valdes: Allan Timmerbacka, Hjördis Forsen och Viola Hansson.\n"
    )
    found = {(p, r, b.split()[0]) for p, r, b in seats(text, "sv", morph)}
    assert found == {
        ("Uno Ahlbäck", "member", "redaktionen"),
        ("Artur Granö", "member", "redaktionen"),
        ("Eva Jansson", "member", "redaktionen"),
        ("Fride Sandberg", "deputy_member", "redaktionen"),
        ("Fride Sågfors", "deputy_member", "redaktionen"),
        ("Allan Timmerbacka", "member", "dramatiska"),
        ("Hjördis Forsen", "member", "dramatiska"),
        ("Viola Hansson", "member", "dramatiska"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_in_that_names_an_office_is_no_run_of_members(morph):
    text = (
        "Nya och nygamla ledamöter valdes till Missbruksgruppen som ska forma program. Till "
        "ordförande i gruppen valdes: Ann-Mari Wulfstrand-Byhlin, tjänsteman och sekreterare "
        "Magnus Bååth, ledamöter: Rasken Andréasson, Carina Dahl och Anders Taavo.\n"
    )
    found = seats(text, "sv", morph)
    assert ("Ann-Mari Wulfstrand-Byhlin", "chair", "missbruksgruppen") in found
    assert ("Magnus Bååth", "secretary", "missbruksgruppen") in found
    assert ("Carina Dahl", "member", "missbruksgruppen") in found
    assert not any(body == "gruppen" for _p, _r, body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_partys_abbreviation_after_each_name_of_a_run_of_deputies(morph):
    text = (
        "Studentkåren har en ny styrelse.\n\nÖvriga ledamöter i nya styrelsen blir Malin Malm "
        "(S), Kim Holm (KK) och Anton Bergström (M). Suppleanter blir Joel Nordlander (S), "
        "Hanna Haglund (VSF) och Rasmus Höjer (M).\n"
    )
    found = seats(text, "sv", morph)
    assert {p for p, r, _b in found if r == "deputy_member"} == {
        "Joel Nordlander",
        "Hanna Haglund",
        "Rasmus Höjer",
    }
    assert ("Anton Bergström", "member", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_named_before_their_names_stay_deputies(morph):
    text = (
        "Föreningen höll årsmöte.\n\nTill styrelse utsågs Alf Olsson (ordförande) och Rut "
        "Rundgren (kassör). Som ersättare omvaldes Ann-Marie Wikén och nyvaldes Anita Nilsson.\n"
    )
    found = seats(text, "sv", morph)
    assert ("Anita Nilsson", "deputy_member", "styrelse") in found
    assert ("Anita Nilsson", "member", "styrelse") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_degree_a_comma_and_a_job_before_a_listed_name(morph):
    text = (
        "Liiton hallitus valittiin.\n\nHallituksessa jatkavat asianajaja Antti Sorjonen, OTT, "
        "professori Aino Ek ja VT, apulaispoliisipäällikkö Antero Rytkölä.\n"
    )
    assert seats(text, "fi", morph) == {
        ("Antti Sorjonen", "member", "liiton hallitus"),
        ("Aino Ek", "member", "liiton hallitus"),
        ("Antero Rytkölä", "member", "liiton hallitus"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_names_opening_with_initials_in_a_list(morph):
    text = (
        "Työväen Urheiluliiton liittotoimikunnan kokous.\n\nLiittotoimikuntaan kuuluvat V. "
        "Mikkola, T.H.Vilppula, V.Laherma ja J. F. Luukko.\n"
    )
    assert {(p.replace(" ", ""), r) for p, r, _b in seats(text, "fi", morph)} == {
        ("V.Mikkola", "member"),
        ("T.H.Vilppula", "member"),
        ("V.Laherma", "member"),
        ("J.F.Luukko", "member"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officer_named_with_initials_and_a_digraph_before_the_office(morph):
    text = (
        "Förbundet konstituerade sig.\n\nTill ledamöter i förbundsstyrelsen för ett år "
        "valdes: Biskop Torsten Bohlin, ordförande, syssloman N. O. Edlund, Frånö, v. "
        "ordförande, folkskolinspektör Th. Hellman, sekreterare, kantor G. Uhlin, Junsele.\n"
    )
    found = seats(text, "sv", morph)
    assert ("N. O. Edlund", "vice_chair", "förbundsstyrelsen") in found
    assert not any(p in ("O. Edlund", "Biskop Torsten Bohlin") for p, _r, _b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_form_of_address_before_a_name_is_no_part_of_it(morph):
    text = (
        "Föreningen höll årsmöte.\n\nI styrelsen invaldes Fru Sonja Lundström, kantor Rob. "
        "Vestman och herr Bo Ek.\n"
    )
    assert seats(text, "sv", morph) == {
        ("Sonja Lundström", "member", "styrelsen"),
        ("Rob. Vestman", "member", "styrelsen"),
        ("Bo Ek", "member", "styrelsen"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_another_verbs_perfect_after_the_body_gives_no_seat(morph):
    text = "Vanhusneuvosto\n\nNeuvostossa on puhunut Jussi Aaltonen ja muita.\n"
    assert seats(text, "fi", morph) == set()
    text = "Vanhusneuvosto\n\nNeuvostossa ovat olleet Bo Ek ja Eva Lind.\n"
    assert seats(text, "fi", morph) == {
        ("Bo Ek", "member", "vanhusneuvosto"),
        ("Eva Lind", "member", "vanhusneuvosto"),
    }

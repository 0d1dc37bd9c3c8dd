"""hytegraph extract on associations' meeting reports, annual reports and minutes that the rules
read wrong or not at all:

- "Yhdistyksen puheenjohtajaksi valittiin A. Hänen lisäkseen hallitukseen valittiin B, C" after
  "liittohallituksen Porin yhdistyksen edustaja D": the association's chair and the members go
  to its board, not to the association (whose members are all its people) nor to the
  federation's board named in a representative's title; "yhdistyksen pitkäaikainen jäsen A"
  is one of the association's members, no seat;
- "Ylva Larsdotter [suppleant] (omval)" in a run of names: the seat in square brackets is that
  name's, not the whole run's; "hade meddelat att hon avgår": a seat ending;
- "Ordförande    Birgitta Wistrand    Elin Wägner Sällskapet": a third column padded apart
  after the name (before: no seat read);
- "Puheenjohtaja Päivi Pesola ja varapuheenjohtaja Sami Luoto" on a list's line: two offices;
- "Ingvar Svanborg, sekreterare" / "Berit Jonsson, justerare" closing minutes: the meeting's
  signers, no seats (and the member's seat elected before stays);
- "§13 Val av 2-3 suppleanter" / "A och B valdes om … i styrelsen": deputies;
- "Johtokunnan jäseniksi valittiin A, B. Varalle C ja D.": deputies of that board;
- "Jan Ristoja (varapuheenjohtaja)": a surname, not "Risto" in the partitive plural.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_an_associations_chair_and_the_members_added_go_to_its_board(morph):
    text = (
        "Porin Invalidit ry piti vuosikokouksen. Kokouksen sujuvuudesta huolehti yhdistyksen "
        "pitkäaikainen jäsen, Antti Lehtola.\n"
        "Liittoterveiset välitti liittohallituksen Porin yhdistyksen edustaja Terttu Elomaa.\n\n"
        "Yhdistyksen puheenjohtajaksi valittiin Lennart Laitinen. Hänen lisäkseen hallitukseen "
        "valittiin Eila Martti, Eero Salminen ja Rauno Huhmarniemi varsinaisina jäseninä. "
        "Varajäseniksi valittiin Anja Harja ja Seija Laurell.\n"
    )
    found = seats(text, "fi", morph)
    assert ("Lennart Laitinen", "chair", "hallitus") in found
    assert ("Eila Martti", "member", "hallitus") in found
    assert ("Rauno Huhmarniemi", "member", "hallitus") in found
    assert ("Anja Harja", "deputy_member", "hallitus") in found
    assert not any(
        b in ("liittohallitus", "porin yhdistys") for _, r, b in found if r != "representative"
    )
    assert not any(p == "Antti Lehtola" for p, _, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_member_of_the_association_keeps_the_seat(morph):
    # guard: "yhdistyksen hallituksen jäsen" is a seat in the board, not the association's
    text = "Kokouksen avasi yhdistyksen hallituksen jäsen Sara Sarjakoski.\n"
    assert ("Sara Sarjakoski", "member", "yhdistyksen hallitus") in seats(text, "fi", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_in_square_brackets_is_that_names_and_a_member_leaving(morph):
    text = (
        "Årsmötet valde Raine Johnsson till styrelsens ordförande (omval). Likaså hade "
        "styrelsemedlemmen Katarina Gäddnäs meddelat att hon avgår. I den nya styrelsen sitter: "
        "Anna Berg/Sverige (omval), Anna Franck (ny), Ylva Larsdotter [suppleant] (omval), "
        "Janina Orlov/Sverige [suppleant] (omval).\n"
    )
    found = seats(text, "sv", morph)
    assert ("Anna Berg", "member", "styrelsen") in found
    assert ("Anna Franck", "member", "styrelsen") in found
    assert ("Ylva Larsdotter", "deputy_member", "styrelsen") in found
    assert ("Janina Orlov", "deputy_member", "styrelsen") in found
    assert not any(p == "Katarina Gäddnäs" for p, _, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_table_with_a_third_column_padded_apart(morph):
    text = (
        "Styrelse:\n\n"
        "Ordförande             Birgitta Wistrand                   Elin Wägner Sällskapet\n\n"
        "Vice ordförande     Barbro Thomas                      Gustaf Hellström-sällskapet\n\n"
        "Sekreterare            Göran Wessberg                     Frank Hellersällskapet\n\n"
        "Ledamot               Georg Hahne                            Dan Anderssonsällskapet\n"
    )
    assert seats(text, "sv", morph) == {
        ("Birgitta Wistrand", "chair", "styrelse"),
        ("Barbro Thomas", "vice_chair", "styrelse"),
        ("Göran Wessberg", "secretary", "styrelse"),
        ("Georg Hahne", "member", "styrelse"),
    }


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    ("lang", "line", "first", "second"),
    [
        ("fi", "Puheenjohtaja Päivi Pesola ja varapuheenjohtaja Sami Luoto", "Päivi Pesola",
         "Sami Luoto"),
        ("sv", "Ordförande Bo Ek och vice ordförande Eva Lind", "Bo Ek", "Eva Lind"),
    ],
)  # fmt: skip
def test_two_offices_on_a_lists_line(morph, lang, line, first, second):
    head = "Hallitus" if lang == "fi" else "Styrelse"
    member = "Jäsen Per Berg" if lang == "fi" else "Ledamot Per Berg"
    found = seats(f"{head}\n\n{line}\n{member}\n", lang, morph)
    assert (first, "chair", head.casefold()) in found
    assert (second, "vice_chair", head.casefold()) in found


@pytest.mark.parametrize("morph", MORPHS)
def test_the_signers_of_minutes_hold_no_seat_by_signing(morph):
    text = (
        "Protokoll från årsmötet 2017\n\n"
        "§2 Val av ordförande och sekreterare för mötet\n"
        "Till ordförande för mötet valdes Kerstin Ellert och sekreterare Ingvar Svanborg\n"
        "§3 Val av två justerare\nValdes Berit Jonsson och Åke Nordenberg\n"
        "§11 Val av ordförande för ett år\nTill ordförande valdes Kerstin Ellert\n"
        "§12 Val av styrelseledamöter för två år\n"
        "Till ledamöter för två år valdes Anniken Karell Håkansson, Stig Ulvild och Ingvar "
        "Svanborg\n"
        "§13 Val av 2-3 suppleanter (2 år + fyllnadsval 1 år)\n"
        "Helen Sigeland och Ulla Lundqvist valdes om för ytterligare två år i styrelsen.\n"
        "§19 Avslutning\n"
        "Ingvar Svanborg, sekreterare\nKerstin Ellert, ordförande\nBerit Jonsson, justerare\n"
        "Åke Nordenberg, justerare\n"
    )
    found = seats(text, "sv", morph)
    assert ("Ingvar Svanborg", "member", "styrelsen") in found
    assert ("Helen Sigeland", "deputy_member", "styrelsen") in found
    assert ("Ulla Lundqvist", "deputy_member", "styrelsen") in found
    assert not any(p in ("Berit Jonsson", "Åke Nordenberg") for p, _, _ in found)
    assert not any(p == "Ingvar Svanborg" and r == "secretary" for p, r, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_said_after_the_members_in_a_verbless_sentence(morph):
    text = (
        "Perustava kokous pidettiin 27.2.1955. Johtokunnan varsinaisiksi jäseniksi valittiin "
        "Olavi Kairi, Erkki Räisänen ja Sisko Viljanen. Varalle Erkki Montonen ja Seppo "
        "Väkiparta.\n"
    )
    found = seats(text, "fi", morph)
    assert ("Olavi Kairi", "member", "johtokunta") in found
    assert ("Erkki Montonen", "deputy_member", "johtokunta") in found
    assert ("Seppo Väkiparta", "deputy_member", "johtokunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_stand_in_for_an_officer_is_no_deputy_member(morph):
    # guard: "Varalle" after a chair's election names the chair's stand-in, no board seat
    text = "Puheenjohtajaksi valittiin Juha Lamminperä. Varalle Toivo Järvinen.\n"
    assert not any(p == "Toivo Järvinen" for p, _, _ in seats(text, "fi", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_surname_that_reads_as_a_first_name_in_the_plural(morph):
    text = "Garden hallitus vuonna 2017\n\nJan Ristoja (varapuheenjohtaja)\nHannu Ojala\n"
    assert ("Jan Ristoja", "vice_chair", "garden hallitus") in seats(text, "fi", morph)


@pytest.mark.parametrize("morph", MORPHS)
def test_new_members_after_the_boards_members_are_the_boards(morph):
    # the text has gone on from the federation to its board: "Uusina jäseninä valittiin" (no
    # body in the sentence) goes on filling it
    text = (
        "Suomen Kalastusliitto ry:n 12. liittokokous pidettiin 6.5.2023 Oulussa.\n\n"
        "Liiton puheenjohtajaksi valittiin Anna Koskimaa (OuKa). Hallituksen jäseniksi valittiin "
        "uudelleen Olli Virtanen (KeKa) ja Pekka Salonen (LaKa). Uusina jäseninä valittiin "
        "Mikko Mäkelä (RaKa) ja Sari Laitinen (PoKa).\n"
    )
    found = seats(text, "fi", morph)
    assert ("Olli Virtanen", "member", "hallitus") in found
    assert ("Mikko Mäkelä", "member", "hallitus") in found
    assert ("Sari Laitinen", "member", "hallitus") in found

"""hytegraph extract on layouts met in the hundred-and-forty-fifth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a body named in the illative right after a role word, only a verb between it and the
  names ("Uusina jäseninä hallitukseen valittiin A ja B"), is the seats' body, not the
  organisation a sentence before named by its bare word ("Liiton puheenjohtajaksi valittiin
  C"); a bare body word that can name the body of the context still names that body, and a
  body in the genitive before a postposition ("hallituksen ulkopuolelta toimi") is no seat.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

FEDERATION = (
    "Suomen Kalastusliitto ry:n 12. liittokokous pidettiin 6.5.2023 Oulussa.\n\n"
    "Liiton puheenjohtajaksi valittiin Anna Koskimaa (OuKa). Hallituksen jäseniksi valittiin "
    "uudelleen Olli Virtanen (KeKa) ja Pekka Salonen (LaKa). Uusina jäseninä hallitukseen "
    "valittiin Mikko Mäkelä (RaKa) ja Sari Laitinen (PoKa).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_body_between_role_word_and_verb_names_the_seats(morph):
    got = held(FEDERATION, "fi", morph)
    assert ("Mikko Mäkelä", "member", "Hallitus") in got
    assert ("Sari Laitinen", "member", "Hallitus") in got
    assert ("Olli Virtanen", "member", "Hallitus") in got
    assert ("Mikko Mäkelä", "member", "Kalastusliitto") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_body_between_role_word_and_verb_without_brackets(morph):
    text = (
        "Suomen Kalastusliitto ry:n liittokokous pidettiin 6.5.2023.\n\n"
        "Liiton varapuheenjohtajaksi valittiin Anna Koskimaa. Uusina jäseninä hallitukseen "
        "valittiin Mikko Mäkelä ja Sari Laitinen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Mikko Mäkelä", "member", "Hallitus") in got
    assert ("Sari Laitinen", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_bare_word_for_the_body_of_the_context(morph):
    # the page is about the club's board: "hallitukseen" is that board, named in full
    text = (
        "Testilän Soutuseuran hallitus kokoontui 6.5.2023.\n\n"
        "Seuran puheenjohtajaksi valittiin Anna Koskimaa. Uusina jäseninä hallitukseen "
        "valittiin Mikko Mäkelä ja Sari Laitinen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Mikko Mäkelä", "member", "Testilän Soutuseuran hallitus") in got
    assert ("Sari Laitinen", "member", "Testilän Soutuseuran hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_new_seats_with_no_body_named(morph):
    # no body in the sentence, and none filled in the sentence before: the seats stay with
    # the organisation read before (after "Hallituksen jäseniksi valittiin …" the board is
    # what the text goes on to fill: tests/test_extract_dev234.py)
    text = FEDERATION.replace(
        "Hallituksen jäseniksi valittiin uudelleen Olli Virtanen (KeKa) ja Pekka Salonen (LaKa). ",
        "",
    ).replace("Uusina jäseninä hallitukseen valittiin", "Uusina jäseninä valittiin")
    got = held(text, "fi", morph)
    assert ("Mikko Mäkelä", "member", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_body_in_the_genitive_with_a_postposition(morph):
    # "hallituksen ulkopuolelta": from outside the board, no seat in it
    text = (
        "Testilän Omakotiyhdistys ry:n vuosikertomus 2019.\n\n"
        "Vuonna 2019 yhdistyksen puheenjohtajana toimi Anna Koskimaa ja varapuheenjohtajana "
        "Olli Virtanen. Yhdistyksen sihteerinä hallituksen ulkopuolelta toimi Sari Laitinen. "
        "Hallitus kokoontui kahdeksan kertaa.\n"
    )
    got = held(text, "fi", morph)
    assert ("Sari Laitinen", "secretary", "Hallitus") not in got

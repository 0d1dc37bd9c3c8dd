"""hytegraph extract on an editorial board's label, an association's committee ("jaos") and the
credits of a book's photos: made-up snippets, one per mechanism, read with either word-form
reader.

- "Toimituskunta:" (an editorial board) alone as a list's label, the first name on its line
  and the others indented below it: the board of its own, as "Toimikunta:" is (only a
  representative assembly's word alone, "Edustajisto:", stays a group of the page's body);
- "jaos" (a standing committee of an association) is a body's word, read on its stem "jaokse-"
  without voikko too: "Viestintäjaoksen jäsenet:" heads its list, which is no longer given to
  the board the page names above it;
- the learned tagger's guesses: none for names in the genitive before a participle of taking,
  writing or making ("kuvat ovat A:n, B:n ja C:n ottamia"): who made the work, no seat.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.tagger import no_seat_said
from tests.extract_snippets import MORPHS, held

IMPRINT = (
    "Testilän Kyläseura 1970-2010\n\n\n"
    "Toimituskunta: Olli Virtanen, puheenjohtaja\n"
    "               Aino Koski\n"
    "               Pekka Salonen\n"
    "               Eeva Ahola\n\n"
    "© Aino Koski ja Testilän Kyläseura\n\n"
    "ISBN 951-00-0000-0\n"
)

COMMITTEES = (
    "Jaokset\n\n"
    "Kunkin jaoksen puheenjohtajana toimii joku hallituksen jäsenistä.\n\n"
    "Viestintäjaos valmistelee liiton hallitukselle esitykset tiedotuksesta.\n\n"
    "Viestintäjaoksen jäsenet:\n\n"
    " • Olli Virtanen, puheenjohtaja, opettaja\n"
    " • Aino Koski, toimittaja\n"
    " • Pekka Salonen, sihteeri\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_editorial_boards_label_alone_heads_its_indented_names(morph):
    got = held(IMPRINT, "fi", morph)
    assert ("Olli Virtanen", "chair", "Toimituskunta") in got
    for person in ("Aino Koski", "Pekka Salonen", "Eeva Ahola"):
        assert (person, "member", "Toimituskunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_committees_jaos_heads_its_members(morph):
    got = held(COMMITTEES, "fi", morph)
    assert ("Olli Virtanen", "chair", "Viestintäjaos") in got
    assert ("Aino Koski", "member", "Viestintäjaos") in got
    assert ("Pekka Salonen", "secretary", "Viestintäjaos") in got
    assert not any("hallitus" in body.casefold() for _p, _r, body in got)


def _at(text: str, name: str) -> tuple[int, int]:
    at = text.index(name)
    return at, at + len(name)


PHOTOS = (
    "Toimituskunta: Olli Virtanen, Aino Koski ja Eeva Ahola.\n\n"
    "Vanhimmat kuvat ovat seuran jäsenten Pekka Salosen, Sari Laitisen ja Matti Niemisen "
    "ottamia. Historiikin on kirjoittanut Olli Virtanen.\n"
)


@pytest.mark.parametrize("name", ["Pekka Salosen", "Sari Laitisen", "Matti Niemisen"])
def test_no_guess_for_who_took_the_photos(name):
    assert no_seat_said(lexicon("fi"), PHOTOS, *_at(PHOTOS, name))


def test_a_genitive_before_a_leaders_participle_is_left_alone():
    # guard: "Aino Kosken johtama työryhmä": she leads the group, a seat the tagger may guess
    text = "Aino Kosken johtama työryhmä kokoontui kuusi kertaa.\n"
    assert not no_seat_said(lexicon("fi"), text, *_at(text, "Aino Kosken"))

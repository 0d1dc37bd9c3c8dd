"""hytegraph extract on a board's table flattened column by column, working groups listed by
their topics, seats in other bodies on a board's list lines and a magazine's editors above a
board's table: made-up snippets, one per mechanism, read with either word-form reader.

- a table of posts and names flattened column by column, the posts on one line and the names
  on a later one after the column's label ("Puheenjohtaja Varapuheenjohtaja Sihteeri Jäsen
  Jäsen" / a sentence / "Nimi Aino Koski Pekka Salonen …"): the k-th post is the k-th name's,
  in the body the heading above the posts names ("Hallitus: Tehtävä"); nothing when the counts
  differ;
- working groups listed by topic under a plural heading of their kind ("Työryhmät:" / "•
  Kylälehti: Aino Koski, Pekka Salonen"): each topic a group named "Kylälehti -työryhmä", its
  names members;
- a board's list line that goes on after the office to the person's seats in other bodies
  ("Aino Koski puheenjohtaja, Testilän seudun hallitus, tiedotus"; "Eeva Ahola sihteeri,
  Testiliiton neuvottelukunta"): a member of each such body too;
- a magazine's editors after a body's label ("Toimituskunta: Liisa Mäkinen ja Juha Nieminen")
  above such a table: no guess of the learned tagger puts them in the table's board.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.pipeline import extract
from tests.extract_snippets import MORPHS, held, needs_voikko

TABLE = (
    "Testilän kyläyhdistys 2025\n\n"
    "Hallitus: Tehtävä\n\n"
    "Puheenjohtaja Varapuheenjohtaja Sihteeri Jäsen Jäsen\n\n"
    "Hallitukseen saa yhteyttä sähköpostitse.\n\n"
    "Nimi Aino Koski Pekka Salonen Eeva Ahola Sari Laitinen Olli Virtanen\n\n"
    "Puhelin\n"
)

GROUPS = (
    "Testilä-seuran johtokunta vuodelle 2025\n\n"
    "Työryhmät:\n"
    "• Kylälehti: Aino Koski, Pekka Salonen, Eeva Ahola\n"
    "• Liikenne ja kaavoitus: Sari Laitinen ja Olli Virtanen\n"
    "• Kesäjuhlat: Aino Koski, Olli Virtanen\n\n"
    "Johtokunta kokoontuu kerran kuussa.\n"
)

SEATS = (
    "Toimintakertomus 2024\n\n"
    "2. Johtokunta ja muut toimielimet\n\n"
    "Aino Koski puheenjohtaja, Testilän seudun hallitus, tiedotus\n"
    "Pekka Salonen varapuheenjohtaja, kaava-asiat\n"
    "Eeva Ahola sihteeri, Testiliiton neuvottelukunta, lakiasiat\n"
    "Sari Laitinen rahastonhoitaja\n"
    "Olli Virtanen\n\n"
    "Johtokunta kokoontui 8 kertaa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_table_flattened_column_by_column_pairs_posts_and_names(morph):
    got = held(TABLE, "fi", morph)
    assert ("Aino Koski", "chair", "Hallitus") in got
    assert ("Pekka Salonen", "vice_chair", "Hallitus") in got
    assert ("Eeva Ahola", "secretary", "Hallitus") in got
    assert ("Sari Laitinen", "member", "Hallitus") in got
    assert ("Olli Virtanen", "member", "Hallitus") in got
    # (four names for five posts: which is whose is unsure, nothing read)
    fewer = held(TABLE.replace(" Olli Virtanen", ""), "fi", morph)
    assert ("Aino Koski", "chair", "Hallitus") not in fewer


@pytest.mark.parametrize("morph", MORPHS)
def test_topics_under_a_working_groups_heading_are_groups(morph):
    got = held(GROUPS, "fi", morph)
    for person in ("Aino Koski", "Pekka Salonen", "Eeva Ahola"):
        assert (person, "member", "Kylälehti -työryhmä") in got
    for person in ("Sari Laitinen", "Olli Virtanen"):
        assert (person, "member", "Liikenne ja kaavoitus -työryhmä") in got
    assert ("Olli Virtanen", "member", "Kesäjuhlat -työryhmä") in got
    # (under a heading of duties, no kind of group: no groups)
    duties = held(GROUPS.replace("Työryhmät:", "Vastuualueet:"), "fi", morph)
    assert not any(body.endswith("-työryhmä") for _p, _r, body in duties)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_lines_seats_in_other_bodies(morph):
    got = held(SEATS, "fi", morph)
    assert ("Aino Koski", "chair", "Johtokunta") in got
    assert ("Aino Koski", "member", "Testilän seudun hallitus") in got
    assert ("Eeva Ahola", "member", "Testiliiton neuvottelukunta") in got
    assert not any(body.casefold() == "tiedotus" for _p, _r, body in got)


@needs_voikko
def test_a_magazines_editors_get_no_guess_in_the_boards_table(tmp_path):
    path = tmp_path / "lehti.txt"
    text = (
        "Kyläsanomat 2025\n\nPage 1\n\nKylälehti\n\nKesä 2025\n\n"
        "Kesän kukat kukkivat taas pihoilla ja puutarhoissa. Marjoja saadaan runsaasti. "
        "Uusin tulokas on pensas Toimituskunta: Liisa Mäkinen ja Juha Nieminen\n\n\n" + TABLE
    )
    path.write_text(text, encoding="utf-8")
    facts = extract(path, lang="fi").facts
    seated = {f.actor.name for f in facts if f.kind == "membership"}
    assert "Aino Koski" in seated
    assert not seated & {"Liisa Mäkinen", "Juha Nieminen"}

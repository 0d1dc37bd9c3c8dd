"""hytegraph extract on layouts met in the hundred-and-thirty-sixth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- an annual report's sentence on representatives: "Vanhusneuvostossa yhdistystä ovat
  edustaneet A ja B, varalla C ja D" — the persons who represent an organisation in the body
  named in the inessive right before the verb are its members, the names after "varalla" its
  deputies;
- who represented an organisation at a meeting ("Piirin kevätkokouksessa yhdistystä edustivat
  …, syyskokouksessa varapuheenjohtaja A sekä B"): delegates, no seats, not even in a body the
  sentences before named;
- the perfect of the verb before a body's genitive and a role ("A on ollut Testiliiton
  liittovaltuuston jäsen"): a seat in that body, not in a body the sentence names after it
  ("… ja osallistunut piirihallituksen kokouksiin");
- the chair of an association's general meetings ("Puheenjohtajana yleisissä kokouksissa
  toimi A"): the meetings' chair, no seat;
- two or more bodies in the inessive, each right before a name ("jäseninä ovat olleet
  kulttuuriryhmässä A, retkeilyn ryhmässä B ja kerholehden toimituskunnassa C"): each name is a
  member of the body right before it ("toimituskunta", an editorial board, is a body word);
- a sentence's names belong to that sentence's body only: the short posts after a group's
  leader ("Kahvion ryhmää johti A … Retkivastaava oli B") are no seats in the group, and the
  learned tagger gives no name of a prose line the body of a seat the rules read in another
  sentence of it.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.morphology import morphology
from tests.extract_snippets import MORPHS, held

INTRO = "Testilän Eläkeläiset ry on päättänyt 12. toimikautensa. "

REPRESENTATIVES = (
    INTRO + "Vanhusneuvostossa yhdistystä ovat edustaneet Aino Ahola ja Pekka Puu, varalla "
    "Liisa Laine ja Bo Lind. Jäsenmäärä oli 120.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_representatives_in_a_body_and_their_deputies(morph):
    got = held(REPRESENTATIVES, "fi", morph)
    assert ("Aino Ahola", "member", "Vanhusneuvosto") in got
    assert ("Pekka Puu", "member", "Vanhusneuvosto") in got
    assert ("Liisa Laine", "deputy_member", "Vanhusneuvosto") in got
    assert ("Bo Lind", "deputy_member", "Vanhusneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_one_representative_and_a_deputy(morph):
    text = INTRO + "Vammaisneuvostossa yhdistystä edustaa Eeva Eskola, varalla Kalle Kivi.\n"
    got = held(text, "fi", morph)
    assert ("Eeva Eskola", "member", "Vammaisneuvosto") in got
    assert ("Kalle Kivi", "deputy_member", "Vammaisneuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_delegates_to_a_meeting(morph):
    text = (
        INTRO + "Kahvion ryhmää johti Aino Ahola. Piirin kevätkokouksessa yhdistystä edustivat "
        "puheenjohtaja ja sihteeri ja syyskokouksessa varapuheenjohtaja Timo Tammi sekä "
        "Ville Vaara.\n"
    )
    got = held(text, "fi", morph)
    assert not any(p in ("Timo Tammi", "Ville Vaara") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_member_of_a_body_in_the_perfect(morph):
    text = (
        INTRO + "Pekka Puu on ollut Testiliiton liittovaltuuston jäsen ja osallistunut "
        "piirihallituksen kokouksiin. Liisa Laine on ollut aluehallituksen jäsenenä.\n"
    )
    got = held(text, "fi", morph)
    assert ("Pekka Puu", "member", "Testiliiton liittovaltuusto") in got
    assert ("Liisa Laine", "member", "aluehallitus") in got
    assert not any(b == "piirihallitus" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_chair_of_general_meetings(morph):
    text = (
        INTRO + "Hallituksen kokouksia pidettiin kuusi. Puheenjohtajana yleisissä kokouksissa "
        "toimi Aino Ahola. Pekka Puu on ollut kaupunginhallituksen jäsen.\n"
    )
    got = held(text, "fi", morph)
    assert not any(p == "Aino Ahola" for p, _r, _b in got)
    assert ("Pekka Puu", "member", "kaupunginhallitus") in got


GROUPS = (
    INTRO + "Piirin toimintaryhmissä jäseninä ovat olleet 2023 kulttuuriryhmässä Aino Ahola, "
    "retkeilyn ryhmässä Pekka Puu ja kerholehden toimituskunnassa Liisa Laine.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_each_name_in_the_body_right_before_it(morph):
    got = held(GROUPS, "fi", morph)
    assert ("Aino Ahola", "member", "kulttuuriryhmä") in got
    assert ("Pekka Puu", "member", "retkeilyn ryhmä") in got
    assert ("Liisa Laine", "member", "kerholehden toimituskunta") in got
    assert len(got) == 3


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_one_body_before_a_run_of_names(morph):
    # one body before three names: its members, not one each
    text = INTRO + "Kulttuuriryhmässä ovat olleet Aino Ahola, Pekka Puu ja Liisa Laine.\n"
    got = held(text, "fi", morph)
    assert not any(b == "retkeilyn ryhmä" for _p, _r, b in got)
    assert all(b == "Kulttuuriryhmä" for _p, _r, b in got)


LEADER = (
    "TOIMINTAKERTOMUS 2023\n" + INTRO + "Kahvion ryhmää johti Aino Ahola apulaisinaan Pekka Puu "
    "ja Liisa Laine. Retkivastaava oli Bo Lind. Jäsenmäärä oli 120.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_after_a_groups_leader_are_not_the_groups(morph):
    got = held(LEADER, "fi", morph)
    assert not any(p == "Bo Lind" for p, _r, _b in got)


@pytest.mark.skipif(morphology().name != "voikko", reason="the tagger runs with libvoikko only")
def test_tagger_keeps_a_prose_line_s_names_out_of_another_sentence_s_body(tmp_path):
    from hytegraph.authoring.extract.pipeline import extract

    path = tmp_path / "report.txt"
    path.write_text(
        "TOIMINTAKERTOMUS 2023\n" + INTRO + "Yhdistystä on johtanut puheenjohtaja Timo Tammi. "
        "Rahastonhoitaja oli Ville Vaara, sihteeri Eeva Eskola. Kahvion ryhmää johti Aino "
        "Ahola apulaisinaan Pekka Puu ja Liisa Laine. Retkivastaava oli Bo Lind, keilailussa "
        "Kalle Kivi. Jäsenmäärä oli 120.\n",
        encoding="utf-8",
    )
    got = {
        f.actor.name
        for f in extract(path, lang="fi").facts
        if f.kind == "membership" and f.target is not None and f.target.name == "Kahvion ryhmä"
    }
    assert not got & {"Timo Tammi", "Ville Vaara", "Bo Lind"}

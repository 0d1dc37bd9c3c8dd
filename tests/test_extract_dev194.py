"""hytegraph extract on layouts met in the hundred-and-ninetieth held-out set (Swedish): made-up
snippets, one per mechanism, read with either word-form reader.

- "Ordförande i kretsen är fortfarande A, vice ordförande är B, kassör C, sekreterare D och
  vice sekreterare E": a sentence opened by an officer's post of the association ("i
  kretsen", "för föreningen": its board's) or of a body, "är" and a name, then more posts
  each before its name: each name holds the post before it (a treasurer's and a vice
  secretary's a member's seat) in the board, not the body a sentence before named last; a
  post the rules do not know ends the run.
- "Dessutom nyvaldes A till styrelsen och B till valberedningen": names each elected "till"
  a body of its own hold a member's seat in that body.
- "tackar avgående ordförande A, vice ordförande och ordförande emerita B samt styrelsemedlem
  C": one word saying the first post was held before says it of every post and name of the
  run after it.
- "Till ny vice ordförande valdes A från X:s samarbetsråd": the body after "från" right after
  the name is where she comes from; the post is in the one body the page's other seats are in.
- "Till valberedningen i TFO omvaldes A, B och C": the organisation of the body named between
  the body and its verb.
- "A och B omvaldes som ersättare för ett år, och nyvaldes C och D.": the names after "och"
  and the verb closing the sentence hold the seat the sentence gave the names before them.
- "Årsmötet beslutade att styrelsen ska bestå av tre ledamöter och två ersättare." over lines
  of elections naming no body: the body sized is the one they fill.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

BRANCH = (
    "Stämma i Testbykretsen\n\n"
    "Testbykretsen har hållit stämma för år 2024.\n\n"
    "Vid valen omvaldes alla funktionärer. Dessutom nyvaldes Maria Ekholm till styrelsen och "
    "Olle Lundin till valberedningen. Ordförande i kretsen är fortfarande Lars Bergman, vice "
    "ordförande är Eva Dahlin, kassör Bo Nordin, sekreterare Anna Sandell och vice sekreterare "
    "Karin Strömberg. Mycket annat kommer att hända i kretsen!\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_each_before_a_name_in_one_sentence(morph):
    got = held(BRANCH, "sv", morph)
    assert ("Lars Bergman", "chair", "Styrelsen") in got
    assert ("Eva Dahlin", "vice_chair", "Styrelsen") in got
    assert ("Bo Nordin", "member", "Styrelsen") in got
    assert ("Anna Sandell", "secretary", "Styrelsen") in got
    assert ("Karin Strömberg", "member", "Styrelsen") in got
    assert not any(body == "Valberedningen" and role != "member" for _p, role, body in got)
    assert ("Lars Bergman", "vice_chair", "Valberedningen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_unknown_post_ends_the_officer_run(morph):
    text = BRANCH.replace("och vice sekreterare Karin", "och webbredaktör Karin")
    got = held(text, "sv", morph)
    assert ("Anna Sandell", "secretary", "Styrelsen") in got
    assert not any(p == "Karin Strömberg" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_officers_of_a_past_year(morph):
    text = BRANCH.replace("Ordförande i kretsen är fortfarande", "Ordförande i kretsen var")
    got = held(text, "sv", morph)
    assert ("Lars Bergman", "chair", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_names_each_elected_to_a_body_of_their_own(morph):
    got = held(BRANCH, "sv", morph)
    assert ("Maria Ekholm", "member", "Styrelsen") in got
    assert ("Olle Lundin", "member", "Valberedningen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_names_each_elected_to_a_body_name_first(morph):
    text = (
        "Årsmöte i Testby\n\n"
        "Maria Ekholm nyvaldes till styrelsen och Olle Lundin till valberedningen.\n"
    )
    got = held(text, "sv", morph)
    assert ("Maria Ekholm", "member", "Styrelsen") in got
    assert ("Olle Lundin", "member", "Valberedningen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_name_elected_to_no_body(morph):
    # "till revisor": an auditor, no body; the run is not read
    text = (
        "Årsmöte i Testby\n\n"
        "Dessutom nyvaldes Maria Ekholm till styrelsen och Olle Lundin till revisor.\n"
    )
    got = held(text, "sv", morph)
    assert not any(p == "Olle Lundin" for p, _r, _b in got)


THANKED = (
    "Årsmötet 2018\n\n"
    "Testby kvinnoförening hade sitt årsmöte. Till styrelsen valdes Bo Nordin och Anna "
    "Sandell.\n\n"
    "Föreningen tackar avgående ordförande Lotta Ekholm, vice ordförande och ordförande emerita "
    "Runa Bergman samt styrelsemedlem Cecilia Lundin för det goda arbetet.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_outgoing_said_once_for_a_run_of_posts(morph):
    got = held(THANKED, "sv", morph)
    assert ("Bo Nordin", "member", "Styrelsen") in got
    assert not any(p in ("Runa Bergman", "Cecilia Lundin") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_posts_after_the_outgoing_ones_sentence(morph):
    text = THANKED.replace(
        "Runa Bergman samt styrelsemedlem", "Runa Bergman. I styrelsen fortsätter styrelsemedlem"
    )
    got = held(text, "sv", morph)
    assert ("Cecilia Lundin", "member", "Styrelsen") in got


UMBRELLA = (
    "Nytt från årsmötet\n\n"
    "Ett enhälligt årsmöte valdes Susanna Ekholm till ny ordförande. Till ny vice ordförande "
    "valdes Maria Dahlin från Testbyns samarbetsråd i miljöfrågor.\n\n"
    "I den nya styrelsen sitter även Bo Nordin, Anna Sandell och Karin Strömberg.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officer_from_another_body_holds_the_post_in_the_pages_body(morph):
    got = held(UMBRELLA, "sv", morph)
    assert ("Maria Dahlin", "vice_chair", "Styrelsen") in got
    assert not any(b.startswith("Testbyns samarbetsråd") for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_officer_of_a_body_named_before_the_name(morph):
    text = "Årsmöte\n\nTill vice ordförande i Testbyns samarbetsråd valdes Maria Dahlin.\n"
    got = held(text, "sv", morph)
    assert not any(p == "Maria Dahlin" and b == "Styrelsen" for p, _r, b in got)


COUNCIL = (
    "Årsmöte 2020 genomfört\n\n"
    "Till ordförande omvaldes Lena Ekholm för 1 år. Till ordinarie ledamöter för två år omvaldes "
    "Kerstin Dahlin och Karin Sandell. I styrelsen ingår även Catarina Nordin och Mildred "
    "Bergman.\n\n"
    "Ingela Bergman och Nina Lundin omvaldes som ersättare för ett år, och nyvaldes Elisabeth "
    "Nordin och Hedvig Strömberg.\n\n"
    "Till valberedningen i TFO omvaldes på ett år Kajsa Ekholm, Ana Bergman och Gun-Lis Sandell "
    "och nyvaldes Eva Dahlin, Maria Nordin. Till sammankallande nyvaldes Gun-Lis Sandell.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_organisation_between_a_body_and_its_verb(morph):
    got = held(COUNCIL, "sv", morph)
    for name in ("Kajsa Ekholm", "Ana Bergman", "Gun-Lis Sandell", "Eva Dahlin", "Maria Nordin"):
        assert (name, "member", "Valberedningen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_proposals_to_a_body_of_an_organisation(morph):
    text = "Årsmöte\n\nTill valberedningen i TFO föreslogs Kajsa Ekholm och Ana Bergman.\n"
    got = held(text, "sv", morph)
    assert not any(b == "Valberedningen" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_after_and_the_verb_hold_the_seat_before(morph):
    got = held(COUNCIL, "sv", morph)
    assert ("Ingela Bergman", "deputy_member", "Styrelsen") in got
    assert ("Elisabeth Nordin", "deputy_member", "Styrelsen") in got
    assert ("Hedvig Strömberg", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_names_after_seats_of_two_kinds(morph):
    text = (
        "Årsmöte\n\n"
        "Till styrelsen valdes Bo Nordin.\n\n"
        "Anna Sandell omvaldes som ledamot och Karin Dahlin som ersättare, och nyvaldes "
        "Elisabeth Nordin.\n"
    )
    got = held(text, "sv", morph)
    assert not any(p == "Elisabeth Nordin" for p, _r, _b in got)


BLOG = (
    "Mer om årsmötet\n\n"
    "Vi gick igenom de vanliga årsmötespunkterna och kom fram till val.\n"
    "Årsmötet beslutade att styrelsen ska bestå av tre ledamöter och två ersättare.\n"
    "Sune Ekholm omvaldes som ordförande, ett år.\n"
    "Doris Bergman och Tommy Dahlin valdes till ledamöter, två år.\n"
    "Ella Sandell och Lill-Kari Nordin valdes till ersättare, ett år.\n\n"
    "Leif Strömberg valdes till revisor.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_body_sized_by_the_meeting_is_the_one_its_elections_fill(morph):
    got = held(BLOG, "sv", morph)
    assert ("Sune Ekholm", "chair", "Styrelsen") in got
    assert ("Doris Bergman", "member", "Styrelsen") in got
    assert ("Tommy Dahlin", "member", "Styrelsen") in got
    assert ("Ella Sandell", "deputy_member", "Styrelsen") in got
    assert ("Lill-Kari Nordin", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_auditor_after_the_sized_body(morph):
    got = held(BLOG, "sv", morph)
    assert not any(p == "Leif Strömberg" for p, _r, _b in got)

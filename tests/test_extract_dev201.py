"""hytegraph extract on layouts met in the hundred-and-ninety-eighth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- "I styrelsen har ingått:" (the perfect tense of "I styrelsen ingår:", perhaps with "under
  året") is the lead-in of the body's list below, as "Styrelsen har bestått av:" is.
- A list line of an office and two names joined by "och" ("Sekreterare A och B") gives the
  office to both, the line naming nobody else.
- In a block of "Label Name, Name" lines, one under another, a line led by a body's word
  ("Valberedning A, B, C") names that body's members when any line of the block above is an
  office's or the auditors' (not only the line right above it); a post's word may open with
  an organisation's initials ("SSR-ombud A").
- One list line of "Name office" items, each office right after its name with no comma
  ("A ordförande, B vice ordförande, C kassör och D ledamot"), gives each name its office;
  a participle before an office keeps it ("protokollförande sekreterare"), a one-word duty
  ("kassör", "stugfogde") is a member's; read only when an officer is among them.
- "sekr." (sekreterare) is an abbreviation: its full stop ends no sentence.
- A list entry that is a sentence giving the person a job the lexicon knows ("A har varit
  spelledare …") gives no seat in the list's body.
- A minutes item's heading "§12 Val av ny styrelse:" (or "Val av styrelse:") over name lines
  names the body they are elected to, as "Ny styrelse:" does.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

PERFECT_LEAD = (
    "Styrelsens berättelse över Testby Spelmansförbunds verksamhet 2023.\n\n"
    "I styrelsen har ingått:\n\n"
    "Ordförande Gunnar Ekvall\n"
    "Vice ordförande Stina Holmqvist\n"
    "Sekreterare Lars Björkman och Maja Sundell\n"
    "Kassör Petra Lindgård\n"
    "Suppleanter Olle Granlund, Karin Söderberg\n"
    "Revisorer Nils Hedman, Elsa Wallin\n"
    "Suppleanter Sven Ljungqvist, Britt Nordahl\n"
    "ABC-ombud Gunnar Ekvall\n"
    "Valberedning Harald Strömberg, Vera Bergkvist, Ulla Forsman\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_perfect_tense_lead_in_over_office_lines(morph):
    got = held(PERFECT_LEAD, "sv", morph)
    assert ("Gunnar Ekvall", "chair", "Styrelsen") in got
    assert ("Stina Holmqvist", "vice_chair", "Styrelsen") in got
    assert ("Petra Lindgård", "member", "Styrelsen") in got
    assert ("Olle Granlund", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_office_line_with_two_names_joined_by_och(morph):
    got = held(PERFECT_LEAD, "sv", morph)
    assert ("Lars Björkman", "secretary", "Styrelsen") in got
    assert ("Maja Sundell", "secretary", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_body_word_line_in_a_block_of_post_lines(morph):
    got = held(PERFECT_LEAD, "sv", morph)
    for name in ("Harald Strömberg", "Vera Bergkvist", "Ulla Forsman"):
        assert (name, "member", "Valberedning") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_auditors_and_their_deputies(morph):
    got = held(PERFECT_LEAD, "sv", morph)
    people = {p for p, _r, _b in got}
    for name in ("Nils Hedman", "Elsa Wallin", "Sven Ljungqvist", "Britt Nordahl"):
        assert name not in people
    assert ("Gunnar Ekvall", "member", "Valberedning") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_body_word_line_after_prose(morph):
    # a line of prose between the offices and the body word's line: no block of posts
    text = (
        "Styrelsens berättelse över Testby Spelmansförbunds verksamhet 2023.\n\n"
        "I styrelsen har ingått:\n\n"
        "Ordförande Gunnar Ekvall\n"
        "Kassör Petra Lindgård\n\n"
        "Vi spelade på många stämmor under året.\n"
        "Valberedning Harald Strömberg, Vera Bergkvist, Ulla Forsman\n"
    )
    got = held(text, "sv", morph)
    assert ("Gunnar Ekvall", "chair", "Styrelsen") in got
    assert ("Harald Strömberg", "member", "Valberedning") not in got


NAME_OFFICE_LINE = (
    "VERKSAMHETSBERÄTTELSE för år 2023\n\n"
    "Styrelsens sammansättning har varit:\n\n"
    "Gunnar Ekvall ordförande, Stina Holmqvist vice ordförande, Petra Lindgård kassör, "
    "Lars Björkman  korresponderande sekreterare, Maja Sundell protokollförande sekreterare, "
    "Olle Granlund stugfogde och Karin Söderberg ledamot.\n\n"
    "Ersättare i styrelsen har varit Harald Strömberg och Vera Bergkvist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_line_of_name_office_items(morph):
    got = held(NAME_OFFICE_LINE, "sv", morph)
    assert ("Gunnar Ekvall", "chair", "Styrelsen") in got
    assert ("Stina Holmqvist", "vice_chair", "Styrelsen") in got
    assert ("Petra Lindgård", "member", "Styrelsen") in got
    assert ("Lars Björkman", "secretary", "Styrelsen") in got
    assert ("Maja Sundell", "secretary", "Styrelsen") in got
    assert ("Olle Granlund", "member", "Styrelsen") in got
    assert ("Karin Söderberg", "member", "Styrelsen") in got
    assert ("Olle Granlund", "secretary", "Styrelsen") not in got
    assert ("Karin Söderberg", "secretary", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_name_job_items_without_an_officer(morph):
    # jobs after the names, none of them an officer's office: no board read from the line
    text = (
        "Styrelsens sammansättning har varit:\n\n"
        "Gunnar Ekvall ordförande, Stina Holmqvist kassör.\n\n"
        "Musik\n\n"
        "Petra Lindgård spelledare, Lars Björkman dansledare och Maja Sundell instruktör.\n"
    )
    got = held(text, "sv", morph)
    assert ("Gunnar Ekvall", "chair", "Styrelsen") in got
    people = {p for p, _r, _b in got}
    assert "Lars Björkman" not in people
    assert "Maja Sundell" not in people
    assert not any(p == "Petra Lindgård" and r != "member" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_abbreviated_secretary_ends_no_sentence(morph):
    text = (
        "Årsmöte i Testby Folkdanslag\n\n"
        "Hela styrelsen omvaldes att leda laget under 2024 den består av ordf. Gunnar Ekvall, "
        "sekr. Stina Holmqvist, kassör Petra Lindgård,\n"
        " ledamöterna Lars Björkman, Maja Sundell samt Olle Granlund.\n"
    )
    got = held(text, "sv", morph)
    assert ("Stina Holmqvist", "secretary", "styrelsen") in got
    assert ("Stina Holmqvist", "member", "styrelsen") not in got


JOB_SENTENCE = (
    "Styrelse\n\n"
    "Styrelsen har under året bestått av:\n\n"
    "Ordförande Gunnar Ekvall, kassör Stina Holmqvist, sekreterare Petra Lindgård,  "
    "ledamöter Lars Björkman och Maja Sundell.\n\n"
    "Spelledare\n\n"
    "Olle Granlund har varit spelledare och konstnärlig ledare, Karin Söderberg biträdande "
    "spelledare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_list_entry_giving_a_job_holds_no_seat(morph):
    got = held(JOB_SENTENCE, "sv", morph)
    assert ("Gunnar Ekvall", "chair", "Styrelse") in got
    assert ("Maja Sundell", "member", "Styrelse") in got
    assert not any(p == "Olle Granlund" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_list_entry_giving_an_office(morph):
    text = JOB_SENTENCE.replace(
        "Olle Granlund har varit spelledare och konstnärlig ledare, Karin Söderberg biträdande "
        "spelledare.",
        "Olle Granlund har varit vice ordförande.",
    )
    got = held(text, "sv", morph)
    # (a seat's office, not a job: the entry keeps its seat)
    assert any(p == "Olle Granlund" and b == "Styrelse" for p, _r, b in got)


MINUTES = (
    "TESTBY SPELMANSFÖRBUNDS ÅRSMÖTE\n"
    "§1 Ordförande Gunnar Ekvall hälsade de 30 mötesdeltagarna välkomna.\n"
    "§12 Val av ny styrelse:\n"
    "Gunnar Ekvall, omval 1 år, t.o.m. 2025\n"
    "Stina Holmqvist, omval 2 år, t.o.m. 2026\n"
    "Petra Lindgård, nyval 1 år, t.o.m. 2025\n"
    "Lars Björkman, tidigare vald 2023, t.o.m. 2025\n"
    "§13 Till revisorer omvaldes Maja Sundell samt Olle Granlund.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_election_item_heading_over_name_lines(morph):
    got = held(MINUTES, "sv", morph)
    for name in ("Stina Holmqvist", "Petra Lindgård", "Lars Björkman"):
        assert (name, "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_election_item_of_no_body(morph):
    text = (
        "TESTBY SPELMANSFÖRBUNDS ÅRSMÖTE\n"
        "§13 Val av revisorer:\n"
        "Maja Sundell, omval 1 år, t.o.m. 2025\n"
        "Olle Granlund, omval 1 år, t.o.m. 2025\n"
    )
    got = held(text, "sv", morph)
    people = {p for p, _r, _b in got}
    assert "Maja Sundell" not in people
    assert "Olle Granlund" not in people

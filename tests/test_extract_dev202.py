"""hytegraph extract on a council word's weak stem and on a document's title over a page's
contacts: made-up snippets, one per mechanism, read with either word-form reader.

- the rules reader (`--morph rules`) reads "raati" (a council, a panel) on its weak stem
  ("Monikulttuurisuusraadin jäsenet", "asiakasraadissa") as the body's word, as libvoikko
  does, so that such a heading heads its list of members;
- a line of a body's genitive and a document it issued ("Kansalaisraadin loppuraportti",
  "Rådets yttrande") is the title of a link or an attachment: it names the body, but the
  contact cards below it stay the page's body's.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

PANELS = (
    "Asiakasraadit\n\n"
    "Testilän sote-uudistushankkeesta edustaja: Olli Virtanen\n\n"
    "Monikulttuurisuusraadin jäsenet\n\n"
    "Aino Koski\nPekka Salonen\nEeva Ahola\nSari Laitinen\n"
)

CONTACTS = (
    "Testilän vammaisneuvosto\n\n"
    "Vammaisneuvosto järjesti keväällä Kansalaisraadin aiheesta esteettömyys.\n\n"
    "Kansalaisraadin julkilausuma\n"
    "Kansalaisraadin loppuraportti\n\n"
    "Yhteydenotot:\n"
    "vammaisneuvoston sihteeri\n"
    "Aino Koski, sosiaaliohjaaja, Testilän kunta\n"
    "aino.koski@testila.fi\n\n"
    "puheenjohtaja\n"
    "Olli Virtanen, omaisjäsen\n"
    "olli@example.fi\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_councils_weak_stem_heads_its_members(morph):
    got = held(PANELS, "fi", morph)
    for person in ("Aino Koski", "Pekka Salonen", "Eeva Ahola", "Sari Laitinen"):
        assert (person, "member", "Monikulttuurisuusraati") in got
    assert not any(body.endswith("hanke") for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_documents_title_is_no_heading_of_the_contacts(morph):
    got = held(CONTACTS, "fi", morph)
    assert ("Olli Virtanen", "chair", "Testilän vammaisneuvosto") in got
    assert not any(body == "Kansalaisraati" for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_documents_title_is_no_heading_of_the_contacts(morph):
    text = (
        "Äldrerådet i Testby\n\n"
        "Rådet behandlar frågor som gäller äldre.\n\n"
        "Ungdomsrådets yttrande\n\n"
        "Kontakt:\n"
        "Rådets ordförande\n"
        "Anna Berg\n"
        "anna.berg@testby.se\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Äldrerådet") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_councils_composition_heading(morph):
    # "Kansalaisraadin kokoonpano": the composition, no document; the list is the council's
    text = "Kansalaisraadin kokoonpano\n\nAino Koski, puheenjohtaja\nPekka Salonen\nEeva Ahola\n"
    got = held(text, "fi", morph)
    assert ("Aino Koski", "chair", "Kansalaisraati") in got
    assert ("Eeva Ahola", "member", "Kansalaisraati") in got

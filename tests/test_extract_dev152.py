"""hytegraph extract on layouts met in the hundred-and-forty-sixth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a list's lead-in that names its body with the year of its term after "för" ("Styrelsen
  för 2019 består av dessa personer:"): the year is the term, and the verb after it
  ("består av") still says the body's composition, so the lead-in names the list's body, also
  on a page whose prose names other bodies and so gives no one body to fall back on.
- a compound body word after an indefinite article ("att starta en juniorstyrelse") is a
  body of that kind spoken of, not one the page names: a list's bare "styrelse" ("TSK
  styrelse består av …") is not read as that body.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

YEAR_LEAD = (
    "Årsmöte i Testvik\n\n"
    "Den 12 mars hölls klubbens årsmöte. Styrelsen för 2019 består av dessa personer:\n\n"
    "  • Ordförande: Karin Strandberg\n"
    "  • Sekreterare: Olof Backman\n"
    "  • Kassör: Lena Gröndahl\n"
    "  • Suppleanter: Nils Ekdahl, Sara Lindqvist\n\n"
    "Vi beslutade också att bilda en arbetsgrupp för hamnen.\n"
)


def _kind(body: str) -> str:
    """The body's last word without its definite ending ("Klubbens styrelse": "styrelse")."""
    return body.casefold().split()[-1].removesuffix("n")


@pytest.mark.parametrize("morph", MORPHS)
def test_lead_in_with_the_year_of_the_term_names_the_body(morph):
    got = {(p, r, _kind(b)) for p, r, b in held(YEAR_LEAD, "sv", morph)}
    assert ("Karin Strandberg", "chair", "styrelse") in got
    assert ("Olof Backman", "secretary", "styrelse") in got
    assert ("Lena Gröndahl", "member", "styrelse") in got
    assert ("Nils Ekdahl", "deputy_member", "styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_body_after_an_indefinite_article_is_not_the_lists_body(morph):
    text = YEAR_LEAD.replace("en arbetsgrupp för hamnen", "en juniorstyrelse för de unga")
    text = text.replace("Styrelsen för 2019", "TSK styrelse")
    got = held(text, "sv", morph)
    assert not any("junior" in b.casefold() for _p, _r, b in got)
    assert ("Karin Strandberg", "chair") in {(p, r) for p, r, _b in got}


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_term_with_words_after_the_year(morph):
    # "för 2019 års verksamhet har haft följande sammansättning:" still reads as before
    text = YEAR_LEAD.replace(
        "Styrelsen för 2019 består av dessa personer:",
        "Styrelsen för 2019 års verksamhet har haft följande sammansättning:",
    )
    got = {(p, r, _kind(b)) for p, r, b in held(text, "sv", morph)}
    assert ("Karin Strandberg", "chair", "styrelse") in got
    assert ("Nils Ekdahl", "deputy_member", "styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_named_body_without_an_article(morph):
    # a compound body named definitely, as the page's own: a bare "Styrelsen" is that body
    text = (
        "Testviks kommun\n\n"
        "Kommunstyrelsen sammanträder varje månad.\n\n"
        "Styrelsen består av:\n\n"
        "  • Ordförande: Karin Strandberg\n"
        "  • Ledamot: Olof Backman\n"
    )
    got = held(text, "sv", morph)
    assert ("Karin Strandberg", "chair", "Kommunstyrelsen") in got

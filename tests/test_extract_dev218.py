"""hytegraph extract on the quote it gives a body: made-up snippets, read with either
word-form reader.

- a body whose first seat comes from the meeting that elects to it ("Seuran esimieheksi
  valittiin A" at the founding meeting) is quoted where the page names it ("Yhdistyksen
  johtokuntaan valittiin seuraavat jäsenet:"), not by the meeting's line;
- a body the page never names but by its electing meeting keeps the meeting's line.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import extract
from tests.extract_snippets import MORPHS

FOUNDING = (
    "Testilän Kyläseura r.y:n perustava vuosikokous pidettiin Testilässä.\n\n"
    "5 §\n"
    "Seuran esimieheksi valittiin yksimielisesti kamreeri Olli Virtanen.\n\n"
    "6 §\n"
    "Yhdistyksen johtokuntaan valittiin seuraavat jäsenet:\n"
    "kauppias Aino Koski\n"
    "opettaja Pekka Salonen\n"
    "maanviljelijä Eeva Ahola\n"
)


def _bodies(tmp_path, text: str, morph: str | None) -> dict[str, str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return {e.name: e.quote for e in extract(path, morph=morph).entities if e.kind != "person"}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_is_quoted_where_the_page_names_it(tmp_path, morph):
    quotes = _bodies(tmp_path, FOUNDING, morph)
    assert (
        quotes["Yhdistyksen johtokunta"] == "Yhdistyksen johtokuntaan valittiin seuraavat jäsenet:"
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_named_only_by_its_electing_meeting_keeps_the_meetings_line(tmp_path, morph):
    text = (
        "Testilän Kyläseura ry:n vuosikokous pidettiin Testilässä 12.3.2024. Kokous valitsi "
        "seuran puheenjohtajaksi Olli Virtasen.\n"
    )
    quotes = _bodies(tmp_path, text, morph)
    assert quotes == {"Hallitus": text.strip()}

"""``hytegraph extract``: proposals of entities and facts from a Finnish or Swedish document.

- :mod:`.document` reads plain text, HTML or PDF into the source text;
- :mod:`.segment` cuts it into lines, paragraphs and sentences;
- :mod:`.lexicon` holds the words of each language; :mod:`.morphology` the base forms
  (libvoikko, the same dictionary from :mod:`.voikkofst`, or rules); :mod:`.places` knows
  the place names printed beside persons' names;
  :mod:`.mentions` reads names of people, bodies and organisations;
- :mod:`.lists` reads composition lists and tables, :mod:`.sentences` running text, and
  :mod:`.walker` walks the document keeping the context headings set;
- :mod:`.graphmatch` matches names against the graph (the one name index), and
  :mod:`.proposals` assembles the workbook rows; :mod:`.pipeline` ties them together.

Nothing is written into the graph: a person reviews the proposals and imports them.
"""

from __future__ import annotations

from typing import Any

__all__ = ["extract", "write_proposals"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from hytegraph.authoring.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)

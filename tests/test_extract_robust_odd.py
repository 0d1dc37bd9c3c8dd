"""hytegraph extract reads any page to the end: the pages ``test_extract_robust.py`` leaves to
this file (every second one, from the second on), with new names, raise nothing. A file of its
own so that a second test worker reads them while the first reads the others."""

from __future__ import annotations

from tests.extract_pages import failures


def test_every_odd_page_with_new_names_is_read_to_the_end():
    failed = failures(1, 2)
    assert not failed, "\n".join(failed)

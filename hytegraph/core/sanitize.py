"""Text made safe for the two kinds of output that interpret it: XML and spreadsheets.

- :func:`xml_text`: XML 1.0 cannot hold some characters at all, not even as character
  references (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, lone surrogates, U+FFFE, U+FFFF).
  Each becomes U+FFFD, the replacement character, so that a literal holding one still gives a
  well-formed document and the reader can see that something was there.
- :func:`spreadsheet_cell`: Excel, LibreOffice and Google Sheets run a CSV cell that starts
  with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or NUL as a formula (CSV or formula
  injection). Following the OWASP rule such a cell gets a leading ``'``, which spreadsheets read
  as "this is text". A cell that is exactly a number (``-5``, ``+3.25``, ``-1e6``) is left
  alone: it cannot be a formula, and it should stay a number.
"""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:[eE][+-]?[0-9]+)?")

REPLACEMENT = "\ufffd"


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 does not allow replaced by U+FFFD."""
    return _NOT_XML.sub(REPLACEMENT, text)


def spreadsheet_cell(text: str) -> str:
    """``text`` as a spreadsheet reads it as text: ``'`` before a formula-leading cell."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


__all__ = ["REPLACEMENT", "spreadsheet_cell", "xml_text"]

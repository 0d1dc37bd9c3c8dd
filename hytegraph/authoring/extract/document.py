"""Reading a document for extraction: plain text, HTML or PDF, as one text with its lines.

The text extraction works on is the *source text* a workbook cites: for a plain-text file it
is the file itself (read as UTF-8, else Windows-1252); for HTML it is the visible text with
the structure kept as lines (a heading, a paragraph, a list item ``• ...``, a table row with
its cells between `` | ``); for PDF it is the text pypdf extracts, page after page. Quotes are
substrings of this text, so that ``hytegraph import`` finds them in the copy written beside
the proposals.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from hytegraph.errors import HytegraphError, InputError, MissingFile

#: File name endings by the kind of document.
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)
#: The largest document read (characters of text): about 3,000 pages.
MAX_CHARS = 10_000_000


@dataclass(frozen=True)
class Document:
    """A document's text (NFC), where it came from and what kind of file it was."""

    path: Path
    text: str
    kind: str  # "text", "html" or "pdf"
    title: str = ""

    @property
    def verbatim(self) -> bool:
        """Whether the text is the file itself (not text extracted from HTML or PDF)."""
        return self.kind == "text"


def read_document(path: Path) -> Document:
    """The document at ``path``; :class:`InputError` (with the file) when it cannot be read."""
    if not path.exists():
        raise MissingFile(path, "document")
    if path.is_dir():
        raise InputError(path, None, "is a folder, not a document", hint="Give one file.")
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if suffix in PDF_SUFFIXES or data.startswith(b"%PDF-"):
        text, title = _pdf_text(path, data), ""
        kind = "pdf"
    else:
        raw = _decode(path, data)
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(raw)):
            text, title = html_text(raw)
            kind = "html"
        else:
            text, title = raw, ""
            kind = "text"
    text = unicodedata.normalize("NFC", text)
    if len(text) > MAX_CHARS:
        raise InputError(
            path,
            None,
            f"the document has {len(text):,} characters of text; at most {MAX_CHARS:,} are read",
            hint="Split it into parts (e.g. one file per chapter) and extract each.",
        )
    if not text.strip():
        raise InputError(
            path,
            None,
            "the document has no text to read",
            hint="A scanned PDF has only pictures of text: run OCR on it first, or copy its "
            "text into a .txt file.",
        )
    return Document(path, text, kind, title)


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # saved as "Unicode" (UTF-16 with its byte-order mark), as Notepad and Excel may
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        # no text holds a NUL byte, even where the bytes would decode as UTF-8
        raise InputError(
            path,
            None,
            "is not a text, HTML or PDF file",
            hint="Give a plain-text (.txt), HTML (.html) or PDF (.pdf) document.",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(body|p|div|h1|ul|table)[\s>]", head)
    )


def _pdf_text(path: Path, data: bytes) -> str:
    try:
        import pypdf
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise HytegraphError(
            f"{path}: reading PDF needs the pypdf package",
            hint="Install it (pip install pypdf), or copy the text into a .txt file.",
        ) from None
    import io
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as e:  # pypdf raises many kinds of errors for damaged files
        raise InputError(
            path,
            None,
            f"cannot read the PDF ({type(e).__name__}: {e})",
            hint="Open it in a PDF reader and save or print it again as PDF, or copy its text "
            "into a .txt file.",
        ) from None
    return "\n\n".join(p.strip("\n") for p in pages) + "\n"


# -- HTML -------------------------------------------------------------------------------------

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "thead", "tfoot", "tr", "ul", "summary", "details",
    }
)  # fmt: skip
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "col", "source"})


class _Visible(HTMLParser):
    """Collects visible text as lines: blocks on lines of their own, list items with a bullet
    (or their number), table cells separated by ``|``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title: list[str] = []
        self.lists: list[list[int]] = []  # per open list: [ordered, counter]
        self.cells = 0
        self.pre = 0

    def flush(self) -> None:
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "title":
            self.in_title = True
            return
        if self.skip:
            return
        if tag == "br":
            self.flush()
            return
        if tag in ("ul", "ol"):
            self.flush()
            self.lists.append([1 if tag == "ol" else 0, 0])
            return
        if tag == "li":
            self.flush()
            if self.lists and self.lists[-1][0]:
                self.lists[-1][1] += 1
                self.current.append(f"{self.lists[-1][1]}. ")
            else:
                self.current.append("• ")
            return
        if tag == "tr":
            self.flush()
            self.cells = 0
            return
        if tag in ("td", "th"):
            if self.cells:
                self.current.append(" | ")
            self.cells += 1
            return
        if tag in _BLOCKS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "title":
            self.in_title = False
            return
        if self.skip:
            return
        if tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
            return
        if tag in _BLOCKS or tag == "li":
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        self.current.append(data.replace("\xa0", " "))


def html_text(html: str) -> tuple[str, str]:
    """The visible text of ``html`` as lines (blank lines between blocks dropped; one line per
    block) and its ``<title>``."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    parser.flush()
    title = " ".join("".join(parser.title).split())
    return "\n".join(parser.lines) + "\n", title


__all__ = ["Document", "html_text", "read_document"]

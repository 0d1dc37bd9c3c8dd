"""A document's text cut into lines, paragraphs and sentences, each with its place in the text
(so that every quote is a slice of the text itself).

- A *line* is one line of the text with its bullet (``•``, ``-``, ``*``, ``1.``, ``1)``)
  taken off; it is a heading (short, capitalised, no sentence end), a list item, a table row
  (cells separated by ``|`` or tabs) or part of a paragraph.
- A *paragraph* joins lines that continue one another: documents wrapped by hand break lines
  (and leave blank lines) in the middle of sentences, so a line that begins in lower case
  continues the one before it; a line whose columns are padded with a run of three or more
  spaces (or a tab) is a line of its own.
- A *sentence* ends at ``.``, ``!`` or ``?`` before a capital, a digit or a bullet, except after
  an abbreviation ("pj.", "mm.", "ry.", "bl.a.") or inside a date ("20.6.2019").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from hytegraph.authoring.extract.givennames import cut_first_name

#: (a Swedish ordinal before a name is a numbered item: "1:e Elisabet Ek, föreningen X")
#: (a dash glued to a name of two words and a comma after it is a bullet too: "-Aino Ek, Ekby";
#: so is one glued to a label of lower-case words and its colon: "-varajäsenet:")
_BULLET = re.compile(
    r"^\s*(?:[•·▪◦●\-–*]\s+|(\d{1,2})[.)]\s+(?=\S)|(\d{1,2}):[ae]\s+(?=[A-ZÅÄÖ][a-zåäö])"  # noqa: RUF001
    r"|[\-–](?=[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?,)"  # noqa: RUF001
    r"|[\-–](?=[a-zåäö][a-zåäö ,]{2,40}:))"  # noqa: RUF001
)
_ABBREVIATIONS = frozenset(
    """mm esim pj vpj varapj siht ry rf r.y r.f bl.a t.ex ns n ks kts s jne yms ym tms klo puh p nro
    dnro ordf st resp dvs osv etc ca noin k os v vs prof dos fil tri toht kok sdp vas vihr kesk
    ps rkp kd liik mr fru herr tel sekr""".split()  # noqa: SIM905
)
#: Offices' abbreviations that open a list's item with a capital ("Viceordf. Bo Ek, …"); in
#: small letters after a name's title they may end a sentence ("…, kfge viceordf. Bo Ek")
_ITEM_ABBREVIATIONS = frozenset(("ordfr", "viceordf", "viceordfr", "vordf", "suppl", "ledam"))
#: Two or three short lower-case abbreviations joined by full stops ("puh.j", "varapuh.j",
#: "vs.prof", "rah.hoit"), as a word before its last full stop; not a web address's end
#: ("seura.fi").
_JOINED_ABBREVIATION = re.compile(
    r"[a-zåäö]{1,8}(?:\.[a-zåäö]{1,5}){1,2}(?<!\.fi)(?<!\.com)(?<!\.net)(?<!\.org)(?<!\.se)"
    r"(?<!\.eu)(?<!\.info)(?<!\.nu)(?<!\.ax)"
)
# (also before a news item's closing signature in parentheses: "… Nordberg. (al)")
_SENTENCE_END = re.compile(
    r"[.!?](?=[\s\)]+[\"”’]?(?:[A-ZÅÄÖÜ0-9•\-–—]|$))|[.!?]$"  # noqa: RUF001
    r"|[.!?](?=[ \t]+\([\w -]{1,12}\)[ \t]*(?:\n|$))"
    # "… utsågs till suppleanter.Sektionen utgörs av …": a full stop with no space after it,
    # between a word in lower case and a capitalised word of the next sentence
    r"|(?<=[a-zåäö]{3})\.(?=[A-ZÅÄÖ][a-zåäö]{3,}[ \t])"
)

#: A dash line that quotes someone ("– Vi fortsätter arbetet, säger Eva Ek.", "– Työ jatkuu,  # noqa: RUF003
#: sanoo Aino Aho."): the words of a speaker, not an item of a list. Also after a hyphen and
#: with the speaker's post in lower case before the name ("- Vi fortsätter, säger nyvalda
#: ordförande Eva Ek.").
_SPOKEN = re.compile(
    r"^[–—-][ \t].*[,.!?][ \t]+(?:säger|sade|sa|berättar|konstaterar|betonar|"  # noqa: RUF001
    r"sanoo|sanoi|kertoo|kertoi|toteaa|totesi)[ \t]+(?:[a-zåäö]+[ \t]+){0,3}[A-ZÅÄÖ]"
)

#: An abbreviation's full stop, its closing parenthesis and a news item's quotation dash.
_QUOTE_DASH = re.compile(r"\.\)?[ \t]+—[ \t]")

#: A line that is only an e-mail address, a web address or a telephone number: a contact
#: detail printed under a name, not the name's sentence going on.
_CONTACT_LINE = re.compile(
    r"[\w.+-]+(?:@|\s?\(at\)\s?|\s?\[at\]\s?)[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|"
    # (numbers with a slash or a comma between them: "Puh. 040 621 6505 / 010 839 3180",
    # "08-662 24 22, 070-797 42 10,"; a note in parentheses after them: "0304-67 06 31
    # (sommarbostad, Skärhamn)")
    # (a street and its number before a labelled number: "Borgvägen 3, tel 0454-32 06 26";
    # "alt." or "tai" between two numbers: "tel 0454-320 116 alt. 0708-666 537")
    r"(?:[A-ZÅÄÖ][\w.-]*(?:\s[\w.-]+){0,2}\s\d{1,4}\s?[a-zA-Z]?,\s*(?=(?:puh|p\.|tel|tfn|gsm)))?"
    r"(?:puh\.?|p\.|tel\.?|tfn\.?|gsm)?\s*\+?[\d ()-]{7,}"
    r"(?:\s*(?:[/,]|alt\.|tai|eller)\s*\+?[\d ()-]{7,})*,?"
    r"(?:\s*\([^()\d\n]{2,40}\))?",
    re.I,
)


#: Columns run together into one line, padded with spaces ("Name, ordförande      ersättare
#: Name"): a line with such a gap is a row of its own, never a wrapped sentence.
GAP = re.compile(r"[ \u00a0]{3,}|[ \u00a0]*\t[ \t\u00a0]*")
COLUMN_GAP = re.compile(rf"\S(?:{GAP.pattern})(?=\S)")


#: A postal address on a line of its own ("Kokkotie 50, 36600 Pälkäne", "Storgatan 3 B 12,
#: 10900 Hangö"): printed under a name on a contact card.
_ADDRESS_LINE = re.compile(
    r"[A-ZÅÄÖ][\w .-]*?\s\d{1,4}\s?[a-zA-Z]?(?:\s+[A-Z]\s*\d{0,3})?,?\s+\d{5}(?:\s+[A-ZÅÄÖ][\w-]*)?"
)


#: The notice a site prints in place of an e-mail address it hides from robots ("Den här
#: e-postadressen skyddas mot spambots. …", "This email address is being protected from
#: spambots. …", "Tämä sähköpostiosoite on suojattu spamboteilta. …"): the address itself.
_HIDDEN_ADDRESS = re.compile(r"(?i)[^\n]*\bspam\s?bot[^\n]*")


def contact_line(line: str) -> bool:
    """Whether ``line`` is only a contact detail: an e-mail or web address, a telephone
    number or a postal address, or the notice printed in place of a hidden address."""
    line = line.strip()
    return bool(
        _CONTACT_LINE.fullmatch(line)
        or _ADDRESS_LINE.fullmatch(line)
        or (len(line) < 200 and _HIDDEN_ADDRESS.fullmatch(line))
    )


@dataclass
class Line:
    """One line of the text: its span (without surrounding spaces), its bullet, its content
    (the text after the bullet) and what it seems to be."""

    start: int
    end: int
    text: str
    content_start: int
    bullet: str = ""  # "", "•" or the item's number ("1")
    kind: str = "para"  # heading, item, row, para
    cells: list[tuple[int, int]] = field(default_factory=list)

    @property
    def content(self) -> str:
        return self.text[self.content_start - self.start :]


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Paragraph:
    lines: list[Line]
    start: int
    end: int
    text: str  # the document's text from start to end (line breaks included)
    sentences: list[Sentence] = field(default_factory=list)


def end_at(text: str, pos: int, sep: str = "\n") -> int:
    """Where the line holding ``pos`` ends: at the first ``sep`` at or after ``pos`` (a line
    break by default; two for a paragraph, a full stop and a space for a sentence), or at the
    text's end."""
    at = text.find(sep, pos)
    return len(text) if at < 0 else at


def line_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` starts and ends (``end`` defaults to
    ``start``): after the last line break before ``start``, and at the first at or after
    ``end`` or the text's end."""
    return text.rfind("\n", 0, start) + 1, end_at(text, start if end is None else end)


def lines_after(text: str, pos: int) -> Iterator[str]:
    """The raw lines of ``text`` after the one ``pos`` is on, one at a time: what
    ``text[pos:].split("\n")[1:]`` lists, without cutting the whole rest of the text up when
    the reader wants only the next few lines."""
    i = text.find("\n", pos)
    while i >= 0:
        j = text.find("\n", i + 1)
        yield text[i + 1 : j if j >= 0 else len(text)]
        i = j


def lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` (see the module doc): new ``Line`` objects on every
    call, which the caller may change."""
    return [
        Line(start, end, said, content, bullet, kind, list(cells))
        for start, end, said, content, bullet, kind, cells in _line_fields(text)
    ]


_LineFields = tuple[int, int, str, int, str, str, tuple[tuple[int, int], ...]]


@lru_cache(maxsize=16)
def _line_fields(text: str) -> tuple[_LineFields, ...]:
    """What ``lines`` gives, read once for each text: the passes over the whole text each
    ask for its lines."""
    out: list[Line] = []
    pos = 0
    for whole in text.splitlines(keepends=True):
        for raw in _unglued(whole):
            _add_line(text, raw, pos, out)
            pos += len(raw)
    return tuple(
        (ln.start, ln.end, ln.text, ln.content_start, ln.bullet, ln.kind, tuple(ln.cells))
        for ln in out
    )


#: A word in lower case run together with a heading in capitals ("Olli SeppäläPOISSA OLLEET
#: JÄSENET"): text extracted from a PDF lost the line break between them.
_GLUED = re.compile(r"(?<=[a-zåäöüé])(?=[A-ZÅÄÖÜ]{4,}(?:\s|$))")


#: A short capitalised heading glued to the full stop that closes a line of prose, no space
#: between, ending the line ("… går tillbaka till föreningen.Styrelsen 2023"): the page
#: lost the line break after the prose.
_GLUED_AFTER_STOP = re.compile(
    r"(?<=[a-zåäö]{3}\.)[A-ZÅÄÖ][a-zåäö]{3,}(?:[ \t]+[\w\u2013/-]+){0,3}[ \t]*(?:\r?\n)?$"
)


def _unglued(raw: str) -> list[str]:
    """``raw`` cut where a heading in capitals is glued to the word before it, or a short
    heading to the full stop closing a line of prose (twelve words or more before it)."""
    cuts = [m.start() for m in _GLUED.finditer(raw)]
    if (
        "." in raw
        and (tail := _GLUED_AFTER_STOP.search(raw)) is not None
        and len(raw[: tail.start()].split()) > 12
    ):
        cuts = sorted({*cuts, tail.start()})
    if not cuts:
        return [raw]
    bounds = [0, *cuts, len(raw)]
    return [raw[a:b] for a, b in itertools.pairwise(bounds)]


#: A line led by a table's border whose only other bar closes it, around one cell ("| Ordförande:
#: |", "| 20 mars 2020", "|"): the cell (group 1, perhaps empty).
_BORDERED = re.compile(r"[ \t]*\|[ \t]*([^|\n]*?)[ \t]*(?:\|[ \t]*)?")


def _add_line(text: str, raw: str, pos: int, out: list[Line]) -> None:
    """Append the line ``raw`` (at ``pos`` in ``text``) if it is not blank."""
    body = raw.rstrip("\r\n")
    stripped = body.strip()
    if (cell := _BORDERED.fullmatch(body)) is not None:
        # "| Ordförande: |", "|": one cell between a table's borders (a page that lost its
        # table's layout), read as the line it holds
        if cell.group(1):
            _add_line(text, cell.group(1), pos + cell.start(1), out)
        return
    if stripped:
        lead = len(body) - len(body.lstrip())
        start = pos + lead
        end = start + len(stripped)
        line = Line(start, end, stripped, start)
        m = _BULLET.match(stripped)
        if m and _SPOKEN.search(stripped):
            m = None  # a news item's quotation ("säger Eva Ek."), no item
        if m:
            line.bullet = m.group(1) or m.group(2) or "•"
            line.content_start = start + m.end()
            line.kind = "item"
        elif (sector := _SECTOR_LABEL.match(stripped)) is not None:
            line.content_start = start + sector.end()  # "Privat sektor. Bo Ek, Ekby, …"
        if "|" in stripped or "\t" in body.strip():
            sep = "|" if "|" in stripped else "\t"
            line.kind = "row"
            line.cells = _cells(text, line.content_start, end, sep)
            if len(line.cells) > 1 and stripped.endswith(sep):
                line.cells.pop()  # "Jäsenet | Varajäsenet |": a closing separator
            if len(line.cells) > 1 and stripped.startswith(sep):
                line.cells.pop(0)  # "| Jäsen | Varajäsen |": an opening separator
        elif (
            line.kind != "item"
            and _heading_like(stripped)
            and not (_CUT_TAIL.search(stripped) and not text[end:].strip())
        ):
            line.kind = "heading"
        out.append(line)


def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    cells = []
    pos = start
    for part in text[start:end].split(sep):
        s = pos + len(part) - len(part.lstrip())
        e = pos + len(part.rstrip())
        cells.append((s, max(s, e)))
        pos += len(part) + 1
    return cells


#: The sector a board member represents before the member's name on a contact line ("Privat
#: sektor. Bo Ek, Ekby, 070-…", "Ideell sektor: Eva Ek"): a label, not part of the entry.
_SECTOR_LABEL = re.compile(r"[A-ZÅÄÖ][a-zåäö]+ sektor[.:]\s+(?=[A-ZÅÄÖ][\w-]+ [A-ZÅÄÖ])")

_BLANK_GAP = re.compile(r"\n[ \t\u00a0]*\n")

#: The start of a list line: a name of two or three capitalised words, then a comma and a
#: role or a number in lower case ("Aino Ek, puheenjohtaja", "Bo Lind, 2. varapuheenjohtaja").
_ENTRY_START = re.compile(r"[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){1,2}, (?:\d\.\s*)?[a-zåäö]")

#: A list line of an office's or duty's words in lower case, then a name of two or three
#: capitalised words closing the line ("sihteeri ja tiedotusvastaava Aino Ek", "kulttuuri- ja
#: ympäristövastaava Bo Lind", "1. opintovastaava Eva Berg"): no punctuation after the name.
_DUTY_ENTRY = re.compile(
    r"(?:\d\.[ \t]*)?[a-zåäö][\w-]*,?(?:[ \t]+(?:\d\.[ \t]*)?[\w-]+,?){0,6}"
    # (the word before the name a duty's or an office's: "-vastaava", "puheenjohtaja",
    # "sihteeri"; not a verb's, "… toimi Aino Ek")
    r"(?:(?<=ja)|(?<=jä)|(?<=vastaava)|(?<=ansvarig)|(?<=sihteeri)|(?<=jäsen)|(?<=ordförande)"
    r"|(?<=sekreterare)|(?<=ledamot)|(?<=suppleant)|(?<=kassör))"
    r"[ \t]+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}"
)

#: Lower-case particles inside a person's name ("af", "von").
_NAME_PARTICLES = frozenset({"von", "van", "af", "de", "der", "den"})


def _name_run(line: str) -> bool:
    """A line of three or more names and nothing else, separated by commas (the last perhaps
    by "och"/"ja"/"and"): "Bo Ek, Eva af Lund, Kim Berg och Ulla Sund"."""
    parts = [p.strip() for p in re.split(r",|\s(?:och|ja|and)\s", line)]
    if len(parts) < 3:
        return False
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 4 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
            return False
        if not all(
            (w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w'’-]*", w))  # noqa: RUF001
            or w in _NAME_PARTICLES
            for w in words
        ):
            return False
    return True


#: A list line of a label, a colon and names separated by commas ("B lista: Ek Aino, Puu
#: Pekka, Salo Sari", "Kuopio: Aino Ahola, Pekka Puu").
#: A list line of a member and the member's deputy in parentheses at its end, perhaps an
#: office's short word first and where the member comes from between ("pj Aino Ek, Kylälän
#: Vesi Oy (vara Bo Lind)", "Eeva Salo (varajäsen Olli Oja, Testilän kunta)"); the last line
#: of a cut page may end inside its parenthesis.
_DEPUTY_ENTRY = re.compile(
    r"(?:[a-zåäö]{1,12}\.?[ \t]+)?[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}\b[^()\n]*"
    r"\((?:vara|varajäsen|varahenkilö|ersättare|suppleant)[ \t]+[A-ZÅÄÖ][^()\n]*(?:\)[ \t]*)?$"
)

_LABEL_NAMES = re.compile(
    r"[A-ZÅÄÖ0-9][\w .-]{0,30}:[ \t]+[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2},[ \t]*[A-ZÅÄÖ]"
)


#: The text's last line ending in a comma and a word in lower case ("… valittiin Aino Ek,
#: vara"): a sentence the page's excerpt cuts off, no heading.
_CUT_TAIL = re.compile(r",[ \t]+[a-zåäö]+$")


#: The label of those present at a meeting and its colon ("Osallistujat:", "Läsnä:",
#: "Närvarande:", "Deltagare:"): a run of names may follow it on the same line; a line that
#: begins with it begins a paragraph.
PRESENT_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:osallistujat|läsnä|läsnäolijat|paikalla|närvarande|deltagare)[ \t]*:[ \t]*"
)


def _heading_like(line: str) -> bool:
    words = line.split()
    return (
        len(words) <= 12
        # (measured without the spaces a page's head pads its fields apart with:
        # "DIAKONIAJOHTOKUNTA      31.01.2024      1/2024")
        and len(" ".join(words)) <= 110
        and (line[0].isupper() or line[0].isdigit() or line[0] == "§")
        # ("Styrelsens verksamhetsberättelse för 2023.": a report's title, its full stop aside)
        and (not line.endswith((".", ",", ";")) or _REPORT_TITLE.fullmatch(line) is not None)
        # "… Nordberg. (al)": a sentence and a news item's signature (not an association's
        # "ry."/"rf." or a company's "Oy."/"Ab." before a bracket: "Aino Ek  Kuoro ry. (SKL)")
        and not re.search(
            r"(?<!\b[rR][yYfF])(?<!\b[oO][yY])(?<!\b[aA][bB])[.!?]\s+\([\w -]{1,12}\)$", line
        )
        # "… presenterar sitt förslag, inkl ny kassör Bo Ek (t.h.)": a photo's caption, its
        # last name placed in the picture, no heading
        and not _PHOTO_PLACE_END.search(line)
        # "Läsnä: Aino Ek, Bo Lind, Eva Salo": those present after their label, however few,
        # a roll and no heading
        and not ((present := PRESENT_LABEL.match(line)) and line[present.end() :].strip())
    )


#: A body's report named as a title with a full stop: "Styrelsens verksamhetsberättelse för
#: 2023.", "Hallituksen toimintakertomus vuodelta 2023."
_REPORT_TITLE = re.compile(
    r"(?i)[\w-]+[ \t]+(?:verksamhetsberättelse|årsberättelse|toimintakertomus|vuosikertomus)"
    r"(?:[ \t]+(?:för|år|vuodelta|vuonna|vuosi)[ \t]+\S+)?[ \t]*\."
)
#: Where in a photo the person named last stands ("(t.h.)", "(t.v.)", "(i mitten)").
_PHOTO_PLACE_END = re.compile(r"\((?:t\.[ ]?[hv]\.?|th|tv|i[ ]mitten)\)$")


_ITEM_LINE = re.compile(r"[ \t]*[•·▪◦●*–-][ \t]+\S")  # noqa: RUF001


def enumeration_item(text: str, start: int, end: int) -> bool:
    """The line around ``start``-``end`` is a bulleted item ("•", "-", not a number) with
    another bulleted line right above or below it: one item of an enumeration."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", end)
    e = len(text) if e < 0 else e
    if not _ITEM_LINE.match(text, s):
        return False
    above = text[text.rfind("\n", 0, max(0, s - 1)) + 1 : max(0, s - 1)] if s else ""
    nxt = text.find("\n", e + 1)
    below = text[e + 1 : len(text) if nxt < 0 else nxt] if e < len(text) else ""
    return bool(_ITEM_LINE.match(above) or _ITEM_LINE.match(below))


#: A line that begins with a section's number and a capitalised word ("4 Testby förenings
#: styrelse …"), not a date or an amount.
_NUMBERED_SECTION = re.compile(r"\d{1,2}[ \t]+[A-ZÅÄÖ][a-zåäö]")


def paragraphs(
    text: str,
    all_lines: list[Line] | None = None,
    stands_alone: Callable[[str], bool] | None = None,
) -> list[Paragraph]:
    """Lines joined into paragraphs: an item, a row or a heading is a paragraph of its own;
    a line that begins in lower case continues the paragraph before it, unless
    ``stands_alone`` says it is a line of its own (a column header such as "varsinainen
    edustaja")."""
    all_lines = lines(text) if all_lines is None else all_lines
    out: list[Paragraph] = []
    current: list[Line] = []

    def close() -> None:
        if current:
            s, e = current[0].start, current[-1].end
            out.append(Paragraph(list(current), s, e, text[s:e]))
            current.clear()

    for i, line in enumerate(all_lines):
        prev = current[-1] if current else None
        following = all_lines[i + 1].text if i + 1 < len(all_lines) else ""
        continues = (
            prev is not None
            and not (stands_alone is not None and stands_alone(line.text))
            and not COLUMN_GAP.search(line.text)
            and not COLUMN_GAP.search(prev.text)
            and not contact_line(prev.text)  # "Kokkotie 50, 36600 Pälkäne" / "varajäsen …"
            and line.kind in ("para", "heading")
            and prev.kind in ("para", "heading", "item")
            and not prev.text.endswith((".", ":", "!", "?", ";"))
            # "… Paikka: Kylälän toimisto, Turku" / "Läsnä: Aino Ek pj (TOAS), …": those present
            # begin a paragraph of their own
            and not PRESENT_LABEL.match(line.text)
            # "Aino Ek, 1. varapuheenjohtaja, PS, (Kajaani)," / "Bo Lind, 2. …": list lines of
            # one shape, a comma left at the end of the first
            and not (_ENTRY_START.match(prev.text) and _ENTRY_START.match(line.text))
            # "Testilän ry:n hallitus" / blank / "pj Aino Ek, Kylälä Oy (vara Bo Lind)" / "Eeva
            # Salo, Testilä (vara Olli Oja)": a heading over lines of members and their
            # deputies, each line an entry of its own, the office's word in lower case
            and not (
                _DEPUTY_ENTRY.match(line.text)
                and (
                    _DEPUTY_ENTRY.match(prev.text)
                    or (prev.kind == "heading" and _BLANK_GAP.search(text, prev.end, line.start))
                )
            )
            # "A-lista: Ek Aino, Puu Pekka, …" / "B-lista: Laine Liisa, …": lines of one shape,
            # a label and a colon before names separated by commas, each its own list line
            and not (_LABEL_NAMES.match(prev.text) and _LABEL_NAMES.match(line.text))
            # "Hallitus 2024" / blank / "puheenjohtaja Aino Ek" / blank / "sihteeri ja
            # tiedotusvastaava Bo Lind": lines of one shape, a duty's words in lower case
            # before a name, each its own list line (the first after a heading and a blank)
            and not (
                _DUTY_ENTRY.fullmatch(line.text)
                and (
                    _DUTY_ENTRY.fullmatch(prev.text)
                    or (
                        prev.kind == "heading"
                        and _BLANK_GAP.search(text, prev.end, line.start)
                        and _DUTY_ENTRY.fullmatch(following)
                    )
                )
            )
            and (
                (line.text[:1].islower() and not _CONTACT_LINE.fullmatch(line.text))
                or (
                    prev.text.endswith((",", "-", "–"))  # noqa: RUF001
                    # "Alpo Saastamoinen -": a dash after a space is an empty table cell
                    and not prev.text.endswith((" -", " –"))  # noqa: RUF001
                    # "Roland Tillberg," / "0735-07 00 13": a card's name and its number
                    and not _CONTACT_LINE.fullmatch(line.text)
                )
                or (
                    len(prev.text) >= 50
                    and prev.kind == "para"
                    # "… Inkeri Kauppila-Numminen" / blank / "Vammaisneuvosto": a heading after
                    # a blank line begins a paragraph, however the line before it ended
                    # (and something follows it: a page's last word is no heading)
                    and not (
                        line.kind == "heading"
                        and _BLANK_GAP.search(text, prev.end, line.start)
                        and text[line.end :].strip()
                    )
                    # "Bo Ek, Eva Lund, …, Kim Berg" / blank / "Det finns …": a line of names
                    # only, its full stop left out, ends its list at the blank line
                    and not (_BLANK_GAP.search(text, prev.end, line.start) and _name_run(prev.text))
                    # "… 20 Övriga frågor 21 Mötet avslutas" / blank / "4 Testby förenings
                    # styrelse hade …": a numbered section after a blank line begins anew
                    and not (
                        _BLANK_GAP.search(text, prev.end, line.start)
                        and _NUMBERED_SECTION.match(line.text)
                    )
                )
            )
        )
        if continues:
            if line.kind == "heading":
                line.kind = "para"
            if prev is not None and prev.kind == "heading":
                prev.kind = "para"
            current.append(line)
            continue
        close()
        current.append(line)
        if line.kind == "row":
            close()
    close()
    for p in out:
        p.sentences = list(sentences(text, p.start, p.end))
    return out


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
    """The sentences of ``text[start:end]`` with their spans."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    pos = 0
    for m in _SENTENCE_END.finditer(chunk):
        cut = m.end()
        before = chunk[pos : m.start()]
        word = re.findall(r"[\w.]+$", before)
        if chunk[m.start()] == "." and word:
            if chunk[cut : cut + 1].isalpha() and word[0][:1].isupper():
                continue  # "… Bror Lund.Ersättare i …": glued after a name, not a sentence's end
            w = word[0].casefold().rstrip(".")
            # "pj. Harri", "A. Virtanen", "1. varajäsen", "20.6." stay inside the sentence
            if (
                (
                    w in _ABBREVIATIONS
                    or (w in _ITEM_ABBREVIATIONS and word[0][:1].isupper())
                    or (len(w) == 1 and w.isalpha())
                    or w.isdigit()
                    # "Puh.j. vs.prof. Aino Ek", "rah.hoit. FK Bo Lind": short abbreviations
                    # joined by a full stop, an abbreviation as a whole
                    or _joined_abbreviation(w, chunk, m.start() + 1)
                    # "…, Allan Timmerbacka, Alex. Forsen, Fride …": a first name cut short
                    or cut_name_stop(chunk, m.start())
                )
                and not (w.isdigit() and _next_capital_after_number(chunk, cut))
                # "… Anniina Peltolan (kesk.) — Asia sujui": a quotation dash opens the next
                and not _QUOTE_DASH.match(chunk, m.start())
            ):
                continue
        piece = chunk[pos:cut]
        if piece.strip():
            s = pos + len(piece) - len(piece.lstrip())
            yield Sentence(start + s, start + cut, chunk[s:cut])
        pos = cut
    piece = chunk[pos:]
    if piece.strip():
        s = pos + len(piece) - len(piece.lstrip())
        e = pos + len(piece.rstrip())
        yield Sentence(start + s, start + e, chunk[s:e])


def _joined_abbreviation(w: str, chunk: str, at: int) -> bool:
    """``w`` is abbreviations joined by full stops ("puh.j", "vs.prof") that go on with the
    words after ``chunk[at]`` on the same line: a lower-case word, an academic title in
    capitals ("FK", "FT"), or anything after a last part that is a known abbreviation or one
    letter. Before a closing parenthesis or a line's end ("Bo Lind (t.h.)") and before a
    capitalised word after an unknown last part ("varapuh.joht. Muu …") a sentence ends."""
    if _JOINED_ABBREVIATION.fullmatch(w) is None:
        return False
    after = re.match(r"[ \t]+(\S+)", chunk[at:])
    if after is None:
        return False
    last = w.rsplit(".", 1)[1]
    nxt = after.group(1)
    return (
        nxt[:1].islower()
        or len(last) == 1
        or last in _ABBREVIATIONS
        or re.fullmatch(r"[A-ZÅÄÖ]{2,4}\.?,?", nxt) is not None
    )


#: A capitalised word after an abbreviated first name, then a comma or a conjunction: the
#: surname of a list's entry ("Alex. Forsen, Fride …", "Wilh. Lund och …").
_SURNAME_IN_LIST = re.compile(r"[ \t]+[A-ZÅÄÖ][\w'-]+(?:,|[ \t]+(?:och|samt|ja|sekä)[ \t])")


def cut_name_stop(text: str, at: int) -> bool:
    """Whether the full stop at ``text[at]`` ends a first name cut short ("Alex.", "Wilh.",
    "Aug.") inside a list of names: the word before it capitalised, the beginning of a known
    first name, and a capitalised surname after it that a comma or a conjunction ends."""
    word = re.search(r"(?<![\w.])[A-ZÅÄÖ][a-zåäö]+$", text[max(0, at - 20) : at])
    return (
        word is not None
        and cut_first_name(word.group())
        and _SURNAME_IN_LIST.match(text, at + 1) is not None
    )


def _next_capital_after_number(chunk: str, cut: int) -> bool:
    """After "... 2023." a capital begins a new sentence; after "1." it begins an item."""
    before = chunk[:cut].rstrip(".")
    return bool(re.search(r"\d{4}$", before)) or bool(re.search(r"\d+\.\d+\.\d+$", before))


__all__ = [
    "COLUMN_GAP",
    "GAP",
    "PRESENT_LABEL",
    "Line",
    "Paragraph",
    "Sentence",
    "contact_line",
    "cut_name_stop",
    "lines",
    "paragraphs",
    "sentences",
]

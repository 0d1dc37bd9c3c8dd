"""A list flattened into one line, put back on lines of its own: "Ledamöter Aino Ek (S),
Ordförande Bo Lind (M) … Ersättare Eva Berg (C) …", as a page turned from PDF or a scraped
notice prints a council's whole list; officers run together on one line ("Ordförande: A (S)
1:e vice ordförande: B (M)"); list lines led by a party's abbreviation ("• S Aino Ek, Visby").
The text keeps its length (spaces become line breaks, an abbreviation becomes spaces), so every
span read from it is a span of the document."""

from __future__ import annotations

import re
from collections.abc import Callable

from hytegraph.authoring.extract.givennames import first_name
from hytegraph.authoring.extract.lexicon import TREASURER_WORDS, Lexicon
from hytegraph.authoring.extract.segment import PRESENT_LABEL as _PRESENT_LABEL

_UPPER = "A-ZÅÄÖÜÉ"
_WORD = rf"[{_UPPER}][\w'\u2019.-]*"
#: "Aino Ek (S)", "Roger von Walden (M)", "Pirjo Thonfors (-)": a name and its party in
#: parentheses (an abbreviation, or a dash for none)
_PAIR = re.compile(
    rf"(?<![\w(])({_WORD}(?: (?:von|af|de|van|der|{_WORD})){{1,4}}) "
    rf"\((?:[{_UPPER}][\w]{{0,4}}|-|–)\)"  # noqa: RUF001
)
#: "AINO EK", "ANNA-LENA BERG": a name of two or three words in capitals alone on a line
_CAPITAL_NAME_LINE = re.compile(
    r"[ \t]*[A-ZÅÄÖÜÉ]{2,}(?:-[A-ZÅÄÖÜÉ]{2,})?"
    r"(?:[ \t]+[A-ZÅÄÖÜÉ]{2,}(?:-[A-ZÅÄÖÜÉ]{2,})?){1,2}[ \t]*"
)
#: "Sekreterare: HANS EK, professor": an office, a colon, then a name of two to four words in
#: capitals that ends the line or stands before a comma
_OFFICE_CAPITAL_NAME = re.compile(
    r"[ \t]*(?P<office>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖa-zåäö][a-zåäö]+){0,2})[ \t]*:[ \t]*"
    r"(?P<name>[A-ZÅÄÖÜÉ]{2,}(?:-[A-ZÅÄÖÜÉ]{2,})?"
    r"(?:[ \t]+[A-ZÅÄÖÜÉ]{2,}(?:-[A-ZÅÄÖÜÉ]{2,})?){1,3})(?=[ \t]*(?:,|$))"
)
#: a quick test for such a line anywhere in a text
_OFFICE_CAPITAL_NAME_ANY = re.compile(r"(?m)^[^\n:]{2,30}:[ \t]*[A-ZÅÄÖÜÉ]{2,}[ \t]+[A-ZÅÄÖÜÉ]{2,}")
#: "Ek, Aino pj. 040 123 4567 aino.ek@x.fi": a contact entry, surname first with a comma, an
#: office in up to three abbreviated or lower-case words, a telephone number, an e-mail
_CONTACT_ENTRY = re.compile(
    r"(?<!\S)[A-ZÅÄÖ][\w'-]+(?P<comma>,)[ \t][A-ZÅÄÖ][\w'-]+"
    r"(?:[ \t][a-zåäö][\w.]*){0,3}[ \t]\+?\d[\d ]{5,}\d[ \t][\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
#: One of those present in such a list: a name of two or three capitalised words, perhaps an
#: office's word in lower case ("pj", "sihteeri") and a note in parentheses ("(TOAS)").
_PRESENT_ITEM = re.compile(
    rf"{_WORD}(?:[ \t]+{_WORD}){{1,2}}(?:[ \t]+[a-zåäö][\w.]{{0,20}})?(?:[ \t]+\([^()]{{1,40}}\))?"
)
#: The first field of a meeting's memo after its title: "Aika:", "Paikka:", "Tid:", "Plats:".
_MEETING_FIELD = re.compile(
    r"(?<![\w-])(?:Aika|Paikka|Kokousaika|Kokouspaikka|Tid|Plats|Mötestid|Mötesplats)[ \t]*:"
)
#: this many "Name, Organisation" entries after that label make it a flattened list, each
#: organisation at most this many words
_MIN_ORG_ENTRIES = 4
_MAX_ORG_WORDS = 6
#: this many entries of a name with no comma after it, each with at most this many words after
#: the name, make such a run a flattened list
_MIN_NAME_ENTRIES = 6
_MAX_ENTRY_WORDS = 8
#: this many pairs on one line make it a flattened list
_MIN_PAIRS = 8
#: "• S Meit Fohlin, Eskelhem", "MP Jennifer Medin": a list line led by a party's abbreviation
_PARTY_FIRST = re.compile(
    rf"^([ \t]*(?:[•·▪*][ \t]*)?)([{_UPPER}]{{1,3}})[ \t]+(?={_WORD}[ \t]+{_WORD})", re.M
)
#: "(S) 1:e vice ordförande: ": a post and its colon right after a name's party
_LABEL_AFTER_PARTY = re.compile(r"(?<=\)) ((?:[\w:.]+ ){0,3}[\w.]+):[ \t]")
_OFFICERS = ("chair", "vice_chair", "secretary")
#: this many such lines make them a list
_MIN_PARTY_LINES = 3
#: "Karl Berg", "Anna-Lisa af Ek": a line that is only a name, first name first
_NAME_LINE = re.compile(rf"[ \t]*{_WORD}(?:[ \t]+(?:von|af|de|van|der|{_WORD})){{1,3}}[ \t]*")
#: "Ordförande, Aino Ek", "Viceordförande, resekoordinator, Bo Lind": a cell of a post (and
#: duties) and a name after the last comma
_POST_NAME_CELL = re.compile(
    rf"[{_UPPER}][^,\n]{{1,40}},(?:[^,\n]{{1,40}},)*[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
)
#: this many names of a run with surnames in alphabetical order make it a list
_MIN_SORTED_NAMES = 8
#: this many name and role line pairs, and officers among them, make a table of two columns
#: flattened to one cell a line
_MIN_CELL_PAIRS, _MIN_CELL_OFFICERS = 3, 2


#: A list line whose seat's term comes before the name, after the line's label if any
#: ("Ordförande: omval 1 år: Aino Ek", "Ledamöter: nyval 2 år Bo Lind", "1 år kvar Eva Berg"):
#: the term, then a name of two or three capitalised words and nothing else
_TERM_FIRST_LINE = re.compile(
    r"(?m)^[ \t]*(?:[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+){0,2}:[ \t]+)?"
    r"(?P<term>(?:(?:om|ny|åter)val[ \t]+(?:på[ \t]+)?)?(?:[1-9]|ett|två|tre)[ \t]+år"
    r"(?:[ \t]+kvar)?[ \t]*:?)[ \t]+"
    r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){1,2}[ \t]*$"
)


#: A heading of people with a duty or a seat ("Försäkringsansvarig", "Hembygdskonsulent",
#: "Hedersledamöter", "Revisorer"): what the names after it are, in an annual report's run
_DUTY_HEADING = re.compile(
    r"[a-zåäö]*(?:ansvarig|ansvariga|konsulent|konsulenter|ledamöter|revisorer|suppleanter)"
)


#: A name of two or three capitalised words ("Aino Ek", "Anna-Liisa Berg-Salo")
_NOTE_WORD = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
_NOTE_NAME = rf"{_NOTE_WORD}(?: {_NOTE_WORD}){{1,2}}"
#: "Aino Ek (pj), Bo Lind (vpj), Olli Salo ja Aki Puu (jäsenlehti).": a line that is only
#: names, each but the "ja"-joined last ones closed by a note in parentheses
_ROLE_NOTE_LINE = re.compile(
    rf"[ \t]*{_NOTE_NAME} \([^()\n]{{1,30}}\)(?:, {_NOTE_NAME} \([^()\n]{{1,30}}\))+"
    rf"(?:, {_NOTE_NAME})*(?:,? ja {_NOTE_NAME}(?: \([^()\n]{{1,30}}\))?)?\.?[ \t]*"
)


#: A line of a block of headings and names run together: capitalised words, and words in small
#: letters after one ("Ordinarie ledamöter"), nothing else
_BLOCK_LINE = re.compile(
    r"[ \t]*(?:[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:[ \t]+[a-zåäöé]+)*"
    r"(?:[ \t]+|$))*[ \t]*"
)
_S = re.compile(r"\S+")
#: "Arbetsutskott Arbetsutskottet har …": a heading's word, then the same word in the definite
#: form beginning the text under it, on one line; or after a sentence's end in a flattened
#: paragraph, the word then perhaps after an owner's genitive ("… revisorsersättare.
#: Valberedning Föreningens valberedning har bestått av …")
_GLUED_HEADING = re.compile(
    r"(?m)^[ \t]*(?P<word>[A-ZÅÄÖ][a-zåäö]{3,}) (?=(?P=word)(?:en|et|n|t)[ \t]+[a-zåäö])|"
    r"(?<=[a-zåäö]\. )(?P<inword>[A-ZÅÄÖ][a-zåäö]{3,}) "
    r"(?=(?:(?P=inword)(?:en|et|n|t)|[A-ZÅÄÖ][a-zåäö]+s[ \t]+(?i:(?P=inword)))[ \t]+[a-zåäö])"
)

#: "Hallitus Puheenjohtaja Anneli Makkonen": a body's one word, an office's capitalised word
#: and a name of two or three capitalised words, the whole line.
_BODY_BEFORE_OFFICE = re.compile(
    r"(?m)^[ \t]*(?P<body>[A-ZÅÄÖ][a-zåäö]{4,}) (?P<office>[A-ZÅÄÖ][a-zåäö.]{2,})"
    r"(?:[ \t]+[A-ZÅÄÖ][\w'-]+){2,3}[ \t]*$"
)


class Unflattener:
    """List lines led by a party's abbreviation, the abbreviation blanked out; officers'
    posts run together on one line, each on a line of its own; lines holding a flattened list
    of "Name (PARTY)" pairs, broken after each pair (and after the post that follows it
    behind a comma), with the list's headings ("Ledamöter", "Ersättare") on lines of their
    own."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def __call__(self, text: str) -> str:
        return self._pairs(self.entries(text))

    def pairs(self, text: str) -> list[tuple[int, int]]:
        """The spans of the names of every pair on the lines :meth:`__call__` breaks."""
        out: list[tuple[int, int]] = []
        if text.count("(") < _MIN_PAIRS:
            return out
        pos = 0
        for line in text.split("\n"):
            found = list(_PAIR.finditer(line))
            if len(found) >= _MIN_PAIRS:
                out += [(pos + m.start(1), pos + m.end(1)) for m in found]
            pos += len(line) + 1
        return out

    def entries(self, text: str) -> str:
        """:meth:`glued_headings`, then :meth:`party_first`, :meth:`officers_on_one_line`,
        :meth:`name_role_cells` and the others."""
        text = self.glued_headings(text)
        for step in (
            self.contact_entry_runs,
            self.role_note_runs,
            self.terms_first,
            self.party_first,
            self.officers_on_one_line,
            self.name_role_cells,
            self.name_post_runs,
            self.column_name_runs,
            self.spaced_cells,
            self.comma_post_runs,
            self.present_inside_line,
            self.name_organisation_runs,
            self.surname_first_organisation_runs,
            self.heading_name_runs,
            self.heading_name_blocks,
            self.label_name_runs,
        ):
            text = step(text)
        return text

    def contact_entry_runs(self, text: str) -> str:
        """A contact list flattened into one line, each entry a name printed surname first
        with a comma, perhaps an abbreviated office, a telephone number and an e-mail address
        ("… Hallitus 2014 Ek, Aino pj. 040 123 4567 aino.ek@x.fi Lind, Bo 050 765 4321 bo@y.fi
        …"): each entry on a line of its own, its comma a space ("Ek  Aino pj. …"), the
        words after the last one on the next line, and the short heading between the last
        sentence's end and the first entry on a line of its own. Nothing changes unless three
        such entries follow one another."""
        chars: list[str] | None = None
        pos = 0
        for line in text.split("\n"):
            run: list[re.Match[str]] = []
            for mt in _CONTACT_ENTRY.finditer(line):
                if run and line[run[-1].end() : mt.start()].strip():
                    if len(run) >= 3:
                        break
                    run = []
                run.append(mt)
            if len(run) >= 3:
                if chars is None:
                    chars = list(text)
                for mt in run:
                    if mt.start() > 0 and line[mt.start() - 1] in " \t":
                        chars[pos + mt.start() - 1] = "\n"
                    chars[pos + mt.start("comma")] = " "
                end = run[-1].end()
                if end < len(line) and line[end] in " \t":
                    chars[pos + end] = "\n"
                lead = line[: max(0, run[0].start() - 1)]
                stop = max(lead.rfind(". "), lead.rfind("! "), lead.rfind("? "))
                if stop >= 0 and 1 <= len(lead[stop + 2 :].split()) <= 6:
                    chars[pos + stop + 1] = "\n"  # the list's heading on a line of its own
            pos += len(line) + 1
        return text if chars is None else "".join(chars)

    def capital_name_cards(self, text: str) -> str:
        """A board's names printed in capitals under its heading, each officer's post in small
        letters on the line under the name ("Styrelsen" over "AINO EK" / "ordförande" / "BO
        LIND" / "sekreterare" / "EVA BERG" / "OLLE SALO"): each name in the usual case (the
        same length) and its post after a comma in place of the line break ("Aino
        Ek,ordförande"), the members' names after the posts left on their lines. Nothing
        changes unless the first line under the heading (blank lines aside) is such a name,
        two posts follow names, one of them an officer's, and three names are read or more."""
        lines = text.split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        chars: list[str] | None = None
        for i, line in enumerate(lines):
            if not self._body_heading(line.strip()):
                continue
            k = i + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            names: list[int] = []
            posts: list[int] = []
            while k < len(lines) and _CAPITAL_NAME_LINE.fullmatch(lines[k]):
                names.append(k)
                if k + 1 < len(lines) and self._small_post(lines[k + 1]):
                    if len(names) != len(posts) + 1:
                        break  # a post after members' names: not this layout
                    posts.append(k + 1)
                    k += 1
                k += 1
            officers = sum(self.lex.role_of(lines[p].strip()) in _OFFICERS for p in posts)
            if len(posts) < 2 or officers < 1 or len(names) < 3:
                continue
            if chars is None:
                chars = list(text)
            for n in names:
                at = starts[n]
                chars[at : at + len(lines[n])] = list(lines[n].title())
                if n + 1 in posts:
                    chars[starts[n + 1] - 1] = ","
        return text if chars is None else "".join(chars)

    def capital_names_after_offices(self, text: str) -> str:
        """Lines that each give an office, a colon and a name in capitals ("Ordförande: AINO
        EK, professor" / "Sekreterare: BO LIND" / "Kassör: EVA BERG"): each name in the usual
        case (the same length). Nothing changes unless three such lines or more follow one
        another, each office a role or the treasurer's, one of them an officer's."""
        if _OFFICE_CAPITAL_NAME_ANY.search(text) is None:
            return text
        lines = text.split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        chars: list[str] | None = None
        i = 0
        while i < len(lines):
            run: list[re.Match[str]] = []
            at = i
            while i < len(lines) and (mt := _OFFICE_CAPITAL_NAME.match(lines[i])) is not None:
                office = " ".join(mt.group("office").casefold().split())
                if self.lex.role_of(office) is None and office not in TREASURER_WORDS:
                    break
                run.append(mt)
                i += 1
            officers = sum(self.lex.role_of(mt.group("office")) in _OFFICERS for mt in run)
            if len(run) >= 3 and officers >= 1:
                if chars is None:
                    chars = list(text)
                for k, mt in enumerate(run):
                    a, b = starts[at + k] + mt.start("name"), starts[at + k] + mt.end("name")
                    chars[a:b] = list(mt.group("name").title())
            i = max(i, at + 1)
        return text if chars is None else "".join(chars)

    def _small_post(self, line: str) -> bool:
        """ "ordförande", "vice ordförande", "kassör": a post in small letters alone on a line."""
        said = line.strip()
        return (
            said[:1].islower()
            and len(said.split()) <= 3
            and (self.lex.role_of(said) is not None or said.split()[-1] in TREASURER_WORDS)
        )

    def role_note_runs(self, text: str) -> str:
        """A board printed on one line under its heading, each name with its office in
        parentheses ("Hallitus 2010" over "Aino Ek (pj), Bo Lind (vpj), Eva Berg (sihteeri),
        Olli Salo ja Aki Puu (jäsenlehti)."): one name a line, each comma and the "ja" before
        the last name blanked out. Nothing changes unless the line is that list and nothing
        else, three of its notes name an office, one an officer's, and the nearest line above
        it with any text is a short heading ending with a body's word (and a year or term)."""
        lines = text.split("\n")
        breaks: dict[int, list[int]] = {}
        for i, line in enumerate(lines):
            if line.count("(") < 3 or not _ROLE_NOTE_LINE.fullmatch(line):
                continue
            above = next((ln.strip() for ln in reversed(lines[:i]) if ln.strip()), "")
            if not self._body_heading(above):
                continue
            notes = [self.lex.role_of(m.group(1)) for m in re.finditer(r"\(([^()]+)\)", line)]
            if sum(n is not None for n in notes) < 3 or not any(n in _OFFICERS for n in notes):
                continue
            breaks[i] = [m.start() for m in re.finditer(r", (?=[A-ZÅÄÖ])| ja (?=[A-ZÅÄÖ])", line)]
        if not breaks:
            return text
        for i, cuts in breaks.items():
            chars = list(lines[i])
            for c in cuts:
                if chars[c] == ",":
                    chars[c : c + 2] = [" ", "\n"]
                else:
                    chars[c : c + 4] = ["\n", " ", " ", " "]
            lines[i] = "".join(chars)
        return "\n".join(lines)

    def _body_heading(self, line: str) -> bool:
        """Whether a line is a heading of a body ("Hallitus 2005-2008", "Johtokunta",
        "Yhdistyksen hallitus 2021:"): at most four words, the last a body's word but for a
        year or term after it."""
        words = line.rstrip(":").split()
        while words and re.fullmatch(r"\d{4}(?:\s*[-–]\s*\d{2,4})?|[-–]", words[-1]):  # noqa: RUF001
            words.pop()
        return 0 < len(words) <= 4 and self.lex.body_kind(words[-1].casefold()) is not None

    def sorted_name_runs(self, text: str) -> list[list[tuple[int, int, int]]]:
        """Names run together on one line with no separators, as a minutes' cover page turned
        from PDF prints those present ("… Kokouspaikka Kirkkotie 4 Aino Ek Bo Lind, puheenjohtaja
        1-5 Eero Mäki Olli Salo …"): every run of at least eight names of two capitalised words
        each, their surnames in alphabetical order (and their first names not: a list of
        single words in order is no run of names), as the spans of its entries (the name's
        start and end, and the end of the note after its comma: ", puheenjohtaja 1-5"). The
        order of the surnames says where one name ends and the next begins: words that do not
        keep it are no part of the run."""
        out: list[list[tuple[int, int, int]]] = []
        pos = 0
        for line in text.split("\n"):
            if len(line) >= 160:
                words = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]
                k = 0
                while k < len(words):
                    runs = [self._sorted_run(words, k), self._sorted_run(words, k + 1)]
                    run = max(runs, key=len)
                    firsts = [_sort_key(words[a][1]) for a, _e in run]
                    if len(run) < _MIN_SORTED_NAMES or firsts == sorted(firsts):
                        # too short; or one word after another in order ("Alajärvi Alavus
                        # Evijärvi Halsua …"), no first names before sorted surnames
                        k += 1
                        continue
                    out.append(
                        [
                            (
                                pos + words[a][0],
                                pos + words[a + 1][0] + len(words[a + 1][1].rstrip(",")),
                                pos + words[e][0] + len(words[e][1]),
                            )
                            for a, e in run
                        ]
                    )
                    k = run[-1][1] + 1
            pos += len(line) + 1
        return out

    def _sorted_run(self, words: list[tuple[int, str]], k: int) -> list[tuple[int, int]]:
        """The first and last word of each entry of a run of names with surnames in
        alphabetical order from ``k`` (a name and the note after its comma), or []."""
        out: list[tuple[int, int]] = []
        last = ""
        while k + 1 < len(words) and self._sorted_name(words[k][1], words[k + 1][1]):
            key = _sort_key(words[k + 1][1].rstrip(","))
            if key < last:
                break
            last = key
            e = k + 1
            if words[e][1].endswith(","):
                # ", puheenjohtaja 1-5": a note in lower case and numbers up to the next name
                while (
                    e + 1 < len(words)
                    and e - k < 5
                    and re.fullmatch(r"[a-zåäö\d][\w.,-]*|\d:[ae]", words[e + 1][1])
                ):
                    e += 1
                if e == k + 1:
                    break
            out.append((k, e))
            k = e + 1
        return out

    def _sorted_name(self, first: str, second: str) -> bool:
        """Whether two words are a name of a sorted run ("Aino Ek", "Bo Lind-Salo-Mäki,"):
        both capitalised names' words, neither an office or a body."""
        word = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+){0,2}"
        return (
            re.fullmatch(word, first) is not None
            and re.fullmatch(word + ",?", second) is not None
            and not any(
                self.lex.role_of(w.rstrip(",")) or self.lex.body_kind(w.rstrip(",").casefold())
                for w in (first, second)
            )
        )

    def heading_name_runs(self, text: str) -> str:
        """An annual report's officers run together into one paragraph, each heading followed
        by the names under it with no separator ("STYRELSEN Ordinarie ledamöter Aino Ek,
        ordförande Bo Lind, vice ordförande Eva Berg Per Holm Suppleanter Olle Ek Siv Lund
        Skattmästare Nils Ek Revisorer …"): every heading (a column's or an office's word, a
        body, a duty "…ansvarig", "…konsulent", "…ledamöter") and every name of two words
        (with its post after a comma) goes on a line of its own, and so does a heading in
        capitals right before the first one. Nothing changes unless the run holds three
        headings or more, one of them the members' or the deputies' column, and eight names;
        a stretch of capitalised words that are not whole names of two words ends the run."""
        return _broken_at(text, self._heading_run_breaks)

    def _heading_run_breaks(self, line: str) -> list[int]:
        if len(line) < 150:
            return []
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]
        out: list[int] = []
        k = 0
        while k < len(words):
            cuts: list[int] = []
            headings = columns = names = 0
            j = k
            while (h := self._run_heading_at(words, j)) and self._two_word_name(words, j + h):
                headings += 1
                role = self.lex.column(" ".join(w for _s, w in words[j : j + h]))
                columns += role in ("member", "deputy_member")
                cuts += [words[j][0] - 1, words[j + h][0] - 1]
                j += h
                while self._two_word_name(words, j) and not self._run_heading_at(words, j):
                    names += 1
                    j += 2
                    if words[j - 1][1].endswith(","):
                        # the name's post: words in small letters, or one in capitals
                        while j < len(words) and (
                            words[j][1][:1].islower() or words[j][1].isupper()
                        ):
                            j += 1
                            if words[j - 1][1].isupper():
                                break
                    if j < len(words):
                        cuts.append(words[j][0] - 1)
            if headings >= 3 and columns >= 1 and names >= 8:
                if k > 0 and re.fullmatch(r"[A-ZÅÄÖ]{4,}:?", words[k - 1][1]):
                    cuts.append(words[k - 1][0] - 1)  # the run's heading in capitals
                out += cuts
                k = j
            else:
                k += 1
        return sorted(c for c in set(out) if 0 <= c < len(line) and line[c] == " ")

    def _run_heading_at(self, words: list[tuple[int, str]], k: int) -> int:
        """The number of words of a heading at ``k`` (a capitalised word, perhaps with words
        in small letters after it: "Ordinarie ledamöter"), or 0."""
        if k >= len(words) or not re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+", words[k][1]):
            return 0
        for n in (3, 2, 1):
            if k + n > len(words):
                continue
            said = [w for _s, w in words[k : k + n]]
            if any(not re.fullmatch(r"[a-zåäöé]+", w) for w in said[1:]):
                continue
            if self._run_heading(" ".join(said)):
                return n
        return 0

    def _run_heading(self, phrase: str) -> bool:
        low = phrase.casefold()
        return bool(
            self.lex.column(phrase) in ("member", "deputy_member")
            or self.lex.role_of(phrase)
            or low in TREASURER_WORDS
            or (" " not in phrase and self.lex.body_kind(low))
            or _DUTY_HEADING.fullmatch(low)
        )

    def glued_headings(self, text: str) -> str:
        """A body's heading run into the paragraph under it, whose first word names the body
        again in the definite form ("Arbetsutskott Arbetsutskottet har bestått av A och B",
        "Valberedning Valberedningen består av …"), or into the first line of its list, an
        office and a name ("Hallitus Puheenjohtaja Anneli Makkonen", a table's first column
        flattened): the heading on a line of its own."""
        chars: list[str] | None = None
        for mt in _GLUED_HEADING.finditer(text):
            group = "word" if mt["word"] else "inword"
            if self.lex.body_kind(mt[group].casefold()) is None:
                continue
            if chars is None:
                chars = list(text)
            chars[mt.end(group)] = "\n"
        for mt in _BODY_BEFORE_OFFICE.finditer(text):
            if (
                self.lex.body_kind(mt["body"].casefold()) is None
                or self.lex.role_of(mt["office"]) not in ("chair", "vice_chair", "secretary")
                or first_name(mt["office"]) is not None
            ):
                continue
            if chars is None:
                chars = list(text)
            chars[mt.end("body")] = "\n"
        return text if chars is None else "".join(chars)

    def heading_name_blocks(self, text: str) -> str:
        """A board's offices and names run together with no separator over a few lines of
        their own, a page turned from PDF breaking the run anywhere ("Ordförande Aino Ek
        Ledamöter Bo Lind" / "Eva Berg Olle Salo Suppleanter Siv Lund" / "Nils Ek Per Holm"):
        every heading and every name of two words goes on a line of its own. The lines (blank
        lines between them allowed) must hold nothing but headings (an office's word, the
        members' or the deputies' column) and capitalised names' words, the first word a
        heading; an office's heading is followed by exactly one name of two words, a column's
        by an even count of names' words. Nothing changes unless the run holds three headings
        or more, one of them a column, and six names, and one line holds two entries or more:
        an odd count, a word in small letters, a comma or a party leaves the lines alone."""
        lines = text.split("\n")
        starts: list[int] = []
        pos = 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        chars: list[str] | None = None
        i = 0
        while i < len(lines):
            if not _BLOCK_LINE.fullmatch(lines[i]) or not lines[i].strip():
                i += 1
                continue
            j = i
            block = []  # the block's non-empty lines
            while j < len(lines) and (not lines[j].strip() or _BLOCK_LINE.fullmatch(lines[j])):
                if lines[j].strip():
                    block.append(j)
                j += 1
            cuts = self._block_cuts(
                [(starts[n] + m.start(), m.group()) for n in block for m in _S.finditer(lines[n])]
            )
            if cuts and any(
                sum(starts[n] < c < starts[n] + len(lines[n]) for c in cuts) for n in block
            ):
                if chars is None:
                    chars = list(text)
                for c in cuts:
                    if chars[c] == " ":
                        chars[c] = "\n"
            i = j
        return text if chars is None else "".join(chars)

    def _block_cuts(self, words: list[tuple[int, str]]) -> list[int]:
        """The offsets to break a block's words at (before each heading and each name), or
        [] when the words are not such a run (:meth:`heading_name_blocks`)."""
        cuts: list[int] = []
        headings = columns = names = 0
        k = 0
        while k < len(words):
            h = self._run_heading_at(words, k)
            if not h:
                return []
            role = self.lex.column(" ".join(w for _s, w in words[k : k + h]))
            column = (
                role in ("member", "deputy_member")
                or self._label_kind(" ".join(w for _s, w in words[k : k + h])) == "seat"
            )
            headings += 1
            columns += column
            cuts.append(words[k][0] - 1)
            k += h
            said = 0
            while self._two_word_name(words, k) and not self._run_heading_at(words, k):
                cuts.append(words[k][0] - 1)
                said += 1
                k += 2
            if not said or (said > 1 and not column):
                return []
            names += said
        if headings < 3 or not columns or names < 6:
            return []
        return [c for c in cuts if c >= 0]

    def terms_first(self, text: str) -> str:
        """A list line whose seat's term is printed before the name (:data:`_TERM_FIRST_LINE`):
        the term blanked out (spaces, the same length), so that the line reads as a name
        under its label. A line whose label is not a post's or a seat's is left alone."""
        chars: list[str] | None = None
        for mt in _TERM_FIRST_LINE.finditer(text):
            label = text[mt.start() : mt.start("term")].strip().rstrip(":")
            if label and not self._label_kind(label):
                continue
            if chars is None:
                chars = list(text)
            for i in range(mt.start("term"), mt.end("term")):
                chars[i] = " "
        return text if chars is None else "".join(chars)

    def label_name_runs(self, text: str) -> str:
        """A line of posts' labels, each with its colon, and the names under them run together
        with no separator ("Ordförande: Aino Ek Vice ordförande: Bo Lind", "Övriga ledamöter:
        Eva Berg Olle Salo Siv Lund", "Suppleanter: Nils Ek Per Holm"): every label after
        the first goes on a line of its own, and under a members' or deputies' label that
        names several persons, so does the label and every name of two words. Nothing changes
        unless every label's words are names of two capitalised words each (an odd count, a
        word in small letters, a comma or a party: left alone), and the line holds two labels
        or a members' or deputies' label over two names or more."""
        return _broken_at(text, self._label_run_breaks)

    def _label_run_breaks(self, line: str) -> list[int]:
        if ":" not in line or len(line) > 400:
            return []
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]
        # the labels: one to three words, the last ending in the colon
        labels: list[tuple[int, int, str]] = []  # first word, word after the colon, kind
        k = 0
        while k < len(words):
            found = None
            for n in (3, 2, 1):
                end = k + n
                if end > len(words) or not words[end - 1][1].endswith(":"):
                    continue
                said = [w for _s, w in words[k:end]]
                said[-1] = said[-1][:-1]
                if not said[-1] or not re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]*", said[0]):
                    continue
                if any(not re.fullmatch(r"[a-zåäöé]+", w) for w in said[1:]):
                    continue
                phrase = " ".join(said)
                kind = self._label_kind(phrase)
                if kind:
                    found = (k, end, kind)
                    break
            if found is None:
                if words[k][1].endswith(":"):
                    return []  # another label: not a line of posts
                k += 1
                continue
            labels.append(found)
            k = found[1]
        if not labels or labels[0][0] != 0:
            return []
        cuts: list[int] = []
        several = False
        for i, (first, after, kind) in enumerate(labels):
            stop = labels[i + 1][0] if i + 1 < len(labels) else len(words)
            said = words[after:stop]
            if not said or len(said) % 2:
                return []
            if not all(self._run_name(said[j][1], said[j + 1][1]) for j in range(0, len(said), 2)):
                return []
            if any(w.endswith(",") for _s, w in said):
                return []
            if i:
                cuts.append(words[first][0] - 1)
            if len(said) > 2:
                if kind != "seat":
                    return []  # "Ordförande: Aino Ek Bo Lind": one post, several names
                several = True
                cuts.append(said[0][0] - 1)
                cuts += [said[j][0] - 1 for j in range(2, len(said), 2)]
        if len(labels) < 2 and not several:
            return []
        return sorted(c for c in set(cuts) if 0 <= c < len(line) and line[c] == " ")

    def _label_kind(self, phrase: str) -> str:
        """ "seat" for a members' or deputies' label ("Ledamöter", "Övriga ledamöter",
        "Suppleanter"), "post" for an office's ("Ordförande", "Kassör"), "" otherwise."""
        last = phrase.split()[-1]
        if (
            self.lex.column(phrase) in ("member", "deputy_member")
            or last.casefold().endswith(("ledamöter", "suppleanter"))
            or self.lex.role_of(phrase) == "deputy_member"
        ):
            return "seat"
        if self.lex.role_of(phrase) or phrase.casefold() in TREASURER_WORDS:
            return "post"
        return ""

    def _two_word_name(self, words: list[tuple[int, str]], k: int) -> bool:
        return k + 1 < len(words) and self._run_name(words[k][1], words[k + 1][1])

    def comma_post_runs(self, text: str) -> str:
        """A board run together after a lead-in's colon, each office after its name and a
        comma, the members' names after them with no separator ("… seuraavasti: Aino Ek,
        puheenjohtaja Bo Lind, varapuheenjohtaja Eva Berg Olli Salo Aki Puu Muuta …"): the
        comma says whose each office is; every "Name, office" and every name after them
        (of two words each) goes on a line of its own, and so does what follows the last
        name. Nothing changes unless the run begins with two such offices, one an officer's,
        and names at least two members after them."""
        return _broken_at(text, self._comma_post_breaks)

    def _comma_post_breaks(self, line: str) -> list[int]:
        out: list[int] = []
        for lead in re.finditer(r":[ \t]+", line):
            words = [
                (lead.end() + m.start(), m.group()) for m in re.finditer(r"\S+", line[lead.end() :])
            ]
            cuts = [lead.start() + 1]
            posts = officers = names = 0
            k = 0
            while k + 1 < len(words) and self._run_name(words[k][1], words[k + 1][1]):
                second = words[k + 1][1]
                if second.endswith(","):
                    post = words[k + 2][1].rstrip(",") if k + 2 < len(words) else ""
                    role = self.lex.role_of(post) if post[:1].islower() else None
                    if names or (role is None and post not in TREASURER_WORDS):
                        break
                    posts += 1
                    officers += role in _OFFICERS
                    k += 3
                else:
                    if posts < 2:
                        break
                    names += 1
                    k += 2
                if k < len(words):
                    cuts.append(words[k][0] - 1)
            if posts >= 2 and officers >= 1 and names >= 2:
                out += cuts + self._deputies_after_run(words, k)
        return [c for c in out if 0 <= c < len(line) and line[c] in " \t"]

    def name_organisation_runs(self, text: str) -> str:
        """Those present at a meeting run together on one line after their label, each "Name,
        Organisation" with perhaps a note in parentheses ("Osallistujat: Aino Ek, Testilän
        kaupunki (puheenjohtaja) Bo Lind, Kylälän kunta Eva Berg, TEM (etänä) …"), as a memo
        turned from PDF prints them: each entry goes on a line of its own. Nothing changes
        unless four entries or more follow the label, each a name of two or three words with
        a comma after it, then one to six words before the next name, the first of them
        capitalised (an organisation's, not a job's: "A, talousjohtaja B, …")."""
        if ", " not in text or _PRESENT_LABEL.search(text) is None:
            return text
        return _broken_at(text, self._name_organisation_breaks)

    def _name_organisation_breaks(self, line: str) -> list[int]:
        lead = _PRESENT_LABEL.search(line)
        if lead is None:
            return []
        words = [
            (lead.end() + m.start(), m.group()) for m in re.finditer(r"\S+", line[lead.end() :])
        ]
        starts: list[int] = []  # where each entry's name begins
        commas: list[int] = []  # the name's last word, with its comma
        for k in range(len(words) - 1):
            second = words[k + 1][1]
            if second.count(",") != 1 or not self._run_name(words[k][1], second):
                continue
            start = k
            if (
                k >= 1
                and (not commas or k - 1 > commas[-1] + 1)
                and first_name(words[k - 1][1]) is not None
                and not words[k - 1][1].endswith(",")
            ):
                start = k - 1  # "Santtu Von Bruun,", "Anna Maija Ek,": a name of three words
            starts.append(start)
            commas.append(k + 1)
        if len(starts) < _MIN_ORG_ENTRIES or starts[0] != 0:
            return []
        ends = [*starts[1:], len(words)]
        for comma, end in zip(commas[:-1], ends[:-1], strict=True):
            between = [w for _s, w in words[comma + 1 : end]]
            if (
                not 1 <= len(between) <= _MAX_ORG_WORDS
                or any(w.endswith((",", ":")) for w in between)
                or not (between[0][:1].isupper() or between[0][:1].isdigit())
            ):
                # "A, B, C ja D": names only, or a sentence; "Ek Aino, jäsen, Berg Eva, pj.,",
                # "A, talousjohtaja B, kirkkoherra": each name's office or job, which the
                # list's reader reads as it is; "… Poissa: C, D": another label's names
                return []
        cuts = [words[s][0] - 1 for s in starts]
        return [c for c in cuts if 0 <= c < len(line) and line[c] in " \t"]

    def present_inside_line(self, text: str) -> str:
        """A memo turned from PDF into one line, those present in the middle of it ("1
        PÖYTÄKIRJA Kylälän neuvottelukunnan kokous 1/2008 Aika: Paikka: Turku Läsnä: Aino Ek pj
        (TOAS), Bo Lind (TYS), … ja Eva Berg (LOAS). 1. KOKOUKSEN AVAUS …"): the label and its
        names go on a line of their own, and the memo's title apart from the meeting's time and
        place before them, as a memo prints them. Nothing changes unless the names are a list
        of four or more, set apart by commas (the last by "ja", "och" or "sekä"), each a name
        of two or three capitalised words with perhaps an office's word and a note in
        parentheses after it, and a full stop ends the list."""
        if _PRESENT_LABEL.search(text) is None:
            return text
        return _broken_at(text, self._present_inside_cuts)

    def _present_inside_cuts(self, line: str) -> list[int]:
        lead = _PRESENT_LABEL.search(line)
        if lead is None or lead.start() == 0 or line[lead.start() - 1] != " ":
            return []
        stop = re.search(r"\.(?= )", line[lead.end() :])
        run = line[lead.end() : lead.end() + stop.start()] if stop else line[lead.end() :]
        items = re.split(r",\s+|\s+(?:ja|och|sekä)\s+", run)
        if len(items) < _MIN_ORG_ENTRIES or not all(_PRESENT_ITEM.fullmatch(i) for i in items):
            return []
        cuts = [lead.start() - 1]
        if stop:
            cuts.append(lead.end() + stop.end())
        field = _MEETING_FIELD.search(line, 1, lead.start())
        if field is not None and line[field.start() - 1] == " ":
            # "1 PÖYTÄKIRJA Kylälän neuvottelukunnan kokous 1/2008 Aika: Paikka: …": the
            # memo's title apart from the meeting's time and place, as the memo prints them
            cuts.append(field.start() - 1)
        return sorted(cuts)

    def surname_first_organisation_runs(self, text: str) -> str:
        """Those present at a meeting run together on one line after their label, each name
        with no comma after it, perhaps a deputy's word, then an organisation ("Läsnä: Ek Aino
        Testilän kaupunki Lind Bo varajäsen Kylälän kunta Berg Eva TEM …", or first name first,
        "Läsnä: Aino Ek Testilän kaupunki Bo Lind varajäsen …"): each entry on a line of its
        own, a tab after the name and after the deputy's word (the cells of a table row). Each
        name is a surname and a first name of the list
        (:mod:`~hytegraph.authoring.extract.givennames`), or a first name (one or two) and a
        surname, in the order of the first entry right after the label; nothing changes unless
        six entries or more follow one another so, each with one to eight words after the name,
        and no comma after a name or before the next (a list of names set apart by commas, or
        "Name, Organisation": :meth:`name_organisation_runs`)."""
        if _PRESENT_LABEL.search(text) is None:
            return text
        return _broken_at(text, self._name_organisation_run_cuts)

    def _name_organisation_run_cuts(self, line: str) -> list[tuple[int, str]]:
        lead = _PRESENT_LABEL.search(line)
        if lead is None:
            return []
        words = [
            (lead.end() + m.start(), m.group()) for m in re.finditer(r"\S+", line[lead.end() :])
        ]
        for order in (self._surname_first_at, self._first_name_first_at):
            names: list[tuple[int, int]] = []  # (the entry's first word, its name's length)
            for k in range(len(words) - 1):
                if names and k < names[-1][0] + names[-1][1]:
                    continue  # (inside the name before: "Anna Maija Ek")
                size = order([w for _s, w in words[k : k + 3]])
                if size:
                    names.append((k, size))
            if len(names) >= _MIN_NAME_ENTRIES and names[0][0] == 0:
                break
        else:
            return []
        ends = [k for k, _n in names[1:]] + [len(words)]
        if any(
            not 1 <= e - k - n <= _MAX_ENTRY_WORDS
            # ("A (TOAS), B (TYS), …": names set apart by commas, a list the list's reader reads)
            or words[e - 1][1].endswith(",")
            for (k, n), e in zip(names[:-1], ends[:-1], strict=True)
        ):
            return []
        cuts: list[tuple[int, str]] = []
        for (k, n), e in zip(names, ends, strict=True):
            cuts.append((words[k][0] - 1, "\n"))  # (the first after the label too)
            if k + n < e:
                cuts.append((words[k + n][0] - 1, "\t"))  # the name, then its cells
                if k + n + 1 < e and self.lex.column(words[k + n][1]) == "deputy_member":
                    cuts.append((words[k + n + 1][0] - 1, "\t"))  # "varajäsen", then the rest
        return [(c, mark) for c, mark in cuts if 0 <= c < len(line) and line[c] == " "]

    def _surname_first_at(self, said: list[str]) -> int:
        """2 when the words begin with a surname and a first name ("Ek Aino"), else 0."""
        return (
            2
            if len(said) >= 2
            and self._run_name(said[0], said[1])
            and not said[1].endswith(",")
            and first_name(said[0]) is not False  # (a surname, perhaps also a first name)
            and first_name(said[1]) is not None
            else 0
        )

    def _first_name_first_at(self, said: list[str]) -> int:
        """The length of the name the words begin with, a first name (or two) and a surname
        ("Aino Ek", "Anna Maija Ek"), else 0."""
        if len(said) < 2 or first_name(said[0]) is None:
            return 0
        for n in (2, 3):
            if (
                len(said) >= n
                and self._run_name(said[n - 2], said[n - 1])
                and not said[n - 1].endswith(",")
                and first_name(said[n - 1]) is not False  # (a surname)
                and all(first_name(w) is not None for w in said[: n - 1])
            ):
                return n
        return 0

    def _deputies_after_run(self, words: list[tuple[int, str]], k: int) -> list[int]:
        """ "… Eva Berg Olli Salo Personlig ersättare Aki Puu Siv Lund Övriga: …" right after
        such a run: the deputies' column word (one or two words) and the names of two words
        after it, each on a line of its own; nothing unless two names follow the word."""
        for n in (2, 1):
            said = [w for _s, w in words[k : k + n]]
            if k + n > len(words) or not said[0][:1].isupper():
                continue
            if n == 2 and said[0].casefold() in ("personlig", "personliga"):
                said = said[1:]  # "Personlig ersättare": each member's own deputy
            if self.lex.column(" ".join(said)) == "deputy_member":
                break
        else:
            return []
        cuts: list[int] = []
        j = k + n
        while j + 1 < len(words) and self._run_name(words[j][1], words[j + 1][1]):
            if words[j + 1][1].endswith(","):
                break
            cuts.append(words[j][0] - 1)
            j += 2
        if len(cuts) < 2:
            return []
        if j < len(words):
            cuts.append(words[j][0] - 1)
            if words[j][1].endswith(":") and j + 1 < len(words):
                # "Övriga: A, kanslichef …": the next label alone on its line, a heading over
                # what follows it
                cuts.append(words[j + 1][0] - 1)
        return cuts

    def _run_name(self, first: str, second: str) -> bool:
        """Whether two words are a name in a run ("Aino Ek", "Bo Lind-Salo,"): both
        capitalised names' words, neither an office or a body."""
        word = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
        return (
            re.fullmatch(word, first) is not None
            and re.fullmatch(word + ",?", second) is not None
            and not any(
                self.lex.role_of(w.rstrip(",")) or self.lex.body_kind(w.rstrip(",").casefold())
                for w in (first, second)
            )
        )

    def spaced_cells(self, text: str) -> str:
        """A table of two columns flattened with runs of spaces, each cell "Post, Name"
        ("Ordförande, Aino Ek          Viceordförande, resekoordinator, Bo Lind"): the run of
        spaces between two such cells becomes a line break, each cell an entry of its own."""
        chars: list[str] | None = None
        pos = 0
        for line in text.split("\n"):
            gaps = list(re.finditer(r"[ \t]{4,}", line.strip() and line))
            cells = re.split(r"[ \t]{4,}", line)
            for k, gap in enumerate(gaps):
                if gap.start() == 0 or gap.end() == len(line):
                    continue  # an indent, trailing spaces
                left, right = cells[k].strip(), cells[k + 1].strip()
                if self._post_cell(left) and self._post_cell(right):
                    if chars is None:
                        chars = list(text)
                    chars[pos + gap.start()] = "\n"
            pos += len(line) + 1
        return text if chars is None else "".join(chars)

    def _post_cell(self, cell: str) -> bool:
        """ "Ordförande, Aino Ek", "Kassör och köksansvarig, Bo Lind", "IT ansvarig, Eva Berg":
        a post (a role, or a duty in a word or with words in lower case; never a name of
        capitalised words, "Aino Ek, Ekby": a person and a place) and a name after the last
        comma."""
        if not _POST_NAME_CELL.fullmatch(cell):
            return False
        post = re.split(r"\s+(?:och|samt)\s+", cell.split(",")[0].strip())[0]
        words = post.split()
        return (
            bool(self.lex.role_of(post))
            or len(words) == 1
            or any(w[:1].islower() for w in words[1:])
        )

    def column_name_runs(self, text: str) -> str:
        """A report's column of members or deputies run together into a long line with no
        separator, after a heading of the seat's word, perhaps with its body in the genitive
        ("… Styrelsens suppleanter Aino Ek Bo Lind Eva Berg VALBEREDNING …"): the heading and
        every name of two words go on a line of their own. Nothing changes unless three names
        or more follow the heading and a word in capitals or the line's end follows the last
        of them (a name of three words, which would pair the words wrong, leaves it alone)."""
        return _broken_at(text, self._column_run_breaks)

    def _column_run_breaks(self, line: str) -> list[int]:
        if len(line) < 150:
            return []
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]
        out: list[int] = []
        for k, (_s, w) in enumerate(words):
            if not re.fullmatch(r"[A-ZÅÄÖa-zåäö][a-zåäö]+", w) or self.lex.role_of(w) not in (
                "member",
                "deputy_member",
            ):
                continue
            head = k
            if (
                k > 0
                and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+s", words[k - 1][1])
                and self.lex.body_kind(words[k - 1][1][:-1].casefold())
            ):
                head = k - 1  # "Styrelsens suppleanter": the body's genitive
            if not words[head][1][:1].isupper():
                continue
            j = k + 1
            while j < len(words) and self._name_word(words[j][1]):
                j += 1
            names, odd = divmod(j - k - 1, 2)
            end = j == len(words) or re.fullmatch(r"[A-ZÅÄÖ]{3,}:?", words[j][1])
            if names < 3 or odd or not end:
                continue
            cuts = [words[x][0] - 1 for x in range(k + 1, j, 2)]
            if head > 0:
                cuts.append(words[head][0] - 1)
            if j < len(words):
                cuts.append(words[j][0] - 1)
            out += cuts
        return sorted(c for c in set(out) if 0 <= c < len(line) and line[c] == " ")

    def _name_word(self, word: str) -> bool:
        """Whether ``word`` may be a word of a person's name: capitalised, no role's or body's
        word."""
        return bool(
            re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?", word)
            and not self.lex.role_of(word)
            and not self.lex.body_kind(word.casefold())
        )

    def name_post_runs(self, text: str) -> str:
        """A board run together on one line, each name followed by its post ("STYRELSE Aino Ek
        ordförande Bo Lind 1:e vice ordförande Eva Berg sekreterare … Per Holm ledamot
        REVISORER …"): when the run begins with a name (after a heading in capitals or at the
        line's start) and ends with a post that no name follows, each post belongs to the
        name before it, and every "name post" goes on a line of its own (the spaces around
        the heading and after each post become line breaks). A run that ends with a name
        may as well be posts over names: left alone."""
        return _broken_at(text, self._post_run_breaks)

    def _post_run_breaks(self, line: str) -> list[int]:
        if len(line) < 80:
            return []
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]
        out: list[int] = []
        k = 0
        while k < len(words):
            pairs: list[tuple[int, int]] = []  # (first word of the post, last word of the post)
            j = k
            while (n := self._name_at(words, j)) and (p := self._post_at(words, j + n)):
                pairs.append((j + n, j + n + p - 1))
                j += n + p
            posts = [" ".join(w for _s, w in words[a : e + 1]) for a, e in pairs]
            officers = sum(self._officer_cell(re.sub(r"^\d:[ae] ", "", x)) for x in posts)
            if (
                len(pairs) >= _MIN_CELL_PAIRS
                and officers >= _MIN_CELL_OFFICERS
                and (k == 0 or re.fullmatch(r"[A-ZÅÄÖ]{3,}:?", words[k - 1][1]))
                and not self._name_at(words, j)
            ):
                if k > 0:
                    # the heading on a line of its own, then the first name
                    out += [words[k - 1][0] - 1, words[k][0] - 1]
                out += [words[e][0] + len(words[e][1]) for _a, e in pairs if e + 1 < len(words)]
                k = j
            else:
                k += 1
        return [c for c in out if 0 <= c < len(line) and line[c] == " "]

    def _name_at(self, words: list[tuple[int, str]], k: int) -> int:
        """The number of words of a name of two or three capitalised words at ``k``, or 0."""
        n = 0
        while (
            k + n < len(words)
            and n < 3
            and re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?", words[k + n][1])
        ):
            if self.lex.role_of(words[k + n][1]) or self.lex.body_kind(words[k + n][1].casefold()):
                break
            n += 1
        return n if n >= 2 else 0

    def _post_at(self, words: list[tuple[int, str]], k: int) -> int:
        """The number of words of a post in lower case at ``k`` ("ordförande", "1:e vice
        ordförande", "vice kassör", "ledamot"), or 0."""
        best = 0
        for n in range(1, 5):
            if k + n > len(words):
                break
            said = " ".join(w for _s, w in words[k : k + n])
            if re.fullmatch(r"\d:[ae]", said):
                continue  # "1:e", "2:a": the ordinal before a vice chair's post
            if not re.fullmatch(r"(?:\d:[ae] )?[a-zåäö][a-zåäö ]*", said):
                break
            bare = re.sub(r"^\d:[ae] ", "", said)
            if self.lex.role_of(bare) or bare.split()[-1] in (*TREASURER_WORDS, "ledamot"):
                best = n
        return best

    def name_role_cells(self, text: str) -> str:
        """A table of names and posts flattened to one cell a line ("Karl Berg" /
        "Ordförande" / "Anna Lund" / "Vice ordförande/programansvarig" / …): when the run of
        alternating name and post lines begins with a name and ends with a post, each post
        belongs to the name above it, and the line break between them becomes a comma
        ("Karl Berg,Ordförande"), an entry as any list writes it. A run that begins with a
        post or ends with a name is left alone (a post over its name is read as it stands);
        a column's name ("Ordinarie", "Ersättare") is no post and bounds the run."""
        lines = text.split("\n")
        kinds = [self._cell_kind(line) for line in lines]
        chars: list[str] | None = None
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        i = 0
        while i < len(lines):
            j = i
            while j + 1 < len(lines) and kinds[j] == "name" and kinds[j + 1] == "post":
                j += 2
            pairs = (j - i) // 2
            if (
                pairs >= _MIN_CELL_PAIRS
                and (i == 0 or kinds[i - 1] != "post")
                and (j >= len(lines) or kinds[j] != "name")
                and sum(self._officer_cell(lines[k]) for k in range(i + 1, j, 2))
                >= _MIN_CELL_OFFICERS
            ):
                if chars is None:
                    chars = list(text)
                for k in range(i, j, 2):
                    chars[starts[k + 1] - 1] = ","
            i = max(j, i + 1)
        return text if chars is None else "".join(chars)

    def _cell_kind(self, line: str) -> str:
        """ "name", "post" (a short line that names no person and no column), or ""."""
        said = line.strip()
        if not said:
            return ""
        if _NAME_LINE.fullmatch(line) and not any(
            self.lex.role_of(w) or self.lex.body_kind(w.casefold()) for w in said.split()
        ):
            return "name"
        if (
            len(said.split()) > 6
            or said.endswith((".", ":", ","))
            or not said[:1].isupper()
            or self.lex.column(said)
            or self.lex.role_of(said) in ("member", "deputy_member")
        ):
            return ""
        return "post"

    def _officer_cell(self, line: str) -> bool:
        """ "Ordförande", "Vice ordförande/programansvarig": an officer's post, perhaps with
        a duty after a slash or comma."""
        return self.lex.role_of(re.split(r"[/,]", line.strip())[0].strip()) in _OFFICERS

    def officers_on_one_line(self, text: str) -> str:
        """ "Ordförande: Aino Ek (S) 1:e vice ordförande: Bo Lind (M) 2:e vice ordförande: …"
        on one line: each "post: Name (PARTY)" on a line of its own, when a line holds two or
        more of them."""
        chars: list[str] | None = None
        pos = 0
        for line in text.split("\n"):
            cuts = [
                m.start()
                for m in _LABEL_AFTER_PARTY.finditer(line)
                if self.lex.role_of(m.group(1)) in _OFFICERS
            ]
            if len(cuts) >= 2 or (cuts and self._label_first(line)):
                if chars is None:
                    chars = list(text)
                for c in cuts:
                    chars[pos + c] = "\n"
            pos += len(line) + 1
        return text if chars is None else "".join(chars)

    def _label_first(self, line: str) -> bool:
        """Whether ``line`` begins with an officer's post and a colon."""
        m = re.match(r"\s*([^:]{3,30}):\s", line)
        return m is not None and self.lex.role_of(m.group(1)) in _OFFICERS

    def party_first(self, text: str) -> str:
        """List lines led by a party's abbreviation ("• S Meit Fohlin, Eskelhem"), the
        abbreviation and the bullet before it blanked out, when at least three lines of the
        text have that shape: the name then leads its line as in any list."""
        found = [
            m
            for m in _PARTY_FIRST.finditer(text)
            if not self.lex.role_of(m.group(2)) and not self._heading(text[m.end() :].split()[0])
        ]
        if len(found) < _MIN_PARTY_LINES or len({m.group(2) for m in found}) < 2:
            return text
        chars = list(text)
        for m in found:
            for i in range(m.start(), m.end()):
                if not chars[i].isspace():
                    chars[i] = " "
        return "".join(chars)

    def _pairs(self, text: str) -> str:
        if text.count("(") < _MIN_PAIRS:
            return text
        chars: list[str] | None = None
        pos = 0
        for line in text.split("\n"):
            breaks = self._breaks(line)
            if breaks:
                if chars is None:
                    chars = list(text)
                for b in breaks:
                    chars[pos + b] = "\n"
            pos += len(line) + 1
        return text if chars is None else "".join(chars)

    def _breaks(self, line: str) -> list[int]:
        """Positions of the spaces in ``line`` to become line breaks."""
        pairs = list(_PAIR.finditer(line))
        if len(pairs) < _MIN_PAIRS:
            return []
        out: list[int] = []
        for m in pairs:
            start = self._heading_before(line, m)
            if start is not None:
                if start > 0 and line[start - 1] == " ":
                    out.append(start - 1)  # the heading on a line of its own
                end = line.index(" ", start)
                out.append(end)
            end = m.end()
            rest = line[end:]
            post = self._post_after(rest)
            if post:
                end += post
            if end < len(line) and line[end] == " ":
                out.append(end)
        return sorted(set(out))

    def _heading_before(self, line: str, m: re.Match[str]) -> int | None:
        """The start of a heading word ("Ersättare", "Ledamöter") among the words read as the
        name before a pair, at least two words before the party; None when there is none. The
        name is then read without it (the heading on its own line)."""
        words = m.group(1).split(" ")
        pos = m.start()
        found = None
        for word in words[:-2]:
            if self._heading(word):
                found = pos
            pos += len(word) + 1
        return found

    def _heading(self, word: str) -> bool:
        return word[:1].isupper() and self.lex.role_of(word) in ("member", "deputy_member")

    def _post_after(self, rest: str) -> int:
        """The length of ", post" right after a pair ("), 1:e vice ordförande"), or 0."""
        if not rest.startswith(", "):
            return 0
        words = rest[2:].split(" ")
        best = 0
        for n in range(1, min(4, len(words)) + 1):
            phrase = " ".join(words[:n])
            if self.lex.role_of(phrase):
                best = 2 + len(phrase)
        return best


def _broken_at(
    text: str, breaks: Callable[[str], list[int]] | Callable[[str], list[tuple[int, str]]]
) -> str:
    """``text`` with a line break in place of each space ``breaks`` finds in one of its lines
    (the offsets within that line), or the mark it gives with the offset (a tab between a
    row's cells); the text itself when it finds none."""
    chars: list[str] | None = None
    pos = 0
    for line in text.split("\n"):
        for cut in breaks(line):
            at, mark = cut if isinstance(cut, tuple) else (cut, "\n")
            if chars is None:
                chars = list(text)
            chars[pos + at] = mark
        pos += len(line) + 1
    return text if chars is None else "".join(chars)


def _sort_key(word: str) -> str:
    """A surname as Finnish and Swedish order it: "å", "ä", "ö" after "z", "w" as "v", an
    accented letter as the letter ("Lindén" before "Lindskog", "ü" as "y")."""
    return word.casefold().translate(_SORT_LETTERS)


_SORT_LETTERS = str.maketrans(
    {"å": "{", "ä": "|", "ö": "}", "w": "v", "é": "e", "è": "e", "á": "a", "ü": "y", "ø": "}"}
)


__all__ = ["Unflattener"]

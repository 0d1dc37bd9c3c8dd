"""Rosters and election reports the sentence and list rules leave unread or read without a
body. In both languages: a committee's line ("Bokutskottet: Eva Ek (ordf.) Bo Lind, Anna
Berg.", "Hallitus: Aino Ek (pj), Bo Lind ja Eva Berg"), its names perhaps run together with
nothing but spaces between them, and a body's word right before three names or more that a page
turned from print ran together. In Swedish also: a board's run pairing each member with a
personal deputy in brackets ("Övriga styrelsemedlemmar är: Bo Lind, vice ordförande (suppl. Eva
Ek); Per Holm (suppl. Nils Ström); …"), a column of entries under a lead-in naming the board,
representatives named after "av", and an annual meeting's elections as a dash list or a table
flattened with runs of spaces. Each name of such a roster is read in the body the roster (or
the page) names; a seat another rule gave the same name without that body yields."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any, NamedTuple

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.findings import Finding, Walk
from hytegraph.authoring.extract.givennames import first_name
from hytegraph.authoring.extract.lexicon import TREASURER_WORDS
from hytegraph.authoring.extract.lists import CO_OPTED
from hytegraph.authoring.extract.mentions import NOT_DOUBLE_INITIALS, Mention
from hytegraph.authoring.extract.segment import end_at

#: The walker that calls this reader (``walker.Walker``), which imports this module: its type
#: is not imported back, so that the two stay free of an import cycle.
Walker = Any

_NAME_WORD = r"[A-ZÅÄÖ][a-zåäöéü][\w'\u00b4]*(?:-[A-ZÅÄÖ][\w'\u00b4]*)?"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}"
#: a name of a committee's line, perhaps with a surname's particle in lower case before its
#: last word ("Eva von Berg", "Bo af Ek")
_LINE_NAME = (
    rf"(?:{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
    rf"(?:[ \t]+(?:von|af|van|de)(?=[ \t]))?[ \t]+{_NAME_WORD}"
    # (or a double first name's initials before the surname: "KG Persson", "PG Lind")
    rf"|(?!(?:{'|'.join(sorted(NOT_DOUBLE_INITIALS))})\b)[A-ZÅÄÖ]{{2}}[ \t]{_NAME_WORD})"
)
#: "sammankallande Eva Ek": a committee's convener named so before the name, a member of it
_CONVENER_BEFORE = r"(?:(?:sammankallande|sammankallare)[ \t]+)?"
#: an entry of a committee's line: a name and perhaps its post or party in brackets
_ENTRY = rf"{_CONVENER_BEFORE}(?P<name>{_LINE_NAME})(?:[ \t]*\((?P<post>[^()\n]{{1,30}})\))?"
_ENTRY_RE = re.compile(_ENTRY)
#: between two entries: a comma, a semicolon or "och"; or nothing but a space after a bracket
_BETWEEN = (
    r"(?:[ \t]*[,;][ \t]*(?:(?:och|ja|sekä)[ \t]+)?|[ \t]+(?:och|ja|sekä)[ \t]+|(?<=\))[ \t]+)"
)
_BARE_ENTRY = rf"{_CONVENER_BEFORE}{_LINE_NAME}(?:[ \t]*\([^()\n]{{1,30}}\))?"
_ENTRIES = re.compile(rf"{_BARE_ENTRY}(?:{_BETWEEN}{_BARE_ENTRY})*")
#: "Konst- och kulturutskottet: …" / "Bokutskottet: …": a line led by a body's name
#: and a colon ("Ny styrelse: …", "Den nya styrelsen: …": the bare word after "new", too)
COMMITTEE_LINE = re.compile(
    # (a dash list's item: "- Resegruppen: Hanna Dalme och Sven-Eric Andersson")
    r"(?m)^[ \t]*(?:[-\u2013\u2022*][ \t]+)?(?P<new>(?:Den[ \t]+nya|Nya?|Nyvalda?)[ \t]+)?"
    # (two fields joined by "och", the hyphen left out: "Kultur och besöksnäringsgrupp")
    r"(?P<body>(?:[A-ZÅÄÖ][a-zåäöéèü]+-?[ \t]+och[ \t]+[a-zåäöéèü]+|"
    # ("Gruppen för hemsida och sociala medier": a group named by its task after "för")
    r"[A-ZÅÄÖ][a-zåäöéèü]+[ \t]+för[ \t]+[a-zåäöéèü][a-zåäöéèü \t-]{2,50}?|"
    # (a name's parts joined by a hyphen: "Anna-Gretakommittén", a committee named for someone)
    r"[A-ZÅÄÖ][a-zåäöéèü]+(?:-[A-ZÅÄÖ][a-zåäöéèü]+)*"
    r"|(?(new)[a-zåäö]+|(?!)))):"
    r"[ \t]*(?P<names>[^\n]+?)[ \t.]*$"
)
#: "Styrelsen 2022. Ordförande Aino Ek, kassör Bo Lind, Eva Berg och Per Holm.", "Styrelsen:
#: ordförande …": a line led by a body's name (and its year, then a full stop or a colon)
_OFFICER_LEAD_LINE = re.compile(
    r"(?m)^[ \t]*(?P<body>[A-ZÅÄÖ][a-zåäö]{3,})"
    r"(?:(?:[ \t]+(?:19|20)\d\d)?[ \t]*:|[ \t]+(?:19|20)\d\d[ \t]*\.)"
    r"[ \t]*(?P<items>[^\n]+?)[ \t]*\.?[ \t]*$"
)
#: "SRFs styrelse 2011 Aino Ek, Bo Lind och Eva Berg.": a line led by a body's word (perhaps
#: an owner's name in the genitive before it) and a year, then the names with no colon
_YEAR_BODY_LINE = re.compile(
    r"(?m)^[ \t]*(?:[A-ZÅÄÖ][\w-]*s[ \t]+)?(?P<body>[A-ZÅÄÖa-zåäö][a-zåäö]{3,})"
    r"[ \t]+(?:19|20)\d\d(?:[-\u2013/](?:19|20)?\d\d)?[ \t]+"
    r"(?P<items>[A-ZÅÄÖ][^\n]+?)[ \t]*\.?[ \t]*$"
)
#: between two items of such a line: a comma, or "och" before the last
_ITEM_BETWEEN = re.compile(r"[ \t]*,[ \t]*(?:och[ \t]+)?|[ \t]+och[ \t]+")
_FULL_NAME = re.compile(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}")
#: "Övriga medlemmar är: Bo Lind, Eva Berg och Per Holm.": the rest of a board's members, the
#: board named by the seats read just before in the same paragraph
_OTHER_MEMBERS = re.compile(
    rf"(?<![\w-])[Öö]vriga[ \t]+(?:medlemmar|ledamöter)(?:[ \t]+är)?[ \t]*:?[ \t]+"
    rf"(?P<names>{_NAME}(?:(?:[ \t]*,[ \t]*(?:och[ \t]+)?|[ \t]+och[ \t]+){_NAME})+)"
    r"[ \t]*(?:\.|$)",
    re.M,
)
#: "(S)", "(MP)", "(-)": a party's abbreviation after a name
_PARTY = re.compile(r"[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]{0,2}|-")
#: "(kesk.)", "(sd)", "(vihr.)": a Finnish party's abbreviation in small letters after a name
_FI_PARTY = re.compile(r"[a-zåäö]{2,5}\.?")
#: nominating committees and auditors name no seats the page's facts record
_NO_ROSTER = re.compile(r"(?i)valbered\w*|revisor\w*|revision\w*")
#: auditors name no seats; a nominating committee's line does ("Valberedning: …")
_NO_COMMITTEE_LINE = re.compile(r"(?i)revisor\w*|revision\w*|(?:tili|toiminnan)tarkastaj\w*")
#: "…, nyval tre år", "…, omval 2 år": an election's term after the names of a body's line
_ELECTION_TERM = re.compile(
    r"[ \t]*,[ \t]*(?:om|ny|fyllnads)val[ \t]+(?:ett|två|tre|fyra|[1-4])[ \t]+år[ \t.]*$"
)
#: "(sk)", "(sammankallande)": a committee's convener, a member of it
_CONVENER = re.compile(r"(?i)sk|sammankallande|sammank\.?|sammankallare")

#: "Övriga styrelsemedlemmar är:", "Styrelseledamöter:": a board's members named by a compound
#: of the body's word, then a colon
_BOARD_CUE = re.compile(
    r"(?P<other>[Öö]vriga[ \t]+)?(?P<body>[Ss]tyrelse)(?:medlemmar|ledamöter)(?:[ \t]+är)?[ \t]*:"
)
#: "Bo Lind, vice ordförande (suppl.Eva Ek)" / "Per Holm (suppl. Nils Ström)": a member, perhaps
#: a post after a comma, and a personal deputy in brackets
_PAIRED = re.compile(
    rf"(?P<name>{_NAME})(?:,[ \t]*(?P<post>[a-zåäö][a-zåäö. ]{{1,25}}?))?[ \t]*"
    rf"\((?:suppl|suppleant|ers|ersättare|pers\.[ \t]*ers)\.?[ \t]*(?P<deputy>{_NAME})\)"
)
_PAIRED_BETWEEN = re.compile(r"[ \t]*[,;]?[ \t]*")
#: "Bo Lind blev vald till ny ordförande.": an officer elected, the body left unsaid
_ELECTED_OFFICER = re.compile(
    rf"(?P<name>{_NAME})[ \t]+(?:blev[ \t]+|har[ \t]+blivit[ \t]+)?(?:om|ny)?vald(?:es)?"
    r"[ \t]+(?:till|som)[ \t]+(?:ny[ \t]+)?(?P<post>[a-zåäö]+(?:[ \t]+[a-zåäö]+)?)[ \t]*[.,]"
)


def read_rosters(walker: Walker, text: str, out: Walk) -> None:
    """Read the rosters and election reports of ``text`` into ``out``."""
    _body_word_runs(walker, text, out)
    _committee_lines(walker, text, out)
    if walker.lex.lang != "sv":
        return
    _officer_lead_lines(walker, text, out)
    _year_body_lines(walker, text, out)
    _other_members(walker, text, out)
    _paired_board_runs(walker, text, out)
    _list_under_lead_in(walker, text, out)
    _election_dash_lines(walker, text, out)
    _election_outcome_rows(walker, text, out)
    _represented_in(walker, text, out)
    _own_chair(walker, text, out)
    _report_heading_runs(walker, text, out)
    _elected_with_posts_after(walker, text, out)


def _seat(
    out: Walk, name: tuple[int, int, str], role: str, body: Mention, span: tuple[int, int], rule
) -> None:
    """``name`` (start, end, written) holds ``role`` in ``body``: a seat another rule gave the
    same span with no body, or in another body, yields; one in this body stays."""
    start, end, written = name
    read = [
        f
        for f in out.findings
        if f.kind == "membership" and f.actor.start < end and start < f.actor.end
    ]
    if any(f.status for f in read):
        return  # an applicant, a past seat: another rule's reading of the name stands
    keep = [f for f in read if f.target is not None and f.target.name == body.name]
    if keep and all(f.role == role for f in keep):
        return
    # "Testilän Soutuseuran hallitus" read for the name already, the line's bare "Hallitus" the
    # same board named short
    fuller = [
        f
        for f in read
        if f.target is not None
        and len(f.target.name.split()) > 1
        and f.target.name.casefold().split()[-1] == body.name.casefold()
    ]
    if fuller and all(f.role == role for f in fuller):
        return
    out.findings = [f for f in out.findings if all(f is not r for r in read)]
    actor = Mention(start, end, written, written, "person", 0.6, "nom")
    out.findings.append(Finding("membership", actor, role, body, span, 0.6, rule))


#: A heading over bodies' lines that says whose representatives sit in them ("Nuorisovaltuuston
#: edustus kaupunginvaltuustossa ja lautakunnissa", "Föreningens representanter i …")
#: (not a body of representatives: "Representantskapet 2018-2021", "Edustajisto")
_REPRESENTATION_HEADING = re.compile(
    r"(?i)(?<![\w-])(?:\w*edustus|\w*edustukse(?:n|sta|ssa)|"
    r"edustaj(?:a|at|ana|ina|ien|amme|illa|ille|ilta|iksi)|"
    r"representant(?:er|erna)?|representation(?:en)?)(?![\w-])"
)


def _under_representation(text: str, at: int) -> bool:
    """Whether the line at ``at`` stands in a block of "Body: names" lines under a heading
    that says the names represent someone there: one of the two lines above the block
    ("Lautakuntaedustus:" / "Nuorisovaltuuston edustajilla on puhe- ja läsnäolo-oikeus …")."""
    end = text.rfind("\n", 0, at)
    seen = 0
    while end > 0 and seen < 2:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        head, colon, rest = line.partition(":")
        if not line or (colon and rest.strip() and len(head) < 60):
            continue  # a blank line, or another "Body: names" line of the block
        seen += 1
        if len(line.split()) <= 16 and _REPRESENTATION_HEADING.search(line) is not None:
            return True
    return False


class _Entry(NamedTuple):
    """A name of a roster's line: where it begins in the line's names, as written, and the
    post or party in brackets after it."""

    start: int
    name: str
    post: str | None


def _first_name(walker: Walker, word: str) -> bool:
    """A first name as the word-form reader or the list of first names knows it ("Ville",
    "Per-Olof": each part of a double name)."""
    return all(
        m.FIRST_NAME in walker.reader.word_classes(part) or first_name(part) is not None
        for part in word.split("-")
    )


def _no_first_name(walker: Walker, word: str) -> bool:
    """A capitalised word that can be a surname: not a first name only ("Männistö", "Heino"
    also a surname; not "Antti")."""
    if not re.fullmatch(_NAME_WORD, word):
        return False
    classes = walker.reader.word_classes(word)
    listed = first_name(word)
    if listed is True or m.SURNAME in classes:
        return True
    return listed is None and m.FIRST_NAME not in classes


def _unrun(walker: Walker, start: int, name: str, post: str | None) -> list[_Entry]:
    """One entry, or the names a line ran together with nothing but spaces between them
    ("Airi Männistö Antti Mikkola", "Per-Olof Holm Ellinor Broms"): four words or more that
    pair off as a first name and a word that is no first name only, every pair; the post in
    brackets after the run is its last name's."""
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", name)]
    if len(words) < 4 or len(words) % 2:
        return [_Entry(start, name, post)]
    for k in range(0, len(words), 2):
        if not (_first_name(walker, words[k][1]) and _no_first_name(walker, words[k + 1][1])):
            return [_Entry(start, name, post)]
    out = []
    for k in range(0, len(words), 2):
        a, b = words[k][0], words[k + 1][0] + len(words[k + 1][1])
        out.append(_Entry(start + a, name[a:b], post if k + 2 == len(words) else None))
    return out


#: What parts the names of a roster's line: a post in brackets, a comma, a semicolon, "och",
#: "ja" or "sekä".
_ENTRY_END = re.compile(
    r"[ \t]*(?:\((?P<post>[^()\n]{1,30})\)|[,;]|[ \t](?:och|ja|sekä)(?=[ \t]))[ \t]*"
)


def _spaced_entries(walker: Walker, names: str) -> list[_Entry] | None:
    """The names of a line that ran some of them together with nothing but spaces between
    ("Ville Markkula (vpj) Arto Vuorenniemi (vpj) Airi Männistö Antti Mikkola"), each stretch
    between the posts and separators read by :func:`_unrun`; None unless every stretch is
    names."""
    out: list[_Entry] = []
    pos = 0
    for sep in [*_ENTRY_END.finditer(names), None]:
        end = sep.start() if sep is not None else len(names)
        chunk = names[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip()
        post = sep.group("post") if sep is not None else None
        if chunk:
            pieces = _unrun(walker, pos + lead, chunk, post)
            if len(pieces) < 2 and not re.fullmatch(_LINE_NAME, chunk):
                return None  # a stretch that is neither one name nor names run together
            out += pieces
        elif post is not None or (sep is None and not out):
            return None  # a post with no name before it, or no name at all
        if sep is None:
            break
        pos = sep.end()
    return out if len(out) >= 2 else None


#: Three capitalised pairs of words or more with nothing but spaces (or an office in brackets)
#: between them: where a page turned from print ran a body's names together.
_PAIRS_RUN = re.compile(
    r"(?:[A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ][\w'-]+(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+){2,}"
    r"[A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ][\w'-]+"
)
#: The body's word right before such a run (perhaps with a colon): "… ry:n johtokunta ".
_WORD_BEFORE_RUN = re.compile(r"(?<![\w-])([\w-]{4,})[ \t]*:?[ \t]+$")
#: A name of such a run: a first name and one word more, perhaps an office in brackets after.
_RUN_PAIR = re.compile(
    r"(?P<first>[A-ZÅÄÖ][\w'-]+)[ \t]+(?P<last>[A-ZÅÄÖ][\w'-]+)"
    r"(?:[ \t]*\((?P<post>[^()\n]{1,30})\))?[ \t]*"
)


def _body_word_runs(walker: Walker, text: str, out: Walk) -> None:
    """ "Suomen Säveltäjät ry:n johtokunta Tapio Tuomela ( puheenjohtaja) Antti Auvinen (
    varapuheenjohtaja) Veli-Matti Puumala Harri Suilamo Johan Tallgren Taitto …": a body's word
    in the nominative right before three names or more that a page run together, each a first
    name and a word that is no first name only; the run ends at the first pair that is no
    name, an office in brackets is its name's, the others are members."""
    for run in _PAIRS_RUN.finditer(text):
        before = _WORD_BEFORE_RUN.search(text, max(0, run.start() - 60), run.start())
        if before is None:
            continue
        word = before.group(1)
        low = word.casefold()
        if not walker._seat_body_word(word) or _NO_COMMITTEE_LINE.fullmatch(low):
            continue
        if walker.lex.lang == "sv" and low.endswith("s") and walker.lex.body_kind(low[:-1]):
            continue  # "styrelsens": the board's, a genitive
        seats: list[tuple[int, int, str]] = []  # each name's span and role
        pos = last = run.start()
        while (pair := _RUN_PAIR.match(text, pos, run.end())) is not None:
            if not (
                _first_name(walker, pair.group("first"))
                and _no_first_name(walker, pair.group("last"))
            ):
                break
            post = (pair.group("post") or "").strip()
            role = walker.lex.role_of(post) if post else "member"
            if role not in ("chair", "vice_chair", "secretary", "member"):
                break  # "(suppl.)", "(kansliet)": no seat of the body's own
            seats.append((pair.start("first"), pair.end("last"), role))
            last = pair.end("post") if post else pair.end("last")
            pos = pair.end()
        if len(seats) < 3:
            continue
        name = word.capitalize() if word.isupper() else word[:1].upper() + word[1:]
        body = Mention(before.start(1), before.end(1), word, name,
                       walker.lex.body_kind(low) or "body", 0.7)  # fmt: skip
        span = (before.start(1), last)
        for start, end, role in seats:
            name_at = (start, end, " ".join(text[start:end].split()))
            _seat(out, name_at, role, body, span, "name-pairs-run")


def _committee_lines(walker: Walker, text: str, out: Walk) -> None:
    """ "Bokutskottet: Eva Ek (ordf.) Bo Lind, Anna Berg.": a line led by a body's name
    and a colon, then nothing but names (a post or a party in brackets after one): each name
    bracketed with a post holds it, the others are members."""
    lines = [
        mt
        for mt in COMMITTEE_LINE.finditer(text)
        if not _NO_COMMITTEE_LINE.fullmatch(head := walker._head_of(mt.group("body")))
        and walker._seat_body_word(head)
    ]
    # "Festkommitté: Bo Lind." / "Byggkommitté: Eva Ek." / "Fiskekommitté: Per Holm.": three
    # committees' lines or more one under another (blank lines between them allowed), each
    # naming its convener alone: a list of the committees, each name a member of its own
    alone: set[int] = set()
    run: list[re.Match[str]] = []
    for mt in [*lines, None]:
        if mt is not None and (not run or not text[run[-1].end() : mt.start()].strip()):
            run.append(mt)
            continue
        if len(run) >= 3:
            alone.update(r.start() for r in run)
        run = [mt] if mt is not None else []
    for mt in lines:
        word = mt.group("body")
        head = walker._head_of(word)  # ("Gruppen för hemsida …": the word before "för")
        names = mt.group("names")
        term = _ELECTION_TERM.search(names)
        if term is not None:
            # "Valberedning: Anders Ek, nyval tre år.": an election to the body, its term
            # after the names; one name is enough
            names = names[: term.start()]
        if _ENTRIES.fullmatch(names):
            entries = [
                piece
                for e in _ENTRY_RE.finditer(names)
                for piece in _unrun(walker, e.start("name"), e.group("name"), e.group("post"))
            ]
        elif (spaced := _spaced_entries(walker, names)) is not None:
            entries = spaced
        else:
            continue
        if len(entries) < 2 and mt.start() not in alone and term is None:
            continue
        seats = []
        for e in entries:
            post = (e.post or "").strip()
            role = "member"
            if post and walker.lex.lang == "fi":
                # "(pj)", "(siht.)" an office; "(kesk.)", "(SDP)" a party: a member
                role = walker.lex.role_of(post) or (
                    "member" if _PARTY.fullmatch(post) or _FI_PARTY.fullmatch(post) else ""
                )
            elif post and not _PARTY.fullmatch(post) and not _CONVENER.fullmatch(post):
                role = walker.lex.role_of(post) or ""
            if role not in ("chair", "vice_chair", "secretary", "member"):
                break  # "(suppl.)", "(sammankallande)", a place: not a committee's roster
            if any(walker.lex.body_kind(w.casefold()) or walker._org_word(w)
                   for w in e.name.split()):  # fmt: skip
                break
            seats.append((e, role))
        else:
            if _under_representation(text, mt.start()):
                # "Kaupunginvaltuusto: A ja B" under "Nuorisovaltuuston edustus …": who speak
                # for another body there, not its members
                seats = [(e, "representative") for e, _role in seats]
            name = word[:1].upper() + word[1:]
            kind = walker.lex.body_kind(head.casefold()) or "body"
            body = Mention(mt.start("body"), mt.end("body"), word, name, kind, 0.7)
            base = mt.start("names")
            for e, role in seats:
                span = (base + e.start, base + e.start + len(e.name), e.name)
                _seat(out, span, role, body, (mt.start(), mt.end()), "committee-line")


def _officer_lead_lines(walker: Walker, text: str, out: Walk) -> None:
    """ "Styrelsen 2022. Ordförande Aino Ek, Vice ordf Bo Lind, kassör Eva Berg, Per Holm,
    Siv Lund och Nils Ström.": a line led by a board's name (its year and a full stop, or a
    colon), then items parted by commas and "och", the first ones a post's label before a
    name ("Ledamot i AU Olle Salo": a member's seat in a working committee), the rest bare
    names: each labelled name holds its post (a treasurer a member's seat), each bare name
    is a member. Nothing is read unless every item is such a name, an officer's label leads
    the list and two bare names or more follow the labelled ones."""
    for mt in _OFFICER_LEAD_LINE.finditer(text):
        word = mt.group("body")
        if _NO_ROSTER.fullmatch(word) or not walker._seat_body_word(word):
            continue
        items = mt.group("items")
        base = mt.start("items")
        seats: list[tuple[int, int, str, str]] = []
        bare = 0
        for s, e in _item_spans(items):
            seat = _labelled_item(walker, items[s:e])
            if seat is None or (seat[3] and bare):
                seats = []
                break  # not a name, or a label after the bare names: not such a line
            bare += not seat[3]
            seats.append((base + s + seat[0], base + s + seat[1], seat[2], seat[3]))
        labelled = [x for x in seats if x[3]]
        if bare < 2 or not labelled or labelled[0][2] not in ("chair", "vice_chair"):
            continue
        kind = walker.lex.body_kind(word.casefold()) or "body"
        body = Mention(mt.start("body"), mt.end("body"), word, word, kind, 0.7)
        for start, end, role, _ in seats:
            span = (start, end, text[start:end])
            _seat(out, span, role, body, (mt.start(), mt.end()), "officer-lead-line")


def _year_body_lines(walker: Walker, text: str, out: Walk) -> None:
    """ "SRFs styrelse 2011 Aino Ek, Bo Lind, Eva Berg och Per Holm.": a line led by a body's
    word and a year (no colon, no full stop between), then three names or more parted by
    commas and "och" and nothing else: each name is a member of that body. Nothing is read
    when any item is not a bare name of two or three words."""
    for mt in _YEAR_BODY_LINE.finditer(text):
        word = mt.group("body")
        if _NO_ROSTER.fullmatch(word) or not walker._seat_body_word(word):
            continue
        items = mt.group("items")
        base = mt.start("items")
        spans = _item_spans(items)
        if len(spans) < 3 or not all(
            _FULL_NAME.fullmatch(items[s:e])
            and not any(
                walker.lex.role_of(w) or walker.lex.body_kind(w.casefold()) or walker._org_word(w)
                for w in items[s:e].split()
            )
            for s, e in spans
        ):
            continue
        name = word[:1].upper() + word[1:]
        kind = walker.lex.body_kind(word.casefold()) or "body"
        body = Mention(mt.start("body"), mt.end("body"), word, name, kind, 0.6)
        officers = {
            f.actor.name
            for f in out.findings
            if f.kind == "membership"
            and not f.status
            and f.role in ("chair", "vice_chair", "secretary")
            and f.target is not None
            and f.target.name.casefold().split()[-1].startswith(word.casefold())
        }
        for s, e in spans:
            if items[s:e] in officers:
                continue  # ("Ordförande Aino Ek hälsar välkommen": the office of the same board)
            span = (base + s, base + e, items[s:e])
            _seat(out, span, "member", body, (mt.start(), mt.end()), "year-body-line")


def _other_members(walker: Walker, text: str, out: Walk) -> None:
    """ "Styrelsen består av: Aino Ek, ordförande, Bo Lind, kassör. Övriga medlemmar är: Per
    Holm, Eva Berg och Siv Lund.": after seats read in one body, "the other members" named in
    the same paragraph are members of it. Left alone when no seat of the paragraph precedes
    the words, or the seats before them are in more than one body."""
    for mt in _OTHER_MEMBERS.finditer(text):
        para = max(text.rfind("\n\n", 0, mt.start()), 0)
        before = [
            f
            for f in out.findings
            if f.kind == "membership"
            and not f.status
            and f.target is not None
            and para <= f.actor.start < mt.start()
        ]
        bodies = {f.target.name for f in before}
        if len(bodies) != 1:
            continue
        body = before[-1].target
        base = mt.start("names")
        for e in re.finditer(_NAME, mt.group("names")):
            words = e.group().split()
            if any(walker.lex.body_kind(w.casefold()) or walker._org_word(w) for w in words):
                break
            span = (base + e.start(), base + e.end(), e.group())
            _seat(out, span, "member", body, (mt.start(), mt.end()), "other-members")


def _item_spans(items: str) -> list[tuple[int, int]]:
    """Where each item of a run parted by commas and "och" begins and ends in ``items``."""
    cuts = [(0, 0)] + [(m.start(), m.end()) for m in _ITEM_BETWEEN.finditer(items)]
    cuts.append((len(items), len(items)))
    return [(s, e) for (_, s), (e, _) in pairwise(cuts)]


def _labelled_item(walker: Walker, item: str) -> tuple[int, int, str, str] | None:
    """An item of :func:`_officer_lead_lines`: (start, end) of its name, its role and its
    label ("" for a bare name); None for anything else."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", item)]
    for n in range(0, min(4, len(words) - 1)):
        rest = item[words[n][0] :]
        if not _FULL_NAME.fullmatch(rest):
            continue
        label = " ".join(w for _, w in words[:n])
        if not n:
            if any(walker.lex.role_of(w) or walker.lex.body_kind(w.casefold()) for _, w in words):
                continue  # "Ordförande Aino Ek": a label, not a name's first word
            return words[0][0], len(item), "member", ""
        role = walker.lex.role_of(label)
        if role is None and label.casefold() in TREASURER_WORDS:
            role = "member"
        if role is None and n >= 3 and words[1][1] == "i":
            role = walker.lex.role_of(words[0][1])  # "Ledamot i AU": a member's seat
            role = role if role == "member" else None
        if role not in ("chair", "vice_chair", "secretary", "member"):
            return None
        return words[n][0], len(item), role, label
    return None


def _paired_board_runs(walker: Walker, text: str, out: Walk) -> None:
    """ "Övriga styrelsemedlemmar är: Bo Lind, vice ordförande (suppl.Eva Ek); Per Holm
    (suppl. Nils Ström) …": each name before a bracket is a member of the board (or holds the
    post after its comma), each name in a bracket a deputy. After "Övriga" ("the others"), an
    officer the paragraph elected just before ("Ola Ek blev vald till ny ordförande.") holds
    that post in the same board."""
    for cue in _BOARD_CUE.finditer(text):
        pos = cue.end()
        pairs = []
        while True:
            gap = _PAIRED_BETWEEN.match(text, pos)
            pm = _PAIRED.match(text, gap.end())
            if pm is None or "\n\n" in text[pos : pm.start()]:
                break
            pairs.append(pm)
            pos = pm.end()
        if len(pairs) < 2:
            continue
        word = cue.group("body")
        body = Mention(
            cue.start("body"), cue.end("body"), word, word[:1].upper() + word[1:],
            walker.lex.body_kind(word.casefold()) or "body", 0.7,
        )  # fmt: skip
        span = (cue.start(), pos)
        for pm in pairs:
            post = (pm.group("post") or "").strip()
            role = walker.lex.role_of(post) if post else "member"
            if role not in ("chair", "vice_chair", "secretary", "member"):
                role = "member"  # "kassör", "sekreterare och kassör": a member with a duty
            name = (pm.start("name"), pm.end("name"), pm.group("name"))
            _seat(out, name, role, body, span, "paired-board-run")
            deputy = (pm.start("deputy"), pm.end("deputy"), pm.group("deputy"))
            _seat(out, deputy, "deputy_member", body, span, "paired-board-run")
        if cue.group("other") is None:
            continue
        para = text.rfind("\n\n", 0, cue.start()) + 1
        for om in _ELECTED_OFFICER.finditer(text, para, cue.start()):
            role = walker.lex.role_of(om.group("post"))
            if role in ("chair", "vice_chair", "secretary"):
                name = (om.start("name"), om.end("name"), om.group("name"))
                _seat(out, name, role, body, (om.start(), cue.end()), "paired-board-run")


#: "Vad gäller styrelsen valdes följande personer:": a lead-in line
#: naming the body the list under it fills
_LEAD_IN = re.compile(r"(?m)^[^\n]*\bföljande\b[^\n]*:[ \t]*$")


def _list_under_lead_in(walker: Walker, text: str, out: Walk) -> None:
    """ "Vad gäller styrelsen valdes följande personer:" / "Eva Ek,
    ordförande" / "Bo Lind, ord. ledamot" / …: list entries read with no body, on the lines
    right under a lead-in line that says "följande" and names one body with seats (and no
    nominating committee or auditor), one entry a line, hold their seats in that body."""
    for mt in _LEAD_IN.finditer(text):
        words = [
            (w.start(), w.end(), w.group())
            for w in re.finditer(r"[\wåäöÅÄÖ-]+", mt.group())
            if walker._seat_body_word(w.group())
        ]
        if len(words) != 1 or _NO_ROSTER.search(mt.group()):
            continue
        start, end, word = words[0]
        stop = end_at(text, mt.end() + 1, "\n\n")
        under = [
            f
            for f in out.findings
            if f.kind == "membership"
            and mt.end() < f.actor.start < stop
            and f.target is None
            and not f.status
            and f.rule == "list-entry"
        ]
        lines = {text.rfind("\n", 0, f.actor.start) for f in under}
        if len(under) < 2 or len(lines) != len(under):
            continue  # a column of entries, one a line (a run on one line: the run's rules')
        body = Mention(
            mt.start() + start, mt.start() + end, word, word[:1].upper() + word[1:],
            walker.lex.body_kind(word.casefold()) or "body", 0.7,
        )  # fmt: skip
        for f in under:
            f.target = body


#: a Swedish body's head word, bare or definite ("styrelsen", "Kulturrådet", "arbetsgruppen")
_BODY_HEAD = re.compile(
    r"(?i)[\wåäö-]*(?:styrelse|nämnd|råd|utskott|kommitté|grupp)(?:n|en|et|ens|ets)?"
)
#: a dash or bullet list's line that reports an election: a re-election, a new election, a
#: seat with years left, a successor
_ELECTION_LINE = re.compile(
    r"(?m)^[ \t]*[–—•-][ \t]*(?P<line>[^\n]*\b(?:[Oo]mval|[Nn]yval|[Oo]mvald[a-z]*|"  # noqa: RUF001
    r"[Nn]yvald[a-z]*|år[ \t]+kvar|efterträder)\b[^\n]*)$"
)
_DASH_LINE = re.compile(r"(?m)^[ \t]*[–—•-][ \t]*[^\n]*$")  # noqa: RUF001
#: "Name (kassör)", "Name (som blir lokalansvarig)", "Name (vice ordförande)": a name and its
#: duty in brackets
_WITH_DUTY = re.compile(rf"(?P<name>{_NAME})[ \t]*\((?:som[ \t]+blir[ \t]+)?(?P<duty>[^()\n]+)\)")
#: "A efterträder B som ordförande": the successor holds the post
_SUCCEEDS = re.compile(
    rf"(?P<name>{_NAME})[ \t]+efterträder[ \t]+{_NAME}[ \t]+som[ \t]+"
    r"(?P<post>[a-zåäö]+(?:[ \t]+[a-zåäö]+)?)\b"
)


def _page_board(walker: Walker, text: str) -> Mention | None:
    """The one body with seats a page names ("styrelsen beviljades ansvarsfrihet"), its
    nominating committee and auditors aside; None when it names none or two."""
    heads = {}
    for w in re.finditer(r"[\wåäöÅÄÖ-]+", text):
        word = w.group()
        if not _BODY_HEAD.fullmatch(word) or _NO_ROSTER.fullmatch(word):
            continue
        if walker._seat_body_word(word):
            base = re.sub(r"(?:en|et|n)$", "", word.casefold())
            heads.setdefault(base, w)
    if len(heads) != 1:
        return None
    (w,) = heads.values()
    word = w.group()
    return Mention(
        w.start(), w.end(), word, word[:1].upper() + word[1:],
        walker.lex.body_kind(word.casefold()) or "body", 0.7,
    )  # fmt: skip


def _election_dash_lines(walker: Walker, text: str, out: Walk) -> None:
    """ "- Omval på 2 år för Eva Ek (kassör) och Bo Lind (redaktör)" / "- Ett år kvar har
    Per Holm (vice ordförande)" / "- Anna Berg efterträder Olle Ström som ordförande (på 1
    år)": a dash list reporting an annual meeting's elections, each name with its duty in
    brackets, in a page that names one body with seats (its board, say in the discharge):
    each name holds the post its bracket names in that body, a duty of its own ("kassör",
    "lokalansvarig") a member's seat. A line about auditors or the nominating committee, a
    page naming two bodies or none: nothing is read."""
    lines = list(_ELECTION_LINE.finditer(text))
    if len(lines) < 2:
        return
    body = _page_board(walker, text)
    if body is None:
        return
    # the list's other lines (an auditor's, the nominating committee's, an outgoing
    # officer's): no seat, nor a guess at one
    first = text.rfind("\n", 0, lines[0].start()) + 1
    for dash in _DASH_LINE.finditer(text, first):
        if dash.start() > lines[-1].end() + 400:
            break
        out.no_seat.append(dash.span())
    for mt in lines:
        line = mt.group("line")
        if _NO_ROSTER.search(line):
            continue
        base = mt.start("line")
        seats = []
        for sm in _SUCCEEDS.finditer(line):
            role = walker.lex.role_of(sm.group("post"))
            if role in ("chair", "vice_chair", "secretary"):
                seats.append((sm.start("name"), sm.end("name"), sm.group("name"), role))
        for dm in _WITH_DUTY.finditer(line):
            duty = dm.group("duty").strip()
            role = walker.lex.role_of(duty)
            if role is None and re.fullmatch(r"[a-zåäö]+(?:-[a-zåäö]+)?", duty):
                role = "member"  # a duty of its own: "kassör", "redaktör", "lokalansvarig"
            if role in ("chair", "vice_chair", "secretary", "member"):
                seats.append((dm.start("name"), dm.end("name"), dm.group("name"), role))
        for s, e, written, role in seats:
            # "Nyval på ett år: Eva Ek (ledamot)": the words before the name are no part of it
            name = re.search(rf"{_NAME}$", written)
            if name is None:
                continue
            s += name.start()
            _seat(out, (base + s, base + e, name.group()), role, body, (mt.start(), mt.end()),
                  "election-dash-line")  # fmt: skip


#: "Ordförande för år 2021      Omval         Eva Ek.": a table's row flattened, the post (and
#: its term), the election's outcome and the name apart by runs of spaces
_OUTCOME_ROW = re.compile(
    rf"(?m)^[ \t]*(?P<label>[A-ZÅÄÖ][^\n]*?)[ \t]{{2,}}(?:[Oo]mval|[Nn]yval|[Vv]ald[ \t]+\d{{4}})"
    rf"[ \t]{{2,}}(?P<name>{_NAME})\.?[ \t]*$"
)
#: "Ordinarie ledamot: Eva Ek        omval" / "          Bo Lind        nyval": a column's
#: label (or the label of the rows above) and a name, then the election's outcome
_NAME_THEN_OUTCOME = re.compile(
    rf"^[ \t]*(?:(?P<label>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?)[ \t]*:)?[ \t]*(?P<name>{_NAME})"
    r"[ \t]+(?:omval|nyval)[ \t]*$"
)


_ANNUAL_MEETING = re.compile(r"(?i)årsmöte")
_ATTENDANCE = re.compile(r"(?m)^[ \t]*Närvarande[ \t]*:[^\n]*$")


def _post_of(walker: Walker, label: str) -> str | None:
    """The seat a row's label names ("Ordförande för år 2021", "Ledamot för 2021-2022",
    "Suppleant"), its term aside; None for an auditor's, a contact's or a place's row."""
    if _NO_ROSTER.search(label):
        return None
    label = re.split(r"[ \t]+(?:för|på)\b|[ \t]+\d", label.strip(), maxsplit=1)[0]
    role = walker.lex.role_of(label)
    if role in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
        return role
    return None


def _election_outcome_rows(walker: Walker, text: str, out: Walk) -> None:
    """An annual meeting's elections as a table flattened with runs of spaces: "Ordförande för
    år 2021      Omval         Eva Ek." rows, or a column's label over its rows "Ordinarie
    ledamot: Bo Lind        omval" / "          Per Holm     nyval" / "Suppleant:    Anna
    Berg     nyval": each name holds the post of its row's label (a row with no label under a
    labelled one, the label above) in the one body with seats the page names. An auditor's, a
    contact's or a place's row, or a row with no label: nothing is read."""
    rows: list[tuple[int, int, str, str, tuple[int, int]]] = []
    for mt in _OUTCOME_ROW.finditer(text):
        role = _post_of(walker, mt.group("label"))
        if role:
            rows.append((mt.start("name"), mt.end("name"), mt.group("name"), role, mt.span()))
    label = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue  # a blank line between a column's rows keeps its label
        mt = _NAME_THEN_OUTCOME.match(line)
        if mt is None:
            label = None
            continue
        if mt.group("label"):
            label = _post_of(walker, mt.group("label")) or None
        if label:
            span = (start + mt.start("name"), start + mt.end("name"))
            rows.append((*span, mt.group("name"), label, (start, start + len(line))))
    # an annual meeting's attendance ("Närvarande: A, B och C."): the association's members at
    # the meeting, no seats, nor a guess at one
    if _ANNUAL_MEETING.search(text, 0, 400):
        for mt in _ATTENDANCE.finditer(text):
            out.no_seat.append(mt.span())
    if len(rows) < 2:
        return
    body = _page_board(walker, text)
    if body is None:
        return
    for s, e, written, role, span in rows:
        _seat(out, (s, e, written), role, body, span, "election-outcome-row")


#: "… kommer representeras i styrelsen av Eva Ek och Bo Lind": a section's representatives
#: in a body with seats, named after "av"
_REPRESENTED_BY = re.compile(
    r"\b(?:representeras|företräds)[ \t]+i[ \t]+(?P<body>[a-zåäö][\wåäö-]*)[ \t]+av[ \t]+"
    rf"(?P<names>{_NAME}(?:(?:,[ \t]*|[ \t]+och[ \t]+){_NAME})*)(?=[ \t]*[.,;]|[ \t]*$)"
)


def _represented_in(walker: Walker, text: str, out: Walk) -> None:
    """ "Juniorsektionen ska representeras i styrelsen av Eva Ek och Bo Lind.": each name
    after "av" is a member of the body named after "i" (a body with seats; no nominating
    committee). "… representeras i styrelsen av ordföranden": no name, nothing read."""
    for mt in _REPRESENTED_BY.finditer(text):
        word = mt.group("body")
        if _NO_ROSTER.fullmatch(word) or not walker._seat_body_word(word):
            continue
        body = Mention(
            mt.start("body"), mt.end("body"), word, word[:1].upper() + word[1:],
            walker.lex.body_kind(word.casefold()) or "body", 0.7,
        )  # fmt: skip
        base = mt.start("names")
        for nm in re.finditer(_NAME, mt.group("names")):
            if any(walker.lex.body_kind(w.casefold()) or walker._org_word(w)
                   for w in nm.group().split()):  # fmt: skip
                continue
            name = (base + nm.start(), base + nm.end(), nm.group())
            _seat(out, name, "member", body, mt.span(), "represented-in")


#: "Byalagets ordförande Eva Ek öppnade mötet": the chair of the association, by its
#: word in the definite genitive
_OWN_CHAIR = re.compile(
    rf"(?<![\w-])(?P<org>[A-ZÅÄÖ][a-zåäö]+?)(?:ets|ens)[ \t]+ordförande(?:,[ \t]*|[ \t]+)"
    rf"(?P<name>{_NAME})"
)


def _own_chair(walker: Walker, text: str, out: Walk) -> None:
    """ "Protokoll från Norrby byalags årsmöte" / … / "Byalagets ordförande Eva Ek hälsade
    välkomna": the chair of the association the page's title names (its word again in the
    definite genitive) chairs its board, when the page names one body with seats and no rule
    read the name. Another organisation's chair ("Klubbens ordförande …" on a village
    association's page): nothing is read."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    title = lines[0].casefold() if lines else ""
    # "Kretsstämma …" / "Norrby byalag hade sitt årsmöte …": the organisation the report's
    # lead is about, named at its beginning
    lead = lines[1][:120].casefold() if len(lines) > 1 else ""
    for mt in _OWN_CHAIR.finditer(text):
        stem = mt.group("org").casefold()
        if stem.endswith("möt"):
            continue  # "Årsmötets ordförande, Eva Ek": who chaired the meeting, no seat
        if mt.group().count(",") and not text[mt.end() :].startswith(","):
            continue  # "Klubbens ordförande, Eva Ek och …": no apposition closed after the name
        if not any(
            re.search(rf"(?<![\w-]){re.escape(stem)}(?:s|en|et)?(?![\w-])", said)
            for said in (title, lead)
        ):
            continue
        s, e = mt.start("name"), mt.end("name")
        if any(f.actor.start < e and s < f.actor.end for f in out.findings):
            continue
        body = _page_board(walker, text)
        if body is None:
            # the one body of the seats the rules read ("Till ledamöter i styrelsen valdes …")
            seats = {
                f.target.name: f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and not f.status
            }
            if len(seats) != 1 or not _BODY_HEAD.fullmatch(next(iter(seats))):
                return
            body = next(iter(seats.values()))
        _seat(out, (s, e, mt.group("name")), "chair", body, mt.span(), "own-chair")


#: One entry of an annual report's run after its heading: a name of two words (or three,
#: when a comma, a bracket, "och" or the line's end follows the third), perhaps its post in
#: brackets, then perhaps a comma or "och" before the next entry
_RUN_ENTRY = re.compile(
    rf"[ \t]+(?P<name>{_NAME_WORD}[ \t]+{_NAME_WORD}"
    rf"(?:[ \t]+{_NAME_WORD}(?=,|[ \t]*\(|[ \t]+och[ \t]|[ \t]*$))?)"
    r"(?:[ \t]*\((?P<note>[^()\n]{1,30})\))?(?P<sep>[ \t]*,|[ \t]+och(?=[ \t]))?"
)
#: "Rekryterings- och utvecklingskommittén": a body's name of two fields joined by "och"
_TWO_FIELD_BODY = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+-[ \t]+och[ \t]+[a-zåäöé]+")


def _report_heading_runs(walker: Walker, text: str, out: Walk) -> None:
    """An annual report flattened into one long line, each heading followed by its names
    with commas and "och" between them ("Styrelse Aino Ek (ordförande), Bo Lind (vice
    ordförande), Eva Berg (kassör), Per Holm och Siv Lund Revisorer Olle Ek och Nils Ek
    Valberedning Anna Berg (sammankallande) och Kurt Lind Sportkommittén Eva Lind …"): the
    names after a body's heading (a board, a committee, a nominating committee) hold a seat
    in it, the post in brackets an officer's, any other a member's; the names after any
    other heading (auditors, deputies, duties "…ansvarig") hold none here. Nothing is read
    unless the line holds three such headings with names, eight names in all and an
    officer's post in brackets."""
    unflat = walker.unflatten
    for lm in re.finditer(r"[^\n]{150,}", text):
        line, base = lm.group(), lm.start()
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]
        runs: list[tuple[Mention | None, list[re.Match[str]]]] = []
        k = 0
        while k < len(words):
            at, word = words[k]
            body: Mention | None = None
            two = _TWO_FIELD_BODY.match(line, at)
            if two and not walker._seat_body_word(two.group().split()[-1]):
                two = None
            if two:
                h_end = two.end()
            elif re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+", word) and walker._seat_body_word(word):
                h_end = at + len(word)
            elif h := unflat._run_heading_at(words, k):
                h_end = words[k + h - 1][0] + len(words[k + h - 1][1])
            else:
                k += 1
                continue
            written = line[at:h_end]
            if two or walker._seat_body_word(word):
                kind = walker.lex.body_kind(written.split()[-1].casefold()) or "body"
                name = written[:1].upper() + written[1:]
                body = Mention(base + at, base + h_end, written, name, kind, 0.7)
            entries: list[re.Match[str]] = []
            pos = h_end
            while (e := _RUN_ENTRY.match(line, pos)) is not None:
                if any(
                    unflat._run_heading(w) or walker._org_word(w) for w in e.group("name").split()
                ):
                    break
                entries.append(e)
                pos = e.end()
                if not e.group("sep"):
                    break
            if entries and entries[-1].group("sep"):
                entries = []  # "A, B och" and no name after: not such a run
            if entries:
                runs.append((body, entries))
                pos = entries[-1].end()
            # (on from the first word after the heading, or after the run's last name)
            k = next((i for i, (s0, _w) in enumerate(words) if s0 >= pos), len(words))
        posts = [walker.lex.role_of(e.group("note") or "") for _b, es in runs for e in es]
        if (
            len(runs) < 3
            or len(posts) < 8
            or not any(p in ("chair", "vice_chair", "secretary") for p in posts)
        ):
            continue
        for body, entries in runs:
            if body is None:
                continue
            for e in entries:
                note = e.group("note") or ""
                if CO_OPTED.search(note):  # "(adjungerad)": co-opted, no seat
                    continue
                role = walker.lex.role_of(note) if note else None
                if role not in ("chair", "vice_chair", "secretary", "deputy_member"):
                    role = "member"
                span = (base + e.start("name"), base + e.end("name"), e.group("name"))
                _seat(out, span, role, body, (body.start, base + e.end()), "report-heading-run")


#: "I övrigt valdes A v.ordf, B sekr, samt …": an election, then names each with its post
#: after it
_ELECTED_THEN = re.compile(r"(?<![\w-])(?:valdes|omvaldes|nyvaldes|invaldes|återvaldes)[ \t]+")
_NAME_THEN_POST = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]+"
    r"(?P<post>v\.[ \t]*ordf\.?|vice[ \t]+ordf(?:\.|örande)?|ordf(?:\.|örande)?"
    r"|sekr(?:\.|eterare)?|kassör)(?![\w-])"
    r"(?P<sep>[ \t]*,[ \t]*(?:(?:samt|och)[ \t]+)?|[ \t]+(?:samt|och)[ \t]+)?"
)


def _elected_with_posts_after(walker: Walker, text: str, out: Walk) -> None:
    """ "I övrigt valdes A v.ordf, B sekr, samt ledamöterna C och D.": after an election's
    verb, two names or more each with its post after it (abbreviated or not) hold those
    posts (a treasurer a member's seat) in the body the sentence's other seats, or the
    seats read just before it, are in; with no such body nothing is read."""
    for mt in _ELECTED_THEN.finditer(text):
        entries: list[re.Match[str]] = []
        pos = mt.end()
        while (e := _NAME_THEN_POST.match(text, pos)) is not None:
            entries.append(e)
            pos = e.end()
            if not e.group("sep"):
                break
        if len(entries) < 2:
            continue
        stop = min(
            (i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0), default=len(text)
        )
        said = {
            f.target.name.casefold(): f.target
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and not f.status
            and pos <= f.actor.start < stop
        }
        body = (
            next(iter(said.values()))
            if len(said) == 1
            else None
            if said
            else walker._members_body_before(mt.start(), out)
        )
        if body is None:
            continue
        for e in entries:
            role = walker.lex.role_of(e.group("post")) or "member"
            if role not in ("chair", "vice_chair", "secretary"):
                role = "member"
            span = (e.start("name"), e.end("name"), e.group("name"))
            _seat(out, span, role, body, (mt.start(), e.end("post")), "elected-post-after")

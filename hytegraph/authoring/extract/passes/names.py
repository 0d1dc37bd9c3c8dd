"""The walker's passes over names and places: runs of names, names printed surname first or
across lines, and the places and homes printed beside them."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.findings import Context, Finding, Walk
from hytegraph.authoring.extract.lists import AUDITOR, _membership
from hytegraph.authoring.extract.mentions import INSTITUTION_OF_PLACE, Mention, tokens
from hytegraph.authoring.extract.passes.common import (
    _BRACKETED_NAME,
    _CARD_NAME,
    _NAME_WORD,
    _SV_NUMBERS,
    _TREASURER_LINE,
)
from hytegraph.authoring.extract.places import gazetteer, place_of
from hytegraph.authoring.extract.segment import Line, Paragraph, end_at, line_around, lines

#: "… STYRELSE Name, Town, Name, Town, … Name, Town." or "Ersättare: Name, Town, …": a run
#: of comma-separated capitalised items up to a full stop.
_NAME_PLACE_RUN = re.compile(
    r"(?:(?P<label>\b[A-ZÅÄÖ][a-zåäö]+):\s+)?(?P<run>(?:(?<![\w-])[A-ZÅÄÖ][a-zåäö][\w-]*"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*){0,2},[ \t]+){5,}[A-ZÅÄÖ][a-zåäö][\w-]*"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*){0,2})\."
)
#: "PRO Ölands Åkerbo Erik Nyberg, 070-552 45 53": an association's name, then its
#: representative's (the last two words, a middle initial allowed) before a phone number
_ORG_NAME_PHONE = re.compile(
    r"^[ \t]*(?P<org>[A-ZÅÄÖ][\w.-]*(?:[ \t]+[A-ZÅÄÖ][\w.-]*){0,3})[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ]\.?)?[ \t]+[A-ZÅÄÖ][\w'-]+)[ \t]*,?[ \t]*"
    r"(?:0\d{1,3}[ \t]*-|\+\d{2,3}[ \t])",
    re.M,
)
#: "Ordförande Börje Ek IFS", "Inga Ros HL/DHR": a name line, a post before the name
#: perhaps, the member's organisation after it
_NAME_ORG_LINE = re.compile(
    r"^[ \t]*(?P<label>[A-ZÅÄÖ][\w.]*(?:[ \t]+[A-ZÅÄÖa-zåäö][\w.]*)?[ \t]+)??"
    r"(?P<name>[A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ][\w'-]+)[ \t]+(?P<org>[^\n]*\S)[ \t]*$",
    re.M,
)
_ABBREVIATION = re.compile(r"[A-ZÅÄÖ]{2,6}(?:/[A-ZÅÄÖ]{2,6})*")
#: A body's label and its run of names on one line: "Ympäristötoimikunta: Aino Ek, Bo Lind".
_LABELLED_RUN_LINE = re.compile(r"^[ \t]*[A-ZÅÄÖ][\w-]*[ \t]*:[ \t]*(?P<run>[^\n]*\S)[ \t]*$", re.M)
#: A paragraph of names only, perhaps opening with "ja": "ja Eva Holm", "Ola Berg ja Pia Aho".
_NAMES_PARAGRAPH = re.compile(
    r"[ \t]*(?P<run>(?:ja[ \t]+)?[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+ja[ \t]+)[A-ZÅÄÖ][a-zåäö][\w'-]*"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})*)[ \t]*\.?[ \t]*(?:\n|$)"
)

#: A passive verb of electing or naming, perhaps with up to three lower-case words after it,
#: right before a name: "valittiin yksimielisesti ", "nimettiin uudelleen ".
_PASSIVE_ELECTED_BEFORE = re.compile(
    r"(?<![\w-])(?:valittiin|nimettiin|nimitettiin)(?:[ \t]+[a-zåäö][\w-]*){0,3}[ \t]+$"
)
#: What closes a clause right after a name: a full stop, semicolon, or the line's end.
_CLAUSE_CLOSED_AFTER = re.compile(r"[ \t]*(?:[.;!?](?![\w])|\n|$)")

#: After a list line's name, the teacher in charge of the body as the only post: "…,
#: vastuuopettaja", "\u2014 ohjaava opettaja", ", ansvarig lärare".
_TEACHER_IN_CHARGE = re.compile(
    r"[ \t]*[,\u2013\u2014-][ \t]*(?:vastuuopettaja|ohjaava(?:na)?[ \t]+opettaja|ohjaaja-?opettaja|"
    r"yhteysopettaja|ansvarig[ \t]+lärare|handledande[ \t]+lärare|kontaktlärare)(?![\w-])"
    r"(?![ \t]*(?:ja|och)[ \t])"
)

#: A text that ends with a sentence's or a bracket's closing mark: not cut short.
_ENDS_PUNCTUATED = re.compile(r"[.!?)\]\"”:;]\s*$")

#: The rules of list entries and of table rows whose cells lost their separators: names
#: printed as a register prints them (perhaps surname first).
_LISTED = ("list", "table-spaced")
#: "Styrelsen består av 8 ledamöter.": a body and how many members it has, ending its line.
_COUNTED_BOARD = re.compile(
    r"(?P<body>[A-ZÅÄÖ][a-zåäö]+)[ \t]+består[ \t]+av[ \t]+"
    r"(?P<n>\d{1,2}|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)[ \t]+ledamöter\.?[ \t]*\n"
)
#: A name of two or three capitalised words ("Aino Ek", "Anna-Lena Berg Ek").
_RUN_NAME_WORD_RE = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
_RUN_NAME = rf"{_RUN_NAME_WORD_RE}(?:[ \t]+{_RUN_NAME_WORD_RE}){{1,2}}"
#: "Bo Lind, Eva Berg och Per Holm.": a line of names joined by commas and "och".
_NAMES_RUN_LINE = re.compile(rf"{_RUN_NAME}(?:(?:,[ \t]*|[ \t]+och[ \t]+){_RUN_NAME})+\.?")
#: "Övriga Aino Ek" / "Ledamöter Bo Lind": the heading "Övriga ledamöter" split over two
#: lines, a name after each part.
_SPLIT_OTHER_MEMBERS = re.compile(
    rf"(?m)^[ \t]*[Öö]vriga[ \t]+(?P<name>{_RUN_NAME})[ \t]*\n"
    rf"[ \t]*[Ll]edamöter[ \t]+(?P<next>{_RUN_NAME})[ \t]*$"
)

#: A middle initial alone after a name, the line's end after it ("Lahti Eero K.").
_INITIAL_AT_LINE_END = re.compile(r"[ \t]+(?P<initial>[A-ZÅÄÖ]\.)[ \t]*(?=\n|$)")


#: one item of a run of names each with the place the person comes from: "Aino Ek, Lund",
#: "Bo Lind, Täby, ordförande" (an office after the place), ended by a comma, "och" or the
#: sentence's end
_NAME_PLACE_ITEM = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäöé][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäöé][\w'-]*){1,2}),[ \t]+"
    r"(?P<place>[A-ZÅÄÖ][a-zåäöé][\w-]*)"
    r"(?:,[ \t]+(?P<office>[a-zåäö][a-zåäö.]*(?:[ \t]+[a-zåäö][a-zåäö.]*)?)(?=[ \t]*[,.;]))?"
    r"(?P<sep>[ \t]*(?:,[ \t]*(?:och[ \t]+)?|[ \t]och[ \t]+)|[ \t]*[.;:]|[ \t]*$)",
    re.M,
)
#: the comma or "och" between such items (the run goes on)
_RUN_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*(?:och[ \t]+)?|och[ \t]+)")


#: An organisation's word in the elative, a compound's last part ("Testiliitosta",
#: "Kotiseutuyhdistyksestä"): where a person named before it comes from.
_ORGANISATION_ELATIVE = re.compile(
    r"[A-ZÅÄÖ][a-zåäö-]*(?:liitosta|yhdistyksestä|järjestöstä|seurasta|kerhosta)"
)


class NamePasses:
    """Passes of the :class:`~hytegraph.authoring.extract.walker.Walker` (a mixin)."""

    @staticmethod
    def _heading_split_over_lines(text: str, out: Walk) -> None:
        """ "Övriga Aino Ek" / "Ledamöter Bo Lind" / "  Eva Berg": a list's heading "Övriga
        ledamöter" split over two lines of "Heading Name": the name on the first line is a
        member of the body the rules gave the name on the second, as the names after it (the
        body of the list's line above, when no rule read the second name: both are members)."""
        for mt in _SPLIT_OTHER_MEMBERS.finditer(text):
            a, z = mt.start("name"), mt.end("name")
            if any(f.actor.start < z and a < f.actor.end for f in out.findings):
                continue
            below = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.role == "member"
                and f.target is not None
                and f.actor.start == mt.start("next")
            ]
            names = [(a, z)]
            if not below:
                # the second line's name read by no rule: the body of the list's line above
                ns, ne = mt.start("next"), mt.end("next")
                if any(f.actor.start < ne and ns < f.actor.end for f in out.findings):
                    continue
                above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, mt.start() + 1)))
                below = [
                    f
                    for f in out.findings
                    if f.kind == "membership"
                    and not f.status
                    and f.target is not None
                    and above < f.actor.start < mt.start()
                ]
                names.append((ns, ne))
            if len(below) != 1:
                continue
            for s0, e0 in names:
                actor = Mention(s0, e0, text[s0:e0], text[s0:e0], "person", 0.6, "nom")
                out.findings.append(
                    Finding("membership", actor, "member", below[0].target, (mt.start(), e0),
                            0.6, "list-split-heading")
                )  # fmt: skip

    def _common_noun_first(self, text: str, out: Walk) -> None:
        """ "Opintomatka Tokioon peruuntui" over a paragraph on "yhdistyksen opintomatka": a
        line read as a name and a small-letter word that names no role, whose first word the
        text writes in small letters elsewhere: a heading's common noun, capitalised as the
        line's first word, not a first name; no seat."""
        dropped = []
        for f in out.findings:
            if f.kind != "membership" or f.actor is None or f.actor.kind != "person":
                continue
            start, stop = line_around(text, f.actor.start, f.actor.end)
            rest = text[f.actor.end : stop].strip()
            first = text[f.actor.start : f.actor.end].split()[0]
            if (
                text[start : f.actor.start].strip(" \t•·*-\u2013")
                or not re.match(r"[a-zåäö]+(?:\s|$)", rest)
                or "@" in rest
                or self.lex.find_role(rest) is not None
                or not first[:1].isupper()
                or first[1:2].isupper()
                # (a word of the text's, not a part of an address: "aino.ahola@…")
                or re.search(rf"(?<![\w.@-]){re.escape(first.lower())}(?![\w.@-])", text) is None
            ):
                continue
            dropped.append(f)
        if dropped:
            out.findings = [f for f in out.findings if all(f is not d for d in dropped)]

    @staticmethod
    def _teacher_in_charge(text: str, out: Walk) -> None:
        """ "Aho Aino, vastuuopettaja (aino.aho@…)" under a pupils' board's names: the teacher
        in charge of the body ("vastuuopettaja", "ohjaava opettaja", "ansvarig lärare"), its
        staff, holds no seat."""
        dropped = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.actor is not None
            and f.actor.kind == "person"
            and _TEACHER_IN_CHARGE.match(text, f.actor.end)
        ]
        if dropped:
            out.no_seat += [(f.actor.start, f.actor.end) for f in dropped]
            out.findings = [f for f in out.findings if all(f is not d for d in dropped)]

    def _counted_board_lines(self, text: str, out: Walk) -> None:
        """ "Styrelsen består av 5 ledamöter." / "Aino Ek Ordförande" / "Bo Lind, Eva Berg, Per
        Holm och Siv Lund.": a sentence giving how many members a body has, then lines of
        only names (each perhaps with its office before or after it, or a run of names
        joined by commas and "och"). When the names number exactly as many as the sentence
        said, each is a member of the body (or holds the office its line gives); a name the
        rules seated in that body keeps its seat."""
        if self.lex.lang != "sv":
            return
        for mt in _COUNTED_BOARD.finditer(text):
            count = mt.group("n")
            n = int(count) if count.isdigit() else _SV_NUMBERS.get(count.casefold(), 0)
            body = self._seat_body_before(text, mt.start("body"), mt.end("body"))
            if n < 3 or body is None:
                continue
            people: list[tuple[int, int, str]] = []  # (start, end, role)
            pos = mt.end()
            for line in re.finditer(r"[^\n]*\n?", text[pos:]):
                said = line.group().strip()
                if not said:
                    break
                ls = pos + line.start() + line.group().index(said)
                found = self._names_line(said)
                if found is None:
                    break
                people += [(ls + a, ls + z, role) for a, z, role in found]
                if len(people) >= n:
                    break
            if len(people) != n:
                continue
            for a, z, role in people:
                same = [
                    f
                    for f in out.findings
                    if f.kind == "membership"
                    and f.actor.kind == "person"
                    and f.actor.name == text[a:z]
                ]
                if same:
                    continue  # read already: that reading stands
                actor = Mention(a, z, text[a:z], text[a:z], "person", 0.6, "nom")
                out.findings.append(
                    Finding("membership", actor, role, body, (mt.start(), z), 0.6,
                            "text-counted-board")
                )  # fmt: skip

    def _names_line(self, line: str) -> list[tuple[int, int, str]] | None:
        """The names of a line that holds only names: "Aino Ek Ordförande", "Ordförande Aino
        Ek" (one name and its office) or "Bo Lind, Eva Berg och Per Holm." (members); None
        for any other line."""
        for post in (
            re.match(r"((?:[Vv]ice[ \t]+)?[A-ZÅÄÖa-zåäö]+)[ \t]+", line),
            re.search(r"[ \t]+((?:[Vv]ice[ \t]+)?[A-ZÅÄÖa-zåäö]+)$", line),
        ):
            if post is None:
                continue
            rest = line[post.end() :] if post.start() == 0 else line[: post.start()]
            role = self.lex.role_of(post.group(1))
            if role is None or not re.fullmatch(_RUN_NAME, rest):
                continue
            if role not in ("chair", "vice_chair", "secretary", "member"):
                return None
            a = post.end() if post.start() == 0 else 0
            return [(a, a + len(rest), role)]
        if _NAMES_RUN_LINE.fullmatch(line) is None:
            return None
        out = []
        for nm in re.finditer(_RUN_NAME, line):
            words = nm.group().split()
            if any(self.lex.role_of(w) or self.lex.body_kind(w.casefold()) for w in words):
                return None
            out.append((nm.start(), nm.end(), "member"))
        return out

    def _name_under_office_line(self, text: str, out: Walk) -> None:
        """ "Ersättare Eva Ek, vice sekreterare" / "Bo Lind", "Revisorer Eva Ek" / "Bo Lind":
        in a list of "Office Name" lines, a name alone on the line right under a line of
        deputies or auditors (words that are plural as well) and last before a blank line or
        another office's line is the second of that office: a deputy's seat, or none for an
        auditor."""
        lines = [(mt.start(), mt.end(), mt.group()) for mt in re.finditer(r"[^\n]*", text)]
        lines = [ln for k, ln in enumerate(lines) if k == 0 or ln[0] != lines[k - 1][1]]
        drop: list[Finding] = []
        by_start: dict[int, list[Finding]] = {}  # the persons' seats by where the name starts
        for f in out.findings:
            if f.kind == "membership" and f.actor.kind == "person":
                by_start.setdefault(f.actor.start, []).append(f)
        for k in range(1, len(lines)):
            s0, e0, line = lines[k]
            ps, _pe, prev = lines[k - 1]
            if not line.strip() or not prev.strip():
                continue
            nxt = lines[k + 1][2] if k + 1 < len(lines) else ""
            if nxt.strip() and self._card_office(nxt.split()[0]) is None:
                continue  # more names under: a list of its own
            if AUDITOR.fullmatch(prev.split()[0]) and _CARD_NAME.fullmatch(line.strip()):
                # "Revisorer Eva Ek" / "Bo Lind": the second auditor, no seat nor a guess
                out.no_seat.append((s0, e0))
            bare = [
                f
                for f in by_start.get(s0 + len(line) - len(line.lstrip()), [])
                if f.actor.end == s0 + len(line.rstrip()) and f.role == "member" and not f.status
            ]
            if not bare:
                continue
            word = prev.split()[0]
            if AUDITOR.fullmatch(word):
                drop += bare
                continue
            if nxt.strip() or not word[:1].isupper() or self.lex.role_of(word) != "deputy_member":
                continue  # "varajäsen A" / "B" / "varajäsen C": members and their deputies
            above = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.role == "deputy_member"
                and ps <= f.actor.start < s0
                and not f.status
            ]
            if not above:
                continue
            for f in bare:
                if (
                    above[0].target is not None
                    and f.target is not None
                    and (f.target.name == above[0].target.name)
                ):
                    f.role = "deputy_member"
        if drop:
            out.findings = [f for f in out.findings if all(f is not d for d in drop)]
            out.no_seat += [(d.actor.start, d.actor.end) for d in drop]

    @staticmethod
    def _genitive_read_elsewhere_as_written(out: Walk) -> None:
        """ "… ja varapuheenjohtajaksi Arto Zitron" beside the list entry "Arto Zitron,
        yrittäjä": a name read as a genitive ("Zitro") whose written form the page gives as a
        name in the nominative in a list is that name as written."""
        nominative = {
            f.actor.name
            for f in out.findings
            if f.actor.kind == "person"
            and f.rule.startswith("list-")
            and f.actor.case == "nom"
            and f.actor.name == f.actor.written
        }
        for f in out.findings:
            if _read_as_genitive(f.actor) and f.actor.written in nominative:
                f.actor = replace(f.actor, name=f.actor.written, case="nom")

    @staticmethod
    def _passive_object_as_written(text: str, out: Walk) -> None:
        """ "Puheenjohtajaksi valittiin yksimielisesti Aino Laurin.": a name right after the
        passive verb of electing that closes its clause is the verb's object, in the
        nominative: read as a genitive ("Aino Lauri"), it is the name as written."""
        for f in out.findings:
            a = f.actor
            if (
                _read_as_genitive(a)
                and a.written.endswith("n")
                and _CLAUSE_CLOSED_AFTER.match(text, a.end)
                and _PASSIVE_ELECTED_BEFORE.search(text, max(0, a.start - 80), a.start)
            ):
                f.actor = replace(a, name=a.written, case="nom")

    @staticmethod
    def _genitive_written_elsewhere_without_ending(text: str, out: Walk) -> None:
        """ "puheenjohtaja Aino Ahon mukaan" read as the name "Aino Ahon" (a word-form reader
        that does not know the surname) beside "Aino Aho (puheenjohtaja)" on the same page:
        the name the page writes without the genitive's -n is the person's name."""
        for f in out.findings:
            a = f.actor
            if (
                a.kind == "person"
                and a.name != a.written
                and " " in a.written
                and re.search(r"[^aeiouyäöå\W]in$", a.written)
                and a.name != a.written[:-2]
                and re.search(rf"(?<![\w-]){re.escape(a.written[:-2])}(?![\w-])", text)
            ):
                # "varajäseniksi Satu Grünthalin" (read "Satu Grünthali") beside "varajäsen Satu
                # Grünthal": a surname ending in a consonant, its genitive's -in after it
                f.actor = replace(a, name=a.written[:-2])
                continue
            if (
                a.kind != "person"
                or a.name != a.written
                or " " not in a.name
                or not a.name.endswith("n")
                or a.name.endswith("nen")
            ):
                continue
            # (and "Aino Mantereen" beside "Aino Mantere": an e-stem's genitive in -een)
            for bare in (a.name[:-1], a.name[:-2]) if a.name.endswith("een") else (a.name[:-1],):
                # (not the bare form the text ends with, unpunctuated: a page cut short in the
                # name's last word, "… Robert Olese")
                if any(
                    text[m.end() :].strip() or _ENDS_PUNCTUATED.search(text)
                    for m in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text)
                ):
                    f.actor = replace(a, name=bare)
                    break

    @staticmethod
    def _name_cut_at_the_end(text: str, out: Walk) -> None:
        """A page cut short inside its last line, which repeats the start of a line printed
        whole before it ("Fr v, A vice ordf, …, Olle Strandin." and then "Fr v, A vice ordf,
        …, Olle Strandi"): nothing is read from the cut copy (its last name cut short)."""
        if _ENDS_PUNCTUATED.search(text):
            return
        stripped = text.rstrip()
        begin = stripped.rfind("\n") + 1
        last = stripped[begin:].strip()
        above = stripped[: max(0, begin - 1)].rsplit("\n", 1)[-1].strip()
        if (
            len(last) >= 3
            and " " in last
            and above != last
            and above.startswith(last)
            and re.fullmatch(r"[A-ZÅÄÖ][\w'-]*(?:[ \t]+[A-ZÅÄÖ][\w'-]*){1,2}", above)
        ):
            # "Malin Ek" / "Malin E": a card's name printed twice, the page cut inside the copy
            # on the line right under it: the card is cut before what it says of the person,
            # nothing is read from either copy
            first = stripped.rfind("\n", 0, max(0, begin - 1)) + 1
            out.findings = [f for f in out.findings if f.actor.start < first]
            out.no_seat.append((first, len(stripped)))
            return
        if len(last) < 20 or not any(
            ln.strip() != last and ln.strip().startswith(last)
            for ln in stripped[:begin].splitlines()
        ):
            return
        out.findings = [f for f in out.findings if f.actor.start < begin]
        out.no_seat.append((begin, len(stripped)))  # nor a guess of the tagger's

    def _next_role_word_after_names(self, text: str, out: Walk) -> None:
        """ "… Anna-Maja Henriksson Toinen varapuheenjohtaja B …", "… Tuomo Puumala Pysyvät
        asiantuntijat …": a name of three words or more whose last capitalised word makes a
        role with the lower-case word after it ("Toinen varapuheenjohtaja") ends before that
        word, which begins the next item of a run-on composition."""
        for f in out.findings:
            a = f.actor
            words = a.written.split()
            if a.kind != "person" or len(words) < 3 or not words[-1][:1].isupper():
                continue
            nxt = re.match(r"[ \t]+([a-zåäö][\w-]*)", text[a.end : a.end + 40])
            cut = self._title_then_first_name(words)
            if cut is not None:
                # "Johanna Sumuvuori Opetusministeri Jussi": a title read only as a common noun,
                # then a first name, begins the next item
                spans = [w.end() for w in re.finditer(r"\S+", a.written)]
                kept = a.written[: spans[cut - 1]]
            elif nxt is not None and self.lex.role_of(f"{words[-1]} {nxt.group(1)}") is not None:
                kept = a.written[: a.written.rfind(" ")].rstrip()
            else:
                continue
            names = a.name.split()
            n = len(kept.split())
            f.actor = replace(
                a,
                end=a.start + len(kept),
                written=kept,
                name=" ".join(names[:n]) if names[:n] == kept.split() else a.name,
            )

    def _title_then_first_name(self, words: list[str]) -> int | None:
        """Where a name of four words or more ends when a word from its third on is read only
        as a common noun and the word after it as a first name (voikko only)."""
        if len(words) < 4 or self.reader.morph.name != "voikko":
            return None
        for k in range(2, len(words) - 1):
            here = {x.cls for x in self.reader.morph.analyse(words[k])}
            there = {x.cls for x in self.reader.morph.analyse(words[k + 1])}
            if here == {m.NOUN} and m.FIRST_NAME in there and words[k][:1].isupper():
                return k
        return None

    @staticmethod
    def _names_across_paragraphs(text: str, out: Walk) -> None:
        """ "… och Pia Widén" / (a blank line) / "Under mötet …": a name read across a blank
        line (the text re-read with its lines joined) ends at the line break; the word of the
        next paragraph is no part of it."""
        for f in out.findings:
            a = f.actor
            if a.kind != "person":
                continue
            span = text[a.start : a.end]
            brk = re.search(r"\n[ \t]*\n", span)
            if brk is None:
                continue
            kept = span[: brk.start()].rstrip()
            n = len(kept.split())
            if n < 2:
                continue
            f.actor = replace(
                a,
                end=a.start + len(kept),
                written=kept,
                name=" ".join(a.name.split()[:n])
                if a.name.split()[:1] == kept.split()[:1]
                else a.name,
            )

    def _names_inside_bodies(self, text: str, out: Walk) -> None:
        """ "Special Olympics -johtoryhmän kokoonpano": capitalised words joined by a space and
        a hyphen to a body's word are part of its name, no person, whatever seat a rule read
        for them."""
        # a person's seat whose name is joined to the next word by a space and a hyphen
        joined = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.actor.kind == "person"
            and re.match(r"[ \t]+-[a-zåäö]", text[f.actor.end : f.actor.end + 3])
        ]
        if not joined:
            return  # no body to look for around a name
        spans = [
            (b.start, b.end)
            for line in lines(text)
            for b in self.reader.bodies(tokens(text, line.start, line.end))
            if b.end - b.start > len(b.written.split()[-1])
        ]
        inside = [
            f for f in joined if any(a <= f.actor.start and f.actor.end < b for a, b in spans)
        ]
        out.findings = [f for f in out.findings if all(f is not g for g in inside)]

    @staticmethod
    def _initial_after_surname_first(text: str, out: Walk) -> None:
        """ "Lahti Eero K.": a name printed surname first with a middle initial after it, the
        line's end after that: the initial is part of the name ("Eero K. Lahti")."""
        for f in out.findings:
            words = f.actor.written.split()
            if (
                f.actor.kind != "person"
                or len(words) != 2
                or f.actor.name.split() not in (words, words[::-1])
                or not (mt := _INITIAL_AT_LINE_END.match(text, f.actor.end))
            ):
                continue
            turned = f.actor.name.split() == words[::-1]
            f.actor = replace(
                f.actor,
                end=mt.end("initial"),
                written=text[f.actor.start : mt.end("initial")],
                name=(
                    f"{words[1]} {mt['initial']} {words[0]}"
                    if turned
                    else f"{f.actor.name} {mt['initial']}"  # (not turned round: as printed)
                ),
            )

    @staticmethod
    def _organisation_word_after_names(text: str, out: Walk) -> None:
        """ "Aino Ek Testiliitto Kemistä", "Bo Lind Testiliitto Oulusta": a word that ends
        two or more different people's names of three words, and that the page also writes
        as the start of a longer word ("Testiliiton"), is the organisation each of them comes
        from, no part of their names (as :func:`shared_first_words` reads a federation's
        local associations); the names end before it. So does a last word that is an
        organisation's word in the elative ("Bo Lind Testiliitosta": from that union)."""
        people = [
            p
            for f in out.findings
            for p in (f.actor, f.deputy_for)
            if p is not None and p.kind == "person" and len(p.written.split()) == 3
        ]
        heads: dict[str, set[str]] = {}
        for p in people:
            words = p.written.split()
            if p.name.split() == words:  # (as printed: not turned round)
                heads.setdefault(words[2], set()).add(" ".join(words[:2]))
        shared = {
            w
            for w, firsts in heads.items()
            if len(firsts) >= 2
            and re.search(rf"(?<![\w-]){re.escape(w)}[a-zåäö]{{1,3}}(?![\w-])", text)
        }
        shared |= {w for w in heads if _ORGANISATION_ELATIVE.fullmatch(w)}
        if not shared:
            return

        def cut(p: Mention | None) -> Mention | None:
            if p is None or p.kind != "person":
                return p
            words = p.written.split()
            if len(words) != 3 or words[2] not in shared or p.name.split() != words:
                return p
            end = p.start + text[p.start : p.end].rindex(words[1]) + len(words[1])
            two = " ".join(words[:2])
            return replace(p, end=end, written=text[p.start : end], name=two)

        for f in out.findings:
            f.actor = cut(f.actor) or f.actor
            f.deputy_for = cut(f.deputy_for)

    def _records_of_name_place_post(self, text: str, out: Walk) -> None:
        """ "Koski Aino" / "Kemi" / "puheenjohtaja" / "Lahti Eero" / "Salla" / "varapuheenjohtaja"
        / "Mäki Olli" / "Inari" / " " / …: a table printed one cell a line, each record a name
        line, a place line and a post line (empty for a member). Each post belongs to the name
        two lines above it, not to the name after it; a name after the run with a post of its
        own on the next line ("sihteeri/ylitarkastaja") holds that post, one with only a job
        there ("ylitarkastaja") no seat. At least three records and one post; nothing when a
        post line comes before the run's first name (posts over names)."""
        cells = [
            (mt.start(), mt.end(), mt.group())
            for mt in re.finditer(r"[^\n]+", text)
            if mt.group().strip()
        ]

        # the seats and candidacies by where their person starts, for the list of findings
        # they were taken from (made again when a run's officials are dropped from it)
        index: list[tuple[int, int, Finding]] = []
        indexed: list[Finding] | None = None

        def seated(s0: int, e0: int) -> list[Finding]:
            nonlocal index, indexed
            if indexed is not out.findings:
                indexed = out.findings
                index = sorted(
                    (f.actor.start, n, f)
                    for n, f in enumerate(indexed)
                    if f.kind in ("membership", "candidacy")
                )
            line = text[s0:e0]
            s1, e1 = s0 + len(line) - len(line.lstrip()), s0 + len(line.rstrip())
            lo, hi = bisect_left(index, (s0,)), bisect_left(index, (e0,))
            on = [f for _s, _n, f in sorted(index[lo:hi], key=lambda x: x[1])]
            if not on or any(
                f.kind != "membership" or f.status or f.actor.start != s1 or f.actor.end != e1
                for f in on
            ):
                return []
            return on

        def place(line: str) -> bool:
            words = line.split()
            return len(words) == 1 and place_of(words[0], self.reader.morph) is not None

        def post(line: str) -> str:
            word = line.strip()
            if not word[:1].islower() or len(word.split()) > 3:
                return ""
            role = self.lex.role_of(word.split("/")[0]) or ""
            return role if role in ("chair", "vice_chair", "secretary", "member") else ""

        i = 0
        while i < len(cells):
            records: list[tuple[list[Finding], str]] = []
            j = i
            while j + 1 < len(cells):
                on = seated(cells[j][0], cells[j][1])
                if not on or not place(cells[j + 1][2]):
                    break
                role = post(cells[j + 2][2]) if j + 2 < len(cells) else ""
                records.append((on, role))
                j += 3 if role else 2
            if (
                len(records) < 3
                or not any(r for _, r in records)
                or (i > 0 and post(cells[i - 1][2]))
                or len({f.target.name.casefold() for on, _ in records for f in on if f.target}) != 1
            ):
                i = max(j, i + 1)
                continue
            drop: list[Finding] = []
            for on, role in records:
                for f in on:
                    f.role = role or "member"
            # officials listed after the members: "Name" / "post/job" or "Name" / "job"
            while j + 1 < len(cells) and (on := seated(cells[j][0], cells[j][1])):
                job = cells[j + 1][2].strip()
                if not job[:1].islower() or seated(cells[j + 1][0], cells[j + 1][1]):
                    break
                role = post(job)
                for f in on:
                    if role:
                        f.role = role
                    else:
                        drop.append(f)
                j += 2
            if drop:
                out.findings = [f for f in out.findings if all(f is not d for d in drop)]
            i = j

    def _offices_after_homes(self, text: str, out: Walk) -> None:
        """ "Aino Ek, Lund, ordförande, Bo Lind, Täby, Eva Berg, Tumba": a run of names, each
        with the place the person comes from after a comma; an office after a place is the
        name's before it, not the next name's (as a sentence's reading of "ordförande, Bo
        Lind" has it). Read only in runs of three such items or more, every name followed by
        one place word."""
        seats = ("chair", "vice_chair", "secretary", "member", "deputy_member")
        pos = 0
        while (first := _NAME_PLACE_ITEM.search(text, pos)) is not None:
            items = [first]
            while _RUN_GOES_ON.fullmatch(items[-1].group("sep")):
                nxt = _NAME_PLACE_ITEM.match(text, items[-1].end())
                if nxt is None:
                    break
                items.append(nxt)
            pos = items[-1].end() if len(items) > 1 else first.end()
            if len(items) < 3:
                continue
            for k, item in enumerate(items):
                office = item.group("office")
                role = self.lex.role_of(office) if office else None
                if role not in seats:
                    continue
                own = [
                    f
                    for f in out.findings
                    if f.kind == "membership" and (f.actor.start, f.actor.end) == item.span("name")
                ]
                after = (
                    [
                        f
                        for f in out.findings
                        if f.kind == "membership"
                        and (f.actor.start, f.actor.end) == items[k + 1].span("name")
                        and f.role == role
                        and f.rule == "text-role-before"
                    ]
                    if k + 1 < len(items)
                    else []
                )
                if len(own) != 1 or own[0].role != "member" or own[0].status:
                    continue
                for f in after:
                    f.role = "member"  # the office before the name was the last one's
                own[0].role = role

    def _homes_after_listed_names(self, text: str, out: Walk) -> None:
        """ "Ordförande Ragnar Ek Väskinde" / "Sekreterare Per Lund Barlingbo" / "Ledamot Leif
        Berg Visby" / "Ledamot Jon Ask Visby": list lines (blank lines between them or not)
        each read as one person of three words, where one last word comes back after other
        names or is a place the rules know: the last word of each is where the person lives,
        as a run of names in prose does (:func:`~.runs.without_towns`). A treasurer's word read
        into the name ("Kassör Sylve Klint Vibble") is the post, a member's."""
        by_line: dict[int, list[Finding]] = {}
        for f in out.findings:
            if f.kind in ("membership", "candidacy") and f.actor.kind == "person":
                by_line.setdefault(text.rfind("\n", 0, f.actor.start) + 1, []).append(f)
        runs: list[list[Finding]] = [[]]
        for mt in re.finditer(r"[^\n]*", text):
            line = mt.group()
            if not line.strip():
                continue
            on = by_line.get(mt.start(), [])
            words = on[0].actor.written.split() if len(on) == 1 else []
            if words and _TREASURER_LINE.fullmatch(words[0]):
                words = words[1:]
            if (
                len(on) == 1
                and on[0].kind == "membership"
                and not on[0].status
                and on[0].rule in ("list-role-first", "list-entry")
                and on[0].actor.end == mt.start() + len(line.rstrip())
                and len(words) == 3
            ):
                runs[-1].append(on[0])
            elif runs[-1]:
                runs.append([])
        for run in runs:
            if len(run) < 3:
                continue
            lasts = [f.actor.written.split()[-1] for f in run]
            again = any(
                lasts.count(w) >= 2
                and len(
                    {
                        " ".join(f.actor.written.split()[-3:-1])
                        for f in run
                        if f.actor.written.split()[-1] == w
                    }
                )
                >= 2
                for w in lasts
            )
            placed = [place_of(w, self.reader.morph) for w in lasts]
            if not again and not any(
                p is not None and not p.place.surname and not p.place.first_name for p in placed
            ):
                continue  # (a place's name that is also a surname: "Holm", "Sund")
            for f in run:
                words = f.actor.written.split()
                first = len(words) - 3
                lead = f.actor.start + (f.actor.written.index(words[1]) if first else 0)
                name = words[first : first + 2]
                if first:
                    f.role = "member"  # "Kassör …": a member with the treasurer's duty
                f.actor = replace(
                    f.actor,
                    start=lead,
                    end=f.actor.start + f.actor.written.rfind(" "),
                    written=" ".join(name),
                    name=" ".join(f.actor.name.split()[first : first + 2]),
                )

    def _place_glued_to_name(self, text: str, line: Line, entry: Finding) -> Finding:
        """ "• Aino Lind Hedemora, ordförande" among items "• Bo Ek, Falun": the list writes
        each person's place after the name, and where an office follows, the comma before the
        place is left out. The name's last word is then the place, no part of the name. Only
        for an officer's item whose name of three words ends in a place's name, with two or
        more "Name, Place" items of the same list next to it."""
        if entry.kind != "membership" or entry.role not in ("chair", "vice_chair", "secretary"):
            return entry
        words = entry.actor.name.split()
        places = gazetteer()
        if len(words) != 3 or words[-1].casefold() not in places:
            return entry
        if not re.match(r"[ \t]*,[ \t]*\w", text[entry.actor.end : line.end]):
            return entry
        near = text[max(0, line.start - 400) : line.end + 400].splitlines()
        listed = 0
        for other in near:
            item = re.fullmatch(
                r"[ \t]*[•*\-\u2013][ \t]+[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}"
                r"[ \t]*,[ \t]*([A-ZÅÄÖ][\w'-]+)[ \t]*",
                other,
            )
            if item is not None and item.group(1).casefold() in places:
                listed += 1
        if listed < 2:
            return entry
        cut = entry.actor.written.rstrip()
        cut = cut[: cut.rfind(" ")] if " " in cut else cut
        actor = replace(
            entry.actor,
            end=entry.actor.start + len(cut),
            written=cut,
            name=" ".join(words[:-1]),
        )
        return replace(entry, actor=actor)

    def _name_employer_place_run(
        self, text: str, start: int, end: int, ctx: Context, body: Mention | None = None
    ) -> list[Finding]:
        """A masthead's run of seats after a role label, three items to a person ("Ledamöter:
        Aino Ek, Norrmejerier AB, Umeå, Bo Lind, Telia, Öst, …"): the name, the employer
        and the place or region, all cut by commas alike. The employer may look like a
        name ("Telia Sonera"), so only the first of every three items is read, and only when
        the items come in threes, each first one a person and most of the third ones a place.
        Nothing (the sentence rules read it) when the run is any other shape. The seats are
        in the context's body, else in ``body`` (the body named before it in the paragraph)."""
        body = ctx.body or body
        if body is None:
            return []
        head = re.match(r"[ \t]*([^\W\d][^:,.\n]{2,40}?)[ \t]*:[ \t]*", text[start:end])
        if head is None:
            return []
        role = self.lex.role_of(head.group(1).strip())
        if role not in ("member", "deputy_member"):
            return []
        base = start + head.end()
        rest = text[base:end].rstrip().rstrip(".")
        if re.search(r"[;()\n]|\s(?:och|ja|samt|sekä)\s", rest):
            return []
        items: list[tuple[int, int]] = []
        at = 0
        for part in rest.split(","):
            a = base + at + len(part) - len(part.lstrip())
            b = base + at + len(part.rstrip())
            items.append((a, b))
            at += len(part) + 1
        if len(items) < 6 or len(items) % 3 or any(a >= b for a, b in items):
            return []
        places = gazetteer()
        found: list[Finding] = []
        placed = 0
        for k in range(0, len(items), 3):
            a, b = items[k]
            person = self.lists._person(text, a, b)
            if person is None or text[person.end : b].strip():
                return []
            if self.lex.find_role(text[items[k + 1][0] : items[k + 2][1]]):
                return []  # "Aino Ek, ordförande, Umeå": an office, not an employer
            third = text[items[k + 2][0] : items[k + 2][1]].split()
            if any(w.casefold() in places for w in third):
                placed += 1
            quote = (a, items[k + 1][1])
            found.append(_membership(ctx, person, role, quote, 0.7, "list-strided", target=body))
        if placed * 2 < len(found):
            return []
        return found

    def _surname_first_lists(self, text: str, out: Walk) -> None:
        """Lists whose lines print names surname first ("Aula Maria Kaisa, pj.", "Haverinen
        Liisa"), as registers and decisions do, give the names first name first, as the
        sentences of a page and the workbook write them. A list (list entries one after
        another, no sentence between) is read so when the page itself names one of its people
        the other way round ("valittiin Maria Kaisa Aula"), or, with no such sentence, when
        voikko knows the last word of at least two of its names as a first name and the first
        word as none, and at least three times as many names so as the other way (without
        voikko, only the page's own sentence decides). A name the rules already turned
        ("AHOLA Aino", "Törö, Leena"), and a name of the list that voikko reads first name
        first or that a sentence names the same way, are left as they are."""
        voikko = self.reader.morph.name == "voikko"
        listed = sorted(
            (f for f in out.findings if f.actor.kind == "person" and f.rule.startswith(_LISTED)),
            key=lambda f: f.actor.start,
        )
        blocks: list[list[Finding]] = []
        for f in listed:
            if blocks:
                gap = text[blocks[-1][-1].quote[1] : f.quote[0]]
                if len(gap) < 300 and not re.search(r"[.!?](?:\s|$)", gap):
                    blocks[-1].append(f)
                    continue
            blocks.append([f])
        elsewhere = {
            f.actor.name.casefold()
            for f in out.findings
            if f.actor.kind == "person" and not f.rule.startswith(_LISTED)
        }
        turned: dict[tuple[int, int], str] = {}
        for block in blocks:
            people = {
                (p.start, p.end): p
                for f in block
                for p in (f.actor, f.deputy_for)
                if p is not None and p.kind == "person"
            }
            # only names printed as they are named: several words, no comma between them
            as_written = {
                k: p
                for k, p in people.items()
                if len(p.name.split()) >= 2 and p.name.split() == p.written.split()
            }
            if not as_written:
                continue
            other_way = sum(
                " ".join([*p.name.split()[1:], p.name.split()[0]]).casefold() in elsewhere
                for p in as_written.values()
            )
            same_way = sum(p.name.casefold() in elsewhere for p in as_written.values())
            surname_first = first_name_first = 0
            keep: set[tuple[int, int]] = set()  # names that say they are first name first
            for k, p in as_written.items() if voikko else ():
                words = p.name.split()
                first = {a.cls for a in self.reader.morph.analyse(words[0])}
                last = {a.cls for a in self.reader.morph.analyse(words[-1])}
                if m.FIRST_NAME in last and m.FIRST_NAME not in first:
                    surname_first += 1
                elif m.FIRST_NAME in first and m.FIRST_NAME not in last:
                    first_name_first += 1
                    keep.add(k)
            if not (
                (other_way and not same_way)
                or (not same_way and surname_first >= 2 and surname_first >= 3 * first_name_first)
            ):
                continue
            for k, p in as_written.items():
                if k in keep or p.name.casefold() in elsewhere:
                    continue  # "Socialarbetare Kristina Maars" in a surname-first list
                words = p.name.split()
                turned[k] = " ".join([*words[1:], words[0]])
        if not turned:
            return

        def turn(p: Mention | None) -> Mention | None:
            if p is None or (p.start, p.end) not in turned or p.kind != "person":
                return p
            return replace(p, name=turned[(p.start, p.end)])

        for f in out.findings:
            if f.actor.kind == "person" and (f.actor.start, f.actor.end) in turned:
                # the judgement, for the reviewer: how the page printed the name
                said = f'name printed surname first ("{f.actor.written}")'
                f.note = f"{f.note}; {said}" if f.note else said
            f.actor = turn(f.actor) or f.actor
            f.deputy_for = turn(f.deputy_for)

    def _name_place_pairs(self, text: str, out: Walk) -> None:
        """A body's name, then its people flattened into one run "Name, Town, Name, Town, …"
        ("… STYRELSE Maritha Sedvallson, Ovanåker, Leif Henriksson, Lidköping, …"), and
        perhaps "Ersättare: Name, Town, …" after it: members, then deputies, of that body.
        Every other item must read as a person's whole name and the items between as no
        person's; at least three pairs."""
        body: Mention | None = None
        for mt in _NAME_PLACE_RUN.finditer(text):
            items: list[tuple[int, int]] = []
            a = mt.start("run")
            for sep in re.finditer(r",\s*|\.?$", mt["run"]):
                items.append((a, mt.start("run") + sep.start()))
                a = mt.start("run") + sep.end()
            items = [(x, y) for x, y in items if y > x]
            if len(items) < 6 or len(items) % 2:
                continue
            people = [self._whole_name(text, x, y) for x, y in items[0::2]]
            places = [self._whole_name(text, x, y) for x, y in items[1::2]]
            known = sum(p is not None for p in people)
            if known < 3 or known < 0.8 * len(people) or any(p is not None for p in places):
                continue
            for k, (x, y) in enumerate(items[0::2]):
                if people[k] is None and _BRACKETED_NAME.fullmatch(text, x, y):
                    # "PerÅke Wecksell" among names: a name by its shape
                    people[k] = Mention(x, y, text[x:y], " ".join(text[x:y].split()), "person", 0.4)
            before = text[max(0, mt.start() - 80) : mt.start("run")]
            label = self.lex.role_of(mt["label"]) if mt["label"] else None
            if label == "deputy_member" and body is not None:
                role = "deputy_member"
            else:
                found = [
                    b
                    for b in self.reader.bodies(
                        tokens(text, mt.start("run") - len(before), mt.start("run"))
                    )
                    if not b.plural
                ]
                if not found or found[-1].end < mt.start("run") - 3:
                    continue
                body = found[-1]
                role = "member"
            taken = {p.start for p in people if p is not None}
            out.findings = [
                f for f in out.findings if f.kind != "membership" or f.actor.start not in taken
            ]
            out.findings += [
                Finding("membership", p, role, body, (mt.start(), mt.end()), 0.5, "list-name-place")
                for p in people
                if p is not None
            ]

    def _place_before_name(self, out: Walk) -> None:
        """ "Varapuheenjohtajaksi valittiin Kemijärveltä Anita Ruokamo": a place in a local case
        before a name ("Kemijärveltä", from Kemijärvi) says where the person is from; it is no
        part of the name."""
        for f in out.findings:
            if f.actor.kind != "person":
                continue
            words = f.actor.written.split()
            if len(words) < 3 or not self.reader._local_place(words[0]):
                continue
            cut = f.actor.written.index(words[1], len(words[0]))
            f.actor = replace(
                f.actor,
                start=f.actor.start + cut,
                written=f.actor.written[cut:],
                name=" ".join(f.actor.name.split()[1:])
                if f.actor.name.split()[0] == words[0]
                else f.actor.name,
            )

    @staticmethod
    def _towns_after_names(out: Walk) -> None:
        """ "… ordförande Ulla Berg Lycksele, kassör Bo Ek Skellefteå samt Eva Lind Norsjö, …":
        a sentence's run of seats where three quarters of the names or more (three at least)
        are of three words, the last a capitalised word: the last word is the person's town,
        as a text that writes places after the names does; the people without it."""
        groups: dict[tuple[int, int], list[Finding]] = {}
        for f in out.findings:
            if (
                f.kind == "membership"
                and f.actor.kind == "person"
                and f.rule.startswith(("text-", "name-run"))
            ):
                groups.setdefault(f.quote, []).append(f)
        for found in groups.values():
            people = {f.actor.start: f.actor for f in found}
            three = [
                a
                for a in people.values()
                if len(a.written.split()) == 3 == len(a.name.split())
                and a.written.split()[-1][:1].isupper()
                and a.name.split()[-1] == a.written.split()[-1]
            ]
            if len(three) < 3 or len(three) * 4 < len(people) * 3:
                continue
            cut = {
                a.start: replace(
                    a,
                    end=a.start + a.written.rfind(" "),
                    written=a.written.rsplit(" ", 1)[0],
                    name=a.name.rsplit(" ", 1)[0],
                )
                for a in three
            }
            for f in found:
                if f.actor.start in cut:
                    f.actor = cut[f.actor.start]

    def _places_after_list_names(self, text: str, out: Walk) -> None:
        """Lists that print where each person lives after the name, one a line ("Bo Ek
        Hudiksvall", "Eva Berg Järvsö"): when three or more of the page's list lines, and half
        of them or more, end in a place the gazetteer knows after the name, the last word of a
        name of three or four words that ends its line elsewhere in the lists is a place too
        (a village the gazetteer does not know), not part of the name."""
        found = [
            f
            for f in out.findings
            if f.kind == "membership" and f.actor.kind == "person" and f.rule.startswith("list-")
        ]
        placed, ending = 0, []
        for f in found:
            rest = text[f.actor.end : end_at(text, f.actor.end)].strip()
            if len(rest.split()) == 1 and place_of(rest, self.reader.morph) is not None:
                placed += 1
            elif not rest and 3 <= len(f.actor.written.split()) <= 4:
                ending.append(f)
        if placed < 3 or placed * 2 < len(found):
            return
        for f in ending:
            a = f.actor
            if a.name.split()[-1] != a.written.split()[-1]:
                continue  # (a name the reader put in another order)
            f.actor = replace(
                a,
                end=a.start + a.written.rfind(" "),
                written=a.written.rsplit(" ", 1)[0],
                name=a.name.rsplit(" ", 1)[0],
            )

    def _municipality_before_names(self, out: Walk) -> None:
        """ "- Hankasalmi Aino Kivelä (Eero Lampi)" / "- Joutsa Liisa Aho" / …: list lines
        that each begin with a municipality's name before the person's (a column of
        municipalities flattened): the municipality is whom the seat is for, no part of the
        name. Read where two list entries or more begin so, each with a word read as a place
        (and as no person's name) before a first name."""
        voikko = self.reader.morph.name == "voikko"
        shaped = []
        for f in out.findings:
            if f.kind != "membership" or f.actor.kind != "person" or not f.rule.startswith("list"):
                continue
            words = f.actor.written.split()
            if len(words) < 3:
                continue
            place = {a.cls for a in self.reader.morph.analyse(words[0]) if a.case == "nom"}
            first = {a.cls for a in self.reader.morph.analyse(words[1])}
            # a municipality or region of the gazetteer, in Swedish or without voikko too
            # ("Nordanstig Inga-Britt Goderlöv"), unless it is also a first name or surname
            known = place_of(words[0], self.reader.morph)
            listed = (
                known is not None
                and known.form == "nom"
                and not known.place.first_name
                and (voikko or not known.place.surname)
            )
            if not self.reader.finnish and not listed:
                continue
            if (m.PLACE in place or listed) and not place & {m.FIRST_NAME, m.SURNAME, m.NAME}:
                shaped.append((f, m.FIRST_NAME in first or (listed and not voikko)))
        if sum(1 for _f, sure in shaped if sure) < 2:
            return
        # (once two entries show the column, the others whose first word is read only as a
        # place are of it too: "Hankasalmi Fernanda Souza", a first name the dictionary lacks)
        shaped = [f for f, _sure in shaped]
        moved: dict[int, Mention] = {}
        for f in shaped:
            words = f.actor.written.split()
            cut = f.actor.written.index(words[1], len(words[0]))
            town = Mention(
                f.actor.start,
                f.actor.start + len(words[0]),
                words[0],
                words[0],
                "municipality",
                0.5,
            )
            person = replace(
                f.actor,
                start=f.actor.start + cut,
                written=f.actor.written[cut:],
                name=" ".join(f.actor.name.split()[1:])
                if f.actor.name.split()[0] == words[0]
                else f.actor.name,
            )
            moved[f.actor.start] = person
            f.actor = person
            if f.on_behalf_of is None:
                f.on_behalf_of = town
        for f in out.findings:
            if f.deputy_for is not None and f.deputy_for.start in moved:
                f.deputy_for = moved[f.deputy_for.start]

    def _name_in_line(self, text: str, line: Line) -> bool:
        """A short line (at most twelve words) that names a person."""
        if len(line.text.split()) > 12:
            return False
        return bool(self.reader.persons(tokens(text, line.start, line.end), in_list=True))

    def _post_heads(self, tail: str) -> bool:
        """Whether ``tail`` (what follows a name on a list line) begins with an office's
        word ("Ordförande", "Vice ordförande") or a post's ("Kassör", "Ekonom") and, after it,
        nothing but the line's end, contact details or a term."""
        mt = re.match(r"([^\W\d]+)(?:[ \t]+([^\W\d]+))?(?=[ \t]*$|,?[ \t]+[^A-ZÅÄÖ\s])", tail)
        if mt is None:
            return False
        word = mt.group(1).casefold()
        if mt.group(2) and self.lex.role_of(f"{word} {mt.group(2).casefold()}"):
            return True
        return bool(
            self.lex.role_of(word) or word in self.lex.treasurer or self.lex.is_occupation(word)
        )

    def _name_organisation_entry(
        self, text: str, start: int, end: int, ctx: Context
    ) -> list[Finding]:
        """ "Aino Mäki Testilän Seniorit ry", "Eero Ek Perusturvalautakunta, pj": in a list, a
        name and, with no separator, whom the seat is for (a role after it is the seat's)."""
        if not self._name_line(text, start, end):
            return []
        person = self._first_person(text, start, end)
        tail = text[person.end : end].strip() if person is not None else ""
        if (
            person is None
            or not tail[:1].isupper()
            or (
                person.confidence < 0.8
                and not INSTITUTION_OF_PLACE.match(tail)
                and not self._post_heads(tail)
            )
        ):
            # (a first name the dictionary knows: "Lundabygdens Dövas förening" is no one;
            # or a school of a place after the name: "Aino Mäki Aron koulu"; or the
            # person's office or post right after the name: "Aino Mäki Ordförande
            # aino@…", "Bo Lind Ekonom", which the rules, knowing no first names, read too)
            return []
        second = self._first_person(text, person.end, end)
        if len(person.name.split()) > 3 or (second is not None and second.confidence >= 0.8):
            return []  # "Anna Maria Berg Karl Erik Holm": two names, where one ends is unsure
        said = self.lex.find_role(tail)
        role = said[0] if said else ctx.role or "member"
        return [_membership(ctx, person, role, (start, end), 0.65, "list-name-organisation")]

    def _name_lines_with_organisations(self, text: str, out: Walk) -> None:
        """Lines each naming a person and the organisation they come from, whatever side the
        organisation is on: "SPF Norrby Anna Ek, 0485-233 44" (the name the two words before
        the phone number, a middle initial allowed) or "Ordförande Bo Lind IFS" / "Eva Berg
        HL/DHR" / "Ersättare Olle Ek RTP" (the name the two words after the post, most lines
        ending in an abbreviation; a chair's post is its line's, a members' or deputies' post
        heads the lines after it). Read on three lines or more, or four for the second shape,
        when the rules already put some of them in one body; what they read gives way."""
        for blocks, build in (
            (self._line_blocks(text, _ORG_NAME_PHONE, 3, r"(?i)e-?post\b[^\n]*|\s*"), False),
            (self._line_blocks(text, _NAME_ORG_LINE, 4, None), True),
        ):
            for block in blocks:
                if build and 2 * sum(
                    1 for mt in block if _ABBREVIATION.fullmatch(mt.group("org").split()[-1])
                ) < len(block):
                    continue
                span = (block[0].start(), block[-1].end())
                inside = [
                    f
                    for f in out.findings
                    if f.kind == "membership" and span[0] <= f.actor.start < span[1]
                ]
                bodies = {f.target.name.casefold(): f.target for f in inside if f.target}
                if len(bodies) != 1 or any(f.target is None for f in inside):
                    continue
                body = next(iter(bodies.values()))
                found: list[Finding] = []
                heading = ""  # no post said yet: the rules' reading of the line's role
                for mt in block:
                    role = heading
                    a, b = mt.span("name")
                    if build:
                        words = list(re.finditer(r"\S+", mt.group()))
                        lead = next(
                            (
                                n
                                for n in (2, 1)
                                if len(words) >= n + 3
                                and self._label_role(" ".join(w.group() for w in words[:n]))
                            ),
                            0,
                        )
                        if lead:
                            said = self._label_role(" ".join(w.group() for w in words[:lead]))
                            role = said or role
                            if said in ("member", "deputy_member"):
                                heading = said
                        a = mt.start() + words[lead].start()
                        b = mt.start() + words[lead + 1].end()
                    person = Mention(a, b, text[a:b], " ".join(text[a:b].split()), "person", 0.6,
                                     "nom")  # fmt: skip
                    read = next((f for f in inside if a <= f.actor.start < b), None)
                    if read is not None and read.actor.end <= b:
                        person = read.actor  # the same words: the rules' name order stays
                    if not role:
                        role = read.role if read is not None else "member"
                    found.append(Finding("membership", person, role, body, (mt.start(), mt.end()),
                                         0.6, "name-organisation-lines"))  # fmt: skip
                if not found:
                    continue
                out.findings = [f for f in out.findings if f not in inside] + found

    def _label_role(self, label: str) -> str | None:
        """The seat a post before a name says ("Ordförande", "Ord. Ledamöter": ordinary
        members), or None."""
        said = re.sub(r"(?i)^ord(?:inarie)?\.?\s+", "", label.strip())
        role = self.lex.role_of(said)
        return (
            role
            if role in ("chair", "vice_chair", "secretary", "member", "deputy_member")
            else None
        )

    def _line_blocks(
        self, text: str, shape: re.Pattern[str], least: int, between: str | None
    ) -> list[list[re.Match[str]]]:
        """Runs of at least ``least`` lines of ``shape``, one under another (blank lines and
        lines fully matching ``between`` allowed between them)."""
        blocks: list[list[re.Match[str]]] = []
        for mt in shape.finditer(text):
            if blocks:
                gap = text[blocks[-1][-1].end() : mt.start()]
                lines = gap.split("\n")[1:-1] if gap.count("\n") >= 1 else [gap]
                joined = gap.count("\n") >= 1 and all(
                    not ln.strip()
                    or (between is not None and re.fullmatch(between, ln.strip()) is not None)
                    for ln in lines
                )
                if between is None:
                    joined = gap.count("\n") == 1 and not gap.replace("\n", "").strip()
                if joined:
                    blocks[-1].append(mt)
                    continue
            blocks.append([mt])
        return [b for b in blocks if len(b) >= least]

    def _labelled_run_over_blank_line(self, text: str, out: Walk) -> None:
        """A body's run of names broken over a blank line ("Ympäristötoimikunta: Aino Ek,
        Bo Lind," / "" / "Eva Holm ja Ola Berg"; "…: Aino Ek, Bo Lind" / "" / "ja Eva
        Holm"): the names of the next paragraph join the seats the line's names were read
        in, when the line ends with a comma or the paragraph opens with "ja" and holds
        nothing but names."""
        members = [f for f in out.findings if f.kind == "membership" and f.target is not None]
        added: list[Finding] = []
        for line in _LABELLED_RUN_LINE.finditer(text):
            seated = [f for f in members if line.start("run") <= f.actor.start < line.end()]
            if not seated or len({(f.target.name, f.role) for f in seated}) != 1:
                continue
            gap = re.compile(r"[ \t]*\n[ \t]*\n").match(text, line.end())
            if gap is None:
                continue
            para = _NAMES_PARAGRAPH.match(text, gap.end())
            if para is None:
                continue
            opens_with_and = re.match(r"ja[ \t]", para.group("run")) is not None
            if not (line.group("run").endswith(",") or opens_with_and):
                continue
            taken = {(f.actor.start, f.actor.end) for f in out.findings if f.kind == "membership"}
            base = para.start("run") + (3 if opens_with_and else 0)
            for part in re.finditer(r"[^,]+", text[base : para.end("run")]):
                for name in re.split(r"[ \t]+ja[ \t]+", part.group()):
                    at = text.find(name.strip(), base + part.start())
                    span = (at, at + len(name.strip()))
                    if at < 0 or any(a < span[1] and span[0] < b for a, b in taken):
                        continue
                    person = self._listed_name(text, *span)
                    added.append(
                        replace(seated[-1], actor=person, quote=span, rule="run-continued")
                    )
        out.findings += added

    def _unknown_name_between_names(
        self, text: str, p: Paragraph, ctx: Context, out: Walk
    ) -> Finding | None:
        """ "Oksanen Petteri" / "Talja Aarre" / "Temisevä Liisa": in a list of one name a line,
        a line of two capitalised words the rules know as no name ("Talja", "AnnaMarja"), with
        a name line read right before it and one right after it, is an entry of the list (in
        the order the name before it was printed), not a heading that ends the list."""
        if len(p.lines) != 1 or ctx.body is None or not ctx.listing or ctx.columns:
            return None
        line = p.lines[0]
        words = line.text.split()
        if len(words) != 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
            return None
        if self.lex.role_of(line.text) or any(self.lex.body_kind(w) for w in words):
            return None
        if any(place_of(w, self.reader.morph) is not None for w in words):
            return None  # "Kuopion Invalidit": an organisation of a place, between its people
        if self._first_person(text, line.start, line.end) is not None:
            return None  # (a name the rules read some other way: theirs to read)
        before = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.actor.kind == "person"
            and f.target is not None
            and f.target.name == ctx.body.name
            and f.actor.end == len(text[: line.start].rstrip())
        ]
        if len(before) != 1 or len(before[0].actor.written.split()) != 2:
            return None
        # the name before it the second of a run of name lines ("Liisa Laine" / "Testilän
        # Invalidit" under "Testilän MT-tuki ry": an organisation's line after each name)
        above = text[: text.rfind("\n", 0, before[0].actor.start) + 1].rstrip()
        above_start = above.rfind("\n") + 1
        above_start += len(above[above_start:]) - len(above[above_start:].lstrip())
        if not any(
            f.kind == "membership"
            and f.actor.kind == "person"
            and f.actor.start == above_start
            and f.target is not None
            and f.target.name == ctx.body.name
            for f in out.findings
        ):
            return None
        nxt = re.match(r"\s*([^\n]*)", text[line.end :])
        after = line.end + (nxt.start(1) if nxt else 0)
        person = self._first_person(text, after, after + len(nxt.group(1))) if nxt else None
        if person is None or person.start != after or person.end != after + len(nxt.group(1)):
            return None
        turned = before[0].actor.name.split() == before[0].actor.written.split()[::-1]
        name = " ".join(words[::-1] if turned else words)
        actor = Mention(line.start, line.end, line.text, name, "person", 0.5)
        role = before[0].role if before[0].role in ("member", "deputy_member") else "member"
        return _membership(ctx, actor, role, (line.start, line.end), 0.5, "list-unknown-name")


def _read_as_genitive(a: Mention) -> bool:
    """A person's name read as a genitive, its basic form not as written ("Aino Laurin" read
    as "Aino Lauri")."""
    return a.kind == "person" and a.case == "gen" and a.name != a.written

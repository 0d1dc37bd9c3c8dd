"""Finnish minutes' attendance whose names and roles a flattened page prints apart: a run of
names followed by a run of their roles in the same order, absent members each followed by the
deputy named after the member ("Mäki Olli Bo Lindin varajäsen"), a member/deputy table run one
column after the other, a comma run of "title Name" items under "Läsnä:", seat entries going on
past notes of leaving, a timed row's first name pushed past the row, others present followed by
their posts; and, in news, new board members elected for terms and a chair handing over."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from hytegraph.authoring.extract.findings import Finding, Walk
from hytegraph.authoring.extract.mentions import Mention

#: The walker that calls this reader (``walker.Walker``), which imports this module: its type
#: is not imported back, so that the two stay free of an import cycle.
Walker = Any

#: a word of a name printed in a list ("Yli-Kankahila", "Mänttäri")
_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöé][\w'-]*")
#: the label over those present and over those absent
_PRESENT = re.compile(r"(?<![\w-])(?:Läsnä|LÄSNÄ)(?![\w-]):?")
_ABSENT = re.compile(r"(?<![\w-])(?:Poissa|POISSA)(?![\w-]):?")
#: a note of arrival or leaving between the entries ("poistuneena klo", "17:00-18:53")
_NOTE = re.compile(r"(?i)(?:poistu\w*|saapu\w*|klo|kello|[\d.:\u2013-]+|§+)")
#: the modifiers a seat may carry before its word ("varsinainen jäsen", "II varapj.")
_SEAT_MODIFIERS = frozenset(
    ("varsinainen", "henkilökohtainen", "vt.", "vs.", "i", "ii", "iii", "1.", "2.", "3.")
)
#: the heads of bodies an abbreviated body in a role ends with ("kirkkovalt." → kirkkovaltuusto)
_BODY_HEADS = ("valtuusto", "hallitus", "neuvosto", "lautakunta", "toimikunta")
#: "YHTEISEN KIRKKONEUVOSTON KOKOUS", "Kirkollishallituksen istunto": a meeting's heading with
#: the body in the genitive
_MEETING_HEAD = re.compile(
    r"(?<![\w-])(?:(?P<adj>yhteisen)\s+)?(?P<body>[A-ZÅÄÖ][\w-]*n)\s+(?:kokous|istunto)(?![\w-])",
    re.I,
)
#: "title Name (role)": one item of a comma run of those present, each led by a title in lower
#: case ("metropoliitta Ambrosius", "johdon konsultti Aino Ek", "arkkipiispa Leo (puheenjohtaja)")
_TITLED_ITEM = re.compile(
    r"(?P<title>[a-zåäö][\w-]*(?:\s+[a-zåäö][\w-]*){0,2})\s+"
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:\s+[A-ZÅÄÖ][a-zåäö][\w'-]*){0,2})"
    r"(?:\s+\((?P<role>[a-zåäö][\w. -]*)\))?"
)


#: "Aino Ek yhtymähallituksen puheenjohtaja Bo Lind yhtymähallituksen sihteeri": signatures
#: flattened in lower case, each title after its name
_NAME = r"[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*"
_SIGNED_LOWER = re.compile(
    rf"(?<![\w-])(?P<first>{_NAME})\s+(?:[a-zåäö]+n\s+)?puheenjohtaja\s+"
    rf"(?P<second>{_NAME})\s+(?:[a-zåäö]+n\s+)?(?:pöytäkirjanpitäjä|sihteeri)(?![\w-])"
    rf"(?!\s+{_NAME})"
)


_TIME = r"\d{1,2}[:.]\d{2}\s*[-\u2013]\s*\d{1,2}[:.]\d{2}"
#: "jäsen Hiukkanen 17:00-18:53 jäsen Vesa-Pekka Lindholm Hannele 17:00-18:53": a timed
#: attendance row whose first name a flattened table pushed past the row, before the next name
_PUSHED_FIRST_NAME = re.compile(
    rf"(?<=[a-zåäö.]\s)(?P<surname>[A-ZÅÄÖ][a-zåäö][\w'-]*)\s+{_TIME}\s+"
    r"(?P<role>[a-zåäö][\w.]*)\s+(?P<first>[A-ZÅÄÖ][a-zåäö][\w'-]*)\s+"
    rf"(?P<next>{_NAME})\s+{_TIME}"
)


_FULL_NAME = r"[A-ZÅÄÖ][a-zåäö][\w-]*[ ][A-ZÅÄÖ][a-zåäö][\w-]*"
#: "A valdes till ny ordförande efter B", "A blev ny ordförande i stället för B": B is the
#: outgoing chair
_NEW_CHAIR_AFTER = re.compile(
    rf"(?P<new>{_FULL_NAME})\s+(?:valdes\s+till|blev|är)\s+ny\s+(?:\w+)?ordförande\s+"
    rf"(?:efter|i\s+stället\s+för|istället\s+för)\s+(?P<old>{_FULL_NAME})(?![\w-])"
)
#: "Seuraavaksi kaksivuotiskaudeksi valittiin uusina Aino Ek ja Bo Lind sekä yksivuotiskaudeksi
#: Eva Salo": new members elected for terms, after a sentence naming the board's members
_ELECTED_FOR_TERMS = re.compile(
    r"(?<![\w-])\w+vuotiskaudeksi\s+valittiin\s+(?:uusina\s+|uusiksi\s+jäseniksi\s+)"
    rf"(?P<names>{_FULL_NAME}(?:(?:,\s+|\s+ja\s+|\s+sekä\s+(?:\w+vuotiskaudeksi\s+)?)"
    rf"{_FULL_NAME})*)"
)


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str

    @property
    def bare(self) -> str:
        return self.text.strip(",;:")


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [
        _Word(start + w.start(), start + w.end(), w.group())
        for w in re.finditer(r"\S+", text[start:end])
    ]


class ApartReader:
    """The readings of this module for one walker (its lexicon, word forms and name order)."""

    def __init__(self, walker: Walker) -> None:
        self.w = walker
        self.lex = walker.lex
        #: the names a reading paired with a job or a title that is no seat
        self.cleared: list[tuple[int, int]] = []
        #: spans where no name holds a seat (staff after a run read here)
        self.no_seat: list[tuple[int, int]] = []
        # the whole text's words, and which of them are name words: read once, asked often
        self._whole: tuple[str, list[_Word]] | None = None
        self._name_words: dict[str, bool] = {}

    def _all_words(self, text: str) -> list[_Word]:
        if self._whole is None or self._whole[0] is not text:
            self._whole = (text, _words(text, 0, len(text)))
        return self._whole[1]

    # ----------------------------------------------------------------- words and phrases
    def _name_word(self, word: _Word) -> bool:
        bare = word.text.rstrip(",")
        try:
            return self._name_words[bare]
        except KeyError:
            pass
        found = self._name_words[bare] = (
            _NAME_WORD.fullmatch(bare) is not None
            and self.lex.role_of(bare) is None
            and self.lex.body_kind(bare.casefold()) is None
            and not self.lex.is_occupation(bare)
        )
        return found

    def _name_at(self, ws: list[_Word], k: int) -> bool:
        """Two name words at ``k``, the first without a comma after it."""
        return (
            k + 1 < len(ws)
            and not ws[k].text.endswith(",")
            and self._name_word(ws[k])
            and self._name_word(ws[k + 1])
        )

    def _head(self, word: str) -> bool:
        return self.lex.role_of(word) is not None or self.lex.is_occupation(word)

    def _phrase(self, ws: list[_Word], k: int) -> tuple[int, int] | None:
        """The role phrase beginning at ``k`` (notes before it skipped): lower-case words, or a
        place in the genitive before one, up to the first word that is a role or a job title;
        (first word, one past the last) or None."""
        while k < len(ws) and _NOTE.fullmatch(ws[k].bare):
            k += 1
        first = k
        while k < len(ws) and k - first < 5:
            bare = ws[k].bare
            lower = bare[:1].islower() or re.fullmatch(r"[IV]{1,3}\.?|\d\.", bare) is not None
            genitive_place = (
                _NAME_WORD.fullmatch(bare) is not None
                and bare.endswith("n")
                and k + 1 < len(ws)
                and ws[k + 1].bare[:1].islower()
            )
            if not (lower or genitive_place):
                return None
            if self._head(bare.rstrip(".")) or self._head(bare):
                return first, k + 1
            if ws[k].text.endswith(","):
                return None
            k += 1
        return None

    def _skip_notes(self, ws: list[_Word], k: int) -> int:
        while k < len(ws) and _NOTE.fullmatch(ws[k].bare):
            k += 1
        return k

    def _abbreviated_body(self, word: str) -> str:
        """The body an abbreviated or genitive word names ("kirkkovalt." → Kirkkovaltuusto,
        "yhtymävaltuuston" → Yhtymävaltuusto), or ""."""
        if word.endswith(".") and len(word) > 4:
            stem = word[:-1].casefold()
            for head in _BODY_HEADS:
                for k in range(1, len(stem) - 2):
                    if head.startswith(stem[k:]) and self.lex.body_kind(stem[:k] + head):
                        return (stem[:k] + head).capitalize()
            return ""
        if word.endswith("n"):
            return self.w._genitive_body(word)
        return ""

    def _seat(self, phrase: list[str]) -> tuple[str, str]:
        """The seat a role phrase says and the other body it names ("yht. kirkkovalt. pj" →
        chair of Yhteinen kirkkovaltuusto); ("", "") for a job or an unknown phrase."""
        head = phrase[-1].strip(",")
        role = self.lex.role_of(" ".join(phrase).strip(",")) or self.lex.role_of(head)
        if role not in ("chair", "vice_chair", "member", "deputy_member"):
            return "", ""
        body, shared = "", ""
        for word in phrase[:-1]:
            low = word.casefold().strip(",")
            if low in _SEAT_MODIFIERS:
                continue
            if low == "yht.":
                shared = "Yhteinen "
                continue
            if not body and (named := self._abbreviated_body(low)):
                body = named
                continue
            return "", ""
        if shared and body:
            body = shared + body.casefold()
        elif shared:
            return "", ""
        return role, body

    # ----------------------------------------------------------------- the page's body
    def _head_body(self, text: str) -> Mention | None:
        """The body whose minutes the page is: named in the genitive before "kokous" or
        "istunto" in the page's first 600 characters, else as the walker's minutes read it."""
        for mt in _MEETING_HEAD.finditer(text, 0, min(len(text), 600)):
            name = self.w._genitive_body(mt.group("body"))
            if name:
                if mt.group("adj"):
                    name = "Yhteinen " + name.casefold()
                return Mention(
                    mt.start("body"), mt.end("body"), mt.group("body"), name, "body", 0.6
                )
        return self.w._minutes_head_body(text) or self.w._genitive_minutes_title(text)

    def _body(self, text: str, at: int, name: str) -> Mention:
        return Mention(at, at, "", name, "body", 0.55)

    # ----------------------------------------------------------------- the readings
    def read(self, text: str, out: Walk) -> None:
        self._signed_in_lower_case(text, out)
        self._first_name_pushed_past_row(text, out)
        self._timed_officials(text, out)
        found: list[Finding] = []
        found += self._present_names_then_roles(text)
        found += self._absent_with_named_deputies(text)
        found += self._member_deputy_runs(text)
        found += self._titled_present_run(text)
        found += self._names_then_entries(text)
        out.no_seat += self.no_seat
        self._seat_items_with_notes(text, out)
        self._new_members_for_terms(text, out)
        self._chair_before_the_new(text, out)
        self._chair_handing_over(text, out)
        if not found:
            return
        taken = {(f.actor.start, f.actor.end) for f in found} | set(self.cleared)
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership"
            or not any(a < f.actor.end and f.actor.start < b for a, b in taken)
        ] + found

    def _first_name_pushed_past_row(self, text: str, out: Walk) -> None:
        """ "Ek Aino 17:00-18:53 jäsen Lind 17:00-18:53 jäsen Bo Salo Eva 17:00-18:53 jäsen": a
        row of a timed attendance table with its surname alone, the first name pushed past the
        row before the next name; the three names read as one are the next name, and the
        surname with the pushed first name holds the seat its row says, in the same body."""
        for mt in _PUSHED_FIRST_NAME.finditer(text):
            role = self.lex.role_of(mt.group("role"))
            if role not in ("chair", "vice_chair", "member", "deputy_member"):
                continue
            first = mt.start("first")
            read = [f for f in out.findings if f.kind == "membership" and f.actor.start == first]
            if len(read) != 1 or read[0].target is None:
                continue
            seat = read[0]
            s0, e0 = mt.span("next")
            seat.actor = self.w._listed_name(text, s0, e0)
            s1, e1 = mt.span("surname")
            name = f"{mt.group('first')} {mt.group('surname')}"
            person = Mention(s1, e1, text[s1:e1], name, "person", 0.6, "nom")
            out.findings.append(
                Finding("membership", person, role, seat.target, (s1, mt.end("first")), 0.6,
                        "pushed-first-name")
            )  # fmt: skip

    def _timed_officials(self, text: str, out: Walk) -> None:
        """ "Ek Aino 17:00-18:53 kuntayhtymäjohtaja": a timed attendance row saying a job, an
        official's, holds no seat nor a guess at one."""
        for mt in re.finditer(rf"(?P<name>{_NAME})\s+{_TIME}\s+(?P<post>[a-zåäö][\w-]*)", text):
            if self.lex.is_occupation(mt.group("post")):
                out.no_seat.append(mt.span("name"))
                out.findings = [
                    f
                    for f in out.findings
                    if f.kind != "membership" or f.actor.start != mt.start("name")
                ]

    def _signed_in_lower_case(self, text: str, out: Walk) -> None:
        """ "Aino Ek puheenjohtaja Bo Lind pöytäkirjanpitäjä": the chair's title is the name's
        before it, never the next name's, whose title is after it; a chair's seat read for the
        next name is dropped."""
        for mt in _SIGNED_LOWER.finditer(text):
            before = text[max(0, mt.start() - 40) : mt.start()].split()
            if before and self.lex.role_of(before[-1].strip(":,")):
                continue  # "puheenjohtaja Aino Ek …": the titles come before the names
            second = mt.start("second")
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not (f.actor.start == second and f.role == "chair")
            ]

    def _new_members_for_terms(self, text: str, out: Walk) -> None:
        """ "Hallituksessa jatkavat A, B ja C. Seuraavaksi kaksivuotiskaudeksi valittiin uusina
        D ja E sekä yksivuotiskaudeksi F.": the new ones elected for their terms are members of
        the body the sentence before gave its continuing members (two or more, one body)."""
        for mt in _ELECTED_FOR_TERMS.finditer(text):
            begin = max(text.rfind(". ", 0, mt.start()), text.rfind("\n", 0, mt.start()))
            if begin < 0:
                continue
            before = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin), 0)
            read = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.role == "member"
                and before <= f.actor.start < begin
            ]
            bodies = {f.target.name for f in read if f.target is not None}
            if len(read) < 2 or len(bodies) != 1:
                continue
            body = read[0].target
            for nm in re.finditer(_FULL_NAME, mt.group("names")):
                s0, e0 = mt.start("names") + nm.start(), mt.start("names") + nm.end()
                if any(f.kind == "membership" and f.actor.start == s0 for f in out.findings):
                    continue
                person = Mention(s0, e0, text[s0:e0], nm.group(), "person", 0.6, "nom")
                out.findings.append(
                    Finding("membership", person, "member", body, (mt.start(), e0), 0.6,
                            "new-members-for-terms")
                )  # fmt: skip

    def _chair_before_the_new(self, text: str, out: Walk) -> None:
        """ "… ordföranden B hälsade medlemmarna välkomna … A valdes till ny ordförande efter
        B.": B is the outgoing chair (the new chair's body may be settled only later): no chair's
        seat for B on the page (a seat as a member elected the same day stays)."""
        for mt in _NEW_CHAIR_AFTER.finditer(text):
            if not any(
                f.kind == "membership" and f.role == "chair" and f.actor.start == mt.start("new")
                for f in out.findings
            ):
                continue
            old = mt.group("old")
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership"
                    and f.role == "chair"
                    and not f.status
                    and f.actor.name == old
                )
            ]

    def _chair_handing_over(self, text: str, out: Walk) -> None:
        """ "… valitsi uudeksi puheenjohtajaksi D. A on toiminut seuran puheenjohtajana
        vuodesta 2011.": on a page electing a new chair, the one who has chaired since a year
        hands over, no chair's seat nor a guess at one."""
        if re.search(r"(?<![\w-])uudeksi\s+puheenjohtajaksi(?![\w-])", text) is None:
            return
        pattern = rf"(?P<name>{_FULL_NAME})\s+on\s+toiminut\s+(?:\w+\s+)?puheenjohtajana\s+vuodesta"
        for mt in re.finditer(pattern, text):
            out.no_seat.append(mt.span("name"))
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership" and f.role == "chair" and f.actor.start == mt.start()
                )
            ]

    def _seat_items_with_notes(self, text: str, out: Walk) -> None:
        """ "Ek Aino puheenjohtaja Lind Bo jäsen, poistuneena klo Salo Eva jäsen Mäki Olli
        varajäsen": a run of four entries or more, each a name printed surname first and its
        seat, a note of leaving after a comma between them; the names the sentences left
        without a seat (and no rule said to hold none) get theirs, in the body the run's other
        names were read in. Not where a name follows the last seat (the seats may come before
        the names)."""
        ws = self._all_words(text)
        k = 0
        while k < len(ws):
            if not self._name_at(ws, k) or (k and self._head(ws[k - 1].bare.rstrip("."))):
                k += 1
                continue
            items: list[tuple[_Word, _Word, str]] = []
            j = k
            while self._name_at(ws, j):
                ph = self._phrase(ws, j + 2)
                if ph is None or ph[0] != j + 2:
                    break
                role, elsewhere = self._seat([w.text for w in ws[ph[0] : ph[1]]])
                if not role or elsewhere:
                    break
                items.append((ws[j], ws[j + 1], role))
                j = self._skip_notes(ws, ph[1])
            if len(items) < 4 or self._name_at(ws, j):
                k = max(j, k + 1)
                continue
            span = (items[0][0].start, items[-1][1].end)
            read = [
                f
                for f in out.findings
                if f.kind == "membership" and span[0] <= f.actor.end and f.actor.start < span[1]
            ]
            bodies = {f.target.name for f in read if f.target is not None}
            if len(bodies) == 1 and len(read) >= 2:
                body = next(f.target for f in read if f.target is not None)
                for a, b, role in items:
                    if any(f.actor.start < b.end and a.start < f.actor.end for f in read):
                        continue  # (read already, with a particle before it: "von Ek Aino")
                    if any(s0 < b.end and a.start < e0 for s0, e0 in out.no_seat):
                        continue  # (said to hold no seat: a name in another row's note)
                    person = self.w._listed_name(text, a.start, b.start + len(b.bare))
                    out.findings.append(
                        Finding("membership", person, role, body, (a.start, b.end), 0.6,
                                "seat-items-with-notes")
                    )  # fmt: skip
            k = j

    def _entry(self, ws: list[_Word], k: int) -> int | None:
        """One entry of a post column run after its names, from ``k``: a post, then after a
        comma its details ("esittelijä, koulun rehtori"; "asiantuntija, läsnä pykälissä 2 4,
        poistui klo"), a number before a comma closing it, a post after a word not in the
        genitive beginning the next; one past its end, or None."""
        ph = self._phrase(ws, k)
        if ph is None:
            return None
        k = ph[1]
        while k < len(ws) and ws[k - 1].text.endswith(","):
            if re.fullmatch(r"[\d\u2013-]+,", ws[k - 1].text):
                break  # "läsnä pykälissä 26 28, 32,": a list of items closes the entry
            stop = k
            while stop < len(ws) and stop - k < 6:
                word = ws[stop]
                if stop > k and self._head(word.bare) and not ws[stop - 1].bare.endswith("n"):
                    break  # the next entry's post
                if word.text[:1].isupper() and not (
                    word.bare.endswith("n")
                    and stop + 1 < len(ws)
                    and ws[stop + 1].text[:1].islower()
                ):
                    break
                stop += 1
                if word.text.endswith(","):
                    break
            if stop == k:
                break
            k = stop
        return k

    def _names_then_entries(self, text: str) -> list[Finding]:
        """ "Aho Aino Ek Bo Lind Eva esittelijä, koulun rehtori kunnanhallituksen edustaja
        kunnanhallituksen puheenjohtaja": those present besides the members, a run of names
        followed by as many entries of posts in the same order; the k-th entry is the k-th
        name's, and a seat in another body it names is read ("kunnanhallituksen puheenjohtaja":
        the board's chair), the others none. Read only where the counts agree."""
        found: list[Finding] = []
        ws = self._all_words(text)
        k = 0
        while k < len(ws):
            if not self._name_at(ws, k) or (k and self._name_word(ws[k - 1])):
                k += 1
                continue
            names = []
            j = k
            while self._name_at(ws, j):
                names.append((ws[j], ws[j + 1]))
                j += 2
            if len(names) < 3 or j >= len(ws) or not ws[j].text[:1].islower():
                k = j if len(names) >= 1 else k + 1
                continue
            entries: list[tuple[int, int]] = []
            e = j
            while len(entries) < len(names):
                end = self._entry(ws, e)
                if end is None:
                    break
                entries.append((e, end))
                e = end
            k = max(e, j)
            if len(entries) != len(names) or (e < len(ws) and ws[e].text[:1].islower()):
                continue
            for (a, b), (s0, _e0) in zip(names, entries, strict=True):
                ph = self._phrase(ws, s0)
                if ph is None:
                    continue
                role, elsewhere = self._seat([w.text for w in ws[ph[0] : ph[1]]])
                if not role or not elsewhere:
                    self.cleared.append((a.start, b.end))
                    continue
                person = self.w._listed_name(text, a.start, b.start + len(b.bare))
                target = self._body(text, ws[ph[0]].start, elsewhere)
                found.append(
                    Finding("membership", person, role, target, (a.start, b.end), 0.6,
                            "names-then-entries")
                )  # fmt: skip
        return found

    def _present_names_then_roles(self, text: str) -> list[Finding]:
        """ "Läsnä Ek Aino puheenjohtaja Lind Bo varapuheenjohtaja Salo Eva Mäki Olli Aho Ulla
        varsinainen jäsen varsinainen jäsen kirkkoherra": the entries with their roles, then a
        run of names followed by as many roles in the same order, the k-th role the k-th
        name's. Read only where the counts agree and three roles or more are seats."""
        body = None
        found: list[Finding] = []
        for label in _PRESENT.finditer(text):
            stop = _ABSENT.search(text, label.end())
            end = stop.start() if stop is not None else len(text)
            end = min(end, label.end() + 3000)
            para = text.find("\n\n", label.end())
            if 0 <= para < end:
                end = para
            ws = _words(text, label.end(), end)
            items: list[tuple[_Word, _Word, list[str]]] = []
            k = 0
            paired = False
            while self._name_at(ws, k):
                if self._name_at(ws, k + 2):
                    names = []
                    j = k
                    while self._name_at(ws, j):
                        names.append((ws[j], ws[j + 1]))
                        j += 2
                    phrases = []
                    while len(phrases) < len(names):
                        ph = self._phrase(ws, j)
                        if ph is None:
                            break
                        phrases.append([w.text for w in ws[ph[0] : ph[1]]])
                        j = ph[1]
                    j = self._skip_notes(ws, j)
                    if len(names) < 3 or len(phrases) != len(names):
                        break
                    if j < len(ws) and not ws[j].bare[:1].isupper():
                        break
                    seats = [self._seat(p) for p in phrases]
                    if sum(1 for r, _ in seats if r) < 3:
                        break
                    items += [(a, b, p) for (a, b), p in zip(names, phrases, strict=True)]
                    paired = True
                    break
                ph = self._phrase(ws, k + 2)
                if ph is None:
                    break
                items.append((ws[k], ws[k + 1], [w.text for w in ws[ph[0] : ph[1]]]))
                k = ph[1]
            if not paired:
                continue
            body = body or self._head_body(text)
            if body is None:
                return []
            for a, b, phrase in items:
                role, elsewhere = self._seat(phrase)
                if not role:
                    self.cleared.append((a.start, b.end))
                    continue
                target = self._body(text, a.start, elsewhere) if elsewhere else body
                person = self.w._listed_name(text, a.start, b.start + len(b.bare))
                found.append(
                    Finding("membership", person, role, target, (a.start, b.end), 0.6,
                            "names-then-roles-apart")
                )  # fmt: skip
        return found

    def _absent_with_named_deputies(self, text: str) -> list[Finding]:
        """ "Poissa Ek Aino varsinainen jäsen Lind Bo Aino Ekin varajäsen Salo Eva varsinainen
        jäsen …": each absent member, then the member's deputy, named with the member's name in
        the genitive before "varajäsen". Read only where every such genitive names the member
        just before, and two pairs or more are read."""
        found: list[Finding] = []
        for label in _ABSENT.finditer(text):
            end = min(len(text), label.end() + 2000)
            para = text.find("\n\n", label.end())
            if 0 <= para < end:
                end = para
            ws = _words(text, label.end(), end)
            body = None
            read: list[Finding] = []
            cleared: list[tuple[int, int]] = []
            pairs = 0
            k = 0
            member: tuple[_Word, _Word] | None = None
            while self._name_at(ws, k):
                first, last = ws[k], ws[k + 1]
                j = k + 2
                of = None
                if self._name_at(ws, j):
                    of = (ws[j], ws[j + 1])
                    j += 2
                ph = self._phrase(ws, j)
                if ph is None:
                    break
                phrase = [w.text for w in ws[ph[0] : ph[1]]]
                role, elsewhere = self._seat(phrase)
                k = self._skip_notes(ws, ph[1])
                deputy_for = None
                if of is not None:
                    if role != "deputy_member" or member is None or not _names_member(of, member):
                        read = []
                        break
                    pairs += 1
                    # the genitive prints the member's name first name first: written so
                    seat = read[-1]
                    given, surname = member[1].bare, member[0].bare
                    seat.actor = replace(seat.actor, name=f"{given} {surname}")
                    deputy_for = seat.actor
                elif role == "deputy_member":
                    read = []
                    break
                if not role or elsewhere:
                    member = None
                    cleared.append((first.start, last.end))
                    continue
                body = body or self._head_body(text)
                if body is None:
                    return []
                person = self.w._listed_name(text, first.start, last.start + len(last.bare))
                read.append(
                    Finding("membership", person, role, body, (first.start, ws[ph[1] - 1].end),
                            0.6, "absent-named-deputies", deputy_for=deputy_for)
                )  # fmt: skip
                member = (first, last) if role == "member" and of is None else None
            if pairs >= 2:
                found += read
                self.cleared += cleared
        return found

    def _member_deputy_runs(self, text: str) -> list[Finding]:
        """ "Jäsen Ek Aino, pj. Lind Bo, vpj. Salo Eva Varajäsen Mäki Olli Aho Ulla Berg
        Eero": a member/deputy table run one column after the other; the names after the
        members' header are members (", pj." the chair, ", vpj." the vice chair), the same
        number after the deputies' header deputies. Read on three rows or more."""
        found: list[Finding] = []
        for mt in re.finditer(r"(?<![\w-])(?:Jäsen|Jäsenet|Varsinaiset jäsenet)(?![\w-])", text):
            ws = _words(text, mt.end(), min(len(text), mt.end() + 1500))
            members: list[tuple[_Word, _Word, str]] = []
            k = 0
            while (
                k + 1 < len(ws)
                and self._name_word(ws[k])
                and self._name_word(
                    _Word(ws[k + 1].start, ws[k + 1].end, ws[k + 1].text.rstrip(","))
                )
            ):
                role = "member"
                j = k + 2
                if ws[k + 1].text.endswith(","):
                    said = self.lex.role_of(ws[j].text) if j < len(ws) else None
                    if said not in ("chair", "vice_chair"):
                        break
                    role = said
                    j += 1
                members.append((ws[k], ws[k + 1], role))
                k = j
            if len(members) < 3 or k >= len(ws):
                continue
            header = ws[k].text
            if self.lex.role_of(header) != "deputy_member" or header[:1].islower():
                continue
            k += 1
            deputies = []
            while self._name_at(ws, k) and len(deputies) < len(members):
                deputies.append((ws[k], ws[k + 1]))
                k += 2
            if len(deputies) != len(members) or self._name_at(ws, k):
                continue
            if "\n" in text[mt.start() : deputies[-1][1].end]:
                # (a page's own lines under "Varsinaiset jäsenet" / "Varajäsenet" headings: its
                # list readers' work, under the heading's body, not the page head's)
                continue
            body = self.w._minutes_head_body(text)
            if body is None:
                continue
            for a, b, role in members:
                person = self.w._listed_name(text, a.start, b.start + len(b.text.rstrip(",")))
                found.append(Finding("membership", person, role, body, (a.start, b.end), 0.6,
                                     "member-deputy-runs"))  # fmt: skip
            for a, b in deputies:
                person = self.w._listed_name(text, a.start, b.end)
                found.append(Finding("membership", person, "deputy_member", body, (a.start, b.end),
                                     0.6, "member-deputy-runs"))  # fmt: skip
        return found

    def _titled_present_run(self, text: str) -> list[Finding]:
        """ "Läsnä: arkkipiispa Leo (puheenjohtaja), metropoliitta Ambrosius, kirkkoherra Aino
        Ek ja johdon konsultti Bo Lind.": a comma run of those present, each led by a title in
        lower case, a one-word name after a title a name too; members of the body whose
        meeting the page's head names, "(puheenjohtaja)" the chair. Read on three items or
        more, every item of that shape."""
        found: list[Finding] = []
        for label in re.finditer(r"(?<![\w-])Läsnä:\s+", text):
            stop = text.find(".", label.end())
            if stop < 0 or stop - label.end() > 800:
                continue
            run = text[label.end() : stop]
            parts = re.split(r",\s+|\s+ja\s+", run)
            if len(parts) < 3:
                continue
            items = []
            pos = label.end()
            for part in parts:
                at = text.index(part, pos)
                pos = at + len(part)
                mt = _TITLED_ITEM.fullmatch(part)
                if mt is None or self.lex.role_of(mt.group("title")):
                    items = []
                    break
                items.append((at, mt))
            if len(items) < 3:
                continue
            body = self._head_body(text)
            if body is None:
                continue
            # "Esittelijät: johtaja Olli Mäki (sihteeri).": the presenting officials after the
            # run are staff, no seat nor a guess at one
            label = re.compile(r"\s*Esittelijä(?:t)?:").match(text, stop + 1)
            if label is not None:
                close = text.find(".", label.end())
                if 0 < close - label.end() < 400:
                    self.no_seat.append((label.start(), close))
            for at, mt in items:
                said = mt.group("role")
                role = "member"
                if said:
                    role = self.lex.role_of(said) or ""
                    if role not in ("chair", "vice_chair", "member"):
                        continue
                s, e = at + mt.start("name"), at + mt.end("name")
                person = Mention(s, e, text[s:e], " ".join(text[s:e].split()), "person", 0.6, "nom")
                found.append(Finding("membership", person, role, body, (at, at + mt.end()), 0.6,
                                     "titled-present-run"))  # fmt: skip
        return found


def _names_member(of: tuple[_Word, _Word], member: tuple[_Word, _Word]) -> bool:
    """Whether "Aino Ekin" (a first name, a surname in the genitive) names the member printed
    "Ek Aino" just before."""
    first, genitive = of[0].bare, of[1].bare.casefold()
    surname, given = member[0].bare, member[1].bare
    stem = surname.casefold()[: max(3, len(surname) - 3)]  # Nykänen, Nykäsen
    return first == given and genitive.startswith(stem) and genitive.endswith("n")


#: "Anna-Maija ”Ansku” Lahtisen": a nickname in quotation marks between a first name and a surname
_NICKNAME = re.compile(
    r"(?<![\w-])(?P<first>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)[ ]"
    r"(?P<nick>[\u201d\u201c\"][A-ZÅÄÖ][a-zåäö]+[\u201d\u201c\"])[ ](?=[A-ZÅÄÖ][a-zåäö])"
)


def nicknames_moved(text: str) -> str:
    """``text`` with each nickname in quotation marks between a first name and a surname
    blanked and the first name moved next to the surname ("Aino ”Ansku” Ekin" → "         Aino
    Ekin"): the same length, so every span is still the document's."""
    return _NICKNAME.sub(
        lambda mt: " " * (len(mt.group("nick")) + 1) + mt.group("first") + " ", text
    )

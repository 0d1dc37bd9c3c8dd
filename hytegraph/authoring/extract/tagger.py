"""A learned tagger beside the rules: for each person's name the rules' name reader finds, the
seat the words around it state (chair, vice chair, secretary, member, deputy member, or none).

The model is an averaged perceptron over sparse features of the name and its neighbourhood
(the words before and after it, their shapes, the role words of the lexicon near it, the lines
above and below, the last line without a name above it). It is trained from the hand-written
facts of the benchmark sets (``bench/train_tagger.py``) and stored beside this module as
``tagger_model.json``. Training is deterministic: a fixed order and a fixed seed.

:func:`propose` adds, for names the rules left unclaimed, the seats the tagger is sure of, each
with a lower confidence than the rules give and the body of the nearest fact or named body.
"""

from __future__ import annotations

import bisect
import functools
import json
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hytegraph.authoring.extract.findings import Finding
from hytegraph.authoring.extract.lexicon import FIRST_OFFICERS, MEETING_NAME, agency_name
from hytegraph.authoring.extract.lists import (
    AUDITOR,
    CONTACT_LABEL,
    credited,
    photo_of_several_terms,
    sent_to_a_meeting,
    under_adjunct_label,
    under_auditors_label,
    under_crowd_label,
)
from hytegraph.authoring.extract.mentions import (
    Mention,
    Reader,
    Token,
    raw_tokens,
    shared_first_words,
    tokens,
)
from hytegraph.authoring.extract.segment import end_at

#: The labels, "none" first.
LABELS = ("none", "chair", "vice_chair", "secretary", "member", "deputy_member")
#: The stored model.
MODEL_PATH = Path(__file__).with_name("tagger_model.json")
#: How far a proposal's best score must lead the next label's for it to be proposed.
MARGIN = 16.0
#: The confidence a tagger proposal carries (below what the rules give a membership).
CONFIDENCE = 0.3
#: Tokens read on each side of a name.
WINDOW = 4
#: How far (characters) the body of a proposal may be named before or after it.
BODY_REACH = 3000

_PHONE = re.compile(r"(?:\+?\d[\d ()-]{6,}\d)")
_MAIL = re.compile(r"\S+@\S+")
_PARTY = re.compile(r"[A-ZÅÄÖ]{1,5}")


@dataclass
class Candidate:
    """A person's name in a line, with the features the tagger reads."""

    mention: Mention
    line: tuple[int, int]
    features: list[str]
    #: What the line or the start of the document says the names are, if not seats
    #: ("applicant", "candidate" ...): no proposal is made for them.
    status: str = ""


def _shape(word: str) -> str:
    if not word:
        return "_"
    if word[0].isdigit():
        return "d"
    if not word[0].isalpha():
        return word[0]
    if word.isupper():
        return "X" if len(word) > 1 else "X1"
    return "Xx" if word[0].isupper() else "x"


class FeatureReader:
    """The candidates of a document and their features, for one lexicon and morphology."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.lex = reader.lex

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one reader per language and analyser
    def _role(self, word: str) -> str:
        return self.lex.role_of(word) or ""

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def _word(self, word: str) -> str:
        low = word.casefold()
        if low[:1].isdigit():
            return "<num>"
        return low if len(low) <= 24 else low[:24]

    def candidates(self, text: str) -> list[Candidate]:
        lines: list[tuple[int, int, list[Token], list[Mention]]] = []
        pos = 0
        for raw in text.split("\n"):
            start, end = pos, pos + len(raw)
            pos = end + 1
            if not raw.strip():
                continue
            toks = raw_tokens(text, start, end)
            lines.append((start, end, toks, self.reader.persons(toks)))
        out: list[Candidate] = []
        heading: list[str] = []
        # applicants, candidates, invitees: what the start of the document says it lists
        doc_status = self.lex.not_member_status(text[:2000]) or ""
        doc = [f"doc_status={doc_status}"] if doc_status else []
        for n, (start, end, toks, persons) in enumerate(lines):
            if not persons:
                if len(toks) <= 12:
                    heading = self._heading(toks)
                continue
            prev = lines[n - 1] if n else None
            nxt = lines[n + 1] if n + 1 < len(lines) else None
            status = doc_status or (
                self.lex.not_member_status(text[start:end]) if len(toks) < 60 else None
            )
            for k, m in enumerate(persons):
                feats = self._features(text, toks, persons, k, prev, nxt, heading) + doc
                out.append(Candidate(m, (start, end), feats, status or ""))
        return out

    def _heading(self, toks: list[Token]) -> list[str]:
        feats = ["h:any"]
        for t in toks:
            r = self._role(t.text)
            if r:
                feats.append(f"h:role={r}")
            elif t.is_word and len(t.text) > 3:
                kind = self.lex.trained_body_kind(t.text.casefold())
                if kind:
                    feats.append("h:body")
        if toks and toks[-1].text == ":":
            feats.append("h:colon")
        return feats

    def _features(
        self,
        text: str,
        toks: list[Token],
        persons: list[Mention],
        k: int,
        prev: tuple[int, int, list[Token], list[Mention]] | None,
        nxt: tuple[int, int, list[Token], list[Mention]] | None,
        heading: list[str],
    ) -> list[str]:
        m = persons[k]
        first = next(i for i, t in enumerate(toks) if t.end > m.start)
        last = max(i for i, t in enumerate(toks) if t.start < m.end)
        f = ["bias", f"lang={self.lex.lang}", f"nw={min(last - first + 1, 4)}"]
        f.append(f"npersons={min(len(persons), 4)}")
        where = "first" if k == 0 else "last" if k == len(persons) - 1 else "mid"
        f.append("pos=" + ("only" if len(persons) == 1 else where))
        f.append(f"at_start={first == 0}")
        f.append(f"at_end={last == len(toks) - 1}")
        f.append(f"ntoks={min(len(toks), 20) // 4}")
        f.append(f"case={m.case}")
        f.append(f"mconf={round(m.confidence, 1)}")
        written = text[m.start : m.end]
        if written.split()[0].isupper():
            f.append("surname_caps")
        for d in range(1, WINDOW + 1):
            i = first - d
            if i >= 0:
                w = toks[i].text
                f.append(f"L{d}={self._word(w)}")
                f.append(f"Ls{d}={_shape(w)}")
            elif d == 1:
                f.append("L1=<bol>")
            j = last + d
            if j < len(toks):
                w = toks[j].text
                f.append(f"R{d}={self._word(w)}")
                f.append(f"Rs{d}={_shape(w)}")
                if d <= 2 and _PARTY.fullmatch(w):
                    f.append(f"R{d}party")
            elif d == 1:
                f.append("R1=<eol>")
        if first >= 1 and last + 1 < len(toks):
            f.append(f"L1R1={self._word(toks[first - 1].text)}|{self._word(toks[last + 1].text)}")
        # role words near the name: which side, how near
        lo = persons[k - 1].end if k else toks[0].start
        hi = persons[k + 1].start if k + 1 < len(persons) else toks[-1].end
        for i in range(max(0, first - 8), min(len(toks), last + 9)):
            t = toks[i]
            if first <= i <= last or not t.is_word:
                continue
            r = self._role(t.text)
            if not r:
                continue
            side = "L" if i < first else "R"
            dist = first - i if i < first else i - last
            own = lo <= t.start and t.end <= hi
            f.append(f"role{side}={r}")
            f.append(f"role{side}{min(dist, 4)}={r}")
            if own:
                f.append(f"role_own{side}={r}")
        line_text = text[toks[0].start : toks[-1].end]
        if _PHONE.search(line_text):
            f.append("phone")
        if _MAIL.search(line_text):
            f.append("mail")
        status = self.lex.not_member_status(line_text) if len(toks) < 60 else None
        if status:
            f.append(f"status={status}")
        for tag, other in (("P", prev), ("N", nxt)):
            if other is None:
                f.append(f"{tag}:none")
                continue
            f.append(f"{tag}:persons={min(len(other[3]), 2)}")
            otoks = other[2]
            if otoks and len(otoks) <= 20:
                roles = {self._role(t.text) for t in otoks if t.is_word} - {""}
                for r in sorted(roles):
                    f.append(f"{tag}:role={r}")
            if otoks:
                f.append(f"{tag}:first={_shape(otoks[0].text)}")
        f.extend(heading)
        return f


# -- the model --------------------------------------------------------------------------------


class Model:
    """Weights per feature, one per label."""

    def __init__(self, weights: dict[str, list[float]]) -> None:
        self.weights = weights

    def scores(self, features: Iterable[str]) -> list[float]:
        out = [0.0] * len(LABELS)
        for feat in features:
            w = self.weights.get(feat)
            if w is not None:
                for i, x in enumerate(w):
                    out[i] += x
        return out

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The best label and how far its score leads the next one's."""
        s = self.scores(features)
        order = sorted(range(len(LABELS)), key=lambda i: (-s[i], i))
        return LABELS[order[0]], s[order[0]] - s[order[1]]

    def to_json(self) -> str:
        return json.dumps(
            {"labels": list(LABELS), "weights": self.weights},
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, data: str) -> Model:
        raw = json.loads(data)
        if raw.get("labels") != list(LABELS):
            raise ValueError("tagger model labels differ from the code's")
        return cls(raw["weights"])


@functools.lru_cache(maxsize=1)
def load_model(path: str | None = None) -> Model:
    """The stored model (``tagger_model.json`` beside this module)."""
    return Model.from_json(Path(path or MODEL_PATH).read_text(encoding="utf-8"))


def train(examples: Sequence[tuple[list[str], str]], *, epochs: int = 6, seed: int = 0) -> Model:
    """An averaged perceptron trained on ``examples`` (features, label) in a fixed order
    shuffled with ``seed``; weights rounded to three decimals, features seen only once and
    weights near zero left out."""
    n = len(LABELS)
    seen: dict[str, int] = {}
    for feats, _label in examples:
        for feat in feats:
            seen[feat] = seen.get(feat, 0) + 1
    w: dict[str, list[float]] = {}
    u: dict[str, list[float]] = {}  # the updates weighted by when they were made
    order = list(range(len(examples)))
    rng = random.Random(seed)
    c = 1
    for _epoch in range(epochs):
        rng.shuffle(order)
        for idx in order:
            feats, label = examples[idx]
            feats = [x for x in feats if seen[x] > 1]
            gold = LABELS.index(label)
            s = [0.0] * n
            for feat in feats:
                wf = w.get(feat)
                if wf is not None:
                    for i in range(n):
                        s[i] += wf[i]
            guess = max(range(n), key=lambda i: (s[i], -i))
            if guess != gold:
                for feat in feats:
                    wf = w.setdefault(feat, [0.0] * n)
                    uf = u.setdefault(feat, [0.0] * n)
                    wf[gold] += 1
                    wf[guess] -= 1
                    uf[gold] += c
                    uf[guess] -= c
            c += 1
    out: dict[str, list[float]] = {}
    for feat in sorted(w):
        avg = [round(w[feat][i] - u[feat][i] / c, 3) for i in range(n)]
        if any(abs(x) >= 0.01 for x in avg):
            out[feat] = avg
    return Model(out)


# -- proposals --------------------------------------------------------------------------------


def _key(name: str) -> str:
    """A name's words in order, case and the dots over a vowel aside ("Liisä Ek" printed for
    "Liisa Ek" in a photo's caption is the same person)."""
    return " ".join(sorted(name.casefold().translate(_UNDOTTED).split()))


def propose(
    text: str,
    findings: list[Finding],
    named: list[tuple[Mention, tuple[int, int]]],
    reader: Reader,
    model: Model,
    *,
    margin: float = MARGIN,
    candidates: list[Candidate] | None = None,
    no_seat: Sequence[tuple[int, int]] = (),
) -> list[Finding]:
    """Memberships for the names the rules left unclaimed that ``model`` is sure of (its best
    label's score leads the next one's by ``margin``), unless the line or the start of the
    document says they are applicants, candidates, invitees or proposals, or the rules'
    finding nearest the name is a candidacy or a seat held before or to come. The body is that
    of a membership the rules found on the same line, else of the nearest one before (or
    after) the name, else the nearest body the text names, within :data:`BODY_REACH`
    characters. ``candidates``: the document's, when already read. ``no_seat``: spans where
    the rules read names as holding no seat (a gallery's captions, a meeting's presidium)."""
    claimed = {_key(f.actor.name) for f in findings}
    spans = [(f.actor.start, f.actor.end) for f in findings]
    facts = sorted(
        ((f.quote[0], f.quote[1], f.target) for f in findings
         if f.kind == "membership" and f.target is not None),
        key=lambda x: x[0],
    )  # fmt: skip
    # (a state agency the text names in passing, "Opetushallitus", is no body of seats; nor,
    # for a guess, a body word the tagger was trained without, alone: "Toimituskunta:" over a
    # magazine's editors is the rules' to read)
    bodies = sorted(
        (
            (q[0], q[1], mn)
            for mn, q in named
            if mn.kind != "person"
            and not (reader.lex.lang == "fi" and agency_name(mn.name))
            and not _untrained_alone(reader, mn)
        ),
        key=lambda x: x[0],
    )
    # the leaders the rules read ("Kahvion ryhmää johti A"), by their quotes
    led = {f.quote for f in findings if f.rule == "text-led-by"}
    near = sorted(findings, key=lambda f: f.quote[0])
    starts = [f.quote[0] for f in near]
    named_bodies = [mn for mn, _q in named if mn.kind != "person"]
    if candidates is None:
        candidates = FeatureReader(reader).candidates(text)
    out: list[Finding] = []
    shared = shared_first_words(text, [c.mention for c in candidates])
    gone = {_key(p.name) for p in reader.left_in_genitive(text)}  # "Aino Ekin erottua …": no guess
    for cand in candidates:
        m = cand.mention
        if cand.status or _key(m.name) in claimed or _key(m.name) in gone:
            continue
        words = set(_key(m.name).split())
        if len(words) >= 2 and any(words < set(c.split()) for c in claimed):
            # "(för Tommy Ek)" after "Tommy Ek Lund" was read: the same person printed short,
            # already given a seat by the rules
            continue
        if m.written.split()[0] in shared:
            continue  # "Parkinson Skåne", "Parkinson Örebro": organisations, not people
        if any(s < m.end and m.start < e for s, e in [*spans, *no_seat]):
            continue
        nearest = _nearest_finding(near, starts, m.start)
        if (
            nearest is not None
            and (nearest.kind == "candidacy" or nearest.status)
            and not _paragraph_between(text, nearest, m.start)
        ):
            continue  # among applicants, or seats held before or to come: not for a guess
        if no_seat_said(reader.lex, text, m.start, m.end) or left_elsewhere(text, m.start, m.end):
            continue
        if _LEGAL_FORM_AFTER.match(text, m.end):
            continue  # "Aino Aho (Testilän Martat ry)": the organisation she sits for
        if _ORGANISATION_HEAD.fullmatch(m.written.split()[-1]):
            continue  # "Tule mukaan Loviisan Puutarhayhdistyksen toimintaan": an organisation
        if _FOUNDATION_AFTER.match(text, m.end):
            continue  # "Aino Ahon muistosäätiö sr": a foundation named after a person
        if any(mn.start <= m.start and m.end <= mn.end and mn.end > m.end for mn in named_bodies):
            continue  # "Testilän Siskojen johtokunta": a word of a body's name, no person
        if _OFFICIALS_RUN_BEFORE.search(text, max(0, m.start - 400), m.start):
            continue  # "Funktionärer A, sekreterare B, ekonom": the officials, no seat
        if _FEDERATION_TITLE_BEFORE.search(text, max(0, m.start - 80), m.start):
            continue  # "Testiliiton aluepäällikkö A": another organisation's staff or officer
        if _STAFF_TITLE_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue  # "liittosihteeri A", "toiminnanjohtaja B": the organisation's staff
        if _job_card(reader.lex, text, m.end):
            continue  # "A, Koordinator" / "B, IT-planerare, tel. …": a job's card, no seat
        if _after_auditors_elected(reader, text, m.start):
            continue  # "… valittiin toimintatarkastajat. Näitä hoitavat A ja B": the auditors
        if _took_part(reader, text, m.start):
            continue  # "Siivoustalkoot … Mukana olivat A, B": those who took part, no seat
        if _genitive_in_parentheses_after(text, m, spans):
            continue  # "Aho Aino (Eero Lahden)": the member she stands in for, no seat
        label, lead = model.predict(cand.features)
        if label == "none" or lead < margin:
            continue
        line = [b for s, e, b in facts if s < cand.line[1] and cand.line[0] < e]
        if len({_head_word(b.name) for b in line}) > 1:
            continue  # a line (a report run together) whose seats are in several bodies
        if line and not _seat_in_sentence(text, m, cand.line, facts, led):
            # "Kahvion ryhmää johti A. … Retkivastaava oli B": a line of prose whose seats the
            # rules read are a group's leader in another sentence; that group is not B's
            continue
        body = line[0] if line else (_nearest(facts, m.start) or _nearest(bodies, m.start))
        if not line and body is not None and not any(s <= m.start for s, _e, _b in facts):
            # the rules read seats only after the name: those are in the body their own lines
            # say; the name's is the body named above it (unless that is the same body, named
            # shorter), and with none, not a committee's whose list comes later
            above = [(s, e, b) for s, e, b in bodies if s <= m.start]
            named = _nearest(above, m.start) if above else None
            if named is not None and _head_word(named.name) not in body.name.casefold():
                body = named
            elif named is None and body.kind == "board" and not _names_head(text, m, body):
                body = None  # "Till valberedare valdes" far below the board's names
            elif named is None and _body_label_before(reader, text, cand.line[0], m.start):
                body = None  # "Toimituskunta: A ja B" above a board's table: the label's
            elif named is None and _PRESENT_LABEL.match(text, cand.line[0]):
                # "Läsnä: A, B ja C" heading minutes that name no body above it: who attended,
                # not seats in a body the text names only later
                body = None
        if (seat := _SEAT_APPOSITION.match(text, m.end)) is not None:
            # "Eva Ek, ledamot i förbundsstyrelsen, framförde …": the body her apposition
            # names, not the page's nearest
            said = [
                b
                for b in reader.bodies(tokens(text, seat.end(), cand.line[1]))
                if b.start == seat.end() and not b.plural
            ]
            if said:
                body = replace(said[0], name=said[0].name[:1].upper() + said[0].name[1:])
        if body is not None and MEETING_NAME.search(body.name):
            # "Kårstämma 2016" / … / "Nya styrelsen" / "De två ledamöterna A och B valdes om":
            # a meeting has no members; the board a heading between names, else no guess
            body = _board_heading_between(reader, text, body.end, m.start)
        if body is None:
            continue
        if label == "member" and _deputies_line(reader.lex, text, findings, m.start):
            # "Suppleanter: A, Testby, B, Testvik och C": the rules read the first name as a
            # deputy, quoting the whole run; the names they left in it are deputies too
            label = "deputy_member"
        if _other_body_labelled(reader, text, m.start, body):
            continue  # "Val av valberedning …: A, B": the label's body, not the one near
        if _other_body_consisting(reader, text, m.start, body):
            continue  # "valberedningen bestående av A och B": that body's, not the one near
        since = max((e for _s, e, _b in facts if e <= cand.line[0]), default=body.end)
        if not line and _organisation_heading_between(reader, text, since, cand.line[0]):
            continue  # "Stiftelsen X" over the name: a seat there, not in the body above
        if not line and _OFFICIALS_HEADING.search(text, since, cand.line[0]):
            continue  # "FUNKTIONÄRER" between the board's list and the name: no board seat
        if not line and since > cand.line[0] and _OFFICIALS_HEADING.search(text, 0, cand.line[0]):
            # "Toimihenkilöt" over the name and the only body named further on, in another
            # part ("… kaupunginhallituksen jäsen C"): the officials, not that body's seats
            continue
        out.append(
            Finding(
                "membership",
                m,
                label,
                body,
                cand.line,
                CONFIDENCE,
                "tagger",
                note="Proposed by the learned tagger: check it.",
            )
        )
        claimed.add(_key(m.name))
    return out


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
#: A short heading line that names a board by its bare word ("Nya styrelsen", "Hallitus
#: 2024", "Uusi hallitus").
_BOARD_HEADING = re.compile(
    r"(?im)^[ \t]*(?:[^\W\d][\w-]*[ \t]+)?(?P<word>styrelse(?:n)?|hallitus|johtokunta)"
    r"(?:[ \t]+\d{4}(?:[\u2013-]\d{2,4})?)?[ \t:]*$"
)


#: The label of those present at a meeting, opening its line ("Läsnä:", "Närvarande:").
_PRESENT_LABEL = re.compile(r"(?i)[ \t•*-]*(?:läsnä|paikalla|närvarande|närvarolista)[ \t]*:")


def _board_heading_between(reader: Reader, text: str, start: int, end: int) -> Mention | None:
    """The board the last heading between ``start`` and ``end`` names by its bare word
    ("Styrelsen", "Johtokunta"); None when there is none."""
    found = None
    for mt in _BOARD_HEADING.finditer(text, max(0, start), max(0, end)):
        found = mt
    if found is None:
        return None
    word = found.group("word")
    name = word[:1].upper() + word[1:].casefold()
    kind = reader.lex.body_kind(word.casefold()) or "body"
    return Mention(found.start(), found.end(), found.group().strip(), name, kind, 0.5)


def _deputies_line(lex: Any, text: str, findings: list[Finding], at: int) -> bool:
    """Whether the rules read memberships whose quote holds ``at`` (a name's start), each a
    deputy's and quoted from a deputies' label on ("Suppleanter: A, Testby, B, …")."""
    quoted = [f for f in findings if f.kind == "membership" and f.quote[0] <= at < f.quote[1]]
    return bool(quoted) and all(
        f.role == "deputy_member"
        and re.match(rf"(?i)[ \t]*(?:{lex.deputies})[ \t]*:", text[f.quote[0] : at])
        for f in quoted
    )


def _untrained_alone(reader: Reader, body: Mention) -> bool:
    """Whether ``body`` is one word the tagger was trained without ("Toimituskunta",
    "Viestintäjaos"), with nothing before it that names whose it is."""
    name = body.name.strip()
    return (
        " " not in name
        and reader.lex.body_kind(name) is not None
        and reader.lex.trained_body_kind(name) is None
    )


def _seat_in_sentence(
    text: str,
    m: Mention,
    line: tuple[int, int],
    facts: list[tuple[int, int, Mention]],
    led: set[tuple[int, int]],
) -> bool:
    """Whether a seat the rules read on the ``line`` of the name ``m`` is quoted from the
    name's own sentence, or is other than a group's leader (``led``: the quotes of those)."""
    begin = 0
    for found in _SENTENCE_END.finditer(text, max(0, m.start - 400), m.start):
        begin = found.end()
    after = _SENTENCE_END.search(text, m.end, min(len(text), m.end + 400))
    end = after.start() if after else min(len(text), m.end + 400)
    return any(
        (s < end and begin < e) or (s, e) not in led
        for s, e, _b in facts
        if s < line[1] and line[0] < e
    )


def _genitive_in_parentheses_after(text: str, m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether ``m`` is alone in parentheses, its last word in the genitive ("-n"), right after
    a name the rules read on the same line ("Aho Aino (Eero Lahden)"): whose deputy the person
    before it is, not a seat of its own."""
    if not m.written.split()[-1].endswith("n"):
        return False
    before = text[: m.start].rstrip(" \t")
    if not before.endswith("(") or not text[m.end :].lstrip(" \t").startswith(")"):
        return False
    at = len(before[:-1].rstrip(" \t"))
    return any(e == at for _s, e in spans)


#: A registered association's or a company's legal form right after a name ("Testilän Martat
#: ry", "Kylälä Oy:n"): the name is an organisation's, not a person's.
#: A name in the genitive before a foundation's or fund's word: "Aino Ahon muistosäätiö sr"
_FOUNDATION_AFTER = re.compile(r"[ \t]+[a-zåäö][\w-]*(?:säätiö|rahasto|stiftelse|fond)(?![\w-])")
#: A federation's genitive, perhaps a region's, and a title right before a name:
#: "Testiliiton Pohjanmaan aluepäällikkö", "Testiliiton puheenjohtaja"
_FEDERATION_TITLE_BEFORE = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][a-zåäö-]{2,}liiton(?:[ \t]+[A-ZÅÄÖ][\w-]*n)?[ \t]+[a-zåäö][\w-]*[ \t]+$"
)
#: The dots over a vowel, which a caption may add or lose.
_UNDOTTED = str.maketrans("äöå", "aoa")
#: A staff member's title right before a name ("liittosihteeri A", "toiminnanjohtaja B",
#: "verksamhetsledare C"), or ending the line right above it ("Seuran toiminnanjohtaja" /
#: "Aino Ek"): the organisation's employee, no seat in its board.
_STAFF_TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:(?:liitto|järjestö|toimisto)sihteeri|toiminnanjohtaja|verksamhetsledare)"
    r"(?:[ \t]+|[ \t]*:?[ \t]*\n[ \t]*)$"
)
#: "A, Koordinator" closing its line, or before the card's telephone ("A, IT-planerare3G/Mobil:
#: 040 …", "A, projektikoordinaattori, puh. 040 …"): a contact card of a job, no seat in a body
_JOB_CARD_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<job>[^\W\d]+(?:-[^\W\d]+)*)")
#: "styrelseledamot", "hallitusjäsen": a seat's word closing a compound, no job
_SEAT_COMPOUND = re.compile(r"(?i)\w*(?:ledamot|medlem|suppleant|ersättare|jäsen)")
#: "A, ledamot i förbundsstyrelsen, …": the seat a name's apposition states, its body right
#: after "i" / "av"
_SEAT_APPOSITION = re.compile(
    r"[ \t]*,[ \t]*(?:ledamot|ordförande|suppleant|ersättare)[ \t]+(?:i|av)[ \t]+"
)
#: An organisation's officials' label ("Funktionärer", "Toimihenkilöt") earlier in a run of
#: names and tasks on the same line, with no sentence's end between: the names after it are
#: officials or staff, with no seat.
_OFFICIALS_RUN_BEFORE = re.compile(
    r"(?<![\w-])(?:Funktionärer(?:na)?|Toimihenkilöt|Henkilökunta|Personal(?:en)?)[ \t]+"
    r"(?:[A-ZÅÄÖ][^\n.:;!?]{0,400})?$"
)
#: "FUNKTIONÄRER" or "Toimihenkilöt" alone on a line after a board's list: the officials' part
#: of the page begins
_OFFICIALS_HEADING = re.compile(
    r"(?im)^[ \t]*(?:övriga[ \t]+)?(?:funktionärer(?:na)?|toimihenkilöt)[ \t]*$"
)
_LEGAL_FORM_AFTER = re.compile(
    r"[ \t]+(?:ry|rf|r\.y\.|r\.f\.|oy|oyj|ab|abp)(?::\w+)?(?![\w-])", re.I
)


#: "som valdes för perioden 2008-2010", "valittiin toimikaudelle 2026-2028": seats of a stated
#: term, held or not on the page's date
_ELECTED_FOR_TERM = re.compile(
    r"(?i)(?:valdes|valda|vald|omvaldes|valittiin|valittu|valitut)\s+(?:för\s+)?"
    r"(?:mandatperiod(?:en)?|perioden|kaudelle|toimikaudelle|valtuustokaudelle),?\s+"
    r"(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)\d\d"
)


#: Speakers and performers at an event ("lyssna på olika talare, bland andra A, B",
#: "puhujina A ja B"): the sentence gives them no seat.
_SPEAKERS = re.compile(
    r"(?i)(?<![\w-])(?:talare|talarna|föreläsare\w*|föredragshållare\w*|puhuj\w+|"
    r"luennoitsij\w+|esiintyj\w+|"
    # "Paikalla oli alustamassa A", "alustajina A ja B": who gave a talk, no seat
    r"alustaj\w+|alustama\w*|alusti|alustivat)(?![\w-])"
)

#: A word that ends an organisation's name, in a case of its own ("Loviisan
#: Puutarhayhdistyksen", "Testilän Seuran", "Kylälä Hembygdsförening"): no person's last name.
_ORGANISATION_HEAD = re.compile(
    r"(?i)[\w-]*(?:yhdisty(?:s|ksen|stä|ksessä|kseen|kselle|ksellä|ksestä)|"
    r"seura(?:n|a|ssa|an|lle|lla|sta)?|liit(?:to|on|toa|ossa|toon|olle|osta)|"
    r"förening(?:en|ens|ar)?|förbund(?:et|ets)?|sällskap(?:et|ets)?)"
)
#: Who took part in an event, before the names ("Mukana olivat A, B", "talkoisiin osallistuivat
#: A ja B", "Med på resan var A", "deltog"): those present, no seat, unless the sentence names a
#: body they are in.
_TOOK_PART = re.compile(
    r"(?i)(?<![\w-])(?:mukana[ \t]+ol(?:i|ivat|leet)|osallistui(?:vat)?|\w*talko\w*|deltog|"
    r"deltagare|med[ \t]+(?:på[ \t]+\w+[ \t]+)?var)(?![\w-])"
)

#: The press at a body's photo or meeting, right before a name ("haastattelija A", "toimittaja
#: A", "fotograf A"): whoever writes or photographs the story holds no seat in the body.
_PRESS_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:haastattelija|toimittaja|valokuvaaja|kuvaaja|reportteri|intervjuare|"
    r"journalist|reporter|fotograf|redaktör)[ \t]+$"
)

#: A name in the genitive, perhaps more after it, and a participle of taking, writing or
#: making a work ("kuvat ovat Aino Kosken, Pekka Salosen ja Eeva Ahon ottamia", "Olli Ahon
#: kirjoittama historiikki"): who made the photos or the text, no seat held in a body.
_MADE_BY_AFTER = re.compile(
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:ja|sekä)[ \t]+)(?:[A-ZÅÄÖ][\w-]*[ \t]+){1,2}[A-ZÅÄÖ][\w-]*n)*"
    r"[ \t]+(?:otta|(?:valo)?kuvaa|kirjoitta|laati|piirtä|maalaa|kokoa|toimitta|suunnittele|"
    r"teke)m(?:[aä](?:t|n|[aä]|ss[aä]|n[aä]|ll[aä])?|i(?:[aä]|en|ss[aä]|n[aä]|ll[aä]|ksi))"
    r"(?![\w-])"
)

#: A person said to have left a body: "Name avgick från styrelsen", "Name erosi hallituksesta".
_LEFT = r"\s+(?:avgick|har\s+avgått|lämnade|erosi|on\s+eronnut|jätti)(?![\w-])"


def left_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the page says elsewhere that the person named at ``text[start:end]`` left
    ("Fredrik Ek avgick från styrelsen hösten 2015"): the tagger does not guess a seat for
    them; the rules read what the page says."""
    written = text[start:end]
    return len(written.split()) >= 2 and re.search(re.escape(written) + _LEFT, text) is not None


#: "Kokouksen puheenjohtajaksi valittiin", "Till mötets ordförande valdes": a role of the
#: meeting itself, no seat in a body, when the name follows it closely
_MEETING_OFFICER = re.compile(
    r"(?i)(?<![\w-])(?:(?:(?:vuosi|syys|kevät)?kokouksen|(?:års|höst|vår)?mötets|stämmans)[ \t]+"
    r"(?:puheenjohtaj\w*|sihteeri\w*|ordförande|sekreterare)|"
    # "Till mötesordförande valdes A": the meeting's officer in one word
    r"(?:års|höst|vår)?mötes(?:ordförande|sekreterare))(?![\w-])[^.;\n]{0,40}$"
)


#: A sentence that elects a meeting's chair ("Till ordförande för mötet valdes A och
#: sekreterare B"): the meeting's officers, no seat in a body
_MEETING_CHAIR = re.compile(
    r"(?i)(?<![\w-])(?:ordförande|sekreterare)[ \t]+(?:för|vid)[ \t]+(?:års|höst|vår)?mötet"
    r"(?![\w-])"
)


#: "A valdes till mötesordförande", "A valittiin kokouspuheenjohtajaksi": the meeting's own
#: officer named right before the office
_MEETING_OFFICE_AFTER = re.compile(
    r"(?i)[^.;\n]{0,40}?(?<![\w-])(?:(?:års|höst|vår)?mötes(?:ordförande|sekreterare)|"
    r"(?:vuosi|syys|kevät)?kokous(?:puheenjohtaj|sihteer)\w*)(?![\w-])"
)


#: The label of those present with no seat on a minutes cover run together ("Övriga
#: närvarande"), and the column words of seats that would begin another list after it.
_OTHERS_PRESENT_LABEL = re.compile(r"(?<![\w-])Övriga[ \t]+(?:närvarande|deltagande)(?![\w-])")
_SEAT_COLUMN = re.compile(r"(?i)(?<![\w-])(?:ledamöter|ersättare|suppleanter)(?![\w-])")


def _after_others_present(text: str, start: int) -> bool:
    """Whether the name at ``start`` comes after "Övriga närvarande" on its line (within 400
    characters) with no column of seats between: an official or a guest, no seat."""
    line = text.rfind("\n", 0, start) + 1
    window = max(line, start - 400)
    labels = list(_OTHERS_PRESENT_LABEL.finditer(text, window, start))
    return bool(labels) and not _SEAT_COLUMN.search(text, labels[-1].end(), start)


#: "Suppleanter för dessa …", "Ersättare för dem …", "Heidän varahenkilöinään …": the
#: deputies of the people the sentence before named.
_DEPUTIES_FOR_THESE = re.compile(
    r"(?i)\s*(?:(?:suppleant|ersättar)\w*[ \t]+för[ \t]+(?:dessa|dem|de[ \t]+senare)|"
    r"(?:heidän|näiden)[ \t]+varahenkil\w*|varalla[ \t]+heille)(?![\w-])"
)


#: "A höll i klubban", "A ledde stämman": the sentence's subject chaired the meeting itself,
#: no seat in a body (said of the name that opens the sentence only)
_HELD_THE_GAVEL = re.compile(
    r"(?i)(?<![\w-])(?:höll[ \t]+i[ \t]+klubban|ledde[ \t]+(?:års|höst|vår)?(?:mötet|stämman))"
    r"(?![\w-])"
)


#: "efter företrädaren A", "efter föreningens mångårige ordförande A": the one succeeded,
#: whose seat is no longer held
_SUCCEEDED = re.compile(r"(?i)(?<![\w-])efter(?:[ \t]+[\w-]+){0,5}[ \t]+$")


#: "Till justerare valdes A och B", "Pöytäkirjantarkastajiksi valittiin A ja B", "rösträknare":
#: a meeting's minutes checkers and tellers, then their names
_CHECKERS = re.compile(
    r"(?i)(?<![\w-])(?:(?:protokoll)?justerare|justeringsm[äa]n|rösträknare|p[öo]yt[äa]kirjan\s*tarkastaj\w*|"
    r"ääntenlaskij\w*|"
    # "Pöytäkirjan tarkastivat A ja B", "Protokollet justerades av A och B"
    r"pöytäkirjan[ \t]+tarkasti(?:vat)?|protokollet[ \t]+justerades[ \t]+av)[^.;\n]{0,40}$"
)

#: "Föreningens stadga undertecknades den 26.04.1937 av: Ordf. A, …", "Perustamiskirjan
#: allekirjoittivat A ja B": the signatories of a document, named with the seats they held
#: when they signed it, not as the body's now
_SIGNED_BY = re.compile(
    r"(?i)(?<![\w-])(?:undertecknade?s|signerades|allekirjoitti(?:vat)?|allekirjoittajat)(?![\w-])"
)

#: A heading of an annual report's section on the association's members ("Jäsenistö",
#: "Medlemskåren"), alone on its line between blank lines
_MEMBERSHIP_HEADING = re.compile(
    r"(?i)(?:yhdistyksen[ \t]+)?(?:jäsenistö|jäsenasiat|jäsenmäärä|jäsenkunta|"
    r"medlemskåren|medlemsantal(?:et)?|medlemsfrågor)"
)
#: A heading line: short, without a sentence's full stop, a blank line before and after it
_HEADING_LINE = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*([^\n.!?]{2,40}?)[ \t]*:?[ \t]*\n[ \t]*\n")


def under_membership_heading(text: str, pos: int) -> bool:
    """Whether the nearest heading above ``pos`` (within 3,000 characters) is the heading of a
    section on the association's members ("Jäsenistö": who joined, left, was made an honorary
    member): the names there are of the association's members, no seat in a body."""
    begin = max(0, pos - 3000)
    heads = [mt.group(1) for mt in _HEADING_LINE.finditer(text, begin, pos)]
    return bool(heads) and _MEMBERSHIP_HEADING.fullmatch(heads[-1]) is not None


def _job_card(lex: Any, text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a comma and a job title (a word the
    lexicon knows as an occupation, no body's role) that closes the line or runs into the
    card's telephone or e-mail label."""
    job = _JOB_CARD_AFTER.match(text, end)
    if (
        job is None
        or not lex.is_occupation(job.group("job"))
        or _SEAT_COMPOUND.fullmatch(job.group("job"))
    ):
        return False
    stop = text.find("\n", job.end())
    rest = text[job.end() : stop if stop >= 0 else len(text)]
    return not rest.strip(" \t.") or CONTACT_LABEL.match(rest) is not None


def no_seat_said(lex: Any, text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` (a name) has words by which the rules
    give no seat held on the page's date: a seat held before ("aiempi", "tidigare") or to
    come, a death ("kuoli", "har avlidit"), a body taking office later, an election for a
    stated term ("valdes för perioden 2008-2010"). The tagger guesses
    from the words around a name, not from what they mean; such a sentence is left to the
    rules."""
    begin = 0
    for found in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        begin = found.end()
    after = _SENTENCE_END.search(text, end)
    sentence = text[begin : after.start() if after else min(len(text), end + 400)]
    if (
        lex.not_held_status(sentence)
        or _LEAVING_LABEL.search(sentence)
        or photo_of_several_terms(text, start)
        or credited(text, start)
        or under_auditors_label(text, start)
        or under_adjunct_label(text, start)
        or under_crowd_label(text, start)
        # "Jäsenistö" / "Tammikuussa liittyivät A ja B": the association's new members
        or under_membership_heading(text, start)
    ):
        return True
    if AUDITOR.search(sentence):
        return True  # auditors and their deputies: no seat in a body
    if _DEPUTIES_FOR_THESE.match(sentence) and AUDITOR.search(
        text, max(0, begin - 300), max(0, begin - 1)
    ):
        return True  # "Revisorer har varit A och B. Suppleanter för dessa har varit C och D."
    if sent_to_a_meeting(text, start):
        return True  # delegates to a meeting: no seat in a body
    if _SPEAKERS.search(sentence):
        return True  # speakers and performers at an event: no seat in a body
    if _PRESS_BEFORE.search(text, max(begin, start - 30), start):
        return True  # "haastattelija A" among a board's members in a photo: the press
    if text[end - 1 : end] == "n" and _MADE_BY_AFTER.match(text, end):
        return True  # "kuvat ovat A:n ja B:n ottamia": who took the photos, no seat
    if _ELECTED_FOR_TERM.search(sentence):
        return True  # a term the rules weigh against the page's date (or leave, with none)
    if _MEETING_OFFICER.search(text, max(begin, start - 60), start):
        return True  # "Kokouksen puheenjohtajaksi valittiin A": the meeting's officer
    if _MEETING_OFFICE_AFTER.match(text, end):
        return True  # "A valdes till mötesordförande": the meeting's officer
    if _MEETING_CHAIR.search(sentence):
        return True  # "Till ordförande för mötet valdes A och sekreterare valdes B"
    if _after_others_present(text, start):
        return True  # "… Övriga närvarande A, förvaltningschef B, …": officials and guests
    if not text[begin:start].strip() and _HELD_THE_GAVEL.search(sentence):
        return True  # "A, …, höll i klubban under dagen": the meeting's chair, no seat
    if _SUCCEEDED.search(text, max(begin, start - 80), start):
        return True  # "… efter företrädaren A": the predecessor's seat, left
    if _CHECKERS.search(text, max(begin, start - 60), start):
        return True  # "Till justerare valdes A och B": the minutes' checkers, no seat
    if _SIGNED_BY.search(text, max(text.rfind("\n", 0, start) + 1, start - 300), start):
        # "Stadgan undertecknades av: Ordf. A, Viceordf. B, …": who signed a document (on
        # the line, the offices' abbreviations perhaps taken for sentences' ends)
        return True
    if _THANKED_ON_LEAVING.search(sentence):
        return True  # "A och B kommer att avtackas": thanked on leaving, no seat to guess
    if _HONOURED.search(sentence):
        return True  # "Kultaisen ansiomerkin saivat A ja B": the honoured, no seat to guess
    if FIRST_OFFICERS.search(sentence):
        return True  # "Föreningens första ordförande blev A": a history's founding officers
    if _TEAM_MADE_UP_OF.match(sentence):
        return True  # "Roddarlaget bestod av: A, B": a team or crew for an event, no body
    if _ASSISTED_AS.search(text, text.rfind("\n", 0, start) + 1, start):
        return True  # "Som sakkunniga har deltagit A, …": experts assisting a body, no seat
    for pattern in (lex.former, lex.died, lex.takes_office):
        if pattern and re.search(rf"(?<![\w-])(?:{pattern})(?![\w-])", sentence, re.IGNORECASE):
            return True
    return False


#: "Som sakkunniga har deltagit", "Som experter har medverkat": a report's preface naming
#: the experts who assisted the committee; the names after it, to the end of the paragraph,
#: hold no seat in it (Swedish).
_ASSISTED_AS = re.compile(
    r"(?<![\w-])[Ss]om[ \t]+(?:sakkunnig|sakkunniga|expert|experter)[ \t]+(?:har[ \t]+)?"
    r"(?:deltagit|medverkat)(?![\w-])"
)


#: Honours, awards and remembrance ("ansiomerkin saivat A ja B", "muisti perustajajäseniä A,
#: B", "förtjänsttecken tilldelades A", "grundarna A och B", "sarvimerkillä palkittiin A ja B",
#: "belönades A"): the sentence names the honoured, the prize winners or the founders, no seat
#: held in a body.
_HONOURED = re.compile(
    r"(?i)(?<![\w-])(?:\w*(?:ansio|kunnia|palvelus)(?:merk|risti)\w*|\w*mitali\w*|"
    r"\w*medalj\w*|\w*förtjänsttecken\w*|\w*hederstecken\w*|utmärkelse\w*|"
    r"perustajajäse\w*|perustaj(?:a|at|ia|ien|ina)|grundar(?:e|en|na|es)|"
    r"stiftande\s+medlem\w*|palki(?:tt|ts|taan)\w*|belönade?s?|prisades)(?![\w-])"
)


#: A sentence led by a team or a crew and its composition ("Roddarlaget bestod av: A, B",
#: "Besättningen utgjordes av …", "Joukkue koostui …", "Miehistöön kuuluivat …"): the people
#: of a team for a race or a match, not a body's seats.
_TEAM_MADE_UP_OF = re.compile(
    r"\s*(?:[A-ZÅÄÖ0-9][\w]*-)?[\w]*(?:laget|lagen|besättning(?:en)?|joukkue(?:en|essa)?|"
    r"miehistö(?:ön|ssä)?)[ \t]+(?:har[ \t]+)?(?:bestod|består|bestått|utgjordes|utgörs|"
    r"koostui|koostuu|kuului(?:vat)?|kuuluu|kuuluvat)(?![\w-])",
    re.IGNORECASE,
)


#: A label of the names that leave ("Avgår gör följande:", "Lämnar styrelsen:", "Avgående
#: ledamöter:"): no seats after it.
_LEAVING_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:avgår|lämnar|avgående|eroavat)(?:[ \t]+[\w-]+){0,2}[ \t]*:"
)
#: Thanked on leaving a post ("avtackas", "avtackades").
_THANKED_ON_LEAVING = re.compile(r"(?i)(?<![\w-])avtack\w*")


#: An election's label before a colon: "Val av valberedning …:", "Vaali: …".
_ELECTION_LABEL = re.compile(r"(?i)(?<![\w-])(?:val[ \t]+av|vaali|valittiin|valdes)(?![\w-])")


def _other_body_labelled(reader: Reader, text: str, start: int, body: Mention) -> bool:
    """Whether the label the name follows in its sentence ("Val av valberedning för en tid
    av 1 år: A, B", "Vaalitoimikuntaan: A") names a body other than ``body``."""
    begin = 0
    for found in _SENTENCE_END.finditer(text, max(0, start - 160), start):
        begin = found.end()
    colon = text.rfind(":", begin, start)
    if colon < 0:
        return False
    label = max(begin, colon - 60)
    elected = _ELECTION_LABEL.search(text, label, colon)
    if elected is None:
        return False  # "Hankkeesta edustaja: A": whom the seat is for, not an election
    others = [
        b
        for b in reader.bodies(raw_tokens(text, elected.end(), colon))
        if _head_word(b.name) not in body.name.casefold()
        and _head_word(body.name) not in b.name.casefold()
    ]
    return bool(others)


def _body_label_before(reader: Reader, text: str, line_start: int, start: int) -> bool:
    """Whether the name follows, on its line, a label that names a body ("Toimituskunta: A ja
    B", a magazine's editors): the names are that body's (or the rules' to read), not those of
    a body named below them."""
    colon = text.rfind(":", line_start, start)
    if colon < 0:
        return False
    return any(
        b.end == colon for b in reader.bodies(raw_tokens(text, max(line_start, colon - 60), colon))
    )


#: What a body's name is followed by when the names after it are its members: "bestående
#: av", "som består av" (sv).
_CONSISTING_OF = re.compile(r"(?i)\s+(?:bestående|som\s+består|består|bestod)\s+av\s")


def _other_body_consisting(reader: Reader, text: str, start: int, body: Mention) -> bool:
    """Whether the name's sentence, before it, names a body other than ``body`` followed by
    "bestående av" ("Även valberedningen bestående av A och B omvaldes"): the names after
    those words are that body's."""
    begin = 0
    for found in _SENTENCE_END.finditer(text, max(0, start - 160), start):
        begin = found.end()
    return any(
        _CONSISTING_OF.match(text, b.end)
        and _head_word(b.name) not in body.name.casefold()
        and _head_word(body.name) not in b.name.casefold()
        for b in reader.bodies(raw_tokens(text, begin, start))
    )


def _after_auditors_elected(reader: Reader, text: str, start: int) -> bool:
    """Whether the sentence before the name's speaks of auditors and names nobody ("Lisäksi
    valittiin toimintatarkastajat ja heille varahenkilö.") and the name's own sentence, before
    it, names no body: the names that follow are those auditors and their deputies."""
    ends = list(_SENTENCE_END.finditer(text, max(0, start - 500), start))
    if not ends:
        return False
    begin = ends[-1].end()
    before = ends[-2].end() if len(ends) > 1 else max(0, start - 500)
    if AUDITOR.search(text, before, begin) is None:
        return False
    if reader.persons(raw_tokens(text, before, begin)):
        return False  # "Efter revisorernas berättelse … A invaldes": the auditors' report
    return not reader.bodies(raw_tokens(text, begin, start))


def _took_part(reader: Reader, text: str, start: int) -> bool:
    """Whether the name's sentence, before it, says who took part in something ("Mukana
    olivat A, B", "I talkot deltog A") and names no body there."""
    begin = 0
    for found in _SENTENCE_END.finditer(text, max(0, start - 300), start):
        begin = found.end()
    if _TOOK_PART.search(text, begin, start) is None:
        return False
    return not reader.bodies(raw_tokens(text, begin, start))


def _paragraph_between(text: str, f: Finding, pos: int) -> bool:
    """Whether the finding ``f`` is the page's title line (a headline naming a seat to come)
    and the name at ``pos`` is in a paragraph below it: the title's seat is no word on the
    names of the page's prose."""
    first = text.lstrip()
    top = len(text) - len(first)
    end = text.find("\n", top)
    return 0 <= end < pos and f.quote[1] <= end and "\n\n" in text[end:pos]


def _nearest_finding(near: list[Finding], starts: list[int], pos: int) -> Finding | None:
    i = bisect.bisect_left(starts, pos)
    around = [near[j] for j in (i - 1, i) if 0 <= j < len(near)]
    return min(around, key=lambda f: abs(f.quote[0] - pos), default=None)


def _organisation_heading_between(reader: Reader, text: str, start: int, end: int) -> bool:
    """Whether a heading line between ``start`` and ``end`` (a short capitalised line with no
    full stop) names an organisation ("Stiftelsen Ålands Cancerfond"): the names under it
    are that organisation's, not the body's named above it."""
    if start >= end:
        return False
    pos = start
    for raw in text[start:end].split("\n"):
        line = raw.strip()
        a = pos + raw.find(line) if line else pos
        pos += len(raw) + 1
        if not line or not line[:1].isupper() or line.isupper() or len(line.split()) > 6:
            continue  # (a heading in capitals over each member is whom that one is from)
        if line.endswith((".", ":", ",")):
            continue
        toks = raw_tokens(text, a, a + len(line))
        if len(toks) >= 2 and any(
            k == "ngo" and p.fullmatch(toks[0].text.casefold()) for p, k in reader.lex.org_res
        ):
            return True  # "Stiftelsen …", "Säätiö …": the line begins with the kind of it
    return False


def _names_head(text: str, m: Mention, body: Mention) -> bool:
    """Whether the text a name is read in (up to 200 characters before it, its line and the
    line after it) names ``body`` by its head word."""
    around = text[max(0, m.start - 200) : end_at(text, end_at(text, m.end) + 1)]
    return _head_word(body.name) in around.casefold()


def _head_word(name: str) -> str:
    """The start of a body's head word, the same in its forms and with or without what
    qualifies it ("Liikuntaneuvosto", "Valtion liikuntaneuvoston"; "Styrelsen för X")."""
    words = name.casefold().split() or [""]
    head = words[words.index("för", 1) - 1] if "för" in words[1:] else words[-1]
    return head[:5]


def _nearest(spans: list[tuple[int, int, Mention]], pos: int) -> Mention | None:
    """The body of the nearest span that begins before ``pos`` (else after it); of several
    that begin at one place, the first (the body a sentence is about, not one it names in
    passing)."""
    before = [s for s, _e, _b in spans if s <= pos and pos - s <= BODY_REACH]
    if before:
        return next(b for s, _e, b in spans if s == before[-1])
    after = [s for s, _e, _b in spans if s > pos and s - pos <= BODY_REACH]
    return next(b for s, _e, b in spans if s == after[0]) if after else None


__all__ = ["LABELS", "Candidate", "FeatureReader", "Model", "load_model", "propose", "train"]

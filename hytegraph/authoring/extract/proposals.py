"""Proposals: the findings of a document as entities, facts and roles in the workbook's format,
each with its exact quote and a confidence, matched against the graph.

One entity per thing named: a person once however often named; a body named once in full and
later by the end of its name ("Pohjois-Savon järjestöneuvosto", "järjestöneuvosto") once. The
rows go to a workbook (:meth:`Proposals.tables`, the sheets ``hytegraph import`` reads) or to
JSON, CSV or a table (:meth:`Proposals.rows`, the ``--format json`` contract of
``docs/authoring.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hytegraph.authoring.extract.document import Document
from hytegraph.authoring.extract.findings import Finding
from hytegraph.authoring.extract.graphmatch import GraphMatch, match, suggestions
from hytegraph.authoring.extract.lexicon import NEW_ROLES
from hytegraph.authoring.extract.mentions import Mention, capitalise
from hytegraph.authoring.extract.segment import line_around
from hytegraph.store.names import NameIndex, normalise

_BODY_KINDS = frozenset(
    {
        "steering_group", "expert_group", "working_group", "city_board", "board", "network",
        "programme", "project", "body",
    }
)  # fmt: skip
_ORG_KINDS = frozenset({"registered_association", "ngo", "county", "municipality", "organisation"})


def quote_text(text: str, start: int, end: int) -> str:
    """The quote of ``text[start:end]`` as import compares quotes: whitespace runs as one
    space, NFC (the text already is)."""
    return " ".join(text[start:end].split())


@dataclass
class EntityProposal:
    id: str
    kind: str
    name: str
    lang: str
    confidence: float
    written: set[str] = field(default_factory=set)
    graph: GraphMatch = field(default_factory=GraphMatch)
    quote: str = ""
    collective_of: str = ""
    #: whether :attr:`quote` names the entity itself (not only the meeting that elects to it)
    quote_names_it: bool = field(default=False, repr=False, compare=False)

    @property
    def matched(self) -> str | None:
        return self.graph.iri


@dataclass
class FactProposal:
    kind: str
    actor: EntityProposal
    role: str
    target: EntityProposal | None
    quote: str
    confidence: float
    rule: str
    position: int
    on_behalf_of: EntityProposal | None = None
    deputy_for: EntityProposal | None = None
    status: str = ""
    note: str = ""


@dataclass
class Proposals:
    """Everything proposed for one document."""

    document: Document
    source_id: str
    lang: str
    entities: list[EntityProposal] = field(default_factory=list)
    facts: list[FactProposal] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    # -- rows ---------------------------------------------------------------------------------

    def rows(self) -> list[dict[str, object]]:
        """One object per entity and per fact (``docs/authoring.md``, "Extracting proposals")."""
        out: list[dict[str, object]] = []
        for e in self.entities:
            out.append(
                {
                    "proposal": "entity",
                    "id": e.id,
                    "kind": e.kind,
                    "name": e.name,
                    "matched": e.matched,
                    "candidates": [iri for iri, _label in e.graph.candidates],
                    "quote": e.quote,
                    "confidence": round(e.confidence, 2),
                }
            )
        for f in self.facts:
            out.append(
                {
                    "proposal": "fact",
                    "kind": f.kind,
                    "actor": f.actor.name,
                    "role": f.role,
                    "target": f.target.name if f.target else None,
                    "on_behalf_of": f.on_behalf_of.name if f.on_behalf_of else None,
                    "deputy_for": f.deputy_for.name if f.deputy_for else None,
                    "status": f.status or None,
                    "quote": f.quote,
                    "confidence": round(f.confidence, 2),
                    "actor_id": f.actor.id,
                    "target_id": f.target.id if f.target else None,
                    "rule": f.rule,
                }
            )
        return out

    def tables(self) -> dict[str, list[dict[str, str]]]:
        """The workbook's sheets: sources, entities, facts and (when a role is new) roles."""
        from hytegraph.authoring.matching import relative

        source = {
            "id": self.source_id,
            "title": self.document.title or _first_line(self.document.text),
            "publisher": "",
            "file": f"{self.source_id}.txt",
            "language": self.lang,
        }
        if self.document.kind != "text":
            source["note_en"] = (
                f"The text extracted from {self.document.path.name} ({self.document.kind}): "
                "the quotes are from it."
            )
        entities = []
        for e in self.entities:
            row = {
                "id": e.id,
                "kind": e.kind,
                f"name_{self.lang}": e.name,
                "confidence": f"{e.confidence:.2f}",
            }
            if e.kind == "person":
                row["name_fi"] = e.name
            if e.matched and e.graph.sure:
                row["same_as"] = relative(e.matched)
                for lang, label in e.graph.labels.items():
                    if lang in ("fi", "sv", "en") and lang != self.lang:
                        row.setdefault(f"name_{lang}", label)
            if e.collective_of:
                row["collective_of"] = e.collective_of
            hidden = sorted(w for w in e.written if normalise(w) != normalise(e.name))
            if hidden:
                row["hidden_names"] = " | ".join(hidden)
            notes = []
            if e.matched and not e.graph.sure:
                notes.append(
                    f"The graph has a person of this name: {relative(e.matched)} — write it in "
                    "same_as if it is the same person, or new."
                )
            if e.graph.candidates:
                shown = "; ".join(f"{label} ({relative(iri)})" for iri, label in e.graph.candidates)
                notes.append(f"May be an entity the graph has: {shown}.")
            if notes:
                row["note_en"] = " ".join(notes)
            if e.quote and e.kind != "person":
                row["source"] = self.source_id
                row["quote"] = e.quote
            entities.append(row)
        facts = []
        for f in self.facts:
            row = {
                "kind": f.kind,
                "actor": f.actor.id,
                "role": f.role,
                "target": f.target.id if f.target else "",
                "source": self.source_id,
                "quote": f.quote,
                "confidence": f"{f.confidence:.2f}",
            }
            if f.on_behalf_of is not None:
                row["on_behalf_of"] = f.on_behalf_of.id
            if f.deputy_for is not None:
                row["deputy_for"] = f.deputy_for.id
            if f.status:
                row["status"] = f.status
            if f.note:
                row["note_en"] = f.note
            facts.append(row)
        roles = [
            {"id": rid, "name_fi": NEW_ROLES[rid][0], "name_sv": NEW_ROLES[rid][1],
             "name_en": NEW_ROLES[rid][2]}
            for rid in self.roles
        ]  # fmt: skip
        sheets = {"sources": [source], "entities": entities, "facts": facts}
        if roles:
            sheets["roles"] = roles
        return sheets


#: The ligatures a PDF's text may keep as glyphs of their own ("Ɵedotustoimikunta" for
#: "tiedotustoimikunta", "osoiƩeet" for "osoitteet", "Budjeƫ" for "Budjetti", "ﬁ" for "fi").
_LIGATURES = str.maketrans(
    {"Ɵ": "ti", "Ʃ": "tt", "ƫ": "tti", "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl"}
)


def unligated(name: str) -> str:
    """``name`` with a PDF's ligature glyphs written as the letters they stand for."""
    return name.translate(_LIGATURES)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:200]
    return ""


#: A body's name led by its owner's abbreviation in the genitive: "syl:n hallitus", "kela:n".
_ABBREVIATION_OWNER = re.compile(r"[^\s:]{2,8}:n\s")
#: The endings of a Swedish noun's definite form ("styrelse-n", "råd-et").
_DEFINITE_ENDS = ("en", "n", "et", "t")


def _slug(text: str) -> str:
    from hytegraph.authoring.tograph import slug

    return slug(text)


class Assembler:
    """Findings → proposals: one entity per thing, matched against the graph."""

    def __init__(self, text: str, lang: str, index: NameIndex | None) -> None:
        self.text = text
        self.lang = lang
        self.index = index
        self.by_key: dict[tuple[str, str], EntityProposal] = {}
        self.ids: set[str] = set()
        self.aliases: dict[tuple[str, str], tuple[str, str]] = {}

    @staticmethod
    def group(kind: str) -> str:
        if kind in _BODY_KINDS:
            return "body"
        if kind in _ORG_KINDS:
            return "org"
        return kind

    def _key(self, m: Mention) -> tuple[str, str]:
        name = normalise(m.name)
        if m.kind == "person":
            # "Lye-Styrén" and "Lye Styrén" on one page: one person
            name = name.replace("-", " ")
        key = (self.group(m.kind), name)
        return self.aliases.get(key, key)

    def plan_aliases(self, mentions: list[Mention]) -> None:
        """A body named by the end of a longer name the document also gives is that body."""
        bodies = [m for m in mentions if self.group(m.kind) == "body"]
        # "Nuorisovaltuuston, ikääntyvien neuvosto": a phrase that lists several bodies is no
        # longer name of one of them
        listing = {normalise(m.name) for m in bodies if "," in m.name}
        names = {normalise(m.name) for m in bodies}
        # "Lappträsk ungdomsfullmäktige" (written after the place's name): the place's own
        # body, not the "ungdomsfullmäktige för Östra Nylands välfärdsområde" it sends people to
        placed = {
            normalise(m.name)
            for m in bodies
            if len(m.written.split()) == len(m.name.split()) + 1
            and m.written.casefold().endswith(m.name.casefold())
            and m.written[:1].isupper()
        }
        for short in names:
            # (a Swedish head word in its definite form ends a name in the indefinite:
            # "Insynsrådet", "Rättsmedicinalverkets insynsråd")
            bare = _indefinite(short) if self.lang == "sv" and " " not in short else short
            longer = [
                n
                for n in names - listing
                if n != short
                and (
                    n.endswith(" " + short)
                    or n.startswith(short + " ")
                    or (bare != short and n.endswith("s " + bare))
                )
                and not (short in placed and n.startswith(short + " för "))
                # ("SYL:n hallitus" beside "Hallitus": another organisation's board, its owner an
                # abbreviation in the genitive, not the page's own)
                and not _ABBREVIATION_OWNER.match(n)
            ]
            if len(longer) == 1:
                self.aliases[("body", short)] = ("body", longer[0])
            elif not longer and " " not in short:
                # "järjestöneuvosto" and "pohjois-savon järjestöneuvosto" (a compound's end)
                ends = [
                    n
                    for n in names
                    if n != short and n.split()[-1] == short and not _ABBREVIATION_OWNER.match(n)
                ]
                if len(ends) == 1:
                    self.aliases[("body", short)] = ("body", ends[0])
        if self.lang == "sv":
            # "Styrelse" over a list and "styrelsen" in a sentence of the same page: one board,
            # named by its definite form (not when that form is itself taken for a longer name:
            # "äldrerådet för Västra Testlands välfärdsområde" is another council)
            for short in names:
                definite = next((short + e for e in _DEFINITE_ENDS if short + e in names), None)
                if (
                    definite is not None
                    and ("body", short) not in self.aliases
                    and ("body", definite) not in self.aliases
                ):
                    self.aliases[("body", short)] = ("body", definite)
        self._plan_short_forms(bodies)

    def _plan_short_forms(self, bodies: list[Mention]) -> None:
        """A body's short form the text defines in parentheses after its full name
        ("Kehittämis- ja seurantajaosto (KS)", "… (KS-jaosto)") and then uses ("KS-jaoston
        sihteerinä toimii …"): the body of the full name. Only when the parentheses
        follow one body's name, and a hyphenated head ("-jaosto") is the full name's."""
        defined: dict[str, set[str]] = {}
        for m in bodies:
            if m.end <= m.start or self.text[m.start : m.end] != m.written:
                continue
            mt = re.match(r"\s*\(\s*([A-ZÅÄÖ]{2,6})(?:-([a-zåäö]{3,}))?\s*\)", self.text[m.end :])
            if mt is None:
                continue
            full = normalise(m.name)
            head = mt.group(2)
            if head and not full.split()[-1].endswith(head):
                continue
            defined.setdefault(mt.group(1).casefold(), set()).add(full)
        if not defined:
            return
        for m in bodies:
            short = normalise(m.name)
            mt = re.fullmatch(r"(\w{2,6})(?:-(\w{3,}))?", short)
            if mt is None or mt.group(1) not in defined or ("body", short) in self.aliases:
                continue
            fulls = defined[mt.group(1)]
            if len(fulls) != 1:
                continue
            full = next(iter(fulls))
            if full == short or (mt.group(2) and not full.split()[-1].endswith(mt.group(2))):
                continue
            self.aliases[("body", short)] = ("body", full)

    def entity(self, m: Mention, quote: tuple[int, int] | None = None) -> EntityProposal:
        key = self._key(m)
        found = self.by_key.get(key)
        if found is None:
            name = unligated(m.name if m.kind == "person" else capitalise(m.name))
            base = _slug(name)
            eid, n = base, 2
            while eid in self.ids:
                eid, n = f"{base}-{n}", n + 1
            self.ids.add(eid)
            kind = m.kind if m.kind != "organisation" else "organisation"
            found = EntityProposal(eid, kind, name, self.lang, m.confidence)
            if m.kind == "collective":
                low = name.casefold()
                found.collective_of = (
                    "ngo" if ("järjestö" in low or "förening" in low or "organisation" in low)
                    else "municipality" if ("kunt" in low or "kommun" in low) else "person"
                )  # fmt: skip
            self.by_key[key] = found
        else:
            found.confidence = max(found.confidence, m.confidence)
            if found.kind == "person" or self.group(m.kind) != "body":
                pass
            elif len(m.name) > len(found.name) and normalise(m.name) == key[1]:
                found.name = unligated(capitalise(m.name))
        if m.written:
            found.written.add(m.written)
        if quote is not None and found.kind != "person" and not found.quote_names_it:
            # the first quote, or a later one that names the body when the first does not
            # ("Seuran kevätkokous valitsi puheenjohtajaksi A" for "Hallitus", then "Hallitukseen
            # valittiin B ja C")
            said = quote_text(self.text, *quote)
            names_it = _names_in(said, found.name)
            if not found.quote or names_it:
                found.quote, found.quote_names_it = said, names_it
        return found

    def finish(self, source_id: str) -> list[EntityProposal]:
        from hytegraph.authoring.vocabulary import entity_kinds
        from hytegraph.core.namespaces import ID

        for e in self.by_key.values():
            e.graph = match(self.index, e.name, e.kind)
            if e.graph.iri is None and not e.graph.candidates:
                e.graph.candidates = suggestions(self.index, e.name, e.kind)
            if e.graph.iri is None and e.written:
                for w in sorted(e.written):
                    g = match(self.index, w, e.kind)
                    if g.iri:
                        e.graph = g
                        break
            if e.graph.iri and e.graph.sure:
                e.confidence = min(0.99, e.confidence + 0.1)
            elif self.index is not None:
                # an id whose IRI the graph has for another entity would be refused by import
                folder = entity_kinds()[e.kind].folder if e.kind in entity_kinds() else "actor"
                if self.index.kind(f"{ID}{folder}/{e.id}") is not None:
                    self.ids.discard(e.id)
                    e.id = f"{e.id}-{_slug(source_id)}"
                    self.ids.add(e.id)
        return sorted(self.by_key.values(), key=lambda e: (e.kind != "person", e.id))


def assemble(
    document: Document,
    source_id: str,
    lang: str,
    findings: list[Finding],
    named: list[tuple[Mention, tuple[int, int]]],
    index: NameIndex | None,
) -> Proposals:
    text = document.text
    asm = Assembler(text, lang, index)
    mentions = [m for f in findings for m in (f.actor, f.target) if m is not None]
    asm.plan_aliases(mentions + [m for m, _q in named])
    facts: list[FactProposal] = []
    seen: dict[tuple[object, ...], FactProposal] = {}
    roles: list[str] = []
    for f in sorted(findings, key=lambda f: f.quote[0]):
        if f.target is None and f.kind in ("membership", "candidacy"):
            continue  # no body to be a member of: nothing to propose
        actor = asm.entity(
            f.actor, _naming(text, f.actor, f.quote) if f.actor.kind != "person" else None
        )
        target = asm.entity(f.target, _naming(text, f.target, f.quote)) if f.target else None
        if target is actor:
            continue
        note = f.note
        behalf = None
        if f.on_behalf_of is not None and f.kind == "candidacy":
            # a candidacy represents nobody yet: the party is said in the note
            note = (note + " " if note else "") + f"On behalf of: {f.on_behalf_of.name}."
        elif f.on_behalf_of is not None:
            behalf = asm.entity(f.on_behalf_of, _naming(text, f.on_behalf_of, f.quote))
        deputy_for = asm.entity(f.deputy_for) if f.deputy_for is not None else None
        key = (f.kind, actor.id, f.role, target.id if target else "", f.status)
        if key in seen:
            seen[key].confidence = max(seen[key].confidence, f.confidence)
            continue
        if f.role in NEW_ROLES and f.role not in roles:
            roles.append(f.role)
        fact = FactProposal(
            f.kind,
            actor,
            f.role,
            target,
            quote_text(text, *f.quote),
            max(0.05, min(0.99, f.confidence)),
            f.rule,
            f.quote[0],
            behalf,
            deputy_for,
            f.status,
            note,
        )
        seen[key] = fact
        facts.append(fact)
    # one role per person and body: the most specific (a chair listed again as a member is
    # the chair); a deputy stays a deputy
    facts = _most_specific(facts)
    for m, q in named:
        if m.confidence >= 0.55:
            asm.entity(m, q)
    entities = asm.finish(source_id)
    return Proposals(document, source_id, lang, entities, facts, roles)


_SPECIFIC = {
    "chair": 0,
    "vice_chair": 1,
    "secretary": 2,
    "agenda_preparer": 3,
    "presenter": 3,
    "convener": 3,
    "representative": 4,
    "expert_member": 4,
    "permanent_expert": 4,
    "member": 5,
}


def _same_body_forms(facts: list[FactProposal]) -> dict[str, str]:
    """Each body's name as the key of the body it names, the same for the bare and the
    definite form of one word that a document both uses ("Styrelse" / "Styrelsen": one board).
    """
    names = {f.target.name.casefold() for f in facts if f.target is not None}
    return {
        name: next((name + end for end in _DEFINITE_ENDS if name + end in names), name)
        for name in names
    }


def _indefinite(word: str) -> str:
    """A Swedish noun without its definite ending ("rådet" → "råd", "styrelsen" →
    "styrelse", "nämnden" → "nämnd"); the word itself when it has none."""
    for end in ("et", "en", "n"):
        if word.endswith(end) and len(word) > len(end) + 3:
            return word[: -len(end)]
    return word


def _most_specific(facts: list[FactProposal]) -> list[FactProposal]:
    forms = _same_body_forms(facts)
    best: dict[tuple[str, str], int] = {}
    for f in facts:
        if f.kind == "membership" and f.role in _SPECIFIC and f.target is not None:
            key = (f.actor.id, forms[f.target.name.casefold()])
            best[key] = min(best.get(key, 9), _SPECIFIC[f.role])
    out = []
    for f in facts:
        if (
            f.kind == "membership"
            and f.role in _SPECIFIC
            and f.target is not None
            and _SPECIFIC[f.role] > best[(f.actor.id, forms[f.target.name.casefold()])]
            and f.role == "member"
        ):
            continue
        out.append(f)
    return out


def _names_in(quote: str, name: str) -> bool:
    """Whether ``quote`` names the entity ``name`` in some word form: the first five letters
    of its last word are in it ("Hallitus" in "Hallitukseen valittiin B")."""
    words = name.split()
    return bool(words) and words[-1].casefold()[:5] in quote.casefold()


def _naming(text: str, m: Mention, quote: tuple[int, int]) -> tuple[int, int]:
    """The quote for an entity: the fact's quote when the name is in it, else the line where
    the document names it (a heading above a list)."""
    if quote[0] <= m.start and m.end <= quote[1]:
        return quote
    if 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.written:
        return line_around(text, m.start, m.end)
    return quote


__all__ = ["Assembler", "EntityProposal", "FactProposal", "Proposals", "assemble", "quote_text"]

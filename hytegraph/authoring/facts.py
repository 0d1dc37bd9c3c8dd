"""The ``facts`` sheet: rows with one ``id`` are one fact; each becomes the fact node of its kind
(``org:Membership`` with its role, ``hyte:Responsibility``, ``hyte:Cooperation``, ...) with its
parties, times, status, texts and evidence, or (mention, post, meeting, ...) statements about
the actor entity itself. What each kind becomes is tabled in ``docs/authoring.md``.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, SKOS

from hytegraph.authoring import vocabulary
from hytegraph.authoring.base import BuilderBase
from hytegraph.authoring.iris import as_iri, iri_hash, last_segment, slug
from hytegraph.authoring.tables import Row
from hytegraph.authoring.triples import Triples
from hytegraph.core.namespaces import HYTE, ID

# fact kinds that describe the actor entity itself (no fact node)
_ENTITY_ROWS = frozenset(
    {
        "mention",
        "post",
        "holds_post",
        "meeting",
        "last_meeting",
        "produced",
        "submitted_to",
        "change",
    }
)
_ACTOR_KINDS = {
    "post": {"post"},
    "meeting": {"meeting"},
    "last_meeting": {"meeting"},
    "produced": {"meeting"},
    "change": {"change"},
}


class Facts(BuilderBase):
    """The facts sheet."""

    def _facts(self) -> None:
        groups: dict[str, list[Row]] = {}
        for row in self.wb.rows("facts"):
            key = row.get("id") or f"\x00{row.number}"
            groups.setdefault(key, []).append(row)
        for key, rows in groups.items():
            self._fact(rows, None if key.startswith("\x00") else key)

    def _fact(self, rows: list[Row], given_id: str | None) -> None:
        first = rows[0]
        kind_text = first.get("kind")
        kid = vocabulary.lookup("fact", kind_text) if kind_text else None
        if kid is None:
            self.problems.add(
                first.where("kind"),
                f"unknown kind of fact {kind_text!r}" if kind_text else "the row has no kind",
                "choose one of " + ", ".join(vocabulary.choices("fact")),
            )
            return
        fk = vocabulary.fact_kinds()[kid]
        for row in rows[1:]:
            other = row.get("kind")
            if other and vocabulary.lookup("fact", other) != kid:
                self.problems.add(
                    row.where("kind"),
                    f"fact {given_id!r} is a {kid} on row {first.number}",
                    "give rows of one fact the same kind, or another id",
                )
        actors: list[URIRef] = []
        targets: list[URIRef] = []
        evidence: list[URIRef] = []
        ok = True
        for index, row in enumerate(rows):
            actor_cell = row.get("actor")
            if not actor_cell and index == 0:
                self.problems.add(
                    row.where("actor"),
                    "the row names no actor",
                    "write who (an entity id or a name)",
                )
                ok = False
            if actor_cell:
                found = self.ref(row, "actor", actor_cell, _ACTOR_KINDS.get(kid))
                ok = ok and found is not None
                if found is not None and found not in actors:
                    actors.append(found)
            target_cells = row.split("target")
            if not target_cells and index == 0 and kid not in ("mention", "continuation"):
                self.problems.add(
                    row.where("target"),
                    "the row names no target",
                    "write to what (an entity id or a name)",
                )
                ok = False
            for cell in target_cells:
                found = self.ref(row, "target", cell)
                ok = ok and found is not None
                if found is not None and found not in targets:
                    targets.append(found)
            ev = self.evidence(row, required=index == 0)
            if ev is None and (row.get("quote") or index == 0):
                ok = False
            if ev is not None and ev not in evidence:
                evidence.append(ev)
        if not ok:
            # still parse the other cells, to report their problems too
            for row in rows:
                self._check_cells(row, fk)
            return
        if kid in _ENTITY_ROWS:
            self._entity_row(kid, first, actors, targets, evidence)
            return
        self._fact_node(fk, first, rows, given_id, actors, targets, evidence)

    def _check_cells(self, row: Row, fk: vocabulary.FactKind) -> None:
        scratch = URIRef(ID + "fact/scratch")
        saved = self.g
        self.g = Triples()
        try:
            self._status(row, scratch)
            self._validity(row, scratch, HYTE.validDuring)
            self._period(row, "planned", scratch, HYTE.plannedDuring)
            if row.get("role") and fk.role == "role":
                self.role(row, row.get("role"))
            elif (
                row.get("role")
                and fk.role == "responsibility"
                and vocabulary.lookup("responsibility", row.get("role")) is None
            ):
                self.problems.add(
                    row.where("role"),
                    f"unknown kind of responsibility {row.get('role')!r}",
                    "choose one of " + ", ".join(vocabulary.choices("responsibility")),
                )
        finally:
            self.g = saved

    def _entity_row(
        self,
        kid: str,
        row: Row,
        actors: list[URIRef],
        targets: list[URIRef],
        evidence: list[URIRef],
    ) -> None:
        role = None
        if kid == "post":
            if not row.get("role"):
                self.problems.add(
                    row.where("role"),
                    "a post needs its role in the body",
                    "write the role, e.g. chair",
                )
                return
            role = self.role(row, row.get("role"))
        for actor in actors:
            # the evidence belongs to the entity the row describes: the post for its holder
            for described in targets if kid == "holds_post" else [actor]:
                for ev in evidence:
                    self.add(described, HYTE.evidence, ev)
            for target in targets:
                if kid == "post":
                    self.add(actor, ORG.postIn, target)
                    if role is not None:
                        self.add(actor, ORG.role, role)
                elif kid == "holds_post":
                    self.add(target, ORG.heldBy, actor)
                elif kid in ("meeting", "last_meeting"):
                    self.add(actor, HYTE.meetingOf, target)
                    if kid == "last_meeting":
                        self.add(actor, HYTE.isLastMeeting, Literal(True))
                elif kid == "produced":
                    self.add(actor, HYTE.produced, target)
                elif kid == "submitted_to":
                    self.add(actor, HYTE.submittedTo, target)
                elif kid == "change":
                    self.add(actor, ORG.resultingOrganization, target)

    def _fact_node(
        self,
        fk: vocabulary.FactKind,
        row: Row,
        rows: list[Row],
        given_id: str | None,
        actors: list[URIRef],
        targets: list[URIRef],
        evidence: list[URIRef],
    ) -> None:
        kid = fk.id
        for r in rows:  # every cell is checked even if the fact stops at its role
            self._check_cells(r, fk)
        role: URIRef | None = None
        if fk.role == "role":
            if not row.get("role"):
                self.problems.add(
                    row.where("role"),
                    "a membership needs a role",
                    "write the role, e.g. member or chair",
                )
                return
            role = self.role(row, row.get("role"))
            if role is None:
                return
        elif fk.role == "responsibility":
            value = row.get("role") or "responsible"
            rk = vocabulary.lookup("responsibility", value)
            if rk is None:
                self.problems.add(
                    row.where("role"),
                    f"unknown kind of responsibility {value!r}",
                    "choose one of " + ", ".join(vocabulary.choices("responsibility")),
                )
                return
            role = vocabulary.responsibility_kinds()[rk].iri
        elif row.get("role"):
            self.problems.add(
                row.where("role"),
                f"a {kid} has no role",
                "empty the role cell (roles are for memberships and responsibilities)",
            )
        behalf = (
            self.ref(row, "on_behalf_of", row.get("on_behalf_of"))
            if row.get("on_behalf_of")
            else None
        )
        deputy_for = (
            self.ref(row, "deputy_for", row.get("deputy_for")) if row.get("deputy_for") else None
        )
        if (row.get("on_behalf_of") or row.get("deputy_for")) and kid != "membership":
            column = "on_behalf_of" if row.get("on_behalf_of") else "deputy_for"
            self.problems.add(
                row.where(column),
                f"only a membership is held on behalf of someone or as a deputy, not a {kid}",
                "empty the cell, or make the row a membership",
            )
            return
        if behalf is not None and not self._is_kind(behalf, "party"):
            self.problems.add(
                row.where("on_behalf_of"),
                f"{row.get('on_behalf_of')!r} is not an organisation: a member is held on behalf "
                "of an organisation or a collective",
                "write the organisation the member represents (an NGO, a municipality, ...)",
            )
            return
        if deputy_for is not None and not self._is_kind(deputy_for, "person"):
            self.problems.add(
                row.where("deputy_for"),
                f"{row.get('deputy_for')!r} is not a person: a personal deputy stands in for a "
                "person",
                "write the member (a person) this deputy stands in for",
            )
            return
        if kid == "membership":
            if len(actors) != 1 or len(targets) != 1:
                self.problems.add(
                    row.where("target" if len(targets) != 1 else "actor"),
                    "a membership has one member and one body",
                    "write one row per member and body",
                )
                return
            if row.get("on_behalf_of") and role == vocabulary.roles()["representation"].iri:
                self.problems.add(
                    row.where("on_behalf_of"),
                    "with the role representation the party itself is the member",
                    "write the party as the actor, or use "
                    "the role representative for a person who represents it",
                )
                return
            if row.get("deputy_for") and role != vocabulary.roles()["deputy_member"].iri:
                self.problems.add(
                    row.where("deputy_for"),
                    "only a deputy member stands in for a member",
                    "set the role to deputy_member, or empty deputy_for",
                )
                return
            if deputy_for is not None and not self._is_member(deputy_for, targets[0]):
                self.problems.add(
                    row.where("deputy_for"),
                    "the member this deputy stands in for has no membership in the body",
                    "add that member's membership row",
                )
                return
        parts = [kid, sorted(actors), role or "", sorted(targets), behalf or "", deputy_for or ""]
        parts += [
            r.get(c)
            for r in rows
            for c in (
                "start",
                "end",
                "planned",
                "status",
                "context",
                "topic_fi",
                "topic_sv",
                "topic_en",
                "note_fi",
                "note_sv",
                "note_en",
                "until_fi",
                "until_sv",
                "until_en",
            )
        ]
        if given_id:
            iri = as_iri(given_id) or f"{ID}fact/{slug(given_id)}"
        else:
            sources = sorted(
                {str(self.g.value(e, DCTERMS.source)).rsplit("/", 1)[-1] for e in evidence}
            )
            first_source = sources[0] if sources else "fact"
            iri = f"{ID}fact/{first_source}-{kid.replace('_', '-')}-{iri_hash(*parts)}"
        node = URIRef(iri)
        self.fact_count += 1
        cls = fk.cls
        assert cls is not None
        self.add(node, RDF.type, cls)
        for ev in evidence:
            self.add(node, HYTE.evidence, ev)
        link = vocabulary.FACT_LINKS[kid]
        if kid == "cooperation" and len(actors) != 1:
            self.problems.add(
                row.where("actor"),
                "cooperation has one focal party (the one the source says cooperates)",
                "write one fact per focal party",
            )
        actor_prop, target_prop = link
        for actor in actors:
            if actor_prop is not None:
                self.add(node, actor_prop, actor)
            if kid == "based_on":
                self.add(actor, PROV.qualifiedDerivation, node)
        for target in targets:
            if target_prop is not None:
                self.add(node, target_prop, target)
        if kid == "continuation" and targets:
            self.problems.add(
                row.where("target"),
                "a continuation has no target",
                "write the period in context (e.g. 2022) and empty the target",
            )
        if role is not None:
            prop = {"membership": ORG.role, "candidacy": HYTE.soughtRole}
            self.add(node, prop.get(kid, HYTE.responsibilityKind), role)
        for r in rows:
            self._status(r, node)
            self._validity(r, node, ORG.memberDuring if kid == "membership" else HYTE.validDuring)
            self._period(r, "planned", node, HYTE.plannedDuring)
            self._texts(node, r, "topic", HYTE.topic)
            self._texts(node, r, "note", SKOS.note)
            self._texts(node, r, "until", HYTE.until)
            for cell in r.split("context"):
                if kid == "continuation":
                    self._period(
                        Row(r.sheet, r.number, {"context": cell}),
                        "context",
                        node,
                        HYTE.sameArrangementsAsIn,
                    )
                elif kid == "cooperation":
                    if (found := self.ref(r, "context", cell)) is not None:
                        self.add(node, HYTE.context, found)
                else:
                    self.problems.add(
                        r.where("context"),
                        f"a {kid} has no context",
                        "empty the cell (context is for cooperation and continuation)",
                    )
                    break
        if behalf is not None:
            self.add(node, HYTE.represents, behalf)
            party = URIRef(
                f"{ID}fact/representation-{last_segment(behalf)}-{last_segment(targets[0])}"
            )
            self.add(party, RDF.type, ORG.Membership)
            self.add(party, ORG.member, behalf)
            self.add(party, ORG.organization, targets[0])
            self.add(party, ORG.role, vocabulary.roles()["representation"].iri)
            for ev in evidence:
                self.add(party, HYTE.evidence, ev)
        if deputy_for is not None:
            self.add(node, HYTE.deputyFor, deputy_for)


__all__ = ["Facts"]

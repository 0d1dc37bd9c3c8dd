"""The words extraction looks for, per language (Finnish and Swedish): roles, the head words
of bodies and organisations, the words that introduce a composition list, a table's columns,
and the words that make names applicants, candidates, invitees or proposals instead of
members.

Each pattern is a regular expression matched on lower-case text at the start of a word
(Finnish words are inflected: ``puheenjohtaja\\w*`` matches "puheenjohtajana",
"puheenjohtajakseen"). Order matters where one word contains another: a vice chair is tried
before a chair, a deputy before a member.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

#: Roles the ontology does not have, proposed in the workbook's roles sheet when found:
#: id → (Finnish, Swedish, English).
NEW_ROLES: dict[str, tuple[str, str, str]] = {
    "agenda_preparer": (
        "esityslistan valmistelija",
        "beredare av föredragningslista",
        "agenda preparer",
    ),
    "expert_member": ("asiantuntijajäsen", "sakkunnig medlem", "expert member"),
    "permanent_expert": ("pysyvä asiantuntija", "permanent sakkunnig", "permanent expert"),
    "presenter": ("esittelijä", "föredragande", "presenter"),
    "convener": ("koollekutsuja", "sammankallare", "convener"),
}

#: The ends of words that name a post or a role, not a body.
_TITLE_TAIL = re.compile(
    r"(?:sekreterare|ordförande(?:n|na)?|ledamot|ledamöter|ersättare|"
    r"sihteeri|johtaja|päällikkö|"
    r"jäsen|jäsenet|medlem|medlemmar|medlemmarna|ledamöterna|ersättarna|"
    # "styrelsesuppleanter": the board's deputies, people, not a body
    r"suppleant|suppleanten|suppleanter|suppleanterna|"
    # "styrelsefunktionärer": the board's officers, people, not a body
    r"funktionär|funktionären|funktionärer|funktionärerna|"
    # "programansvarig", "projektivastaava": the one in charge of it, a person's post
    r"ansvarig|ansvariga|ansvarige|vastaava|vastaavat)$"
)

#: The ends of words that name a meeting ("styrelsemötet", "årsmöte", "vuosikokous"): an
#: event where seats are filled, never a body that has them.
#: A Swedish compound of a body's word and its tasks, its charge or its minutes
#: ("styrelseuppgifter", "nämndsuppdraget", "styrelseprotokoll"), or a seat or post in it
#: ("styrelseplatsen", "styrelseposter"): no body.
_BODY_PAPERS = re.compile(
    r"\w(?:(?:uppgift|uppdrag|protokoll)\w*|(?:plats|post)(?:en|er|erna|ens)?"
    # "Styrelseinformation", "Styrelsenytt", "styrelserapporten": news of a body, no body
    r"|info(?:rmation(?:en)?)?|nytt|rapport(?:en|er|erna)?"
    # "styrelsearvode", "styrelseersättningen": what the seats are paid, no body
    r"|arvode(?:t|n|na)?|ersättning(?:en|ar|arna)?)$"
)
#: Swedish state agencies (Sweden's and Finland's, of now and of old) named "-styrelsen": an
#: agency, never a board with members ("Transportstyrelsens lättnad", "Utbildningsstyrelsen").
_SV_AGENCY = re.compile(
    r"(?:social|transport|skogs|utbildnings|rikspolis|kriminalvårds|luftfarts|sjöfarts|"
    r"arbetarskydds|byggnads|lantbruks|skolöver|medicinal|järnvägs|tele|generaltull|tull|"
    r"väg|lots|post|lantmäteri|vatten|domän|kommunikations)styrelsen?s?"
)
#: The offices a member's seat may hold, written after it with a slash ("Ledamot/Sekreterare").
_SLASH_OFFICES = frozenset({"chair", "vice_chair", "secretary"})
#: A duty held with an office after a slash ("tiedottaja", "rahastonhoitaja", "kassör",
#: "webbansvarig"): one word of a post the lexicon gives no seat.
_SLASH_DUTY = re.compile(
    r"[a-zåäö-]{4,}(?:ja|jä|vastaava|ansvarig)|rahastonhoitaja|taloudenhoitaja|kassör|kassörska"
)
#: One word of a duty after a name among officers ("tiedottaja", "jäsenvastaava",
#: "materialansvarig", "klubbvärd"): a seat on the board, a member's.
DUTY_ONLY = re.compile(
    # (not staff nor an auditor: "toiminnanjohtaja", "tilintarkastaja", "kirjanpitäjä")
    r"(?:(?![a-zäö-]*(?:johtaja|tarkastaja|pitäjä))[a-zäö-]+(?:ja|jä|vastaava)"
    r"|[a-zåäö]*(?:fogde|ansvarig|värd))[ \t.,;:]*"
)
_MEETING = re.compile(r"(?:möte|mötet|mötets|möten|mötena|sammanträde\w*|kokous|kokoukse\w*)$")

#: Statuses of names that are not members (``ontology/hyte.ttl``'s status scheme).
#: English role words, read in the pages of Finnish and Swedish municipalities that are
#: written in English ("Pasma Miikka, Chairman", "Alternate member").
_EN_ROLES = (
    (r"vice[\s-]*(?:chair(?:man|woman|person)?|president)", "vice_chair"),
    (r"chair(?:man|woman|person)?", "chair"),
    (r"secretary", "secretary"),
    (r"(?:alternate|deputy|substitute)\s+members?", "deputy_member"),
    (r"(?:full\s+)?members?", "member"),
    (r"representatives?", "representative"),
)

#: English words of a body ("Youth Council"), for the same pages.
_EN_BODIES = ((r"council|committee", "body"),)

#: English column headings of a composition table ("Member", "Alternate member").
_EN_COLUMNS = (
    (r"(?:alternate|deputy|substitute)\s+members?", "deputy_member"),
    (r"members?", "member"),
    (r"name", "name"),
)

#: A decision taken as proposed: "beslutade i enlighet med valberedningens förslag", "valdes
#: enligt förslaget", "gick på valberedningens förslag", "valittiin vaalitoimikunnan esityksen
#: mukaisesti"
_ADOPTED = re.compile(
    # (minutes in the present tense too: "Årsmötet beslutar, i enlighet med valberedningens
    # förslag, att utse …")
    r"(?<![\w-])(?:(?:beslutade|beslöt|beslutar|valde|väljer|valdes|väljs|utsåg|utser|utsågs|"
    r"utses),?[ \t]+(?:\w+[ \t]+){0,2}?"
    r"(?:i[ \t]+enlighet[ \t]+med|enligt)[ \t]+(?:\w+[ \t]+){0,2}?förslag\w*|"
    # "Stämman gick på valberedningens förslag", "följde styrelsens förslag", "gick helt på
    # …": adopted
    r"(?:gick[ \t]+(?:(?:helt|enhälligt|fullt[ \t]+ut)[ \t]+)?på|"
    # ("Valen följde helt de lagda förslagen": the same adverbs after "följde")
    r"följde(?:[ \t]+(?:helt|enhälligt|fullt[ \t]+ut))?)[ \t]+"
    r"(?:\w+[ \t]+){0,2}?förslag\w*|"
    # "Efter valberedningens förslag fick årets styrelse följande utseende:", "Enligt
    # valberedningens förslag valdes …": the proposal said as what the past-tense outcome
    # followed, adopted
    r"(?:efter|enligt)[ \t]+(?:\w+[ \t]+){0,2}?förslag\w*,?[ \t]+"
    r"(?:fick|blev|valdes|omvaldes|nyvaldes|utsågs)(?![\w-])|"
    # "Förslaget antogs av stämman", "Valberedningens förslag godkändes": the proposal
    # adopted
    r"förslag\w*[ \t]+(?:antogs|godkändes|bifölls|fastställdes)(?![\w-])|"
    r"(?:valittiin|valitsi|päätti)[ \t]+(?:\w+[ \t]+){0,2}?(?:esityksen|ehdotuksen)[ \t]+"
    r"mukaisesti)"
)
#: An ordinal before a role ("1. vpj.", "II varapuheenjohtaja", "2:e vice ordförande",
#: "Förste vice ordförande": a Swedish ordinal word only before "vice").
#: How many answers the word lookups keep before they start again.
_MEMO_SIZE = 200_000
_ORDINAL = re.compile(
    # ("1 :e vice ordförande": a space before the ending, as a scan reads it; "2: vice ordf":
    # the ending left out after the colon)
    r"^(?:\d{1,2}(?:\.|[ \t]?:e|[ \t]?:a|:)?|i{1,3}|iv|"
    r"(?:förste|första|andre|andra|tredje)(?=\s+vice\b))"
    r"\s+(?=\S)"
)

#: A mark of the election before an office in an entry ("ny ersättare", "ny, ordinarie
#: ledamot", "omvald ledamot", "(ny) ledamot"): the seat is the office's, newly taken or kept.
ELECTION_MARK = re.compile(r"^\(?(?:ny|nyvald|omvald)\)?(?:[ \t]*,)?[ \t]+(?=\S)")

NOT_MEMBER_STATUSES = ("applicant", "candidate", "invited", "proposed")
#: Statuses of a seat that is not held at the time of the source: one held before
#: (``ended``), one expected or agreed but not yet taken (``planned``).
NOT_HELD_STATUSES = ("ended", "planned")


#: A group on a social medium ("facebookgrupp", "whatsapp-ryhmä"): no body with seats.
_SOCIAL_MEDIA_GROUP = re.compile(r"(?:facebook|whatsapp|messenger|instagram|linkedin|telegram)-?")


@dataclass(frozen=True)
class Lexicon:
    lang: str
    #: (pattern, role id), most specific first.
    roles: tuple[tuple[str, str], ...]
    #: (pattern of a body's head word, its entity kind), most specific first; matched on the
    #: end of the (basic form of the) phrase's last word.
    bodies: tuple[tuple[str, str], ...]
    #: (pattern of an organisation's marker word, its entity kind).
    organisations: tuple[tuple[str, str], ...]
    #: (pattern, status): words that make the names near them not members.
    not_members: tuple[tuple[str, str], ...]
    #: Words of a line that introduces a composition list.
    list_intro: str
    #: Words that introduce deputies within a block ("varajäsen", "ersättare").
    deputies: str
    #: Table column headers: (pattern, column meaning) with meanings municipality, member,
    #: deputy_member, name, role, organisation.
    columns: tuple[tuple[str, str], ...]
    #: Verbs and adverbs that may stand between a role word and the names it introduces.
    linking: str
    #: "and" between names of a list.
    conjunctions: str
    #: Capitalised words that never begin a person's name (sentence openers, months, ...).
    not_names: frozenset[str]
    #: Pronoun-like words that refer to the body of the context ("ryhmä", "gruppen").
    anaphora: str
    #: Chair in parentheses: "(pj. X)".
    chair_abbreviations: str
    #: Words of responsibility / leadership / cooperation / representation sentences.
    responsibility: str
    leadership: str
    monitoring: str
    cooperation: str
    cooperation_with: str
    represented: str
    under_leadership: str
    #: "osallistuu", "deltar": an actor takes part in a body.
    participates: str = ""
    #: "X:ään kuuluvat A, B ja C", "Ryhmään valittiin A ja B", "I gruppen ingår A och B",
    #: "Till rådet utsågs A": the people named after it are members of the body before it.
    belongs: str = ""
    #: Of those, verbs whose object is in the genitive-accusative ("nimesi … Aino Aholan").
    belongs_active: str = ""
    #: Of those, verbs after a body in the inessive ("Nuorisovaltuustossa istuvat A ja B").
    belongs_in: str = ""
    #: Of those, verbs after a body in the genitive-accusative, the people its subject
    #: ("Johtokunnan muodostivat A, B ja C").
    belongs_formed: str = ""
    #: The beginning of a sentence saying that the people just named together make up a
    #: body ("He muodostavat nuorisovaltuuston hallituksen", "Tillsammans bildar de
    #: ungdomsfullmäktiges styrelse").
    they_form: str = ""
    #: Verbs of an organ that appoints, sets up or composes a body ("Aluehallitus nimesi
    #: vammaisneuvoston jäsenet", "Kommunstyrelsen utsåg rådets ledamöter"): their subject is
    #: not the body the list that follows belongs to.
    appoints: str = ""
    #: Headings of contact details and preparers ("Lisätiedot", "Upplysningar"): the people
    #: listed under them are no members.
    contacts: str = ""
    #: Role abbreviations that stand only at the start of a list line, before a name ("J
    #: Väinö Pollari", "Vj Tiina-Maria Takala", "Ers. Bo Ek"): (pattern, role). Never looked
    #: for in running text, where a capital letter and a full stop are an initial.
    line_abbreviations: tuple[tuple[str, str], ...] = ()
    #: Words that make the role after them one held before ("edellinen puheenjohtaja",
    #: "förra årets ordförande", "avgående ordförande"): no current role.
    former: str = ""
    #: Words that belong to the names of schools, companies and other organisations: a
    #: capitalised run with one of them is no person ("Thorén Innovation School").
    org_words: str = ""
    #: Job titles ("Socialarbetare", "Sosiaalityöntekijä"): a capitalised one before a name
    #: says what the person does, and is no part of the name. Matched on the whole word.
    occupations: str = ""
    #: Body words the rules read that the learned tagger's features leave out (it was
    #: trained without them): a representative assembly ("edustajisto").
    untrained_bodies: str = ""
    #: Body words that name a body of their own only after the organisation it belongs to
    #: ("Keskusliiton edustajisto"): alone ("Edustajisto:" over names on a youth council's
    #: page), a group of the page's own body. An editorial board or a committee alone
    #: ("Toimituskunta:", "Viestintäjaos") is a body of its own.
    owned_bodies: str = ""
    #: (pattern, status): words of a sentence that make the seats it gives not held at the
    #: time of the source: held before ("aiemmin", "jätti", "tidigare") → ``ended``; expected,
    #: agreed or to come ("valittaneen", "tulee", "on tarkoitus", "väntas") →
    #: ``planned``. A title with "nykyinen" / "nuvarande" before it still holds.
    not_held: tuple[tuple[str, str], ...] = ()
    #: "nykyinen", "nuvarande": the title after it is held now, whatever the sentence says.
    current: str = ""
    #: Words saying that the person named before them has died ("on kuollut", "har
    #: avlidit"): whatever seat the page gives that person is no seat held.
    died: str = ""
    #: A body's taking office at a time still to come ("Kommunstyrelsen och nämnderna
    #: tillträder vid årsskiftet", "Uusi hallitus aloittaa toimintansa vuoden alussa"): the
    #: seats the page gives in the bodies named before it are not held yet.
    takes_office: str = ""
    #: An association's meeting that elects its board and officers ("årsmöte", "höstmötet",
    #: "vuosikokous"): with no body named, the seats it fills are the board's.
    electing_meeting: str = ""
    #: The name of an association's board, the body of the seats such a meeting fills.
    board: str = ""
    #: A sentence's perfect passive of proposing ("puheenjohtajaksi on esitetty A"): the
    #: seats it names are proposals (read in sentences only; list lines keep theirs).
    proposed_said: str = ""
    #: The long office words a misspelling of which still names the office
    #: ("vaapuheenjohtaja"): see :meth:`respell`.
    office_words: tuple[str, ...] = ()
    #: More seat words a misspelling of which is read as the word (beside the office words).
    respelt_words: tuple[str, ...] = ()
    #: The treasurer's post ("rahastonhoitaja", "kassör", "skattmästaren"), whole words in
    #: lower case: no role of its own but a task in the body, held by one of its members.
    #: The readers of list lines, posts and prose match them in either language
    #: (:data:`TREASURER_WORDS`).
    treasurer: tuple[str, ...] = ()
    #: The nouns of a deputy's seat ("varajäsen", "varaedustajat", "ersättare",
    #: "suppleanterna"), without the abbreviations and adverbs :attr:`deputies` has besides
    #: ("vj.", "varalla", "ers."): the words a sentence or a page names deputies with
    #: (:data:`DEPUTY_WORDS`).
    deputy_words: str = ""
    #: A municipal committee's abbreviation a diary number is prefixed with ("BUN 2018/41",
    #: "Dnr SBN 2020/123", "14KFN"), upper case, and the committee's name: minutes that name
    #: their body only in such numbers are the minutes of that body.
    diary_bodies: tuple[tuple[str, str], ...] = ()

    def not_held_status(self, text: str) -> str | None:
        low = text.casefold()
        for pattern, status in self.not_held_res:
            if pattern.search(low):
                return status
        return None

    @functools.cached_property
    def not_held_res(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple((re.compile(rf"(?<![\w-])(?:{p})(?![\w-])"), s) for p, s in self.not_held)

    @functools.cached_property
    def _memo(self) -> dict[tuple[str, str], Any]:
        """The answers of the word lookups below, which depend on the word alone: a long
        document asks about the same words hundreds of thousands of times."""
        return {}

    def _remember(self, lookup: str, word: str, answer: Any) -> Any:
        memo = self._memo
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[lookup, word] = answer
        return answer

    def is_occupation(self, word: str) -> bool:
        """A job title ("Liikuntatoimenjohtaja"), never a role of a body ("Puheenjohtaja")."""
        try:
            return self._memo["occupation", word]
        except KeyError:
            pass
        return self._remember(
            "occupation",
            word,
            bool(self.occupations)
            and any(re.fullmatch(self.occupations, form) is not None for form in self._forms(word))
            and self.role_of(word) is None,
        )

    def _forms(self, word: str) -> tuple[str, ...]:
        """The word, and in Swedish its indefinite form when it ends as a definite one
        ("Materialförvaltaren" → "materialförvaltare", "Kaptenen" → "kapten", "Rektorn")."""
        low = word.casefold()
        if self.lang != "sv" or len(low) < 5:
            return (low,)
        if low.endswith("en"):
            return (low, low[:-1], low[:-2])
        return (low, low[:-1]) if low.endswith("n") else (low,)

    def line_abbreviation(self, word: str) -> str | None:
        """The role a line-initial abbreviation names ("Vj" → deputy member), or None."""
        key = word.casefold().strip()
        for pattern, role in self.line_abbreviations:
            if re.fullmatch(pattern, key):
                return role
        return None

    @functools.cached_property
    def role_res(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple((re.compile(rf"(?<![\w-])(?:{p})(?![\w])"), r) for p, r in self.roles)

    @functools.cached_property
    def body_res(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        untrained = ((self.untrained_bodies, "body"),) if self.untrained_bodies else ()
        return tuple((re.compile(rf"(?:{p})$"), k) for p, k in (*self.bodies, *untrained))

    def owned_body(self, word: str) -> bool:
        """``word`` is one of :attr:`owned_bodies`."""
        return (
            bool(self.owned_bodies)
            and re.search(rf"(?:{self.owned_bodies})$", word.casefold()) is not None
        )

    def trained_body_kind(self, word: str) -> str | None:
        """:meth:`body_kind` as the learned tagger was trained: without
        :attr:`untrained_bodies`."""
        if self.untrained_bodies and re.search(rf"(?:{self.untrained_bodies})$", word.casefold()):
            return None
        return self.body_kind(word)

    @functools.cached_property
    def org_res(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple((re.compile(rf"(?<![\w-])(?:{p})(?![\w])"), k) for p, k in self.organisations)

    def org_kind(self, word: str) -> tuple[int, str] | None:
        """The first of :attr:`org_res` that reads the whole of ``word`` (lower case) as an
        organisation's marker: its place among them and the organisation's kind, or None."""
        try:
            return self._memo["org", word]
        except KeyError:
            pass
        found = next(
            ((n, k) for n, (pattern, k) in enumerate(self.org_res) if pattern.fullmatch(word)),
            None,
        )
        return self._remember("org", word, found)

    @functools.cached_property
    def org_words_re(self) -> re.Pattern[str]:
        return re.compile(self.org_words)

    @functools.cached_property
    def not_member_res(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple((re.compile(rf"(?<![\w-])(?:{p})"), s) for p, s in self.not_members)

    @functools.cached_property
    def column_res(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple((re.compile(rf"^(?:{p})$"), m) for p, m in self.columns)

    @functools.cached_property
    def respelt(self) -> dict[str, str]:
        """The misspelt office words of the document being read, each with its correct
        spelling (filled for each document by :meth:`respell`)."""
        return {}

    def respell(self, words: set[str]) -> None:
        """Read each word of ``words`` (the words of a document the dictionary does not
        know) that is an office word with one letter left out, added or changed, its
        ending kept ("vaapuheenjohtaja", "puheenjohtjaksi"; also a seat word of
        ``respelt_words``, "Suppleater"), or an office word cut short by its last one or two
        letters ("Varapuheenjohta"), as that word."""
        self.respelt.clear()
        for word in words:
            low = word.casefold()
            if len(low) < 10 or self.role_of(low):
                continue
            cut = next((o for o in self.office_words if low in (o[:-1], o[:-2])), None)
            if cut is not None:
                self.respelt[low] = cut
                continue
            for office in (*self.office_words, *self.respelt_words):
                fixed = next(
                    (
                        office + low[n:]
                        for n in (len(office) - 1, len(office), len(office) + 1)
                        if _one_edit(low[:n], office)
                    ),
                    None,
                )
                if fixed is not None and self.role_of(fixed):
                    self.respelt[low] = fixed
                    break

    def role_of(self, text: str) -> str | None:
        """The role a word or phrase names (the whole of it), or None."""
        if self.respelt:
            fixed = self.respelt.get(text.casefold().strip(" .:;,()"))
            if fixed is not None:
                text = fixed
        try:
            return self._memo["role", text]
        except KeyError:
            pass
        key = " ".join(text.casefold().strip(" .:;,()").split())
        for k in (key, _ORDINAL.sub("", key, count=1)):
            for pattern, role in self.role_res:
                m = pattern.match(k)
                if m and m.end() == len(k):
                    return self._remember("role", text, role)
        parts = key.split("/")
        if len(parts) == 2 and all(p.strip() for p in parts):
            # "Ledamot/Vice ordförande", "jäsen/sihteeri": a member's seat and the office held
            # in it, the office read (two offices, "puheenjohtaja/varapuheenjohtaja", leave
            # which one is the person's unsaid)
            said = {self.role_of(p.strip()) for p in parts}
            offices = said - {"member"}
            if "member" in said and len(offices) == 1 and offices <= _SLASH_OFFICES:
                return self._remember("role", text, offices.pop())
            if (
                len(offices) == 2
                and None in offices
                and (offices - {None}) <= _SLASH_OFFICES
                and all(self.role_of(p.strip()) or _SLASH_DUTY.fullmatch(p.strip()) for p in parts)
            ):
                # "Sihteeri/tiedottaja", "sekreterare/kassör": an office and a duty held with
                # it, the office read
                return self._remember("role", text, (offices - {None}).pop())
        return self._remember("role", text, None)

    def find_role(self, text: str) -> tuple[str, int, int] | None:
        """The first role word in ``text``: (role, start, end)."""
        low = text.casefold()
        best: tuple[str, int, int] | None = None
        for pattern, role in self.role_res:
            m = pattern.search(low)
            if m and (best is None or m.start() < best[1]):
                best = (role, m.start(), m.end())
        return best

    def body_kind(self, word: str) -> str | None:
        """The entity kind of a body whose last word (lower case, basic form) is ``word``.
        A title that begins with a body's head ("nämndsekreterare", "lautakuntasihteeri",
        "valtuustoryhmäjohtaja") is a person's post, never a body."""
        try:
            return self._memo["body", word]
        except KeyError:
            pass
        return self._remember("body", word, self._body_kind(word.casefold()))

    def _body_kind(self, low: str) -> str | None:
        if _TITLE_TAIL.search(low) or self.is_occupation(low):
            return None
        if self.lang == "fi" and re.match(r"(?:kevät|syys)(?!kokous)\w+", low):
            return None  # "kevätvaltuusto", "syyshallitus": a body's session, not a body
        if _MEETING.search(low):
            return None  # "styrelsemötet", "hallituksen kokous": a body's meeting, not a body
        if _SOCIAL_MEDIA_GROUP.match(low):
            return None  # "Facebookgrupp", "WhatsApp-ryhmä": a group on a social medium
        if self.lang == "sv" and re.search(r"(?<!välfärds)område(?:t|ts|n|na|nas)?$", low):
            return None  # "funktionsrättsområdet": a field or an area ("-rådet" in it), no body
        if self.lang == "sv" and re.search(r"arbete(?:t|ts|n|na|nas)?$", low):
            return None  # "styrelsearbetet": a body's work, no body
        if self.lang == "sv" and _BODY_PAPERS.search(low):
            return None  # "styrelseuppgifter", "styrelseprotokoll": a body's tasks or papers
        if self.lang == "sv" and _SV_AGENCY.fullmatch(low):
            return None  # "Transportstyrelsen", "Socialstyrelsen": a state agency, no board
        for pattern, kind in self.body_res:
            if pattern.search(low):
                return kind
        return None

    def seat_compound(self, low: str) -> bool:
        """Whether the lower-case ``low`` is a body's word joined to a seat's or a post's
        ("styrelsemedlemmarna", "nämndledamot", "hallitusjäsenet"): people, never a name."""
        tail = _TITLE_TAIL.search(low)
        return bool(tail and tail.start() >= 3 and self.body_kind(low[: tail.start()]))

    def not_member_status(self, text: str) -> str | None:
        # "Årsmötet beslutade i enlighet med valberedningens förslag:", "vaalitoimikunnan
        # esityksen mukaisesti": a proposal adopted, the people elected
        low = _ADOPTED.sub(" ", text.casefold())
        for pattern, status in self.not_member_res:
            if pattern.search(low):
                return status
        return None

    def column(self, header: str) -> str | None:
        """What a table's column header means; a header of two names for one column
        ("Jäsen/edustaja", "Ledamot/representant") means what both mean."""
        key = " ".join(header.casefold().strip(" .:").split())
        for pattern, meaning in self.column_res:
            if pattern.match(key):
                return meaning
        parts = [p.strip() for p in key.split("/")]
        if len(parts) == 2 and all(parts):
            meanings = {self.column(p) for p in parts}
            if len(meanings) == 1:
                return meanings.pop()
        return None


_FI_NOT_NAMES = frozenset(
    """tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu
    marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
    lisäksi myös kunnan kuntien kaupunkien kaupungin kaupunki kunta hyvinvointialue
    hyvinvointialueen jäsenet jäsen varajäsen puheenjohtaja varapuheenjohtaja sihteeri asiantuntijajäsenet
    kokoonpano tehtävät vastaaja ryhmän ryhmä toimiala toimialan tulosalue lähde linkki
    pöytäkirja perustelut päätös esitys liitteet oheismateriaali valmistelu lisätiedot
    hakijat ehdokkaat sivu etusivu uutiset tiedote siirry jaa muut poissa läsnä johto
    paikka kokouspaikka pöytäkirjanpitäjä kokouspöytäkirja esityslista kokouskutsu pöytäkirjanote ehdotus
    estynyt
    board council committee""".split()  # noqa: E501, SIM905
)
_SV_NOT_NAMES = frozenset(
    """januari februari mars april maj juni juli augusti september oktober november
    december måndag tisdag onsdag torsdag fredag lördag söndag dessutom även kommunen vice
    staden stad kommun välfärdsområdet och ledamöter ledamot ersättare ordförande sekreterare
    sammansättning uppgift uppgifter ålder namn befattning källa protokoll beskrivning beslut
    förslag bilagor beredning anmält anmäld förhinder närvarande
    upplysningar sökande kandidater sidan nyheter till innehållet dela övriga frånvarande
    justerare protokolljusterare rösträknare board council committee sammanträdesprotokoll
    mötesprotokoll kallelse föredragningslista protokollsutdrag funktionärer funktionärerna
    västra östra norra södra mellersta nordvästra nordöstra sydvästra sydöstra
    på vid av från för med efter hos mot inom enligt
    svenska svenskt finlands sveriges finska vår vårt våra er ert era duon duo trion trio
    kvartetten""".split()  # noqa: SIM905
)

FI = Lexicon(
    lang="fi",
    roles=(
        *_EN_ROLES,
        (
            r"(?:1\.|2\.|3\.|ensimmäi\w*|toi[sn]\w*)?\s*varapuheenjohtaj\w*(?:\s+(?:i{1,3}|iv|v))?",
            "vice_chair",
        ),
        # ("vara pj": the abbreviation with a space)
        (r"vara[\s-]?pj\.?|vpj\.?", "vice_chair"),
        # "Puh.joht", "Vara puh. joht": the words cut short, with or without a space
        (r"vara[\s-]?puh\.?\s*joht(?![a-zåäö])\.?", "vice_chair"),
        (r"puh\.?\s*joht(?![a-zåäö])\.?", "chair"),
        # "Puh.j.", "varapuh.j.": the same, cut shorter still (never "puh." alone, a phone)
        (r"vara[\s-]?puh\.\s*j\.?(?![a-zåäö])", "vice_chair"),
        (r"puh\.\s*j\.?(?![a-zåäö])", "chair"),
        # "toiseksi puheenjohtajaksi": a second chair is a vice chair
        (r"(?:2\.|3\.|toiseksi|kolmanneksi)\s+puheenjohtaj\w*", "vice_chair"),
        (r"puheenjohtaja(?!isto)\w*", "chair"),
        (r"pj(?:\.|:\w+)?", "chair"),
        # a learned society's head ("Seuran esimiehenä on toiminut A, varaesimiehenä B"): its
        # chair, said as what someone serves or is elected as (not "Varhaiskasvatuksen esimies
        # A", a workplace's manager); a vice head in any form
        (r"(?:1\.|2\.|ensimmäi\w*|toi[sn]\w*)?\s*varaesimie\w*", "vice_chair"),
        (r"esimie(?:henä|heksi)", "chair"),
        # a club's president and vice president (Rotary, Lions, Soroptimist, junior chamber)
        # chair it, said as what someone serves or is elected as ("presidenttinä toimii",
        # "presidentiksi valittiin"; not "Tasavallan presidentti"); the past president is one
        # of its members
        (r"varapresident(?:ti|i)(?:na|nä|ksi)", "vice_chair"),
        (r"past[\s-]+president\w*", "member"),
        (r"president(?:ti|i)(?:na|nä|ksi)", "chair"),
        (r"varasihteeri\w*", "member"),  # a deputy secretary: a task held by a member
        (r"(?:vara)?somevastaa\w*", "member"),  # a social-media officer of a youth council
        # ("sihteereinä": the plural stem ends in "e")
        (r"(?:tekninen\s+|asiantuntija|pää)?sihteer(?:i(?!stö)|ei)\w*|siht\.?", "secretary"),
        (r"esityslistan\s+valmistelija\w*", "agenda_preparer"),
        (r"asiantuntijajäsen\w*", "expert_member"),
        (r"pysyv\w+\s+asiantuntij\w*", "permanent_expert"),
        (r"esittelijä\w*", "presenter"),
        (r"koollekutsuja\w*|kokoonkutsuja\w*", "convener"),
        (
            # "henkilökohtainen varajäsen", "yhteinen varajäsen" (shared by several members)
            r"(?:\d+\.\s*)?(?:(?:henkilökohtai|yhtei)\w+\s+)?"
            # (and the older word: "henkilökohtainen varamies", "varamieheksi")
            r"(?:varajäsen(?!asi)\w*|varahenkilö\w*|varaedustaj\w*|varam(?:ies|ieh\w*))"
            r"|vj\.?|varaj\.?"
            # "Korvaaja: A" under a working group's member: the member's substitute (the label's
            # nominative only: "eronneen jäsenen korvaajaksi" is a successor)
            r"|korvaaja(?:t)?",
            "deputy_member",
        ),
        # "varajäsenasioidenhoitaja": the deputy of the membership officer, a member's duty
        (r"varajäsenasi\w*", "member"),
        # "Uusia hallitusjäseniä ovat A ja B": a board's member said in one compound
        (r"(?:hallitus|johtokunta)jäsen(?!yy|mää)\w*", "member"),
        (
            r"(?:varsinai\w+\s+)?jäsen(?!yy|mää|sihteer)\w*"
            r"|varsinai\w+\s+(?:edustaja\w*|edustaji(?:na|ksi)\b)",
            "member",
        ),
        # "edustajana", "edustajat"; the plural stem only as a predicate ("edustajina
        # toimivat A ja B", "edustajiksi"), not "edustajista mukana oli A"
        (r"edustaja(?!isto|kokou)\w*|edustaji(?:na|ksi)\b", "representative"),
    ),
    bodies=(
        (r"ohjaus- ja seurantaryhmä|ohjausryhmä", "steering_group"),
        (r"asiantuntijaryhmä", "expert_group"),
        (r"työryhmä|hyvinvointiryhmä|hyte-ryhmä|teemaryhmä|ryhmä|tiimi", "working_group"),
        (r"kaupunginhallitus|kunnanhallitus", "city_board"),
        (r"lautakunta|jaosto|valiokunta", "board"),
        (r"verkosto", "network"),
        (r"ohjelma", "programme"),
        (r"yhteistyöprojekti|projekti|hanke", "project"),
        (
            # (a table only in a compound, "kumppanuuspöytä": "pöydän ääressä" is a table)
            r"neuvosto|valtuusto|aluehallitus|maakuntahallitus|toimikunta|johtoryhmä|foorumi"
            r"|\wpöytä|parlamentti|raati|vaikuttamistoimielin"
            r"|hallitus|neuvottelukunta|komitea|valtuuskunta|johtokunta|hoitokunta|kapituli"
            r"|vanhimmisto|konsistori|kollegio"
            # a prize's or a competition's jury ("tuomariston puheenjohtaja"); the Sámi
            # parliament's assembly ("Saamelaiskäräjien jäsenet")
            r"|tuomaristo|saamelaiskäräj\w*",
            "body",
        ),
        *_EN_BODIES,
    ),
    organisations=(
        (r"ry\.?|r\.y\.|ry:\w+|rf\.?", "registered_association"),
        (
            r"\w*yhdistys\w*|\w*liitto|\w*liiton|\w*säätiö\w*|\w*seura|\w*seuran|"
            r"\w*kerho|\w*kerhon|"
            # an organisation's Swedish name in a Finnish text ("Stiftelsen Blomsterfonden")
            r"\w*stiftelse\w*|\w*förening\w*|\w*förbund\w*",
            "ngo",
        ),
        (r"hyvinvointialue\w*", "county"),
        (r"kaupunki|kaupungin|kunta|kunnan", "municipality"),
        (r"sairaanhoitopiiri\w*", "organisation"),
    ),
    not_members=(
        (r"hakij\w*|hakenee\w*|haki(?:vat|jat)\b|hakeneet", "applicant"),
        # (and whom a meeting is to vote for: "äänestämään liiton puheenjohtajaksi A")
        (r"\w*ehdokk\w*|\w*ehdokas\w*|ehdolla|äänestämään", "candidate"),
        (r"kutsu(?:taan|ttiin|ttu\w*|tut|tuja)", "invited"),
        # the right to attend or to speak at a meeting is not a seat in the body; the record of
        # the members' attendance at its meetings ("kokoonpano ja läsnäolo kokouksissa") is
        (
            r"läsnäolo(?![ \t]+kokouksi(?:ssa|in)(?![\w-]))\w*|puheoikeu\w*|läsnäolo-oikeu\w*",
            "invited",
        ),
        (
            r"ehdote\w*|ehdotta\w*|ehdotu\w*|ehdotus|esitetään|esitettiin|esittää|esitti|"
            r"esittävät|päätösehdotus",
            "proposed",
        ),
    ),
    list_intro=(
        # ("kokonpano": the word as often misspelt, one "o" short)
        r"kokoo?npano|kokoonpanoon|jäsenet|jäseninä|jäseniksi|seuraavat\s+henkilöt|nimennyt|"
        r"nimetty|valittu|valitut|valitsi|kuuluvat|kuuluivat|kuului|kuuluu|puheenjohtajisto|edustajat|asiantuntijajäsenet|"
        # "Hallituksen muodostivat" over the list: the people the body was made up of
        r"muodost(?:ivat|avat)(?![\w-])|"
        # the members' title: "Valitut nuorisovaltuutetut", "Valtuutetut"
        r"[\w-]*valtuutetut|"
        # a body in the inessive and a verb of serving: "Vanhusneuvostossa toimivat kautena …"
        r"\w+(?:ssa|ssä)\s+(?:toimivat|istuvat|(?:on|ovat)\s+edustettuina)"
    ),
    deputies=r"varajäsen(?!asi)\w*|varahenkilö\w*|varaedustaj\w*|varalla|varalle|vj\.|vj\b|varaj\.",
    columns=(
        *_EN_COLUMNS,
        (r"kunta|kunnat|kotikunta|kaupunki|alue", "municipality"),
        (
            r"(?:varsinainen\s+)?jäsen|jäsenet|varsinaiset\s+jäsenet|edustaja|edustajat|"
            r"(?:kunnan|kaupungin)?valtuutettu|(?:kunnan|kaupungin)?valtuutetut",
            "member",
        ),
        (
            r"(?:henkilökohtai(?:nen|set)\s+)?(?:varajäsen|varajäsenet)|varahenkilö|varaedustaja|"
            r"varavaltuutettu|varavaltuutetut",
            "deputy_member",
        ),
        (r"nimi|henkilö", "name"),
        (r"rooli|tehtävä|asema", "role"),
        (
            r"järjestö|organisaatio|taustayhteisö|edustaa|edustus|yhdistys|liitto|taho|"
            r"edustettava\s+taho|edustaja\s+tahosta|yhteisö",
            "organisation",
        ),
        (r"puolue|ryhmä|valtuustoryhmä|titteli|virka", "other"),
        (r"asuinpaikka|paikkakunta|ikä|kylä|kylät|kyläkunta", "other"),
        # an election result: the placing, the candidate's number, the votes
        (
            r"sija|sijoitus|järjestys|ehdokasnumero|ehdokasnro|numero|nro|äänet|äänimäärä|"
            r"ääniä|vertausluku|(?:osuus|%)\s+äänistä|äänten\s+osuus|äänet\s+%",
            "other",
        ),
    ),
    linking=r"toimii|toimivat|on|ovat|oli|olivat|ollut|olleet|valittiin|valitsi|nimettiin|"
    r"nimitettiin|tuli|tulivat|valittu|nimetty|mukana|kokoonpanossa|myös|edelleen|jatkaa|"
    r"jatkavat|sekä|lisäksi|"
    r"vuonna|alkaen|\d{4}",
    conjunctions=r"ja|sekä|,|&",
    not_names=_FI_NOT_NAMES,
    anaphora=r"(?:työ|ohjaus|asiantuntija|johto)?ryhmä\w*|lautakun\w*|neuvosto\w*|toimikun\w*|"
    r"jaosto\w*|valiokun\w*|verkosto\w*|valtuusto\w*|foorumi\w*|toimieli[nm]\w*|hallitu\w*|johtokun\w*",
    chair_abbreviations=r"pj\.|pj|puheenjohtaja|puheenjohtajana",
    responsibility=r"vastaa|vastaavat|vastasi|vastuussa|vastuulla",
    leadership=r"vetovastuu\w*|vetää|vetävät|johtaa|koordinoi",
    monitoring=r"seurannasta|seurannan|seuraa",
    cooperation=r"yhteistyö\w*|rajapintayhteistyö\w*|kumppanuusyhteistyö\w*",
    cooperation_with=r"kanssa",
    represented=r"edustettuna|edustettuina|edustettuja|edustettu",
    under_leadership=r"johdolla|johdossa|vetämänä",
    participates=r"osallistuu|osallistuvat|osallistui|osallistuivat",
    belongs=r"kuuluu|kuuluvat|kuului|kuuluivat|kuulunut|kuuluneet|jatkaa|jatkavat|nimesi|nimettiin|valitsi|valittiin|nimitti|"
    r"nimitettiin|istuu|istuvat|istui|istuivat|vaikuttavat|vaikuttivat|ovat|olivat|toimivat|on|oli|"
    # "Kokouksessa valittuun johtokuntaan tulivat A, B ja C": who came into it
    r"tuli|tulivat|"
    # "Johtokunnan muodostivat A, B ja C": the body in the genitive, the people who form it
    r"muodostavat|muodostivat",
    belongs_active=r"nimesi|valitsi|nimitti",
    belongs_formed=r"muodostavat|muodostivat",
    # "Nuorisovaltuustossa vaikuttavat tällä kaudella A, B ja C": who serve in it
    # "Seuran johtokunnassa vuonna 2008 olivat A, B ja C": who were in it
    belongs_in=r"istuu|istuvat|istui|istuivat|vaikuttavat|vaikuttivat|jatkaa|jatkavat|ovat|"
    r"olivat|toimivat|on|oli",
    # (and an editorial board: "syyslehden toimituskunnassa"; an association's standing
    # committee: "Viestintäjaoksen jäsenet")
    untrained_bodies=r"edustajisto|toimituskunta|jaos",
    owned_bodies=r"edustajisto",
    # (also after a prefix and a hyphen: "Yli-intendentti", "Liikunta-asiantuntija")
    occupations=r"(?:\w+-)?\w*(?:työntekijä|ohjaaja|hoitaja|koordinaattori|päällikkö|"
    r"suunnittelija|asiantuntija|opettaja|kuraattori|psykologi|terapeutti|tarkastaja|neuvoja|kehittäjä|"
    r"avustaja|lääkäri|sairaanhoitaja|toimistosihteeri|johtava|vastaava|vastaavat|johtaja|arkkitehti|"
    r"insinööri|nuorisosihteeri|kulttuurisihteeri|liikuntasihteeri|diakoni|pastori|"
    r"kappalainen|kirkkoherra|piispa|rovasti|dekaani|asessori|"
    # an honorary or academic title ("Sosiaalineuvos", "Professori"), a seat's compound
    # ("Kokemusasiantuntijajäsen"): a title before a name, never a part of it
    r"neuvos|professori|tohtori|maisteri|dosentti|lehtori|jäsen|intendentti|"
    # the plural of an academic title before the first of several names ("Professorit A
    # (X), B (Y) ja C (Z)")
    r"professorit|tohtorit|dosentit|lehtorit|"
    # a degree ("Agronomi", "Tekniikan lisensiaatti") before a name in a list
    r"agronomi|ekonomi|lisensiaatti|kandidaatti|"
    # a trade printed before a member's name ("toimittaja", "näyttelijä", "kuvataiteilija")
    r"toimittaja|tiedottaja|näyttelijä|kirjailija|taiteilija|tuottaja|muusikko|kirjastonhoitaja|"
    r"yrittäjä|maanviljelijä|toimitusjohtaja|myyntipäällikkö|"
    # a performer's trade ("balettitanssija", "oopperalaulaja") before a member's name
    r"tanssija|laulaja|säveltäjä|kapellimestari)|"
    # an association's officer's post ("Tiedotusupseeri", "Urheilu-upseeri") before a name
    r"[\w-]*upseeri|"
    # a councillor's title ("kaupunginvaltuutettu", "kunnanvaltuutettu") before a name, as a
    # job is: a title, no seat the sentence gives
    r"\w*valtuutettu|"
    # a form of address ("rouva Suoma Lindberg", "hra J. Luukko") and a cantor's post, old
    # lists' titles before a name
    r"rouva|neiti|herra|hra|rva|nti|kanttori|"
    # an old list's trade or standing, capitalised before a name ("Talollinen Juho Lahti",
    # "Kauppias A. Ek", "Rakennusmestari Bo Lind")
    r"talollinen|torppari|itsellinen|lautamies|kauppias|isäntä|emäntä|nimismies|konstaapeli|"
    r"kirvesmies|muurari|leipuri|\w+mestari|\w*kapteeni",
    they_form=r"(?:yhdessä\s+)?he\s+(?:muodostavat|muodostivat)|(?:yhdessä\s+)?nämä\s+"
    r"(?:henkilöt\s+)?muodostavat|"
    # "Nämä henkilöt tulivat johtokuntaan", "Heidät valittiin hallitukseen"
    r"(?:nämä|he)\s+(?:henkilöt\s+)?(?:tulivat|valittiin)|heidät\s+valittiin",
    appoints=r"nime(?:si|nnyt|nneet|ää|ävät)|nimitt(?:i|änyt|äneet)|vali(?:tsi|nnut|nneet)|"
    r"asett(?:i|anut|aneet|aa)|perust(?:i|anut|aneet)|kokosi|koonnut",
    contacts=r"lisätiedot|lisätietoja|yhteystiedot|valmistelu|valmistelija|tiedustelut|"
    # an association's bank details ("Pankkiyhteys:" over the bank's name)
    r"pankkiyhtey\w*|"
    r"esittelijä|laatija|kirjoittaja|kuvat?|kuvaaja|"
    r"muut(?:\s+(?:läsnäolijat|läsnä|osallistujat|saapuvilla))?$|"
    # permanent experts ("Pysyvät asiantuntijat", "Pysyvät asiantuntijatahot") hold no seat;
    # an expert member ("asiantuntijajäsen") does
    r"pysyv\w*\s+asiantuntij(?!a\s*jäs|oina\s+jäs)\w*|"
    # "Henkilöstö" over "Läsnä:" in minutes: the staff present, no seats; "Toimihenkilöt"
    # under a board's list ("Toimihenkilöinä ovat olleet"): the association's officials, no
    # seats in it (also with the year: "Toimihenkilöt 2021")
    r"(?:henkilöstö|henkilökunta|toimihenkilöt)(?:\s+(?:19|20)\d\d)?$|"
    r"toimihenkilöinä(?:\s+(?:ovat|on))?(?:\s+(?:olleet|toimineet|toimivat))?$",
    line_abbreviations=(
        (r"j\.?|jäs\.?|vars\.?", "member"),
        (r"vj\.?|varaj\.?|varajäs\.?", "deputy_member"),
        (r"pj\.?|pj:\w+", "chair"),
        (r"vpj\.?|varapj\.?", "vice_chair"),
        (r"siht\.?", "secretary"),
    ),
    former=r"edelli\w*|entinen|entisen|ent\.|aiempi|aiemman|aikaisempi|aikaisemman|"
    r"väistyvä\w*|eroava\w*|silloi\w*|edesmen\w*|kuollu\w*|kuolleen",
    # (and a foundation's compound: "Loimaan Yksityisyrittäjäin Vanhainkotisäätiö")
    org_words=r"(?:\w{3,})?(?:koulu|lukio|opisto)(?:n|sta|ssa|lta|lla)?|oy|oyj|ab|ky|school|"
    r"college|gymnasium|\w{3,}säätiö(?:n|ssä|stä)?",
    not_held=(
        (
            r"aiemmin|aikaisemmin|entinen|entisenä|jätti|luopui|luopunut|erosi|eronnut|"
            r"toimi\s+aiemmin|oli\s+aiemmin|"
            # one granted leave to resign, or who moved away ("myönnetty ero hallituksen
            # jäsenyydestä", "muuttanut pois paikkakunnalta")
            r"(?:myönnetty|myönnettiin)\s+ero|muutti\s+pois|muuttanut\s+pois|"
            # whose turn to leave it was ("erovuorossa olivat …"), who asked to resign
            r"erovuorossa\s+ol(?:i|ivat)|ol(?:i|ivat)\s+erovuorossa|"
            r"(?:oli|olivat|on|ovat)\s+pyytänyt\s+eroa|(?:oli|olivat|on|ovat)\s+pyytäneet\s+eroa|"
            r"pyysi\s+eroa|pyysivät\s+eroa|"
            # who announced resigning ("ilmoitti eroavansa tehtävästään")
            r"ilmoitti\s+(?:\w+\s+){0,3}?(?:eroavansa|luopuvansa)|ilmoittivat\s+(?:\w+\s+){0,3}?"
            r"(?:eroavansa|luopuvansa)|"
            # made honorary members or an honorary chair: a title, no seat
            r"kunniajäse\w*|kunniapuheenjohtaja\w*|"
            # "Hallituksesta jää pois A": who leaves the body at the meeting
            r"jää\s+pois|jäävät\s+pois|jäi\s+pois|jäivät\s+pois|"
            # "… saivat kukat heidän jäädessä pois hallituksesta": thanked on leaving it
            r"jäädessä(?:än|nsä)?\s+pois",
            "ended",
        ),
        (
            r"valittaneen|valittanee|valittaisiin|valitaan|tulee|tulevat|tullee|"
            r"nousee|nousevat|nousemassa|on\s+tarkoitus|kaavail\w*|todennäköisesti|"
            # (not the infinitive after a decision: "päätettiin aloittaa selvitys", a task begun)
            r"(?<!päätettiin\s)(?<!päätti\s)(?<!päättivät\s)aloittaa|aloittavat|siirtyy|"
            # "valittiin seuraavalle kolmivuotiskaudelle A, B": a term that begins after the
            # meeting electing to it; not "valittiin jatkamaan seuraavalle kaudelle" (re-elected
            # to go on: a seat held now)
            r"(?<!jatkamaan\s)(?:seuraavalle\s+(?:\w+)?kaudelle|seuraavaksi\s+(?:\w+)?kaudeksi)",
            "planned",
        ),
    ),
    current=r"nykyinen|nykyisen|nykyisenä|nykyiset|current",
    died=r"on\s+kuollut|kuoli|menehtyi|on\s+menehtynyt|on\s+poistunut\s+keskuudestamme",
    takes_office=r"aloitta(?:a|vat)\s+(?:toimintansa|toimikautensa|työnsä|kautensa)\s+"
    r"(?:vasta\s+)?(?:vuoden\s+alussa|vuodenvaihteessa|(?:ensi|tulevan)\s+vuoden\s+alussa|"
    r"\d{1,2}\.\s?1\.(?:\s?\d{4})?)",
    electing_meeting=r"(?:vuosi|syys|kevät|perustamis)kokou\w*",
    board="Hallitus",
    proposed_said=r"(?:on|ovat)\s+esitetty|(?:on|ovat)\s+ehdotettu",
    office_words=("varapuheenjohtaja", "puheenjohtaja"),
    treasurer=("rahastonhoitaja", "taloudenhoitaja"),
    deputy_words=r"varajäsen(?!asi)\w*|varahenkilö\w*|varaedustaj\w*",
)

#: The Swedish words of an election ("valdes", "omvald", "invalda", "utsågs").
SV_ELECTED = r"(?:in|om|ny|åter)?vald(?:es|a)?|utsågs"

#: An association's general meeting ("vuosikokous", "årsmöte"), whose roll is of its members.
MEMBERS_MEETING = re.compile(
    r"(?i)(?:vuosi|syys|kevät|yleis|jäsen|sääntömääräinen[ \t]+)kokou[ks]|(?:års|höst|vår)möte"
    r"|stämma"
)

SV = Lexicon(
    lang="sv",
    respelt_words=("ordförande", "sekreterare", "suppleant", "ersättare"),
    roles=(
        *_EN_ROLES,
        (
            r"(?:första|andra|tredje|1\.|2\.)?\s*vice\s*ordförande\w*|viceordförande\w*|"
            r"vice\s*ordf\.?|viceordf\.?|v\.?\s*ordförande\w*|v\.?\s*ordf\.?|"
            # ("Vice.ordförande", "vice-ordförande": a full stop or a hyphen between)
            r"vice[.-]\s*ordförande\w*|"
            # a learned society's or an academy's chair ("preses", "vice preses")
            r"vice\s*preses|"
            # a sailing club's vice commodore
            r"vice\s*kommodor(?:en|ens|er|erna|ernas)?",
            "vice_chair",
        ),
        # a club's president before the name of the one who holds the seat (Rotary, Lions):
        # "Vice President Bo Ek" the vice chair, "Past President Eva Lind" (the chair of the
        # year before) and "Inkommande President Karl Berg" (the next year's) members of
        # its board
        (r"past[\s-]+president\w*|inkommande\s+president\w*", "member"),
        # (a sailing club's commodore: its chair)
        (
            # "självskriven ordförande": the chair by office (a bishop in a diocese's chapter)
            # "presidieordförande": the chair of a council's presidium, the council's chair
            r"(?:självskriv\w+\s+|presidie)?(?:ordförande\w*|ordf\.?)|preses"
            r"|kommodor(?:en|ens|er|erna|ernas)?",
            "chair",
        ),
        # a deputy secretary is a task inside the body, held by a member
        (r"vice\s*sekreterare\w*|biträdande\s+sekreterare\w*|v\.?\s*sekr\.?", "member"),
        (r"(?:teknisk\s+)?(?:general|huvud)?sekreterare\w*|sekr\.?", "secretary"),
        (r"beredare\s+av\s+föredragningslista\w*", "agenda_preparer"),
        (r"sakkunnig(?:a|medlem\w*)?", "expert_member"),
        (r"permanent\w*\s+sakkunnig\w*", "permanent_expert"),
        (r"föredragande(?:n|na)?", "presenter"),
        (r"sammankallare\w*", "convener"),
        (
            r"(?:\d+\.\s*)?(?:(?:personlig|gemensam)\w*\s+)?"
            r"(?:aktiv\w*\s+)?"
            # "arbetstagarsuppleant", "personalersättare": the employees' deputy, in one word
            r"(?:(?:arbetstagar|personal)(?=suppleant|ersättare))?"
            r"(?:ersättare\w*|suppleant\w*|reserv(?:er)?|suppl?\.?|supl\.?)"
            # "Suppleanter, personliga:": the kind of deputy put after the word
            r"(?:,?\s*personliga)?",
            "deputy_member",
        ),
        (
            r"(?:ordinarie\s+|egentlig(?:a|t)?\s+|självskriv\w+\s+)?"
            # (not the members' activities: "Medlemsaktiviteter" over an association's events)
            r"(?:ledamot\w*|ledamöter\w*|medlem(?!skap|saktivitet)\w*)",
            "member",
        ),
        (r"representant(?!skap)\w*|företrädare\w*", "representative"),
    ),
    bodies=(
        (r"styrgrupp\w*", "steering_group"),
        (r"expertgrupp\w*|sakkunniggrupp\w*", "expert_group"),
        (r"arbetsgrupp\w*|välfärdsgrupp\w*|temagrupp\w*|programgrupp\w*", "working_group"),
        (r"stadsstyrelse\w*|kommunstyrelse\w*", "city_board"),
        # (not a meeting room named after the body: "Nämndrummet", "Styrelserummet")
        (r"nämnd(?!rum)\w*|sektion\w*|utskott\w*|valbered\w*|valbred\w*|direktion\w*", "board"),
        (r"nätverk\w*", "network"),
        (r"program\w*", "programme"),
        (r"projekt\w*", "project"),
        (
            # (not the board's annual report: "Styrelseberättelse för verksamhetsåret 1962")
            r"råd(?:et)?|rådets|fullmäktiges?|styrelse(?!rum|berättelse)\w*|kommitté\w*"
            r"|delegation\w*|forum\w*"
            r"|partnerskapsbord\w*|\w{3,}bord(?:et|ets|en|ens)?|grupp\w*|ledningsgrupp\w*|påverkansorgan\w*"
            # "klubbledningen", "föreningsledningen": the board and officers of a club
            r"|(?:klubb|förenings|förbunds)ledning(?:en|ens)?"
            r"|\w+stämm(?:a|an|ans)|\w*kommission(?:en|ens|er|erna)?"
            # a prize's or a competition's jury ("juryns ordförande")
            r"|jury(?:n|ns)?"
            # a diocese's cathedral chapter ("Ersättare i domkapitlet")
            r"|domkapit(?:el|let|lets)",
            "body",
        ),
    ),
    organisations=(
        (r"rf\.?|r\.f\.|ry\.?|r\.y\.", "registered_association"),
        # ("Testby Ridklubb", "Norrby Golfklubb": a club)
        (r"\w*förening\w*|\w*förbund\w*|\w*stiftelse\w*|\w*klubb(?:en|ens|s)?", "ngo"),
        # ("Mora Musikkår", "Norrby Scoutkår", "Testby Orkester": a band, a corps)
        (r"\w+kår(?:en|ens|s)?|\w*orkester(?:n|ns)?", "ngo"),
        (r"välfärdsområde(?:t|ts|s)?", "county"),
        (r"stad|kommun|staden|kommunen", "municipality"),
    ),
    not_members=(
        (r"sökande|ansökt\w*|ansökning\w*|sökt", "applicant"),
        (r"\w*kandidat\w*|nominerad\w*", "candidate"),
        (r"inbjud\w*|kallade|kallas", "invited"),
        (r"närvaro\w*|yttranderätt\w*|närvarorätt\w*", "invited"),
        (r"föreslås|föreslag\w*|föreslagn\w*|förslag\w*|beslutsförslag", "proposed"),
    ),
    list_intro=(
        r"sammansättning|[\w-]*ledamöter|medlemmar|följande\s+(?:personer|funktionärer)|utsett|utnämnt|valt|valdes|"
        r"(?:valde|utsåg)\s+följande|"
        # "Styrelsen har följande utseende för år 2024:": the body's make-up
        r"följande\s+utseende|"
        # "Styrelsen formerades sålunda:", "Styrelsen konstituerades:": how it was formed
        r"formerades|konstituerades|"
        r"sakkunniga|representanter|"
        # "I rådet sitter under mandatperioden …"
        r"i\s+\w+\s+(?:sitter|ingår)|"
        # "I styrelsen har ingått:", "I valberedningen har under året ingått:": the same
        # lead-in in the perfect tense (an annual report's board of the year reported)
        r"i\s+\w+\s+har\s+(?:under\s+(?:året|\w+år(?:et)?)\s+)?ingått|"
        # "Vi som sitter i styrelsen är:", "De som ingår i valberedningen:": who sits in the
        # body, said by a relative clause before it
        r"som\s+(?:sitter|ingår)\s+i(?![\w-])|"
        # "I X kyrkofullmäktige representeras Solfs församling av:": who speak for the
        # organisation in the body named before
        r"representeras\s+(?:[\w-]+\s+){1,4}av(?![\w-])"
    ),
    deputies=r"ersättare\w*|suppleant\w*|reserv\w*|ers\.|ers\b",
    columns=(
        *_EN_COLUMNS,
        (r"kommun|kommuner|hemkommun|stad|område", "municipality"),
        (
            r"(?:ordinarie\s+|egentlig(?:a|t)?\s+)?(?:ledamot|ledamöter|medlem(?:mar)?)|"
            r"representant|representanter|medlem|ordinarie",
            "member",
        ),
        (r"ersättare|reserv|suppleant", "deputy_member"),
        (r"namn|person", "name"),
        (r"roll|uppgift|uppdrag|ställning", "role"),
        (r"förening|organisation|representerar", "organisation"),
        # (a military rank's column: "Befattning Grad Namn", "Honnör Grad Namn")
        (r"parti|grupp|titel|tjänst|grad", "other"),
        # where a person lives and how old: a register's columns, no organisation
        (r"ort|hemort|bostadsort|ålder|by|byar", "other"),
        # an election result: the placing, the candidate's number, the votes
        (
            r"placering|ordning|kandidatnummer|kandidatnr|nummer|nr|röster|antal\s+röster|"
            r"röstetal|jämförelsetal|andel\s+av\s+rösterna|(?:andel|%)\s+av\s+rösterna",
            "other",
        ),
    ),
    linking=r"är|var|blev|blir|finns|fanns|valdes|(?:om|åter|ny|in)valdes|valde|utsågs|utsåg|tillsattes|"
    # "A och B valdes in som suppleanter": the verb's particle
    r"in|"
    # minutes' decisions: "Årsmötet beslutar att välja A till ordförande"
    r"välja|omvälja|utse|"
    r"fungerar|som|också|även|"
    r"har|har\s+valts|valts|utsetts|blivit|"
    r"fortsätter|och|nu|"
    # a seat taken up: "A och B började som nya medlemmar", "C tillträdde som ordförande"
    r"började|börjar|tillträdde|tillträder|"
    # a seat that goes on: "Som suppleant kvarstår A", "Som kassör förlängdes B ett år"
    r"kvarstår|kvarblir|förlängdes|"
    r"från|år|\d{4}",
    conjunctions=r"och|samt|,|&",
    not_names=_SV_NOT_NAMES,
    anaphora=r"gruppen|styrgruppen|arbetsgruppen|rådet|organet|nätverket|nämnden|styrelsen|"
    r"forumet|kommittén",
    chair_abbreviations=r"ordf\.|ordförande",
    responsibility=r"ansvarar|ansvarade|ansvarig\w*|ansvar",
    leadership=r"huvudansvar\w*|leder|ledde|koordinerar",
    monitoring=r"uppföljning\w*|följer\s+upp",
    cooperation=r"samarbete\w*|samarbetar|samverkan|samverkar",
    cooperation_with=r"med",
    represented=r"representerad\w*|företrädd\w*",
    under_leadership=r"ledning",
    participates=r"deltar|deltog|medverkar",
    belongs=r"ingår|ingick|sitter|satt|utsågs|(?:om|åter|ny)?valdes|utnämndes|består|bestod|fortsätter|fortsatte|"
    r"kvarstår|kvarblir|"
    # "Till litteraturnämnden hör A (ordf.), B och C": who belong to the body
    r"hör|hörde|"
    r"utgörs|utgjordes|utgjorts|bestått",
    # (also after a prefix and a hyphen: "IT-koordinator", "Projekt-assistent")
    occupations=r"(?:\w+-)?\w*(?:arbetare|handledare|ledare|skötare|koordinator|samordnare|chef|direktör|"
    r"rådgivare|planerare|sakkunnig|assistent|anställd|lärare|kurator|psykolog|terapeut|inspektör|"
    r"ombudsman|läkare|ekonom|byråsekreterare|kanslist|professor|medlem|ledamot|"
    # an office's secretary, a civil servant ("Kommunsekreterare Bo Ek", "Generalsekreterare
    # Eva Ek"): a title before a name, never part of it
    r"(?:kommun|stads|förvaltnings|kansli|general|region|lednings|lands)sekreterare|"
    # an academic title or a student's ("lektor", "docent", "politices studerande") before a
    # name in a list
    r"lektor|docent|studerande|student|"
    # a trade before a name in a list ("Restauratör Bo Ek", "Konsult Eva Lind")
    r"restauratör|konsult|"
    # a clergy's or an office's title ("Kyrkoherde Bo Ek", "Landshövding Eva Ek"): before a
    # name, never part of it
    r"kyrkoherde|komminister|kaplan|präst|diakon|pastor|landshövding|antikvarie|"
    # a title of nobility ("Friherre Bo Ek"): before a name, never part of it
    r"friherre|friherrinna|"
    # a head's, an artist's or a judge's title ("Vd Bo Ek", "Rektor Eva Ek", "Kompositör Bo
    # Ek", "Stadsdirektören Eva Ek", "Överbibliotekarie Bo Ek"): before a name, never part of it
    r"vd|rektor|prorektor|direktor|direktören|chefen|konstnär|kompositör|författare|"
    r"bibliotekarie|lagman|rådman|arkitekt|journalist|redaktör|intendent|"
    # a keeper's post ("Inventarieförvaltare Bo Ek", "Materialförvaltare …")
    r"förvaltare)"
    # a Finnish honorary title ending in "råd" ("Undervisningsråd Eva Ek", "Kommerseråd Bo Ek"):
    # a title, no council
    r"|(?:undervisnings|kommerse|kommerce|bergs?|kansli|lantbruks|hov|justitie|medicinal|"
    r"trafik|industri|byggnads|forst)råd"
    # a university's or a court's officer titled "-råd" ("Rektorsråd Kristina Edström",
    # "Regeringsråd Bo Ek"): a title, no council
    r"|(?:rektors|regerings|hovrätts|kammarrätts)råd"
    # a form of address ("Fru Sonja Lundström", "herr Bo Ek") and old lists' titles ("Biskop
    # Torsten Bohlin", "kantor Rob. Vestman", "fabrikör S. Jonsson") before a name
    r"|fru|fröken|frk|herr|hr|biskop|ärkebiskop|prost|kontraktsprost|domprost|kantor|organist"
    r"|syssloman|fabrikör|köpman|handlande"
    # an old list's trade, capitalised before a name ("Maskinist Anders Andersson", "Handlare
    # Viktor Ek", "Kyrkovaktmästare Oskar Hallgren", "Hemmansägare Per Lind")
    # (not a treasurer's "Skattmästare")
    r"|maskinist|\w*handlare|(?!skatt|klubb)\w*mästare|hemmansägare|lantbrukare|jordbrukare"
    r"|snickare|målare|skräddare|skomakare|bagare|slaktare|murare|konstapel|fjärdingsman"
    r"|nämndeman"
    # "kommunalråd", "oppositionsråd": a full-time politician's post, no council
    r"|(?:kommunal|oppositions|region)råd(?:et|ets)?"
    # a military rank, written out or abbreviated ("Kapten Bo Ek", "Övlt Eva Ek", "1:e Serg Bo
    # Ek"): before a name, never part of it
    r"|(?:general|kommendör|löjtnant|major|kapten|fänrik|sergeant|furir|korpral|amiral)"
    r"|(?:överste|överstelöjtnant|premiärlöjtnant|kommendörkapten|örlogskapten|flottiljamiral|"
    r"konteramiral|viceamiral|brigadgeneral|generalmajor|generallöjtnant|fanjunkare)"
    r"|(?:gen|genlt|genmj|brig|övste|öv|övlt|mj|kn|kpt|lt|löjtn|fk|serg|sg|kk|örlkn|ök|fjk|"
    r"kmd|konamiral)\.?",
    they_form=r"(?:tillsammans\s+)?(?:bildar|utgör)\s+de|de\s+(?:bildar|utgör)",
    appoints=r"utsåg|utsett|utser|tillsatte|tillsatt|tillsätter|valde|valt|väljer|utnämnde|"
    r"utnämnt|inrättade|inrättat",
    contacts=r"upplysningar|mera?\s+information|kontakt\w*|beredning|beredare|föredragande|"
    r"skribent|foto|bild|övriga(?:\s+(?:närvarande|deltagande|deltagare))?$|"
    # permanent experts ("Ständiga experter", "Permanenta sakkunniga") hold no seat; an
    # expert member ("sakkunnig ledamot") does
    r"(?:ständig|permanent)\w*\s+(?:expert\w*|sakkunnig\w*)(?!\s+(?:ledam|medlem))|"
    # "Kansli" under a board's list: the association's office staff, no seats in it
    r"(?:personal(?:en)?|anställda|kansli(?:et)?)$",
    line_abbreviations=(
        (r"led\.?|ord\.?", "member"),
        (r"ers\.?|supp?l\.?|pers\.\s*ers\.?", "deputy_member"),
        (r"ordf\.?", "chair"),
        (r"v\.\s*ordf\.?|vice\s+ordf\.?", "vice_chair"),
        (r"sekr\.?", "secretary"),
    ),
    former=r"förra|förre|förra\s+årets|(?<!från\s)(?<!sedan\s)tidigare|avgående|avgångna|förutvarande|"
    r"dåvarande|"
    r"f\.d\.|före|fd|avlidn\w*|avliden|framlidn\w*|bortgång\w*",
    org_words=r"(?:\w{4,})?skola(?:n|ns|s)?|\w*gymnasi(?:um|et)|school|college|ab|oy|hb|kb|region|"
    r"landsting\w*",
    not_held=(
        (
            # "Tidigare i år valdes …": earlier this year, a seat held now
            # ("Kvar från tidigare är A", "sedan tidigare": still in office)
            r"(?<!från\s)(?<!sedan\s)"
            r"tidigare(?!\s+(?:i\s+(?:år|höstas|våras|vår|höst|dag|veckan)|denna|under\s+året))|"
            r"förre|före\s+detta|f\.d\.|fd|avgick|avgått|lämnade|lämnat|"
            # "A slutade i styrelsen": one who quit the body
            r"(?:slutade|slutat)\s+(?:i|ur)\s+\w*(?:styrelse|nämnd|råd|utskott|grupp|kommitté)\w*|"
            # thanked on leaving ("… tackades av", "avtackades")
            r"tackades\s+av|avtackades|avtackade|"
            # "… blev omnämnda för sina fina insatser och belönades med blommor: A, B": honoured
            # for the work done, no seat said
            r"(?:belönades|belönats|uppvaktades|uppvaktats)\s+med|"
            # "ta farväl av styrelsens långvariga medlem A": a farewell to one leaving
            r"(?:ta|tar|tog|tagit)\s+farväl\s+av|"
            # "Styrelsen tackar ordförande A och ledamoten B för deras fina arbete": the work done
            r"tackar\s[^.!?\n]{0,200}?\sför\s+(?:deras|hans|hennes|sitt|sina)\s+(?:\w+\s+){0,2}?"
            r"(?:arbete|insatser|insats)|"
            # "Tack … till A och B för deras år i distriktsstyrelsen": the years behind them
            r"för\s+(?:deras|hans|hennes|sina)\s+år\s+i|för\s+(?:deras|hans|hennes|sin)\s+tid\s+i|"
            # "Ordföranden tackade A och B för den tid de har arbetat i styrelsen": the same
            r"för\s+den\s+tid\s+(?:de|han|hon|hen)\s+(?:har\s+|hade\s+)?"
            r"(?:arbetat|suttit|varit|verkat)\s+i|"
            r"var\s+tidigare|i\s+tur\s+att\s+avgå\s+var|"
            r"meddela(?:de|t)\s+(?:att\s+(?:han|hon|hen)\s+avgår|sin\s+avgång)|"
            r"(?:har|hade)\s+begärt\s+(?:sitt\s+)?(?:entledigande|utträde|avsked)|"
            r"begärde\s+(?:sitt\s+)?(?:entledigande|utträde|avsked)|"
            # made honorary members or an honorary chair: a title, no seat
            r"hedersmedlem\w*|hedersledam\w*|hedersordförande\w*|"
            # "… tack till ordförande A och suppleant B som lämnar styrelsen vid årsskiftet":
            # the names leaving the body
            r"som\s+(?:nu\s+)?lämnar\s+(?:\w+\s+){0,2}?\w*(?:styrelse|nämnd|råd|utskott|"
            r"grupp|beredning|kommitté)\w*",
            "ended",
        ),
        (
            r"väntas|ska\s+bli|kommer\s+att\s+bli|kommer\s+att\s+väljas|planeras|"
            r"tilltänkt\w*|avses|är\s+tänkt|"
            # a board of a foundation "som ska bildas": no seats before the body exists
            r"ska\s+bildas|skall\s+bildas|kommer\s+att\s+bildas",
            "planned",
        ),
    ),
    current=r"nuvarande|sittande",
    died=r"har\s+avlidit|som\s+avlidit|avled|har\s+gått\s+bort|gick\s+bort|är\s+död",
    takes_office=r"tillträder\s+(?:först\s+)?(?:vid\s+(?:års|nyårs)skiftet|vid\s+nyår|efter\s+nyår|"
    r"(?:den\s+)?1\s+januari|vid\s+halvårsskiftet)",
    # (a federation's, a district's or a scout group's congress: "förbundsstämma", "kårstämma")
    electing_meeting=r"(?:års|höst|vår|representantskaps)mötet?|"
    r"(?:års|förbunds|distrikts|krets|kårs?)stämm(?:a|an)",
    # a union's or federation's council ("Representantskapet 2016-2020"); never the compound
    # "representantskapsmöte", a meeting
    # "Försvarsberedningen", "Kulturberedningen": a drafting committee, a compound
    # ("beredning" alone is the preparing of a matter; "ärendeberedning" a case's)
    # (and an editorial board: "I redaktionen för föreningens tidning valdes A, B")
    untrained_bodies=r"representantskap(?:et|ets)?|"
    r"^(?!ärende|budget|vidare)\w{4,}beredning(?:en|ens|ar|arna)?|"
    r"^redaktion(?:en|ens)?",
    board="Styrelsen",
    treasurer=(
        "kassör",
        "kassören",
        "skattmästare",
        "skattmästaren",
        "kassaförvaltare",
        "kassaförvaltaren",
    ),
    # "ersättarna", "ersättaren", never a compound ("ersättarplatsen": a seat, no deputy)
    deputy_words=r"ersättare\w*|ersättar(?:en|ens|na|nas)(?![\w-])|suppleant\w*",
    diary_bodies=(
        ("BUN", "Barn- och utbildningsnämnden"),
        ("BIN", "Bildningsnämnden"),
        ("UN", "Utbildningsnämnden"),
        ("GVN", "Gymnasie- och vuxenutbildningsnämnden"),
        ("KFN", "Kultur- och fritidsnämnden"),
        ("KUN", "Kulturnämnden"),
        ("FRN", "Fritidsnämnden"),
        ("SBN", "Samhällsbyggnadsnämnden"),
        ("MBN", "Miljö- och byggnadsnämnden"),
        ("BMN", "Bygg- och miljönämnden"),
        ("MHN", "Miljö- och hälsoskyddsnämnden"),
        ("MN", "Miljönämnden"),
        ("BN", "Byggnadsnämnden"),
        ("TN", "Tekniska nämnden"),
        ("SN", "Socialnämnden"),
        ("SOC", "Socialnämnden"),
        ("VON", "Vård- och omsorgsnämnden"),
        ("VOO", "Vård- och omsorgsnämnden"),
        ("ON", "Omsorgsnämnden"),
        ("ÄN", "Äldrenämnden"),
        ("AMN", "Arbetsmarknadsnämnden"),
        ("ÖFN", "Överförmyndarnämnden"),
        ("VN", "Valnämnden"),
        ("KS", "Kommunstyrelsen"),
        ("KF", "Kommunfullmäktige"),
    ),
)

LEXICONS = {"fi": FI, "sv": SV}

#: The treasurer's words of both languages: the one list the readers build their patterns of.
#: "första ordförande", "den första sekreteraren", "ensimmäinen puheenjohtaja": the first
#: officers of an organisation's history
FIRST_OFFICERS = re.compile(
    r"(?i)(?<![\w-])(?:första|förste|ensimmäi\w*)[ \t]+(?:ordförande\w*|sekreterare\w*|"
    r"kassör\w*|puheenjohtaja\w*|sihteeri\w*|rahastonhoitaja\w*)"
)
TREASURER_WORDS: tuple[str, ...] = tuple(w for lx in LEXICONS.values() for w in lx.treasurer)
#: The nouns of a deputy's seat of both languages, a regular expression.
DEPUTY_WORDS: str = "|".join(lx.deputy_words for lx in LEXICONS.values())


#: The first parts of a board's name that make it the board of an organisation or a group
#: ("liittohallitus", "aluehallitus", "oppilashallitus"): a bare "hallitus" may mean it.
_BOARD_OF = re.compile(
    r"(?:alue|maakunta|yhtymä|liitto|piiri|keskus|konserni|osakunta|kunta|seura|yhdistys"
    r"|järjestö|kerho|kylä|osuuskunta|oppilas|opiskelija|nuoriso|seniori|vanhus|yhteisö)-?$"
)
#: The last part of the name of an office, a centre or an institute ("Museovirasto").
_AGENCY_TAIL = re.compile(r"(?:virasto|keskus|laitos)$")


def agency_name(name: str) -> bool:
    """Whether ``name`` (a body's or organisation's name in its basic form) is a Finnish state
    agency's rather than a board's: a field and "-hallitus" ("Opetushallitus"), two fields
    joined ("Patentti- ja rekisterihallitus"), an office, a centre or an institute
    ("Museovirasto"). A board named by its organisation in the genitive ("kaupunginhallitus",
    "Testilän Seuran hallitus") or by the kind of its organisation ("Liittohallitus",
    "Oppilashallitus") is no agency."""
    words = name.casefold().split()
    if not words:
        return False
    last = words[-1]
    if (
        _AGENCY_TAIL.search(last)
        and len(words) <= 3
        and not any(w.endswith("n") for w in words[:-1])
    ):
        return True
    m = re.fullmatch(r"([\w-]+?)-?hallitus", last)
    if m is None:
        return False
    if len(words) >= 3 and words[-2] == "ja" and words[-3].endswith("-"):
        return True  # two fields of one agency
    if len(words) > 1:
        return False  # "Yhdistyksen hallitus", "Testilän Seuran liittohallitus"
    prefix = m.group(1)
    return not prefix.endswith("n") and _BOARD_OF.search(prefix) is None


#: A time said between a Swedish body's "består"/"bestod" and its "av" ("Styrelsen bestod nu
#: av", "… bestod under år 2011 av", "… består år 2024 av"): still the body's composition.
COMPOSED_WHEN = (
    # ("Nuvarande styrelse består alltså av": a word of the sentence's tie to the one before)
    r"(?:då|nu|numera|alltså|således|därmed|fortfarande|idag|i[ \t]+dag|under[ \t]+året"
    r"|(?:under[ \t]+)?(?:år[ \t]+)?(?:19|20)\d\d"
    # "Valberedningen består inför kommande år av …": the year to come
    r"|(?:inför|för)[ \t]+(?:det[ \t]+)?kommande[ \t]+(?:verksamhets)?år(?:et)?)"
)
#: A Swedish body's verbs of being made up of, before "av" ("Styrelsen består av",
#: "utgjordes av"); and the same in the perfect ("har bestått av", "har utgjorts av").
SV_CONSISTS = r"består|bestod|utgörs|utgjordes"
SV_CONSISTED = r"bestått|utgjorts"

#: A meeting named as if a body ("Distriktsstämman", "Årsmötet", "Vuosikokous"): an event, no
#: body with members; its officers are the meeting's.
MEETING_NAME = re.compile(r"(?i)(?:stämm(?:a|an)|möte(?:t)?|kokous)$")


def words_pattern(words: tuple[str, ...], *, capitalised: bool = False) -> str:
    """A regular expression of any one of ``words`` (longest first, so that a search takes
    "kassören" whole), each with its first letter upper case when ``capitalised``."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w.capitalize() if capitalised else w) for w in ordered)


def _one_edit(a: str, b: str) -> bool:
    """``a`` is ``b`` with exactly one letter left out, added or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[k:] == long[k + 1 :]


def lexicon(lang: str) -> Lexicon:
    return LEXICONS.get(lang, FI)


_FI_WORDS = re.compile(r"\b(?:ja|on|ovat|sekä|että|myös|kanssa|joka|jonka)\b")
_SV_WORDS = re.compile(r"\b(?:och|är|att|som|för|med|av|den|det|till)\b")


def _bilingual(sample: str) -> str | None:
    """The language of most of a page printed in both languages, one after the other: a news
    item in Finnish and then its shorter Swedish version below a "***" or "---" line. Swedish
    prose is denser in the words counted, so the page's parts, cut at the separator line, are
    weighed by their length. None without such a line, or when either part is mixed."""
    parts = [p for p in re.split(r"(?m)^[ \t]*(?:\*{3,}|-{3,}|_{3,})[ \t]*$", sample) if p.strip()]
    if len(parts) < 2:
        return None
    size = {"fi": 0, "sv": 0}
    for part in parts:
        fi, sv = len(_FI_WORDS.findall(part)), len(_SV_WORDS.findall(part))
        if fi and sv:
            return None  # a part in both languages: no clean split
        if fi or sv:
            size["fi" if fi else "sv"] += len(part)
    if not (size["fi"] and size["sv"]):
        return None
    return "fi" if size["fi"] > size["sv"] else "sv"


#: A line of a label in two languages, a slash between ("Puheenjohtaja / Ordförande:").
_PARALLEL_LABEL = re.compile(r"(?m)^[ \t]*([^\n/]{3,40}?)[ \t]*/[ \t]*([^\n/]{3,40}?)[ \t:]*$")


def _parallel_labels(sample: str) -> str | None:
    """The language written first in a page's labels given in both, a slash between
    ("Puheenjohtaja / Ordförande", "Varajäsenet / Suppleanter"): two such lines or more, each
    the same seat in Finnish and in Swedish, all in one order; None otherwise."""
    orders = []
    for mt in _PARALLEL_LABEL.finditer(sample):
        a, b = mt.group(1), mt.group(2)
        if (role := FI.role_of(a)) is not None and SV.role_of(b) == role:
            orders.append("fi")
        elif (role := SV.role_of(a)) is not None and FI.role_of(b) == role:
            orders.append("sv")
    if len(orders) >= 2 and len(set(orders)) == 1:
        return orders[0]
    return None


def guess_language(text: str) -> str:
    """``fi`` or ``sv``, by the commonest function words of each (the first 20,000 characters);
    a page in both, one part after the other, by the longer part (:func:`_bilingual`)."""
    sample = text[:20000].casefold()
    if (first := _parallel_labels(sample)) is not None:
        return first
    fi = len(_FI_WORDS.findall(sample))
    sv = len(_SV_WORDS.findall(sample))
    if fi and sv and (both := _bilingual(sample)) is not None:
        return both
    en = len(re.findall(r"\b(?:the|and|of|is|are|to|with|which)\b", sample))
    if fi == sv or en > 2 * (fi + sv):
        # a page that is only a list or a table, or an English page of a Finnish or Swedish
        # municipality ("on" is English as well): the words of its roles and bodies decide
        fi = len(re.findall(r"jäsen|puheenjohtaj|sihteeri|neuvosto|valtuusto|ryhmä", sample))
        sv = len(re.findall(r"ledam|ersättare|ordförande|sekreterare|rådet|råd\b|å", sample))
    return "sv" if sv > fi else "fi"


__all__ = [
    "DEPUTY_WORDS",
    "FI",
    "LEXICONS",
    "MEETING_NAME",
    "NEW_ROLES",
    "NOT_MEMBER_STATUSES",
    "OTHER_LANGUAGE",
    "SV",
    "TREASURER_WORDS",
    "Lexicon",
    "agency_name",
    "guess_language",
    "lexicon",
    "words_pattern",
]

#: A sentence naming a guest of the meeting or the page's event ("vi hade besök av
#: Regionstyrelsens ordförande …", "Vieraana oli kaupunginhallituksen puheenjohtaja …"): the
#: body named there is the guest's own, not the one the page goes on to speak of.
GUEST = re.compile(
    r"(?i)\b(?:besök\s+av|besöktes\s+av|gästade?s?|gäst(?:er|erna|en)?\s+(?:var|fanns|från)|"
    r"inbjudna?\s+gäst\w*|som\s+gäst(?:er)?|vieraana|vieraina|vieraili\w*|vierailu\w*|"
    # "A, ledamot i förbundsstyrelsen, framförde en hälsning från förbundet": a guest who
    # brings another level's greetings ("toi liiton tervehdyksen")
    r"framförde\s+(?:en\s+)?hälsning\w*|hälsningar\s+från|"
    r"toi\s+(?:\w+\s+){0,2}tervehdykse\w*|"
    # "Årsmötet inleddes av ordförande i Björkby kommunfullmäktige A": a guest who opens it
    r"(?:års)?mötet\s+(?:inleddes|öppnades)\s+av\s+(?:[a-zåäö]+\s+){0,3}i\s+[A-ZÅÄÖ])"
)


#: The lexicon of the other language of the country, for labels that give both ("Puheenjohtaja
#: / Ordförande").
OTHER_LANGUAGE: dict[str, Lexicon] = {"fi": SV, "sv": FI}

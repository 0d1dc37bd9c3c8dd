"""What the rules find: a :class:`Finding` (a fact with its quote's span and a confidence)
and the :class:`Context` a document sets for the lines that follow (the body a heading names,
the role a sub-heading gives, the columns of a table, a list of applicants)."""

from __future__ import annotations

from dataclasses import dataclass, field

from hytegraph.authoring.extract.mentions import Mention


@dataclass
class Finding:
    """One proposed fact. ``kind`` is a fact kind of the workbook (``membership``,
    ``responsibility``, ``monitoring``, ``cooperation``) or ``candidacy`` (an applicant,
    candidate, invitee or proposal: never a membership); ``quote`` is a span of the text."""

    kind: str
    actor: Mention
    role: str
    target: Mention | None
    quote: tuple[int, int]
    confidence: float
    rule: str
    on_behalf_of: Mention | None = None
    deputy_for: Mention | None = None
    status: str = ""
    note: str = ""


@dataclass
class Context:
    """What the text so far says about the lines to come."""

    body: Mention | None = None
    #: The role a sub-heading gives the items under it ("Asiantuntijajäsenet:").
    role: str = ""
    #: Applicants, candidates, invitees or proposals: the status of the names that follow.
    status: str = ""
    #: A pair list ("Jäsen/varajäsen"): member / deputy.
    pairs: bool = False
    #: The meanings of a table's columns (municipality, member, deputy_member, ...).
    columns: list[str] = field(default_factory=list)
    #: A list has been introduced ("kokoonpano", "seuraavat henkilöt:").
    listing: bool = False
    #: A municipality or organisation a sub-heading or label names ("Kuopio:"): the party of
    #: the seats listed under it.
    group: Mention | None = None
    #: The facts of the current group (one member and one deputy are a pair).
    group_found: list[Finding] = field(default_factory=list)
    #: The list says its deputies are in parentheses ("Jäsenet (varajäsenet suluissa)"): a
    #: name alone in parentheses after a member is the member's deputy.
    paren_deputies: bool = False
    #: A table's column header names the first two columns first name and surname
    #: ("Etunimi Sukunimi Organisaatio"): each row begins with the person's two names, and
    #: what follows them is other columns'. True for first name first, "surname" for surname
    #: first ("Sukunimi Etunimi").
    name_columns: bool | str = False
    #: A list entry's next line held its deputy in parentheses with the deputy's word
    #: ("(varajäsen professori Aino Ahola, …)"): the lines in parentheses under the entries
    #: after it name their deputies the same way without the word.
    deputy_lines: bool = False
    #: Under a heading of contact details or preparers: people listed there are no members.
    contacts: bool = False
    #: After a paragraph led by an association's other officials ("Övriga funktionärer"):
    #: a line of a post's label and names ("Hemsidesansvariga: A och B") holds no seat.
    officials: bool = False
    #: The contacts are co-opted persons under their label ("Adjungerad kassör:"): a seat's
    #: heading after them ("Ersättare:") begins a list of the body's again.
    co_opted: bool = False
    #: The contacts are auditors under their heading ("Revisorer"): a bare label of the kind
    #: of seat under it ("Ordinarie", "Suppleant") is the auditors', the list goes on.
    auditors: bool = False
    #: The contacts are permanent experts ("Pysyvät asiantuntijat"), staff listed after the
    #: deputies ("Informationsansvarig") or honorary members ("Kunniajäsenet"): no seat, nor a
    #: guess at one.
    experts: bool = False
    #: Roles given as column headers one under another ("varsinainen edustaja",
    #: "varaedustaja"): the people of each group take them in order.
    header_roles: list[str] = field(default_factory=list)
    #: Whether the previous paragraph was such a role header.
    after_role_header: bool = False
    #: The paragraph is one of a series of cards, a name on a line of its own and the
    #: person's title and town in lower case under it ("Aino Ek" / "rektor, Borgå"), one
    #: after another: the entries of a list.
    card_series: bool = False
    #: Paragraphs read since the last role header: under a member and a deputy column
    #: header with no group label ("Ordinarie" / "Ersättare", then one name a line), a
    #: two-column table flattened row by row, its cells alternating member, deputy.
    header_cells: int = 0
    #: The list names the body's own representatives in other bodies ("Ungdomsfullmäktige
    #: valde sina representanter till följande nämnder:"): each line's people are members of
    #: the body of the context, the label before the colon only where they represent it.
    delegates: bool = False
    #: The list names the officers of groups, each line "Group: Name" ("Valtuustoryhmät ja
    #: puheenjohtajat:"): the role each line's person holds in the group its label names.
    label_role: str = ""
    #: ``body`` was taken from the officers a news text named, not from a heading: a later
    #: sentence that fills another named body makes that body the one the text speaks of.
    body_from_prose: bool = False
    #: The organisation a chair was elected for ("valdes till ordförande för Finlands Röda
    #: Kors"), when it became ``body``: its officers are its, its board ("styrelsen") no
    #: other name of it.
    elected_for: Mention | None = None
    #: The body the previous sentence named: what "Ohjausryhmä" alone refers to.
    recent: Mention | None = None
    #: The body the last sentence read began with, as its subject, and where that sentence
    #: ends: what a next sentence's "Se" / "Den" stands for ("Hyvinvointiryhmä kokoontuu …
    #: Se vastaa …").
    subject: tuple[Mention, int] | None = None
    #: The body the previous sentence said chose its officers ("Kommunfullmäktige har valt
    #: presidium", "Valtuusto valitsi puheenjohtajistonsa"): whose officers the next sentence
    #: names when it names no body.
    presidium: Mention | None = None
    #: The board of the association whose electing meeting the text reports ("Föreningen
    #: har hållit årsmöte"): the body of the seats the sentences fill when they name none.
    meeting: Mention | None = None
    #: A sentence has named such a meeting (the first one decides ``meeting``).
    meeting_said: bool = False
    #: ``meeting`` came from the page's heading ("Juniorsektionens årsmöte 2024"): the whole
    #: page reports that meeting, so the seats it fills are the board's, not those of a body
    #: a sentence before named in passing.
    meeting_titled: bool = False
    #: The people the text has named by full name so far (for "hän", "hon": the one person a
    #: portrait is about).
    people: list[Mention] = field(default_factory=list)
    #: The unit a heading named ("Vastaaja: Kasvun ja oppimisen toimiala"): what "Toimiala"
    #: alone refers to.
    unit: Mention | None = None
    #: A list line "Name / Organisation" was read: the slash of the list's lines separates a
    #: person from whom they come from, not a member from a deputy.
    slash_organisations: bool = False
    #: A two-column list flattened with runs of spaces ("Ersättare      Bo Ek Gävle" and the
    #: indented lines under it): the seat its label gave (a role, "" for auditors: none) and
    #: the body it named ("Valberedning      Eva Berg"), for the indented lines that follow.
    column_label: tuple[str, Mention | None] | None = None
    #: A numbered decision item ended with a colon ("1. valita ympäristöjaostoon 5 jäsentä
    #: seuraavasti:") made the body it fills ``body``: the body before it, for an item that
    #: fills a body not read (None: none was).
    item_body_before: Mention | None = None
    #: Such an item has made ``body`` the body it fills.
    item_filled: bool = False


__all__ = ["Context", "Finding"]


@dataclass
class Walk:
    """Everything a document gave: facts, and the bodies and organisations it names."""

    findings: list[Finding] = field(default_factory=list)
    named: list[tuple[Mention, tuple[int, int]]] = field(default_factory=list)
    #: Where the rules read names as holding no seat (a photo gallery's captions, a meeting's
    #: presidium, a photographer's credit): spans of the text, for no guess to fill.
    no_seat: list[tuple[int, int]] = field(default_factory=list)

"""The walk through a document: paragraph by paragraph, keeping the context that headings and
introductions set (:class:`~hytegraph.authoring.extract.findings.Context`), handing list
entries and table rows to :mod:`.lists` and running text to :mod:`.sentences`.

The passes that read one family of layouts are mixins in :mod:`.passes`, one module a family;
this module keeps the walk, its dispatch and what every pass uses."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.apart import ApartReader, nicknames_moved
from hytegraph.authoring.extract.findings import Context, Finding, Walk
from hytegraph.authoring.extract.givennames import first_name
from hytegraph.authoring.extract.lexicon import (
    MEETING_NAME,
    OTHER_LANGUAGE,
    TREASURER_WORDS,
    Lexicon,
)
from hytegraph.authoring.extract.lists import (
    _ADJUNCT_AFTER,
    _DUTY_FIRST,
    _POSTAL_TAIL,
    AUDITOR,
    CLUB_POST,
    DUTY_LABEL,
    ListReader,
    cells_of,
    credited,
    photo_of_several_terms,
)
from hytegraph.authoring.extract.mentions import PEOPLE_GROUP, Mention, Reader, Token, tokens
from hytegraph.authoring.extract.morphology import Morphology
from hytegraph.authoring.extract.passes.attendance import AttendancePasses
from hytegraph.authoring.extract.passes.bodies import BodyPasses
from hytegraph.authoring.extract.passes.captions import CaptionPasses
from hytegraph.authoring.extract.passes.common import (
    _BARE_ASSOCIATION,
    _BARE_KINDS,
    _CAPITALISED_NAME,
    _CREDIT_HEADING,
    _ELECTION_VERB,
    _GREETING,
    _GUEST,
    _PROPOSAL_OF,
    _SUB_COMMITTEE_HEAD,
    _TREASURER_LINE,
    ELECTION_REMARK_TEXT,
    MEETING_OFFICERS_ITEM,
    SEAT_LENGTH,
    TERM_WORDS,
    TERM_YEARS,
)
from hytegraph.authoring.extract.passes.covers import CoverPasses
from hytegraph.authoring.extract.passes.elections import ElectionPasses
from hytegraph.authoring.extract.passes.headings import WE_IN, HeadingPasses
from hytegraph.authoring.extract.passes.names import NamePasses
from hytegraph.authoring.extract.passes.officers import OfficerPasses
from hytegraph.authoring.extract.passes.prose import ProsePasses
from hytegraph.authoring.extract.passes.tables import TablePasses
from hytegraph.authoring.extract.places import place_of
from hytegraph.authoring.extract.rosters import read_rosters
from hytegraph.authoring.extract.runs import RunReader, merge, without_towns
from hytegraph.authoring.extract.segment import (
    COLUMN_GAP,
    GAP,
    Line,
    Paragraph,
    Sentence,
    contact_line,
    lines,
    paragraphs,
    sentences,
)
from hytegraph.authoring.extract.sentences import SentenceReader, appoints
from hytegraph.authoring.extract.unflatten import Unflattener

#: "omval", "nyval på två år" alone between two commas of a run of names: the name's election.
_REMARK_CELL = re.compile(ELECTION_REMARK_TEXT)
#: "övriga", "muut" before a seat's word ("övriga ledamöter", "muut jäsenet"): the seats
#: besides the officers named before.
_OTHERS_WORD = re.compile(r"(?i)^(?:övriga|muut)[ \t]+")
#: A slash between two halves of a heading: "Puheenjohtaja / Chair".
_SLASH = re.compile(r"[ \t]*/[ \t]*")

#: "Årsmötet beslutade att styrelsen ska bestå av tre ledamöter och två ersättare", "Styrelsen
#: består av 13 ordinarie ledamöter samt 5 ersättare": the body whose size a meeting decides
#: or a text gives, the one the elections or the list after it fill.
_SIZE_DECIDED = re.compile(
    r"(?i)(?<![\w-])(?P<body>[a-zåäö]+)[ \t]+"
    r"(?:(?:ska|skall|skulle)[ \t]+bestå|består|bestod)[ \t]+av[ \t]+"
    r"(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)[ \t]+"
    r"(?:ordinarie[ \t]+)?(?:ledamöter|ledamot|personer|medlemmar)(?![\w-])"
)

#: A line that is only a comma and a title (", riksdagsledamot"): the rest of the list entry
#: above it, broken before its comma.
_COMMA_TITLE_LINE = re.compile(r",[ \t]*[a-zåäö][\w .-]*")

#: A note in parentheses closing a cell ("Puheenjohtaja (Yhdistyskokouksen valitsema)").
_CELL_NOTE = re.compile(r"\s*\([^()\n]*\)\s*$")
#: A table's column header whose first two columns are a person's first name and surname,
#: in either order: "Etunimi Sukunimi Nimeävä organisaatio", "Förnamn Efternamn Ort".
_NAME_COLUMNS_HEADER = re.compile(
    r"(?i)(?:(?P<first>etunimi|förnamn)\s+(?:sukunimi|efternamn)"
    r"|(?P<last>sukunimi|efternamn)\s+(?:etunimi|förnamn))(?:\s|$)"
)
#: A row under such a header: two capitalised words (a name each, perhaps with a hyphen)
#: printed with any run of spaces between them, then what the other columns hold.
_NAME_COLUMNS_ROW = re.compile(
    r"(?P<a>[A-ZÅÄÖÜ][\w'’-]*[\w'’])[ \t]+(?P<b>[A-ZÅÄÖÜ][\w'’-]*[\w'’])"  # noqa: RUF001
    r"(?:[ \t]*\((?P<note>[^()\n]*)\))?(?=[ \t]|$)"
)
#: A line wholly in parentheses (perhaps cut before it closes, at the page's end).
_DEPUTY_LINE = re.compile(r"\((?P<inner>[^()\n]+?)\)?")
#: A bulleted list item: "• Aino Ahola, …", "- Aino Ahola".
_BULLET_ITEM = re.compile(r"[•\u2022\u25aa\u25cf*\-\u2013]\s+\S")
#: The seats a row's office cell may give the person of its first cell.
_ROW_OFFICES = frozenset({"chair", "vice_chair", "secretary", "member", "deputy_member"})
#: Two or three capitalised words, all a bracket holds: "(Mari Lahti)", "(Muhiadin Hersi)".
#: What may follow a list line's name before a bracket: a short post ("pj.", "vpj.",
#: "varapuheenjohtaja"), then the bracket's inside
_POST_THEN_BRACKET = re.compile(r"[ \t]*(?:[a-zåäö]{1,20}\.?[ \t]*)?\((?P<inner>[^()\n]*)\)")
#: A term of office after a heading's seat words: "kaudella 2026", "vuodelle 2026-2027",
#: "för perioden 2025-2026", "år 2024", "2024".
_TERM_AFTER_SEAT = re.compile(rf"(?i)\s+(?:{TERM_WORDS}[ \t]*)?{TERM_YEARS}$")
#: "henkilökohtaiset", "personliga": deputies each standing in for one member.
_PERSONAL = re.compile(r"(?i)henkilökohtai\w+|personlig\w*")
#: A note in a bracket after a list line's name, in small letters ("ilm. myöh.", "kesk")
_BRACKET_NOTE = re.compile(r"[ \t]*[a-zåäö][\w. -]*")

#: An office held for one meeting or one item only, right before the name: "tilapäinen
#: puheenjohtaja Aino Aho", "väliaikaisena sihteerinä", "tillfällig ordförande": no seat.
_ACTING_FOR_A_MEETING = re.compile(
    r"(?i)\b(?:tilapäi|väliaikai|tillfällig)\w*[ \t]+(?:\w+[ \t]+)?"
    r"(?:puheenjohtaj|varapuheenjohtaj|pj|sihteer|ordförande|sekreterare)\w*\.?[ \t]*:?[ \t]*$"
)
_STREET_NUMBER = re.compile(r"\s+\d{1,3}\s?[a-zA-Z]?\b[\s,]+(?:[A-Z]\s+)?\d{5}\b")
#: A decision's item that fills a body's seats with the people listed under it: "valita …
#: 5 jäsentä … seuraavasti:", "nimetä … jäsenet seuraavasti;".
_FILLING_ITEM = re.compile(
    r"(?i)\b(?:valita|valitaan|nimetä|nimetään|asettaa)\b.*\bjäsen\w*\b.*[:;]\s*$"
)
#: "Eva Ek, Ås - Ekonomiansvarig | 2:e vice ordförande": a list line's two posts after the
#: name's dash, parted by a bar
_BARRED_POSTS = re.compile(
    r"(?m)(?<=[ \t][\u2013\u2014-][ \t])(?P<first>[^\n|\u2013\u2014]{2,40}?[ \t]*\|[ \t]*)"
    r"(?P<second>[^\n|]{2,40}?)[ \t]*$"
)
#: "Övriga funktionärer Det finns plats för fler …", "Funktionärer": a paragraph led by the
#: label of an association's other officials after its board's list: the groups and posts
#: under it are no seats in the board.
#: (also in capitals alone on its line: "FUNKTIONÄRER"; not "FUNKTIONÄRER:" over the committees
#: the annual meeting elected)
_OTHER_OFFICIALS_LEAD = re.compile(
    r"(?:Övriga[ \t]+funktionärer|Funktionärer)(?:na)?(?![\w-])|"
    r"(?:ÖVRIGA[ \t]+)?FUNKTIONÄRER(?:NA)?$"
)
#: "Hemsidesansvariga: A och B": a line led by one word and a colon
_OFFICIALS_LINE_LABEL = re.compile(r"([A-ZÅÄÖ][\w-]+)[ \t]*:")
#: A label over the staff's representatives in a body ("Personalrepresentanter: A, B"), its
#: colon and the first name after it.
_STAFF_REPS_LABEL = re.compile(
    r"(?i)\s*(?:personal|arbetstagar)(?:representant(?:er(?:na)?)?|företrädar(?:e|en|na))"
    r"[ \t]*:[ \t]*(?-i:[A-ZÅÄÖ])"
)
#: The heading of a section of the staff's representatives in a body ("Personalrepresentanten",
#: "Arbetstagarrepresentanter:", "Henkilöstön edustajat").
_STAFF_REPS_HEAD = re.compile(
    r"(?i)(?:(?:personal|arbetstagar)(?:representant(?:en|er|erna)?|företrädar(?:e|en|na))|"
    r"henkilöstön[ \t]+edustaj(?:a|at))[ \t]*:?"
)
#: A party's letters in parentheses after a name, and nothing else ("Aino Berg (m)").
_COVER_PARTY_AFTER = re.compile(r"[ \t]*\([\w-]{1,6}\)[ \t]*")
#: A line of an officer's office, the person's name and party ("Ordföranden Aino Berg (m)",
#: "Vice ordföranden Bo Lind (s)"): the office's words, then the name.
_OFFICE_NAME_PARTY = re.compile(
    r"((?:[\w.:]+[ \t]+)?[\w.]+)[ \t]+[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,3}[ \t]*"
    r"\([\w-]{1,6}\)"
)
#: Contact details closing a list line: a phone number, an e-mail address or its label
#: ("Aino Ek  040 123 4567; email: aino.ek (at) …", "Bo Lind: 050 123 4567").
_CONTACT_TAIL = re.compile(
    r"[ \t]*[;:,]?[ \t]+(?:\([ \t]*)?(?:(?:p\.|puh\.?|tel\.?)[ \t]*)?(?:\+?\d[\d ()-]{6,}\d|"
    r"(?:e-?mail|sähköposti)[ \t]*:|\S+[ \t]*[\[(]at[\])])"
)
#: What contact details are made of: phone numbers, addresses (also written round a spam
#: filter, "aino (at) esimerkki.fi"), their labels and separators.
_CONTACT_WORDS = re.compile(
    r"(?i)\S+@\S+|\S+\s*[\[(]at[\])]\s*\S+|\+?\d[\d ()-]{6,}\d|"
    r"(?<![\w-])(?:e-?mail|sähköposti|puh|p|tel|tfn|email)(?![\w-])|[;:,.()\[\]\s-]+"
)
#: A line that is a sentence saying in what role someone serves: "… toimii hallituksen
#: sihteerinä."
_SERVES_AS_SENTENCE = re.compile(
    r"(?i)\s(?:toimii|toimivat)\s+(?:[a-zåäö-]+n\s+){0,3}[a-zåäö-]+(?:na|nä)\s*\.\s*$"
)
#: A verb of belonging after a body in the illative: "Hallitukseen ovat kuuluneet",
#: "Toimikuntaan kuuluvat", "Johtokuntaan on kuulunut".
_JOINED_BY = re.compile(
    r"(?i)[ \t]+(?:(?:ovat|on|olivat|oli)[ \t]+)?(?:kuulu(?:vat|ivat|neet|nut|u|i))(?![\w-])"
)

#: Minutes: the label before the body's name, the deciding members' label, what ends their
#: list, "Name (party)", a substitute's words, a signature "Ordförande... Name".
_MINUTES_BODY = re.compile(r"\b(?:Forum|Organ|Toimielin)\s+")
#: The genitive of a part of an organisation ("humanistisen osaston", "yksikön"): an office
#: after it is that part's, not the office of a body of the sentence.
_SECTION_GENITIVE = re.compile(r"(?i)\w*(?:osaston|yksikön|sektorin)")
#: Where a clause naming one person's office begins: a comma, "ja"/"sekä", a sentence's end.
_CLAUSE_START = re.compile(r"(?:[,;:.]|\s(?:ja|sekä))\s")
#: A line giving how long ago the name on the line before posted the page ("- för 8 år sedan").
_POSTED_AGO = re.compile(
    r"[ \t]*\n[ \t]*(?:[-•*][ \t]*)?för[ \t]+(?:\d+|en|ett)[ \t]+(?:år|månader|månad|veckor|"
    r"vecka|dagar|dag|timmar|timme)[ \t]+sedan\b"
)
#: One capitalised word: where a person in a run of names is from ("Nokialta", "Kungsbacka").
_PLACE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?")
#: "från Åbo" after a name: where the person is from.
_FROM_PLACE = re.compile(r"från(?:[ \t]+[A-ZÅÄÖ][\w:-]*){1,3}")
#: An election's note closing an entry, then the next entry's name on the same line
_ELECTION_NOTE_RUN = re.compile(
    r"(\((?:omval|nyval|omvald|nyvald|omvalda|nyvalda|uudelleenvalittu|uusi)\))[ \t](?=[A-ZÅÄÖ])"
)
#: A body's word as a label over a list of its own: "Valberedning:", "Valberedning 1 år:"
_OWN_LABEL = re.compile(r"[ \t]*(?:\d{1,2}[ \t]+(?:år|vuosi|vuotta)[ \t]*)?:")
#: A line that is a body's name alone, perhaps a bullet's ("• Styrelsen")
_BODY_LINE = re.compile(r"(?m)^[ \t]*(?:[•*-][ \t]*)?(?P<word>[A-ZÅÄÖ][\w-]+)[ \t]*$")
#: A lead-in saying a body's make-up: "ser styrelsen ut", "ser ut så här", "följande utseende".
_MAKE_UP = re.compile(
    r"(?i)(?<![\w-])(?:ser[ \t]+(?:\w+[ \t]+){0,3}?ut|följande[ \t]+utseende)(?![\w-])"
)
#: A line that ends in a colon
_COLON_LINE = re.compile(r"(?m)^[^\n]*:[ \t]*$")
#: A word of the text that may name a body, with a Leader group's board ("LAG") as printed
#: (a word may end in an accented letter: "Nomineringskommitté")
_BODY_WORD = re.compile(
    r"(?<![\w@.:/-])(?:LAG(?![\w-])|[A-Za-zÅÄÖåäö][\w-]*[a-zåäöé])(?![\w-]|[@.:/]\w)"
)
#: A remark right after a name that the person has left the seat: "Aino Ek, avgick, …", "Bo
#: Lind (avgått 30/8)", "Eva Aho, erosi kesken kauden"
_LEFT_AFTER_NAME = re.compile(
    r"[ \t]*[,(][ \t]*(?:avgick|avgått|erosi|eronnut|resigned)(?![\w-])", re.I
)
#: "ersattes som sekreterare av (ledamoten) ", "ersattes som ordförande av " right before a
#: name: the office that person took over
_REPLACED_AS = re.compile(
    r"(?i)(?<![\w-])ersattes\s+som\s+((?:vice\s+)?[a-zåäö]+)\s+av\s+(?:[a-zåäö]+\s+)?$"
)
#: A seat left empty, on a line of its own under its office ("vakant", "avoin", "vacant")
_VACANT = re.compile(r"(?i)\(?(?:vakant|vakans|avoin|vapaa|täyttämättä|vacant)\)?")
#: "(vice ordförande) " after a name, then the next name.
_PAREN_ROLE_THEN_NAME = re.compile(r"[ \t]*\(([^()\n]{2,30})\)[ \t]*(?=[A-ZÅÄÖ][a-zåäö])")
#: "… ryhmän (varsinaiset) edustajat edustajistossa": a group's representatives in a body.
_REPRESENTATIVES_IN = re.compile(
    r"(?i)(?<![\w-])[\w-]+n[ \t]+(?:varsinaiset[ \t]+|vara)?edustajat[ \t]+"
    r"(?P<body>[a-zåäö]{4,}(?:ssa|ssä))(?![\w-])"
)
#: The same words before a name anywhere in the text ("Årsmötet leddes sedan av Aino Ek,"):
#: the name, up to a comma or a full stop, is the meeting's chair's.
_MEETING_LED_BY_NAME = re.compile(
    r"(?i)(?<![\w-])(?:\w*mötet|stämman|förhandlingarna|sammanträdet)[ \t]+(?:leddes|leds)"
    r"(?:[ \t]+(?:sedan|därefter|sen))?[ \t]+av[ \t]+(?P<name>[^,.;\n]{3,60})"
)
#: "Bo Ek (adjungerad)", "Bo Ek, adjungerad sekreterare": a co-opted person's line, the name
#: first: no seat, nor a guess of the tagger's
_ADJUNCT_LINE_NAME = re.compile(
    r"(?m)^[ \t]*(?:[-\u2013•*][ \t]*)?"
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,3})[ \t]*(?:\(|,[ \t]*)adjunger"
)
#: "(adjungerad)", ", adjungerad" right after a name anywhere on a line: co-opted, no seat
_ADJUNCT_RIGHT_AFTER = re.compile(r"[ \t]*(?:\([ \t]*|,[ \t]*)adjunger", re.I)
#: "Kassör (ej styrelsemedlem)", "Rahastonhoitaja (ei hallituksen jäsen)": a post's label
#: that says its holder is no member, the holder's name after it on the same line or the next
#: line with words: no seat, nor a guess of the tagger's
_NOT_A_MEMBER_LABEL = re.compile(
    r"(?im)^[^\n(]{0,40}\((?:ej|inte|icke|ei)[ \t]+[^)\n]{0,30}?(?:medlem|ledamot|jäsen)\w*"
    r"[^)\n]{0,20}\)[ \t]*:?[ \t]*(?:\n[ \t]*)*(?P<name>[^\n]*\w[^\n]*)"
)
#: The chair of an association or its unit in one word ("Kretsordförande",
#: "Förbundsordförande", "Distriktsordförande").
_UNIT_CHAIR = re.compile(
    r"(?:Krets|Distrikts|Förbunds|Förenings|Parti|Kår|Avdelnings|Klubb)ordförande"
)
#: "kassör utanför styrelsen", "sekr. utom styrelsen", "sihteeri hallituksen ulkopuolelta":
#: a post held outside the board, after the person's name on the same line
_OUTSIDE_THE_BODY = re.compile(
    r"(?i)(?P<gap>[ \t]*(?:[,:][ \t]*)?(?:[a-zåäö]+\.?[ \t]+){1,4}?)"
    r"(?:(?:utanför|utom)[ \t]+(?:den[ \t]+)?(?P<sv>[a-zåäö]+)"
    r"|(?P<fi>[a-zåäö]+)[ \t]+ulkopuol(?:elta|inen|isena))(?![\w-])"
)
#: A signer's line closing minutes: a name, a comma and one or two words of a post.
_SIGNER_LINE = re.compile(
    r"(?m)^[ \t]*[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2},[ \t]*"
    r"(?P<post>[a-zåäö]+(?:[ \t]+[a-zåäö]+)?)[ \t]*$"
)
#: A minutes checker's post (or its beginning, cut at the page's end).
_CHECKER_POST = re.compile(r"juste\w*|protokolljuste\w*|pöytäkirjan[ \t]+tarkasta\w*|tarkastaja\w*")
#: A label of a post held outside a body ("Kassör utom styrelsen:", "Sihteeri hallituksen
#: ulkopuolelta:").
_OUTSIDE_LABEL = re.compile(
    r"(?i)[ \t]*[a-zåäö][\w.-]*(?:[ \t]+[a-zåäö][\w.-]*){0,2}?[ \t]+"
    r"(?:(?:utanför|utom)[ \t]+(?:den[ \t]+)?(?P<sv>[a-zåäö]+)"
    r"|(?P<fi>[a-zåäö]+)[ \t]+ulkopuol(?:elta|inen|iset|isena))[ \t]*:[ \t]*"
)
#: "(AT)", "(dot)" inside an e-mail address: read as "[AT]", "[dot]".
_OBFUSCATED_AT = re.compile(r"(?<=\w)\((?:at|AT|dot|DOT)\)(?=\w)")
#: an academic title abbreviated before a name in a list's item ("Dr. ", "Prof. ", "FT ")
_ACADEMIC_TITLE = re.compile(
    r"(?:Dr|Prof|Doc|Doz|FT|FD|MD|PhD|Fil\.\s?dr|Med\.\s?dr)\.?[ \t]+(?=[A-ZÅÄÖ])"
)
#: A name whose two first names are written as one word ("JanErik Holm"), as a cell of a run.
_GLUED_FIRST_NAMES = re.compile(
    r"[ \t]*((?:[A-ZÅÄÖ][a-zåäö]{1,}){2}[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?![\w-])"
)
#: A local unit's number after a name in a run ("Eva Ek avd 68", "Aino Aho os. 12").
_UNIT_NUMBER = re.compile(r"(?:avd|avdelning|osasto|os)\.?[ \t]*\d{1,4}")
#: the separators of a run of names in prose: a comma, "och", "samt", "ja", "sekä"
#: "(på 2 år)", "(1 år)": a seat's term in parentheses after a name of a run
_TERM_IN_PARENTHESES = re.compile(r"\((?:på[ \t]+|för[ \t]+)?(?:\d{1,2}|ett|två|tre)[ \t]+år\)")
#: "Kyläpostin vastaava -", "Kassör: vakant", "Sihteeri avoinna": a post of a list with nobody
#: in it, on a line of its own.
_VACANT_POST = re.compile(
    r"[ \t]*(?P<post>[^\W\d][\w .-]{2,40}?)(?:[ \t]*:)?[ \t]*"
    r"(?:[-\u2013\u2014]|(?i:vakant|ledig|avoin|avoinna))[ \t]*"
)
#: "(S)", "(VSF)", "(kok)": a party's or a list's abbreviation in parentheses after a name
_ABBREVIATION_IN_PARENTHESES = re.compile(
    r"\((?:[A-ZÅÄÖ]{1,5}|[A-ZÅÄÖ][a-zåäö]{1,3}\.?|[a-zåäö]{1,5}\.?)\)"
)
#: A note of capitalised words in parentheses after a name, where the person is from ("Mano
#: Barmano (Jönköping/Stockholm)", "Kara Hermez (Södertälje)", "(Nya Zeeland)").
_CAPITALISED_NOTE = re.compile(
    r"\([ \t]*[A-ZÅÄÖ][\w.'-]*(?:[ \t]*[/,&–-]?[ \t]*[A-ZÅÄÖ][\w.'-]*){0,3}[ \t]*\)"  # noqa: RUF001
)
#: A Swedish noun in the definite form, singular or plural ("medlemmarna", "icke-medlemmen",
#: "verksamhetsassistenten"), before a name in a run of seats: a group of another kind.
_OTHER_GROUP = re.compile(r"[a-zåäö][a-zåäö-]{4,}(?:arna|erna|orna|en)")
_RUN_SEP = re.compile(r",[ \t]*(?:(?:och|samt|ja|sekä)[ \t]+)?|[ \t]+(?:och|samt|ja|sekä)[ \t]+")
#: The first part of a name of two fields joined at a page's head ("Ympäristö- ja ").
_JOINED_HEAD = re.compile(r"\A\s*[A-ZÅÄÖ][a-zåäö]+-[ \t]+(?:ja|och)[ \t]+")
#: A roll-call's title or its columns' heads on a line of their own.
_ROLL_CALL_HEAD = re.compile(
    r"(?i)närvarolista|läsnäololista|namn[ \t]+parti(?:[ \t]+(?:närvaro|tid|votering|tjg))*"
    r"|(?:ja[ \t]+nej[ \t]*){1,3}"
)
#: A roll-call's marks closing a line after a name and a party's letters ("… m x", "… c x
#: Tjg"): present, serving.
_PRESENCE_MARKS = re.compile(
    r"(?<=[A-Za-zåäöÅÄÖ])(?:[ \t]+[a-zåäö]{1,3})(?P<marks>(?:[ \t]+(?:x|X|Tjg|tjg))+)[ \t]*$"
)
#: An election's remark or a term closing a list's line after a name ("Ledamot Karin Ek nyval",
#: "Suppleant Bo Lind omval på två år", "Eva Berg omvald", "Bo Ek 1 år (omval)"): no part of
#: the name.
_REMARK_WORDS = rf"(?:{ELECTION_REMARK_TEXT}|(?:om|ny|åter)vald)"
_REMARK_AT_END = re.compile(
    r"(?<=[A-Za-zåäöÅÄÖ])"
    r"(?:(?:[ \t]+(?:på|för))?(?:[ \t]+vardera)?"
    rf"[ \t]+(?:\d{{1,2}}|ett|två|tre|fyra)[ \t]+år(?:[ \t]*\(?[ \t]*{_REMARK_WORDS}[ \t]*\)?)?"
    rf"|[ \t]+{_REMARK_WORDS})[ \t]*\.?[ \t]*$"
)
#: A row's term columns after the name ("Årsmöte 2021-2022 8 okt 2023", "Årsmöte 2020-2021
#: Årsmöte 2023-2024"): when the seat began and ends, each a meeting's year or a date.
_TERM_COLUMNS_AT_END = re.compile(
    r"(?<=[A-Za-zåäöÅÄÖ])(?:[ \t]+(?:(?:[ÅåAa]rsmöte[nt]?|[Åå]rsstämma[n]?|vuosikokous)[ \t]+)?"
    r"(?:(?:19|20)\d\d[ \t]*[-\u2013][ \t]*(?:19|20)\d\d"
    r"|\d{1,2}\.?[ \t]+[a-zåäö]{3,9}\.?[ \t]+(?:19|20)\d\d)){2,}[ \t]*$"
)
#: A contact's label opening a line ("Kontaktperson:", "Yhteyshenkilö:").
_CONTACT_LABEL = re.compile(
    r"[ \t]*(?:Kontaktperson(?:er)?|Kontakt|Yhteyshenkilö(?:t|nä)?|Yhteystiedot|Lisätietoja"
    r"|Mer[ \t]+information)[ \t]*:"
)
#: A line that stops inside a phrase: on a conjunction or a preposition ("… humaniora och").
_ENDS_MID_PHRASE = re.compile(
    r"(?<![\w-])(?:och|ja|sekä|samt|för|av|i|på|till|med|eller|tai)[ \t]*$"
)
#: A capitalised job title opening a list's line before a name ("Professor Richard Benner").
_JOB_BEFORE_NAME = re.compile(r"([A-ZÅÄÖ][a-zåäö]{3,})[ \t]+(?=[A-ZÅÄÖ][a-zåäö])")
#: A capitalised adjective right before a position ("Yhteinen ").
_ADJECTIVE_HEAD = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]{3,})[ \t]+\Z")
_MEETING_ROOM = re.compile(r"(?<![\w-])(\w+)\s+(?:kokoushuone|sammanträdesrum)", re.I)
#: A line of prose whose last name is followed by a comma, then a blank line and the next
#: name: a run of names that a page's break cut in two.
#: "Bror Lind-ordförande, Eva Ek-kassör": a list's name glued to its office by a hyphen.
_HYPHENED_OFFICE = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ \t]+[A-ZÅÄÖ][a-zåäöéü]+"
    r"(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?P<dash>-)(?P<office>[a-zåäö]+(?:[ \t]+[a-zåäö]+)?)"
    r"(?=[ \t]*(?:[,;.]|och\b|samt\b|ja\b|sekä\b|$))",
    re.MULTILINE,
)
#: "Aino Ek- Testby", "Bo Lind- Norrgården och …": a name of two words, a hyphen glued to its
#: last word and a space, then a capitalised word: a dash before the person's place or
#: workplace when a page's list writes three or more of them (one alone may be a double
#: surname broken after its hyphen: "Aino Mäki- Koski").
_HYPHEN_BEFORE_PLACE = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ \t]+[A-ZÅÄÖ][a-zåäöéü]+"
    r"(?P<dash>-)(?=[ \t]+[A-ZÅÄÖ][a-zåäö])"
)
#: "Aino Ek puheenjohtaja valittu kaudelle 2018-2020", "Bo Lind vald för perioden 2021-2022": a
#: list line's end telling the term its person was elected for (the line's head before it).
_ELECTED_TERM_LINE = re.compile(
    r"(?m)^(?P<head>[ \t]*[A-ZÅÄÖ][^\n.:;]{2,80}?)(?P<tail>[ \t]+(?:valittu|vald|omvald|invald)"
    r"[ \t]+(?:(?:toimi)?kaude(?:lle|ksi)|vuosiksi|för(?:[ \t]+(?:perioden|åren))?)[ \t]+"
    r"(?:19|20)\d\d(?:[ \t]*[-\u2013][ \t]*(?:19|20)\d\d)?)[ \t]*$"
)
#: A bare word for an association's board ("johtokunta", "hallitus", "styrelsen").
_BOARD_WORD = re.compile(r"(?i)johtokunta|hoitokunta|hallitus|styrelsen?")
#: A Finnish association's board's bare word in any of its forms, at a word's start
#: ("johtokuntaan", "Johtokunnan", "hoitokunnassa", "hallitukseen"; not "kaupunginhallitus").
_FI_BOARD_FORMS = re.compile(r"(?i)(?<![\w-])(johtokun|hoitokun|hallitu)(?:ta|na|nn|s|ks)")
_BROKEN_NAME_RUN = re.compile(
    r"(?m)^([^\n]{80,}[ \t][A-ZÅÄÖ][a-zåäö]+,)([ \t]*\n[ \t]*\n[ \t]*)"
    r"(?=[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]+[A-ZÅÄÖ][a-zåäö][^\n]*[.,])"
)
#: "- Kvarstår ett år: Eva Ek, Bo Lind," / "Åke Berg", "12. Val av valberedning: Eva Ek och" /
#: "Bo Lind.": a bullet's or a numbered item's label and names wrapped onto the next line after
#: a comma or "och", that line nothing but names
_WRAPPED_LABEL_NAMES = re.compile(
    r"(?m)^([ \t]*(?:[-\u2013•*]|\d{1,2}[.)])[ \t]+[^\n:]{2,60}:[^\n]*(?:[A-ZÅÄÖ][\w-]+|\))"
    r"(?:,|[ \t]+och|[ \t]+samt))([ \t]*\n[ \t]*)"
    r"(?=[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}"
    r"(?:[ \t]*(?:,|och|samt)[ \t]*[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2})*[ \t.]*$)"
)
#: A list's entry (a person's name first, perhaps the person's organisation after a comma) and,
#: on a line of its own under it after blank lines, that person's office in parentheses
#: ("Timo Halonen, maa- ja metsätalousministeriö" / "" / "(puheenjohtaja)"): the gap between.
_OFFICE_IN_BRACKETS_BELOW = re.compile(
    r"(?m)^([ \t]*[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}"
    r"(?:[ \t]*,[^\n()]*)?)([ \t]*\n(?:[ \t]*\n)*[ \t]*)"
    r"\((?P<office>[a-zåäö][a-zåäö -]{2,30})\)[ \t]*$"
)
#: A Swedish body's word joined to the minutes' at a page's head: "Direktionsprotokoll",
#: "Styrelseprotokoll 2015-01-30", "Kyrkorådsprotokoll".
_BODY_MINUTES_WORD = re.compile(
    r"(?<![\w-])(?P<stem>[A-ZÅÄÖ]?[a-zåäö]+?)s?protokoll(?:et)?(?![\w-])", re.I
)
#: A congress of an organisation's level ("förbundsstämma", "distriktsstämman", "kårstämma"):
#: the level's word, whose board it elects.
_LEVEL_CONGRESS = re.compile(r"(?i)(förbunds|distrikts|krets|kår)s?stämma")
#: A Swedish body's word that takes "-et" as its definite ending ("rådet", "utskottet").
_NEUTER_BODY = re.compile(r"(?i)(?:råd|utskott|forum|presidium|kollegium)$")
#: A list's entry line (a name, a comma, a post in small letters) ending in a stray colon, an
#: entry of the same kind under it ("Filip Stensman, ersättare för biskop och domprost:" /
#: "Rune Skogsberg, ersättare …"): the colon, no label's.
#: A line opened by a member's seat and an office parted by a slash: "Ledamot/Vice ordförande
#: - Johan Linell", "Jäsen / sihteeri: Aino Ek".
_MEMBER_SLASH_OFFICE = re.compile(
    r"(?im)^([ \t]*)((?:ledamot|jäsen|medlem)[ \t]*/[ \t]*)"
    r"(?=(?:vice[ \t]*)?ordförande|sekreterare|(?:vara)?puheenjohtaja|sihteeri)"
)
_ENTRY_WITH_COLON = re.compile(
    r"(?m)^[ \t]*[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü-]+){1,2}"
    r"[ \t]*,[ \t]*[a-zåäö][^\n:]*(?P<colon>:)[ \t]*\n(?=[ \t]*[A-ZÅÄÖ][a-zåäöéü]+"
    r"(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü-]+){1,2}[ \t]*,)"
)
#: "Eva Ek, S, ej tjänstgörande ersättare": a deputy present at a meeting, not serving.
#: "… fortsätter som ordförande med A (kassör), B, C (sekreterare), D och E (viceordförande),
#: som övriga medlemmar": the names after "med" in a chair's sentence, closed by the words
#: that make them the other members
_WITH_OTHER_MEMBERS = re.compile(
    r"(?<![\w-])med[ \t]+(?P<list>[^.;:\n]{5,400}?),?[ \t]+som[ \t]+övriga[ \t]+"
    r"(?:medlemmar|ledamöter)(?![\w-])"
)
_NOT_SERVING_DEPUTY = re.compile(
    rf"(?<![\w'-])(?P<name>{_CAPITALISED_NAME}),[ \t]*[A-ZÅÄÖ]{{1,4}},[ \t]*"
    r"(?:ej|icke|inte)[ \t]+tjänstgörande[ \t]+ersättare(?![\w-])"
)


#: A line that numbers its names in one run: "1. Aino Ek, 2. Bo Lind, 3. Eva Berg."
_NUMBERED_RUN = re.compile(r"(?m)^[ \t]*1\.[ \t]+[^\n,]+(?:,[ \t]*\d{1,2}\.[ \t]+[^\n,]+)+$")
_NUMBERED_ITEM = re.compile(r"(\d{1,2})\.[ \t]+([^\n,]+?)[ \t]*\.?[ \t]*(?:,|$)")


#: "Den första styrelsen såg ut så här: …", "Föreningens första styrelse bestod av …": the
#: founding board of an organisation's history, then the sentence naming it, then any
#: sentences after it that go on with a label and a colon ("Suppleanter: A och B.")
_FIRST_BOARD = re.compile(
    r"(?i)(?<![\w-])(?:första|förste)[ \t]+styrelse(?:n)?[ \t]+(?:såg[ \t]+ut|bestod|var)"
    r"(?![\w-])[^\n]*?(?:[.!?](?=[ \t]*$|[ \t]+[A-ZÅÄÖ])|$)"
    r"(?:[ \t]+[A-ZÅÄÖ][\w-]+:[^\n]*?(?:[.!?](?=[ \t]*$|[ \t]+[A-ZÅÄÖ])|$))*",
    re.M,
)


#: A heading of a page's history, alone on its line ("Historia", "Historik", "Föreningens
#: historia", "Yhdistyksen historiikki").
_HISTORY_HEADING = re.compile(
    r"(?im)^[ \t]*(?:(?:vår|föreningens|sällskapets|klubbens|yhdistyksen|seuran|kerhon)[ \t]+)?"
    r"(?:historia|historik|historiikki|historiaa)[ \t]*:?[ \t]*$"
)
#: The founding said with its year ("bildades 1939", "perustettiin vuonna 1946", "grundades år
#: 1921"): the year in group 1.
_FOUNDED_IN = re.compile(
    r"(?i)(?<![\w-])(?:bildades|grundades|stiftades|perustettiin|perustettu)(?![\w-])"
    r"[^\n.]{0,40}?(?<!\d)(1[89]\d\d|20[0-2]\d)(?!\d)"
)
#: A year of the text (1800 to 2029).
_YEAR = re.compile(r"(?<![\d.,/-])(1[89]\d\d|20[0-2]\d)(?![\d])")
#: Words that say the present ("Nuvarande styrelse", "Nykyinen hallitus", "idag").
_PRESENT = re.compile(
    r"(?i)(?<![\w-])(?:nuvarande|nykyinen|nykyisin|idag|i dag|nyt|tänään)(?![\w-])"
)


def history_sections(text: str) -> list[tuple[int, int]]:
    """The spans of a page's history: from a heading "Historia" (or "Historik", …) whose next
    lines say when the association was founded ("… bildades 1939."), to the first line that
    names a year ten years or more after it or says the present ("Styrelse 2015", "Nuvarande
    styrelse"), or the end; only on a page that names such a later year outside the span. A
    board listed there is the founders' ("Styrelsemedlemmar" / "Ordf" / … / "Arthur
    Tegborg"), no seat held on the page's date (a page that is its history, "Historik" / "…
    bildades den 5 augusti 1957" / "Till sällskapets första styrelse valdes:", shows the board
    of the date it states)."""
    spans = []
    for head in _HISTORY_HEADING.finditer(text):
        founded = _FOUNDED_IN.search(text, head.end(), head.end() + 400)
        if founded is None or any(
            len(line.split()) < 4
            for line in text[head.end() : text.rfind("\n", 0, founded.start()) + 1].splitlines()
            if line.strip()
        ):
            continue  # (a menu's "Historia" over its other items: no section of its own)
        year, end = int(founded.group(1)), len(text)
        pos = text.find("\n", founded.end())
        while 0 <= pos < len(text):
            nxt = text.find("\n", pos + 1)
            line = text[pos + 1 : nxt if nxt >= 0 else len(text)]
            if _PRESENT.search(line) or any(
                int(y.group(1)) >= year + 10 for y in _YEAR.finditer(line)
            ):
                end = pos + 1
                break
            pos = nxt
        if end < len(text) or any(
            int(y.group(1)) >= year + 10 for y in _YEAR.finditer(text, 0, head.start())
        ):
            spans.append((head.start(), end))
    return spans


#: A chair held elsewhere, said last in the brackets after a list entry's name ("(Kirurgi,
#: Falun. Ordf i Distriktläkarföreningen)", "(… Avgående ordf SYLF Dalarna)", "(pj. Kylälän
#: Lääkäriseura)"): the organisation in group "org".
_CHAIR_IN_BRACKETS = re.compile(
    r"\((?:[^()\n]*?(?:[.,;][ \t]*))?(?:[Aa]vgående[ \t]+)?"
    r"(?:[Oo]rdf\.?|[Oo]rdförande|[Pp]j\.?|[Pp]uheenjohtaja)[ \t]+(?:(?:i|för)[ \t]+)?"
    r"(?P<org>[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,3})[ \t]*\)"
)


def _chairs_in_brackets(text: str, findings: list[Finding]) -> list[Finding]:
    """The chairs of other organisations that a list's entries say in the brackets after the
    name ("Sekreterare Daniel Ek (Allmänmedicin, Falun. Ordf i Distriktläkarföreningen)"): a
    seat of its own, the chair of the organisation named there."""
    out = []
    for f in findings:
        if f.kind != "membership" or not f.rule.startswith("list") or f.status:
            continue
        mt = _CHAIR_IN_BRACKETS.match(
            text, f.actor.end + (1 if text[f.actor.end : f.actor.end + 1] == " " else 0)
        )
        if mt is None or "\n" in text[f.actor.end : mt.start()]:
            continue
        org = mt.group("org")
        if first_name(org.split()[0]) is not None and len(org.split()) >= 2:
            continue  # "(pj. Aino Ek)": a person's name, no organisation
        if any(
            g.role == "chair"
            and g.actor.start < f.actor.end
            and f.actor.start < g.actor.end
            and g.target is not None
            and g.target.name.casefold() == org.casefold()
            for g in findings
        ):
            continue  # (read already, by the sentences)
        body = Mention(mt.start("org"), mt.end("org"), org, org, "organisation", 0.5)
        out.append(
            Finding("membership", f.actor, "chair", body, (f.actor.start, mt.end()), 0.5,
                    "list-chair-in-brackets")
        )  # fmt: skip
    return out


def _handed_out(text: str) -> list[tuple[int, int]]:
    """The sentences (each to its line's end at most) that say a prize or a grant was handed
    out to people ("Årets pris delades ut till A och B för deras arbete med X")."""
    spans: list[tuple[int, int]] = []
    for mt in _HANDED_OUT.finditer(text):
        if spans and mt.start() < spans[-1][1]:
            continue
        start = max(text.rfind(c, 0, mt.start()) for c in ".!?\n") + 1
        stop = _CLAUSE_STOP.search(text, mt.end())
        spans.append((start, stop.start() if stop else len(text)))
    return spans


def _outside_the_body(text: str, f: Finding) -> bool:
    """Whether the words right after a seat's name say the person holds a post outside the
    body ("Aino Ek    sekr. utom styrelsen", "Bo Lind fortsätter som kassör utanför
    styrelsen"): only small words between the name and "utanför" / "utom", and the body
    named there is the seat's own (the same word's beginning)."""
    if f.target is None:
        return False
    mt = _OUTSIDE_THE_BODY.match(text, f.actor.end)
    if mt is None or not mt.group("gap").strip():
        return False
    word = (mt.group("sv") or mt.group("fi") or "").casefold()
    own = f.target.name.casefold().split()[-1]
    return len(word) >= 5 and own[:5] == word[:5]


def _signature_blocks(text: str) -> list[tuple[int, int]]:
    """The blocks of lines closing minutes with their signers ("Ingvar Svanborg, sekreterare"
    / "Kerstin Ellert, ordförande" / "Berit Jonsson, justerare"): lines of a name, a comma and
    a post, one right under the other, one of them a minutes checker's ("justerare",
    "pöytäkirjan tarkastaja"): the meeting's officers, who hold no seat by signing."""
    groups: list[list[re.Match[str]]] = []
    for mt in _SIGNER_LINE.finditer(text):
        if groups and not text[groups[-1][-1].end() : mt.start()].strip():
            groups[-1].append(mt)
        else:
            groups.append([mt])
    return [
        (g[0].start(), g[-1].end())
        for g in groups
        if any(_CHECKER_POST.fullmatch(mt.group("post")) for mt in g)
    ]


def _under_an_outside_label(text: str, f: Finding) -> bool:
    """Whether a seat's name stands under (or right after) a label of a post held outside
    the seat's body ("Kassör utom styrelsen:" / "Yvonne Backlund"): the nearest label line
    above, over entries and blank lines of at most five lines, names the body (its word's
    beginning) as one the post is outside of; a seat with no body yet has its body from
    that label."""
    own = f.target.name.casefold().split()[-1][:5] if f.target is not None else None
    start = text.rfind("\n", 0, f.actor.start) + 1
    label = _OUTSIDE_LABEL.fullmatch(text, start, f.actor.start)
    if label is None:
        if text[start : f.actor.start].strip():
            return False
        pos = start - 1
        for _ in range(5):
            if pos <= 0:
                return False
            head = text.rfind("\n", 0, pos) + 1
            line = text[head:pos]
            pos = head - 1
            if not line.strip():
                continue
            if line.rstrip().endswith(":"):
                label = _OUTSIDE_LABEL.fullmatch(line.rstrip())
                break
        if label is None:
            return False
    word = (label.group("sv") or label.group("fi") or "").casefold()
    return len(word) >= 5 and (own is None or word[:5] == own)


#: A fact sheet's line "Label:<spaces>value" (the label at the line's head).
_SHEET_LABEL_LINE = re.compile(r"(?m)^(?P<label>[^\s:][^:\n]{0,40}):(?P<gap>[ \t]{3,})\S[^\n]*$")
#: The next line with text after a label's line, and its indentation.
_NEXT_TEXT_LINE = re.compile(r"(?:[ \t]*\n)+(?P<indent>[ \t]*)\S")


def _sheet_labels_apart(text: str, heads: Callable[[str], bool]) -> str:
    """A fact sheet's label padded with spaces before its first value, the further values on
    lines of their own indented under the first ("Styrelsen:      Aino Berg   Ordförande" /
    "                Bo Lind   Sekreterare"): the label a line of its own over its values, as
    a heading over its list (the first space a line break, the same length), when ``heads``
    says the label heads a list (a body's name)."""
    chars: list[str] | None = None
    for mt in _SHEET_LABEL_LINE.finditer(text):
        nxt = _NEXT_TEXT_LINE.match(text, mt.end())
        if nxt is None or len(nxt.group("indent").expandtabs(8)) < 8:
            continue
        if not heads(mt.group("label").strip()):
            continue  # ("Historikens redaktion:   A": its editors, no body's list)
        if chars is None:
            chars = list(text)
        chars[mt.start("gap") : mt.start("gap") + 2] = "\n\n"
    return text if chars is None else "".join(chars)


def _numbered_run_apart(text: str) -> str:
    """ "1. Aino Ek, 2. Bo Lind, 3. Eva Berg.": names numbered in order on one line, each of a
    few capitalised words, read as a comma-separated run (the numbers after the first as
    spaces, the same length: every span is the text's). Numbers out of order, or items that
    are not short capitalised runs ("1. Avaus, 2. kokouksen laillisuus"), are left alone."""

    def apart(mt: re.Match[str]) -> str:
        line = mt.group()
        items = list(_NUMBERED_ITEM.finditer(line))
        if [int(i.group(1)) for i in items] != list(range(1, len(items) + 1)):
            return line
        for i in items:
            words = i.group(2).split()
            if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
                return line
        chars = list(line)
        for i in items[1:]:
            for x in range(i.start(1), i.start(2)):
                chars[x] = " "
        return "".join(chars)

    return _NUMBERED_RUN.sub(apart, text)


#: A word glued to the name after it, a space lost ("ochBengt Persson", "ledamöter:Ingegerd
#: Lund", "styrelsenRoland Eriksson"): a lower-case word (group "word") or a colon after one,
#: then a name of two capitalised words.
_GLUED_BEFORE_NAME = re.compile(
    r"(?:(?<![\w-])(?P<word>[a-zåäö]{2,})|(?<=[a-zåäö]{3}):)"
    r"(?=[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]+[A-ZÅÄÖ][a-zåäö]+(?![\w-]))"
)
#: The ending of a title in small letters ("kansanedustaja", "puutarhaneuvos", "professori",
#: "hortonomi", "puutarhuri", "viljelijä")
_TITLE_SUFFIX = re.compile(
    r"(?:ja|jä|neuvos|ori|omi|uri|ri|isti|tti|kas|mies|nainen|edustaja|päällikkö|kkö)$"
)
#: A first name, then a surname run together with a capitalised word: "Reima KaretieJoensuusta"
_GLUED_PLACE_AFTER_NAME = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ][a-zåäö]{2,}(?P<place>[A-ZÅÄÖ][a-zåäö]{3,})(?![\w-])"
)
#: A list line "Aino Ek" or "Aino Ek, aino@example.org": a name of two or three capitalised
#: words, perhaps a note after a comma
_NAME_ENTRY_LINE = re.compile(
    r"[ \t]*[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü-]+){1,2}"
    r"[ \t]*(?:,[^\n]*)?(?:\n|$)"
)
#: A list line's name with its office run on without a space ("• Aino Ahonensihteeri — FM",
#: "Bo Lindordförande"): a first name and a surname, the office's word glued to the surname's
#: end and the line's end, a dash or a comma after it; where the office begins (checked
#: against the lexicon's roles).
_GLUED_OFFICE_AFTER_NAME = re.compile(
    r"(?m)^[ \t]*(?:[•·*▪\u2013-][ \t]*)?[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]+"
    r"(?P<glued>[A-ZÅÄÖ][a-zåäö]{2,}?(?P<office>varapuheenjohtaja|puheenjohtaja|sihteeri|"
    r"rahastonhoitaja|varajäsen|vice ordförande|ordförande|sekreterare|kassör|suppleant|"
    r"ersättare))(?![\w-])"
    # (the line ends there, or a dash or a comma: not a compound title before a name,
    # "Hallintosihteeri Eriksson Reija")
    r"(?=[ \t]*(?:[,;\u2013\u2014-]|$))"
)
#: A heading run on to a line's last name with no break ("Aino LaineTiet -työryhmä:",
#: "Bo LindVesi - työryhmä"): a surname's small letter, then a capital that begins words
#: ending the line in a body's word after a dash (checked against the lexicon's bodies).
_GLUED_HEADING_AFTER_NAME = re.compile(
    r"(?m)(?<![\w-])[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ][a-zåäö]+"
    r"(?P<heading>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+){0,3}[ \t]*[-\u2013][ \t]*"
    r"(?P<head>[a-zåäö]+)):?[ \t]*$"
)
#: A sentence that says what a body is made of ("… styrelse består av representanter …").
_COMPOSED_OF = re.compile(r"(?i)(?<![\w-])består[ \t]+av(?![\w-])")
#: The next line after blank lines: a person's name, a comma and an office ("Aino Ek,
#: ordförande").
_NAME_OFFICE_BELOW = re.compile(
    r"[ \t]*(?:\n[ \t]*)+[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}[ \t]*,[ \t]*"
    r"(?P<office>[\w ]{3,30}?)[ \t]*(?:\n|$)"
)
#: A line of a person's name, a comma and an office ("Aino Ek, ordförande").
_NAME_OFFICE_LINE = re.compile(
    r"[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}[ \t]*,[ \t]*(?P<office>[\w ]{3,30}?)"
)
#: A paragraph opened by a run-in heading of one capitalised word and a dash, then a
#: sentence ("Styrelse - Styrelsen har under året bestått av …", an en dash or a hyphen):
#: where the sentence begins.
_RUN_IN_HEADING = re.compile(
    r"(?m)^[ \t]*(?P<head>[A-ZÅÄÖ][a-zåäö]{3,})[ \t]+[\u2013\u2014-][ \t]+"
    r"(?=[A-ZÅÄÖ][a-zåäö]+[ \t]+[a-zåäö]+[ \t])"
)
#: A person's name of two or three capitalised words (a first name perhaps double-barrelled).
_LINE_NAME = (
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}"
)
#: A line that opens with a label of one word and its colon, a name run on to it (perhaps an
#: office after a comma) to the line's end, then a name line ("Festnämnden:Bo Lind, ordförande"
#: / "Eva Ek"; "Retkitoimikunta: Aino Laine"; "Revisorer:Gun Berg, ordförande" / "Per Holm,
#: suppleant"): what the label is (a body's word, a post, the auditors) is checked against the
#: lexicon.
_LABEL_OVER_NAME_LINES = re.compile(
    r"(?m)^[ \t]*(?P<head>[A-ZÅÄÖ][^\W\d_]+(?:-[^\W\d_]+)?):"
    r"(?=[ \t]*" + _LINE_NAME + r"(?:[ \t]*,[^\n:,]*)?[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*" + _LINE_NAME + r"(?:[ \t]*,[^\n:,]*)?[ \t]*$)"
)
#: A list line's name with its term run on without a space ("Bo Lind2022-2024", "Eva Ek2023",
#: "Gun BergOrdförande 2023"): a name to the glue, perhaps a capitalised word, then a year or
#: a span of years ending the line.
_GLUED_TERM_AFTER_NAME = re.compile(
    r"(?m)^[ \t]*(?:[•·*▪\u2013-][ \t]*)?" + _LINE_NAME + r"(?P<glue>)"
    r"(?:[A-ZÅÄÖ][a-zåäö]+[ \t]+)?(?:19|20)\d\d(?:[ \t]*[-\u2013][ \t]*(?:19|20)?\d\d)?[ \t]*$"
)
#: A group's label run on to its leader's name and office with no break ("MätningBo Lind,
#: ordförande", "RetketAino Laine, puheenjohtaja"): a capitalised word of five letters or more,
#: a name glued to it, a comma and the office (checked against the lexicon's roles) to the
#: line's end.
_GLUED_LABEL_BEFORE_NAME = re.compile(
    r"(?m)^[ \t]*[A-ZÅÄÖ][a-zåäö]{4,}(?P<glue>)"
    + _LINE_NAME
    + r"[ \t]*,[ \t]*(?P<office>[^\W\d][\w ]{1,30}?)[ \t]*$"
)
#: The words that join a list's last name, glued to it where a space was lost.
_GLUED_AND = ("och", "samt", "ja", "sekä")
#: "Ledamot:Ersättare:" / "LedamotErsättare": a table's member and deputy columns run
#: together, whose rows' cells end where a small letter meets a capital
#: ("Lind Bo, ordförandeEk Eva"): no space lost there
_GLUED_COLUMNS = re.compile(
    r"(?m)^[ \t]*(?:Ledamot|Ledamöter|Ordinarie|Medlem|Jäsen|Jäsenet):?[ \t]?"
    r"(?:Ersättare|Suppleant|Suppleanter|Varajäsen|Varajäsenet):?[ \t]*$"
)


#: A paragraph that opens by pointing back to the group a heading above names: "Tämän ryhmän",
#: "Ryhmän", "Työryhmän", "Ryhmänvetäjänä" (a demonstrative or the bare word, no name of its own).
_GROUP_POINTED_BACK = re.compile(
    r"(?i)(?:(?:tämän|kyseisen)[ \t]+)?(?:työ)?ryhmän(?:vetäj\w*|johtaj\w*)?(?![\w-])"
)
#: "Tämän ryhmän vetäjänä toimii", "Ryhmänvetäjänä toimii", "Työryhmän johtajana toimii": the
#: group's leader, named after the verb (perhaps after a title of another body).
_GROUP_LEADER = re.compile(
    r"(?i)(?:(?:tämän|kyseisen)[ \t]+)?(?:työ)?ryhmän[ \t]*(?:vetäjänä|johtajana)[ \t]+"
    r"(?:toimii|toimi|on)[ \t]+"
)


#: "edustajina kokouksissa ovat toimineet …", "edustajana hallituksen kokouksissa on …": who
#: attend a body's meetings for another party, to the sentence's end.
_AT_MEETINGS_FOR = re.compile(
    r"(?i)(?<![\w-])edustaj(?:ina|ana)[ \t]+(?:\w+[ \t]+)?kokouksissa(?![\w-])[^.\n]*"
)


#: "hallituksen ulkopuolelta Aino Ek": the name of one who holds a post from outside the
#: body in the genitive.
_OUTSIDE_THEN_NAME = re.compile(
    r"(?<![\w-])(?i:[a-zåäö]+n[ \t]+ulkopuol(?:elta|isena|inen))[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2})"
)


#: "ohjaajina oli A, B ja C", "valmentajana toimi D", "som tränare fungerade E": coaches or
#: instructors named after the word, to the sentence's end.
_COACHES_WERE = re.compile(
    r"(?i)(?<![\w-])\w*(?:ohjaaj|valmentaj)(?:ina|ana)[ \t]+(?:oli|olivat|toimi|toimivat|ovat|on)"
    r"(?![\w-])[^.\n]*|(?<![\w-])som[ \t]+\w*tränare[ \t]+(?:fungerade|var|verkade)(?![\w-])[^.\n]*"
)

#: "Kalastuksen valvojiksi valittiin A, B ja C", "Lupien myyjiksi valittiin D": people chosen
#: for a task named by an agent noun in the plural translative (not an office or a seat in a
#: body: "varapuheenjohtajiksi", "edustajiksi"), up to the sentence's end
_TASK_CHOSEN = re.compile(
    r"(?<![\w-])(?!\w*(?:puheenjohtaj|sihteer|edustaj|jäsen))(?P<post>[^\W\d]+j[iä]ksi)"
    r"(?:[ \t]+vuo(?:de|si)lle[ \t]+\d{4})?[ \t]+(?:valittiin|nimettiin)(?![\w-])[^.\n]*"
)

#: "kukitettiin suvun vanhin paikalla oleva jäsen A": a member of the family (its genitive a
#: few words in small letters before the member's word), no seat in a body
_FAMILY_MEMBER_NAME = re.compile(
    r"(?<![\w-])suvu(?:n|mme|nne)(?:[ \t]+[a-zåäö]+){0,3}[ \t]+jäsen[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2})"
)

#: "Årets pris delades ut till A och B för …", "Stipendiet utdelades till C": the verb of a
#: sentence saying a prize or a grant was handed out to people (Swedish).
_HANDED_OUT = re.compile(
    r"(?i)(?<![\w-])(?:delades|utdelades|tilldelades)[ \t]+(?:ut[ \t]+)?till[ \t]"
)
#: What ends a sentence, or a line, around such a verb.
_CLAUSE_STOP = re.compile(r"[.!?\n]")
#: "Hallituksen jäseniksi saivat kannatusta A ja B": who got votes in an election, to the
#: sentence's end (elected or not, the sentence gives no seat)
_GOT_SUPPORT = re.compile(
    r"(?i)(?<![\w-])(?:sai|saivat|saanut|saaneet)[ \t]+(?:myös[ \t]+)?kannatusta(?![\w-])[^.\n]*"
)

#: "Ensimmäiseksi puheenjohtajaksi valittiin A, toiseksi puheenjohtajaksi B": the first of
#: numbered chairs beside the chair, right before the name (``first``), and the second
#: named in the same sentence (``second``)
_FIRST_OF_CHAIRS = re.compile(
    r"(?i)(?<![\w-])(?:ensimmäiseksi|1\.)[ \t]+puheenjohtajaksi[ \t]+(?:valittiin[ \t]+|"
    r"valittu[ \t]+|nimettiin[ \t]+)?$"
)
_SECOND_OF_CHAIRS = re.compile(r"(?i)(?<![\w-])(?:toiseksi|2\.)[ \t]+puheenjohtajaksi(?![\w-])")


def _commas_for_dashes(text: str) -> str:
    """``text`` with a comma for the hyphen of each :data:`_HYPHEN_BEFORE_PLACE` ("Aino Ek,
    Testby"; the same length) when it has three or more: the place after the name, as a
    list's entry writes it."""
    found = list(_HYPHEN_BEFORE_PLACE.finditer(text))
    if len(found) < 3:
        return text
    chars = list(text)
    for mt in found:
        chars[mt.start("dash")] = ","
    return "".join(chars)


def _spans_without(walk: Walk, added: list[int]) -> Walk:
    """``walk`` of a text with spaces added at ``added`` (ascending), its spans given back in
    the text without them."""

    def at(n: int) -> int:
        return n - bisect.bisect_left(added, n)

    def mention(m: Mention | None) -> Mention | None:
        return None if m is None else replace(m, start=at(m.start), end=at(m.end))

    for f in walk.findings:
        f.actor = mention(f.actor)  # type: ignore[assignment]
        f.target = mention(f.target)
        f.on_behalf_of = mention(f.on_behalf_of)
        f.deputy_for = mention(f.deputy_for)
        f.quote = (at(f.quote[0]), at(f.quote[1]))
    walk.named = [(mention(m), (at(a), at(b))) for m, (a, b) in walk.named]  # type: ignore[misc]
    walk.no_seat = [(at(a), at(b)) for a, b in walk.no_seat]
    return walk


def _one_body_name(names: set[str]) -> bool:
    """Whether lower-case body names are one name, with or without the definite ending of a
    Swedish last word ("styrelse" and "styrelsen", "råd" and "rådet")."""
    short = min(names, key=len, default="")
    return all(n == short or n in (short + e for e in ("n", "en", "et", "t")) for n in names)


#: A body's meetings as a habit ("kokoontuu kahdesti vuodessa", "sammanträder"), not a
#: meeting held.
_MEETS_REGULARLY = re.compile(r"(?i)(?<![\w-])(?:kokoontuu|kokoontuvat|sammanträder|möts)(?![\w-])")
#: The word after a space ("representant" in "aktivas representant").
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")

#: The dash or comma between a bullet's name and what it says of the person.
_NAME_SEPARATOR = re.compile(r"[ \t]*[-\u2013\u2014,][ \t]*")

#: A finite verb after a name in a bulleted line ("sitter kvar i", "blev omvalda", "har avsagt
#: sig", "hälsas välkommen", "valittiin", "jatkaa"): the line is a sentence.
#: "Den nya ", "Nya ", "Uusi ", "Vastavalittu ": the words before a new body's bare word
#: opening a sentence.
_NEW_BODY_LEAD = re.compile(r"(?i)(?:den[ \t]+)?(?:nya|nyvalda|uusi|vastavalittu)[ \t]+")
_SENTENCE_VERB = re.compile(
    r"(?<![\w-])(?:är|var|blev|blir|har|hade|sitter|satt|kvarstår|fortsätter|[a-zåäö]{2,}"
    r"(?:ades|des|tes|as)|on|ovat|oli|olivat|valittiin|jatkaa|jatkavat)(?![\w-])"
)


def _same_name(a: str, b: str) -> bool:
    """Two names of one body: the same last word, every word of the shorter in the longer
    ("Kylälän vammaisneuvosto", "Kylälän kunnan vammaisneuvosto")."""
    wa, wb = a.casefold().split(), b.casefold().split()
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    return set(wa) <= set(wb) or set(wb) <= set(wa)


#: What a body is said to be, after its name: "on ikäihmisten vaikuttamistoimielin, joka …",
#: "är ett samarbetsorgan för välfärd som …" — "on"/"är" and a noun phrase up to a comma or
#: "joka"/"som", with no number and no participle ("on vuonna 1999 perustanut", "on asetettu",
#: "on asetettava").
_DEFINED = re.compile(
    r"\s+(?:on|är)\s+(?:(?!(?:joka|jonka|som)\b)(?![\w-]*(?:[uy]t|tt[uy]|t[uy]|v[aä])\b)[^\W\d][\w-]*\s+){0,8}?"
    r"[^\W\d][\w-]*(?=\s*(?:,|\.|$|\s(?:joka|jonka|som)\b))"
)


#: A body's verb of being made of right after it as its subject, then a number of members:
#: "Stiftsstyrelsen består av 12 ledamöter", "Hallitus koostuu puheenjohtajasta ja kuudesta".
_MADE_OF = re.compile(
    r"\s+(?:består[ \t]+av|koostuu|muodostuu)[ \t]+(?:\d{1,2}|[a-zåäö]+)[ \t]+"
    r"(?:ordinarie[ \t]+|varsinaisesta[ \t]+)?(?:ledamöter|medlemmar|jäsenestä|puheenjohtajasta)"
)
#: A body's verb of meeting or organising right after it as its subject (Finnish):
#: "Säätiön neuvottelukunta kokoontui", "Hallitus järjestäytyi".
_CONVENED = re.compile(r"\s+(?:kokoontui|järjestäytyi|on\s+järjestäytynyt)(?![\w-])")


#: One parenthesis and nothing else ("(puheenjohtaja)").
_ONE_BRACKET = re.compile(r"\([^()\n]{1,60}\)")
#: A person's name alone on a text's first line, right over a long line of prose ending a
#: sentence: a news text's byline.
_BYLINE = re.compile(
    r"\A[ \t]*(?P<name>[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2})[ \t]*\n"
    r"(?=[^\n]{120,}[.!?][ \t]*(?:\n|\Z))"
)
#: "Yhdistyksen sihteerinä jatkaa", "Föreningens sekreterare": an organisation's word in the
#: genitive right before the secretary's word.
_ORGANISATION_SECRETARY = re.compile(
    r"(?i)(?<![\w:-])(?P<org>[^\W\d][\w:-]*)\s+(?:sihteeri(?:nä|ksi)|sekreterare)(?![\w-])"
)
#: "Yhdistyksen hallituksena toimii johtokunta": a body's word in the essive, the verb of
#: serving, then the body that serves as it.
_SERVES_AS = re.compile(r"(?i)(?<![\w-])(?P<ess>[^\W\d][\w-]*?(?:na|nä))\s+toimi(?:i|vat)\s+")


def _said_to_be(text: str, start: int, end: int, named: list[Mention]) -> Mention | None:
    """What a sentence begun by a body's name says the body is ("Vanhusneuvosto on kaupungin
    ikääntyneen väestön vaikuttamistoimielin.", "Rådet är ett samarbetsorgan …"): a description
    of that body, no body of its own; None when the sentence says no such thing."""
    if len(named) < 2 or text[start : named[0].start].strip() or named[0].case not in ("", "nom"):
        return None  # "Vanhusneuvostosta on edustus … liikuntaraadissa": another body
    said = _DEFINED.match(text, named[0].end, end)
    if said is None:
        return None
    return next(
        (
            b
            for b in named[1:]
            if b.start >= said.start() and b.end == said.end() and b.case in ("", "nom")
        ),
        None,
    )


#: A capitalised word in small letters after its capital, with the space before or after it.
_CAPITAL_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäöéü][\w-]*[ \t]+\Z")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-ZÅÄÖ][a-zåäöéü][\w-]*(?![\w-])")


def _capital_run(text: str, start: int, end: int) -> int:
    """How many capitalised words, spaces only between them, the run holding ``text[start:
    end]`` has ("… LEDAMÖTER Anna Holm Lisa Dahl Per Nyberg": six)."""
    words = len(text[start:end].split())
    while (mt := _CAPITAL_BEFORE.search(text, max(0, start - 40), start)) is not None:
        start, words = mt.start(), words + 1
    while (mt := _CAPITAL_AFTER.match(text, end)) is not None:
        end, words = mt.end(), words + 1
    return words


#: "Till styrelse i Lärarstiftelsen valdes:": "Till", a body's words, an election's verb, a colon;
#: or a line that gives a body's composition before its colon.
_ELECTED_TO_ONE = re.compile(
    # (a colon inside a word is no label's: "Sällskapet Äldre IFK:are leds av en styrelse som
    # består av:")
    r"(?is)(?:[ \t]*till[ \t]+(?:[^\n:]|:(?=\w)){3,60}?[ \t]+(?:om|ny|in)?valdes"
    # "… valde den nya styrelsen som 2020 består av:", "Styrelsen har … haft följande
    # sammansättning:": the composition of the body the line names
    r"|(?:[^\n:]|:(?=\w))*[ \t](?:består[ \t]+av|bestått[ \t]+av|utgörs[ \t]+av|sammansättning))"
    r"[ \t]*:[ \t]*\n?"
)
#: "i Lärarstiftelsen", "för Testby Byaförening" right after a body's word: whose body it is.
_BODY_OF_NAMED = re.compile(r"[ \t]+(?:i|för)[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,3}")
#: A label of one word at a line's or a sentence's start, set off by a semicolon before a
#: capitalised word ("Suppleanter; Rolf Ek", ". Nyvaldes; Anders Lind").
_SEMICOLON_LABEL = re.compile(
    r"(?m)(?:^[ \t]*|(?<=[.!?][ \t]))(?P<label>[A-ZÅÄÖ][a-zåäö-]+);(?=[ \t]+[A-ZÅÄÖ])"
)


class Walker(
    CoverPasses,
    AttendancePasses,
    ElectionPasses,
    CaptionPasses,
    TablePasses,
    OfficerPasses,
    ProsePasses,
    NamePasses,
    BodyPasses,
    HeadingPasses,
):
    def __init__(self, lex: Lexicon, morph: Morphology) -> None:
        self.lex = lex
        self.reader = Reader(lex, morph)
        self.lists = ListReader(self.reader)
        self.sentences = SentenceReader(self.reader)
        self.runs = RunReader(self.reader)
        self.unflatten = Unflattener(lex)
        #: The roles a run of names gave in parentheses ("Lars Ek (vice ordförande) Bo Lind,
        #: …"), by the name's span: set by :meth:`_name_run`.
        self.run_roles: dict[tuple[int, int], str] = {}
        #: Where the last run of names was cut by a group of another kind (-1: nowhere).
        self.run_cut = -1
        self.intro = re.compile(rf"(?<![\w-])(?:{lex.list_intro})", re.I)
        self.serving = re.compile(
            r"\w+(?:ssa|ssä)\s+(?:toimivat|istuvat|(?:on|ovat)\s+edustettuina)|"
            r"(?<![\w-])i\s+\w+\s+(?:sitter|ingår)|"
            # "Vi i styrelsen", "Vi i valberedningen": a heading that says who sits in the body
            rf"^{WE_IN}",
            re.I,
        )
        # "Hallitukseen valittiin kahdeksan jäsentä, jotka ovat:", "Till styrelsen valdes":
        # a lead-in that names the body the people after it were elected to
        self.elected_into = re.compile(
            r"^(?P<fi>\w+(?:aan|ään|een|iin|oon|uun|yyn|öön|hin))\s+(?:valittiin|nimettiin)(?![\w-])|"
            # ("Följande styrelseledamöter valdes:": the seats of the election, the compound's
            # first part their body)
            r"^(?:till|följande)\s+(?P<sv>\w+)\s+(?:(?:om|ny|åter|in)?valdes|utsågs)(?![\w-])",
            re.I,
        )
        self.contacts = re.compile(rf"^(?:{lex.contacts})\b", re.I)
        self.anaphora = re.compile(rf"^(?:{lex.anaphora})$", re.I)
        self.appoints = re.compile(rf"^(?:{lex.appoints})$", re.I) if lex.appoints else None
        self.electing = (
            re.compile(rf"(?<![\w-])(?:{lex.electing_meeting})(?![\w-])", re.I)
            if lex.electing_meeting
            else None
        )

    def walk(self, text: str, progress: Callable[[int, int], None] | None = None) -> Walk:
        """The findings of ``text``; ``progress(done, total)`` is told the characters read
        after each paragraph. Where a space was lost between a list's word and the name after
        it ("ochBengt Persson", "styrelsenRoland Eriksson"), the text is read with the space
        put back and every span given back in ``text``."""
        # "Suppleanter; A och B", "Valberedning; C (sammankallande) och D": a label set off by
        # a semicolon is read as one set off by a colon (the same length: every span holds)
        text = _SEMICOLON_LABEL.sub(
            lambda mt: mt.group("label") + (":" if self._label_word(mt.group("label")) else ";"),
            text,
        )
        spaced, added = self._unglued(text)
        if not added:
            return self._walk_whole(text, progress)
        return _spans_without(self._walk_whole(spaced, progress), added)

    def _label_word(self, label: str) -> bool:
        """Whether ``label`` is a seat's, a body's or an election's word ("Suppleanter",
        "Valberedning", "Nyvaldes")."""
        low = label.strip().casefold()
        return bool(
            self.lex.role_of(low)
            or self.lex.body_kind(low)
            or re.fullmatch(r"(?:om|ny|in)?vald(?:es|a)|(?:om|ny)val", low)
        )

    def _unglued(self, text: str) -> tuple[str, list[int]]:
        """``text`` with a space put back where one was lost before a name of two words or
        more: after "och"/"samt"/"ja"/"sekä", after a label's colon, after a body's or a
        role's word ("Ersättare i styrelsenRoland Eriksson"); a comma and a space between a
        list line's name and its term run on to it ("Bo Lind2022-2024"); a paragraph's break
        after a body's heading run on to its first name over name lines ("Festnämnden:Bo Lind,
        ordförande") and after a group's label run on to its leader's name ("MätningBo Lind,
        ordförande"); and where each added character is (ascending, in the new text). A
        lead-in's colon run into the first of the list lines under it ("Styrelsen valdes
        enligt följande:Aino Ek, aino@example.org" over "Bo Lind, …") is followed by a line
        break instead, the entry a list line as the others."""
        if _GLUED_COLUMNS.search(text):
            return text, []
        cuts: set[int] = set()
        for mt in _GLUED_BEFORE_NAME.finditer(text):
            word = mt.group("word")
            if word is not None and not (
                word in _GLUED_AND
                or self.lex.role_of(word)
                or self._seat_body_word(word)
                # "kansanedustajaEsko Aho", "puutarhaneuvosJarmo Ek": a title in small letters
                # run on to the first name of a person named by two words
                or (len(word) >= 6 and _TITLE_SUFFIX.search(word))
            ):
                continue
            cuts.add(mt.end())
        for mt in _GLUED_PLACE_AFTER_NAME.finditer(text):
            # "Reima KaretieJoensuusta": a surname run together with the person's place in a
            # local case ("from Joensuu"), the place a word of its own
            found = place_of(mt.group("place"), self.reader.morph)
            if found is not None and found.form == "local":
                cuts.add(mt.start("place"))
        for mt in _GLUED_OFFICE_AFTER_NAME.finditer(text):
            # "Aino Ahonensihteeri": the office's word on its own, unless the whole glued
            # word is itself a role's ("Varapuheenjohtaja" after a body's genitive)
            if self.lex.role_of(mt.group("office")) and not self.lex.role_of(mt.group("glued")):
                cuts.add(mt.start("office"))
        lines = set()
        for cut in list(cuts):
            # "Styrelsen valdes enligt följande:Aino Ek, aino@example.org" over "Bo Lind, …":
            # a lead-in's colon run into the first entry of the list under it, a line of its own
            # (not an office's label: "Ordförande:Bo Lind" is that one person's seat)
            own = text.find("\n", cut)
            below = text[own:].lstrip("\n") if own >= 0 else ""
            label = text[text.rfind("\n", 0, cut) + 1 : cut - 1].strip().casefold()
            if (
                text[cut - 1] == ":"
                and not self.lex.role_of(label)
                and _NAME_ENTRY_LINE.match(text, cut)
                and _NAME_ENTRY_LINE.match(below)
            ):
                cuts.discard(cut)
                lines.add(cut)
        for mt in _RUN_IN_HEADING.finditer(text):
            # "Styrelse - Styrelsen har under året bestått av A (ordf), …": a body's word run
            # in before the paragraph's first sentence, the heading a line of its own
            head = mt.group("head").casefold()
            if self.lex.body_kind(head) is not None and not self.lex.role_of(head):
                lines.add(mt.end())
        breaks = set()
        cells = set()
        for mt in _GLUED_TERM_AFTER_NAME.finditer(text):
            # "Bo Lind2022-2024": a row's cells run together, the name's, then its term's
            # (or the person's post's: "Gun BergOrdförande 2023"), read as "Bo Lind, 2022-2024"
            cells.add(mt.start("glue"))
        cuts -= cells
        for mt in _GLUED_HEADING_AFTER_NAME.finditer(text):
            # "Alakylä: Aino LaineTiet -työryhmä:": the next group's heading run on to
            # the last name of a line, a paragraph of its own
            if self.lex.body_kind(mt.group("head").casefold()) is not None:
                breaks.add(mt.start("heading"))
        for mt in _GLUED_LABEL_BEFORE_NAME.finditer(text):
            # "MätningBo Lind, ordförande": the group's label a line of its own
            if self.lex.role_of(mt.group("office")) or self.lex.find_role(mt.group("office")):
                breaks.add(mt.start("glue"))
        for mt in _LABEL_OVER_NAME_LINES.finditer(text):
            # "Festnämnden:Bo Lind, ordförande" / "Eva Ek": the body's heading a line of its
            # own, over all its names
            head = mt.group("head").casefold()
            if self.lex.body_kind(head) is not None and not self.lex.role_of(head):
                breaks.add(mt.end())
        if not cuts and not breaks and not lines and not cells:
            return text, []
        parts: list[str] = []
        added: list[int] = []
        last = 0
        for cut in sorted(cuts | breaks | lines | cells):
            put = (
                "\n\n" if cut in breaks else "\n" if cut in lines else ", " if cut in cells else " "
            )
            parts += [text[last:cut], put]
            n = len(added)
            added += [cut + n + k for k in range(len(put))]
            last = cut
        parts.append(text[last:])
        return "".join(parts), added

    def _label_ends_headed_list(self, text: str, out: Walk) -> None:
        """Under a body's heading on a line of its own ("Festnämnden:" over "Bo Lind,
        ordförande" and name lines), a label's line of the same shape whose word names no body,
        no office and no place ("Revisorer:Eva Ek, ordförande", "Prisdomare:Gun Berg",
        "Klubbmästare:Per Holm") ends the body's list: the names on it and after it hold no
        seat of the body above (nor a guess of the tagger's)."""
        ends: list[int] = []
        for mt in _LABEL_OVER_NAME_LINES.finditer(text):
            head = mt.group("head")
            if (
                self.lex.body_kind(head.casefold()) is None
                and not self.lex.role_of(head.casefold())
                and not self.lex.find_role(head)
                and place_of(head, self.reader.morph) is None
            ):
                ends.append(mt.start("head"))
        if not ends:
            return
        dropped = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and re.match(r":?[ \t]*\n", text[f.target.end : f.target.end + 8])
            and text[text.rfind("\n", 0, f.target.start) + 1 : f.target.start].strip() == ""
            and any(f.target.end < at <= f.actor.start for at in ends)
        ]
        if not dropped:
            return
        out.no_seat += [(f.actor.start, f.actor.end) for f in dropped]
        out.findings = [f for f in out.findings if all(f is not d for d in dropped)]

    def _hyphens_parted(self, text: str) -> str:
        """``text`` with a space for the hyphen in a line's "Name-office" items ("Bror
        Lind-ordförande, Eva Ek-vice ordförande, Gun Berg-kassör"; the same length) where two
        or more of the line's items end in an office's word: the words after the hyphen are
        each item's own office or task; and with a comma for the hyphen of "Aino Ek- Testby"
        (:data:`_HYPHEN_BEFORE_PLACE`), the person's place after the name."""
        cuts: list[int] = []
        for line in re.finditer(r"[^\n]+", text):
            found = list(_HYPHENED_OFFICE.finditer(line.group()))
            roles = sum(
                1
                for mt in found
                if self.lex.role_of(mt.group("office"))
                or self.lex.role_of(mt.group("office").split()[0])
            )
            if roles >= 2:
                cuts += [line.start() + mt.start("dash") for mt in found]
        if not cuts:
            return _commas_for_dashes(text)
        chars = list(text)
        for cut in cuts:
            chars[cut] = " "
        return _commas_for_dashes("".join(chars))

    def _elected_terms_blanked(self, text: str) -> str:
        """``text`` with spaces for the term at the end of list lines that each name a person,
        perhaps with an office, then the term the person was elected for ("Aino Ek
        puheenjohtaja valittu kaudelle 2018-2020" / "Bo Lind valittu kaudelle 2019-2021"; the
        same length), when two such lines follow each other: the term is no part of the
        entry."""
        found = []
        for mt in _ELECTED_TERM_LINE.finditer(text):
            head_start = mt.start("head") + len(mt.group("head")) - len(mt.group("head").lstrip())
            person = self._first_person(text, head_start, mt.end("head"))
            if person is None or person.start != head_start or len(person.name.split()) < 2:
                continue
            rest = text[person.end : mt.end("head")].strip(" \t,")
            if rest and self.lex.role_of(rest) is None:
                continue
            found.append(mt)
        if len(found) < 2:
            return text
        chars = list(text)
        for a, b in itertools.pairwise(found):
            if not text[a.end() : b.start()].strip():
                # (two such lines in a row, blank lines between them allowed)
                for mt in (a, b):
                    chars[mt.start("tail") : mt.end("tail")] = " " * len(mt.group("tail"))
        return "".join(chars)

    def _offices_of_a_section(self, text: str, out: Walk) -> None:
        """ "… humanistisen osaston sihteerinä professori Aino Ek" among a board's people: an
        officer's word right after the genitive of a part of the organisation (a section, a
        unit) is that part's office, not the body's; the person is a member of the body (as
        a treasurer named among its people is)."""
        if self.lex.lang != "fi":
            return
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.role not in ("chair", "vice_chair", "secretary")
                or f.actor.kind != "person"
                or not f.rule.startswith("text-")
            ):
                continue
            a = max(f.quote[0], f.actor.start - 120)
            window = text[a : f.actor.start]
            cuts = list(_CLAUSE_START.finditer(window))
            clause = window[cuts[-1].end() :] if cuts else window
            found = self.lex.find_role(clause)
            if found is None or found[0] != f.role:
                continue
            before = clause[: found[1]].split()
            if before and _SECTION_GENITIVE.fullmatch(before[-1]):
                f.role = "member"

    def _walk_whole(self, text: str, progress: Callable[[int, int], None] | None) -> Walk:
        text = nicknames_moved(text)
        # "… omvaldes A, B," / "" / "C och D.": a sentence's names broken by a blank line
        # after a comma, read as one paragraph (the same length)
        text = _BROKEN_NAME_RUN.sub(lambda mt: mt.group(1) + " " * len(mt.group(2)), text)
        text = _WRAPPED_LABEL_NAMES.sub(lambda mt: mt.group(1) + " " * len(mt.group(2)), text)
        # "Timo Halonen, ministeriö" / "" / "(puheenjohtaja)": an office under its entry, read
        # on the entry's line (the same length)
        text = _OFFICE_IN_BRACKETS_BELOW.sub(
            lambda mt: (
                mt.group(1) + " " * len(mt.group(2)) + mt.group(0)[mt.end(2) - mt.start() :]
                if self.lex.role_of(mt.group("office"))
                else mt.group(0)
            ),
            text,
        )
        # "Ledamot/Vice ordförande - Johan Linell": a member's seat and the office held in it,
        # the office read (the same length)
        text = _MEMBER_SLASH_OFFICE.sub(lambda mt: mt.group(1) + " " * len(mt.group(2)), text)
        text = _ENTRY_WITH_COLON.sub(
            lambda mt: (
                mt.group(0)[: mt.start("colon") - mt.start()]
                + " "
                + mt.group(0)[mt.end("colon") - mt.start() :]
            ),
            text,
        )
        text = self._hyphens_parted(text)
        text = self._elected_terms_blanked(text)
        # "AINO EK" / "ordförande" / "BO LIND" …: names in capitals with their posts under
        # them, each name in the usual case and its post after a comma (the same length)
        text = self.unflatten.capital_name_cards(text)
        # "Ordförande: AINO EK, professor" / "Sekreterare: BO LIND" …: the same, one a line
        text = self.unflatten.capital_names_after_offices(text)
        self._respell(text)
        out = self._walk(text, progress)
        flat = self.unflatten.pairs(text)
        if flat:
            # a list flattened into one line that the rules did not read as it stands: read
            # again with its entries on lines of their own (the same length: every span is
            # still the document's)
            seated = [(f.actor.start, f.actor.end) for f in out.findings if f.kind == "membership"]
            read = sum(1 for a, b in flat if any(a < e and s < b for s, e in seated))
            if read * 2 < len(flat):
                out = self._walk(self.unflatten(text), progress)
        # a photo's caption of more than one term's people ("Vuoden 2023 ja 2024 hallituksen
        # edustajia yhteiskuvassa. Ylärivi vasemmalta: A, B …") gives no seat
        # the auditors' deputy, and the meeting's secretary elected in the sentence after its
        # chair, hold no seat in a body
        unseated = [
            f
            for f in out.findings
            if f.kind == "membership"
            and (
                (f.role == "deputy_member" and self._auditors_deputy(text, f.actor.start))
                or (f.role == "secretary" and self._meetings_secretary(text, f.actor.start))
            )
        ]
        out.no_seat += [(f.actor.start, f.actor.end) for f in unseated]  # nor a guess
        self._seats_left_or_taken_over(text, out)
        out.findings += _chairs_in_brackets(text, out.findings)
        dropped = {id(f) for f in unseated}
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership"
            or not (photo_of_several_terms(text, f.actor.start) or id(f) in dropped)
        ]
        # (a page's history section, its founders' board listed there: history_sections)
        first_boards = [mt.span() for mt in _FIRST_BOARD.finditer(text)] + history_sections(text)
        supported = [mt.span() for mt in _GOT_SUPPORT.finditer(text)]
        for f in out.findings:
            if f.kind == "membership" and f.role == "chair" and not f.status:
                s0, s1 = f.quote
                if _FIRST_OF_CHAIRS.search(text, max(s0, f.actor.start - 60), f.actor.start) and (
                    _SECOND_OF_CHAIRS.search(text, f.actor.end, s1)
                ):
                    # "Ensimmäiseksi puheenjohtajaksi A, toiseksi puheenjohtajaksi B": the
                    # first of the chair's deputies, numbered as the second is
                    f.role = "vice_chair"
        # a photographer's credit, a meeting's presidium: no seat, nor a guess at one
        # a permanent expert ("pysyvä asiantuntija") attends, holds no seat
        unseated = [
            f
            for f in out.findings
            if f.kind == "membership"
            and (
                f.role == "permanent_expert"
                or credited(text, f.actor.start)
                or self._meeting_presidium(text, f)
                or _outside_the_body(text, f)
                or _under_an_outside_label(text, f)
                # "Kontaktperson: Kim von Hackwitz" under a body's list: whom to ask, no seat
                or _CONTACT_LABEL.match(text, text.rfind("\n", 0, f.actor.start) + 1) is not None
                # "Sekreterare: Bo Lind (adjungerad)": co-opted, heard but holding no seat
                or _ADJUNCT_RIGHT_AFTER.match(text, f.actor.end) is not None
                # "Den första styrelsen såg ut så här: ordförande A, …": a history's founding
                # board, no seat now
                or any(a <= f.actor.start < b for a, b in first_boards)
                # "jäseniksi saivat kannatusta A ja B": votes got, no seat said
                or any(a <= f.actor.start < b for a, b in supported)
            )
        ]
        out.no_seat += [(f.actor.start, f.actor.end) for f in unseated]
        out.no_seat += supported
        # "Årsmötet leddes sedan av A": the meeting's chair, nor a guess of the tagger's
        out.no_seat += [
            (mt.start("name"), mt.end("name")) for mt in _MEETING_LED_BY_NAME.finditer(text)
        ]
        out.no_seat += [
            (mt.start("name"), mt.end("name")) for mt in _ADJUNCT_LINE_NAME.finditer(text)
        ]
        out.no_seat += [
            (mt.start("name"), mt.end("name")) for mt in _NOT_A_MEMBER_LABEL.finditer(text)
        ]
        # "Koulun edustajina kokouksissa ovat toimineet rehtori A": who attend the meetings
        # for another party, no seat, nor a guess of the tagger's
        out.no_seat += [mt.span() for mt in _AT_MEETINGS_FOR.finditer(text)]
        # "Kesäkoulun ohjaajina olivat A, B ja C": a club's coaches or instructors,
        # its staff, no seat, nor a guess of the tagger's
        out.no_seat += [mt.span() for mt in _COACHES_WERE.finditer(text)]
        # "Årets pris delades ut till A och B för deras arbete med X": a prize handed out, no
        # seat, nor a guess of the tagger's
        out.no_seat += _handed_out(text)
        # "Sihteerinä toimii hallituksen ulkopuolelta A": a post outside the board, no seat,
        # nor a guess of the tagger's
        out.no_seat += [mt.span("name") for mt in _OUTSIDE_THEN_NAME.finditer(text)]
        # "Kalastuksen valvojiksi valittiin A ja B": chosen for a task, no seat in a body, nor
        # a guess of the tagger's
        out.no_seat += [
            mt.span()
            for mt in _TASK_CHOSEN.finditer(text)
            if not self.lex.role_of(mt.group("post"))
        ]
        out.no_seat += [mt.span("name") for mt in _FAMILY_MEMBER_NAME.finditer(text)]
        out.no_seat += self._byline(text, out)
        out.findings = [f for f in out.findings if all(f is not u for u in unseated)]
        # (after those: a photographer's credit names no one in a gallery's captions)
        self._label_ends_headed_list(text, out)
        self._caption_gallery(text, out)
        self._unread_photo_rows(text, out)
        self._names_across_paragraphs(text, out)
        self._next_role_word_after_names(text, out)
        self._labels_then_values(text, out)
        self._topic_groups(text, out)
        self._seats_elsewhere_on_list_lines(text, out)
        self._bare_kind_beside_named(out)
        self._genitive_read_elsewhere_as_written(out)
        self._passive_object_as_written(text, out)
        self._genitive_written_elsewhere_without_ending(text, out)
        self._name_cut_at_the_end(text, out)
        self._collective_named_in_full(text, out)
        self._card_beside_election(out)
        self._bodies_with_members(text, out)
        self._terms_left(text, out)
        self._offices_in_parentheses_elected(text, out)
        self._inline_office_labels(text, out)
        self._cards_under_heading(text, out)
        self._repeated_name_cards(text, out)
        self._office_after_seat_line(text, out)
        self._name_under_office_line(text, out)
        self._deputies_not_serving(text, out)
        self._with_other_members(text, out)
        self._chair_signing_the_cover(text, out)
        self._item_election(text, out)
        self._seat_election_items(text, out)
        self._sorted_name_runs(text, out)
        self._fi_item_election(text, out)
        self._deputies_item(text, out)
        self._deputies_after_members(text, out)
        self._meeting_officer_items(text, out)
        self._cells_run_together(text, out)
        self._duty_after_name(out)
        self._counted_board_lines(text, out)
        self._heading_split_over_lines(text, out)
        self._numbered_attendance_lines(text, out)
        self._flat_attendance_runs(text, out)
        self._padded_roll_lines(text, out)
        self._party_post_rows(text, out)
        self._office_lines_then_groups(text, out)
        self._name_then_office_cards(text, out)
        self._name_office_run_line(text, out)
        self._semicolon_office_run(text, out)
        self._label_run_into_email(text, out)
        self._labelled_run_over_blank_line(text, out)
        read_rosters(self, text, out)
        self._masthead_body(text, out)
        self._terms_before_the_current(text, out)
        self._unit_chair_on_list_line(out)
        self._prose_office_beside_list(out)
        self._organisation_secretary_with_seat(text, out)
        self._meeting_board_by_its_word(text, out)
        self._prose_chair_before_elected(text, out)
        self._bodiless_officer_before_seats(text, out)
        self._said_to_have_left(text, out)
        self._history_section_seats(text, out)
        return out

    def _sentence_verb(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` (the rest of a bullet after its name) has a verb that
        makes the bullet a sentence; a word in -as right after the dash or comma that ends the
        name and right before a word naming a seat ("Eva Ek - aktivas representant", "Bo Lind,
        föräldrarnas ledamot") is a genitive plural, no passive verb."""
        for mt in _SENTENCE_VERB.finditer(text, start, end):
            word = mt.group()
            nxt = _NEXT_WORD.match(text, mt.end(), end)
            if (
                word.endswith("as")
                and _NAME_SEPARATOR.fullmatch(text, start, mt.start())
                and nxt is not None
                and (found := self.lex.find_role(nxt.group(1))) is not None
                and found[1] == 0
            ):
                continue
            return True
        return False

    def _meeting_board_by_its_word(self, text: str, out: Walk) -> None:
        """ "Seura valitsi vuosikokouksessaan uudeksi puheenjohtajaksi A. Myös johtokunta
        uusittiin ja johtokunnan jäseniksi valittiin B, C ja D": the seats the electing
        meeting fills are its board's, and when every other seat the page gives is in one
        body named by a bare board word of another spelling ("Johtokunta"), that word names
        the board."""
        if self.electing is None:
            return
        board = self.lex.board.casefold()
        held = [f for f in out.findings if f.kind == "membership" and f.target is not None]
        met = [
            f
            for f in held
            if f.target.name.casefold() == board and self.electing.fullmatch(f.target.written)
        ]
        if not met:
            return
        others = {f.target.name for f in held if not any(f is g for g in met)}
        if not others:
            # "Kerhon perustamiskokouksessa puheenjohtajaksi valittiin A, …" and, further on,
            # "kerhon johtokunnassa": with no other seat given, the one board the page names
            # bare or in the association's genitive names the board
            others = {
                b.name.split()[-1].capitalize()
                for b, _span in out.named
                if not b.plural
                and _BOARD_WORD.fullmatch(b.name.split()[-1])
                and (
                    len(b.name.split()) == 1
                    or (len(b.name.split()) == 2 and self._organisation_genitive(b.name.split()[0]))
                )
            }
        if not others and self.lex.lang == "fi":
            # "Muutoksia ei johtokuntaan tullut" / "kerhon puheenjohtajana jatkaa A": a page
            # that speaks of its "johtokunta" (or "hoitokunta") in any form, never of a bare
            # "hallitus", names the board by that word
            said = {mt.group(1).casefold() for mt in _FI_BOARD_FORMS.finditer(text)}
            if len(said) == 1 and (word := said.pop()) != "hallitu":
                others = {word.capitalize() + "ta"}
        if len(others) > 1 and len(bare := {n for n in others if " " not in n}) == 1:
            # "… seuran puheenjohtajaksi A." / "Johtokunnan jäseniksi valittiin B …" /
            # "Testimaan Liikunta ry:n hallitukseen valittiin C": a body named with another
            # organisation is that one's; the one bare word left names the board
            others = bare
        if len(others) != 1:
            return
        name = next(iter(others))
        if " " in name and not self._own_board(name):
            return
        if name.casefold() == board or not self.anaphora.fullmatch(name.split()[-1]):
            return
        for f in met:
            f.target = replace(f.target, name=name)

    def _byline(self, text: str, out: Walk) -> list[tuple[int, int]]:
        """A news text's first line that is only a person's name, right over a long line of
        prose, the name given no seat and not written again: the writer's byline, no seat,
        nor a guess of the tagger's."""
        mt = _BYLINE.match(text)
        if mt is None:
            return []
        s, e = mt.span("name")
        if any(f.actor.start < e and s < f.actor.end for f in out.findings):
            return []
        toks = tokens(text, s, e)
        person = self.reader.person_at(toks, 0, in_list=True) if toks else None
        if person is None or person.end != e:
            return []
        last = mt.group("name").split()[-1]
        if re.search(rf"(?<![\w-]){re.escape(last[:5])}", text[e:], re.I):
            return []
        return [(s, e)]

    def _own_board(self, name: str) -> bool:
        """A board named by the association's bare genitive and a board word ("Yhdistyksen
        johtokunta", "Seuran hallitus"): the page's own board, not another organisation's."""
        words = name.split()
        return (
            len(words) == 2
            and bool(_BOARD_WORD.fullmatch(words[1]))
            and _BARE_ASSOCIATION.fullmatch(words[0]) is not None
        )

    def _organisation_genitive(self, word: str) -> bool:
        """An association's word in the genitive ("yhdistyksen", "seuran", "ry:n",
        "föreningens"), no municipality's."""
        low = word.casefold()
        if low.endswith("yhdistyksen"):
            return True
        kind = self.lex.org_kind(low)
        return kind is not None and kind[1] != "municipality"

    def _organisation_secretary_with_seat(self, text: str, out: Walk) -> None:
        """ "Yhdistyksen sihteerinä jatkaa A", "Föreningens sekreterare är A" of a person the
        page also seats in the board as a member or a deputy: the association's secretary, an
        officer of the association, not the board's; the seat stays, the secretary's goes."""
        seated = {
            f.actor.name
            for f in out.findings
            if f.kind == "membership"
            and f.role in ("member", "deputy_member")
            and not f.status
            and f.target is not None
        }
        if not seated:
            return
        keep = []
        for f in out.findings:
            if (
                f.kind == "membership"
                and f.role == "secretary"
                and not f.status
                and f.actor.name in seated
                and f.quote[0] <= f.actor.start
                and (said := _ORGANISATION_SECRETARY.search(text, f.quote[0], f.actor.start))
                and self._organisation_genitive(said.group("org"))
            ):
                continue
            keep.append(f)
        out.findings = keep

    @staticmethod
    def _bodiless_officer_before_seats(text: str, out: Walk) -> None:
        """ "12. Val av styrelsemedlemmar …" / "13. Bo Ek som ordförande, 1 år." / "14. Som
        styrelseledamöter omvaldes A och B.": an officer's seat read with no body, between a
        line that names the body's seats ("styrelse-") and the seats read right after it
        (within 300 characters) in that one body, is the officer's seat there."""
        held = [
            f
            for f in out.findings
            if f.kind == "membership" and not f.status and f.actor.kind == "person"
        ]
        for f in held:
            if f.target is not None or f.role not in ("chair", "vice_chair", "secretary"):
                continue
            after = [
                g
                for g in held
                if g.target is not None and f.actor.end < g.actor.start <= f.actor.end + 300
            ]
            names = {g.target.name.casefold() for g in after}
            if len(names) != 1:
                continue
            body = after[0].target
            stem = re.sub(r"(?:en|et|n|t)$", "", body.name.casefold().split()[-1])
            line = text.rfind("\n", 0, f.actor.start)
            before = text[max(0, line - 300) : max(0, line)].casefold()
            if len(stem) < 5 or stem not in before:
                continue
            f.target = body

    @staticmethod
    def _prose_chair_before_elected(text: str, out: Walk) -> None:
        """ "… redovisades av ordförande A." and further on the election's list line
        "Ordförande (1 år): B": the chair a sentence names before the list that elects another
        person chair of the same body is the outgoing one; no seat, nor a guess at one."""
        listed = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.role == "chair"
            and not f.status
            and f.rule == "list-entry"
            and f.target is not None
            # the election's line with the seat's term ("Ordförande (1 år): B")
            and re.search(r"\(\s*\d", text[f.quote[0] : f.quote[1]])
        ]
        if not listed:
            return
        gone = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.role == "chair"
            and not f.status
            and f.rule == "text-role-before"
            and f.target is not None
            and any(
                g.target is not None
                and g.target.name.casefold() == f.target.name.casefold()
                and g.actor.name != f.actor.name
                and g.actor.start > f.actor.end
                for g in listed
            )
            and not any(
                g is not f and g.kind == "membership" and g.actor.name == f.actor.name
                for g in out.findings
            )
        ]
        if not gone:
            return
        out.no_seat += [(f.actor.start, f.actor.end) for f in gone]
        out.findings = [f for f in out.findings if all(f is not d for d in gone)]

    @staticmethod
    def _unit_chair_on_list_line(out: Walk) -> None:
        """ "Kretsordförande Aino Ek (Vasa)", "Förbundsordförande Bo Lind" on a line of a
        board's list: the chair of the association (or its district) at the line's start, the
        board's chair; the title is no part of the name."""
        for f in out.findings:
            if f.kind != "membership" or f.role != "member" or f.rule != "list-entry":
                continue
            words = f.actor.name.split()
            if len(words) < 3 or not _UNIT_CHAIR.fullmatch(words[0]):
                continue
            at = f.actor.written.find(words[1])
            if at < 0 or not f.actor.written.startswith(words[0]):
                continue
            f.actor = replace(
                f.actor,
                start=f.actor.start + at,
                written=f.actor.written[at:],
                name=" ".join(words[1:]),
            )
            f.role = "chair"

    @staticmethod
    def _prose_office_beside_list(out: Walk) -> None:
        """ "Viceordförande Bo Ek (Vasa) är beredd att …" in a paragraph about another body,
        and "Viceordförande Bo Ek (Vasa)" in the list under the board's heading: an office said
        in prose of a body the sentence does not name (the body of the text around it) is the
        one the list gives the same person, not a second one in that other body."""
        listed = {
            (f.actor.name, f.role): f.target.name
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and not f.status
            and f.rule.startswith("list-")
            and f.role in ("chair", "vice_chair", "secretary")
        }
        if not listed:
            return
        out.findings = [
            f
            for f in out.findings
            if not (
                f.kind == "membership"
                and f.rule == "text-role-before"
                and f.target is not None
                and not f.status
                and not f.quote[0] <= f.target.start < f.quote[1]
                and listed.get((f.actor.name, f.role)) not in (None, f.target.name)
            )
        ]

    def _deputies_not_serving(self, text: str, out: Walk) -> None:
        """ "Eva Ek, S, ej tjänstgörande ersättare 12": a minutes' attendance entry of a deputy
        present who did not serve (a party after the name, the paragraph's number perhaps
        after it): a deputy's seat in the body the minutes' cover seated its deciding members
        in, when all of one body."""
        bodies = {
            f.target.name: f.target
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and not f.status
            and f.rule.startswith(("minutes", "cover"))
        }
        if len(bodies) != 1:
            return
        body = next(iter(bodies.values()))
        taken = [(f.actor.start, f.actor.end) for f in out.findings if f.actor.kind == "person"]
        for mt in _NOT_SERVING_DEPUTY.finditer(text):
            s, e = mt.span("name")
            if any(a < e and s < b for a, b in taken):
                continue
            toks = tokens(text, s, e)
            person = self.reader.person_at(toks, 0, in_list=True) if toks else None
            if person is None or person.end != e:
                continue
            out.findings.append(
                Finding("membership", person, "deputy_member", body, mt.span(), 0.6,
                        "minutes-not-serving-deputy")
            )  # fmt: skip
            taken.append((s, e))

    def _with_other_members(self, text: str, out: Walk) -> None:
        """ "Olle Ek fortsätter som styrelseordförande med Bo Lind (kassör), Eva Berg, Siv Holm
        (sekreterare) och Ann Vik (viceordförande), som övriga medlemmar": each name after
        "med" is a member of the chair's body named just before in the same sentence, an
        officer when the parenthesis after the name names an office (a treasurer's is a
        member's seat). Nothing is read unless every entry is a name with at most its office
        in parentheses, joined by commas and "och"."""
        if self.lex.lang != "sv":
            return
        for mt in _WITH_OTHER_MEMBERS.finditer(text):
            at = mt.start()
            chairs = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.role == "chair"
                and f.target is not None
                and not f.status
                and f.actor.end <= at
                and at - f.actor.end < 150
                and not re.search(r"[.!?\n]", text[f.actor.end : at])
            ]
            if not chairs:
                continue
            body = chairs[-1].target
            entries = self._other_members_list(tokens(text, mt.start("list"), mt.end("list")))
            if not entries:
                continue
            for person, role in entries:
                held = [
                    f
                    for f in out.findings
                    if f.kind == "membership" and f.actor.start < person.end
                    and person.start < f.actor.end
                ]  # fmt: skip
                if held:
                    continue
                out.findings.append(
                    Finding("membership", person, role, body, (person.start, mt.end()), 0.6,
                            "with-other-members")
                )  # fmt: skip

    def _other_members_list(self, toks: list[Token]) -> list[tuple[Mention, str]]:
        """The names of :meth:`_with_other_members`' list and each one's seat, or none."""
        entries: list[tuple[Mention, str]] = []
        i = 0
        while i < len(toks):
            person = self.reader.person_at(toks, i, in_list=True)
            if person is None:
                return []
            i = next((x for x in range(i, len(toks)) if toks[x].start >= person.end), len(toks))
            role = "member"
            if i < len(toks) and toks[i].text == "(":
                close = next((x for x in range(i, len(toks)) if toks[x].text == ")"), None)
                if close is None:
                    return []
                said = " ".join(t.text for t in toks[i + 1 : close])
                office = self.lex.role_of(said)
                if office in ("chair", "vice_chair", "secretary"):
                    role = office
                elif said.casefold() not in TREASURER_WORDS:
                    return []
                i = close + 1
            entries.append((person, role))
            if i < len(toks) and toks[i].text in (",", "och"):
                i += 1
            elif i < len(toks):
                return []
        return entries

    def _seats_left_or_taken_over(self, text: str, out: Walk) -> None:
        """A seat whose name a remark says was left ("Sekreterare  Aino Ek, avgick, se protokoll
        nr 3") ended during the term; a member named after "ersattes som sekreterare av
        (ledamoten)" holds the office taken over."""
        for f in out.findings:
            if f.kind != "membership" or f.status:
                continue
            if _LEFT_AFTER_NAME.match(text, f.actor.end):
                f.status = "ended"
            elif took := _REPLACED_AS.search(text, max(0, f.actor.start - 160), f.actor.start):
                role = self.lex.role_of(took.group(1))
                if role in ("chair", "vice_chair", "secretary") and f.role == "member":
                    f.role = role

    def _seat_body_before(self, text: str, start: int, end: int) -> Mention | None:
        """The body with members named last in ``text[start:end]`` (a committee of a board's
        left out), as a mention in its base form."""
        best = None
        for mt in _BODY_WORD.finditer(text, start, end):
            word = mt.group(0)
            if _SUB_COMMITTEE_HEAD.fullmatch(word) or not self._seat_body_word(word):
                continue
            if text.rfind("(", start, mt.start()) > text.rfind(")", start, mt.start()):
                continue  # "Aino Berg (Norrby byaråd)": an entry's own, in parentheses
            best = mt
        if best is None:
            return None
        word = best.group(0)
        name = word if word.isupper() else word[:1].upper() + word[1:]
        return Mention(
            best.start(), best.end(), word, name, self.lex.body_kind(word.casefold()) or "body", 0.7
        )

    def _intro_body(self, text: str, pos: int) -> Mention | None:
        """The body with members named in the paragraph of the last line before ``pos`` (up
        to 800 characters back) that ends in a colon and names one ("Sist valdes
        styrelsen. Mötet följde valberedningens förslag:"), passing over labels of offices
        ("Ordförande 1 år:") that name none."""
        # (a slide's bullets run onto one line: one a line, as the reading had them)
        text = self._bullets_apart(text)
        lines = list(_COLON_LINE.finditer(text, max(0, pos - 800), pos))
        lines += [
            mt
            for mt in _BODY_LINE.finditer(text, max(0, pos - 800), pos)
            if self._seat_body_word(mt.group("word"))
        ]
        lines.sort(key=lambda mt: mt.start())
        for ln in reversed(lines):
            par = max(text.rfind("\n\n", 0, ln.start()) + 1, ln.start() - 400)
            body = self._seat_body_before(text, par, ln.end())
            if body is None:
                continue
            # "valdes styrelse, valberedning och revisorer enligt nedan:": seats in several
            # bodies, none for all (a committee whose proposal was followed is no other body)
            # nor when the page names another body with members elsewhere
            others = {
                mt.group(0).casefold()
                for mt in _BODY_WORD.finditer(text)
                if (_SUB_COMMITTEE_HEAD.fullmatch(mt.group(0)) or self._seat_body_word(mt.group(0)))
                and not _PROPOSAL_OF.match(text, mt.start())
                # ("Valberedning 1 år: A": a label over a list of its own)
                and not _OWN_LABEL.match(text, mt.end())
                # ("Aino Berg (Norrby byaråd)": an entry's own, in parentheses)
                and text.rfind("(", 0, mt.start()) <= text.rfind(")", 0, mt.start())
            }
            first = body.written.casefold()
            same = all(o.startswith(first[:-1]) or first.startswith(o[:-1]) for o in others)
            # "Till styrelse i Lärarstiftelsen valdes:", "… styrelsen som 2020 består av:": a
            # lead-in that elects to one body or gives its composition is that body's,
            # whatever other bodies the page names elsewhere (not "En ny styrelse valdes …,
            # följande personer ingår:")
            own = _ELECTED_TO_ONE.fullmatch(text, ln.start(), ln.end()) is not None and [
                mt.span()
                for mt in _BODY_WORD.finditer(text, ln.start(), ln.end())
                if (_SUB_COMMITTEE_HEAD.fullmatch(mt.group(0)) or self._seat_body_word(mt.group(0)))
                and not _PROPOSAL_OF.match(text, mt.start())
            ] == [(body.start, body.end)]
            if own and (of := _BODY_OF_NAMED.match(text, body.end, ln.end())) is not None:
                # "Till styrelse i Lärarstiftelsen valdes:": the body with whose it is
                said = text[body.start : of.end()]
                body = replace(body, end=of.end(), written=said, name=body.name + of.group())
            return body if same or own or self._make_up_said(text, body, ln.end()) else None
        return None

    @staticmethod
    def _make_up_said(text: str, body: Mention, end: int) -> bool:
        """Whether the lead-in sentence ending at ``end`` says ``body``'s make-up, the body
        named in it ("Så här ser styrelsen ut i år:", "Festkommittén har följande utseende:"):
        the list under it is that body's, whatever other bodies the page names."""
        start = max(text.rfind(". ", 0, body.start), text.rfind("\n", 0, body.start)) + 1
        return "." not in text[body.end : end] and _MAKE_UP.search(text, start, end) is not None

    def _sheet_label_heads(self, label: str) -> bool:
        """Whether a fact sheet's label heads a list: a body's name ("Styrelsen"), or a
        publication's credit ("Historikens redaktion"), which ends the list before it (not a
        seat's word: "Suppleant:   A   nyval" in minutes stays the line it is)."""
        return bool(self.reader.bodies(tokens(label))) or bool(_CREDIT_HEADING.fullmatch(label))

    @functools.cached_property
    def _cut_offices(self) -> frozenset[str]:
        """The office words cut short by their last one or two letters ("varapuheenjohta")."""
        return frozenset(o[:-k] for o in self.lex.office_words for k in (1, 2))

    def _wrapped_offices(self, text: str) -> set[str]:
        """The office words broken by a hyphen at a line's wrap ("varapuheen-johtajana",
        "puheenjoh-tajaksi"): the hyphen falls inside the office word, never after it
        ("puheenjohtaja-ehdokas" is a candidate), with either reader."""
        wrapped: set[str] = set()
        for word in re.findall(r"(?<![\w-])[a-zåäö]{3,}-[a-zåäö]{3,}(?![\w-])", text, re.I):
            low = word.casefold()
            whole = low.replace("-", "")
            cut = low.index("-")
            if any(whole.startswith(o) and cut < len(o) for o in self.lex.office_words):
                wrapped.add(word)
        return wrapped

    def _respell(self, text: str) -> None:
        """The office words misspelt in ``text`` (words the dictionary does not know, with
        voikko only: the rules know no dictionary; and with either reader an office word cut
        short by its last one or two letters)."""
        unknown: set[str] = set()
        if self.lex.office_words:
            voikko = self.reader.morph.name == "voikko"
            for word in set(re.findall(r"(?<![\w-])[a-zåäö]{10,}(?![\w-])", text, re.I)):
                if word.casefold() in self._cut_offices:
                    unknown.add(word)  # "Varapuheenjohta": cut short, with either reader
                elif voikko and not self.reader.morph.analyse(word):
                    unknown.add(word)
            unknown |= self._wrapped_offices(text)
        if self.lex.office_words or self.lex.respelt_words:
            # a seat's heading alone on its line, one letter off ("Suppleater"), with either
            # reader (no dictionary of Swedish tells the words it does not know)
            unknown |= {
                w for w in re.findall(r"(?m)^[ \t]*([A-ZÅÄÖa-zåäö]{10,})[ \t]*:?[ \t]*$", text)
            }
        self.lex.respell(unknown)
        self.reader.learn_page_places(text)
        self.reader.learn_page_organ(text)
        self.reader.forget()

    def _walk(self, text: str, progress: Callable[[int, int], None] | None = None) -> Walk:
        out = Walk()
        ctx = Context()
        self._card_end: int | None = None  # where the last photo card read ends
        text = self.unflatten.entries(text)
        # "marjut.kuosma(AT)gmail.com": an address written round a spam filter is one word, not
        # a parenthesis inside the entry's ("[AT]", the same length: every span is the text's)
        text = _OBFUSCATED_AT.sub(lambda mt: f"[{mt.group()[1:-1]}]", text)
        text = self._intro_colons(text)
        text = self._label_comma_runs(text)
        text = self._lead_semicolons(text)
        text = self._terms_in_labels(text)
        text = _BARRED_POSTS.sub(self._barred_post, text)
        text = self._bullets_apart(text)
        text = _numbered_run_apart(text)
        text = _sheet_labels_apart(text, self._sheet_label_heads)
        # "Leif Ek (omval) Eva Berg (nyval)": entries run together on a line, each closed by
        # its election's note; one entry a line (the same length)
        text = _ELECTION_NOTE_RUN.sub(lambda mt: mt.group(1) + "\n", text)
        paras = paragraphs(text, stands_alone=self._stands_alone)
        k = 0
        read_until = 0
        while k < len(paras):
            used = self._cell_table(text, paras, k, ctx, out)
            if used:
                k += used
                continue
            p = paras[k]
            if (card := self._office_card(text, paras, k, ctx)) is not None:
                out.findings += card[0]
                # "Kylälän Ns" under the name: whom the person stands for, no one's name
                out.no_seat += [(ln.start, ln.end) for ln in paras[k + card[1] - 1].lines[1:]]
                k += card[1]
                continue
            if (staff := self._staff_section(text, paras, k)) is not None:
                out.no_seat.append(staff)  # the staff's contacts: no seats, nor a guess
            if used := self._staff_reps_deputy(text, paras, k):
                # "Personalrepresentanten" / "Aino Berg" / "Ersättare" / "Bo Lind": the staff
                # representative's deputy, no seat in the body, nor a guess
                out.no_seat.append((p.start, paras[k + used - 1].end))
                k += used
                continue
            if (pair := self._office_between_pair(text, paras, k, ctx, out)) is not None:
                out.findings += pair
                k += 2
                continue
            found, used = self._names_over_roles(text, paras, k, ctx)
            if used:
                out.findings += found
                # "Eva Ek" / … / "Revisor": an auditor's card holds no seat, nor a guess
                out.no_seat += [
                    (q.start, q.end)
                    for q in paras[k : k + used]
                    if not any(q.start <= f.actor.start < q.end for f in found)
                ]
                k += used
                continue
            if len(p.lines) == 1 and k >= read_until:
                run = k + 1
                while (
                    run < len(paras)
                    and len(paras[run].lines) == 1
                    and text.count("\n", paras[run - 1].end, paras[run].start) <= 1
                ):
                    run += 1  # lines one under another, no blank line between
                read_until = run  # a run is read as cards once, from its first line
                under = (
                    self._roles_under_names(text, [q.lines[0] for q in paras[k:run]])
                    or self._officers_and_members(text, [q.lines[0] for q in paras[k:run]], ctx)
                    or self._offices_under_name_lines(text, [q.lines[0] for q in paras[k:run]], ctx)
                    or self._names_with_duties(text, [q.lines[0] for q in paras[k:run]], ctx)
                )
                if under:
                    out.findings += under
                    k = run
                    continue
            if len(p.lines) == 1 and k + 1 < len(paras) and len(paras[k + 1].lines) >= 1:
                # a card's role and its person on lines of their own
                card = self._role_card(text, p.lines[0], paras[k + 1].lines[0], ctx)
                if card:
                    out.findings += card
                    k += 2
                    continue
            if (
                len(p.lines) == 1
                and k + 2 < len(paras)
                and len(paras[k + 1].lines) == 1
                and (under := self._role_card(text, p.lines[0], paras[k + 2].lines[0], ctx))
                and (
                    second := self._role_card(
                        text, paras[k + 1].lines[0], paras[k + 2].lines[0], ctx
                    )
                )
            ):
                # "Vammaisneuvoston sihteeri" / "Työryhmän puheenjohtaja" / "Aino Mäki, title":
                # two posts stacked over the one person who holds both
                out.findings += under + second
                k += 3
                continue
            if (
                len(p.lines) == 2
                and len(p.lines[0].text.split()) == 1
                and not self.lex.role_of(p.lines[0].text)
                and k + 1 < len(paras)
                and (card := self._role_card(text, p.lines[1], paras[k + 1].lines[0], ctx))
            ):
                # "Lisätietoa" / "neuvoston sihteeri" / "Aino Mäki": a contact card under a
                # one-word heading
                out.findings += card
                k += 2
                continue
            if (cut := self._card_then_line(text, paras, k)) is not None:
                # "Aino Ek" / "rektor, Borgå" / "Bo Lind (": a card of a series and the next
                # name joined to it (a long title line before): the card, then the rest
                paras[k : k + 1] = cut
                p = paras[k]
                if read_until > k:
                    read_until += 1  # (the paragraphs after it moved on by one)
            ctx.card_series = self._in_card_series(text, paras, k)
            for part in self._split_after_label(text, p):
                self._paragraph(text, part, ctx, out)
            ctx.card_series = False
            if progress is not None:
                progress(p.end, len(text))
            k += 1
        self._close_group(ctx)
        self._officer_above_board(text, out)
        self._only_body(text, out)
        # names glued together ("Eino Rautiainen Sirkka Hämäläinen", minutes turned from PDF)
        # in a sentence's reading: which of them the role is for is unknown, so none of them
        # gets one (nor a bare seat from the name runs)
        glued = [
            (f.actor.start, f.actor.end)
            for f in out.findings
            if f.kind == "membership"
            and f.actor.kind == "person"
            and self.runs.glued(text, f.actor)
        ]
        # "Vuosikokousta johti A, sihteerinä toimi B": a meeting's officer holds no seat, and
        # the seat a run of the page gives B elsewhere is not hidden by that office
        led = [
            f for f in out.findings if f.kind == "membership" and self._meeting_presidium(text, f)
        ]
        if led:
            out.no_seat += [(f.actor.start, f.actor.end) for f in led]
            out.findings = [f for f in out.findings if all(f is not u for u in led)]
        seats = self.runs.read(text)
        if glued:
            out.findings = [
                f for f in out.findings if not any(a <= f.actor.start < b for a, b in glued)
            ]
            # (a chain of seat labels run together read them apart, each under its label)
            seats = [
                x for x in seats if x.chain or not any(a <= x.person.start < b for a, b in glued)
            ]
        out.findings = merge(self.runs, text, out.findings, seats)
        minutes = self._minutes(text)
        columns = [f.actor for f in minutes if f.rule == "minutes-columns"]
        if columns:
            # the minutes' two columns read whole: the sentences' reading of their names
            # ("ordf. Sune Dahl", the post before the next name) gives way
            a, b = min(p.start for p in columns), max(p.end for p in columns)
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
            ]
        out.findings += minutes
        attendance = self._attendance(text) or self._run_on_members(text) or self._present_run(text)
        if attendance:
            # the table's own reading replaces what sentences made of its run of words
            # ("Saarimäki Erkki 2. varapuheenjohtaja" after a party group named earlier)
            a, b = attendance[0].quote
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
            ]
            out.findings += attendance
        self._timed_attendance(text, out)
        self._present_seats_after_names(text, out)
        self._bare_names_after_presidium(text, out)
        self._comma_seats_of_another_body(text, out)
        self._names_then_roles(text, out)
        self._labelled_names_then_posts(text, out)
        self._labelled_comma_runs(text, out)
        # (a meeting's own secretary in its agenda gives way before the roll's seats are read)
        self._agenda_officer_items(text, out)
        self._board_meeting_present(text, out)
        self._present_from_body(text, out)
        self._names_then_placed_posts(text, out)
        self._present_absent_columns(text, out)
        self._member_deputy_columns(text, out)
        self._member_deputy_affiliation_rows(text, out)
        self._posts_line_then_names_line(text, out)
        self._post_grid_rows(text, out)
        self._plural_role_names(text, out)
        self._post_and_body_cards(text, out)
        self._body_over_caption(text, out)
        self._counted_composition(text, out)
        self._party_item_run(text, out)
        self._name_lines_with_organisations(text, out)
        self._present_members_column(text, out)
        self._present_members_rows(text, out)
        self._inverted_name_rows(text, out)
        self._present_members_flat(text, out)
        self._comma_role_run(text, out)
        self._present_capacities(text, out)
        self._members_and_bracketed_deputies(text, out)
        self._present_and_absent_member_labels(text, out)
        self._participants_table_rows(text, out)
        self._dashed_office_runs(text, out)
        self._marked_names(text, out)
        self._place_closed_pair_rows(text, out)
        self._members_section(text, out)
        self._sent_by_label(text, out)
        self._accepted_proposals(text, out)
        self._deputies_in_parentheses(text, out)
        self._said_deputies_in_parentheses(text, out)
        self._member_deputy_pairs_in_prose(text, out)
        self._choice_fell_on(text, out)
        self._seat_in_the_sentence_body(text, out)
        self._representatives_with_deputies(text, out)
        self._signatures(text, out)
        self._place_seat_rows(text, out)
        self._member_deputy_cells(text, out)
        self._numbered_deputy_rows(text, out)
        self._member_deputy_rows(text, out)
        self._attendance_pairs(text, out)
        self._present_in_capitals(text, out)
        self._counted_members(text, out)
        self._glued_entries(text, out)
        self._slash_column_pairs(text, out)
        self._appositions(text, out)
        self._influence_seats(text, out)
        self._caption_rows(text, out)
        self._list_groups_of_the_page_body(text, out)
        self._surname_first_lists(text, out)
        self._bare_heads(text, out)
        self._lists_of_the_one_body(text, out)
        self._broken_words(text, out)
        self._same_officers(text, out)
        self._seats_with_deputies(text, out)
        self._padded_deputy_label_lines(text, out)
        self._chosen_from_among(text, out)
        self._generic_bodies(text, out)
        # (after it: the body these lines' head names is theirs as the page writes it)
        self._office_name_place_lines(text, out)
        self._body_name_place_lines(text, out)
        self._body_presidium_lines(text, out)
        self._after_the_list(text, out)
        self._roles_after_names(text, out)
        self._posts_over_names(text, out)
        self._homes_after_listed_names(text, out)
        self._offices_after_homes(text, out)
        self._members_of_line_end(text, out)
        self._wrapped_caption(text, out)
        self._som_role_clauses(text, out)
        self._som_role_first(text, out)
        self._continue_in_body(text, out)
        self._seats_in_associations(text, out)
        self._role_becomes_clauses(text, out)
        self._said_to_have_died(text, out)
        self._seat_runs_in_prose(text, out)
        self._names_became_seats(text, out)
        self._body_dash_names(text, out)
        self._staying_on(text, out)
        self._seats_in_a_meeting(text, out)
        self._level_posts_in_prose(text, out)
        self._respective_offices(text, out)
        self._offices_of_own_organisations(text, out)
        self._offices_after_flattened_entries(text, out)
        self._officers_before_the_others(text, out)
        self._association_officers_over_members(text, out)
        self._treasurers(text, out)
        self._declined_reelection(text, out)
        self._list_named_after(text, out)
        self._taking_office_later(text, out)
        self._seat_said_of_names_before(text, out)
        self._the_others_as_before(text, out)
        self._term_not_begun(text, out)
        self._seat_term_not_begun(text, out)
        self._posts_before_names_as_titles(text, out)
        self._new_seats_for_a_year(text, out)
        self._titled_for_next_year(text, out)
        self._body_term_later(text, out)
        self._replacing_those_leaving(text, out)
        self._elected_for_a_term_to_come(text, out)
        self._elected_for_later_years(text, out)
        self._new_seats_at_the_autumn_meeting(text, out)
        self._glued_email_table(text, out)
        self._run_on_name_pairs(text, out)
        self._contact_card_members(text, out)
        self._email_cards_office_after(text, out)
        self._composition_before_meeting(text, out)
        self._name_then_post_items(text, out)
        self._members_word_nearer(text, out)
        self._adjusters_deputy(text, out)
        self._one_person_with_and_without_initial(out)
        self._deputy_in_parentheses_after_name(text, out)
        self._personal_deputies_and_successors(text, out)
        self._bracketed_deputies(text, out)
        self._bracketed_names_a_line(text, out)
        self._slash_runs_over_lines(text, out)
        self._padded_attendance_lines(text, out)
        self._co_officers(text, out)
        self._name_place_pairs(text, out)
        self._glued_next_entries(text, out)
        self._counted_label_groups(text, out)
        self._label_lines_of_others(text, out)
        self._members_named_in_prose(text, out)
        self._seat_compounds_broken(text, out)
        self._the_last_named(out)
        self._place_before_name(out)
        self._municipality_before_names(out)
        self._slash_rows_under_header(text, out)
        self._towns_after_names(out)
        self._places_after_list_names(text, out)
        self._entries_after_is(text, out)
        self._seat_title_name_lines(text, out)
        self._left_to_right_caption(text, out)
        self._titled_member_lines(text, out)
        self._compound_seat_list(text, out)
        self._elections_item_by_item(text, out)
        self._titled_body(text, out)
        self._deputies_run_on(text, out)
        self._labelled_runs(text, out)
        self._marked_pairs(text, out)
        self._head_and_vice_posts(text, out)
        self._task_sentences(text, out)
        self._speaking_seats(text, out)
        self._names_inside_bodies(text, out)
        self._new_chair_replaces(text, out)
        self._seats_until_earlier(text, out)
        self._meeting_board_as_written(out)
        self._meeting_delegates(text, out)
        self._records_of_name_place_post(text, out)
        self._initial_after_surname_first(text, out)
        self._organisation_word_after_names(text, out)
        self._offices_of_a_section(text, out)
        self._officer_run_sentences(text, out)
        self._elected_to_bodies(text, out)
        self._officer_from_another_body(text, out)
        self._and_elected_same_seats(text, out)
        self._spaced_name_rows(text, out)
        out.findings = [
            f
            for f in out.findings
            if f.actor.kind != "person" or not _STREET_NUMBER.match(text, f.actor.end)
        ]
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership"
            or f.role not in ("chair", "vice_chair", "secretary")
            or not _ACTING_FOR_A_MEETING.search(text, max(0, f.actor.start - 50), f.actor.start)
        ]
        meeting_officers = [mt.span("lines") for mt in MEETING_OFFICERS_ITEM.finditer(text)]
        if meeting_officers:
            dropped = [
                f
                for f in out.findings
                if f.kind == "membership"
                and any(a <= f.actor.start < b for a, b in meeting_officers)
            ]
            out.findings = [f for f in out.findings if all(f is not d for d in dropped)]
            out.no_seat += meeting_officers
        self._title_in_another_organisation(text, out)
        self._association_owner(text, out)
        self._numbered_body(text, out)
        self._office_word_before_name(out)
        self._label_after_name(text, out)
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not _POSTED_AGO.match(text, f.actor.end)
        ]  # "- Aino Berg / - för 8 år sedan": who posted the page, no seat
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership"
            or f.rule != "name-run"
            or not self._not_a_seat_before(text, f.actor.start)
        ]
        self._cover_page(text, out)
        self._renewed_trust(text, out)
        self._board_until_the_meeting(text, out)
        self._until_then_from(text, out)
        self._replaced_by(text, out)
        self._in_their_place(text, out)
        self._opener_superseded(text, out)
        self._meeting_chair_before_board(text, out)
        self._association_board(text, out)
        self._signed_names_then_titles(text, out)
        self._signatures_under_dateline(text, out)
        self._member_deputy_pairs_run_on(text, out)
        self._member_deputy_card_pairs(text, out)
        ApartReader(self).read(text, out)
        self._one_person_with_and_without_hyphen(out)
        self._title_of_honour_left_out(out)
        self._chair_by_office(text, out)
        self._officer_of_a_bare_genitive_body(text, out)
        self._compound_body_as_written(text, out)
        self._title_named_shorter(text, out)
        self._abbreviated_members(text, out)
        self._common_noun_first(text, out)
        self._teacher_in_charge(text, out)
        out.findings = [
            f
            for f in out.findings
            if f.actor.kind != "person"
            or len(f.actor.name.split()) < 4
            or _capital_run(text, f.actor.start, f.actor.end) < 6
        ]  # "LEDAMÖTER Anna Holm Lisa Dahl Per Nyberg": names run together, none told apart
        self._offices_after_names_on_a_line(text, out)
        # "Ingvar Svanborg, sekreterare" / "Berit Jonsson, justerare" closing minutes: the
        # meeting's officers signing, no seats (nor a post that outranks a seat said before)
        signatures = _signature_blocks(text)
        out.no_seat += signatures
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in signatures)
        ]
        self._most_specific(text, out)
        if progress is not None:
            progress(len(text), len(text))
        return out

    def _barred_post(self, mt: re.Match[str]) -> str:
        """ "- Ekonomiansvarig | 2:e vice ordförande": of two posts parted by a bar, an
        officer's (chair, vice chair, secretary) after one that is none is the one read; the
        other is blanked (the same length)."""
        first = mt.group("first").rstrip(" \t|")
        officers = ("chair", "vice_chair", "secretary")
        if self.lex.role_of(mt.group("second").strip()) not in officers or (
            self.lex.role_of(first) in officers
        ):
            return mt.group(0)
        return " " * len(mt.group("first")) + mt.group("second")

    @staticmethod
    def _cover_key(f: Finding) -> str:
        return " ".join(sorted(f.actor.name.casefold().split()))

    def _not_a_seat_before(self, text: str, start: int) -> bool:
        """Whether the sentence before ``start`` on its line names a post that is no seat
        ("Toimikunnan esittelijä on … Aino Aho", "föredragande är …")."""
        line_start = text.rfind("\n", 0, start) + 1
        before = re.split(r"[.!?]\s", text[line_start:start])[-1]
        return any(self.lex.role_of(w) == "presenter" for w in re.findall(r"\w+", before))

    def _org_word(self, word: str) -> bool:
        low = word.casefold()
        return self.lex.org_kind(low) is not None

    def _sentence_start(self, text: str, at: int) -> int:
        """Where the sentence holding ``at`` begins (after ". ", "! ", "? " or a line break)."""
        # (only the text after the last line break before ``at`` can hold a later end)
        lo = text.rfind("\n", 0, at) + 1
        cut = max(
            (k + 2 for c in (". ", "! ", "? ") if (k := text.rfind(c, lo, at)) >= 0), default=lo
        )
        while cut < len(text) and text[cut] in " \t\n":
            cut += 1
        return cut

    def _card_office(self, said: str) -> str | None:
        """The role of a card's office line: the lexicon's, or a member's for a treasurer
        ("Kassör": a board member with the treasurer's duty), or "auditor" for an auditor or
        a deputy auditor ("Revisor", "Revisorssuppleant"), who holds no seat."""
        if AUDITOR.fullmatch(said):
            return "auditor"
        role = self.lex.role_of(said)
        if role is None and (_TREASURER_LINE.fullmatch(said) or _DUTY_FIRST.fullmatch(said)):
            return "member"
        return role

    def _bare_joined(self, text: str, start: int, end: int, ctx: Context) -> list[Mention]:
        """ "Hallitukseen ovat kuuluneet seuraavat jäsenet …:": a body named by its bare word in
        the illative before a verb of belonging, the one body of the introduction; [] otherwise
        (the body of the context, unless the word is only the bare head of that body's name)."""
        if self.lex.lang != "fi":
            return []
        toks = tokens(text, start, end)
        bodies = [b for b in self.reader.bodies(toks) if not b.plural]
        if not bodies and toks and toks[0].is_word:
            # "Hallitukseen" read by rule: a guessed reading ("Hallitukse") may come before the
            # one whose base is a body's word
            bodies = [
                Mention(toks[0].start, toks[0].end, toks[0].text, a.base, kind, 0.5, a.case)
                for a in self.reader.analyse(toks[0].text)
                if a.case == "ill" and (kind := self.lex.body_kind(a.base.casefold()))
            ][:1]
        if len(bodies) != 1 or bodies[0].case != "ill" or " " in bodies[0].written:
            return []
        if text[start : bodies[0].start].strip() or not _JOINED_BY.match(text, bodies[0].end, end):
            return []
        b = bodies[0]
        bare = replace(b, name=b.name[:1].upper() + b.name[1:])
        return [self._same_or(bare, ctx.body)]

    def _column_pair(self, line: str) -> bool:
        """A line that is only a member's and a deputy's column header ("Jäsen Varajäsen",
        "Ordinarie ledamot Ersättare")."""
        words = line.split()
        if 2 <= len(words) <= 4 and any(
            self.lex.column(" ".join(words[:k])) == "member"
            and self.lex.column(" ".join(words[k:])) == "deputy_member"
            for k in range(1, len(words))
        ):
            return True
        # "Jäsen Liitto Varajäsen Liitto": each person's column with the column of whom the
        # person speaks for after it
        return len(words) == 4 and (
            self.lex.column(words[0]) == "member"
            and self.lex.column(words[2]) == "deputy_member"
            and self.lex.column(words[1]) == self.lex.column(words[3]) == "organisation"
        )

    def _whole_name(self, text: str, s: int, e: int) -> Mention | None:
        """A person's name that is the whole of ``text[s:e]``, or None."""
        toks = tokens(text, s, e)
        if not toks:
            return None
        person = self.reader.person_at(toks, 0, in_list=True)
        if person is None or person.end != toks[-1].end:
            return None
        return person

    def _entry_role(self, said: str) -> str:
        """The role a list entry's brackets give ("förbundsordförande", "vice ordförande"):
        the phrase's, or its last compound part's; "" if none."""
        said = " ".join(said.split())
        role = self.lex.role_of(said)
        if role is None and " " not in said:
            role = next(
                (r for i in range(3, len(said) - 4) if (r := self.lex.role_of(said[i:]))), None
            )
        return role or ""

    def _bracketed_names_a_line(self, text: str, out: Walk) -> None:
        """A list of a body's members a line each, each name followed by another person's name
        in brackets and perhaps more ("Aino Ek (Bo Lind)  Kuoro Laulu (SKL)", "Eva Aho vpj.
        (Olli Berg)"), with no word saying what the brackets hold: a member's personal deputy
        in the member's body. Read only for a block of three such lines or more, every line of
        the block a member's of one body, every bracket right after the name (and a post) a
        whole person's name or a note in small letters ("(ilm. myöh.)", "(kesk)")."""
        members = {
            f.actor.start: f
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and f.role != "deputy_member"
            and f.actor.kind == "person"
            and not f.status
        }
        taken = {f.actor.start for f in out.findings if f.kind == "membership"}
        blocks: list[list[tuple[Finding, Mention | None]]] = [[]]
        for line in lines(text):
            lead = line.start + len(line.text) - len(line.text.lstrip())
            member = members.get(lead)
            if member is None or member.actor.end > line.end:
                blocks.append([])
                continue
            after = _POST_THEN_BRACKET.match(text, member.actor.end, line.end)
            if after is None:
                blocks[-1].append((member, None))
                continue
            s0, e0 = after.span("inner")
            deputy = self._whole_name(text, s0, e0)
            if deputy is None and not _BRACKET_NOTE.fullmatch(text, s0, e0):
                blocks.append([])
                continue
            blocks[-1].append((member, deputy))
        for block in blocks:
            pairs = [(f, d) for f, d in block if d is not None]
            if len(pairs) < 3 or len({f.target.name.casefold() for f, _d in block}) != 1:
                continue
            for member, deputy in pairs:
                if deputy.start in taken:
                    continue
                out.findings.append(
                    Finding(
                        "membership",
                        deputy,
                        "deputy_member",
                        member.target,
                        (member.actor.start, deputy.end + 1),
                        0.5,
                        "list-bracketed-name-a-line",
                        deputy_for=member.actor,
                    )
                )

    def _bare_kind(self, name: str) -> str:
        """The bare word of ``name`` if it only says a body's kind, perhaps after an article or
        the municipality's genitive ("The Council", "Järvenpään valtuusto" -> "council",
        "valtuusto"), else ""."""
        words = name.split()
        if len(words) == 2 and (
            words[0].casefold() in ("the", "a") or self.reader._place_genitive(words[0])
        ):
            words = words[1:]
        low = words[0].casefold() if len(words) == 1 else ""
        return low if low in _BARE_KINDS else ""

    def _bare_members_heading(self, text: str, line: Line) -> Mention | None:
        """ "VALTUUSTON JÄSENET 2024-2027", "Neuvoston jäsenet": a heading of a bare body
        word in the genitive and the members' word (a term aside). The body it means is the
        one the text above names most often in full with that word at the end of its name
        ("seurakunnanvaltuusto"); with none, the bare word as the body's name; with no name
        when two such bodies are named equally often; None when the heading is of another
        form."""
        label = line.text.strip().rstrip(":").strip()
        words = re.sub(r"[\s\d\u2013\u2014:.-]+$", "", label).split()
        if len(words) != 2 or not self._members_of(label) or not self.anaphora.fullmatch(words[0]):
            return None
        a = line.start + line.text.index(words[0])
        found = [
            b
            for b in self.reader.bodies(tokens(text, a, a + len(words[0])))
            if not b.plural and b.start == a and b.end == a + len(words[0])
        ]
        if len(found) != 1:
            return None
        head = found[0].name.casefold()
        count: dict[str, int] = {}
        names: dict[str, str] = {}
        for b in self.reader.bodies(tokens(text, 0, line.start)):
            name = b.name.casefold()
            if b.plural or " " in name or name == head or not name.endswith(head):
                continue
            count[name] = count.get(name, 0) + 1
            names.setdefault(name, b.name)
        ranked = sorted(count.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] == ranked[1]:
            return replace(found[0], name="")
        name = names[max(count, key=lambda k: count[k])] if ranked else found[0].name
        return replace(found[0], name=name[:1].upper() + name[1:].casefold())

    def _members_of(self, label: str) -> bool:
        """ "Vanhusneuvoston jäsenet 2021-2025", "Rådets ledamöter": a heading that ends in the
        members' word (a term of office after it aside), a body's name before it."""
        words = re.sub(r"[\s\d–—:.-]+$", "", label).split()  # noqa: RUF001
        if len(words) == 2 and words[-1].casefold() in ("kokoonpano", "sammansättning"):
            # "Vammaisneuvoston kokoonpano": the body's members, whatever association each
            # speaks for
            return True
        return (
            len(words) >= 2
            and self.lex.role_of(words[-1]) == "member"
            and not (
                self.lex.role_of(" ".join(words[-2:])) or self.lex.column(" ".join(words[-2:]))
            )
        )

    def _header_role(self, label: str) -> str | None:
        # "10 ersättare", "5 varajäsentä": a count of the seats before the role
        label = re.sub(r"^\d{1,3}\s+(?=\D)", "", label.strip().rstrip(":"))
        if (same := self._translated_seat(label)) is not None:
            # "Puheenjohtaja / Chair", "Varajäsenet / Deputy members": one seat named in two
            # languages on either side of a slash
            return same
        # "Puheenjohtaja 2019", "Ordförande 2020-2021": the year or term of the seat after a
        # role word
        bare = re.sub(r"(?<=\w)\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?$", "", label)  # noqa: RUF001
        if bare != label and self.lex.role_of(bare):
            label = bare
        # "Ersättare 1", "Varajäsen 2": which of the seats, by its number
        numbered = re.sub(r"(?<=[^\W\d])\s+\d{1,2}\.?$", "", label)
        if numbered != label and self.lex.role_of(numbered) in ("member", "deputy_member"):
            label = numbered
        lasting = SEAT_LENGTH.sub("", label)
        if lasting != label and lasting.strip():
            # "Ordf 2 år", "Suppleanter 1 år": the seat, then how long it is held
            said = self._header_role(lasting)
            if said is not None:
                return said
        termless = _TERM_AFTER_SEAT.sub("", label)
        if termless != label and len(termless.split()) >= 2:
            # "Hallituksen varajäsenet kaudella 2026", "Suppleanter för perioden 2025-2026": the
            # seat, then the term it is held for
            said = self._header_role(termless)
            if said is not None:
                return said
        # "Puheenjohtaja (isännöitsijä):", "Sekreterare (tjänsteman)": an officer's post, then
        # in parentheses the holder's job in lower-case words
        jobless = re.sub(r"\s*\([a-zåäö][\w -]*\)$", "", label)
        if jobless != label and self.lex.role_of(jobless) in (
            "chair",
            "vice_chair",
            "secretary",
            # "Suppleanter (ej personliga):", "Varajäsenet (henkilökohtaiset)": the seats,
            # then what kind they are
            "deputy_member",
        ):
            label = jobless
        # "Varajäseniä ovat", "Suppleanter är": the seat and a linking verb before the names
        label = re.sub(
            r"(?i)(?<=\w)\s+(?:ovat(?:\s+olleet)?|olivat|on|oli|är|var|blev|har\s+varit)$",
            "",
            label,
        )
        # "Yleisvarajäsenet": general deputies, standing in for any member
        general = re.sub(r"(?i)^yleis(?=varajäsen)", "", label)
        if general != label and self.lex.role_of(general) == "deputy_member":
            label = general
        # "muut varsinaiset jäsenet", "Övriga ledamöter": the rest of the members
        label = re.sub(r"(?i)^(?:muut|övriga)\s+(?=\w)", "", label)
        # "Utomstående sakkunniga", "Externa sakkunniga": experts from outside the body
        outside = re.sub(r"(?i)^(?:utomstående|externa|ulkopuoliset)\s+(?=\w)", "", label)
        if outside != label and self.lex.role_of(outside) in ("expert_member", "permanent_expert"):
            label = outside
        # "Valda blev" / "som ledamöter" / names: the seat the election gave the names under it
        label = re.sub(r"^som\s+(?=\w)", "", label)
        # "Till styrelseordförande valdes", "Som suppleanter omvaldes": the seat the election
        # gave the names under it
        elected_to = re.fullmatch(
            r"(?i)(?:till|som|följande)\s+(.+?)\s+(?:om|ny|åter|in)?valdes", label
        )
        if elected_to is not None and self.lex.role_of(elected_to.group(1)):
            label = elected_to.group(1)
        elif elected_to is not None and self.sentences._compound_prefix(elected_to.group(1)):
            # "Till styrelseordförande valdes:": the seat the compound's last part names
            return self.sentences._compound_role(elected_to.group(1))
        role = self.lex.role_of(label)
        elected = re.fullmatch(
            r"(?i)(?:(?P<owner>[\w-]+n)\s+)?(?P<seat>[\w-]+)\s+(?:valittiin|nimettiin)(?:\s+[\w-]+){0,4}",
            label,
        )
        if (
            elected is not None
            and elected.group("owner")
            and not any(
                b.case == "gen" and b.end == elected.end("owner")
                for b in self.reader.bodies(tokens(label, 0, elected.end("owner")))
            )
        ):
            elected = None  # (a body's genitive only: "Hallituksen varajäseniksi valittiin:")
        if role is None and self.lex.lang == "fi" and elected is not None:
            # "Varajäseniksi valittiin yhdeksi vuodeksi kutsumisjärjestyksessä:": the seat the
            # election gave the names under it
            seat = self.lex.role_of(elected.group("seat"))
            role = seat if seat in ("member", "deputy_member") else None
        if role is None and (
            _TREASURER_LINE.fullmatch(label)
            or CLUB_POST.fullmatch(label)
            # "Nuorisovastaava", "Kilpailuvastaava" over a card under the board's heading
            or (self.lex.lang == "fi" and DUTY_LABEL.fullmatch(label))
        ):
            # "Kassör:" between "Vice ordförande:" and "Ledamöter:": a board member with the
            # treasurer's duty, not the vice chair the heading above named (so too a club's
            # post, "Klubbmästare", "Materialförvaltare")
            role = "member"
        if (
            role is None
            and self.lex.lang == "sv"
            and len(label.split()) == 1
            and label.casefold().endswith(("ledamot", "medlem", "suppleant"))
            and self.sentences._compound_prefix(label)
        ):
            # "Styrelseledamot" / "Personlig suppleant" over a board's names: the seat a
            # compound of the body's word names by its last part, in the singular as a
            # column's header ("styrelseledamöter" over names heads them as the body's)
            role = self.sentences._compound_role(label)
        if role is None and self.lex.lang == "fi" and label.casefold() in ("varalla", "varalle"):
            # "Varalla:" alone over a list: the deputies (in a sentence, "varalla" is read
            # with the names around it)
            role = "deputy_member"
        if role is None and len(label.split()) <= 2:
            column = self.lex.column(label)
            role = column if column in ("member", "deputy_member") else None
        words = label.split()
        if (
            role is None
            and len(words) == 2
            and re.fullmatch(r"[a-zåäö]+", words[1])
            and not self.lex.role_of(words[1])
            and not self.lex.body_kind(words[1])
        ):
            # "Ersättare politiker", "Varajäsenet järjestöt": the seat, then who holds it
            column = self.lex.column(words[0])
            role = column if column in ("member", "deputy_member") else None
        if role is None and 2 <= len(words) <= 3:
            # "Hallituksen varajäsenet", "Suppleanter i styrelsen": the deputies of a body the
            # words name by its kind alone
            seat = [
                w
                for w in words
                if not self.lex.body_kind(w.casefold())
                and not self.reader.bodies(tokens(w))
                and w.casefold() not in ("i", "för", "till", "vid")
            ]
            if (
                len(seat) == 1
                and len(seat) < len(words)
                and "deputy_member" in (self.lex.column(seat[0]), self.lex.role_of(seat[0]))
            ):
                role = "deputy_member"
            elif (
                len(seat) == 2
                and len(seat) < len(words)
                and _PERSONAL.fullmatch(seat[0])
                and "deputy_member" in (self.lex.column(seat[1]), self.lex.role_of(seat[1]))
            ):
                # "Hallituksen henkilökohtaiset varajäsenet": the body's deputies, each for
                # one member
                role = "deputy_member"
        both = re.split(r"\s+(?:ja|och|samt)\s+", label, maxsplit=1)
        if (
            role is None
            and len(both) == 2
            and self.lex.role_of(both[0]) == "deputy_member"
            and not self.lex.find_role(both[1])
            and not self.reader.bodies(tokens(both[1]))
        ):
            # "Varajäsenet ja heidän kutsumisjärjestyksensä", "Ersättare och deras
            # partier": the deputies, then what the list says of them
            role = "deputy_member"
        head, comma, duty = label.partition(",")
        if (
            role is None
            and comma
            and self.lex.role_of(head.strip()) in ("chair", "vice_chair", "secretary")
            and re.fullmatch(r"[ \t]*[a-zåäö-]+[ \t]*", duty)
            and not self.lex.role_of(duty.strip())
            # (not "Ordförande, samhällsutvecklingsnämnden": the office in another body)
            and not self.reader.bodies(tokens(duty.strip()))
            and not self.lex.body_kind(duty.strip().casefold())
        ):
            # "Sihteeri, tiedottaja": the office, then another duty the person has
            role = self.lex.role_of(head.strip())
        if role is None and len(both) == 2 and len(words) <= 4:
            role = self._office_and_duty(both[0].strip(), both[1].strip())
        return role

    def _translated_seat(self, label: str) -> str | None:
        """The seat a label names twice, in two languages on either side of one slash
        ("Puheenjohtaja / Chair", "Jäsenet / Members", "Varajäsenet / Suppleanter", a
        treasurer's "Rahastonhoitaja / Kassör" a member's), or None."""
        halves = _SLASH.split(label)
        if len(halves) != 2:
            return None
        other = OTHER_LANGUAGE.get(self.lex.lang)
        said = [
            {self.lex.role_of(h), other.role_of(h) if other is not None else None} - {None}
            or ({"member"} if h.strip().casefold() in TREASURER_WORDS else set())
            for h in halves
        ]
        same = said[0] & said[1]
        return same.pop() if len(same) == 1 else None

    def _office_cell(
        self,
        text: str,
        cells: list[tuple[int, int]],
        first_cell: tuple[int, int],
        first: list[Finding],
    ) -> str | None:
        """The office a row's later cell names for the person of its first cell ("Aino Ek |
        OH2ABC | Puheenjohtaja (valittu kokouksessa) |"): the first cell a bare name (its
        entry one seat, no role said in it), a later cell nothing but an office, or an office
        joined to another duty ("Sihteeri ja rahastonhoitaja"); None otherwise."""
        if (
            len(first) != 1
            or first[0].kind != "membership"
            or first[0].role != "member"
            or self.lex.find_role(text[first_cell[0] : first_cell[1]])
        ):
            return None
        found = None
        for s0, e0 in cells:
            if s0 <= first_cell[0] or e0 <= s0:
                continue
            cell = _CELL_NOTE.sub("", text[s0:e0]).strip()
            role = self.lex.role_of(cell) if cell else None
            if role is None:
                both = re.split(r"\s+(?:ja|och|samt)\s+", cell, maxsplit=1)
                if len(both) == 2:
                    # "Sihteeri ja tiedottaja": an office and a duty; "Sihteeri ja
                    # rahastonhoitaja": two posts, the more specific one
                    role = self._office_and_duty(both[0].strip(), both[1].strip()) or (
                        self.lists.two_posts(cell) or None
                    )
            if role is None:
                continue
            if role not in _ROW_OFFICES or found is not None:
                return None
            found = role
        return found

    def _office_and_duty(self, first: str, second: str) -> str | None:
        """ "Sekreterare och webbansvarig", "Sihteeri ja tiedottaja": an office heading joined
        to another duty of one word that is no role and no body, the office's seat (a
        treasurer's a member's); "Medlemsansvarig och vice kassör": a member's duty and the
        treasurer's, a member's; else None."""
        for office, duty in ((first, second), (second, first)):
            role = self.lex.role_of(office)
            if role not in ("chair", "vice_chair", "secretary"):
                role = "member" if _TREASURER_LINE.fullmatch(office) else None
            if (
                role is not None
                and re.fullmatch(r"[\w-]+", duty)
                and not self.lex.role_of(duty)
                and not _TREASURER_LINE.fullmatch(duty)
                and not self.lex.body_kind(duty.casefold())
                and not self.reader.bodies(tokens(duty))
            ):
                return role
        treasurer = re.sub(r"(?i)^vice\s+", "", second)
        if self.lex.role_of(first) == "member" and _TREASURER_LINE.fullmatch(treasurer):
            # "Medlemsansvarig och vice kassör": a member's duty and the treasurer's
            return "member"
        return None

    def _is_organisation(self, text: str, line: Line) -> bool:
        toks = tokens(text, line.start, line.end)
        while toks and not toks[-1].is_word:
            toks.pop()
        if not toks:
            return False
        if self.reader.organisation_at(toks, len(toks) - 1) is not None:
            return True
        # "Leppävirran MT-tuki ry", "Pohjois-Savon syöpäyhdistys ry /Leppävirran
        # paikallisosasto": an association's mark among the words; "Leppävirran Invalidit":
        # capitalised words ending in a group of people
        if any(t.text in ("ry", "rf", "r.y", "r.f") for t in toks) and len(toks) <= 8:
            return True
        last = self.reader.morph.analyse(toks[-1].text) if self.reader.finnish else ()
        return (
            2 <= len(toks) <= 4
            and all(t.is_cap for t in toks)
            and bool(last)
            and all(a.plural and a.cls == m.NOUN for a in last)
        )

    def _composition_over_entry(self, text: str, last: Sentence) -> bool:
        """ "Testby Museers styrelse består av representanter från medlemsmuseerna." over "Aino
        Ek, ordförande": a sentence that says what a body is made of, then a line of a name and
        an office under it, introduces the body's list though it ends with a full stop."""
        if not _COMPOSED_OF.search(last.text) or not self._specific_bodies(
            text, last.start, last.end
        ):
            return False
        below = _NAME_OFFICE_BELOW.match(text, last.end)
        return below is not None and self.lex.role_of(below.group("office")) is not None

    def _prose_context(self, text: str, p: Paragraph, ctx: Context, out: Walk) -> None:
        last = p.sentences[-1] if p.sentences else None
        for s in p.sentences:
            named = self._specific_bodies(text, s.start, s.end)
            said = _said_to_be(text, s.start, s.end, named)
            for b in named:
                if b is not said:
                    out.named.append((b, (s.start, s.end)))
        ctx.delegates = False
        ctx.label_role = ""
        if (
            last is not None
            and not self._introduces_list(last.text)
            and self._composition_over_entry(text, last)
        ):
            # (each line gives its own office: the words of the sentence give none)
            bodies = self._composed_bodies(text, last.start, last.end)
            if len(bodies) == 1 and not bodies[0].plural:
                ctx.body = self._same_or(self._listed_body(text, bodies, last.end), ctx.body)
                ctx.listing, ctx.role, ctx.status, ctx.columns = True, "", "", []
                return
        if last is not None and self._introduces_list(last.text):
            own = self._own_representatives(text, last.start, last.end)
            if own is not None:
                ctx.body, ctx.status, ctx.role = own, "", "member"
                ctx.listing, ctx.delegates, ctx.columns = True, True, []
                return
            ctx.paren_deputies = self._says_paren_deputies(last.text)
            if self._says_pairs(last.text):
                ctx.pairs = True  # "(muodossa jäsen, varajäsen)": each line a member, a deputy
            bodies = self._relative_body(text, last) or self._composed_bodies(
                text, last.start, last.end
            )
            if not bodies and last.text.rstrip().endswith(":"):
                # "… enligt förslag från valberedningen. Styrelsen består då av:": the bare
                # word of the body whose composition the paragraph's last sentence says
                bodies = self._bare_composed(text, last.start, last.end, ctx)
            if bodies and all(b.plural for b in bodies):
                # "Följande arbetsgrupper finns:": a list of groups, not of anyone's seats
                ctx.listing = False
                return
            inside = self._representatives_in(text, last)
            if inside is not None:
                # "Kylterit-ryhmän varsinaiset edustajat edustajistossa:": a group's seats in
                # the body in the inessive, not seats in the group
                ctx.body = inside
            elif bodies:
                ctx.body = self._same_or(self._listed_body(text, bodies, last.end), ctx.body)
            ctx.status = self.lex.not_member_status(last.text) or ""
            ctx.listing = True
            ctx.columns = []
            said = last.text
            if ctx.paren_deputies:
                # "(suluissa henkilökohtaiset varajäsenet)": the role in the parenthesis is the
                # deputies', not the role of the names the lines begin with
                said = re.sub(r"\([^()]*\)", " ", said)
            role = self.lex.find_role(said)
            ctx.role = role[0] if role and role[0] not in ("chair", "vice_chair") else ""
            return
        ctx.status = ""
        ctx.listing = False
        ctx.columns = []
        serving = self._serving_sentence(text, last) if last is not None else None
        if serving is not None:
            # the bare word stands for the body of that kind the page named before it
            named = [
                b
                for b, _ in out.named
                if b.name.casefold().split()[-1] == serving.name.casefold() and not b.plural
            ]
            if named:
                serving = replace(named[0], name=named[0].name[:1].upper() + named[0].name[1:])
            # "Ohjausryhmässä on edustettuina kaikki puolueet …": the lists under the
            # sentence name who sits in the body it names by a bare word, whatever body a
            # title in the sentences before it named
            ctx.body, ctx.role, ctx.listing = self._same_or(serving, ctx.body), "member", True

    def _board_subject(self, text: str, s: Sentence) -> list[Mention]:
        """The language's bare word for a board opening sentence ``s`` as its subject, with a
        capital ("Styrelsen utökas med två nya namn", "Hallitus kokoontui"), as a body of
        that name; [] otherwise."""
        start = s.start + len(s.text) - len(s.text.lstrip())
        first = [
            b
            for b in self.reader.bodies(tokens(text, start, s.end))
            if b.start == start and not b.plural and b.case in ("", "nom")
        ][:1]
        if not first or first[0].written[:1].islower():
            return []
        return first if first[0].name.casefold() == self.lex.board.casefold() else []

    def _body_serving_as(self, text: str, s: Sentence) -> Mention | None:
        """ "Yhdistyksen hallituksena toimii johtokunta": the body a sentence says serves as
        another body (a body's word in the essive, then "toimii"), even by a bare word; else
        None."""
        for mt in _SERVES_AS.finditer(text, s.start, s.end):
            word, at = mt.group("ess"), mt.start("ess")
            if not self.anaphora.fullmatch(word) and not self.reader.bodies(
                tokens(text, at, at + len(word))
            ):
                continue
            found = [
                b
                for b in self.reader.bodies(tokens(text, mt.end(), s.end))
                if b.start == mt.end() and not b.plural
            ]
            if found:
                return replace(found[0], name=found[0].name[:1].upper() + found[0].name[1:])
        return None

    def _group_heading_above(self, text: str, p: Paragraph) -> Mention | None:
        """The group a paragraph opens by pointing back to ("Tämän ryhmän vetäjänä toimii …",
        "Ryhmän vetäjänä …", "Ryhmänvetäjänä …", "Työryhmän jäseniä ovat …"): the heading line
        right above it, a paragraph of its own with no sentence and no person's name in it
        ("Liikunta ja ulkoilu:", "Tiet - työryhmä"), named as it is printed; else None."""
        if not self.reader.finnish or not p.sentences:
            return None
        if not _GROUP_POINTED_BACK.match(p.sentences[0].text):
            return None
        before = text[: p.start].rstrip()
        lo = before.rfind("\n") + 1
        if not text[lo : p.start].count("\n") >= 2 and lo > 0:
            return None  # the line above is not a paragraph of its own
        line = before[lo:].strip()
        name = line.rstrip(":").strip()
        if (
            not 2 <= len(name) <= 60
            or not name[:1].isupper()
            or re.search(r"[.!?;]|\d", name)
            or ":" in name
            or len(name.split()) > 6
            or self._first_person(text, lo, len(before)) is not None
            or self.lex.role_of(name) is not None
            # "Testilän hyvinvointiryhmä": a body named in full, read as headings are
            or self._specific_bodies(text, lo, len(before))
        ):
            return None
        # (a heading line before it too: "Kyläsuunnitelma -työryhmät" over the group's own)
        start = lo + (len(before[lo:]) - len(before[lo:].lstrip()))
        return Mention(start, start + len(name), name, name, "working_group", 0.6)

    def _group_pointed_back(self, text: str, p: Paragraph, ctx: Context, out: Walk) -> bool:
        """ "Liikunta ja ulkoilu:" / "Tämän ryhmän vetäjänä toimii A ja ryhmään kuuluvat
        seuraavat jäsenet:": a paragraph of one line that points back to the group the heading
        above names and introduces its list: the heading's group is the body of the lines
        under it, its leader the group's chair. A leader's sentence in a paragraph under a
        working group's own heading ("Tiet -työryhmä"): that group's chair. False when the
        paragraph is neither (read as before)."""
        if not self.reader.finnish or not p.sentences:
            return False
        above = self._group_heading_above(text, p) if len(p.lines) == 1 else None
        if above is not None and self._introduces_list(p.sentences[-1].text):
            out.findings += self._group_leader(text, p, above)
            status = self.lex.not_member_status(p.sentences[-1].text) or ""
            ctx.body, ctx.role, ctx.status, ctx.listing, ctx.columns = above, "", status, True, []
            ctx.group, ctx.label_role, ctx.delegates = None, "", False
            # "… toimii ohjausryhmän puheenjohtaja C": a seat the sentence names in another
            # body, read as the sentences are
            out.findings += [
                f
                for s in p.sentences
                for f in self.sentences.read(text, s, ctx)
                if f.target is not None
                and f.target.name.casefold() != above.name.casefold()
                and f.actor.kind == "person"
            ]
            role = self.lex.find_role(p.sentences[-1].text)
            if role and role[0] not in ("chair", "vice_chair"):
                ctx.role = role[0]
            return True
        if above is None and ctx.body is not None and ctx.body.kind == "working_group":
            out.findings += self._group_leader(text, p, ctx.body)
        return False

    def _group_leader(self, text: str, p: Paragraph, group: Mention) -> list[Finding]:
        """ "Tämän ryhmän vetäjänä toimii A", "Ryhmänvetäjänä toimii B", "Työryhmän vetäjänä
        toimii ohjausryhmän puheenjohtaja C": the leader of the group the paragraph points
        back to, its chair."""
        for s in p.sentences:
            mt = _GROUP_LEADER.match(s.text)
            if mt is None:
                continue
            toks = tokens(text, s.start + mt.end(), s.end)
            for k in range(min(len(toks), 5)):
                person = self.reader.person_at(toks, k, in_list=True)
                if person is None:
                    continue
                words = person.written.split()
                if len(words) >= 3 and (cases := {a.case for a in self.reader.analyse(words[-1])}) \
                        and cases <= {"abl", "ela", "ade", "ine"}:  # fmt: skip
                    # "C Vuorio Ylikylästä": where the leader comes from, no part of the name
                    cut = person.start + person.written.rindex(words[-1])
                    kept = text[person.start : cut].rstrip()
                    person = replace(person, end=person.start + len(kept), written=kept, name=kept)
                return [Finding("membership", person, "chair", group, (s.start, person.end),
                                0.6, "group-leader")]  # fmt: skip
        return []

    def _representatives_in(self, text: str, s: Sentence) -> Mention | None:
        """The body a list's introduction says a group's representatives sit in ("Kylterit-
        ryhmän varsinaiset edustajat edustajistossa toimikaudella 2022-2023:"): the word in the
        inessive after "edustajat", in its base form; or None."""
        mt = _REPRESENTATIVES_IN.search(text, s.start, s.end)
        if mt is None:
            return None
        word = mt.group("body")
        bases = {a.base.casefold() for a in self.reader.morph.analyse(word) if a.case == "ine"}
        if len(bases) != 1:
            return None
        base = next(iter(bases))
        return Mention(mt.start("body"), mt.end("body"), word, base[:1].upper() + base[1:],
                       self.lex.body_kind(base) or "body", 0.6)  # fmt: skip

    def _serving_sentence(self, text: str, s: Sentence) -> Mention | None:
        """The body a paragraph's last sentence begins by naming as where people sit, by a
        bare word in the inessive ("Toimikunnassa ovat edustettuina …"), when the sentence
        names no person itself; or None."""
        lead = self.serving.match(s.text)
        if lead is None or self._first_person(text, s.start, s.end) is not None:
            return None
        found = [
            b
            for b in self.reader.bodies(tokens(text, s.start, s.start + lead.end()))
            if not b.plural
        ]
        if len(found) != 1 or " " in found[0].written:
            return None
        return replace(found[0], name=found[0].name[:1].upper() + found[0].name[1:])

    def _officers_over_name_lines(self, text: str, lines: list[Line]) -> bool:
        """ "Puheenjohtaja Aino Mäki Nurmeksen Eläkeläiset ry." (a chair's, vice chair's or
        secretary's role, then a name), then three or more lines that each begin with a name,
        perhaps followed by what the person is there for ("Pekka Rinne Nurmeksen seurakunta"),
        whatever separates them: the body's officers and members, one a line."""
        k = 0
        while k < len(lines):
            mt = re.match(r"\s*([A-ZÅÄÖ][\w-]*)\s+(?=[A-ZÅÄÖ])", lines[k].text)
            role = self.lex.role_of(mt.group(1)) if mt else None
            if role not in ("chair", "vice_chair", "secretary"):
                break
            if not self._name_line(text, lines[k].start + mt.end(), lines[k].end):
                return False
            k += 1
        if k == 0 or len(lines) - k < 3:
            return False
        return all(self._name_line(text, ln.start, ln.end) for ln in lines[k:])

    def _name_line(self, text: str, start: int, end: int) -> bool:
        """``text[start:end]`` begins with a person's name of two or more words, and what
        follows it, if anything, begins as a name or an organisation does (a capital, a comma,
        a parenthesis or a dash), not as a sentence goes on; at most ten words in all."""
        line = text[start:end]
        at = start + len(line) - len(line.lstrip())
        if len(line.split()) > 10:
            return False
        person = self._first_person(text, at, end)
        if person is None or person.start != at or len(person.name.split()) < 2:
            return False
        tail = text[person.end : end].strip()
        return not tail or tail[0] in ",(–-" or tail[0].isupper()  # noqa: RUF001

    def _name_lines(self, text: str, at: int, need: int, *, gaps: bool = False) -> bool:
        """``need`` lines from ``at`` on that are each one name and nothing else, in a row
        (blank lines before them allowed, and between them with ``gaps``)."""
        pos, found = at, 0
        for mt in re.finditer(r"[^\n]*\n?", text[at:]):
            s, e = at + mt.start(), at + mt.end()
            raw = text[s:e].strip()
            if not raw:
                if (found and not gaps) or e == s:
                    break
                continue
            pos = s + (text[s:e].find(raw))
            person = self._first_person(text, pos, pos + len(raw)) or self.lists._surname_first(
                text, pos, pos + len(raw)
            )
            if person is None or person.start != pos:
                break
            tail = text[person.end : pos + len(raw)].strip()
            if tail and not re.fullmatch(r",\s*[A-ZÅÄÖ][\w-]+", tail):
                break
            found += 1
            if found >= need:
                return True
        return False

    def _name_over_address(self, text: str, line: Line) -> bool:
        """Whether ``line`` is an entry whose person's postal address follows the name
        ("Puheenjohtaja Aino Ek Kylätie 8 12345 Kylälä", "Bo Lind Kuja 1 12345 Ylämaa"): an
        office perhaps, a whole name, then the address, nothing else."""
        post = _POSTAL_TAIL.search(text, line.content_start, line.end)
        if post is None:
            return False
        toks = tokens(text, line.content_start, post.start())
        if not toks or len(toks) > 4:
            return False
        at = 1 if len(toks) >= 3 and self.lex.role_of(toks[0].text) else 0
        person = self.reader.person_at(toks, at, in_list=True)
        return person is not None and person.end == toks[-1].end

    def _title_then_name_line(self, text: str, line: Line) -> bool:
        """A line that is a lower-case title and a person's name, perhaps one parenthesis
        after it ("professori Aino Ek", "toimittaja Bo Lind (puheenjohtaja)")."""
        found = self._first_person(text, line.start, line.end)
        if found is None or not text[line.content_start : found.start].strip():
            return False
        rest = text[found.end : line.end].strip()
        return not rest or _ONE_BRACKET.fullmatch(rest) is not None

    def _first_person(self, text: str, start: int, end: int) -> Mention | None:
        """The first person named in ``text[start:end]`` after at most three lower-case words
        (a job title: "kaavoituspäällikkö Sari Niemi"), or None."""
        toks = tokens(text, start, end)
        for i, t in enumerate(toks[:4]):
            if t.is_cap:
                return self.reader.person_at(toks, i, in_list=True)
            if (initialled := self.reader.initials_name_at(toks, i)) is not None:
                return initialled  # "uittopäällikkö P. V. Pentikäinen"
            if not t.text[:1].islower():
                return None
        return None

    def _minutes_body(self, text: str) -> Mention | None:
        """The body whose minutes the text is: the words after a "Forum" / "Organ" /
        "Toimielin" label up to the first body head ("Forum Kommunstyrelsens allmänna utskott
        Sammanträdesdatum")."""
        for mt in _MINUTES_BODY.finditer(text):
            words = list(re.finditer(r"[\w-]+", text[mt.end() : mt.end() + 80]))[:4]
            if not words or not words[0].group()[:1].isupper():
                continue
            # the name's words: the first, then lower-case ones ("Kommunstyrelsens allmänna
            # utskott"); the next capitalised word is the next label
            run = [words[0]]
            for w in words[1:]:
                if not w.group()[:1].islower():
                    break
                run.append(w)
            while len(run) > 1 and run[-1].group() in ("och", "samt", "ja", "sekä"):
                run.pop()  # "Organ Rådet för funktionshindrade och Anslaget …": the layout
            kind = self.lex.body_kind(run[-1].group().casefold())
            if kind is None and len(run) > 1 and run[1].group() in ("för", "i"):
                kind = self.lex.body_kind(run[0].group().casefold())  # "Rådet för …"
            if kind is not None:
                s0, e0 = mt.end() + run[0].start(), mt.end() + run[-1].end()
                name = text[s0:e0]
                return Mention(s0, e0, name, name, kind, 0.7)
        return None

    def _name_pairs(self, toks: list[Token]) -> list[Mention]:
        """A run of capitalised words with no separator ("Axel Colliander Toivo Hursti Joel
        Vanhanen") cut into names of two words: an even number of words, most names beginning
        with a known first name (one the dictionary does not know among them); none otherwise."""
        if len(toks) < 2 or len(toks) % 2 or not all(t.is_cap and t.is_word for t in toks):
            return []
        starts = toks[::2]
        known = sum(m.FIRST_NAME in self.reader.word_classes(t.text) for t in starts)
        if 2 * known < len(starts):
            return []
        out: list[Mention] = []
        for first, last in zip(starts, toks[1::2], strict=True):
            name = f"{first.text} {last.text}"
            out.append(Mention(first.start, last.end, name, name, "person", 0.7, "nom"))
        return out

    def _name_run(self, text: str, pos: int, stop: int) -> list[Mention]:
        """The people of a coordinated run of names from ``pos`` to ``stop`` ("A, B och C",
        "johtaja A, B ja C"; up to two lower-case words of a job before a name), or [] when
        a part of it is no person's name of two words or more; the sentence may go on in
        lower case after the last name ("… och Eva Strand omvaldes"). Where every name of the
        run has one capitalised word after it ("Reetta Niemi Nokialta, Katja Ek Forssasta",
        "Ingemar Nordieng Kungsbacka, Lennart Olsson Hylte och Lars Björk Halmstad": three
        names or more, each of three words), that word is where the person is from."""
        people: list[Mention] = []
        placed = 0
        homes: list[str] = []  # "A, Föglö, B, Sund och C, Saltvik": a home after each name
        self.run_roles = {}
        self.run_cut = -1
        deputies = last = False
        while pos < stop:
            sep = _RUN_SEP.search(text, pos, stop)
            cell_end = sep.start() if sep else stop
            toks = tokens(text, pos, cell_end)
            cell = text[pos:cell_end].strip(" \t.")
            if (
                people
                and len(homes) == len(people) - 1
                and (len(people) == 1 or homes)
                and _PLACE_WORD.fullmatch(cell)
            ):
                homes.append(cell)  # the home of the name before it
                pos = sep.end() if sep else stop
                continue
            if (
                people
                and sep is not None
                and (cell[:1].islower() or cell[:1].isdigit())
                and (office := self.lex.role_of(cell)) in ("chair", "vice_chair", "secretary")
            ):
                # "Övriga styrelseledamöter är A, 2:e vice ordförande, B och C": an office in
                # apposition is the name's before it; the run goes on
                self.run_roles[(people[-1].start, people[-1].end)] = office
                pos = sep.end()
                continue
            if people and sep is not None and _REMARK_CELL.fullmatch(cell):
                # "A, omval, B, nyval …": how each was elected (the last one's remark ends
                # the run: its readers take the names before it)
                pos = sep.end()
                continue
            if homes and len(homes) != len(people):
                return []  # a name without its home in a run of names and homes
            i = 0
            while i < min(2, len(toks) - 2) and not toks[i].is_cap:
                i += 1  # "ylijohtaja Minna Saario": the person's job
            if (
                i + 2 < len(toks)
                and toks[i].is_cap
                and toks[i + 1].is_cap
                and self.lex.is_occupation(toks[i].text)
            ):
                i += 1  # "Maskinist Anders Andersson": a trade capitalised before the name
            if i and people and self.lex.lang == "sv":
                said_seat = self.lex.role_of(toks[i - 1].text)
                if said_seat == "deputy_member":
                    deputies = True  # "… och suppleanten C": a deputy's seat from here on
                elif said_seat in (None, "member") and _OTHER_GROUP.fullmatch(toks[i - 1].text):
                    # "…, samt medlemmarna D, E, och icke-medlemmen F": a group of another
                    # kind, named in the definite form, ends the run of seats
                    self.run_cut = pos
                    break
            # "A, varalla B sekä C, varalla D": in Finnish, the one name after "varalla" is
            # the deputy of the name before it (the next name a member again)
            stand_in = (
                i > 0
                and bool(people)
                and self.lex.lang == "fi"
                and toks[i - 1].text.casefold() in ("varalla", "varalle")
            )
            person = self.reader.person_at(toks, i, in_list=True) if toks else None
            if (
                person is None
                and people
                and (glued := _GLUED_FIRST_NAMES.match(text, pos, cell_end))
            ):
                # "… och JaanEric Lundqvist avd 84": two first names written as one word, in a
                # run whose other cells are names
                a, b = glued.start(1), glued.end(1)
                person = Mention(a, b, text[a:b], text[a:b], "person", 0.6, "nom")
            rest = text[person.end : cell_end].strip(" \t.") if person else ""
            said = _PAREN_ROLE_THEN_NAME.match(text, person.end, cell_end) if person else None
            if person is not None and said and self.lex.role_of(said.group(1).strip()):
                # "Lars Ek (vice ordförande) Britt Lind, …": the role in the parenthesis is
                # the name's before it; the next name follows without a comma
                self.run_roles[(person.start, person.end)] = (
                    self.lex.role_of(said.group(1).strip()) or ""
                )
                people.append(person)
                pos = said.end()
                continue
            if person is not None and _PLACE_WORD.fullmatch(rest):
                placed += 1  # "Reetta Niemi Nokialta": the place after the name
            elif person is not None and _FROM_PLACE.fullmatch(rest):
                pass  # "Eva Ek från Åbo": where the person is from
            elif person is not None and _UNIT_NUMBER.fullmatch(rest):
                pass  # "Eva Ek avd 68": the local unit the person comes from
            elif person is not None and _TERM_IN_PARENTHESES.fullmatch(rest):
                pass  # "A och B (på 2 år) samt C": the term of the names before it
            elif person is not None and _ABBREVIATION_IN_PARENTHESES.fullmatch(rest):
                pass  # "Joel Nordlander (S), Hanna Haglund (VSF)": the person's party or list
            elif (
                person is not None
                and _CAPITALISED_NOTE.fullmatch(rest)
                and not self.lex.find_role(rest.strip("() \t"))
            ):
                pass  # "Kara Hermez (Södertälje)": where the person is from
            elif (
                person is not None
                and len(person.name.split()) >= 2
                and rest[:1].islower()
                and sep is not None
                and text[sep.end() : sep.end() + 1].islower()
                and people
            ):
                # "A och B stod i tur för omval och valdes på två år": the sentence goes on in
                # lower case after the last name, past a conjunction too
                last = True
            elif (
                person is None
                or len(person.name.split()) < 2
                or (rest and (sep is not None or not rest[0].islower()))
            ):
                return []
            if deputies or stand_in:
                self.run_roles[(person.start, person.end)] = "deputy_member"
            people.append(person)
            pos = sep.end() if sep else stop
            if last:
                break
        if homes and (
            len(homes) != len(people)
            or len(people) < 2
            or not any(place_of(h, self.reader.morph) is not None for h in homes)
        ):
            return []  # every name with its home, at least one of them a known place
        if placed and (placed < len(people) or placed < 2):
            return []  # a capitalised word after some names only: not a run of names
        # "Ingemar Nordieng Kungsbacka, Lennart Olsson Hylte och Lars Björk Halmstad": the
        # last word of each is the person's town
        return people if placed else without_towns(people)

    @staticmethod
    def _members_body_before(
        start: int, out: Walk, reach: int = 300, *, meetings: bool = True
    ) -> Mention | None:
        """ "Styrelsemedlemmar är A och B. Suppleanter är C och D.": the one body of the
        members the text named right before a run of deputies that names none (within
        ``reach`` characters), or None; without ``meetings``, the seats a meeting was given
        ("Riksstämman", which has no members) are passed over."""
        before = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.role != "deputy_member"
            and f.target is not None
            and (meetings or MEETING_NAME.search(f.target.name) is None)
            and not f.status
            and f.actor.kind == "person"
            and f.quote[1] <= start
            and start - f.quote[1] < reach
        ]
        # ("Styrelse" and "Styrelsen": one board, with and without its definite ending)
        named = {f.target.name.casefold() for f in before if f.target is not None}
        if not named or not _one_body_name(named):
            return None
        return before[-1].target

    def _genitive_body(self, word: str) -> str:
        """The body a word in the genitive names ("kunnanvaltuuston" → "Kunnanvaltuusto"),
        or ""."""
        for a in self.reader.morph.analyse(word.casefold()):
            if self.lex.body_kind(a.base) is not None:
                return a.base[:1].upper() + a.base[1:]
        return ""

    def _minutes_head_body(self, text: str) -> Mention | None:
        """The body whose minutes the page is: one named with a capital in its first lines
        ("KUNNANHALLITUS 8/2015", "HIRVENSALMEN KUNTA Kunnanhallitus"), else the one whose
        meeting room the meeting is in ("kunnanhallituksen kokoushuone"); None when unsure.
        In Swedish, a body's word joined to the minutes' ("Direktionsprotokoll",
        "Styrelseprotokoll") names it."""
        if self.lex.lang == "sv":
            for mt in _BODY_MINUTES_WORD.finditer(text, 0, min(len(text), 300)):
                stem = mt.group("stem")
                if self.lex.body_kind(stem.casefold()) is None:
                    continue
                ending = "et" if _NEUTER_BODY.search(stem) else "n" if stem.endswith("e") else "en"
                name = stem[:1].upper() + stem[1:].casefold() + ending
                return Mention(mt.start("stem"), mt.end("stem"), stem, name, "body", 0.6)
        for t in tokens(text, 0, min(len(text), 300)):
            if not t.is_word:
                continue
            joined = None
            if not t.text[:1].isupper():
                # "Ympäristö- ja rakennuslautakunta nro 9/2011": a name of two fields joined
                # on the page's first line, its first part cut short with a hyphen; "…
                # PÖYTÄKIRJA 1/2014 Yhteinen kirkkoneuvosto Kokous": a capitalised adjective
                # before the body's word
                joined = _JOINED_HEAD.search(text, 0, t.start)
                if joined is None or joined.end() != t.start:
                    joined = _ADJECTIVE_HEAD.search(text, max(0, t.start - 30), t.start)
                    if joined is None or not any(
                        a.case == "nom"
                        and (a.cls == m.ADJECTIVE or joined.group(1).endswith("inen"))
                        for a in self.reader.morph.analyse(joined.group(1).casefold())
                    ):
                        continue
            for a in self.reader.morph.analyse(t.text.casefold()):
                if joined is not None and a.case in ("", "nom") and self.lex.body_kind(a.base):
                    name = joined.group().lstrip() + a.base
                    return Mention(joined.start(), t.end, text[joined.start() : t.end], name,
                                   "body", 0.6)  # fmt: skip
                if a.case in ("", "nom") and self.lex.body_kind(a.base) is not None:
                    name = a.base[:1].upper() + a.base[1:]
                    return Mention(t.start, t.end, t.text, name, "body", 0.6)
        room = _MEETING_ROOM.search(text, 0, min(len(text), 600))
        if room is not None and (name := self._genitive_body(room.group(1))):
            return Mention(room.start(1), room.end(1), room.group(1), name, "body", 0.5)
        return None

    def _listed_name(self, text: str, start: int, end: int) -> Mention:
        """A name as a list prints it, surname first ("Kemppainen Tapani") when the last word
        is a first name and the first is not; written first name first."""
        words = text[start:end].split()
        name = " ".join(words)
        if len(words) == 2:
            first, last = (self.reader.word_classes(w) for w in words)
            if m.FIRST_NAME in last and m.FIRST_NAME not in first:
                name = f"{words[1]} {words[0]}"
        return Mention(start, end, text[start:end], name, "person", 0.7, "nom")

    def _staff_reps_deputy(self, text: str, paras: list[Paragraph], k: int) -> int:
        """How many paragraphs from ``k`` are a deputies' label and the names under it
        ("Ersättare" / "Bo Lind") right after a section of the staff's representatives
        ("Personalrepresentanten" / "Aino Berg"): their deputies, not the body's; 0 when
        not."""
        p = paras[k]
        label = p.lines[0].text.strip().rstrip(":")
        if k == 0 or len(label.split()) > 2 or self.lex.role_of(label) != "deputy_member":
            return 0

        def name(ln: Line) -> bool:
            person = self.lists._person(text, ln.content_start, ln.end)
            return person is not None and (
                not text[person.end : ln.end].strip()
                or _COVER_PARTY_AFTER.fullmatch(text, person.end, ln.end) is not None
            )

        def names(lines: list[Line]) -> bool:
            return bool(lines) and all(name(ln) for ln in lines)

        # the staff's section: its label and names in one paragraph, or one a paragraph
        j = k - 1
        if len(paras[j].lines) == 1:
            while j >= 0 and len(paras[j].lines) == 1 and names(paras[j].lines):
                j -= 1
            if j < 0 or j == k - 1 or len(paras[j].lines) != 1:
                return 0
            head = paras[j].lines[0]
        else:
            head = paras[j].lines[0]
            if not names(paras[j].lines[1:]):
                return 0
        if _STAFF_REPS_HEAD.fullmatch(head.text.strip()) is None:
            return 0
        if len(p.lines) > 1:
            return 1 if names(p.lines[1:]) else 0
        used = 1
        while (
            k + used < len(paras)
            and len(paras[k + used].lines) == 1
            and names(paras[k + used].lines)
        ):
            used += 1
        return used if used > 1 else 0

    def _card_then_line(self, text: str, paras: list[Paragraph], k: int) -> list[Paragraph] | None:
        """Paragraph ``k`` cut after its first two lines when they are a card of a series (see
        :meth:`_in_card_series`) and a capitalised line follows after a blank line; None when
        not."""
        p = paras[k]
        if len(p.lines) < 3 or k == 0:
            return None
        second, third = p.lines[1], p.lines[2]
        if not third.text[:1].isupper() or not re.search(
            r"\n[ \t\u00a0]*\n", text[second.end : third.start]
        ):
            return None
        parts = []
        for group in (p.lines[:2], p.lines[2:]):
            s0, e0 = group[0].start, group[-1].end
            parts.append(Paragraph(group, s0, e0, text[s0:e0], list(sentences(text, s0, e0))))
        if not self._in_card_series(text, [paras[k - 1], parts[0]], 1):
            return None
        return parts

    def _in_card_series(self, text: str, paras: list[Paragraph], k: int) -> bool:
        """Whether paragraph ``k`` is a card of a name and a title ("Aino Ek" / "rektor,
        Borgå"), with another such card (or a name line with an office in parentheses, "Bo
        Lind (vice ordf.)") right before or after it: a list of people, one card each."""

        def card(q: Paragraph, alone: bool = False) -> bool:
            # (a neighbour: its first two lines, a next name joined under them aside)
            if len(q.lines) == 2 or (alone and len(q.lines) > 2):
                title = q.lines[1].text.strip()
                if not title[:1].islower() or contact_line(title):
                    return False
            elif not (alone and len(q.lines) == 1):
                return False
            first = q.lines[0]
            person = self.lists._person(text, first.content_start, first.end)
            if person is None:
                return False
            rest = text[person.end : first.end].strip()
            if len(q.lines) == 1:
                office = re.fullmatch(r"\(([^()]{2,20})\)", rest)
                return office is not None and (
                    self.lex.role_of(office.group(1)) is not None
                    or re.fullmatch(self.lex.deputies, office.group(1).strip()) is not None
                )
            return not rest or re.fullmatch(r"\([^()]{2,20}\)", rest) is not None

        if not card(paras[k]):
            return False
        j = k - 1
        while j >= 0 and card(paras[j], True):
            j -= 1
        if j >= 0 and self.lex.not_member_status(paras[j].text):
            return False  # "Jäseniksi ehdotetaan:" over the cards: candidates, no series
        return (k > 0 and card(paras[k - 1], True)) or (
            k + 1 < len(paras) and card(paras[k + 1], True)
        )

    def _job_line_under_entry(self, text: str, p: Paragraph, ctx: Context) -> bool:
        """ "Aino Ek, ordförande" / "Museidirektör Testby Konsthall (Regionala museer)": in a
        list, a line right under a name and an office (no blank line between) that begins with
        a capitalised occupation is that person's job, no entry of its own."""
        if not ctx.listing or len(p.lines) != 1:
            return False
        words = p.lines[0].text.split()
        if not words or not words[0][:1].isupper():
            return False
        if not self.lex.is_occupation(words[0].rstrip(",").casefold()):
            return False
        if self.lex.find_role(p.lines[0].text):
            return False  # "Rektor Bo Lind, ledamot": an entry of its own, with its seat
        line = p.lines[0]
        after = line.start + line.text.index(words[0]) + len(words[0])
        after += len(text[after : line.end]) - len(text[after : line.end].lstrip(" \t"))
        named_after = self.lists._person(text, after, line.end) if after < line.end else None
        if (
            named_after is not None
            and named_after.start == after
            and m.FIRST_NAME in self.reader.word_classes(named_after.written.split()[0])
        ):
            # "Professor Richard Benner, vetenskapsområdet för …" under "Aino Ek, ordförande":
            # a title, then a name: an entry of its own
            return False
        above_end = p.start - 1
        if above_end <= 0 or text[above_end] != "\n":
            return False
        above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
        entry = _NAME_OFFICE_LINE.fullmatch(above.strip())
        if entry is not None and len(words) >= 2:
            return self.lex.role_of(entry.group("office")) is not None
        # "Heléne Björklund" / "Riksdagsledamot (S)", "Göran Enander" / "Landshövding,
        # Länsstyrelsen i Uppsala län": a line of a name alone, then the person's job (and
        # party or employer) on the line under it, no name in it
        start = above_end - len(above)
        if start > 0 and self._post_over_name(text, start, line.end):
            return False
        named = self.lists._person(text, start, above_end)
        return (
            named is not None
            and not text[start : named.start].strip(" \t•·*-–—")  # noqa: RUF001
            and not text[named.end : above_end].strip()
            and not self.reader.persons(tokens(text, p.start, p.end), in_list=True)
        )

    def _post_over_name(self, text: str, start: int, end: int) -> bool:
        """ "Sihteeri" / "Aino Ek" / "Rahastonhoitaja" / "Bo Lind": whether the name on the
        line at ``start`` has its post on the line right above it and the line that ends at
        ``end`` is right over another name alone; in such a list each post heads the name
        under it (not the job of the name above)."""
        over_start = text.rfind("\n", 0, start - 1) + 1
        over = text[over_start : start - 1].strip().rstrip(":")
        if (
            not over
            # (an officer's post, not "Ledamöter:" over names each with a job under it)
            or self._header_role(over) not in ("chair", "vice_chair", "secretary")
            or self.lists._person(text, over_start, start - 1) is not None
        ):
            return False
        nxt = text.find("\n", end + 1)
        below = (end + 1, len(text) if nxt < 0 else nxt)
        if end >= len(text) or text[end] != "\n" or below[0] >= below[1]:
            return False
        named = self.lists._person(text, *below)
        return (
            named is not None
            and not text[named.end : below[1]].strip()
            and not text[below[0] : named.start].strip()
        )

    def _numbered_body_heading(self, text: str, line: Line) -> Line | None:
        """ "3. Hallitus ja muut toimielimet" over "Aino Berg puheenjohtaja, …": a numbered
        item of a few words naming a body and no person, no full stop closing it, an officer's
        line right under it, is the section's heading; its words as a heading line, else
        None."""
        words = text[line.content_start : line.end]
        if (
            line.kind != "item"
            or not line.bullet.isdigit()
            or words.rstrip().endswith(".")
            or len(words.split()) > 6
            or not (
                self.reader.bodies(tokens(text, line.content_start, line.end))
                # "7. Val av ordförande och 5 ledamöter:": the seats of the board elected
                or self._election_of_seats(text, line, words.strip()) is not None
            )
            or self._first_person(text, line.content_start, line.end) is not None
            or not self._office_line_below(text, line)
        ):
            return None
        return Line(line.content_start, line.end, words, line.content_start, kind="heading")

    def _deputy_line(self, text: str, p: Paragraph, ctx: Context, out: Walk) -> bool:
        """ "• Professori Aino Ahola, Kemian laitos" / "(dosentti Olli Oja, Kemian laitos)": a
        line wholly in parentheses right under a list item, naming one person (a title in
        lower case before the name, what the person is after a comma), is that member's
        personal deputy, once the list's first such line said so ("(varajäsen professori
        …)"); a heading ends the list."""
        line = p.lines[0]
        if line.kind == "heading":
            ctx.deputy_lines = False
            return False
        if len(p.lines) != 1 or line.kind != "para" or ctx.status:
            return False
        said = _DEPUTY_LINE.fullmatch(line.text.strip())
        if said is None or ctx.body is None or not self._under_item(text, line):
            return False
        if re.match(rf"(?i)(?:{self.lex.deputies})\s", said["inner"]):
            ctx.deputy_lines = True
            return False  # read as before: the line says its role
        if not ctx.deputy_lines:
            return False
        s0 = line.start + line.text.index("(") + 1
        e0 = s0 + len(said["inner"])
        person = self._first_person(text, s0, e0)
        if person is None or not re.fullmatch(r"\s*(?:,[^()]*)?", text[person.end : e0]):
            return False
        out.findings.append(
            Finding(
                "membership",
                person,
                "deputy_member",
                ctx.body,
                (line.start, line.end),
                0.7,
                "list-deputy-line",
            )
        )
        return True

    @staticmethod
    def _under_item(text: str, line: Line) -> bool:
        """Whether the line right above ``line`` (blank lines not allowed) is a bulleted list
        item ("• Aino Ahola, Kemian laitos")."""
        above = text.rfind("\n", 0, max(0, line.start - 1))
        prev = text[above + 1 : max(0, line.start - 1)].strip()
        return bool(_BULLET_ITEM.match(prev))

    def _name_column_rows(self, text: str, p: Paragraph, ctx: Context, out: Walk) -> bool:
        """ "Etunimi Sukunimi Nimeävä organisaatio Oma organisaatio" over "Aino  Ahola FUN
        Kylälän yliopisto" rows: under a header naming the first two columns first name and
        surname, each row's first two words are the person's names and the rest other
        columns' (a role in parentheses right after the names is the person's); a line that
        is no such row ends the table."""
        if len(p.lines) == 1 and ctx.body is not None:
            header = _NAME_COLUMNS_HEADER.match(p.lines[0].text.strip())
            if header is not None:
                ctx.name_columns = True if header.group("first") else "surname"
                ctx.listing = True
                return True
        if not ctx.name_columns:
            return False
        found: list[Finding] = []
        for line in p.lines:
            row = _NAME_COLUMNS_ROW.match(text, line.content_start, line.end)
            if row is None or any(
                self.lex.role_of(w) or self.lex.body_kind(w) for w in (row["a"], row["b"])
            ):
                ctx.name_columns = False
                return False
            first, last = row["a"], row["b"]
            if ctx.name_columns == "surname":
                first, last = last, first
            role = ctx.role or "member"
            said = self.lex.role_of(row["note"].strip()) if row["note"] is not None else None
            if said in _ROW_OFFICES:
                role = said
            written = text[row.start() : row.end("b")]
            person = Mention(
                row.start(), row.end("b"), written, f"{first} {last}", "person", 0.75, "nom"
            )
            quote = (line.content_start, line.end)
            found.append(
                Finding(
                    "membership",
                    person,
                    role,
                    ctx.body,
                    quote,
                    0.75,
                    "list-name-columns",
                    status=ctx.status,
                )
            )
        out.findings += found
        return bool(found)

    def _paragraph(self, text: str, p: Paragraph, ctx: Context, out: Walk) -> None:
        if len(p.lines) <= 2 and all(_ROLL_CALL_HEAD.fullmatch(ln.text.strip()) for ln in p.lines):
            # "NÄRVAROLISTA", "NAMN PARTI NÄRVARO TID VOTERING" / "Ja Nej Ja Nej": a roll-call's
            # title and its columns' heads, the body of the page stays the list's
            return
        if (
            ctx.listing
            and len(p.lines) == 1
            and (vacant := _VACANT_POST.fullmatch(p.text)) is not None
            and (
                any(w[:1].islower() for w in vacant["post"].split())
                or self.lex.find_role(vacant["post"]) is not None
            )
        ):
            # "Kyläpostin vastaava -", "Kassör: vakant" among a board's lines: a post nobody
            # holds, the list goes on (not "Onni Oja -": a name, an empty cell after it)
            return
        if self._name_column_rows(text, p, ctx, out):
            return
        if self._deputy_line(text, p, ctx, out):
            return
        if self._job_line_under_entry(text, p, ctx):
            return
        # "jäsen Helena Paakki" / "kunnan edustaja, sihteeri" / "p. 044 …": an officer's role
        # on a card's line under the name (the name is read as the rest of the list reads it)
        out.findings += self._officer_under_name(text, p, ctx)
        cell, ctx.header_cells = ctx.header_cells, ctx.header_cells + 1
        if (
            len(p.lines) == 1
            and ctx.body is not None
            and _OTHER_OFFICIALS_LEAD.match(p.lines[0].text.strip())
            and not self._first_person(text, p.start, p.end)
        ):
            # "Styrelse:" over its officers' lines, then "Övriga funktionärer …": the lines
            # after it ("Hemsidesansvariga: A och B") name officials, no seat in the board
            ctx.contacts, ctx.experts, ctx.officials = True, True, True
            ctx.listing, ctx.role, ctx.group = False, "", None
            return
        if (
            ctx.officials
            and len(p.lines) == 1
            and (label := _OFFICIALS_LINE_LABEL.match(p.lines[0].text.strip())) is not None
            and not self._seat_body_word(label.group(1))
        ):
            # "Hemsidesansvariga: A och B" under the officials: a post, no seat (nor a guess
            # of the tagger's); a committee's line ("Festkommitté: A och B") is read as such
            out.no_seat.append((p.lines[0].start, p.lines[0].end))
            return
        if self._group_pointed_back(text, p, ctx, out):
            return
        if (
            len(p.lines) == 2
            and ctx.listing
            and ctx.body is not None
            and not ctx.columns
            and ctx.group is None
            and len(ctx.header_roles) <= 1
            and (
                p.lines[0].text.rstrip().endswith(",")
                # "Professor Karl-Johan Lindholm, vetenskapsområdet för humaniora och⏎
                # samhällsvetenskap": the line goes on in lower case under it
                or (
                    p.lines[1].text.lstrip()[:1].islower()
                    and "," in p.lines[0].text
                    and _ENDS_MID_PHRASE.search(p.lines[0].text) is not None
                )
            )
            and (wrapped := self.lists.entry(text, p.lines[0].content_start, p.lines[1].end, ctx))
        ):
            # "Aino Ahola,⏎Kylälän Eläkeläiset ry": one entry wrapped after its comma
            out.findings += wrapped
            return
        if (between := self._unknown_name_between_names(text, p, ctx, out)) is not None:
            out.findings.append(between)
            return
        if self._seats_in_named_lines(text, p, ctx, out):
            return
        represented = self._representative_lines(text, p, ctx)
        if represented:
            out.findings += represented
            return
        table = self._table_run_in_paragraph(text, p, ctx)
        if table:
            out.findings += table
            return
        seats = self._seat_word_lines(text, p, ctx)
        if seats:
            out.findings += seats
            return
        paired = self._member_deputy_run(text, p, ctx)
        if paired:
            out.findings += paired
            return
        in_columns = self._role_column_lines(text, p, ctx)
        if in_columns:
            out.findings += in_columns
            return
        card = self._role_card(text, p.lines[0], p.lines[1], ctx) if len(p.lines) >= 2 else []
        if card:
            out.findings += card
            return
        first = p.lines[0]
        if (
            first.kind == "para"
            and first.text.endswith(",")
            and len(first.text.split()) <= 5
            and (lead := self.serving.search(first.text)) is not None
            and lead.end() == len(first.text) - 1
        ):
            # "I valberedningen ingår," over the list: a lead-in whatever mark ends it, and
            # the lines under it a list, not the rest of its sentence
            self._heading(text, replace(p, lines=[replace(first, kind="heading")]), ctx, out)
            for q in paragraphs(text, p.lines[1:], stands_alone=self._stands_alone):
                self._paragraph(text, q, ctx, out)
            return
        if (
            len(p.lines) >= 2
            and ctx.body is not None
            and len(first.text.split()) <= 3
            # (a capitalised one, "Varapuheenjohtaja" over "pääsihteeri Eero Ek", is read as a
            # sentence, the office the line's and the title the person's own)
            and re.fullmatch(r"[a-zåäö][\w -]*", first.text) is not None
            and self._header_role(_OTHERS_WORD.sub("", first.text))
            in ("chair", "vice_chair", "secretary", "member", "deputy_member")
            and all(self._title_then_name_line(text, ln) for ln in p.lines[1:])
        ):
            # "övriga ledamöter" / blank / "rektor Aino Ek" / blank / "lektor Bo Lind": a
            # seat's word in lower case over lines of a title and a name, each an entry under
            # it, not the rest of one sentence
            self._heading(text, replace(p, lines=[replace(first, kind="heading")]), ctx, out)
            for ln in p.lines[1:]:
                one = Paragraph([ln], ln.start, ln.end, text[ln.start : ln.end])
                one.sentences = list(sentences(text, ln.start, ln.end))
                self._paragraph(text, one, ctx, out)
            return
        if len(p.lines) == 2 and self._title_and_name_under_body(text, p):
            # "Diakoniatoimikunta 2024-2027" / blank / "alueen pappi Aino Ahola" / "Pekka
            # Puu" / …: the body's heading, and its list's first entry a title and a name
            self._heading(text, replace(p, lines=[replace(first, kind="heading")]), ctx, out)
            second = p.lines[1]
            one = Paragraph([second], second.start, second.end, second.text)
            one.sentences = list(sentences(text, second.start, second.end))
            self._paragraph(text, one, ctx, out)
            return
        named = (
            self._specific_bodies(text, first.start, first.end)
            if len(p.lines) > 2 and len(first.text.split()) <= 4
            else []
        )
        if named and self._line_block(
            text, replace(p, lines=p.lines[1:]), replace(ctx, listing=False, body=named[0])
        ):
            # "Yhteisöllisyystyöryhmä" / "pj. Juho Heikka" / …: a heading and its list
            self._heading(text, replace(p, lines=[replace(first, kind="heading")]), ctx, out)
            p = replace(p, lines=p.lines[1:])
        if (
            len(p.lines) == 1
            and ctx.body is not None
            and not ctx.listing
            and not ctx.columns
            and self._officers_over_names(text, p.lines[0])
        ):
            # "Puheenjohtaja, A" / "Sihteeri, B" / "Kuusela Mervi" / "Kerola Saara" / …: the
            # body's officers, and the names under them, each alone on its line, its members
            ctx.listing, ctx.role, ctx.contacts = True, "", False
        if (
            ctx.listing
            and ctx.body is not None
            and not ctx.columns
            and not ctx.contacts
            and (
                len(p.lines) >= 3
                # "suomentaja Aino Ek" / "professori Bo Lind" under the list's other lines:
                # two lines, each a title and a name (a parenthesis after it aside)
                or (
                    len(p.lines) == 2
                    and all(self._title_then_name_line(text, ln) for ln in p.lines)
                )
            )
            and all(ln.kind == "para" for ln in p.lines)
            and not any(ln.text.rstrip().endswith(".") for ln in p.lines[:-1])
            and all(self._name_in_line(text, ln) for ln in p.lines)
        ):
            # "Hallitukseen valittiin neljä jäsentä, jotka ovat:" over lines that each name
            # one of them ("säätiön johtaja Aino Ahola, Testilän säätiö,"): each line an entry
            for ln in p.lines:
                s0, e0 = ln.start, ln.end
                one = Paragraph([ln], s0, e0, text[s0:e0], list(sentences(text, s0, e0)))
                self._paragraph(text, one, ctx, out)
            return
        block = self._line_block(text, p, ctx)
        if block:
            ctx.listing = True
            for ln in block:
                start, saved = ln.content_start, ctx.role
                mt = re.match(r"\S+\s+", ln.text[ln.content_start - ln.start :])
                abbreviation = self.lex.line_abbreviation(mt.group().strip()) if mt else None
                if mt and abbreviation:
                    # "pj. Juho Heikka": the role the abbreviation names, then the entry
                    start, ctx.role = start + mt.end(), abbreviation
                out.findings += self.lists.entry(text, start, ln.end, ctx)
                ctx.role = saved
            return
        if (
            len(p.lines) == 1
            and ctx.listing
            and contact_line(p.lines[0].text)
            and not self._name_over_address(text, p.lines[0])
        ):
            return  # a telephone number, an e-mail or a postal address under a name: the list
            # goes on
        if len(p.lines) == 1 and ctx.listing and _VACANT.fullmatch(p.lines[0].text.strip()):
            return  # "vakant" under an office's entry: the seat left empty, the list goes on
        if (
            len(p.lines) == 1
            and ctx.listing
            and _COMMA_TITLE_LINE.fullmatch(p.lines[0].text.strip()) is not None
            and out.findings
            and not text[out.findings[-1].quote[1] : p.lines[0].start].strip(" \t\n,")
        ):
            return  # "Heli Ek" / ", riksdagsledamot": the title of the entry above, broken
            # before its comma; the list goes on
        after_role_header = ctx.after_role_header
        ctx.after_role_header = False
        line = p.lines[0]
        single = len(p.lines) == 1
        if single and ctx.listing and self._officer_under_entry(text, line, out):
            return
        if single and ctx.listing and self._job_under_entry(text, line, out):
            return
        if single and ctx.listing and self._affiliation_under_entry(text, line, ctx, out):
            return
        if single and (card := self._officer_card(text, line, ctx)):
            out.findings += card
            return
        if single and line.kind == "para" and self._role_header(line.text):
            line.kind = "heading"  # "varsinainen edustaja": a column header in lower case
        if (
            after_role_header
            and line.kind == "heading"
            and single
            and self.lex.role_of(line.text.rstrip(":"))
        ):
            ctx.after_role_header = True  # another role header right under one: a column
        if line.kind == "row" and (len(line.cells) >= 2 or ctx.columns):
            cells = cells_of(text, line.cells)
            if all(re.fullmatch(r"\s*:?[-–=]{2,}:?\s*", c) for c in cells):  # noqa: RUF001
                return  # "| --- | --- |": the rule under a header
            header = self.lists.header(cells)
            if header:
                ctx.columns = header
                ctx.listing = True
                return
            if ctx.columns:
                filled = [c for c in cells if c.strip()]
                if len(filled) == 1 and (role := self.lex.role_of(filled[0])):
                    # "| Ersättare | | |": a row that only names a role heads the rows below
                    ctx.role = role
                    return
                out.findings += self.lists.row(text, line.cells, ctx, (line.start, line.end))
                return
            filled = [c for c in line.cells if c[1] > c[0]]
            if ctx.body is not None and len(filled) >= 2 and not ctx.contacts:
                # a row under no header ("Ahola Aino, puheenjohtaja <tab><tab> Puu Pekka"):
                # the first cell is an entry; what the other columns mean is not said, unless
                # a cell says it itself ("varajäsen Name", "ersättare Name": that entry's
                # deputy)
                first = self.lists.entry(text, filled[0][0], filled[0][1], ctx)
                office = self._office_cell(text, line.cells, filled[0], first)
                if office is not None:
                    # "Aino Ek | OH2ABC | Sihteeri ja rahastonhoitaja |": a bare name, then a
                    # cell that is only the office the person holds (other cells between)
                    first = [replace(first[0], role=office)]
                out.findings += first
                held = [f for f in first if f.kind == "membership" and f.role != "deputy_member"]
                for s0, e0 in filled[1:]:
                    found = self.lists.entry(text, s0, e0, ctx)
                    if (
                        len(held) == 1
                        and len(found) == 1
                        and found[0].role == "deputy_member"
                        and found[0].rule == "list-role-first"
                    ):
                        out.findings.append(
                            replace(
                                found[0], quote=(line.start, line.end), deputy_for=held[0].actor
                            )
                        )
                return
        if (
            single
            and line.kind != "item"
            and "organisation" in ctx.columns
            and text[: line.start].rstrip().endswith("/")
        ):
            return  # "… Sotainvalidit ry /" then "Nurmeksen Sotaveteraanit ry": a wrapped cell
        if single and ctx.columns and line.kind != "item":
            in_columns = self.lists.column_line(text, line.start, line.end, ctx)
            if in_columns is not None:
                out.findings += in_columns
                return
            rows = (
                self.lists.register_row(text, line.start, line.end, ctx)
                or self.lists.glued_row(text, line.start, line.end, ctx)
                or self.lists.spaced_row(text, line.start, line.end, ctx)
                or self.lists.organisation_row(text, line.start, line.end, ctx)
            )
            if rows:
                out.findings += rows
                return
            if self.lists.glued_header(line.text) is None and not (
                ctx.body is not None and self._representatives_of(text, line) is not None
            ):
                # (but "Kaupunginhallituksen edustaja" between rows: whom the rows under it
                # represent, the same columns go on)
                ctx.columns = []
        if single and (heading := self._numbered_body_heading(text, line)) is not None:
            # "3. Johtokunta ja muut toimielimet" over "Aino Berg puheenjohtaja, …": a
            # numbered section's heading naming the body whose officers follow, no entry
            self._heading(text, replace(p, lines=[heading]), ctx, out)
            return
        entry_like = line.kind == "item" or (single and (ctx.listing or ctx.pairs))
        if (
            entry_like
            and single
            and line.kind != "item"
            and self.lists.officer_sentence(line.text)
            and (run := self.lists.officer_sentence_entries(text, line.start, line.end, ctx))
        ):
            # "Ordförande Bo Ek, vice ordförande och kassör Eva Lind, sekreterare Per Holm, samt
            # övriga ledamöterna A, B och C." under a lead-in: a sentence of offices, each
            # part a seat
            out.findings += run
            return
        if entry_like and single and _SERVES_AS_SENTENCE.search(line.text):
            # "Toimistonhoitaja Aino Ek toimii hallituksen sihteerinä." under a list: a sentence
            # with its verb and the role in the essive, read as one, not as an entry
            entry_like = False
        if (
            entry_like
            and single
            and line.kind == "heading"
            and not ctx.contacts
            and self.contacts.match(line.text.strip().rstrip(":").strip())
            and not self.reader.persons(tokens(text, line.start, line.end))
        ):
            # "Toimihenkilöinä ovat olleet" after a board's list: the officials' list begins,
            # its names hold no seat in the board
            self._heading(text, p, ctx, out)
            return
        if entry_like and ctx.contacts:
            if (
                single
                and line.kind == "heading"
                and (
                    self._ends_contacts(line.text)
                    or self.lists.glued_header(line.text)
                    # "Ersättare:" after the co-opted persons' "Adjungerad kassör:"
                    or (
                        ctx.co_opted
                        and line.text.strip().endswith(":")
                        and self.lex.role_of(line.text.strip(" \t:"))
                        in ("chair", "vice_chair", "secretary", "member", "deputy_member")
                    )
                )
            ):
                # "Valitut nuorisovaltuutetut:" or a table's column header ("Jäsen
                # Henkilökohtainen varajäsen") under a contact card: a new list begins
                self._heading(text, p, ctx, out)
                return
            if ctx.experts:
                out.no_seat.append((p.start, p.end))  # permanent experts: nor a guess
            return  # a contact or a preparer, not a member
        if (
            not entry_like
            and ctx.listing
            and ctx.group is not None
            and len(line.text.split()) <= 6
            and not line.text.endswith(".")
        ):
            # "Aino Tikkanen,\nIisalmen Eläkeläiset ry": a name and what is printed under it
            entry_like, single = True, True
            p = Paragraph([line], line.start, line.end, text[line.start : line.end])
        if (
            entry_like
            and single
            and line.kind != "item"
            and self._caption_then_columns(line.text.strip().rstrip(":,").strip()) is not None
            and not self.reader.bodies(tokens(text, line.start, line.end))
        ):
            # "Honnör Grad Namn" after a table's last row: the caption and columns of the next
            self._heading(text, p, ctx, out)
            return
        if entry_like and ctx.label_role and (officer := self._group_officer(text, line, ctx)):
            out.findings += officer
            return
        if entry_like and ctx.delegates and (delegates := self._delegates(text, line, ctx)):
            out.findings += delegates
            return
        if entry_like:
            end = p.end
            if line.kind == "row" and len(line.cells) == 1 and not ctx.columns:
                # "Aino Mäki, pj Testilän Seniorit ry |": a table of one column flattened, the
                # cell is the entry
                end = line.cells[0][1]
            elif (
                single
                and (tail := _CONTACT_TAIL.search(text, line.content_start, end))
                and not _CONTACT_WORDS.sub("", text[tail.start() : end]).strip(" \t;:,.()[]-")
            ):
                # "Aino Ek  040 123 4567; email: aino.ek (at) …", "Jäsen  Bo Lind: 050 …": the
                # phone and address closing the entry are no part of it (but not "…, tfn 040 …,
                # personlig ersättare Bo Lind": more of the entry after them)
                end = tail.start()
            if single and (mark := _PRESENCE_MARKS.search(text, line.content_start, end)):
                # "Göran Pettersson m x", "Linda Sundberg c x Tjg" in a roll-call: the marks of
                # presence (and of serving) after the party are no part of the entry
                end = mark.start()
            elif (
                single
                and (ctx.body is not None or ctx.listing)
                and (remark := _REMARK_AT_END.search(text, line.content_start, end))
            ):
                end = remark.start()  # "Ledamot Karin Ek nyval": the election's remark after
            elif (
                single
                and (ctx.body is not None or ctx.listing)
                and (term := _TERM_COLUMNS_AT_END.search(text, line.content_start, end))
            ):
                end = term.start()  # "Ordförande A Årsmöte 2021-2022 8 okt 2023": the term
            saved_role = ctx.role
            alternating = (
                ctx.group is None
                and ctx.header_roles == ["member", "deputy_member"]
                and not ctx.columns
                and not ctx.pairs
                # (a line that names its own deputy or a label is no cell of such a table)
                and ":" not in line.text
                and not re.search(rf"(?i)(?<!\w)(?:{self.lex.deputies})", line.text)
            )
            if ctx.group is not None and len(ctx.header_roles) > 1:
                k = len([f for f in ctx.group_found if f.kind in ("membership", "candidacy")])
                ctx.role = ctx.header_roles[min(k, len(ctx.header_roles) - 1)]
            elif alternating:
                # "Ordinarie" / "Ersättare" over one name a line: the two columns' cells
                # alternate, member then deputy
                ctx.role = ctx.header_roles[cell % 2]
            begin = line.content_start
            if line.kind == "item" and (title := _ACADEMIC_TITLE.match(text, begin, end)):
                begin = title.end()  # "- Dr. Aino Ek, Institution …": the title is no name's
            elif (
                ctx.listing
                and ctx.body is not None
                and (job := _JOB_BEFORE_NAME.match(text, begin, end)) is not None
                and self.lex.is_occupation(job.group(1).casefold())
            ):
                # "Professor Richard Benner, vetenskapsområdet för …" in a body's list: the
                # person's job title opens the line, no part of the name
                begin = job.end()
            entries = self._seats_in_named(text, begin, end, ctx)
            if entries is None:
                entries = self._column_label_entry(text, line, ctx, out)
                if entries == [] and ctx.column_label is not None and not ctx.column_label[0]:
                    ctx.role = saved_role
                    return  # auditors under their column label: no seat, nor another reading
            if entries is None and single:
                # "Puheenjohtaja A, Kylälän kaupunki, B, Socom, C, …": people and whom they
                # come from run on one line, not one entry
                entries = self.lists.name_comma_organisation_list(text, begin, end, ctx) or None
            if entries is None:
                entries = self.lists.entry(text, begin, end, ctx)
                if (
                    single
                    and entries
                    and GAP.search(text, entries[0].actor.start, entries[0].actor.end)
                    and (padded := self.lists.padded_entry(text, line.content_start, line.end, ctx))
                ):
                    # "Aino Berg   Kassör": no name runs across a column's gap of spaces
                    entries = padded
            if not entries and single and COLUMN_GAP.search(line.text):
                entries = self.lists.padded_entry(text, line.content_start, line.end, ctx)
            if not entries and single and ctx.body is not None and not ctx.status:
                entries = self._name_organisation_entry(text, line.content_start, end, ctx)
            if not entries and single and ctx.body is not None and ctx.listing and ctx.role:
                # "• Kylälän Eläkeläiset ry, Aino Ahola" under "Varajäsenet"
                entries = self.lists.organisation_then_name(text, line.content_start, end, ctx)
            if not entries and single and ctx.body is not None and line.kind == "item":
                # "• Norrby, Eva Lind" / "• Söderby, Bo Ek": the place the seat is for, then
                # the person
                entries = self.lists.place_then_name(text, line.content_start, end, ctx)
            ctx.role = saved_role
            if len(entries) == 1 and line.kind == "item":
                entries = [self._place_glued_to_name(text, line, entries[0])]
            if (
                len(entries) == 1
                and entries[0].role == "deputy_member"
                and entries[0].deputy_for is None
                and entries[0].rule == "list-role-first"
                and out.findings
                and out.findings[-1].role != "deputy_member"
                and out.findings[-1].kind == entries[0].kind
                and out.findings[-1].quote[1] < line.start
                and not text[out.findings[-1].quote[1] : line.start].strip()
            ):
                # "Aino Ahola" / "varajäsen Pekka Puu": the deputy of the line just above
                entries[0].deputy_for = out.findings[-1].actor
            if (
                len(entries) == 1
                and entries[0].role == "deputy_member"
                and entries[0].rule == "list-entry"
                and (empty := re.search(rf"(?i),[ \t]*((?:{self.lex.deputies}))[ \t]*$", line.text))
                and out.findings
                and out.findings[-1].rule == "list-deputy"
                and out.findings[-1].quote[1] < line.start
                and re.search(
                    rf",[ \t]*{re.escape(empty.group(1))}[ \t]+[A-ZÅÄÖ]",
                    text[out.findings[-1].quote[0] : out.findings[-1].quote[1]],
                )
            ):
                # "Bo Lind (Kylälän Scouter), ersättare" under lines "Name (…), ersättare Name
                # (…)" (the same words before the deputy's name): the deputy's cell left empty,
                # the line's person the member; but "Eva Berg, suppleant" under "Name, personlig
                # suppleant Name" is a deputy of no one
                entries[0] = replace(entries[0], role=ctx.role or "member")
            if (
                entries
                and single
                and line.kind == "para"
                and line.text.rstrip().endswith(".")
                and len(line.text.split()) > 12
            ):
                # "Förbundsordförande A (B) och viceordförandena C (D) och E (F) valdes …" after
                # a list: a sentence naming several people, each with a role, that the list's
                # entry reading cuts short; read as a sentence when that names more seats
                # (each sentence of the line on its own: "A omvaldes som ordförande. B, som
                # kassör, samt C, ledamot, omvaldes." gives A's office to A alone)
                read = [
                    f
                    for sent in sentences(text, line.content_start, line.end)
                    for f in self.sentences.read(text, sent, ctx)
                ]
                seats = [f for f in read if f.kind == "membership"]
                if len(seats) > len([f for f in entries if f.kind == "membership"]):
                    entries = read
            if (
                len(entries) == 1
                and single
                and line.kind == "item"
                and entries[0].rule == "list-entry"
                and not ctx.role
                and line.text.rstrip().endswith(".")
                and len(text[entries[0].actor.end : end].split()) >= 8
                and (verb := _SENTENCE_VERB.match(text, entries[0].actor.end + 1, end))
                and not text[entries[0].actor.end : verb.start()].strip()
                and not any(
                    f.kind == "membership"
                    for sent in sentences(text, line.content_start, line.end)
                    for f in self.sentences.read(text, sent, ctx)
                )
            ):
                # "• Emerituskuraattori Jukka Karvinen on tiedustellut …": a sentence about the
                # person in a list's item, a verb right after the name, no entry of the list
                entries = []
            if (
                entries
                and line.kind == "item"
                and single
                and ctx.body is None
                and not ctx.listing
                and all(f.kind == "membership" and f.target is None for f in entries)
                and (
                    self._sentence_verb(text, entries[0].actor.end, end)
                    or re.match(rf"(?i)(?:{_GREETING.pattern})\s", text[begin:end])
                )
            ):
                # "• Bo Lind och Eva Ek sitter kvar i styrelsen", "• Anna Berg har avsagt sig
                # sin post", "• Välkommen Eva Ek in i styrelsen!": a bullet that is a sentence
                # (a verb after the name, a greeting before it), under no body: read as a
                # sentence, not as a list entry
                ctx.role = saved_role
                out.findings += self.sentences.read(
                    text, Sentence(begin, end, text[begin:end]), ctx
                )
                return
            if entries:
                if ctx.group is not None:
                    # ("Professorit": members of a group of people, held for no one)
                    if ctx.group.kind != PEOPLE_GROUP:
                        for f in entries:
                            if f.on_behalf_of is None and f.kind == "membership":
                                f.on_behalf_of = ctx.group
                    ctx.group_found += entries
                out.findings += entries
                return
            if (
                line.kind == "row"
                and len(line.cells) == 1
                and not ctx.columns
                and len(text[line.content_start : end].split()) <= 8
            ):
                return  # "Testilän Sote Oy |": a cell naming no one, the list goes on
            if (
                single
                and ctx.listing
                and (person := self.lists._person(text, line.content_start, end)) is not None
                and _ADJUNCT_AFTER.match(text[person.end : end].lstrip())
            ):
                # "Olof Nyström (adj), Advokatfirman Lindahl": a co-opted person among the
                # list's entries holds no seat (nor a guess), and the list goes on
                out.no_seat.append((line.start, line.end))
                return
        if single and ctx.body is not None and not ctx.contacts and line.kind != "row":
            # "Ordförande: Britt Pettersson", "Ihalainen Wilma, puheenjohtaja": a person and
            # the role they hold in the body of the context, on a line of its own, begins a
            # list even without an introduction
            entries = self.lists.role_line(text, line.content_start, line.end, ctx)
            if entries:
                out.findings += entries
                ctx.listing = True
                return
        if (
            single
            and ctx.body is None
            and not ctx.contacts
            and not ctx.status
            and line.kind != "row"
            and (said := _OFFICE_NAME_PARTY.fullmatch(line.text.strip()))
            and self.lex.role_of(said.group(1)) in ("chair", "vice_chair")
            and (entries := self.lists.role_line(text, line.content_start, line.end, ctx))
        ):
            # "Ordföranden Aino Berg (m)" / "Vice ordföranden Bo Lind (s)" in minutes' list of
            # those present, no body named above: the body's officers, their body the one the
            # document names (as for the members' list under them)
            out.findings += entries
            return
        if single and line.kind == "heading" and self._says_who_holds(line.text):
            # "Neuvoston puheenjohtaja on Aino Ahola ja sihteeri Pekka Puu" without its full
            # stop: a sentence, read as one
            para = replace(line, kind="para")
            s0, e0 = line.start, line.end
            self._paragraph(
                text,
                Paragraph([para], s0, e0, text[s0:e0], list(sentences(text, s0, e0))),
                ctx,
                out,
            )
            return
        if (
            single
            and line.kind == "heading"
            and ": " in line.text
            and line.text.count(";", line.text.index(": ")) >= 2
            and (listed := self._inline_list(text, line.start, line.end, ctx))
        ):
            # "Vanhusneuvostoon kuuluvat: A (pj.) / Org; B / Org; C" without its full stop:
            # entries run with semicolons after the colon, a list in a sentence
            out.findings += listed
            return
        if (
            single
            and line.kind == "heading"
            and ctx.listing
            and ctx.body is not None
            and not ctx.contacts
            and (job := _JOB_BEFORE_NAME.match(text, line.content_start, line.end)) is not None
            and self.lex.is_occupation(job.group(1).casefold())
            and (entries := self.lists.entry(text, job.end(), line.end, ctx))
            and all(
                f.kind == "membership"
                and m.FIRST_NAME in self.reader.word_classes(f.actor.written.split()[0])
                for f in entries
            )
        ):
            # "Professor Karl Michaëlsson, vetenskapsområdet för medicin och farmaci" in a
            # body's list, a title before a first name: an entry, no heading
            out.findings += entries
            return
        if single and line.kind == "heading":
            if ctx.contacts and re.fullmatch(r"[^:]+?\s*:\s+[^:]+\([^():]+\)", line.text.strip()):
                # "Esimerkkiliitto ry: Pekka Kallio (Sari Nurmi)" under "Pysyvät
                # asiantuntijatahot": one more entry of the list with no seats, no new heading
                if ctx.experts:
                    out.no_seat.append((line.start, line.end))
                return
            self._heading(text, p, ctx, out)
            return
        if len(p.lines) == 2 and self._contact_after_items(text, p):
            return  # "- Aino Ahola (lukio)" / "Laura Laine" / "nuorisotyöntekijä" / "040 …"
        if len(p.lines) == 2 and (
            card := self.lists.titled_card(
                text,
                (p.lines[0].content_start, p.lines[0].end),
                (p.lines[1].start, p.lines[1].end),
                ctx,
                headed=after_role_header,
                series=ctx.card_series,
            )
        ):
            out.findings += card  # "Eila Sallinen" / "vammaisneuvoston jäsen"
            ctx.listing = ctx.listing or ctx.card_series
            return
        seat = self.lists.seat_block(text, p.start, p.end, ctx)
        if seat:
            out.findings += seat
            return
        first = p.lines[0]
        listed = self.lists.name_organisation_list(
            text, first.content_start, first.end, ctx
        ) or self.lists.name_comma_organisation_list(text, first.content_start, first.end, ctx)
        if listed:
            # "Aino Ahola Kylälän koulu, Pekka Puu Mäkelän lukio varapuheenjohtaja, …": a line
            # of its own, whatever the lines after it say
            out.findings += listed
            if len(p.lines) > 1:
                rest = p.lines[1:]
                s0, e0 = rest[0].start, rest[-1].end
                self._paragraph(
                    text,
                    Paragraph(rest, s0, e0, text[s0:e0], list(sentences(text, s0, e0))),
                    ctx,
                    out,
                )
            return
        named_before: list[Mention] = []
        previous: tuple[int, int] | None = None
        for s in p.sentences:
            before, previous = previous, (s.start, s.end)
            if _STAFF_REPS_LABEL.match(s.text) and (
                ctx.body is not None or self._last_body_named(text, p.start, s.start)
            ):
                # "Personalrepresentanter: A, B, C" after a board's members and deputies: the
                # staff's representatives speak at its meetings, no seats (nor a guess)
                out.no_seat.append((s.start, s.end))
                continue
            if strided := self._name_employer_place_run(
                text, s.start, s.end, ctx, self._last_body_named(text, p.start, s.start)
            ):
                out.findings += strided
                continue
            meeting = self.electing.search(s.text) if self.electing is not None else None
            if meeting is not None and not ctx.meeting_said:
                # "Föreningen har hållit årsmöte": the seats it fills are the board's; the
                # first sentence naming such a meeting decides (a body's own meetings,
                # "Valtuuskunta kokoontuu kevät- ja syyskokoukseen", are that body's, and a
                # meeting that fills bodies it names, "fick ny styrelse och ny valberedning",
                # leaves the sentences to name theirs)
                ctx.meeting_said = True
                at = s.start + meeting.start()
                named = [
                    b
                    for b in self.reader.bodies(tokens(text, s.start, s.end))
                    if not b.plural
                    and not self._owns_the_meeting(text, b, at)
                    # (not the meeting itself: "förbundsstämma", a congress, is no body of seats)
                    and not b.start <= at < b.end
                ]
                if not named and not _MEETS_REGULARLY.search(s.text):
                    a, b = s.start + meeting.start(), s.start + meeting.end()
                    board = self.lex.board
                    if level := _LEVEL_CONGRESS.match(meeting.group()):
                        # "förbundsstämma", "kårstämma": the congress of that level elects
                        # its board ("Förbundsstyrelsen", "Kårstyrelsen"), named with its
                        # owner where the page names it so, and only one ("Njurförbundets
                        # förbundsstyrelse")
                        board = level.group(1).capitalize() + self.lex.board.casefold()
                        owned = {
                            o.group(1)
                            for o in re.finditer(
                                rf"(?<![\w-])([A-ZÅÄÖ][\w-]+s)[ \t]+{level.group(1).casefold()}"
                                r"styrelse(?![\w-])",
                                text,
                            )
                        }
                        if len(owned) == 1:
                            board = f"{owned.pop()} {level.group(1).casefold()}styrelse"
                    ctx.meeting = Mention(a, b, meeting.group(), board, "body", 0.5)
            elif (
                meeting is not None
                and meeting.start() == 0
                and ctx.meeting is not None
                and ctx.body is None
                and not self.reader.bodies(tokens(text, s.start, s.end))
            ):
                # "Årsmötet startade 19.00": the text is back at the meeting, whose seats are
                # its board's; a body named in passing before ("ordförande i Kultur &
                # Fritidsnämnden", a guest's) is no longer the one spoken of
                ctx.recent = None
            inline = self._inline_list(text, s.start, s.end, ctx)
            read = inline or self.sentences.read(text, s, ctx)
            read = read or self._continuing_members(text, s.start, s.end, ctx)
            read += self._they_form(text, s.start, s.end, named_before, read, ctx)
            if not ctx.status:
                # "Styrelsen har 7 ledamöter. De är A, B och C": the members it goes through
                read += self._they_are(text, s.start, s.end, before, read)
            read += self._surname_officers(text, s.start, s.end, named_before, read, ctx)
            # a portrait's memberships in other bodies: not what the text is about
            out.findings += self._portrait(text, s.start, s.end, read, ctx)
            named_before += [f.actor for f in read if f.actor.kind == "person"]
            ctx.presidium = self._presidium(text, s.start, s.end)
            ctx.people += [
                m
                for m in self.reader.persons(tokens(text, s.start, s.end))
                if " " in m.name and m.name not in {q.name for q in ctx.people}
            ]
            named_before += self.reader.persons(tokens(text, s.start, s.end), in_list=True)
            out.findings += read
            if (
                ctx.body is None
                and not read
                and (sized := _SIZE_DECIDED.search(s.text)) is not None
                and (kind := self.lex.body_kind(sized.group("body").casefold())) is not None
            ):
                # "Årsmötet beslutade att styrelsen ska bestå av tre ledamöter och två
                # ersättare." over the elections: the body they fill is the one sized
                word, a = sized.group("body"), s.start + sized.start("body")
                name = word[:1].upper() + word[1:]
                ctx.body = Mention(a, a + len(word), word, name, kind, 0.5)
                ctx.body_from_prose = True
            elif ctx.body is None and not inline:
                # "Kommunstyrelsen har utsett ett äldreråd där X tillsattes som ordförande.
                # Y utsågs till vice ordförande ...": a news text with no heading naming the
                # body goes on speaking of the body its first officer was named in
                held = [
                    f.target
                    for f in read
                    if f.kind == "membership"
                    and f.target
                    # (nor a post an apposition describes a person by: "A, ordförande i X")
                    and f.rule not in ("text-they-form", "text-apposition")
                ]
                if held and _GUEST.search(s.text):
                    # a guest's own body is not the page's: the one body with seats the
                    # page names outside its guests' sentences is
                    own = self._own_body_beside_guests(text)
                    if own is not None:
                        ctx.body = own
                        ctx.body_from_prose = True
                elif held:
                    ctx.body = held[0]
                    ctx.body_from_prose = True
                    if any(
                        f.rule == "text-elected-for-organisation" and f.target is held[0]
                        for f in read
                    ):
                        ctx.elected_for = held[0]
            elif ctx.body_from_prose and not inline and not _GUEST.search(s.text):
                # "Kommunfullmäktige valde A till ordförande … Till kommunstyrelse valdes B, C
                # … Till ordförande valdes B": the text has gone on to the body it now fills
                filled = [
                    f.target
                    for f in read
                    if f.kind == "membership"
                    and f.target is not None
                    and f.rule not in ("text-they-form", "text-apposition")
                    and (
                        not self.anaphora.fullmatch(f.target.written)
                        # "Yhdistyksen puheenjohtajaksi valittiin A. Hallitukseen valittiin
                        # B …": from an association on to its board
                        or ctx.body.kind in ("registered_association", "ngo")
                    )
                    and not SentenceReader._refers_to(f.target, ctx.body)
                ]
                if filled:
                    ctx.body = filled[0]
            # the organ a person was sent from ("Kaupunginhallituksesta siihen kuuluvat …") is
            # not what the text speaks of, as an organ that appoints is not
            senders = {f.on_behalf_of.start for f in read if f.on_behalf_of is not None}
            named = [
                b
                for b in self._specific_bodies(text, s.start, s.end)
                if not appoints(text, b) and b.start not in senders
            ]
            if (
                not named
                and self.appoints is not None
                and any(self.appoints.match(w) for w in re.findall(r"\w+", s.text))
            ):
                # "Kunnanhallitus asetti vanhusneuvoston …": the body an organ appoints, even
                # as a bare word, is what the next sentence's "siihen" points back to
                named = [
                    b for b in self._composed_bodies(text, s.start, s.end) if b.start not in senders
                ]
            serving_as = self._body_serving_as(text, s)
            if serving_as is not None:
                # "Yhdistyksen hallituksena toimii johtokunta": the body that serves as the
                # board is what the text goes on to list, not the board it serves as
                named = [serving_as]
            officers_of = [
                f.target
                for f in read
                if f.kind == "membership"
                and f.role in ("chair", "vice_chair")
                and f.target is not None
                and f.rule == "text-subject-serves"
            ]
            if officers_of and not named:
                # "A toimii ympäristölautakunnan puheenjohtajana": a body written as one
                # lower-case word is still the one the next sentence's "lautakunta" means
                named = officers_of[:1]
            if not named and ctx.body is None and ctx.recent is not None:
                # "Skidsektionens verksamhet fortsatte …" / "Styrelsen utökas med två nya namn
                # … A valdes om som ordförande": the board's bare word as a sentence's subject
                # is what the roles after it are in, not the body named before
                named = self._board_subject(text, s)
            if not named and ctx.body_from_prose and _ELECTION_VERB.search(s.text):
                # "Syyskokouksessa valittiin kolme jäsentä liittohallitukseen": the compound
                # an election fills, one lower-case word in the illative, is what the next
                # sentence's bare "hallituksessa" means
                filled = [
                    b
                    for b in self.reader.bodies(tokens(text, s.start, s.end))
                    if b.case == "ill"
                    and not b.plural
                    and b.written[:1].islower()
                    and " " not in b.written.strip()
                    and not self.anaphora.match(b.written)
                ]
                if len(filled) == 1:
                    named = filled
            if (
                len(named) >= 2
                and named[-1].written[:1].islower()
                and not named[-1].plural
                and (
                    full := next(
                        (
                            b
                            for b in named[:-1]
                            if b.written[:1].isupper()
                            and b.kind == named[-1].kind
                            and SentenceReader._refers_to(named[-1], b)
                        ),
                        None,
                    )
                )
                is not None
            ):
                # "asetti Kirkon vapaaehtoistoiminnan kehittämistyöryhmän … vapaaehtoistoiminnan
                # työryhmän": a lower-case description of the body just named in full is that
                # body, and its full name is the one a list after it belongs to
                named = [*named[:-1], full]
            defined = (
                named
                and not text[s.start : named[0].start].strip()
                and named[0].written[:1].isupper()
                and named[0].case in ("", "nom")  # not "Kunnanhallituksen on asetettava …"
                and (
                    _DEFINED.match(text, named[0].end, s.end) is not None
                    # "Stiftsstyrelsen består av 12 ledamöter …": what the body is made of
                    or _MADE_OF.match(text, named[0].end, s.end) is not None
                )
            )
            if defined:
                # "Kuusijoen vanhusneuvosto on ikäihmisten vaikuttamistoimielin, joka …": what
                # the body is said to be describes it; the list after it is the subject's, also
                # when the text spoke of another body before
                named = named[:1]
                if s is p.sentences[0] and (
                    ctx.body is None
                    or (
                        named[0].start > ctx.body.start
                        # (a bare "Vammaisneuvosto on …" or "Kylälän kunnan vammaisneuvosto
                        # on …" speaks of the body named before; "Marjakosken vammaisneuvosto
                        # on …" of another)
                        and not _same_name(named[0].name, ctx.body.name)
                        and (
                            " " in named[0].name.strip()
                            or not SentenceReader._refers_to(named[0], ctx.body)
                        )
                    )
                ):
                    ctx.body = named[0]
            if (
                ctx.body is not None
                and len(p.sentences) == 1
                and (lead := _NEW_BODY_LEAD.match(text, s.start, s.end)) is not None
                and (
                    new := [
                        b
                        for b in self.reader.bodies(tokens(text, lead.end(), s.end))
                        if b.start == lead.end() and not b.plural
                    ]
                )
                and not _same_name(new[0].name, ctx.body.name)
            ):
                # "Den nya styrelsen har börjat." after the nominating committee's list: the
                # text speaks of the new board again (a photo's caption under it is of it)
                ctx.body = replace(new[0], name=new[0].name[:1].upper() + new[0].name[1:])
                ctx.listing, ctx.role = False, ""
            if (
                named
                and not defined
                and s is p.sentences[0]
                and ctx.body is not None
                and not text[s.start : named[0].start].strip()
                and named[0].written[:1].isupper()
                and " " in named[0].written.strip()
                and named[0].case in ("", "nom")
                and _CONVENED.match(text, named[0].end, s.end) is not None
                and not _same_name(named[0].name, ctx.body.name)
                and not SentenceReader._refers_to(named[0], ctx.body)
            ):
                # "Säätiön neuvottelukunta kokoontui …" opening a paragraph: the body that
                # met, named in full as the subject, is the one the bare roles after it
                # ("Puheenjohtajaksi valittiin A") are in, not the body of the text before
                ctx.body = named[0]
            if (
                named
                and line.kind != "item"  # a task in a list is not what the text is about
                # "edustajilla on läsnäolo- ja puheoikeus lautakunnassa": where they may
                # attend, not the body a list after it composes
                and self.lex.not_member_status(s.text) != "invited"
            ):
                ctx.recent = named[-1]
        if line.kind == "item" and single and _FILLING_ITEM.search(line.text):
            # "1. valita ympäristöpalvelut -jaostoon 5 jäsentä … seuraavasti:": a decision's
            # item that fills one body, named in the illative, introduces the list under it;
            # an item that fills a body not read leaves the body before the first such item
            filled = [
                b
                for b in self.reader.bodies(tokens(text, line.content_start, line.end))
                if not b.plural and b.case == "ill"
            ]
            if len(filled) == 1:
                if not ctx.item_filled:
                    ctx.item_body_before, ctx.item_filled = ctx.body, True
                ctx.body, ctx.listing, ctx.role = filled[0], True, ""
            elif not filled and ctx.item_filled:
                ctx.body, ctx.listing, ctx.role = ctx.item_body_before, True, ""
        if (
            line.kind == "item"
            and single
            and line.text.rstrip().endswith(":")
            and (composed := self._bare_composed(text, line.content_start, line.end, ctx))
        ):
            # "- Uusi hallitus järjestäytyi seuraavasti:": an item whose body, as the subject of
            # the verb that says its composition, introduces the list under it
            ctx.body, ctx.listing, ctx.role, ctx.columns, ctx.status = composed[0], True, "", [], ""
            return
        if line.kind == "item":
            return  # an item that is no entry (a task in a list) does not end the list
        if (
            ctx.listing
            and single
            and line.text[:1].islower()
            and len(line.text.split()) <= 8
            and not re.search(r"[.:!?]$", line.text.rstrip())
            and text[text.rfind("\n", 0, max(0, line.start - 1)) + 1 : line.start].strip()
            and self.lex.find_role(line.text) is None
            and not self.reader.bodies(tokens(text, line.start, line.end))
        ):
            # "Maria Lind" / "kolonist i Vinterviken (odlingslotter)": a card's line in lower
            # case right under its name or phone, what the person is or does; the list goes on
            # (not "vammaisneuvoston sihteeri" over a contact: an office, a body)
            return
        self._prose_context(text, p, ctx, out)


__all__ = ["Walk", "Walker"]

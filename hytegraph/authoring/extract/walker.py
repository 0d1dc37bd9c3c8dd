"""The walk through a document: paragraph by paragraph, keeping the context that headings and
introductions set (:class:`~hytegraph.authoring.extract.findings.Context`), handing list
entries and table rows to :mod:`.lists` and running text to :mod:`.sentences`."""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.apart import ApartReader, nicknames_moved
from hytegraph.authoring.extract.findings import Context, Finding, Walk
from hytegraph.authoring.extract.lexicon import (
    DEPUTY_WORDS,
    MEETING_NAME,
    SV,
    TREASURER_WORDS,
    Lexicon,
    agency_name,
    words_pattern,
)
from hytegraph.authoring.extract.lists import (
    _CAPTION,
    _CAPTION_COMMA,
    _DUTY_FIRST,
    AUDITOR,
    NO_SEAT_CROWD,
    ListReader,
    _membership,
    cells_of,
    credited,
    photo_of_several_terms,
    sent_to_a_meeting,
)
from hytegraph.authoring.extract.mentions import (
    INSTITUTION_OF_PLACE,
    Mention,
    Reader,
    Token,
    shared_first_words,
    tokens,
)
from hytegraph.authoring.extract.morphology import Morphology
from hytegraph.authoring.extract.places import gazetteer, place_of
from hytegraph.authoring.extract.rosters import read_rosters
from hytegraph.authoring.extract.runs import RunReader, merge, without_towns
from hytegraph.authoring.extract.segment import (
    COLUMN_GAP,
    Line,
    Paragraph,
    Sentence,
    contact_line,
    enumeration_item,
    lines,
    paragraphs,
    sentences,
)
from hytegraph.authoring.extract.sentences import (
    _APPOINTING,
    _INFLUENCE,
    SentenceReader,
    appoints,
)
from hytegraph.authoring.extract.unflatten import Unflattener

#: A table's column labels run together with colons between them, one of them the name
#: ("Befattning: Namn : Kommun : Sektor : Mandatperiod slutar:").
_RUN_TABLE_HEADER = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+)?\s?:\s*){3,7}")

#: A body's word glued by a slash to an abbreviation in capitals ("LAG/styrelsen").
_ABBREVIATION_SLASH_BODY = re.compile(r"(?<![\w./])([A-ZÅÄÖ]{2,5})/([a-zåäö]+)(?![\w/])")

#: A deputy's word right before the deputy's name in a run of member/deputy pairs ("supp Bo
#: Lind", "suppl. Eva Ek", "ers. Kim Sund").
_DEPUTY_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?:suppl?\.?|ers\.|ersättare|suppleant)(?=\s+[A-ZÅÄÖ])", re.IGNORECASE
)

#: A body's bare word in English, Finnish or Swedish, perhaps with an article: the page's
#: named body of that kind ("the Council" for "Council for the Disabled").
_BARE_KINDS = frozenset(
    """council board committee valtuusto hallitus lautakunta neuvosto toimikunta johtokunta
    jaosto fullmäktige fullmäktiget styrelse styrelsen nämnd nämnden råd rådet utskott
    utskottet""".split()  # noqa: SIM905
)
#: "… består av", "… koostuu": a list of the subject's members follows.
_CONSISTS_OF = re.compile(r"(?i)\b(?:består\s+av|utgörs\s+av|koostuu|muodostuu)\s+")


def _definite(word: str) -> str:
    """The Swedish definite form of a bare body word ("nämnd" → "nämnden"); Finnish and
    English words are their own."""
    if word.endswith(("nämnd", "styrelse")):
        return word + ("n" if word.endswith("e") else "en")
    if word.endswith(("råd", "utskott")):
        return word + "et"
    return word


#: A line that says a body's seats follow: "RPG:s förbundsstyrelse … är:", "De övriga
#: ledamöterna i förbundsstyrelsen blev:", "Hallituksen jäsenet ovat:".
_IS_LIST_INTRO = re.compile(
    r"(?im)^(?:[^\n:]|:(?=\w))*\b(?:(?:är|blev|utgörs\s+av|ovat|on)[ \t]*:[ \t]*$|valdes[ \t]*:)"
)
#: The end of a run of entries: a full stop at a line's end.
_LIST_RUN_END = re.compile(r"\.[ \t]*(?:\n|$)")
#: "… samt Name", "… och Name", "… ja Name": the last entry.
_LAST_AND = re.compile(r"\s(?:samt|och|ja)\s")
#: "(sijainen tasa-arvoministeri X)", "(ersättare X)": a deputy in brackets after a member.
_PAREN_SUBSTITUTE = re.compile(r"\(\s*(?:sijainen|varajäsen|varalla|ersättare|suppleant)\s+", re.I)
#: "… efterträder Roger Jansson (fs) som ordförande": the subject takes the post.
_SUCCEEDS_AS = re.compile(
    r"\s+efterträder\s+[^.\n]{3,60}?\s+som\s+(?P<post>(?:vice\s*)?ordförande|sekreterare)\b"
)
#: "Björkmans personliga ersättare blir …": the deputy of the person named before.
_OWN_DEPUTY_IS = re.compile(
    r"\b[A-ZÅÄÖ][\w-]+s\s+(?:personliga\s+)?ersättare\s+(?:blir|är|blev)\s+"
)
#: "… med Jonny Karlström (c) Brändö som ersättare": a deputy named beside a seat.
_WITH_AS_DEPUTY = re.compile(
    r"\bmed(\s+)[A-ZÅÄÖ][^.\n]{3,60}?(\s+)som\s+(?:personlig\s+)?ersättare\b"
)
#: "… nyvalda styrelse, från vänster: A, B och C": a caption naming a body's persons.
_LEFT_TO_RIGHT = re.compile(
    r"(?im)^(?P<head>[^\n.:]{3,120}?)\s*,?\s*(?P<from>från\s+vänster|fr\.\s*v\.|"
    r"vasemmalta(?:\s+lukien)?|kuvassa\s+vasemmalta)\s*:?\s*"
)
#: Two or three capitalised words, all a bracket holds: "(Mari Lahti)", "(Muhiadin Hersi)".
#: What may follow a list line's name before a bracket: a short post ("pj.", "vpj.",
#: "varapuheenjohtaja"), then the bracket's inside
_POST_THEN_BRACKET = re.compile(r"[ \t]*(?:[a-zåäö]{1,20}\.?[ \t]*)?\((?P<inner>[^()\n]*)\)")
#: A note in a bracket after a list line's name, in small letters ("ilm. myöh.", "kesk")
_BRACKET_NOTE = re.compile(r"[ \t]*[a-zåäö][\w. -]*")
#: "Testilän Seuran hallituksen kokous 3/2019": a body's meeting in the genitive in a
#: minutes' head
_MEETING_TITLE_GENITIVE = re.compile(
    r"(?<![\w-])(?P<body>[\w-]+n)[ \t]+kokous(?:[ \t]+(?:nro[ \t]*)?\d+/\d{2,4})?[ \t]*$", re.M
)
#: "Aino Ek pj      12-20", "Bo Lind        poissa": an attendance line, the name (a post
#: and its years) padded apart from the items attended or the word for absent
_PADDED_ATTENDANCE = re.compile(
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:[ \t][A-ZÅÄÖ][\w-]+){1,2})"
    r"(?:[ \t](?P<post>[a-zåäö]{1,12}\.?))?(?P<term>[ \t]+\d{4}[–-]\d{2,4})?"  # noqa: RUF001
    r"(?:[ \t]{2,}|\t)(?:§*[ \t]*\d+(?:[ \t]*[–-][ \t]*\d+)?|poissa|läsnä)[ \t]*"  # noqa: RUF001
)
_BRACKETED_NAME = re.compile(
    r"\s*([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
    r"(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2})\s*"
)
#: "Ryhmän puheenjohtajina toimivat A ja B": a post in the plural essive, its holders after.
_CO_OFFICERS = re.compile(
    r"(?P<body>\b\w+n)\s+(?P<post>(?:vara)?puheenjohtajina|sihteereinä)\s+toimivat\s+"
)
_CO_POSTS = {
    "puheenjohtajina": "chair",
    "varapuheenjohtajina": "vice_chair",
    "sihteereinä": "secretary",
}
#: "… sekä ylijohtaja Esko Ranto", "… ja Esko Ranto": the next person of a coordination (not
#: "sosiaali- ja terveysministeriöstä").
_NEXT_TITLED = re.compile(r"\s(?:sekä|ja)\s(?=[a-zåäö]+\s+[A-ZÅÄÖ]|[A-ZÅÄÖ])")


#: A distributive word before a body's name ("respektive sektionsstyrelse", "varje
#: lokalavdelnings styrelse", "kunkin jaoston"): each one's own body, not one body named.
_EACH_ONES = re.compile(
    r"(?i)(?<![\w-])(?:respektive|varje|vardera|kunkin|jokaisen)[ \t]+(?:\w+[ \t]+)?$"
)


def _shorter_form(short: str, long_: str) -> bool:
    """Whether the body name ``short`` is a shorter form of ``long_`` (both lower case): its
    end ("liikunnan ohjausryhmä" of "edistävän liikunnan ohjausryhmä") or its last word's end
    ("ministerityöryhmä" of "koronaministerityöryhmä")."""
    return short != long_ and (
        long_.endswith(" " + short) or (" " not in short and long_.split()[-1].endswith(short))
    )


#: "… STYRELSE Name, Town, Name, Town, … Name, Town." or "Ersättare: Name, Town, …": a run
#: of comma-separated capitalised items up to a full stop.
_NAME_PLACE_RUN = re.compile(
    r"(?:(?P<label>\b[A-ZÅÄÖ][a-zåäö]+):\s+)?(?P<run>(?:(?<![\w-])[A-ZÅÄÖ][a-zåäö][\w-]*"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*){0,2},[ \t]+){5,}[A-ZÅÄÖ][a-zåäö][\w-]*"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*){0,2})\."
)
#: "…HärjedalenHans Hedlund,": a name glued to the word before it, up to a comma.
_GLUED_NAME = re.compile(
    r"(?<=[a-zåäö]{3})([A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2})(?=[ \t]*,)"
)
#: "de sistnämnda", "förstnämnda": the persons just named, not a body.
_LAST_NAMED = re.compile(r"(?:sist|först|ovan)?nämnda|viimeksi mainitut|edellä mainitut")
#: "valdes styrelsemedlemmar för perioden 2019 - 2021:": a compound seat noun whose first part
#: is a body's kind, introducing a list.
_COMPOUND_SEATS_INTRO = re.compile(
    r"(?im)\b(?P<seats>(?P<body>styrelse|nämnd|direktions?|råd)(?:s)?"
    r"(?:medlemmar|ledamöter|ledamot|ersättare))\b[^\n:.]*:[ \t]*$"
)
#: "Council for the Disabled", "Board of Education": an English body named by its kind and
#: what it is for, each word after the article capitalised.
_EN_BODY_OF = re.compile(
    r"\b(?:Council|Board|Committee) (?:for|of|on) (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*"
)
#: A municipality's own body among several of a kind.
_MUNICIPAL_BODY = re.compile(r"(?:kaupungin|kunnan|kommun|stads|city |municipal )\w*")


#: A house number and a postal code after a "name": a street named for a person ("Juhani
#: Ahontie 5c, 73100 Lapinlahti"), not the person.
#: A row of a members' table with the group's numbered deputy beside the member: "Ek Aino
#: 1. Puu Pekka", or the member alone.
_NUMBERED_ROW = re.compile(
    r"[ \t]*([A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,3})"
    r"(?:[ \t]+(\d{1,2})\.[ \t]+([A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,3}))?[ \t]*$"
)

#: Column headers over such a table: the members' and the deputies' word.
_MEMBERS_COLUMN = re.compile(
    r"(?<![\w-])(?:jäsenet|varsinaiset|valtuutetut|edustajat|ledamöter|ordinarie)(?![\w-])",
    re.I,
)
_DEPUTIES_COLUMN = re.compile(
    r"(?<![\w-])(?:varajäsenet|varavaltuutetut|varaedustajat|ersättare|ersättarna)", re.I
)

#: The header line of a members' and personal deputies' table flattened a row a line
#: ("Jäsen Varajäsen Kunta", "Ordinarie ledamot Ersättare Kommun").
_PAIR_HEADER = re.compile(
    r"(?im)^[ \t]*(?:varsinainen[ \t]+|ordinarie[ \t]+)?(?:jäsen|jäsenet|ledamot|ledamöter)"
    r"[ \t]+(?:henkilökohtainen[ \t]+|personlig[ \t]+)?"
    r"(?:varajäsen|varajäsenet|ersättare|suppleant|suppleanter)"
    r"(?:[ \t]+(?P<place>kunta|kotikunta|kommun|hemkommun)"
    r"|[ \t]+(?P<party>puolue|puolueet|ryhmä|parti|partier|grupp))?[ \t]*$"
)

#: The header line of such a table whose first column is the party the seats are for
#: ("Parti Ordinarie Ersättare", "Puolue Varsinainen jäsen Varajäsen").
_LEAD_PARTY_PAIR_HEADER = re.compile(
    r"(?im)^[ \t]*(?:puolue|ryhmä|parti|grupp)[ \t]+(?:varsinainen[ \t]+jäsen|varsinaiset[ \t]+"
    r"jäsenet|varsinaiset|jäsen|jäsenet|ordinarie[ \t]+ledamöter|ordinarie[ \t]+ledamot|ordinarie"
    r"|ledamot|ledamöter)[ \t]+(?:varajäsen|varajäsenet|ersättare|ersättarna|suppleant|"
    r"suppleanter)[ \t]*$"
)

#: A page's title that names a council's preparatory committee ("Demokratiberedningen",
#: "Fullmäktigeberedningen för hållbarhet" is not one word and is not read so).
_PREPARATORY_TITLE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}beredningen")

#: A party written in brackets after a name in such a row: "(vihr.)", "(kd)", "(SFP)".
_PAIR_ROW_PARTY = re.compile(r"[ \t]*\([\w./-]{1,10}\)")

#: An office written between a member's name and the deputy's in such a row: ",
#: puheenjohtaja", "I vpj", "2. vpj.", ", ordförande".
_PAIR_ROW_ROLE = re.compile(
    r",?[ \t]+((?:(?:I{1,3}|\d\.)[ \t]*)?(?:varapuheenjohtaja|puheenjohtaja|vpj\.?|pj\.?"
    r"|sihteeri|vice[ \t]+ordförande|ordförande|vice[ \t]+ordf\.|ordf\.|sekreterare))[ \t]+"
    r"(?=[A-ZÅÄÖ])"
)

#: A lower-case word after a comma between a member's name and the deputy's in such a row
#: (", orförande "): an office, when it is an officer's word with one letter off.
_PAIR_ROW_WORD = re.compile(r",[ \t]+((?:vice[ \t]+)?[a-zåäö]{8,})[ \t]+(?=[A-ZÅÄÖ])")

#: The officers' words a misspelt office in such a row is compared with.
_OFFICE_SPELLINGS = ("ordförande", "sekreterare", "puheenjohtaja", "varapuheenjohtaja", "sihteeri")

#: A lower-case particle of a surname ("von", "af", "van", "de"): part of the name.
_NAME_PARTICLE = re.compile(r"(?:von|af|van|de|der|di|du|la|le)")

#: A body's number after its name, then an office: " 1 puheenjohtaja", " 2 ordförande".
_BODY_NUMBER = re.compile(
    r"[ \t]([1-9]\d?)[ \t]+(?:varapuheenjohtaj|puheenjohtaj|pj\b|sihteer|vice[ \t]+ordförande"
    r"|ordförande|sekreterare)"
)
#: A body's name that begins with an association's legal form ("Ry:n hallitus").
_FORM_LED = re.compile(r"(?i)(ry|rf):(?:n|s)[ \t]+\w")
#: An association's name with its legal form in the genitive: "Kylälän Martat ry:n".
_OWNER_FORM = re.compile(r"(?<![\w-])((?:[A-ZÅÄÖ][\w-]*[ \t]+){1,4})(?:ry:n|rf:s)\b")
#: The association's own name written right before it ("Kylälän Martat ").
_OWNER_BEFORE = re.compile(r"(?:^|[^\w-])((?:[A-ZÅÄÖ][\w-]*[ \t]+){1,4})$")

#: An office held for one meeting or one item only, right before the name: "tilapäinen
#: puheenjohtaja Aino Aho", "väliaikaisena sihteerinä", "tillfällig ordförande": no seat.
_ACTING_FOR_A_MEETING = re.compile(
    r"(?i)\b(?:tilapäi|väliaikai|tillfällig)\w*[ \t]+(?:\w+[ \t]+)?"
    r"(?:puheenjohtaj|varapuheenjohtaj|pj|sihteer|ordförande|sekreterare)\w*\.?[ \t]*:?[ \t]*$"
)

#: A member and deputy column header run into the minutes' text ("Varsinaiset jäsenet
#: Varajäsenet", "Ordinarie ledamöter Ersättare").
_ATTENDANCE_HEADER = re.compile(
    r"(?:Varsinaiset\s+jäsenet|Jäsenet|Ordinarie\s+ledamöter|Ledamöter)\s+"
    r"(?:Henkilökohtaiset\s+)?(?:varajäsenet|ersättare)\b",
    re.I,
)

#: The same columns' header with a presence column after each ("Jäsen Paikalla Varajäsen
#: Paikalla"): the run under it a member, a mark, the deputy, a mark, row by row.
_PRESENCE_COLUMNS_HEADER = re.compile(
    r"(?<![\w-])(?:Varsinainen\s+)?jäsen\s+(?:paikalla|läsnä)\s+"
    r"(?:henkilökohtainen\s+)?varajäsen\s+(?:paikalla|läsnä)(?![\w-])",
    re.I,
)

#: A minutes' member and deputy columns flattened with a presence mark after each name:
#: "jäsenet: varajäsenet: Aino Ek (x) Bo Lind () Eva Salo () Olli Mäki (x)".
_MARKED_PAIRS_HEADER = re.compile(
    r"(?<![\w-])(?:jäsenet|ledamöter)\s*:?\s+(?:henkilökohtaiset\s+)?(?:varajäsenet|ersättare)"
    r"\s*:",
    re.I,
)
#: One name of such a run and its presence mark (a page number and an arrow perhaps between);
#: an officer's abbreviation or a post after a comma before the mark.
_MARKED_NAME = re.compile(
    r"\s*(?P<name>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){1,2})"
    r"(?P<post>,?\s+[a-zåäö]{2,20}\.?)?(?:\s+\d{1,3}\s*->)?\s*\((?:x|X)?\)"
)


#: The others present at a meeting, after its members: "MUUT SAAPUVILLA OLLEET", "Övriga".
_OTHERS_PRESENT = re.compile(r"MUUT|Muut|ÖVRIGA|Övriga")

#: Minutes' heading of those present in capitals, not the others' ("MUUT SAAPUVILLA OLLEET").
_PRESENT_CAPITALS = re.compile(r"(?<!MUUT )\b(?:SAAPUVILLA\s+OLLEET|LÄSNÄ\s+OLLEET|NÄRVARANDE)\b")

#: The meeting place the heading is run into: "Kunnantalo, kunnanhallituksen kokoushuone".
_MEETING_PLACE = re.compile(r"\s*[A-ZÅÄÖ][\w-]*,\s+(?:[a-zåäö][\w:-]*\s+){0,2}\w*(?:huone|sali)\b")

#: One of the others present with a seat after a comma: "Mikko Korhonen, kv:n 1. vpj.".
_OTHER_SEAT = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäö-]+\s+[A-ZÅÄÖ][a-zåäö-]+),\s*"
    r"(?P<said>(?:[a-zåäö]{1,4}:n|[a-zåäö]+n)\s+(?:\d\.\s*|[IV]{1,3}\.?\s*)?[a-zåäö]+\.?)"
)

#: Members counted, then named: "neljä kunnanhallituksen jäsentä eli", "tre ledamöter i X:".
_COUNTED_MEMBERS = re.compile(
    r"(?<![\w-])(?P<n>\d{1,2}|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän)\s+"
    r"(?P<body>[\w-]+n)\s+(?P<word>jäsentä|varajäsentä)\s*(?:eli\s+|:\s*)",
    re.I,
)
_COUNT_WORDS = {
    w: n
    for n, w in enumerate(
        ["kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"], 2
    )
}

#: A photo's caption that says whose picture it is in a sentence of its own: "Kuvassa
#: (vasemmalta ylhäältä) hallituksen jäsenet.", "På bilden (från vänster) styrelsens ledamöter."
_CAPTION_ROWS_LEAD = re.compile(
    r"(?i)(?<![\w-])(?:kuvassa|på\s+bilden)\b[^.\n]{0,40}?\s(?P<body>[\w-]+)\s+"
    r"(?:jäsenet|jäseniä|ledamöter|ledamöterna|medlemmar|medlemmarna)\s*\.\s+"
)
_PAREN_PARTY_REST = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*")
_STREET_NUMBER = re.compile(r"\s+\d{1,3}\s?[a-zA-Z]?\b[\s,]+(?:[A-Z]\s+)?\d{5}\b")
#: A job in one word, an agent noun ("Utvecklare", "Handläggare", "Kehittäjä", "Suunnittelija").
_AGENT_NOUN = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?:are|ja|jä)")


#: Swedish news: a name (its party in parentheses), a verb or two, then "som" and the seat,
#: perhaps the body after "i": "Lena Berg (M) fortsätter som ordförande i kulturnämnden",
#: "med Ola Ek (C) som förste vice ordförande", "Eva Lind (S) som är ordförande i X".
_SOM_ROLE = re.compile(
    r"(?<![\w'-])(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*\s+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    r"(?:\s*\([\w-]{1,6}\))?"
    # "Katarina Ek, Skövde, blev omvald som ordförande": a home town in commas
    r"(?:,\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?,)?"
    r"(?P<verbs>(?:\s+[a-zåäö]+){0,4}?)\s+(?P<link>som|till)\s+"
    r"(?:(?:förste|första|andre|andra|tredje|[123]:e)\s+)?"
    r"(?P<role>(?:ordinarie\s+)?[a-zåäö]+(?:\s+(?!i\s)[a-zåäö]+)?)"
    r"(?:\s+i\s+(?P<body>(?:[\w]+-\s+och\s+)?[\w-]+))?"
)
#: The treasurer's words of Swedish ("kassör", "skattmästare"), for the Swedish phrases below.
_SV_TREASURER = words_pattern(SV.treasurer)
#: The next part of a list after "A som ROLE": ", B sekreterare", " och C kassör" (one role
#: word, then a comma, "och", a full stop or the end of the line).
_SOM_TAIL = re.compile(
    r"(?:,[ \t]+|[ \t]+och[ \t]+)"
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})"
    rf"[ \t]+(?P<role>sekreterare|{_SV_TREASURER}|ledamot|ersättare|suppleant|ordförande)"
    r"(?=,|[ \t]+och[ \t]|[ \t]*[.;]|[ \t]*$)",
    re.M,
)
#: "Som ersättare omvaldes A och nyvaldes B.", "Som ledamöter valdes A, B och C.": a sentence
#: led by its role and an election's verb, then only names.
_SOM_ELECTED = r"(?:om|ny|åter)?valdes|utsågs"
_SOM_NAME = r"[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}"
_SOM_ROLE_FIRST = re.compile(
    rf"(?:(?<=[.!?][ \t])|(?<=^))Som[ \t]+(?P<role>[a-zåäö]+(?:[ \t]+ordförande)?)[ \t]+"
    rf"(?:{_SOM_ELECTED})[ \t]+(?P<names>{_SOM_NAME}(?:,[ \t]+{_SOM_NAME})*"
    rf"(?:[ \t]+och[ \t]+(?:(?:{_SOM_ELECTED})[ \t]+)?{_SOM_NAME})?)[ \t]*\.",
    re.M,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
#: A person's name of two or three capitalised words.
_NAME_WORDS = r"[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}"
#: A decision's item that fills a body's seats with the people listed under it: "valita …
#: 5 jäsentä … seuraavasti:", "nimetä … jäsenet seuraavasti;".
_FILLING_ITEM = re.compile(
    r"(?i)\b(?:valita|valitaan|nimetä|nimetään|asettaa)\b.*\bjäsen\w*\b.*[:;]\s*$"
)

#: A name of two or three words, each capitalised (hyphens and apostrophes within).
_CAPITALISED_NAME = r"[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}"
#: "A (och B) fortsätter som ROLE i/för ASSOCIATION", "och B som ROLE för ASSOCIATION".
_SEAT_IN_ASSOCIATION = re.compile(
    rf"(?<![\w'-])(?P<names>{_NAME_WORDS}(?:[ \t]+och[ \t]+{_NAME_WORDS})?)"
    r"(?P<verbs>(?:[ \t]+[a-zåäö]+){0,3}?)[ \t]+som[ \t]+(?P<role>[a-zåäö]+)[ \t]+(?:i|för)[ \t]+"
    r"(?P<org>[A-ZÅÄÖ]{2,5}(?![\w:-])|(?:[A-ZÅÄÖ][\w-]*[ \t]+){1,3}[A-ZÅÄÖ][\w-]*)"
)
#: "Katarina Ek efterträder ": the successor's name before the verb, whose the seat is
_SUCCEEDS = re.compile(
    rf"(?<![\w'-])(?P<name>{_CAPITALISED_NAME})[ \t]+"
    r"(?:efterträder|ersätter|avlöser)[ \t]+$"
)
#: A heading: a line with a blank line before and after it.
_HEADING_LINE = re.compile(r"(?:^|\n)[ \t]*\n[ \t]*([^\n.!?]{3,80}?)[ \t]*\n[ \t]*\n")
#: A heading "about" a body before its name: "Mer om styrelsen:", "Nytt från styrelsen".
_ABOUT_HEADING = re.compile(
    r"(?i)(?:mer|mera|nytt|kort)[ \t]+(?:om|från)[ \t]+(?=\w[^:]*:?[ \t]*$)"
)
#: The rest of a body's name enumerating its fields (", fritid och kultur").
_ENUMERATED_REST = re.compile(r"(?:,\s*[a-zåäö][\w-]*)+\s+(?:och|ja)\s+[a-zåäö][\w-]*")
#: "1:e vice ordförande blir Bo Lind (S)": a post, "blir", the name holding it
_ROLE_BECOMES = re.compile(
    r"(?<![\w'-])(?P<role>(?:(?:[123]:e|förste|andre|första|andra)\s+)?(?:[Vv]ice\s+)?"
    r"[Oo]rdförande|[Ss]ekreterare)\s+blir\s+"
    rf"(?P<name>{_CAPITALISED_NAME})"
    r"(?=\s*(?:\([\w-]{1,6}\)|[,.]|\s+och\s))"
)
#: "Eva Berg (ersättare)": a name, then its seat in parentheses
_PAREN_DEPUTY = re.compile(
    r"([A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ][\w'-]+)[ \t]*\((ersättare|suppleant|varajäsen|varalla)\)"
)
#: "Aino Ek (C) blir kommunstyrelsens ordförande": a name, "blir", the body's genitive, the post
_BECOMES_ROLE = re.compile(
    rf"(?<![\w'-])(?P<name>{_CAPITALISED_NAME})\s*\([\w-]{{1,6}}\)\s+"
    r"blir\s+(?P<body>[a-zåäö][\w-]+s)\s+(?P<role>(?:(?:förste|andre)\s+)?(?:vice\s+)?"
    r"ordförande|sekreterare)(?![\w-])"
)
#: "till" links a name to its seat only after an election's verb ("Eva Ek (S) valdes till
#: förste vice ordförande").
_ELECTED_TO = re.compile(r"(?:valdes|utsågs|utsetts|valts|väljs|utses)$")
#: The words before a colon that say who were elected to an officer's role: the role (after
#: "Till"), then the verb.
_OFFICERS_ELECTED = re.compile(
    r"(?i)(?:till\s+)?[\w -]{3,40}?\s+(?:(?:om|åter)?valdes|utsågs|valittiin|nimettiin)"
)
#: "styrelsen ska bestå av", "rådet består av": a body's composition said after its name
_CONSISTS_OF = re.compile(
    r"(?i)[ \t]+(?:(?:ska[ \t]+|skall[ \t]+)?(?:bestå|består|bestod)(?:[ \t]+(?:då|nu|numera))?"
    r"[ \t]+av\b|"
    # (or with the time said between: "har under året haft följande sammansättning")
    r"(?:har(?:[ \t]+under[ \t]+\w+)?[ \t]+haft|hade)[ \t]+följande[ \t]+sammansättning\b)"
)
#: A label over the staff's representatives in a body ("Personalrepresentanter: A, B"), its
#: colon and the first name after it.
_STAFF_REPS_LABEL = re.compile(
    r"(?i)\s*(?:personal|arbetstagar)(?:representant(?:er(?:na)?)?|företrädar(?:e|en|na))"
    r"[ \t]*:[ \t]*(?-i:[A-ZÅÄÖ])"
)
#: A heading over the contacts of an organisation's staff.
_STAFF_HEADING = re.compile(
    r"(?i)(?:henkilökunnan|henkilöstön|toimiston|työntekijöiden)\s+yhteystiedot|"
    r"henkilökunta|henkilöstö|työntekijät|personal(?:en)?|personalens\s+kontaktuppgifter|anställda"
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
#: The bare word of a board in any of its forms ("hallitus", "hallituksen", "Hallitukseen").
_BARE_BOARD = re.compile(r"(?i)(?<![\w-])hallitu(?:s|ksen|kseen|ksessa|ksesta|sta|kselle)(?![\w-])")
#: A lead-in that says a board was completed or elected, its entries after the colon:
#: "Hallitusta täydennettiin kaksivuotiskauden loppuun seuraavasti:".
_BOARD_ADDED = re.compile(
    r"(?i)(?<![\w-])hallitu(?:sta|kseen|s)\s+(?:täydennettiin|valittiin|täydentyi)"
    r"(?:\s+[\w-]+){0,4}?\s+seuraavasti\s*:"
)
#: One entry of such a lead-in: "(Alue: ) A, what A comes from, varsinainen jäsen".
_ADDED_ENTRY = re.compile(
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}),[ \t]+"
    r"(?:[^,.:\n]+,[ \t]+)?(?P<seat>(?:varsinainen[ \t]+)?jäsen|varajäsen)(?![\w-])"
)
#: An association named by the bare word of its kind in the genitive ("Yhdistyksen").
_BARE_ASSOCIATION = re.compile(r"(?i)(?:yhdistykse|seura|järjestö|liito|kerho)n")
#: A word that makes a page minutes, whose signatures are its meeting's officers.
_MINUTES_WORD = re.compile(r"(?i)pöytäkirj|vakuudeksi|allekirjoitukset|läsnä\s*:")
#: A news text that opens on its association's officers by their bare posts: "Puheenjohtaja
#: Aino Ek ja varapuheenjohtaja Bo Lind tapasivat …" (a verb in lower case after the names).
_OPENING_OFFICERS = re.compile(
    r"\s*(?P<r1>Puheenjohtaja|Varapuheenjohtaja|Sihteeri)[ \t]+"
    r"(?P<n1>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})"
    r"(?:[ \t]+(?:ja|sekä)[ \t]+(?P<r2>puheenjohtaja|varapuheenjohtaja|sihteeri)[ \t]+"
    r"(?P<n2>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}))?"
    r"[ \t]+[a-zåäö]"
)
#: "Puheenjohtaja: Aino Ek." in a report's header line.
_OFFICE_ITEM = re.compile(
    r"\s*(?P<office>[A-ZÅÄÖ][a-zåäö-]+):[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2})\.?"
)
#: The year a lead-in line begins with: "Vuonna 2023 hallitukseen kuului …:".
_YEAR_LEAD = re.compile(
    r"(?i)[ \t]*(?:(?:vuonna|vuoden)[ \t]+)?(?:19|20)\d\d(?:[ \t]+aikana)?[ \t]+"
)
#: A verb of belonging after a body in the illative: "Hallitukseen ovat kuuluneet",
#: "Toimikuntaan kuuluvat", "Johtokuntaan on kuulunut".
_JOINED_BY = re.compile(
    r"(?i)[ \t]+(?:(?:ovat|on|olivat|oli)[ \t]+)?(?:kuulu(?:vat|ivat|neet|nut|u|i))(?![\w-])"
)
#: "jäsenet ja varajäsenet", "jäsenet ja henkilökohtaiset varajäsenet": both seats named.
_MEMBERS_AND_DEPUTIES = re.compile(
    r"(?i)(?<![\w-])jäsenet\s+(?:ja|sekä)\s+(?:henkilökohtaiset\s+)?varajäsenet(?![\w-])"
)
#: A name alone in parentheses: "(Liisa Mäki)".
_NAME_IN_PARENTHESES = re.compile(r"\(\s*[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2}\s*\)")
#: What may stand between a body and its composition verb: a term ("för 2021 års verksamhet",
#: "under år 2022", "för perioden 2022-2023")
_TERM_AFTER_BODY = re.compile(
    r"(?i)[ \t]+(?:för|under)[ \t]+(?:år[ \t]+|perioden[ \t]+)?"
    r"(?:19|20)\d\d\S*(?:[ \t]+[a-zåäö]+){0,2}"
)
#: "Representant i Stiftelsen Solgården", "Representanter till De Äldres Råd": a label that
#: names the body an association's representatives sit in (a proper name, each word
#: capitalised but for short words between)
_SEATS_IN_NAMED = re.compile(
    r"(?:Representant(?:er)?|Ombud|Företrädare)[ \t]+(?:i|till|vid)[ \t]+"
    r"(?P<body>[A-ZÅÄÖ][\w-]*(?:[ \t]+(?:[A-ZÅÄÖ(][\w()-]*|för|och|i|på)){0,5})"
)
#: Words between the name and "som" that make the seat no held one (a proposal, a nomination)
#: or not that name's ("Bo Ek och som ersättare Eva Lind": a conjunction, the next person's).
_SOM_NOT_HELD = re.compile(
    r"föreslås|föreslogs|föreslagits|nominer\w*|kandider\w*|avgå\w*|lämna\w*|"
    r"(?<!\w)(?:och|samt|eller|men|med)(?!\w)"
)

#: Minutes: the label before the body's name, the deciding members' label, what ends their
#: list, "Name (party)", a substitute's words, a signature "Ordförande... Name".
_MINUTES_BODY = re.compile(r"\b(?:Forum|Organ|Toimielin)\s+")
_MINUTES_PRESENT = re.compile(r"\b(?:Beslutande(?:\s+ledamöter)?|Päättäjät)\s*:?\s+")
_MINUTES_STOP = re.compile(
    r"\b(?:Övriga\s+(?:deltagande|deltagare|närvarande)|Utses\s+att\s+justera|Justerare|Frånvarande|"
    r"Muut\s+(?:läsnä|saapuvilla)\w*|Poissa|Pöytäkirjan\s+tarkastajat)"
)
_NAME_PARTY = re.compile(r"([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})\s*\([\w-]{1,6}\.?\)")
_SUBSTITUTE = re.compile(r"\bersättare\s+för\b", re.I)
#: A signature with the office after the name ("A Berg, Ordförande B Lind, Sekreterare").
_SIGNED_AS_CHAIR = re.compile(
    r"\b([A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}),[ \t]*Ordförande\b(?![ \t]*[:.])"
)
#: The deciding members said to be all members but those named after ("Beslutande ledamöter
#: Samtliga ledamöter med undantag av A (S), B (M)", "alla ledamöter utom …"): those named are
#: members too, absent.
_ALL_MEMBERS_BUT = re.compile(
    r"\s*(?:[a-zåäö]\s+)?(?:[Ss]amtliga|[Aa]lla)\s+(?:ordinarie\s+)?ledamöter\s+"
    r"(?:med\s+undantag\s+(?:av|för)|utom)\s*:?\s*"
)
#: An official's title after a name on a cover ("Aino Berg, kommunsekreterare"): a
#: secretary of the administration, not of the body.
_STAFF_SECRETARY = re.compile(r"[ \t]*,[ \t]*(?:kommun|nämnd|förvaltnings|region)sekreterare\b")
#: A minutes' two signature labels printed before the two signed names, each name on its
#: dotted line ("Sekreterare Ordförande. Aino Berg.. Bo Lind", "Ordförande Sekreterare …").
_SIGNED_LABELS_FIRST = re.compile(
    r"\b(?:Sekreterare[ \t]+Ordförande[ \t]*\.*[ \t]+(?:[A-ZÅÄÖ][\w-]+[ \t]+){1,2}?[A-ZÅÄÖ][\w-]+"
    r"[ \t]*\.+[ \t]*(?P<chair>(?:[A-ZÅÄÖ][\w-]+[ \t]+){1,2}[A-ZÅÄÖ][\w-]+)|"
    r"Ordförande[ \t]+Sekreterare[ \t]*\.*[ \t]+"
    r"(?P<chair2>(?:[A-ZÅÄÖ][\w-]+[ \t]+){1,2}?[A-ZÅÄÖ][\w-]+)[ \t]*\.+)"
)
#: A line giving how long ago the name on the line before posted the page ("- för 8 år sedan").
_POSTED_AGO = re.compile(
    r"[ \t]*\n[ \t]*(?:[-•*][ \t]*)?för[ \t]+(?:\d+|en|ett)[ \t]+(?:år|månader|månad|veckor|"
    r"vecka|dagar|dag|timmar|timme)[ \t]+sedan\b"
)
#: An office in lower case after a name's party, before the next name ("A (M), ordförande B").
_OFFICE_AFTER_PARTY = re.compile(
    r"\s*,?\s*((?:förste\s+|andre\s+)?(?:vice\s+)?ordförande)(?=\s+[A-ZÅÄÖ])"
)
#: The deputies' column's heading right after the deciding members' one ("Beslutande Ej
#: tjänstgörande ersättare").
_DEPUTY_COLUMN = re.compile(r"(?:Ej\s+tjänstgörande\s+)?[Ee]rsättare\b")
#: An entry of a minutes' column: "Name (Party)[, post]", "Name," (an organisation after it),
#: or "- (Party)" / "- Organisation" for a seat nobody took.
_COLUMN_ENTRY = re.compile(
    r"(?<![\w-])(?:(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})\s*"
    r"(?:\((?P<party>[\w-]{1,6})\)(?:,\s*(?P<post>(?:vice\s+)?[a-zåäö]+\.?))?|,)|"
    r"-\s+(?P<empty>\([\w-]{1,6}\)|[A-ZÅÄÖ]{2,}(?:\s+[A-ZÅÄÖ][\w/-]*)?|[A-ZÅÄÖ][\w-]*"
    r"(?:\s+[a-zåäö]+){0,4}))"
)
#: The header of a flattened attendance table: name, task, (note,) then the "present" label
#: ("Osallistujat Nimi Tehtävä Lisätieto Läsnä", "Namn Uppdrag Anteckning Närvarande").
_ATTENDANCE = re.compile(
    r"\b(?:Nimi\s+Tehtävä(?:\s+Lisätieto)?\s+Läsnä|"
    r"Namn\s+(?:Uppdrag|Funktion|Roll)(?:\s+(?:Anteckning|Anmärkning|Övrigt))?\s+Närvarande)\b"
)
#: The members' column of minutes run together into one line, after the meeting's time or
#: place: "Kokouspaikka Kunnantalo Jäsenet Anne Tuovila puheenjohtaja …".
_RUN_ON_HEAD = re.compile(
    r"(?:Kokous(?:aika|paikka)|Mötes(?:tid|plats)|Tid|Plats)\b[^\n]{0,120}?\b(?:Jäsenet|Ledamöter)\b"
)
#: Where that column ends: the next column word.
_RUN_ON_STOP = re.compile(
    r"\b(?:Muut(?:\s+osallistujat)?|Poissa|Övriga(?:\s+närvarande)?|Frånvarande)\b"
)
#: The attendance of minutes flattened to one run of words under a "present" label, its
#: sections each a label and a colon: "Paikalla: Varsinaiset jäsenet: … Varajäsenet: … Muut
#: osallistujat: … Poissa: Varsinaiset jäsenet: …".
_PRESENT_HEAD = re.compile(
    r"\b(?:Paikalla|Läsnä(?:\s+olleet)?|Närvarande)\s*:\s*(?=(?:Varsinaiset\s+)?[Jj]äsenet\s*:|"
    r"(?:Ordinarie\s+)?[Ll]edamöter\s*:)"
)
_PRESENT_SECTION = re.compile(
    r"\b(?P<member>(?:Varsinaiset\s+)?[Jj]äsenet|(?:Ordinarie\s+)?[Ll]edamöter)\s*:|"
    r"\b(?P<deputy>Varajäsenet|Ersättare)\s*:|"
    r"\b(?P<other>Muut(?:\s+\w+)?|Övriga(?:\s+\w+)?)\s*:|"
    r"\b(?P<absent>Poissa(?:\s+olleet)?|Frånvarande)\s*:|"
    r"\b(?P<end>Asialista|Föredragningslista|Käsitellyt\s+asiat|Ärenden)\b"
)
#: An attendance table with a time column flattened to a run of words: "Surname Firstname
#: 14:15-18:20 puheenjohtaja", the name, when the person was there, then the seat.
_TIMED_ITEM = re.compile(
    # (a middle initial after the first name: "Tilus Riitta A.")
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:\s+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}(?:\s+[A-ZÅÄÖ]\.)?)\s+"
    r"\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}"  # noqa: RUF001
    # (a table's cell may begin in capitals: "Jäsen", "Kunnanhallituksen pj.", "KH:n edustaja")
    r"(?P<role>(?:\s+(?:[a-zåäö][\w:.,-]*|[IV]{1,3}\.?|(?:Kunnan|Kaupungin)?(?:hallituksen|"
    r"valtuuston)|Hallituksen|Valtuuston|(?:Jäsen|Varajäsen|Puheenjohtaja|Varapuheenjohtaja)|"
    r"Pj\.?|Vpj\.?|[A-ZÅÄÖ]{2,5}:n)"
    r"(?![\w-]))*)"
)
#: Finnish minutes' template: the members present, and the note on who chaired.
_PRESENT_MEMBERS = re.compile(
    r"SAAPUVILLA\s+OLLEET\s+JÄSENET(?:\s*\([^)]{0,80}\))?|"
    r"Saapuvilla\s+olleet\s+jäsenet(?:\s*\([^)]{0,80}\))?"
)
#: A heading of an attendance table's column or part run into its first name ("Läsnä
#: Porsanger Veikko 10:00-12:30 …").
_TABLE_HEAD_WORD = re.compile(r"(?:Läsnä|Lisätiedot|Tehtävä|Muut?|Närvarande|Beslutande)\s+")
#: The same table's absent members, with no time: "POISSA Surname Firstname kv:n I varapj.".
_UNTIMED_ITEM = re.compile(
    r"\s*(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*\s+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    # (a body abbreviated in capitals, "KH:n puheenjohtaja", or in the genitive before a
    # lower-case word, "Nuorisovaltuuston edustaja")
    r"(?P<role>(?:\s+(?:[a-zåäö][\w:.,-]*|[IV]{1,3}\.?|[A-ZÅÄÖ]{2,5}:n|"
    r"[A-ZÅÄÖ][a-zåäö]+n(?=\s+[a-zåäö]))(?![\w-]))+)"
)
#: A town named in a page's head ("TESTILÄN KAUPUNKI", "Testilän kaupunki")
_TOWN_HEAD = re.compile(r"(?i)(?<![\w-])\w+n[ \t]+kaupunki(?![\w-])")
_ABSENT_HEAD = re.compile(r"\s*(?:POISSA|Poissa)(?:\s+olleet)?\s*:?")
#: A seat in another body of the municipality, the body abbreviated: "kv:n puheenjohtaja".
_SEAT_ELSEWHERE = re.compile(
    # (or bare before the seat, a table's cell: "kv I vpj", "kh pj")
    r"(?P<abbr>kv|kh|kvalt|khall|kvalt\.|khall\.|yv|yh)(?::n\s+|\s+(?=(?:[IV]{1,3}\.?\s+)?\w*pj))|"
    # the body written out in the genitive: "valtuuston I varapj", "kunnanhallituksen pj."
    r"(?P<gen>(?:kunnan|kaupungin)?valtuuston|(?:kunnan|kaupungin)?hallituksen)\s+",
    re.I,
)
_GENITIVE_BODIES = {"valtuuston": "valtuusto", "hallituksen": "hallitus"}
_ABBREVIATED_BODIES = {
    "kv": "Kunnanvaltuusto",
    "kvalt": "Kunnanvaltuusto",
    "kh": "Kunnanhallitus",
    "khall": "Kunnanhallitus",
    # a joint municipal authority's council and board ("yv:n puheenjoht.")
    "yv": "Yhtymävaltuusto",
    "yh": "Yhtymähallitus",
}
#: Minutes' attendance columns flattened one after the other: the names (each with a note in
#: parentheses, if any), then their roles in the same order ("Läsnä Aho Aino Ek Bo (poistui
#: klo 19.10) puheenjohtaja jäsen").
_COLUMN_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö][\w'-]*")
_COLUMN_ROLES = re.compile(
    r"(?:\s+(?:[a-zåäö][\w:.,-]*|[IV]{1,3}\.?)(?![\w-]))+(?=\s+(?:[A-ZÅÄÖ\d]|\(?$)|\s*$)"
)
#: "Aino Ek (Bo Lind)", "Aino Ek (henkilökohtainen varajäsen Bo Lind)": a member and the
#: personal deputy in parentheses, one pair of a run in a sentence
_PROSE_PAIR = re.compile(
    r"(?<![\w-])(?P<member>[A-ZÅÄÖ][\w-]+(?:[ \t][A-ZÅÄÖ][\w-]+){1,2})[ \t]+\("
    r"(?:(?:henkilökohtai\w+[ \t]+)?varajäsen\w*[ \t]+)?"
    r"(?P<deputy>[A-ZÅÄÖ][\w-]+(?:[ \t][A-ZÅÄÖ][\w-]+){1,2})\)"
)
#: "paikan sai", "sai paikan": a sentence's word for a seat got in the body it names in the
#: elative ("johtokunnasta paikan sai Aino Ek")
_SEAT_GOT = re.compile(r"(?<![\w-])paika(?:n|t)\s+sai|sai\s+paika(?:n|t)(?![\w-])", re.I)
#: "jäseninä jatkavat", "jäseniksi valittiin": a sentence's word for the members it names
_MEMBERS_AS = re.compile(r"(?<![\w-])jäsen(?:iksi|inä|et|iä)(?![\w-])", re.I)
#: "Läsnä:", "Poissa:", "Puheoikeudella olevat:": a label of minutes' attendance before a
#: comma run of names and posts on its line
_ATTENDANCE_COMMA_LABEL = re.compile(
    r"^[ \t]*(Läsnä|Poissa|Puheoikeudella olevat|Paikalla)[ \t]*:[ \t]*", re.M
)
#: "Ek Aino", "Lind-Aho Bo Erik": an item of such a run that is a name
#: "Styrelsemöte", "Styrelsesammanträde" alone on a line of a page's head: a board's meeting
_BOARD_MEETING_LINE = re.compile(
    r"(?im)^[ \t]*(?P<body>Styrelse)(?:möte|sammanträde)(?:[ \t]+(?:nr[ \t]*)?\d+)?[ \t]*$"
)
#: "Närvarande;", "Närvarande:" at a line's start before a run of names on the same line
_PRESENT_BARE_LABEL = re.compile(r"(?m)^[ \t]*Närvarande[ \t]*[;:][ \t]*(?=[A-ZÅÄÖ])")
_COMMA_RUN_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöé][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäöé][\w'-]*){1,2}")
#: "Aino Ek, valtuuston pj.": a line of a name and an officer's post in a body named by its
#: bare kind in the genitive
_BARE_GENITIVE_OFFICER = re.compile(
    r"^[ \t]*(?P<name>[A-ZÅÄÖ][a-zåäö][\w-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*){1,2}),[ \t]+"
    r"(?P<body>valtuuston|hallituksen)[ \t]+(?P<post>pj\.?|vpj\.?|puheenjohtaja|"
    r"varapuheenjohtaja)[ \t]*$",
    re.M | re.I,
)
#: "JÄSENET:", "Jäsenet:": a members' label before a run of names flattened from a column
_MEMBERS_LABEL = re.compile(r"(?<![\w-])(?:JÄSENET|Jäsenet):")
#: "MUUT KUTSUTUT:", "POISSA: SYY:": a minutes' form's label in capitals, a column's heading
_CAPS_LABEL = re.compile(r"((?:[A-ZÅÄÖ]{3,}[ \t]+)*[A-ZÅÄÖ]{3,}):(?:\s+[A-ZÅÄÖ]{3,}:)*")
#: "puheenjohtaja, Helsinki": one entry of a minutes' post column flattened after its column of
#: names, the post and the municipality or group the seat is for
_PLACED_POST = re.compile(
    r"(?<![\w-])([a-zåäö][\w-]*(?:\s+[a-zåäö][\w-]*){0,2}),\s+([A-ZÅÄÖ][a-zåäö][\w-]*)(?![\w-])"
)
#: a name's initial joined to the word before it ("Pekka M.")
_INITIAL = re.compile(r"[A-ZÅÄÖ]\.")
#: "Muut hallituksen jäsenet ovat …", "Övriga ledamöter är …": a sentence naming the others
#: of a set the sentence before began
_THE_OTHERS = re.compile(r"(?:muut|muiksi|muina|övriga|de\s+övriga|andra)(?![\w-])", re.I)
#: "Närvarande      Ej närvarande", "Läsnä     Poissa": the header of an attendance table of
#: two columns, flattened to lines whose cells are set apart by runs of spaces; what follows
#: each word in the header (up to a colon) may name the body
_PRESENT_ABSENT = re.compile(
    r"^[ \t]*(?:Närvarande|Läsnä|Paikalla)(?P<body>[^\n]*?):?[ \t]{3,}"
    r"(?:Ej[ \t]+närvarande|Frånvarande|Poissa)[^\n\w]*$",
    re.M,
)
#: A header of two cells set apart by a run of spaces ("varsinainen jäsen      varajäsen")
_TWO_CELL_HEAD = re.compile(
    r"^[ \t]*(?P<left>\S+(?:[ \t]\S+){0,2})[ \t]{3,}(?P<right>\S+(?:[ \t]\S+){0,2})[ \t]*$", re.M
)
#: "de två vice ordförandena heter Aino Ek (S) och Bo Lind (KD)", "varapuheenjohtajina toimivat
#: A ja B": a post in the plural, then the names of those who hold it
_PERSON_PARTY = r"[A-ZÅÄÖ][\w'-]+(?:[ \t][A-ZÅÄÖ][\w'-]+){1,2}(?:[ \t]\([\w.-]{1,8}\))?"
_PLURAL_ROLE = re.compile(
    r"(?<![\w-])(?P<role>(?:(?:förste|andre)\s+)?vice\s+ordförande(?:na)?|varapuheenjohtaj(?:at|ina))"
    r"\s+(?:heter|är|blev|blir|ovat|toimivat)\s+"
    rf"(?P<names>{_PERSON_PARTY}(?:,[ \t]{_PERSON_PARTY})*"
    rf"[ \t](?:och|ja|samt|sekä)[ \t]{_PERSON_PARTY})",
    re.I,
)
#: "1:e vice ordförande, Kommunfullmäktige samt 1:e vice ordförande socialnämnden" over "Aino Ek
#: (S)": a card's post line, each post with its body, then the holder's line
_POST_BODY = re.compile(
    r"(?P<post>(?:\d:[ae][ \t]+)?[A-ZÅÄÖa-zåäö][a-zåäö]+(?:[ \t][a-zåäö]+)?),?[ \t]+"
    r"(?P<body>[A-ZÅÄÖa-zåäö][\w-]+)"
)
_CARD_HOLDER = re.compile(r"[ \t]*(?P<name>" + _PERSON_PARTY + r")[ \t]*$")
#: "Justerare Ersättare Jens Ek", "Pöytäkirjantarkastajat … varalla": the deputy of the minutes'
#: adjusters, a task at the meeting
_ADJUSTERS_DEPUTY = re.compile(
    r"(?:justerare|justera|pöytäkirjan\s*tarkastaj\w*)[ \t]+(?:ersättare|ers\.|varalla)[ \t]+$",
    re.I,
)
_CELL_NAME = re.compile(r"[A-ZÅÄÖ][\w'\u00b4-]*(?:[ \t]+[A-ZÅÄÖ][\w'\u00b4-]*){1,3}")
#: "Uusi hallitus vas. ", "Styrelsen från vänster: ": a photo caption led by the body it shows
_BODY_CAPTION = re.compile(
    r"(?im)^[ \t]*(?P<head>(?:[A-ZÅÄÖ]\w*[ \t]+){0,2}?[A-ZÅÄÖ]?\w+)[ \t]+"
    r"(?:vas\.|vasemmalta|fr\.[ \t]?v\.|från[ \t]+vänster)(?:[ \t]+(?:oikealle|till[ \t]+höger))?"
    r"[ \t]*:?[ \t]+"
)
#: "för mandatperioden 2007-2010", "kaudelle 2025-2027": the term a paragraph's elections are for
_TERM_YEARS = re.compile(
    r"(?i)(?:mandatperiod(?:en)?|perioden|kaudelle|toimikaudelle|valtuustokaudelle),?\s+"
    r"((?:19|20)\d\d)\s*[-\u2013]\s*(?:19|20)\d\d"
)
#: "(vald för 2022-2023)", "(valittu kaudelle 2026-2027)" after a name: the term of that
#: person's seat, the year it begins
_ELECTED_FOR_TERM = re.compile(
    r"(?i)\(\s*(?:vald|valda|invald|omvald|valittu|valitut)\s+(?:för|kaudelle|vuosiksi)\s+"
    r"((?:19|20)\d\d)\s*[-\u2013]\s*(?:19|20)?\d\d\s*\)"
)
#: "Seuraavan hallituksen toimikausi on 1.1.2026-31.12.2028", "Styrelsens mandatperiod är
#: 1.1.2027-31.12.2028" (a hyphen or an en dash): a body's stated term, the day it begins
#: written out in full
_BODY_TERM = re.compile(
    r"(?i)(?<![\w-])(?:toimikausi|toimikauden|toimikaudeksi|toimikaudelle|kausi|"
    r"mandatperiod(?:en)?|perioden|period)[ \t]+"
    r"(?:(?:on|alkaa|kestää|är|blir|börjar|löper)[ \t]+(?:den[ \t]+)?)?"
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)[ \t]*[-\u2013][ \t]*"
    r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?!\d)"
)
#: "Hallitus aloittaa toimintansa 1.6.2021", "Styrelsen tillträder den 1.1.2024": the day a
#: body's term begins, stated without its end
_BODY_BEGINS = re.compile(
    r"(?i)(?<![\w-])(?:aloittaa[ \t]+(?:toimintansa|toimikautensa|työnsä|kautensa)|"
    r"aloittaa|tillträder|börjar[ \t]+(?:sitt[ \t]+arbete|sin[ \t]+mandatperiod))[ \t]+"
    r"(?:den[ \t]+)?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)"
)
#: "Tänään lauantaina 22.5.", "Idag den 3.4.": the page's day said to be today, its year left
#: out
_TODAY_NO_YEAR = re.compile(
    r"(?i)(?<![\w-])(?:tänään|idag|i[ \t]+dag)(?:[ \t]+[a-zåäö]+)?[ \t]+"
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?!\d)"
)
#: "Varsinaiset jäsenet Aino Ahola, puheenjohtaja …", "Ordinarie ledamöter …": a members'
#: heading run into its names
_RUN_ON_MEMBERS = re.compile(
    r"(?<![\w-])(?:Varsinaiset[ \t]+jäsenet|Ordinarie[ \t]+ledamöter)[ \t]+"
)
_RUN_ON_DEPUTIES = re.compile(r"(?:Varajäsenet|Ersättare|Suppleanter)[ \t]+")
#: a first name and a surname (either may be hyphenated), a role after its comma
_NAME_PAIR = re.compile(
    r"(?P<name>(?P<first>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)[ \t]+"
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)"
    r"(?:,[ \t]*(?P<role>[a-zåäö]+))?(?:[ \t]+|$)"
)
#: "kokoontui vuosikokousta edeltäneessä kokoonpanossa": the composition before the meeting
_BEFORE_MEETING = re.compile(
    r"(?i)(?:vuosi|syys|kevät)?kokousta[ \t]+edeltäneessä[ \t]+kokoonpano(?:ssa|ssaan)"
)
#: A table's header of a member and a deputy column run together ("LedamotErsättare",
#: "JäsenVarajäsen") on a line of its own
_GLUED_HEADER = re.compile(
    r"(?m)^[ \t]*(?:Ledamot|Ledamöter|Ordinarie|Medlem|Jäsen|Jäsenet|Varsinainen[ \t]+jäsen)"
    r"[ \t]?(?:Ersättare|Suppleant|Personlig[ \t]+ersättare|Varajäsen|Varajäsenet|"
    r"Henkilökohtainen[ \t]+varajäsen)[ \t]*$"
)
#: a document rehosted as a transcript: the host's header ends on a line of its own
_TRANSCRIPT = re.compile(r"(?m)^Transkript[ \t]*$")
#: A diary number prefixed with a committee's abbreviation: "BUN 2018/41", "Dnr SBN 2020/123",
#: "KS/2019:45", or the year's two digits glued before it ("14KFN", "15BUN112").
_DIARY_NUMBER = re.compile(
    r"(?<![\w/-])(?:(?P<abbr>[A-ZÅÄÖ]{2,4})[ \t]*/?[ \t]*(?:19|20)\d\d[/:.-]\d{1,5}|"
    r"\d\d(?P<glued>[A-ZÅÄÖ]{2,4})\d{0,5})(?![\w/-])"
)
_NAME_WORD = r"[A-ZÅÄÖ][\w'\u00b4]*(?:-[A-ZÅÄÖ][\w'\u00b4]*)?"
_NAME_WORDS = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}"
#: "5 Val av två representanter i redaktionskommittén" / "Eva Ek och Bo Berg omvaldes.": a
#: numbered item of minutes electing people to a body, its paragraph led by the names elected
#: ("… omvaldes som ordinarie, ingen ersättare utsågs": "som ordinarie" seats, "som
#: ersättare" deputies)
_ITEM_ELECTION = re.compile(
    r"(?m)^[ \t]*\d{1,2}\.?[ \t]+Val[ \t]+av[ \t][^\n]*?[ \t](?:i|till)[ \t]+(?P<body>[\w-]+)"
    r"[ \t]*\n(?:[ \t]*\n)*[ \t]*"
    rf"(?P<names>{_NAME_WORDS}(?:(?:,|[ \t]+och)[ \t]+{_NAME_WORDS})*)[ \t]+"
    r"(?:om|ny|åter)?valdes(?:[ \t]+som[ \t]+(?P<role>ordinarie|ledamöter|ersättare|suppleanter))?"
    r"[ \t]*[.,]"
)
#: "Aino Ek, aino.ek(at)mail.fiBo Berg": a member, an e-mail written with "(at)", "(a)" (or
#: "[at]", "@") and the deputy's name glued to the e-mail's domain
_GLUED_ROW = re.compile(
    rf"(?P<m>{_NAME_WORDS}),[ \t]*[\w.+-]+(?:@|[(\[](?:at|a)[)\]])(?:[a-z0-9-]+\.)+[a-z]{{2,6}}"
    rf"(?P<d>{_NAME_WORDS})?"
)
_LONE_NAME = re.compile(_NAME_WORDS)
_AT_SIGN = re.compile(r"@|[(\[](?:at|a)[)\]]")
#: a plural members' word ("jäsenet", "ledamöterna")
_MEMBERS_PLURAL = re.compile(r"(?i)jäsenet|jäseninä|ledamöter|ledamöterna")
#: a colon that opens a list ("Styrelsen omvaldes: ")
_COLON_ITEMS = re.compile(r":[ \t]+(?=[A-ZÅÄÖ])")
#: "Bo Lind vice ordförande": a name, then one or two lower-case words of its post
_NAME_POST = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]+"
    r"(?P<post>[a-zåäö]+)(?:[ \t]+(?P<post2>[a-zåäö]+))?(?=[,. \t]|$)"
)
_ITEM_SEP = re.compile(r"(?:,[ \t]*|[ \t]+(?:och|ja)[ \t]+)(?=[A-ZÅÄÖ])")
#: A treasurer's word in lower case ("kassör", "rahastonhoitaja"): a member's task.
_TREASURER_WORD = re.compile(words_pattern(TREASURER_WORDS))
#: "valittiin seuraavalle kolmivuotiskaudelle", "seuraavaksi kaudeksi": seats of a term that
#: A federation named by one compound word in the genitive right before an office
#: ("Voimisteluliiton puheenjohtaja"), not the bare "Liiton"
_FEDERATION_GENITIVE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö-]{2,}liiton)[ \t]+$")
#: begins after the meeting electing to it; not after "jatkamaan" ("valittiin jatkamaan
#: seuraavalle kaudelle": re-elected to go on, a seat held now)
_NEXT_TERM = re.compile(
    r"(?i)(?<![\w-])(?<!jatkamaan[ \t])seuraava(?:lle|ksi)[ \t]+\w*kaude(?:lle|ksi)(?![\w-])"
)
#: "… Paikka kokoushuone Läsnä Ek Aino puheenjohtaja …": minutes' attendance flattened onto
#: the line that names the meeting's time or place, under a bare "Läsnä" / "Närvarande"
_PRESENT_ON_TIME_LINE = re.compile(
    r"(?m)^[^\n]*?\b(?:Aika|Paikka|Kokousaika|Kokouspaikka|Tid|Plats)\b[^\n]*?"
    r"(?<![\w-])(?:Läsnä|Närvarande)(?![\w:-])"
)
#: "Aino Ek, puheenjohtaja Bo Lind, varapuheenjohtaja": an attendance list's chair and vice
#: chair, each with a comma and the seat after the name (bare names of members may follow)
_PRESIDIUM_THEN_BARE = re.compile(
    r"(?<![\w-])(?P<chair>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*),[ \t]*"
    r"puheenjohtaja\s+(?P<vice>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*),"
    r"[ \t]*(?P<vpj>varapuheenjohtaja)(?![\w-])"
)
#: "Aino Ek, valtuuston 1. vpj.": a name, a comma, and a seat in a body named in the genitive
_COMMA_SEAT_ITEM = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*),[ \t]*"
    r"(?P<seat>[a-zåäö][\w-]*n[ \t]+(?:(?:[1-3]\.?|[IV]{1,3}\.?)[ \t]+)?"
    r"(?:pj|vpj|varapj|puheenjohtaja|varapuheenjohtaja)\.?)(?![\w-])"
)
#: "Allekirjoitus Aino Ek Puheenjohtaja Bo Lind Pöytäkirjanpitäjä": signatures flattened, each
#: name with its title after it
_SIGNED_THEN_TITLES = re.compile(
    r"(?<![\w-])Allekirjoitu(?:s|kset)\s+"
    r"(?P<first>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*)\s+Puheenjohtaja\s+"
    r"(?P<second>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*)\s+"
    r"(?:Pöytäkirjanpitäjä|Sihteeri)(?![\w-])"
)
#: "Jäsen Henkilökohtainen varajäsen", "Jäsen Ilmoittanut poissaolostaan Varajäsen": the header
#: of a table of members and their deputies, flattened with its names after it
_MEMBER_DEPUTY_HEADER = re.compile(
    r"(?<![\w-])Jäsen(?:[ \t]+[A-ZÅÄÖ]?[a-zåäö]+){0,2}?[ \t]+"
    r"(?:Henkilökohtainen[ \t]+varajäsen|Varajäsen)(?![\w-])"
)
#: One name of that table, surname first, the member's office after a comma, an "X" after it
_PAIR_TABLE_ITEM = re.compile(
    r"\s+(?P<name>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*)"
    r"(?:,[ \t]*(?P<office>pj|vpj|varapj|puheenjohtaja|varapuheenjohtaja)\.?)?"
    r"(?:[ \t]+[Xx](?=\s))?(?=\s|$)"
)
#: A name after that table with its title after it, lower-case words and ordinals
_TITLED_AFTER_PAIRS = re.compile(
    r"\s+(?P<name>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*)"
    r"[ \t]+(?P<title>[a-zåäö][\w.-]*(?:[ \t]+(?:[a-zåäö][\w.-]*|\d\.?))*)(?=\s|$)"
)
#: One bare "Firstname Surname" of such a list
_BARE_PAIR = re.compile(r"\s+([A-ZÅÄÖ][a-zåäö][\w-]*)[ \t]+([A-ZÅÄÖ][a-zåäö][\w-]*)(?=\s|$)")
#: Where the members absent begin in that run
_ABSENT_WORD = re.compile(r"(?<![\w-])(?:Poissa|Frånvarande)(?![\w:-])")
#: An election's years: "valitsi puheenjohtajaksi vuosille 2025-2026", "valittiin … vuosiksi
#: 2025-26" (the first year, the one the seat begins in)
_ELECTED_FOR_YEARS = re.compile(
    r"(?i)(?<![\w-])(?:(?:kalenteri)?vuo(?:sille|siksi|deksi|delle)|"
    # "kaksivuotiskaudeksi 2023-2024", "toimikaudelle 2025-2026": a term's years
    r"\w*kaude(?:ksi|lle))"
    r"[ \t]+\(?((?:19|20)\d\d)(?:[ \t]*[-\u2013][ \t]*(?:19|20)?\d\d)?(?![\d-])"
)
#: The sentence's verb of an election ("valitsi", "valittiin", "valdes", "omvaldes")
_ELECTION_VERB = re.compile(
    r"(?i)(?<![\w-])(?:valitsi|valitsivat|valittiin|valituiksi|valdes|valde|omvaldes|"
    r"invaldes|återvaldes)(?![\w-])"
)
#: A meeting the page reports, held on a date: "syyskokous pidettiin lauantaina 16.11.2024",
#: "årsmötet hölls den 16.11.2024"
_MEETING_HELD_ON = re.compile(
    r"(?i)(?<![\w-])(?:pidettiin|järjestettiin|kokoontui|hölls|sammanträdde)(?![\w-])"
    r"[^.\n]{0,40}?(?<![\d.])\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)(?!\d)"
)
#: Kinds of bodies the lexicon reads that hold no seats of their own: a project or a
#: programme is run, not sat in ("seurata projektin toimintaa")
_NO_SEATS = frozenset({"project", "programme"})

#: A student union's or a society's council of representatives, as a page's title.
_REPRESENTATIVE_COUNCIL = re.compile(r"(?i)(?:\w+[ \t])?(?:edustajisto|representantskap(?:et)?)")
#: One capitalised word: where a person in a run of names is from ("Nokialta", "Kungsbacka").
_PLACE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?")
#: "från Åbo" after a name: where the person is from.
_FROM_PLACE = re.compile(r"från(?:[ \t]+[A-ZÅÄÖ][\w:-]*){1,3}")
#: The head word of a name that is no body with members: a document or rules of a body
#: ("Fritidsnämndens delegationsordning", "reglemente", "beslut", "protokoll",
#: "föredragningslista"), a programme or a project, an annual meeting ("Årsstämma för …")
_NO_MEMBERS_HEAD = re.compile(
    r"(?i)\w*(?:ordning(?:en|ens)?|reglemente\w*|stadg(?:a|an|ar|arna)|beslut(?:et|ets)?|"
    r"protokoll(?:et|ets)?|föredragningslist\w*|program(?:met|mets)?|projekt(?:et|ets)?|"
    r"årsstämm(?:a|an|ans)|årsmöte(?:t|ts)?|"
    r"ohjelma|ohjelman|hanke|hankkeen|projekti|projektin|järjestys|järjestyksen|johtosääntö\w*|"
    r"päätös|päätöksen|pöytäkirja\w*|esityslista\w*|vuosikokous|vuosikokouksen)"
)
#: A committee of a board's (a working committee, a nominating committee, a preparing
#: group): named after a board's list, it takes none of the list's seats
_SUB_COMMITTEE_HEAD = re.compile(
    r"(?i)\w*(?:arbetsutskott|verkställande[ \t]+utskott|valbered|valbred|beredningsgrupp|"
    r"työvaliokun|vaalivaliokun)\w*"
)
#: "Ombud till Riksförbundets årsstämma 2024:": a heading of delegates to a
#: meeting
_DELEGATES_TO = re.compile(
    r"(?i)(?<![\w-])(?:ombud|delegat\w*)[ \t]+(?:till|vid|på)[ \t]+"
    r"(?:[\w:-]+[ \t]+){0,3}?\w*(?:stämma|stämman|möte|mötet|kongress\w*)(?![\w-])"
)
#: A person's name, then an opening parenthesis and words up to a body's name in it: "Aino
#: Berg (Norrby byaråd" (group "body" where the parenthesis' words begin)
_IN_ENTRY_PARENS = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?"
    r"[ \t]*\((?P<body>[^()\n]{0,50})(?=[^()\n]*\))"
)
#: An office's label on a line of its own with the term of its seats before the colon
#: ("Ledamöter 2 år:", "Jäsenet 2 vuotta:")
_TERM_IN_LABEL = re.compile(
    r"(?m)^(?P<label>[ \t]*[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?)[ \t]+\d{1,2}[ \t]+"
    r"(?:år|vuosi|vuotta|vuodeksi)[ \t]*:(?=[ \t]*$)"
)
#: "valberedningens förslag", "vaalitoimikunnan esitys": a committee's proposal
_PROPOSAL_OF = re.compile(r"(?i)[\w-]+(?:s|n)[ \t]+(?:förslag|esity|ehdotu)\w*")
#: An election's note closing an entry, then the next entry's name on the same line
_ELECTION_NOTE_RUN = re.compile(
    r"(\((?:omval|nyval|omvald|nyvald|omvalda|nyvalda|uudelleenvalittu|uusi)\))[ \t](?=[A-ZÅÄÖ])"
)
#: "Eva Ek, Bo Lind och Åke Berg har 1 år kvar på sin mandatperiod": seats that go on
_TERM_LEFT = re.compile(
    r"(?m)^(?P<run>[A-ZÅÄÖ][^\n:.]{4,200}?)[ \t]+(?:har|sitter)[ \t]+(?:\d+|ett|två)[ \t]+år[ \t]+"
    r"kvar(?![\w-])"
)
#: A sentence's election, then a run of names each with an office in parentheses
#: ("Omval skedde av A (kassör), B (sekreterare)", "Till styrelsen omvaldes A (ordf.), B …")
_ELECTED_PAREN_RUN = re.compile(
    r"(?<![\w-])(?:[Oo]mval|[Nn]yval|omvaldes|invaldes|valdes|återvaldes)(?:[ \t]+\w+){0,3}?"
    rf"[ \t]+(?P<run>{_CAPITALISED_NAME}[ \t]*\([a-zåäö. ]{{3,25}}\)"
    rf"(?:(?:,[ \t]*|[ \t]+och[ \t]+){_CAPITALISED_NAME}[ \t]*\([a-zåäö. ]{{3,25}}\))+)"
)
#: One entry of such a run: a name, then its office in parentheses
_PAREN_OFFICE = re.compile(
    rf"(?P<name>{_CAPITALISED_NAME})[ \t]*\((?P<office>[a-zåäö. ]{{3,25}})\)"
)
#: A body's word as a label over a list of its own: "Valberedning:", "Valberedning 1 år:"
_OWN_LABEL = re.compile(r"[ \t]*(?:\d{1,2}[ \t]+(?:år|vuosi|vuotta)[ \t]*)?:")
#: An office's label inside a line, then a colon and what follows: "Ordförande: …",
#: "Ständig sekreterare: …", "Skattmästare: …"
_INLINE_OFFICE = re.compile(
    r"(?<![\w-])(?P<label>(?:[A-ZÅÄÖ][a-zåäö]+[ \t]+)?(?:[a-zåäö]+[ \t]+)?"
    r"(?:[A-Za-zÅÄÖåäö]*(?:ordförande|sekreterare|kassör|skattmästare)|"
    r"Ordförande|Sekreterare|Kassör|Skattmästare))[ \t]*:[ \t]*"
)
#: A line with four bullets or more run together ("… • A • B • C • D")
_BULLETS_RUN = re.compile(r"(?m)^[^\n•]*(?:[^\n•]* •[ \t][^\n•]*){4,}$")
#: A line that is a body's name alone, perhaps a bullet's ("• Styrelsen")
_BODY_LINE = re.compile(r"(?m)^[ \t]*(?:[•*-][ \t]*)?(?P<word>[A-ZÅÄÖ][\w-]+)[ \t]*$")
#: "Ordförande Bo Lind" in a minutes' signatures: the name after the chair's word, up to the
#: next capitalised label or the end of the line
_CHAIR_SIGNS = re.compile(
    r"(?<![\w-])Ordförande(?P<dots>[ \t]*(?:\.{2,}|…))?[ \t]+"
    # ("Ordförande... Paragrafer Bo Lind": the next label of the form printed between)
    r"(?:Paragrafer[ \t]+)?"
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2})"
)
#: A line that ends in a colon
_COLON_LINE = re.compile(r"(?m)^[^\n]*:[ \t]*$")
#: A word of the text that may name a body, with a Leader group's board ("LAG") as printed
_BODY_WORD = re.compile(
    r"(?<![\w@.:/-])(?:LAG(?![\w-])|[A-Za-zÅÄÖåäö][\w-]*[a-zåäö])(?![\w-]|[@.:/]\w)"
)
#: "Distriktsordförande Åke Ek", "förbundsordföranden, Eva Ek,": the chair of a level of an
#: organisation, then the name
_LEVEL_CHAIR_NAME = re.compile(
    r"(?<![\w-])(?<!som[ \t])(?<!till[ \t])(?P<level>[Dd]istrikts|[Ff]örbunds)"
    # ("förbundsordföranden, Eva Ek, …": an apposition, closed by a comma)
    r"ordförande(?:[ \t]+|n,[ \t]*(?=[^,.\n]{3,60},))"
    rf"(?P<name>{_CAPITALISED_NAME})"
)
#: "Styrelseledamöter är Åke Ek förbundsordförande, Eva Ek, vice förbundsordförande": a name,
#: then the post of the chair (or vice chair) of a level of an organisation after it, not
#: "i" or "för" another one.
_NAME_THEN_LEVEL_CHAIR = re.compile(
    rf"(?<![\w'-])(?P<name>{_CAPITALISED_NAME}),?[ \t]+(?P<vice>vice[ \t]+)?"
    r"(?P<level>förbunds|distrikts)ordförande(?![\w-])(?![ \t]+(?:i|för|på|vid)[ \t])"
)
#: "…, Ort, Bo Ek, 1:e vice ordförande" right after a level's chair: an item or two (a place,
#: an employer), then a vice chair's name and post ("ord förande": the word split by a scan).
_VICE_AFTER_LEVEL_CHAIR = re.compile(
    r"(?:,[ \t]*[^,.;:\n]{2,40}?){0,2},[ \t]*"
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}),[ \t]*"
    r"(?:[1-3][ \t]?:[ae][ \t]+|förste[ \t]+|andre[ \t]+)?vice[ \t]+ord[ \t]?förande(?![\w-])"
)
#: "(vice ordförande) " after a name, then the next name.
_PAREN_ROLE_THEN_NAME = re.compile(r"[ \t]*\(([^()\n]{2,30})\)[ \t]*(?=[A-ZÅÄÖ][a-zåäö])")
#: A treasurer named in prose: "Eva Ek fortsätter som kassör", "Förbundets kassör Eva Ek",
#: "Eva Ek (kassör)".
_TREASURER = re.compile(
    rf"(?<![\w'-])(?P<name>{_CAPITALISED_NAME})(?:[ \t]+"
    r"(?:fortsätter|kvarstår|omvaldes|valdes|"
    # "Eva Ek fick också förnyat förtroende som kassör"
    r"fick[ \t]+(?:också[ \t]+)?(?:förnyat[ \t]+)?förtroende)[ \t]+(?:som|till)[ \t]+"
    rf"(?:{_SV_TREASURER})"
    rf"|[ \t]*\((?:{_SV_TREASURER})\))(?![\w-])|"
    rf"(?<![\w-])(?:[Ff]örbundets|[Ff]öreningens|[Dd]istriktets)[ \t]+(?:{_SV_TREASURER}),?[ \t]+"
    rf"(?P<name2>{_CAPITALISED_NAME})|"
    # "Kvarstår som kassör gör Eva Ek": the verb first, the name after "gör"
    rf"(?<![\w-])(?:[Kk]varstår|[Ff]ortsätter|[Oo]mvaldes)[ \t]+som[ \t]+(?:{_SV_TREASURER})"
    rf"[ \t]+gör[ \t]+(?P<name3>{_CAPITALISED_NAME})"
)
#: "Ordförande Eva Ek, kassör Bo Lind", "…, sekreterare Bo Lind och kassör Eva Ek": a treasurer
#: after a comma or a conjunction in a run of officers.
_TREASURER_AFTER_OFFICER = re.compile(
    r"(?:(?<=,[ \t])|(?<=\soch[ \t])|(?<=\ssamt[ \t])|(?<=\sja[ \t]))"
    rf"(?:{words_pattern(TREASURER_WORDS)})[ \t]+(?P<name>{_CAPITALISED_NAME})"
    r"(?=[ \t]*[,.]|[ \t]*$)",
    re.M,
)
#: "… ryhmän (varsinaiset) edustajat edustajistossa": a group's representatives in a body.
_REPRESENTATIVES_IN = re.compile(
    r"(?i)(?<![\w-])[\w-]+n[ \t]+(?:varsinaiset[ \t]+|vara)?edustajat[ \t]+"
    r"(?P<body>[a-zåäö]{4,}(?:ssa|ssä))(?![\w-])"
)
#: A sentence saying who led a meeting ("puhetta johti", "ledde förhandlingarna").
_MEETING_LED = re.compile(
    r"(?i)(?<![\w-])(?:puhetta[ \t]+johti|johti[ \t]+puhetta|mötesordförande|"
    # "Vuosikokousta johti A, sihteerinä toimi B": the meeting led, its secretary after
    r"(?:vuosi|syys|kevät|liitto)?kokousta[ \t]+johti|"
    r"johti[ \t]+(?:vuosi|syys|kevät|liitto)?kokousta|"
    r"ledde[ \t]+(?:mötet|förhandlingarna|årsmötet|stämman)|"
    # "Till ordförande för mötet valdes A, till sekreterare B": the meeting's officers
    r"ordförande[ \t]+för[ \t]+(?:års|höst|vår)?mötet)(?![\w-])"
)
#: "Mötet leddes av A som ordförande": the person who chaired a meeting, right before the name
_MEETING_LED_BY = re.compile(
    r"(?i)(?<![\w-])(?:\w*mötet|stämman|förhandlingarna|sammanträdet)[ \t]+(?:leddes|leds)"
    r"(?:[ \t]+(?:sedan|därefter|sen))?[ \t]+av[ \t]+$"
)
#: The same words before a name anywhere in the text ("Årsmötet leddes sedan av Aino Ek,"):
#: the name, up to a comma or a full stop, is the meeting's chair's.
_MEETING_LED_BY_NAME = re.compile(
    r"(?i)(?<![\w-])(?:\w*mötet|stämman|förhandlingarna|sammanträdet)[ \t]+(?:leddes|leds)"
    r"(?:[ \t]+(?:sedan|därefter|sen))?[ \t]+av[ \t]+(?P<name>[^,.;\n]{3,60})"
)
#: "Styrelsen har haft följande sammansättning.", "… valdes enligt nedan.": a line that
#: introduces the list under it, closed by a full stop where a colon is meant
_INTRO_FULL_STOP = re.compile(
    r"(?im)^[^\n]{0,160}?(?<![\w-])(?:följande[ \t]+sammansättning|enligt[ \t]+nedan|"
    r"består[ \t]+av[ \t]+följande(?:[ \t]+\w+)?|kokoonpano[ \t]+on[ \t]+seuraava)"
    r"(?P<stop>\.)[ \t]*$"
)
#: "kassör utanför styrelsen", "sekr. utom styrelsen", "sihteeri hallituksen ulkopuolelta":
#: a post held outside the board, after the person's name on the same line
_OUTSIDE_THE_BODY = re.compile(
    r"(?i)(?P<gap>[ \t]*(?:[,:][ \t]*)?(?:[a-zåäö]+\.?[ \t]+){1,4}?)"
    r"(?:(?:utanför|utom)[ \t]+(?:den[ \t]+)?(?P<sv>[a-zåäö]+)"
    r"|(?P<fi>[a-zåäö]+)[ \t]+ulkopuol(?:elta|inen|isena))(?![\w-])"
)
#: "ORDINARIE MEDLEMMAR / SUPPLEANTER", "Jäsenet / varajäsenet": the header of a table of
#: members and their personal deputies, the two columns parted by a slash
_SLASH_PAIR_HEADER = re.compile(
    r"(?im)^[ \t]*(?:ordinarie[ \t]+|varsinaiset[ \t]+)?(?:medlemmar|ledamöter|jäsenet)"
    r"[ \t]*/[ \t]*(?:personliga[ \t]+|henkilökohtaiset[ \t]+)?"
    r"(?:suppleanter|ersättare|varajäsenet)[ \t]*:?[ \t]*$"
)
#: "Ek Bo / Ekby": an entry of such a table, a name of two words, a slash and what follows it
#: (a place or an organisation), the next entry perhaps glued to it ("EkbyLind Eva / Åbo")
_SLASH_ENTRY = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ \t]+"
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)[ \t]*/[ \t]*(?=\S)"
)
#: "(AT)", "(dot)" inside an e-mail address: read as "[AT]", "[dot]".
_OBFUSCATED_AT = re.compile(r"(?<=\w)\((?:at|AT|dot|DOT)\)(?=\w)")
#: A deputy's word: a page that speaks of deputies ("varajäsenistä", "suppleanter").
_DEPUTY_WORD = re.compile(rf"(?i)(?<![\w-])(?:{DEPUTY_WORDS})")
#: A sentence naming a guest of the meeting or the page's event ("vi hade besök av
#: Regionstyrelsens ordförande …", "Vieraana oli kaupunginhallituksen puheenjohtaja …"): the
#: body named there is the guest's own, not the one the page goes on to speak of.
_GUEST = re.compile(
    r"(?i)\b(?:besök\s+av|besöktes\s+av|gästade?s?|gäst(?:er|erna|en)?\s+(?:var|fanns|från)|"
    r"inbjudna?\s+gäst\w*|som\s+gäst(?:er)?|vieraana|vieraina|vieraili\w*|vierailu\w*|"
    # "Årsmötet inleddes av ordförande i Björkby kommunfullmäktige A": a guest who opens it
    r"(?:års)?mötet\s+(?:inleddes|öppnades)\s+av\s+(?:[a-zåäö]+\s+){0,3}i\s+[A-ZÅÄÖ])"
)
#: Minutes' label of those present at the meeting, on a line of its own or before a colon
#: ("Läsnä:", "Saapuvilla olleet jäsenet", "Närvarande:"): the page records a meeting
_MEETING_PRESENT = re.compile(
    r"(?im)^[ \t]*(?:Läsnä(?:[ \t]+olleet)?|Saapuvilla(?:[ \t]+olleet)?|Paikalla|"
    r"Närvarande)(?:[ \t]+(?:jäsenet|ledamöter|beslutande))?[ \t]*(?::|$)"
)
#: a full date in a page's head ("16.12.2025", "2025-12-16"): day, month, year
_PAGE_DAY = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)|"
    r"(?<!\d)(?P<y2>(?:19|20)\d\d)-(?P<m2>\d\d)-(?P<d2>\d\d)(?!\d)"
)
#: "jatkaa hallituksen jäsenenä", "sitter kvar", "fortsätter som ledamot": a seat held now
#: that goes on into the next term
_GOES_ON = re.compile(
    r"(?i)(?<![\w-])(?:jatkaa|jatkavat|sitter[ \t]+kvar|fortsätter|kvarstår)(?![\w-])"
)
#: "som ordförande för kvällen", "… för dagen", "… för mötet": an officer of the meeting only
_FOR_THE_EVENING = re.compile(
    r"(?i)[ \t]+för[ \t]+(?:kvällen|dagen|mötet|årsmötet|höstmötet|vårmötet|stämman|"
    r"sammanträdet|dagens[ \t]+(?:möte|förhandlingar))(?![\w-])"
)
#: "Styrelsen inför nästa år", "Styrelsen för nästa år": a page's title that gives the
#: seats of the year to come
_NEXT_YEAR_TITLE = re.compile(r"(?i)(?<![\w-])(?:inför|för)[ \t]+nästa[ \t]+år(?![\w-])")
#: "… gäller för styrelseledamöterna A, B och C", "… ovat suppleanterna A och B",
#: "valittiin varajäseniksi A ja B": a plural seat noun (a body's name may be joined to its
#: front), then a run of names; ``pre`` is the joined body word
_SEAT_RUN = re.compile(
    r"(?i)(?<![\w-])(?P<pre>[a-zåäö]{3,}?)?"
    r"(?P<seat>ledamöterna|ledamöter|suppleanterna|suppleanter|ersättarna|"
    # "… kahden vuoden toimikaudelle valittiin A, B ja C": members elected for a term
    r"(?<=[a-zåäö]{3}[ \t])toimikaudelle[ \t]+valittiin|"
    # "I styrelsen kvarstår år 2022 A, B och C": members staying on
    r"(?<=(?<![\w-])[Ii][ \t])[a-zåäö]*(?:styrelsen|rådet|nämnden|gruppen|kommittén)[ \t]+"
    r"(?:kvarstår|sitter[ \t]+kvar)(?:[ \t]+(?:år[ \t]+)?(?:19|20)\d\d)?|"
    # "Övriga i styrelsen är A, B och C": the rest of the board's members ("Nya i styrelsen
    # är A, B och C": its new members)
    r"(?<![\w-])(?:[Öö]vriga|[Dd]e[ \t]+övriga|[Nn]ya)[ \t]+i[ \t]+[a-zåäö]*(?:styrelsen|rådet|"
    r"nämnden|gruppen|kommittén)(?=[ \t]+(?:är|var|blev)[ \t])|"
    # "Övriga som sitter i styrelsen är A (vice ordförande) B, C och D"
    r"(?<=(?<![\w-])som[ \t])sitter[ \t]+i[ \t]+[a-zåäö]*(?:styrelsen|rådet|nämnden|gruppen|"
    r"kommittén)(?=[ \t]+är[ \t])|"
    r"varajäseniksi|jäseniksi|varajäsenet|jäsenet|varajäseninä|jäseninä|"
    # "styrelsemedlemmar är A, B och C": members only with the body joined to the front
    r"(?<=[a-zåäö]{3})medlemmarna|(?<=[a-zåäö]{3})medlemmar|(?<=[a-zåäö]{3})ersättare|"
    # "… utgör A, B och C resten av styrelsen": the body's other members
    r"(?<=[a-zåäö][ \t])utgör(?=[ \t]+[A-ZÅÄÖ][^.\n]{3,200}?[ \t]resten[ \t]+av[ \t]+"
    r"[a-zåäö]*(?:styrelsen|rådet|nämnden|gruppen|kommittén)(?![\w-]))|"
    # "… nu med tre nya styrelsekolleger, A, B och C": the body's new members in apposition
    r"(?<=[a-zåäö]{3})kolleg(?:er|or)(?=,[ \t]+[A-ZÅÄÖ]),|"
    # "Övriga nya medlemmar är A, B och C": the rest of the officers' body, named before
    r"(?<=(?<![\w-])[Öö]vriga[ \t]nya[ \t])medlemmar(?=[ \t]+(?:är|var|blev)[ \t])|"
    # "… omvaldes A som ordförande, övriga är B, C och D": the officer's body's members
    r"(?<=,[ \t])övriga(?=[ \t]+(?:är|var|blev)[ \t])|"
    r"(?<=,[ \t])muut(?=[ \t]+(?:ovat|olivat)[ \t])|"
    # "Val av ersättare för en tid av 1 år: A, B och C": an election's deputies
    r"(?<=(?<![\w-])[Vv]al[ \t]av[ \t])ersättare"
    r"(?=(?:[ \t]+för[ \t]+(?:en[ \t]+tid[ \t]+av[ \t]+)?\d{1,2}[ \t]+år)?[ \t]*:))"
    # "Val av ordinarie styrelseledamöter för en tid av 2 år: A, B och C": the term
    r"(?:[ \t]+för[ \t]+(?:en[ \t]+tid[ \t]+av[ \t]+\d{1,2}[ \t]+år|\d{1,2}[ \t]+år)(?=[ \t]*:))?"
    # "Nya ledamöter som valdes var: A, B och C"; "Styrelsemedlemmarna som fortsätter till
    # 2011 är A, B och C": the seats held on
    r"(?:[ \t]+som[ \t]+(?:(?:om)?valdes|(?:fortsätter|kvarstår|sitter[ \t]+kvar)"
    r"(?:[ \t]+(?:till|t\.o\.m\.)[ \t]+(?:19|20)\d\d)?))?"
    # "De styrelseledamöter som stod i tur att avgå, det vill säga A, B och C, omvaldes": a
    # relative clause, then the run the words "that is" open (or, "… som står i tur att avgå,
    # A och B omvaldes", the run the election's verb closes)
    r"(?:[ \t]+som[ \t]+[^,.:\n]{3,60}?,(?:[ \t]*(?:det[ \t]+vill[ \t]+säga|dvs\.?|d\.v\.s\.|"
    r"nämligen)(?=[ \t]+[A-ZÅÄÖ])|(?=[ \t]+[A-ZÅÄÖ][^.\n]{3,200}?[ \t](?:om|åter|ny)?valdes"
    r"(?![\w-]))))?"
    # "Övriga styrelseledamöter, som samtliga omvaldes, är A och B": a relative clause in
    # commas between the seats and the verb
    r"(?:,[ \t]+som[ \t]+[^,.:\n]{3,60}?,(?=[ \t]+(?:är|var|blev)[ \t]))?"
    # "… och fyra ledamöter valdes, A, B, C och D"
    r"(?:[ \t]+(?:om|ny)?valdes,?)?"
    r"(?:[ \t]+(?:ovat|olivat|är|var|blev))?:?[ \t]+(?=[A-ZÅÄÖ]|[a-zåäö]+[ \t]+[A-ZÅÄÖ])"
)
#: a lower-case word after a comma in a run of names: an office in apposition ("…, ordförande
#: för …") when the word is a role's
_APPOSITION = re.compile(r",[ \t]+([a-zåäö][\w-]*)")
#: "valdes till ordförande för 2016", "valittiin puheenjohtajaksi vuodelle 2016": an election
#: for one year (not a term of years)
_FOR_YEAR = re.compile(
    r"(?i)(?<![\w-])(?:för(?:[ \t]+år)?|vuodelle|kaudelle|toimikaudelle)[ \t]+((?:19|20)\d\d)"
    r"(?![\d-])(?![ \t]*[-\u2013])"
)
#: the word right before a run of seats that says the seats are new or sitting ones
_NEW_OR_SITTING = re.compile(
    r"(?i)(?<![\w-])(nya|nyvalda|uudet|uusiksi|uusina|sittande|nuvarande|kvarstående|nykyiset|"
    r"jatkavat)[ \t]+[\w-]*$"
)
_SITTING_WORDS = frozenset({"sittande", "nuvarande", "kvarstående", "nykyiset", "jatkavat"})
#: "Ordförande Christer Ek omvaldes.", "Puheenjohtaja Aino Aho valittiin uudelleen.": a post at
#: a sentence's start, one name, then the words that the person was elected again
_POST_REELECTED = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t]))"
    # "Förbundets sittande ordförande Anna Ek från Borgå omvaldes"
    r"(?P<own>(?:(?:förbundets|föreningens|distriktets)[ \t]+)?(?:(?:sittande|nuvarande)[ \t]+)?)"
    r"(?P<post>(?:förbunds)?ordförande|vice[ \t]+ordförande|sekreterare|"
    r"puheenjohtaja|varapuheenjohtaja|sihteeri)[ \t]+(?P<name>[A-ZÅÄÖ][^.,\n]{2,60}?)"
    r"(?:[ \t]+från[ \t]+[A-ZÅÄÖ][\w-]+)?[ \t]+"
    r"(?:omvaldes|valdes[ \t]+om|blev[ \t]+omvald|valittiin[ \t]+uudelleen|jatkaa)(?![\w-])",
    re.IGNORECASE,
)
#: "Aino Ek återvaldes till förbundsordförande för 2016 när …": a name at a sentence's start,
#: then that the person was elected (again) to a post; also a clause after a comma ("Därefter
#: följde ett antal val, Jan Ek omvaldes till ordförande, …")
_NAME_ELECTED_TO_POST = re.compile(
    r"(?m)(?:^|(?<=[.!?,][ \t]))(?P<name>[A-ZÅÄÖ][^.,\n]{2,60}?)"
    r"(?:[ \t]+från[ \t]+[A-ZÅÄÖ][\w-]+)?[ \t]+"  # "Bo Ek från Vasa omvaldes till …"
    # "Eva Ek är vald till vice ordförande": the same in the present perfect's passive
    r"(?:återvaldes|omvaldes|valdes(?:[ \t]+om)?|(?:är|blev)[ \t]+(?:om|åter)?vald)"
    # "valdes av årsmötet till ny vice ordförande": the electing meeting, a new post
    r"(?:[ \t]+av[ \t]+(?P<meeting>(?:års|höst|vår)mötet))?[ \t]+till[ \t]+(?:ny[ \t]+)?"
    r"(?P<post>(?:förbunds|distrikts|förenings|(?:lokal)?avdelnings)?ordförande|"
    r"vice[ \t]+ordförande|sekreterare)"
    r"(?![\w-])"
    # (a post "vid Marthaförbundets höstmöte" or "i föreningen" is the one the words name;
    # "omvaldes till ordförande med acklamation": how the meeting elected)
    r"(?=[ \t]*(?:[.,]|$|för[ \t]+(?:år[ \t]+)?(?:19|20)\d\d|när|då|med[ \t]+acklamation|"
    r"för[ \t]+(?:ett|två|tre|[1-4])[ \t]+år(?![\w-])))",
    re.IGNORECASE | re.MULTILINE,
)
#: "Till föreningsordförande valdes Eva Ek på ett år", "Till ny ordförande valdes enhälligt Bo
#: Lind.": the post first, the verb of the election, then the name (not "Till ordförande för
#: mötet valdes …": the meeting's, nor "Till hedersordförande …": a title)
_POST_THEN_ELECTED = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t]))Till[ \t]+(?:ny[ \t]+)?"
    r"(?P<post>(?:vice[ \t]+)?(?:förenings|förbunds|distrikts|(?:lokal)?avdelnings)?"
    r"ordförande|sekreterare)[ \t]+"
    r"(?:valdes|omvaldes|återvaldes|utsågs)(?:[ \t]+(?:enhälligt|åter|om))?[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][^.,!\n]{2,60}?)"
    r"(?=[ \t]*(?:[.,!]|$|på[ \t]|för[ \t]|som[ \t]|och[ \t]|med[ \t]|vid[ \t]))",
    re.IGNORECASE,
)
#: "… kontakta någon av styrelsens medlemmar 2021" at a line's end: the body whose members
#: the list lines under it name
_MEMBERS_OF_LINE_END = re.compile(
    r"(?m)(?<![\w-])(?P<body>[a-zåäö]{4,}s)[ \t]+(?:medlemmar|ledamöter)"
    r"(?:[ \t]+(?:19|20)\d\d)?[ \t]*:?[ \t]*$"
)
_LINE = re.compile(r"[^\n]+")
#: A card's name line: two or three capitalised words, a middle initial allowed ("Anna M Ek").
_CARD_NAME = re.compile(
    r"[A-ZÅÄÖ][a-zåäö][\w'-]*(?:\s+[A-ZÅÄÖ]\.?)?(?:\s+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}"
)
#: A nominating committee's member on a card's office line ("Valberedare").
_NOMINATOR = re.compile(r"(?i)valberedare|valberedningsledamot")
#: A treasurer's post on a line of its own ("Kassör", "Skattmästare", "Rahastonhoitaja").
_TREASURER_LINE = re.compile(rf"(?i)(?:{words_pattern(TREASURER_WORDS)})")
#: three or more bullet lines in a row, then a blank line
_BULLET_RUN = re.compile(r"(?m)(?:^[ \t]*[•*-][ \t]*\S[^\n]*\n){3,}[ \t]*\n(?:[ \t]*\n)*")
#: a sentence whose subject is a bare body word ("Styrelsen hade 9 sammanträden")
_SUBJECT_BODY = re.compile(
    r"(?P<body>[A-ZÅÄÖ][a-zåäö]+)[ \t]+(?:hade|har|höll|sammanträdde|kokoontui|piti|on)(?![\w-])"
)
#: what may follow a name in such an item: a post after a comma, the year the seat began
_ITEM_POST = re.compile(
    r"(?:,[ \t]*(?P<post>[a-zåäö][a-zåäö ]*?))?[ \t]*(?:(?:19|20)\d\d[ \t]*[-–])?[ \t]*"  # noqa: RUF001
)
#: an academic title abbreviated before a name in a list's item ("Dr. ", "Prof. ", "FT ")
_ACADEMIC_TITLE = re.compile(
    r"(?:Dr|Prof|Doc|Doz|FT|FD|MD|PhD|Fil\.\s?dr|Med\.\s?dr)\.?[ \t]+(?=[A-ZÅÄÖ])"
)
#: "Nyvald förbundsstyrelse, från vänster: A, B och C", "Uusi hallitus vasemmalta: A, B ja C":
#: a photo's caption naming a body (a new one), then who stand in it from the left
_BODY_FROM_LEFT = re.compile(
    r"(?im)(?:^|(?<=[.!?][ \t]))(?:(?:ny|nyvald|nyvalda|nya|uusi|vastavalittu)[ \t]+)?"
    r"(?P<body>[\w-]+)[ \t]*,?[ \t]+(?:från[ \t]+vänster|vasemmalta)[ \t]*:[ \t]*"
)
#: "säger Aino Ek, omvald förbundsordförande", "Aino Aho, uudelleen valittu puheenjohtaja": a
#: name, then the post the person was elected (again) to
_NAME_REELECTED_POST = re.compile(
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t][A-ZÅÄÖ][\w'-]+){1,2}),[ \t]+"
    r"(?:omvald|nyvald|uudelleen[ \t]+valittu|uudeksi[ \t]+valittu)[ \t]+"
    r"(?P<post>(?:förbunds)?ordförande|vice[ \t]+ordförande|puheenjohtaja|varapuheenjohtaja)"
    r"(?![\w-])"
)
#: A name whose two first names are written as one word ("JanErik Holm"), as a cell of a run.
_GLUED_FIRST_NAMES = re.compile(
    r"[ \t]*((?:[A-ZÅÄÖ][a-zåäö]{1,}){2}[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?![\w-])"
)
#: A local unit's number after a name in a run ("Eva Ek avd 68", "Aino Aho os. 12").
_UNIT_NUMBER = re.compile(r"(?:avd|avdelning|osasto|os)\.?[ \t]*\d{1,4}")
#: One part of a line of offices set apart by dashes: "Kassör: Aino Ek  –  ", its label and  # noqa: RUF003
#: its names (up to the next dash or the line's end).
_DASHED_PART = re.compile(
    r"(?P<label>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?)[ \t]*:[ \t]*"
    r"(?P<names>[^:\n\u2013\u2014]+?)[ \t,]*(?:[ \t][\u2013\u2014-][ \t]+|$)",
    re.M,
)
#: the separators of a run of names in prose: a comma, "och", "samt", "ja", "sekä"
#: "(på 2 år)", "(1 år)": a seat's term in parentheses after a name of a run
_TERM_IN_PARENTHESES = re.compile(r"\((?:på[ \t]+|för[ \t]+)?(?:\d{1,2}|ett|två|tre)[ \t]+år\)")
_RUN_SEP = re.compile(r",[ \t]*(?:(?:och|samt|ja|sekä)[ \t]+)?|[ \t]+(?:och|samt|ja|sekä)[ \t]+")
#: an item heading of minutes that names an election ("Hallituksen jäsenten valinta")
_FI_ELECTION_ITEM = re.compile(r"(?i)(?<![\w-])(?:valinta|valitseminen|vaali)(?![\w-])")
#: "valittiin jatkamaan seuraavalle kaudelle": re-elected to go on, a seat held now
_TO_CONTINUE = re.compile(r"(?<![\w-])(?:jatkamaan|jatkaa|jatkavat)(?![\w-])")
#: the oldest member, who opens a body's first meeting and chairs it until its chair is
#: elected ("iältään vanhin valtuutettu", "ikäpuhemies", "den till åldern äldsta ledamoten")
_OLDEST_MEMBER = re.compile(
    r"(?i)(?<![\w-])(?:iältään\s+vanhin|ikäpuhemie\w*|till\s+åldern\s+äldst\w*)"
)
#: people in turn to leave, then the words that someone takes their place ("erovuoroisten A:n
#: ja B:n tilalle", "i stället för X och Y som är i tur att avgå")
_IN_PLACE_OF_LEAVING = re.compile(
    r"(?i)(?<![\w-])erovuoro\w*[^.\n]{1,120}?(?P<instead>\btilalle\b|\btilalla\b)|"
    r"(?<![\w-])(?:i|istället)\s+(?:stället\s+)?för[^.\n]{1,120}?"
    r"(?P<instead2>i\s+tur\s+att\s+avgå|avgående|(?:nu\s+)?lämnar(?![\w-]))"
)
#: a sentence that announces what follows it ("Här följer …", "Nedan …", "Seuraavassa …")
_ANNOUNCES = re.compile(
    r"(?i)(?<![\w-])(?:här följer|följande|nedan|seuraava\w*|alla olevi\w*|ohessa)(?![\w-])"
)
#: a date in a page's head ("29.11.2006", "2006-11-29", "Nov 29, 2006", "29 november 2006"):
#: its year
_PAGE_DATE = re.compile(
    r"(?<![\d.])\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)(?!\d)|(?<!\d)((?:19|20)\d\d)-\d\d-\d\d(?!\d)|"
    r"(?<![\w-])[A-ZÅÄÖa-zåäö][a-zåäö]{2,8}\.?[ \t]\d{1,2},[ \t]((?:19|20)\d\d)(?!\d)|"
    r"(?<![\d.])\d{1,2}\.?[ \t][a-zåäö]{3,9}(?:ta)?[ \t]((?:19|20)\d\d)(?!\d)"
)
#: "bestående av 5 ledamöter och 5 ersättare", "jossa on 7 jäsentä ja 7 varajäsentä": a body's
#: composition counted
_COUNTED = re.compile(
    r"(?i)(?:bestående\s+av|som\s+består\s+av|består\s+av|jossa\s+on|johon\s+kuuluu)\s+"
    r"(\d{1,2})\s+(?:ledamöter|ordinarie\s+ledamöter|jäsentä)\s+(?:och|ja)\s+"
    r"(\d{1,2})\s+(?:ersättare|suppleanter|varajäsentä)"
)
#: "Irene Ek (C), BIN, ordförande ": one item of minutes' decision makers flattened to a run,
#: the name, the party, what the member comes from (an abbreviation) and a post
_PARTY_ITEM = re.compile(
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t][A-ZÅÄÖ][\w'-]+){1,2})[ \t]\([A-ZÅÄÖ]{1,3}\)"
    r"(?:,[ \t][A-ZÅÄÖ]{2,6}(?![\w-]))?(?:,[ \t](?P<post>[a-zåäö][\w .:-]{2,30}?))?"
    r"(?=[ \t]+[A-ZÅÄÖ]|[ \t]*$)",
    re.M,
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
_MEETING_ROOM = re.compile(r"(?<![\w-])(\w+)\s+(?:kokoushuone|sammanträdesrum)", re.I)
#: One "Name, role" item of minutes' attendance flattened to a run ("x Erkki Ek, pj. Ossi Aho,
#: vj. x Risto Holm, II vpj."): an "x" for present, the name, the seat after a comma.
_COMMA_ITEM = re.compile(
    r"(?<![\w'-])(?P<x>(?:x\s+)+)?(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*\s+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    r"(?:,\s+(?P<role>(?:[a-zåäö][\w:./-]*|[IV]{1,3}\.?)"
    r"(?:,?\s+(?:(?!x\s)[a-zåäö][\w:./-]*|[IV]{1,3}\.?))*))?"
    r"(?![\w'-])"
)
_ITEM_GAP = re.compile(r"(?:[ \t]+[-–][ \t]+|[ \t]*\([^()\n]{0,80}\)[ \t]*|[ \t]+)+")  # noqa: RUF001
#: Minutes' attendance under its own labels, run together: "Varsinaiset jäsenet Aino Ek,
#: kirkkoherra Bo Lind … Varajäsenet Eva Salo (Bo Lind) …".
_REGULAR_MEMBERS = re.compile(r"(?<![\w-])Varsinaiset[ \t]+jäsenet[ \t]*:?[ \t]+")
_DEPUTIES_LABEL = re.compile(r"(?<![\w-])Varajäsenet[ \t]*:?[ \t]+")
#: A deputy with the member they stand for in parentheses: "Eva Salo (Bo Lind)".
_BRACKETED_ITEM = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})[ \t]*"
    r"\((?P<of>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})\)[ \t]*"
)
#: A title after a listed name's comma: ", kirkkoherra".
_TITLE_AFTER_COMMA = re.compile(r",[ \t]*[a-zåäö][\w.-]*(?:[ \t]+[a-zåäö][\w.-]*)*[ \t]*")
#: Minutes' attendance under labels with no colon, names printed surname first: "Läsnäolevat
#: jäsenet Ek Aino, pj Lind Bo Salo Eva varajäsen … Poissaolevat jäsenet Mäki Olli Muut läsnä
#: olevat …".
_PRESENT_MEMBERS_LABEL = re.compile(
    r"(?<![\w-])Läsnä[ \t]*(?:olevat|olleet)[ \t]+jäsenet[ \t]*:?[ \t]*"
)
_ABSENT_MEMBERS_LABEL = re.compile(
    r"(?<![\w-])Poissa[ \t]*(?:olevat|olleet)[ \t]+jäsenet[ \t]*:?[ \t]*"
)
_OTHERS_PRESENT_LABEL = re.compile(
    r"(?<![\w-])Muut[ \t]+(?:läsnä[ \t]*(?:olevat|olleet)|saapuvilla[ \t]+olleet|"
    r"osallistujat)(?![\w-])"
)
#: A body's heading on a line of its own, perhaps with its term: "Johtokunta 1.1.2024 -
#: 31.12.2025", "Hallitus 2024".
_BODY_TERM_HEADING = re.compile(
    r"^[ \t]*(?P<body>[A-ZÅÄÖ][a-zåäö-]+)(?:[ \t]+\d[\d. \t\u2013-]*)?[ \t]*$", re.M
)
#: An office line under it, the office perhaps with its translation after a slash: "Aino Ek,
#: puheenjohtaja/chairman".
_OFFICE_LINE = re.compile(
    r"[ \t]*(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)[ \t]*,[ \t]*"
    r"(?P<role>[a-zåäö][a-zåäö \t]*?)[ \t]*(?:/[^\n/]*)?"
    # "Aino Ek, hallituksen jäsen, 1.5.2023 alkaen": the date the seat is held from
    r"(?:,[ \t]*(?P<since>\d{1,2}\.\d{1,2}\.(?:\d{4})?[ \t]+alkaen|alkaen[ \t]+\d{1,2}\.\d{1,2}\."
    r"(?:\d{4})?))?[ \t]*(?:\n|$)"
)
#: A paragraph of prose between such a heading and its office lines: one line of sentences
#: ending with a full stop ("Hallitus valitaan vuosikokouksessa.")
_PROSE_PARAGRAPH = re.compile(r"[ \t]*[A-ZÅÄÖ][^\n]{15,}?\.[ \t]*(?:\n|$)")
#: A group's heading with its translation: "Varsinaiset jäsenet/full members:".
_GROUP_LINE = re.compile(r"[ \t]*(?P<head>[A-ZÅÄÖ][^\n/:]*?)[ \t]*(?:/[^\n/:]*)?:[ \t]*(?:\n|$)")
#: A bulleted name alone on its line: "• Aino Ek".
_BULLET_NAME_LINE = re.compile(
    r"[ \t]*[•·*\u2013-][ \t]*(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    r"[ \t]*(?:\n|$)"
)
#: A body's label and its run of names on one line: "Ympäristötoimikunta: Aino Ek, Bo Lind".
_LABELLED_RUN_LINE = re.compile(r"^[ \t]*[A-ZÅÄÖ][\w-]*[ \t]*:[ \t]*(?P<run>[^\n]*\S)[ \t]*$", re.M)
#: A paragraph of names only, perhaps opening with "ja": "ja Eva Holm", "Ola Berg ja Pia Aho".
_NAMES_PARAGRAPH = re.compile(
    r"[ \t]*(?P<run>(?:ja[ \t]+)?[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+ja[ \t]+)[A-ZÅÄÖ][a-zåäö][\w'-]*"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})*)[ \t]*\.?[ \t]*(?:\n|$)"
)
#: One person of a flattened attendance run, a note perhaps after the name: "Aino Ek (pj)",
#: "Bo Lind (vpj, paikalla kohdasta 5)", "Eva Holm".
_RUN_PERSON = r"[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]*\([^()\n]{1,60}\))?"
#: A minutes' attendance flattened into a sentence: "Paikalla: A (pj), B (vpj), C, D ja E.",
#: then perhaps "Poissa: F, G ja H sekä I (post)".
_FLAT_ATTENDANCE = re.compile(
    rf"(?<![\w-])(?P<label>Paikalla|Läsnä|Poissa)(?:[ \t]+olleet)?[ \t]*:[ \t]*"
    rf"(?P<items>{_RUN_PERSON}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:ja|sekä)[ \t]+){_RUN_PERSON})+)"
)
#: A body's meeting named in the genitive: "Hallituksen kokouksessaan", "johtokunnan kokous".
_GENITIVE_MEETING = re.compile(r"(?<![\w-])(?P<body>[A-ZÅÄÖa-zåäö][\w-]*n)[ \t]+kokou[ks]\w*")
#: A minutes' attendance label on a line of its own ("Läsnä:", "Poissa:", "Paikalla olleet:").
_ATTENDANCE_LABEL_LINE = re.compile(
    r"^[ \t]*(?:Läsnä|Paikalla|Poissa)(?:[ \t]+olleet)?[ \t]*:[ \t]*$", re.M
)
#: A name with a post in parentheses on a line of its own: "Aino Ek (sihteeri)".
_PARENTHESISED_POST_LINE = re.compile(
    r"[ \t]*(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)[ \t]*"
    r"\((?P<post>[a-zåäö]+)\)[ \t]*(?:\n|$)"
)
#: One line of a numbered attendance list, the surname perhaps first: "3.  Ek Aino, jäsen
#: saapui kohdassa 9" (a deputy filling the seat above unnumbered: "Lind Bo, varajäsen").
_NUMBERED_SEAT_LINE = re.compile(
    r"[ \t]*(?:(?P<num>\d{1,3})\.[ \t]+)?"
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)[ \t]*,[ \t]*"
    r"(?P<role>[a-zåäö]+)(?P<rest>[^\n]*)(?:\n|$)"
)
#: A note of when a member came or left, run into the list: "Saapui pykälän 191 aikana klo".
_COMING_AND_GOING = re.compile(
    r"(?<![\w-])(?:[Ss]aapui|[Pp]oistui)(?:[ \t]+(?:[a-zåäö][\w.]*|\d[\d.:]*|§+))*"
)
#: One attendance item: a name of two words, perhaps a seat word after it ("Ek Aino, pj").
_NAME_SEAT_ITEM = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    r"(?:[ \t]*,?[ \t]*(?P<role>[a-zåäö][\w.]*))?[ \t]*"
)
#: A minutes' title naming its body in the genitive before the word for a meeting or minutes
#: ("SEURAKUNTANEUVOSTON KOKOUS PÖYTÄKIRJA 1/2017", "Johtokunnan kokouksen pöytäkirja").
_GENITIVE_MINUTES_TITLE = re.compile(
    r"(?<![\w-])(?P<body>[A-ZÅÄÖ][\w-]*n)[ \t]+(?:kokous[ \t]+|kokouksen[ \t]+)?"
    r"pöytäkirja(?![\w-])",
    re.I,
)
#: The absentees after a run of "Name, role" items: "Poissa: Aino Ek, Bo Lind" (two words a
#: name, commas between).
_ABSENT_ITEMS = re.compile(
    r"[ \t]*(?:Poissa(?:[ \t]+olleet)?|Poissaolleet)[ \t]*:[ \t]*"
    r"(?P<names>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*"
    r"(?:,[ \t]*[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)*)"
)
#: Presence marks after a run of names, one a name ("(x) (x) ()"): a form's columns flattened.
_PRESENCE_MARKS = re.compile(r"\((?:x|X)?\)(?:\s*\((?:x|X)?\))+")
#: Officers' column headings before such names ("pj vpj", "pj I vpj II vpj").
_OFFICER_HEADS = re.compile(
    r"(?:(?<=\s)(?:[IV]{1,3}\s+)?(?:pj|vpj|varapj|puheenjohtaja|varapuheenjohtaja)\.?\s*)+$"
)
#: A minutes' section of members flattened: "Läsnä olleet jäsenet: Aino Ek pj Bo Lind 38
#: esteellinen Eva Salo Olli Mäki Muut läsnäolijat:": the label, then names with short notes.
_MEMBERS_SECTION = re.compile(
    r"(?<![\w-])(?P<label>(?:[Vv]ara)?[Jj]äsenet)\s*:\s*(?P<run>[^:\n]{10,600}?)"
    r"(?=\s+[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+)?\s*:|$)"
)
#: A sentence saying that the proposal just made was accepted: the proposed seats are held.
_ACCEPTED = re.compile(
    r"(?<![\w-])(?:ehdotus|esitys)\s+hyväksyttiin|(?<![\w-])förslaget\s+(?:godkändes|bifölls)",
    re.I,
)
#: "(varajäsenet suluissa)", "(ersättare inom parentes)": the text says who the deputies are.
_DEPUTIES_IN_PARENTHESES = re.compile(
    r"(?:varajäsen\w*|ersättar\w*)\s+(?:suluissa|sulkeissa|inom\s+parentes)", re.I
)
#: A parenthesis that holds only a name (a party's parenthesis perhaps inside it).
#: A parenthesis that names a seat's deputy: "(varajäsenenään eläkeläinen Aino Ek)",
#: "(varalla Bo Lind)": the deputy word, perhaps the person's job, then the name.
_SAID_DEPUTY_IN_PARENTHESES = re.compile(
    r"\(\s*(?:varajäsen\w*|varahenkilö\w*|varalla)\s+(?:[a-zåäö][\w-]*,?\s+){0,4}"
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){1,2})(?=\s*[),])"
)
#: "Palvelujen käyttäjiä neuvottelukunnassa edustavat …": the seats of a group's
#: representatives, their names after the verb.
_REPRESENT_VERB = re.compile(r"(?<![\w-])edustavat\s+(?=[a-zåäöA-ZÅÄÖ])")
#: (A person's title perhaps before the name: "(minister Bo Lind (C))".)
_NAME_IN_PARENTHESES = re.compile(
    r"\(\s*(?P<title>(?:[a-zåäö][\w-]*\s+){0,2})"
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:\s+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})"
    r"\s*(?:\([^()]{1,20}\))?\s*\)"
)
#: Minutes' signatures: each name with its role after it ("Esa Ek Puheenjohtaja Eva Salo").
_SIGNATURES = re.compile(
    r"(?<![\w-])(?:ALLEKIRJOITUKSET|Allekirjoitukset|UNDERSKRIFTER|Underskrifter)\s*:?\s+|"
    # "Sekreterare... A Ordförande... B": a form's dotted lines to sign on, with no heading
    r"(?<![\w-])Sekreterare(?=[ \t]*(?:\.{2,}|…))"
)
#: The signatures' headings run together after "Underskrifter", before the names signing
#: under them in the same order ("Sekreterare Ordförande Justerande.. A B. C D. E F").
_SIGN_HEADS = re.compile(
    r"\s*(?:Paragrafer[ \t]+[\d\s,\u2013-]*)?"
    r"(?P<heads>(?:(?:Sekreterare|Ordförande|Justerande|Justerare)(?:[ \t]*(?:\.+|…))?[ \t]+){2,4})"
)
#: The names after such headings: capitalised words, set apart by spaces or dotted lines.
_SIGN_NAMES = re.compile(
    r"(?:[A-ZÅÄÖ][a-zåäö][\w-]*|[A-ZÅÄÖ]\.)(?:(?:[ \t]*(?:\.+|…))?[ \t]+"
    r"(?:[A-ZÅÄÖ][a-zåäö][\w-]*|[A-ZÅÄÖ]\.))*"
)
_SIGNED = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*\s+[A-ZÅÄÖ][a-zåäö][\w'-]*)\s+"
    r"(?P<role>[A-ZÅÄÖ][a-zåäö]+)(?![\w-])\s*"
)
#: A sentence about the meeting of the body the minutes are of: it was convened, it has a
#: quorum ("Maakunnallinen nuorisovaltuusto on kutsuttu koolle", "Nämnden är beslutför").
_MEETING_OF = re.compile(
    r"kutsuttu\s+koolle|kokous\s+on\s+päätösvaltainen|päätösvaltai|sammankallad|beslutför",
    re.I,
)


def _glue_brackets(toks: list[Token]) -> list[Token]:
    """Letters in brackets inside a word ("Oli(via)", a name's spelling given both ways) read
    as part of it: one token, "Olivia"."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if (
            k + 3 < len(toks)
            and toks[k + 1].text == "("
            and toks[k + 1].start == t.end
            and toks[k + 2].is_word
            and toks[k + 3].text == ")"
            and toks[k + 3].start == toks[k + 2].end
        ):
            out.append(Token(t.text + toks[k + 2].text, t.start, toks[k + 3].end))
            k += 4
            continue
        out.append(t)
        k += 1
    return out


#: A list line whose name (surname and first name) is glued to the organisation after it.
_GLUED = re.compile(
    r"\s*([A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][a-zåäö-]+[a-zåäö])(?=[A-ZÅÄÖ])\S*(?:\s+\S+)*\s*$"
)

#: A task at one meeting, printed in the task column of an attendance table.
_MEETING_TASK = re.compile(
    r"(?:protokoll)?justerare|rösträknare|pöytäkirjan?tarkastaja|ääntenlaskija", re.I
)
_SIGNATURE = re.compile(
    r"\b(Ordförande|Sekreterare|Puheenjohtaja|Sihteeri)\s*\.{2,}\s*(?:Paragrafer\s+|Pykälät\s+)?"
    r"([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+(?![\w-]|\s*\.{2,})){1,2})"
)

#: A Swedish minutes' cover page flattened onto a run of words: the labels that open its
#: sections of people ("Beslutande", "Ej tjänstgörande ersättare", "Ersättare:") and those of
#: the sections that hold no seats ("Övriga deltagare", "Utses att justera", the signatures).
_COVER_LABEL = re.compile(
    r"\b(?:(?P<members>Beslutande(?:\s+[Ll]edamöter)?|BESLUTANDE(?:\s+LEDAMÖTER)?|"
    # "Närvarande Ledamöter Aino Berg (S) …": the members present, the deciding ones
    r"Närvarande\s+[Ll]edamöter|"
    # "Närvarande Övriga A, SN, B, FUB …": the present's and the others' column heads together
    r"Närvarande(?=\s+Övriga\s+[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ])|"
    # "Ledamöter Närv. Frånv Tjänstgörande ersättare …": an attendance table's members' head
    # with its presence columns
    r"Ledamöter(?=[ \t]+Närv\.?[ \t]+Frånv)|"
    # "Kallade ledamöter För kännedom Övriga kallade": a meeting notice's columns of those called
    r"Kallade\s+ledamöter)"
    r"(?!\s+organ|\s+ersättare)|"
    # ("Övriga närvarande ej tjänstgörande ersättare A (S)": the deputies' sub-heading under
    # the others' one, in lower case)
    r"(?P<deputies>(?:Ej|Icke|(?<=närvarande\s)ej|(?<=[Nn]ärvarande,\s)ej)\s+tjänstgörande(?:\s+ersättare)?|(?:Närvarande|Tjänstgörande|"
    r"Beslutande)\s+"
    r"ersättare|Ersättare|ERSÄTTARE|"
    # (the deputies a notice is sent to for their information, the column after the members')
    r"(?<=ledamöter[ \t])För\s+kännedom)|"
    r"(?P<place>Plats\s+och\s+tid|Tid\s+och\s+plats)|"
    r"(?P<others>Övriga(?:\s+(?:deltagande|deltagare|närvarande|kallade))?|Utses\s+att\s+justera|Justerare|"
    r"Justerande|Justeringens|Sekreterare|Frånvarande|Paragrafer|Underskrift(?:er)?|Tjänstemän|"
    r"Tjänstepersoner|Närvarorätt|Insynsplats|ANSLAG|BEVIS|"
    # (an attendance table's column of the items each member took part in)
    r"Paragraf(?=[ \t]+[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w-]+[ \t]+\()))\b"
    # "Ersättare Närv. Frånv": the presence columns' heads printed after a section's label
    r"(?:[ \t]+Närv\.?[ \t]+Frånv\.?(?![\w-]))?\s*:?"
)
#: The certificate of a minutes' posting ("Bevis om anslag"): the label of the deciding body,
#: the certificate's other labels (printed before their values when the table is flattened),
#: a municipality's name printed beside them, and what ends the body's value.
_CERT_BODY = re.compile(r"\b(?:Beslutsinstans|Beslutande\s+organ|Instans)\b\s*[,:]?\s*")
_CERT_SKIP = re.compile(
    r"(?:Sammanträdesdatum|Datum\s+för\s+anslagets\s+(?:uppsättande|nedtagande)|"
    r"Datum\s+då\s+anslaget\s+(?:sätts\s+upp|tas\s+ned)|Förvaringsplats\s+för\s+protokollet|"
    r"Paragrafer|[A-ZÅÄÖ][\w-]+\s+(?:kommun|stad|region|landsting))\b\s*[,:]?\s*"
)
_CERT_VALUE = re.compile(
    r"[A-ZÅÄÖ][\w-]*(?:[ \t]+(?:och|för|i|med|[a-zåäö][\w-]*|[A-ZÅÄÖ][\w-]*)){0,5}"
)
_CERT_END = re.compile(
    r"\b(?:Underskrift|Sammanträdesdatum|Datum|Förvaringsplats|Paragrafer|Protokollet|Sekreterare|"
    r"Ordförande|Justerande)\b"
)
#: "Kultur- och fritidsutskottets beslut", "… protokoll från …", "Äldrenämndens
#: delegationsordning": a body's own decisions or rules, its name in the genitive before them
_OWNERS_DOCUMENT = re.compile(
    r"s\s+(?:beslut\b|protokoll(?=\s+(?:från|är|har)\b)|(?:delegations|arbets)ordning\b|"
    r"reglemente\b)"
)
#: A party's abbreviation printed after a name on a cover page: "(S)", "(fp)".
_COVER_PARTY = re.compile(r"\s*\([\w-]{1,6}\)")
#: The endings of Swedish surnames ("Nilsson", "Hanson", "Lindberg", "Holmström"), never of a
#: first name.
_SV_SURNAME_END = re.compile(
    r"(?:sson|[^aeiouyåäö]son|ström|berg|gren|lund|lind|qvist|kvist|holm|dahl|stedt|blad)\Z"
)
#: A star right before a name in a cover's column ("*Aino Berg", "* Aino Berg"), tested at
#: the name's start.
_COVER_STAR = re.compile(r"(?:^|[\s,])\*[ \t]?\Z")
#: A flattened page going on with the same column: its page number ("3 (40)", "Sida 3") and a
#: name, or a starred one, right after it.
_COVER_NEXT_PAGE = re.compile(
    r"[ \t]*(?:\([\w-]{1,6}\)[ \t]*)*\n[ \t]*\n[ \t]*(?:Sida[ \t]+)?\d{1,3}[ \t]*\(\d{1,3}\)"
    r"[ \t]+(?=\*?[ \t]?[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ])"
)
#: The months' names in Swedish (written in lower case; in capitals before a surname, "Maj
#: Holmström", a first name).
_SV_MONTHS = frozenset(
    (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    )
)  # fmt: skip
#: "ersättare för", "ers PRO för", "tgj ers för", "ersätter": the person before serves for the
#: one after.
_COVER_SERVES_FOR = re.compile(
    r"\b(?:(?:tjänstgörande\s+|tj[gä]\.?\s+|tgj\.?\s+)?(?:ersättare|ers\.?)(?:\s+[^\s,]+)?\s+"
    r"för|(?:tjg|tgj)\.?\s+för|ersätter|i\s*stället\s+för|istället\s+för)\s*$"
)
#: ", FUB", ", SBN": an organisation's or a committee's abbreviation after a name in a minutes'
#: column of those present (a party's letters too).
_COVER_ABBR_TAG = re.compile(r",[ \t]*[A-ZÅÄÖ]{1,5}(?![\w-])")
#: ", tjg ers", ", tjänstgörande ersättare": a deputy serving in a member's seat.
_COVER_SERVING_TAG = re.compile(
    r"\s*,?\s*(?:tjg|tjänstgörande)\.?\s+ers(?:ättare|\.)?(?![\w-])(?!\s+för\b)"
)
#: A deputy present without serving, tagged so among the deciding members ("Eva Ek, ej
#: tjänstgörande ersättare").
_COVER_NOT_SERVING_TAG = re.compile(
    r"\s*(?:\([\w-]{1,6}\))?\s*,?\s*(?:ej|icke)\s+(?:tjg|tjänstgörande)\.?\s+ers(?:ättare|\.)?(?![\w-])"
)
#: One of the seats' labels printed after a column of "Name (party)" entries, in the same
#: order ("Ordförande 1:e vice ordförande ersättare för Aino Berg ledamot"): an office, a
#: member's or a deputy's word, or a deputy serving for the member named after it.
_COVER_SEAT_LABEL = re.compile(
    r"[\s,]*(?:(?:[Tt]jänstgörande\s+)?[Ee]rsättare\s+för\s+"
    r"(?P<serves>[A-ZÅÄÖ][\w-]+(?:\s+(?!Ordförande|Ledamot|Ersättare|Vice)[A-ZÅÄÖ][\w-]+){1,2})|"
    r"(?P<role>(?:\d\s?:\s?[ae]\s+|[Ff]örste\s+|[Aa]ndre\s+)?[Vv]ice\s+ordförande|[Oo]rdförande|"
    r"[Ll]edamot|(?:[Tt]jänstgörande\s+)?[Ee]rsättare))(?![\w-])"
)
#: "(KD), ej tjg ers", "(M), ersättare": a deputy present who does not serve, among the others
#: present.
_COVER_DEPUTY_TAG = re.compile(
    r"\s*(?:\([\w-]{1,6}\))?\s*,?\s*(?:(?:ej|icke)\s+(?:tjg|tjänstgörande)\.?\s+)?"
    r"ers(?:ättare|\.)?(?![\w-])(?!\s+för\b)"
)

#: A sentence's full stop printed with no space before the next one's capitalised word
#: ("… sitt uppdrag.Aino Ek").
_GLUED_SENTENCE_END = re.compile(r"(?<=[a-zåäö]{3}[.!?])(?=[A-ZÅÄÖ][a-zåäö])")
#: "A, B och C fick förnyat förtroende": the people named before it were elected again.
_RENEWED_TRUST = re.compile(
    r"\b(?:fick|får|har\s+fått|gavs|ges)\s+(?:förnyat|fortsatt)\s+förtroende\b"
)

#: Endings a Swedish noun takes in its definite form ("styrelse" → "styrelsen").
_DEFINITE = ("n", "en", "et", "t")

#: "… toimialan edustaja", "… förvaltningens representant": a line naming whom a
#: representative speaks for, then the person.
_REPRESENTATIVE_LINE = re.compile(r"^[^.:;]{3,80}?\b(?:edustaja|representant)\s+", re.I)

#: "ja varalla", "och som ersättare": the representative's deputy follows.
_DEPUTY_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,?\s*(?:ja|och)\s+(?:varalla|varahenkilönä|varaedustajana|"
    r"(?:som\s+)?ersättare)\s+",
    re.I,
)

#: A council's representative's word after the council's genitive ("nuorisovaltuuston
#: edustajaksi", "ungdomsfullmäktiges representant").
_COUNCIL_DELEGATE = re.compile(
    r"(?i)(?<![\w-])([\w-]+(?:valtuuston|neuvoston|fullmäktiges|rådets))\s+"
    r"(?:vara)?(?:edustaja\w*|representant\w*)"
)

#: The words a photo caption begins with, before the first name.
_CAPTION_LEAD = re.compile(
    r"(?i)\s*(?:foto(?:\s+på)?|bild(?:en)?(?:\s+på)?|på\s+bilden|kuva(?:ssa)?)"
    r"(?:\s+(?:från\s+vänster|vasemmalta)(?:\s+(?:till\s+höger|oikealle))?)?\s*:?\s+"
)

#: A text that ends with a sentence's or a bracket's closing mark: not cut short.
_ENDS_PUNCTUATED = re.compile(r"[.!?)\]\"”:;]\s*$")

#: A post of the staff after a name in a photo caption ("Eva Ek vd", "Aino Aho,
#: toiminnanjohtaja"): no seat.
_CAPTION_STAFF_TAIL = re.compile(
    r"(?i)[ \t,]*(?:vd|verkställande[ \t]+direktör|kanslichef|toiminnanjohtaja|toimitusjohtaja)"
    r"\.?[ \t]*"
)
#: A deputy's abbreviation or word after a name in a photo caption ("Eva Ek ers.").
_CAPTION_DEPUTY_TAIL = re.compile(
    r"(?i)[ \t,]*(?:ers\.?|suppl\.?|ersättare|suppleant|varajäsen|vj\.?)[ \t]*"
)

#: A heading of one post of the staff or of communication ("Informationsansvarig", "Kansli",
#: "Viestintävastaava", "Tiedottaja").
_STAFF_POST_HEADING = re.compile(
    r"(?i)\w*ansvarig|kansli(?:et)?|sekretariat(?:et)?|handläggare|administratör|kommunikatör"
    r"|\w*vastaava|tiedottaja|toimisto|sihteeristö"
)

#: A heading of one word and a term: "Informatör 2022-23", "Somevastaava 2024".
_TASK_TERM = re.compile(r"([A-ZÅÄÖ][a-zåäö]{3,})\s+(?:19|20)\d\d(?:\s*[\u2013-]\s*\d{2,4})?")

#: A term of office on a line of its own: "1.6.2025 - 31.5.2027" (any dash).
_TERM = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}\s*[\u2013\u2014-]\s*\d{1,2}\.\d{1,2}\.\d{4}")

#: A term of office named by its word on a line of its own: "Mandatperiod 2020-2021",
#: "Toimikausi 2024-2025", "Kausi 2023-2024" (any dash; no colon).
#: An honour a heading names ("Kultainen ansiomitali", "Förtjänstmedalj i silver"): the
#: people under it were honoured.
_HONOUR = re.compile(
    r"(?i)(?<![\w-])(?:\w*(?:ansio|kunnia|palvelus)(?:merkki|risti)\w*|\w*mitali\w*|"
    r"huomionosoitu\w*|\w*medalj\w*|\w*förtjänsttecken\w*|utmärkelse\w*)"
)
_TERM_WORD = re.compile(
    r"(?i)(?:mandatperiod(?:en)?|mandattid(?:en)?|period(?:en)?|toimikausi|toimikaudella|"
    r"kausi|kaudella)[ \t]+(?:19|20)\d\d(?:[ \t]*[\u2013\u2014-][ \t]*(?:19|20)?\d\d)?"
)

#: A municipality in capitals and its number of seats heading a group of a flattened table:
#: "ALAVUS (3)", "EVIJÄRVI (1)".
_SEAT_COUNT = re.compile(r"(?m)^[ \t]*([A-ZÅÄÖ][A-ZÅÄÖ-]+(?: [A-ZÅÄÖ-]+)?)[ \t]*\((\d{1,2})\)")
#: A name and a party's abbreviation in parentheses: "Isoaho Raija (Kok.)".
_PARTY_ENTRY = re.compile(r"([A-ZÅÄÖ][\w'-]+(?:[ ][A-ZÅÄÖ][\w'-]+){1,2})[ \t]*\([\w.]{1,8}\)")

#: "valita keskuudestaan", "inom sig", "bland sina ledamöter": chosen from among the members.
_FROM_AMONG = re.compile(
    r"(?<![\w-])(?:keskuudestaan|jäsenistään|inom\s+sig|bland\s+(?:sig|sina\s+ledamöter))(?!\w)",
    re.I,
)

#: A year or a term of years ending a heading: "2019-2020", "kaudella 2024 – 2025", "år 2024".  # noqa: RUF003
_YEARS_END = re.compile(r"\b(?:19|20)\d\d(?:\s*[\u2013\u2014-]\s*(?:19|20)?\d\d)?\s*:?\s*$")

#: An organ's appointing participle right after its genitive: "kaupunginhallituksen nimeämät".
#: A relative pronoun opening a clause right after a body's name, the clause saying who sits
#: in it ("kirkkoneuvosto, johon kuuluvat", "styrelsen, i vilken ingår").
_RELATIVE_AFTER = re.compile(
    r"\s*,\s*(?:johon|jossa|joihin|joissa|i\s+vilken|i\s+vilket|där)(?![\w-])", re.I
)
_PARTICIPLE = re.compile(
    r"\s+(?:\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d\d)?\s+)?"
    r"(?:nimeämä|asettama|valitsema|määräämä|nimittämä|vahvistama)\w*(?![\w-])",
    re.I,
)

#: A Swedish participle and "av" just before an organ's name: "Ledamöter utsedda av
#: kommunstyrelsen", "valda av fullmäktige": the organ that appointed, not the body.
_BY_ORGAN = re.compile(
    r"(?<![\w-])(?:utsedda|utsedd|utsett|valda|vald|valt|tillsatta|tillsatt|nominerade|"
    r"nominerad|föreslagna|föreslagen)\s+av\s+$",
    re.I,
)

#: A portrait's sentence about its one person: "Nyt hän on …", "Hän toimii myös …", "Hon är
#: också …".
_PORTRAIT = re.compile(
    r"\s*(?:(?:nyt|nykyisin|lisäksi|dessutom|i\s+dag|nu)\s+)?(?:hän|han|hon)\s+"
    r"(?:on|toimii|är|sitter)\s+(?:(?:myös|lisäksi|också|även|nyt|nu)\s+)?(?:som\s+)?",
    re.I,
)

#: The rules of list entries and of table rows whose cells lost their separators: names
#: printed as a register prints them (perhaps surname first).
_LISTED = ("list", "table-spaced")

#: A body's officers as a group: "presidium", "puheenjohtajisto".
_PRESIDIUM = re.compile(r"\b(?:presidi\w*|puheenjohtajist\w*)", re.I)
#: "Förbundets styrelse … valdes och A blev omvald som ordförande": the sentence's subject
#: body got its chair (not a chair of another body named after the word)
_OWN_CHAIR_ELECTED = re.compile(
    r"(?i)(?<![\w-])(?:som|till)[ \t]+(?:ny[ \t]+)?ordförande(?![\w-])"
    r"(?![ \t]+(?:för|i|vid|på)(?![\w-]))"
)
#: "Styrelsen beslutade att välja en ny ordförande": the body the sentence begins
#: with chooses its own new chair (the next sentence names whom)
_CHOOSES_NEW_CHAIR = re.compile(
    r"(?i)(?<![\w-])(?:utse|utsåg|utsett|välja|valde|valt)[ \t]+(?:en[ \t]+)?ny[ \t]+ordförande"
    r"(?![\w-])(?![ \t]+(?:för|i|vid|på)(?![\w-]))"
)
#: "… till ordförande vid Norrbyförbundets höstmöte": an organisation's electing meeting
#: after the role (the organisation in the genitive).
_ORG_MEETING_AFTER = re.compile(
    r"[ \t]+(?:vid|på)[ \t]+(?P<org>[A-ZÅÄÖ][\w-]*(?:förbundet|föreningen|förening|förbund))s"
    r"[ \t]+(?:\w+[ \t]+)?\w*(?:möte|mötet|stämma|stämman)(?![\w-])"
)
#: A meeting's own presidium named in a sentence: "Mötespresidiet bestod av …", "Mötets
#: presidium", "Presidiet för årsmötet".
_MEETING_PRESIDIUM = re.compile(
    r"(?i)(?<![\w-])(?:mötespresid\w*|mötets[ \t]+presidium|"
    r"presidiet[ \t]+för[ \t]+(?:års|höst|vår)?mötet)(?![\w-])"
)
#: A line of prose whose last name is followed by a comma, then a blank line and the next
#: name: a run of names that a page's break cut in two.
_BROKEN_NAME_RUN = re.compile(
    r"(?m)^([^\n]{80,}[ \t][A-ZÅÄÖ][a-zåäö]+,)([ \t]*\n[ \t]*\n[ \t]*)"
    r"(?=[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]+[A-ZÅÄÖ][a-zåäö][^\n]*[.,])"
)
#: "Eva Ek, S, ej tjänstgörande ersättare": a deputy present at a meeting, not serving.
_NOT_SERVING_DEPUTY = re.compile(
    rf"(?<![\w'-])(?P<name>{_CAPITALISED_NAME}),[ \t]*[A-ZÅÄÖ]{{1,4}},[ \t]*"
    r"(?:ej|icke|inte)[ \t]+tjänstgörande[ \t]+ersättare(?![\w-])"
)
#: "Till ordförande vid kretsstämman valdes", "sekreterare för årsmötet": an office of the
#: meeting itself, the meeting's word right after "vid", "för" or "på".
_OFFICER_OF_MEETING = re.compile(
    r"(?i)(?<![\w-])(?:ordförande|sekreterare)[ \t]+(?:vid|för|på)[ \t]+"
    r"(?:[a-zåäö]+[ \t]+)?[a-zåäö]*(?:stämman|mötet)(?![\w-])"
)
#: "Styrelsen består av 8 ledamöter.": a body and how many members it has, ending its line.
_COUNTED_BOARD = re.compile(
    r"(?P<body>[A-ZÅÄÖ][a-zåäö]+)[ \t]+består[ \t]+av[ \t]+"
    r"(?P<n>\d{1,2}|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)[ \t]+ledamöter\.?[ \t]*\n"
)
_SV_NUMBERS = {
    "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "elva": 11, "tolv": 12,
}  # fmt: skip
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
#: A Swedish duty word after a name: "Ungdomsansvarig", "Webbansvariga".
_DUTY_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}ansvariga?")
#: Two cells run together with nothing between them: a small letter right before a capital
#: ("EkBo").
_RUN_TOGETHER = re.compile(r"(?<=[a-zåäöéü])(?=[A-ZÅÄÖÉÜ])")
#: Where two cells meet: run together, or a tab or a run of spaces between them.
_RUN_CELL_CUT = re.compile(rf"{_RUN_TOGETHER.pattern}|[ \t]*\t[ \t]*|[ \t]{{3,}}")
#: A cell of such a row: capitalised words up to the next cut.
_RUN_CELL = re.compile(
    r"[A-ZÅÄÖÉÜ](?:[a-zåäöéü'-]+|(?<=-)[A-ZÅÄÖÉÜ])*"
    r"(?:[ ](?:[A-ZÅÄÖÉÜ](?:[a-zåäöéü'-]|(?<=-)[A-ZÅÄÖÉÜ])*|von|af|de|van|der))*"
)
#: A word of a person's name in such a cell ("Eva", "Ek-Lind").
_RUN_NAME_WORD = re.compile(r"[A-ZÅÄÖÉÜ][a-zåäöéü]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéü]+)?")
#: "valdes", "blev omvald", "utsågs": the sentence elects, not only names a chair
_CHAIR_ELECTION = re.compile(
    r"(?i)(?<![\w-])(?:(?:om|ny|åter)?vald[es]?|(?:om|ny|åter)?valdes|utsågs|utsedd)(?![\w-])"
)


#: Words of a party's name on a card's line ("Svenska Folkpartiet", "Finlands
#: Socialdemokratiska parti", "Kansallinen Kokoomus", "Suomen Keskusta").
_PARTY_LINE = re.compile(
    r"(?i)(?<![\w-])(?:\w*parti(?:et)?|\w*puolue\w*|\w*demokraa?t\w*|kokoomus\w*|centern|"
    r"keskusta|vihreät|gröna|liberalerna|perussuomalaiset|vasemmistoliitto|"
    r"vänsterförbundet)(?![\w-])"
)

#: Capitalised words before a Swedish body's bare word that are no place's name ("Nya
#: ungdomsfullmäktige", "Till ungdomsfullmäktige").
_SV_NOT_PLACES = frozenset(
    {
        "till", "i", "för", "av", "och", "med", "om", "på", "från", "nya", "ny", "nytt",
        "gamla", "nuvarande", "förra", "första", "andra", "tidigare", "kommande", "hela",
        "vår", "vårt", "våra", "er", "ert", "era", "denna", "detta", "dessa", "den", "det",
        "de", "sin", "sitt", "sina", "ett", "en", "varje", "alla", "nästa", "egen", "eget",
        "egna", "samma", "hur", "vad", "när", "var", "inom", "under", "efter", "inför",
    }
)  # fmt: skip


#: "Ordförande och vice ordförande är samma personer som i ungdomsfullmäktige": officers
#: who hold the same roles in another body.
_SAME_OFFICERS_SV = re.compile(
    r"(?i)(?<![\w-])(?P<roles>(?:(?:vice\s*)?ordförande|sekreterare)"
    r"(?:\s*(?:,|och|samt)\s*(?:(?:vice\s*)?ordförande|sekreterare))*)\s+(?:är|blir)\s+"
    r"samma\s+person(?:er)?\s+som\s+(?:i|för)\s+(?P<body>[\w-]+(?:\s+[\w-]+){0,3}?)(?=[.,;]|\s*$)"
)
_SAME_OFFICERS_FI = re.compile(
    r"(?i)(?<![\w-])(?P<roles>(?:(?:vara)?puheenjohtaja|sihteeri)"
    r"(?:\s*(?:,|ja|sekä)\s*(?:(?:vara)?puheenjohtaja|sihteeri))*)\s+(?:ovat|on|toimivat|toimii)"
    r"\s+(?:samat\s+henkilöt|sama\s+henkilö)\s+kuin\s+(?P<body>[\w-]+(?:\s+[\w-]+){0,3}?)"
    r"(?=[.,;]|\s*$)"
)


#: One word of a person's name as a list prints it: capitalised, perhaps with a hyphen or a
#: second capital run together ("Talja", "Hanna-Leena", "AnnaMarja").
_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-?[A-ZÅÄÖ][a-zåäöé]+)?")

#: A middle initial alone after a name, the line's end after it ("Lahti Eero K.").
_INITIAL_AT_LINE_END = re.compile(r"[ \t]+(?P<initial>[A-ZÅÄÖ]\.)[ \t]*(?=\n|$)")


#: A line that numbers its names in one run: "1. Aino Ek, 2. Bo Lind, 3. Eva Berg."
_NUMBERED_RUN = re.compile(r"(?m)^[ \t]*1\.[ \t]+[^\n,]+(?:,[ \t]*\d{1,2}\.[ \t]+[^\n,]+)+$")
_NUMBERED_ITEM = re.compile(r"(\d{1,2})\.[ \t]+([^\n,]+?)[ \t]*\.?[ \t]*(?:,|$)")


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


def _one_letter_off(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` with one letter left out, added or changed."""
    if word == known or abs(len(word) - len(known)) > 1:
        return False
    if len(word) == len(known):
        return sum(x != y for x, y in zip(word, known, strict=True)) == 1
    short, long = sorted((word, known), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


#: "Ledamöter i regionstyrelsen …", "Ersättare i nämnden": a list's seats, then its body
#: "i Västerbygdens gemensamma " right before a body's word: "i", perhaps an owner in the
#: genitive, perhaps adjectives; group 1 where the body's name begins.
_INDECLINABLE_LEAD = re.compile(
    r"(?<![\w-])(?:i|till)[ \t]+((?:[A-ZÅÄÖ][\w-]*s[ \t]+)?(?:[a-zåäö]+a[ \t]+){0,2})"
)
_SEATS_IN = re.compile(r"\s*([A-ZÅÄÖ][a-zåäö]+)\s+(?:i|för|vid)\s+([a-zåäö][\w-]+)(?![\w-])")


#: A word glued to the name after it, a space lost ("ochBengt Persson", "ledamöter:Ingegerd
#: Lund", "styrelsenRoland Eriksson"): a lower-case word (group "word") or a colon after one,
#: then a name of two capitalised words.
_GLUED_BEFORE_NAME = re.compile(
    r"(?:(?<![\w-])(?P<word>[a-zåäö]{2,})|(?<=[a-zåäö]{3}):)"
    r"(?=[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]+[A-ZÅÄÖ][a-zåäö]+(?![\w-]))"
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


#: "… under ledning av Eva Ek och med " before a name and "som sekreterare": a meeting led
#: by one person, its minutes kept by the next.
_LED_BY_WITH = re.compile(r"(?i)\bunder[ \t]+ledning[ \t]+av[ \t][^.;\n]*\bmed[ \t]+$")

#: An entry of a run that names no one: lower-case words only ("vice kassör", "kontaktperson").
_LOWER_ITEM = re.compile(r"[a-zåäö][a-zåäö:.-]*(?:[ \t]+[a-zåäö:.-]+){0,4}")
#: A convener's post, a member's duty ("sammankallande", "kokoonkutsuja").
_CONVENER = re.compile(r"sammankallande|sammankallare|koollekutsuja|kokoonkutsuja")

#: The end of a sentence that names members elected before, serving on (sv): "… är sedan
#: tidigare valda till 2025", "… kvarstår till 2025", "… sitter kvar ytterligare ett år".
_CONTINUING_END = re.compile(
    r"(?i)[ \t]+(?:är[ \t]+(?:sedan[ \t]+)?tidigare[ \t]+valda|kvarstår|sitter[ \t]+kvar)"
    r"(?:[ \t]+(?:till|t\.o\.m\.)[ \t]+(?:19|20)\d\d|[ \t]+(?:ytterligare|ännu)[ \t]+"
    r"(?:ett|två)[ \t]+år|[ \t]+på[ \t]+(?:ett|två)[ \t]+år)?[ \t]*\.?[ \t]*$"
)
#: A line that ends in a list's lead-in with no colon: "… Nya styrelsen består då av".
_CONSISTS_OF_LINE = re.compile(
    r"(?m)^[^\n]*?(?P<verb>(?<![\w-])(?:består|bestod)(?:[ \t]+(?:då|nu|numera))?[ \t]+av)"
    r"[ \t]*$"
)
#: A bullet line of a name alone, perhaps with a post ("  • Bo Lind", "- Eva Ek, Ordförande").
_BULLET_LINE = re.compile(
    r"[ \t]*[•*–-][ \t]+[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,3}"  # noqa: RUF001
    r"(?:,[ \t]*[\w ]{1,30})?[ \t]*$"
)
#: A person's seat in a body said in an apposition after the name, up to the body: "Bo Ek,
#: styrelsemedlem i Norrbyn tillika ledamot i " (sv).
_APPOSITION_SEAT = re.compile(
    r"[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w-]+,[ \t]*(?:[^,.;:\n]*?[ \t])?"
    r"(?:styrelse)?(?:ledamot|medlem)[ \t]+i[ \t]+$"
)
#: A body's meetings as a habit ("kokoontuu kahdesti vuodessa", "sammanträder"), not a
#: meeting held.
_MEETS_REGULARLY = re.compile(r"(?i)(?<![\w-])(?:kokoontuu|kokoontuvat|sammanträder|möts)(?![\w-])")

#: The post after a list entry's name ("Aino Ek, vice scoutchef 2023-2024 (…)").
_ENTRY_POST = re.compile(r"\s*,\s*(?P<vice>vice\s+|vara-?)?(?P<post>[a-zåäö][\w-]+)(?![\w-])")
#: A short sentence of one post and one name ("Kassör David Magnusson, Jämtlands Änge.").
_TASK_SENTENCE = re.compile(
    r"\s*(?P<label>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?)[ \t]+"
    r"(?P<rest>[A-ZÅÄÖ][^.\n]{2,80}?)(?:\.(?=\s|$)|,?\s*$)"
)
#: What may follow the name in such a sentence: a home town, the stop.
_PLACE_TAIL = re.compile(r"\s*(?:,\s*[A-ZÅÄÖ][^.,\n]{0,40})?\s*[.,]?\s*")
#: Words that link a task to the name in a run ("toimii", "vuonna 2015", "är").
_RUN_LINKING = re.compile(r"(?i)toimii|toimivat|on|ovat|vuonna|är|var|(?:19|20)\d\d")
#: One task's word, or two joined by a hyphen and "ja"/"och" ("piiri- ja aluetoimintavastaava").
_ONE_TASK = re.compile(r"(?:[a-zåäö]+-\s+(?:ja|och)\s+)?[a-zåäö]+")
#: A council's (speaking) representative in another body, before the name: "Edustaja
#: tulevaisuuslautakunnassa: ", "Varaedustaja aluevaltuustossa: ", "Representant i
#: socialnämnden: ".
_SPEAKING_SEAT = re.compile(
    r"(?im)(?:^|(?<=[.•]\s))[ \t]*(?:•[ \t]*)?(?:(?:vara)?edustaja|representant|ersättare)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,4}?(?:[\w-]+(?:ssa|ssä)|i[ \t]+[\w-]+)[ \t]*:[ \t]*"
)
#: A seat's end in brackets after a name: "(1.12.2023 saakka)", "(t.o.m. 31.5.2023)".
_UNTIL = re.compile(
    r"\((?:[^()]*?\s)?(?:\d{1,2}\.\d{1,2}\.\s?)?(?P<year>(?:19|20)\d\d)\s+(?:saakka|asti)\)|"
    r"\((?:t\.o\.m\.|till)\s+(?:\d{1,2}\.\d{1,2}\.\s?)?(?P<year2>(?:19|20)\d\d)\)"
)
#: A new chair elected, before the name: "Till ny ordförande valdes", "Uudeksi
#: puheenjohtajaksi valittiin".
_NEW_CHAIR = re.compile(
    r"(?i)(?<![\w-])(?:ny(?:vald)?\s+(?:förbunds|distrikts)?ordförande|"
    r"uudeksi\s+puheenjohtajaksi|uusi\s+puheenjohtaja)(?![\w-])"
)
#: What one does who opens a meeting, right after the name (and a party or a comma): "hälsade
#: … välkomna", "öppnade årsmötet", "avasi kokouksen", "toivotti … tervetulleiksi".
_OPENED_MEETING = re.compile(
    r"[ \t]*(?:\([^()]{1,12}\)[ \t]*)?,?[ \t]*(?:öppnade|hälsade|inledde|förklarade|avasi|"
    r"toivotti)(?![\w-])"
)
#: A greeting that opens a sentence before a name: "Välkommen", "Tervetuloa", "Grattis".
_GREETING = re.compile(r"välkommen|tervetuloa|grattis|onnittelut", re.I)
#: A finite verb after a name in a bulleted line ("sitter kvar i", "blev omvalda", "har avsagt
#: sig", "hälsas välkommen", "valittiin", "jatkaa"): the line is a sentence.
_SENTENCE_VERB = re.compile(
    r"(?<![\w-])(?:är|var|blev|blir|har|hade|sitter|satt|kvarstår|fortsätter|[a-zåäö]{2,}"
    r"(?:ades|des|tes|as)|on|ovat|oli|olivat|valittiin|jatkaa|jatkavat)(?![\w-])"
)
#: A nominating committee: it proposes whom a meeting elects.
_NOMINATING = re.compile(r"(?i)valberedning|vaalitoimikun|vaalivaliokun")
#: "fram till stämman", "fram till årsmötet": a board before the meeting that elects the next;
#: "efter stämman", "efter årsmötet": the board after it.
_UNTIL_THE_MEETING = re.compile(
    r"(?i)(?<![\w-])fram[ \t]+till[ \t]+(?:års|riks|förbunds)?(?:stämman|mötet|årsmötet|kongressen)"
    r"(?![\w-])"
)
_AFTER_THE_MEETING = re.compile(
    r"(?i)(?<![\w-])efter[ \t]+(?:års|riks|förbunds)?(?:stämman|mötet|årsmötet|kongressen)"
    r"(?![\w-])"
)
#: Who declined re-election: "inte ställde upp för omval", "hade undanbett sig omval",
#: "avböjde omval", "ei asettunut ehdolle".
_DECLINED = re.compile(
    r"(?i)(?<![\w-])(?:(?:inte|ej)[ \t]+ställde[ \t]+upp[ \t]+(?:för|till)[ \t]+omval|"
    r"ställde[ \t]+(?:inte|ej)[ \t]+upp[ \t]+(?:för|till)[ \t]+omval|"
    r"(?:hade[ \t]+)?undanbett[ \t]+sig[ \t]+omval|avböjde[ \t]+omval|"
    r"ei[ \t]+(?:enää[ \t]+)?asettunut[ \t]+ehdolle)(?![\w-])"
)
#: A header of slash-separated columns on a line of its own ("Valtuutettu / Kunta / Puolue").
_SLASH_HEADER = re.compile(
    r"(?m)^[ \t]*([A-ZÅÄÖ][\w-]+(?:[ \t]*/[ \t]*[A-ZÅÄÖa-zåäö][\w-]+){1,5})[ \t]*$"
)
#: A row of such a table whose first cell is a name surname first ("Ahonen, Liisa / Mikkeli").
_SLASH_ROW = re.compile(
    r"[ \t]*(?P<surname>[A-ZÅÄÖ][\w'-]+(?:[ \t][A-ZÅÄÖ][\w'-]+)?),[ \t]*"
    r"(?P<first>[A-ZÅÄÖ][\w'-]+(?:[ \t][A-ZÅÄÖ][\w'-]+)?)[ \t]*(?P<rest>(?:/[^/\n]*)*)$"
)
#: "… blev ny ordförande", "… valittiin uudeksi puheenjohtajaksi" right after a name.
_NEW_CHAIR_AFTER = re.compile(
    r"(?i)[ \t]+(?:blev|är|valdes[ \t]+till|valittiin|on)[ \t]+"
    r"(?:ny(?:vald)?[ \t]+(?:förbunds|distrikts)?ordförande|uudeksi[ \t]+puheenjohtajaksi|"
    r"uusi[ \t]+puheenjohtaja)(?![\w-])"
)
#: Where a composition's labelled run begins: a colon, "består av", "koostuu", then a label.
_RUN_OPENS = re.compile(
    r"(?::|(?<![\w-])(?:består|bestod)\s+av|(?<![\w-])koostu(?:u|i))[ \t]+(?=[a-zåäö])"
)

#: The end of a sentence: a full stop before a capital letter, or the text's end.
_SENTENCE_STOP = re.compile(r"\.(?=\s+[A-ZÅÄÖ]|\s*$)")


def _run_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a run of labelled names, split at commas, "och", "ja", "samt", "sekä"
    outside parentheses (spans without their parenthesised parts' text trimmed)."""
    items: list[tuple[int, int]] = []
    depth, a = 0, start
    k = start
    while k < end:
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            joint = _RUN_JOINT.match(text, k, end)
            if joint is not None:
                items.append((a, k))
                a = k = joint.end()
                continue
        k += 1
    items.append((a, end))
    out = []
    for a, b in items:
        paren = text.find("(", a, b)
        b = paren if paren >= 0 else b
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


#: A capitalised word with a lower-case part after a hyphen ("Hjärt-evo"): no name's word.
_LABEL_WORD = re.compile(r"[A-ZÅÄÖ][\w]*-[a-zåäö][\w-]*\s")
#: Where one item of a run ends and the next begins.
_RUN_JOINT = re.compile(r",\s*|\s+(?:och|samt|ja|sekä)\s+")

#: What joins the names of one run: a comma, "och", "ja", "samt", "sekä".
_RUN_JOIN = re.compile(r"\s*(?:,|,?\s+(?:och|samt|ja|sekä))\s+")

#: An organisation's name in the genitive just before a body ("Svenska pensionärsförbundet
#: r.f:s förbundsstyrelse", "Esimerkki ry:n hallitus"): the body is that organisation's.
_OTHER_ORGANS = re.compile(r"(?:\b[A-ZÅÄÖ][\w.]*|\br\.?f\.?|\br\.?y\.?):[sn][ \t]+$")


def _guest_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of ``text`` that name guests (:data:`_GUEST`)."""
    if not _GUEST.search(text):
        return []
    return [(s.start, s.end) for s in sentences(text, 0, len(text)) if _GUEST.search(s.text)]


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


def _without_definite_ending(name: str) -> str:
    """A body's name cut before a Swedish definite ending, so that "en ny styrelse" and
    "Styrelsen", "nämnd" and "nämnden", "råd" and "rådet" compare as one body."""
    for ending in ("et", "en", "e", "n"):
        if name.endswith(ending) and len(name.split()[-1]) > len(ending) + 3:
            return name[: -len(ending)]
    return name


class Walker:
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
        self.intro = re.compile(rf"(?<![\w-])(?:{lex.list_intro})", re.I)
        self.serving = re.compile(
            r"\w+(?:ssa|ssä)\s+(?:toimivat|istuvat|(?:on|ovat)\s+edustettuina)|"
            r"(?<![\w-])i\s+\w+\s+(?:sitter|ingår)",
            re.I,
        )
        # "Hallitukseen valittiin kahdeksan jäsentä, jotka ovat:", "Till styrelsen valdes":
        # a lead-in that names the body the people after it were elected to
        self.elected_into = re.compile(
            r"^(?P<fi>\w+(?:aan|ään|een|iin|oon|uun|yyn|öön|hin))\s+(?:valittiin|nimettiin)(?![\w-])|"
            r"^till\s+(?P<sv>\w+)\s+(?:valdes|utsågs)(?![\w-])",
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
        spaced, added = self._unglued(text)
        if not added:
            return self._walk_whole(text, progress)
        return _spans_without(self._walk_whole(spaced, progress), added)

    def _unglued(self, text: str) -> tuple[str, list[int]]:
        """``text`` with a space put back where one was lost before a name of two words or
        more: after "och"/"samt"/"ja"/"sekä", after a label's colon, after a body's or a
        role's word ("Ersättare i styrelsenRoland Eriksson"); and where each added space is
        (ascending, in the new text)."""
        if _GLUED_COLUMNS.search(text):
            return text, []
        cuts: set[int] = set()
        for mt in _GLUED_BEFORE_NAME.finditer(text):
            word = mt.group("word")
            if word is not None and not (
                word in _GLUED_AND or self.lex.role_of(word) or self._seat_body_word(word)
            ):
                continue
            cuts.add(mt.end())
        if not cuts:
            return text, []
        parts: list[str] = []
        added: list[int] = []
        last = 0
        for n, cut in enumerate(sorted(cuts)):
            parts += [text[last:cut], " "]
            added.append(cut + n)
            last = cut
        parts.append(text[last:])
        return "".join(parts), added

    def _walk_whole(self, text: str, progress: Callable[[int, int], None] | None) -> Walk:
        text = nicknames_moved(text)
        # "… omvaldes A, B," / "" / "C och D.": a sentence's names broken by a blank line
        # after a comma, read as one paragraph (the same length)
        text = _BROKEN_NAME_RUN.sub(lambda mt: mt.group(1) + " " * len(mt.group(2)), text)
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
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership"
            or not (
                photo_of_several_terms(text, f.actor.start)
                or (f.role == "deputy_member" and self._auditors_deputy(text, f.actor.start))
            )
        ]
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
            )
        ]
        out.no_seat += [(f.actor.start, f.actor.end) for f in unseated]
        # "Årsmötet leddes sedan av A": the meeting's chair, nor a guess of the tagger's
        out.no_seat += [
            (mt.start("name"), mt.end("name")) for mt in _MEETING_LED_BY_NAME.finditer(text)
        ]
        out.findings = [f for f in out.findings if all(f is not u for u in unseated)]
        # (after those: a photographer's credit names no one in a gallery's captions)
        self._caption_gallery(text, out)
        self._names_across_paragraphs(text, out)
        self._next_role_word_after_names(text, out)
        self._labels_then_values(text, out)
        self._bare_kind_beside_named(out)
        self._genitive_read_elsewhere_as_written(out)
        self._genitive_written_elsewhere_without_ending(text, out)
        self._name_cut_at_the_end(text, out)
        self._collective_named_in_full(text, out)
        self._card_beside_election(out)
        self._bodies_with_members(text, out)
        self._terms_left(text, out)
        self._offices_in_parentheses_elected(text, out)
        self._inline_office_labels(text, out)
        self._cards_under_heading(text, out)
        self._name_under_office_line(text, out)
        self._deputies_not_serving(text, out)
        self._chair_signing_the_cover(text, out)
        self._item_election(text, out)
        self._sorted_name_runs(text, out)
        self._fi_item_election(text, out)
        self._cells_run_together(text, out)
        self._duty_after_name(out)
        self._counted_board_lines(text, out)
        self._heading_split_over_lines(text, out)
        self._numbered_attendance_lines(text, out)
        self._flat_attendance_runs(text, out)
        self._office_lines_then_groups(text, out)
        self._labelled_run_over_blank_line(text, out)
        read_rosters(self, text, out)
        self._masthead_body(text, out)
        return out

    def _masthead_body(self, text: str, out: Walk) -> None:
        """ "… TOIMITUSNEUVOSTO LKT, professori A Ab TYKS (pj.) asiantuntija B Bb … PAINO JA
        ULKOASU …": a magazine's masthead run together on one line, a body's name in capitals
        inside it (words before and after it on the line) and three or more names after it
        before the next word in capitals (the next section's heading) or the line's end, most
        of them read in no seat by the other rules (minutes' headings in capitals are not). Each
        name is a member of that body, its chair or other officer when a role in parentheses
        ("(pj.)") follows it before the next name; the titles and workplaces between are no
        seats. The reading replaces what the sentences made of those names."""
        for line in re.finditer(r"[^\n]+", text):
            for head in re.finditer(r"(?<![\w-])[A-ZÅÄÖ]{6,}(?![\w-])", line.group()):
                word = head.group()
                start, end = line.start() + head.start(), line.start() + head.end()
                before = line.group()[: head.start()].split()
                after = line.group()[head.end() :].split()
                if (
                    not before
                    or not after
                    # (one word in capitals: "SOCIALA UTSKOTTET", a heading of two, is none)
                    or re.fullmatch(r"[A-ZÅÄÖ]{5,}", before[-1].strip(",.:;")) is not None
                    or re.fullmatch(r"[A-ZÅÄÖ]{5,}", after[0].strip(",.:;")) is not None
                    or not self.lex.body_kind(word.casefold())
                    or any(b.plural for b in self.reader.bodies(tokens(text, start, end)))
                ):
                    continue
                stop = re.search(r"(?<![\w-])[A-ZÅÄÖ]{5,}(?![\w-])", text[end : line.end()])
                stop_at = end + stop.start() if stop else line.end()
                people = [
                    p
                    for p in self.reader.persons(tokens(text, end, stop_at), in_list=True)
                    if len(p.name.split()) >= 2
                ]
                if len(people) < 3:
                    continue
                spans = [(p.start, p.end) for p in people]
                seated = {
                    (a, b)
                    for a, b in spans
                    for f in out.findings
                    if f.kind == "membership" and a < f.actor.end and f.actor.start < b
                }
                if len(seated) * 2 >= len(people):
                    continue  # the rules read most of these names: their reading stands
                body = Mention(start, end, word, word[:1] + word[1:].lower(), "body", 0.7)
                out.findings = [
                    f
                    for f in out.findings
                    if not (
                        f.kind == "membership"
                        and any(a < f.actor.end and f.actor.start < b for a, b in spans)
                    )
                ]
                for k, person in enumerate(people):
                    upto = people[k + 1].start if k + 1 < len(people) else stop_at
                    role = "member"
                    for note in re.finditer(r"\(([^()]{1,20})\)", text[person.end : upto]):
                        said = self.lex.find_role(note.group(1))
                        if said and said[0] in ("chair", "vice_chair", "secretary"):
                            role = said[0]
                            break
                    out.findings.append(
                        Finding(
                            "membership",
                            person,
                            role,
                            body,
                            (person.start, upto),
                            0.6,
                            "masthead-body",
                        )
                    )
                out.named.append((body, (start, end)))

    def _fi_item_election(self, text: str, out: Walk) -> None:
        """ "• Hallituksen jäsenten valinta" / "Erovuoroisista A, B ja C valittiin jatkamaan
        seuraavalle kaudelle. D:n tilalle valittiin E. Varajäseniksi valittiin F ja G.": a
        minutes' item heading, a short line of its own that names the election of one body's
        seats, then the item's decision paragraph. In each sentence of the paragraph whose
        verb is "valittiin", the names elected (before the verb, or after it when the words
        before it say whose place they take) are members of the heading's body, deputies
        after a deputy's word. Nothing from a sentence with no such verb (those in turn to
        leave), one naming another office or post ("sihteeriksi", "toiminnantarkastajaksi"),
        or one electing people in the place of those in turn to leave (their seats are still
        to come); names a rule read in a body keep that reading."""
        if self.lex.lang != "fi":
            return
        read = [f for f in out.findings if f.kind == "membership" and f.actor.kind == "person"]
        seated: list[Mention] = []
        for head in re.finditer(r"[^\n]+", text):
            line = head.group().strip(" \t•·*-\u2013")
            if (
                len(line) > 120
                or line.endswith((".", ":", "!", "?"))
                or not _FI_ELECTION_ITEM.search(line)
            ):
                continue
            bodies = self.reader.bodies(tokens(text, head.start(), head.end()))
            if len(bodies) != 1 or bodies[0].plural or not self._seat_body_word(bodies[0].name):
                continue
            if any(
                self.lex.role_of(w) not in (None, "member", "deputy_member") for w in line.split()
            ):
                continue  # "Hallituksen puheenjohtajan valinta": an officer's item
            body = replace(bodies[0], name=bodies[0].name[:1].upper() + bodies[0].name[1:])
            para = re.compile(r"\n[ \t]*\n[ \t]*(\S[^\n]*)").match(text, head.end())
            if para is None:
                continue
            a, b = para.start(1), para.end(1)
            for sent in re.finditer(r"[^.!?]+[.!?]?", text[a:b]):
                if self._fi_elected_in_item(
                    text, a + sent.start(), a + sent.end(), body, read, out
                ):
                    seated.append(body)
        if len({b.name.casefold() for b in seated}) != 1:
            return
        # "Yhdistyksen puheenjohtajaksi valittiin A" in the same minutes: the association's
        # officer, named by the bare word, is the officer of the one board the items seat
        for f in read:
            if (
                f.role in ("chair", "vice_chair", "secretary")
                and f.target is not None
                and f.target.kind not in ("body", "board", "city_board")
                and _BARE_ASSOCIATION.fullmatch(f.target.written.strip())
            ):
                f.target = replace(seated[0], start=f.target.start, end=f.target.end)

    def _fi_elected_in_item(
        self, text: str, s: int, e: int, body: Mention, read: list[Finding], out: Walk
    ) -> bool:
        """The seats of one sentence of an item's decision (see :meth:`_fi_item_election`);
        whether it gave any."""
        sentence = text[s:e]
        verb = re.search(r"(?<![\w-])valittiin(?![\w-])", sentence)
        if verb is None or _IN_PLACE_OF_LEAVING.search(sentence):
            return False
        low = sentence.casefold()
        if any(p.search(low) for p, _s in self.lex.not_member_res):
            return False
        status = self.lex.not_held_status(low)
        if status and not (status == "planned" and _TO_CONTINUE.search(low)):
            return False  # a seat ended or to come; not one held now that goes on to the next
        roles = {self.lex.role_of(w) for w in re.findall(r"[\w-]+", low) if w.endswith("ksi")}
        if roles - {"member", "deputy_member"}:
            return False  # "Toiminnantarkastajaksi valittiin …": another post
        role = "deputy_member" if "deputy_member" in roles else "member"
        before = tokens(text, s, s + verb.start())
        first = next(
            (
                j
                for j in range(len(before))
                if before[j].is_cap and self.reader.person_at(before, j, in_list=True)
            ),
            None,
        )
        if (
            first == 0
            and len(before) > 1
            and m.FIRST_NAME not in self.reader._classes(before[0].text)
            and (two := self.reader.person_at(before, 1, in_list=True)) is not None
            and two.end == (self.reader.person_at(before, 0, in_list=True) or two).end
        ):
            first = 1  # "Erovuoroisista Erik Ek, …": the sentence's first word is no name's
        if first is not None and not re.search(
            r"(?<![\w-])tila(?:lle|lla|lleen)(?![\w-])", sentence[: verb.start()]
        ):
            people = self._name_run(text, before[first].start, s + verb.start())
        else:
            after = tokens(text, s + verb.end(), e)
            j = next((k for k, t in enumerate(after) if t.is_cap), None)
            people = self._name_run(text, after[j].start, e) if j is not None else []
        given = False
        for p in people:
            if len(p.written.split()) < 2:
                continue
            if any(f.actor.start < p.end and p.start < f.actor.end and f.target for f in read):
                continue
            out.findings = [
                f
                for f in out.findings
                if not (f.kind == "membership" and f.actor.start < p.end and p.start < f.actor.end)
            ]
            out.findings.append(
                Finding("membership", p, role, body, (s, e), 0.6, "text-item-election")
            )
            given = True
        return given

    def _sorted_name_runs(self, text: str, out: Walk) -> None:
        """ "PÖYTÄKIRJA 1/2020 Kirkkovaltuusto Kokousaika … Aino Ek Bo Lind, puheenjohtaja
        8-12 Eero Mäki …": a minutes' cover flattened onto a line, those present a run of
        names with no separators in the alphabetical order of surnames
        (:meth:`Unflattener.sorted_name_runs`). Each name is a member of the body the line
        names before the run; a note of an officer's post after a name's comma
        (", puheenjohtaja 8-12") is that officer's seat, unless the text says the person is the
        oldest member, who chairs a body's first meeting only until its chair is elected. A
        reading of the whole line in that body gives way (it cannot tell where the names end,
        nor the officials after them from those present); a seat a sentence gives stays."""
        for run in self.unflatten.sorted_name_runs(text):
            line_start = text.rfind("\n", 0, run[0][0]) + 1
            body = self._seat_body_before(text, line_start, run[0][0])
            if body is None:
                continue
            start, end = run[0][0], run[-1][2]
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership"
                    and f.target is not None
                    and f.target.name.casefold() == body.name.casefold()
                    and f.quote[0] <= start
                    and f.quote[1] >= end
                    # the run's names paired in order with a run of posts after it are read
                    # already, each with its own post (when the pairing took every name the
                    # line runs: no name's word just before the first)
                    and not (
                        f.rule == "minutes-columns"
                        and not _COLUMN_NAME_WORD.fullmatch(
                            (text[line_start : f.quote[0]].split() or [""])[-1]
                        )
                    )
                )
            ]
            seated = [
                (f.actor.start, f.actor.end) for f in out.findings if f.actor.kind == "person"
            ]
            for ns, ne, stop in run:
                if any(ns < e and s < ne for s, e in seated):
                    continue
                written = text[ns:ne]
                role = "member"
                note = text[ne:stop].strip(" ,")
                said = self.lex.role_of(note.split()[0]) if note else None
                if said in ("chair", "vice_chair", "secretary"):
                    role = said
                if role == "chair" and re.search(
                    _OLDEST_MEMBER.pattern + r"[^.]{0,60}?" + re.escape(written), text
                ):
                    role = "member"  # the oldest member, chairing until the chair is elected
                actor = Mention(ns, ne, written, written, "person", 0.6, "nom")
                out.findings.append(
                    Finding("membership", actor, role, body, (ns, stop), 0.6, "cover-sorted-run")
                )

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

    @staticmethod
    def _duty_after_name(out: Walk) -> None:
        """ "Sekreterare Bo Ek Ungdomsansvarig": a duty word ("…ansvarig") read as the last
        word of a name of three words or more is the person's duty, no part of the name."""
        for f in out.findings:
            words = f.actor.written.split()
            if (
                f.actor.kind == "person"
                and len(words) >= 3
                and _DUTY_WORD.fullmatch(words[-1])
                and f.actor.name.endswith(words[-1])
            ):
                kept = f.actor.written[: f.actor.written.rfind(" ")].rstrip()
                name = f.actor.name[: f.actor.name.rfind(" ")].rstrip()
                f.actor = replace(f.actor, end=f.actor.start + len(kept), written=kept, name=name)

    def _cells_run_together(self, text: str, out: Walk) -> None:
        """ "LedamöterErsättare" / "NorrbyAino EkBo Lind" / "ÖstbyEva BergPer Holm" / …: a
        table of a member and a deputy column (and a first column of who sends them) whose
        cells lost their separators, each cell's last small letter right before the next
        cell's capital. Under a header line of two or more column words run together (or
        spaced), at least three such rows with cells run together: the cells of names of two
        or three words are a member and a deputy in the columns' order, of the body a heading
        line just above the header names. A cell of one word ("Den", a row cut short) names
        no one; a person the rules already seated keeps that seat (the same body is often named
        both by its bare kind and in full)."""
        if self.lex.lang != "sv":
            return
        lines = [(mt.start(), mt.group()) for mt in re.finditer(r"[^\n]+", text)]
        for k, (hs, header) in enumerate(lines):
            heads = _RUN_CELL_CUT.split(header.strip())
            roles = [self.lex.column(h) for h in heads]
            if len(heads) < 2 or any(r not in ("member", "deputy_member") for r in roles):
                continue
            if "deputy_member" not in roles or not _RUN_TOGETHER.search(header):
                continue
            body = None
            for bs, line in reversed(lines[max(0, k - 3) : k]):
                body = self._seat_body_before(text, bs, bs + len(line))
                if body is not None or len(line.strip()) > 60:
                    break
            if body is None:
                continue
            rows: list[list[tuple[int, str]]] = []
            for ls, line in lines[k + 1 :]:
                cells = [
                    (ls + mt.start(), mt.group())
                    for mt in _RUN_CELL.finditer(line)
                    if mt.group().strip()
                ]
                if len(cells) not in (len(heads), len(heads) + 1) or not _RUN_TOGETHER.search(line):
                    break
                rows.append(cells[-len(heads) :] if len(cells) > len(heads) else cells)
            if len(rows) < 3:
                continue
            seated = {
                f.actor.name
                for f in out.findings
                if f.kind == "membership" and f.target is not None
            }
            for cells in rows:
                for (cs, cell), role in zip(cells, roles, strict=True):
                    written = cell.strip()
                    words = written.split()
                    if not 2 <= len(words) <= 3 or written in seated:
                        continue
                    if any(
                        not _RUN_NAME_WORD.fullmatch(w)
                        or self.lex.role_of(w)
                        or self.lex.body_kind(w.casefold())
                        or self._org_word(w)
                        for w in words
                    ):
                        continue
                    cs += cell.index(written)
                    actor = Mention(cs, cs + len(written), written, written, "person", 0.6, "nom")
                    out.findings.append(
                        Finding("membership", actor, role, body, (hs, cs + len(written)), 0.6,
                                "table-cells-run-together")
                    )  # fmt: skip

    def _item_election(self, text: str, out: Walk) -> None:
        """ "6 Val av tre ordinarie och en ersättare till Bygderådet" / "Eva Ek, Bo Berg och
        Anna Lind omvaldes som ordinarie, ingen ersättare utsågs.": a numbered item electing
        people to a body with seats, its paragraph led by the names elected and the election's
        verb; each name no rule read in a body is a member ("som ersättare", "som
        suppleanter": a deputy) of the body the item's heading names."""
        if self.lex.lang != "sv":
            return
        for mt in _ITEM_ELECTION.finditer(text):
            word = mt.group("body")
            if _SUB_COMMITTEE_HEAD.fullmatch(word) or not self._seat_body_word(word):
                continue
            name = word if word.isupper() else word[:1].upper() + word[1:]
            kind = self.lex.body_kind(word.casefold()) or "body"
            target = Mention(mt.start("body"), mt.end("body"), word, name, kind, 0.7)
            said = (mt.group("role") or "ordinarie").casefold()
            role = "deputy_member" if said in ("ersättare", "suppleanter") else "member"
            for nm in re.finditer(_NAME_WORDS, mt.group("names")):
                ns, ne = mt.start("names") + nm.start(), mt.start("names") + nm.end()
                written = text[ns:ne]
                words = written.split()
                if any(self.lex.body_kind(w.casefold()) or self._org_word(w) for w in words):
                    continue  # "Bygderådet Norrby": no person's name
                read = [
                    f
                    for f in out.findings
                    if f.kind == "membership" and f.actor.start < ne and ns < f.actor.end
                ]
                if any(f.target is not None or f.status for f in read):
                    continue
                # a list's entry read with no body: the item's body is the entry's
                out.findings = [f for f in out.findings if all(f is not r for r in read)]
                actor = Mention(ns, ne, written, written, "person", 0.6, "nom")
                out.findings.append(
                    Finding("membership", actor, role, target, (mt.start("names"), mt.end()),
                            0.6, "item-election")
                )  # fmt: skip

    @staticmethod
    def _chair_signing_the_cover(text: str, out: Walk) -> None:
        """ "Underskrifter Sekreterare Eva Ek Ordförande Bo Lind Justerande …" on a minutes'
        cover flattened onto a line: the chair who signs is one of the deciding members the
        cover gave; that member's seat is the chair's."""
        for mt in _SIGNATURES.finditer(text):
            chair = _CHAIR_SIGNS.search(text, mt.end(), mt.end() + 200)
            dotted = chair is not None and bool(chair.group("dots"))
            if (heads := _SIGN_HEADS.match(text, mt.end())) is not None:
                # "Sekreterare Ordförande Justerande.. A B. C D. E F": the headings run
                # together before the names, which sign in the headings' order
                said = re.findall(r"[A-ZÅÄÖ][a-zåäö]+", heads.group("heads"))
                run = _SIGN_NAMES.match(text, heads.end())
                if run is None or "Ordförande" not in said:
                    continue
                parts = [p for p in re.split(r"\s*(?:\.+|…)\s*", run.group().strip()) if p]
                if len(parts) != len(said):
                    words = run.group().replace(".", " ").split()
                    if len(words) != 2 * len(said):
                        continue  # which name signs under which heading is not shown
                    parts = [" ".join(words[k : k + 2]) for k in range(0, len(words), 2)]
                name = parts[said.index("Ordförande")]
            elif chair is not None:
                name = chair.group("name")
            else:
                continue
            for f in out.findings:
                if (
                    f.kind == "membership"
                    and (
                        f.rule.startswith(("minutes", "cover"))
                        # "Underskrifter Sekreterare... A Ordförande... B": the dotted lines
                        # of a form's signatures, under members any rule read from the run
                        or (dotted and f.rule in ("text-role-before", "name-run"))
                    )
                    and f.role == "member"
                    and not f.status
                    and f.actor.start < mt.start()
                    and name.startswith(f.actor.written)
                ):
                    f.role = "chair"

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

    def _name_under_office_line(self, text: str, out: Walk) -> None:
        """ "Ersättare Eva Ek, vice sekreterare" / "Bo Lind", "Revisorer Eva Ek" / "Bo Lind":
        in a list of "Office Name" lines, a name alone on the line right under a line of
        deputies or auditors (words that are plural as well) and last before a blank line or
        another office's line is the second of that office: a deputy's seat, or none for an
        auditor."""
        lines = [(mt.start(), mt.end(), mt.group()) for mt in re.finditer(r"[^\n]*", text)]
        lines = [ln for k, ln in enumerate(lines) if k == 0 or ln[0] != lines[k - 1][1]]
        drop: list[Finding] = []
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
                for f in out.findings
                if f.kind == "membership"
                and f.actor.kind == "person"
                and f.actor.start == s0 + len(line) - len(line.lstrip())
                and f.actor.end == s0 + len(line.rstrip())
                and f.role == "member"
                and not f.status
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

    def _cards_under_heading(self, text: str, out: Walk) -> None:
        """ "LAG" / "bo-berg-bild" / "Bo Berg" / "Offentlig sektor Ordförande" / …, or
        "Ledamöter i LAG, valda vid årsmötet" / "Eva Ek" / "Ordförande" / "mob 070-…" /
        "Representant ideell sektor, Norrby kommun" / …: a short heading line that names a
        body with members, then people's cards, each a line of a name alone and lines about
        the person (a sector, an office, a phone, an image's slug) up to the next name. Of
        three cards or more that the rules read no one of, each person is a member, or holds
        the office a line of the card ends in. A line of prose ends the cards."""
        lines = [(mt.start(), mt.end(), mt.group().strip()) for mt in re.finditer(r"[^\n]+", text)]
        seated = {f.actor.start for f in out.findings if f.actor.kind == "person"}
        k = 0
        while k < len(lines):
            hs, he, head = lines[k]
            k += 1
            if not head or len(head) > 80 or head.endswith((".", "!", "?", ":")):
                continue
            body = self._seat_body_before(text, hs, he)
            if body is None or _SUB_COMMITTEE_HEAD.fullmatch(body.written):
                continue
            office = self.lex.find_role(head)
            if office is not None and office[0] != "member":
                continue  # "Nämndens I viceordförande": a person's office, no heading
            if body.written.endswith("s") and self._seat_body_word(body.written[:-1]):
                continue  # a body in the genitive: what is named is another thing of its
            cards: list[list] = []  # [person, role]
            j = k
            while j < len(lines):
                s0, e0, line = lines[j]
                if len(line) > 100 or (line.endswith(".") and len(line) > 40):
                    break  # prose: the cards have ended
                if line.endswith((":", ",")):
                    break  # labels and entries: a list the rules read
                toks = tokens(text, s0, e0)
                person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if person is not None and self._card_office(toks[0].text) is not None:
                    person = None  # "Kassör Bo Ek", "Revisorer Eva Lind": an office, a name
                if (
                    person is not None
                    and person.end == s0 + len(text[s0:e0].rstrip())
                    and 2 <= len(person.written.split()) <= 3
                ):
                    if not (cards and cards[-1][0].name == person.name and cards[-1][2] == j - 1):
                        cards.append([person, "member", j])
                    else:
                        cards[-1][2] = j  # the name printed twice (an image's caption)
                elif cards:
                    found = self.lex.find_role(line)
                    if (
                        found is not None
                        and found[0] in ("chair", "vice_chair", "secretary")
                        and not line[found[2] :].strip(" \t.,")
                    ):
                        cards[-1][1] = found[0]
                    elif self._seat_body_before(text, s0, e0) is not None:
                        break  # another body's heading
                j += 1
            if len(cards) >= 3 and sum(c[0].start in seated for c in cards) * 3 <= len(cards):
                for person, role, _at in cards:
                    if person.start in seated:
                        # a seat the rules read in the same body: the card's office stands
                        for f in out.findings:
                            if (
                                f.kind == "membership"
                                and f.actor.start == person.start
                                and f.role == "member"
                                and f.target is not None
                                and f.target.name == body.name
                            ):
                                f.role = role
                        continue
                    out.findings.append(
                        Finding("membership", person, role, body, (hs, person.end), 0.6,
                                "list-cards-under-heading")
                    )  # fmt: skip
                    seated.add(person.start)
                k = j

    def _inline_office_labels(self, text: str, out: Walk) -> None:
        """ "Ordförande: Landshövding Eva Ek, Uppsala (till årsmötet 2026) … Skattmästare: Bo
        Lind, Sala …": an annual report's board flattened onto a line of labels, each an
        office, a colon and a name (a title before it is no part of it). A name the rules did
        not read takes the label's office (a treasurer a member's seat) in the body of the
        seats the rules read from the same paragraph, when they are all of one body."""
        have = [(f.actor.start, f.actor.end) for f in out.findings if f.actor.kind == "person"]
        for mt in _INLINE_OFFICE.finditer(text):
            label = mt.group("label")
            if label.split()[-1].casefold() in self.lex.treasurer:
                role = "member"
            else:
                role = self.lex.role_of(label) or self.lex.role_of(label.split()[-1])
            if role not in ("chair", "vice_chair", "secretary", "member"):
                continue
            toks = tokens(text, mt.end(), min(len(text), mt.end() + 80))
            k = 0
            if toks and toks[0].is_cap and self.lex.is_occupation(toks[0].text.casefold()):
                k = 1  # "Landshövding Eva Ek": the title before the name
            person = self.reader.person_at(toks, k, in_list=True) if len(toks) > k else None
            if person is None or any(person.start < e and s < person.end for s, e in have):
                continue
            words = person.written.split()
            if len(words) > 2 and (
                words[-1].casefold() in self.lex.treasurer
                or self.lex.role_of(words[-1])
                or (re.match(r"[ \t]*:", text[person.end :]) and "-" not in words[-1])
            ):
                # "Stig Ek Skattmästare", "Eva Ek Webmaster:": the next label read into the name
                kept = person.written[: person.written.rfind(" ")].rstrip()
                names = person.name.split()
                person = replace(
                    person,
                    end=person.start + len(kept),
                    written=kept,
                    name=" ".join(names[:-1]) if names[-1] == words[-1] else kept,
                )
            par = text.rfind("\n\n", 0, mt.start()) + 1
            end = text.find("\n\n", mt.end())
            end = len(text) if end < 0 else end
            seats = {
                f.target.name.casefold(): f.target
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and par <= f.actor.start < end
            }
            if len(seats) != 1:
                continue
            (body,) = seats.values()
            out.findings.append(
                Finding("membership", person, role, body, (mt.start(), person.end), 0.6,
                        "text-inline-label")
            )  # fmt: skip
            have.append((person.start, person.end))

    def _offices_in_parentheses_elected(self, text: str, out: Walk) -> None:
        """ "Omval skedde av Bo Ek (kassör), Eva Lind (sekreterare), Olle Berg (suppleant).":
        a sentence that elects a run of names, each with its office in parentheses; each
        takes that office (a treasurer a member's seat) in the body with members the
        paragraph named before, or in the one the rules gave another name of the run."""
        for mt in _ELECTED_PAREN_RUN.finditer(text):
            start = self._sentence_start(text, mt.start())
            if self.lex.not_held_status(text[start : mt.end()]):
                continue
            entries = list(_PAREN_OFFICE.finditer(text, mt.start("run"), mt.end()))
            if len(entries) < 2:
                continue
            par = text.rfind("\n\n", 0, mt.start()) + 1
            known = [
                f
                for f in out.findings
                if f.kind == "membership" and not f.status and f.target is not None
                and par <= f.actor.start < text.find("\n\n", mt.end()) % (len(text) + 1)
            ]  # fmt: skip
            body = known[0].target if known else None
            body = body or self._seat_body_before(text, par, mt.start("run"))
            if body is None:
                continue
            for e in entries:
                office = e.group("office").casefold()
                role = "member" if office in self.lex.treasurer else self.lex.role_of(office)
                if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                    continue
                toks = tokens(text, e.start("name"), e.end("name"))
                person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if person is None or person.end != e.end("name"):
                    continue
                out.findings = [
                    f
                    for f in out.findings
                    if not (f.kind == "membership" and f.actor.start == person.start)
                ]
                out.findings.append(
                    Finding("membership", person, role, body, (e.start(), e.end()), 0.6,
                            "text-paren-office")
                )  # fmt: skip

    def _terms_left(self, text: str, out: Walk) -> None:
        """ "Erik Ek, Ola Berg och Emil Lind har 1 år kvar på sin mandatperiod" after a board's
        election: members whose seats go on, in the body of the list above (a label's office
        over the list before does not reach them)."""
        for mt in _TERM_LEFT.finditer(text):
            people = self._name_run(text, mt.start("run"), mt.end("run"))
            if not people:
                continue
            here = [
                f
                for f in out.findings
                if f.kind == "membership" and mt.start() <= f.actor.start < mt.end()
            ]
            body = next((f.target for f in here if f.target is not None), None)
            body = body or self._intro_body(text, mt.start())
            if body is None:
                continue
            out.findings = [f for f in out.findings if all(f is not h for h in here)]
            for person in people:
                out.findings.append(
                    Finding("membership", person, "member", body, (mt.start(), mt.end()), 0.6,
                            "text-term-left")
                )  # fmt: skip

    def _terms_in_labels(self, text: str) -> str:
        """ "Ordförande 1 år:", "Ledamöter 2 år:": an office's label with the term of the
        seats under it, read as the label alone ("Ordförande:", the same length: every span
        is the text's)."""

        def label(mt: re.Match[str]) -> str:
            if self.lex.role_of(mt.group("label")) is None:
                return mt.group(0)
            return f"{mt.group('label')}:{' ' * (len(mt.group(0)) - len(mt.group('label')) - 1)}"

        return _TERM_IN_LABEL.sub(label, text)

    def _bullets_apart(self, text: str) -> str:
        """A slide's bullets run onto one line with one that names a body with members alone
        ("… • Styrelsen • Aino Berg (Norrby) ordförande • Bo Lind …"): one a line (the space
        before each bullet a line break, the same length)."""

        def apart(mt: re.Match[str]) -> str:
            items = [item.strip() for item in mt.group().split("•")]
            if not any(" " not in item and self._seat_body_word(item) for item in items if item):
                return mt.group()
            return mt.group().replace(" •", "\n•")

        return _BULLETS_RUN.sub(apart, text)

    def _seat_body_word(self, word: str) -> bool:
        """Whether a word of the text names a body with members of its own: a board, a
        council, a committee ("styrelsen", "Fritidsnämnden", a Leader group's "LAG"), never a
        programme, a project, a network, a document or a meeting."""
        if word == "LAG":
            return True
        low = word.casefold()
        if _NO_MEMBERS_HEAD.fullmatch(low) or MEETING_NAME.search(low):
            return False
        kind = self.lex.body_kind(low)
        return kind is not None and kind not in _NO_SEATS and kind != "network"

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

    def _genitive_owner(self, name: str, at: int) -> Mention | None:
        """ "Fritidsnämndens delegationsordning": the body in the genitive that owns a document
        or a programme named as if a body, in its base form."""
        if self.lex.lang != "sv":
            return None
        first = name.split()[0]
        if len(name.split()) < 2 or not first.endswith("s") or len(first) < 5:
            return None
        owner = first[:-1]
        if not self._seat_body_word(owner) or _SUB_COMMITTEE_HEAD.fullmatch(owner):
            return None
        owner = owner[:1].upper() + owner[1:]
        return Mention(
            at, at + len(first), first, owner, self.lex.body_kind(owner.casefold()) or "body", 0.7
        )

    @staticmethod
    def _head_of(name: str) -> str:
        words = name.split()
        if "för" in words[1:]:
            return words[words.index("för", 1) - 1]
        return words[-1] if words else ""

    def _bodies_with_members(self, text: str, out: Walk) -> None:
        """A membership given to a name that is no body with members (a delegation order, a
        programme, a project, an annual meeting) goes to the body that owns it
        ("Fritidsnämndens delegationsordning": "Fritidsnämnden"), else to the body with members
        named last before the person (after the name that was given, when that came first),
        else it is no seat. A working or nominating committee named after a board's list gives
        way to the board named before the person ("Styrelse … Ledamöter: A … Arbetsutskott:
        …"), and a list's heading line that names a body ("Ledamöter i LAG, valda …") keeps
        the list from a body named above it."""
        for f in out.findings:
            if f.kind == "membership" and f.target is None and not f.status:
                f.target = self._intro_body(text, f.actor.start) or self._consisting_of_body(
                    text, f.actor.start
                )
            if f.kind != "membership" or f.target is None:
                continue
            t = f.target
            head = self._head_of(t.name)
            if not head:
                continue
            a = f.actor
            if _NO_MEMBERS_HEAD.fullmatch(head) or (
                MEETING_NAME.search(head) and head.casefold().startswith(("års", "vuosi"))
            ):
                owner = self._genitive_owner(t.name, t.start)
                if owner is None:
                    since = t.end if t.end <= a.start else 0
                    owner = self._seat_body_before(text, max(since, a.start - 600), a.start)
                f.target = owner
                if owner is None:
                    f.kind = "dropped"
                continue
            if (
                t.start > a.start
                and _SUB_COMMITTEE_HEAD.fullmatch(head.casefold())
                and re.match(r"[ \t]*:", text[t.end : t.end + 4])
            ):
                par = text.rfind("\n\n", 0, a.start) + 1
                board = self._seat_body_before(text, max(par, a.start - 1500), a.start)
                if board is not None:
                    f.target = board
                continue
            if (
                t.end <= a.start
                and _SUB_COMMITTEE_HEAD.fullmatch(head.casefold())
                and _PROPOSAL_OF.match(text, t.start)
            ):
                # "Val till styrelsen … i enlighet med valberedningens förslag:": the committee
                # whose proposal it is; the seats are in the body named before it
                board = self._seat_body_before(text, max(0, t.start - 300), t.start)
                f.target = board
                if board is None:
                    f.kind = "dropped"
                continue
            if t.end <= a.start and _DELEGATES_TO.search(text, t.end, a.start):
                # "Ombud till förbundets årsstämma: A … Ersättare: B": delegates and their
                # deputies under a heading after the body, no seat in it
                f.kind = "dropped"
                continue
            if t.end <= a.start and _SUB_COMMITTEE_HEAD.fullmatch(head.casefold()):
                # "… Ansökningsgruppen bereder …" / "Ledamöter i LAG, valda …" / A: a list
                # under a heading line that names the board
                board = self._seat_body_before(text, t.end, a.start)
                if board is not None and self._heading_line(text, board.start, a.start):
                    f.target = board
        # (a seat the rules found in no body with members: none, nor a guess at one)
        out.no_seat += [(f.actor.start, f.actor.end) for f in out.findings if f.kind == "dropped"]
        out.findings = [f for f in out.findings if f.kind != "dropped"]
        named = []
        for mt, span in out.named:
            paren = None
            for pm in _IN_ENTRY_PARENS.finditer(text, max(0, mt.start - 60), mt.end + 60):
                if pm.start() < mt.start:
                    paren = pm
            if mt.kind != "person" and paren is not None and paren.end() >= mt.start:
                # "• Aino Berg (Norrby byaråd)": where the person of a list's entry comes from,
                # not a body over the list; the body named above the list stands
                owner = self._seat_body_before(text, max(0, mt.start - 600), paren.start())
                if owner is not None:
                    named.append((owner, span))
                continue
            if mt.kind != "person" and _NO_MEMBERS_HEAD.fullmatch(self._head_of(mt.name)):
                owner = self._genitive_owner(mt.name, mt.start)
                if owner is None:
                    owner = self._seat_body_before(text, max(0, mt.start - 600), mt.start)
                if owner is None:
                    continue
                mt = owner
            named.append((mt, span))
        out.named = named

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
            return body if same else None
        return None

    def _consisting_of_body(self, text: str, pos: int) -> Mention | None:
        """ "• att … Nya styrelsen består då av" / "  • Eva Ek, Ordförande" / "  • Bo Lind": a
        line that ends in "består av" with no colon, over bullet lines only up to ``pos``: the
        body with members its last sentence names right before those words, else None."""
        entry = text.rfind("\n", 0, pos) + 1
        lead = None
        for mt in _CONSISTS_OF_LINE.finditer(text, max(0, entry - 1200), entry):
            lead = mt
        if lead is None:
            return None
        between = text[lead.end() : entry]
        if any(ln.strip() and not _BULLET_LINE.match(ln) for ln in between.split("\n")):
            return None
        if not _BULLET_LINE.match(text[entry : text.find("\n", pos) % (len(text) + 1)]):
            return None
        sentence = max(text.rfind(". ", lead.start(), lead.start("verb")) + 1, lead.start())
        return self._seat_body_before(text, sentence, lead.start("verb"))

    @staticmethod
    def _heading_line(text: str, at: int, before: int) -> bool:
        """Whether ``at`` is on a short line of its own that ends without a full stop, with
        only names, offices and contacts of the list it heads up to ``before``."""
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0 or end > before:
            return False
        line = text[start:end].strip()
        return 0 < len(line) <= 80 and not line.endswith((".", "!", "?"))

    @staticmethod
    def _card_beside_election(out: Walk) -> None:
        """A contact card's office ("Varapuheenjohtaja" / "Aino Aho" / address) beside the
        text's own reading of another office of the same person in the same body ("Puheen-
        johtajaksi valittiin Aino Aho"): the card is of an earlier term; it gives way."""
        officers = ("chair", "vice_chair", "secretary")
        cards = ("text-role-card", "list-card")
        said = {
            (f.actor.name, f.target.name.casefold(), f.role)
            for f in out.findings
            if f.kind == "membership"
            and f.role in officers
            and f.target is not None
            and not f.status
            and f.rule not in cards
        }
        out.findings = [
            f
            for f in out.findings
            if not (
                f.kind == "membership"
                and f.rule in cards
                and f.target is not None
                and any(
                    (f.actor.name, f.target.name.casefold(), r) in said
                    for r in officers
                    if r != f.role
                )
            )
        ]

    def _respell(self, text: str) -> None:
        """The office words misspelt in ``text`` (words the dictionary does not know, with
        voikko only: the rules know no dictionary)."""
        unknown: set[str] = set()
        if self.lex.office_words and self.reader.morph.name == "voikko":
            for word in set(re.findall(r"(?<![\w-])[a-zåäö]{10,}(?![\w-])", text, re.I)):
                if not self.reader.morph.analyse(word):
                    unknown.add(word)
        self.lex.respell(unknown)

    def _collective_named_in_full(self, text: str, out: Walk) -> None:
        """ "Hyvinvointialueen edustaja Aino Aho" on a page that names one county in full
        elsewhere ("Länsi-Kaarnan hyvinvointialue"): the member is there on behalf of that
        county, not of a collective named by its kind alone. Two counties named leave it."""
        heads = [p for p, kind in self.lex.organisations if kind == "county"]
        if not heads:
            return
        full: dict[str, Mention] = {}
        for mt in re.finditer(
            rf"(?<![\w-])([A-ZÅÄÖ][\w-]*n)\s+((?:{'|'.join(heads)}))(?![\w-])", text
        ):
            word = mt.group(1)
            before = text[: mt.start()].rstrip(" \t")[-1:]
            if before in (".", "!", "?", "\n", "") and "-" not in word:
                continue  # "Uuden hyvinvointialueen …": a sentence's first word
            if self.reader.morph.name == "voikko" and "-" not in word:
                readings = self.reader.morph.analyse(word)
                if readings and not any(a.cls in (m.PLACE, m.NAME) for a in readings):
                    continue  # "uuden", "alueen": no place
            head = mt.group(2).casefold()
            # the head word in the nominative: the stem its pattern names ("hyvinvointialue")
            stems = [re.sub(r"\\w\*$", "", p) for p in heads]
            head = next((st for st in stems if st.isalpha() and head.startswith(st)), head)
            name = f"{word} {head}"
            full.setdefault(
                name.casefold(), Mention(mt.start(), mt.end(), mt.group(0), name, "county", 0.8)
            )
        if len(full) != 1:
            return
        (county,) = full.values()
        before = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(heads)})\s+edustaja(?:na)?\s*:?\s*$")
        for f in out.findings:
            party = f.on_behalf_of
            if f.kind != "membership" or f.role not in ("member", "deputy_member"):
                continue
            if party is None:
                # "… ja hyvinvointialueen edustaja Aino Aho": the generic word before the name
                if before.search(text, max(0, f.actor.start - 40), f.actor.start):
                    f.on_behalf_of = county
                continue
            last = re.split(r",\s+|\s+ja\s+", party.name.strip())[-1]
            words = last.split()
            if (
                words
                and any(re.fullmatch(p, words[0].casefold()) for p in heads)
                and not any(w[:1].isupper() for w in words[1:])
            ):
                f.on_behalf_of = county

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
            a = f.actor
            if (
                a.kind == "person"
                and a.case == "gen"
                and a.name != a.written
                and a.written in nominative
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
                a.kind != "person"
                or a.name != a.written
                or " " not in a.name
                or not a.name.endswith("n")
                or a.name.endswith("nen")
            ):
                continue
            bare = a.name[:-1]
            # (not the bare form the text ends with, unpunctuated: a page cut short in the
            # name's last word, "… Robert Olese")
            if any(
                text[m.end() :].strip() or _ENDS_PUNCTUATED.search(text)
                for m in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text)
            ):
                f.actor = replace(a, name=bare)

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
        if len(last) < 20 or not any(
            ln.strip() != last and ln.strip().startswith(last)
            for ln in stripped[:begin].splitlines()
        ):
            return
        out.findings = [f for f in out.findings if f.actor.start < begin]
        out.no_seat.append((begin, len(stripped)))  # nor a guess of the tagger's

    @staticmethod
    def _bare_kind_beside_named(out: Walk) -> None:
        """ "Kuvassa vanhusneuvoston puheenjohtajisto, vasemmalta A, B ja C" beside
        "Maakunnallisen vanhusneuvoston puheenjohtajaksi valittiin A": a member's seat in a
        body named by its kind alone ("Vanhusneuvosto") is the seat the same person holds in
        the named body of that kind ("Maakunnallinen vanhusneuvosto"), said less exactly; it
        gives way."""
        named: dict[str, set[str]] = {}
        for f in out.findings:
            if f.kind == "membership" and f.target is not None and " " in f.target.name.strip():
                last = f.target.name.split()[-1].casefold()
                named.setdefault(f.actor.name, set()).add(last)
        out.findings = [
            f
            for f in out.findings
            if not (
                f.kind == "membership"
                and f.role == "member"
                and not f.status
                and f.target is not None
                and " " not in f.target.name.strip()
                and f.target.name.casefold() in named.get(f.actor.name, set())
            )
        ]

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

    @staticmethod
    def _caption_gallery(text: str, out: Walk) -> None:
        """A run of bullet lines most of which name no one ("• 191 funktionärer på plats", "•
        Christina Ek", "• Välfylld lokal", …): a photo gallery's captions, whose names are of
        people in the pictures, not a list of seats. Of four items or more, when no more than
        a third name a person the rules read, the items' list readings give no seat."""
        for run in _BULLET_RUN.finditer(text):
            items = [
                (m.start(), m.end())
                for m in re.finditer(r"(?m)^[ \t]*[•*-][ \t]*\S[^\n]*", text[: run.end()])
                if m.start() >= run.start()
            ]
            if len(items) < 4:
                continue
            named = sum(
                any(a <= f.actor.start < b for f in out.findings if f.actor.kind == "person")
                for a, b in items
            )
            if named * 3 > len(items):
                continue
            out.no_seat.append((run.start(), run.end()))
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership"
                    and f.rule.startswith("list")
                    and run.start() <= f.actor.start < run.end()
                )
            ]

    @staticmethod
    def _meeting_presidium(text: str, f: Finding) -> bool:
        """Whether ``f`` is an officer's seat in a meeting ("Distriktsstämman", "årsmötet") its
        quote names a presidium in ("Ordförande Åke Ek & presidiet", "Presidiet med ordförande
        Bo Lind … ledde förhandlingarna"), or one its quote says led a meeting and names no body
        of: the officers of that meeting, no seat in a body."""
        if f.role not in ("chair", "vice_chair", "secretary") or f.target is None:
            return False
        if (
            MEETING_NAME.search(f.target.name) is not None
            and _PRESIDIUM.search(text, f.quote[0], f.quote[1]) is not None
        ):
            return True
        if _MEETING_LED_BY.search(text, max(0, f.actor.start - 40), f.actor.start):
            return True  # "Mötet leddes av A som ordförande": the meeting's chair
        s0 = max(text.rfind(". ", 0, f.actor.start), text.rfind("\n", 0, f.actor.start)) + 1
        if _MEETING_PRESIDIUM.search(text, s0, f.actor.start):
            # "Mötespresidiet bestod av A som ordförande och B som sekreterare"
            return True
        if MEETING_NAME.search(f.target.name) is not None and _OFFICER_OF_MEETING.search(
            text, s0, f.actor.start
        ):
            # "Till ordförande vid kretsstämman valdes A": the meeting's own chair
            return True
        # "… yleiskokouksessa, jossa puhetta johti A ja sihteerinä toimi B": the meeting's
        # officers, in a sentence that names no body of theirs
        a, b = f.quote
        return (
            _MEETING_LED.search(text, a, b) is not None
            and f.target.name.casefold().split()[-1] not in text[a:b].casefold()
        )

    def _auditors_deputy(self, text: str, pos: int) -> bool:
        """Whether the name at ``pos`` is an auditor's deputy ("X har fungerat som
        verksamhetsgranskare med A och B som ersättare", "tilintarkastajana X ja varalla
        A"): an auditor word earlier in its sentence and no other role word between. An
        auditor is no seat in a body, nor is an auditor's deputy."""
        begin = max(
            (m.end() for m in re.finditer(r"[.!?]\s|\n", text[max(0, pos - 300) : pos])),
            default=0,
        ) + max(0, pos - 300)
        found = list(AUDITOR.finditer(text, begin, pos))
        if not found:
            return False
        # (the deputy's own word aside: "Toiminnantarkastajana jatkaa X ja hänen
        # varahenkilönään A")
        between = re.findall(r"[\w-]+", text[found[-1].end() : pos])
        return not any(
            (r := self.lex.role_of(w)) is not None and r != "deputy_member" for w in between
        )

    def _staff_section(self, text: str, paras: list[Paragraph], k: int) -> tuple[int, int] | None:
        """The span from a heading over the staff's contacts ("Henkilökunnan yhteystiedot",
        "Personal") to the next line that names a body, or ``None`` when ``paras[k]`` is no
        such heading."""
        if len(paras[k].lines) != 1 or not _STAFF_HEADING.fullmatch(paras[k].lines[0].text.strip()):
            return None
        end = paras[-1].end
        for q in paras[k + 1 :]:
            if any(
                not b.plural
                for ln in q.lines
                for b in self.reader.bodies(tokens(text, ln.start, ln.end))
            ):
                end = q.start
                break
        return paras[k].start, end

    def _office_card(
        self, text: str, paras: list[Paragraph], k: int, ctx: Context
    ) -> tuple[list[Finding], int] | None:
        """A photo card: a line that only names a person, the office under it as a label and
        the same name again with what it stands for ("Aino Ek" / "Puheenjohtaja:" / "Aino Ek,"
        / "Testilän Nuorisoseura"): the person holds the office in the body the label names
        by its head word, or the body of the context. Right after such a card, a card whose
        caption is missing ("Jäsen:" / "Bo Lind," / …) is read the same way. The findings and
        the number of paragraphs read, or ``None``."""
        if ctx.body is None or ctx.contacts or k + 1 >= len(paras):
            return None
        first = paras[k].lines[0].text.strip()
        caption = None
        if len(paras[k].lines) == 1 and k + 2 < len(paras) and not first.endswith(":"):
            caption = first
            k0 = k + 1
        elif self._card_end is not None and not text[self._card_end : paras[k].start].strip():
            k0 = k
        else:
            return None
        label_para, card = paras[k0], paras[k0 + 1]
        if len(label_para.lines) != 1:
            return None
        label = label_para.lines[0].text.strip()
        if not label.endswith(":"):
            return None
        named_bodies = [
            b
            for b in self.reader.bodies(tokens(text, label_para.start, label_para.end))
            if not b.plural
        ]
        if len(named_bodies) > 1:
            return None
        role = self._header_role(label)
        if (
            role is None
            and named_bodies
            and named_bodies[0].start == label_para.lines[0].content_start
        ):
            # "Johtokunnan jäsen:": the body by its head word, then the seat
            role = self.lex.role_of(text[named_bodies[0].end : label_para.end].strip(" :"))
        if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
            return None
        line = card.lines[0]
        named = re.fullmatch(r"([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2}),?", line.text.strip())
        if named is None or (caption is not None and caption != named.group(1)):
            return None
        if caption is None and not line.text.strip().endswith(","):
            return None
        at = line.content_start
        toks = tokens(text, at, at + len(named.group(1)))
        person = self.reader.person_at(toks, 0, in_list=True) if toks else None
        if person is None or person.end != at + len(named.group(1)):
            return None
        body = ctx.body
        if named_bodies:
            bare = named_bodies[0]
            body = self._same_or(
                replace(bare, name=bare.name[:1].upper() + bare.name[1:]), ctx.body
            )
            if body is not ctx.body:
                return None  # another body's card: not this list's
        self._card_end = card.end
        quote = (label_para.start, line.end)
        return [Finding("membership", person, role, body, quote, 0.7, "text-role-card")], k0 + 2 - k

    def _office_between_pair(
        self, text: str, paras: list[Paragraph], k: int, ctx: Context, out: Walk
    ) -> list[Finding] | None:
        """A row of a member / personal deputy table broken over three lines, the office
        between the two names ("Aho Aino (Kesk.)" / "puheenjohtaja" / "Ek Eero (Kesk.)"): the
        office is the member's on the line above (read as a member alone), the line below
        names the member's deputy. ``None`` when ``paras[k]`` is no such office line."""
        if not ("member" in ctx.columns and "deputy_member" in ctx.columns) or ctx.body is None:
            return None
        if k == 0 or k + 1 >= len(paras):
            return None
        office, above, below = paras[k], paras[k - 1], paras[k + 1]
        if len(office.lines) != 1 or len(above.lines) != 1 or len(below.lines) != 1:
            return None
        word = office.lines[0].text.strip()
        role = self.lex.role_of(word) if re.fullmatch(r"[a-zåäö-]+", word) else None
        if role not in ("chair", "vice_chair", "secretary"):
            return None
        if (
            text.count("\n", above.end, office.start) > 1
            or text.count("\n", office.end, below.start) > 1
        ):
            return None
        seats = [
            f
            for f in out.findings
            if f.kind == "membership" and above.start <= f.quote[0] and f.quote[1] <= above.end
        ]
        if len(seats) != 1 or seats[0].role != "member" or seats[0].target is not ctx.body:
            return None
        saved = ctx.role
        ctx.role = "deputy_member"
        try:
            deputy = self.lists.entry(text, below.lines[0].content_start, below.end, ctx)
        finally:
            ctx.role = saved
        if (
            len(deputy) != 1
            or deputy[0].actor.kind != "person"
            or deputy[0].role != "deputy_member"
        ):
            return None
        seats[0].role = role
        deputy[0].deputy_for = seats[0].actor
        return deputy

    def _intro_colons(self, text: str) -> str:
        """A list's introduction closed by a full stop ("Styrelsen har haft följande
        sammansättning.") over lines that begin with a role word ("Ordförande  Aino Ek"):
        the full stop read as the colon it stands for (the same length: every span is still
        the text's)."""
        chars: list[str] | None = None
        for mt in _INTRO_FULL_STOP.finditer(text):
            after = text[mt.end() :].lstrip()
            first = after.split("\n", 1)[0].split()
            if not first or not any(self.lex.role_of(" ".join(first[:n])) for n in (1, 2)):
                continue
            if chars is None:
                chars = list(text)
            chars[mt.start("stop")] = ":"
        return text if chars is None else "".join(chars)

    def _walk(self, text: str, progress: Callable[[int, int], None] | None = None) -> Walk:
        out = Walk()
        ctx = Context()
        self._card_end: int | None = None  # where the last photo card read ends
        text = self.unflatten.entries(text)
        # "marjut.kuosma(AT)gmail.com": an address written round a spam filter is one word, not
        # a parenthesis inside the entry's ("[AT]", the same length: every span is the text's)
        text = _OBFUSCATED_AT.sub(lambda mt: f"[{mt.group()[1:-1]}]", text)
        text = self._intro_colons(text)
        text = self._terms_in_labels(text)
        text = self._bullets_apart(text)
        text = _numbered_run_apart(text)
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
            for part in self._split_after_label(text, p):
                self._paragraph(text, part, ctx, out)
            if progress is not None:
                progress(p.end, len(text))
            k += 1
        self._close_group(ctx)
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
            seats = [x for x in seats if not any(a <= x.person.start < b for a, b in glued)]
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
        self._board_meeting_present(text, out)
        self._names_then_placed_posts(text, out)
        self._present_absent_columns(text, out)
        self._member_deputy_columns(text, out)
        self._plural_role_names(text, out)
        self._post_and_body_cards(text, out)
        self._body_over_caption(text, out)
        self._counted_composition(text, out)
        self._party_item_run(text, out)
        self._name_lines_with_organisations(text, out)
        self._present_members_column(text, out)
        self._comma_role_run(text, out)
        self._members_and_bracketed_deputies(text, out)
        self._present_and_absent_member_labels(text, out)
        self._dashed_office_runs(text, out)
        self._marked_names(text, out)
        self._members_section(text, out)
        self._sent_by_label(text, out)
        self._accepted_proposals(text, out)
        self._deputies_in_parentheses(text, out)
        self._said_deputies_in_parentheses(text, out)
        self._member_deputy_pairs_in_prose(text, out)
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
        self._chosen_from_among(text, out)
        self._generic_bodies(text, out)
        self._after_the_list(text, out)
        self._roles_after_names(text, out)
        self._posts_over_names(text, out)
        self._homes_after_listed_names(text, out)
        self._members_of_line_end(text, out)
        self._wrapped_caption(text, out)
        self._som_role_clauses(text, out)
        self._som_role_first(text, out)
        self._seats_in_associations(text, out)
        self._role_becomes_clauses(text, out)
        self._said_to_have_died(text, out)
        self._seat_runs_in_prose(text, out)
        self._seats_in_a_meeting(out)
        self._officers_before_the_others(text, out)
        self._treasurers(text, out)
        self._declined_reelection(text, out)
        self._list_named_after(text, out)
        self._taking_office_later(text, out)
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
        self._glued_email_table(text, out)
        self._run_on_name_pairs(text, out)
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
        self._opener_superseded(text, out)
        self._association_board(text, out)
        self._signed_names_then_titles(text, out)
        self._member_deputy_pairs_run_on(text, out)
        ApartReader(self).read(text, out)
        self._one_person_with_and_without_hyphen(out)
        self._officer_of_a_bare_genitive_body(text, out)
        self._compound_body_as_written(text, out)
        self._most_specific(out)
        if progress is not None:
            progress(len(text), len(text))
        return out

    @staticmethod
    def _compound_body_as_written(text: str, out: Walk) -> None:
        """ "Seurakunnan neuvoston jäsenet ovat: …" on a page that otherwise writes the body as
        one word ("Seurakunnanneuvoston tehtävät"): a body named by a genitive and a body
        word apart is the one compound the page writes, and is named so."""
        folded = text.casefold()
        names: dict[str, str] = {}
        for f in out.findings:
            if f.kind != "membership" or f.target is None:
                continue
            words = f.target.name.split()
            if len(words) != 2 or not words[0].endswith("n") or not words[1].islower():
                continue
            joined = words[0].casefold() + words[1]
            if re.search(rf"(?<![\w-]){re.escape(joined[:-1])}\w*", folded) is None:
                continue
            names[f.target.name] = joined[:1].upper() + joined[1:]
        for f in out.findings:
            if f.kind == "membership" and f.target is not None and f.target.name in names:
                f.target = replace(f.target, name=names[f.target.name])

    def _association_board(self, text: str, out: Walk) -> None:
        """An association's page in Finnish that names its board by the bare word: the
        association's officer elected with the board's members is the board's officer; the
        officers of a report's header line, of the signature of a chair's letter, and the
        people a sentence adds to the board are the board's."""
        if self.lex.lang != "fi":
            return
        self._officer_with_the_board(out)
        board = self._page_board(text, out)
        if board is None:
            return
        self._board_additions(text, board, out)
        self._header_officers(text, board, out)
        self._signed_office(text, board, out)
        self._opening_officers(text, board, out)

    def _officer_with_the_board(self, out: Walk) -> None:
        """ "Yhdistyksen puheenjohtajaksi valittiin A ja hallituksen jäseniksi B, C …": an
        officer of the association, named by a bare word, in the sentence that elects the
        board's members is the board's officer."""
        board = self.lex.board.casefold()
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.role not in ("chair", "vice_chair", "secretary")
                or f.target is None
                or f.target.kind in ("body", "board", "city_board")
                or not _BARE_ASSOCIATION.fullmatch(f.target.written.strip())
            ):
                continue
            same = [
                g.target
                for g in out.findings
                if g is not f
                and g.kind == "membership"
                and g.quote == f.quote
                and g.target is not None
                and g.target.name.casefold() == board
            ]
            if same:
                f.target = replace(same[0], name=self.lex.board)

    def _page_board(self, text: str, out: Walk) -> Mention | None:
        """The board of the page, when it names one by the bare word and gives seats in no
        other body: the body of its seats (held, ended or to come), else the bare word."""
        board = self.lex.board.casefold()
        seats = [f.target for f in out.findings if f.kind == "membership" and f.target is not None]
        if any(t.name.casefold().split()[-1:] != [board] for t in seats):
            return None
        if seats:
            return replace(seats[0], name=self.lex.board)
        mt = _BARE_BOARD.search(text)
        if mt is None:
            return None
        return Mention(mt.start(), mt.end(), mt.group(), self.lex.board, "body", 0.5)

    def _unseated(self, out: Walk, person: Mention) -> bool:
        key = " ".join(sorted(person.name.casefold().split()))
        return not any(
            f.kind == "membership" and " ".join(sorted(f.actor.name.casefold().split())) == key
            for f in out.findings
        )

    def _opening_officers(self, text: str, board: Mention, out: Walk) -> None:
        """A news text that opens on officers by their bare posts, with no body named ("
        Puheenjohtaja Aino Ek ja varapuheenjohtaja Bo Lind tapasivat …"): the officers of
        the page's board. Not in minutes, nor for a name with a seat already."""
        if _MINUTES_WORD.search(text):
            return
        mt = _OPENING_OFFICERS.match(text)
        if mt is None:
            return
        for r, n in (("r1", "n1"), ("r2", "n2")):
            if mt.group(n) is None:
                continue
            role = self.lex.role_of(mt.group(r).casefold())
            person = self._person_in(text, mt.start(n), mt.end(n))
            if role not in ("chair", "vice_chair", "secretary") or person is None:
                continue
            if not self._unseated(out, person):
                continue
            out.findings.append(
                Finding("membership", person, role, board, (mt.start(r), mt.end(n)), 0.6,
                        "opening-officer")
            )  # fmt: skip

    def _title_in_another_organisation(self, text: str, out: Walk) -> None:
        """ "Sotaveteraanien Liiton pääsihteeri Aino Ek on kirjoittanut …": an office written
        after an organisation's genitive is the person's title there, no office in the body
        the sentence reader took from the page (a meeting's board, the context's body).
        Kept when the seat is in that organisation (or its board, named with it)."""
        if self.lex.lang != "fi":
            return
        drop: list[Finding] = []
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.rule != "text-role-before"
                or f.role not in ("chair", "vice_chair", "secretary")
                or f.target is None
                or f.target.kind == "ngo"
            ):
                continue
            word = re.search(r"(\S+)[ \t]+$", text[max(0, f.actor.start - 40) : f.actor.start])
            if word is None or self.lex.role_of(word.group(1).casefold()) != f.role:
                continue
            at = f.actor.start - len(word.group())
            toks = tokens(text, max(0, at - 80), at)
            orgs = [o for o in self.reader.organisations(toks) if not text[o.end : at].strip()]
            federation = _FEDERATION_GENITIVE.search(text, max(0, at - 60), at)
            if (
                not orgs
                and federation is not None
                and f.role == "chair"
                and not (federation.start() <= f.target.start < at)
                and federation.group(1).casefold()[:-6] not in f.target.name.casefold()
            ):
                # "Voimisteluliiton puheenjohtaja Aino Ek": a federation's chair (one word, a
                # compound of "liitto" in the genitive), named as its chair, not the page's
                # board's
                name = federation.group(1)[:-6] + "liitto"
                f.target = Mention(
                    federation.start(1), federation.end(1), federation.group(1), name, "ngo", 0.6
                )
                continue
            if not orgs or orgs[-1].start <= f.target.start < at:
                continue
            if orgs[-1].name.casefold().split()[-1][:6] in f.target.name.casefold():
                continue
            drop.append(f)
        if drop:
            out.no_seat += [(f.actor.start, f.actor.end) for f in drop]
            out.findings = [f for f in out.findings if not any(f is d for d in drop)]

    def _person_in(self, text: str, start: int, end: int) -> Mention | None:
        """The person whose name is all of ``text[start:end]``, or None."""
        toks = tokens(text, start, end)
        person = self.reader.person_at(toks, 0, in_list=True) if toks else None
        return person if person is not None and person.end == end else None

    def _board_additions(self, text: str, board: Mention, out: Walk) -> None:
        """ "Hallitusta täydennettiin kauden loppuun seuraavasti: Alue: A, Yhdistys ry,
        varsinainen jäsen. B, Yhdistys ry, varajäsen.": the entries after a lead-in that says
        the board was completed or elected, each a name, what it comes from and its seat."""
        for lead in _BOARD_ADDED.finditer(text):
            stop = text.find("\n", lead.end())
            stop = len(text) if stop < 0 else stop
            for mt in _ADDED_ENTRY.finditer(text, lead.end(), stop):
                role = self.lex.role_of(mt.group("seat"))
                if role not in ("member", "deputy_member"):
                    continue
                person = self._person_in(text, mt.start("name"), mt.end("name"))
                if person is None or not self._unseated(out, person):
                    continue
                out.findings.append(
                    Finding("membership", person, role, board, (mt.start("name"), mt.end()),
                            0.6, "board-added")
                )  # fmt: skip

    def _header_officers(self, text: str, board: Mention, out: Walk) -> None:
        """ "Puheenjohtaja: A. Toiminnanjohtaja: B." on a line of its own near the top of a
        report: the chair (vice chair, secretary) of the page's board; staff hold no seat."""
        if _MINUTES_WORD.search(text):
            return
        for line in lines(text)[:4]:
            items = list(_OFFICE_ITEM.finditer(line.text))
            if not items or "".join(m.group() for m in items).strip() != line.text.strip():
                continue
            for mt in items:
                role = self.lex.role_of(mt.group("office"))
                if role not in ("chair", "vice_chair", "secretary"):
                    continue
                a = line.start + mt.start("name")
                person = self._person_in(text, a, line.start + mt.end("name"))
                if person is None or not self._unseated(out, person):
                    continue
                out.findings.append(
                    Finding("membership", person, role, board,
                            (line.start + mt.start(), line.start + mt.end()), 0.6,
                            "header-officer")
                )  # fmt: skip

    def _signed_office(self, text: str, board: Mention, out: Walk) -> None:
        """A letter that ends in its writer's name and office ("A" over "Puheenjohtaja", or
        "A / puheenjohtaja"): the writer holds that office of the page's board. Minutes'
        signatures and letters of two signers are no such letter."""
        if _MINUTES_WORD.search(text):
            return
        tail = [ln for ln in lines(text) if ln.text.strip()][-3:]
        if len(tail) < 2:
            return
        last = tail[-1]
        one = re.fullmatch(r"\s*(?P<name>[^/,\n]+?)\s*[/,]\s*(?P<office>\w+)\s*", last.text)
        if one is not None:
            name_at = (last.start + one.start("name"), last.start + one.end("name"))
            office = one.group("office")
            before = tail[-2]
        else:
            named = tail[-2]
            stripped = named.text.strip()
            a = named.start + named.text.index(stripped) if stripped else named.start
            name_at = (a, a + len(stripped))
            office = last.text.strip()
            before = tail[-3] if len(tail) >= 3 else None
        role = self.lex.role_of(office)
        if role not in ("chair", "vice_chair", "secretary"):
            return
        if (
            before is not None
            and len(before.text.split()) <= 4
            and (
                self.lex.role_of(before.text.strip())
                or self._person_in(
                    text,
                    before.start + len(before.text) - len(before.text.lstrip()),
                    before.start + len(before.text.rstrip()),
                )
            )
        ):
            return  # two signers, or an office over a name: not one writer's letter
        person = self._person_in(text, *name_at)
        if person is None or not self._unseated(out, person):
            return
        out.findings.append(
            Finding("membership", person, role, board, (name_at[0], last.end), 0.6,
                    "signed-office")
        )  # fmt: skip

    def _renewed_trust(self, text: str, out: Walk) -> None:
        """ "A, B och C fick förnyat förtroende": a sentence that is nothing but a list of
        names before those words says they were elected again, as members of the body whose
        seats the text gave just before (within the paragraph before, a held seat)."""
        for mt in _RENEWED_TRUST.finditer(text):
            start = self._sentence_start(text, mt.start())
            for glued in _GLUED_SENTENCE_END.finditer(text, start, mt.start()):
                start = glued.end()  # "… sitt uppdrag.Aino Ek, Bo Lind …": no space after it
            toks = tokens(text, start, mt.start())
            people: list[Mention] = []
            i = 0
            while i < len(toks):
                if people and toks[i].text in (",", "och", "samt"):
                    i += 1
                    continue
                if people and toks[i].text == "från":
                    # "A från Norrviks kvinnojour, Umeå och B från …": where each is from,
                    # up to the next name after a comma or "och"
                    i += 1
                    while i < len(toks) and not (
                        toks[i - 1].text in (",", "och")
                        and self.reader.person_at(toks, i, in_list=True) is not None
                    ):
                        i += 1
                    continue
                person = self.reader.person_at(toks, i, in_list=True)
                if person is None:
                    break
                people.append(person)
                while i < len(toks) and toks[i].start < person.end:
                    i += 1
            if i < len(toks) or not people:
                continue
            before = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and start - 400 <= f.actor.end <= start
            ]
            if not before:
                continue
            body = max(before, key=lambda f: f.actor.end).target
            held = {self._cover_key(f) for f in out.findings if f.kind == "membership"}
            for person in people:
                if " ".join(sorted(person.name.casefold().split())) not in held:
                    out.findings.append(
                        Finding("membership", person, "member", body, (start, mt.end()), 0.6,
                                "renewed-trust")
                    )  # fmt: skip

    def _cover_page(self, text: str, out: Walk) -> None:
        """A Swedish minutes' cover page flattened onto a run of words ("Beslutande Aino Berg
        (S), ordförande Bo Lind (M) Eva Ek (S) ersättare för Olle Holm (S) Övriga deltagande
        … Ej tjänstgörande ersättare Per Ek (C) …"): the people of the "Beslutande" section are
        members of the minutes' body (an office after a name theirs), one serving "ersättare
        för" another a deputy and the member named after it a member; the people of a deputies'
        section ("Ej tjänstgörande", "Ersättare:") and those tagged "ej tjg ers" among the
        others present are deputies. Meeting officers, staff and signatures give no seats. The
        body is the one the minutes name (a "Forum" / "Organ" label, the cover's first line, the
        page's heading, or "Xs beslut"); nothing without one, nor when the minutes' own
        reading of their columns found the people already. Once the cover is read, what it
        says of its people stands: other readings of the same people's seats in the body (the
        signatures, a repeated cover, an office read from the next name's label) are dropped,
        as are names read from its labels."""
        if any(f.rule.startswith("minutes") for f in out.findings):
            return
        stacks = self._cover_stacks(text, list(_COVER_LABEL.finditer(text)))
        for first, head in enumerate(stacks):
            if not any(mt.group("members") for mt in head) and not (
                len(head) == 1 and head[0].group("place")
            ):
                continue
            cover = [st for st in stacks[first:] if st[0].start() < head[0].start() + 2500]
            read, found, named = self._cover_sections(text, cover)
            if any(f.role != "deputy_member" for f in found):
                break  # ("Beslutande ... 2" in a table of contents: no one named, the next)
        else:
            return
        deputies = {self._cover_key(f) for f in found if f.role == "deputy_member"}
        starred = [
            f for f in found if f.role == "member" and _COVER_STAR.search(text, 0, f.actor.start)
        ]
        if any(self._cover_key(f) in deputies for f in starred):
            # "Beslutande A B *C *D, , kl E" with C also among the deputies present on the
            # cover: the star marks the deputies serving in a member's seat, all of them
            for f in starred:
                f.role = "deputy_member"
            deputies |= {self._cover_key(f) for f in starred}
        found = [
            f for f in found if f.role == "deputy_member" or self._cover_key(f) not in deputies
        ]
        if not any(f.role == "chair" for f in found):
            # "Paragraf A, Ordförande B, Sekreterare C, Justerare": the chair's signature with
            # the office after the name gives a deciding member the chair
            # (the signed name's words: "Paragraf A Berg" holds the label before the name)
            signed = [set(mt.group(1).casefold().split()) for mt in _SIGNED_AS_CHAIR.finditer(text)]
            # "Sekreterare Ordförande. Aino Berg.. Bo Lind": the two signing lines' labels
            # printed before their names, in the same order
            signed += [
                set((mt.group("chair") or mt.group("chair2")).casefold().split())
                for mt in _SIGNED_LABELS_FIRST.finditer(text)
            ]
            chairs = [
                f
                for f in found
                if f.role == "member"
                and any(set(self._cover_key(f).split()) <= names for names in signed)
            ]
            if len(chairs) == 1:
                chairs[0].role = "chair"
        seen: set[tuple[str, str]] = set()
        kept: list[Finding] = []
        for f in found:
            if (self._cover_key(f), f.role) not in seen:
                seen.add((self._cover_key(f), f.role))
                kept.append(f)
        body = found[0].target.name.casefold() if found[0].target else ""
        words = [set(p.name.casefold().split()) for p in named if len(p.name.split()) > 1]
        marks = [(mt.start(), mt.end()) for st in cover for mt in st]

        # "Beslutande ledamöter Samtliga ledamöter med undantag av A (S) …": all members
        # decide, so the chair signing ("Ordförande Bo Lind") is the body's
        all_but = any(
            _ALL_MEMBERS_BUT.match(text, mt.end())
            for st in cover
            for mt in st
            if mt.group("members")
        )
        # "Aino Berg, kommunsekreterare": an official's title among the others present
        staff = {
            " ".join(sorted(p.name.casefold().split()))
            for p in named
            if _STAFF_SECRETARY.match(text, p.end)
        }

        def superseded(f: Finding) -> bool:
            if any(a <= f.actor.start < b for a, b in read):
                return True
            if any(f.actor.start < b and a < f.actor.end for a, b in marks):
                return True  # "Paragrafer Underskrifter": labels, no name
            if f.role == "secretary":
                # "Sekreterare Aino Berg" signing: the body's secretary may be, not an official
                return self._cover_key(f) in staff
            if (
                f.role == "chair"
                and all_but
                and re.search(
                    r"\bOrdförande[ \t]*:?[ \t]*\Z",
                    text[max(0, f.actor.start - 30) : f.actor.start],
                )
            ):
                return False
            target = f.target.name.casefold() if f.target else ""
            if not (target.startswith(body) or body.startswith(target)) or not target:
                return False
            have = set(f.actor.name.casefold().split())
            return any(w <= have for w in words)

        out.findings = [f for f in out.findings if f.kind != "membership" or not superseded(f)]
        out.findings += kept
        out.no_seat += read  # the staff and the others present: nor a guess of the tagger's

    @staticmethod
    def _cover_stacks(text: str, labels: list[re.Match[str]]) -> list[list[re.Match[str]]]:
        """A cover page's labels grouped where they follow each other with nothing between
        ("Beslutande Övriga närvarande Ersättare Tjänstemän Aino Berg (S) …": a table's
        column heads printed before its names)."""
        stacks: list[list[re.Match[str]]] = []
        for mt in labels:
            if stacks and not text[stacks[-1][-1].end() : mt.start()].strip(" \t\n:"):
                stacks[-1].append(mt)
            else:
                stacks.append([mt])
        return stacks

    def _cover_sections(
        self, text: str, stacks: list[list[re.Match[str]]]
    ) -> tuple[list[tuple[int, int]], list[Finding], list[Mention]]:
        """The spans read, the seats found and the people named in a cover page's sections,
        the first of ``stacks`` its deciding members' label (or the place and time, when the
        members' label is lost); none without a body. Where labels stand together before
        their names, or the names follow the place and time, the names with a party after them
        sit in the first of the labels giving seats ("Beslutande", "Ersättare"); the names
        after them (the staff, "Aino Berg, ekonom") hold none."""
        body = self._cover_body(text, stacks[0][0].start())
        if body is None:
            return [], [], []
        if body.name.isupper():
            # "VÅRD- OCH OMSORGSNÄMNDEN" over each page: the name as the page prints it elsewhere
            printed = next(
                (
                    mt.group()
                    for mt in re.finditer(re.escape(body.name), text, re.I)
                    if not mt.group().isupper()
                ),
                None,
            )
            if printed is not None:
                body = replace(body, name=printed)
        found: list[Finding] = []
        read: list[tuple[int, int]] = []
        named: list[Mention] = []
        columns: list[list[Finding]] = []
        had_members = False
        for k, stack in enumerate(stacks):
            mt = stack[-1]
            end = (
                stacks[k + 1][0].start() if k + 1 < len(stacks) else min(len(text), mt.end() + 600)
            )
            if k + 1 == len(stacks) and stack[0].group("members"):
                # the deciding members' column going on over a page break ("… Eva Ek (M) (S)
                # \n\n3 (40) *Bo Lind Aino Berg …"): the next page's run is the column's too
                line = text.find("\n", mt.end())
                turn = _COVER_NEXT_PAGE.match(text, line) if 0 <= line < end + 200 else None
                if turn is not None:
                    stop = text.find("\n", turn.end())
                    end = min(turn.end() + 600, len(text) if stop < 0 else stop)
            kind = next(
                (g for m in stack for g in ("members", "deputies") if m.group(g)),
                "",
            )
            party = (len(stack) > 1 and kind != "") or (len(stack) == 1 and mt.group("place"))
            if kind == "members" and had_members:
                again = {
                    " ".join(sorted(p.name.casefold().split()))
                    for p in self._cover_people(text, mt.end(), end)
                }
                if not again or not again <= {self._cover_key(f) for f in found}:
                    break  # a second deciding section: another page's, not read
                # (the same people again: the cover repeated on a later page, read as read)
            if mt.group("deputies") and not party:
                # "Ersättare: Aino Ek (S), Bo Lind (M) samt sekreterare …": the staff after
                more = re.search(r"\bsamt\b|;", text[mt.end() : end])
                end = mt.end() + more.start() if more else end
            people = self._cover_people(text, mt.end(), end)
            seats_end = end
            if party:
                tagged, seats_end = self._cover_party_run(text, people, end)
                if not tagged and kind == "members":
                    # "Närvarande Övriga A, SN, ordförande B, FUB C, SRF D, handläggare": no
                    # parties; the members' column is the names with an organisation's or a
                    # committee's abbreviation after them, up to the first without one
                    tagged, seats_end = self._cover_party_run(text, people, end, _COVER_ABBR_TAG)
                    if len(tagged) < 3:
                        tagged, seats_end = [], end
                if not tagged and kind == "members":
                    # "Beslutande Övriga deltagande A B C, tjg ers D E": no parties; the
                    # deciding members' column ends with its serving deputies, listed last
                    tagged, seats_end = self._cover_serving_run(text, people, end)
                people = tagged
                if not kind:
                    after = stacks[k + 1] if k + 1 < len(stacks) else []
                    if len(people) < 3 or not any(m.group("deputies") for m in after):
                        # the place and time, and no column of names before deputies: a venue
                        # ("Konferensrum 105, Ale Kulturrum") names no one
                        read.append((stack[0].start(), end))
                        continue
                    kind = "members"  # the deciding members' label lost
            if not people:
                continue
            if (
                kind == "members"
                and not party
                and people[0].start > mt.end() + 1
                and not re.fullmatch(r"[A-ZÅÄÖ]{1,4}\s*", text[mt.end() : people[0].start])
                and not self._appointed_for(text, mt.end(), people[0].start)
                and not _ALL_MEMBERS_BUT.fullmatch(text, mt.end(), people[0].start)
            ):
                return [], [], []  # "Beslutande vid mötet var …": prose, no cover's column
            if kind or stack[0].group().startswith("Övriga") or party:
                read.append((stack[0].start(), end))  # (the signatures' names: read as they were)
                named += self._cover_people(text, mt.end(), end)
            # "Beslutande ledamöter Ej tjänstgörande ersättare …" printed before the names: the
            # deputies' column follows the members' in the same run
            # (the deputies' label right after the members': "Beslutande Övriga närvarande
            # Ersättare" prints the others' column between)
            column = (
                kind == "members"
                and bool(stack[0].group("members"))
                and len(stack) > 1
                and bool(stack[1].group("deputies"))
            )
            section = self._cover_section(text, kind, people, seats_end, body, column)
            if column and not any(f.role == "deputy_member" for f in section):
                columns.append(section)
            found += section
            named += people  # (as the section's column was cut into names)
            had_members = had_members or kind == "members"
        for section in columns:
            # "Ledamöter Tjänstgörande ersättare A (S) … K (C) L (S) M (M) Ersättare L (S) …":
            # the serving deputies listed after the members, the first of them listed again
            # among the deputies: that one and the names after are the serving deputies
            listed = {self._cover_key(f) for f in found if f.role == "deputy_member"}
            again = [k for k, f in enumerate(section) if self._cover_key(f) in listed]
            if again and again[0] >= 3 and len(section) - again[0] <= 4:
                for f in section[again[0] :]:
                    if f.role == "member":
                        f.role = "deputy_member"
            elif not again and (half := self._cover_halves(text, section)):
                # "Kallade ledamöter För kännedom A (M), ordförande B (S) … J (M) K (M) …": as
                # many deputies as members, the party order starting again with the deputies
                for f in section[half:]:
                    f.role = "deputy_member"
        return read, found, named

    @staticmethod
    def _cover_halves(text: str, section: list[Finding]) -> int:
        """Where the deputies begin in one run of a members' and a deputies' column with no
        mark between them: half way, when the run has an even number of six or more entries
        with a party each, the officers all in the first half, and the second half opening
        with the first one's party (both columns in the same party order); 0 when not."""
        n = len(section)
        if n < 6 or n % 2:
            return 0
        parties = [_COVER_PARTY.match(text, f.actor.end) for f in section]
        if not all(parties):
            return 0
        if any(f.role != "member" for f in section[n // 2 :]) or not any(
            f.role != "member" for f in section[: n // 2]
        ):
            return 0
        first, mid = parties[0], parties[n // 2]
        assert first is not None and mid is not None
        if first.group().strip().casefold() != mid.group().strip().casefold():
            return 0
        return n // 2

    def _appointed_for(self, text: str, start: int, end: int) -> bool:
        """Whether the words between ``start`` and ``end`` name the body that appointed the
        members after them ("Beslutande För Socialnämnden A (S) …"), no prose."""
        mt = re.fullmatch(r"\s*För\s+((?:[\w-]+\s+){0,3}[\w-]+)\s*", text[start:end])
        return mt is not None and self.lex.body_kind(mt.group(1).split()[-1].casefold()) is not None

    def _cover_party_run(
        self, text: str, people: list[Mention], end: int, tag: re.Pattern[str] = _COVER_PARTY
    ) -> tuple[list[Mention], int]:
        """The run of ``people`` with a party after each name ("Aino Berg (S) Bo Lind (M)"; or
        another ``tag``), from the first such, and where it ends: at the next name without
        one."""
        tagged = [bool(tag.match(text, p.end)) for p in people]
        if True not in tagged:
            return [], end
        first = tagged.index(True)
        last = first
        while last < len(people) and tagged[last]:
            last += 1
        return people[first:last], people[last].start if last < len(people) else end

    @staticmethod
    def _cover_serving_run(text: str, people: list[Mention], end: int) -> tuple[list[Mention], int]:
        """The run of ``people`` up to the last one tagged as a serving deputy ("Aino Berg Bo
        Lind, tjg ers Eva Ek"), and where it ends: at the next name; none without such a tag."""
        last = max(
            (k for k, p in enumerate(people) if _COVER_SERVING_TAG.match(text, p.end)), default=-1
        )
        if last < 1:
            return [], end
        run: list[Mention] = []
        for p in people[: last + 1]:
            words = list(re.finditer(r"\S+", text[p.start : p.end]))
            if len(words) not in (4, 6):
                run.append(p)
                continue
            # "Aino Berg Bo Lind": names of two words each with no separator in the column
            for a, b in zip(words[::2], words[1::2], strict=True):
                s, e = p.start + a.start(), p.start + b.end()
                run.append(
                    Mention(s, e, text[s:e], f"{a.group()} {b.group()}", "person", 0.6, "nom")
                )
        return run, people[last + 1].start if last + 1 < len(people) else end

    @staticmethod
    def _cover_key(f: Finding) -> str:
        return " ".join(sorted(f.actor.name.casefold().split()))

    def _cover_section(
        self,
        text: str,
        kind: str,
        people: list[Mention],
        end: int,
        body: Mention,
        column: bool = False,
    ) -> list[Finding]:
        """The seats one section of a cover page gives its ``people`` (``kind`` "members",
        "deputies", or "" for the others present). With ``column`` the deputies' label stands
        after the members' before the names: the names after the last deputy who serves for a
        member ("A (S) ersätter B (S) C (M) D (L)") are the deputies' column."""
        found: list[Finding] = []

        def seat(person: Mention, role: str) -> None:
            found.append(
                Finding("membership", person, role, body, (person.start, person.end), 0.6,
                        "cover-page")
            )  # fmt: skip

        if kind == "members" and (labelled := self._cover_seat_labels(text, people, end)):
            for person, role in labelled:
                seat(person, role)
            return found
        labels = re.match(r"\s*(?:\([\w-]{1,6}\)\s*)?((?:[a-zåäö][\w-]*\s+)*[a-zåäö][\w-]*)",
                          text[people[-1].end : end])  # fmt: skip
        words = labels.group(1).split() if labels else []
        if kind == "" and len(people) > 1 and len(words) >= len(people):
            # "Aino Ek (S) Bo Lind (M) Eva Ek ersättare ersättare sekreterare": the labels of
            # a column detached after its names, one for each in order
            for person, said in zip(people, words, strict=False):
                if self.lex.role_of(said) == "deputy_member":
                    seat(person, "deputy_member")
            return found
        serving = None
        for k, person in enumerate(people):
            after = text[person.end : people[k + 1].start if k + 1 < len(people) else end]
            if kind in ("members", "deputies") and serving is not None:
                seat(person, "member")  # the member the deputy before serves for
                serving = None
                continue
            if kind == "members" and _COVER_NOT_SERVING_TAG.match(after):
                seat(person, "deputy_member")  # "Eva Ek, ej tjänstgörande ersättare"
                continue
            if kind == "members" and _COVER_SERVING_TAG.match(after):
                seat(person, "deputy_member")  # "Eva Ek, tjg ers": serving in a member's seat
                continue
            if kind in ("members", "deputies") and _COVER_SERVES_FOR.search(after):
                if k + 1 < len(people):
                    seat(person, "deputy_member")
                    serving = person
                continue
            if kind == "members":
                role = next(
                    (
                        r
                        for part in re.split(r"[,;()]", after)
                        # ", ordförande S Bo Lind": the next name's party letters after
                        if (r := self.lex.role_of(re.sub(r"\s+[A-ZÅÄÖ]{1,4}$", "", part.strip())))
                        in ("chair", "vice_chair", "member", "deputy_member")
                    ),
                    "member",
                )
                seat(person, role)
            elif kind == "deputies" or _COVER_DEPUTY_TAG.match(after):
                seat(person, "deputy_member")
        pairs = [k for k, f in enumerate(found) if f.role == "deputy_member"]
        if column and kind == "members" and pairs and pairs[-1] + 1 < len(found):
            for f in found[pairs[-1] + 2 :]:
                if f.role == "member":
                    f.role = "deputy_member"
        elif column and kind == "members" and not pairs and len(found) == len(people) > 4:
            # "A (S) ordförande, B (MP), C (S), D (KD) E (S), F (M)": in a run set apart by
            # commas, the first gap without one is where the deputies' column begins
            gaps = [
                "," in text[people[k].end : people[k + 1].start] for k in range(len(people) - 1)
            ]
            if gaps.count(False) == 1 and gaps.index(False) >= 2 and gaps[0]:
                for f in found[gaps.index(False) + 1 :]:
                    if f.role == "member":
                        f.role = "deputy_member"
        return found

    def _cover_seat_labels(
        self, text: str, people: list[Mention], end: int
    ) -> list[tuple[Mention, str]]:
        """The seats of a column of "Name (party)" entries whose labels are printed after the
        last of them, one for each in the same order, with nothing else up to ``end`` ("A (S)
        B (M) C (S) Ordförande vice ordförande ersättare för D"): each entry's role as its
        label says it, a deputy serving for a member named in the label, and that member a
        member too; none when the labels do not match the entries one for one."""
        run, _ = self._cover_party_run(text, people, end)
        if len(run) < 3 or run != people[: len(run)]:
            return []
        at = _COVER_PARTY.match(text, run[-1].end)
        if at is None:
            return []
        pos, labels = at.end(), []
        while (mt := _COVER_SEAT_LABEL.match(text, pos, end)) is not None:
            labels.append(mt)
            pos = mt.end()
        if len(labels) != len(run) or text[pos:end].strip(" \t\n,.:"):
            return []
        if not any(mt.group("role") and self.lex.role_of(mt.group("role")) == "chair"
                   for mt in labels):  # fmt: skip
            return []  # (a run of bare "ledamot" words: no column of seats shown)
        seats: list[tuple[Mention, str]] = []
        for person, mt in zip(run, labels, strict=True):
            if mt.group("serves"):
                seats.append((person, "deputy_member"))
                a, b = mt.span("serves")
                served = next(
                    (p for p in people[len(run) :] if a <= p.start < b),
                    Mention(a, b, text[a:b], " ".join(text[a:b].split()), "person", 0.6, "nom"),
                )
                seats.append((served, "member"))
            else:
                seats.append((person, self.lex.role_of(mt.group("role")) or "member"))
        return seats

    def _cover_people(self, text: str, start: int, end: int) -> list[Mention]:
        """The persons named in one section of a cover page, in order: runs of capitalised
        words set apart by parties in parentheses, organisations in capitals, bodies' names,
        offices and punctuation ("Aino Berg PRO, Ordförande Bo Lind Omsorgsnämnden"); a run of
        four or six words with no separator two names of two words each."""
        toks = tokens(text, start, end)
        spans = [(b.start, b.end) for b in self.reader.bodies(toks)]

        def name_word(t: Token) -> bool:
            return (
                t.is_word
                and t.is_cap
                and not (len(t.text) > 1 and t.text.isupper())
                and not any(a <= t.start < b for a, b in spans)
                and self.lex.role_of(t.text) is None
            )

        def party_letter(k: int) -> bool:
            # "… Höglund L Rolf Hallberg", "ordförande S Aino Berg": a party's letter before a
            # first name, or opening a run; "Lena O Jenemark": an initial
            return (
                len(toks[k].text) == 1
                and toks[k].text.isupper()
                and k + 1 < len(toks)
                and name_word(toks[k + 1])
                and (
                    k == 0
                    or not name_word(toks[k - 1])
                    or m.FIRST_NAME in self.reader._classes(toks[k + 1].text)
                )
            )

        skip = {k for k in range(len(toks)) if party_letter(k)}

        people: list[Mention] = []
        i = 0
        while i < len(toks):
            if not name_word(toks[i]) or i in skip:
                i += 1
                continue
            j = i + 1
            while (
                j < len(toks)
                and name_word(toks[j])
                and j not in skip
                and toks[j].start - toks[j - 1].end <= 1
            ):
                j += 1
            run = toks[i:j]
            # (also a longer even run, "A B C D E F G H": four names or more run together)
            even = len(run) >= 4 and len(run) % 2 == 0
            pairs = self._name_pairs(run) if even else []
            if not pairs and even:
                # names of two words with no separator, whatever first names are known
                pairs = [
                    Mention(a.start, b.end, text[a.start : b.end], f"{a.text} {b.text}",
                            "person", 0.6, "nom")
                    for a, b in zip(run[::2], run[1::2], strict=True)
                ]  # fmt: skip
            if pairs:
                people += pairs
            elif (
                len(run) == 2
                and run[0].text.casefold() in _SV_MONTHS
                and _COVER_PARTY.match(text, run[1].end)
                and self.reader.person_at(run, 0, in_list=True) is None
            ):
                # "Maj Holmström (M)": a month's name is written in lower case, so one in
                # capitals before a surname and a party is a first name
                a, b = run
                people.append(
                    Mention(a.start, b.end, text[a.start : b.end], f"{a.text} {b.text}",
                            "person", 0.6, "nom")
                )  # fmt: skip
            elif len(run) >= 5 and len(run) % 2 and (split := self._cover_split(text, run)):
                people += split
            else:
                k = 0
                while k < len(run):
                    person = self.reader.person_at(run, k, in_list=True)
                    if person is None:
                        k += 1
                        continue
                    people.append(person)
                    while k < len(run) and run[k].start < person.end:
                        k += 1
            i = j
        return people

    def _cover_split(self, text: str, run: list[Token]) -> list[Mention]:
        """An odd run of five or more capitalised words with nothing between them in a Swedish
        cover's column ("Aino Berg Eva Lind Holm Sven-Erik Nilsson"), cut into names of two or
        three words, the cut that reads best: a name opens with a known first name, a
        hyphenated one ("Sven-Erik") or one ending in -a ("Eva"), and ends with a surname's
        ending ("-sson", "-berg", "-ström"); such a surname opening a name, a first name
        inside one and a name of three words count against the cut. None for a Finnish
        text, nor unless the words are one space apart."""
        if self.reader.finnish or any(b.start - a.end != 1 for a, b in itertools.pairwise(run)):
            return []
        words = [t.text for t in run]

        def first(w: str) -> float:
            score = 0.0
            if m.FIRST_NAME in self.reader._classes(w):
                score += 2
            if re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+-[A-ZÅÄÖ][a-zåäöé]+", w):
                score += 1
            if len(w) > 3 and w.endswith("a"):
                score += 1
            if _SV_SURNAME_END.search(w):
                score -= 3
            return score

        def inner(w: str) -> float:
            score = 0.0
            if self.reader._classes(w) == {m.FIRST_NAME}:
                score -= 2
            if "-" in w:
                score -= 1.5
            if len(w) > 3 and w.endswith("a"):
                score -= 1
            return score

        def name(a: int, b: int) -> float:
            score = first(words[a]) + sum(inner(w) for w in words[a + 1 : b])
            if _SV_SURNAME_END.search(words[b - 1]):
                score += 1
            return score - (1.5 if b - a == 3 else 0)

        n = len(words)
        best: list[tuple[float, list[int]] | None] = [None] * (n + 1)
        best[0] = (0.0, [])
        for b in range(2, n + 1):
            options = [
                (prev[0] + name(b - size, b), [*prev[1], b - size])
                for size in (2, 3)
                if b - size >= 0 and (prev := best[b - size]) is not None
            ]
            best[b] = max(options, key=lambda o: o[0]) if options else None
        done = best[n]
        if done is None:
            return []
        cuts = [*done[1], n]
        names = [words[a:b] for a, b in itertools.pairwise(cuts)]
        if any(inner(w) < 0 for name_ in names for w in name_[1:]):
            return []  # "Erik Lund Maria Olof Strand": which words make which name not shown
        shown = [
            bool(_SV_SURNAME_END.search(a[-1])) or first(b[0]) > 0
            for a, b in itertools.pairwise(names)
        ]
        if shown.count(False) > (len(names) - 1) // 4:
            return []  # most cuts between names must be shown by a surname or a first name
        out: list[Mention] = []
        for a, b in itertools.pairwise(cuts):
            s, e = run[a].start, run[b - 1].end
            out.append(Mention(s, e, text[s:e], " ".join(words[a:b]), "person", 0.6, "nom"))
        return out

    def _cover_body(self, text: str, at: int) -> Mention | None:
        """The body whose minutes a cover page at ``at`` opens: the one a "Forum" / "Organ"
        label names, else the one named on the cover's line before ``at``, in the page's first
        lines, or as the owner of the minutes' decisions ("Kultur- och fritidsutskottets
        beslut"); None when none is."""
        labelled = self._minutes_body(text)
        if labelled is not None:
            return labelled
        line = text.rfind("\n", 0, at) + 1
        windows = [(line, at), (0, min(len(text), 300))]
        if (shown := _TRANSCRIPT.search(text, 0, 600)) is not None:
            # "Download "…" / Transkript": a rehosted document's text begins after the host's
            # header; its first lines are those after it
            windows.append((shown.end(), min(len(text), shown.end() + 300)))
        for a, b in windows:
            for x in self.reader.bodies(tokens(text, a, b)):
                if not x.plural and x.case in ("", "nom", "gen"):
                    return replace(x, name=x.name[:1].upper() + x.name[1:])
        for mt in _OWNERS_DOCUMENT.finditer(text):
            s = max(text.rfind("\n", 0, mt.start()), mt.start() - 80)
            for x in self.reader.bodies(tokens(text, s, mt.start() + 1)):
                if x.end == mt.start() + 1 and not x.plural:
                    name = x.name[:-1] if x.name == x.written else x.name
                    words = name.split()
                    # "nämnden för arbete och välfärds protokoll": the head word first
                    head = words[0] if len(words) > 2 and words[1] == "för" else words[-1]
                    if self.lex.body_kind(head.casefold()) is not None:
                        return replace(x, name=name[:1].upper() + name[1:])
        return self._certificate_body(text) or self._diary_body(text)

    def _diary_body(self, text: str) -> Mention | None:
        """The committee whose abbreviation the minutes' diary numbers are prefixed with ("BUN
        2018/41", "Dnr SBN 2020/123", "14KFN"), for minutes that name their body in no words:
        the abbreviation most of the numbers have (none on a tie between two committees, nor
        for an abbreviation the lexicon does not know)."""
        known = dict(self.lex.diary_bodies)
        if not known:
            return None
        seen: dict[str, list[re.Match[str]]] = {}
        for mt in _DIARY_NUMBER.finditer(text):
            abbr = mt.group("abbr") or mt.group("glued")
            if abbr in known:
                seen.setdefault(abbr, []).append(mt)
        if not seen:
            return None
        counts = sorted((len(v) for v in seen.values()), reverse=True)
        if len(counts) > 1 and counts[0] == counts[1]:
            return None
        abbr, found = max(seen.items(), key=lambda kv: len(kv[1]))
        name = known[abbr]
        a, b = found[0].span("abbr") if found[0].group("abbr") else found[0].span("glued")
        kind = self.lex.body_kind(name.split()[-1].casefold()) or "body"
        return Mention(a, b, abbr, name, kind, 0.6)

    def _certificate_body(self, text: str) -> Mention | None:
        """The body a minutes' certificate of posting names after its "Beslutsinstans" /
        "Beslutande organ" label: right after it, or, where the certificate's labels are
        printed before their values ("Beslutsinstans Sammanträdesdatum Förvaringsplats för
        protokollet … Omsorg och Vård Underskrift"), the first value after them. A name
        without a body's head word ("Omsorg och Vård") is taken when its words are
        capitalised and nothing but a label or the text's end follows it."""
        for mt in _CERT_BODY.finditer(text):
            at = mt.end()
            while skip := _CERT_SKIP.match(text, at):
                at = skip.end()
            value = _CERT_VALUE.match(text, at)
            if value is None:
                continue
            words = value.group().split()
            stop = next((k for k, w in enumerate(words) if _CERT_END.fullmatch(w)), len(words))
            while stop and words[stop - 1] in ("och", "för", "i", "med"):
                stop -= 1
            words = words[:stop]
            if not words:
                continue
            name = " ".join(words)
            kind = self.lex.body_kind(words[-1].casefold())
            if kind is None and len(words) > 2 and words[1] in ("för", "i"):
                kind = self.lex.body_kind(words[0].casefold())  # "Nämnden för …"
            if kind is None:
                rest = text[at + len(name) :].lstrip(" \t,")
                if not all(
                    w[:1].isupper() or w in ("och", "för", "i", "med") for w in words
                ) or not (rest == "" or _CERT_END.match(rest)):
                    continue
                kind = "board"
            if text[at : at + len(name)] != name:
                continue
            return Mention(at, at + len(name), name, name, kind, 0.6)
        return None

    def _label_after_name(self, text: str, out: Walk) -> None:
        """ "Sekreterare: A Berg och B Lind Kassör: C Ek" run on: the capitalised word before
        the next label's colon is that label's, no part of the name before it."""
        for f in out.findings:
            words = f.actor.written.split()
            if (
                f.kind != "membership"
                or f.actor.kind != "person"
                or self.lex.lang != "sv"
                or len(words) < 3
                or f.actor.name.split()[-1:] != words[-1:]
                or text[f.actor.start : f.actor.end] != f.actor.written
                or not re.match(r"[ \t]*:", text[f.actor.end :])
                or "-" in words[-1]
            ):
                continue
            cut = f.actor.written.rindex(words[-1])
            kept = f.actor.written[:cut].rstrip()
            f.actor = replace(
                f.actor,
                end=f.actor.start + len(kept),
                written=kept,
                name=f.actor.name[: len(f.actor.name) - len(words[-1])].rstrip(),
            )

    def _office_word_before_name(self, out: Walk) -> None:
        """ "Kassör Gerd Sköld Ylikoski" read as one name of a list line: the capitalised
        office word that opens the line is no part of the person's name, nor a greeting that
        opens a sentence ("Välkommen Eva Ek in i styrelsen!")."""
        for f in out.findings:
            words = f.actor.written.split()
            if (
                f.kind != "membership"
                or f.actor.kind != "person"
                or len(words) < 3
                or f.actor.name.split()[:1] != words[:1]
                or not (
                    self.lex.role_of(words[0])
                    or _TREASURER_LINE.fullmatch(words[0])
                    # "Välkommen Eva Ek in i styrelsen!": a greeting opens the sentence
                    or _GREETING.fullmatch(words[0])
                )
            ):
                continue
            cut = f.actor.written.index(words[1])
            f.actor = replace(
                f.actor,
                start=f.actor.start + cut,
                written=f.actor.written[cut:],
                name=f.actor.name[cut:],
            )

    def _not_a_seat_before(self, text: str, start: int) -> bool:
        """Whether the sentence before ``start`` on its line names a post that is no seat
        ("Toimikunnan esittelijä on … Aino Aho", "föredragande är …")."""
        line_start = text.rfind("\n", 0, start) + 1
        before = re.split(r"[.!?]\s", text[line_start:start])[-1]
        return any(self.lex.role_of(w) == "presenter" for w in re.findall(r"\w+", before))

    @staticmethod
    def _numbered_body(text: str, out: Walk) -> None:
        """A body written with its number after it and an office after that ("jaoston 1
        puheenjohtaja", "sektion 2 ordförande"): the number is part of the body's name."""
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.target is None
                or f.role not in ("chair", "vice_chair", "secretary")
                or text[f.target.start : f.target.end] != f.target.written
                or re.search(r"\d$", f.target.name)
            ):
                continue
            num = _BODY_NUMBER.match(text, f.target.end)
            if num is not None:
                f.target = replace(f.target, name=f"{f.target.name} {num.group(1)}")

    @staticmethod
    def _association_owner(text: str, out: Walk) -> None:
        """A body named from its association's legal form on ("ry:n hallitus" out of
        "Kylälän Martat ry:n hallitus") gets the association's name back from the words
        written before it ("Kylälän Martat ry:n hallitus"); its officers are the
        association's ("Kylälän Martat ry") where the page writes an office so ("Kylälän
        Martat ry:n varapuheenjohtajaksi"). With no such words before it, which body it is
        is not guessed and the membership is dropped."""
        owners = [mt.group(1).split() for mt in _OWNER_FORM.finditer(text)]
        distinct = {
            " ".join(o)
            for o in owners
            if not any(len(p) < len(o) and o[-len(p) :] == p for p in owners if len(p) >= 2)
        }
        kept = []
        for f in out.findings:
            form = None
            if f.kind == "membership" and f.target is not None and len(distinct) == 1:
                # (with several associations named so, which one is meant is not guessed)
                form = _FORM_LED.match(f.target.name)
            if form is None:
                kept.append(f)
                continue
            owner = _OWNER_BEFORE.search(text, max(0, f.target.start - 80), f.target.start)
            if owner is None or text[f.target.start : f.target.end].casefold() != (
                f.target.written.casefold()
            ):
                continue
            words = owner.group(1).split()
            # the shortest way the text writes it ("Tiedote Suomen Kylät ry:n …" in a title,
            # "Suomen Kylät ry:n …" in the text): a word before it may be the sentence's
            for other in _OWNER_FORM.finditer(text):
                ow = other.group(1).split()
                if 2 <= len(ow) < len(words) and words[-len(ow) :] == ow:
                    words = ow
            own_offices = re.search(
                r"(?<![\w-])"
                + r"[ \t]+".join(map(re.escape, words))
                + r"[ \t]+(?:ry:n|rf:s)[ \t]+(?:\d\.[ \t]*)?"
                r"(?:varapuheenjohtaj|puheenjohtaj|sihteer|vice[ \t]+ordförande|ordförande)",
                text,
            )
            if f.role in ("chair", "vice_chair", "secretary") and own_offices:
                # "Kylälän Martat ry:n varapuheenjohtajaksi": the page writes the board's
                # offices as the association's
                name = " ".join([*words, form.group(1).lower()])
            else:
                name = " ".join([*words, f.target.name[:1].lower() + f.target.name[1:]])
            f.target = replace(f.target, name=name)
            kept.append(f)
        out.findings = kept

    def _meeting_board_as_written(self, out: Walk) -> None:
        """The board an association's meeting fills, when the page's other seats name it
        without its definite ending ("Styrelse"): one board, written as the page writes it."""
        if self.electing is None:
            return
        written = {
            _definite(f.target.name.casefold()): f.target
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and not self.electing.fullmatch(f.target.written)
            and _definite(f.target.name.casefold()) != f.target.name.casefold()
        }
        for f in out.findings:
            if (
                f.kind == "membership"
                and f.target is not None
                and self.electing.fullmatch(f.target.written)
                and (page := written.get(f.target.name.casefold())) is not None
            ):
                f.target = replace(f.target, name=page.name)

    @staticmethod
    def _seats_until_earlier(text: str, out: Walk) -> None:
        """ "Aino Aho, opiskelija (1.12.2031 saakka)" on a page that speaks of 2032: a seat
        said to last until a year before the latest one the page names is one held before
        (status ``ended``); with no later year on the page, it stands. The date after a
        later name on the line is that name's."""
        years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]
        if not years:
            return
        latest = max(years)
        starts = sorted({g.actor.start for g in out.findings if g.actor.kind == "person"})
        for f in out.findings:
            if f.kind != "membership" or f.status:
                continue
            stop = text.find("\n", f.actor.end)
            stop = stop if stop >= 0 else len(text)
            # "A Org ry, B Org ry ja sihteerinä C (3.12.2021 saakka)": the date is the
            # next name's when one stands between
            later = bisect.bisect_right(starts, f.actor.start)
            if later < len(starts) and starts[later] < stop:
                stop = starts[later]
            until = _UNTIL.search(text, f.actor.end, stop)
            year = int(until.group("year") or until.group("year2")) if until else latest
            if year < latest:
                f.status = "ended"
                f.note = (f.note + " " if f.note else "") + f"The seat lasted until {year}."

    def _new_chair_replaces(self, text: str, out: Walk) -> None:
        """ "Ordföranden Ulla Ek hälsade … Till ny ordförande valdes Bo Lind": a new chair
        elected replaces the chair the page names otherwise in that body, whose seat is
        then one held before (status ``ended``)."""
        chairs = [
            f
            for f in out.findings
            if f.kind == "membership" and f.role == "chair" and f.target is not None
        ]
        for f in chairs:
            begin = max(text.rfind(". ", 0, f.actor.start), text.rfind("\n", 0, f.actor.start))
            # (or right after the name: "Bo Lind blev ny ordförande")
            after = _NEW_CHAIR_AFTER.match(text, f.actor.end)
            if f.status or not (
                _NEW_CHAIR.search(text, max(begin, 0), f.actor.start) or after is not None
            ):
                continue
            assert f.target is not None
            mine = " ".join(sorted(f.actor.name.casefold().split()))
            for g in chairs:
                assert g.target is not None
                if (
                    g.status
                    or g.target.name.casefold() != f.target.name.casefold()
                    or " ".join(sorted(g.actor.name.casefold().split())) == mine
                ):
                    continue
                g.status = "ended"
                g.note = (g.note + " " if g.note else "") + (
                    f"A new chair, {f.actor.name}, was elected: the seat is held no more."
                )

    def _board_until_the_meeting(self, text: str, out: Walk) -> None:
        """ "Styrelseledamöter fram till stämman var A … Ersättare var B. Styrelseledamöter
        efter stämman är C …": an annual report's board before the meeting, then after it.
        The seats read from the sentence that says "fram till stämman" up to the one that says
        "efter stämman" are held no more (nothing changes when the page gives no board after
        the meeting)."""
        for until in _UNTIL_THE_MEETING.finditer(text):
            after = _AFTER_THE_MEETING.search(text, until.end())
            if after is None:
                continue
            begin = self._sentence_start(text, until.start())
            end = self._sentence_start(text, after.start())
            if end <= begin or "\n\n" in text[until.end() : end]:
                continue  # (the board after the meeting in another paragraph: not this one)
            for f in out.findings:
                if f.kind == "membership" and not f.status and begin <= f.actor.start < end:
                    f.status = "ended"
                    f.note = (f.note + " " if f.note else "") + (
                        "A seat until the meeting: the page gives the board after it."
                    )

    def _opener_superseded(self, text: str, out: Walk) -> None:
        """ "Vice ordförande Anna Berg hälsade … välkomna" or "Ordförande, Bo Lind, öppnade
        årsmötet", then the board the meeting elected: the office of the one who opened the
        meeting is the outgoing board's. When the page later gives at least two seats held in
        the same body, the opener's office gives way: the person holds the seat the new board
        gives when it names the person, the office no more when another person holds it in
        the new board's list or run of names."""

        def key(name: str) -> str:
            return " ".join(sorted(name.casefold().split()))

        for f in list(out.findings):
            if (
                f.kind != "membership"
                or f.status
                or f.target is None
                or f.role not in ("chair", "vice_chair", "secretary")
                or not _OPENED_MEETING.match(text, f.actor.end)
            ):
                continue
            body = _without_definite_ending(f.target.name.casefold())
            stop = text.find(".", f.actor.end)
            stop = stop if stop >= 0 else len(text)
            later = [
                g
                for g in out.findings
                if g is not f
                and g.kind == "membership"
                and not g.status
                and g.target is not None
                and g.actor.start > stop
                and _without_definite_ending(g.target.name.casefold()) == body
            ]
            if len(later) < 2:
                continue
            mine = key(f.actor.name)
            # (a quote that names an officer's post may give the person one: not read here)
            named = [
                g
                for g in later
                if f.actor.written in text[g.quote[0] : g.quote[1]]
                and not any(
                    self.lex.role_of(w) in ("chair", "vice_chair", "secretary")
                    for w in re.findall(r"[\w-]+", text[g.quote[0] : g.quote[1]])
                )
            ]
            if any(key(g.actor.name) == mine for g in later):
                out.findings.remove(f)
            elif named:
                # (the run's seat for the same person gave way to the office read first)
                k = out.findings.index(f)
                out.findings[k] = replace(
                    f, role="member", quote=named[0].quote, rule=named[0].rule
                )
            elif any(
                g.role == f.role and (g.rule.startswith("list") or g.rule == "name-run")
                for g in later
            ):
                f.status = "ended"
                f.note = (f.note + " " if f.note else "") + (
                    "The office of one who opened the meeting: the board elected after it "
                    "names another."
                )

    def _names_inside_bodies(self, text: str, out: Walk) -> None:
        """ "Special Olympics -johtoryhmän kokoonpano": capitalised words joined by a space and
        a hyphen to a body's word are part of its name, no person, whatever seat a rule read
        for them."""
        spans = [
            (b.start, b.end)
            for line in lines(text)
            for b in self.reader.bodies(tokens(text, line.start, line.end))
            if b.end - b.start > len(b.written.split()[-1])
        ]
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership"
            or f.actor.kind != "person"
            # (the name joined to the body's word by a space and a hyphen)
            or not re.match(r"[ \t]+-[a-zåäö]", text[f.actor.end : f.actor.end + 3])
            or not any(a <= f.actor.start and f.actor.end < b for a, b in spans)
        ]

    def _speaking_seats(self, text: str, out: Walk) -> None:
        """ "Edustaja tulevaisuuslautakunnassa: Sara Suvanto. Varaedustaja …: Emma Kannisto"
        among a youth, older people's or disability council's choices: the council's
        representative in a committee has a speaking seat there, no seat; the person is a
        member of the council whose officers the page names (one such council only)."""
        councils = {
            f.target.name.casefold(): f.target
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and not f.status
            and _INFLUENCE.search(f.target.name.casefold())
        }
        if len(councils) != 1:
            return
        council = next(iter(councils.values()))
        for mt in _SPEAKING_SEAT.finditer(text):
            toks = tokens(text, mt.end(), min(len(text), mt.end() + 60))
            person = self.reader.person_at(toks, 0, in_list=True) if toks else None
            if person is None:
                continue
            key = " ".join(sorted(person.name.casefold().split()))
            mine = [
                f
                for f in out.findings
                if f.kind == "membership"
                and " ".join(sorted(f.actor.name.casefold().split())) == key
            ]
            out.findings = [
                f
                for f in out.findings
                if not (
                    f in mine
                    and mt.start() <= f.actor.start < mt.end() + 60
                    and f.target is not None
                    and f.target.name.casefold() != council.name.casefold()
                )
            ]
            if not any(
                f.target is not None and f.target.name.casefold() == council.name.casefold()
                for f in mine
            ):
                out.findings.append(
                    Finding(
                        "membership",
                        person,
                        "member",
                        council,
                        (mt.start(), person.end),
                        0.55,
                        "list-speaking-seat",
                    )
                )

    def _task_sentences(self, text: str, out: Walk) -> None:
        """ "Till distriktsordförande omvaldes A, Backe. Vice ordförande B, Brunflo. Kassör C,
        Änge. Sekreterare D, Brunflo.": short sentences that each give one post and one name
        after the officers of a body; a post the lexicon has no role for ("Kassör",
        "Studieorganisatörer", "Rahastonhoitaja") is a task held by a member of that body.
        The run ends at the first sentence of another shape."""
        officers = sorted(
            (
                f
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and not f.status
                and f.role in ("chair", "vice_chair", "secretary")
                and f.rule.startswith("text")
            ),
            key=lambda f: f.actor.start,
        )
        taken = [(f.actor.start, f.actor.end) for f in out.findings]
        done: set[int] = set()
        for f in officers:
            if f.actor.start in done:
                continue
            assert f.target is not None
            body = f.target
            stop = _SENTENCE_STOP.search(text, f.actor.end)
            pos = stop.end() if stop else len(text)
            while pos < len(text):
                mt = _TASK_SENTENCE.match(text, pos)
                if mt is None:
                    break
                label = mt.group("label")
                toks = tokens(text, mt.start("rest"), mt.end("rest"))
                person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if person is None or not _PLACE_TAIL.fullmatch(text, person.end, mt.end()):
                    break  # "… Matti Väistö kutsuttiin …": a sentence of its own, no post
                done.add(person.start)
                seen = any(s0 < person.end and person.start < e0 for s0, e0 in taken)
                if (
                    not seen
                    and self.lex.role_of(label) is None
                    and not AUDITOR.search(label)
                    and not self.reader.bodies(tokens(label))
                ):
                    out.findings.append(
                        Finding(
                            "membership",
                            person,
                            "member",
                            body,
                            (mt.start(), mt.end()),
                            0.55,
                            "text-task-sentence",
                        )
                    )
                elif not seen:
                    break
                pos = mt.end()

    def _head_and_vice_posts(self, text: str, out: Walk) -> None:
        """ "Aino Ek, scoutchef", "Bo Lind, vice scoutchef", "Eva Holm, vice scoutchef" among
        a body's list entries: a post the list also gives with "vice" before it is the body's
        head, whatever the word ("scoutchef", "förbundsledare"); the one entry with the post
        is the body's chair, those with the vice post its vice chairs. A post given once with
        no vice post beside it, and a treasurer's post ("kassör", "vice kassör"), is a task of
        a member, as before."""
        posts: dict[str, list[tuple[Finding, str, str]]] = {}
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.role != "member"
                or f.target is None
                or not f.rule.startswith("list")
            ):
                continue
            mt = _ENTRY_POST.match(text, f.actor.end, f.quote[1])
            if mt is None or self.lex.role_of(mt.group("post")) is not None:
                continue
            if mt.group("post").casefold() in self.lex.treasurer:
                continue  # "Bo Ek, kassör", "Eva Lind, vice kassör": a treasurer, no head
            posts.setdefault(f.target.name.casefold(), []).append(
                (f, (mt.group("vice") or "").strip(), mt.group("post").casefold())
            )
        for entries in posts.values():
            heads = {p for _f, vice, p in entries if not vice}
            vices = {p for _f, vice, p in entries if vice}
            for post in heads & vices:
                chairs = [f for f, vice, p in entries if p == post and not vice]
                if len(chairs) != 1:
                    continue
                chairs[0].role = "chair"
                for f, vice, p in entries:
                    if p == post and vice:
                        f.role = "vice_chair"

    def _labelled_runs(self, text: str, out: Walk) -> None:
        """ "Styrelsen fick följande sammansättning: ordförande A, kassör B, ledamöter C, D och
        E, ersättare F och G, revisorer H och I, valberedning J, K och L.": after a
        composition's colon, each label holds the names after it up to the next label: a role
        word its role in the body named before the colon (or the one the rules gave the
        sentence's people), a task in lower case ("kassör") a member's seat there, a body's
        word ("valberedning") members of that body; auditors and labels the lexicon does not
        know hold none. Names the rules read already keep their reading."""
        for colon in _RUN_OPENS.finditer(text):
            start = self._sentence_start(text, colon.start())
            said = self.lex.find_role(text[start : colon.start()])
            if "\n" in text[start : colon.start()] or not (
                self.intro.search(text, start, colon.start()) or (said and said[0] == "member")
            ):
                continue  # ("Hallituksen jäsenten tehtävistä päätettiin seuraavaa: …")
            stop = _SENTENCE_STOP.search(text, colon.end())
            end = stop.start() if stop else len(text)
            if "\n" in text[colon.end() : end]:
                end = text.index("\n", colon.end())
            items = _run_items(text, colon.end(), end)
            if len(items) < 4:
                continue
            own = [
                b for b in self.reader.bodies(tokens(text, start, colon.start())) if not b.plural
            ]
            read = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and colon.end() <= f.actor.start < end
            ]
            main = own[0] if own else (read[0].target if read else None)
            if main is None:
                continue
            main = replace(main, name=main.name[:1].upper() + main.name[1:])
            taken = [(f.actor.start, f.actor.end) for f in out.findings]
            current: tuple[str, Mention] | None = None
            made: list[Finding] = []
            for a, b in items:
                person = self._first_person(text, a, b)
                if person is None and (cap := re.search(r"(?<=\s)[A-ZÅÄÖ]", text[a:b])):
                    # "vuonna 2015 koulutusvastaavana toimii Robin Korhonen": a longer label
                    person = self._first_person(text, a + cap.start(), b)
                if person is not None and _LABEL_WORD.match(person.written):
                    # "Hjärt-evo Barbro Hartzell Engman": a label's word, then the name
                    cut = a + text[a:b].index(" ")
                    person = self._first_person(text, cut, b)
                if person is None:
                    current = None
                    continue
                label = text[a : person.start].strip()
                if label:
                    current = self._run_label(text, a, person.start, main)
                elif current is not None and current[0] in ("chair", "vice_chair", "secretary"):
                    current = None  # one officer to a label
                if current is None or any(
                    s0 < person.end and person.start < e0 for s0, e0 in taken
                ):
                    continue
                role, body = current
                made.append(
                    Finding("membership", person, role, body, (a, b), 0.6, "text-labelled-run")
                )
            out.findings += made

    def _run_label(
        self, text: str, start: int, end: int, main: Mention
    ) -> tuple[str, Mention] | None:
        """What a label before a name in a composition's run gives (see
        :meth:`_labelled_runs`): (role, body), or None for no seat."""
        label = text[start:end].strip()
        if AUDITOR.search(label) or not label[:1].islower():
            return None  # "revisorer", "Hjärt-evo": no seat in the body
        # "vuonna 2015 koulutusvastaavana toimii": the task, with the words that link it
        label = " ".join(w for w in label.split() if not _RUN_LINKING.fullmatch(w))
        if not label:
            return None
        role = self.lex.role_of(label)
        if role is not None:
            return role, main
        found = [b for b in self.reader.bodies(tokens(text, start, end)) if not b.plural]
        if found:
            b = found[0]
            name = _definite(b.name.casefold())
            return "member", replace(b, name=name[:1].upper() + name[1:])
        if _ONE_TASK.fullmatch(label):
            # "kassör", "koulutusvastaavana", "piiri- ja aluetoimintavastaavana": a task held
            # by a member
            return "member", main
        return None

    @staticmethod
    def _meeting_delegates(text: str, out: Walk) -> None:
        """ "Att representera föreningen vid distriktsstämman valdes: A, B och C", "Ombud
        till förbundsstämman är A och B", "Liittokokousedustajiksi valittiin A ja B": people
        sent to a meeting hold no seat in any body, whatever body the text speaks of."""
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership"
            or f.actor.kind != "person"
            or not sent_to_a_meeting(text, f.actor.start)
        ]

    @staticmethod
    def _deputies_run_on(text: str, out: Walk) -> None:
        """ "Styrelsens sammansättning: A, B, C och ersättare D, E, F och G.": the deputies'
        word before the first of the names after it is theirs all, up to the entry's end; the
        names joined to it by commas and "och" alone are deputies too, not members."""
        seats = sorted(
            (f for f in out.findings if f.kind == "membership" and f.target is not None),
            key=lambda f: f.actor.start,
        )
        for k, f in enumerate(seats):
            if f.role != "deputy_member" or f.rule != "list-role-first":
                continue
            assert f.target is not None
            last = f
            for g in seats[k + 1 :]:
                if not _RUN_JOIN.fullmatch(text, last.actor.end, g.actor.start):
                    break
                if g.role != "member" or g.rule != "list-entry" or g.target is None:
                    break
                if g.target.name.casefold() != f.target.name.casefold():
                    break
                g.role = "deputy_member"
                last = g

    def _seats_in_associations(self, text: str, out: Walk) -> None:
        """Swedish: "A fortsätter som ordförande för FSU och B som ordförande för NSU", "C och
        D fortsätter som styrelsemedlemmar i Sibbo Ungdomsförbund": a seat "i" or "för" an
        association named by its name (or by the initials of a name the page gives) is a
        seat in that association, written with its name. The seat replaces what the
        sentences read for the same name with no body or a bare one; a seat to come ("till
        ersättare") is not read here."""
        if self.lex.lang != "sv":
            return
        for mt in _SEAT_IN_ASSOCIATION.finditer(text):
            if _SOM_NOT_HELD.search(mt.group("verbs") or ""):
                continue
            word = mt.group("role").casefold()
            role = self.lex.role_of(word) or self.lex.role_of(re.sub(r"^styrelse", "", word))
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                continue
            org = self._association(text, mt.start("org"), mt.end("org"))
            if org is None:
                continue
            names = [(x.start(), x.end()) for x in re.finditer(_NAME_WORDS, mt.group("names"))]
            for a, b in names:
                ns, ne = mt.start("names") + a, mt.start("names") + b
                toks = tokens(text, ns, ne)
                person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if person is None or person.end != ne:
                    continue
                held = [
                    f
                    for f in out.findings
                    if f.kind == "membership"
                    and f.actor.start < ne
                    and ns < f.actor.end
                    and (f.target is None or self._bare_kind(f.target.name))
                ]
                out.findings = [f for f in out.findings if f not in held]
                out.findings.append(
                    Finding("membership", person, role, org, (mt.start(), mt.end()), 0.6,
                            "som-association")
                )  # fmt: skip

    def _association(self, text: str, start: int, end: int) -> Mention | None:
        """The association a seat's "i" or "för" names: a capitalised name ending in an
        organisation's word ("Sibbo Ungdomsförbund"), or capitals that are the initials of
        such a name on the page ("FSU": "Finlands Svenska Ungdomsförbund"); else None."""
        written = text[start:end]
        if re.fullmatch(r"[A-ZÅÄÖ]{2,5}", written):
            for mt in re.finditer(r"(?<![\w-])(?:[A-ZÅÄÖ][\w-]*[ \t]+){1,4}[A-ZÅÄÖ][\w-]*", text):
                words = mt.group().split()
                for k in range(len(words) - len(written) + 1):
                    part = words[k : k + len(written)]
                    if "".join(w[0] for w in part) == written and self._org_word(part[-1]):
                        name = " ".join(part)
                        return Mention(start, end, written, name, "ngo", 0.5)
            return None
        if not self._org_word(written.split()[-1]) or len(written.split()) < 2:
            return None
        return Mention(start, end, written, written, "ngo", 0.6)

    def _org_word(self, word: str) -> bool:
        low = word.casefold()
        return any(p.fullmatch(low) for p, _k in self.lex.org_res)

    def _som_role_clauses(self, text: str, out: Walk) -> None:
        """Swedish: "Name (party) verb som ROLE [i BODY]": the seat after "som" is the name's
        just before it, never a neighbour's ("Ola Ek (M) valdes som ordförande i X, med Bo Lind
        (C) som förste vice ordförande och nuvarande ordförande Eva Ek (S) som andre vice
        ordförande"). The body is the one named after "i", else the one the sentences gave
        that person; with neither, nothing is read. A proposal or a nomination is no seat."""
        if self.lex.lang != "sv":
            return
        for mt in _SOM_ROLE.finditer(text):
            if _SOM_NOT_HELD.search(mt.group("verbs")):
                continue
            if mt.group("link") == "till" and not _ELECTED_TO.search(mt.group("verbs")):
                continue
            words = mt.group("role").split()
            owner = None
            if (
                len(words) == 2
                and words[0].endswith("s")
                and self.lex.body_kind(words[0][:-1])
                and self.lex.role_of(words[1])
            ):
                # "fungerar som styrelsens sekreterare": the body in the genitive, the role
                a = mt.start("role")
                owner = Mention(a, a + len(words[0]) - 1, words[0][:-1],
                                words[0][:1].upper() + words[0][1:-1],
                                self.lex.body_kind(words[0][:-1]) or "body", 0.6)  # fmt: skip
                words = words[1:]
            role = None
            for n in (len(words), 1):
                role = self.lex.role_of(" ".join(words[:n]))
                if role:
                    break
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                continue
            ns, ne = mt.start("name"), mt.end("name")
            if (succeeds := _SUCCEEDS.search(text, max(0, ns - 80), ns)) is not None:
                # "Katarina Ek efterträder Anna Lind som 2:e vice ordförande": the seat is the
                # successor's, the name before the verb
                ps, pe = ns, ne
                out.findings = [
                    f
                    for f in out.findings
                    if not (
                        f.kind == "membership"
                        and f.role == role
                        and f.actor.start < pe
                        and ps < f.actor.end
                    )
                ]  # the predecessor's seat, read from the same clause, is held no more
                ns, ne = succeeds.start("name"), succeeds.end("name")
            held = [
                f
                for f in out.findings
                if f.kind == "membership" and f.actor.start < ne and ns < f.actor.end
            ]
            if any(f.rule == "text-elected-for-organisation" for f in held):
                continue  # "valdes till ordförande för Finlands Röda Kors": read already
            if any(
                _FOR_THE_EVENING.match(text, w.end() + mt.start("role"))
                for w in re.finditer(r"\S+", mt.group("role"))
            ):
                # "Med Anna Ek som ordförande för kvällen": the meeting's officer, no seat
                out.findings = [f for f in out.findings if not (f in held and f.role == role)]
                out.no_seat.append((ns, ne))  # nor a guess of the tagger's
                continue
            if mt.group("link") == "som" and _LED_BY_WITH.search(
                text, self._sentence_start(text, ns), ns
            ):
                # "Årsmötet hölls under ledning av Eva Ek och med Bo Lind som sekreterare": the
                # meeting's officer, no seat
                out.findings = [f for f in out.findings if not (f in held and f.role == role)]
                continue
            target = owner
            if b := mt.group("body"):
                kind = self.lex.body_kind(b.split()[-1].casefold())
                if kind is not None:
                    name = b[:1].upper() + b[1:]
                    target = Mention(mt.start("body"), mt.end("body"), b, name, kind, 0.6)
            if target is None and (
                org := _ORG_MEETING_AFTER.match(text, mt.start("role") + len(words[0]))
            ):
                # "omvaldes till ordförande vid Marthaförbundets höstmöte": the chair of the
                # organisation whose meeting elected her, not of a board the page names
                word = org.group("org")
                target = Mention(org.start("org"), org.end("org"), word, word, "organisation", 0.6)
            if target is None and mt.group("link") == "till":
                target = self._presided_body(text, ns)
            if target is None:
                bodies = {f.target.name.casefold() for f in held if f.target is not None}
                if len(bodies) == 1:
                    target = held[0].target  # as the sentences wrote it
                else:
                    # no body in the sentence: the one the section's heading names
                    target = self._section_heading_body(text, ns)
                if target is None:
                    continue
            actor = held[0].actor if held else Mention(ns, ne, text[ns:ne], text[ns:ne],
                                                       "person", 0.6, "nom")  # fmt: skip
            if mt.group("link") == "till":
                # "valdes till": the seat read replaces the officer's seats the sentences
                # read for that name, not a membership of another body
                held = [
                    f
                    for f in held
                    if f.role in ("chair", "vice_chair", "secretary")
                    or (f.target is not None and f.target.name.casefold() == target.name.casefold())
                ]
            out.findings = [f for f in out.findings if f not in held]
            out.findings.append(
                Finding("membership", actor, role, target, (min(ns, mt.start()), mt.end()),
                        0.6, "som-role")
            )  # fmt: skip
            if mt.group("link") == "som" and not mt.group("body"):
                self._som_role_tail(text, mt.end(), target, out)

    def _som_role_first(self, text: str, out: Walk) -> None:
        """Swedish: "Som ersättare omvaldes A och nyvaldes B.": a sentence led by "Som ROLE"
        and an election's verb gives each name after it the role, in the one body the seats
        read from the sentence just before it are in ("Till styrelse … utsågs A (ordförande),
        …"); with no such seats, or seats in more than one body, nothing is read."""
        if self.lex.lang != "sv":
            return
        for mt in _SOM_ROLE_FIRST.finditer(text):
            role = self.lex.role_of(mt.group("role"))
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                continue
            ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, mt.start())]
            first = ends[-2] if len(ends) > 1 else 0
            before = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and not f.status
                and first <= f.quote[0] < mt.start()
            ]
            bodies = {f.target.name.casefold() for f in before}
            if len(bodies) != 1:
                continue
            target = before[0].target
            for nm in re.finditer(_NAME_WORDS, mt.group("names")):
                ns, ne = mt.start("names") + nm.start(), mt.start("names") + nm.end()
                if any(
                    f.kind == "membership" and f.actor.start < ne and ns < f.actor.end
                    for f in out.findings
                ):
                    continue
                actor = Mention(ns, ne, text[ns:ne], text[ns:ne], "person", 0.6, "nom")
                out.findings.append(
                    Finding("membership", actor, role, target, (mt.start(), mt.end()), 0.6,
                            "som-role-first")
                )  # fmt: skip

    def _som_role_tail(self, text: str, pos: int, target: Mention, out: Walk) -> None:
        """ "A som vice ordförande, B sekreterare, C kassör och som ledamöter …": after a
        "som ROLE", each following ", NAME ROLE" (or "och NAME ROLE") holds its role word in the
        same body, "som" left unsaid; a treasurer is a member. The chain ends at the first
        part that is not a name followed by one role word and a comma, "och" or the end."""
        while (mt := _SOM_TAIL.match(text, pos)) is not None:
            word = mt.group("role")
            treasurer = _TREASURER_WORD.fullmatch(word.casefold()) is not None
            role = "member" if treasurer else self.lex.role_of(word)
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                return
            ns, ne = mt.start("name"), mt.end("name")
            if any(self.lex.body_kind(w.casefold()) or self._org_word(w)
                   for w in mt.group("name").split()):  # fmt: skip
                return  # "…, Kommunstyrelsen Ordförande": no person's name
            if any(
                f.kind == "membership" and f.actor.start < ne and ns < f.actor.end
                for f in out.findings
            ):
                return  # read already by another rule: the chain is not this one's
            actor = Mention(ns, ne, text[ns:ne], text[ns:ne], "person", 0.6, "nom")
            out.findings.append(
                Finding("membership", actor, role, target, (ns, mt.end("role")), 0.6,
                        "som-role-tail")
            )  # fmt: skip
            pos = mt.end("role")

    def _section_heading_body(self, text: str, pos: int) -> Mention | None:
        """The body named by the heading of the section ``pos`` is in: the nearest line
        above it standing alone between blank lines that is a body's name and nothing else
        ("Socialnämnden", "Nämnden för teknik, fritid och kultur"); None when that line is
        no such name."""
        for mt in reversed(list(_HEADING_LINE.finditer(text, 0, pos))):
            s0, e0 = mt.start(1), mt.end(1)
            if (about := _ABOUT_HEADING.match(text, s0, e0)) is not None:
                # "Mer om styrelsen:" over bullets about the board: the board
                s0 = about.end()
                e0 = s0 + len(text[s0:e0].rstrip().rstrip(":").rstrip())
            bodies = [
                b
                for b in self.reader.bodies(tokens(text, s0, e0))
                # (the bare "styrelsen" of a heading about it: the page's own board)
                if not b.plural and (about is not None or not self.anaphora.match(b.written))
            ]
            if len(bodies) != 1 or bodies[0].start != s0:
                return None
            b = bodies[0]
            rest = text[b.end : e0]
            if rest and not _ENUMERATED_REST.fullmatch(rest):
                return None
            name = text[s0:e0] if rest else b.name
            return replace(b, end=e0, written=text[s0:e0], name=name[:1].upper() + name[1:])
        return None

    def _presided_body(self, text: str, pos: int) -> Mention | None:
        """The one body named in the sentence before ``pos`` (up to the name) or in the
        sentence before it ("Även presidiet för kommunfullmäktige valdes. Eva Ek (M) valdes
        till ordförande"); None when none or more than one."""
        start = pos
        for _ in range(2):
            found = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
            if found < 0:
                start = 0
                break
            start = found
            if text[start] == "\n":
                break
        bodies = [
            b
            for b in self.reader.bodies(tokens(text, max(start, 0), pos))
            if not b.plural and not self.anaphora.match(b.written)
        ]
        if not bodies and start > 0 and text[start] == "\n":
            # "… presidium att se ut så här:" / "Ordförande blir …": the line introducing it
            before = text[:start].rstrip()
            if before.endswith(":"):
                s0 = before.rfind("\n") + 1
                bodies = [
                    b
                    for b in self.reader.bodies(tokens(text, s0, len(before)))
                    if not b.plural and not self.anaphora.match(b.written)
                ]
        own = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
        if bodies and all(b.start < own and _NOMINATING.search(b.name) for b in bodies):
            # "Valberedningen hade gjort ett bra jobb … Då hade Bo Ek valts till ordförande":
            # the nominating committee of the sentence before proposed the chair, it is not
            # the body the chair is elected to
            return None
        if len({b.name.casefold() for b in bodies}) != 1:
            return None
        b = bodies[-1]
        return replace(b, name=b.name[:1].upper() + b.name[1:])

    def _role_becomes_clauses(self, text: str, out: Walk) -> None:
        """Swedish: "Ordförande blir Inger Ek (M), 1:e vice ordförande blir Bo Lind (S)": the
        post before "blir" is the name's after it, in the one body the sentence or the line
        introducing it names ("… presidium att se ut så här:"); nothing when that body is not
        clear. "Aino Ek (C) blir kommunstyrelsens ordförande": the post after the body's
        genitive is the name's before "blir". The reading replaces the sentences' officer
        seats for that name."""
        if self.lex.lang != "sv":
            return
        for mt in itertools.chain(_ROLE_BECOMES.finditer(text), _BECOMES_ROLE.finditer(text)):
            role = self.lex.role_of(mt.group("role"))
            if role not in ("chair", "vice_chair", "secretary"):
                continue
            ns, ne = mt.start("name"), mt.end("name")
            if "body" in mt.groupdict():
                # "Aino Ek (C) blir kommunstyrelsens ordförande": the body in the genitive
                base = mt.group("body")[:-1]
                kind = self.lex.body_kind(base.casefold())
                if kind is None:
                    continue
                s0 = mt.start("body")
                name = base[:1].upper() + base[1:]
                target = Mention(s0, s0 + len(base) + 1, mt.group("body"), name, kind, 0.6)
            else:
                target = self._presided_body(text, mt.start())
            if target is None:
                continue
            held = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.actor.start < ne
                and ns < f.actor.end
                and (
                    f.role in ("chair", "vice_chair", "secretary")
                    or (f.target is not None and f.target.name.casefold() == target.name.casefold())
                )
            ]
            actor = held[0].actor if held else Mention(ns, ne, text[ns:ne], text[ns:ne],
                                                       "person", 0.6, "nom")  # fmt: skip
            out.findings = [f for f in out.findings if f not in held]
            out.findings.append(
                Finding("membership", actor, role, target, (mt.start(), mt.end()), 0.6,
                        "role-becomes")
            )  # fmt: skip

    def _role_label_after(self, text: str, pos: int) -> bool:
        """Whether the next non-empty line after ``pos`` begins with a role and a colon
        ("Puheenjohtaja: Aino Ahola", "Neuvoston sihteeri: …"): the officers of a list."""
        rest = text[pos:].lstrip()
        first = rest[: rest.find("\n")] if "\n" in rest else rest
        label, colon, after = first.partition(":")
        return bool(colon and after.strip() and self.lex.find_role(label.strip(" \t•-*")))

    def _name_line_before(self, text: str, pos: int) -> bool:
        """Whether the last non-empty line before ``pos`` is a person's name and nothing else
        ("Aino Ahola", "Ahola Aino")."""
        before = text[:pos].rstrip()
        s0 = before.rfind("\n") + 1
        s0 += len(before[s0:]) - len(before[s0:].lstrip(" \t•-*"))
        if not 2 <= len(before[s0:].split()) <= 3:
            return False
        person = self.reader.person_at(tokens(text, s0, len(before)), 0, in_list=True)
        return person is not None and person.end == len(before)

    def _roles_after_names(self, text: str, out: Walk) -> None:
        """ "Nämnden … består av Aino Ek, ordförande, Bo Lind, viceordförande, Eva Mäki och
        Olle Ström.": a list whose posts follow the names they belong to, each after a comma;
        the list's subject a body's bare word ("Nämnden", "Neuvosto"), which stands for the
        last body of that kind the text named before the sentence. The list's readings are
        replaced by these; nothing when the list holds anything else or no such body was
        named."""
        for mt in _CONSISTS_OF.finditer(text):
            start = max(text.rfind(". ", 0, mt.start()), text.rfind("\n", 0, mt.start())) + 1
            subject = text[start : mt.start()].strip().split()
            word = subject[0].strip(",:;").casefold() if subject else ""
            kind = min((k for k in _BARE_KINDS if word in (k, _definite(k))), key=len, default="")
            if not kind:
                continue
            stop = re.compile(r"\.(?:\s|$)").search(text, mt.end())
            end = stop.start() if stop else len(text)
            toks = tokens(text, mt.end(), end)
            people: list[tuple[Mention, str]] = []
            i = 0
            while i < len(toks):
                person = self.reader.person_at(toks, i, in_list=True)
                if person is None:
                    people = []
                    break
                i = next((x for x in range(i, len(toks)) if toks[x].start >= person.end), len(toks))
                role = ""
                if i + 1 < len(toks) and toks[i].text == ",":
                    j = next((x for x in range(i + 1, len(toks)) if toks[x].text == ","), len(toks))
                    said = self.lex.role_of(text[toks[i + 1].start : toks[j - 1].end])
                    if said and toks[i + 1].text[:1].islower():
                        role, i = said, j
                people.append((person, role))
                if i < len(toks) and toks[i].text.casefold() in (",", "och", "ja", "samt", "sekä"):
                    i += 1
                elif i < len(toks):
                    people = []
                    break
            if len(people) < 3 or not people[0][1]:
                continue
            named = [
                b
                for b in self.reader.bodies(tokens(text, 0, start))
                if not b.plural
                and b.name.casefold().split()[-1].endswith(kind)
                and not self._bare_kind(b.name)
            ]
            if not named:
                continue
            b = named[-1]
            body = replace(b, name=b.name[:1].upper() + b.name[1:], confidence=0.5)
            a, e = people[0][0].start, people[-1][0].end
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < e
            ]
            out.findings += [
                Finding(
                    "membership",
                    p,
                    role or "member",
                    body,
                    (mt.start(), end),
                    0.6,
                    "text-roles-after-names",
                )
                for p, role in people
            ]

    def _caption_rows(self, text: str, out: Walk) -> None:
        """A photo's caption that says whom it shows in a sentence of its own ("Kuvassa
        vasemmalta ylhäältä hallituksen jäsenet.", "På bilden styrelsens ledamöter."), then
        names its rows in the sentences after it, a row's label a sentence of one word
        ("Alarivi.", "Etualalla."), names separated by commas, printed first name first or
        surname first, a role word before a name the role of that name ("Puheenjohtaja
        Lafghani Eveliina"), what the person is there for after a name: all of them are
        members of the body the lead names (as the text named it in full, if it did)."""
        for mt in _CAPTION_ROWS_LEAD.finditer(text):
            bare = self.reader.bodies(tokens(text, mt.start("body"), mt.end("body")))
            if len(bare) != 1:
                continue
            head = bare[0].name.casefold()
            body = next(
                (
                    f.target
                    for f in out.findings
                    if f.kind == "membership"
                    and f.target is not None
                    and f.target.name.casefold().split()[-1] == head
                ),
                replace(bare[0], name=bare[0].name[:1].upper() + bare[0].name[1:]),
            )
            stop = text.find("\n\n", mt.end())
            stop = len(text) if stop < 0 else stop
            people: list[tuple[Mention, str]] = []
            for part in re.finditer(r"[^.]+(?:\.|$)", text[mt.end() : stop]):
                chunk = part.group().strip().rstrip(".")
                s0 = mt.end() + part.start() + (len(part.group()) - len(part.group().lstrip()))
                if re.fullmatch(r"[A-ZÅÄÖ][\w-]*", chunk) and not self.lex.role_of(chunk):
                    continue  # "Alarivi.": a row's label
                row = self._caption_row(text, s0, s0 + len(chunk))
                if not row:
                    break
                people += row
            if len(people) < 3:
                continue
            have = {(f.actor.start, f.role) for f in out.findings if f.kind == "membership"}
            out.findings += [
                Finding("membership", p, role, body, (mt.start(), stop), 0.6, "list-caption-rows")
                for p, role in people
                if (p.start, role) not in have
            ]

    def _caption_row(self, text: str, start: int, end: int) -> list[tuple[Mention, str]]:
        """The people of one row of a caption (see :meth:`_caption_rows`), or []."""
        row: list[tuple[Mention, str]] = []
        for cell in re.finditer(r"[^,]+", text[start:end]):
            s0 = start + cell.start()
            toks = tokens(text, s0, start + cell.end())
            if not toks:
                continue
            role = "member"
            i = 0
            said = self.lex.role_of(toks[0].text)
            if said is not None and len(toks) > 2:
                role, i = said, 1  # "Puheenjohtaja Lafghani Eveliina"
            person = self.reader.person_at(toks, i, in_list=True)
            if person is None or len(person.name.split()) > 3:
                return []
            if len(person.name.split()) == 3 and text[person.end : start + cell.end()].strip():
                # "Rinne Olavi Kainuun omaiset ry": what the person is there for begins with a
                # capitalised word the name reader took in
                person = self.reader.person_at(toks[: i + 2], i, in_list=True) or person
            row.append((person, role))
        return row

    def _wrapped_caption(self, text: str, out: Walk) -> None:
        """A photo's caption whose list of names wraps over lines, a line's end standing for
        the comma, a role abbreviation before a name ("Kuvassa vasemmalta: Aino Ahola, pj.
        Pekka Puu\nEeva Mäki ja Olli Oja."): three people or more, nothing else in the
        caption's first sentence, and the page's memberships all of one body, whose
        members they are (the abbreviation's role for the one it stands before)."""
        bodies = {
            f.target.name.casefold(): f.target
            for f in out.findings
            if f.kind == "membership" and f.target is not None and not f.status
        }
        if len(bodies) != 1:
            return
        body = next(iter(bodies.values()))
        for mt in re.finditer(
            rf"(?im)^[ \t]*(?:{_CAPTION.pattern.removeprefix('(?i)')})\s*:[ \t]*", text
        ):
            end = next(
                (
                    st.start(2) if st.group(2) is not None else st.start()
                    for st in re.finditer(r"(\S*)(\.)(?:\s|$)|\n\s*\n", text[mt.end() :])
                    # (not the point of an abbreviation: "pj. Pekka Puu")
                    if not (st.group(1) and self.lex.line_abbreviation(st.group(1)))
                ),
                len(text) - mt.end(),
            )
            end += mt.end()
            if "\n" not in text[mt.end() : end]:
                continue  # one line: read as a list's entry
            toks = tokens(text, mt.end(), end)
            people: list[tuple[Mention, str]] = []
            i = 0
            while i < len(toks):
                role = ""
                said = self.lex.line_abbreviation(toks[i].text)
                if said is not None and toks[i].text[:1].islower():
                    role = said
                    i += 1 + (i + 1 < len(toks) and toks[i + 1].text == ".")
                person = None
                if i < len(toks):
                    # (a name ends at its line's end)
                    eol = text.find("\n", toks[i].start, end)
                    line = [t for t in toks if eol < 0 or t.end <= eol]
                    person = self.reader.person_at(line, i, in_list=True)
                if person is None:
                    people = []
                    break
                people.append((person, role))
                i = next((x for x in range(i, len(toks)) if toks[x].start >= person.end), len(toks))
                if i < len(toks) and toks[i].text.casefold() in (",", "ja", "och", "sekä", "samt"):
                    i += 1
                elif i < len(toks) and "\n" not in text[person.end : toks[i].start]:
                    people = []
                    break
            if len(people) < 3:
                continue
            have = {f.actor.start for f in out.findings if f.kind == "membership"}
            out.findings += [
                Finding(
                    "membership",
                    p,
                    role or "member",
                    body,
                    (mt.start(), end),
                    0.6,
                    "list-caption-wrapped",
                )
                for p, role in people
                if p.start not in have
            ]

    def _deputy_in_parentheses_after_name(self, text: str, out: Walk) -> None:
        """ "… är Aino Ek, Bo Lind och Eva Berg (ersättare).": a deputy's seat in parentheses
        right after a name. Where the page gives that person a bare member's seat in one
        body only (another list on the page, read without the note), it is a deputy's."""
        for mt in _PAREN_DEPUTY.finditer(text):
            if self.lex.role_of(mt.group(2)) != "deputy_member":
                continue
            name = " ".join(mt.group(1).split()[-2:])
            seats = [
                f
                for f in out.findings
                if f.kind == "membership" and f.actor.kind == "person" and f.actor.name == name
            ]
            bodies = {f.target.name.casefold() for f in seats if f.target is not None}
            if len(bodies) != 1 or any(f.role not in ("member", "deputy_member") for f in seats):
                continue
            for f in seats:
                f.role = "deputy_member"

    def _taking_office_later(self, text: str, out: Walk) -> None:
        """ "Kommunstyrelsen och nämnderna tillträder vid årsskiftet", "Uusi hallitus aloittaa
        toimintansa vuoden alussa": the bodies the sentence names before the words take office
        at a time still to come, so the seats the page gives in them (people elected at the
        meeting it reports) are not held on its date."""
        if not self.lex.takes_office:
            return
        later = re.compile(rf"(?<![\w-])(?:{self.lex.takes_office})(?![\w-])", re.IGNORECASE)
        bodies: set[str] = set()
        for mt in later.finditer(text):
            start = max(
                (text.rfind(c, 0, mt.start()) for c in (". ", "! ", "? ", "\n")), default=-1
            )
            for b in self.reader.bodies(tokens(text, start + 1, mt.start())):
                if not b.plural and not self.anaphora.match(b.written):
                    bodies.add(b.name.casefold())
        if not bodies:
            return
        for f in out.findings:
            if (
                f.kind == "membership"
                and not f.status
                and f.target is not None
                and f.target.name.casefold() in bodies
            ):
                f.status = "planned"

    def _the_others_as_before(self, text: str, out: Walk) -> None:
        """ "X on nousemassa hallituksen johtoon ja Y varapuheenjohtajaksi. Muut hallituksen
        jäsenet ovat A ja B.": a sentence that opens with "the others" names the rest of the
        set the sentence before began, so its seats share their standing: still to come, or
        only proposed, when every seat of the sentence before is."""
        for f in out.findings:
            if f.kind != "membership" or f.status or f.actor.kind != "person":
                continue
            start = self._sentence_start(text, f.actor.start)
            if not _THE_OTHERS.match(text, start):
                continue
            end = len(text[:start].rstrip())
            before = self._sentence_start(text, max(0, end - 1))
            earlier = [
                g
                for g in out.findings
                if g.kind in ("membership", "candidacy") and before <= g.actor.start < start
            ]
            standing = {(g.kind, g.status) for g in earlier}
            if len(standing) != 1:
                continue
            kind, status = standing.pop()
            if kind == "candidacy":
                f.kind, f.status = kind, status  # the others of a list of candidates
            elif status == "planned":
                f.status = status

    def _post_line(self, line: str) -> str:
        """The role a line that is only an officer's or a member's post names ("Ordförande",
        "Vice ordförande", "Kassör", "Ledamot"), or ""."""
        word = line.strip().rstrip(":").strip()
        if not word or not word[:1].isupper() or len(word.split()) > 3:
            return ""
        if _TREASURER_LINE.fullmatch(word):
            return "member"  # a board member with the treasurer's duty
        role = self.lex.role_of(word) or ""
        return role if role in ("chair", "vice_chair", "secretary", "member") else ""

    def _posts_over_names(self, text: str, out: Walk) -> None:
        """ "Ordförande" / "Vice ordförande" / "Kassör" / "Ledamot" / then "A" / "B" / "C" /
        "D" / "E": a run of posts on lines of their own, the first a chair's, then a run of
        lines each only a name read as a member of one body: the names in the posts' order,
        the last post (a member's) covering the names left over. With more names than posts
        and a last post that is an officer's, or fewer names than posts, nothing is paired."""
        lines = [(mt.start(), mt.end(), mt.group()) for mt in re.finditer(r"[^\n]+", text)]
        i = 0
        while i < len(lines):
            posts: list[str] = []
            j = i
            while j < len(lines) and (post := self._post_line(lines[j][2])):
                posts.append(post)
                j += 1
            if len(posts) < 2 or posts[0] != "chair":
                i = max(j, i + 1)
                continue
            names: list[Finding] = []
            k = j
            while k < len(lines):
                s0, e0, line = lines[k]
                s1 = s0 + len(line) - len(line.lstrip())
                e1 = s0 + len(line.rstrip())
                on = [
                    f
                    for f in out.findings
                    if f.kind in ("membership", "candidacy") and s0 <= f.actor.start < e0
                ]
                if not on or any(
                    f.kind != "membership" or f.status or f.actor.start != s1 or f.actor.end != e1
                    for f in on
                ):
                    break
                names.append(on[0])
                if len(on) > 1 or on[0].role != "member":
                    names = []
                    break
                k += 1
            i = max(k, i + 1)
            if len(names) < len(posts) or (len(names) > len(posts) and posts[-1] != "member"):
                continue
            if len({f.target.name.casefold() for f in names if f.target is not None}) != 1:
                continue
            for n, f in enumerate(names):
                f.role = posts[min(n, len(posts) - 1)]

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

        def seated(s0: int, e0: int) -> list[Finding]:
            line = text[s0:e0]
            s1, e1 = s0 + len(line) - len(line.lstrip()), s0 + len(line.rstrip())
            on = [
                f
                for f in out.findings
                if f.kind in ("membership", "candidacy") and s0 <= f.actor.start < e0
            ]
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
            out.findings = [f for f in out.findings if all(f is not d for d in drop)]
            i = j

    def _seats_in_a_meeting(self, out: Walk) -> None:
        """ "Riksstämman öppnades … Som suppleanter valdes A, B och C": a member's or a
        deputy's seat the sentences gave the meeting they speak of ("Riksstämman",
        "Årsmötet"), which has no members: deputies take the one body whose members the text
        named right before; other such seats are dropped."""
        keep: list[Finding] = []
        for f in out.findings:
            if (
                f.kind == "membership"
                and f.role in ("member", "deputy_member")
                and f.target is not None
                and f.rule.startswith("text-")
                and MEETING_NAME.search(f.target.name) is not None
            ):
                body = (
                    self._members_body_before(f.quote[0], out)
                    if f.role == "deputy_member"
                    else None
                )
                if body is None or MEETING_NAME.search(body.name) is not None:
                    continue
                f.target = body
            keep.append(f)
        out.findings = keep

    def _members_of_line_end(self, text: str, out: Walk) -> None:
        """ "… kontakta gärna någon av" / "styrelsens medlemmar 2021" / then "A ordförande tel:
        …" / "B sekreterare …": a line ending in a body's genitive and its members' word (a
        year after it) introduces the list lines under it: their people's body is that one,
        whatever a word far above ("Gruppresor") made of it."""
        for mt in _MEMBERS_OF_LINE_END.finditer(text):
            named = [
                b
                for b in self.reader.bodies(tokens(text, mt.start("body"), mt.end("body")))
                if not b.plural and b.kind not in _NO_SEATS and b.kind != "network"
            ]
            if len(named) != 1:
                continue
            body = replace(named[0], name=named[0].name[:1].upper() + named[0].name[1:])
            listed: list[Finding] = []
            for line in _LINE.finditer(text, mt.end()):
                if not line.group().strip():
                    continue
                on = [
                    f
                    for f in out.findings
                    if f.kind == "membership"
                    and f.actor.kind == "person"
                    and line.start() <= f.actor.start < line.end()
                ]
                if not on or any(
                    f.status or not f.rule.startswith(("list-", "name-run")) for f in on
                ):
                    break
                listed += on
            if len(listed) < 2:
                continue
            for f in listed:
                f.target = body

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

    def _officers_before_the_others(self, text: str, out: Walk) -> None:
        """ "Yhdistyksen puheenjohtajana toimi A, varapuheenjohtajana B ja sihteerinä C. Muut
        hallituksen jäsenet olivat D ja E.": the sentence before one that opens with "the
        others" of a body's members names the rest of them, its officers; when it names no
        body of its own (the association's officers) and the rules read nothing there, its
        officers are that body's."""
        starts = sorted(
            {
                self._sentence_start(text, f.actor.start)
                for f in out.findings
                if f.kind == "membership" and not f.status and f.actor.kind == "person"
            }
        )
        for start in starts:
            if not _THE_OTHERS.match(text, start):
                continue
            end_of = text.find(". ", start)
            end_of = len(text) if end_of < 0 else end_of
            others = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.actor.kind == "person"
                and start <= f.actor.start < end_of
            ]
            targets = {f.target.name.casefold() for f in others if f.target is not None}
            if len(targets) != 1 or any(
                f.status or f.role in ("chair", "vice_chair", "secretary") for f in others
            ):
                continue
            body = next(f.target for f in others if f.target is not None)
            end = len(text[:start].rstrip())
            if end < 2 or text[end - 1] != ".":
                continue
            # the sentence before, whose words may be wrapped onto lines of their own
            before = max(
                text.rfind(". ", 0, end - 1) + 2,
                text.rfind(".\n", 0, end - 1) + 2,  # a sentence ending its line
                text.rfind("\n\n", 0, end - 1) + 2,
                0,
            )
            if any(
                f.kind in ("membership", "candidacy") and before <= f.actor.start < end
                for f in out.findings
            ):
                continue
            sentence = Sentence(before, end, text[before:end])
            if self.sentences.read(text, sentence, Context()):
                continue  # it names a body of its own, or whatever it reads is its own
            officers = [
                replace(f, target=body, rule="text-officers-before-the-others")
                for f in self.sentences.read(text, sentence, Context(body=body))
                if f.kind == "membership"
                and not f.status
                and f.role in ("chair", "vice_chair", "secretary")
                and f.actor.kind == "person"
            ]
            out.findings += officers

    def _level_board(
        self, text: str, mt: re.Match[str], guests: list[tuple[int, int]]
    ) -> Mention | None:
        """The one board of the level a post names ("förbundsordförande" →
        "Förbundsstyrelsen") where the page names exactly one, and the post's sentence gives
        it no past or guest's status ("Förre förbundsordförande X"); else None."""
        start = self._sentence_start(text, mt.start())
        ends = [i for i in (text.find(". ", mt.end()), text.find("\n", mt.end())) if i >= 0]
        sentence = text[start : min(ends) if ends else len(text)]
        if self.lex.not_held_status(sentence) or any(a <= mt.start() < z for a, z in guests):
            return None
        level = mt.group("level").casefold()
        boards = {
            b.group(1).casefold(): b
            for b in re.finditer(rf"(?<![\w-])({level}styrelse(?:n)?)s?(?![\w-])", text, re.I)
        }
        if len({k.removesuffix("n") for k in boards}) != 1:
            return None
        b = next(iter(boards.values()))
        written = b.group(1)
        return Mention(
            b.start(1), b.end(1), written, written[:1].upper() + written[1:], "body", 0.5
        )

    def _sentence_start(self, text: str, at: int) -> int:
        """Where the sentence holding ``at`` begins (after ". ", "! ", "? " or a line break)."""
        cut = max(
            (k + len(c) for c in (". ", "! ", "? ", "\n") if (k := text.rfind(c, 0, at)) >= 0),
            default=0,
        )
        while cut < len(text) and text[cut] in " \t\n":
            cut += 1
        return cut

    def _declined_reelection(self, text: str, out: Walk) -> None:
        """ "I tur att avgå var A och B. A omvaldes, medan B inte ställde upp för omval": one the
        text says declined re-election holds no seat, wherever the page names it. The words
        must follow the person's name in the same sentence with no other person named
        between."""
        gone: set[str] = set()
        for mt in _DECLINED.finditer(text):
            # the name right before the words ("… medan Gun Ek inte ställde upp …"), not one of
            # several ("A och B ställde inte upp": whose words these are is not one person's)
            said = re.search(rf"(?<![\w-])({_CAPITALISED_NAME})[ \t]+$", text[: mt.start()])
            if said is None:
                continue
            before = text[max(0, said.start() - 6) : said.start()]
            if re.search(r"(?:och|samt|ja|sekä)[ \t]+$|,[ \t]*$", before):
                continue
            gone.add(" ".join(sorted(said.group(1).split())))
        for f in out.findings:
            if (
                f.kind == "membership"
                and not f.status
                and f.actor.kind == "person"
                and " ".join(sorted(f.actor.name.split())) in gone
            ):
                f.status = "ended"

    def _said_to_have_died(self, text: str, out: Walk) -> None:
        """ "Fullmäktiges ordförande Aino Ek (M) har avlidit", "puheenjohtaja Aino Mäki on
        kuollut": a person the text says has died holds no seat, wherever the page names it.
        The words must follow the person's name in the same sentence with no other person
        named between."""
        if not self.lex.died:
            return
        died = re.compile(rf"(?<![\w-])(?:{self.lex.died})(?![\w-])", re.IGNORECASE)
        people = [f.actor for f in out.findings if f.actor.kind == "person"]
        dead: set[str] = set()
        for mt in died.finditer(text):
            before = [
                a
                for a in people
                if a.end <= mt.start() and not re.search(r"[.!?]\s|\n", text[a.end : mt.start()])
            ]
            if not before:
                continue
            last = max(before, key=lambda a: a.end)
            dead.add(" ".join(sorted(last.name.split())))
        if not dead:
            return
        for f in out.findings:
            if (
                f.kind == "membership"
                and f.actor.kind == "person"
                and " ".join(sorted(f.actor.name.split())) in dead
            ):
                f.status = "ended"

    def _names_over_roles(
        self, text: str, paras: list[Paragraph], k: int, ctx: Context
    ) -> tuple[list[Finding], int]:
        """Cards of a body's page with the role under the name ("Kemppainen Martti" /
        "Puheenjohtaja" / "Tähkäpää Liisa" / "Varapuheenjohtaja" / …): lines that are each
        a name of two words or a role, alternating, beginning with a name and ending with a
        role, two cards or more. Each role is the name's above it, not the one below. The
        findings and the paragraphs used (0: no such cards here)."""
        if ctx.body is None:
            return [], 0
        if k > 0 and _CARD_NAME.fullmatch(paras[k - 1].text.strip()):
            return [], 0  # "Eva Ek" / "Bo Lind" / "Kassör" / "Per Holm": labels over names
        found: list[Finding] = []
        j = k
        while j + 1 < len(paras):
            name, said = paras[j], paras[j + 1]
            if len(name.lines) != 1 or len(said.lines) != 1:
                break
            if not _CARD_NAME.fullmatch(name.text):
                break  # "Aino Ek", "Aino Lind Ek", "Anna M Ek": a name of two or three words
            office = said.text.strip()
            role = self._card_office(office)
            if self.lex.role_of(name.text) is not None:
                break
            if len(found) >= 2 and _NOMINATOR.fullmatch(office):
                # "Bo Ek" / "Valberedare": a member of the nominating committee, not the board
                person = self._listed_name(text, name.start, name.end)
                committee = Mention(
                    said.start, said.start + len(office), office, "Valberedningen", "body", 0.5
                )
                found.append(
                    _membership(ctx, person, "member", (name.start, said.end), 0.5,
                                "list-name-over-role", target=committee)
                )  # fmt: skip
                j += 2
                continue
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                if len(found) >= 2 and role is None:
                    # "Eva Ek" / "Bo Lind" / "Revisor" / "Revisor": offices grouped after names
                    grouped, used = self._names_then_offices(text, paras, j, ctx)
                    if used:
                        found += grouped
                        j += used
                        continue
                break
            person = self._listed_name(text, name.start, name.end)
            found.append(
                _membership(ctx, person, role, (name.start, said.end), 0.6, "list-name-over-role")
            )
            j += 2
        nxt = paras[j] if j < len(paras) else None
        if (
            len(found) < 2
            or k == 0
            or self.lex.role_of(paras[k - 1].text.strip()) is not None
            or (nxt is not None and self.lex.role_of(nxt.text.strip()) is not None)
        ):
            return [], 0  # a role line above the first name: the roles are over the names
        if (last := self._last_card_without_role(text, paras, j, ctx)) is not None:
            found.append(last)
            j += 1
        return found, j - k

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

    def _last_body_named(self, text: str, start: int, end: int) -> Mention | None:
        """The last body (not a plural kind of bodies) named in ``text[start:end]``, if any."""
        if start >= end:
            return None
        named = [b for b in self.reader.bodies(tokens(text, start, end)) if not b.plural]
        return named[-1] if named else None

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

    def _names_then_offices(
        self, text: str, paras: list[Paragraph], j: int, ctx: Context
    ) -> tuple[list[Finding], int]:
        """After cards of a name over its office: a few names one a line, then as many office
        lines ("Eva Ek" / "Bo Lind" / "Revisor" / "Revisorssuppleant"): the offices grouped
        after the names, each name's in the same order. An auditor's holds no seat. The
        findings and the paragraphs used (0: no such group here)."""
        names: list[Paragraph] = []
        while (
            j + len(names) < len(paras)
            and len(paras[j + len(names)].lines) == 1
            and _CARD_NAME.fullmatch(paras[j + len(names)].text)
            and self._card_office(paras[j + len(names)].text.strip()) is None
        ):
            names.append(paras[j + len(names)])
        n = len(names)
        if n < 2 or j + 2 * n > len(paras):
            return [], 0
        offices = [paras[j + n + i] for i in range(n)]
        roles = [self._card_office(q.text.strip()) if len(q.lines) == 1 else None for q in offices]
        if any(r is None for r in roles):
            return [], 0
        found = [
            _membership(
                ctx, self._listed_name(text, q.start, q.end), role, (q.start, said.end), 0.6,
                "list-name-over-role",
            )
            for q, said, role in zip(names, offices, roles, strict=True)
            if role in ("chair", "vice_chair", "secretary", "member", "deputy_member")
        ]  # fmt: skip
        return found, 2 * n

    def _last_card_without_role(
        self, text: str, paras: list[Paragraph], j: int, ctx: Context
    ) -> Finding | None:
        """The page's last line, a name alone after cards of a name over its role ("Aino Ek" /
        "Ledamot" / "Bo Lind"): a card whose role was left out, a plain seat in the body.
        Only the text's last paragraph, a single line of a name beginning with a first name (no
        role word in it)."""
        if j != len(paras) - 1 or ctx.body is None:
            return None
        name = paras[j]
        if len(name.lines) != 1 or not re.fullmatch(
            r"[A-ZÅÄÖ][a-zåäö][\w'-]*(?:\s+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}", name.text.strip()
        ):
            return None
        if self.lex.role_of(name.text.strip()) is not None:
            return None
        if m.FIRST_NAME not in self.reader._classes(name.text.split()[0]):
            return None  # "Kontakta Oss": no first name, no person
        person = self._listed_name(text, name.start, name.end)
        return _membership(
            ctx, person, "member", (name.start, name.end), 0.5, "list-name-over-role"
        )

    def _cell_table(
        self, text: str, paras: list[Paragraph], k: int, ctx: Context, out: Walk
    ) -> int:
        """A table laid out one cell a line: two or more header lines that are column names
        ("Ledamöter", "Parti", "Roll"; at least one of them no role word), then the rows, as
        many lines each as there are columns. Each row must name a person in its person
        column (and a role in its role column, if any); the table ends at the first row that
        does not. The paragraphs used (0: no such table here)."""
        if ctx.body is None:
            return 0
        columns: list[str] = []
        j = k
        while j < len(paras) and len(columns) < 5:
            p = paras[j]
            label = p.text.strip().rstrip(":")
            meaning = (
                self.lex.column(label)
                if len(p.lines) == 1 and len(label.split()) <= 3 and p.lines[0].kind != "row"
                else None
            )
            if meaning is None:
                break
            columns.append(meaning)
            j += 1
        people = [c for c in columns if c in ("member", "deputy_member", "name")]
        if len(columns) >= 2 and len(people) == len(columns) and "deputy_member" in columns:
            found, used = self._cell_groups(text, paras, j, columns, ctx)
            if not found:
                return 0
            out.findings += found
            return used - k
        if len(columns) < 2 or len(people) != 1 or all(c in people for c in columns):
            return 0
        n = len(columns)
        found: list[Finding] = []
        while j + n <= len(paras):
            cells = paras[j : j + n]
            if any(len(c.lines) != 1 or c.lines[0].kind == "row" for c in cells):
                break
            row = dict(zip(columns, cells, strict=True))
            person_cell = row[people[0]]
            person = self.lists._cell_person(text, person_cell.start, person_cell.end)
            role = ""
            if "role" in row:
                role = self.lex.role_of(row["role"].text) or ""
                if not role:
                    break
            if person is None:
                break
            said = self.lex.find_role(text[person.end : person_cell.end])
            if not role and said and said[0] in ("chair", "vice_chair", "secretary"):
                role = said[0]  # "Aino Ek, ordförande" in the person's cell
            elif not role and people[0] == "deputy_member":
                role = "deputy_member"  # the cells under "Ersättare"
            party = None
            if "organisation" in row:
                org = row["organisation"]
                party = Mention(org.start, org.end, org.text, org.text, "organisation", 0.5)
            found.append(
                Finding(
                    "candidacy" if ctx.status else "membership",
                    person,
                    role or ctx.role or "member",
                    ctx.body,
                    (cells[0].start, cells[-1].end),
                    person.confidence - 0.15,
                    "table-cells",
                    on_behalf_of=party,
                    status=ctx.status,
                )
            )
            j += n
        if not found:
            return 0
        out.findings += found
        return j - k

    def _cell_groups(
        self, text: str, paras: list[Paragraph], j: int, columns: list[str], ctx: Context
    ) -> tuple[list[Finding], int]:
        """A table of seats laid out one cell a line whose header names only people's columns
        ("Ordinarie", "Ersättare", "Ersättare"): each row begins with a label cell (the
        organ, organisation or party the seat is for: "Kommunstyrelsen", "PRO"), then the
        people of the row's columns in order, empty cells left out at the end. A role
        written in a person's cell ("Sven-Erik Lindestam, ordf") is the role held. The table
        ends at the first line that is neither a person nor a short label. The findings and
        the index of the first paragraph after the table."""
        roles = ["deputy_member" if c == "deputy_member" else "member" for c in columns]
        found: list[Finding] = []
        group: Mention | None = None
        filled = 0
        member: Mention | None = None
        cells = [(x, line) for x in range(j, len(paras)) for line in paras[x].lines]
        stopped_at = len(paras)
        for x, line in cells:
            if line.kind == "row":
                stopped_at = x
                break
            cell = text[line.start : line.end].strip().rstrip(",")
            if not cell:
                continue
            person = self.lists._cell_person(text, line.start, line.end)
            if person is not None and group is not None and filled < len(roles):
                role = roles[filled]
                said = self.lex.find_role(text[person.end : line.end])
                if said and role == "member" and said[0] in ("chair", "vice_chair", "secretary"):
                    role = said[0]
                found.append(
                    Finding(
                        "candidacy" if ctx.status else "membership",
                        person,
                        role,
                        ctx.body,
                        (line.start, line.end),
                        person.confidence - 0.15,
                        "table-cell-groups",
                        on_behalf_of=group,
                        deputy_for=member if role == "deputy_member" else None,
                        status=ctx.status,
                    )
                )
                if filled == 0:
                    member = person
                filled += 1
            elif person is None and self._row_label(cell):
                s0 = text.index(cell, line.start)
                group = Mention(s0, s0 + len(cell), cell, cell, "organisation", 0.5)
                filled, member = 0, None
            else:
                # the table ends; a paragraph it ends in the middle of is used up (its lines
                # before were cells)
                stopped_at = x if line.start == paras[x].lines[0].start else x + 1
                break
        return found, stopped_at

    def _surname_officers(
        self,
        text: str,
        start: int,
        end: int,
        named: list[Mention],
        read: list[Finding],
        ctx: Context,
    ) -> list[Finding]:
        """ "Kunnanhallituksen jäsenet ovat Tero Mäyrä, … Pekka Raitala … Puheenjohtajaksi
        valittiin Raitala ja varapuheenjohtajaksi Mäyrä": an officer named by surname alone is
        the one person of the paragraph with that surname, in the body the sentence before
        named (when this sentence names none)."""
        toks = tokens(text, start, end)
        if not named or ctx.recent is None or self.reader.bodies(toks):
            return []
        body = replace(ctx.recent, name=ctx.recent.name[:1].upper() + ctx.recent.name[1:])
        held = {(f.actor.name, f.role) for f in read}
        out: list[Finding] = []
        for i, t in enumerate(toks):
            # "vice ordförande": a role of two words
            role = (i and self.lex.role_of(f"{toks[i - 1].text} {t.text}")) or self.lex.role_of(
                t.text
            )
            if role not in ("chair", "vice_chair", "secretary"):
                continue
            if self.lex.former and any(
                re.fullmatch(self.lex.former, x.text, re.I) for x in toks[max(0, i - 4) : i]
            ):
                continue  # "Edellisellä kaudella Liiton sihteerinä toimiva Ek": held before
            k = i + 1
            if k < len(toks) and toks[k].text[:1].islower():
                k += 1  # "Puheenjohtajaksi valittiin Raitala", "Till ordförande valdes Ek"
            if k >= len(toks) or not toks[k].is_cap:
                continue
            if k + 1 < len(toks) and toks[k + 1].is_cap:
                continue  # a full name: read by the other rules
            word = toks[k].text.casefold()
            same = {p.name for p in named if p.name.split()[-1].casefold() == word}
            if len(same) != 1:
                continue
            full = same.pop()
            if (full, role) in held:
                continue
            person = Mention(toks[k].start, toks[k].end, toks[k].text, full, "person", 0.7)
            out.append(
                Finding("membership", person, role, body, (start, end), 0.65, "text-surname")
            )
        return out

    def _they_form(
        self,
        text: str,
        start: int,
        end: int,
        named: list[Mention],
        read: list[Finding],
        ctx: Context,
    ) -> list[Finding]:
        """ "He muodostavat nuorisovaltuuston hallituksen", "Tillsammans bildar de
        ungdomsfullmäktiges styrelse": the people the paragraph has named in the sentences
        before are the members of the body the sentence names."""
        if not named or not self.lex.they_form:
            return []
        sentence = text[start:end]
        if not re.match(rf"\s*(?:{self.lex.they_form})\b", sentence, re.I):
            return []
        bodies = [
            b
            for b in self.reader.bodies(tokens(text, start, end))
            if not self.anaphora.fullmatch(b.written)
        ]
        if not bodies:
            return []
        b = bodies[-1]
        body = replace(b, name=b.name[:1].upper() + b.name[1:])
        seen: set[str] = {f.actor.name for f in read}
        out: list[Finding] = []
        for person in named:
            if person.name in seen:
                continue
            seen.add(person.name)
            out.append(
                Finding(
                    "candidacy" if ctx.status else "membership",
                    person,
                    "member",
                    body,
                    (start, end),
                    0.6,
                    "text-they-form",
                    status=ctx.status,
                )
            )
        return out

    def _row_label(self, cell: str) -> bool:
        """A short label that can head a row of seats: one to four words, the first
        capitalised (or an abbreviation), no sentence, no role word, no introduction."""
        words = cell.split()
        return (
            0 < len(words) <= 4
            and cell[:1].isupper()
            and not cell.endswith((":", "."))
            and not self.lex.find_role(cell)
            and not self.intro.search(cell)
        )

    def _inline_list(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """A composition list inside a sentence, after a colon ("Vammaisneuvoston kokoonpano on
        seuraava: Aino Ahola (pj.), Kaisa Koski (vpj.) ja Pekka Puu."): the part before the
        colon introduces a list and names the body (or the context has one); every item after
        it, cut at commas, "ja"/"och" and semicolons outside parentheses, must be a list entry
        naming a person, else the sentence is left to the sentence rules."""
        gap = text.find("\n\n", start, end)
        if gap >= 0 and (first := self._inline_list(text, start, gap, ctx)):
            # "Body: A (pj.); B" / "" / "Body: C; D": two lists with no full stop, taken for
            # one sentence; each is read with its own body
            rest = gap + len(text[gap:end]) - len(text[gap:end].lstrip())
            return first + self._inline_list(text, rest, end, ctx)
        sentence = text[start:end]
        colon = sentence.find(":")
        if colon < 0 and (abbreviated := _CAPTION_COMMA.match(sentence)) is not None:
            colon = abbreviated.end(1) + sentence[abbreviated.end(1) :].index(",")
            # "Fr v, A vice ordf, B, C ordf.": a photo caption's label, the comma its colon
        if colon < 0:
            return []
        if NO_SEAT_CROWD.search(sentence[:colon]):
            # "Nuorten turnaus Oslossa. Pelaajat: A, B ja C": the players, winners or performers
            # of an event the minutes speak of, no seats in any body
            return []
        introduced = bool(self.intro.search(sentence[:colon]))
        # "Kuusijoen hyvinvointiryhmä: A, B ja C.": the body's name and nothing else before the
        # colon introduces its list (every item then a person, as without an introduction)
        titled = [] if introduced else self._specific_bodies(text, start, start + colon)
        titled = [
            b
            for b in titled
            if not text[start : b.start].strip() and not text[b.end : start + colon].strip()
        ]
        if not introduced and not titled and ctx.body is None:
            return []
        if AUDITOR.search(sentence[:colon]) and not titled:
            return []  # "Verksamhetsgranskare: A och B med C som suppleant": no seats
        seats_in = _SEATS_IN_NAMED.fullmatch(sentence[:colon].strip())
        if seats_in is not None and not introduced:
            # "Representant i Stiftelsen Solgården: A, suppleant B": the seats are in the body
            # the label names, not in the body of the page
            named = seats_in.group("body")
            at = start + sentence.index(named)
            kind = self.lex.body_kind(named.split()[-1].casefold()) or "body"
            titled = [Mention(at, at + len(named), named, named, kind, 0.6)]
        if _OFFICERS_ELECTED.fullmatch(sentence[:colon].strip()) and self._header_role(
            re.sub(r"(?i)^till\s+|\s+\w+$", "", sentence[:colon].strip())
        ) in ("chair", "vice_chair", "secretary"):
            # "Till vice ordförande valdes: A, B och C", "Varapuheenjohtajiksi valittiin: A ja
            # B": an officer's role and the verb that elects to it, read as without the colon
            return []
        bodies = self._composed_bodies(text, start, start + colon) if introduced else titled
        if introduced and not bodies:
            bodies = self._bare_composed(text, start, start + colon, ctx)
        if introduced and not bodies:
            bodies = self._bare_joined(text, start, start + colon, ctx)
        body = self._listed_body(text, bodies, start + colon) if bodies else ctx.body
        if body is None:
            return []
        base = start + colon + 1
        rest = text[base:end].rstrip(".")
        cut = re.compile(r",|;|\s(?:ja|sekä|och|samt)\s")
        if rest.count(";") >= 2:
            # "A, puheenjohtaja; B, Kylälä; C": entries with commas of their own, the
            # semicolons between them
            cut = re.compile(r";|\s(?:ja|sekä|och|samt)\s(?=[A-ZÅÄÖ])")
        spans: list[tuple[int, int]] = []
        depth, begin, i = 0, 0, 0
        while i < len(rest):
            depth += (rest[i] == "(") - (rest[i] == ")")
            mt = cut.match(rest, i) if depth == 0 else None
            if mt:
                spans.append((begin, i))
                begin = i = mt.end()
                continue
            i += 1
        spans.append((begin, len(rest)))
        items = [
            (base + a + len(rest[a:b]) - len(rest[a:b].lstrip()), base + len(rest[:b].rstrip()))
            for a, b in spans
            if rest[a:b].strip()
        ]
        joined: list[tuple[int, int]] = []
        post_joined = False
        for a, b in items:
            word = re.sub(r"\s*\([^()]*\)\s*$", "", text[a:b]).strip(" .")
            if joined and self.lex.role_of(word) in ("chair", "vice_chair", "secretary"):
                # "Aino Ek, puheenjohtaja (Testilä), Bo Lind (Kylälä)": the officer's post
                # after the comma belongs to the name before it
                joined[-1] = (joined[-1][0], b)
                post_joined = True
                continue
            if joined and _LOWER_ITEM.fullmatch(word) and (post_joined or self._duty_words(word)):
                # "Bo Ek, kassör, Eva Lind, vice kassör och kontaktperson, Olle Berg,
                # sammankallande": a duty in lower case after the comma (and what "och" adds
                # to it) is the name's before it, no entry of its own
                joined[-1] = (joined[-1][0], b)
                post_joined = True
                continue
            post_joined = False
            joined.append((a, b))
        items, closing = self._role_items(text, joined)
        if len(items) < 2 and seats_in is None:
            return []
        saved = ctx.body, ctx.status, ctx.role, ctx.paren_deputies
        ctx.body = body
        ctx.status = self.lex.not_member_status(sentence) or ctx.status  # "Hakijat ovat: …"
        if _MEMBERS_AND_DEPUTIES.search(sentence[:colon]) and all(
            _NAME_IN_PARENTHESES.search(text, a, b) for a, b in items
        ):
            # "… jäsenet ja varajäsenet: A (B), C (D) ja E (F)": every item a member and, in
            # its parentheses, the member's deputy
            ctx.paren_deputies = True
        if (said := self._header_role(sentence[:colon])) in ("member", "deputy_member"):
            ctx.role = said  # "Varajäseniä ovat: A ja B": the seat the words before give
        # a photo caption's names, each perhaps with its post after it
        caption = bool(_CAPTION.fullmatch(sentence[:colon].strip()))
        found: list[Finding] = []
        try:
            for n, (a, b) in enumerate(items):
                if closing is not None and n >= closing[0]:
                    ctx.role = closing[1]  # "…, C och D, ersättare": the names since the last post
                entries = self.lists.entry(text, a, b, ctx)
                if not entries or entries[0].actor.kind != "person":
                    return []
                if (
                    not introduced
                    and entries[0].actor.start != a
                    # (after the body's own name, a person's title may come first:
                    # "Nuorisovaltuusto: nuorisosihteeri A (pj.), B ja C")
                    and not (
                        titled and re.fullmatch(r"[a-zåäö-]+\s+", text[a : entries[0].actor.start])
                    )
                ):
                    # "Övriga politiker som är med: A (C) …, B (S) …": without a word that
                    # introduces a list, every item must begin with a person
                    return []
                if caption and entries[0].kind == "membership":
                    tail = text[entries[0].actor.end : b]
                    if _CAPTION_STAFF_TAIL.fullmatch(tail):
                        continue  # "Fr v, A ordf., B vd, C": the managing director, no seat
                    if _CAPTION_DEPUTY_TAIL.fullmatch(tail):
                        # "Fr v, A vice ordf, B ers., C": the abbreviation after the name
                        entries[0].role = "deputy_member"
                found += entries
        finally:
            ctx.body, ctx.status, ctx.role, ctx.paren_deputies = saved
        return found

    def _duty_words(self, words: str) -> bool:
        """Whether lower-case words after a name's comma name a duty held in the body: an
        office ("vice sekreterare"), a treasurer's post ("vice kassör") or a convener's
        ("sammankallande")."""
        role = self.lex.role_of(words)
        if role in ("chair", "vice_chair", "secretary") or (role == "member" and " " in words):
            return True
        # (a member's or a deputy's word alone, "…, C och D, ersättare", says the seat of
        # the names since the last post)
        return any(w in self.lex.treasurer or _CONVENER.fullmatch(w) for w in words.split())

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

    def _bare_joined_lead(self, text: str, line: Line, ctx: Context, out: Walk) -> list[Mention]:
        """ "Vuonna 2023 hallitukseen kuului puheenjohtajan lisäksi kahdeksan jäsentä:": a lead-in
        line that names the body of the people under it by a bare word in the illative before
        a verb of belonging (a year before it aside). [] when the word can mean the body of
        the context or a body the text named before (that one is meant) or the line is of
        another form."""
        if not line.text.rstrip().endswith(":"):
            return []
        lead = _YEAR_LEAD.match(text, line.start, line.end)
        found = self._bare_joined(text, lead.end() if lead else line.start, line.end, ctx)
        if len(found) != 1 or (
            ctx.body is not None
            and (found[0] is ctx.body or SentenceReader._refers_to(found[0], ctx.body))
        ):
            return []
        if any(SentenceReader._refers_to(found[0], b) for b, _span in out.named):
            return []
        return found

    def _bare_composed(self, text: str, start: int, end: int, ctx: Context) -> list[Mention]:
        """ "… att styrelsen ska bestå av 7 ledamöter och följande blev valda:": a body named by
        its bare word as the subject of the verb that says its composition, the one body of
        the introduction; [] otherwise (the body of the context, unless the word is only the
        bare head of that body's name). A line of minutes that says more before it ("§11
        Omval av sittande styrelse valdes enligt förslag från valberedningen. Styrelsen består
        då av:"): the last sentence, the one the list follows."""
        if (stop := text.rfind(". ", start, end)) >= 0 and text[stop + 2 : end].strip():
            start = stop + 2
        bodies = [b for b in self.reader.bodies(tokens(text, start, end)) if not b.plural]
        if len(bodies) != 1:
            return []
        at = bodies[0].end
        if (term := _TERM_AFTER_BODY.match(text, at, end)) is not None:
            at = term.end()  # "Styrelsen för 2021 års verksamhet har haft följande …"
        if not _CONSISTS_OF.match(text, at, end):
            return []
        b = bodies[0]
        bare = replace(b, name=b.name[:1].upper() + b.name[1:])
        return [self._same_or(bare, ctx.body)]

    def _role_items(
        self, text: str, items: list[tuple[int, int]]
    ) -> tuple[list[tuple[int, int]], tuple[int, str] | None]:
        """The items of an inline list with the posts cut from their names put back ("A,
        ordförande samt B, C och D, ledamöter": "A, ordförande" one item): an item that is only
        a post belongs to the name before it; a member's or deputy's word closing the list is
        the seat of every name since the last post (the index of the first such item and the
        role). The items unchanged when no item is a post alone."""
        posts = [self.lex.role_of(text[a:b].strip()) for a, b in items]
        if not any(posts) or posts[0]:
            return items, None
        out: list[tuple[int, int]] = []
        closing: tuple[int, str] | None = None
        since = 0  # the first item after the last post
        for (a, b), post in zip(items, posts, strict=True):
            if not post:
                out.append((a, b))
                continue
            if not out or (len(out) <= since and (a, b) != items[-1]):
                return items, None  # two posts in a row: not names and their posts
            if (a, b) == items[-1] and post in ("member", "deputy_member") and len(out) - since > 1:
                closing = (since, post)  # "…, C och D, ledamöter": all of them
            else:
                out[-1] = (out[-1][0], b)
            since = len(out)
        return out, closing

    def _two_names(self, toks: list[Token]) -> list[Mention] | None:
        """Four capitalised words (a middle initial aside) with no separator: two names of
        first name and surname ("Lars Häggblom Anders T Karlsson")."""
        if len(toks) == 4:
            cuts = [(0, 2), (2, 4)]
        elif len(toks) == 5 and [len(t.text) for t in toks].count(1) == 1:
            cuts = [(0, 3), (3, 5)] if len(toks[1].text) == 1 else [(0, 2), (2, 5)]
            if len(toks[0].text) == 1 or len(toks[-1].text) == 1:
                return None
        else:
            return None
        names = []
        for a, b in cuts:
            person = self.reader.person_at(toks[a:b], 0, in_list=True)
            if person is None or person.end != toks[b - 1].end:
                return None
            names.append(person)
        return names

    def _place_seat_row(self, text: str, s: int, e: int) -> tuple[Token, list[Mention]] | None:
        """A line of a flattened table of seats per place, with no headings: a place, then
        two persons' names ("Brändö Jörgen Gustafsson Tommy Öström")."""
        toks = tokens(text, s, e)
        if len(toks) not in (5, 6) or not all(t.is_word and t.text[:1].isupper() for t in toks):
            return None
        place = toks[0]
        if (
            len(place.text) < 3
            or self.lex.role_of(place.text)
            or m.FIRST_NAME in self.reader._classes(place.text)
        ):
            return None
        names = self._two_names(toks[1:])
        return (place, names) if names else None

    def _place_seat_rows(self, text: str, out: Walk) -> None:
        """Three or more lines in a row that are each a place and two names ("Eckerö Anders
        Ek Maria Berg"), under a heading that names a body: a table of the seats each member
        place holds, its headings lost; both persons are members of the body, for the place.
        Lines just above the rows that are an officer's role, a name and one of the rows'
        places ("Ordförande Anders Ek Eckerö") give the body's officers. What other rules made
        of these lines gives way."""
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        i = 0
        while i < len(lines):
            rows = []
            j = i
            while j < len(lines) and (row := self._place_seat_row(text, *lines[j])):
                rows.append((lines[j], row))
                j += 1
            if len(rows) < 3:
                i += 1
                continue
            places = {row[0].text for _span, row in rows}
            officers: list[tuple[tuple[int, int], str, Mention, Token]] = []
            k = i - 1
            while k >= 0:
                s, e = lines[k]
                mt = re.fullmatch(r"\s*((?:\d\.\s*)?[^\W\d]+)\s+(.+?)\s+(\S+)\s*", text[s:e])
                if mt is None or not (
                    mt.group(3) in places or m.PLACE in self.reader._classes(mt.group(3))
                ):
                    break
                role = self.lex.role_of(re.sub(r"^\d\.\s*", "", mt.group(1)))
                toks = tokens(text, s + mt.start(2), s + mt.end(2))
                person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if role not in ("chair", "vice_chair", "secretary") or person is None:
                    break
                if person.end != toks[-1].end:
                    break
                place_tok = Token(mt.group(3), s + mt.start(3), s + mt.end(3))
                officers.append(((s, e), role, person, place_tok))
                k -= 1
            head = k
            while head >= 0 and not text[lines[head][0] : lines[head][1]].strip():
                head -= 1
            bodies = self._composed_bodies(text, *lines[head]) if head >= 0 else []
            if not bodies:
                i = j
                continue
            body = bodies[-1]
            start, end = lines[k + 1][0], lines[j - 1][1]
            found: list[Finding] = []
            for span, role, person, place_tok in officers:
                place = Mention(place_tok.start, place_tok.end, place_tok.text, place_tok.text,
                                "municipality", 0.6)  # fmt: skip
                found.append(
                    Finding(
                        "membership", person, role, body, span, 0.7, "list-place-seats",
                        on_behalf_of=place,
                    )
                )  # fmt: skip
            for span, (place_tok, names) in rows:
                place = Mention(place_tok.start, place_tok.end, place_tok.text, place_tok.text,
                                "municipality", 0.6)  # fmt: skip
                for person in names:
                    found.append(
                        Finding(
                            "membership", person, "member", body, span, 0.7, "list-place-seats",
                            on_behalf_of=place,
                        )
                    )  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found
            i = j

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

    def _cell_person(self, text: str, s: int, e: int) -> tuple[Mention, str] | None:
        """A line of a flattened table cell that begins a person's entry: the name (a
        telephone number glued before it aside), perhaps an officer's abbreviation after a
        comma ("Ek Aino, pj"), nothing else."""
        line = text[s:e]
        lead = re.match(r"\s*(?:\+?\d[\d ]{5,}\d\s+)?", line)
        at = s + (lead.end() if lead else 0)
        mt = re.fullmatch(
            r"([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})\s*(?:,\s*([\w.]{1,12}))?\s*",
            text[at:e],
        )
        if mt is None:
            return None
        toks = tokens(text, at, at + mt.end(1))
        if any(self.reader.organisation_at(toks, j) for j in range(len(toks))):
            return None
        if self.reader.bodies(toks):
            return None
        person = self.reader.person_at(toks, 0, in_list=True)
        if person is None or person.end != toks[-1].end:
            return None
        said = mt.group(2) or ""
        role = (self.lex.role_of(said) or self.lex.line_abbreviation(said) or "") if said else ""
        if said and not role:
            return None
        words = person.written.split()
        first_last = m.FIRST_NAME in self.reader._classes(words[-1]) and (
            m.FIRST_NAME not in self.reader._classes(words[0])
        )
        if first_last:
            # "Airola Annina": surname first, as such tables print names
            name = " ".join([words[-1], *words[:-1]])
            person = replace(person, name=name)
        return person, role

    def _cell_office_elsewhere(self, text: str, s: int, e: int) -> tuple[str, Mention] | None:
        """ "(työryhmän pj.)" on a line of a person's cell: an officer's post in another body,
        named in the genitive before the post's word or abbreviation; the role and the
        body."""
        mt = re.fullmatch(r"\s*\(\s*(\S+)\s+([\w.]{2,20})\s*\)\s*", text[s:e])
        if mt is None:
            return None
        said = mt.group(2)
        role = self.lex.role_of(said) or self.lex.line_abbreviation(said)
        if role not in ("chair", "vice_chair", "secretary"):
            return None
        found = self.reader.bodies(tokens(text, s + mt.start(1), s + mt.end(1)))
        if len(found) != 1 or not self._seat_body_word(found[0].name):
            return None
        name = found[0].name
        return role, replace(found[0], name=name[:1].upper() + name[1:])

    def _member_deputy_cells(self, text: str, out: Walk) -> None:
        """A member / deputy table flattened cell by cell under its header line ("Jäsen
        Varajäsen"): each cell a name line ("Lähteenmäki Tapani, pj") and lines of what the
        person speaks for and how to reach them. The names in order are a member, then that
        member's deputy, and so on; a name with an officer's role of its own on the next
        line ("sihteeri") stands outside the columns. Read so only when the body is known
        and at least four names alternate; what other rules made of these lines gives way."""
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        for h, (hs, he) in enumerate(lines):
            if re.search(r"\S\s{2,}\S", text[hs:he]) or not self._column_pair(text[hs:he]):
                continue  # columns set apart by runs of spaces are read as columns elsewhere
            k = h + 1
            others = 0
            people: list[tuple[Mention, str]] = []
            officers: list[tuple[Mention, str]] = []
            elsewhere: list[tuple[Mention, str, Mention]] = []
            # cells set apart by blank lines: a blank line after the header, and the cells
            # up to a line of prose
            spaced = k + 1 < len(lines) and not text[lines[k][0] : lines[k][1]].strip()
            while k < len(lines) and (
                text[lines[k][0] : lines[k][1]].strip()
                or (
                    spaced
                    and k + 1 < len(lines)
                    and text[lines[k + 1][0] : lines[k + 1][1]].strip()
                )
            ):
                s, e = lines[k]
                if spaced and (e - s > 60 or text[s:e].rstrip().endswith((".", ":", "!", "?"))):
                    break  # prose: the cells have ended
                if not text[s:e].strip():
                    k += 1
                    continue
                cell = self._cell_person(text, s, e)
                if cell is not None:
                    below = (
                        text[lines[k + 1][0] : lines[k + 1][1]].strip()
                        if k + 1 < len(lines)
                        else ""
                    )
                    own = self.lex.role_of(below) if below else None
                    if own in ("secretary", "chair", "vice_chair") and not cell[1]:
                        officers.append((cell[0], own))
                    else:
                        people.append(cell)
                elif self._two_names(tokens(text, s, e)) is not None:
                    others = -len(lines)  # "Aino Ek Pekka Puu": a row a line, not cells
                else:
                    others += 1
                    # "(työryhmän pj.)" right under a name: the person's post in another body
                    seat = self._cell_office_elsewhere(text, s, e) if people else None
                    if seat is not None and lines[k - 1][0] <= people[-1][0].start:
                        elsewhere.append((people[-1][0], *seat))
                k += 1
            if len(people) < 4 or 2 * others < len(people):
                # a line a row ("Aino Ek Pekka Puu") has names only: not cells of their own
                continue
            start, end = lines[h][1], lines[k - 1][1]
            targets = [
                f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and start <= f.actor.start < end
            ]
            if not targets:
                continue
            body = max(targets, key=lambda b: sum(t.name == b.name for t in targets))
            found: list[Finding] = []
            for n, (person, role) in enumerate(people):
                if n % 2 == 0:
                    found.append(
                        Finding(
                            "membership", person, role or "member", body, (person.start,
                            person.end), 0.65, "list-member-deputy-cells",
                        )
                    )  # fmt: skip
                else:
                    found.append(
                        Finding(
                            "membership", person, "deputy_member", body, (person.start,
                            person.end), 0.6, "list-member-deputy-cells",
                            deputy_for=people[n - 1][0],
                        )
                    )  # fmt: skip
            for person, role in officers:
                found.append(
                    Finding(
                        "membership", person, role, body, (person.start, person.end), 0.65,
                        "list-member-deputy-cells",
                    )
                )  # fmt: skip
            for person, role, other in elsewhere:
                found.append(
                    Finding(
                        "membership", person, role, other, (person.start, other.end), 0.6,
                        "list-member-deputy-cells",
                    )
                )  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found

    def _numbered_deputy_rows(self, text: str, out: Walk) -> None:
        """A two-column table of members and the deputies of each group in the order they
        step in, flattened a row a line: "Ek Aino 1. Puu Pekka" (a member, the group's deputy
        number one), a last line with the member alone, one group's rows under its name.
        Read so only under a header above the first rows that names both columns (members
        and deputies), and only when every membership the page states before the table is
        in one body: the table's body. Each group's name is the party the seats are for;
        the deputies stand for the group, for no member of their own. What other rules made
        of these lines gives way."""
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        rows: list[tuple[int, Mention, Mention | None, int]] = []  # line, member, deputy, no.
        for k, (s, e) in enumerate(lines):
            mt = _NUMBERED_ROW.match(text, s, e)
            if mt is None:
                continue
            left = self._whole_name(text, mt.start(1), mt.end(1))
            if left is None:
                continue
            if mt.group(2) is None:
                rows.append((k, left, None, 0))
                continue
            right = self._whole_name(text, mt.start(3), mt.end(3))
            if right is not None:
                rows.append((k, left, right, int(mt.group(2))))
        # groups: numbered rows one after another from 1, perhaps a last member alone
        groups: list[list[tuple[int, Mention, Mention | None, int]]] = []
        for row in rows:
            last = groups[-1] if groups else None
            if (
                last is not None
                and row[0] == last[-1][0] + 1
                and last[-1][3]
                and (row[3] == last[-1][3] + 1 or row[3] == 0)
            ):
                last.append(row)
            elif row[3] == 1:
                groups.append([row])
        groups = [g for g in groups if sum(1 for r in g if r[3]) >= 3]
        if not groups:
            return
        first = lines[groups[0][0][0]][0]
        header = text[max(0, first - 400) : first]
        if not (_MEMBERS_COLUMN.search(header) and _DEPUTIES_COLUMN.search(header)):
            return
        targets = {
            f.target.name: f.target
            for f in out.findings
            if f.kind == "membership" and f.target is not None and f.quote[1] <= first
            and f.actor.kind == "person"
        }  # fmt: skip
        if len(targets) != 1:
            return  # no body, or several: which one the table is of is not guessed
        body = next(iter(targets.values()))
        start, end = first, lines[groups[-1][-1][0]][1]
        found: list[Finding] = []
        for g in groups:
            hs, he = lines[g[0][0] - 1] if g[0][0] > 0 else (0, 0)
            heading = text[hs:he].strip()
            group = None
            if heading and not _NUMBERED_ROW.match(text, hs, he):
                # "…sijaantulojärjestyksessäÄänekosken …ryhmä": a heading glued to the name
                glued = re.search(r"[a-zåäö](?=[A-ZÅÄÖ][a-zåäö])", heading)
                cut = glued.end() if glued is not None else 0
                g0 = hs + (len(text[hs:he]) - len(text[hs:he].lstrip())) + cut
                name = text[g0:he].strip()
                group = Mention(g0, g0 + len(name), name, name, "organisation", 0.5)
            for k, left, right, _no in g:
                quote = lines[k]
                found.append(
                    Finding(
                        "membership", left, "member", body, quote, 0.65,
                        "list-numbered-deputies", on_behalf_of=group,
                    )
                )  # fmt: skip
                if right is not None:
                    found.append(
                        Finding(
                            "membership", right, "deputy_member", body, quote, 0.6,
                            "list-numbered-deputies", on_behalf_of=group,
                        )
                    )  # fmt: skip
        out.findings = [
            f for f in out.findings if f.kind != "membership" or not start <= f.actor.start < end
        ] + found

    def _member_deputy_rows(self, text: str, out: Walk) -> None:
        """A table of members and their personal deputies flattened a row a line, its cells
        run together with single spaces under a header line that names the columns ("Jäsen
        Varajäsen Kunta", "Ledamot Ersättare Kommun"): "Aino Ek, puheenjohtaja Pekka Puu
        Kylälä" is a member (with her office, when one is written between the names), her
        deputy and, under a place column, the place the seat is for (its last word). Two names
        with nothing between them are split in the middle when they are four words; five words
        are split only where the first-name dictionary says the second name begins (one way
        only); any other row is left as the other rules read it. Read so only when at least
        three rows below the header are read so and the rows name one body; what other rules
        made of the rows gives way."""
        heads = [(h, False) for h in _PAIR_HEADER.finditer(text)]
        heads += [(h, True) for h in _LEAD_PARTY_PAIR_HEADER.finditer(text)]
        for head, lead in heads:
            place_col = not lead and bool(head.group("place"))
            party_col = not lead and bool(head.group("party"))
            rows: list[tuple[tuple[int, int], Mention, str, Mention, Mention | None]] = []
            pos = head.end() + 1
            while pos < len(text):
                e = text.find("\n", pos)
                e = len(text) if e < 0 else e
                if not text[pos:e].strip():
                    break
                if lead:
                    row = self._lead_party_pair_row(text, pos, e)
                elif party_col:
                    row = self._party_pair_row(text, pos, e)
                else:
                    row = self._pair_row(text, pos, e, place_col)
                if row is None:
                    break
                rows.append(((pos, e), *row))
                pos = e + 1
            if len(rows) < 3:
                continue
            start, end = rows[0][0][0], rows[-1][0][1]
            targets = {
                f.target.name: f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and f.actor.kind == "person"
                and (start <= f.actor.start < end or f.quote[1] <= start)
            }  # fmt: skip
            inside = {
                f.target.name: f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and f.actor.kind == "person"
                and start <= f.actor.start < end
            }  # fmt: skip
            if len(inside) == 1:
                body = next(iter(inside.values()))
            elif not inside and len(targets) == 1:
                body = next(iter(targets.values()))
            elif not targets and (above := self._heading_just_above(text, head.start())):
                body = above  # the table's heading, the line right above its header
            elif not targets and lead and (title := self._title_body(text, head.start())):
                body = title  # the page's title, a body's name, over prose and the table
            else:
                continue  # no body, or several: which one the table is of is not guessed
            found: list[Finding] = []
            for quote, member, role, deputy, place in rows:
                found.append(
                    Finding(
                        "membership", member, role, body, quote, 0.75,
                        "table-member-deputy", on_behalf_of=place,
                    )
                )  # fmt: skip
                found.append(
                    Finding(
                        "membership", deputy, "deputy_member", body, quote, 0.7,
                        "table-member-deputy", on_behalf_of=place,
                        # (a party's deputy stands for the party's seats, for no one member)
                        deputy_for=None if lead else member,
                    )
                )  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found

    def _pair_row(
        self, text: str, s: int, e: int, place_col: bool
    ) -> tuple[Mention, str, Mention, Mention | None] | None:
        """One row of :meth:`_member_deputy_rows`: (member, role, deputy, place) or None."""
        while e > s and text[e - 1] in " \t\r":
            e -= 1
        place = None
        if place_col:
            last = re.search(r"[ \t]([A-ZÅÄÖ][\w-]+)$", text[s:e])
            if last is None:
                return None
            p0 = s + last.start(1)
            place = Mention(p0, e, last.group(1), last.group(1), "municipality", 0.5)
            e = s + last.start()
        role = "member"
        said = _PAIR_ROW_ROLE.search(text, s, e)
        if said is not None:
            role = self.lex.role_of(said.group(1)) or ""
        elif (said := _PAIR_ROW_WORD.search(text, s, e)) is not None:
            # "Aino Ek, orförande Bo Lind": an officer's word misspelt by one letter
            word = said.group(1)
            vice = word.startswith("vice")
            spelt = next(
                (o for o in _OFFICE_SPELLINGS if _one_letter_off(word.split()[-1], o)), None
            )
            role = (self.lex.role_of(("vice " if vice else "") + spelt) or "") if spelt else ""
        if said is not None:
            if role not in ("chair", "vice_chair", "secretary"):
                return None
            member = self._whole_name(text, s, said.start())
            deputy = self._whole_name(text, said.end(), e)
            if member is None or deputy is None:
                return None
            return member, role, deputy, place
        words = list(re.finditer(r"\S+", text[s:e]))
        # "Bo von Ek Aino Lind": a surname's particle goes with the word after it
        units: list[tuple[int, int, str]] = []  # start, end, the unit's last word
        particle = -1
        for k, w in enumerate(words):
            if 0 < k < len(words) - 1 and _NAME_PARTICLE.fullmatch(w.group()):
                particle = w.start()
                continue
            if not re.fullmatch(r"[A-ZÅÄÖ][\w'-]+", w.group()):
                return None
            units.append((particle if particle >= 0 else w.start(), w.end(), w.group()))
            particle = -1
        if len(units) == 4:
            cuts = [2]
        elif len(units) == 5:
            cuts = [
                k
                for k in (2, 3)
                if m.FIRST_NAME in self.reader._classes(units[k][2])
                and m.FIRST_NAME not in self.reader._classes(units[5 - k][2])
            ]
        else:
            return None
        if len(cuts) != 1:
            return None
        k = cuts[0]
        member = self._whole_name(text, s + units[0][0], s + units[k - 1][1])
        deputy = self._whole_name(text, s + units[k][0], s + units[-1][1])
        if member is None or deputy is None:
            return None
        return member, role, deputy, place

    def _lead_party_pair_row(
        self, text: str, s: int, e: int
    ) -> tuple[Mention, str, Mention, Mention | None] | None:
        """One row of :meth:`_member_deputy_rows` under a header whose first column is the
        party ("Parti Ordinarie Ersättare"): the party's name (capitalised words), then the
        member's and the deputy's names, two words each: (member, "member", deputy, party)
        or None."""
        words = list(re.finditer(r"\S+", text[s:e]))
        if len(words) < 5 or not all(
            re.fullmatch(r"[A-ZÅÄÖ][\w'-]+", w.group()) for w in words[-4:]
        ):
            return None
        if not all(w.group()[:1].isupper() for w in words[:-4]):
            return None
        member = self._whole_name(text, s + words[-4].start(), s + words[-3].end())
        deputy = self._whole_name(text, s + words[-2].start(), s + words[-1].end())
        if member is None or deputy is None:
            return None
        p0, p1 = s + words[0].start(), s + words[-5].end()
        party = Mention(p0, p1, text[p0:p1], text[p0:p1], "organisation", 0.5)
        return member, "member", deputy, party

    def _title_body(self, text: str, start: int) -> Mention | None:
        """The body the page's first line names, when that line is nothing but the body's
        name and every line between it and ``start`` is prose (a sentence that ends with a
        full stop) or blank; else None."""
        first = re.match(r"\s*([^\n]+)\n", text)
        if first is None or first.end() > start:
            return None
        lines = text[first.end() : start].split("\n")
        if any(ln.strip() and not ln.rstrip().endswith((".", ")")) for ln in lines):
            return None
        a, b = first.span(1)
        while b > a and text[b - 1] in " \t\r":
            b -= 1
        if _PREPARATORY_TITLE.fullmatch(text, a, b):
            # "Demokratiberedningen": a council's preparatory committee, by its name alone
            return Mention(a, b, text[a:b], text[a:b], "body", 0.6)
        found = [x for x in self.reader.bodies(tokens(text, a, b)) if not x.plural]
        if len(found) != 1 or found[0].start != a or found[0].end != b:
            return None
        return replace(found[0], name=found[0].name[:1].upper() + found[0].name[1:])

    def _heading_just_above(self, text: str, start: int) -> Mention | None:
        """The body the heading line right above ``start`` (a line start) names, or None."""
        prev = text.rfind("\n", 0, max(0, start - 1)) + 1
        if not text[prev:start].strip():
            return None
        body = self._heading_body_before(text, start)
        return body if body is not None and body.start >= prev else None

    def _party_pair_row(
        self, text: str, s: int, e: int
    ) -> tuple[Mention, str, Mention, Mention | None] | None:
        """One row of :meth:`_member_deputy_rows` under a party column ("Jäsenet Varajäsenet
        Puolue"): the member's name (two words, or up to an office: "Aino Ek 1. vpj."), the
        deputy's name (two words), each perhaps with a party in brackets, then the party cell,
        which must not be empty: (member, role, deputy, None) or None."""
        line = text[s:e]
        said = _PAIR_ROW_ROLE.search(text, s, e)
        role = "member"
        if said is not None:
            role = self.lex.role_of(said.group(1)) or ""
            if role not in ("chair", "vice_chair", "secretary"):
                return None
            m_end = said.start()
            pos = said.end()
        else:
            two = re.match(r"[ \t]*[A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ][\w'-]+", line)
            if two is None:
                return None
            m_end = s + two.end()
            pos = m_end
        member = self._whole_name(text, s, m_end)
        if member is None:
            return None
        paren = _PAIR_ROW_PARTY.match(text, pos, e)
        if paren is not None:
            pos = paren.end()
        two = re.compile(r"[ \t]*([A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ][\w'-]+)").match(text, pos, e)
        if two is None:
            return None
        deputy = self._whole_name(text, two.start(1), two.end(1))
        if deputy is None:
            return None
        pos = two.end()
        paren = _PAIR_ROW_PARTY.match(text, pos, e)
        if paren is not None:
            pos = paren.end()
        if not re.match(r"[ \t]+\S", text[pos:e]):
            return None  # no party cell: the row may be read otherwise
        return member, role, deputy, None

    def _attendance_pairs(self, text: str, out: Walk) -> None:
        """Minutes' attendance table flattened into one run of words under its member and
        deputy column header ("Varsinaiset jäsenet Varajäsenet SAAPUVILLA X Ek Aino, pj. Puu
        Pekka OLLEET X Mäki Liisa Oja Onni …"): the names, two words each (and a middle
        initial), a member, then that member's deputy, and so on; presence marks ("X"),
        headings in capitals and an officer's abbreviation after a comma between them. The run
        ends at the others present ("MUUT") or at any other word. Read so only when each
        stretch of names has an even number of words, the pairs are at least three and the
        minutes name their body; what other rules made of the run gives way."""
        heads = [*_ATTENDANCE_HEADER.finditer(text), *_PRESENCE_COLUMNS_HEADER.finditer(text)]
        for head in heads:
            marked = head.re is _PRESENCE_COLUMNS_HEADER
            if not marked and not self._column_pair(head.group()):
                continue
            body = self._minutes_head_body(text)
            if body is None:
                return
            toks = tokens(text, head.end(), min(len(text), head.end() + 3000))
            names: list[tuple[Mention, str]] = []
            words: list[Token] = []
            role = ""

            i = 0
            ok = True
            others = -1
            while i < len(toks) and ok:
                t = toks[i]
                if _OTHERS_PRESENT.fullmatch(t.text):
                    others = t.end
                    break
                if t.text in ("X", "x") or (t.is_word and t.text.isupper() and len(t.text) > 1):
                    # a presence mark; "SAAPUVILLA", "OLLEET": the table's own headings
                    ok = self._two_word_names(text, words, names)
                elif t.text == ",":
                    ok = self._two_word_names(text, words, names)
                    after = toks[i + 1] if i + 1 < len(toks) else None
                    role = self.lex.role_of(after.text) if after is not None else None
                    if not role or not names:
                        break
                    names[-1] = (names[-1][0], role)
                    i += 2
                    if i < len(toks) and toks[i].text == "." and toks[i].start == toks[i - 1].end:
                        i += 1
                    continue
                elif (
                    t.is_word and t.text[:1].isupper() and t.text[1:].replace("-", "").islower()
                ) or (len(t.text) == 1 and t.text.isupper() and words):
                    words.append(t)
                else:
                    break
                i += 1
            if not ok or not self._two_word_names(text, words, names) or len(names) < 6:
                continue
            tail = names[-1][0].end
            if marked and len(names) % 2:
                # "… Nikkinen Pirjo x esittelijä": a name with no deputy after the pairs is
                # no seat (the presenting official in the member's column)
                names.pop()
            found: list[Finding] = []
            for n, (person, role) in enumerate(names):
                if n % 2 == 0:
                    found.append(
                        Finding(
                            "membership", person, role or "member", body,
                            (person.start, person.end), 0.6, "list-attendance-pairs",
                        )
                    )  # fmt: skip
                else:
                    found.append(
                        Finding(
                            "membership", person, "deputy_member", body,
                            (person.start, person.end), 0.55, "list-attendance-pairs",
                            deputy_for=names[n - 1][0],
                        )
                    )  # fmt: skip
            start, end = (head.start() if marked else names[0][0].start), tail
            if others >= 0:
                # "MUUT SAAPUVILLA OLLEET … Matti Ahonen, kunnanhallituksen puheenjohtaja"
                seats = self._other_seats(text, others, min(len(text), others + 600))
                if seats:
                    end = max(end, seats[-1].actor.end)
                found += seats
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found
            return

    def _marked_pairs(self, text: str, out: Walk) -> None:
        """Minutes' attendance with a presence mark after each name, its member and deputy
        columns flattened into one run ("Läsnä: Aino Ek pj (x) Bo Lind vpj () jäsenet:
        varajäsenet: Eva Salo (x) Olli Mäki () … Liisa Oja, pääsihteeri (x)"): the officers
        before the columns' heading by their abbreviation, then a member and that member's
        deputy in turn, an officer's post after a comma ending the pairs. Read only with at
        least three pairs and a body named before the run; what other rules made of the run
        gives way."""
        for head in _MARKED_PAIRS_HEADER.finditer(text):
            pairs: list[tuple[int, int, str]] = []  # name's span, post
            at = head.end()
            while (mt := _MARKED_NAME.match(text, at)) is not None:
                post = (mt.group("post") or "").strip(" ,.")
                pairs.append((mt.start("name"), mt.end("name"), post))
                at = mt.end()
                if post:
                    break
            officers: list[tuple[int, int, str]] = []
            if pairs and pairs[-1][2]:
                officers.append(pairs.pop())
            if len(pairs) < 6 or any(p for _s, _e, p in pairs):
                continue
            if len(pairs) % 2:
                pairs.pop()  # a member whose deputy the run does not give
            lead_at = max(0, head.start() - 300)
            for mt in _MARKED_NAME.finditer(text, lead_at, head.start()):
                if mt.group("post") and mt.end() <= head.start():
                    officers.append((mt.start("name"), mt.end("name"), mt.group("post")))
            bodies = [m for m, _q in out.named if m.kind != "person" and m.end <= head.start()]
            bodies = [b for b in bodies if self.lex.body_kind(b.name.split()[-1].casefold())]
            if not bodies:
                continue
            body = bodies[-1]
            head_word = body.name.split()[-1].casefold()
            fuller = [b for b in bodies if b.name.casefold().endswith(" " + head_word)]
            if fuller and " " not in body.name:
                body = fuller[-1]  # "Testilän neuvottelukunta … NEUVOTTELUKUNNAN KOKOUS"
            body = replace(body, name=body.name[:1].upper() + body.name[1:])
            found: list[Finding] = []
            for s0, e0, post in officers:
                role = self.lex.role_of(post.strip(" ,.")) or self.lex.line_abbreviation(
                    post.strip(" ,")
                )
                if role not in ("chair", "vice_chair", "secretary"):
                    continue
                person = self._listed_name(text, s0, e0)
                found.append(
                    Finding("membership", person, role, body, (s0, e0), 0.6, "minutes-marked")
                )
            people = [self._listed_name(text, s0, e0) for s0, e0, _p in pairs]
            for n, person in enumerate(people):
                found.append(
                    Finding(
                        "membership", person, "member" if n % 2 == 0 else "deputy_member",
                        body, (person.start, person.end), 0.6, "minutes-marked",
                        deputy_for=people[n - 1] if n % 2 else None,
                    )
                )  # fmt: skip
            # the attendance's line read whole: what other rules made of its words gives way
            start = text.rfind("\n", 0, min(f.actor.start for f in found)) + 1
            end = text.find("\n", max(f.actor.end for f in found))
            end = len(text) if end < 0 else end
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found
            return

    def _present_in_capitals(self, text: str, out: Walk) -> None:
        """Minutes' attendance flattened under a heading in capitals with no colon
        ("SAAPUVILLA OLLEET Kunnantalo, kunnanhallituksen kokoushuone Aino Ek Bo Lind, poistui
        klo 12 Eva Mäki MUUT SAAPUVILLA OLLEET Olli Oja, kv:n pj."): the meeting place
        skipped, the names (run together, each first name and surname) the members of the
        minutes' body, a note after a comma no part of them; among the others only a seat
        said by abbreviation in another body ("kv:n pj.") is one. Nothing when the minutes
        name no body, or the names do not divide into first names and surnames."""
        head = _PRESENT_CAPITALS.search(text)
        if head is None:
            return
        body = self._minutes_head_body(text)
        if body is None:
            return
        stop = _OTHERS_PRESENT.search(text, head.end(), min(len(text), head.end() + 1500))
        if stop is None:
            return
        place = _MEETING_PLACE.match(text, head.end(), stop.start())
        start = place.end() if place is not None else head.end()
        people: list[Mention] = []
        for part in text[start : stop.start()].split(","):
            s0 = text.index(part, start)
            start = s0 + len(part)
            toks = tokens(text, s0, s0 + len(part))
            if people:
                # "poistui klo 12.00/ :n 44 käsittelyn aikana Rauha Partanen": the note, then
                # the next names
                k = len(toks)
                while k > 0 and toks[k - 1].is_cap and toks[k - 1].is_word:
                    k -= 1
                toks = toks[k:]
            names = self._name_pairs(toks)
            if not names:
                return
            people += names
        if len(people) < 3:
            return
        found = [
            Finding(
                "membership", p, "member", body, (head.start(), stop.start()), 0.6,
                "minutes-present",
            )
            for p in people
        ]  # fmt: skip
        found += self._other_seats(text, stop.end(), min(len(text), stop.end() + 400))
        a, b = head.start(), stop.end() + 400
        out.findings = [
            f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
        ] + found

    def _other_seats(self, text: str, start: int, end: int) -> list[Finding]:
        """The seats the others present at a meeting hold in other bodies, said after a comma
        by abbreviation or with the body in the genitive ("Mikko Korhonen, kv:n pj.", "Matti
        Ahonen, kunnanhallituksen puheenjohtaja"); an official's post is none."""
        found: list[Finding] = []
        for mt in _OTHER_SEAT.finditer(text, start, end):
            role, elsewhere = self._seat_of(mt.group("said"))
            if not elsewhere:
                role, elsewhere = self._column_seat(mt.group("said"))
            if not role or not elsewhere:
                continue
            person = self._whole_name(text, mt.start("name"), mt.end("name"))
            if person is None:
                continue
            other = Mention(
                mt.start("said"), mt.end("said"), mt.group("said"), elsewhere, "body", 0.5
            )
            found.append(
                Finding("membership", person, role, other, mt.span(), 0.6, "minutes-present")
            )
        return found

    def _counted_members(self, text: str, out: Walk) -> None:
        """Members counted, then named: "neljä kunnanhallituksen jäsentä eli A (sd.), B (sd.),
        C": the names after "eli" or a colon are members of the body in the genitive before
        the word for members, no more of them than the number says. Names only already read
        as someone's are left to that reading."""
        for mt in _COUNTED_MEMBERS.finditer(text):
            count = _COUNT_WORDS.get(mt.group("n").casefold()) or (
                int(mt.group("n")) if mt.group("n").isdigit() else 0
            )
            bodies = self.reader.bodies(tokens(text, mt.start("body"), mt.end("body")))
            if not count or len(bodies) != 1 or bodies[0].plural:
                continue
            b = bodies[0]
            body = replace(b, name=b.name[:1].upper() + b.name[1:])
            toks = tokens(text, mt.end(), min(len(text), mt.end() + 400))
            people: list[Mention] = []
            i = 0
            while i < len(toks) and len(people) < count:
                person = self.reader.person_at(toks, i, in_list=True)
                if person is None:
                    break
                people.append(person)
                i = next((x for x in range(i, len(toks)) if toks[x].start >= person.end), len(toks))
                if i < len(toks) and toks[i].text == "(":
                    close = next((x for x in range(i, len(toks)) if toks[x].text == ")"), None)
                    if close is None or close - i > 6:
                        break
                    i = close + 1  # "(sd.)": the party
                if i < len(toks) and toks[i].text.casefold() in (",", "ja", "och"):
                    i += 1
                else:
                    break
            if len(people) < 2:
                continue
            have = {f.actor.start for f in out.findings if f.kind == "membership"}
            quote = (mt.start(), people[-1].end)
            role = "deputy_member" if mt.group("word").casefold().startswith("vara") else "member"
            out.findings += [
                Finding("membership", p, role, body, quote, 0.6, "text-counted-members")
                for p in people
                if p.start not in have
            ]

    @staticmethod
    def _two_word_names(text: str, words: list[Token], names: list[tuple[Mention, str]]) -> bool:
        """The words of one stretch of a flattened table as names printed surname first, two
        words each and perhaps a middle initial ("Pursiainen Erkki H"), added to ``names``;
        False when the words do not divide so. ``words`` is emptied."""
        if len([t for t in words if len(t.text) > 1]) % 2:
            return False
        k = 0
        while k < len(words):
            first = words[k]
            second = words[k + 1] if k + 1 < len(words) else None
            if second is None or len(first.text) == 1 or len(second.text) == 1:
                return False
            last = second
            if k + 2 < len(words) and len(words[k + 2].text) == 1:
                last = words[k + 2]
            written = text[first.start : last.end]
            parts = written.split()
            name = " ".join([*parts[1:], parts[0]])
            names.append((Mention(first.start, last.end, written, name, "person", 0.6, "nom"), ""))
            k += 3 if last is not second else 2
        words.clear()
        return True

    def _whole_name(self, text: str, s: int, e: int) -> Mention | None:
        """A person's name that is the whole of ``text[s:e]``, or None."""
        toks = tokens(text, s, e)
        if not toks:
            return None
        person = self.reader.person_at(toks, 0, in_list=True)
        if person is None or person.end != toks[-1].end:
            return None
        return person

    def _glued_entry(self, text: str, s: int, e: int) -> Mention | None:
        """A list line whose name is glued to what the person speaks for, the cells of a
        table run together ("Jaakkola SeijaSPR Maskun osasto", "Ek AinoEläkeliitto"): the
        name, two words, the second ending where a capital follows a small letter."""
        mt = _GLUED.match(text, s, e)
        if mt is None:
            return None
        toks = tokens(text, mt.start(1), mt.end(1))
        person = self.reader.person_at(toks, 0, in_list=True)
        if person is None or person.end != mt.end(1):
            return None
        words = person.written.split()
        if m.FIRST_NAME in self.reader._classes(words[-1]) and (
            m.FIRST_NAME not in self.reader._classes(words[0])
        ):
            person = replace(person, name=" ".join([words[-1], *words[:-1]]))
        return person

    def _slash_column_pairs(self, text: str, out: Walk) -> None:
        """A table of members and personal deputies flattened a row a line under a header
        that parts the columns with a slash ("ORDINARIE MEDLEMMAR / SUPPLEANTER"), each cell
        "Name / place or organisation" and a row's second cell glued to the first ("Ek Bo /
        EkbyLind Eva / Åbo"): the first name of a row is a member, the second the member's
        deputy. A row whose deputy was set on a line of its own (the member's cell wrapped) is
        read with the next one-name line as its deputy; a heading line ("Privata") starts
        afresh, a line in small letters goes on the cell above. The body is the one a heading
        a few lines above the header names. Read so only when at least three rows are read
        and one of them holds two names; a line of prose ends the table."""
        for head in _SLASH_PAIR_HEADER.finditer(text):
            body = None
            top = head.start()
            for _ in range(6):
                if top <= 0:
                    break
                prev = text.rfind("\n", 0, top - 1) + 1
                found = [b for b in self.reader.bodies(tokens(text, prev, top)) if not b.plural]
                if found:
                    body = found[-1]
                    break
                top = prev
            if body is None:
                continue
            rows: list[list[tuple[int, int]]] = []
            pending: tuple[int, int] | None = None
            seats: list[tuple[tuple[int, int], str, tuple[int, int] | None]] = []
            pos = head.end() + 1
            while pos < len(text):
                e = text.find("\n", pos)
                e = len(text) if e < 0 else e
                line = text[pos:e]
                stripped = line.strip()
                entries = list(_SLASH_ENTRY.finditer(text, pos, e))
                if entries and not text[pos : entries[0].start()].strip():
                    names = [(m.start("name"), m.end("name")) for m in entries[:2]]
                    rows.append(names)
                    if len(names) == 2:
                        seats += [(names[0], "member", None), (names[1], "deputy_member", names[0])]
                        pending = None
                    elif pending is not None:
                        seats.append((names[0], "deputy_member", pending))
                        pending = None
                    else:
                        seats.append((names[0], "member", None))
                        pending = names[0]
                elif stripped and (
                    len(stripped.split()) > 8 or "/" in stripped or stripped.endswith((".", ":"))
                ):
                    break  # prose or another table: the end of this one
                elif stripped[:1].isupper():
                    pending = None  # a heading: the rows below start afresh
                pos = e + 1
            if len(rows) < 3 or not any(len(r) == 2 for r in rows):
                continue
            spans = [sp for sp, _, _ in seats]
            out.findings = [
                f
                for f in out.findings
                if not any(a < f.actor.end and f.actor.start < b for a, b in spans)
            ]
            actors = {
                sp: Mention(sp[0], sp[1], text[sp[0] : sp[1]], text[sp[0] : sp[1]], "person", 0.6)
                for sp in spans
            }
            for sp, role, of in seats:
                line_start = text.rfind("\n", 0, sp[0]) + 1
                line_end = text.find("\n", sp[1])
                line_end = len(text) if line_end < 0 else line_end
                out.findings.append(
                    Finding(
                        "membership",
                        actors[sp],
                        role,
                        body,
                        (line_start, line_end),
                        0.6,
                        "list-slash-pair",
                        deputy_for=actors[of] if of is not None else None,
                    )
                )

    def _glued_entries(self, text: str, out: Walk) -> None:
        """Three or more lines in a row that are each a name glued to an organisation (see
        :meth:`_glued_entry`), under a heading a few lines above that names a body: the
        body's members, each on behalf of the organisation after the name, or holding the
        role glued there ("Aino MäkiVarapuheenjohtaja")."""
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        i = 0
        while i < len(lines):
            j = i
            people = []
            while j < len(lines) and (person := self._glued_entry(text, *lines[j])) is not None:
                people.append((person, lines[j]))
                j += 1
            if len(people) < 3:
                i += 1
                continue
            body = None
            for k in range(i - 1, max(-1, i - 8), -1):
                bodies = self._composed_bodies(text, *lines[k])
                if bodies:
                    body = bodies[-1]
                    break
            if body is not None:
                have = {
                    f.actor.start
                    for f in out.findings
                    if f.kind == "membership" and f.actor.kind == "person"
                }
                for person, (s, e) in people:
                    if person.start in have:
                        continue
                    tail = text[person.end : e]
                    said = re.match(r"([^()]+?)\s*(?:\([^()]*\))?\s*$", tail)
                    role = self.lex.role_of(said.group(1)) if said is not None else None
                    if role is not None:
                        # "Salla HirvasniemiVarapuheenjohtaja": the glued cell is the role
                        out.findings.append(
                            Finding("membership", person, role, body, (s, e), 0.6,
                                    "list-glued-entry")
                        )  # fmt: skip
                        continue
                    org = Mention(person.end, e, tail, tail, "organisation", 0.5)
                    out.findings.append(
                        Finding(
                            "membership", person, "member", body, (s, e), 0.6,
                            "list-glued-entry", on_behalf_of=org,
                        )
                    )  # fmt: skip
            i = j

    def _list_groups_of_the_page_body(self, text: str, out: Walk) -> None:
        """A council's members under the names of their electoral lists ("Edustajisto" as the
        page's first line, then "Vapaat opiskelijat" / "Aho Aino" / "Puu Pekka" / "(Oja
        Olli)" / "Vihreä lista" / …): two groups or more, each a short label that is no
        person, role or body, then two lines or more each one person's name and nothing
        else, hold the seats of the body the page's first line names (its only words). A
        name alone in parentheses is a deputy's when the page speaks of deputies, else no
        one's. The labels are not written as whom the seats are held for."""
        all_lines = lines(text)
        if not all_lines:
            return
        first = all_lines[0]
        label = text[first.content_start : first.end].strip().rstrip(":")
        found = [
            b
            for b in self.reader.bodies(tokens(text, first.content_start, first.end))
            if not b.plural and b.kind not in _NO_SEATS and b.kind != "network"
        ]
        if not found and _REPRESENTATIVE_COUNCIL.fullmatch(label):
            # "Edustajisto": a student union's council, a body the lexicon leaves to its
            # context elsewhere ("Edustajisto:" over a youth council's representatives)
            a = first.content_start + text[first.content_start : first.end].find(label)
            found = [Mention(a, a + len(label), label, label, "body", 0.6)]
        if len(found) != 1 or found[0].written.strip() != label:
            return
        body = replace(found[0], name=found[0].name[:1].upper() + found[0].name[1:])
        deputies = bool(_DEPUTY_WORD.search(text))

        def person(line: Line) -> tuple[Mention, bool] | None:
            raw = text[line.content_start : line.end].strip()
            paren = raw.startswith("(") and raw.endswith(")")
            a = line.content_start + (text.find("(", line.content_start) - line.content_start + 1
                                      if paren else 0)  # fmt: skip
            b = line.content_start + len(text[line.content_start : line.end].rstrip())
            b -= 1 if paren else 0
            toks = tokens(text, a, b)
            if not toks or not toks[0].is_cap:
                return None
            p = self.reader.person_at(toks, 0, in_list=True)
            if p is None or p.end != toks[-1].end or len(p.name.split()) < 2:
                return None
            return p, paren

        groups: list[list[tuple[Mention, bool, Line]]] = []
        k = 1
        while k < len(all_lines):
            line = all_lines[k]
            said = text[line.content_start : line.end].strip()
            words = said.split()
            if (
                line.bullet
                or not 1 <= len(words) <= 4
                or re.search(r"[.:;?!\d(),]", said)
                or person(line) is not None
                or self.lex.find_role(said)
                or self.reader.bodies(tokens(text, line.content_start, line.end))
            ):
                k += 1
                continue
            names: list[tuple[Mention, bool, Line]] = []
            j = k + 1
            while j < len(all_lines) and (got := person(all_lines[j])) is not None:
                names.append((*got, all_lines[j]))
                j += 1
            if len(names) >= 2:
                groups.append(names)
            k = max(j, k + 1)
        if len(groups) < 2:
            return
        read = [(f.actor.start, f.actor.end) for f in out.findings if f.actor.kind == "person"]
        for names in groups:
            for p, paren, line in names:
                if any(a < p.end and p.start < b for a, b in read):
                    continue
                if paren and not deputies:
                    continue
                role = "deputy_member" if paren else "member"
                out.findings.append(
                    Finding(
                        "membership", p, role, body, (line.start, line.end), 0.6,
                        "list-groups-of-the-page-body",
                        note="Listed under a group's name on the page of the body.",
                    )
                )  # fmt: skip

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

    def _appositions(self, text: str, out: Walk) -> None:
        """A caption or sentence that names people each followed by what they are ("Foto på
        A, initiativtagare, B, rådets ordförande, C, vice ordförande och D, ordförande
        nämnden"): each description is the name's before it, never the next one's. A role
        with a body in it is a seat in that body; a role alone ("vice ordförande") is in the
        body the description before it named. The sentence's other readings are replaced."""
        for line in lines(text):
            for sent in sentences(text, line.start, line.end):
                found = self._apposition_seats(text, sent.start, sent.end)
                if found is None:
                    continue
                out.findings = [
                    f
                    for f in out.findings
                    if not (
                        f.kind == "membership"
                        and f.actor.kind == "person"
                        and sent.start <= f.actor.start < sent.end
                    )
                ]
                out.findings += found

    def _influence_seats(self, text: str, out: Walk) -> None:
        """ "Valittiin A nuorisovaltuuston edustajaksi kunnanvaltuustoon sekä varaedustajaksi
        B": a youth or older people's council's representative (or deputy) in a municipal
        organ only speaks there; A and B are members of the council, whatever seat in the
        organ the sentence's other readings gave them."""
        for mt in _COUNCIL_DELEGATE.finditer(text):
            found = self.reader.bodies(tokens(text, mt.start(1), mt.end(1)))
            if not found or not _INFLUENCE.search(found[0].name.casefold()):
                continue
            council = replace(found[0], name=found[0].name[:1].upper() + found[0].name[1:])
            line_start = text.rfind("\n", 0, mt.start()) + 1
            line_end = text.find("\n", mt.end())
            line_end = len(text) if line_end < 0 else line_end
            sent = next(
                (x for x in sentences(text, line_start, line_end) if x.start <= mt.start() < x.end),
                None,
            )
            if sent is None or sent.end - sent.start > 300:
                continue  # (a run of minutes with no sentence ends: too wide to say)
            lo, hi = sent.start, sent.end
            for f in out.findings:
                if (
                    f.kind == "membership"
                    and f.actor.kind == "person"
                    and lo <= f.actor.start < hi
                    and f.role in ("representative", "deputy_member")
                    and f.target is not None
                    and not _INFLUENCE.search(f.target.name.casefold())
                ):
                    f.role, f.target, f.deputy_for, f.on_behalf_of = "member", council, None, None

    def _apposition_seats(self, text: str, start: int, end: int) -> list[Finding] | None:
        if text.count(",", start, end) < 3 or not self.lex.find_role(text[start:end]):
            return None
        parts: list[tuple[int, int]] = []
        pos = start
        for mt in re.finditer(r",\s+|\s+(?:och|ja)\s+", text[start:end]):
            parts.append((pos, start + mt.start()))
            pos = start + mt.end()
        parts.append((pos, end))
        people: list[tuple[Mention, tuple[int, int] | None]] = []
        for s0, e0 in parts:
            piece = text[s0:e0].strip().rstrip(".")
            if not piece:
                return None
            if piece[:1].isupper() or not people:
                if not people:
                    # the caption's words first ("Foto på A", "Kuvassa vasemmalta A")
                    lead = _CAPTION_LEAD.match(text, s0, e0)
                    s0 = lead.end() if lead else s0
                toks = tokens(text, s0, e0)
                person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if person is None or text[person.end : e0].strip(" ."):
                    return None
                if people and people[-1][1] is None and len(people) > 1:
                    return None  # two names running with no description between
                people.append((person, None))
            else:
                if not people or people[-1][1] is not None:
                    return None
                people[-1] = (people[-1][0], (s0, e0))
        described = [d for _p, d in people if d is not None]
        if len(people) < 3 or len(described) < len(people) - 1:
            return None
        if sum(bool(self.lex.find_role(text[a:b])) for a, b in described) < 2:
            return None
        out: list[Finding] = []
        last_body: Mention | None = None
        for person, d in people:
            if d is None:
                continue
            desc = text[d[0] : d[1]]
            found = self.lex.find_role(desc)
            bodies = self.reader.bodies(tokens(text, d[0], d[1]))
            body = bodies[-1] if bodies else None
            if body is not None:
                name = body.name
                if self.lex.lang == "sv" and found and body.end <= d[0] + found[1]:
                    name = re.sub(r"s$", "", name)  # "rådets ordförande": the genitive
                body = replace(body, name=name[:1].upper() + name[1:])
            if found is None or found[0] not in ("chair", "vice_chair", "secretary", "member"):
                last_body = body or last_body
                continue
            target = body or last_body
            last_body = target
            if target is None:
                continue
            out.append(
                Finding(
                    "membership",
                    person,
                    found[0],
                    target,
                    (start, end),
                    person.confidence - 0.1,
                    "text-apposition",
                )
            )
        return out

    @staticmethod
    def _broken_words(text: str, out: Walk) -> None:
        """A body named with a hyphen where a line was once broken ("vanhus-neuvosto") is
        the body the text also names whole ("vanhusneuvosto"): the whole word is its name."""
        low = text.casefold()
        for f in out.findings:
            b = f.target
            if b is None or not re.search(r"\w-[a-zåäö]", b.name):
                continue
            whole = re.sub(r"(?<=\w)-(?=[a-zåäö])", "", b.name)
            if re.search(rf"(?<![\w-]){re.escape(whole.casefold())}", low):
                f.target = replace(b, name=whole[:1].upper() + whole[1:])

    @staticmethod
    def _most_specific(out: Walk) -> None:
        """A person the text names as a member of a body and, elsewhere, as its chair, vice
        chair or secretary holds the more specific role: the plain membership is dropped. A
        person a list gives both a seat held now and a deputy's in the same body ("Kassör" /
        "Rolf Ek" and "Suppleant" / "Rolf Ek") holds the seat: the deputy's is dropped."""

        def key(f: Finding) -> tuple[str, str]:
            person = " ".join(sorted(f.actor.name.casefold().split()))
            return person, f.target.name.casefold() if f.target else ""

        officers = {
            key(f)
            for f in out.findings
            if f.kind == "membership" and f.role in ("chair", "vice_chair", "secretary")
        }
        # "A (B), Kylälän Invalidit ry" in the list, "Puheenjohtajana toimii A" after it: the
        # chair's seat is still the one the list says she holds for the organisation
        parties: dict[tuple[str, str], set[str]] = {}
        party_of: dict[tuple[str, str], Mention] = {}
        for f in out.findings:
            if f.kind == "membership" and f.role == "member" and key(f) in officers:
                parties.setdefault(key(f), set()).add(
                    f.on_behalf_of.name.casefold() if f.on_behalf_of else ""
                )
                if f.on_behalf_of is not None:
                    party_of[key(f)] = f.on_behalf_of
        for f in out.findings:
            k = key(f) if f.kind == "membership" else None
            if (
                k is not None
                and f.role in ("chair", "vice_chair", "secretary")
                and f.on_behalf_of is None
                and k in party_of
                and len(parties[k]) == 1
            ):
                f.on_behalf_of = party_of[k]
        out.findings = [
            f
            for f in out.findings
            if not (f.kind == "membership" and f.role == "member" and key(f) in officers)
        ]
        seated = {
            key(f)
            for f in out.findings
            if f.kind == "membership"
            and not f.status
            and f.role in ("chair", "vice_chair", "secretary", "member")
            and f.rule.startswith("list")
        }
        out.findings = [
            f
            for f in out.findings
            if not (
                f.kind == "membership"
                and f.role == "deputy_member"
                and not f.status
                and f.rule.startswith("list")
                and key(f) in seated
            )
        ]

    def _only_body(self, text: str, out: Walk) -> None:
        """Memberships found before the text named their body ("Jäsen Varajäsen" under no
        heading, the page's title lost) belong to the one body the document speaks of, if it
        speaks of one kind only (in any form: "Vanhusneuvostot", "vanhusneuvostolle"); else
        they stay without a body."""
        orphans = [f for f in out.findings if f.kind == "membership" and f.target is None]
        if not orphans:
            return
        found = [
            b
            for line in lines(text)
            for b in self.reader.bodies(tokens(text, line.start, line.end))
            if not _APPOINTING.search(b.name.casefold().split()[-1])
        ]
        names = {_without_definite_ending(b.name.casefold()) for b in found}
        singular = [b for b in found if not b.plural]  # "vaikuttamistoimielimet": a kind
        if len(names) != 1 or not singular:
            return
        first = singular[0]
        name = first.name[:1].upper() + first.name[1:]
        body = Mention(first.start, first.end, first.written, name, first.kind, 0.4)
        for f in orphans:
            f.target = body
            f.confidence = min(f.confidence, 0.5)
            f.note = (f.note + " " if f.note else "") + (
                "The list names no body: the body is the only one the document speaks of."
            )

    def _generic_bodies(self, text: str, out: Walk) -> None:
        """A body called by its kind's bare word ("the Council", "Valtuusto", "Styrelsen")
        is the page's one named body of that kind ("Council for the Disabled",
        "Kaupunginvaltuusto", "Kommunstyrelsen"); among several, the municipality's own one
        ("kaupungin-", "kunnan-", "kommun-", "City ..."), if only one is; else it stays."""
        generic = {
            f.target.name
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and self._bare_kind(f.target.name)
            # the board of an association's meeting, named by no word of the page
            and not (self.electing is not None and self.electing.fullmatch(f.target.written))
        }
        if not generic:
            return
        guests = _guest_spans(text)
        found = [
            b
            for line in lines(text)
            for b in self.reader.bodies(tokens(text, line.start, line.end))
            # a guest's own body ("besök av Regionstyrelsens ordförande") is not the page's
            if not b.plural and not any(a <= b.start < z for a, z in guests)
        ]
        # an English page is read with a Finnish or Swedish lexicon, which knows no "for the"
        found += [
            Mention(mt.start(), mt.end(), mt[0], mt[0], "body", 0.6)
            for mt in _EN_BODY_OF.finditer(text)
        ]
        chosen: dict[str, Mention] = {}
        for g in generic:
            word = self._bare_kind(g)
            named: dict[str, Mention] = {}
            for b in found:
                n = b.name.casefold()
                if n == word or (n.split()[-1] == word and n.split()[0] in ("the", "a")):
                    continue
                if _OTHER_ORGANS.search(text, max(0, b.start - 40), b.start):
                    continue  # "Svenska pensionärsförbundet r.f:s förbundsstyrelse": another's
                if _EACH_ONES.search(text, max(0, b.start - 20), b.start):
                    continue  # "beslutas av respektive sektionsstyrelse": each one's, no one body
                if self.lex.lang == "fi" and agency_name(b.name):
                    continue  # "Opetushallitus" named in passing: an agency, not the board
                if (" " not in n and n.endswith(word)) or n.startswith(word + " "):
                    named.setdefault(n, b)
            if len(named) > 1:
                named = {n: b for n, b in named.items() if _MUNICIPAL_BODY.match(n)}
            places = {
                f.on_behalf_of.name
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and f.target.name == g
                and f.on_behalf_of is not None
                and f.on_behalf_of.kind == "municipality"
            }
            if len(places) > 1:
                # seats for several municipalities: a joint body, no one municipality's own
                named = {n: b for n, b in named.items() if not _MUNICIPAL_BODY.match(n)}
            if len(named) == 1:
                b = next(iter(named.values()))
                if _APPOSITION_SEAT.search(text, max(0, b.start - 120), b.start):
                    continue  # "Bo Ek, styrelsemedlem i förbundsstyrelsen": a seat in passing
                chosen[g] = replace(b, name=b.name[:1].upper() + b.name[1:], confidence=0.5)
        for f in out.findings:
            if (
                f.kind == "membership"
                and f.target is not None
                and f.target.name in chosen
                and not (self.electing is not None and self.electing.fullmatch(f.target.written))
            ):
                body = chosen[f.target.name]
                f.note = (f.note + " " if f.note else "") + (
                    f"'{f.target.name}' is the page's {body.name}."
                )
                f.target = body
                f.confidence = min(f.confidence, 0.5)

    @staticmethod
    def _after_the_list(text: str, out: Walk) -> None:
        """Prose after a body's list (photo captions, news) speaks of its seats as they were:
        a paragraph there dated only before the list's term ("Vanhusneuvosto 2022-2026" over
        it, "9.6.2017" in it) names seats held before; and a chair the prose names beside the
        list's own chair of that body is no chair of the list's term."""
        listed = [
            f
            for f in out.findings
            if f.kind == "membership" and f.target is not None and f.rule.startswith("list")
        ]
        if len(listed) < 3:
            return
        first = min(f.quote[0] for f in listed)
        last = max(f.quote[1] for f in listed)
        above = text[:first].rstrip().rsplit("\n", 1)[-1]
        term = re.search(r"\b((?:19|20)\d\d)\s*[-–]\s*(?:(?:19|20)\d\d)?", above)  # noqa: RUF001
        chairs = {
            (f.target.name.casefold(), f.actor.name)
            for f in listed
            if f.role == "chair" and f.target is not None
        }
        kept = []
        for f in out.findings:
            if f.kind != "membership" or f.target is None or f.quote[0] < last:
                kept.append(f)
                continue
            if not f.rule.startswith("text") or f.status:
                kept.append(f)
                continue
            if f.role == "chair" and any(
                body == f.target.name.casefold() and who != f.actor.name for body, who in chairs
            ):
                continue  # another chair than the list's, in the prose after it
            a = text.rfind("\n\n", 0, f.quote[0])
            b = text.find("\n\n", f.quote[1])
            years = [
                int(y)
                for y in re.findall(
                    r"\b((?:19|20)\d\d)\b", text[a + 1 : b if b >= 0 else len(text)]
                )
            ]
            if term is not None and years and max(years) < int(term.group(1)):
                f.status = "ended"
            kept.append(f)
        out.findings = kept

    @staticmethod
    def _the_last_named(out: Walk) -> None:
        """ "Personliga ersättare för de sistnämnda är …": "sistnämnda", "förstnämnda",
        "nämnda" name no body but the persons just listed; the seats are in the body of the
        membership read last before them."""
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.target is None
                or not _LAST_NAMED.fullmatch(f.target.name.casefold())
            ):
                continue
            before = [
                g
                for g in out.findings
                if g.kind == "membership"
                and g.target is not None
                and g.quote[0] < f.target.start
                and not _LAST_NAMED.fullmatch(g.target.name.casefold())
            ]
            if not before:
                f.target = None
                continue
            body = max(before, key=lambda g: g.quote[0]).target
            f.note = (f.note + " " if f.note else "") + (
                f"'{f.target.written}' refers to the persons listed before, seated in {body.name}."
            )
            f.target = body
            f.confidence = min(f.confidence, 0.5)

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

    def _entries_after_is(self, text: str, out: Walk) -> None:
        """ "RPG:s förbundsstyrelse under mandatperioden 2021 - 2024 är:" or "De övriga
        ledamöterna i förbundsstyrelsen blev:" over one run of entries, "Name, Place (role);
        Name, Place; … samt Name, Place." or "Name, Name, … Name.": each entry's person
        holds a seat in the body the line names, in the role its brackets give (else a
        member's); a role "i" another body in the brackets is a seat there too."""
        for mt in _IS_LIST_INTRO.finditer(text):
            bodies = [
                b for b in self.reader.bodies(tokens(text, mt.start(), mt.end())) if not b.plural
            ]
            if not bodies:
                continue
            b = bodies[-1]
            if re.search(r"(?<![\w-])vid\s+$", text[max(0, b.start - 10) : b.start]):
                # "Att representera föreningen vid distriktsstämman valdes:": the meeting they
                # go to, no body whose seats they hold
                continue
            name = _definite(b.name.casefold())
            body = replace(b, name=name[:1].upper() + name[1:], confidence=0.55)
            start = mt.end()
            while start < len(text) and text[start].isspace():
                start += 1
            end = _LIST_RUN_END.search(text, start)
            stop = end.start() if end else len(text)
            for gap in re.finditer(r"\n[ \t]*\n\s*", text[start:stop]):
                after = text[start + gap.end() : start + gap.end() + 40]
                if not (after[:1].isupper() and ("," in after or ";" in after)):
                    stop = start + gap.start()  # a paragraph that is no entries ends the run
                    break
            if stop - start > 2000 or stop <= start:
                continue
            run = text[start:stop]
            sep = ";" if ";" in run else ","
            spans: list[tuple[int, int]] = []
            a = start
            for x in range(start, stop + 1):
                if x == stop or text[x] == sep:
                    spans.append((a, x))
                    a = x + 1
            parted: list[tuple[int, int]] = []
            for s0, e0 in spans:
                gap = re.search(r"\n[ \t]*\n\s*", text[s0:e0])
                head = text[s0 : s0 + gap.start()].split() if gap else []
                if gap and (len(head) > 1 or (head and head[0][:1].islower())):
                    # "sammankallande" / "Per Arne Andersson, …": a paragraph's break between
                    # entries; "Leif" / "Westerlind": a name broken over it
                    parted += [(s0, s0 + gap.start()), (s0 + gap.end(), e0)]
                else:
                    parted.append((s0, e0))
            spans = parted
            last = _LAST_AND.search(text, spans[-1][0], spans[-1][1])
            if last is not None:
                spans[-1:] = [(spans[-1][0], last.start()), (last.end(), spans[-1][1])]
            made: list[Finding] = []
            placed = sum(1 for s, e in spans if "," in text[s:e])
            for s, e in spans:
                entry = text[s:e]
                role, extra = "", None
                br = re.search(r"\(([^()]*)\)\s*$", entry)
                if br is not None:
                    said = br[1]
                    inner = re.match(r"(.+?)\s+i\s+([A-ZÅÄÖ].*)$", said)
                    if inner is not None:
                        r2 = self._entry_role(inner[1])
                        if r2:
                            s2 = s + br.start(1) + inner.start(2)
                            extra = (
                                r2,
                                Mention(s2, s2 + len(inner[2]), inner[2], inner[2], "body", 0.5),
                            )
                    else:
                        role = self._entry_role(said)
                        if not role:
                            continue  # "(suppleant)", a party: not read here
                    e = s + br.start()
                name_end = text.find(",", s, e) if sep == ";" else -1
                ns, ne = s, name_end if name_end >= 0 else e
                while ns < ne and text[ns].isspace():
                    ns += 1
                while ne > ns and text[ne - 1].isspace():
                    ne -= 1
                person = self._whole_name(text, ns, ne)
                if person is None and sep == ";":
                    toks = tokens(text, ns, ne)
                    person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if person is None:
                    continue
                words = person.written.split()
                if sep == ";" and name_end < 0 and len(words) >= 3 and placed > len(spans) / 2:
                    # "Ewa Sundkvist Örebro" among "Name, Place" entries: the comma is lost
                    cut = person.start + person.written.rfind(" ")
                    person = self._whole_name(text, person.start, cut) or person
                made.append(
                    Finding(
                        "membership", person, role or "member", body, (s, e), 0.55, "list-after-is"
                    )
                )
                if extra is not None:
                    made.append(
                        Finding(
                            "membership", person, extra[0], extra[1], (s, e), 0.5, "list-after-is"
                        )
                    )
            if len(made) < 3 or len({f.actor.start for f in made}) < 0.75 * len(spans):
                continue
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < stop
            ]
            out.findings += made

    def _glued_next_entries(self, text: str, out: Walk) -> None:
        """A list line whose entries were run together with no separator ("Christer
        Siwertsson, Region Jämtland-HärjedalenHans Hedlund, Region VästernorrlandErik
        Lövgren, …"): a person's whole name glued to the end of the entry before it, up to a
        comma, holds a seat as the line's first person does, in the same body."""
        taken = {f.actor.start for f in out.findings if f.kind == "membership"}
        made: list[Finding] = []
        for f in out.findings:
            if f.kind != "membership" or f.target is None or f.actor.kind != "person":
                continue
            a = text.rfind("\n", 0, f.actor.start) + 1
            z = text.find("\n", f.actor.end)
            z = len(text) if z < 0 else z
            if text[a : f.actor.start].strip():
                continue  # the line's first person only
            for mt in _GLUED_NAME.finditer(text, f.actor.end, z):
                if mt.start(1) in taken:
                    continue
                person = self._whole_name(text, mt.start(1), mt.end(1))
                if person is None:
                    continue
                taken.add(person.start)
                made.append(
                    Finding(
                        "membership",
                        person,
                        "member",
                        f.target,
                        (mt.start(1), mt.end(1)),
                        0.45,
                        "list-glued-entry",
                    )
                )
        out.findings += made

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

    def _co_officers(self, text: str, out: Walk) -> None:
        """ "Ryhmän puheenjohtajina toimivat johtaja Taru Koivisto STM:stä sekä ylijohtaja Esko
        Ranto OKM:stä": a post in the plural essive, each person named (after a title) holds
        it in the body the genitive before it names."""
        for mt in _CO_OFFICERS.finditer(text):
            role = _CO_POSTS[mt["post"].casefold()]
            bodies = [
                b
                for b in self.reader.bodies(tokens(text, mt.start("body"), mt.end("body")))
                if not b.plural
            ]
            if not bodies:
                continue
            body = replace(bodies[-1], name=bodies[-1].name[:1].upper() + bodies[-1].name[1:])
            stop = re.search(r"[.!?](?:\s|$)", text[mt.end() :])
            end = mt.end() + (stop.start() if stop else len(text) - mt.end())
            cuts = [mt.end()]
            for part in _NEXT_TITLED.finditer(text, mt.end(), end):
                cuts.append(part.end())
            made = []
            for i, a in enumerate(cuts):
                z = cuts[i + 1] if i + 1 < len(cuts) else end
                person = self._first_person(text, a, z)
                if person is not None:
                    made.append(
                        Finding(
                            "membership",
                            person,
                            role,
                            body,
                            (mt.start(), end),
                            0.55,
                            "text-co-officers",
                        )
                    )
            if len(made) < 2:
                continue
            taken = {f.actor.start for f in made}
            out.findings = [
                f for f in out.findings if f.kind != "membership" or f.actor.start not in taken
            ]
            out.findings += made

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

    def _slash_rows_under_header(self, text: str, out: Walk) -> None:
        """ "Valtuutettu / Kunta / Puolue" over rows "Ahonen, Liisa / Mikkeli / kd.": a table
        flattened with slashes whose first column is the people (a name or member column),
        each row's name surname first; each a member of the one body whose seats the text
        named just before the header (none when it named several or none). Two rows or more;
        a name the rules read already keeps its reading."""
        for head in _SLASH_HEADER.finditer(text):
            cells = [c.strip() for c in head.group(1).split("/")]
            if self.lex.column(cells[0]) not in ("name", "member"):
                continue
            above = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and head.start() - 800 <= f.actor.start < head.start()
            ]
            if len({f.target.name.casefold() for f in above if f.target is not None}) != 1:
                continue
            body = above[-1].target
            pos = head.end() + 1
            rows: list[re.Match[str]] = []
            while pos < len(text):
                while pos < len(text) and text[pos] == "\n":
                    pos += 1
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = _SLASH_ROW.fullmatch(text, pos, end)
                if row is None or row.group("rest").count("/") != len(cells) - 1:
                    break
                rows.append(row)
                pos = end + 1
            if len(rows) < 2:
                continue
            have = {f.actor.start for f in out.findings if f.actor.kind == "person"}
            for row in rows:
                if row.start("surname") in have:
                    continue
                name = f"{row.group('first')} {row.group('surname')}"
                person = Mention(
                    row.start("surname"),
                    row.end("first"),
                    text[row.start("surname") : row.end("first")],
                    name,
                    "person",
                    0.6,
                )
                out.findings.append(
                    Finding("membership", person, "member", body, (row.start(), row.end()),
                            0.6, "slash-table-row")
                )  # fmt: skip

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
            stop = text.find("\n", f.actor.end)
            rest = text[f.actor.end : len(text) if stop < 0 else stop].strip()
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

    def _bracketed_deputies(self, text: str, out: Walk) -> None:
        """Under "Varajäsenet ilmoitettu suluissa" ("deputies in brackets"), a member's line
        "Kristiina Hellsten (Mari Lahti)": the bracket's name is the member's deputy in the
        member's body, read by its shape (two or three capitalised words) when its words are
        not known as names ("Lahti" is also a town)."""
        all_lines = lines(text)
        said = next(
            (i for i, line in enumerate(all_lines) if self._says_paren_deputies(line.text)), None
        )
        if said is None:
            return
        members = {
            f.actor.start: f
            for f in out.findings
            if f.kind == "membership" and f.target is not None and f.role != "deputy_member"
        }
        taken = {f.actor.start for f in out.findings if f.kind == "membership"}
        taken |= {f.deputy_for.start for f in out.findings if f.deputy_for is not None}
        for line in all_lines[said + 1 :]:
            member = next((f for a, f in members.items() if line.start <= a < line.end), None)
            if member is None:
                if any(line.start <= a for a in members):
                    continue
                break
            par = re.search(r"\(([^()]*)\)\s*$", line.text)
            if par is None:
                continue
            s0 = line.start + par.start(1)
            e0 = line.start + par.end(1)
            if any(s0 <= a < e0 for a in taken):
                continue
            deputy = self._whole_name(text, s0, e0)
            shaped = _BRACKETED_NAME.fullmatch(text, s0, e0)
            if deputy is None and shaped is not None:
                deputy = Mention(
                    shaped.start(1),
                    shaped.end(1),
                    shaped[1],
                    " ".join(shaped[1].split()),
                    "person",
                    0.5,
                )
            if deputy is None:
                continue
            out.findings.append(
                Finding(
                    "membership",
                    deputy,
                    "deputy_member",
                    member.target,
                    (line.start, line.end),
                    0.5,
                    "list-bracketed-deputy",
                    deputy_for=member.actor,
                )
            )

    def _padded_attendance_lines(self, text: str, out: Walk) -> None:
        """Minutes headed by a body's meeting in the genitive ("Asia: Testilän Seuran
        hallituksen kokous 3/2019"), then the attendance a line a person, the name (and a post)
        padded apart from the items attended or "poissa" ("Aino Ek pj      12-20", "Bo Lind
        poissa"): the first block of such lines is the body's members, present or absent,
        the post their role. A post that is no seat in the body ("tj") or one with years after
        it ("pj 2020-2021", a term to come) gives no seat; the blocks after the first (staff,
        guests) are not read. Only for four lines or more."""
        head = _MEETING_TITLE_GENITIVE.search(text, 0, min(len(text), 400))
        if head is None:
            return
        body = None
        for a in self.reader.morph.analyse(head.group("body").casefold()):
            if a.case == "gen" and self.lex.body_kind(a.base) is not None:
                name = a.base[:1].upper() + a.base[1:]
                body = Mention(head.start("body"), head.end("body"), head.group("body"), name,
                               "body", 0.6)  # fmt: skip
                break
        if body is None:
            return
        block: list[re.Match[str]] = []
        for line in lines(text):
            if line.start < head.end():
                continue
            mt = _PADDED_ATTENDANCE.fullmatch(text, line.start, line.end)
            if mt is None or (
                block and "\n\n" in text[block[-1].end() : line.start].replace(" ", "")
            ):
                if block:
                    break
                continue
            block.append(mt)
        if len(block) < 4:
            return
        found: list[Finding] = []
        for mt in block:
            person = self._whole_name(text, *mt.span("name"))
            if person is None:
                return
            role = "member"
            if mt.group("post"):
                role = self.lex.role_of(mt.group("post")) or ""
            if mt.group("term") or role not in ("chair", "vice_chair", "secretary", "member"):
                continue
            found.append(
                Finding("membership", person, role, body, (mt.start(), mt.end("name")), 0.6,
                        "padded-attendance-lines")
            )  # fmt: skip
        a, b = block[0].start(), block[-1].end()
        out.findings = [
            f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
        ] + found

    def _slash_runs_over_lines(self, text: str, out: Walk) -> None:
        """A run of names parted by slashes and carried over line ends under a body's heading
        ("Testilän koulun johtokunta" / "Aino Ek / Bo Lind /" / "Eva Aho (pj) / Olli Berg /" /
        "Pia Salo / Ilkka Mäki"): a slash left at a line's end says the run goes on, so the
        slashes part one list, not a member from a personal deputy; every name is the body's
        member, a post in brackets after it (abbreviated: "(Puh.joht)", "(Vara puh. joht)")
        its role, whatever else read the lines. Read only for four names or more, every cell
        of every line a name (with its post), the body the whole of the line before the run
        but a full stop."""
        all_lines = lines(text)
        i = 0
        while i < len(all_lines):
            j = i
            cells: list[tuple[Mention, str]] = []
            carried = False
            while j < len(all_lines) and "/" in all_lines[j].text:
                line = all_lines[j]
                read = self._slash_cells(text, line.start, line.end)
                if read is None:
                    break
                cells += read
                carried = carried or (line.text.rstrip().endswith("/") and j + 1 < len(all_lines))
                j += 1
            if j == i:
                i += 1
                continue
            start, i = i, j
            if not carried or len(cells) < 4 or start == 0:
                continue
            head = all_lines[start - 1]
            toks = tokens(text, head.start, head.end)
            bodies = [b for b in self.reader.bodies(toks) if not b.plural]
            if (
                not bodies
                or text[bodies[-1].end : head.end].strip(" .:")
                or (
                    bodies[-1].start != head.start
                    and not text[head.start : bodies[-1].start].strip()[:1].isupper()
                )
            ):
                continue
            body = replace(bodies[-1], name=bodies[-1].name[:1].upper() + bodies[-1].name[1:])
            a, b = all_lines[start].start, all_lines[i - 1].end
            # the run's reading replaces a reading of its lines as member / deputy pairs
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
            ]
            for person, role in cells:
                out.findings.append(
                    Finding("membership", person, role, body, (person.start, person.end),
                            0.55, "slash-run-over-lines")
                )  # fmt: skip

    def _slash_cells(self, text: str, start: int, end: int) -> list[tuple[Mention, str]] | None:
        """The names (and their roles) of a line of names parted by slashes, or None when a
        cell is not a person's name with perhaps a post in brackets after it."""
        out: list[tuple[Mention, str]] = []
        pos = start
        for part in text[start:end].split("/"):
            s0, e0 = pos, pos + len(part)
            pos = e0 + 1
            if not part.strip():
                continue
            role = "member"
            mt = re.search(r"\(([^()]*)\)[\s.]*$", part)
            if mt is not None:
                role = self.lex.role_of(mt.group(1)) or ""
                if role not in ("chair", "vice_chair", "secretary", "member"):
                    return None
                e0 = s0 + mt.start()
            while s0 < e0 and text[s0].isspace():
                s0 += 1
            while e0 > s0 and text[e0 - 1].isspace():
                e0 -= 1
            person = self._whole_name(text, s0, e0)
            if person is None:
                return None
            out.append((person, role))
        return out or None

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

    def _body_before(self, text: str, at: int) -> Mention | None:
        """The last body the paragraph names before ``at``, or None."""
        a = text.rfind("\n\n", 0, at)
        a = 0 if a < 0 else a + 2
        found = [x for x in self.reader.bodies(tokens(text, a, at)) if not x.plural]
        if found:
            x = found[-1]
            return replace(x, name=x.name[:1].upper() + x.name[1:], confidence=0.5)
        return None

    def _personal_deputies_and_successors(self, text: str, out: Walk) -> None:
        """ "Björkmans personliga ersättare blir Gunnar Jansson", "… är viceordförande med
        Jonny Karlström (c) Brändö som ersättare": a deputy's seat; "Torbjörn Björkman (lib)
        efterträder Roger Jansson (fs) som ordförande": the successor's post. The body is the
        one the paragraph names before; none without it."""
        made: list[Finding] = []
        for mt in _SUCCEEDS_AS.finditer(text):
            role = self.lex.role_of(mt["post"])
            if role not in ("chair", "vice_chair", "secretary"):
                continue
            start = self._sentence_start(text, mt.start())
            person = self._first_person(text, start, mt.start())
            if person is None or text[person.end : mt.start()].strip(
                " ()abcdefghijklmnopqrstuvwxyzåäö"
            ):
                continue
            body = self._body_before(text, mt.start())
            if body is not None:
                made.append(
                    Finding(
                        "membership",
                        person,
                        role,
                        body,
                        (start, mt.end()),
                        0.55,
                        "text-succeeds-as",
                    )
                )
        for mt in _OWN_DEPUTY_IS.finditer(text):
            person = self._first_person(text, mt.end(), min(len(text), mt.end() + 60))
            body = self._body_before(text, mt.start())
            if person is not None and body is not None:
                made.append(
                    Finding(
                        "membership",
                        person,
                        "deputy_member",
                        body,
                        (mt.start(), person.end),
                        0.55,
                        "text-personal-deputy",
                    )
                )
        for mt in _WITH_AS_DEPUTY.finditer(text):
            person = self._first_person(text, mt.end(1), mt.start(2))
            body = self._body_before(text, mt.start())
            if person is not None and body is not None:
                made.append(
                    Finding(
                        "membership",
                        person,
                        "deputy_member",
                        body,
                        (mt.start(), mt.end()),
                        0.55,
                        "text-personal-deputy",
                    )
                )
        if not made:
            return
        taken = {f.actor.start for f in made}
        out.findings = [
            f for f in out.findings if f.kind != "membership" or f.actor.start not in taken
        ]
        out.findings += made

    def _kind_on_page(self, text: str, body: Mention) -> Mention:
        """A bare body word ("styrelse") as the page's one compound of that kind
        ("förbundsstyrelsen"), if the page names exactly one; else the word itself."""
        kind = self._bare_kind(body.name)
        if not kind:
            return body
        heads = {kind, _definite(kind)}
        named: dict[str, Mention] = {}
        for line in lines(text):
            for b in self.reader.bodies(tokens(text, line.start, line.end)):
                n = b.name.casefold()
                if (
                    " " not in n
                    and not b.plural
                    and any(n.endswith(h) and len(n) > len(h) + 2 for h in heads)
                ):
                    named.setdefault(n, b)
        if len(named) != 1:
            return body
        b = next(iter(named.values()))
        return replace(b, name=b.name[:1].upper() + b.name[1:], confidence=0.5)

    def _left_to_right_caption(self, text: str, out: Walk) -> None:
        """A photo caption "SKPF:s nyvalda styrelse, från vänster: A, B, … och N (saknas på
        bilden: M)": each person named is a member of the body the caption begins with (a
        bare "styrelse" the page's one board it names in full)."""
        for mt in _LEFT_TO_RIGHT.finditer(text):
            bodies = [
                b
                for b in self.reader.bodies(tokens(text, mt.start(), mt.start("from")))
                if not b.plural
            ]
            if not bodies:
                continue
            body = self._kind_on_page(text, bodies[-1])
            body = replace(body, name=body.name[:1].upper() + body.name[1:])
            start = mt.end()
            end = start
            while end < len(text) and text[end] not in ".\n":
                end += 1
            run = text[start:end]
            spans: list[tuple[int, int]] = []
            a = start
            for piece in re.finditer(r",|\s(?:och|samt|ja|sekä)\s|\(|\)|:", run):
                spans.append((a, start + piece.start()))
                a = start + piece.end()
            spans.append((a, end))
            made: list[Finding] = []
            tried = 0
            for s0, e0 in spans:
                while s0 < e0 and text[s0].isspace():
                    s0 += 1
                while e0 > s0 and text[e0 - 1].isspace():
                    e0 -= 1
                if e0 - s0 < 3 or not text[s0].isupper():
                    continue
                tried += 1
                person = self._whole_name(text, s0, e0)
                if person is not None:
                    made.append(
                        Finding(
                            "membership",
                            person,
                            "member",
                            body,
                            (mt.start(), end),
                            0.5,
                            "caption-left-to-right",
                        )
                    )
            if len(made) < 3 or len(made) < 0.75 * tried:
                continue
            for f in made:
                # "säger Bengt-Erik Johansson, omvald förbundsordförande": the post the page
                # gives the person elsewhere, in an apposition
                # or a sentence about the person: "Berit Bölander fick fortsatt förtroende som
                # förbundsordförande", "Karin Liljestrand valdes till ny förbundssekreterare"
                for ap in re.finditer(
                    re.escape(f.actor.written)
                    + r"(?:,\s+(?:[a-zåäö]+\s+)?|[^.!?\n()]{0,60}?\s(?:som|till)\s+"
                    r"(?:nya?\s+|nyvald\s+)?)((?:vice\s+)?[a-zåäö]+)\b",
                    text,
                ):
                    role = self._entry_role(ap[1])
                    if role in ("chair", "vice_chair", "secretary"):
                        f.role = role
                        break
            taken = {f.actor.start for f in made}
            out.findings = [
                f for f in out.findings if f.kind != "membership" or f.actor.start not in taken
            ]
            out.findings += made

    def _heading_body_above(self, text: str, all_lines: list[Line], at: int) -> Mention | None:
        """The body named by the last heading line (short, no full stop) above line ``at``."""
        for line in reversed(all_lines[:at]):
            if len(line.text.split()) > 8 or line.text.rstrip().endswith((".", ",")):
                continue
            found = [
                b for b in self.reader.bodies(tokens(text, line.start, line.end)) if not b.plural
            ]
            if found:
                b = found[-1]
                return replace(b, name=b.name[:1].upper() + b.name[1:], confidence=0.5)
        return None

    def _seat_title_name_lines(self, text: str, out: Walk) -> None:
        """ "Puheenjohtaja perhe- ja peruspalveluministeri Krista Kiuru" on a line of its own:
        the post, the person's title and the name; the seat is in the body the heading above
        names."""
        all_lines = lines(text)
        for i, line in enumerate(all_lines):
            words = line.text.split()
            if len(words) < 4 or not words[0][:1].isupper():
                continue
            role = self.lex.role_of(words[0])
            if role not in ("chair", "vice_chair", "secretary"):
                continue
            start = line.start + line.text.index(words[1])
            if not words[1][:1].islower():
                continue
            person = self._first_person(text, start, line.end)
            if person is None or text[person.end : line.end].strip():
                continue
            if any(f.kind == "membership" and f.actor.start == person.start for f in out.findings):
                continue
            body = self._heading_body_above(text, all_lines, i)
            if body is None:
                continue
            out.findings.append(
                Finding(
                    "membership",
                    person,
                    role,
                    body,
                    (line.start, line.end),
                    0.55,
                    "line-seat-title-name",
                )
            )

    def _titled_member_lines(self, text: str, out: Walk) -> None:
        """ "Jäsenet" on a line of its own over lines each a title and a name
        ("sosiaali- ja terveysministeri Hanna Sarkkinen"), perhaps with a deputy in brackets
        ("(sijainen tasa-arvoministeri Thomas Blomqvist)"): each a member of the body whose
        seat the text gave just before the label (the chair above it); none with no such
        body."""
        all_lines = lines(text)
        for i, label in enumerate(all_lines):
            said = label.text.strip().rstrip(":")
            if len(said.split()) > 2 or self.lex.role_of(said) not in ("member", "deputy_member"):
                continue
            role = self.lex.role_of(said)
            made: list[Finding] = []
            last = label.end
            for line in all_lines[i + 1 :]:
                if not line.text[:1].islower():
                    break
                paren = line.text.find("(")
                end = line.start + paren if paren > 0 else line.end
                person = self._first_person(text, line.start, end)
                if person is None or text[person.end : end].strip() or person.start == line.start:
                    break
                made.append(
                    Finding(
                        "membership",
                        person,
                        role,
                        None,
                        (line.start, line.end),
                        0.55,
                        "list-titled-line",
                    )
                )
                inner = _PAREN_SUBSTITUTE.match(text, line.start + paren) if paren > 0 else None
                if inner is not None:
                    deputy = self._first_person(text, inner.end(), line.end)
                    if deputy is not None:
                        made.append(
                            Finding(
                                "membership",
                                deputy,
                                "deputy_member",
                                None,
                                (line.start, line.end),
                                0.5,
                                "list-titled-line",
                                deputy_for=person,
                            )
                        )
                last = line.end
            if len([f for f in made if f.role == role]) < 2:
                continue
            before = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and label.start - 800 <= f.quote[0] < label.start
            ]
            if not before:
                continue
            body = max(before, key=lambda f: f.quote[0]).target
            for f in made:
                f.target = body
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not label.end <= f.actor.start < last
            ]
            out.findings += made

    def _compound_seat_list(self, text: str, out: Walk) -> None:
        """ "Vid mötet valdes styrelsemedlemmar för perioden 2019 - 2021:" over a list: the
        seat noun ("styrelsemedlemmar", "nämndledamöter") says the list's body, the board, and
        the list's seats taken from a body the prose named before it are that body's."""
        for mt in _COMPOUND_SEATS_INTRO.finditer(text):
            kind = mt["body"].casefold()
            name = _definite(kind)
            body = Mention(
                mt.start("body"), mt.end("body"), mt["body"], name.capitalize(), "body", 0.5
            )
            nxt = _COMPOUND_SEATS_INTRO.search(text, mt.end())
            stop = nxt.start() if nxt else len(text)
            for f in out.findings:
                if f.kind != "membership" or f.target is None or not mt.end() <= f.quote[0] < stop:
                    continue
                if f.target.start >= mt.start() or kind in f.target.name.casefold():
                    continue  # the list's own body, or one named with it
                f.note = (f.note + " " if f.note else "") + (
                    f"The list follows '{mt['seats']}': its body is {body.name}."
                )
                f.target = body
                f.confidence = min(f.confidence, 0.5)

    def _titled_body(self, text: str, out: Walk) -> None:
        """A body called by a shorter word for it ("Ministerityöryhmä", "Referensgruppen") is
        the page's one body whose name, in a heading, ends in that word or begins with it
        ("Koronaministerityöryhmän asettaminen", "Referensgrupp för folkhälsa"); with no such
        name, or several, it stays."""
        short = {
            f.target.name.casefold()
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and " " not in f.target.name
            and not self._bare_kind(f.target.name)
        }
        if not short:
            return
        # only lines with a word's stem can name a longer body of it ("neuvottelukun" for
        # "neuvottelukunnan"), and the page is read whole only when a heading names one
        stems = {w[: max(4, len(w) - 3)] for w in short}
        all_lines = [
            line for line in lines(text) if any(st in line.text.casefold() for st in stems)
        ]
        heading_lines = [
            line
            for line in all_lines
            if len(line.text.split()) <= 8 and not line.text.rstrip().endswith((".", ":", ","))
        ]
        headings = [(line.start, line.end) for line in heading_lines]

        def bodies_in(some: list[Line]) -> list[Mention]:
            return [
                b
                for line in some
                for b in self.reader.bodies(tokens(text, line.start, line.end))
                if not b.plural
            ]

        def longer_of(word: str, bodies: list[Mention]) -> dict[str, Mention]:
            heads = {word} | {word[: -len(e)] for e in ("en", "et", "n", "t") if word.endswith(e)}
            longer: dict[str, Mention] = {}
            for b in bodies:
                n = b.name.casefold()
                first = n.split()[0]
                if n == word or first in ("the", "a"):
                    continue
                last = n.split()[-1]
                if (
                    (" " not in n and any(n.endswith(h) and len(n) > len(h) + 2 for h in heads))
                    or (" " in n and first in heads)
                    or (
                        " " in n and any(last.endswith(h) and len(last) > len(h) + 2 for h in heads)
                    )
                ):
                    longer.setdefault(n, b)
            return longer

        in_headings = bodies_in(heading_lines)
        if not any(longer_of(word, in_headings) for word in short):
            return
        found = bodies_in(all_lines)
        chosen: dict[str, Mention] = {}
        for word in short:
            longer = longer_of(word, found)
            # the longer names in headings; of those that are one name's shorter forms
            # ("Ministerityöryhmä" beside "Koronaministerityöryhmä"), the longest
            titled = {
                n: b
                for n, b in longer.items()
                if any(
                    a <= c.start < z for c in found if c.name.casefold() == n for a, z in headings
                )
            }
            titled = {
                n: b
                for n, b in titled.items()
                if not any(o != n and _shorter_form(n, o) for o in titled)
            }
            if len(titled) != 1:
                continue
            n, b = next(iter(titled.items()))
            if any(o != n and not (_shorter_form(o, n) or _shorter_form(n, o)) for o in longer):
                continue  # another body of the kind on the page: which one is unknown
            chosen[word] = replace(b, name=b.name[:1].upper() + b.name[1:], confidence=0.5)
        for f in out.findings:
            if f.kind != "membership" or f.target is None:
                continue
            body = chosen.get(f.target.name.casefold())
            if body is None:
                continue
            f.note = (f.note + " " if f.note else "") + (
                f"'{f.target.name}' is the page's {body.name}."
            )
            f.target = body
            f.confidence = min(f.confidence, 0.5)

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

    def _same_officers(self, text: str, out: Walk) -> None:
        """ "Ordförande och vice ordförande är samma personer som i ungdomsfullmäktige",
        "Puheenjohtaja ja varapuheenjohtaja ovat samat henkilöt kuin nuorisovaltuustossa":
        whoever holds those roles in the body the text is about holds them in that body too
        (when the text names holders of them in exactly one body)."""
        pattern = _SAME_OFFICERS_SV if self.lex.lang == "sv" else _SAME_OFFICERS_FI
        for mt in pattern.finditer(text):
            roles = {
                r
                for part in re.split(r"\s*(?:,|\boch\b|\bsamt\b|\bja\b|\bsekä\b)\s*", mt["roles"])
                if part and (r := self.lex.role_of(part)) in ("chair", "vice_chair", "secretary")
            }
            toks = tokens(text, mt.start("body"), mt.end("body"))
            bodies = self.reader.bodies(toks)
            if not roles or not bodies:
                continue
            other = bodies[-1]
            other = replace(other, name=other.name[:1].upper() + other.name[1:])
            holders = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.role in roles
                and f.target is not None
                and f.target.name.casefold() != other.name.casefold()
            ]
            if len({f.target.name.casefold() for f in holders}) != 1:
                continue
            have = {
                (f.actor.name, f.role, f.target.name.casefold())
                for f in out.findings
                if f.target is not None
            }
            for f in holders:
                if (f.actor.name, f.role, other.name.casefold()) in have:
                    continue
                out.findings.append(
                    replace(
                        f,
                        target=other,
                        confidence=f.confidence - 0.15,
                        rule="text-same-officers",
                        on_behalf_of=None,
                        deputy_for=None,
                        note=f"the same {f.role.replace('_', ' ')} as in {f.target.name}: "
                        f"{text[mt.start() : mt.end()]}",
                    )
                )

    def _lists_of_the_one_body(self, text: str, out: Walk) -> None:
        """A list whose lines name no body, under a heading of its seats ("Ledamöter" / "Aino
        Ek, Kylälä (omval)"), on a page that names one body before it ("… i nya
        förbundsstyrelsen", "valde ny förbundsstyrelse"): the list is of that body, when every
        body named before the list, leaving out bare head words ("styrelsen"), plurals and
        projects or programmes (run, not sat in), is that one (with or without its definite
        ending; a bare head of a compound the page names, "styrelse" beside
        "förbundsstyrelsen", is the same body); on a page that names no body in full, the one
        bare head word it names ("Ohjausryhmän tehtävä on …"). Nothing is guessed when the page
        names two bodies or none."""
        loose = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.target is None
            and f.actor.kind == "person"
            and f.rule.startswith("list")
        ]
        if not loose:
            return
        first = min(f.quote[0] for f in loose)
        above = text[: text.rfind("\n", 0, first) if "\n" in text[:first] else 0].rstrip()
        heading = above[above.rfind("\n") + 1 :].strip()
        if not heading or self._header_role(heading) is None:
            return  # only a list under a heading of its seats ("Ledamöter", "Jäsenet")
        named: dict[str, Mention] = {}
        bare: dict[str, Mention] = {}
        for line in lines(text):
            if line.start >= first:
                break
            for b in self.reader.bodies(tokens(text, line.start, line.end)):
                if b.plural or b.kind in _NO_SEATS:
                    continue
                low = b.name.casefold()
                stem = low[:-1] if low.endswith("en") else re.sub(r"(?:en|et)$", "", low)
                (bare if self.anaphora.match(b.written) else named).setdefault(stem, b)
        # "en yngre styrelse" beside "förbundsstyrelsen": the bare head of the same body
        named = {k: b for k, b in named.items() if not any(o != k and o.endswith(k) for o in named)}
        if not named and len(bare) == 1:
            # no body named in full, one named by its bare head word alone, however often
            # ("Ohjausryhmän tehtävä on …", "Ohjausryhmä seuraa …"): the list is of that one
            named = bare
        if len(named) != 1:
            return
        body = next(iter(named.values()))
        name = body.name[:1].upper() + body.name[1:]
        body = replace(body, name=name)
        for f in loose:
            f.target = body

    def _bare_heads(self, text: str, out: Walk) -> None:
        """A membership in a body named only by its bare head word ("Övriga medlemmar i
        styrelsen", "hallituksen jäsenet") belongs to the body the text named in full before
        it ("Stadsstyrelsen leds av …"), when exactly one such body has that head word."""
        bare = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and " " not in f.target.written
            and self.anaphora.match(f.target.written)
        ]
        if not bare:
            return
        found = [
            b
            for line in lines(text)
            for b in self.reader.bodies(tokens(text, line.start, line.end))
            if not b.plural and not self.anaphora.match(b.written)
        ]
        officers = [
            o
            for o in out.findings
            if o.kind == "membership"
            and o.role in ("chair", "vice_chair")
            and o.target is not None
            and not self.anaphora.match(o.target.written)
        ]
        guests = _guest_spans(text)
        for f in bare:
            target = f.target
            assert target is not None
            own = [
                o
                for o in officers
                if o.quote[1] <= target.start
                and "\n" not in text[o.quote[1] : target.start]
                # "Ohjausryhmän sihteerinä" after a board's chair: not that board's
                and o.target is not None
                and SentenceReader._refers_to(target, o.target)
            ]
            latest = max(own, key=lambda o: o.quote[1]) if own else None
            closer = [
                b
                for b in found
                if latest is not None
                and latest.quote[1] <= b.start
                and b.end <= target.start
                and " " in b.name.strip()
                and "\n" not in text[b.end : target.start]
                and SentenceReader._refers_to(target, b)
            ]
            if closer:
                # "… Nuorisovaltuuston hallituksen puheenjohtajana. Hallituksen jäseniksi
                # valittiin …": the board the paragraph named in full after the officers
                b = closer[-1]
                f.target = replace(b, name=b.name[:1].upper() + b.name[1:])
                continue
            if own:
                # "B toimii sivistyslautakunnan puheenjohtajana … C ja D ovat muut jäsenet
                # lautakunnassa": the body whose officers the same paragraph has just named
                b = max(own, key=lambda o: o.quote[1]).target
                assert b is not None
                f.target = replace(b, name=b.name[:1].upper() + b.name[1:])
                continue
            fuller = [
                b
                for b in found
                if b.end <= target.start
                and SentenceReader._refers_to(target, b)
                # "Svenska pensionärsförbundet r.f:s förbundsstyrelse": another's board
                and not _OTHER_ORGANS.search(text, max(0, b.start - 40), b.start)
                # "Bo Ek, styrelsemedlem i förbundsstyrelsen, ledde stämman": a seat of a
                # person's said in passing, not the body the page goes on to fill
                and not _APPOSITION_SEAT.search(text, max(0, b.start - 120), b.start)
                # "Inbjuden gäst var A, som informerade från regionstyrelsen i …": the
                # guest's own body, not the one the page goes on to fill
                and not any(a <= b.start < e for a, e in guests)
            ]
            names: list[str] = []
            for name in sorted({b.name.casefold() for b in fuller}, key=len):
                # "stadsstyrelse" and "Stadsstyrelsen": one body, with its definite ending
                if not any(name.startswith(n) and name[len(n) :] in _DEFINITE for n in names):
                    names.append(name)
            if len(names) != 1:
                continue
            b = fuller[-1]
            f.target = replace(b, name=b.name[:1].upper() + b.name[1:])

    def _portrait(
        self, text: str, start: int, end: int, read: list[Finding], ctx: Context
    ) -> list[Finding]:
        """ "Nyt hän on kaupunginvaltuutettu ja kaupunginhallituksen varajäsen", "Hon är
        också ledamot i kommunstyrelsen": in a text that has named one person alone by full
        name (a portrait), the pronoun is that person, and each role the predicate gives with
        its body is a membership ("kaupunginvaltuutettu": a member of the city council). No
        finding when the text has named several people (whom the pronoun means is not sure)."""
        if read or len(ctx.people) != 1:
            return []
        person = ctx.people[0]
        sentence = text[start:end]
        mt = _PORTRAIT.match(sentence)
        if mt is None:
            return []
        out: list[Finding] = []
        pos = start + mt.end()
        for part in re.finditer(r"[^,;.]+", text[pos:end]):
            for phrase in re.split(r"\s+(?:ja|sekä|och|samt)\s+", part.group()):
                offset = pos + part.start() + part.group().index(phrase)
                found = self._portrait_role(text, offset, offset + len(phrase.rstrip()))
                if found is not None:
                    role, body = found
                    out.append(
                        Finding(
                            "membership",
                            person,
                            role,
                            body,
                            (start, end),
                            0.6,
                            "text-portrait",
                        )
                    )
        return out

    def _portrait_role(self, text: str, start: int, end: int) -> tuple[str, Mention] | None:
        """A role and its body in one phrase of a portrait's predicate: "kaupunginhallituksen
        varajäsen(enä)", "kaupunginvaltuutettu(na)", "ledamot i kommunstyrelsen"."""
        phrase = text[start:end].strip()
        s0 = start + text[start:end].index(phrase) if phrase else start
        words = phrase.split()
        if not words:
            return None
        mv = re.fullmatch(r"(\w*)valtuutet(?:tu|tuna|uksi)", words[-1], re.I)
        if mv is not None and len(words) <= 2:
            name = (mv.group(1) + "valtuusto").capitalize()
            w0 = s0 + phrase.rindex(words[-1])
            return "member", Mention(
                w0, w0 + len(words[-1]), words[-1], name, self.lex.body_kind(name) or "body", 0.6
            )
        found = self.reader.bodies(tokens(text, s0, s0 + len(phrase)))
        if len(found) != 1:
            return None
        body = found[0]
        if self.lex.lang == "fi":
            role_word = text[body.end : s0 + len(phrase)].strip()
        else:
            head = text[s0 : body.start].strip()
            if not head.endswith(" i"):
                return None
            role_word = head[:-2].strip()
        role = self.lex.role_of(role_word) if role_word else None
        if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
            return None
        return role, replace(body, name=body.name[:1].upper() + body.name[1:])

    def _presidium(self, text: str, start: int, end: int) -> Mention | None:
        """The body a sentence says chose its officers, as its subject: "Kommunfullmäktige
        har också valt presidium", "Valtuusto valitsi puheenjohtajistonsa", "Förbundets
        styrelse valdes och A blev omvald som ordförande" (the one body the sentence names);
        None otherwise."""
        chair = False
        if not _PRESIDIUM.search(text[start:end]):
            chair = (
                self.lex.lang == "sv"
                and bool(_OWN_CHAIR_ELECTED.search(text, start, end))
                and bool(_CHAIR_ELECTION.search(text, start, end))
            )
            if not chair:
                chair = self.lex.lang == "sv" and bool(_CHOOSES_NEW_CHAIR.search(text, start, end))
            if not chair:
                return None
        found = self.reader.bodies(tokens(text, start, end))
        if chair and len(found) != 1:
            return None  # another body named beside it: whose chair is unsure
        if not found or text[start : found[0].start].strip():
            return None
        b = found[0]
        return replace(b, name=b.name[:1].upper() + b.name[1:])

    def _officer_under_entry(self, text: str, line: Line, out: Walk) -> bool:
        """ "Enni Mäkilä, konsernipalveluyksikkö" / "Sihteeri": in a list, an officer's role
        alone on the line right under an entry that stated no role is that entry's role, when
        no name follows it (else the line may head the names below: left alone). Replaces the
        entry's membership; whether it did. The role may be followed by whom the person speaks
        for ("Puheenjohtaja, kunnanhallituksen edustaja")."""
        word = line.text.strip()
        first, comma, rest = word.partition(",")
        speaks_for = bool(comma and rest.strip() and not self.lists._names_person(rest))
        if speaks_for:
            word = first.strip()
        role = self.lex.role_of(word) if not word.endswith(":") else None
        if role not in ("chair", "vice_chair", "secretary") or not out.findings:
            return False
        last = out.findings[-1]
        if (
            last.kind != "membership"
            or last.role != "member"
            or last.rule != "list-entry"
            or text[last.quote[1] : line.start].strip()
            or text[last.quote[0] : last.quote[1]].count("\n")
        ):
            return False
        held = [f for f in out.findings if f.quote == last.quote]
        if len(held) != 1:
            return False
        following = text[line.end :].lstrip().split("\n", 1)[0]
        if not speaks_for and following and self.lists._names_person(following):
            return False
        out.findings[-1] = replace(last, role=role, quote=(last.quote[0], line.end))
        return True

    def _job_under_entry(self, text: str, line: Line, out: Walk) -> bool:
        """ "Anna Berg" / "Utvecklare" / "Telefon:": a staff member's contact card (a job in
        one word, an agent noun, then a contact label), not a seat: the entry's membership is
        dropped. Whether it was."""
        word = line.text.strip()
        if not out.findings or not _AGENT_NOUN.fullmatch(word) or self.lex.role_of(word):
            return False
        last = out.findings[-1]
        if (
            last.kind != "membership"
            or last.rule != "list-entry"
            or last.role != "member"
            or text[last.quote[1] : line.start].strip()
            or text[last.quote[0] : last.quote[1]].count("\n")
        ):
            return False
        following = text[line.end :].lstrip().split("\n", 1)[0].strip()
        if not (contact_line(following) or re.fullmatch(r"[A-ZÅÄÖ][\w-]*:", following)):
            return False
        out.findings.pop()
        return True

    def _affiliation_under_entry(self, text: str, line: Line, ctx: Context, out: Walk) -> bool:
        """ "Aino Ahola" / "Kylälän eläkeläiset ry", a card set apart by blank lines: in a list,
        a short line right under an entry, that names no person, role or body, is whom the
        entry's person speaks for (not the group of the names below it, which a card's blank
        line ends). Sets the entry's ``on_behalf_of``; whether it did."""
        if not out.findings or ctx.columns or line.kind == "item":
            return False
        last = out.findings[-1]
        if (
            last.kind != "membership"
            or last.rule != "list-entry"
            or last.on_behalf_of is not None
            or text[last.quote[1] : line.start].count("\n") != 1
            or text[last.quote[1] : line.start].strip()
        ):
            return False
        before = text[: last.quote[0]]
        after = text[line.end :]
        if before.strip() and not re.search(r"\n[ \t]*\n[ \t]*$", before):
            return False  # the entry is no card of its own
        if after.strip() and not re.match(r"[ \t]*\n[ \t]*\n", after):
            return False  # a line with more under it: a heading of what follows
        label = line.text.strip().rstrip(".")
        if (
            not label[:1].isupper()
            or self.lists.entry(text, line.content_start, line.end, ctx)
            or len(label.split()) > 6
            or label.endswith(":")
            or self.lex.role_of(label)
            or self.lists._names_person(label)
            or self._specific_bodies(text, line.start, line.end)
        ):
            return False
        held = [f for f in out.findings if f.quote == last.quote]
        if len(held) != 1:
            return False
        org = Mention(line.start, line.start + len(label), label, label, "organisation", 0.5)
        out.findings[-1] = replace(last, on_behalf_of=org, quote=(last.quote[0], line.end))
        return True

    def _contact_after_items(self, text: str, p: Paragraph) -> bool:
        """A name and a title, a telephone number or an address under them, right after a
        bulleted list: a contact person printed under the list, not one more of its entries
        (which are bulleted)."""
        if any(ln.kind == "item" for ln in p.lines):
            return False
        before = text[: p.start].rstrip().rsplit("\n", 1)[-1]
        below = text[p.end :].lstrip().split("\n", 1)[0]
        return bool(re.match(r"\s*[•·▪◦●*–-]\s", before)) and bool(below) and contact_line(below)  # noqa: RUF001

    def _officer_card(self, text: str, line: Line, ctx: Context) -> list[Finding]:
        """ "Anna Berg (S)" / "Ordförande" / "Tel: …": a contact card under the body's name,
        the officer's role (chair, vice chair, secretary; also a secretary's title that
        begins with a body's word, "Nämndsekreterare") on the line under the name and a
        contact detail under the role: the person holds that role in the body."""
        if ctx.body is None or ctx.status or line.kind == "item":
            return []
        word = line.text.strip().rstrip(":")
        role = self.lex.role_of(word)
        if role is None and len(word.split()) == 1:
            low = word.casefold()
            if any(
                self.lex.role_of(low[i:]) == "secretary" and self.lex.body_kind(low[:i])
                for i in range(3, len(low) - 3)
            ):
                role = "secretary"  # "Nämndsekreterare", "Lautakuntasihteeri"
        if role not in ("chair", "vice_chair", "secretary"):
            return []
        below = text[line.end :].lstrip().split("\n", 1)[0]
        if not below or not contact_line(below.split(":", 1)[-1]):
            return []
        above_end = len(text[: line.start].rstrip())
        above_start = text.rfind("\n", 0, above_end) + 1
        while above_start < above_end and text[above_start] in " \t":
            above_start += 1
        person = self.lists._person(text, above_start, above_end)
        if person is None:
            return []
        rest = text[person.end : above_end].strip()
        if rest and not re.fullmatch(r"\([^()]{1,12}\)", rest):
            return []  # only a party's abbreviation may follow the name
        return [
            Finding(
                kind="membership",
                actor=person,
                role=role,
                target=ctx.body,
                quote=(above_start, line.end),
                confidence=person.confidence - 0.1,
                rule="list-contact-card",
            )
        ]

    def _role_header(self, line: str) -> bool:
        """A line that is only a role ("varsinainen edustaja") or a member's or deputy's
        column name ("Ordinarie", "Varsinaiset"): a column header."""
        return len(line.split()) <= 3 and bool(self._header_role(line))

    def _stands_alone(self, line: str) -> bool:
        """A line in lower case that is no continuation of the one before: a column header
        ("varsinainen edustaja"), a deputy's line under a member's ("varajäsen Pekka Puu",
        "ersättare Bo Ek"), a role and a colon before a name ("sihteeri: Aino Ahola") or an
        entry that ends in its deputy in parentheses."""
        if self._role_header(line):
            return True
        if re.fullmatch(r"[a-zåäö][\w-]{0,30}:\s*", line):
            # "Aino Ahola (216)" / "varapuheenjohtaja:" / "Pekka Puu (156)" / "kakkoset:": a
            # label over the lines after it, not the end of the entry before it
            return True
        if re.search(rf"\((?:{self.lex.deputies})\w*\s[^()]*\)\s*$", line, re.I):
            # "hyvinvointipäällikkö, viranhaltijaedustaja (varajäsen kunnanjohtaja)": an entry
            # with its deputy, as the lines above it are
            return True
        label = re.match(r"([a-zåäö][\w .-]{0,30}):\s+[A-ZÅÄÖÜ]", line)
        if label and self.lex.role_of(label.group(1)):
            return True  # "sihteeri: Aino Ahola" under a list: a line of its own
        mt = re.match(r"(\S+)\s+[A-ZÅÄÖÜ]", line)
        return bool(mt) and self.lex.role_of(mt.group(1)) == "deputy_member"

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
        # "Varajäseniä ovat", "Suppleanter är": the seat and a linking verb before the names
        label = re.sub(r"(?i)(?<=\w)\s+(?:ovat|olivat|on|oli|är|var|blev)$", "", label)
        # "muut varsinaiset jäsenet", "Övriga ledamöter": the rest of the members
        label = re.sub(r"(?i)^(?:muut|övriga)\s+(?=\w)", "", label)
        # "Valda blev" / "som ledamöter" / names: the seat the election gave the names under it
        label = re.sub(r"^som\s+(?=\w)", "", label)
        role = self.lex.role_of(label)
        elected = re.fullmatch(r"(?i)([\w-]+)\s+(?:valittiin|nimettiin)(?:\s+[\w-]+){0,4}", label)
        if role is None and self.lex.lang == "fi" and elected is not None:
            # "Varajäseniksi valittiin yhdeksi vuodeksi kutsumisjärjestyksessä:": the seat the
            # election gave the names under it
            seat = self.lex.role_of(elected.group(1))
            role = seat if seat in ("member", "deputy_member") else None
        if role is None and _TREASURER_LINE.fullmatch(label):
            # "Kassör:" between "Vice ordförande:" and "Ledamöter:": a board member with the
            # treasurer's duty, not the vice chair the heading above named
            role = "member"
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
        return role

    # -- context ------------------------------------------------------------------------------

    def _specific_bodies(self, text: str, start: int, end: int) -> list[Mention]:
        """Bodies named with more than a bare head word ("teemaryhmiin", "Ryhmän" are not)."""
        toks = tokens(text, start, end)
        found = self.reader.bodies(toks)
        out = []
        for b in found:
            if self.anaphora.match(b.written) or b.plural:
                continue  # "Lakisääteiset vaikuttamistoimielimet": a kind, not a body
            if " " in b.written or b.written[:1].isupper() or "-" in b.written:
                out.append(b)
            elif (owner := self._owner_genitive(toks, b)) is not None:
                # "Umeå kommuns funktionshinderråd": the municipality's own body
                out.append(
                    replace(
                        b,
                        start=owner,
                        written=text[owner : b.end],
                        name=text[owner : b.end],
                    )
                )
            elif self._after_place(toks, b):
                # "Lappträsk ungdomsfullmäktige ledamöter": the municipality's own body (not the
                # "ungdomsfullmäktige för Östra Nylands välfärdsområde" the text also names)
                k = next(x for x, t in enumerate(toks) if t.start == b.start)
                place = toks[k - 1]
                out.append(
                    replace(
                        b,
                        start=place.start,
                        written=text[place.start : b.end],
                        name=b.name[:1].upper() + b.name[1:],
                    )
                )
        return out

    def _owner_genitive(self, toks: list[Token], body: Mention) -> int | None:
        """Where "Umeå kommuns", "Vanda stads" begins right before a Swedish body's bare
        lower-case word: a place and its municipality in the genitive; else None."""
        if self.reader.finnish:
            return None
        k = next((x for x, t in enumerate(toks) if t.start == body.start), 0)
        if k < 2 or toks[k - 1].text.casefold() not in ("kommuns", "stads", "kommunens", "stadens"):
            return None
        place = toks[k - 2]
        return place.start if place.is_cap and place.text[1:].islower() else None

    def _after_place(self, toks: list[Token], body: Mention) -> bool:
        """Whether a Swedish body's bare lower-case word follows a place's name written as
        it is ("Lappträsk ungdomsfullmäktige", "Kronoby äldreråd"): the place's own body."""
        if self.reader.finnish:
            return False
        k = next((x for x, t in enumerate(toks) if t.start == body.start), 0)
        if k == 0:
            return False
        before = toks[k - 1]
        return (
            before.is_cap
            and before.text[1:].islower()
            and before.end < body.start
            and self.lex.body_kind(before.text.casefold()) is None
            and self.lex.role_of(before.text) is None
            and before.text.casefold() not in _SV_NOT_PLACES
            and not before.text.endswith("s")  # a genitive is part of the body's name
        )

    def _composed_bodies(self, text: str, start: int, end: int) -> list[Mention]:
        """The bodies a heading or an introduction names as what is being composed: as
        :meth:`_specific_bodies`, but never the organ that appoints ("Kainuun
        hyvinvointialueen aluehallitus on nimennyt vammaisneuvoston jäsenet": the subject of
        the verb), and the body after the verb even as a bare word ("vammaisneuvoston")."""
        # "Jäsenistö (Kaupunginhallitus 16.12.2019 § 310)", "Kaupunginhallituksen nimeämät
        # edustajat": the organ that decided or appointed
        specific = [
            b
            for b in self._specific_bodies(text, start, end)
            if not appoints(text, b)
            and not _PARTICIPLE.match(text, b.end)
            and not _BY_ORGAN.search(text, max(start, b.start - 30), b.start)
        ]
        if not specific and (
            made := next(
                (
                    mt
                    for b in self._specific_bodies(text, start, end)
                    if (mt := _PARTICIPLE.match(text, b.end)) is not None
                ),
                None,
            )
        ):
            # "Kirkkovaltuuston 27.4.2022 vahvistama vaalilautakunta:": the body the organ
            # confirmed or appointed, right after the participle, even as a bare word
            after = [
                b
                for b in self.reader.bodies(tokens(text, made.end(), end))
                if b.start
                == made.end()
                + len(text[made.end() : b.start])
                - len(text[made.end() : b.start].lstrip())
                and not b.plural
                and not self.anaphora.match(b.written)
            ]
            if after:
                return [replace(after[0], name=after[0].name[:1].upper() + after[0].name[1:])]
        if self.appoints is None:
            return specific
        toks = tokens(text, start, end)
        verb = next((t for t in toks if self.appoints.match(t.text)), None)
        if verb is None:
            return specific
        objects = [
            b
            for b in self.reader.bodies(toks)
            if b.start >= verb.end and not b.plural and not self.anaphora.match(b.written)
        ]
        if objects:
            # a bare word ("vammaisneuvoston") is named as a body's name is, with a capital
            known = {b.start for b in specific}
            return [
                b if b.start in known else replace(b, name=b.name[:1].upper() + b.name[1:])
                for b in objects
            ]
        return [b for b in specific if b.start >= verb.end]

    @staticmethod
    def _same_or(body: Mention, current: Mention | None) -> Mention:
        """``body``, unless it is only the bare head word of the body of the context (a
        "vammaisneuvoston" under "Kainuun vammaisneuvosto"): then that one, named in full."""
        if (
            current is not None
            and " " not in body.written
            and body.name.casefold() == current.name.casefold().split()[-1]
        ):
            return current
        return body

    def _relative_body(self, text: str, s: Sentence) -> list[Mention]:
        """The body a list's lead-in names right before a relative pronoun that opens the
        clause the list completes ("… on valita kirkkoneuvosto, johon kuuluvat:", "…
        styrelsen, i vilken ingår:"), even by a bare word: the list is its composition,
        whatever body the sentence named before it. Else an empty list."""
        found = [
            b
            for b in self.reader.bodies(tokens(text, s.start, s.end))
            if not b.plural
            and not self.anaphora.match(b.written)
            and _RELATIVE_AFTER.match(text, b.end, s.end)
        ]
        if len(found) != 1:
            return []
        b = found[0]
        return [replace(b, name=b.name[:1].upper() + b.name[1:])]

    def _listed_body(self, text: str, bodies: list[Mention], end: int) -> Mention:
        """Of the bodies a heading names, the one whose members it speaks of
        ("... kumppanuuspöydän jäsenten valinnasta", "partnerskapsbordets medlemmar"), else the
        last."""
        for b in bodies:
            after = text[b.end : min(end, b.end + 20)]
            found = self.lex.find_role(after)
            if found and found[1] <= 2 and found[0] in ("member", "deputy_member"):
                return b
        return bodies[-1]

    def _bare_serving_body(self, text: str, line: Line, ctx: Context) -> list[Mention]:
        """The body a lead-in says its people sit in when it names it by a bare word ("I
        valberedningen ingår", "Toimikunnassa toimivat"): a body of its own unless it is the
        head word of the body the text is about ("I rådet sitter" under "Pensionärsrådet")."""
        lead = self.serving.search(line.text) or self.elected_into.search(line.text)
        if lead is None or len(line.text.split()) > (9 if line.text.endswith(":") else 6):
            return []
        a = line.start + lead.start()
        found = [
            b
            for b in self.reader.bodies(tokens(text, a, line.start + lead.end()))
            if not b.plural
            # (a word that points back, "I rådet sitter", only when the text is about another
            # kind of body: "Hallitukseen valittiin …:" after the council's officers)
            and (not self.anaphora.match(b.written) or (ctx.body is not None and lead.start() == 0))
        ]
        if len(found) != 1:
            return []
        b = found[0]
        head = b.name.casefold()
        if ctx.body is not None and (
            ctx.body.name.casefold().endswith(head[: max(3, len(head) - 3)])
            or ctx.body.name.casefold().split()[-1].startswith(head[: max(3, len(head) - 3)])
        ):
            return []
        return [replace(b, name=b.name[:1].upper() + b.name[1:])]

    def _seats_in_body(self, text: str, line: Line) -> list[Mention]:
        """The body a list's heading names after its seats by a bare word ("Ledamöter i
        regionstyrelsen under mandatperioden 2022-2026", "Ersättare i nämnden"): the body
        the list is of, even when the text named another one last."""
        m = _SEATS_IN.match(line.text)
        if m is None or self.lex.role_of(m.group(1)) not in ("member", "deputy_member"):
            return []
        a = line.start + m.start(2)
        found = [
            b
            for b in self.reader.bodies(tokens(text, a, line.start + m.end(2)))
            if not b.plural and not self.anaphora.match(b.written) and b.start == a
        ]
        if len(found) != 1:
            return []
        b = found[0]
        return [replace(b, name=b.name[:1].upper() + b.name[1:])]

    def _office_line_below(self, text: str, line: Line) -> bool:
        """Whether the next line of ``text`` after ``line`` is an office, a dash or colon and a
        name ("ORDFÖRANDE \u2013 Aino Berg", "Kassör: Bo Lind")."""
        nxt = re.match(r"\s*\n\s*([^\n]+)", text[line.end : line.end + 200])
        if nxt is None:
            return False
        head = re.match(
            r"([^\W\d][\w ]{2,30}?)\s*(?:[\u2013\u2014:-])\s*([A-ZÅÄÖ]\w+)", nxt.group(1)
        )
        return head is not None and self.lex.role_of(head.group(1).casefold()) is not None

    def _name_list_lines_below(self, text: str, line: Line, need: int = 3) -> bool:
        """Whether the lines right after ``line`` (blank lines before them allowed) begin with
        ``need`` or more lines each of a person's name alone or followed by a comma and a
        short capitalised list's or party's name ("Aino Ek, Yhteinen lista", "Bo Lind, YK")."""
        found, started = 0, False
        for raw in text[line.end :].split("\n")[1:]:
            raw = raw.strip()
            if not raw:
                if started:
                    break
                continue
            started = True
            at = text.find(raw, line.end)
            person = self._first_person(text, at, at + len(raw))
            if person is None or person.start != at or len(person.name.split()) < 2:
                break
            tail = text[person.end : at + len(raw)].strip()
            if not re.fullmatch(r",\s*[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,3}", tail):
                break
            found += 1
            if found >= need:
                return True
        return False

    def _deputy_lines_below(self, text: str, line: Line, need: int = 3) -> bool:
        """Whether the lines right after ``line`` (blank lines before them allowed) begin with
        ``need`` or more lines each of a person's name, an office's word perhaps before it,
        and the person's deputy in parentheses at the end, whatever between ("pj Aino Ek,
        Kylälän Vesi Oy (vara Bo Lind)", "Eeva Salo (varajäsen Olli Oja, Testilän kunta)"; the
        page may cut the last one before its parenthesis closes)."""
        if self.lex.lang != "fi":
            return False
        deputy = re.compile(
            rf"\((?:{self.lex.deputies}|vara)[ \t]+[A-ZÅÄÖ][^()]*(?:\)|$)", re.IGNORECASE
        )
        found, started = 0, False
        for raw in text[line.end :].split("\n")[1:]:
            raw = raw.strip()
            if not raw:
                if started:
                    break
                continue
            started = True
            at = text.find(raw, line.end)
            person = self._first_person(text, at, at + len(raw))
            if person is None or len(person.name.split()) < 2:
                break
            before = text[at : person.start].strip()
            if before and self.lex.role_of(before.casefold()) is None:
                break
            tail = text[person.end : at + len(raw)]
            paren = deputy.search(tail)
            if paren is None or paren.end() != len(tail.rstrip()) or "(" in tail[: paren.start()]:
                break
            found += 1
            if found >= need:
                return True
        return False

    def _body_work_heading(self, text: str, line: Line) -> Mention | None:
        """ "STYRELSEARBETET" / "Ordinarie ledamöter" / …: an annual report's heading of a
        body's work, one word, over the heading of the body's members column (or an office's
        line): that body, whose people follow; None otherwise."""
        if self.lex.lang != "sv":
            return None
        label = line.text.strip()
        work = re.fullmatch(r"(\w{4,}?)(?:arbetet|arbete)", label, re.I)
        if work is None or not self._seat_body_word(work.group(1)):
            return None
        nxt = re.match(r"[ \t]*\n[ \t]*([^\n]+)", text[line.end : line.end + 200])
        if nxt is None or (
            self.lex.column(nxt.group(1).strip()) not in ("member", "deputy_member")
            and not self._office_line_below(text, line)
        ):
            return None
        word = work.group(1)
        at = line.start + line.text.index(label)
        kind = self.lex.body_kind(word.casefold()) or "body"
        name = word[:1].upper() + word[1:].casefold()
        return Mention(at, at + len(word), word, name, kind, 0.6)

    def _heading(self, text: str, p: Paragraph, ctx: Context, out: Walk) -> None:
        line = p.lines[0]
        label = line.text.strip().rstrip(":,").strip()
        if (
            _HONOUR.search(label)
            and not self.lex.find_role(label)
            and not self.reader.bodies(tokens(text, line.start, line.end))
        ):
            # "Kultainen ansiomitali:", "Förtjänstmedalj i guld": the people under it were
            # honoured, they hold no seat; the list before it ends
            ctx.contacts, ctx.listing, ctx.role, ctx.group = True, False, "", None
            return
        if ctx.role == "deputy_member" and _STAFF_POST_HEADING.fullmatch(label):
            # "Personliga ersättare" lines, then "Informationsansvarig" over a name: a post of
            # the staff after the deputies, no seat; a task heading among a board's officers
            # ("Ordförande", "Kassör", "Informationsansvarig") comes before any deputies; nor
            # a guess of the tagger's
            ctx.contacts, ctx.listing, ctx.role, ctx.group = True, False, "", None
            ctx.experts = True
            return
        inside = self._representatives_in(text, Sentence(line.start, line.end, line.text))
        if inside is not None:
            # "Kylterit-ryhmän varsinaiset edustajat edustajistossa toimikaudella 2022-2023:":
            # the group's seats in the body in the inessive, one name a line below
            ctx.body, ctx.role, ctx.status, ctx.group = inside, "member", "", None
            ctx.listing, ctx.columns, ctx.contacts = True, [], False
            return
        bodies = (
            self._composed_bodies(text, line.start, line.end)
            or self._bare_serving_body(text, line, ctx)
            or self._seats_in_body(text, line)
            or (
                self._bare_composed(text, line.start, line.end, ctx)
                if line.text.endswith(":")
                else []
            )
            or self._bare_joined_lead(text, line, ctx, out)
        )
        if not bodies and (
            term := re.fullmatch(
                r"(?:[^\n\-\u2013]+?[ \t](?:[-\u2013]|ry|rf)[ \t]+)?"
                r"(\w+)[ \t]+(?:v\.[ \t]*|vuonna[ \t]+|år[ \t]+)?(?:19|20)\d\d"
                r"(?:[ \t]*[-\u2013][ \t]*(?:19|20)?\d\d)?",
                label,
            )
            # "Ohjausryhmä:" over its people: the bare word with a colon, too
            or (re.fullmatch(r"(\w+)", label) if line.text.rstrip().endswith(":") else None)
            # "Styrelsen" over "ORDFÖRANDE \u2013 Aino Berg": the bare word over an office's line
            or (re.fullmatch(r"(\w+)", label) if self._office_line_below(text, line) else None)
            # "TESTIN RY:N HALLITUS" over "pj Aino Ek, Kylälä Oy (vara Bo Lind)" lines: the
            # last word a body's, its owner's name one the word forms do not read
            or (
                re.fullmatch(r"(?:\S+[ \t]+){1,3}?(\w+)", label)
                if self._deputy_lines_below(text, line)
                else None
            )
        ):
            # "Styrelsen 2019", "Hallitus 2024-2025", "Hallitus v. 2020", "Styrelsen": a bare
            # body word (over its term) is the page's body of that kind, whose people follow
            # (also after its organisation and a dash: "Testilän Nuorisoseura - Johtokunta 2024",
            # or its registered name: "Testilän Nuorisoseura ry johtokunta 2024")
            at = line.content_start + term.start(1)
            toks = tokens(text, at, line.content_start + term.end(1))
            bare = [
                b
                for b in self.reader.bodies(toks)
                if not b.plural and b.end - b.start == term.end(1) - term.start(1)
            ]
            if len(bare) == 1:
                bodies = [replace(bare[0], name=bare[0].name[:1].upper() + bare[0].name[1:])]
        if not bodies and (work := self._body_work_heading(text, line)) is not None:
            bodies = [work]
        if not bodies and (kind_word := self._bare_members_heading(text, line)) is not None:
            # "VALTUUSTON JÄSENET 2024-2027" on a page whose prose names "seurakunnanvaltuusto":
            # the members of the body the bare kind word means
            if not kind_word.name:
                # (two bodies the text names equally often end in the word: whose list
                # follows is unknown, no list)
                ctx.listing, ctx.role, ctx.columns = False, "", []
                return
            bodies = [kind_word]
        if (
            len(bodies) == 2
            and bodies[0].written[:1].isupper()
            and bodies[1].written[:1].islower()
            and re.fullmatch(r"\s*[-\u2013\u2014]\s*", text[bodies[0].end : bodies[1].start])
        ):
            # "Pohjois-Savon Järjestöneuvosto – maakunnan virallinen … yhteistyötoimielin": what  # noqa: RUF003
            # kind of body the named one is, no other body
            bodies = bodies[:1]
        if (
            not bodies
            and (into := self.elected_into.search(label)) is not None
            and not self.lex.role_of(into.group("fi") or into.group("sv"))
            and not self.lex.find_role(into.group("fi") or into.group("sv"))
            and not self.reader.bodies(tokens(text, line.start, line.start + into.end()))
        ):
            # "Hallitukseen valittiin …:" with a body word the word forms do not read: whose
            # list follows is unknown, no list
            ctx.listing, ctx.role, ctx.columns = False, "", []
            return
        if (
            len(bodies) == 1
            and text[line.start : bodies[0].start].strip() == ""
            and _ENUMERATED_REST.fullmatch(rest := text[bodies[0].end : line.end].rstrip(" :"))
        ):
            # "Nämnden för teknik, fritid och kultur": the fields the body's name enumerates
            # are its name's
            whole = text[bodies[0].start : bodies[0].end + len(rest)]
            bodies = [replace(bodies[0], end=bodies[0].end + len(rest), written=whole,
                              name=whole[:1].upper() + whole[1:])]  # fmt: skip
        if (
            ctx.listing
            and ctx.body is not None
            and bodies
            and self._name_line(text, line.start, line.end)
            and (person := self._first_person(text, line.start, line.end)) is not None
            and bodies[0].start >= person.end
        ):
            # "Aino Ek (S) - socialnämnden" in a list: the body she is there for, after her
            # name, names no new list; the entry is the list's
            found = self.lists.entry(text, line.start, line.end, ctx)
            if found:
                out.findings += found
                return
        if (
            ctx.listing
            and ctx.body is not None
            and ctx.paren_deputies
            and (colon := line.text.find(": ")) > 0
            and not self.lex.find_role(line.text[:colon])
            and self._name_line(text, line.start + colon + 1, line.end)
        ):
            # "Norr - skidrådet: Anna Ek (Bo Lind)" under "… medlemmar i styrelsen (suppleanterna
            # inom parentes)": whom the seat is for, then the member and the deputy; an entry
            found = self.lists.entry(text, line.start + colon + 2, line.end, ctx)
            if found:
                out.findings += found
                return
        if (
            ctx.body is not None
            and (colon := line.text.find(": ")) > 0
            and re.search(r"(?i)\s(?:ovat|olivat|är|var)$", line.text[:colon])
            and self._header_role(line.text[:colon]) in ("member", "deputy_member")
            and (listed := self._inline_list(text, line.start, line.end, ctx))
        ):
            # "Varajäseniä ovat: A ja B" with no full stop: a sentence, not a heading
            out.findings += listed
            return
        if not ctx.listing and self._officer_statement(text, line):
            # "Vanhusneuvoston puheenjohtaja Aino Mäki, varapuheenjohtaja Eero Ek" on a line of
            # its own with no full stop: a sentence, not a heading
            out.findings += self.sentences.read(
                text, Sentence(line.start, line.end, line.text), ctx
            )
            return
        if ctx.listing and _TERM.fullmatch(label):
            # "1.6.2025 - 31.5.2027" under "Neuvoston kokoonpano": the term, the list goes on
            return
        if ctx.listing and ctx.body is not None and _TERM_WORD.fullmatch(label):
            # "Mandatperiod 2020-2021" between two groups of a board's lines: the term of the
            # seats under it, as the same line with a colon; the list goes on
            ctx.role, ctx.pairs = "", False
            return
        if (
            ctx.listing
            and ctx.role == "member"
            and (between := self._between_surnames_first(text, line)) is not None
        ):
            # "Länsimies, Jolanda" between "Liljeqvist, Elli" and "Mussalo, Eetu": a name of the
            # list whose words the dictionary knows otherwise (or not at all)
            out.findings.append(
                _membership(ctx, between, "member", (line.start, line.end), 0.6, "list-entry")
            )
            return
        if (
            ctx.listing
            and ctx.body is not None
            and (
                post := re.fullmatch(
                    r"[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)?:\s+([a-zåäö][^:A-ZÅÄÖ]*)", label
                )
            )
            and self.lex.find_role(post.group(1))
        ):
            # "Kolari: kunnanvaltuuston puheenjohtaja, varalla …" among "Kemi: A, varalla B"
            # lines: a seat held by whoever holds a post, no one named; the list goes on
            return
        ctx.label_role = self._groups_and_officers(label)
        if ctx.label_role:
            ctx.listing = True
            return
        referred = (
            self._referred_body(label, ctx.body, out)
            if not bodies and ctx.body is not None
            else None
        )
        if referred is not None:
            ctx.body = referred  # "Deltagare i rådet": the list is of the council it means
        status = self.lex.not_member_status(label)
        # ("Rahastonhoitaja:" among the offices of a list: a member with that duty, the office
        # above it not the treasurer's: see _header_role)
        role = self._header_role(label)
        halves = re.split(r"\s*/\s*|\s+[–-]\s+|\s*,\s*", label)  # noqa: RUF001
        if self._says_paren_deputies(label):
            ctx.paren_deputies = True
            if not bodies and not self.intro.search(label) and ctx.body is not None:
                ctx.listing = True  # "Jäsen (varajäsen)": a column header of a list
                ctx.role = ""
                ctx.columns = []
                return
        elif bodies:
            ctx.paren_deputies = False
        pairs = (
            len(halves) == 2
            and self.lex.role_of(halves[0]) is not None
            and self.lex.role_of(halves[1]) == "deputy_member"
        )
        if pairs:
            role = self.lex.role_of(halves[0])
        if (
            role is None
            and not bodies
            and not status
            and (dash := re.fullmatch(r"(.+?)\s+[–-]\s+(.+)", label))  # noqa: RUF001
            and self._header_role(dash.group(1)) in ("member", "deputy_member")
            and not self.lex.find_role(dash.group(2))
        ):
            # "Ersättare - Föreningar i Malmö", "Varajäsenet - järjestöjen edustajat": the seat,
            # then whom the people under it come from; a role heading of the body as ever
            role = self._header_role(dash.group(1))
        columns = self.lists.glued_header(line.text)
        if (
            columns
            and all(c in ("member", "deputy_member") for c in columns)
            and re.search(r"(?:^|\n)(?:[ \t]{2,}|\t)$", text[max(0, line.start - 8) : line.start])
        ):
            # "  Egentlig medlem Suppleant": the header's first cell left blank over a column
            # of the rows' own labels (a municipality, an organisation) before the people
            columns = ["organisation", *columns]
        ctx.contacts = ctx.experts = False
        if columns:
            ctx.columns = columns
            ctx.listing = True
            if ctx.role in ("chair", "vice_chair", "secretary"):
                ctx.role = ""  # a table's header after "Puheenjohtaja" and its one name
            recent = ctx.recent
            if (
                ctx.body is None
                and recent is not None
                and not _APPOINTING.search(recent.name.casefold().split()[-1])
            ):
                ctx.body = recent  # the table lists the body the text has just named
            if ctx.body is not None and columns[:3] == ["municipality", "member", "deputy_member"]:
                out.findings += self._seat_count_groups(text, line.end, ctx)
            return
        if line.text.rstrip().endswith(":") and (
            own := self._own_representatives(text, line.start, line.end)
        ):
            # "Vanhusneuvoston edustajat:" read as a heading: as in running text
            ctx.body, ctx.status, ctx.role = own, "", "member"
            ctx.listing, ctx.delegates, ctx.columns = True, True, []
            return
        if ctx.listing and self._names_columns(label):
            return  # "Namn, ålder, bostadsort": the columns of the list under a role heading
        if self.contacts.match(label) or (
            not bodies and AUDITOR.search(label) and len(label.split()) <= 3
        ):
            # (auditors under their heading, "Lekmanna revisorer:": no seats in the body)
            ctx.contacts = True
            ctx.experts = self.lex.role_of(label) == "permanent_expert" or bool(
                re.match(r"(?:pysyv|ständig|permanent)", label, re.I)
            )
            ctx.group = None
            return
        if not bodies and not role and not status and self._task_with_term(text, label, ctx):
            # "Informatör 2022-23" among "Ordförande 2022-23", "Sekreterare 2022-23": a task
            # inside the body for the term; the names under it are members holding it
            ctx.listing, ctx.role, ctx.columns, ctx.header_roles = True, "member", [], []
            return
        represented = self._representatives_of(text, line) if ctx.body is not None else None
        if represented is not None and (ctx.listing or represented[1]):
            # "Social- och hälsovårdsnämndens representanter" inside a composition: whom the
            # members under it represent, not the body they sit in
            self._close_group(ctx)
            ctx.group = represented[0]
            ctx.listing = True
            # under a "Varajäsenet" heading the groups' lists ("Kuntien edustajat") stay deputies
            # (one "Kh:n edustaja" is a seat of its own)
            deputies = ctx.role == "deputy_member" and re.search(r"edustajat\s*:?$", label, re.I)
            ctx.role = "deputy_member" if deputies else ""
            return
        group = self._group(text, line.start, line.end) if not bodies and not role else None
        if group is not None and ctx.body is not None and ctx.listing:
            self._close_group(ctx)
            ctx.group = group
            return
        if ctx.listing and not bodies and not role and self._is_organisation(text, line):
            return  # "Iisalmen Eläkeläiset ry" under a name: the list goes on
        if (
            ctx.body is not None
            and len(bodies) == 1
            and not role
            and not status
            and bodies[0].start == line.content_start
            and bodies[0].end >= len(line.text.rstrip()) + line.start
            and self._name_line_before(text, line.start)
            and not self._role_label_after(text, line.end)
            # ("Eva Ek" / "" / "Kyrkoråd" / "" / "Kyrkorådet består av …": a body's name set
            # apart by blank lines on both sides heads a section of its own)
            and not (
                "\n\n" in text[len(text[: line.start].rstrip()) : line.start]
                and text[line.end :].lstrip(" \t").startswith("\n\n")
            )
        ):
            return  # "Aino Ahola" / "Kylälän kaupunginhallitus": whom a listed person is from
            # (but a body over "Puheenjohtaja: Name" heads a list of its own)
        if (
            bodies
            and not role
            and not status
            and not line.bullet.isdigit()
            and enumeration_item(text, line.start, line.end)
            and not line.text.rstrip().endswith(":")
            and not self.intro.search(label)
        ):
            # "• Kommunfullmäktige" among "• Riksdagen", "• Europaparlamentet": one item of an
            # enumeration of what the body deals with, not the heading of a list
            return
        meeting = self._owned_meeting(text, line.start, line.end, bodies)
        if meeting is not None and not ctx.meeting_said:
            # "Gevärssektionens årsmöte 2023" as the page's heading: the section's meeting
            # fills its board's seats, not seats in the section itself
            ctx.meeting_said = True
            ctx.meeting = meeting
            ctx.meeting_titled = True
            return
        if (
            not bodies
            and not ctx.meeting_said
            and self.lex.lang == "fi"
            and self.electing is not None
            and (said := re.fullmatch(r"(\w+)[ \t]+(?:päätöksiä|päätökset)", label)) is not None
            and self.electing.fullmatch(said.group(1))
        ):
            # "Syyskokouksen päätöksiä" as a news item's heading: the association's meeting,
            # whose seats are its board's, as a sentence naming the meeting would say
            ctx.meeting_said = True
            a, b = line.content_start, line.content_start + said.end(1)
            ctx.meeting = Mention(a, b, said.group(1), self.lex.board, "body", 0.5)
            return
        for b in bodies:
            out.named.append((b, (line.start, line.end)))
        unit = self.sentences.unit_in(tokens(text, line.start, line.end))
        if unit is not None:
            ctx.unit = unit
        self._close_group(ctx)
        ctx.group = None
        if bodies:
            ctx.body = self._same_or(self._listed_body(text, bodies, line.end), ctx.body)
            if ctx.body is bodies[-1] and len(bodies) == 1:
                # "Neuvottelukunnan kokoonpano" under a text that named "Alueellinen
                # romaniasiain neuvottelukunta": the bare head word means that body
                ctx.body = self._named_in_full(bodies[0], out) or ctx.body
            # "Vanhusneuvostossa toimivat kautena …": the people under it sit in the body
            # "Vanhusneuvoston jäsenet 2021-2025": the body's members, each entry a member
            # (with whom the seat is for in parentheses), not a representative
            ctx.role = "member" if self.serving.search(label) or self._members_of(label) else ""
            if role == "deputy_member":
                ctx.role = role  # "Suppleanter i styrelsen:": the body's deputies
            ctx.pairs = self._says_pairs(label)  # "… valdes (ledamot, ersättare)"
            ctx.columns = []
            ctx.status = status or ""
            ctx.listing = (
                bool(self.intro.search(label))
                or line.text.endswith(":")
                or self._office_line_below(text, line)
                # "Seurakuntaneuvosto" with no colon over "Aino Ek, Yhteinen lista" lines:
                # the body's name alone over three or more lines of a name and its list
                or (
                    len(label.split()) <= 3
                    and text[line.start : bodies[0].start].strip() == ""
                    and self._name_list_lines_below(text, line)
                )
                # "Testilän ry:n hallitus" over "pj Aino Ek, Kylälän Vesi Oy (vara Bo Lind)"
                # lines: the body's name over its members with their deputies
                or (
                    len(label.split()) <= 4
                    and not text[bodies[-1].end : line.end].strip()
                    and self._deputy_lines_below(text, line)
                )
            )
            if not ctx.listing and not ctx.role and self._names_follow_term(text, line):
                # "Lammin nuorisovaltuusto 2023-2024" over lines that are each one name: the
                # body's members for that term
                ctx.listing, ctx.role = True, "member"
            return
        ctx.columns = []
        if role or pairs:
            if ctx.after_role_header and not pairs and role and ctx.header_roles:
                ctx.header_roles.append(role)  # the next column of a table laid out in lines
            else:
                ctx.header_roles = [role or "member"]
                ctx.role = role or "member"
            ctx.header_cells = 0
            ctx.pairs = pairs
            ctx.listing = True
            ctx.after_role_header = True
            return
        if status:
            ctx.status = status
            ctx.listing = True
            return
        if self.intro.search(label):
            # "Julkisen hallinnon edustajat" under "Varajäsenet": one group of the deputies
            deputies = (
                ctx.listing
                and ctx.role == "deputy_member"
                and re.search(r"edustajat\s*:?$", label, re.I) is not None
            )
            ctx.listing = True
            ctx.role = "representative" if self._named_by_another(label) else ""
            if deputies and not ctx.role:
                ctx.role = "deputy_member"
            if not ctx.role and self.serving.search(label):
                # "Vanhusneuvostossa toimivat kautena …", "I rådet sitter …": the people
                # under it sit in the body, whatever organisation each speaks for
                ctx.role = "member"
            ctx.header_roles = []
            ctx.pairs = self._says_pairs(label)  # "Ledamöter valdes (ledamot, ersättare)"
            own = self._bare_body_listed(text, line, ctx)
            if own is not None:
                # "… valdes följande medlemmar i styrelsen (suppleanterna inom parentes)": the
                # line names the body it lists by a bare word; another body the text spoke of
                # (the nominating committee that proposed them) is not it
                ctx.body = own
                return
            # "Kokoonpano": the list is of the body the text has just spoken of
            # (the heading's own name, when the text names the same body again, stays)
            recent = ctx.recent
            if (
                recent is not None
                and referred is None
                and (
                    ctx.body is None
                    or (
                        recent.start > ctx.body.start
                        and recent.name.casefold() != ctx.body.name.casefold()
                        # ("Alueellinen neuvottelukunta" under "Alueellinen romaniasiain
                        # neuvottelukunta": the same body named shorter)
                        and not set(recent.name.casefold().split())
                        <= set(ctx.body.name.casefold().split())
                        # "Sammansättning" under "Tillgänglighetsrådet" after "kommunstyrelsen
                        # ska avsätta tid för rådet": the board or council a body reports to,
                        # named in passing, is not the body whose composition follows
                        and not _APPOINTING.search(recent.name.casefold().split()[-1])
                    )
                )
            ):
                ctx.body = recent
            return
        # another heading: a sub-group of a list ("Lapsi- ja perhejärjestöt:") keeps the list
        # going; any other ends it
        if not line.text.endswith(":"):
            ctx.listing = False
            ctx.status = ""
        elif ctx.body is not None and not ctx.contacts:
            # "Svenska folkpartiet (SFP) – 16 mandat (+1):" under "Kristinestads fullmäktige":  # noqa: RUF003
            # a heading that names no body and no role but announces what follows; the
            # persons under it sit in the body of the nearest heading that named one
            ctx.listing = True
        ctx.role = ""
        ctx.pairs = False

    def _bare_body_listed(self, text: str, line: Line, ctx: Context) -> Mention | None:
        """The body a list's introduction names by a bare definite word after "i" or "till"
        ("Följande medlemmar valdes i styrelsen:"): the body of the context or the one the
        text spoke of last when either is of that kind, else the bare word as a name. None
        when the line names no such word, or more than one, or the word precedes the
        introduction's words."""
        toks = tokens(text, line.start, line.end)
        bare = [
            b
            for b in self.reader.bodies(toks)
            if not b.plural
            and self.anaphora.match(b.written)
            and re.search(r"(?<![\w-])(?:i|till)\s+$", text[line.start : b.start])
        ]
        if not bare and not self.reader.finnish:
            # "Ordinarie medlemmar från Norrby i Västerbygdens gemensamma kyrkofullmäktige":
            # a Swedish "fullmäktige" has no definite form; after "i" (perhaps with its
            # owner in the genitive and an adjective) it names the body the list is of
            for b in self.reader.bodies(toks):
                lead = _INDECLINABLE_LEAD.search(text, line.start, b.start)
                if (
                    not b.plural
                    and " " not in b.written
                    and b.written.casefold().endswith("fullmäktige")
                    and lead is not None
                    and lead.end() == b.start
                ):
                    whole = text[lead.start(1) : b.end]
                    bare.append(replace(b, start=lead.start(1), written=whole, name=whole))
        if len(bare) != 1:
            return None
        said = self.intro.search(text[line.start : bare[0].start])
        if said is None:
            return None
        word = bare[0].name.casefold()
        stem = re.sub(r"(?:en|et|n|t)$", "", word)
        for known in (ctx.body, ctx.recent):
            last = known.name.casefold().split()[-1] if known is not None else ""
            if known is not None and (last.endswith(word) or last.endswith(stem)):
                return known
        return replace(bare[0], name=bare[0].name[:1].upper() + bare[0].name[1:])

    def _officer_statement(self, text: str, line: Line) -> bool:
        """A line that names a body's officer in the middle of it ("Neuvoston puheenjohtaja
        Aino Mäki, …"): a chair's, vice chair's or secretary's word in lower case after a
        body's name in the genitive, then a person."""
        toks = tokens(text, line.start, line.end)
        for i, t in enumerate(toks[1:4], start=1):
            if not t.text[:1].islower():
                continue
            if self.lex.role_of(t.text) not in ("chair", "vice_chair", "secretary"):
                continue
            before = self.reader.bodies(toks[:i])
            if before and self.reader.person_at(toks, i + 1, in_list=True) is not None:
                return True
        return False

    def _groups_and_officers(self, label: str) -> str:
        """ "Valtuustoryhmät ja puheenjohtajat", "Grupperna och deras ordförande": a heading
        of groups (a plural body word) and their officers; the officers' role, else ""."""
        mt = re.fullmatch(r"(\S+)\s+(?:ja|och)\s+(?:niiden\s+|deras\s+)?(\S+)", label.strip())
        if mt is None:
            return ""
        role = self.lex.role_of(mt.group(2))
        if role not in ("chair", "vice_chair", "secretary"):
            return ""
        groups = self.reader.bodies(tokens(mt.group(1)))
        if groups and groups[0].plural:
            return role
        # (without voikko: a plural ending on a body's head word, "valtuustoryhmät", "grupperna")
        word = mt.group(1).casefold()
        one = word[:-1] if word.endswith("t") else re.sub(r"(?:erna|arna|orna|na)$", "", word)
        return role if one != word and self.lex.body_kind(one) else ""

    def _group_officer(self, text: str, line: Line, ctx: Context) -> list[Finding]:
        """ "- Liedon Kokoomuksen valtuustoryhmä: Aino Ahola" under a heading of groups and
        their officers: the person holds the heading's role in the group the label names."""
        colon = text.find(": ", line.content_start, line.end)
        if colon < 0:
            return []
        people = self.reader.persons(tokens(text, colon + 1, line.end), in_list=True)
        label = text[line.content_start : colon].strip()
        if len(people) != 1 or not label or not label[:1].isupper():
            return []
        groups = self.reader.bodies(tokens(text, line.content_start, colon))
        if not groups or groups[-1].end != colon:
            return []  # the label is no group ("Kuopio:"): a list of another kind
        s0 = line.content_start + text[line.content_start : colon].index(label)
        group = Mention(s0, colon, label, label, groups[-1].kind, 0.6)
        return [
            Finding(
                "membership",
                people[0],
                ctx.label_role,
                group,
                (line.start, line.end),
                people[0].confidence - 0.1,
                "list-group-officer",
            )
        ]

    def _named_in_full(self, bare: Mention, out: Walk) -> Mention | None:
        """The body a bare head word on a heading means ("Neuvottelukunnan"): the one the
        text named before in full with a name ending in it (the longest, when the others are
        it named shorter); None when the word is no bare head word or two bodies fit."""
        if " " in bare.written.strip():
            return None
        head = bare.name.casefold()
        full = {
            b.name.casefold(): b
            for b, span in out.named
            if span[0] < bare.start
            and " " in b.name.strip()
            and not b.plural
            and b.name.casefold().split()[-1] == head
        }
        if not full:
            return None
        # ("Alueellisen neuvottelukunnan" after "Alueellinen romaniasiain neuvottelukunta": the
        # same body named shorter)
        longest = max(full, key=lambda k: (len(k.split()), k))
        if any(not set(k.split()) <= set(longest.split()) for k in full):
            return None
        b = full[longest]
        return replace(b, name=b.name[:1].upper() + b.name[1:])

    def _referred_body(self, label: str, current: Mention, out: Walk) -> Mention | None:
        """ "Deltagare i rådet", "Neuvoston jäsenet" while the context is another body (one
        the text named in passing, "knutet till Kommunstyrelsen"): the body the bare head word
        means, the last one named in full whose name it ends; None when the word is none or
        means the current body."""
        words = [w for w in re.findall(r"[\w-]+", label) if self.anaphora.fullmatch(w)]
        if len(words) != 1:
            return None
        bare = Mention(0, 0, words[0], words[0], "body", 0.5)
        if SentenceReader._refers_to(bare, current):
            return None
        candidates = [
            b
            for b, _span in out.named
            if not self.anaphora.fullmatch(b.written.strip()) and SentenceReader._refers_to(bare, b)
        ]
        if not candidates:
            return None
        # the body the page speaks of most (its title, its breadcrumb, its first sentence),
        # not one named once in passing
        count: dict[str, int] = {}
        for b in candidates:
            count[b.name.casefold()] = count.get(b.name.casefold(), 0) + 1
        best = max(reversed(candidates), key=lambda b: count[b.name.casefold()])
        return replace(best, name=best.name[:1].upper() + best.name[1:])

    def _says_who_holds(self, line: str) -> bool:
        """A line with no full stop that is a sentence naming who holds an office: a chair's,
        vice chair's or secretary's word, then a linking verb ("on", "toimii", "är") and a
        capitalised word after it, or "Till" and the word, then the election's verb and a
        name ("Till ordförande för år 2015 valdes Eva Ek")."""
        role = self.lex.find_role(line)
        if role is None or role[0] not in ("chair", "vice_chair", "secretary"):
            return False
        if len(line.split()) < 5:
            return False
        if (
            re.match(r"[Tt]ill\s+(?:\w+\s+){0,2}$", line[: role[1]])
            and re.search(r"\s(?:(?:om|åter|ny)?valdes|utsågs)\s+[A-ZÅÄÖ][a-zåäö]", line[role[2] :])
            and not line.rstrip().endswith(":")
        ):
            return True  # "Till ordförande för föreningen för år 2015 valdes Eva Ek"
        mt = re.search(r"\s(?:on|toimii|är)\s+(?:\w+\s+){0,2}?[A-ZÅÄÖ]", line[role[2] :])
        return mt is not None and mt.start() < 3

    def _task_with_term(self, text: str, label: str, ctx: Context) -> bool:
        """A heading of one capitalised word and a term of office ("Informatör 2022-23"),
        the word no role, body, column or status, under a body, on a page whose officers
        are under headings of the same form and term ("Ordförande 2022-23")."""
        mt = _TASK_TERM.fullmatch(label)
        if mt is None or ctx.body is None or ctx.contacts:
            return False
        word = mt.group(1)
        if (
            self.lex.role_of(word)
            or self.lex.body_kind(word.casefold())
            or self.lex.column(word)
            or self.intro.search(word)
            or self.contacts.match(word)
        ):
            return False
        term = label[mt.end(1) :].strip()
        siblings = re.finditer(rf"(?m)^\s*([A-ZÅÄÖ][a-zåäö]+)\s+{re.escape(term)}\s*$", text)
        return any(
            self.lex.role_of(o.group(1)) in ("chair", "vice_chair", "secretary") for o in siblings
        )

    def _names_columns(self, label: str) -> bool:
        """ "Namn, ålder, bostadsort, röstmängd", "Nimi / puolue / ikä": a line of column names
        separated by commas or slashes whose first names the person: the header of the list
        under it, which keeps the heading's body and role."""
        cells = [c.strip() for c in re.split(r"\s*[,/;]\s*", label) if c.strip()]
        return (
            2 <= len(cells) <= 6
            and self.lex.column(cells[0]) == "name"
            and all(len(c.split()) <= 2 and c[:1].isalpha() for c in cells)
        )

    def _ends_contacts(self, label: str) -> bool:
        """Whether a heading under a contact card introduces a list of its own ("Valitut
        nuorisovaltuutetut:", "Ledamöter:") rather than going on with the card."""
        label = label.strip()
        return label.endswith(":") and bool(self.intro.search(label))

    def _representatives_of(self, text: str, line: Line) -> tuple[Mention | None, bool] | None:
        """A group label in a composition list: "Pensionärsorganisationernas representanter",
        "Stadsstyrelsens representant", "Henkilöstön edustajat", "Tjänsteinnehavarrepresentant":
        a genitive (or the first half of a compound) and a word for representatives, nothing
        else. The party they represent (None for a compound), and whether the label names a
        body or organisation in the genitive."""
        label = line.text.strip().rstrip(":").strip()
        if self.lex.role_of(label) not in (None, "representative"):
            return None  # "Varaedustaja": a deputy's column
        words = (
            r"representant(?:er|erna)?|företrädare(?:na)?"
            if self.lex.lang == "sv"
            else r"edustaja(?:t|na)?"
        )
        mt = re.fullmatch(rf"(\S+(?:\s+(?:och|ja)\s+\S+)?)\s+(?:{words})", label, re.I)
        if mt is None:
            if re.fullmatch(rf"[A-ZÅÄÖ][a-zåäö]{{3,}}(?:{words})", label):
                return None, False  # "Tjänsteinnehavarrepresentant": a kind of seat
            return None
        owner = mt.group(1)
        if not owner[:1].isupper():
            return None
        s0 = text.index(owner, line.start)
        if self.lex.lang == "sv":
            if not owner.endswith("s"):
                return None
            name = owner[:-1]
        else:
            if not owner.endswith("n"):
                return None
            found = self.reader.bodies(tokens(text, s0, s0 + len(owner)))
            name = found[0].name if found else owner
            name = name[:1].upper() + name[1:]
        named = bool(self.reader.bodies(tokens(text, s0, s0 + len(owner))))
        return Mention(s0, s0 + len(owner), owner, name, "organisation", 0.5), named

    def _split_after_label(self, text: str, p: Paragraph) -> list[Paragraph]:
        """A paragraph whose first line ends an introduction with a colon and a group label
        ("… utsett äldrerådet med följande sammansättning: Pensionärsorganisationernas
        representanter") and goes on with the list's lines: the introduction, the label and
        each line after it read on their own."""
        if len(p.lines) < 2:
            return [p]
        first = p.lines[0]
        colon = first.text.rfind(": ")
        if colon < 0:
            return [p]
        head = first.text[:colon]
        if not self.intro.search(head) and not (
            self.appoints is not None
            and any(
                self.appoints.match(t.text) for t in tokens(text, first.start, first.start + colon)
            )
        ):
            return [p]
        tail_start = first.start + colon + 2
        tail = Line(tail_start, first.end, text[tail_start : first.end], tail_start, kind="heading")
        if self._representatives_of(text, tail) is None:
            return [p]
        intro_end = first.start + colon + 1
        parts = [
            Paragraph(
                [Line(first.start, intro_end, text[first.start : intro_end], first.content_start)],
                first.start,
                intro_end,
                text[first.start : intro_end],
                list(sentences(text, first.start, intro_end)),
            ),
            Paragraph([tail], tail.start, tail.end, tail.text),
        ]
        for line in p.lines[1:]:
            line.kind = "heading" if line.kind == "para" else line.kind
            parts.append(
                Paragraph(
                    [line],
                    line.start,
                    line.end,
                    line.text,
                    list(sentences(text, line.start, line.end)),
                )
            )
        return parts

    def _name_in_line(self, text: str, line: Line) -> bool:
        """A short line (at most twelve words) that names a person."""
        if len(line.text.split()) > 12:
            return False
        return bool(self.reader.persons(tokens(text, line.start, line.end), in_list=True))

    def _own_representatives(self, text: str, start: int, end: int) -> Mention | None:
        """ "Ungdomsfullmäktige valde sina representanter till följande nämnder …:",
        "Nuorisovaltuusto valitsi edustajansa seuraaviin lautakuntiin:": the body that sends
        its own representatives (the subject, before the verb), or None."""
        own = (
            r"(?:valde|utsåg|har\s+valt|har\s+utsett|väljer|utser)\s+(?:sina|sin|sitt)\s+"
            r"(?:representant\w*|företrädare)"
            if self.lex.lang == "sv"
            else r"(?:valitsi|nimesi|on\s+valinnut|on\s+nimennyt|valitsee|nimeää)\s+"
            r"(?:omat\s+)?(?:edustajansa|edustajikseen)"
        )
        mt = re.compile(rf"(?<![\w-]){own}(?![\w-])", re.I).search(text, start, end)
        if mt is None:
            # "Nuorisovaltuuston edustajat:", "Ungdomsrådets representanter:": the list of
            # the representatives a body named (the body's name right before the word)
            mt = re.compile(r"(?<![\w-])(?:edustajat|representanter)\s*:\s*$", re.I).search(
                text[start:end]
            )
            if mt is None:
                return None
            cut = start + mt.start()
            subject = [
                b for b in self._specific_bodies(text, start, cut) if not text[b.end : cut].strip()
            ]
            if not subject:
                return None
            b = subject[-1]
            return replace(b, name=b.name[:1].upper() + b.name[1:])
        subject = [b for b in self._specific_bodies(text, start, mt.start()) if b.end <= mt.start()]
        if not subject:
            return None
        b = subject[-1]
        return replace(b, name=b.name[:1].upper() + b.name[1:])

    def _delegates(self, text: str, line: Line, ctx: Context) -> list[Finding]:
        """ "Bildnings- och fritidsnämnden: Mette Heinonen och ersättare Onni Virtanen" under
        a body's own representatives: every person of the line is a member of that body (the
        label says where they represent it; a substitute there is a member too)."""
        colon = text.find(": ", line.content_start, line.end)
        if colon < 0 or ctx.body is None:
            return []
        people = self.reader.persons(tokens(text, colon + 1, line.end), in_list=True)
        return [
            Finding(
                "membership",
                p,
                "member",
                ctx.body,
                (line.start, line.end),
                p.confidence - 0.15,
                "list-delegates",
            )
            for p in people
        ]

    def _introduces_list(self, sentence: str) -> bool:
        """A paragraph's last sentence that a list follows: it ends with a colon, or it
        introduces a list and ends with a parenthesis that says how its lines are read
        ("Aluehallituksen jäseniksi valittiin (muodossa jäsen, varajäsen)")."""
        end = sentence.rstrip()
        if end.endswith(":"):
            return True
        return (
            end.endswith(")")
            and bool(self.intro.search(sentence))
            and (self._says_pairs(end) or self._says_paren_deputies(end[end.rfind("(") :]))
        )

    def _says_pairs(self, sentence: str) -> bool:
        """A parenthesis that gives the order of the names on each line: a member's word, then
        a deputy's ("(muodossa jäsen, varajäsen)", "(ledamot, ersättare)")."""
        for par in re.finditer(r"\(([^()]*)\)", sentence):
            inner = par.group(1)
            first = self.lex.find_role(inner)
            if first is None:
                continue
            parts = re.split(r"\s*[,/–-]\s*|\s+(?:ja|och)\s+", inner[first[1] :].strip())  # noqa: RUF001
            if (
                len(parts) == 2
                and self.lex.role_of(parts[0]) in ("member", "representative")
                and self.lex.role_of(parts[1]) == "deputy_member"
            ):
                return True
        return False

    def _named_by_another(self, label: str) -> bool:
        """ "Kaupunginjohtajan nimeämät toimialojen edustajat", "Representanter utsedda av
        stadsdirektören": a heading that names who appointed the representatives listed under
        it, an official and not an organ, and no seat. A list set apart so says whom they
        represent, not that they are members of the body the page is about; the people an
        organ appoints ("Kaupunginhallituksen nimeämät edustajat") are members as ever."""
        appointed = (
            r"(\w+n)\s+(?:nimeämä|asettama|valitsema|määräämä)t?"
            if self.lex.lang == "fi"
            else r"(?:utsedda|utsedd|utsett|tillsatta|valda)\s+av\s+(\w+)"
        )
        mt = re.search(rf"(?<![\w-]){appointed}(?![\w-])", label, re.I)
        if mt is None:
            return False
        toks = tokens(label, mt.start(1), mt.end(1))
        if self.reader.bodies(toks) or any(
            self.reader.organisation_at(toks, j) for j in range(len(toks))
        ):
            return False  # an organ appoints: its representatives are members
        roles = {self.lex.role_of(w) for w in re.findall(r"[\w-]+", label)}
        return "representative" in roles and not roles & {"member", "deputy_member"}

    def _says_paren_deputies(self, label: str) -> bool:
        """ "Jäsenet (varajäsenet suluissa)", "Ledamöter (ersättare inom parentes)", "Jäsen
        (varajäsen)": the deputies are in the parentheses after the members."""
        low = label.casefold()
        deputy = rf"(?<![\w-])(?:{self.lex.deputies})"
        if re.search(rf"\(\s*(?:henkilökohtai\w+\s+|personlig\w*\s+)?{deputy}\s*\)", low):
            return True
        return bool(re.search(r"sulu|parentes|klammer", low)) and bool(re.search(deputy, low))

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

    def _group(self, text: str, start: int, end: int) -> Mention | None:
        """A heading or label that is only a place or an organisation ("Kuopio", "Testilän
        kaupunki:", "Esimerkin Eläkeläiset ry")."""
        label = text[start:end].rstrip(" :")
        words = label.split()
        if not words or len(words) > 5 or not label[:1].isupper() or self.intro.search(label):
            return None
        if self.lex.find_role(label) or self.lex.not_member_status(label):
            return None
        toks = tokens(text, start, start + len(label))
        for j in range(len(toks) - 1, -1, -1):
            org = self.reader.organisation_at(toks, j)
            if org is not None and org.start == toks[0].start and org.end == toks[-1].end:
                # a municipality groups the seats under it; an association printed under a
                # name is that person's, not a group
                return org if org.kind == "municipality" else None
        if len(words) == 1 and words[0].isalpha():
            return Mention(start, start + len(label), label, label, "municipality", 0.55)
        return None

    @staticmethod
    def _close_group(ctx: Context) -> None:
        """One member and one deputy listed under the same municipality are a pair."""
        found = [f for f in ctx.group_found if f.kind == "membership"]
        deputies = [f for f in found if f.role == "deputy_member"]
        others = [f for f in found if f.role != "deputy_member"]
        if len(deputies) == 1 and len(others) == 1 and deputies[0].deputy_for is None:
            deputies[0].deputy_for = others[0].actor
        ctx.group_found = []

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

    def _own_body_beside_guests(self, text: str) -> Mention | None:
        """The body with seats a page speaks of when a sentence names a guest's own body
        ("besök av Regionstyrelsens ordförande …"): the one kind of body (by the last word of
        its name; no programme, project or network) the page names outside the sentences
        naming guests, written as that bare word; or None."""
        guests = _guest_spans(text)
        page = {
            b.name.casefold().split()[-1]: b
            for b in self.reader.bodies(tokens(text, 0, len(text)))
            if not b.plural
            and b.kind not in _NO_SEATS
            and b.kind != "network"
            and not any(a <= b.start < z for a, z in guests)
        }
        # "styrelse" and "styrelsen": one kind of body, with and without its definite ending
        kinds = {
            next(
                (k[: -len(e)] for e in ("en", "et", "n") if k.endswith(e) and k[: -len(e)] in page),
                k,
            )
            for k in page
        }
        if len(kinds) != 1:
            return None
        only = page[min(page, key=len)]
        last = only.name.split()[-1]
        return replace(only, name=last[:1].upper() + last[1:])

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

    # -- one paragraph ------------------------------------------------------------------------

    def _line_block(self, text: str, p: Paragraph, ctx: Context) -> list[Line]:
        """The lines of a block of short lines right under a heading that named a body, when
        they are its list: every line a few words without a full stop, at least one a role
        abbreviation before a word ("pj. Aino Ahola", "siht. hyvinvointiluotsi"); a line in
        parentheses (what the body does) is left out. The posts without a name among them
        ("hallintojohtaja") give no one. Else an empty list."""
        if len(p.lines) < 2 or ctx.body is None or ctx.listing or ctx.columns:
            return []
        rest = [ln for ln in p.lines if not re.fullmatch(r"\([^()]*\)", ln.text.strip())]
        if self._officers_over_name_lines(text, rest):
            return rest
        if any(len(ln.text.split()) > 6 or ln.text.rstrip().endswith(".") for ln in rest):
            return []
        if not any(
            len(ln.text.split()) > 1 and self.lex.line_abbreviation(ln.text.split()[0])
            for ln in rest
        ) and not self._names_under_term(text, rest):
            return []
        return rest

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

    def _officers_and_members(self, text: str, run: list[Line], ctx: Context) -> list[Finding]:
        """The findings of a run of lines that are officers over members, one a line
        ("Puheenjohtaja Aino Mäki Nurmeksen Eläkeläiset ry." / "Pekka Rinne Nurmeksen
        seurakunta"), in the body the text is about; else none."""
        if ctx.body is None or ctx.listing or ctx.columns:
            return []
        if not self._officers_over_name_lines(text, run):
            return []
        found = []
        for ln in run:
            mt = re.match(r"\s*([A-ZÅÄÖ][\w-]*)\s+(?=[A-ZÅÄÖ])", ln.text)
            role = self.lex.role_of(mt.group(1)) if mt else None
            start = ln.start + (mt.end() if mt and role else 0)
            person = self._first_person(text, start, ln.end)
            if person is None:
                return []
            if not role:
                # "Aino Mäki (varajäsen)", "Aino Mäki Testilän kaupunki, sihteeri"
                said = self.lex.find_role(text[person.end : ln.end])
                role = said[0] if said else None
            found.append(
                _membership(
                    ctx, person, role or "member", (ln.start, ln.end), 0.75, "list-name-lines"
                )
            )
        return found

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
            or (person.confidence < 0.8 and not INSTITUTION_OF_PLACE.match(tail))
        ):
            # (a first name the dictionary knows: "Lundabygdens Dövas förening" is no one;
            # or a school of a place after the name: "Aino Mäki Aron koulu")
            return []
        second = self._first_person(text, person.end, end)
        if len(person.name.split()) > 3 or (second is not None and second.confidence >= 0.8):
            return []  # "Anna Maria Berg Karl Erik Holm": two names, where one ends is unsure
        said = self.lex.find_role(tail)
        role = said[0] if said else ctx.role or "member"
        return [_membership(ctx, person, role, (start, end), 0.65, "list-name-organisation")]

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

    def _names_under_term(self, text: str, lines: list[Line]) -> bool:
        """ "Ungdomsrådet 2024-2025" over three or more lines that are each one name and
        nothing else (a comma after it aside): the body's composition for that term."""
        above = text[: lines[0].start].rstrip().rsplit("\n", 1)[-1]
        if len(lines) < 3 or not re.search(r"\b(?:19|20)\d\d\b", above):
            return False
        for ln in lines:
            found = self._first_person(text, ln.start, ln.end)
            if found is None or text[found.end : ln.end].strip(" ,;"):
                return False
        return True

    def _seat_count_groups(self, text: str, at: int, ctx: Context) -> list[Finding]:
        """A table of municipality, member and deputy flattened to lines: "ALAVUS (3)" (the
        municipality in capitals and its seats), then its members and then their personal
        deputies, each "Surname Firstname (Party.)", over one or more lines. A group whose
        entries are exactly twice its seats gives the first half as members and the second
        as their deputies, in order, for the municipality; any other group gives no one."""
        heads = list(_SEAT_COUNT.finditer(text, at))
        found: list[Finding] = []
        for k, head in enumerate(heads):
            end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
            seats = int(head.group(2))
            entries = list(_PARTY_ENTRY.finditer(text, head.end(), end))
            if seats == 0 or len(entries) != 2 * seats:
                continue
            gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(entries)]
            if any(g.strip() for g in gaps) or text[head.end() : entries[0].start()].strip():
                continue  # words between the entries: not a group of this table
            place = head.group(1).strip()
            where = Mention(
                head.start(1), head.start(1) + len(place), place, place.title(), "municipality", 0.6
            )
            people = []
            for e in entries:
                person = self.reader.person_at(tokens(text, e.start(1), e.end(1)), 0, in_list=True)
                if person is None or person.end != e.end(1):
                    break
                people.append((person, (e.start(), e.end())))
            else:
                for i, (person, quote) in enumerate(people):
                    member = i < seats
                    found.append(
                        _membership(
                            ctx,
                            person,
                            "member" if member else "deputy_member",
                            quote,
                            0.6,
                            "list-seat-count",
                            on_behalf_of=where,
                            deputy_for=None if member else people[i - seats][0],
                        )
                    )
        return found

    @staticmethod
    def _chosen_from_among(text: str, out: Walk) -> None:
        """ "Toimielin päätti valita keskuudestaan strategiatyöryhmän. Strategiatyöryhmään
        valittiin A, B …" ("inom sig", "bland sina ledamöter"): a group chosen from among a
        body's members, so the people put in it, in that sentence or the next, are members of
        the body the page names first (whose minutes or page it is) as well."""
        if not out.named:
            return
        main = out.named[0][0]
        main = replace(main, name=main.name[:1].upper() + main.name[1:])
        added: list[Finding] = []
        held = {
            (f.actor.name, f.target.name.casefold())
            for f in out.findings
            if f.kind == "membership" and f.target is not None
        }
        for mt in _FROM_AMONG.finditer(text):
            ends = [e.end() for e in re.finditer(r"[.!?](?:\s|$)", text[mt.end() :])][:2]
            if not ends:
                continue
            stop = mt.end() + ends[-1]
            # the group chosen is named right after ("keskuudestaan strategiatyöryhmän"), not
            # an officer ("keskuudestaan puheenjohtajan")
            chosen = text[mt.end() : mt.end() + 60].casefold()
            for f in out.findings:
                if (
                    f.kind != "membership"
                    or f.role != "member"
                    or f.target is None
                    or f.actor.kind != "person"
                    or not mt.end() <= f.quote[0] < stop
                    or f.target.name.casefold().split()[-1][:-1] not in chosen
                    or f.target.name.casefold().split()[-1:] == main.name.casefold().split()[-1:]
                    or (f.actor.name, main.name.casefold()) in held
                ):
                    continue
                held.add((f.actor.name, main.name.casefold()))
                added.append(
                    Finding("membership", f.actor, "member", main, f.quote, 0.6, "text-from-among")
                )
        out.findings += added

    @staticmethod
    def _seats_with_deputies(text: str, out: Walk) -> None:
        """ "Hannu Hietanen, edustaja" / "Pirjo-Riitta Meskanen, varaedustaja" in a body's list:
        a representative whose personal deputy is listed on the next line holds a seat in the
        body, a member's (on behalf of whom the list says), as the project writes it."""
        deputies = {
            (f.quote[0], f.target.name)
            for f in out.findings
            if f.kind == "membership" and f.role == "deputy_member" and f.target is not None
        }
        for f in out.findings:
            if f.kind != "membership" or f.role != "representative" or f.target is None:
                continue
            if not f.rule.startswith("list"):
                continue
            nxt = f.quote[1] + len(text[f.quote[1] :]) - len(text[f.quote[1] :].lstrip())
            if (nxt, f.target.name) in deputies and text.count("\n", f.quote[1], nxt) == 1:
                f.role = "member"

    def _between_surnames_first(self, text: str, line: Line) -> Mention | None:
        """ "Länsimies, Jolanda": a line of two capitalised words and a comma between (neither
        a role, a body or an organisation word), right between two lines read as names printed
        "Surname, Firstname"; the person, first name first. Else None."""
        mt = re.fullmatch(r"\s*([A-ZÅÄÖ][\w'’-]+),\s*([A-ZÅÄÖ][\w'’-]+)\s*", line.text)  # noqa: RUF001
        if mt is None or any(self.reader._word_is_excluded(w) for w in mt.groups()):
            return None
        above = text[: line.start].rstrip().rsplit("\n", 1)[-1].strip()
        below = text[line.end :].lstrip().split("\n", 1)[0].strip()
        for near in (above, below):
            person = self.lists._surname_first(near, 0, len(near)) if near else None
            if person is None or person.end != len(near):
                return None
        written = line.text.strip()
        start = line.start + line.text.index(written)
        name = f"{mt.group(2)} {mt.group(1)}"
        return Mention(start, start + len(written), written, name, "person", 0.6, "nom")

    def _officer_line(self, text: str, start: int, end: int) -> bool:
        """ "Puheenjohtaja, Eino Rautio", "• Sihteeri, Leena Harju": a chair's, vice chair's or
        secretary's role, a comma and a name, nothing else."""
        line = text[start:end]
        lead = re.match(r"[\s•·*\-–—]*", line)  # noqa: RUF001
        head, comma, rest = line[lead.end() if lead else 0 :].partition(",")
        if not comma or self.lex.role_of(head) not in ("chair", "vice_chair", "secretary"):
            return False
        at = end - len(rest)
        named = self._first_person(text, at, end)
        return named is not None and not text[named.end : end].strip()

    def _officers_over_names(self, text: str, line: Line) -> bool:
        """An officer's line ("Puheenjohtaja, Eino Rautio"), perhaps more of them, then three
        or more lines that are each one name and nothing else ("Vainio Oskari"): the body's
        officers and members."""
        if not self._officer_line(text, line.start, line.end):
            return False
        at = line.end
        for mt in re.finditer(r"[^\n]*\n?", text[line.end :]):
            s, e = line.end + mt.start(), line.end + mt.end()
            if e == s:
                return False
            raw = text[s:e].rstrip("\n")
            if not raw.strip():
                continue
            if not self._officer_line(text, s, s + len(raw)):
                at = s
                break
        return self._name_lines(text, at, 3, gaps=True)

    def _names_follow_term(self, text: str, line: Line) -> bool:
        """A heading ending in a year or a term ("Lammin nuorisovaltuusto 2023-2024") over three
        or more lines in a row that are each one name and nothing else ("Sanni Koivula",
        "Koivula, Sanni")."""
        if not _YEARS_END.search(line.text):
            return False
        if self._name_lines(text, line.end, 3):
            return True
        # "itäisen alueen pappi Aino Ahola" first: a title before the first name
        first = re.match(r"\s*([a-zåäö][^\n]*)", text[line.end :])
        if first is None:
            return False
        a = line.end + first.start(1)
        b = a + len(first.group(1).rstrip())
        person = self._first_person(text, a, b)
        return person is not None and person.end == b and self._name_lines(text, b, 3)

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

    def _first_person(self, text: str, start: int, end: int) -> Mention | None:
        """The first person named in ``text[start:end]`` after at most three lower-case words
        (a job title: "kaavoituspäällikkö Sari Niemi"), or None."""
        toks = tokens(text, start, end)
        for i, t in enumerate(toks[:4]):
            if t.is_cap:
                return self.reader.person_at(toks, i, in_list=True)
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

    def _minutes(self, text: str) -> list[Finding]:
        """Minutes flattened to run-on lines: "Beslutande: Name (party) Name (party), ersättare
        för Name (party) Övriga deltagande …" gives the deciding members of the minutes' body
        (a substitute the deputy of the member named after "ersättare för", who holds the
        seat), and the signature block "Sekreterare... Name Ordförande... Name" its secretary
        and chair. Nothing when the text names no body after "Forum" / "Organ"."""
        present = _MINUTES_PRESENT.search(text)
        if present is None:
            return []
        body = self._minutes_body(text)
        if body is None:
            return []
        stop = _MINUTES_STOP.search(text, present.end())
        end = stop.start() if stop is not None else min(len(text), present.end() + 600)
        quote = (present.start(), end)
        if _DEPUTY_COLUMN.match(text, present.end()):
            columns = self._two_columns(text, present.end(), end, body)
            if columns:
                return columns
        found: list[Finding] = []
        people: list[tuple[Mention, bool]] = []  # (person, named after "ersättare för")
        offices: dict[int, str] = {}  # "A (M), ordförande": the office after the party
        pos = present.end()
        for mt in _NAME_PARTY.finditer(text, present.end(), end):
            person = self.reader.person_at(tokens(text, mt.start(1), mt.end(1)), 0, in_list=True)
            if person is None or person.end != mt.end(1):
                pos = mt.end()
                continue
            people.append((person, bool(_SUBSTITUTE.search(text, pos, mt.start()))))
            if (said := _OFFICE_AFTER_PARTY.match(text, mt.end())) is not None:
                offices[person.start] = self.lex.role_of(said.group(1)) or ""
            pos = mt.end()
        for k, (person, absent) in enumerate(people):
            if absent and k > 0:
                deputy = people[k - 1][0]
                found = [f for f in found if f.actor is not deputy]
                found.append(
                    Finding(
                        "membership", deputy, "deputy_member", body, quote, 0.7, "minutes",
                        deputy_for=person,
                    )
                )  # fmt: skip
            role = offices.get(person.start, "")
            role = role if role in ("chair", "vice_chair") else "member"
            found.append(Finding("membership", person, role, body, quote, 0.7, "minutes"))
        for mt in _SIGNATURE.finditer(text):
            role = self.lex.role_of(mt.group(1))
            person = self.reader.person_at(tokens(text, mt.start(2), mt.end(2)), 0, in_list=True)
            if role in ("chair", "secretary") and person is not None:
                found.append(
                    Finding(
                        "membership", person, role, body, (mt.start(), mt.end()), 0.7, "minutes"
                    )
                )
        return found

    def _two_columns(self, text: str, start: int, end: int, body: Mention) -> list[Finding]:
        """ "Beslutande Ej tjänstgörande ersättare …": the two columns' headings, then the
        columns one after the other, each a run of entries "Name (Party)[, post]", "Name,
        Organisation" or "- (Party)" / "- Organisation" (a seat nobody took). The deputies'
        column begins where the run of parties and organisations begins again; its people are
        deputies, the first column's members (a post after the name theirs). Nothing when the
        run does not begin again."""
        entries: list[tuple[Mention | None, str, str]] = []  # (person, affiliation, post)
        pos = start
        for mt in _COLUMN_ENTRY.finditer(text, start, end):
            ns, ne = mt.start(), mt.end("name")
            if mt.group("name") is not None:
                words = list(re.finditer(r"\S+", mt.group("name")))
                before = text[pos : mt.start()].split()
                if len(words) == 3 and before and before[-1].isupper():
                    # "SPF Röstånga Göte Hilding,": the place is the organisation's
                    ns = mt.start("name") + words[1].start()
            if text[pos:ns].strip() and entries:
                # the words between two entries: the last one's organisation
                person, affiliation, post = entries[-1]
                if not affiliation:
                    entries[-1] = (person, " ".join(text[pos:ns].split()), post)
            pos = mt.end()
            if mt.group("empty") is not None:
                entries.append((None, " ".join(mt.group("empty").split()), ""))
                continue
            ns = max(ns, mt.start("name"))
            if (
                entries
                and entries[-1][0] is None
                and len(seat := entries[-1][1].split()) == 2
                and seat[0].isupper()
                and m.FIRST_NAME in self.reader._classes(seat[1])
                and text[: mt.start()].rstrip().endswith(seat[1])
            ):
                # "- FUB Nils Alvar Eksten,": the first name is the next person's, not the
                # empty seat's organisation's
                ns = len(text[: mt.start()].rstrip()) - len(seat[1])
                entries[-1] = (None, seat[0], "")
            person = self.reader.person_at(tokens(text, ns, ne), 0, in_list=True)
            if person is not None and person.end != ne:
                person = None  # not a name as a whole: its seat still counts in the column
            entries.append((person, mt.group("party") or "", (mt.group("post") or "").strip()))
        if entries and text[pos:end].strip():
            person, affiliation, post = entries[-1]
            if not affiliation:
                entries[-1] = (person, " ".join(text[pos:end].split()), post)
        affiliations = [a.strip("()").casefold() for _p, a, _r in entries]
        split = next(
            (
                k
                for k in range(3, len(entries) - 2)
                if affiliations[k : k + 3] == affiliations[:3] and all(affiliations[:3])
            ),
            None,
        )
        if split is None:
            return []
        found: list[Finding] = []
        for k, (person, _a, post) in enumerate(entries):
            if person is None:
                continue
            role = "deputy_member" if k >= split else (self.lex.role_of(post) or "member")
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                role = "member"
            found.append(
                Finding("membership", person, role, body, (person.start, person.end), 0.6,
                        "minutes-columns")
            )  # fmt: skip
        return found

    def _attendance(self, text: str) -> list[Finding]:
        """An attendance table of minutes flattened to one run of words ("Osallistujat Nimi
        Tehtävä Lisätieto Läsnä Matikainen Tommi 1. varapuheenjohtaja Aalto Airi Hasu Mervi
        …"): two capitalised words in a row are a person, surname first; the lower-case words
        after them their task ("1. varapuheenjohtaja", "pj") or a note ("Lähti kokouksesta");
        a capitalised "Jäsenet" / "Varajäsenet" heads the people after it. The people present
        sit in the body of the minutes (its label, else the first line's body), as members
        unless their task is an officer's role of the body; a task at the meeting
        ("Pöytäkirjan tarkastaja") is no seat. Nothing when no body is named."""
        head = _ATTENDANCE.search(text)
        if head is None:
            return []
        body = self._minutes_body(text)
        if body is None:
            first_end = text.find("\n")
            bodies = self._composed_bodies(text, 0, first_end if first_end >= 0 else len(text))
            if not bodies:
                return []
            body = bodies[0]
        line_end = text.find("\n", head.end())
        end = line_end if line_end >= 0 else len(text)
        stop = _MINUTES_STOP.search(text, head.end(), end)
        if stop is not None:
            end = stop.start()
        toks = tokens(text, head.end(), end)
        section = "member"
        people: list[tuple[Mention, str]] = []
        tail: list[Token] = []

        def close() -> None:
            if not people or not tail:
                return
            said = " ".join(t.text for t in tail)
            said = re.sub(r"^(?:\d+\s*\.|[IV]{1,3})\s*", "", said).strip()
            role = self.lex.role_of(said) or self.lex.line_abbreviation(said)
            if role in ("chair", "vice_chair", "secretary", "deputy_member"):
                people[-1] = (people[-1][0], role)

        i = 0
        while i < len(toks):
            t = toks[i]
            role = self.lex.role_of(t.text) if t.is_cap else None
            if role in ("member", "deputy_member"):
                close()
                tail = []
                section = role  # "Varajäsenet": the people after it
                i += 1
                continue
            person = None
            if (
                t.is_cap
                and i + 1 < len(toks)
                and toks[i + 1].is_cap
                and not role
                and not _MEETING_TASK.fullmatch(t.text)
                and not self.lex.is_occupation(t.text)
            ):
                surname, first = t.text, toks[i + 1].text
                # the name read first name first, as it would be written in running text
                probe = [
                    Token(first, 0, len(first)),
                    Token(surname, len(first) + 1, len(first) + 1 + len(surname)),
                ]
                found = self.reader.person_at(probe, 0, in_list=True)
                if found is not None and found.end == probe[1].end:
                    person = Mention(
                        t.start,
                        toks[i + 1].end,
                        text[t.start : toks[i + 1].end],
                        f"{first} {surname}",
                        "person",
                        0.7,
                        "nom",
                    )
            if person is None:
                tail.append(t)
                i += 1
                continue
            close()
            tail = []
            people.append((person, section))
            i += 2
        close()
        quote = (head.start(), end)
        return [
            Finding("membership", p, role, body, quote, 0.7, "minutes-attendance")
            for p, role in people
        ]

    def _run_on_members(self, text: str) -> list[Finding]:
        """The members of minutes flattened to one run of words, each name first name first
        with its role after it ("Kokouspaikka Kunnantalo Jäsenet Anne Tuovila puheenjohtaja
        Miina Seurujärvi, I varapuheenjohtaja Aleksi Kinnunen jäsen … Kari Akujärvi varajäsen
        Muut Miia Kärnä …"): the run begins at a capitalised "Jäsenet" / "Ledamöter" on the
        line that names the meeting's time or place and ends at the next column word ("Muut",
        "Övriga"): the people after that attend without a seat. Each person sits in the body
        of the minutes with the role after the name (a member when none is said). Nothing
        unless every name in the run has a role after it."""
        head = _RUN_ON_HEAD.search(text)
        if head is None:
            return []
        body = self._minutes_body(text)
        if body is None:
            bodies = self._composed_bodies(
                text, text.rfind("\n", 0, head.start()) + 1, head.start()
            )
            if not bodies:
                return []
            body = bodies[0]
        line_end = text.find("\n", head.end())
        end = line_end if line_end >= 0 else len(text)
        stop = _RUN_ON_STOP.search(text, head.end(), end)
        if stop is None:
            return []
        end = stop.start()
        toks = tokens(text, head.end(), end)
        people: list[tuple[Mention, str]] = []
        i = 0
        while i < len(toks):
            person = self.reader.person_at(toks, i, in_list=True)
            if person is None:
                return []  # a word that is neither a name nor its role: not this layout
            j = i
            while j < len(toks) and toks[j].start < person.end:
                j += 1
            k = j
            while k < len(toks) and (
                not toks[k].is_cap or re.fullmatch(r"I{1,3}|IV", toks[k].text)
            ):
                k += 1  # the role after the name: "puheenjohtaja", ", I varapuheenjohtaja"
            said = " ".join(t.text for t in toks[j:k]).strip(" ,.")
            role = self.lex.role_of(said)
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                return []
            people.append((person, role))
            i = k
        if len(people) < 3:
            return []
        quote = (head.start(), end)
        return [
            Finding("membership", p, role, body, quote, 0.7, "minutes-run-on") for p, role in people
        ]

    def _meeting_body(self, text: str, start: int) -> Mention | None:
        """The body whose meeting the minutes after ``start`` speak of: the first body named
        in a sentence that says the meeting was convened or has a quorum."""
        for mt in _MEETING_OF.finditer(text, start):
            s = max(text.rfind(".", 0, mt.start()), text.rfind("\n", 0, mt.start())) + 1
            for b in self._specific_bodies(text, s, mt.start()):
                if not b.plural and not appoints(text, b):
                    return replace(b, name=b.name[:1].upper() + b.name[1:])
        return None

    def _name_pairs(self, toks: list[Token]) -> list[Mention]:
        """A run of capitalised words with no separator ("Axel Colliander Toivo Hursti Joel
        Vanhanen") cut into names of two words: an even number of words, most names beginning
        with a known first name (one the dictionary does not know among them); none otherwise."""
        if len(toks) < 2 or len(toks) % 2 or not all(t.is_cap and t.is_word for t in toks):
            return []
        starts = toks[::2]
        known = sum(m.FIRST_NAME in self.reader._classes(t.text) for t in starts)
        if 2 * known < len(starts):
            return []
        out: list[Mention] = []
        for first, last in zip(starts, toks[1::2], strict=True):
            name = f"{first.text} {last.text}"
            out.append(Mention(first.start, last.end, name, name, "person", 0.7, "nom"))
        return out

    def _seat_items(
        self, text: str, start: int, end: int, *, through: bool
    ) -> tuple[list[tuple[Mention, str, str]], int]:
        """The items "Name role" from ``start`` on: each name (either order of its words), the
        seat the lower-case words after it say and "" (or, with ``through``, the body another
        seat is said of by its abbreviation, "kv:n pj"), up to the first name with no seat
        after it (with ``through``, such an item is passed over: an official among the
        absent) or the first word that is no name. Also where the items end."""
        toks = tokens(text, start, end)
        items: list[tuple[Mention, str, str]] = []
        stop, i = start, 0
        while i < len(toks):
            person = self.reader.person_at(toks, i, in_list=True)
            if person is None:
                break
            j = i
            while j < len(toks) and toks[j].start < person.end:
                j += 1
            k = j
            while k < len(toks) and not toks[k].is_cap:
                k += 1
            said = " ".join(t.text for t in toks[j:k]).strip(" ,.")
            role = self.lex.role_of(said) if said else None
            other = ":" in said
            elsewhere = ("", "")
            seat = _SEAT_ELSEWHERE.match(said) if through and other else None
            if seat is not None and seat.group("abbr"):
                elsewhere = self._seat_of(said)
            if elsewhere[1]:
                # "Poissa … Mäki Eero kv:n pj": an absent council's chair, present in its
                # right; the seat is the council's
                items.append((person, elsewhere[0], elsewhere[1]))
            elif (
                role not in ("chair", "vice_chair", "secretary", "member", "deputy_member") or other
            ):
                if not through or not said:
                    break
            else:
                items.append((person, role, ""))
            stop = toks[k - 1].end if k > j else person.end
            i = k
        return items, stop

    def _present_seats_after_names(self, text: str, out: Walk) -> None:
        """ "… Paikka kokoushuone Läsnä Ek Aino puheenjohtaja Lind Bo varapuheenjohtaja Berg
        Eva jäsen … Holm Ida varajäsen Aho Pia Laine Olli … rovasti talousjohtaja … Poissa
        Kivi Ari jäsen Mäki Eero kv:n pj Salo Tea kirkkoherra": minutes' attendance flattened
        onto the line of the meeting's time and place, each name with its seat after it; the
        run of seats ends at the first name with none (the officials, whose titles follow in
        a run of their own), and the absent members after "Poissa" hold their seats too. The
        seats are in the one body the sentences gave the run's people, whose reading of the
        run (a post taken as the next name's) gives way. Nothing with fewer than three seats
        or with no such body."""
        head = _PRESENT_ON_TIME_LINE.search(text)
        if head is None:
            return
        line_end = text.find("\n", head.end())
        line_end = len(text) if line_end < 0 else line_end
        present, stop = self._seat_items(text, head.end(), line_end, through=False)
        if len(present) < 3:
            return
        absent: list[tuple[Mention, str]] = []
        gone = _ABSENT_WORD.search(text, stop, line_end)
        end = stop
        if gone is not None:
            absent, end = self._seat_items(text, gone.end(), line_end, through=True)
            end = max(end, gone.end())
        a, b = present[0][0].start, end
        bodies = {
            f.target.name.casefold(): f.target
            for f in out.findings
            if f.kind == "membership" and f.target is not None and a <= f.actor.start < b
        }
        if not bodies:
            # none read: the one body the line names before the run ("Yhteinen
            # kirkkoneuvosto YHTEISEN KIRKKONEUVOSTON KOKOUS Aika …")
            line = text.rfind("\n", 0, head.start()) + 1
            named = [
                x for x in self.reader.bodies(tokens(text, line, a)) if not x.plural and x.name
            ]
            # (one body named twice, once in capitals: the same last word)
            if len({x.name.casefold().split()[-1] for x in named}) == 1:
                x = named[0]
                bodies = {x.name.casefold(): replace(x, name=x.name[:1].upper() + x.name[1:])}
        if len(bodies) != 1:
            return
        body = next(iter(bodies.values()))
        out.findings = [
            f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
        ]
        for p, role, elsewhere in present + absent:
            target = body
            if elsewhere:
                target = Mention(p.end, p.end, "", self._council_of(body, elsewhere), "body", 0.6)
            out.findings.append(
                Finding("membership", p, role, target, (a, b), 0.7, "minutes-present-run")
            )

    def _bare_names_after_presidium(self, text: str, out: Walk) -> None:
        """ "Läsnä … Aino Ek, puheenjohtaja Bo Lind, varapuheenjohtaja Eva Salo Olli Mäki Pia
        Aho Muut läsnäolijat … Poissa Ari Kivi Tea Laine Asiat": minutes' attendance with the
        chair and the vice chair each followed by a comma and the seat, then the other members
        present as bare names (first name first); the absent after "Poissa" in the same paragraph,
        bare names too, are members as well. The seats are in the body the sentences gave the
        chair. Nothing with fewer than three bare names."""
        for mt in _PRESIDIUM_THEN_BARE.finditer(text):
            present = self._bare_first_names(text, mt.end())
            if len(present) < 3:
                continue
            # (the body whose minutes these are: the sentences may have given the run the
            # body of a council's chair named after it, "Aho Aino, valtuuston pj")
            body = self._minutes_head_body(text)
            if body is None:
                continue
            # (the same paragraph: a flattened line may have been broken into its entries)
            line_end = text.find("\n\n", mt.end())
            line_end = len(text) if line_end < 0 else line_end
            absent: list[tuple[int, int]] = []
            gone = _ABSENT_WORD.search(text, present[-1][1], line_end)
            if gone is not None and self.reader.morph.name == "voikko":
                # (with voikko only: the rules cannot tell where the names end, "Poissa Aino
                # Ek Asiat Allekirjoitukset")
                absent = self._bare_first_names(text, gone.end())
            runs = [(mt.start(), present[-1][1])]
            if absent:
                runs.append((gone.start(), absent[-1][1]))
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in runs)
            ]
            seats = [(*mt.span("chair"), "chair"), (*mt.span("vice"), "vice_chair")]
            seats += [(s0, e0, "member") for s0, e0 in present + absent]
            held: set[str] = set()
            for s0, e0, role in seats:
                name = " ".join(text[s0:e0].split())
                if name in held:
                    continue  # present and absent both: one seat
                held.add(name)
                person = Mention(s0, e0, text[s0:e0], name, "person", 0.7, "nom")
                quote = (mt.start(), e0)
                out.findings.append(
                    Finding("membership", person, role, body, quote, 0.7, "minutes-bare-names")
                )

    def _comma_seats_of_another_body(self, text: str, out: Walk) -> None:
        """ "Aino Ek, valtuuston pj Bo Lind, valtuuston 1. vpj.": two or more names in a row on
        one line, each with a comma and a seat in a body named in the genitive after it (their
        other seats, in other bodies, stay as read); each seat is the name's before it (never
        the next name's), in that body; the name after the run holds none of them."""
        items = list(_COMMA_SEAT_ITEM.finditer(text))
        runs: list[list[re.Match[str]]] = []
        for mt in items:
            gap = text[runs[-1][-1].end() : mt.start()] if runs else "x"
            if not gap.strip() and "\n" not in gap:
                runs[-1].append(mt)
            else:
                runs.append([mt])
        for run in runs:
            seats = [self._column_seat(mt.group("seat")) for mt in run]
            if len(run) < 2 or not all(role and body for role, body in seats):
                continue
            a, b = run[0].start(), run[-1].end()
            # (and the next name's seat in that body, the last seat read as the next name's:
            # "… Bo Lind, valtuuston 1. vpj. Eva Salo, sihteeri")
            after = len(text[b:]) - len(text[b:].lstrip()) + b
            bodies = {body.casefold() for _r, body in seats}
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership"
                or f.target is None
                or f.target.name.casefold() not in bodies
                or not (a <= f.actor.start < b or f.actor.start == after)
            ]
            for mt, (role, body) in zip(run, seats, strict=True):
                s0, e0 = mt.span("name")
                name = " ".join(text[s0:e0].split())
                person = Mention(s0, e0, text[s0:e0], name, "person", 0.7, "nom")
                target = Mention(*mt.span("seat"), mt.group("seat"), body, "body", 0.7)
                out.findings.append(
                    Finding("membership", person, role, target, (a, b), 0.7, "comma-seat-run")
                )

    def _signed_names_then_titles(self, text: str, out: Walk) -> None:
        """ "Allekirjoitus Aino Ek Puheenjohtaja Bo Lind Pöytäkirjanpitäjä": minutes' signatures
        flattened, each title under its name; the chair's title is the name's before it, never
        the next name's. The seat is in the body the title was read in for the next name, else
        in the one whose minutes the page's head names; none without either."""
        for mt in _SIGNED_THEN_TITLES.finditer(text):
            first, second = mt.start("first"), mt.start("second")
            # (the body the chair's title was read in for the next name, else the head's)
            given = [
                f.target
                for f in out.findings
                if f.kind == "membership" and f.actor.start == second and f.role == "chair"
            ]
            body = given[0] if given and given[0] is not None else self._minutes_head_body(text)
            if body is None:
                continue
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership"
                or not (f.actor.start == first or (f.actor.start == second and f.role == "chair"))
            ]
            s0, e0 = mt.span("first")
            person = Mention(s0, e0, text[s0:e0], " ".join(text[s0:e0].split()), "person", 0.7)
            out.findings.append(
                Finding("membership", person, "chair", body, mt.span(), 0.7, "signed-then-title")
            )

    def _member_deputy_pairs_run_on(self, text: str, out: Walk) -> None:
        """ "Jäsen Varajäsen Ek Aino, pj. Lind Bo Salo Eva, vpj. Aho Pia Mäki Olli X Kivi Ari
        Berg Tea talousjohtaja": a table of members and their deputies flattened under its
        header ("Jäsen Henkilökohtainen varajäsen", perhaps a column between), the names
        printed surname first: read in pairs, a member (with the office after a comma, if any)
        then the member's deputy; a mark of absence ("X") between is passed over. The run ends
        at a name with a lower-case word after it (an official's title), and is read only with
        an even count of names, at least two pairs, offices only on members, and the body the
        page's head names."""
        for head in _MEMBER_DEPUTY_HEADER.finditer(text):
            body = self._minutes_head_body(text)
            if body is None:
                return
            items: list[tuple[int, int, str]] = []
            pos = head.end()
            while (mt := _PAIR_TABLE_ITEM.match(text, pos)) is not None:
                if re.match(r"\s+[a-zåäö]", text[mt.end() :]) and not mt.group("office"):
                    break  # an official's title after the name: the table has ended
                office = (mt.group("office") or "").casefold()
                role = "member"
                if office:
                    role = "vice_chair" if office.startswith("v") else "chair"
                items.append((mt.start("name"), mt.end("name"), role))
                pos = mt.end()
            if len(items) < 4 or len(items) % 2:
                continue
            if any(role != "member" for _s, _e, role in items[1::2]):
                continue
            a, b = head.start(), items[-1][1]
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
            ]
            for k, (s0, e0, role) in enumerate(items):
                person = self._listed_name(text, s0, e0)
                seat = role if k % 2 == 0 else "deputy_member"
                quote = (items[k - k % 2][0], items[k - k % 2 + 1][1])
                out.findings.append(
                    Finding("membership", person, seat, body, quote, 0.7, "member-deputy-run-on")
                )
            self._titled_after_pairs(text, b, out)

    def _titled_after_pairs(self, text: str, pos: int, out: Walk) -> None:
        """The names after such a table, each with its title after it ("Mäki Eero valtuuston
        puheenjohtaja Aho Pia valtuuston 1 vpj. Salo Tea talousjohtaja"): a seat in a body
        named in the genitive is the name's before it; an official's title is no seat."""
        while (mt := _TITLED_AFTER_PAIRS.match(text, pos)) is not None:
            s0, e0 = mt.span("name")
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not s0 <= f.actor.start < e0
            ]
            role, body = self._column_seat(mt.group("title"))
            if role and body:
                t0, t1 = mt.span("title")
                target = Mention(t0, t1, text[t0:t1], body, "body", 0.7)
                person = self._listed_name(text, s0, e0)
                out.findings.append(
                    Finding("membership", person, role, target, mt.span(), 0.7, "titled-after")
                )
            pos = mt.end()

    def _bare_first_names(self, text: str, pos: int) -> list[tuple[int, int]]:
        """The "Firstname Surname" pairs from ``pos`` on, up to the first pair that is not one:
        with voikko the first word a first name and the second none; with the rules (which
        know no names) neither word a body's or a list's term ("Muut läsnäolijat")."""
        names: list[tuple[int, int]] = []
        while (mt := _BARE_PAIR.match(text, pos)) is not None:
            first, last = mt.group(1), mt.group(2)
            if self.reader.morph.name == "voikko":
                if m.FIRST_NAME not in self.reader._classes(first) or self.reader._only_first_name(
                    last
                ):
                    break
            elif any(
                w.casefold() in self.lex.not_names or self.lex.body_kind(w.casefold()) is not None
                for w in (first, last)
            ):
                break
            names.append((mt.start(1), mt.end(2)))
            pos = mt.end()
        return names

    @staticmethod
    def _council_of(body: Mention, abbreviated: str) -> str:
        """The body an abbreviation in minutes stands for ("kv": "Kunnanvaltuusto"), in the
        parish's terms when the minutes are its church council's ("Yhteinen kirkkoneuvosto":
        "Yhteinen kirkkovaltuusto")."""
        low = body.name.casefold()
        if abbreviated == "Kunnanvaltuusto" and low.endswith("kirkkoneuvosto"):
            name = low[: -len("neuvosto")] + "valtuusto"
            return name[:1].upper() + name[1:]
        return abbreviated

    def _timed_attendance(self, text: str, out: Walk) -> None:
        """Minutes' attendance with a time column flattened to one run ("Kemppainen Tapani
        14:15-18:20 puheenjohtaja Toivanen Osmo 14:15-18:20 varapj. … POISSA Bäckman Markku
        kv:n I varapj."): each seat follows its name and the time, so the words after a time
        are the role of the name before it, never of the name after. Officials (a post that is
        no seat) get none; "kv:n"/"kh:n" put the seat in the council or the board. Among the
        absent the officials and other bodies' representatives ("Nuorisovaltuuston edustaja")
        are passed over, their posts read as no one's seat. Read only where the sentences
        already gave the run's timed people one body (the one whose minutes these are), which
        stays theirs."""
        # each item: (start, end, name start, name end, role said, role start)
        Item = tuple[int, int, int, int, str, int]
        runs: list[list[Item]] = []
        for mt in _TIMED_ITEM.finditer(text):
            item: Item = (mt.start(), mt.end(), mt.start("name"), mt.end("name"),
                          mt.group("role"), mt.start("role"))  # fmt: skip
            if (head := _TABLE_HEAD_WORD.match(text, mt.start("name"))) is not None and len(
                mt.group("name").split()
            ) == 3:
                # "Läsnä Porsanger Veikko 10:00-12:30": the table's heading, then the name
                item = (head.end(), mt.end(), head.end(), mt.end("name"), mt.group("role"),
                        mt.start("role"))  # fmt: skip
            gap = text[runs[-1][-1][1] : mt.start()] if runs else "x"
            if not gap.strip():
                runs[-1].append(item)
                continue
            untimed = self._untimed_names(text, runs[-1][-1][1], mt) if runs else None
            if untimed is None:
                runs.append([item])
                continue
            # names with neither time nor seat between timed ones: members present the whole
            # meeting ("II vpj Aho Aino Ek Bo Lind Eva 19:00-21:50 kunnanjohtaja")
            *pairs, last = untimed
            runs[-1].extend((s0, e0, s0, e0, "jäsen", e0) for s0, e0 in pairs)
            runs[-1].append((last[0], mt.end(), last[0], last[1], mt.group("role"),
                             mt.start("role")))  # fmt: skip
        head_body = self._minutes_head_body(text)
        for run in runs:
            if len(run) < 3:
                continue
            a, b = run[0][0], run[-1][1]
            absent = _ABSENT_HEAD.match(text, b)
            if absent is not None:
                pos = absent.end()
                while (mt := _UNTIMED_ITEM.match(text, pos)) is not None:
                    if self._seat_of(mt.group("role")) == ("", ""):
                        if len(mt.group("role").split()) > 4:
                            break
                        pos = mt.end()  # an official or another body's representative
                        continue
                    run.append((mt.start(), mt.end(), mt.start("name"), mt.end("name"),
                                mt.group("role"), mt.start("role")))  # fmt: skip
                    pos = mt.end()
                b = pos
            inside = [
                f
                for f in out.findings
                if f.kind == "membership" and f.target is not None and a <= f.actor.start < b
            ]
            # (the body the sentences gave the timed names: the absent ones' posts may have
            # been misread as other bodies)
            timed = run[0][0], (run[-1][1] if absent is None else absent.start())
            bodies = {
                f.target.name.casefold()
                for f in inside
                if f.target is not None and timed[0] <= f.actor.start < timed[1]
            }
            if head_body is not None and sum(1 for it in run if self._seat_of(it[4])[0]) >= 3:
                # the body whose minutes these are, named in the page's head, over the
                # sentences' reading (an agenda item's title run into the body's name)
                body = head_body
            elif not inside or len(bodies) != 1:
                # no body for the run: only the seats it names another body for ("Muu Aho
                # Aino 17:00-18:53 yv:n I varapuheenjoht."), the others' reading kept
                body = None
            else:
                first = inside[0].target
                assert first is not None
                body = replace(first, name=first.name[:1].upper() + first.name[1:])
            found: list[Finding] = []
            for s, e, ns, ne, said, rs in run:
                role, elsewhere = self._seat_of(said)
                if not role or (body is None and not elsewhere):
                    continue
                person = self._listed_name(text, ns, ne)
                target = body
                if elsewhere:
                    s0 = rs + len(said) - len(said.lstrip())
                    if elsewhere.startswith("Kunnan") and _TOWN_HEAD.search(text, 0, 400):
                        # a town's minutes ("Testilän kaupunki"): its board, its council
                        elsewhere = "Kaupungin" + elsewhere[len("Kunnan") :]
                    target = Mention(s0, s0 + 2, text[s0 : s0 + 2], elsewhere, "body", 0.7)
                found.append(
                    Finding("membership", person, role, target, (s, e), 0.7, "minutes-timed")
                )
            if found and body is None:
                seated = {f.actor.start for f in found}
                inside = [f for f in inside if f.actor.start in seated]
            if found:
                out.findings = [f for f in out.findings if f not in inside] + found

    @staticmethod
    def _untimed_names(text: str, start: int, mt: re.Match[str]) -> list[tuple[int, int]] | None:
        """The "Surname Firstname" pairs between two timed items of an attendance table, the
        last one the next timed item's name (its match may have taken a word of the names
        before it); None unless the gap holds only such words, an even count of them."""
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[start : mt.end("name")])]
        words = [(start + s0, start + e0) for s0, e0 in words]
        if len(words) < 4 or len(words) % 2 or len(words) > 60:
            return None
        if not all(_COLUMN_NAME_WORD.fullmatch(text[s0:e0]) for s0, e0 in words):
            return None
        return [(words[i][0], words[i + 1][1]) for i in range(0, len(words), 2)]

    def _names_then_roles(self, text: str, out: Walk) -> None:
        """Minutes' attendance whose columns were flattened one after the other: a run of
        names, then as many roles in the same order ("Aho Aino Ek Bo Lind Eva puheenjohtaja
        jäsen varajäsen"; "Esa Ek Ulla Aho kunnanvaltuuston puheenjohtaja kunnanjohtaja"). The
        k-th role is the k-th name's; a role with a body in the genitive is a seat there, a
        post with none (an official) no seat. Read only where the counts agree, most roles
        are seats and the body whose minutes these are is named in the page's head or as its
        meeting room; the sentences' reading of the names is replaced."""
        head_body = self._minutes_head_body(text)
        found: list[Finding] = []
        drop: list[tuple[int, int]] = []
        for mt in _COLUMN_ROLES.finditer(text):
            words = mt.group().split()
            if any(w.casefold() in ("ja", "sekä", "och", "tai", "eli") for w in words):
                continue
            phrases = self._role_phrases(words)
            if phrases is None or len(phrases) < 2:
                continue
            seats = [self._column_seat(ph) for ph in phrases]
            if 2 * sum(1 for r, _ in seats if r) <= len(phrases):
                continue
            names = self._column_names(text, mt.start(), len(phrases))
            if names is None:
                continue
            for (s0, e0), (role, elsewhere) in zip(names, seats, strict=True):
                if not role:
                    continue
                target = head_body
                if elsewhere:
                    written = text[mt.start() : mt.end()].strip()
                    target = Mention(mt.start(), mt.end(), written, elsewhere, "body", 0.6)
                if target is None:
                    continue
                person = self._listed_name(text, s0, e0)
                found.append(
                    Finding("membership", person, role, target, (names[0][0], mt.end()), 0.6,
                            "minutes-columns")
                )  # fmt: skip
            drop.append((names[0][0], mt.end()))
        if not drop:
            return
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in drop)
        ] + found

    def _seat_in_the_sentence_body(self, text: str, out: Walk) -> None:
        """ "Uutena jäsenenä johtokunnasta paikan sai Aino Ek." after a paragraph about
        another body: a seat a sentence says was got ("paikan sai") from the one body it names
        itself, in the elative, is in that body,
        not in the body the text spoke of before (named as the page's other seats name it,
        "Kylälän kappeliseurakunnan johtokunta"); and "Hänen henkilökohtainen varajäsenensä on
        Bo Lind." right after it is that seat's deputy, in the same body."""
        if self.lex.lang != "fi":
            return
        spans = [
            (s.start, s.end) for line in lines(text) for s in sentences(text, line.start, line.end)
        ]
        seats = sorted(
            (f for f in out.findings if f.kind == "membership" and f.target is not None),
            key=lambda f: f.actor.start,
        )
        before: Finding | None = None
        moved: set[int] = set()  # the seats this reading moved
        for f in seats:
            s = next(((a, b) for a, b in spans if a <= f.actor.start < b), None)
            if s is None or f.rule != "text-role-before" or s[0] <= f.target.start < s[1]:
                before = f
                continue
            if (
                f.role == "deputy_member"
                and re.match(r"Hänen\s", text[s[0] : s[1]])
                and before is not None
                and id(before) in moved
                and before.target is not None
                and text.rfind(".", before.actor.end, s[0]) >= 0
                and not text[before.actor.end : s[0]].count(".") > 1
            ):
                f.target = before.target
                before = f
                continue
            if f.role != "member" or not _SEAT_GOT.search(text, *s):
                before = f
                continue
            named = [b for b in self.reader.bodies(tokens(text, *s)) if not b.plural]
            if len({b.name.casefold() for b in named}) != 1 or named[0].case != "ela":
                before = f
                continue
            kind = named[0].name.casefold()
            if f.target.name.casefold().endswith(kind):
                before = f
                continue
            fuller = Counter(
                g.target.name
                for g in seats
                if g is not f
                and g.target is not None
                and g.target.name.casefold().endswith(" " + kind.split()[-1])
                and g.target.name.casefold().endswith(kind)
            )
            name = fuller.most_common(1)[0][0] if fuller else named[0].name
            name = name[:1].upper() + name[1:]
            f.target = replace(named[0], name=name)
            moved.add(id(f))
            before = f

    def _labelled_comma_runs(self, text: str, out: Walk) -> None:
        """Minutes' attendance as one comma run a label: "Läsnä: Ek Aino, kirkkoherra, pj.,
        Lind Bo, vpj., Aho Eva, jäsen, …" and "Poissa: Salo Pia, jäsen, …": each name of
        two or three capitalised words, then its posts, each behind a comma; the seat a post
        names (chair, vice chair, member, deputy) is the name's, in the body whose meeting the
        page's title names ("Seurakunnanneuvoston kokous"), absent or present; a name with no
        such post (a secretary, a representative of the staff) has none, nor have the names
        after a label of those with only a right to speak. The names are turned first name
        first where the page shows they are printed surname first (:meth:`_turn_listed_run`);
        the sentences' reading of the run is replaced."""
        body = self._meeting_title_body(text)
        if body is None:
            return
        found: list[Finding] = []
        spans: list[tuple[int, int]] = []
        for label in _ATTENDANCE_COMMA_LABEL.finditer(text):
            a = label.end()
            b = text.find("\n", a)
            b = len(text) if b < 0 else b
            items = [(mt.start(), mt.end()) for mt in re.finditer(r"[^,\n]+", text[a:b])]
            items = [
                (a + s0 + len(text[a + s0 : a + e0]) - len(text[a + s0 : a + e0].lstrip()), a + e0)
                for s0, e0 in items
            ]
            entries: list[tuple[tuple[int, int], list[str]]] = []
            for s0, e0 in items:
                item = text[s0:e0].strip()
                if _COMMA_RUN_NAME.fullmatch(item):
                    entries.append(((s0, s0 + len(item)), []))
                elif entries and item[:1].islower():
                    entries[-1][1].append(item)
                else:
                    entries = []
                    break
            if len(entries) < 2 or not all(posts for _n, posts in entries):
                continue
            spans.append((a, b))
            if label.group(1).casefold().startswith("puheoikeu"):
                continue
            order = {"chair": 0, "vice_chair": 1, "member": 2, "deputy_member": 3}
            for (s0, e0), posts in entries:
                roles = [
                    self.lex.role_of(p.strip(" .")) or self.lex.role_of(p.strip()) for p in posts
                ]
                seats = sorted((r for r in roles if r in order), key=order.__getitem__)
                if not seats:
                    continue
                person = self._listed_name(text, s0, e0)
                found.append(
                    Finding(
                        "membership", person, seats[0], body, (s0, e0), 0.6, "minutes-comma-runs"
                    )
                )
        if not found:
            return
        self._turn_listed_run(text, found)
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in spans)
        ] + found

    def _board_meeting_present(self, text: str, out: Walk) -> None:
        """A board meeting's minutes ("Styrelsemöte" a line of its own in the page's head) with
        those present as one run of bare names after a label ("Närvarande; A, B, C, D" or
        "Närvarande: …"): the board's members present, each a member of Styrelsen. Nothing
        unless every item of the run is a name of two or three capitalised words (no post,
        party or note) and there are three or more; the sentences' reading of the names is
        replaced."""
        if self.lex.lang != "sv":
            return
        head = text[:400]
        title = _BOARD_MEETING_LINE.search(head)
        label = _PRESENT_BARE_LABEL.search(text)
        if title is None or label is None or label.start() > 1200:
            return
        a = label.end()
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        items = [(a + mt.start(), a + mt.end()) for mt in re.finditer(r"[^,\n]+", text[a:b])]
        names: list[tuple[int, int]] = []
        for s0, e0 in items:
            raw = text[s0:e0]
            s1 = s0 + len(raw) - len(raw.lstrip())
            item = raw.strip()
            if not _COMMA_RUN_NAME.fullmatch(item) or any(
                self.lex.role_of(w) or self.lex.body_kind(w.casefold()) for w in item.split()
            ):
                return
            names.append((s1, s1 + len(item)))
        if len(names) < 3:
            return
        at = title.start("body")
        body = Mention(at, at + len(title.group("body")), title.group("body"), "Styrelsen",
                       "board", 0.6)  # fmt: skip
        found = [
            Finding("membership", self._listed_name(text, s0, e0), "member", body, (s0, e0), 0.6,
                    "minutes-board-present")
            for s0, e0 in names
        ]  # fmt: skip
        out.findings = [
            f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
        ] + found

    def _meeting_title_body(self, text: str) -> Mention | None:
        """The body whose meeting the page's first line names ("Seurakunnanneuvoston kokous
        23.10.2023"), or None."""
        first = re.match(r"\s*([A-ZÅÄÖ][\w-]+n)\s+kokous(?![\w-])", text)
        if first is None:
            return None
        name = self._genitive_body(first.group(1).casefold())
        if not name:
            return None
        return Mention(first.start(1), first.end(1), first.group(1), name, "body", 0.6)

    def _officer_of_a_bare_genitive_body(self, text: str, out: Walk) -> None:
        """ "Aino Ek, valtuuston pj." on a line of its own, on a page that names one council
        in full ("seurakunnanvaltuuston päätösten"): the person is that council's officer
        (chair or vice chair), whatever list the line is in (one with only a right to speak
        gives no seat in the list's body, but the post is a seat of its own)."""
        if self.lex.lang != "fi":
            return
        for mt in _BARE_GENITIVE_OFFICER.finditer(text):
            s0, e0 = mt.span("name")
            if any(
                f.kind == "membership" and f.actor.start < e0 and s0 < f.actor.end
                for f in out.findings
            ):
                continue
            kind = _GENITIVE_BODIES[mt.group("body").casefold()]
            full = {
                a.base
                for c in re.finditer(rf"(?<![\w-])\w+{kind[:-1]}\w*", text, re.I)
                for a in self.reader.morph.analyse(c.group().casefold())
                if a.base.endswith(kind) and a.base != kind
            }
            if len(full) != 1:
                continue
            role = self.lex.role_of(mt.group("post").rstrip("."))
            if role not in ("chair", "vice_chair"):
                continue
            name = full.pop()
            body = Mention(mt.start("body"), mt.end("body"), mt.group("body"),
                           name[:1].upper() + name[1:], "body", 0.6)  # fmt: skip
            person = Mention(s0, e0, text[s0:e0], text[s0:e0], "person", 0.7, "nom")
            out.findings.append(
                Finding("membership", person, role, body, (s0, mt.end()), 0.6,
                        "bare-genitive-officer")
            )  # fmt: skip

    def _member_deputy_pairs_in_prose(self, text: str, out: Walk) -> None:
        """ "Johtokunnan jäseninä jatkavat Aino Ek (henkilökohtainen varajäsen Bo Lind), Eva
        Aho (Olli Berg) ja Pia Salo (Ilkka Mäki).": a sentence naming the members of a body,
        each with the personal deputy in parentheses; each name before a parenthesis is a
        member and the name in it the deputy, in the body the sentence's other readings found
        for the pairs (else the body named before the members' word). Read only for three
        pairs or more, the run held together by commas and "ja"; the sentence's other readings
        of the names are replaced."""
        for line in lines(text):
            for sent in sentences(text, line.start, line.end):
                pairs = list(_PROSE_PAIR.finditer(text, sent.start, sent.end))
                if len(pairs) < 3:
                    continue
                if any(
                    not re.fullmatch(r"\s*(?:,|ja|sekä)\s*", text[a.end() : b.start()])
                    for a, b in itertools.pairwise(pairs)
                ):
                    continue
                said = _MEMBERS_AS.search(text, sent.start, pairs[0].start())
                if said is None:
                    continue
                a, b = pairs[0].start(), pairs[-1].end()
                known = [
                    f.target
                    for f in out.findings
                    if f.kind == "membership"
                    and f.target is not None
                    and f.rule != "name-run"
                    and a <= f.actor.start < b
                ]
                body = known[0] if known else None
                if body is None:
                    toks = list(tokens(text, sent.start, said.start()))
                    bodies = self.reader.bodies(toks)
                    if not bodies or text[bodies[-1].end : said.start()].strip():
                        continue
                    body = bodies[-1]
                found: list[Finding] = []
                for mt in pairs:
                    for group, role in (("member", "member"), ("deputy", "deputy_member")):
                        s0, e0 = mt.span(group)
                        person = Mention(s0, e0, text[s0:e0], " ".join(text[s0:e0].split()),
                                         "person", 0.7, "nom")  # fmt: skip
                        found.append(
                            Finding("membership", person, role, body, (mt.start(), mt.end()),
                                    0.7, "prose-member-deputy-pairs")
                        )  # fmt: skip
                out.findings = [
                    f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
                ] + found

    def _labelled_names_then_posts(self, text: str, out: Walk) -> None:
        """Minutes' invitation flattened column by column under a members' label: "JÄSENET:
        Ek Aino Lind Bo Aho Eva yhteisen kirkkoneuvoston pj; Testilän srk varapj. jäsen", a run
        of names (surname first or last), then as many posts in the same order, a post perhaps
        naming its body in the genitive ("yhteisen kirkkoneuvoston pj") or the member a deputy
        stands for ("Aino Ekin varajäsen"), a note after a semicolon. The k-th post is the k-th
        name's, in the body the posts name (or the page's head names); a capitalised label
        ("MUUT KUTSUTUT:", "POISSA:") ends the posts. Under a following label of others, each
        "Surname Firstname post" holds a seat only where the post names a body; under
        "POISSA:", "Surname Firstname jäsen" is a member absent. The sentences' reading of the
        block is replaced. Nothing unless the counts agree."""
        for head in _MEMBERS_LABEL.finditer(text):
            words = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[head.end() :])]
            words = [(head.end() + a, head.end() + b) for a, b in words]
            k = 0
            while k < len(words) and _COLUMN_NAME_WORD.fullmatch(text[slice(*words[k])]):
                k += 1
            if k < 8 or k % 2 or k > 60:
                continue
            names = [(words[i][0], words[i + 1][1]) for i in range(0, k, 2)]
            posts: list[tuple[int, int]] = []  # the words of the posts
            while k < len(words) and not _CAPS_LABEL.match(text, words[k][0]):
                posts.append(words[k])
                k += 1
            end = posts[-1][1] if posts else head.end()
            read = self._posts_in_order(text, posts)
            if read is None or len(read) != len(names):
                continue
            body = self._minutes_head_body(text)
            named = [b for _r, b in read if b]
            if named and (body is None or named[0].casefold().endswith(body.name.casefold())):
                body = Mention(posts[0][0], end, text[posts[0][0] : end], named[0], "body", 0.6)
            if body is None:
                continue
            found: list[Finding] = []
            for (s0, e0), (role, elsewhere) in zip(names, read, strict=True):
                target = body
                if elsewhere and elsewhere.casefold() != body.name.casefold():
                    target = Mention(
                        posts[0][0], end, text[posts[0][0] : end], elsewhere, "body", 0.6
                    )
                person = self._listed_name(text, s0, e0)
                found.append(
                    Finding(
                        "membership", person, role, target, (s0, e0), 0.6, "minutes-name-post-runs"
                    )
                )
            stop = end
            for label in _CAPS_LABEL.finditer(text, end, min(len(text), end + 1500)):
                absent = label.group(1).casefold().startswith("poissa")
                if text[stop : label.start()].strip() and not (
                    absent and label.start() - stop < 600
                ):
                    break
                entries, after = self._name_post_entries(text, label.end())
                if not entries:
                    break
                for (s0, e0), post, (a, b) in entries:
                    role, elsewhere = self._post_seat(post)
                    if not role and absent:
                        role, elsewhere = self._post_seat(post.split()[0])
                    if not role or (not elsewhere and not absent):
                        continue
                    target = body
                    if elsewhere and elsewhere.casefold() != body.name.casefold():
                        target = Mention(a, b, text[a:b], elsewhere, "body", 0.6)
                    person = self._listed_name(text, s0, e0)
                    found.append(
                        Finding(
                            "membership",
                            person,
                            role,
                            target,
                            (s0, b),
                            0.6,
                            "minutes-name-post-runs",
                        )
                    )
                stop = after
            self._turn_listed_run(text, found)
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not head.start() <= f.actor.start < stop
            ] + found
            return

    def _turn_listed_run(self, text: str, found: list[Finding]) -> bool:
        """The names of one minutes' form printed the same way: surname first for all when
        voikko turned most of them, or when the page writes one of them the other way round
        elsewhere ("Petri Ek" signing under the list's "Ek Petri") and none again as listed."""
        people = [f.actor for f in found]
        if not people:
            return False
        turned = sum(1 for p in people if p.name != " ".join(p.written.split()))
        listed = {p.start for p in people}
        other_way = same_way = 0
        for p in people:
            words = p.written.split()
            back = " ".join([*words[1:], words[0]])
            other_way += re.search(rf"(?<![\w-]){re.escape(back)}(?![\w-])", text) is not None
            same_way += any(
                mt.start() not in listed
                for mt in re.finditer(rf"(?<![\w-]){re.escape(' '.join(words))}(?![\w-])", text)
            )
        if not (2 * turned > len(people) or (other_way and not same_way)):
            return False
        for f in found:
            words = f.actor.written.split()
            f.actor = replace(f.actor, name=" ".join([*words[1:], words[0]]))
        return True

    def _posts_in_order(
        self, text: str, words: list[tuple[int, int]]
    ) -> list[tuple[str, str]] | None:
        """The seats a flattened post column says, one a post word ("pj", "jäsen",
        "varajäsen"): each post's role and the body its genitive words before it name ("yhteisen
        kirkkoneuvoston pj" → the chair of "Yhteinen kirkkoneuvosto"), or "". Words between
        posts are such genitives, a member's name in the genitive ("Aino Ekin varajäsen") or a
        note after a semicolon ("pj; Testilän srk"); None for anything else, or a post that is no
        seat."""
        read: list[tuple[str, str]] = []
        gap: list[str] = []
        note = False
        for a, b in words:
            w = text[a:b]
            role = self.lex.role_of(w.rstrip(";,"))
            if (role is not None and not gap) or (role is not None and self._post_gap(gap, note)):
                if role not in ("chair", "vice_chair", "member", "deputy_member"):
                    return None
                read.append((role, self._gap_body(gap, note)))
                gap, note = [], w.endswith(";")
                continue
            if role is not None:
                return None
            gap.append(w)
            if len(gap) > 5:
                return None
        if gap or not read:
            return None
        return read

    def _post_seat(self, post: str) -> tuple[str, str]:
        """The seat one post of a name and post entry says ("yhteisen kirkkovaltuuston
        puheenjohtaja" → the chair of "Yhteinen kirkkovaltuusto"; "jäsen" → a member, no body
        named), or ("", "") for a post that is no seat ("talousjohtaja, esittelijä")."""
        words = post.split()
        role = self.lex.role_of(words[-1].rstrip(";,")) if words else None
        if role not in ("chair", "vice_chair", "member", "deputy_member"):
            return "", ""
        if self._own_genitives(words[:-1]) != len(words) - 1:
            return "", ""
        return role, self._gap_body(words[:-1], False)

    def _post_gap(self, gap: list[str], note: bool) -> bool:
        """The words before a post are a note, a body's or a person's genitive (see
        :meth:`_posts_in_order`)."""
        own = self._own_genitives(gap)
        if own is None:
            return False
        return note or own == len(gap)

    def _own_genitives(self, gap: list[str]) -> int | None:
        """How many words at the end of ``gap`` are genitives belonging to the post after them:
        lower-case words ending in "n" whose last names a body, or a capitalised name's two words,
        the second in the genitive; None when the words end otherwise."""
        if not gap:
            return 0
        if (
            len(gap) >= 2
            and all(_COLUMN_NAME_WORD.fullmatch(w) for w in gap[-2:])
            and gap[-1].endswith("n")
        ):
            return 2
        k = len(gap)
        while k > 0 and re.fullmatch(r"[a-zåäö][\w-]*n", gap[k - 1]):
            k -= 1
        if k == len(gap) or not self._genitive_body(gap[-1]):
            return None
        return len(gap) - k

    def _gap_body(self, gap: list[str], note: bool) -> str:
        """The body named by the genitives before a post ("yhteisen kirkkoneuvoston" →
        "Yhteinen kirkkoneuvosto"), or ""."""
        own = self._own_genitives(gap) or 0
        tail = gap[len(gap) - own :]
        if not tail or tail[0][:1].isupper():
            return ""
        body = self._genitive_body(tail[-1])
        if not body:
            return ""
        bases = []
        for w in tail[:-1]:
            base = next((a.base for a in self.reader.morph.analyse(w) if a.case == "gen"), "")
            if not base:
                return ""
            bases.append(base)
        name = " ".join([*bases, body.casefold()])
        return name[:1].upper() + name[1:]

    def _name_post_entries(
        self, text: str, start: int
    ) -> tuple[list[tuple[tuple[int, int], str, tuple[int, int]]], int]:
        """The "Surname Firstname post" entries run together after a label, each a name's two
        capitalised words and the lower-case words after it up to the next name, with the
        span of those words; and where the entries end (at a capitalised label or the
        paragraph's end)."""
        words = [
            (start + w.start(), start + w.end())
            for w in re.finditer(r"\S+", text[start : start + 1500])
        ]
        entries: list[tuple[tuple[int, int], str, tuple[int, int]]] = []
        k, stop = 0, start
        while k + 1 < len(words):
            a, b = words[k]
            if _CAPS_LABEL.match(text, a) or "\n\n" in text[stop:a]:
                break
            if not (
                _COLUMN_NAME_WORD.fullmatch(text[a:b])
                and _COLUMN_NAME_WORD.fullmatch(text[slice(*words[k + 1])])
            ):
                break
            j = k + 2
            while (
                j < len(words)
                and not (
                    _COLUMN_NAME_WORD.fullmatch(text[slice(*words[j])])
                    and j + 1 < len(words)
                    and _COLUMN_NAME_WORD.fullmatch(text[slice(*words[j + 1])])
                )
                and not _CAPS_LABEL.match(text, words[j][0])
            ):
                j += 1
            if j == k + 2:
                break
            post_a, post_b = words[k + 2][0], words[j - 1][1]
            entries.append(((a, words[k + 1][1]), text[post_a:post_b], (post_a, post_b)))
            k, stop = j, post_b
        return entries, stop

    def _adjusters_deputy(self, text: str, out: Walk) -> None:
        """ "Utses att justera Justerare Ersättare Jens Ek": the deputy of the minutes'
        adjusters, a task at the meeting, is no deputy's seat in any body."""
        out.findings = [
            f
            for f in out.findings
            if not (
                f.kind == "membership"
                and f.role == "deputy_member"
                and _ADJUSTERS_DEPUTY.search(text, max(0, f.actor.start - 40), f.actor.start)
            )
        ]

    def _one_person_with_and_without_initial(self, out: Walk) -> None:
        """ "Karolina H Wessman" in the members' list and "Karolina Wessman" signing the
        minutes: one person, with the same seat read twice; the name without the initial
        gives way."""
        full = {}
        for f in out.findings:
            if f.kind == "membership" and f.target is not None:
                words = f.actor.name.split()
                bare = tuple(w for w in words if len(w.rstrip(".")) > 1)
                if len(bare) < len(words):
                    full[(bare, f.role, f.target.name.casefold())] = f
        if not full:
            return
        out.findings = [
            f
            for f in out.findings
            if not (
                f.kind == "membership"
                and f.target is not None
                and (tuple(f.actor.name.split()), f.role, f.target.name.casefold()) in full
            )
        ]

    @staticmethod
    def _one_person_with_and_without_hyphen(out: Walk) -> None:
        """ "Bo Berg-Lind (M)" among the deciding members and "ersätter Bo Berg Lind (M)"
        further on: one person, with the same seat read twice; the name without the hyphen
        gives way."""
        hyphened = {
            (f.actor.name.replace("-", " "), f.role, f.target.name.casefold())
            for f in out.findings
            if f.kind == "membership" and f.target is not None and "-" in f.actor.name
        }
        if not hyphened:
            return
        out.findings = [
            f
            for f in out.findings
            if not (
                f.kind == "membership"
                and f.target is not None
                and "-" not in f.actor.name
                and (f.actor.name, f.role, f.target.name.casefold()) in hyphened
            )
        ]

    def _term_not_begun(self, text: str, out: Walk) -> None:
        """ "valdes ett nytt presidium för mandatperioden 2007-2010" on a page dated 2006: the
        paragraph's elections are for a term that begins after the year of the first date the
        page's head gives, so the seats it gives are still to come (nothing without a date)."""
        date = _PAGE_DATE.search(text, 0, min(len(text), 300))
        if date is None:
            return
        year = int(next(g for g in date.groups() if g))
        for mt in _TERM_YEARS.finditer(text):
            if int(mt.group(1)) <= year:
                continue
            a = text.rfind("\n\n", 0, mt.start())
            b = text.find("\n\n", mt.end())
            a, b = a + 1, len(text) if b < 0 else b
            if _ANNOUNCES.search(text, mt.end(), b) or text[a:b].rstrip().endswith(":"):
                # "… nästa mandatperiod, 2019-2022. Här följer …": the lists after the
                # paragraph are of that term too, up to the next paragraph of prose
                b = self._lists_end(text, b)
            for f in out.findings:
                if f.kind == "membership" and not f.status and a <= f.actor.start < b:
                    f.status = "planned"

    def _posts_before_names_as_titles(self, text: str, out: Walk) -> None:
        """ "• Professori Aino Ek, puheenjohtaja, Testilä / • Pääsihteeri Bo Lind, Testilä": a
        list that gives its officers' posts after their names (", puheenjohtaja") gives a
        job before a name, so an officer's word printed before a name with nothing after it
        but a place is that person's job elsewhere ("Pääsihteeri" of another organisation),
        and the seat in the list's body is a member's."""
        after = re.compile(
            rf",\s*(?:{'|'.join(w for w in self.lex.office_words)})(?![\w-])", re.IGNORECASE
        )
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.rule != "list-role-first"
                or f.role not in ("chair", "vice_chair", "secretary")
                or f.target is None
            ):
                continue
            head = text[f.quote[0] : f.actor.start].strip()
            tail = text[f.actor.end : f.quote[1]]
            if not re.fullmatch(r"[A-ZÅÄÖ][\w-]+", head) or not tail.lstrip().startswith(","):
                continue  # "Pääsihteeri Aino Ek, Testilä", not "Ordförande, Aino Ek"
            if any(self.lex.role_of(w) for w in re.findall(r"[\w-]+", tail)):
                continue
            body = f.target.name.casefold()
            if any(
                g.kind == "membership"
                and g.rule == "list-entry"
                and g.target is not None
                and g.target.name.casefold() == body
                and after.match(text, g.actor.end)
                for g in out.findings
            ):
                f.role = "member"

    def _seat_term_not_begun(self, text: str, out: Walk) -> None:
        """ "Ny styrelsemedlem är Jan Ek från Åbo (vald för 2022-2023)": the seat of the one
        named right before the parenthesis begins in its first year; still to come when that
        is after the year of the page's date, or (with no date in the page's head) after the
        first year of another term the same paragraph names ("omvaldes för en ny
        tvåårsperiod (2021-2022)")."""
        date = _PAGE_DATE.search(text, 0, min(len(text), 300))
        page_year = int(next(g for g in date.groups() if g)) if date is not None else None
        for mt in _ELECTED_FOR_TERM.finditer(text):
            year = page_year
            if year is None:
                p0 = text.rfind("\n\n", 0, mt.start()) + 1
                p1 = text.find("\n\n", mt.end())
                p1 = len(text) if p1 < 0 else p1
                others = [
                    int(o.group(1))
                    for o in re.finditer(
                        r"(?<!\d)((?:19|20)\d\d)\s*[-\u2013]\s*(?:19|20)?\d\d", text[p0:p1]
                    )
                    if not mt.start() <= p0 + o.start() < mt.end()
                ]
                year = min(others) if others else None
            if year is None or int(mt.group(1)) <= year:
                continue
            a = self._sentence_start(text, mt.start())
            for f in out.findings:
                if (
                    f.kind == "membership"
                    and not f.status
                    and a <= f.actor.start < mt.start()
                    and not re.search(
                        r"[,;]|\s(?:och|ja|samt|sekä)\s", text[f.actor.end : mt.start()]
                    )
                ):
                    f.status = "planned"

    def _list_named_after(self, text: str, out: Walk) -> None:
        """ "• Aino Ek, ordförande 1998-" / "• Bo Lind 2013-" / … then "Styrelsen hade 9
        sammanträden": a list with no heading whose items are each a name (a post and the
        year the seat began after it), followed by a sentence whose subject is a bare body
        word; the body's seats, in the posts the items give. Nothing when any item is more
        than that, when fewer than three, or when the rules read any of the names already."""
        for run in _BULLET_RUN.finditer(text):
            after = _SUBJECT_BODY.match(text, run.end())
            if after is None:
                continue
            toks = tokens(text, after.start("body"), after.end("body"))
            bare = [b for b in self.reader.bodies(toks) if not b.plural]
            if len(bare) != 1 or bare[0].end != after.end("body"):
                continue
            body = replace(bare[0], name=bare[0].name[:1].upper() + bare[0].name[1:])

            def ours(f: Finding, body: Mention = body, run: re.Match[str] = run) -> bool:
                # a reading of the list's lines with no body, or with this one
                return run.start() <= f.actor.start < run.end() and (
                    f.target is None or f.target.name.casefold() == body.name.casefold()
                )

            claimed = [
                (f.actor.start, f.actor.end)
                for f in out.findings
                if f.actor.kind == "person" and not ours(f)
            ]
            seats: list[Finding] = []
            for item in re.finditer(r"(?m)^[ \t]*[•*-][ \t]*(.*?)[ \t]*$", run.group()):
                a, b = run.start() + item.start(1), run.start() + item.end(1)
                # the year the seat began, even glued to the name ("Aino Ek1999-")
                since = re.search(r"[ \t]*(?:19|20)\d\d[ \t]*[-\u2013]?$", text[a:b])
                b = a + since.start() if since else b
                person = self._first_person(text, a, b)
                rest = _ITEM_POST.fullmatch(text, person.end, b) if person else None
                if person is None or person.start != a or rest is None:
                    seats = []
                    break
                if any(s0 < person.end and person.start < e0 for s0, e0 in claimed):
                    seats = []
                    break
                role = self.lex.role_of(rest.group("post")) if rest.group("post") else "member"
                if role not in ("chair", "vice_chair", "secretary", "member"):
                    role = "member"  # a task in the board ("skattmästare"): a member's seat
                seats.append(
                    Finding("membership", person, role, body, (a, b), 0.6, "list-named-after")
                )
            if len(seats) >= 3:
                out.findings = [f for f in out.findings if not ours(f)] + seats

    def _new_seats_for_a_year(self, text: str, out: Walk) -> None:
        """ "… återvaldes till ordförande för 2016 … Nya styrelsemedlemmar är A och B.
        Sittande styrelsemedlemmar är C och D.": a page that elects for a year and sets the
        new members apart from the sitting ones; the new members' seats begin with that year,
        so they are still to come, unless a date in the page's head is of that year or later.
        With no date the page's own words decide: the members it calls sitting hold their
        seats, the new ones it sets against them do not yet."""
        year = _FOR_YEAR.search(text)
        if year is None:
            return
        date = _PAGE_DATE.search(text, 0, min(len(text), 300))
        if date is not None and int(next(g for g in date.groups() if g)) >= int(year.group(1)):
            return
        runs = [
            (mt, (self._sentence_start(text, mt.start()), text.find("\n", mt.end())))
            for mt in _SEAT_RUN.finditer(text)
        ]
        kinds = {
            mt.start(): (q.group(1).casefold() if (q := _NEW_OR_SITTING.search(
                text, max(0, mt.start() - 20), mt.start())) else "")
            for mt, _span in runs
        }  # fmt: skip
        if not any(k in _SITTING_WORDS for k in kinds.values()):
            return  # nothing set against the new ones: all may be seats held now
        for mt, (a, b) in runs:
            if kinds[mt.start()] in _SITTING_WORDS or not kinds[mt.start()]:
                continue
            stop = text.find(". ", mt.end())
            b = min(i for i in (stop, b, len(text)) if i >= 0)
            for f in out.findings:
                if f.kind == "membership" and not f.status and a <= f.actor.start < b:
                    f.status = "planned"
                    f.note = f"Elected for {year.group(1)}: the seat begins then."

    def _titled_for_next_year(self, text: str, out: Walk) -> None:
        """ "Styrelsen inför nästa år" as the page's title (its first line, a few words): the
        seats its sentences give begin next year, still to come, except in a sentence that
        says the seat goes on ("A fortsätter som ordförande och B som vice ordförande")."""
        head = text.lstrip()
        first = head.split("\n", 1)[0]
        if len(first.split()) > 8 or not _NEXT_YEAR_TITLE.search(first):
            return
        for f in out.findings:
            if f.kind != "membership" or f.status or f.actor.kind != "person":
                continue
            a = self._sentence_start(text, f.actor.start)
            ends = [text.find(". ", f.actor.end), text.find("\n", f.actor.end)]
            b = min([i for i in ends if i >= 0], default=len(text))
            if a < len(text) - len(head) + len(first) or _GOES_ON.search(text, a, b):
                continue
            f.status = "planned"
            f.note = "Named for next year in a page about the year to come: the seat begins then."

    def _seat_runs_in_prose(self, text: str, out: Walk) -> None:
        """ "Detsamma gäller för styrelseledamöterna A, B, C och D", "Hallituksen muut
        jäsenet ovat ylijohtaja A, johtaja B ja C": a plural seat noun, then a coordinated
        run of two names or more (a lower-case title before a name is the person's job) to the
        sentence's end; each takes that seat (a deputy's after "suppleanter", "ersättarna",
        "varajäseniksi") in the body joined to the noun's front ("styrelse-"), else the one
        body the sentence names before the noun, else the one body the page names; with no
        such body, nothing; when the sentences read some of the run already as that seat in
        one body, the rest take it there. A sentence of candidates, applicants or proposals
        gives no seats. "Ordförande Christer Ek omvaldes.": a post at a sentence's start before
        one name elected again is that post in the one body the page's seats held now are in,
        else the one body the page names. "Nyvald förbundsstyrelse, från vänster: A, B och
        C": a caption's body, then three names or more from the left, members of the body
        (seats the sentences read there with no body take it). "… säger Aino Ek, omvald
        förbundsordförande": the post, in the place of the one member's seat the page gives
        the person."""
        have = {f.actor.start for f in out.findings if f.kind in ("membership", "candidacy")}
        for mt in _SEAT_RUN.finditer(text):
            start = self._sentence_start(text, mt.start())
            ends = [i for i in (text.find(". ", mt.end()), text.find("\n", mt.end())) if i >= 0]
            stop = min(ends) if ends else len(text)
            sentence = text[start:stop].casefold()
            if any(p.search(sentence) for p, _s in self.lex.not_member_res):
                continue
            if self.lex.not_held_status(sentence):
                continue  # "Tidigare ordförande A samt styrelseledamöterna B och C tackades av"
            people = self._name_run(text, mt.end(), stop)
            if (
                not people
                and (office := _APPOSITION.search(text, mt.end(), stop)) is not None
                and (
                    self.lex.role_of(office.group(1)) is not None
                    or (
                        office.group(1) in ("joka", "jotka", "som")
                        and not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text[office.end() : stop])
                    )
                )
            ):
                # "… C samt D, ordförande för Kylälän förening, omvaldes": the last one's office
                # in apposition ends the run; so does a relative clause about the last one
                # ("… ja C, joka toimi myös sihteerinä"), unless it gives the seats' term ("…,
                # som valdes för perioden 2008-2010": maybe one still to come)
                people = self._name_run(text, mt.end(), office.start())
            said_roles = dict(self.run_roles)
            shared = shared_first_words(text, people, least=2)
            # "A, Parkinson Örebro, B, Parkinson Skaraborg": whom each comes from, no names
            people = [p for p in people if p.written.split()[0] not in shared]
            if len(people) < 2:
                continue
            seat = mt.group("seat").casefold()
            deputy = seat.startswith(("vara", "suppleant", "ersätt"))
            role = "deputy_member" if deputy else "member"
            read = [
                f
                for f in out.findings
                if any(f.actor.start < p.end and p.start < f.actor.end for p in people)
            ]
            if seat in ("övriga", "muut"):
                officers = [
                    f.target
                    for f in out.findings
                    if f.kind == "membership"
                    and f.target is not None
                    and not f.status
                    and start <= f.actor.start < mt.start()
                ]
                if read or len({b.name.casefold() for b in officers}) != 1:
                    continue
                body: Mention | None = officers[0]
            elif read:
                # some of the run read already: the rest take the same seat in the same body,
                # unless the ones read are no seats held now or differ
                if {(f.kind, f.status, f.role) for f in read} != {("membership", "", role)}:
                    continue
                if len({f.target.name.casefold() for f in read if f.target is not None}) != 1:
                    continue
                body = read[0].target
            elif seat == "medlemmar" and not mt.group("pre"):
                # "Övriga nya medlemmar är A, B och C": the one body the page's other runs name
                # joined to their seat word ("Styrelsemedlemmarna som fortsätter är …")
                joined = {
                    b.name.casefold(): b
                    for other in _SEAT_RUN.finditer(text)
                    if other.group("pre")
                    and (b := self._seat_run_body(text, other, other.start(), out)) is not None
                }
                body = next(iter(joined.values())) if len(joined) == 1 else None
            elif seat == "utgör":
                # "… utgör A och B resten av styrelsen": the body the sentence ends with
                rest = re.search(r"[ \t]resten[ \t]+av[ \t]+", text[mt.end() : stop])
                named = (
                    [
                        b
                        for b in self.reader.bodies(tokens(text, mt.end() + rest.end(), stop))
                        if not b.plural
                    ]
                    if rest is not None
                    else []
                )
                if rest is None or len(named) != 1:
                    continue
                people = [p for p in people if p.end <= mt.end() + rest.start()]
                body = replace(named[0], name=named[0].name[:1].upper() + named[0].name[1:])
            elif seat == "ersättare" and not mt.group("pre"):
                # "Val av ersättare …: A och B" after the election of the members: the
                # deputies of the members' body, else of no body said
                body = self._members_body_before(start, out)
            else:
                body = self._seat_run_body(text, mt, start, out)
                if body is None and deputy and not mt.group("pre"):
                    body = self._members_body_before(start, out)
            if body is None:
                continue
            out.findings += [
                Finding(
                    "membership",
                    p,
                    said_roles.get((p.start, p.end)) or role,
                    body,
                    (mt.start(), stop),
                    0.6,
                    "text-seat-run",
                )
                for p in people
                if not any(f.actor.start < p.end and p.start < f.actor.end for f in read)
            ]
            have.update(p.start for p in people)
        for mt in _BODY_FROM_LEFT.finditer(text):
            ends = [i for i in (text.find(". ", mt.end()), text.find("\n", mt.end())) if i >= 0]
            people = self._name_run(text, mt.end(), min(ends) if ends else len(text))
            named = [
                b
                for b in self.reader.bodies(tokens(text, mt.start("body"), mt.end("body")))
                if not b.plural
            ]
            if len(people) < 3 or len(named) != 1:
                continue
            last = named[0].name.split()[-1]
            body = replace(named[0], name=last[:1].upper() + last[1:])
            read = [
                [f for f in out.findings if f.actor.start < p.end and p.start < f.actor.end]
                for p in people
            ]
            if any(
                f.kind != "membership" or f.status or f.target is not None
                for found in read
                for f in found
            ):
                continue  # read already with a body, or as no seat held now
            for p, found in zip(people, read, strict=True):
                for f in found:
                    f.target = body  # a seat the sentences read with no body
                if not found:
                    out.findings.append(
                        Finding(
                            "membership",
                            p,
                            "member",
                            body,
                            (mt.start(), p.end),
                            0.6,
                            "text-from-left",
                        )
                    )
            have.update(p.start for p in people)
        guests = _guest_spans(text)
        for mt in [
            *_POST_REELECTED.finditer(text),
            *_NAME_ELECTED_TO_POST.finditer(text),
            *_POST_THEN_ELECTED.finditer(text),
        ]:
            if not mt.group(0)[0].isupper() and mt.re is not _NAME_ELECTED_TO_POST:
                continue
            toks = tokens(text, mt.start("name"), mt.end("name"))
            person = self.reader.person_at(toks, 0, in_list=True) if toks else None
            if person is None or person.end != mt.end("name") or person.start in have:
                continue
            seated = {
                # "Styrelse" and "Styrelsen": one board, with or without its definite ending
                _definite(f.target.name.casefold()): f.target
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and f.actor.kind == "person"
                # a guest's seat in the guest's own body ("besök av Regionstyrelsens
                # ordförande …") is not among the page's
                and not any(a <= f.actor.start < z for a, z in guests)
            }
            if len(seated) > 1:
                # "Vår ordförande A berättade om projektet … A omvaldes till ordförande": the
                # person's own seat read before is another reading of this one; the body is
                # the one the others' seats name
                own = person.name.casefold().split()
                others = {
                    _definite(f.target.name.casefold()): f.target
                    for f in out.findings
                    if f.kind == "membership"
                    and not f.status
                    and f.target is not None
                    and f.actor.kind == "person"
                    and f.actor.name.casefold().split() != own
                    and not any(a <= f.actor.start < z for a, z in guests)
                }
                if len(others) == 1:
                    seated = others
            if len(seated) > 1:
                # "Rådet består av … med Bo Ek som ordförande. Eva Ek är vald till vice
                # ordförande.": of several bodies, the one its own paragraph seats
                gaps = re.finditer(r"\n[ \t]*\n", text[: mt.start()])
                para = (
                    max((g.end() for g in gaps), default=0),
                    (gap.start() + mt.end())
                    if (gap := re.search(r"\n[ \t]*\n", text[mt.end() :]))
                    else len(text),
                )
                here = {
                    _definite(f.target.name.casefold()): f.target
                    for f in out.findings
                    if f.kind == "membership"
                    and not f.status
                    and f.target is not None
                    and f.actor.kind == "person"
                    and para[0] <= f.quote[0] < para[1]
                }
                if len(here) == 1:
                    seated = here
            body = (
                next(iter(seated.values()))
                if len(seated) == 1
                # ("Till ordförande valdes …" among several bodies' lists: whose is unsure)
                else None
                if mt.re is _POST_THEN_ELECTED
                else self._seat_run_body(text, mt, mt.start(), out, joined=False)
            )
            if len(seated) != 1 and mt.groupdict().get("meeting"):
                # "A valdes av årsmötet till föreningsordförande" on a page of several bodies:
                # the association's board its annual meeting elects
                a, z = mt.start("meeting"), mt.end("meeting")
                kind = self.lex.body_kind(self.lex.board.casefold()) or "body"
                body = Mention(a, z, text[a:z], self.lex.board, kind, 0.5)
            # "Förbundsordförande": a federation's chair
            role = self.lex.role_of(
                re.sub(
                    r"(?i)(?:förbunds|distrikts|förenings|(?:lokal)?avdelnings)(?=ordförande)",
                    "",
                    mt.group("post"),
                )
            )
            if body is None or role not in ("chair", "vice_chair", "secretary"):
                continue
            if (
                mt.re is _POST_THEN_ELECTED
                and "styrelse" not in body.name.casefold()
                and not any(
                    f.target is not None
                    and f.target.name.casefold() == body.name.casefold()
                    and f.actor.start < mt.start()
                    for f in out.findings
                    if f.kind == "membership"
                )
            ):
                continue  # (a body whose seats all follow, not a board: another list's chair)
            level = re.search(r"(?i)(förbund|distrikt)s(?=ordförande)", mt.group("post"))
            if (
                mt.re is _POST_THEN_ELECTED
                and level is not None
                and level.group(1).casefold() not in body.name.casefold()
            ):
                continue  # "Till förbundsordförande valdes …" beside a local board: not its
            out.findings.append(
                Finding(
                    "membership",
                    person,
                    role,
                    body,
                    (mt.start(), mt.end()),
                    0.6,
                    "text-post-reelected",
                )
            )
            have.add(person.start)
        for mt in _LEVEL_CHAIR_NAME.finditer(text):
            # "Distriktsordförande Åke Ek hälsade …", "Den omvalda förbundsordföranden, Eva
            # Ek, …": the chair of the board of that level the page names ("Distriktsstyrelsen")
            toks = tokens(text, mt.start("name"), mt.end("name"))
            person = self.reader.person_at(toks, 0, in_list=True) if toks else None
            if person is None or person.start in have:
                continue
            body = self._level_board(text, mt, guests)
            if body is None:
                continue
            out.findings.append(
                Finding("membership", person, "chair", body, (mt.start(), mt.end()), 0.6,
                        "text-level-chair")
            )  # fmt: skip
            have.add(person.start)
        for mt in _NAME_THEN_LEVEL_CHAIR.finditer(text):
            # "Styrelseledamöter är Åke Ek förbundsordförande, Eva Ek, vice
            # förbundsordförande": the chair and vice chair of the board of that level the
            # page names ("Förbundsstyrelsen"), the person's name the words before the post
            toks = tokens(text, mt.start("name"), mt.end("name"))
            person = next(
                (
                    p
                    for i in range(len(toks))
                    if (p := self.reader.person_at(toks, i, in_list=True)) is not None
                    and p.end == mt.end("name")
                    and " " in p.name
                ),
                None,
            )
            if person is None or person.start in have:
                continue
            body = self._level_board(text, mt, guests)
            if body is None:
                continue
            role = "vice_chair" if mt.group("vice") else "chair"
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership"
                    and f.role == "member"
                    and f.actor.start == person.start
                    and not f.status
                )
            ]  # (the member's seat the list gave the officer's name: the post is more)
            out.findings.append(
                Finding("membership", person, role, body, (mt.start(), mt.end()), 0.6,
                        "text-level-chair")
            )  # fmt: skip
            have.add(person.start)
            pos = mt.end()
            while role == "chair" and (vice := _VICE_AFTER_LEVEL_CHAIR.match(text, pos)):
                # "A, förbundsordförande, Ort, B, 1:e vice ordförande, Ort, C, 2:e vice
                # ordförande": the vice chairs listed right after the chair, of the same board
                pos = vice.end()
                toks = tokens(text, vice.start("name"), vice.end("name"))
                deputy = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if deputy is None or deputy.end != vice.end("name") or deputy.start in have:
                    break
                out.findings = [
                    f
                    for f in out.findings
                    if not (
                        f.kind == "membership"
                        and f.role == "member"
                        and f.actor.start == deputy.start
                        and not f.status
                    )
                ]
                out.findings.append(
                    Finding("membership", deputy, "vice_chair", body, (vice.start(), vice.end()),
                            0.6, "text-level-chair")
                )  # fmt: skip
                have.add(deputy.start)
        for mt in _NAME_REELECTED_POST.finditer(text):
            # "… säger Aino Ek, omvald förbundsordförande": the post of the one body the
            # person's other seat on the page is in, in the place of that seat
            role = self.lex.role_of(re.sub(r"(?i)^(?:förbunds|distrikts)", "", mt.group("post")))
            toks = tokens(text, mt.start("name"), mt.end("name"))
            person = self.reader.person_at(toks, 0, in_list=True) if toks else None
            if (
                person is None
                or person.end != mt.end("name")
                or role not in ("chair", "vice_chair")
            ):
                continue
            own = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.actor.kind == "person"
                and f.actor.name == person.name
            ]
            if len(own) != 1 or own[0].status or own[0].role != "member" or own[0].target is None:
                continue
            own[0].role = role

    def _treasurers(self, text: str, out: Walk) -> None:
        """ "Eva Ek fortsätter som kassör", "Förbundets kassör Eva Ek", "Eva Ek (kassör)": a
        treasurer holds a member's seat in the one body whose seats the page gives (none when
        it gives seats in several bodies or none); a name the rules read already keeps its
        reading. "Ordförande Eva Ek, kassör Bo Lind.": a treasurer after an officer of the same
        sentence holds a member's seat in that officer's body."""
        self._treasurer_after_officer(text, out)
        guests = _guest_spans(text)
        seated = {
            f.target.name.casefold(): f.target
            for f in out.findings
            if f.kind == "membership"
            and not f.status
            and f.target is not None
            and f.actor.kind == "person"
            and not any(a <= f.actor.start < z for a, z in guests)
        }
        only = next(iter(seated.values())) if len(seated) == 1 else None
        have = {f.actor.start for f in out.findings if f.actor.kind == "person"}
        for mt in _TREASURER.finditer(text):
            group = next(g for g in ("name", "name2", "name3") if mt.group(g))
            name, at = mt.group(group), mt.start(group)
            body = only or self._officers_body_before(text, out, mt.start())
            if body is None:
                continue
            toks = tokens(text, at, at + len(name))
            person = self.reader.person_at(toks, 0, in_list=True) if toks else None
            if person is None or person.end != at + len(name) or person.start in have:
                continue
            start = self._sentence_start(text, mt.start())
            if self.lex.not_held_status(text[start : mt.end()]):
                continue
            out.findings.append(
                Finding("membership", person, "member", body, (mt.start(), mt.end()), 0.6,
                        "text-treasurer")
            )  # fmt: skip
            have.add(person.start)

    @staticmethod
    def _officers_body_before(text: str, out: Walk, pos: int) -> Mention | None:
        """The body of the officers (a chair, a vice chair, a secretary) named last before
        ``pos`` in its paragraph, when they are all of one body."""
        par = text.rfind("\n\n", 0, pos) + 1
        officers = [
            f
            for f in out.findings
            if f.kind == "membership"
            and not f.status
            and f.target is not None
            and f.role in ("chair", "vice_chair", "secretary")
            and par <= f.actor.start < pos
        ]
        if len({f.target.name.casefold() for f in officers if f.target is not None}) != 1:
            return None
        return officers[-1].target

    def _treasurer_after_officer(self, text: str, out: Walk) -> None:
        have = {f.actor.start for f in out.findings if f.actor.kind == "person"}
        for mt in _TREASURER_AFTER_OFFICER.finditer(text):
            toks = tokens(text, mt.start("name"), mt.end("name"))
            person = self.reader.person_at(toks, 0, in_list=True) if toks else None
            if person is None or person.end != mt.end("name") or person.start in have:
                continue
            start = self._sentence_start(text, mt.start())
            if self.lex.not_held_status(text[start : mt.end()]):
                continue
            officers = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and f.role in ("chair", "vice_chair", "secretary")
                and start <= f.actor.start < mt.start()
            ]
            if len({f.target.name.casefold() for f in officers if f.target is not None}) != 1:
                continue
            out.findings.append(
                Finding("membership", person, "member", officers[-1].target,
                        (start, mt.end()), 0.6, "text-treasurer")
            )  # fmt: skip
            have.add(person.start)

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
            if homes and len(homes) != len(people):
                return []  # a name without its home in a run of names and homes
            i = 0
            while i < min(2, len(toks) - 2) and not toks[i].is_cap:
                i += 1  # "ylijohtaja Minna Saario": the person's job
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
            elif (
                person is None
                or len(person.name.split()) < 2
                or (rest and (sep is not None or not rest[0].islower()))
            ):
                return []
            people.append(person)
            pos = sep.end() if sep else stop
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
    def _members_body_before(start: int, out: Walk, reach: int = 300) -> Mention | None:
        """ "Styrelsemedlemmar är A och B. Suppleanter är C och D.": the one body of the
        members the text named right before a run of deputies that names none (within
        ``reach`` characters), or None."""
        before = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.role != "deputy_member"
            and f.target is not None
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

    def _seat_run_body(
        self, text: str, mt: re.Match[str], start: int, out: Walk, *, joined: bool = True
    ) -> Mention | None:
        """The body of a run of seats in prose (see :meth:`_seat_runs_in_prose`), or None."""
        seats = {
            f.target.name.casefold(): f.target
            for f in out.findings
            if f.kind == "membership" and f.target is not None and f.actor.kind == "person"
        }

        def known(found: Mention) -> Mention:
            last = found.name.casefold().split()[-1]
            same = [b for k, b in seats.items() if k.split()[-1] == last]
            if len(same) == 1:
                return same[0]
            if not same and mt.groupdict().get("pre"):
                # "styrelseledamöter" where the page's only board with seats is the
                # "förbundsstyrelse": that board
                same = [b for k, b in seats.items() if k.split()[-1].endswith(last)]
                if len(same) == 1:
                    return same[0]
                if not seats:
                    # "… valdes en ny distriktsstyrelse. Nyinvalda styrelseledamöter blev …":
                    # the one longer name of that kind the page gives its body
                    guests = _guest_spans(text)
                    longer = {
                        w[: len(w) - len(e)]: b
                        for b in self.reader.bodies(tokens(text, 0, len(text)))
                        if not b.plural and not any(a <= b.start < z for a, z in guests)
                        for w in [b.written.casefold().split()[-1]]
                        for e in ("", "n", "en", "ens", "s")
                        if w.endswith(last + e) and len(w) - len(e) > len(last)
                    }
                    if len(longer) == 1:
                        b = next(iter(longer.values()))
                        word = next(iter(longer))
                        return replace(b, name=word[:1].upper() + word[1:])
            if not same and "seat" in mt.re.groupindex and found.start >= mt.start("seat"):
                # "som sitter i styrelsen är …" where the page's seats are in the
                # "distriktsstyrelse": that board
                base = last[:-2] if last.endswith("en") else last
                same = [
                    b
                    for k, b in seats.items()
                    if k.split()[-1].endswith((base, base + "e")) and not k.startswith(base)
                ]
                if len(same) == 1:
                    return same[0]
            return replace(found, name=found.name[:1].upper() + found.name[1:])

        if "seat" in mt.re.groupindex:
            # "I styrelsen kvarstår …", "som sitter i styrelsen är …": the body in the seat's
            # own words
            inside = [
                b
                for b in self.reader.bodies(tokens(text, mt.start("seat"), mt.end("seat")))
                if not b.plural
            ]
            if len(inside) == 1:
                return known(inside[0])
        if joined and mt.group("pre"):
            joined = [
                b
                for b in self.reader.bodies(tokens(text, mt.start("pre"), mt.end("pre")))
                if not b.plural
            ]
            return known(joined[0]) if len(joined) == 1 else None
        named = [
            b
            for b in self.reader.bodies(tokens(text, start, mt.start()))
            if not b.plural
            and not self.anaphora.match(b.written)
            # ("Merihallituksen kehittämispäällikkö A": an agency named in a title, no board)
            and not (self.lex.lang == "fi" and agency_name(b.name))
        ]
        if len({b.name.casefold() for b in named}) == 1:
            return known(named[0])
        if named:
            return None
        # the one body with seats the whole page names (by the last word of its name; no
        # programme, project or network), as its seats already read name it if they do
        guests = _guest_spans(text)
        page = {
            b.name.casefold().split()[-1]: b
            for b in self.reader.bodies(tokens(text, 0, len(text)))
            if not b.plural
            and not self.anaphora.match(b.written)
            and b.kind not in _NO_SEATS
            and b.kind != "network"
            and not (self.lex.lang == "fi" and agency_name(b.name))
            # a guest's own body ("besök av Regionstyrelsens ordförande") is not the page's
            and not any(a <= b.start < z for a, z in guests)
        }
        if not page and not seats:
            # the page names no body but by its bare word ("styrelsen", "styrelsens"): that
            # body, when it is of one kind
            page = {
                b.name.casefold().split()[-1]: b
                for b in self.reader.bodies(tokens(text, 0, len(text)))
                if not b.plural
                and b.kind not in _NO_SEATS
                and b.kind != "network"
                and not (self.lex.lang == "fi" and agency_name(b.name))
                and not any(a <= b.start < z for a, z in guests)
            }
        if (
            not page
            and len(seats) == 1
            and "seat" in mt.re.groupindex
            and mt.group("seat").startswith("toimikaudelle")
        ):
            # "Hallituksen puheenjohtajaksi valittiin A. … toimikaudelle valittiin B, C": the
            # page names its body only by the bare word; the one body of its seats
            return next(iter(seats.values()))
        if len(page) != 1:
            return None
        only = next(iter(page.values()))
        last = only.name.split()[-1]
        return known(replace(only, name=last[:1].upper() + last[1:]))

    def _body_term_later(self, text: str, out: Walk) -> None:
        """ "Seuraavan hallituksen toimikausi on 1.1.2026-31.12.2028" on a page dated
        2025-12-16: the term of the body the sentence names begins after the page's date, so
        the seats the page gives in that body (known by the last word of its name) are still
        to come, wherever on the page they stand; a seat said to be held now ("nykyinen",
        "nuvarande") or to go on ("jatkaa hallituksen jäsenenä", "sitter kvar") stays.
        Nothing without a date in the page's head, nor when the page gives only the year the
        term begins in, nor in a meeting's minutes (a "Läsnä:" or "Närvarande:" label): those
        present sat in the body on the meeting's day, and a term the minutes state is another
        body's, or one the meeting speaks of."""
        if _MEETING_PRESENT.search(text):
            return
        head = _PAGE_DAY.search(text, 0, min(len(text), 300))
        said_today = _TODAY_NO_YEAR.search(text, 0, min(len(text), 300))
        today: tuple[int, int, int] | None = None
        if head is not None and head.group("y"):
            today = (int(head.group("y")), int(head.group("m")), int(head.group("d")))
        elif head is not None:
            today = (int(head.group("y2")), int(head.group("m2")), int(head.group("d2")))
        elif said_today is None:
            return
        bodies: set[str] = set()
        for mt in [*_BODY_TERM.finditer(text), *_BODY_BEGINS.finditer(text)]:
            begins = (int(mt.group("y")), int(mt.group("m")), int(mt.group("d")))
            if today is None and said_today is not None:
                # "Tänään lauantaina 22.5. … Hallitus aloittaa toimintansa 1.6.2021": today is
                # in the year the term begins in (a term is not elected a year ahead)
                day = (begins[0], int(said_today.group("m")), int(said_today.group("d")))
                if begins <= day or mt.start() < said_today.end():
                    continue
            elif today is None or head is None or begins <= today or mt.start() < head.end():
                continue
            start = self._sentence_start(text, mt.start())
            found = [
                b
                for b in self.reader.bodies(tokens(text, start, mt.start()))
                if not b.plural
                # "Hallitus aloittaa toimintansa 1.6.2021": the body the text speaks of
                and (mt.re is _BODY_BEGINS or not self.anaphora.match(b.written))
            ]
            if len({b.name.casefold() for b in found}) == 1:
                # "Seuraava hallitus": the body by its last word, a word before it qualifying
                bodies.add(found[0].name.split()[-1].casefold())
        if not bodies:
            return
        now = (
            re.compile(rf"(?<![\w-])(?:{self.lex.current})(?![\w-])", re.IGNORECASE)
            if self.lex.current
            else None
        )
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.status
                or f.target is None
                or not f.target.name.split()
                or f.target.name.split()[-1].casefold() not in bodies
            ):
                continue
            a = self._sentence_start(text, f.actor.start)
            ends = [i for i in (text.find(". ", f.actor.start), text.find("\n", a)) if i >= 0]
            sentence = text[a : min(ends) if ends else len(text)]
            if _GOES_ON.search(sentence) or (now is not None and now.search(sentence)):
                continue
            f.status = "planned"

    def _run_on_name_pairs(self, text: str, out: Walk) -> None:
        """A member list and a deputy list run together into one line with no separators
        ("Varsinaiset jäsenet Aino Ahola, puheenjohtaja Eino Ek, varapuheenjohtaja Ilkka Oja
        Olli Puu Varajäsenet Ulla Vaara Unto Uski"): each name is a first name and a
        surname, a role after a name's comma is that name's, the names after the deputies'
        heading are deputies. Read only when (with voikko) no name's first word is a common
        noun and most are first names, and the other rules already gave these names seats
        in one body: that body stays, the roles are the run's."""
        for mt in _RUN_ON_MEMBERS.finditer(text):
            pos = mt.end()
            role = "member"
            seats: list[tuple[Mention, str]] = []
            while True:
                deputies = _RUN_ON_DEPUTIES.match(text, pos)
                if deputies is not None:
                    if role == "deputy_member":
                        break
                    role, pos = "deputy_member", deputies.end()
                    continue
                pair = _NAME_PAIR.match(text, pos)
                if pair is None or not self._first_name_word(pair["first"]):
                    break
                person = Mention(
                    pair.start("name"), pair.end("name"), pair["name"], pair["name"], "person", 0.7
                )
                said = self.lex.role_of(pair["role"].casefold()) if pair["role"] else None
                if pair["role"] and said is None:
                    break
                seats.append((person, said or role))
                pos = pair.end()
            if len(seats) < 4 or (
                self.reader.morph.name == "voikko"
                and sum(m.FIRST_NAME in self.reader._classes(p.name.split()[0]) for p, _r in seats)
                < 0.75 * len(seats)
            ):
                continue  # a run of four names or more, most of them known first names
            spans = [(p.start, p.end) for p, _r in seats]
            theirs = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and any(a < f.actor.end and f.actor.start < b for a, b in spans)
            ]
            bodies = {f.target.name.casefold(): f.target for f in theirs if f.target is not None}
            if len(bodies) != 1:
                continue
            body = next(iter(bodies.values()))
            out.findings = [f for f in out.findings if all(f is not g for g in theirs)]
            for person, seat_role in seats:
                out.findings.append(
                    Finding(
                        "membership",
                        person,
                        seat_role,
                        body,
                        (mt.start(), pos),
                        0.7,
                        "run-on-pairs",
                    )
                )

    def _members_word_nearer(self, text: str, out: Walk) -> None:
        """ "… puheenjohtaja A sekä hallituksen jäsenet B, C ja D": a name a rule gave an
        officer's role written before a plural members' word ("jäsenet", "ledamöterna") that
        stands nearer before the name in the same sentence holds a member's seat; the name
        right after the officer's word keeps its role."""
        officers = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.rule == "text-role-before"
            and f.role in ("chair", "vice_chair", "secretary")
        ]
        low = text.casefold() if officers else ""
        if len(low) != len(text):
            return  # (a letter whose case folds to two: offsets would not match)
        for f in officers:
            a = self._sentence_start(text, f.actor.start)
            before = [
                (mt.start(), mt.end(), role)
                for pattern, role in self.lex.role_res
                for mt in pattern.finditer(low, a, f.actor.start)
            ]
            if not before:
                continue
            start, end, role = max(before)
            officer = [x for x in before if x[2] == f.role and x[0] < start]
            if role == "member" and officer and _MEMBERS_PLURAL.fullmatch(text, start, end):
                f.role = "member"
        seen: set[tuple[str, str, str, str]] = set()
        kept: list[Finding] = []
        for f in out.findings:
            if f.kind == "membership" and f.rule == "text-role-before" and f.target is not None:
                k = (f.actor.name, f.role, f.target.name.casefold(), f.status)
                if k in seen:
                    continue  # the same seat read twice once the role is the members'
                seen.add(k)
            kept.append(f)
        out.findings = kept

    def _name_then_post_items(self, text: str, out: Walk) -> None:
        """ "Styrelsen omvaldes: Aino Ek ordförande, Bo Lind vice ordförande, Eva Mäki
        kassör, Olle Ström sekreterare och Ulla Berg ledamot": after a colon, items of a name
        and the post written after it, with no comma between; each post is its name's (a
        treasurer's a member's seat). Read on three items or more, every one with a post, in
        the one body the other rules gave these names; their readings are replaced."""
        for mt in _COLON_ITEMS.finditer(text):
            pos = mt.end()
            seats: list[tuple[Mention, str]] = []
            while True:
                item = _NAME_POST.match(text, pos)
                if item is None:
                    break
                role, item_end = None, item.end("post")
                if item["post2"]:
                    # "vice ordförande": a post of two words before one of one
                    two = f"{item['post']} {item['post2']}".casefold()
                    role = self.lex.role_of(two)
                    item_end = item.end("post2")
                if role is None:
                    post = item["post"].casefold()
                    role = self.lex.role_of(post) or (
                        "member" if _TREASURER_WORD.fullmatch(post) else None
                    )
                    item_end = item.end("post")
                if role is None:
                    break
                person = Mention(
                    item.start("name"), item.end("name"), item["name"], item["name"], "person", 0.7
                )
                seats.append((person, role))
                sep = _ITEM_SEP.match(text, item_end)
                if sep is None:
                    break
                pos = sep.end()
            if len(seats) < 3:
                continue
            spans = [(p.start, p.end) for p, _r in seats]
            theirs = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and any(a < f.actor.end and f.actor.start < b for a, b in spans)
            ]
            bodies = {f.target.name.casefold(): f.target for f in theirs if f.target is not None}
            if len(bodies) != 1 or any(f.status for f in theirs):
                continue
            body = next(iter(bodies.values()))
            out.findings = [f for f in out.findings if all(f is not g for g in theirs)]
            for person, seat_role in seats:
                out.findings.append(
                    Finding(
                        "membership",
                        person,
                        seat_role,
                        body,
                        (mt.start(), person.end),
                        0.7,
                        "name-then-post",
                    )
                )

    def _first_name_word(self, word: str) -> bool:
        """A word that may be a first name: by voikko, one it reads as a first name or as no
        common noun ("Simo", read as a place, too); with the rules (which know no names) any
        capitalised word."""
        if self.reader.morph.name != "voikko":
            return True
        classes = self.reader._classes(word)
        return m.FIRST_NAME in classes or "noun" not in classes

    def _composition_before_meeting(self, text: str, out: Walk) -> None:
        """ "Hallitus kokoontui vuosikokousta edeltäneessä kokoonpanossa … : A (pj) 1/1 (B
        0/1)": the seats of the composition before the meeting that elected the present one
        have ended, to the end of the paragraph; a seat the page gives the same person
        elsewhere stays."""
        for mt in _BEFORE_MEETING.finditer(text):
            end = text.find("\n", mt.end())
            end = len(text) if end < 0 else end
            for f in out.findings:
                if f.kind == "membership" and not f.status and mt.end() <= f.actor.start < end:
                    f.status = "ended"

    def _glued_email_table(self, text: str, out: Walk) -> None:
        """A member / deputy table flattened to text with no separators: a header line of
        the two column words run together ("LedamotErsättare", "JäsenVarajäsen"), then rows
        "Name, e-mail(at)domain.fiDeputy Name" under group headings (the organisation the
        seats are held for). The e-mail (written with "(at)" or "(a)") ends the member's
        cell; the capitalised words glued to its domain, or a lone name on the next line,
        are the deputy. The seats are in the body the page is titled with (its first line);
        with no such title nothing is read."""
        header = _GLUED_HEADER.search(text)
        if header is None:
            return
        first = text.lstrip().split("\n", 1)[0].strip()
        at = text.find(first)
        titled = [
            b
            for b in self.reader.bodies(tokens(text, at, at + len(first)))
            if not b.plural and b.start == at and b.end == at + len(first)
        ]
        if len(titled) != 1:
            return
        body = replace(titled[0], name=titled[0].name[:1].upper() + titled[0].name[1:])
        taken = {(f.actor.start, f.actor.end) for f in out.findings}
        group: Mention | None = None
        last: tuple[Mention, int, int] | None = None  # a row's member with no deputy yet
        pos = header.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end].strip()
            a = pos + (len(text[pos:end]) - len(text[pos:end].lstrip()))
            pos = end + 1
            if not line:
                break
            row = _GLUED_ROW.fullmatch(line)
            lone = _LONE_NAME.fullmatch(line)
            if row is not None:
                member = Mention(
                    a + row.start("m"), a + row.end("m"), row["m"], row["m"], "person", 0.7
                )
                self._glued_seat(out, taken, member, "member", body, group, (a, a + len(line)))
                last = (member, a, a + len(line))
                if row["d"]:
                    deputy = Mention(
                        a + row.start("d"), a + row.end("d"), row["d"], row["d"], "person", 0.7
                    )
                    self._glued_seat(
                        out, taken, deputy, "deputy_member", body, group, (a, a + len(line)),
                        member,
                    )  # fmt: skip
                    last = None
            elif lone is not None and last is not None:
                # "Tina Ek, tina(at)ek.fi" / "Anna Berg": the deputy's cell wrapped to a line
                deputy = Mention(a, a + len(line), line, line, "person", 0.7)
                self._glued_seat(
                    out, taken, deputy, "deputy_member", body, group, (last[1], a + len(line)),
                    last[0],
                )  # fmt: skip
                last = None
            elif _AT_SIGN.search(line) or len(line.split()) > 8:
                break
            else:
                # a group heading: the organisation the seats under it are held for
                group = Mention(a, a + len(line), line, line, "organisation", 0.6)
                last = None

    @staticmethod
    def _glued_seat(
        out: Walk,
        taken: set[tuple[int, int]],
        person: Mention,
        role: str,
        body: Mention,
        group: Mention | None,
        quote: tuple[int, int],
        deputy_for: Mention | None = None,
    ) -> None:
        out.findings = [
            f
            for f in out.findings
            if not (f.actor.start < person.end and person.start < f.actor.end)
        ]
        out.findings.append(
            Finding(
                "membership",
                person,
                role,
                body,
                quote,
                0.7,
                "glued-table",
                on_behalf_of=group,
                deputy_for=deputy_for,
            )
        )
        taken.add((person.start, person.end))

    def _elected_for_a_term_to_come(self, text: str, out: Walk) -> None:
        """ "Hallitukseen valittiin seuraavalle kolmivuotiskaudelle A, B ja C": the seats of
        a term that begins after the meeting are still to come, and so are the same people's
        seats in that body (known by the last word of its name) wherever else the page names
        them ("Kuvassa hallitukseen valitut A ja B"). A sentence saying a seat goes on or is
        held now keeps it."""
        to_come: set[tuple[str, str]] = set()
        for mt in _NEXT_TERM.finditer(text):
            a = self._sentence_start(text, mt.start())
            ends = [i for i in (text.find(". ", mt.end()), text.find("\n", mt.end())) if i >= 0]
            b = min(ends) if ends else len(text)
            kinds = {
                x.name.split()[-1].casefold()
                for x in self.reader.bodies(tokens(text, a, mt.start()))
                if not x.plural and x.name.split()
            }
            if len(kinds) != 1:
                continue
            for f in out.findings:
                if f.kind == "membership" and f.actor.name in text[a:b]:
                    to_come.add((f.actor.name, next(iter(kinds))))
        if not to_come:
            return
        now = (
            re.compile(rf"(?<![\w-])(?:{self.lex.current})(?![\w-])", re.IGNORECASE)
            if self.lex.current
            else None
        )
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.status
                or f.target is None
                or not f.target.name.split()
                or (f.actor.name, f.target.name.split()[-1].casefold()) not in to_come
            ):
                continue
            a = self._sentence_start(text, f.actor.start)
            ends = [i for i in (text.find(". ", f.actor.start), text.find("\n", a)) if i >= 0]
            sentence = text[a : min(ends) if ends else len(text)]
            if _GOES_ON.search(sentence) or (now is not None and now.search(sentence)):
                continue
            f.status = "planned"

    def _elected_for_later_years(self, text: str, out: Walk) -> None:
        """ "Syyskokous pidettiin 16.11.2024 … valitsi hallituksen puheenjohtajaksi vuosille
        2025-2026 A:n": an election for years that begin after the page's year (the year of a
        date in its head, else of the one meeting it reports held on a date) gives seats still
        to come. The people the sentence names (in any case form) hold them in the body it
        names, or in any body when it names none, wherever else the page gives those seats
        ("Hallituksen puheenjohtajaksi A" as its title); a sentence saying a seat goes on keeps
        it."""
        date = _PAGE_DATE.search(text, 0, min(len(text), 300))
        if date is not None:
            year = int(next(g for g in date.groups() if g))
        else:
            held = {int(mt.group(1)) for mt in _MEETING_HELD_ON.finditer(text)}
            if len(held) != 1:
                return
            year = held.pop()
        people = [f for f in out.findings if f.kind == "membership" and f.actor.kind == "person"]
        to_come: list[tuple[Finding, set[str]]] = []
        for mt in _ELECTED_FOR_YEARS.finditer(text):
            if int(mt.group(1)) <= year:
                continue
            a = self._sentence_start(text, mt.start())
            ends = [i for i in (text.find(". ", mt.end()), text.find("\n", mt.end())) if i >= 0]
            b = min(ends) if ends else len(text)
            sentence = text[a:b]
            if not _ELECTION_VERB.search(sentence) or _GOES_ON.search(sentence):
                continue
            kinds = {
                x.name.split()[-1].casefold()
                for x in self.reader.bodies(tokens(text, a, b))
                if not x.plural and x.name.split()
            }
            for f in people:
                words = f.actor.name.split()
                if len(words) < 2:
                    continue
                stem = words[-1][: max(3, len(words[-1]) - 3)]
                said = a <= f.actor.start < b or re.search(
                    rf"(?<![\w-]){re.escape(' '.join(words[:-1]))}\s+{re.escape(stem)}\w*",
                    sentence,
                )
                if said:
                    to_come.append((f, kinds))
        for g, kinds in to_come:
            for f in out.findings:
                if (
                    f.kind != "membership"
                    or f.status
                    or f.actor.name != g.actor.name
                    or f.target is None
                    or not f.target.name.split()
                    or (kinds and f.target.name.split()[-1].casefold() not in kinds)
                ):
                    continue
                a = self._sentence_start(text, f.actor.start)
                ends = [i for i in (text.find(". ", f.actor.start), text.find("\n", a)) if i >= 0]
                if _GOES_ON.search(text, a, min(ends) if ends else len(text)):
                    continue
                f.status = "planned"

    @staticmethod
    def _replacing_those_leaving(text: str, out: Walk) -> None:
        """ "Hallituksen uusiksi jäseniksi erovuoroisten A:n ja B:n tilalle valittiin C ja D":
        the members in turn to leave hold their seats until the new ones take them, so in
        the sentence that says so the ones replaced are leaving (their seats end) and the
        ones elected in their place have seats still to come."""
        for mt in _IN_PLACE_OF_LEAVING.finditer(text):
            a = max(text.rfind(". ", 0, mt.start()), text.rfind("\n", 0, mt.start())) + 1
            ends = [i for i in (text.find(". ", mt.end()), text.find("\n", mt.end())) if i >= 0]
            b = min(ends) if ends else len(text)
            cut = mt.end("instead") if mt.group("instead") else mt.end()
            for f in out.findings:
                if f.kind == "membership" and not f.status and a <= f.actor.start < b:
                    if mt.group("instead2") and f.actor.start < mt.start():
                        # "C valdes till ny styrelsemedlem i stället för A, som … nu lämnar
                        # styrelsen": the one elected in the leaving one's place, before
                        f.status = "planned"
                    else:
                        f.status = "ended" if f.actor.start < cut else "planned"

    @staticmethod
    def _lists_end(text: str, at: int) -> int:
        """Where the headings and list lines from ``at`` on end: the start of the first
        paragraph of prose (a sentence of eight words or more ending in a full stop)."""
        pos = at
        while pos < len(text):
            nxt = text.find("\n\n", pos + 2)
            nxt = len(text) if nxt < 0 else nxt
            block = text[pos:nxt].strip()
            if len(block.split()) >= 8 and re.search(r"[.!?]$", block) and ":" not in block:
                return pos
            pos = nxt
        return len(text)

    def _party_item_run(self, text: str, out: Walk) -> None:
        """Minutes' decision makers flattened to one run of "Name (PARTY), ABBR[, post]" items
        ("Irene Ek (C), BIN, ordförande Ulla Berg (M), HSN Omar Ali (S), KS"): the post after
        an item's comma is that item's, never the next name's; an item with none a member.
        Read on a run of four items or more on one line whose posts are all seats (a longer
        list flattened into a line is the unflattener's), in the body whose
        minutes these are (named in the page's head); what the sentences made of the run
        gives way."""
        if self.unflatten.pairs(text):
            return  # a whole list flattened into a line: the unflattener's to read
        body = None
        pos = 0
        while (first := _PARTY_ITEM.search(text, pos)) is not None:
            run = [first]
            while (
                text[run[-1].end() : run[-1].end() + 1] in (" ", "\t")
                and (nxt := _PARTY_ITEM.match(text, run[-1].end() + 1)) is not None
            ):
                run.append(nxt)
            pos = run[-1].end()
            if len(run) < 4:
                continue
            roles = [self.lex.role_of(mt.group("post")) if mt.group("post") else "member"
                     for mt in run]  # fmt: skip
            if any(r not in ("chair", "vice_chair", "secretary", "member", "deputy_member")
                   for r in roles):  # fmt: skip
                continue
            body = body or self._minutes_head_body(text) or self._head_word_body(text)
            if body is None:
                return
            span = (run[0].start(), run[-1].end())
            found = []
            for mt, role in zip(run, roles, strict=True):
                a, b = mt.span("name")
                lead = text[a:b].split()[0]
                if len(text[a:b].split()) > 2 and (
                    _TABLE_HEAD_WORD.fullmatch(lead + " ") or self.lex.role_of(lead)
                ):
                    a += len(lead) + 1  # "Beslutande Greta Holm": the table's heading
                person = Mention(a, b, text[a:b], text[a:b], "person", 0.6, "nom")
                quote = (mt.start(), mt.end())
                found.append(Finding("membership", person, role or "member", body, quote, 0.6,
                                     "minutes-party-items"))  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + found

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

    def _head_word_body(self, text: str) -> Mention | None:
        """A capitalised word in the page's first lines that is a body's name as it stands
        ("SAMMANTRÄDESPROTOKOLL Folkhälsorådet"), when the word-form reader has no analysis
        of it (a Swedish page); None when there is none."""
        for t in tokens(text, 0, min(len(text), 300)):
            if t.is_word and t.text[:1].isupper() and self.lex.body_kind(t.text.casefold()):
                name = t.text[:1] + t.text[1:].casefold()
                return Mention(t.start, t.end, t.text, name, "body", 0.6)
        return None

    def _counted_composition(self, text: str, out: Walk) -> None:
        """ "Även en valberedning bestående av 5 ledamöter och 5 ersättare valdes" followed by a
        list of exactly five members, then a deputies' heading and exactly five deputies: the
        lists are that body's (its deputies' list deputies), whatever body the page's heading
        gave them."""
        for mt in _COUNTED.finditer(text):
            n, k = int(mt.group(1)), int(mt.group(2))
            start = self._sentence_start(text, mt.start())
            bodies = [
                b
                for b in self.reader.bodies(tokens(text, start, mt.start()))
                if b.case in ("", "nom") and not b.plural
            ]
            if not bodies:
                continue
            b = bodies[-1]
            body = Mention(b.start, b.end, b.written, b.name[:1].upper() + b.name[1:], "body",
                           0.6)  # fmt: skip
            stop = re.search(r"[.!?](?:\s|$)", text[mt.end() :])
            end = mt.end() + (stop.end() if stop else 0)
            heading = re.search(
                r"(?im)^[^\n]*(?:ersättare|suppleanter|varajäsen\w*)[^\n]*:[ \t]*$", text[end:]
            )
            if heading is None:
                continue
            split = end + heading.start()
            after = sorted(
                (f for f in out.findings if f.kind == "membership" and f.actor.start >= end),
                key=lambda f: f.actor.start,
            )
            members = [f for f in after if f.actor.start < split]
            rest = [f for f in after if f.actor.start >= split]
            if len(members) != n or len(rest) < k:
                continue
            gap = text[rest[k - 1].actor.end : rest[k].actor.start] if len(rest) > k else "\n\n"
            if "\n\n" not in gap:
                continue  # the deputies' list goes on: not the counted one
            for f in members:
                f.target = body
            for f in rest[:k]:
                f.target = body
                if f.role == "member":
                    f.role = "deputy_member"

    def _body_over_caption(self, text: str, out: Walk) -> None:
        """A photo caption led by the body it shows ("Uusi hallitus vas. Aino Ek Kuopio, Bo
        Lind pj, Eva Berg Oulu ja Olli Oja Lappi."): each comma's item a person's first name
        and surname, then where they come from or their role in the body (that item's
        only); everyone else a member of the body the caption names. Read when the caption's
        first words name one body and nothing else, and it lists three people or more, each
        item beginning with a name; what the sentences made of it gives way."""
        for mt in _BODY_CAPTION.finditer(text):
            head = tokens(text, mt.start("head"), mt.end("head"))
            bodies = self.reader.bodies(head)
            if len(bodies) != 1 or bodies[0].plural or bodies[0].case not in ("", "nom"):
                continue
            cut = re.search(r"\.(?:\s|$)|\n", text[mt.end() :])
            end = mt.end() + (cut.start() if cut else len(text) - mt.end())
            items = [
                (mt.end() + i.start(), mt.end() + i.end())
                for i in re.finditer(r"[^,]+", text[mt.end() : end])
            ]
            if items:
                # "… Oksa Pirkanmaa ja Jarkko Haavisto Satakunta": the last two items
                a, b = items[-1]
                joint = re.search(r"\s(?:ja|och|sekä|samt)\s", text[a:b])
                if joint:
                    items[-1:] = [(a, a + joint.start()), (a + joint.end(), b)]
            people: list[tuple[Mention, str]] = []
            for a, b in items:
                item = re.match(r"\s*([A-ZÅÄÖ][\w'-]+)[ \t]+([A-ZÅÄÖ][\w'-]+)", text[a:b])
                if item is None or self.lex.role_of(item.group(1)):
                    people = []
                    break
                s0, e0 = a + item.start(1), a + item.end(2)
                rest = text[e0:b].strip(" \t.")
                role = self.lex.role_of(rest) if rest and rest[:1].islower() else None
                if rest and rest[:1].islower() and role is None:
                    role = self.lex.line_abbreviation(rest)
                if role not in (None, "chair", "vice_chair", "secretary", "member",
                                "deputy_member"):  # fmt: skip
                    people = []
                    break
                name = f"{item.group(1)} {item.group(2)}"
                people.append((Mention(s0, e0, text[s0:e0], name, "person", 0.6, "nom"),
                               role or "member"))  # fmt: skip
            if len(people) < 3:
                continue
            b = bodies[0]
            body = Mention(b.start, b.end, b.written, b.name[:1].upper() + b.name[1:], "body",
                           0.55)  # fmt: skip
            span = (mt.start(), end)
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + [
                Finding("membership", p, role, body, span, 0.55, "body-caption")
                for p, role in people
            ]

    def _present_absent_columns(self, text: str, out: Walk) -> None:
        """An attendance table of two columns, present and absent, flattened to lines whose
        two cells are set apart by a run of spaces ("Närvarande      Ej närvarande" / "Aino
        Ek        Bo Lind" / "Eva Berg"): every name in it, present or absent, holds a seat
        in the body the header names, else in the one body the page names before the table.
        A name is two to four capitalised words and nothing else in its cell; the table ends
        at the first line that is not such cells. Nothing when the body is unsure."""
        for head in _PRESENT_ABSENT.finditer(text):
            named = head.group("body").strip(" \t:")
            if named:
                bodies = self.reader.bodies(tokens(text, head.start("body"), head.end("body")))
            else:
                bodies = self.reader.bodies(tokens(text, 0, head.start()))
            names = {b.name.casefold() for b in bodies}
            # "rådet" after "pensionärsrådet": the bare word stands for the named body
            names = {n for n in names if not any(o != n and o.endswith(n) for o in names)}
            if len(names) != 1:
                continue  # no body, or several: unsure whose seats these are
            b = next(b for b in bodies if b.name.casefold() in names)
            if b.plural:
                continue
            body = Mention(b.start, b.end, b.written, b.name[:1].upper() + b.name[1:], "body",
                           0.55)  # fmt: skip
            cells = self._name_cells(text, head.end())
            if len(cells) < 3:
                continue
            span = (cells[0][0], cells[-1][1])
            found = []
            for a, e in cells:
                written = text[a:e]
                name = unicodedata.normalize(
                    "NFC", re.sub(r"(?<=\w)\u00b4", "\u0301", " ".join(written.split()))
                )
                person = Mention(a, e, written, name, "person", 0.6, "nom")
                found.append(Finding("membership", person, "member", body, (a, e), 0.55,
                                     "attendance-columns"))  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + found

    def _plural_role_names(self, text: str, out: Walk) -> None:
        """ "Fullmäktiges ordförande är A (S) och de två vice ordförandena heter B (S) och C
        (KD)": a post in the plural, a copula, then names joined by commas and "och": each of
        them holds the post, in the body the rules gave another seat of the same sentence;
        nothing when they gave none there, or several."""
        for mt in _PLURAL_ROLE.finditer(text):
            start = self._sentence_start(text, mt.start())
            stop = re.search(r"[.!?](?:\s|$)", text[mt.end() :])
            end = mt.end() + (stop.start() if stop else 0)
            bodies = {
                f.target.name.casefold(): f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and start <= f.actor.start < end
            }
            if len(bodies) != 1:
                continue
            body = next(iter(bodies.values()))
            role = self.lex.role_of(re.sub(r"(?i)na$", "", mt.group("role")))
            if role != "vice_chair":
                continue
            found = []
            for nm in re.finditer(_PERSON_PARTY, mt.group("names")):
                words = re.sub(r"\s*\([^)]*\)$", "", nm.group()).split()
                if self.lex.role_of(words[0]):
                    break
                a = mt.start("names") + nm.start()
                b = a + len(" ".join(words))
                person = Mention(a, b, text[a:b], " ".join(words), "person", 0.6, "nom")
                found.append(Finding("membership", person, role, body, (mt.start(), mt.end()),
                                     0.6, "plural-role-names"))  # fmt: skip
            else:
                taken = {(f.actor.start, f.role) for f in out.findings if f.kind == "membership"}
                out.findings += [f for f in found if (f.actor.start, f.role) not in taken]

    def _post_and_body_cards(self, text: str, out: Walk) -> None:
        """Cards of a presidium: a line of posts, each with the body it is in ("Ordförande,
        samhällsutvecklingsnämnden"; "1:e vice ordförande, Kommunfullmäktige samt 1:e vice
        ordförande socialnämnden"), then the holder's line "Name (PARTY)" (blank lines
        between): each post in its body is the holder's. Every part of the post line must be
        a post and a body the lexicon knows; what the rules read for the holder in those
        bodies gives way."""
        lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]
        for k in range(len(lines) - 1):
            s0, e0, line = lines[k]
            parts = re.split(r"[ \t]+(?:samt|och|sekä|ja)[ \t]+", line.strip())
            seats: list[tuple[str, Mention]] = []
            pos = s0 + len(line) - len(line.lstrip())
            for part in parts:
                pm = _POST_BODY.fullmatch(part)
                at = text.find(part, pos, e0)
                pos = at + len(part)
                if pm is None:
                    seats = []
                    break
                role = self.lex.role_of(re.sub(r"^\d:[ae][ \t]+", "", pm.group("post")))
                word = pm.group("body")
                if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member") or (
                    self.lex.body_kind(word.casefold()) is None
                ):
                    seats = []
                    break
                a = at + pm.start("body")
                name = word[:1].upper() + word[1:]
                seats.append((role, Mention(a, a + len(word), word, name, "body", 0.6)))
            if not seats:
                continue
            holder = _CARD_HOLDER.fullmatch(lines[k + 1][2])
            if holder is None:
                continue
            a = lines[k + 1][0] + holder.start("name")
            words = re.sub(r"\s*\([^)]*\)$", "", holder.group("name")).split()
            if self.lex.role_of(words[0]):
                continue
            b = a + len(" ".join(words))
            person = Mention(a, b, text[a:b], " ".join(words), "person", 0.6, "nom")
            bodies = {body.name.casefold() for _r, body in seats}
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership"
                    and a <= f.actor.start < b
                    and f.target is not None
                    and f.target.name.casefold() in bodies
                )
            ] + [
                Finding("membership", person, role, body, (s0, b), 0.6, "post-body-card")
                for role, body in seats
            ]

    def _member_deputy_columns(self, text: str, out: Walk) -> None:
        """A members' and deputies' table of two columns flattened to lines whose two cells
        are set apart by a run of spaces ("varsinainen jäsen      varajäsen" / "Aino Ek,
        Toivakka      Bo Lind, Kinkomaa, Jyväskylä"): the left cell's person a member, the
        right one's the deputy of the member on the same line (a cell's name the words before
        its first comma; a lone cell at the line's start the left one). The body is the one
        the page names before the table (a bare word standing for the named body). Read on
        three rows or more; nothing when the body is unsure."""
        for head in _TWO_CELL_HEAD.finditer(text):
            if (self.lex.role_of(head.group("left")), self.lex.role_of(head.group("right"))) != (
                "member",
                "deputy_member",
            ):
                continue
            body = self._heading_body_before(text, head.start()) or self._one_body_before(
                text, head.start()
            )
            if body is None:
                continue
            rows = self._place_cell_rows(text, head.end())
            if len(rows) < 3:
                continue
            span = (rows[0][0][0], rows[-1][-1][1])
            before = [
                f
                for f in out.findings
                if f.kind == "membership" and span[0] <= f.actor.start < span[1]
            ]
            found = []
            for row in rows:
                member: Mention | None = None
                for k, (a, e) in enumerate(row):
                    read = next((f.actor for f in before if a <= f.actor.start < e), None)
                    person = read or Mention(a, e, text[a:e], " ".join(text[a:e].split()),
                                             "person", 0.6, "nom")  # fmt: skip
                    if k == 0:
                        member = person
                        found.append(Finding("membership", person, "member", body, (a, e), 0.55,
                                             "member-deputy-columns"))  # fmt: skip
                    else:
                        seat = Finding("membership", person, "deputy_member", body, (a, e), 0.55,
                                       "member-deputy-columns", deputy_for=member)  # fmt: skip
                        found.append(seat)
            out.findings = [f for f in out.findings if f not in before] + found

    def _heading_body_before(self, text: str, end: int) -> Mention | None:
        """The body a heading names in the few lines before ``end`` ("Hallitus 2024"): a
        short line of its own, no sentence; None when there is none."""
        pos, seen = end, 0
        while pos > 0 and seen < 4:
            start = text.rfind("\n", 0, max(0, pos - 1)) + 1
            line = text[start:pos].strip()
            seen += bool(line)
            if line and len(line.split()) <= 4 and not line.endswith((".", ",")):
                bodies = [
                    b
                    for b in self.reader.bodies(tokens(text, start, pos))
                    if not b.plural and b.case in ("", "nom")
                ]
                if len(bodies) == 1:
                    b = bodies[0]
                    name = b.name[:1].upper() + b.name[1:]
                    return Mention(b.start, b.end, b.written, name, "body", 0.55)
            pos = start
        return None

    def _one_body_before(self, text: str, end: int) -> Mention | None:
        """The one body the text names before ``end`` (a bare word standing for the named
        body of its kind), as a body's name; None when it names none or several."""
        bodies = [b for b in self.reader.bodies(tokens(text, 0, end)) if not b.plural]
        names = {b.name.casefold() for b in bodies}
        names = {n for n in names if not any(o != n and o.endswith(n) for o in names)}
        if len(names) != 1:
            return None
        b = next(b for b in bodies if b.name.casefold() in names)
        return Mention(b.start, b.end, b.written, b.name[:1].upper() + b.name[1:], "body", 0.55)

    def _place_cell_rows(self, text: str, pos: int) -> list[list[tuple[int, int]]]:
        """The rows of the table lines after ``pos``: one or two cells (set apart by three
        spaces or more), each a name and, after a comma, places; the spans of the names."""
        rows: list[list[tuple[int, int]]] = []
        for mt in re.finditer(r"[^\n]*", text[pos:]):
            line = mt.group()
            if not line.strip():
                continue
            start = pos + mt.start()
            row = []
            for c in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", line):
                name = c.group().split(",")[0].rstrip()
                if not _CELL_NAME.fullmatch(name) or self.lex.role_of(name):
                    return rows
                row.append((start + c.start(), start + c.start() + len(name)))
            if len(row) > 2 or (len(row) == 1 and len(line) - len(line.lstrip()) > 2):
                return rows
            rows.append(row)
        return rows

    def _name_cells(self, text: str, pos: int) -> list[tuple[int, int]]:
        """The names of the table lines after ``pos``: each line's cells (set apart by three
        spaces or more) all names, blank lines between allowed."""
        cells: list[tuple[int, int]] = []
        for mt in re.finditer(r"[^\n]*", text[pos:]):
            line = mt.group()
            if not line.strip():
                continue
            start = pos + mt.start()
            row = []
            for c in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", line):
                if not _CELL_NAME.fullmatch(c.group()) or self.lex.role_of(c.group()):
                    return cells
                row.append((start + c.start(), start + c.end()))
            if len(row) > 2:
                return cells
            cells += row
        return cells

    def _names_then_placed_posts(self, text: str, out: Walk) -> None:
        """Minutes' attendance whose columns were flattened one after the other, each post
        with the place or group the seat is for: "Aho Aino Ek Bo Lind Eva puheenjohtaja,
        Espoo jäsen, Vantaa varajäsen, Kerava". The k-th post is the k-th name's (an expert
        member is a member; an official's post no seat). Read where a run of three posts or
        more follows at least as many names, the names begin after a word that is no name
        (a heading), most posts are seats and the body whose minutes these are is named in
        the page's head; the sentences' reading of the names is replaced."""
        runs: list[list[re.Match[str]]] = []
        for mt in _PLACED_POST.finditer(text):
            if runs and not text[runs[-1][-1].end() : mt.start()].strip():
                runs[-1].append(mt)
            else:
                runs.append([mt])
        runs = [r for r in runs if len(r) >= 3]
        if not runs:
            return
        body = self._minutes_head_body(text)
        if body is None:
            return
        found: list[Finding] = []
        drop: list[tuple[int, int]] = []
        for run in runs:
            seats = [self._placed_seat(mt.group(1)) for mt in run]
            if 3 * sum(1 for r in seats if r) < 2 * len(run):
                continue
            names = self._names_before(text, run[0].start(1))
            if names is None or len(names) < len(run):
                continue
            after = text[run[-1].end() :].lstrip()
            if len(names) > len(run) and not after[:1].islower():
                continue  # more names than posts, and the posts do not go on: unsure
            people = [self._listed_name(text, a, b) for a, b in names]
            if 2 * sum(1 for p in people if p.name != " ".join(p.written.split())) > len(people):
                # a column prints every name the same way: surname first, as most of them show
                people = [
                    replace(p, name=" ".join([*p.written.split()[1:], p.written.split()[0]]))
                    for p in people
                ]
            for person, role in zip(people, seats, strict=False):
                if not role:
                    continue
                found.append(
                    Finding("membership", person, role, body, (names[0][0], run[-1].end()),
                            0.6, "minutes-placed-posts")
                )  # fmt: skip
            drop.append((names[0][0], run[-1].end()))
        if not drop:
            return
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in drop)
        ] + found

    def _placed_seat(self, phrase: str) -> str:
        """The seat a post of a minutes' column says (an expert member: a member), or ""."""
        said = re.sub(r"^[IV]{1,3}\.?\s+", "", phrase).strip()
        role = self.lex.role_of(said)
        if role == "expert_member":
            return "member"
        return role if role in ("chair", "vice_chair", "member", "deputy_member") else ""

    def _names_before(self, text: str, end: int) -> list[tuple[int, int]] | None:
        """The names of two words each (a first name's initial joined to it: "Pekka M.")
        that run up to ``end`` from the last word before it that is no name; None when they
        do not pair up."""
        words: list[tuple[int, int]] = []
        pos = end
        while True:
            mt = re.search(r"(\S+)\s*$", text[max(0, pos - 80) : pos])
            if mt is None:
                break
            a = max(0, pos - 80) + mt.start(1)
            word = mt.group(1)
            if _INITIAL.fullmatch(word) or _COLUMN_NAME_WORD.fullmatch(word):
                words.append((a, a + len(word)))
            else:
                break
            pos = a
        words.reverse()
        units: list[tuple[int, int]] = []
        for a, b in words:
            if _INITIAL.fullmatch(text[a:b]) and units:
                units[-1] = (units[-1][0], b)
            else:
                units.append((a, b))
        if not units or len(units) % 2 or _INITIAL.fullmatch(text[words[0][0] : words[0][1]]):
            return None
        return [(units[k][0], units[k + 1][1]) for k in range(0, len(units), 2)]

    def _dashed_office_runs(self, text: str, out: Walk) -> None:
        """One line of offices, each a label with a colon and its names, set apart by dashes
        ("Ordförande: A - Kassör: B - Ordinarie ledamöter: C, D, E - Ersättare: F, G"): each
        name takes its label's seat (a treasurer's is a member's), in the one body the rules
        read the line's names in. Read so only when every part of the run from its first
        label on is such a label and names, at least three parts, one of them members or
        deputies; what other rules made of the names gives way."""
        for line in re.finditer(r"[^\n]+", text):
            if line.group().count(":") < 3:
                continue
            parts = list(_DASHED_PART.finditer(text, line.start(), line.end()))
            if len(parts) < 3 or parts[-1].end() != line.end():
                continue
            if any(a.end() != b.start() for a, b in itertools.pairwise(parts)):
                continue  # something between two parts: not one run of offices
            seats: list[tuple[Mention, str, tuple[int, int]]] = []
            for part in parts:
                label = part.group("label")
                role = self.lex.role_of(label) or (
                    "member" if _TREASURER_LINE.fullmatch(label) else None
                )
                if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                    seats = []
                    break
                people = self._name_run(text, part.start("names"), part.end("names"))
                if not people:
                    seats = []
                    break
                seats += [(p, role, (part.start(), part.end())) for p in people]
            if not seats or not {r for _p, r, _q in seats} & {"member", "deputy_member"}:
                continue
            start, end = parts[0].start(), parts[-1].end()
            bodies = {
                f.target.name: f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and f.actor.kind == "person"
                and start <= f.actor.start < end
            }  # fmt: skip
            if len(bodies) != 1:
                continue  # no body, or several: which one the run is of is not guessed
            body = next(iter(bodies.values()))
            found = [
                Finding("membership", p, role, body, quote, 0.7, "list-dashed-offices")
                for p, role, quote in seats
            ]
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found

    def _comma_role_run(self, text: str, out: Walk) -> None:
        """Minutes' attendance flattened to one line of "Name, role" items ("x Erkki Ek, pj.
        Ossi Aho, vj. x Risto Holm, II vpj. x Aino Mäki Eeva Ek, vj."; "Juha Alkio,
        valtuuston puheenjohtaja (poistui klo 19.25) Mikko Ek, valtuuston I varapj."): the
        role after a name's comma is that name's, never the next one's; a name marked present
        with no role is a member; a post that is no seat (an official) none. Seats go to the
        body whose minutes these are (or the one a role names in the genitive); read only on
        a line of three items or more, two of them with a seat; an item whose seat's body is
        unsure keeps the sentences' reading."""
        head_body = self._minutes_head_body(text) or self._genitive_minutes_title(text)
        found: list[Finding] = []
        drop: list[tuple[int, int]] = []
        staff: list[tuple[str, int]] = []  # a name listed with an official's post, run's end
        pos = 0
        while (first := _COMMA_ITEM.search(text, pos)) is not None:
            run = [first]
            while True:
                gap = _ITEM_GAP.match(text, run[-1].end())
                nxt = _COMMA_ITEM.match(text, gap.end()) if gap is not None else None
                if nxt is None:
                    break
                run.append(nxt)
            if len(run) < 3 or sum(1 for mt in run if mt.group("role")) < 2:
                pos = first.start("name") + 1  # "Läsnä Teemu" / "Teemu Ek, …": try the next word
                continue
            pos = run[-1].end()
            seats: list[tuple[re.Match[str], str, str]] = []
            for mt in run:
                if mt.group("role"):
                    role, elsewhere = self._column_seat(mt.group("role"))
                else:
                    role, elsewhere = ("member" if mt.group("x") else ""), ""
                seats.append((mt, role, elsewhere))
            if sum(1 for _, r, e in seats if r and (e or head_body is not None)) < 2:
                continue
            staff += [
                (" ".join(sorted(mt.group("name").split())), run[-1].end())
                for mt, role, _e in seats
                if mt.group("role") and not role
            ]
            for mt, role, elsewhere in seats:
                target = head_body
                if elsewhere:
                    s0 = mt.start("role")
                    e0 = mt.end("role")
                    target = Mention(s0, e0, text[s0:e0], elsewhere, "body", 0.6)
                if role and target is None:
                    continue  # the seat's body unsure: the sentences' reading stays
                if role or mt.group("role"):
                    drop.append((mt.start(), mt.end()))  # a seat, or an official's post
                if not role:
                    continue
                person = self._listed_name(text, mt.start("name"), mt.end("name"))
                found.append(
                    Finding("membership", person, role, target, (mt.start(), mt.end()), 0.6,
                            "minutes-items")
                )  # fmt: skip
            absent = _ABSENT_ITEMS.match(text, run[-1].end())
            if (
                absent is not None
                and head_body is not None
                and any(r in ("member", "deputy_member") and not e for _, r, e in seats)
            ):
                # "… Ville Ek, jäsen Poissa: Aino Ek, Bo Lind": the members absent from the
                # meeting hold their seats in the body all the same
                at = absent.start("names")
                for item in absent.group("names").split(","):
                    s0 = text.index(item.strip(), at)
                    e0 = s0 + len(item.strip())
                    at = e0
                    drop.append((s0, e0))
                    person = self._listed_name(text, s0, e0)
                    found.append(
                        Finding("membership", person, "member", head_body, (s0, e0), 0.6,
                                "minutes-items")
                    )  # fmt: skip
        if not drop:
            return

        def staff_secretary(f: Finding) -> bool:
            # "Aino Ek, talouspäällikkö … sihteeri Aino Ek": the official listed with a post
            # keeps the minutes as the meeting's secretary, no seat in the body
            if f.role != "secretary":
                return False
            # (or the words after its word: "Aino Ek, sihteeri Asiat", the word the official's)
            said = re.search(
                r"([A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ][\w'-]+),[ \t]*[a-zåäö]+[ \t]+$",
                text[max(0, f.actor.start - 80) : f.actor.start],
            )
            names = {" ".join(sorted(f.actor.name.split()))}
            if said is not None:
                names.add(" ".join(sorted(said.group(1).split())))
            return any(key in names and end <= f.actor.start < end + 200 for key, end in staff)

        out.no_seat += [
            (f.actor.start, f.actor.end)
            for f in out.findings
            if f.kind == "membership" and staff_secretary(f)
        ]
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership"
            or not (any(a <= f.actor.start < b for a, b in drop) or staff_secretary(f))
        ] + found

    def _marked_names(self, text: str, out: Walk) -> None:
        """A minutes' form flattened: a run of names followed by as many presence marks ("Aino
        Ek Bo Lind Eva Salo (x) (x) ()"), under the section's heading ("Jäsenet",
        "Henkilökohtaiset varajäsenet", "Muut saapuvilla olleet") and the officers' column
        headings just before the names ("pj vpj"): the first names hold the officers' seats
        in order, the others the section's seat (none for others present). Officers under a
        body named in the genitive ("Kunnanvaltuuston puheenjohtajisto") sit in that body;
        the rest in the body the minutes are of (named in the head, else the one body the
        page's other sentences give members)."""
        seats: list[tuple[int, int, str, Mention | None]] = []  # name, role, body elsewhere
        spans: list[tuple[int, int]] = []
        prev = 0
        for marks in _PRESENCE_MARKS.finditer(text):
            k = marks.group().count("(")
            names = self._column_names(text, marks.start(), k) if k >= 3 else None
            if names is None:
                prev = marks.end()
                continue
            lead_at = max(prev, names[0][0] - 250)
            lead = text[lead_at : names[0][0]]
            prev = marks.end()
            heads = _OFFICER_HEADS.search(lead)
            officers: list[str] = []
            if heads is not None:
                for ab in re.findall(r"(?:[IV]{1,3}\s+)?(\w+)\.?", heads.group()):
                    role = self.lex.role_of(ab)
                    if role in ("chair", "vice_chair"):
                        officers.append(role)
                lead = lead[: heads.start()]
            section = list(re.finditer(r"(?i)(?<![\w-])(varajäsen\w*|jäsen\w*|muut)\b", lead))
            base = ""
            if section:
                word = section[-1].group(1).casefold()
                base = "" if word == "muut" else self.lex.role_of(word) or ""
            elsewhere: Mention | None = None
            for w in re.finditer(r"[\w-]+", lead):
                word = w.group()
                if word[:1].isupper() and word.endswith("n") and (b := self._genitive_body(word)):
                    a0 = lead_at + w.start()
                    elsewhere = Mention(a0, a0 + len(word), word, b, "body", 0.6)
            for n, (s0, e0) in enumerate(names):
                role = officers[n] if n < len(officers) else base
                seats.append((s0, e0, role, elsewhere if n < len(officers) else None))
            spans.append((names[0][0], marks.end()))
        if not spans:
            return
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in spans)
        ]
        people = [self._listed_name(text, s0, e0) for s0, e0, _, _ in seats]
        self._names_run_together(out, [p.name for p in people])
        main = self._minutes_head_body(text)
        if main is None:
            bodies = {
                f.target.name.casefold(): f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None
            }
            if len(bodies) == 1:
                only = next(iter(bodies.values()))
                main = replace(only, name=only.name[:1].upper() + only.name[1:])
        for person, (s0, e0, role, elsewhere) in zip(people, seats, strict=True):
            target = elsewhere or main
            if role not in ("chair", "vice_chair", "member", "deputy_member") or not target:
                continue
            out.findings.append(
                Finding("membership", person, role, target, (s0, e0), 0.6, "minutes-marks")
            )

    @staticmethod
    def _names_run_together(out: Walk, names: list[str]) -> None:
        """Once minutes' attendance gave ``names``, a "person" whose name is one of them with
        more words beside it ("Mikko Ihanti Milla Kinnunen", "Tarkastusaika Raimo Pekkarinen
        Juha") is names run together in the signatures or the notes: no person."""
        known = {
            tuple(w.casefold() for w in sorted(n.split())) for n in names if len(n.split()) == 2
        }
        if not known:
            return

        def glued(name: str) -> bool:
            words = [w.casefold() for w in name.split()]
            if len(words) < 3:
                return False
            return any(tuple(sorted(words[i : i + 2])) in known for i in range(len(words) - 1))

        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or f.actor.kind != "person" or not glued(f.actor.name)
        ]

    def _members_section(self, text: str, out: Walk) -> None:
        """A minutes' members section flattened to one run ("jäsenet: Aino Ek pj Bo Lind 38
        esteellinen Eva Salo Olli Mäki", up to the next "Label:"): names of two words, each
        perhaps followed by a short note in lower case or digits; a note that is an officer's
        role ("pj", "vpj") is the role of the name before it, the others are members (or
        deputies, under "varajäsenet"). Read only when every capitalised word pairs into a
        name and the body the minutes are of is named in the page's head."""
        body = self._minutes_head_body(text)
        if body is None:
            return
        found: list[Finding] = []
        drop: list[tuple[int, int]] = []
        for mt in _MEMBERS_SECTION.finditer(text):
            base = self.lex.role_of(mt.group("label")) or ""
            if base not in ("member", "deputy_member"):
                continue
            a = mt.start("run")
            words = list(re.finditer(r"\S+", mt.group("run")))
            names: list[tuple[int, int, str]] = []
            caps: list[re.Match[str]] = []
            ok = True
            for w in [*words, None]:
                if w is not None and _COLUMN_NAME_WORD.fullmatch(w.group()):
                    caps.append(w)
                    continue
                if len(caps) % 2:
                    ok = False
                    break
                for k in range(0, len(caps), 2):
                    names.append((a + caps[k].start(), a + caps[k + 1].end(), base))
                caps = []
                if w is None:
                    break
                note = w.group().strip(".,")
                if not re.fullmatch(r"[a-zåäö]{1,20}|\d{1,4}", note):
                    ok = False
                    break
                role = self.lex.role_of(note)
                if role in ("chair", "vice_chair") and names and names[-1][1] == a + w.start() - 1:
                    names[-1] = (names[-1][0], names[-1][1], role)
            if not ok or len(names) < 3:
                continue
            for s0, e0, role in names:
                person = self._listed_name(text, s0, e0)
                found.append(
                    Finding("membership", person, role, body, (mt.start(), mt.end()), 0.6,
                            "minutes-section")
                )  # fmt: skip
            drop.append((a, mt.end()))
        if not drop:
            return
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in drop)
        ] + found

    def _sent_by_label(self, text: str, out: Walk) -> None:
        """ "Kunnanhallituksen edustajat: Aino Ek (varaedustaja Bo Lind), sihteeri Eva Salo":
        the people a body sends to another one; a seat read in the sending body itself is
        dropped (the body they sit in is not sure)."""
        label = re.compile(r"([\w-]+)\s+(?:edustajat|representanter)\s*:", re.I)
        keep: list[Finding] = []
        for f in out.findings:
            mt = label.match(text, f.quote[0]) if f.kind == "membership" else None
            if (
                mt is not None
                and f.target is not None
                and f.target.start <= mt.end()
                and self._genitive_body(mt.group(1)).casefold() == f.target.name.casefold()
            ):
                continue
            keep.append(f)
        out.findings = keep

    @staticmethod
    def _accepted_proposals(text: str, out: Walk) -> None:
        """ "Puheenjohtaja esitti kunnanhallituksen jäseniksi … Ehdotus hyväksyttiin
        yksimielisesti.": a proposal the same paragraph then says was accepted names the
        seats as held, not as proposed."""
        for f in out.findings:
            if f.kind != "candidacy" or f.status != "proposed":
                continue
            end = text.find("\n\n", f.quote[1])
            after = text[f.quote[1] : end if end >= 0 else len(text)]
            if _ACCEPTED.match(after.lstrip(" .")) is None:
                continue
            f.kind, f.status = "membership", ""
            f.note = (f.note + " " if f.note else "") + "The proposal was accepted."

    def _deputies_in_parentheses(self, text: str, out: Walk) -> None:
        """Where the text says the deputies are in parentheses ("… seuraavia henkilöitä,
        (varajäsenet suluissa): Puheenjohtaja Aino Ek (kesk), (Bo Lind), …"), a parenthesis
        holding only a name, up to the paragraph's end, is the deputy of the seat before it,
        in that seat's body."""
        for said in _DEPUTIES_IN_PARENTHESES.finditer(text):
            end = text.find("\n\n", said.end())
            end = len(text) if end < 0 else end
            seats = sorted(
                (
                    f
                    for f in out.findings
                    if f.kind == "membership"
                    and f.target is not None
                    and said.end() <= f.actor.start < end
                ),
                key=lambda f: f.actor.start,
            )
            for mt in _NAME_IN_PARENTHESES.finditer(text, said.end(), end):
                s0, e0 = mt.span("name")
                if mt["title"] and self.lex.find_role(mt["title"]):
                    continue  # "(ordförande Bo Lind)": a post said, not a deputy
                mine = [f for f in seats if f.actor.start == s0]
                if mine:
                    held = [
                        f for f in seats if f.actor.end <= mt.start() and f.role != "deputy_member"
                    ]
                    for f in mine:
                        f.role = "deputy_member"
                        if f.deputy_for is None and held and held[-1].target == f.target:
                            f.deputy_for = held[-1].actor  # the seat the parenthesis follows
                    continue
                before = [f for f in seats if f.actor.end <= mt.start()]
                if not before:
                    continue
                seat = before[-1]
                person = self._listed_name(text, s0, e0)
                out.findings.append(
                    replace(
                        seat, actor=person, role="deputy_member", quote=(mt.start(), mt.end()),
                        rule="paren-deputy", deputy_for=seat.actor,
                    )
                )  # fmt: skip

    def _said_deputies_in_parentheses(self, text: str, out: Walk) -> None:
        """A parenthesis right after a seat's holder that names the deputy ("… edustavat Aino
        Ek (varajäsenenään eläkeläinen Bo Lind) ja …"): the name in it is that seat's deputy,
        in its body, whatever else read it as."""
        for mt in _SAID_DEPUTY_IN_PARENTHESES.finditer(text):
            seats = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and f.role in ("member", "chair", "vice_chair")
                and f.actor.end <= mt.start()
                and not text[f.actor.end : mt.start()].strip()
            ]
            if not seats:
                continue
            seat = seats[0]
            s0, e0 = mt.span("name")
            mine = [f for f in out.findings if f.kind == "membership" and s0 <= f.actor.start < e0]
            for f in mine:
                f.role, f.deputy_for, f.target = "deputy_member", seat.actor, seat.target
            if not mine:
                person = self._listed_name(text, s0, e0)
                out.findings.append(
                    replace(
                        seat, actor=person, role="deputy_member", quote=(mt.start(), mt.end()),
                        rule="paren-deputy-said", deputy_for=seat.actor, on_behalf_of=None,
                    )
                )  # fmt: skip

    def _representatives_with_deputies(self, text: str, out: Walk) -> None:
        """ "Palvelujen käyttäjiä edustavat eläkeläinen Aino Ek (varajäsenenään Bo Lind) ja
        johtaja Eva Salo (ylilääkäri Olli Mäki, Testilän kaupunki)": a sentence of a body's
        members by the group each represents; each name after its job outside parentheses
        holds a member's seat, a name in the parenthesis after it that member's deputy. Read
        only in a text whose sentences before gave seats in one body (that body), and when
        at least one such sentence says its parentheses hold deputies."""
        if self.lex.lang != "fi":
            return
        verbs = list(_REPRESENT_VERB.finditer(text))
        if not verbs or not any(
            _SAID_DEPUTY_IN_PARENTHESES.search(text, v.end(), self._sentence_end(text, v.end()))
            for v in verbs
        ):
            return
        for verb in verbs:
            end = self._sentence_end(text, verb.end())
            earlier = [
                f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and f.quote[0] < verb.start()
            ]
            names = {b.name.casefold() for b in earlier}
            # "Neuvosto" and "Testilän kulttuurineuvosto": the bare head names the same body
            names = {n for n in names if not any(o != n and o.endswith(n) for o in names)}
            if len(names) != 1:
                continue
            body = next(b for b in reversed(earlier) if b.name.casefold() in names)
            toks = tokens(text, verb.end(), end)
            found: list[Finding] = []
            member: Mention | None = None
            depth = 0
            i = 0
            while i < len(toks):
                t = toks[i]
                depth += (t.text == "(") - (t.text == ")")
                if (
                    t.is_cap
                    and i > 0
                    and re.fullmatch(r"[a-zåäö][a-zåäö-]{3,}", toks[i - 1].text)
                    and toks[i - 1].text not in ("ja", "sekä")
                    and not self.lex.role_of(toks[i - 1].text)
                    and (person := self.reader.person_at(toks, i, in_list=True)) is not None
                ):
                    if len(person.name.split()) > 3:
                        # "Aino Ek Testilän Lääkärikeskus": her employer after the name
                        e0 = toks[i + 1].end
                        person = self._listed_name(text, person.start, e0)
                    if depth == 0:
                        member = person
                        found.append(
                            Finding("membership", person, "member", body,
                                    (person.start, person.end), 0.6, "text-representatives")
                        )  # fmt: skip
                    elif depth == 1 and member is not None:
                        found.append(
                            Finding("membership", person, "deputy_member", body,
                                    (person.start, person.end), 0.55, "text-representatives",
                                    deputy_for=member)
                        )  # fmt: skip
                        member = None
                    i = next((x for x in range(i, len(toks)) if toks[x].start >= person.end), i + 1)
                    continue
                i += 1
            if len([f for f in found if f.role == "member"]) < 2:
                continue
            a, b = verb.end(), end
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
            ] + found

    @staticmethod
    def _sentence_end(text: str, start: int) -> int:
        """Where the sentence from ``start`` ends: a full stop before a capital, or the line's
        end."""
        mt = re.compile(r"\.\s+(?=[A-ZÅÄÖ])|\n").search(text, start)
        return mt.start() if mt is not None else len(text)

    def _signatures(self, text: str, out: Walk) -> None:
        """Minutes' signatures flattened ("ALLEKIRJOITUKSET Esa Ek Puheenjohtaja Eva Salo
        Pöytäkirjanpitäjä"): each role is the name's before it, never the next one's. The
        chair who signs holds the chair of the one body the attendance gave that person a
        seat in; the sentences' reading of the signatures is dropped."""
        for mt in _SIGNATURES.finditer(text):
            pos = mt.end()
            chairs: list[tuple[str, tuple[int, int]]] = []
            while (signed := _SIGNED.match(text, pos)) is not None:
                role = self.lex.role_of(signed.group("role"))
                if role is None:
                    break
                if role == "chair":
                    who = " ".join(sorted(signed.group("name").casefold().split()))
                    chairs.append((who, (signed.start(), signed.end("role"))))
                pos = signed.end()
            if pos == mt.end():
                continue
            until = pos + 40
            kept = [
                f
                for f in out.findings
                if f.kind != "membership"
                or f.rule.startswith("minutes-")
                or not mt.end() <= f.actor.start < until
            ]
            for name, quote in chairs:
                seats = [
                    f
                    for f in kept
                    if f.kind == "membership"
                    and f.rule.startswith("minutes-")
                    and f.target is not None
                    and " ".join(sorted(f.actor.name.casefold().split())) == name
                ]
                if len({f.target.name.casefold() for f in seats if f.target is not None}) == 1:
                    kept.append(
                        replace(seats[0], role="chair", quote=quote, rule="minutes-signature")
                    )
            out.findings = kept

    def _role_phrases(self, words: list[str]) -> list[str] | None:
        """Role words cut into one role each: a body in the genitive, an ordinal ("I"), an
        acting post's mark ("vt.") and a comma join the word after ("kunnanvaltuuston II
        varapj", "arkistonhoitaja, ptk-pitäjä"). None when a phrase is too long to be a
        role."""
        phrases: list[str] = []
        current: list[str] = []
        for k, w in enumerate(words):
            current.append(w)
            last = k == len(words) - 1
            joins = (
                w.endswith(",")
                or re.fullmatch(r"[IV]{1,3}\.?", w) is not None
                # "vt. kunnanjohtaja", "vs. sihteeri": acting, a mark before the post
                or w.casefold() in ("vt.", "vs.", "v.t.", "v.s.", "ma.", "mt.")
                or (w.endswith("n") and self.lex.role_of(w) is None and self._genitive_body(w))
            )
            if joins and not last:
                continue
            if len(current) > 4:
                return None
            phrases.append(" ".join(current))
            current = []
        return phrases

    def _genitive_body(self, word: str) -> str:
        """The body a word in the genitive names ("kunnanvaltuuston" → "Kunnanvaltuusto"),
        or ""."""
        for a in self.reader.morph.analyse(word.casefold()):
            if self.lex.body_kind(a.base) is not None:
                return a.base[:1].upper() + a.base[1:]
        return ""

    def _column_seat(self, phrase: str) -> tuple[str, str]:
        """The seat a role column's entry says and the body it names in the genitive
        ("kunnanvaltuuston I varapj" → vice chair of the council), or ("", "")."""
        words = phrase.split()
        elsewhere = ""
        if len(words) > 1 and (body := self._genitive_body(words[0])):
            elsewhere, words = body, words[1:]
        said = re.sub(r"^[IV]{1,3}\.?\s+", "", " ".join(words)).strip(" ,.")
        if (short := re.fullmatch(r"(?i)(vara)?puh\.?\s*joht", said)) is not None:
            said = f"{short.group(1) or ''}puheenjohtaja"  # "varapuh.joht.": abbreviated
        role = self.lex.role_of(said) if said and "," not in said else None
        if role not in ("chair", "vice_chair", "member", "deputy_member"):
            return "", ""
        return role, elsewhere

    def _column_names(self, text: str, end: int, count: int) -> list[tuple[int, int]] | None:
        """The ``count`` names of two words each just before ``end`` (notes in parentheses
        between them skipped), or None when there are not that many."""
        found: list[tuple[int, int]] = []
        pos = end
        while len(found) < 2 * count:
            before = text[:pos].rstrip()
            if before.endswith(")"):
                opening = before.rfind("(")
                if opening < 0 or pos - opening > 120:
                    return None
                pos = opening
                continue
            mt = re.search(r"[\w'-]+$", before)
            if mt is None or not _COLUMN_NAME_WORD.fullmatch(mt.group()):
                return None
            found.append((mt.start(), mt.end()))
            pos = mt.start()
        found.reverse()
        pairs = [(found[k][0], found[k + 1][1]) for k in range(0, len(found), 2)]
        for s0, e0 in pairs:
            if not re.fullmatch(r"\S+\s+\S+", text[s0:e0]):
                return None  # a note or a line between a name's two words
        return pairs

    def _present_members_column(self, text: str, out: Walk) -> None:
        """Finnish minutes' template flattened column by column: "SAAPUVILLA OLLEET JÄSENET
        (ja merkintä siitä, kuka toimi puheenjohtajana)", the members' "Surname Firstname"
        column (", poissa" after an absent one), then, after the minutes' number, the short
        post column: "puheenjohtaja" for the first row, "varajäsen Name-genitive tilalla" for
        each deputy at the column's end. The members of the body whose minutes these are,
        the first the chair when the posts begin so, the last as many as the deputies' posts
        deputies; nothing when the names do not pair up or no body is named in the head."""
        head = _PRESENT_MEMBERS.search(text)
        if head is None:
            return
        body = self._minutes_head_body(text)
        if body is None:
            return
        chunks: list[list[tuple[int, int]]] = [[]]
        pos = head.end()
        for mt in re.finditer(r"\S+", text[pos : pos + 1500]):
            word, a, b = mt.group(), pos + mt.start(), pos + mt.end()
            if word in (",", "poissa"):
                continue
            if _COLUMN_NAME_WORD.fullmatch(word.rstrip(",")):
                chunks[-1].append((a, b - word.endswith(",")))
                if word.endswith(","):
                    chunks.append([])
                continue
            break
        else:
            return
        end = b
        if chunks and len(chunks[0]) % 2:
            chunks[0] = chunks[0][1:]  # the meeting's place before the first name
        if not chunks[-1]:
            chunks.pop()
        if any(len(c) % 2 for c in chunks):
            return
        names = [(c[i][0], c[i + 1][1]) for c in chunks for i in range(0, len(c), 2)]
        if len(names) < 3:
            return
        stop = _MINUTES_STOP.search(text, end)
        posts = text[end : stop.start() if stop else min(len(text), end + 400)]
        deputies = len(re.findall(r"(?<![\w-])varajäsen\s+[^,]{3,60}?\s+tilalla", posts))
        said = re.search(r"(?<![\w-])(puheenjohtaja|varajäsen)(?![\w-])", posts)
        if said is None or deputies >= len(names):
            return
        chair = said.group(1) == "puheenjohtaja"
        found: list[Finding] = []
        for k, (a, b) in enumerate(names):
            role = "member"
            if k == 0 and chair:
                role = "chair"
            elif k >= len(names) - deputies:
                role = "deputy_member"
            person = self._listed_name(text, a, b)
            found.append(Finding("membership", person, role, body, (a, b), 0.6, "minutes-present"))
        span = (names[0][0], names[-1][1])
        out.findings = [
            f
            for f in out.findings
            if not (f.kind == "membership" and span[0] <= f.actor.start < span[1])
        ] + found

    def _members_and_bracketed_deputies(self, text: str, out: Walk) -> None:
        """Minutes' attendance run together under two labels: "Varsinaiset jäsenet Aino Ek,
        kirkkoherra Bo Lind Eva Salo … Varajäsenet Olli Mäki (Bo Lind) Liisa Aho (Eva Salo)
        …". The names after the first label (first name first, a title after a comma
        skipped) are members, each name after the second one with a member's name in
        parentheses that member's deputy, all in the body whose minutes the page is. Read only
        when every bracketed name is one of the members listed (a party or a note in
        parentheses is no member)."""
        label = _REGULAR_MEMBERS.search(text)
        if label is None:
            return
        deputies = _DEPUTIES_LABEL.search(text, label.end(), label.end() + 800)
        if deputies is None:
            return
        body = self._minutes_head_body(text) or self._genitive_minutes_title(text)
        if body is None:
            return
        members: list[Mention] = []
        pos = label.end()
        for mt in [*_TITLE_AFTER_COMMA.finditer(text, label.end(), deputies.start()), None]:
            end = mt.start() if mt is not None else deputies.start()
            toks = [t for t in tokens(text, pos, end) if t.text.strip()]
            if toks:
                if len(toks) % 2 or not all(t.is_cap and t.is_word for t in toks):
                    return  # words that are no names run together: another layout
                # two words a name: the bracketed names below must fall on these pairs (the
                # first names need not be known to the reader)
                members += [
                    self._listed_name(text, toks[k].start, toks[k + 1].end)
                    for k in range(0, len(toks), 2)
                ]
            pos = mt.end() if mt is not None else end
        if len(members) < 3:
            return
        keys = {" ".join(sorted(p.name.split())) for p in members}
        items: list[re.Match[str]] = []
        pos = deputies.end()
        while (mt := _BRACKETED_ITEM.match(text, pos)) is not None:
            if " ".join(sorted(mt.group("of").split())) not in keys:
                break
            items.append(mt)
            pos = mt.end()
        if len(items) < 2 or 2 * len(items) < len(members):
            return
        span = (label.start(), items[-1].end("of"))
        found: list[Finding] = []
        for p in members:
            found.append(Finding("membership", p, "member", body, (p.start, p.end), 0.6,
                                 "minutes-labels"))  # fmt: skip
        by_key = {" ".join(sorted(p.name.split())): p for p in members}
        for mt in items:
            deputy = self._listed_name(text, mt.start("name"), mt.end("name"))
            f = Finding("membership", deputy, "deputy_member", body, (mt.start(), mt.end()),
                        0.6, "minutes-labels")  # fmt: skip
            f.deputy_for = by_key[" ".join(sorted(mt.group("of").split()))]
            found.append(f)
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
        ]
        officers = {
            (f.actor.name, f.target.name.casefold())
            for f in out.findings
            if f.kind == "membership" and f.role in ("chair", "vice_chair") and f.target is not None
        }
        out.findings += [
            f
            for f in found
            if f.role != "member" or (f.actor.name, body.name.casefold()) not in officers
        ]

    def _present_and_absent_member_labels(self, text: str, out: Walk) -> None:
        """Minutes' attendance run together under labels with no colon: "Läsnäolevat jäsenet
        Ek Aino, pj Lind Bo Salo Eva varajäsen Mäki Olli Saapui klo 18.30 Poissaolevat jäsenet
        Aho Liisa Muut läsnä olevat …". Every name of two words under the first two labels
        holds a seat in the body whose minutes the page is: the one a seat word after it says
        ("pj", "varajäsen"), else a member's (an absent member's too); a note of when one came
        or left is no name. The others present are left to the other rules. Read only when
        the labels' words are all such items, three names or more."""
        label = _PRESENT_MEMBERS_LABEL.search(text)
        if label is None:
            return
        others = _OTHERS_PRESENT_LABEL.search(text, label.end(), label.end() + 800)
        if others is None:
            return
        body = self._minutes_head_body(text) or self._genitive_minutes_title(text)
        if body is None:
            return
        absent = _ABSENT_MEMBERS_LABEL.search(text, label.end(), others.start())
        sections = (
            [(label.end(), absent.start()), (absent.end(), others.start())]
            if absent is not None
            else [(label.end(), others.start())]
        )
        masked = _COMING_AND_GOING.sub(lambda mt: " " * len(mt.group()), text)
        found: list[Finding] = []
        for s0, e0 in sections:
            pos = s0
            while pos < e0 and masked[pos].isspace():
                pos += 1
            while pos < e0:
                mt = _NAME_SEAT_ITEM.match(masked, pos, e0)
                if mt is None:
                    return  # words that are no such items: another layout
                pos = mt.end()
                while pos < e0 and masked[pos].isspace():
                    pos += 1
                role = "member"
                if mt.group("role"):
                    said = self.lex.role_of(mt.group("role").strip("."))
                    if said == "secretary":
                        continue  # the meeting's secretary: no seat
                    if said in ("chair", "vice_chair", "deputy_member"):
                        role = said
                person = self._listed_name(text, mt.start("name"), mt.end("name"))
                words = mt.group("name").split()
                if person.name == " ".join(words) and re.search(
                    rf"(?<![\w-]){re.escape(words[1])}\s+{re.escape(words[0])}(?![\w-])", text
                ):
                    # the page writes the name first name first elsewhere (its signatures)
                    person = replace(person, name=f"{words[1]} {words[0]}")
                found.append(
                    Finding("membership", person, role, body, (mt.start(), mt.end()), 0.6,
                            "minutes-labels")
                )  # fmt: skip
        if len(found) < 3:
            return
        span = (label.start(), others.start())
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
        ] + found

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

    def _group_role(self, head: str) -> str | None:
        """The seat a group's heading gives ("Varsinaiset jäsenet" → member, "Yleisvarajäsenet"
        → deputy_member: a deputy's word at the end of a compound), or None."""
        said = self.lex.role_of(head)
        if said is None and re.search(r"varajäsen(?:et)?$", head.casefold()):
            said = "deputy_member"
        return said if said in ("member", "deputy_member") else None

    def _office_lines_then_groups(self, text: str, out: Walk) -> None:
        """A body's composition under a heading of its own ("Johtokunta 1.1.2024 -
        31.12.2025"): lines "Aino Ek, puheenjohtaja/chairman" (the office perhaps with its
        translation after a slash), then groups under headings "Varsinaiset jäsenet/full
        members:", "Yleisvarajäsenet/general deputy members:" with a bulleted name on each
        line. Each office and group gives its people's seats in the heading's body. Read
        only when the lines run on from the heading with nothing else between them, an
        office line names the chair and three people are read or more."""
        for head in _BODY_TERM_HEADING.finditer(text):
            word = head.group("body")
            if self.lex.body_kind(word.casefold()) is None:
                continue
            body = Mention(head.start("body"), head.end("body"), word, word, "body", 0.6)
            pos = head.end()
            group: str | None = None
            people: list[tuple[Mention, str]] = []
            prose = 0
            while True:
                while pos < len(text) and text[pos] in " \t\n\xa0":
                    pos += 1
                if pos >= len(text):
                    break
                if (
                    not people
                    and group is None
                    and prose < 4
                    and (mt := _PROSE_PARAGRAPH.match(text, pos)) is not None
                    and not any(
                        f.actor is not None and mt.start() <= f.actor.start < mt.end()
                        for f in out.findings
                    )
                    and not _OFFICE_LINE.match(text, pos)
                ):
                    # "Hallitus valitaan vuosikokouksessa. …": the body's rules in prose
                    # before the lines of its people, naming no one
                    prose += 1
                elif (mt := _OFFICE_LINE.match(text, pos)) is not None and (
                    (role := self._office_line_role(mt.group("role").strip(), word)) is not None
                    and role in ("chair", "vice_chair", "secretary", "member", "deputy_member")
                    and group is None
                ):
                    people.append((self._listed_name(text, mt.start("name"), mt.end("name")), role))
                elif (mt := _GROUP_LINE.match(text, pos)) is not None and (
                    self._group_role(mt.group("head")) is not None
                ):
                    group = self._group_role(mt.group("head"))
                elif (mt := _BULLET_NAME_LINE.match(text, pos)) is not None and group:
                    people.append(
                        (self._listed_name(text, mt.start("name"), mt.end("name")), group)
                    )
                else:
                    break
                pos = mt.end()
            if len(people) < 3 or all(r != "chair" for _p, r in people):
                continue
            span = (head.start(), pos)
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + [
                Finding("membership", p, r, body, (p.start, p.end), 0.6, "office-lines")
                for p, r in people
            ]

    def _office_line_role(self, said: str, body: str) -> str | None:
        """The seat of an office line's words under a body's heading: the lexicon's role, a
        treasurer's word a member's seat ("taloudenhoitaja"), and the seat in the heading's
        body named in the genitive ("hallituksen jäsen" under "Hallitus")."""
        role = self.lex.role_of(said)
        if role is not None:
            return role
        words = said.split()
        if len(words) == 1 and _TREASURER_WORD.fullmatch(said.casefold()):
            return "member"
        if (
            len(words) == 2
            and self.lex.role_of(words[1]) in ("member", "deputy_member")
            and any(
                a.case == "gen" and a.base == body.casefold()
                for a in self.reader.morph.analyse(words[0].casefold())
            )
        ):
            return self.lex.role_of(words[1])
        return None

    def _flat_attendance_runs(self, text: str, out: Walk) -> None:
        """Minutes' attendance flattened into sentences ("Paikalla: Aino Ek (pj), Bo Lind
        (vpj, paikalla kohdasta 5), Eva Holm ja Ola Berg. Poissa: Pia Aho ja Eero Sjö sekä
        Ilkka Mäki (hallituksen sihteeri)"): the people present and absent hold seats in
        the body whose meeting the text names before the first label ("Hallituksen
        kokouksessaan"); the chair's and vice chair's abbreviations in parentheses give
        their seats, a note of when one came or left none; a name with another post in
        parentheses (a secretary, an official) holds no seat. Read only when the present run
        has four names or more, one of them marked as the chair; names a rule read
        elsewhere in a body keep that reading."""
        runs = list(_FLAT_ATTENDANCE.finditer(text))
        present = [r for r in runs if r.group("label") != "Poissa"]
        if not present:
            return
        first = present[0]
        body = None
        for mt in _GENITIVE_MEETING.finditer(text, max(0, first.start() - 800), first.start()):
            for a in self.reader.morph.analyse(mt.group("body").casefold()):
                if a.case == "gen" and self.lex.body_kind(a.base) is not None:
                    name = a.base[:1].upper() + a.base[1:]
                    body = Mention(mt.start("body"), mt.end("body"), mt.group("body"), name,
                                   "body", 0.6)  # fmt: skip
        if body is None:
            return
        found: list[Finding] = []
        spans: list[tuple[int, int]] = []
        for run in runs:
            if run.start() < first.start():
                continue
            if run.group("label") == "Poissa" and not found:
                continue
            people: list[tuple[Mention, str]] = []
            staff: list[tuple[int, int]] = []
            chair = False
            for item in re.finditer(_RUN_PERSON, text[run.start("items") : run.end("items")]):
                s0 = run.start("items") + item.start()
                name_end = s0 + len(re.match(r"[^(]*", item.group()).group().rstrip())
                role = "member"
                note = re.search(r"\(([^()]*)\)", item.group())
                if note is not None:
                    said = self.lex.role_of(note.group(1).split(",")[0].strip())
                    if said in ("chair", "vice_chair"):
                        role = said
                        chair = chair or said == "chair"
                    elif said is not None or (
                        len(note.group(1).split(",")[0].split()) > 1
                        and (not re.match(r"(?:paikalla|poissa|saapui|poistui)", note.group(1)))
                    ):
                        staff.append((s0, name_end))
                        continue  # another post: no seat
                people.append((self._listed_name(text, s0, name_end), role))
            if run.group("label") != "Poissa" and (len(people) < 4 or not chair):
                continue
            spans.append((run.start(), run.end()))
            out.no_seat += staff
            for person, role in people:
                found.append(
                    Finding("membership", person, role, body, (person.start, person.end), 0.6,
                            "flat-attendance")
                )  # fmt: skip
        if not found:
            return
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in spans)
        ] + found

    def _numbered_attendance_lines(self, text: str, out: Walk) -> None:
        """Minutes' attendance as numbered lines under "Läsnä:" / "Poissa:" ("1.  Ek Aino,
        jäsen", "2.  Lind Bo, jäsen  saapui kohdassa 9", a deputy filling the seat above
        unnumbered: "Holm Eva, varajäsen"): each line's seat word is its name's seat in the
        body whose minutes these are, present or absent; a note after it (an arrival, a
        departure, the meeting's chair in parentheses) changes no seat. Read only under such
        a label, in a block of three numbered lines or more whose every line names a member's
        or deputy's seat (the absentees' block after it however few); a person listed twice
        is seated once; the meeting's secretary on a line after the list none."""
        body = self._minutes_head_body(text) or self._genitive_minutes_title(text)
        if body is None:
            return
        found: list[Finding] = []
        spans: list[tuple[int, int]] = []
        staff: list[tuple[int, int]] = []
        for label in _ATTENDANCE_LABEL_LINE.finditer(text):
            pos = label.end() + 1
            block: list[tuple[re.Match[str], str]] = []
            while (mt := _NUMBERED_SEAT_LINE.match(text, pos)) is not None and mt.end() > pos:
                role = self.lex.role_of(mt.group("role"))
                if role not in ("member", "deputy_member"):
                    break
                block.append((mt, role))
                pos = mt.end()
            # the absentees after a block read: numbered the same way, however few
            if sum(1 for mt, _r in block if mt.group("num")) < (1 if spans else 3):
                continue
            end = block[-1][0].end()
            # the meeting's secretary on a line of its own after the list ("Aino Ek
            # (sihteeri)"): an official keeping the minutes, no seat
            while (sec := _PARENTHESISED_POST_LINE.match(text, end)) is not None and (
                self.lex.role_of(sec.group("post")) == "secretary"
            ):
                staff.append((sec.start("name"), sec.end("name")))
                end = sec.end()
            spans.append((block[0][0].start(), end))
            for mt, role in block:
                person = self._listed_name(text, mt.start("name"), mt.end("name"))
                found.append(
                    Finding("membership", person, role, body, (mt.start("name"), mt.end("role")),
                            0.6, "numbered-attendance")
                )  # fmt: skip
        if not found:
            return
        out.no_seat += staff
        seen: set[tuple[str, str]] = set()
        unique = []
        for f in found:
            if (f.actor.name, f.role) not in seen:
                seen.add((f.actor.name, f.role))
                unique.append(f)
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in spans)
        ] + unique

    def _genitive_minutes_title(self, text: str) -> Mention | None:
        """The body a minutes' title names in the genitive before the word for the meeting or
        its minutes, in the page's first 300 characters ("SEURAKUNTANEUVOSTON KOKOUS
        PÖYTÄKIRJA 1/2017" → Seurakuntaneuvosto), or None."""
        for mt in _GENITIVE_MINUTES_TITLE.finditer(text, 0, min(len(text), 300)):
            word = mt.group("body")
            for a in self.reader.morph.analyse(word.casefold()):
                if a.case == "gen" and self.lex.body_kind(a.base) is not None:
                    name = a.base[:1].upper() + a.base[1:]
                    return Mention(mt.start("body"), mt.end("body"), word, name, "body", 0.6)
        return None

    def _minutes_head_body(self, text: str) -> Mention | None:
        """The body whose minutes the page is: one named with a capital in its first lines
        ("KUNNANHALLITUS 8/2015", "HIRVENSALMEN KUNTA Kunnanhallitus"), else the one whose
        meeting room the meeting is in ("kunnanhallituksen kokoushuone"); None when unsure."""
        for t in tokens(text, 0, min(len(text), 300)):
            if not (t.is_word and t.text[:1].isupper()):
                continue
            for a in self.reader.morph.analyse(t.text.casefold()):
                if a.case in ("", "nom") and self.lex.body_kind(a.base) is not None:
                    name = a.base[:1].upper() + a.base[1:]
                    return Mention(t.start, t.end, t.text, name, "body", 0.6)
        room = _MEETING_ROOM.search(text, 0, min(len(text), 600))
        if room is not None and (name := self._genitive_body(room.group(1))):
            return Mention(room.start(1), room.end(1), room.group(1), name, "body", 0.5)
        return None

    def _seat_of(self, said: str) -> tuple[str, str]:
        """The seat a minutes' role column says ("varapj.", "kv:n II varapj.") and the body
        it is in when another one is named by its abbreviation; ("", "") for a post that is
        no seat ("kunnanjohtaja, esittelijä", "pöytäkirjanpitäjä")."""
        said = said.strip(" ,.")
        elsewhere = ""
        if (abbr := _SEAT_ELSEWHERE.match(said)) is not None:
            if abbr.group("abbr"):
                elsewhere = _ABBREVIATED_BODIES.get(abbr.group("abbr").casefold().rstrip("."), "")
            else:
                gen = abbr.group("gen").casefold()
                tail = next(t for t in _GENITIVE_BODIES if gen.endswith(t))
                base = gen[: -len(tail)] + _GENITIVE_BODIES[tail]
                elsewhere = base[:1].upper() + base[1:]
            said = said[abbr.end() :]
        said = re.sub(r"^[IV]{1,3}\.?\s+", "", said)
        if (
            short := re.fullmatch(r"(?i)(vara)?puh(?:een)?\.?\s*joht\.?", said.strip(" ,"))
        ) is not None:
            # "puh.joht.", "varapuheenjoht.": the chair, the vice chair, abbreviated
            said = f"{short.group(1) or ''}puheenjohtaja"
        role = self.lex.role_of(said) if said and "," not in said else None
        if role not in ("chair", "vice_chair", "member", "deputy_member"):
            return "", ""
        return role, elsewhere

    def _listed_name(self, text: str, start: int, end: int) -> Mention:
        """A name as a list prints it, surname first ("Kemppainen Tapani") when the last word
        is a first name and the first is not; written first name first."""
        words = text[start:end].split()
        name = " ".join(words)
        if len(words) == 2:
            first, last = (self.reader._classes(w) for w in words)
            if m.FIRST_NAME in last and m.FIRST_NAME not in first:
                name = f"{words[1]} {words[0]}"
        return Mention(start, end, text[start:end], name, "person", 0.7, "nom")

    def _present_run(self, text: str) -> list[Finding]:
        """Minutes' attendance flattened to one run of words ("Paikalla: Varsinaiset jäsenet:
        Aino Ek, puheenjohtaja Bo Lind, varapuheenjohtaja (poistui 18.19) Eva Ek Ola Berg
        Varajäsenet: … Muut osallistujat: … Poissa: Varsinaiset jäsenet: …"): the members
        present and absent and the deputies present of the body whose meeting the minutes
        speak of, each with the role after the name; among the other participants only the
        secretary holds a seat. Where names run together, each is read as first name and
        surname. Nothing when the text names no such body."""
        head = _PRESENT_HEAD.search(text)
        if head is None:
            return []
        body = self._minutes_body(text) or self._meeting_body(text, head.end())
        if body is None:
            return []
        sections: list[tuple[str, int, int]] = []
        kind, pos = "", head.end()
        for mt in _PRESENT_SECTION.finditer(text, head.end()):
            if kind:
                sections.append((kind, pos, mt.start()))
            kind, pos = mt.lastgroup or "", mt.end()
            if kind == "end":
                break
        else:
            if kind:
                sections.append((kind, pos, min(len(text), pos + 2000)))
        if not sections:
            return []
        quote = (head.start(), sections[-1][2])
        found: list[Finding] = []
        for kind, s, e in sections:
            if kind not in ("member", "deputy", "other"):
                continue
            # "(poistui ajassa 18.19)", "(saapui …)": when one came or left, no part of a name
            parts = re.split(r"(?<!\w)\([^()\n]{0,60}\)|,|\n", text[s:e])
            at = s
            people: list[tuple[Mention, str]] = []
            for part in parts:
                p_start = text.find(part, at) if part else at
                at = p_start + len(part)
                toks = tokens(text, p_start, p_start + len(part))
                # the role of the name before: "puheenjohtaja", "2. varapuheenjohtaja"
                k = 0
                while k < len(toks) and not (toks[k].is_cap and toks[k].is_word):
                    k += 1
                said = " ".join(t.text for t in toks[:k]).strip(" .")
                said = re.sub(r"^(?:\d+\s*\.|[IV]{1,3})\s*", "", said)
                role = self.lex.role_of(said) if said else None
                if role and people and role in ("chair", "vice_chair", "secretary"):
                    people[-1] = (people[-1][0], role)
                elif said and people and kind == "other":
                    people[-1] = (people[-1][0], "")  # a guest's post: no seat
                rest = _glue_brackets(toks[k:])
                if not rest:
                    continue
                names = self._name_pairs(rest)
                if not names:
                    person = self.reader.person_at(rest, 0, in_list=True)
                    if person is None or person.end != rest[-1].end or len(rest) > 3:
                        continue  # four words or more with no separator: two names unread
                    names = [person]
                default = {"member": "member", "deputy": "deputy_member"}.get(kind, "")
                people += [(n, default) for n in names]
            for person, role in people:
                if role:
                    found.append(
                        Finding(
                            "membership", person, role, body, quote, 0.7, "minutes-present",
                        )
                    )  # fmt: skip
        return found

    def _roles_under_names(self, text: str, lines: list[Line]) -> list[Finding]:
        """Photo cards run together: a name, the party on the next line, then the person's
        office in a body ("Peter Boström" / "Svenska Folkpartiet" / "Stadsfullmäktiges I
        viceordförande"; "Aino Ahola" / "Keskusta" / "Kunnanvaltuuston puheenjohtaja"): the
        role line gives the person two lines above it (or one, with no party line) that
        office in the body it names. Read only when every role line of the paragraph has its
        person; [] otherwise."""
        if len(lines) < 3:
            return []
        found: list[Finding] = []
        parties = 0
        officers = ("chair", "vice_chair", "secretary")
        for i, ln in enumerate(lines):
            words = ln.text.split()
            if len(words) < 2 or not any(
                self.lex.role_of(" ".join(words[-n:])) in officers for n in (1, 2)
            ):
                continue  # no office named at the line's end
            toks = tokens(text, ln.start, ln.end)
            bodies = self.reader.bodies(toks)
            if not bodies or bodies[0].start != ln.start or bodies[0].plural:
                continue
            role = self.lex.role_of(text[bodies[0].end : ln.end].strip())
            if role not in ("chair", "vice_chair", "secretary"):
                continue
            person = None
            for back in (1, 2):
                if i - back < 0:
                    break
                above = lines[i - back]
                if self._party_line(text, above):
                    continue  # "Svenska Folkpartiet", "Finlands Socialdemokratiska Parti"
                person = self.lists._person(text, above.content_start, above.end)
                if person is not None and not text[person.end : above.end].strip():
                    break
                person = None
            if person is None:
                return []
            if back == 2:
                parties += 1
            body = bodies[0]
            body = replace(body, name=body.name[:1].upper() + body.name[1:])
            quote = (lines[max(0, i - 2)].start, ln.end)
            found.append(Finding("membership", person, role, body, quote, 0.75, "card-role-under"))
        # one card alone only with its party's line between the name and the office
        return found if len(found) >= 2 or parties else []

    def _offices_under_name_lines(
        self, text: str, lines: list[Line], ctx: Context
    ) -> list[Finding]:
        """Cards of a body's officers, each a name line (with the party in parentheses) right
        over a line that is only the office ("Aino Ek (S)" / "Ordförande", "Bo Lind (M)" /
        "1:e vice ordförande"), no blank line between: the office in the body of the
        heading; or the office of the body the line names ("Kommunstyrelsens ordf.",
        "Socialutskottets ordförande"). Read only when the lines are all such pairs; []
        otherwise."""
        if ctx.status or len(lines) < 2 or len(lines) % 2:
            return []
        found: list[Finding] = []
        for above, below in zip(lines[::2], lines[1::2], strict=True):
            said = below.text.strip().rstrip(":,").strip()
            role, body = self.lex.role_of(said), ctx.body
            if role is None:
                bodies = self.reader.bodies(tokens(text, below.content_start, below.end))
                if bodies and bodies[0].start == below.content_start and not bodies[0].plural:
                    rest = text[bodies[0].end : below.end].strip().rstrip(":,").strip()
                    role = self.lex.role_of(rest) or self.lex.role_of(rest.rstrip("."))
                    b = bodies[0]
                    body = replace(b, name=b.name[:1].upper() + b.name[1:])
            if role not in ("chair", "vice_chair", "secretary") or below.bullet or body is None:
                return []
            person = self.lists._person(text, above.content_start, above.end)
            if person is None or not _PAREN_PARTY_REST.fullmatch(text[person.end : above.end]):
                return []
            quote = (above.start, below.end)
            found.append(
                _membership(ctx, person, role, quote, 0.75, "card-office-under", target=body)
            )
        return found

    def _party_line(self, text: str, line: Line) -> bool:
        """A line that names a party or an organisation (a card's line under a name)."""
        return self._is_organisation(text, line) or bool(_PARTY_LINE.search(line.text))

    def _officer_under_name(self, text: str, p: Paragraph, ctx: Context) -> list[Finding]:
        """A contact card of a list: the first line names a person (perhaps after or before
        a role word: "jäsen Helena Paakki", "Hoikka Raimo, jäsen"), a line under it ends in an
        officer's role after what the person speaks for ("kunnan edustaja, sihteeri",
        "pensionärsföreningen, ordförande"): the person holds that office in the body of the
        list. Telephone and e-mail lines may follow; nothing else."""
        if ctx.body is None or ctx.contacts or ctx.status or not 2 <= len(p.lines) <= 4:
            return []
        first = p.lines[0]
        line = first.text.strip()
        words = line.split()
        start = first.content_start
        if len(words) >= 3 and self.lex.role_of(words[0]):
            start = first.start + first.text.index(words[1])  # "jäsen Helena Paakki"
        person = self.lists._person(text, start, first.end)
        if person is None:
            return []
        after = text[person.end : first.end].strip(" ,")
        if after and not self.lex.role_of(after):
            return []
        for ln in p.lines[1:]:
            if contact_line(ln.text):
                continue
            parts = [x.strip(" .") for x in ln.text.split(",")]
            role = self.lex.role_of(parts[-1]) if len(parts) >= 2 else None
            if role in ("chair", "vice_chair", "secretary"):
                quote = (first.start, ln.end)
                return [Finding("membership", person, role, ctx.body, quote, 0.75, "list-card")]
            return []
        return []

    def _role_card(self, text: str, first: Line, second: Line, ctx: Context) -> list[Finding]:
        """A contact card headed by a body's role ("Vanhusneuvoston sihteeri" / "Tilaajajohtaja
        Jaana Männikkö" / address lines; "Rådets ordförande" / "Anna Berg"): the person on
        the next line, after a job title if there is one, holds that role in that body, the
        page's body when the role names it by its head word (also under "Yhteystiedot": the
        card itself says the role). An officer's role alone ("Sekreterare, ansvarig
        tjänsteperson") is that of the body the page speaks of, outside a list (in one the
        run reader reads a role line over a name)."""
        toks = tokens(text, first.start, first.end)
        bodies = self.reader.bodies(toks)
        if len(bodies) == 1 and bodies[0].start == first.start:
            role = self.lex.role_of(text[bodies[0].end : first.end].strip(" :"))
        elif not bodies and ctx.body is not None and not ctx.listing:
            # "Sekreterare, ansvarig tjänsteperson" / "Åge Sollien": an officer of the page's
            # body (the part before the first comma is the role, the rest describes the post)
            role = self.lex.role_of(first.text.split(",")[0].strip(" :"))
            bodies = [ctx.body]
            _head, comma, rest = first.text.partition(",")
            named = self._first_person(text, first.end - len(rest), first.end) if comma else None
            if named is not None and not text[named.end : first.end].strip():
                return []  # "Sihteeri, Raija Ketonen": the line names its holder itself
        else:
            return []
        if role not in ("chair", "vice_chair", "secretary"):
            return []
        start = self.lists._after_occupation(text, second.start, second.end) or second.start
        person = self.lists._person(text, start, second.end)
        rest = text[person.end : second.end].strip() if person is not None else ""
        if person is None or (rest and not re.fullmatch(r",\s*[a-zåäö][\w -]*", rest)):
            return []  # (but "Aino Mäki, asukasyhteyshenkilö": her job after a comma)
        body = bodies[0]
        if ctx.body is not None and SentenceReader._refers_to(body, ctx.body):
            body = ctx.body  # "Rådets ordförande" on the page of "Äldrerådet i Testby"
        quote = (first.start, second.end)
        return [Finding("membership", person, role, body, quote, 0.7, "text-role-card")]

    def _role_column_lines(self, text: str, p: Paragraph, ctx: Context) -> list[Finding]:
        """A table flattened to lines "Name Party Role [Number]" ("Carina Dahl
        Socialdemokraterna Ordförande 1", "Aino Ahola Keskusta Jäsen 2"), each line (often a
        paragraph of its own) the person at its start and the role its last words name, in
        the body the text speaks of. The name is the first two words, as such tables print it
        (a third part of a name would be read as the party's), or all the words before a party
        in brackets ("Anna Berg Holm (S), Ordförande"); the party is not whom the seat is
        for."""
        if ctx.body is None or ctx.contacts:
            return []
        found: list[Finding] = []
        others = 0
        for ln in p.lines:
            words = list(re.finditer(r"\S+", ln.text))
            while words and re.fullmatch(r"\d{1,3}\.?", words[-1].group()):
                words.pop()
            role, n = None, 0
            for k in (3, 2, 1):
                first = words[-k].group() if len(words) >= k else ""
                # (an ordinal may begin the role: "1:e v ordförande", "2. varapuheenjohtaja")
                if len(words) >= k + 3 and (
                    first[:1].isupper() or re.fullmatch(r"\d(?::[ea]|\.)", first)
                ):
                    role = self.lex.role_of(" ".join(w.group() for w in words[-k:]))
                    if role is not None:
                        n = k
                        break
            if role is None:
                if self._first_person(text, ln.start, ln.end) is not None:
                    others += 1  # a line naming someone some other way: not this layout
                continue
            before = words[:-n]
            cut = _name_words_before_bracket(before)
            s0, e0 = ln.start + before[0].start(), ln.start + before[cut - 1].end()
            last = before[-1].group()
            if last.endswith(",") and not last.endswith("),") and len(before) <= 4:
                # "Anna Berg Holm, Ordf.": a comma, no party, between the name and the role;
                # all the words before it are the name
                e0 = ln.start + before[-1].end() - 1
            person = self.reader.person_at(tokens(text, s0, e0), 0, in_list=True)
            if person is None or person.end != e0:
                others += 1
                continue
            found.append(
                Finding(
                    "membership",
                    person,
                    role,
                    ctx.body,
                    (ln.start, ln.end),
                    0.7,
                    "list-role-column",
                )
            )
        return found if len(found) > others else []

    def _table_run_in_paragraph(self, text: str, p: Paragraph, ctx: Context) -> list[Finding]:
        """A table run together into one paragraph: its column labels separated by colons
        ("Befattning: Namn : Kommun : Sektor : Mandatperiod slutar:"), then its rows, each
        ending in a number (the term's last year), a post perhaps before the name ("Ordf.
        Aino Ek Ekby Offentlig sektor 2017 Bo Lind Åby Ideell sektor 2016 …"). The columns
        after the name each begin with a capitalised word (lower-case words may follow), so
        the name is what comes before them: the seats of the body the paragraph speaks of
        (the one it names most often before the table, or the page's). A seat left open
        ("Vakant"), a row cut before its number: no row. Three rows at least; else
        nothing."""
        if ctx.status or ctx.columns:
            return []
        start, end = p.lines[0].content_start, p.lines[-1].end
        header = _RUN_TABLE_HEADER.search(text, start, end)
        if header is None:
            return []
        labels = [x.strip().casefold() for x in header.group().split(":") if x.strip()]
        if "namn" not in labels:
            return []
        after = len(labels) - labels.index("namn") - 2  # columns between the name and term
        before = labels.index("namn")
        if after < 0 or before > 1:
            return []
        body = ctx.body or self._most_named_body(text, start, header.start())
        if body is None:
            return []
        found: list[Finding] = []
        a = header.end()
        for row in re.finditer(r"(.+?)\s(\d{1,4})(?=\s|$)", text[a:end]):
            s0, e0 = a + row.start(1), a + row.end(1)
            s0 += len(text[s0:e0]) - len(text[s0:e0].lstrip())
            parts = list(re.finditer(r"[A-ZÅÄÖ][\w.-]*(?:\s+[a-zåäö][\w.-]*)*", text[s0:e0]))
            if len(parts) < after + 2:
                continue
            role = "member"
            first = 0
            if before and (said := self.lex.role_of(parts[0].group())) is not None:
                role, first = said, 1
            name_parts = parts[first : len(parts) - after]
            if not 2 <= len(name_parts) <= 4:
                continue
            ns, ne = s0 + name_parts[0].start(), s0 + name_parts[-1].end()
            person = self.reader.person_at(tokens(text, ns, ne), 0, in_list=True)
            if person is None or person.end != ne:
                continue
            quote = (s0, a + row.end(2))
            found.append(_membership(ctx, person, role, quote, 0.65, "list-table-run", target=body))
        return found if len(found) >= 3 else []

    def _most_named_body(self, text: str, start: int, end: int) -> Mention | None:
        """The body named most often in ``text[start:end]`` (the first of those named as
        often), a body's word glued to an abbreviation by a slash ("LAG/styrelsen",
        "LAG/styrelsens") one name."""
        seen = [b for b in self.reader.bodies(tokens(text, start, end)) if not b.plural]
        for mt in _ABBREVIATION_SLASH_BODY.finditer(text, start, end):
            word = mt.group(2)
            base = word[:-1] if re.search(r"[^s]s$", word) else word
            if self.lex.body_kind(base) is None:
                continue
            name = f"{mt.group(1)}/{base}"
            seen.append(Mention(mt.start(), mt.end(), mt.group(), name, "board", 0.7))
        if not seen:
            return None
        counts = Counter(b.name.casefold() for b in seen)
        return max(seen, key=lambda b: counts[b.name.casefold()])

    def _member_deputy_run(self, text: str, p: Paragraph, ctx: Context) -> list[Finding]:
        """A paragraph of members each followed by a deputy word and the deputy's name, run
        together ("Ledamöter: Aino Ek (tennis), supp Bo Lind, Eva Berg (judo) supp Kim Sund
        och Ulla Holm suppl Per Ås"): the names before the deputy words members of the body,
        those after them its deputies (not members in turn). Two pairs at least, and nothing
        else in the paragraph but a label before a colon; else nothing."""
        if ctx.body is None or ctx.status or ctx.columns:
            return []
        start, end = p.lines[0].content_start, p.lines[-1].end
        seps = list(_DEPUTY_BEFORE_NAME.finditer(text, start, end))
        if len(seps) < 2:
            return []
        colon = text.find(":", start, seps[0].start())
        if colon >= 0:
            start = colon + 1
        found: list[Finding] = []
        bounds = [(start, seps[0].start())]
        bounds += [(a.end(), b.start()) for a, b in itertools.pairwise(seps)]
        bounds.append((seps[-1].end(), end))
        for n, (a, b) in enumerate(bounds):
            a += len(text[a:b]) - len(text[a:b].lstrip())
            deputy = None
            if n > 0:
                deputy = self._first_person(text, a, b)
                if deputy is None or deputy.start != a:
                    return []
                found.append(
                    _membership(
                        ctx,
                        deputy,
                        "deputy_member",
                        (seps[n - 1].start(), deputy.end),
                        0.65,
                        "list-deputy-run",
                    )
                )
                joint = re.match(r"\s*(?:,|och\b|samt\b)?\s*", text[deputy.end : b])
                a = deputy.end + joint.end()
                if n == len(bounds) - 1:
                    if text[a:b].strip(" \t.;"):
                        return []
                    break
            member = self._first_person(text, a, b)
            if member is None or member.start != a:
                return []
            if not re.fullmatch(r"\s*(?:\([^()\n]{1,40}\))?\s*,?\s*", text[member.end : b]):
                return []
            quote = (a, a + len(text[a:b].rstrip(" \t,")))
            found.append(_membership(ctx, member, "member", quote, 0.65, "list-deputy-run"))
        return found

    def _representative_lines(self, text: str, p: Paragraph, ctx: Context) -> list[Finding]:
        """Lines "<Department> edustaja [title] Name ja varalla [title] Name" ("… representant
        [title] Name och som ersättare Name") under a body: the representative is a member of
        the body, the one "varalla" the representative's deputy. Every line of the paragraph
        must be one, with its deputy's part ("ja varalla") and no full stop at its end; else
        nothing."""
        if ctx.body is None:
            return []
        found: list[Finding] = []
        for ln in p.lines:
            mt = _REPRESENTATIVE_LINE.search(ln.text)
            if mt is None or ln.text.rstrip().endswith("."):  # a sentence: read as one
                return []
            base = ln.start
            member = self._first_person(text, base + mt.end(), ln.end)
            if member is None:
                return []
            dep = _DEPUTY_AFTER.match(text, member.end, ln.end)
            if dep is None:
                return []
            quote = (ln.start, ln.end)
            found.append(_membership(ctx, member, "member", quote, 0.8, "list-representative"))
            deputy = self._first_person(text, dep.end(), ln.end)
            if deputy is not None:
                found.append(
                    _membership(
                        ctx,
                        deputy,
                        "deputy_member",
                        quote,
                        0.75,
                        "list-representative-deputy",
                        deputy_for=member,
                    )
                )
        return found

    def _seats_in_named(
        self, text: str, start: int, end: int, ctx: Context
    ) -> list[Finding] | None:
        """ "Representant i Stiftelsen Solgården: A, suppleant B": a line whose label names the
        body an association's representatives sit in; its entry read with that body, not the
        body of the list or page above. None when the line has no such label."""
        label = re.match(r"([^:\n]{6,60}):[ \t]+(?=[A-ZÅÄÖ])", text[start:end])
        seats_in = _SEATS_IN_NAMED.fullmatch(label.group(1).strip()) if label else None
        if label is None or seats_in is None:
            return None
        named = seats_in.group("body")
        at = start + label.start(1) + label.group(1).index(named)
        kind = self.lex.body_kind(named.split()[-1].casefold()) or "body"
        saved = ctx.body, ctx.role, ctx.status
        ctx.body = Mention(at, at + len(named), named, named, kind, 0.6)
        ctx.role, ctx.status = "", ""
        try:
            return self.lists.entry(text, start + label.end(), end, ctx)
        finally:
            ctx.body, ctx.role, ctx.status = saved

    def _column_label_entry(
        self, text: str, line: Line, ctx: Context, out: Walk
    ) -> list[Finding] | None:
        """A two-column list flattened with runs of spaces: "Label<spaces>Name Place" lines,
        each label carried down to the indented lines under it ("Ersättare      Bo Ek Gävle" /
        "               Eva Berg Hudiksvall"). A role's label is read as the line says it (and
        given to the lines under it); a body's label ("Valberedning      Eva Berg") puts the
        names in that body; an auditors' label ("Revisorer", "Ersättare revisor") gives them
        no seat. The entries of the line, or None when the list reads it as it stands."""
        lead = text[text.rfind("\n", 0, line.start) + 1 : line.start]
        raw = text[line.content_start : line.end]
        mt = re.match(r"([A-ZÅÄÖ][\w -]{1,30}?)[ \t]{3,}(?=[A-ZÅÄÖ])", raw)
        if mt is not None:
            label = mt.group(1).strip()
            role = self.lex.role_of(label)
            if AUDITOR.search(label):
                ctx.column_label = ("", None)
            elif role is None and len(label.split()) == 1 and self.lex.body_kind(label.casefold()):
                at = line.content_start
                body = Mention(at, at + len(label), label, label, "body", 0.6)
                ctx.column_label = ("member", body)
            else:
                ctx.column_label = (role, None) if role else None
                return None
            start = line.content_start + mt.end()
        elif lead.strip(" \t") == "" and len(lead) >= 3 and ctx.column_label is not None:
            start = line.content_start  # an indented line under the label's
        else:
            ctx.column_label = None
            return None
        role, body = ctx.column_label
        if not role:
            out.no_seat.append((start, line.end))
            return []  # auditors and their deputies: no seat in the body
        saved = ctx.body, ctx.role
        ctx.body, ctx.role = body or ctx.body, role
        try:
            return self.lists.entry(text, start, line.end, ctx)
        finally:
            ctx.body, ctx.role = saved

    def _labels_then_values(self, text: str, out: Walk) -> None:
        """A table of organisations and the people who sit in them flattened to one cell a
        line, the first column's cells first ("PRO Länet" / "ABF Ekby" / "Gårdsrådet" / then
        "A och B, C ersättare" / "D ordinarie och E ersättare" / …): as many lines that name no
        person as there are lines of people after them, read pairwise in order, each label the
        body of its line's people ("ordinarie" or nothing: members; "ersättare": deputies, of
        the names joined by "och" before the word). A line of deputies alone after a line with
        none continues that line. A one-word label the lexicon knows no body in
        ("Konsumentombud") is a function: no seat. What the rules read on those lines (under
        the last label taken for a heading) gives way."""
        lines = [(mt.start(), mt.end()) for mt in re.finditer(r"[^\n]+", text)]
        k = 0
        while k < len(lines):
            j = k
            while j < len(lines) and self._label_cell(text, *lines[j]):
                j += 1
            labels = lines[k:j]
            values: list[list[tuple[int, int]]] = []
            v = j
            while v < len(lines) and (seats := self._value_cell(text, *lines[v])) is not None:
                if (
                    values
                    and seats
                    and all(r == "deputy_member" for _s, r in seats)
                    and not any(
                        r == "deputy_member"
                        for _s, r in self._value_cell(text, *values[-1][-1]) or []
                    )
                ):
                    values[-1].append(lines[v])
                else:
                    values.append([lines[v]])
                v += 1
            if len(labels) == len(values) + 1:
                labels = labels[1:]  # "Övrig representation": the table's heading over them
            if len(labels) >= 3 and len(values) == len(labels):
                for (ls, le), group in zip(labels, values, strict=True):
                    label = text[ls:le].strip()
                    # the lines were read under the last label as a heading: not so
                    out.findings = [
                        f
                        for f in out.findings
                        if not (
                            f.kind == "membership"
                            and any(vs <= f.actor.start < ve for vs, ve in group)
                        )
                    ]
                    if len(label.split()) == 1 and not self.lex.body_kind(label.casefold()):
                        out.no_seat += group  # "Konsumentombud": a function, no body
                        continue
                    at = ls + text[ls:le].index(label)
                    body = Mention(at, at + len(label), label, label, "body", 0.5)
                    for vs, ve in group:
                        for person, role in self._value_cell(text, vs, ve) or []:
                            out.findings.append(
                                Finding("membership", person, role, body, (ls, ve), 0.5,
                                        "list-labels-then-values")
                            )  # fmt: skip
                k = v
            else:
                k = max(j, k + 1)

    def _label_cell(self, text: str, start: int, end: int) -> bool:
        """A short line that names no person (outside parentheses) and ends no sentence: a
        table's first column."""
        said = text[start:end].strip()
        inside = [
            (m.start() + start, m.end() + start)
            for m in re.finditer(r"\([^()]*\)", text[start:end])
        ]
        return (
            bool(said)
            and len(said.split()) <= 5
            and said[:1].isupper()
            and not said.endswith((".", ":", ","))
            and ":" not in said
            and not self.lex.find_role(said)  # "Vanhusneuvoston jäsenet": a list's heading
            and self.lex.column(said) is None
            and not any(
                not any(a <= p.start < b for a, b in inside)
                for p in self.reader.persons(tokens(text, start, end), in_list=True)
            )
        )

    def _value_cell(self, text: str, start: int, end: int) -> list[tuple[Mention, str]] | None:
        """The people of a line that is only names joined by commas and "och", each group
        perhaps closed by "ordinarie" or "ersättare" ("A och B, C ersättare"), with their
        seats; None for any other line. A name the reader does not take (a form it does not
        know) holds its place in the line and gets nothing."""
        people = self.reader.persons(tokens(text, start, end), in_list=True)
        if not people:
            return None
        out: list[tuple[Mention, str]] = []
        group: list[Mention | None] = []
        pos = start
        parts = re.split(r"(,|[ \t]+(?:och|samt)[ \t]+)", text[start:end])
        for n, part in enumerate(parts):
            at, pos = pos, pos + len(part)
            if n % 2:
                if part == ",":
                    out += [(g, "member") for g in group if g is not None]
                    group = []
                continue
            mt = re.fullmatch(
                r"[ \t]*((?:[A-ZÅÄÖ][\w-]*[ \t]+){1,3}[A-ZÅÄÖ][\w-]*)"
                r"(?:[ \t]+(ordinarie|ersättare|suppleant|suppleanter))?[ \t]*",
                part,
            )
            if mt is None:
                return None
            a, b = at + mt.start(1), at + mt.end(1)
            person = next((p for p in people if a <= p.start < b), None)
            if person is not None and (person.start, person.end) != (a, b):
                return None  # "Liikuntatoimenjohtaja Olli Oja", two names run together
            group.append(person)
            if mt.group(2):
                role = self.lex.column(mt.group(2))
                out += [(g, role or "member") for g in group if g is not None]
                group = []
        return out + [(g, "member") for g in group if g is not None]

    def _seats_in_named_lines(self, text: str, p: Paragraph, ctx: Context, out: Walk) -> bool:
        """A paragraph with lines of :meth:`_seats_in_named` among others: those lines read
        so, each other line as a paragraph of its own. Whether it had such lines."""
        read = [self._seats_in_named(text, ln.content_start, ln.end, ctx) for ln in p.lines]
        if all(found is None for found in read):
            return False
        for ln, found in zip(p.lines, read, strict=True):
            if found is not None:
                out.findings += found
                continue
            one = Paragraph([ln], ln.start, ln.end, text[ln.start : ln.end],
                            list(sentences(text, ln.start, ln.end)))  # fmt: skip
            self._paragraph(text, one, ctx, out)
        return True

    def _title_and_name_under_body(self, text: str, p: Paragraph) -> bool:
        """Whether ``p`` is two lines a blank line apart, a short line that names a body and
        ends in no mark, then a line in lower case that is a title and a person's name and
        nothing else, and a line that is only a name follows: the body's heading over its
        list, not one sentence wrapped."""
        if len(p.lines) != 2:
            return False
        first, second = p.lines
        if (
            len(first.text.split()) > 6
            or first.text.endswith((".", ",", ":", ";"))
            or not first.text[:1].isupper()
            or not second.text[:1].islower()
            or not re.search(r"\n[ \t]*\n", text[first.end : second.start])
            or not (
                self._specific_bodies(text, first.start, first.end)
                or self._bare_members_heading(text, first) is not None
            )
        ):
            return False
        person = self._first_person(text, second.start, second.end)
        if person is None or person.start == second.start:
            return False
        tail = text[person.end : second.end]
        if tail and not (
            # "kirkkoherra Aino Ahola (pj)": the officer's role after the name
            (paren := re.fullmatch(r"\s*\(([^()]{1,20})\)", tail)) is not None
            and self.lex.role_of(paren.group(1)) in ("chair", "vice_chair", "secretary")
        ):
            return False
        nxt = re.match(r"[ \t]*\n\s*?([^\s][^\n]*)", text[second.end :])
        if nxt is None:
            return False
        a = second.end + nxt.start(1)
        b = a + len(nxt.group(1).rstrip())
        after = self._first_person(text, a, b)
        return after is not None and after.start == a and after.end == b

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

    def _continuing_members(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """ "C, D och E är sedan tidigare valda till 2025." in a report of an association's
        electing meeting that names no body in the sentence: the names alone, then the words
        saying they were elected before and serve on, are members of the board the meeting
        fills. Nothing else may stand in the sentence (a place, a post or a body)."""
        if ctx.meeting is None or ctx.body not in (None, ctx.meeting):
            return []
        tail = _CONTINUING_END.search(text, start, end)
        if tail is None:
            return []
        people = self.reader.persons(tokens(text, start, tail.start()), in_list=True)
        if len(people) < 2 or people[0].start != start + len(text[start:end]) - len(
            text[start:end].lstrip()
        ):
            return []
        for a, b in itertools.pairwise(people):
            if not re.fullmatch(r"[ \t]*(?:,|och|samt)[ \t]*", text[a.end : b.start]):
                return []
        if text[people[-1].end : tail.start()].strip():
            return []
        return [
            Finding("membership", p, "member", ctx.meeting, (start, end), 0.6, "text-continuing")
            for p in people
        ]

    def _owned_meeting(
        self, text: str, start: int, end: int, bodies: list[Mention]
    ) -> Mention | None:
        """The board of the section whose electing meeting a heading line names, and nothing
        else ("Juniorsektionens årsmöte 2024"), as a mention of that meeting; else None."""
        if self.electing is None or len(bodies) != 1:
            return None
        mt = self.electing.search(text, start, end)
        if mt is None or not self._owns_the_meeting(text, bodies[0], mt.start()):
            return None
        if re.search(r"[^\d\s]", text[mt.end() : end]) or text[start : bodies[0].start].strip():
            return None
        return Mention(mt.start(), mt.end(), mt.group(), self.lex.board, "body", 0.5)

    @staticmethod
    def _owns_the_meeting(text: str, body: Mention, at: int) -> bool:
        """Whether ``body`` is the genitive owner of the electing meeting that starts at ``at``
        ("Gevärssektionens årsmöte", "Juniorsektionens årsmöte 2024"): the association whose
        meeting fills its board's seats, not the body the seats are in."""
        return (
            body.end <= at
            and not text[body.end : at].strip()
            and body.written.casefold().endswith("s")
            and "sektion" in body.written.casefold()
        )

    def _paragraph(self, text: str, p: Paragraph, ctx: Context, out: Walk) -> None:
        # "jäsen Helena Paakki" / "kunnan edustaja, sihteeri" / "p. 044 …": an officer's role
        # on a card's line under the name (the name is read as the rest of the list reads it)
        out.findings += self._officer_under_name(text, p, ctx)
        cell, ctx.header_cells = ctx.header_cells, ctx.header_cells + 1
        if (
            len(p.lines) == 2
            and ctx.listing
            and ctx.body is not None
            and not ctx.columns
            and ctx.group is None
            and len(ctx.header_roles) <= 1
            and p.lines[0].text.rstrip().endswith(",")
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
            and len(p.lines) >= 3
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
        if len(p.lines) == 1 and ctx.listing and contact_line(p.lines[0].text):
            return  # a telephone number, an e-mail or a postal address under a name: the list
            # goes on
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
        entry_like = line.kind == "item" or (single and (ctx.listing or ctx.pairs))
        if entry_like and single and _SERVES_AS_SENTENCE.search(line.text):
            # "Toimistonhoitaja Aino Ek toimii hallituksen sihteerinä." under a list: a sentence
            # with its verb and the role in the essive, read as one, not as an entry
            entry_like = False
        if entry_like and ctx.contacts:
            if (
                single
                and line.kind == "heading"
                and (self._ends_contacts(line.text) or self.lists.glued_header(line.text))
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
            if not entries and single and COLUMN_GAP.search(line.text):
                entries = self.lists.padded_entry(text, line.content_start, line.end, ctx)
            if not entries and single and ctx.body is not None and not ctx.status:
                entries = self._name_organisation_entry(text, line.content_start, end, ctx)
            if not entries and single and ctx.body is not None and ctx.listing and ctx.role:
                # "• Kylälän Eläkeläiset ry, Aino Ahola" under "Varajäsenet"
                entries = self.lists.organisation_then_name(text, line.content_start, end, ctx)
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
                read = self.sentences.read(
                    text, Sentence(line.content_start, line.end, line.text), ctx
                )
                seats = [f for f in read if f.kind == "membership"]
                if len(seats) > len([f for f in entries if f.kind == "membership"]):
                    entries = read
            if (
                entries
                and line.kind == "item"
                and single
                and ctx.body is None
                and not ctx.listing
                and all(f.kind == "membership" and f.target is None for f in entries)
                and (
                    _SENTENCE_VERB.search(text, entries[0].actor.end, end)
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
        if single and ctx.body is not None and not ctx.contacts and line.kind != "row":
            # "Ordförande: Britt Pettersson", "Ihalainen Wilma, puheenjohtaja": a person and
            # the role they hold in the body of the context, on a line of its own, begins a
            # list even without an introduction
            entries = self.lists.role_line(text, line.content_start, line.end, ctx)
            if entries:
                out.findings += entries
                ctx.listing = True
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
            )
        ):
            out.findings += card  # "Eila Sallinen" / "vammaisneuvoston jäsen"
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
        for s in p.sentences:
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
                    if not b.plural and not self._owns_the_meeting(text, b, at)
                ]
                if not named and not _MEETS_REGULARLY.search(s.text):
                    a, b = s.start + meeting.start(), s.start + meeting.end()
                    ctx.meeting = Mention(a, b, meeting.group(), self.lex.board, "body", 0.5)
            inline = self._inline_list(text, s.start, s.end, ctx)
            read = inline or self.sentences.read(text, s, ctx)
            read = read or self._continuing_members(text, s.start, s.end, ctx)
            read += self._they_form(text, s.start, s.end, named_before, read, ctx)
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
            if ctx.body is None and not inline:
                # "Kommunstyrelsen har utsett ett äldreråd där X tillsattes som ordförande.
                # Y utsågs till vice ordförande ...": a news text with no heading naming the
                # body goes on speaking of the body its first officer was named in
                held = [
                    f.target
                    for f in read
                    if f.kind == "membership" and f.target and f.rule != "text-they-form"
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
                    and f.rule != "text-they-form"
                    and not self.anaphora.fullmatch(f.target.written)
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
                and _DEFINED.match(text, named[0].end, s.end) is not None
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
        if line.kind == "item":
            return  # an item that is no entry (a task in a list) does not end the list
        self._prose_context(text, p, ctx, out)


__all__ = ["Walk", "Walker"]


def _name_words_before_bracket(words: list[re.Match]) -> int:
    """How many of a line's first words are a person's name: those before a party in brackets
    ("Anna Berg Holm (S),") when two to four, else two (a flattened table's name column)."""
    for k, w in enumerate(words):
        if w.group().startswith("("):
            return k if 2 <= k <= 4 else 2
    return 2

"""The walker's passes over headings and list introductions: a heading's body and seats, groups
under labels, lead-ins that say whom a list names."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from hytegraph.authoring.extract.findings import Context, Finding, Walk
from hytegraph.authoring.extract.lexicon import (
    COMPOSED_WHEN,
    ELECTION_MARK,
    SV_CONSISTED,
    SV_CONSISTS,
    SV_ELECTED,
    TREASURER_WORDS,
)
from hytegraph.authoring.extract.lists import (
    _ADJUNCT_LABEL,
    ADVISERS_LABEL,
    AUDITOR,
    CONTACT_LABEL,
    _membership,
    level_post_role,
)
from hytegraph.authoring.extract.mentions import (
    NAME_HYPHEN_INITIAL,
    PEOPLE_GROUP,
    SV_ABBREVIATION_GENITIVE,
    Mention,
    Token,
    tokens,
)
from hytegraph.authoring.extract.morphology import NOUN
from hytegraph.authoring.extract.passes.common import (
    _CREDIT_HEADING,
    _ENUMERATED_REST,
    SEAT_LENGTH,
    SECTOR_LABEL,
    TERM_WORDS,
    TERM_YEARS,
    _definite,
)
from hytegraph.authoring.extract.places import place_of
from hytegraph.authoring.extract.segment import (
    Line,
    Paragraph,
    Sentence,
    contact_line,
    end_at,
    enumeration_item,
    lines,
    lines_after,
    sentences,
)
from hytegraph.authoring.extract.sentences import _APPOINTING, SentenceReader

#: An organisation's abbreviation in the genitive opening a body's name ("RPG:s ", "HSFs ").
_ABBREVIATION_OWNER = re.compile(rf"^(?:{SV_ABBREVIATION_GENITIVE.pattern})[ \t]+")
#: Words closing a sentence with a full stop that point to the list under it ("… och så här
#: blev det.", "Så här ser styrelsen ut.", "… enligt följande.", "… seuraavasti.").
_POINTS_TO_LIST = re.compile(
    r"(?i)(?<![\w-])(?:så[ \t]+här[ \t]+(?:blev[ \t]+(?:det|den|resultatet)"
    r"|ser[ \t]+\w+(?:[ \t]+\w+)?[ \t]+ut)|enligt[ \t]+följande|seuraavasti)[ \t]*\.$"
)
#: "Representanter Testviks byalag", "Edustajat Kylälän Kyläyhdistys ry": a heading of the
#: representatives at another organisation, its proper name right after the word.
_REPRESENTATIVES_TO = re.compile(
    r"(?i:representanter|representant|ombud|edustajat|edustaja)(?:[ \t]+(?:i|till|vid|för))?"
    r"[ \t]+([A-ZÅÄÖ][\w-]*(?:[ \t]+[\w-]+){0,5})"
)
#: A heading line of a body's term: a capitalised first word, a year among a few words
#: ("Hallitus syksyllä 2013", "Styrelse 2023 (nuvarande)").
#: what may stand before a bare body's genitive over its members' list: nothing, or "the other",
#: "the new", "the current" ("Muut hallituksen jäsenet ovat:")
#: What parts the column names of a list's header ("Namn, ålder", "Nimi / puolue", "Namn   Sektor").
#: A list line of a person's name and a party's short mark in parentheses ("Bo Ek (S)",
#: "Eva Lind-Holm (KD), ersättare").
_PARTY_ENTRY_LINE = re.compile(
    r"[ \t]*[A-ZÅÄÖ][\w'.-]*(?:[ \t]+[A-ZÅÄÖ][\w'.-]*){1,3}[ \t]*"
    r"\([A-ZÅÄÖ][\w.]{0,5}\)(?:[ \t]*,[^\n]*)?[ \t]*"
)
#: "varapuheenjohtajina toimivat", "varapuheenjohtajat ovat", "vice ordförande är": a label's
#: seat in the plural after the body's genitive, perhaps with the verb that lists its holders.
_PLURAL_SEAT_AFTER_BODY = re.compile(
    r"(?i)[ \t]+(?P<seat>[a-zåäö-]+(?:i(?:na|nä|a|ä)|j(?:a|ä)|t))"
    r"(?:[ \t]+(?:toimivat|ovat|olivat|toimi|ovat[ \t]+seuraavat))?[ \t]*:?"
)
#: "Hallituksen pj., Aino Ek": a body's head word in the genitive, an office, a comma, a name.
_GENITIVE_OFFICE_LINE = re.compile(
    r"(?P<gen>[A-ZÅÄÖ][a-zåäö]+n)[ \t]+(?P<office>[a-zåäö]+\.?),[ \t]+(?P<name>[A-ZÅÄÖ])"
)
#: The end of a heading of a group of people: a plural noun ("Tutkijat", "muut opettajat")
#: or a staff's collective noun ("muu henkilöstö", "opetushenkilökunta").
#: A Finnish nominative plural's ending ("Professorit", "Jäsenet"), for the rules reader.
_PLURAL_NOMINATIVE = re.compile(r"[aeiouyäö]t$")
_PEOPLE_GROUP_END = re.compile(r"(?i)(?:[a-zåäö]{3,}t|henkilöstö|henkilökunta)$")
#: A document a body issued, after the body's genitive on a line of its own ("Kansalaisraadin
#: loppuraportti", "Rådets yttrande"): the title of a link or an attachment, not a heading of
#: the people below it; also a meeting's agenda or notice, perhaps with its year and its file's
#: type ("Föreningsstämma dagordning 2024.pdf", "Vuosikokous esityslista 2024").
_DOCUMENT_OF_BODY = re.compile(
    r"(?i)\w*(?:raportti|julkilausuma|kannanotto|lausunto|rapport(?:en)?|uttalande(?:t)?|"
    r"yttrande(?:t)?|ställningstagande(?:t)?|"
    r"(?:dagordning(?:en)?|kallelse(?:n)?|föredragningslista(?:n)?|esityslista|kokouskutsu)"
    r"(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]*\.[ \t]*(?:pdf|docx?|odt))?)"
)
#: The next line's text, after a line's end.
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*([^\n]+)")
_SEATS = ("chair", "vice_chair", "secretary", "member", "deputy_member")
#: The commas that set off the parts of an entry after its name ("Aino Berg , ny, ersättare").
_ENTRY_PARTS = re.compile(r"[ \t]*,[ \t]*")
#: A link's words and its arrows on a line of their own ("Kontakt>>", "Läs mer »"), under
#: an entry of a web page's list.
_LINK_LINE = re.compile(r"\w+(?:[ \t]+\w+){0,2}[ \t]*(?:>>|»|\u2192)")
_COLUMN_CUT = re.compile(r"\s*[,/;]\s*|[ \u00a0]{3,}|\s*\t\s*")
_OTHER_MEMBERS_LEAD = re.compile(r"(?i)\s*(?:(?:muut|uudet|nykyiset)\s+)?")
_TERM_HEADING = re.compile(
    r"(?m)^[ \t]*(?P<head>[A-ZÅÄÖ][\w-]*)[^\n]{0,60}?(?<!\d)(?:19|20)\d\d(?!\d)[^\n]{0,40}$"
)
#: A term's dates in its heading: "15.9.2021-1.9.2022", "2022-2023" (both years written).
_TERM_RANGE = re.compile(
    r"(?<![\d.])(?:(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.)?(?P<y1>(?:19|20)\d\d)[ \t]*[\u2013-][ \t]*"
    r"(?:(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.)?(?P<y2>(?:19|20)\d\d)(?!\d)"
)
#: A line of prose: long, with a sentence's full stop in it.
_PROSE_LINE = re.compile(r"(?m)^[ \t]*[^\n]{60,}\.(?:\s|$)")

#: A line that says a body's seats follow: "RPG:s förbundsstyrelse … är:", "De övriga
#: ledamöterna i förbundsstyrelsen blev:", "Hallituksen jäsenet ovat:".
_IS_LIST_INTRO = re.compile(
    r"(?im)^(?:[^\n:]|:(?=\w))*\b(?:(?:är|blev|utgörs\s+av|ovat|on)[ \t]*:[ \t]*$|valdes[ \t]*:)"
)
#: A line of a member's name, a comma, a deputy's word and the deputy's name: "Aino Ek,
#: varalla Bo Lind" (group 1 the deputy's word).
_COMMA_DEPUTY_LINE = re.compile(
    r"[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}[ \t]*,[ \t]*([a-zåäö][\w.]*)[ \t]+"
    r"[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}[ \t]*[.,]?"
)
#: "Vi i styrelsen", "Vi i valberedningen": a heading said by those who sit in the page's body
WE_IN = r"vi[ \t]+i[ \t]+\w+[ \t]*:?[ \t]*$"
_WE_IN = re.compile(WE_IN, re.I)
#: A body's name followed by its proposal: "Valberedningen föreslog …", "Vaalitoimikunta esitti …"
_PROPOSES = re.compile(
    r"[ \t]+(?:föreslog|föreslår|lade[ \t]+fram|ehdotti|ehdottaa|esitti|esittää)(?![\w-])", re.I
)
#: How far back a proposal's lead-in looks for the body it fills (characters)
_PROPOSAL_REACH = 1500
#: A word of an election or a proposal for one in a lead-in ("val", "omvaldes", "föreslog",
#: "valittiin", "ehdotus")
_ELECTION_WORD = re.compile(
    rf"(?i)(?<![\w-])(?:val|valet|{SV_ELECTED}|valde|föreslog\w*|förslag\w*|"
    r"valittiin|valitsi|vaali\w*|ehdot\w*|esity\w*)(?![\w-])"
)
#: A lead-in of those whose turn it was to leave the body: "I tur att avgå ur styrelsen vid
#: årsmötet var", "Erovuorossa olivat" (not "Ej i tur att avgå": those who stay)
_TURN_TO_LEAVE = re.compile(
    r"(?i)(?<!ej )(?<!inte )(?<![\w-])(?:i[ \t]+tur[ \t]+att[ \t]+avgå\w*(?:[ \t]+[\w.-]+){0,8}?"
    r"[ \t]+(?:var|voro)|erovuorossa[ \t]+ol(?:i|ivat))$"
)
#: A line alone between blank lines that begins with a capital and ends in no punctuation
_LONE_LINE = re.compile(r"\n[ \t]*\n[ \t]*([A-ZÅÄÖ][^\n.:;!?,]{2,40}?)[ \t]*(?=\n[ \t]*\n)")
#: A line that ends in a body's composition's lead-in with no colon ("Styrelsen har bestått
#: av", "Styrelsen har utgjorts av"): a list's introduction, as with its colon.
_CONSISTS_LEAD_END = re.compile(
    rf"(?i)(?<![\w-])(?:{SV_CONSISTS}|{SV_CONSISTED})(?:[ \t]+{COMPOSED_WHEN})?[ \t]+av$"
)
#: "Nyckelroller utanför styrelsen", "Funktionärer utanför styrelsen": the association's
#: posts held outside its board, no seats in it (nor the tagger's guesses).
_OUTSIDE_BOARD = re.compile(r"(?i)(?:[\w-]+[ \t]+){1,2}?utanför[ \t]+\w*styrelsen\b")
#: A bare body word, then that its people follow: "Styrelsen som valdes är som följer",
#: "Den valda styrelsen ser ut som följer", "Valittu hallitus on seuraava" (group 1 the word).
_BODY_AS_FOLLOWS = re.compile(
    r"(?i)(?:(?:den|det)[ \t]+)?(?:(?:nya|nyvalda|valda|uusi|valittu|vastavalittu)[ \t]+)?(\w+)"
    r"(?:[ \t]+som[ \t]+(?:om|ny|in)?valdes(?:[ \t]+\w+){0,3})?[ \t]+"
    r"(?:är|blev|ser[ \t]+ut|on|oli)[ \t]+"
    r"(?:som[ \t]+följer|följande|seuraava|seuraavanlainen|seuraavat|seuraavasti)"
)
#: A bare body word with a colon, "new" or "current" (and the article) before it: "Den nya
#: styrelsen:", "Ny styrelse:", "Uusi hallitus:", "Nuvarande styrelse:" over the body's people.
_NEW_BARE_BODY = re.compile(
    # ("§12 Val av ny styrelse:", "Val av styrelse:": a minutes item electing the body, its
    # number perhaps before it)
    r"(?:(?:§[ \t]*\d{1,2}[ \t]*|\d{1,2}\.[ \t]+)?[Vv]al[ \t]+av[ \t]+)?"
    r"(?:(?:[Dd]en|DEN)[ \t]+(?:nya|NYA|nuvarande|NUVARANDE)[ \t]+"
    r"|(?:[Nn]ya?|NYA?|[Uu]usi|UUSI|[Nn]uvarande|NUVARANDE|[Nn]ykyinen|NYKYINEN)[ \t]+)?(\w+)"
)
#: "Nedan följer styrelsen efter årsmötet:", "Här följer styrelsens sammanställning:": a lead-in
#: saying the list below follows, the body's bare word (perhaps in the genitive) first after it,
#: then perhaps a few words on its make-up or time.
_FOLLOWS_BARE_BODY = re.compile(
    r"(?:[Nn]edan|[Hh]är)[ \t]+(?:följer|hittar[ \t]+(?:du|ni)|finns|presenteras|är)"
    # ("Nedan hittar du en sammanställning av styrelsen:", "Här presenteras styrelsen:")
    r"(?:[ \t]+(?:en[ \t]+)?(?:sammanställning|presentation|förteckning|lista)[ \t]+(?:av|över))?"
    r"[ \t]+(?:(?:den[ \t]+)?nya[ \t]+)?(\w+)(?:[ \t]+[^\n:]{1,60})?"
)
#: "Ordförande Aino Berg", "Vice ordförande Bo Lind": an office with a capital (of one or two
#: words), then a name of two or three words closing the line.
_CAPITAL_OFFICE_NAME = re.compile(
    r"(?P<office>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?)"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){2,3}[ \t]*"
)
#: "Valdes in som ordinarie ledamöter", "Nyvaldes som ersättare": a heading saying the seat
#: the people under it were elected to, no body named (group 1 the seat).
_ELECTED_AS_SEAT = re.compile(
    r"(?i)(?:in|ny|om)?valdes(?:[ \t]+in)?[ \t]+som[ \t]+((?:ordinarie[ \t]+)?\w+)"
)
#: "Det valdes in nya ledamöter till styrelsen": an election to a body, said in prose (group 1
#: the body's word after "till").
_ELECTED_TO_BODY = re.compile(
    r"(?i)(?<![\w-])(?:in|ny|om)?valdes(?![\w-])[^.!?:\n]{0,60}?(?<![\w-])till[ \t]+(\w+)"
)
#: A meeting's heading with its date, nothing else: "Kuukausikokous 20.3.1991",
#: "Vuosikokous 6.2.1991".
_DATED_MEETING_HEADING = re.compile(
    r"[A-ZÅÄÖ][a-zåäö-]*kokous[ \t]+\d{1,2}\.[ \t]*\d{1,2}\.[ \t]*(?:19|20)\d\d\.?"
)
#: A Finnish minutes' heading naming the body that meets, in the genitive, perhaps after its
#: owner's words, and the meeting's number or date: "Hallituksen kokous 3/2024", "Kylätoimikunnan
#: hallituksen kokouksen pöytäkirja 12.3.2019", "JOHTOKUNNAN KOKOUS".
_BODY_MEETING_FI = re.compile(
    r"(?i)(?:(?:pöytäkirja|muistio)[ \t]*[:,–-]?[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"  # noqa: RUF001
    r"(?P<gen>[\w-]+n)[ \t]+(?:kokous|kokouksen[ \t]+(?:pöytäkirja|muistio)|kokouspöytäkirja)"
    r"(?P<when>(?:[ \t,]+(?:nro[ \t]*|n:o[ \t]*)?\d{1,2}[ \t]*/[ \t]*(?:19|20)\d\d"
    r"|[ \t,]+\d{1,2}\.[ \t]*\d{1,2}\.[ \t]*(?:(?:19|20)\d\d)?|[ \t,]+(?:19|20)\d\d))*"
)
#: A Swedish minutes' heading naming the body that meets, joined to the meeting's word or in
#: the genitive: "Styrelsemöte 2024-03-12", "Protokoll fört vid förbundsstyrelsemöte i
#: Sveriges X-förbund", "Nämndens sammanträde 12 mars 2019".
_BODY_MEETING_SV = re.compile(
    r"(?i)(?:protokoll(?:[ \t]+fört)?[ \t]+(?:vid|från)[ \t]+|(?:ordinarie|extra)[ \t]+)*"
    # ("Styrelseinformation 2022-06-20", "Styrelseprotokoll": the body's minutes, so named)
    r"(?:(?P<stem>[a-zåäö]{4,}?)s?(?:möte|sammanträde|protokoll|information|info)(?:t|et)?"
    r"|(?P<gen>[a-zåäö]{4,})s[ \t]+(?:möte|sammanträde))"
    r"(?P<rest>(?:[ \t]+(?:i|för)[ \t]+[^\n]{1,80}|[ \t,]+[\d./ -]+[\d.]"
    r"|[ \t,]+\d{1,2}[ \t]+[a-zåäö]+[ \t]+(?:19|20)\d\d)*)"
)
#: The members' label that says who they have been ("Medlemmar har varit", "Ledamöter har
#: varit", "Jäseninä ovat olleet"), over the list of a body the text has just named.
_MEMBERS_HAVE_BEEN = re.compile(
    r"(?i)(?:medlemmar|ledamöter|jäseninä|jäsenet)[ \t]+(?:har[ \t]+varit|ovat[ \t]+olleet|olivat)"
)
#: A minutes' roll's label ("Närvarande", "Läsnä"): after a meeting's heading, the minutes'
#: list of who attended, not a news text about the meeting.
_ROLL_LABEL = re.compile(
    r"(?<![\w-])(?:Närvarande|NÄRVARANDE|Beslutande|BESLUTANDE|Läsnä|LÄSNÄ|Paikalla|PAIKALLA|"
    r"Osallistujat|OSALLISTUJAT|Saapuvilla)(?![\w-])"
)
#: One parenthesis and nothing else ("(puheenjohtaja)", "(Testilän kunta)").
_BRACKET_ONLY = re.compile(r"\([^()\n]{1,60}\)")
#: A section heading's topics, single words parted by commas or "ja"/"och" ("Jäsenet,
#: hallitus, kokoukset"), and one such word.
_TOPIC_CUT = re.compile(r"\s*,\s*|\s+(?:ja|och)\s+")
_TOPIC_WORD = re.compile(r"[^\W\d_][\w-]*")
#: A body's bare word, perhaps after its owner's word in the genitive ("Seuran", "SEURAN") and
#: a word saying it sits now or is new ("nykyinen", "uusi").
_OWNED_BARE_BODY = re.compile(
    # ("Frilandsodlarnas lokalavdelnings styrelse": owners in the Swedish genitive)
    r"(?:\w+[nN][ \t]+|(?:\w+[sS][ \t]+){1,2})?(?:(?:[Nn]ykyinen|NYKYINEN|[Uu]usi|UUSI)[ \t]+)?"
    r"(\w+)"
)
#: A body's bare word, then "and the other …" ("Johtokunta ja muut toimielimet", "Styrelsen och
#: övriga organ"): a section on the body first, then on others.
_BARE_BODY_AND_OTHERS = re.compile(
    r"(\w+)[ \t]+(?:ja|och)[ \t]+(?:muut|övriga)[ \t]+\w+(?:[ \t]+\w+)?"
)
#: What follows a member's name on a contact line: perhaps a short note in parentheses, a colon
#: and an e-mail address (" (sammankallande): aino.ek@example.se", ": bo.lind@example.se").
_NAME_MAIL_TAIL = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:[ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*"
)
#: The end of a run of entries: a full stop at a line's end.
_LIST_RUN_END = re.compile(r"\.[ \t]*(?:\n|$)")
#: "… samt Name", "… och Name", "… ja Name": the last entry.
_LAST_AND = re.compile(r"\s(?:samt|och|ja)\s")
#: The year a lead-in line begins with: "Vuonna 2023 hallitukseen kuului …:".
_YEAR_LEAD = re.compile(
    r"(?i)[ \t]*(?:(?:vuonna|vuoden)[ \t]+)?(?:19|20)\d\d(?:[ \t]+aikana)?[ \t]+"
)
#: A line with four bullets or more run together ("… • A • B • C • D")
_BULLETS_RUN = re.compile(r"(?m)^[^\n•]*(?:[^\n•]* •[ \t][^\n•]*){4,}$")
#: "Styrelsen har haft följande sammansättning.", "… valdes enligt nedan.": a line that
#: introduces the list under it, closed by a full stop where a colon is meant
_INTRO_FULL_STOP = re.compile(
    r"(?im)^[^\n]{0,160}?(?<![\w-])(?:följande[ \t]+sammansättning|enligt[ \t]+nedan|"
    r"består[ \t]+av[ \t]+följande(?:[ \t]+\w+)?|kokoonpano[ \t]+on[ \t]+seuraava)"
    r"(?P<stop>\.)[ \t]*$"
)

#: "Ledamöter, Aino Ek, Bo Lind och Eva Berg": a seat's plural label, a comma where a colon is
#: meant, then a run of two names or more on the same line
_LABEL_COMMA_RUN = re.compile(
    r"(?m)^[ \t]*(?P<label>[A-ZÅÄÖ][\w-]*(?:[ \t]+[\w-]+)?)(?P<comma>,)[ \t]+"
    r"(?P<rest>[A-ZÅÄÖ][^\n:]*?(?:,[ \t]*|[ \t]+(?:och|samt|ja)[ \t]+)[A-ZÅÄÖ][^\n:]*)$"
)

#: "Omval på följande ledamöter; Aino Ek, …", "Ersättare; Bo Lind och …": a lead-in of one
#: capitalised word and lower-case ones, a semicolon where a colon is meant, then a capital.
_LEAD_SEMICOLON = re.compile(
    r"(?m)^[ \t]*(?P<lead>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+){0,5})(?P<semi>;)[ \t]+"
    r"(?P<rest>[A-ZÅÄÖ][^\n]*)$"
)

#: A heading of one post of the staff or of communication ("Informationsansvarig", "Kansli",
#: "Viestintävastaava", "Tiedottaja").
_STAFF_POST_HEADING = re.compile(
    r"(?i)\w*ansvariga?|kansli(?:et)?|sekretariat(?:et)?|handläggare|administratör|kommunikatör"
    r"|\w*vastaava(?:t)?|tiedottaja|toimisto|sihteeristö"
)

#: "Säätiön asiamies on:": a foundation's agent, a post outside the board, over a name
_AGENT_HEADING = re.compile(r"(?i)(?:\w+[ \t]+)?asiamie(?:s|het)(?:[ \t]+(?:on|ovat))?")

#: The label of a meeting's officials or co-opted people present, holding no seat:
#: "Närvarande tjänstemän", "Tjänstemän", "Adjungerade (ständigt)", "Adjungerad", "Läsnä olleet
#: viranhaltijat", "Viranhaltijat", "Muut läsnäolijat".
_NO_SEAT_PRESENT = re.compile(
    r"(?i)(?:(?:närvarande|övriga)[ \t]+)?(?:tjänstem(?:än|ännen)|adjungerad[e]?)"
    r"(?:[ \t]*\([^()]{1,30}\))?|"
    r"(?:läsnä[ \t]+olleet[ \t]+|muut[ \t]+)?(?:viranhaltijat|läsnäolijat)"
)

#: A heading of one word and a term: "Informatör 2022-23", "Somevastaava 2024".
_TASK_TERM = re.compile(r"([A-ZÅÄÖ][a-zåäö]{3,})\s+(?:19|20)\d\d(?:\s*[\u2013-]\s*\d{2,4})?")

#: "Entisistä jatkavat A, B ja C", "Vanhoista jäsenistä jatkaa A": of the former members, those
#: staying on (a line of its own, perhaps with no full stop).
_STAY_ON_LINE = re.compile(
    r"(?:Entisistä|Vanhoista|Aiemmista)(?:[ \t]+jäsenistä)?[ \t]+jatka(?:a|vat)[ \t]+[A-ZÅÄÖ]"
)
#: A term of office on a line of its own: "1.6.2025 - 31.5.2027" (any dash).
_TERM = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}\s*[\u2013\u2014-]\s*\d{1,2}\.\d{1,2}\.\d{4}")

#: A verb saying a meeting was held, before the meeting's word on the same line ("Den 17 mars
#: hade föreningen årsmöte", "Klubben höll sitt årsmöte"): a sentence, whatever closes it.
_HELD_MEETING = re.compile(
    r"(?i)(?<![\w-])(?:hade|höll|hölls|har[ \t]+hållit|genomförde|genomfördes)(?![\w-])"
)

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

#: A year or a term of years ending a heading: "2019-2020", "kaudella 2024 – 2025", "år 2024".  # noqa: RUF003
_YEARS_END = re.compile(r"\b(?:19|20)\d\d(?:\s*[\u2013\u2014-]\s*(?:19|20)?\d\d)?\s*:?\s*$")


#: "Ledamöter i regionstyrelsen …", "Ersättare i nämnden": a list's seats, then its body
#: "i Västerbygdens gemensamma " right before a body's word: "i", perhaps an owner in the
#: genitive, perhaps adjectives; group 1 where the body's name begins.
_INDECLINABLE_LEAD = re.compile(
    r"(?<![\w-])(?:[iI]|[tT]ill)[ \t]+((?:[A-ZÅÄÖ][\w-]*[ \t]+)?(?:[a-zåäö]+[as][ \t]+){0,3})"
)
_SEATS_IN = re.compile(r"\s*([A-ZÅÄÖ][a-zåäö]+)\s+(?:i|för|vid)\s+([a-zåäö][\w-]+)(?![\w-])")


#: A name and an officer's office after it on a card's line: "Aino Berg, ordförande", "Aino
#: Berg Ordförande +358 40 123 4567 aino.berg@…".
#: An election item's heading: the body the lines below are elected to ("Till styrelsen").
_ELECTED_TO = re.compile(r"(?:Till|TILL)[ \t]+(\w+)")
#: An item of a meeting's that elects ("… valinta", "Val av …").
_OFFICER_ELECTION = re.compile(r"(?i)(?<![\w-])(?:valinta|valitseminen|vaali|val[ \t]+av)(?![\w-])")
#: "Val av ordförande och 5 ledamöter": an election item's seats (:meth:`_election_of_seats`).
_ELECTION_OF_SEATS = re.compile(r"(?i)val[ \t]+av[ \t]+(?P<seats>[\w ,]{3,60})")
#: The term after an office at a line's end ("ordförande på ett år", "ledamot för två år").
_TERM_AFTER = re.compile(
    r"[ \t]+(?:på|för)[ \t]+(?:vardera[ \t]+)?(?:ett|två|tre|\d)[ \t]+år[ \t]*$"
)
_NAME_THEN_OFFICE = re.compile(
    r"[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2},?[ \t]+(?P<office>[^\W\d]+(?:[ \t]+[^\W\d]+)?)"
    r"(?=[ \t]*$|,?[ \t]+\+?\d|,?[ \t]+\S+(?:@|[ \t]*[\[(]at[\])])"
    # "Aino Berg, Ordförande3G/Mobil: 040 …": the card's telephone's label run into the office
    # on a page turned from PDF
    rf"|{CONTACT_LABEL.pattern}"
    # "Aino Berg, ordförande (Testby stad)": whom the seat is for in parentheses closing it
    r"|[ \t]+\([^()\n]{2,60}\)[ \t]*$"
    # "Aino Berg, varapuheenjohtaja, Kylälä": her home town after a comma closing it
    r"|,[ \t]*[A-ZÅÄÖ][\w-]+[ \t]*$)"
)

#: "Aino Ek, puheenjohtaja ja tiedottaja, Bo Lind, …": a run of names, the first one's office
#: set off by commas after it (another duty after "ja" allowed), another name after it
_NAME_OFFICE_RUN = re.compile(
    r"[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2},[ \t]+(?P<office>[a-zåäö]+)"
    r"(?:[ \t]+ja[ \t]+[a-zåäö]+)?,[ \t]+[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ]"
)
#: "Aho Aino Kylälä puheenjohtaja ja seuran esimies, …": a name (surname first or last, a town
#: perhaps after it), then an office, alone or before "ja" and another duty, or a comma (and
#: whatever follows it: "Aino Aho puheenjohtaja, Testilän seudun hallitus", her seat elsewhere)
_NAME_TOWN_OFFICE = re.compile(
    r"[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}[ \t]+(?P<office>[a-zåäö]+)"
    r"(?=[ \t]*$|[ \t]+ja[ \t]+[a-zåäö]|,[ \t]*\S)"
)

#: "Aino Ek", "Bo Lind-Aho (sammankallande)": one name of a run on a line, perhaps with a short
#: parenthesis after it
_NAME_IN_RUN = re.compile(
    # ("Carl-M. Jonsson": a first name and a second one's initial)
    rf"(?:{NAME_HYPHEN_INITIAL}\.|[A-ZÅÄÖ][\w'-]+)(?:[ \t]+[A-ZÅÄÖ][\w'-]+){{1,2}}"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"
)


#: "Kunniajäsenet", "KUNNIAJÄSENET", "Hedersmedlemmar", "Kunniapuheenjohtaja": a heading of
#: honorary members or an honorary chair, a title given, no seat in the body
_HONORARY_WORDS = (
    r"(?:kunniajäsen|kunniapuheenjohtaja|hedersmedlem|hedersledam|hedersordförande)\w*"
)
_HONORARY_LABEL = re.compile(rf"(?i){_HONORARY_WORDS}")
#: "Hallitus 2022-2024", "Styrelsen 2023": a body's bare word over its term of office.
#: The members' plural label over a body's list, perhaps with its term ("Medlemmar
#: 2021-2025", "Jäsenet"), not one seat's label ("Ordinarie ledamot").
_PLURAL_MEMBERS_LABEL = re.compile(
    r"(?i)(?:medlemmar|ledamöter(?:na)?|jäsenet|members)(?:[ \t]+(?:19|20)\d\d"
    r"(?:[ \t]*[-\u2013][ \t]*(?:19|20)?\d\d)?)?[ \t]*:?"
)
_BODY_OVER_TERM = re.compile(
    # (perhaps after its owner's word in the genitive: "Föreningens Valberedning 2024")
    r"(?:([A-ZÅÄÖ][a-zåäö]+)|[A-ZÅÄÖ][a-zåäö]+[sn][ \t]+([A-ZÅÄÖa-zåäö][a-zåäö]+))"
    r"[ \t]+(?:19|20)\d\d(?:[ \t]*[-\u2013]?[ \t]*(?:19|20)?\d\d)?:?"
)
#: "Hallituksen kunniapuheenjohtajat", "Styrelsens hedersledamöter": a body's honorary
#: officers or members under a heading naming the body in the genitive.
_BODY_HONORARY_LABEL = re.compile(rf"(?i)[\w-]+(?:n|s)[ \t]+{_HONORARY_WORDS}")


#: The name of a column of posts ("Befattning Grad Namn"): the header's first cell, no caption.
_POST_COLUMN = re.compile(r"(?i)befattning|funktion|post|tehtävä|asema|virka")
#: A table's caption, one capitalised word, then the names of its columns ("Honnör Grad Namn").
_CAPTION_THEN_COLUMNS = re.compile(r"([A-ZÅÄÖ][a-zåäö]{2,})[ \t]+(\S+(?:[ \t]+\S+){1,3})")
#: A blank line right after a line's end (spaces before or on it).
_BLANK_AFTER = re.compile(r"[ \t]*\r?\n[ \t]*\r?\n")


#: "Ersättare:          Aino Ek": a seat's label, a run of spaces, then the first name
_PADDED_LABEL_LINE = re.compile(
    r"(?m)^(?P<label>[^\W\d][\w -]{1,40}?)[ \t]*:(?P<gap>[ \t]{3,})(?P<name>\S[^\n]*?)[ \t]*$"
)
#: the lines under it: a blank line perhaps, then the next name alone, set in by spaces
_PADDED_NAME_BELOW = re.compile(
    r"\n(?:[ \t]*\n)*(?P<indent>[ \t]{8,})(?P<name>\S[^\n]*?)[ \t]*(?=\n|$)"
)
#: An election's label over its names: "Till förtroendevalda revisorer valdes:", "Som
#: suppleanter omvaldes:", "Tilintarkastajiksi valittiin:".
_ELECTED_AS_LABEL = re.compile(
    r"(?i)(?:(?:till|som)[ \t]+[\w -]{1,60}?[ \t]+(?:om|ny|åter|in)?valdes|"
    r"[\w -]{1,60}?(?:ksi|iksi)[ \t]+(?:valittiin|nimettiin))(?:[ \t]+\w+){0,3}[ \t]*:?"
)
#: A heading of this many words or more naming no body: a news item's title, a new item
#: of its page.
_NEWS_TITLE_WORDS = 4
#: An office's word in lower case, perhaps "ja"/"och" and a duty, then a name of two or
#: three capitalised words closing the line: "puheenjohtaja Aino Berg", "sihteeri ja
#: tiedotusvastaava Bo Lind".
_OFFICE_BEFORE_NAME = re.compile(
    r"(?P<office>[a-zåäö]+)(?:[ \t]+(?:ja|och)[ \t]+[\w-]+)?"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){2,3}"
)
#: "Puheenjohtaja Aino Berg (2019-2021)": an office with a capital, a name of two or three
#: words and the term in brackets closing the line.
_OFFICE_NAME_TERM = re.compile(
    r"(?P<office>[A-ZÅÄÖ][a-zåäö]+)"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){2,3}"
    r"[ \t]+\((?:19|20)\d\d[ \t]*[-\u2013\u2014][ \t]*(?:19|20)?\d\d\)"
)


#: "• Kyläjuhlat: Aino Ek, Bo Lind": a list line of a topic, a colon and what follows it
_TOPIC_LINE = re.compile(
    r"[ \t]*(?:[•·▪*\u2013-][ \t]*)?(?P<topic>[A-ZÅÄÖ][^:\n]{1,50}?)[ \t]*:"
    r"[ \t]*(?P<names>\S[^\n]*)"
)
#: What joins the names of such a line: a comma, "ja" or "sekä"
_NAMES_JOIN = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:ja|sekä)[ \t]+")


#: A role's label and its colon opening an entry of a run of names ("suppleanter: Bo Lind").
_ROLE_LABEL_IN_RUN = re.compile(r"\s*(?P<label>[^\W\d][\w .-]{2,30}?)[ \t]*:[ \t]*")


class HeadingPasses:
    """Passes of the :class:`~hytegraph.authoring.extract.walker.Walker` (a mixin)."""

    def _bullets_apart(self, text: str) -> str:
        """A slide's bullets run onto one line with one that names a body with members alone
        ("… • Styrelsen • Aino Berg (Norrby) ordförande • Bo Lind …"): one a line (the space
        before each bullet a line break, the same length)."""

        def apart(mt: re.Match[str]) -> str:
            items = [item.strip() for item in mt.group().split("•")]
            if not any(" " not in item and self._seat_body_word(item) for item in items if item):
                return mt.group()
            return mt.group().replace(" •", "\n•")

        if text.count(" •") < 4:
            return text  # no line with four bullets or more: nothing to part (a quick look)
        # the pattern reads whole lines: only lines with four bullets or more can match
        return "\n".join(
            _BULLETS_RUN.sub(apart, line) if line.count(" •") >= 4 else line
            for line in text.split("\n")
        )

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

    def _label_comma_runs(self, text: str) -> str:
        """A line of a member's or a deputy's label, a comma and a run of names ("Ledamöter,
        Aino Ek, Bo Lind och Eva Berg", "Ersättare, Per Ek och Stig Berg"): the comma read as
        the colon it stands for (the same length: every span is still the text's)."""
        if ", " not in text:
            return text
        chars: list[str] | None = None
        for mt in _LABEL_COMMA_RUN.finditer(text):
            if self.lex.role_of(mt.group("label")) not in ("member", "deputy_member"):
                continue
            if chars is None:
                chars = list(text)
            chars[mt.start("comma")] = ":"
        return text if chars is None else "".join(chars)

    def _lead_semicolons(self, text: str) -> str:
        """A line's lead-in of lower-case words that says a seat ("Omval på följande
        ledamöter", "Ersättare"), a semicolon and a person's name ("…; Aino Ek, ordförande, Bo
        Lind och …"): the semicolon read as the colon it stands for (the same length)."""
        if "; " not in text:
            return text
        chars: list[str] | None = None
        for mt in _LEAD_SEMICOLON.finditer(text):
            seat = self.lex.find_role(mt.group("lead"))
            if seat is None or seat[0] not in ("member", "deputy_member"):
                continue
            at = mt.start("rest")
            if self.reader.person_at(tokens(text, at, mt.end()), 0, in_list=True) is None:
                continue
            if chars is None:
                chars = list(text)
            chars[mt.start("semi")] = ":"
        return text if chars is None else "".join(chars)

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
            lead = text[mt.start() : b.start]
            office = self.lex.find_role(re.split(r"[.!?](?=\s)", lead)[-1])
            if office is not None and office[0] in ("chair", "vice_chair", "secretary"):
                # "Till ordförande i gruppen valdes: A, sekreterare B, ledamöter: C, D": the
                # line names an office, not a run of members
                continue
            if re.search(r"(?<![\w-])vid\s+$", text[max(0, b.start - 10) : b.start]):
                # "Att representera föreningen vid distriktsstämman valdes:": the meeting they
                # go to, no body whose seats they hold
                continue
            # ("RPG:s förbundsstyrelse …": the organisation's abbreviation in the genitive is
            # whose body it is, no part of the body's name)
            name = _definite(_ABBREVIATION_OWNER.sub("", b.name).casefold())
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
            carried = ""
            for s, e in spans:
                label = _ROLE_LABEL_IN_RUN.match(text, s, e)
                labelled = self._entry_role(label["label"]) if label is not None else ""
                if label is not None and labelled:
                    # "…, Eva Ek, suppleanter: Bo Lind och Per Holm": the run's last entries
                    # under a role's label of their own (an officer's label, its entry alone)
                    s = label.end()
                    if labelled in ("member", "deputy_member"):
                        carried = labelled
                entry = text[s:e]
                role, extra = labelled or carried, None
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
                        role = self._entry_role(said) or carried
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

    def _bare_serving_body(self, text: str, line: Line, ctx: Context) -> list[Mention]:
        """The body a lead-in says its people sit in when it names it by a bare word ("I
        valberedningen ingår", "Toimikunnassa toimivat"): a body of its own unless it is the
        head word of the body the text is about ("I rådet sitter" under "Pensionärsrådet")."""
        lead = self.serving.search(line.text) or self.elected_into.search(line.text)
        if lead is None or len(line.text.split()) > (9 if line.text.endswith(":") else 6):
            return []
        a = line.start + lead.start()
        # ("Vi i styrelsen": the page's own body, said by those who sit in it)
        ours = _WE_IN.match(line.text) is not None
        found = [
            b
            for b in self.reader.bodies(tokens(text, a, line.start + lead.end()))
            if not b.plural
            # (a word that points back, "I rådet sitter", only when the text is about another
            # kind of body: "Hallitukseen valittiin …:" after the council's officers)
            and (
                ours
                or not self.anaphora.match(b.written)
                or (ctx.body is not None and lead.start() == 0)
            )
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

    def _election_of_seats(self, text: str, line: Line, label: str) -> Mention | None:
        """Swedish: "7. Val av ordförande och 5 ledamöter:" over "Ordförande:  Aino Berg" lines
        in a meeting's minutes: an election item that names the seats but no body elects the
        association's board (a mention of the label as :attr:`Lexicon.board`); else None."""
        said = _ELECTION_OF_SEATS.fullmatch(label.rstrip(" \t:"))
        if self.lex.lang != "sv" or said is None or not self._office_line_below(text, line):
            return None
        seats = re.split(r"[ \t]*,[ \t]*|[ \t]+(?:och|samt)[ \t]+", said.group("seats"))
        if not all(self.lex.role_of(re.sub(r"^\d+[ \t]+", "", x)) for x in seats):
            return None
        a = line.content_start
        kind = self.lex.body_kind(self.lex.board.casefold()) or "body"
        return Mention(a, a + len(label), label, self.lex.board, kind, 0.5)

    def _office_line_below(self, text: str, line: Line, within: int = 1) -> bool:
        """Whether one of the next ``within`` lines of ``text`` after ``line`` (the next one
        by default; short list lines only) is an office, a dash or colon and a name
        ("ORDFÖRANDE \u2013 Aino Berg", "Kassör: Bo Lind")."""
        at = line.end
        for _ in range(within):
            nxt = re.match(
                # a list's bullet before the line is no part of it ("• Aino Berg, ordf")
                r"\s*\n\s*(?:[•·▪◦●*][ \t]+)?([^\n]+)",
                text[at : at + 200],
            )
            if nxt is None:
                return False
            if self._officer_list_line(nxt.group(1)):
                return True
            if (
                len(nxt.group(1)) > 80
                or _PROSE_LINE.match(nxt.group(1))
                # (a label of its own over the lines after it: "Vanhusneuvoston jäsenet:")
                or nxt.group(1).rstrip().endswith(":")
            ):
                return False
            at += nxt.end()
        return False

    def _officer_list_line(self, said: str) -> bool:
        """Whether a list line is an officer's: "ORDFÖRANDE \u2013 Aino Berg", "puheenjohtaja
        Aino Berg", "Aino Berg, ordförande"."""
        # (the name perhaps begun by a double first name's initials: "Ordf: L-E Langels")
        head = re.match(
            r"([^\W\d][\w ]{2,30}?)\s*(?:[\u2013\u2014:-])\s*([A-ZÅÄÖ](?:\w+|-[A-ZÅÄÖ]\b))", said
        )
        if head is not None and self.lex.role_of(head.group(1).casefold()) is not None:
            return True
        # "puheenjohtaja Aino Berg", "sihteeri ja tiedotusvastaava Bo Lind": an officer's
        # office in lower case (perhaps joined to a duty), then a name closing the line
        lead = _OFFICE_BEFORE_NAME.fullmatch(said.strip()) or _OFFICE_NAME_TERM.fullmatch(
            said.strip()
        )
        if lead is not None and self.lex.role_of(lead.group("office")) in (
            "chair",
            "vice_chair",
            "secretary",
        ):
            return True
        # "Aino Berg, ordförande", "Aino Berg Ordförande +358 40 … aino@…": a name, then an
        # officer's office, alone or before the card's telephone number or e-mail
        card = (
            _NAME_THEN_OFFICE.match(said)
            or _NAME_OFFICE_RUN.match(said)
            or _NAME_TOWN_OFFICE.match(said)
        )
        return card is not None and self.lex.role_of(card.group("office").casefold()) in (
            "chair",
            "vice_chair",
            "secretary",
        )

    def _officer_election_item(self, text: str, line: Line, label: str) -> Mention | None:
        """The body of a meeting's item that elects its officer, named in the item's heading
        ("8 § Hallituksen puheenjohtajan valinta", "§ 8 Val av ordförande i styrelsen", "Val
        av styrelsens sekreterare"), when the line below names an officer's office and a
        person ("Puheenjohtajaksi valittiin Aino Berg.", "Kokous valitsi puheenjohtajaksi …"):
        the decision's office is in that body. None otherwise."""
        if len(label.split()) > 9 or not _OFFICER_ELECTION.search(label):
            return None
        if not any(
            self.lex.role_of(w.casefold()) in ("chair", "vice_chair", "secretary")
            for w in re.findall(r"[^\W\d]+", label)
        ):
            return None
        found = [b for b in self.reader.bodies(tokens(text, line.start, line.end)) if not b.plural]
        if len(found) != 1:
            return None
        nxt = re.match(r"\s*\n\s*([^\n]+)", text[line.end : line.end + 300])
        if nxt is None:
            return None
        at = line.end + nxt.start(1)
        below = tokens(text, at, at + len(nxt.group(1)))
        if not any(
            self.lex.role_of(t.text.casefold()) in ("chair", "vice_chair", "secretary")
            for t in below
        ) or not self.reader.persons(below):
            return None
        body = found[0]
        return replace(body, name=body.name[:1].upper() + body.name[1:])

    def _officer_sentence_below(self, text: str, line: Line) -> bool:
        """Whether the next line of ``text`` after ``line`` is a sentence that opens with an
        officer's office (a chair's, a vice chair's or a secretary's), perhaps after "Till",
        and names a person among its next four words: "Puheenjohtajaksi valittiin Aino Berg.",
        "Till ordförande valdes Bo Lind.", "Sekreterare är Eva Holm."."""
        nxt = re.match(r"\s*\n\s*([^\n]+)", text[line.end : line.end + 300])
        if nxt is None:
            return False
        words = re.match(
            r"(?:(?:Till|till)[ \t]+)?([^\W\d]+)((?:[ \t]+[^\W\d]+){0,4})",
            nxt.group(1),
        )
        if words is None or self.lex.role_of(words.group(1).casefold()) not in (
            "chair",
            "vice_chair",
            "secretary",
        ):
            return False
        at = line.end + nxt.start(1) + words.start(2)
        end = line.end + nxt.start(1) + words.end(2)
        return bool(self.reader.persons(tokens(text, at, end)))

    def _elected_as_seat_into(self, text: str, line: Line, label: str) -> Mention | None:
        """The body a heading saying only the seat its people were elected to ("Valdes in som
        ordinarie ledamöter") means: the one the last election in the prose before it (up to
        600 characters back) was to ("Det valdes in nya ledamöter till styrelsen"); else
        None."""
        seat = _ELECTED_AS_SEAT.fullmatch(label)
        if seat is None or self.lex.role_of(seat.group(1)) not in ("member", "deputy_member"):
            return None
        said = list(_ELECTED_TO_BODY.finditer(text, max(0, line.start - 600), line.start))
        if not said:
            return None
        a, b = said[-1].span(1)
        found = [m for m in self.reader.bodies(tokens(text, a, b)) if not m.plural]
        if len(found) != 1:
            return None
        return replace(found[0], name=found[0].name[:1].upper() + found[0].name[1:])

    def _capital_officer_below(self, text: str, line: Line) -> bool:
        """Whether the next line of ``text`` after ``line`` is an officer's office with a
        capital and a name, nothing between ("Ordförande Aino Berg", "Vice ordförande Bo
        Lind")."""
        nxt = re.match(r"\s*\n[ \t]*([^\n]+)", text[line.end : line.end + 200])
        said = nxt.group(1) if nxt is not None else ""
        if nxt is not None and self._names_columns(said):
            # "Roll Namn Mandatperioden börjar Mandatperiod slutar": a table's header run
            # together over its rows, the first row under it
            after = re.match(r"\s*\n[ \t]*([^\n]+)", text[line.end + nxt.end() :])
            said = after.group(1) if after is not None else ""
        office = _CAPITAL_OFFICE_NAME.match(said)
        if (
            office is not None
            and said[office.end() :].strip()
            and not re.search(r"\d", said[office.end() :])
        ):
            office = None  # (the row's other columns, the term's dates after the name)
        return office is not None and self.lex.role_of(office.group("office").casefold()) in (
            "chair",
            "vice_chair",
            "secretary",
        )

    def _elected_line_below(self, text: str, line: Line) -> bool:
        """Whether the next line of ``text`` after ``line`` is a name and an officer's office
        after a comma, perhaps with the term after it ("Aino Berg, ordförande på ett år")."""
        nxt = re.match(r"\s*\n\s*([^\n]+)", text[line.end : line.end + 200])
        if nxt is None:
            return False
        card = _NAME_THEN_OFFICE.match(_TERM_AFTER.sub("", nxt.group(1)))
        return card is not None and self.lex.role_of(card.group("office").casefold()) in (
            "chair",
            "vice_chair",
            "secretary",
        )

    def _name_alone_below(self, text: str, line: Line) -> bool:
        """Whether the next line of ``text`` after ``line`` that is not blank is a person's
        name and nothing else ("Marguerite Sjöström")."""
        nxt = re.match(r"(?:[ \t]*\n)+[ \t]*([^\n]*\S)", text[line.end : line.end + 300])
        if nxt is None or not 2 <= len(nxt.group(1).split()) <= 3:
            return False
        s0, e0 = line.end + nxt.start(1), line.end + nxt.end(1)
        person = self.reader.person_at(tokens(text, s0, e0), 0, in_list=True)
        return person is not None and person.start == s0 and person.end == e0

    def _name_run_line_below(self, text: str, line: Line) -> bool:
        """Whether the line right after ``line`` (one blank line between at most) is a run of
        two or more names joined by commas and "och"/"samt"/"ja"/"sekä", each of two or three
        capitalised words, a short parenthesis after a name allowed ("Aino Ek
        (sammankallande), Bo Lind och Eva Holm"), a full stop after the last name allowed
        ("Styrelsen", a blank line, "Aino Ek, Bo Lind och Eva Holm.")."""
        nxt = re.match(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*([^\n]+)", text[line.end : line.end + 300])
        if nxt is None:
            return False
        run = nxt.group(1).strip()
        items = re.split(r",[ \t]*|[ \t]+(?:och|samt|ja|sekä)[ \t]+", run.removesuffix("."))
        return len(items) >= 2 and all(_NAME_IN_RUN.fullmatch(item) for item in items)

    def _name_seat_entries_below(self, text: str, line: Line) -> bool:
        """Whether the first two entries under ``line`` (blank lines and short lines of at
        most three words and no comma between: the heading printed again, "Rad 1") each begin
        with a person's name, a comma, and a seat among the next two parts set off by commas
        ("Aino Berg, ny, ersättare, Testby län, …", "Bo Lind, ordinarie ledamot.")."""
        found, skipped = 0, 0
        pos = line.end
        for raw in lines_after(text, line.end):
            at = text.find("\n", pos) + 1
            pos = at + len(raw)
            entry = raw.strip()
            if not entry:
                continue
            if "," not in entry and len(entry.split()) <= 3:
                skipped += 1
                if skipped > 3:
                    return False
                continue
            at += len(raw) - len(raw.lstrip())
            person = self._first_person(text, at, at + len(entry))
            if person is None or person.start != at or len(person.name.split()) < 2:
                return False
            parts = _ENTRY_PARTS.split(text[person.end : at + len(entry)].rstrip(" ."))
            if parts[0].strip() or not any(
                self.lex.role_of(ELECTION_MARK.sub("", part, count=1)) in _SEATS
                or level_post_role(part)
                for part in parts[1:3]
            ):
                return False
            found += 1
            if found == 2:
                return True
        return False

    def _name_list_lines_below(self, text: str, line: Line, need: int = 3) -> bool:
        """Whether the lines right after ``line`` (blank lines before them allowed) begin with
        ``need`` or more lines each of a person's name alone or followed by a comma and a
        short capitalised list's or party's name ("Aino Ek, Yhteinen lista", "Bo Lind, YK")."""
        found, started = 0, False
        for raw in lines_after(text, line.end):
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

    def _name_mail_lines_below(self, text: str, line: Line, need: int = 2) -> bool:
        """Whether the lines right after ``line`` (blank lines between allowed) begin with
        ``need`` or more lines each of a person's name, perhaps a short note in parentheses,
        then a colon and an e-mail address and nothing else ("Aino Ek (sammankallande):
        aino.ek@example.se", "Bo Lind: bo.lind@example.se")."""
        found = 0
        for raw in lines_after(text, line.end):
            raw = raw.strip()
            if not raw:
                continue
            at = text.find(raw, line.end)
            person = self._first_person(text, at, at + len(raw))
            if person is None or person.start != at or len(person.name.split()) < 2:
                break
            if not _NAME_MAIL_TAIL.fullmatch(text[person.end : at + len(raw)]):
                break
            found += 1
            if found >= need:
                return True
        return False

    def _comma_deputy_lines_below(self, text: str, line: Line, need: int = 3) -> bool:
        """Whether the lines right after ``line`` (blank lines between them allowed) begin with
        ``need`` or more lines each of a person's name, a comma, a deputy's word and the
        deputy's name, nothing else ("Aino Ek, varalla Bo Lind")."""
        if self.lex.lang != "fi":
            return False
        found = 0
        for raw in lines_after(text, line.end):
            raw = raw.strip()
            if not raw:
                continue
            mt = _COMMA_DEPUTY_LINE.fullmatch(raw)
            if mt is None or not re.fullmatch(self.lex.deputies, mt.group(1), re.IGNORECASE):
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
        for raw in lines_after(text, line.end):
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

    def _members_compound(self, text: str, at: int, word: str) -> list[Mention]:
        """ "Församlingsrådsmedlemmar 2023-2026", "Styrelseledamöter:": a Swedish compound of a
        body's word (its linking "s" aside) and the members' word heads the body's list; the
        body is the first part's."""
        parts = re.fullmatch(r"(?i)(\w{4,}?)(s?)(?:medlemmar|ledamöter)", word)
        if self.lex.lang != "sv" or parts is None:
            return []
        for stem in dict.fromkeys((parts.group(1) + parts.group(2), parts.group(1))):
            found = [
                b
                for b in self.reader.bodies([Token(stem, at, at + len(stem))])
                if not b.plural and b.start == at and b.end == at + len(stem)
            ]
            if len(found) == 1:
                return [replace(found[0], name=_definite(found[0].name))]
        return []

    def _belongs_label_line(self, text: str, line: Line, ctx: Context) -> list[Finding] | None:
        """ "I styrelsen kvarstår från föregående årsmöte: A, B, C", "Hallitukseen kuuluvat: A,
        B": a line whose words before the colon hold a verb of belonging, two names or more
        after it: the seats the sentence rules read from the line as a sentence, when they
        are two or more and none has a status; else None."""
        colon = line.text.find(": ")
        if colon <= 0 or ctx.status or ctx.columns or ctx.contacts:
            return None
        verb = re.compile(rf"(?:{self.lex.belongs})", re.I)
        if not any(verb.fullmatch(w) for w in re.findall(r"[\w-]+", line.text[:colon])):
            return None
        end = line.end - (len(line.text) - len(line.text.rstrip()))
        found = self.sentences.read(
            text, Sentence(line.content_start, end, text[line.content_start : end]), ctx
        )
        seats = [f for f in found if f.kind == "membership"]
        if len(seats) < 2 or any(f.status or f.target is None for f in seats):
            return None
        return found

    def _seat_label_line(self, text: str, line: Line, ctx: Context) -> list[Finding]:
        """ "Ledamöter: Aino Ek och Bo Lind", "Varajäsenet: A, B": a members' or deputies'
        seat word, a colon and two names or more on one line, among no candidates: the entries
        in the body of the heading, else the one the text has just named, else in none yet (the
        page's one body, later); else none."""
        colon = line.text.find(": ")
        if colon <= 0 or ctx.status or ctx.columns or ctx.contacts:
            return []
        if self.lex.role_of(line.text[:colon].strip()) not in ("member", "deputy_member"):
            return []
        body = ctx.body or ctx.recent
        found = self.lists.entry(text, line.content_start, line.end, replace(ctx, body=body))
        if len(found) < 2 or any(f.kind != "membership" or f.status for f in found):
            return []
        ctx.body = body
        return found

    def _office_on_card(self, text: str, line: Line, ctx: Context) -> list[Finding] | None:
        """ "Anna Berg" / blank / "Sekreterare" / "+358 40 123 4567": on a contact card, an
        officer's role alone on its line, a person's name alone on the line above it (blank
        lines between) and a telephone number or e-mail right under it is that person's
        office, not a heading of the names below. The entries; None when not such a card."""
        word = line.text.strip()
        role = self.lex.role_of(word) if not word.endswith(":") else None
        if role not in ("chair", "vice_chair", "secretary") or ctx.status or ctx.columns:
            return None
        below = text[line.end :].lstrip().split("\n", 1)[0]
        if not below.strip() or not contact_line(below):
            return None
        above_end = len(text[: line.start].rstrip())
        above_start = text.rfind("\n", 0, above_end) + 1
        while above_start < above_end and text[above_start] in " \t":
            above_start += 1
        person = self.lists._person(text, above_start, above_end)
        if person is None or text[person.end : above_end].strip():
            return None
        return self.lists.entry(text, above_start, above_end, replace(ctx, role=role))

    def _padded_deputy_label_lines(self, text: str, out: Walk) -> None:
        """ "Ersättare:          Aino Ek" / "                     Bo Lind": a deputies' label
        padded with spaces before the first name, then names alone on the lines under it, each
        set in by a run of spaces: every one of them is a deputy of the body the first one
        is, as the label says (the next line not set in ends them)."""
        for mt in _PADDED_LABEL_LINE.finditer(text):
            if self.lex.role_of(mt.group("label")) != "deputy_member":
                continue
            spans: list[tuple[int, int]] = []
            pos = mt.end()
            while (below := _PADDED_NAME_BELOW.match(text, pos)) is not None:
                spans.append((below.start("name"), below.end("name")))
                pos = below.end()
            if not spans:
                continue
            head = [
                f
                for f in out.findings
                if f.kind == "membership" and mt.start("name") <= f.actor.start < mt.end("name")
            ]
            if len(head) != 1 or head[0].role != "deputy_member" or head[0].target is None:
                continue
            body = head[0].target.name
            for i, f in enumerate(out.findings):
                if (
                    f.kind == "membership"
                    and f.role == "member"
                    and not f.status
                    and f.target is not None
                    and f.target.name == body
                    and any(a == f.actor.start and f.actor.end == b for a, b in spans)
                ):
                    out.findings[i] = replace(f, role="deputy_member")

    def _caption_then_columns(self, label: str) -> re.Match[str] | None:
        """ "Honnör Grad Namn": one capitalised word that is no column's, role's or auditors'
        name, then the names of a table's columns, one of them the name's; else None."""
        caption = _CAPTION_THEN_COLUMNS.fullmatch(label)
        if (
            caption is None
            or self.lex.column(caption.group(1))
            or self.lex.role_of(caption.group(1))
            or AUDITOR.search(caption.group(1))
            or _POST_COLUMN.fullmatch(caption.group(1))
            or "name" not in (self.lists.glued_header(caption.group(2)) or [])
        ):
            return None
        return caption

    def _heading(self, text: str, p: Paragraph, ctx: Context, out: Walk) -> None:
        line = p.lines[0]
        label = line.text.strip().rstrip(":,").strip()
        if ctx.body_from_prose and _DATED_MEETING_HEADING.fullmatch(label):
            # "Kuukausikokous 20.3.1991" after a meeting whose prose named the board it
            # elected: the next meeting's report, whose sentences speak of that board no more
            ctx.body, ctx.body_from_prose = None, False
            ctx.listing, ctx.role, ctx.status = False, "", ""
            return
        if ctx.listing and _LINK_LINE.fullmatch(label):
            return  # "Kontakt>>" under an entry: a link of the entry's page, the list goes on
        if (
            ctx.contacts
            and ctx.auditors
            and (
                (
                    len(label.split()) == 1
                    and self._header_role(label) in ("member", "deputy_member")
                )
                or (
                    (named := self.lists._person(text, line.start, line.end)) is not None
                    and not text[named.end : line.end].strip()
                )
            )
        ):
            # "Revisorer" / "Agneta Ek" / "Ordinarie" / "Bo Lind" / "Suppleant": the kind of
            # auditor each is, no seat in the body above; the auditors' list goes on
            return
        if self._held_meeting_line(text, line, ctx):
            return
        if ctx.body is None and (meets := self._body_meeting(text, line, label)) is not None:
            # "Hallituksen kokous 3/2024", "Protokoll fört vid styrelsemöte": the minutes of the
            # body's meeting, whose roll ("Läsnä:", "Närvarande:") lists its seats below
            ctx.body, ctx.listing, ctx.role, ctx.status, ctx.group = meets, False, "", "", None
            return
        if card := self._office_on_card(text, line, ctx):
            out.findings += card
            ctx.listing, ctx.role = True, ""  # the list of cards goes on
            return
        if officer := self._genitive_office_line(text, line, ctx):
            out.findings += officer
            return
        if ctx.contacts and self._person_office_line(text, line):
            # "Sanni Mäki      sihteeri" under "Toimihenkilöinä ovat olleet": one more of the
            # list with no seats, no new heading (nor a guess of the tagger's, under officials)
            if ctx.experts:
                out.no_seat.append((line.start, line.end))
            return
        if (
            _HONOUR.search(label)
            and not self.lex.find_role(label)
            and not self.reader.bodies(tokens(text, line.start, line.end))
        ):
            # "Kultainen ansiomitali:", "Förtjänstmedalj i guld": the people under it were
            # honoured, they hold no seat; the list before it ends
            ctx.contacts, ctx.listing, ctx.role, ctx.group = True, False, "", None
            return
        if _NO_SEAT_PRESENT.fullmatch(label):
            # "Närvarande tjänstemän:", "Adjungerade (ständigt):", "Läsnä olleet
            # viranhaltijat:" under a board's members present: officials and the co-opted, no
            # seat; the list before it ends
            ctx.contacts, ctx.listing, ctx.role, ctx.group = True, False, "", None
            return
        if _CREDIT_HEADING.fullmatch(label) or _AGENT_HEADING.fullmatch(label):
            # "Historikens redaktion:" under a board's names: the editors of a publication,
            # no seat; the list before it ends
            ctx.contacts, ctx.listing, ctx.role, ctx.group = True, False, "", None
            return
        if (
            (sent := _REPRESENTATIVES_TO.fullmatch(label)) is not None
            and not any(self.lex.body_kind(w) for w in sent.group(1).split())
            and not self.reader.persons(tokens(text, line.start, line.end))
        ):
            # "Representanter Testviks byalag:" under a board's list: the association's
            # representatives at another organisation the heading names, no seats in the
            # body above (nor its deputies: "Ersättare, Bo Ek" under it); the list ends
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
        if ctx.body is None and (body := self._elected_as_seat_into(text, line, label)):
            # "Det valdes in nya ledamöter till styrelsen …" / "Valdes in som ordinarie
            # ledamöter:": the seats under the heading are in the body the prose before named
            ctx.body, ctx.role = body, self.lex.role_of(_ELECTED_AS_SEAT.fullmatch(label)[1])
            ctx.listing, ctx.columns, ctx.status, ctx.group = True, [], "", None
            return
        bodies = (
            self._composed_bodies(text, line.start, line.end)
            or self._bare_serving_body(text, line, ctx)
            or self._seats_in_body(text, line)
            or (
                self._bare_composed(text, line.start, line.end, ctx)
                if line.text.endswith(":") or _CONSISTS_LEAD_END.search(line.text)
                else []
            )
            or self._bare_joined_lead(text, line, ctx, out)
        )
        if len(bodies) == 1 and _PROPOSES.match(text, bodies[0].end):
            # "Valberedningen föreslog därvid val enligt följande:" under the board's election:
            # the body that proposes is no body of the names the proposal gives; they are of
            # the body the text named last before it ("I tur att avgå ur styrelsen var:")
            elected = ctx.body or self._seat_body_before(
                text, max(0, line.start - _PROPOSAL_REACH), line.start
            )
            if elected is not None and elected.name.casefold() != bodies[0].name.casefold():
                bodies, ctx.body = [], elected
        if not bodies and (
            term := re.fullmatch(
                r"(?:[^\n\-\u2013]+?[ \t](?:[-\u2013]|ry|rf)[ \t]+|(?i:vår|vårt)[ \t]+|"
                # ("SÖiS styrelse 2022": the organisation's acronym before the bare word)
                r"[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}(?::s|:n)?[ \t]+)?"
                rf"(\w+)[ \t]+(?:{TERM_WORDS}[ \t]*)?{TERM_YEARS}",
                label,
            )
            # "HALLITUS (pj + 3-8 jäsentä) ajalla 1.9.2022-31.8.2023": the bare word, what the
            # body is made of in parentheses, the term's dates
            or re.fullmatch(
                r"(\w+)(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+(?:ajalla|kaudella|toimikaudella)[ \t]+"
                r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d[ \t]*[-\u2013][ \t]*"
                r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d",
                label,
            )
            # "Hallitus 1+8+3 jäsentä", "Styrelse 7 ledamöter": the bare word, then how many
            # sit in it
            or re.fullmatch(
                r"(\w+)[ \t]+\d{1,2}(?:[ \t]*\+[ \t]*\d{1,2})*[ \t]+"
                r"(?:jäsentä|jäsenet|henkeä|ledamöter|ledamot|personer)",
                label,
            )
            # "Hoitokunta 1.1.-31.12.2018" over "A, varalla B" lines: the bare word, the term's
            # dates after it
            or (
                re.fullmatch(
                    r"(\w+)[ \t]+\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d\d)?[ \t]*[-\u2013][ \t]*"
                    r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d",
                    label,
                )
                if self._comma_deputy_lines_below(text, line)
                else None
            )
            # "Ohjausryhmä:" over its people: the bare word with a colon, too
            # "Den nya styrelsen:", "Ny styrelse:", "Uusi hallitus:": the bare word after "new"
            or (re.fullmatch(_NEW_BARE_BODY, label) if line.text.rstrip().endswith(":") else None)
            # "Styrelsen som valdes är som följer:", "Valittu hallitus on seuraava:": the bare
            # word, then that its people follow
            or (_BODY_AS_FOLLOWS.fullmatch(label) if line.text.rstrip().endswith(":") else None)
            # "Nedan följer styrelsens sammansättning efter årsmötet:" over "Ordförande Aino
            # Berg": the bare word after "below follows", an officer's line under it
            or (
                _FOLLOWS_BARE_BODY.fullmatch(label)
                if line.text.rstrip().endswith(":") and self._capital_officer_below(text, line)
                else None
            )
            # "Styrelsen" over "ORDFÖRANDE \u2013 Aino Berg": the bare word over an office's line
            # (also after the owner's word in the genitive and "current": "SEURAN NYKYINEN
            # HALLITUS" over "Puheenjohtaja Aino Berg (2019-2021)")
            or (_OWNED_BARE_BODY.fullmatch(label) if self._office_line_below(text, line) else None)
            # "Johtokunta ja muut toimielimet" over "Aino Berg puheenjohtaja, …": the bare word
            # first, the other bodies after it; the officers' lines under it are its
            or (
                _BARE_BODY_AND_OTHERS.fullmatch(label)
                if self._office_line_below(text, line)
                else None
            )
            # "Hallitus" over "Puheenjohtajaksi valittiin Aino Berg. …": the bare word over a
            # sentence that opens with an officer's office and names its holder
            or (
                _OWNED_BARE_BODY.fullmatch(label)
                if self._officer_sentence_below(text, line)
                else None
            )
            # "Styrelsen" over "Aino Berg, Bo Lind och Eva Holm.": the bare word over one
            # line of its members' names, joined by commas and "och"
            or (
                _OWNED_BARE_BODY.fullmatch(label) if self._name_run_line_below(text, line) else None
            )
            # "Styrelsen" over "Aino Berg, ny, ersättare, Testby län" paragraphs: the bare word
            # over entries of a name, a comma and the seat (a short sub-heading between)
            or (
                _OWNED_BARE_BODY.fullmatch(label)
                if self._name_seat_entries_below(text, line)
                else None
            )
            # "Styrelsemedlemmar" alone over the cards of its people (a name alone on the next
            # line): the members' compound, whose first part is the body
            or (
                re.fullmatch(r"(\w{4,}?s?(?:medlemmar|ledamöter))", label)
                if self._name_alone_below(text, line)
                else None
            )
            # "Till styrelsen" over "Aino Berg, ordförande på ett år": an election item's
            # heading, the body the lines below are elected to
            or (_ELECTED_TO.fullmatch(label) if self._elected_line_below(text, line) else None)
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
            if not bare:
                bare = self._members_compound(text, at, term.group(1))
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
        if not bodies and (board := self._election_of_seats(text, line, label)) is not None:
            bodies = [board]
        if not bodies and (elects := self._officer_election_item(text, line, label)) is not None:
            bodies = [elects]
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
            # ("Till styrelseordförande valdes:": a seat in one word with its body's)
            and not self.sentences._compound_prefix(into.group("fi") or into.group("sv"))
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
        if ctx.body is not None and _STAY_ON_LINE.match(line.text):
            # "Entisistä jatkavat A, B ja C" with no full stop under a body's composition: a
            # sentence naming the members who stay on, not a heading
            out.findings += self.sentences.read(
                text, Sentence(line.start, line.end, line.text), ctx
            )
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
        elif (
            not bodies
            and (ctx.body is None or ctx.body.kind == "ngo")
            and (board := self._bare_board_heading(text, line)) is not None
        ):
            # "Hallituksen varsinaiset jäsenet:" after "Yhdistyksen puheenjohtajana jatkoi A"
            # (or under no body at all): the seats of the board the heading names, not of the
            # association
            ctx.body = board
        status = self.lex.not_member_status(label)
        if status is None and line.text.rstrip().endswith(":") and _TURN_TO_LEAVE.search(label):
            # "I tur att avgå ur styrelsen vid årsmötet var:", "Erovuorossa olivat:": the
            # seats that ended at the meeting (those re-elected are named again as elected)
            status = "ended"
        # ("Rahastonhoitaja:" among the offices of a list: a member with that duty, the office
        # above it not the treasurer's: see _header_role)
        role = self._header_role(label) or self._officers_of_board_heading(text, line, ctx)
        halves = re.split(r"\s*/\s*|\s+[–-]\s+|\s*,\s*", label)  # noqa: RUF001
        if len(halves) == 1 and line.text.rstrip().endswith(":"):
            # "Varsinainen jäsen: Henkilökohtainen varamies:": two columns' labels, each
            # closed by its colon
            halves = re.split(r"[ \t]*:[ \t]+", label)
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
            # (not "Varajäsenet / Deputy members": the deputies' heading in two languages)
            and self._translated_seat(label) is None
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
            not columns
            and not bodies
            and not role
            and not status
            and (caption := self._caption_then_columns(label)) is not None
        ):
            # "Honnör Grad Namn": one capitalised word, then the names of a table's columns
            # (the rank, the name): the caption of the table below, the body whose officers
            # its rows list
            at = line.content_start + caption.start(1)
            word = caption.group(1)
            ctx.body = Mention(at, at + len(word), word, word, "body", 0.5)
            ctx.role, ctx.status, ctx.group, ctx.columns = "", "", None, []
            ctx.listing = True
            return
        if (
            columns
            and all(c in ("member", "deputy_member") for c in columns)
            and re.search(r"(?:^|\n)(?:[ \t]{2,}|\t)$", text[max(0, line.start - 8) : line.start])
        ):
            # "  Egentlig medlem Suppleant": the header's first cell left blank over a column
            # of the rows' own labels (a municipality, an organisation) before the people
            columns = ["organisation", *columns]
        ctx.contacts = ctx.experts = ctx.co_opted = False
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
        if (
            self.contacts.match(label)
            or (
                not bodies
                and AUDITOR.search(label)
                and (
                    len(SEAT_LENGTH.sub("", label).split()) <= 3
                    # "Till förtroendevalda revisorer valdes:", "Tilintarkastajiksi valittiin:"
                    or _ELECTED_AS_LABEL.fullmatch(label.strip()) is not None
                )
            )
            or (not bodies and _ADJUNCT_LABEL.fullmatch(label.strip(" \t:")))
            or (not bodies and _HONORARY_LABEL.fullmatch(label.strip(" \t:")))
            or (not bodies and not role and ADVISERS_LABEL.fullmatch(label.strip(" \t:")))
            or _BODY_HONORARY_LABEL.fullmatch(label.strip(" \t:"))
            or _OUTSIDE_BOARD.match(label)
        ):
            # (auditors under their heading, "Lekmanna revisorer:": no seats in the body; nor
            # co-opted persons under theirs, "Adjungerad kassör:"; nor honorary members under
            # theirs, "Kunniajäsenet", "Hedersmedlemmar")
            ctx.contacts = True
            ctx.co_opted = bool(_ADJUNCT_LABEL.fullmatch(label.strip(" \t:")))
            ctx.auditors = not bodies and bool(AUDITOR.search(label))
            ctx.experts = (
                self.lex.role_of(label) == "permanent_expert"
                or bool(re.match(r"(?:pysyv|ständig|permanent|toimihenkilö)", label, re.I))
                or bool(_HONORARY_LABEL.fullmatch(label.strip(" \t:")))
                or bool(ADVISERS_LABEL.fullmatch(label.strip(" \t:")))
                or bool(_BODY_HONORARY_LABEL.fullmatch(label.strip(" \t:")))
                or bool(_OUTSIDE_BOARD.match(label))
            )  # (nor a guess of the tagger's under these)
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
        if (
            group is not None
            and ctx.body is not None
            and not ctx.listing
            and not ctx.columns
            and not status
            and self._officer_heading_read(ctx, out)
            and self._name_lines(text, line.end, 2)
        ):
            # "Hallituksen puheenjohtaja" / "Aino Ek" / … / "Professorit" / "Bo Lind" / "Eva
            # Berg": after the body's officers, each under its office's heading, a group's
            # heading over lines of bare names lists more of the body's members; the heading
            # names a group of people, no place or organisation they are members for
            ctx.listing, ctx.role, ctx.group = True, "", replace(group, kind=PEOPLE_GROUP)
            return
        if (
            ctx.listing
            and ctx.body is not None
            and ctx.group is not None
            and not bodies
            and not role
            and not status
            and self._people_group_heading(text, line)
        ):
            # "Professorit" / "Aino Ek, kemia" / … / "Muu opetus- ja tutkimushenkilöstö" / "Bo
            # Lind, tutkija": in a list grouped under headings, a heading naming another group
            # of people (plural nouns, or a staff's collective noun) over a name: the next
            # group of the same list, which goes on
            self._close_group(ctx)
            ctx.group = None
            return
        if group is not None and ctx.body is not None and ctx.listing:
            self._close_group(ctx)
            ctx.group = group
            if (
                ctx.role in ("chair", "vice_chair", "secretary")
                and out.findings
                and out.findings[-1].role == ctx.role
            ):
                # "Puheenjohtaja:" / "Aino Ek" / "Kylälä:" / "Bo Lind": the officer named, the
                # place's heading starts the seats of the rest
                ctx.role = ""
            return
        if ctx.listing and not bodies and not role and self._is_organisation(text, line):
            return  # "Iisalmen Eläkeläiset ry" under a name: the list goes on
        if (
            ctx.listing
            and ctx.body is not None
            and not bodies
            and not role
            and not status
            and self._between_party_lines(text, line)
        ):
            # "Bo Ek (S)" / "" / "Region Norr" / "Eva Lind (M)": a group's heading (who
            # appoints the seats under it) between the lines of one list, which goes on
            return
        if (
            ctx.body is not None
            and len(bodies) == 1
            and not role
            and not status
            and bodies[0].start == line.content_start
            and bodies[0].end >= len(line.text.rstrip()) + line.start
            and self._name_line_before(text, line.start)
            and not self._role_label_after(text, line.end)
            # ("Pia Ek" / "" / "Valberedning" / "Aino Ek, Bo Lind och Eva Holm": a body's name
            # right over a line of two or more names heads their list)
            and not self._name_run_line_below(text, line)
            # ("Eva Ek" / "" / "Kyrkoråd" / "" / "Kyrkorådet består av …": a body's name set
            # apart by blank lines on both sides heads a section of its own)
            and not (
                "\n\n" in text[len(text[: line.start].rstrip()) : line.start]
                and text[line.end :].lstrip(" \t").startswith("\n\n")
            )
            # ("Pia Ek" / "KYRKORÅD" / "" / "Bo Lind (ordförande)": a body's name in capitals
            # over a blank line heads a list of its own, also glued to the name before it)
            and not (line.text.isupper() and _BLANK_AFTER.match(text, line.end))
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
        if (
            not bodies
            and not ctx.meeting_said
            and self.lex.lang == "fi"
            and self.electing is not None
            and line.text.rstrip().endswith(":")
            and (said := re.match(r"(?:\w+[ \t]+)?(\w+kokouksessa)(?![\w-])", label)) is not None
            and self.electing.fullmatch(said.group(1))
        ):
            # "Yhdistyksen vuosikokouksessa 19.2.2023:" over bullets "Valittiin uudeksi
            # puheenjohtajaksi X": the association's meeting, whose seats are its board's
            ctx.meeting_said = True
            a, b = line.content_start + said.start(1), line.content_start + said.end(1)
            ctx.meeting = Mention(a, b, said.group(1), self.lex.board, "body", 0.5)
            return
        if (
            bodies
            and ctx.listing
            and ctx.body is not None
            and not role
            and not status
            and not line.text.rstrip().endswith(":")
            and self._appointer_named_before(text, bodies, ctx.body.start)
        ):
            # "Sedan 2015 utses två ledamöter av länsstyrelsen i X" … "Styrelsen:" / "A (S)" /
            # "Länsstyrelsen i X" / "B": the body the text said appoints seats heads the group
            # of those it appoints; the list goes on
            return
        if (
            ctx.listing
            and ctx.body is not None
            and not role
            and not status
            and SECTOR_LABEL.fullmatch(line.text) is not None
        ):
            # "Julkinen taho" / "Offentlig sektor:" between the rows of a board's list (a
            # table's columns perhaps over it): the sector the rows below come from, the same
            # body's list going on
            return
        if (
            len(bodies) == 1
            and not role
            and not status
            and bodies[0].start == line.content_start
            and _DOCUMENT_OF_BODY.fullmatch(text[bodies[0].end : line.end].strip()) is not None
        ):
            # "Kansalaisraadin loppuraportti" over a page's contacts: a document's title
            out.named.append((bodies[0], (line.start, line.end)))
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
                or _CONSISTS_LEAD_END.search(line.text) is not None
                # (the officer's line perhaps after a treasurer's or a member's: "Hallitus
                # 2024" over "Aino Ek, rahastonhoitaja" / "Bo Lind, puheenjohtaja")
                or self._office_line_below(text, line, within=3)
                # "Till styrelsen" over "Aino Berg, ordförande på ett år"
                or (
                    _ELECTED_TO.fullmatch(label) is not None
                    and self._elected_line_below(text, line)
                )
                # "Seurakuntaneuvosto" with no colon over "Aino Ek, Yhteinen lista" lines:
                # the body's name alone over three or more lines of a name and its list
                or (
                    len(label.split()) <= 3
                    and text[line.start : bodies[0].start].strip() == ""
                    and self._name_list_lines_below(text, line)
                )
                # "Valberedning" with no colon right over "Aino Ek (sammankallande), Bo Lind
                # och Eva Holm": the body's name alone over one line of its members' names
                or (
                    len(label.split()) <= 3
                    and not text[line.start : bodies[0].start].strip()
                    and not text[bodies[-1].end : line.end].strip()
                    and self._name_run_line_below(text, line)
                )
                # "Valberedningen" with no colon over "Aino Ek (sammankallande): aino.ek@…" /
                # "Bo Lind: bo.lind@…": the body's name alone over lines of its members' names,
                # each with an e-mail address after a colon
                or (
                    len(label.split()) <= 3
                    and not text[line.start : bodies[0].start].strip()
                    and not text[bodies[-1].end : line.end].strip()
                    and self._name_mail_lines_below(text, line)
                )
                # "Testilän ry:n hallitus" over "pj Aino Ek, Kylälän Vesi Oy (vara Bo Lind)"
                # lines: the body's name over its members with their deputies
                or (
                    len(label.split()) <= 4
                    and not text[bodies[-1].end : line.end].strip()
                    and self._deputy_lines_below(text, line)
                )
                # "Hoitokunta 2018" over "Aino Ek, varalla Bo Lind" lines: the body's heading
                # over its members, each with the personal deputy after a comma
                or (len(label.split()) <= 4 and self._comma_deputy_lines_below(text, line))
                # "Vi i valberedningen" over "Aino Ek" / "Bo Lind": those who sit in the body,
                # one name a line
                or (
                    _WE_IN.match(label) is not None
                    and not text[bodies[-1].end : line.end].strip()
                    and self._name_alone_below(text, line)
                )
            )
            if not ctx.listing and not ctx.role and self._names_follow_term(text, line):
                # "Lammin nuorisovaltuusto 2023-2024" over lines that are each one name: the
                # body's members for that term
                ctx.listing, ctx.role = True, "member"
            return
        ctx.columns = []
        if (
            role
            and not bodies
            and (into := self.elected_into.search(label)) is not None
            and self.sentences._compound_prefix(word := into.group("fi") or into.group("sv"))
            and word in line.text
        ):
            # "Till styrelseordförande valdes:": the seat's body is the compound's first part
            at = line.start + line.text.find(word)
            owner = self.sentences._compound_body(
                text, tokens(text, at, at + len(word))[0], [], Context()
            )
            if owner is not None:
                ctx.body = owner
        if role or pairs:
            if (
                ctx.after_role_header
                and not pairs
                and role
                and ctx.header_roles
                and not (
                    # "VARSINAISET JÄSENET:" / "Puheenjohtaja:" over the chair's card, or
                    # "Medlemmar 2021-2025" / "Ordförande" / "Laila Andersson (Kirsi Martin)": an
                    # office's label under the members' heading, no second column of a table
                    ctx.header_roles == ["member"]
                    and role in ("chair", "vice_chair", "secretary")
                    and (
                        line.text.rstrip().endswith(":")
                        or _PLURAL_MEMBERS_LABEL.fullmatch(
                            text[: line.start].rstrip().rpartition("\n")[2].strip()
                        )
                        is not None
                    )
                )
            ):
                ctx.header_roles.append(role)  # the next column of a table laid out in lines
            else:
                ctx.header_roles = [role or "member"]
                ctx.role = role or "member"
            ctx.header_cells = 0
            ctx.pairs = pairs
            ctx.listing = True
            ctx.after_role_header = True
            recent = ctx.recent
            if (
                (pairs or (role == "member" and _MEMBERS_HAVE_BEEN.fullmatch(label)))
                and ctx.body is None
                and recent is not None
                and not recent.plural
                and not _APPOINTING.search(recent.name.casefold().split()[-1])
                and line.start - recent.end < 300
            ):
                # "Osakaskunnan hoitokunta: 2022." / "Varsinainen jäsen: Henkilökohtainen
                # varamies:": the pairs under the columns' labels are of the body the text
                # has just named; so are the members of "Styrelsen har haft 11 möten." /
                # "Medlemmar har varit"
                ctx.body = recent
            return
        if status:
            ctx.status = status
            ctx.listing = True
            return
        if (belonging := self._belongs_label_line(text, line, ctx)) is not None:
            # "I styrelsen kvarstår från föregående årsmöte: A, B, C": a sentence with its colon
            # and no full stop, read as one; a list above it ends there
            out.findings += belonging
            ctx.listing, ctx.role, ctx.pairs, ctx.header_roles = False, "", False, []
            return
        if self.intro.search(label) and (seated := self._seat_label_line(text, line, ctx)):
            # "Ledamöter: Aino Ek och Bo Lind" among the officers' lines of the body the text
            # has named ("… haft en styrelse enligt följande:"): the names after the seat's
            # label, and the list goes on
            out.findings += seated
            ctx.listing, ctx.role, ctx.pairs, ctx.header_roles = True, "", False, []
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
            own = self._bare_body_listed(text, line, ctx) or self._topic_body(text, line, ctx)
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
            if (
                ctx.body is None
                and len(label.split()) >= _NEWS_TITLE_WORDS
                # (a sentence on a line of its own, an interview's question: the same item)
                and not line.text.rstrip().endswith((".", "?", "!"))
            ):
                # "Skånekretsens årsmöte med föredrag om …" over a new item of a page of news:
                # a body named in passing in the item before is not what this one speaks of,
                # and a meeting this one tells of may fill seats (not "Tehtävät" between a
                # body's text and "Kokoonpano": a section of the same page)
                ctx.recent = None
                ctx.meeting_said = False
        elif (
            ctx.body is not None
            and _PROSE_LINE.match(text[: line.start].rstrip().rpartition("\n")[2])
            and not _ELECTION_WORD.search(label)
            # (not "Det åligger direktionen att:": the body named again, its tasks listed)
            and not self.reader.bodies(tokens(text, line.start, line.end))
            and self._topic_heading_between(text, self._listed_until(ctx.body, out), line.start)
        ):
            # "Vi i valberedningen" / names / "Medlemsaktiviteter" / "Varje år anordnar vi …."
            # / "Tidigare år har vi haft aktiviteter som:": after another topic's heading and
            # its prose, a lead-in that names no body, no seat and no election speaks of other
            # things than the body's people
            ctx.body, ctx.listing = None, False
        elif ctx.body is not None and not ctx.contacts:
            # "Svenska folkpartiet (SFP) – 16 mandat (+1):" under "Kristinestads fullmäktige":  # noqa: RUF003
            # a heading that names no body and no role but announces what follows; the
            # persons under it sit in the body of the nearest heading that named one
            ctx.listing = True
            if ctx.status == "ended" and _ELECTION_WORD.search(label):
                # "I tur att avgå … var:" / names / "Valberedningen föreslog val enligt
                # följande:": the names after it are elected, no longer those who left
                ctx.status = ""
        ctx.role = ""
        ctx.pairs = False

    @staticmethod
    def _listed_until(body: Mention, out: Walk) -> int:
        """Where the last seat read in ``body`` after its mention ends (the end of the text
        when none is: no list of the body's to have ended)."""
        ends = [
            f.quote[1]
            for f in out.findings
            if f.target is not None and f.target.name == body.name and f.quote[0] >= body.end
        ]
        return max(ends, default=1 << 30)

    def _topic_heading_between(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` has a heading of a topic of its own: a line alone
        between blank lines of one word or of words after the first in small letters
        ("Medlemsaktiviteter", "Om föreningen"), no name, no body's and no seat's."""
        for mt in _LONE_LINE.finditer(text, start, end):
            words = mt.group(1).split()
            if (
                len(words) <= 4
                and all(w[:1].islower() for w in words[1:])
                and not self.reader.bodies(tokens(text, mt.start(1), mt.end(1)))
                and self.lex.find_role(mt.group(1)) is None
            ):
                return True
        return False

    def _topic_body(self, text: str, line: Line, ctx: Context) -> Mention | None:
        """ "Jäsenet, hallitus, kokoukset": a section's heading that lists its topics, single
        words parted by commas or "ja"/"och", one of them a body's bare word in the singular
        nominative: the body of the context or the one the text spoke of last when either is of
        that kind, else the bare word as a name. None for any other heading."""
        words = _TOPIC_CUT.split(line.text.strip().rstrip(":").strip())
        if len(words) < 2 or not all(_TOPIC_WORD.fullmatch(w) for w in words):
            return None
        bare = [
            b
            for b in self.reader.bodies(tokens(text, line.start, line.end))
            if not b.plural and b.case == "nom" and self.anaphora.match(b.written)
        ]
        if len(bare) != 1:
            return None
        word = bare[0].name.casefold()
        for known in (ctx.body, ctx.recent):
            if known is not None and known.name.casefold().split()[-1] == word:
                return known
        return replace(bare[0], name=bare[0].name[:1].upper() + bare[0].name[1:])

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
        if (
            not bare
            and self.reader.finnish
            and line.text.rstrip().endswith(":")
            and ctx.recent is not None
            and ctx.recent.case in ("all", "gen")
        ):
            # "Muut hallituksen jäsenet ovat:" after "… lähetetään tasavallan hallitukselle": a
            # bare word in the genitive before the members' word, at the beginning of the
            # line's last sentence, names the body listed, not the body last named, which a
            # statement was only addressed to; nor the network whose plan the body approves
            # ("Ohjausryhmä hyväksyy kansallisen kalatalousverkoston toimintasuunnitelman." /
            # "Ohjausryhmän jäseniksi on nimetty:")
            for b in self.reader.bodies(toks):
                lead = text[line.start : b.start]
                lead = lead[max(lead.rfind(". "), lead.rfind(": ")) + 1 :]
                if (
                    not b.plural
                    and " " not in b.written.strip()
                    and self.anaphora.match(b.written)
                    and b.written.casefold().endswith("n")
                    and _OTHER_MEMBERS_LEAD.fullmatch(lead)
                    and re.match(r"\s+(?:vara)?jäsen\w*", text[b.end : line.end])
                ):
                    word = b.name.casefold()
                    if ctx.recent.case == "gen" and ctx.recent.name.casefold().endswith(word):
                        return ctx.recent  # "Retkiryhmän tavoitteena on …" / "Ryhmän jäsenet:"
                    for known in (ctx.body, ctx.recent):
                        if (
                            known is not None
                            and known.case not in ("all", "gen")
                            and known.name.casefold().split()[-1] == word
                        ):
                            return known
                    return replace(b, name=b.name[:1].upper() + b.name[1:])
        if len(bare) != 1:
            return None
        said = self.intro.search(text[line.start : bare[0].start])
        if said is None and line.text.rstrip().endswith(":"):
            # "I X gemensamma kyrkofullmäktige representeras Solfs församling av :": the
            # list's lead-in after the body
            said = self.intro.search(text[bare[0].end : line.end])
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

    def _officers_of_board_heading(self, text: str, line: Line, ctx: Context) -> str | None:
        """ "Hallituksen varapuheenjohtajina toimivat:", "Hallituksen varapuheenjohtajat:": a
        heading under a body's list that opens with a body's bare word in the genitive, then
        an office several hold, in the plural (perhaps with the verb listing them); that
        office (the vice chair's or the secretary's), held by the people under it. None for a
        heading of another form."""
        if ctx.body is None:
            return None
        b = self._bare_genitive_opening(text, line)
        if b is None or (seat := _PLURAL_SEAT_AFTER_BODY.fullmatch(text, b.end, line.end)) is None:
            return None
        role = self.lex.role_of(seat.group("seat"))
        return role if role in ("vice_chair", "secretary") else None

    def _bare_genitive_opening(self, text: str, line: Line) -> Mention | None:
        """The one body a line names when it opens the line as a body's bare word in the
        genitive ("Hallituksen …", "Styrelsens …"); None otherwise."""
        found = [b for b in self.reader.bodies(tokens(text, line.start, line.end)) if not b.plural]
        if (
            len(found) != 1
            or found[0].start != line.content_start
            or found[0].case != "gen"
            or not self.anaphora.fullmatch(found[0].written)
        ):
            return None
        return found[0]

    def _bare_board_heading(self, text: str, line: Line) -> Mention | None:
        """ "Hallituksen varsinaiset jäsenet:", "Styrelsens suppleanter": a heading that opens
        with a body's bare word in the genitive and ends in a member's or deputy's seat word;
        that body, named by its basic form. None for a heading of another form."""
        b = self._bare_genitive_opening(text, line)
        if b is None:
            return None
        seat = text[b.end : line.end].strip().rstrip(":").strip()
        if not seat or self._header_role(seat) not in ("member", "deputy_member"):
            return None
        return replace(b, name=b.name[:1].upper() + b.name[1:])

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
        """ "Namn, ålder, bostadsort, röstmängd", "Nimi / puolue / ikä", "Namn      Sektor
        Delregion": a line of column names separated by commas, slashes or column gaps of
        spaces whose first names the person: the header of the list under it, which keeps the
        heading's body and role."""
        cells = [c.strip() for c in _COLUMN_CUT.split(label) if c.strip()]
        words = label.split()
        if (
            len(cells) == 1
            and 2 <= len(words) <= 8
            and {self.lex.column(w) for w in words[:2]} == {"role", "name"}
        ):
            # "Roll Namn Mandatperioden börjar Mandatperiod slutar": a table's header run
            # together with single spaces, the role's and the name's columns first
            return True
        return (
            2 <= len(cells) <= 6
            and self.lex.column(cells[0]) == "name"
            and all(len(c.split()) <= 2 and c[:1].isalpha() for c in cells)
        )

    def _person_office_line(self, text: str, line: Line) -> bool:
        """Whether the line is persons' names and at most an office's or a task's words after
        them ("Aino Ek      puheenjohtaja", "Bo Lind ja      kotisivuvastaavat", "Eeva Ek")."""
        found = self.reader.persons(tokens(text, line.content_start, line.end))
        if not found or text[line.content_start : found[0].start].strip():
            return False
        if any(
            text[a.end : b.start].strip(" \t,").casefold() not in ("", "ja", "och", "sekä", "samt")
            for a, b in itertools.pairwise(found)
        ):
            return False
        rest = re.sub(r"^[\s,]*(?:ja|och|sekä|samt)?[\s,:-]*", "", text[found[-1].end : line.end])
        rest = rest.strip()
        # (an office, or a task in lower case: "tiedotusvastaava", "opinto- ja matkavastaava")
        return not rest or (
            len(rest.split()) <= 4 and (rest[:1].islower() or self.lex.find_role(rest) is not None)
        )

    def _ends_contacts(self, label: str) -> bool:
        """Whether a heading under a contact card introduces a list of its own ("Valitut
        nuorisovaltuutetut:", "Ledamöter:", or a body's name alone: "Valberedningen:") rather
        than going on with the card."""
        label = label.strip()
        if (term := _BODY_OVER_TERM.fullmatch(label)) is not None:
            # "Hallitus 2022-2024" under honorary officers' names: a body's word over its term
            # heads that body's list
            # (also after its owner's: "Föreningens Valberedning 2024" under the auditors)
            return self.lex.body_kind((term.group(1) or term.group(2)).casefold()) is not None
        if not label.endswith(":"):
            return False
        if self.intro.search(label):
            return True
        words = label[:-1].split()
        return (
            0 < len(words) <= 2
            and words[0][:1].isupper()
            and self.lex.body_kind(words[-1].casefold()) is not None
        )

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

    def _introduces_list(self, sentence: str) -> bool:
        """A paragraph's last sentence that a list follows: it ends with a colon, or it
        introduces a list and ends with a parenthesis that says how its lines are read
        ("Aluehallituksen jäseniksi valittiin (muodossa jäsen, varajäsen)")."""
        end = sentence.rstrip()
        if end.endswith(":") or _POINTS_TO_LIST.search(end):
            # (or a full stop after words that point to the list: "Årsstämman hade i uppgift
            # att välja en styrelse och så här blev det.")
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

    def _appointer_named_before(self, text: str, bodies: list[Mention], before: int) -> bool:
        """Whether every one of ``bodies`` is named by the text before ``before`` as the body
        that appoints or elects seats ("utses två ledamöter av länsstyrelsen")."""
        names = {b.name.casefold() for b in self._appointers(text) if b.end <= before}
        return all(b.name.casefold() in names for b in bodies)

    def _appointers(self, text: str) -> list[Mention]:
        """The bodies the text names as appointing or electing seats, read once per text (a
        list's every heading asks)."""
        cached = getattr(self, "_appointers_cache", None)
        if cached is not None and cached[0] is text:
            return cached[1]
        found = [
            b
            for ln in lines(text)
            for b in self.reader.bodies(tokens(text, ln.start, ln.end))
            if self._named_in_passing(text, b)
        ]
        self._appointers_cache = (text, found)
        return found

    @staticmethod
    def _between_party_lines(text: str, line: Line) -> bool:
        """Whether the nearest lines above and below ``line`` (blank lines aside) are both a
        person's name with a party's mark in parentheses ("Bo Ek (S)")."""
        above = text[: line.start].rstrip()
        above = above[above.rfind("\n") + 1 :]
        below = text[line.end :].lstrip()
        below = below.split("\n", 1)[0]
        return bool(_PARTY_ENTRY_LINE.fullmatch(above) and _PARTY_ENTRY_LINE.fullmatch(below))

    def _genitive_office_line(self, text: str, line: Line, ctx: Context) -> list[Finding]:
        """ "Hallituksen pj., Aino Ek", "Hallituksen varapj., Bo Lind, toimitusjohtaja, Testi
        Oy": a Finnish line of the context body's head word in the genitive, an office or its
        abbreviation, a comma and a name: that person holds the office in the body (what
        follows the name is the entry's, as in a list). Else an empty list."""
        if ctx.body is None or ctx.status or ctx.columns or self.lex.lang != "fi":
            return []
        mt = _GENITIVE_OFFICE_LINE.match(text, line.content_start, line.end)
        if mt is None:
            return []
        office = mt.group("office")
        role = self.lex.line_abbreviation(office) or self.lex.role_of(office)
        if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
            return []
        named = self.reader.bodies(tokens(text, mt.start("gen"), mt.end("gen")))
        if len(named) != 1 or named[0].case != "gen":
            return []
        if named[0].name.casefold().split()[-1] != ctx.body.name.casefold().split()[-1]:
            return []
        person = self.lists._person(text, mt.start("name"), line.end)
        if person is None or person.start != mt.start("name"):
            return []
        return self.lists.entry(text, mt.start("name"), line.end, replace(ctx, role=role))

    @staticmethod
    def _officer_heading_read(ctx: Context, out: Walk) -> bool:
        """Whether the last seat read is an officer's (chair, vice chair, secretary) of the
        context's body, read from a heading of the office over the holder's name."""
        if ctx.body is None or not out.findings:
            return False
        last = out.findings[-1]
        return (
            last.kind == "membership"
            and last.role in ("chair", "vice_chair", "secretary")
            and last.target is not None
            and last.target.name.casefold() == ctx.body.name.casefold()
        )

    def _people_group_heading(self, text: str, line: Line) -> bool:
        """ "Muu opetus- ja tutkimushenkilöstö sekä muu henkilöstö", "Tutkijat, opettajat,
        muu henkilöstö": a Finnish heading of two to eight words, no digit, no full stop, no
        name, its last word a plural noun or a staff's collective noun, and the line under it
        begins with a person's name."""
        label = line.text.strip().rstrip(":").strip()
        words = label.split()
        if self.lex.lang != "fi" or not 2 <= len(words) <= 8 or not label[:1].isupper():
            return False
        if re.search(r"\d|\.$", label) or not _PEOPLE_GROUP_END.search(label):
            return False
        if self.reader.persons(tokens(text, line.start, line.end)):
            return False
        below = _NEXT_LINE.match(text, line.end)
        if below is None:
            return False
        a = below.start(1)
        person = self._first_person(text, a, below.end(1))
        return person is not None and person.start == a

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
            kind = PEOPLE_GROUP if self._plural_common_noun(words[0]) else "municipality"
            return Mention(start, start + len(label), label, label, kind, 0.55)
        return None

    def _plural_common_noun(self, word: str) -> bool:
        """ "Professorit", "Opiskelijat", "Jäsenet": a Finnish word in the nominative plural
        of a common noun (every voikko reading; by rule, a vowel and "t" at the end), no place
        the gazetteer knows ("Virrat"): a heading over a group of people, no municipality."""
        if self.lex.lang != "fi" or len(word) < 5 or place_of(word, self.reader.morph):
            return False
        if self.reader.morph.name == "voikko":
            readings = self.reader.morph.analyse(word)
            return bool(readings) and all(
                a.cls == NOUN and a.plural and a.case == "nom" for a in readings
            )
        return _PLURAL_NOMINATIVE.search(word) is not None

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

    def _terms_before_the_current(self, text: str, out: Walk) -> None:
        """Headings of one body's terms, each over its list ("Hallitus syksyllä 2013", "Hallitus
        keväällä 2014 (nykyinen)"; "Styrelse 2022", "Styrelse 2023 (nuvarande)"): the one the
        page marks current in parentheses holds its seats; the seats under another heading of
        the same first word and a year are past ones (ended), down to the next such heading or
        to the first paragraph of prose."""
        if not self.lex.current:
            return
        heads = [
            mt
            for mt in _TERM_HEADING.finditer(text)
            if len(mt.group().split()) <= 8 and not mt.group().rstrip().endswith(".")
        ]
        current_mark = re.compile(rf"(?i)\(\s*(?:{self.lex.current})\s*\)")
        marked = [mt for mt in heads if current_mark.search(mt.group())]
        if not marked:
            marked = self._latest_dated_term(heads)
        if len(marked) != 1:
            return
        first = marked[0].group("head").casefold()
        heads = [mt for mt in heads if mt.group("head").casefold() == first]
        spans = []
        for k, mt in enumerate(heads):
            if mt is marked[0]:
                continue
            end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
            prose = _PROSE_LINE.search(text, mt.end(), end)
            spans.append((mt.end(), prose.start() if prose else end))
        for f in out.findings:
            if (
                f.kind == "membership"
                and not f.status
                and f.actor is not None
                and any(a <= f.actor.start < b for a, b in spans)
            ):
                f.status = "ended"

    def _latest_dated_term(self, heads: list[re.Match[str]]) -> list[re.Match[str]]:
        """Of headings of one body's terms, each with its dates ("HALLITUS ajalla
        15.9.2021-1.9.2022", "HALLITUS ajalla 1.9.2022-31.8.2023"; "Johtokunta 2022-2023"), the
        one whose term begins last, when every other term ended by then (a term of a later
        start that is over is the current one, the others the outgoing ones); [] otherwise."""
        terms = []
        for mt in heads:
            if self.lex.body_kind(mt.group("head").casefold()) is None:
                continue
            found = list(_TERM_RANGE.finditer(mt.group()))
            if len(found) != 1:
                continue
            r = found[0]

            def day(d: str | None, m: str | None, y: str) -> tuple[int, int, int]:
                return (int(y), int(m or 0), int(d or 0))

            terms.append((day(r["d1"], r["m1"], r["y1"]), day(r["d2"], r["m2"], r["y2"]), mt))
        heads_of = {mt.group("head").casefold() for _a, _b, mt in terms}
        if len(terms) < 2 or len(heads_of) != 1:
            return []
        latest = max(terms, key=lambda t: t[0])
        if any(t is not latest and not (t[0] < latest[0] and t[1] <= latest[0]) for t in terms):
            return []
        return [latest[2]]

    def _names_under_term(self, text: str, lines: list[Line]) -> bool:
        """ "Ungdomsrådet 2024-2025" over three or more lines that are each one name and
        nothing else (a comma after it aside): the body's composition for that term. A
        lower-case title before the name and one parenthesis after it ("professori Aino Ek
        (puheenjohtaja)", "toimittaja Bo Lind") are part of such a line."""
        above = text[: lines[0].start].rstrip().rsplit("\n", 1)[-1]
        if len(lines) < 3 or not re.search(r"\b(?:19|20)\d\d\b", above):
            return False
        for ln in lines:
            found = self._first_person(text, ln.start, ln.end)
            if found is None:
                return False
            rest = text[found.end : ln.end].strip(" ,;")
            if rest and not (
                _BRACKET_ONLY.fullmatch(rest) and text[ln.content_start : found.start].strip()
            ):
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

    def _body_meeting(self, text: str, line: Line, label: str) -> Mention | None:
        """The body a minutes' heading says met ("Hallituksen kokous 3/2024" → Hallitus,
        "Protokoll fört vid förbundsstyrelsemöte i X" → Förbundsstyrelsen); None for any other
        line (an annual meeting's, "Vuosikokous", "Årsmöte", names no body), or when no roll
        ("Närvarande", "Läsnä") follows within a page's worth of text: a news text about the
        meeting names its bodies itself."""
        at = line.start + len(line.text) - len(line.text.lstrip())
        if self.lex.lang == "fi":
            mt = _BODY_MEETING_FI.fullmatch(label)
            if mt is None or _ROLL_LABEL.search(text, line.end, line.end + 3000) is None:
                return None
            word = mt.group("gen")
            for a in self.reader.morph.analyse(word.casefold()):
                if a.case == "gen" and self.lex.body_kind(a.base) is not None:
                    s0 = at + mt.start("gen")
                    return Mention(s0, s0 + len(word), word, a.base[:1].upper() + a.base[1:],
                                   "body", 0.6)  # fmt: skip
            return None
        if self.lex.lang != "sv" or (mt := _BODY_MEETING_SV.fullmatch(label)) is None:
            return None
        if _ROLL_LABEL.search(text, line.end, line.end + 3000) is None:
            return None
        key = "stem" if mt.group("stem") else "gen"
        stem = mt.group(key).casefold()
        if self.lex.body_kind(stem) is None:
            return None
        s0 = at + mt.start(key)
        name = _definite(stem)
        return Mention(s0, s0 + len(stem), mt.group(key), name[:1].upper() + name[1:], "body",
                       0.6)  # fmt: skip

    def _held_meeting_line(self, text: str, line: Line, ctx: Context) -> bool:
        """ "Den 17 mars 2021 hade Testby Hembygdsförening årsmöte" with no full stop: a line
        saying the association held its electing meeting, the sentence it is (the seats the
        meeting fills are its board's, when the line names no body of seats); whether read."""
        if ctx.meeting_said or self.electing is None:
            return False
        held = _HELD_MEETING.search(text, line.start, line.end)
        meeting = self.electing.search(text, held.end(), line.end) if held is not None else None
        if meeting is None or text[meeting.end() : line.end].strip(" \t.0123456789"):
            return False  # (the meeting's word closes the line: no more said after it)
        ctx.meeting_said = True
        named = [
            b
            for b in self.reader.bodies(tokens(text, line.start, line.end))
            if not b.plural and not self._owns_the_meeting(text, b, meeting.start())
        ]
        if not named:
            a, b = meeting.span()
            ctx.meeting = Mention(a, b, meeting.group(), self.lex.board, "body", 0.5)
        return True

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

    def _topic_groups(self, text: str, out: Walk) -> None:
        """Working groups listed by their topics under a heading of their kind's word in the
        plural ("Työryhmät:" / "• Kyläjuhlat: Aino Ek, Bo Lind" / "• Liikenne: Eva Berg ja Olli
        Salo"): each topic a group of that kind, named by the topic and the kind's word
        ("Kyläjuhlat -työryhmä", as such groups are written), its names members. Finnish only;
        read on two such lines or more right under the heading, each topic no role, body or
        person, each line's rest only names joined by commas and "ja"."""
        if not self.reader.finnish:
            return
        for head in re.finditer(r"(?m)^[ \t]*([A-ZÅÄÖ][a-zåäö-]+)[ \t]*:?[ \t]*$", text):
            kind = self._plural_kind(text, *head.span(1))
            if kind is None:
                continue
            found: list[Finding] = []
            pos = head.end() + 1
            while (line := _TOPIC_LINE.fullmatch(text, pos, end_at(text, pos))) is not None:
                group = self._topic_group(text, line, kind)
                if group is None:
                    break
                found += group
                pos = line.end() + 1
            if len({f.target.start for f in found if f.target is not None}) >= 2:
                out.findings += found

    def _plural_kind(self, text: str, start: int, end: int) -> str | None:
        """The kind's word a heading gives in the plural ("Työryhmät": "työryhmä"), or None.
        (The rules reader knows no plural of the nominative: the word without its "-t" as
        well.)"""
        word = text[start:end]
        found = [b for b in self.reader.bodies(tokens(text, start, end)) if b.plural]
        if found and (found[0].start, found[0].end) == (start, end):
            return found[0].name.casefold()
        if word.endswith("t") and self.lex.body_kind(word[:-1].casefold()) is not None:
            return word[:-1].casefold()
        return None

    def _topic_group(self, text: str, line: re.Match[str], kind: str) -> list[Finding] | None:
        """The members of the group a topic's line names ("Kyläjuhlat: Aino Ek, Bo Lind"), the
        group named "Kyläjuhlat -työryhmä" after ``kind``; None when the line is no such."""
        a, b = line.span("topic")
        topic = line.group("topic")
        if (
            self.lex.role_of(topic) is not None
            or self.lex.find_role(topic)
            or self.reader.bodies(tokens(text, a, b))
            or self._first_person(text, a, b) is not None
        ):
            return None
        s, e = line.span("names")
        people = self.reader.persons(tokens(text, s, e), in_list=True)
        parts = [p for p in _NAMES_JOIN.split(text[s:e].rstrip(" .")) if p]
        if len(people) != len(parts) or not people:
            return None
        group = Mention(a, b, topic, f"{topic} -{kind}", "working_group", 0.6)
        return [
            Finding(
                "membership", p, "member", group, (line.start(), line.end()), 0.6, "topic-groups"
            )
            for p in people
        ]

    def _seats_elsewhere_on_list_lines(self, text: str, out: Walk) -> None:
        """A board's list line that goes on, after the person's office, to the person's seats
        in other bodies, each after a comma ("Aino Ek puheenjohtaja, Testilän seudun hallitus,
        lakiasiat") or right after the name ("Bo Lind Testilän kylähankkeen neuvottelukunta"):
        a member of each such body too. Finnish only; read only on a line the list read (its
        name first, for no one else), of another kind's word than the list's body."""
        if not self.reader.finnish:
            return
        seats: list[Finding] = []
        held = {(f.actor.name, f.target.name.casefold()) for f in out.findings if f.target}
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.target is None
                or f.status
                or f.on_behalf_of is not None
                or f.actor.kind != "person"
                or text[text.rfind("\n", 0, f.actor.start) + 1 : f.actor.start].strip()
            ):
                continue
            for body in self._seats_after_office(text, f.actor.end):
                seat = (f.actor.name, body.name.casefold())
                if seat in held or seat[1].split()[-1] == f.target.name.casefold().split()[-1]:
                    # ("Johtokunta" over "… sihteeri, Testiliiton johtokunta": the bare word
                    # would be read as that body named in full)
                    continue
                held.add(seat)
                quote = (f.actor.start, body.end)
                seats.append(
                    Finding("membership", f.actor, "member", body, quote, 0.6, "seat-elsewhere")
                )
        out.findings += seats

    def _seats_after_office(self, text: str, pos: int) -> list[Mention]:
        """The bodies a list line names after the name that ends at ``pos``: its parts between
        commas that are wholly a body named after its capitalised owner, when the first part
        is an office ("puheenjohtaja, Testilän seudun hallitus, lakiasiat") or such a body
        itself; none on any other line ("(kesk.), kaupunginhallitus": a party, and whom the
        seat is for)."""
        rest = text[pos : end_at(text, pos)]
        if not rest[:1].isspace():
            return []
        parts = []
        for part in re.finditer(r"[^,]+", rest):
            lead = len(part.group()) - len(part.group().lstrip())
            parts.append(
                (pos + part.start() + lead, pos + part.start() + len(part.group().rstrip()))
            )
        bodies = [self._whole_body(text, a, b) for a, b in parts]
        first = text[parts[0][0] : parts[0][1]] if parts else ""
        if not first or (
            bodies[0] is None
            and self.lex.role_of(first) is None
            and first.casefold() not in TREASURER_WORDS
        ):
            return []
        return [b for b in bodies if b is not None and b.written[:1].isupper()]

    def _whole_body(self, text: str, start: int, end: int) -> Mention | None:
        """The body a stretch of text is, wholly, of two words or more ("Testilän seudun
        hallitus", "EKYL:n hallitus"), in the nominative singular; else None."""
        if len(text[start:end].split()) < 2:
            return None
        found = [
            b
            for b in self.reader.bodies(tokens(text, start, end))
            if (b.start, b.end) == (start, end) and not b.plural and b.case in ("", "nom")
        ]
        return found[0] if found else None

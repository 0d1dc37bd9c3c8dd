"""The walker's passes over elections and terms: an agenda item's election, seats elected for a
term to come or still running, re-elections declined, new chairs and those leaving."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.findings import Context, Finding, Walk
from hytegraph.authoring.extract.lexicon import (
    COMPOSED_WHEN,
    MEETING_NAME,
    SV_CONSISTED,
    SV_CONSISTS,
    TREASURER_WORDS,
)
from hytegraph.authoring.extract.lists import (
    ATTENDANCE_TAIL,
    AUDITOR,
    level_post_role,
    sent_to_a_meeting,
)
from hytegraph.authoring.extract.mentions import Mention, tokens
from hytegraph.authoring.extract.passes.common import (
    _AUTUMN_MEETING,
    _BARE_ASSOCIATION,
    _BULLET_RUN,
    _CAPITALISED_NAME,
    _ELECTION_VERB,
    _ITEM_ELECTION,
    _NAME_WORDS,
    _SEAT_RUN,
    _SUB_COMMITTEE_HEAD,
    _THE_OTHERS,
    _definite,
    _name_key,
    _without_definite_ending,
)
from hytegraph.authoring.extract.segment import Line, Sentence, end_at, lines, sentences

#: A heading that names a history ("Föreningens historia", "Historik", "Seuran historiaa"):
#: short, no full stop, its own line after a blank line or the text's start.
_HISTORY_HEADING = re.compile(
    r"(?im)(?:\A|\n[ \t]*\n)[ \t]*((?:[^\s.!?:\n]+[ \t]+){0,4}?"
    r"(?:historia\w*|historik\w*|historiikki\w*)(?:[ \t]+[^\s.!?:\n]+){0,2})[ \t]*(?=\n|\Z)"
)
#: The heading of an item electing the meeting's own officers ("2 § Kokouksen puheenjohtajan ja
#: sihteerin valinta", "§ 2 Val av mötesordförande", "Val av ordförande och sekreterare för
#: mötet"): who is chosen there chairs or keeps the minutes of the meeting, not of a body.
_MEETING_OFFICER_ITEM = re.compile(
    r"(?i)(?<![\w-])(?:\w*kokouksen|\w*kokoukselle)[ \t]+(?:[\w-]+[ \t]+){0,6}?"
    r"(?:valinta|valitseminen)(?![\w-])|"
    r"(?<![\w-])val[ \t]+av[ \t]+(?:[\w-]+[ \t]+){0,5}?(?:för|vid)[ \t]+"
    r"(?:\w*mötet|\w*stämman|\w*sammanträdet)(?![\w-])|"
    r"(?<![\w-])val[ \t]+av[ \t]+\w*(?:mötes|stämmo)(?:ordförande|sekreterare)"
)
#: A sentence whose subject stands for the names of the sentence before, then their seat:
#: "Dessa båda går in som suppleanter", "De blir ersättare", "Molemmat toimivat varajäseninä",
#: "He ovat hallituksen varajäseniä".
_SEAT_OF_THOSE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:Dessa|De|Båda|Bägge)(?:[ \t]+(?:båda|bägge|två|tre|fyra))?[ \t]+"
    r"(?:går[ \t]+in|kommer[ \t]+in|blir|är|valdes|väljs|sitter)[ \t]+(?:som[ \t]+)?"
    r"(?P<seat>(?:styrelse)?(?:suppleant|ersättar|ledam[oö]t)\w*)"
    r"|(?:Molemmat|Kumpikin|Kaikki[ \t]+kolme|He|Nämä)[ \t]+"
    r"(?:toimivat|toimii|ovat|on)[ \t]+(?:\w+n[ \t]+)?(?P<fi_seat>(?:vara)?jäsen\w*))[ \t]*[.!]"
)
#: How many names a count word before a seat stands for.
_COUNT_WORDS = {
    "båda": 2, "bägge": 2, "två": 2, "tre": 3, "fyra": 4, "molemmat": 2, "kumpikin": 2, "kolme": 3,
}  # fmt: skip

#: A line that opens an agenda's item: "3 §", "§ 3", "3." before its words.
_ITEM_START = re.compile(r"(?m)^[ \t]*(?:§[ \t]*\d+|\d+[ \t]*§|\d{1,2}\.[ \t])")
#: A numbered agenda item naming a meeting's officer after the bare office and a colon or a
#: semicolon: "4. Sekreterare; Bibbi Ek", "2. Val av mötesordförande: Bo Lind", "3. Kokouksen
#: sihteeri: Aino Aho" (not "8. Val av ordförande: A", an annual meeting's election of the
#: board's chair).
_AGENDA_OFFICER_ITEM = re.compile(
    r"(?im)^[ \t]*(?:§[ \t]*)?(?P<num>\d{1,2})[.§)]?[ \t]+"
    r"(?:(?:val[ \t]+av[ \t]+)?mötes(?:ordförande|sekreterare)|"
    r"(?:kokouksen[ \t]+)?(?:ordförande|sekreterare|puheenjohtaja|sihteeri))"
    r"[ \t]*[:;][ \t]*[^\n]*$"
)
#: A meeting's own officer named as such: "mötesordförande", "ordförande för mötet",
#: "kokouksen sihteeri".
_MEETINGS_OFFICE = re.compile(
    r"(?i)mötes(?:ordförande|sekreterare)|(?:ordförande|sekreterare)[ \t]+för[ \t]+mötet|"
    r"kokouksen[ \t]+(?:puheenjohtaja|sihteeri)"
)
#: A numbered agenda item of a meeting's own business: its opening, its minutes' checkers or
#: tellers ("1. Mötet öppnas", "5. Protokolljusterare; A", "Kokouksen avaus").
_AGENDA_OWN_ITEM = re.compile(
    r"(?im)^[ \t]*(?:§[ \t]*)?\d{1,2}[.§)]?[ \t]+(?:[^\n]{0,30}?)"
    r"(?:mötet[ \t]+öppnas|mötets[ \t]+öppnande|(?:protokoll)?justerare|justering|rösträknare|"
    r"kokouksen[ \t]+(?:avaus|avaaminen)|pöytäkirjan[ \t]*tarkastaj\w*|ääntenlaskij\w*)"
)
#: A line that may be the next heading: six words at most, no full stop.
_NEXT_HEADING = re.compile(r"\n[ \t]*(?:[^\s.!?\n]+[ \t]+){0,5}[^\s.!?:\n]+[ \t]*(?=\n|\Z)")
_YEAR = re.compile(r"(?<![\w-])(?:1[89]\d\d|20\d\d)(?![\w-])")

#: "valdes styrelsemedlemmar för perioden 2019 - 2021:": a compound seat noun whose first part
#: is a body's kind, introducing a list.
_COMPOUND_SEATS_INTRO = re.compile(
    r"(?im)\b(?P<seats>(?P<body>styrelse|nämnd|direktions?|råd)(?:s)?"
    r"(?:medlemmar|ledamöter|ledamot|ersättare))\b[^\n:.]*:[ \t]*$"
)
#: "Val av ersättare.", "Val av valberedning.", "12. Val av två revisorer.": a minutes' item
#: said as a sentence of its own at a paragraph's start, the elections after it its own.
_ITEM_SENTENCE = re.compile(
    r"(?i)(?:\d{1,2}\.?[ \t]+)?val[ \t]+av[ \t]+(?P<what>[^\W\d][^\n.:]{0,58}?)[ \t]*\.(?=\s|\Z)"
)
#: "Nyval av A och B för två år.", "Omval av C som ordförande för ett år.": one election
#: said as a noun, the names after "av", then an office after "som", a term or the stop.
_ELECTION_NOUN = re.compile(
    r"(?:Ny|Om|Åter)val[ \t]+av[ \t]+(?P<names>[^.\n]*?)"
    r"(?:[ \t]+som[ \t]+(?P<post>(?:vice[ \t]+)?[a-zåäö]+))?"
    r"(?=[ \t]+(?:för|på)[ \t]+(?:ett|två|tre|fyra|\d)[ \t]+år|[ \t]+valdes|[ \t]*\.)"
)
#: "Martin Ek och Bo Lind kvarstår.", "A och B omvaldes.": names that a sentence of their own
#: says stay on or are elected, after an item's sentence.
_NAMES_STAY = re.compile(
    rf"(?P<names>{_NAME_WORDS}(?:(?:,|[ \t]+och)[ \t]+{_NAME_WORDS})*)[ \t]+"
    r"(?:kvarstår|(?:om|ny|åter)?valdes)[ \t]*\."
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
#: "kokoontui vuosikokousta edeltäneessä kokoonpanossa": the composition before the meeting
_BEFORE_MEETING = re.compile(
    r"(?i)(?:vuosi|syys|kevät)?kokousta[ \t]+edeltäneessä[ \t]+kokoonpano(?:ssa|ssaan)"
)
#: begins after the meeting electing to it; not after "jatkamaan" ("valittiin jatkamaan
#: seuraavalle kaudelle": re-elected to go on, a seat held now)
_NEXT_TERM = re.compile(
    r"(?i)(?<![\w-])(?<!jatkamaan[ \t])seuraava(?:lle|ksi)[ \t]+\w*kaude(?:lle|ksi)(?![\w-])"
)
#: An election's years: "valitsi puheenjohtajaksi vuosille 2025-2026", "valittiin … vuosiksi
#: 2025-26" (the first year, the one the seat begins in)
_ELECTED_FOR_YEARS = re.compile(
    r"(?i)(?<![\w-])(?:(?:kalenteri)?vuo(?:sille|siksi|deksi|delle)|"
    # "kaksivuotiskaudeksi 2023-2024", "toimikaudelle 2025-2026": a term's years
    r"\w*kaude(?:ksi|lle))"
    r"[ \t]+\(?((?:19|20)\d\d)(?:[ \t]*[-\u2013][ \t]*(?:19|20)?\d\d)?(?![\d-])"
)
#: An annual report's title with the year it reports: "Toimintakertomus vuodelta 2016",
#: "TOIMINTAKERTOMUS 2016", "Vuosikertomus 2016", "Verksamhetsberättelse för 2016".
_REPORT_YEAR = re.compile(
    r"(?i)(?<![\w-])(?:toiminta|vuosi)kertomus(?:[ \t]+vuodelta)?[ \t]+((?:19|20)\d\d)(?![\d-])|"
    r"(?<![\w-])(?:verksamhetsberättelse|årsberättelse)(?:[ \t]+för)?(?:[ \t]+år)?[ \t]+"
    r"((?:19|20)\d\d)(?![\d-])"
)
#: A meeting the page reports, held on a date: "syyskokous pidettiin lauantaina 16.11.2024",
#: "årsmötet hölls den 16.11.2024"
_MEETING_HELD_ON = re.compile(
    r"(?i)(?<![\w-])(?:pidettiin|järjestettiin|kokoontui|hölls|sammanträdde)(?![\w-])"
    r"[^.\n]{0,40}?(?<![\d.])\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)(?!\d)"
)
#: An office's label on a line of its own with the term of its seats before the colon
#: ("Ledamöter 2 år:", "Jäsenet 2 vuotta:")
_TERM_IN_LABEL = re.compile(
    r"(?m)^(?P<label>[ \t]*[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?)[ \t]+\d{1,2}[ \t]+"
    r"(?:år|vuosi|vuotta|vuodeksi)[ \t]*:(?=[ \t]*$)"
)
#: "- Ordförande (ett år): Eva Ek", "Ledamöter (2 vuotta): A, B": an office's label with the
#: term of its seats in brackets before the colon, the names on the same line
_BRACKETED_TERM_IN_LABEL = re.compile(
    r"(?m)^(?P<label>[ \t]*(?:[-\u2013•*][ \t]+)?[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?)[ \t]*"
    r"\((?:\d{1,2}|ett|två|tre|fyra)[ \t]+(?:år|vuosi|vuotta|vuodeksi)\)[ \t]*:"
    r"(?=[ \t]*[A-ZÅÄÖ])"
)
#: "Eva Ek, Bo Lind och Åke Berg har 1 år kvar på sin mandatperiod": seats that go on
_TERM_LEFT = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t]))(?P<run>[A-ZÅÄÖ][^\n:.]{4,200}?)[ \t]+(?:har|sitter)[ \t]+"
    r"(?:\d+|ett|två)[ \t]+år[ \t]+"
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
#: "Uusina jäseninä johtokuntaan valittiin …", "uusiksi varajäseniksi": new seats filled
_NEW_SEATS_ELECTED = re.compile(
    r"(?i)(?<![\w-])uusi(?:na|ksi)[ \t]+(?:vara)?jäsen(?:inä|iksi)(?![\w-])"
)
_GOES_ON = re.compile(
    r"(?i)(?<![\w-])(?:jatkaa|jatkavat|sitter[ \t]+kvar|fortsätter|kvarstår)(?![\w-])"
)
#: "Styrelsen inför nästa år", "Styrelsen för nästa år": a page's title that gives the
#: seats of the year to come
_NEXT_YEAR_TITLE = re.compile(r"(?i)(?<![\w-])(?:inför|för)[ \t]+nästa[ \t]+år(?![\w-])")
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
#: a sentence whose subject is a bare body word ("Styrelsen hade 9 sammanträden")
_SUBJECT_BODY = re.compile(
    r"(?P<body>[A-ZÅÄÖ][a-zåäö]+)[ \t]+(?:hade|har|höll|sammanträdde|kokoontui|piti|on)(?![\w-])"
)
#: what may follow a name in such an item: a post after a comma, the year the seat began
_ITEM_POST = re.compile(
    r"(?:,[ \t]*(?P<post>[a-zåäö][a-zåäö ]*?))?[ \t]*(?:(?:19|20)\d\d[ \t]*[-–])?[ \t]*"  # noqa: RUF001
)
#: an item heading of minutes that names an election ("Hallituksen jäsenten valinta")
_FI_ELECTION_ITEM = re.compile(r"(?i)(?<![\w-])(?:valinta|valitseminen|vaali)(?![\w-])")
#: "valittiin jatkamaan seuraavalle kaudelle": re-elected to go on, a seat held now
_TO_CONTINUE = re.compile(r"(?<![\w-])(?:jatkamaan|jatkaa|jatkavat)(?![\w-])")
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

#: A sentence's full stop printed with no space before the next one's capitalised word
#: ("… sitt uppdrag.Aino Ek").
_GLUED_SENTENCE_END = re.compile(r"(?<=[a-zåäö]{3}[.!?])(?=[A-ZÅÄÖ][a-zåäö])")
#: "A, B och C fick förnyat förtroende": the people named before it were elected again.
_RENEWED_TRUST = re.compile(
    r"\b(?:fick|får|har\s+fått|gavs|ges)\s+(?:förnyat|fortsatt)\s+förtroende\b|"
    # "Även A, B och C omvaldes": re-elected as the one before them was (see _ALSO_FIRST)
    r"(?<![\w-])(?:omvaldes|återvaldes)(?![\w-])"
)
#: "Även", "Också" opening a sentence: the names after it re-elected as those just before.
_ALSO_FIRST = re.compile(r"(?:Även|Också)[ \t]+(?=[A-ZÅÄÖ])")

#: "valita keskuudestaan", "inom sig", "bland sina ledamöter": chosen from among the members.
_FROM_AMONG = re.compile(
    r"(?<![\w-])(?:keskuudestaan|jäsenistään|inom\s+sig|bland\s+(?:sig|sina\s+ledamöter))(?!\w)",
    re.I,
)

#: The end of a sentence that names members elected before, serving on (sv): "… är sedan
#: tidigare valda till 2025", "… kvarstår till 2025", "… sitter kvar ytterligare ett år".
_CONTINUING_END = re.compile(
    r"(?i)[ \t]+(?:är[ \t]+(?:sedan[ \t]+)?tidigare[ \t]+valda|kvarstår|sitter[ \t]+kvar)"
    r"(?:[ \t]+(?:till|t\.o\.m\.)[ \t]+(?:19|20)\d\d|[ \t]+(?:ytterligare|ännu)[ \t]+"
    r"(?:ett|två)[ \t]+år|[ \t]+på[ \t]+(?:ett|två)[ \t]+år)?[ \t]*\.?[ \t]*$"
)
#: A seat's end in brackets after a name: "(1.12.2023 saakka)", "(t.o.m. 31.5.2023)".
_UNTIL = re.compile(
    r"\((?:[^()]*?\s)?(?:\d{1,2}\.\d{1,2}\.\s?)?(?P<year>(?:19|20)\d\d)\s+(?:saakka|asti)\)|"
    r"\((?:t\.o\.m\.|till)\s+(?:\d{1,2}\.\d{1,2}\.\s?)?(?P<year2>(?:19|20)\d\d)\)"
)
#: A seat's term in brackets after a name: "(1.8.2023-31.7.2026)", "(31.7.2025 asti)",
#: "(2024 saakka)", "(t.o.m. 31.5.2023)".
_TERM_IN_BRACKETS = re.compile(
    r"\((?:t\.o\.m\.\s+|till\s+)?(?:\d{1,2}\.\d{1,2}\.\s?)?(?:19|20)\d\d"
    r"(?:\s*[-–]\s*(?:\d{1,2}\.\d{1,2}\.\s?)?(?:19|20)\d\d)?(?:\s+(?:saakka|asti))?\)"  # noqa: RUF001
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
#: "Årsmötet hölls den 26 januari", "Stämman öppnades": a sentence saying a meeting was held.
_MEETING_HELD = re.compile(
    r"(?i)(?<![\w-])(?:\w*mötet|\w*stämman|sammanträdet)[ \t]+(?:hölls|öppnades)(?![\w-])"
)
#: A sentence that elects a chair and nothing else, naming no body: "A valdes till ordförande.",
#: "Till ordförande valdes A."
_BARE_CHAIR_ELECTED = re.compile(
    rf"(?:(?P<name>{_NAME_WORDS})[ \t]+(?:valdes|utsågs)[ \t]+till[ \t]+ordförande"
    rf"|Till[ \t]+ordförande[ \t]+(?:valdes|utsågs)[ \t]+(?P<after>{_NAME_WORDS}))"
    r"[ \t]*[.!]?[ \t]*$"
)
#: "fram till stämman", "fram till årsmötet": a board before the meeting that elects the next;
#: "efter stämman", "efter årsmötet": the board after it.
_UNTIL_THE_MEETING = re.compile(
    r"(?i)(?<![\w-])fram[ \t]+till[ \t]+(?:års|riks|förbunds)?(?:stämman|mötet|årsmötet|kongressen)"
    r"(?![\w-])"
)
#: A date after "t.o.m." or "fr.o.m." ("2023-03-08", "28 nov.", "8.3.2023", "28 november
#: 2023"): the words compared between an until-mark and a from-mark.
_MARK_DATE = (
    r"(?P<date>(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d\d)?|"
    r"\d{1,2}[ \t]+[a-zåäö]{3,9}\.?(?:[ \t]+(?:19|20)\d\d)?)"
)
#: "Styrelsesammansättning t.o.m. 2023-03-08" / "Styrelsen fr.o.m. 2023-03-08": a short heading
#: line of a list, the words before the mark, the mark and its date.
_HEADING_UNTIL_FROM = re.compile(
    r"(?im)^[ \t]*(?P<head>[A-ZÅÄÖ][^\n.:]{2,60}?)[ \t]+"
    r"(?:(?P<until>t\.[ \t]?o\.[ \t]?m\.?|till[ \t]+och[ \t]+med)|"
    r"(?P<from>fr\.[ \t]?o\.[ \t]?m\.?|från[ \t]+och[ \t]+med))[ \t]+"
    + _MARK_DATE
    + r"[ \t]*:?[ \t]*$"
)
#: "Bo Ek (t.o.m. 28 nov.)", "Eva Lind (tf ordf fr.o.m. 28 nov.)": a seat's until-mark or
#: from-mark in parentheses after a name on a list's line.
_PAREN_UNTIL_FROM = re.compile(
    r"\([^()\n]{0,30}?(?:(?P<until>t\.[ \t]?o\.[ \t]?m\.?|till[ \t]+och[ \t]+med)|"
    r"(?P<from>fr\.[ \t]?o\.[ \t]?m\.?|från[ \t]+och[ \t]+med))[ \t]+" + _MARK_DATE + r"[ \t]*\)"
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
    # "hade tackat nej till omval"; "har avsagt sig uppdraget som suppleant" (resigned)
    r"(?:(?:hade|har)[ \t]+)?tack(?:at|ade)[ \t]+nej[ \t]+till[ \t]+omval|"
    r"(?:avsagt|avsade)[ \t]+sig[ \t]+(?:uppdraget|sitt[ \t]+uppdrag|sin[ \t]+plats)|"
    r"ei[ \t]+(?:enää[ \t]+)?asettunut[ \t]+ehdolle)(?![\w-])"
)
#: Between two names of one run: a comma, "och" or "samt".
_RUN_GAP = re.compile(r"[ \t]*,[ \t]*(?:(?:och|samt)[ \t]+)?|[ \t]+(?:och|samt)[ \t]+")
#: "Styrelsen återvaldes, med undantag för A": a body re-elected but for the one named after
#: the words, in the same sentence.
_REELECTED_BUT_FOR = re.compile(
    r"(?i)(?<![\w-])(?:åter|om)valdes(?:[ \t]+\w+){0,3}?[ \t]*,?[ \t]+"
    rf"(?:med[ \t]+undantag[ \t]+(?:för|av)|utom)[ \t]+(?P<name>{_CAPITALISED_NAME})"
)
#: "… blev ny ordförande", "… valittiin uudeksi puheenjohtajaksi" right after a name.
_NEW_CHAIR_AFTER = re.compile(
    r"(?i)[ \t]+(?:blev|är|valdes[ \t]+till|valittiin|on)[ \t]+"
    r"(?:ny(?:vald)?[ \t]+(?:förbunds|distrikts)?ordförande|uudeksi[ \t]+puheenjohtajaksi|"
    r"uusi[ \t]+puheenjohtaja)(?![\w-])"
)


def _apposed_run(text: str, at: int, out: Walk) -> set[str]:
    """ "Tre av styrelsens ledamöter, A, B och C hade tackat nej till omval": the run of
    persons' names right before ``at``, set off by a comma after the words that say who they
    are, is the subject of the words at ``at`` (each name's words sorted); none when the run
    opens its sentence ("A och B ställde inte upp": whose words these are is not clear)."""
    people = sorted(
        {
            (f.actor.start, f.actor.end, f.actor.name)
            for f in out.findings
            if f.actor.kind == "person"
        }
    )
    run: list[str] = []
    end = at
    for start, stop, name in reversed(people):
        if stop > end:
            continue
        gap = text[stop:end]
        if not (re.fullmatch(r"[ \t]+", gap) if not run else _RUN_GAP.fullmatch(gap)):
            break
        run.append(" ".join(sorted(name.split())))
        end = start
    apposed = re.search(r"[a-zåäö]\w*[ \t]*,[ \t]*$", text[max(0, end - 30) : end])
    return set(run) if len(run) > 1 and apposed else set()


#: An organisation's office in the genitive right before a name ("Kungälvskretsens ordförande,
#: ", "Föreningens ordförande "), not a meeting's ("Stämmans ordförande").
_ORGANISATIONS_OFFICER = re.compile(
    r"(?<![\w-])(?![Ss]tämmans|[Mm]ötets|[Ss]ammanträdets)[A-ZÅÄÖ][\w-]+(?:s|ens|ets)[ \t]+"
    r"(?:ordförande|vice[ \t]+ordförande|sekreterare)[ \t]*,?[ \t]*$"
)


#: A numbered item of minutes headed by the election of deputies alone ("§13 Val av 2-3
#: suppleanter", "7 § Valitaan hallituksen varajäsenet").
_DEPUTIES_ITEM = re.compile(
    r"(?im)^[ \t]*(?:§[ \t]*\d{1,2}|\d{1,2}[ \t]*§|\d{1,2}\.?)[ \t]+"
    r"(?:Val[ \t]+av[ \t]+(?![^\n]*?(?:ledam|ordinarie|medlem|ordförande))"
    r"(?:[\w-]+[ \t]+){0,2}?(?:styrelse)?(?:suppleanter|ersättare)"
    r"|Valitaan[ \t]+(?:hallituksen[ \t]+|johtokunnan[ \t]+)?varajäsenet(?![ \t]+ja)"
    r"|(?:Hallituksen[ \t]+|Johtokunnan[ \t]+)?varajäsenten[ \t]+valinta)"
    r"[^\n]*\n"
)
#: "Varalle A ja B.": a verbless sentence of deputies' names (Finnish).
_DEPUTIES_SAID_AFTER = re.compile(
    r"(?<=[.!?][ \t])Varalle[ \t]+(?P<names>[A-ZÅÄÖ][^.!?\n]{3,200}?)[ \t]*(?:[.!?]|$)", re.M
)
#: The next numbered item of minutes.
_NEXT_ITEM = re.compile(r"(?m)^[ \t]*(?:§[ \t]*\d{1,2}|\d{1,2}[ \t]*§)")
#: A treasurer's seat in an item ("kassör", "vice kassör"): a member with that duty.
_TREASURER_SEAT = re.compile(r"(?i)(?:vice[ \t]+)?(?:kassör|skattmästare)")
#: An annual meeting's numbered item electing a seat, the names after a colon or a dash on
#: the same line ("§10. Val av ordförande för GAF 2010 - Jörgen Dahl, Nybro, 1 år, omval",
#: "7. Val av övriga styrelseledamöter: A, B", "§16. Val av suppleanter i styrelsen: C").
_SEAT_ITEM = re.compile(
    r"(?m)^[ \t]*(?:§[ \t]*)?\d{1,2}[ \t]*(?:§[ \t]*)?[.:)]?[ \t]*Val[ \t]+av[ \t]+"
    r"(?P<seat>[^:\n–—-]{2,70}?)[ \t]*(?::|[ \t][–—-])[ \t]*(?P<rest>\S[^\n]*(?:\n(?![ \t]*\n)"  # noqa: RUF001
    r"(?![ \t]*(?:§[ \t]*)?\d{1,2}[ \t]*(?:§[ \t]*)?[.:)]?[ \t]+\S)[^\n]*)*)"
)
#: After the seat's words in such an item: whose seat, for when ("för GAF 2010", "i
#: styrelsen", "2010", "för 2 år").
_SEAT_ITEM_TAIL = re.compile(
    r"(?:[ \t]+(?:för|i|till)[ \t]+(?!(?:mötet|årsmötet|stämman|årsstämman)(?![\w-]))"
    r"[^\d\n]{1,40}?)?(?:[ \t]+(?:för[ \t]+)?(?:(?:19|20)\d\d(?:[ \t]*[-–/][ \t]*(?:19|20)?\d\d)?"  # noqa: RUF001
    r"|(?:ett|två|[1-4])[ \t]+år))?[ \t]*$"
)
#: A piece of such an item that says no name: a place, a term, "omval", "nyval", "vakant".
_SEAT_ITEM_NOTE = re.compile(
    r"(?i)(?:[A-ZÅÄÖ][\w/-]*|\d[ \t]*år|(?:ett|två|tre)[ \t]+år|(?:ja[ \t]+)?omval|nyval|"
    r"fyllnadsval|ja|ordinarie|vakant[^,]*|sköts[^,]*)"
)


#: An officer's post joined to the organisation's level, in prose ("riksordförande", "vice
#: förbundsordförande", "rikssekreterare", "distriktskassör").
_LEVEL_POST_IN_PROSE = re.compile(
    r"(?i)(?<![\w-])(?P<post>(?:vice[ \t]+)?(?P<level>förbunds|riks|distrikts|krets)"
    r"(?:ordförande|sekreterare|kassör))(?![\w-])"
)
#: A post held before or a title only, right before the post ("tidigare riksordförande",
#: "förre förbundsordförande", "avgående", "f.d.").
_FORMER_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:tidigare|förra|förre|före[ \t]+detta|f\.[ \t]*d\.|avgående|avgångne|"
    r"dåvarande|blivande)[ \t]+(?:vice[ \t]+)?$"
)
#: A capitalised word, then a dash or a comma (an ordinal or "vice" perhaps after it), right
#: before a post: the post set off after a name.
_NAME_SET_OFF_BEFORE = re.compile(
    r"[A-ZÅÄÖ][\w.-]*[ \t]*(?:[,\u2013\u2014-])[ \t]*(?:\d:[ae][ \t]+|(?:förste|andre)[ \t]+)?"
    r"(?:vice[ \t]+)?$"
)
#: The word a level's bodies share ("förbundsstyrelsen", "förbundsstämman").
_LEVEL_STEMS = {"förbunds": "förbund", "riks": "riks", "distrikts": "distrikt", "krets": "krets"}
#: A verb of electing or keeping between a name and the post it leads to ("A omvaldes som",
#: "B valdes till ny", "C fick fortsatt förtroende som", "D blev").
_HOLDER_LEADS_TO_POST = re.compile(
    r"(?i)[ \t]+(?:(?:om|ny)?valdes(?:[ \t]+om)?|fick[ \t]+(?:fortsatt[ \t]+)?förtroende|"
    r"fortsätter|blev)(?:[ \t]+\S+){0,3}?[ \t]+(?:till|som)[ \t]+(?:ny[ \t]+|nyvald[ \t]+)?"
    r"(?:vice[ \t]+)?$"
)

#: Two names, a verb of electing, two offices joined in the same order ("A och B omvaldes som
#: ordförande och vice ordförande", "A ja B valittiin puheenjohtajaksi ja
#: varapuheenjohtajaksi").
_NAME_OF_TWO = r"[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}"
_RESPECTIVE_SV = re.compile(
    rf"(?<![\w-])(?P<a>{_NAME_OF_TWO})[ \t]+och[ \t]+(?P<b>{_NAME_OF_TWO})[ \t]+"
    r"(?:om|ny|åter)?valdes(?:[ \t]+om)?[ \t]+(?:till|som)[ \t]+"
    r"(?P<r1>(?:vice[ \t]+)?[a-zåäö]+)[ \t]+(?:resp(?:\.|ektive)[ \t]+)?och[ \t]+"
    r"(?P<r2>(?:vice[ \t]+)?[a-zåäö]+)(?![\w-])"
)
_RESPECTIVE_FI = re.compile(
    rf"(?<![\w-])(?P<a>{_NAME_OF_TWO})[ \t]+ja[ \t]+(?P<b>{_NAME_OF_TWO})[ \t]+"
    r"valittiin(?:[ \t]+uudelleen)?[ \t]+(?P<r1>[a-zäö]+ksi)[ \t]+ja[ \t]+(?P<r2>[a-zäö]+ksi)"
    r"(?![\w-])"
)
#: A word of electing ("omvaldes", "valdes om", "nyval", "valittiin"): the sentence says who was
#: elected.
_ELECTED_WORD = re.compile(
    r"(?i)(?<![\w-])(?:(?:om|in|ny)?valdes|omval|nyval|valittiin|valitsi|valitsivat)(?![\w-])"
)


#: "konstituerande mötet", "konstituerade sig", "järjestäytymiskokous": a board's own first
#: meeting, where it gives its offices
_CONSTITUTING = re.compile(
    r"(?i)(?<![\w-])(?:konstituera\w*|järjestäytymiskokou\w*|järjestäytyi|järjestäytyessään)"
)

#: "Nuvarande styrelse består alltså av:", "Styrelsen utgörs av:": a lead-in that ends its line
#: and says the lines below make up the board.
_BOARD_CONSISTS_LEAD = re.compile(
    rf"(?i)(?<![\w-])\w*styrelse[n]?[ \t]+(?:{SV_CONSISTS}|{SV_CONSISTED})"
    rf"(?:[ \t]+{COMPOSED_WHEN})?[ \t]+av[ \t]*:[ \t]*\n"
)


class ElectionPasses:
    """Passes of the :class:`~hytegraph.authoring.extract.walker.Walker` (a mixin)."""

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

    def _meeting_officer_items(self, text: str, out: Walk) -> None:
        """Under the heading of an item electing the meeting's own officers ("2 § Kokouksen
        puheenjohtajan ja sihteerin valinta" / "Puheenjohtajaksi valittiin A ja sihteeriksi
        B."), a chair, vice chair or secretary read in a body named elsewhere (a heading above,
        the page's) is the meeting's, no seat; one whose body the decision names itself ("…
        hallituksen puheenjohtaja A") keeps it. The item ends at the next item's line."""
        for head in re.finditer(r"[^\n]+", text):
            line = head.group().strip(" \t•·*-\u2013")
            if len(line) > 120 or line.endswith((".", "!", "?")):
                continue
            if not _MEETING_OFFICER_ITEM.search(line):
                continue
            nxt = _ITEM_START.search(text, head.end() + 1)
            end = min(nxt.start() if nxt else len(text), head.end() + 600)
            dropped = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.role in ("chair", "vice_chair", "secretary")
                and head.end() <= f.actor.start < end
                and f.target is not None
                and not head.end() <= f.target.start < end
            ]
            if not dropped:
                continue
            out.findings = [f for f in out.findings if all(f is not d for d in dropped)]
            out.no_seat += [(f.actor.start, f.actor.end) for f in dropped]

    def _agenda_officer_items(self, text: str, out: Walk) -> None:
        """A meeting's numbered agenda with its officers after their office ("4. Sekreterare;
        Bibbi Ek" among "1. Mötet öppnas", "5. Protokolljusterare; …"): the chair or secretary
        of that meeting, no seat in the body the minutes are of (a seat the roll gives the
        same person stays). Read only among the agenda's first five items, where an item near
        it (four lines up or down) is the meeting's own business (its opening, its minutes'
        checkers): the board's officers an annual meeting elects come later."""
        for mt in _AGENDA_OFFICER_ITEM.finditer(text):
            if int(mt.group("num")) > 5:
                continue
            a, b = mt.start(), mt.end()
            for _ in range(4):
                a = max(0, text.rfind("\n", 0, max(0, a - 1)))
                b = end_at(text, min(len(text), b + 1))
            if not any(o.start() != mt.start() for o in _AGENDA_OWN_ITEM.finditer(text, a, b)):
                continue
            if not _MEETINGS_OFFICE.search(mt.group()) and (
                _MEETINGS_OFFICE.search(text, a, mt.start())
                or _MEETINGS_OFFICE.search(text, mt.end(), b)
            ):
                # "2. Val av mötesordförande: A" … "4. Ordförande: B": the meeting's officers
                # named as such, the bare office the association's
                continue
            dropped = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.role in ("chair", "vice_chair", "secretary")
                and mt.start() <= f.actor.start < mt.end()
            ]
            out.findings = [f for f in out.findings if all(f is not d for d in dropped)]
            out.no_seat += [(f.actor.start, f.actor.end) for f in dropped]

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
            and m.FIRST_NAME not in self.reader.word_classes(before[0].text)
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

    def _seat_election_items(self, text: str, out: Walk) -> None:
        """An annual meeting's minutes electing each seat in a numbered item of its own, the
        names on the same line after a colon or a dash ("§10. Val av ordförande för GAF 2010 -
        Jörgen Dahl, Nybro, 1 år, omval", "§15. Val av övriga styrelseledamöter för 2010: A,
        Kalmar, 1 år, omval, B, …", "§16. Val av suppleanter i styrelsen: C", "Val av
        valberedning: Ordinarie D, …"): each name the item's seat in the board (a nominating
        committee's in that committee), a place, a term or "omval" after it no name. Not the
        meeting's own officers ("mötesordförande", "ordförande för mötet"), the auditors or
        those who check the minutes; only where the page says the meeting; a name the rules
        read in a body already keeps that reading."""
        if self.lex.lang != "sv" or self.electing is None or not self.electing.search(text):
            return
        for mt in _SEAT_ITEM.finditer(text):
            seat = mt.group("seat").strip()
            if AUDITOR.search(seat) or re.search(
                r"(?i)möte(?:t|ts)?(?!\w)|mötes|juster|räkna|protokoll", seat
            ):
                continue
            tail = _SEAT_ITEM_TAIL.search(seat)
            core = seat[: tail.start()] if tail is not None else seat
            body_name = self.lex.board
            words = core.split()
            if words and words[-1].casefold().startswith(("valbered", "valbred")):
                role, body_name = "member", "Valberedningen"
            elif re.fullmatch(
                r"(?i)(?:övriga[ \t]+)?styrelseledamöter|ledamöter(?:[ \t]+i[ \t]+styrelsen)?", core
            ):
                role = "member"
            else:
                role = self.lex.role_of(core) or (
                    "member"
                    if core.casefold() in self.lex.treasurer or _TREASURER_SEAT.fullmatch(core)
                    else None
                )
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                continue
            at = mt.start("seat")
            body = Mention(at, at + len(core), core, body_name, "body", 0.6)
            a = mt.start("rest")
            for piece in re.finditer(r"[^,.\n]+", mt.group("rest")):
                raw = piece.group()
                s0 = a + piece.start() + len(raw) - len(raw.lstrip())
                item = raw.strip()
                said = re.match(
                    r"(?i)(ordinarie|suppleant(?:er)?|ersättare)[ \t]+(?=[A-ZÅÄÖ])", item
                )
                seat_role = role
                if said is not None:
                    s0, item = s0 + said.end(), item[said.end() :]
                    seat_role = (
                        "member" if said.group(1).casefold() == "ordinarie" else "deputy_member"
                    )
                person = self._whole_name(text, s0, s0 + len(item)) if " " in item else None
                if person is None:
                    if not _SEAT_ITEM_NOTE.fullmatch(item):
                        break  # more than names and notes: left to the sentences
                    continue
                if any(
                    f.kind == "membership" and f.target is not None and f.actor.name == person.name
                    for f in out.findings
                ):
                    continue
                out.findings = [
                    f
                    for f in out.findings
                    if not (f.kind == "membership" and f.actor.start == person.start)
                ]
                out.findings.append(
                    Finding("membership", person, seat_role, body, (mt.start(), mt.end()), 0.6,
                            "seat-item")
                )  # fmt: skip

    def _deputies_item(self, text: str, out: Walk) -> None:
        """ "§13 Val av 2-3 suppleanter (2 år + fyllnadsval 1 år)" / "Helen Sigeland och Ulla
        Lundqvist valdes om för ytterligare två år i styrelsen.": the people an item headed
        by the election of deputies alone elects are deputies, though the sentence says only
        the body ("i styrelsen") they are elected to."""
        for mt in _DEPUTIES_ITEM.finditer(text):
            end = _NEXT_ITEM.search(text, mt.end())
            stop = min(end.start() if end else len(text), mt.end() + 400)
            for f in out.findings:
                if (
                    f.kind == "membership"
                    and f.role == "member"
                    and not f.status
                    and mt.end() <= f.actor.start < stop
                    and f.quote[0] >= mt.end()
                ):
                    f.role = "deputy_member"

    def _deputies_after_members(self, text: str, out: Walk) -> None:
        """ "Johtokunnan varsinaisiksi jäseniksi valittiin A, B ja C. Varalle D ja E.": a
        verbless sentence of names after "Varalle" right after one that elected members of a
        body: those names are the body's deputies (not after an officer's or an auditor's
        election, where "varalle" names that post's stand-in)."""
        if self.lex.lang != "fi":
            return
        for mt in _DEPUTIES_SAID_AFTER.finditer(text):
            stop = len(text[: mt.start()].rstrip()) - 1  # the previous sentence's full stop
            start = max(text.rfind(c, 0, stop) for c in ".!?\n") + 1
            before = [
                f
                for f in out.findings
                if f.kind == "membership" and start <= f.actor.start < mt.start()
            ]
            if not before or any(f.role != "member" or f.status for f in before):
                continue
            bodies = {f.target.name.casefold() for f in before if f.target is not None}
            if len(bodies) != 1 or before[0].target is None:
                continue
            taken = {(f.actor.start, f.actor.end) for f in out.findings}
            for p in self.reader.persons(tokens(text, mt.start("names"), mt.end("names")),
                                         in_list=True):  # fmt: skip
                if (p.start, p.end) in taken:
                    continue
                out.findings = [
                    f
                    for f in out.findings
                    if not (
                        f.kind == "membership" and f.actor.start < p.end and p.start < f.actor.end
                    )
                ]
                out.findings.append(
                    Finding("membership", p, "deputy_member", before[0].target,
                            (mt.start(), mt.end()), 0.6, "deputies-after-members")
                )  # fmt: skip

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
            start = mt.start("run")
            lead = re.match(r"([A-ZÅÄÖ][a-zåäö]+)[ \t]+(?=[A-ZÅÄÖ])", text[start : mt.end("run")])
            if lead is not None and (
                self.lex.role_of(lead.group(1)) or lead.group(1).casefold() in TREASURER_WORDS
            ):
                start += lead.end()  # "Kassör A och ledamot B har ett år kvar": A's post first
            people = self._name_run(text, start, mt.end("run"))
            if not people:
                continue
            here = [
                f
                for f in out.findings
                if f.kind == "membership" and mt.start() <= f.actor.start < mt.end()
            ]
            body = next((f.target for f in here if f.target is not None), None)
            body = body or self._intro_body(text, mt.start())
            if body is None and mt.start() > 0 and text[mt.start() - 1] in " \t":
                # "… samt ledamöterna C och D. Kassör E och ledamot F har ett år kvar": in a
                # paragraph's sentence after its seats, the body the sentences before seat
                body = self._members_body_before(mt.start(), out)
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
            if self.lex.role_of(mt.group("label").lstrip(" \t-\u2013•*")) is None:
                return mt.group(0)
            return f"{mt.group('label')}:{' ' * (len(mt.group(0)) - len(mt.group('label')) - 1)}"

        text = _TERM_IN_LABEL.sub(label, text)
        # "- Ordförande (ett år): Eva Ek": the label with its bracketed term, read as
        # "- Ordförande:" (the same length)
        return _BRACKETED_TERM_IN_LABEL.sub(label, text)

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

    def _renewed_trust(self, text: str, out: Walk) -> None:
        """ "A, B och C fick förnyat förtroende", "Även A, B och C omvaldes": a sentence that is
        nothing but a list of names before those words (after "Även" or "Också" before
        "omvaldes") says they were elected again, as members of the body whose seats the text
        gave just before (within the paragraph before, a held seat)."""
        for mt in _RENEWED_TRUST.finditer(text):
            start = self._sentence_start(text, mt.start())
            for glued in _GLUED_SENTENCE_END.finditer(text, start, mt.start()):
                start = glued.end()  # "… sitt uppdrag.Aino Ek, Bo Lind …": no space after it
            since = start - 400
            if "förtroende" not in mt.group():
                # "Även A, B och C omvaldes": only after "Även" or "Också" opening the sentence,
                # as those of the sentence right before it
                also = _ALSO_FIRST.match(text, start, mt.start())
                if also is None or start < 2 or text[start - 2] == "\n":
                    continue
                since = self._sentence_start(text, start - 2)
                start = also.end()
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
            if AUDITOR.match(text, people[0].start):
                # "Revisorerna A och B fick fortsatt förtroende": the auditors, re-elected,
                # hold no seat in the body (nor does the title belong to the first name)
                out.no_seat += [(p.start, p.end) for p in people]
                continue
            before = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and since <= f.actor.start
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
        # the seats' own terms in brackets ("(1.8.2023-31.7.2026)", "(31.7.2025 asti)") are
        # not what the page speaks of: the latest year is read outside them, when there is one
        outside = [
            int(y)
            for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", _TERM_IN_BRACKETS.sub(" ", text))
        ]
        latest = max(outside or years)
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

    def _meeting_chair_before_board(self, text: str, out: Walk) -> None:
        """Swedish: "Årsmötet hölls den 2 mars. … A valdes till ordförande." and later
        "Styrelsen … består av ordförande B, …": a sentence that only elects a chair, naming no
        body, in the paragraph that says the meeting was held, elects the meeting's chair when
        the page later names another person the chair of the same body among two other seats
        of it or more; A holds no seat (nor a guess of the tagger's)."""
        if self.lex.lang != "sv":
            return

        for f in list(out.findings):
            if (
                f.kind != "membership"
                or f.status
                or f.target is None
                or f.role != "chair"
                or f.actor.kind != "person"
            ):
                continue
            par = text.rfind("\n", 0, f.actor.start) + 1
            dot = text.rfind(". ", par, f.actor.start)
            s0 = dot + 2 if dot >= 0 else par
            stop = end_at(text, f.actor.end, "\n")
            dot = text.find(". ", f.actor.end, stop)
            s1 = dot + 1 if dot >= 0 else stop
            mt = _BARE_CHAIR_ELECTED.fullmatch(text, s0, s1)
            if mt is None or f.actor.start not in (mt.start("name"), mt.start("after")):
                continue
            if _MEETING_HELD.search(text, par, s0) is None:
                continue
            body = _without_definite_ending(f.target.name.casefold())
            later = [
                g
                for g in out.findings
                if g.kind == "membership"
                and not g.status
                and g.target is not None
                and g.actor.start > s1
                and _without_definite_ending(g.target.name.casefold()) == body
            ]
            mine = _name_key(f.actor.name)
            if not any(g.role == "chair" and _name_key(g.actor.name) != mine for g in later):
                continue
            if len({_name_key(g.actor.name) for g in later}) < 3:
                continue
            out.findings.remove(f)
            out.no_seat.append((f.actor.start, f.actor.end))

    @staticmethod
    def _until_then_from(text: str, out: Walk) -> None:
        """ "Styrelsesammansättning t.o.m. 2023-03-08" over a list, later "Styrelsesammansättning
        fr.o.m. 2023-03-08" over another: the first list is the board until the date the second
        begins on, its seats are held no more. Within a list, "Bo Ek (t.o.m. 28 nov.)" when
        another line says "(… fr.o.m. 28 nov.)": a seat given up on that date, held no more."""

        def date(mt: re.Match[str]) -> str:
            return " ".join(mt.group("date").casefold().rstrip(".").split())

        def end(f: Finding, note: str) -> None:
            f.status = "ended"
            f.note = (f.note + " " if f.note else "") + note

        heads = list(_HEADING_UNTIL_FROM.finditer(text))
        for k, until in enumerate(heads):
            if not until.group("until"):
                continue
            after = next(
                (
                    mt
                    for mt in heads[k + 1 :]
                    if mt.group("from")
                    and date(mt) == date(until)
                    and mt.group("head").casefold() == until.group("head").casefold()
                ),
                None,
            )
            if after is None:
                continue
            for f in out.findings:
                if (
                    f.kind == "membership"
                    and not f.status
                    and until.end() <= f.actor.start < after.start()
                ):
                    end(f, "A seat until the date the page's next list begins on.")
        marks = list(_PAREN_UNTIL_FROM.finditer(text))
        froms = {date(mt) for mt in marks if mt.group("from")}
        for mt in marks:
            if not mt.group("until") or date(mt) not in froms:
                continue
            line_start = text.rfind("\n", 0, mt.start()) + 1
            for f in out.findings:
                if (
                    f.kind == "membership"
                    and not f.status
                    and line_start <= f.actor.start
                    and f.actor.end <= mt.start()
                    and not text[f.actor.end : mt.start()].strip()
                ):
                    end(f, "A seat given up on the date another takes it on.")

    def _opener_superseded(self, text: str, out: Walk) -> None:
        """ "Vice ordförande Anna Berg hälsade … välkomna" or "Ordförande, Bo Lind, öppnade
        årsmötet", then the board the meeting elected: the office of the one who opened the
        meeting is the outgoing board's. When the page later gives at least two seats held in
        the same body, the opener's office gives way: the person holds the seat the new board
        gives when it names the person, the office no more when another person holds it in
        the new board's list or run of names."""

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
            mine = _name_key(f.actor.name)
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
            if any(_name_key(g.actor.name) == mine for g in later):
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

    def _seat_said_of_names_before(self, text: str, out: Walk) -> None:
        """ "Styrelsen utökas med två nya namn: A och B. Dessa båda går in som suppleanter.",
        "… A ja B. Molemmat toimivat varajäseninä.": a sentence whose subject stands for the
        names of the sentence before it says the seat they hold: those names' seats become
        that one, and where the sentence before named them in no seat, they hold it in the one
        body that sentence names. A count said ("båda", "molemmat", "tre") must be the number
        of names."""
        for mt in _SEAT_OF_THOSE_BEFORE.finditer(text):
            role = self.lex.role_of(mt.group("seat") or mt.group("fi_seat"))
            if role not in ("member", "deputy_member"):
                continue
            end = len(text[: mt.start()].rstrip())
            if end == 0 or text[end - 1] not in ".!?":
                continue
            start = self._sentence_start(text, end - 1)
            if text.rfind("\n\n", start, mt.start()) >= 0:
                continue  # (another paragraph's names)
            people = [
                p
                for p in self.reader.persons(tokens(text, start, end), in_list=True)
                if len(p.name.split()) >= 2
            ]
            said = [_COUNT_WORDS[w] for w in mt.group().casefold().split() if w in _COUNT_WORDS]
            count = said[0] if said else None
            if not people or (count is not None and count != len(people)):
                continue
            held = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.actor.kind == "person"
                and start <= f.actor.start < end
            ]
            if held:
                if {f.role for f in held} <= {"member", "deputy_member"} and len(held) == len(
                    people
                ):
                    for f in held:
                        f.role = role
                continue
            bodies = [b for b in self.reader.bodies(tokens(text, start, end)) if not b.plural]
            if len(bodies) != 1:
                continue
            body = replace(bodies[0], name=bodies[0].name[:1].upper() + bodies[0].name[1:])
            out.findings += [
                Finding("membership", p, role, body, (start, mt.end()), 0.6, "seat-said-after")
                for p in people
            ]

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

    def _seats_in_a_meeting(self, text: str, out: Walk) -> None:
        """ "Riksstämman öppnades … Som suppleanter valdes A, B och C": a member's or a
        deputy's seat the sentences gave the meeting they speak of ("Riksstämman",
        "Årsmötet"), which has no members: deputies take the one body whose members the text
        named right before; other such seats are dropped (also those of a run of names in
        prose: "Vid riksstämman valdes A, skådespelare, till …"). An office the meeting elects
        ("Förbundsstämman valde A till ordförande", "A valdes till ordförande vid
        förbundsstämman", "Liittokokous valitsi A:n puheenjohtajaksi") is the board's; so
        are the seats of a list the lists gave the meeting after the board's constituting
        meeting is said ("Vid det konstituerande mötet beslutades följande:")."""
        keep: list[Finding] = []
        for f in out.findings:
            if (
                f.kind == "membership"
                and f.role in ("chair", "vice_chair", "secretary")
                and f.target is not None
                and f.rule.startswith("text-")
                and MEETING_NAME.search(f.target.name) is not None
                and (
                    self._meeting_elects(text, f.target)
                    # "Kungälvskretsens ordförande, Margareta Henrikson, hälsade alla
                    # välkomna": the organisation's chair, not the meeting's
                    or _ORGANISATIONS_OFFICER.search(
                        text, max(0, f.actor.start - 60), f.actor.start
                    )
                    is not None
                )
            ):
                f.target = self._board_named(out) or self._board_of(f.target)
            if (
                f.kind == "membership"
                and f.target is not None
                and f.rule.startswith("list-")
                and MEETING_NAME.search(f.target.name) is not None
                and (
                    _CONSTITUTING.search(text, max(0, f.quote[0] - 300), f.quote[0]) is not None
                    # "Extrastämman" / "… Nuvarande styrelse består alltså av:" over the names:
                    # the board the lead-in says the names make up
                    or _BOARD_CONSISTS_LEAD.search(text, max(0, f.quote[0] - 300), f.quote[0])
                    is not None
                )
            ):
                # "Vid det konstituerande mötet beslutades följande:" over "A Ordförande", "B
                # Ledamot" under a page that opens with "Årets föreningsstämma": the board that
                # constituted itself, the one the page names
                board = self._board_named(out) or self._board_on_page(text)
                if board is None:
                    continue
                f.target = board
            if (
                f.kind == "membership"
                and f.role in ("member", "deputy_member")
                and f.target is not None
                and (f.rule.startswith("text-") or f.rule in ("name-run", "som-role"))
                and MEETING_NAME.search(f.target.name) is not None
            ):
                body = (
                    # ("Riksstämman öppnades av ordförande A …": the meeting's own seat
                    # names no body of members)
                    self._members_body_before(f.quote[0], out, meetings=False)
                    if f.role == "deputy_member"
                    else None
                )
                if (
                    (body is None or MEETING_NAME.search(body.name) is not None)
                    and f.role == "member"
                    and f.rule != "name-run"
                    and _ELECTED_WORD.search(text, *f.quote)
                ):
                    # "Christer Katus omvaldes som ledamot" at "Riksstämma" on a page that
                    # speaks of "riksstyrelsens ståndpunkt": the one board the page names
                    body = self._board_named(out) or self._board_on_page(text)
                if body is None or MEETING_NAME.search(body.name) is not None:
                    continue
                f.target = body
            keep.append(f)
        out.findings = keep

    def _board_of(self, meeting: Mention) -> Mention:
        """The association's board, in place of ``meeting`` that elects it."""
        kind = self.lex.body_kind(self.lex.board.casefold()) or "body"
        t = meeting
        return Mention(t.start, t.end, t.written, self.lex.board, kind, 0.5)

    def _board_named(self, out: Walk) -> Mention | None:
        """The one board the page's other seats are in ("Norrby förbunds styrelse"), if any."""
        board = self.lex.board.casefold()
        stem = board.removesuffix("n")
        named = {
            # ("Förbundsstyrelse" and "Förbundsstyrelsen": one board)
            f.target.name.casefold().removesuffix("n"): f.target
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and f.target.name.split()
            and (
                f.target.name.casefold().split()[-1] in (board, stem)
                # "Förbundsstyrelse", "Distriktsstyrelsen": a board's compound
                or (
                    self.lex.lang == "sv"
                    and " " not in f.target.name
                    and f.target.name.casefold().removesuffix("n").endswith(stem)
                )
            )
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _level_posts_in_prose(self, text: str, out: Walk) -> None:
        """An officer's post joined to the organisation's level in a sentence ("Till ny
        riksordförande valdes A", "B omvaldes som rikssekreterare", "C fick fortsatt förtroende
        som förbundsordförande", "Vice riksordförande D redogjorde …"): a seat in that level's
        board, the one the page names ("riksstyrelsens", "Förbundsstyrelsen"). Never a post
        held before ("tidigare riksordförande E"), nor for a name
        the rules gave a seat already."""
        if self.lex.lang != "sv":
            return
        seated = {
            _name_key(f.actor.name)
            for f in out.findings
            if f.kind in ("membership", "candidacy") and f.actor.kind == "person"
        }
        read: list[tuple[Sentence, re.Match[str], Mention, bool]] = []
        for sent in sentences(text):
            for mt in _LEVEL_POST_IN_PROSE.finditer(text, sent.start, sent.end):
                if _FORMER_BEFORE.search(text, max(sent.start, mt.start() - 30), mt.start()):
                    continue
                held = self._level_post_holder(text, sent.start, sent.end, mt)
                if held is not None:
                    read.append((sent, mt, *held))
        # "… öppnades av riksordförande A … Till ny riksordförande valdes B": the post's
        # holder named by title only gives way to the one the page elects to it
        elected = {mt.group("post").casefold(): p for _s, mt, p, chosen in read if chosen}
        for sent, mt, person, chosen in read:
            new = elected.get(mt.group("post").casefold())
            if not chosen and new is not None and _name_key(new.name) != _name_key(person.name):
                continue
            if _name_key(person.name) in seated:
                continue
            role = level_post_role(mt.group("post"))
            if role == "secretary" and not chosen:
                continue  # "SFI:s förbundssekreterare A": often the staff's secretary general
            body = self._board_of_level(text, mt.group("level").casefold())
            if not role or body is None:
                continue
            seated.add(_name_key(person.name))
            out.findings.append(
                Finding(
                    "membership",
                    person,
                    role,
                    body,
                    (sent.start, sent.end),
                    person.confidence - 0.1,
                    "text-level-post",
                )
            )

    def _respective_offices(self, text: str, out: Walk) -> None:
        """ "A och B omvaldes som ordförande och vice ordförande", "A ja B valittiin
        puheenjohtajaksi ja varapuheenjohtajaksi": two names and two offices in the same
        order, each name the office in its place. The body is the one the rules gave either
        name in the sentence, else the board the page names, else the association's board
        (its chair chairs it)."""
        found = _RESPECTIVE_SV if self.lex.lang == "sv" else _RESPECTIVE_FI
        for mt in found.finditer(text):
            roles = [self.lex.role_of(mt.group(g).casefold()) for g in ("r1", "r2")]
            if len(set(roles)) != 2 or not set(roles) <= {"chair", "vice_chair", "secretary"}:
                continue
            people = []
            for g in ("a", "b"):
                toks = tokens(text, mt.start(g), mt.end(g))
                person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if person is None or person.end != mt.end(g):
                    break
                people.append(person)
            if len(people) != 2:
                continue
            start, end = mt.start(), mt.end()
            mine = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.actor.kind == "person"
                and start <= f.actor.start < end
            ]
            body = next((f.target for f in mine if f.target is not None), None)
            if body is None:
                body = self._board_named(out) or self._board_on_page(text)
            if body is None:
                kind = self.lex.body_kind(self.lex.board.casefold()) or "body"
                body = Mention(start, start, "", self.lex.board, kind, 0.5)
            out.findings = [f for f in out.findings if all(f is not g for g in mine)]
            for person, role in zip(people, roles, strict=True):
                out.findings.append(
                    Finding(
                        "membership",
                        person,
                        role,
                        body,
                        (start, end),
                        person.confidence - 0.05,
                        "text-respective",
                    )
                )

    def _level_post_holder(
        self, text: str, start: int, end: int, mt: re.Match[str]
    ) -> tuple[Mention, bool] | None:
        """Who holds the post ``mt`` in the sentence, and whether the sentence elects them to
        it: the name right after it ("vice riksordförande Lasse Lind", "föredrogs av rikskassör
        Bo Ek": a title, no election), or after "valdes" that follows it ("Till ny
        riksordförande valdes Roger Ek"), or the name before a verb of electing or keeping
        that leads to it ("Christel Ek omvaldes som rikssekreterare")."""
        after = re.match(r"[ \t]+(?:(?:om|ny)?valdes[ \t]+(?:om[ \t]+)?)?", text[mt.end() : end])
        if _NAME_SET_OFF_BEFORE.search(text, start, mt.start()):
            # "Marianne Ek, 1:e vice riksordförande Inga Lind, rikskassör" (or a dash): the post
            # is the name's before it, set off, not the next one's
            after = None
        if after is not None:
            toks = tokens(text, mt.end() + after.end(), end)
            person = self.reader.person_at(toks, 0) if toks else None
            if person is not None and person.start == mt.end() + after.end():
                return person, bool(after.group().strip())
        lead = _HOLDER_LEADS_TO_POST.search(text, start, mt.start())
        if lead is None:
            return None
        people = self.reader.persons(tokens(text, start, lead.start()))
        if len(people) != 1 or text[people[0].end : lead.start()].strip(" ,"):
            return None
        return people[0], True

    def _board_of_level(self, text: str, level: str) -> Mention | None:
        """The board of ``level`` ("riks", "förbunds") the page names ("riksstyrelsens
        ståndpunkt"); None when it names none (a bare "styrelsen" may be a local
        association's: "distriktsordförande A" on its page, "Till förbundsordförande valdes B"
        beside "Björkby Reuma styrelse")."""
        stem = _LEVEL_STEMS[level]
        for line in lines(text):
            for b in self.reader.bodies(tokens(text, line.start, line.end)):
                name = b.name.strip()
                if re.fullmatch(rf"(?i){stem}s?styrelsen?s?", name):
                    name = re.sub(r"(?i)(?<=styrelsen)s$", "", name)
                    return replace(b, name=name[:1].upper() + name[1:])
        return None

    def _board_on_page(self, text: str) -> Mention | None:
        """The one board the page names ("riksstyrelsens ståndpunkt", "Förbundsstyrelsen
        föreslog"; "styrelsen" alone too when no compound is named), in the nominative with
        a capital; None when it names none or more than one."""
        board = self.lex.board.casefold()
        if self.lex.lang == "sv":
            board = board.removesuffix("n")
        named: dict[str, Mention] = {}
        for line in lines(text):
            for b in self.reader.bodies(tokens(text, line.start, line.end)):
                name = b.name.strip()
                key = name.casefold()
                if self.lex.lang == "sv":
                    key = key.removesuffix("s").removesuffix("n")  # "riksstyrelsens"
                if " " not in name and key.endswith(board) and not b.plural:
                    named.setdefault(key, b)
        if len(named) > 1:
            named.pop(board, None)  # "styrelsen" beside "förbundsstyrelsen": the same board
        if len(named) != 1:
            return None
        b = next(iter(named.values()))
        name = b.name.strip()
        if self.lex.lang == "sv":
            name = name.removesuffix("s") if name.endswith("ens") else name
        return replace(b, name=name[:1].upper() + name[1:])

    def _meeting_elects(self, text: str, meeting: Mention) -> bool:
        """Whether ``meeting`` is named as the meeting that elects, not as the body whose
        officer is named: its sentence's subject before an active verb of electing
        ("Förbundsstämman valde", "Liittokokous valitsi"), or the occasion of a passive one
        ("vid riksstämman", "liittokokouksessa"). Never its own officer ("ordförande för
        stämman", "stämmans ordförande", "kokouksen puheenjohtajaksi")."""
        if not 0 <= meeting.start < meeting.end <= len(text):
            return False
        written = text[meeting.start : meeting.end]
        before = text[max(0, meeting.start - 12) : meeting.start]
        after = text[meeting.end : meeting.end + 40]
        if re.search(r"(?i)(?:stämmans|mötets|kongressens|kokouksen)$", written):
            return False
        if re.search(r"(?i)(?<![\w-])(?:för|på)[ \t]+$", before):
            return False
        if re.match(
            r"(?i)[ \t]+(?:\w+[ \t]+){0,3}?(?:valde|utsåg|omvalde|valitsi|nimesi)(?![\w-])", after
        ):
            return True
        if re.search(r"(?i)(?<![\w-])vid[ \t]+$", before):
            return True
        return re.search(r"(?i)kokouksessa$", written) is not None

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
                gone |= _apposed_run(text, mt.start(), out)
                continue
            gone.add(" ".join(sorted(said.group(1).split())))
            # ("… leddes av ordförande Martin Ek. … nyvaldes A då Martin Ek undanbett sig
            # omval": wherever the page names the one who declined, no guess at a seat)
            out.no_seat += [
                (m.start(), m.end())
                for m in re.finditer(rf"(?<![\w-]){re.escape(said.group(1))}(?![\w-])", text)
            ]
        for mt in _REELECTED_BUT_FOR.finditer(text):
            # "Också styrelsen återvaldes, med undantag för A, som …": A was not re-elected
            gone.add(" ".join(sorted(mt.group("name").split())))
        for f in out.findings:
            if (
                f.kind == "membership"
                and not f.status
                and f.actor.kind == "person"
                and " ".join(sorted(f.actor.name.split())) in gone
            ):
                f.status = "ended"

    def _said_to_have_left(self, text: str, out: Walk) -> None:
        """ "Aino Ekin erottua yhdistyksestä johtokunta jakoi tehtävät uudelleen": one the text
        says left (a name in the genitive right before "erottua" or "luovuttua") holds no
        seat, wherever the page names it; the words themselves give her none."""
        left = self.reader.left_in_genitive(text)
        if not left:
            return
        gone = {" ".join(sorted(p.name.split())) for p in left}
        spans = {(p.start, p.end) for p in left}
        kept = []
        for f in out.findings:
            if f.kind == "membership" and f.actor.kind == "person":
                if (f.actor.start, f.actor.end) in spans:
                    continue
                if not f.status and " ".join(sorted(f.actor.name.split())) in gone:
                    f.status = "ended"
            kept.append(f)
        out.findings = kept

    def _history_section_seats(self, text: str, out: Walk) -> None:
        """ "Föreningens historia … År 1936 valdes en styrelse: A, B och C.": a seat read on a
        line that names a year, in a section under a heading that names a history (up to the
        next heading), is a past seat, not one held now."""
        sections = []
        for mt in _HISTORY_HEADING.finditer(text):
            nxt = _NEXT_HEADING.search(text, mt.end(1))
            sections.append((mt.end(1), nxt.start() if nxt is not None else len(text)))
        if not sections:
            return
        for f in out.findings:
            if f.kind != "membership" or f.status:
                continue
            at = f.actor.start
            for lo, hi in sections:
                if not lo <= at < hi:
                    continue
                a = max(text.rfind("\n", lo, at), lo)
                b = text.find("\n", at, hi)
                if _YEAR.search(text, a, b if b >= 0 else hi):
                    f.status = "ended"
                break

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

    def _elections_item_by_item(self, text: str, out: Walk) -> None:
        """Swedish minutes that give one election a paragraph: "Följande styrelseledamöter är
        valda:" (a compound seat noun over them: the board's members), then "Nyval av A som
        ordförande för ett år.", "Omval av B och C för två år."; "Val av ersättare. Nyval av
        D …" (the same board's deputies, up to the next item), "Val av valberedning. E och F
        kvarstår." (that body's members); an item electing no body ("Val av två revisorer.")
        ends the run. Each name takes the seat of the item it is under, in place of the
        other seats the rules read for it in that paragraph or in the same body."""
        if self.lex.lang != "sv":
            return
        state: tuple[Mention, str] | None = None
        board: Mention | None = None
        for para in re.finditer(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*", text):
            a, z = para.span()
            line = para.group().strip()
            lead = _COMPOUND_SEATS_INTRO.search(line)
            if lead is not None and line.endswith(":"):
                at = a + para.group().index(lead["body"])
                word = lead["body"]
                board = Mention(at, at + len(word), word, _definite(word.casefold()).capitalize(),
                                self.lex.body_kind(word.casefold()) or "body", 0.5)  # fmt: skip
                deputy = lead["seats"].casefold().endswith("ersättare")
                state = (board, "deputy_member" if deputy else "member")
                continue
            rest = a
            item = _ITEM_SENTENCE.match(para.group())
            if item is not None and board is not None:
                what = item["what"].strip()
                seat = self.lex.role_of(what)
                w0, w1 = a + item.start("what"), a + item.end("what")
                named = [b for b in self.reader.bodies(tokens(text, w0, w1)) if not b.plural]
                if seat == "deputy_member":
                    state = (board, "deputy_member")
                elif len(named) == 1 and named[0].written.casefold() == what.casefold():
                    b = named[0]
                    state = (replace(b, name=b.name[:1].upper() + b.name[1:]), "member")
                else:
                    state = None  # auditors, a post outside any body: no seats
                rest = a + item.end()
            elif not _ELECTION_NOUN.match(para.group()):
                state = None
                continue
            if state is None:
                continue
            body, role = state
            for mt in itertools.chain(
                _ELECTION_NOUN.finditer(text, rest, z), _NAMES_STAY.finditer(text, rest, z)
            ):
                post = self.lex.role_of(mt["post"]) if mt.groupdict().get("post") else None
                here = post if post in ("chair", "vice_chair", "secretary") else role
                for nm in re.finditer(_NAME_WORDS, mt["names"]):
                    ns, ne = mt.start("names") + nm.start(), mt.start("names") + nm.end()
                    written = text[ns:ne]
                    if any(self.lex.body_kind(w.casefold()) for w in written.split()):
                        continue
                    key = _name_key(written)
                    same = _without_definite_ending(body.name.casefold())

                    def ours(f: Finding, key: str = key, same: str = same) -> bool:
                        return (
                            f.kind == "membership"
                            and _name_key(f.actor.name) == key
                            and f.target is not None
                            and _without_definite_ending(f.target.name.casefold()) == same
                        )

                    if any(ours(f) and f.role == here and not f.status for f in out.findings):
                        continue  # read already, in this seat
                    out.findings = [
                        f
                        for f in out.findings
                        if not (
                            f.kind == "membership"
                            and not f.status
                            and _name_key(f.actor.name) == key
                            and (
                                a <= f.quote[0] < z
                                or (ours(f) and f.role in ("member", "deputy_member"))
                            )
                        )
                    ]
                    actor = Mention(ns, ne, written, written, "person", 0.6, "nom")
                    out.findings.append(
                        Finding("membership", actor, here, body, (mt.start(), mt.end()), 0.6,
                                "item-by-item")
                    )  # fmt: skip

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
            a = text.rfind("\n\n", 0, mt.start()) + 1
            b = end_at(text, mt.end(), "\n\n")
            if _ANNOUNCES.search(text, mt.end(), b) or text[a:b].rstrip().endswith(":"):
                # "… nästa mandatperiod, 2019-2022. Här följer …": the lists after the
                # paragraph are of that term too, up to the next paragraph of prose
                b = self._lists_end(text, b)
            for f in out.findings:
                if f.kind == "membership" and not f.status and a <= f.actor.start < b:
                    f.status = "planned"

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

    def _composition_before_meeting(self, text: str, out: Walk) -> None:
        """ "Hallitus kokoontui vuosikokousta edeltäneessä kokoonpanossa … : A (pj) 1/1 (B
        0/1)": the seats of the composition before the meeting that elected the present one
        have ended, to the end of the paragraph; a seat the page gives the same person
        elsewhere stays."""
        for mt in _BEFORE_MEETING.finditer(text):
            end = end_at(text, mt.end())
            for f in out.findings:
                if f.kind == "membership" and not f.status and mt.end() <= f.actor.start < end:
                    f.status = "ended"

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

    def _new_seats_at_the_autumn_meeting(self, text: str, out: Walk) -> None:
        """ "… johtokunta, johon kuuluivat A, B ja C. Syyskokouksessa B erovuoroisena
        jättäytyi johtokunnasta. Uusina jäseninä johtokuntaan valittiin D ja E.": in a page
        that lists a body's sitting members, the new members the autumn meeting elects (said
        in the sentence or the one before it) take their seats with the next year, so they
        are still to come. Nothing unless the page gives the same body sitting members
        outside the sentence; a sentence saying a seat goes on keeps it."""
        for mt in _NEW_SEATS_ELECTED.finditer(text):
            a = self._sentence_start(text, mt.start())
            ends = [i for i in (text.find(". ", mt.end()), text.find("\n", mt.end())) if i >= 0]
            b = min(ends) if ends else len(text)
            before = self._sentence_start(text, a - 2) if a > 1 and text[a - 2] == "." else a
            if not _AUTUMN_MEETING.search(text, before, b) or _GOES_ON.search(text, a, b):
                continue
            new = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and a <= f.actor.start < b
            ]
            bodies = {f.target.name.casefold() for f in new if f.target is not None}
            sitting = any(
                f.kind == "membership"
                and not f.status
                and f.target is not None
                and f.target.name.casefold() in bodies
                and not a <= f.actor.start < b
                and f.actor.name not in {g.actor.name for g in new}
                for f in out.findings
            )
            if not sitting:
                continue
            for f in new:
                f.status = "planned"
                f.note = "Elected at the autumn meeting: the seat begins with the next year."

    def _elected_for_later_years(self, text: str, out: Walk) -> None:
        """ "Syyskokous pidettiin 16.11.2024 … valitsi hallituksen puheenjohtajaksi vuosille
        2025-2026 A:n": an election for years that begin after the page's year (the year of a
        date in its head, else of the one meeting it reports held on a date) gives seats still
        to come. The people the sentence names (in any case form) hold them in the body it
        names, or in any body when it names none, wherever else the page gives those seats
        ("Hallituksen puheenjohtajaksi A" as its title); a sentence saying a seat goes on keeps
        it."""
        date = _PAGE_DATE.search(text, 0, min(len(text), 300))
        report = _REPORT_YEAR.search(text, 0, min(len(text), 300))
        if report is not None:
            # "Toimintakertomus vuodelta 2016": an annual report speaks of the year it reports,
            # whatever meeting's date it prints before (the one that elected for that year)
            year = int(next(g for g in report.groups() if g))
        elif date is not None:
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
                eol = text.find("\n", f.actor.end)
                if ATTENDANCE_TAIL.search(text, f.actor.end, eol if eol >= 0 else len(text)):
                    # "Bo Lind 7/7 2002-03" in a report's list: the meetings he attended, a
                    # seat held in the year reported, whatever the later election
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
            nxt = end_at(text, pos + 2, "\n\n")
            block = text[pos:nxt].strip()
            if len(block.split()) >= 8 and re.search(r"[.!?]$", block) and ":" not in block:
                return pos
            pos = nxt
        return len(text)

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

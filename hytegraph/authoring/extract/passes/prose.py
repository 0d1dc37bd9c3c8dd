"""The walker's passes over running text: roles said in prose, Swedish "som" clauses, runs of
seats in a sentence, inline composition lists and deputies named in parentheses."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from hytegraph.authoring.extract.findings import Context, Finding, Walk
from hytegraph.authoring.extract.lexicon import (
    DUTY_ONLY,
    MEETING_NAME,
    MEMBERS_MEETING,
    SV_CONSISTED,
    SV_CONSISTS,
    SV_ELECTED,
    TREASURER_WORDS,
    agency_name,
)
from hytegraph.authoring.extract.lists import (
    _CAPTION,
    _CAPTION_COMMA,
    AUDITOR,
    NO_SEAT_CROWD,
    PRESENT_WORD,
    _membership,
)
from hytegraph.authoring.extract.mentions import Mention, shared_first_words, tokens
from hytegraph.authoring.extract.passes.common import (
    _AUTUMN_MEETING,
    _BARE_KINDS,
    _BRACKETED_NAME,
    _CAPITALISED_NAME,
    _ENUMERATED_REST,
    _NAME_POST,
    _NAME_WORDS,
    _NAMES_RUN_TEXT,
    _NO_SEATS,
    _OTHERS_SEATS,
    _RUN_NAME,
    _SEAT_IN_ASSOCIATION,
    _SEAT_RUN,
    _SOM_TAIL,
    _TREASURER_WORD,
    ELECTION_REMARK_TEXT,
    _definite,
    _guest_spans,
    _seats_held,
    _without_definite_ending,
)
from hytegraph.authoring.extract.segment import Paragraph, end_at, line_around, lines, sentences
from hytegraph.authoring.extract.sentences import _INFLUENCE, SentenceReader

#: "… består av", "… koostuu": a list of the subject's members follows.

#: "A, Ort och B, Ort blev nya styrelseledamöter.", "A och B valdes till suppleanter.": a
#: sentence that is a run of names, then the verb and a plural seat noun (a body's name may be
#: joined to its front) to the sentence's end
#: "Valberedningen - A, B och C - hade gjort …": a body's name, then a run of names between
#: dashes in apposition to it
_BODY_DASH_NAMES = re.compile(
    r"(?<![\w-])(?P<body>[A-ZÅÄÖa-zåäö][a-zåäö]{3,})[ \t]+[\u2013\u2014][ \t]+"
    r"(?P<run>[A-ZÅÄÖ][^\n\u2013\u2014.!?]{4,200}?)[ \t]+[\u2013\u2014][ \t]+(?=[a-zåäö])"
)
_HOME_RUN_SEP = re.compile(r",[ \t]+|[ \t]+(?:och|samt)[ \t]+")
_HOME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?")
_NAMES_BECAME_SEATS = re.compile(
    r"(?:(?<=[.!?][ \t])|(?<![^\n]))(?P<run>[A-ZÅÄÖ][^\n.!?:]{4,250}?)[ \t]+"
    r"(?:blev|valdes[ \t]+till|valdes[ \t]+in[ \t]+som|invaldes[ \t]+som)[ \t]+"
    r"(?:nya[ \t]+|ordinarie[ \t]+)?(?P<pre>[a-zåäö]{3,}?)?"
    r"(?P<seat>ledamöter|suppleanter|ersättare)[ \t]*(?=[.!?\n]|$)"
)

#: "… samt om val av A och B till nya styrelseledamöter.": an election of a run of names
#: "till" a plural seat noun to the sentence's end.
_ELECTION_OF_NAMES = re.compile(
    r"(?<![\w-])(?:om|ny)?val[ \t]+av[ \t]+(?P<run>[A-ZÅÄÖ][^\n.!?:]{4,250}?)[ \t]+till[ \t]+"
    r"(?:nya[ \t]+|ordinarie[ \t]+)?(?P<pre>[a-zåäö]{3,}?)?"
    r"(?P<seat>ledamöter|suppleanter|ersättare)[ \t]*(?=[.!?\n]|$)"
)
#: A line that may hold a run of names with their offices after them (two commas or more).
_OFFICE_AFTER_NAME_LINE = re.compile(r"^[^\n]*,[^\n]*,[^\n]*$", re.M)
#: What follows a name in such a run: a bare office, one in parentheses, a date its seat
#: ended, or nothing; then a comma, "ja"/"sekä", or the sentence's or the line's end; or
#: the run's end before the next list's plural seat ("A ordf., B vice ordf. samt
#: ledamöterna C, D och E", "… sekä jäsenet F ja G"), which the sentence's readings take.
_NAME_TAIL = re.compile(
    r"[ \t]*(?P<tail>[^,\n]{0,40}?)[ \t]*"
    r"(?P<sep>(?P<next>,?[ \t]*\.?)(?=[ \t]+(?:samt|och|ja|sekä)[ \t]+"
    r"(?:ledamöte|ledamöter|suppleante|ersättar|medlemmar|jäsen|varajäsen)\w*[ \t]+[A-ZÅÄÖ])"
    r"|,[ \t]*"
    r"|(?<![^ \t])(?:ja|sekä|och)[ \t]+|\.(?=[ \t]+[A-ZÅÄÖ])|\.?[ \t]*$)",
    re.M,
)
#: "Aino Ek - ordförande" (an en or em dash too): a spaced dash between a name and its post.
_DASH_BEFORE_POST = re.compile(r"[–—-][ \t]+(?=[a-zåäö1-9])")  # noqa: RUF001
#: "- omval av dessa fem": a remark after a spaced dash at the end of a run of names.
_REMARK_TAIL = re.compile(r"[–—-][ \t]+\w")  # noqa: RUF001
#: "Aino Ek 31.12.2020 saakka": a seat held until a date, ended.
_SEAT_ENDED_TAIL = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?[ \t]+(?:saakka|asti)")
#: The line right under a run: its deputies after a label ("Varajäsenet: A, B ja C").
_DEPUTIES_LINE_UNDER = re.compile(
    r"\n[ \t]*(?P<label>[A-ZÅÄÖ][a-zåäö]+)[ \t]*:[ \t]*(?P<names>[^\n]+?)[ \t]*$", re.M
)
#: The last line with words above a position (blank lines between allowed).
_LINE_ABOVE = re.compile(r"(?P<line>[^\n]*\S[^\n]*)\n[ \t\n]*\Z")
#: "… efterträder Roger Jansson (fs) som ordförande": the subject takes the post.
_SUCCEEDS_AS = re.compile(
    r"\s+efterträder\s+[^.\n]{3,60}?\s+som\s+(?P<post>(?:vice\s*)?ordförande|sekreterare)\b"
)
#: "A avgår som kassör och ersätts av B", "I valberedningen avgick A och B och ersattes av C och
#: D", "A lämnar styrelsen och ersätts av B": one leaving, then who takes the seat.
_LEAVES_REPLACED_BY = re.compile(
    r"(?i)(?<![\w-])(?P<verb>avgår|avgick|avgått|lämnar|lämnade)(?P<mid>[ \t]+[^.\n,;]{0,40}?)?"
    r"[ \t]+och[ \t]+(?:ersätts|ersattes|har[ \t]+ersatts)[ \t]+av[ \t]+"
)
#: "A ersätts som v. sekr. av B": the seat named between the verb and "av", B's now.
_REPLACED_AS = re.compile(
    r"(?i)(?<![\w-])(?:ersätts|ersattes|har[ \t]+ersatts)[ \t]+som[ \t]+(?P<post>[^\n]{2,25}?)"
    r"[ \t]+av[ \t]+"
)
#: The seats a successor may take over.
_SEATS = ("chair", "vice_chair", "secretary", "member", "deputy_member")
#: "som kassör" inside the words between the leaving verb and "och ersätts av".
_AS_POST = re.compile(r"(?i)^[ \t]+som[ \t]+(?P<post>.+)$")
#: Between two names of a run: a comma or "och".
_NAMES_JOIN = re.compile(r"[ \t]*(?:,|och)[ \t]*")
#: Between two successors' names: a comma or "och", a place in parentheses before it.
_SUCCESSORS_JOIN = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:,|och|ja|sekä)[ \t]*")
#: The verb of an election ending a list's label before its colon (fi).
_ELECTED_INTO_END = re.compile(r"(?i)(?<![\w-])(?:valittiin|nimettiin|valitsi)[ \t]*$")
#: "Hänen tilalleen valittiin B", "Heidän tilalleen nimettiin B ja C" (fi): the ones elected to
#: the seats the sentence before says were left.
_IN_THEIR_PLACE = re.compile(
    r"(?i)(?<![\w-])(?:hänen|heidän)[ \t]+tilalleen[ \t]+(?:valittiin|nimettiin|tuli|tulivat)"
    r"[ \t]+"
)
#: What may follow the last successor's name: the sentence's or the clause's end.
_SUCCESSORS_END = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:[.,;:!]|$)", re.M)
#: "Björkmans personliga ersättare blir …": the deputy of the person named before.
_OWN_DEPUTY_IS = re.compile(
    r"\b[A-ZÅÄÖ][\w-]+s\s+(?:personliga\s+)?ersättare\s+(?:blir|är|blev)\s+"
)
#: "… med Jonny Karlström (c) Brändö som ersättare": a deputy named beside a seat.
_WITH_AS_DEPUTY = re.compile(
    r"\bmed(\s+)[A-ZÅÄÖ][^.\n]{3,60}?(\s+)som\s+(?:personlig\s+)?ersättare\b"
)
#: "de sistnämnda", "förstnämnda": the persons just named, not a body.
_LAST_NAMED = re.compile(r"(?:sist|först|ovan)?nämnda|viimeksi mainitut|edellä mainitut")


#: Swedish news: a name (its party in parentheses), a verb or two, then "som" and the seat,
#: perhaps the body after "i": "Lena Berg (M) fortsätter som ordförande i kulturnämnden",
#: "med Ola Ek (C) som förste vice ordförande", "Eva Lind (S) som är ordförande i X".
_SOM_ROLE = re.compile(
    r"(?<![\w'-])(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*\s+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    # ("Ola Ek (M), valdes till …": a comma after the party)
    r"(?:\s*\([\w-]{1,6}\)(?:,(?=\s+[a-zåäö]))?)?"
    # "Katarina Ek, Skövde, blev omvald som ordförande": a home town in commas
    # (or with no comma after the town: "Jörn Holmgren, Åhus omvaldes som ordförande")
    r"(?:,\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?,?)?"
    r"(?P<verbs>(?:\s+[a-zåäö]+){0,4}?)\s+(?P<link>som|till)\s+"
    r"(?:(?:förste|första|andre|andra|tredje|[123]:e)\s+)?"
    # "valts till ny sekreterare", "valdes som ny ledamot": the seat is new to the person, the
    # word no part of it
    r"(?:(?:(?<=till\s)|(?<=som\s))nya?\s+)?"
    r"(?P<role>(?:ordinarie\s+)?[a-zåäö]+(?:\s+(?!i\s)[a-zåäö]+)?)"
    r"(?:\s+i\s+(?P<body>(?:[\w]+-\s+och\s+)?[\w-]+))?"
)
#: The plural seats after "som" that a run of names shares ("A, B samt C som ledamöter").
_PLURAL_SEATS = frozenset(
    {"ledamöter", "ledamöterna", "suppleanter", "suppleanterna", "medlemmar", "ersättarna"}
)
#: A name closing the text before the next one of a run, a comma, "och" or "samt" after it.
_NAME_BEFORE_JOIN = re.compile(
    r"(?<![\w'-])(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt)[ \t]+)\Z"
)
#: "… som ordförande och " right before a name: the name opens the run after another clause.
_SOM_CLAUSE_BEFORE = re.compile(r"(?<![\w-])som[ \t]+[a-zåäö ]{3,30}?[ \t]+(?:och|samt)[ \t]+\Z")
#: A preposition right before a capitalised run ("från Vörå Företagare"): whence or where, no
#: subject of the clause.
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:från|för|vid|i|på|av|hos|inom|med)[ \t]+\Z")
#: "och" closing the text before a name (perhaps at a line's end): the name's clause goes on
#: with the one before it.
_AND_BEFORE = re.compile(r"(?<![\w-])och\s*$")
#: "omvaldes", "fortsätter", "fick förnyat förtroende": the verbs before "som" and an office
#: that say the office is held (by election or going on)
_KEPT_OR_ELECTED = re.compile(
    r"(?i)(?<![\w-])(?:(?:om|ny|åter)?valdes|(?:om|ny|åter)?vald|valts|fortsätter|kvarstår|"
    r"förnyat[ \t]+förtroende)(?![\w-])"
)
#: An election's verb in the words before a list's colon ("blev omvald", "valdes",
#: "valittiin"), or words that say the body's make-up follows ("ser ut som följer").
_LABEL_ELECTED = re.compile(
    rf"(?i)(?<![\w-])(?:{SV_ELECTED}|(?:uudelleen)?valittiin|nimettiin|"
    r"(?:ser[ \t]+ut|är)[ \t]+som[ \t]+följer|fick[ \t]+följande[ \t]+(?:utseende|sammansättning))"
    r"(?![\w-])"
)
#: A relative clause closing a list, that its people were all elected again ("…, vilka
#: samtliga omvaldes", "…, som alla omvaldes", "…, jotka kaikki valittiin uudelleen").
_ALL_REELECTED_END = re.compile(
    r"[ \t]*,[ \t]*(?:vilka|som|jotka)[ \t]+(?:(?:samtliga|alla|båda|bägge|kaikki|molemmat)[ \t]+)?"
    r"(?:omvaldes|återvaldes|valdes[ \t]+om|valittiin[ \t]+uudelleen)[ \t]*$"
)
#: "… som ordförande för Föreningen X", "… vid X": the office of a body named after it
_FOR_ANOTHER = re.compile(r"[ \t]+(?:för|vid|på|inom)[ \t]+[A-ZÅÄÖ]")
#: "A från X Företagare, B och C fortsätter i styrelsen.": a sentence of names (each perhaps
#: with the organisation it comes from) that go on sitting in a body named last.
_CONTINUES_IN = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t]))(?P<names>[A-ZÅÄÖ][^.!?\n]{3,400}?)[ \t]+"
    r"(?:fortsätter|kvarstår|sitter[ \t]+kvar|stannar[ \t]+kvar)[ \t]+i[ \t]+"
    r"(?P<body>[a-zåäö][\w-]*)[ \t]*\."
)
#: The cuts between the names of such a run, and the organisation after a name.
_CONTINUES_CUT = re.compile(r",[ \t]+|[ \t]+(?:och|samt)[ \t]+")
_FROM_ORGANISATION = re.compile(
    r"[ \t]+(?:från[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,3}|\([^()\n]{1,60}\))$"
)
#: An adverb between the names or the verb and what follows ("edelleen", "myös")
_FI_STILL = r"(?:edelleen|yhä|myös|vielä)"
#: Finnish: "Tiina Kosonen jatkaa liiton hallituksessa.", "A ja B jatkavat valtuuskunnassa ja
#: rakennustoimikunnassa": the verb of going on (or of sitting) after the names, an adverb
#: perhaps, then the bodies in the inessive (one or two, an organisation's genitive perhaps
#: before each)
_FI_CONTINUES_IN = re.compile(
    rf"(?<![\w-])(?:jatkaa|jatkavat|istuu|istuvat)[ \t]+(?:{_FI_STILL}[ \t]+)?"
    r"(?P<bodies>(?:[\w:-]+n[ \t]+)?[a-zåäö][\w-]*?(?:ssa|ssä)"
    r"(?:[ \t]+(?:ja|sekä)[ \t]+(?:[\w:-]+n[ \t]+)?[a-zåäö][\w-]*?(?:ssa|ssä))?)"
    r"(?![\w-])"
)
#: What may stand between the last name and the verb: an adverb
_FI_CONTINUES_GAP = re.compile(rf"[ \t]+(?:{_FI_STILL}[ \t]+)?")
#: The cuts between the names of a Finnish run
_FI_CONTINUES_CUT = re.compile(r",[ \t]*|[ \t]+(?:ja|sekä)[ \t]+")
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
#: A sentence's end (at the text's end too) or a line's.
_SENTENCE_OR_LINE_END = re.compile(r"[.!?](?:\s|$)|\n")
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
#: ("Bo Ek valdes på nytt till ordförande": an adverb of the election after its verb)
_ELECTED_TO = re.compile(
    r"(?:valdes|utsågs|utsetts|valts|väljs|utses)(?:\s+(?:på\s+nytt|igen|åter|enhälligt))?$"
)
#: The words before a colon that say who were elected to an officer's role: the role (after
#: "Till"), then the verb.
_OFFICERS_ELECTED = re.compile(
    r"(?i)(?:till\s+)?[\w -]{3,40}?\s+(?:(?:om|åter)?valdes|utsågs|valittiin|nimettiin)"
)
#: "styrelsen ska bestå av", "rådet består av": a body's composition said after its name
_CONSISTS_OF = re.compile(
    # ("Styrelsen, som under året haft tio sammanträden, har bestått av": a relative clause in
    # commas between the body and the verb)
    r"(?i)(?:,[ \t]+som[ \t][^,:.\n]{1,80}?,)?"
    rf"[ \t]+(?:(?:ska[ \t]+|skall[ \t]+)?(?:bestå|{SV_CONSISTS})"
    r"(?:[ \t]+(?:då|nu|numera))?[ \t]+av\b|"
    # (in the perfect, as an annual report says it of the year: "Styrelsen har bestått av:",
    # "Styrelsen har utgjorts av")
    rf"(?:har|hade)(?:[ \t]+under[ \t]+\w+)?[ \t]+(?:{SV_CONSISTED})[ \t]+av\b|"
    # (or with the time said between: "har under året haft följande sammansättning")
    r"(?:har(?:[ \t]+under[ \t]+\w+)?[ \t]+haft|hade)[ \t]+följande[ \t]+sammansättning\b|"
    # (or organised itself, its officers then named: "Uusi hallitus järjestäytyi seuraavasti:",
    # "Styrelsen konstituerade sig enligt följande:")
    r"(?:on[ \t]+järjestäytynyt|järjestäytyi|järjestäytyy)[ \t]+seuraavasti\b|"
    r"(?:har[ \t]+konstituerat|konstituerade|konstituerar)[ \t]+sig[ \t]+enligt[ \t]+följande\b|"
    # ("Styrelsen formerades sålunda:", "… formerades enligt följande:")
    r"formerades[ \t]+(?:sålunda|så[ \t]+här|enligt[ \t]+följande)\b|"
    # (or a clause on its year first, its composition then said by "its": "Johtokunta
    # kokoontui vuoden aikana seitsemän kertaa ja sen kokoonpano oli seuraava:")
    r"[a-zåäö][^,.:;\n]{0,80}?[ \t]+ja[ \t]+sen[ \t]+kokoonpano(?:[ \t]+ja[ \t]+[^,.:;\n]{1,40}?)?"
    r"[ \t]+(?:oli|on|on[ \t]+ollut)[ \t]+seuraava\b)"
)
#: "jäsenet ja varajäsenet", "jäsenet ja henkilökohtaiset varajäsenet": both seats named.
_MEMBERS_AND_DEPUTIES = re.compile(
    r"(?i)(?<![\w-])jäsenet\s+(?:ja|sekä)\s+(?:henkilökohtaiset\s+)?varajäsenet(?![\w-])"
)
#: "(En ny styrelse) valdes för det kommande året i följande skepnad:": the passive that
#: elects the body, right after its bare word, in a lead-in whose colon the list follows.
_ELECTED_AFTER_BODY = re.compile(r"(?i)[ \t]+(?:valdes|omvaldes|utsågs)(?![\w-])")
#: "har" or "hade" right before a body's word: the verb put before its subject.
_HAS_BEFORE = re.compile(r"(?i)(?<![\w-])(?:har|hade)[ \t]+$")
#: "… har styrelsen (därför) följande sammansättning": the composition after the subject.
_COMPOSITION_AFTER = re.compile(
    r"(?i)[ \t]+(?:(?:därför|därmed|nu|då|numera|alltså)[ \t]+)?följande[ \t]+sammansättning\b"
)
#: The end of a lead-in line: perhaps its colon, then the line's end.
_LEAD_LINE_END = re.compile(r"[ \t]*:?[ \t]*(?:\n|$)")
#: What may stand between a body and its composition verb: a term ("för 2021 års verksamhet",
#: "under år 2022", "för perioden 2022-2023")
_TERM_AFTER_BODY = re.compile(
    # (or a bare year or term: "Styrelsen 2021 består av:", "Styrelsen år 2022-2023 består av:")
    r"(?i)[ \t]+(?:år[ \t]+)?(?:19|20)\d\d(?:[ \t]*[-\u2013/][ \t]*(?:19|20)?\d\d)?"
    r"(?=[ \t]+[a-zåäö])|"
    r"[ \t]+(?:för|under)[ \t]+(?:år[ \t]+|perioden[ \t]+)?"
    # ("för 2021 års verksamhet"; not the verb that follows: "för 2018 består av")
    r"(?:19|20)\d\d\S*(?:[ \t]+(?!(?:bestå|består|bestod|bestått|har|hade|ska|skall)(?![\w-]))"
    r"[a-zåäö]+){0,2}"
)
#: "FUF:s styrelse" before a list's colon: an abbreviation's genitive with a colon, then the
#: body's word
_ABBREVIATION_OWNED = re.compile(r"[ \t]*(?P<name>[A-ZÅÄÖ]{2,6}:s[ \t]+(?P<word>[a-zåäö]+))[ \t]*")
#: What may follow a body's name in a photo's label before its colon: the year and where the
#: names begin ("SSF:s styrelse 2016 (fr.v.):", "Hallitus 2024 (vasemmalta):").
_LABEL_YEAR_PLACE = re.compile(
    r"(?:[ \t]+(?:19|20)\d\d(?:[ \t]*[-–/][ \t]*(?:19|20)?\d\d)?)?"  # noqa: RUF001
    r"(?:[ \t]*\((?:fr\.?[ \t]*v\.?|från[ \t]+vänster|vas\.?|vasemmalta(?:[ \t]+oikealle)?)\))?"
    r"[ \t]*$",
    re.I,
)
#: the colon that opens an inline list: not an abbreviation's genitive ("FUF:s styrelse")
#: A label naming the people who do a task, one or two words ending in an agent noun in the
#: plural ("Biljettförsäljare", "Servererskor", "Ordningsmän", "Lipunmyyjät"): no seats.
_DUTY_PEOPLE = re.compile(r"(?:\w+[ \t]+)?\w{3,}(?:are|arna|erskor(?:na)?|män(?:nen)?|jat|jät)")
#: "För buffetten valdes", "För skötande av …": what the people elected are to see to, no body.
_FOR_A_TASK = re.compile(r"För[ \t]+\w+(?:en|et|na|andet|ande)(?![\w-])")
_LIST_COLON = re.compile(r"(?<![A-ZÅÄÖ]):|:(?!s[ \t])")
#: "Styrelsen för föreningen har haft …": the association whose body it is, said after the
#: body's bare word by its own bare word, no other body
_OWNER_AFTER_BODY = re.compile(
    r"(?i)[ \t]+för[ \t]+(?:föreningen|förbundet|klubben|sällskapet|organisationen)(?![\w-])"
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
#: "föreslår", "nominerar": a verb proposing names for seats, anywhere in the sentence (also
#: the common misspelling "förslår")
_PROPOSES = re.compile(
    r"(?<![\w-])(?:föreslår|förslår|föreslog|föreslagit|nominerar|nominerade)(?![\w-])"
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
#: the words of ``_SEAT_GOT`` anywhere, whatever stands around them: a cheap first look
_SEAT_GOT_ANYWHERE = re.compile(r"paika[nt]\s+sai|sai\s+paika[nt]", re.I)
#: "jäseninä jatkavat", "jäseniksi valittiin": a sentence's word for the members it names
_MEMBERS_AS = re.compile(r"(?<![\w-])jäsen(?:iksi|inä|et|iä)(?![\w-])", re.I)
#: "Valinta osui (yksimielisesti) Bo Kivelään": the person a choice fell on, in the illative
_CHOICE_FELL_ON = re.compile(
    r"(?<![\w-])[Vv]alinta[ \t]+osui[ \t]+(?:[a-zåäö]+[ \t]+){0,2}"
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:[ \t][A-ZÅÄÖ][\w-]+){1,2})(?=[ \t]*[.,!]|[ \t]*$)"
)
#: "varapuheenjohtajiksi esitettiin", "sihteeriksi ehdotettiin": an office some were proposed
#: for
_PROPOSED_FOR = re.compile(
    r"(?<![\w-])(?P<office>[a-zåäö]+(?:ksi|iksi))[ \t]+(?:esitettiin|ehdotettiin)(?![\w-])"
)


def _illative_base(word: str) -> str | None:
    """A surname's basic form from its illative by rule ("Onkalaan" → "Onkala", "Mäkiseen" →
    "Mäkinen"), or None where the rule cannot tell ("Lindiin": "Lind" or "Lindi")."""
    low = word.casefold()
    if low.endswith("seen") and len(word) > 6:
        return word[:-4] + "nen"
    if len(low) > 4 and low[-1] == "n" and low[-2] == low[-3] and low[-2] in "aouyäö":
        return word[:-2]
    return None


#: between two "Name (Deputy)" pairs of a run: a comma, "ja" or "sekä", or a space alone
_PAIR_GAP = re.compile(r"\s*(?:(?:,|ja|sekä)\s*)?")
#: between a body and its members' word: nothing, or "varsinaisiksi" / "varsinaisina"
_REGULAR_MEMBERS = re.compile(r"\s*(?:varsinais(?:iksi|ina)\s+)?")
#: a plural members' word ("jäsenet", "ledamöterna")
_MEMBERS_PLURAL = re.compile(r"(?i)jäsenet|jäseninä|ledamöter|ledamöterna")
#: a colon that opens a list ("Styrelsen omvaldes: ")
_COLON_ITEMS = re.compile(r":[ \t]+(?=[A-ZÅÄÖ])")
_ITEM_SEP = re.compile(r"(?:,[ \t]*|[ \t]+(?:och|ja)[ \t]+)(?=[A-ZÅÄÖ])")
#: "Distriktsordförande Åke Ek", "förbundsordföranden, Eva Ek,": the chair of a level of an
#: organisation, then the name
_LEVEL_CHAIR_NAME = re.compile(
    r"(?<![\w-])(?<!som[ \t])(?<!till[ \t])(?P<level>[Dd]istrikts|[Ff]örbunds)"
    # ("förbundsordföranden, Eva Ek, …": an apposition, closed by a comma)
    r"ordförande(?:[ \t]+|n,[ \t]*(?=[^,.\n]{3,60},))"
    rf"(?P<name>{_CAPITALISED_NAME})"
)
#: An organisation's acronym in the genitive right before a post ("DHRs ", "SRF:s ").
_ACRONYM_GENITIVE_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,6})(?::s|s)[ \t]+$")
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
#: "som ordförande för kvällen", "… för dagen", "… för mötet": an officer of the meeting only
_FOR_THE_EVENING = re.compile(
    r"(?i)[ \t]+för[ \t]+(?:kvällen|dagen|mötet|årsmötet|höstmötet|vårmötet|stämman|"
    r"sammanträdet|dagens[ \t]+(?:möte|förhandlingar))(?![\w-])"
)
#: a lower-case word after a comma in a run of names: an office in apposition ("…, ordförande
#: för …") when the word is a role's
_APPOSITION = re.compile(r",[ \t]+([a-zåäö][\w-]*)")
#: ", samt om val av …", ", och till …": a comma and a conjunction before a lower-case word, a
#: new clause after a run of names.
_CLAUSE_AFTER_RUN = re.compile(r",[ \t]+(?:samt|och|men|sekä|ja)[ \t]+[a-zåäö]")
#: ", omval två år", ", nyval på ett år", ", fyllnadsval ett år": an election's remark on the
#: names before it (re-elected, newly elected, elected for the rest of a term) and the term.
_ELECTION_REMARK = re.compile(rf",[ \t]+{ELECTION_REMARK_TEXT}[ \t]*\.?")
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
#: The owner of a post between "till" and the post, and that the post is new: "till
#: föreningens nya ordförande", "till föreningens, tillika styrelsens ordförande"
_OWNER_GENITIVE = r"(?:föreningens|förbundets|klubbens|distriktets|avdelningens|styrelsens)"
_OWN_POST = (
    rf"(?P<own>{_OWNER_GENITIVE}(?:,[ \t]+tillika[ \t]+{_OWNER_GENITIVE})?[ \t]+)?(?:nya?[ \t]+)?"
)
#: What may follow an elected post (a post "vid Marthaförbundets höstmöte" or "i föreningen"
#: is the one the words name; "omvaldes till ordförande med acklamation": how the meeting
#: elected; "för kommande år": the term)
_AFTER_POST = (
    r"(?=[ \t]*(?:[.,]|$|för[ \t]+(?:år[ \t]+)?(?:19|20)\d\d|när|då|med[ \t]+acklamation|"
    r"för[ \t]+(?:ett|två|tre|[1-4])[ \t]+år(?![\w-])|för[ \t]+(?:det[ \t]+)?kommande[ \t]+år"
    r"(?![\w-])|i[ \t]+(?:föreningen|klubben|förbundet)(?![\w-])))"
)
#: "kvarstår ytterligare ett år", "sitter kvar", "står på omval nästa år": seats that go on
#: (after a run of names, at the end of their clause)
_STAYING_ON = re.compile(
    r"(?<=[\w.])[ \t]+(?:kvarstår|sitter[ \t]+kvar|står[ \t]+kvar|"
    r"står[ \t]+på[ \t]+omval[ \t]+nästa[ \t]+år)(?![\w-])"
)
#: A sentence's lead-in adverb before its subject ("Dessutom", "Förövrigt", "Vidare")
_CLAUSE_LEAD = re.compile(r"(?:dessutom|förövrigt|för[ \t]+övrigt|vidare|därtill),?[ \t]+", re.I)
#: "Aino Ek återvaldes till förbundsordförande för 2016 när …": a name at a sentence's start,
#: then that the person was elected (again) to a post; also a clause after a comma ("Därefter
#: följde ett antal val, Jan Ek omvaldes till ordförande, …")
_NAME_ELECTED_TO_POST = re.compile(
    r"(?m)(?:^|(?<=[.!?,][ \t]))(?P<name>[A-ZÅÄÖ][^.,\n]{2,60}?)"
    r"(?:[ \t]+från[ \t]+[A-ZÅÄÖ][\w-]+)?[ \t]+"  # "Bo Ek från Vasa omvaldes till …"
    # "Eva Ek är vald till vice ordförande": the same in the present perfect's passive
    r"(?:återvaldes|omvaldes|valdes(?:[ \t]+om)?|(?:är|blev)[ \t]+(?:om|åter)?vald)"
    # "valdes av årsmötet till ny vice ordförande": the electing meeting, a new post
    r"(?:[ \t]+av[ \t]+(?P<meeting>(?:års|höst|vår)mötet))?[ \t]+till[ \t]+"
    rf"{_OWN_POST}"
    r"(?P<post>(?:förbunds|distrikts|förenings|(?:lokal)?avdelnings)?ordförande|"
    r"vice[ \t]+ordförande|sekreterare)"
    r"(?![\w-])"
    rf"{_AFTER_POST}",
    re.IGNORECASE | re.MULTILINE,
)
#: "valdes Eva Ek till föreningens nya ordförande", "blev Bo Lind vald som ordförande för
#: kommande år", "beslutade att välja Eva Ek som ny ordförande": the verb of the election
#: first, then the name, then the post
_ELECTED_NAME_TO_POST = re.compile(
    r"(?<![\w-])(?:(?:om|åter)?valdes|blev|(?:om)?valde|(?:om)?välja)[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][^.,\n]{2,60}?)[ \t]+"
    r"(?:(?:om|åter)?vald[ \t]+)?(?:till|som)[ \t]+"
    rf"{_OWN_POST}"
    r"(?P<post>(?:förbunds|distrikts|förenings|(?:lokal)?avdelnings)?ordförande|"
    r"vice[ \t]+ordförande|sekreterare)"
    r"(?![\w-])"
    rf"{_AFTER_POST}",
    re.IGNORECASE | re.MULTILINE,
)
#: "Till föreningsordförande valdes Eva Ek på ett år", "Till ny ordförande valdes enhälligt Bo
#: Lind.", "§14 Till ordförande på ett år valdes Eva Ek": the post first (perhaps its term),
#: the verb of the election, then the name (not "Till ordförande för mötet valdes …": the
#: meeting's, nor "Till hedersordförande …": a title)
_POST_THEN_ELECTED = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t])|(?<=§\d[ \t])|(?<=§\d\d[ \t]))Till[ \t]+"
    # ("Till distriktets ordförande valdes A": the organisation's own, its board's)
    r"(?:(?:distriktets|föreningens|förbundets|klubbens|kretsens|avdelningens|styrelsens)[ \t]+)?"
    r"(?:ny[ \t]+)?"
    r"(?P<post>(?:vice[ \t]+)?(?:förenings|förbunds|distrikts|(?:lokal)?avdelnings)?"
    r"ordförande|sekreterare)[ \t]+"
    r"(?:(?:på|för)[ \t]+(?:ett|två|tre|[1-4])[ \t]+år[ \t]+)?"
    r"(?:valdes|omvaldes|återvaldes|utsågs)(?:[ \t]+(?:enhälligt|åter|om))?[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][^.,!\n]{2,60}?)"
    r"(?=[ \t]*(?:[.,!]|$|på[ \t]|för[ \t]|som[ \t]|och[ \t]|med[ \t]|vid[ \t]))",
    re.IGNORECASE,
)
#: "… och till vice ordförande B" right after such a sentence's name: the next post, its
#: verb left out
_AND_TO_NEXT_POST = re.compile(
    r"(?<=[ \t])och[ \t]+till[ \t]+(?:ny[ \t]+)?"
    r"(?P<post>(?:vice[ \t]+)?ordförande|sekreterare)[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][^.,!\n]{2,60}?)(?=[ \t]*(?:[.,!]|$|och[ \t]))",
    re.IGNORECASE,
)
#: The readings of a post, the verb that elects, then the name (and of the next post after
#: "och till", its verb left out): read alike.
_THEN_ELECTED = (_POST_THEN_ELECTED, _AND_TO_NEXT_POST)
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
#: "bestående av 5 ledamöter och 5 ersättare", "jossa on 7 jäsentä ja 7 varajäsentä": a body's
#: composition counted
_COUNTED = re.compile(
    r"(?i)(?:bestående\s+av|som\s+består\s+av|består\s+av|jossa\s+on|johon\s+kuuluu)\s+"
    r"(\d{1,2})\s+(?:ledamöter|ordinarie\s+ledamöter|jäsentä)\s+(?:och|ja)\s+"
    r"(\d{1,2})\s+(?:ersättare|suppleanter|varajäsentä)"
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
#: "… till ordförande vid Norrbyförbundets höstmöte": an organisation's electing meeting
#: after the role (the organisation in the genitive).
_ORG_MEETING_AFTER = re.compile(
    r"[ \t]+(?:vid|på)[ \t]+(?P<org>[A-ZÅÄÖ][\w-]*(?:förbundet|föreningen|förening|förbund))s"
    r"[ \t]+(?:\w+[ \t]+)?\w*(?:möte|mötet|stämma|stämman)(?![\w-])"
)


#: "… under ledning av Eva Ek och med " before a name and "som sekreterare": a meeting led
#: by one person, its minutes kept by the next.
#: (or "Årsmötet hölls den 3 mars i bygdegården med Eva Ek som ordförande": the meeting's)
_LED_BY_WITH = re.compile(
    r"(?i)(?:\bunder[ \t]+ledning[ \t]+av[ \t]|(?<![\w-])(?:\w*mötet|stämman|sammanträdet)"
    r"[ \t]+hölls\b|"
    # "Söndagens årsmöte leddes av A och med B som sekreterare": the meeting led by A
    r"(?<![\w-])(?:\w*möte[nt]?|stämman?|sammanträdet)[ \t]+leddes\b)[^.;\n]*\bmed[ \t]+$"
)

#: An entry of a run that names no one: lower-case words only ("vice kassör", "kontaktperson").
_LOWER_ITEM = re.compile(r"[a-zåäö][a-zåäö:.-]*(?:[ \t]+[a-zåäö:.-]+){0,4}")
#: A convener's post, a member's duty ("sammankallande", "kokoonkutsuja").
_CONVENER = re.compile(r"sammankallande|sammankallare|koollekutsuja|kokoonkutsuja")
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
#: A nominating committee: it proposes whom a meeting elects.
_NOMINATING = re.compile(r"(?i)valberedning|vaalitoimikun|vaalivaliokun")
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
#: An officer's line of minutes' attendance: "Ordförande: Aino Berg.", "Puheenjohtaja: Bo Ek"
_OFFICER_LINE = re.compile(
    r"[ \t]*(?P<office>[A-ZÅÄÖ][\w. ]{2,24}?)[ \t]*:[ \t]*"
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,3})[ \t]*\.?[ \t]*"
)
#: The Swedish definite endings of a body's word ("församlingsråd" / "församlingsrådet").
_SV_DEFINITE = ("et", "en", "n")


#: "De är", "Dessa är", "He ovat": a sentence that goes through the people of the one before
_THEY_ARE = re.compile(r"\s*(?:De|Dessa|He|Nämä)[ \t]+(?:är|var|ovat|olivat)[ \t]+(?=[A-ZÅÄÖ])")
#: "7 ordinarie ledamöter", "sju ledamöter", "seitsemän jäsentä": how many members a body has
_MEMBER_COUNT = re.compile(
    r"(?i)(?<![\w-])(?:\d{1,2}|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|kolme|neljä|viisi|"
    r"kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen)[ \t]+(?:ordinarie[ \t]+|varsinaista[ \t]+)?"
    r"(?:ledamöter|medlemmar|jäsentä)(?![\w-])"
)
#: ", suppleanterna är …", ", varajäsenet ovat …": a comma and a lower-case word end a run of names
_LOWER_PART = re.compile(r",[ \t]*(?=[a-zåäö])")
#: Short words that follow a word in Swedish prose ("styrelseledamöter i 2 år"): no broken end
_SV_SMALL_WORDS = frozenset(
    "i och av på för som med till om en ett att är var den det de".split()  # noqa: SIM905
)
#: "Dessutom valdes till styrelsen A och B som representanter från …": elected into a body
#: as the representatives of others (members of the body)
_INTO_AS_REPRESENTATIVES = re.compile(
    r"(?<![\w-])(?:valdes|omvaldes|invaldes|nyvaldes|utsågs)[ \t]+(?:även[ \t]+|också[ \t]+)?"
    r"(?:till|in[ \t]+i)[ \t]+(?P<body>[a-zåäö][\w-]+)[ \t]+"
    rf"(?P<names>{_NAMES_RUN_TEXT})[ \t]+som[ \t]+representant(?:er)?[ \t]+(?:från|för)[ \t]"
)
#: "Övriga i styrelsen med ett år kvar är sedan tidigare A och B.": the others in a body, named
#: after a linking verb at the sentence's end (members)
_OTHERS_IN_BODY = re.compile(
    r"(?<![\w-])(?:[Dd]e[ \t]+)?[Öö]vriga(?:[ \t]+ledamöter(?:na)?)?[ \t]+i[ \t]+"
    r"(?P<body>[a-zåäö][\w-]+)[ \t]+(?P<mid>(?:[a-zåäö\d]+[ \t]+){0,8}?)"
    r"(?:är|blir|kvarstår)[ \t]+(?:(?:sedan[ \t]+tidigare|även|också)[ \t]+)?"
    rf"(?P<names>{_NAMES_RUN_TEXT})[ \t]*(?:\.|$)",
    re.M,
)


class ProsePasses:
    """Passes of the :class:`~hytegraph.authoring.extract.walker.Walker` (a mixin)."""

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
                # (not a group's leader, "Kahvion ryhmää johti A": the posts of the sentences
                # after it are the association's, not the group's)
                and f.rule != "text-led-by"
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

    def _members_named_in_prose(self, text: str, out: Walk) -> None:
        """Two sentences of a body's members in news prose: "Dessutom valdes till styrelsen
        A och B som representanter från sektionerna" (members of the body they were elected
        into, whoever they stand for) and "Övriga i styrelsen med ett år kvar är sedan
        tidigare C och D." (the others in the body: members). The sentences' reading of the
        names is replaced."""
        if "vriga" not in text and "representant" not in text:
            return
        for rx in (_INTO_AS_REPRESENTATIVES, _OTHERS_IN_BODY):
            for mt in rx.finditer(text):
                word = mt.group("body")
                kind = self.lex.body_kind(word.casefold())
                if kind is None or self.lex.role_of(word):
                    continue
                body = Mention(mt.start("body"), mt.end("body"), word,
                               word[:1].upper() + word[1:], kind, 0.6)  # fmt: skip
                a, b = mt.span("names")
                had = [f for f in out.findings if f.kind == "membership" and a <= f.actor.start < b]
                if rx is _OTHERS_IN_BODY and had:
                    continue  # ("De övriga ledamöterna i styrelsen är …": read already)
                found = [
                    Finding("membership", Mention(n.start(), n.end(), n.group(),
                                                  " ".join(n.group().split()), "person", 0.7,
                                                  "nom"),
                            "member", body, mt.span(), 0.6, "text-members-in-prose")
                    for n in _RUN_NAME.finditer(text, a, b)
                ]  # fmt: skip
                out.findings = [
                    f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
                ] + found

    def _seat_compounds_broken(self, text: str, out: Walk) -> None:
        """A compound of a body's word and a seat's broken by a space ("utsågs till
        styrelsesupplean ter"): read whole, the seat in that body ("styrelse" + "suppleanter":
        deputies of the board), not a body named by the first half."""
        seats = ("member", "deputy_member", "chair", "vice_chair", "secretary")
        for f in out.findings:
            b = f.target
            if f.kind != "membership" or b is None or text[b.start : b.end] != b.written:
                continue
            tail = re.match(r" ([a-zåäö]{1,4})(?![\w-])", text[b.end : b.end + 8])
            if tail is None or tail.group(1) in _SV_SMALL_WORDS or self.lex.role_of(b.written):
                continue
            whole = (b.written + tail.group(1)).casefold()
            for i in range(4, len(b.written) - 2):
                role = self.lex.role_of(whole[i:])
                # (the word's own end is no seat's word: only the rest after the space makes it)
                if role is None or self.lex.role_of(whole[i : len(b.written)]):
                    continue
                if role in seats and self.lex.body_kind(whole[:i]):
                    f.role = role
                    f.target = replace(b, end=b.start + i, written=b.written[:i],
                                       name=b.written[:1].upper() + whole[1:i])  # fmt: skip
                    break

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
            if role is None and owner is None and self.sentences._compound_prefix(words[0]):
                # "omvaldes som styrelseledamot på 2 år": the seat the compound's last part
                # names, in the body its first part names ("styrelse": the board)
                a = mt.start("role")
                toks = tokens(text, a, a + len(words[0]))
                owner = self.sentences._compound_body(text, toks[0], [], Context())
                role = self.sentences._compound_role(words[0])
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                continue
            ns, ne = mt.start("name"), mt.end("name")
            stop = _SENTENCE_END.search(text, mt.end())
            if _PROPOSES.search(
                text, self._sentence_start(text, ns), stop.start() if stop else len(text)
            ):
                # "Utöver A som ordförande föreslår valberedningen B som vice ordförande": the
                # nominating committee's proposals, no seats (nor a guess of the tagger's)
                out.findings = [
                    f
                    for f in out.findings
                    if not (f.kind == "membership" and f.actor.start < ne and ns < f.actor.end)
                ]
                out.no_seat.append((ns, ne))
                continue
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
            target, bodiless = owner, False
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
                if (
                    target is None
                    and not held
                    and (
                        # ("B (M) valdes till förste vice ordförande": elected, as "till" says;
                        # the subject, not "Kaj Svels från Vörå Företagare valdes till …")
                        not _PREPOSITION_BEFORE.search(text, max(0, ns - 8), ns)
                        if mt.group("link") == "till"
                        else _KEPT_OR_ELECTED.search(mt.group("verbs"))
                        # "A omvaldes som X på 2 år och B som ledamot för 1 år": the verb
                        # of the clause before "och", left unsaid
                        or (
                            not mt.group("verbs").strip()
                            and (joined := _AND_BEFORE.search(text, max(0, ns - 12), ns))
                            is not None
                            and _KEPT_OR_ELECTED.search(
                                text, self._sentence_start(text, joined.start()), ns
                            )
                            is not None
                        )
                    )
                    and not _FOR_ANOTHER.match(text, mt.end())
                ):
                    # "A fick förnyat förtroende som ordförande … B och C valdes till
                    # viceordförande.": the one body of the other seats its paragraph reads
                    # (not "A avtackades för sitt arbete som ordförande för X": a past seat)
                    par = (text.rfind("\n\n", 0, ns) + 1, end_at(text, mt.end(), "\n\n"))
                    others = _bodies_held(
                        f
                        for f in out.findings
                        if par[0] <= f.actor.start < par[1]
                        and not (f.actor.start < ne and ns < f.actor.end)
                    )
                    if len(others) == 1:
                        target = next(iter(others.values()))
                    # ("A fortsätter som ordförande, B som sekreterare" under no body's name:
                    # the seats of the one body the page speaks of, found at the end)
                    bodiless = not others and mt.group("link") == "som"
                if target is None and not bodiless:
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
            if words[0].casefold() in _PLURAL_SEATS:
                # "… och A, B samt C som ledamöter": the plural seat is every name of the run
                # the last one closes
                self._plural_som_run(text, ns, mt.end(), role, target, out)
            if mt.group("link") == "som" and not mt.group("body"):
                self._som_role_tail(text, mt.end(), target, out)
        orphans = [f for f in out.findings if f.rule.startswith("som-role") and f.target is None]
        for f in orphans:
            # "Styrelseledamöterna A och B … omval … C valdes in som ny ledamot": the body of
            # the one compound seat word of the paragraph
            par = (text.rfind("\n\n", 0, f.actor.start) + 1, end_at(text, f.actor.end, "\n\n"))
            owners = {
                prefix: w
                for w in re.finditer(r"\w{6,}", text[par[0] : par[1]])
                if (prefix := self.sentences._compound_prefix(w.group())) is not None
            }
            if len(owners) == 1:
                w = next(iter(owners.values()))
                toks = tokens(text, par[0] + w.start(), par[0] + w.end())
                f.target = self.sentences._compound_body(text, toks[0], [], Context())
        orphans = [f for f in orphans if f.target is None]
        if orphans:
            self._give_only_body(text, orphans)
            out.findings = [f for f in out.findings if f.target is not None or f not in orphans]

    def _plural_som_run(
        self, text: str, last: int, end: int, role: str, target: Mention, out: Walk
    ) -> None:
        """The names joined by commas, "och" or "samt" before the name at ``last`` that a
        plural seat after "som" closes ("omvaldes A som ordförande och B, C samt D som
        ledamöter": B and C too), each given that seat in place of the sentences' readings."""
        pos = last
        while (prev := _NAME_BEFORE_JOIN.search(text, max(0, pos - 80), pos)) is not None:
            ns, ne = prev.start("name"), prev.end("name")
            out.findings = [
                f
                for f in out.findings
                if not (f.kind == "membership" and f.actor.start < ne and ns < f.actor.end)
            ]
            actor = Mention(ns, ne, text[ns:ne], text[ns:ne], "person", 0.6, "nom")
            out.findings.append(Finding("membership", actor, role, target, (ns, end), 0.6,
                                        "som-role"))  # fmt: skip
            if _SOM_CLAUSE_BEFORE.search(text, max(0, ns - 40), ns):
                break  # ("A som ordförande och B …": the run's first name, after another clause)
            pos = ns

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

    def _continue_in_body(self, text: str, out: Walk) -> None:
        """Swedish: "A från X Företagare, B (Y) och C fortsätter i styrelsen.": each name of
        the sentence's subject (perhaps with the organisation it comes from after it) goes on
        as a member of the body named after "i"; a part that is no person's name alone leaves
        the sentence unread, and names read already keep their seats."""
        if self.lex.lang == "fi":
            self._continue_in_body_fi(text, out)
            return
        for mt in _CONTINUES_IN.finditer(text):
            word = mt.group("body")
            kind = self.lex.body_kind(word.casefold())
            if kind is None:
                continue
            people: list[Mention] = []
            pos, stop = mt.start("names"), mt.end("names")
            for cut in [*_CONTINUES_CUT.finditer(text, pos, stop), None]:
                end = cut.start() if cut is not None else stop
                if (org := _FROM_ORGANISATION.search(text, pos, end)) is not None:
                    end = org.start()
                found = self.reader.persons(tokens(text, pos, end), in_list=True)
                if len(found) != 1 or found[0].start != pos or found[0].end != end:
                    people = []
                    break
                people.append(found[0])
                pos = cut.end() if cut is not None else stop
            if not people:
                continue
            a, b = mt.start("body"), mt.end("body")
            body = Mention(a, b, word, word[:1].upper() + word[1:], kind, 0.6)
            for person in people:
                if any(
                    f.kind in ("membership", "candidacy")
                    and f.actor.start < person.end
                    and person.start < f.actor.end
                    for f in out.findings
                ):
                    continue
                out.findings.append(
                    Finding("membership", person, "member", body, mt.span(), 0.6,
                            "text-continues-in")
                )  # fmt: skip

    def _continue_in_body_fi(self, text: str, out: Walk) -> None:
        """Finnish: "Erovuoroisista ainoastaan Tiina Kosonen jatkaa liiton hallituksessa.", "A
        ja B jatkavat valtuuskunnassa ja rakennustoimikunnassa.": the names right before the
        verb of going on (or of sitting), with only commas, "ja" or "sekä" between them, are
        members of each body named in the inessive after it. A role in the essive after the
        bodies ("jatkaa hallituksessa puheenjohtajana") leaves the sentence to the rules of
        roles, and names read already keep their seats."""
        for mt in _FI_CONTINUES_IN.finditer(text):
            after = re.match(r"[ \t]+(\w+)", text[mt.end() : mt.end() + 40])
            if after is not None and self.lex.role_of(after.group(1)):
                continue
            start = max(text.rfind(c, 0, mt.start()) for c in ".!?\n:;") + 1
            found = self.reader.persons(tokens(text, start, mt.start()), in_list=True)
            people: list[Mention] = []
            end = mt.start()
            for person in reversed(found):
                gap = _FI_CONTINUES_GAP if not people else _FI_CONTINUES_CUT
                if gap.fullmatch(text, person.end, end) is None:
                    break
                people.insert(0, person)
                end = person.start
            if not people:
                continue
            bodies = [
                b
                for b in self.reader.bodies(tokens(text, mt.start("bodies"), mt.end("bodies")))
                if b.case == "ine" and not b.plural
            ]
            if not bodies:
                continue
            for person in people:
                if any(
                    f.kind in ("membership", "candidacy")
                    and f.actor.start < person.end
                    and person.start < f.actor.end
                    for f in out.findings
                ):
                    continue
                for body in bodies:
                    target = replace(body, name=body.name[:1].upper() + body.name[1:])
                    out.findings.append(
                        Finding("membership", person, "member", target,
                                (people[0].start, mt.end()), 0.6, "text-continues-in")
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

    def _offices_after_names_on_a_line(self, text: str, out: Walk) -> None:
        """A body's composition as one run of names on a line, the office written after its
        name, bare or in parentheses: "Aino Ek puheenjohtaja, Bo Lind varapuheenjohtaja, Eva
        Mäki sihteeri, Olli Aho ja Pia Salo"; "…: Aino Ek pj, Bo Lind vpj, Eva Mäki siht,
        …"; "… ovat olleet Aino Ek (puheenjohtaja), Bo Lind, Eva Mäki (sihteeri)". The office
        is the name's before it, never the next one's; a name with none is a member; a name
        with "31.12.2020 saakka" after it held a seat that has ended (none, nor a guess). A
        line of deputies right under it ("Varajäsenet: Ulla Ek ja Pekka Lind") holds the same
        body's deputies. Read only on a run of three names or more, two of them with an office,
        ending at the line's or the sentence's end and holding nothing else (or of two names
        with their offices, ending before the next list: "… samt ledamöterna C och D"); the
        body is the one the page's other readings give the run's names, else the one named
        before the run on its line, else a heading of the body's name alone on the line above.
        The sentences' readings of the run are replaced."""
        roles = ("chair", "vice_chair", "secretary", "member", "deputy_member")
        for line in _OFFICE_AFTER_NAME_LINE.finditer(text):
            ls, le = line.start(), line.end()
            toks = tokens(text, ls, le)
            at = {t.start: k for k, t in enumerate(toks)}
            k = 0
            while k < len(toks):
                # (person, role, where its quote ends; role "" for an ended seat)
                entries: list[tuple[Mention, str, int]] = []
                i = k
                end = -1
                least = 3
                while i < len(toks):
                    person = self.reader.person_at(toks, i, in_list=True)
                    if person is None:
                        break
                    tail = _NAME_TAIL.match(text, person.end, le)
                    if tail is None:
                        break
                    said = tail.group("tail").strip()
                    inner = said[1:-1].strip() if said[:1] == "(" and said[-1:] == ")" else said
                    dashed = _DASH_BEFORE_POST.match(inner)
                    if dashed is not None:
                        inner = inner[dashed.end() :]  # "Aino Ek - ordförande"
                    lower = inner[:1].islower() or inner[:1].isdigit()  # ("1:a vice ordförande")
                    role = self.lex.role_of(inner) if lower else None
                    if role is None and lower and inner.casefold().rstrip(".") in TREASURER_WORDS:
                        role = "member"  # "Anita Ek - kassör": the treasurer, one of the body
                    if role is None and lower and DUTY_ONLY.fullmatch(inner):
                        role = "member"  # "Marja Aho (tiedottaja)": a duty, a member's seat
                    if (
                        role is None
                        and dashed is not None
                        and lower
                        and len(inner.split()) <= 3
                        and AUDITOR.search(inner) is None
                        and entries
                        and any(r for _p, r, _q in entries)
                    ):
                        # "…, Kjell Ek - finansansvarig, Tina Berg - t.f. museichef, …": among
                        # the run's posts after dashes, another duty held on the body
                        role = "member"
                    remark = (
                        _REMARK_TAIL.match(said) is not None
                        and tail.group("sep").strip() in ("", ".")
                        and self.lex.find_role(said) is None
                    )
                    if not said or remark:
                        # "…, C och D - omval av dessa fem.": a remark after a dash ends the run
                        role = "member"
                    elif _SEAT_ENDED_TAIL.fullmatch(said):
                        role = ""
                    elif role not in roles:
                        break
                    entries.append((person, role or "", person.end if remark else tail.end("tail")))
                    sep = tail.group("sep")
                    if sep.strip() in ("", ".") or tail.group("next") is not None:
                        end = person.end
                        # (two names with offices are a run when the next list follows)
                        least = 2 if tail.group("next") is not None else 3
                        break
                    i = at.get(tail.end(), len(toks))
                offices = sum(r in ("chair", "vice_chair", "secretary") for _p, r, _q in entries)
                if end < 0 or len(entries) < least or offices < 2:
                    # (a run from a later name of the same chain ends the same way: on past it)
                    last = entries[-1][0].end if entries else -1
                    k = next(
                        (x for x in range(k + 1, len(toks)) if toks[x].start >= last), len(toks)
                    )
                    continue
                a = entries[0][0].start
                body = self._office_run_body(text, out, ls, a, entries[-1][0].end)
                k = next((x for x in range(k, len(toks)) if toks[x].start >= end), len(toks))
                if body is None:
                    continue
                found = [
                    Finding("membership", p, r, body, (p.start, q), 0.6, "offices-after-names")
                    for p, r, q in entries
                    if r
                ]
                spans = [(a, end)]
                out.no_seat += [(p.start, p.end) for p, r, _q in entries if not r]
                deputies = _DEPUTIES_LINE_UNDER.match(text, le)
                if deputies is not None and (
                    self.lex.role_of(deputies.group("label")) == "deputy_member"
                    or deputies.group("label").casefold() == "varalla"
                ):
                    ds, de = deputies.start("names"), deputies.end("names")
                    dtoks = tokens(text, ds, de)
                    j = 0
                    people: list[Mention] = []
                    while j < len(dtoks):
                        person = self.reader.person_at(dtoks, j, in_list=True)
                        if person is None:
                            people = []
                            break
                        people.append(person)
                        j = next(
                            (x for x in range(j, len(dtoks)) if dtoks[x].start >= person.end),
                            len(dtoks),
                        )
                        if j < len(dtoks) and dtoks[j].text.casefold() in (",", "ja", "sekä"):
                            j += 1
                        elif j < len(dtoks) and not (dtoks[j].text == "." and j + 1 == len(dtoks)):
                            people = []
                            break
                    if people:
                        spans.append((ds, de))
                        found += [
                            Finding("membership", p, "deputy_member", body, (p.start, p.end),
                                    0.6, "offices-after-names")
                            for p in people
                        ]  # fmt: skip
                out.findings = [
                    f
                    for f in out.findings
                    if f.kind != "membership" or not any(s <= f.actor.start < e for s, e in spans)
                ] + found

    def _office_run_body(
        self, text: str, out: Walk, ls: int, start: int, end: int
    ) -> Mention | None:
        """The body of a run of names with their offices (:meth:`_offices_after_names_on_a_line`):
        the one the page's other readings give most of its names, else the last body named on
        the line before the run, else a heading of the body's name alone on the line above."""
        given = Counter(
            f.target.name
            for f in out.findings
            if f.kind == "membership"
            and f.target is not None
            and f.target.kind == "body"
            and start <= f.actor.start < end
        )
        if given:
            name = given.most_common(1)[0][0]
            return next(
                f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and f.target.name == name
            )
        named = [b for b in self.reader.bodies(tokens(text, ls, start)) if not b.plural]
        if not named and not text[ls:start].strip():
            above = _LINE_ABOVE.search(text, 0, ls)
            if above is not None:
                heading = tokens(text, above.start("line"), above.end("line"))
                named = [
                    b
                    for b in self.reader.bodies(heading)
                    if not b.plural and b.start == heading[0].start and b.end == heading[-1].end
                ]
        if not named:
            return None
        b = named[-1]
        return replace(b, name=b.name[:1].upper() + b.name[1:], confidence=0.5)

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

    def _they_are(
        self, text: str, start: int, end: int, before: tuple[int, int] | None, read: list[Finding]
    ) -> list[Finding]:
        """ "Den nya styrelsen har 7 ordinarie ledamöter och 3 suppleanter. De är A, B och C,
        suppleanterna är …", "Hallitukseen kuuluu seitsemän jäsentä. He ovat A, B ja C.": a
        sentence that begins "De är"/"He ovat" right after one that names one body and how
        many members it has: the names it runs through (up to a comma before a lower-case
        word) are the body's members."""
        if before is None or not (lead := _THEY_ARE.match(text, start, end)):
            return []
        if not _MEMBER_COUNT.search(text, before[0], before[1]):
            return []
        bodies = [b for b in self.reader.bodies(tokens(text, before[0], before[1])) if not b.plural]
        if len({b.name.casefold() for b in bodies}) != 1:
            return []
        b = bodies[0]
        body = replace(b, name=b.name[:1].upper() + b.name[1:])
        stop = _LOWER_PART.search(text, lead.end(), end)
        run_end = stop.start() if stop else end
        # the items between commas and "och"/"ja" (the run's words kept where they stand)
        run = re.sub(
            r"(?<=\s)(?:och|samt|ja|sekä)(?=\s)",
            lambda mt: "," + " " * (len(mt.group()) - 1),
            text[lead.end() : run_end].rstrip(" .!?"),
        )
        items = [
            (lead.end() + mt.start(), lead.end() + mt.end())
            for mt in re.finditer(r"[^,\s](?:[^,]*[^,\s])?", run)
        ]
        seen = {f.actor.name for f in read}
        out: list[Finding] = []
        for a, z in items:
            toks = tokens(text, a, z)
            if not toks:
                return []
            person = self.reader.person_at(toks, 0, in_list=True)
            if person is None or person.end != toks[-1].end:
                return []  # not a run of names only
            if person.name not in seen:
                seen.add(person.name)
                role = "member"
                # (an officer the page calls so before the name elsewhere: "Ordföranden Bo
                # Ek omgiven av medlemmar", a caption's)
                for mt in re.finditer(rf"(\w+)[ \t]+{re.escape(person.name)}(?![\w-])", text):
                    said = self.lex.role_of(mt.group(1).casefold())
                    if said in ("chair", "vice_chair", "secretary"):
                        role = said
                        break
                out.append(
                    Finding("membership", person, role, body, (start, end), 0.6, "text-they-are")
                )
        return out if len(out) >= 2 else []

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
        said = self.reader.bodies(tokens(text, start, end))
        bodies = [b for b in said if not self.anaphora.fullmatch(b.written)]
        if not bodies and len(said) == 1 and not said[0].plural:
            # "Nämä henkilöt tulivat johtokuntaan": the body of the context by its bare word,
            # else the board that word names
            bare = said[0]
            bodies = [
                ctx.body
                if ctx.body is not None and SentenceReader._refers_to(bare, ctx.body)
                else bare
            ]
        if not bodies:
            return []
        b = bodies[-1]
        body = replace(b, name=b.name[:1].upper() + b.name[1:])
        if ctx.body is None:
            ctx.recent = body  # (its officers may follow: "Puheenjohtajaksi nimettiin A …")
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
        # ("FUF:s styrelse: A, B": an abbreviation's genitive keeps its colon inside the word)
        first = _LIST_COLON.search(sentence)
        colon = first.start() if first is not None else -1
        if colon < 0 and (abbreviated := _CAPTION_COMMA.match(sentence)) is not None:
            colon = abbreviated.end(1) + sentence[abbreviated.end(1) :].index(",")
            # "Fr v, A vice ordf, B, C ordf.": a photo caption's label, the comma its colon
        if colon < 0:
            return []
        if NO_SEAT_CROWD.search(sentence[:colon]):
            # "Nuorten turnaus Oslossa. Pelaajat: A, B ja C": the players, winners or performers
            # of an event the minutes speak of, no seats in any body
            return []
        if PRESENT_WORD.fullmatch(sentence[:colon].strip()) and MEMBERS_MEETING.search(
            text, max(0, start - 800), start
        ):
            return []  # "Närvarande: A, B, C" at an association's annual meeting: its members
        if self.lex.not_held_status(sentence[:colon]):
            # "Följande … belönades med blommor: A, B och C": the label says the people after it
            # hold no seat now; the sentence rules read it so
            return []
        introduced = bool(self.intro.search(sentence[:colon]))
        # ("SSF:s styrelse 2016 (fr.v.): A, B": the year and the photo's order after the name)
        head = colon - len(_LABEL_YEAR_PLACE.search(sentence[:colon]).group())
        # "Kuusijoen hyvinvointiryhmä: A, B ja C.": the body's name and nothing else before the
        # colon introduces its list (every item then a person, as without an introduction)
        titled = [] if introduced else self._specific_bodies(text, start, start + head)
        titled = [
            b
            for b in titled
            if not text[start : b.start].strip() and not text[b.end : start + head].strip()
        ]
        if (
            not introduced
            and not titled
            and (owned := _ABBREVIATION_OWNED.fullmatch(sentence[:head])) is not None
            and self.lex.body_kind(owned.group("word").casefold())
        ):
            # "FUF:s styrelse: A, B, C": the board of the organisation its abbreviation names
            a, b = start + owned.start("name"), start + owned.end("name")
            titled = [Mention(a, b, text[a:b], text[a:b], "body", 0.6)]
        if not introduced and not titled and _ELECTED_INTO_END.search(sentence, 0, colon):
            # "Yhdistyksen johtokuntaan kuluvaksi toimintakaudeksi valittiin: A, B ja C": the
            # body the label elects into
            titled = [
                b
                for b in self.reader.bodies(tokens(text, start, start + colon))
                if b.case == "ill" and not b.plural
            ][-1:]
        if not introduced and not titled and ctx.body is None:
            return []
        label = sentence[:colon].strip()
        if (
            not titled
            and (
                (not introduced and _DUTY_PEOPLE.fullmatch(label))
                or (introduced and _FOR_A_TASK.match(label))
            )
            and self.lex.find_role(label) is None
            and not self.lex.body_kind(label.split()[-1].casefold())
        ):
            # "Biljettförsäljare: A, B och C", "För buffetten valdes: A, B": the people who do
            # a task (sell the tickets, serve), no seats in the body the text spoke of
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
        if not bodies and _LABEL_ELECTED.search(sentence[:colon]):
            # "Även valberedningen blev omvald: A (sammankallande), B och C": the one body the
            # words before the colon name, by its bare word, and elect
            named = [
                b for b in self.reader.bodies(tokens(text, start, start + colon)) if not b.plural
            ]
            if (
                len(named) == 1
                and ctx.body is not None
                and SentenceReader._refers_to(named[0], ctx.body)
            ):
                named = [ctx.body]  # (the body of the context, by its bare word: as it is)
            elif len(named) == 1:
                b = named[0]
                named = [replace(b, name=b.name[:1].upper() + b.name[1:])]
            bodies = named if len(named) == 1 else []
        body = self._listed_body(text, bodies, start + colon) if bodies else ctx.body
        if body is None:
            return []
        base = start + colon + 1
        rest = text[base:end].rstrip(".")
        if (again := _ALL_REELECTED_END.search(rest)) is not None:
            # "I tur att avgå: A, B och C (sekreterare), vilka samtliga omvaldes": the clause
            # after the list says they were elected again, no entry of it
            rest = rest[: again.start()]
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
        if (
            (
                _MEMBERS_AND_DEPUTIES.search(sentence[:colon])
                # "… ja näille henkilökohtaiset varajäsenet (suluissa). Hallituksen muodostavat
                # seuraavat henkilöt: A (B), …": a sentence before it on the same line says so
                or self._says_paren_deputies(text[text.rfind("\n", 0, start) + 1 : start])
            )
            and all(_NAME_IN_PARENTHESES.search(text, a, b) for a, b in items)
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
        owner = _OWNER_AFTER_BODY.match(text, bodies[0].end, end) if bodies else None
        if owner is not None:
            # "Styrelsen för föreningen har haft följande sammansättning:": the association's
            # own word after "för" is whose board it is, no second body
            bodies = [b for b in bodies if not owner.start() <= b.start < owner.end()]
        if len(bodies) != 1:
            return []
        at = owner.end() if owner is not None else bodies[0].end
        if (term := _TERM_AFTER_BODY.match(text, at, end)) is not None:
            at = term.end()  # "Styrelsen för 2021 års verksamhet har haft följande …"
        if (
            not _CONSISTS_OF.match(text, at, end)
            and not (
                # "Efter stämmans val har styrelsen därför följande sammansättning:": the verb
                # before its subject, the composition after it
                _HAS_BEFORE.search(text, start, bodies[0].start)
                and _COMPOSITION_AFTER.match(text, at, end)
                # (a lead-in line over the list, its colon closing the line)
                and _LEAD_LINE_END.match(text, end)
            )
            and not (
                # "En styrelse valdes för det kommande året i följande skepnad:": the body
                # elected, the list under the lead-in its composition (one clause: no comma)
                _ELECTED_AFTER_BODY.match(text, at, end)
                and text[:end].rstrip().endswith(":")
                and "," not in text[at:end]
                and _LEAD_LINE_END.match(text, end)
            )
        ):
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
            line_start, line_end = line_around(text, mt.start(), mt.end())
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

    def _body_before(self, text: str, at: int) -> Mention | None:
        """The last body the paragraph names before ``at``, or None."""
        a = text.rfind("\n\n", 0, at)
        a = 0 if a < 0 else a + 2
        found = [x for x in self.reader.bodies(tokens(text, a, at)) if not x.plural]
        if found:
            x = found[-1]
            return replace(x, name=x.name[:1].upper() + x.name[1:], confidence=0.5)
        return None

    def _replaced_by(self, text: str, out: Walk) -> None:
        """ "Kent Ek avgår som kassör och ersätts av Bo Lind", "I valberedningen avgick A och B
        och ersattes av C och D", "A ersätts som v. sekr. av B": whoever the leaving one is
        replaced by holds the seat that one leaves, in the body the paragraph names before
        (the post said with "som", or the office before the leaving one's name; a member's
        seat otherwise). The leaving is the leaving one's alone: the other names of the
        sentence keep the seats it gives them."""
        if self.lex.lang != "sv" or ("ersatt" not in text and "ersätts" not in text):
            return
        made: list[Finding] = []
        leavers: set[int] = set()
        kept: list[tuple[int, int]] = []  # sentences whose only leaving words are these
        for line in lines(text):
            for sent in sentences(text, line.start, line.end):
                said = text[sent.start : sent.end]
                if "ersatt" not in said and "ersätts" not in said:
                    continue
                if self.lex.not_member_status(said):
                    continue  # "föreslås ersättas av": a proposal, no seat yet
                hits = [
                    (mt, mt["mid"] or "")
                    for mt in _LEAVES_REPLACED_BY.finditer(text, sent.start, sent.end)
                ]
                hits += [
                    (mt, " som " + mt["post"])
                    for mt in _REPLACED_AS.finditer(text, sent.start, sent.end)
                ]
                blanked = said
                for mt, mid in hits:
                    mid_at = mt.start("mid") if mt.re is _LEAVES_REPLACED_BY else -1
                    role = self._leaving_seat(text, sent.start, mt.start(), mid, mid_at)
                    if role is None:
                        continue
                    body = self._body_before(text, mt.end())
                    if body is None:
                        continue
                    for person in self._successors(text, mt.end(), sent.end):
                        made.append(
                            Finding(
                                "membership",
                                person,
                                role,
                                body,
                                (sent.start, person.end),
                                0.55,
                                "text-replaced-by",
                            )
                        )
                    for leaver in self._persons_ending_at(text, sent.start, mt.start()):
                        leavers.add(leaver.start)
                    if mid_at >= 0 and mid.strip():
                        for leaver in self._names_only(text, mid_at, mid_at + len(mid)):
                            leavers.add(leaver.start)
                    if mt.re is _LEAVES_REPLACED_BY:
                        a, b = mt.start("verb") - sent.start, mt.end("verb") - sent.start
                        blanked = blanked[:a] + " " * (b - a) + blanked[b:]
                if hits and not self.lex.not_held_status(blanked):
                    kept.append((sent.start, sent.end))

        def seat(f: Finding) -> tuple[str, str]:
            body = f.target.name.casefold() if f.target is not None else ""
            return f.actor.name.casefold(), _without_definite_ending(body)

        # "A lämnar styrelsen och ersätts av B" over the new board's list naming B: one seat
        spans = {g.actor.start for g in made}
        elsewhere = {
            seat(f) for f in out.findings if f.kind == "membership" and f.actor.start not in spans
        }
        made = [f for f in made if seat(f) not in elsewhere]
        if not made:
            return
        taken = {f.actor.start for f in made}
        out.findings = [
            f for f in out.findings if f.kind != "membership" or f.actor.start not in taken
        ]
        for f in out.findings:
            if (
                f.kind == "membership"
                and f.status == "ended"
                and f.actor.start not in leavers
                and any(a <= f.actor.start < b for a, b in kept)
            ):
                f.status = ""  # "omvaldes A som sammankallande och B avgick …": A's seat holds
        out.findings = [
            f for f in out.findings if f.kind != "membership" or f.actor.start not in leavers
        ]
        out.findings += made

    def _in_their_place(self, text: str, out: Walk) -> None:
        """ "Hallituksen jätti A. Hänen tilalleen valittiin B.", "… jäi pois hallituksesta ja
        hänen tilalleen valittiin B" (fi): B takes a member's seat in the body of the seats
        the paragraph reads for others (the nearest before the sentence, else after it).
        Nothing in a paragraph about the autumn meeting (its seats begin with the next
        year), in a sentence that says the seat is not held, or for a name already read."""
        if self.lex.lang != "fi" or "tilalleen" not in text:
            return
        for mt in _IN_THEIR_PLACE.finditer(text):
            a = text.rfind("\n\n", 0, mt.start())
            a = 0 if a < 0 else a + 2
            b = text.find("\n\n", mt.end())
            b = len(text) if b < 0 else b
            if _AUTUMN_MEETING.search(text, a, mt.start()):
                continue
            start = self._sentence_start(text, mt.start())
            stop = _SENTENCE_OR_LINE_END.search(text, mt.end())
            end = stop.start() + 1 if stop else len(text)
            if self.lex.not_held_status(text[start:end]):
                continue
            read = {f.actor.name for f in out.findings if f.kind == "membership"}
            people = [
                p
                for p in self._successors(text, mt.end(), end)
                # (not "Raimo Vilhunen Aurinko Golfista": a name of two or three words)
                if p.name not in read and len(p.name.split()) <= 3
            ]
            seats = [f for f in _seats_held(out.findings) if a <= f.actor.start < b]
            before = [f for f in seats if f.actor.start < mt.start()]
            near = before[-1] if before else min(seats, key=lambda f: f.actor.start, default=None)
            if near is None or near.target is None:
                continue
            out.findings += [
                Finding(
                    "membership",
                    p,
                    "member",
                    near.target,
                    (start, p.end),
                    0.55,
                    "text-in-their-place",
                )
                for p in people
            ]

    def _leaving_seat(self, text: str, start: int, at: int, mid: str, mid_at: int) -> str | None:
        """The seat a leaving one gives up: the post "som" names in ``mid``, else the office
        right before the leaving one's name (between ``start`` and ``at``), else a member's;
        None for a post outside the body (an auditor's) or words that name no seat."""
        post = _AS_POST.match(mid)
        if post is not None:
            words = post["post"].strip()
            if words.casefold().rstrip(".") in TREASURER_WORDS:
                return "member"
            role = self.lex.role_of(words)
            return role if role in _SEATS else None
        if mid.strip() and self.lex.body_kind(mid.strip().casefold()) is None:
            # "I valberedningen avgick A och B och ersattes av C och D": the leaving ones
            # after the verb, members; any other words ("avgick på grund av flytt och
            # ersattes av …", a reason) are not read
            return "member" if self._names_only(text, mid_at, mid_at + len(mid)) else None
        names = self._persons_ending_at(text, start, at)
        if names:
            before = text[start : names[0].start].split()
            for n in (3, 2, 1):
                if len(before) >= n:
                    role = self.lex.role_of(" ".join(before[-n:]))
                    if role is not None:
                        return role if role in _SEATS else None
        return "member"

    def _names_only(self, text: str, start: int, end: int) -> list[Mention]:
        """The names that fill ``text[start:end]`` joined by commas and "och", or none."""
        names = self._persons_ending_at(text, start, end)
        if not names or text[start : names[0].start].strip():
            return []
        return names

    def _persons_ending_at(self, text: str, start: int, at: int) -> list[Mention]:
        """The names right before ``at`` ("A", "A och B"), nothing but space after the last."""
        toks = tokens(text, start, at)
        found = self.reader.persons(toks, in_list=True)
        if not found or text[found[-1].end : at].strip():
            return []
        names = [found[-1]]
        for p in reversed(found[:-1]):
            if not _NAMES_JOIN.fullmatch(text, p.end, names[0].start):
                break
            names.insert(0, p)
        return names

    def _successors(self, text: str, at: int, end: int) -> list[Mention]:
        """The names right at ``at``: one, or several joined by commas and "och" when the
        last ends the clause ("C och D."; not "C och D avgick …", the next one leaving)."""
        toks = tokens(text, at, end)
        found = self.reader.persons(toks, in_list=True)
        if not found or found[0].start != at:
            return []
        names = [found[0]]
        for p in found[1:]:
            if not _SUCCESSORS_JOIN.fullmatch(text, names[-1].end, p.start):
                break
            names.append(p)
        while len(names) > 1 and not _SUCCESSORS_END.match(text, names[-1].end):
            names.pop()
        return names

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

    def _seat_in_the_sentence_body(self, text: str, out: Walk) -> None:
        """ "Uutena jäsenenä johtokunnasta paikan sai Aino Ek." after a paragraph about
        another body: a seat a sentence says was got ("paikan sai") from the one body it names
        itself, in the elative, is in that body,
        not in the body the text spoke of before (named as the page's other seats name it,
        "Kylälän kappeliseurakunnan johtokunta"); and "Hänen henkilökohtainen varajäsenensä on
        Bo Lind." right after it is that seat's deputy, in the same body."""
        if self.lex.lang != "fi" or _SEAT_GOT_ANYWHERE.search(text) is None:
            return  # no seat got from a body: nothing to move, nor a deputy after one
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
                gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(pairs)]
                if any(not _PAIR_GAP.fullmatch(g) for g in gaps) or (
                    # "A (B), C (D) E (F)": one comma left out in a run held together by them
                    sum(not g.strip() for g in gaps) * 3 > len(gaps)
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
                    # ("Johtokunnan varsinaisiksi jäseniksi": the members' word with its
                    # adjective)
                    if not bodies or not _REGULAR_MEMBERS.fullmatch(
                        text[bodies[-1].end : said.start()]
                    ):
                        continue
                    body = bodies[-1]
                # "valitsi Aino Ekin (varajäseneksi Bo Lindin), …": every name in the
                # genitive-accusative, the object of the electing verb, is read in its base form
                inflected = all(
                    mt[g].endswith("n") and not mt[g].endswith("nen")
                    for mt in pairs
                    for g in ("member", "deputy")
                )
                found: list[Finding] = []
                for mt in pairs:
                    for group, role in (("member", "member"), ("deputy", "deputy_member")):
                        s0, e0 = mt.span(group)
                        person = Mention(s0, e0, text[s0:e0], " ".join(text[s0:e0].split()),
                                         "person", 0.7, "nom")  # fmt: skip
                        if inflected:
                            base = self.reader.person_at(list(tokens(text, s0, e0)), 0,
                                                         genitive=True)  # fmt: skip
                            if base is not None and base.end == e0:
                                person = replace(person, name=base.name, case=base.case)
                        found.append(
                            Finding("membership", person, role, body, (mt.start(), mt.end()),
                                    0.7, "prose-member-deputy-pairs")
                        )  # fmt: skip
                out.findings = [
                    f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
                ] + found

    def _choice_fell_on(self, text: str, out: Walk) -> None:
        """ "Johtokunnan sihteeriksi ehdotettiin Aino Rantalaa ja Bo Kivelää. Valinta osui
        yksimielisesti Bo Kivelään.": of the persons a sentence proposed for an office of a body
        ("Body's office-ksi esitettiin/ehdotettiin …"), the one the choice fell on, named in the
        illative in a sentence of the same paragraph after it, holds that office in that body.
        Only for a chair's, a vice chair's or a secretary's office; a name whose basic form the
        illative does not give by rule ("Bo Lindiin", of "Lind" or "Lindi") is left."""
        if self.lex.lang != "fi":
            return
        for mt in _CHOICE_FELL_ON.finditer(text):
            para = max(text.rfind("\n", 0, mt.start()) + 1, 0)
            prop = next(reversed(list(_PROPOSED_FOR.finditer(text, para, mt.start()))), None)
            if prop is None or mt.start() - prop.end() > 400:
                continue
            role = self.lex.role_of(prop["office"])
            if role not in ("chair", "vice_chair", "secretary"):
                continue
            start = self._sentence_start(text, prop.start())
            bodies = self.reader.bodies(tokens(text, start, prop.start("office")))
            if not bodies or text[bodies[-1].end : prop.start("office")].strip():
                continue
            body = bodies[-1]
            body = replace(body, name=body.name[:1].upper() + body.name[1:])
            words = mt["name"].split()
            base = _illative_base(words[-1])
            if base is None:
                continue
            name = " ".join([*words[:-1], base])
            person = Mention(mt.start("name"), mt.end("name"), mt["name"], name, "person", 0.6,
                             "ill")  # fmt: skip
            key = name.casefold()
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership"
                    and f.role == "member"
                    and f.target is not None
                    and f.target.name.casefold() == body.name.casefold()
                    and " ".join(f.actor.name.split()).casefold() == key
                )
            ]
            out.findings.append(
                Finding("membership", person, role, body, (prop.start(), mt.end()), 0.6,
                        "text-choice-fell-on")
            )  # fmt: skip

    def _staying_on(self, text: str, out: Walk) -> None:
        """ "A, B och C kvarstår ytterligare ett år", "… och D, E och F står på omval nästa
        år": a run of two names or more (at a sentence's or a clause's start) whose seats go
        on, with no body said: members of the board whose seats the paragraph read last before
        the run."""
        have = {f.actor.start for f in out.findings if f.kind in ("membership", "candidacy")}
        for mt in _STAYING_ON.finditer(text):
            start = self._sentence_start(text, mt.start())
            while start >= 4 and re.match(r"[ \t][A-ZÅÄÖ]\. ", text[start - 4 : start]):
                # "Johan R. Norberg": an initial's full stop ends no sentence
                start = self._sentence_start(text, start - 3)
            lead = _CLAUSE_LEAD.match(text, start, mt.start())
            begin = lead.end() if lead else start
            # "… för kommande år och A, B och C kvarstår": the clause after "och" (after a
            # lower-case word: no name's "och")
            begins = [begin] + [
                begin + c.end()
                for c in re.finditer(
                    r"(?<=[a-zåäö])[ \t]+(?:och|samt)[ \t]+", text[begin : mt.start()]
                )
            ]
            people: list[Mention] = []
            for at in begins:
                run = self._name_run(text, at, mt.start())
                if (
                    len(run) >= 2
                    and run[0].start == at
                    and not text[run[-1].end : mt.start()].strip()
                ):
                    people, begin = run, at
                    break
            if not people or any(p.start in have for p in people):
                continue
            sentence = text[start : mt.end()].casefold()
            if self.lex.not_held_status(sentence):
                continue
            gaps = list(re.finditer(r"\n[ \t]*\n", text))
            lo = max((g.end() for g in gaps if g.end() <= mt.start()), default=0)
            before = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and f.actor.kind == "person"
                and lo <= f.quote[0]
                and f.actor.end <= begin
            ]
            # the seats read last before the run, in its paragraph: a board's
            last = max(before, key=lambda f: f.actor.end, default=None)
            if last is None or "styrelse" not in last.target.name.casefold():
                continue
            body = last.target
            for p in people:
                out.findings.append(
                    Finding(
                        "membership", p, "member", body, (begin, mt.end()), 0.6, "text-staying-on"
                    )
                )
                have.add(p.start)

    def _names_became_seats(self, text: str, out: Walk) -> None:
        """ "Eva Ek, Ås och Bo Lind, Bro blev nya styrelseledamöter.": a sentence that is
        nothing but a run of two names or more (each perhaps with a home after a comma), then
        "blev" or "valdes till" and a plural seat noun to its end; each takes that seat (a
        deputy's after "suppleanter", "ersättare") in the body joined to the noun's front,
        else in the one body the page's other seats are in; names read already are left as
        read."""
        for mt in itertools.chain(
            _NAMES_BECAME_SEATS.finditer(text), _ELECTION_OF_NAMES.finditer(text)
        ):
            sentence = text[mt.start() : mt.end()].casefold()
            if any(p.search(sentence) for p, _s in self.lex.not_member_res):
                continue
            if self.lex.not_held_status(sentence):
                continue
            people = self._name_run(text, mt.start("run"), mt.end("run"))
            if self.run_roles:
                continue
            if not people:
                people = self._names_with_homes(text, mt.start("run"), mt.end("run"))
            if len(people) < 2:
                continue
            overlap = [
                f
                for f in out.findings
                if f.actor.start < mt.end("run") and mt.start() < f.actor.end
            ]
            if overlap and not all(
                f.kind == "membership"
                and not f.status
                and f.target is not None
                and MEETING_NAME.search(f.target.name)
                for f in overlap
            ):
                continue
            seat = mt.group("seat").casefold()
            role = "deputy_member" if seat.startswith(("suppleant", "ersätt")) else "member"
            held = {
                f.target.name.casefold(): f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and not f.status
            }
            if mt.group("pre"):
                body = self._seat_run_body(text, mt, mt.start(), out)
                bare = body.name.casefold() if body is not None else ""
                # ("styrelse-" where the page's seats are in "Styrelsen": that board)
                body = next((held[bare + e] for e in ("n", "en", "et") if bare + e in held), body)
            else:
                body = next(iter(held.values())) if len(held) == 1 else None
            if body is None:
                continue
            # ("Årsstämman beslutade … om val av A och B till nya styrelseledamöter": seats the
            # sentence gave the meeting that elects are the body's of the seat noun)
            out.findings = [f for f in out.findings if all(f is not o for o in overlap)]
            out.findings += [
                Finding("membership", p, role, body, (mt.start(), mt.end()), 0.6,
                        "text-names-became-seats")
                for p in people
            ]  # fmt: skip

    def _body_dash_names(self, text: str, out: Walk) -> None:
        """ "Valberedningen - Eva Ek, Bo Lind och Åke Berg - hade gjort ett grundligt arbete":
        a body's name in the singular, then a run of two names or more between dashes, the
        sentence going on in lower case after them: the names are the body's members (not
        when the sentence says they left, or are candidates); names read already are left as
        read."""
        for mt in _BODY_DASH_NAMES.finditer(text):
            named = [
                b
                for b in self.reader.bodies(tokens(text, mt.start("body"), mt.end("body")))
                if not b.plural
            ]
            if len(named) != 1:
                continue
            start = self._sentence_start(text, mt.start())
            ends = [i for i in (text.find(". ", mt.end()), text.find("\n", mt.end())) if i >= 0]
            sentence = text[start : min(ends) if ends else len(text)].casefold()
            if any(p.search(sentence) for p, _s in self.lex.not_member_res):
                continue
            if self.lex.not_held_status(sentence):
                continue
            people = self._name_run(text, mt.start("run"), mt.end("run"))
            if len(people) < 2 or self.run_roles:
                continue
            if any(
                f.actor.start < mt.end("run")
                and mt.start("run") < f.actor.end
                and f.kind == "membership"
                and f.target is not None
                for f in out.findings
            ):
                continue
            out.findings = [
                f
                for f in out.findings
                if not any(f.actor.start < p.end and p.start < f.actor.end for p in people)
            ]
            body = replace(named[0], name=named[0].name[:1].upper() + named[0].name[1:])
            out.findings += [
                Finding("membership", p, "member", body, (mt.start(), mt.end()), 0.6,
                        "text-body-dash-names")
                for p in people
            ]  # fmt: skip

    def _names_with_homes(self, text: str, start: int, stop: int) -> list[Mention]:
        """ "Eva Ek, Ås och Bo Lind, Bro": two names or more, each of two words or more and
        each with one capitalised word after a comma (where the person is from), joined by
        commas and "och"; [] otherwise."""
        cells = _HOME_RUN_SEP.split(text[start:stop])
        if len(cells) < 4 or len(cells) % 2:
            return []
        people: list[Mention] = []
        pos = start
        for k, cell in enumerate(cells):
            at = text.find(cell, pos, stop)
            pos = at + len(cell)
            if k % 2:
                if not _HOME_WORD.fullmatch(cell):
                    return []
                continue
            toks = tokens(text, at, at + len(cell))
            person = self.reader.person_at(toks, 0, in_list=True) if toks else None
            if person is None or person.end != at + len(cell) or len(person.name.split()) < 2:
                return []
            people.append(person)
        return people

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
            cut = self.run_cut
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
            if (
                not people
                and (clause := _CLAUSE_AFTER_RUN.search(text, mt.end(), stop)) is not None
            ):
                # "… omval av styrelseledamöterna A, B och C, samt om val av D …": a comma and a
                # conjunction before a lower-case word end the run; a new clause begins
                people = self._name_run(text, mt.end(), clause.start())
            remark = None
            if (
                not people
                and (
                    remark := max(
                        _ELECTION_REMARK.finditer(text, mt.end(), stop),
                        key=lambda r: r.start(),
                        default=None,
                    )
                )
                is not None
                and not text[remark.end() : stop].strip()
            ):
                # "Styrelseledamöter: A och B, omval två år. C och D, nyval två år.": the
                # names before each election's remark, in the sentences of the label's line
                # ("A, omval, B, omval, samt C, nyval.": the names before the last one)
                people = self._name_run(text, mt.end(), remark.start())
                while people and stop < len(text) and text[stop] == ".":
                    nxt = [
                        i for i in (text.find(". ", stop + 1), text.find("\n", stop + 1)) if i >= 0
                    ]
                    following = min(nxt) if nxt else len(text)
                    further = _ELECTION_REMARK.search(text, stop + 1, following)
                    if further is None or text[further.end() : following].strip():
                        break
                    more = self._name_run(text, stop + 1, further.start())
                    if not more:
                        break
                    people += more
                    stop = following
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
            if remark is not None and mt.group("pre"):
                # (the entries of an election's list read with no body: the run's seat word
                # joined to its body reads them again)
                bodiless = [f for f in read if f.target is None and f.kind == "membership"]
                out.findings = [f for f in out.findings if f not in bodiless]
                read = [f for f in read if f not in bodiless]
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
            elif (
                read
                and mt.group("pre")
                and all(f.target is not None and MEETING_NAME.search(f.target.name) for f in read)
                and {(f.kind, f.status, f.role) for f in read} == {("membership", "", role)}
                and (body := self._seat_run_body(text, mt, start, out)) is not None
                and not MEETING_NAME.search(body.name)
            ):
                # "Årsstämman beslutade om omval av styrelseledamöterna A, B och C": the meeting
                # that elects is no body of members; the run's seats are in the body joined to
                # the seat word
                out.findings = [f for f in out.findings if all(f is not r for r in read)]
                read = []
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
            if cut >= 0:
                out.no_seat.append((cut, stop))  # the other group's names: nor a guess
            if seat.strip() in ("ordinarie", "varsinaiset"):
                out.findings += self._officers_over_run(text, start, body, out)
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
        then_elected = list(_POST_THEN_ELECTED.finditer(text))
        for mt in [
            *_POST_REELECTED.finditer(text),
            *_NAME_ELECTED_TO_POST.finditer(text),
            *_ELECTED_NAME_TO_POST.finditer(text),
            *then_elected,
            # "Till ordförande valdes A och till vice ordförande B": the next post's too
            *(
                nxt
                for m in then_elected
                if (nxt := _AND_TO_NEXT_POST.match(text, m.end() + 1)) is not None
            ),
        ]:
            if not mt.group(0)[0].isupper() and mt.re not in (
                _NAME_ELECTED_TO_POST,
                _ELECTED_NAME_TO_POST,
                _AND_TO_NEXT_POST,
            ):
                continue
            toks = tokens(text, mt.start("name"), mt.end("name"))
            person = self.reader.person_at(toks, 0, in_list=True) if toks else None
            if person is None or person.end != mt.end("name"):
                continue
            if person.start in have:
                # "Jan Ek omvaldes till föreningens, tillika styrelsens ordförande": a board's
                # seat read from the run of names is the post the sentence names
                plain = [
                    f
                    for f in out.findings
                    if f.actor.start == person.start and f.kind in ("membership", "candidacy")
                ]
                post = self.lex.role_of(mt.group("post").split()[-1])
                if (
                    mt.re in (_NAME_ELECTED_TO_POST, _ELECTED_NAME_TO_POST)
                    and mt.group("own")
                    and post == "chair"
                    and mt.group("post").casefold() == "ordförande"
                    and len(plain) == 1
                    and plain[0].kind == "membership"
                    and plain[0].role == "member"
                    and not plain[0].status
                    and plain[0].rule == "name-run"
                    and plain[0].target is not None
                    and "styrelse" in plain[0].target.name.casefold()
                ):
                    plain[0].role = "chair"
                continue
            # a guest's seat in the guest's own body ("besök av Regionstyrelsens ordförande …")
            # is not among the page's
            seated = _bodies_held(
                f for f in out.findings if not any(a <= f.actor.start < z for a, z in guests)
            )
            if len(seated) > 1:
                # "A omvaldes till föreningens ordförande" beside a board and another body: the
                # association's post is its board's; "A omvaldes till ordförande" beside a
                # board and a nominating committee (whose head is no "ordförande") too, the
                # person's own seats read before aside
                boards = {k: b for k, b in seated.items() if "styrelse" in k}
                own_seats = {
                    _definite(f.target.name.casefold())
                    for f in out.findings
                    if f.kind == "membership"
                    and f.target is not None
                    and f.actor.name.casefold() == person.name.casefold()
                }
                if len(boards) == 1 and (
                    mt.groupdict().get("own")
                    or all(
                        k in boards or k in own_seats or k.startswith(("valbered", "valbred"))
                        for k in seated
                    )
                ):
                    seated = boards
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
                if mt.re in _THEN_ELECTED
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
            if mt.re is _ELECTED_NAME_TO_POST and "styrelse" not in body.name.casefold():
                continue  # ("valdes A till ny ordförande" beside another body's seats: unsure)
            if (
                mt.re in _THEN_ELECTED
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
                mt.re in _THEN_ELECTED
                and level is not None
                and level.group(1).casefold() not in body.name.casefold()
            ):
                continue  # "Till förbundsordförande valdes …" beside a local board: not its
            if any(
                f.kind == "membership"
                and f.role == role
                and not f.status
                and f.target is not None
                and f.actor.name.casefold() == person.name.casefold()
                and _definite(f.target.name.casefold()) == _definite(body.name.casefold())
                for f in out.findings
            ):
                continue  # the same post in the same body, read from another sentence
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
            owner = _ACRONYM_GENITIVE_BEFORE.search(text, max(0, mt.start() - 20), mt.start())
            if owner is not None and text.count(owner.group(1)) == 1:
                # "DHRs förbundsordförande A var mötesordförande": the chair of an organisation
                # the page names only there, by its acronym; not the chair of the page's board
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

    def _officers_over_run(self, text: str, start: int, body: Mention, out: Walk) -> list[Finding]:
        """ "Ordförande: A." / "Ordinarie: B, C och D.": the officer's lines right above the
        ordinary members' run, each one office and one name alone, hold that office in the
        run's body (a line of another kind ends them)."""
        found: list[Finding] = []
        lines = text[:start].rstrip().split("\n")
        at = len(text[:start].rstrip())
        for line in reversed(lines):
            at -= len(line) + 1
            if not line.strip():
                continue
            label = _OFFICER_LINE.fullmatch(line)
            role = self.lex.role_of(label.group("office")) if label is not None else None
            if role not in ("chair", "vice_chair"):
                break
            s0 = at + 1 + label.start("name")
            person = self._whole_name(text, s0, at + 1 + label.end("name"))
            if person is None or any(
                f.actor.start < person.end and person.start < f.actor.end for f in out.findings
            ):
                break
            found.append(
                Finding("membership", person, role, body, (at + 1, at + 1 + len(line)), 0.6,
                        "text-seat-run-officer")
            )  # fmt: skip
        return found

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
        if "seat" in mt.re.groupindex and _OTHERS_SEATS.match(mt.group("seat")):
            # "hallituksen erovuoroisten jäsenten tilalle": the body in the genitive right
            # before the seats, named by its bare word perhaps
            owner = [
                b
                for b in self.reader.bodies(tokens(text, start, mt.start()))
                if not b.plural and not text[b.end : mt.start()].strip()
            ]
            if owner:
                return known(owner[-1])
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
        if self.lex.lang == "sv":
            # "Testby församlings församlingsråd" in the heading, "Församlingsrådet beslöt" in
            # an item: one body, its word with and without the definite ending
            page = {k: b for k, b in page.items() if not any(k + e in page for e in _SV_DEFINITE)}
        if len(page) != 1:
            return None
        only = next(iter(page.values()))
        last = only.name.split()[-1]
        return known(replace(only, name=last[:1].upper() + last[1:]))

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

    def _deputies_in_parentheses(self, text: str, out: Walk) -> None:
        """Where the text says the deputies are in parentheses ("… seuraavia henkilöitä,
        (varajäsenet suluissa): Puheenjohtaja Aino Ek (kesk), (Bo Lind), …"), a parenthesis
        holding only a name, up to the paragraph's end, is the deputy of the seat before it,
        in that seat's body."""
        for said in _DEPUTIES_IN_PARENTHESES.finditer(text):
            end = end_at(text, said.end(), "\n\n")
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


def _bodies_held(findings: Iterable[Finding]) -> dict[str, Mention]:
    """The bodies of the seats persons hold now among ``findings``, one per body: "Styrelse"
    and "Styrelsen" are one board, with or without its definite ending."""
    return {
        _definite(f.target.name.casefold()): f.target
        for f in findings
        if f.kind == "membership"
        and not f.status
        and f.target is not None
        and f.actor.kind == "person"
    }

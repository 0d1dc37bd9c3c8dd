"""The walker's passes over officers and presidia: chairs, vice chairs, secretaries and treasurers
on lines and labels of their own, offices in parentheses or before a name, the same officers
as another body's."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from hytegraph.authoring.extract.findings import Context, Finding, Walk
from hytegraph.authoring.extract.lexicon import FIRST_OFFICERS, MEETING_NAME, TREASURER_WORDS
from hytegraph.authoring.extract.lists import _ADJUNCT_AFTER, _ADJUNCT_LABEL, AUDITOR, _membership
from hytegraph.authoring.extract.mentions import Mention, tokens
from hytegraph.authoring.extract.passes.common import (
    _GENITIVE_BODIES,
    _GREETING,
    _PERSON_PARTY,
    _PROPOSAL_OF,
    _THE_OTHERS,
    _TREASURER,
    _TREASURER_AFTER_NAME,
    _TREASURER_AFTER_OFFICER,
    _TREASURER_LINE,
    _TREASURER_WORD,
    MEETING_OFFICERS_ITEM,
    _guest_spans,
)
from hytegraph.authoring.extract.segment import Line, Sentence, end_at, lines

#: "…, kassör D, övriga E och F.", "…, rahastonhoitaja D, muut E ja F.": after a comma in a
#: run of officers, the rest of the body's members, named with no post of their own
_OTHERS_AFTER_OFFICERS = re.compile(
    r"(?<=,[ \t])(?:övriga|muut)[ \t]+"
    r"(?P<names>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt|ja|sekä)[ \t]+)"
    r"[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2})*)"
    r"(?=[ \t]*\.(?:\s|$)|[ \t]*$)",
    re.M,
)
#: A person's name of two to four capitalised words ("Lars-Åke Berg", "Hedvig von Ek").
_PLAIN_NAME = r"[A-ZÅÄÖ][\w'-]*(?:[ \t]+(?:von[ \t]+|af[ \t]+|de[ \t]+)?[A-ZÅÄÖ][\w'-]*){1,3}"
#: "Ordförande i kretsen är fortfarande A, vice ordförande är B, kassör C och sekreterare D":
#: a sentence opened by an officer's post, the association or body it is of, "är" and a name,
#: then more posts each before its name (the run read by :meth:`_officer_run_sentences`).
_OFFICER_RUN = re.compile(
    r"(?:(?<=[.!?][ \t])|(?<=^))"
    r"(?P<post>(?:[Vv]ice[ \t]+)?[Oo]rdförande|[Ss]ekreterare)"
    r"[ \t]+(?:i|för)[ \t]+(?P<of>[a-zåäö][\w-]*)"
    r"[ \t]+är(?:[ \t]+(?:fortfarande|alltjämt|nu|även|också))?[ \t]+"
    r"(?P<rest>[A-ZÅÄÖ][^.!?\n]*)",
    re.M,
)
#: One more post and its name in such a run: ", vice ordförande är B", "och kassör C".
_OFFICER_RUN_ITEM = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt)[ \t]+)"
    r"(?P<post>(?:vice[ \t]+)?[a-zåäö]+)"
    r"(?:[ \t]+är(?:[ \t]+(?:fortfarande|alltjämt|nu|även|också))?)?[ \t]+"
    rf"(?P<name>{_PLAIN_NAME})"
)
#: The first name of such a run, right after "är".
_OFFICER_RUN_NAME = re.compile(_PLAIN_NAME)
#: An association's own word in the definite form ("kretsen", "föreningen", "klubben"): its
#: officers are its board's.
_ASSOCIATION_WORD = re.compile(
    r"(?:\w*)(?:krets|förening|klubb|förbund|avdelning|sällskap|gille)(?:en|et)"
)
#: The words joining the names of a run ("A, B och C").
_RUN_CONJUNCTIONS = frozenset(("och", "ja", "samt", "sekä"))
#: A lower-case word between two names of a run: a conjunction or another post.
_LOWER_WORD = re.compile(r"[a-zåäö][\w-]*")
#: The last word of a match goes on ("till styrelsens…"): no whole word.
_WORD_GOES_ON = re.compile(r"[\w-]")
#: "nyvaldes A till styrelsen", "A omvaldes till styrelsen": the first of names each elected
#: "till" a body of its own, the verb before or after the name.
_ELECTED_TO_BODY_FIRST = re.compile(
    rf"(?<![\w-])(?:(?:ny|om|in|åter)?valdes[ \t]+(?:också[ \t]+|även[ \t]+)?(?P<n1>{_PLAIN_NAME})"
    rf"|(?P<n2>{_PLAIN_NAME})[ \t]+(?:ny|om|in|åter)?valdes)"
    r"[ \t]+till[ \t]+(?:(?P<role>[a-zåäö]+)[ \t]+(?:i|för)[ \t]+)?(?P<body>[a-zåäö]+)"
)
#: "… och B till valberedningen": the next name and its body.
_ELECTED_TO_BODY_NEXT = re.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt)[ \t]+)(?P<name>{_PLAIN_NAME})"
    r"[ \t]+till[ \t]+(?:(?P<role>[a-zåäö]+)[ \t]+(?:i|för)[ \t]+)?(?P<body>[a-zåäö]+)"
)
#: "A från X": between a person's name and the body or organisation she comes from.
_FROM_BETWEEN = re.compile(r"[ \t]+från[ \t]+")
#: "…, och nyvaldes C och D.": a clause of an election's verb and names only, closing its
#: sentence after a first clause that said the seat ("A och B omvaldes som ersättare").
_AND_ELECTED_NAMES = re.compile(
    r"(?:,[ \t]*|[ \t]+)och[ \t]+(?:ny|om|åter|in)?valdes[ \t]+(?:också[ \t]+|även[ \t]+)?"
    rf"(?P<names>{_PLAIN_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt)[ \t]+){_PLAIN_NAME})*)"
    r"(?=[ \t]*[.!?](?:\s|$)|[ \t]*$)",
    re.M,
)
#: A line opened by a lead and a colon, the rest after it: "Nuvarande styrelse (sedan 2020): Aino
#: Ek ordförande, Bo Lind, kassör, …" (the lead at most 80 characters, no sentence's end in it).
_LEAD_THEN_RUN = re.compile(r"(?m)^(?P<lead>[^\n:.!?]{3,80}):[ \t]*(?P<run>[A-ZÅÄÖ][^\n]*)$")
#: A line whose last part ends in a colon, the lines after it perhaps a run of items split by
#: semicolons: "Hallituksen muodosti puheenjohtaja ja 6 varsinaista jäsentä:".
_LEAD_BEFORE_SEMICOLONS = re.compile(r"(?m)^[ \t]*(?P<lead>[^\n:;]{3,200}):[ \t]*$")
#: An item of such a run: a name of two or three capitalised words, a comma perhaps, then its
#: duties ("Lasse Särkimäki, sihteeri ja kuljetusvastaava", "Kari Heinonen tiedottaja").
_NAME_THEN_DUTIES = re.compile(
    r"\s*(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}?)"
    r"(?:(?P<comma>\s*,)\s*|\s+(?=[a-zåäö]))(?P<duties>\S[^;]*?)\s*"
)
#: The words and commas of such a run.
_RUN_WORD = re.compile(r"[^\s,]+|,")
#: A capitalised word of a person's name ("Ann-Marie", "Öberg").
_RUN_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü'-]+(?:-[A-ZÅÄÖ][a-zåäöéü'-]+)?")
_OTHERS_BETWEEN = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:och|samt|ja|sekä)[ \t]+")
#: The offices one person holds in a body, over one titled line of their own.
_ONE_HOLDER = ("chair", "vice_chair", "secretary")
#: "(sijainen tasa-arvoministeri X)", "(ersättare X)": a deputy in brackets after a member.
_PAREN_SUBSTITUTE = re.compile(r"\(\s*(?:sijainen|varajäsen|varalla|ersättare|suppleant)\s+", re.I)
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

#: What follows a listed name up to the line's end: ", Organisation, office" with the office
#: one or two lower-case words ("- Aino Ek, Kylälän osakaskunta, pj")
_ORGANISATION_OFFICE = re.compile(
    r"[ \t]*,[ \t]*(?P<org>[A-ZÅÄÖ][^,\n()]*?)[ \t]*,[ \t]*"
    r"(?P<office>[a-zåäö][\w.]*(?:[ \t]+[a-zåäö][\w.]*)?)[ \t.]*"
)
#: The rest of a flattened entry after its name: ", organisation, office" (the office one or
#: two words, or two offices joined by a comma: "vice kassör, suppleant")
_FLAT_ENTRY_REST = re.compile(
    r"[ \t]*,[ \t]*[^,\n]{2,60}?,[ \t]*"
    r"(?P<office>[a-zåäö][\w.]*(?:[ \t][a-zåäö][\w.]*)?"
    r"(?:,[ \t]*[a-zåäö][\w.]*(?:[ \t][a-zåäö][\w.]*)?)?)"
    r"[ \t]*"
)
#: "Hallituksen jäseniä ovat lisäksi A ja B", "Styrelsens ledamöter är dessutom A och B": a
#: sentence naming the rest of a body's members besides the officers named before
_MEMBERS_BESIDES = re.compile(
    r"(?i)[\w-]+[ \t]+(?:jäseni(?:ä|nä)|ledamöter)[ \t]+(?:ovat|olivat|toimivat|är|var)[ \t]+"
    r"(?:lisäksi|dessutom)(?![\w-])"
)
#: "Johtokunnan jäsenet olivat:", "Hallituksen varsinaiset jäsenet vuonna 2022 olivat:": a line
#: that introduces the members of a body named in the genitive.
_BODY_MEMBERS_LEAD = re.compile(
    r"[A-ZÅÄÖ][a-zåäö-]*n[ \t]+(?:varsinaiset[ \t]+)?jäsen(?:et|inä)"
    r"(?:[ \t]+(?:vuonna[ \t]+\d{4}|\d{4}))?"
    r"(?:[ \t]+(?:olivat|ovat|ovat[ \t]+olleet|toimivat|toimi))?(?:[ \t]+vuonna[ \t]+\d{4})?[ \t]*:"
)
#: The kinds of an organisation, not a body of seats in one.
_ORG_KINDS = frozenset({"registered_association", "ngo", "organisation"})
#: A body's number after its name, then an office: " 1 puheenjohtaja", " 2 ordförande".
#: A person's name alone on a card's line: two to four capitalised words ("Aino Berg",
#: "Eva-Lena Dahl Nyström").
_CARD_NAME_LINE = re.compile(r"[A-ZÅÄÖÉ][\w'.-]*[a-zåäöé](?:[ \t]+[A-ZÅÄÖÉ][\w'-]*[a-zåäöé]){1,3}")

#: An e-mail address with a capitalised label run into its end, the line's last words
#: ("bo@example.seSekreterare", "eva@example.comVice ordförande").
_EMAIL_THEN_LABEL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?P<label>[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?)[ \t]*$"
)

_BODY_NUMBER = re.compile(
    r"[ \t]([1-9]\d?)[ \t]+(?:varapuheenjohtaj|puheenjohtaj|pj\b|sihteer|vice[ \t]+ordförande"
    r"|ordförande|sekreterare)"
)
#: "Aino Ek, valtuuston pj.": a line of a name and an officer's post in a body named by its
#: bare kind in the genitive
_BARE_GENITIVE_OFFICER = re.compile(
    r"^[ \t]*(?P<name>[A-ZÅÄÖ][a-zåäö][\w-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*){1,2}),[ \t]+"
    r"(?P<body>valtuuston|hallituksen)[ \t]+(?P<post>pj\.?|vpj\.?|puheenjohtaja|"
    r"varapuheenjohtaja)[ \t]*$",
    re.M | re.I,
)
_PLURAL_ROLE = re.compile(
    r"(?<![\w-])(?P<role>(?:(?:förste|andre)\s+)?vice\s+ordförande(?:na)?|varapuheenjohtaj(?:at|ina))"
    r"\s+(?:heter|är|blev|blir|ovat|toimivat)\s+"
    rf"(?P<names>{_PERSON_PARTY}(?:,[ \t]{_PERSON_PARTY})*"
    rf"[ \t](?:och|ja|samt|sekä)[ \t]{_PERSON_PARTY})",
    re.I,
)
#: "valittiin seuraavalle kolmivuotiskaudelle", "seuraavaksi kaudeksi": seats of a term that
#: A federation named by one compound word in the genitive right before an office
#: ("Voimisteluliiton puheenjohtaja"), not the bare "Liiton"
_FEDERATION_GENITIVE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö-]{2,}liiton)[ \t]+$")
#: An office's label inside a line, then a colon and what follows: "Ordförande: …",
#: "Ständig sekreterare: …", "Skattmästare: …"
_INLINE_OFFICE = re.compile(
    # ("V ordförande:", "V. ordf.:": a vice chair's letter before the office)
    r"(?<![\w-])(?P<label>(?:[A-ZÅÄÖ][a-zåäö]*\.?[ \t]+)?(?:[a-zåäö]+[ \t]+)?"
    r"(?:[A-Za-zÅÄÖåäö]*(?:ordförande|sekreterare|kassör|skattmästare)|"
    r"Ordförande|Sekreterare|Kassör|Skattmästare))[ \t]*:[ \t]*"
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
#: One part of a line of offices set apart by dashes: "Kassör: Aino Ek  –  ", its label and  # noqa: RUF003
#: its names (up to the next dash or the line's end).
_DASHED_PART = re.compile(
    r"(?P<label>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?)[ \t]*:[ \t]*"
    r"(?P<names>[^:\n\u2013\u2014]+?)[ \t,]*(?:[ \t][\u2013\u2014-][ \t]+|$)",
    re.M,
)
#: A body's heading on a line of its own, perhaps with its term: "Johtokunta 1.1.2024 -
#: 31.12.2025", "Hallitus 2024".
_BODY_TERM_HEADING = re.compile(
    r"^[ \t]*(?:[•·▪][ \t]*)?(?P<body>[A-ZÅÄÖ][a-zåäö-]+)"
    # "Hallitus ja johtokunta 2024": one body that acts as another too, the first its name
    r"(?:[ \t]+(?:ja|och)[ \t]+(?P<also>[a-zåäö][a-zåäö-]+))?"
    r"(?:[ \t]+\d[\d. \t\u2013-]*)?[ \t]*$",
    re.M,
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

#: A name alone on its line, a bullet perhaps before it: "Eeva Salo", "• Bo Lind-Berg".
_NAME_ALONE_LINE = re.compile(
    r"[ \t]*(?:[•·*\u2013-][ \t]*)?(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    r"[ \t]*(?:\n|$)"
)
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
#: A meeting's own presidium named in a sentence: "Mötespresidiet bestod av …", "Mötets
#: presidium", "Presidiet för årsmötet".
_MEETING_PRESIDIUM = re.compile(
    r"(?i)(?<![\w-])(?:mötespresid\w*|mötets[ \t]+presidium|"
    r"presidiet[ \t]+för[ \t]+(?:års|höst|vår)?mötet)(?![\w-])"
)
#: "Till ordförande vid kretsstämman valdes", "sekreterare för årsmötet": an office of the
#: meeting itself, the meeting's word right after "vid", "för" or "på".
_OFFICER_OF_MEETING = re.compile(
    r"(?i)(?<![\w-])(?:ordförande|sekreterare)[ \t]+(?:vid|för|på)[ \t]+"
    r"(?:[a-zåäö]+[ \t]+)?[a-zåäö]*(?:stämman|mötet)(?![\w-])"
)
#: A Swedish duty word after a name: "Ungdomsansvarig", "Webbansvariga".
_DUTY_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}ansvariga?")
#: "valdes", "blev omvald", "utsågs": the sentence elects, not only names a chair
_CHAIR_ELECTION = re.compile(
    r"(?i)(?<![\w-])(?:(?:om|ny|åter)?vald[es]?|(?:om|ny|åter)?valdes|utsågs|utsedd)(?![\w-])"
)


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

#: The post after a list entry's name ("Aino Ek, vice scoutchef 2023-2024 (…)").
_ENTRY_POST = re.compile(r"\s*,\s*(?P<vice>vice\s+|vara-?)?(?P<post>[a-zåäö][\w-]+)(?![\w-])")


#: "Kassör Gun Ek Lund", "Sekreterare, hemsida Bo Lind Täby": an office (perhaps with tasks
#: after a comma) or a task, then a name of two words, then the place the person lives in,
#: one word, on a line of its own with no commas between them
_OFFICE_NAME_PLACE = re.compile(
    r"(?:[ \t]*\n)?[ \t]*(?P<label>[A-ZÅÄÖ][^\n]*?[\w.)])[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöéü][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäöéü][\w'-]*)[ \t]+"
    r"(?P<place>[A-ZÅÄÖ][a-zåäöéü][\w-]*)[ \t]*(?:\n|$)"
)
#: the head of such lines: a body's bare word alone on its line ("Valberedning"), or a line
#: ending in a colon ("Efter konstituering har styrelsen haft följande sammansättning:")
#: an honorary title ("Hedersledamot", "Hedersordförande", "Kunniajäsen"): no seat
_HONORARY_TITLE = re.compile(r"(?i)(?<![\w-])(?:heders|kunnia)\w+")
#: A line of a body's bare word, a name and a place, perhaps a duty after a comma
#: ("Valberedning Eva Berg Lund, sammankallande"), and the lines under it of only a name and
#: a place ("Bo Lind Täby"), a blank line perhaps before each.
_BODY_NAME_PLACE_FIRST = re.compile(
    r"(?m)^[ \t]*(?P<word>[A-ZÅÄÖ][a-zåäö]+)[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöéü][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäöéü][\w'-]*)[ \t]+"
    r"[A-ZÅÄÖ][a-zåäöéü][\w-]*[ \t]*(?:,[ \t]*(?P<duty>[a-zåäö][\w.-]*))?[ \t]*(?:\n|$)"
)
_NAME_PLACE_LINE = re.compile(
    r"(?:[ \t]*\n)?[ \t]*(?P<name>[A-ZÅÄÖ][a-zåäöéü][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäöéü][\w'-]*)"
    r"[ \t]+[A-ZÅÄÖ][a-zåäöéü][\w-]*[ \t]*(?:\n|$)"
)
#: Bodies named one after another, commas and "och" / "ja" between: "styrelse, valberedning
#: och revisorer", "hallitus, toiminnantarkastajat ja valiokunnat".
_BODIES_IN_A_ROW = re.compile(r"(?i)\w+,[ \t]+\w+[ \t]+(?:och|samt|ja|sekä)[ \t]+\w+")
_PLACE_LINES_HEAD = re.compile(
    r"(?m)^[ \t]*(?:(?P<word>[A-ZÅÄÖ][a-zåäö]+)|(?P<intro>[^\n]+:))[ \t]*\n"
)


#: A heading of a body's officers as a group, the body's bare word in the genitive first
#: ("Valtuuston puheenjohtajisto, joka osallistuu hallituksen työskentelyyn:", "Valtuuston
#: presidium"), alone on its line (a Finnish genitive: the body's word is read by the Finnish
#: genitive reader).
_BODY_PRESIDIUM_HEAD = re.compile(
    r"(?m)^[ \t]*(?P<gen>[A-ZÅÄÖ][a-zåäö]+)[ \t]+(?:puheenjohtajist\w*|presidi\w*)"
    r"(?![\w-])[^\n]*\n"
)
#: A line of that group: "Aino Ek, valtuuston 1. varapuheenjohtaja", "Bo Lind, valtuuston
#: sihteeri" (the name, a comma, the body in the genitive, an office), a blank line perhaps
#: before it.
_NAME_BODY_OFFICE_LINE = re.compile(
    r"(?:[ \t]*\n)?[ \t]*(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2})[ \t]*,[ \t]*"
    r"(?P<gen>[a-zåäö]+)[ \t]+(?P<office>[^\n,]{3,40}?)[ \t]*(?:\n|$)"
)


#: A sentence that begins with an office of an organisation in the genitive, in the essive
#: ("Seuran sihteerinä toimi", "Yhdistyksen puheenjohtajana on ollut")
_OWN_OFFICER_FIRST = re.compile(r"[ \t\n]*[A-ZÅÄÖ][\w-]*n[ \t]+[a-zåäö-]+(?:na|nä)(?![\w-])")


def _seats_in_place(
    out: Walk, seats: list[tuple[str, Mention, Mention]], quote: tuple[int, int], how: str
) -> None:
    """Seats a sentence gives each name outright (role, person, body): they take the place of
    what the other rules read of the same names."""
    spans = [(p.start, p.end) for _r, p, _b in seats]
    out.findings = [
        f
        for f in out.findings
        if f.kind != "membership"
        or not any(a < f.actor.end and f.actor.start < z for a, z in spans)
    ]
    out.findings += [Finding("membership", p, r, b, quote, 0.6, how) for r, p, b in seats]


#: A sentence that elects a deputy with no body said ("Till suppleant valdes …", "Som ersättare
#: valdes …", "Varalle valittiin …").
_DEPUTY_ELECTED = re.compile(
    r"(?i)[ \t]*(?:(?:till|som)[ \t]+(?:suppleant(?:er)?|ersättare)[ \t]+(?:om|ny|åter)?valdes|"
    r"(?:varalle|varajäseneksi|varahenkilöksi)[ \t]+valittiin)"
)


#: A sentence that elects a secretary, no body said ("Till sekreterare valdes …").
_SECRETARY_ELECTED = re.compile(r"(?i)[ \t]*till[ \t]+sekreterare[ \t]+(?:om|ny|åter)?valdes")
#: "…, och till sekreterare utsågs " right before a name: a secretary's clause after another
_AND_SECRETARY_ELECTED = re.compile(
    r"(?i)(?:,|[ \t]och)[ \t]+till[ \t]+sekreterare[ \t]+(?:(?:om|ny|åter)?valdes|utsågs)[ \t]+$"
)
#: A meeting's chair elected ("till ordförande för stämman valdes", "Till mötesordförande
#: valdes", "ordförande vid årsmötet").
_MEETINGS_CHAIR_ELECTED = re.compile(
    r"(?i)(?<![\w-])(?:ordförande[ \t]+(?:för|vid)[ \t]+(?:(?:års|höst|vår)?mötet|"
    r"(?:förenings)?stämman)|(?:års|höst|vår)?mötesordförande|stämmoordförande)(?![\w-])"
)


class OfficerPasses:
    """Passes of the :class:`~hytegraph.authoring.extract.walker.Walker` (a mixin)."""

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

    def _inline_office_labels(self, text: str, out: Walk) -> None:
        """ "Ordförande: Landshövding Eva Ek, Uppsala (till årsmötet 2026) … Skattmästare: Bo
        Lind, Sala …": an annual report's board flattened onto a line of labels, each an
        office, a colon and a name (a title before it is no part of it). A name the rules did
        not read takes the label's office (a treasurer a member's seat) in the body of the
        seats the rules read from the same paragraph, when they are all of one body."""
        have = [(f.actor.start, f.actor.end) for f in out.findings if f.actor.kind == "person"]
        meeting = [m.span("lines") for m in MEETING_OFFICERS_ITEM.finditer(text)]
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
            if any(a <= person.start < b for a, b in meeting):
                continue  # "2. Val av mötesfunktionärer" / "- sekreterare: B": no seat
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
            end = end_at(text, mt.end(), "\n\n")
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
            return self._deputy_after_auditors(text, begin, pos)
        # (the deputy's own word aside: "Toiminnantarkastajana jatkaa X ja hänen
        # varahenkilönään A")
        between = re.findall(r"[\w-]+", text[found[-1].end() : pos])
        if any(
            self.lex.role_of(w) == "deputy_member"
            and self.lex.body_kind(b.casefold().removesuffix("s")) is not None
            for b, w in itertools.pairwise(between)
        ):
            # ("Revisorer A, B, suppleant Styrelsens suppleanter C D": a body's own
            # deputies, named with the body in the genitive, after the auditors)
            return False
        return not any(
            (r := self.lex.role_of(w)) is not None and r != "deputy_member" for w in between
        )

    def _meetings_secretary(self, text: str, pos: int) -> bool:
        """Whether the name at ``pos`` is the secretary elected in a sentence of its own ("Till
        sekreterare valdes B.", no body named) right after a sentence that elects the
        meeting's chair ("… och till ordförande för stämman valdes A."): the meeting's."""
        begin = max(
            (m.end() for m in re.finditer(r"[.!?]\s|\n", text[max(0, pos - 300) : pos])),
            default=0,
        ) + max(0, pos - 300)
        before = self._sentence_before_election(text, begin, pos, _SECRETARY_ELECTED)
        if before is not None and _MEETINGS_CHAIR_ELECTED.search(text, *before) is not None:
            return True
        # "Till årsmötesordförande valdes A, …, och till sekreterare utsågs B": the same
        # sentence, the secretary's clause after the meeting's chair's
        clause = _AND_SECRETARY_ELECTED.search(text[begin:pos])
        return (
            clause is not None
            and _MEETINGS_CHAIR_ELECTED.search(text, begin, begin + clause.start()) is not None
        )

    def _deputy_after_auditors(self, text: str, begin: int, pos: int) -> bool:
        """Whether the sentence from ``begin`` to the name at ``pos`` elects a deputy and names
        no body ("Till suppleant valdes C.") right after a sentence that elects auditors and
        names no body ("Till verksamhetsgranskare valdes A och B."): the auditors' deputy."""
        before = self._sentence_before_election(text, begin, pos, _DEPUTY_ELECTED)
        return (
            before is not None
            and AUDITOR.search(text, *before) is not None
            and not self.reader.bodies(tokens(text, *before))
        )

    def _sentence_before_election(
        self, text: str, begin: int, pos: int, elects: re.Pattern[str]
    ) -> tuple[int, int] | None:
        """The span of the sentence right before the one from ``begin`` to the name at
        ``pos``, when that one opens with ``elects`` and names no body, and the one before
        ends with its full stop on the same line; else None."""
        if not elects.match(text, begin, pos) or self.reader.bodies(tokens(text, begin, pos)):
            return None
        if text[begin - 2 : begin].strip() not in (".", "!", "?"):
            return None  # the sentence before it ends on the same line, with its full stop
        lo = max(0, begin - 300)
        prev = lo + max(
            (m.end() for m in re.finditer(r"[.!?]\s|\n", text[lo : begin - 2])), default=0
        )
        return prev, begin

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

    def _offices_of_own_organisations(self, text: str, out: Walk) -> None:
        """ "- Aino Ek, Kylälän osakaskunta, pj" / "- Bo Lind, Testilän vesiensuojeluyhdistys,
        vpj" / "- Eeva Salo, Ahvenlammen kalastuskunta, pj": the office after the organisation
        each member comes from is that organisation's, not the body's, when the list's lines
        give the body two chairs or more (a body has one); the entries are the body's members."""
        entries: list[tuple[Finding, str]] = []
        for f in out.findings:
            if f.kind != "membership" or f.status or f.target is None or f.actor.kind != "person":
                continue
            if f.role not in ("chair", "vice_chair"):
                continue
            line_end = end_at(text, f.actor.end, "\n")
            mt = _ORGANISATION_OFFICE.fullmatch(text, f.actor.end, line_end)
            if mt is None or self.lex.role_of(mt.group("office")) != f.role:
                continue
            entries.append((f, f.target.name.casefold()))
        for body in {b for _f, b in entries}:
            mine = [f for f, b in entries if b == body]
            if sum(f.role == "chair" for f in mine) < 2:
                continue
            for f in mine:
                f.role = "member"

    def _offices_after_flattened_entries(self, text: str, out: Walk) -> None:
        """ "Aino Ek, Norrby skolförening, ordf. Bo Lind, enskild medlem, vice ordf. Siv Holm,
        Västerby vänner, kassör Eva Berg, enskild medlem, suppleant": entries "Name,
        organisation, office" run together on one line, the run beginning with a name, read
        as offices before the next names ("ordf. Bo Lind"). When every stretch between two
        names is ", organisation, office " and the last name's ends with an office too, each
        office is the name's before it (a treasurer's is a member's seat)."""
        runs: dict[tuple[int, int], list[Finding]] = {}
        for f in out.findings:
            if f.kind == "membership" and not f.status and f.rule == "text-role-before":
                runs.setdefault(f.quote, []).append(f)
        for (start, end), run in runs.items():
            if len(run) < 3:
                continue
            first = run[0].target
            if first is None or any(f.target is None or f.target.name != first.name for f in run):
                continue
            # the treasurer's entry, read by a rule of its own, is one of the run's
            named = sorted(
                {
                    f.actor.start: f
                    for f in out.findings
                    if f.kind == "membership"
                    and not f.status
                    and f.actor.kind == "person"
                    and start <= f.actor.start < end
                }.values(),
                key=lambda f: f.actor.start,
            )
            lead = self.reader.person_at(tokens(text, start, named[0].actor.start), 0, in_list=True)
            if lead is None or lead.start != start:
                continue
            people = [lead] + [f.actor for f in named]
            offices: list[str] = []
            n = 0
            while n < len(people):
                person = people[n]
                stop = people[n + 1].start if n + 1 < len(people) else end
                mt = _FLAT_ENTRY_REST.match(text, person.end, stop)
                if mt is not None and n + 1 < len(people) and mt.end() != stop:
                    # a name no rule has read yet ("kassör Eva Berg, …"): one of the run's
                    between = self.reader.person_at(tokens(text, mt.end(), stop), 0, in_list=True)
                    if between is not None and between.start == mt.end():
                        people.insert(n + 1, between)
                        stop = between.start
                if mt is None or (n + 1 < len(people) and mt.end() != stop):
                    break
                n += 1
                said = mt.group("office").rsplit(",", 1)[-1].strip()
                role = self.lex.role_of(said) or (
                    "member" if said.casefold() in TREASURER_WORDS else None
                )
                if role is None:
                    break
                offices.append(role)
            if len(offices) != len(people):
                continue
            by_start = {f.actor.start: f for f in named}
            for person, role in zip(people, offices, strict=True):
                f = by_start.get(person.start)
                if f is None:
                    out.findings.append(
                        Finding("membership", person, role, first, (start, end), 0.6,
                                "text-offices-after-entries")
                    )  # fmt: skip
                else:
                    f.role = role

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
        # "… jatkaa A. Muut hallituksen jäsenet ovat:" over a list: the others are the list's
        ends = {start: end_at(text, start, ". ") for start in starts}
        for ln in lines(text):
            if not ln.text.rstrip().endswith(":"):
                continue
            last = max(ln.text.rfind(". "), ln.text.rfind("! "), ln.text.rfind("? "))
            at = ln.start + (last + 2 if last >= 0 else len(ln.text) - len(ln.text.lstrip()))
            if at > ln.start and _THE_OTHERS.match(text, at):
                ends[at] = end_at(text, ln.end, "\n\n")
        for start in sorted(ends):
            if not (_THE_OTHERS.match(text, start) or _MEMBERS_BESIDES.match(text, start)):
                continue
            end_of = ends[start]
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

    def _association_officers_over_members(self, text: str, out: Walk) -> None:
        """ "Yhdistyksen puheenjohtajana toimi A ja varapuheenjohtajana B." / "Johtokunnan
        jäsenet olivat:" / its list: the association's officers, named by its bare word in the
        paragraph right before the line that introduces a body's members, chair (vice-chair,
        keep the minutes of) that body, the one body of the list's entries."""
        for ln in lines(text):
            if _BODY_MEMBERS_LEAD.fullmatch(ln.text.strip()) is None:
                continue
            above = len(text[: ln.start].rstrip())
            if above == 0:
                continue
            # the paragraph right above the line, and the list under it (up to a blank line)
            top = text.rfind("\n\n", 0, above) + 2 if "\n\n" in text[:above] else 0
            first = ln.end + len(text[ln.end :]) - len(text[ln.end :].lstrip())
            below = end_at(text, first, "\n\n")
            entries = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.actor.kind == "person"
                and ln.end <= f.actor.start < below
                and f.target is not None
            ]
            bodies = {f.target.name.casefold() for f in entries}
            if len(entries) < 2 or len(bodies) != 1 or entries[0].target.kind in _ORG_KINDS:
                continue
            body = entries[0].target
            officers = [
                f
                for f in out.findings
                if f.kind in ("membership", "candidacy") and top <= f.actor.start < above
            ]
            if not officers or any(
                f.kind != "membership"
                or f.status
                or f.actor.kind != "person"
                or f.role not in ("chair", "vice_chair", "secretary")
                or f.target is None
                for f in officers
            ):
                continue
            own = [
                f
                for f in officers
                if f.target.kind in _ORG_KINDS
                and len(f.target.written.split()) == 1
                and top <= f.target.start < above
            ]
            mine = {id(f) for f in own}
            if not own or any(
                id(f) not in mine and f.target.name.casefold() != body.name.casefold()
                for f in officers
            ):
                continue
            head = body.name.casefold().split()
            if len(head) > 1 and any(
                not head[0].startswith(f.target.name.casefold()[: max(4, len(f.target.name) - 3)])
                for f in own
            ):
                continue  # "Kerhon johtokunta" under "Liiton puheenjohtajana": another's officer
            for f in own:
                f.target = body

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

    def _heading_body_above(self, text: str, all_lines: list[Line], at: int) -> Mention | None:
        """The body named by the last heading line (short, no full stop) above line ``at``."""
        for line in reversed(all_lines[:at]):
            if len(line.text.split()) > 8 or line.text.rstrip().endswith((".", ",")):
                continue
            if (found := self._last_body_in(text, line)) is not None:
                return found
        return None

    def _chosen_body_above(self, text: str, all_lines: list[Line], at: int) -> Mention | None:
        """The body named last in the line just above line ``at`` when that line ends with a
        colon ("… valittiin toimikunta, johon tulivat:")."""
        above = next((ln for ln in reversed(all_lines[:at]) if ln.text.strip()), None)
        if above is None or not above.text.rstrip().endswith(":"):
            return None
        return self._last_body_in(text, above)

    def _last_body_in(self, text: str, line: Line) -> Mention | None:
        """The last body (no plural) ``line`` names, its name capitalised, or None."""
        found = [b for b in self.reader.bodies(tokens(text, line.start, line.end)) if not b.plural]
        if not found:
            return None
        b = found[-1]
        return replace(b, name=b.name[:1].upper() + b.name[1:], confidence=0.5)

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
        body. An officer's label ("Puheenjohtajana") over one such line is that office, in
        the body of the seat given before it, else of the heading or the choosing sentence
        just above."""
        all_lines = lines(text)
        for i, label in enumerate(all_lines):
            said = label.text.strip().rstrip(":").rstrip()
            role = self.lex.role_of(said) if len(said.split()) <= 2 else None
            if role not in ("member", "deputy_member", *_ONE_HOLDER):
                continue
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
            held = [f for f in made if f.role == role]
            if not (len(held) == 1 if role in _ONE_HOLDER else len(held) >= 2):
                continue
            if role in _ONE_HOLDER and any(
                f.kind == "membership" and f.actor.start == held[0].actor.start
                for f in out.findings
            ):
                continue  # an officer another reading has seated already keeps that seat
            before = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and label.start - 800 <= f.quote[0] < label.start
            ]
            last_seat = max(before, key=lambda f: f.quote[0]) if before else None
            if (
                last_seat is not None
                and role in _ONE_HOLDER
                and any(
                    not b.plural
                    for b in self.reader.bodies(tokens(text, last_seat.quote[1], label.start))
                )
            ):
                # "Haapakosken hyte-ohjausryhmä on …" between the seats above and the label:
                # another body's officer, not of the body of the seats above
                continue
            if last_seat is not None:
                body = last_seat.target
            elif role in _ONE_HOLDER:
                # "Puheenjohtajana" over "uittopäällikkö P. V. Pentikäinen" first under the
                # body's heading, or under the sentence that chose the body ("valittiin
                # toimikunta, johon tulivat:")
                body = self._heading_body_above(text, all_lines, i) or self._chosen_body_above(
                    text, all_lines, i
                )
                if body is None:
                    continue
            else:
                continue
            for f in made:
                f.target = body
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not label.end <= f.actor.start < last
            ]
            out.findings += made

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

    def _treasurers(self, text: str, out: Walk) -> None:
        """ "Eva Ek fortsätter som kassör", "Förbundets kassör Eva Ek", "Eva Ek (kassör)": a
        treasurer holds a member's seat in the one body whose seats the page gives (none when
        it gives seats in several bodies or none); a name the rules read already keeps its
        reading. "Ordförande Eva Ek, kassör Bo Lind.": a treasurer after an officer of the same
        sentence holds a member's seat in that officer's body, so does one named before the
        treasurer's essive at the end of a run of officers each named before their office ("A
        varapuheenjohtajana, B sihteerinä sekä C rahastonhoitajana")."""
        self._treasurer_after_officer(text, out)
        self._others_after_officers(text, out)
        guests = _guest_spans(text)
        seated = {
            f.target.name.casefold(): f.target
            for f in out.findings
            if f.kind == "membership"
            and not f.status
            and f.target is not None
            and f.actor.kind == "person"
            and not any(a <= f.actor.start < z for a, z in guests)
            # ("i enlighet med valberedningens förslag": whose proposal, not where the seats
            # are; settled later)
            and not _PROPOSAL_OF.match(text, f.target.start)
        }
        only = next(iter(seated.values())) if len(seated) == 1 else None
        have = {f.actor.start for f in out.findings if f.actor.kind == "person"}
        for mt in _TREASURER.finditer(text):
            group = next(g for g in ("name", "name2", "name3", "name4", "name5") if mt.group(g))
            name, at = mt.group(group), mt.start(group)
            body = only or self._officers_body_before(text, out, mt.start())
            if body is None:
                continue
            person = self._whole_person(text, at, at + len(name), have)
            if person is None:
                continue
            start = self._sentence_start(text, mt.start())
            if self.lex.not_held_status(text[start : mt.end()]):
                continue
            if FIRST_OFFICERS.search(text, start, mt.end()):
                # "Föreningens första ordförande blev A … och B valdes till kassör": the
                # founding officers of a history, no seat held now
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
        return _officers_body(out, text.rfind("\n\n", 0, pos) + 1, pos)

    def _whole_person(self, text: str, at: int, end: int, have: set[int]) -> Mention | None:
        """The person named by all of ``text[at:end]``, unless a name the rules read already
        begins where it does (``have``: the starts of those names)."""
        toks = tokens(text, at, end)
        person = self.reader.person_at(toks, 0, in_list=True) if toks else None
        if person is None or person.end != end or person.start in have:
            return None
        return person

    def _sentence_officers(self, text: str, out: Walk, mt: re.Match) -> tuple[int, Mention] | None:
        """The start of ``mt``'s sentence and the body of the officers read before ``mt`` in it
        (all of one body); None when there is no such body, or when the sentence says its seats
        are not held (applicants, candidates, proposals)."""
        start = self._sentence_start(text, mt.start())
        if self.lex.not_held_status(text[start : mt.end()]):
            return None
        body = _officers_body(out, start, mt.start())
        return None if body is None else (start, body)

    def _treasurer_after_officer(self, text: str, out: Walk) -> None:
        have = {f.actor.start for f in out.findings if f.actor.kind == "person"}
        for mt in itertools.chain(
            _TREASURER_AFTER_OFFICER.finditer(text), _TREASURER_AFTER_NAME.finditer(text)
        ):
            person = self._whole_person(text, mt.start("name"), mt.end("name"), have)
            seat = self._sentence_officers(text, out, mt) if person else None
            if seat is None:
                continue
            start, body = seat
            if re.search(r"(?:na|nä)[ \t]*$", text[mt.start() : mt.start("name")]) and (
                _OWN_OFFICER_FIRST.match(text, start)
            ):
                # "Seuran sihteerinä toimi A, rahastonhoitajana B": the association's
                # officers, not said to sit on its board
                continue
            out.findings.append(
                Finding("membership", person, "member", body,
                        (start, mt.end()), 0.6, "text-treasurer")
            )  # fmt: skip
            have.add(person.start)

    def _others_after_officers(self, text: str, out: Walk) -> None:
        """ "Styrelsen: ordförande A, sekreterare B, kassör C, övriga D och E.": "the others"
        closing a sentence's run of officers, then names only: each of them holds a member's
        seat in the body of the officers read before it in the same sentence (all of one
        body); a name the rules read already keeps its reading."""
        have = {f.actor.start for f in out.findings if f.actor.kind == "person"}
        for mt in _OTHERS_AFTER_OFFICERS.finditer(text):
            seat = self._sentence_officers(text, out, mt)
            if seat is None:
                continue
            start, body = seat
            for person in self._persons_of_run(text, mt, have):
                out.findings.append(
                    Finding("membership", person, "member", body,
                            (start, mt.end()), 0.6, "text-others")
                )  # fmt: skip
                have.add(person.start)

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
            prev = 0
            for nm in re.finditer(_PERSON_PARTY, mt.group("names")):
                words = re.sub(r"\s*\([^)]*\)$", "", nm.group()).split()
                if self.lex.role_of(words[0]):
                    break
                gap = mt.group("names")[prev : nm.start()]
                if any(w not in _RUN_CONJUNCTIONS for w in _LOWER_WORD.findall(gap)):
                    break  # "vice ordförande är A, kassör B": another post, its own name
                prev = nm.end()
                a = mt.start("names") + nm.start()
                b = a + len(" ".join(words))
                person = Mention(a, b, text[a:b], " ".join(words), "person", 0.6, "nom")
                found.append(Finding("membership", person, role, body, (mt.start(), mt.end()),
                                     0.6, "plural-role-names"))  # fmt: skip
            else:
                taken = {(f.actor.start, f.role) for f in out.findings if f.kind == "membership"}
                out.findings += [f for f in found if (f.actor.start, f.role) not in taken]

    def _officer_run_sentences(self, text: str, out: Walk) -> None:
        """Swedish: "Ordförande i kretsen är fortfarande A, vice ordförande är B, kassör C,
        sekreterare D och vice sekreterare E": a sentence opened by an officer's post of the
        association ("i kretsen", "för föreningen": its board's) or of a body ("i styrelsen"),
        "är" and a name, then at least one more post, each before its name: every name holds
        the post before it (a treasurer's a member's seat), in that board or body; what the
        other rules read of these names gives way. A post the rules do not know ends the run."""
        if self.lex.lang != "sv":
            return
        for mt in _OFFICER_RUN.finditer(text):
            of = mt.group("of").casefold()
            if _ASSOCIATION_WORD.fullmatch(of):
                name, at = self.lex.board, mt.start("of")
            elif self.lex.body_kind(of) is not None:
                name, at = of[:1].upper() + of[1:], mt.start("of")
            else:
                continue
            kind = self.lex.body_kind(name.casefold()) or "body"
            body = Mention(at, mt.end("of"), mt.group("of"), name, kind, 0.6)
            first = _OFFICER_RUN_NAME.match(text, mt.start("rest"))
            if first is None:
                continue
            items = [(self.lex.role_of(mt.group("post").casefold()), first.start(), first.end())]
            at = first.end()
            while (item := _OFFICER_RUN_ITEM.match(text, at)) is not None:
                post = item.group("post").casefold()
                role = self.lex.role_of(post)
                if role is None and post in TREASURER_WORDS:
                    role = "member"
                if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                    break
                items.append((role, item.start("name"), item.end("name")))
                at = item.end()
            if len(items) < 2:
                continue
            start = self._sentence_start(text, mt.start())
            if self.lex.not_held_status(text[start:at]):
                continue
            seats = []
            for role, a, z in items:
                person = self._whole_person(text, a, z, set())
                if person is None:
                    break
                seats.append((role, person))
            else:
                _seats_in_place(out, [(r, p, body) for r, p in seats], (mt.start(), at),
                                "text-officer-run")  # fmt: skip

    def _elected_to_bodies(self, text: str, out: Walk) -> None:
        """Swedish: "Dessutom nyvaldes A till styrelsen och B till valberedningen": names
        each elected "till" a body word of its own, joined by commas, "och" or "samt" (two at
        least): each name holds a member's seat (or the post named before "i": "till ledamot
        i styrelsen") in the body after it; what the other rules read of these names gives
        way."""
        if self.lex.lang != "sv":
            return
        for mt in _ELECTED_TO_BODY_FIRST.finditer(text):
            group = "n1" if mt.group("n1") else "n2"
            items = [(mt.start(group), mt.end(group), mt)]
            at = mt.end()
            while (item := _ELECTED_TO_BODY_NEXT.match(text, at)) is not None:
                items.append((item.start("name"), item.end("name"), item))
                at = item.end()
            if len(items) < 2 or _WORD_GOES_ON.match(text, at):
                continue
            start = self._sentence_start(text, mt.start())
            if self.lex.not_held_status(text[start:at]):
                continue
            seats = []
            for a, z, m in items:
                word = m.group("body")
                kind = self.lex.body_kind(word)
                role = self.lex.role_of(m.group("role")) if m.group("role") else "member"
                person = self._whole_person(text, a, z, set())
                if kind is None or person is None or role not in ("member", "deputy_member"):
                    break
                body = Mention(m.start("body"), m.end("body"), word,
                               word[:1].upper() + word[1:], kind, 0.6)  # fmt: skip
                seats.append((role, person, body))
            else:
                _seats_in_place(out, seats, (mt.start(), at), "text-elected-to-bodies")

    def _officer_from_another_body(self, text: str, out: Walk) -> None:
        """Swedish: "Till ny vice ordförande valdes A från X:s samarbetsråd": a body named
        right after the officer's name and "från" is the one she comes from, not the one whose
        officer she is: the post is in the one body the page's other seats held now are in,
        and is dropped when they are in none or in several."""
        if self.lex.lang != "sv":
            return
        moved = [
            f
            for f in out.findings
            if f.kind == "membership"
            and f.role in ("chair", "vice_chair", "secretary")
            and f.target is not None
            and f.actor.kind == "person"
            and f.target.start > f.actor.end
            and _FROM_BETWEEN.fullmatch(text, f.actor.end, f.target.start)
        ]
        if not moved:
            return
        others = {
            f.target.name.casefold().removesuffix("n"): f.target
            for f in out.findings
            if f.kind == "membership"
            and not f.status
            and f.target is not None
            and f.actor.kind == "person"
            and all(f is not g for g in moved)
        }
        if len(others) == 1:
            for f in moved:
                f.target = next(iter(others.values()))
        else:
            out.findings = [f for f in out.findings if all(f is not g for g in moved)]

    def _and_elected_same_seats(self, text: str, out: Walk) -> None:
        """Swedish: "A och B omvaldes som ersättare för ett år, och nyvaldes C och D.": names
        after "och" and an election's verb closing a sentence, with no post of their own,
        hold the seat the names of the sentence before them were read with, when those are
        all one member's or deputy's seat in one body; a name read already keeps its
        reading."""
        if self.lex.lang != "sv":
            return
        have = {f.actor.start for f in out.findings if f.actor.kind == "person"}
        for mt in _AND_ELECTED_NAMES.finditer(text):
            start = self._sentence_start(text, mt.start())
            before = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and start <= f.actor.start < mt.start()
            ]
            seats = {(f.role, f.target.name.casefold()) for f in before if f.target}
            if len(seats) != 1 or before[0].role not in ("member", "deputy_member"):
                continue
            role, body = before[0].role, before[0].target
            for person in self._persons_of_run(text, mt, have):
                out.findings.append(
                    Finding("membership", person, role, body, (start, mt.end()), 0.6,
                            "text-and-elected")
                )  # fmt: skip
                have.add(person.start)

    def _persons_of_run(self, text: str, mt: re.Match[str], have: set[int]) -> Iterator[Mention]:
        """The persons of a match's run of names ("names": "A, B ja C"), one by one, each
        whole and not among ``have`` (read lazily: a caller adding to ``have`` between them is
        seen by the next)."""
        at = mt.start("names")
        for part in _OTHERS_BETWEEN.split(mt.group("names")):
            at = text.index(part, at)
            person = self._whole_person(text, at, at + len(part), have)
            at += len(part)
            if person is not None:
                yield person

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
            if head.group("also") and self.lex.body_kind(head.group("also")) is None:
                continue  # "Hallitus ja toiminta": a body and something else
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
                    if not _ADJUNCT_AFTER.search(mt.group(0)):
                        # (but "Bo Ek, kassör/utomstående": a post held from outside, no seat)
                        name = self._listed_name(text, mt.start("name"), mt.end("name"))
                        people.append((name, role))
                elif (mt := _GROUP_LINE.match(text, pos)) is not None and (
                    self._group_role(mt.group("head")) is not None
                ):
                    group = self._group_role(mt.group("head"))
                elif (mt := _BULLET_NAME_LINE.match(text, pos)) is not None and group:
                    people.append(
                        (self._listed_name(text, mt.start("name"), mt.end("name")), group)
                    )
                elif (
                    group is None
                    # (two office lines or more above them: the chair's and another's)
                    and sum(r in ("chair", "vice_chair", "secretary") for _p, r in people) >= 2
                    and any(r == "chair" for _p, r in people)
                    and (mt := _NAME_ALONE_LINE.match(text, pos)) is not None
                    and (found := self._first_person(text, mt.start("name"), mt.end("name")))
                    is not None
                    and (found.start, found.end) == (mt.start("name"), mt.end("name"))
                ):
                    # "Aino Ek, puheenjohtaja" / "Bo Lind, varapuheenjohtaja" / "Eeva Salo":
                    # the names under the office lines, alone on their lines, the members
                    people.append((found, "member"))
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

    def _body_presidium_lines(self, text: str, out: Walk) -> None:
        """A heading of a body's officers, the body's bare word in the genitive first
        ("Valtuuston puheenjohtajisto, joka osallistuu hallituksen työskentelyyn:"), over
        lines "Aino Ek, valtuuston puheenjohtaja" that name the same body in the genitive
        before an office: each person holds that office in that body (named by its bare
        word), and no seat in the body of a list above or of the heading's other words. Read
        only when two lines or more run on from the heading so, each with a chair's, vice
        chair's or secretary's office."""
        for head in _BODY_PRESIDIUM_HEAD.finditer(text):
            gen = head.group("gen")
            name = self._genitive_body(gen)
            if not name:
                continue
            pos = head.end()
            rows: list[tuple[int, int, str, int]] = []
            while (mt := _NAME_BODY_OFFICE_LINE.match(text, pos)) is not None:
                role = self.lex.role_of(mt.group("office"))
                if mt.group("gen") != gen.casefold() or role not in (
                    "chair",
                    "vice_chair",
                    "secretary",
                ):
                    break
                rows.append((mt.start("name"), mt.end("name"), role, mt.end("office")))
                pos = mt.end()
            if len(rows) < 2:
                continue
            body = Mention(head.start("gen"), head.end("gen"), gen, name, "body", 0.6)
            span = (head.end(), pos)
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + [
                Finding("membership", self._listed_name(text, s0, e0), role, body, (s0, q1),
                        0.65, "body-presidium-lines")
                for s0, e0, role, q1 in rows
            ]  # fmt: skip

    def _body_name_place_lines(self, text: str, out: Walk) -> None:
        """A body's bare word at the head of a line of a name and a place, a duty perhaps
        after a comma ("Valberedning Eva Berg Lund, sammankallande"), and lines under it of
        only a name and a place ("Bo Lind Täby"): each person is a member of that body (the
        first an officer when the duty is a chair's, vice chair's or secretary's); the
        place is no part of the name. Read only when two such lines or more follow."""
        for first in _BODY_NAME_PLACE_FIRST.finditer(text):
            word = first.group("word")
            if self.lex.body_kind(word.casefold()) is None:
                continue
            named = self.reader.bodies(tokens(text, first.start("word"), first.end("word")))
            if len(named) != 1 or named[0].plural:
                continue
            duty = self.lex.role_of(first.group("duty") or "")
            rows = [
                (first.start("name"), first.end("name"),
                 duty if duty in ("chair", "vice_chair", "secretary") else "member")
            ]  # fmt: skip
            pos = first.end()
            while (mt := _NAME_PLACE_LINE.match(text, pos)) is not None:
                if any(self.lex.role_of(w) for w in mt.group("name").split()):
                    break
                rows.append((mt.start("name"), mt.end("name"), "member"))
                pos = mt.end()
            if len(rows) < 3:
                continue
            b = named[0]
            body = replace(b, name=b.name[:1].upper() + b.name[1:])
            span = (first.start(), pos)
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + [
                Finding("membership", self._listed_name(text, s0, e0), role, body, (s0, e0),
                        0.6, "body-name-place")
                for s0, e0, role in rows
            ]  # fmt: skip

    def _office_name_place_lines(self, text: str, out: Walk) -> None:
        """A body's people as lines of an office or task, the name and the place the person
        lives in, no commas between them ("Ordförande Aino Ek Lund" / "Kassör Bo Lind Täby" /
        "Utmärkelser, hemsida Eva Berg Tumba"), right under the body's bare word alone on a
        line ("Valberedning") or a line ending in a colon that names one body ("Efter
        konstituering har styrelsen haft följande sammansättning:"): each line's person holds
        the seat its office names (before any comma) in that body, a member for a treasurer,
        any other task or none; the place is no part of the name. Under an auditors' or
        honorary members' heading ("Revisorer", "Hedersledamöter") such lines hold no seat.
        A blank line may stand between the lines. A colon line that names several bodies
        one after another ("valdes styrelse, valberedning och revisorer enligt nedan:") heads
        the first one's lines, up to a line of an auditor or of another body. Read only when
        three lines or more, one under another, each end so (and, under a body, no line is an
        auditor's or an honorary title)."""
        for head in _PLACE_LINES_HEAD.finditer(text):
            said = head.group("word") or head.group("intro")
            # (auditors, "Revisorer", or honorary members, "Hedersledamöter": no seats)
            auditors = bool(head.group("word")) and (
                AUDITOR.fullmatch(said) is not None or _HONORARY_TITLE.fullmatch(said) is not None
            )
            body = None
            several = False
            if not auditors:
                named = [
                    b
                    for b in self.reader.bodies(tokens(text, head.start(), head.end()))
                    if not b.plural and not MEETING_NAME.search(b.name)
                ]
                # "valdes styrelse, valberedning och revisorer enligt nedan:": the bodies in
                # the order of the lines, the first one's lines first
                several = (
                    len(named) > 1
                    and head.group("intro") is not None
                    and _BODIES_IN_A_ROW.search(head.group("intro")) is not None
                )
                if len(named) != 1 and not several:
                    continue
                b = named[0]
                if head.group("word") and (b.start, b.end) != head.span("word"):
                    continue
                body = replace(b, name=b.name[:1].upper() + b.name[1:])
            pos = head.end()
            rows: list[tuple[int, int, str]] = []
            while (mt := _OFFICE_NAME_PLACE.match(text, pos)) is not None:
                label = mt.group("label")
                office = label.split(",")[0].strip()
                if mt.group().startswith("\n") and re.search(r"[ \t]{2}", label):
                    break  # (after a blank line, a column padded with spaces: a table's)
                if several and (
                    AUDITOR.search(label) or self.lex.body_kind(office.casefold()) is not None
                ):
                    break  # the next body's lines, or the auditors': the first body's end
                if any(self.lex.role_of(w) for w in mt.group("name").split()) or (
                    not auditors and (_HONORARY_TITLE.search(label) or AUDITOR.search(label))
                ):
                    rows = []
                    break
                role = self.lex.role_of(office)
                if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                    role = "member"
                if not _ADJUNCT_LABEL.fullmatch(office):
                    # ("Adjungerad ledamot   Göran Ek   Sundbyberg": co-opted, no seat)
                    rows.append((mt.start("name"), mt.end("name"), role))
                pos = mt.end()
            if len(rows) < 3:
                continue
            span = (head.end(), pos)
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ]
            if auditors:
                out.no_seat.append(span)
                continue
            assert body is not None
            out.findings += [
                Finding("membership", self._listed_name(text, s0, e0), role, body, (s0, e0),
                        0.6, "office-name-place")
                for s0, e0, role in rows
            ]  # fmt: skip

    def _name_then_office_cards(self, text: str, out: Walk) -> None:
        """ "STYRELSEN" / "Aino Berg" / "Ordförande" / "" / "Bo Lind" / "Ledamot" / "" / …: a
        run of three cards or more set apart by blank lines, each a name alone on a line and an
        office alone on the next, opened by a name line and closed by an office line: each
        office is that of the name on the line above it (not a label of the name below). The
        cards' seats are in the one body the lines' names are read in; a name of a card no
        seat was read for is read as that card's person when most cards' names were read."""
        paras: list[list[tuple[int, int]]] = []
        block: list[tuple[int, int]] = []
        for mt in re.finditer(r"[^\n]*", text):
            if mt.start() and text[mt.start() - 1 : mt.start()] != "\n":
                continue
            if mt.group().strip():
                block.append((mt.start(), mt.end()))
            elif block:
                paras.append(block)
                block = []
        if block:
            paras.append(block)

        def card(para: list[tuple[int, int]]) -> tuple[int, int, str] | None:
            if len(para) != 2:
                return None
            (s0, e0), (s1, e1) = para
            name = text[s0:e0].strip()
            role = self._post_line(text[s1:e1]) or (
                "deputy_member"
                if self.lex.role_of(text[s1:e1].strip()) == "deputy_member"
                and len(text[s1:e1].split()) <= 2
                else ""
            )
            if not role or not _CARD_NAME_LINE.fullmatch(name):
                return None
            if any(self.lex.role_of(w) or _TREASURER_LINE.fullmatch(w) for w in name.split()):
                return None
            s = s0 + len(text[s0:e0]) - len(text[s0:e0].lstrip())
            return s, s + len(name), role

        def lone_line(k: int) -> str:
            return (
                text[paras[k][0][0] : paras[k][0][1]]
                if 0 <= k < len(paras) and len(paras[k]) == 1
                else ""
            )

        k = 0
        while k < len(paras):
            run: list[tuple[int, int, str, int]] = []
            j = k
            while j < len(paras) and (c := card(paras[j])) is not None:
                run.append((*c, paras[j][1][1]))
                j += 1
            if not run:
                k += 1
                continue
            k = j
            if len(run) < 3:
                continue
            # (an office alone before the run, or a name alone after it: labels over names)
            if self._post_line(lone_line(j - len(run) - 1)) or (
                _CARD_NAME_LINE.fullmatch(lone_line(j).strip())
                and not self._post_line(lone_line(j))
            ):
                continue
            seats = [
                [
                    f
                    for f in out.findings
                    if f.kind == "membership"
                    and f.actor.kind == "person"
                    and s <= f.actor.start < e
                    and not f.status
                ]
                for s, e, _r, _q in run
            ]
            bodies = {f.target.name.casefold() for fs in seats for f in fs if f.target is not None}
            read = sum(bool(fs) for fs in seats)
            if len(bodies) != 1 or read * 2 <= len(run):
                continue
            body = next(f.target for fs in seats for f in fs if f.target is not None)
            for (s, e, role, q), fs in zip(run, seats, strict=True):
                if fs:
                    for f in fs:
                        f.role, f.quote = role, (s, q)
                    continue
                name = text[s:e]
                actor = Mention(s, e, name, " ".join(name.split()), "person", 0.6, "nom")
                out.findings.append(
                    Finding("membership", actor, role, body, (s, q), 0.5, "list-entry")
                )

    def _label_run_into_email(self, text: str, out: Walk) -> None:
        """ "bo@example.seSekreterare" / "" / "Eva Lind": an office's label run into the end of
        the e-mail address on the line above a name alone on its line (a card's label with no
        line break before it) is that name's office, as on a line of its own."""
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.actor.kind != "person"
                or f.role != "member"
                or f.status
                or not f.rule.startswith("list")
            ):
                continue
            ls = text.rfind("\n", 0, f.actor.start) + 1
            le = text.find("\n", f.actor.end)
            le = len(text) if le < 0 else le
            if text[ls : f.actor.start].strip() or text[f.actor.end : le].strip():
                continue
            above = text[: ls - 1].rstrip().rsplit("\n", 1)[-1]
            mt = _EMAIL_THEN_LABEL.search(above)
            if mt is None:
                continue
            role = self.lex.role_of(mt.group("label").strip())
            if role in ("chair", "vice_chair", "secretary", "deputy_member"):
                f.role = role

    def _name_office_run_line(self, text: str, out: Walk) -> None:
        """ "Nuvarande styrelse (sedan 2020): Aino Ek ordförande, Bo Lind, Kassör, Eva Holm
        sekreterare, Per Ek,ledamot, Olle Berg ledamot Sara Ny ersättare, Ulf Sten, revisor": a
        body's lead and a colon, then one line of three or more names each followed by its one
        office word, whatever the commas between them (the line begins with a name and ends
        with an office): each office is the name's before it, a treasurer a member, an auditor
        no seat, a word in an office's place the lexicon does not know no seat; in place of
        what the other rules read on the line."""
        seats = ("chair", "vice_chair", "secretary", "member", "deputy_member")
        for mt in _LEAD_THEN_RUN.finditer(text):
            lead_at = mt.start("lead")
            found = [
                b
                for b in self.reader.bodies(tokens(text, lead_at, mt.end("lead")))
                if not b.plural and b.kind != "person"
            ]
            if not found:
                continue
            words = [w for w in _RUN_WORD.finditer(text, mt.start("run"), mt.end("run"))]
            items: list[tuple[int, int, str | None]] = []  # name's span, its seat
            name: list[re.Match[str]] = []
            unknown = 0
            ok = True
            for w in words:
                word = w.group().rstrip(".")
                if word == ",":
                    if name and len(name) < 2:
                        ok = False
                        break
                    continue
                office = self._run_office(word)
                if name and len(name) >= 2 and office is not None:
                    items.append((name[0].start(), name[-1].end(), office or None))
                    name = []
                elif name and len(name) >= 2 and word.islower() and len(word) >= 6 and not unknown:
                    # one long word in an office's place the lexicon does not know (misspelt):
                    # no seat for its name
                    unknown += 1
                    items.append((name[0].start(), name[-1].end(), None))
                    name = []
                elif _RUN_NAME_WORD.fullmatch(word) and len(name) < 3 and office is None:
                    name.append(w)
                else:
                    ok = False
                    break
            if not ok or name or len(items) < 3 or sum(1 for i in items if i[2]) < 3:
                continue
            run_start, run_end = mt.start("run"), mt.end("run")
            # the body the other rules gave a seat of the line, else the lead's
            body = next(
                (
                    f.target
                    for f in out.findings
                    if f.kind == "membership"
                    and f.target is not None
                    and run_start <= f.actor.start < run_end
                ),
                None,
            ) or replace(found[-1], name=found[-1].name[:1].upper() + found[-1].name[1:])
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not run_start <= f.actor.start < run_end
            ]
            for start, end, role in items:
                if role not in seats:
                    out.no_seat.append((start, end))
                    continue
                person = self.reader.person_at(tokens(text, start, end), 0, in_list=True)
                if person is None or person.end != end:
                    person = Mention(start, end, text[start:end], text[start:end], "person", 0.6)
                out.findings.append(
                    Finding(
                        "membership", person, role, body, (lead_at, run_end), 0.6, "list-office-run"
                    )
                )

    def _semicolon_office_run(self, text: str, out: Walk) -> None:
        """ "Hallituksen muodosti puheenjohtaja ja 6 varsinaista jäsentä:" / "A, puheenjohtaja;
        B varapuheenjohtaja;  C," / "sihteeri ja kuljetusvastaava ;D, taloudenhoitaja ;E
        tiedottaja ja" / "kotisivut; F, lukupiiri ; G ja H": a line whose last sentence names a
        body and ends in a colon, then lines (blank ones between them aside) that each hold a
        semicolon, a run of three or more items split by semicolons, each a name and after it
        (a comma perhaps between) its duties, one of them an officer's (the item after the last
        semicolon, on its line, need not be one): the first word of an item's duties gives the
        name's seat in the body (chair, vice chair, secretary, deputy), any other duty (a
        treasurer's, a task) a member's, an auditor's none; the last item when it is no name and
        its duties ("G ja H", names with no duty) gets no row; in place of what the other rules
        read in the run."""
        for mt in _LEAD_BEFORE_SEMICOLONS.finditer(text):
            run_start, run_end = _semicolon_lines(text, mt.end())
            if run_end <= run_start:
                continue
            lead = mt.group("lead")
            lead_at = mt.start("lead") + (lead.rfind(". ") + 2 if ". " in lead else 0)
            found = [
                b
                for b in self.reader.bodies(tokens(text, lead_at, mt.end("lead")))
                if not b.plural and b.kind != "person"
            ]
            if not found:
                continue
            last = text.rfind(";", run_start, run_end)
            items: list[tuple[int, int, str | None]] = []  # the name's span, its seat
            at = run_start
            for stop in [*(m.start() for m in re.finditer(";", text[run_start:last])), None]:
                end = run_start + stop if stop is not None else last
                items.append(self._run_item(text, at, end))
                at = end + 1
            line_end = text.find("\n", last)
            tail = self._run_item(text, last + 1, len(text) if line_end < 0 else line_end)
            if tail[2] is not None:
                items.append(tail)
            if (
                len(items) < 3
                or any(i[2] is None for i in items)
                or not any(i[2] in ("chair", "vice_chair", "secretary") for i in items)
            ):
                continue
            body = replace(found[-1], name=found[-1].name[:1].upper() + found[-1].name[1:])
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not run_start <= f.actor.start < run_end
            ]
            for start, end, role in items:
                if not role:
                    if role == "":
                        out.no_seat.append((start, end))
                    continue
                name = " ".join(text[start:end].split())
                person = self.reader.person_at(tokens(text, start, end), 0, in_list=True)
                if person is None or person.end != end:
                    person = Mention(start, end, text[start:end], name, "person", 0.6, "nom")
                nl = text.find("\n", start)
                quote = (start, end if nl < 0 or nl > end else nl)
                out.findings.append(
                    Finding("membership", person, role, body, quote, 0.6, "list-semicolon-run")
                )

    def _run_item(self, text: str, start: int, end: int) -> tuple[int, int, str | None]:
        """One item of a semicolon run between ``start`` and ``end``: the span of its name and
        the seat its duties give (see :meth:`_semicolon_office_run`): "" for an auditor's,
        None when the item is no name and its duties."""
        mt = _NAME_THEN_DUTIES.fullmatch(text, start, end)
        if mt is None:
            return (start, start, None)
        first = mt.group("duties").split()[0].rstrip(",").casefold()
        if first in ("ja", "och", "sekä", "samt") or (
            # (a capitalised duty only after a comma: "F, Forssan alue")
            mt.group("duties")[:1].isupper() and not mt.group("comma")
        ):
            return (start, start, None)  # "G ja H": names with no duty
        if AUDITOR.fullmatch(first):
            return (mt.start("name"), mt.end("name"), "")
        role = self.lex.role_of(first)
        if role not in ("chair", "vice_chair", "secretary", "deputy_member"):
            role = "member"
        return (mt.start("name"), mt.end("name"), role)

    def _run_office(self, word: str) -> str | None:
        """The seat of one office word of a run of names and offices: the lexicon's role, a
        member for a treasurer's word, "" for an auditor's (no seat); None for no office."""
        low = word.casefold()
        if _TREASURER_WORD.fullmatch(low):
            return "member"
        if AUDITOR.fullmatch(low):
            return ""
        role = self.lex.role_of(low)
        return (
            role
            if role in ("chair", "vice_chair", "secretary", "member", "deputy_member")
            else None
        )

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
        seats = ("chair", "vice_chair", "secretary", "member", "deputy_member")
        low = body.casefold()
        if (
            self.lex.lang == "sv"
            and len(words) == 2
            and self.lex.role_of(words[1]) in seats
            and words[0].casefold() in (low + "s", low + "ens", low + "ns", low + "ets")
        ):
            # "styrelsens ordförande" under "Styrelsen": the heading's body in the genitive
            return self.lex.role_of(words[1])
        if self.lex.lang == "sv" and len(words) == 1:
            # "styrelsemedlem", "styrelseordförande" under "Styrelsen": the body's bare word
            # (a linking "s" aside) joined to the front of the seat's word
            word = said.casefold()
            for i in range(3, len(word) - 2):
                front, role = word[:i], self.lex.role_of(word[i:])
                if role in seats and any(
                    low in (stem, stem + "en", stem + "n", stem + "et")
                    for stem in {front, front.removesuffix("s")}
                ):
                    return role
        return None


def _officers_body(out: Walk, start: int, end: int) -> Mention | None:
    """The body of the officers (a chair, a vice chair, a secretary) read between ``start``
    and ``end``, when they are all of one body; None otherwise."""
    officers = [
        f
        for f in out.findings
        if f.kind == "membership"
        and not f.status
        and f.target is not None
        and f.role in ("chair", "vice_chair", "secretary")
        and start <= f.actor.start < end
    ]
    if len({f.target.name.casefold() for f in officers if f.target is not None}) != 1:
        return None
    return officers[-1].target


def _semicolon_lines(text: str, pos: int) -> tuple[int, int]:
    """The span of the lines after ``pos`` (the end of a line) that each hold a semicolon,
    blank lines between them aside: from the first one's text to the last one's end."""
    start = end = -1
    while pos < len(text):
        nl = text.find("\n", pos + 1)
        nl = len(text) if nl < 0 else nl
        line = text[pos + 1 : nl]
        if line.strip():
            if ";" not in line:
                break
            if start < 0:
                start = pos + 1 + len(line) - len(line.lstrip())
            end = pos + 1 + len(line.rstrip())
        pos = nl
    return start, end

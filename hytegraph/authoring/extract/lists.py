"""Composition lists: one entry per line ("Mikael Flemmich, sivistystoimenjohtaja
(puheenjohtaja)", "Sihteeri: Annika Ikkala-Västi, ...", "Annikki Sipilä / Riikka
Rajala-Ruskela", "Laiho Pirita / Suomen Nuorisoseurat ry"), tables (one row per seat:
municipality, member, deputy; also when a page's cells were glued together without
separators), and seat blocks per municipality ("Esbo stad, A, B och C. Ersättare: 1. X,
2. Y.").

Each gives :class:`~hytegraph.authoring.extract.findings.Finding` objects for the body of
the :class:`~hytegraph.authoring.extract.findings.Context`; under applicants, candidates,
invitees or proposals they are candidacies, never memberships.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence

from hytegraph.authoring.extract import morphology
from hytegraph.authoring.extract.findings import Context, Finding
from hytegraph.authoring.extract.givennames import first_name
from hytegraph.authoring.extract.lexicon import (
    DUTY_ONLY,
    ELECTION_MARK,
    MEMBERS_MEETING,
    SV,
    TREASURER_WORDS,
    words_pattern,
)
from hytegraph.authoring.extract.mentions import (
    NAME_HYPHEN_INITIAL,
    Mention,
    Reader,
    Token,
    tokens,
)
from hytegraph.authoring.extract.places import place_of
from hytegraph.authoring.extract.segment import GAP

#: The last word of an organisation's name: its kind ("-järjestö", "-yhdistys", "-liitto").
#: A word in the translative ("puheenjohtajaksi", "jäseniksi", "jäsenekseen").
_TRANSLATIVE_END = re.compile(r"(?:ksi|kse(?:en|ni|si|mme|nne))$")
_ORG_KIND_LAST = re.compile(r"(?i)(?:järjestö|yhdistys|liitto|seura)$")
#: After a name: a job of one or two words in lower case (an abbreviation in capitals perhaps
#: after it), then one more word, before a comma or the entry's end ("sosionomi AMK
#: puheenjohtaja, Lempäälä").
_JOB_THEN_OFFICE = re.compile(
    r"[ \t]+([a-zåäö][\w-]*(?:[ \t]+(?:[a-zåäö][\w-]*|[A-ZÅÄÖ]{2,5})){1,2})[ \t]*(?:,|$)"
)
#: A capitalised word of an organisation's kind closing what reads as a name: "Pirkanmaan
#: Muistiyhdistyksen päätäntävaltaa käyttää …" is a sentence about the association, no entry.
_ORGANISATION_LAST = re.compile(
    r"(?i)(?:yhdistys|yhdistyksen|liitto|liiton|järjestö|järjestön|säätiö|säätiön|"
    r"förening(?:en|ens)?|förbund(?:et|ets)?)$"
)
#: A word in small letters between two names of a seat block: more than three there are prose.
_LOWER_WORD_IN_BLOCK = re.compile(r"(?<![\w-])[a-zåäö][\w-]*")

#: A deputy's word with a possessive ending ("varajäsenenään", "varahenkilönsä"): the
#: entry's own deputy, whom the words after it name; never the entry's role.
_OWN_DEPUTY = re.compile(r"(?i)vara(?:jäsen|henkilö|edustaja)\w*?(?:nsa|nsä|naan|nään)(?!\w)")

_PAIR = re.compile(r"\s*/\s*")
# a glued table: "LaihiaHeikki MäkinenVuokko Rintala" (a lower-case letter, then a capital)
_GLUE = re.compile(r"(?<=[a-zåäöüé.])(?=[A-ZÅÄÖÜÉ])")
# a header cell's colon or a note's closing parenthesis glued to the next cell:
# "Jäsen:Varajäsen:", "Aho Aino (puheenjohtaja)Ek Eero"
# the last "ja"/"och" of a run of entries, before a capitalised name
_LAST_AND = re.compile(r"\s+(?:ja|och|sekä|samt)\s+(?=[A-ZÅÄÖ])")
_MARK_GLUE = re.compile(r"(?<=[:)])(?=[A-ZÅÄÖÜÉ])")
# a seat's term in a row: "2021- 2023", "2023-2025", "2021-" (the year it ends, if any)
_TERM = re.compile(r"(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)?")  # noqa: RUF001
#: An office in lower case (up to three words) after a party's letters in brackets and
#: before a capitalised word: "(S) ordf Eva", "(M) vice ordf. Bo".
_OFFICE_AFTER_PARTY = re.compile(
    r"\([\w.]{1,6}\)[ \t]+([a-zåäö][\w.:-]*(?:[ \t]+[a-zåäö][\w.:-]*){0,2})[ \t]+(?=[A-ZÅÄÖ])"
)
_TERM_END = re.compile(r"(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)")  # noqa: RUF001
# an abbreviation in capitals glued to a name: "KOKPentti", "VIHRAnna"
_CAPS_GLUE = re.compile(r"(?<=[A-ZÅÄÖÜ])(?=[A-ZÅÄÖÜ][a-zåäöü])")
#: A heading over advisers, mentors or contact persons ("Kollegiala rådgivare", "Mentorer",
#: "Yhteyshenkilöt", "Neuvonantajat"), or over the representatives in an outside group named
#: by its abbreviation ("MBA Representanter"): people with a function, no seats in a body.
ADVISERS_LABEL = re.compile(
    r"(?i:(?:[\w-]+[ \t]+)?(?:rådgivare|rådgivarna|mentorer|mentorerna|kontaktpersoner"
    r"|neuvonantajat|mentorit|yhteyshenkilöt|tukihenkilöt))"
    r"|[A-ZÅÄÖ]{2,6}[ \t]+(?i:representanter|edustajat)"
)

#: The votes a name got, ending a list entry: "Mathias Kass, 7 röster", "Aino Ahola 12 ääntä".
#: A photo caption's label: "Från vänster", "På bilden från vänster", "Kuvassa vasemmalta".
_CAPTION = re.compile(
    r"(?i)(?:(?:på\s+bilden|bakre\s+raden|främre\s+raden|övre\s+raden|nedre\s+raden)\s+)?"
    r"(?:från|fr\.?)\s+vänster(?:\s+till\s+höger)?|"
    # (abbreviated: "Fr v", "Fr. v.")
    r"fr\.?[ \t]?v\.?|"
    r"(?:kuvassa|takana|edessä|(?:taka|etu|ylä|ala|keski)rivi(?:ssä)?)?\s*vasemmalta"
    r"(?:\s+oikealle)?"
)
#: After a name: ", office och task[, task]" in small letters ("sekreterare och information").
_OFFICE_AND_TASKS = re.compile(
    r"\s*,\s*([a-zåäö]+(?:\s+[a-zåäö]+)?)\s+(?:och|ja)\s+"
    r"[a-zåäö][a-zåäö -]*(?:,\s*[a-zåäö][a-zåäö -]*)*\s*\.?\s*"
)
#: A photo caption's abbreviated label before a comma and the first name ("Fr v, Eva Ek, …").
_CAPTION_COMMA = re.compile(r"\s*((?i:fr\.?[ \t]?v\.?))[ \t]*,[ \t]+(?=[A-ZÅÄÖ][a-zåäö])")
#: An auditor ("tilintarkastaja", "toiminnantarkastaja" or "toimintatarkastaja",
#: "verksamhetsgranskare"): no seat in a body, nor is the auditor's deputy.
AUDITOR = re.compile(
    r"(?i)(?<![\w-])(?:vara)?(?:tilin?tarkastaj|toimin(?:nan|ta)tarkastaj)\w*|"
    r"(?<![\w-])(?:\w*revisor|verksamhetsgranskar)\w*"
)
#: Words that send people to a meeting, not into a body: "representera föreningen vid
#: distriktsstämman", "ombud till förbundsstämman", "edustajiksi liittokokoukseen"; also the
#: meeting in the illative before the delegates' word ("vuosi- ja syyskokouksiin edustajat").
_TO_A_MEETING = re.compile(
    r"(?i)(?<![\w-])(?:(?:representera\s+(?:\w+\s+){0,2}?(?:vid|på)|ombud\w*\s+(?:till|vid|på)|"
    # (not "Edustajiston kokous": the meeting of a representative assembly)
    r"delegat\w*\s+(?:till|vid|på)|edustaj(?!isto)\w+\s+)\s*\w*(?:stämma|stämman|möte|mötet|kongress\w*|"
    r"kokoukse\w+|kokous)|\w*kokouks(?:iin|eensa|een)\s+edustaj\w*)(?![\w-])"
)


#: "ja", "sekä", "och", "samt" between two posts of one label.
_AND_SPLIT = re.compile(r"\s+(?:ja|sekä|och|samt)\s+")
#: Words in lower case only ("asiantuntijatiimien vastaava").
_LOWER_WORDS = re.compile(r"[a-zåäö][\w-]*(?:\s+[a-zåäö][\w-]*){0,3}")


def sent_to_a_meeting(text: str, pos: int) -> bool:
    """Whether the sentence (or list introduction) before the name at ``pos`` sends the
    people it names to a meeting (:data:`_TO_A_MEETING`): delegates, no seat in a body."""
    begin = max(text.rfind(". ", 0, pos), text.rfind("\n\n", 0, pos), pos - 300, 0)
    return _TO_A_MEETING.search(text, begin, pos) is not None


#: Two years joined, not a term: "Vuoden 2023 ja 2024 hallituksen edustajia", "2022 och 2023".
_YEARS_JOINED = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:,|ja|sekä|och|samt|&)\s*((?:19|20)\d\d)(?!\d)", re.I
)
#: A photo's caption label, at a line's start or after a sentence: "Ylärivi vasemmalta: A, B".
_CAPTION_AT = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?]\s))[ \t]*(?:{_CAPTION.pattern.removeprefix('(?i)')})\s*:",
    re.I,
)

#: an organisation's abbreviation after a dash ("… Pohjola-Norden - HOPN", "… nuoret -JSPNN")
_ORG_ABBREVIATION = re.compile(r"\s*[-\u2013\u2014]\s*[A-ZÅÄÖ]{2,8}\b(?!-)")


#: A photographer's or writer's credit right before a name ("Foto: A", "Text & foto: A",
#: "Kuva: A", "Teksti ja kuvat: A").
_CREDIT_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:foto|fotograf|bild|kuva|kuvat|kuvaaja|photo|text|teksti)"
    r"(?:[ \t]*(?:&|och|ja|and)[ \t]*(?:foto|bild|kuva|kuvat|text|teksti))?[ \t]*:[ \t]*$|"
    # "Kuvat Markus Ek. Teksti Mirjami Puu": the credit without a colon, as a line's start
    r"(?:^|(?<=\n)|(?<=[.!?][ \t]))(?:kuvat?|teksti|foto|text|bild)"
    r"(?:[ \t]+(?:ja|och|&)[ \t]+(?:kuvat?|teksti|foto|text|bild))?[ \t]+$"
)


#: A label naming one officer's seat ("Vice sekreterare", "Puheenjohtaja").
_ONE_OFFICER = re.compile(
    rf"(?i)(?:ordförande|sekreterare|puheenjohtaja|sihteeri|{words_pattern(TREASURER_WORDS)})$"
)


#: A co-opted person's word ("adjungerad till styrelsen", "adjungerade ledamöter", "(adjungerad)"):
#: a seat without a vote, given by the body, no membership.
CO_OPTED = re.compile(r"(?<![\w-])adjunger\w*", re.IGNORECASE)
#: A co-opted person's label ("Adjungerade", "Adjungerad ledamot"): no seat in the body.
#: A line of first names only ("Kevin, Sven, Peter, Allan", "Malin, Camilla N."): a
#: caption's, each cell one capitalised word, perhaps with an initial.
_FIRST_NAME_CELLS = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:[ \t]+[A-ZÅÄÖ]\.)?")
_FIRST_NAMES_ONLY = re.compile(
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:[ \t]+[A-ZÅÄÖ]\.?)?"
    r"(?:,[ \t]*[A-ZÅÄÖ][a-zåäöéü]+(?:[ \t]+[A-ZÅÄÖ]\.?)?)+"
)
#: "… som ordförande, 1 år.", "… som vice ordförande.": an office after a name and "som".
_AS_ROLE_AFTER = re.compile(r"[ \t]+som[ \t]+((?:vice[ \t]+)?[a-zåäö]+)(?=[ \t]*(?:[,.]|$))")
#: "… och Eva Lind valdes till valberedning för 1 år": the body a list line elects into.
_ELECTED_INTO = re.compile(
    r"(?<![\w-])(?:om|ny)?valdes[ \t]+(?:till|in[ \t]+i)[ \t]+(?:ny[ \t]+)?"
    r"(?P<body>[a-zåäö]+)(?![\w-])"
)
#: "Styrelsesuppleant", "Styrelseersättare": a board's deputy, in one word.
_BOARD_DEPUTY = re.compile(r"(?i)(?:\d+\.\s*)?styrelse(?:suppleant|ersättare)\w*")
#: "12. Val av valberedning", "Val av vaktmästare": a minutes' item electing a body or a post.
_ELECTION_OF = re.compile(r"(?i)(?:\d+\.\s*)?val\s+av\s+(?P<what>[^\W\d][\w -]*)")
#: A seat's term in parentheses between a label and its colon ("Kassör (2 år): Bo Ek",
#: "Ordförande (1år): …"): no part of the label.
#: ("Puheenjohtaja (2021-2022):", or the office's abbreviation in capitals: "Rahastonhoitaja
#: (TREAS):")
#: ("Maakuntavastaava (Pohjola):": the region of a duty's post, after the duty's word)
_LABEL_TERM = (
    r"(?:\s*(?:\([^()]{0,20}\d[^()]{0,20}\)|\([A-ZÅÄÖ]{2,6}\))"
    r"|(?<=vastaava)\s*\([A-ZÅÄÖ][^()\d]{1,25}\))?"
)
#: "Kvarstår ytterligare ett år gör:", "Sitter kvar:", "Ej i tur att avgå:": a label over
#: the members whose terms go on
_SEATS_GO_ON_LABEL = re.compile(
    r"(?i)(?:kvarstå(?:r|ende)|kvarsittande|sitter[ \t]+kvar|ej[ \t]+i[ \t]+tur[ \t]+att[ \t]+"
    r"avgå|ej[ \t]+på[ \t]+val|ei[ \t]+erovuorossa|erovuorossa[ \t]+ei)(?![\w-])"
)
#: A line of five words or more, a lower-case word among them and no comma, closed by a colon:
#: a sentence that leads in a list ("Pga A:s timeout omkonstituerades styrelsen 2015-12-07:").
_LEAD_IN_LINE = re.compile(
    r"[ \t]*(?![-•*])(?=(?:\S+[ \t]+){4})(?=[^,\n]*[ \t][a-zåäö]{4,}[ \t])[^,\n]*:[ \t]*"
)
_ADJUNCT_LABEL = re.compile(
    # "Adjungerad kassör:", "Adjungerad sekreterare:": a co-opted officer's label, no seat
    r"(?i)adjunger\w*(?:\s+(?:ledamot|ledamöter|medlem\w*|kassör\w*|sekreterare))?"
)
#: The label of those present ("Närvarande", "Läsnä", "Läsnä olivat", "Paikalla").
PRESENT_WORD = re.compile(r"(?i)närvarande|läsnä(?:[ \t]+olivat)?|paikalla(?:[ \t]+olivat)?")
#: A label of the names that leave ("Avgår gör följande", "Avgående ledamöter", "Lämnar
#: styrelsen", "Eroavat jäsenet").
_LEAVING_LABEL = re.compile(
    r"(?i)(?:avgår|lämnar|avgående|eroavat|eronneet)(?:[ \t]+[\w-]+){0,2}|"
    r"(?:[\w-]+[ \t]+){0,2}(?:avgår|avgående|eroavat|eronneet)"
)
#: The offices from the highest: of two held by one person, the first of these.
_OFFICE_RANK = ("chair", "vice_chair", "secretary")
#: "Bo Ek (adjungerad)", "Bo Ek, adjungerad", "Bo Ek (adj)": a co-opted person's mark after the
#: name (not "adj. professor", an adjunct's title); "Bo Ek, kassör/utomstående", "Aino Ek,
#: rahastonhoitaja (ulkopuolinen)": a post held from outside the body, no seat in it.
_ADJUNCT_AFTER = re.compile(
    r"(?i)(?:[(,/][ \t]*(?:adjunger\w*|utomstående|ulkopuolinen)(?![\w-])|\([ \t]*adj\.?[ \t]*\))"
)


#: The treasurer's post, capitalised at the head of a list line ("Kassör Bo Ek"): a member
#: of the list's body with a duty.
_TREASURER = re.compile(rf"(?:{words_pattern(TREASURER_WORDS, capitalised=True)})")
#: A part of a sentence of offices: the office, if any (lower-case words, the first word
#: capitalised too, "och" or "samt" before it), then where the name begins.
_SENTENCE_OFFICE = re.compile(
    r"[ \t]*(?:(?:och|samt)[ \t]+)?"
    r"(?P<office>(?:[a-zåäö]+[ \t]+){0,4}?)(?=[A-ZÅÄÖ])"
)
#: A part of a sentence between commas that is an office in lower case (its first word, or
#: two, or an office and a duty joined by "och") and a capitalised name after it: "vice
#: ordförande och kassör Eva Lind", " sekreterare Per Holm" ("samt" or "och" before it).
_OFFICE_BEFORE_NAME = re.compile(
    r"\s*(?:(?:och|samt|ja|sekä)\s+)?(?P<office>[a-zåäöA-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?)"
    r"(?:[ \t]+(?:och|ja)[ \t]+[a-zåäö]+)?[ \t]+[A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ]"
)
#: A list line's duties in lower case before a capitalised name ("sihteeri ja
#: tiedotusvastaava Aino Ek", "1. opinto- ja alumnivastaava Bo Lind", "kansainvälisyys-, ISHA- ja
#: 2. suhdevastaava Eva Berg").
_DUTIES_BEFORE_NAME = re.compile(
    r"(?P<duties>(?:\d\.[ \t]*)?[a-zåäö][\w-]*,?"
    r"(?:[ \t]+(?:\d\.|[a-zåäö][\w-]*,?|[A-ZÅÄÖ]{2,}-(?:[a-zåäö][\w-]*)?,?)){0,6})"
    r"[ \t]+(?=[A-ZÅÄÖ][a-zåäö])"
)
#: One word of such duties: a number, "ja"/"och", a word's first part before a hyphen, or a
#: duty's word ("tiedotusvastaava", "ATK-vastaava", "medlemsansvarig").
_DUTY_PART = re.compile(r"\d\.|ja|och|sekä|[\w]+-|[\w-]*(?:vastaava|ansvarig|ja|jä)", re.IGNORECASE)
#: A number before a duty ("1. opintovastaava"): no office.
_NUMBER_WORD = re.compile(r"\d\.")
#: An ordinal before a rank ("1:e Serg Bo Ek", "2:a"): part of the rank, not of the name.
_RANK_ORDINAL = re.compile(r"\d:[ae]")
#: A Swedish duty a board member holds, capitalised before the name on a list's line
#: ("Studieorganisatör", "Medlemsansvarig", "Programansvarig").
#: A club's board post ("Klubbmästare", "Materialförvaltare", "Webbmaster"), held in the board.
CLUB_POST = re.compile(r"Klubbmästare|[A-ZÅÄÖ][a-zåäö]+förvaltare|Webbmaster")
_DUTY_FIRST = re.compile(rf"[A-ZÅÄÖ][a-zåäö]*(?:organisatör|ansvarig)|{CLUB_POST.pattern}")
#: A Finnish duty's label before a colon ("Avustusvastaava", "Maakuntavastaava"): a post a
#: board member holds, no place.
DUTY_LABEL = re.compile(r"[A-ZÅÄÖ][\w-]*vastaava")
#: An organisation's name of one to five capitalised words (or abbreviations), then an office
#: in lower case closing the part of an entry ("LRF ordförande", "Norra Skog vice ordförande").
_OFFICE_AFTER_ORGANISATION = re.compile(
    r"[A-ZÅÄÖ0-9][\w&/.-]*(?:[ \t]+[A-ZÅÄÖ0-9][\w&/.-]*){0,4}[ \t]+([a-zåäö][a-zåäö .]{2,30}?)"
)
#: The offices a heading over the names below it may give them ("Varapuheenjohtaja:").
_OFFICER_ROLES = ("chair", "vice_chair", "secretary")
#: A bulleted item of a place (one capitalised word) and a name after a comma, perhaps a short
#: code in parentheses and a dash and a note after the name ("• Norrby, Eva Lind", "• Söderby,
#: Bo Ek (N12) - sammankallande").
_PLACE_NAME_ITEM = re.compile(
    r"[ \t]*[•·▪*\u2013-]?[ \t]*(?P<place>[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ][a-zåäö]+)?)[ \t]*,[ \t]+"
    r"(?P<rest>[A-ZÅÄÖ][^,\n]*?)[ \t]*"
)
#: What may follow the name on such an item: a short code in parentheses, then a dash and one
#: word in lower case.
_PLACE_NAME_TAIL = re.compile(
    r"(?:\([^()\n]{1,12}\))?[ \t]*(?:[-\u2013][ \t]*(?P<note>[a-zåäö]+(?:[ \t][a-zåäö]+)?))?"
)
#: A list line's label closed by a semicolon, a capitalised word after it ("Kassör; Bo Ek").
_SEMICOLON_LABEL = re.compile(r"\s*([^\W\d][\w .-]{1,40}?)\s*;\s+(?=[A-ZÅÄÖ])")
#: A group's representative on a board's list, capitalised before the name ("Lärarrepresentant
#: Aino Ek", "Elevrepresentant Bo Lind"): a board member; not the staff's ("Personalrepresentant",
#: who attends with no seat)
#: A conjunction, then a second office's word or two and a capital, after a name on a list's
#: line ("… ja varapuheenjohtaja Sami Luoto").
_AND_OFFICE = re.compile(
    r"[ \t]+(?:ja|sekä|och|samt)[ \t]+(?P<office>[a-zåäö][\w.-]*(?:[ \t]+[a-zåäö][\w.-]*)?)"
    r"[ \t]+(?=[A-ZÅÄÖ])"
)
#: A table's next column after a name, padded apart by three spaces or more, beginning with a
#: capital ("Birgitta Wistrand    Elin Wägner Sällskapet").
_NEXT_COLUMN = re.compile(r"[ \t]{3,}[A-ZÅÄÖ]")
_GROUP_REPRESENTATIVE_FIRST = re.compile(r"(?!Personal)[A-ZÅÄÖ][a-zåäö]{2,}representant")


#: "Pelaajat", "Voittajat", "Esiintyjät", "Spelare", "Pristagare" at the end of what comes
#: before a list's colon: the people who play, win or perform at an event, listed after it,
#: hold no seats in the body of the page
NO_SEAT_CROWD = re.compile(
    r"(?:^|[\s.])(?:Pelaajat|Pelaajina|Kilpailijat|Voittajat|Palkitut|Esiintyjät|Solistit|"
    r"Spelare|Tävlande|Vinnare|Pristagare|Artister)\s*$"
)


def under_crowd_label(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` is in a list after "Pelaajat:" (or the like, see
    :data:`NO_SEAT_CROWD`) in its own sentence: one of the players, winners or performers."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[max(line_start, pos - 300) : pos]
    colon = before.rfind(":")
    if colon < 0 or re.search(r"[.!?]\s", before[colon:]):
        return False
    return NO_SEAT_CROWD.search(before[:colon]) is not None


def under_auditors_label(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` stands under a label of auditors ("Lekmanna revisorer:",
    "Toiminnantarkastajat:"): the nearest label line above it, within a few short lines."""
    before = text[max(0, pos - 200) : pos]
    labels = list(re.finditer(r"(?m)^[ \t]*([^\n:]{2,40}):[ \t]*$", before))
    # "revisorsersättare" alone on a line over the names, no colon after it (or a heading's
    # full stop: "Revisorer.")
    bare = list(re.finditer(r"(?m)^[ \t]*([^\W\d][\w -]{1,30}?)[ \t]*\.?[ \t]*$", before))
    bare = [mt for mt in bare if len(mt.group(1).split()) <= 2 and AUDITOR.fullmatch(mt.group(1))]
    if bare and (not labels or bare[-1].start() > labels[-1].start()):
        labels = bare
    if not labels:
        return False
    between = before[labels[-1].end() :]
    if len([ln for ln in between.splitlines() if ln.strip()]) > 4:
        return False
    return AUDITOR.search(labels[-1].group(1)) is not None


def under_adjunct_label(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` comes after a label of co-opted persons ("Adjungerade:
    Bo Ek, ridskolan Eva Lind, …", "Adjungerad ledamot    Bo Ek"): the nearest label before
    it, on its line or within a few short lines above."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    if _ADJUNCT_LABEL.fullmatch(line.strip(" \t:")):
        return True  # "Adjungerad ledamot          Göran Ek": the label in a column before it
    before = text[max(0, pos - 300) : pos]
    labels = list(re.finditer(r"(?m)^[ \t]*([^\W\d][^\n:]{1,39}):", before))
    if not labels or not _ADJUNCT_LABEL.fullmatch(labels[-1].group(1).strip()):
        return False
    between = before[labels[-1].end() :]
    return len([ln for ln in between.splitlines() if ln.strip()]) <= 3


def credited(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` follows a photographer's or writer's credit ("Foto: Erik
    Ek", "Text & foto: Lars Björk"): who took the picture or wrote the page, no seat."""
    line = text.rfind("\n", 0, pos) + 1
    return _CREDIT_BEFORE.search(text, max(line, pos - 40), pos) is not None


def photo_of_several_terms(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the captions of a photo of more than one term's people: the
    sentence just before the paragraph's first caption joins two years ("Vuoden 2023 ja 2024
    hallituksen edustajia yhteiskuvassa. Ylärivi vasemmalta oikealle: A, B …"; a term such as
    "2024-2025" is one). Such a caption mixes past and present members: it gives no seat,
    the page's own list does."""
    blank = text.rfind("\n\n", 0, pos)
    para = blank + 2 if blank >= 0 else 0
    first = _CAPTION_AT.search(text, para, pos)
    if first is None:
        return False
    cap = first.start() + len(first.group()) - len(first.group().lstrip())
    lead_from = max(
        (m.end() for m in re.finditer(r"[.!?]\s", text[para : max(para, cap - 2)])),
        default=0,
    )
    lead = text[para + lead_from : cap]
    return any(a != b for a, b in _YEARS_JOINED.findall(lead))


#: A sentence after a caption naming who is missing from the photo.
_MISSING = re.compile(
    r"(?:^|(?<=[.!]\s))(?P<name>[A-ZÅÄÖ][^.]{2,80}?)\s+(?:saknas|fattas)\s+(?:på|från)\s+"
    r"(?:bilden|fotot|fotografiet)|(?:^|(?<=[.!]\s))(?P<fi1>[A-ZÅÄÖ][^.]{2,80}?)\s+puuttu\w*"
    r"\s+kuvasta|(?:^|(?<=[.!]\s))Kuvasta\s+puuttu\w*\s+(?P<fi2>[A-ZÅÄÖ][^.]{2,80}?)(?=\.|$)"
)
#: A role word and a telephone number after it ("puheenjohtaja 0400 774 515", "ordförande
#: tel. 040 123 4567").
_ROLE_PHONE = re.compile(
    r"([^\W\d][\w .-]{1,40}?)\s+(?:(?:p|puh|tel|tfn)\.?\s*)?\+?\d[\d ()-]{5,}(?!\w)", re.I
)
_VOTES = re.compile(
    r"[\s,:–-]\s*\d+\s*(?:röster|röst|ääntä|ääni|votes?)\s*\.?\s*$",  # noqa: RUF001
    re.I,
)


#: A member's absence from the meeting noted after the name in a minutes' list.
_ABSENT = re.compile(r"(?i)\(?(?:poissa|estynyt|frånvarande|ej\s+närvarande)\)?\.?")


#: A youth, older people's or disability council: its representative in a municipal organ only
#: speaks there.
_INFLUENCE_COUNCIL = re.compile(
    r"(?:nuoriso|vanhus|vammais|ungdoms|äldre|funktionshinder|pensionärs)"
    r"(?:valtuusto|neuvosto|fullmäktige|råd)\w*$"
)
#: "ORDFÖRANDE \u2013 Aino Berg", "Suppleant - Bo Lind": an office, a dash between spaces, a name.
_ROLE_DASH = re.compile(r"\s*([^\W\d][\w .]{1,40}?)\s+[\u2013\u2014-]\s+(?=[A-ZÅÄÖ][a-zåäö])")

#: The term after an entry's office, at the entry's end ("Aino Ek, ordförande på ett år",
#: "Bo Lind och Eva Ek, suppleanter på vardera ett år", "ledamot för två år").
_TERM_TAIL = re.compile(
    r"(?<=[a-zåäö])[ \t]+(?:på|för)[ \t]+(?:vardera[ \t]+)?(?:ett|två|tre|fyra|\d)[ \t]+år"
    r"(?:[ \t]+vardera)?[ \t]*[.]?[ \t]*$"
)
#: The years of a seat's term at a list line's end, after a name ("Aino Ek 14-16", "Bo Lind
#: 2015-2017", "Eva Ek 2016").
_YEARS_TAIL = re.compile(
    r"(?<=[^\W\d])[ \t]+(?:(?:19|20)?\d\d[ \t]*[\u2013-][ \t]*(?:19|20)?\d\d|(?:19|20)\d\d)"
    r"[ \t]*$"
)
#: What follows a list line's names of sitting members whose term goes on ("… har ytterligare
#: ett år kvar på sina mandat", "… har två år kvar").
_TERM_LEFT = re.compile(
    r"\s+har\s+(?:ytterligare\s+)?(?:ett|två|tre|\d)\s+år\s+kvar(?:\s+på\s+sina\s+mandat)?"
    r"[\s.]*$"
)
#: A line's end in a parenthesis holding one or two names of two or three capitalised words
#: each and nothing else: "… Aino Ek pj. (Bo Lind)", "… (Eva Aho, Pia Salo)".
_NAMES_IN_BRACKET_END = re.compile(
    r"\(([ \t]*[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}"
    r"(?:[ \t]*,[ \t]*[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2})?[ \t]*)\)[ \t]*$"
)
#: A list line's opening label and colon: whose seat the line gives ("KYLÄLÄ: ", "- Kylälä: ").
_SEAT_LABEL_OPEN = re.compile(r"[ \t]*(?:[-•*][ \t]*)?[A-ZÅÄÖ][\w .-]*:[ \t]")
_NAME_IN_BRACKET = re.compile(r"[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}")


def _name_spans(inner: str) -> list[tuple[int, int]]:
    """The spans of the names a parenthesis of :data:`_NAMES_IN_BRACKET_END` holds."""
    return [m.span() for m in _NAME_IN_BRACKET.finditer(inner)]


#: After a list entry's first name: its office at most, a comma, a second name and a
#: parenthesis of two names ("Aino Ek| vpj, Eva Aho (Bo Lind, Pia Salo)").
_SECOND_PAIR = re.compile(
    r"(?P<office>[ \t]*[a-zåäö.]*)[ \t]*,[ \t]*(?P<second>[A-ZÅÄÖ][^(),\n]*?)[ \t]*"
    r"\([ \t]*(?P<first_deputy>[A-ZÅÄÖ][^(),\n]*?)[ \t]*,[ \t]*"
    r"(?P<second_deputy>[A-ZÅÄÖ][^(),\n]*?)[ \t]*\)[ \t]*$"
)


#: A passive verb of election opening a list entry, capitalised, before a name: "Väljs A, B
#: och C", "Omvaldes A", "Valittiin A ja B".
_ELECTED_FIRST = re.compile(
    r"[ \t]*(?:(?:Om|Ny|Åter|In)(?:väljs|valdes)|Väljs|Valdes|Valittiin|Valitaan)"
    r"[ \t]+(?=[A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ])"
)


#: A list line's end in a record of attendance, meetings attended of those held, and the
#: member's term in years ("Aino Ek puheenjohtaja 7/7 2003", "Bo Lind 6/7 2002-03").
ATTENDANCE_TAIL = re.compile(
    r"(?<=[\w.])[ \t]+\d{1,2}[ \t]*/[ \t]*\d{1,2}"
    r"(?:[ \t]+(?:19|20)\d\d(?:[ \t]*[\u2013-][ \t]*(?:(?:19|20)?\d\d))?)?[ \t]*$"
)
#: An office's word or abbreviation right after a pair's comma, a space after it ("siht. ",
#: "Pj. "): group 1 the office, ending where the space begins.
_PAIR_OFFICE = re.compile(r"([^\W\d][\w-]*\.?)[ \t]+(?=[A-ZÅÄÖ])")
#: "… Kylätie 8 12345 Kylälä", "… Etelä-Kuja 12 B 4 12345 Ylämaa" ending an entry: a postal
#: address (a street, its number, a postcode of five digits and the post office's town)
#: "… Ordförande3G/Mobil: 045 …", "… ledamot, tel. 040 …", "… LedamotE-post: …": the label of a
#: telephone or an e-mail address after an office, perhaps run into it on a page turned from
#: PDF
CONTACT_LABEL = re.compile(
    r"[ \t]*,?[ \t]*(?:3G[ \t]*/[ \t]*)?"
    r"(?i:mobil|tel|telefon|gsm|puh|puhelin|e-post|e-?mail|sähköposti)"
    r"(?:\.?[ \t]*:|\.?[ \t]*(?=\+?\d))"
)
_POSTAL_TAIL = re.compile(
    r"[ \t]+[A-ZÅÄÖ][\w-]*[ \t]+\d{1,4}(?:[ \t]*[A-Za-z](?:[ \t]*\d{1,3})?)?,?[ \t]+\d{5}"
    r"[ \t]+[A-ZÅÄÖ][\w-]+[ \t]*$"
)


#: The parts of a run of names and places: cut at commas and a last "och"/"ja"/"samt"/"sekä".
_RUN_PARTS = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:och|ja|samt|sekä)[ \t]+")
#: "Testby", "Testnäs/Testö", "Testö / Testfjärdens förening", "Företagsam skärgård": a place
#: or an organisation after a name, capitalised, no digits
_PLACE_PART = re.compile(
    r"[A-ZÅÄÖ][^\W\d]+(?:-[^\W\d]+)?(?:[ \t]+[^\W\d]+){0,3}"
    r"(?:[ \t]*/[ \t]*[A-ZÅÄÖ][^\W\d]+(?:-[^\W\d]+)?(?:[ \t]+[^\W\d]+){0,3})?"
)
#: "(ordförande)", "(vpj.)": an office in parentheses closing a part of a run
_OFFICE_IN_PARENTHESES = re.compile(r"[ \t]*\(([^()\d]{2,30})\)[ \t]*$")
#: A bullet line's opening: the bullet and the spaces around it.
_BULLET_OPEN = re.compile(r"[ \t]*[•·▪◦●][ \t]+")
#: A bullet line of one name, a comma and one more piece, no other comma nor conjunction
#: ("  • Bo Lind, Norrby Fiber").
_NAME_COMMA_ORG_BULLET = re.compile(
    r"[ \t]*[•·▪◦●][ \t]+[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,3}[ \t]*"
    r"(?:\([^()\n]*\)[ \t]*)?,[ \t]*[^,\n]+$"
)
_CONJUNCTION = re.compile(r"(?i)(?<![\w-])(?:och|samt|ja|sekä)(?![\w-])|&")


def _name_org_bullet_lines(text: str, is_post: Callable[[str], object]) -> set[int]:
    """Where the bullet lines of ``text`` begin whose run's other lines (three or more, most
    of them) are each one name, a comma and one more piece that is no post ("• Bo Lind,
    Norrby Fiber"): a list of people and where each comes from, one person a line."""
    found: set[int] = set()
    run: list[tuple[int, bool]] = []  # (where the line begins, whether it has that shape)

    def close() -> None:
        shaped = sum(1 for _at, ok in run if ok)
        for at, ok in run:
            others = shaped - ok
            if others >= 3 and 2 * others > len(run) - 1:
                found.add(at)
        run.clear()

    at = 0
    for ln in text.split("\n"):
        if _BULLET_OPEN.match(ln):
            run.append(
                (
                    at,
                    bool(_NAME_COMMA_ORG_BULLET.fullmatch(ln))
                    and not _CONJUNCTION.search(ln)
                    and not is_post(ln[ln.rfind(",") + 1 :].strip(" .\t")),
                )
            )
        elif run:
            close()
        at += len(ln) + 1
    if run:
        close()
    return found


def _membership(
    ctx: Context,
    actor: Mention,
    role: str,
    quote: tuple[int, int],
    confidence: float,
    rule: str,
    *,
    target: Mention | None = None,
    on_behalf_of: Mention | None = None,
    deputy_for: Mention | None = None,
    note: str = "",
) -> Finding:
    target = target or ctx.body
    if ctx.status:
        return Finding(
            "candidacy",
            actor,
            role,
            target,
            quote,
            confidence,
            rule,
            on_behalf_of=on_behalf_of,
            status=ctx.status,
            note=note,
        )
    if target is None:
        confidence -= 0.3
    return Finding(
        "membership",
        actor,
        role,
        target,
        quote,
        confidence,
        rule,
        on_behalf_of=on_behalf_of,
        deputy_for=deputy_for,
        note=note,
    )


#: A party's abbreviation in parentheses before a list entry's name ("(SD) Inger Holm",
#: "(kok.) Aino Ahola").
_PARTY_FIRST = re.compile(r"\s*\((?:[A-ZÅÄÖ]{1,4}|[a-zåäö]{1,6}\.?)\)\s+(?=[A-ZÅÄÖÜ])")

#: The rest of a title after its first word, before a name: lower-case words, an
#: abbreviation in capitals or in parentheses, commas ("Rakennusneuvos, DI …",
#: "Yksikönjohtaja (OYS) …", "…neuvos, terveystieteiden kand. …").
_MORE_TITLE = re.compile(
    r"(?:\s*,?\s+(?:[a-zåäö][\w-]*\.?|[A-ZÅÄÖ]{2,4}\.?|\([A-ZÅÄÖ]{2,6}\)))+\s+(?=[A-ZÅÄÖÜ])"
)

#: "Institutets direktor, Docent …": a head's title with the institution in the genitive
#: before it and a comma after it, then more of the title or the name.
_GENITIVE_TITLE_COMMA = re.compile(r"\s*([A-ZÅÄÖ][a-zåäö-]+)\s+([a-zåäö][\w-]+)\s*,\s*(?=[A-ZÅÄÖ])")

#: "Styrelsens ordförande …", "Hallituksen puheenjohtaja …": a body in the genitive and an
#: officer's post before a name on a list line.
_BODY_OFFICE_FIRST = re.compile(
    r"\s*([A-ZÅÄÖ][\w-]+)\s+((?:vice\s+|vara)?[a-zåäö]+)\s+(?=[A-ZÅÄÖ])"
)

#: "Generalsekreterare": the title of an organisation's chief executive.
_GENERAL_SECRETARY = re.compile(r"(?i)generalsekreterare")

#: A dash glued to the word before it, space after it ("Norrby- vice ordförande").
_GLUED_DASH = re.compile(r"(?<=[a-zåäö])[\u2013\u2014-]\s+")

#: "(vice ordförande)": a parenthesis holding nothing but an office, after a name.
_PAREN_OFFICE = re.compile(r"\(\s*([^()]+?)\s*\)\s*[.,;]?\s*")
#: A verb of being right after a name, or in a clause set off after it, then the first word of
#: the post said ("Maria Ek har varit spelledare", "Bo Lind är dansledare", "Eva Berg, som är
#: projektanställd, …").
_IS_POST = re.compile(
    r"(?:[ \t]+|[ \t]*,[ \t]*som[ \t]+)(?:har[ \t]+varit|är|var)[ \t]+(?P<post>[a-zåäö][\w-]*)"
)
#: A word in lower case (an office's after a name).
_LOWER_WORD = re.compile(r"[a-zåäö][a-zåäö-]*")
#: The words that join the last name of a list to the others.
_JOINERS = ("och", "samt", "ja", "sekä", "&")
#: A participle before an office that keeps it the office ("protokollförande sekreterare",
#: "korresponderande sekreterare").
_PARTICIPLE = re.compile(r"[a-zåäö]{4,}(?:ande|ende)")
#: One word of a duty a board's member has ("kassör", "stugfogde", "webbansvarig").
_DUTY_WORD = re.compile(r"kassör|[a-zåäö]*fogde|[a-zåäö]*ansvarig|[a-zåäö]*värd")
#: "Sekreterare Bo Ek och Eva Lind": a second person joined to the first after an office that
#: opens a list line, the two sharing it.
_AND_SECOND = re.compile(r"[ \t]+(?:och|samt|ja|sekä|&)[ \t]+(?=[A-ZÅÄÖ])")

#: The abbreviation of an acting post before a job title ("Vs. johtaja", "va. rehtori",
#: "T.f. direktör"): part of the title, never of the name.
_ACTING = re.compile(r"\s*(?:[Vv][sa]|[Tt]\.\s?f|[Tt]f)\.\s+(?=[a-zåäöA-ZÅÄÖ])")

#: A post after a name with the month it was held until or from ("sekreterare t.o.m. maj 2018",
#: "kassör fr.o.m. februari 2018", "ordförande till och med mars"): ``until`` a seat left on
#: the way, ``from`` one taken on the way and held.
_POST_UNTIL_FROM = re.compile(
    r"\s*,?\s*(?P<post>[a-zåäö][a-zåäö-]+(?:\s+[a-zåäö][a-zåäö-]+)?)\s*,?\s+"
    r"(?:(?P<until>t\.\s?o\.\s?m\.?|till\s+och\s+med)|(?P<from>fr\.\s?o\.\s?m\.?|från\s+och\s+med))"
    r"\s*(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
    r"\.?\s*(?:(?:19|20)\d\d)?\s*\.?\s*$"
)

#: A post with the date its seat ended or began after it ("puheenjohtaja 31.5.2023 saakka"), or
#: two such posts one after the other ("varapuheenjohtaja 31.5. saakka ja puheenjohtaja 1.6.
#: alkaen"): the post, the later of two.
_DATED_POST = re.compile(
    r"(?:(?P<before>.+?)\s+\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s+(?:saakka|asti)\s+(?:ja|sekä)\s+)?"
    r"(?P<post>.+?)\s+\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s+(?:saakka|asti|alkaen|lähtien)"
)

#: An officer's post joined to the level of the body ("förbundsordförande", "vice
#: distriktsordförande", "förbundskassör", "förbundsstyrelseledamot"), perhaps with a second
#: post after a slash.
_LEVEL_POST = re.compile(
    r"(?i)(?P<vice>vice\s*)?(?P<level>förbunds|distrikts|krets|riks|förenings)"
    rf"(?P<post>ordförande|sekreterare|{words_pattern(SV.treasurer)}|styrelseledamot)"
    r"(?:\s*/\s*\w+)?"
)
_LEVEL_STEM = {
    "förbunds": "förbund",
    "distrikts": "distrikt",
    "krets": "krets",
    "riks": "riks",
    "förenings": "förening",
}


def _level_role(part: str, body: Mention | None) -> str:
    """ "förbundsordförande" in a list of "Njurförbundets förbundsstyrelse": the post of the
    list's own body, whose name has the level's word, or is the bare board word
    ("Styrelsen": no other organisation or level named); "" otherwise."""
    if body is None:
        return ""
    mt = _LEVEL_POST.fullmatch(_ORDINAL_BEFORE_VICE.sub("", part.strip()))
    if mt is None:
        return ""
    name = body.name.casefold()
    if _LEVEL_STEM[mt.group("level").casefold()] not in name and name not in BARE_BOARDS:
        return ""
    return level_post_role(part)


#: The board's bare word, naming no organisation or level ("Styrelsen").
BARE_BOARDS = ("styrelse", "styrelsen")
#: "A och B ordinarie ledamöter", "C ja D varajäsenet": two names, then one post's plural.
_TWO_NAMES_ONE_POST = re.compile(
    r"(?P<first>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2})[ \t]+(?:och|ja)[ \t]+"
    r"(?P<second>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2})[ \t]+"
    r"(?P<post>(?:ordinarie[ \t]+|varsinaiset[ \t]+)?[a-zåäö]+)[ \t]*\.?"
)
#: The plural endings of a seat's word ("ledamöter", "suppleanter", "jäsenet").
_PLURAL_POST = re.compile(r"(?:öter|anter|are|ar|er|et|t)$")
#: An ordinal word before "vice" ("förste vice förbundsordförande").
_ORDINAL_BEFORE_VICE = re.compile(r"(?i)^(?:förste|första|andre|andra|[12]:[ae])[ \t]+(?=vice)")


def level_post_role(part: str) -> str:
    """The seat an officer's post joined to a level names, whoever's it is
    ("vice förbundsordförande": vice_chair, "förbundskassör": member); "" for other words."""
    mt = _LEVEL_POST.fullmatch(_ORDINAL_BEFORE_VICE.sub("", part.strip()))
    if mt is None:
        return ""
    post = mt.group("post").casefold()
    if post == "ordförande":
        return "vice_chair" if mt.group("vice") else "chair"
    if mt.group("vice"):
        return "member"  # a vice secretary or vice treasurer: a task of a member
    return "secretary" if post == "sekreterare" else "member"


#: An ordinal before a post ("1:e vice ordförande", "Andre vice ordförande").
_ORDINAL_WORD = re.compile(r"(?i)[1-3]:[ae]|förste|andre|första|andra|tredje")


#: Two titles joined, the first cut short by a hyphen ("Liikenne- ja viestintäministeri",
#: "Kultur- och fritidschef"), then a capitalised word: the title before a name.
_JOINED_TITLE = re.compile(
    r"\s*[A-ZÅÄÖÜ][\w]*-[ \t]+(?:ja|sekä|och|samt)[ \t]+([a-zåäöü][\w-]+)[ \t]+(?=[A-ZÅÄÖÜ])"
)


#: A capitalised word of a name ("Ek", "Ann-Maj", "O'Neill").
_CAPITAL_WORD = re.compile(r"[A-ZÅÄÖÜ][\w'’-]+")  # noqa: RUF001
_NAME_INITIAL = re.compile(NAME_HYPHEN_INITIAL + r"\.")


#: "Ek, Bo": a surname, a comma and one first name, each one capitalised word.
_SURNAME_COMMA_FIRST = re.compile(r"([A-ZÅÄÖÜ][\w'’-]+),\s*([A-ZÅÄÖÜ][\w'’-]+)")  # noqa: RUF001
#: A line that is only a name printed surname first with a comma ("Ahola, Aino").
_SURNAME_COMMA_LINE = re.compile(
    r"[ \t•*-]*[A-ZÅÄÖÜ][\w'’-]+(?:[ \t][A-ZÅÄÖÜ][\w'’-]+)?,[ \t]*[A-ZÅÄÖÜ][\w'’-]+[ \t.]*"  # noqa: RUF001
)
#: A line that is only a name printed surname first with a comma, one word each ("Ek, Bo").
_ONE_SURNAME_COMMA_LINE = re.compile(
    r"[ \t•*-]*[A-ZÅÄÖÜ][\w'’-]+,[ \t]*[A-ZÅÄÖÜ][\w'’-]+[ \t.]*"  # noqa: RUF001
)
#: "Ek Lind, Bo": a double surname, a comma and a first name.
_DOUBLE_SURNAME_COMMA_FIRST = re.compile(
    r"([A-ZÅÄÖÜ][\w'’-]+[ \t][A-ZÅÄÖÜ][\w'’-]+),[ \t]*([A-ZÅÄÖÜ][\w'’-]+)"  # noqa: RUF001
)
#: "Ek, Ma": surname first, the first name one or two letters (cut by the page's end?).
_CUT_FIRST_NAME = re.compile(r"[A-ZÅÄÖÜ][\w'’-]+,\s*[A-ZÅÄÖÜ][a-zåäöü]?")  # noqa: RUF001


class ListReader:
    def __init__(self, reader: Reader) -> None:
        self.r = reader
        self.lex = reader.lex
        #: The text last asked about and its lines of :func:`_name_org_bullet_lines`.
        self._bullets_of: tuple[str, set[int]] | None = None
        #: The text last asked about and its lines of :meth:`_bracket_name_lines`.
        self._bracketed_of: tuple[str, set[int]] | None = None

    def _bracket_deputies(self, text: str, start: int) -> bool:
        """Whether the entry at ``start`` is on a line of a run of three lines or more, one
        after another, each opening with a label and a colon (whose seat it is) and ending in a
        parenthesis that holds a person's name and nothing else ("KYLÄLÄ: Aino Ek pj. (Bo
        Lind)"): the names in the parentheses are the personal deputies of the members the
        lines name (read once a text)."""
        if self._bracketed_of is None or self._bracketed_of[0] is not text:
            self._bracketed_of = (text, self._bracket_name_lines(text))
        return text.rfind("\n", 0, start) + 1 in self._bracketed_of[1]

    def _second_pair(
        self, text: str, start: int, end: int, person: Mention
    ) -> tuple[Mention, Mention, Mention] | None:
        """ "Aino Ek vpj, Eva Aho (Bo Lind, Pia Salo)" in a list whose parentheses hold the
        deputies: after the first member (and her office), a comma, a second member and a
        parenthesis of two names, the first member's deputy and the second's."""
        mt = _SECOND_PAIR.match(text, start, end)
        if mt is None:
            return None
        office = mt.group("office").strip(" \t.")
        if office and not self.lex.role_of(office):
            return None
        found = []
        for group in ("second", "first_deputy", "second_deputy"):
            p = self._person(text, mt.start(group), mt.end(group))
            if p is None or p.end != mt.end(group):
                return None
            found.append(p)
        if len({p.name.casefold() for p in (person, *found)}) != 4:
            return None
        return found[0], found[1], found[2]

    def _bracket_name_lines(self, text: str) -> set[int]:
        out: set[int] = set()
        run: list[int] = []
        at = 0
        for line in [*text.split("\n"), ""]:
            mt = _NAMES_IN_BRACKET_END.search(line)
            if (
                mt is not None
                and mt.start() > 0
                and _SEAT_LABEL_OPEN.match(line) is not None
                and all(
                    (p := self._person(text, at + mt.start(1) + a, at + mt.start(1) + b))
                    is not None
                    and p.end == at + mt.start(1) + b
                    # "Laitinen Hanne (Aila Niinikosken)": the genitive, whom the deputy stands for
                    and p.case != "gen"
                    for a, b in _name_spans(mt.group(1))
                )
            ):
                run.append(at)
            else:
                if len(run) >= 3:
                    out.update(run)
                run = []
            at += len(line) + 1
        return out

    def _name_org_bullet(self, text: str, start: int) -> bool:
        """Whether the entry at ``start`` is on a bullet line of a run of "Name,
        Organisation" lines (:func:`_name_org_bullet_lines`, read once a text)."""
        if self._bullets_of is None or self._bullets_of[0] is not text:
            self._bullets_of = (text, _name_org_bullet_lines(text, self.lex.role_of))
        lo = text.rfind("\n", 0, start) + 1
        return lo in self._bullets_of[1] and bool(_BULLET_OPEN.match(text, lo, start + 1))

    # -- one entry ----------------------------------------------------------------------------

    def _office_and_duty(self, label: str) -> str | None:
        """ "Sihteeri ja tiedotusvastaava", "Varapuheenjohtaja ja jäsenasioiden vastaava": an
        office, then "ja" and a duty in lower case that names no role: the office; None for
        any other label."""
        pieces = _AND_SPLIT.split(label.strip())
        if len(pieces) != 2:
            return None
        role = self.lex.role_of(pieces[0])
        duty = pieces[1]
        if (
            role not in ("chair", "vice_chair", "secretary")
            or not _LOWER_WORDS.fullmatch(duty)
            or self.lex.find_role(duty) is not None
        ):
            return None
        return role

    def _seat_in_own_body(self, label: str, ctx: Context) -> str | None:
        """ "Ersättare i styrelsen" in the list of Klubbstyrelsen: a member's or a deputy's
        seat "in" the list's own body, said by its bare word; None for any other label (a seat
        in another body: "Ersättare i valberedningen")."""
        mt = re.fullmatch(r"(\w+(?:[ \t]+\w+)?)[ \t]+i[ \t]+(\w+)", label.strip())
        if mt is None or ctx.body is None or not self.lex.body_kind(mt.group(2).casefold()):
            return None
        role = self.lex.role_of(mt.group(1))
        word = mt.group(2).casefold()
        own = ctx.body.name.casefold().split()[-1]
        if role not in ("member", "deputy_member") or word[: max(4, len(word) - 2)] not in own:
            return None
        return role

    def _own_officer_label(self, label: str, ctx: Context) -> str | None:
        """ "Valberedningens ordförande" under Valberedningen: an office of the list's own
        body, the body named in the genitive before it; None for another body's office
        ("Kommunstyrelsens ordförande" under "Valberedningen") and any other label; one word
        joining the list's body's bare word to a seat's ("Styrelseordförande" under Styrelsen,
        a linking "s" aside; the language's board, "Styrelsen", while no body is known yet) is
        that seat too."""
        own = (ctx.body.name if ctx.body is not None else self.lex.board).casefold()
        word = label.strip().casefold()
        if self.lex.lang == "sv" and re.fullmatch(r"[a-zåäö]{6,}", word):
            for i in range(3, len(word) - 2):
                front = word[:i]
                if any(
                    own in (stem, stem + "en", stem + "n", stem + "et")
                    for stem in {front, front.removesuffix("s")}
                ):
                    role = self.lex.role_of(word[i:])
                    if role in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                        return role
        if self.r.finnish and ctx.body is not None:
            # "Johtokunnan varajäsenet" under "Testilän Visan johtokunta": the seats of the
            # list's own body, named in the genitive before them
            fi = re.fullmatch(r"([A-ZÅÄÖ][a-zåäö-]+n)\s+([a-zåäö][\w .-]*)", label.strip())
            found = self.r.bodies(tokens(fi.group(1))) if fi is not None else []
            if (
                found
                and found[0].name.casefold().split()[-1] == ctx.body.name.casefold().split()[-1]
            ):
                return self.lex.role_of(fi.group(2))
        mt = re.fullmatch(r"([A-ZÅÄÖ][a-zåäö]+)s\s+([a-zåäö][\w .-]*)", label.strip())
        if mt is None or ctx.body is None:
            return None
        stem = mt.group(1).casefold()
        if not self.lex.body_kind(stem) or not ctx.body.name.casefold().startswith(stem):
            return None
        return self.lex.role_of(mt.group(2))

    def _label_body(self, text: str, s0: int, label: str, ctx: Context) -> Mention | None:
        """The body a list line's label is, and nothing else ("Juhlatoimikunta", "Lehden
        toimituskunta"), when it is not the body of the list (``ctx.body``) nor its bare
        word; else None."""
        if ctx.body is None or not self.lex.body_kind(label.split()[-1]):
            return None
        named = [
            b for b in self.r.bodies(tokens(text, s0, s0 + len(label.rstrip()))) if not b.plural
        ]
        if len(named) != 1 or named[0].end < s0 + len(label.rstrip()):
            return None
        own = named[0]
        if own.name.casefold() == ctx.body.name.casefold() or ctx.body.name.casefold().endswith(
            own.name.casefold()
        ):
            return None
        return dataclasses.replace(own, name=own.name[:1].upper() + own.name[1:])

    def entry(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """The facts of one list entry ``text[start:end]`` (its bullet already taken off),
        with the seats in other bodies it states after a slash."""
        if _LEAD_IN_LINE.fullmatch(text, start, end):
            # "Pga Christer Ellburgs timeout omkonstituerades styrelsen 2015-12-07:": a
            # sentence leading in the list below it, no entry
            return []
        if (post := _POSTAL_TAIL.search(text, start, end)) is not None and post.start() > start:
            # "Aino Ek Kylätie 8 12345 Kylälä": the person's postal address after the name
            end = post.start()
        if (
            (call := CONTACT_LABEL.search(text, start, end)) is not None
            and call.start() > start
            and self.lex.find_role(text[start : call.start()])
            and not re.search(rf"(?i)\(|{self.lex.deputies}", text[call.start() : end])
        ):
            # "Aino Ek, Ordförande3G/Mobil: 045 123 4567E-post: …": a page turned from PDF runs
            # the office into the telephone and e-mail that follow it; they are no part of it
            # (but "…, puh. 040 … (varajäsen Bo Lind)": more of the entry after them)
            end = call.start()
        if (seen := ATTENDANCE_TAIL.search(text, start, end)) is not None and seen.start() > start:
            # "Aino Ek puheenjohtaja 7/7 2003": the meetings she attended and her term are no
            # part of the name nor of the office
            end = seen.start()
        if (years := _YEARS_TAIL.search(text, start, end)) is not None and years.start() > start:
            # "Varapuheenjohtaja Tommi Kaasalainen 14-16": the years of the seat's term
            end = years.start()
        if (term := _TERM_TAIL.search(text, start, end)) is not None and (
            self.lex.find_role(text[start : term.start()])
        ):
            # "Aino Ek, ordförande på ett år": the term after the office is no part of it
            end = term.start()
        if (verb := _ELECTED_FIRST.match(text, start, end)) is not None:
            # "Ordinarie ledamöter: Väljs A, B och C på 2 år": the verb that elects the names
            # is no part of the first one
            start = verb.end()
        if (ordinal := _ORDINAL_BEFORE_VICE.match(text[start:end])) is not None:
            # "1:a vice ordförande Johan Andersson (S) Eslöv", "Andre vice ordförande Eva Ek":
            # which vice chair, the seat the same
            start += ordinal.end()
        if (pair := self._two_names_one_post(text, start, end, ctx)) is not None:
            return pair
        found = self._entry(text, start, end, ctx) or self._duties_then_name(text, start, end, ctx)
        found = [
            f
            for f in found
            if f.kind != "membership"
            or f.actor.kind != "person"
            or not _ORGANISATION_LAST.search(f.actor.name)
        ]
        if AUDITOR.search(text, start, end) or _ADJUNCT_AFTER.search(text, start, end):
            # "Kent Ek valdes till förtroendevald revisor": an auditor holds no seat in the body;
            # nor does "Bo Ek (adjungerad)", co-opted, heard but holding no seat
            return [f for f in found if f.kind != "membership"]
        held = [f for f in found if f.kind == "membership" and f.actor.kind == "person"]
        if (
            held
            and not ctx.status
            and (status := self.lex.not_member_status(text[held[0].actor.end : end]))
        ):
            # "Christer Bogren, nominerad som ledamot", "Aino Ek (ehdolla)": the entry says the
            # person is only nominated, a candidate or an applicant for the seat, no holder
            for f in held:
                f.kind, f.status = "candidacy", status
            return found
        if (
            held
            and (said := _IS_POST.match(text, held[0].actor.end, end)) is not None
            and self.lex.is_occupation(said.group("post"))
            and not self.lex.find_role(said.group("post"))
        ):
            # "Maria Ek har varit spelledare och konstnärlig ledare": a sentence giving the
            # person a post outside the body's seats (a job the lexicon knows), no seat
            return [f for f in found if f.kind != "membership"]
        if not held or ctx.status or "/" not in text[start:end]:
            return found
        person = held[0].actor
        have = {(f.actor.name, f.role, f.target.name if f.target else "") for f in found}
        first = start + text[start:end].index("/")
        for seat_role, other in self._seats_elsewhere(text, first, end, ctx.body):
            if (person.name, seat_role, other.name) in have:
                continue
            found.append(
                _membership(
                    ctx,
                    person,
                    seat_role,
                    held[0].quote,
                    person.confidence - 0.15,
                    "list-seat-elsewhere",
                    target=other,
                )
            )
        return found

    def _semicolon_entries(
        self, text: str, start: int, end: int, ctx: Context, commas: bool = False
    ) -> list[Finding] | None:
        """ "Aino Ahola (pj.); Pekka Puu, Kylälä; Eeva Ek (varajäsen Olli Oja)": a list run on
        one line with semicolons between its entries, each read as an entry of its own — when
        every part names a person at its start (else None: not such a run). With ``commas``,
        the same for entries cut at commas and a last "ja"/"och" outside brackets ("A (pj.)
        (vj. B), C (vj. D) ja E")."""
        depth, cuts = 0, []
        for i in range(start, end):
            ch = text[i]
            depth += (ch == "(") - (ch == ")")
            if ch == (";" if not commas else ",") and depth == 0:
                if commas and re.match(rf"\s*(?:{self.lex.deputies})", text[i + 1 : end], re.I):
                    continue  # "A (Org), varalla B (Org)": the deputy belongs to the entry
                cuts.append((i, i + 1))
            elif commas and depth == 0 and (mt := _LAST_AND.match(text, i, end)):
                cuts.append((i, mt.end()))
        if not cuts or (ctx.body is None and not ctx.listing):
            return None
        out: list[Finding] = []
        bounds = [(start - 1, start), *cuts, (end, end)]
        label = re.match(r"\s*([^\W\d][\w .-]{1,40}?)\s*:\s+", text[start:end])
        seat = self.lex.role_of(label.group(1)) if label is not None else None
        # "Ledamöter: A (S), B (S), C (M)": the members' (or deputies') label is every
        # entry's, not the seat of a heading above the line; an officer's label is the first
        # entry's alone ("Varapuheenjohtaja: A; B; C")
        rest = dataclasses.replace(ctx, role=seat) if seat in ("member", "deputy_member") else ctx
        for (_a0, a), (b, _b1) in itertools.pairwise(bounds):
            s0, e0 = a, b
            while s0 < e0 and text[s0].isspace():
                s0 += 1
            if s0 >= e0 or text[s0:e0].strip(" .") == "":
                continue
            found = self.entry(text, s0, e0, ctx if s0 == start else rest)
            held = [f for f in found if f.kind == "membership" and f.actor.kind == "person"]
            if not held or held[0].actor.start > s0 + 40:
                return None
            out += found
        return out

    def _two_names_one_post(
        self, text: str, start: int, end: int, ctx: Context
    ) -> list[Finding] | None:
        """ "Bertil Franck och Sonja Ferdman Larsson ordinarie ledamöter", "Birgitta
        Augustsson och Johanna Nygren suppleanter": two names joined by "och" (or "ja"), then
        the plural of a seat's word that both hold; None for any other entry."""
        mt = _TWO_NAMES_ONE_POST.fullmatch(text, start, end)
        if mt is None or ctx.body is None:
            return None
        post = mt.group("post").casefold()
        role = self.lex.role_of(post)
        if role not in ("member", "deputy_member") or not _PLURAL_POST.search(post):
            return None
        people = []
        for part in ("first", "second"):
            a, b = mt.start(part), mt.end(part)
            found = self.r.persons(tokens(text, a, b), in_list=True)
            if len(found) != 1 or found[0].start != a or found[0].end != b:
                return None
            people.append(found[0])
        return [
            Finding("membership", person, role, ctx.body, (start, end), 0.7, "list-two-names")
            for person in people
        ]

    def _entry(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        if not ctx.status and _VOTES.search(text[start:end]):
            # "Steven Frostdahl, 2 röster": a vote's result names candidates, not members
            ctx.status = "candidate"
            try:
                return self.entry(text, start, end, ctx)
            finally:
                ctx.status = ""
        labels = [
            mt
            for mt in re.finditer(r"(?:^|[,;]\s*)([^\W\d][\w .-]{1,40}?)\s*:\s+", text[start:end])
            if self.lex.role_of(mt.group(1))
        ]
        if len(labels) >= 2 and labels[0].start() == 0:
            # "Puheenjohtaja: Aino Ahola, varapuheenjohtaja: Kaisa Koski": one entry a label
            out: list[Finding] = []
            for a, b in itertools.pairwise([*labels, None]):
                s0 = start + a.start(1)
                e0 = start + b.start() if b is not None else end
                out += self.entry(text, s0, e0, ctx)
            return out
        if (semicolons := self._semicolon_entries(text, start, end, ctx)) is not None:
            return semicolons
        # "• Aino Ek (ordf), Norrby Fiber" among "• Bo Lind, Byns Fiber" lines: one person a
        # line, the words after the comma where she comes from
        one_a_line = ctx.listing and self._name_org_bullet(text, start)
        if (
            ctx.listing
            and not ctx.pairs
            and not one_a_line
            and re.search(r"\)\s*,", text[start:end])
            and (run := self._semicolon_entries(text, start, end, ctx, commas=True)) is not None
        ):
            return run  # "A (pj.) (vj. B), C (vj. D) ja E (vj. F)": each with its brackets
        quote = (start, end)
        party = _PARTY_FIRST.match(text, start, end)
        if party is not None and self._person(text, party.end(), end) is not None:
            # "(SD) Inger Holm", "(kok.) Aino Ahola": the party printed before the name
            start = party.end()
        if not ctx.status and (seat := self._seat_with_deputy(text, start, end, ctx, quote)):
            return seat
        label_role = ""
        body = text[start:end]
        m = (
            re.match(rf"\s*((?:\d+\.\s*)?[^\W\d][\w .-]{{1,40}}?){_LABEL_TERM}\s*:\s+(?=\S)", body)
            or (self._office_dash(body) if ctx.listing else None)
            # "Fr v, A vice ordf, B, C.": a caption's abbreviated label before a comma
            or _CAPTION_COMMA.match(body)
            or self._semicolon_label(body)
        )
        label_party = None
        # (the line's own label names a post outside the five roles: "Rahastonhoitaja: A")
        post_label = False
        if m and _ADJUNCT_LABEL.fullmatch(m.group(1).strip()):
            return []  # "Adjungerade: Bo Ek, ridskolan": co-opted, heard but holding no seat
        if (
            m
            and PRESENT_WORD.fullmatch(m.group(1).strip())
            and MEMBERS_MEETING.search(text, max(0, start - 800), start)
        ):
            # "Närvarande: A, B, C" in the minutes of an association's annual meeting: those
            # present are its members, no body's
            return []
        if m and _LEAVING_LABEL.fullmatch(m.group(1).strip()):
            return []  # "Avgår gör följande: A, B", "Eroavat jäsenet: A": the names that leave
        elected = _ELECTION_OF.fullmatch(m.group(1).strip()) if m else None
        if elected is not None and not self.lex.role_of(elected.group("what")):
            # "Val av valberedning (1 år): Bo Ek": the seats of the body the item elects; "Val
            # av vaktmästare (1 år): Bo Ek", "Val av kaffevärdar: …": a post outside any body
            s0 = start + m.start(1) + elected.start("what")
            named = [
                b
                for b in self.r.bodies(tokens(text, s0, s0 + len(elected.group("what"))))
                if not b.plural
            ]
            if len(named) != 1 or ctx.status:
                return []
            body = named[0]
            return self.entry(
                text,
                start + m.end(),
                end,
                dataclasses.replace(
                    ctx,
                    body=dataclasses.replace(body, name=body.name[:1].upper() + body.name[1:]),
                    role="",
                    listing=False,
                ),
            )
        if (
            m is not None
            and not ctx.status
            and (own := self._label_body(text, start + m.start(1), m.group(1), ctx)) is not None
            and len(self._name_list(text, start + m.end(), end)) >= 2
        ):
            # "Lehden toimituskunta: A, B ja C" in the board's roster: the label names a body of
            # its own, whose members the names are (not more of the roster's body)
            return self.entry(
                text,
                start + m.end(),
                end,
                dataclasses.replace(ctx, body=own, role="member", listing=True, pairs=False),
            )
        caption = bool(m and _CAPTION.fullmatch(m.group(1).strip()))
        if caption and m is not None:
            # "Från vänster: A, B och C. D saknas på bilden.": a photo's caption names the
            # people of the body in the picture, and the one missing from it
            start += m.end()
            body = text[start:end]
            names, missing = self._caption_names(text, start, end)
            if len(names) >= 2:
                role = ctx.role or "member"
                return [
                    _membership(ctx, p, role, quote, p.confidence, "list-caption")
                    for p in [*names, *missing]
                ]
        elif m and (
            role := self.lex.role_of(m.group(1))
            or self._own_officer_label(m.group(1), ctx)
            or self._seat_in_own_body(m.group(1), ctx)
            or self._office_and_duty(m.group(1))
            # "Styrelsesuppleant (1 år): Bo Ek": the board's deputy, in one word
            or ("deputy_member" if _BOARD_DEPUTY.fullmatch(m.group(1).strip()) else None)
        ):
            label_role = role
            start += m.end()
            body = text[start:end]
            # ("Ersättare: Aino Ek och Bo Lind.": the full stop closing a seats' line is no
            # name's; an officer's label names one person, the names after hers are others')
            seats = role in ("member", "deputy_member")
            names = self._name_list(text, start, len(text[:end].rstrip(" .\t")) if seats else end)
            # "Vice sekreterare: Håkan Ek, Attention Lindesberg": one officer's seat, the words
            # after the comma where the officer comes from (the other lines' shape)
            one_officer = (
                _ONE_OFFICER.search(m.group(1).strip()) is not None
                and len(names) == 2
                and not re.search(
                    r"\s(?:och|ja|samt|sekä)\s|&", text[names[0].end : names[1].start]
                )
            )
            if (
                len(names) >= 2 and not one_officer
            ):  # "Jäsenet: Liisa Laine, Matti Mäki ja Onni Oja"
                return [_membership(ctx, p, role, quote, p.confidence, "list-names") for p in names]
            if len(names) < 2 and (run := self._name_place_run(text, start, end)):
                # "Ledamöter: Aino Ek, Testby (ordförande), Bo Lind, Testvik, …"
                return [
                    _membership(ctx, p, said or role, quote, p.confidence - 0.05, "list-places")
                    for p, said in run
                ]
        elif (
            m
            and not ctx.status
            and _SEATS_GO_ON_LABEL.match(m.group(1).strip())
            and len(names := self._name_list(text, start + m.end(), end)) >= 2
        ):
            # "Kvarstår ytterligare ett år: A, B, C" under a board's election: the members
            # whose terms go on, a label of no office
            return [_membership(ctx, p, "member", quote, p.confidence - 0.1, "list-names")
                    for p in names]  # fmt: skip
        elif m and self._post_title(m.group(1)) and self._person(text, start + m.end(), end):
            # "Tiedottaja: Louna Leisti": a post the lexicon does not know, not a party
            start += m.end()
            post_label = True
            body = text[start:end]
        elif m and m.group(1)[:1].isupper() and self._person(text, start + m.end(), end):
            # "Kuopio: Matti Meikäläinen (varajäsen ...)": the seat's municipality or party (not
            # "Kassör: Bo Ek", "Övriga ledamöter: Eva Lund": a post or a seat's word, no place)
            s0 = start + m.start(1)
            label = m.group(1)
            # (nor a duty's label, "Fastighetsansvarig: Eva Lind": a post in the body, no place)
            post_label = self.lex.find_role(label) is None and bool(
                _TREASURER.fullmatch(label.strip())
                or _DUTY_FIRST.fullmatch(label.strip())
                or DUTY_LABEL.fullmatch(label.strip())
            )
            if not post_label and self.lex.find_role(label) is None:
                label_party = self._organisation(text, s0, s0 + len(m.group(1))) or Mention(
                    s0, s0 + len(m.group(1)), m.group(1), m.group(1), "municipality", 0.5
                )
            start += m.end()
            body = text[start:end]
        if not label_role and ctx.listing and not ctx.pairs and not ctx.status:
            if (left := _TERM_LEFT.search(text, start, end)) is not None:
                # "Aino Ek, Bo Lind och Eva Salo har ytterligare ett år kvar på sina mandat":
                # members of the listed body whose term goes on
                names = self._name_list(text, start, left.start())
                if names:
                    return [_membership(ctx, p, "member", quote, p.confidence - 0.1,
                                        "list-term-left") for p in names]  # fmt: skip
            if (
                (comma := text.rfind(",", start, end)) > start
                and (said := self.lex.role_of(text[comma + 1 : end].strip(" .\t")))
                in ("member", "deputy_member")
                and len(names := self._name_list(text, start, comma)) >= 2
                and text[names[-2].end : names[-1].start].strip().casefold()
                in ("och", "ja", "samt", "sekä", "&")
            ):
                # "Bo Lind och Eva Salo, suppleanter": the names joined by "och", then the seat
                # they share
                return [_membership(ctx, p, said, quote, p.confidence - 0.1, "list-names-office")
                        for p in names]  # fmt: skip
        if not label_role and ctx.listing and not ctx.pairs and not one_a_line:
            # "… nimeää siihen seuraavat henkilöt:" / "Aino Ahola, Liisa Laine, … ja Onni Oja.":
            # one line naming the whole list, nothing else
            stop = end
            while stop > start and text[stop - 1] in " .\t":
                stop -= 1
            names = self._name_list(text, start, stop)
            if (
                (
                    len(names) >= 3
                    # "Pihlajapuu: Aino Ek, Bo Lind" under "varalla:": two deputies, not a name and
                    # whom she speaks for
                    or (
                        len(names) == 2
                        and ctx.role == "deputy_member"
                        and text[names[0].end : names[1].start].strip() == ","
                    )
                )
                and not any(len(p.written.split()) >= 4 for p in names)
            ):
                # (a "name" of four words is two whose comma was left out: read below)
                role = ctx.role or "member"
                return [_membership(ctx, p, role, quote, p.confidence, "list-names") for p in names]
            # (not after a label: "Kylälä: A ja B" is a member and a deputy of one seat)
            pair = self._two_joined(text, start, stop) if m is None else []
            if pair:
                # "Antti Salo Kylälä ja Päivi Koski Ylämaa." under "Varajäseniksi valittiin:":
                # two people joined by "ja", each perhaps with a town after the name
                role = ctx.role or "member"
                return [_membership(ctx, p, role, quote, p.confidence, "list-names") for p in pair]
            said = self._name_list_with_roles(text, start, stop)
            if len(said) >= 3 or (
                # "Ronnie Ek, ordförande, Ove Lind, vice ordf.": two officers, each office said
                len(said) == 2 and all(r in ("chair", "vice_chair", "secretary") for _p, r in said)
            ):
                # "Aino Ek (puheenjohtaja), Bo Lind (varapuheenjohtaja), Eeva Salo ja Olli
                # Mäki": the whole list on one line, a role in parentheses after a name
                return [
                    _membership(ctx, p, r or ctx.role or "member", quote, p.confidence,
                                "list-names")
                    for p, r in said
                ]  # fmt: skip
        said_seats = self._names_with_seat_words(text, start, end) if not label_role else []
        if not ctx.status and any(r == "deputy_member" for _p, r in said_seats):
            # "Åboland: Eva Sjöberg ordinarie, Li Nord suppleant.": each name with its seat
            held = [p for p, r in said_seats if r != "deputy_member"]
            return [
                _membership(ctx, p, r, quote, p.confidence, "list-named-seats",
                            on_behalf_of=label_party,
                            deputy_for=held[0] if r == "deputy_member" and len(held) == 1 else None)
                for p, r in said_seats
            ]  # fmt: skip
        dash = re.search(r"\s[–-]\s", body) if ctx.pairs and "/" not in body else None  # noqa: RUF001
        if dash is not None:
            # "Aino Ahola – Pekka Puu" under "Varsinainen jäsen – henkilökohtainen varajäsen"  # noqa: RUF003
            body = body[: dash.start() + 1] + "/" + body[dash.start() + 2 :]
        elif ctx.pairs and "/" not in body and (comma := self._pair_comma(text, start, end)):
            # "Ahola Lotta, Pippuri Linda" under "(muodossa jäsen, varajäsen)": the name after
            # the last comma is the deputy (a line's closing comma no part of his name)
            end = start + len(body.rstrip(" \t,"))
            body = text[start:end]
            body = body[: comma - start] + "/" + body[comma - start + 1 :]
        parts = _PAIR.split(body, maxsplit=1) if "/" in body else [body]
        if len(parts) == 2 and "/" not in re.sub(r"\([^()]*\)", "", body):
            # "Aino Ek (Kylälän Nuoret /Testilän Scouter), ersättare …": the slash is inside
            # the parenthesis of whom she comes from, no pair
            parts = [body]
        lead_role = ""
        if len(parts) == 2 and "/" in body and not label_role:
            # "Puheenjohtaja Aaro Lahtinen / Testilän Eläkkeensaajat": the role before the name
            # (two words: "Vice ordförande Ek, Bo / Org")
            lead = re.match(r"\s*([^\W\d][\w-]*(?:\s+[a-zåäö][\w-]*)?)\s+(?=[A-ZÅÄÖ])", body)
            if lead is not None and (r0 := self.lex.role_of(lead.group(1))):
                s1 = start + lead.end()
                if (
                    self._cell_person(text, s1, start + body.index("/")) is not None
                    or self._name_before_title(text, s1, end, r"\s*/") is not None
                ):
                    lead_role = r0
                    start += lead.end()
                    body = text[start:end]
        if len(parts) == 2 and "/" in body:
            cut = start + body.index("/")
            left = self._cell_person(text, start, cut)  # (also "Aho, Aino / Org")
            if left is None and ctx.listing and ctx.body is not None:
                # "Arvo Hiekkavirta / Testilän Eläkeläiset ry": words the dictionary knows as
                # common nouns, before the slash of a list line
                left = self._name_before_title(text, start, end, r"\s*/")
            right_start = (
                cut
                + 1
                + (len(body[body.index("/") + 1 :]) - len(body[body.index("/") + 1 :].lstrip()))
            )
            right_person = self._person(text, right_start, end)
            if (
                right_person is not None
                and not ctx.pairs
                and (ctx.slash_organisations or _ORG_ABBREVIATION.match(text, right_person.end))
            ):
                # "Aino Ek / Kylälän Nuoret - KN", or any slash of a list whose lines are
                # "Name / Organisation": whom she comes from, no deputy
                right_person = None
            if left is not None and right_person is not None and not ctx.status:
                role_left = (
                    label_role
                    or lead_role
                    or self._role_in(text, left.end, cut)
                    or ctx.role
                    or "member"
                )
                member = _membership(ctx, left, role_left, quote, left.confidence, "list-pair")
                deputy = _membership(
                    ctx,
                    right_person,
                    "deputy_member",
                    quote,
                    right_person.confidence - 0.05,
                    "list-pair",
                    deputy_for=left,
                )
                return [member, deputy]
            if left is not None:
                org = self._organisation(text, right_start, end)
                if not ctx.pairs and (
                    org is not None
                    or re.fullmatch(r"[A-ZÅÄÖ][\w-]{3,}", text[right_start:end].strip())
                ):
                    ctx.slash_organisations = True  # "Aino Ek / Scoutförbundet"
                role = (
                    label_role
                    or lead_role
                    or self._role_in(text, left.end, cut)
                    # "Bo Ek, Kalmar, vice förbundsordförande/förbundskassör": two posts
                    or _level_role(text[left.end : end].rsplit(",", 1)[-1], ctx.body)
                    or self._officer_after_comma(text, right_start, end)
                    # "Marie Gillander / ordf.": the office after the slash, no organisation
                    or self._office_after_slash(text, right_start, end)
                    # under "Jäsenet": a member on behalf of the organisation after the slash
                    or ctx.role
                    or "member"
                )
                seated = [
                    _membership(
                        ctx,
                        left,
                        role,
                        quote,
                        left.confidence - 0.05,
                        "list-organisation",
                        on_behalf_of=org,
                    )
                ]
                deputy = self._deputy_in_parentheses(text, right_start, end, ctx)
                if deputy is not None and not ctx.status:
                    # "Aino Ek / Kylälän Martat ry (varajäsen Pekka Puu)"
                    seated.append(
                        _membership(
                            ctx,
                            deputy,
                            "deputy_member",
                            quote,
                            deputy.confidence - 0.05,
                            "list-deputy",
                            deputy_for=left,
                        )
                    )
                return seated
        if not label_role and self._role_word_first(text, start, end):
            # "Kokoonkutsuja Juhani Leskelä", "Vj Simo Perkiö": the role before the name,
            # not a part of it
            first = self._role_first(text, start, end, ctx)
            if first:
                return first
        if (
            not label_role
            and ctx.listing
            and (office := self._office_of_other_body_first(text, start, end, ctx.body)) is not None
        ):
            # "Styrelsens ordförande Erkki Ek" in a delegation's list of "Title Name" lines: the
            # office the person holds in another body, a title like "Professor"; the seat is the
            # list's (under the board's own list, its chair)
            start, label_role = office
        elif not label_role and (after := self._after_occupation(text, start, end)) is not None:
            # "Socialarbetare Kristina Maars ...": her job, not her name; but "Esittelijä
            # kunnanjohtaja Erno Heikkinen": the role she has at the meetings, then her job
            label_role = self.lex.role_of(text[start:after].split()[0]) or ""
            start = after
        elif label_role and (after := self._after_occupation(text, start, end)) is not None:
            # "Sekreterare: Tillgänglighetssamordnare Anna Pihlqvist": the role, her job, her name
            start = after
        person = (
            self._double_surname_column(text, start, end)
            or self._person(text, start, end)
            or self._surname_first(text, start, end)
            or self._capital_surname_first(text, start, end)
        )
        if person is None and ctx.listing and ctx.body is not None:
            # (also "Taika Korkeaniemi (yläkoulu)": a lower-case word in parentheses after it)
            person = self._name_before_title(text, start, end) or self._name_before_title(
                text, start, end, r"\s*\(\s*[a-zåäö][^()]*\)\s*$"
            )
        if person is None:
            if not label_role and (first := self._role_first(text, start, end, ctx)):
                return first
            return self._titled(text, start, end, ctx, quote, label_role)
        rest_start = person.end
        role = (
            label_role
            or self._role_in(text, rest_start, end, ctx.body)
            or self._officer_first_after_comma(text, rest_start, end)
        )
        if not role and self.r.finnish:
            role = self._office_after_job(text, rest_start, end)
        if not role and (as_role := _AS_ROLE_AFTER.match(text, rest_start, end)) is not None:
            # "Bo Ek som ordförande, 1 år.": an item of the minutes electing the officer
            said_role = self.lex.role_of(as_role.group(1))
            role = said_role if said_role in ("chair", "vice_chair", "secretary") else ""
        served = (
            _POST_UNTIL_FROM.match(text, rest_start, end)
            if not role and not label_role and ctx.body is not None
            else None
        )
        if served is not None:
            # "Bo Ek   sekreterare t.o.m. maj 2018": the post, held until or from a month
            post = served.group("post")
            role = self.lex.role_of(post) or (
                "member" if _TREASURER.fullmatch(post.capitalize()) else None
            )
            if role is None:
                served = None
        deputy = self._deputy_in_parentheses(text, rest_start, end, ctx)
        if (
            deputy is not None
            and ctx.listing
            and re.search(rf"\(\s*(?:{self.lex.deputies})", text[rest_start:end], re.I)
        ):
            # "Tuovi Kemppainen pj. (varajäsen Tuula M. Heikkinen)" and then "Pirjo Heikkinen
            # (Jonna Seppänen)": the word said once, the lines under it name deputies the same way
            ctx.paren_deputies = True
        bracketed = ctx.paren_deputies or (
            ctx.listing
            and not ctx.status
            # (a list of deputies: the name in brackets is whom each stands for)
            and ctx.role != "deputy_member"
            and self._bracket_deputies(text, start)
        )
        pair = (
            self._second_pair(text, rest_start, end, person)
            if deputy is None and bracketed and ctx.body is not None
            else None
        )
        if deputy is None and bracketed:
            # "Aino Ahola (Pekka Puu)" under "Jäsenet (varajäsenet suluissa)", or in a run of
            # such lines (:meth:`_bracket_deputies`)
            for par in re.finditer(r"\(([^()]*)\)", text[rest_start:end]):
                s0, e0 = rest_start + par.start(1), rest_start + par.end(1)
                inner = self._person(text, s0, e0)
                if inner is not None and not text[inner.end : e0].strip():
                    deputy = inner
                    break
        if deputy is None and ctx.listing and text[rest_start:end].lstrip().startswith(","):
            deputy = self._titled_in_parentheses(text, rest_start, end)
        said = self._representing(text, rest_start, end)
        on_behalf = said or label_party
        # "(representant för X)": a representative; but "(Testilän Liikunta ry)" is a member
        # on behalf of the organisation, and "Törmä Anja, Soiten hallituksen edustaja" in a
        # member list is a member with the party the seat is for (a representative only in a
        # list of representatives)
        if not role and said is not None:
            words = self.lex.find_role(re.sub(r"\([^()]*\)", "", text[rest_start:end]))
            explicit = re.search(r"(?i)\([^()]*\b(?:edustaja|representant)", text[rest_start:end])
            if ctx.role == "representative" or (
                ctx.role != "member"
                and explicit is not None
                and not (words and words[0] == "representative")
                # "Aino Ek (Kylälän Nuoret), ersättare Bo Lind (Testilän Scouter)": a seat with
                # its own personal deputy is the body's member, whoever nominated her
                and deputy is None
            ):
                role = "representative"
        if not role and not label_role and self._prose_after_name(text, rest_start, end):
            # "Bengt Ek avgick som valberedningens ordförande efter lång tjänst, och ersattes
            # av Bo Lind.": a sentence about the name, no entry of a list
            return []
        if not role and post_label and ctx.role in _OFFICER_ROLES:
            # "Varapuheenjohtaja:" / "Aino Ek" / "Rahastonhoitaja: Bo Lind": a line naming its
            # own post holds that post, a member's seat, not the office of the heading above
            role = "member"
        # "Kuopio: Aino Ahola": the seat of a municipality or party, held by a member
        found = [
            _membership(
                ctx,
                person,
                role or ctx.role or "member",
                quote,
                person.confidence + (0.05 if role else 0),
                "list-entry",
                on_behalf_of=on_behalf,
            )
        ]
        into = _ELECTED_INTO.search(text, rest_start, end)
        if into is not None and not ctx.status:
            # "Bo Ek och Eva Lind valdes till valberedning för 1 år": the body the sentence
            # elects the entry's person into, not the one over the list
            named = [
                b
                for b in self.r.bodies(tokens(text, into.start("body"), into.end("body")))
                if not b.plural
            ]
            if len(named) == 1 and (
                ctx.body is None or named[0].name.casefold() != ctx.body.name.casefold()
            ):
                b0 = named[0]
                found[0] = dataclasses.replace(
                    found[0], target=dataclasses.replace(b0, name=b0.name[:1].upper() + b0.name[1:])
                )
        if served is not None and served.group("until") and not ctx.status:
            found[0] = dataclasses.replace(found[0], status="ended")  # a seat left on the way
        elif not ctx.status and self._former_post(text[rest_start:end]):
            # "Bo Ek, avgående ordförande och …": a post the person leaves, no seat held now
            found[0] = dataclasses.replace(found[0], status="ended")
        elif not ctx.status and any(
            self.lex.not_held_status(note) == "ended"
            for note in re.findall(r"\(([^()\n]{4,120})\)", text[rest_start:end])
        ):
            # "Varajäsen: Anne Ek, (muuttanut pois paikkakunnalta toimintavuoden aikana)": a
            # note in parentheses that the seat was left during the year
            found[0] = dataclasses.replace(found[0], status="ended")
        if pair is not None:
            # "Aino Ek vpj, Eva Aho (Bo Lind, Pia Salo)": two members on one line, their
            # deputies in the same order in the parenthesis
            second, first_deputy, second_deputy = pair
            found += [
                _membership(
                    ctx, second, ctx.role or "member", quote, second.confidence, "list-entry"
                ),
                _membership(
                    ctx,
                    first_deputy,
                    "deputy_member",
                    quote,
                    first_deputy.confidence - 0.05,
                    "list-deputy",
                    deputy_for=person,
                ),
                _membership(
                    ctx,
                    second_deputy,
                    "deputy_member",
                    quote,
                    second_deputy.confidence - 0.05,
                    "list-deputy",
                    deputy_for=second,
                ),
            ]
        if deputy is not None:
            found.append(
                _membership(
                    ctx,
                    deputy,
                    "deputy_member",
                    quote,
                    deputy.confidence - 0.05,
                    "list-deputy",
                    deputy_for=person,
                    # "Aino Ahola, Kylälän Martat ry (varajäsen Pekka Puu)": the deputy of the
                    # organisation's seat stands in for it too
                    on_behalf_of=on_behalf,
                )
            )
        elif not role and said is None and ctx.listing and ctx.body is not None and not one_a_line:
            # "Laine Liisa, Mäki Matti, Niemi Nelli" under "Varalla:": one list line naming
            # several people, each with the line's seat
            for other in self._comma_run(text, rest_start, end):
                found.append(
                    _membership(
                        ctx,
                        other,
                        ctx.role or "member",
                        quote,
                        other.confidence - 0.05,
                        "list-entry",
                        on_behalf_of=on_behalf,
                    )
                )
        if not ctx.status and (office := self._office_elsewhere(text, rest_start, end, ctx.body)):
            # "Mats Dahlbom (C) 1:e vice ordförande i kommunstyrelsen": a member of this
            # body who is also an officer of the other body the entry names
            found.append(
                _membership(
                    ctx,
                    person,
                    office[0],
                    quote,
                    person.confidence - 0.1,
                    "list-office-elsewhere",
                    target=office[1],
                )
            )
        return found

    def _former_post(self, rest: str) -> bool:
        """Whether an entry's words after the name give a post held before ("avgående
        ordförande", "förra årets sekreterare"): a former word just before a role word, in the
        same stretch of words (no parenthesis or comma between them)."""
        if not self.lex.former:
            return False
        for mt in re.finditer(rf"(?i)(?<![\w-])(?:{self.lex.former})(?![\w-])", rest):
            # (only the words before a parenthesis or a comma: "f.d. förläggare (ordförande)"
            # is a former trade, the office in parentheses held now)
            after = re.split(r"[(,]", rest[mt.end() :], maxsplit=1)[0].split()[:2]
            if after and self.lex.find_role(" ".join(after)):
                return True
        return False

    def _comma_run(self, text: str, start: int, end: int) -> list[Mention]:
        """The people after a list entry's name when the rest of its line is only more names,
        each after a comma (", Mäki Matti, Niemi Nelli"); a piece of four capitalised words
        with no comma in it is two names whose comma was left out ("Salo Sakari Ek Eeva").
        With voikko every name has a word it knows as a first name; without it, the names
        after the entry's are two or more. [] when any piece is anything else (a town, a
        title, an organisation)."""
        stop = end
        while stop > start and text[stop - 1] in " .\t":
            stop -= 1
        rest = text[start:stop]
        if not re.match(r"\s*,", rest):
            return []
        voikko = self.r.morph.name == "voikko"
        out: list[Mention] = []
        pieces = list(re.finditer(r"[^,]+", rest))
        if not pieces:
            return []
        unknown = 0  # names with no word voikko knows as a first name
        last_pair: Mention | None = None
        if len(pieces) >= 4:
            # "…, Ek Aino, Lind, Bo": a long run's last name printed "Surname, Firstname"
            tail = [re.findall(r"\S+", p.group()) for p in pieces[-2:]]
            if all(len(w) == 1 and _CAPITAL_WORD.fullmatch(w[0]) for w in tail):
                s0 = (
                    start
                    + pieces[-2].start()
                    + len(pieces[-2].group())
                    - len(pieces[-2].group().lstrip())
                )
                e0 = (
                    start
                    + pieces[-1].end()
                    - (len(pieces[-1].group()) - len(pieces[-1].group().rstrip()))
                )
                if not voikko or morphology.FIRST_NAME in self.r.word_classes(tail[1][0]):
                    last_pair = Mention(
                        s0, e0, text[s0:e0], f"{tail[0][0]} {tail[1][0]}", "person", 0.6
                    )
                    pieces = pieces[:-2]
        for piece in pieces:
            s0 = start + piece.start() + (len(piece.group()) - len(piece.group().lstrip()))
            e0 = start + piece.end() - (len(piece.group()) - len(piece.group().rstrip()))
            words = re.findall(r"\S+", text[s0:e0])
            # ("Carl-M. Jonsson": a first name and a second one's initial)
            if not all(_CAPITAL_WORD.fullmatch(w) or _NAME_INITIAL.fullmatch(w) for w in words):
                return []
            if len(words) == 4:
                cut = s0 + re.search(r"\S+\s+\S+\s+", text[s0:e0]).end()
                halves = [(s0, cut), (cut, e0)]
            elif len(words) in (2, 3):
                halves = [(s0, e0)]
            else:
                return []
            for a, b in halves:
                person = self._person(text, a, b)
                if person is None or text[person.end : b].strip():
                    return []
                if voikko and not any(
                    morphology.FIRST_NAME in self.r.word_classes(w) for w in person.written.split()
                ):
                    unknown += 1  # "Kent Lorentzon, Autism Skåne": whom she speaks for
                out.append(person)
        if last_pair is not None:
            out.append(last_pair)
        if unknown and (len(out) < 4 or 2 * unknown > len(out)):
            # a name voikko does not know as such is one in a long run of names only, most of
            # them known ("Ek Aino, Rosvall Tina, Lind Bo, Berg Eva")
            return []
        if not voikko and len(out) < 2:
            return []  # one piece may as well be an organisation, with no dictionary to say
        return out

    def _names_with_seat_words(self, text: str, start: int, end: int) -> list[tuple[Mention, str]]:
        """ "Eva Sjöberg ordinarie, Li Nord suppleant", "Aino Ahola jäsen ja Pekka Puu
        varajäsen": two or more names, each followed by the seat it holds and nothing else;
        [] for anything else."""
        stop = end
        while stop > start and text[stop - 1] in " .\t":
            stop -= 1
        out: list[tuple[Mention, str]] = []
        pos = start
        for sep in [*re.finditer(r",\s*|\s+(?:och|ja|samt|sekä)\s+", text[start:stop]), None]:
            e0 = start + sep.start() if sep is not None else stop
            person = self._person(text, pos, e0)
            if person is None:
                return []
            word = text[person.end : e0].strip()
            role = self.lex.role_of(word) or self.lex.column(word)
            if not word or role not in ("member", "deputy_member", "chair", "vice_chair"):
                return []
            out.append((person, role))
            pos = start + sep.end() if sep is not None else stop
        return out if len(out) >= 2 else []

    def _seats_elsewhere(
        self, text: str, start: int, end: int, body: Mention | None
    ) -> list[tuple[str, Mention]]:
        """Seats in other bodies that the rest of an entry states, each in a part of its own
        after a slash: "… / varajäsen Lapin nuorisovaltuustossa" (a member's or deputy's word,
        then the body in the inessive), "… / ersättare i omsorgsnämnden"."""
        out: list[tuple[str, Mention]] = []
        pos = start
        for part in text[start:end].split("/"):
            s0 = pos + len(part) - len(part.lstrip())
            pos += len(part) + 1
            words = part.split()
            role = self.lex.role_of(words[0]) if len(words) >= 2 else None
            if role not in ("member", "deputy_member"):
                continue
            toks = tokens(text, s0, s0 + len(part.strip()))
            bodies = self.r.bodies(toks)
            if not bodies or bodies[-1].end != toks[-1].end:
                continue
            b = bodies[-1]
            between = text[toks[0].end : b.start]
            if self.r.finnish:
                if between.strip() or not re.search(r"(?:ssa|ssä)$", b.written):
                    continue
            elif not re.fullmatch(r"\s+i\s+", between):
                continue
            if body is not None and _same_head(b.name, body.name) and b.name == body.name:
                continue
            name = b.name[:1].upper() + b.name[1:]
            out.append((role, dataclasses.replace(b, name=name)))
        return out

    def _seat_with_deputy(
        self, text: str, start: int, end: int, ctx: Context, quote: tuple[int, int]
    ) -> list[Finding]:
        """ "Testilän Eläkeläiset ry, Aino Ahola, varalla Pekka Puu", "Testilän kunta,
        tekniset palvelut, Aino Ahola, varajäsen Pekka Puu", "Testby pensionärer, Anna Berg,
        ersättare Bo Ek": comma-separated parts, the first a party (an organisation or a
        unit, capitalised, no person in it), then one part that is a person and nothing else,
        then a deputy's word and another person. The first person holds the party's seat as a
        member (an officer's role only when a part before the name says so), the second is
        their deputy. [] for any other entry."""
        cuts = [m.start() for m in re.finditer(r"[,;:]", text[start:end])]
        bounds = [start, *(start + c + 1 for c in cuts), end + 1]
        parts = []
        for a, b in itertools.pairwise(bounds):
            s0, e0 = a, b - 1
            while s0 < e0 and text[s0].isspace():
                s0 += 1
            while e0 > s0 and text[e0 - 1] in " \t.":
                e0 -= 1
            parts.append((s0, e0))
        if len(parts) < 3 or not text[parts[0][0] : parts[0][0] + 1].isupper():
            return []
        if self.lex.role_of(text[parts[0][0] : parts[0][1]]):
            return []  # "Puheenjohtaja, Aino Ahola, …": a role, not a party
        deputy_re = rf"(?:{self.lex.deputies}{'|vara' if self.r.finnish else ''})\s*:?\s+"
        for k in range(1, len(parts) - 1):
            s0, e0 = parts[k]
            person = self._person(text, s0, e0)
            if person is None or person.start != s0 or text[person.end : e0].strip():
                continue
            if any(self._names_person(text[a:b]) for a, b in parts[:k]):
                return []
            ds, de = parts[k + 1]
            word = re.match(deputy_re, text[ds:de], re.IGNORECASE)
            if word is None or any(text[a:b].strip() for a, b in parts[k + 2 :]):
                return []
            deputy = self._person(text, ds + word.end(), de)
            if deputy is None or text[deputy.end : de].strip():
                return []
            role = ""
            for a, b in parts[1:k]:
                found = self.lex.role_of(text[a:b])
                if found in ("chair", "vice_chair", "secretary"):
                    role = found
            seat = role or ctx.role or "member"
            s_party, e_party = parts[0]
            cell = text[s_party:e_party]
            # "Kaupunginhallitus, Aino Ahola, varajäsen Pekka Puu": a body's seat, of the
            # body's kind; "Testby pensionärer, …": a collective
            party = self._organisation(text, s_party, e_party) or Mention(
                s_party, e_party, cell, cell, self._party_kind(cell, cell), 0.5
            )
            found = [
                _membership(
                    ctx,
                    person,
                    seat,
                    quote,
                    person.confidence,
                    "list-seat-deputy",
                    on_behalf_of=party,
                ),
            ]
            if seat != "representative":
                # under a heading of representatives, the deputy stands in for a
                # representative, which states no seat in the body
                found.append(
                    _membership(
                        ctx,
                        deputy,
                        "deputy_member",
                        quote,
                        deputy.confidence - 0.05,
                        "list-seat-deputy",
                        deputy_for=person,
                    )
                )
            return found
        return []

    def _pair_comma(self, text: str, start: int, end: int) -> int | None:
        """In a list of member, deputy pairs, the comma before the last name of an entry
        that begins with a name and ends with another ("Aula Maria Kaisa, pj., Flink-Liimatainen
        Piia"); None when there is no such comma. A comma closing the line is passed over
        ("Aino Ek, Bo Lind,"), and an office right after the comma, before the deputy's name,
        is the member's ("Aino Ek, siht. Bo Lind", "Aino Ek,Pj. Bo Lind"): then the space
        after the office is where the pair parts."""
        end = start + len(text[start:end].rstrip(" \t,"))
        cut = text.rfind(",", start, end)
        if cut < 0:
            return None
        right = cut + 1 + len(text[cut + 1 : end]) - len(text[cut + 1 : end].lstrip())
        person = self._person(text, right, end)
        if (
            person is None
            and (office := _PAIR_OFFICE.match(text, right, end)) is not None
            and self.lex.role_of(office.group(1)) in ("chair", "vice_chair", "secretary")
            and (person := self._person(text, office.end(), end)) is not None
        ):
            cut = office.end(1)
        if person is None or text[person.end : end].strip():
            return None
        return cut if self._person(text, start, cut) is not None else None

    def _office_elsewhere(
        self, text: str, start: int, end: int, body: Mention | None
    ) -> tuple[str, Mention] | None:
        """A chair's, vice chair's or secretary's office in another body that the rest of an
        entry states: "ordförande i omsorgsnämnden" (the body after the role, Swedish),
        "kaupunginhallituksen puheenjohtaja" (the body in the genitive just before it)."""
        found = self.lex.find_role(text[start:end])
        # "(kaupunginhallituksen jäsen)", "(1:e vice ordförande, kommunstyrelsen)": a
        # parenthesis that holds only the seat and its body
        paren = re.fullmatch(r"\s*,?\s*\(([^()]+)\)\s*[.,;]?\s*", text[start:end])
        seats = ("chair", "vice_chair", "secretary") + (("member",) if paren else ())
        if found is None or found[0] not in seats:
            return None
        r0, r1 = start + found[1], start + found[2]
        for b in self.r.bodies(tokens(text, start, end)):
            if body is not None and _same_head(b.name, body.name):
                continue
            if re.fullmatch(self.lex.anaphora, b.written.casefold()):
                continue  # "hallituksen puheenjohtaja, X ry": a board of whom is not said
            between = text[r1 : b.start] if b.start >= r1 else text[b.end : r0]
            after = b.start >= r1 and not self.r.finnish
            before = b.end <= r0 and self.r.finnish
            last = b.end if after else r1
            if paren and text[last : start + paren.end(1)].strip():
                continue  # the body is not the parenthesis' last word or the role's own
            if (
                after and re.fullmatch(r"\s+(?:i|för)\s+" + ("|,\\s*" if paren else ""), between)
            ) or (before and not between.strip()):
                name = b.name[:1].upper() + b.name[1:]
                return found[0], dataclasses.replace(b, name=name)
        return None

    def _name_before_title(
        self, text: str, start: int, end: int, follow: str = r",\s*[a-zåäö]"
    ) -> Mention | None:
        """ "Vilja Louhimaa, hyvinvointikoordinaattori": in a list, two or three capitalised
        words before a comma and a lower-case title (or what ``follow`` says: a slash and an
        organisation) are a name even when the dictionary knows them as common words; not
        when one of them is a word that begins no name, a place's genitive or a body or
        organisation."""
        mt = re.match(
            rf"\s*([A-ZÅÄÖÜ][a-zåäöü'’-]+(?:\s[A-ZÅÄÖÜ][a-zåäöü'’-]+){{1,2}})(?={follow})",  # noqa: RUF001
            text[start:end],
        )
        if mt is None:
            return None
        words = mt.group(1).split()
        toks = tokens(text, start + mt.start(1), start + mt.end(1))
        for j, w in enumerate(words):
            if self.r._word_is_excluded(w) or self.lex.body_kind(w) is not None:
                return None
            if self.r.organisation_at(toks, j) is not None:
                return None
            if any(a.case == "gen" for a in self.r.morph.analyse(w)):
                return None  # "Pyhäjoen Yrittäjät"
        s, e = start + mt.start(1), start + mt.end(1)
        return Mention(s, e, mt.group(1), mt.group(1), "person", 0.6, "nom")

    def _capital_surname_first(self, text: str, start: int, end: int) -> Mention | None:
        """ "AHOLA Aino, puheenjohtaja": a surname in capitals, then a first name the
        dictionary knows (so that "SPF Seniorerna" or "PRO Hölö" are no people)."""
        mt = re.match(
            r"\s*([A-ZÅÄÖÜ]{4,}(?:-[A-ZÅÄÖÜ]{2,})?)\s+([A-ZÅÄÖÜ][a-zåäöü]+(?:-[A-ZÅÄÖÜ][a-zåäöü]+)?)"
            r"(?=\s*(?:[,(/;]|$))",
            text[start:end],
        )
        if mt is None or self.r.morph.name != "voikko":
            return None
        surname, first = mt.group(1), mt.group(2)
        if not any(a.cls == morphology.FIRST_NAME for a in self.r.morph.analyse(first)):
            return None
        if self.r._word_is_excluded(surname.capitalize()):
            return None
        proper = "-".join(w.capitalize() for w in surname.split("-"))
        s0, e0 = start + mt.start(1), start + mt.end(2)
        return Mention(s0, e0, text[s0:e0], f"{first} {proper}", "person", 0.75, "nom")

    def _titled_in_parentheses(self, text: str, start: int, end: int) -> Mention | None:
        """ "Aimo Korpi, tekninen johtaja (Pekka Pelttari, kiinteistöpäällikkö)": in a list of
        "Name, title" lines, a second "Name, title" in parentheses is the member's deputy."""
        for par in re.finditer(r"\(([^()]*)\)", text[start:end]):
            s0, e0 = start + par.start(1), start + par.end(1)
            inner = self._person(text, s0, e0) or self._name_before_title(text, s0, e0)
            if inner is not None and re.match(r",\s*[a-zåäö]", text[inner.end : e0]):
                return inner
        return None

    def _surname_first(self, text: str, start: int, end: int) -> Mention | None:
        """ "Rantala, Marcus   puheenjohtaja", "Andersson, Victor, varajäsen": an entry that
        begins with a name surname first and a comma, the name ending at a run of spaces, a
        comma, a parenthesis or the end (see :meth:`_cell_person`)."""
        mt = re.match(
            r"\s*([A-ZÅÄÖÜ][\w'’-]+,\s*(?:[A-ZÅÄÖÜ][\w'’-]+|(?:[A-ZÅÄÖÜ]\.-?){1,3}))"  # noqa: RUF001
            # (or a slash and an organisation, or "från" and a town: "Ek, Bo från Ekby")
            r"(?=\s{2,}|\s*$|\s*[,(/]|\s+från\s+[A-ZÅÄÖ])",
            text[start:end],
        )
        if mt is None:
            return None
        if len(_FIRST_NAME_CELLS.findall(text[start:end])) >= 4 and _FIRST_NAMES_ONLY.fullmatch(
            text[start:end].strip(" \t.")
        ):
            return None  # "Kevin, Sven, Peter, Allan": a caption's first names, no surnames
        s0, e0 = start + mt.start(1), start + mt.end(1)
        if _CUT_FIRST_NAME.fullmatch(text, s0, e0) and not text[e0:].strip():
            # "Ek, Ma" as the last words of the text, under "Lind, Bo, ledamot": a first name
            # the page's end cuts, no one's name (a known first name, "Lind, Bo", stands)
            first = text[s0:e0].rsplit(",", 1)[1].strip()
            if not any(a.cls == morphology.FIRST_NAME for a in self.r.morph.analyse(first)):
                return None
        found = self._cell_person(text, s0, e0)
        if found is None and self.r.morph.name != "voikko":
            found = self._surname_comma_office(text, s0, e0, end)
        if found is None and self.r.morph.name != "voikko":
            found = self._surname_comma_column(text, s0, e0, end)
        return found

    def _double_surname_column(self, text: str, start: int, end: int) -> Mention | None:
        """ "Ek Lind, Bo" without voikko: a double surname and a first name with a comma
        between, the whole entry, in a column of names printed surname first (see
        :meth:`_surname_comma_column`), not a name and whom the person is for."""
        if self.r.morph.name == "voikko":
            return None
        mt = _DOUBLE_SURNAME_COMMA_FIRST.fullmatch(text[start:end].strip(" \t."))
        if mt is None or not _SURNAME_COMMA_LINE.fullmatch(_line_at(text, start)):
            return None
        if _surname_comma_column_size(text, start, _ONE_SURNAME_COMMA_LINE) < 3:
            # (the lines around it each one surname: "Aino Ahola, Testilä" in a column of
            # such lines is a name and whom the person is for)
            return None
        first = mt.group(2)
        if place_of(first, self.r.morph) or first.isupper() or first in mt.group(1).split():
            # ("Ahmed Ali, Ali": a word of the name said again after it is no first name)
            return None
        for w in (*mt.group(1).split(), first):
            if self.r._word_is_excluded(w) or self.lex.role_of(w) or self.lex.body_kind(w):
                return None
        s0 = start + len(text[start:end]) - len(text[start:end].lstrip(" \t."))
        name = f"{first} {mt.group(1)}"
        return Mention(s0, s0 + mt.end(), mt.group(), name, "person", 0.65, "nom")

    def _surname_comma_column(self, text: str, start: int, end: int, stop: int) -> Mention | None:
        """ "Ek, Bo" without voikko: a line of two capitalised words with a comma between and
        nothing else, in a column of three or more such lines one under another (blank lines
        between), as a list prints its names surname first; not when either word is a role, a
        body or a word the reader excludes, nor when the first name is a place."""
        mt = _SURNAME_COMMA_FIRST.fullmatch(text, start, end)
        if (
            mt is None
            or text[end:stop].strip(" \t.")
            or not _SURNAME_COMMA_LINE.fullmatch(_line_at(text, start))
        ):
            return None
        if _surname_comma_column_size(text, start) < 3:
            return None
        surname, first = mt.group(1), mt.group(2)
        if place_of(first, self.r.morph) or first.isupper():
            # "Ek, Kuopio", "Ek, SDP": a person and a town (a surname may be a town's) or a
            # party
            return None
        for w in (surname, first):
            if self.r._word_is_excluded(w) or self.lex.role_of(w) or self.lex.body_kind(w):
                return None
        return Mention(start, end, text[start:end], f"{first} {surname}", "person", 0.65, "nom")

    def _surname_comma_office(self, text: str, start: int, end: int, stop: int) -> Mention | None:
        """ "Ek, Bo, ordförande" without voikko: two capitalised words with a comma between,
        then a comma and the office the person holds and nothing else, as registers print a
        body's officers surname first; not when either word is a role, a body or a word the
        reader excludes, nor when the first name is a place (a surname may be a town's)."""
        mt = _SURNAME_COMMA_FIRST.fullmatch(text, start, end)
        tail = re.fullmatch(r"\s*,\s*([^\W\d][\w .-]*?)\s*\.?\s*", text[end:stop])
        if mt is None or tail is None:
            return None
        if self.lex.role_of(tail.group(1)) not in (
            "chair",
            "vice_chair",
            "secretary",
            "member",
            "deputy_member",
        ):
            return None
        surname, first = mt.group(1), mt.group(2)
        if place_of(first, self.r.morph):
            return None  # "Ek, Kuopio, ledamot": a person and a town (a surname may be a town's)
        for w in (surname, first):
            if self.r._word_is_excluded(w) or self.lex.role_of(w) or self.lex.body_kind(w):
                return None
        return Mention(start, end, text[start:end], f"{first} {surname}", "person", 0.7, "nom")

    def _cell_person(self, text: str, start: int, end: int) -> Mention | None:
        """The person a table cell names: as in a list entry, or surname first with a comma
        ("Törö, Leena", as minutes and registers print names) when the word after the comma
        is a first name or the word before it a surname, or voikko knows neither word ("Gayer,
        Gunborg"); not when they are common words or the second a place."""
        found = self._person(text, start, end)
        if found is not None:
            return found
        cell = text[start:end].strip()
        mt = re.fullmatch(
            r"([A-ZÅÄÖÜ][\w'’-]+),\s*([A-ZÅÄÖÜ][\w'’-]+|(?:[A-ZÅÄÖÜ]\.-?){1,3})",  # noqa: RUF001
            cell,
        )
        if mt is None:
            return None
        surname, first = mt.group(1), mt.group(2)
        if self.r.morph.name != "voikko" and morphology.FIRST_NAME not in self.r.word_classes(
            first
        ):
            return None  # without voikko, only a first name of the list after the comma
        if self.r._word_is_excluded(surname) or self.r._word_is_excluded(first):
            return None
        s = start + text[start:end].index(cell)
        if first.endswith("."):  # "Roos, J.P.": initials
            return Mention(s, s + len(cell), cell, f"{first} {surname}", "person", 0.7, "nom")
        classes_first = {a.cls for a in self.r.morph.analyse(first)}
        classes_last = {a.cls for a in self.r.morph.analyse(surname)}
        names = {morphology.FIRST_NAME, morphology.SURNAME, morphology.NAME}
        if classes_last == {morphology.FIRST_NAME} and morphology.FIRST_NAME in classes_first:
            return None  # "Patrik, Frida": two first names, no surname before a comma
        if not (classes_first & names or classes_last & names) and (classes_first or classes_last):
            return None  # "Kuopio, Siilinjärvi", "Jäsenet, varajäsenet": words voikko knows
        if classes_first and classes_first <= {morphology.PLACE}:
            return None  # "Virtanen, Kuopio": a person and a place
        return Mention(s, s + len(cell), cell, f"{first} {surname}", "person", 0.75, "nom")

    def _role_first(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """ "Puheenjohtaja Aino Ahola", "Vice ordf. Bo Ek": a capitalised role, then a person
        and nothing else."""
        toks = tokens(text, start, end)
        duties = self._post_duties_name(text, start, end, ctx)
        if duties:
            return duties
        comma = next((i for i, t in enumerate(toks) if t.text == ","), 0)
        if 2 <= comma <= 4 and toks[0].text[:1].isupper():
            # "City Board representative, Name", "Kaupunginhallituksen edustaja, Name": the
            # seat of another body's representative in this body's list, held as a member
            said = self.lex.role_of(toks[comma - 1].text)
            person = (
                self._person(text, toks[comma + 1].start, end) if len(toks) > comma + 1 else None
            )
            rest = text[person.end : end].strip() if person is not None else ""
            if said == "representative" and person is not None and (not rest or rest[0] in ",("):
                role = ctx.role if ctx.role not in ("", "representative") else "member"
                return [
                    _membership(
                        ctx, person, role, (start, end), person.confidence, "list-role-first",
                        on_behalf_of=self._representing(text, start, toks[comma - 1].end),
                    )
                ]  # fmt: skip
        if (seat := self._representative_first(text, start, end, toks, ctx)) is not None:
            return seat
        if (paired := self._office_slash_duty(text, end, toks, ctx)) is not None:
            return paired
        # "1:e vice ordförande: Bo Ek", "Andre vice ordförande: Eva Ek": the post's ordinal
        # before it, the colon after it
        o = int(len(toks) > 3 and bool(_ORDINAL_WORD.fullmatch(toks[0].text)))
        # "1 vice ordf. Bo Ek", "2 vice ordförande Eva Ek": a bare number before a vice chair's
        # post, which then needs no colon
        bare_ordinal = (
            not o
            and len(toks) > 3
            and toks[0].text in ("1", "2", "3")
            and toks[1].text.casefold() == "vice"
        )
        o = o or int(bare_ordinal)
        for n in (2, 1):
            if len(toks) <= o + n:
                continue
            role = self.lex.role_of(" ".join(t.text for t in toks[o : o + n]))
            if o and role in ("vice_chair", "chair") and toks[o + n].text == ":":
                n += 1  # the colon after the post
            elif o and not (bare_ordinal and role == "vice_chair"):
                continue
            elif not bare_ordinal and not toks[0].text[:1].isupper() and role != "deputy_member":
                continue  # "varajäsen Pekka Puu" on a line of its own; other roles capitalised
            if not role and n == 1:
                # "J Väinö Pollari", "Vj Tiina-Maria Takala": an abbreviation only a list
                # line begins with
                role = self.lex.line_abbreviation(toks[0].text)
            if not role and n == 1:
                # "Esittelijä-sihteeri": two posts in one word, the office the last names
                role = self._joined_roles(toks[0].text)
            if (
                not role
                and n == 1
                and ctx.body is not None
                and _GROUP_REPRESENTATIVE_FIRST.fullmatch(toks[0].text)
            ):
                # "Lärarrepresentant Eva Lind" on a board's list line: a member for the group
                role = "member"
            if (
                not role
                and n == 1
                and ctx.listing
                and (_TREASURER.fullmatch(toks[0].text) or _DUTY_FIRST.fullmatch(toks[0].text))
            ):
                # "Kassör Bo Ek", "Studieorganisatör Eva Lind": a board member with a duty
                role = "member"
            if not role:
                continue
            if o and role == "chair":
                role = "vice_chair"  # "2:e ordförande": a vice chair
            if role == "secretary" and n == 1 and _GENERAL_SECRETARY.fullmatch(toks[o].text):
                # "Generalsekreterare Bo Ek" opening a list line: an organisation's chief
                # executive's title, the person a member of the list's body
                role = ctx.role if ctx.role not in ("", "secretary") else "member"
            n += o
            k = n + (toks[n].text == "." and len(toks) > n + 1)  # "Vice ordf. Bo Ek"
            if (
                k + 2 < len(toks)
                and role in ("member", "deputy_member")
                and re.fullmatch(r"\d{1,2}", toks[k].text)
                and toks[k + 1].text == ","
            ):
                k += 1  # "Suppleant 1, Bo Ek": which of the seats, by its number
            k = self._past_job_title(toks, k)
            person = self._person(text, toks[k].start, end)
            if person is None and (gap := re.search(r"[ \t]{3,}", text[toks[k].start : end])):
                # "Ordförande    Birgitta Wistrand    Elin Wägner Sällskapet": the name's own
                # column, padded apart from the next
                person = self._person(text, toks[k].start, toks[k].start + gap.start())
            if person is None and toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].is_cap:
                # "Vice sekreterare, Bo Ek": a comma between a post of two words and the name,
                # as between a post of one word and its name ("Sekreterare, Bo Ek")
                person = self._person(text, toks[k + 1].start, end)
            if (
                person is None
                and k + 2 < len(toks)
                and re.fullmatch(r"[a-zåäö][a-zåäö-]{4,}", toks[k].text)
                and not self.lex.find_role(toks[k].text)
                and toks[k + 1].is_cap
            ):
                # "Sekreterare rektor Bo Ek": one lower-case word between the post and the
                # name, the person's own title the lexicon does not know
                person = self._person(text, toks[k + 1].start, end)
            if person is None and k < len(toks):
                # "Puheenjohtaja, vanhempi tutkija Aino Ahola, Laitos": a comma after the post,
                # the person's own title in two or three lower-case words before the name
                j = k + (toks[k].text == ",")
                m = j
                while (
                    m < len(toks)
                    and m - j < 3
                    and re.fullmatch(r"[a-zåäö][a-zåäö-]{2,}", toks[m].text)
                    and not self.lex.find_role(toks[m].text)
                ):
                    m += 1
                if m < len(toks) and toks[m].is_cap and (m - j >= 2 or (j > k and m > j)):
                    person = self._person(text, toks[m].start, end)
            rest = text[person.end : end].strip() if person is not None else ""
            if (
                rest
                and len(rest.split()) == 1
                and (place_of(rest, self.r.morph) is not None or rest in self.r.page_places)
            ):
                rest = ""  # "Ordförande Bo Ek Hudiksvall": where the person lives after the name
            if (
                person is not None
                and (paren := _PAREN_OFFICE.fullmatch(rest))
                and (office := self.lex.role_of(paren.group(1)))
                in ("chair", "vice_chair", "secretary")
            ):
                # "Generalsekreterare Bo Ek (vice ordförande)": the title before the name is
                # the person's post; the office in the parenthesis is the seat in the list's body
                role, rest = office, ""
            if person is not None and role == "member" and rest.startswith(","):
                # "Ledamot Bo Ek, sekreterare, bitr kassör", "Ledamot Eva Lind, vice
                # ordförande": the member's office, a part of its own after the comma
                part = rest[1:].split(",")[0].strip()
                office = self.lex.role_of(part)
                if office in ("chair", "vice_chair", "secretary") and len(part.split()) <= 2:
                    role = office
            if person is not None and (pair := self._and_office_name(text, person.end, end)):
                # "Puheenjohtaja Päivi Pesola ja varapuheenjohtaja Sami Luoto": a second
                # office and its holder on the same line
                second, office = pair
                return [
                    _membership(ctx, person, role, (start, end), person.confidence,
                                "list-role-first"),
                    _membership(ctx, second, office, (start, end), second.confidence,
                                "list-role-first"),
                ]  # fmt: skip
            if (
                person is not None
                and (joined := _AND_SECOND.match(text, person.end, end)) is not None
                and (second := self._person(text, joined.end(), end)) is not None
                and not text[second.end : end].strip(" .\t")
            ):
                # "Sekreterare Bo Ek och Eva Lind": the office before the first name is both
                # persons' (two secretaries, co-chairs), the line naming nobody else
                return [
                    _membership(ctx, p, role, (start, end), p.confidence, "list-role-first")
                    for p in (person, second)
                ]
            column = person is not None and _NEXT_COLUMN.match(text, person.end, end) is not None
            if person is not None and (not rest or rest[0] in ",(" or column):
                # "Puheenjohtaja Aino Ahola, Testilän kaupunki": a title or party after it;
                # "Ordförande    Birgitta Wistrand    Elin Wägner Sällskapet": a column of
                # where the person comes from, padded apart (no seat held for it said);
                # "Puheenjohtaja Aino Ahola, Kylälän Eläkeläiset ry": the organisation the seat
                # is for, as on a line without the role
                found = [
                    _membership(
                        ctx, person, role, (start, end), person.confidence, "list-role-first",
                        on_behalf_of=(
                            self._representing(text, person.end, end)
                            if rest and not column
                            else None
                        ),
                    )
                ]  # fmt: skip
                office = (
                    self._office_elsewhere(text, person.end, end, ctx.body)
                    if rest and not ctx.status
                    else None
                )
                if office is not None:
                    # "Ordförande Emilia Ek, (1:e vice ordförande, kommunstyrelsen)"
                    found.append(
                        _membership(
                            ctx, person, office[0], (start, end), person.confidence - 0.1,
                            "list-office-elsewhere", target=office[1],
                        )
                    )  # fmt: skip
                return found
        return []

    def officer_sentence(self, line: str) -> bool:
        """Whether a line is a sentence running offices each before its name ("Ordförande Bo
        Ek, vice ordförande och kassör Eva Lind, sekreterare Per Holm, samt …"): an office
        opening it, then after commas two more parts that are each an office in lower case and
        a name, the line ending with a full stop; not an entry with a title or an organisation
        after one name."""
        if not line.rstrip().endswith("."):
            return False
        parts = line.split(",")
        first = _OFFICE_BEFORE_NAME.match(parts[0])
        if first is None or not parts[0].lstrip()[:1].isupper():
            return False
        if self.lex.role_of(first.group("office")) is None:
            return False
        found = 0
        for part in parts[1:]:
            mt = _OFFICE_BEFORE_NAME.match(part)
            if mt is not None and self.lex.role_of(mt.group("office")) is not None:
                found += 1
        return found >= 2

    def officer_sentence_entries(
        self, text: str, start: int, end: int, ctx: Context
    ) -> list[Finding]:
        """The seats of a list line that is a sentence of offices each before its name
        (:meth:`officer_sentence`): each part between commas (and "och" between two names) an
        office and a name, the office the person's seat (of an office joined to a duty by
        "och", the office: "vice ordförande och kassör Eva Lind"; a members' word, "övriga
        ledamöterna A", a member's), a bare name after it holding the office of the part
        before it when that was a members' word, else a member's."""
        found: list[Finding] = []
        carried = ""
        at = start
        for part in text[start:end].split(","):
            s0, e0 = at, at + len(part)
            at = e0 + 1
            for piece in re.split(r"(?<=\w)([ \t]+och[ \t]+)(?=[A-ZÅÄÖ])", text[s0:e0]):
                p0 = s0
                s0 += len(piece)
                if re.fullmatch(r"[ \t]+och[ \t]+", piece):
                    continue
                lead = _SENTENCE_OFFICE.match(piece)
                if lead is None:
                    continue
                office, name_at = lead.group("office"), p0 + lead.end()
                first = re.match(r"[A-ZÅÄÖ][a-zåäö]+[ \t]+(?=[A-ZÅÄÖ])", piece[lead.end() :])
                if not found and not office and first and self.lex.role_of(first.group().strip()):
                    # "Ordförande Bo Ek, …": the office opening the sentence, capitalised
                    office, name_at = first.group(), name_at + first.end()
                role = ""
                if office:
                    said = re.split(r"[ \t]+(?:och|ja)[ \t]+", office.strip())[0]
                    role = self.lex.role_of(said) or self.lex.role_of(said.split()[-1]) or ""
                    if not role and _TREASURER.fullmatch(said.capitalize()):
                        role = "member"
                    if not role:
                        return []
                    carried = role if role in ("member", "deputy_member") else ""
                person = self._person(text, name_at, p0 + len(piece))
                if person is None:
                    return []
                seat = role or carried or "member"
                found.append(
                    _membership(ctx, person, seat, (start, end), person.confidence,
                                "list-role-first")
                )  # fmt: skip
        return found

    def _duties_then_name(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """ "sihteeri ja tiedotusvastaava Aino Ek", "kulttuuri- ja ympäristövastaava Bo Lind":
        a list line of a body's duties in lower case (each word an office, a duty's word
        ending "-ja"/"-jä"/"-vastaava"/"-ansvarig", a word's first part before a hyphen, a
        number or "ja"/"och"), then a person closing the line: the officer's post when the
        line begins with it, else a member."""
        if ctx.body is None or not ctx.listing or ctx.status:
            return []
        lead = _DUTIES_BEFORE_NAME.match(text, start, end)
        if lead is None:
            return []
        words = [w.strip(",") for w in lead.group("duties").split()]
        if not all(
            _DUTY_PART.fullmatch(w) or self.lex.role_of(w) or _TREASURER.fullmatch(w.capitalize())
            for w in words
        ):
            return []
        person = self._person(text, lead.end(), end)
        if person is None or person.start != lead.end() or text[person.end : end].strip():
            return []
        role = self.lex.role_of(words[0]) if not _NUMBER_WORD.fullmatch(words[0]) else None
        if role not in ("chair", "vice_chair", "secretary"):
            role = "member"
        return [_membership(ctx, person, role, (start, end), person.confidence, "list-duties")]

    def _and_office_name(self, text: str, start: int, end: int) -> tuple[Mention, str] | None:
        """ "… ja varapuheenjohtaja Sami Luoto", "… och vice ordförande Bo Ek" closing a line
        after a name: the second person and the office said before them, or None."""
        mt = _AND_OFFICE.match(text, start, end)
        if mt is None:
            return None
        words = mt.group("office").split()
        for n in (2, 1):
            if len(words) < n:
                continue
            office = self.lex.role_of(" ".join(words[:n]))
            if office not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                continue
            at = mt.start("office") + len(" ".join(words[:n]))
            at += len(text[at:end]) - len(text[at:end].lstrip())
            second = self._person(text, at, end)
            if (
                second is not None
                and second.start == at
                and not text[second.end : end].strip(" .\t")
            ):
                return second, office
        return None

    def _office_slash_duty(
        self, text: str, end: int, toks: list[Token], ctx: Context
    ) -> list[Finding] | None:
        """ "Sekreterare/Kassör Bo Ek": an officer's post and a treasurer's duty joined by a
        slash, then a person and nothing else: the officer's post (the more specific). None
        when the line is not so made."""
        if len(toks) < 5 or toks[1].text != "/" or ctx.body is None:
            return None
        role = self.lex.role_of(toks[0].text)
        if role not in ("chair", "vice_chair", "secretary") or not _TREASURER.fullmatch(
            toks[2].text.capitalize()
        ):
            return None
        person = self._person(text, toks[3].start, end)
        if person is None or text[person.end : end].strip(" ,"):
            return None
        quote = (toks[0].start, end)
        return [_membership(ctx, person, role, quote, person.confidence, "list-role-first")]

    def _representative_first(
        self, text: str, start: int, end: int, toks: list[Token], ctx: Context
    ) -> list[Finding] | None:
        """ "Nuorisovaltuuston edustaja Aino Ahola", "Ungdomsfullmäktiges representant Bo Ek",
        "Hyvinvointialueen edustajana Aino Ahola, Kylälän hyvinvointialue": another party's
        representative in this body's list, the party in the genitive before the word and the
        name right after it: a member (the list's own role) on behalf of the party, or of the
        organisation named after the comma. None when the line is not so made."""
        if not toks or not ctx.listing or ctx.body is None or ctx.status or not toks[0].is_cap:
            return None
        c = next(
            (
                k
                for k in range(1, min(4, len(toks) - 1))
                if self.lex.role_of(toks[k].text) == "representative"
            ),
            None,
        )
        if c is None or not all(t.is_word for t in toks[:c]):
            return None
        person = self._person(text, toks[c + 1].start, end)
        if person is None or person.start != toks[c + 1].start:
            return None
        rest = text[person.end : end].strip()
        if rest and rest[0] not in ",(":
            return None
        party = self._representing(text, start, toks[c].end)
        if party is None:
            return None
        if _INFLUENCE_COUNCIL.search(party.name.casefold()) and (
            ctx.body.kind in ("city_board", "board")
            or re.search(r"valtuusto$|fullmäktige$", ctx.body.name.casefold())
        ):
            return None  # a youth council's speaking seat in a committee: no seat there
        behalf = (self._representing(text, person.end, end) if rest else None) or party
        role = ctx.role if ctx.role not in ("", "representative") else "member"
        return [
            _membership(
                ctx, person, role, (start, end), person.confidence, "list-role-first",
                on_behalf_of=behalf,
            )
        ]  # fmt: skip

    def _post_duties_name(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """ "Viceordförande, resekoordinator, Anna Berg", "Sekreterare och bokförare, Bo Ek": a
        post, the person's duties in lower case after it (or joined to it by "och"), then the
        person after the last comma: the post in the list's body (of two offices joined, the
        higher: "Sekreterare och vice ordförande, Bo Ek" is the vice chair)."""
        parts = text[start:end].split(",")
        if len(parts) < 2:
            return []
        head, middle, last = parts[0].strip(), parts[1:-1], parts[-1]
        joined = re.split(r"\s+(?:och|samt)\s+", head)
        first = joined[0]
        if not middle and first == head and not _TREASURER.fullmatch(first):
            return []  # "Post, Name": read as before ("Kassör, Bo Ek": a member)
        if not all(re.fullmatch(r"\s*[a-zåäö][\w -]*", m) for m in middle):
            return []
        role = self.lex.role_of(first)
        if role is None and ctx.listing and _TREASURER.fullmatch(first):
            role = "member"
        if role not in ("chair", "vice_chair", "secretary", "member"):
            return []
        offices = [r for w in joined if (r := self.lex.role_of(w)) in _OFFICE_RANK]
        if role in _OFFICE_RANK and offices:
            # "Sekreterare och vice ordförande, Bo Ek": of two offices, the higher
            role = min(offices, key=_OFFICE_RANK.index)
        at = end - len(last) + len(last) - len(last.lstrip())
        person = self._person(text, at, end)
        if person is None or text[person.end : end].strip():
            return []
        return [_membership(ctx, person, role, (start, end), person.confidence, "list-role-first")]

    def _joined_roles(self, word: str) -> str:
        """The office of a word that joins two posts with a hyphen ("Esittelijä-sihteeri",
        "sihteeri-rahastonhoitaja", "föredragande-sekreterare"): the officer's role either
        part names (a chair's, a vice chair's or a secretary's), else ""."""
        parts = word.split("-")
        if len(parts) != 2 or not all(parts):
            return ""
        roles = [self.lex.role_of(x) for x in parts]
        officer = [r for r in roles if r in ("chair", "vice_chair", "secretary")]
        return officer[0] if officer and all(roles) else ""

    def _past_job_title(self, toks: list[Token], k: int) -> int:
        """The token after a lower-case job title at ``k`` ("Sihteeri työllisyys- ja
        maahanmuuttopäällikkö Eila Pappila", "Esittelijä nuorisopäällikkö Tero Vinterbäck"):
        the title is the person's post, not part of the name. ``k`` when there is none."""
        j = k
        while (
            j + 1 < len(toks)
            and j - k < 4
            and toks[j].text[:1].islower()
            and (toks[j].text.endswith("-") or toks[j].text in ("ja", "och"))
        ):
            j += 1  # "työllisyys- ja …": a title's first half
        if (
            j < len(toks)
            and toks[j].text[:1].islower()
            # "vapaa-aikapäällikkö": a compound title read by its last part
            and self.lex.is_occupation(toks[j].text.rsplit("-", 1)[-1])
            and j + 1 < len(toks)
            and toks[j + 1].is_cap
        ):
            return j + 1
        # "Ordförande Kn Bo Ek", "Kassör 1:e Serg Eva Lind": a rank or a title, capitalised
        # (an ordinal before it), between the post and the name: the person's, not the name's
        j = k + bool(k < len(toks) and _RANK_ORDINAL.fullmatch(toks[k].text))
        if (
            self.lex.lang == "sv"
            and j + 1 < len(toks)
            and toks[j].is_cap
            and self.lex.is_occupation(toks[j].text)
            and toks[j + 1].is_cap
        ):
            return j + 1 + (toks[j + 1].text == "." and j + 2 < len(toks))
        return k

    def _officer_after_comma(self, text: str, start: int, end: int) -> str:
        """An officer's role as the last comma-separated part of an entry's other half
        ("/ Asiakasneuvoja, sihteeri", "/ Testby pensionärer, ordförande"), or ""."""
        last = text[start:end].rsplit(",", 1)
        if len(last) < 2:
            return ""
        role = self.lex.role_of(last[1].strip(" .;"))
        return role if role in ("chair", "vice_chair", "secretary") else ""

    def _officer_first_after_comma(self, text: str, start: int, end: int) -> str:
        """An officer's role right after the comma that follows the name, before whom the
        seat is for ("Aino Mäki, pj Testilän Seniorit ry"), or ""."""
        mt = re.match(r"\s*,\s*([^\W\d][\w.]*)\s+[A-ZÅÄÖ]", text[start:end])
        role = self.lex.role_of(mt.group(1)) if mt else None
        if role is None and (tasks := _OFFICE_AND_TASKS.fullmatch(text, start, end)) is not None:
            # "Bo Ek, sekreterare och information": the office, then the tasks that go with it
            role = self.lex.role_of(tasks.group(1))
        return role if role in ("chair", "vice_chair", "secretary") else ""

    def _role_word_first(self, text: str, start: int, end: int) -> bool:
        """Whether the entry begins with a capitalised role word or a line-initial role
        abbreviation followed by a space."""
        mt = re.match(r"\s*([^\W\d][\w.:-]*)\s", text[start:end])
        if mt is None:
            return False
        word = mt.group(1)
        if not word[:1].isupper():
            two = re.match(r"\s*([^\W\d][\w.:-]*\s+[^\W\d][\w.:-]*)\s", text[start:end])
            # "varajäsen Pekka Puu", "yhteinen varajäsen Pekka Puu"
            return self.lex.role_of(word) == "deputy_member" or bool(
                two and self.lex.role_of(two.group(1)) == "deputy_member"
            )
        return bool(
            self.lex.role_of(word)
            or self.lex.line_abbreviation(word)
            or _DUTY_FIRST.fullmatch(word)
            or _GROUP_REPRESENTATIVE_FIRST.fullmatch(word)
        )

    def _caption_names(
        self, text: str, start: int, end: int
    ) -> tuple[list[Mention], list[Mention]]:
        """The people a photo's caption lists (its first sentence, "A, B och C.") and those a
        sentence after it says are missing from the photo ("D saknas på bilden", "Kuvasta
        puuttuu D")."""
        stop = next(
            (mt.start() for mt in re.finditer(r"\.(?:\s+|$)", text[start:end])), end - start
        )
        names = self._name_list(text, start, start + stop)
        missing: list[Mention] = []
        if not names:
            return [], []
        for mt in _MISSING.finditer(text, start + stop, end):
            s0, e0 = mt.span(next(g for g in ("name", "fi1", "fi2") if mt.group(g)))
            found = self._name_list(text, s0, e0) or (
                [p] if (p := self._person(text, s0, e0)) is not None and p.end == e0 else []
            )
            missing += found
        return names, missing

    def _name_list(self, text: str, start: int, end: int) -> list[Mention]:
        """Two or more people and nothing else, separated by commas and "ja"/"och" ("Liisa
        Laine, Matti Mäki ja Onni Oja"); [] for anything else."""
        toks = tokens(text, start, end)
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            person = self.r.person_at(toks, i, in_list=True)
            if person is None or self._named_place(person.written):
                return []
            out.append(person)
            while i < len(toks) and toks[i].start < person.end:
                i += 1
            if i < len(toks) and toks[i].text == "(":
                # "Varapuheenjohtajat: A, B, C ( jäsenvastaava)": a member's duty in lower
                # case in parentheses after a name, no office, leaves the label's role the
                # name's
                close = next((k for k in range(i, len(toks)) if toks[k].text == ")"), None)
                inner = text[toks[i].end : toks[close].start].strip() if close else ""
                said = self.lex.find_role(inner) if inner else None
                if (
                    close is None
                    or not _LOWER_WORDS.fullmatch(inner)
                    or (said is not None and said[0] != "member")
                ):
                    return []
                i = close + 1
            if i < len(toks):
                if toks[i].text.casefold() not in (",", "ja", "sekä", "och", "samt", "&"):
                    return []
                i += 1
                if i == len(toks):
                    return []
        return out

    def _name_place_run(self, text: str, start: int, end: int) -> list[tuple[Mention, str]]:
        """Three or more people run on one line, each name followed by a comma and where the
        person comes from (a place or two, an organisation: capitalised words, no one's name),
        an office in parentheses after either ("Aino Ek, Testby (ordförande), Bo Lind
        (sekreterare), Testvik, Eva Berg, Testö / Testfjärdens förening och Olli Salo,
        Testnäs"): each person with the office said for them (or ""); [] for anything else —
        a first part that is no name, more than three parts after a name, fewer places than
        half the names."""
        parts = _RUN_PARTS.split(text[start:end].rstrip(" .\t"))
        out: list[tuple[Mention, str]] = []
        at, after, places = start, 0, 0
        for part in parts:
            s0 = start + text[start:end].find(part, at - start)
            at = s0 + len(part)
            office = _OFFICE_IN_PARENTHESES.search(part)
            bare = part[: office.start()] if office else part
            toks = tokens(text, s0, s0 + len(bare.rstrip()))
            person = self.r.person_at(toks, 0, in_list=True) if toks else None
            if person is not None and person.end == toks[-1].end:
                out.append((person, ""))
                after = 0
            elif out and after < 3 and _PLACE_PART.fullmatch(bare.strip()):
                after += 1
                places += after == 1
            else:
                return []
            if office is not None:
                said = self.lex.role_of(office.group(1))
                if said is None or out[-1][1]:
                    return []
                out[-1] = (out[-1][0], said)
        if len(out) < 3 or places * 2 < len(out):
            return []
        return out

    def _two_joined(self, text: str, start: int, end: int) -> list[Mention]:
        """Two people joined by "ja"/"och" and nothing else, each perhaps with a town after
        the name (both or neither): "Aino Ek ja Bo Lind", "Aino Ek Kylälä ja Bo Lind Ylämaa";
        [] for anything else."""
        toks = tokens(text, start, end)
        out: list[Mention] = []
        towns = 0
        i = 0
        for k in range(2):
            person = self.r.person_at(toks, i, in_list=True) if i < len(toks) else None
            if (
                person is not None
                and towns == 1
                and len(person.written.split()) >= 3
                and place_of(person.written.split()[-1], self.r.morph)
            ):
                # "A Lahti ja Päivi Mäki Salo": the town after the second name as after the first
                last = next(x for x in range(i, len(toks)) if toks[x].end >= person.end)
                person = self.r.person_at(toks[:last], i, in_list=True)
            if person is None or self._named_place(person.written):
                return []
            out.append(person)
            while i < len(toks) and toks[i].start < person.end:
                i += 1
            if i < len(toks) and toks[i].is_cap and place_of(toks[i].text, self.r.morph):
                towns += 1
                i += 1
            if k == 0:
                if i >= len(toks) or toks[i].text.casefold() not in ("ja", "sekä", "och", "samt"):
                    return []
                i += 1
        if i != len(toks) or towns not in (0, 2):
            return []
        if towns == 0 and all(
            len(p.written.split()) >= 3 and place_of(p.written.split()[-1], self.r.morph)
            for p in out
        ):
            # "A B Lahti ja C D Kuopio" read with the towns in the names (the rules): each
            # name without its town
            cut = []
            for p in out:
                k = next(x for x, t in enumerate(toks) if t.start == p.start)
                last = next(x for x in range(k, len(toks)) if toks[x].end >= p.end)
                short = self.r.person_at(toks[:last], k, in_list=True)
                if short is None:
                    return out
                cut.append(short)
            return cut
        return out

    def _name_list_with_roles(self, text: str, start: int, end: int) -> list[tuple[Mention, str]]:
        """As :meth:`_name_list`, a role in parentheses after some of the names ("Aino Ek
        (puheenjohtaja), Bo Lind (sihteeri), Olli Mäki ja Pirjo Aho"): each person with the
        role said, or ""; [] unless at least one role is said and every parenthesis is one."""
        toks = tokens(text, start, end)
        out: list[tuple[Mention, str]] = []
        set_off = False
        i = 0
        while i < len(toks):
            person = self.r.person_at(toks, i, in_list=True)
            if person is None or self._named_place(person.written):
                return []
            while i < len(toks) and toks[i].start < person.end:
                i += 1
            role = ""
            if i < len(toks) and toks[i].text == "(":
                close = next((k for k in range(i, len(toks)) if toks[k].text == ")"), None)
                if close is None:
                    return []
                role = self.lex.role_of(text[toks[i].end : toks[close].start].strip()) or ""
                if not role:
                    return []
                i = close + 1
            elif (said := self._office_set_off(toks, i)) is not None:
                # "Aino Ek, puheenjohtaja ja tiedottaja, Bo Lind, varapuheenjohtaja, Olli Mäki
                # ja Pirjo Aho": an office set off by commas right after the name
                role, i = said
                set_off = True
            elif (said := self._office_after(toks, i)) is not None:
                # "Aino Ek ordförande, Bo Lind vice ordförande, Eva Salo kassör och Per Holm
                # ledamot": each name's office right after it, no comma between
                role, i = said
                set_off = True
            out.append((person, role))
            if i < len(toks):
                if toks[i].text.casefold() not in (",", "ja", "sekä", "och", "samt", "&"):
                    return []
                i += 1
                if i == len(toks) and not (set_off and toks[i - 1].text == ","):
                    # (a comma closing a line of offices set off: "…, C, vice ordf.,", the
                    # line's run going on below)
                    return []
        if set_off and not any(r in ("chair", "vice_chair", "secretary") for _, r in out):
            return []  # a duty after each name but no officer: not a board's run
        return out if any(r for _, r in out) else []

    def _office_after(self, toks: list[Token], i: int) -> tuple[str, int] | None:
        """The role and the next token's index when the lower-case words from token ``i`` up to
        the next comma, "och"/"ja" before a name, or the end are an office the lexicon knows
        ("vice ordförande"; "protokollförande sekreterare": a participle before it keeps the
        office), or one word of a duty ("kassör": a member's); None for anything else."""
        k = i
        while k < len(toks) and k - i < 3 and _LOWER_WORD.fullmatch(toks[k].text):
            if toks[k].text.casefold() in _JOINERS and k + 1 < len(toks) and toks[k + 1].is_cap:
                break
            k += 1
        if k == i or (k < len(toks) and toks[k].text.casefold() not in (",", *_JOINERS)):
            return None
        words = [t.text for t in toks[i:k]]
        role = self.lex.role_of(" ".join(words))
        if role is None and len(words) == 2 and _PARTICIPLE.fullmatch(words[0]):
            role = self.lex.role_of(words[1])
        if role is None and len(words) == 1 and not self.lex.find_role(words[0]):
            role = "member" if _DUTY_WORD.fullmatch(words[0]) else None
        if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
            return None
        return role, k

    def _office_set_off(self, toks: list[Token], i: int) -> tuple[str, int] | None:
        """The role and the next token's index when token ``i`` is a comma after a name and
        lower-case words follow up to the next comma, a name or the end: an office the
        lexicon knows ("puheenjohtaja", "sihteeri ja varainhoitaja": the first one's role) or a
        duty ("tiedottaja", "-vastaava": a member's); None for anything else ("Aino Ek,
        Kylälä")."""
        if not (i + 1 < len(toks) and toks[i].text == "," and toks[i + 1].text[:1].islower()):
            return None
        k = i + 1
        while (
            k < len(toks)
            and k - i <= 5
            and (
                re.fullmatch(r"[a-zåäöü][\w-]*", toks[k].text)
                # ("vice ordf.": an abbreviation's point)
                or (toks[k].text == "." and k > i + 1 and toks[k].start == toks[k - 1].end)
            )
        ):
            k += 1
        if k < len(toks) and toks[k].text != ",":
            if not toks[k].is_cap or toks[k - 1].text.casefold() not in ("ja", "sekä", "och"):
                return None
            k -= 1  # "…, sihteeri ja Bo Lind": the "ja" joins the next name
        if k == i + 1:
            return None
        first = toks[i + 1].text
        # ("vice ordf.", "v. pj.": an office of more than one word, abbreviated)
        words = "".join(t.text if t.text == "." else " " + t.text for t in toks[i + 1 : k]).strip()
        role = self.lex.role_of(first) or self.lex.role_of(words)
        if role is None and re.search(r"(?:ja|jä|vastaava)$", first.casefold()) and k == i + 2:
            role = "member"
        if role not in ("chair", "vice_chair", "secretary", "member"):
            return None
        return role, k

    def _named_place(self, written: str) -> bool:
        """ "Klubitalo Fontana", "Kahvila Aurinko"-like pairs: a capitalised common noun (no
        first name) before a word the dictionary does not know names a place or an
        organisation, not a person. Only with voikko, which knows first names."""
        words = written.split()
        if len(words) != 2 or self.r.morph.name != "voikko":
            return False
        first = {a.cls for a in self.r.morph.analyse(words[0])}
        return bool(first) and first <= {morphology.NOUN} and not self.r.morph.analyse(words[1])

    def _after_occupation(self, text: str, start: int, end: int) -> int | None:
        """Where the name begins after a capitalised job title that opens an entry
        ("Socialarbetare Kristina Maars fungerar som sekreterare"), when a person follows.
        An acting post's abbreviation before the title ("Vs. talousjohtaja Aino Ahola", "T.f.
        direktör Bo Ek") belongs to the title."""
        acting = _ACTING.match(text, start, end)
        if acting is not None:
            rest = text[acting.end() : end]
            shown = text[: acting.end()] + rest[:1].upper() + rest[1:]
            return self._after_occupation(shown, acting.end(), end)
        gen = _GENITIVE_TITLE_COMMA.match(text, start, end)
        if (
            gen is not None
            and self.lex.is_occupation(gen.group(2))
            and (
                self._genitive_only(gen.group(1)) if self.r.finnish else gen.group(1).endswith("s")
            )
        ):
            # "Institutets direktor, Docent Ria Berg": the head's title of an institution in
            # the genitive, a comma, then the person's own title or the name
            after = self._after_occupation(text, gen.end(), end)
            if after is not None:
                return after
            if self._person(text, gen.end(), end) is not None:
                return gen.end()
        joined = _JOINED_TITLE.match(text, start, end)
        if (
            joined is not None
            and not self.lex.role_of(joined.group(1))
            and self._person(text, joined.end(), end) is not None
        ):
            # "Liikenne- ja viestintäministeri Aino Ahola": two titles sharing their last half
            return joined.end()
        mt = re.match(r"\s*[A-ZÅÄÖÜ][\w-]+\s+([a-zåäöü][\w-]+)\s+(?=[A-ZÅÄÖÜ])", text[start:end])
        if mt is None or not self.lex.is_occupation(mt.group(1)):
            # "Tekninen johtaja Marja Vaajasaari", "Erityisryhmien liikunnanohjaaja …": two
            # words of a title, else one
            mt = re.match(r"\s*([A-ZÅÄÖÜ][\w-]+)\s+(?=[A-ZÅÄÖÜ])", text[start:end])
        if mt is not None and self.lex.is_occupation(mt.group(1)):
            if self._person(text, start + mt.end(), end) is None:
                return None
            return start + mt.end()
        # "Rakennusneuvos, DI Jaakko Heikkilä", "Yksikönjohtaja (OYS) Päivi Hirsso", "Lukion
        # kemian lehtori Aino Ahola": a capitalised word, then more of the title in lower case,
        # abbreviations and commas before the name, a job among its words
        head = re.match(r"\s*[A-ZÅÄÖÜ][\w-]+(?=[\s,(])", text[start:end])
        more = _MORE_TITLE.match(text, start + head.end(), end) if head else None
        if head is None or more is None:
            return None
        words = re.findall(r"[\w-]+", head.group() + more.group())
        if not any(self.lex.is_occupation(w) for w in words):
            return None
        first = self.r.analyse(words[0])
        if not self.lex.is_occupation(words[0]) and not (
            self.r.finnish and first and all(a.case == "gen" for a in first)
        ):
            return None  # "Pöytäkirjanpitäjä vs. hallintojohtaja": a task, then a job
        linking = re.compile(rf"(?:{self.lex.linking})", re.I)
        if any(
            (linking.fullmatch(w) and not w.isdigit())
            or any(a.cls == morphology.VERB and not a.case for a in self.r.analyse(w))
            for w in words[1:]
        ):
            return None  # "Neuvoston sihteerinä toimii koordinaattori A": a sentence
        if self._person(text, more.end(), end) is None:
            return None
        return more.end()

    def _office_after_job(self, text: str, start: int, end: int) -> str:
        """ "Aino Ek sosionomi AMK puheenjohtaja, Kylälä": after a name, a job in lower case
        (an abbreviation perhaps in capitals), then an officer's word before a comma or the
        end: that office ("" if a word before it is a genitive, another body's office, or
        says it is a former one)."""
        mt = _JOB_THEN_OFFICE.match(text, start, end)
        if mt is None:
            return ""
        words = mt.group(1).split()
        role = self.lex.role_of(words[-1])
        if role not in ("chair", "vice_chair", "secretary"):
            return ""
        if any(
            self._genitive_only(w) or (self.lex.former and re.fullmatch(self.lex.former, w, re.I))
            for w in words[:-1]
        ):
            return ""
        return role

    def _genitive_only(self, word: str) -> bool:
        """Whether every reading of ``word`` is a genitive ("Instituutin", "Hallituksen")."""
        readings = self.r.analyse(word)
        return bool(readings) and all(a.case == "gen" for a in readings)

    def _office_of_other_body_first(
        self, text: str, start: int, end: int, body: Mention | None
    ) -> tuple[int, str] | None:
        """Where the name begins after a body's officer's post in the genitive that opens a
        list line ("Styrelsens ordförande Erkki Ek"), when a person follows and nothing but a
        parenthesis after the name; and the seat the post is in the list's body: none under a
        delegation's heading (a bare board's word, an office in a board of whom is not said: a
        title), the chair under the board's own. A body named in full is no title's
        ("Hiippakuntavaltuuston puheenjohtaja A": None)."""
        if body is None or body.kind == "person":
            return None
        m = _BODY_OFFICE_FIRST.match(text, start, end)
        if m is None or self.lex.role_of(m.group(2)) not in ("chair", "vice_chair", "secretary"):
            return None
        named = self.r.bodies(tokens(text, m.start(1), m.end(1)))
        if len(named) != 1:
            return None
        own = _same_head_definite(named[0].name, body.name)
        if not own and not re.fullmatch(self.lex.anaphora, named[0].name.casefold()):
            return None  # "Hiippakuntavaltuuston puheenjohtaja A": a seat in a body named
        said = m.group(1)
        if not (
            self._genitive_only(said)
            if self.r.finnish
            else said.casefold().endswith("s") and said.casefold() != named[0].name.casefold()
        ):
            return None
        person = self._person(text, m.end(), end)
        if person is None:
            return None
        rest = text[person.end : end]
        if rest.strip() and not _PAREN_OFFICE.fullmatch(rest.strip()):
            return None
        # "Styrelsens ordförande A" under "Föreningens styrelse": the office is the seat
        return m.end(), (self.lex.role_of(m.group(2)) or "") if own else ""

    def _post_title(self, label: str) -> bool:
        """A label that is one Finnish common noun in the nominative ("Tiedottaja",
        "Rahastonhoitaja"): the name of a post. Places, names and organisations are not."""
        words = label.split()
        if not self.r.finnish or len(words) != 1 or self.r.morph.name != "voikko":
            return False
        readings = self.r.morph.analyse(words[0])
        return bool(readings) and all(
            a.cls == morphology.NOUN and a.case == "nom" for a in readings
        )

    def _prose_after_name(self, text: str, start: int, end: int) -> bool:
        """Whether the words after an entry's name from ``start`` read as a sentence's: six
        words or more closed by a full stop, the first in lower case right after the name
        (no comma, dash or bracket between) and no role, job or duty."""
        rest = text[start:end].rstrip()
        words = rest.split()
        if len(words) < 6 or not rest.endswith(".") or not rest[:1].isspace():
            return False
        first = words[0]
        return (
            re.fullmatch(r"[a-zåäö]{3,}", first) is not None
            and self.lex.role_of(first) is None
            and not self.lex.find_role(" ".join(words[:3]))
            and not self.lex.is_occupation(first)
            and not DUTY_ONLY.fullmatch(first)
            and first.casefold() not in TREASURER_WORDS
        )

    def _semicolon_label(self, body: str) -> re.Match[str] | None:
        """ "Kassör; Bo Ek, bo.ek@example.se", "Fastighetsansvarig; Eva Lind": a post's label
        closed by the line's one semicolon where a colon is meant, a capitalised name after it;
        None for any other line (a run of entries, a place or an organisation before it)."""
        if body.count(";") != 1:
            return None
        m = _SEMICOLON_LABEL.match(body)
        if m is None:
            return None
        said = m.group(1).strip()
        if (
            self.lex.role_of(said)
            or _TREASURER.fullmatch(said.capitalize())
            or _DUTY_FIRST.fullmatch(said)
        ):
            return m
        return None

    def _office_dash(self, body: str) -> re.Match[str] | None:
        """ "ORDFÖRANDE \u2013 Aino Berg": an office (nothing else) before a dash and a name."""
        m = _ROLE_DASH.match(body)
        if m is None:
            return None
        said = m.group(1).strip()
        return m if self.lex.role_of(said) or _TREASURER.fullmatch(said.capitalize()) else None

    def role_line(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """A line that is one person and a role stated with them ("Sihteeri: Samuel Räsänen",
        "Ihalainen Wilma, puheenjohtaja", "Maud Ärlebrant (KD), ordförande"), read as a list
        entry; [] for any other line (a sentence, a heading, a name without a role)."""
        body = text[start:end]
        last = body.rstrip().rsplit(None, 1)[-1] if body.strip() else ""
        abbreviated = last.endswith(".") and bool(self.lex.role_of(last))  # "… (S) ordf."
        if len(body.split()) > 14 or (body.rstrip().endswith(".") and not abbreviated):
            return []
        m = re.match(
            rf"\s*([^\W\d][\w .-]{{1,40}}?){_LABEL_TERM}\s*:\s+(?=\S)", body
        ) or self._office_dash(body)
        stated = bool(m and self.lex.role_of(m.group(1)))
        if not stated and m is not None and self._person(text, start + m.end(), end):
            # "Testilän seurakunta: Kaisa Koski, varalla Liisa Laine": a party's seat
            s0 = start + m.start(1)
            org = self._organisation(text, s0, s0 + len(m.group(1)))
            stated = org is not None and org.start == s0 and org.end == s0 + len(m.group(1))
        if not stated and (first := self._role_first(text, start, end, ctx)):
            return first  # "Puheenjohtaja Aino Ahola": the role first, without a colon
        if not stated:
            person = (
                self._person(text, start, end)
                or self._capital_surname_first(text, start, end)
                # "Ek, Bo, ordförande": surname first with a comma, then the office
                or self._surname_first(text, start, end)
                # "Professor Aino Berg (ordförande)": a job or an academic title first
                or (
                    self._person(text, after, end)
                    if (after := self._after_occupation(text, start, end)) is not None
                    else None
                )
            )
            stated = person is not None and bool(self._role_in(text, person.end, end))
        if not stated:
            return []
        return self.entry(text, start, end, ctx)

    def titled_card(
        self,
        text: str,
        name: tuple[int, int],
        title: tuple[int, int],
        ctx: Context,
        headed: bool = False,
        series: bool = False,
    ) -> list[Finding]:
        """A name on a line of its own and under it the person's title in the body of the
        context ("Eila Sallinen" / "vammaisneuvoston jäsen", "Anna Berg" / "rådets
        ordförande", "Anna Berg" / "ordförande i äldrerådet"): the person holds that role.
        Inside a list, the title line may be a job title and a role ("hyvinvointikoordinaattori,
        puheenjohtaja"), or a job title alone (a member, or the role of a heading right above:
        ``headed``). [] for any other pair of lines (another body's title, a job title outside
        a list). In a ``series`` of such cards (the entries of a list, though nothing
        introduced one) the name may have its office in parentheses ("Bo Lind (ers.)")."""
        if ctx.body is None or ctx.status or ctx.contacts:
            return []
        person = self._person(text, *name)
        if person is None:
            return []
        office = ""
        if person.end != name[1]:
            marked = re.fullmatch(r"\s*\(([^()]{2,20})\)\s*", text[person.end : name[1]])
            if marked and series:
                said = marked.group(1).strip()
                office = self.lex.role_of(said) or (
                    "deputy_member" if re.fullmatch(self.lex.deputies, said) else ""
                )
            if not office:
                return []
            return [
                _membership(
                    ctx, person, office, (name[0], title[1]), person.confidence, "list-card"
                )
            ]
        # "vammaisneuvoston jäsen, Karstulan edustaja": the title before the first comma
        line = re.split(r"[,;]", text[title[0] : title[1]])[0].strip().rstrip(".")
        role = self._body_role(line, ctx.body)
        if not role and self.lex.lang == "sv":
            # "ordförande i äldrerådet": the role, then the body after "i"
            head, sep, owner = line.partition(" i ")
            found = self.r.bodies(tokens(owner)) if sep else []
            if found and _same_head(found[-1].name, ctx.body.name):
                role = self.lex.role_of(head) or ""
        if not role and (ctx.listing or series) and not ctx.columns and not ctx.pairs:
            # inside a list: "Aino Ahola" / "hyvinvointikoordinaattori, puheenjohtaja" is a
            # list entry whose job title and role are printed under the name
            whole = text[title[0] : title[1]]
            if whole[:1].islower() and not self._names_person(whole):
                # a role heading right above (``headed``: "Puheenjohtaja") names this person; a
                # column of deputies ("Varajäsenet") names them all
                held = (
                    ctx.role if ctx.role and (headed or ctx.role == "deputy_member") else "member"
                )
                role = self._role_in(text, title[0], title[1], ctx.body) or held
        if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
            return []
        return [_membership(ctx, person, role, (name[0], title[1]), person.confidence, "list-card")]

    def _person(self, text: str, start: int, end: int) -> Mention | None:
        toks = tokens(text, start, end)
        if not toks:
            return None
        found = self.r.person_at(toks, 0, in_list=True)
        if found is None:
            return None
        after = text[found.end : end].lstrip()
        # the name must end the slot or be followed by a comma, a parenthesis or a slash, or
        # by a party's abbreviation alone ("Anna Berg S", "Bo Ek KD"), or by the full stop
        # that ends the list ("Nina Holm-Berg."); a dash, en or em ("Aino Ek — FM")
        if (
            after
            and after.rstrip() != "."
            and after[0] not in ",(/–—-:;"  # noqa: RUF001
            and not after[:1].islower()
            and not re.fullmatch(r"[A-ZÅÄÖ]{1,4}\.?", after.rstrip())
            # "Aino Ahola POISSA", "Bo Ek (frånvarande)": a member absent from the meeting
            and not _ABSENT.fullmatch(after.rstrip())
            # "Aino Ahola. jäsen": a stray full stop before the role
            and not (
                (stray := re.fullmatch(r"\.\s+([a-zåäö][\w ]*?)\s*", after))
                and self.lex.role_of(stray.group(1))
            )
            # "Janne Laatikainen 1. vpj.", "Anna Berg II vice ordförande", "Bo Ek 2: vice
            # ordf": an ordinal, a role
            and not re.match(r"(?:\d{1,2}(?:\.|:e|:a|:)|I{1,3})\s+[a-zåäö]", after)
            # "Bo Ek Hudiksvall": the place the person lives in, alone after the name
            and not (
                len(after.split()) == 1
                and (
                    place_of(after.rstrip(), self.r.morph)
                    # (or a word the page prints as a column of places after names)
                    or after.rstrip() in self.r.page_places
                )
            )
        ):
            return None
        if re.match(r"(?:ry|rf|r\.y\.|r\.f\.)(?![\w])", after):
            return None  # "Joroisten Eläkkeensaajat ry": an association
        return found

    def _titled(
        self,
        text: str,
        start: int,
        end: int,
        ctx: Context,
        quote: tuple[int, int],
        label_role: str,
    ) -> list[Finding]:
        """An entry whose name follows a title: "pormestari Juhana Vartiainen (puheenjohtaja)",
        "henkilöstön edustaja Päivi Virtanen", "toimialajohtajat A, B ja C." — the title is
        lower-case words (a role among them gives the role), then one or more names."""
        toks = tokens(text, start, end)
        i = 0
        while i < len(toks) and i <= 8 and not toks[i].is_cap:
            t = toks[i]
            if t.is_word and not t.text[:1].islower():
                return []
            if (
                t.is_word
                and any(a.cls == "verb" and not a.case for a in self.r.analyse(t.text))
                and self.r.finnish
            ):
                return []  # a sentence, not a title
            if (
                t.is_word
                and self.r.finnish
                and _TRANSLATIVE_END.search(t.text.casefold())
                and self.lex.role_of(t.text)
            ):
                # "valita jaoston puheenjohtajaksi Aino Ahon": a role in the translative is
                # what a verb makes someone, no title's word (a title names its role in the
                # nominative): a sentence, read as one
                return []
            if (
                not t.is_word
                and t.text not in (",", "-", "/")
                # ("pj. Aino Ek, Kylälä", "rahastonh. Bo Lind": an abbreviation's full stop)
                and not (
                    t.text == "."
                    and i > 0
                    and toks[i - 1].is_word
                    and toks[i - 1].end == t.start
                    and 2 <= len(toks[i - 1].text) <= 12
                )
            ):
                return []  # ("puheenjohtaja/ ordförande": a title in two languages)
            i += 1
        if i == 0 or i >= len(toks) or i > 8:
            return []
        names = []
        j = i
        while j < len(toks):
            person = self.r.person_at(toks, j, in_list=True)
            if person is None:
                break
            if names and re.match(r"\s*(?:ry|rf|r\.y\.|r\.f\.)(?!\w)", text[person.end : end]):
                break  # "…, Testilän Palvelukoti ry": whom the entry is for, not a name
            names.append(person)
            while j < len(toks) and toks[j].start < person.end:
                j += 1
            if j < len(toks) and toks[j].text.casefold() in (",", "ja", "och", "sekä", "samt"):
                j += 1
                continue
            break
        if not names:
            return []
        title_start, title_end = toks[0].start, toks[i - 1].end
        title = text[title_start:title_end]
        after_names = names[-1].end
        role = label_role or self._role_in(text, after_names, end)
        behalf = None
        if not role:
            words = title.split()
            # the longest end of the title that names a role: "vice ordförande", "2.
            # varapuheenjohtaja" are the vice chair, not the chair its last word names
            title_role = next(
                (
                    r
                    for n in (3, 2, 1)
                    if n <= len(words) and (r := self.lex.role_of(" ".join(words[-n:])))
                ),
                None,
            )
            if (
                title_role
                and ctx.role
                and ctx.body is not None
                and (other := next(iter(self.r.bodies(toks[:i])), None)) is not None
                and other.name.casefold() != ctx.body.name.casefold()
            ):
                # "vice ordförande" over "stadsfullmäktiges ordförande Aino Ek": an office in
                # another body, the person's title; the seat is the heading's
                title_role = None
            if (title_role and title_role not in ("member", "deputy_member")) or (
                title_role and len(words) == 1
            ):
                role = title_role
            lead = next(
                (
                    (n, r)
                    for n in (3, 2, 1)
                    if n < len(words) and (r := self.lex.role_of(" ".join(words[:n])))
                ),
                None,
            )
            if not title_role and lead and not self.lex.find_role(" ".join(words[lead[0] :])):
                # "ordförande professor Anne Remes", "vice ordförande europarlamentariker B":
                # the seat's role, then the person's job
                role = lead[1]
            behalf = self._representing(text, title_start, title_end)
            if behalf is not None:
                role = "representative"
            organ = next(iter(self.r.bodies(toks[:i])), None)
            if role == "representative" and organ is not None and self._seat_for_organ(organ, ctx):
                # "• kaupunginhallituksen edustajina A ja B" in a council's composition: seats
                # in the council held for the organ that named them
                role, behalf = "member", organ
        found = []
        for person in names:
            found.append(
                _membership(
                    ctx,
                    person,
                    role or ctx.role or "member",
                    quote,
                    person.confidence - 0.05,
                    "list-titled",
                    on_behalf_of=behalf,
                )
            )
        deputy = self._deputy_in_parentheses(text, after_names, end, ctx)
        if deputy is not None and len(names) == 1:
            found.append(
                _membership(
                    ctx,
                    deputy,
                    "deputy_member",
                    quote,
                    deputy.confidence - 0.05,
                    "list-deputy",
                    deputy_for=names[0],
                )
            )
        return found

    def _organisation(self, text: str, start: int, end: int) -> Mention | None:
        toks = tokens(text, start, end)
        best = None
        for j in range(len(toks)):
            if toks[j].text == "(":
                break
            found = self.r.organisation_at(toks, j)
            if found is not None:
                best = found
        return best

    def _role_in(self, text: str, start: int, end: int, body: Mention | None = None) -> str:
        """The role the rest of an entry gives: a role in parentheses ("(puheenjohtaja)"), or a
        comma-separated part that is a role and nothing else (", varapuheenjohtaja I"). On a
        line whose columns are run together with runs of spaces, a later column that names
        another person is that person's, with a role alone just before it ("Name, ordförande
        ersättare Name", "jäsen   Name   varajäsen   Name"); a role column with no one after it
        is this entry's ("Koski, Kaisa      varajäsen")."""
        rest = text[start:end]
        if (short := re.match(r"[ \t]+([a-zåäö]{2,6}\.)[ \t]+(?=[A-ZÅÄÖ])", rest)) and (
            (role := self.lex.role_of(short.group(1))) in ("chair", "vice_chair", "secretary")
        ):
            # "Aino Ek pj.  Kylälän Kuoro (SKL)": an officer's abbreviation right after the
            # name, then the column of whom she comes from
            return role
        cells = GAP.split(rest)
        k = next((i for i in range(1, len(cells)) if self._names_person(cells[i])), None)
        if k is not None:
            if k > 1 and self.lex.role_of(cells[k - 1].strip()):
                k -= 1
            rest = "   ".join(cells[:k])
        for par in re.finditer(r"\(([^()]*)\)", rest):
            inner = par.group(1).strip()
            if _OWN_DEPUTY.match(inner):
                continue  # "(varajäsenenään talousjohtaja)": who stands in for the entry
            if self.r.finnish and inner.casefold() == "varalla":
                return "deputy_member"  # "Aino Ek (varalla)": the entry's seat is a deputy's
            if role := self.lex.role_of(inner):
                return role
            found = self.lex.find_role(inner)
            if found and found[1] == 0 and not self._names_person(inner[found[2] :]):
                party = re.sub(r"^\w*\s+(?:för\s+|från\s+)?", "", inner[found[1] :])
                if found[0] == "representative" and party and not self._party_like(party):
                    continue  # "(representant för anhöriga)": a member speaking for a group
                if found[0] == "representative" and self._other_body(party, body):
                    continue  # "(edustaja kaupunginvaltuustossa)": a seat in another body
                return found[0]
            for part in inner.split(","):
                # "(Nuorisovaltuuston PJ, edustaja kaupunginvaltuustossa, …)": the part that
                # is a role, or this body's role; other bodies' seats are the person's own
                part = part.strip().rstrip(".")
                if role := self.lex.role_of(part):
                    if role != "representative":
                        return role
                    continue
                if self._body_role(part, body):
                    return self._body_role(part, body)
        linked = re.fullmatch(rf"\s*((?:(?:{self.lex.linking})\s+)+)(\w[\w .]*?)\s*\.?\s*", rest)
        if linked and (role := self.lex.role_of(linked.group(2))):
            return role  # "Kristina Maars fungerar som sekreterare": a verb, then the role
        parts = re.split(r"[,;]", re.sub(r"\([^()]*\)", "", rest))
        for i, part in enumerate(parts):
            # ("Aino Ek - Ordförande, vald till 2025": the office after a dash)
            part = re.sub(r"^[–—-]\s+", "", part.strip()).rstrip(".")  # noqa: RUF001
            # ("Aino Ek, ny ersättare": a mark of the election before the office)
            part = ELECTION_MARK.sub("", part, count=1)
            if (dated := _DATED_POST.fullmatch(part)) is not None:
                # "Aino Ek, puheenjohtaja 31.5.2023 saakka": the post, without its dates
                part = dated.group("post")
            if part and (role := self.lex.role_of(part)):
                if role == "member":
                    # "Aino Ek, varsinainen jäsen, Kylälä, 1. varapuheenjohtaja": the kind of
                    # seat, then the office held in it further on: the office
                    office = next(
                        (
                            later
                            for p in parts[i + 1 :]
                            if (later := self.lex.role_of(p.strip().rstrip(".")))
                            in ("chair", "vice_chair", "secretary")
                        ),
                        None,
                    )
                    if office is not None:
                        return office
                return role
            # ("Aino Ek, ideell sektor \u2013 VICE ORDF": the office after the sector and a dash)
            dashed = re.split(r"\s[\u2013\u2014-]\s+", part)
            if len(dashed) > 1 and (role := self.lex.role_of(dashed[-1].strip())):
                return role
            # ("Bo Ek (M), Norrby- vice ordförande": the dash glued to the place before it)
            glued = _GLUED_DASH.split(part)
            if len(glued) == 2 and (role := self.lex.role_of(glued[-1].strip())):
                return role
            # ("Aino Ek sihteeri — FM, opettaja": the office, then a dash and the person's
            # degree or occupation)
            if len(dashed) > 1 and (role := self.lex.role_of(dashed[0].strip())):
                return role
            if role := self.two_posts(part, body):
                return role
            if role := self._body_role(part, body):
                return role
            if role := _level_role(part, body):
                return role
            # "Ek Tony, ordförande C", "puheenjohtaja KOK": the role, then the party's
            # abbreviation in a column of its own
            bare = re.sub(r"\s+[A-ZÅÄÖ]{1,4}\.?$", "", part)
            if bare != part and (role := self.lex.role_of(bare)):
                return role
            # "Hiippavuori Antero, puheenjohtaja 0400 774 515 Eläkeliiton …": the role, then
            # a telephone number and what the person speaks for
            phone = _ROLE_PHONE.match(part)
            if phone and (role := self.lex.role_of(phone.group(1))):
                return role
            # "Sture Ek, LRF ordförande", "Bo Lind, Sågverken Mellansverige vice ordförande":
            # whom the person comes from, then the office held in the body in lower case
            after_org = _OFFICE_AFTER_ORGANISATION.fullmatch(part.strip())
            if (
                after_org
                and (role := self.lex.role_of(after_org.group(1))) in _OFFICER_ROLES
                # (not a person's name and an office in the essive: "…, Olli Oja (sdp)
                # varapuheenjohtajana", a sentence's clause)
                and first_name(part.split()[0]) is None
                and not re.search(r"(?:na|nä|ksi)$", after_org.group(1))
            ):
                return role
        # "Thomas Ek ordförande Norra Åland", "Aino Ek jäsen Kuopio": columns run together
        # with single spaces, the role in lower case, then the place or group the seat is for
        # (also after the party's letters: "Thor Viklund (s) ordförande Korsträsk")
        column = re.fullmatch(
            r"\s+(?:\([\w-]{1,8}\)\s+)?([a-zåäö][a-zåäö .]{1,30}?)\s+[A-ZÅÄÖ][\w-]*"
            r"(?:\s+[A-ZÅÄÖ][\w-]*){0,3}\s*",
            rest,
        )
        if column and (role := self.lex.role_of(column.group(1))):
            return role
        # "Pasanen Päivi pj.   vars.jäsen": an office, then the kind of seat in a column of
        # its own (a full member's): the office
        cells = [c.strip() for c in GAP.split(rest.strip()) if c.strip()]
        if (
            len(cells) > 1
            and self.lex.role_of(cells[0]) in ("chair", "vice_chair", "secretary")
            and not any(self._names_person(c) for c in cells[1:])
            and self.lex.find_role(" ".join(cells[1:])) is not None
        ):
            return self.lex.role_of(cells[0]) or ""
        return ""

    def two_posts(self, part: str, body: Mention | None = None) -> str:
        """ "vice ordförande och sekreterare", "varapuheenjohtaja ja sihteeri": two posts of
        one person joined by "och" or "ja", each a role and nothing else: the more specific
        one (chair, vice chair, secretary, member, deputy); "" otherwise. A treasurer's post
        ("vice ordförande och kassör") is a member's duty beside the other post; so is a seat
        in the list's own body said with its name ("sihteeri ja johtokunnan varsinainen
        jäsen": the secretary)."""
        pieces = re.split(r"\s+(?:och|samt|ja|sekä|&)\s+", part)
        if len(pieces) != 2:
            return ""
        found = [
            self.lex.role_of(p.strip())
            or ("member" if _TREASURER.fullmatch(p.strip().capitalize()) else None)
            or ("member" if k == 1 and self._body_role(p.strip(), body) == "member" else None)
            for k, p in enumerate(pieces)
        ]
        order = ("chair", "vice_chair", "secretary", "member", "deputy_member")
        if not all(r in order for r in found):
            return ""
        return min(found, key=order.index)

    def _body_role(self, part: str, body: Mention | None) -> str:
        """ "toimikunnan puheenjohtaja", "rådets ordförande", "Nuorisovaltuuston PJ": a role
        in the body of the list (not "kaupunginhallituksen puheenjohtaja": another body's),
        also as the first of two things said ("nuorisovaltuuston puheenjohtaja ja edustaja
        teknisessä lautakunnassa")."""
        parts = re.split(r"\s+(?:ja|sekä|och|samt)\s+", part)
        if len(parts) > 1:
            return next((r for p in parts if (r := self._body_role(p, body))), "")
        # "ordförande för rådet", "ledamot i nämnden": the role, then the list's own body by
        # its bare head word (not "ordförande i kommunstyrelsen": another body's)
        own = re.fullmatch(r"(\w+(?:\s\w+)?)\s+(?:för|i)\s+(\w+)", part.strip())
        if (
            own
            and body is not None
            and (role := self.lex.role_of(own.group(1)))
            and self._bare_head_of(own.group(2), body)
        ):
            return role
        words = part.split()
        if len(words) < 2 or body is None or not (role := self.lex.role_of(words[-1])):
            return ""
        if len(words) > 2 and self.lex.role_of(" ".join(words[-2:])) == role:
            words = [*words[:-2], words[-1]]  # "johtokunnan varsinainen jäsen": a full member
        head = " ".join(words[:-1])
        found = self.r.bodies(tokens(head))
        if (
            found
            and found[0].start == 0
            and found[-1].end == len(head)
            and _same_head(found[-1].name, body.name)
        ):
            return role
        if not found and len(words) == 2:
            # "edustajiston puheenjohtaja" under "Edustajisto", a word the lexicon does not
            # know as a body: the list's body in the genitive
            bases = {a.base.casefold() for a in self.r.morph.analyse(words[0]) if a.case == "gen"}
            if body.name.casefold().split()[-1] in bases:
                return role
        return ""

    @staticmethod
    def _bare_head_of(word: str, body: Mention) -> bool:
        """Whether a Swedish definite head word ("rådet", "nämnden", "gruppen") names
        ``body`` ("Centrala funktionshinderrådet")."""
        last = body.name.casefold().split()[-1]
        word = word.casefold()
        if len(word) < 4:
            return False
        return last.endswith(word) or any(
            word.endswith(e) and last.endswith(word[: -len(e)]) for e in ("et", "en", "n")
        )

    def _other_body(self, phrase: str, body: Mention | None) -> bool:
        """Whether ``phrase`` names a body other than the list's ("kaupunginvaltuustossa")."""
        found = self.r.bodies(tokens(phrase))
        return bool(found) and (body is None or not _same_head(found[0].name, body.name))

    def _names_person(self, text: str) -> bool:
        toks = tokens(text)
        return any(
            self.r.person_at(toks, i, in_list=True)
            # "kolonist i Lilla Rinkeby", "bosatt på Norra Ön": a place after its preposition
            and not (self.lex.lang == "sv" and i > 0 and toks[i - 1].text in ("i", "på", "från"))
            for i in range(len(toks))
        )

    def _deputy_in_parentheses(
        self, text: str, start: int, end: int, ctx: Context
    ) -> Mention | None:
        """ "(varajäsen Liisa Laine)", "(ersättare X)", "(varalla X)"; in Finnish also "(vara
        Liisa Laine)", the word's first part alone before a capitalised name, and a last
        entry's parenthesis the page cuts before it closes ("(vara Liisa Laine, Kylälän v")."""
        deputies = self.lex.deputies
        if self.r.finnish:
            deputies = rf"{deputies}|vara(?=[ \t]+[A-ZÅÄÖ])"
        for par in re.finditer(r"\(([^()]*)(?:\)|$)", text[start:end]):
            inner = par.group(1)
            if not par.group(0).endswith(")") and not re.match(r"\s*vara[ \t]", inner):
                continue  # (an unclosed parenthesis only with the deputy's word first)
            m = re.match(rf"\s*(?:{deputies})\s*:?\s*", inner, re.IGNORECASE)
            if m:
                s = start + par.start(1) + m.end()
                e = start + par.end(1)
                return self._person(text, s, e)
        # a deputy named after the member, in words: ", varajäsen X", "och ersättare X"
        rest = text[start:end]
        linking = r"(?:\s+(?:on|ovat|toimii|är|som))?"
        for m in re.finditer(
            rf"(?<![\w-])(?:{self.lex.deputies}){linking}\s*:?\s*(?=[A-ZÅÄÖÜ])", rest, re.I
        ):
            found = self._person(text, start + m.end(), end)
            if found is not None:
                return found
        return None

    def _seat_for_organ(self, organ: Mention, ctx: Context) -> bool:
        """Whether a list's "X:n edustajina" names seats in the body of the list (a council's
        composition) held for X, an organ of the municipality ("kaupunginhallitus",
        "sivistyslautakunta"), rather than the people's seats in X: the list is under a
        composition's introduction and X is another kind of body than the list's."""
        if ctx.body is None or not ctx.listing or not self.r.finnish:
            return False
        kind = self.lex.body_kind(organ.name.casefold().split()[-1])
        own = self.lex.body_kind(ctx.body.name.casefold().split()[-1])
        return kind is not None and kind != own

    def _representing(self, text: str, start: int, end: int) -> Mention | None:
        """An organisation in parentheses ("(Testilän Liikunta ry)") or "X:n edustaja" /
        "representant för X" as a part of the entry: the party the member represents. An
        organisation only named after a title is the person's employer, not said to be
        represented."""
        rest = text[start:end]
        for par in re.finditer(r"\(([^()]*)\)", rest):
            org = self._organisation(text, start + par.start(1), start + par.end(1))
            if org is not None and org.start == start + par.start(1) + (
                len(par.group(1)) - len(par.group(1).lstrip())
            ):
                toks = tokens(text, org.start, org.end)
                person = self.r.person_at(toks, 0, in_list=True) if toks else None
                if (
                    person is not None
                    and self.r.person_at(toks, 0) is not None
                    and len(text[person.end : org.end].split()) >= 2
                ):
                    continue  # "(Aino Ahola Testilän Muistiyhdistys ry)": a deputy and hers
                return org
        if (org := self._organisation_after_comma(text, start, end)) is not None:
            return org
        for part in re.finditer(r"[^,;()]+", rest):
            words = part.group().strip()
            low = words.casefold()
            genitive = False
            if self.lex.lang == "fi":
                m = re.match(r"(.+?)\s+edustaja\w*$", low)
            else:
                m = re.match(r"representant\w*\s+(?:för\s+)?(.+)$", low)
                if m is None:
                    # "stadsstyrelsens representant": the party in the genitive before the word
                    m = re.match(r"(\S.*?s)\s+representant\w*$", low)
                    genitive = m is not None
            if m and not self.lex.role_of(words):
                s = start + part.start() + (len(part.group()) - len(part.group().lstrip()))
                s = s + m.start(1)
                e = s + len(m.group(1))
                phrase = text[s:e]
                if not self._party_like(phrase):
                    continue  # "representant för anhöriga": a group of people, not a party
                for e0 in (e, e - 1) if genitive else (e,):
                    # "Keski-Uudenmaan hyvinvointialueen edustaja", "representant för Kylälä
                    # stad", "Kylälä stads representant": a named organisation, of its own kind
                    org = self._organisation(text, s, e0)
                    if org is not None and org.start == s and org.end == e0:
                        if genitive and org.name.endswith("s") and org.name == org.written:
                            org = dataclasses.replace(org, name=org.name[:-1])
                        return org
                if self.lex.lang == "fi" and (toks := tokens(text, s, e)):
                    body = self.r.body_at(toks, len(toks) - 1)
                    if body is not None and body.start == s and body.end == e and not body.plural:
                        # "Teknisen lautakunnan edustaja": the body, named as the reader
                        # names bodies ("Tekninen lautakunta")
                        return body
                name = phrase[:-1] if genitive else self._genitive_phrase_base(phrase)
                return Mention(s, e, phrase, name, self._party_kind(name, phrase), 0.5)
        return None

    def _party_kind(self, name: str, written: str) -> str:
        """The kind of the party a representative speaks for: a body's kind when the party is
        one body ("kaupunginhallitus", "stadsstyrelsen": the city board), else a collective
        (unnamed people or organisations, "järjestöt", "kommunerna")."""
        words = name.split()
        if not words or self._plural_word(words[-1]):
            return "collective"
        if self.lex.lang == "fi" and re.search(r"(?:[ij]en|tten)$", written.casefold()):
            return "collective"  # "lautakuntien", "neuvostojen": a plural's genitive
        return self.lex.body_kind(words[-1].casefold()) or "collective"

    def _plural_word(self, word: str) -> bool:
        """Whether a party's last word, in its basic form, is a plural ("järjestöt",
        "lautakunnat", "nämnderna", "råden")."""
        if self.lex.lang == "fi":
            # (no body's singular ends in "-t"; the rules read "lautakunnat" as a singular)
            return word.endswith("t") or any(a.plural for a in self.r.morph.analyse(word))
        return bool(re.search(r"(?:erna|arna|orna|na|der|er|ar|or)$", word.casefold()))

    def _organisation_after_comma(self, text: str, start: int, end: int) -> Mention | None:
        """ "Pekka Ranta, Mäntyrannan Eläkeläiset ry", "Bo Ek, Strandby Idrottsförening rf": an
        organisation alone after the comma, a legal form or a word the lexicon knows as an
        organisation its last, is the one the person comes from, as after "/" or in
        parentheses. A title after the comma ("Aino Ahola, hyvinvointikoordinaattori",
        "Kylälän kaupungin hyvinvointikoordinaattori") is no organisation. Words in
        parentheses may close the entry ("Pekka Ranta, Mäntyrannan Eläkeläiset ry (varajäsen
        Aino Ahola)"): the organisation is still the one after the comma; so also after the
        deputy in parentheses before the comma ("Pekka Ranta (Aino Ahola), Mäntyrannan
        Eläkeläiset ry") and before a role after another comma ("…, Org rf, ordförande")."""
        tail = text.rfind(",", start, end)
        if (
            tail > start
            and text[start:tail].count(",") >= 1
            and self.lex.role_of(text[tail + 1 : end].strip(" .;"))
        ):
            end = tail  # "…, Strandby Invalider rf, ordförande": the role after the organisation
        mt = re.match(
            r"\s*(?:\([^()]*\)\s*)?,\s*([^,;()/:]+?)\s*(?:[,.]\s*)?(?:\([^()]*\)\s*[,.]?\s*)?$",
            text[start:end],
        )
        if mt is None:
            return None
        s0, e0 = start + mt.start(1), start + mt.end(1)
        if text[e0 : e0 + 1] == "." and re.search(r"\w\.\w$", text[s0:e0]):
            e0 += 1  # "Kylälän Seniorer r.f.": the abbreviation's last point
        part = text[s0:e0]
        if (
            not part[:1].isupper()
            or self.lex.role_of(part)
            or self.lex.find_role(part)
            # ("Bo Ek, Vice Förbundsordförande (Nyval)": an officer's post joined to a level)
            or level_post_role(part)
        ):
            return None
        words = part.split()
        if 2 <= len(words) <= 5 and _COMPANY_FORM.fullmatch(words[-1]):
            # "Kuusimaan Energia Oy", "Strandby Energi Ab": a company by its legal form
            if all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in words[:-1]):
                return Mention(s0, e0, part, part, "organisation", 0.5)
            return None
        if 2 <= len(words) <= 6 and re.fullmatch(r"(?i)r\.\s?[fy]\.?", words[-1]):
            # "Kylälän Seniorer r.f.": the legal form with its points, which the words' reading
            # takes apart
            if words[0][:1].isupper():
                return Mention(s0, e0, part, part, "registered_association", 0.5)
            return None
        org = self._organisation(text, s0, e0)
        if org is None or org.start != s0 or org.end != e0:
            return None
        return org

    def _party_like(self, phrase: str) -> bool:
        """Whether what a person represents can be a party: a name ("Saarikan"), an
        organisation or a body ("kunnan", "seurakunnan", "kommunstyrelsen"). In Swedish a
        lower-case group of people ("anhöriga", "person över 65år") is a constituency."""
        if self.lex.lang == "fi" or phrase[:1].isupper():
            return True
        low = phrase.casefold()
        words = low.split()
        return bool(words) and (
            any(p.search(low) for p, _k in self.lex.org_res)
            or self.lex.body_kind(words[-1]) is not None
        )

    def _genitive_phrase_base(self, phrase: str) -> str:
        if self.lex.lang != "fi":
            return phrase
        words = phrase.split()
        if not words:
            return phrase
        last = words[-1]
        readings = self.r.morph.analyse(last)
        base = next((a.base for a in readings if a.case == "gen"), last)
        if any(a.case == "gen" and a.plural for a in readings):
            base = _plural(base)
        return " ".join([*words[:-1], base])

    # -- tables -------------------------------------------------------------------------------

    def header(self, cells: list[str]) -> list[str] | None:
        """The meanings of a table's header cells, or None when they are not a header. Empty
        cells at the end ("Jäsen | Henkilökohtainen varajäsen | |": a column left without a
        name) are kept as ``blank`` columns, which rows fill by what their cells read as."""
        blank = 0
        while len(cells) > 2 and not cells[-1].strip():
            cells, blank = cells[:-1], blank + 1
        meanings = [
            self.lex.column(c)
            or ("role" if self.lex.role_of(c) in ("chair", "vice_chair", "secretary") else None)
            for c in cells
        ]
        if (
            len(cells) >= 2
            and all(meanings)
            and any(m in ("member", "deputy_member", "name") for m in meanings)
        ):
            return [m or "other" for m in meanings] + ["blank"] * blank
        return None

    def glued_header(self, line: str) -> list[str] | None:
        """ "KuntaVarsinainen jäsenVarajäsen" → [municipality, member, deputy_member]; also
        header cells separated by spaces only ("Jäsen Varajäsen", "Tehtävä Varsinainen jäsen
        Edustus"), read as the longest column names one after another."""
        parts = [p.strip() for p in _GLUE.split(line) if p.strip()]
        if len(parts) >= 2 and (found := self.header(parts)):
            return found
        if (
            len(parts) >= 2
            and len(set(parts)) == len(parts)
            and all(re.fullmatch(r"[\w-]+edustajat|[\w-]+representanter", p, re.I) for p in parts)
        ):
            # "KuntaedustajatYhdistysedustajatAsukasedustajat": each column is the members from
            # one group, the rows led by their municipality's cell
            return ["municipality"] + ["member"] * len(parts)
        marked = [p.strip().rstrip(":") for p in _MARK_GLUE.split(line) if p.strip()]
        if len(marked) >= 2 and line.rstrip().endswith(":") and (found := self.header(marked)):
            return found
        words = line.split()
        if not 2 <= len(words) <= 8:
            return None
        if (tail := self._led_header(words)) is not None:
            return tail
        cells: list[str] = []
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                cell = " ".join(words[i : i + n])
                if i + n <= len(words) and self.lex.column(cell):
                    cells.append(cell)
                    i += n
                    break
            else:
                return None
        if len(cells) < 2 or len(set(cells)) != len(cells) or self.lex.role_of(line):
            return None  # "Ordinarie ledamöter": one role, not two columns
        meanings = self.header(cells)
        if meanings is None or len(set(meanings)) != len(meanings):
            return None
        return meanings

    def place_then_name(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """ "• Norrby, Eva Lind" among bulleted items of the same shape (the item above or below
        one too) under a body's heading: the district or place the seat is for, then the
        person, a member (or the seat a note after a dash names: "- ordförande"); [] for any
        other line."""
        item = self._place_name(text, start, end)
        if item is None:
            return []
        person, note = item
        if not any(
            self._place_name(text, a, b) is not None for a, b in _neighbour_lines(text, start, end)
        ):
            return []
        role = self.lex.role_of(note) if note else None
        if role not in ("chair", "vice_chair", "secretary", "deputy_member"):
            role = ctx.role or "member"
        return [_membership(ctx, _nominative(person), role, (start, end), 0.6, "list-place-name")]

    def _place_name(self, text: str, start: int, end: int) -> tuple[Mention, str] | None:
        """The person and the note after the dash of a bulleted "Place, Name" item (see
        :meth:`place_then_name`), or None."""
        line = text[start:end]
        whole = text[text.rfind("\n", 0, start) + 1 : end].lstrip()
        if not whole[:1] or whole[:1] not in "•·▪*–-":  # noqa: RUF001
            return None  # a bulleted item only
        m = _PLACE_NAME_ITEM.match(text, start, end)
        if m is None or AUDITOR.search(line) or _ADJUNCT_AFTER.search(line):
            return None
        place = m.group("place")
        if (
            self.lex.role_of(place)
            or _TREASURER.fullmatch(place)
            or self.lex.body_kind(place.casefold())
        ):
            return None
        s0 = m.start("rest")
        person = self._person(text, s0, end)
        if person is None or person.start != s0 or not 2 <= len(person.written.split()) <= 3:
            return None
        if self._person(text, m.start("place"), m.end("place")) is not None:
            return None  # "Ek, Aino Berg": a name, not a place
        tail = _PLACE_NAME_TAIL.fullmatch(text[person.end : end].strip())
        if tail is None:
            return None
        return person, tail.group("note") or ""

    def organisation_then_name(
        self, text: str, start: int, end: int, ctx: Context
    ) -> list[Finding]:
        """ "Kylälän Eläkeläiset ry, Aino Ahola" (perhaps "Org, unit, Name"): what the person
        speaks for, then after the last comma the person's name and nothing else. The part
        before must begin with a capital and name no person itself."""
        line = text[start:end].rstrip(" .;")
        comma = line.rfind(",")
        if comma <= 0:
            return []
        s0 = start + comma + 1
        s0 += len(text[s0:end]) - len(text[s0:end].lstrip())
        e0 = start + len(line)
        person = self._person(text, s0, e0)
        if person is None or person.end != e0 or not 2 <= len(person.written.split()) <= 3:
            return []
        lead = line[:comma].strip()
        if not lead[:1].isupper() or len(lead.split()) < 2 or self.lex.role_of(lead):
            return []
        if self._person(text, start, start + comma) is not None:
            return []  # "Aho Aino, Puu Pekka": two people
        org = Mention(start, start + len(lead), lead, lead, "organisation", 0.5)
        return [
            _membership(
                ctx,
                _nominative(person),
                ctx.role or "member",
                (start, end),
                0.6,
                "list-organisation-name",
                on_behalf_of=org,
            )
        ]

    def _led_header(self, words: list[str]) -> list[str] | None:
        """ "Kylä/taho, jota edustaa Edustaja Varaedustaja": a first column described in words
        of its own (its first word a column's name: "Kylä", "Kommun"), then a member's and a
        deputy's column: [organisation, member, deputy_member]."""
        for n in (2, 1):
            if len(words) < n + 3:
                continue
            tail = words[-2 * n :]
            cells = [" ".join(tail[:n]), " ".join(tail[n:])]
            meanings = [self.lex.column(c) for c in cells]
            if meanings != ["member", "deputy_member"]:
                continue
            lead = words[: -2 * n]
            first = re.split(r"[/,]", lead[0])[0]
            if first and self.lex.column(first) and not self.lex.column(" ".join(lead)):
                return ["organisation", *meanings]
        return None

    def spaced_row(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """A table row whose cells lost their separators and kept only spaces ("Puheenjohtaja
        Härkönen Tuula kunnan edustaja", "Haarakangas Heikki Himanka Anna-Maija", "Alpo
        Saastamoinen -"): a role first if the row begins with one, then the people (two words
        each when the capitalised words are exactly two names' worth; a run of two or more
        spaces, where there is one, is a cell boundary), then what they represent. A row that
        cannot be cut without guessing gives nothing."""
        columns = ctx.columns
        person_columns = [c for c in columns if c in ("member", "deputy_member", "name")]
        if not person_columns or columns[0] in ("municipality", "organisation"):
            return []  # (an organisation first: see organisation_row)
        toks = self._unglued(tokens(text, start, end))
        i = 0
        role = ""
        for n in (2, 1):
            if len(toks) > n and (found := self.lex.role_of(" ".join(t.text for t in toks[:n]))):
                role, i = found, n
                break
        run = []
        first_role = ""
        while i < len(toks):
            if toks[i].is_cap:
                run.append(toks[i])
                i += 1
            elif (
                toks[i].text == ","
                and len(run) == 2
                and not first_role
                and i + 1 < len(toks)
                and (said := self._row_role(toks[i + 1].text))
            ):
                # "Kortelainen Kaija, pj Puumalainen Martti …": the first person's role
                # between the names
                first_role = said
                i += 2 + (i + 2 < len(toks) and toks[i + 2].text == ".")
            elif (
                len(run) == 2
                and not first_role
                and toks[i].text[:1].islower()
                and (said := self.lex.line_abbreviation(toks[i].text))
            ):
                # "Raili Kerola vpj. Anneli Sundström": the abbreviation without the comma
                first_role = said
                i += 1 + (i + 1 < len(toks) and toks[i + 1].text == ".")
            else:
                break
        rest = toks[i:]
        if rest and rest[0].text not in ("-", "–") and not rest[0].text[:1].islower():  # noqa: RUF001
            return []
        org = None
        if len(run) > 4 and len(person_columns) == 2 and "organisation" in columns:
            org = self._organisation(text, run[4].start, end)
            if org is None or org.start != run[4].start:
                # "Nurmeksen ev.lut. seurakunta": no name runs on into lower-case words
                org = None
                if rest and rest[0].text[:1].islower():
                    cell = text[run[4].start : end].strip()
                    org = Mention(
                        run[4].start, run[4].start + len(cell), cell, cell, "organisation", 0.5
                    )
        if org is not None:
            # "Jussila Eila Sormunen Raili Nurmeksen Eläkeläiset ry": a member's and a
            # deputy's names, two words each, then the organisation column
            people = []
            for g in (run[:2], run[2:4]):
                found = self.r.person_at(g, 0, in_list=True)
                if found is None or found.end != g[-1].end:
                    return []
                people.append(_nominative(found))
            return _row_seats(
                ctx,
                [(people[0], first_role or role), (people[1], "")],
                person_columns,
                (start, end),
                "table-spaced",
                on_behalf_of=org,
                deputy_on_behalf_of=org,
            )
        if first_role:
            if len(run) != 4 or len(person_columns) != 2:
                return []
            role = ""
        groups: list[list[Token]]
        gaps = [
            k
            for k in range(1, len(run))
            if re.search(r"\s{2,}", text[run[k - 1].end : run[k].start])
        ]
        party_after = (
            len(person_columns) == 1
            and columns[-1] == "other"
            and columns.index(person_columns[0]) == len(columns) - 2
        )
        if len(run) == 3 and party_after and not rest:
            groups = [run[:2]]  # "Aino Ahola Keskusta" under "Valtuutettu Puolue": the party
        elif len(run) == 2 or (len(run) == 3 and len(person_columns) == 1 and not rest):
            groups = [run]
        elif len(run) == 4 and len(person_columns) >= 2:
            groups = [run[:2], run[2:]]
        elif len(run) == 3 and len(person_columns) == 1 and rest:
            groups = [run[:2]]  # "Järvinen Piritta Saarikan edustaja": the party's name
            rest = run[2:] + rest
        elif len(gaps) == 1 and len(person_columns) >= 2 and 2 <= gaps[0] <= len(run) - 2:
            groups = [run[: gaps[0]], run[gaps[0] :]]
        else:
            return []
        people = []
        for g in groups:
            found = self.r.person_at(g, 0, in_list=True)
            if found is None or found.end != g[-1].end:
                return []
            people.append(_nominative(found))
        on_behalf = None
        if rest and "organisation" in columns:
            on_behalf = self._representing(text, rest[0].start, end)
        if first_role:
            seats = [(people[0], first_role), *((p, "") for p in people[1:])]
        else:
            seats = [(person, role) for person in people]
        return _row_seats(
            ctx,
            seats,
            person_columns,
            (start, end),
            "table-spaced",
            on_behalf_of=on_behalf,
            deputy_on_behalf_of=None,
        )

    def organisation_row(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """A row of a table whose first column is an organisation and whose other columns are
        people, flattened to words ("Eläkeliiton Kylälän yhdistys ry Aino Ahola Pekka Puu",
        "Kylälän seurakunta Aino Ahola"): the people are the row's last capitalised words, two
        words a name, one name a column (two names joined by "ja"/"och" share a column); the
        organisation is what comes before them. A row that cannot be cut so gives nothing."""
        columns = ctx.columns
        person_columns = [c for c in columns if c in ("member", "deputy_member", "name")]
        if (
            len(columns) < 2
            or columns[0] != "organisation"
            or len(person_columns) != len(columns) - 1
        ):
            return []
        toks = [t for t in tokens(text, start, end) if t.text != ";"]
        for k in range(1, len(toks) - 1):
            cells = self._name_cells(toks[k:], len(person_columns), comma=True)
            if cells is not None:
                break
        else:
            return []
        if not toks[0].is_cap:
            return []
        org_end = toks[k - 1].end
        cell = text[toks[0].start : org_end]
        org = Mention(toks[0].start, org_end, cell, cell, "organisation", 0.55)
        seats: list[tuple[Mention, str]] = []
        seat_columns: list[str] = []
        for people, column in zip(cells, person_columns, strict=False):
            seats += [(p, "") for p in people]
            seat_columns += [column] * len(people)
        return _row_seats(
            ctx,
            seats,
            seat_columns,
            (start, end),
            "table-organisation-row",
            on_behalf_of=org,
            deputy_on_behalf_of=org,
        )

    def padded_entry(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """A list line whose columns are kept apart only by runs of spaces, one cell a person
        and the others what the person speaks for ("Kylälän seurakunta      Aino Ahola"; an
        organisation's name wrapped round the name: "Kylälän eläkeläiset ja      Aino Ahola
        omaiset ry"); a cell that is a role alone gives the role. Nothing when no cell or more
        than one names a person, or a cell is neither a person, a role nor a capitalised name
        or its lower-case continuation."""
        cells = [
            (start + m.start(), start + m.end())
            for m in re.finditer(rf"\S.*?(?=(?:{GAP.pattern})|$)", text[start:end])
        ]
        if len(cells) < 2:
            return []
        person: Mention | None = None
        role = ""
        others: list[tuple[int, int]] = []
        for s0, e0 in cells:
            cell = text[s0:e0].rstrip(" ,;")
            if _ADJUNCT_LABEL.fullmatch(cell):
                return []  # "Adjungerad ledamot      Göran Ek": co-opted, no seat
            found = self._cell_person(text, s0, s0 + len(cell))
            if found is not None and found.end == s0 + len(cell):
                if person is not None:
                    return []
                person = found
            elif said := self.lex.role_of(cell):
                role = said
            else:
                others.append((s0, s0 + len(cell)))
        if person is not None and role and not others and ctx.body is not None:
            # "Aino Berg      Ordförande": the person, then the office alone in its column
            return [
                _membership(ctx, _nominative(person), role, (start, end),
                            person.confidence - 0.1, "list-padded")
            ]  # fmt: skip
        if person is None or not others or not text[others[0][0]].isupper():
            return []
        name = " ".join(text[a:b] for a, b in others)
        org = Mention(
            others[0][0], others[0][1], text[slice(*others[0])], name, "organisation", 0.5
        )
        found = [
            _membership(
                ctx,
                _nominative(person),
                role or ctx.role or "member",
                (start, end),
                person.confidence - 0.1,
                "list-padded",
                on_behalf_of=org,
            )
        ]
        for a, b in others if not ctx.status else ():
            # "Aino Ahola      KESK, kunnanvaltuuston pj.": a member of the listed body who
            # chairs the other body the cell names
            office = self._office_elsewhere(text, a, b, ctx.body)
            if office is not None:
                found.append(
                    _membership(
                        ctx,
                        _nominative(person),
                        office[0],
                        (start, end),
                        person.confidence - 0.15,
                        "list-office-elsewhere",
                        target=office[1],
                    )
                )
                break
        return found

    def name_organisation_list(
        self, text: str, start: int, end: int, ctx: Context
    ) -> list[Finding]:
        """A line of three or more comma-separated people, each a name of two words followed by
        whom the person comes from and maybe a role ("Aino Ahola Kylälän koulu, Pekka Puu
        Mäkelän lukio varapuheenjohtaja, …"; the last item may follow "ja"/"och"): members of
        the context's body, the role's holder in that role. Nothing unless every item reads
        so, and not when most items could be two people's names."""
        if ctx.body is None or ctx.status or ctx.contacts:
            return []
        line = text[start:end].rstrip(" .")
        items = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^,]+", line)]
        last_s, last_e = items[-1] if items else (0, 0)
        joined = re.search(r"\s(?:ja|och|sekä|samt)\s", text[last_s:last_e])
        if joined:
            items[-1:] = [(last_s, last_s + joined.start()), (last_s + joined.end(), last_e)]
        if len(items) < 3:
            return []
        read: list[tuple[Mention, Mention, str]] = []
        doubtful = 0
        for s0, e0 in items:
            toks = tokens(text, s0, e0)
            if len(toks) < 3 or not all(t.is_cap for t in toks[:3]):
                return []
            person = self.r.person_at(toks[:2], 0, in_list=True)
            if person is None or person.end != toks[1].end:
                return []
            words = [t.text for t in toks[2:]]
            role, cut = "", len(toks)
            for n in (2, 1):
                if len(words) > n and (said := self.lex.role_of(" ".join(words[-n:]))):
                    role, cut = said, len(toks) - n
                    break
            if role not in ("", "chair", "vice_chair", "secretary", "member"):
                return []
            org_s, org_e = toks[2].start, toks[cut - 1].end
            other = self.r.person_at(toks[2:cut], 0, in_list=True)
            if other is not None and other.end == org_e:
                doubtful += 1  # "Aino Ahola Kaisa Koski": maybe two people
            org = Mention(org_s, org_e, text[org_s:org_e], text[org_s:org_e], "organisation", 0.5)
            read.append((_nominative(person), org, role))
        if doubtful * 2 >= len(read):
            return []  # most items could be two people's names: no list of people and schools
        quote = (start, end)
        return [
            _membership(
                ctx,
                person,
                role or ctx.role or "member",
                quote,
                person.confidence - 0.1,
                "list-name-organisation",
                on_behalf_of=org,
            )
            for person, org, role in read
        ]

    def name_comma_organisation_list(
        self, text: str, start: int, end: int, ctx: Context
    ) -> list[Finding]:
        """A line of three or more people, each name followed by a comma and whom the person
        comes from ("Puheenjohtaja Aino Ahola, Kylälän kaupunki, Pekka Puu, Socom, Eeva Ek,
        MLL:n piiri ry sekä Kylän Sote, Olli Oja,"): members of the context's body, a role
        before a name its holder's. Items alternate, a name then at most one organisation;
        nothing when two items in a row are no one's name, when no item is an organisation
        (a plain list of names) or when an organisation item could be a person's name."""
        if ctx.body is None or ctx.status or ctx.contacts:
            return []
        line = text[start:end].rstrip(" .,")
        if "(" in line or ":" in line:
            return []
        items = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^,]+", line)]
        read: list[tuple[Mention, Mention | None, str]] = []
        orgs = 0
        for s0, e0 in items:
            toks = tokens(text, s0, e0)
            if not toks:
                return []
            role, k = "", 0
            for n in (2, 1):
                if len(toks) > n + 1 and (
                    said := self.lex.role_of(" ".join(t.text for t in toks[:n]))
                ):
                    role, k = said, n
                    break
            person = (
                self.r.person_at(toks, k, in_list=True)
                if len(toks) - k in (2, 3) and all(t.is_cap for t in toks[k:])
                else None
            )
            if person is not None and person.end == toks[-1].end:
                if role not in ("", "chair", "vice_chair", "secretary", "member"):
                    return []
                read.append((_nominative(person), None, role))
                continue
            if role or not read or read[-1][1] is not None or not toks[0].text[:1].isupper():
                return []  # an organisation with no one before it
            org_s, org_e = toks[0].start, toks[-1].end
            org = Mention(org_s, org_e, text[org_s:org_e], text[org_s:org_e], "organisation", 0.5)
            read[-1] = (read[-1][0], org, read[-1][2])
            orgs += 1
        if len(read) < 3 or orgs * 2 < len(read):
            return []
        return [
            _membership(
                ctx,
                person,
                role or ctx.role or "member",
                (start, end),
                person.confidence - 0.1,
                "list-name-organisation",
                on_behalf_of=org,
            )
            for person, org, role in read
        ]

    def _name_cells(
        self, toks: list[Token], most: int, comma: bool = False
    ) -> list[list[Mention]] | None:
        """``toks`` read as one to ``most`` cells of people's names, two capitalised words
        each, names in one cell joined by "ja"/"och" (or, with ``comma``, by a comma: "Aino
        Ahola Pekka Puu, Eeva Mäki", two deputies in the last cell); None when they do not
        read so."""
        cells: list[list[Mention]] = []
        joined = False
        j = 0
        while j < len(toks):
            pair = toks[j : j + 2]
            if len(pair) < 2 or not all(t.is_cap for t in pair):
                return None
            found = self.r.person_at(pair, 0, in_list=True)
            if found is None or found.end != pair[-1].end:
                return None
            if joined:
                cells[-1].append(_nominative(found))
            else:
                cells.append([_nominative(found)])
            j += 2
            joined = j < len(toks) and (
                toks[j].text.casefold() in ("ja", "och", "sekä", "samt")
                or (comma and toks[j].text == ",")
            )
            if joined:
                j += 1
                if j >= len(toks):
                    return None
        return cells if 1 <= len(cells) <= most else None

    def _unglued(self, toks: list[Token]) -> list[Token]:
        """The words of a row whose table lost its spaces: "RaijaKivilahti" is two words when
        the two halves read as a person's name, "Wagner- Prenner" one hyphenated word."""
        out: list[Token] = []
        k = 0
        while k < len(toks):
            t = toks[k]
            glued = re.fullmatch(r"([A-ZÅÄÖ][a-zåäöü]+)([A-ZÅÄÖ][a-zåäöü]+)", t.text)
            if glued is not None:
                cut = t.start + glued.end(1)
                # the first half ends a character early: a name's words are read as apart
                # only with a gap between them; the name still spans the whole word
                halves = [
                    Token(glued.group(1), t.start, cut - 1),
                    Token(glued.group(2), cut, t.end),
                ]
                found = self.r.person_at(halves, 0, in_list=True)
                if found is not None and found.end == t.end:
                    out += halves
                    k += 1
                    continue
            if (
                t.text.endswith("-")
                and len(t.text) > 2
                and t.is_word
                and k + 1 < len(toks)
                and toks[k + 1].is_cap
            ):
                out.append(Token(t.text + toks[k + 1].text, t.start, toks[k + 1].end))
                k += 2
                continue
            out.append(t)
            k += 1
        return out

    def _row_role(self, word: str) -> str:
        """A role word or a line's role abbreviation ("pj", "vpj", "ordf")."""
        return self.lex.role_of(word) or self.lex.line_abbreviation(word) or ""

    def row(
        self, text: str, cells: list[tuple[int, int]], ctx: Context, quote: tuple[int, int]
    ) -> list[Finding]:
        """The facts of one table row (cells as spans) under ``ctx.columns``."""
        columns = ctx.columns
        if "blank" in columns:
            columns, cells = self._blank_columns(text, cells, columns)
        if len(cells) < len(columns) and cells:
            # "Törö, Leena |": the row's last cells were left out
            cells = cells + [(cells[-1][1], cells[-1][1])] * (len(columns) - len(cells))
        if len(cells) != len(columns):
            return []
        by = dict(zip(columns, cells, strict=True))
        found: list[Finding] = []
        where = None
        if "municipality" in by:
            s, e = by["municipality"]
            if e > s and text[s:e][:1].isupper():
                where = Mention(s, e, text[s:e], text[s:e], "municipality", 0.6)
        if "organisation" in by and where is None:
            s, e = by["organisation"]
            if e > s:
                where = Mention(s, e, text[s:e], text[s:e], "organisation", 0.55)
        member = None
        person_column = "member" if "member" in by else "name" if "name" in by else None
        if person_column:
            role = ""
            s, e = by[person_column]
            if (titled := self._cell_title(text, s, e)) is not None:
                role, s = titled  # "Puheenjohtaja Sirpa Heikkinen | Kouvola | ..."
            member = self._cell_person(text, s, e)
            if member is None and person_column == "name":
                member = self._named_cell(text, s, e)
            if member is not None:
                if "role" in by:
                    role = self.lex.role_of(text[slice(*by["role"])]) or role
                if not role and member.end < e:
                    # "Aino Ahola (pj.)", "Anna Berg, ordförande": an officer's role in the cell
                    said = self._role_in(text, member.end, e, ctx.body)
                    role = said if said in ("chair", "vice_chair", "secretary") else ""
                found.append(
                    _membership(
                        ctx,
                        member,
                        role or ctx.role or "member",
                        quote,
                        member.confidence,
                        "table",
                        on_behalf_of=where,
                    )
                )
        if "deputy_member" in by:
            deputy = self._cell_person(text, *by["deputy_member"])
            if deputy is not None:
                found.append(
                    _membership(
                        ctx,
                        deputy,
                        "deputy_member",
                        quote,
                        deputy.confidence - 0.05,
                        "table",
                        on_behalf_of=where,
                        deputy_for=member,
                    )
                )
        return found

    def _named_cell(self, text: str, start: int, end: int) -> Mention | None:
        """A cell of a column headed "name" that holds two or three capitalised words and
        nothing else ("Sisu Nivalainen"): the header says it is a person's name, so words that
        are also common nouns count as names; not a place, not a word that is never a name."""
        cell = text[start:end].strip()
        words = cell.split()
        if not 2 <= len(words) <= 3 or not all(
            re.fullmatch(r"[A-ZÅÄÖÜ][a-zåäöüéèáíóúšž'’-]+", w)  # noqa: RUF001
            for w in words
        ):
            return None
        s = start + text[start:end].index(cell)
        first, last = self.r.name_without_places(words)
        if (first, last) != (0, len(words)):
            # "Joutsa Helinä Viro", "Erik Wiklund Umeå": where the person is from, in the cell
            s += cell.index(words[first], len(" ".join(words[:first])))
            words = words[first:last]
            cell = " ".join(words)
        if any(self.r._word_is_excluded(w) for w in words) or any(
            {a.cls for a in self.r.morph.analyse(w)} == {morphology.PLACE} for w in words
        ):
            return None
        return Mention(s, s + len(cell), cell, cell, "person", 0.7, "nom")

    def _cell_title(self, text: str, start: int, end: int) -> tuple[str, int] | None:
        """A chair's, vice chair's or secretary's title before the name in a person cell:
        the role and where the name begins."""
        toks = tokens(text, start, end)
        for n in (2, 1):
            if len(toks) >= n + 2 and (
                found := self.lex.role_of(" ".join(t.text for t in toks[:n]))
            ) in ("chair", "vice_chair", "secretary"):
                return found, toks[n].start
        return None

    def _blank_columns(
        self, text: str, cells: list[tuple[int, int]], columns: list[str]
    ) -> tuple[list[str], list[tuple[int, int]]]:
        """Columns for a row under a header with unnamed columns: the named person columns
        (member, then deputy) go to the cells that read as people, in order, when there are
        exactly as many such cells as person columns, or the first column alone when only
        the first cell names a person; the other cells are left unread. When the row does not
        fit that, no column is read as a person."""
        named = [c for c in columns if c != "blank"]
        people = [c for c in named if c in ("member", "deputy_member", "name")]
        if len(people) != len(named) or len(cells) > len(columns):
            return [], []
        readable = []
        for s, e in cells:
            titled = self._cell_title(text, s, e)
            readable.append(self._cell_person(text, titled[1] if titled else s, e) is not None)
        if sum(readable) == 1 and readable[0]:
            # "Matti Mänty | Varkaus | |": a member whose deputy's cell is empty
            return [people[0]] + ["blank"] * (len(cells) - 1), cells
        if sum(readable) != len(people):
            return [], []
        out, it = [], iter(people)
        for ok in readable:
            out.append(next(it) if ok else "blank")
        return out, cells

    def column_line(self, text: str, start: int, end: int, ctx: Context) -> list[Finding] | None:
        """A line of a two-column member/deputy table whose columns were kept only as runs of
        spaces and whose cells may fall on lines of their own ("Ordinarie   Ersättare" over
        " Aino Ahola, ordförande Lib     Pekka Puu", "Lib", "        Liisa Laine"): a line
        with a member and a deputy pairs them; a name alone is the member when it begins the
        line at the left margin and the deputy when it is indented or follows a party's
        abbreviation, without a pairing the layout does not show. A party's abbreviation on
        its own keeps the table going ([]); anything else is no such line (None)."""
        if ctx.columns != ["member", "deputy_member"]:
            return None
        line_start = text.rfind("\n", 0, start) + 1
        indent = len(text[line_start:start].expandtabs())
        cells = [
            (start + m.start(), start + m.end())
            for m in re.finditer(r"\S+(?: \S+)*", text[start:end])
        ]
        codes = [bool(re.fullmatch(r"[A-ZÅÄÖ][\wÅÄÖåäö]{0,3}", text[s:e])) for s, e in cells]
        people = [c for c, code in zip(cells, codes, strict=True) if not code]
        if not people:
            return []
        read = [self._column_cell(text, s, e) for s, e in people]
        if any(r is None for r in read) or len(read) > 2:
            return None
        quote = (start, end)
        if len(read) == 2:
            (member, role), (deputy, deputy_role) = read  # type: ignore[misc]
            if deputy_role != "member":
                return None
            return [
                _membership(ctx, member, role, quote, member.confidence - 0.1, "table-columns"),
                _membership(
                    ctx,
                    deputy,
                    "deputy_member",
                    quote,
                    deputy.confidence - 0.15,
                    "table-columns",
                    deputy_for=member,
                ),
            ]
        person, role = read[0]  # type: ignore[misc]
        if people[0] == cells[0] and indent <= 2:
            return [_membership(ctx, person, role, quote, person.confidence - 0.1, "table-columns")]
        if indent >= 4 or codes[0]:
            if role != "member":
                return None
            return [
                _membership(
                    ctx, person, "deputy_member", quote, person.confidence - 0.15, "table-columns"
                )
            ]
        return None

    def _column_cell(self, text: str, start: int, end: int) -> tuple[Mention, str] | None:
        """ "Leif Jansson, ordförande Lib": the person and the role (member unless a chair,
        vice chair or secretary is named after the comma; a party's abbreviation may follow)."""
        # "Leif Jansson (s)": a party's abbreviation in parentheses after the name
        if (party := re.search(r"\s*\([\w-]{1,6}\)\s*$", text[start:end])) is not None:
            end = start + party.start()
        cell = text[start:end]
        name_end = start + cell.index(",") if "," in cell else end
        if len(text[start:name_end].split()) > 3:
            return None  # "Haarakangas Heikki Himanka Anna-Maija": two people, one space apart
        person = self._cell_person(text, start, name_end)
        if person is None or person.end != name_end:
            return None
        role = "member"
        if name_end < end:
            words = text[name_end + 1 : end].split()
            for n in range(len(words), 0, -1):
                found = self.lex.role_of(" ".join(words[:n]))
                if found and len(words) - n <= 1:
                    role = found
                    break
            else:
                return None
            if role not in ("chair", "vice_chair", "secretary", "member"):
                return None
        return _nominative(person), role

    def _group_label(self, text: str, s: int, e: int) -> bool:
        """Whether ``text[s:e]`` is a label of a group of table rows: two to four words, a
        capital only on the first ("Maaseudun asukkaat", "Yhdistykset ja yhteisöt"), no
        person's name and no role."""
        words = text[s:e].split()
        return (
            2 <= len(words) <= 4
            and words[0][:1].isupper()
            and all(re.fullmatch(r"[a-zåäö][\w-]*", w) for w in words[1:])
            and self._person(text, s, e) is None
            and not self.lex.role_of(text[s:e])
        )

    def glued_row(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """A row whose cells were glued ("LaihiaHeikki MäkinenVuokko Rintala", "KOKPentti
        LampiPj.Mona Pyykkönen"): cut where a lower-case letter (or an abbreviation in capitals)
        meets a capitalised word and at runs of spaces; then each piece is read for what it is
        — a person, a role marker ("Pj.") that belongs to the person before it, or the
        municipality or party the row begins with — and the people fill the table's person
        columns in order (member, then deputy)."""
        line = text[start:end]
        cuts = sorted(
            {0, len(line)}
            | {mt.start() for mt in _GLUE.finditer(line)}
            | {mt.start() for mt in _CAPS_GLUE.finditer(line)}
            | {mt.start() for mt in _MARK_GLUE.finditer(line)}
            # "Aho Aino (puheenjohtaja)": the role in parentheses is a piece of its own
            | {mt.start() for mt in re.finditer(r"\((?=[a-zåäö][a-zåäö ]*\))", line)}
            # "Aho Aino (pj.) (vas.)Ek Eero": so is an abbreviation or a party in them
            | {mt.start() for mt in re.finditer(r"\((?=[\w.]{1,6}\)|\w+ \w+\.\))", line)}
            # "Aho Aino (pj.) Ek Eero": a name after the brackets, one space between the cells
            # (or a slash or a comma and an organisation: "Aho Aino (pj.) / Org    Ek Eero")
            | {
                mt.end()
                for mt in re.finditer(
                    r"\((?:[\w.]{1,6}|[a-zåäö][a-zåäö ]*)\)(?:\s+(?=[A-ZÅÄÖ/])|(?=,))", line
                )
            }
            | {mt.end() for mt in re.finditer(r"\s{2,}", line)}
            | {mt.start() for mt in re.finditer(r"\s{2,}", line)}
            | self._first_name_glued(line)
            # "Eskola Venla1. Varapuheenjohtaja": an ordinal glued to the name before it
            | {mt.start() for mt in re.finditer(r"(?<=[a-zåäö])\d\.?(?=\s+\w)", line)}
            # "Aho Aino 2021- 2023VAS (*Puu Pekka": a seat's term after the name, the next
            # cell glued to its year, a deputy marked "(*"
            | {mt.start(1) for mt in re.finditer(rf"\s({_TERM.pattern})", line)}
            | {mt.end() for mt in re.finditer(rf"\s{_TERM.pattern}(?=[A-ZÅÄÖ(])", line)}
            | {mt.start() for mt in re.finditer(r"\((?=\*?[A-ZÅÄÖ])", line)}
            | {mt.end() for mt in re.finditer(r"\(\*?(?=[A-ZÅÄÖ])", line)}
            | self._office_after_party(line)
        )
        spans = []
        for a, b in itertools.pairwise(cuts):
            piece = line[a:b]
            if piece.strip():
                s = a + len(piece) - len(piece.lstrip())
                spans.append((start + s, start + s + len(piece.strip())))
        person_columns = [c for c in ctx.columns if c in ("member", "deputy_member", "name")]
        lead = ctx.columns[0] if ctx.columns and ctx.columns[0] not in person_columns else ""
        if (
            lead == "municipality"
            and len(spans) >= 3
            and self._group_label(text, *spans[0])
            and re.fullmatch(r"[A-ZÅÄÖ][\w-]+", text[spans[1][0] : spans[1][1]])
        ):
            # "Maaseudun asukkaatKemiAino Aho…": the label of a group of rows (a cell spanning
            # them) before the municipality's cell; the row is read without it
            spans = spans[1:]
        people: list[tuple[Mention, str]] = []
        where: Mention | None = None
        term_end = 0
        row_role = ""
        for index, (s, e) in enumerate(spans):
            piece = text[s:e]
            if people and (term := _TERM.fullmatch(piece)):
                term_end = int(term.group(1) or 0)
                continue
            if people and re.fullmatch(r"\(\*?", piece):
                continue  # "(*" before a deputy's name
            if (
                people
                and piece.startswith(("/", ","))
                and self._person(text, e - len(piece[1:].lstrip()), e) is None
            ):
                # "Aho Aino (pj.) / Kylälän Martat ry    Ek Eero", "Aho Aino (pj.), Martat ry
                # Ek Eero": whom she comes from
                continue
            opened = index > 0 and text[spans[index - 1][0] : spans[index - 1][1]] == "("
            if people and (
                re.fullmatch(r"\([^()]+\)", piece) or (opened and re.fullmatch(r"[^()]+\)", piece))
            ):
                # (its "(" a piece of its own when a capital follows, as "(*Puu Pekka" is cut)
                inner = piece.strip("() ")
                said = self.lex.role_of(inner)
                if said in ("chair", "vice_chair", "secretary"):
                    people[-1] = (people[-1][0], said)
                    continue
                if not said and self._person(text, e - len(piece.lstrip("(")), e - 1) is None:
                    # "Aho Aino (vas.)Ek Eero", "Aho Aino (Kylälän Martat ry)Ek Eero": the
                    # party or organisation of the name before it
                    continue
            role = self.lex.role_of(re.sub(r"^\((.*)\)$", r"\1", piece))
            if role and people and role in ("chair", "vice_chair", "secretary"):
                people[-1] = (people[-1][0], role)
                continue
            if role == "member" and people and "role" in ctx.columns and not people[-1][1]:
                # "Almgren WeetiJäsen" under "NimiTehtävä": the role column says member
                people[-1] = (people[-1][0], role)
                continue
            words = piece.split()
            leading_place = index == 0 and (
                (lead == "municipality" and len(words) >= 3)
                # "Nagu Ahlfors Tor" under a blank first header cell: the row's label, a name
                or (lead == "organisation" and len(words) == 3)
            )
            party_table = (
                len(person_columns) == 1
                and ctx.columns[-1] == "other"
                and ctx.columns.index(person_columns[0]) == len(ctx.columns) - 2
            )
            if party_table and people:
                continue  # the party's cell after the one person ("… Kansallinen Kokoomus")
            if party_table and len(words) >= 3 and index == 0:
                # "Aino Ahola Kansallinen Kokoomus" under "Valtuutettu Puolue": the first
                # two words are the name, the rest the party
                e = s + piece.index(words[1], len(words[0])) + len(words[1])
                words = words[:2]
            tail = next(
                (
                    (n, r)
                    for n in (2, 1)
                    if "role" in ctx.columns
                    and not leading_place
                    and n + 2 <= len(words) <= n + 3
                    and words[-n][:1].islower()
                    and (r := self.lex.role_of(" ".join(words[-n:])))
                ),
                None,
            )
            if tail is not None:
                # "Britt-Marie Bjerver sekreterare" under "Namn Uppdrag": the name, then the
                # role's cell after one space
                cut = s + piece.rindex(words[-tail[0]])
                stop = text.rindex(" ", s, cut)
                named = self._cell_person(text, s, stop)
                if named is not None and named.end == stop:
                    said = tail[1] if tail[1] in ("chair", "vice_chair", "secretary") else ""
                    people.append((_comma_nominative(named), said))
                    continue
            found = self._person(text, s, e) if len(words) <= 3 and not leading_place else None
            noted = None
            for sep in re.finditer(r"\s*,\s*(?=[A-ZÅÄÖ])|\s+/\s+(?=[A-ZÅÄÖ])", piece):
                if found is not None or leading_place or self.lex.role_of(piece[sep.end() :]):
                    break
                # "Aino Aho / Kylälän Martat ry", "Aino Aho, Kylälän Martat ry", "Aho, Aino /
                # Org": the name, then whom she comes from
                named = self._cell_person(text, s, s + sep.start())
                if named is not None and named.end == s + sep.start():
                    noted = named
                    break
            if noted is not None:
                people.append((_comma_nominative(noted), ""))
                continue
            lead_role = next(
                (
                    (n, r)
                    for n in (2, 1)
                    if found is None
                    and not leading_place
                    # (four words after it only as two names printed "Aho, Aino")
                    and (n < len(words) <= n + 3 or (len(words) == n + 4 and "," in piece))
                    and (r := self.lex.role_of(" ".join(words[:n]).rstrip(":")))
                    in ("chair", "vice_chair", "secretary")
                ),
                None,
            )
            if lead_role is not None:
                # "Puheenjohtaja Aino Aho (vas.)Ek Eero": the role before the member's name
                cut = s + piece.index(words[lead_role[0]], len(" ".join(words[: lead_role[0]])))
                named = self._cell_person(text, cut, e)
                if named is not None:
                    people.append((_comma_nominative(named), lead_role[1]))
                    continue
                rest = words[lead_role[0] :]
                if len(rest) == 4 and "," in piece:
                    # "Varapuheenjohtaja Aho, Aino Ek, Eero": the role, the member, the deputy
                    mid = cut + text[cut:e].index(rest[2], len(" ".join(rest[:2])))
                    first = self._cell_person(text, cut, mid)
                    second = self._cell_person(text, mid, e)
                    if first is not None and second is not None:
                        people += [(_comma_nominative(first), lead_role[1]),
                                   (_comma_nominative(second), "")]  # fmt: skip
                        continue
            if not leading_place and "," in piece:
                # "Aino Aho, puheenjohtaja": the role after the name; "Aho, Aino": surname first
                head, _comma, tail = piece.rpartition(",")
                said = self.lex.role_of(tail.strip())
                if said in ("chair", "vice_chair", "secretary"):
                    named = self._cell_person(text, s, s + len(head))
                    if named is not None:
                        people.append((_comma_nominative(named), said))
                        continue
                if found is None and len(words) == 2:
                    found = self._cell_person(text, s, e)
                    if found is not None:
                        people.append((_comma_nominative(found), ""))
                        continue
            if found is None and len(words) == 4 and not leading_place:
                cut = s + text[s:e].index(
                    words[len(words) // 2], len(" ".join(words[: len(words) // 2]))
                )
                # (also two names printed surname first: "Aho, Aino Ek, Eero")
                first = self._cell_person(text, s, cut)
                second = self._cell_person(text, cut, e)
                if first is not None and second is not None:
                    people += [(_comma_nominative(first), ""), (_comma_nominative(second), "")]
                    continue
            if found is None and leading_place:
                # "Luoto Agneta Sandvik": the municipality and a name in one piece
                cut = s + len(words[0]) + (len(piece) - len(piece.lstrip()))
                where = Mention(s, s + len(words[0]), words[0], words[0], "municipality", 0.6)
                found = self._person(text, text.index(words[1], cut), e)
            if found is not None:
                people.append((_nominative(found), ""))
            elif index == 0 and lead and self.lex.role_of(piece) == "deputy_member":
                row_role = "deputy_member"  # "VarajäsenAino Aho…": a row of the deputies
            elif index == 0 and lead == "municipality" and piece[:1].isupper():
                where = Mention(s, e, piece, piece, "municipality", 0.6)
            elif index == 0 and lead:
                continue  # a party ("KOK") or another leading column
            elif (
                people
                and "other" in ctx.columns
                and re.fullmatch(r"[A-ZÅÄÖ]{1,5}", piece)
                and not self.lex.role_of(piece)
            ):
                continue  # "Aho AinoKESKPuu Pekka": the party's cell between two names
            elif index == len(spans) - 1 and len(words) == 1 and people:
                continue  # the last cell cut off ("Sepp"): the rest of the row stands
            elif (
                index == len(spans) - 1
                and people
                and piece[:1].islower()
                and self.lex.role_of(words[-1])
            ):
                continue  # "expert member" after the last name: what the seat is, a note
            else:
                return []  # a piece that is none of these: not a row of this table
        if not people or len(people) > len(person_columns):
            return []
        if row_role:
            people = [(person, role or row_role) for person, role in people]
        found = _row_seats(
            ctx,
            people,
            person_columns,
            (start, end),
            # a name and role table ("NimiTehtävä") is read as a list of names: printed
            # surname first, they are turned as a list's are
            "list-glued-name" if "name" in person_columns else "table-glued",
            on_behalf_of=where,
            deputy_on_behalf_of=where,
        )
        if term_end:
            # a row's seat for a term that ended before the one the page gives ("Aho Aino
            # 2021- 2023" under "Kaupunginhallitus 2021-2025"): the row holds no seat now
            ends = [int(y) for y in _TERM_END.findall(text[max(0, start - 5000) : start])]
            if ends and term_end < max(ends):
                for f in found:
                    f.status = "ended"
        return found

    def _office_after_slash(self, text: str, start: int, end: int) -> str | None:
        """The officer's seat the whole text after a list line's slash names, in lower case
        ("ordf.", "sekr.", "vice ordförande"): None for anything else."""
        said = text[start:end].strip()
        if not said[:1].islower():
            return None
        role = self.lex.role_of(said)
        return role if role in ("chair", "vice_chair", "secretary") else None

    def _office_after_party(self, line: str) -> set[int]:
        """Where an office in lower case between a party in brackets and the next cell's name
        begins and ends ("Per Ek (S) ordf Eva Berg (S)", "… (M) vice ordf Bo Lind"): a piece of
        its own, the office of the name before it."""
        cuts: set[int] = set()
        for mt in _OFFICE_AFTER_PARTY.finditer(line):
            if self.lex.role_of(mt.group(1).rstrip(":")) in ("chair", "vice_chair", "secretary"):
                cuts |= {mt.start(1), mt.end(1)}
        return cuts

    def register_row(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """A row of a register whose header names a person column and a role column
        ("NamnPartiUppdragOrt" over "Ek Lindqvist, Bo S Ledamot VISBY"): the name surname
        first with a comma (the surname may be two words), then the other cells, one of them
        the role; the row's role seats the person in the table's body. A row with no role
        word, or whose name the dictionary reads as common words, is no such row."""
        if "name" not in ctx.columns or "role" not in ctx.columns:
            return []
        line = text[start:end]
        mt = re.match(
            r"\s*((?:[A-ZÅÄÖÜ][\w'’-]+\s)?[A-ZÅÄÖÜ][\w'’-]+),\s*"  # noqa: RUF001
            r"([A-ZÅÄÖÜ][a-zåäöüé]+(?:-[A-ZÅÄÖÜ][a-zåäöüé]+)?)(?=\s|$)",
            line,
        )
        if mt is None:
            return []
        surname, first = mt.group(1), mt.group(2)
        if any(self.r._word_is_excluded(w) for w in [*surname.split(), first]):
            return []
        if self.lex.role_of(first) or self.lex.role_of(surname):
            return []
        words = line[mt.end() :].split()
        role = ""
        for i in range(len(words)):
            for n in (3, 2, 1):
                if i + n <= len(words) and (found := self.lex.role_of(" ".join(words[i : i + n]))):
                    role = found
                    break
            if role:
                break
        if not role:
            return []
        s0, e0 = start + mt.start(1), start + mt.end(2)
        person = Mention(s0, e0, text[s0:e0], f"{first} {surname}", "person", 0.75, "nom")
        return [_membership(ctx, person, role, (start, end), 0.65, "table-register")]

    def _first_name_glued(self, line: str) -> set[int]:
        """Where a first name runs into the lower-case word after it ("Karppinen Tiinaexpert
        member"): the name's end, when the words from there on end in a role word and the
        dictionary knows the first part as a first name."""
        out: set[int] = set()
        for mt in re.finditer(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]{5,})(\s+[a-zåäö]+)*$", line):
            word = mt.group(1)
            rest = line[mt.end(1) :].split()
            if not rest or not self.lex.role_of(rest[-1]) or self.lex.role_of(word):
                continue
            for k in range(3, len(word) - 2):
                if (
                    any(
                        a.cls == morphology.FIRST_NAME and a.case == "nom"
                        for a in self.r.morph.analyse(word[:k])
                    )
                    and not self.r.morph.analyse(word)
                    # (on a Swedish page only where the glued part is a role's word: not the
                    # rest of a surname that begins like a first name, "Åkerhielm ledamot")
                    and (
                        self.lex.lang != "sv"
                        or self.lex.role_of(" ".join([word[k:], *rest]))
                        or self.lex.role_of(word[k:])
                        or self.lex.find_role(word[k:]) is not None
                    )
                ):
                    out.add(mt.start(1) + k)
                    break
        return out

    # -- seat blocks --------------------------------------------------------------------------

    def seat_block(self, text: str, start: int, end: int, ctx: Context) -> list[Finding]:
        """ "Esbo stad, A, B och C. Ersättare: 1. X, 2. Y." — a municipality or organisation,
        then its members, then its deputies (numbered: in order of entry, nobody's personal
        deputy; one member and one deputy: that member's)."""
        toks = tokens(text, start, end)
        if len(toks) < 4:
            return []
        org = None
        for j in range(min(len(toks), 5)):
            found = self.r.organisation_at(toks, j)
            if found is not None and found.start == toks[0].start:
                org = found
        if org is None or not _after(text, org.end, ","):
            return []
        deputy_at = re.search(rf"(?<![\w-])(?:{self.lex.deputies})", text[org.end : end], re.I)
        split = org.end + deputy_at.start() if deputy_at else end
        # ("Työttömien Valtakunnallinen Yhteistoimintajärjestö" read as a name by the rules: an
        # organisation's name, whose last word is an organisation's kind, is no person's)
        members = [
            p for p in self._names(text, org.end, split) if not _ORG_KIND_LAST.search(p.name)
        ]
        deputies = self._names(text, split, end) if deputy_at else []
        if not members:
            return []
        if any(
            len(_LOWER_WORD_IN_BLOCK.findall(text, a.end, b.start)) > 3
            for a, b in itertools.pairwise([*members, *deputies])
        ):
            # "Suomen Testiliitto, Testiliga (TL), piti vuosikokouksensa … valitsi A …": prose
            # between the names (a sentence's words), no block of seats
            return []
        numbered = bool(re.search(r"\b1\.\s", text[split:end])) if deputy_at else False
        quote = (start, end)
        found = [
            _membership(
                ctx, p, ctx.role or "member", quote, p.confidence, "seat-block", on_behalf_of=org
            )
            for p in members
        ]
        personal = len(members) == 1 and len(deputies) == 1 and not numbered
        for d in deputies:
            found.append(
                _membership(
                    ctx,
                    d,
                    "deputy_member",
                    quote,
                    d.confidence - 0.05,
                    "seat-block",
                    on_behalf_of=org,
                    deputy_for=members[0] if personal else None,
                )
            )
        return found

    def _names(self, text: str, start: int, end: int) -> list[Mention]:
        toks = [t for t in tokens(text, start, end) if not re.fullmatch(r"\d+", t.text)]
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            found = self.r.person_at(toks, i, in_list=True) if toks[i].is_cap else None
            if found is not None:
                out.append(found)
                while i < len(toks) and toks[i].start < found.end:
                    i += 1
            else:
                i += 1
        return out


def _row_seats(
    ctx: Context,
    seats: Sequence[tuple[Mention, str]],
    columns: Sequence[str],
    quote: tuple[int, int],
    rule: str,
    *,
    on_behalf_of: Mention | None,
    deputy_on_behalf_of: Mention | None,
) -> list[Finding]:
    """The memberships of one table row: each ``(person, role)`` in the column it stands in; a
    deputy column's person is the deputy of the member before it in the row."""
    out: list[Finding] = []
    member: Mention | None = None
    for (person, role), column in zip(seats, columns, strict=False):
        if column == "deputy_member":
            out.append(
                _membership(
                    ctx,
                    person,
                    "deputy_member",
                    quote,
                    person.confidence - 0.15,
                    rule,
                    on_behalf_of=deputy_on_behalf_of,
                    deputy_for=member,
                )
            )
        else:
            member = person
            out.append(
                _membership(
                    ctx,
                    person,
                    role or ctx.role or "member",
                    quote,
                    person.confidence - 0.1,
                    rule,
                    on_behalf_of=on_behalf_of,
                )
            )
    return out


#: A company's legal form after its name ("Oy", "Oyj", "Ab", "Ky").
_COMPANY_FORM = re.compile(r"Oyj?|OY|OYJ|Ab|AB|Abp|Ky|Kb|Hb|Ay")


def _same_head(a: str, b: str) -> bool:
    """Whether two bodies' names end in the same head word, one maybe a compound of the other
    ("toimikunta", "kaksikielisyystoimikunta")."""
    x, y = a.casefold().split()[-1:], b.casefold().split()[-1:]
    return bool(x and y) and (x[0].endswith(y[0]) or y[0].endswith(x[0]))


def _same_head_definite(a: str, b: str) -> bool:
    """:func:`_same_head`, a Swedish definite ending on either allowed ("Styrelsen",
    "Föreningens styrelse")."""
    x, y = a.casefold().split()[-1:], b.casefold().split()[-1:]
    return bool(x and y) and any(
        p.endswith(q + ending)
        for p, q in ((x[0], y[0]), (y[0], x[0]))
        for ending in ("", "n", "en", "et")
    )


def _neighbour_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the lines right above and below the line around ``start``-``end`` (blank
    lines between passed over), their bullets kept."""
    out = []
    above = text[: text.rfind("\n", 0, start) + 1].rstrip()
    if above:
        a = above.rfind("\n") + 1
        out.append((a, len(above)))
    nl = text.find("\n", end)
    if nl >= 0:
        rest = text[nl:]
        stripped = rest.lstrip()
        if stripped:
            a = nl + len(rest) - len(stripped)
            b = text.find("\n", a)
            out.append((a, len(text) if b < 0 else b))
    return out


#: How far up and down from a line the column of names printed surname first is looked for.
_COLUMN_WINDOW = 400


def _line_at(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``, without its line break."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return text[a : len(text) if b < 0 else b]


def _surname_comma_column_size(
    text: str, pos: int, line: re.Pattern[str] = _SURNAME_COMMA_LINE
) -> int:
    """How many lines, from the line at ``pos`` up and down (blank lines skipped, at most
    three looked at each way), are only a name printed surname first with a comma (the
    line at ``pos`` counted, the others as ``line`` has them)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    count = 1
    # (a window of the text around the line: the lines looked at are short)
    lo = max(0, a - _COLUMN_WINDOW)
    up = text[lo:a].splitlines()[1 if lo else 0 :]
    b = len(text) if b < 0 else b + 1
    down = text[b : b + _COLUMN_WINDOW].splitlines()
    for lines in (reversed(up), down):
        seen = 0
        for row in lines:
            if not row.strip():
                continue
            if not line.fullmatch(row) or seen >= 3:
                break
            seen += 1
        count += seen
    return count


def _nominative(person: Mention) -> Mention:
    """A table cell names a person in the nominative: "Majava Kaarina" is no essive."""
    return dataclasses.replace(person, name=person.written, case="nom")


def _comma_nominative(person: Mention) -> Mention:
    """As :func:`_nominative`, but a name printed surname first with a comma ("Aho, Aino")
    keeps the name it was read as."""
    return person if "," in person.written else _nominative(person)


def _after(text: str, pos: int, char: str) -> bool:
    return text[pos : pos + 3].lstrip().startswith(char)


def _plural(word: str) -> str:
    """A Finnish noun's nominative plural, for a party named in the genitive plural
    ("järjestöjen edustaja" → "järjestöt")."""
    if word.endswith("nen"):
        return word[:-3] + "set"
    if word[-1:] in "aeiouyäö":
        return word + "t"
    return word


def cells_of(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


__all__ = ["ListReader", "Token", "cells_of"]

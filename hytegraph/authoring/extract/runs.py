"""Name runs: a reader of people listed together that does not depend on a page's layout.

The rules of :mod:`.lists` and :mod:`.sentences` read layouts they know. Under them this
layer finds every person's name (first name first or surname first: voikko's first-name and
surname classes decide the order), groups the names into *runs* — consecutive lines that
each begin with a name (role and job-title lines between them allowed), or a list of names
joined by commas and "ja"/"sekä"/"och"/"samt" inside one sentence — and reads a run as the
composition of a body when a *composition cue* tied to that body comes before it:

- in the same sentence ("Uuteen Oulun nuorisovaltuustoon valittiin A, B ja C", "A och B har
  utsetts till representanter i äldrerådet"), the body being the one the people are put in
  (illative or inessive; after "i"/"till"), never the organ that appoints them;
- in a heading or label line just above the lines ("Hyvinvointityöryhmän jäsenet",
  "Jäsenet:"), the body being the one the cue names, else the last body the same section of
  the page speaks of (a heading naming another body begins a new section);
- in a sentence earlier in the section that says how many members the body has ("Äldrerådet
  ska bestå av 4 medlemmar"), when exactly that many names follow in one run.

Every name of such a run is a member, unless a role word on its line or clause (or a role
line just above it) gives a more specific role in that body; a role word after the genitive of
another body ("kunnanhallituksen puheenjohtaja") is a title there, not a role here. A deputy
cue switches the run to deputies; an applicant, candidate or invitee cue keeps their status.
"Organisation, edustaja Name" in a run is a member on behalf of the organisation (the
project's convention for a representative listed in a body's composition).

The layer adds a proposal only for a person and body the rules above proposed nothing for,
and corrects only two things in what they proposed for a person of a run: a body the section
never names (taken from an earlier section) becomes the run's body, and a ``representative``
seat becomes a member on behalf of the organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import chain

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.findings import Finding
from hytegraph.authoring.extract.lexicon import (
    COMPOSED_WHEN,
    DUTY_ONLY,
    LEXICONS,
    MEETING_NAME,
    SV,
    SV_CONSISTED,
    SV_CONSISTS,
    SV_ELECTED,
    TREASURER_WORDS,
    words_pattern,
)
from hytegraph.authoring.extract.lists import ADVISERS_LABEL, AUDITOR, CO_OPTED, _level_role
from hytegraph.authoring.extract.mentions import SAME_BEFORE, Mention, Reader, tokens
from hytegraph.authoring.extract.segment import cut_name_stop, enumeration_item, line_around
from hytegraph.authoring.extract.sentences import decided, meeting_only

#: "A:n tilalle", "A:n sijaan", "A:n seuraajaksi": the one another takes the seat from, who
#: holds none by it.
_REPLACED_AFTER = re.compile(r"[ \t]+(?:tilall[ea]|sija(?:an|sta)|seuraaja(?:ksi|na))(?![\w-])")
#: A Finnish meeting's word right after a genitive ("… vuosikokouksessa", "… kokouksessa").
_MEETING_AFTER = re.compile(r"[ \t]+[a-zåäö]*kokou(?:s|ksessa|kseen|ksen)(?![\w-])")

_CUES = {
    "fi": r"jäsen(?:et|inä|iksi|istö)|kokoonpano\w*|valittii?n|valitut|valittu(?:ja|ina)?|"
    r"nimettiin|nimetyt|nimetty|nimitetty|edustaja(?:t|nsa)|koostuu|muodostavat",
    # ("Styrelsen består nu av A, B och C": "now", "then" or a time between the verb and "av")
    "sv": rf"ledamöter(?:na)?|medlemmar(?:na)?|(?:{SV_CONSISTS})(?:\s+{COMPOSED_WHEN})?\s+av|"
    rf"bestå\s+av|(?:{SV_CONSISTED})\s+av|"
    # "Årsmötet utsåg en valberedning bestående av A, B och C": the body's members named
    r"bestående\s+av|"
    # "Till styrelsen omvaldes A, B och C", "nyvaldes", "invaldes": an election said so
    r"(?:om|ny|in|åter)?valdes|valts?|utsågs|"
    # "Årsmötet valde in en ny ledamot i styrelsen, A": the active voice, "in" after it
    r"valde(?=\s+in\s)|"
    # "Personalen valde A, B och C till styrelsen": the active voice, the names right after it
    r"(?<=\s)valde(?=\s+(?-i:[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ]))|"
    # "Det blev omval av A till pensionärsrådet": an election said as a noun
    r"(?:om|ny)val(?=\s+av\s+[A-ZÅÄÖ])|"
    r"utsetts|utsedda|sammansättning\w*|representanter|"
    # "Styrelse för 2018 blev: A, B …", "Kvar i styrelsen till 2022 är: C och D"
    r"(?:blev|är)(?=\s*:\s*[A-ZÅÄÖ])|"
    # "Nyvald till styrelsen blev A": the election said first, done (not "De nyvalda i
    # styrelsen är B och C", whose term may begin later)
    r"(?:ny|om)valda?(?=\s+(?:till|i|som)\s+\w+\s+(?:blev|var)\s+[A-ZÅÄÖ])|"
    # "A och B har ett år kvar i styrelsen", "Kvar i styrelsen sitter C"
    r"kvar(?=\s+i\s+\w)|"
    # "A fick förtroende för två nya år i styrelsen": re-elected, the body named after it
    r"(?:fick|har\s+fått)\s+(?:förnyat\s+|fortsatt\s+)?förtroende"
    r"(?=\s+(?:för\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+)?i\s+\w)|"
    # "I styrelsen ingår också A, B och C": the body named before the verb, names after it
    r"(?<=\s)ingår(?=\s+(?:också\s+|även\s+)?[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ])|"
    # "I utskottet sitter också ledamöterna D, E och F": the same with "sitter" when "också"
    # or a members' word stands between it and the first name (in capitals)
    r"(?<=\s)sitter(?=\s+(?:(?:också|även)\s+(?:[\w-]*ledamöterna\s+)?|[\w-]*ledamöterna\s+)"
    r"(?-i:[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ]))|"
    # "Välkommen A in i styrelsen", "B hälsas välkommen i styrelsen": a new member welcomed
    r"välkomm?en(?=(?:\s+[A-ZÅÄÖ][\w-]*){2,3}\s+in\s+i\s+\w)|"
    r"(?<=hälsas\s)välkommen(?=\s+(?:in\s+)?(?:i|till)\s+\w)|"
    r"(?<=hälsades\s)välkommen(?=\s+(?:in\s+)?(?:i|till)\s+\w)|"
    # "I den ingår: A (ordförande), B …": the body named before
    r"(?<=[Ii]\sde[nt]\s)ingår",
}
#: A sentence that completes the composition of a body it does not name ("B ja C täydentävät
#: kokoonpanon", "D och E kompletterar sammansättningen").
_COMPLETES = re.compile(
    r"(?<![\w-])(?:täydentä\w*\s+kokoonpano\w*|komplettera\w*\s+sammansättning\w*)", re.I
)
_DEPUTY_CUES = {lang: lx.deputy_words for lang, lx in LEXICONS.items()}
#: "(varalle Bo Lind)", "(varalla Bo Lind)": the one standing in for the name before the
#: parenthesis, said in Finnish by "for/in reserve" rather than a deputy's noun
_PAREN_STANDS_IN = re.compile(r"[Vv]aral(?:le|la)[ \t]+[A-ZÅÄÖ]")
#: A deputy's word in the essive or translative right after a name in a run ("… A ja B kahdeksi
#: vuodeksi sekä C varajäsenenä yhdeksi vuodeksi"): that name's seat is a deputy's.
_DEPUTY_AFTER = re.compile(r"[ \t]+varajäsen(?:enä|eksi|inä|iksi)(?![\w-])", re.I)
#: A seat in square brackets after a name, perhaps after where the person is from ("Janina
#: Orlov/Sverige [suppleant]").
_BRACKETED_SEAT = re.compile(r"(?:/[A-ZÅÄÖ][\w-]*)?[ \t]*\[([^\[\]\n]{2,40})\]")
#: Members and deputies named together before one run ("Uusia jäseniä ja varajäseniä ovat A,
#: B ja C", "Nya ledamöter och ersättare är A och B"): the deputies' word does not tell which
#: names are deputies.
_MEMBERS_AND_DEPUTIES = re.compile(
    r"(?i)(?<![\w-])(?:jäsen\w*|ledam\w*)\s+(?:ja|sekä|och|samt)\s+"
    r"(?:varajäsen\w*|ersättare\w*|suppleant\w*)(?![\w-])"
)
#: A word before a body that puts people in it (Swedish): "till samma äldreråd", "i det nya
#: äldrerådet".
_SV_INTO = frozenset({"i", "till"})
#: Finnish cases of a body the people are put in or sit in.
_FI_INTO = frozenset({"ill", "ine", "ess", "tra"})
#: the Finnish local cases
_FI_LOCAL = frozenset({"ine", "ela", "ill", "ade", "abl", "all"})
#: Bare head words: "Neuvostoon" refers back to the last body of that kind.
_GENERIC = re.compile(
    r"(?:neuvosto|ryhmä|toimielin|elin|toimikunta|valtuusto|lautakunta|hallitus|"
    r"råd|rådet|gruppen?|organ|nämnd(?:en)?|styrelsen?)",
    re.I,
)
#: The label of those present with no seat in a minutes cover run together into one line
#: ("Övriga närvarande", "Övriga deltagande"): the names after it are officials and guests.
_OTHERS_PRESENT = re.compile(
    r"(?<![\w-])(?:Övriga|ÖVRIGA)\s+(?:närvarande|deltagande|deltagare|NÄRVARANDE)(?![\w-])"
)
#: A sentence that opens on an election said as a noun, names next ("Nyval av A och B.",
#: "Omval av C").
_NEW_ELECTION_OF = re.compile(r"\s*(?:Nyval|Omval)\s+av\s+[A-ZÅÄÖ]")
_BULLET = re.compile(r"^[\s•·*\-–—]+")  # noqa: RUF001
_JOIN = re.compile(r"^\s*(?:,|;|&|ja|sekä|och|samt)?\s*$", re.I)
#: "som suppleant", "som ersättare" after a name: that name's seat, not the run's.
_AS_DEPUTY = re.compile(
    r"(?<=[A-ZÅÄÖ][a-zåäö])(?:[a-zåäö-]*[ \t]+)(som[ \t]+(?:suppleant|ersättare)\w*)"
)
#: What follows a role that closes its sentence before the next name: ". Övriga … ".
_CLOSES = re.compile(r"^\s*[.;]\s+\S")
#: A role after a name with no comma before it, in a run that ran together (fi): an optional home
#: town (", Testilä") or a town's genitive ("Testilän kj."), then lower-case words, ordinals and
#: abbreviations ("valt. 1. varapj.", "yhtymävaltuuston II varapuheenjohtaja").
_BARE_ROLE_AFTER = re.compile(
    r"(?:,[ \t]*[A-ZÅÄÖ][\w-]*)?[ \t]+((?:[A-ZÅÄÖ][\w-]*n[ \t]+)?[a-zåäö][\w-]*\.?"
    r"(?:[ \t]+(?:[a-zåäö][\w-]*\.?|\d{1,2}\.?|I{1,3}|IV)){0,4})[ \t]*"
)
#: "…hallitus, johon kuuluvat: A (puheenjohtaja), B …": a relative clause of the body's
#: composition right before its names; like a members' cue there, it lets the parenthesis after
#: each name say the name's role
#: "muina", "övriga" right before a members' cue ("ja muina jäseninä A ja B", "och övriga
#: ledamöter C"): the names before them in the sentence are the body's members too.
_OTHERS_BEFORE_CUE = re.compile(r"(?i)(?<![\w-])(?:muina|muiksi|muut|övriga|andra)\s+$")
_BELONG = re.compile(r"(?<![\w-])(?:johon|joihin)\s+kuulu(?:vat|u)(?![\w-])", re.I)
#: A label between two runs of names ("Muut läsnä olleet", "POISSA"): capitalised words only.
_LABEL_BETWEEN = re.compile(r"[A-ZÅÄÖ][\w-]*(?:[ \t]+[a-zåäöA-ZÅÄÖ][\w-]*){0,3}[ \t]*")
#: A name with its first name as an initial and its role, just before a run: "K. Aho-Laine
#: puheenjohtaja Outi Salmela varajäsen …" (the role before the run is that name's).
_INITIAL_NAME_ROLE = re.compile(
    r"(?<![\w.])[A-ZÅÄÖ]\.[ \t]*[A-ZÅÄÖ][\w-]+(?:[ \t]+[a-zåäö][\w-]*\.?){1,2}[ \t]+$"
)
#: The word for minutes after a body's genitive: "HALLITUKSEN KOKOUKSEN PÖYTÄKIRJA".
_MINUTES_OF = re.compile(r"[ \t]+(?:kokouksen[ \t]+)?pöytäkirja(?![\w-])", re.I)
#: A minutes' page header, "Pöytäkirja 9/2014 1/42" (fi): the number of the minutes, its year
#: and the page, then the name of the body whose minutes they are ("Kunnanhallitus").
_MINUTES_HEADER = re.compile(
    r"(?<![\w-])Pöytäkirja[ \t]+\d{1,3}[ \t]*/[ \t]*(?:\d{4}[ \t]+)?"
    r"(?:\d{1,3}[ \t]*/[ \t]*\d{1,3}[ \t]+)?"
)
_CONJUNCTIONS = {"ja", "sekä", "tai", "eli"}
#: A surname's particle in lower case just before a name, after a role word ("jäsen von Ek").
#: A label for an organisation's officials or staff ("Funktionärer", "Toimihenkilöt",
#: "Personal"): the names and tasks after it hold no seat in its board.
_OFFICIALS_LABEL = re.compile(
    r"(?:funktionärer(?:na)?|toimihenkilöt|henkilökunta|personal(?:en)?|tjänstemän(?:nen)?)[:.]?",
    re.I,
)
_OFFICIALS_WORD = re.compile(
    r"(?<![\w-])(?:Funktionärer(?:na)?|Toimihenkilöt|Henkilökunta|Personal(?:en)?)(?![\w-])"
)
#: People who are with a body without a seat in it, named as such before their names ("…
#: plus gruppens mentorer, A och B", "vieraina C ja D"): the names after the word hold no seat
#: the sentence's members' word announced.
_NO_SEAT_WORD = re.compile(
    r"(?<![\w-])(?:[Mm]entor(?:er|erna|n)?|[Gg]äst(?:er|erna)?|[Ii]nbjudna|"
    r"[Mm]entori(?:t|na|neina|eina)?|[Vv]ieraina|[Vv]ieraat|[Kk]utsuvieraat)(?![\w-])"
)
#: A sentence that opens with the members' word and a copula, naming no body ("Medlemmar har
#: varit A, B och C", "Övriga ledamöter är D och E"): it goes on with the body before.
_MEMBERS_WERE = re.compile(
    r"\s*(?:[Öö]vriga\s+)?(?:[Mm]edlemmar|[Ll]edamöter|[Ss]uppleanter|[Ee]rsättare)\s+"
    r"(?:har\s+varit|var|är|har\s+ingått)\s+[A-ZÅÄÖ]"
)
#: "Övriga styrelsemedlemmar har varit A, B och C": the board's members named by a compound of
#: the board's word, the sentence naming no body of its own (sv).
_BOARD_MEMBERS_WERE = re.compile(
    r"\s*(?:[Öö]vriga\s+)?(?:[Ss]tyrelse)(?:medlemmar|ledamöter)\s+"
    r"(?:har\s+varit|var|är|har\s+ingått)\s+[A-ZÅÄÖ]"
)
#: A list of members after their label ("Omval på följande ledamöter: A, B och C",
#: "Styrelseledamöter: D och E"): a sentence naming a body's members with no body word.
_MEMBERS_LABEL = re.compile(r"(?<![\w-])(?:[Ss]tyrelse)?[Ll]edamöter(?:na)?\s*[:;]\s*[A-ZÅÄÖ]")
_RELATIVE_BEFORE = re.compile(r"(?<![\w-])(?:vilken|vilket|vilka)\s+$", re.I)
_PARTICLE_BEFORE = re.compile(r"(?<=[a-zåäö.][ \t])(von|af|van|de|der)[ \t]+\Z")
#: An ordinal before a role word: "1.", "2", "II".
_ORDINAL = re.compile(r"\d{1,2}\.?|I{1,3}|IV")
#: A body's name abbreviated before a role word in minutes' lists: "valt. 1. varapj.".
_BODY_ABBREVIATIONS = {"valt.": "valtuusto"}
_ROLE_AFTER = re.compile(r",\s*([a-zåäö][\w-]*\.?(?:,?\s+[a-zåäö][\w-]*\.?){0,3})\s*")
#: An office written after a listed name, a comma perhaps between ("A, ordförande, B", "A vice
#: ordförande, B kassör").
_OFFICE_AFTER = re.compile(
    # (or glued by a hyphen: "Bror Johansson-ordförande")
    r"(?:,[ \t]*|[ \t]+|-)([a-zåäö][\w-]*(?:[ \t]+[a-zåäö][\w-]*)?)"
    # (a remark in brackets may follow it: "A, ordförande (vald 2014-2016), B, …")
    r"(?=[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[,.;]|och\b|samt\b|ja\b|sekä\b|$))"
)
#: "A har suttit i styrelsen i flera år och valdes nu till ny ordförande": the office a
#: clause joined by "och" elects the sentence's one name to, closing the sentence.
_AND_ELECTED_TO_OFFICE = re.compile(
    r"(?i)[ \t]+och[ \t]+(?:valdes|utsågs)(?:[ \t]+(?:nu|då|sedan|därefter))?[ \t]+till[ \t]+"
    r"(?:ny[ \t]+)?([a-zåäö][\w-]*(?:[ \t]+[a-zåäö][\w-]*)?)(?=[ \t]*(?:[.;]|$))"
)
#: "A, vice ordförande B, sekreterare": an office after a name's comma, then the next name
#: with no comma between (see :meth:`RunReader._sentence_seats`).
_OFFICE_COMMA_LEFT_OUT = re.compile(
    r",[ \t]*([a-zåäö][\w-]*(?:[ \t]+[a-zåäö][\w-]*)?)[ \t]+(?=[A-ZÅÄÖ])"
)
#: The verb before a predecessor's name: "A efterträder B" (not "ersätter": in minutes, a
#: deputy stands in for a member who keeps the seat).
_SUCCEEDED = re.compile(r"(?<![\w-])(?:efterträder|efterträdde|efterträtt)[ \t]+$")
#: The Swedish office nouns alone after a name in a list ("Annette Backhans kassör").
_OFFICE_NOUNS = frozenset(
    {"ordförande", "sekreterare", "kassör", "kassörska", "ledamot", "suppleant", "ersättare"}
)
#: A name that asks someone else to take a seat ("A oli pyytänyt minua hallituksen
#: varajäseneksi", "B frågade mig om …"): the subject of the asking, not the seat's holder.
_ASKED_SOMEONE = re.compile(
    r"[ \t]+(?:oli[ \t]+|on[ \t]+|hade[ \t]+|har[ \t]+)?"
    r"(?:pyytänyt|pyysi|kysyi|kysynyt|houkutteli|houkutellut|suostutteli|bett|bad|frågade|"
    r"frågat|tillfrågade|övertalade)[ \t]+"
    r"(?:minua|minut|meitä|meidät|sinua|häntä|hänet|heitä|heidät|mig|oss|dig|honom|henne|dem)"
    r"(?![\w-])"
)
#: An election's verb (Swedish).
#: "omvaldes", "nyvaldes", "invaldes", "återvaldes": an election said as a re-election or a
#: first one; "valdes" on its own.
_REELECTED = re.compile(r"(?<![\w-])(?:om|ny|in|åter)valdes(?![\w-])", re.I)
_ELECTED_PLAIN = re.compile(r"(?<![\w-])valdes(?![\w-])", re.I)
_ELECTED = re.compile(r"(?<![\w-])(?:om|ny)?valdes(?![\w-])", re.I)
#: A treasurer's post alone after a name in a run of offices ("Ulrika Ek, kassör;"): a seat
#: on the board, a member's.
_TREASURER_ONLY = re.compile(rf"(?i)(?:{words_pattern(TREASURER_WORDS)})[ \t.,;:]*")
#: Two or three capitalised words and a number closing the line: an item's heading
#: ("Föredragning Rådslag 1"), no name.
_NUMBERED_HEADING = re.compile(r"[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}[ \t]+\d{1,2}\.?")
#: How many sit in the body, then a colon or a semicolon, between a members' cue and the
#: list's first name ("består av sju personer;", "bestod av 9 ledamöter:", "kuuluu 7
#: jäsentä:"; Swedish number words, digits in either language).
_COUNTED_BEFORE_LIST = re.compile(
    r"\s*(?:\d{1,2}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+"
    r"(?:personer|ledamöter|medlemmar|henkilöä|jäsentä)\s*[:;]\s*"
)
#: A board's seats other than its officers' (officers alone are read by the rules).
_SEAT_WORD = re.compile(
    rf"(?i)(?<![\w-])(?:ledam\w*|ersättare|suppleant\w*|{words_pattern(SV.treasurer)})"
)
#: An election's verb, then names, then the seats they were elected to ("… valdes till ordinarie
#: ledamöter", "valde A och B till ledamöter", "till ersättare"), the sentence ending there.
_SEATS_AFTER_NAMES = re.compile(
    r"(?<![\w-])(?:(?:om|ny|åter)?valdes|valde)[ \t]+(?:[A-ZÅÄÖ][^.;:]*?[ \t])?till[ \t]+"
    r"(?:ordinarie[ \t]+)?(?:ledamöter|ersättare|suppleanter)[ \t]*\.?[ \t]*$"
)
#: "Valberedning för nästa år är A, B och C", "Styrelsen är A och B": a body opening the
#: sentence (a term after it at most), then "är" and the names: its members.
_BODY_IS = re.compile(
    r"[ \t]*(?P<body>[A-ZÅÄÖ][\w-]*)(?:[ \t]+(?:för|under|till)[ \t]+[^.,:;()]{1,30}?)?"
    r"[ \t]+är[ \t]+(?=[A-ZÅÄÖ])"
)
#: "är" right before a run of names ("… är A, B och C", "… är A och B").
_IS_NAMES = re.compile(
    r"(?<![\w-])är(?=[ \t]+[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w'-]+(?:,|[ \t]+(?:och|samt)[ \t]))"
)
#: A meeting's own business: its officers, its minutes' checkers.
_MEETING_WORD = re.compile(r"(?i)mötes\w*|mötet|stämm\w*|justera\w*|valberedning\w*")
#: The page's own board, named by its head word ("Styrelsen", "styrelsen för X").
_BOARD = re.compile(r"(?i)styrelse")
#: "I den ingår": the people are in the body the section spoke of.
#: A demonstrative right before a bare body word: "i detta utskott", "denna grupp".
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![\w-])(?:denna|detta|dessa)\s+$", re.I)
_PRONOUN_INTO = re.compile(r"(?<![\w-])[Ii]\s+de[nt]\s+ingår(?![\w-])")
#: An office said before the verb of an election, the elected's name right after the verb.
_OFFICE_ELECTED = re.compile(
    r"\s*(?:Till|Som)\s+((?:vice\s+)?[a-zåäö][\w-]*)\b"
    # (not across another clause of election: "Till ordförande återvaldes A och till
    # styrelsen valdes B": B's seat is no office)
    r"(?:(?!(?<![\w-])(?:till|valdes|omvaldes|återvaldes|utsågs)(?![\w-]))[^.,]){0,60}?"
    r"\s(?:valdes|omvaldes|utsågs)\s+$"
    # "Yhdistyksen puheenjohtajaksi valittiin A ja hallitukseen B, C": in Finnish the office in
    # the translative (after its owner's genitive, perhaps) right before the passive verb
    r"|\s*(?:[^,\n]{0,100}?\s)?(?:[\w-]+(?:n|:n)\s+)?([a-zåäöA-ZÅÄÖ][a-zåäö-]*ksi)\s+"
    r"(?:uudelleen\s+)?(?:valittiin|nimettiin|valittin)\s+(?:jatkamaan\s+)?$"
)
#: A name after a comma that ends the text, no "och" before it: the text cut inside the run.
_CUT_LAST = re.compile(r",[ \t]*$")
_NUMBER = re.compile(r"\b(\d{1,2})\b")
_NUMBERS = {
    "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7,
    "kahdeksan": 8, "yhdeksän": 9, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
    "sju": 7, "åtta": 8, "nio": 9,
}  # fmt: skip
#: "X (S) ersätter Y (S)" in minutes: X serves in Y's seat that day.
_SUBSTITUTE = re.compile(
    r"([A-ZÅÄÖ][\w'-]+(?: [A-ZÅÄÖ][\w'-]+){1,2})[ \t]*\([A-ZÅÄÖ]{1,4}\)[ \t]*ersätter[ \t]+"
    r"([A-ZÅÄÖ][\w'-]+(?: [A-ZÅÄÖ][\w'-]+){1,2})[ \t]*\([A-ZÅÄÖ]{1,4}\)"
)
#: "Esko Ek (Arto Sutisen tilalla)" in Finnish minutes: Esko Ek serves in Arto Sutinen's seat.
_FI_SUBSTITUTE = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][\w'-]+ [A-ZÅÄÖ][\w'-]+)[ \t]*\([ \t]*"
    r"([A-ZÅÄÖ][\w'-]+(?: [A-ZÅÄÖ][\w'-]+){1,2})[ \t]+tilalla[ \t]*\)"
)
_SPECIFIC = {"chair": 4, "vice_chair": 3, "secretary": 2, "deputy_member": 1, "member": 0}

#: A capitalised word in the elative or ablative ending ("Kuopiosta", "Vieremältä"), and
#: after a listed name's home town anything but another capitalised word or a number.
_HOME_TOWN = re.compile(r"[A-ZÅÄÖ][a-zåäö-]+(?:sta|stä|lta|ltä)")
_HOME_TOWN_AFTER = re.compile(r"(?![ \t]*[A-ZÅÄÖ0-9])")


@dataclass
class Seat:
    """A person of a run: the role and organisation the run gives them."""

    person: Mention
    role: str
    body: Mention
    quote: tuple[int, int]
    on_behalf_of: Mention | None = None
    status: str = ""
    section: tuple[int, int] = (0, 0)
    #: A "Name, role Name, role" run: the reading replaces what the rules read on its line.
    replaces: bool = False
    #: … its roles written after the names with no comma ("A puheenjohtaja B jäsen").
    bare: bool = False
    #: The role was said next to the name ("A (S) (ordförande)"): it outranks a bare member's
    #: seat the rules read for the same person and body.
    said: bool = False
    #: A chain of labels run together ("Ordförande A Medlemmar B C"): the reading replaces any
    #: other of the same words (a longer name read over two).
    chain: bool = False


#: "ei", "ingen", "utan" right before a seat's word: no such seat ("ei varajäsentä").
_NEGATED_SEAT = re.compile(r"(?i)(?<![\w-])(?:ei|ingen|utan)[ \t]+$")


#: "valberedningens förslag": a body's proposal after its name
_PROPOSAL_AFTER = re.compile(r"s?[ \t]+(?:besluts)?förslag")
#: "styrelseledamöterna A", "styrelsesuppleanterna B": a body's word joined to a plural seat's,
#: right before a name
_COMPOUND_SEATS_BEFORE_NAME = re.compile(
    r"(?<![\w-])([a-zåäö]{4,}?)(?:ledamöter|suppleanter|ersättare)(?:na)?[ \t]+(?=[A-ZÅÄÖ][a-zåäö])"
)

#: A semicolon, then "besides" ("; lisäksi", "; dessutom", "; därtill"): the names after it are
#: another group than the one the body's seat word before them opened.
_BESIDES_AFTER_SEMICOLON = re.compile(r";[ \t]*(?:lisäksi|dessutom|därtill)(?![\w-])")


def without_towns(people: list[Mention]) -> list[Mention]:
    """A coordinated run of three names or more each of three words ("Ingemar Nordieng
    Kungsbacka, Lennart Olsson Hylte och Lars Björk Halmstad"): the last word of each is the
    person's town, as a list that writes places after several names does; the people without
    it. Any other run as it is."""
    if len(people) < 3 or not all(
        len(p.written.split()) == 3 == len(p.name.split()) for p in people
    ):
        return people
    return [
        replace(
            p,
            end=p.start + p.written.rfind(" "),
            written=p.written.rsplit(" ", 1)[0],
            name=p.name.rsplit(" ", 1)[0],
        )
        for p in people
    ]


#: A cue line of a board's members ("Ordinarie ledamöter i tur att avgå", "Ledamöterna väljs …"),
#: not an election's "som ledamöter" under which other posts may follow.
_MEMBERS_LINE = re.compile(r"(?i)(?!som\s)(?:\w+\s+){0,2}ledamöter(?:na)?\b")
#: A surname's particle, written in capitals or not ("Ana Ferreira De Sousa", "Eva von Ek").
_PARTICLES = frozenset({"von", "af", "de", "da", "do", "dos", "das", "del", "van", "der"})


def _with_particle(person: Mention) -> bool:
    """ "Ana Lima Da Costa": a name of four words, one of its middle words a particle, is one
    person's name, not two run together."""
    words = person.written.split()
    return len(words) == 4 and any(w.casefold() in _PARTICLES for w in words[1:-1])


def _key(name: str) -> str:
    return " ".join(sorted(name.casefold().replace("-", " ").split()))


def _body_key(name: str) -> str:
    words = name.casefold().split()
    return words[-1] if words else ""


def _same_head(a: str, b: str) -> bool:
    """Whether two bodies' names end in the same head word, compounded or not, with or
    without a Swedish definite ending ("Styrelsen", "Förbundsstyrelse")."""
    ha, hb = (re.sub(r"(?:en|et|n|t|e)$", "", _body_key(x)) for x in (a, b))
    if not ha or not hb:
        return False
    short, long_ = sorted((ha, hb), key=len)
    return long_.endswith(short) and len(short) >= 4


#: Right before a name, the one whose seat another took: "fyllnadsval för A", "i stället
#: för A" (Swedish).
_REPLACED_BEFORE = re.compile(r"(?:fyllnadsval|i[ \t]+stället|istället)[ \t]+för[ \t]+$")
#: Right before a name, the support or help a body has from the person ("I kommittén ingår A
#: och B med stöd av C", "med hjälp av C"): a helper, no seat in the body.
_SUPPORT_BEFORE = re.compile(
    r"(?i)(?<![\w-])med[ \t]+(?:stöd|hjälp|bistånd)[ \t]+(?:av|från)[ \t]+$"
)
#: Right before capitalised words, an organisation's kind that they name: "Stiftelsen Wasa
#: Ek", "Föreningen Norra Byn", "Säätiö Aino Ahola": the organisation's name, no person.
_ORGANISATION_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:Stiftelsen|Föreningen|Förbundet|Sällskapet|Säätiö|Yhdistys)[ \t]+$"
)
#: Right after words read as a name, the clause saying they name an organisation: "Testby
#: Friskola är en ekonomisk förening", "Norrby Fiber är ett kooperativ" (Swedish): its name,
#: no person.
_IS_ORGANISATION_AFTER = re.compile(
    r"[ \t]+(?:är|var)[ \t]+(?:en|ett)[ \t]+(?:[a-zåäö-]+[ \t]+){0,2}?"
    r"(?:[a-zåäö-]*(?:förening|förbund|stiftelse|kooperativ|aktiebolag|företag|organisation"
    r"|skola|klubb))(?![\w-])"
)
#: After a name, the other names of its clause and a verb of leaving: "A och B båda lämnade
#: styrelsen", "A, B och C avgick ur styrelsen" (Swedish).
#: More capitalised words and a registered association's mark on the same line after the
#: words read as a name ("… Tuki ry:n säännöt", "… Stöd rf"): an association's name.
_ASSOCIATION_AFTER = re.compile(
    r"(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,3}[ \t]+(?:ry|rf|r\.y\.)(?::\w+)?(?![\w-])"
)
#: A lead-in naming who leave a body, a colon before their names: "Sex personer lämnar
#: styrelsen:", "Följande lämnade nämnden:", "Ur styrelsen avgår:" (Swedish).
_LEFT_LEAD = re.compile(
    r"(?i)(?<![\w-])(?:lämnar|lämnade|har[ \t]+lämnat|avgår|avgick|har[ \t]+avgått)"
    r"(?:[ \t]+[\w-]+){0,2}[ \t]*:[^:]*$"
)
#: A verb of leaving right before a name in the clause ("…, däremot avgick A på grund av
#: sjukdom och B av privata skäl", "Hallituksesta erosi A"): the names after it left.
_LEFT_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:lämnade|lämnar|avgick|avgår|erosi|eroaa|eroavat)[ \t]+(?=[A-ZÅÄÖ])"
)
_LEFT_AFTER = re.compile(
    r"(?:[ \t]*(?:,|och|samt)[ \t]+[A-ZÅÄÖ][\w'-]*(?:[ \t]+[A-ZÅÄÖ][\w'-]*){1,2})*"
    # ("… och suppleant B som lämnar styrelsen": a relative clause)
    r"[ \t]+(?:som[ \t]+)?(?:(?:båda|bägge|alla|också|även|nu)[ \t]+)?"
    r"(?:lämnade|lämnar|har[ \t]+lämnat|avgick|avgår|har[ \t]+avgått|avtackades|har[ \t]+avtackats)"
    r"(?![\w-])"
)
#: "till föreningens nya ordförande valdes ", "till sekreterare ": an office right before a
#: name, after "till" (the verb perhaps left unsaid).
_TILL_OFFICE_BEFORE = re.compile(
    r"(?i)(?<![\w-])till[ \t]+(?:[\w-]+s[ \t]+)?(?:nya?[ \t]+)?"
    r"(?P<role>(?:(?:förste|andre|1:e|2:e)[ \t]+)?vice[ \t]*ordförande|ordförande|sekreterare)"
    r"(?:[ \t]+(?:om|ny|åter)?valdes)?[ \t]+\Z"
)
#: Words that thank the outgoing ("avtackades", "avgående"), and words of an election.
_THANKED_OUTGOING = re.compile(r"(?i)(?<![\w-])(?:avtackades|avtackas|avgående|avgångna)(?![\w-])")
_ELECTED_WORD = re.compile(rf"(?i)(?<![\w-])(?:{SV_ELECTED})(?![\w-])")


def _thanked_outgoing(said: str) -> bool:
    """Whether a line or sentence thanks the outgoing and elects no one ("De tre avgående
    funktionärerna, A, ordförande, … avtackades med blommor")."""
    return _THANKED_OUTGOING.search(said) is not None and not _ELECTED_WORD.search(said)


#: A clause right after a name that says the person declined another term ("Stina Lindberg som
#: efter många år avsagt sig omval som suppleant"): the seat named after it is held no more.
_DECLINED_AFTER = re.compile(
    r"[ \t,]+som[^.;:\n]{0,60}?(?<![\w-])(?:(?:har[ \t]+)?(?:avsagt|avsade)[ \t]+sig|"
    r"(?:har[ \t]+)?(?:avböjt|avböjde))[ \t]+(?:omval|återval)(?![\w-])"
)


def _affiliation(text: str, body: Mention) -> bool:
    """ "Aino Ek (Kuntahallitus), Bo Lind (Testiliitto)": a body alone in brackets right after
    a person's name is whom the person comes from, not a body later words refer back to."""
    return bool(
        _BRACKET_AFTER_NAME.search(text, max(0, body.start - 60), body.start)
        and re.match(r"[ \t]*\)", text[body.end : body.end + 4])
    )


def _other_sentence_and_body(f: Finding, seat: Seat, text: str) -> bool:
    """Whether the rules' seat ``f`` is an office read from another sentence than the run's,
    in a body named outside the run's sentence, while the run's sentence names its own body
    and gives its names plain seats ("Valtuusto valitsi varapuheenjohtajaksi A." /
    "Neuvostoon valittiin A, B ja C."): the person holds both seats. A list line with no full
    stop ("Förbundsstyrelsen Ordförande: A, Ort Kassör: B, Ort") is another sentence when a
    blank line parts the seat's name and body from the run's sentence, and its member's seat
    (the treasurer's) is held as well ("Arbetsutskottet har bestått av A och B.")."""
    body = f.target
    if body is None or seat.role != "member":
        return False
    lo, hi = seat.quote
    if (
        # (a personal deputy's seat in one body, a member's in another: both held)
        f.role in ("chair", "vice_chair", "secretary", "member", "deputy_member")
        and f.actor.end <= lo
        and body.end <= lo
        and not lo <= body.start < hi
        and lo <= seat.body.start < hi
        and re.search(r"\n[ \t]*\n", text[max(f.actor.end, body.end) : lo])
        # "Ordinarie: A (vice ordf), B": a note after the name, an office the run does not read
        # ("A, B ja C (varajäsenet D, E ja F)": the run's deputies, no note on C)
        and not re.match(r"[ \t]*\((?!varajäsenet[ \t])", text[seat.person.end :])
    ):
        return True
    if f.role not in ("chair", "vice_chair", "secretary"):
        return False
    return (
        (f.quote[1] <= lo or hi <= f.quote[0])
        and not lo <= body.start < hi
        and lo <= seat.body.start < hi
        and not f.quote[0] <= seat.body.start < f.quote[1]
    )


class RunReader:
    """Reads name runs with one :class:`~.mentions.Reader`."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.lex = reader.lex
        lang = self.lex.lang
        self.cue = re.compile(rf"(?<![\w-])(?:{_CUES[lang]}|{_DEPUTY_CUES[lang]})(?![\w])", re.I)
        self.deputy = re.compile(rf"(?<![\w-])(?:{_DEPUTY_CUES[lang]})(?![\w])", re.I)
        self.minutes_body: Mention | None = None
        self.members_cue = re.compile(rf"(?<![\w-])(?:{_CUES[lang]})(?![\w])", re.I)
        #: "avgående ledamöter", "tidigare ledamöter": a former word right before the cue
        self.former_before = re.compile(rf"(?<![\w-])(?:{self.lex.former})\s+$", re.I)
        self.appoints = (
            re.compile(rf"^(?:{self.lex.appoints}|nimeämä\w*|asettama\w*|valitsema\w*)$", re.I)
            if self.lex.appoints
            else None
        )

    # -- names ------------------------------------------------------------------------------

    def person_order(self, person: Mention) -> Mention:
        """ "Mäki Anne" → "Anne Mäki": a surname first and a first name last, as voikko
        knows them (a first word voikko does not know at all counts as a surname)."""
        words = person.name.split()
        if len(words) != 2 or self.reader.morph.name != "voikko":
            return person
        first = {a.cls for a in self.reader.morph.analyse(words[0])}
        last = {a.cls for a in self.reader.morph.analyse(words[1])}
        if m.FIRST_NAME in last and m.FIRST_NAME not in first:
            return replace(person, name=f"{words[1]} {words[0]}")
        return person

    def _persons(self, text: str, start: int, end: int) -> list[Mention]:
        found = [
            self._without_home_town(text, p)
            for p in self.reader.persons(tokens(text, start, end), in_list=True)
            if not self._place_words(text, p)
            and not self._genitive_of_thing(text, p)
            and not (self.reader.finnish and _REPLACED_AFTER.match(text, p.end))
        ]
        out: list[Mention] = []
        k = 0
        while k < len(found):
            group = [found[k]]
            # (names run together with no space at all, "Aino MäkiBo Lind", were parted by
            # the tokens already: see mentions.tokens)
            while (
                k + len(group) < len(found)
                and group[-1].end < found[k + len(group)].start
                and not text[group[-1].end : found[k + len(group)].start].strip()
            ):
                group.append(found[k + len(group)])
            out += self._unglued(text, group)
            k += len(group)
        return out

    def _unglued(self, text: str, group: list[Mention]) -> list[Mention]:
        """Names read from one run of capitalised words where a page turned from PDF lost
        what stood between them ("Eino Rautiainen Sirkka Hämäläinen Aarne Tolvanen", "Mustonen
        Tiina Mäkinen Hanna"): read again two words at a time where first names and surnames
        alternate, the common nouns before them ("Lomakeskus Huhmari Toivo Pehkonen": the
        meeting's place) left out. Names written inflected are left as they were read."""
        if any(p.name != p.written for p in group):
            return group
        a, b = group[0].start, group[-1].end
        words = [(a + w.start(), a + w.end()) for w in re.finditer(r"\S+", text[a:b])]
        if len(words) < 3:
            return group
        kinds = [self._name_kind(text[s0:e0]) for s0, e0 in words]
        for o in range(len(words) % 2, len(words) - 3, 2):
            rest = kinds[o:]
            if all(k == "s" for k in rest[1::2]) and all(k in ("f", "") for k in rest[0::2]):
                # "Irja Haaranen Leila Karttunen": every second word a surname ("-nen"), even
                # where the first names are not known; the words before them no names
                kinds = ["n"] * o + ["f" if k == "" else k for k in rest]
                break
        if (
            len(words) >= 4
            and not len(words) % 2
            and "n" not in kinds[0::2]
            and "f" not in kinds[1::2]
            and kinds[0::2].count("f") >= max(2, len(words) // 4)
        ):
            # "Jarne Atsar Mårten Bjurström Tiina Hallakorpi Kati Pelkonen": first names only
            # at every second word from the first, the rest unknown, surnames or nouns
            # ("Hallakorpi"): two words a name from the start (the first names a dictionary
            # does not know too)
            kinds = ["f", "s"] * (len(words) // 2)
        if len(words) < 4 or kinds.count("f") < 2 or kinds.count("s") < 1:
            lead = 0
            while lead < len(words) and kinds[lead] == "n":
                lead += 1
            if not lead or len(group) > 1:
                return group
            if len(words) - lead < 2 or "f" not in kinds[lead:]:
                return []  # "Virka-asema Allekirjoitus Hallintojohtaja Helena": no name
            s0, e0 = words[lead][0], words[-1][1]
            return [replace(group[0], start=s0, end=e0, written=text[s0:e0], name=text[s0:e0])]
        out: list[Mention] = []
        i = 0
        while i + 1 < len(words):
            here, nxt = kinds[i], kinds[i + 1]
            after = kinds[i + 2] if i + 2 < len(words) else "-"
            pair = (here == "f" and nxt in ("s", "")) or (
                here in ("s", "") and nxt == "f" and not (here == "" and after in ("s", ""))
            )
            if not pair:
                i += 1
                continue
            s0, e0 = words[i][0], words[i + 1][1]
            out.append(replace(group[0], start=s0, end=e0, written=text[s0:e0], name=text[s0:e0]))
            i += 2
        return out

    def glued(self, text: str, person: Mention) -> bool:
        """Whether ``person`` is two names or more read as one (see :meth:`_unglued`)."""
        if len(person.written.split()) < 4:
            return False
        return self._unglued(text, [person]) != [person]

    def _name_kind(self, word: str) -> str:
        """ "f" a first name, "s" a surname, "n" a common noun and no name, "" unknown; as the
        word-form reader knows them (a Finnish "-nen" a surname whatever it knows)."""
        classes = self.reader.word_classes(word)
        if m.FIRST_NAME in classes:
            return "f"
        if m.SURNAME in classes or (self.lex.lang == "fi" and word.endswith("nen")):
            return "s"
        if classes and classes <= {m.NOUN, m.NAME, m.ADJECTIVE, m.VERB}:
            return "n"
        return ""

    def _genitive_of_thing(self, text: str, person: Mention) -> bool:
        """A Swedish genitive before a lower-case word ("Östra Nylands välfärdsområde"):
        what qualifies a thing, not a person listed."""
        if self.lex.lang != "sv" or not person.written.endswith("s"):
            return False
        after = re.match(r"\s+([a-zåäö]\w{3,})(?![\w.])", text[person.end : person.end + 40])
        # (not an office or the treasurer's post after a name of a list: "…, Annette Backhans
        # kassör (vald 2014-2016), …" is a name and the post held)
        return after is not None and after.group(1).casefold() not in _OFFICE_NOUNS

    def _inflected_phrase(self, person: Mention) -> bool:
        """Two Finnish words no person's name can be: a genitive with no other reading, then
        a word in a local case only ("Suomen Ladulle", "Kuusimaan Kuorolta"). A name
        inflects in its last word alone, so its first word stays in the nominative."""
        words = person.written.split()
        if self.lex.lang != "fi" or len(words) != 2:
            return False
        first = self.reader.analyse(words[0])
        last = self.reader.analyse(words[1])
        return (
            bool(first)
            and all(a.case == "gen" for a in first)
            and bool(last)
            and all(a.case in _FI_LOCAL for a in last)
        )

    def _without_home_town(self, text: str, person: Mention) -> Mention:
        """ "Aino Maria Ek Kuopiosta, Bo Lind Vieremältä ja …" (Finnish): a name of three
        words or more whose last is a capitalised word in the elative or ablative, no other
        capitalised word after it, is the name of the words before it, the last word where
        the person comes from ("… Bo Lind Vieremältä valittiin …")."""
        words = person.written.split()
        if self.lex.lang != "fi" or len(words) < 3:
            return person
        last = words[-1]
        if not _HOME_TOWN.fullmatch(last) or not _HOME_TOWN_AFTER.match(text, person.end):
            return person
        readings = self.reader.morph.analyse(last)
        if readings and not any(a.case in ("ela", "abl") for a in readings):
            return person  # (a word the word forms do not know: a village's name)
        cut = person.end - len(last)
        shorter = [
            q
            for q in self.reader.persons(tokens(text, person.start, cut), in_list=True)
            if q.start == person.start and not text[q.end : cut].strip()
        ]
        return shorter[0] if shorter else person

    def _place_words(self, text: str, person: Mention) -> bool:
        """A word of the "name" the text uses as a place ("Lemland Åland" where the page
        says "i Lemland", "Lemlands kommun")."""
        words = person.written.split()
        for k, word in enumerate(words):
            w = re.escape(word)
            if self.lex.lang != "sv":
                continue
            for mt in re.finditer(
                rf"(?<![\w-])(?:i|från|på)\s+{w}(?![\w-])|(?<![\w-]){w}s?\s+(?:kommun|stad)",
                text,
            ):
                rest = " ".join(words[k + 1 :])
                if (
                    rest
                    and re.match(rf"\s+{re.escape(rest)}(?![\w-])", text[mt.end() :])
                    and (
                        m.FIRST_NAME in self.reader.word_classes(word)
                        or re.search(
                            r"(?<![\w-])röst(?:er)?\s+$", text[max(0, mt.start() - 12) : mt.start()]
                        )
                    )
                ):
                    # "13 röster på Isak Utsi": the whole name after the preposition, a first
                    # name or votes before it
                    continue
                return True
        return False

    # -- bodies ----------------------------------------------------------------------------

    def _bodies(self, text: str, start: int, end: int) -> list[Mention]:
        return [
            b
            for b in self.reader.bodies(tokens(text, start, end))
            if not b.plural
            # "samassa ryhmässä": a bare word after "the same" points back, no body of its own
            and not (
                self.reader.finnish
                and " " not in b.written.strip()
                and SAME_BEFORE.search(text, max(0, b.start - 12), b.start)
            )
        ]

    def _appointing(self, text: str, body: Mention) -> bool:
        """The organ that appoints: followed by its verb ("kunnanhallituksen nimeämä",
        "kommunstyrelsen valt") or after "av" ("av Saltviks kommunstyrelse")."""
        if decided(text, body):
            return True  # "(Kaupunginhallitus 16.12.2019 § 310)": a decision reference
        after = tokens(text, body.end, min(len(text), body.end + 40))[:3]
        if self.appoints and any(self.appoints.match(t.text) for t in after):
            return True
        before = tokens(text, max(0, body.start - 12), body.start)[-2:]
        return any(t.text.casefold() == "av" for t in before)

    def _into(self, text: str, body: Mention) -> bool:
        """A body people are put in or sit in."""
        if self.lex.lang == "sv":
            before = tokens(text, max(0, body.start - 20), body.start)[-3:]
            return any(t.text.casefold() in _SV_INTO for t in before)
        return body.case in _FI_INTO

    def _sentence_body(self, text: str, start: int, end: int) -> Mention | None:
        bodies = [
            b
            for b in self._bodies(text, start, end)
            if not self._appointing(text, b)
            # "… samt en vakant plats för vilken länsstyrelsen inte har …": a body in a
            # relative clause speaks of something else than the seats of the sentence
            and not _RELATIVE_BEFORE.search(text, max(start, b.start - 20), b.start)
            # "enligt valberedningens förslag": whose proposal, no body of the seats
            and not (self.lex.lang == "sv" and _PROPOSAL_AFTER.match(text, b.end))
        ]
        into = [b for b in bodies if self._into(text, b)]
        if len({_body_key(b.name) for b in into}) > 1:
            return None  # "vapaa-aikalautakuntaan A, kulttuurilautakuntaan B": pairs, no run
        if into:
            return into[0]
        cued = [b for b in bodies if b.case == "gen" and self.cue.match(text, b.end + 1)]
        if cued:
            return cued[0]
        if len(bodies) == 1 and bodies[0].case != "gen":
            return bodies[0]
        if (
            len(bodies) > 1
            and len({_body_key(b.name) for b in bodies}) == 1
            and all(b.case != "gen" for b in bodies)
            and (cue := self.members_cue.search(text, bodies[-1].end, end)) is not None
            and self._names_follow(text, cue.end(), end)
        ):
            # "Styrelsen har haft 11 möten och styrelsen har bestått av sju personer; A …": one
            # body named twice, the cue's names (or their count) right after it
            return bodies[-1]
        return None

    def _names_follow(self, text: str, at: int, end: int) -> bool:
        """Whether a name, or the count of those named, follows ``at`` (colons and spaces
        between), not an office's label ("bestått av Ordförande: A")."""
        if _COUNTED_BEFORE_LIST.match(text, at) is not None:
            return True
        toks = tokens(text, at, end)
        k = 0
        while k < len(toks) and toks[k].text == ":":
            k += 1
        return k < len(toks) and self.reader.person_at(toks, k, in_list=True) is not None

    def _compound_seats_body(self, text: str, start: int, end: int) -> Mention | None:
        """The body a Swedish compound of a body's word and a plural seat's names right
        before a name ("omval sker av styrelseledamöterna A, B och C"), or None."""
        for mt in _COMPOUND_SEATS_BEFORE_NAME.finditer(text, start, end):
            word = mt.group(1)
            kind = self.lex.body_kind(word.casefold())
            if kind is None:
                continue
            if any(
                word.casefold() in b.name.casefold()
                and not b.name.casefold().startswith(word.casefold())
                for b in self._bodies(text, 0, start)
            ):
                return None  # "Förbundsstyrelsen" named before: the board the words mean
            return Mention(mt.start(1), mt.end(1), word, word[:1].upper() + word[1:], kind, 0.6)
        return None

    def _sections_board(self, text: str, section_start: int, ss: int) -> Mention | None:
        """The body the section is about when it is a board ("Styrelsen …"), else None: the
        body of a sentence that goes on from a board's list naming no body."""
        body = self._section_body(text, section_start, ss, bare_board=True)
        return body if body is not None and _BOARD.search(body.name) else None

    def _section_body(
        self, text: str, start: int, end: int, *, bare_board: bool = False
    ) -> Mention | None:
        """The last body the section before ``end`` speaks of: a bare head word refers back
        to the last body of its kind; a genitive (the organ that sets the body up, or whose
        representative sits in it) is not the body. With ``bare_board``, a Swedish board
        named by its head word only, and by no longer name before it, is the body."""
        bodies = self._bodies(text, start, end)
        for k in range(len(bodies) - 1, -1, -1):
            b = bodies[k]
            if b.case == "gen" or self._appointing(text, b):
                continue
            if _GENERIC.fullmatch(b.name.strip()):
                kind = b.name.strip().casefold()
                for earlier in reversed(bodies[:k]):
                    if earlier.name.casefold().endswith(kind) and earlier.name.casefold() != kind:
                        return earlier
                if bare_board and self.lex.lang == "sv" and kind.startswith("styrelse"):
                    # "… nominera till vår styrelse!": the page's own board, named by its
                    # head word only, not an older body named before it
                    return b
                continue
            return b
        return None

    def _antecedent(self, text: str, start: int, end: int, bare: Mention) -> Mention:
        """ "I gruppen deltar A, B och C" after "Referensgruppen ska …": the body a bare head
        word in a group's sentence refers back to, the last one named before it in the section
        whose name ends in that word and is no bare word itself; ``bare`` itself when there is
        none. A board's head word ("styrelsen") is left as it is: the page's own board."""
        kind = bare.name.strip().casefold()
        if kind.startswith("styrelse"):
            return bare
        for earlier in reversed(self._bodies(text, start, end)):
            name = earlier.name.strip().casefold()
            if (
                earlier.case != "gen"
                and not _GENERIC.fullmatch(name)
                and not re.fullmatch(rf"(?:{self.lex.anaphora})", name)
                and name.split()[-1].endswith(kind)
                and not self._appointing(text, earlier)
                and not _affiliation(text, earlier)
            ):
                return earlier
        return bare

    def _points_to_heading(self, text: str, bare: Mention, heading: Mention) -> bool:
        """Whether ``bare`` is one word after a demonstrative ("i detta utskott", "i denna
        grupp") and the heading's body, a longer word or name, ends in that word."""
        word = bare.written.strip().casefold()
        full = heading.name.strip().casefold()
        return (
            " " not in word
            and len(full) > len(word)
            and full.split()[-1].endswith(word)
            and _DEMONSTRATIVE_BEFORE.search(text, max(0, bare.start - 12), bare.start) is not None
        )

    def _body_is(self, text: str, ss: int, se: int, body: Mention | None) -> bool:
        """Whether a sentence with no other cue is "Body är A, B och C": the body it names
        opens it as its subject (a term after it at most), then "är" and a run of names
        ("Valberedning för nästa år är A och B"; not "Kontaktperson för styrelsen är A")."""
        if self.lex.lang != "sv" or body is None or not _IS_NAMES.search(text, ss, se):
            return False
        mt = _BODY_IS.match(text, ss, se)
        return (
            mt is not None
            # (the body is the sentence's first word or words, before "är")
            and ss <= body.start <= mt.start("body") + 1
            and body.end <= mt.end()
        )

    def _board_election(self, text: str, ss: int, se: int) -> bool:
        """ "Som ordförande omvaldes A …, till kassör omvaldes B, som ledamöter omvaldes C"
        after the section's "Styrelsen beviljades ansvarsfrihet": an election at an
        association's meeting that names no body, led by the post ("Som …", "Till …"); none of
        the meeting's own officers, its auditors or nominating committee."""
        sentence = text[ss:se]
        if self.lex.lang != "sv":
            return False
        led = re.match(r"\s*(?:Som|Till)\s", sentence) is not None and _ELECTED.search(sentence)
        # "A och B valdes till ordinarie ledamöter", "Årsmötet valde A och B till ledamöter":
        # the seat said after the names (the meeting that elects, before the verb, is no seat)
        told = None if led else _SEATS_AFTER_NAMES.search(sentence)
        if not led and told is None:
            return False
        said = sentence[told.start() :] if told is not None else sentence
        return (
            _SEAT_WORD.search(said) is not None
            and not self._bodies(text, ss, se)
            and not AUDITOR.search(sentence)
            and not _MEETING_WORD.search(said)
        )

    # -- the walk ---------------------------------------------------------------------------

    def _lines(self, text: str) -> list[tuple[int, int]]:
        out, pos = [], 0
        for line in text.split("\n"):
            out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out

    def _heading_body(self, text: str, s: int, e: int) -> Mention | None:
        """A short line on its own that names a body: a section's heading."""
        line = text[s:e].strip()
        if not line or len(line.split()) > 7 or line.endswith((".", ":", ",")):
            return None
        if self._persons(text, s, e) or enumeration_item(text, s, e):
            return None  # "• Kommunfullmäktige" among other items: no section's heading
        bodies = self._bodies(text, s, e)
        return bodies[0] if bodies else None

    def _heading_above(self, text: str, s: int) -> Mention | None:
        """The body a heading names on the last line with words before ``s``."""
        e = text.rfind("\n", 0, s)
        while e > 0:
            start = text.rfind("\n", 0, e) + 1
            if text[start:e].strip():
                return self._heading_body(text, start, e)
            e = start - 1
        return None

    def read(self, text: str) -> list[Seat]:
        self.minutes_body = None
        seats = self._read(text)
        if self.minutes_body is not None:
            subs = self._substitutes(text, self.minutes_body, set())
            deputies = {_key(x.person.name) for x in subs if x.role == "deputy_member"}
            for x in seats:
                # read as a bare member of the list, but serving in another's seat
                if x.role == "member" and _key(x.person.name) in deputies:
                    x.role = "deputy_member"
            known = {_key(x.person.name) for x in seats}
            seats += [x for x in subs if _key(x.person.name) not in known]
        return seats

    def _substitutes(self, text: str, body: Mention, known: set[str]) -> list[Seat]:
        """ "Anna-Karin Ryefalk (S) ersätter Siw Lunander (S)" elsewhere in minutes whose
        members' list was read: the first serves as a deputy for the second, who holds the
        seat in the body of that list."""
        seats: list[Seat] = []
        found = _SUBSTITUTE if self.lex.lang == "sv" else _FI_SUBSTITUTE
        for mt in found.finditer(text):
            pair = []
            for g in (1, 2):
                toks = tokens(text, mt.start(g), mt.end(g))
                # "Kommunfullmäktige Anna-Karin Ryefalk (S)": the name is the words that end
                # before the party, not a word of the page before them
                person = next(
                    (
                        p
                        for i in range(len(toks))
                        if (p := self.reader.person_at(toks, i, in_list=True)) is not None
                        and p.end == mt.end(g)
                    ),
                    None,
                )
                if person is None:
                    break
                pair.append(person)
            else:
                for person, role in zip(pair, ("deputy_member", "member"), strict=True):
                    if _key(person.name) not in known:
                        known.add(_key(person.name))
                        seats.append(Seat(person, role, body, (mt.start(), mt.end())))
        return seats

    def _read(self, text: str) -> list[Seat]:
        seats: list[Seat] = []
        lines = self._lines(text)
        section_start = 0
        section_body: Mention | None = None
        counted: tuple[int, Mention] | None = None  # "ska bestå av 4 medlemmar"
        k = 0
        while k < len(lines):
            s, e = lines[k]
            heading = self._heading_body(text, s, e)
            if heading is not None and not self.cue.search(text, s, e):
                if section_body is None or _body_key(heading.name) != _body_key(section_body.name):
                    section_start, section_body = s, heading
                k += 1
                continue
            line = text[s:e]
            cue = self.cue.search(line)
            if cue is None and (self.lex.lang != "sv" or not _IS_NAMES.search(line)):
                k += 1
                continue
            # a cue in sentences of this line ("är" before names: see _body_is)
            found_in_sentence = False
            before: Mention | None = None  # the body the sentence before named
            before_span: tuple[int, int] | None = None
            # "Hallitukseen valittiin viisi jäsentä. …": a count of seats and their body, its
            # names in the sentences after it (see _counted_sentences)
            told: tuple[int, Mention, int] | None = None
            for ss, se in self._sentences(text, s, e):
                named = self._sentence_body(text, ss, se)
                last, before = before, named
                last_span, before_span = before_span, (ss, se)
                if not self.cue.search(text, ss, se) and not self._body_is(text, ss, se, named):
                    continue
                body = named
                if body is not None and _GENERIC.fullmatch(body.name.strip()):
                    body = self._antecedent(text, section_start, ss, body)
                elif (
                    body is not None
                    and section_body is not None
                    and self._points_to_heading(text, body, section_body)
                ):
                    # "REVISIONSUTSKOTT" / … / "I detta utskott ingår A (ordf) och B": a bare
                    # word after a demonstrative is the body of the section's heading
                    body = section_body
                if body is None and self._board_election(text, ss, se):
                    # the board the sentence before named, else the section's
                    body = last or self._section_body(text, section_start, ss, bare_board=True)
                    if body is not None and re.search(
                        r"[A-ZÅÄÖ][\w-]*s\s+$", text[max(0, body.start - 40) : body.start]
                    ):
                        body = None  # "i BROs styrelse": an owner's board, named otherwise
                    if body is None or not _BOARD.match(body.name):
                        body = None  # "Regionstyrelsen", "distriktsstyrelse": not sure it is
                if (
                    body is None
                    and last is not None
                    and _NEW_ELECTION_OF.match(text, ss, se)
                    and _BOARD.match(last.name)
                ):
                    # "Till styrelsen omvaldes A och B. Nyval av C och D.": the board the
                    # sentence before filled, its new members
                    body = self._antecedent(text, section_start, ss, last)
                if (
                    body is None
                    and last is None
                    and last_span is not None
                    and (
                        (
                            _NEW_ELECTION_OF.match(text, ss, se)
                            and _MEMBERS_LABEL.search(text, *last_span)
                        )
                        or (
                            _MEMBERS_WERE.match(text, ss, se)
                            and _BOARD_MEMBERS_WERE.match(text, *last_span)
                        )
                    )
                ):
                    # the board a members' list before named none of, the section's: "Omval på
                    # följande ledamöter: A, B och C. Nyval av D och E." (its new members),
                    # "Övriga styrelsemedlemmar har varit A och B. Ersättare har varit C och D."
                    # (its deputies)
                    body = self._sections_board(text, section_start, ss)
                if body is None and last is not None and _MEMBERS_WERE.match(text, ss, se):
                    # "Styrelsen har bestått av A ordförande, … Medlemmar har varit C, D och
                    # E.": the members of the body the sentence before composed
                    body = last
                if body is None and _PRONOUN_INTO.search(text, ss, se):
                    body = self._section_body(text, section_start, ss)
                    if body is not None and body.kind in ("programme", "project"):
                        body = None  # "I det ingår" of a programme: its parts, no seats
                if body is None and self.lex.lang == "sv":
                    # "enligt valberedningens förslag: att omval sker av styrelseledamöterna A,
                    # …": the body the seats' compound names, none other said or before
                    body = self._compound_seats_body(text, ss, se)
                people = self._persons(text, ss, se)
                if (
                    body is not None
                    and body.written[:1].islower()
                    and " " not in body.written.strip()
                    and body.case == "nom"
                    and _NAME_WORD_BEFORE.search(text, ss, body.start) is not None
                ):
                    # "Tervehdyksen toivat A, Testilän Ystävät ryhmä, …": the capitalised words
                    # right before a bare body word in the nominative are that body's own name
                    # (not "valittiin A ja B hallitukseen": where they were elected)
                    body = None
                cue_at = self.cue.search(text, ss, se)
                label = (
                    _OFFICIALS_WORD.search(text, cue_at.end(), se) if cue_at is not None else None
                )
                if label is not None:
                    # "… medlemmar A, B och C Funktionärer D, sekreterare E, ekonom": the names
                    # after the officials' label are not the members the cue announced
                    people = [p for p in people if p.start < label.start()]
                guest = _NO_SEAT_WORD.search(text, cue_at.end(), se) if cue_at is not None else None
                if guest is not None:
                    # "Det var elva medlemmar närvarande plus gruppens mentorer, A och B": the
                    # names after the mentors' word are not the members the cue announced
                    people = [p for p in people if p.start < guest.start()]
                if body is None and last is not None and _COMPLETES.search(text[ss:se]):
                    # "A johtaa tarkastuslautakuntaa … B, C ja D täydentävät kokoonpanon": the
                    # composition of the body the sentence before named
                    body = last
                if (opening := meeting_only(text, ss, se)) is not None:
                    # "X fungerade i början av sammanträdet som ordförande, tills …"
                    people = [p for p in people if not opening[0] <= p.start < opening[1]]
                if people and body is not None:
                    seats += self._sentence_seats(text, ss, se, people, body, section_start)
                    found_in_sentence = True
                elif body is not None and not people:
                    n = self._count(text[ss:se])
                    if n:
                        counted = (n, body)
                        told = (n, body, se)
            if told is not None and not found_in_sentence:
                more = self._counted_sentences(text, told, e)
                if more:
                    seats += more
                    found_in_sentence = True
            if found_in_sentence:
                k += 1
                continue
            # a cue line over a run of lines ("Styrelsen för Ekby Byaförening r.f. har haft
            # följande sammansättning": the words of the body's own name count as one)
            named = self._sentence_body(text, s, e) if len(line.split()) > 8 else None
            short = (
                len(line.split()) <= 8
                or (
                    named is not None
                    and len(text[s : named.start].split())
                    + 1
                    # (the rest of "r.f." or "r.y." after the name read up to its "r")
                    + len(re.sub(r"^(?:\.[a-zåäö])+\.?", "", text[named.end : e]).split())
                    <= 8
                )
            )
            if not short and (tail := self._open_last_sentence(text, s, e)) is not None:
                # "… byten av poster. Förbundsstyrelsen består nu av" over the lines: the
                # line's last sentence, left open, is the cue of the run below
                s, line = tail, text[tail:e].strip()
                short = True
            if (
                short
                and not self._persons(text, s, e)
                and (AUDITOR.search(line) or ADVISERS_LABEL.fullmatch(line.strip(" \t:")))
            ):
                # "Till förtroendevalda revisorer valdes:": the auditors under it hold no seat
                # (nor advisers under theirs, "Kollegiala rådgivare")
                k += 1
                continue
            if short and not self._persons(text, s, e):
                body = self._sentence_body(text, s, e) or self._section_body(
                    text, section_start, s, bare_board=_MEMBERS_LINE.match(line) is not None
                )
                if body is not None:
                    run, used = self._line_run(text, lines, k + 1, body, section_start)
                    if self.deputy.search(line):
                        for seat in run:
                            if seat.role == "member":
                                seat.role = "deputy_member"
                    status = self.lex.not_member_status(line)
                    for seat in run:
                        seat.status = status or ""
                    seats += run
                    k += 1 + used
                    continue
            k += 1
        for s, e in lines:
            seats += self._name_role_run(text, s, e)
        if counted is not None:
            seats += self._counted_run(text, lines, counted, {_key(x.person.name) for x in seats})
        return seats

    def _open_last_sentence(self, text: str, s: int, e: int) -> int | None:
        """Where the last sentence of the line ``s``..``e`` begins when it is a short cue
        left open at the line's end, no mark after it ("… Förbundsstyrelsen består nu av"),
        and the line has sentences before it; else None."""
        if text[s:e].rstrip()[-1:] in (".", "!", "?", ":", ","):
            return None
        start = None
        for mt in _SENTENCE_END.finditer(text, s, e):
            start = mt.end()
        if start is None or len(text[start:e].split()) > 8:
            return None
        return start if self.cue.search(text, start, e) else None

    def _counted_sentences(self, text: str, told: tuple[int, Mention, int], end: int) -> list[Seat]:
        """ "Hallitukseen valittiin viisi jäsentä. Entisistä jatkoivat A (X) ja B (Y). Uusina
        valittiin C, D ja E.": a sentence that says how many members a body got and names no
        one gives that body's seats to the names of the sentences after it in its paragraph,
        when those names are exactly as many (the names in brackets aside)."""
        n, body, start = told
        people = [
            p
            for p in self._persons(text, start, end)
            if not _BRACKET_AFTER_NAME.search(text, max(0, p.start - 60), p.start)
        ]
        if len(people) != n or len({_key(p.name) for p in people}) != n:
            return []
        if any(self.lex.find_role(text[ss:se]) for ss, se in self._sentences(text, start, end)):
            return []  # a role said after the count: the sentences are read as they stand
        return [Seat(self.person_order(p), "member", body, (start, end)) for p in people]

    def _name_role_run(self, text: str, s: int, e: int) -> list[Seat]:
        """ "Kulpakko Eeva, puheenjohtaja Kelloniemi Marja-Liisa, jäsen ...": names each
        followed by a comma and a role or title in lower case, on one line (minutes whose
        text ran together). The first name has no role before it and the last role no name
        after it, so each role belongs to the name before it; a role after the genitive of
        another body is a seat in that body ("kunnanhallituksen puheenjohtaja")."""
        people = [self._particle_before(text, s, p) for p in self._persons(text, s, e)]
        if len(people) < 3:
            return []
        gaps = []
        ends = []  # the role closes its sentence: a run stops after this name
        bare: set[int] = set()  # roles after a name with no comma (fi)
        for k, p in enumerate(people):
            stop = people[k + 1].start if k + 1 < len(people) else e
            mt = _ROLE_AFTER.match(text, p.end, stop)
            if mt is None and (mt := self._bare_role_after(text, p.end, stop)) is not None:
                bare.add(k)
            last = k + 1 == len(people)
            rest = text[mt.end() : stop] if mt is not None else ""
            if k in bare and rest.strip():
                # "… jäsen Muut läsnä olleet C …": a label between the runs closes this one
                gaps.append(mt)
                ends.append(True)
                continue
            # "A, ordförande, B, viceordförande … och C, kassör.": the role may be followed
            # by the comma or conjunction that joins the next name, or close the sentence
            closes = (
                mt is not None
                and not last
                and (
                    _CLOSES.match(rest) is not None
                    or (mt.group(1).endswith(".") and rest[:1] == " " and rest[1:2].isupper())
                )
            )
            ok = mt is not None and (last or not rest.strip() or _JOIN.match(rest) or closes)
            gaps.append(mt if ok else None)
            ends.append(closes)
        best: list[int] = []
        runs: list[list[int]] = []
        run: list[int] = []
        for k, gap in enumerate(gaps):
            if gap is not None:
                run.append(k)
                if len(run) > len(best):
                    best = list(run)
                if ends[k]:
                    runs.append(run)
                    run = []
            else:
                runs.append(run)
                run = []
        runs.append(run)
        seats = self._name_role_seats(text, (s, e), people, gaps, best, bare)
        for other in runs:
            if other != best and len(other) >= 3 and bare.intersection(other):
                # "Läsnä olleet jäsenet A jäsen … Muut läsnä olleet C valtuuston pj …": each
                # run of roles written after the names, the label between them parting them
                seats += self._name_role_seats(text, (s, e), people, gaps, other, bare)
        return seats

    def _name_role_seats(
        self,
        text: str,
        line: tuple[int, int],
        people: list[Mention],
        gaps: list[re.Match[str] | None],
        best: list[int],
        bare: set[int],
    ) -> list[Seat]:
        """The seats of one run of :meth:`_name_role_run` (indices ``best`` of ``people``)."""
        s, e = line
        if len(best) < 3:
            return []
        if bare.intersection(best):
            # with no comma to part them, the words after three names or more must hold a
            # role ("Aho Eino puheenjohtaja Laine Aila jäsen …"), not a verb or a title only
            said = sum(
                1 for k in best if k in bare and (gap := gaps[k]) and self._roles(gap.group(1))
            )
            if said < 3:
                return []
        first = people[best[0]]
        before = text[s : first.start].split()
        if (
            before
            and (
                self.lex.role_of(before[-1])
                # "ordförande och kassör A, viceordförande B, …": two offices joined before
                # the first name
                or (
                    len(before) > 2
                    and before[-1].islower()
                    and before[-2] in ("och", "samt", "ja", "sekä")
                    and self.lex.role_of(before[-3])
                )
            )
            and not self._plural_label(before[-1], best, bare)
            and not (bare.issuperset(best) and _INITIAL_NAME_ROLE.search(text, s, first.start))
        ):
            return []  # "puheenjohtaja Name, ...": the roles come before the names
        if before and _OFFICIALS_LABEL.fullmatch(before[-1]):
            return []  # "Funktionärer A, sekreterare B, ekonom …": the officials, not the board
        if (
            before
            and before[-1].isalpha()
            and before[-1].islower()
            and before[-1] not in ("ja", "sekä", "och", "samt")
            and (
                self.lex.is_occupation(before[-1])
                or text[s : first.start].rstrip()[: -len(before[-1])].rstrip().endswith(",")
                # "jäseninä laivanselvittäjä A, kauppias B, …": a seat's word before the title
                or (
                    len(before) > 1
                    and self.lex.role_of(before[-2]) is not None
                    and self.lex.role_of(before[-1]) is None
                )
            )
        ):
            return []  # "ovat arkkitehti A, toimittaja B, …": the titles come before the names
        home = self._section_body(text, 0, first.start)
        if bare.issuperset(best):
            # "Pöytäkirja 9/2014 1/42 Kunnanhallitus … Jäsenen nimeäminen X:n hallitukseen …
            # Kitala Kari puheenjohtaja …": the attendance of the body whose minutes the
            # header names, not of a body named in the titles of the items between
            home = self._minutes_header_body(text, first.start) or home
        if home is None and bare.issuperset(best):
            home = self._minutes_body(text, first.start)
        said = sum(1 for k in best if (gap := gaps[k]) is not None and self._roles(gap.group(1)))
        if home is None and said >= 2:
            # "Styrelsen" / "Ronnie Glysing, ordförande, Ove Marklund, vice ordf., …": a bare
            # body word on its own line right above a run of offices, and no body named
            # before it (not a run of job titles: "Noora Ek, terveydenhoitaja; …")
            home = self._heading_above(text, s)
        composition = None
        label = text[s : first.start].rstrip()
        if (
            not said
            and label.endswith(":")
            and (seat_word := self.lex.find_role(label)) is not None
            and seat_word[0] in ("member", "deputy_member")
        ):
            # "Övriga ledamöter i styrelsen är: A, skådespelare; B, scenograf; …": the label
            # gives everyone of the run the seat, the words after the names are their trades;
            # the rules' reading of the list stands
            return []
        if self.members_cue.search(text, s, first.start) and said >= len(best) - 1:
            # "Styrelsen har bestått av: A, ordförande, … och D, kassör": the body the cue's
            # clause names, and everyone of the run sits in it (a title only: a member);
            # not "jaostoon valittiin A, lautakuntaan B, …", whose words after the names are
            # no roles
            composition = self._sentence_body(text, s, first.start)
            home = composition or home
        elif _COMPOSED_OF_END.search(text, s, first.start):
            # "Styrelsen har bestått av: A, ordförande B, kassör C, lokalansvarig D …" (the
            # words after some names no roles): the body the clause before the names composes,
            # not one named above it
            home = self._sentence_body(text, s, first.start) or home
        seats = []
        for k in best:
            p, gap = people[k], gaps[k]
            assert gap is not None
            phrase = gap.group(1)
            found = self._roles(phrase)
            role, at = max(found, key=lambda r: _SPECIFIC.get(r[0], -1)) if found else ("", 0)
            body = (self._genitive_body(phrase, at) if found else None) or home
            if not role and composition is not None and body is composition:
                role = "member"
            if not role and said >= 2 and _TREASURER_ONLY.fullmatch(phrase.strip()):
                role = "member"  # the treasurer among the run's officers: one of the board
            if not role and said >= 2 and DUTY_ONLY.fullmatch(phrase.strip()):
                role = "member"  # "Teija Ek, tiedottaja": a duty among the board's officers
            if body is None:
                continue
            body = replace(body, name=body.name[:1].upper() + body.name[1:])
            seat = Seat(self.person_order(p), role, body, (p.start, gap.end()), replaces=True)
            seat.bare = k in bare
            # role "": a title only; the seat only clears what the rules misread there
            seat.section = (s, e)
            seats.append(seat)
        return seats

    def _particle_before(self, text: str, s: int, person: Mention) -> Mention:
        """ "… jäsen von Ek Asta jäsen": a surname's particle in lower case just before a
        name of two words is part of the name, which is then printed surname first (written
        first name first: "Asta von Ek")."""
        mt = _PARTICLE_BEFORE.search(text, s, person.start)
        words = person.name.split()
        if mt is None or len(words) != 2:
            return person
        return replace(
            person,
            start=mt.start(1),
            written=f"{mt.group(1)} {person.written}",
            name=f"{words[1]} {mt.group(1)} {words[0]}",
        )

    def _minutes_header_body(self, text: str, end: int) -> Mention | None:
        """ "Pöytäkirja 9/2014 1/42 Kunnanhallitus" (fi): the body a minutes' page header
        names right after the number of the minutes, the last such before ``end``."""
        found = None
        for mt in _MINUTES_HEADER.finditer(text, 0, end):
            body = next(
                (
                    b
                    for b in self._bodies(text, mt.end(), min(end, mt.end() + 80))
                    if b.start == mt.end() and b.case == "nom" and " " not in b.written
                ),
                None,
            )
            if body is not None:
                found = replace(body, name=body.name[:1].upper() + body.name[1:])
        return found

    def _minutes_body(self, text: str, end: int) -> Mention | None:
        """ "HALLITUKSEN KOKOUKSEN PÖYTÄKIRJA" (fi): the body whose minutes the page is, named
        in the genitive before the word for minutes, before ``end``; its name in the basic
        form."""
        for b in reversed(self._bodies(text, 0, end)):
            if b.case == "gen" and _MINUTES_OF.match(text, b.end):
                name = b.name[:1].upper() + b.name[1:].casefold() if b.written.isupper() else b.name
                return replace(b, name=name, case="nom")
        return None

    def _plural_label(self, word: str, run: list[int], bare: set[int]) -> bool:
        """ "Läsnä olleet jäsenet A jäsen B jäsen …": a role word in the plural before a run
        whose roles all come after the names is the list's label, not a role before them."""
        word = word.strip(",:;")
        return bare.issuperset(run[:-1]) and (
            word.casefold().endswith("t")  # no Finnish role word ends so in the singular
            or any(a.plural and a.case == "nom" for a in self.reader.analyse(word))
        )

    def _bare_role_after(self, text: str, start: int, stop: int) -> re.Match[str] | None:
        """ "Aho Eino, Testilä puheenjohtaja Laine Aila jäsen …" (fi): a role written after the
        name with no comma before it (a home town with a comma, or a town's genitive, may come
        between), the words running up to the next name and holding a role word; else None."""
        if self.lex.lang != "fi":
            return None
        mt = _BARE_ROLE_AFTER.match(text, start, stop)
        if mt is None or {mt.group(1).split()[0], mt.group(1).split()[-1]} & _CONJUNCTIONS:
            return None
        rest = text[mt.end() : stop]
        if rest.strip() and not _LABEL_BETWEEN.fullmatch(rest):
            return None
        return mt

    def _genitive_body(self, phrase: str, at: int) -> Mention | None:
        """The body whose genitive stands just before the role word at ``at`` (an ordinal
        between: "valtuuston 1. varapuheenjohtaja", "yhtymävaltuuston II varapuheenjohtaja")."""
        words = [w for w in phrase[:at].split() if not _ORDINAL.fullmatch(w)]
        if not words or self.lex.lang != "fi":
            return None
        prev = words[-1].strip(",;:")
        if prev.casefold() in _BODY_ABBREVIATIONS:
            base = _BODY_ABBREVIATIONS[prev.casefold()]
            return Mention(0, 0, prev, base, self.lex.body_kind(base) or "", 0.6)
        for a in self.reader.analyse(prev):
            if a.case == "gen" and self.lex.body_kind(a.base):
                return Mention(0, 0, prev, a.base, self.lex.body_kind(a.base) or "", 0.6)
        return None

    def _sentences(self, text: str, s: int, e: int) -> list[tuple[int, int]]:
        out, pos = [], s
        for mt in _SENTENCE_END.finditer(text, s, e):
            word = text[max(s, mt.start() - 12) : mt.end()].split()
            if (
                word
                and word[-1].endswith(".")
                # (a longer one only as an item's first word: "Viceordf. Bo Ek")
                and (len(word[-1]) <= 6 or (len(word[-1]) <= 10 and word[-1][:1].isupper()))
                and self.lex.role_of(word[-1]) in ("chair", "vice_chair", "secretary")
            ):
                continue  # "Ordf. Aino Ek", "Viceordf. Bo Ek": an office's abbreviation
            if cut_name_stop(text, mt.start() if text[mt.start()] in ".!?" else mt.start() - 1):
                continue  # "…, köpman Aug. Wahlby, Visby": a first name cut short
            if (
                word
                and re.fullmatch(r"[(,]?(?:[A-ZÅÄÖ]\.){1,3}", word[-1])
                and not (len(word) > 1 and self._name_kind(word[-2].strip(",")) == "f")
            ):
                # "…, Handlare N. Isaksson och …": a first name's initial (a middle name's
                # after a first name, "Jussi K. Hautala", still ends what a cue reads)
                continue
            out.append((pos, mt.start()))
            pos = mt.end()
        out.append((pos, e))
        return out

    def _count(self, sentence: str) -> int:
        cue = self.cue.search(sentence)
        if cue is None:
            return 0
        window = sentence[cue.start() : cue.end() + 20]
        # "omvaldes på 1 år": a term, not how many sit in the body
        window = _TERM_YEARS.sub(" ", window)
        mt = _NUMBER.search(window)
        if mt:
            return int(mt.group(1))
        for word in window.casefold().split():
            if word in _NUMBERS:
                return _NUMBERS[word]
        return 0

    def _groups(self, text: str, people: list[Mention]) -> list[list[Mention]]:
        groups: list[list[Mention]] = []
        for p in people:
            if groups and _JOIN.match(text[groups[-1][-1].end : p.start]):
                groups[-1].append(p)
            else:
                groups.append([p])
        return groups

    def _paren_role(self, text: str, start: int, end: int) -> str:
        """ "A (S) (vice ordförande)", "A (S) ersätter B (S)": the role said in a parenthesis
        after a name and its party's, or a deputy who stands in for the next name; else ""."""
        after = text[start:end]
        mt = re.match(r"\s*(?:\([^()]{1,8}\)\s*)?\(([^()]{2,40})\)", after)
        if mt and (role := self.lex.role_of(mt.group(1).strip())):
            return role
        if re.match(r"\s*(?:\([^()]{1,8}\)\s*)?ersätter\s+[A-ZÅÄÖ]", after):
            return "deputy_member"
        return ""

    def _label_chain_seats(
        self, text: str, ss: int, se: int, body: Mention, section_start: int
    ) -> list[Seat]:
        """ "Ordförande Bo Ek Vice ordförande Eva Lind Medlemmar Per Berg Anna Holm Suppleanter
        Kim Ny Ola Ström Föreningens kassör …": a composition run together on one line, three
        capitalised seat labels or more, each right before its names (no commas between them):
        each name takes its label's seat; the names under a plural label are read two words
        at a time where first names and surnames alternate. The chain ends at the first
        lower-case word (a capitalised genitive before it, "Föreningens", no name). [] for any
        other sentence, or when a label's words are no names."""
        words = [(ss + w.start(), ss + w.end()) for w in re.finditer(r"\S+", text[ss:se])]
        chain: list[tuple[str, list[tuple[int, int]]]] = []
        i = 0
        while i < len(words):
            a, b = words[i]
            word = text[a:b]
            label = None
            if word[:1].isupper():
                if i + 1 < len(words):
                    two = text[a : words[i + 1][1]]
                    if self.lex.role_of(two) in _CHAIN_ROLES and not two.endswith((",", ":")):
                        label = (self.lex.role_of(two), 2)
                if label is None and not word.endswith((",", ":")):
                    role = self.lex.role_of(word)
                    if role in _CHAIN_ROLES:
                        label = (role, 1)
            if label is not None and (
                i + label[1] < len(words) and text[words[i + label[1]][0]].isupper()
            ):
                chain.append((label[0], []))
                i += label[1]
                continue
            if not chain:
                i += 1
                continue
            if (
                not _CHAIN_NAME_WORD.fullmatch(word)
                or self.reader._word_is_excluded(word)
                or (i + 1 < len(words) and word.endswith("s") and text[words[i + 1][0]].islower())
            ):
                # a lower-case word, a word no name has ("Hallituksen jäsenet"), or a capitalised
                # genitive before a lower-case word ("Föreningens kassör"): the chain's end
                break
            chain[-1][1].append((a, b))
            i += 1
        if len(chain) < 3 or any(not w for _r, w in chain):
            return []
        seats: list[Seat] = []
        body = replace(body, name=body.name[:1].upper() + body.name[1:])
        for role, ws in chain:
            a, b = ws[0][0], ws[-1][1]
            one = Mention(a, b, text[a:b], text[a:b], "person", 0.6, "nom")
            kinds = [self._name_kind(text[a0:b0]) for a0, b0 in ws]
            if len(ws) in (2, 3):
                people = [one]
            elif len(ws) % 2 == 0 and role in ("member", "deputy_member"):
                if any(k == "s" for k in kinds[0::2]) or any(k == "f" for k in kinds[1::2]):
                    return []  # a surname where a first name should be: no pairs
                if "n" in kinds:
                    return []  # a common noun: no run of names
                # "Medlemmar Bo Ek Eva Lind Kim Ny": two words a name
                people = [
                    Mention(a0, b1, text[a0:b1], text[a0:b1], "person", 0.6, "nom")
                    for (a0, _b0), (_a1, b1) in zip(ws[0::2], ws[1::2], strict=True)
                ]
            else:
                return []  # words not all read as names: not such a chain
            seats += [
                Seat(
                    self.person_order(p),
                    role,
                    body,
                    (ss, se),
                    None,
                    "",
                    (ss, se),
                    replaces=True,
                    chain=True,
                )
                for p in people
            ]
        return seats

    def _sentence_seats(
        self,
        text: str,
        ss: int,
        se: int,
        people: list[Mention],
        body: Mention,
        section_start: int,
    ) -> list[Seat]:
        labelled = self._label_chain_seats(text, ss, se, body, section_start)
        if labelled:
            return labelled
        sentence = text[ss:se]
        # "A (ersättare B), C (ersättare D)": a deputy's word inside a parenthesis is about
        # the name inside it, not the run's
        # (square brackets too: "Ylva Larsdotter [suppleant] (omval)")
        outside = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda mt: " " * len(mt.group()), sentence)
        # ("… och B, med C som suppleant": the deputy's word after a name is that name's)
        outside = _AS_DEPUTY.sub(
            lambda mt: mt.group()[: mt.start(1) - mt.start()] + " " * len(mt.group(1)), outside
        )
        role = (
            "deputy_member"
            if any(
                not _NEGATED_SEAT.search(outside, 0, mt.start())
                for mt in self.deputy.finditer(outside)
            )
            else "member"
        )
        joint = [mt.span() for mt in _MEMBERS_AND_DEPUTIES.finditer(outside)]
        if joint and all(
            any(a <= mt.start() < b for a, b in joint) for mt in self.deputy.finditer(outside)
        ):
            # "Uusia jäseniä ja varajäseniä ovat A, B ja C": members and deputies said together
            # and told apart nowhere: each name is read as a member
            role = "member"
        # "… Beslutande ledamöter A (S) B (M) … Ej tjänstgörande ersättare" (minutes flattened
        # to one line): a members' cue right before a name begins the list (the page's words
        # before it are no names of it), and a deputies' cue after it is about the names after
        # the deputies' cue only
        deputies_from = None
        lead = (
            next(
                (
                    mt
                    for mt in chain(self.members_cue.finditer(outside), _BELONG.finditer(outside))
                    if any(
                        p.start - ss >= mt.end()
                        and (
                            re.fullmatch(r"[\s:]*", sentence[mt.end() : p.start - ss])
                            # "Styrelsen har bestått av sju personer; A ordförande, B …"
                            or _COUNTED_BEFORE_LIST.fullmatch(sentence, mt.end(), p.start - ss)
                        )
                        for p in people
                    )
                ),
                None,
            )
            or next(
                # "A och B hade avsagt sig omval … har styrelsen följande sammansättning: Ordf. C,
                # …": the names after the colon of the composition's cue are the list's
                (
                    mt
                    for mt in self.members_cue.finditer(outside)
                    if re.match(r"\s*:", sentence[mt.end() :])
                ),
                None,
            )
        )
        if lead is not None:
            self.minutes_body = body
            others_after = (
                _OTHERS_BEFORE_CUE.search(outside, 0, lead.start()) is not None
                and ss <= body.end <= ss + lead.start()
            )
            # "Hallitukseen kuuluivat pj. A, B taloudenhoitaja, C sihteeri ja muina jäseninä D
            # ja E": the names after the body before "the other members" are its members too
            people = [
                p
                for p in people
                if p.start >= ss + lead.end() or (others_after and p.start >= body.end)
            ]
            later = [
                mt
                for mt in self.deputy.finditer(outside)
                if mt.start() > lead.end() and not _NEGATED_SEAT.search(outside, 0, mt.start())
            ]
            # "Till ersättare på ett år valdes A samt B": the deputies' word before the cue
            clause = max(outside.rfind(c, 0, lead.start()) for c in ",;:")
            role = (
                "deputy_member"
                if self.deputy.search(outside, clause + 1, lead.start())
                else "member"
            )
            deputies_from = ss + later[0].start() if later else None
        others = _OTHERS_PRESENT.search(outside)
        if others is not None and any(p.start < ss + others.start() for p in people):
            # "… Ersättare A (L) B (C) Övriga närvarande C, förvaltningschef D, …" (a minutes
            # cover run together): the officials and guests after the label hold no seat
            people = [p for p in people if p.start < ss + others.start()]
        # "A (ersättare B), C (D) och E (F)": the word said in the first parenthesis makes every
        # name alone in a parenthesis after a name a deputy
        # (also "A (varalle B), C (D) ja E (F)": "for whom" said before the first deputy's name)
        paren_deputies = any(
            self.deputy.match(mt.group(1).strip()) or _PAREN_STANDS_IN.match(mt.group(1).strip())
            for mt in re.finditer(r"\(([^()]*)\)", sentence)
        )
        status = self.lex.not_member_status(sentence) or ""
        if not status and self.lex.not_held_status(sentence) == "planned":
            # "… ingår i styrelsen för en stiftelse som ska bildas": seats still to come, none
            # held on the page's date
            return []
        if any(
            self.former_before.search(outside, 0, mt.start())
            for mt in self.members_cue.finditer(outside)
        ):
            # "Ordföranden tackade avgående ledamöter …; A, B och C": the members leaving, whose
            # seats end (not those of the body's new make-up)
            return []
        body = replace(body, name=body.name[:1].upper() + body.name[1:])
        bracketed = self._bracketing_bodies(text, ss, se)
        active = self.lex.lang == "fi" and any(
            self.appoints.match(t.text) for t in tokens(text, ss, se) if self.appoints
        )
        seats = []
        for group in self._groups(text, people):
            for p in without_towns(group):
                if active and p.written.endswith("n"):
                    # "nimesi jäseniksi Aino Aholan": the names are objects, in the genitive
                    again = self.reader.person_at(
                        tokens(text, p.start, p.end), 0, in_list=True, genitive=True
                    )
                    p = again or p
                if _ASKED_SOMEONE.match(text, p.end):
                    continue  # "A oli pyytänyt minua hallituksen varajäseneksi": who asked
                if _SUCCEEDED.search(text, max(ss, p.start - 30), p.start):
                    continue  # "A efterträder B som lämnat sin plats": B's seat is A's now
                before = text[ss : p.start].rpartition("(")[2]
                alone = (
                    not before.strip() or _PAREN_STANDS_IN.fullmatch(before.strip() + " X")
                ) and text[p.end : se].lstrip().startswith(")")
                here = role
                if deputies_from is not None and p.start > deputies_from:
                    here = "deputy_member"
                said = self._paren_role(text, p.end, se)
                if lead is None and said not in ("chair", "vice_chair", "secretary"):
                    # "… olivat A, B (pj.), C (tiedottaja) ja D" with no members' cue right
                    # before the names: an office in brackets after a name is still that name's
                    said = ""
                if not said and (post := _OFFICE_ELECTED.match(text[ss : p.start])) is not None:
                    # "Till ordförande för styrelsen valdes A … samt B och C": the office is
                    # the first name's
                    office = self.lex.role_of(post.group(1) or post.group(2))
                    said = office if office in ("chair", "vice_chair", "secretary") else ""
                if not said and (post := _OFFICE_AFTER.match(text, p.end, se)) is not None:
                    # "… är: A, ordförande, omval ett år, B, …": the office after the name
                    office = self.lex.role_of(post.group(1))
                    said = office if office in ("chair", "vice_chair", "secretary") else ""
                if not said and (post := _OFFICE_COMMA_LEFT_OUT.match(text, p.end, se)):
                    # "A, ordförande, B, vice ordförande C, sekreterare, …": a comma left out,
                    # the office the name's before it when the next name has its own after it
                    office = self.lex.role_of(post.group(1))
                    nxt = next((q for q in people if q.start == post.end()), None)
                    own = _OFFICE_AFTER.match(text, nxt.end, se) if nxt is not None else None
                    if (
                        office in ("chair", "vice_chair", "secretary")
                        and own is not None
                        and own.group().startswith(",")
                        and self.lex.role_of(own.group(1))
                    ):
                        said = office
                if (
                    not said
                    and len(people) == 1
                    and (post := _AND_ELECTED_TO_OFFICE.search(text, body.end, se)) is not None
                    and p.end <= body.start
                ):
                    # "A har suttit i förbundsstyrelsen i flera år och valdes nu till ny
                    # ordförande": the one name's seat in the body is that office now
                    office = self.lex.role_of(post.group(1))
                    said = office if office in ("chair", "vice_chair", "secretary") else ""
                if not said and _DEPUTY_AFTER.match(text, p.end, se) is not None:
                    said = "deputy_member"  # "… sekä C varajäsenenä": a deputy's seat
                if not said and (mark := _BRACKETED_SEAT.match(text, p.end, se)) is not None:
                    # "Ylva Larsdotter [suppleant] (omval)", "Janina Orlov/Sverige
                    # [suppleant]": the seat in square brackets after the name is that name's
                    seat = self.lex.role_of(mark.group(1).strip())
                    said = (
                        seat
                        if seat in ("deputy_member", "chair", "vice_chair", "secretary")
                        else ""
                    )
                here = said or here
                if p.end == len(text) and _CUT_LAST.search(text, ss, p.start):
                    continue  # "…, Kjell Karlsson, Claes-Göran Johans": cut inside a name
                seats.append(
                    Seat(
                        self.person_order(p),
                        "deputy_member" if paren_deputies and alone else here,
                        self._bracketed_by(text, p, bracketed) or body,
                        (ss, se),
                        None,
                        status,
                        (section_start, se),
                        said=bool(said),
                    )
                )
        return seats

    def _bracketing_bodies(self, text: str, ss: int, se: int) -> list[tuple[int, Mention]]:
        """The bodies of the sentence ``text[ss:se]`` each named right before an opening
        parenthesis, with where the parenthesis opens ("… Disciplinnämnden ( A, B och C) och
        Valberedningen (D, E)")."""
        out = []
        for b in self._bodies(text, ss, se):
            at = b.end + len(text[b.end : se]) - len(text[b.end : se].lstrip(" \t"))
            if at < se and text[at] == "(":
                out.append((at, replace(b, name=b.name[:1].upper() + b.name[1:])))
        return out

    @staticmethod
    def _bracketed_by(
        text: str, p: Mention, bracketed: list[tuple[int, Mention]]
    ) -> Mention | None:
        """The body named right before the parenthesis ``p`` is in, when two bodies or more
        of the sentence have their members in parentheses after them, or None: each name is a
        member of the body its parenthesis follows."""
        if len(bracketed) < 2:
            return None
        for at, b in reversed(bracketed):
            if at < p.start:
                close = text.find(")", at)
                return b if close == -1 or close >= p.end else None
        return None

    def _line_run(
        self,
        text: str,
        lines: list[tuple[int, int]],
        k: int,
        body: Mention,
        section_start: int,
    ) -> tuple[list[Seat], int]:
        """The seats of the lines from ``k`` on: each line begins with a name (after an
        organisation and its "edustaja", if any); role lines and short job-title lines may
        stand between them. The lines used."""
        body = replace(body, name=body.name[:1].upper() + body.name[1:])
        seats: list[Seat] = []
        pending_role = ""
        run_role = ""
        j = k
        last_used = k
        blank = False
        while j < len(lines):
            s, e = lines[j]
            raw = text[s:e]
            line = _BULLET.sub("", raw).strip()
            if not line:
                blank = True
                j += 1
                continue
            if seats and blank and _NUMBERED_HEADING.fullmatch(line):
                break  # "Föredragning Rådslag 1" after a blank line: the next item's heading
            blank = False
            role_line = self.lex.role_of(line)
            people = self._persons(text, s, e)
            if not role_line and not people:
                # "Hallituksen puheenjohtaja" over the board's names: the run's own body in
                # the genitive, then one role word, a role line of that body
                role_line = self._own_role_line(line, body)
            if role_line and not people:
                pending_role = role_line
                # "Hallituksen varajäsenet", "Suppleanter": a plural seat over the names
                # below gives it to each of them, up to the next role line or a line with a
                # label of its own before the name
                run_role = role_line if _PLURAL_SEAT_LINE.search(line.rstrip(" :")) else ""
                j += 1
                last_used = j
                continue
            if not people:
                if seats and line[:1].islower() and len(line.split()) <= 5:
                    j += 1  # a job title under the name
                    last_used = j
                    continue
                break
            p = people[0]
            if len(people) > 1 or (len(p.written.split()) > 3 and not _with_particle(p)):
                break  # two names on a line: columns run together, not a list of seats
            if seats and _key(seats[-1].person.name) == _key(self.person_order(p).name):
                # "Aino Berg" / "Aino Berg (47) Minister för …": a picture's caption, the name
                # and then the name again with the person's description, no list of seats
                # (both lines used: neither is read again as a run's cue)
                return [], j + 1 - k
            seat = self._seat(text, s, e, p, body)
            if seat is None:
                break
            if run_role and text[seat.quote[0] : p.start].strip():
                run_role = ""  # "USS representanter Ebba Ek": a line with its own label
            if (pending_role or run_role) and seat.role == "member":
                seat.role = pending_role or run_role
            pending_role = ""
            seat.section = (section_start, e)
            seats.append(seat)
            j += 1
            last_used = j
        return seats, last_used - k

    def _own_role_line(self, line: str, body: Mention) -> str | None:
        """The role of a line that is ``body``'s word in the genitive and a role word alone
        ("Hallituksen puheenjohtaja" in the board's run), else None."""
        if self.lex.lang != "fi":
            return None
        words = line.rstrip(":").split()
        if len(words) != 2:
            return None
        role = self.lex.role_of(words[1])
        if role is None:
            return None
        gen = [a for a in self.reader.analyse(words[0]) if a.case == "gen"]
        if not gen or self.lex.body_kind(gen[0].base.casefold()) is None:
            return None
        return role if _body_key(gen[0].base) == _body_key(body.name) else None

    def _seat(self, text: str, s: int, e: int, p: Mention, body: Mention) -> Seat | None:
        """The seat a line gives ``p`` in ``body``, or None if the line is no seat line."""
        raw = text[s:e]
        if raw.rstrip().endswith((".", "!", "?")) and len(raw.split()) > 8:
            return None  # a sentence, not a line of a list
        lead = _BULLET.match(raw)
        s0 = s + (lead.end() if lead else 0)
        before = text[s0 : p.start].strip()
        on_behalf: Mention | None = None
        # "Förbundssekreterare Eva Ek" under "Förbundsstyrelsen består av": a post joined to
        # the level the run's body has in its name, that body's post
        level = _level_role(before, body) if before else ""
        if before and not level:
            mt = re.fullmatch(r"(.+?),\s*(?:edustaja|representant)\b.*", before, re.I)
            if mt is None and not self.lex.find_role(before):
                return None
            if mt is not None:
                org = mt.group(1).strip()
                o0 = text.index(org, s0)
                on_behalf = Mention(o0, o0 + len(org), org, org, "organisation", 0.5)
        role = "member"
        for found, at in self._roles(text[s0:e]):
            if self._role_elsewhere(text[s0:e], at, body):
                continue
            if _SPECIFIC.get(found, -1) > _SPECIFIC[role]:
                role = found
        return Seat(self.person_order(p), level or role, body, (s0, e), on_behalf)

    def _roles(self, line: str) -> list[tuple[str, int]]:
        low = line.casefold()
        spans = [
            (mt.start(), mt.end(), role)
            for pattern, role in self.lex.role_res
            for mt in pattern.finditer(low)
        ]
        # "1:a vice ordförande": the chair's word inside the vice chair's is no role of its own
        out = [
            (role, a)
            for a, b, role in spans
            if not any(a0 <= a and b <= b0 and (a0, b0) != (a, b) for a0, b0, _r in spans)
            # "varsinainen jäsen, ei varajäsentä": a seat said not to be there is none
            and not _NEGATED_SEAT.search(low, 0, a)
        ]
        for mt in re.finditer(r"(?<![\w-])(\w+\.?)(?![\w])", line):
            abbr = self.lex.line_abbreviation(mt.group(1))
            if any(a <= mt.start() and mt.end() <= b for a, b, _r in spans):
                continue  # "vice ordf.": the chair's abbreviation inside the vice chair's
            if abbr and abbr != "member":
                out.append((abbr, mt.start()))
        return out

    def _role_elsewhere(self, line: str, at: int, body: Mention) -> bool:
        """A role word after the genitive of another body: a title ("kunnanhallituksen
        puheenjohtaja"), not a role in ``body``."""
        words = line[:at].split()
        if not words:
            return False
        prev = words[-1].strip(",;:")
        if self.lex.lang == "fi":
            readings = self.reader.analyse(prev)
            gen = [a for a in readings if a.case == "gen"]
            if not gen:
                return False
            kind = self.lex.body_kind(gen[0].base)
            if kind is None:
                return False
            return _body_key(gen[0].base) != _body_key(body.name)
        low = prev.casefold()
        if not low.endswith("s") or self.lex.body_kind(low[:-1]) is None:
            return False
        return not body.name.casefold().split()[-1].startswith(low[:-1])

    def _counted_run(
        self,
        text: str,
        lines: list[tuple[int, int]],
        counted: tuple[int, Mention],
        taken: set[str],
    ) -> list[Seat]:
        """The one run of exactly as many name lines as the text says the body has."""
        n, body = counted
        k = 0
        found: list[list[Seat]] = []
        while k < len(lines):
            s, e = lines[k]
            if self._persons(text, s, e) and not self.cue.search(text, s, e):
                run, used = self._line_run(text, lines, k, body, 0)
                if run:
                    found.append(run)
                k += max(used, 1)
            else:
                k += 1
        fits = [r for r in found if len(r) == n]
        if len(fits) != 1 or any(_key(x.person.name) in taken for x in fits[0]):
            return []
        return fits[0]


#: a sentence's end in a line of prose: a full stop before a capital (or before a quotation
#: mark that opens the next sentence: "… för Parkster. ”Alla fem …”, säger …"), or one printed
#: with no space between a lower-case word and a capitalised one ("… sitt uppdrag.Catarina Holm")
#: "består av:", "har bestått av" right before the first name of a run.
_COMPOSED_OF_END = re.compile(
    rf"(?i)(?<![\w-])(?:{SV_CONSISTS}|{SV_CONSISTED}|bestå|bestående)(?:\s+{COMPOSED_WHEN})?\s+av"
    r"\s*:?\s*$"
)
_SENTENCE_END = re.compile(
    r"[.!?][ \t]+(?=[\"\u201d\u201c\u00bb\u00ab]?[A-ZÅÄÖ])"
    r"|(?<=[a-zåäö]{3}[.!?])(?=[A-ZÅÄÖ][a-zåäö])"
)
#: A capitalised word, not the sentence's first, right before a bare body word: "… A, Testilän
#: Ystävät ryhmä" (the body's own name).
_NAME_WORD_BEFORE = re.compile(r"(?<=[\w,)])[ \t]+[A-ZÅÄÖ][\w-]*[ \t]+$")


#: The last word of a role line in the plural: "Hallituksen varajäsenet", "Suppleanter".
_PLURAL_SEAT_LINE = re.compile(
    r"(?i)(?:jäsenet|jäseniä|suppleanter(?:na)?|ersättarna|ledamöter(?:na)?)$"
)
#: The seats a chain of labels run together gives ("Ordförande A Vice ordförande B
#: Medlemmar C D Suppleanter E F"), and a word of a name in it.
_CHAIN_ROLES = ("chair", "vice_chair", "secretary", "member", "deputy_member")
_CHAIN_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéüA-ZÅÄÖ]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")

#: A term in years ("på 1 år", "för två år"): no count of seats
_TERM_YEARS = re.compile(r"(?i)(?<![\w-])(?:\d+|ett|två|tre|fyra)\s+år(?![\w-])")


def _sentence_around(text: str, seat: Seat, lo: int, hi: int) -> tuple[int, int]:
    """The sentence of the line ``lo``..``hi`` that holds the seat's list: "Till styrelse
    utsågs A (ordförande) … Urban Ek omvaldes till revisor" names the auditor in a sentence
    of its own."""
    a = min(seat.quote[0], seat.person.start)
    b = max(seat.quote[1], seat.person.end)
    start = lo
    for mt in _SENTENCE_END.finditer(text, lo, a):
        start = mt.end()
    mt = _SENTENCE_END.search(text, b, hi)
    return start, (mt.start() + 1 if mt is not None else hi)


#: A person's name (two capitalised words or more) and an opening bracket right before
#: another name: "… Aino Ek (", "… Bo Lind-Aho ("
_BRACKET_AFTER_NAME = re.compile(r"[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w-]+[ \t]*\([ \t]*$")


def merge(
    reader: RunReader, text: str, findings: list[Finding], seats: list[Seat]
) -> list[Finding]:
    """``findings`` with the seats the rules did not propose added, and the two corrections
    of the module's description made."""
    by_person: dict[str, list[Finding]] = {}
    for f in findings:
        if f.actor.kind == "person" and f.kind in ("membership", "candidacy"):
            by_person.setdefault(_key(f.actor.name), []).append(f)
            if _key(f.actor.written) != _key(f.actor.name):
                # "Kaisa Kosken" (the genitive the text writes) is the same person
                by_person.setdefault(_key(f.actor.written), []).append(f)
    out = [
        f
        for f in findings
        if f.actor.kind != "person"
        or not (reader._place_words(text, f.actor) or reader._inflected_phrase(f.actor))
    ]
    spans = [
        (f.actor.start, f.actor.end)
        for f in findings
        if f.actor.kind == "person" and f.kind in ("membership", "candidacy")
    ]
    for seat in seats:
        if reader._inflected_phrase(seat.person):
            continue
        if (
            reader.reader.finnish
            and seat.person.written.endswith("n")
            and _MEETING_AFTER.match(text, seat.person.end)
        ):
            continue  # "Testilän Kylät vuosikokouksessa": the organisation holding a meeting
        if seat.replaces:
            lo, hi = seat.section
            old = [
                f
                for f in by_person.get(_key(seat.person.name), [])
                if f.kind == "membership"
                and (
                    lo <= f.quote[0] < hi
                    # a sentence the rules read from before the line, over this name
                    or (seat.bare and f.quote[0] < lo and seat.person.start < f.quote[1])
                )
            ]
            if seat.chain:
                old += [
                    f
                    for f in out
                    if f.actor.kind == "person"
                    and f.actor.start < seat.person.end
                    and seat.person.start < f.actor.end
                ]
            out = [f for f in out if all(f is not o for o in old)]
            if not seat.role:
                continue  # a title only ("kunnanjohtaja"): no seat, and none misread
            if _thanked_outgoing(
                text[slice(*line_around(text, seat.person.start, seat.person.end))]
            ):
                continue  # "A, ordförande, B, vice sekreterare … avtackades": held no more
            out.append(
                Finding(
                    "membership", seat.person, seat.role, seat.body, seat.quote, 0.6, "name-run"
                )
            )
            continue
        mine = by_person.get(_key(seat.person.name), []) or by_person.get(
            _key(seat.person.written), []
        )
        here = [
            f
            for f in mine
            if f.target is not None and _body_key(f.target.name) == _body_key(seat.body.name)
        ]
        for f in here:
            if f.kind == "membership" and f.role == "representative" and seat.on_behalf_of:
                f.role = seat.role
                f.on_behalf_of = f.on_behalf_of or seat.on_behalf_of
            elif f.kind == "membership" and (
                (f.role == "representative" and _SPECIFIC.get(seat.role, 0) > 0)
                or (f.role == "member" and seat.said)
            ):
                f.role = seat.role
        if here:
            lo, hi = seat.section
            for f in mine:
                if (
                    f.kind == "membership"
                    and f.role == seat.role
                    and f.target is not None
                    and all(f is not h for h in here)
                    and lo <= f.quote[0] < hi
                    and MEETING_NAME.search(f.target.name)
                    and not MEETING_NAME.search(seat.body.name)
                    and not f.quote[0] <= f.target.start < f.quote[1]
                ):
                    # "Mötet öppnades av ordföranden A" beside "Till styrelsen omvaldes A,
                    # ordförande": the office the rules gave the meeting is the board's
                    f.target = seat.body
        if here or any(f.target is None for f in mine):
            continue
        lo, hi = seat.section
        section = text[lo:hi].casefold()
        elsewhere = [
            f
            for f in mine
            if f.target is not None
            and f.kind == "membership"
            and lo <= f.quote[0] < hi
            and (
                _body_key(f.target.name)[:-2] not in section
                # "Kretsstämma" / … / "Styrelsen består av …" / "Bo Ek Ordförande": a seat
                # the rules gave a meeting is the one the run gives in the body it elected
                or (MEETING_NAME.search(f.target.name) and not MEETING_NAME.search(seat.body.name))
            )
            # "Aino Ek (M)" / "Kommunstyrelsens ordf.": a body its own entry names stays
            and not f.quote[0] <= f.target.start < f.quote[1]
        ]
        for f in elsewhere:
            f.target = seat.body
        # "Valberedning: … Olle Ek" after the board's list: a held seat in a body of another
        # kind, read outside this section, leaves the seat this run gives as it is; one in a
        # body with the same head ("Styrelsen", "Förbundsstyrelsen") may be this one
        if elsewhere or any(
            f.kind != "membership"
            or f.status
            or f.target is None
            or (lo <= f.quote[0] < hi and not _other_sentence_and_body(f, seat, text))
            or _same_head(f.target.name, seat.body.name)
            for f in mine
        ):
            continue
        if any(a < seat.person.end and seat.person.start < b for a, b in spans):
            continue  # the rules read these words as another name ("Ek Lind, Bo"): theirs stands
        if seat.body.start < seat.person.end and seat.person.start < seat.body.end:
            continue  # "styrelsen för Anhöriga Riks": the words name the body, no person
        line_start, line_end = _sentence_around(
            text, seat, *line_around(text, seat.person.start, seat.person.end)
        )
        if AUDITOR.search(text, line_start, line_end):
            continue  # "Kent Ek valdes till förtroendevald revisor": an auditor holds no seat
        said = text[line_start:line_end]
        if _thanked_outgoing(said):
            # "De tre avgående funktionärerna, A, ordförande, B … avtackades med blommor": the
            # outgoing, thanked, no seat now (an election in the sentence may give one)
            continue
        if CO_OPTED.search(said):
            continue  # "A valdes att vara adjungerad till styrelsen": an adjunct holds no seat
        if (
            seat.role == "member"
            and _BRACKET_AFTER_NAME.search(text, max(0, seat.person.start - 60), seat.person.start)
            and re.match(r"[ \t]*\)", text[seat.person.end :])
        ):
            # "Aino Ek (Testilän Golf) ja Bo Lind (Kylälän Golf)": a bracket right after a
            # name holds whom the person comes from (a deputy if the run says so), never a
            # member of the run
            continue
        if _REPLACED_BEFORE.search(text, max(0, seat.person.start - 40), seat.person.start):
            continue  # "B via fyllnadsval för A": A, whose seat B took, holds it no more
        if _SUPPORT_BEFORE.search(text, max(0, seat.person.start - 40), seat.person.start):
            continue  # "… och B med stöd av C": C helps the body, holds no seat in it
        if _ORGANISATION_KIND_BEFORE.search(
            text, max(0, seat.person.start - 20), seat.person.start
        ):
            continue  # "… och Stiftelsen Wasa Ek har valt …": the organisation's name
        if _IS_ORGANISATION_AFTER.match(text, seat.person.end):
            continue  # "Testby Friskola är en ekonomisk förening": an organisation's name
        if seat.body.end <= seat.person.start and _BESIDES_AFTER_SEMICOLON.search(
            text, seat.body.end, seat.person.start
        ):
            # "Läsnä: hallituksen jäsenet A, B ja C; lisäksi cives D ja E": the names after the
            # semicolon and "lisäksi" are others present, no members of the body
            continue
        if _DECLINED_AFTER.match(text, seat.person.end):
            continue  # "… Stina Lindberg som avsagt sig omval som suppleant": held no more
        if _LEFT_AFTER.match(text, seat.person.end):
            # "… medan A och B båda lämnade styrelsen": the names that left hold no seat
            continue
        if (
            left := max(
                _LEFT_VERB_BEFORE.finditer(text, line_start, seat.person.start + 1),
                key=lambda m: m.start(),
                default=None,
            )
        ) is not None and not re.search(
            r"[.;:]|,[ \t]*(?:och|men|samt|ja|mutta)(?![\w-])", text[left.end() : seat.person.start]
        ):
            # "…, däremot avgick A på grund av sjukdom och B": the names that left (not "lämnade
            # A sina uppdrag, och B valdes in": a clause of its own after the comma)
            continue
        if _LEFT_LEAD.search(text, line_start, seat.person.start):
            # "Sex personer lämnar styrelsen: A, B och C": the names that leave hold no seat
            continue
        if _ASSOCIATION_AFTER.match(text, seat.person.end):
            # "Kylälän Soittokunnan Tuki ry:n säännöt": the words begin an association's name
            continue
        if (
            _body_key(seat.body.name).startswith(("valbered", "valbred"))
            and re.search(
                r"(?<![\w-])[Tt]ill\s+$", text[max(0, seat.body.start - 8) : seat.body.start]
            )
            and _REELECTED.search(text, seat.body.end, line_end)
            and not _ELECTED_PLAIN.search(said)
        ):
            # "Till valberedning omvaldes A och B samt nyvaldes C": a nominating committee
            # elected "till" is read from its re-election words after it only where the page
            # also says "valdes" ("Även valberedningen omvaldes … och C invaldes" is read, and
            # "A och B omvaldes till valberedningen", the names and the verb before it)
            continue
        role = seat.role
        if (
            role == "member"
            and (
                office := _TILL_OFFICE_BEFORE.search(
                    text, max(0, seat.person.start - 60), seat.person.start
                )
            )
            is not None
            and (said := reader.lex.role_of(office.group("role")))
            in ("chair", "vice_chair", "secretary")
        ):
            # "Till föreningens nya ordförande valdes A, till sekreterare B": the office said
            # right before the name, the verb perhaps left unsaid
            role = said
        out.append(
            Finding(
                "candidacy" if seat.status else "membership",
                seat.person,
                role,
                seat.body,
                seat.quote,
                0.6,
                "name-run",
                on_behalf_of=seat.on_behalf_of,
                status=seat.status,
            )
        )
    return out


__all__ = ["RunReader", "Seat", "merge"]

"""Patterns and small helpers that the walker and its passes share (one family's own stay in
its module); this module imports nothing from the walker or the passes."""

from __future__ import annotations

import re

from hytegraph.authoring.extract.findings import Finding
from hytegraph.authoring.extract.lexicon import (
    DEPUTY_WORDS,
    SV,
    TREASURER_WORDS,
    words_pattern,
)
from hytegraph.authoring.extract.lexicon import GUEST as _GUEST
from hytegraph.authoring.extract.segment import sentences

#: "omval två år", "nyval på ett år", "fyllnadsval ett år" (pattern text): an election's remark
#: on the names before it (re-elected, newly elected, elected for the rest of a term), the term.
ELECTION_REMARK_TEXT = (
    r"(?:om|ny|åter|fyllnads)val(?:[ \t]+(?:på|för)?[ \t]*(?:ett|två|tre|fyra|\d)[ \t]+år)?"
)
#: The autumn meeting ("syyskokous", "syyskokouksessa"), which elects the next year's seats
_AUTUMN_MEETING = re.compile(r"(?i)(?<![\w-])syys(?:kokou\w*|vuosikokou\w*)")
#: "2. Val av mötesfunktionärer" / "- ordförande: A" / "- sekreterare: B": an item electing a
#: meeting's officers, then its label lines: the officers of that meeting, no seat in a body
MEETING_OFFICERS_ITEM = re.compile(
    r"(?im)^[ \t]*(?:\d{1,2}[.)§][ \t]*)?(?:val[ \t]+av[ \t]+)?"
    r"(?:mötesfunktionär(?:er|erna)?|mötets[ \t]+funktionär(?:er)?|kokouksen[ \t]+"
    r"(?:toimihenkilö(?:t|iden)|järjestäytyminen))[ \t]*:?[ \t]*\n"
    r"(?P<lines>(?:[ \t]*[-\u2013•*][ \t]*[^\n]*\n(?:[ \t]*[^\n\d:\u2013•*-][^\n:]*\n)?)+)"
)
#: A body's bare word in English, Finnish or Swedish, perhaps with an article: the page's
#: named body of that kind ("the Council" for "Council for the Disabled").
_BARE_KINDS = frozenset(
    """council board committee valtuusto hallitus lautakunta neuvosto toimikunta johtokunta
    jaosto fullmäktige fullmäktiget styrelse styrelsen nämnd nämnden råd rådet utskott
    utskottet""".split()  # noqa: SIM905
)


#: Swedish number words from three to twelve, as a body's count of members is written ("Styrelsen
#: består av fem ledamöter", "en beredning med tolv ledamöter").
_SV_NUMBERS = {
    "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "elva": 11, "tolv": 12,
}  # fmt: skip


def _seats_held(findings: list[Finding]) -> list[Finding]:
    """The seats held now that the findings give people in a named body."""
    return [
        f
        for f in findings
        if f.kind == "membership"
        and f.actor.kind == "person"
        and f.target is not None
        and not f.status
    ]


def _definite(word: str) -> str:
    """The Swedish definite form of a bare body word ("nämnd" → "nämnden"); Finnish and
    English words are their own."""
    if word.endswith(("nämnd", "styrelse", "direktion", "beredning", "grupp")):
        return word + ("n" if word.endswith("e") else "en")
    if word.endswith(("råd", "utskott")):
        return word + "et"
    return word


_BRACKETED_NAME = re.compile(
    r"\s*([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
    r"(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2})\s*"
)
#: The treasurer's words of Swedish ("kassör", "skattmästare"), for the Swedish phrases below.
_SV_TREASURER = words_pattern(SV.treasurer)
#: The next part of a list after "A som ROLE": ", B sekreterare", " och C kassör" (one role
#: word, then a comma, "och", a full stop or the end of the line).
_SOM_TAIL = re.compile(
    r"(?:,[ \t]+|[ \t]+och[ \t]+)"
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})"
    # ("A valdes om som vice ordförande, B som kassör och C som ledamot": "som" said again)
    r"[ \t]+(?:som[ \t]+)?"
    rf"(?P<role>sekreterare|{_SV_TREASURER}|ledamot|ersättare|suppleant|ordförande|"
    r"vice[ \t]+ordförande|viceordförande)"
    r"(?=,|[ \t]+och[ \t]|[ \t]*[.;]|[ \t]*$)",
    re.M,
)
#: A person's name of two or three capitalised words.
_PERSON_WORDS = r"[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}"

#: A name of two or three words, each capitalised (hyphens and apostrophes within).
_CAPITALISED_NAME = r"[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}"
#: "A (och B) fortsätter som ROLE i/för ASSOCIATION", "och B som ROLE för ASSOCIATION".
_SEAT_IN_ASSOCIATION = re.compile(
    rf"(?<![\w'-])(?P<names>{_PERSON_WORDS}(?:[ \t]+och[ \t]+{_PERSON_WORDS})?)"
    r"(?P<verbs>(?:[ \t]+[a-zåäö]+){0,3}?)[ \t]+som[ \t]+(?P<role>[a-zåäö]+)[ \t]+(?:i|för)[ \t]+"
    r"(?P<org>[A-ZÅÄÖ]{2,5}(?![\w:-])|(?:[A-ZÅÄÖ][\w-]*[ \t]+){1,3}[A-ZÅÄÖ][\w-]*)"
)
#: The rest of a body's name enumerating its fields (", fritid och kultur").
_ENUMERATED_REST = re.compile(r"(?:,\s*[a-zåäö][\w-]*)+\s+(?:och|ja)\s+[a-zåäö][\w-]*")
#: An association named by the bare word of its kind in the genitive ("Yhdistyksen").
_BARE_ASSOCIATION = re.compile(r"(?i)(?:yhdistykse|seura|järjestö|liito|kerho)n")
_MINUTES_STOP = re.compile(
    r"\b(?:Övriga\s+(?:deltagande|deltagare|närvarande)|Utses\s+att\s+justera|Justerare|Frånvarande|"
    r"Muut\s+(?:läsnä|saapuvilla)\w*|Poissa|Pöytäkirjan\s+tarkastajat)"
)
_GENITIVE_BODIES = {"valtuuston": "valtuusto", "hallituksen": "hallitus"}
#: "Muut hallituksen jäsenet ovat …", "Övriga ledamöter är …": a sentence naming the others
#: of a set the sentence before began
_THE_OTHERS = re.compile(r"(?:muut|muiksi|muina|övriga|de\s+övriga|andra)(?![\w-])", re.I)
#: "de två vice ordförandena heter Aino Ek (S) och Bo Lind (KD)", "varapuheenjohtajina toimivat
#: A ja B": a post in the plural, then the names of those who hold it
_PERSON_PARTY = r"[A-ZÅÄÖ][\w'-]+(?:[ \t][A-ZÅÄÖ][\w'-]+){1,2}(?:[ \t]\([\w.-]{1,8}\))?"
_CELL_NAME = re.compile(r"[A-ZÅÄÖ][\w'\u00b4-]*(?:[ \t]+[A-ZÅÄÖ][\w'\u00b4-]*){1,3}")
#: One name of a run in prose: two or three capitalised words ("Eva Ek", "Bo Olle Lind")
_RUN_NAME_TEXT = r"[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}"
_RUN_NAME = re.compile(_RUN_NAME_TEXT)
#: A run of such names joined by commas, "och" or "samt": "Eva Ek, Bo Olle Lind och Kim Vik"
_NAMES_RUN_TEXT = (
    rf"{_RUN_NAME_TEXT}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt)[ \t]+){_RUN_NAME_TEXT})*"
)
_NAMES_RUN = re.compile(_NAMES_RUN_TEXT)
#: One capitalised word of a name (pattern text), and a name of two to four of them.
_NAME_WORD_TEXT = r"[A-ZÅÄÖ][\w'\u00b4]*(?:-[A-ZÅÄÖ][\w'\u00b4]*)?"
_NAME_WORDS = rf"{_NAME_WORD_TEXT}(?:[ \t]+{_NAME_WORD_TEXT}){{1,3}}"
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
#: "Bo Lind vice ordförande": a name, then one or two lower-case words of its post
_NAME_POST = re.compile(
    rf"(?P<name>{_NAME_WORD_TEXT}(?:[ \t]+{_NAME_WORD_TEXT}){{1,2}})[ \t]+"
    r"(?P<post>[a-zåäö]+)(?:[ \t]+(?P<post2>[a-zåäö]+))?(?=[,. \t]|$)"
)
#: A treasurer's word in lower case ("kassör", "rahastonhoitaja"): a member's task.
_TREASURER_WORD = re.compile(words_pattern(TREASURER_WORDS))
#: The sentence's verb of an election ("valitsi", "valittiin", "valdes", "omvaldes")
_ELECTION_VERB = re.compile(
    r"(?i)(?<![\w-])(?:valitsi|valitsivat|valittiin|valituiksi|valdes|valde|omvaldes|"
    r"invaldes|återvaldes)(?![\w-])"
)
#: Kinds of bodies the lexicon reads that hold no seats of their own: a project or a
#: programme is run, not sat in ("seurata projektin toimintaa")
_NO_SEATS = frozenset({"project", "programme"})
#: A committee of a board's (a working committee, a nominating committee, a preparing
#: group): named after a board's list, it takes none of the list's seats
_SUB_COMMITTEE_HEAD = re.compile(
    r"(?i)\w*(?:arbetsutskott|verkställande[ \t]+utskott|valbered|valbred|beredningsgrupp|"
    r"työvaliokun|vaalivaliokun)\w*"
)
#: "valberedningens förslag", "vaalitoimikunnan esitys": a committee's proposal
_PROPOSAL_OF = re.compile(r"(?i)[\w-]+(?:s|n)[ \t]+(?:förslag|esity|ehdotu)\w*")
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
    rf"[ \t]+gör[ \t]+(?P<name3>{_CAPITALISED_NAME})|"
    # "som kassör omvaldes Eva Ek", "Till kassör valdes Eva Ek": the post first, the verb and
    # the name after it
    rf"(?<![\w-])(?:[Ss]om|[Tt]ill)[ \t]+(?:ny[ \t]+)?(?:{_SV_TREASURER})[ \t]+"
    r"(?:omvaldes|nyvaldes|valdes|utsågs)(?:[ \t]+om)?[ \t]+"
    rf"(?P<name4>{_CAPITALISED_NAME})|"
    # "Kassör blev Eva Ek", "Kassör är Eva Ek": the post first, a verb of being, the name
    rf"(?<![\w-])(?i:{_SV_TREASURER})[ \t]+(?:blev|är|var|har[ \t]+varit)[ \t]+"
    rf"(?P<name5>{_CAPITALISED_NAME})"
)
#: "Ordförande Eva Ek, kassör Bo Lind", "…, sekreterare Bo Lind och kassör Eva Ek": a treasurer
#: after a comma or a conjunction in a run of officers; also a Finnish duty of a board member
#: ("…, tiedotusvastaava Aino Ek sekä …").
_TREASURER_AFTER_OFFICER = re.compile(
    r"(?:(?<=,[ \t])|(?<=\soch[ \t])|(?<=\ssamt[ \t])|(?<=\sja[ \t]))"
    # (Finnish also in the translative: "… ja rahastonhoitajaksi Aino Ek")
    rf"(?:(?:{words_pattern(TREASURER_WORDS)})(?:ksi)?|[a-zåäö]{{3,}}vastaava"
    # (and in the essive after a comma: "Sihteerinä toimi A, rahastonhoitajana Aino Ek"; not
    # "Yhdistyksen sihteerinä on toiminut A ja rahastonhoitajana B", the association's)
    rf"|(?<=,[ \t])(?:{words_pattern(TREASURER_WORDS)})(?:na|nä))[ \t]+"
    rf"(?P<name>{_CAPITALISED_NAME})"
    r"(?=[ \t]*[,.]|[ \t]*$|[ \t]+(?:ja|sekä|och|samt)[ \t])",
    re.M,
)
#: "… A (Pori) varapuheenjohtajana, B sihteerinä sekä C (Espoo) rahastonhoitajana.": in a run
#: of officers each named before the office in the essive, a treasurer's essive after the
#: last name (a place in brackets perhaps between), the run's end after it.
_TREASURER_AFTER_NAME = re.compile(
    r"(?:(?<=,[ \t])|(?<=\sja[ \t])|(?<=\ssekä[ \t]))"
    rf"(?P<name>{_CAPITALISED_NAME})(?:[ \t]+\([^()\n]{{1,40}}\))?[ \t]+"
    rf"(?:{words_pattern(TREASURER_WORDS)})(?:na|nä)(?![\w-])"
    r"(?=[ \t]*[,.]|[ \t]*$|[ \t]+(?:ja|sekä)[ \t])",
    re.M,
)
#: A deputy's word: a page that speaks of deputies ("varajäsenistä", "suppleanter").
_DEPUTY_WORD = re.compile(rf"(?i)(?<![\w-])(?:{DEPUTY_WORDS})")
#: A heading that credits a publication's editors or authors ("Historikens redaktion",
#: "Redaktörer", "Toimittajat"): the names under it hold no seat.
_CREDIT_HEADING = re.compile(
    r"(?i)(?:\w+[ \t]+)?(?:\w*redaktion(?:en)?|redaktör(?:er|erna)?|toimittaja(?:t)?|"
    r"text[ \t]+och[ \t]+foto|teksti[ \t]+ja[ \t]+kuvat)"
)
#: The seats of those leaving a body, into which the names after them are elected
#: ("erovuoroisten jäsenten tilalle", "jäsenten paikoille").
_OTHERS_SEATS_WORDS = r"(?:erovuoroisten[ \t]+)?jäsenten[ \t]+(?:tilalle|paikoille)"
_OTHERS_SEATS = re.compile(rf"(?i){_OTHERS_SEATS_WORDS}")
#: "… gäller för styrelseledamöterna A, B och C", "… ovat suppleanterna A och B",
#: "valittiin varajäseniksi A ja B": a plural seat noun (a body's name may be joined to its
#: front), then a run of names; ``pre`` is the joined body word
_SEAT_RUN = re.compile(
    r"(?i)(?<![\w-])(?P<pre>[a-zåäö]{3,}?)?"
    r"(?P<seat>ledamöterna|ledamöter|suppleanterna|suppleanter|ersättarna|"
    # "… kahden vuoden toimikaudelle valittiin A, B ja C": members elected for a term
    r"(?<=[a-zåäö]{3}[ \t])toimikaudelle[ \t]+valittiin|"
    # "Hallituksen erovuoroisten jäsenten tilalle valittiin A, B ja C": members elected to the
    # seats of those whose terms ended
    # (the verb left out after "ja", said in the clause before: "… valittiin A ja hallituksen
    # erovuoroisten jäsenten paikoille B ja C")
    rf"(?<=[a-zåäö]{{2}}n[ \t]){_OTHERS_SEATS_WORDS}"
    r"(?:[ \t]+(?:valittiin|nimettiin)(?:[ \t]+uudelleen)?)?(?=[ \t]+[A-ZÅÄÖ])|"
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
    # "Ordinarie: A, B och C." (after "Ordförande: D."): the ordinary members, the seat's
    # column word alone at a line's head before its colon
    r"(?<![^\n])[ \t]*(?:ordinarie|varsinaiset)(?=:)|"
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
    # "Nya styrelseledamöter som vi hälsar välkomna är A, B och C": a relative clause of
    # welcome between the seats and the verb
    r"(?:[ \t]+som[ \t]+(?:vi[ \t]+)?(?:hälsar[ \t]+välkomna|välkomnar|hälsar[ \t]+välkommen)"
    r"(?:[ \t]+(?:hit|till[ \t]+\w+))?(?=[ \t]+(?:är|blev)[ \t]))?"
    # "… och fyra ledamöter valdes, A, B, C och D"; "Tre styrelseledamöter valdes för en tid
    # av två år: A, B och C"
    r"(?:[ \t]+(?:om|ny)?valdes,?)?"
    r"(?:[ \t]+(?:för|på)[ \t]+(?:en[ \t]+tid[ \t]+av[ \t]+)?(?:\d{1,2}|ett|två|tre|fyra)"
    r"[ \t]+år(?=[ \t]*:))?"
    r"(?:[ \t]+(?:ovat|olivat|är|var|blev))?:?[ \t]+(?=[A-ZÅÄÖ]|[a-zåäö]+[ \t]+[A-ZÅÄÖ])"
)
#: A card's name line: two or three capitalised words, a middle initial allowed ("Anna M Ek").
_CARD_NAME = re.compile(
    r"[A-ZÅÄÖ][a-zåäö][\w'-]*(?:\s+[A-ZÅÄÖ]\.?)?(?:\s+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}"
)
#: A treasurer's post on a line of its own ("Kassör", "Skattmästare", "Rahastonhoitaja").
_TREASURER_LINE = re.compile(rf"(?i)(?:{words_pattern(TREASURER_WORDS)})")
#: three or more bullet lines in a row, then a blank line
_BULLET_RUN = re.compile(r"(?m)(?:^[ \t]*[•*-][ \t]*\S[^\n]*\n){3,}[ \t]*\n(?:[ \t]*\n)*")


#: One word of a person's name as a list prints it: capitalised, perhaps with a hyphen or a
#: second capital run together ("Talja", "Hanna-Leena", "AnnaMarja").
_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-?[A-ZÅÄÖ][a-zåäöé]+)?")
#: A greeting that opens a sentence before a name: "Välkommen", "Tervetuloa", "Grattis".
_GREETING = re.compile(r"välkommen|tervetuloa|grattis|onnittelut", re.I)


def _guest_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of ``text`` that name guests (:data:`_GUEST`)."""
    if not _GUEST.search(text):
        return []
    return [(s.start, s.end) for s in sentences(text, 0, len(text)) if _GUEST.search(s.text)]


def _name_key(name: str) -> str:
    """A person's name as a key that ignores case and the order of its parts ("Ek Aino" is
    "Aino Ek")."""
    return " ".join(sorted(name.casefold().split()))


def _without_definite_ending(name: str) -> str:
    """A body's name cut before a Swedish definite ending, so that "en ny styrelse" and
    "Styrelsen", "nämnd" and "nämnden", "råd" and "rådet" compare as one body."""
    for ending in ("et", "en", "e", "n"):
        if name.endswith(ending) and len(name.split()[-1]) > len(ending) + 3:
            return name[: -len(ending)]
    return name


#: A sector a list's members come from, on a line of its own inside the list ("Julkinen taho",
#: "Yritykset ja yhteisöt", "Maaseudun asukkaat", "Offentlig sektor:", "Ideell sektor"): a
#: local action group's three parts, each a group of the same body's members
SECTOR_LABEL = re.compile(
    r"(?i)[ \t]*(?:(?:julkinen|yksityinen|kolmas)[ \t]+(?:taho|sektori|hallinto)|"
    r"julkishallinto|(?:paikalliset[ \t]+)?(?:yritykset|yhdistykset|järjestöt)"
    r"(?:[ \t]+ja[ \t]+(?:yhteisöt|yhdistykset|järjestöt))?|"
    r"(?:maaseudun|paikalliset)[ \t]+asukkaat|"
    r"(?:offentlig|privat|ideell)[ \t]+sektor|(?:den[ \t]+)?(?:offentliga|privata|ideella)"
    r"[ \t]+sektorn|näringslivet|civilsamhället|föreningslivet)[ \t]*:?[ \t]*"
)

#: The words before a term's years after a body's or a seat's word: "Johtokunta kaudella
#: 2022-2023", "Hallitus toimikaudella 2024", "Styrelsen verksamhetsåret 2022", "Suppleanter för
#: perioden 2025-2026", "Johtokunta v. 2022", "Johtokunta n. 2022".
TERM_WORDS = (
    r"(?:(?:toimi)?kaude(?:lla|lle|ksi)|vuode(?:lle|ksi)|vuo(?:nna|sina|siksi)|[vn]\.|"
    r"(?:för[ \t]+)?(?:mandat)?perioden|för|under|år(?:et)?|verksamhetsåret)"
)
#: A term's years: "2022", "2022-2023", "2022-23" (also with an en dash), or in parentheses.
_YEARS = r"(?:19|20)\d\d(?:[ \t]*[-\u2013][ \t]*(?:19|20)?\d\d)?"
TERM_YEARS = rf"(?:\({_YEARS}\)|{_YEARS})"

#: The length of a seat's term after its word, on an election's heading ("Ordförande 2 år",
#: "Suppleanter 1 år", "Ledamöter på två år", "Jäsenet kahdeksi vuodeksi", "(2 år)").
SEAT_LENGTH = re.compile(
    r"(?i)\s+\(?(?:på\s+)?(?:[1-9]|ett|två|tre|fyra)\s+år\)?$|"
    r"\s+\(?(?:[1-9]|yhdeksi|kahdeksi|kolmeksi|neljäksi)\s+vuodeksi\)?$"
)

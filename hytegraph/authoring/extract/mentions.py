"""Names in a stretch of text: people, bodies and organisations, each with its span in the text
and its basic form ("Risto Kovasen" → "Risto Kovanen", "ohjausryhmässä" → "ohjausryhmä",
"Hyte ry:n" → "Hyte ry").

A person's name is two to four capitalised words ("Anna-Lena Granlund-Blomfelt", "Laiho
Pirita") that are not role words, body words or the words of :attr:`Lexicon.not_names`;
where voikko knows a word as a first name or surname the name is surer. A body is a phrase
whose last word is a body's head word ("ohjausryhmä", "styrgruppen") with the words that
qualify it before it (genitives and agreeing adjectives in Finnish) or after it ("för främjande
av välfärd och hälsa" in Swedish). An organisation ends in "ry", "rf", "kaupunki", "stad", ...
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.givennames import INITIAL_DIGRAPHS, cut_first_name, first_name
from hytegraph.authoring.extract.lexicon import Lexicon
from hytegraph.authoring.extract.morphology import Morphology
from hytegraph.authoring.extract.places import Place, place_of

#: The participle "vastaava" (responsible for) in any case ("vastaavaan", "vastaavassa").
_RESPONSIBLE = re.compile(r"vastaava(?:n|an|ssa|sta|lle|lla|lta|ksi|na|t)?")
#: A lower-case word in the elative ("koulutuksesta", "järjestämisestä").
_ELATIVE_WORD = re.compile(r"[a-zåäö-]{4,}(?:sta|stä)")
#: A word in capitals ending in the genitive's -N ("KYLÄSEURAN"), not in -NEN ("NYKYINEN", a
#: nominative) nor -SEN ("YHTEISEN", an adjective's genitive): a genitive the rules reader
#: reads as in lower case.
_CAPITALS_GENITIVE = re.compile(r"[A-ZÅÄÖ-]{2,}(?<!NE)(?<!SE)N")
#: An en dash right between two capitalised words ("Eva\u2013Lisa"): a double name's hyphen.
_EN_DASH_NAME = re.compile(r"[^\W\d_]\u2013[A-ZÅÄÖ]")
_TOKEN = re.compile(r"[\w'’]+(?:[-:][\w'’]+)*-?|[^\w\s]")  # noqa: RUF001
#: A Finnish word for an inhabitant of a place, capitalised ("Porvoolainen", "Kirkkonummelainen").
_INHABITANT = re.compile(r"([A-ZÅÄÖ][a-zåäö]{2,})(?:lainen|läinen)")


def _inhabitant(word: str) -> bool:
    """Whether a capitalised word is an inhabitant of a municipality the gazetteer knows
    ("Porvoolainen": Porvoo; "Kirkkonummelainen": Kirkkonummi; "Kauniaislainen": Kauniainen)."""
    mt = _INHABITANT.fullmatch(word)
    if mt is None:
        return False
    stem = mt.group(1)
    candidates = [stem]
    if stem.endswith("e"):
        candidates.append(stem[:-1] + "i")
    if stem.endswith("s"):
        candidates.append(stem[:-1] + "nen")
    for c in candidates:
        found = place_of(c)
        if found is not None and found.place.name == c and found.form == "nom":
            return True
    return False


#: A past passive participle's ending in each case the rules tell ("valittu", "valitun",
#: "valittuun", "valitussa"): what was done to a body, never a word of its name.
_PASSIVE_PARTICIPLE_BY_CASE = {
    "nom": r"tt(?:u|y)$",
    "gen": r"t(?:un|yn)$",
    "ill": r"tt(?:uun|yyn)$",
    "ine": r"t(?:ussa|yssä)$",
}
#: A company's form after its name ("Oy:n", "Ab").
_COMPANY_FORM = re.compile(r"(?:Oy|Oyj|Ab|Abp)(?::\w+)?")
#: A lower-case passive participle in the genitive ("tehtävien", "käsiteltävän",
#: "valittujen"): what is to be done or was done, never a word of a body's name
_PASSIVE_PARTICIPLE_GENITIVE = re.compile(
    r"^[a-zåäö][a-zåäö-]*(?:t[aä]vien|tt[aä]van|t(?:uj|yj)en)$"
)
#: A body's office, a place, after its name in the genitive ("Kommunfullmäktiges expedition").
_OWN_OFFICE = re.compile(r"(?:expedition|kansli|kansliet|sekretariat|sekretariatet)", re.I)
#: A registered association's ending after its name ("ry", "ry:n", "rf").
_ASSOCIATION_FORM = re.compile(r"(?:ry|rf|r\.y\.?)(?::\w+)?")
#: An ordinal or "new" before a body's name ("Ensimmäinen …", "Uusi …"): which one of its
#: kind the text speaks of
_WHICH_ONE = frozenset(
    ("ensimmäinen", "ensimmäisen", "toinen", "toisen", "uusi", "uuden", "nykyinen", "nykyisen",
     # (or which ones of their kind: "Kunkin jaoksen puheenjohtajana toimii …", "jokaisen
     # lautakunnan", "kyseisen työryhmän")
     "kukin", "kunkin", "jokainen", "jokaisen", "kaikkien", "kyseinen", "kyseisen", "muun",
     "muiden")
)  # fmt: skip
#: How many members or persons a body has ("13-jäseninen", "viisijäsenisen", "7-henkinen"):
#: a description, no part of the body's name.
_SIZE_WORD = re.compile(r"(?:\d+-?|[a-zåäö]{3,})(?:jäseni|henki)(?:nen|s[a-zåäö]*)")
#: A lower-case head of an association's name after a capitalised word ("Testi-Naiset liitto
#: ry:stä", "Norrby förening"): the capitalised word begins the association's name
_ORG_HEAD_AFTER = re.compile(
    r"(?:liit(?:to|on|osta)|yhdistys|yhdistyksen|yhdistyksestä|säätiö|säätiön|säätiöstä|"
    r"ry|ry:n|ry:stä|förbund|förbundet|förening|föreningen|rf)"
)
#: A capitalised word joined by a hyphen to a lower-case word: "Anttila-toimikunta".
_NAME_GLUED_HEAD = re.compile(r"([A-ZÅÄÖ][a-zåäö']+)-[a-zåäö]{3,}")
#: A capitalised word of letters only, as a first name is printed.
_CAPITAL_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+")
#: A word whose lower-case last part after a hyphen is an organisation's head ("Kirkonkylä-kerho",
#: "Koivisto-seura", "Laulu-kuoro"): no word of a person's name.
_ORG_COMPOUND = re.compile(
    r"[A-ZÅÄÖ][\w]*-(?:kerho|seura|yhdistys|yhdistykse|liitto|liito|kuoro|säätiö|ryhmä|"
    r"klubi|killa|kilta|förening|förbund|klubb|kör|sällskap|lehti|lehde|lehte|tidning|"
    r"tidskrift)\w*"
)
#: (also a periodical's: "Aino Mäki Testi-lehti, Katu 2": the magazine's address after her)
#: A school, an institute, a village or a public organisation a person comes from or is in, in
#: a local case after its owner's or place's genitive: "Aron koulusta", "Kylälän lukiossa",
#: "Mäen kylästä", "Kårkullan kuntayhtymästä", "Kylälän seurakunnasta"
_INSTITUTION_FROM = re.compile(
    r"[a-zåäö]*(?:koulu|lukio|opisto|päiväkodi|kylä|seura|yhdistykse|osasto|kerho|järjestö|"
    r"yhtymä|piiri|seurakunna|säätiö|liito|aluee|kaupungi|kunna|laitokse|virasto|yhtiö|"
    r"ministeriö)(?:sta|stä|ssa|ssä|lta|ltä)"
)

#: The schools, institutes and villages named in the nominative or the genitive ("Aron koulu,
#: sihteeri").
_INSTITUTION_NOM = re.compile(
    r"[a-zåäö]*(?:koulu|lukio|opisto|päiväkoti|kylä|seura|yhdistys|kerho|järjestö)n?"
)
#: A place's genitive and such an institution ("Aron koulu", "Kolmen kylän koulu"): whence
#: a listed person comes.
INSTITUTION_OF_PLACE = re.compile(
    r"[A-ZÅÄÖ][\w-]*n(?:\s+[a-zåäö][\w-]*n){0,2}\s+(?:"
    + _INSTITUTION_FROM.pattern
    + "|"
    + _INSTITUTION_NOM.pattern
    + r")(?![\w-])"
)


def genitive_shaped(token: Token) -> bool:
    """Whether a word ends as a genitive does, whatever the dictionary knows of it ("Kylälän",
    "kunnan"), and not as a surname in the nominative ("Laitinen")."""
    return token.is_word and token.text.endswith("n") and not token.text.endswith("nen")


def _genitives_before_representative(toks: list[Token], j: int) -> bool:
    """Whether one to three words in the genitive from token ``j`` stand right before a
    representative's word ("Pohjois-Pohjanmaan edustajana", "Kylälän kunnan edustajaksi")."""
    k = j
    while k < len(toks) and k - j < 3 and genitive_shaped(toks[k]):
        k += 1
    return j < k < len(toks) and _REPRESENTATIVE_WORD.fullmatch(toks[k].text.casefold()) is not None


def _institution_after(toks: list[Token], j: int) -> bool:
    """After the genitive at token ``j``, an institution in a local case, at most two
    lower-case genitives between ("Aron koulusta", "Kolmen kylän koulusta"), or in the
    nominative or genitive ("Aino Mäki Aron koulu, sihteeri": where she comes from)."""
    k = j + 1
    while (
        k < len(toks)
        and k - j <= 2
        and re.fullmatch(r"[a-zåäö][\w-]*n", toks[k].text)
        and _space_between(toks[k - 1], toks[k])
    ):
        k += 1
    return (
        k < len(toks)
        and (
            _INSTITUTION_FROM.fullmatch(toks[k].text) is not None
            or _INSTITUTION_NOM.fullmatch(toks[k].text) is not None
        )
        and _space_between(toks[k - 1], toks[k])
    )


def _compound_head_after(toks: list[Token], j: int) -> bool:
    """Whether the capitalised words ending before token ``j`` are the first part of a compound
    whose lower-case head follows after a space and a hyphen ("Aalto Nova -museon"), perhaps
    after another such name joined by "&" ("Aalto Vetus & Nova Ars -museon")."""
    k = j
    if k < len(toks) and toks[k].text == "&":
        k += 1
        n = 0
        while k < len(toks) and toks[k].is_cap and n < 3:
            k, n = k + 1, n + 1
        if n == 0:
            return False
    return (
        k + 1 < len(toks)
        and toks[k].text == "-"
        and toks[k].end == toks[k + 1].start
        and k > 0
        and toks[k - 1].end < toks[k].start
        and re.fullmatch(r"[a-zåäö]{3,}", toks[k + 1].text) is not None
    )


#: An institution's word in a local case, its head anywhere in it ("koulukeskuksesta").
_INSTITUTION_IN = re.compile(
    r"[a-zåäö]*(?:koulu|lukio|opisto|keskukse|päiväkodi)[a-zåäö]*(?:sta|stä|ssa|ssä|lta|ltä)"
)
#: (a second capital typed with the first, "LIndblad", is still a name's word)
_CAP_WORD = re.compile(
    # (the diaeresis and circumflex of Swedish and French spellings too: "Michaëlsson", "Zoë")
    r"[A-ZÅÄÖÜÉÆØŠŽČŘ](?:[A-ZÅÄÖ](?=[a-zåäö]{4}))?[a-zåäöüéèáíóúçñßæøšžčřěůýćňťëïâêîôûàìòùãõ'’]+"  # noqa: RUF001
    r"(?:-[A-ZÅÄÖÜÉa-zåäöüé][a-zåäöüéèáíóúçñßæøšžčřěůýćňťëïâêîôûàìòùãõ'’]+)*"  # noqa: RUF001
)
#: Two first names written as one word with a capital each ("AnnSofie", "MarjaLiisa").
_JOINED_NAMES = re.compile(r"(?P<first>[A-ZÅÄÖ][a-zåäö]+)(?P<second>[A-ZÅÄÖ][a-zåäö]{2,})")
#: A capitalised word, or a word of :data:`_JOINED_NAMES` (the group ``joined``): both in one
#: pass over a token.
_CAP_OR_JOINED = re.compile(rf"(?:{_CAP_WORD.pattern})|(?P<joined>{_JOINED_NAMES.pattern})")


def _both_first_names(mt: re.Match[str]) -> bool:
    """Whether the two halves a :data:`_JOINED_NAMES` match found are first names of the list."""
    return first_name(mt.group("first")) is not None and first_name(mt.group("second")) is not None


def _two_first_names(word: str) -> bool:
    """Whether ``word`` is two first names of the list joined with no hyphen, each with its
    capital ("AnnSofie", "JanErik"): a name as "Ann-Sofie" is, not a brand's word ("PowerPoint",
    "LinkedIn")."""
    mt = _JOINED_NAMES.fullmatch(word)
    return mt is not None and _both_first_names(mt)


# a period of time after a Swedish body's name: "för mandatperioden", "för år 2025"
_SV_TERM = re.compile(
    r"(?i)(?:mandat|verksamhets|besluts)?(?:period\w*|år(?:e[tn]|s)?)|tid(?:e[nr]\w*)?|\d.*|"
    r"\w*perioden"
)
#: Words that count or place a span of time: "för två år framåt", "för kommande period".
_SV_TIME_COUNT = frozenset(
    """två tre fyra fem sex sju åtta nio tio elva tolv några flera nästa kommande
    innevarande följande resterande återstående""".split()  # noqa: SIM905
)


#: A word for the members of a Swedish body that names the body ("valberedare": the members
#: of the nominating committee, "valberedningen").
#: "HSFs", "PEFC:s": an organisation's abbreviation in capitals with the genitive's "s" joined
#: to it (or after a colon), the owner of the body named after it ("HSFs styrelse", "PEFC:s
#: styrelse 2022/2023")
SV_ABBREVIATION_GENITIVE = re.compile(r"[A-ZÅÄÖ]{2,6}:?s")
_SV_MEMBER_NOUN = re.compile(r"valberedar(?:e|en|na|es)?")

#: A Swedish compound of a body's word and its make-up ("Styrelsesammansättning",
#: "Valberedningens sammansättning" written as one word): the body's part before it.
_SV_COMPOSITION_TAIL = re.compile(r"(?i)(\w{3,}?)s?sammansättning(?:en|ens)?")


def _sv_time_phrase(toks: list[Token], at: int) -> bool:
    """Whether the words from ``at`` (after a Swedish body's "för") count or place a span of
    time ("för två år framåt", "för de kommande tre åren", "för nästa period"): no part of
    the body's name."""
    seen = False
    for x in range(at, min(at + 4, len(toks))):
        w = toks[x].text.casefold()
        if w in _SV_TIME_COUNT or w.isdigit():
            seen = True
            continue
        if _SV_TERM.fullmatch(w):
            return seen
        return False
    return False


#: A Finnish organ named by a compound ("valmistelutoimielin", "yhteistyötoimielin"; the rules'
#: word forms give "…toimieli"); the bare word "toimielin" names one only on a page that names
#: an organ so (see ``learn_page_organ``). Read here, not in the lexicon's head words, which the
#: learned tagger's features also use.
_ORGAN = re.compile(r"\w+toimieli(?:n)?$")
#: The bare word itself, in its basic form (the rules' "toimieli" too).
_BARE_ORGAN = re.compile(r"toimieli(?:n)?")
#: Such a compound anywhere in a text, in any form ("valmistelutoimielimen").
_ORGAN_NAMED = re.compile(r"(?i)[a-zåäö]{3,}toimiel(?:in|im[a-zåäö]*)(?![\w-])")

#: The kinds of a meeting's document ("Muistio", "Pöytäkirja", "Esityslista"), printed at the
#: top of its page before the body's name: no word of that name.
_DOCUMENT_WORDS = frozenset(
    {"muistio", "kokousmuistio", "pöytäkirja", "pöytäkirjanote", "esityslista", "kokouskutsu",
     "tiedote", "liite"}
)  # fmt: skip

#: A representative's word in any form ("edustajana", "varaedustajaksi", "edustajat"): the
#: genitive right before it is whom the seat is held for, never a word of a person's name.
_REPRESENTATIVE_WORD = re.compile(r"(?:vara)?edustaj[a-zåäö]*")

#: Top-level domains after a dot glued to a word: the word is part of an address.
_DOMAINS = frozenset({"fi", "se", "ax", "com", "org", "net", "eu", "nu", "info"})


def _in_address(toks: list[Token], j: int) -> bool:
    """Token ``j`` is part of an e-mail or web address ("etunimi.sukunimi@kl-hallitus.fi",
    "kunta.fi/hallitus"): glued to "@", "/" or a domain's dot, it names no body."""
    t = toks[j]
    if j >= 1 and toks[j - 1].end == t.start and toks[j - 1].text in ("@", "/", "."):
        return True
    if j + 1 >= len(toks) or toks[j + 1].start != t.end:
        return False
    after = toks[j + 1].text
    if after in ("@", "/"):
        return True
    return (
        after == "."
        and j + 2 < len(toks)
        and toks[j + 2].start == toks[j + 1].end
        and toks[j + 2].text.casefold() in _DOMAINS
    )


#: Indefinite articles: "ett forum för …", "en grupp som …" describe, they name no body.
_SV_INDEFINITE = frozenset({"en", "ett", "något", "någon", "annat", "annan"})

#: Words that never begin a body's name before " -jaosto": "ovat -ryhmä", and conjunctions
#: ("kunnanvaltuuston että -hallituksen": the second half of a compound said once).
_NO_COMPOUND_LEFT = frozenset(
    {
        "ja", "sekä", "tai", "eli", "että", "eikä", "mutta", "vaan", "vai", "ovat", "olivat",
        "joka", "jonka", "myös", "kuin", "och", "samt", "eller",
    }
)  # fmt: skip
#: Swedish personal pronouns: after "och" inside a body's "för" phrase, a new clause begins
#: ("… för bildandet av jämställdhetsmyndigheten och hon är även föreståndare …").
_SV_PRONOUNS = frozenset(("hon", "han", "hen", "de", "den", "det", "vi", "jag", "ni", "man"))
# "äldrerådet för en tid som ...": an article after "för" begins no part of a body's name,
# nor does "att" ("ett äldreråd för att ge ...": a purpose)
_SV_ARTICLES = frozenset(
    {"en", "ett", "den", "det", "de", "denna", "detta", "sin", "sitt", "sina", "att"}
)
#: Verbs that often follow a Swedish body's name: its name ends before them.
_SV_VERBS = frozenset(
    {
        "arbetar", "verkar", "träffas", "sammanträder", "består", "ansvarar", "bildar",
        "fungerar", "samlas", "möts", "finns", "bereder", "behandlar", "ger", "tar", "gör",
        "jobbar", "följer", "bevakar", "yttrar", "skall", "har", "hade", "får", "bör",
        # "Styrelsen för X lämnar/avger härmed följande verksamhetsberättelse": a board
        # submitting its report
        "lämnar", "avger", "överlämnar", "framlägger",
        # "ska Direktionen för kommunalförbundet bestå av nio ledamöter": the infinitive and
        # the past after a modal verb before the body
        "bestå", "bestod", "utgöras", "utgörs", "vara", "utses", "väljas",
    }
)  # fmt: skip
#: Definite adjectives that name a kind of body with its head ("kommunala pensionärsrådet").
#: Head words that say only what kind of body is meant: an adjective before one of them alone
#: describes the body ("yksimielinen valtuusto") rather than naming it.
_BARE_HEADS = frozenset(
    {"valtuusto", "hallitus", "ryhmä", "neuvosto", "lautakunta", "toimikunta", "toimielin"}
)
#: (also the participles that name an organ's kind: "verkställande utskottet", "rådgivande
#: nämnden", "beredande utskottet")
_SV_ADJECTIVE = re.compile(r"\w{2,}(?:ala|ella|iska|liga)|verkställande|rådgivande|beredande")
#: Adjectives that say when, not which: no part of a body's name.
_TIME_ADJECTIVES = frozenset({"uusi", "entinen", "nykyinen", "tuleva", "edellinen", "väistyvä"})
_PARTICLES = frozenset({"von", "af", "de", "van", "der", "da", "zu"})


#: A compound of an abbreviation in capitals and a lower-case word ("HR-chef", "IT-tukihenkilö",
#: "EU-samordnare"): a common noun, never a part of a name.
_ABBREVIATION_COMPOUND = re.compile(r"[A-ZÅÄÖ]{2,}-[a-zåäö][\w-]*")


class Token(NamedTuple):
    """A word or a punctuation mark and its span in the text (a named tuple: the readers make
    hundreds of thousands of them on a long document)."""

    text: str
    start: int
    end: int

    @property
    def is_cap(self) -> bool:
        mt = _CAP_OR_JOINED.fullmatch(self.text)
        if mt is None:
            # ("KG Persson": a double first name's initials begin a name as a word does)
            return _DOUBLE_INITIAL.fullmatch(self.text) is not None and (
                self.text not in NOT_DOUBLE_INITIALS
            )
        # (two first names joined, "AnnSofie", only where both are names of the list)
        return mt.group("joined") is None or _both_first_names(mt)

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


#: The kind of a heading's mention that names a group of people in a body's list
#: ("Professorit", "Opiskelijat"): the list's grouping, no organisation its members are for.
PEOPLE_GROUP = "people-group"


@dataclass(frozen=True)
class Mention:
    """A name in the text: its span, the text as written, its basic form, what it names
    (``person``, a body kind, an organisation kind) and how sure the reading is (0-1)."""

    start: int
    end: int
    written: str
    name: str
    kind: str
    confidence: float
    case: str = ""
    #: A plural head ("vaikuttamistoimielimet"): a kind of body, not one body.
    plural: bool = False


#: A middle name's initial ("S.", "S") or two ("M.S.", "M. S.") in a name.
_INITIALS = re.compile(r"[A-ZÅÄÖ]\.?(?: ?[A-ZÅÄÖ]\.)?")

#: A lower-case word glued to a surname by a hyphen ("Ålind-ordförande"), and the duties that
#: are no seat's word ("Thelin-sammankallande", "Fries-kontaktperson").
_ROLE_GLUED_AFTER = re.compile(r"(?<=[a-zåäöéü])-([a-zåäö]{4,})$")
_GLUED_DUTIES = frozenset(("sammankallande", "kontaktperson", "körledare"))
#: Two capitals printed as a double first name's initials, the way Nordic lists write "KG
#: Persson" (Karl-Gustav), "PG Lind", "JP Kärkinen" (Juha-Pekka), "L-E Langels" (Lars-Erik).
_DOUBLE_INITIAL = re.compile(r"[A-ZÅÄÖ]-?[A-ZÅÄÖ]")
#: A board's or a committee's election written as one word ("Styrelseval", "Valberedningsvalet").
_SV_ELECTION_OF = re.compile(
    r"(?i)(?P<body>\w*?(?:styrelse|valberedning|nämnd|utskott|kommitté|direktion|presidium))"
    r"s?val(?:et|en)?"
)
#: A first name joined by a hyphen to the initial of a second one ("Carl-M", then "."): the
#: pattern the lists' and headings' readers of whole words use too, with its full stop.
NAME_HYPHEN_INITIAL = r"[A-ZÅÄÖ][a-zåäö]+-[A-ZÅÄÖ]"
_NAME_HYPHEN_INITIAL = re.compile(NAME_HYPHEN_INITIAL)
#: Two capitals that stand for something else before a capitalised word: parties, unions,
#: companies' and clubs' forms, media, countries and languages.
# fmt: off
NOT_DOUBLE_INITIALS = frozenset((
    "AB", "AF", "AY", "BK", "EU", "FC", "FI", "GK", "HC", "HK", "HS", "IF", "IK", "IL", "IS",
    "IT", "JK", "KD", "KK", "KY", "LA", "MM", "MP", "NY", "OP", "OY", "PS", "RF", "RY", "SA",
    "SD", "SF", "SI", "SK", "SM", "SP", "SS", "ST", "SV", "TV", "UK", "UN", "US", "VD", "VL",
    "YK", "YT",
))
# fmt: on

#: "samassa ", "samaan ": a form of Finnish "the same" right before a word (a bare body word
#: after it points back to a group the text spoke of).
SAME_BEFORE = re.compile(r"(?i)(?<![\w-])sama(?:ssa|an|sta|lla|lle|n|a)?[ \t]+$")
#: A Swedish body's head word in the plural ("arbetsgrupper", "nämnderna", "råden").
#: A verb of giving or an adjective before a bare "råd": advice ("ge råd", "goda råd").
_SV_ADVICE_BEFORE = frozenset(("ge", "ger", "gav", "gett", "givit", "goda", "bra", "praktiska"))
#: A meeting's word ("årsstämma", "årsmötet"): in a term's end, no body of seats.
_SV_MEETING_HEAD = re.compile(r"(?i)(?:stämma|stämman|möte|mötet)$")
_SV_PLURAL_HEAD = re.compile(r"(?:grupp|nämnd|styrels|kommitté)(?:er|erna)$|(?:råd|utskott)en$")
#: A Swedish neuter noun of a body, the same in the singular and the plural ("nätverk",
#: "råd", "utskott", "forum")
_SV_NEUTER_BODY = re.compile(r"(?i)[\w-]*(?:nätverk|råd|utskott|forum)")
#: A word before a noun that makes it plural ("olika", "flera", "två")
_SV_PLURAL_BEFORE = frozenset(
    ("olika", "flera", "många", "alla", "dessa", "några", "våra", "era", "två", "tre", "fyra")
)


def _sv_plural_neuter(toks: list[Token], j: int) -> bool:
    """Whether the Swedish neuter body word at ``j``, the same in both numbers, is a plural:
    after a word that makes it so ("olika nätverk") or joined by "och" to a plural noun before
    it ("föreningar och nätverk")."""
    if not _SV_NEUTER_BODY.fullmatch(toks[j].text) or j == 0:
        return False
    before = toks[j - 1].text.casefold()
    if before in _SV_PLURAL_BEFORE:
        return True
    return (
        before == "och"
        and j >= 2
        and toks[j - 2].text.islower()
        and re.search(r"(?:ar|er|or)$", toks[j - 2].text) is not None
    )


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words and punctuation of ``text[start:end]`` with their spans in ``text``. Persons'
    names run together with no space between them ("Aino MäkiBo Lind Eeva Kallio") are parted
    where a surname's lower-case letters go on into the next first name's capital (see
    :func:`_unglue`): two words with no space between them end one name and begin the next.
    A new list on every call: the caller may change it (the tokens themselves are frozen)."""
    return list(_tokens(text, start, len(text) if end is None else end))


def raw_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words and punctuation of ``text[start:end]`` as written, names run together left
    as one word (the learned tagger's reading, as it was trained)."""
    return list(_raw_tokens(text, start, len(text) if end is None else end))


@lru_cache(maxsize=8192)
def _tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The passes cut the same lines into tokens many times over: cut each span once."""
    out = list(_raw_tokens(text, start, end))
    if _GLUE_HINT.search(text, start, end):
        out = _unglue(out)
    if _EN_DASH_NAME.search(text, start, end):
        out = _en_dash_joined(out)
    return tuple(out)


def _en_dash_joined(toks: list[Token]) -> list[Token]:
    """A double first name written with an en dash for its hyphen ("Eva\u2013Lisa"): one word,
    read as the hyphened "Eva-Lisa" is (the dash right between a word and a capitalised word,
    no space on either side)."""
    out: list[Token] = []
    for t in toks:
        if (
            len(out) >= 2
            and out[-1].text == "\u2013"
            and out[-1].start == out[-2].end
            and t.start == out[-1].end
            and out[-2].is_cap
            and t.is_cap
        ):
            out.pop()  # the dash
            first = out.pop()
            out.append(Token(f"{first.text}-{t.text}", first.start, t.end))
            continue
        out.append(t)
    return out


@lru_cache(maxsize=8192)
def _raw_tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    if len(text) >= _LONG_TEXT:
        whole, starts = _whole_tokens(text)
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        # A span cut out of the text's own tokens, unless it begins or ends inside a token
        # (then the token is cut at the span's edge, as the span alone would read it)
        if not (i and whole[i - 1].end > start) and not (j > i and whole[j - 1].end > end):
            return whole[i:j]
    return _cut(text, start, end)


def _cut(text: str, start: int, end: int) -> tuple[Token, ...]:
    return tuple(
        [Token(mt.group(), mt.start(), mt.end()) for mt in _TOKEN.finditer(text, start, end)]
    )


#: A text this long (a whole document, not a line) is cut into tokens once, and its spans'
#: tokens taken from that one cut: the passes ask for tens of thousands of its spans
_LONG_TEXT = 2000


@lru_cache(maxsize=16)
def _whole_tokens(text: str) -> tuple[tuple[Token, ...], list[int]]:
    whole = _cut(text, 0, len(text))
    return whole, [t.start for t in whole]


#: Somewhere in the text, a capitalised word of at least four letters runs into another
#: capitalised word ("MäkiBo"): a quick test before the tokens are looked at
_GLUE_HINT = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}[A-ZÅÄÖ][a-zåäö]")
#: A token of two capitalised words run together: the first of four letters or more ("MacLeod",
#: "McDonald" keep their words), the second a first name's shape
_GLUED_TOKEN = re.compile(r"([A-ZÅÄÖ][a-zåäö]{3,})([A-ZÅÄÖ][a-zåäö]+)")


def _unglue(toks: list[Token]) -> list[Token]:
    """Tokens with each word of two capitalised words run together ("MäkiBo") parted in two,
    when a capitalised word stands before it and after it with only a space between ("Aino
    MäkiBo Lind"), the word after perhaps run together in turn."""
    out: list[Token] = []
    for j, t in enumerate(toks):
        mt = _GLUED_TOKEN.fullmatch(t.text)
        if (
            mt
            and 0 < j < len(toks) - 1
            and (toks[j - 1].is_cap or _GLUED_TOKEN.fullmatch(toks[j - 1].text))
            and _space_between(toks[j - 1], t)
            and (toks[j + 1].is_cap or _GLUED_TOKEN.fullmatch(toks[j + 1].text))
            and _space_between(t, toks[j + 1])
        ):
            cut = t.start + mt.end(1)
            out.append(Token(mt.group(1), t.start, cut))
            out.append(Token(mt.group(2), cut, t.end))
        else:
            out.append(t)
    return out


#: A line of ``text`` (blank lines are no entries: a column's lines may have them between).
_SHORT_LINE = re.compile(r"[^\n]*\S[^\n]*")
#: A person's name of three capitalised words ("Bo Lind Norrby"), and a run of them joined by
#: commas and "och" or "samt" (:meth:`Reader._places_after_names_in_prose`).
_THREE_WORD_NAME = r"[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w-]+(?![\w-])"
_RUN_OF_THREE_WORD_NAMES = re.compile(
    rf"(?<![\w-]){_THREE_WORD_NAME}(?:[ \t]*,[ \t]*{_THREE_WORD_NAME})*"
    rf"[ \t]*,?[ \t]+(?:och|samt)[ \t]+{_THREE_WORD_NAME}"
)
#: A capitalised word in the elative or ablative by its ending ("Kolhosta", "Multialta").
_WHENCE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:sta|stä|lta|ltä)")
#: A word of a list line of names and places ("Norrby-Ås", "Kassör").
_LINE_WORD = re.compile(r"[^\W\d_][\w'-]*")

#: The word classes a body's head word may be read as.
_HEAD_CLASSES = (m.NOUN, m.UNKNOWN, m.OTHER, m.NAME, m.ADJECTIVE)


#: "Aino Ekin erottua yhdistyksestä", "Bo Lindin luovuttua tehtävästään": after the person
#: in the genitive right before the words left (the absolute construction).
_LEFT_ABSOLUTE = re.compile(
    r"(?P<name>[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w-]+n)[ \t]+(?:erottua|luovuttua)(?![\w-])"
)


class Reader:
    """Reads names with one lexicon and one morphology."""

    def __init__(self, lex: Lexicon, morph: Morphology) -> None:
        self.lex = lex
        self.morph = morph
        self.finnish = lex.lang == "fi"
        self.rules = m.RuleMorphology()
        # the passes ask for the persons and bodies of the same tokens many times over; what
        # they get depends on the tokens and the lexicon only (see ``forget``)
        self._persons: dict[tuple[tuple[Token, ...], bool], tuple[Mention, ...]] = {}
        self._bodies: dict[tuple[Token, ...], tuple[Mention, ...]] = {}
        # and ask about the same words: a body's head word and kind, a word no name has
        self._heads: dict[str, tuple[m.Analysis, str] | None] = {}
        self._excluded: dict[str, bool] = {}
        # the words the document prints after persons' names as where they are from (see
        # ``learn_page_places``)
        self.page_places: frozenset[str] = frozenset()
        # the document names an organ by a compound of "toimielin" (``learn_page_organ``)
        self.page_organ = False

    def forget(self) -> None:
        """Drop the persons and bodies read so far: the lexicon has changed (its spellings
        of a new document)."""
        self._persons.clear()
        self._bodies.clear()
        self._heads.clear()
        self._excluded.clear()

    def learn_page_organ(self, text: str) -> None:
        """Whether ``text`` names an organ by a compound of "toimielin" ("Väliaikainen
        valmistelutoimielin"): only then is the bare word ("toimielimessä") a body, the organ
        named again. Call :meth:`forget` after it."""
        self.page_organ = self.finnish and _ORGAN_NAMED.search(text) is not None

    def learn_page_places(self, text: str) -> None:
        """The words ``text`` prints as a column of places after persons' names, one a line
        ("Kassör Bo Lind Norrby-Ås", "Ledamot Eva Ek Norrby-Ås", "Ledamot Gun Holm
        Västerby"): a capitalised word that ends three lines or more after two capitalised
        words each (other names before it each time), and the word ending a line next to such
        a line. Never a word of an office, a post, a body or an organisation, nor (with
        voikko) a first name, nor by the neighbour alone a surname. Call :meth:`forget` after
        it."""
        entries: list[tuple[str, tuple[str, str]] | None] = []
        for line in _SHORT_LINE.finditer(text):
            words = line.group().split()
            if not words:
                continue
            last = words[-1]
            if (
                3 <= len(words) <= 7
                and all(_LINE_WORD.fullmatch(w) for w in words)
                and _CAP_WORD.fullmatch(last)
                and not last.isupper()
                and _CAP_WORD.fullmatch(words[-2])
                and _CAP_WORD.fullmatch(words[-3])
            ):
                entries.append((last, (words[-3], words[-2])))
            else:
                entries.append(None)
        before: dict[str, set[tuple[str, str]]] = {}
        for entry in entries:
            if entry is not None:
                before.setdefault(entry[0], set()).add(entry[1])
        repeated = {
            w for w, names in before.items() if len(names) >= 3 and self._may_be_place(w, False)
        }
        if not repeated:
            self.page_places = self._places_after_names_in_prose(text)
            return
        places = set(repeated)
        for k, entry in enumerate(entries):
            if entry is None or entry[0] in places:
                continue
            near = [entries[n] for n in (k - 1, k + 1) if 0 <= n < len(entries)]
            if any(e is not None and e[0] in repeated for e in near) and self._may_be_place(
                entry[0], True
            ):
                places.add(entry[0])
        self.page_places = frozenset(places) | self._places_after_names_in_prose(text)

    def _places_after_names_in_prose(self, text: str) -> frozenset[str]:
        """Swedish: "valdes Bo Lind Norrby, Eva Ek Västerby och Gun Holm Västerby" (a run
        of names of three words each): the last words are where the persons live when one
        of them comes back after another name of the run, or the page names it as a place
        elsewhere ("på Västerby bygdegård"). Never in a run where a middle word may be a
        first name ("Anna Maria Berg och Eva Lena Berg": sisters)."""
        if self.finnish:
            return frozenset()
        places: set[str] = set()
        for run in _RUN_OF_THREE_WORD_NAMES.finditer(text):
            if re.search(r"[A-ZÅÄÖ][\w-]*[ \t]+$", text[max(0, run.start() - 40) : run.start()]):
                continue  # ("Ordförande Bo Lind Norrby, …": the words may begin before it)
            names = [n.split() for n in re.findall(_THREE_WORD_NAME, run.group())]
            lasts = [w[-1] for w in names]
            again = any(len({tuple(w[:2]) for w in names if w[-1] == x}) >= 2 for x in lasts)
            named = any(
                re.search(rf"(?<![\w-])(?:på|i|vid|från)[ \t]+{re.escape(x)}(?![\w-])", text)
                for x in lasts
            )
            if not (again or named) or any(self._only_first_name(w[1]) for w in names):
                continue
            places |= {x for x in lasts if self._may_be_place(x, False)}
        return frozenset(places)

    def _may_be_place(self, word: str, neighbour: bool) -> bool:
        """Whether ``word`` may be a place of :meth:`learn_page_places` (``neighbour``: by the
        line next to a repeated one alone)."""
        if (
            self._word_is_excluded(word)
            or self.lex.is_occupation(word)
            or word.casefold() in self.lex.treasurer
        ):
            return False
        if self.morph.name != "voikko":
            return True
        classes = self.word_classes(word)
        return m.FIRST_NAME not in classes and not (neighbour and m.SURNAME in classes)

    def analyse(self, word: str) -> tuple[m.Analysis, ...]:
        """voikko's readings, else the rules' (a word voikko does not know)."""
        return self.morph.analyse(word) or self.rules.analyse(word)

    @staticmethod
    def text_of(toks: list[Token], j: int) -> Token:
        return toks[j]

    # -- people -------------------------------------------------------------------------------

    def _word_is_excluded(self, word: str) -> bool:
        try:
            return self._excluded[word]
        except KeyError:
            pass
        excluded = self._excluded[word] = self._read_excluded(word)
        return excluded

    def _read_excluded(self, word: str) -> bool:
        low = word.casefold()
        if low in self.lex.not_names:
            return True
        if _ABBREVIATION_COMPOUND.fullmatch(word):
            return True  # "HR-chef", "IT-konsultti": a common noun, an abbreviation before it
        if self.lex.role_of(low) or self.lex.body_kind(self._base(word)) or self.lex.body_kind(low):
            return True
        if self.lex.seat_compound(low):
            return True  # "Styrelsemedlemmarna A, B och C": the seats' word, no first name
        if self.lex.org_words and self.lex.org_words_re.fullmatch(low):
            return True  # "Thorén Innovation School", "Vaasan lyseon lukio"
        return self.lex.org_kind(low) is not None

    def _genitive_then_whence(self, words: list[Token]) -> bool:
        """Two words, the first read only in the genitive (a place's or a common noun's) and
        the second a common noun in the elative or ablative, never a name ("Suomen
        Kuntaliitosta"): where a person comes from, printed after the name (voikko)."""
        first = self.morph.analyse(words[0].text)
        last = self.morph.analyse(words[1].text)
        return (
            bool(first)
            and bool(last)
            and all(a.case == "gen" and a.cls in (m.PLACE, m.NOUN) for a in first)
            and any(a.case in ("ela", "abl") for a in last)
            and all(a.cls == m.NOUN for a in last)
        )

    def _nickname_at(self, toks: list[Token], j: int, first: Token) -> bool:
        """A nickname in parentheses at token ``j``, between a first name and the surname
        ("Marja-Leena (Marjukka) Helenius"): one capitalised word of three letters or more, no
        abbreviation nor a party's word, a space and a capitalised word after the bracket, then
        a comma, a full stop or "ja"; with voikko, the word before it is a first name."""
        if (
            j + 3 >= len(toks)
            or toks[j].text != "("
            or toks[j + 2].text != ")"
            or not _NICKNAME.fullmatch(toks[j + 1].text)
            or _PARTY_WORD.fullmatch(toks[j + 1].text.casefold())
            or not toks[j + 3].is_cap
            or toks[j + 3].start - toks[j + 2].end != 1
            or toks[j].start - first.end != 1
            # (the name ends after the surname: not "Röberg (Conny) Tel: 070 …", a place and
            # a contact's name before a phone number)
            or not (
                j + 4 >= len(toks)
                or toks[j + 4].text in (",", ".", ";", ")")
                or toks[j + 4].text.casefold() in ("ja", "sekä", "och", "samt")
            )
        ):
            return False
        if self.morph.name == "voikko":
            return m.FIRST_NAME in self.word_classes(first.text) and not (
                self.word_classes(toks[j + 1].text) & {m.PLACE, m.NOUN}
            )
        return True

    def _unknown_whence(self, toks: list[Token], j: int) -> bool:
        """Whether token ``j`` after a first name and a surname (Finnish) is a place in the
        elative or ablative that the gazetteer does not know ("Kolhosta", "Puuppolasta"): a
        capitalised word of seven letters or more ending so, read by voikko (if at all) in
        those cases only and as no name, before a comma, "ja", "sekä", a full stop, a closing
        bracket or the end."""
        word = toks[j].text
        if not self.finnish or len(word) < 7 or not _WHENCE_WORD.fullmatch(word):
            return False
        if j + 1 < len(toks) and toks[j + 1].text.casefold() not in (",", "ja", "sekä", ".", ")"):
            return False
        readings = self.morph.analyse(word) if self.morph.name == "voikko" else ()
        if any(a.case not in ("ela", "abl") for a in readings):
            return False  # (a word in another case too is no certain place)
        return not self.word_classes(word) & {m.FIRST_NAME, m.SURNAME}

    def _local_place(self, word: str, *, strict: bool = True) -> bool:
        """A place name in a local case ("Hämeenkyröstä", "Tampereella"). Not ``strict``
        (after a first name and a surname): a word voikko also reads as a common noun, as long
        as every reading is in a local case ("Seinäjoelta": a place and "seinä" + "joki")."""
        if not self.finnish or self.morph.name != "voikko":
            return False
        readings = self.morph.analyse(word)
        local = ("ine", "ela", "ill", "ade", "abl", "all")
        if not strict:
            return any(a.cls == m.PLACE for a in readings) and all(
                a.case in local for a in readings
            )
        return bool(readings) and all(a.cls == m.PLACE and a.case in local for a in readings)

    def _place_genitive_before_word(self, toks: list[Token], j: int) -> bool:
        """A place name in the genitive followed by a lower-case word ("Vaasan lyseon"): the
        beginning of what qualifies a thing, not a part of a name before it."""
        if not self.finnish or self.morph.name != "voikko" or j + 1 >= len(toks):
            return False
        nxt = toks[j + 1].text
        if not nxt[:1].islower() or not nxt[:1].isalpha():
            return False
        readings = self.morph.analyse(toks[j].text)
        return bool(readings) and all(a.cls == m.PLACE and a.case == "gen" for a in readings)

    def _place_genitive(self, word: str) -> bool:
        """A capitalised place name in the genitive ("Järvenpään", also a lake's end), with
        voikko."""
        if not self.finnish or self.morph.name != "voikko" or not word[:1].isupper():
            return False
        readings = self.morph.analyse(word)
        return (
            bool(readings)
            and all(a.case == "gen" for a in readings)
            and any(a.cls == m.PLACE for a in readings)
        )

    def _place_in_nominative(self, word: str) -> bool:
        """A capitalised Finnish word that names a place in the nominative ("Helsinki"): by
        the bundled gazetteer, and with voikko by its readings (a place, nominative only)."""
        if not self.finnish or not word[:1].isupper():
            return False
        found = place_of(word, self.morph)
        if found is None or found.form != "nom":
            return False
        readings = self.morph.analyse(word) if self.morph.name == "voikko" else ()
        return all(a.case == "nom" for a in readings)

    def _genitive_before_word(self, toks: list[Token], j: int) -> bool:
        """After a first name and a surname, a word read only in the genitive followed by a
        word ("Nurmeksen Eläkeläiset", "Eläkeliiton Nurmeksen yhdistys"): the beginning of an
        organisation's name printed after the person's with no separator."""
        if not self.finnish or self.morph.name != "voikko":
            return False
        if j + 1 >= len(toks):
            # "Aino Mäki Nurmeksen" at the end of what is read: a cut organisation's town
            readings = self.morph.analyse(toks[j].text)
            return bool(readings) and all(a.cls == m.PLACE and a.case == "gen" for a in readings)
        nxt = toks[j + 1]
        if not nxt.text[:1].isalnum() or not _space_between(toks[j], nxt):
            return False
        readings = self.morph.analyse(toks[j].text)
        if any(a.cls == m.SURNAME for a in readings) and not nxt.is_cap:
            # "Anna Maria Virtasen puheenjohtajaksi": her surname's genitive; but "Aino Mäki
            # Virtain kaupunki": a town's genitive before a noun in the nominative
            after = self.morph.analyse(nxt.text)
            if not after or not all(a.cls == m.NOUN and a.case == "nom" for a in after):
                return False
        return (
            bool(readings)
            and all(
                a.case == "gen" and a.cls in (m.PLACE, m.NOUN, m.ADJECTIVE, m.SURNAME)
                for a in readings
            )
            and any(a.cls in (m.PLACE, m.NOUN, m.ADJECTIVE) for a in readings)
        )

    def _local_case_noun(self, word: str) -> bool:
        """A capitalised word voikko reads only as a noun or a name in a local case
        ("Koulukeskuksesta", "Kyläkoulussa"), never a first name or a surname: where a person
        is from, printed after the name."""
        if not self.finnish or self.morph.name != "voikko" or not word[:1].isupper():
            return False
        readings = self.morph.analyse(word)
        return bool(readings) and all(
            a.case in ("ine", "ela", "ade", "abl") and a.cls in (m.NOUN, m.NAME) for a in readings
        )

    def _whence_from(self, toks: list[Token], j: int) -> bool:
        """Whether the words at token ``j`` say where a person named before them comes from:
        a noun in a local case ("Koulukeskuksesta"), or a capitalised word that is no first
        name or surname before one ("Taideyliopiston Sibelius-Akatemiasta", "Metropolia
        Ammattikorkeakoulusta")."""
        if self._local_case_noun(toks[j].text):
            return True
        return (
            j + 1 < len(toks)
            and toks[j].is_cap
            and _space_between(toks[j], toks[j + 1])
            and self._local_case_noun(toks[j + 1].text)
            and not self.word_classes(toks[j].text) & {m.FIRST_NAME, m.SURNAME}
        )

    def word_classes(self, word: str) -> set[str]:
        """The word classes the word-form reader gives the word (first name, surname, noun …)."""
        return {a.cls for a in self.morph.analyse(word)}

    def _only_first_name(self, word: str) -> bool:
        """voikko reads the word as a first name and as nothing else ("Arto", "Eila")."""
        return self.word_classes(word) == {m.FIRST_NAME}

    def _next_name_begins(self, toks: list[Token], j: int, words: list[Token]) -> bool:
        """Token ``j`` begins the next person's name in a run of names printed surname first
        with no separator ("Lankinen Veikko Montonen Jiri": a table's columns flattened), with
        voikko: the name so far is a word that is no first name and a word that is only a
        first name, token ``j`` is no first name and the word after it is only a first name.
        A name printed first name first keeps its words ("Anna Maria Virtanen")."""
        if self.morph.name != "voikko" or len(words) != 2 or j + 1 >= len(toks):
            return False
        t, nxt = toks[j], toks[j + 1]
        if not nxt.is_cap or not _space_between(t, nxt):
            return False
        if not self._only_first_name(words[1].text):
            return False
        if m.FIRST_NAME in self.word_classes(words[0].text):
            return False
        return m.FIRST_NAME not in self.word_classes(t.text) and self._only_first_name(nxt.text)

    def _genitive_asked(self, toks: list[Token], i: int, last: Token) -> bool:
        """Whether the words around the name at token ``i`` ask for it in the genitive: an
        office in the genitive right before it ("lautakunnan jäsenen Janne Kiviojan
        henkilökohtaiseksi varajäseneksi") or a word taking a genitive right after it ("Matti
        Virtasen tilalle", "Aino Mäki-Petäjän henkilökohtaiseksi varajäseneksi")."""
        if not self.finnish or not last.text.endswith("n"):
            return False
        k = next((x for x in range(i, len(toks)) if toks[x].start >= last.end), len(toks))
        if k < len(toks) and _GENITIVE_TAKER.fullmatch(toks[k].text):
            return True
        if i == 0:
            return False
        before = toks[i - 1].text
        return (
            before[:1].islower()
            and before.endswith("n")
            and bool(self.lex.role_of(before))
            and any(a.case == "gen" and not a.plural for a in self.morph.analyse(before))
        )

    def _name_after_genitive(self, toks: list[Token], j: int, words: list[Token]) -> bool:
        """Token ``j`` begins the next person's name after a name whose last word is in the
        genitive and nothing else ("valitsi jäseneksi Matti Virtasen Liisa Korhosen tilalle"):
        the name so far opens with a first name, token ``j`` is only a first name and a
        capitalised word follows it. Without voikko, the genitive is that of a surname in -nen
        ("Virtasen") and the first names are those of the list."""
        if not self.finnish or j + 1 >= len(toks):
            return False
        t, nxt = toks[j], toks[j + 1]
        if not nxt.is_cap or not _space_between(t, nxt):
            return False
        if self.morph.name != "voikko":
            return (
                first_name(words[0].text) is not None
                and first_name(t.text) is False
                and re.search(r"[aeiouyäö]sen$", words[-1].text) is not None
            )
        if not self._only_first_name(t.text):
            return False
        if m.FIRST_NAME not in self.word_classes(words[0].text):
            return False
        readings = self.morph.analyse(words[-1].text)
        return bool(readings) and all(a.case == "gen" and not a.plural for a in readings)

    def _broken_first_name(self, toks: list[Token], j: int) -> bool:
        """Token ``j`` is the first half of a double first name broken after its hyphen and
        a space ("Anna- Lena Berg"): a capitalised word ending in the hyphen, a capitalised
        word one space after it and a capitalised surname after that; no place or region
        ("Etelä- Pohjanmaan"), and with voikko one half or both a first name."""
        t = toks[j]
        if not (
            t.text.endswith("-")
            and len(t.text) >= 4
            and re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+-", t.text)
            and j + 2 < len(toks)
        ):
            return False
        nxt, sur = toks[j + 1], toks[j + 2]
        if not (
            nxt.start - t.end == 1
            and re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+", nxt.text)
            and sur.is_cap
            and _space_between(nxt, sur)
        ):
            return False
        halves = (t.text[:-1], nxt.text)
        if any(
            h.casefold() in self.lex.not_names
            or place_of(h, self.morph)
            or self._word_is_excluded(h)
            for h in halves
        ):
            return False
        if self.morph.name == "voikko":
            return any(m.FIRST_NAME in self.word_classes(h) for h in halves)
        return True

    def _party_qualifier(self, toks: list[Token], j: int) -> bool:
        """Token ``j`` is a word of a party's name before its party word ("Kansallinen" in
        "Kansallinen Kokoomus", "Suomen" in "Suomen Keskusta"), no first name or surname,
        with voikko."""
        if self.morph.name != "voikko" or j + 1 >= len(toks):
            return False
        nxt = toks[j + 1]
        if not _space_between(toks[j], nxt) or not _PARTY_WORD.fullmatch(nxt.text.casefold()):
            return False
        return not self.word_classes(toks[j].text) & {m.FIRST_NAME, m.SURNAME}

    def _place_after_name(self, word: str, words: list[Token]) -> bool:
        """After a first name and a surname, a word voikko reads as a place and as no name
        ("Leena Ruusunen Uusimaa", "Veijo Lehto Helsinki"): where the person is from. A name
        whose last word so far may be a first name keeps a surname that is also a place ("Anna
        Maria Lahti")."""
        if self.morph.name != "voikko" or not self.finnish:
            return False
        here = self.word_classes(word)
        if m.PLACE not in here or here & {m.FIRST_NAME, m.SURNAME}:
            return False
        if m.FIRST_NAME not in self.word_classes(words[0].text):
            return False
        return m.FIRST_NAME not in self.word_classes(words[-1].text)

    def _full_name(self, words: list[str]) -> bool:
        """Two words or more that can be a first name and a surname: with voikko, one of them
        is no first name or is also a surname ("Anna Maria" is two first names)."""
        if len(words) < 2:
            return False
        if self.morph.name != "voikko":
            return True
        return any(m.FIRST_NAME not in (c := self.word_classes(w)) or m.SURNAME in c for w in words)

    def _run_surname_first(self, words: list[str]) -> bool:
        """Three words or more after a place that end in a first name ("Laitila Sami Honkanen
        Arja"): names printed surname first one after another, the place a surname."""
        return len(words) >= 3 and self._only_first_name(words[-1])

    def name_without_places(self, words: list[str]) -> tuple[int, int]:
        """The span (first, end) of ``words`` that is a person's name when a place is printed
        before or after it in one cell ("Hankasalmi Fernanda Souza", "Erik Wiklund Umeå"):
        the same checks as :meth:`person_at`; all of ``words`` when no place is to go."""
        first, end = 0, len(words)
        if len(words) >= 3:
            found = place_of(words[0], self.morph)
            if (
                found is not None
                and found.form != "gen"
                and self._may_leave(found.place, start=True)
                and m.FIRST_NAME not in self.word_classes(words[0])
                and self._full_name(words[1:])
                and not self._run_surname_first(words[1:])
            ):
                first = 1
        if end - first >= 3:
            found = place_of(words[-1], self.morph)
            if (
                found is not None
                and self._full_name(words[first:-1])
                and self._may_leave(found.place, words[first:-1])
            ):
                end -= 1
        return first, end

    @staticmethod
    def _first_name_place(word: str) -> bool:
        found = place_of(word)
        return found is not None and found.place.first_name

    def _place_ends_name(self, toks: list[Token], j: int, words: list[Token]) -> bool:
        """After two words or more of a whole name, token ``j`` is a place ("Erik Wiklund
        Umeå", "Paavo Korhonen Pohjois-Karjalasta", "Susanne Lundin Linköpings"): where the
        person is from. A name left with two first names keeps it ("Anna Maria Salo"), as does
        a name before a party in parentheses ("Ellinor Liljegren Kalmar (M)": a second
        surname); without voikko a place that is also a common surname stays in the name."""
        found = place_of(toks[j].text, self.morph)
        if found is None or not self._full_name([w.text for w in words]):
            return False
        if (
            j + 3 < len(toks)
            and toks[j + 1].text == "("
            and toks[j + 2].text.isupper()
            and toks[j + 3].text == ")"
        ):
            return False
        if (
            found.form == "local"
            and self.finnish
            and not self._read_in_nominative(toks[j].text)
            and not found.place.first_name
            and not self._only_first_name(words[-1].text)
        ):
            # "Olli Oja Kokkolasta": a surname that is also a place is not in a local case
            # after a name in the nominative; the place is where the person comes from (with
            # voikko also a word it reads as a surname's partitive, "Salosta")
            return True
        return self._may_leave(found.place, [w.text for w in words])

    def _read_in_nominative(self, word: str) -> bool:
        """Whether voikko reads the word in the nominative ("Kokkola"); never without it."""
        if self.morph.name != "voikko":
            return False
        return any(a.case == "nom" for a in self.morph.analyse(word))

    def _may_leave(self, place: Place, rest: Iterable[str] = (), *, start: bool = False) -> bool:
        """Whether a place may be taken off a name: never a first name before it ("Simo
        Juhani Virtanen"); never after a name that would then end in a first name ("Per Erik
        Berg"); a place that is also a common surname ("Lahti", "Berg") never without voikko,
        and with it after a name only when a word left is a surname or a word voikko does not
        know ("Marjatta Tjäru Kokkola")."""
        if start:
            return not place.first_name and (not place.surname or self.morph.name == "voikko")
        if not place.surname:
            left = list(rest)
            return not (left and self._only_first_name(left[-1]))
        if self.morph.name != "voikko":
            return False
        left = list(rest)
        if left and self._only_first_name(left[-1]):
            return False
        return any(not (c := self.word_classes(w)) or m.SURNAME in c for w in left)

    def left_in_genitive(self, text: str) -> list[Mention]:
        """The people the text says left, in the genitive right before "erottua" or
        "luovuttua" ("Aino Ekin erottua yhdistyksestä")."""
        gone: list[Mention] = []
        if not self.finnish:
            return gone
        for mt in _LEFT_ABSOLUTE.finditer(text):
            toks = tokens(text, mt.start("name"), mt.end("name"))
            person = self.person_at(toks, 0, genitive=True) if toks else None
            if person is not None and person.end == mt.end("name"):
                gone.append(person)
        return gone

    def person_at(
        self, toks: list[Token], i: int, *, in_list: bool = False, genitive: bool = False
    ) -> Mention | None:
        """A person's name beginning at token ``i``, or None."""
        words: list[Token] = []
        j = i
        if (
            i < len(toks)
            and toks[i].is_cap
            and (
                self.lex.is_occupation(toks[i].text)
                # (nor a treasurer's post on a page with a column of places: "Kassör Bo Lind
                # Norrby")
                or (self.page_places and toks[i].text.casefold() in self.lex.treasurer)
            )
        ):
            return None  # "Liikuntatoimenjohtaja Mikko Latva-Kiskola": a title begins no name
        if in_list and (
            initialled := self.initials_name_at(toks, i, genitive=genitive, asked=True)
        ):
            return initialled  # "V. Mikkola, T.H.Vilppula, Th. Hellman": initials and a surname
        whence_next = False
        while j < len(toks) and len(words) < 4:
            t = toks[j]
            if words and (
                self._local_place(t.text, strict=len(words) < 2)
                # "Sulo Kattila Kolhosta, …": a village no dictionary knows, where the person
                # is from
                or (len(words) == 2 and self._unknown_whence(toks, j))
                # "Leppänen Vesilahdelta": a surname alone, where the person is from after it
                or (
                    len(words) == 1
                    and self._local_place(t.text, strict=False)
                    and m.FIRST_NAME not in self.word_classes(words[0].text)
                    and not self.word_classes(t.text) & {m.FIRST_NAME, m.SURNAME}
                )
            ):
                whence_next = True
                break  # "Katariina Pylsyä Hämeenkyröstä": where she is from, not her name
            if len(words) >= 2 and t.text.isupper() and len(t.text) <= 4:
                break  # "Dora Lind KD": a party's abbreviation after the name
            if len(words) >= 2 and t.text.casefold() in _MAIL_LINK_WORDS:
                break  # "Bo Rosengren  Skicka epost": a link to write to the person
            if len(words) >= 2 and t.text.casefold() in _ELECTION_NOTE_WORDS:
                break  # "Christer Otterström Nyval": the election's note after the name
            if len(words) >= 2 and _CALL_SIGN.fullmatch(t.text):
                break  # "Sven-Erik Thor SM0WAV": an amateur radio operator's call sign
            if len(words) >= 2 and self.finnish and t.text.casefold() in m.NUMERALS:
                # "… ja Mirkka Hynninen Kolme kilpailun parasta …": a count opens the next
                # sentence, its full stop missing
                break
            if (
                in_list
                and len(words) >= 2
                and t.is_cap
                and len(t.text) >= 8
                and j + 1 < len(toks)
                and toks[j + 1].is_cap
                and _space_between(t, toks[j + 1])
                and self.lex.is_occupation(t.text)
            ):
                break  # "Aino Mäki Puheterapeutti Eeva Ek": the next person's title between
            if _ORG_COMPOUND.fullmatch(t.text):
                break  # "Kylän Kirkonkylä-kerho": a club's name, its head joined by a hyphen
            if len(words) >= 2 and t.text in self.page_places:
                break  # "Bo Lind Norrby-Ås": the page's column of places after the names
            if (
                len(words) >= 2
                and t.is_cap
                and (
                    j + 1 == len(toks)
                    or (
                        j + 2 < len(toks)
                        and toks[j + 1].text[:1].islower()
                        and toks[j + 2].text in (".", "@", "(")
                    )
                )
                and (self.lex.is_occupation(t.text) or t.text.casefold() in self.lex.treasurer)
            ):
                # "Aino Berg Ekonom aino.berg(at)…", "Bo Lind Kassör bo@…": the person's post
                # after the name, the e-mail address after it
                break
            if words and self._place_genitive_before_word(toks, j):
                break  # "Antonio Teca Vaasan lyseon lukiosta": his school's town
            if words and self.finnish and _genitives_before_representative(toks, j):
                # "Jouko Arvola Pohjois-Pohjanmaan edustajana", "Laura Jetsu Kylälän kunnan
                # edustajana": whom the person sits for
                break
            if len(words) >= 2 and self._genitive_before_word(toks, j):
                break  # "Aino Mäki Nurmeksen Eläkeläiset ry": the organisation she is for
            if (
                self.finnish
                and len(words) >= 2
                and j + 1 < len(toks)
                and t.text.endswith("n")
                and not t.text.endswith("nen")
                and _institution_after(toks, j)
                and not any(
                    a.cls == m.SURNAME and a.case == "nom" for a in self.morph.analyse(t.text)
                )
            ):
                # "Aino Mäki Aron koulusta", "Aino Mäki Kolmen kylän koulusta": whose school
                # she comes from, not her name
                break
            if len(words) >= 2 and (
                # (also in running text: "jatkaa ylilääkäri Aino Mäki Kelasta")
                self._whence_from(toks, j)
                # (the rules, which know no nouns: an institution's word in a local case,
                # "Koulukeskuksesta")
                or (
                    in_list
                    and self.finnish
                    and self.morph.name != "voikko"
                    and _INSTITUTION_IN.fullmatch(t.text.casefold()) is not None
                )
            ):
                break  # "Aino Mäki Koulukeskuksesta": where she comes from, not her name
            if len(words) == 1 and self._nickname_at(toks, j, words[0]):
                j += 3  # "Marja-Leena (Marjukka) Helenius": the nickname left out of the name
                continue
            if (
                not words
                and j + 2 < len(toks)
                and toks[j + 1].text == "."
                and toks[j + 1].start == t.end
                and toks[j + 2].is_cap
                and _space_between(toks[j + 1], toks[j + 2])
                and (
                    cut_first_name(t.text)
                    # "Carl-M. Jonsson", "Jan-E. Ek": a first name and the next one's initial
                    or (
                        _NAME_HYPHEN_INITIAL.fullmatch(t.text) is not None
                        and m.FIRST_NAME in self.word_classes(t.text.partition("-")[0])
                    )
                )
            ):
                # "Alex. Forsen", "Wilh. Lund": a first name cut short, as old lists print it
                words.append(Token(t.text + ".", t.start, toks[j + 1].end))
                j += 2
                continue
            if not words and self._broken_first_name(toks, j):
                # "Anna- Lena Berg": a double first name broken after its hyphen, a surname
                # after it; the first name whole
                nxt = toks[j + 1]
                words.append(Token(t.text + nxt.text, t.start, nxt.end))
                j += 2
                continue
            if (
                in_list
                and len(words) == 1
                and t.text.endswith("-")
                and t.text[:1].isupper()
                and t.text[1:-1].isalpha()
                and j + 1 < len(toks)
                and toks[j + 1].is_cap
                and _space_between(t, toks[j + 1])
            ):
                # "Emmi Mäki- Juoni": a double surname broken after its hyphen
                nxt = toks[j + 1]
                words.append(Token(t.text + nxt.text, t.start, nxt.end))
                if j + 2 < len(toks) and not _space_between(nxt, toks[j + 2]):
                    j += 2
                    break
                j += 2
                continue
            if (
                self.finnish
                and len(words) == 1
                and t.text.endswith("-")
                and t.text[:1].isupper()
                and t.text[1:-1].isalpha()
                and j + 1 < len(toks)
                and re.fullmatch(r"[a-zåäö]{3,}", toks[j + 1].text)
                and toks[j + 1].text not in ("ja", "tai", "sekä", "eli")
                and toks[j + 1].start - t.end == 1
            ):
                # "Aarne Laak- konen": a surname broken by a hyphen at the end of a line, its
                # lower-case rest after the space; the word whole
                nxt = toks[j + 1]
                words.append(Token(t.text[:-1] + nxt.text, t.start, nxt.end))
                j += 2
                break
            if (
                in_list
                and len(words) >= 2
                and j + 1 < len(toks)
                and _ORG_HEAD_AFTER.fullmatch(toks[j + 1].text)
                and _space_between(t, toks[j + 1])
            ):
                break  # "Aino Mäki Testi-Naiset liitto ry:stä": the organisation she comes from
            if len(words) >= 2 and self._next_name_begins(toks, j, words):
                break  # "Lankinen Veikko Montonen Jiri": two names with nothing between
            if len(words) >= 2 and self._name_after_genitive(toks, j, words):
                break  # "Matti Virtasen Liisa Korhosen tilalle": two names, the first ended
            # (after a middle name's initial, "Aino S. Nieminen", the word is the surname,
            # even one that is also a place's name)
            initial = bool(words) and _INITIALS.fullmatch(words[-1].text) is not None
            if len(words) >= 2 and not initial and self._place_after_name(t.text, words):
                break  # "Niilo Hamari Pohjanmaa": where he is from, printed after his name
            if len(words) >= 2 and not initial and self._place_ends_name(toks, j, words):
                break  # "Erik Wiklund Umeå": where he is from, printed after his name
            if _PARTY_WORD.fullmatch(t.text.casefold()) or (
                len(words) >= 2 and self._party_qualifier(toks, j)
            ):
                break  # "Aino Lehto Perussuomalaiset", "Aino Lehto Kansallinen Kokoomus"
            if (
                len(words) == 1
                and j + 4 < len(toks)
                and _initial_at(toks, j)
                and _initial_at(toks, j + 2)
                and toks[j + 2].start - toks[j + 1].end <= 1
                and toks[j + 4].is_cap
                and _space_between(toks[j + 3], toks[j + 4])
            ):
                # "Tuomas M.S. Lehtonen", "Aino K. S. Ek": two middle names' initials between
                # first name and surname, written as printed
                gap = " " * (toks[j + 2].start - toks[j + 1].end)
                said = f"{t.text}.{gap}{toks[j + 2].text}."
                words.append(Token(said, t.start, toks[j + 3].end))
                j += 4
                continue
            if (
                len(words) == 1
                and j + 2 < len(toks)
                and _initial_at(toks, j)
                and toks[j + 2].is_cap
                and _space_between(toks[j + 1], toks[j + 2])
            ):
                # "Juhani A. Rajala": a middle name's initial between first name and surname
                words.append(Token(t.text + ".", t.start, toks[j + 1].end))
                j += 2
                continue
            if (
                len(words) == 1
                and len(t.text) == 1
                and t.text.isupper()
                and j + 1 < len(toks)
                and toks[j + 1].is_cap
                and len(toks[j + 1].text) > 1
                and _space_between(t, toks[j + 1])
                and _space_between(words[0], t)
            ):
                # "Anders T Karlsson": the initial printed without its full stop
                words.append(t)
                j += 1
                continue
            if (
                in_list
                and len(words) == 1
                and t.is_cap
                and t.text.casefold() in self.lex.not_names
                and not self.lex.role_of(t.text.casefold())
                and not self.lex.body_kind(t.text.casefold())
                and j + 1 < len(toks)
                and toks[j + 1].text in ("(", ",")
                and (
                    self._only_first_name(words[0].text)
                    # (the rules know no first names: a party's abbreviation in parentheses
                    # after the word, "Leo Lähde (VIHR)")
                    or (
                        self.morph.name != "voikko"
                        and j + 3 < len(toks)
                        and toks[j + 1].text == "("
                        and re.fullmatch(r"[A-ZÅÄÖ]{2,5}", toks[j + 2].text) is not None
                        and toks[j + 3].text == ")"
                    )
                    # (or a comma and the next name of the list, two capitalised words:
                    # "Leo Lähde, Eva Ek")
                    or (
                        self.morph.name != "voikko"
                        and j + 3 < len(toks)
                        and toks[j + 1].text == ","
                        and toks[j + 2].is_cap
                        and toks[j + 3].is_cap
                        and toks[j + 2].text.casefold() not in self.lex.not_names
                        and _space_between(toks[j + 2], toks[j + 3])
                    )
                )
            ):
                # "Leo Lähde (VIHR), Nokia", "Leo Lähde, Eva Ek" in a list: a surname that is
                # also a word the rules read as no name ("lähde"), after a word that is only a
                # first name
                words.append(t)
                j += 1
                break
            if _DOUBLE_INITIAL.fullmatch(t.text) and (
                words
                or not t.is_cap
                or self._word_is_excluded(t.text)
                or j + 1 == len(toks)
                or not toks[j + 1].is_cap
                or toks[j + 1].start - t.end != 1
                or _DOUBLE_INITIAL.fullmatch(toks[j + 1].text)
                or self._word_is_excluded(toks[j + 1].text)
                # ("SI Imatrassa": a club's letters before its town in a local case)
                or (self.finnish and self._local_place(toks[j + 1].text, strict=False))
                or (
                    j + 2 < len(toks)
                    and toks[j + 2].is_cap
                    and _space_between(toks[j + 1], toks[j + 2])
                )
            ):
                break  # two capitals that are no double first name's initials before a surname
            if _DOUBLE_INITIAL.fullmatch(t.text):
                # "KG Persson", "PG Lind": a double first name's initials, the surname after
                # them ends the name
                words.append(t)
                j += 1
                continue
            if (
                words
                and t.is_cap
                and (cut := _ROLE_GLUED_AFTER.search(t.text)) is not None
                and (self.lex.role_of(cut.group(1)) or cut.group(1) in _GLUED_DUTIES)
            ):
                # "Bror Johansson-ordförande", "Janerik Thelin-sammankallande": the seat glued
                # to the surname by a hyphen, no part of the name
                words.append(Token(t.text[: cut.start()], t.start, t.start + cut.start()))
                break
            if (t.is_cap and not self._word_is_excluded(t.text.split(":")[0])) or (
                t.text in _PARTICLES
                and words
                and j + 1 < len(toks)
                and (
                    toks[j + 1].is_cap
                    # "Eva van der Berg": two particles in a row before the surname
                    or (toks[j + 1].text in _PARTICLES and j + 2 < len(toks) and toks[j + 2].is_cap)
                )
            ):
                words.append(t)
            else:
                break
            if j + 1 < len(toks) and not _space_between(self.text_of(toks, j), toks[j + 1]):
                break  # the next word is not after a space: "Name, title", "Name /"
            j += 1
        while words and words[-1].text in _PARTICLES:
            words.pop()
        if (
            self.lex.org_words
            and j < len(toks)
            and toks[j].is_cap
            and self.lex.org_words_re.fullmatch(toks[j].text.casefold())
            # (a school in a local case after two words is where the person comes from:
            # "Tanja Niemelä Taideyliopistosta")
            and not (len(words) >= 2 and self._whence_from(toks, j))
        ):
            return None  # "Thorén Innovation School": the name of a school, not a person
        if j < len(toks) and _COMPANY_FORM.fullmatch(toks[j].text):
            return None  # "Suomen Terveystalo Oy:n toimitusjohtaja": a company, not a person
        if (
            in_list
            and j < len(toks)
            and words
            and _ASSOCIATION_FORM.fullmatch(toks[j].text)
            and _space_between(words[-1], toks[j])
        ):
            return None  # "Kylän Kukka ry:n asioita": a registered association, not a person
        if len(words) < 2:
            return None
        if self.finnish and _compound_head_after(toks, j):
            # "Aalto Nova -museon johtaja", "Aalto & Nova -museon": the name of a museum or
            # a firm, its head word joined by a hyphen after a space, not a person's name
            return None
        if all(place_of(w.text, self.morph) for w in words) and not any(
            m.FIRST_NAME in self.word_classes(w.text) or self._first_name_place(w.text)
            for w in words
        ):
            return None  # "Hankasalmi Joutsa": places only, no one
        if (
            in_list
            and len(words) >= 3
            # (in Finnish, a list's column of towns before the names is read apart)
            and not self.finnish
            and (town := place_of(words[0].text, self.morph)) is not None
            and town.form == "nom"
            and not town.place.first_name
            and m.FIRST_NAME not in self.word_classes(words[0].text)
            and first_name(words[0].text) is None
            and (
                m.FIRST_NAME in self.word_classes(words[1].text)
                or first_name(words[1].text) is False
            )
        ):
            # "… Harstad, Göteborg Jan-Olof Hedström, Luleå Carsten Jensen": the town of the
            # entry before, its separator lost, then the next name
            return self.person_at(toks, i + 1, in_list=in_list, genitive=genitive)
        if (
            self.finnish
            and self.morph.name != "voikko"
            and len(words) >= 3
            and (whence := place_of(words[0].text, self.morph)) is not None
            and whence.form == "local"
            and not whence.place.first_name
        ):
            # "sekä Ylöjärveltä Aino Aho": a place in a local case says where the person is
            # from; a name is inflected in its last word only, its first word never is (voikko
            # reads the place's class below)
            return self.person_at(toks, i + 1, in_list=in_list, genitive=genitive)
        # (a party's name ends a name: "Ålands Socialdemokrater", "Suomen Keskusta" leave one
        # word, no one)
        last = words[-1]
        classes = [self.word_classes(w.text.split(":")[0]) for w in words]
        known_first = m.FIRST_NAME in classes[0] or m.FIRST_NAME in classes[-1]
        known_last = any(m.SURNAME in c for c in classes)
        plain = [
            c and not (c & {m.FIRST_NAME, m.SURNAME, m.NAME, m.PLACE, m.UNKNOWN}) for c in classes
        ]
        if (
            self.morph.name == "voikko"
            and len(words) >= 3
            and plain[0]
            and not any(plain[1:])
            and re.search(r"(?:ja|jä|ri|tti)$", words[0].text)
            and any(a.cls == m.NOUN for a in self.morph.analyse(words[0].text))
        ):
            # "Tiedottaja Wiljam Smolensky": a noun for a person's work (an agent noun, not
            # "Aula Maria Kaisa") before a name is a title
            return self.person_at(toks, i + 1, in_list=in_list, genitive=genitive)
        if self.morph.name == "voikko":
            if in_list and all(plain):
                return None  # "Hyvinvoiva Espoo-ohjelma": common words only
            if (
                not in_list
                and not known_first
                and not (
                    known_last and any(m.PLACE in c or m.UNKNOWN in c or not c for c in classes)
                )
                # "toimii Lila Leppänen Vesilahdelta": a word and a surname, where the person
                # is from after them, are a name whose first name the dictionary lacks
                and not (whence_next and len(words) == 2 and m.SURNAME in classes[-1])
            ):
                return None  # "Järjestöyhteistyötä Tehdään": no first name, no surname
            # a place name first ("Espoon kaupunki" is caught earlier; "Vaasan Seudun") is no
            # person unless the words are also first names
            # (but in Finnish, where a name in the genitive is asked for, a word read only as a
            # place before a surname in the genitive is a first name the dictionary files as a
            # place: "valitsi Mari Laaksosen")
            if (
                not in_list
                and classes[0] == {m.PLACE}
                and not known_first
                and not (
                    self.finnish and genitive and len(words) == 2 and classes[1] == {m.SURNAME}
                )
            ):
                return None
            first = self.morph.analyse(words[0].text)
            if self.finnish and len(words) == 2 and self._genitive_then_whence(words):
                return None  # "Suomen Kuntaliitosta": the organisation one comes from
            if (
                self.finnish
                and first
                and all(a.cls == m.PLACE and a.case == "gen" for a in first)
                and not (
                    # "Malin Lönnroth", "Simon Elo": a first name that is also a place's
                    # genitive, before a surname in the nominative
                    first_name(words[0].text) is not None
                    and len(words) == 2
                    and m.SURNAME in classes[1]
                    and all(a.case == "nom" for a in self.morph.analyse(words[1].text))
                )
            ):
                # "Joroisten Eläkkeensaajat": a place's genitive begins no name
                return None
            if (
                self.finnish
                and first
                and all(a.cls == m.NOUN and a.case == "gen" and a.plural for a in first)
            ):
                return None  # "6. Kotisivujen Domain-laskun maksaminen": a plural's genitive

            tail_readings = self.morph.analyse(words[-1].text)
            if tail_readings and all(
                a.plural
                and a.cls in (m.NOUN, m.ADJECTIVE)
                # (after a first name, a word read only as a plural in another case is a
                # surname the dictionary lacks: "Kari Hankia", not snow crusts)
                and (a.case == "nom" or not known_first)
                for a in tail_readings
            ):
                return None  # "Testilän Eläkeläiset", "Seniorit": a group of people, no one
        confidence = 0.6 + (0.2 if known_first else 0) + (0.1 if known_last else 0)
        if in_list:
            confidence += 0.05
        written_end = last.end
        written = "".join(t.text if k == 0 else " " + t.text for k, t in enumerate(words))
        name = written
        case = "nom"
        tail = last.text
        if ":" in tail:  # "Kovanen:n", rare
            written = written[: len(written) - len(tail)] + tail.split(":")[0]
        if self.finnish:
            base, case = self._person_base(
                tail, genitive or self._genitive_asked(toks, i, words[-1])
            )
            name = written[: len(written) - len(tail)] + base
        return Mention(
            words[0].start, written_end, written, name, "person", min(confidence, 0.95), case
        )

    def initials_name_at(
        self, toks: list[Token], i: int, *, genitive: bool = False, asked: bool = False
    ) -> Mention | None:
        """A name opening with its first names' initials at token ``i`` ("F. M. Pitkäniemen",
        "T. Hirnin", "T.H.Vilppula", "Th. Hellman"): one to three capitals (or a digraph's
        two letters, "Th", "Ch", "Ph") each with its full stop glued to it, then one surname
        after a space or glued to the last full stop, the name ending there; written with a
        space after each initial, the surname in its basic form (in the genitive also where
        the words around it ask for one, with ``asked``). None otherwise."""
        j, initials = i, []
        while (
            len(initials) < 3
            and j + 1 < len(toks)
            and (
                (len(toks[j].text) == 1 and toks[j].text.isupper())
                or toks[j].text in INITIAL_DIGRAPHS
            )
            and toks[j + 1].text == "."
            and toks[j + 1].start == toks[j].end
            and (not initials or toks[j].start - toks[j - 1].end <= 1)
        ):
            initials.append(toks[j].text + ".")
            j += 2
        if not initials or j >= len(toks):
            return None
        tail = toks[j]
        if (
            not tail.is_cap
            or len(tail.text) < 3
            or not tail.text[1:].replace("-", "").islower()
            or not (_space_between(toks[j - 1], tail) or tail.start == toks[j - 1].end)
            or self._word_is_excluded(tail.text)
            or (j + 1 < len(toks) and toks[j + 1].is_cap and _space_between(tail, toks[j + 1]))
        ):
            return None
        written = text = " ".join(initials) + " " + tail.text
        base, case = (tail.text, "nom")
        if self.finnish:
            genitive = genitive or (asked and self._genitive_asked(toks, i, tail))
            base, case = self._person_base(tail.text, genitive)
            text = " ".join(initials) + " " + base
        return Mention(toks[i].start, tail.end, written, text, "person", 0.65, case)

    def _person_base(self, word: str, genitive: bool) -> tuple[str, str]:
        """The basic form of the last word of a person's name."""
        readings = self.morph.analyse(word)
        if not readings and "-" in word and self.morph.name == "voikko":
            # "Korpi-Tassin": a double surname the dictionary does not know, inflected in its
            # last part ("Tassin", the genitive of "Tassi" and nothing else)
            first, _, last = word.rpartition("-")
            parts = self.morph.analyse(last) if last[:1].isupper() else []
            cases = {a.case for a in parts}
            if parts and len(cases) == 1 and "nom" not in cases and "" not in cases:
                return f"{first}-{m.keep_case(last, parts[0].base)}", parts[0].case
        # (no person is named in the plural: "Ristoja" is a surname, not "Risto" in the
        # partitive plural)
        names = [a for a in readings if a.cls in (m.SURNAME, m.FIRST_NAME, m.NAME) and not a.plural]
        if any(a.case == "nom" for a in names) or (readings and not genitive and not names):
            return word, "nom"
        if names and not any(a.case == "nom" for a in names):
            a = names[0]
            return a.base, a.case
        if genitive:
            # a surname that is also a word ("Lahden" → "Lahti", "Kokon" → "Kokko")
            gen = [a for a in readings if a.case == "gen" and not a.plural]
            if gen and self.morph.name == "voikko":
                return m.keep_case(word, gen[0].base), "gen"
            return _genitive_name_rule(word), "gen"
        return word, "nom"

    def persons(self, toks: list[Token], *, in_list: bool = False) -> list[Mention]:
        key = (tuple(toks), in_list)
        found = self._persons.get(key)
        if found is None:
            found = self._persons[key] = tuple(self._read_persons(toks, in_list=in_list))
        return list(found)

    def _read_persons(self, toks: list[Token], *, in_list: bool) -> list[Mention]:
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            if (
                self.finnish
                and not in_list
                and (i == 0 or toks[i - 1].text in (".", "!", "?"))
                and i + 2 < len(toks)
                and toks[i + 1].is_cap
                and toks[i + 2].is_cap
                and _inhabitant(toks[i].text)
            ):
                # "Porvoolainen Arto Ek jatkaa …": where the person lives, capitalised at the
                # sentence's head, is no word of the name
                i += 1
                continue
            found = (
                self.person_at(toks, i, in_list=in_list)
                if toks[i].is_cap
                or self._broken_first_name(toks, i)
                # ("Carl-M. Jonsson": a first name and a second one's initial)
                or _NAME_HYPHEN_INITIAL.fullmatch(toks[i].text)
                # ("…, N. Isaksson och …": a first name's initial in a list)
                or (
                    in_list
                    and len(toks[i].text) == 1
                    and toks[i].text.isupper()
                    and i + 1 < len(toks)
                    and toks[i + 1].text == "."
                )
                else None
            )
            if found is not None:
                out.append(found)
                while i < len(toks) and toks[i].start < found.end:
                    i += 1
            else:
                i += 1
        return out

    # -- bodies -------------------------------------------------------------------------------

    def _base(self, word: str) -> str:
        readings = self.analyse(word) if self.finnish else ()
        nouns = [a for a in readings if a.cls in (m.NOUN, m.UNKNOWN, m.OTHER, m.NAME)]
        return (nouns or list(readings) or [m.Analysis(word, m.UNKNOWN)])[0].base

    def _head_reading(self, word: str) -> m.Analysis | None:
        if not self.finnish:
            low = word.casefold()
            # "arbetsgrupper", "nämnderna": a plural head names a kind of body, not one body
            plural = _SV_PLURAL_HEAD.search(low) is not None
            return m.Analysis(word, m.NOUN, "gen" if low.endswith("s") else "nom", plural)
        heads = [a for a in self.analyse(word) if a.cls in _HEAD_CLASSES]
        if heads and heads[0].case == "ins":
            # "tuomiokapitulin": voikko reads the rare instructive plural first; the genitive
            # singular of the same word is what a text means
            heads.sort(key=lambda a: a.case != "gen")
        if len(heads) > 1 and (self.morph.name == "rules" or heads[0].cls == m.ADJECTIVE):
            # "Hallitukseen": of the rules' guesses ("Hallitukse", "Hallitus"), the one that is
            # a body's word; so too of the dictionary's when it reads an adjective first
            # ("hallitusta": "hallittu" in the elative, "hallitus" in the partitive)
            heads.sort(key=lambda a: self.lex.body_kind(a.base) is None)
        return heads[0] if heads else None

    def _filled_by_verb(self, toks: list[Token], j: int, head: m.Analysis) -> bool:
        """Whether the word at ``j`` is in the illative right before a verb of belonging or
        election ("edustajistoon valittiin A"): the body the sentence fills."""
        return (
            head.case == "ill"
            and bool(self.lex.belongs)
            and j + 1 < len(toks)
            and re.fullmatch(self.lex.belongs, toks[j + 1].text, re.I) is not None
        )

    def body_at(self, toks: list[Token], j: int) -> Mention | None:
        """A body whose head word is token ``j`` ("ohjausryhmässä"), with its qualifiers."""
        t = toks[j]
        if not t.is_word:
            return None
        try:
            head_kind = self._heads[t.text]
        except KeyError:
            head_kind = self._heads[t.text] = self._head_kind(t.text)
        if head_kind is None or _in_address(toks, j):
            return None
        head, kind = head_kind
        if self.finnish:
            found = self._finnish_body(toks, j, head, kind)
            if (
                found.start == t.start
                and self.lex.owned_body(head.base)
                and not self._filled_by_verb(toks, j, head)
            ):
                # "Edustajisto:" over names on a youth council's page: a word read as a body
                # only with the organisation it belongs to named before it ("Keskusliiton
                # edustajisto") or as what a verb of election fills ("edustajistoon valittiin");
                # alone, a group of the page's own body
                return None
            return found
        if t.text == "råd" and j >= 1 and toks[j - 1].text.casefold() in _SV_ADVICE_BEFORE:
            return None  # "att ge råd till regeringen", "goda råd": advice, no council
        if (
            j >= 2
            and toks[j - 1].text.casefold() in ("nästa", "nästkommande", "följande")
            and toks[j - 2].text.casefold() in ("till", "intill", "tills", "med")
            and _SV_MEETING_HEAD.search(t.text)
        ):
            return None  # "för tiden fram till nästa årsstämma": the term's end, no body
        found = self._swedish_body(toks, j, kind)
        elected = _SV_ELECTION_OF.fullmatch(t.text)
        if elected is not None and found.start == t.start and found.end == t.end:
            # "Styrelseval" over "Till ordförande omvaldes A …": the election names the body
            # it fills ("Styrelse"), not a body of its own
            stem = elected.group("body")
            found = replace(found, name=stem[:1].upper() + stem[1:])
        first = next(x for x in range(j + 1) if toks[x].start == found.start)
        if (
            first >= 1
            and toks[first].text[:1].islower()
            and toks[first - 1].text.casefold() in _SV_INDEFINITE
            and any(
                t.text.casefold() in ("är", "var", "utgör", "utgjorde")
                for t in toks[max(0, first - 16) : first - 1]
            )
        ):
            # "KPR är … ett forum för utbyte av tankar …": an indefinite article before a
            # lower-case head after "är" says what kind of thing the subject is, it names no
            # body ("har utsett ett äldreråd" does: the body being composed)
            return None
        return found

    def _head_kind(self, word: str) -> tuple[m.Analysis, str] | None:
        """The reading of a body's head word and the body's kind, or None: no body's head."""
        head = self._head_reading(word)
        if head is None:
            return None
        kind = self.lex.body_kind(head.base) or self.lex.body_kind(word)
        if (
            kind is None
            and self.finnish
            and (
                _ORGAN.search(head.base.casefold())
                # "toimielimessä" on a page that names "Väliaikainen valmistelutoimielin": that
                # organ named again by its bare word (alone, "Toimielin päätti …" names none)
                or (self.page_organ and _BARE_ORGAN.fullmatch(head.base.casefold()))
            )
        ):
            kind = "body"  # "valmistelutoimielimen": an organ named by what it does
        return None if kind is None else (head, kind)

    def _name_ends_at(self, toks: list[Token], k: int) -> bool:
        """Whether a person's name of two or three words ends at token ``k``."""
        for x in (k - 1, k - 2):
            if x >= 0 and toks[x].is_cap:
                found = self.person_at(toks, x, in_list=True)
                if found is not None and found.end == toks[k].end:
                    return True
        return False

    def _finnish_body(self, toks: list[Token], j: int, head: m.Analysis, kind: str) -> Mention:
        named = self._full_name_compound(toks, j, head, kind)
        if named is not None:
            return named
        start = j
        k = j - 1
        while k >= 0:
            t = toks[k]
            if (
                t.text == "-"
                and t.end == toks[k + 1].start
                and k - 1 >= 0
                and toks[k - 1].end < t.start
                and toks[k - 1].is_word
                and toks[k - 1].text[:1].isupper()
            ):
                # "Terve Kunta -verkostoon", "Hyvä Arki -hankkeen ohjausryhmä": a proper name,
                # a space and a hyphen joined to the word it qualifies (not the document's kind
                # before it: "KOKOUSMUISTIO YRITTÄVÄ KYLÄLÄ -TYÖRYHMÄ")
                start = k - 1
                while (
                    start - 1 >= 0
                    and toks[start - 1].is_word
                    and toks[start - 1].text[:1].isupper()
                    and toks[start - 1].text.casefold() not in _DOCUMENT_WORDS
                    and k - start < 4
                ):
                    start -= 1
                break
            if (
                t.text == "-"
                and t.end == toks[k + 1].start
                and k - 1 >= 0
                and toks[k - 1].end < t.start
                and toks[k - 1].is_word
                and toks[k - 1].text[:1].islower()
                and len(toks[k - 1].text) > 3
                and toks[k - 1].text.casefold() not in _NO_COMPOUND_LEFT
                and not self.lex.role_of(toks[k - 1].text.casefold())
            ):
                # "terveydenhuollon palvelut -jaostoon": a common noun, a space and a hyphen
                # joined to the word it qualifies, and the genitives before it ("terveydenhuollon");
                # no more: "aluehallituksen ja terveydenhuollon palvelut -jaoston" is two bodies
                start = k - 1
                while (
                    start - 1 >= 0
                    and k - start < 4
                    and toks[start - 1].is_word
                    and toks[start - 1].text[:1].islower()
                    and self._is_genitive(toks[start - 1].text)
                    and self._qualifies(toks[start - 1].text, head)
                ):
                    start -= 1
                break
            if t.text in (",",) and k - 1 >= 0 and start < j:
                # "hyvinvoinnin, terveyden ja ...": a comma between two genitives; never a
                # person's name before the comma ("Name Surname, Kylälän valtuustoryhmän")
                if self._is_genitive(toks[k - 1].text) and not self._name_ends_at(toks, k - 1):
                    k -= 1
                    continue
                break
            if (
                t.text.casefold() in ("ja", "sekä")
                and k - 1 >= 0
                and (start < j or toks[k - 1].text.endswith("-"))
            ):
                prev = toks[k - 1].text
                if (self._is_genitive(prev) or prev.endswith("-")) and not self._name_ends_at(
                    toks, k - 1
                ):
                    k -= 1
                    continue
                break
            if (
                t.text.endswith("-")
                # (but "Testilän Nuorisoseura - Johtokunta": a dash between spaces)
                and not (t.text == "-" and t.end < toks[k + 1].start)
                and start <= j
            ):  # "vanhus- ja vammaisneuvosto"
                start = k
                k -= 1
                continue
            if self._persons_name_end(toks, k):
                break  # "valitsi Mauri Ahon kunnanhallituksen puheenjohtajaksi": his name
            if self._qualifies(t.text, head, toks[k + 1].text[:1].isupper()):
                start = k
                k -= 1
                continue
            break
        while start < j and toks[start].text.casefold() in ("ja", "sekä", ","):
            start += 1
        # "vastuulla oleva Lasten ja nuorten ...", "poikkihallinnollisen Hyvinvoiva ...": a
        # lower-case adjective before a name that begins with a capital is no part of it
        capital = next((x for x in range(start, j + 1) if toks[x].text[:1].isupper()), None)
        while capital is not None and start < capital and self._agrees(toks[start].text, head):
            start += 1
        if capital is not None and start < capital and self._place_genitive(toks[capital].text):
            # "hyvän lähtökohdan Järvenpään valtuustolle": the body's name begins at its place
            start = capital
        if (
            start + 1 < j
            and toks[start + 1].is_cap
            and self._place_in_nominative(toks[start].text)
            and any(
                a.case == "gen" and a.cls == m.NOUN
                for a in self.morph.analyse(toks[start + 1].text)
            )
        ):
            # "00130 Helsinki Kirjoituskilpailun raadissa": an address's town before the
            # capitalised genitive that opens the next sentence, no part of the name
            start += 1
        while start < j and self._participle(toks[start].text, head):
            # "sulkevan kunnanhallituksen", "toimivan valtuuston": a participle says what the
            # body does or did, it names no body
            start += 1
        if any(
            _PASSIVE_PARTICIPLE_GENITIVE.search(toks[x].text) for x in range(max(0, start - 1), j)
        ):
            # "sääntöihin tehtävien muutosten lopullisen päätösesityksen hallitus": genitives
            # after a passive participle in the genitive are that participle's phrase (what
            # the body brings, decides), no body's name; the head word alone is the body
            start = j
        # (an organ's bare word only: "Tekninen lautakunta" opening a sentence is a name)
        opening = (
            capital == start == j - 1
            and (start == 0 or toks[start - 1].text in ".!?:")
            and head.base.casefold() == "toimielin"
        )
        if (
            start < j
            and (capital is None or opening)
            and self._describes_bare_head(toks[j - 1].text, head, opening=opening)
        ):
            # "niin yksimielinen valtuusto", "uusi hallitus", "Väliaikaisessa toimielimessä"
            # opening a sentence: a bare head word described by an adjective names no body of
            # its own ("Testilän tekninen lautakunta" does); the head word alone is the body
            start = j
        if start < j and toks[start].text.casefold() in _WHICH_ONE:
            # "Ensimmäinen terveydenhuollon eettinen neuvottelukunta on asetettu": which one of
            # its kind, no part of the body's name
            start += 1
        while start < j and _SIZE_WORD.fullmatch(toks[start].text.casefold()):
            # "13-jäseninen maakuntahallitus", "viisijäsenisen työryhmän": its size
            start += 1
        if (
            start < j
            and toks[j].text.isupper()
            and not toks[j - 1].text.isupper()
            and self._name_ends_at(toks, j - 1)
        ):
            # "Aino Ahola NEUVOSTON KOKOUS": a person's name printed before a heading in
            # capitals (a page's flattened head) is no part of the body's name
            start = j
        if (
            j >= 2
            and _RESPONSIBLE.fullmatch(toks[j - 1].text.casefold())
            and _ELATIVE_WORD.fullmatch(toks[j - 2].text)
            and start >= j - 1
        ):
            # "ulkomuototuomareiden koulutuksesta vastaavaan toimikuntaan": what the body is
            # responsible for, in the elative with its genitives, is part of its name
            start = j - 2
            while (
                start - 1 >= 0
                and j - start < 5
                and toks[start - 1].is_word
                and (
                    toks[start - 1].text[:1].islower()
                    # (capitalised as a sentence's first word)
                    or start - 1 == 0
                    or toks[start - 2].text in (".", "!", "?", ":")
                )
                and self._is_genitive(toks[start - 1].text)
            ):
                start -= 1
        first, last = toks[start], toks[j]
        words = [toks[x].text for x in range(start, j + 1)]
        plural, base = head.plural, head.base
        if (at := base.casefold().find("käräj")) >= 0:
            # "Saamelaiskäräjien": a body whose word is plural only, named so in its base form
            # (whatever singular the word forms give it)
            plural, base = False, base[: at + len("käräj")] + "ät"
        based = []
        for x, w in enumerate(words):
            if x == len(words) - 1:
                based.append(base)
            elif _RESPONSIBLE.fullmatch(w.casefold()):
                based.append("vastaava")  # "vastaavaan toimikuntaan": the participle's base
            elif self._agrees(w, head):
                based.append(self._adjective_base(w))
            else:
                based.append(w)
        # a hyphen joined to the next word stays joined to it ("Terve Kunta -verkosto")
        glued = [
            x - start
            for x in range(start, j)
            if toks[x].text == "-" and toks[x].end == toks[x + 1].start
        ]
        for g in reversed(glued):
            words[g : g + 2] = ["-" + words[g + 1]]
            based[g : g + 2] = ["-" + based[g + 1]]
        name = _join(based)
        written = _join(words)
        confidence = 0.7 if len(words) > 1 else 0.5
        return Mention(first.start, last.end, written, name, kind, confidence, head.case, plural)

    def _full_name_compound(
        self, toks: list[Token], j: int, head: m.Analysis, kind: str
    ) -> Mention | None:
        """ "Toivo Anttila-toimikunta": a body's word joined by a hyphen to a surname, a first
        name the dictionary knows before it, is named after the whole name, written as Finnish
        joins a name of two words to a word ("Toivo Anttila -toimikunta"); not after an owner's
        genitive ("Testilän Nuoriso-toimikunta")."""
        t = toks[j]
        glued = _NAME_GLUED_HEAD.fullmatch(t.text)
        if glued is None or j < 1 or not head.base.startswith(glued.group(1) + "-"):
            return None
        prev = toks[j - 1]
        if not (prev.is_word and prev.end < t.start and _CAPITAL_NAME_WORD.fullmatch(prev.text)):
            return None
        if not any(a.cls == m.FIRST_NAME for a in self.morph.analyse(prev.text)):
            # (a word the dictionary does not read as a first name, or a reader that knows
            # none: "Uusi Teli-neuvottelukunta", a capital at the sentence's start)
            return None
        if j >= 2 and toks[j - 2].is_word and toks[j - 2].text[:1].isupper():
            # "Kylälän Aino Anttila-toimikunta": more capitalised words before, where the name
            # begins is not known; the compound is read as before
            return None
        name = f"{prev.text} {glued.group(1)} -{head.base[len(glued.group(1)) + 1 :]}"
        written = f"{prev.text} {t.text}"
        return Mention(prev.start, t.end, written, name, kind, 0.7, head.case, head.plural)

    def _is_genitive(self, word: str) -> bool:
        if word.endswith("-"):
            return True
        readings = self.morph.analyse(word)
        if self.morph.name == "rules":
            return (
                word.endswith("n") or _CAPITALS_GENITIVE.fullmatch(word) is not None
            ) and not m.never_genitive(word)
        return any(a.case == "gen" for a in readings) or (not readings and word.endswith("n"))

    def _qualifies(self, word: str, head: m.Analysis, capital_next: bool = False) -> bool:
        if not word[:1].isalnum():
            return False
        low = word.casefold()
        if low in ("ja", "sekä", "tai", "on", "ovat", "joka", "jonka", "myös", "mm", "eli"):
            return False
        if low == "samoin":  # "Samoin vanhimmisto kutsuu …": an adverb, no part of the name
            return False
        if low in ("kuin", "kun", "niin", "ennen", "jälkeen", "aiemmin", "aikaisemmin"):
            # "sama kuin kaupunginhallituksen": a conjunction, not a genitive; "toimi aiemmin
            # hallituksen jäsenenä": an adverb of time
            return False
        if low in m.NUMERALS:
            return False  # "kahdeksan hallituksen jäsentä": the count of seats, no name's part
        if low in _DOCUMENT_WORDS:
            return False  # "Muistio Ohjausryhmän kokous 1/2015": what the page is, no name's part
        if self.lex.role_of(low):
            return False
        if word[:1].islower() and re.search(r"(?:tt|t)(?:ava|ävä)$|ttu$|tty$", low):
            return False  # "kunnanhallituksen on asetettava vanhusneuvosto": what must be done
        readings = self.morph.analyse(word)
        if self.morph.name == "rules":
            # (not where a person is from before a head in the genitive, "veteliläinen
            # johtokunnan jäsen"; not an illative, "viimeiseen neuvottelukunnan kokoukseen";
            # not an adverb or a passive verb, "Kirjataan vuosittain neuvottelukunnan …"; not a
            # local case with a possessive suffix, "Kokouksessaan nuorisovaltuusto valitsi"; not
            # a word with a clitic, "Kullakin toimikunnan jäsenellä"; not a passive in the past,
            # "Valittiin Testiliiton hallitus")
            return (
                (word.endswith("n") or _CAPITALS_GENITIVE.fullmatch(word) is not None)
                # (a clitic follows a word of two letters or more: "Akaan" is Akaa's)
                and not re.search(r"\w\w(?:kin|kaan|kään)$", low)
                # ("Nykyisin nuorisovaltuustossa", "toimielin ja …": no genitive)
                and not m.never_genitive(word)
                and not (re.search(r"l[aä]inen$", low) and head.case == "gen")
                and not re.search(
                    r"(?:seen|itt[aä]in|[aeiouyäö]t[aä][aä]n|(?:ss|st|ll|lt)[aä][aä]n|tiin)$", low
                )
                and len(word) > 3
                # (a name may begin with a digit: "6Aika-strategian ohjausryhmä")
                and (word[:1].isalpha() or re.match(r"\d+[^\W\d_]", word) is not None)
            )
        if (
            not readings
            and head.case in ("nom", "gen")
            and re.search(r"(?:ss|st|ll|lt)[aä]$", low) is not None
        ):
            return False  # "Ihkaensimmäisessä Lapsiparlamentin kokouksessa": a word in a local
            # case voikko does not know says where or when, it names no part of the body
        if not readings:
            # a word voikko does not know: a genitive, or a part of a proper name
            # ("Pohjois-Savon", "Keusoten"), not "POPsote-hankkeita"
            return word.endswith("n") or (word[:1].isupper() and capital_next and ":" not in word)
        if any(a.case == "gen" for a in readings):
            return True  # "hyvinvoinnin", "edistämisen" (a verb's noun form), "Espoon"
        if any(a.cls == m.VERB for a in readings):
            return False
        if any(a.base.casefold() in _TIME_ADJECTIVES for a in readings):
            return False  # "uudessa nuorisovaltuustossa": the body is not named "Uusi …"
        if capital_next and word[:1].isupper() and low not in self.lex.not_names:
            return any(a.case == "nom" for a in readings)  # "Hyvinvoiva Espoo-ohjelma"
        return self._agrees(word, head)

    def _persons_name_end(self, toks: list[Token], k: int) -> bool:
        """Whether token ``k`` is a capitalised genitive after a first name ("Mauri Ahon"),
        or any capitalised word after one right before a capitalised head ("Viestintäpäällikkö:
        Marja Kivimetsä Tiedotustoimikunta: …"): the end of a person's name, which begins no
        body's name. The word before counts as a first name when any of its readings is one:
        "Marja", "Ilta" and "Satu" are common nouns too."""
        if k < 1 or self.morph.name != "voikko" or not toks[k].text[:1].isupper():
            return False
        if not toks[k - 1].text[:1].isupper() or not _space_between(toks[k - 1], toks[k]):
            return False
        # "Marja", "Ilta", "Satu": a first name that is also a common noun
        if not any(a.cls == m.FIRST_NAME for a in self.morph.analyse(toks[k - 1].text)):
            return False
        if any(a.case == "gen" for a in self.morph.analyse(toks[k].text)):
            return True
        return k + 1 < len(toks) and toks[k + 1].text[:1].isupper()

    def _participle(self, word: str, head: m.Analysis) -> bool:
        """A lower-case present or past participle in the head's case ("sulkevan",
        "toimivan", "toiminut", "valittu"): voikko reads it as an adjective whose basic form
        ends in -va/-vä, -nut/-nyt or -ttu/-tty (without it: a word of six letters or more
        ending in -va(n)/-vä(n))."""
        if not word[:1].islower():
            return False
        if self.morph.name == "rules":
            low = word.casefold()
            # (also a past passive one in the head's case: "valittuun johtokuntaan", "nimetyssä
            # ryhmässä"; not "Rakennetun ympäristön palvelut -jaosto", a name's genitive)
            passive = _PASSIVE_PARTICIPLE_BY_CASE.get(head.case)
            return len(word) >= 6 and (
                re.search(r"(?:va|vä)n?$", low) is not None
                or (passive is not None and re.search(passive, low) is not None)
            )
        return any(
            a.cls == m.ADJECTIVE
            and a.case == head.case
            and re.search(r"(?:va|vä|nut|nyt|ttu|tty)$", a.base.casefold()) is not None
            for a in self.morph.analyse(word)
        )

    def _describes_bare_head(self, word: str, head: m.Analysis, *, opening: bool = False) -> bool:
        """Whether ``word`` is a lower-case adjective (or one that opens the sentence) before a
        bare head word that says only what kind of body it is ("valtuusto", "hallitus",
        "ryhmä"): "yksimielinen valtuusto" (without voikko: an -inen word in the nominative)."""
        if not (opening or word[:1].islower()) or head.base.casefold() not in _BARE_HEADS:
            return False
        word = word[:1].lower() + word[1:]
        if self.morph.name == "rules":
            if opening:
                # "Väliaikaisessa toimielimessä": an -inen word in the head's case
                return any(
                    a.base.casefold().endswith("inen") and a.case == head.case
                    for a in self.morph.analyse(word)
                )
            return word.casefold().endswith("inen") and head.case == "nom"
        return self._agrees(word, head)

    def _agrees(self, word: str, head: m.Analysis) -> bool:
        """An adjective in the head's case and number ("Laajan poliittisen ohjausryhmän"); in
        the genitive only a word that is no genitive noun ("hyvinvoinnin" stays)."""
        if self.morph.name == "rules":
            # (no word classes: an "-inen" adjective in the genitive before a head in
            # the genitive, "eettisen toimikunnan"; not a verbal noun, "edistämisen")
            low = word.casefold()
            return head.case == "gen" and low.endswith("isen") and not low.endswith("misen")
        readings = self.morph.analyse(word)
        agreeing = any(
            a.cls == m.ADJECTIVE and a.case == head.case and a.plural == head.plural
            for a in readings
        )
        if head.case == "gen":
            return agreeing and not any(b.cls == m.NOUN and b.case == "gen" for b in readings)
        return agreeing

    def _adjective_base(self, word: str) -> str:
        if self.morph.name == "rules" and word.endswith("isen") and not word.endswith("misen"):
            return word[: -len("isen")] + "inen"
        for a in self.morph.analyse(word):
            if a.cls == m.ADJECTIVE:
                return a.base
        return word

    def _swedish_body(self, toks: list[Token], j: int, kind: str) -> Mention:
        start = j
        k = j - 1
        while k >= 0 and toks[k].is_cap and toks[k].text.endswith("s") and j - k <= 3:
            start = k  # "Österbottens välfärdsområdes äldreråd"
            k -= 1
        if (
            start == j
            and k >= 0
            and toks[k].text.endswith("s")
            and self.lex.body_kind(toks[k].text[:-1].casefold())
        ):
            start = k  # "ungdomsfullmäktiges styrelse": the body it is the board of
            k -= 1
            if k >= 1 and toks[k].text.casefold() in ("och", "samt") and _sv_part_before(toks, k):
                start = k - 1  # "kultur- och fritidsnämndens arbetsutskott": both parts
        if start == j and k >= 0 and SV_ABBREVIATION_GENITIVE.fullmatch(toks[k].text):
            start = k  # "HSFs styrelse": an organisation's abbreviation
            k -= 1
        if start == j and k >= 0 and _SV_ADJECTIVE.fullmatch(toks[k].text.casefold()):
            start = k  # "kommunala pensionärsrådet", "Regionala äldrerådet"
        if (
            start == j
            and k >= 1
            and toks[k].text.casefold() in ("och", "samt")
            and _sv_part_before(toks, k)
        ):
            start = k - 1  # "Äldre- och omsorgsrådet", "kultur- och fritidsnämnden"
        end = j
        k = j + 1
        if (
            k + 1 < len(toks)
            and toks[k].text.casefold() == "för"
            and toks[k + 1].text.casefold() not in _SV_ARTICLES
            and not _sv_time_phrase(toks, k + 1)
        ):
            stop = {"är", "har", "som", "ska", "kan", "var", "blev", "beslutade", "utsåg", "i"}
            stop |= _SV_VERBS  # "Rådet för funktionshinderfrågor arbetar för att …"
            # "styrelsen för X följande verksamhetsberättelse": a determiner of the object
            # after the body's name begins no part of it
            stop |= {"följande", "nedanstående", "denna", "detta", "dessa", "sin", "sitt", "sina"}
            x = k + 1
            last_ok = None
            while x < len(toks) and x - k <= 8:
                w = toks[x].text
                if w == "." and last_ok == x - 1 and len(toks[x - 1].text) == 1:
                    # "för Föglö Hembygdsförening r.f. har": the legal form's letters and full
                    # stops end the name
                    if x + 2 < len(toks) and len(toks[x + 1].text) == 1 and toks[x + 2].text == ".":
                        last_ok = x + 2
                    else:
                        last_ok = x
                    break
                if not toks[x].is_word or w.casefold() in stop - {"i"} or _SV_TERM.fullmatch(w):
                    break  # "rådet för ... för mandatperioden 2.10.2025": a term, not the name
                if self.lex.appoints and re.fullmatch(self.lex.appoints, w, re.I):
                    break  # "Stämman för Ålands kommunförbund utser styrelsen": the verb
                if (
                    w[:1].islower()
                    and w.endswith("s")
                    and x + 1 < len(toks)
                    and toks[x + 1].text.casefold() == "av"
                ):
                    break  # "Arbetsgruppen för Folkhälsa leds av …": a passive verb and its agent
                if w.casefold() == "samt" and toks[x - 1].is_cap:
                    break  # "styrelse för Anhöriga Riks samt diskutera …": the name ended
                if w.casefold() == "i" and x + 1 < len(toks) and toks[x + 1].is_cap:
                    x += 1  # "välfärdsområdena i Nyland"
                    last_ok = x
                    x += 1
                    if (
                        x + 1 < len(toks)
                        and toks[x].is_cap
                        and toks[x + 1].is_cap
                        and self.person_at(toks, x, in_list=True) is not None
                    ):
                        break  # "Styrelsen för X-föreningen i Uppsala Aino Ek, ordförande"
                    continue
                if (
                    w.casefold() == "och"
                    and x + 1 < len(toks)
                    and toks[x + 1].text.casefold() in _SV_PRONOUNS
                ):
                    break  # "… för bildandet av myndigheten och hon är även …": a new clause
                if w.casefold() in ("och", "av", "med", "inom", "om", "till", "för"):
                    x += 1
                    continue
                if _proper_name_ended(toks, k + 1, x):
                    break  # "Styrelsen för Lagga Fältrittklubb ber härmed …": the verb after
                last_ok = x
                x += 1
            if (
                last_ok is not None
                # "Direktionen för kommunalförbundet": the body of the organisation the text
                # speaks of, one word in small letters with its definite ending, is no part of
                # the body's name
                and not (
                    last_ok == k + 1
                    and toks[k + 1].text[:1].islower()
                    and re.search(r"(?:et|en)$", toks[k + 1].text)
                    and self.lex.org_kind(toks[k + 1].text) is not None
                )
                and not self._attribute_phrase(toks, k + 1, last_ok, x)
                and not self._owner_phrase(toks, k + 1, last_ok)
                and not _genitive_of_stop(toks, last_ok, x)
                # "ny styrelse för pensionärer", "styrelsen för hjärtebarn och deras
                # familjer": an association's board and whom the association is for, in
                # small letters, is no name; the board is named by its head alone
                and not (
                    re.fullmatch(r"styrelsen?", toks[j].text.casefold())
                    and all(not toks[y].is_cap for y in range(k + 1, last_ok + 1))
                )
            ):
                end = last_ok
        words = []
        for x in range(start, end + 1):
            if x > j and toks[x - 1].end == toks[x].start and words[-1].endswith("."):
                words[-1] += toks[x].text  # "r.f.": the letters of a legal form, written as one
            elif x > j and toks[x].text == "." and toks[x - 1].end == toks[x].start:
                words[-1] += "."
            else:
                words.append(toks[x].text)
        head = toks[j].text
        based = list(words)
        shared = start == j - 2 and _sv_part_before(toks, j - 1)  # "kultur- och fritidsnämndens"
        if head.endswith("s") and (start == j or shared) and end == j and not head.endswith("ss"):
            based[j - start] = head[:-1]  # "välfärdsområdesstyrelsens" → "...styrelsen"
        elif (
            head.endswith("s")
            and not head.endswith("ss")
            and start < j
            and end == j
            and re.fullmatch(r"[\w-]*\w(?::s|s)", toks[j - 1].text)
            and not toks[j - 1].text.casefold().endswith("ss")
        ):
            # "Klubbens styrelses sammansättning": the body's genitive after its owner's
            based[j - start] = head[:-1]
        if (
            start == end == j
            and (part := _SV_COMPOSITION_TAIL.fullmatch(head)) is not None
            and self.lex.body_kind(part.group(1).casefold()) is not None
        ):
            # "Styrelsesammansättning 2023": the board's make-up, the board itself
            based = [part.group(1)]
        if start == end == j and _SV_MEMBER_NOUN.fullmatch(head.casefold()):
            # "Till valberedare valdes A, B och C": the members' word names their body
            based = ["valberedningen"]
        name = _join(based)
        return Mention(
            toks[start].start,
            toks[end].end,
            _join(words),
            name,
            kind,
            0.7 if end > j else 0.55,
            plural=_SV_PLURAL_HEAD.search(head.casefold()) is not None
            or (start == end == j and _sv_plural_neuter(toks, j)),
        )

    def _owner_phrase(self, toks: list[Token], first: int, last: int) -> bool:
        """Whether the words after a Swedish body's "för" name the municipality or federation
        it belongs to ("Förbundsstämman för Ålands kommunförbund", "Rådet för Norrby kommun"),
        capitalised, ending in a municipality's or federation's word: the owner, not the
        body's name (bodies are named without their municipality)."""
        if not toks[first].is_cap:
            return False
        return bool(
            re.fullmatch(r"\w*(?:kommunförbund|kommun|stad|samkommun)", toks[last].text, re.I)
        )

    @staticmethod
    def _attribute_phrase(toks: list[Token], first: int, last: int, stop: int) -> bool:
        """Whether the words ``first``..``last`` after a Swedish body's "för" describe whom it
        is for rather than name it: they end in a preposition ("för ungdomar i"), or in a
        preposition and a noun whose number was cut off ("för ungdomar i åldern 13-20 år").
        The body is then named by its head alone ("ungdomsfullmäktige")."""
        preps = ("i", "från", "under", "över", "mellan", "upp", "till", "av", "med", "om")
        if toks[last].text.casefold() in preps:
            return True
        return (
            stop < len(toks)
            and toks[stop].text[:1].isdigit()
            and last > first
            and toks[last - 1].text.casefold() in preps
            and toks[last].text[:1].islower()
        )

    def bodies(self, toks: list[Token]) -> list[Mention]:
        key = tuple(toks)
        found = self._bodies.get(key)
        if found is None:
            found = self._bodies[key] = tuple(self._read_bodies(toks))
        return list(found)

    def _read_bodies(self, toks: list[Token]) -> list[Mention]:
        out: list[Mention] = []
        for j in range(len(toks)):
            found = self.body_at(toks, j)
            if found is not None and self._own_office_after(toks, found):
                continue  # "Kommunfullmäktiges expedition": the body's office, a place
            if found is not None:
                if out and out[-1].end > found.start:
                    if found.start <= out[-1].start:
                        # "Nuorisovaltuuston hallitus": a body's genitive qualifies the next
                        # body, the longer name is the body meant
                        out[-1] = found
                    continue
                out.append(found)
        return out

    def _own_office_after(self, toks: list[Token], body: Mention) -> bool:
        """Whether a Swedish body's name in the genitive stands before its office, a place
        ("Kommunfullmäktiges expedition", "Nämndens kansli"): no mention of the body as one."""
        if self.finnish or not body.written.endswith("s"):
            return False
        after = next((t for t in toks if t.start >= body.end), None)
        return after is not None and _OWN_OFFICE.fullmatch(after.text) is not None

    # -- organisations ------------------------------------------------------------------------

    def organisation_at(self, toks: list[Token], j: int) -> Mention | None:
        """An organisation whose marker ("ry", "kaupunki", "stad") is token ``j``."""
        low = toks[j].text.casefold()
        kind = None
        forms = [low]
        if self.finnish and toks[j].is_word and ":" not in low:
            forms += [a.base.casefold() for a in self.analyse(toks[j].text)]
        kinds = [found for f in forms if (found := self.lex.org_kind(f)) is not None]
        kind = min(kinds)[1] if kinds else None
        if kind is None:
            return None
        start = j
        k = j - 1
        lowers = 0
        while k >= 0:
            t = toks[k]
            if not t.is_word or t.text.endswith("-"):
                if t.text.endswith("-") and k - 1 >= 0:
                    start = k
                    k -= 1
                    continue
                break
            if t.is_cap:
                start = k
                lowers = 0
            elif (
                t.text[:1].islower()
                and lowers < (4 if kind == "registered_association" else 2)
                and self._org_word(t.text)
            ):
                lowers += 1
            else:
                break
            if j - k >= 7:
                break
            k -= 1
        if start == j:
            return None
        first = start
        while start < j and (
            not toks[start].is_cap or toks[start].text.casefold() in self.lex.not_names
        ):
            start += 1
        if start == j:
            return None
        if (
            not self.finnish
            and start - 1 >= first
            and toks[start - 1].text in _DIRECTIONS
            and toks[start].text.endswith("s")
        ):
            start -= 1  # "Östra Nylands välfärdsområde": the direction begins the region's name
        words = [toks[x].text for x in range(start, j + 1)]
        last = words[-1]
        base_last = last.split(":")[0] if ":" in last else last.rstrip(".")
        if self.finnish and kind in ("municipality", "county"):
            base_last = self._base(last)
        if self.finnish and kind != "registered_association":
            base_last = self._base(last) if ":" not in last else base_last
        if not self.finnish and kind == "county" and last.endswith("s"):
            base_last = last[:-1]
        words_based = [*words[:-1], base_last]
        name = _join(words_based)
        conf = 0.75 if kind == "registered_association" else 0.65
        return Mention(toks[start].start, toks[j].end, _join(words), name, kind, conf)

    def _org_word(self, word: str) -> bool:
        if not self.finnish:
            return word in ("i", "för", "av") or (
                word.isalpha() and word.islower() and len(word) > 3
            )
        if word in ("ja",):
            return True
        readings = self.morph.analyse(word)
        if self.morph.name == "rules":
            return word.endswith(("n", "t"))
        return any(
            a.cls in (m.NOUN, m.ADJECTIVE, m.UNKNOWN) and a.case in ("nom", "gen") for a in readings
        )

    def organisations(self, toks: list[Token]) -> list[Mention]:
        out = []
        for j in range(len(toks)):
            found = self.organisation_at(toks, j)
            if found is not None:
                out = [o for o in out if o.end <= found.start or o.start < found.start]
                out.append(found)
        return out


def _genitive_of_stop(toks: list[Token], last: int, stop: int) -> bool:
    """Whether the words after a Swedish body's "för" end in a genitive whose noun is the
    term the name stopped at ("stadsstyrelsen för fullmäktiges mandatperiod", "för rådets
    period"): they say for what time, they name no body. A name that ends in "-s" before a
    verb ("Arbetsgruppen för välfärd i Grannäs är …") stays."""
    w = toks[last].text
    return (
        stop < len(toks)
        and toks[stop].is_word
        and toks[stop].text[:1].islower()
        and _SV_TERM.fullmatch(toks[stop].text) is not None
        and len(w) > 3
        and w.endswith("s")
        and not w.endswith("ss")
    )


#: Swedish direction words that begin a region's name before its genitive ("Östra Nylands").
_DIRECTIONS = frozenset(
    "Västra Östra Norra Södra Mellersta Nordvästra Nordöstra Sydvästra Sydöstra".split()  # noqa: SIM905
)

#: Words of party names in Finnish and Swedish (any case form by the stem): a capitalised run
#: with one of them names a party, never a person.
_PARTY_WORD = re.compile(
    r"\w*demokraat\w*|\w*demokrat(?:er|erna|ernas|ers)?|\w*puolue\w*|kokoomus\w*|"
    r"perussuomalai\w*|vasemmistoliit\w*|\w*partiet?s?|centern?s?|liberalerna?s?|"
    r"vänsterförbundet?s?|samlingspartiet?s?"
)


#: A nickname: one capitalised word, not an abbreviation ("Marjukka", "Pia").
_NICKNAME = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]{2,}")


#: The verb of a link to write to a person, printed after the name on contact pages ("Skicka
#: epost", "Lähetä sähköpostia", "Maila").
_MAIL_LINK_WORDS = frozenset(("skicka", "mejla", "maila", "lähetä"))
#: An amateur radio operator's call sign after the name ("SM0WAV", "OH2ABC", "SA0MAD").
_CALL_SIGN = re.compile(r"[A-Z]{1,2}\d[A-Z]{1,4}")
#: An election's note after a name in minutes ("Bo Ek Nyval", "Eva Lind Omval").
_ELECTION_NOTE_WORDS = frozenset(("omval", "nyval", "fyllnadsval", "omvald", "nyvald"))


def _space_between(left: Token, right: Token) -> bool:
    """Only spaces (at most one line break among them) between two words of a name; the
    tokens do not keep the text, so the gap's length stands for it."""
    gap = right.start - left.end
    return 1 <= gap <= 3


def _initial_at(toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]`` is an initial: one capital letter and a full stop right after it."""
    return (
        j + 1 < len(toks)
        and len(toks[j].text) == 1
        and toks[j].text.isupper()
        and toks[j + 1].text == "."
        and toks[j + 1].start == toks[j].end
    )


def _join(words: list[str]) -> str:
    out = ""
    for w in words:
        if not out:
            out = w
        elif w in (",",):
            out += w
        else:
            out += " " + w
    return out


#: Words that take the name before them in the genitive: "A:n tilalle", "A:n sijaan", "A:n
#: seuraajaksi", "A:n henkilökohtaiseksi varajäseneksi", "A:n lisäksi".
_GENITIVE_TAKER = re.compile(
    r"tilall[ea]|sija(?:an|sta)|seuraaja(?:ksi|na)|henkilökohtai(?:seksi|sena|nen)|lisäksi|ohella"
)
#: The genitive's -in after endings of Swedish surnames that no Finnish name in -i has
#: ("Portinin", "Sjöblomin", "Söderströmin", "Forsmanin", "Erikssonin", "Lindgrenin",
#: "Wahlstedtin").
_SWEDISH_END_GENITIVE = re.compile(r"(?:in|[oö]m|man|son|ren|dt)in$")
#: The genitive of a surname ending in consonants, as Finnish words never do ("Lindforsin",
#: "Hirnin", "Strandin", "Braxin"): "-in" after such a pair of consonants or such a letter.
_FOREIGN_GENITIVE = re.compile(r"(?:rn|rg|nd|rd|ld|ng|ck|rs|st|lm|hl|rk|lf|rm|[xzqwcbf])in$")


#: A surname's genitive whose last consonant is the weak grade of only one strong grade: a
#: single k or p after a short vowel (of kk, pp: "Reinikan", "Karppilan" is no such), rr after
#: a vowel (of rt: "Koskivirran") and nn after a vowel before o or u (of nt: "Kaivannon").
_WEAK_GRADE_GENITIVE = re.compile(
    r"(?:(?<=[^\Waeiouyäö][aeiouyäö])(?P<weak>[kp])|(?<=[aeiouyäö])(?P<weak2>rr|nn(?=[ou])))"
    r"(?P<vowel>[aouäöy])n$"
)
_STRONG_GRADE = {"k": "kk", "p": "pp", "rr": "rt", "nn": "nt"}


def _genitive_name_rule(word: str) -> str:
    """A surname's basic form from its genitive, by rule ("Röppäsen" → "Röppänen",
    "Mikaman" → "Mikama", "Petreliuksen" → "Petrelius", "Näkkäläjärven" → "Näkkäläjärvi",
    "Laineen" → "Laine", "Ylikummun" → "Ylikumpu"); a word in -nen is already the basic
    form."""
    low = word.casefold()
    if low.endswith("nen"):
        return word  # "Kolehmainen": a nominative (the genitive of -nen is -sen)
    for gen, base in m.E_STEM_HEADS:
        if low.endswith(gen):
            # "Näkkäläjärven" → "Näkkäläjärvi", "Mäen" → "Mäki"
            return m.keep_case(word, word[: -len(gen)] + base)
    if low.endswith("een") and len(word) > 5:
        return word[:-2]  # "Laineen" → "Laine"
    if re.search(r"[aeiouyäö]ksen$", low) and len(word) > 6:
        return word[:-4] + "s"  # "Petreliuksen" → "Petrelius"
    if low.endswith("sen") and len(word) > 5:
        return word[:-3] + "nen"
    if low.endswith("mmun") and len(word) > 5:
        return word[:-3] + "pu"  # "Kellokummun" → "Kellokumpu" (mp weakened to mm)
    weak = _WEAK_GRADE_GENITIVE.search(low)
    if weak is not None and len(word) > 5:
        # "Reinikan" → "Reinikka", "Koskivirran" → "Koskivirta", "Kaivannon" → "Kaivanto":
        # the weak grade a closed last syllable gives can come from that strong grade only
        cut = len(word) - len(weak.group())
        strong = _STRONG_GRADE[weak.group("weak") or weak.group("weak2")]
        return word[:cut] + strong + weak.group("vowel")
    if (_FOREIGN_GENITIVE.search(low) or _SWEDISH_END_GENITIVE.search(low)) and len(word) > 5:
        # "Lindforsin" → "Lindfors", "Hirnin" → "Hirn", "Braxin" → "Brax", "Portinin" →
        # "Portin", "Sjöblomin" → "Sjöblom", "Forsmanin" → "Forsman"
        return word[:-2]
    if low.endswith("n") and low[-2:-1] in "aeiouyäö":
        return word[:-1]
    return word


def capitalise(name: str) -> str:
    return name[:1].upper() + name[1:] if name else name


def shared_first_words(text: str, names: Iterable[Mention], least: int = 3) -> set[str]:
    """The first words that begin ``least`` or more different two-word names of ``names``
    and that the text also writes as the start of a longer word ("Parkinson Skåne",
    "Parkinson Örebro", "Parkinson Skaraborg" and "Parkinsonförbundet"): the names of a
    federation's local associations, one word before each place, never people's names."""
    seconds: dict[str, set[str]] = {}
    for name in names:
        words = name.written.split()
        if len(words) == 2:
            seconds.setdefault(words[0], set()).add(words[1])
    return {
        first
        for first, rest in seconds.items()
        if len(rest) >= least and re.search(rf"(?<![\w-]){re.escape(first)}[a-zåäö]{{3,}}", text)
    }


__all__ = [
    "NAME_HYPHEN_INITIAL",
    "Mention",
    "Reader",
    "Token",
    "capitalise",
    "genitive_shaped",
    "shared_first_words",
    "tokens",
]


def _sv_part_before(toks: list[Token], k: int) -> bool:
    """Whether the word before "och" at token ``k`` is the first part of a compound shared
    with the word after it ("Äldre- och omsorgsrådet")."""
    return k >= 1 and toks[k - 1].text.endswith("-") and len(toks[k - 1].text) > 2


def _proper_name_ended(toks: list[Token], first: int, x: int) -> bool:
    """Whether the small-letter word at ``x`` follows a proper name that began the words
    after a Swedish body's "för" ("Styrelsen för Lagga Fältrittklubb ber härmed …",
    "styrelsen för Gymnastikförbundet Norr här"): the name has ended. A capitalised genitive
    or adjective before it ("för Sveriges kommuner", "för Nordiska samarbetet") goes on, as
    do a longer word ("för Exempelby föreningar": a noun of the name) and the association's
    abbreviation ("för Föglö Hembygdsförening r.f.")."""
    before = toks[x - 1]
    return (
        x > first
        and toks[first].is_cap
        and before.is_cap
        and toks[x].text[:1].islower()
        # (the short words of a sentence going on: "ber", "har", "här", "kan", "ska")
        and len(toks[x].text) <= 4
        and not re.search(r"(?:s|a|e)$", before.text)
        and not _SV_ASSOCIATION_MARK.fullmatch(toks[x].text.casefold())
    )


#: The marks of an association's or a company's legal form after its name ("r.f.", "rf",
#: "ab", "ek. för."), which the tokens split at their full stops ("r", ".", "f", ".").
_SV_ASSOCIATION_MARK = re.compile(r"[a-zåäö]|rf|ry|ab|oy|ek|ekf")

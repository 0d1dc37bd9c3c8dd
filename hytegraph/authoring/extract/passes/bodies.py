"""The walker's passes that settle a seat's body: bodies named by a bare word or a shorter title,
bodies in the genitive or named after an association, the most specific of two seats."""

from __future__ import annotations

import re
from dataclasses import replace

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.findings import Finding, Walk
from hytegraph.authoring.extract.lexicon import MEETING_NAME, agency_name
from hytegraph.authoring.extract.lists import _CAPTION
from hytegraph.authoring.extract.mentions import Mention, Token, tokens
from hytegraph.authoring.extract.passes.common import (
    _BARE_ASSOCIATION,
    _DEPUTY_WORD,
    _NO_SEATS,
    _PROPOSAL_OF,
    _SUB_COMMITTEE_HEAD,
    _SV_NUMBERS,
    _guest_spans,
    _without_definite_ending,
)
from hytegraph.authoring.extract.rosters import COMMITTEE_LINE
from hytegraph.authoring.extract.segment import (
    Line,
    Paragraph,
    Sentence,
    end_at,
    line_around,
    lines,
)
from hytegraph.authoring.extract.sentences import _APPOINTING, SentenceReader, appoints

#: "eli", "dvs.": the words between a body's name and another name of the same body (an
#: adjective of the second perhaps after them: "hallitukseen eli perinteiseen …")
_ALSO_CALLED = re.compile(r"[ \t]+(?:eli|dvs\.?|d\.v\.s\.)[ \t]+(?:[a-zåäö]+[ \t]+)?")
#: ", joka huolehti …": a relative clause right after a body's word, describing that body.
_DESCRIBED_AFTER = re.compile(r",[ \t]+(?:joka|jonka|jolla|jossa)(?![\w-])")
#: The end of a word for a standing group of people ("venetoimikunta", "retkiryhmä"), not a
#: project or a programme ("yhteistyöprojekti, jossa …").
_STANDING_GROUP = re.compile(r"(?i)(?:kunta|ryhmä|jaosto|neuvosto|komitea|valtuusto)$")
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


#: "Council for the Disabled", "Board of Education": an English body named by its kind and
#: what it is for, each word after the article capitalised.
_EN_BODY_OF = re.compile(
    r"\b(?:Council|Board|Committee) (?:for|of|on) (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*"
)
#: A municipality's own body among several of a kind.
_MUNICIPAL_BODY = re.compile(r"(?:kaupungin|kunnan|kommun|stads|city |municipal )\w*")
#: A body's name that begins with an association's legal form ("Ry:n hallitus").
_FORM_LED = re.compile(r"(?i)(ry|rf):(?:n|s)[ \t]+\w")
#: An association's name with its legal form in the genitive: "Kylälän Martat ry:n".
_OWNER_FORM = re.compile(r"(?<![\w-])((?:[A-ZÅÄÖ][\w-]*[ \t]+){1,4})(?:ry:n|rf:s)\b")
#: The association's own name written right before it ("Kylälän Martat ").
_OWNER_BEFORE = re.compile(r"(?:^|[^\w-])((?:[A-ZÅÄÖ][\w-]*[ \t]+){1,4})$")
#: The bare word of a board in any of its forms ("hallitus", "hallituksen", "Hallitukseen").
#: The head of an association's board's name ("Hallitus", "Johtokunta", "Styrelsen"), last
_BOARD_HEAD = re.compile(r"(?i)(?:hallitus|johtokunta|styrelse[n]?)$")
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

#: A student union's or a society's council of representatives, as a page's title.
_REPRESENTATIVE_COUNCIL = re.compile(r"(?i)(?:\w+[ \t])?(?:edustajisto|representantskap(?:et)?)")
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

#: A members' word joined by a hyphen to an abbreviation in capitals ("FS-ledamöterna",
#: "HV-jäsenet"): the members of the body the abbreviation stands for.
_ABBREVIATED_MEMBERS = re.compile(
    r"(?<![\w-])(?P<abbr>[A-ZÅÄÖ]{2,5})-(?:ledamöterna|ledamöter|ledamoten|ledamot|"
    r"jäsenet|jäsen|jäseninä|jäsenenä)(?![\w-])"
)


def _same_board_name(a: str, b: str) -> bool:
    """Two body names that are one, with or without a Swedish definite ending."""
    a, b = a.casefold(), b.casefold()
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in ("", "n", "en", "et", "t")


#: Endings a Swedish noun takes in its definite form ("styrelse" → "styrelsen").
_DEFINITE = ("n", "en", "et", "t")

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

#: An office's word and a capitalised name right after a body's genitive ("kaupunginhallituksen
#: puheenjohtaja Jari Koskinen"): the body part of a person's title.
_OFFICE_THEN_NAME = re.compile(r"[ \t]+([a-zåäö][\w.-]*)[ \t]+[A-ZÅÄÖ][a-zåäöé]+[ \t]+[A-ZÅÄÖ]")

#: The owner's capitalised words before a body's name on a heading line ("FORMAS forskarråd").
_OWNER_WORDS = re.compile(r"[ \t]*(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,3}")
#: What may follow a body's name on a heading line: a year or a term, a colon.
_YEAR_OR_COLON = re.compile(r"[ \t:]*(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?)?[ \t:]*")  # noqa: RUF001

#: A Swedish indefinite article right before a body's word ("starta en ungdomsstyrelse",
#: "ett nytt råd"): a body of that kind spoken of, not one the page names.
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:en|ett)[ \t]+(?:(?:ny|nytt|egen|eget)[ \t]+)?$")

#: An organisation's name in the genitive just before a body ("Svenska pensionärsförbundet
#: r.f:s förbundsstyrelse", "Esimerkki ry:n hallitus"): the body is that organisation's.
_OTHER_ORGANS = re.compile(r"(?:\b[A-ZÅÄÖ][\w.]*|\br\.?f\.?|\br\.?y\.?):[sn][ \t]+$")

#: The agent of an election or appointment just before a body, in the same sentence
#: ("Styrelsen väljs av förbundets fullmäktige", "utses av kommunstyrelsen", "Jäsenet
#: valitsee kaupunginvaltuusto", "jonka asettaa hyvinvointialueen aluehallitus"): the body
#: that elects or appoints, never the body whose seats the page lists.
_ELECTING_AGENT = re.compile(
    # the subject (or Finnish object) elected: the board or its seats, not another body
    # ("en arbetsgrupp tillsatt av distriktsstyrelsen" is that board's own doing)
    r"(?i)(?<![\w-])(?:styrelse|nämnd|råd|utskott|fullmäktige|kommitté|ledam|medlem|ersättar|"
    r"suppleant|hallitu|lautakun|johtokun|toimikun|jaost|neuvost|valtuust|jäsen|varajäsen)\w*"
    r"(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:(?:är[ \t]+|har[ \t]+|blir[ \t]+)?"
    r"(?:väljs|väljes|valdes|utses|utsågs|tillsätts|tillsattes|utnämns|"
    r"utnämndes|nomineras|nominerades|vald|valda|valt|utsedd|utsedda|utsett|tillsatt|"
    r"tillsatta|utnämnd|utnämnda)[ \t]+av|(?:valitsee|valitsevat|nimeää|nimeävät|asettaa|"
    r"asettavat|nimittää|nimittävät))[ \t]+(?:[^\s.;:!?]+[ \t]+){0,4}$"
)
#: The same agent after a Swedish passive verb put first, the seats after it ("Sedan 2015 utses
#: även två ledamöter av länsstyrelsen", "Därtill väljs en ersättare av kommunen").
_AGENT_AFTER_VERB = re.compile(
    r"(?i)(?<![\w-])(?:väljs|väljes|valdes|utses|utsågs|tillsätts|tillsattes|utnämns|utnämndes)"
    r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:ledam|medlem|ersättar|suppleant|representant)\w*"
    r"[ \t]+av[ \t]+(?:[^\s.;:!?]+[ \t]+){0,4}$"
)
#: The same agent in Finnish before its participle ("kaupunginvaltuuston valitsema", "…
#: asettamat"), just after the body.
_ELECTING_PARTICIPLE = re.compile(
    r"(?i)[ \t]+(?:valitsema|nimeämä|asettama|nimittämä)(?:t|n|ssa|an|ksi|na)?(?![\w-])"
)
#: An owner's members in a body ("SFP:s medlemmar i stadsstyrelsen", "våra representanter
#: i nämnden"): the seats of another party's people in passing, not the page's body.
_OWNERS_MEMBERS_IN = re.compile(
    r"(?i)(?<![\w-])(?:[\w:-]+s|våra|vår|deras|dess|sina)[ \t]+"
    r"(?:medlemmar|ledamöter|representanter|företrädare|ombud)[ \t]+i[ \t]+$"
)


#: A sentence after a masthead's names on the same line ("… Helsingin yliopisto, oikeuslääketieteen
#: osasto Lehti ilmestyy kuusi kertaa vuodessa."): a capitalised word, four words in lower case
#: or more and a full stop (a clause, no list of titles): the run of the masthead's names ends
#: there.
_PROSE_AFTER_MASTHEAD = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+){4,}\.")


def _addressed(lang: str, b: Mention) -> bool:
    """Whether a Finnish body is named in the allative ("tasavallan hallitukselle"): the body a
    statement, a letter or a proposal is addressed to, not one whose members the page names."""
    return lang == "fi" and b.case == "all"


#: A line a photo caption's label opens ("Fr v: A, B", "Från vänster, A, B").
_CAPTION_LINE = re.compile(rf"[ \t]*(?:{_CAPTION.pattern.removeprefix('(?i)')})[ \t]*[:,]", re.I)


#: "en ny forskningsberedning med tolv ledamöter": a body and how many members it has.
_BODY_WITH_MEMBER_COUNT = re.compile(
    r"(?i)(?<![\w-])(?P<body>[a-zåäö][\w-]*)[ \t]+med[ \t]+"
    r"(?P<n>\d{1,2}|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)[ \t]+"
    r"(?:ordinarie[ \t]+)?ledamöter(?![\w-])"
)


def _whole_role(role: str | None) -> tuple[str] | None:
    """A role named by a whole phrase, shaped as :meth:`Lexicon.find_role`'s first item."""
    return (role,) if role else None


def _bare_board(name: str, board: str) -> bool:
    """Whether a body's name (in lower case) is an association's board by its bare word
    ("hallitus", "johtokunta"), perhaps after the association's bare genitive ("seuran
    johtokunta", "yhdistyksen hallitus")."""
    words = name.split()
    if not words or words[-1] not in (board, "johtokunta"):
        return False
    return len(words) == 1 or (
        len(words) == 2 and _BARE_ASSOCIATION.fullmatch(words[0]) is not None
    )


#: What may stand between an officer's sentence and the seats of a board read after it: the
#: full stop, and the next sentence's lead up to its first name, no other sentence's end.
_NEXT_LEAD = re.compile(r"[ \t]*\.?[ \t]*(?:[^.!?\n]*:[ \t]*)?")


#: Officers' posts, no names, then the verb that says they form a body ("Ordförande, vice
#: ordförande och sekreteraren utgör tillsammans", "Puheenjohtaja ja sihteeri muodostavat").
_OFFICERS_FORM = re.compile(
    r"(?i)(?:(?:vice|vara|1:e|2:e)[ \t]*)?(?:ordförande\w*|sekreterar\w*|kassör\w*|puheenjohtaj\w*|"
    r"sihteeri\w*|rahastonhoitaj\w*)"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|ja|samt|sekä)[ \t]+)(?:(?:vice|vara)[ \t]*)?"
    r"(?:ordförande\w*|sekreterar\w*|kassör\w*|puheenjohtaj\w*|sihteeri\w*|rahastonhoitaj\w*))+"
    r"[ \t]+(?:utgör|bildar|muodostavat)(?:[ \t]+(?:tillsammans|yhdessä))?"
)


class BodyPasses:
    """Passes of the :class:`~hytegraph.authoring.extract.walker.Walker` (a mixin)."""

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
                if prose := _PROSE_AFTER_MASTHEAD.search(text, end, stop_at):
                    stop_at = prose.start()  # "… osasto Lehti ilmestyy kuusi kertaa vuodessa."
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
                    since = people[k - 1].end if k else end
                    role = self._masthead_office(text, since, person, upto)
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

    def _masthead_office(self, text: str, since: int, person: Mention, upto: int) -> str:
        """The office of a name in a masthead's run (:meth:`_masthead_body`): in parentheses
        after it ("A (pj.)"), set off by a comma right after it ("A, vice ordförande") or
        with a colon right before it ("Ordförande: A"); else a member's seat."""
        after = text[person.end : upto]
        said = [
            self.lex.find_role(note.group(1)) for note in re.finditer(r"\(([^()]{1,20})\)", after)
        ]
        if (comma := re.match(r"[ \t]*,[ \t]*([^,()\n]{1,30}?)[ \t]*$", after)) is not None:
            said.append(_whole_role(self.lex.role_of(comma.group(1))))
        label = text[since : person.start].rstrip(" \t")
        if label.endswith(":"):
            words = label[:-1].split()
            said += [_whole_role(self.lex.role_of(" ".join(words[-n:]))) for n in (2, 1)]
        for role in said:
            if role and role[0] in ("chair", "vice_chair", "secretary"):
                return role[0]
        return "member"

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
                # whose proposal it is; the seats are in the body named before it (or, where
                # the committee's proposals were named once for several items, in the body
                # named last before the person: "… förslag, att utse följande ledamöter till
                # styrelsen:")
                board = self._seat_body_before(
                    text, max(0, t.start - 300), t.start
                ) or self._seat_body_before(text, max(t.end, a.start - 300), a.start)
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
            stem = joined[:-1]
            if stem not in folded or (  # (a quick look before the pattern's)
                re.search(rf"(?<![\w-]){re.escape(stem)}\w*", folded) is None
            ):
                continue
            names[f.target.name] = joined[:1].upper() + joined[1:]
        for f in out.findings:
            if f.kind == "membership" and f.target is not None and f.target.name in names:
                f.target = replace(f.target, name=names[f.target.name])

    def _abbreviated_members(self, text: str, out: Walk) -> None:
        """ "I utskottet sitter också FS-ledamöterna A, B och C" on a page that spells the
        abbreviation out after a body's name ("Förbundsstyrelsen (FS) består av …"): the people
        the sentence seats after the abbreviated members' word are also members of that body
        (as "sv" and "fi" write it: "FS-ledamoten", "TV-jäsenet")."""
        for mt in _ABBREVIATED_MEMBERS.finditer(text):
            abbr = mt.group("abbr")
            said = re.search(rf"(?<![\w-])([\w-]+)[ \t]*\([ \t]*{re.escape(abbr)}[ \t]*\)", text)
            if said is None:
                continue
            found = [
                b
                for b in self.reader.bodies(tokens(text, said.start(1), said.end(1)))
                if not b.plural and b.start == said.start(1) and b.end == said.end(1)
            ]
            if len(found) != 1:
                continue
            body = replace(found[0], name=found[0].name[:1].upper() + found[0].name[1:])
            stop = re.search(r"[.!?](?=\s|$)|\n", text[mt.end() :])
            end = mt.end() + stop.start() if stop else len(text)
            seated = {
                " ".join(f.actor.name.split()).casefold()
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and _same_board_name(f.target.name, body.name)
            }
            made = []
            for f in out.findings:
                name = " ".join(f.actor.name.split()).casefold()
                if (
                    f.kind == "membership"
                    and not f.status
                    and f.actor.kind == "person"
                    and mt.end() <= f.actor.start < end
                    and name not in seated
                ):
                    seated.add(name)
                    made.append(
                        Finding("membership", f.actor, "member", body, f.quote, 0.6,
                                "abbreviated-members")
                    )  # fmt: skip
            out.findings += made

    def _title_named_shorter(self, text: str, out: Walk) -> None:
        """A page titled by a body's one-word name ("Kehittämistyöryhmä", "Utvecklings-
        arbetsgruppen") whose prose names the same body shorter, a compound's middle part left
        out ("Kehittämisryhmän tavoitteena …", "Utvecklingsgruppen arbetar …"), the list under
        it read as that shorter name's: the seats are the title's body's."""
        first = next((ln for ln in lines(text) if ln.text.strip()), None)
        if first is None or len(first.text.split()) > 3:
            return
        titled = [
            b
            for b in self.reader.bodies(tokens(text, first.start, first.end))
            if not b.plural and " " not in b.name.strip()
        ]
        if len(titled) != 1:
            return
        whole = titled[0].name.casefold()
        for f in out.findings:
            if f.kind != "membership" or f.target is None or f.target.start < first.end:
                continue
            short = f.target.name.casefold()
            if " " in short or short == whole or len(short) >= len(whole):
                continue
            # the same first part (five letters or more) and the same head (four or more)
            # around a middle part of two to six letters
            cut = next(
                (
                    k
                    for k in range(5, len(short) - 3)
                    if whole.startswith(short[:k])
                    and whole.endswith(short[k:])
                    and 2 <= len(whole) - len(short) <= 6
                ),
                None,
            )
            if cut is None:
                continue
            f.target = replace(f.target, name=titled[0].name[:1].upper() + titled[0].name[1:])

    def _association_board(self, text: str, out: Walk) -> None:
        """An association's page in Finnish that names its board by the bare word: the
        association's officer elected with the board's members is the board's officer; the
        officers of a report's header line, of the signature of a chair's letter, and the
        people a sentence adds to the board are the board's."""
        if self.lex.lang != "fi":
            return
        self._officer_with_the_board(out)
        self._officer_before_its_board(text, out)
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
            if not _officer_outside_a_body(f) or not _BARE_ASSOCIATION.fullmatch(
                f.target.written.strip()
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

    def _officer_before_its_board(self, text: str, out: Walk) -> None:
        """ "Testilän Liikunta ry:n puheenjohtajana jatkaa A. Hallitukseen valittiin B ja C.",
        "… ry:n puheenjohtajaksi valittiin A. Yhdistyksen johtokuntaan valittiin: B, C": a
        registered association's officer, then a sentence right after that adds members to a
        board by its bare word: the officer and the members are that association's board
        ("Testilän Liikunta ry:n hallitus")."""
        board = self.lex.board.casefold()
        for f in out.findings:
            if not _officer_outside_a_body(f):
                continue
            assert f.target is not None
            ry = f.target.name.endswith(" ry")
            if not ry and f.target.kind not in ("registered_association", "ngo"):
                continue
            nxt = [
                g
                for g in out.findings
                if g.kind == "membership"
                and g.target is not None
                and _bare_board(g.target.name.casefold(), board)
                and g.quote[0] >= f.quote[1]
                # (right after it, or after the next sentence's lead: "Seuran johtokuntaan
                # valittiin: A, B")
                and _NEXT_LEAD.fullmatch(text, f.quote[1], g.quote[0]) is not None
            ]
            if not nxt:
                continue
            assert nxt[0].target is not None
            # ("Porin yhdistys": the board's name as the next sentence writes it; "Seuran
            # johtokunta": the association's board by its other word)
            word = nxt[0].target.name.casefold().split()[-1]
            named = (
                replace(nxt[0].target, name=f"{f.target.name}:n {word}") if ry else nxt[0].target
            )
            first, owner = nxt[0].target, f.target
            for g in out.findings:
                if g.kind != "membership" or g.target is None:
                    continue
                if (g.target.start, g.target.name) == (first.start, first.name):
                    g.target = named  # the rest of the same list
                elif g.quote == f.quote and (g.target.start, g.target.name) == (
                    owner.start,
                    owner.name,
                ):
                    # "… ry:n puheenjohtajana jatkaa A ja varapuheenjohtajana B": the other
                    # officer of the same sentence
                    g.target = named

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
            stop = end_at(text, lead.end())
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

    def _last_body_named(self, text: str, start: int, end: int) -> Mention | None:
        """The last body (not a plural kind of bodies) named in ``text[start:end]``, if any."""
        if start >= end:
            return None
        named = [b for b in self.reader.bodies(tokens(text, start, end)) if not b.plural]
        return named[-1] if named else None

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
            folded = whole.casefold()
            if folded in low and re.search(rf"(?<![\w-]){re.escape(folded)}", low):
                f.target = replace(b, name=whole[:1].upper() + whole[1:])

    def _most_specific(self, text: str, out: Walk) -> None:
        """A person the text names as a member of a body and, elsewhere, as its chair, vice
        chair or secretary holds the more specific role: the plain membership is dropped. A
        person a list gives both a seat held now and a deputy's in the same body ("Kassör" /
        "Rolf Ek" and "Suppleant" / "Rolf Ek") holds the seat: the deputy's is dropped, unless
        that seat is read on a line another body's name leads ("Ersättare: Rolf Ek" under the
        board, then "Bollsektionen: Eva Berg och Rolf Ek.": the section's seat, which the
        roster reader gives it)."""

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
            and not self._led_by_another_body(text, f)
            # "Fr v: A, B, C": a photo caption names who is in the picture, no seat that
            # outweighs the deputy's seat a list states
            and not self._on_caption_line(text, f)
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
        deputies = {
            key(f)
            for f in out.findings
            if f.kind == "membership"
            and not f.status
            and f.role == "deputy_member"
            and f.rule.startswith("list")
            and not self._on_caption_line(text, f)
        }
        if deputies:
            # "Fr v: A, B, C" over a list with "Suppleanter" / "C, resor": the caption's bare
            # member is the deputy the list states
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership"
                    and f.role == "member"
                    and key(f) in deputies
                    and self._on_caption_line(text, f)
                )
            ]

    @staticmethod
    def _on_caption_line(text: str, f: Finding) -> bool:
        """Whether ``f``'s name is on a line a photo caption's label opens ("Fr v: A, B")."""
        return _CAPTION_LINE.match(text, text.rfind("\n", 0, f.actor.start) + 1) is not None

    def _led_by_another_body(self, text: str, f: Finding) -> bool:
        """Whether ``f``'s name is on a line led by the name of a body other than its own and
        a colon ("Cafésektionen: Eva Berg, …" read as the board's)."""
        start = text.rfind("\n", 0, f.actor.start) + 1
        mt = COMMITTEE_LINE.match(text, start)
        if mt is None or mt.start("names") > f.actor.start or f.target is None:
            return False
        word = mt.group("body")
        return (
            self._seat_body_word(word.split()[-1]) and word.casefold() != f.target.name.casefold()
        )

    def _officer_above_board(self, text: str, out: Walk) -> None:
        """An officer printed under a heading of their own with no body ("Puheenjohtaja
        2024:" / "Aino Mäki, Kylälän koulu"), right above a board's list ("Hallitus 2024:" /
        names) that names no one in that office: the association's officer, who holds the
        office in its board. Only short lines (a contact's e-mail) may stand between."""
        officers = ("chair", "vice_chair", "secretary")
        for f in out.findings:
            if (
                f.kind != "membership"
                or f.target is not None
                or f.status
                or f.role not in officers
                or not f.rule.startswith("list")
            ):
                continue
            after = [
                g
                for g in out.findings
                if g.kind == "membership" and g.quote[0] >= f.quote[1] and g is not f
            ]
            if not after:
                continue
            first = min(after, key=lambda g: g.quote[0])
            body = first.target
            if (
                body is None
                or first.status
                or not f.quote[1] <= body.start <= first.quote[0]
                or not _BOARD_HEAD.search(body.name)
            ):
                continue
            between = [ln.strip() for ln in text[f.quote[1] : body.start].splitlines()]
            if len([ln for ln in between if ln]) > 2 or any(len(ln) > 60 for ln in between):
                continue
            if not re.fullmatch(
                r"[ \t]*\S[^\n]{0,40}\n", text[body.start : text.find("\n", body.start) + 1]
            ):
                continue  # the board's name is a heading line of its own
            board = [g for g in after if g.target is not None and g.target.start == body.start]
            if any(g.role == f.role for g in board):
                continue
            f.target = body

    def _only_body(self, text: str, out: Walk) -> None:
        """Memberships found before the text named their body ("Jäsen Varajäsen" under no
        heading, the page's title lost) belong to the one body the document speaks of, if it
        speaks of one kind only (in any form: "Vanhusneuvostot", "vanhusneuvostolle"); else
        they stay without a body."""
        orphans = [f for f in out.findings if f.kind == "membership" and f.target is None]
        if not orphans:
            return
        found = self._bodies_named(text)
        if len({_without_definite_ending(b.name.casefold()) for b in found}) > 1:
            self._heading_body_of_orphans(text, orphans, found)
            return
        self._give_only_body(text, orphans, found)

    def _bodies_named(self, text: str) -> list[Mention]:
        """The bodies the document names, line by line (not the ones that appoint others)."""
        return [
            b
            for line in lines(text)
            for b in self.reader.bodies(tokens(text, line.start, line.end))
            if not _APPOINTING.search(b.name.casefold().split()[-1])
        ]

    def _give_only_body(
        self, text: str, orphans: list[Finding], found: list[Mention] | None = None
    ) -> None:
        """The seats of ``orphans`` are in the one body the document speaks of (``found``, its
        bodies named), if it speaks of one kind only, in any form; else they stay as they
        are."""
        found = self._bodies_named(text) if found is None else found
        if len({_without_definite_ending(b.name.casefold()) for b in found}) != 1:
            return
        singular = [b for b in found if not b.plural]  # "vaikuttamistoimielimet": a kind
        if not singular:
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

    def _heading_body_of_orphans(
        self, text: str, orphans: list[Finding], found: list[Mention]
    ) -> None:
        """On a page of several bodies, list entries read before any body was named ("Namn
        Uppdrag" / "Mia Ahlberg ledamot" under the heading "Styrelsen") belong to the body the
        heading a few lines over the first of them names, up to the next body the page names."""
        listed = [f for f in orphans if f.rule.startswith(("list", "table")) and not f.status]
        if not listed:
            return
        lead = min(listed, key=lambda f: f.quote[0])
        heading = self._heading_body_before(text, lead.quote[0])
        if heading is None:
            return
        at = text.rfind("\n", 0, heading.start) + 1
        line = text[at : end_at(text, heading.start)]
        if self.lex.find_role(line) is not None:
            return  # "Socialutskottets ordf" under a name: a card's office, no heading
        owner = text[at : heading.start]
        rest = text[heading.end : at + len(line)]
        if not _OWNER_WORDS.fullmatch(owner) or not _YEAR_OR_COLON.fullmatch(rest):
            # the body's name is the line's whole text ("FORMAS forskarråd", "Styrelsen 2023"),
            # not a bullet among others ("Fakta • Grundades 1999 • Styrelsen • …")
            return
        stop = min((b.start for b in found if b.start > lead.quote[0]), default=len(text))
        for f in listed:
            if f.quote[0] < stop:
                f.target = heading
                f.confidence = min(f.confidence, 0.5)
                f.note = (f.note + " " if f.note else "") + (
                    "The list names no body: the body is the one of the heading over it."
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
            seats = [
                f.quote
                for f in out.findings
                if f.kind == "membership" and f.target is not None and f.target.name == g
            ]
            named: dict[str, Mention] = {}
            for b in found:
                n = b.name.casefold()
                if n == word or (n.split()[-1] == word and n.split()[0] in ("the", "a")):
                    continue
                if (
                    any(q[1] <= b.start for q in seats)
                    and any(b.end <= q[0] for q in seats)
                    and _heading_line(text, b)
                ):
                    # "Styrelsen: / Region X / A (S) / Länsstyrelsen i Y / B": a group's
                    # heading among the body's own seats (who appoints them), not the body
                    # (not a sentence between them that names the body in full)
                    continue
                if _OTHER_ORGANS.search(text, max(0, b.start - 40), b.start):
                    continue  # "Svenska pensionärsförbundet r.f:s förbundsstyrelse": another's
                if _EACH_ONES.search(text, max(0, b.start - 20), b.start):
                    continue  # "beslutas av respektive sektionsstyrelse": each one's, no one body
                if self._named_in_passing(text, b):
                    continue  # "Styrelsen väljs av partistyrelsen": the electing body
                if self.lex.lang == "fi" and agency_name(b.name):
                    continue  # "Opetushallitus" named in passing: an agency, not the board
                if _addressed(self.lex.lang, b):
                    continue  # "… lähetetään maakuntahallitukselle": a body addressed
                if _INDEFINITE_BEFORE.search(text, max(0, b.start - 12), b.start):
                    continue  # "beslut att starta en ungdomsstyrelse": any such body, none named
                if (
                    seats
                    and all(q[1] <= b.start for q in seats)
                    and self._title_in_passing(text, b)
                ):
                    # "… isäntänä toimi kaupunginhallituksen puheenjohtaja Jari Koskinen" after
                    # an association's board's seats: a guest's title, not the page's body
                    continue
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
                said = text[max(line.start, text.rfind(". ", line.start, b.start) + 1) : b.start]
                if _OFFICERS_FORM.fullmatch(said.strip()):
                    # "Ordförande, vice ordförande och sekreteraren utgör tillsammans
                    # arbetsutskottet": a body of some of the officers, not the list's
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
        if len(named) == 1:
            body = next(iter(named.values()))
        elif (counted := self._body_of_the_count(text, first, loose)) is not None:
            body = counted
        else:
            return
        name = body.name[:1].upper() + body.name[1:]
        body = replace(body, name=name)
        for f in loose:
            f.target = body

    def _body_of_the_count(self, text: str, first: int, loose: list[Finding]) -> Mention | None:
        """The body a sentence before a list gave as many members as the list names ("en ny
        forskningsberedning med tolv ledamöter" over twelve names), when one sentence only
        gives a body a count of members so."""
        said = [
            mt
            for mt in _BODY_WITH_MEMBER_COUNT.finditer(text, 0, first)
            if (n := mt.group("n")).isdigit() or n.casefold() in _SV_NUMBERS
        ]
        if len(said) != 1:
            return None
        mt = said[0]
        n = mt.group("n")
        count = int(n) if n.isdigit() else _SV_NUMBERS[n.casefold()]
        if len({f.actor.name for f in loose}) != count:
            return None
        found = [
            b
            for b in self.reader.bodies(tokens(text, mt.start("body"), mt.end("body")))
            if not b.plural and b.kind not in _NO_SEATS
        ]
        return found[0] if len(found) == 1 else None

    def _title_in_passing(self, text: str, b: Mention) -> bool:
        """Whether a body is named only as part of a person's title: in the genitive, an
        office's word and a capitalised name right after it ("kaupunginhallituksen
        puheenjohtaja Jari Koskinen", "kommunstyrelsens ordförande Bo Ek")."""
        written = b.written.casefold()
        if not written.endswith("n" if self.lex.lang == "fi" else "s"):
            return False
        after = _OFFICE_THEN_NAME.match(text, b.end)
        return after is not None and self.lex.role_of(after.group(1)) in (
            "chair",
            "vice_chair",
            "secretary",
            "member",
        )

    def _named_in_passing(self, text: str, b: Mention) -> bool:
        """Whether a body is named in passing, as no list's own body: the agent that elects or
        appoints ("väljs av förbundets partistyrelse", "jäsenet valitsee kaupunginvaltuusto",
        "kaupunginhallituksen asettama") or where an owner's members sit ("SFP:s medlemmar i
        stadsstyrelsen")."""
        before = text[max(0, b.start - 80) : b.start]
        agent = _ELECTING_AGENT.search(before)
        if agent is not None and (
            re.search(r"[ \t]av[ \t]", agent.group())
            # a Finnish verb's subject after it is in the basic form ("valitsee valtuusto");
            # its object is not ("valitsee hallituksen")
            or b.written.casefold() == b.name.casefold()
        ):
            return True
        if _AGENT_AFTER_VERB.search(before):
            return True
        if (
            self.lex.lang == "fi"
            and b.written.casefold().endswith("n")
            and _ELECTING_PARTICIPLE.match(text, b.end)
        ):
            return True
        if (
            self.lex.lang == "fi"
            and b.written.casefold().endswith("n")
            and _ITS_REPRESENTATIVE.match(text, b.end)
        ):
            # "liittohallituksen Porin yhdistyksen edustaja Terttu Elomaa": the title of a
            # person who speaks for someone in that body, said in passing
            return True
        return bool(_OWNERS_MEMBERS_IN.search(before))

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
                # "Styrelsen väljs av förbundsstyrelsen", "SFP:s medlemmar i
                # stadsstyrelsen": the electing body, another party's seats in passing
                and not self._named_in_passing(text, b)
                # "Inbjuden gäst var A, som informerade från regionstyrelsen i …": the
                # guest's own body, not the one the page goes on to fill
                and not any(a <= b.start < e for a, e in guests)
                # "… osoitettu tasavallan hallitukselle": a body a statement is addressed to
                and not _addressed(self.lex.lang, b)
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
            elif (
                self.reader.finnish
                and _DESCRIBED_AFTER.match(text, b.end)
                and _STANDING_GROUP.search(b.name) is not None
            ):
                # "Lisäksi yhdistyksen alaisuudessa toimi venetoimikunta, joka huolehti …": a
                # body introduced as one lower-case word and described by a relative clause
                out.append(replace(b, name=b.name[:1].upper() + b.name[1:]))
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
        if len(bodies) > 1 and _ALSO_CALLED.fullmatch(text, bodies[-2].end, bodies[-1].start):
            # "… ry:n hallitukseen eli perinteiseen sukutoimikuntaan seuraavat:": the body, then
            # another name of it ("ry:n hallitus" named by its head word)
            first = bodies[-2]
            bare = re.sub(r"(?i)^(?:ry|rf|r\.y\.?)(?::\w+)?[ \t]+", "", first.name)
            return replace(first, name=bare[:1].upper() + bare[1:]) if bare != first.name else first
        return bodies[-1]

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


#: After a body in the genitive: a representative's title, perhaps with whose ("liittohallituksen
#: Porin yhdistyksen edustaja").
_ITS_REPRESENTATIVE = re.compile(r"(?:[ \t]+[A-ZÅÄÖ]?[a-zåäö]+n){0,2}[ \t]+edustaja(?![\w-])")


def _officer_outside_a_body(f: Finding) -> bool:
    """A chair's, vice chair's or secretary's seat given to something not read as a body
    (an association: "Testilän Liikunta ry:n puheenjohtaja A")."""
    return (
        f.kind == "membership"
        and f.role in ("chair", "vice_chair", "secretary")
        and f.target is not None
        and f.target.kind not in ("body", "board", "city_board")
    )


def _heading_line(text: str, b: Mention) -> bool:
    """Whether the line of ``b`` is a short heading of its own (a few words, no sentence's
    full stop), not a sentence that names the body in passing."""
    start, end = line_around(text, b.start, b.end)
    line = text[start:end].strip()
    return len(line.split()) <= 6 and not re.search(r"[.!?](?:\s|$)", line)

"""Facts stated in running text, one sentence at a time:

- chairs: "(pj. Harri Rinta-aho)" after a body, "puheenjohtajana toimii X",
  "valitsi puheenjohtajakseen Risto Kovasen", "X:n johdolla", "ordförande är X", "X toimii
  puheenjohtajana"; the same for other roles ("Varapuheenjohtajiksi valittiin A ... ja B",
  "edustajaksi Pekka Leskisen ja Neeta Röppäsen", "asiantuntijasihteerinä Laura Busi");
- represented organisations: "Hyte ry, joka on edustettuna ... ohjausryhmässä ja ...
  asiantuntijaryhmässä";
- responsibilities: "X vastaa Y:n toiminnasta" (a monitoring when it is "Y:n seurannasta"),
  "X:llä on Y:n vetovastuu", "X ansvarar för Y";
- cooperation: "X tekee yhteistyötä Y:n kanssa", "yhteistyössä Y:n kanssa", "i samarbete med Y".

The body of a role is the body the sentence names nearest before the role word (or after it,
"som representanter i samarbetsgruppen ..."), else the body of the context ("Ryhmän
puheenjohtajana toimii ..." refers to the heading's body).
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.findings import Context, Finding
from hytegraph.authoring.extract.lexicon import (
    FIRST_OFFICERS,
    GUEST,
    LEXICONS,
    MEETING_NAME,
    NOT_HELD_STATUSES,
    SV_CONSISTED,
    SV_CONSISTS,
    TREASURER_WORDS,
    agency_name,
    words_pattern,
)
from hytegraph.authoring.extract.lists import AUDITOR, BARE_BOARDS, level_post_role
from hytegraph.authoring.extract.mentions import (
    SAME_BEFORE,
    Mention,
    Reader,
    Token,
    genitive_shaped,
    tokens,
)
from hytegraph.authoring.extract.segment import Sentence

#: The shape of a Finnish trade's name in the nominative: an agent noun in -ja / -jä
#: ("viljelijä", "hoitaja") or a loan in -ri ("rehtori", "kanttori", "insinööri").
_TRADE_SHAPE = re.compile(r"[a-zåäö-]{3,}(?:j[aä]|ri)")

#: A Swedish compound of a body's word and a seat ("styrelseordförande",
#: "fullmäktigeordförande", "styrelseledamot", "styrelsemedlem", "styrelsesuppleant", and
#: in the plural "styrelseledamöter", "styrelsemedlemmar", "styrelsesuppleanter"): the body's
#: part, then the seat's.
_COMPOUND_SEAT = re.compile(
    r"(\w{4,}?)(ordförande(?:n)?|ledamot(?:en)?|ledamöter(?:na)?|medlem(?:men)?"
    r"|medlemmar(?:na)?|suppleant(?:en|er|erna)?)"
)

#: Where a person stands in a photo, in parentheses after the name ("(vas.)", "(edessä)").
_PICTURE_PLACE = re.compile(
    r"(?i)vas|oik|kesk|vasemmalla|oikealla|edessä|takana|keskellä|t\.?v|t\.?h|längst\s*fram"
)
#: A Finnish officer's word in the nominative, no case ending ("varapuheenjohtaja", "sihteeri").
_BARE_OFFICE = re.compile(r"(?:vara)?puheenjohtaja|sihteeri")
#: Leaving a body ("jäädessä pois hallituksesta", "jäivät pois"): a titled seat is the one left.
_LEAVING = re.compile(r"(?<![\w-])(?:jää|jäävät|jäi|jäivät|jäädessä\w*)\s+pois(?![\w-])", re.I)
#: A Swedish verb in the past tense of the first or second group, in lower case
#: ("meddelade", "tackade", "hälsade", "kallade"): a verb whose object may follow.
_SV_PAST_VERB = re.compile(r"[a-zåäö]{3,}(?:ade|de|te)")
#: A Swedish seat in the plural, perhaps definite or after a body's word ("ledamöterna",
#: "suppleanter", "styrelsemedlemmar"): the seat of a list of names after it.
_SV_PLURAL_SEAT = re.compile(r"\w*(?:ledamöter|medlemmar|suppleanter|ersättare)(?:na)?|ersättarna")
#: The plural seat of such a compound ("styrelseledamöter", "styrelsemedlemmar",
#: "styrelsesuppleanterna").
_PLURAL_COMPOUND_SEAT = re.compile(r"(?:ledamöter|medlemmar|suppleanter)(?:na)?$")

#: A treasurer's word ("kassör", "rahastonhoitaja"): a task in the board, held by a member.
_TREASURER_WORD = re.compile(words_pattern(TREASURER_WORDS))
#: A comma between two names of a run, perhaps after a one-word tag in parentheses that the
#: first name carries (a party's: "A (sd.), B").
_COMMA_AFTER_TAG = re.compile(r"\s*(?:\([^()\s]{1,8}\)\s*)?,\s*")
#: One capitalised word, a place's, set off by commas between a name and its office
#: ("A, Vasa, ordförande").
_PLACE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ]?[a-zåäöéü]+)?")
#: After an entry's name: a comma, perhaps a mark of the election, and a post set off by a
#: comma or closing the entry ("Aino Berg , ny, vice förbundsordförande, Testby län").
_LEVEL_POST_AFTER_NAME = re.compile(
    r"[ \t]*,[ \t]*(?:(?i:ny|nyvald|omvald)[ \t]*,?[ \t]+)?"
    r"(?P<post>[a-zåäö][\w:]*(?:[ \t]+[a-zåäö][\w:]*){0,2})[ \t]*(?:,|\.?[ \t]*$)"
)
#: A Swedish mark of the election set off by commas before an office ("A, ny, ersättare").
_ELECTION_MARK_WORD = re.compile(r"(?i)ny|nyvald|omvald")
#: A Swedish lower-case word before a job title ("verkställande direktör"), no conjunction.
_JOB_QUALIFIER = re.compile(r"(?!(?:och|samt|eller)$)[a-zåäö][a-zåäö-]{2,}")
#: An abbreviation in the genitive: "THL:n", "VATT:n".
_ABBREVIATION_GENITIVE = re.compile(r"[A-ZÅÄÖ]{2,}:n")
#: A capitalised word (a name's) after at most two lower-case words (a title: "professorit").
_NAME_AFTER_TITLE = re.compile(r"\s+(?:[a-zåäö][\w-]*\s+){0,2}[A-ZÅÄÖ]")

#: Councils and boards that appoint bodies ("Kaupunginhallitus asetti …"): a list under no
#: named body is not theirs.
_APPOINTING = re.compile(
    r"^(?:kaupungin|kunnan|alue|maakunta)(?:hallitus|valtuusto)$|^(?:kommun|stads|region)"
    r"(?:styrelse|fullmäktige)\w*$|^välfärdsområdes(?:styrelse|fullmäktige)\w*$"
)

#: An organ's appointing participle right after its genitive: "kunnanhallituksen nimeämä".
_NAMED_BY = re.compile(r"\s+(?:nimeämä|asettama|valitsema|määräämä|nimittämä)t?(?![\w-])", re.I)

#: A decision reference after a body's name: a date and a section ("Kaupunginhallitus 16.12.2019
#: § 310", "Stadsstyrelsen har vid sitt sammanträde 5.8.2019 §223"): the organ that decided.
_DECISION = re.compile(
    r"[^.:;()\n]{0,40}?(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?\s*,?\s*§\s*\d+"
)


#: A Swedish copula between a role word and the name holding it ("vice ordförande är B").
_SV_COPULA = frozenset(("är", "var", "blev"))


def _titles_with_comma(toks: list[Token], j: int) -> int | None:
    """ "myndighetschefen, överintendent A", "toimitusjohtaja, professori A": one or two
    small-letter words, a comma, one or two more, then a capitalised word; the index of that
    word, or None."""
    x = j
    while x < len(toks) and x - j < 2 and _title_word(toks[x]):
        x += 1
    if x == j or x >= len(toks) or toks[x].text != ",":
        return None
    y = x + 1
    while y < len(toks) and y - x <= 2 and _title_word(toks[y]):
        y += 1
    if y == x + 1 or y >= len(toks) or not toks[y].is_cap:
        return None
    return y


def _title_word(tok: Token) -> bool:
    """A small-letter word that may be a person's post or job (no conjunction or pronoun)."""
    return (
        tok.is_word
        and tok.text[:1].islower()
        and len(tok.text) >= 4
        and tok.text.casefold() not in ("och", "samt", "eller", "sekä", "joka", "som", "även")
    )


def _item_ends(toks: list[Token], x: int) -> bool:
    """Whether a listed item ends at token ``x``: the sentence's end, a comma, a full stop, a
    semicolon, "ja" or "sekä"."""
    return (
        x >= len(toks) or toks[x].text in (",", ".", ";") or toks[x].text.casefold() in _AND_WORDS
    )


def _index_from(toks: list[Token], pos: int) -> int:
    """The index of the first token at or after ``pos`` (``len(toks)`` if none)."""
    return next((i for i, t in enumerate(toks) if t.start >= pos), len(toks))


def _name_next(toks: list[Token], i: int) -> bool:
    """Whether a capitalised word follows at token ``i``, or right after a copula there
    ("ordförande A", "ordförande är A")."""
    if i < len(toks) and toks[i].text in _SV_COPULA:
        i += 1
    return i < len(toks) and toks[i].text[:1].isupper()


def decided(text: str, body: Mention) -> bool:
    """Whether ``body`` is named as the organ that took a decision: a date and a section
    (§) follow its name in the same clause. The body a list or heading is about is the one the
    decision composed, never the one that decided."""
    return bool(_DECISION.match(text, body.end))


#: An organ named as the subject of a verb of appointing or deciding, in any tense or mood,
#: perhaps after an auxiliary, an adverb or a meeting's date ("Kaupunginhallitus nimeää …",
#: "aluehallitus on nimennyt …", "Kommunstyrelsen har vid sitt möte 5.8.2019 utsett …"): it
#: appoints or decides; the people listed are not in it.
_APPOINTS_SUBJECT = re.compile(
    r"(?:\s+(?:on|ovat|oli|olivat|har|hade|jo|myös|nyt|taas|även|också|nu|vid|sitt|"
    r"sammanträde|möte|kokouksessaan|§|\d[\d.]*))*\s+"
    r"(?:nime(?:ää|ävät|si|sivät|nnyt|nneet)|nimitt(?:ää|ävät|i|ivät|änyt|äneet)|"
    r"valit(?:see|sevat|si|sivat)|valinn(?:ut|eet)|asett(?:aa|avat|i|ivat|anut|aneet)|"
    r"päät(?:tää|tävät|ti|tivät|tänyt|täneet)|"
    r"utser|utsåg|utsett|väljer|valde|valt|tillsätter|tillsatte|tillsatt|beslutar|beslöt|"
    r"beslutat|utnämner|utnämnde|utnämnt)(?![\w-])"
    # "Nuorisovaltuusto valitsee keskuudestaan puheenjohtajan", "Rådet väljer inom sig en
    # ordförande": a body that chooses its own officers is the body they hold office in
    r"(?!\s+(?:keskuudestaan|jäsenistään|\w+(?:kseen|nsa|nsä)|inom\s+sig|bland\s+(?:sig|sina)|"
    r"sin|sitt|sina)(?![\w-]))",
    re.I,
)


#: A passive verb of electing or appointing and its agent's "av" right before a body ("Dessa
#: valdes av kyrkofullmäktige", "Ledamöterna utses av kommunstyrelsen"): the body elects.
_APPOINTED_BY = re.compile(
    r"(?<![\w-])(?:valdes|väljs|valts|utsågs|utses|utsetts|tillsattes|tillsätts|tillsatts|"
    r"utnämndes|utnämns|utnämnts)\s+av\s+$",
    re.I,
)


def appoints(text: str, body: Mention) -> bool:
    """Whether ``body`` is named as the organ that appoints or decides: the subject of such
    a verb (see ``_APPOINTS_SUBJECT``), the agent of its passive (see ``_APPOINTED_BY``), or
    followed by a decision's date and section (see :func:`decided`). Such an organ is never
    the body a list under it composes."""
    if decided(text, body):
        return True
    if _APPOINTED_BY.search(text, max(0, body.start - 40), body.start):
        return True
    return body.case != "gen" and bool(_APPOINTS_SUBJECT.match(text, body.end))


def sentence_text(toks: list[Token], i: int, body: Mention) -> str:
    """The words from token ``i`` to the end of ``body``, one space between them."""
    return " ".join(t.text for t in toks[i:] if t.end <= body.end)


#: A deputy named in parentheses after a member's name, with the word.
_PAREN_DEPUTY = re.compile(
    r"\(\s*(?:varajäsen(?:enä|ensä|ena)?|varalla|vara|varahenkilö|ersättare|suppleant)\s+"
    r"[A-ZÅÄÖ]",
)

#: What closes a clause after "Name till TASK": a stop, a comma, "och", "samt".
_CLAUSE_CLOSE = frozenset((",", ".", ";", "och", "samt"))
#: Ordinals and "och" before a role shared by several people ("första och andra").
_ORDINALS = frozenset({"första", "andra", "tredje", "och", "1:a", "2:a", "1:e", "2:e"})
#: "förste", "andre", "1:e" before a role word: part of the office
_ORDINAL_WORDS = frozenset(
    {"förste", "första", "andre", "andra", "tredje", "1:a", "2:a", "1:e", "2:e"}
)


#: The endings of the elative and the ablative: where a listed person comes from.
_WHENCE_ENDING = r"(?:sta|stä|lta|ltä)"
#: A capitalised word in those cases ("Kauniaisista", "Espoosta").
_CAPITAL_WHENCE = re.compile(rf"[A-ZÅÄÖ][\w-]*{_WHENCE_ENDING}")
#: A lower-case word in those cases ("osastosta", "yhdistyksestä").
_LOWER_WHENCE = re.compile(rf"[a-zåäö][\w-]*{_WHENCE_ENDING}")
#: The secretary's post in the essive, the verb and an executive director's title right
#: before a name: "sihteerinä toimii toiminnanjohtaja A".
_STAFF_SECRETARY = re.compile(
    r"(?i)(?<![\w-])sihteerinä[ \t]+toimi(?:i|vat)?[ \t]+(?:\w+[ \t]+)?toiminnanjohtaja[ \t]+$"
)
#: "ja", "sekä": the words joining the last names of a list.
_AND_WORDS = ("ja", "sekä")
#: "ovat", "toimivat": the verb between a body's members' word and the names.
_ARE = ("ovat", "toimivat")
#: A lower-case post in the essive singular ("sihteerinä", "varapresidenttinä").
_ESSIVE_POST = re.compile(r"[a-zåäö][\w-]{3,}(?:na|nä)")
#: A word's essive ending ("puheenjohtajana", "jäsenenä").
_ESSIVE_ENDING = re.compile(r"(?:na|nä)$")
#: A title of one word in small letters in the nominative ("kauppapuutarhuri", "professori"),
#: no word in an inflected case ("uudelleen", "Turussa", "puheenjohtajana")
_BARE_TITLE = re.compile(
    r"[a-zåäö][a-zåäö-]{4,}(?<!n)(?<!ssa)(?<!ssä)(?<!sta)(?<!stä)(?<!lla)(?<!llä)(?<!lta)(?<!ltä)"
    r"(?<!lle)(?<!na)(?<!nä)(?<!ksi)(?<!t)"
)
#: Besides one named in the genitive, before a list of names ("Aron lisäksi", "Aino Ahon
#: ohella").
_BESIDES = re.compile(
    r"[ \t]+(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,2}[A-ZÅÄÖ][\w-]*n[ \t]+(?:lisäksi|ohella)(?![\w-])"
)
#: The verb between a subject and the role it holds in a body named after it ("A toimii
#: lautakunnan puheenjohtajana", "A valittiin lautakunnan puheenjohtajaksi").
_SERVES = frozenset(("toimii", "toimi", "valittiin", "nimettiin", "valitaan"))
#: Words of time between that verb and the body ("toimii tällä hetkellä", "toimii nykyään").
_NOW = frozenset(("tällä", "hetkellä", "nykyään", "nyt", "edelleen", "parhaillaan", "jo"))

#: A body is led ("leds", "leddes") by a person, or a person leads it ("johtaa", "vetää").
_LED = re.compile(r"^(?:leds|leddes|johtaa|johti|vetää|veti)$", re.I)
#: The verb after "X:n johdossa" (at the head of X): "aloittaa", "jatkaa", "on", "toimii".
_AT_THE_HEAD_VERB = re.compile(r"aloittaa|jatkaa|jatkoi|on|oli|toimii|toimi|nähdään")


def _of_body(party: Mention, body: Mention) -> Mention:
    """A collective (organisations named by their kind only) represented in ``body``, named
    with the body: the NGOs of one group are not said to be those of another ("järjestöt
    (Hyvinvointiryhmä)"), so each is a node of its own; a named party as it is."""
    if party.kind != "collective":
        return party
    where = body.name[:1].upper() + body.name[1:]
    return dataclasses.replace(party, name=f"{party.name} ({where})")


#: An adverb or a particle right after the verb that links a name to its office ("omvaldes
#: enhälligt som", "valdes om som", "valittiin yksimielisesti").
_AFTER_THE_VERB = frozenset(
    ["enhälligt", "åter", "ånyo", "igen", "om", "yksimielisesti", "uudelleen", "jälleen"]
)
#: A hyphen or an en dash inside an organisation's name ("Etelä-Savon").
_DASHES = ("-", "\u2013")
#: Words of quantity before organisations of a kind, none named ("useampi järjestö").
_QUANTITY_WORDS = frozenset(
    [
        "useampi",
        "usea",
        "useat",
        "monet",
        "monta",
        "muutama",
        "muutamat",
        "kaikki",
        "eri",
        "flera",
        "många",
        "alla",
        "olika",
        "några",
        "samtliga",
    ]
)
#: Words that begin a clause, not a party's name ("…, jotka tekevät", "…, som arbetar").
_CLAUSE_WORDS = frozenset(
    [
        "joka",
        "jotka",
        "jossa",
        "joissa",
        "jonka",
        "joiden",
        "mikä",
        "mitkä",
        "kun",
        "että",
        "jos",
        "som",
        "vilka",
        "vilken",
        "där",
        "då",
        "att",
        "när",
        "om",
    ]
)
#: "edustaa", "ovat edustaneet", "edustivat": the verb of persons who represent an
#: organisation in a body (the body in the inessive before it)
_REPRESENT_VERB = re.compile(r"^edust(?:aa|avat|i|ivat|anut|aneet)$", re.I)

#: "Piirin kevätkokouksessa yhdistystä edustivat …": who represented an organisation at a
#: meeting (a meeting's word in the inessive, then the verb): delegates, not seats
_AT_MEETING_REPRESENTED = re.compile(
    r"(?i)\b\w*kokouksessa\s+(?:[\w-]+\s+){0,2}?(?:on|ovat|oli|olivat)?\s*"
    r"edust(?:aa|avat|i|ivat|anut|aneet)\b"
)


#: a nominating committee ("Valberedningen"), which proposes the seats it names
_NOMINATING = re.compile(r"(?i)val(?:be|b)red")

#: A meeting's own genitive before a role word ("kokouksen puheenjohtajana", "mötets
#: ordförande"): a role of the meeting, held in no body
_MEETINGS_OWN = re.compile(
    r"(?i)(?:vuosi|syys|kevät|liitto|yhdistys)?kokouksen|(?:års|höst|vår)?mötets|stämmans"
)


#: An association's or its branch's own genitive right before a member's word ("yhdistyksen
#: jäsen", "osaston jäsen", "föreningens medlem"): one of its members, no seat in a body
_MEMBERSHIP_OWNER = re.compile(
    r"(?i)yhdistyksen|seuran|kerhon|osaston|föreningens|klubbens|avdelningens"
)

#: A possessive pronoun right before the word of an association's members ("tackar sina
#: medlemmar, A och B", "våra medlemmar"): its members at large, no seat in a body
_OWN_PRONOUN = re.compile(r"(?i)sina|sin|sitt|våra|vår|vårt|dess|deras")
_MEMBERS_WORD = re.compile(r"(?i)medlem(?:men|mar|marna)?")


#: The minutes' checkers and tellers elected ("pöytäkirjan tarkastajiksi", also written as one
#: word and without its dots, "ääntenlaskijoiksi", "till justerare"): a meeting's officers are
#: being elected.
_MINUTES_CHECKERS = re.compile(
    r"(?i)(?<![\w-])(?:p[öo]yt[äa]kirjan[ \t]*tarkastaj\w*|ääntenlaskij\w*|"
    r"(?:protokoll)?justerare|rösträknare)(?![\w-])"
)
#: "Sihteerinä vuosikokouksessa toimi A": a role at the meeting, right after the role word
_AT_THE_MEETING = re.compile(r"(?i)(?:vuosi|syys|kevät)?kokou(?:ksessa|ksissa)")


#: A meeting role held only until the body chose its own officers: "fungerade i början av
#: sammanträdet som ordförande, tills ett nytt presidium utsågs", "toimi kokouksen alussa
#: puheenjohtajana, kunnes uusi puheenjohtaja valittiin", "avasi kokouksen".
_MEETING_ONLY = re.compile(
    r"(?<![\w-])(?:(?:fungerade|verkade|agerade|var)\s+i\s+början\s+av\s+(?:sammanträdet|mötet)|"
    r"i\s+början\s+av\s+(?:sammanträdet|mötet)\s+som\s+ordförande|"
    r"öppnade\s+(?:sammanträdet|mötet)|toimi\w*\s+kokouksen\s+alussa|"
    r"kokouksen\s+alussa\s+puheenjohtajana|avasi\s+kokouksen|"
    r"ennen\s+puheenjohtajan\s+valintaa|innan\s+ordföranden?\s+(?:valdes|utsågs)|"
    # "Vuosikokousta luotsasi puheenjohtajana A", "A johti kokousta": the meeting led
    r"(?:vuosi|syys|kevät|liitto)?kokousta\s+(?:johti|luotsasi|veti|ohjasi)|"
    r"(?:johti|luotsasi|veti|ohjasi)\s+(?:vuosi|syys|kevät|liitto)?kokousta|"
    # "Puheenjohtajana yleisissä kokouksissa toimi A": the chair of the general meetings
    r"puheenjohtaja(?:na)?\s+(?:(?:yleisissä|sääntömääräisissä|molemmissa)\s+)?"
    r"(?:(?:vuosi|syys|kevät|yleis|jäsen)kokouks(?:issa|essa)|kokouksissa)|"
    # the officers of one meeting: "valdes till sekreterare för mötet", "mötesordförande",
    # "årsmötesförhandlingarna, där A blev vald till ordförande"
    r"(?:ordförande|ordf\.|sekreterare|justerare)\s+(?:för|vid|på|under)\s+(?:års|höst|vår)?"
    r"(?:mötet|stämman|sammanträdet|mötesförhandlingarna)|"
    r"(?:års|höst|vår)?(?:mötes|stämmo)(?:ordförande|sekreterare)\w*|"
    r"(?:års|höst|vår)?mötesförhandlingar\w*|leda\s+(?:års|höst|vår)?mötet)(?![\w-])",
    re.I,
)
#: A sentence that names a meeting's officer by the office alone ("Sekreterare blev A",
#: "Justerare valdes B"): the meeting's when the sentence before named its chair.
_MEETING_OFFICER_NEXT = re.compile(
    r"(?:till[ \t]+)?(?:sekreterare|justerare|justeringsm[aä]n)[ \t]+(?:blev|valdes|var)[ \t]",
    re.I,
)
#: A presidium, of a meeting when the sentence names no body: "Till presidium valdes …".
_PRESIDIUM = re.compile(r"(?<![\w-])presidi(?:um|et)(?![\w-])", re.I)
#: A clause that goes on with what happened at the meeting just named ("…förhandlingarna,
#: där A blev vald till ordförande"): still the meeting's.
_MEETING_GOES_ON = re.compile(r",\s*(?:där|varvid|jossa|jolloin)(?![\w-])", re.I)


def meeting_only(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause of ``text[start:end]`` (between commas or semicolons) that names a role
    held only at the opening of a meeting, before the body chose its officers (an official
    who chairs until then): the people in it hold neither a seat nor an office in the body.
    None when the sentence names no such role."""
    mt = _MEETING_ONLY.search(text, start, end)
    if mt is None:
        return None
    before = max(text.rfind(",", start, mt.start()), text.rfind(";", start, mt.start()))
    after = [x for x in (text.find(",", mt.end(), end), text.find(";", mt.end(), end)) if x >= 0]
    stop = min(after) if after else end
    if stop < end and _MEETING_GOES_ON.match(text, stop, end):
        later = [text.find(c, stop + 1, end) for c in ",;"]
        stop = min([x for x in later if x >= 0], default=end)
    return (before + 1 if before >= 0 else start), stop


#: A term after a role word: "för åren 2020-2021", "för perioden 2022-2023", "kaudella 2024",
#: "vuosina 2021-2023", "toimikaudeksi 2022-2025".
#: A verb of belonging or serving said once before a list of names with their roles.
#: "… avtackades av", "… tackades vederbörligen av": the thanks, then who gave them.
_THANKED_BY = re.compile(r"(?i)(?<![\w-])(?:av)?tackades(?:[ \t]+[a-zåäö]+){0,2}?[ \t]+av[ \t]+")
#: "från föregående årsmöte", "sedan förra året": since when the names after the verb sit.
_SV_SINCE_BEFORE = re.compile(
    r"[ \t]+(?:från|sedan)[ \t]+(?:föregående|förra|fjolårets|tidigare)[ \t]+"
    r"(?:årsmöte(?:t)?|årsstämma(?:n)?|stämma(?:n)?|år(?:et)?)(?![\w-])"
)
_BELONG_VERB = re.compile(r"kuulu(?:vat|ivat|neet|u|i)|toimi(?:i|vat|neet|nut)|ovat|olivat")


#: Nothing, or the place a person is from in the elative or ablative ("Testilästä").
_HOME_TOWN = re.compile(r"\s*(?:[A-ZÅÄÖ][\w-]+(?:sta|stä|lta|ltä)\s*)?")

#: Up to the next annual meeting ("till nästa årsmöte", "till årsmötet 2021"): a seat's term
#: (not "till mötet", "till årsmötet": the meeting's own chair).
_TO_NEXT_ANNUAL_MEETING = (
    r"(?:in)?till[ \t]+(?:nästa[ \t]+års(?:möte|stämma)|"
    r"års(?:mötet|stämman)[ \t]+(?:19|20)\d\d)(?![\w-])"
)

_TERM = re.compile(
    r"\s*(?:för\s+(?:år(?:en)?|perioden|mandatperioden|verksamhetsåret|tiden)|kaudella|"
    r"kaudeksi|vuosina|vuosiksi|vuonna|vuodeksi|toimikaudella|toimikaudeksi|"
    # "toimikaudelle 2018-2019", "vuosille 2024-2025"
    r"kaudelle|toimikaudelle|vuodelle|vuosille)\s+"
    r"\d{4}(?:\s*[-–]\s*\d{2,4})?(?![\d])"  # noqa: RUF001
    # "till styrelseledamöter för två år utsågs A": a term of years counted
    r"|\s*för\s+(?:en\s+tid\s+av\s+)?(?:ett|två|tre|fyra|[1-4])\s+år(?![\w-])"
    # "Ny ordförande för 2023 är …": one year alone after "för"
    r"|\s*för\s+(?:19|20)\d\d(?![\d]|\s*[-–]\s*\d)"  # noqa: RUF001
    # "Som ordförande till årsmötet 2021 valdes A": the seat held up to the next annual meeting
    rf"|\s*{_TO_NEXT_ANNUAL_MEETING}",
    re.I,
)

#: A Finnish seat's word in the essive before a name ("puheenjohtajana", "jäseninä",
#: "varajäseninä", "pj:nä").
_FI_ESSIVE_SEAT = re.compile(r"[\w:-]*(?:na|nä)")
#: A re-election or a first one said as a noun before the names ("I övrigt blev det omval av
#: följande; A, B och C", "Nyval av D och E", "Omval: F").
_ELECTION_OF_NAMES = re.compile(
    r"(?i)(?<![\w-])(?:om|ny|åter)val(?:[ \t]+av(?:[ \t]+följande[ \t]*[;:,]?)?|[ \t]*[;:])[ \t]+"
    r"(?=[A-ZÅÄÖ])"
)
#: A chair's gavel or office handed over to the next one ("lämnade Leif Ek över
#: ordförandeklubban till", "överlämnade ordförandeskapet till"): the name after it the chair.
_GAVEL_HANDED = re.compile(
    r"(?i)(?<![\w-])(?:över)?lämna(?:de|r|t)?[ \t]+(?:[^.;:]{0,60}?[ \t])?(?:över[ \t]+)?"
    r"(?:ordförandeklubban|ordförandeskapet|ordförandeposten|ordförandeuppdraget)[ \t]+till[ \t]+"
)
#: An agenda item's election on the line above ("5 Val av två representanter i …").
_ELECTION_ITEM = re.compile(r"(?i)(?<![\w-])val[ \t]+(?:av|till)(?![\w-])")
#: A Swedish election said with no seat, the verb after the names ("A, B och C omvaldes på 2
#: år", "D och E är valda till årsmötet 2021", "F kvarstår"), then only the term, to the
#: clause's end.
_ELECTED_NO_SEAT = re.compile(
    r"[ \t]+(?:(?:om|åter|ny|in)?valdes|är[ \t]+(?:om|åter|ny)?valda|kvarstår|sitter[ \t]+kvar)"
    r"(?:[ \t]+(?:(?:på|för)[ \t]+(?:ett|en|två|tre|fyra|[1-4])[ \t]+år(?:[ \t]+till)?"
    rf"|{_TO_NEXT_ANNUAL_MEETING}"
    r"|(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?|även|också|tillika|enhälligt))*"  # noqa: RUF001
    r"[ \t]*(?:[.;,]|[ \t]+(?:medan|och|samt)[ \t]+[A-ZÅÄÖ]|$)"
)

#: A Finnish office's abbreviation ("pj", "vpj", "varapj", "siht"), in lower case.
_FI_OFFICE_ABBREVIATION = re.compile(r"(?:vara)?pj|vpj|siht")
#: A Finnish office in the nominative singular, in small letters ("puheenjohtaja", "sihteeri",
#: "jäsen"): an apposition's word after a name and a comma.
_FI_NOMINATIVE_OFFICE = re.compile(r"[a-zåäö-]*(?:johtaja|sihteeri|hoitaja|jäsen)")
#: An office's abbreviation in the essive ("pj:nä", "vpj:na"): what the name before it serves as
#: ("jatkavat A, pj:na, B …").
_FI_ESSIVE_ABBREVIATION = re.compile(r"(?:(?:vara)?pj|vpj|siht):n[aä]")
#: "also" words that, after a comma, begin an apposition naming another role of the same person.
_ALSO = ("även", "också", "myös", "lisäksi")
#: The verb of a relative clause right after a name that gives the office held now, by
#: election or going on ("…, joka valittiin puheenjohtajaksi", "…, som omvaldes till
#: ordförande"), not one held before ("…, som var ordförande i tio år")
#: Thanks said to one leaving: "tackades", "avtackades", "kiitettiin"
_THANKED = re.compile(r"(?i)(?<![\w-])(?:(?:av)?tackades|kiitettiin)(?![\w-])")
_RELATIVE_NOW = re.compile(
    r"(?:uudelleen)?valittiin|valittu|toimii|jatkaa|on|"
    r"(?:om|ny|åter)?valdes|utsågs|är|fortsätter|kvarstår|blev"
)
#: "Personalens", "Studenternas", "Universitetssamfundets": a group in the genitive, a capital
#: word ending in "s" (sv)
_SV_GROUP_GENITIVE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}s")
#: An association's word in the genitive, in small letters ("kuoroyhdistyksen", "seuran",
#: "liiton"): whose office the role word after it is.
_ASSOCIATION_GENITIVE = re.compile(r"[a-zåäö]*(?:yhdistyksen|seuran|liiton|kerhon)")
#: A title's abbreviation with its full stop before a name ("dos. Aino Aho", "prof. Bo Ek").
_TITLE_ABBREVIATIONS = frozenset(
    ("dos", "prof", "toht", "tri", "fil", "dipl", "ins", "past", "rov")
)
#: An abbreviated word in small letters whose full stop a title's lower-case words or a hyphen
#: go on after ("ev.-lut. kirkon arkkipiispa", "ort. kirkon piispa", "lakit. tohtori"); not the
#: abbreviations that begin an aside ("mm.", "esim.") or end a list ("jne.", "ym.").
_TITLE_WORD_ABBREVIATION = re.compile(r"-?[a-zåäö]{2,8}")
_ASIDE_ABBREVIATIONS = frozenset(("mm", "esim", "ym", "yms", "jne", "ks", "vrt", "ns", "eli"))
#: "har som ledamöter deltagit", "Som ledamöter har medverkat": a report's preface naming who
#: took part in the work as what (Swedish), the run of names after it.
_TOOK_PART_AS = re.compile(
    r"(?<![\w-])(?:har[ \t]+)?[Ss]om[ \t]+(?P<role>[a-zåäö]+)[ \t]+(?:har[ \t]+)?"
    r"(?:deltagit|medverkat)[ \t]+"
)
#: Between the items of such a run: a comma, "samt" or "och".
_RUN_CUT = re.compile(r",[ \t]*(?:samt[ \t]+|och[ \t]+)?|[ \t]+(?:samt|och)[ \t]+")
#: A party's abbreviation in parentheses closing an item ("Bo Ek (s)").
_PARTY_TAIL = re.compile(r"[ \t]*\([^()]{1,12}\)[ \t]*$")
#: A word in lower case: a title's before a name in such an item ("ledamoten av riksdagen").
_LOWER_WORD = re.compile(r"[a-zåäö][\w-]*")
#: A title of one lower-case word before a name ("är minister A").
_TITLE_WORD = re.compile(r"[a-zåäö]{4,}")

#: A degree's abbreviation before a name ("valde JD Per Holm till ordförande", "och EM Eva
#: Lind till vice ordförande", "FM", "PeD", "KTM"): no part of the name, nor a word between
#: the verb and it.
_DEGREE_ABBR = re.compile(r"[A-ZÅÄÖ]{2,4}|[A-ZÅÄÖ][a-zåäö][A-ZÅÄÖ]{1,2}|PhD|MSc")

#: "på två år", "för ett år": a term after an election's verb, before the names
_TERM_AFTER_VERB = re.compile(
    r"(?:på|för)[ \t]+(?:ett|två|tre|fyra|[1-4])[ \t]+år(?![\w-])[ \t]*"
    # "Som ordförande fungerar sedan den 1.3.2021 A", "… från och med 1.1.2024 B": the day
    # the seat was taken, between the verb and the name
    r"|(?:sedan|från[ \t]+och[ \t]+med|fr\.[ \t]?o\.[ \t]?m\.)[ \t]+(?:den[ \t]+)?"
    r"\d{1,2}\.[ \t]?\d{1,2}\.(?:[ \t]?(?:19|20)\d\d)?(?!\d)[ \t]*",
    re.IGNORECASE,
)
#: Finnish passives after which a role's holder is in the nominative.
#: Swedish verbs of an election that "X till <role>" may leave out after them.
_SV_ELECTED = re.compile(r"^(?:valts|valdes|valda|vald|utsågs|utsetts|utsedd|utsedda)$", re.I)
#: An election's passive verb: no apposition after a name holds one ("A nyvaldes som
#: sekreterare och fyra ledamöter valdes, B, C": a clause of its own, not A's apposition).
_ELECTION_VERB = re.compile(r"^(?:om|ny|åter)?(?:valdes|utsågs)$|^valittiin$", re.I)
#: An adverb between a body in the inessive or illative and its verb of belonging.
#: A capitalised word in the genitive: the end of a proper name ("Alighierin").
_PROPER_GENITIVE = re.compile(r"[A-ZÅÄÖ][\w-]*[a-zåäö]n")
#: "muina", "muut", "övriga": the other members of a body, after its officers.
_OTHERS_WORD = re.compile(r"(?i)muina|muiksi|muut|övriga")
_ADVERB_BETWEEN = re.compile(r"(?i)\s+(?:edelleen|yhä|myös|vielä)\s+")
#: A person's job in parentheses that says it is a former one: "(liikenneviraston entinen
#: ylijohtaja, eläkkeellä)", "(f.d. rektor)", "(tidigare kommundirektör)".
_FORMER_JOB = re.compile(
    r"\((?:[a-zåäö][\w-]*[ \t]+)?(?:entinen|ent\.|f\.[ \t]?d\.|före[ \t]+detta|tidigare)[ \t]+"
    r"[a-zåäö][\w-]*[^()\n]{0,40}\)"
)
#: A body's other word in parentheses right after it: "johtokuntaan (hallitukseen)",
#: "styrelsen (direktionen)" (one or two words in small letters).
_ALIAS_AFTER = re.compile(r"[ \t]*\([ \t]*[a-zåäö][\w-]*(?:[ \t]+[a-zåäö][\w-]*)?[ \t]*\)")
#: A Finnish auxiliary between a body and a verb's participle ("Hallitukseen ovat kuuluneet").
_FI_AUXILIARY_BETWEEN = re.compile(r"\s+(?:on|ovat|oli|olivat)\s+")
#: A Swedish auxiliary between a body and a verb's supine, perhaps the time it held for
#: ("Styrelsen har under verksamhetsåret utgjorts av", "Styrelsen har bestått av").
_SV_AUXILIARY_BETWEEN = re.compile(
    r"(?i)\s+(?:har|hade)(?:\s+under\s+(?:\w*året|perioden)(?:\s+(?:19|20)\d\d)?)?\s+"
)
#: A Swedish verb saying what a body is made of, "av" and its members after it.
#: A Finnish temporal clause of leaving right after the names ("A:n ja B:n jäädessä pois",
#: "C:n luopuessa tehtävästä"): those names leave their seats.
_LEAVING_AFTER = re.compile(
    r"(?i)\s+(?:jäädessä|jäätyä|luopuessa|luovuttua|erotessa|väistyessä|siirtyessä)(?![\w-])"
)
_CONSISTS_VERBS = frozenset(f"{SV_CONSISTS}|{SV_CONSISTED}".split("|"))
#: An adverb between such a verb and its "av" ("Styrelsen utgörs i övrigt av A, B och C",
#: "består därutöver av", "består för närvarande av"): the words to step over to the "av".
_CONSISTS_ADVERB = re.compile(
    r"(?i)\s+(?:i\s+övrigt|dessutom|därutöver|därtill|vidare|numera|nu|för\s+närvarande|"
    r"fortsättningsvis|alltjämt|fortfarande|även)(?=\s+av(?!\w))"
)
#: The copula after a new body's name ("Ny styrelse är A, B och C", "Uusi hallitus on A, B
#: ja C"): the body's members after it.
_NEW_BODY_COPULA = frozenset(("är", "blev", "on", "ovat"))
#: The adjective that makes a body the new one just elected ("Ny", "Den nya", "Uusi").
_NEW_BODY_ADJECTIVE = frozenset(("ny", "nya", "nyvald", "nyvalda", "uusi", "uudeksi"))
#: A Finnish active past participle ("puhunut", "käyneet"): with "on" before it, the perfect of
#: a verb of its own.
_FI_ACTIVE_PARTICIPLE = re.compile(
    r"[a-zåäö]{2,}(?:nut|nyt|neet|lut|lyt|leet|rut|ryt|reet|sut|syt|seet)"
)
#: "toisen kauden", "kolmatta kautta": the term, counted, that members go on for.
_NTH_TERM = re.compile(
    r"(?i)\s+(?:toisen|kolmannen|neljännen|seuraavan|toista|kolmatta|neljättä)\s+"
    r"(?:kauden|kautta|kautensa|toimikauden|toimikautta)(?![\w-])"
)
#: A term in the ablative before "jatkaa"/"jatkavat" ("edelliskaudelta", "viime kaudelta"):
#: those who stay on from it.
_TERM_BEFORE_STAYING = re.compile(r"(?:edellis|aiemma\w*|entise\w*)?kaude(?:lta|sta)")
#: A Finnish verb in the third person plural ("jatkavat", "toimivat", "ovat").
_PLURAL_VERB = re.compile(r"^(?:ovat|olivat|jatkavat|toimivat|valittiin)$", re.I)
#: A seat word in the plural essive or translative ("jäseninä", "varajäseniksi",
#: "edustajina"): the seat of every name in the run after it.
_PLURAL_SEAT = re.compile(r"(?:eni|[aä]ji)(?:na|nä|ksi)$")
#: What joins two names of such a run: a comma or "ja"/"sekä", a home town in the elative or
#: ablative before it ("A Testilästä, B ja C") or a note in parentheses ("A (Lempin
#: sukuhaara), B"); no title or other words.
_RUN_JOIN = re.compile(
    r"(?:[ \t]+[A-ZÅÄÖ][\w-]+(?:sta|stä|lta|ltä)|[ \t]*\([^()\n]{1,40}\))?"
    r"[ \t]*(?:,|[ \t]ja|[ \t]sekä)[ \t]+"
)
#: Where a sentence goes on with a clause of its own: "… ja lisäksi …", "…; …", "…, men …".
#: What may stand between two names of a run, or the last name and the body after it: a
#: note in brackets ("(region norr)"), then a comma or "och"/"ja" (nothing before the body).
_NOTE_AND_JOIN = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:,|(?:,[ \t]*)?(?:och|ja|samt|sekä)(?![\w-]))?[ \t]*"
)
_AND_GAP = re.compile(r"(?<![\w-])(?:och|ja|samt|sekä)(?![\w-])")
#: A sentence saying people were elected (re-elected, newly elected) to a body.
_ELECTED_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:om|ny|in|åter)?vald(?:a|es)?(?![\w-])|(?<![\w-])valittiin(?![\w-])"
)
_NEW_CLAUSE = re.compile(
    r",?\s+ja\s+lisäksi\s+|;\s+|,\s+(?:men|mutta)\s+"
    # "… valittiin jatkamaan A ja sihteeriksi kutsuttiin B": a clause of its own, a role word
    # and a passive of inviting or proposing, after the seats the sentence elected
    r"|,?\s+(?:ja|sekä)\s+(?=[a-zåäö-]+(?:ksi|na|nä)\s+"
    r"(?:kutsuttiin|kutsutaan|ehdotettiin|ehdotetaan|esitettiin|esitetään)(?![\w-]))"
    # "Hallitukseen valittiin A ja B, ja ehdolla olivat myös C ja D": after a comma and "ja",
    # a clause that opens with the word of invitees or candidates
    r"|,\s+(?:ja|sekä|och|samt)\s+(?=(?:kutsuttu\w*|kutsutt\w*|ehdolla|ehdokk\w*|hakij\w*|"
    r"inbjud\w*|kandidat\w*|sökande)(?![\w-]))",
    re.I,
)

#: Possessive pronouns before a role word: "heidän varajäsenensä", "hänen varajäsenensä".
_POSSESSIVE = re.compile(r"^(?:heidän|hänen|deras|hans|hennes)$", re.I)
_PASSIVE = re.compile(r"^(?:valittiin|nimettiin|nimitettiin|valittu|nimetty|nimitetty)$", re.I)
#: The verb of going on in an office between the office's essive and the name ("jatkaa").
_GOES_ON = re.compile(r"\s+(?:edelleen\s+)?jatka(?:a|vat)\s+", re.I)
#: A Finnish word for where a person lives, in lower case ("kuopiolainen", "turkulainen").
_DWELLER = re.compile(r"[a-zåäö]{3,}(?:lainen|läinen)")
#: A place in a local case before a participle of moving ("Tampereelta", "Ouluun").
_PLACE_FROM_TO = re.compile(r"[A-ZÅÄÖ][a-zåäö-]+(?:sta|stä|lta|ltä|lle|an|en|in|on|un|yn|än|ön)")
#: A past participle of moving ("muuttanut", "palannut"): the end of where the person came from.
_MOVED = re.compile(r"(?:muuttanut|palannut|siirtynyt)")
#: ", joka toimi aiemmin hallituksen jäsenenä,": a relative clause that tells of an earlier
#: office of the name before it
#: "… Aho Aino x) Ek Eino pyysi eroa …": one person (the name right before, not after a
#: conjunction or a comma) who resigned, the verb in the singular
_RESIGNED_ALONE = re.compile(
    r"(?<!,[ \t])(?<!\bja[ \t])(?<!\bsekä[ \t])(?<!\boch[ \t])"
    r"(?P<name>[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w-]+)[ \t]+"
    r"(?:pyysi[ \t]+eroa|erosi|luopui|(?:on|oli)[ \t]+eronnut)(?![\w-])"
)
_PAST_RELATIVE = re.compile(
    r",[ \t]*(?:joka|jotka|som)[ \t][^,.;:]*?(?<![\w-])(?:aiemmin|aikaisemmin|tidigare)(?![\w-])"
    r"[^,.;:]*(?=[,.;:]|$)",
    re.I,
)
#: "vuoden jäsen", "årets medlem": the words before a member's word that make it an award
_OF_THE_YEAR = frozenset(("vuoden", "kuukauden", "årets", "månadens"))
#: A founders' word before a members' word: "de grundande medlemmarna A, B" (the founders).
_FOUNDING = re.compile(r"grundande|grundarna|stiftande|perustava\w*|perustaneet", re.I)
#: Between two posts of one run of posts and names ("avgående ordförande A, vice ordförande
#: och ordförande emerita B samt styrelsemedlem C"): a name or none (a post's "emerita" or
#: "emeritus" before it), then a comma, "och" or "samt".
_RUN_OF_POSTS_GAP = re.compile(
    r"(?:\s+emerit(?:a|us|i))?"
    r"(?:\s+[A-ZÅÄÖ][\w'-]*(?:\s+(?:von\s+|af\s+|de\s+)?[A-ZÅÄÖ][\w'-]*){0,3})?"
    r"\s*(?:,|\s(?:och|samt))\s*"
)
#: Swedish function words that may follow "och" after an office without being a task of the
#: officer's ("… valdes som ordförande och att A och B blev valda …": a new clause).
_SV_NO_TASK = frozenset(
    ("att", "som", "när", "då", "om", "men", "eller", "samt", "och", "även", "också", "med",
     "för", "av", "till", "i", "på", "från", "hos", "under", "efter", "där", "sedan", "nu",
     "han", "hon", "de", "den", "det", "vi", "ni", "alla", "båda", "dessutom")
)  # fmt: skip
#: A demonstrative before a bare body word: the word points back ("tällä ryhmällä").
_DEMONSTRATIVE = re.compile(
    r"(?:tämä|tämän|tätä|tässä|tästä|tähän|tällä|tältä|tälle|täksi|tänä|nämä|näiden|näissä|"
    r"näillä|denna|detta|dessa|här)$",
    re.I,
)


_UNIT_HEADS = {
    "fi": r"toimiala|tulosalue|tulosyksikkö|palvelualue|vastuualue|yksikkö|sektori|"
    r"konsernihallinto|toimialue|palvelukokonaisuus",
    "sv": r"sektor(?:n)?|enhet(?:en)?|avdelning(?:en)?|förvaltning(?:en)?|resultatområde\w*|"
    r"verksamhetsområde\w*|koncernförvaltning\w*",
}


#: Active verbs of electing or appointing whose object is the person in the accusative.
_ELECTS = re.compile(r"valits(?:i|ivat|ee|evat)|nime(?:si|sivät|ää|ävät)|nimitti|nimittivät")
#: Relative pronouns opening a clause about the name before them.
_RELATIVE_PRONOUNS = frozenset(
    ("joka", "jotka", "jonka", "joiden", "som", "vilken", "vilka", "vars")
)
#: "valituiksi tulivat A, B ja C", "valituksi tuli A": who were elected (Finnish): the
#: participle, then the verb of becoming.
_ELECTED_RESULT = re.compile(r"(?i)valitui?ksi")
_CAME_TO_BE = re.compile(r"(?i)tulivat|tuli")
#: A vote or an election in the sentence before ("äänestettiin", "vaalissa", "valittiin").
_VOTE_WORD = re.compile(r"(?i)(?<![\w-])(?:äänest\w*|vaali\w*|valit\w*)")
#: The members of a body in any case but the nominative ("jäsenestä", "jäsenistä", "jäsenten").
_MEMBERS_WORD_CASES = re.compile(r"jäsen(?:e(?:stä|n|ksi|nä)|i(?:stä|ksi|nä|in)|ten|iä|tä)")
#: The space after a sentence's end, before the next sentence's first word.
_NEXT_SENTENCE = re.compile(r"[.!?]?[ \t]+(?=[A-ZÅÄÖ])")
#: A sentence's end: a full stop, question or exclamation mark before a space and a capital,
#: or a line break.
_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ]|\s*$)|\n")
#: The infinitive of going on or serving in an office after an election verb and the
#: person's accusative ("valitsi A:n jatkamaan puheenjohtajana", "toimimaan sihteerinä").
#: A word in the essive ("puheenjohtajana", "jäseninä").
_ESSIVE_END = re.compile(r"(?:na|nä)$")
#: Verbs of serving or being, and the passives of electing: a clause of its own after an
#: active verb of electing ("valitsi A:n, ja sihteerinä toimii B").
_SERVES_OR_PASSIVE = re.compile(
    r"toimi(?:i|vat)?|toimivat|on|ovat|oli|olivat|ollut|olleet|jatka(?:a|vat)|jatkoi(?:vat)?"
    r"|valittiin|nimettiin|nimitettiin|valittu|nimetty|nimitetty"
)
_GO_ON_AS = re.compile(r"jatkamaan|toimimaan")


#: A term of office between a body and the verb that says who belong to it ("för år 2019",
#: "vuonna 2024", "2023-2024").
_TERM_BETWEEN = re.compile(
    r"\s+(?:(?:för|under)\s+)?(?:(?:år|året|perioden|vuonna|vuosina|kaudella)\s+)?"
    r"(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?\s+"  # noqa: RUF001
)
#: The organisation a body is of, named between the body and its verb ("Till valberedningen i
#: TFO omvaldes A"): "i" or "inom" and one to three capitalised words.
_ORGANISATION_BETWEEN = re.compile(
    r"[ \t]+(?:i|inom)[ \t]+[A-ZÅÄÖ][\w:&-]*(?:[ \t]+[A-ZÅÄÖ][\w:&-]*){0,2}[ \t]+"
)
#: The coming year between a body and its verb ("för det kommande verksamhetsåret", "för
#: nästa år").
_COMING_YEAR_BETWEEN = re.compile(
    r"(?i)\s+(?:för|under)\s+(?:det\s+)?(?:kommande|nästa|innevarande)\s+\w*år(?:et)?\s+"
)
#: A company's or a registered association's form in the genitive, ending its name before a
#: job ("Attendo Oy:n viestintäjohtaja").
#: A passive participle of electing or naming: "nimetty", "valittu", "nimitetty".
_PASSIVE_PARTICIPLE = re.compile(r"(?:nimetty|nimitetty|valittu|asetettu|kutsuttu)")
#: "edustavana", "edustavat", "edustaen": the participle of a seat held for what stands before
_REPRESENTING = re.compile(r"edusta(?:va|vana|vat|vina|vien|en)", re.I)
_EMPLOYER_END = re.compile(r"(?:Oy|Oyj|Ab|Abp|ry|rf):n")
#: The genitive of an association's head and its basic form: "Diabetesliiton", "Aivosäätiön".
_ASSOCIATION_GENITIVES = (("liiton", "liitto"), ("yhdistyksen", "yhdistys"), ("säätiön", "säätiö"))


def _after_elects(toks: list[Token], y: int) -> bool:
    """Whether token ``y`` comes right after a verb of electing or appointing ("valitsi"),
    at most two words in small letters between them ("valitsi yksimielisesti turkulaisen")."""
    v = y - 1
    while v >= 0 and y - v <= 3:
        word = toks[v].text
        if _ELECTS.fullmatch(word.casefold()):
            return True
        if not (toks[v].is_word and word.islower()):
            return False
        v -= 1
    return False


def _one_association(text: str, basic: str) -> str | None:
    """The one association of a kind (``basic``: "liitto", "yhdistys", "säätiö") the text
    names by a capitalised word before its head ("Näkövammaisten liitto", "… liiton",
    "Reumaliitossa"), in its basic form; None when it names none or more than one."""
    forms = _ASSOCIATION_FORMS[basic]
    names = set()
    for mt in re.finditer(rf"(?<![\w-])([A-ZÅÄÖ][\w-]*?)(\s+)?({forms})(?![\w-])", text):
        first = mt.group(1)
        if mt.group(2) is None and len(first) < 3:
            continue  # "Liiton" itself: no name before the head
        if mt.group(2) is not None and first.casefold() in _NOT_A_NAME_BEFORE_HEAD:
            continue  # "Uusi liitto": the association the text speaks of, not its name
        names.add(f"{first} {basic}" if mt.group(2) else f"{first}{basic}")
    return next(iter(names)) if len(names) == 1 else None


#: The forms of an association's head word that a name may end in.
_ASSOCIATION_FORMS = {
    "liitto": r"liitto|liiton|liitossa|liitosta|liittoon|liitolla|liitolle|liittoa",
    "yhdistys": r"yhdistys|yhdistyksen|yhdistyksessä|yhdistyksestä|yhdistykseen|yhdistystä",
    "säätiö": r"säätiö|säätiön|säätiössä|säätiöstä|säätiöön|säätiötä",
}
#: Words that may stand capitalised before an association's head and are no part of a name.
_NOT_A_NAME_BEFORE_HEAD = frozenset(
    ("uusi", "uuden", "uudessa", "uuteen", "koko", "tämä", "tämän", "oma", "oman", "meidän")
)


#: Swedish: "A valdes till ordförande för Finlands Röda Kors", "B återvaldes till vice
#: ordförande för Exempelförbundet r.f.": a chair elected for an organisation named after "för".
_ELECTED_FOR_ORGANISATION = re.compile(
    r"(?<![\w'-])(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2})[ \t]+"
    r"(?:(?:om|åter)?valdes|utsågs)[ \t]+(?:(?:på[ \t]+nytt|enhälligt)[ \t]+)?till[ \t]+"
    r"(?P<role>(?:vice[ \t]+)?ordförande)[ \t]+för[ \t]+"
    r"(?P<org>[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,3}(?:[ \t]+(?:r\.f\.|rf|r\.y\.|ry)(?!\w))?)"
)

#: Swedish: "Ordföranden i stödföreningen Hörselskadades Vänner Karin af Klint tackades": an
#: office "i" an association's common noun, then the association's capitalised name and the
#: person's, run together up to the next lower-case word (a name's particle aside).
_OFFICER_OF_NAMED_ASSOCIATION = re.compile(
    r"(?<![\w'-])(?P<role>(?:[Vv]ice[ \t]+)?(?:[Oo]rdförande(?:n)?|[Vv]ice[ \t]+ordförande(?:n)?))"
    r"[ \t]+i[ \t]+(?P<noun>[a-zåäö]*(?:förening|förbund)(?:en|et)?)[ \t]+"
    r"(?P<run>[A-ZÅÄÖ][\w'-]*(?:[ \t]+(?:[A-ZÅÄÖ][\w'-]*|von|af|van|de|der|la))+)"
    r"(?=[ \t]*(?:[,.;]|[ \t][a-zåäö]|$))"
)

#: An ordinal before a role word: "ensimmäiseksi varapuheenjohtajaksi".
_ORDINAL_WORD = re.compile(r"(?i)^(?:ensimmäi|toi|kolma)s?\w*ksi$")


#: "A (vas) Kylälästä on [porilaisen varapuheenjohtajan] B:n henkilökohtainen varajäsen": a
#: named person's deputy, said of the deputy.
_DEPUTY_OF_NAMED = re.compile(
    r"\s*(?P<a>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ]\.)?(?:\s+[A-ZÅÄÖ][\w-]+){1,2})"
    r"(?:\s*\([^()]{1,15}\))?(?:\s+[A-ZÅÄÖ][\w-]*(?:sta|stä|lta|ltä))?"
    r"\s+on\s+(?P<title>(?:[a-zåäö][\w-]*n\s+){0,2})"
    r"(?P<b>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})"
    r"\s+(?:henkilökohtai\w+\s+)?varajäsen(?![\w-])"
)


#: A lower-case attribute in the partitive ("alueellista", "uutta", "kunnallista").
_PARTITIVE_ATTRIBUTE = re.compile(r"[a-zåäö]{3,}(?:llista|llistä|ista|istä|uutta|yttä)")


#: A party's letters in parentheses after a name ("(s)", "(KD)", "(fp)").
_PARTY = re.compile(r"[A-Za-zÅÄÖåäö]{1,4}")
#: The offices a parenthesis right after a name in a sentence's list may hold alone
#: ("Aino Ek (pj), Bo Lind, …").
_OFFICES_IN_BRACKETS = ("chair", "vice_chair", "secretary")


def _party_follows(toks: list[Token], person: Mention | None) -> bool:
    """Whether a party's letters in parentheses follow ``person``'s name ("Bo Lind (s)")."""
    if person is None:
        return False
    k = next((x for x, t in enumerate(toks) if t.start >= person.end), len(toks))
    return (
        k + 2 < len(toks)
        and toks[k].text == "("
        and toks[k + 2].text == ")"
        and _PARTY.fullmatch(toks[k + 1].text) is not None
    )


#: A registered association's name in the Swedish genitive right before an office: "Norrby
#: Byar rf:s ", "Norrby Byar rf.:s ", "Norrby Byar r.f.:s ".
_SV_REGISTERED_OWNER = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,2}[A-ZÅÄÖ][\w-]*)[ \t]+"
    r"(?P<form>rf|r\.f)\.?:s[ \t]+$"
)


#: "den avgående styrelsen - ": the body another consists of, its names between dashes
_SAME_AS_BODY = re.compile(
    r"(?:den|det)[ \t]+(?:[a-zåäö]+[ \t]+){0,2}(?P<body>[a-zåäö]+)[ \t]*[-–—][ \t]+"  # noqa: RUF001
)
#: "- med förstärkning av ", "förstärkt med ": more people joining those just named
_REINFORCED_BY = re.compile(
    r"(?:[-–—][ \t]*)?(?:med[ \t]+förstärkning[ \t]+av|förstärkt[ \t]+med)[ \t]+"  # noqa: RUF001
)


#: An association named by the bare word of its kind in the genitive, whose members are its
#: people, not a body's ("yhdistyksen", "seuran", "föreningens").
_BARE_ASSOCIATION_OWNER = re.compile(r"(?i)(?:yhdistyksen|seuran|kerhon|ry:n|föreningens|klubbens)")


#: Swedish: the body's own meeting (and when), then perhaps the person's occupation, between a
#: verb of choosing and the name ("valde på sitt möte i början på januari bonden A till …").
_OWN_MEETING_GAP = re.compile(
    r"(?i)\s+(?:på|vid|under)\s+(?:sitt|sina|dess)(?:\s+[a-zåäö]+){0,2}?\s+"
    r"(?:möte|sammanträde)(?:t|n|na)?(?:\s+(?:i|den|på)(?:\s+[\w.]+){1,4}?)?"
    r"(?:\s+[a-zåäö]{4,})?\s+"
)

#: "hallituksen ulkopuolelta", "johtokunnan ulkopuolisena": from outside the body in the
#: genitive, between a post's word and the name that holds it.
_OUTSIDE_THE_BODY = re.compile(r"(?i)(?<![\w-])[a-zåäö]+n\s+ulkopuol(?:elta|isena|inen)(?![\w-])")

#: the gap between a body and the names after it that holds only a verb in small letters
#: (" valittiin ", " valittiin uudelleen "), not "hallituksen ulkopuolelta toimi"
_VERB_GAP = re.compile(r"[ \t]+[a-zåäö]+(?:[ \t]+(?:uudelleen|uudestaan))?[ \t]+")


#: A full stop after a word's letters, set off as a token of its own (" ." in "v . ordf").
_ABBREVIATION_STOP = re.compile(r"(?<=[^\W\d]) \.")


def _same_definite(a: str, b: str) -> bool:
    """Whether two names are one Swedish noun with and without its definite ending
    ("Styrelse", "Styrelsen"), or the same."""
    a, b = a.casefold(), b.casefold()
    short, long_ = sorted((a, b), key=len)
    return long_ == short or (long_.startswith(short) and long_[len(short) :] in ("en", "et", "n"))


class SentenceReader:
    def __init__(self, reader: Reader) -> None:
        self.r = reader
        self.lex = reader.lex
        self.unit_re = re.compile(rf"(?:{_UNIT_HEADS[reader.lex.lang]})$")
        #: A verb of belonging or election ("jatkavat", "valittiin", "sitter").
        self.belongs_re = (
            re.compile(rf"^(?:{reader.lex.belongs})$", re.I) if reader.lex.belongs else None
        )
        #: The officer's role an abbreviation after a name gives ("Mari Jaranti pj., …"), by
        #: the name's span, for the sentence being read.
        self.said_after: dict[tuple[int, int], str] = {}
        #: An officer's post in the organisation a parenthesis after the name names ("…,
        #: varapuheenjohtaja A (valtion liikuntaneuvosto), …" in a list of members after
        #: their jobs), by the name's span: the post and the parenthesis's span.
        self.post_elsewhere: dict[tuple[int, int], tuple[str, int, int]] = {}
        #: The names of a list said to have held the seat only until a date ("Aino Ek 7.9
        #: asti"), by the name's span, for the sentence being read.
        self.until: set[tuple[int, int]] = set()
        #: The body a pronoun beginning the sentence being read stands for (:meth:`_pronoun`).
        self.pronoun_means: Mention | None = None
        #: The last list of tokens :meth:`_role_tokens` read, and its roles.
        self._roles_read: tuple[list[Token], list[tuple[int, int, str]]] | None = None

    def read(self, text: str, sentence: Sentence, ctx: Context) -> list[Finding]:
        self.said_after = {}
        self.post_elsewhere = {}
        self.until = set()
        toks = tokens(text, sentence.start, sentence.end)
        before, ctx.subject = ctx.subject, None
        # the subject of the sentence right before, nothing but space between them
        self.pronoun_means = (
            before[0]
            if before is not None and not text[before[1] : sentence.start].strip()
            else None
        )
        if not toks:
            return []
        named = self.r.bodies(toks)
        if not named and (being := self._body_being_elected(toks)) is not None:
            named = [being]
        lead = self._lead_subject(toks, len(toks), ctx)
        if lead is not None and self._sole_body(toks, named):
            ctx.subject = (lead, sentence.end)
        bodies = [
            b
            for b in named
            if not self._is_person_part(b)
            # "johtokuntaan (hallitukseen)": another word for the body before, no other body
            and not any(
                (alias := _ALIAS_AFTER.match(text, a.end)) is not None
                and a.end < b.start
                and b.end <= alias.end()
                for a in named
            )
            # "Varaedustajana samassa ryhmässä toimii A": a bare word after "the same" points
            # back to a group the text spoke of, no body of its own
            and not (
                self.lex.lang == "fi"
                and " " not in b.written.strip()
                and SAME_BEFORE.search(text, max(0, b.start - 12), b.start)
            )
        ]
        status = (
            self.lex.not_member_status(sentence.text)
            or ctx.status
            # ("A (liikenneviraston entinen ylijohtaja, eläkkeellä)": a person's former job in
            # parentheses says nothing of the seat the sentence gives)
            or self.lex.not_held_status(_FORMER_JOB.sub(" ", sentence.text))
            or self._proposed_said(sentence.text)
        )
        took = self._took_part_run(text, sentence, ctx, status)
        if took is not None:
            return took
        if (level := self._level_post_entry(text, sentence, toks, ctx, status)) is not None:
            return [level]
        found: list[Finding] = []
        found += [
            self._thanker(sentence, f)
            for f in self._roles(text, sentence, toks, bodies, ctx, status)
        ]
        found += self._represented(text, sentence, toks, bodies)
        found += self._represent_in_body(sentence, toks, bodies, status, found, ctx)
        found += self._responsibility(text, sentence, toks, bodies, ctx)
        found += self._cooperation(text, sentence, toks, bodies, ctx)
        found += self._participation(sentence, toks, bodies, ctx)
        if (elected := self._elected_for_organisation(text, sentence, toks, status)) is not None:
            # the chair is the organisation's: no other reading of the same name stands
            found = [
                f
                for f in found
                if not (f.kind == "membership" and f.actor.start == elected.actor.start)
            ] + [elected]
        belongs = self._belongs(text, sentence, toks, bodies, ctx, status, found)
        reread = {f.actor.name for f in belongs if f.rule == "text-belongs-back"}
        found = [f for f in found if f.actor.name not in reread] + belongs
        found += self._deputy_pairs(sentence, toks, ctx, status, found)
        found += self._office_in_apposition(text, sentence, toks, bodies, ctx, status, found)
        found += self._titled_members(sentence, toks, bodies, ctx, status, found)
        found += self._names_then_body(text, sentence, toks, bodies, status, found)
        found += self._elected_with_no_seat(text, sentence, toks, bodies, ctx, status, found)
        found += self._gavel_handed_over(text, sentence, toks, ctx, status, found)
        found += self._deputy_of_named(text, sentence, bodies, ctx, status, found)
        each = self._each_in_body(sentence, toks, bodies, status)
        if each:
            # the body right before each name is that name's, whatever else read them
            taken = {f.actor.start for f in each}
            found = [
                f for f in found if f.kind != "membership" or f.actor.start not in taken
            ] + each
        if self.post_elsewhere:
            found = self._posts_elsewhere(text, found)
        found += self._first_of_two_posts(toks, bodies, found)
        if ctx.paren_deputies:
            found += self._bracketed_deputies(text, toks, found)
        # "Johtokunnan sihteerinä toimii toiminnanjohtaja A": the association's executive
        # director serving as the body's secretary is its staff, no member of it
        found = [
            f
            for f in found
            if not (
                f.kind == "membership"
                and f.role == "secretary"
                and _STAFF_SECRETARY.search(text, max(0, f.actor.start - 80), f.actor.start)
            )
        ]
        for f in found:
            # "hallitukseen jäseninä kuuluivat A (varapuheenjohtaja), B, …": the post in the
            # brackets right after a member's name is that member's
            said = re.match(r"[ \t]*\(([^()]{3,40})\)", text[f.actor.end : f.actor.end + 45])
            if f.kind == "membership" and f.role == "member" and said:
                post = self.lex.role_of(said.group(1))
                if post in ("chair", "vice_chair", "secretary"):
                    f.role = post
        clause = _NEW_CLAUSE.search(sentence.text)
        if (
            clause is not None
            and status
            and not ctx.status
            and not self.lex.not_member_status(sentence.text[: clause.start()])
            and not self.lex.not_held_status(sentence.text[: clause.start()])
        ):
            # "Puheenjohtajana toimii A, jäsenenä B ja lisäksi eläkkeensaajat ovat esittäneet
            # oman ehdotuksensa": the proposal is the next clause's, not A's or B's seat
            cut = sentence.start + clause.start()
            for f in found:
                if f.status == status and f.actor.end <= cut:
                    if f.kind == "candidacy":
                        f.kind = "membership"
                        f.confidence += 0.1
                    else:
                        f.confidence += 0.2
                    f.status = ""
        if status and not ctx.status:
            self._status_of_one_name(text, sentence, status, found)
        past = _PAST_RELATIVE.search(sentence.text)
        if (
            past is not None
            and status == "ended"
            and not ctx.status
            and not self.lex.not_member_status(sentence.text)
            and not self.lex.not_held_status(
                sentence.text[: past.start()] + " " + sentence.text[past.end() :]
            )
        ):
            # "Varajäseneksi valittiin A, joka toimi aiemmin hallituksen jäsenenä, ja B": the
            # relative clause tells of A's earlier seat; the seats the sentence elects to are
            # held (a seat of the kind the clause names stays an earlier one)
            before = {self.lex.role_of(w) for w in re.findall(r"[\w-]+", past.group().casefold())}
            for f in found:
                if (
                    f.kind == "membership"
                    and f.status == "ended"
                    and f.role not in before
                    and not (
                        sentence.start + past.start() <= f.actor.start < sentence.start + past.end()
                    )
                ):
                    f.status = ""
                    f.confidence += 0.2
        alone = _RESIGNED_ALONE.search(sentence.text) if status == "ended" else None
        if (
            alone is not None
            and not ctx.status
            and not self.lex.not_member_status(sentence.text)
            and not self.lex.not_held_status(sentence.text[: alone.start()])
        ):
            # "Puheenjohtaja A … Henkilökohtaiset varajäsenet … Ek Eino pyysi eroa …" (a report
            # flattened into one sentence): the one who resigned is the name right before the
            # verb; the seats listed before it are held
            for f in found:
                if (
                    f.kind == "membership"
                    and f.status == "ended"
                    and f.actor.end <= sentence.start + alone.start()
                    and (f.actor.start, f.actor.end) not in self.until
                ):
                    f.status = ""
                    f.confidence += 0.2
        if ctx.meeting is not None and not bodies and _PRESIDIUM.search(sentence.text):
            # "… har avhållit sitt representantskapsmöte. Till presidium valdes som ordförande
            # A och till sekreterare B": the meeting's presidium, no seat in the board
            found = [f for f in found if f.kind != "membership"]
        delegates = _AT_MEETING_REPRESENTED.search(sentence.text)
        if delegates is not None:
            # "Piirin kevätkokouksessa yhdistystä edustivat puheenjohtaja ja syyskokouksessa
            # varapuheenjohtaja A sekä B": delegates to a meeting, named after the verb, hold
            # no seat there
            cut = sentence.start + delegates.start()
            found = [f for f in found if f.kind != "membership" or f.actor.start < cut]
        opening = meeting_only(text, sentence.start, sentence.end)
        if opening is not None:
            # "X fungerade i början av sammanträdet som ordförande, tills …": no seat for X
            found = [f for f in found if not opening[0] <= f.actor.start < opening[1]]
        elif _MEETING_OFFICER_NEXT.match(sentence.text) and self._after_meetings_chair(
            text, sentence.start
        ):
            # "Till ordförande för mötet valdes A. Sekreterare blev B.": the meeting's
            # secretary, named in the sentence after its chair, no seat either
            found = [f for f in found if f.kind != "membership"]
        return found

    @staticmethod
    def _after_meetings_chair(text: str, start: int) -> bool:
        """Whether the sentence just before ``start`` names a meeting's own officer
        ("Till ordförande för mötet valdes A.")."""
        before = text[max(0, start - 300) : start].rstrip()
        cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
        return _MEETING_ONLY.search(before[cut + 1 :]) is not None

    def _elected_for_organisation(
        self, text: str, sentence: Sentence, toks: list[Token], status: str
    ) -> Finding | None:
        """Swedish: "A valdes till ordförande för Finlands Röda Kors": the chair (or vice chair)
        of the organisation named after "för", written with its name, when that name is no
        body's word ("för styrelsen", "för Fullmäktige") and is either two or more capitalised
        words or one that ends in an organisation's word ("Exempelförbundet")."""
        if self.r.finnish:
            return None
        mt = _ELECTED_FOR_ORGANISATION.search(sentence.text)
        if mt is None:
            return self._officer_of_named_association(text, sentence, toks, status)
        org = mt.group("org")
        words = org.split()
        if self.lex.body_kind(words[0].casefold()) is not None:
            return None
        if len(words) == 1 and self.lex.org_kind(org.casefold()) is None:
            return None
        # "Ambassadör Pertti Torstila": a title before the name is no part of it
        first = self._index_at(toks, sentence.start + mt.start("name"))
        end = sentence.start + mt.end("name")
        last = next((i for i, t in enumerate(toks) if t.end == end), -1)
        person = None
        for x in range(first, last if first >= 0 else first):
            p = self.r.person_at(toks, x, in_list=True)
            if p is not None and p.end == toks[last].end and " " in p.name:
                person = p
                if m.FIRST_NAME in self.r.word_classes(toks[x].text):
                    break
        if person is None:
            return None
        role = "vice_chair" if mt.group("role").startswith("vice") else "chair"
        a, b = sentence.start + mt.start("org"), sentence.start + mt.end("org")
        body = Mention(a, b, text[a:b], org, "ngo", 0.6)
        quote = (sentence.start + mt.start(), b)
        return self._fact(person, role, body, quote, 0.75, "text-elected-for-organisation", status)

    def _officer_of_named_association(
        self, text: str, sentence: Sentence, toks: list[Token], status: str
    ) -> Finding | None:
        """Swedish: "Ordföranden i stödföreningen Hörselskadades Vänner Karin af Klint": the
        chair (or vice chair) of the association the common noun introduces, its name the
        capitalised words before the person's (the last two or three words of the run, read
        as a person's name, a known first name first); nothing when the run holds no
        association's name before the person's."""
        mt = _OFFICER_OF_NAMED_ASSOCIATION.search(sentence.text)
        if mt is None:
            return None
        a, b = sentence.start + mt.start("run"), sentence.start + mt.end("run")
        first = next((i for i, t in enumerate(toks) if t.start == a), -1)
        last = next((i for i, t in enumerate(toks) if t.end == b), -1)
        if first < 0 or last < 0:
            return None
        person = None
        for x in range(first + 1, last):
            if not toks[x].is_cap or m.FIRST_NAME not in self.r.word_classes(toks[x].text):
                continue
            p = self.r.person_at(toks, x, in_list=True)
            if p is not None and p.end == toks[last].end and " " in p.name:
                person = p
                break
        else:
            # no first name known: the person's the run's last two words (a particle between)
            x = last - 2 if toks[last - 1].text.islower() else last - 1
            p = self.r.person_at(toks, x, in_list=True) if x > first else None
            if p is None or p.end != toks[last].end or " " not in p.name:
                return None
            person = p
        org_end = toks[x - 1].end
        org = text[a:org_end]
        words = org.split()
        if self.lex.body_kind(words[-1].casefold()) is not None:
            return None  # "i föreningen Styrelsen …": a body's word, no association's name
        if len(words) == 1 and self.lex.org_kind(org.casefold()) is None:
            return None  # one word may be the person's first name read as the association's
        role = "vice_chair" if mt.group("role").casefold().startswith("vice") else "chair"
        body = Mention(a, org_end, org, org, "ngo", 0.6)
        quote = (sentence.start + mt.start(), person.end)
        return self._fact(person, role, body, quote, 0.7, "text-officer-of-association", status)

    def _proposed_said(self, sentence: str) -> str:
        """ "proposed" when the sentence says its seats have been proposed ("Toimielimen
        puheenjohtajaksi on esitetty A"), else ""."""
        said = self.lex.proposed_said
        if said and re.search(rf"(?<![\w-])(?:{said})(?![\w-])", sentence, re.I):
            return "proposed"
        return ""

    def _bracketed_deputies(
        self, text: str, toks: list[Token], found: list[Finding]
    ) -> list[Finding]:
        """ "Förbundsordförande A (B) och viceordförandena C (D) …" where the page has said
        that the deputies are in parentheses: each person alone in the parenthesis right after
        a member's or an officer's name is that one's deputy in the same body."""
        out: list[Finding] = []
        claimed = {f.actor.start for f in found}
        for f in found:
            if (
                f.kind != "membership"
                or f.role not in ("chair", "vice_chair", "member")
                or f.target is None
            ):
                continue
            opening = re.compile(r"[ \t]*\([ \t]*").match(text, f.actor.end)
            if opening is None:
                continue
            i = next((k for k, t in enumerate(toks) if t.start >= opening.end()), None)
            if i is None or toks[i].start != opening.end():
                continue
            deputy = self.r.person_at(toks, i, in_list=True)
            if (
                deputy is None
                or deputy.start in claimed
                or not re.match(r"[ \t]*\)", text[deputy.end : deputy.end + 3])
            ):
                continue
            claimed.add(deputy.start)
            out.append(
                Finding(
                    "membership",
                    deputy,
                    "deputy_member",
                    f.target,
                    f.quote,
                    f.confidence - 0.1,
                    "text-bracketed-deputy",
                    deputy_for=f.actor,
                    status=f.status,
                )
            )
        return out

    def _deputy_pairs(
        self,
        sentence: Sentence,
        toks: list[Token],
        ctx: Context,
        status: str,
        already: list[Finding],
    ) -> list[Finding]:
        """ "Hans Öhlund (S) är personlig ersättare för Gunilla Åström (S) och …": the first
        person is the deputy of the second, who is a member; both of the body of the context
        (an organ named after "valda av" appointed them, it is not where they sit). People
        the sentence has already given a role are left as they are."""
        if self.r.finnish or ctx.body is None:
            return []
        given = {f.actor.name for f in already}
        quote = (sentence.start, sentence.end)
        out: list[Finding] = []
        persons = self._sentence_persons(toks)
        for k, t in enumerate(toks):
            if t.text.casefold() != "för" or k < 2:
                continue
            a = next(
                (
                    x
                    for x in (k - 2, k - 1)
                    if x >= 1
                    and self.lex.role_of(" ".join(tk.text for tk in toks[x:k])) == "deputy_member"
                ),
                None,
            )
            if a is None or toks[a - 1].text.casefold() not in ("är", "var", "blir", "blev"):
                continue
            x = a - 2
            if x >= 0 and toks[x].text == ")":  # "(S)": the party
                while x >= 0 and toks[x].text != "(":
                    x -= 1
                x -= 1
            if x < 0:
                continue
            deputy = next((p for p in persons if p.end == toks[x].end), None) or next(
                (
                    p
                    for y in range(max(0, x - 3), x)
                    if (p := self.r.person_at(toks, y, in_list=True)) is not None
                    and p.end == toks[x].end
                ),
                None,
            )
            member = self.r.person_at(toks, k + 1, in_list=True)
            if deputy is None or member is None:
                continue
            if deputy.name not in given:
                fact = self._fact(
                    deputy, "deputy_member", ctx.body, quote, 0.75, "text-deputy", status
                )
                fact.deputy_for = member
                out.append(fact)
            if member.name not in given:
                out.append(
                    self._fact(member, "member", ctx.body, quote, 0.75, "text-deputy", status)
                )
        return out

    def _comma_left_out(self, toks: list[Token], j: int, names: list[Mention]) -> bool:
        """Whether token ``j`` goes on a list of names each with a note in parentheses after
        a comma left out ("A (SFJ), B (PJY), C (RTTL) D (EPSY)"): two names or more before,
        the first with its parenthesis, the last parenthesis right before token ``j``, and a
        name at ``j`` with its own parenthesis after it."""
        if len(names) < 2 or j < 1 or j >= len(toks) or toks[j - 1].text != ")":
            return False
        if not toks[j].is_cap or toks[j].start == toks[j - 1].end:
            return False
        after_first = next((x for x, t in enumerate(toks) if t.start >= names[0].end), -1)
        if after_first < 0 or toks[after_first].text != "(":
            return False
        person = self.r.person_at(toks, j, in_list=True)
        if person is None:
            return False
        k = next((x for x, t in enumerate(toks) if t.start >= person.end), len(toks))
        return k < len(toks) and toks[k].text == "("

    def _members_voted_on(self, text: str, sentence: Sentence) -> Mention | None:
        """The body whose members the sentence right before ``sentence`` says were voted on
        or elected ("Kymmenestä liittohallituksen jäsenestä äänestettiin.", "Hallituksen
        jäsenten vaalissa …"): a body in the genitive right before a word for its members, in
        one sentence of the same paragraph (Finnish)."""
        lo = max(0, sentence.start - 300)
        before = text[lo : sentence.start]
        if "\n\n" in before:
            before = before[before.rindex("\n\n") + 2 :]
            lo = sentence.start - len(before)
        stops = [m.end() for m in re.finditer(r"[.!?]\s+", before[:-1].rstrip())]
        start = lo + (stops[-1] if stops else 0)
        toks = tokens(text, start, sentence.start)
        if not _VOTE_WORD.search(text, start, sentence.start):
            return None
        for body in self.r.bodies(toks):
            k = next((x for x, tk in enumerate(toks) if tk.start >= body.end), len(toks))
            if (
                body.case == "gen"
                and not body.plural
                and k < len(toks)
                and _MEMBERS_WORD_CASES.fullmatch(toks[k].text.casefold())
            ):
                return dataclasses.replace(body, name=body.name[:1].upper() + body.name[1:])
        return None

    def _belongs(
        self,
        text: str,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
        already: list[Finding],
    ) -> list[Finding]:
        """ "Ryhmään kuuluvat lisäksi rehtori Pekka Puu, nuorisotyöntekijä Liisa Laine ja
        Matti Mäki", "I gruppen ingår Anna Berg och Bo Ek": the body just before the verb (in
        the illative in Finnish; a word such as "Ryhmään" is the body of the context), then
        people, each possibly after a lower-case title, joined by commas and "ja"/"och".
        People the sentence has already given a role are left as they are."""
        if not self.lex.belongs:
            return []
        verb = re.compile(rf"^(?:{self.lex.belongs})$", re.I)
        conj = re.compile(rf"^(?:{self.lex.conjunctions}|samt|sekä)$", re.I)
        adverbs = {"lisäksi", "myös", "mm", "muun", "muassa", "även", "dessutom", "också"}
        # "… vaikuttavat tällä kaudella A, B": the term between the verb and the names
        adverbs |= {"tällä", "kaudella", "kautena", "nykyään", "nyt"}
        for i, t in enumerate(toks):
            back = self._points_back(toks, i)
            into = i > 0 and any(
                b.end == toks[i - 1].end and b.case == "ill" and not b.plural for b in bodies
            )
            elected = (
                self.r.finnish
                and _ELECTED_RESULT.fullmatch(t.text) is not None
                and i + 1 < len(toks)
                and _CAME_TO_BE.fullmatch(toks[i + 1].text) is not None
            )
            # "Kymmenestä liittohallituksen jäsenestä äänestettiin. Valituiksi tulivat A, B ja
            # C": the members of the body the sentence before voted on
            voted = self._members_voted_on(text, sentence) if i == 0 and elected else None
            copula = self._new_body_copula(toks, i, bodies)
            if voted is None and (
                i == 0
                or not (
                    verb.match(t.text)
                    or elected
                    or copula
                    or ((back or into) and self._misspelt_belongs(t.text))
                )
            ):
                # ("Hallitukseen valittin A, B ja C": a verb misspelt right after the body it
                # puts them into reads as the verb)
                continue
            before = [b for b in bodies if b.end <= t.start]
            gap = before[-1].end if before else 0
            if before and (alias := _ALIAS_AFTER.match(text, gap, t.start)) is not None:
                # "yhdistyksen johtokuntaan (hallitukseen) ovat kuuluneet A, B": another word
                # for the same body in parentheses after it
                gap = alias.end()
            body = (
                before[-1]
                if before
                and (
                    not text[gap : t.start].strip()
                    # "I centralstyrelsen för år 2019 fortsätter A, B och C": the term
                    # between the body and the verb
                    or _TERM_BETWEEN.fullmatch(text, gap, t.start)
                    # "Valberedningen för det kommande verksamhetsåret utgörs av A och B"
                    or _COMING_YEAR_BETWEEN.fullmatch(text, gap, t.start)
                    # "Till valberedningen i TFO omvaldes A och B": the body's organisation
                    or (
                        not self.r.finnish
                        and _ORGANISATION_BETWEEN.fullmatch(text, gap, t.start) is not None
                    )
                    # "Hallituksessa edelleen jatkavat A, B ja C": an adverb between them
                    or _ADVERB_BETWEEN.fullmatch(text, gap, t.start)
                    # "Hallitukseen ovat kuuluneet A, B ja C": the verb in the perfect
                    or _FI_AUXILIARY_BETWEEN.fullmatch(text, gap, t.start)
                    # "Styrelsen har under verksamhetsåret utgjorts av A (ordförande), B"
                    or (
                        not self.r.finnish
                        and _SV_AUXILIARY_BETWEEN.fullmatch(text, gap, t.start) is not None
                    )
                )
                else None
            )
            case = "nom" if copula else "ill"
            if voted is not None:
                body, case = voted, voted.case
            sent_from: Mention | None = None
            k = i - back
            relative = (
                _body_ending_at(bodies, toks[k - 2])
                if back == 1
                and k >= 2
                and toks[k].text.casefold() in ("johon", "joihin")
                and toks[k - 1].text == ","
                else None
            )
            if relative is not None:
                # "… valitsi juhlatoimikunnan, johon kuuluvat A, B ja C": the relative
                # pronoun points back to the body right before its comma
                body, case = relative, relative.case
            elif back and (ctx.recent or ctx.body) is not None:
                # "Kaupunginhallituksesta siihen kuuluvat A (varajäsen B) ja C (D)": "siihen"
                # points back to the body the text spoke of, the body before it (in the
                # elative, "from") is the organ that sent them
                k = i - back
                sent_from = next((bb for bb in bodies if k > 0 and bb.end == toks[k - 1].end), None)
                body = ctx.recent or ctx.body
                assert body is not None
                case = body.case
            if (
                body is None
                and not self.r.finnish
                and t.text.casefold() in _CONSISTS_VERBS
                and i >= 2
                and toks[i - 1].text.casefold() == "som"
            ):
                # "… tillsätta en ersättningskommitté som består av A, B och C": the relative
                # "som" points back to the body right before it
                body = _body_ending_at(bodies, toks[i - 2])
            if (
                self.lex.belongs_in
                and re.fullmatch(self.lex.belongs_in, t.text.casefold())
                and not back
                and not copula
            ):
                case = "ine"  # "Uudessa nuorisovaltuustossa istuvat A, B ja C"
            if (
                self.lex.belongs_formed
                and re.fullmatch(self.lex.belongs_formed, t.text.casefold())
                and not back
            ):
                case = "gen"  # "Johtokunnan muodostivat A, B ja C"
            if body is not None and self.r.finnish and body.case != case:
                body = None  # "Aluehallitus nimesi …": the subject, not where they belong
            j = i + 1
            if body is None and self.r.finnish and i + 1 < len(toks):
                # "Aluehallitus nimesi vammaisneuvostoon Aino Aholan ja …": the verb first
                # (an adverb perhaps after it: "Valtuuskunta valitsi uudelleen hallitukseen")
                x = i + 1
                while x + 1 < len(toks) and toks[x].text.casefold() in _AFTER_THE_VERB:
                    x += 1
                after = [b for b in bodies if b.start == toks[x].start]
                if after and after[0].case == "ill":
                    body = after[0]
                    j = next((x for x in range(i + 1, len(toks)) if toks[x].end >= body.end), i)
                    j += 1
            inverted = 0
            if (
                body is None
                and not self.r.finnish
                and not back
                and t.text.casefold() in _CONSISTS_VERBS
                and i + 1 < len(toks)
            ):
                # "Därutöver utgörs styrelsen av A (ordförande), B och C": the verb before its
                # subject, the body right after the verb and "av" after the body
                after = next((b for b in bodies if b.start == toks[i + 1].start), None)
                if after is not None and not after.plural:
                    x = next((x for x in range(i + 1, len(toks)) if toks[x].start >= after.end), 0)
                    if x and toks[x].text.casefold() == "av":
                        body, inverted = after, x
            if (
                body is not None
                and not inverted
                and t.text.casefold() in _CONSISTS_VERBS
                and (adverb := _CONSISTS_ADVERB.match(text, t.end)) is not None
            ):
                # "FN-förbundets nya styrelse utgörs i övrigt av A, B och C": the adverb
                # stepped over, the "av" after it
                inverted = next(
                    (x for x in range(i + 1, len(toks)) if toks[x].start >= adverb.end()), 0
                )
            consists = (
                body is not None
                and t.text.casefold() in _CONSISTS_VERBS
                and i + 1 < len(toks)
                and (inverted or toks[i + 1].text.casefold() == "av")
            )
            if consists:
                # "Rådet består av A (ordförande), B och C": the subject's members
                j = inverted + 1 if inverted else i + 2
                if (
                    j < len(toks)
                    and (same := _SAME_AS_BODY.match(text, toks[j].start)) is not None
                    and re.fullmatch(self.lex.anaphora, same.group("body"), re.I)
                ):
                    # "Interimsstyrelsen består av den avgående styrelsen - A, B och C -": the
                    # names between the dashes, those of the body it consists of
                    j = next((x for x in range(j, len(toks)) if toks[x].start >= same.end()), j)
            elif body is not None and not self.r.finnish and not back and not copula:
                # "i gruppen ingår", "till rådet utsågs": the preposition before the body
                k = next((x for x, tk in enumerate(toks) if tk.start == body.start), 0)
                if k == 0 or toks[k - 1].text.casefold() not in ("i", "till"):
                    body = None
            if body is None or (self.r.finnish and body.case != case):
                continue  # "Ohjausryhmään kuuluvat", not "Tehtäviin kuuluu"
            k0 = self._index_at(toks, body.start)
            if not back and k0 > 0 and self.lex.role_of(toks[k0 - 1].text) == "representative":
                continue  # "Edustajaksi vapaa-aikalautakuntaan valittiin X": a representative
            meant = self._resolve(body, ctx) or body
            if not (MEETING_NAME.search(meant.name) and not MEETING_NAME.search(body.name)):
                # ("Förbundets årsstämma hölls … Därutöver består styrelsen av A, B": a meeting
                # has no members; the word names the board, a body of its own)
                body = meant
            if body.name[:1].islower():  # "nuorisovaltuustossa istuvat": named as a body is
                body = dataclasses.replace(body, name=body.name[:1].upper() + body.name[1:])
            genitive = bool(self.lex.belongs_active) and bool(
                re.fullmatch(self.lex.belongs_active, t.text.casefold())
            )
            if elected and j == i + 1:
                j += 1  # "valituiksi tulivat": the verb of becoming after the participle
            if (
                self.r.finnish
                and j == i + 1
                and j < len(toks)
                and t.text.casefold() in ("on", "ovat", "oli", "olivat")
                and _FI_ACTIVE_PARTICIPLE.fullmatch(toks[j].text) is not None
                and not re.fullmatch(rf"(?:{self.lex.belongs}|{self.lex.linking})", toks[j].text)
            ):
                continue  # "Neuvostossa on puhunut A": another verb's perfect, no belonging
            while j < len(toks) and toks[j].text.casefold() in adverbs:
                j += 1
            if (
                term := re.match(
                    r"\s*(?:vielä\s+)?vuoden\s+(?:19|20)\d\d\s+ajan\s+", text[toks[j - 1].end :]
                )
            ) is not None:
                # "Liittohallituksessa jatkavat vielä vuoden 2025 ajan A, B ja C": how long
                end = toks[j - 1].end + term.end()
                j = next((x for x in range(j, len(toks)) if toks[x].start >= end), j)
            if j > 0 and (nth := _NTH_TERM.match(text, toks[j - 1].end)) is not None:
                # "Hallituksessa jatkavat toisen kauden A, B ja C": which term they go on for
                j = next((x for x in range(j, len(toks)) if toks[x].start >= nth.end()), j)
            since = (
                _SV_SINCE_BEFORE.match(text, toks[j - 1].end)
                if not self.r.finnish and j > 0
                else None
            )
            if since is not None:
                # "I styrelsen kvarstår från föregående årsmöte: A, B, C": since when they sit
                j = next((x for x in range(j, len(toks)) if toks[x].start >= since.end()), j)
            if (
                (self.r.finnish or since is not None)
                and j + 1 < len(toks)
                and toks[j].text == ":"
                and toks[j + 1].is_cap
            ):
                # "Hallituksessa jatkavat toisen kauden: A, B ja C": a colon between the verb
                # and the names it lists
                j += 1
            if (
                self.r.finnish
                and j > 0
                and (besides := _BESIDES.match(text, toks[j - 1].end)) is not None
            ):
                # "Hallituksessa jatkavat Aron lisäksi A, B ja C": the one named in the
                # genitive before "lisäksi" is said elsewhere; the names follow
                j = next((x for x in range(j, len(toks)) if toks[x].start >= besides.end()), j)
            names: list[Mention] = []
            officer: dict[str, str] = {}
            deputies: list[tuple[Mention, Mention]] = []
            sent_by: dict[str, Mention] = {}
            # "A (varajäsen B)" said once in the text: "C (D)" names D as C's deputy
            deputy_said = bool(back) and self._deputy_in_parentheses(text, sentence.start)
            carried = ""  # a member's or a deputy's seat said before the names it goes on to
            while j < len(toks):
                x = j
                while x < len(toks) and x - j <= 4:
                    if (
                        not self.r.finnish
                        and x > j
                        and toks[x].text in ("och", "&")
                        and x + 1 < len(toks)
                        and toks[x + 1].is_word
                        and toks[x + 1].text[:1].islower()
                        and toks[x + 1].text not in _SV_NO_TASK
                        and not self.lex.role_of(toks[x + 1].text)
                    ):
                        # "vice ordförande och vinterplatser A", "teknisk- & miljö-ansvarig B":
                        # two posts joined before the name, one title
                        x += 2
                        continue
                    if (
                        self.r.finnish
                        and _DEGREE_ABBR.fullmatch(toks[x].text)
                        and x + 1 < len(toks)
                        and toks[x + 1].is_cap
                        and self.r.person_at(toks, x, in_list=True) is None
                    ):
                        x += 1  # a degree's abbreviation before the name: "FT Laura Jetsu"
                        continue
                    if (
                        self.r.finnish
                        and _DEGREE_ABBR.fullmatch(toks[x].text)
                        and x + 2 < len(toks)
                        and toks[x + 1].text == ","
                        and toks[x + 2].is_word
                        and toks[x + 2].text[:1].islower()
                    ):
                        x += 2  # "VT, apulaispoliisipäällikkö A": a degree, a comma, a job
                        continue
                    if not (
                        toks[x].is_word
                        and toks[x].text[:1].islower()
                        and not conj.match(toks[x].text)
                    ):
                        break
                    if toks[x].text.casefold() in _RELATIVE_PRONOUNS:
                        # "…, C, joka pudotti äänestyksessä D": a clause about the name
                        # before, no title of the next
                        x = len(toks)
                        break
                    x += 1  # a title: "rehtori", "nuorisotyöntekijä"
                person = (
                    self.r.person_at(toks, x, in_list=True, genitive=genitive)
                    if x < len(toks)
                    else None
                )
                if person is None:
                    break
                person = self._without_whence(toks, x, person, genitive)
                names.append(person)
                if self.r.finnish and x > j:
                    # "johon kuuluvat puheenjohtajana A sekä jäseninä B, C ja D": a seat in the
                    # essive before a name is its own; a member's or a deputy's goes on to the
                    # names after it
                    said = self.lex.role_of(toks[x - 1].text)
                    if said is not None and _FI_ESSIVE_SEAT.fullmatch(toks[x - 1].text.casefold()):
                        carried = said if said in ("member", "deputy_member") else ""
                        if said != "member":
                            officer[person.name] = said
                    elif carried:
                        officer[person.name] = carried
                elif self.r.finnish and carried == "deputy_member":
                    officer[person.name] = carried
                if back:
                    # "…, sivistyslautakunnasta Reima Anolin": the organ that sent the next one
                    sender = next(
                        (
                            bb
                            for bb in bodies
                            if toks[j].start <= bb.start and bb.end <= person.start
                        ),
                        None,
                    )
                    sender = sender or sent_from
                    if sender is not None:
                        sent_by[person.name] = sender
                j = x
                while j < len(toks) and toks[j].start < person.end:
                    j += 1
                j = self._whence_words(toks, j)
                if (represents := self._representing_after(toks, j)) is not None:
                    # "A Pohjois-Pohjanmaan edustajana, B Kylälän kunnan edustajana ja C": whom
                    # each name sits for, in the essive right after it
                    organ, j = represents
                    if organ is not None:
                        sent_by[person.name] = organ
                if (post := self._post_after(toks, j)) is not None:
                    # "A varapuheenjohtajana, B rahastonhoitajana ja C": each name's post in
                    # the essive right after it (a deputy's too); a post outside the seats
                    # leaves a member
                    role = self.lex.role_of(" ".join(tk.text for tk in toks[j:post]))
                    if role in ("chair", "vice_chair", "secretary", "deputy_member"):
                        officer[person.name] = role
                    j = post
                if j < len(toks) and toks[j].text == "(":
                    # "Aino Ahola (pj.), Kaisa Koski ja …": what the parenthesis says
                    close = next(
                        (y for y in range(j, min(len(toks), j + 12)) if toks[y].text == ")"), None
                    )
                    if close is None:
                        break
                    said = self._role_tokens(toks[j + 1 : close])
                    if said and said[0][2] in ("chair", "vice_chair", "secretary"):
                        officer[person.name] = said[0][2]
                    elif back and (
                        (said and said[0][2] == "deputy_member" and said[0][0] == 0)
                        or (not said and deputy_said)
                    ):
                        at = j + 1 + (said[0][1] + 1 if said else 0)
                        deputy = self.r.person_at(toks, at, in_list=True)
                        if deputy is not None and deputy.end == toks[close - 1].end:
                            deputies.append((deputy, person))
                            deputy_said = True
                    j = close + 1
                if (
                    self.r.finnish
                    and not back
                    and (office := self._office_after_comma(toks, j)) is not None
                ):
                    # "Hallitukseen kuuluivat A, puheenjohtaja, B, varapuheenjohtaja ja
                    # …, C": an office in the nominative set off by commas after a name is
                    # that name's; a post outside the seats leaves a member
                    role, j = office
                    if role in ("chair", "vice_chair", "secretary"):
                        officer[person.name] = role
                if j < len(toks) and conj.match(toks[j].text):
                    j += 1
                    continue
                if self._comma_left_out(toks, j, names):
                    continue  # "… C (RTTL) D (EPSY), E (S-KJ)": a comma left out in the list
                if (
                    consists
                    and j < len(toks)
                    and (more := _REINFORCED_BY.match(text, toks[j].start))
                ):
                    # "… och C - med förstärkning av D och E": more members of the same body
                    j = next((x for x in range(j, len(toks)) if toks[x].start >= more.end()), j)
                    continue
                break
            if not names or (copula and len(names) < 2):
                # ("Uusi hallitus on nyt A:n johtama hallitus": a list has two names or more)
                continue
            given = {f.actor.name for f in already}
            # (also the same words read in another form: "puheenjohtaja Aino Ahon lisäksi")
            spans = [(f.actor.start, f.actor.end) for f in already]
            quote = (sentence.start, sentence.end)
            if back:
                # the sentence's own reading: it replaces what the role words alone gave
                given, spans = set(), []
            out = [
                self._fact(
                    n,
                    officer.get(n.name, "member"),
                    body,
                    quote,
                    0.7,
                    "text-belongs-back" if back else "text-belongs",
                    status,
                )
                for n in names
                if n.name not in given and not any(a < n.end and n.start < b for a, b in spans)
            ]
            for deputy, member in deputies:
                fact = self._fact(
                    deputy, "deputy_member", body, quote, 0.7, "text-belongs-back", status
                )
                fact.deputy_for = member
                out.append(fact)
            for fact in out:
                fact.on_behalf_of = sent_by.get(
                    fact.deputy_for.name if fact.deputy_for else fact.actor.name
                )
            return out
        return []

    def _without_whence(
        self, toks: list[Token], x: int, person: Mention, genitive: bool
    ) -> Mention:
        """ "Harri Ek Kauniaisista, …": a listed name of three or more words whose last is a
        capitalised word in the elative or ablative before a comma, "ja", "sekä" or the
        sentence's end is a name of the words before it and where the person comes from."""
        if not self.r.finnish or len(person.written.split()) < 3:
            return person
        y = next((z for z in range(x, len(toks)) if toks[z].end == person.end), None)
        if (
            y is None
            or not self._home_town_word(toks[y].text)
            or not (
                y + 1 >= len(toks)
                or toks[y + 1].text in (",", "(", ".", ";")
                or toks[y + 1].text.casefold() in ("ja", "sekä")
            )
        ):
            return person
        shorter = self.r.person_at(toks[:y], x, in_list=True, genitive=genitive)
        if shorter is None or shorter.end != toks[y - 1].end:
            return person
        return shorter

    def _representing_after(self, toks: list[Token], j: int) -> tuple[Mention | None, int] | None:
        """After a listed name, the organisation in the genitive (one to four words) and a
        representative's word in the essive ("Pohjois-Pohjanmaan edustajana", "Kylälän kunnan
        edustajana"), then a comma, "ja", "sekä" or the sentence's end (Finnish): the
        organisation (None when the words name none) and the index after the word; None when
        the words do not read so."""
        if not self.r.finnish:
            return None
        x = j
        while (
            x < len(toks)
            and x - j < 4
            and toks[x].is_word
            and (
                self._genitive(toks[x].text)
                # (a place's or an organisation's name the dictionary does not know)
                or (toks[x].is_cap and genitive_shaped(toks[x]))
            )
        ):
            x += 1
        if x == j or x >= len(toks) or toks[x].text.casefold() != "edustajana":
            return None
        after = x + 1
        if not _item_ends(toks, after):
            return None
        # (the organisation's words only, not the name before them: "Laura Jetsu Kylälän kunnan")
        return self._organ_before(toks[j : x + 1], x - j), after

    def _post_after(self, toks: list[Token], j: int) -> int | None:
        """After a listed name, a post in the essive (Finnish): one to three lower-case words,
        the last in the essive ("varapuheenjohtajana", "past presidenttinä"), then a comma,
        "ja", "sekä" or the sentence's end. The index after them, or None."""
        if not self.r.finnish:
            return None
        x = j
        while (
            x < len(toks)
            and x - j < 3
            and toks[x].is_word
            and toks[x].text[:1].islower()
            and toks[x].text.casefold() not in _AND_WORDS
        ):
            x += 1
            if _ESSIVE_POST.fullmatch(toks[x - 1].text) and any(
                a.case == "ess" and not a.plural for a in self.r.morph.analyse(toks[x - 1].text)
            ):
                return x if _item_ends(toks, x) else None
        return None

    def _home_town_word(self, word: str) -> bool:
        """A capitalised word in the elative or ablative ("Kuopiosta", "Vieremältä"): read so
        by the word forms, or unknown to them and ending so (a village's name)."""
        if not _CAPITAL_WHENCE.fullmatch(word):
            return False
        readings = self.r.morph.analyse(word)
        return not readings or any(a.case in ("ela", "abl") for a in readings)

    def _whence_words(self, toks: list[Token], j: int) -> int:
        """After a listed name, the words that say where the person comes from ("A Kirkkolan
        osastosta, B Ylämaan yhdistyksestä ja C", Finnish): up to three capitalised words and
        a lower-case word in the elative or ablative, a comma, "ja", a parenthesis or the
        sentence's end after them. The index after them, or ``j`` when there are none."""
        if not self.r.finnish:
            return j
        x = j
        while x < len(toks) and x - j < 3 and toks[x].is_word and toks[x].text[:1].isupper():
            x += 1
        if (
            x == j + 1
            and self._home_town_word(toks[j].text)
            and (
                x >= len(toks)
                or toks[x].text in (",", "(", ".", ";")
                or toks[x].text.casefold() in ("ja", "sekä")
            )
        ):
            # "A Kuopiosta, B Lapinlahdelta ja C": one capitalised word in the elative or
            # ablative, the person's home town, before a comma, "ja" or the sentence's end
            return x
        if x > j + 1 and self._home_town_word(toks[x - 1].text) and _item_ends(toks, x):
            # "B Taideyliopiston Sibelius-Akatemiasta, C Metropolia Ammattikorkeakoulusta":
            # an institution's capitalised name, its last word in the elative or ablative
            return x
        if x >= len(toks) or not _LOWER_WHENCE.fullmatch(toks[x].text):
            return j
        if not any(a.case in ("ela", "abl") for a in self.r.morph.analyse(toks[x].text)):
            return j
        if x + 1 < len(toks) and not (
            toks[x + 1].text in (",", "(", ".", ";")
            or toks[x + 1].text.casefold() in ("ja", "sekä")
        ):
            return j
        return x + 1

    def _points_back(self, toks: list[Token], i: int) -> int:
        """How many words before token ``i`` (a verb) point back to a body named before
        ("siihen kuuluvat", "johon kuuluu", "dit hör", "i den ingår"), or 0."""
        if i == 0:
            return 0
        word = toks[i - 1].text.casefold()
        if self.r.finnish:
            if toks[i].text.casefold() in ("jatkaa", "jatkavat"):
                # "Entisistä jatkavat A, B ja C", "Vanhoista jäsenistä jatkaa A": of the body's
                # former members, those who stay on
                if word in ("entisistä", "vanhoista", "aiemmista"):
                    return 1
                if _TERM_BEFORE_STAYING.fullmatch(word):
                    # "Edelliskaudelta jatkavat A, B", "Viime kaudelta jatkaa C": who stay on
                    # from the term before, in the body the sentence before named
                    return 1
                if (
                    i >= 2
                    and toks[i - 2].text.casefold() in ("edellisestä", "entisestä", "vanhasta")
                    and word.endswith(("sta", "stä"))
                ):
                    return 2  # "Edellisestä hallituksesta jatkavat A ja B"
                if (
                    i >= 2
                    and word == "jäsenistä"
                    and toks[i - 2].text.casefold()
                    in (
                        "entisistä",
                        "vanhoista",
                        "aiemmista",
                    )
                ):
                    return 2
            return 1 if word in ("siihen", "sinne", "johon", "jonne") else 0
        if word == "dit":
            return 1
        if i >= 2 and toks[i - 2].text.casefold() == "i" and word in ("den", "det", "detta"):
            return 2
        return 0

    def _elected_with_no_seat(
        self,
        text: str,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
        already: list[Finding],
    ) -> list[Finding]:
        """In a Swedish report of an association's meeting, names elected with no seat or
        body said ("Marianne Ek, Louise Berg och Britt Lind omvaldes på 2 år", "… medan David
        Lind omvaldes till årsmötet 2021", "A och B är valda till årsmötet 2021"): members of
        the board the meeting fills. Only where the text has said the meeting and names no
        body of its own, the sentence names no body and none of these names has a seat read
        already; each clause's names must run from its start (or "medan", "och" before it) to
        the verb, nothing but the term after it."""
        if (
            self.r.finnish
            or ctx.meeting is None
            # (the board the meeting fills, taken up as the text's body by a seat before)
            or (ctx.body is not None and not _same_definite(ctx.body.name, ctx.meeting.name))
            or bodies
            or status
            # ("Bland revisorerna kvarstår A medan B omvaldes": the auditors, no seats)
            or AUDITOR.search(sentence.text)
        ):
            return []
        above = text[: text.rfind("\n", 0, sentence.start) + 1].rstrip().rsplit("\n", 1)[-1]
        if _ELECTION_ITEM.search(above):
            return []  # "5 Val av två representanter i redaktionskommittén": the item's seats
        taken = {f.actor.start for f in already if f.kind == "membership"}
        quote = (sentence.start, sentence.end)
        runs: list[list[Mention]] = []  # each clause's names, members of the meeting's board
        for verb in _ELECTED_NO_SEAT.finditer(text, sentence.start, sentence.end):
            # the clause's start: the sentence's, or after "medan", "och" or a comma, the
            # earliest from which only names run to the verb
            starts = [sentence.start] + [
                sentence.start + m.end()
                for m in re.finditer(
                    r"(?<![\w-])(?:medan|och|samt)[ \t]+|[,;][ \t]*",
                    text[sentence.start : verb.start()],
                )
            ]
            names: list[Mention] = []
            for lead in starts:
                if names := self._names_between(toks, lead, verb.start()):
                    break
            if not names or any(n.start in taken for n in names):
                continue
            said = self.lex.find_role(text[sentence.start : names[0].start])
            if said is not None and said[0] != "member":
                continue  # "Till ordförande valdes A och B omvaldes": another seat's clause
            rest = text[verb.end() : min(sentence.end, verb.end() + 30)]
            if not verb.group().rstrip().endswith((".", ";")) and self.lex.find_role(rest):
                continue  # "A omvaldes, som ordförande": the seat said after a comma
            runs.append(names)
        for said in _ELECTION_OF_NAMES.finditer(text, sentence.start, sentence.end):
            # "I övrigt blev det omval av följande; A, B och C.": the names to the sentence's end
            end = sentence.start + len(sentence.text.rstrip().rstrip("."))
            names = self._names_between(toks, said.end(), end)
            if not names or any(n.start in taken for n in names):
                continue
            seat = self.lex.find_role(text[sentence.start : said.start()])
            if seat is not None and seat[0] != "member":
                continue  # "Till styrelsesuppleanter valdes: A Nyval": another seat's
            runs.append(names)
        return [
            self._fact(n, "member", ctx.meeting, quote, 0.6, "text-elected-no-seat", status)
            for names in runs
            for n in names
        ]

    def _gavel_handed_over(
        self,
        text: str,
        sentence: Sentence,
        toks: list[Token],
        ctx: Context,
        status: str,
        already: list[Finding],
    ) -> list[Finding]:
        """ "Efter 28 år som ordförande lämnade Leif Ek över ordförandeklubban till Cecilia
        Lind": the one the chair's gavel or office is handed to chairs the body the text
        speaks of (the board an association's meeting fills); nothing where the text names
        no such body or the rules read the name already."""
        if self.r.finnish or status not in ("", "ended"):
            return []  # ("lämnade": the one who hands over leaves, the other takes the seat)
        body = ctx.body or ctx.meeting
        handed = _GAVEL_HANDED.search(text, sentence.start, sentence.end)
        if body is None or handed is None:
            return []
        x = next((k for k, t in enumerate(toks) if t.start >= handed.end()), len(toks))
        person = self.r.person_at(toks, x, in_list=True) if x < len(toks) else None
        if person is None or person.start != handed.end():
            return []
        if any(f.kind == "membership" and f.actor.start == person.start for f in already):
            return []
        quote = (sentence.start, sentence.end)
        return [self._fact(person, "chair", body, quote, 0.6, "text-gavel-handed", "")]

    def _names_between(self, toks: list[Token], start: int, end: int) -> list[Mention]:
        """The people of a run of names that fills ``start``-``end`` exactly ("A, B och C"),
        or [] when anything else is there."""
        names: list[Mention] = []
        x = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
        while x < len(toks) and toks[x].start < end:
            person = self.r.person_at(toks, x, in_list=True)
            if person is None or person.start != toks[x].start or person.end > end:
                return []
            names.append(person)
            while x < len(toks) and toks[x].start < person.end:
                x += 1
            if x < len(toks) and toks[x].start < end:
                if toks[x].text not in (",", "och", "samt", "&"):
                    return []
                x += 1
                if x < len(toks) and toks[x].text in ("och", "samt"):
                    x += 1  # ", och"
        return names

    def _new_body_copula(self, toks: list[Token], i: int, bodies: list[Mention]) -> bool:
        """Whether ``toks[i]`` is the copula after a new body's name that begins the sentence
        ("Ny styrelse är A, B och C", "Den nya styrelsen blev …", "Uusi hallitus on …"): the
        body's members follow it. Not a body with no such adjective ("Styrelsen är nöjd")."""
        if i < 2 or toks[i].text.casefold() not in _NEW_BODY_COPULA:
            return False
        body = next((b for b in bodies if b.end == toks[i - 1].end and not b.plural), None)
        if body is None:
            return False
        k = self._index_at(toks, body.start)
        words = [t.text.casefold() for t in toks[:k]]
        if not words and k < i - 1:
            words = [toks[k].text.casefold()]  # "Ny styrelse" read as the body's own name
        if words[:1] == ["den"]:
            words = words[1:]
        return len(words) == 1 and words[0] in _NEW_BODY_ADJECTIVE

    def _misspelt_belongs(self, word: str) -> bool:
        """A verb of belonging with one letter left out or added ("kuluvat" for "kuuluvat"),
        read only after a word that points back to a body."""
        low = word.casefold()
        return len(low) >= 6 and any(
            abs(len(low) - len(v)) == 1
            and any(
                (low[:k] + low[k + 1 :] if len(low) > len(v) else v[:k] + v[k + 1 :])
                == (v if len(low) > len(v) else low)
                for k in range(max(len(low), len(v)))
            )
            for v in self.lex.belongs.split("|")
            if v.isalpha()
        )

    @staticmethod
    def _deputy_in_parentheses(text: str, end: int) -> bool:
        """Whether the text before ``end`` named a deputy in parentheses after a member
        ("Aino Ahola (varajäsen Pekka Puu)", "Anna Berg (ersättare Bo Ek)")."""
        return bool(_PAREN_DEPUTY.search(text, 0, end))

    @staticmethod
    def _is_person_part(_body: Mention) -> bool:
        return False

    # -- roles --------------------------------------------------------------------------------

    def _role_tokens(self, toks: list[Token]) -> list[tuple[int, int, str]]:
        """(first token, last token, role) of each role word or phrase. A sentence's whole
        list of tokens is read once (the readings of its roles and of its appositions both
        ask for it)."""
        if self._roles_read is not None and self._roles_read[0] is toks:
            return list(self._roles_read[1])
        out = self._read_role_tokens(toks)
        self._roles_read = (toks, out)
        return list(out)

    def _read_role_tokens(self, toks: list[Token]) -> list[tuple[int, int, str]]:
        out = []
        words = [t.text for t in toks]
        marks = [w in ("(", ")", ",", ";", ":") for w in words]
        i = 0
        while i < len(toks):
            hit = None
            for n in (4, 3, 2, 1):
                if i + n > len(toks):
                    continue
                if any(marks[i : i + n]):
                    continue  # "( ordförande ) ,": a role word is no phrase with brackets
                # "v. ordf.": an abbreviation's full stop, a token of its own, joined back to
                # the letters before it (not to a number's: "1 . varapuheenjohtajaksi")
                phrase = _ABBREVIATION_STOP.sub(".", " ".join(words[i : i + n]))
                role = self.lex.role_of(phrase)
                if role:
                    hit = (i, i + n - 1, role)
                    break
            if (
                hit is None
                and self._compound_prefix(toks[i].text) is not None
                and (
                    not _PLURAL_COMPOUND_SEAT.search(toks[i].text.casefold())
                    or (i > 0 and toks[i - 1].text.casefold() in ("till", "som"))
                )
            ):
                # "styrelseordförande", "fullmäktigeordförande", "styrelseledamot"; the plural
                # only as what an election makes people ("till styrelseledamöter utsågs A och
                # B", "Som styrelsesuppleanter utsågs C och D")
                hit = (i, i, self._compound_role(toks[i].text))
            if (
                hit is None
                and i == 0
                and self.r.finnish
                and len(toks) > 2
                and words[0] in ("Varalla", "Varalle")
                and toks[1].is_cap
            ):
                # "Varalla A, B ja C.": a sentence that opens with the deputies' word (as
                # deputies) names the deputies
                hit = (0, 0, "deputy_member")
            if hit:
                out.append(hit)
                i = hit[1] + 1
            else:
                i += 1
        return out

    def _compound_prefix(self, word: str) -> str | None:
        """The body a Swedish compound chair's title names ("styrelseordförande" →
        "styrelse", "fullmäktigeordförande" → "fullmäktige"); in Finnish, a board's member
        said in one compound ("hallitusjäseniä" → "hallitus"); None for any other word."""
        if self.r.finnish:
            fi = _FI_COMPOUND_MEMBER.fullmatch(word.casefold())
            return fi.group(1) if fi is not None else None
        mt = _COMPOUND_SEAT.fullmatch(word.casefold())
        if mt is None or mt.group(1).startswith("vice"):
            return None
        prefix = mt.group(1)
        return prefix if self.lex.body_kind(prefix) is not None else None

    @staticmethod
    def _compound_role(word: str) -> str:
        """The seat a Swedish compound title names by its last part ("styrelseordförande":
        chair; "styrelseledamot", "styrelsemedlem": member; "styrelsesuppleant": deputy)."""
        mt = _COMPOUND_SEAT.fullmatch(word.casefold())
        seat = mt.group(2) if mt is not None else "ordförande"
        if seat.startswith("ordförande"):
            return "chair"
        return "deputy_member" if seat.startswith(("suppleant", "ersättare")) else "member"

    def _compound_body(
        self, text: str, tok: Token, bodies: list[Mention], ctx: Context
    ) -> Mention | None:
        """The body of a compound chair's title: the body the sentence, the sentence before or
        the text before named whose name ends with the title's first part ("styrelse" →
        "kommunstyrelsen"), else the first part itself ("Fullmäktige")."""
        prefix = self._compound_prefix(tok.text)
        if prefix is None:
            return None
        for b in [*bodies, ctx.recent, ctx.body]:
            if b is None:
                continue
            low = b.name.casefold()
            if any(low.endswith(prefix + end) for end in ("", "n", "t", "et", "en")):
                return dataclasses.replace(b, name=b.name[:1].upper() + b.name[1:])
        kind = self.lex.body_kind(prefix) or "body"
        earlier = [
            mt
            for mt in re.finditer(rf"\b\w+{prefix}(?:n|en|et|t)?\b", text[: tok.start], re.I)
            if "ordförande" not in mt.group().casefold()
        ]
        if earlier:
            # "… vice ordförande i kommunstyrelsen … som styrelseordförande, A"
            w = earlier[-1]
            name = w.group()[:1].upper() + w.group()[1:]
            return Mention(w.start(), w.end(), w.group(), name, kind, 0.5)
        name = prefix[:1].upper() + prefix[1:]
        return Mention(tok.start, tok.end, tok.text, name, kind, 0.5)

    def _body_listing_again(
        self, text: str, sentence: Sentence, role: str, names: list[Mention]
    ) -> Mention | None:
        """ "Puheenjohtajaksi valittiin A. Hallitus 2026: varsinaiset jäsenet A, B ja C": an
        officer elected with no body named or in context, whom the very next sentence, led by
        a body's name, lists again among its people, holds the office in that body."""
        if role not in ("chair", "vice_chair", "secretary") or len(names) != 1:
            return None
        gap = _NEXT_SENTENCE.match(text, sentence.end)
        if gap is None:
            return None
        start = gap.end()
        stop = _SENTENCE_STOP.search(text, start, start + 600)
        end = stop.start() if stop is not None else min(len(text), start + 600)
        after = tokens(text, start, end)
        if not after:
            return None
        lead = next(iter(self.r.bodies(after[:3])), None)
        if lead is None or lead.start != after[0].start:
            return None
        person = names[0]
        written = text[person.start : person.end]
        again = text.find(written, lead.end, end)
        if again < 0:
            return None
        return lead

    def _body_filled_next(
        self, text: str, sentence: Sentence, office: Token, role: str, names: list[Mention]
    ) -> Mention | None:
        """ "Puheenjohtajana jatkaa A. Johtokuntaan valittiin B, C ja D": a chair (or vice
        chair) going on in the office, with no body named or in context, when the very next
        sentence opens with a body's illative and the verb electing its members, or its
        inessive and the verb of going on ("Hallituksessa jatkavat B ja C"): the office
        is that body's (the association's chair chairs its board). Only a chair going on
        ("jatkaa"), not one elected ("Puheenjohtajaksi valittiin A", a meeting's chair in
        minutes, too) (Finnish)."""
        if not self.r.finnish or role not in ("chair", "vice_chair") or len(names) != 1:
            return None
        if not _ESSIVE_ENDING.search(office.text.casefold()) or not _GOES_ON.fullmatch(
            text, office.end, names[0].start
        ):
            return None
        gap = _NEXT_SENTENCE.match(text, sentence.end)
        if gap is None:
            return None
        after = tokens(text, gap.end(), min(len(text), gap.end() + 80))
        lead = next(iter(self.r.bodies(after[:3])), None)
        if lead is None or lead.start != after[0].start:
            return None
        verb = next((t for t in after if t.start >= lead.end), None)
        if verb is None:
            return None
        if lead.case == "ill" and _PASSIVE.match(verb.text):
            return lead  # "Johtokuntaan valittiin B, C ja D"
        if lead.case == "ine" and verb.text.casefold() == "jatkavat":
            return lead  # "Hallituksessa jatkavat B ja C"
        return None

    def _office_after_name(self, toks: list[Token], j: int) -> bool:
        """Whether token ``j``, right after a name, is a Finnish officer's word in the
        nominative (in lower case, no case ending) followed by a comma: "varsinaiset jäsenet
        A varapuheenjohtaja, B, C sihteeri, varajäsenet …", an office the name's before it."""
        return (
            self.r.finnish
            and j > 0
            and j + 1 < len(toks)
            and toks[j + 1].text == ","
            and toks[j - 1].is_cap
            and toks[j].text[:1].islower()
            and _BARE_OFFICE.fullmatch(toks[j].text) is not None
            and self.lex.role_of(toks[j].text) in ("chair", "vice_chair", "secretary")
        )

    def _translative_after_name(self, toks: list[Token], a: int, b: int) -> bool:
        """Whether the office at token ``a`` (Finnish, one word in the translative) is the
        name's right before it (perhaps its home town between), with a comma, "ja", "sekä" or
        the sentence's end after it:
        "Johtokuntaan valittiin A puheenjohtajaksi, B varapuheenjohtajaksi ja C sihteeriksi".
        The name after the comma is no holder of it ("… puheenjohtajaksi A, varapuheenjohtajaksi
        B" has no name before the office)."""
        if not (self.r.finnish and a == b and a > 0 and toks[a].text.casefold().endswith("ksi")):
            return False
        after = toks[b + 1].text.casefold() if b + 1 < len(toks) else "."
        if after not in (",", ".", ";", "ja", "sekä"):
            return False
        y = a - 1
        if y > 1 and self._home_town_word(toks[y].text):
            y -= 1  # "A Jyväskylästä varapuheenjohtajaksi": the home town between
        return self._name_ending_at(toks, y) is not None

    def _office_of_subject_before(self, toks: list[Token], a: int, j: int) -> bool:
        """Whether the office starting at token ``a`` (Swedish) is the predicate of a name
        before its verb, with "och" and another name after it (token ``j`` on): "A är
        sekreterare och B ledamot", "A var nämndens sekreterare och B blev ordförande". The
        name after "och" is no holder of this office."""
        if self.r.finnish or j + 1 >= len(toks) or toks[j].text.casefold() != "och":
            return False
        if not toks[j + 1].is_cap:
            return False
        v = a - 1
        if v > 0 and toks[v].text.islower() and toks[v].text.endswith("s"):
            v -= 1  # the body's genitive between the verb and the office: "var nämndens"
        if v < 1 or toks[v].text.casefold() not in ("är", "var", "blev", "blir"):
            return False
        return self._name_ending_at(toks, v - 1) is not None

    def _office_set_off_after_name(
        self, toks: list[Token], a: int, b: int, role_tokens: list[tuple[int, int, str]]
    ) -> bool:
        """Whether the office at tokens ``a``..``b`` (Swedish) is the name's before it, set off
        by commas in a run whose names carry their offices after them: "Styrelsen består av A,
        ordförande, B, sekreterare och C" (B the secretary, C a member). Only an office
        followed by "och" and a name, one word long, with a name and a comma before it that
        no office word comes right before ("ordförande A, sekreterare och kassör B" keeps
        the office before its name)."""
        if self.r.finnish or a != b or a < 3 or b + 2 >= len(toks):
            return False
        if toks[a - 1].text != "," or toks[b + 1].text.casefold() != "och":
            return False
        if not toks[b + 2].is_cap or self.r.person_at(toks, b + 2, in_list=True) is None:
            return False
        name = self._name_ending_at(toks, a - 2)
        if name is None:
            return False
        y = self._index_at(toks, name.start)
        if y == 0 or toks[y - 1].text not in (",", ":"):
            return False  # "ordförande A, sekreterare och B": the office before each name
        # the run's name before carries its office after it as well: "A, ordförande, B, …"
        z = y - 1
        return any(
            rb == z - 1
            and ra > 1
            and toks[ra - 1].text == ","
            and self._name_ending_at(toks, ra - 2) is not None
            for ra, rb, _r in role_tokens
        )

    def _body_being_elected(self, toks: list[Token]) -> Mention | None:
        """ "Hallitusta valittaessa se sai seuraavan koostumuksen: …" (Finnish): a body's bare
        word in the partitive right before "valittaessa" (when the body was being elected)
        is the body the sentence then gives its people; None otherwise."""
        if not self.r.finnish:
            return None
        for t, nxt in itertools.pairwise(toks):
            if nxt.text.casefold() != "valittaessa" or not t.is_word:
                continue
            word = t.text
            for base in (word[:-2], word[:-1]) if word[-1:] in ("a", "ä") else ():
                if (
                    len(base) > 3
                    and self.lex.body_kind(base.casefold()) is not None
                    and re.fullmatch(self.lex.anaphora, base, re.I) is not None
                ):
                    return Mention(t.start, t.end, word, base, "body", 0.5, "nom")
        return None

    def _after_title_abbreviations(self, toks: list[Token], i: int) -> int:
        """After token ``i``, academic titles and degrees abbreviated before a capitalised name
        (Finnish): a title's abbreviation and its full stop ("dos.", "prof.", also joined to
        another, "vs.prof."), or a degree's capitals ("FK", "FT"), one or two of them. The
        index of the name's first word, or ``i`` when no such title is there or no name
        follows it."""
        if not self.r.finnish:
            return i
        j, seen = i, 0
        while j < len(toks) and seen < 2:
            x = j
            while (
                x + 1 < len(toks)
                and x - j < 4
                and re.fullmatch(r"[a-zåäö]{1,5}", toks[x].text)
                and toks[x + 1].text == "."
                and toks[x + 1].start == toks[x].end
            ):
                x += 2
            if x > j and toks[x - 2].text in _TITLE_ABBREVIATIONS:
                j, seen = x, seen + 1
                continue
            if (
                _DEGREE_ABBR.fullmatch(toks[j].text)
                and toks[j].text.isupper()
                and j + 1 < len(toks)
                and toks[j + 1].is_cap
            ):
                j, seen = j + 1, seen + 1
                continue
            break
        if j == i or j >= len(toks) or self.r.person_at(toks, j, in_list=True) is None:
            return i
        return j

    def _names_from(self, toks: list[Token], i: int, genitive: bool) -> list[Mention]:
        """Names beginning at token ``i``, joined by "ja", "sekä", "och" or commas, each
        possibly followed by an apposition ("Sinikka Roth lapsi- ja perhejärjestöjen
        edustaja ja Sami Hämäläinen ...")."""
        names: list[Mention] = []
        j = i
        conj = re.compile(rf"^(?:{self.lex.conjunctions})$", re.I)
        titled = i > 0 and self._job_title_before_name(toks, i - 1)
        while j < len(toks):
            # "pj. dos. Aino Ek", "rah.hoit. FK Bo Lind": academic titles and degrees
            # abbreviated before the name
            j = self._after_title_abbreviations(toks, j)
            # right after a role word a name is expected: read as in a list ("puheenjohtajaksi
            # valittiin Kaija Patronen", a first name the dictionary knows as a place)
            person = self.r.person_at(toks, j, in_list=True, genitive=genitive)
            if person is None:
                # "jäseniksi F. M. Pitkäniemen": a name opening with its first names' initials
                person = self.r.initials_name_at(toks, j, genitive=genitive)
            if person is None and names and titled:
                # "…, fysioterapeutti A (…), liikuntatieteiden tohtori B": each name of a list
                # whose first name has its job before it, after its job (one or two words in
                # lower case)
                person = self._after_job_title(toks, j, genitive)
                x = j
                while person is None and x < len(toks) and x - j < 3 and toks[x].is_cap:
                    x += 1
                if (
                    person is None
                    and x > j
                    and x < len(toks)
                    and _EMPLOYER_END.fullmatch(toks[x].text)
                ):
                    # "… ja Attendo Oy:n viestintäjohtaja B": the employer, then the job
                    person = self._after_job_title(toks, x + 1, genitive)
                if person is None and self.r.finnish:
                    # "…, Testilän yliopiston professori B sekä THL:n tutkija C"
                    person = self._employer_job_name(toks, j, genitive)
            if (
                person is None
                and names
                and j > 0
                and toks[j - 1].text == ","
                and toks[j].is_cap
                and j + 2 < len(toks)
                and conj.match(toks[j + 1].text)
                and toks[j + 1].text != ","
                and self.r.person_at(toks, j, in_list=True) is None
            ):
                # "Marita Rinne, Loimaa ja Sanna Koivisto, Tampere": a one-word place after
                # each name, the next name after the conjunction
                person = self.r.person_at(toks, j + 2, in_list=True, genitive=genitive)
                if person is not None:
                    j += 2
            if (
                names
                and j > 0
                and conj.match(toks[j - 1].text)
                and (origin := self._origin_end(toks, j)) > j
                and (moved := self.r.person_at(toks, origin, in_list=True, genitive=genitive))
            ):
                # "A ja Tampereelta Ouluun muuttanut B": where the next person is from (the
                # places no name, even when a reader takes them for one), then the name
                person, j = moved, origin
            if person is None:
                break
            j = next(x for x in range(j, len(toks)) if toks[x].start >= person.start)
            after = j
            while after < len(toks) and toks[after].start < person.end:
                after += 1
            if (
                names
                and after < len(toks)
                and self.lex.role_of(f"{toks[after - 1].text} {toks[after].text}") is not None
            ):
                break  # "Ordförande: A, Gånghester Vice ordförande: B": the next label's word
            if (
                names
                and self._subject_of_role(toks, after)
                and not self._next_role_list(toks, after, genitive)
            ):
                break  # "…, och Bo Ek är vice ordförande": the subject of the next role
            if (
                not names
                and j > 0
                and conj.match(toks[j - 1].text)
                and self._subject_of_role(toks, after)
            ):
                break  # "A blev ny ordförande och Bo Ek blev ordinarie ledamot": Bo Ek's own
            names.append(person)
            j = after
            if (dated := _dated_tail(toks, j)) is not None:
                # "…, Aino Ek 7.9 asti, Bo Lind 7.9 alkaen ja …": a date the seat ended or
                # began on, then the list goes on
                j, ended = dated
                if ended:
                    self.until.add((person.start, person.end))
            if (
                j + 2 < len(toks)
                and toks[j + 1].text == "."
                and toks[j + 2].text == ","
                and (said := self.lex.role_of(toks[j].text)) in ("chair", "vice_chair", "secretary")
            ):
                # "Mari Jaranti pj., Jaana Palmroos vpj., Laura Uotila": the abbreviation after
                # the name is that person's role; the list goes on after the comma
                self.said_after[(person.start, person.end)] = said
                j += 2
            if self._office_after_name(toks, j):
                # "varsinaiset jäsenet A varapuheenjohtaja, B, C sihteeri, …": an office in the
                # nominative right after a name and before a comma is that name's; the list
                # goes on after the comma
                self.said_after[(person.start, person.end)] = self.lex.role_of(toks[j].text) or ""
                j += 1
            if j < len(toks) and toks[j].text == "(":
                # "Aino Aholan (Eläkeliitto), Kaisa Kosken (SPR) ja …": what the parenthesis
                # says of the name is no end of the list
                close = next(
                    (y for y in range(j, min(len(toks), j + 10)) if toks[y].text == ")"), None
                )
                if close is not None:
                    party = close == j + 2 and _PARTY.fullmatch(toks[j + 1].text)
                    inside = [t.text for t in toks[j + 1 : close] if t.text != "."]
                    if (
                        len(inside) == 1
                        and (said := self.lex.role_of(inside[0])) in _OFFICES_IN_BRACKETS
                    ):
                        # "jäsenet ovat Aino Ek (pj), Bo Lind, …": an office alone in the
                        # parenthesis after a name is that person's; the list goes on
                        self.said_after[(person.start, person.end)] = said
                    j = close + 1
                    if (
                        party
                        and not self.r.finnish
                        and j < len(toks)
                        and toks[j].is_cap
                        and self.lex.role_of(toks[j].text) is None
                        and self.r.person_at(toks, j, in_list=True) is not None
                        and _party_follows(toks, self.r.person_at(toks, j, in_list=True))
                    ):
                        # "Ledamöter A (s) B (c) C (fp)": a minutes' cover flattened, each
                        # name with its party and no separator before the next
                        continue
            if self._place_then_semicolon(toks, j):
                # "A, Gävle ; B, Lund och C, Växjö": each name with its home town after a
                # comma, a semicolon before the next name with its own
                j += 3
                continue
            # skip an apposition up to the next conjunction followed by a capital
            k = j
            while k < len(toks) and k - j <= 8:
                if conj.match(toks[k].text) and k + 1 < len(toks) and toks[k + 1].is_cap:
                    break
                if (
                    conj.match(toks[k].text)
                    and self.r.initials_name_at(toks, k + 1, genitive=genitive) is not None
                ):
                    break  # "A. J. Kiven ja T. Lahtisen": the next name opens with an initial
                if (
                    conj.match(toks[k].text)
                    and self._after_title_abbreviations(toks, k + 1) > k + 1
                ):
                    break  # "dos. A, dos. B ja C": the next name after its title's abbreviation
                if (
                    titled
                    and conj.match(toks[k].text)
                    # (not the "ja" of a job split in two: "Tiede- ja kulttuuriministeri")
                    and not (k > 0 and toks[k - 1].text.endswith("-"))
                    and self._after_job_title(toks, k + 1, genitive) is not None
                ):
                    # "A (…), liikuntatieteiden tohtori B", "A Kuopiosta, toimittaja B": the
                    # next name after its job
                    break
                if (
                    toks[k].text in ("(", ".", ";", ":")
                    or _ELECTION_VERB.match(toks[k].text)
                    or (
                        self.lex.role_of(toks[k].text)
                        and re.search(r"(?:ksi|kseen|na|nä)$", toks[k].text.casefold())
                    )
                ):
                    # "… sekä varajäseniksi D ja E": another role begins, not an apposition
                    # ("X lapsi- ja perhejärjestöjen edustaja ja Y" is one)
                    k = len(toks)
                    break
                if (
                    k > j
                    and (conj.match(toks[k - 1].text) or _POSSESSIVE.match(toks[k - 1].text))
                    and (self.lex.role_of(toks[k].text) or self._seat_compound(toks[k].text))
                    and self.r.person_at(toks, k + 1, in_list=True) is not None
                ):
                    # "… Moona Sihvonen ja varajäsenet Aada Suutarinen ja …", "… sekä heidän
                    # varajäsenensä A, B ja C": a role word before the next names begins
                    # another role's list
                    k = len(toks)
                    break
                if (
                    k > j
                    and toks[k - 1].text == ","
                    and toks[k].text[:1].islower()
                    and (
                        (
                            (hit := self._role_tokens(toks[k : k + 4]))
                            and hit[0][0] == 0
                            and self.r.person_at(toks, k + hit[0][1] + 1, in_list=True) is not None
                        )
                        or (
                            _TREASURER_WORD.fullmatch(toks[k].text.casefold()) is not None
                            and self.r.person_at(toks, k + 1, in_list=True) is not None
                        )
                    )
                ):
                    # "ordförande A, vice ordförande B samt C och D", "ordförande A, kassör B
                    # samt …": a role after a comma before a name begins another role's list,
                    # no apposition of A's
                    k = len(toks)
                    break
                if (
                    k > j
                    and toks[j].text == ","
                    and toks[k].is_cap
                    and toks[k - 1].text[:1].islower()
                    and not conj.match(toks[k - 1].text)
                    and self.r.person_at(toks, k, in_list=True) is not None
                ):
                    # "Till ordförande valdes A, nya i styrelsen blev B, C och D": a name after
                    # lower-case words is another clause's, the list of the role ends at A
                    k = len(toks)
                    break
                if (
                    k > j + 1
                    and conj.match(toks[j].text)
                    and toks[k].is_cap
                    and toks[k - 1].text[:1].islower()
                    and self.belongs_re is not None
                    and any(self.belongs_re.match(t.text) for t in toks[j + 1 : k])
                    and self.r.person_at(toks, k, in_list=True) is not None
                ):
                    # "puheenjohtaja jatkaa A ja johtokunnassa jatkavat B, C sekä D": a verb
                    # of belonging after the conjunction begins another clause with its own
                    # names, the list of the role ends at A
                    k = len(toks)
                    break
                k += 1
            if k >= len(toks) or not conj.match(toks[k].text):
                break
            j = k + 1
        return names

    def _next_role_list(self, toks: list[Token], i: int, genitive: bool) -> bool:
        """Whether ``toks[i:]`` is "sekä" or "ja", a role in the translative or the essive and
        the names it is given after it, a job perhaps before them ("… ja C sekä varajäseniksi
        professori D", "… ja C sekä varajäseninä D ja E"; in Swedish "och" or "samt", "som" and
        the role: "… och C och som suppleanter D och E", or a plural seat right after it: "…
        och C samt suppleanterna D och E"): the next role's list begins, the name before it
        is not that role's subject."""
        if self.r.finnish:
            if not (i + 2 < len(toks) and toks[i].text.casefold() in ("sekä", "ja")):
                return False
            at = i + 1
        elif not (i + 2 < len(toks) and toks[i].text.casefold() in ("och", "samt")):
            return False
        elif toks[i + 1].text.casefold() == "som" and i + 3 < len(toks):
            at = i + 2
        elif _SV_PLURAL_SEAT.fullmatch(toks[i + 1].text.casefold()):
            at = i + 1
        else:
            return False
        hit = self._role_tokens(toks[at : at + 4])
        if not hit or hit[0][0] != 0:
            return False
        r = at + hit[0][1]
        if r + 1 >= len(toks) or (
            self.r.finnish and not toks[r].text.casefold().endswith(("ksi", "na", "nä"))
        ):
            return False
        return (
            self.r.person_at(toks, r + 1, in_list=True, genitive=genitive) is not None
            or self.r.initials_name_at(toks, r + 1, genitive=genitive) is not None
            or self._job_title_before_name(toks, r + 1)
        )

    def _place_then_semicolon(self, toks: list[Token], j: int) -> bool:
        """Whether ``toks[j:]`` is ", Place ;" after a name, the next name after the semicolon
        has its own one-word place after a comma, and a conjunction follows before the sentence
        ends ("A, Gävle ; B, Lund och …")."""
        if not (
            j + 3 < len(toks)
            and toks[j].text == ","
            and toks[j + 1].is_cap
            and toks[j + 2].text == ";"
        ):
            return False
        nxt = self.r.person_at(toks, j + 3, in_list=True)
        if nxt is None:
            return False
        x = next((y for y in range(j + 3, len(toks)) if toks[y].start >= nxt.end), len(toks))
        if not (x + 1 < len(toks) and toks[x].text == "," and toks[x + 1].is_cap):
            return False
        # a sentence's list, its last name after a conjunction ("… och C, Ystad."), not a
        # label's entries one after another ("Sihteeri A, Ekby; B, Kylä; C, Mäki")
        words = {w for w in self.lex.conjunctions.split("|") if w[:1].isalpha()}
        stop = next((y for y in range(x, len(toks)) if toks[y].text in (".", ":")), len(toks))
        return any(toks[y].text.casefold() in words for y in range(x, stop))

    @staticmethod
    def _lower_genitives(toks: list[Token], k: int) -> int:
        """The token after one to three lower-case words in the genitive from ``k``
        ("sisäministeriön maahanmuutto-osaston"), ``k`` when there are none."""
        x = k
        while x < len(toks) and x - k < 3 and re.fullmatch(r"[a-zåäö][a-zåäö-]{3,}n", toks[x].text):
            x += 1
        return x

    def _employer_job_name(self, toks: list[Token], j: int, genitive: bool) -> Mention | None:
        """The name after its employer and job at token ``j``: a capitalised name in the
        genitive (one to three words) and lower-case genitives after it, or an abbreviation
        in the genitive alone ("Kylälän yliopiston professori B", "THL:n tutkija B"), then
        the job (or two joined by "ja": "THL:n yksikönpäällikkö ja johtava asiantuntija B")."""
        x = j
        while x < len(toks) and x - j < 3 and toks[x].is_cap:
            x += 1
        if x == j or x >= len(toks) or not toks[x - 1].text.endswith("n"):
            return None
        g = self._lower_genitives(toks, x)
        if g == x and not _ABBREVIATION_GENITIVE.fullmatch(toks[x - 1].text):
            return None  # "Ahon sihteeri B": a capitalised genitive alone may be a person's
        person = self._after_job_title(toks, g, genitive)
        if (
            person is None
            and g + 2 < len(toks)
            and toks[g + 1].text.casefold() == "ja"
            and (self.lex.is_occupation(toks[g].text) or self._job_word(toks[g].text))
        ):
            person = self._after_job_title(toks, g + 2, genitive)
        if (
            person is None
            and g + 1 < len(toks)
            and re.fullmatch(r"[a-zåäö][a-zåäö-]{3,}", toks[g].text)
            and not self.lex.role_of(toks[g].text)
        ):
            # "Kylälän yliopiston tutkija B": after the employer, one lower-case word before a
            # name is the job, a word the lexicon need not know
            person = self.r.person_at(toks, g + 1, in_list=True, genitive=genitive)
        return person

    def _job_word(self, word: str) -> bool:
        """Whether a lower-case word is a job's: a known job title or a compound ending in a
        role word (as :meth:`_job_title_before_name` reads it, with no name after it)."""
        if not re.fullmatch(r"[a-zåäö][a-zåäö-]{4,}", word) or self.lex.role_of(word):
            return False
        return self.lex.is_occupation(word) or any(
            self.lex.role_of(word[n:]) for n in range(3, len(word) - 5)
        )

    def _after_job_title(self, toks: list[Token], j: int, genitive: bool) -> Mention | None:
        """The name after a job of one or two lower-case words at token ``j``."""
        if (
            j + 2 < len(toks)
            and toks[j].text.endswith("-")
            and toks[j + 1].text.casefold() in ("ja", "och")
        ):
            j += 2  # "viestintä- ja yhteiskuntasuhdejohtaja": the job's first half
        for n in (1, 2):
            if j + n >= len(toks) or not all(toks[x].text[:1].islower() for x in range(j, j + n)):
                return None
            if (said := self.lex.role_of(toks[j + n - 1].text)) is not None:
                person = self.r.person_at(toks, j + n, in_list=True, genitive=genitive)
                close = self._parenthesis_after(toks, person)
                if (
                    n == 1
                    and said in ("chair", "vice_chair", "secretary")
                    and not re.search(r"(?:na|nä|ksi)$", toks[j].text.casefold())
                    and person is not None
                    and close is not None
                ):
                    # "…, varapuheenjohtaja A (valtion liikuntaneuvosto), …" among members
                    # after their jobs: the post is held in the organisation in parentheses
                    self.post_elsewhere[(person.start, person.end)] = (said, *close)
                    return person
                # "… ja varapuheenjohtajana arkkiatri B": the next role, not a job
                return None
            if self._job_title_before_name(toks, j + n - 1):
                person = self.r.person_at(
                    toks, j + n, in_list=True, genitive=genitive
                ) or self.r.initials_name_at(toks, j + n, genitive=genitive)
                if person is not None:
                    return person
        return None

    def _first_of_two_posts(
        self, toks: list[Token], bodies: list[Mention], found: list[Finding]
    ) -> list[Finding]:
        """ "kunnanhallituksen jäsen ja ympäristöjaoston puheenjohtaja A": the post before "ja",
        in the body named in the genitive just before it, is A's as well as the post the
        name follows."""
        out: list[Finding] = []
        for f in found:
            if f.kind != "membership" or f.rule != "text-role-before" or f.target is None:
                continue
            x = next((i for i, t in enumerate(toks) if t.start >= f.actor.start), None)
            if x is None or x < 4 or not self.lex.role_of(toks[x - 1].text):
                continue
            second = next((b for b in bodies if b.end == toks[x - 2].end), None)
            if second is None or second.start != f.target.start:
                continue
            y = next((i for i, t in enumerate(toks) if t.start == second.start), None)
            if y is None or y < 3 or toks[y - 1].text.casefold() not in ("ja", "sekä"):
                continue
            word = toks[y - 2].text
            role = self.lex.role_of(word)
            if role is None or re.search(r"(?:na|nä|ksi)$", word.casefold()):
                continue  # ("… puheenjohtajana ja …": a role said of someone before)
            first = next((b for b in bodies if b.end == toks[y - 3].end and not b.plural), None)
            if first is None or first.start == second.start:
                continue
            post = dataclasses.replace(f, role=role, target=first, rule="text-first-of-two-posts")
            post.confidence = 0.7
            out.append(post)
        return out

    @staticmethod
    def _parenthesis_after(toks: list[Token], person: Mention | None) -> tuple[int, int] | None:
        """The span of the words inside a parenthesis right after ``person``'s name ("A
        (valtion liikuntaneuvosto)"), when it holds two words or more and no name; else None."""
        if person is None:
            return None
        x = next((y for y, t in enumerate(toks) if t.start >= person.end), len(toks))
        if x >= len(toks) or toks[x].text != "(":
            return None
        close = next((y for y in range(x + 1, min(len(toks), x + 10)) if toks[y].text == ")"), None)
        if close is None or close - x < 3:
            return None
        return toks[x + 1].start, toks[close - 1].end

    def _posts_elsewhere(self, text: str, found: list[Finding]) -> list[Finding]:
        """The posts :attr:`post_elsewhere` holds: a member of the list's body holds the post
        in the organisation in parentheses; the same post read in the list's body gives way."""
        out: list[Finding] = []
        members = {
            (f.actor.start, f.actor.end): f
            for f in found
            if f.kind == "membership" and f.role == "member" and f.target is not None
        }
        for f in found:
            span = (f.actor.start, f.actor.end)
            if span in self.post_elsewhere and span in members and f is not members[span]:
                continue  # "varapuheenjohtaja A" read as the list body's vice chair
            out.append(f)
        for span, (role, s0, e0) in self.post_elsewhere.items():
            member = members.get(span)
            if member is None:
                continue
            written = text[s0:e0]
            org = Mention(s0, e0, written, written[:1].upper() + written[1:], "organisation", 0.5)
            post = dataclasses.replace(member, role=role, target=org, rule="text-post-elsewhere")
            post.confidence = 0.6
            out.append(post)
        return out

    def _association_before(
        self, text: str, toks: list[Token], a: int, b: int, role: str
    ) -> Mention | None:
        """ "Diabetesliiton (ensimmäiseksi) puheenjohtajaksi valittiin X": the association
        whose genitive stands right before a chair's or vice chair's role in the translative
        (elected to it), when the association is no body the sentence names: its chair, not
        a chair of the last body the text spoke of (Finnish)."""
        if self.lex.lang == "sv" and role in ("chair", "vice_chair"):
            # "Norrby Byar rf:s ordförande Kim Lund", "… r.f.:s vice ordförande": the
            # registered association whose name the genitive ends holds the office
            owner = _SV_REGISTERED_OWNER.search(text, max(0, toks[a].start - 80), toks[a].start)
            if owner is None:
                return None
            a0, e0 = owner.start(), owner.end("form")
            return Mention(a0, e0, text[a0:e0], f"{owner.group('name')} rf", "ngo", 0.6)
        if self.lex.lang != "fi" or role not in ("chair", "vice_chair"):
            return None
        if not re.search(r"(?:ksi|na|nä)$", toks[b].text.casefold()):
            return None  # (elected to it, or "Liiton puheenjohtajana jatkaa X": holding it)
        x = a - 1
        if x >= 0 and _ORDINAL_WORD.match(toks[x].text):
            x -= 1  # "ensimmäiseksi varapuheenjohtajaksi"
        if x > 0 and toks[x].text.casefold() in ("ja", "sekä"):
            # "EHYT:n puheenjohtajaksi valittiin A ja varapuheenjohtajaksi B": the body of the
            # role before, the verb and the association left out; so with the office held
            # ("Seuran puheenjohtajana jatkaa A ja varapuheenjohtajana B")
            case = "ksi" if toks[b].text.casefold().endswith("ksi") else "na"
            earlier = next(
                (
                    y
                    for y in range(x - 1, max(-1, x - 12), -1)
                    if self.lex.role_of(toks[y].text) in ("chair", "vice_chair")
                    and re.search(r"ksi$" if case == "ksi" else r"n[aä]$", toks[y].text.casefold())
                ),
                None,
            )
            verb = _PASSIVE if case == "ksi" else _AT_THE_HEAD_VERB
            if earlier is None or not any(
                verb.fullmatch(t.text.casefold()) for t in toks[earlier:x]
            ):
                return None
            return self._association_before(text, toks, earlier, earlier, "chair")
        if x >= 1 and re.fullmatch(r"(?:ry|rf):n", toks[x].text):
            # "EHYT:n ry:n puheenjohtajaksi", "Testilän Eläkeläiset ry:n puheenjohtajaksi": the
            # registered association whose name the genitive ends
            y = x
            while y > 0 and x - y < 3 and re.fullmatch(r"[A-ZÅÄÖ][\w:-]*", toks[y - 1].text):
                y -= 1
            if y == x:
                return None
            words = [t.text for t in toks[y:x]]
            if len(words) == 1 and (short := re.fullmatch(r"([A-ZÅÄÖ0-9-]{2,}):n", words[0])):
                name = short.group(1)  # an acronym's genitive: the acronym is the name
            else:
                name = " ".join([*words, toks[x].text[:2]])
            return Mention(toks[y].start, toks[x].end, text[toks[y].start : toks[x].end], name,
                           "ngo", 0.6)  # fmt: skip
        if x < 0 or not toks[x].is_cap:
            return None
        word = toks[x].text
        low = word.casefold()
        for genitive, basic in _ASSOCIATION_GENITIVES:
            # "Diabetesliiton" -> "Diabetesliitto"
            if low.endswith(genitive) and len(low) > len(genitive):
                name = word[: -len(genitive)] + basic
                return Mention(toks[x].start, toks[x].end, word, name, "ngo", 0.6)
            if low == genitive and (only := _one_association(text, basic)) is not None:
                # a bare "Liiton puheenjohtajaksi": the page's one association of that kind
                return Mention(toks[x].start, toks[x].end, word, only, "ngo", 0.55)
        basic = word[:-1]
        if (
            low.endswith("in")
            and len(word) > 6
            and x == 0
            and self.lex.body_kind(low[:-1]) is None
            and re.search(rf"(?<![\w-]){re.escape(basic)}\s+[a-zåäö]", text)
            and not any(
                a.cls in (m.PLACE, m.SURNAME, m.FIRST_NAME, m.NAME)
                for a in self.r.morph.analyse(word)
            )
        ):
            # "Mielenterveyspoolin puheenjohtajana toimii A" opening a sentence, the name in the
            # nominative elsewhere in the text ("Mielenterveyspooli vaikuttaa …"): the officer of
            # the organisation of that name
            return Mention(toks[x].start, toks[x].end, word, basic, "organisation", 0.55)
        return None

    def _origin_end(self, toks: list[Token], k: int) -> int:
        """Where the name begins after the words before it that say where the person is from
        ("kuopiolainen Aino Ek", "Tampereelta Ouluun muuttanut Bo Lind"): the token after them,
        when a capitalised word follows; ``k`` itself when there are none."""
        if not self.r.finnish or k >= len(toks):
            return k
        x = k
        if _DWELLER.fullmatch(toks[x].text):
            x += 1
        else:
            while x < len(toks) and x - k < 2 and _PLACE_FROM_TO.fullmatch(toks[x].text):
                x += 1
            if x == k or x >= len(toks) or not _MOVED.fullmatch(toks[x].text):
                return k
            x += 1
        return x if x < len(toks) and toks[x].is_cap else k

    def _job_title_before_name(self, toks: list[Token], k: int) -> bool:
        """Whether token ``k`` is a person's job in lower case right before a name
        ("arkistosihteeri", "asukasyhteyshenkilö", "nämndsekreterare"): a known job title, a
        compound ending in a role word, or a word read only as a noun in the nominative."""
        if k + 1 >= len(toks):
            return False
        word = toks[k].text
        if not re.fullmatch(r"[a-zåäö][a-zåäö-]{4,}", word) or self.lex.role_of(word):
            return False
        job = self.lex.is_occupation(word) or any(
            self.lex.role_of(word[n:]) for n in range(3, len(word) - 5)
        )
        if not job and self.r.morph.name == "voikko":
            readings = self.r.morph.analyse(word)
            job = bool(readings) and all(
                a.cls == m.NOUN and a.case == "nom" and not a.plural for a in readings
            )
        if not job and self.r.morph.name != "voikko" and self.r.finnish:
            # without voikko: a word of a trade's shape ("rehtori", "kanttori", "viljelijä")
            # right before a first name of the list ("rehtori Arto Hänninen")
            job = _TRADE_SHAPE.fullmatch(word) is not None and (
                m.FIRST_NAME in self.r.word_classes(toks[k + 1].text)
            )
        return job and (
            self.r.person_at(toks, k + 1, in_list=True) is not None
            # ("tohtori F. M. Pitkäniemen": a name opening with initials)
            or self.r.initials_name_at(toks, k + 1) is not None
        )

    def _elected_to_own_role(self, toks: list[Token], last: Mention) -> bool:
        """Whether an election's verb, "till" or "som", and a role follow the name ``last``
        ("… och D omvaldes till styrelseledamöter")."""
        x = next((x for x in range(len(toks)) if toks[x].start >= last.end), len(toks))
        if not (
            x + 2 < len(toks)
            and _ELECTION_VERB.match(toks[x].text)
            and toks[x + 1].text.casefold() in ("till", "som")
        ):
            return False
        if self._compound_prefix(toks[x + 2].text) is not None:
            return True  # "omvaldes till styrelseledamöter"
        found = self._role_tokens(toks[x + 2 : x + 6])
        return bool(found) and found[0][0] == 0

    def _subject_of_role(self, toks: list[Token], i: int) -> bool:
        """Whether the words from ``i`` are a verb and a role ("är vice ordförande", "toimii
        sihteerinä"): the name before them is that role's holder."""
        linking = re.compile(rf"^(?:{self.lex.linking})$", re.I)
        k = i
        while k < len(toks) and k - i < 3 and linking.match(toks[k].text):
            k += 1
        if k == i or k >= len(toks):
            return False
        found = self._role_tokens(toks[k : k + 4])
        return bool(found) and found[0][0] == 0

    def _employer_apposition(self, toks: list[Token], e: int) -> int | None:
        """The index of the last token of the name before an apposition of an organisation
        ending at token ``e`` ("Anna Ek, Västra Gästriklands förvaltning (VSG)": a comma, a
        capitalised word, up to five more words and a parenthesis, no seat's word among
        them), or None."""
        comma = next((z for z in range(e - 1, max(0, e - 9), -1) if toks[z].text == ","), None)
        if comma is None or comma < 2 or not toks[comma + 1].is_cap or not toks[comma - 1].is_cap:
            return None
        for t in toks[comma + 1 : e + 1]:
            if t.text in ("(", ")") or (t.is_word and t.text.casefold() not in ("och", "samt")):
                if t.is_word and self.lex.role_of(t.text.casefold()):
                    return None
                continue
            return None
        return comma - 1

    def _roles(
        self,
        text: str,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
    ) -> list[Finding]:
        found: list[Finding] = []
        linking = re.compile(rf"^(?:{self.lex.linking})$", re.I)
        # role word, then the verb: "Till föreningens ordförande omvaldes A" (re-elected)
        # ("Ny ordförande blir A": a post still to be taken, read elsewhere; "blir" links only
        # a name to its role after it, "B blir suppleant")
        linking_after_role = re.compile(
            rf"^(?!blir$)(?:{self.lex.linking}|(?:om|åter|ny)valdes)$", re.I
        )
        quote = (sentence.start, sentence.end)
        seen: set[tuple[str, str]] = set()
        former = re.compile(rf"^(?:{self.lex.former})$", re.I) if self.lex.former else None
        essive_body: Mention | None = None
        role_tokens = self._role_tokens(toks)
        said_of: Mention | None = None  # the association an officer's role was said of
        trailing = self._offices_after_parties(toks, role_tokens)
        inverted_before = False  # a name read with its office after it, the verb before it
        former_run: int | None = None  # the last post's token of a run held before
        for n_at, (a, b, role) in enumerate(role_tokens):
            if a in trailing:
                role = "member"  # the office is the name's before it; the names after members
            if (
                not self.r.finnish
                and n_at >= 2
                and role_tokens[n_at - 1][1] == a - 1
                and role_tokens[n_at - 2][1] == role_tokens[n_at - 1][0] - 1
            ):
                # "Kassör Sekreterare Ledamot Suppleant A B C D": a table's column heads printed
                # before their names; the names are no last head's
                continue
            if former is not None and self._held_before(toks, a, former):
                former_run = b
                continue  # "edellinen puheenjohtaja Niko Luukkonen": not the role now
            if (
                former_run is not None
                and not self.r.finnish
                and _RUN_OF_POSTS_GAP.fullmatch(text, toks[former_run].end, toks[a].start)
            ):
                # "tackar avgående ordförande A, vice ordförande B samt styrelsemedlem C": the
                # posts of a run that one word says were held before, each of them
                former_run = b
                continue
            former_run = None
            if self._succeeded(toks, a):
                continue  # "… efter föreningens mångårige ordförande Bo Ek": the predecessor's
            if self._its_other_organisation(toks, a):
                continue  # "… från FRG genom dess ordförande Bo Ek": the other group's officer
            if (
                role == "member"
                and a > 0
                and b == a
                and toks[a - 1].text.casefold() in _OF_THE_YEAR
            ):
                continue  # "vuoden jäsen: A", "årets medlem A": an award, no seat
            if role == "member" and a > 0 and _FOUNDING.fullmatch(toks[a - 1].text):
                continue  # "de grundande medlemmarna A, B och C": the founders, no seat now
            if (
                a > 0
                and toks[a].text[:1].islower()
                and toks[a - 1].text[:1].isupper()
                and "\n" in text[toks[a - 1].end : toks[a].start]
                and (heading := self.lex.role_of(toks[a - 1].text)) in ("chair", "vice_chair")
                and heading != role
            ):
                # "Varapuheenjohtaja" on a line of its own, then "pääsihteeri Eero Ek": the post
                # the line heads, the other word the person's own title
                role = heading
            if (
                a >= 2
                and toks[a - 1].is_cap
                and toks[a - 2].is_cap
                and b + 1 < len(toks)
                and toks[b].text == "."
                and toks[b + 1].text == ","
            ):
                continue  # "Mari Jaranti pj., Jaana Palmroos vpj., …": the name's before it
            if (
                a == b
                and a >= 2
                and self._office_after_name(toks, a)
                and self._name_ending_at(toks, a - 1) is not None
            ):
                continue  # "… A varapuheenjohtaja, B, C sihteeri, …": the name's before it
            # "Under år 2017 är A (Finland) ordförande och B vice ordförande": the office
            # after the name of a clause whose verb comes first, read only as that name's
            office_after = (
                not self.r.finnish
                and role in ("chair", "vice_chair", "secretary")
                and self._office_after_inverted(toks, a, inverted_before)
            )
            # "(pj. X)": the chair of the body just before the parenthesis
            paren = a > 0 and toks[a - 1].text == "(" and not office_after
            j = b + 1
            while j < len(toks) and toks[j].text in (".", ":", ","):
                j += 1  # "pj. X", "Ordförande: X", "kommunfullmäktiges ordförande, X"
            if office_after or self._translative_after_name(toks, a, b):
                # no name after the office is its holder ("valittiin A puheenjohtajaksi, B
                # varapuheenjohtajaksi": the office A's, read as the role after A's name)
                j = len(toks)
            if (
                j + 2 < len(toks)
                and toks[j].text in ("och", "ja", "samt", "sekä")
                and _TREASURER_WORD.fullmatch(toks[j + 1].text.casefold())
                and toks[j + 2].is_cap
            ):
                # "ordförande och kassör A": the officer's role is A's, the treasurer's task a
                # member's
                j += 2
            elif (
                not self.r.finnish
                and j + 2 < len(toks)
                and toks[j].text == "och"
                and toks[j + 1].is_word
                and re.fullmatch(r"[a-zåäö][\w-]*", toks[j + 1].text) is not None
                and not self.lex.role_of(toks[j + 1].text)
                and toks[j + 1].text not in _SV_NO_TASK
                and toks[j + 2].is_cap
                and self.r.person_at(toks, j + 2, in_list=True) is not None
            ):
                # "vice ordförande och vinterplatser A": a task of the officer's joined after
                # the office, then the name; the office is A's
                j += 2
            if (
                j + 2 < len(toks)
                and toks[j].text == "/"
                and toks[j - 1].end == toks[j].start
                and toks[j].end == toks[j + 1].start
                and re.fullmatch(r"[a-zåäö][\w-]*", toks[j + 1].text) is not None
                and not any(lx.role_of(toks[j + 1].text.casefold()) for lx in LEXICONS.values())
                and toks[j + 2].is_cap
            ):
                # "sihteeri/rahastonhoitaja A", "sekreterare/kassör B": a second task joined by
                # a slash that is no seat in either language; the officer's role is the
                # name's after it (not "puheenjohtaja/ ordförande A": one title in two
                # languages, perhaps of another body)
                j += 2
            if paren:
                names = self._names_from(toks, j, genitive=False)
                body = self._body_before(bodies, toks[a - 1].start) or ctx.body
                close = next((t.end for t in toks[j:] if t.text == ")"), sentence.end)
                # "A (ersättare B), C (ersättare D)": the parenthesis ends the role's list
                names = [n for n in names if n.end <= close]
                # "A (varajäsen B)": B stands in for A in the seat this sentence gave A
                held = next(
                    (
                        f
                        for f in found
                        if role == "deputy_member"
                        and f.kind == "membership"
                        and f.actor.end <= toks[a - 1].start
                        # (the home town may stand between: "A Testilästä (varajäsen B)")
                        and _HOME_TOWN.fullmatch(text[f.actor.end : toks[a - 1].start])
                    ),
                    None,
                )
                if held is not None and held.target is not None and held.target.kind == "ngo":
                    # "Yhdistyksen puheenjohtajana A (varajäsen B)": a personal deputy is a
                    # board's; the association's officer with one holds the seat in its board
                    t = held.target
                    kind = self.lex.body_kind(self.lex.board.casefold()) or "body"
                    held.target = Mention(t.start, t.end, t.written, self.lex.board, kind, 0.55)
                if held is not None:
                    body = held.target
                for n in names:
                    fact = self._fact(
                        n,
                        role,
                        body,
                        (self._clause_start(text, sentence, body), close),
                        0.85,
                        "text-parenthesis",
                        status,
                    )
                    if held is not None:
                        fact.deputy_for = held.actor
                        fact.on_behalf_of = held.on_behalf_of
                    found.append(fact)
                continue
            # "Ny ordförande för ungdomsrådet är Anna Berg": the body between role and verb
            scoped = None
            if (
                not self.r.finnish
                and j + 1 < len(toks)
                and toks[j].text.casefold()
                in (
                    "för",
                    "i",
                )
            ):
                scoped = next((bb for bb in bodies if bb.start == toks[j + 1].start), None)
            elif not self.r.finnish and j < len(toks) and toks[a].is_cap and toks[j].is_cap:
                # "…, Ordförande Festkommittén Bo Ek och …": a capitalised post, its body and
                # the name of the one who holds it
                scoped = next((bb for bb in bodies if bb.start == toks[j].start), None)
                x = next(
                    (x for x in range(j, len(toks)) if toks[x].start >= (scoped or toks[j]).end), j
                )
                if x == j or x >= len(toks) or self.r.person_at(toks, x, in_list=True) is None:
                    scoped = None
            if scoped is not None:
                j = next((x for x in range(j, len(toks)) if toks[x].start >= scoped.end), j)
                if (
                    j + 2 < len(toks)
                    and toks[j].text.casefold() in ("i", "på")
                    and toks[j + 1].is_cap
                    and self.r.person_at(toks, j + 2, in_list=True) is not None
                ):
                    # "ordföranden för kommunstyrelsen i Kyrkslätt Timo Haapaniemi": the
                    # body's place between the body and the name
                    j += 2
            if j < len(toks) and (term := _TERM.match(text, toks[j - 1].end)):
                # "ordförande för åren 2020-2021 är X": the term between the role and the verb
                j = next((x for x in range(j, len(toks)) if toks[x].start >= term.end()), j)
            # role word, linking words, then names: "puheenjohtajana toimii X"
            k = j
            while k < len(toks) and linking_after_role.match(toks[k].text):
                k += 1
            if (
                not self.r.finnish
                and k > j
                and k < len(toks)
                and (term := _TERM_AFTER_VERB.match(text, toks[k].start)) is not None
            ):
                # "Till styrelseledamöter omvaldes på två år A, B och C": the term between the
                # verb and the names
                k = next((x for x in range(k, len(toks)) if toks[x].start >= term.end()), k)
            if (
                not self.r.finnish
                and [t.text.casefold() for t in toks[b + 1 : k]] == ["och"]
                and re.fullmatch(r"(?:ordförand|sekreterar)en", toks[b].text.casefold())
            ):
                # "Justering Ordföranden och Eva Lind": the chair, unnamed, and another
                # person; the name after "och" holds no office
                continue
            if k > j and k + 1 < len(toks) and toks[k].text == ":" and toks[k + 1].is_cap:
                # "Till vice ordförande valdes: A (Vasa), B och C", "Varapuheenjohtajiksi
                # valittiin: A, B ja C": a colon after the verb introduces the same names
                k += 1
            # "valitsi puheenjohtajakseen Aholan" (object in the genitive), but "puheenjohtajaksi
            # valittiin Aino Ahola" (a passive: in the nominative)
            genitive = (
                (
                    self.lex.lang == "fi"
                    and bool(re.search(r"(ksi|kseen|kseni|kseen)$", toks[b].text.casefold()))
                    and not any(_PASSIVE.match(toks[x].text) for x in range(j, k))
                    # "valittiin ... toiseksi varapuheenjohtajaksi An Thy Doan": a passive verb
                    # earlier in the sentence
                    and not any(_PASSIVE.match(t.text) for t in toks[:a])
                )
                or (self.lex.lang == "fi" and k == b + 1 and self._essive_object(toks, a, b))
            )
            x = k
            while x < len(toks) and x - k < 3 and toks[x].is_cap:
                x += 1
            if (
                x > k
                and x + 1 < len(toks)
                and _EMPLOYER_END.fullmatch(toks[x].text)
                and (hired := self._after_job_title(toks, x + 1, genitive)) is not None
            ):
                # "Suomen Terveystalo Oy:n toimitusjohtaja Yrjö Närhinen": the employer and
                # the job before the name
                k = self._index_at(toks, hired.start)
            elif (
                self.lex.lang == "fi"
                and x - k >= 2
                and x < len(toks)
                and toks[x - 1].text.endswith("n")
                and (hired := self._after_job_title(toks, x, genitive)) is not None
            ):
                # "Kriisikeskus Aallon johtaja Aino Ahola": an organisation's name in the
                # genitive and the job in it before the name, not a person's name
                k = self._index_at(toks, hired.start)
            elif (
                self.lex.lang == "fi"
                # (a role in the essive or translative reads a title before the name below)
                and not re.search(r"(?:na|nä|ksi|kseen)$", toks[b].text.casefold())
                and (g := self._lower_genitives(toks, k)) > k
                and (hired := self._after_job_title(toks, g, genitive)) is not None
            ):
                # "varapuheenjohtajat ovat ministeriön osaston osastopäällikkö Aino Ahola": the
                # employer and its unit in the genitive, the job, then the name
                k = self._index_at(toks, hired.start)
            elif self._job_title_before_name(toks, k):
                k += 1  # "sihteeri arkistosihteeri Sami Männistö": the job, then the name
            elif (
                not self.r.finnish
                and k + 2 < len(toks)
                and _JOB_QUALIFIER.fullmatch(toks[k].text)
                and not self.lex.role_of(toks[k].text)
                and self.lex.is_occupation(toks[k + 1].text)
                and self._job_title_before_name(toks, k + 1)
            ):
                # "Till styrelsens ordförande återvaldes verkställande direktör A": a job of two
                # words, a known job after a lower-case word, then the name
                k += 2
            elif (
                k + 3 < len(toks)
                and toks[k + 1].text == ","
                and _BARE_TITLE.fullmatch(toks[k].text)
                and not self.lex.role_of(toks[k].text)
                and self._job_title_before_name(toks, k + 2)
            ):
                # "puheenjohtajana kauppapuutarhuri, puutarhaneuvos Aino Ahola": two titles of
                # the person's set apart by a comma, then the name
                k += 3
            elif (
                self.lex.lang == "fi"
                and (hired := self._employer_job_name(toks, k, genitive)) is not None
            ):
                # "jäseniä ovat Kylälän yliopiston tutkija Aino Ahola": the employer in the
                # genitive, the job, then the name
                k = self._index_at(toks, hired.start)
            if (
                k < len(toks)
                and (origin := self._origin_end(toks, k)) > k
                and self.r.person_at(toks, origin, in_list=True, genitive=genitive) is not None
            ):
                k = origin  # "jäsenet, kuopiolainen Aino Ek ja …": where she is from, then her
            names = self._names_from(toks, k, genitive=genitive) if k < len(toks) else []
            if (
                names
                and not self.r.finnish
                and [t.text.casefold() for t in toks[j:k]] == ["och"]
                and self._elected_to_own_role(toks, names[-1])
            ):
                # "omvaldes A till styrelsens ordförande och B, C och D omvaldes till
                # styrelseledamöter": the names after "och" are elected to their own seat
                names = []
            # "Sekreterare A, Kassör B och Vice ordförande C": a treasurer's word inside the
            # run makes the names after it members, not holders of the office before it
            tasked = self._after_treasurer(toks, b, names, role_tokens)
            if not names and not self.r.finnish and a > 0 and toks[a - 1].text.casefold() == "till":
                # "Till generalsekreterare valde ungdomsfullmäktige Jesse Kurunsaari": the
                # verb and the electing body between the role and the name (after the term:
                # "Till ordförande för år 2016 återvaldes A")
                first = max(b + 1, j) if _TERM.match(text, toks[b].end) else b + 1
                span = list(range(first, min(len(toks), first + 4)))
                if len(span) > 2 and (term := _TERM.match(text, toks[span[1]].end)):
                    # "Till ordförande för Byalaget för verksamhetsåret 2015 valdes A": the
                    # association, then the term (as long as the words after it allow)
                    after = [x for x in range(first, len(toks)) if toks[x].start >= term.end()]
                    span = span[:2] + after[:2]
                for x in span:
                    if (
                        toks[x].text in (",", ".", ";")
                        or toks[x].text.casefold() in ("och", "samt")
                        or self.lex.role_of(toks[x].text)
                    ):
                        break
                    if toks[x].is_cap and (p := self.r.person_at(toks, x, in_list=True)):
                        names = [p]
                        break
            predicate = self.lex.lang == "fi" and bool(
                re.search(r"(?:na|nä|ksi|kseen)$", toks[b].text.casefold())
            )
            if not names and predicate:
                # a title between: "... tiimin vetäjä Pekka Puustinen" (up to 14 words)
                x = k
                while (
                    x < len(toks)
                    and x - k <= 14
                    and (
                        toks[x].text not in (".", ";", "(", ",")
                        or _in_number(toks, x)
                        or self._inside_title(toks, x, k)
                    )
                    # "A valittiin puheenjohtajaksi ja B varapuheenjohtajaksi": the name after
                    # "ja" holds the next role
                    and not (
                        toks[x].text.casefold() in ("ja", "sekä")
                        and x + 1 < len(toks)
                        and toks[x + 1].is_cap
                    )
                    and not self._role_tokens(toks[x : x + 1])
                ):
                    # "valitsi puheenjohtajaksi kaudelle 2023-2024 Martta Petreliuksen": the
                    # object after the words between is in the genitive as well (not after a
                    # passive verb between: "edustajiksi ryhmään nimettiin Aino Ahola")
                    if toks[x].is_cap and genitive:
                        genitive = not any(_PASSIVE.match(toks[y].text) for y in range(k, x))
                    if (
                        toks[x].is_cap
                        and (p := self.r.person_at(toks, x, genitive=genitive)) is not None
                    ):
                        names = [p]
                        run = self._names_from(toks, x, genitive=genitive)
                        if (
                            len(run) > 1
                            and run[0].start == p.start
                            and (
                                _PLURAL_VERB.match(toks[x - 1].text)
                                or (
                                    role in ("member", "deputy_member", "representative")
                                    and not genitive
                                    and _PLURAL_SEAT.search(toks[b].text.casefold())
                                    and not any(t.is_cap for t in toks[k:x])
                                    and all(
                                        _RUN_JOIN.fullmatch(text, m0.end, m1.start)
                                        for m0, m1 in itertools.pairwise(run)
                                    )
                                )
                            )
                        ):
                            # "… jatkavat Marita Rinne, Loimaa ja Sanna Koivisto, Tampere": a
                            # plural verb before the names, each holds the role; so does a
                            # plural seat with only lower-case words and numbers between and
                            # the names in the nominative ("varsinaisina jäseninä valittiin
                            # vuosina 2022-2023 A, B ja C", "edustajiksi hyvinvointiryhmään
                            # nimettiin A ja B"; not a title with an employer's name
                            # before the first name, nor an active verb's objects)
                            names = run
                        break
                    x += 1
                title = self._title_then_name(toks, x, k, genitive) if not names else None
                if title is not None:
                    # "Ohjausryhmän puheenjohtajana toimii Kyyjärven kunnanhallituksen
                    # puheenjohtaja A ja varapuheenjohtajana … B": the essive's body is the one
                    # in the genitive just before the role word (or the role's before it in
                    # the same sentence), the title's the other body; the title is read on
                    # its own as the next role
                    own = next((bb for bb in bodies if bb.end <= toks[a].start and not
                                text[bb.end : toks[a].start].strip()), None)  # fmt: skip
                    body = self._resolve(own, ctx) if own is not None else essive_body
                    if body is not None:
                        if own is not None:
                            essive_body = body
                        found.append(
                            self._fact(title, role, body, quote, 0.75, "text-role-titled", status)
                        )
                    continue
            if names and _OUTSIDE_THE_BODY.search(text, toks[b].end, names[0].start):
                # "Sihteerinä toimii hallituksen ulkopuolelta A": a post held outside the
                # board, no seat in it
                names = []
            if names and self._elected_to_next(toks, names[0], bodies):
                names = []  # "... ordförande och Eeva Hyttinen till vice ordförande": her own
            if names and re.match(
                r"\s*(?:lisäksi|ohella)(?![\w-])", text[names[0].end : names[0].end + 12], re.I
            ):
                # "puheenjohtaja Aino Ahon lisäksi": the name in the genitive the word after it
                # takes
                x = next((i for i, tk in enumerate(toks) if tk.start == names[0].start), None)
                gen = self.r.person_at(toks, x, genitive=True) if x is not None else None
                if gen is not None and gen.end == names[0].end:
                    names = [gen, *names[1:]]
            if names and (successor := self._in_place_of(text, toks, names[0], genitive)):
                # "sihteeriksi valittiin A:n tilalle B": B takes the post in A's place; A
                # leaves it
                names = [successor, *names[1:]]
            if len(names) > 1 and re.match(
                r"\s*(?:lisäksi|ohella)(?![\w-])", text[names[0].end : names[0].end + 12], re.I
            ):
                # "Puheenjohtaja Aino Ahon lisäksi ryhmään kuuluvat B ja C": the role is the
                # first name's; the others are said to belong besides her
                names = names[:1]
            if (
                len(names) > 1
                and a > 1
                and toks[a - 1].text == ","
                and not (
                    self.r.finnish
                    and role in ("member", "deputy_member")
                    and re.search(r"eni(?:ksi|nä|na)$", toks[b].text.casefold())
                )
            ):
                # "består av ordförande A (ersättare B), viceordförande C (D), E (F) och G (H)":
                # a role word inside the list is the next name's, the names after it members
                # (not a seat in the plural: "… ja C, varajäseniksi D ja E", both deputies)
                names = names[:1]
            if len(names) > 1 and self.r.finnish:
                # "puheenjohtajaksi valittiin A (sd.), yleisten palveluiden puheenjohtajaksi B":
                # a name after another role word holds that one
                # (not an apposition's title: "A lapsijärjestöjen edustaja ja B")
                later = [
                    toks[r0].start
                    for r0, r1, _role in role_tokens
                    if r0 > b
                    and (
                        re.search(r"(?:ksi|kseen|na|nä)$", toks[r1].text.casefold())
                        # "… ja hallituksen erovuoroisten jäsenten paikoille B ja C": the seats
                        # of others, the names after them elected to those
                        or (
                            r1 + 1 < len(toks)
                            and toks[r1 + 1].text.casefold() in ("paikoille", "paikalle", "tilalle")
                        )
                    )
                ]
                names = [n for n in names if not any(names[0].end <= r < n.start for r in later)]
            if len(names) > 1 and not self.r.finnish:
                # "Styrelse ordförande A vice ordförande B medlemmar C, D och E": a name run
                # that another role word right before a name interrupts is that role's from there
                # (also across a copula: "ordförande är A och vice ordförande är B och C")
                later = [
                    toks[r0].start
                    for r0, r1, _role in role_tokens
                    if r0 > b
                    and _name_next(toks, r1 + 1)
                    and _role in ("chair", "vice_chair", "secretary", "member", "deputy_member")
                    # (not "A (ersättare B), C": a deputy named inside a member's parentheses)
                    and text.count("(", names[0].end, toks[r0].start)
                    <= text.count(")", names[0].end, toks[r0].start)
                ]
                # (nor a name read across the next role word: "Past President Eva Lind")
                names = [n for n in names if not any(names[0].end <= r < n.end for r in later)]
            names = [*names, *(t for t in tasked if t not in names)]
            beside: list[Mention] = tasked
            if (
                len(names) > 1
                and role in ("chair", "vice_chair", "secretary")
                and re.fullmatch(r"\s+samt\s+", text[names[0].end : names[1].start])
            ):
                # "… består av ordförande A samt B och C": the office is the first name's, the
                # names after "samt" are members beside the officer
                beside = names[1:]
            elif (
                len(names) > 2
                and role in ("chair", "vice_chair", "secretary")
                and _COMMA_AFTER_TAG.fullmatch(text, names[0].end, names[1].start) is not None
                and not text[toks[b].end : names[0].start].strip(" \t.")
                and not re.search(r"(?:t|i(?:na|nä|ksi)|rna|ndena)$", toks[b].text.casefold())
            ):
                # "Tiedotustoimikunta: pj A, B, C ja D", "puheenjohtaja A (r.), B (sd.) ja C
                # (ps.)" (a one-word tag, a party's, after a name): one office (not
                # "puheenjohtajat", "ordförandena") right before a run of three names or more
                # is the first name's; the others sit beside the officer as members (not
                # "Till vice ordförande valdes A, B och C": the verb between says all three
                # were elected)
                beside = names[1:]
            if a in trailing and all(n.start != trailing[a].start for n in names):
                names = [trailing[a], *names]  # "A (KD), ordförande B (M)": A's office
            apposition = self._apposition_before(toks, a, b)
            if apposition is None and self._office_set_off_after_name(toks, a, b, role_tokens):
                # "A, ordförande, B, sekreterare och C": B's office, C a member
                apposition = self._name_ending_at(toks, a - 2)
            elif self._office_of_subject_before(toks, a, j):
                names, beside = [], []  # "A är sekreterare och B ledamot": the office A's
            own_post = False
            if apposition is not None:
                # "består av A, ordförande, B, C och D", "… och C (M), andre vice
                # ordförande.": a role set off by commas right after a name is that name's
                names, beside = [apposition], []
            elif names and self._role_of_name_before(toks, a, b, names[0]):
                # "A som ordförande, B, byråchef, C …", "A som vice ordförande, B sekreterare,
                # C kassör": the role word is the name's before it; the names after the comma
                # do not hold it
                names = []
                if self.r.finnish and (own := self._person_ending_before(toks, a)) is not None:
                    # "Muissa tehtävissä jatkavat A (Pori) varapuheenjohtajana, B sihteerinä
                    # …": a role in the essive right after a name is that name's
                    names, beside, own_post = [own], [], True
            if names and self.r.finnish and _LEAVING_AFTER.match(text, names[-1].end):
                # "… uusina jäseninä mukaan A:n ja B:n jäädessä pois tehtävistä": those leaving
                # their seats, whose seats the new members take
                names = []
            if names:
                body = self._body_for(bodies, toks[a].start, names[-1].end, ctx, toks)
                if (compound := self._compound_body(text, toks[a], bodies, ctx)) is not None:
                    body = compound
                elif (elided := self._elided_head(text, toks, a, bodies)) is not None:
                    body = elided
                elif (association := self._association_before(text, toks, a, b, role)) is not None:
                    body = association
                    said_of = association
                elif (body is None or body is ctx.body) and (
                    between := self._body_before_the_verb(text, toks, b, names[0], bodies, ctx.body)
                ) is not None:
                    # "Uusina jäseninä hallitukseen valittiin A ja B": the body named between
                    # the role word and the verb before the names, not the sentences' before
                    body = between
                elif (
                    body is None
                    and said_of is not None
                    and role in ("chair", "vice_chair")
                    and toks[a - 1].text == ","
                    and _ESSIVE_ENDING.search(toks[b].text.casefold())
                ):
                    # "Yhdistyksen puheenjohtajana on toiminut A, varapuheenjohtajana B": the
                    # association said with the role before, left out here
                    body = said_of
                if scoped is not None:
                    body = self._resolve(scoped, ctx) or scoped
                    if ctx.body is not None and body.name.casefold() == ctx.body.name.casefold():
                        body = ctx.body
                    elif body.name[:1].islower():
                        body = dataclasses.replace(body, name=body.name[:1].upper() + body.name[1:])
                if (
                    (apposition is not None or own_post)
                    and body is not None
                    and body.name[:1].islower()
                ):
                    # "Övriga i styrelsen är: A, ordförande, …": the body as a name
                    body = dataclasses.replace(body, name=body.name[:1].upper() + body.name[1:])
                appointed_by = None
                if (
                    role in ("member", "deputy_member")
                    and body is not None
                    and body is not ctx.body
                    and _NAMED_BY.match(text, body.end)
                    and body.end <= toks[a].start
                ):
                    # "Sosiaalilautakunnan nimeämä jäsen A ja varajäsen B": a seat in the body
                    # the text is about (or, with none in context, the page's), held for the
                    # organ that named it; never a seat in that organ
                    appointed_by = dataclasses.replace(
                        body, name=body.name[:1].upper() + body.name[1:]
                    )
                    body = ctx.body
                elif body is None:
                    body = self._body_listing_again(text, sentence, role, names) or (
                        self._body_filled_next(text, sentence, toks[b], role, names)
                    )
                    if body is None and (
                        in_named := self._seat_in_named(toks, a, role, None, bodies, ctx)
                    ):
                        # "Hyvinvointialueen edustajana hyvinvointiryhmässä toimii A"
                        body = in_named[0]
                    if body is None:
                        continue
                if (
                    self.r.finnish
                    and apposition is not None
                    and body is not ctx.body
                    and body.start > toks[a].start
                ):
                    # "A, varapuheenjohtaja ja nuvan edustaja hyvinvointivaliokunnan
                    # kokouksissa": a body named after the office set off after a name is
                    # another post's, not the office's
                    continue
                if (
                    (
                        (
                            (a > 0 and _MEETINGS_OWN.fullmatch(toks[a - 1].text))
                            # "Kokouksessa puheenjohtajana toimi A": at the meeting, serving
                            # as its chair (not "kokouksessa puheenjohtajaksi valittiin")
                            or (
                                a > 0
                                and toks[a - 1].text.casefold() == "kokouksessa"
                                and toks[a].text.casefold().endswith(("na", "nä"))
                            )
                            or (a + 1 < len(toks) and _AT_THE_MEETING.fullmatch(toks[a + 1].text))
                            or self._after_meetings_role(toks, a, bodies)
                        )
                        and not (toks[a].end <= body.start < names[0].start)
                        and not self._body_title(toks, a, b, k, bodies, names[0])
                    )
                    or (
                        role in ("chair", "vice_chair", "secretary")
                        and toks[b].text.casefold().endswith("ksi")
                        and _MINUTES_CHECKERS.search(text, toks[a].start, quote[1]) is not None
                        and not any(
                            toks[a].end <= bb.start < names[0].start
                            or (
                                bb.end <= toks[a].start and not text[bb.end : toks[a].start].strip()
                            )
                            for bb in bodies
                        )
                    )
                ):
                    # "pöydän ääressä kokouksen puheenjohtajana toiminut A", "Kokouksen
                    # puheenjohtajaksi valittiin A", "Sihteerinä vuosikokouksessa toimi A": the
                    # meeting's officer, no seat in a body (the sentence names none between
                    # the role and the name); so are the chair and the secretary elected in
                    # the sentence that elects the minutes' checkers ("Puheenjohtajaksi
                    # valittiin A, sihteeriksi B ja pöytäkirjan tarkastajiksi C ja D"), when
                    # no body is named right before the role
                    continue
                if (
                    role == "member"
                    and a > 0
                    and (
                        _MEMBERSHIP_OWNER.fullmatch(toks[a - 1].text)
                        or (
                            _OWN_PRONOUN.fullmatch(toks[a - 1].text)
                            and _MEMBERS_WORD.fullmatch(toks[a].text)
                        )
                    )
                    and (body is ctx.body or body is None)
                ):
                    # "Rahastonhoitajana on toiminut yhdistyksen jäsen A", "föreningens medlem
                    # B": one of the association's members, no seat in its board
                    continue
                if role == "member" and self._family_member(toks, a, bodies):
                    # "kukitettiin suvun vanhin paikalla oleva jäsen A": a member of the family,
                    # no seat in a body
                    continue
                held_in = (
                    self._seat_in_named(toks, a, role, body, bodies, ctx)
                    if appointed_by is None and body is not None
                    else None
                )
                seat, on_behalf = (
                    (False, appointed_by)
                    if appointed_by is not None or body is None or held_in is not None
                    else self._seat_of(toks, a, role, body, ctx)
                )
                into = None if seat or held_in else self._seat_into(toks, a, role, body)
                named_by = _influence_delegate(seat, on_behalf, ctx)
                if held_in is not None:
                    # "Kunnanhallituksen edustajana vanhusneuvostossa toimii A": a seat in the
                    # body the sentence names it in, held for the organ before the role
                    role, body, on_behalf = "member", held_in[0], held_in[1]
                elif named_by is not None:
                    # "Nuorisovaltuuston edustaja A ja varaedustaja B" under a committee: a
                    # youth or older people's council's speaking seat there is no seat in the
                    # committee; A (and B) are members of the council that named them
                    role, body, on_behalf = "member", named_by, None
                elif seat:
                    role, body = "member", ctx.body
                elif into is not None:
                    # "Terve Kunta -verkostoon Limingan kunnan edustajaksi nimettiin X": a
                    # seat in the body named first, held for the organisation in the genitive
                    role, on_behalf = "member", into
                titled = self._body_title(toks, a, b, k, bodies, names[0])
                if role == "member" and self._member_of_the_association(toks, a):
                    # "yhdistyksen pitkäaikainen jäsen, Antti Lehtola": one of the association's
                    # members, no seat in a body
                    continue
                for n in names:
                    if _PREDECESSOR_AFTER.match(text, n.end):
                        # "valittu puheenjohtajaksi ministeri A:n seuraajaksi": the one succeeded
                        continue
                    n_role = "member" if any(n is x for x in beside) else role
                    if n_role == "member":
                        n_role = self.said_after.get((n.start, n.end), n_role)
                    key = (n.name, n_role)
                    if key in seen:
                        continue
                    seen.add(key)
                    conf = 0.8 if k == j or k - j <= 2 else 0.7
                    # "Valitaan kokouksen puheenjohtajaksi nuorisovaltuuston puheenjohtaja
                    # Kerttu Kajander": the title states her role whatever the sentence proposes
                    said = (
                        ""
                        if titled
                        and n is names[0]
                        # ("hallituksen jäsen A … heidän jäädessä pois hallituksesta": the
                        # titled seat is the one left)
                        and not (status == "ended" and _LEAVING.search(sentence.text))
                        else status
                    )
                    if said in NOT_HELD_STATUSES and self._current(toks, a):
                        # "johtoon nousee nykyinen varapuheenjohtaja Janne Hölsä": held now
                        said = ""
                    if not said and (n.start, n.end) in self.until:
                        said = "ended"  # "Aino Ek 7.9 asti": a seat left on the way
                    if not said and former is not None and _former_title(toks, b, n, former):
                        # "Keskushallinnon edustajana työryhmässä oli silloinen kunnanjohtaja
                        # A": a holder then, named by a title held before
                        said = "ended"
                    if (
                        not said
                        and a > 0
                        and toks[a - 1].text.casefold() in ("ensimmäinen", "första", "förste")
                        and FIRST_OFFICERS.fullmatch(text, toks[a - 1].start, toks[a].end)
                    ):
                        # "hallituksen ensimmäinen puheenjohtaja A", "föreningens första
                        # ordförande B": the founding officer of a history, a seat held before
                        # (not "Ensimmäiseksi puheenjohtajaksi valittiin A": a numbered chair)
                        said = "ended"
                    fact = self._fact(n, n_role, body, quote, conf, "text-role-before", said)
                    fact.on_behalf_of = on_behalf
                    found.append(fact)
                if seat or held_in is not None:
                    deputies = self._deputy_after(toks, names[-1], body, quote, status, on_behalf)
                    if named_by is not None:
                        for f in deputies:
                            f.role, f.deputy_for = "member", None
                    seen.update((f.actor.name, "deputy_member") for f in deputies)
                    found += deputies
                    gapped = (
                        self._gapped_seats(text, sentence, toks, names[0], body, status)
                        if not deputies
                        else []
                    )
                    if gapped:
                        # "…, Testilän Veteraaniyhdistyksen Olli Oja (…)": the clause's
                        # organisation is no part of the name the list reader took
                        found = [
                            f
                            for f in found
                            if f.actor is names[0]
                            or not any(
                                f.actor.start < g.actor.end and g.actor.start < f.actor.end
                                for g in gapped
                            )
                        ]
                        seen.update((f.actor.name, f.role) for f in gapped)
                        found += gapped
                continue
            # names, linking words, role word: "X toimii puheenjohtajana", "A, B och C som
            # representanter i ..."
            x = a - 1
            if not self.r.finnish and x > 0:
                # "X valdes till ungdomsfullmäktiges ordförande": the body's genitive between
                # "till" and the role
                gen = next((bb for bb in bodies if bb.end == toks[x].end), None)
                y = self._index_at(toks, gen.start) if gen is not None else -1
                if (
                    gen is not None
                    and toks[x].text.casefold().endswith("s")
                    and y > 1
                    and toks[y - 1].text.casefold() == "till"
                    and linking.match(toks[y - 2].text)
                ):
                    x = y - 1
            if self.r.finnish and x > 2 and toks[a].text.casefold().endswith("ksi"):
                # "A, B ja C on nimetty Testilän säätiön (TS) valtuuskunnan jäseniksi": a
                # passive participle, then the body's genitive before the role
                gen = next((bb for bb in bodies if bb.end == toks[x].end), None)
                y = self._index_at(toks, gen.start) - 1 if gen is not None else -1
                while y > 2 and (toks[y].text == ")" or toks[y].text.casefold().endswith("n")):
                    if toks[y].text == ")":
                        z = next(
                            (z for z in range(y - 1, max(0, y - 4), -1) if toks[z].text == "("), 0
                        )
                        y = z - 1 if z > 0 else 0
                    else:
                        y -= 1  # the genitives of the body's name before the parenthesis
                if (
                    y > 1
                    and _PASSIVE_PARTICIPLE.fullmatch(toks[y].text.casefold())
                    and toks[y - 1].text.casefold() in ("on", "ovat")
                    and toks[y - 2].is_cap
                ):
                    x = y - 2
            if self.r.finnish and x > 0 and toks[a].text.casefold().endswith("ksi"):
                # "valitsi Mauri Ahon (kesk.) kunnanhallituksen puheenjohtajaksi": the person
                # in the accusative, the body's genitive between the name and the role
                gen = next((bb for bb in bodies if bb.end == toks[x].end), None)
                y = self._index_at(toks, gen.start) - 1 if gen is not None else -1
                if y > 0 and toks[y].text == ")":
                    y = next((z for z in range(y - 1, max(0, y - 6), -1) if toks[z].text == "("), 0)
                    y -= 1
                if (
                    y > 0
                    and toks[y].is_cap
                    and any(
                        p.end == toks[y].end and p.case == "gen"
                        for p in self._sentence_persons(toks)
                    )
                    and any(_ELECTS.fullmatch(t.text.casefold()) for t in toks[:y])
                ):
                    x = y
            go_on_as = None
            # ("valitsi A:n jatkamaan liiton puheenjohtajana": the association's genitive
            # between the verb of going on and the office)
            g = (
                x - 1
                if self.r.finnish
                and 3 < x == a - 1
                and _ASSOCIATION_GENITIVE.fullmatch(toks[x].text)
                and _GO_ON_AS.fullmatch(toks[x - 1].text.casefold())
                else x
            )
            if (
                self.r.finnish
                and g > 2
                and x == a - 1
                and role in ("chair", "vice_chair", "secretary")
                and _GO_ON_AS.fullmatch(toks[g].text.casefold())
                and toks[g - 1].is_cap
                and toks[g - 1].text.endswith("n")
                and (
                    y := next(
                        (
                            y
                            for y in range(max(1, g - 4), g - 1)
                            if toks[y].is_cap and _after_elects(toks, y)
                        ),
                        0,
                    )
                )
                and (p := self.r.person_at(toks, y, in_list=True, genitive=True)) is not None
                and p.end == toks[g - 1].end
            ):
                # "Kokous valitsi Aino Ahon jatkamaan puheenjohtajana": the person in the
                # accusative after the verb (an adverb or an attribute in small letters perhaps
                # between: "valitsi yksimielisesti turkulaisen Aino Ahon"), elected to go on
                # in the office
                go_on_as = p
                x = g - 1
            between_gen = None
            if self.r.finnish and 1 < x == a - 1 and toks[x].text.casefold().endswith("n"):
                # "…, joka toimii hallituksen varapuheenjohtajana": the body's genitive between
                # the verb and the role
                gen = next((bb for bb in bodies if bb.end == toks[x].end), None)
                y = self._index_at(toks, gen.start) - 1 if gen is not None else -1
                if y > 0 and toks[y].text.casefold() in (
                    "toimii",
                    "toimivat",
                    "on",
                    "ovat",
                    # "A oli klubitoimikunnan jäsen": the year an annual report is of
                    "oli",
                    "olivat",
                    # "A jatkaa hallituksen puheenjohtajana": the seat goes on
                    "jatkaa",
                    "jatkavat",
                ):
                    x = y
                    between_gen = gen
                elif (
                    y > 1
                    and toks[y].text.casefold() in ("ollut", "olleet", "toiminut", "toimineet")
                    and toks[y - 1].text.casefold() in ("on", "ovat")
                ):
                    # "A on ollut liittovaltuuston jäsen": the perfect of the same verb
                    x = y
                    between_gen = gen
            if (
                self.r.finnish
                and 1 < x == a - 1
                and role in ("chair", "vice_chair", "secretary")
                and _ASSOCIATION_GENITIVE.fullmatch(toks[x].text)
                and toks[x - 1].text.casefold() in ("jatkaa", "toimii")
            ):
                # "A jatkaa kuoroyhdistyksen puheenjohtajana": the association the role is of,
                # in the genitive between the verb and the role
                x -= 1
            board_genitive = False
            if (
                not self.r.finnish
                and x == a - 1
                and x > 0
                and toks[x].text.casefold()
                in ("ny", "nya", "nytt", "nyvald", "nyvalda", "ordinarie")
                and toks[x - 1].text.casefold() in ("till", "blev", "är", "var", "som")
                # (after "som", only a verb before it: "började som nya ledamöter", not a
                # name proposed "A som ny ordförande")
                and (
                    toks[x - 1].text.casefold() != "som"
                    or (x > 1 and toks[x - 2].text.islower() and linking.match(toks[x - 2].text))
                )
            ):
                # "valdes X till ny styrelseordförande", "X blev ny ordförande", "A och B
                # började som nya ledamöter": the role is new, not the name
                x -= 1
            if (
                not self.r.finnish
                and x == a - 1
                and x > 0
                and toks[x].text.islower()
                and toks[x].text.endswith("s")
                and (
                    any(p.fullmatch(toks[x].text[:-1]) for p, _k in self.lex.org_res)
                    # "valde årsstämman X till styrelsens ordförande", "X är styrelsens
                    # sekreterare": the board the role is of, one word in the genitive
                    or self.lex.body_kind(toks[x].text[:-1]) is not None
                )
                and toks[x - 1].text.casefold() in ("till", "blev", "är", "var")
            ):
                # "X valdes till föreningens ordförande": the association the role is of,
                # between the verb and the role
                x -= 1
                board_genitive = not any(
                    p.fullmatch(toks[x + 1].text[:-1]) for p, _k in self.lex.org_res
                )
                # "A var nämndens sekreterare och B …": the body in the genitive is the
                # office's, not one named after it
                between_gen = next((bb for bb in bodies if bb.end == toks[x + 1].end), None)
            while x >= 0 and (
                linking.match(toks[x].text)
                # "X utsågs till vice ordförande": "till" between a verb and the role
                or (
                    toks[x].text.casefold() == "till"
                    and x > 0
                    and (
                        linking.match(toks[x - 1].text)
                        or (
                            toks[x - 1].text.casefold() in _AFTER_THE_VERB
                            and x > 1
                            and linking.match(toks[x - 2].text)
                        )
                    )
                )
                # "X omvaldes enhälligt som ordförande", "X valdes om som …", "X valittiin
                # yksimielisesti puheenjohtajaksi": an adverb or a particle after the verb
                or (
                    toks[x].text.casefold() in _AFTER_THE_VERB
                    and x > 1
                    and linking.match(toks[x - 1].text)
                )
            ):
                x -= 1
            if (
                self.r.finnish
                and 1 < x < a
                and toks[x].text.casefold() in ("joka", "jotka")
                and toks[x - 1].text == ","
            ):
                x -= 1  # "Leo Saari (ps.), joka toimii …": the relative clause's person
            elided = (
                x == a - 1
                and x > 0
                and self.r.finnish
                and toks[a].text.casefold().endswith("ksi")
                and any(_PASSIVE.match(t.text) for t in toks[:x])
            ) or (
                # "Ryhmään kuuluvat A puheenjohtajana, B sihteerinä ja jäseninä C ja D": each
                # name followed by its role in the essive, the verb said once before them
                x == a - 1
                and x > 0
                and self.r.finnish
                and a == b
                and _ESSIVE_ENDING.search(toks[a].text.casefold()) is not None
                and b + 1 < len(toks)
                and toks[b + 1].text.casefold() in (",", "ja", "sekä")
                and any(_BELONG_VERB.fullmatch(t.text.casefold()) for t in toks[:x])
            )
            if (
                x == a - 1
                and x > 1
                and not self.r.finnish
                and toks[x].text.casefold() == "till"
                and toks[x - 1].is_cap
                and any(_SV_ELECTED.match(t.text) for t in toks[: x - 1])
            ):
                # "A har valts till ordförande och B till vice ordförande": the verb left out
                x -= 1
            if (
                x == a - 1
                and not elided
                and (x < 0 or role not in ("chair", "vice_chair", "secretary"))
            ):
                continue
            if (
                self.r.finnish
                and 0 <= x < a - 1
                and toks[b].text.casefold().endswith("ksi")
                and all(t.text.casefold() in ("ja", "sekä") for t in toks[x + 1 : a])
                and _NAME_AFTER_TITLE.match(text, toks[b].end, sentence.end) is not None
            ):
                # "… ja C sekä varajäseniksi D ja E": a role in the translative that names
                # follow is theirs, not the name's before the conjunction
                continue
            if (
                not self.r.finnish
                and x < a - 1
                and all(t.text.casefold() in ("och", "samt") for t in toks[x + 1 : a])
            ):
                continue  # "ledamöterna A och B och representanter från …": the next item
            about = False
            bracketed_after = False
            if (
                not self.r.finnish
                and x == a - 1
                and x > 2
                and toks[x].text == ")"
                and role in ("chair", "vice_chair", "secretary")
            ):
                # "är Bo Ek (Finland) ordförande": where the person is from in parentheses
                # between the name and the office
                z = next((z for z in range(x - 1, max(0, x - 6), -1) if toks[z].text == "("), 0)
                if z > 1 and toks[z - 1].is_cap:
                    x, bracketed_after = z - 1, True
            if not self.r.finnish and 3 <= x < a - 1 and toks[x].is_cap:
                since = next(
                    (z for z in range(x - 1, max(0, x - 4), -1) if toks[z].text == "från"), None
                )
                if (
                    since is not None
                    and since >= 2
                    and toks[since - 1].is_cap
                    and all(toks[y].is_cap for y in range(since + 1, x + 1))
                ):
                    # "Tommi Ek från Vasa Företagare valdes till viceordförande": where the
                    # person comes from between the name and the verb
                    x = since - 1
            if (
                self.r.finnish
                and x == a - 1
                and x >= 2
                and toks[b].text.casefold().endswith("ksi")
                and toks[x - 1].is_cap
                and self._home_town_word(toks[x].text)
            ):
                # "… B Jyväskylästä varapuheenjohtajaksi": the person's home town between the
                # name and the office
                x -= 1
            end_of_name = toks[x].end if x >= 0 else -1
            names = [p for p in self._sentence_persons(toks) if p.end == end_of_name]
            if go_on_as is not None:
                names = [go_on_as]
            if not names and 0 <= x < a - 1 and toks[x].is_cap:
                # "Bo Ek är vice ordförande": a name the dictionary does not know, read as in
                # a list because a verb and a role follow it
                names = [
                    p
                    for y in range(max(0, x - 3), x)
                    if (p := self.r.person_at(toks, y, in_list=True)) is not None
                    and p.end == end_of_name
                ][:1]
            if not names and x >= 2 and toks[x].text.casefold() == "till":
                # "valdes Alina Östergård till ordförande": verb, name, "till", role
                e = x - 1
                if e >= 3 and toks[e - 1].text.casefold() == "från" and toks[e].is_cap:
                    e -= 2  # "valdes X från Kristinestad till …": where the person is from
                elif (
                    not self.r.finnish
                    and e >= 4
                    and (toks[e].text == "," or re.fullmatch(r"[a-zåäö][\w-]{3,}", toks[e].text))
                ):
                    # "valdes Eva Ek, trädgårdsmästare(,) till ordförande": her occupation in
                    # an apposition between the name and "till"
                    z = e - 1 if toks[e].text == "," else e
                    if (
                        re.fullmatch(r"[a-zåäö][\w-]{3,}", toks[z].text)
                        and not self.lex.role_of(toks[z].text.casefold())
                        and toks[z - 1].text == ","
                        and toks[z - 2].is_cap
                    ):
                        e = z - 2
                    elif (
                        toks[e].text == ","
                        and toks[e - 1].is_cap
                        and toks[e - 2].text == ","
                        and toks[e - 3].is_cap
                        and toks[e - 4].is_cap
                        and not self.lex.role_of(toks[e - 1].text.casefold())
                    ):
                        # "valdes Eva Ek, Vendel, till ordförande": one capitalised word
                        # between commas after a full name, where the person lives
                        e -= 3
                elif (
                    not self.r.finnish
                    and e >= 4
                    and (toks[e].text == ")" or toks[e].is_cap)
                    and (z := self._employer_apposition(toks, e)) is not None
                ):
                    # "välja Anna Ek, Västra Gästriklands förvaltning (VSG) till ordförande":
                    # where the person works, in an apposition between the name and "till"
                    e = z

                def linked(y: int) -> bool:
                    # "valde JD Per Holm till …": a degree's abbreviation after the verb
                    return (
                        bool(linking.match(toks[y - 1].text))
                        or (
                            y >= 2
                            and (
                                _DEGREE_ABBR.fullmatch(toks[y - 1].text) is not None
                                # "Vidare valde årsstämman A till …": the meeting, the subject
                                # after the verb, between the verb and the name
                                or (
                                    not self.r.finnish
                                    and toks[y - 1].text.islower()
                                    and MEETING_NAME.search(toks[y - 1].text) is not None
                                )
                            )
                            and bool(linking.match(toks[y - 2].text))
                        )
                        or (
                            # "Kommunfullmäktige valde på sitt möte i januari (bonden) A till
                            # ordförande": the body's own meeting said between the verb and the name
                            not self.r.finnish
                            and any(
                                linking.match(toks[v].text)
                                and _OWN_MEETING_GAP.fullmatch(text, toks[v].end, toks[y].start)
                                for v in range(max(0, y - 14), y - 2)
                            )
                        )
                    )

                names = [
                    p
                    for p in self._sentence_persons(toks)
                    if p.end == toks[e].end
                    and (y := self._index_at(toks, p.start)) > 0
                    and linked(y)
                ] or [
                    # "valde Mats Perämaa till ordförande": a name the dictionary does not
                    # know, read as in a list between the verb and "till"
                    p
                    for y in range(max(1, e - 3), e)
                    if linked(y)
                    and toks[y].is_cap
                    and (p := self.r.person_at(toks, y, in_list=True)) is not None
                    and p.end == toks[e].end
                ][:1]
                x = e
            elif not names and 0 < x < a - 1 and toks[x].text == ",":
                # "Bayan Aljnadi, 17 år och ledamot från …, valdes till ordförande": a name,
                # an apposition between commas, the verb
                y = next((z for z in range(x - 1, max(0, x - 14), -1) if toks[z].text == ","), 0)
                relative = any(
                    toks[z].text.casefold() in ("som", "joka", *_ALSO) for z in range(x + 1, a)
                )
                if relative and toks[x - 1].text == ")":
                    # "Maria Fälth (KD), som också är ordförande i socialnämnden": the person
                    # the relative clause is about, a party in parentheses after the name
                    z = next((z for z in range(x - 2, max(0, x - 6), -1) if toks[z].text == "("), 0)
                    y = z if z > 0 else y
                    about = y > 0 and self.r.finnish  # "Leo Saari (ps.), joka toimii …": him only
                elif (
                    toks[x + 1].text.casefold() in ("joka", "som")
                    and toks[x - 1].is_cap
                    and _RELATIVE_NOW.fullmatch(
                        next(
                            (t.text for t in toks[x + 2 : a] if t.text.casefold() not in _ALSO),
                            "",
                        ).casefold()
                    )
                    # (not "…, som valdes till ordförande vid förra årets kongress, tackades
                    # för …": an office of before, one thanked on leaving it)
                    and not (former and any(former.match(t.text) for t in toks[x + 2 :]))
                    and not _THANKED.search(sentence.text)
                ):
                    # "Jouko Saarela, joka valittiin puheenjohtajaksi …", "Jan Ek, som valdes
                    # till ordförande …": the person the relative clause right after the name
                    # is about, and only that person (not one who "var ordförande i tio år")
                    y, about = x, True
                if y > 0:
                    names = [
                        p
                        for i in range(max(0, y - 4), y)
                        if (p := self.r.person_at(toks, i, in_list=True)) is not None
                        and p.end == toks[y - 1].end
                    ][:1]
            if (
                not names
                and not self.r.finnish
                and x == a - 1
                and x > 0
                and role in ("chair", "vice_chair", "secretary")
                and (unknown := self._name_ending_at(toks, x)) is not None
                and self._inverted_verb(toks, unknown, inverted_before)
            ):
                names = [unknown]  # "är Bo Ek ordförande": a name the dictionary does not know
            inverted = (
                # "Vid konstitueringen blev A viceordförande": the verb before the subject, the
                # office right after the name
                not self.r.finnish
                and (x == a - 1 or bracketed_after)
                and bool(names)
                and role in ("chair", "vice_chair", "secretary")
                and (y := self._inverted_verb(toks, names[0], inverted_before)) > 0
            )
            if bracketed_after and not inverted:
                continue
            inverted_before = inverted_before or inverted
            if names and (x < a - 1 or elided or inverted):
                body = self._body_for(bodies, toks[a].start, toks[b].end, ctx, toks, after=True)
                if between_gen is not None and body is not None and body.start > toks[b].end:
                    # "A on ollut liiton valtuuston jäsen ja osallistunut piirihallituksen
                    # kokouksiin": the body's genitive before the role, not a body named after it
                    body = self._named_in_full(bodies, between_gen, between_gen.start)
                if (compound := self._compound_body(text, toks[a], bodies, ctx)) is not None:
                    body = compound
                if board_genitive and body is not None and body.name[:1].islower():
                    # "… till styrelsens ordförande": the board, its name capitalised
                    body = dataclasses.replace(body, name=body.name[:1].upper() + body.name[1:])
                if body is None or self._named_after_for(toks, b, bodies):
                    # "… till ny ordförande för Svensk Ungdom i Österbotten": an organisation
                    # the rules know no body of, not the context's body
                    continue
                if body is ctx.body and self._other_body_before(text, sentence.start, body):
                    # "I X-nämnden blev A ordförande … B blev andre vice ordförande": the body
                    # the sentence before names, not the one of the paragraphs above
                    continue
                held = {
                    f.actor.name
                    for f in found
                    if f.role != role and f.target is not None and f.target.name == body.name
                }
                # "Nya ordförande blev Anna Berg, och Bo Ek är vice ordförande": a name the
                # sentence gave another role in the same body is no part of this role's list
                if (
                    not about
                    and go_on_as is None
                    # ("Övriga i styrelsen är A, B och C samt D som suppleant": "samt" and "som"
                    # give the role to the one name between them)
                    and not (
                        toks[a - 1].text.casefold() == "som"
                        and (k := self._index_at(toks, names[0].start)) > 0
                        and toks[k - 1].text.casefold() == "samt"
                    )
                ):
                    names = [n for n in self._list_ending_at(toks, names[0]) if n.name not in held]
                if not names:
                    continue
                for n in names:
                    n = self._nominative_subject(text, n)
                    key = (n.name, f"{role}@{body.name}")
                    if key not in seen:
                        seen.add(key)
                        found.append(
                            self._fact(n, role, body, quote, 0.75, "text-role-after", status)
                        )
                vice = self._and_vice(toks, b, found[-1], quote, status) if found else None
                if vice is not None and (vice.actor.name, f"vice_chair@{body.name}") not in seen:
                    seen.add((vice.actor.name, f"vice_chair@{body.name}"))
                    found.append(vice)
        found += self._under_leadership(text, sentence, toks, bodies, ctx, status)
        found += self._at_the_head(sentence, toks, bodies, ctx, status, found)
        found += self._led_by(sentence, toks, bodies, ctx, status, found)
        found += self._role_in_body_goes_to(sentence, toks, bodies, status, found)
        found += self._serve_as(sentence, toks, bodies, ctx, status, found)
        found = self._while_serving(sentence, toks, bodies, ctx, status, found)
        return self._subject_serves(sentence, toks, bodies, ctx, status, found)

    def _serve_as(
        self,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
        already: list[Finding],
    ) -> list[Finding]:
        """ "A (SDP) och B (Saml) fungerar som första och andra viceordförande" (sv): the
        people named just before the verb hold the role (ordinals before it aside), in the
        body the sentence named before them."""
        if self.r.finnish:
            return []
        given = {f.actor.name for f in already}
        out: list[Finding] = []
        for k, t in enumerate(toks):
            if t.text.casefold() not in ("fungerar", "fungerade") or k + 2 >= len(toks):
                continue
            if toks[k + 1].text.casefold() != "som":
                continue
            j = k + 2
            while j < len(toks) - 1 and toks[j].text.casefold() in _ORDINALS:
                j += 1
            role = self.lex.role_of(toks[j].text)
            if role is None:
                continue
            x = k - 1
            if x >= 0 and toks[x].text == ")":  # "(Saml)": the party
                while x >= 0 and toks[x].text != "(":
                    x -= 1
                x -= 1
            last = next(
                (
                    p
                    for i in range(max(0, x - 4), x + 1)
                    if (p := self.r.person_at(toks, i, in_list=True)) is not None
                    and p.end == toks[x].end
                ),
                None,
            )
            if last is None:
                continue
            body = self._body_for(bodies, last.start, last.end, ctx, toks)
            for n in self._names_ending_at(toks, last):
                if n.name not in given:
                    out.append(
                        self._fact(
                            n,
                            role,
                            body,
                            (sentence.start, sentence.end),
                            0.7,
                            "text-serve-as",
                            status,
                        )
                    )
        return out

    def _role_in_body_goes_to(
        self,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        status: str,
        already: list[Finding],
    ) -> list[Finding]:
        """ "Ordförandeskapet i X sköts av Name", "ersättare i X blir Name" (sv): a role in
        a body, a verb, then the person who holds it."""
        if self.r.finnish:
            return []
        given = {(f.actor.name, f.target.name if f.target else "") for f in already}
        out: list[Finding] = []
        for i in range(len(toks) - 3):
            word = toks[i].text.casefold()
            role = "chair" if word in ("ordförandeskapet", "ordförandeposten") else None
            role = role or self.lex.role_of(word)
            if role is None or toks[i + 1].text.casefold() != "i":
                continue
            body = next((b for b in bodies if b.start == toks[i + 2].start), None)
            if (
                body is None
                and i + 4 < len(toks)
                and toks[i + 2].text.endswith("-")
                and toks[i + 3].text.casefold() in ("och", "samt")
            ):
                # "kultur- och fritidsnämnden": the first part joined to the head by "och"
                tail = next((b for b in bodies if b.start == toks[i + 4].start), None)
                if tail is not None:
                    written = sentence_text(toks, i + 2, tail)
                    body = dataclasses.replace(
                        tail, start=toks[i + 2].start, written=written, name=written
                    )
            if body is None:
                continue
            k = next((x for x in range(i + 2, len(toks)) if toks[x].start >= body.end), len(toks))
            if k < len(toks) and re.fullmatch(r"[a-zåäö]{3,}(?:s|es)", toks[k].text):
                # a passive verb ("sköts", "innehas", "svingas"), perhaps an adverb
                # ("fortsättningsvis", "även i år"), then "av" and the person
                k += 1
                stop = min(len(toks), k + 3)
                while k < stop and toks[k].text.casefold() != "av" and toks[k].text.islower():
                    k += 1
                if k < len(toks) and toks[k].text.casefold() == "av":
                    k += 1
                else:
                    continue
            elif k < len(toks) and toks[k].text.casefold() in ("blir", "blev", "är", "var"):
                k += 1
            else:
                continue
            person = self.r.person_at(toks, k, in_list=True) if k < len(toks) else None
            name = body.name[:1].upper() + body.name[1:]
            if person is None or (person.name, name) in given:
                continue
            out.append(
                self._fact(
                    person,
                    role,
                    dataclasses.replace(body, name=name),
                    (sentence.start, sentence.end),
                    0.7,
                    "text-role-in-body",
                    status,
                )
            )
        return out

    def _led_by(
        self,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
        already: list[Finding],
    ) -> list[Finding]:
        """ "Stadsfullmäktige leds (även i fortsättningen) av Name", "Lautakuntaa johtaa
        Name": the person who leads the body named right before the verb is its chair."""
        given = {f.actor.name for f in already}
        out: list[Finding] = []
        for i, t in enumerate(toks):
            if (
                i == 0
                or not _LED.match(t.text)
                or not any(b.end == toks[i - 1].end for b in bodies)
            ):
                continue
            j = i + 1
            if not self.r.finnish:
                j = next(
                    (x + 1 for x in range(i + 1, min(len(toks), i + 6)) if toks[x].text == "av"),
                    -1,
                )
            if 0 < j < len(toks) and self._job_title_before_name(toks, j):
                j += 1  # "Ohjausryhmää johtaa kaupunginjohtaja A": the job, then the name
            if 0 < j < len(toks) and (after := _titles_with_comma(toks, j)) is not None:
                # "Insynsrådet leds av myndighetschefen, överintendent A": the post, a comma,
                # the job, then the name
                j = after
            person = self.r.person_at(toks, j, in_list=True) if 0 < j < len(toks) else None
            if person is None or person.name in given:
                continue
            body = self._body_for(bodies, person.start, person.end, ctx, toks)
            out.append(
                self._fact(
                    person,
                    "chair",
                    body,
                    (sentence.start, sentence.end),
                    0.7,
                    "text-led-by",
                    status,
                )
            )
        for i, t in enumerate(toks):
            # "Liittovaltuuston johdossa aloittaa A", "Piirin johdossa jatkaa B": the body in
            # the genitive right before "johdossa" (at its head), a verb of being or going on,
            # then the name (a job perhaps before it) is its chair (Finnish)
            if (
                not self.r.finnish
                or i == 0
                or i + 2 >= len(toks)
                or t.text.casefold() != "johdossa"
                or not _AT_THE_HEAD_VERB.fullmatch(toks[i + 1].text.casefold())
            ):
                continue
            led = next(
                (
                    b
                    for b in bodies
                    if b.end == toks[i - 1].end and b.case == "gen" and not b.plural
                ),
                None,
            )
            j = i + 2
            while j < len(toks) and toks[j].text.casefold() in ("edelleen", "myös", "jo"):
                j += 1
            if j < len(toks) and self._job_title_before_name(toks, j):
                j += 1
            person = self.r.person_at(toks, j, in_list=True) if j < len(toks) else None
            if led is None or person is None or person.name in given:
                continue
            out.append(
                self._fact(
                    person,
                    "chair",
                    self._resolve(led, ctx) or led,
                    (sentence.start, sentence.end),
                    0.7,
                    "text-led-by",
                    status,
                )
            )
        for i, t in enumerate(toks):
            # "Name (ps) johtaa tarkastuslautakuntaa": the subject before the verb, the body
            # (partitive) right after it
            if not self.r.finnish or i < 2 or i + 1 >= len(toks) or not _LED.match(t.text):
                continue
            after = i + 1
            if (
                after + 1 < len(toks)
                and _PARTITIVE_ATTRIBUTE.fullmatch(toks[after].text)
                and not self.lex.role_of(toks[after].text)
            ):
                # "A johtaa alueellista taidetoimikuntaa": an attribute in the partitive
                # before the body
                after += 1
            led = [b for b in bodies if b.start == toks[after].start and not b.plural]
            if not led or led[0].case not in ("", "par"):
                continue
            end = i
            if toks[end - 1].text == ")" and end >= 3 and toks[end - 3].text == "(":
                end -= 3
            person = None
            for s in (end - 2, end - 3, end - 1):
                p = self.r.person_at(toks, s, in_list=True) if s >= 0 else None
                if p is not None and p.end == toks[end - 1].end:
                    person = p
                    break
            if person is None or person.name in given:
                continue
            body = led[0]
            out.append(
                self._fact(
                    person,
                    "chair",
                    body,
                    (sentence.start, sentence.end),
                    0.7,
                    "text-led-by",
                    status,
                )
            )
        return out

    def _elected_to_next(self, toks: list[Token], name: Mention, bodies: list[Mention]) -> bool:
        """Whether a name is followed by "till" and a role (or a body's genitive and a role):
        the subject of a clause with its verb left out ("och Eeva Hyttinen till vice
        ordförande"), who holds that role, not the one before the name."""
        if self.r.finnish:
            return False
        i = next((x for x in range(len(toks)) if toks[x].start >= name.end), len(toks))
        if self._vice_after(toks, i):
            return True  # "A är ordförande och B vice": B's own role, left short
        if i < len(toks) and toks[i].text == "(":
            # "och Bo Ek (C) till vice ordförande": the party in parentheses after the name
            close = next(
                (x for x in range(i + 1, min(i + 6, len(toks))) if toks[x].text == ")"), None
            )
            if close is not None:
                i = close + 1
        if i >= len(toks) or toks[i].text.casefold() != "till":
            return False
        i += 1
        gen = next((bb for bb in bodies if i < len(toks) and bb.start == toks[i].start), None)
        if gen is not None:
            i = next((x for x in range(i, len(toks)) if toks[x].start >= gen.end), len(toks))
        if i + 1 < len(toks) and toks[i].text.casefold() == "vice" and toks[i + 1].is_word:
            return True  # "till vice ordföran": a vice post, its word cut short
        found = self._role_tokens(toks[i : i + 4])
        if found:
            return found[0][0] == 0
        # "… Siv Aro till sekreterare och Gustav Mannfolk till kassör": a task of the body
        # the lexicon has no role for, one lower-case word closing the clause, is still the
        # name's own
        return (
            i < len(toks)
            and toks[i].is_word
            and toks[i].text[:1].islower()
            and (i + 1 == len(toks) or toks[i + 1].text.casefold() in _CLAUSE_CLOSE)
        )

    def _after_meetings_role(self, toks: list[Token], a: int, bodies: list[Mention]) -> bool:
        """ "Kokouksen puheenjohtajaksi valittiin A, sihteeriksi B ja …": a role word after a
        comma or "ja" in a run whose first role word was the meeting's (its genitive right
        before it), with no body named between: the meeting's officer too."""
        if a < 1 or toks[a - 1].text.casefold() not in (",", "ja", "sekä", "och", "samt"):
            return False
        for i in range(a - 2, 0, -1):
            if toks[i].text in (".", ";", ":"):
                return False
            if self.lex.role_of(toks[i].text) is not None:
                return _MEETINGS_OWN.fullmatch(toks[i - 1].text) is not None and not any(
                    toks[i].end <= bb.start < toks[a].start for bb in bodies
                )
        return False

    @staticmethod
    def _inside_title(toks: list[Token], x: int, k: int) -> bool:
        """Whether the full stop or comma at ``x`` is inside a title before a name, not the end
        of the words after a role: a title's abbreviation ("puheenjohtajaksi dos. Aino Ahon",
        "prof."), or a degree's abbreviation then a job in small letters ("FM, tohtorikoulutettava
        Aino Ahon")."""
        if x <= k or x + 1 >= len(toks):
            return False
        before, after = toks[x - 1].text, toks[x + 1].text
        if toks[x].text == ".":
            if (
                _TITLE_WORD_ABBREVIATION.fullmatch(before)
                and before.lstrip("-") not in _ASIDE_ABBREVIATIONS
                and (after == "-" or _LOWER_WORD.fullmatch(after) is not None)
            ):
                # "puheenjohtajana toimii ev.-lut. kirkon arkkipiispa Aino Ahola": an adjective
                # abbreviated in a title, the title's words go on after it
                return True
            return before.casefold() in _TITLE_ABBREVIATIONS and after[:1].isupper()
        return (
            toks[x].text == ","
            and _DEGREE_ABBR.fullmatch(before) is not None
            and re.fullmatch(r"[a-zåäö][\w-]{3,}", after) is not None
        )

    @staticmethod
    def _essive_object(toks: list[Token], a: int, b: int) -> bool:
        """Whether the name right after the role in the essive at ``a``..``b`` is the object of
        an active verb of electing before it, no verb of serving between them ("Hallitus
        valitsi jatkamaan puheenjohtajana Aino Ahon ja varapuheenjohtajana Eino Eskon"): a
        person in the accusative, written as the genitive; not "valitsi puheenjohtajan, ja
        sihteerinä toimii Aino Aho"."""
        if not _ESSIVE_END.search(toks[b].text.casefold()):
            return False
        v = next(
            (x for x in range(a - 1, -1, -1) if _ELECTS.fullmatch(toks[x].text.casefold())), None
        )
        if v is None:
            return False
        between = toks[v + 1 : a]
        return not any(
            _SERVES_OR_PASSIVE.fullmatch(t.text.casefold())
            or _ELECTS.fullmatch(t.text.casefold())
            or t.text in (".", ";", ":")
            for t in between
        )

    def _title_then_name(self, toks: list[Token], x: int, k: int, genitive: bool) -> Mention | None:
        """The person after a title that a role in the essive reaches over ("puheenjohtajana
        toimii Kyyjärven kunnanhallituksen puheenjohtaja Jouko Huumarkangas"): the title's
        role word at ``x`` in the nominative, a body in the genitive before it (from ``k``),
        then the name; or None."""
        if x >= len(toks) or x <= k or not self._role_tokens(toks[x : x + 1]):
            return None
        if re.search(r"(?:na|nä|ksi|kseen)$", toks[x].text.casefold()):
            return None
        if not any(self._genitive(t.text) for t in toks[k:x]):
            return None
        # "puheenjohtajaksi aluehallitus nimesi aluehallituksen puheenjohtaja A:n": the object
        names = self._names_from(toks, x + 1, genitive=genitive) if x + 1 < len(toks) else []
        if len(names) != 1 or names[0].start != toks[x + 1].start:
            return None
        return names[0]

    @staticmethod
    def _vice_after(toks: list[Token], i: int) -> bool:
        """Whether the tokens from ``i`` are "vice" alone at the end of a clause ("… och B
        vice.", "… och B vice, …"): "vice ordförande" left short."""
        return (
            i < len(toks)
            and toks[i].text.casefold() == "vice"
            and (i + 1 == len(toks) or toks[i + 1].text in (".", ",", ";", ")"))
        )

    def _took_part_run(
        self, text: str, sentence: Sentence, ctx: Context, status: str
    ) -> list[Finding] | None:
        """ "I arbetet har som ledamöter deltagit landshövdingen A, ordförande, ledamoten av
        riksdagen B (s), kommunalrådet C (m) samt D (v).": the seats of the body of the
        context, one name an item, each perhaps after its own title in lower case (an office
        held elsewhere, "ledamoten av riksdagen") and with its party after it; an office alone
        between commas after a name is that name's. None when the sentence is no such run of
        two names or more (or its body is not known). With no body of the context, the body
        is the last one the text named in full before the sentence ("Kommittén … har antagit
        namnet Testby förnyelsekommittén")."""
        if self.r.finnish:
            return None
        mt = _TOOK_PART_AS.search(text, sentence.start, sentence.end)
        if mt is None:
            return None
        role = self.lex.role_of(mt.group("role"))
        if role not in ("member", "deputy_member"):
            return None
        body = ctx.body
        if body is None:
            earlier = tokens(text, max(0, sentence.start - 1500), sentence.start)
            named = [
                b
                for b in self.r.bodies(earlier)
                if not re.fullmatch(self.lex.anaphora, b.written.casefold())
                # (a name of more than its kind's word: "Kommunala förnyelsekommittén",
                # "förnyelsekommittén"; not "en parlamentarisk kommitté", "Kommittén")
                and (
                    " " in b.written.strip()
                    or any(
                        (hit := pattern.search(b.written.casefold())) is not None
                        and hit.start() > 0
                        for pattern, _kind in self.lex.body_res
                    )
                )
            ]
            if not named:
                return None
            body = named[-1]
            body = dataclasses.replace(body, name=body.name[:1].upper() + body.name[1:])
        items: list[tuple[int, int]] = []
        begin = mt.end()
        stop = sentence.end
        while stop > begin and text[stop - 1] in " \t\n.":
            stop -= 1
        for cut in _RUN_CUT.finditer(text, begin, stop):
            if text.count("(", begin, cut.start()) != text.count(")", begin, cut.start()):
                continue  # a comma inside a parenthesis
            items.append((begin, cut.start()))
            begin = cut.end()
        items.append((begin, stop))
        found: list[Finding] = []
        for a, b in items:
            said = text[a:b].strip()
            office = self.lex.role_of(said)
            if office in ("chair", "vice_chair", "secretary") and found:
                found[-1].role = office  # "A, ordförande, …": the office of the name before it
                continue
            party = _PARTY_TAIL.search(text, a, b)
            end = party.start() if party is not None else b
            item = tokens(text, a, end)
            person = next(
                (
                    p
                    for y, t in enumerate(item)
                    if t.is_cap
                    and all(_LOWER_WORD.fullmatch(u.text) for u in item[:y])
                    and (p := self.r.person_at(item, y, in_list=True)) is not None
                    and p.end == item[-1].end
                ),
                None,
            )
            if person is None:
                break
            found.append(
                self._fact(person, role, body, (sentence.start, sentence.end), 0.7,
                           "text-took-part", status)
            )  # fmt: skip
        return found if len(found) >= 2 else None

    def _office_after_inverted(self, toks: list[Token], a: int, joined: bool) -> bool:
        """Whether the office at ``a`` follows a name (a parenthesis perhaps between) whose
        clause has its verb first (:meth:`_inverted_verb`)."""
        x = a - 1
        if x > 2 and toks[x].text == ")":
            x = next((z for z in range(x - 1, max(0, x - 6), -1) if toks[z].text == "("), 0) - 1
        if x < 1 or not toks[x].is_cap:
            return False
        name = self._name_ending_at(toks, x)
        return name is not None and self._inverted_verb(toks, name, joined) > 0

    def _name_ending_at(self, toks: list[Token], x: int) -> Mention | None:
        """The person whose name ends with the token at ``x``: one the sentence names, else
        a name the dictionary does not know, read as in a list."""
        found = next((p for p in self._sentence_persons(toks) if p.end == toks[x].end), None)
        if found is None and toks[x].is_cap:
            found = next(
                (
                    p
                    for y in range(max(0, x - 3), x)
                    if (p := self.r.person_at(toks, y, in_list=True)) is not None
                    and p.end == toks[x].end
                ),
                None,
            )
        return found

    def _inverted_verb(self, toks: list[Token], name: Mention, joined: bool) -> int:
        """Where the verb is that comes before the subject whose office follows its name ("Vid
        konstitueringen blev A viceordförande", "Under år 2017 är minister A (Finland)
        ordförande"), a title in lower case perhaps between; with ``joined`` (such a name read
        before in the sentence) also "och" ("… och landshövding B vice ordförande"). 0: none."""
        y = self._index_at(toks, name.start) - 1
        if (
            y > 0
            and _TITLE_WORD.fullmatch(toks[y].text)
            and toks[y].text not in ("blev", "blir", "och", "samt")
            and not self.lex.role_of(toks[y].text)
        ):
            y -= 1  # "är minister A": the person's title before the name
        if y < 1:
            return 0
        said = toks[y].text.casefold()
        if said in ("blev", "blir", "är", "var") and (
            (toks[y - 1].is_word and not toks[y - 1].is_cap) or toks[y - 1].text.isdigit()
        ):
            return y
        return y if joined and said in ("och", "samt", ",") else 0

    def _and_vice(
        self, toks: list[Token], b: int, fact: Finding, quote: tuple[int, int], status: str
    ) -> Finding | None:
        """ "A är ordförande och B vice" (sv): B is the vice chair of A's body."""
        if self.r.finnish or fact.role != "chair" or b + 2 >= len(toks):
            return None
        if toks[b + 1].text.casefold() not in ("och", "samt"):
            return None
        k = b + 2
        if _DEGREE_ABBR.fullmatch(toks[k].text) and k + 1 < len(toks):
            k += 1  # "… och EM Eva Lind till vice ordförande": her degree before the name
        person = self.r.person_at(toks, k, in_list=True)
        if person is None:
            return None
        i = next((x for x in range(len(toks)) if toks[x].start >= person.end), len(toks))
        if not self._vice_after(toks, i):
            return None
        return self._fact(person, "vice_chair", fact.target, quote, 0.7, "text-and-vice", status)

    def _body_title(
        self, toks: list[Token], a: int, b: int, k: int, bodies: list[Mention], first: Mention
    ) -> bool:
        """Whether a role word is a title: a body's genitive right before it, the role in its
        basic form (not "puheenjohtajaksi", "puheenjohtajana") and the name right after it
        ("nuorisovaltuuston sihteeri Aarre Lantelankallio", "rådets ordförande Bo Ek")."""
        if a == 0 or k != b + 1 or k >= len(toks) or first.start != toks[k].start:
            return False
        if self.lex.lang == "fi" and re.search(r"(?:na|nä|ksi|kse\w*)$", toks[b].text.casefold()):
            return False
        before = toks[a - 1]
        if not before.text.casefold().endswith("n" if self.lex.lang == "fi" else "s"):
            return False
        return any(bb.end == before.end for bb in bodies)

    @staticmethod
    def _refers_to(bare: Mention, body: Mention) -> bool:
        """Whether a bare head word ("neuvoston", "ryhmän", "gruppen") can name ``body``:
        its basic form ends ``body``'s last word ("Vanhusneuvosto", "Hyvinvointiryhmä"). A
        state agency's name ("Opetushallitus") is never the board a bare "hallitus" means."""
        word = bare.name.casefold().split()[-1]
        if agency_name(body.name) and word != body.name.casefold():
            return False
        for last in body.name.casefold().split():  # "Styrelsen för Exempelby föreningar"
            if last.endswith(word):
                return True
            # a Swedish definite form: "gruppen", "rådet" name "Styrgrupp", "Äldreråd(et)"
            if any(word.endswith(e) and last.endswith(word[: -len(e)]) for e in ("en", "et", "n")):
                return True
        return False

    @staticmethod
    def _index_at(toks: list[Token], start: int) -> int:
        return next((i for i, t in enumerate(toks) if t.start == start), -1)

    @staticmethod
    def _relative_between(toks: list[Token], lo: int, hi: int) -> bool:
        """Whether a relative clause begins between ``lo`` and ``hi`` ("Ordförande är Maria
        Fälth (KD), som också är ordförande i socialnämnden": the board is the other role's)."""
        return any(
            lo <= t.start < hi
            and (
                t.text.casefold() in ("som", "joka", "jotka", "vilken", "vilka")
                # "X (S), även ordförande i kommunstyrelsen": an apposition of another role
                or (t.text.casefold() in _ALSO and k > 0 and toks[k - 1].text == ",")
            )
            for k, t in enumerate(toks)
        )

    def _current(self, toks: list[Token], a: int) -> bool:
        """Whether the word before the role word at ``a`` says it is held now ("nykyinen
        varapuheenjohtaja", "nuvarande ordförande")."""
        return (
            bool(self.lex.current)
            and a > 0
            and re.fullmatch(self.lex.current, toks[a - 1].text.casefold()) is not None
        )

    def _succeeded(self, toks: list[Token], a: int) -> bool:
        """Whether "efter" ("after", of one who took over) stands right before the role word
        at ``a`` or before the words that name whose role it was ("efter företrädaren", "efter
        Röda Korsets mångårige ordförande"): the role of the one succeeded, no longer held."""
        if self.lex.lang != "sv":
            return False
        for x in range(a - 1, max(-1, a - 6), -1):
            if not toks[x].is_word:
                return False
            if toks[x].text.casefold() == "efter":
                return True
            if toks[x].text[:1].islower() and not re.fullmatch(
                r"[a-zåäö]+(?:ig[ae]?|ande|s)", toks[x].text
            ):
                return False  # a verb or another word: no longer the words of the role
        return False

    def _its_other_organisation(self, toks: list[Token], a: int) -> bool:
        """Whether "dess" ("its") stands right before the role word at ``a`` and the nearest
        name before it is an organisation's proper name, no body word ("från FRG genom dess
        ordförande"): the officer of that organisation, not of the body of the context (but
        "Styrelsen valdes och dess ordförande blev …": the body's own)."""
        if a < 2 or toks[a - 1].text.casefold() != "dess":
            return False
        for x in range(a - 2, max(-1, a - 6), -1):
            t = toks[x]
            if not t.is_word:
                return False
            if self.lex.body_kind(t.text) is not None:
                return False
            if t.text[:1].isupper():  # (also an acronym, "FRG")
                return x > 0
        return False

    @staticmethod
    def _held_before(toks: list[Token], a: int, former: re.Pattern[str]) -> bool:
        """Whether one of the two words before the role word at ``a`` says it was held
        before ("edellinen puheenjohtaja", "förra årets vice ordförande")."""
        for x in range(a - 1, max(-1, a - 3), -1):
            if not toks[x].is_word:
                return False
            if former.match(toks[x].text):
                # ("Kvar från tidigare är ledamöterna A och B": still in office)
                return not (x > 0 and toks[x - 1].text.casefold() in ("från", "sedan"))
        return False

    def _seat_of(
        self, toks: list[Token], a: int, role: str, body: Mention, ctx: Context
    ) -> tuple[bool, Mention | None]:
        """ "Perusturvalautakunnan edustaja on X", "Seurakunnan edustajana toimii X" in a text
        about another body (the context's): X holds a seat in the context's body on behalf of
        the organ named before "edustaja", and is its member. A representative of a body of
        the same kind ("Hyvinvointialueen nuorisovaltuuston edustajina …" on a youth
        council's page) sits in that body: left as it is. Whether it is such a seat, and the
        organ (None when it is no body or organisation the rules know: "Seurakunnan")."""
        if (
            not self.r.finnish
            and role == "representative"
            and ctx.body is not None
            and body is ctx.body
            and a > 0
            and a + 1 < len(toks)
            and toks[a + 1].text.casefold() == "är"
            and _SV_GROUP_GENITIVE.fullmatch(toks[a - 1].text)
            and not self.lex.body_kind(toks[a - 1].text[:-1].casefold())
            # (not "Föreningens representanter", "Kommunens": an organisation's, elsewhere)
            and not any(r.search(toks[a - 1].text[:-1].casefold()) for r, _k in self.lex.org_res)
        ):
            # "Universitetssamfundets representanter är A, B och C" in a text about the
            # board: the group whose seats they hold in the board, of which they are members
            return True, self.r.organisation_at(toks, a - 1)
        if role != "representative" or ctx.body is None or a == 0 or not self.r.finnish:
            return False, None
        if body.end == toks[a - 1].end:
            return (False, None) if _same_head(body.name, ctx.body.name) else (True, body)
        if body is ctx.body and self._genitive(toks[a - 1].text) and toks[a - 1].is_word:
            org = self.r.organisation_at(toks, a - 1)
            return True, org
        if (
            self._genitive(toks[a - 1].text)
            and toks[a - 1].is_word
            and toks[a - 1].text[:1].islower()
            and body.end <= toks[a - 1].start
            and any(
                t.text.casefold() in (",", "ja", "sekä")
                for t in toks
                if body.end <= t.start < toks[a - 1].start
            )
        ):
            # "…, kunnanhallituksen edustajana A (varalla B) ja kunnan kulttuuritoimen
            # edustajana C": the body before belongs to the clause before; the organ in the
            # genitive just before the role is whom the seat in the context's body is for
            return True, self.r.organisation_at(toks, a - 1)
        return False, None

    def _other_body_before(self, text: str, start: int, body: Mention) -> bool:
        """Whether the sentence right before ``start`` on the same line names a body other
        than ``body``."""
        if self.r.finnish:
            return False
        line = text.rfind("\n", 0, start) + 1
        end = len(text[:start].rstrip())
        begin = max(line, text.rfind(". ", line, max(line, end - 1)) + 2)
        if begin >= end or body.start >= line:
            return False
        head = body.name.casefold().split()[-1]
        return any(
            not m.plural and m.name.casefold().split()[-1] != head
            for m in self.r.bodies(tokens(text, begin, end))
        )

    def _named_after_for(self, toks: list[Token], b: int, bodies: list[Mention]) -> bool:
        """ "ordförande för Svensk Ungdom i Österbotten": an officer's role word at ``b``, then
        "för" and a proper name of two or more capitalised words that names no body the rules
        know: an organisation's officer, whose body the rules cannot name (also a compound of
        the body's word and the seat before "i": "fortsätter som styrelsemedlemmar i Sibbo
        Ungdomsförbund", the organisation's board, not a board named before)."""
        if self.r.finnish or b + 2 >= len(toks):
            return False
        compound = self._compound_prefix(toks[b].text) is not None
        if toks[b + 1].text.casefold() != "för" and not (
            compound and toks[b + 1].text.casefold() == "i"
        ):
            return False
        if not compound and self.lex.role_of(toks[b].text) not in (
            "chair",
            "vice_chair",
            "secretary",
        ):
            return False
        k = b + 2
        while k < len(toks) and toks[k].is_cap and k - b < 6:
            k += 1
        if k - (b + 2) < 2:
            return False  # one word ("för Vasa"): a place or a body's short name
        s0, e0 = toks[b + 2].start, toks[k - 1].end
        return not any(m.start < e0 and s0 < m.end for m in bodies)

    def _seat_in_named(
        self,
        toks: list[Token],
        a: int,
        role: str,
        body: Mention | None,
        bodies: list[Mention],
        ctx: Context,
    ) -> tuple[Mention, Mention] | None:
        """ "Kunnanhallituksen edustajana vanhusneuvostossa toimii A", "Hyvinvointiryhmässä
        hyvinvointialueen edustajana toimii B": a representative's word right after a body or
        an organisation in the genitive, and another body the sentence names as where the
        seat is (in the inessive or the illative): that body, and the organ the seat is held
        for (Finnish; None when the words do not read so)."""
        if role != "representative" or a == 0 or not self.r.finnish:
            return None
        if body is not None and body.end == toks[a - 1].end and body.case == "gen":
            org: Mention | None = dataclasses.replace(
                body, name=body.name[:1].upper() + body.name[1:]
            )
        else:
            org = self._organ_before(toks, a)
        if org is None:
            return None
        where = [
            b
            for b in bodies
            if b.case in ("ine", "ill")
            and not b.plural
            and (b.end <= org.start or b.start >= toks[a].end)
            and not _same_head(b.name, org.name)
        ]
        if len(where) != 1:
            return None
        place = where[0]
        if ctx.body is not None and _one_of_elided(place.name, ctx.body.name):
            # "vanhusneuvostoon" on the page of the "Vanhus- ja vammaisneuvosto": that body
            return ctx.body, org
        place = self._resolve(place, ctx) or place
        return dataclasses.replace(place, name=place.name[:1].upper() + place.name[1:]), org

    def _organ_before(self, toks: list[Token], a: int) -> Mention | None:
        """The organisation in the genitive right before token ``a`` ("Eläkeliiton
        edustaja", "Testilän kunnan edustajaksi", "hyvinvointialueen edustajana"): a known
        organisation, else the words in the genitive from the last capitalised one (at most
        three), named by the last word's basic form (Finnish)."""
        if a == 0 or not toks[a - 1].is_word or not self._genitive(toks[a - 1].text):
            return None
        org = self.r.organisation_at(toks, a - 1)
        if org is not None:
            return org
        first = a - 1
        x = a - 2
        while x >= 0 and a - 1 - x < 3 and toks[x].is_word and toks[x].is_cap:
            if not self._genitive(toks[x].text):
                break
            first = x
            x -= 1
        last = toks[a - 1].text
        every = self.r.morph.analyse(last)
        if (every and all(r.plural for r in every)) or (
            self.r.morph.name != "voikko" and re.search(r"^[a-zåäö]+(?:[tdj]|i)en$", last)
        ):
            # "Pohjois-Karjalan nuorten edustajina", "järjestöjen edustaja": people or
            # organisations of a kind in the plural genitive, no one organisation
            return None
        readings = [r for r in every if r.case == "gen" and not r.plural]
        base = m.keep_case(last, readings[0].base) if readings else last
        words = [t.text for t in toks[first : a - 1]] + [base]
        name = " ".join(words)
        name = name[:1].upper() + name[1:]
        written = " ".join(t.text for t in toks[first:a])
        return Mention(toks[first].start, toks[a - 1].end, written, name, "organisation", 0.5)

    def _seat_into(self, toks: list[Token], a: int, role: str, body: Mention) -> Mention | None:
        """ "Verkostoon kunnan edustajaksi nimettiin X": a body in the illative, then an
        organisation in the genitive and a representative's word: the organisation the seat
        in that body is held for (None when the words do not read so)."""
        if role != "representative" or a == 0 or not self.r.finnish or body.case != "ill":
            return None
        if not (body.end <= toks[a - 1].start and self._genitive(toks[a - 1].text)):
            return None
        between = [t for t in toks if body.end <= t.start < toks[a].start]
        if not between or len(between) > 4 or not all(t.is_word for t in between):
            return None
        # (the organisation's words only: "kuuluu lisäksi Eläkeliiton" is Eläkeliitto's; a
        # verb or an adverb before it is none of its name)
        return self._organ_before([*between, toks[a]], len(between))

    def _deputy_of_named(
        self,
        text: str,
        sentence: Sentence,
        bodies: list[Mention],
        ctx: Context,
        status: str,
        found: list[Finding],
    ) -> list[Finding]:
        """ "A (vas) Kylälästä on porilaisen varapuheenjohtajan B:n henkilökohtainen
        varajäsen": A is B's deputy, B holds the seat (in the role the title before B's name
        says, else a member's), in the body the sentence names, else the one the sentence
        before named; nothing when neither names one."""
        if not self.r.finnish:
            return []
        mt = _DEPUTY_OF_NAMED.match(sentence.text)
        if mt is None:
            return []
        own = [b for b in bodies if not b.plural and b.end <= sentence.start + mt.start("b")]
        body = own[-1] if own else (ctx.recent or ctx.body)
        if body is None:
            return []
        s0 = sentence.start
        a_toks = tokens(text, s0 + mt.start("a"), s0 + mt.end("a"))
        b_toks = tokens(text, s0 + mt.start("b"), s0 + mt.end("b"))
        deputy = self.r.person_at(a_toks, 0, in_list=True)
        holder = self.r.person_at(b_toks, 0, genitive=True)
        if deputy is None or holder is None or deputy.end != a_toks[-1].end:
            return []
        if holder.end != b_toks[-1].end or any(f.actor.start == deputy.start for f in found):
            return []
        title = (mt.group("title") or "").split()
        role = self.lex.role_of(title[-1]) if title else None
        if role not in ("chair", "vice_chair", "secretary"):
            role = "member"
        quote = (sentence.start, sentence.end)
        seat = self._fact(holder, role, body, quote, 0.7, "text-deputy-of-named", status)
        fact = self._fact(deputy, "deputy_member", body, quote, 0.7, "text-deputy-of-named", status)
        fact.deputy_for = holder
        # the holder's name read otherwise ("varapuheenjohtajan Marianne Ostamon" as written)
        found[:] = [f for f in found if f.actor.start != holder.start]
        return [seat, fact]

    def _deputy_after(
        self,
        toks: list[Token],
        last: Mention,
        body: Mention | None,
        quote: tuple[int, int],
        status: str,
        on_behalf: Mention | None,
    ) -> list[Finding]:
        """ "… edustaja on X ja varalla Y", "… edustajana X (varalla Y)": Y is X's deputy in
        the same seat."""
        i = next((x for x, t in enumerate(toks) if t.start >= last.end), len(toks))
        if i + 2 >= len(toks) or toks[i].text.casefold() not in ("ja", "sekä", "och", "("):
            return []
        word = toks[i + 1].text.casefold()
        if word != "varalla" and self.lex.role_of(word) != "deputy_member":
            return []
        person = self.r.person_at(toks, i + 2, in_list=True)
        if person is None:
            return []
        if toks[i].text == "(":
            close = next((x for x, t in enumerate(toks) if t.start >= person.end), len(toks))
            if close >= len(toks) or toks[close].text != ")":
                return []  # "(varalla Y)": the parenthesis names the deputy and no more
        fact = self._fact(person, "deputy_member", body, quote, 0.75, "text-role-before", status)
        fact.on_behalf_of = on_behalf
        fact.deputy_for = last
        return [fact]

    def _gapped_seats(
        self,
        text: str,
        sentence: Sentence,
        toks: list[Token],
        first: Mention,
        body: Mention | None,
        status: str,
    ) -> list[Finding]:
        """ "Testilän SPR:n edustaja on A (B), Eläkeliiton C (D) ja Näkövammaisten E (F)": the
        seat's words said once, each later clause an organisation in the genitive and the
        person who holds its seat; a name alone in parentheses after one is the deputy, when
        the text has named a deputy in parentheses with the word before ("(varajäsen Name)")."""
        if not self.r.finnish:
            return []
        quote = (sentence.start, sentence.end)
        deputies_said = self._deputy_in_parentheses(text, sentence.start)
        out: list[Finding] = []
        holder = first
        i = next((x for x, t in enumerate(toks) if t.start >= first.end), len(toks))
        while True:
            if i < len(toks) and toks[i].text == "(":
                close = next(
                    (y for y in range(i, min(len(toks), i + 8)) if toks[y].text == ")"), None
                )
                if close is None:
                    return out
                deputy = self.r.person_at(toks, i + 1, in_list=True) if deputies_said else None
                if deputy is not None and deputy.end == toks[close - 1].end:
                    fact = self._fact(
                        deputy, "deputy_member", body, quote, 0.7, "text-gapped-seat", status
                    )
                    fact.deputy_for = holder
                    out.append(fact)
                i = close + 1
            if i >= len(toks) or toks[i].text.casefold() not in (",", "ja", "sekä"):
                return out
            # the next organisation: up to five words, the last in the genitive, then a name
            j = i + 1
            end = next(
                (
                    y
                    for y in range(j, min(len(toks), j + 9))
                    if toks[y].text in ("(", ",", ".", ";") or toks[y].text.casefold() == "ja"
                ),
                len(toks),
            )
            if any(self.lex.role_of(t.text) for t in toks[j:end]):
                return out  # another role word: not a clause of this one
            person, x = None, j
            for x in (end - 2, end - 3):  # the name: its last two (or three) words
                if x > j and self._genitive(toks[x - 1].text):
                    person = self.r.person_at(toks, x, in_list=True)
                    if person is not None and person.end == toks[end - 1].end:
                        break
                    person = None
            if person is None:
                return out
            org = Mention(
                toks[j].start,
                toks[x - 1].end,
                text[toks[j].start : toks[x - 1].end],
                text[toks[j].start : toks[x - 1].end],
                "organisation",
                0.5,
            )
            fact = self._fact(person, "member", body, quote, 0.7, "text-gapped-seat", status)
            fact.on_behalf_of = org
            out.append(fact)
            holder = person
            i = next((y for y, t in enumerate(toks) if t.start >= person.end), len(toks))

    def _clause_start(self, text: str, sentence: Sentence, body: Mention | None) -> int:
        if body is not None and sentence.start <= body.start < sentence.end:
            return sentence.start
        return sentence.start

    def _sentence_persons(self, toks: list[Token]) -> list[Mention]:
        return self.r.persons(toks)

    def _names_ending_at(self, toks: list[Token], last: Mention) -> list[Mention]:
        """As :meth:`_list_ending_at`, each name perhaps followed by its party in
        parentheses ("Arja Isotalo (SDP) och Juha Karvonen")."""
        persons = self.r.persons(toks, in_list=True)
        out = [last]
        idx = next((i for i, p in enumerate(persons) if p.start == last.start), None)
        for i in range(idx - 1 if idx is not None else -1, -1, -1):
            between = " ".join(t.text for t in toks if persons[i].end <= t.start < out[0].start)
            words = re.sub(r"\(\s*[^()]*\)", " ", between).split()
            if not words or not all(
                re.fullmatch(rf"{self.lex.conjunctions}", w, re.I) for w in words
            ):
                break
            out.insert(0, persons[i])
        return out

    def _list_ending_at(self, toks: list[Token], last: Mention) -> list[Mention]:
        persons = self.r.persons(toks, in_list=True)
        out = [last]
        idx = next((i for i, p in enumerate(persons) if p.start == last.start), None)
        if idx is None:
            return out
        i = idx - 1
        while i >= 0:
            prev = next((t for t in reversed(toks) if t.end <= persons[i].start), None)
            if not self.r.finnish and i > 0 and prev is not None and prev.text == "från":
                i -= 1  # "A från Vasa Företagare och B": the place read as a name is no person
            between = [t.text for t in toks if persons[i].end <= t.start < out[0].start]
            if (
                not self.r.finnish
                and 3 <= len(between) <= 6
                and between[0] == "från"
                and all(w[:1].isupper() for w in between[1:-1])
                and re.fullmatch(rf"{self.lex.conjunctions}", between[-1], re.I)
            ):
                # "A från Vasa Företagare och B från …": where the person comes from, then the
                # conjunction before the next name
                between = between[-1:]
            if between[:1] == ["("] and ")" in between:
                close = between.index(")")
                if _PICTURE_PLACE.fullmatch("".join(w for w in between[1:close] if w != ".")):
                    # "A (vas.), B, C (edessä) ja D ovat …": where each stands in the photo, in
                    # parentheses after the name, is no end of the list
                    between = between[close + 1 :]
            if between and all(re.fullmatch(rf"{self.lex.conjunctions}", w, re.I) for w in between):
                out.insert(0, persons[i])
                i -= 1
            else:
                break
        return out

    def _body_before(self, bodies: list[Mention], pos: int) -> Mention | None:
        before = [b for b in bodies if b.end <= pos]
        return before[-1] if before else None

    def _named_in_full(self, bodies: list[Mention], b: Mention, before: int) -> Mention:
        """``b``, or the body the sentence named in full before ``before`` when ``b`` is its
        last word alone ("Kommunfullmäktige valde A till ordförande för fullmäktige")."""
        if " " in b.name.strip():
            return b
        fuller = [
            e
            for e in bodies
            if e.end <= before and len(e.name) > len(b.name) and self._refers_to(b, e)
        ]
        return fuller[-1] if fuller else b

    def _elided_head(
        self, text: str, toks: list[Token], a: int, bodies: list[Mention]
    ) -> Mention | None:
        """ "… valittiin perhe-, yleisten palveluiden ja kokonaisturvallisuuden lautakuntaan.
        … yleisten palveluiden puheenjohtajaksi A": lower-case genitives right before a role
        word, with no body of their own, that the text named before as one of the qualifiers
        coordinated before a body's head word: that body, its head word left out here."""
        if not self.r.finnish or a == 0 or any(b.end == toks[a - 1].end for b in bodies):
            return None
        genitive = re.compile(r"[a-zåäö][\w-]*n")
        x = a
        while (
            x > 0
            and a - x < 5
            and (
                genitive.fullmatch(toks[x - 1].text)
                # "ikäihmisten ja hoivapalveluiden": two qualifiers joined
                or (
                    toks[x - 1].text.casefold() in ("ja", "sekä")
                    and x >= 2
                    and genitive.fullmatch(toks[x - 2].text)
                )
            )
        ):
            x -= 1
        if x == a or (x > 0 and re.fullmatch(r"[a-zåäö][\w-]*", toks[x - 1].text)
                      and toks[x - 1].text.casefold() not in ("ja", "sekä")):  # fmt: skip
            return None
        words = text[toks[x].start : toks[a - 1].end]
        before = text[: toks[x].start]
        for mt in re.finditer(rf"(?<![\w-]){re.escape(words)}(?![\w-])", before):
            # the other qualifiers ("…, ikäihmisten ja hoivapalveluiden, ja …"), then the head
            after = tokens(before, mt.end(), min(len(before), mt.end() + 200))
            y = 0
            while y < len(after) and (
                after[y].text in (",", "-")
                or after[y].text.casefold() in ("ja", "sekä")
                or (
                    re.fullmatch(r"[a-zåäö][\w-]*(?:n|-)", after[y].text)
                    and not self.r.bodies(after[y : y + 1])
                )
            ):
                y += 1
            if y == 0 or y >= len(after) or not re.fullmatch(r"[a-zåäö]\w*", after[y].text):
                continue
            found = self.r.bodies(after[y : y + 1])
            if len(found) != 1 or found[0].written != after[y].text or found[0].plural:
                continue
            name = f"{words[:1].upper()}{words[1:]} {found[0].name.casefold()}"
            return Mention(toks[x].start, toks[a - 1].end, words, name, found[0].kind, 0.6)
        return None

    def _body_before_the_verb(
        self,
        text: str,
        toks: list[Token],
        b: int,
        first: Mention,
        bodies: list[Mention],
        ctx_body: Mention | None,
    ) -> Mention | None:
        """The one body named in the illative right after a role word, only a verb between it
        and the first name ("Uusina jäseninä hallitukseen valittiin A"), unless it can be the
        bare name of the body of the context; else None."""
        inside = [x for x in bodies if toks[b].end <= x.start and x.end <= first.start]
        if (
            len(inside) != 1
            or inside[0].case != "ill"
            or (ctx_body is not None and self._refers_to(inside[0], ctx_body))
        ):
            return None
        x = inside[0]
        if text[toks[b].end : x.start].strip() or not _VERB_GAP.fullmatch(text, x.end, first.start):
            return None
        return dataclasses.replace(x, name=x.name[:1].upper() + x.name[1:])

    def _body_for(
        self,
        bodies: list[Mention],
        role_start: int,
        names_end: int,
        ctx: Context,
        toks: list[Token],
        after: bool = False,
    ) -> Mention | None:
        """The body a role in the sentence belongs to (see the module doc)."""
        anaphora = re.compile(rf"^(?:{self.lex.anaphora})$", re.I)
        # "eduskuntaryhmiä edustavana varapuheenjohtajana A": the bodies a seat stands for,
        # not the body it is in
        bodies = [b for b in bodies if not _REPRESENTING.fullmatch(_word_after(toks, b.end))]
        if after:
            later = [
                b
                for b in bodies
                if b.start >= names_end
                and not self._affiliation_of_a_later_name(toks, names_end, b)
            ]
            if later:
                b = later[0]
                if anaphora.match(b.written) and ctx.body:
                    return ctx.body
                return self._named_in_full(bodies, b, role_start)
        before = [
            b
            for b in bodies
            if b.end <= role_start
            and not self._affiliation_in_parentheses(toks, b)
            and not self._body_of_an_item_before(toks, b, role_start)
        ]
        if before and self._affiliation_of_a_later_name(toks, 0, before[-1]):
            # "… Pääjohtaja B, Opetushallitus Ensimmäinen varapuheenjohtaja C": where the person
            # before comes from, not the body of the role after it
            return None
        if before:
            b = before[-1]
            if anaphora.match(b.written) or anaphora.match(b.name):
                fuller = [
                    e
                    for e in before[:-1]
                    if not anaphora.match(e.written) and self._refers_to(b, e)
                ]
                if fuller:
                    # "Aluevaltuuston kokouksessa valtuuston puheenjohtajaksi": the bare word
                    # names the body the same sentence has just named in full
                    return fuller[-1]
                if ctx.body is None or self._refers_to(b, ctx.body):
                    return ctx.body or b
                if _DEMONSTRATIVE.match(_word_before(toks, b.start)):
                    # "tällä ryhmällä", "i denna grupp": the body the text is about, named
                    # again by a bare word, not another body
                    return ctx.body
                # "valtuuston puheenjohtaja" on a committee's page: the council, not the
                # committee
                return dataclasses.replace(b, name=b.name[:1].upper() + b.name[1:])
            if (
                ctx.body is not None
                and len(ctx.body.name.split()) > len(b.name.split())
                and b.name.casefold().split()[-1] == ctx.body.name.casefold().split()[-1]
                and set(b.name.casefold().split()) <= set(ctx.body.name.casefold().split())
            ):
                # "Neuvottelukunnan puheenjohtajaksi …" under "Alueellinen romaniasiain
                # neuvottelukunta": the body of the context, named shorter
                return ctx.body
            return self._named_in_full(before[:-1], b, b.start)
        later = [
            b
            for b in bodies
            if b.start >= names_end
            and not self._relative_between(toks, names_end, b.start)
            and not self._next_clause_title(toks, names_end, b)
            and not self._affiliation_of_a_later_name(toks, names_end, b)
        ]
        if later and self._object_of_a_verb(toks, names_end, later[0]):
            # "ordförande A meddelade valberedningen …, vilket valberedningen beklagade": a
            # verb's object right after the names; the bodies from there are the predicate's
            later = []
        if later and not after:
            b = later[0]
            return ctx.body if anaphora.match(b.written) and ctx.body else b
        if ctx.presidium is not None:
            # "Kommunfullmäktige har valt presidium. A är ordförande …": that body's officers
            return ctx.presidium
        if ctx.body is None and ctx.meeting is not None and self._names_meeting(toks):
            # "Vid föreningens höstmöte valdes A till ordförande": the association's board,
            # not a body the text named in passing before
            return ctx.meeting
        if (
            ctx.body is None
            and ctx.recent is not None
            and not _APPOINTING.search(ctx.recent.name.casefold().split()[-1])
            # (a programme or a project the sentence before named is run, not sat in)
            and ctx.recent.kind not in ("programme", "project")
            # (nor a state agency a title named in passing: "Metsätoimiston johtaja A" says
            # where A works; "Vanhoina jäseninä jatkavat B" after it are no seats there)
            and not (self.r.finnish and agency_name(ctx.recent.name))
            # (nor a nominating committee: "Valberedningen lade fram sina förslag … som ny
            # ordförande valdes A": the seats it proposed are the association's)
            and not (ctx.meeting is not None and _NOMINATING.match(ctx.recent.name))
            # (nor any body at all on a page reporting a section's meeting in its heading)
            and not (ctx.meeting is not None and ctx.meeting_titled)
            # (nor after an organisation named by its own name in the genitive: "Società
            # Dante Alighierin puheenjohtajana on toiminut A" is that organisation's office)
            and not self._proper_genitive_before(toks, role_start)
        ):
            # "Testilän nuorisovaltuusto kokoontui. Jäseniksi valittiin …": the body the
            # sentences before named, unless it is a council or board that appoints
            return ctx.recent
        if ctx.body is None and ctx.meeting is not None:
            # "Föreningen har hållit årsmöte. … Till ordförande valdes A": an association's
            # meeting fills its board's seats
            return ctx.meeting
        if ctx.body is not None and ctx.body.kind in ("programme", "project"):
            return None  # a programme or a project is run, not sat in
        return ctx.body

    def _object_of_a_verb(self, toks: list[Token], names_end: int, body: Mention) -> bool:
        """Whether ``body`` follows the names right after a Swedish verb in the past tense
        ("ordförande A meddelade valberedningen", "… tackade styrelsen"): the verb's object,
        not the body of the role before the names."""
        if self.r.finnish:
            return False
        between = [t for t in toks if names_end <= t.start and t.end <= body.start]
        return (
            len(between) == 1
            and _SV_PAST_VERB.fullmatch(between[0].text) is not None
            and not _ELECTION_VERB.match(between[0].text)
        )

    def _proper_genitive_before(self, toks: list[Token], role_start: int) -> bool:
        """Whether a Finnish role word at ``role_start`` follows a proper name of two
        capitalised words or more in the genitive, none of them the sentence's first word
        ("Società Dante Alighierin puheenjohtajana")."""
        if not self.r.finnish:
            return False
        k = self._index_at(toks, role_start)
        if k < 3:
            return False
        last, before = toks[k - 1].text, toks[k - 2].text
        return (
            _PROPER_GENITIVE.fullmatch(last) is not None
            and before[:1].isupper()
            and before.isalpha()
        )

    def _affiliation_in_parentheses(self, toks: list[Token], body: Mention) -> bool:
        """Whether ``body`` stands alone in parentheses right after a person's name ("… ja
        Tiina Malm (Sopukylän hanke) sekä varajäseniä …"): where that person comes from, not
        the body of a role named later in the sentence."""
        k = self._index_at(toks, body.start)
        if k < 2 or toks[k - 1].text != "(":
            return False
        after = [t for t in toks if t.start >= body.end][:1]
        if not after or after[0].text != ")":
            return False
        person = self._person_ending_before(toks, k - 1)
        return person is not None and person.end == toks[k - 2].end

    def _names_meeting(self, toks: list[Token]) -> bool:
        """Whether the tokens name an association's electing meeting ("årsmötet")."""
        if not self.lex.electing_meeting:
            return False
        meeting = re.compile(rf"(?:{self.lex.electing_meeting})", re.I)
        return any(t.is_word and meeting.fullmatch(t.text) for t in toks)

    def _whence_after_name(self, toks: list[Token], body: Mention) -> bool:
        k = next((i for i, t in enumerate(toks) if t.start == body.start), None)
        if k is None or k < 2 or not body.written.endswith("n"):
            return False
        after = [t for t in toks if t.start >= body.end][:1]
        if not after or not re.search(r"(?:sta|stä|lta|ltä)$", after[0].text):
            return False
        for at in range(k - 1, max(-1, k - 4), -1):
            person = self.r.person_at(toks, at, in_list=True)
            if person is not None and person.end == toks[k - 1].end:
                return True
        return False

    def _affiliation_of_a_later_name(
        self, toks: list[Token], names_end: int, body: Mention
    ) -> bool:
        """Whether ``body`` after the names is where a later person of the sentence comes from
        ("Puheenjohtaja A … Pysyvät asiantuntijat Johtaja B, Kotimaisten kielten keskus
        Pääjohtaja C, Opetushallitus"): a capitalised name right after another person's name
        and a comma, with a person named between the role's names and it. Also "hallitusneuvos A
        valtioneuvoston kansliasta": a body in the genitive right after a name, qualifying a word
        in a local case (where the person comes from)."""
        if self.r.finnish and self._whence_after_name(toks, body):
            return True
        if not body.written[:1].isupper():
            return False
        k = next((i for i, t in enumerate(toks) if t.start == body.start), None)
        if k is None or k < 2 or toks[k - 1].text != ",":
            return False
        after = [t for t in toks if t.start >= body.end][:1]
        if after and after[0].text[:1].islower() and self._role_tokens(after):
            return False  # "A, Vasemmistoliiton valtuustoryhmän puheenjohtaja B": a new title
        for at in range(k - 2, max(-1, k - 6), -1):
            if toks[at].start < names_end or not toks[at].is_cap:
                break
            person = self.r.person_at(toks, at, in_list=True)
            if person is not None and person.end == toks[k - 2].end:
                return True
        return False

    def _next_clause_title(self, toks: list[Token], names_end: int, body: Mention) -> bool:
        """Whether ``body`` after the names begins the next clause's title: a comma between,
        a role word right after it ("Puheenjohtajana toimii Matti Könkö, kunnanhallituksen
        edustajana Sirpa Larko": the board is Sirpa Larko's, not the chair's)."""
        between = [t for t in toks if names_end <= t.start < body.start]
        after = [t for t in toks if t.start >= body.end][:1]
        if between and _OTHERS_WORD.fullmatch(between[-1].text):
            # "Seuran esimiehenä on toiminut A, sihteerinä B sekä muina johtokunnan jäseninä C
            # ja D": the body whose "other" members close the sentence is the officers' too
            return False
        if after and self._role_tokens(between) and self.lex.role_of(after[0].text) == "member":
            # "Puheenjohtaja A, varapuheenjohtaja B ja hallituksen jäsenet C, D": the officers
            # listed before the body's members are that body's officers
            return False
        if (
            between
            and between[-1].text.casefold() in ("ja", "sekä", "och", "samt")
            and after
            and self.lex.role_of(after[0].text) == "representative"
        ):
            # "… sihteerinä B ja kunnanhallituksen edustajana C": the body C represents, not the
            # secretary's
            return True
        return (
            bool(between)
            and between[0].text == ","
            and bool(after)
            and bool(self._role_tokens(after))
        )

    def _names_then_body(
        self,
        text: str,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        status: str,
        found: list[Finding],
    ) -> list[Finding]:
        """ "Omvalda i styrelsen är: … Aino Ek (region norr), Bo Lind och Eva Salo
        förbundsstyrelsen.": a sentence with no verb that is only names (each perhaps with a
        note in brackets after it) and then a body's name, right after a sentence of the same
        paragraph that says people were elected: the names are members of that body."""
        if status or len(bodies) != 1 or bodies[0].plural or found:
            return []
        body = bodies[0]
        if text[body.end : sentence.end].strip(" .") or not body.written[:1].islower():
            return []
        people = self.r.persons([t for t in toks if t.end <= body.start], in_list=True)
        if len(people) < 2 or text[sentence.start : people[0].start].strip():
            return []
        gaps = [text[a.end : b.start] for a, b in zip(people, [*people[1:], body], strict=True)]
        if not all(_NOTE_AND_JOIN.fullmatch(g) for g in gaps) or not _AND_GAP.search(gaps[-2]):
            return []
        line_start = text.rfind("\n", 0, sentence.start) + 1
        if not _ELECTED_BEFORE.search(text, line_start, sentence.start):
            return []
        body = dataclasses.replace(body, name=body.name[:1].upper() + body.name[1:])
        return [
            self._fact(p, "member", body, (sentence.start, sentence.end), p.confidence - 0.15,
                       "text-names-body", status)
            for p in people
        ]  # fmt: skip

    def _level_post_entry(
        self, text: str, sentence: Sentence, toks: list[Token], ctx: Context, status: str
    ) -> Finding | None:
        """ "Aino Berg, förste vice förbundsordförande, Testby län, …" as an entry under a bare
        "Styrelsen" (a list of the board, no organisation or level named): a name, a comma,
        perhaps a mark of the election, and an officer's post joined to a level set off by
        commas is the post of the list's board."""
        body = ctx.body
        if (
            self.r.finnish
            or body is None
            or body.name.casefold() not in BARE_BOARDS
            or not toks
            or toks[0].start != sentence.start
            or text[max(0, sentence.start - 80) : sentence.start].rstrip(" \t")[-1:]
            not in ("", "\n")
        ):
            return None  # (an entry: the name at the start of its line)
        person = self.r.person_at(toks, 0, in_list=True)
        if person is None or len(person.name.split()) < 2:
            return None
        mt = _LEVEL_POST_AFTER_NAME.match(text, person.end, sentence.end)
        if mt is None or not (role := level_post_role(mt.group("post"))):
            return None
        return self._fact(
            person, role, body, (person.start, mt.end("post")), 0.75, "text-level-post", status
        )

    def _nominative_subject(self, text: str, n: Mention) -> Mention:
        """ "Jouko Nurmen oli klubitoimikunnan jäsen": a name right before the verb of being,
        its office after it, is the subject, in the nominative; a last word the word forms
        read as a genitive ("Nurmen" of "Nurmi") stays as it is written."""
        if (
            self.r.finnish
            and n.case == "gen"
            and n.name != n.written
            and re.match(r"[ \t]+(?:on|oli|ovat|olivat)(?![\w-])", text[n.end :])
        ):
            return dataclasses.replace(n, name=n.written, case="nom")
        return n

    def _office_in_apposition(
        self,
        text: str,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
        found: list[Finding],
    ) -> list[Finding]:
        """ "Karin Örjes (C), vice ordförande i kommunstyrelsen, deltog …", "…, säger Bo Ek,
        kommunstyrelsens ordförande.", "Aino Ahola, kunnanhallituksen puheenjohtaja,
        osallistui …": an office of a body set off by a comma right after a name (a party in
        parentheses perhaps between) is that person's, the body named in the apposition (in
        Swedish after "i", "för" or "vid", or in the genitive before the office; in Finnish in
        the genitive before it). The apposition ends at a comma, the sentence's end or
        "och"/"ja"; an office said to be held before ("tidigare ordförande") is none."""
        out: list[Finding] = []
        if "," not in sentence.text or GUEST.search(sentence.text):
            return out  # "A, ledamot i förbundsstyrelsen, framförde en hälsning": a guest's
        former = re.compile(rf"^(?:{self.lex.former})$", re.I) if self.lex.former else None
        given = {(f.actor.name, f.role) for f in found if f.kind in ("membership", "candidacy")}
        for a, b, role in self._role_tokens(toks):
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                continue
            if b > a and toks[b].text == ".":
                b -= 1  # (the sentence's full stop read with the office)
            if not all(t.text[:1].islower() for t in toks[a : b + 1]):
                continue
            body: Mention | None = None
            start, end = a, b + 1  # the apposition's tokens
            gen = next((bb for bb in bodies if bb.end == toks[a - 1].end), None) if a else None
            if gen is not None and (
                gen.case == "gen" or (not self.r.finnish and gen.written.endswith("s"))
            ):
                body, start = gen, self._index_at(toks, gen.start)
            elif (
                not self.r.finnish
                and b + 2 < len(toks)
                and toks[b + 1].text.casefold() in ("i", "för", "vid")
            ):
                body = next((bb for bb in bodies if bb.start == toks[b + 2].start), None) or next(
                    (
                        o
                        for o in self.r.organisations(toks[b + 2 :])
                        if o.start == toks[b + 2].start
                    ),
                    None,
                )
                word = toks[b + 2]
                if (
                    body is None
                    and word.is_cap
                    and (kind := self.lex.org_kind(word.text.casefold()))
                ):
                    # "ordförande i Handikappförbunden": one word an organisation's
                    body = Mention(word.start, word.end, word.text, word.text, kind[1], 0.5)
                if body is not None:
                    end = next((x for x in range(b + 2, len(toks)) if toks[x].end >= body.end), b)
                    end += 1
            if body is None or start < 2 or toks[start - 1].text != ",":
                continue
            if self.r.finnish and not _FI_NOMINATIVE_OFFICE.fullmatch(toks[b].text):
                continue  # "A, hallituksen puheenjohtajana …": no apposition
            if end < len(toks) and not (
                toks[end].text in (",", ".", ";", ")", "!", "?")
                or toks[end].text.casefold() in ("och", "ja", "samt", "sekä")
            ):
                continue
            if former is not None and self._held_before(toks, a, former):
                continue
            k = start - 1
            if toks[k - 1].text == ")":
                # a party in parentheses between: "A (kesk.), …"
                k = next((x for x in range(k - 2, max(0, k - 6), -1) if toks[x].text == "("), k)
            person = self._person_ending_before(toks, k)
            if person is None or (person.name, role) in given:
                continue
            if not person.name.strip() or " " not in person.name.strip():
                continue  # a surname alone names no one sure
            resolved = self._resolve(body, ctx) or body
            if resolved.name[:1].islower():
                resolved = dataclasses.replace(
                    resolved, name=resolved.name[:1].upper() + resolved.name[1:]
                )
            given.add((person.name, role))
            out.append(
                self._fact(
                    person,
                    role,
                    resolved,
                    (sentence.start, sentence.end),
                    0.7,
                    "text-apposition",
                    status,
                )
            )
        return out

    def _status_of_one_name(
        self, text: str, sentence: Sentence, status: str, found: list[Finding]
    ) -> None:
        """ "A oli klubitoimikunnan jäsen ja B kutsuttu jäsen": a word saying the seat is not
        held (invited, a candidate) between a name and its role word is that name's only; a
        seat the sentence gives a name before it, after "ja", "och" or a comma, is held."""
        low = sentence.text.casefold()
        cues = [
            mt
            for pattern, said in self.lex.not_member_res
            if said == status
            for mt in pattern.finditer(low)
        ]
        if len(cues) != 1:
            return
        cue = cues[0]
        at = sentence.start + cue.start()
        after = re.match(r"[ \t]+([^\W\d]+)", sentence.text[cue.end() :])
        if after is None or self.lex.role_of(after.group(1).casefold()) is None:
            return
        # the name right before the word ("B kutsuttu jäsen"), or right after it and the role
        # word ("… ja kutsuttuna asiantuntijana C")
        role_end = sentence.start + cue.end() + after.end()
        persons = self._sentence_persons(tokens(text, sentence.start, sentence.end))
        bound = next(
            (
                p
                for p in persons
                if (p.end <= at and not text[p.end : at].strip())
                or (p.start >= role_end and not text[role_end : p.start].strip())
            ),
            None,
        )
        if bound is None:
            return
        first = min(bound.start, at)
        for f in found:
            if (
                f.status == status
                and f.actor.kind == "person"
                and f.actor.end < first
                and re.search(r"(?:,|\s(?:ja|sekä|och|samt))\s", text[f.actor.end : first])
            ):
                if f.kind == "candidacy":
                    f.kind = "membership"
                    f.confidence += 0.1
                f.status = ""

    def _thanker(self, sentence: Sentence, f: Finding) -> Finding:
        """ "Herbert Marcher avtackades av omvalde ordföranden A": the one who thanks, named
        after "av", holds the seat the sentence gives; the thanks end the seat of the one
        thanked only. ``f`` as it is when it is no such seat."""
        if f.status != "ended" or f.kind != "membership":
            return f
        by = _THANKED_BY.search(sentence.text)
        if by is None or f.actor.start < sentence.start + by.end():
            return f
        rest = sentence.text[: by.start()] + " " + sentence.text[by.end() :]
        if self.lex.not_held_status(_FORMER_JOB.sub(" ", rest)):
            return f
        return dataclasses.replace(f, status="", confidence=f.confidence + 0.2)

    def _fact(
        self,
        person: Mention,
        role: str,
        body: Mention | None,
        quote: tuple[int, int],
        confidence: float,
        rule: str,
        status: str,
    ) -> Finding:
        if status in NOT_HELD_STATUSES:
            # "Peltola on ollut aiemmin hallituksen jäsen", "X valittaneen varapuheenjohtajaksi":
            # a seat held before or still to come, never one held at the time of the source
            return Finding(
                "membership", person, role, body, quote, confidence - 0.2, rule, status=status
            )
        if status:
            return Finding(
                "candidacy", person, role, body, quote, confidence - 0.1, rule, status=status
            )
        if body is None:
            confidence -= 0.3
        return Finding("membership", person, role, body, quote, confidence, rule)

    def _body_of_an_item_before(self, toks: list[Token], body: Mention, role_start: int) -> bool:
        """Swedish: ``body`` is named inside an earlier item of a run, between that item's
        post and its name, and a comma or "och" alone parts that name from the role at
        ``role_start`` ("… Sekreterare A, Ordförande Festkommittén B och Vice ordförande C"):
        the body is B's, not C's."""
        if self.r.finnish:
            return False
        x, first = _index_from(toks, body.end), _index_from(toks, body.start)
        if x >= len(toks) or first == 0 or not toks[first - 1].is_word or not toks[x].is_cap:
            return False
        person = self.r.person_at(toks, x, in_list=True)
        return (
            person is not None
            and person.end < role_start
            and all(
                t.text in (",", "och", "samt")
                for t in toks
                if person.end <= t.start and t.end <= role_start
            )
        )

    def _after_treasurer(
        self,
        toks: list[Token],
        b: int,
        names: list[Mention],
        role_tokens: list[tuple[int, int, str]],
    ) -> list[Mention]:
        """The names of a Swedish run after the office word ending at ``b`` that follow a
        treasurer's word set off by a comma or "och" ("Sekreterare A, Kassör B", "… och
        skattmästare C"), no other role word between: a treasurer's post is a task a
        member holds."""
        if self.r.finnish or len(names) < 2:
            return []
        treasurers = {
            toks[x].start
            for x in range(b + 2, len(toks) - 1)
            if _TREASURER_WORD.fullmatch(toks[x].text.casefold())
            and toks[x - 1].text in (",", "och", "samt")
            and toks[x + 1].is_cap
        }
        marks = sorted(treasurers | {toks[r0].start for r0, _r1, _role in role_tokens if r0 > b})
        out = []
        for n in names[1:]:
            last = [m for m in marks if names[0].end <= m < n.end]
            if last and last[-1] in treasurers:
                out.append(n)
        return out

    def _at_the_head(
        self,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
        found: list[Finding],
    ) -> list[Finding]:
        """ "Festkommittén med A, B och med C i spetsen" (sv): the body right before "med",
        the names after it its members, the one "i spetsen" ("at its head") its chair."""
        if self.r.finnish:
            return []
        out: list[Finding] = []
        for i in range(3, len(toks)):
            if toks[i].text.casefold() != "spetsen" or toks[i - 1].text.casefold() != "i":
                continue
            chair = self._person_ending_before(toks, i - 1)
            if chair is None:
                continue
            for body in reversed([bb for bb in bodies if bb.end <= chair.start]):
                x = _index_from(toks, body.end)
                if x + 1 >= len(toks) or toks[x].text.casefold() != "med":
                    continue
                run = self._names_from(toks, x + 1, genitive=False)
                between = [t.text.casefold() for t in toks if body.end <= t.start < chair.start]
                if not set(between) <= {"med", "och", "samt", ","} | {
                    w.casefold() for n in run for w in re.findall(r"\w+|\S", n.written)
                }:
                    break  # other words between: no run the body heads
                target = self._resolve(body, ctx) or body
                quote = (sentence.start, sentence.end)
                held = {(f.actor.name, f.role) for f in found}
                for n in [*(n for n in run if n.end <= chair.start), chair]:
                    role = "chair" if n is chair else "member"
                    if (n.name, role) not in held:
                        out.append(
                            self._fact(n, role, target, quote, 0.7, "text-i-spetsen", status)
                        )
                break
        return out

    def _under_leadership(
        self,
        text: str,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
    ) -> list[Finding]:
        """ "Risto Kovasen johdolla" (fi): the chair, named in the genitive, of the body the
        sentence names or whose meeting it speaks of ("Kokous pidettiin A:n johdolla"; not
        "Siivoustalkoot järjestettiin A:n johdolla": an event led, no seat)."""
        if self.lex.lang != "fi":
            return []
        if not bodies and not re.search(r"(?i)(?<![\w-])kokou", sentence.text):
            return []
        out = []
        pattern = re.compile(rf"^(?:{self.lex.under_leadership})$", re.I)
        for i, t in enumerate(toks):
            if not pattern.match(t.text) or i < 2:
                continue
            for s in range(max(0, i - 4), i - 1):
                person = self.r.person_at(toks, s, genitive=True)
                if person is not None and person.end == toks[i - 1].end:
                    body = self._body_for(bodies, person.start, t.end, ctx, toks)
                    out.append(
                        self._fact(
                            person,
                            "chair",
                            body,
                            (sentence.start, sentence.end),
                            0.7,
                            "text-johdolla",
                            status,
                        )
                    )
                    break
        return out

    def _apposition_before(self, toks: list[Token], a: int, b: int) -> Mention | None:
        """The person a Swedish role word at ``a``..``b`` is set off after by commas, as an
        apposition ("A, ordförande, B", "C (M), andre vice ordförande."): a comma before it
        right after the name, and a comma or the sentence's end after it; or a Finnish office's
        abbreviation right after the name ("A pj, B vpj")."""
        if self.r.finnish:
            # "Aino Ahola pj, Eero Ek vpj, Eeva Salo siht, Bo Lind …": an office's abbreviation
            # right after a name, a comma after it: that name's office (the names after the
            # last one hold none of them)
            if (
                a != b
                or a < 2
                or not _FI_OFFICE_ABBREVIATION.fullmatch(toks[a].text)
                or not (b + 1 == len(toks) or toks[b + 1].text in (",", "."))
            ):
                return self._fi_apposition_before(toks, a, b)
            person = self._person_ending_before(toks, a)
        elif (
            a >= 3
            and toks[a - 2].text == ","
            and _ELECTION_MARK_WORD.fullmatch(toks[a - 1].text)
            and toks[a].text[:1].islower()
            and (b + 1 == len(toks) or toks[b + 1].text in (",", "."))
        ):
            # "A, ny ordinarie ledamot, Testby län": a mark of the election before the office
            # set off after the name; the office is still the name's
            person = self._person_ending_before(toks, a - 2)
        elif (
            a < 2
            or toks[a - 1].text != ","
            or not toks[a].text[:1].islower()
            or not (b + 1 == len(toks) or toks[b + 1].text in (",", "."))
        ):
            return None
        else:
            person = self._person_ending_before(toks, a - 1)
            if (
                person is None
                and a >= 4
                and toks[a - 3].text == ","
                and _PLACE_WORD.fullmatch(toks[a - 2].text)
                and not self.lex.role_of(toks[a - 2].text)
            ):
                # "A, Vasa, ordförande, B, Bergö, viceordförande, C, Bosund": one capitalised
                # word between the name and the office, each set off by commas, is the name's
                # place; the office after it is still the name's
                person = self._person_ending_before(toks, a - 3)
            if (
                person is None
                and a >= 4
                and toks[a - 3].text == ","
                and _ELECTION_MARK_WORD.fullmatch(toks[a - 2].text)
            ):
                # "A, ny, ersättare, Testby län": a mark of the election set off by commas
                # between the name and the office; the office is still the name's
                person = self._person_ending_before(toks, a - 3)
        if person is None:
            return None
        k = next((x for x, t in enumerate(toks) if t.start == person.start), 0)
        if k > 0 and toks[k - 1].text[:1].isupper():
            return None  # "Uppsala Anette Nyberg Grau, ordförande": where the name begins is unsure
        if k > 0 and self.lex.role_of(toks[k - 1].text):
            return None  # "ordförande A, vice ordförande, …": A's office is the one before
        return person

    def _office_after_comma(self, toks: list[Token], j: int) -> tuple[str, int] | None:
        """The role of a Finnish office in the nominative right after the comma at ``j``
        ("A, puheenjohtaja, B", "A, taloudenhoitaja 6.10. saakka, B"), and the index of the
        comma or "ja" that parts it from the next name (words in small letters or numbers
        between: its term); None where no office, or no name, follows."""
        if (
            j + 1 >= len(toks)
            or toks[j].text != ","
            or not _FI_NOMINATIVE_OFFICE.fullmatch(toks[j + 1].text)
        ):
            return None
        # (a post outside the seats, "taloudenhoitaja": a member's)
        role = self.lex.role_of(toks[j + 1].text) or "member"
        x = j + 2
        while x < len(toks) and x - j <= 12:
            t = toks[x].text
            if t in (",", "ja") and x + 1 < len(toks) and toks[x + 1].is_cap:
                return (role, x) if self.r.person_at(toks, x + 1, in_list=True) else None
            if t[:1].isupper() or t in ("(", ")", ":", ";"):
                return None
            x += 1
        if x == len(toks) or (x < len(toks) and toks[x].text == "."):
            return role, x
        return None

    def _fi_apposition_before(self, toks: list[Token], a: int, b: int) -> Mention | None:
        """ "Hallitukseen kuuluivat A, puheenjohtaja, B, varapuheenjohtaja ja …, C, sihteeri,
        D, E.": a Finnish office in the nominative set off by commas right after a name (a
        comma, "ja" before no name, or the sentence's end after it) is that name's, where the
        run of names and offices begins with a name (not "puheenjohtaja, A, sihteeri, B")."""
        if (
            a < 2
            or toks[a - 1].text != ","
            or not (
                _FI_NOMINATIVE_OFFICE.fullmatch(toks[b].text)
                or _FI_ESSIVE_ABBREVIATION.fullmatch(toks[b].text)
            )
            or not all(t.text[:1].islower() for t in toks[a : b + 1])
        ):
            return None
        if not (
            b + 1 == len(toks)
            or toks[b + 1].text in (",", ".")
            or (
                toks[b + 1].text == "ja"
                and (b + 2 == len(toks) or not toks[b + 2].text[:1].isupper())
            )
        ):
            return None
        person = self._person_ending_before(toks, a - 1)
        if person is None:
            return None
        first = person
        while True:
            k = next((x for x, t in enumerate(toks) if t.start == first.start), 0)
            if not (
                k >= 3
                and toks[k - 1].text == ","
                and self.lex.role_of(toks[k - 2].text)
                and toks[k - 3].text == ","
            ):
                break
            before = self._person_ending_before(toks, k - 3)
            if before is None:
                break
            first = before
        if k > 0 and self.lex.role_of(toks[k - 1].text):
            return None  # "puheenjohtaja A, sihteeri, …": A's office is the one before
        if k > 1 and toks[k - 1].text == "," and self.lex.role_of(toks[k - 2].text):
            return None  # "puheenjohtaja, A, sihteeri, B": each office is the next name's
        if k > 0 and toks[k - 1].text[:1].isupper():
            return None  # where the first name begins is unsure
        return person

    def _family_member(self, toks: list[Token], a: int, bodies: list[Mention]) -> bool:
        """Whether the member's word at ``a`` is a family's ("suvun jäsen", "suvun vanhin
        paikalla oleva jäsen"): the family's genitive among the few words in small letters
        right before it, no body named between (Finnish)."""
        if not self.r.finnish or a == 0:
            return False
        x = a - 1
        while x >= 0 and a - x <= 4 and toks[x].is_word and not toks[x].is_cap:
            if _FAMILY_GENITIVE.fullmatch(toks[x].text):
                return not any(toks[x].start <= bb.start < toks[a].start for bb in bodies)
            x -= 1
        return False

    def _in_place_of(
        self, text: str, toks: list[Token], first: Mention, genitive: bool
    ) -> Mention | None:
        """The person named right after "tilalle" or "sijaan" (in the place of) that follows
        ``first`` ("A:n tilalle B"), or None (Finnish); ``genitive``: an active verb's object,
        in the accusative ("valitsi varajäseneksi A:n tilalle Olli Joensuun": "Olli
        Joensuu")."""
        if not self.r.finnish or not _IN_PLACE_OF.match(text, first.end):
            return None
        x = _index_from(toks, first.end)
        if x + 1 >= len(toks):
            return None
        return self.r.person_at(toks, x + 1, in_list=True, genitive=genitive)

    def _person_ending_before(self, toks: list[Token], k: int) -> Mention | None:
        """The person named right before token ``k``, a party in parentheses between aside;
        before a representative's word in the essive, the organisation in the genitive between
        aside too
        ("Jouko Arvola Pohjois-Pohjanmaan edustajana", "Laura Jetsu Kylälän kunnan
        edustajana")."""
        x = k - 1
        if x >= 2 and toks[x].text == ")" and toks[x - 2].text == "(":
            x -= 3
        if (
            self.r.finnish
            and k < len(toks)
            and x >= 1
            and toks[k].text.casefold() == "edustajana"  # (not the title "X:n edustaja")
        ):
            run = x + 1
            while run - 1 >= 1 and x - (run - 1) < 3 and genitive_shaped(toks[run - 1]):
                run -= 1
            for start in range(run, x + 1):  # the longest organisation's name first
                found = self._person_ending_before(toks, start)
                if found is not None:
                    return found
        for i in (x - 1, x - 2, x):
            if i < 0:
                continue
            p = self.r.person_at(toks[: x + 1], i, in_list=True)
            if p is not None and p.end == toks[x].end:
                while i >= 2 and toks[i - 1].text == "." and len(toks[i - 2].text) <= 2:
                    # "syssloman N. O. Edlund, Frånö, v. ordförande": the name's initials
                    # before the one found
                    i -= 2
                    q = self.r.person_at(toks[: x + 1], i, in_list=True)
                    if q is None or q.end != p.end:
                        break
                    p = q
                return p
        return None

    def _own_office_after(self, toks: list[Token], person: Mention) -> bool:
        """Whether an office or the treasurer's post in lower case follows ``person`` right
        after the name ("C kassör", "C ledamot")."""
        k = _index_from(toks, person.end)
        if k >= len(toks) or not toks[k].text[:1].islower():
            return False
        word = toks[k].text
        return bool(self.lex.role_of(word)) or _TREASURER_WORD.fullmatch(word) is not None

    def _jobs_after_names(self, toks: list[Token], first: Mention) -> bool:
        """Whether the names from ``first`` on are each followed by a comma and a job in lower
        case, the last job followed by no name ("B, ekonom C, enhetschef 71")."""
        person: Mention | None = first
        while person is not None:
            k = next((x for x, t in enumerate(toks) if t.start >= person.end), len(toks))
            if not (
                k + 1 < len(toks)
                and toks[k].text == ","
                and re.fullmatch(r"[a-zåäö][\w/-]*", toks[k + 1].text)
                and toks[k + 1].text not in ("och", "samt")
            ):
                return False
            x = k + 2
            while (
                x < len(toks)
                and x - k < 5
                and (
                    re.fullmatch(r"[a-zåäö][\w/-]*", toks[x].text)
                    # "…, teknisk- & miljö-ansvarig C": two jobs joined by an ampersand
                    or (
                        toks[x].text == "&"
                        and x + 1 < len(toks)
                        and re.fullmatch(r"[a-zåäö][\w/-]*", toks[x + 1].text) is not None
                    )
                )
            ):
                x += 1  # "…, vice sekreterare C": a job of more words
            person = (
                self.r.person_at(toks, x, in_list=True)
                if x < len(toks) and toks[x].is_cap
                else None
            )
        return True

    def _offices_after_parties(
        self, toks: list[Token], role_tokens: list[tuple[int, int, str]]
    ) -> dict[int, Mention]:
        """ "Ledamöter A (m) Ordförande B (s) Vice ordförande C (c) D (s)", "A (KD), ordförande
        B (M) C (FP) tjg ersättare D (C)" (a minutes' cover flattened): an office after a name
        and its party is that name's (kept in :attr:`said_after`) where the first name right
        after the members' word has its party and then an office, or where the office is
        written in lower case after the party and a comma or a serving deputy's "tjg", in a
        run of three names or more with their parties. The first tokens of those offices, with
        the names they are of."""
        out: dict[int, Mention] = {}
        if self.r.finnish:
            return out
        officers = ("chair", "vice_chair", "secretary")
        for k, (a0, b0, role0) in enumerate(role_tokens[:-1]):
            if role0 != "member" or not toks[a0].text[:1].isupper():
                continue
            a1, _b1, role1 = role_tokens[k + 1]
            first = self._party_before(toks, a1)
            if role1 not in officers or first is None or first.start != toks[b0 + 1].start:
                continue
            for a, _b, role in role_tokens[k + 1 :]:
                person = self._party_before(toks, a)
                if role not in officers or person is None:
                    break
                self.said_after[(person.start, person.end)] = role
                out[a] = person
            return out
        parties = sum(
            1
            for k in range(2, len(toks))
            if toks[k].text == ")"
            and toks[k - 2].text == "("
            and _PARTY.fullmatch(toks[k - 1].text)
        )
        if parties < 3 or self._office_before_first_party(toks, role_tokens):
            return out
        for a, _b, role in role_tokens:
            if not toks[a].text[:1].islower() or role not in (*officers, "deputy_member"):
                continue
            x = a
            serving = x > 0 and toks[x - 1].text.casefold() in ("tjg", "tjänstgörande")
            x -= serving
            comma = x > 0 and toks[x - 1].text == ","
            x -= comma
            if not (comma or serving) or (role == "deputy_member" and not serving):
                continue
            nxt = next((t for t in toks[a + 1 :] if t.text != "."), None)
            if nxt is not None and nxt.text[:1].islower() and self.lex.role_of(nxt.text) is None:
                # "A (S), ordf. kommunstyrelsen B (C)": an office in another body
                continue
            person = self._party_before(toks, x)
            if person is not None:
                self.said_after[(person.start, person.end)] = role
                out[a] = person
        return out

    def _office_before_first_party(
        self, toks: list[Token], role_tokens: list[tuple[int, int, str]]
    ) -> bool:
        """Whether the first name with a party in parentheses has an office right before it
        ("I rådet ingår ordförande A (C), vice ordförande B (SFP), C (SDP)"): the run writes
        each office before its name, so an office after a party and a comma is the next
        name's."""
        for k in range(3, len(toks)):
            if (
                toks[k].text == ")"
                and toks[k - 2].text == "("
                and _PARTY.fullmatch(toks[k - 1].text)
            ):
                person = self._party_before(toks, k + 1)
                if person is None:
                    return False
                return any(
                    b + 1 < len(toks) and toks[b + 1].start == person.start
                    for _a, b, _role in role_tokens
                )
        return False

    def _party_before(self, toks: list[Token], a: int) -> Mention | None:
        """The person right before token ``a`` with a party in parentheses after the name
        ("Aino Berg (s) Ordförande")."""
        if a < 4 or toks[a - 1].text != ")" or toks[a - 3].text != "(":
            return None
        if not _PARTY.fullmatch(toks[a - 2].text):
            return None
        return self._person_ending_before(toks, a)

    def _role_of_name_before(self, toks: list[Token], a: int, b: int, first: Mention) -> bool:
        """Whether the role word at ``a``..``b`` follows a person's name ("A som
        ordförande", "A sekreterare") and a comma parts it from the name ``first`` after it, or
        the names after it each have their own job after a comma as well, the last one too ("A,
        sekreterare B, ekonom C, enhetschef 71": each job after a comma is the name's before it;
        not "ordförande A, sekreterare B, kassör C")."""
        if (
            not self.r.finnish
            and a > 1
            and toks[a - 1].text == ","
            and toks[a].text[:1].islower()
            and self._person_ending_before(toks, a - 1) is not None
            and self._jobs_after_names(toks, first)
        ):
            return True
        if (
            self.r.finnish
            and b + 1 < len(toks)
            and toks[b + 1].text in ("ja", "sekä")
            and first.start >= toks[b + 1].end
        ):
            # "… B sihteerinä sekä C rahastonhoitajana": the last but one of such a run
            return (
                b - a <= 1
                and _ESSIVE_ENDING.search(toks[b].text.casefold()) is not None
                and self._person_ending_before(toks, a) is not None
            )
        if (
            not self.r.finnish
            and b + 1 < len(toks)
            and toks[b + 1].text in ("och", "samt")
            and first.start >= toks[b + 1].end
            and toks[a].text[:1].islower()
            and self._person_ending_before(toks, a) is not None
            and self._own_office_after(toks, first)
        ):
            # "A ordförande, B sekreterare och C kassör": the last but one of a run of names
            # each followed by its office; the name after "och" has its own
            return True
        if b + 1 >= len(toks) or toks[b + 1].text != ",":
            return False
        if first.start < toks[b + 1].end:
            return False
        if (
            not self.r.finnish
            and a > 0
            and toks[a - 1].text.casefold() in ("som", "till")
            and self._own_som_office(toks, first)
        ):
            # "A valdes om som vice ordförande, B som kassör och C som ledamot": the office
            # after "som" said again after the name past the comma is that name's own; the one
            # before the comma is not its
            return True
        if self.r.finnish:
            # "Aino Ahola puheenjohtajana, Eero Ek sihteerinä ja jäseninä …": a role in the
            # essive right after a name is that name's (also of two words: "past presidenttinä")
            return (
                b - a <= 1
                and _ESSIVE_ENDING.search(toks[b].text.casefold()) is not None
                and self._person_ending_before(toks, a) is not None
            )
        x = a
        if x > 0 and toks[x - 1].text.casefold() in ("som", "till"):
            # "A som ordförande, B …", "utsågs A till ordförande, B till vice ordförande, C
            # …": the office after "som" or "till" is the name's before it
            x -= 1
        while x > 0 and toks[x - 1].text.casefold() in _ORDINAL_WORDS:
            x -= 1
        return x > 0 and self._person_ending_before(toks, x) is not None

    def _seat_compound(self, word: str) -> bool:
        """Swedish: a lower-case compound of a body's word and a member's or deputy's
        ("styrelsemedlemmarna", "styrelseledamöterna"): a seat's word, as the role word alone
        would be."""
        if self.r.finnish or not word[:1].islower() or len(word) < 9:
            return False
        low = word.casefold()
        return any(
            self.lex.role_of(low[i:]) in ("member", "deputy_member")
            and self.lex.body_kind(low[:i]) is not None
            for i in range(4, len(low) - 4)
        )

    def _own_som_office(self, toks: list[Token], person: Mention) -> bool:
        """Swedish: "som" and an office or a treasurer's word right after the name ("B som
        kassör", "B som vice ordförande")."""
        y = next((i for i, t in enumerate(toks) if t.start >= person.end), len(toks))
        if y + 1 >= len(toks) or toks[y].text.casefold() != "som":
            return False
        one = toks[y + 1].text
        two = f"{one} {toks[y + 2].text}" if y + 2 < len(toks) else one
        return bool(
            self.lex.role_of(one)
            or self.lex.role_of(two)
            or _TREASURER_WORD.fullmatch(one.casefold())
        )

    def _coordinated_before(self, toks: list[Token], first: Mention) -> list[tuple[Mention, str]]:
        """ "apulaisprofessori A ja lääkintöneuvos B nimettiin Palkon varapuheenjohtajiksi":
        the role in the plural is also each person's coordinated before the subject ("ja" or a
        comma, a lower-case title or two before each name), in the order written; the role is
        filled in by the caller."""
        out: list[Mention] = []
        x = next((i for i, t in enumerate(toks) if t.start == first.start), None)
        while x is not None:
            y = x - 1
            titles = 0
            while y >= 0 and titles < 3 and toks[y].text[:1].islower() and toks[y].text != "ja":
                y, titles = y - 1, titles + 1  # "lääkintöneuvos": the next name's title
            if y < 1 or toks[y].text not in ("ja", ","):
                break
            prev = self._person_ending_before(toks, y)
            if prev is None:
                break
            out.insert(0, prev)
            x = next((i for i, t in enumerate(toks) if t.start == prev.start), None)
        return [(p, "") for p in out]

    def _subject_serves(
        self,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
        found: list[Finding],
    ) -> list[Finding]:
        """ "A (kok) toimii X:n puheenjohtajana, B (sdp) varapuheenjohtajana", "A valittiin X:n
        puheenjohtajaksi ja B varapuheenjohtajaksi" (fi): the subject before the verb holds
        the first role, and each "B role" after it, its verb left out, the next one, in the
        body named in the genitive after the verb. Other readings of these people's roles in
        that body give way."""
        if not self.r.finnish:
            return found
        new: list[Finding] = []
        for k, t in enumerate(toks):
            if t.text.casefold() not in _SERVES or k + 2 >= len(toks):
                continue
            first = self._person_ending_before(toks, k)
            if first is None:
                continue
            at = k + 1
            while at + 1 < len(toks) and (
                toks[at].text.casefold() in _NOW or toks[at].text.casefold() in _AFTER_THE_VERB
            ):
                # "toimii tällä hetkellä X:n puheenjohtajana": when, not where; "valittiin
                # yksimielisesti X:n puheenjohtajaksi": how
                at += 1
            gen = [b for b in bodies if b.start == toks[at].start and not b.plural]
            if not gen:
                continue
            j = next((x for x in range(k + 1, len(toks)) if toks[x].start >= gen[0].end), None)
            if j is None or not re.search(r"(?:na|nä|ksi)$", toks[j].text.casefold()):
                continue
            role = self.lex.role_of(toks[j].text)
            if not role:
                continue
            body = gen[0]
            pairs = [(first, role)]
            if re.search(r"(?:iksi|ina|inä)$", toks[j].text.casefold()):
                pairs = [(p, role) for p, _ in self._coordinated_before(toks, first)] + pairs
            j += 1
            while j + 2 < len(toks) and toks[j].text.casefold() in (",", "ja"):
                p = self.r.person_at(toks, j + 1, in_list=True)
                if p is None:
                    break
                n = next((x for x in range(j + 1, len(toks)) if toks[x].start >= p.end), None)
                if n is not None and toks[n].text == "(":
                    n = next((x + 1 for x in range(n, len(toks)) if toks[x].text == ")"), None)
                if n is None or n >= len(toks):
                    break
                r2 = self.lex.role_of(toks[n].text)
                if not r2 or not re.search(r"(?:na|nä|ksi)$", toks[n].text.casefold()):
                    break
                pairs.append((p, r2))
                j = n + 1
            for person, r in pairs:
                new.append(
                    self._fact(
                        person,
                        r,
                        body,
                        (sentence.start, sentence.end),
                        0.75,
                        "text-subject-serves",
                        status,
                    )
                )
        if not new:
            return found
        taken = {(f.actor.name, f.target.name.casefold()) for f in new if f.target}
        kept = [
            f for f in found if not (f.target and (f.actor.name, f.target.name.casefold()) in taken)
        ]
        return kept + new

    def _while_serving(
        self,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
        found: list[Finding],
    ) -> list[Finding]:
        """ "A johtaa lautakuntaa Pekka Pyykön (kd) toimiessa varapuheenjohtajana" (fi): the
        person in the genitive before "toimiessa" holds the role after it; a name run that
        reaches into that person ("Eva Varis Taisto Tervon") ends where the clause begins."""
        if self.lex.lang != "fi":
            return found
        out = list(found)
        for i, t in enumerate(toks):
            if t.text.casefold() != "toimiessa" or i + 1 >= len(toks) or i < 2:
                continue
            role = self.lex.role_of(toks[i + 1].text.casefold())
            if not role:
                continue
            end = i
            if toks[end - 1].text == ")":
                # "Pekka Pyykön (kd) toimiessa": a party between the name and the verb
                opening = [k for k in range(max(0, end - 4), end - 1) if toks[k].text == "("]
                if not opening:
                    continue
                end = opening[-1]
            person = None
            for s in (end - 2, end - 1, end - 3):
                if s < 0:
                    continue
                # read without the words after it: "Tervon toimiessa" is a person's name
                # here, not a place qualifying the next word
                p = self.r.person_at(toks[:end], s, genitive=True)
                if p is not None and p.end == toks[end - 1].end:
                    person = p
                    break
            if person is None:
                continue
            trimmed = []
            for f in out:
                a = f.actor
                if a.start < person.start < a.end:
                    head = [k for k in toks if k.start >= a.start and k.end <= person.start]
                    if len(head) < 2:
                        continue
                    written = " ".join(k.text for k in head)
                    kept = len(written.split())
                    name = " ".join(a.name.split()[:kept])
                    a = dataclasses.replace(a, end=head[-1].end, written=written, name=name)
                    f = dataclasses.replace(f, actor=a)
                trimmed.append(f)
            out = trimmed
            if not any(b.end <= person.start for b in bodies):
                continue  # the body the clause is about must be named before it
            body = self._body_for(bodies, person.start, toks[i + 1].end, ctx, toks)
            out.append(
                self._fact(
                    person,
                    role,
                    body,
                    (sentence.start, sentence.end),
                    0.7,
                    "text-toimiessa",
                    status,
                )
            )
        return out

    # -- organisations represented ------------------------------------------------------------

    def _represented(
        self, text: str, sentence: Sentence, toks: list[Token], bodies: list[Mention]
    ) -> list[Finding]:
        """ "Hyte ry, joka on edustettuna … ohjausryhmässä", "Useampi järjestö on edustettuna
        myös työryhmässä": the association (or the unnamed ones of a kind) before the word, in
        each body after it; "Ryhmässä ovat edustettuina A, B ja järjestöt", "I rådet är A och
        B representerade": the body first, then each organisation of the list."""
        pattern = re.compile(rf"^(?:{self.lex.represented})$", re.I)
        out = self._representation_in(sentence, toks, bodies)
        for i, t in enumerate(toks):
            if not pattern.match(t.text):
                continue
            quote = (sentence.start, sentence.end)
            where = self._represented_where(toks, i, bodies)
            if where is not None:
                body, lo, hi = where
                for actor in self._represented_items(toks, lo, hi):
                    out.append(
                        Finding(
                            "membership",
                            _of_body(actor, body),
                            "representation",
                            body,
                            quote,
                            0.65,
                            "text-represented-in",
                        )
                    )
                continue
            orgs = [
                o
                for o in self.r.organisations(toks[:i])
                if o.kind in ("registered_association", "ngo")
                # (not "flera föreningar": no name, the kind of them only)
                and not self._kind_only(o, toks)
            ]
            if not orgs and (unnamed := self._unnamed_subject(toks, i)) is not None:
                orgs = [unnamed]
            if not orgs:
                continue
            org = orgs[-1]
            later = [b for b in bodies if b.start > t.end]
            for b in later:
                if b.case in ("ine", "nom", "ill") or self.lex.lang == "sv":
                    out.append(
                        Finding(
                            "membership",
                            _of_body(org, b),
                            "representation",
                            b,
                            (sentence.start, sentence.end),
                            0.75,
                            "text-represented",
                        )
                    )
        return out

    def _representation_in(
        self, sentence: Sentence, toks: list[Token], bodies: list[Mention]
    ) -> list[Finding]:
        """ "…ohjausryhmän sekä asiantuntijaryhmän toimintaan, joissa on mukana järjestöjen
        edustus", "Työryhmässä on Hyte ry:n edustus" (Finnish): the representation of the
        organisations in the genitive before "edustus", in the body in the inessive before
        the verb, or in the bodies a relative "jossa" (the last one) or "joissa" (those joined
        right before it) points back to."""
        if not self.r.finnish:
            return []
        out: list[Finding] = []
        for i, t in enumerate(toks):
            if t.text.casefold() != "edustus" or i < 3:
                continue
            g = i - 1
            # the verb, perhaps "mukana" or "myös" after it, then the party in the genitive
            v = next(
                (
                    v
                    for v in range(g - 1, max(0, g - 8), -1)
                    if toks[v].text.casefold() in ("on", "oli")
                ),
                0,
            )
            p0 = v + 1
            while p0 < g and toks[p0].text.casefold() in ("mukana", "myös", "aina"):
                p0 += 1
            if v < 1 or any(not x.is_word for x in toks[p0:i]):
                continue
            party = next(
                (
                    o
                    for o in self.r.organisations(toks[p0:i])
                    if o.start == toks[p0].start and o.end == toks[g].end
                ),
                None,
            )
            if party is None:
                if p0 != g or not toks[g].text.islower() or not self._plural_genitive(toks[g].text):
                    continue
                written = f"{toks[g].text} {t.text}"
                party = Mention(toks[g].start, t.end, written, written, "collective", 0.5)
            where: list[Mention] = []
            pronoun = toks[v - 1].text.casefold()
            if pronoun in ("jossa", "joissa") and v >= 3 and toks[v - 2].text == ",":
                before = [b for b in bodies if b.end <= toks[v - 2].start]
                if pronoun == "jossa" or not before:
                    where = before[-1:]
                else:
                    # the bodies joined by "ja", "sekä" or commas right before the pronoun
                    where = [before[-1]]
                    for b in reversed(before[:-1]):
                        gap = sentence.text[
                            b.end - sentence.start : where[0].start - sentence.start
                        ]
                        if not re.fullmatch(r"\s*(?:,|ja|sekä)\s*", gap):
                            break
                        where.insert(0, b)
                    if sentence.text[
                        where[-1].end - sentence.start : toks[v - 2].start - sentence.start
                    ].split() not in ([], ["toimintaan"], ["työhön"], ["toimintaan", "ja"]):
                        where = where[-1:]
            else:
                where = [
                    b
                    for b in bodies
                    if b.case == "ine" and not b.plural and b.end == toks[v - 1].end
                ]
            quote = (sentence.start, sentence.end)
            for b in where:
                out.append(
                    Finding(
                        "membership",
                        _of_body(party, b),
                        "representation",
                        b,
                        quote,
                        0.6,
                        "text-edustus",
                    )
                )
        return out

    def _kind_only(self, org: Mention, toks: list[Token]) -> bool:
        """Whether an organisation the reader found names none, only their kind: in lower
        case but for the sentence's first word ("Flera föreningar", "monet yhdistykset")."""
        words = org.written.split()
        if len(words) > 3 or not self._UNNAMED_HEAD.fullmatch(words[-1]):
            return False  # "Hyte ry", "Testilän Eläkeläiset ry": a name and its legal form
        if any(w[:1].isupper() for w in words[1:]):
            return False
        if words[0][:1].islower() or words[0].casefold() in _QUANTITY_WORDS:
            return True
        # (the sentence's first word: "Flera föreningar …", but "Testby förening …")
        return org.start == toks[0].start and len(words) > 1 and self._plural_item(words[-1])

    def _plural_genitive(self, word: str) -> bool:
        """Whether a Finnish word is a plural's genitive ("järjestöjen", "yhdistysten"); by its
        ending where the rules read the word forms."""
        if self.r.morph.name == "rules":
            return re.search(r"(?:[ij]en|tten|iden|itten)$", word) is not None
        return any(a.case == "gen" and a.plural for a in self.r.morph.analyse(word))

    def _represented_where(
        self, toks: list[Token], i: int, bodies: list[Mention]
    ) -> tuple[Mention, int, int] | None:
        """The body a sentence names first as where organisations are represented, the word
        for it at token ``i``: "Ryhmässä ovat edustettuina …" (the inessive, then the verb),
        "I rådet är A och B representerade" (after "i"; the list between the verb and the
        word, or after the word: "I rådet finns representerade A och B"). The body and the
        tokens of the list (from, to), or None."""
        verbs = ("on", "ovat", "oli", "olivat", "är", "var", "finns", "fanns", "myös", "även")
        for b in bodies:
            if b.plural or b.end > toks[i].start:
                continue
            k = self._index_at(toks, b.start)
            after = next((x for x in range(k, i + 1) if toks[x].start >= b.end), i)
            if self.r.finnish:
                if b.case != "ine":
                    continue
                if all(toks[x].text.casefold() in verbs for x in range(after, i)):
                    return b, i + 1, len(toks)
                continue
            if k == 0 or toks[k - 1].text.casefold() != "i":
                continue
            v = after
            if v < i and toks[v].text.casefold() in verbs:
                v += 1
                if v == i:
                    return b, i + 1, len(toks)  # "I rådet finns representerade A och B"
                if v == after + 1:
                    return b, v, i  # "I rådet är A och B representerade"
        return None

    #: Words that open a list of organisations without being one ("muun muassa", "bl.a.").
    _LIST_OPENERS = frozenset(
        [
            "mm",
            "mm.",
            "muun",
            "muassa",
            "myös",
            "esimerkiksi",
            "esim",
            "esim.",
            "mukaan",
            "lukien",
            "bl.a.",
            "bland",
            "annat",
            "även",
            "också",
            "t.ex.",
            "till",
            "exempel",
            "exempelvis",
        ]
    )

    def _represented_items(self, toks: list[Token], lo: int, hi: int) -> list[Mention]:
        """The organisations of a list at tokens ``lo``..``hi`` ("Espoon kaupunki,
        Länsi-Uudenmaan hyvinvointialue ja järjestöt"), one an item between commas and "ja",
        "sekä", "och", "samt": an organisation or body the reader knows, a capitalised name
        (an organisation of no marker: "Folkhälsan", "PRO"), or the unnamed ones of a kind in
        lower case ("järjestöt", "seurakunta"). A person's name or an item of more than six
        words ends the list: it is no list of organisations."""
        items: list[list[Token]] = [[]]
        for t in toks[lo:hi]:
            if t.text in (",", ";", ".", "!", "?", ":") or t.text.casefold() in (
                "ja",
                "sekä",
                "och",
                "samt",
            ):
                items.append([])
            elif t.text.casefold() in self._LIST_OPENERS and not items[-1]:
                continue
            else:
                items[-1].append(t)
        out: list[Mention] = []
        for item in items:
            if not item:
                continue
            if len(item) > 6 or any(not x.is_word and x.text not in _DASHES for x in item):
                break
            last = len(item) - 1
            if self.r.person_at(item, 0, in_list=True) is not None:
                break
            known = self.r.organisation_at(item, last) or self.r.body_at(item, last)
            start, end = item[0].start, item[-1].end
            written = " ".join(x.text for x in item)
            if known is not None and known.start == start and known.end == end:
                out.append(known)
            elif all(x.text[:1].isupper() for x in item):
                out.append(Mention(start, end, written, written, "organisation", 0.5))
            elif item[0].text[:1].islower() and self._lower_case_party(item):
                kind = "collective" if self._plural_item(item[-1].text) else "organisation"
                out.append(Mention(start, end, written, written, kind, 0.5))
            else:
                break
        return out

    def _lower_case_party(self, item: list[Token]) -> bool:
        """Whether an item in lower case of an organisation list names a party by its kind
        ("järjestöt", "tekninen toimi", "föreningarna"): three words at most, no relative
        pronoun or conjunction, in Finnish its last word in the nominative ("laaja joukko
        toimijoita", "jotka tekevät …" are not)."""
        if len(item) > 3:
            return False
        if any(x.text.casefold() in _CLAUSE_WORDS for x in item):
            return False
        if not self.r.finnish or self.r.morph.name == "rules":
            return True
        return any(a.case == "nom" for a in self.r.morph.analyse(item[-1].text))

    def _plural_item(self, word: str) -> bool:
        """Whether the last word of an organisation list's item is a plural ("järjestöt",
        "föreningarna", "kommuner")."""
        if self.r.finnish:
            return any(a.plural and a.case == "nom" for a in self.r.morph.analyse(word)) or (
                self.r.morph.name == "rules" and word.endswith("t")
            )
        return bool(re.search(r"(?:erna|arna|orna|ner|er|ar|or)$", word.casefold()))

    #: The head of a subject naming organisations of a kind, none by name ("useampi järjestö",
    #: "seurakunnat", "flera föreningar").
    _UNNAMED_HEAD = re.compile(
        r"(?:järjestö|yhdistys|yhdistykse|seurakun|oppilaito|yrity|yrityks|puolue|toimij|"
        r"förening|organisation|kommun|parti|aktör|företag)\w*",
        re.I,
    )

    def _unnamed_subject(self, toks: list[Token], i: int) -> Mention | None:
        """ "Useampi järjestö on edustettuna …", "Flera föreningar är representerade …": the
        organisations a subject of one to three words names by their kind only, right before
        the verb that comes right before the word at token ``i``; a collective, or None."""
        v = i - 1
        if v < 1 or toks[v].text.casefold() not in ("on", "ovat", "oli", "olivat", "är", "var"):
            return None
        start = v
        while start > 0 and v - start < 3 and toks[start - 1].is_word:
            start -= 1
        while start < v and not (
            start == 0
            or not toks[start - 1].is_word
            or toks[start - 1].text.casefold() in ("ja", "och", "että", "att")
        ):
            start += 1  # the subject begins the clause
        words = toks[start:v]
        if not words or not self._UNNAMED_HEAD.fullmatch(words[-1].text):
            return None
        if any(x.is_cap for x in words[1:]):
            return None  # a name, not a kind
        written = " ".join(x.text for x in words)
        return Mention(words[0].start, words[-1].end, written, written, "collective", 0.5)

    def _represent_in_body(
        self,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        status: str,
        already: list[Finding],
        ctx: Context | None = None,
    ) -> list[Finding]:
        """ "Vanhusneuvostossa yhdistystä ovat edustaneet A ja B, varalla C ja D": the persons
        who represent an organisation in the body named in the inessive right before the verb
        are its members, the names after "varalla" its deputies."""
        if not self.r.finnish:
            return []
        given = {f.actor.name for f in already}
        out: list[Finding] = []
        for i, t in enumerate(toks):
            if not _REPRESENT_VERB.match(t.text) or i + 1 >= len(toks):
                continue
            # the body, then at most the organisation represented and "on"/"ovat"
            body = next(
                (
                    b
                    for b in bodies
                    if b.case == "ine"
                    and not b.plural
                    and b.end <= t.start
                    and 1 <= sum(1 for x in toks[:i] if x.start >= b.end) <= 3
                ),
                None,
            )
            if body is None and (
                subject := self._represents_in_body_after(toks, i, bodies, given, ctx)
            ):
                # "A edustaa johtokunnassa yhdistysten edustajana": the person right before
                # the verb, the body in the inessive right after it
                out.append(
                    self._fact(
                        subject[0],
                        "member",
                        subject[1],
                        (sentence.start, sentence.end),
                        0.7,
                        "text-represent",
                        status,
                    )
                )
                continue
            if body is None or any(x.start >= body.end and not x.is_word for x in toks[:i]):
                continue
            first = self._index_at(toks, body.start)
            if first > 0 and not toks[first - 1].is_word and toks[first - 1].end == body.start:
                # "NuvaPlus -hankkeen ohjausryhmässä" (a non-breaking hyphen): a dash the
                # reader did not take joins the body's name to a word before it; the name read
                # is cut, leave it
                continue
            quote = (sentence.start, sentence.end)
            members = self._names_from(toks, i + 1, False)
            if not members:
                continue
            for n in members:
                if n.name not in given:
                    out.append(self._fact(n, "member", body, quote, 0.7, "text-represent", status))
            k = next((x for x, u in enumerate(toks) if u.start >= members[-1].end), len(toks))
            if (
                k + 2 < len(toks)
                and toks[k].text in (",", "ja", "sekä")
                and toks[k + 1].text.casefold() == "varalla"
            ):
                for n in self._names_from(toks, k + 2, False):
                    if n.name not in given:
                        out.append(
                            self._fact(
                                n, "deputy_member", body, quote, 0.7, "text-represent", status
                            )
                        )
        return out

    def _titled_members(
        self,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
        status: str,
        already: list[Finding],
    ) -> list[Finding]:
        """ "Vaalivaliokunnan jäseniä ovat myös liittovaltuuston varapuheenjohtaja A ja
        hallituksen varapuheenjohtaja B": after a body in the genitive, "jäseniä" or "jäseninä"
        and "ovat" or "toimivat", each name of the list, a title in lower case before it (a
        post elsewhere), is a member of that body (Finnish)."""
        if not self.r.finnish:
            return []
        for i in range(1, len(toks) - 2):
            if toks[i].text.casefold() not in ("jäseniä", "jäseninä"):
                continue
            body = next((b for b in bodies if b.end == toks[i - 1].end and b.case == "gen"), None)
            if body is None or body.plural or toks[i + 1].text.casefold() not in _ARE:
                continue
            j = i + 2
            while j < len(toks) and toks[j].text.casefold() in ("myös", "lisäksi"):
                j += 1
            names: list[Mention] = []
            titled = 0
            while j < len(toks):
                x = j
                while (
                    x < len(toks)
                    and x - j < 4
                    and toks[x].is_word
                    and (
                        toks[x].text[:1].islower()
                        # "Talentian hallituksen …": an organisation's genitive in the title
                        or (
                            toks[x].text.endswith("n")
                            and x + 1 < len(toks)
                            and toks[x + 1].text[:1].islower()
                        )
                    )
                    and toks[x].text.casefold() not in ("ja", "sekä")
                ):
                    x += 1
                person = self.r.person_at(toks, x, in_list=True) if x < len(toks) else None
                if person is None:
                    break
                titled += x > j
                names.append(person)
                j = next((y for y in range(x, len(toks)) if toks[y].start >= person.end), len(toks))
                if j < len(toks) and toks[j].text in (",", "ja", "sekä"):
                    j += 1
                    continue
                break
            if not names or titled < len(names):
                continue  # names without titles: the role before them reads them
            body = self._resolve(body, ctx) or body
            if body.name[:1].islower():
                body = dataclasses.replace(body, name=body.name[:1].upper() + body.name[1:])
            held = {
                f.actor.name
                for f in already
                if f.role == "member" and f.target is not None and f.target.name == body.name
            }
            quote = (sentence.start, sentence.end)
            return [
                self._fact(n, "member", body, quote, 0.7, "text-titled-members", status)
                for n in names
                if n.name not in held
            ]
        return []

    def _represents_in_body_after(
        self,
        toks: list[Token],
        i: int,
        bodies: list[Mention],
        given: set[str],
        ctx: Context | None,
    ) -> tuple[Mention, Mention] | None:
        """The person named right before the verb at ``i`` ("edustaa") and the body named in
        the inessive singular right after it ("A edustaa johtokunnassa …"), or None."""
        body = next(
            (
                b
                for b in bodies
                if b.start == toks[i + 1].start and b.case == "ine" and not b.plural
            ),
            None,
        )
        if body is None or i == 0:
            return None
        person = self._person_ending_before(toks, i)
        if person is None or person.name in given:
            return None
        body = self._resolve(body, ctx) or body
        if body.name[:1].islower():  # "johtokunnassa": named as a body is
            body = dataclasses.replace(body, name=body.name[:1].upper() + body.name[1:])
        return person, body

    def _each_in_body(
        self, sentence: Sentence, toks: list[Token], bodies: list[Mention], status: str
    ) -> list[Finding]:
        """ "Jäseninä ovat olleet liikuntaryhmässä A, retkiryhmässä B ja toimikunnassa C": two
        or more bodies in the inessive, each right before a name, joined by commas or "ja" —
        each name is a member (or the role a word before the first body says) of the body
        right before it."""
        if not self.r.finnish:
            return []
        persons = self.r.persons(toks, in_list=True)
        starts = {p.start: p for p in persons}
        pairs: list[tuple[Mention, Mention]] = []
        for b in bodies:
            if b.case != "ine" or b.plural:
                continue
            k = next((x for x, t in enumerate(toks) if t.start >= b.end), len(toks))
            if k < len(toks) and toks[k].start in starts:
                pairs.append((b, starts[toks[k].start]))
        runs: list[list[tuple[Mention, Mention]]] = []
        for pair in pairs:
            if runs:
                last = runs[-1][-1][1]
                between = [t.text for t in toks if last.end <= t.start < pair[0].start]
                if between and all(w.casefold() in (",", "ja", "sekä") for w in between):
                    runs[-1].append(pair)
                    continue
            runs.append([pair])
        out: list[Finding] = []
        quote = (sentence.start, sentence.end)
        for run in runs:
            if len(run) < 2:
                continue
            role = "member"
            for t in toks:
                if t.start >= run[0][0].start:
                    break
                said = self.lex.role_of(t.text.casefold())
                if said in ("member", "deputy_member"):
                    role = said
            for body, person in run:
                out.append(self._fact(person, role, body, quote, 0.7, "text-each-in-body", status))
        return out

    # -- responsibility -----------------------------------------------------------------------

    def unit_in(self, toks: list[Token]) -> Mention | None:
        """The last unit a heading names ("Kasvun- ja oppimisen toimiala:")."""
        for j in range(len(toks), 0, -1):
            found = self._subject(toks, j)
            if found is not None and found.kind == "unit" and " " in found.name:
                return found
        return None

    def _member_of_the_association(self, toks: list[Token], a: int) -> bool:
        """Whether the member's word at ``a`` follows an association's bare word in the
        genitive, perhaps with an adjective or two between ("yhdistyksen pitkäaikainen jäsen",
        "föreningens trogna medlem"; not "yhdistyksen hallituksen jäsen": a body between)."""
        x = a - 1
        while x >= 0 and a - x <= 3 and toks[x].is_word:
            word = toks[x].text
            if _BARE_ASSOCIATION_OWNER.fullmatch(word):
                return True
            base = self.r._base(word) if self.r.finnish else word
            if not word.islower() or self.lex.body_kind(base.casefold()) is not None:
                return False
            x -= 1
        return False

    def _resolve(self, found: Mention | None, ctx: Context | None) -> Mention | None:
        """A body or unit named by its head word alone ("Ohjausryhmä", "Toimialalla") is the one
        the previous sentence or the heading named."""
        if found is None or ctx is None or " " in found.written.strip():
            return found
        if found.kind == "unit" and ctx.unit is not None:
            return ctx.unit
        if found.kind != "unit" and re.match(rf"^(?:{self.lex.anaphora})$", found.written, re.I):
            meant = ctx.recent or ctx.body or found
            if (
                ctx.body is not None
                and meant is not ctx.body
                and _names_kind_of(found.name, ctx.body.name)
                and not _names_kind_of(found.name, meant.name)
            ):
                # "Stadsstyrelsen har tillsatt … Rådet samverkar med …" on the page of "Rådet
                # för X": the word names the page's body, not the other body named last
                meant = ctx.body
            if (
                meant is not found
                and meant.kind in ("body", "board")
                and not self.r.finnish
                and _GROUP_WORD.search(found.name)
                and not _names_kind_of(found.name, meant.name)
            ):
                # "Förbundsstyrelsen beslutade … valdes till Miljögruppen. Till ordförande i
                # gruppen valdes A": a group's word names no board the text spoke of, but the
                # group it named
                return dataclasses.replace(found, name=found.name[:1].upper() + found.name[1:])
            if (
                meant is not found
                and meant.kind in ("body", "board")
                and _names_kind_of(found.name, self.lex.board)
                and not _names_kind_of(found.name, meant.name)
                and _GROUP_WORD.search(meant.name)
            ):
                # "Ungdomsgruppen höll årsmöte … Ordförande i styrelsen blev A": a group's
                # board is a body of its own, not the group the text spoke of
                return found
            if (
                meant is not found
                and meant.kind in ("programme", "project")
                and _names_kind_of(found.name, self.lex.board)
            ):
                # "… järjestää yhteistä ohjelmaa … Hallitukseen valittiin A": a programme or a
                # project has no board of its own to point back to; the word names a board
                return found
            if (
                meant is not found
                and meant.kind in ("registered_association", "ngo")
                and _names_kind_of(found.name, self.lex.board)
            ):
                # "Yhdistyksen puheenjohtajaksi valittiin A. Hallitukseen valittiin B ja C":
                # an association's board is a body of its own; its members are not the
                # association's (every member is)
                return dataclasses.replace(found, name=found.name[:1].upper() + found.name[1:])
            if (
                meant is not found
                and self.r.finnish
                and meant.kind in ("body", "board")
                and _names_kind_of(self.lex.board, meant.name)
                and not _names_kind_of(found.name, meant.name)
                and not _names_kind_of(found.name, self.lex.board)
                and re.search(r"(?i)toimikun|työryhm|jaost", found.name)
            ):
                # "SKKY:n hallitus valitsi … Koulutuksesta vastaavaan toimikuntaan valittiin A,
                # B": a committee or a working group is a body of its own, not the board named
                # before (which may have set it up)
                return dataclasses.replace(found, name=found.name[:1].upper() + found.name[1:])
            if meant is ctx.elected_for and meant is not None and found.kind != meant.kind:
                # "… valdes till ordförande för Finlands Röda Kors. Till styrelsen valdes även
                # A": the organisation's board, a body of its own
                return dataclasses.replace(found, name=found.name[:1].upper() + found.name[1:])
            return meant
        return found

    def _subject(self, toks: list[Token], verb: int, ctx: Context | None = None) -> Mention | None:
        """The actor at the beginning of the sentence, before the verb: a unit, a body or an
        organisation ("Elinvoiman tulosalue vastaa ...", "Kasvun ja oppimisen toimialalla on
        ...")."""
        if verb == 0:
            return None
        if verb == 1 and ctx is not None and self._pronoun(toks):
            return self.pronoun_means
        head = toks[verb - 1]
        base = self.r._base(head.text) if self.lex.lang == "fi" else head.text
        low = base.casefold()
        if self.unit_re.search(low):
            start = verb - 1
            k = verb - 2
            while k >= 0 and (
                toks[k].text.casefold() in ("ja",)
                or toks[k].text.endswith("-")
                or (toks[k].text[:1].isalpha() and self._genitive(toks[k].text))
            ):
                start = k
                k -= 1
            while start < verb - 1 and toks[start].text.casefold() in ("ja",):
                start += 1
            words = [t.text for t in toks[start:verb]]
            words[-1] = base
            name = " ".join(words)
            name = name[:1].upper() + name[1:]
            found = Mention(
                toks[start].start,
                head.end,
                " ".join(t.text for t in toks[start:verb]),
                name,
                "unit",
                0.65,
            )
            return self._resolve(found, ctx)
        body = self.r.body_at(toks, verb - 1)
        if body is not None:
            return self._short_form(self._resolve(body, ctx), ctx)
        return self.r.organisation_at(toks, verb - 1)

    def _short_form(self, found: Mention | None, ctx: Context | None) -> Mention | None:
        """A body named by one word that is the head of the body the page is about
        ("Hyvinvointiryhmä" under "Mäntyrannan kunnan hyvinvointiryhmä", "Välfärdsgruppen"
        under "Strandby välfärdsgrupp") is that body; None when the previous sentence named
        another body with the same head (either could be meant)."""
        if found is None or ctx is None or ctx.body is None or " " in found.written.strip():
            return found
        if found is ctx.body or found is ctx.recent or " " not in ctx.body.name:
            return found
        if not _head_of(found.name, ctx.body.name):
            return found
        recent = ctx.recent
        if (
            recent is not None
            and " " in recent.name
            and recent.name.casefold() != ctx.body.name.casefold()
            and _head_of(found.name, recent.name)
        ):
            return None
        return ctx.body

    def _lead_subject(self, toks: list[Token], upto: int, ctx: Context) -> Mention | None:
        """The body, unit or organisation a sentence begins with, in the nominative, alone
        before its verb ("Mäntyrannan kunnan hyvinvointiryhmä valmistelee …", "Gruppen bereder
        …"); None when it is one of two ("Ryhmä ja lautakunta valmistelevat …")."""
        if upto > 1 and self._pronoun(toks):
            return self.pronoun_means
        for k in range(1, min(upto, 8)):
            raw = self.r.body_at(toks, k - 1) or self.r.organisation_at(toks, k - 1)
            if raw is not None and raw.start != toks[0].start and self.lex.lang == "sv":
                raw = _with_owner(toks, raw)
            if raw is None or raw.start != toks[0].start:
                continue
            if self.r.body_at(toks, k) or self.r.organisation_at(toks, k):
                continue  # "Mäntyrannan kunnan hyvinvointiryhmä": the name goes on
            if self.lex.lang == "fi" and raw.case == "":
                last = raw.written.casefold().split()[-1]
                if last != raw.name.casefold().split()[-1]:
                    return None  # "Mäntyrannan kunnan …": not the subject
            nxt = toks[k].text
            if not nxt[:1].isalpha() or nxt.casefold() in _AND_OR:
                return None
            if raw.case not in ("", "nom"):
                return None
            if (
                self.lex.lang == "sv"
                and raw.written.casefold().endswith("s")
                and not (raw.name.casefold().endswith("s"))
            ):
                return None  # "Gruppens ...": a genitive
            return self._short_form(self._resolve(raw, ctx), ctx)
        return None

    def _pronoun(self, toks: list[Token]) -> bool:
        """The sentence begins with "Se" / "Den" and a verb other than "on" / "är" ("Se vastaa …",
        "Den samverkar med …"): the pronoun stands for the body the sentence before began with.
        "Det" (also "det är viktigt att …") and "Se on …" ("se on tärkeää …") stand for nothing."""
        if len(toks) < 2 or toks[0].text not in ("Se", "Den"):
            return False
        if toks[0].text != ("Se" if self.lex.lang == "fi" else "Den"):
            return False
        verb = toks[1].text
        if not (verb[:1].islower() and verb.isalpha() and verb not in _COPULAS):
            return False
        # "Den nya styrelsen …", "Se ryhmä …": an article before a body's name
        for k in (1, 2) if self.lex.lang == "sv" else (1,):
            m = self.r.body_at(toks, k) or self.r.organisation_at(toks, k)
            if m is not None and (self.lex.lang == "sv" or m.start == toks[1].start):
                return False
        return True

    def _sole_body(self, toks: list[Token], bodies: list[Mention]) -> bool:
        """Whether the body a sentence begins with is the only body or organisation it names,
        but for what "on" / "är" right after it says the body is ("Vanhusneuvosto on kaupungin
        vaikuttamistoimielin."): else a "Se" after it could stand for either ("Kunnanhallitus
        asettaa vanhusneuvoston. Se …"), and stands for none. ``bodies``: the sentence's
        bodies, as :meth:`Reader.bodies` gives them."""
        first = toks[0].start
        named = [*bodies, *self.r.organisations(toks)]
        lead = [m for m in named if m.start == first]
        others = [m for m in named if m.start != first]
        if not others:
            return True
        if not lead:
            return False
        after = next((k for k, t in enumerate(toks) if t.start >= min(m.end for m in lead)), None)
        if after is None or toks[after].text not in ("on", "är") or len(others) != 1:
            return False
        # the one body after "on" ends the clause: what the body is, not another it deals with
        rest = [t.text for t in toks if t.start >= others[0].end]
        return not rest or not rest[0][:1].isalpha() or rest[0] in ("joka", "jonka", "som")

    def _genitive(self, word: str) -> bool:
        return any(a.case == "gen" for a in self.r.morph.analyse(word)) or (
            self.r.morph.name == "rules" and word.endswith("n")
        )

    def _responsibility(
        self,
        text: str,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
    ) -> list[Finding]:
        out: list[Finding] = []
        resp = re.compile(rf"^(?:{self.lex.responsibility})$", re.I)
        lead = re.compile(rf"^(?:{self.lex.leadership})$", re.I)
        monitor = re.compile(rf"(?:{self.lex.monitoring})", re.I)
        quote = (sentence.start, sentence.end)
        for i, t in enumerate(toks):
            if resp.match(t.text):
                actor = self._subject(toks, i, ctx)
                if actor is None:
                    continue
                later = [b for b in bodies if b.start > t.end]
                target = later[0] if later else None
                if target is None:
                    target = self._document_after(toks, i + 1)
                if target is None:
                    continue
                after = text[target.end : target.end + 25]
                kind = (
                    "monitoring"
                    if monitor.search(after) or monitor.search(text[t.end : target.start])
                    else "responsibility"
                )
                out.append(
                    Finding(
                        kind,
                        actor,
                        "" if kind == "monitoring" else "responsible",
                        target,
                        quote,
                        0.7,
                        "text-responsibility",
                    )
                )
            elif lead.match(t.text) and t.text.casefold().startswith(("vetovastuu", "huvudansvar")):
                if (said := self._lead_held_by(toks, i, bodies, ctx)) is not None:
                    out.append(
                        Finding(
                            "responsibility",
                            said[0],
                            "leadership",
                            said[1],
                            quote,
                            0.7,
                            "text-leadership",
                        )
                    )
                    continue
                # "X:llä on (ollut) Y:n vetovastuu"
                actor = None
                for k in range(len(toks)):
                    if k < i and self.lex.lang == "fi" and toks[k].text.casefold() in ("on", "oli"):
                        actor = self._subject(toks, k, ctx)
                        break
                if actor is None:
                    continue
                # what is led comes after the verb: never the actor itself
                before = [b for b in bodies if b.end <= t.start and b.start > toks[k].start]
                if not before and (doc := self._document_after(toks, k + 1)) is not None:
                    before = [doc] if doc.end == toks[i - 1].end else []
                if not before:
                    continue
                out.append(
                    Finding(
                        "responsibility",
                        actor,
                        "leadership",
                        before[-1],
                        quote,
                        0.7,
                        "text-leadership",
                    )
                )
        return out

    def _lead_held_by(
        self, toks: list[Token], i: int, bodies: list[Mention], ctx: Context
    ) -> tuple[Mention, Mention] | None:
        """ "Y:n vetovastuu on X:llä": the body that has the lead (X, in the adessive, all
        that follows the verb) and what it leads (Y, the body or plan right before)."""
        if self.lex.lang != "fi" or i == 0 or i + 2 >= len(toks):
            return None
        k = i + 1
        if toks[k].text.casefold() not in ("on", "oli"):
            return None
        k += 1
        if toks[k].text.casefold() == "ollut":
            k += 1
        holder = next((b for b in bodies if k < len(toks) and b.start == toks[k].start), None)
        if holder is None or holder.case != "ade":
            return None
        rest = [x for x in toks if x.start >= holder.end]
        if rest and rest[0].text not in (".", "!"):
            return None  # "… on hyvinvointiryhmällä ja lautakunnalla": more than one
        what = next((b for b in bodies if b.end == toks[i - 1].end), None)
        if what is None:
            what = self._document_after(toks, 0)
            if what is None or what.end != toks[i - 1].end:
                return None
        actor = self._short_form(self._resolve(holder, ctx), ctx)
        return None if actor is None else (actor, what)

    def _document_after(self, toks: list[Token], i: int) -> Mention | None:
        doc = re.compile(
            r"(suunnitelma|kertomu[sk]|ohjelma|strategia|plan|berättelse|program|strategi)\w*$",
            re.I,
        )
        for k in range(i, min(len(toks), i + 8)):
            if doc.search(toks[k].text):
                base = self.r._base(toks[k].text) if self.lex.lang == "fi" else toks[k].text
                start = k
                while start > i and self._genitive(toks[start - 1].text):
                    start -= 1
                words = [t.text for t in toks[start:k]] + [base]
                return Mention(
                    toks[start].start,
                    toks[k].end,
                    " ".join(t.text for t in toks[start : k + 1]),
                    " ".join(words),
                    "document",
                    0.55,
                )
        return None

    # -- participation ------------------------------------------------------------------------

    def _participation(
        self, sentence: Sentence, toks: list[Token], bodies: list[Mention], ctx: Context
    ) -> list[Finding]:
        """ "X osallistuu Y:n toimintaan", "Y:hyn osallistuu myös X", "X deltar i Y"."""
        if not self.lex.participates:
            return []
        verb = re.compile(rf"^(?:{self.lex.participates})$", re.I)
        quote = (sentence.start, sentence.end)
        out: list[Finding] = []
        for i, t in enumerate(toks):
            if not verb.match(t.text):
                continue
            before = [b for b in bodies if b.end <= t.start]
            into = before[-1] if before and i > 0 and before[-1].end == toks[i - 1].end else None
            if into is not None and into.case == "ill":
                # "Ohjausryhmään osallistuu myös Länsi-Uudenmaan hyvinvointialue."
                body = self._resolve(into, ctx) or into
                for j in range(i + 1, len(toks)):
                    actor = self.r.organisation_at(toks, j) or self.r.body_at(toks, j)
                    if actor is not None and actor.start > t.end:
                        out.append(
                            Finding(
                                "membership",
                                actor,
                                "participant",
                                body,
                                quote,
                                0.65,
                                "text-participates",
                            )
                        )
                        break
                continue
            subject = self._subject(toks, i, ctx)
            if subject is not None:
                for b in (b for b in bodies if b.start > t.end):
                    out.append(
                        Finding(
                            "membership",
                            subject,
                            "participant",
                            b,
                            quote,
                            0.65,
                            "text-participates",
                        )
                    )
        return out

    # -- cooperation --------------------------------------------------------------------------

    def _cooperation(
        self,
        text: str,
        sentence: Sentence,
        toks: list[Token],
        bodies: list[Mention],
        ctx: Context,
    ) -> list[Finding]:
        coop = re.compile(rf"^(?:{self.lex.cooperation})$", re.I)
        with_word = re.compile(rf"^(?:{self.lex.cooperation_with})$", re.I)
        out: list[Finding] = []
        for i, t in enumerate(toks):
            together = t.text.casefold() in ("yhdessä", "tillsammans")
            if together:
                # "yhdessä Y:n kanssa", "tillsammans med Y": only with the partner right there
                partner = self._together_partner(toks, i, with_word)
                adverbial = True
            elif not coop.match(t.text):
                continue
            elif self.lex.lang == "fi":
                w = next(
                    (
                        k
                        for k in range(i + 1, min(len(toks), i + 12))
                        if with_word.match(toks[k].text)
                    ),
                    None,
                )
                if w is None:
                    continue
                partner = self._partner_before(toks, w, i + 1)
                adverbial = t.text.casefold().endswith("yhteistyössä")
            else:
                w = next(
                    (
                        k
                        for k in range(i + 1, min(len(toks), i + 3))
                        if with_word.match(toks[k].text)
                    ),
                    None,
                )
                if w is None:
                    continue
                partner = self._partner_after(toks, w + 1)
                # "i samarbete med Y", "i samverkan med Y"
                adverbial = i > 0 and toks[i - 1].text.casefold() == "i"
            if partner is None:
                continue
            if adverbial and any(
                x.text[:1].islower() and _DONE_TO[self.lex.lang].fullmatch(x.text) for x in toks[:i]
            ):
                # "Vammaisneuvosto on muodostettu yhdessä Y:n kanssa": what was done to the
                # body, by someone else, with Y
                continue
            actor = None
            if self.lex.lang != "fi" and _COOPERATES.fullmatch(t.text):
                # "Rådet samarbetar med Y", "Rådet samverkar med Y": the verb's own subject,
                # never that of a verb before it
                actor = self._subject(toks, i, ctx)
                if actor is None:
                    continue
            for k in range(0, i if actor is None else 0):
                if toks[k].text.casefold() in (
                    "tekee",
                    "tekevät",
                    "jatkaa",
                    "jatkavat",
                    "on",
                    "tehdään",
                    "samarbetar",
                    "har",
                    "är",
                    "fortsätter",
                    "jatkuu",
                ):
                    actor = self._subject(toks, k, ctx)
                    break
            if actor is None and adverbial:
                # "X valmistelee … yhteistyössä Y:n kanssa": the body the sentence begins with
                actor = self._lead_subject(toks, i, ctx)
            if actor is None:
                continue
            for each in self._coordinated(toks, partner):
                if actor.name.casefold() == each.name.casefold():
                    continue
                out.append(
                    Finding(
                        "cooperation",
                        actor,
                        "",
                        each,
                        (sentence.start, sentence.end),
                        0.65,
                        "text-cooperation",
                    )
                )
        return out

    def _coordinated(self, toks: list[Token], partner: Mention) -> list[Mention]:
        """The partners a cooperation names joined by "ja" / "och" ("Y:n ja Z ry:n kanssa",
        "med Y och med Z"): each its own partner when each is a body or an organisation of its
        own; else the one partner."""
        idx = [k for k, t in enumerate(toks) if partner.start <= t.start and t.end <= partner.end]
        joins = [k for k in idx if toks[k].text.casefold() in ("ja", "och")]
        if len(joins) == 1 and joins[0] > idx[0]:
            k = joins[0]
            left = self.r.organisation_at(toks, k - 1) or self.r.body_at(toks, k - 1)
            right = self.r.organisation_at(toks[k + 1 :], idx[-1] - k - 1)
            if (
                left is not None
                and right is not None
                and left.start == partner.start
                and right.start == toks[k + 1].start
                and left.kind != right.kind
            ):
                # "Itä-Kuusimaan hyvinvointialueen ja Kylälän Eläkkeensaajat ry": a county and
                # an association, never one name
                return [left, right]
        if self.lex.lang == "fi":
            return [partner]
        after = [k for k, t in enumerate(toks) if t.start >= partner.end]
        if len(after) >= 2 and toks[after[0]].text.casefold() in ("och", "samt"):
            k = after[0] + 1 + (toks[after[0] + 1].text.casefold() == "med")
            if k < len(toks):
                more = self.r.organisation_at(toks, k) or self._partner_after(toks, k)
                owner = k + 1 < len(toks) and re.fullmatch(r"[a-zåäö]{3,}s", toks[k].text)
                if more is not None and (
                    more.start == toks[k].start or (owner and more.start == toks[k + 1].start)
                ):
                    # "med Y och med Z", "med Y och Z", "och med stadens ungdomsfullmäktige": the
                    # second partner right after the join
                    return [partner, more]
        return [partner]

    def _together_partner(self, toks: list[Token], i: int, with_word) -> Mention | None:
        """The partner of "yhdessä Y:n kanssa" / "tillsammans med Y": a body or organisation
        right after "yhdessä" and right before "kanssa" (Finnish), right after "med"
        (Swedish); None otherwise ("yhdessä kokouksessa", "yhdessä muiden kanssa")."""
        if self.lex.lang == "fi":
            for w in range(i + 2, min(len(toks), i + 8)):
                if with_word.match(toks[w].text):
                    partner = self._partner_before(toks, w, i + 1)
                    if partner is not None and partner.start == toks[i + 1].start:
                        return partner
                    return None
            return None
        if i + 2 < len(toks) and with_word.match(toks[i + 1].text):
            return self.r.organisation_at(toks, i + 2) or self._partner_after(toks, i + 2)
        return None

    def _partner_before(self, toks: list[Token], w: int, lo: int) -> Mention | None:
        j = w - 1
        if j < lo:
            return None
        org = self.r.organisation_at(toks, j)
        if org is not None:
            return org
        body = self.r.body_at(toks, j)
        if body is not None:
            return body
        return None

    def _partner_after(self, toks: list[Token], i: int) -> Mention | None:
        for j in range(i, min(len(toks), i + 8)):
            org = self.r.organisation_at(toks, j)
            if org is not None:
                org = _with_direction(toks, org)
                body = self.r.body_at(toks, j + 1) if j + 1 < len(toks) else None
                if (
                    body is not None
                    and body.start == toks[j + 1].start
                    and toks[j].text.endswith("s")
                    and toks[j + 1].start - toks[j].end == 1
                ):
                    # "med Östra Nylands välfärdsområdes äldreråd": the body of the
                    # organisation in the genitive, named with it
                    return dataclasses.replace(
                        body,
                        start=org.start,
                        written=f"{org.written} {body.written}",
                        name=f"{org.written} {body.name}",
                    )
                return org
            body = self.r.body_at(toks, j)
            if body is not None:
                return body
        return None


#: A passive verb ("muodostettu", "perustettiin", "järjestetään"; "bildades", "ordnas"): the
#: sentence says what was done to its subject.
_DONE_TO = {
    "fi": re.compile(r"(?i)\w{3,}(?:ttu|tty|ttuna|ttyinä|ttiin|taan|tään)"),
    "sv": re.compile(r"(?i)\w{3,}(?:ades|ats|des|tes|ts|as)"),
}

#: A family's genitive ("suvun", "suvumme"): whose member a member's word after it is.
_FAMILY_GENITIVE = re.compile(r"(?i)suvu(?:n|mme|nne)")
#: "A:n tilalle B", "A:n sijaan B": B in A's place, after the one replaced.
_IN_PLACE_OF = re.compile(r"[ \t]+(?:tilalle|sijaan)[ \t]+(?=[A-ZÅÄÖ])")
#: The verbs after which "Se" / "Den" begins no statement about a body ("Se on tärkeää …").
#: The word after a predecessor's name in the genitive ("A:n seuraajaksi", "B:n seuraajana").
_PREDECESSOR_AFTER = re.compile(r"[ \t]+seuraaj(?:aksi|ana|akseen)(?![\w-])", re.I)
_COPULAS = frozenset({"on", "oli", "olisi", "ovat", "är", "var", "blir", "blev"})

#: A Swedish verb of cooperation, its subject the one that cooperates ("samarbetar med").
_COOPERATES = re.compile(r"(?i)samarbetar|samverkar")

#: A Swedish direction word that begins a region's or an organisation's name ("Västra Nylands
#: välfärdsområde", "Östra Nylands Pensionärer rf").
_DIRECTION = re.compile(
    r"(?:Västra|Östra|Norra|Södra|Mellersta|Nordvästra|Nordöstra|Sydvästra|Sydöstra)"
)


def _dated_tail(toks: list[Token], j: int) -> tuple[int, bool] | None:
    """A date and a word saying the seat ended or began then, from token ``j`` ("7.9 asti",
    "7.9.2021 alkaen", "1.3. saakka"): the token after it and whether it ended; else ``None``."""
    x = j
    parts = 0
    while x < len(toks) and parts < 3 and toks[x].text.isdigit() and len(toks[x].text) <= 4:
        parts += 1
        x += 1
        if x < len(toks) and toks[x].text == "." and parts < 3:
            x += 1
    if parts < 2 or x >= len(toks):
        return None
    word = toks[x].text.casefold()
    if word in ("asti", "saakka"):
        return x + 1, True
    if word in ("alkaen", "lähtien"):
        return x + 1, False
    return None


def _with_direction(toks: list[Token], org: Mention) -> Mention:
    """``org`` with the direction word right before it, which a name's reading leaves out."""
    before = [t for t in toks if t.end <= org.start]
    if not before or not _DIRECTION.fullmatch(before[-1].text):
        return org
    d = before[-1]
    if org.start - d.end != 1:
        return org
    return dataclasses.replace(
        org, start=d.start, written=f"{d.text} {org.written}", name=f"{d.text} {org.name}"
    )


def _with_owner(toks: list[Token], body: Mention) -> Mention:
    """A Swedish body with the owners in the genitive that begin the sentence before it
    ("Pargas stads äldreråd", "Sjöviks kommuns äldreråd"), which a body's reading leaves
    out."""
    owners = [t for t in toks if t.end <= body.start]
    if not 1 <= len(owners) <= 3 or not owners[0].text[:1].isupper():
        return body
    if not all(t.is_word and t.text.endswith("s") and len(t.text) > 2 for t in owners):
        return body
    if any(b.start - a.end != 1 for a, b in zip(owners, [*owners[1:], body], strict=True)):
        return body
    words = " ".join(t.text for t in owners)
    return dataclasses.replace(
        body,
        start=owners[0].start,
        written=f"{words} {body.written}",
        name=f"{words} {body.name}",
    )


#: Words that join a second subject to the first.
_AND_OR = frozenset(("ja", "sekä", "tai", "och", "samt", "eller"))


#: A group's or working group's word ("Ungdomsgruppen", "Nuorisoryhmä"): a body whose board,
#: when the text speaks of one, is a body of its own.
_GROUP_WORD = re.compile(r"(?i)grupp|ryhm")


def _names_kind_of(word: str, name: str) -> bool:
    """Whether a body's bare word ("Rådet", "Gruppen", "Neuvosto") is the kind of body ``name``
    is: its stem is in a word of the name ("Rådet för X", "Äldrerådet", "Kylälän
    vanhusneuvosto", "Stadsstyrelsen")."""
    stem = word.casefold()
    stem = re.sub(r"(?:et|en|n)$", "", stem) if len(stem) > 5 else stem
    if len(stem) < 3:
        return False
    return any(stem in w for w in name.casefold().split())


def _body_ending_at(bodies: list[Mention], tok: Token) -> Mention | None:
    """The body (no plural) whose name ends with ``tok``, the word before a relative pronoun
    ("… valitsi juhlatoimikunnan, johon …", "… en ersättningskommitté som består av …")."""
    return next((bb for bb in bodies if not bb.plural and bb.end == tok.end), None)


def _head_of(short: str, name: str) -> bool:
    """Whether ``short`` is the head word of ``name``, also with a Swedish definite ending
    ("Hyvinvointiryhmä", "Mäntyrannan kunnan hyvinvointiryhmä"; "Välfärdsgruppen", "Strandby
    välfärdsgrupp")."""
    a, b = short.casefold(), name.casefold().split()[-1]
    return a == b or (a.startswith(b) and a[len(b) :] in ("en", "et", "n"))


def _in_number(toks: list[Token], x: int) -> bool:
    """Whether the full stop at ``x`` is inside a date or a number ("10.4.2024")."""
    return (
        0 < x < len(toks) - 1
        and toks[x - 1].text.isdigit()
        and toks[x + 1].text.isdigit()
        and toks[x - 1].end == toks[x].start
        and toks[x].end == toks[x + 1].start
    )


def _former_title(toks: list[Token], b: int, person: Mention, former: re.Pattern[str]) -> bool:
    """Whether a word of a time before ("silloinen", "dåvarande") stands in the one or two
    lower-case words right before ``person``, after the role word at token ``b``: the
    holder's title then ("oli silloinen kunnanjohtaja A")."""
    before = [t for t in toks if toks[b].end <= t.start and t.end <= person.start][-2:]
    return (
        bool(before)
        and all(t.text[:1].islower() for t in before)
        and any(former.match(t.text) for t in before)
    )


def _one_of_elided(short: str, full: str) -> bool:
    """Whether a one-word body name is one of the bodies a name with an elided compound
    joins ("Vanhusneuvosto" of "Vanhus- ja vammaisneuvosto")."""
    one, words = short.casefold(), full.casefold().split()
    if " " in one or len(words) < 3 or not words[0].endswith("-"):
        return False
    stem = words[0][:-1]
    rest = one[len(stem) :]
    return one.startswith(stem) and len(rest) >= 4 and words[-1].endswith(rest)


def _same_head(a: str, b: str) -> bool:
    """Two body names with the same last word ("Nuorisovaltuusto", "Hyvinvointialueen
    nuorisovaltuusto")."""
    wa, wb = a.casefold().split(), b.casefold().split()
    return bool(wa) and bool(wb) and wa[-1] == wb[-1]


def _word_before(toks: list[Token], start: int) -> str:
    """The word just before ``start`` ("" at the sentence's beginning)."""
    before = [t.text for t in toks if t.end <= start]
    return before[-1] if before else ""


#: A council that speaks for a group of residents ("nuorisovaltuusto", "vanhusneuvosto",
#: "ungdomsfullmäktige", "äldreråd"): its representatives elsewhere only speak there.
_INFLUENCE = re.compile(
    r"(?:nuoriso|vanhus|vammais|vanhus-\s+ja\s+vammais|ungdoms|äldre|funktionshinder|"
    r"pensionärs)(?:valtuusto|neuvosto|fullmäktige|råd)\w*$"
)


def _influence_delegate(seat: bool, organ: Mention | None, ctx: Context) -> Mention | None:
    """The council whose member a seat held "for" it really is (see :data:`_INFLUENCE`): when
    the seat is in an organ of the municipality (a committee, the council) and the organ it
    is held for is such a council; else None."""
    if not seat or organ is None or ctx.body is None:
        return None
    if not _INFLUENCE.search(organ.name.casefold()) or _INFLUENCE.search(ctx.body.name.casefold()):
        return None
    return dataclasses.replace(organ, name=organ.name[:1].upper() + organ.name[1:])


__all__ = ["SentenceReader"]


#: A Finnish compound of a board's word and a member's ("hallitusjäseniä", "johtokuntajäsen").
_FI_COMPOUND_MEMBER = re.compile(r"(hallitus|johtokunta)jäsen(?!yy|mää)\w*")


def _word_after(toks: list[Token], end: int) -> str:
    """The word just after ``end`` ("" at the sentence's end)."""
    return next((t.text for t in toks if t.start >= end), "")

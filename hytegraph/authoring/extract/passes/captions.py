"""The walker's passes over photo captions, portraits and cards: names in a caption's rows, a
portrait's roles, contact and photo cards with the office under the name, appositions."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import chain

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.findings import Context, Finding, Walk
from hytegraph.authoring.extract.lexicon import TREASURER_WORDS
from hytegraph.authoring.extract.lists import _CAPTION, AUDITOR, _membership
from hytegraph.authoring.extract.mentions import Mention, tokens
from hytegraph.authoring.extract.passes.common import (
    _BULLET_RUN,
    _CARD_NAME,
    _NO_SEATS,
    _PERSON_PARTY,
    _SUB_COMMITTEE_HEAD,
    _definite,
    _seats_held,
)
from hytegraph.authoring.extract.places import place_of
from hytegraph.authoring.extract.segment import (
    Line,
    Paragraph,
    contact_line,
    end_at,
    lines,
    sentences,
)
from hytegraph.authoring.extract.sentences import SentenceReader

#: a bullet line's item ("• Christina Ek"), of a run of them
_BULLET_ITEM = re.compile(r"(?m)^[ \t]*[•*-][ \t]*\S[^\n]*")


#: Where one entry of a caption's run of names ends: a comma, a bracket, a full stop, a line
#: break or the word joining the last two names.
_NEXT_IN_RUN = re.compile(r"[,()\n.!?;:]|\s(?:och|samt|ja|sekä)\s")


#: The dots over a vowel, which a caption may add or lose ("Äino" for "Aino").
_UNDOTTED = str.maketrans("äöå", "aoa")


def _seat_key(name: str) -> str:
    """A person's name as a caption and the page's list are compared: spaces, case and the
    dots over a vowel aside (a caption's "Äino Ek" is the list's "Aino Ek")."""
    return " ".join(name.split()).casefold().translate(_UNDOTTED)


def _same_bare(a: str, b: str) -> bool:
    """Whether two body names in lower case are one ("styrelse", "styrelsen")."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in ("", "n", "en", "et", "t")


#: A word of a person's name printed alone on a card's line ("Aino", "Mäki-Saari").
_CARD_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü'-]+")
#: "från vänster", "fr.v.", "(fr.v)", "vasemmalta oikealle", "vas.": a photo's order of names.
_FROM_LEFT = (
    r"(?:(?:från|fr\.?)\s+vänster(?:\s+till\s+höger)?|\(?fr\.[ \t]?v\.?\)?|"
    r"\(?vasemmalta(?:\s+(?:lukien|oikealle))?\)?|\(?vas\.?\)?)"
)
#: A row of a group photo: "Övre raden", "i bakre raden", "Takarivissä", "Ylärivi",
#: "Stående", "Istumassa" (the last only before a colon or the order of names: "Sittande
#: ordförande" is the chair in office).
_PHOTO_ROW = (
    r"(?:(?:i[ \t]+)?(?:övre|undre|nedre|främre|bakre|mellersta|mittersta|översta|nedersta|"
    r"bakersta|främsta|första|andra|tredje)[ \t]+raden|(?:ylä|ala|keski|taka|etu)rivi(?:ssä|llä)?|"
    r"(?:ensimmäise|toise|kolmanne)ssa[ \t]+rivissä|"
    r"(?:stående|sittande|seisomassa|istumassa|takana|edessä)(?=[ \t]*(?::|" + _FROM_LEFT + r")))"
)
#: A row's label with the order of names before or after it: "Från vänster bakre raden:",
#: "Undre raden (fr.v)", "Ylärivi: vasemmalta", "(vasemmalta ylärivissä):".
_ROW_LABEL = (
    rf"(?:\(?{_FROM_LEFT}[ \t]+{_PHOTO_ROW}\)?|{_PHOTO_ROW}(?:[ \t]*:?[ \t]*{_FROM_LEFT})?)"
)
#: The next row of the same photo after a row's names: ". Övre raden (fr.v.) ".
_NEXT_ROW = re.compile(rf"(?i)\.[ \t]+{_ROW_LABEL}[ \t]*:?[ \t]*")
#: A line that opens with a photo's row and a colon ("Främre raden: A, B", "Takarivissä: C").
_ROW_LINE = re.compile(rf"(?im)^[ \t]*{_ROW_LABEL}[ \t]*:")
#: "… nyvalda styrelse, från vänster: A, B och C": a caption naming a body's persons.
#: Also "Den nya styrelsen 2017-18. Fr v A, B (ordf), …": the body in a short sentence of its
#: own, then the abbreviated label without its dots; "Styrelsen för X. Övre raden: A, B. Nedre
#: raden: C, D": the photo's rows, one after the other ("På bilden: X:s valberedning: Undre
#: raden (fr.v) …", "X ry:n hallitus: Takarivissä vas. …": a caption's lead before the body, a
#: Finnish genitive's colon).
_LEFT_TO_RIGHT = re.compile(
    r"(?im)^(?:(?:på[ \t]+bilden|kuvassa|bild(?:en)?|kuva|foto)[ \t]*:[ \t]*)?"
    r"(?P<head>(?:[^\n.:]|:(?=n(?!\w))){3,120}?)(?:[ \t]*:[ \t]*|\s*(?P<sep>[,.]?)\s*)(?<![\w-])"
    rf"(?P<from>{_ROW_LABEL}|(?:från|fr\.?)\s+vänster|"
    r"fr\.\s*v\.|fr[ \t]v(?=[ \t]+(?-i:[A-ZÅÄÖ]))|"
    r"vasemmalta(?:\s+lukien)?|kuvassa\s+vasemmalta|"
    # "Kylän nuorisovaltuutetut. (vas) A, B …": the label abbreviated in parentheses
    r"\(vas\.?\)(?=[ \t]+(?-i:[A-ZÅÄÖ])))\s*:?\s*"
)
#: A caption's head ending in the members' title of a council ("Kylän kirkkovaltuutetut",
#: "Nuorisovaltuutetut"): the people of that council ("kirkkovaltuusto")
_COUNCILLORS_HEAD = re.compile(r"(?i)(?<![\w-])(?P<kind>[\w-]{3,}valtuu)tetut$")
#: The sentence right after a caption's run naming who is missing from the photo: "Kuvasta
#: puuttuu D.", "D ja E puuttuvat kuvasta.", "D saknas på bilden."
_MISSING_AFTER = re.compile(
    r"\.[ \t]+(?:Kuvasta[ \t]+puuttu(?:u|vat)[ \t]+(?P<a>[A-ZÅÄÖ][^.\n]{2,80}?)|"
    r"(?P<b>[A-ZÅÄÖ][^.\n]{2,80}?)[ \t]+(?:puuttu(?:u|vat)[ \t]+kuvasta|saknas[ \t]+på[ \t]+"
    r"bilden)|"
    # "På bilden saknas nyvalde utbildningsansvarig Jan Durne.": the post before the name;
    # "Saknas på bilden gör A, B och C."
    r"På[ \t]+bilden[ \t]+saknas[ \t]+(?:[a-zåäö][\w-]*[ \t]+){0,3}(?P<c>[A-ZÅÄÖ][^.\n]{2,80}?)|"
    r"Saknas[ \t]+på[ \t]+bilden[ \t]+(?:gör|är)[ \t]+(?P<d>[A-ZÅÄÖ][^.\n]{2,80}?))"
    r"[ \t]*(?:[.\n]|$)"
)
#: "Kylän Marttojen johtokunta kokoontui talkoisiin. Kuvassa vasemmalta lukien A, B …",
#: "Styrelsen samlades på gården. Från vänster A, B …": a body's gathering in a sentence of its
#: own, then the photo's caption from the left
_GATHERED_LEFT_TO_RIGHT = re.compile(
    r"(?m)(?P<head>(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,3}[\w-]+)[ \t]+"
    r"(?:kokoontui|kokoontuivat|samlades|träffades)(?![\w-])[^\n.!?]{0,120}[.!?][ \t]+"
    r"[^\n.!?]{0,80}?(?<![\w-])(?P<from>vasemmalta(?:[ \t]+lukien)?|[Ff]rån[ \t]+vänster)"
    r"[ \t]*:?[ \t]*"
)
#: A capitalised word of a caption's item that is no name: a word in small letters after its
#: hyphen ("Punaisissa-sukissaan", "Kylä-juhlan")
_DESCRIBED = re.compile(r"[A-ZÅÄÖ][\w]*-[a-zåäö][\w-]*")
#: A meeting's word right after a body's in the genitive: "Johtokunnan kokous", "Styrelsens möte"
_MEETING_AFTER_BODY = re.compile(
    r"[ \t]+(?:kokous|kokouksessa|kokouksesta|kokoukseen|möte|mötet|sammanträde[nt]?)(?![\w-])"
)
#: A note in parentheses right after a caption's name ("(ordf)", "(revisor)", "(dold)")
_CAPTION_NOTE = re.compile(r"[ \t]*\(([^()\n]{1,30})\)")
#: An office an election gave, as a card's heading: "Puheenjohtajaksi valittiin", "Till ordförande
#: valdes", "Ordförande omvaldes".
_ELECTED_TO = re.compile(
    r"(?i)(?P<fi>[\w-]+ksi)\s+(?:valittiin|valitaan|nimettiin|nimitettiin)"
    r"|(?:till\s+|som\s+)?(?P<sv>[\w-]+(?:\s+[\w-]+)?)\s+(?:valdes|omvaldes|utsågs)"
)

#: A photo's caption that says whose picture it is in a sentence of its own: "Kuvassa
#: (vasemmalta ylhäältä) hallituksen jäsenet.", "På bilden (från vänster) styrelsens ledamöter."
_CAPTION_ROWS_LEAD = re.compile(
    r"(?i)(?<![\w-])(?:kuvassa|på\s+bilden)\b[^.\n]{0,40}?\s(?P<body>[\w-]+)\s+"
    r"(?:jäsenet|jäseniä|ledamöter|ledamöterna|medlemmar|medlemmarna)\s*\.\s+"
)
_PAREN_PARTY_REST = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*")
#: "Aho Aino Kylälä hallituksen jäsen, sihteeri": a line of a roster, two or three capitalised
#: words (a name, a town perhaps after it), then what the person is in lower case
_NAME_DUTY_LINE = re.compile(
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2})[ \t]+(?P<duty>[a-zåäö][^\n]*)"
)
#: "… 31.7.2016 saakka", "… 1.8.2016 lähtien": the date a seat began or ended, after the seat
_SEAT_DATE = re.compile(
    r"[ \t]+\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?:[ \t]+(?:saakka|asti|lähtien|alkaen))?$"
)
_OFFICER_RANK = {"chair": 0, "vice_chair": 1, "secretary": 2, "member": 3}
#: A job in one word, an agent noun ("Utvecklare", "Handläggare", "Kehittäjä", "Suunnittelija").
_AGENT_NOUN = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?:are|ja|jä)")
#: A heading over the contacts of an organisation's staff.
_STAFF_HEADING = re.compile(
    r"(?i)(?:henkilökunnan|henkilöstön|toimiston|työntekijöiden)\s+yhteystiedot|"
    r"henkilökunta|henkilöstö|työntekijät|personal(?:en)?|personalens\s+kontaktuppgifter|anställda"
)
#: "1:e vice ordförande, Kommunfullmäktige samt 1:e vice ordförande socialnämnden" over "Aino Ek
#: (S)": a card's post line, each post with its body, then the holder's line
_POST_BODY = re.compile(
    r"(?P<post>(?:\d:[ae][ \t]+)?[A-ZÅÄÖa-zåäö][a-zåäö]+(?:[ \t][a-zåäö]+)?),?[ \t]+"
    r"(?P<body>[A-ZÅÄÖa-zåäö][\w-]+)"
)
_CARD_HOLDER = re.compile(r"[ \t]*(?P<name>" + _PERSON_PARTY + r")[ \t]*$")
#: "Uusi hallitus vas. ", "Styrelsen från vänster: ": a photo caption led by the body it shows
_BODY_CAPTION = re.compile(
    r"(?im)^[ \t]*(?P<head>(?:[A-ZÅÄÖ]\w*[ \t]+){0,2}?[A-ZÅÄÖ]?\w+)[ \t]+"
    r"(?:vas\.|vasemmalta|fr\.[ \t]?v\.|från[ \t]+vänster)(?:[ \t]+(?:oikealle|till[ \t]+höger))?"
    r"[ \t]*:?[ \t]+"
)
#: "… kontakta någon av styrelsens medlemmar 2021" at a line's end: the body whose members
#: the list lines under it name
_MEMBERS_OF_LINE_END = re.compile(
    r"(?m)(?<![\w-])(?P<body>[a-zåäö]{4,}s)[ \t]+(?:medlemmar|ledamöter)"
    r"(?:[ \t]+(?:19|20)\d\d)?[ \t]*:?[ \t]*$"
)
_LINE = re.compile(r"[^\n]+")
#: A nominating committee's member on a card's office line ("Valberedare").
_NOMINATOR = re.compile(r"(?i)valberedare|valberedningsledamot")

#: The words a photo caption begins with, before the first name.
_CAPTION_LEAD = re.compile(
    r"(?i)\s*(?:foto(?:\s+på)?|bild(?:en)?(?:\s+på)?|på\s+bilden|kuva(?:ssa)?)"
    r"(?:\s+(?:från\s+vänster|vasemmalta)(?:\s+(?:till\s+höger|oikealle))?)?\s*:?\s+"
)

#: An ordinal before an office on a card ("I varapuheenjohtaja", "2. vice ordförande").
_ORDINAL_BEFORE = re.compile(r"^(?:I{1,3}|IV|\d\.?|[12]:a|första|andra)\s+", re.I)
#: A portrait's sentence about its one person: "Nyt hän on …", "Hän toimii myös …", "Hon är
#: också …".
_PORTRAIT = re.compile(
    r"\s*(?:(?:nyt|nykyisin|lisäksi|dessutom|i\s+dag|nu)\s+)?(?:hän|han|hon)\s+"
    r"(?:on|toimii|är|sitter)\s+(?:(?:myös|lisäksi|också|även|nyt|nu)\s+)?(?:som\s+)?",
    re.I,
)


#: Words of a party's name on a card's line ("Svenska Folkpartiet", "Finlands
#: Socialdemokratiska parti", "Kansallinen Kokoomus", "Suomen Keskusta").
_PARTY_LINE = re.compile(
    r"(?i)(?<![\w-])(?:\w*parti(?:et)?|\w*puolue\w*|\w*demokraa?t\w*|kokoomus\w*|centern|"
    r"keskusta|vihreät|gröna|liberalerna|perussuomalaiset|vasemmistoliitto|"
    r"vänsterförbundet)(?![\w-])"
)


#: ", puheenjohtaja", ", varapuheenjohtajaEija Ek": an office after a card's name, perhaps
#: with the next column's name glued to it
_CARD_PAIR_OFFICE = re.compile(
    r",[ \t]*(?P<office>[a-zåäö][a-zåäö \t]*?)"
    r"(?P<glued>[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2})?[ \t]*"
)
#: A word of prose or of a heading on a line of a card's details: small letters alone
#: ("säännöt", "nimi"), not an e-mail's or a web address's part
_PROSE_WORD = re.compile(r"(?<![\S])[a-zåäö]{2,}[.,:;]?(?!\S)")
#: The auditors' heading over their names, a line of its own ("Revisorer", "Tilintarkastajat").
_AUDITORS_HEAD = re.compile(r"(?i)(?:revisorer(?:na)?|(?:tilin|toiminnan)tarkastajat)[ \t]*:?")
#: A note in parentheses after a name to the line's end ("(t o m 4/10 2019)", "(adj.)").
_NOTE_TO_LINE_END = re.compile(r"[ \t]+\([^()\n]{1,40}\)[ \t]*")
#: A footnote's mark after a name to the line's end ("Bo Ek¹", "Bo Ek*").
_FOOTNOTE_MARK = re.compile(r"[¹²³⁴*]+[ \t]*")
_SUPERSCRIPT_END = re.compile(r"(?<=[a-zåäö])[¹²³⁴]+[ \t]*$")
#: A page's title of a body's work or make-up, the body in the genitive: "Styrelsens
#: arbete", "Rådets sammansättning".
_BODY_WORK_TITLE = re.compile(r"(?i)[\w-]+s[ \t]+(?:arbete|sammansättning|ledamöter)")
#: The most lines of prose that may stand between a page's title naming a body and the
#: people's cards it heads
_TITLE_PROSE_LINES = 12


#: ", vice ordförande" after a name to the line's end: the card's own office.
_COMMA_OFFICE_TO_END = re.compile(r"[ \t]*,[ \t]*([^,\n]{3,30}?)[ \t.]*")
#: The officers' seats an office line of a card gives.
_OFFICERS = ("chair", "vice_chair", "secretary")
#: A telephone number ending a card's line ("Sekreterare 036-123456").
_PHONE_END = re.compile(r"[ \t]+(?:(?:tel|tfn|mob)\.?[ \t]*)?\+?\d[\d ()/-]{5,}$", re.I)


class CaptionPasses:
    """Passes of the :class:`~hytegraph.authoring.extract.walker.Walker` (a mixin)."""

    def _repeated_name_cards(self, text: str, out: Walk) -> None:
        """ "Johtokunnan jäsenet kertovat, miksi ovat mukana:" / "Aino Ek" / "" / "Aino Ek" /
        "Olen mukana, koska …" / "Bo Lind" / "Bo Lind" / "Haluan …": right after a line ending
        in a colon, three cards or more, each a name alone on a line printed again on the next
        (a card's heading and its photo's caption; a blank line may stand between) and the
        person's own words after it. When the names of the cards the rules read seats for are
        all read in one body, each card's person no seat was read for is a member of it."""
        lines = [(mt.start(), mt.end(), mt.group().strip()) for mt in re.finditer(r"[^\n]+", text)]
        lines = [ln for ln in lines if ln[2]]
        k = 0
        while k < len(lines):
            if not lines[k][2].endswith(":"):
                k += 1
                continue
            cards: list[tuple[int, int]] = []  # each card's heading line
            j = k + 1
            while j + 1 < len(lines):
                head, again = lines[j], lines[j + 1]
                if head[2] == again[2] and self._whole_name(text, head[0], head[1]):
                    cards.append((head[0], head[1]))
                    j += 2
                    continue
                if not cards or lines[j][2].endswith(":"):
                    break
                j += 1  # the person's own words
            k = max(j, k + 1)
            if len(cards) < 3:
                continue
            names = [" ".join(text[a:b].split()) for a, b in cards]
            seats = [f for f in _seats_held(out.findings) if f.actor.name in names]
            bodies = {f.target.name for f in seats if f.target is not None}
            if len(bodies) != 1:
                continue
            body = seats[0].target
            read = {f.actor.name for f in seats}
            for (a, b), name in zip(cards, names, strict=True):
                if name in read:
                    continue
                person = self._whole_name(text, a, b)
                if person is not None:
                    out.findings.append(
                        Finding(
                            "membership", person, "member", body, (a, b), 0.6, "list-name-cards"
                        )
                    )

    def _whole_name(self, text: str, start: int, end: int) -> Mention | None:
        """The person's name that is the whole line between ``start`` and ``end``, or None."""
        words = text[start:end].split()
        if not 2 <= len(words) <= 3 or not all(_CARD_NAME_WORD.fullmatch(w) for w in words):
            return None
        toks = tokens(text, start, end)
        person = self.reader.person_at(toks, 0, in_list=True) if toks else None
        if person is None or person.start != toks[0].start or person.end != toks[-1].end:
            return None
        return person

    def _cards_under_heading(self, text: str, out: Walk) -> None:
        """ "LAG" / "bo-berg-bild" / "Bo Berg" / "Offentlig sektor Ordförande" / …, or
        "Ledamöter i LAG, valda vid årsmötet" / "Eva Ek" / "Ordförande" / "mob 070-…" /
        "Representant ideell sektor, Norrby kommun" / …: a short heading line that names a
        body with members, then people's cards, each a line of a name alone and lines about
        the person (a sector, an office, a phone, an image's slug) up to the next name. Of
        three cards or more that the rules read no one of, each person is a member, or holds
        the office a line of the card ends in. A line of prose ends the cards."""
        lines = [(mt.start(), mt.end(), mt.group().strip()) for mt in re.finditer(r"[^\n]+", text)]
        seated = {f.actor.start for f in out.findings if f.actor.kind == "person"}
        k = 0
        #: the line where a list of bare names under a body's heading ended at a heading
        #: that names no body (-1: none)
        ended_at = -1
        while k < len(lines):
            hs, he, head = lines[k]
            k += 1
            if not head or len(head) > 80 or head.endswith((".", "!", "?", ":")):
                continue
            body = self._seat_body_before(text, hs, he)
            if body is None and k - 1 == ended_at:
                body = self._sibling_list_head(text, lines, k - 1)
            if body is not None and _SUB_COMMITTEE_HEAD.fullmatch(body.written):
                body = None
            if body is None:
                body = self._committee_after_bare_names(text, lines, k - 1)
            if body is None:
                continue
            office = self.lex.find_role(head)
            if office is not None and office[0] != "member":
                continue  # "Nämndens I viceordförande": a person's office, no heading
            #: the heading is the page's title, its first line
            titled = k - 1 == 0
            if (
                body.written.endswith("s")
                and self._seat_body_word(body.written[:-1])
                # ("Styrelsens arbete", the page's title: the page is about the body)
                and not (titled and _BODY_WORK_TITLE.fullmatch(head))
            ):
                continue  # a body in the genitive: what is named is another thing of its
            if titled and _BODY_WORK_TITLE.fullmatch(head) and body.name.endswith("s"):
                body = replace(body, name=body.name[:-1])  # "Styrelsens arbete": "Styrelsen"
            cards: list[list] = []  # [person, role]
            #: the officer's office a card's line is all of (or before a comma), by card
            offices: dict[int, str] = {}
            #: every card so far a name alone on its line, one right under the other
            bare = True
            #: the list of bare names ended at the next body's heading
            headed_next = False
            j = k
            while j < len(lines):
                s0, e0, line = lines[j]
                if len(line) > 100 or (line.endswith(".") and len(line) > 40):
                    if not cards and titled and j - k < _TITLE_PROSE_LINES:
                        # "Piirihallitus" / prose about the body / the cards: the page's
                        # title heads the cards after its introduction
                        j += 1
                        continue
                    if (
                        not cards
                        and j == k
                        and len(line) <= 100
                        and self._name_alone(text, lines, j + 1)
                    ):
                        # "Styrelsen" / "Ta gärna kontakt med någon av oss." / the cards: one
                        # short sentence right under the heading, a name alone right under it
                        j += 1
                        continue
                    break  # prose: the cards have ended
                if line.endswith((":", ",")):
                    break  # labels and entries: a list the rules read
                if not line and bare:
                    j += 1
                    continue  # a line of spaces between names
                if _AUDITORS_HEAD.fullmatch(line):
                    break  # "Revisorer" over names: the auditors, no seat of the body's
                # ("Bo Ek¹": the footnote's mark, a superscript, is no part of the name)
                mark = _SUPERSCRIPT_END.search(text, s0, e0)
                toks = tokens(text, s0, mark.start() if mark else e0)
                person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if person is not None and self._card_office(toks[0].text) is not None:
                    person = None  # "Kassör Bo Ek", "Revisorer Eva Lind": an office, a name
                if (
                    person is not None
                    and (
                        person.end == s0 + len(text[s0:e0].rstrip())
                        # "Bo Ek (t o m 4/10 2019)": a bare name with a note in parentheses
                        or (bare and _NOTE_TO_LINE_END.fullmatch(text, person.end, e0))
                        # "Bo Ek¹": a footnote's mark after the name
                        or _FOOTNOTE_MARK.fullmatch(text, person.end, e0)
                    )
                    and 2 <= len(person.written.split()) <= 3
                ):
                    if cards and cards[-1][0].name == person.name and cards[-1][2] == j - 1:
                        cards[-1][2] = j  # the name printed twice (an image's caption)
                    elif cards and sorted(cards[-1][0].name.casefold().split()) == sorted(
                        person.name.casefold().split()
                    ):
                        pass  # "Ek Aino" / "Kouvola" / "Aino Ek": the card's name again
                    else:
                        cards.append([person, "member", j])
                elif (
                    cards
                    and person is not None
                    and 2 <= len(person.written.split()) <= 3
                    and (tail := _COMMA_OFFICE_TO_END.fullmatch(text, person.end, e0))
                    and (said := self.lex.role_of(tail.group(1))) in _OFFICERS
                ):
                    # "Bo Ek, vice ordförande" among the cards: a card of its own, its name and
                    # its office after a comma (no office of the card above)
                    cards.append([person, said, j])
                    offices[len(cards) - 1] = said
                    bare = False
                elif not cards and self._seat_body_before(text, s0, e0) is not None:
                    break  # "Kommittéer" / "Festkommitté" / names: a section's heading
                elif (
                    len(cards) >= 2
                    and bare
                    and self.lex.find_role(line) is None
                    and self._card_office(line) is None
                ):
                    # "Festkommitté" / "Bo Ek" / "Eva Lund" / "Miljögruppen" / …: names one a
                    # line with nothing about them, then the next list's heading
                    if self._seat_body_before(text, s0, e0) is None:
                        ended_at = j
                        headed_next = self._sibling_list_head(text, lines, j) is not None
                    else:
                        headed_next = True
                    break
                elif cards:
                    bare = False
                    # ("Sekreterare 036-123456": the office, then the card's telephone)
                    line = _PHONE_END.sub("", line)
                    found = self.lex.find_role(line)
                    # the line all an officer's office, or one before a comma and a task after
                    # it ("Förste vice ordförande, kontaktperson för …")
                    lead = self.lex.role_of(line.split(",", 1)[0])
                    # "Sekreterare" (or "Aktiviteettitoimik. pj") right over "Eva Ek" (no blank
                    # line): the office of the name under it, not of the card above
                    over_name = (
                        j + 1 < len(lines)
                        and text.count("\n", e0, lines[j + 1][0]) == 1
                        and self._name_alone(text, lines, j + 1)
                    )
                    if lead in _OFFICERS and not over_name:
                        offices[len(cards) - 1] = lead
                    if (
                        not over_name
                        and found is not None
                        and found[0] in ("chair", "vice_chair", "secretary")
                        and not line[found[2] :].strip(" \t.,")
                    ):
                        cards[-1][1] = found[0]
                    elif not over_name and lead in _OFFICERS:
                        cards[-1][1] = lead
                    elif self._seat_body_before(text, s0, e0) is not None:
                        break  # another body's heading
                j += 1
            # two bare names are a list where the next body's heading ends them, or where the
            # heading itself comes after another headed list of bare names ("Revisorer" / "Bo
            # Ek" / "Eva Lund" / "" / "Valberedning" / "Per Holm" / "Gun Berg": the report's
            # lists, one under the other)
            least = 2 if headed_next or self._after_bare_names(text, lines, k - 1) else 3
            fresh = sum(c[0].start in seated for c in cards) * 3 <= len(cards)
            #: every name printed twice ("Aino Ek" / "Aino Ek" / "Ordförande"): the lines
            #: under the pair are that card's, whatever seat another reading gave the name
            twice = all(lines[at][0] > person.start for person, _role, at in cards)
            if len(cards) >= least and not fresh:
                # "Styrelsen" / a sentence / "Aino Ek" / "Aino Ek" / "Ordförande" / …: cards the
                # rules read as members of the body (each name perhaps printed twice): an
                # officer's office a line of a card is all of (or before a comma) is the seat
                # of its name, of either copy
                for n, (person, _role, at) in enumerate(cards):
                    role = offices.get(n, "member")
                    last_end = lines[at][1]
                    for f in out.findings:
                        if (
                            (role != "member" or twice)
                            and f.kind == "membership"
                            and f.actor.name == person.name
                            and person.start <= f.actor.start < last_end
                            and (f.role == "member" or twice)
                            and not f.status
                            and f.target is not None
                            and _same_head_word(f.target.name, body.name)
                        ):
                            f.role = role
                    if (role != "member" or twice) and person.start not in seated:
                        # a card the rules left unread among them, an officer's office on it
                        # (or any, among cards that print each name twice)
                        out.findings.append(
                            Finding("membership", person, role, body, (hs, person.end), 0.6,
                                    "list-cards-under-heading")
                        )  # fmt: skip
                        seated.add(person.start)
            if len(cards) >= least and fresh:
                for person, role, _at in cards:
                    if person.start in seated:
                        # a seat the rules read in the same body: the card's office stands
                        for f in out.findings:
                            if (
                                f.kind == "membership"
                                and f.actor.start == person.start
                                and f.role == "member"
                                and f.target is not None
                                and f.target.name == body.name
                            ):
                                f.role = role
                        continue
                    out.findings.append(
                        Finding("membership", person, role, body, (hs, person.end), 0.6,
                                "list-cards-under-heading")
                    )  # fmt: skip
                    seated.add(person.start)
                k = j

    def _name_alone(self, text: str, lines: list[tuple[int, int, str]], j: int) -> bool:
        """Whether line ``j`` of ``lines`` is a person's name of two or three words alone."""
        if j >= len(lines):
            return False
        s0, e0, _line = lines[j]
        toks = tokens(text, s0, e0)
        person = self.reader.person_at(toks, 0, in_list=True) if toks else None
        return (
            person is not None
            and person.end == s0 + len(text[s0:e0].rstrip())
            and 2 <= len(person.written.split()) <= 3
        )

    def _office_after_seat_line(self, text: str, out: Walk) -> None:
        """ "Bo Ek" / "Ordinarie ledamot" / "Vice ordförande" / "Eva Lund" / "Ordinarie
        ledamot" / … / "Gun Berg" / "Ordinarie ledamot" / "Sekreterare": person cards of a
        name alone on its line and the seat's line under it, perhaps an officer's office on
        the line after that. Of three cards or more whose last ends the text on such an
        office line, each office right under a card's seat line is that card's person's: a
        member read there holds the office."""
        rows = [
            (mt.start(), mt.end(), mt.group().strip())
            for mt in _LINE.finditer(text)
            if mt.group().strip()
        ]
        at = {s0: i for i, (s0, _e0, _line) in enumerate(rows)}
        cards: list[tuple[int, str | None]] = []  # (line of the name, office under the seat)
        for i, (s0, e0, _line) in enumerate(rows):
            if i + 1 >= len(rows) or self.lex.role_of(rows[i + 1][2].casefold()) != "member":
                continue
            if not any(
                f.kind == "membership"
                and f.actor.kind == "person"
                and s0 <= f.actor.start
                and f.actor.end == s0 + len(text[s0:e0].rstrip())
                and not text[s0 : f.actor.start].strip()
                for f in out.findings
            ):
                continue
            office = None
            if i + 2 < len(rows):
                found = self.lex.find_role(rows[i + 2][2])
                if (
                    found is not None
                    and found[0] in ("chair", "vice_chair", "secretary")
                    and found[1] == 0
                    and found[2] == len(rows[i + 2][2])
                ):
                    office = found[0]
            cards.append((i, office))
        if len(cards) < 3 or cards[-1][1] is None or cards[-1][0] + 3 != len(rows):
            return
        offices = {rows[i][0]: office for i, office in cards if office is not None}
        for f in out.findings:
            if f.kind != "membership" or f.role != "member":
                continue
            s0 = text.rfind("\n", 0, f.actor.start) + 1
            while s0 < f.actor.start and text[s0] in " \t":
                s0 += 1
            if s0 in offices and s0 in at:
                f.role = offices[s0]

    def _committee_after_bare_names(self, text: str, lines: list, i: int) -> Mention | None:
        """ "Revisorer" / "Bo Ek" / "Eva Lund" / "" / "Valberedning" / "Per Holm" / …: a board's
        committee alone on a line after another list of bare names heads a list of its own,
        not a part of the board's (:meth:`_after_bare_names`), as a mention in its base form."""
        hs, he, head = lines[i]
        if not _SUB_COMMITTEE_HEAD.fullmatch(head) or not self._after_bare_names(text, lines, i):
            return None
        kind = self.lex.body_kind(head.casefold())
        if kind is None:
            return None
        start = hs + (len(text[hs:he]) - len(text[hs:he].lstrip()))
        return Mention(start, start + len(head), head, head[:1].upper() + head[1:], kind, 0.6)

    def _after_bare_names(self, text: str, lines: list, i: int) -> bool:
        """Whether the heading at ``lines[i]`` comes after a blank line and, over it, a line
        that is a person's name alone ("Bo Ek" / "" / "Valberedning"): the last entry of a
        list of bare names before it."""
        if i < 1 or text.count("\n", lines[i - 1][1], lines[i][0]) < 2:
            return False
        if not self._name_alone(text, lines, i - 1):
            return False
        s0, e0, _line = lines[i - 1]
        return self._card_office(tokens(text, s0, e0)[0].text) is None

    def _sibling_list_head(self, text: str, lines: list, i: int) -> Mention | None:
        """ "Festkommitté" / "Bo Ek" / "Eva Lund" / "PR och Information" / "Gun Berg" / "Per
        Holm" / "Miljökommitté" / …: among lists of bare names one a line, each under a body's
        heading, a short heading that names no body of the lexicon's, with two names or more
        under it and a body's heading right after them, names a body of its own, as printed.
        ``lines[i]`` is the heading's line (where the list before it ended)."""
        hs, he, head = lines[i]
        words = head.split()
        if (
            not 1 <= len(words) <= 4
            or not head[:1].isupper()
            or re.search(r"\d", head)
            or self.lex.find_role(head) is not None
            or AUDITOR.search(head)
            or self._card_office(words[0]) is not None
        ):
            return None
        names = 0
        for s0, e0, line in lines[i + 1 :]:
            if not line:
                continue
            toks = tokens(text, s0, e0)
            person = self.reader.person_at(toks, 0, in_list=True) if toks else None
            if (
                person is not None
                and (
                    person.end == s0 + len(text[s0:e0].rstrip())
                    or _NOTE_TO_LINE_END.fullmatch(text, person.end, e0)
                )
                and 2 <= len(person.written.split()) <= 3
                and self._card_office(toks[0].text) is None
            ):
                names += 1
                continue
            if names < 2 or self._seat_body_before(text, s0, e0) is None:
                return None
            start = hs + (len(text[hs:he]) - len(text[hs:he].lstrip()))
            return Mention(start, start + len(head), head, head, "body", 0.6)
        return None

    def _member_deputy_card_pairs(self, text: str, out: Walk) -> None:
        """ "Varsinaiset jäsenet" / "Henkilökohtaiset varajäsenet" (or "Ordinarie ledamöter"
        / "Personliga ersättare"): the two column headers of a members' and personal
        deputies' table on lines of their own, one under the other, then the table flattened
        a seat at a time: the member's name on a line (", puheenjohtaja" after it, the
        deputy's name perhaps glued to that office), the deputy's name on the next line, then
        the two persons' phones, e-mails and towns, a blank line before the next seat. In
        each seat the first name is the member (or holds the office after it), the second
        the deputy; a seat with one name is a member's. Read with three seats of two names
        or more and none of three; the body is the one the heading above the headers names.
        A line of prose or a heading after a seat ends the table."""
        starts = [0] + [mt.end() for mt in re.finditer(r"\n", text)]
        lines = [(a, end_at(text, a)) for a in starts]
        k = 0
        while k < len(lines) - 1:
            s1, e1 = lines[k]
            k += 1
            head = text[s1:e1].strip(" \t:")
            if not head or len(head.split()) > 3 or self.lex.role_of(head) != "member":
                continue
            j = k
            while j < len(lines) and not text[lines[j][0] : lines[j][1]].strip():
                j += 1
            if j >= len(lines):
                break
            s2, e2 = lines[j]
            second = text[s2:e2].strip(" \t:")
            if len(second.split()) > 3 or self.lex.role_of(second) != "deputy_member":
                continue
            body = self._heading_body_before(text, s1)
            if body is None:
                continue
            seats, end = self._card_pair_seats(text, lines, j + 1)
            if seats is None or sum(len(names) == 2 for names in seats) < 3:
                continue
            span = (s1, end)
            found = []
            for names in seats:
                (member, role), *rest = names
                quote = (member.start, end_at(text, member.start))
                found.append(Finding("membership", member, role or "member", body, quote, 0.65,
                                     "member-deputy-card-pairs"))  # fmt: skip
                for deputy, _r in rest:
                    quote = (deputy.start, end_at(text, deputy.start))
                    found.append(Finding("membership", deputy, "deputy_member", body, quote,
                                         0.65, "member-deputy-card-pairs",
                                         deputy_for=member))  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + found
            k = j + 1

    def _card_pair_seats(
        self, text: str, lines: list[tuple[int, int]], k: int
    ) -> tuple[list[list[tuple[Mention, str | None]]] | None, int]:
        """The seats of a flattened members' and deputies' table from line ``k`` on: for each
        group of lines between blank ones that begins with names, its names (with the office
        printed after one); a group of details only is passed over, a line of prose ends the
        table. None when a group has names after its details or more than two names."""
        seats: list[list[tuple[Mention, str | None]]] = []
        end = lines[k][0] if k < len(lines) else len(text)
        group: list[tuple[Mention, str | None]] = []
        details = False
        while k < len(lines):
            s, e = lines[k]
            k += 1
            line = text[s:e].strip()
            if not line:
                if group:
                    seats.append(group)
                group, details = [], False
                continue
            names = self._card_pair_names(text, s, e)
            if names:
                if details or len(group) + len(names) > 2:
                    return None, end
                group += names
                end = e
                continue
            if _PROSE_WORD.search(line) and not contact_line(line):
                break
            details = True
            end = e
        if group:
            seats.append(group)
        return seats, end

    def _card_pair_names(self, text: str, s: int, e: int) -> list[tuple[Mention, str | None]]:
        """The names on a line of such a table: a name alone, or a name, a comma and an
        office, perhaps with the next column's name glued to the office ("Aino Ek,
        puheenjohtajaBo Lind"); empty when the line is no such line."""
        at = s + len(text[s:e]) - len(text[s:e].lstrip())
        stop = s + len(text[s:e].rstrip())
        if at >= stop:
            return []
        toks = tokens(text, at, stop)
        person = self.reader.person_at(toks, 0, in_list=True) if toks else None
        if person is None or person.start != at or not 2 <= len(person.written.split()) <= 3:
            return []
        if person.end == stop:
            return [(person, None)]
        tail = _CARD_PAIR_OFFICE.fullmatch(text, person.end, stop)
        if tail is None:
            return []
        role = self.lex.role_of(tail["office"].strip())
        if role not in ("chair", "vice_chair", "secretary", "member"):
            return []
        names: list[tuple[Mention, str | None]] = [(person, role)]
        if tail["glued"]:
            gs, ge = tail.span("glued")
            glued = self.reader.person_at(tokens(text, gs, ge), 0, in_list=True)
            if glued is None or (glued.start, glued.end) != (gs, ge):
                written = text[gs:ge]
                glued = Mention(gs, ge, written, " ".join(written.split()), "person", 0.6, "nom")
            names.append((glued, None))
        return names

    def _unread_photo_rows(self, text: str, out: Walk) -> None:
        """ "Efter mötet fotograferades deltagarna på trappan." / "Främre raden: A, B, …": a
        photo's row that no rule read, whose line and the line above it name no body: the
        people in the picture, no seats (nor the tagger's guesses)."""
        for row in _ROW_LINE.finditer(text):
            s, e = row.start(), text.find("\n", row.start())
            e = len(text) if e < 0 else e
            if any(s <= f.actor.start < e for f in out.findings):
                continue
            above = text.rfind("\n", 0, max(0, s - 1)) + 1
            if self.reader.bodies(tokens(text, above, e)):
                continue
            out.no_seat.append((s, e))

    @staticmethod
    def _caption_gallery(text: str, out: Walk) -> None:
        """A run of bullet lines most of which name no one ("• 191 funktionärer på plats", "•
        Christina Ek", "• Välfylld lokal", …): a photo gallery's captions, whose names are of
        people in the pictures, not a list of seats. Of four items or more, when no more than
        a third name a person the rules read, the items' list readings give no seat."""
        # (the runs do not overlap: what one run takes out, no later run's items hold)
        named_at = sorted(f.actor.start for f in out.findings if f.actor.kind == "person")
        for run in _BULLET_RUN.finditer(text):
            items = [(m.start(), m.end()) for m in _BULLET_ITEM.finditer(text, *run.span())]
            if len(items) < 4:
                continue
            named = sum(
                (i := bisect_left(named_at, a)) < len(named_at) and named_at[i] < b
                for a, b in items
            )
            if named * 3 > len(items):
                continue
            out.no_seat.append((run.start(), run.end()))
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership"
                    and f.rule.startswith("list")
                    and run.start() <= f.actor.start < run.end()
                )
            ]

    def _staff_section(self, text: str, paras: list[Paragraph], k: int) -> tuple[int, int] | None:
        """The span from a heading over the staff's contacts ("Henkilökunnan yhteystiedot",
        "Personal") to the next line that names a body, or ``None`` when ``paras[k]`` is no
        such heading."""
        if len(paras[k].lines) != 1 or not _STAFF_HEADING.fullmatch(paras[k].lines[0].text.strip()):
            return None
        end = paras[-1].end
        for q in paras[k + 1 :]:
            if any(
                not b.plural
                for ln in q.lines
                for b in self.reader.bodies(tokens(text, ln.start, ln.end))
            ):
                end = q.start
                break
        return paras[k].start, end

    def _office_card(
        self, text: str, paras: list[Paragraph], k: int, ctx: Context
    ) -> tuple[list[Finding], int] | None:
        """A photo card: a line that only names a person, the office under it as a label and
        the same name again with what it stands for ("Aino Ek" / "Puheenjohtaja:" / "Aino Ek,"
        / "Testilän Nuorisoseura"): the person holds the office in the body the label names
        by its head word, or the body of the context. Right after such a card, a card whose
        caption is missing ("Jäsen:" / "Bo Lind," / …) is read the same way. The findings and
        the number of paragraphs read, or ``None``."""
        if ctx.body is None or ctx.contacts or k + 1 >= len(paras):
            return None
        first = paras[k].lines[0].text.strip()
        caption = None
        if len(paras[k].lines) == 1 and k + 2 < len(paras) and not first.endswith(":"):
            caption = first
            k0 = k + 1
        elif self._card_end is not None and not text[self._card_end : paras[k].start].strip():
            k0 = k
        else:
            return None
        label_para, card = paras[k0], paras[k0 + 1]
        if len(label_para.lines) != 1:
            return None
        label = label_para.lines[0].text.strip()
        if not label.endswith(":"):
            return None
        named_bodies = [
            b
            for b in self.reader.bodies(tokens(text, label_para.start, label_para.end))
            if not b.plural
        ]
        if len(named_bodies) > 1:
            return None
        role = self._header_role(label)
        if (
            role is None
            and named_bodies
            and named_bodies[0].start == label_para.lines[0].content_start
        ):
            # "Johtokunnan jäsen:": the body by its head word, then the seat
            role = self.lex.role_of(text[named_bodies[0].end : label_para.end].strip(" :"))
        if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
            return None
        line = card.lines[0]
        named = re.fullmatch(r"([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2}),?", line.text.strip())
        if named is None or (caption is not None and caption != named.group(1)):
            return None
        if caption is None and not line.text.strip().endswith(","):
            return None
        at = line.content_start
        toks = tokens(text, at, at + len(named.group(1)))
        person = self.reader.person_at(toks, 0, in_list=True) if toks else None
        if person is None or person.end != at + len(named.group(1)):
            return None
        body = ctx.body
        if named_bodies:
            bare = named_bodies[0]
            body = self._same_or(
                replace(bare, name=bare.name[:1].upper() + bare.name[1:]), ctx.body
            )
            if body is not ctx.body:
                return None  # another body's card: not this list's
        self._card_end = card.end
        quote = (label_para.start, line.end)
        return [Finding("membership", person, role, body, quote, 0.7, "text-role-card")], k0 + 2 - k

    def _caption_rows(self, text: str, out: Walk) -> None:
        """A photo's caption that says whom it shows in a sentence of its own ("Kuvassa
        vasemmalta ylhäältä hallituksen jäsenet.", "På bilden styrelsens ledamöter."), then
        names its rows in the sentences after it, a row's label a sentence of one word
        ("Alarivi.", "Etualalla."), names separated by commas, printed first name first or
        surname first, a role word before a name the role of that name ("Puheenjohtaja
        Lafghani Eveliina"), what the person is there for after a name: all of them are
        members of the body the lead names (as the text named it in full, if it did)."""
        for mt in _CAPTION_ROWS_LEAD.finditer(text):
            bare = self.reader.bodies(tokens(text, mt.start("body"), mt.end("body")))
            if len(bare) != 1:
                continue
            head = bare[0].name.casefold()
            body = next(
                (
                    f.target
                    for f in out.findings
                    if f.kind == "membership"
                    and f.target is not None
                    and f.target.name.casefold().split()[-1] == head
                ),
                replace(bare[0], name=bare[0].name[:1].upper() + bare[0].name[1:]),
            )
            stop = end_at(text, mt.end(), "\n\n")
            people: list[tuple[Mention, str]] = []
            for part in re.finditer(r"[^.]+(?:\.|$)", text[mt.end() : stop]):
                chunk = part.group().strip().rstrip(".")
                s0 = mt.end() + part.start() + (len(part.group()) - len(part.group().lstrip()))
                if re.fullmatch(r"[A-ZÅÄÖ][\w-]*", chunk) and not self.lex.role_of(chunk):
                    continue  # "Alarivi.": a row's label
                row = self._caption_row(text, s0, s0 + len(chunk))
                if not row:
                    break
                people += row
            if len(people) < 3:
                continue
            have = {(f.actor.start, f.role) for f in out.findings if f.kind == "membership"}
            out.findings += [
                Finding("membership", p, role, body, (mt.start(), stop), 0.6, "list-caption-rows")
                for p, role in people
                if (p.start, role) not in have
            ]

    def _caption_row(self, text: str, start: int, end: int) -> list[tuple[Mention, str]]:
        """The people of one row of a caption (see :meth:`_caption_rows`), or []."""
        row: list[tuple[Mention, str]] = []
        for cell in re.finditer(r"[^,]+", text[start:end]):
            s0 = start + cell.start()
            toks = tokens(text, s0, start + cell.end())
            if not toks:
                continue
            role = "member"
            i = 0
            said = self.lex.role_of(toks[0].text)
            if said is not None and len(toks) > 2:
                role, i = said, 1  # "Puheenjohtaja Lafghani Eveliina"
            person = self.reader.person_at(toks, i, in_list=True)
            if person is None or len(person.name.split()) > 3:
                return []
            if len(person.name.split()) == 3 and text[person.end : start + cell.end()].strip():
                # "Rinne Olavi Kainuun omaiset ry": what the person is there for begins with a
                # capitalised word the name reader took in
                person = self.reader.person_at(toks[: i + 2], i, in_list=True) or person
            row.append((person, role))
        return row

    def _wrapped_caption(self, text: str, out: Walk) -> None:
        """A photo's caption whose list of names wraps over lines, a line's end standing for
        the comma, a role abbreviation before a name ("Kuvassa vasemmalta: Aino Ahola, pj.
        Pekka Puu\nEeva Mäki ja Olli Oja."): three people or more, nothing else in the
        caption's first sentence, and the page's memberships all of one body, whose
        members they are (the abbreviation's role for the one it stands before)."""
        bodies = {
            f.target.name.casefold(): f.target
            for f in out.findings
            if f.kind == "membership" and f.target is not None and not f.status
        }
        if len(bodies) != 1:
            return
        body = next(iter(bodies.values()))
        for mt in re.finditer(
            rf"(?im)^[ \t]*(?:{_CAPTION.pattern.removeprefix('(?i)')})\s*:[ \t]*", text
        ):
            end = next(
                (
                    st.start(2) if st.group(2) is not None else st.start()
                    for st in re.finditer(r"(\S*)(\.)(?:\s|$)|\n\s*\n", text[mt.end() :])
                    # (not the point of an abbreviation: "pj. Pekka Puu")
                    if not (st.group(1) and self.lex.line_abbreviation(st.group(1)))
                ),
                len(text) - mt.end(),
            )
            end += mt.end()
            if "\n" not in text[mt.end() : end]:
                continue  # one line: read as a list's entry
            toks = tokens(text, mt.end(), end)
            people: list[tuple[Mention, str]] = []
            i = 0
            while i < len(toks):
                role = ""
                said = self.lex.line_abbreviation(toks[i].text)
                if said is not None and toks[i].text[:1].islower():
                    role = said
                    i += 1 + (i + 1 < len(toks) and toks[i + 1].text == ".")
                person = None
                if i < len(toks):
                    # (a name ends at its line's end)
                    eol = text.find("\n", toks[i].start, end)
                    line = [t for t in toks if eol < 0 or t.end <= eol]
                    person = self.reader.person_at(line, i, in_list=True)
                if person is None:
                    people = []
                    break
                people.append((person, role))
                i = next((x for x in range(i, len(toks)) if toks[x].start >= person.end), len(toks))
                if i < len(toks) and toks[i].text.casefold() in (",", "ja", "och", "sekä", "samt"):
                    i += 1
                elif i < len(toks) and "\n" not in text[person.end : toks[i].start]:
                    people = []
                    break
            if len(people) < 3:
                continue
            have = {f.actor.start for f in out.findings if f.kind == "membership"}
            out.findings += [
                Finding(
                    "membership",
                    p,
                    role or "member",
                    body,
                    (mt.start(), end),
                    0.6,
                    "list-caption-wrapped",
                )
                for p, role in people
                if p.start not in have
            ]

    def _members_of_line_end(self, text: str, out: Walk) -> None:
        """ "… kontakta gärna någon av" / "styrelsens medlemmar 2021" / then "A ordförande tel:
        …" / "B sekreterare …": a line ending in a body's genitive and its members' word (a
        year after it) introduces the list lines under it: their people's body is that one,
        whatever a word far above ("Gruppresor") made of it."""
        for mt in _MEMBERS_OF_LINE_END.finditer(text):
            named = [
                b
                for b in self.reader.bodies(tokens(text, mt.start("body"), mt.end("body")))
                if not b.plural and b.kind not in _NO_SEATS and b.kind != "network"
            ]
            if len(named) != 1:
                continue
            body = replace(named[0], name=named[0].name[:1].upper() + named[0].name[1:])
            listed: list[Finding] = []
            for line in _LINE.finditer(text, mt.end()):
                if not line.group().strip():
                    continue
                on = [
                    f
                    for f in out.findings
                    if f.kind == "membership"
                    and f.actor.kind == "person"
                    and line.start() <= f.actor.start < line.end()
                ]
                if not on or any(
                    f.status or not f.rule.startswith(("list-", "name-run")) for f in on
                ):
                    break
                listed += on
            if len(listed) < 2:
                continue
            for f in listed:
                f.target = body

    def _names_over_roles(
        self, text: str, paras: list[Paragraph], k: int, ctx: Context
    ) -> tuple[list[Finding], int]:
        """Cards of a body's page with the role under the name ("Kemppainen Martti" /
        "Puheenjohtaja" / "Tähkäpää Liisa" / "Varapuheenjohtaja" / …): lines that are each
        a name of two words or a role, alternating, beginning with a name and ending with a
        role, two cards or more. Each role is the name's above it, not the one below. The
        findings and the paragraphs used (0: no such cards here)."""
        if ctx.body is None:
            return [], 0
        if k > 0 and _CARD_NAME.fullmatch(paras[k - 1].text.strip()):
            return [], 0  # "Eva Ek" / "Bo Lind" / "Kassör" / "Per Holm": labels over names
        found: list[Finding] = []
        # "Aino Ek" / "Ordförande" / "Kylälän Shakkikerho" / "Bo Lind" / "Sihteeri" / …: a
        # third line under each card's office (the person's club or home), skipped
        stride = 3 if self._third_card_lines(paras, k) else 2
        j = k
        while j + 1 < len(paras):
            name, said = paras[j], paras[j + 1]
            if len(name.lines) != 1 or len(said.lines) != 1:
                break
            if not _CARD_NAME.fullmatch(name.text):
                break  # "Aino Ek", "Aino Lind Ek", "Anna M Ek": a name of two or three words
            office = said.text.strip()
            role = self._card_office(office)
            if self.lex.role_of(name.text) is not None:
                break
            if stride == 3:
                if j + 2 >= len(paras) or not self._card_third_line(paras[j + 2]):
                    break
                if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                    break
                person = self._listed_name(text, name.start, name.end)
                found.append(
                    _membership(
                        ctx, person, role, (name.start, said.end), 0.6, "list-name-over-role"
                    )
                )
                j += 3
                continue
            if len(found) >= 2 and _NOMINATOR.fullmatch(office):
                # "Bo Ek" / "Valberedare": a member of the nominating committee, not the board
                person = self._listed_name(text, name.start, name.end)
                committee = Mention(
                    said.start, said.start + len(office), office, "Valberedningen", "body", 0.5
                )
                found.append(
                    _membership(ctx, person, "member", (name.start, said.end), 0.5,
                                "list-name-over-role", target=committee)
                )  # fmt: skip
                j += 2
                continue
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                if len(found) >= 2 and role is None:
                    # "Eva Ek" / "Bo Lind" / "Revisor" / "Revisor": offices grouped after names
                    grouped, used = self._names_then_offices(text, paras, j, ctx)
                    if used:
                        found += grouped
                        j += used
                        continue
                break
            person = self._listed_name(text, name.start, name.end)
            found.append(
                _membership(ctx, person, role, (name.start, said.end), 0.6, "list-name-over-role")
            )
            j += 2
        nxt = paras[j] if j < len(paras) else None
        if (
            len(found) < 2
            or k == 0
            or self.lex.role_of(paras[k - 1].text.strip()) is not None
            or (nxt is not None and self.lex.role_of(nxt.text.strip()) is not None)
        ):
            return [], 0  # a role line above the first name: the roles are over the names
        if (last := self._last_card_without_role(text, paras, j, ctx)) is not None:
            found.append(last)
            j += 1
        return found, j - k

    def _card_third_line(self, q: Paragraph) -> bool:
        """A line that may stand third in a card, under the office ("SK Tornet", "Kylälän
        Shakkikerho"): one short line of words beginning with a capital, no digit (no year),
        no office, no sentence's end."""
        said = q.text.strip()
        return (
            len(q.lines) == 1
            and 0 < len(said.split()) <= 4
            and said[:1].isupper()
            and not re.search(r"\d", said)
            and not re.search(r"[.:!?,;]$", said)
            and self._card_office(said) is None
        )

    def _third_card_lines(self, paras: list[Paragraph], k: int) -> bool:
        """Cards of three lines from ``paras[k]`` on: a name, its office, a third line that is
        no office, then the next card's name and office ("Aino Ek" / "Ordförande" / "SK Tornet"
        / "Bo Lind" / "Sekreterare"): the offices every third line, not every second."""
        if k + 4 >= len(paras) or any(len(q.lines) != 1 for q in paras[k : k + 5]):
            return False
        name, said, _, name2, said2 = (q.text.strip() for q in paras[k : k + 5])
        return (
            bool(_CARD_NAME.fullmatch(name) and _CARD_NAME.fullmatch(name2))
            and self._card_office(said) is not None
            and self._card_office(said2) is not None
            and self._card_office(name2) is None
            and self._card_third_line(paras[k + 2])
        )

    def _names_then_offices(
        self, text: str, paras: list[Paragraph], j: int, ctx: Context
    ) -> tuple[list[Finding], int]:
        """After cards of a name over its office: a few names one a line, then as many office
        lines ("Eva Ek" / "Bo Lind" / "Revisor" / "Revisorssuppleant"): the offices grouped
        after the names, each name's in the same order. An auditor's holds no seat. The
        findings and the paragraphs used (0: no such group here)."""
        names: list[Paragraph] = []
        while (
            j + len(names) < len(paras)
            and len(paras[j + len(names)].lines) == 1
            and _CARD_NAME.fullmatch(paras[j + len(names)].text)
            and self._card_office(paras[j + len(names)].text.strip()) is None
        ):
            names.append(paras[j + len(names)])
        n = len(names)
        if n < 2 or j + 2 * n > len(paras):
            return [], 0
        offices = [paras[j + n + i] for i in range(n)]
        roles = [self._card_office(q.text.strip()) if len(q.lines) == 1 else None for q in offices]
        if any(r is None for r in roles):
            return [], 0
        found = [
            _membership(
                ctx, self._listed_name(text, q.start, q.end), role, (q.start, said.end), 0.6,
                "list-name-over-role",
            )
            for q, said, role in zip(names, offices, roles, strict=True)
            if role in ("chair", "vice_chair", "secretary", "member", "deputy_member")
        ]  # fmt: skip
        return found, 2 * n

    def _last_card_without_role(
        self, text: str, paras: list[Paragraph], j: int, ctx: Context
    ) -> Finding | None:
        """The page's last line, a name alone after cards of a name over its role ("Aino Ek" /
        "Ledamot" / "Bo Lind"): a card whose role was left out, a plain seat in the body.
        Only the text's last paragraph, a single line of a name beginning with a first name (no
        role word in it)."""
        if j != len(paras) - 1 or ctx.body is None:
            return None
        name = paras[j]
        if len(name.lines) != 1 or not re.fullmatch(
            r"[A-ZÅÄÖ][a-zåäö][\w'-]*(?:\s+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}", name.text.strip()
        ):
            return None
        if self.lex.role_of(name.text.strip()) is not None:
            return None
        if m.FIRST_NAME not in self.reader.word_classes(name.text.split()[0]):
            return None  # "Kontakta Oss": no first name, no person
        person = self._listed_name(text, name.start, name.end)
        return _membership(
            ctx, person, "member", (name.start, name.end), 0.5, "list-name-over-role"
        )

    def _appositions(self, text: str, out: Walk) -> None:
        """A caption or sentence that names people each followed by what they are ("Foto på
        A, initiativtagare, B, rådets ordförande, C, vice ordförande och D, ordförande
        nämnden"): each description is the name's before it, never the next one's. A role
        with a body in it is a seat in that body; a role alone ("vice ordförande") is in the
        body the description before it named. The sentence's other readings are replaced."""
        for line in lines(text):
            for sent in sentences(text, line.start, line.end):
                found = self._apposition_seats(text, sent.start, sent.end)
                if found is None:
                    continue
                read = {f.actor.start for f in found}
                out.findings = [
                    f
                    for f in out.findings
                    if not (
                        f.kind == "membership"
                        and f.actor.kind == "person"
                        and sent.start <= f.actor.start < sent.end
                        # "Styrelsen" / "Ronnie Ek, ordförande, Ove Lind, vice ordf., …": a
                        # run's seat in the body of the heading above stands where the
                        # descriptions name no body
                        and not (f.rule == "name-run" and f.actor.start not in read)
                    )
                ]
                out.findings += found

    def _apposition_seats(self, text: str, start: int, end: int) -> list[Finding] | None:
        if text.count(",", start, end) < 3 or not self.lex.find_role(text[start:end]):
            return None
        parts: list[tuple[int, int]] = []
        pos = start
        for mt in re.finditer(r",\s+|\s+(?:och|ja)\s+", text[start:end]):
            parts.append((pos, start + mt.start()))
            pos = start + mt.end()
        parts.append((pos, end))
        people: list[tuple[Mention, tuple[int, int] | None]] = []
        for s0, e0 in parts:
            piece = text[s0:e0].strip().rstrip(".")
            if not piece:
                return None
            if piece[:1].isupper() or not people:
                if not people:
                    # the caption's words first ("Foto på A", "Kuvassa vasemmalta A")
                    lead = _CAPTION_LEAD.match(text, s0, e0)
                    s0 = lead.end() if lead else s0
                toks = tokens(text, s0, e0)
                person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if person is None or text[person.end : e0].strip(" ."):
                    return None
                if people and people[-1][1] is None and len(people) > 1:
                    return None  # two names running with no description between
                people.append((person, None))
            else:
                if not people or people[-1][1] is not None:
                    return None
                people[-1] = (people[-1][0], (s0, e0))
        described = [d for _p, d in people if d is not None]
        if len(people) < 3 or len(described) < len(people) - 1:
            return None
        if sum(bool(self.lex.find_role(text[a:b])) for a, b in described) < 2:
            return None
        out: list[Finding] = []
        last_body: Mention | None = None
        for person, d in people:
            if d is None:
                continue
            desc = text[d[0] : d[1]]
            found = self.lex.find_role(desc)
            bodies = self.reader.bodies(tokens(text, d[0], d[1]))
            body = bodies[-1] if bodies else None
            if body is not None:
                name = body.name
                if self.lex.lang == "sv" and found and body.end <= d[0] + found[1]:
                    name = re.sub(r"s$", "", name)  # "rådets ordförande": the genitive
                body = replace(body, name=name[:1].upper() + name[1:])
            if found is None or found[0] not in ("chair", "vice_chair", "secretary", "member"):
                last_body = body or last_body
                continue
            target = body or last_body
            last_body = target
            if target is None:
                continue
            out.append(
                Finding(
                    "membership",
                    person,
                    found[0],
                    target,
                    (start, end),
                    person.confidence - 0.1,
                    "text-apposition",
                )
            )
        return out

    def _kind_on_page(self, text: str, body: Mention) -> Mention:
        """A bare body word ("styrelse") as the page's one compound of that kind
        ("förbundsstyrelsen"), if the page names exactly one; else the word itself."""
        kind = self._bare_kind(body.name)
        if not kind:
            return body
        heads = {kind, _definite(kind)}
        named: dict[str, Mention] = {}
        for line in lines(text):
            for b in self.reader.bodies(tokens(text, line.start, line.end)):
                n = b.name.casefold()
                if (
                    " " not in n
                    and not b.plural
                    and any(n.endswith(h) and len(n) > len(h) + 2 for h in heads)
                ):
                    named.setdefault(n, b)
        if len(named) != 1:
            return body
        b = next(iter(named.values()))
        return replace(b, name=b.name[:1].upper() + b.name[1:], confidence=0.5)

    def _seated_pair(self, text: str, s: int, e: int, seated: dict[str, Finding]) -> list[Mention]:
        """Two persons' names run together in ``text[s:e]`` ("Bo Ek Eva Lind"), each the name
        of a person in ``seated``; else none."""
        words = list(re.finditer(r"\S+", text[s:e]))
        for k in range(2, len(words) - 1):
            cut = s + words[k].start()
            first = self._whole_name(text, s, s + words[k - 1].end())
            second = self._whole_name(text, cut, e)
            if (
                first is not None
                and second is not None
                and _seat_key(first.name) in seated
                and _seat_key(second.name) in seated
            ):
                return [first, second]
        return []

    def _left_to_right_caption(self, text: str, out: Walk) -> None:
        """A photo caption "SKPF:s nyvalda styrelse, från vänster: A, B, … och N (saknas på
        bilden: M)": each person named is a member of the body the caption begins with (a
        bare "styrelse" the page's one board it names in full)."""
        for mt in chain(_LEFT_TO_RIGHT.finditer(text), _GATHERED_LEFT_TO_RIGHT.finditer(text)):
            gathered = mt.re is _GATHERED_LEFT_TO_RIGHT
            met = None
            if not gathered and mt["sep"] == "." and len(mt["head"].split()) > 5:
                # a sentence before the label: only a short one names the photo's body, or one
                # about the body's meeting ("Johtokunnan kokous pidettiin …. Kuvassa vasemmalta")
                met = self._caption_meeting_body(text, mt.start("head"), mt.end("head"))
                if met is None:
                    continue
            lo, hi = (
                (mt.start("head"), mt.end("head")) if gathered else (mt.start(), mt.start("from"))
            )
            bodies = (
                [met]
                if met is not None
                else [b for b in self.reader.bodies(tokens(text, lo, hi)) if not b.plural]
            )
            if gathered and (not bodies or text[bodies[-1].end : hi].strip()):
                continue  # the gathering's subject is the body, its name ends the words
            councillors = None if gathered else _COUNCILLORS_HEAD.search(mt["head"].rstrip(" \t,"))
            if not bodies and councillors is not None:
                # "Kylän kirkkovaltuutetut. (vas) A, B …": the councillors of that council
                kind_word = councillors["kind"].casefold() + "sto"
                kind = self.lex.body_kind(kind_word)
                if kind is not None:
                    a0 = mt.start("head") + councillors.start("kind")
                    bodies = [Mention(a0, a0 + len(councillors[0]), councillors[0], kind_word,
                                      kind, 0.5)]  # fmt: skip
            if not bodies:
                continue
            body = self._kind_on_page(text, bodies[-1])
            body = replace(body, name=body.name[:1].upper() + body.name[1:])
            spans: list[tuple[int, int]] = []
            start = mt.end()
            while True:
                end = start
                while end < len(text) and text[end] not in ".\n":
                    end += 1
                a = start
                for piece in re.finditer(r",|\s(?:och|samt|ja|sekä)\s|\(|\)|:", text[start:end]):
                    spans.append((a, start + piece.start()))
                    a = start + piece.end()
                spans.append((a, end))
                # ". Övre raden (fr.v.) E, F och G": the photo's next row, the same body
                row = _NEXT_ROW.match(text, end)
                if row is None:
                    break
                start = row.end()
            # the seats the page's lists already give in the caption's body ("Sekreterare: Bo
            # Ek" over "Styrelsen, från vänster: …"): one body, with or without its definite
            # ending
            head = body.name.casefold()
            seated = {
                _seat_key(f.actor.name): f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and not mt.start() <= f.actor.start < end
                and (
                    _same_bare(f.target.name.casefold(), head)
                    # "Naisvoimistelijoiden johtokunta" and "Kylän Naisvoimistelijoiden
                    # johtokunta" above a gathering's caption: one body
                    or (gathered and head.endswith(" " + f.target.name.casefold()))
                    # "Liiton hallitus" in the caption of "Kylälän liiton hallitus" (or of
                    # "Kylälän taideliiton hallitus"): the body the page names in full
                    or (" " in head and f.target.name.casefold().endswith(head))
                )
            }
            made: list[Finding] = []
            tried = 0
            for s0, e0 in spans:
                while s0 < e0 and text[s0].isspace():
                    s0 += 1
                while e0 > s0 and text[e0 - 1].isspace():
                    e0 -= 1
                if e0 - s0 < 3 or not text[s0].isupper():
                    # (after a sentence about the body's meeting only: a caption of a board
                    # "and staff" names the staff by their posts, "toiminnanjohtaja A")
                    titled = self._titled_caption_name(text, s0, e0) if met is not None else None
                    if titled is not None:
                        # "varapuheenjohtaja Aino Ek": the person, with the seat the title gives
                        tried += 1
                        made.append(
                            Finding("membership", titled[0], titled[1], body, (mt.start(), end),
                                    0.5, "caption-left-to-right")
                        )  # fmt: skip
                    continue
                tried += 1
                person = self._whole_name(text, s0, e0)
                if person is None or _seat_key(person.name) not in seated:
                    # "…, Bo Ek Eva Lind och …": two names the page's list seats, printed
                    # without a comma between them
                    pair = self._seated_pair(text, s0, e0, seated)
                    if pair:
                        made += [
                            Finding("membership", q, "member", body, (mt.start(), end), 0.5,
                                    "caption-left-to-right")
                            for q in pair
                        ]  # fmt: skip
                        continue
                titled = (
                    self._titled_caption_name(text, s0, e0)
                    if met is not None and (person is None or _DESCRIBED.match(person.written))
                    else None
                )
                if titled is not None:
                    # "Punaisissa-sukissaan Aino Ek": a word on the person before the name
                    person = None
                    made.append(
                        Finding("membership", titled[0], titled[1], body, (mt.start(), end),
                                0.5, "caption-left-to-right")
                    )  # fmt: skip
                if person is not None:
                    made.append(
                        Finding(
                            "membership",
                            person,
                            "member",
                            body,
                            (mt.start(), end),
                            0.5,
                            "caption-left-to-right",
                        )
                    )
            if len(made) < 3 or len(made) < 0.75 * tried:
                continue
            missing = _MISSING_AFTER.match(text, end)
            if missing is not None:
                # "… ja N. Kuvasta puuttuu M.": the member missing from the photo
                g = next(k for k in ("a", "b", "c", "d") if missing[k])
                for s0, e0 in self._missing_names(text, missing.start(g), missing.end(g)):
                    person = self._whole_name(text, s0, e0)
                    if person is not None:
                        made.append(
                            Finding("membership", person, "member", body,
                                    (mt.start(), missing.end(g)), 0.5, "caption-left-to-right")
                        )  # fmt: skip
            # "Bo Ek (revisor)": an auditor in the photo holds no seat in the body; "Eva Lind
            # (ordf)": the note gives the seat's office
            kept: list[Finding] = []
            for f in made:
                note = _CAPTION_NOTE.match(text, f.actor.end)
                if note is not None and AUDITOR.search(note[1]):
                    continue
                role = self.lex.role_of(note[1]) if note is not None else None
                if role in ("chair", "vice_chair", "secretary", "deputy_member"):
                    f.role = role
                kept.append(f)
            made = kept
            for f in made:
                # "säger Bengt-Erik Johansson, omvald förbundsordförande": the post the page
                # gives the person elsewhere, in an apposition
                # or a sentence about the person: "Berit Bölander fick fortsatt förtroende som
                # förbundsordförande", "Karin Liljestrand valdes till ny förbundssekreterare"
                for ap in re.finditer(
                    re.escape(f.actor.written)
                    + r"(?:,\s+(?:[a-zåäö]+\s+)?|[^.!?\n()]{0,60}?\s(?:som|till)\s+"
                    r"(?:nya?\s+|nyvald\s+)?)((?:vice\s+)?[a-zåäö]+)\b",
                    text,
                ):
                    if self._titles_next_name(text, ap.end(1)):
                        # "…, Bo Ek, liittosihteeri Eva Lind, …": the office word is the title
                        # of the name after it, not the post of the name before
                        continue
                    role = self._entry_role(ap[1])
                    if role in ("chair", "vice_chair", "secretary") or (
                        # "I styrelsen från vänster: Eva Ek, suppleant, …": a deputy's seat
                        # in the caption's own "Name, office" items
                        role == "deputy_member" and mt.start() <= ap.start() < end
                    ):
                        f.role = role
                        break
            taken = {f.actor.start for f in made}
            out.findings = [
                f for f in out.findings if f.kind != "membership" or f.actor.start not in taken
            ]
            # a person the list above already seats in the body keeps the list's seat (its
            # office); the caption adds none
            out.findings += [f for f in made if _seat_key(f.actor.name) not in seated]

    def _caption_meeting_body(self, text: str, start: int, end: int) -> Mention | None:
        """The body whose meeting a sentence names, its word in the genitive right before the
        meeting's ("Johtokunnan kokous pidettiin …", "Viimeinen hallituksen kokous …"), or
        None. A word in the nominative before the body's agrees with the meeting, not the
        body ("Viimeinen")."""
        for body in self.reader.bodies(tokens(text, start, end)):
            if body.plural or not _MEETING_AFTER_BODY.match(text, body.end):
                continue
            words = tokens(text, body.start, body.end)
            if len(words) >= 2 and not any(
                a.case == "gen" for a in self.reader.morph.analyse(words[-2].text)
            ):
                head = [
                    b for b in self.reader.bodies(tokens(text, words[-1].start, body.end))
                    if not b.plural
                ]  # fmt: skip
                return head[-1] if head else None
            return body
        return None

    def _titled_caption_name(self, text: str, start: int, end: int) -> tuple[Mention, str] | None:
        """A caption's item that is a title or a few words on the person, then the person's
        whole name ("varapuheenjohtaja Aino Ek", "sihteeri-rahastonhoitaja Bo Lind", "juhlien
        järjestelyjä hoitava Eva Berg"): the person and the seat the title gives (a chair's,
        a vice chair's or a secretary's, else a member's); None if no such name ends it or
        the words before the name are a name of their own."""
        toks = tokens(text, start, end)
        for k in range(1, len(toks) - 1):
            if not toks[k].is_cap:
                continue
            person = self._whole_name(text, toks[k].start, end)
            if person is None or len(person.name.split()) < 2:
                continue
            title = text[start : toks[k].start].strip()
            if not any(t.text[:1].islower() or _DESCRIBED.fullmatch(t.text) for t in toks[:k]):
                return None  # "Bo Ek Eva Lind": two names, no title
            said = self.lists._joined_roles(title) or self._entry_role(title)
            parts = title.casefold().split("-")
            if not said and len(parts) == 2 and any(x in TREASURER_WORDS for x in parts):
                # "sihteeri-rahastonhoitaja": the officer who keeps the accounts too
                said = next((r for x in parts if (r := self.lex.role_of(x))), "")
            role = said if said in _OFFICERS else "member"
            return person, role
        return None

    def _titles_next_name(self, text: str, at: int) -> bool:
        """Whether a person's whole name follows ``at`` on the line, up to the next comma,
        bracket, full stop or "ja"/"och": the word before ``at`` is that person's title."""
        stop = _NEXT_IN_RUN.search(text, at)
        end = stop.start() if stop is not None else len(text)
        s0 = at
        while s0 < end and text[s0] in " \t":
            s0 += 1
        if s0 == at or s0 >= end or not text[s0].isupper():
            return False
        return self._whole_name(text, s0, end) is not None

    @staticmethod
    def _missing_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of the names "D, E ja F" from ``start`` to ``end``."""
        spans: list[tuple[int, int]] = []
        a = start
        for piece in re.finditer(r",|\s(?:och|ja|sekä)\s", text[start:end]):
            spans.append((a, start + piece.start()))
            a = start + piece.end()
        spans.append((a, end))
        return [(s0 + len(text[s0:e0]) - len(text[s0:e0].lstrip()), e0) for s0, e0 in spans]

    def _portrait(
        self, text: str, start: int, end: int, read: list[Finding], ctx: Context
    ) -> list[Finding]:
        """ "Nyt hän on kaupunginvaltuutettu ja kaupunginhallituksen varajäsen", "Hon är
        också ledamot i kommunstyrelsen": in a text that has named one person alone by full
        name (a portrait), the pronoun is that person, and each role the predicate gives with
        its body is a membership ("kaupunginvaltuutettu": a member of the city council). No
        finding when the text has named several people (whom the pronoun means is not sure)."""
        if read or len(ctx.people) != 1:
            return []
        person = ctx.people[0]
        sentence = text[start:end]
        mt = _PORTRAIT.match(sentence)
        if mt is None:
            return []
        out: list[Finding] = []
        pos = start + mt.end()
        for part in re.finditer(r"[^,;.]+", text[pos:end]):
            for phrase in re.split(r"\s+(?:ja|sekä|och|samt)\s+", part.group()):
                offset = pos + part.start() + part.group().index(phrase)
                found = self._portrait_role(text, offset, offset + len(phrase.rstrip()))
                if found is not None:
                    role, body = found
                    out.append(
                        Finding(
                            "membership",
                            person,
                            role,
                            body,
                            (start, end),
                            0.6,
                            "text-portrait",
                        )
                    )
        return out

    def _portrait_role(self, text: str, start: int, end: int) -> tuple[str, Mention] | None:
        """A role and its body in one phrase of a portrait's predicate: "kaupunginhallituksen
        varajäsen(enä)", "kaupunginvaltuutettu(na)", "ledamot i kommunstyrelsen"."""
        phrase = text[start:end].strip()
        s0 = start + text[start:end].index(phrase) if phrase else start
        words = phrase.split()
        if not words:
            return None
        mv = re.fullmatch(r"(\w*)valtuutet(?:tu|tuna|uksi)", words[-1], re.I)
        if mv is not None and len(words) <= 2:
            name = (mv.group(1) + "valtuusto").capitalize()
            w0 = s0 + phrase.rindex(words[-1])
            return "member", Mention(
                w0, w0 + len(words[-1]), words[-1], name, self.lex.body_kind(name) or "body", 0.6
            )
        found = self.reader.bodies(tokens(text, s0, s0 + len(phrase)))
        if len(found) != 1:
            return None
        body = found[0]
        if self.lex.lang == "fi":
            role_word = text[body.end : s0 + len(phrase)].strip()
        else:
            head = text[s0 : body.start].strip()
            if not head.endswith(" i"):
                return None
            role_word = head[:-2].strip()
        role = self.lex.role_of(role_word) if role_word else None
        if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
            return None
        return role, replace(body, name=body.name[:1].upper() + body.name[1:])

    def _officer_under_entry(self, text: str, line: Line, out: Walk) -> bool:
        """ "Enni Mäkilä, konsernipalveluyksikkö" / "Sihteeri": in a list, an officer's role
        alone on the line right under an entry that stated no role is that entry's role, when
        no name follows it (else the line may head the names below: left alone). Replaces the
        entry's membership; whether it did. The role may be followed by whom the person speaks
        for ("Puheenjohtaja, kunnanhallituksen edustaja"), or come after its ordinal ("I
        varapuheenjohtaja"); a telephone or an e-mail line may follow it, as on contact cards set
        apart by blank lines ("Leo Aikio" / "I varapuheenjohtaja" / "Puh. 040 …")."""
        word = _ORDINAL_BEFORE.sub("", line.text.strip(), count=1)
        first, comma, rest = word.partition(",")
        speaks_for = bool(comma and rest.strip() and not self.lists._names_person(rest))
        if speaks_for:
            word = first.strip()
        role = self.lex.role_of(word) if not word.endswith(":") else None
        if role not in ("chair", "vice_chair", "secretary") or not out.findings:
            return False
        last = out.findings[-1]
        if (
            last.kind != "membership"
            or last.role != "member"
            or last.rule != "list-entry"
            or text[last.quote[1] : line.start].strip()
            or text[last.quote[0] : last.quote[1]].count("\n")
        ):
            return False
        held = [f for f in out.findings if f.quote == last.quote]
        if len(held) != 1:
            return False
        following = text[line.end :].lstrip().split("\n", 1)[0]
        if (
            not speaks_for
            and following
            and not contact_line(following)
            and self.lists._names_person(following)
        ):
            return False
        out.findings[-1] = replace(last, role=role, quote=(last.quote[0], line.end))
        return True

    def _job_under_entry(self, text: str, line: Line, out: Walk) -> bool:
        """ "Anna Berg" / "Utvecklare" / "Telefon:": a staff member's contact card (a job in
        one word, an agent noun, then a contact label), not a seat: the entry's membership is
        dropped. Whether it was."""
        word = line.text.strip()
        if not out.findings or not _AGENT_NOUN.fullmatch(word) or self.lex.role_of(word):
            return False
        last = out.findings[-1]
        if (
            last.kind != "membership"
            or last.rule != "list-entry"
            or last.role != "member"
            or text[last.quote[1] : line.start].strip()
            or text[last.quote[0] : last.quote[1]].count("\n")
        ):
            return False
        following = text[line.end :].lstrip().split("\n", 1)[0].strip()
        if not (contact_line(following) or re.fullmatch(r"[A-ZÅÄÖ][\w-]*:", following)):
            return False
        out.findings.pop()
        return True

    def _affiliation_under_entry(self, text: str, line: Line, ctx: Context, out: Walk) -> bool:
        """ "Aino Ahola" / "Kylälän eläkeläiset ry", a card set apart by blank lines: in a list,
        a short line right under an entry, that names no person, role or body, is whom the
        entry's person speaks for (not the group of the names below it, which a card's blank
        line ends). Sets the entry's ``on_behalf_of``; whether it did."""
        if not out.findings or ctx.columns or line.kind == "item":
            return False
        last = out.findings[-1]
        if (
            last.kind != "membership"
            or last.rule != "list-entry"
            or last.on_behalf_of is not None
            or text[last.quote[1] : line.start].count("\n") != 1
            or text[last.quote[1] : line.start].strip()
        ):
            return False
        before = text[: last.quote[0]]
        after = text[line.end :]
        if before.strip() and not re.search(r"\n[ \t]*\n[ \t]*$", before):
            return False  # the entry is no card of its own
        if after.strip() and not re.match(r"[ \t]*\n[ \t]*\n", after):
            return False  # a line with more under it: a heading of what follows
        label = line.text.strip().rstrip(".")
        if (
            not label[:1].isupper()
            or self.lists.entry(text, line.content_start, line.end, ctx)
            or len(label.split()) > 6
            or label.endswith(":")
            or self.lex.role_of(label)
            or self.lists._names_person(label)
            or self._specific_bodies(text, line.start, line.end)
        ):
            return False
        held = [f for f in out.findings if f.quote == last.quote]
        if len(held) != 1:
            return False
        org = Mention(line.start, line.start + len(label), label, label, "organisation", 0.5)
        out.findings[-1] = replace(last, on_behalf_of=org, quote=(last.quote[0], line.end))
        return True

    def _contact_after_items(self, text: str, p: Paragraph) -> bool:
        """A name and a title, a telephone number or an address under them, right after a
        bulleted list: a contact person printed under the list, not one more of its entries
        (which are bulleted)."""
        if any(ln.kind == "item" for ln in p.lines):
            return False
        before = text[: p.start].rstrip().rsplit("\n", 1)[-1]
        below = text[p.end :].lstrip().split("\n", 1)[0]
        return bool(re.match(r"\s*[•·▪◦●*–-]\s", before)) and bool(below) and contact_line(below)  # noqa: RUF001

    def _officer_card(self, text: str, line: Line, ctx: Context) -> list[Finding]:
        """ "Anna Berg (S)" / "Ordförande" / "Tel: …": a contact card under the body's name,
        the officer's role (chair, vice chair, secretary; also a secretary's title that
        begins with a body's word, "Nämndsekreterare") on the line under the name and a
        contact detail under the role: the person holds that role in the body."""
        if ctx.body is None or ctx.status or line.kind == "item":
            return []
        word = line.text.strip().rstrip(":")
        role = self.lex.role_of(word)
        if role is None and "," in word:
            # "Puheenjohtaja, IT-vastaava": the office, then the person's other duties
            head, _comma, duties = word.partition(",")
            if not self.lists._names_person(duties.strip()):
                role = self.lex.role_of(head.strip())
        if role is None and len(word.split()) == 1:
            low = word.casefold()
            if any(
                self.lex.role_of(low[i:]) == "secretary" and self.lex.body_kind(low[:i])
                for i in range(3, len(low) - 3)
            ):
                role = "secretary"  # "Nämndsekreterare", "Lautakuntasihteeri"
        if role not in ("chair", "vice_chair", "secretary"):
            return []
        below = text[line.end :].lstrip().split("\n", 1)[0]
        if not below or not contact_line(below.split(":", 1)[-1]):
            return []
        above_end = len(text[: line.start].rstrip())
        above_start = text.rfind("\n", 0, above_end) + 1
        while above_start < above_end and text[above_start] in " \t":
            above_start += 1
        person = self.lists._person(text, above_start, above_end)
        if person is None:
            return []
        rest = text[person.end : above_end].strip()
        if rest and not re.fullmatch(r"\([^()]{1,12}\)", rest):
            return []  # only a party's abbreviation may follow the name
        return [
            Finding(
                kind="membership",
                actor=person,
                role=role,
                target=ctx.body,
                quote=(above_start, line.end),
                confidence=person.confidence - 0.1,
                rule="list-contact-card",
            )
        ]

    def _body_over_caption(self, text: str, out: Walk) -> None:
        """A photo caption led by the body it shows ("Uusi hallitus vas. Aino Ek Kuopio, Bo
        Lind pj, Eva Berg Oulu ja Olli Oja Lappi."): each comma's item a person's first name
        and surname, then where they come from or their role in the body (that item's
        only); everyone else a member of the body the caption names. Read when the caption's
        first words name one body and nothing else, and it lists three people or more, each
        item beginning with a name; what the sentences made of it gives way."""
        for mt in _BODY_CAPTION.finditer(text):
            head = tokens(text, mt.start("head"), mt.end("head"))
            bodies = self.reader.bodies(head)
            if len(bodies) != 1 or bodies[0].plural or bodies[0].case not in ("", "nom"):
                continue
            cut = re.search(r"\.(?:\s|$)|\n", text[mt.end() :])
            end = mt.end() + (cut.start() if cut else len(text) - mt.end())
            items = [
                (mt.end() + i.start(), mt.end() + i.end())
                for i in re.finditer(r"[^,]+", text[mt.end() : end])
            ]
            if items:
                # "… Oksa Pirkanmaa ja Jarkko Haavisto Satakunta": the last two items
                a, b = items[-1]
                joint = re.search(r"\s(?:ja|och|sekä|samt)\s", text[a:b])
                if joint:
                    items[-1:] = [(a, a + joint.start()), (a + joint.end(), b)]
            people: list[tuple[Mention, str]] = []
            for a, b in items:
                item = re.match(r"\s*([A-ZÅÄÖ][\w'-]+)[ \t]+([A-ZÅÄÖ][\w'-]+)", text[a:b])
                if item is None or self.lex.role_of(item.group(1)):
                    people = []
                    break
                s0, e0 = a + item.start(1), a + item.end(2)
                rest = text[e0:b].strip(" \t.")
                role = self.lex.role_of(rest) if rest and rest[:1].islower() else None
                if rest and rest[:1].islower() and role is None:
                    role = self.lex.line_abbreviation(rest)
                if role not in (None, "chair", "vice_chair", "secretary", "member",
                                "deputy_member"):  # fmt: skip
                    people = []
                    break
                name = f"{item.group(1)} {item.group(2)}"
                people.append((Mention(s0, e0, text[s0:e0], name, "person", 0.6, "nom"),
                               role or "member"))  # fmt: skip
            if len(people) < 3:
                continue
            b = bodies[0]
            body = Mention(b.start, b.end, b.written, b.name[:1].upper() + b.name[1:], "body",
                           0.55)  # fmt: skip
            span = (mt.start(), end)
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + [
                Finding("membership", p, role, body, span, 0.55, "body-caption")
                for p, role in people
            ]

    def _post_and_body_cards(self, text: str, out: Walk) -> None:
        """Cards of a presidium: a line of posts, each with the body it is in ("Ordförande,
        samhällsutvecklingsnämnden"; "1:e vice ordförande, Kommunfullmäktige samt 1:e vice
        ordförande socialnämnden"), then the holder's line "Name (PARTY)" (blank lines
        between): each post in its body is the holder's. Every part of the post line must be
        a post and a body the lexicon knows; what the rules read for the holder in those
        bodies gives way."""
        lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]
        for k in range(len(lines) - 1):
            s0, e0, line = lines[k]
            parts = re.split(r"[ \t]+(?:samt|och|sekä|ja)[ \t]+", line.strip())
            seats: list[tuple[str, Mention]] = []
            pos = s0 + len(line) - len(line.lstrip())
            for part in parts:
                pm = _POST_BODY.fullmatch(part)
                at = text.find(part, pos, e0)
                pos = at + len(part)
                if pm is None:
                    seats = []
                    break
                role = self.lex.role_of(re.sub(r"^\d:[ae][ \t]+", "", pm.group("post")))
                word = pm.group("body")
                if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member") or (
                    self.lex.body_kind(word.casefold()) is None
                ):
                    seats = []
                    break
                a = at + pm.start("body")
                name = word[:1].upper() + word[1:]
                seats.append((role, Mention(a, a + len(word), word, name, "body", 0.6)))
            if not seats:
                continue
            holder = _CARD_HOLDER.fullmatch(lines[k + 1][2])
            if holder is None:
                continue
            a = lines[k + 1][0] + holder.start("name")
            words = re.sub(r"\s*\([^)]*\)$", "", holder.group("name")).split()
            if self.lex.role_of(words[0]):
                continue
            b = a + len(" ".join(words))
            person = Mention(a, b, text[a:b], " ".join(words), "person", 0.6, "nom")
            bodies = {body.name.casefold() for _r, body in seats}
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership"
                    and a <= f.actor.start < b
                    and f.target is not None
                    and f.target.name.casefold() in bodies
                )
            ] + [
                Finding("membership", person, role, body, (s0, b), 0.6, "post-body-card")
                for role, body in seats
            ]

    def _roles_under_names(self, text: str, lines: list[Line]) -> list[Finding]:
        """Photo cards run together: a name, the party on the next line, then the person's
        office in a body ("Peter Boström" / "Svenska Folkpartiet" / "Stadsfullmäktiges I
        viceordförande"; "Aino Ahola" / "Keskusta" / "Kunnanvaltuuston puheenjohtaja"): the
        role line gives the person two lines above it (or one, with no party line) that
        office in the body it names. Read only when every role line of the paragraph has its
        person; [] otherwise."""
        if len(lines) < 3:
            return []
        found: list[Finding] = []
        parties = 0
        officers = ("chair", "vice_chair", "secretary")
        for i, ln in enumerate(lines):
            words = ln.text.split()
            if len(words) < 2 or not any(
                self.lex.role_of(" ".join(words[-n:])) in officers for n in (1, 2)
            ):
                continue  # no office named at the line's end
            toks = tokens(text, ln.start, ln.end)
            bodies = self.reader.bodies(toks)
            if not bodies or bodies[0].start != ln.start or bodies[0].plural:
                continue
            role = self.lex.role_of(text[bodies[0].end : ln.end].strip())
            if role not in ("chair", "vice_chair", "secretary"):
                continue
            person = None
            for back in (1, 2):
                if i - back < 0:
                    break
                above = lines[i - back]
                if self._party_line(text, above):
                    continue  # "Svenska Folkpartiet", "Finlands Socialdemokratiska Parti"
                person = self.lists._person(text, above.content_start, above.end)
                if person is not None and not text[person.end : above.end].strip():
                    break
                person = None
            if person is None:
                return []
            if back == 2:
                parties += 1
            body = bodies[0]
            body = replace(body, name=body.name[:1].upper() + body.name[1:])
            quote = (lines[max(0, i - 2)].start, ln.end)
            found.append(Finding("membership", person, role, body, quote, 0.75, "card-role-under"))
        # one card alone only with its party's line between the name and the office
        return found if len(found) >= 2 or parties else []

    def _offices_under_name_lines(
        self, text: str, lines: list[Line], ctx: Context
    ) -> list[Finding]:
        """Cards of a body's officers, each a name line (with the party in parentheses) right
        over a line that is only the office ("Aino Ek (S)" / "Ordförande", "Bo Lind (M)" /
        "1:e vice ordförande"), no blank line between: the office in the body of the
        heading; or the office of the body the line names ("Kommunstyrelsens ordf.",
        "Socialutskottets ordförande"). Read only when the lines are all such pairs; []
        otherwise."""
        if ctx.status or len(lines) < 2 or len(lines) % 2:
            return []
        found: list[Finding] = []
        for above, below in zip(lines[::2], lines[1::2], strict=True):
            said = below.text.strip().rstrip(":,").strip()
            role, body = self.lex.role_of(said), ctx.body
            if role is None:
                bodies = self.reader.bodies(tokens(text, below.content_start, below.end))
                if bodies and bodies[0].start == below.content_start and not bodies[0].plural:
                    rest = text[bodies[0].end : below.end].strip().rstrip(":,").strip()
                    role = self.lex.role_of(rest) or self.lex.role_of(rest.rstrip("."))
                    b = bodies[0]
                    body = replace(b, name=b.name[:1].upper() + b.name[1:])
            if role not in ("chair", "vice_chair", "secretary") or below.bullet or body is None:
                return []
            person = self.lists._person(text, above.content_start, above.end)
            if person is None or not _PAREN_PARTY_REST.fullmatch(text[person.end : above.end]):
                return []
            quote = (above.start, below.end)
            found.append(
                _membership(ctx, person, role, quote, 0.75, "card-office-under", target=body)
            )
        return found

    def _names_with_duties(self, text: str, lines: list[Line], ctx: Context) -> list[Finding]:
        """A roster of three or more lines one under another under a body's heading, each a
        name (a town perhaps after it) and what the person is in lower case, parts joined by
        commas or "ja" ("Aho Aino Kylälä puheenjohtaja ja seuran esimies", "Ek Bo Ylämaa
        hallituksen jäsen, sihteeri", "Lind Eva Kylälä hallituksen jäsen, työryhmän jäsen
        31.7.2016 saakka"): each person holds the highest office a part names in the body of
        the heading ("hallituksen jäsen": its member), and a seat in another body a part
        names in the genitive ("työryhmän jäsen"); a date after a seat (when it began or
        ended within the period) aside. Read only when every line holds a seat in the
        heading's body; [] otherwise."""
        if ctx.body is None or ctx.status or ctx.contacts or len(lines) < 3:
            return []
        found: list[Finding] = []
        for ln in lines:
            mt = _NAME_DUTY_LINE.fullmatch(ln.text.strip())
            if mt is None or ln.bullet:
                return []
            words = mt.group("name").split()
            if len(words) == 3 and not place_of(words[-1], self.reader.morph):
                return []
            at = ln.start + ln.text.index(mt.group("name"))
            end = at + len(" ".join(words[:2])) if len(words) == 3 else at + len(mt.group("name"))
            if text[at:end].split() != words[:2]:
                return []
            person = Mention(at, end, text[at:end], " ".join(words[:2]), "person", 0.7, "nom")
            d0 = at + len(mt.group("name"))
            best = ""
            for part in re.finditer(r"[^,]+", text[d0 : ln.end]):
                p0 = d0 + part.start()
                for piece in re.finditer(r"(?:(?![ \t]ja[ \t]).)+", part.group()):
                    said = _SEAT_DATE.sub("", piece.group().strip())
                    s0 = p0 + piece.start() + (len(piece.group()) - len(piece.group().lstrip()))
                    role, body = self.lex.role_of(said), ctx.body
                    if role is None:
                        bodies = self.reader.bodies(tokens(text, s0, s0 + len(said)))
                        if not bodies or bodies[0].start != s0 or bodies[0].plural:
                            continue
                        role = self.lex.role_of(text[bodies[0].end : s0 + len(said)].strip())
                        b = bodies[0]
                        if not SentenceReader._refers_to(b, ctx.body):
                            body = replace(b, name=b.name[:1].upper() + b.name[1:])
                    if role not in _OFFICER_RANK:
                        continue
                    if body is ctx.body:
                        if not best or _OFFICER_RANK[role] < _OFFICER_RANK[best]:
                            best = role
                    else:
                        quote = (ln.content_start, ln.end)
                        found.append(
                            _membership(
                                ctx, person, role, quote, 0.7, "list-name-duty", target=body
                            )
                        )
            if not best:
                return []
            quote = (ln.content_start, ln.end)
            found.append(_membership(ctx, person, best, quote, 0.75, "list-name-duty"))
        return found

    def _party_line(self, text: str, line: Line) -> bool:
        """A line that names a party or an organisation (a card's line under a name)."""
        return self._is_organisation(text, line) or bool(_PARTY_LINE.search(line.text))

    def _officer_under_name(self, text: str, p: Paragraph, ctx: Context) -> list[Finding]:
        """A contact card of a list: the first line names a person (perhaps after or before
        a role word: "jäsen Helena Paakki", "Hoikka Raimo, jäsen"), a line under it ends in an
        officer's role after what the person speaks for ("kunnan edustaja, sihteeri",
        "pensionärsföreningen, ordförande"): the person holds that office in the body of the
        list. Telephone and e-mail lines may follow; nothing else."""
        if ctx.body is None or ctx.contacts or ctx.status or not 2 <= len(p.lines) <= 4:
            return []
        first = p.lines[0]
        line = first.text.strip()
        words = line.split()
        start = first.content_start
        if len(words) >= 3 and self.lex.role_of(words[0]):
            start = first.start + first.text.index(words[1])  # "jäsen Helena Paakki"
        person = self.lists._person(text, start, first.end)
        if person is None:
            return []
        after = text[person.end : first.end].strip(" ,")
        if after and not self.lex.role_of(after):
            return []
        for ln in p.lines[1:]:
            if contact_line(ln.text):
                continue
            parts = [x.strip(" .") for x in ln.text.split(",")]
            role = self.lex.role_of(parts[-1]) if len(parts) >= 2 else None
            if role in ("chair", "vice_chair", "secretary"):
                quote = (first.start, ln.end)
                return [Finding("membership", person, role, ctx.body, quote, 0.75, "list-card")]
            return []
        return []

    def _name_line_above(self, text: str, start: int) -> bool:
        """Whether the line right above the one at ``start`` (no blank line between) is only a
        person's name."""
        if start < 2 or text[start - 1] != "\n":
            return False
        above_start = text.rfind("\n", 0, start - 1) + 1
        line = text[above_start : start - 1]
        at = above_start + len(line) - len(line.lstrip())
        end = above_start + len(line.rstrip())
        if at >= end:
            return False
        person = self.lists._person(text, at, end)
        return person is not None and person.start == at and person.end == end

    def _name_twice_above(self, text: str, start: int) -> bool:
        """Whether the two lines with text right above the one at ``start`` (blank lines
        between them or not) are the same person's name."""
        cut = start
        for _ in range(6):  # the six pieces after the sixth line break back, no copy of all before
            cut = text.rfind("\n", 0, cut) if cut > 0 else -1
        above = [ln.strip() for ln in text[cut + 1 : start].split("\n") if ln.strip()][-2:]
        if len(above) < 2 or above[0] != above[1]:
            return False
        at = text.rfind(above[1], 0, start)
        person = self.lists._person(text, at, at + len(above[1]))
        return person is not None and person.end - person.start == len(above[1])

    def _office_said(self, label: str) -> str | None:
        """The role a card's heading names: the role's word ("Puheenjohtaja"), or the office an
        election gave ("Puheenjohtajaksi valittiin", "Till ordförande valdes")."""
        role = self.lex.role_of(label)
        if role is None and (elected := _ELECTED_TO.fullmatch(label)) is not None:
            role = self.lex.role_of(elected.group("fi") or elected.group("sv") or "")
        return role

    def _role_card(self, text: str, first: Line, second: Line, ctx: Context) -> list[Finding]:
        """A contact card headed by a body's role ("Vanhusneuvoston sihteeri" / "Tilaajajohtaja
        Jaana Männikkö" / address lines; "Rådets ordförande" / "Anna Berg"): the person on
        the next line, after a job title if there is one, holds that role in that body, the
        page's body when the role names it by its head word (also under "Yhteystiedot": the
        card itself says the role). An officer's role alone ("Sekreterare, ansvarig
        tjänsteperson") is that of the body the page speaks of, outside a list (in one the
        run reader reads a role line over a name)."""
        toks = tokens(text, first.start, first.end)
        bodies = self.reader.bodies(toks)
        if len(bodies) == 1 and bodies[0].start == first.start:
            role = self._office_said(text[bodies[0].end : first.end].strip(" :"))
        elif not bodies and ctx.body is not None and not ctx.listing:
            # "Sekreterare, ansvarig tjänsteperson" / "Åge Sollien": an officer of the page's
            # body (the part before the first comma is the role, the rest describes the post)
            role = self._office_said(first.text.split(",")[0].strip(" :"))
            bodies = [ctx.body]
            _head, comma, rest = first.text.partition(",")
            named = self._first_person(text, first.end - len(rest), first.end) if comma else None
            if named is not None and not text[named.end : first.end].strip():
                return []  # "Sihteeri, Raija Ketonen": the line names its holder itself
        else:
            return []
        if role not in ("chair", "vice_chair", "secretary"):
            return []
        below = text[first.end :].lstrip().split("\n", 1)[0]
        if below and contact_line(below) and self._name_line_above(text, first.start):
            # "Aino Ek" / "Puheenjohtaja, IT-vastaava" / "pj@…" / "Bo Lind": the office
            # between a name line and a contact line is that name's card, not the heading of
            # the card below it
            return []
        if self._name_twice_above(text, first.start):
            # "Aino Ek" / "Aino Ek" / "Ordförande" / "Bo Lind" / "Bo Lind" / …: each name
            # printed twice (an image's caption and the card's title), the office under the
            # pair is that card's, not the heading of the next
            return []
        start = self.lists._after_occupation(text, second.start, second.end) or second.start
        person = self.lists._person(text, start, second.end)
        rest = text[person.end : second.end].strip() if person is not None else ""
        if person is None or (rest and not re.fullmatch(r",\s*[a-zåäö][\w -]*", rest)):
            return []  # (but "Aino Mäki, asukasyhteyshenkilö": her job after a comma)
        body = bodies[0]
        if ctx.body is not None and SentenceReader._refers_to(body, ctx.body):
            body = ctx.body  # "Rådets ordförande" on the page of "Äldrerådet i Testby"
        quote = (first.start, second.end)
        return [Finding("membership", person, role, body, quote, 0.7, "text-role-card")]


def _same_head_word(a: str, b: str) -> bool:
    """Whether two bodies' names end in the same word, its definite ending aside ("Styrelsen",
    "Föreningens styrelse")."""
    x = a.split()[-1].casefold() if a.split() else ""
    y = b.split()[-1].casefold() if b.split() else ""
    short, long = sorted((x, y), key=len)
    return (
        bool(short) and long.startswith(short) and long[len(short) :] in ("", "n", "en", "et", "t")
    )

"""The walker's passes over minutes' attendance: present and absent lists, timed and marked
attendance tables, run-on members' sections and the posts printed in their columns."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.findings import Finding, Walk
from hytegraph.authoring.extract.givennames import first_name
from hytegraph.authoring.extract.lexicon import MEMBERS_MEETING
from hytegraph.authoring.extract.lists import AUDITOR
from hytegraph.authoring.extract.mentions import Mention, Token, tokens
from hytegraph.authoring.extract.passes.common import (
    _CELL_NAME,
    _GENITIVE_BODIES,
    _MINUTES_STOP,
    _NAMES_RUN,
    _RUN_NAME,
    _name_key,
)
from hytegraph.authoring.extract.places import gazetteer
from hytegraph.authoring.extract.segment import end_at, line_around, lines
from hytegraph.authoring.extract.sentences import appoints

#: "Testilän Seuran hallituksen kokous 3/2019": a body's meeting in the genitive in a
#: minutes' head
_MEETING_TITLE_GENITIVE = re.compile(
    r"(?<![\w-])(?P<body>[\w-]+n)[ \t]+kokous(?:[ \t]+(?:nro[ \t]*)?\d+/\d{2,4})?[ \t]*$", re.M
)
#: "Aino Ek pj      12-20", "Bo Lind        poissa": an attendance line, the name (a post
#: and its years) padded apart from the items attended or the word for absent
_PADDED_ATTENDANCE = re.compile(
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:[ \t][A-ZÅÄÖ][\w-]+){1,2})"
    r"(?:[ \t](?P<post>[a-zåäö]{1,12}\.?))?(?P<term>[ \t]+\d{4}[–-]\d{2,4})?"  # noqa: RUF001
    r"(?:[ \t]{2,}|\t)(?:§*[ \t]*\d+(?:[ \t]*[–-][ \t]*\d+)?|poissa|läsnä)[ \t]*"  # noqa: RUF001
)

#: A member and deputy column header run into the minutes' text ("Varsinaiset jäsenet
#: Varajäsenet", "Ordinarie ledamöter Ersättare").
_ATTENDANCE_HEADER = re.compile(
    r"(?:Varsinaiset\s+jäsenet|Jäsenet|Ordinarie\s+ledamöter|Ledamöter)\s+"
    r"(?:Henkilökohtaiset\s+)?(?:varajäsenet|ersättare)\b",
    re.I,
)

#: The same columns' header with a presence column after each ("Jäsen Paikalla Varajäsen
#: Paikalla"): the run under it a member, a mark, the deputy, a mark, row by row.
_PRESENCE_COLUMNS_HEADER = re.compile(
    r"(?<![\w-])(?:Varsinainen\s+)?jäsen\s+(?:paikalla|läsnä)\s+"
    r"(?:henkilökohtainen\s+)?varajäsen\s+(?:paikalla|läsnä)(?![\w-])",
    re.I,
)

#: A minutes' member and deputy columns flattened with a presence mark after each name:
#: "jäsenet: varajäsenet: Aino Ek (x) Bo Lind () Eva Salo () Olli Mäki (x)".
_MARKED_PAIRS_HEADER = re.compile(
    r"(?<![\w-])(?:jäsenet|ledamöter)\s*:?\s+(?:henkilökohtaiset\s+)?(?:varajäsenet|ersättare)"
    r"\s*:",
    re.I,
)
#: One name of such a run and its presence mark (a page number and an arrow perhaps between);
#: an officer's abbreviation or a post after a comma before the mark.
_MARKED_NAME = re.compile(
    r"\s*(?P<name>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){1,2})"
    r"(?P<post>,?\s+[a-zåäö]{2,20}\.?)?(?:\s+\d{1,3}\s*->)?\s*\((?:x|X)?\)"
)


#: The others present at a meeting, after its members: "MUUT SAAPUVILLA OLLEET", "Övriga".
_OTHERS_PRESENT = re.compile(r"MUUT|Muut|ÖVRIGA|Övriga")

#: Minutes' heading of those present in capitals, not the others' ("MUUT SAAPUVILLA OLLEET").
_PRESENT_CAPITALS = re.compile(r"(?<!MUUT )\b(?:SAAPUVILLA\s+OLLEET|LÄSNÄ\s+OLLEET|NÄRVARANDE)\b")

#: The meeting place the heading is run into: "Kunnantalo, kunnanhallituksen kokoushuone".
_MEETING_PLACE = re.compile(r"\s*[A-ZÅÄÖ][\w-]*,\s+(?:[a-zåäö][\w:-]*\s+){0,2}\w*(?:huone|sali)\b")

#: One of the others present with a seat after a comma: "Mikko Korhonen, kv:n 1. vpj.".
_OTHER_SEAT = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäö-]+\s+[A-ZÅÄÖ][a-zåäö-]+),\s*"
    r"(?P<said>(?:[a-zåäö]{1,4}:n|[a-zåäö]+n)\s+(?:\d\.\s*|[IV]{1,3}\.?\s*)?[a-zåäö]+\.?)"
)

#: Members counted, then named: "neljä kunnanhallituksen jäsentä eli", "tre ledamöter i X:".
_COUNTED_MEMBERS = re.compile(
    r"(?<![\w-])(?P<n>\d{1,2}|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän)\s+"
    r"(?P<body>[\w-]+n)\s+(?P<word>jäsentä|varajäsentä)\s*(?:eli\s+|:\s*)",
    re.I,
)
_COUNT_WORDS = {
    w: n
    for n, w in enumerate(
        ["kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"], 2
    )
}
#: The header of a flattened attendance table: name, task, (note,) then the "present" label
#: ("Osallistujat Nimi Tehtävä Lisätieto Läsnä", "Namn Uppdrag Anteckning Närvarande").
_ATTENDANCE = re.compile(
    r"\b(?:Nimi\s+Tehtävä(?:\s+Lisätieto)?\s+Läsnä|"
    r"Namn\s+(?:Uppdrag|Funktion|Roll)(?:\s+(?:Anteckning|Anmärkning|Övrigt))?\s+Närvarande)\b"
)
#: The members' column of minutes run together into one line, after the meeting's time or
#: place: "Kokouspaikka Kunnantalo Jäsenet Anne Tuovila puheenjohtaja …".
_RUN_ON_HEAD = re.compile(
    r"(?:Kokous(?:aika|paikka)|Mötes(?:tid|plats)|Tid|Plats)\b[^\n]{0,120}?\b(?:Jäsenet|Ledamöter)\b"
)
#: Finnish minutes' label of the members present, run into the line of the meeting's time and
#: place ("… Pykälät: 1-23 Läsnä jäsenet: Tilvis Matti Vaappo Tomi …").
_PRESENT_MEMBERS_FLAT = re.compile(r"(?<![\w-])Läsnä(?:[ \t]+olleet)?[ \t]+jäsenet[ \t]*:[ \t]*")
#: Where that run ends: the others present, the absent, the minutes' checkers.
_PRESENT_FLAT_STOP = re.compile(
    r"(?<![\w-])(?:Läsnä[ \t]+muut|Muut[ \t]+läsnä\w*|Muut[ \t]+osallistujat|"
    r"Poissa(?:[ \t]+olleet)?(?:[ \t]+jäsenet)?[ \t]*:|Pöytäkirjan[ \t]+tarkastaj\w*)"
)
#: One of the others present after "Läsnä muut:", surname first, a comma and the post up to
#: the next name: "Seppälä Jarkko, pääsihteeri", "Seppänen Pirre, SYL:n hallituksen jäsen".
_OTHER_FLAT_ITEM = re.compile(
    r"(?P<sur>[A-ZÅÄÖ][a-zåäöé][\w'-]*)[ \t]+(?P<first>[A-ZÅÄÖ][a-zåäöé][\w'-]*)[ \t]*,[ \t]*"
    r"(?P<post>[^,\n]*?)(?=[ \t]+[A-ZÅÄÖ][a-zåäöé][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäöé]|[ \t]*(?:\n|$))"
)
#: Such a post that is a seat in another body, said in the genitive: "SYL:n hallituksen jäsen".
_OTHER_FLAT_SEAT = re.compile(
    r"(?P<owner>[\w-]+:n[ \t]+)?(?P<body>[\w-]+n)[ \t]+"
    r"(?P<post>jäsen|puheenjohtaja|varapuheenjohtaja)"
)
#: The board's posts cut short in a students' union's minutes: "hpj" (hallituksen
#: puheenjohtaja), "hvpj" (its vice chair), "hj" (hallituksen jäsen).
_BOARD_POST_SHORT = {"hpj": "chair", "hvpj": "vice_chair", "hj": "member"}
#: A body's meeting named in the genitive, in capitals or not: "EDUSTAJISTON KOKOUS 3".
_GENITIVE_KOKOUS = re.compile(r"(?i)(?<![\w-])([\w-]+n)[ \t]+kokous(?![\w-])")
#: Where that column ends: the next column word.
_RUN_ON_STOP = re.compile(
    r"\b(?:Muut(?:\s+osallistujat)?|Poissa|Övriga(?:\s+närvarande)?|Frånvarande)\b"
)
#: "Läsnä:", "Paikalla:", "Närvarande:" alone on a line, those present listed under it
_PRESENT_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*(?:Läsnä(?:[ \t]+olleet)?|Paikalla|Närvarande)[ \t]*:[ \t]*$"
)
#: an item under it, a name and the capacities after commas: "• Aino Ek, jäsen, hallituksen
#: jäsen", "• Bo Lind, ei jäsen"
_PRESENT_ITEM = re.compile(
    r"[ \t]*(?:[•·▪*–-][ \t]*)?(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,3})"  # noqa: RUF001
    r"[ \t]*,[ \t]*(?P<caps>[^\n]*[^\s])[ \t]*"
)
#: how specific a seat is: the most specific of an item's capacities is read
_SPECIFIC = {"member": 0, "deputy_member": 1, "vice_chair": 2, "chair": 3}
#: The attendance of minutes flattened to one run of words under a "present" label, its
#: sections each a label and a colon: "Paikalla: Varsinaiset jäsenet: … Varajäsenet: … Muut
#: osallistujat: … Poissa: Varsinaiset jäsenet: …".
_PRESENT_HEAD = re.compile(
    r"\b(?:Paikalla|Läsnä(?:\s+olleet)?|Närvarande)\s*:\s*(?=(?:Varsinaiset\s+)?[Jj]äsenet\s*:|"
    r"(?:Ordinarie\s+)?[Ll]edamöter\s*:)"
)
_PRESENT_SECTION = re.compile(
    r"\b(?P<member>(?:Varsinaiset\s+)?[Jj]äsenet|(?:Ordinarie\s+)?[Ll]edamöter)\s*:|"
    r"\b(?P<deputy>Varajäsenet|Ersättare)\s*:|"
    r"\b(?P<other>Muut(?:\s+\w+)?|Övriga(?:\s+\w+)?)\s*:|"
    r"\b(?P<absent>Poissa(?:\s+olleet)?|Frånvarande)\s*:|"
    r"\b(?P<end>Asialista|Föredragningslista|Käsitellyt\s+asiat|Ärenden)\b"
)
#: An attendance table with a time column flattened to a run of words: "Surname Firstname
#: 14:15-18:20 puheenjohtaja", the name, when the person was there, then the seat.
_TIMED_ITEM = re.compile(
    # (a middle initial after the first name: "Tilus Riitta A.")
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:\s+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2}(?:\s+[A-ZÅÄÖ]\.)?)\s+"
    r"\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}"  # noqa: RUF001
    # (a table's cell may begin in capitals: "Jäsen", "Kunnanhallituksen pj.", "KH:n edustaja")
    r"(?P<role>(?:\s+(?:[a-zåäö][\w:.,-]*|[IV]{1,3}\.?|(?:Kunnan|Kaupungin)?(?:hallituksen|"
    r"valtuuston)|Hallituksen|Valtuuston|(?:Jäsen|Varajäsen|Puheenjohtaja|Varapuheenjohtaja)|"
    r"Pj\.?|Vpj\.?|[A-ZÅÄÖ]{2,5}:n)"
    r"(?![\w-]))*)"
)


def _genitive_board(word: str) -> str:
    """The council or board a genitive ending names ("kunnanhallituksen" → "Kunnanhallitus",
    "kaupunginvaltuuston" → "Kaupunginvaltuusto"), capitalised; "" for any other word."""
    gen = word.casefold()
    tail = next((t for t in _GENITIVE_BODIES if gen.endswith(t)), None)
    if tail is None:
        return ""
    base = gen[: -len(tail)] + _GENITIVE_BODIES[tail]
    return base[:1].upper() + base[1:]


#: A presence label right before a name written "Surname, Firstname" ("Läsnä Kujanpää,
#: Antti", "Jäsenet Mäkinen, Jussi").
_INVERTED_HEAD = re.compile(
    r"(?<![\w-])(?:Läsnä(?:[ \t]+olleet)?(?:[ \t]+jäsenet)?|Jäsenet|Saapuvilla(?:[ \t]+olleet)?"
    r"(?:[ \t]+jäsenet)?)[ \t]*:?[ \t]+(?=[A-ZÅÄÖ][\w'-]+,[ \t]*[A-ZÅÄÖ])"
)
#: One inverted row's name: "Kujanpää, Antti", "Ala-Reinikka, Tapani".
_INVERTED_ROW = re.compile(
    r"[ \t]*(?P<sur>[A-ZÅÄÖ][\w'-]+),[ \t]*(?P<first>[A-ZÅÄÖ][a-zåäöé'-]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)"
    r"(?![\w'-])"
)
#: Where an inverted row's words end: the next row's name, or a section's label.
_INVERTED_NEXT = re.compile(
    r"[ \t]*(?:(?=[A-ZÅÄÖ][\w'-]+,[ \t]*[A-ZÅÄÖ][a-zåäö])|(?P<label>Poissa\b|Muut\b|Esittelijä"
    r"|Sihteeri\b|Pöytäkirjanpitäjä|[A-ZÅÄÖ]{4,}))"
)
#: A section's label between inverted rows: the absent members, or the others present.
_INVERTED_SECTION = re.compile(
    r"[ \t]*(?:(?P<absent>Poissa(?:[ \t]+olleet)?(?:[ \t]+jäsenet)?)|Muut(?:[ \t]+[a-zåäö]+){0,2}"
    r"|Esittelijä[t]?|Sihteeri|Pöytäkirjanpitäjä)[ \t]*:?"
)
#: A word in capitals or a numbered item after a row's words: the attendance has ended.
_INVERTED_STOP = re.compile(r"[A-ZÅÄÖ]{4,}|(?<![\w.])\d{1,3}[ \t]+[A-ZÅÄÖ][a-zåäö]")
#: A seat in another body said after an inverted name: "yht. kirkkovaltuuston puheenjohtaja".
_COMMON_BODY_POST = re.compile(
    r"[ \t]*(?P<joint>yht\.[ \t]*|yhteisen[ \t]+)?(?P<body>[a-zåäö]+n)[ \t]+"
    r"(?P<post>puheenjohtaja|varapuheenjohtaja|jäsen)(?![\w-])"
)
#: A flattened attendance row's post right after the name.
_ROW_POSTS = {
    "puheenjohtaja": "chair",
    "varapuheenjohtaja": "vice_chair",
    "jäsen": "member",
    "varajäsen": "deputy_member",
}
#: The post of one who speaks for a body at another's meeting ("kunnanhallituksen edustaja").
_ROW_REPRESENTATIVE = re.compile(r"edustaja")
#: Finnish minutes' template: the members present, and the note on who chaired.
_PRESENT_MEMBERS = re.compile(
    r"SAAPUVILLA\s+OLLEET\s+JÄSENET(?:\s*\([^)]{0,80}\))?|"
    r"Saapuvilla\s+olleet\s+jäsenet(?:\s*\([^)]{0,80}\))?"
)
#: A heading of an attendance table's column or part run into its first name ("Läsnä
#: Porsanger Veikko 10:00-12:30 …").
_TABLE_HEAD_WORD = re.compile(r"(?:Läsnä|Lisätiedot|Tehtävä|Muut?|Närvarande|Beslutande)\s+")
#: The same table's absent members, with no time: "POISSA Surname Firstname kv:n I varapj.".
_UNTIMED_ITEM = re.compile(
    r"\s*(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*\s+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    # (a body abbreviated in capitals, "KH:n puheenjohtaja", or in the genitive before a
    # lower-case word, "Nuorisovaltuuston edustaja")
    r"(?P<role>(?:\s+(?:[a-zåäö][\w:.,-]*|[IV]{1,3}\.?|[A-ZÅÄÖ]{2,5}:n|"
    r"[A-ZÅÄÖ][a-zåäö]+n(?=\s+[a-zåäö]))(?![\w-]))+)"
)
#: A town named in a page's head ("TESTILÄN KAUPUNKI", "Testilän kaupunki")
_TOWN_HEAD = re.compile(r"(?i)(?<![\w-])\w+n[ \t]+kaupunki(?![\w-])")
_ABSENT_HEAD = re.compile(r"\s*(?:POISSA|Poissa)(?:\s+olleet)?\s*:?")
#: A seat in another body of the municipality, the body abbreviated: "kv:n puheenjohtaja".
_SEAT_ELSEWHERE = re.compile(
    # (or bare before the seat, a table's cell: "kv I vpj", "kh pj")
    r"(?P<abbr>kv|kh|kvalt|khall|kvalt\.|khall\.|yv|yh)(?::n\s+|\s+(?=(?:[IV]{1,3}\.?\s+)?\w*pj))|"
    # the body written out in the genitive: "valtuuston I varapj", "kunnanhallituksen pj."
    r"(?P<gen>(?:kunnan|kaupungin)?valtuuston|(?:kunnan|kaupungin)?hallituksen)\s+",
    re.I,
)
_ABBREVIATED_BODIES = {
    "kv": "Kunnanvaltuusto",
    "kvalt": "Kunnanvaltuusto",
    "kh": "Kunnanhallitus",
    "khall": "Kunnanhallitus",
    # a joint municipal authority's council and board ("yv:n puheenjoht.")
    "yv": "Yhtymävaltuusto",
    "yh": "Yhtymähallitus",
}
#: a word: what stands between spaces
_WORD = re.compile(r"\S+")
#: Minutes' attendance columns flattened one after the other: the names (each with a note in
#: parentheses, if any), then their roles in the same order ("Läsnä Aho Aino Ek Bo (poistui
#: klo 19.10) puheenjohtaja jäsen").
_COLUMN_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö][\w'-]*")
_COLUMN_ROLES = re.compile(
    r"(?:\s+(?:[a-zåäö][\w:.,-]*|[IV]{1,3}\.?)(?![\w-]))+(?=\s+(?:[A-ZÅÄÖ\d]|\(?$)|\s*$)"
)
#: A blank line: a paragraph's break.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: "Läsnä:", "Poissa:", "Puheoikeudella olevat:": a label of minutes' attendance before a
#: comma run of names and posts on its line
_ATTENDANCE_COMMA_LABEL = re.compile(
    r"^[ \t]*(Läsnä|Poissa|Puheoikeudella olevat|Paikalla)[ \t]*:[ \t]*", re.M
)
#: A seat in a Swedish protocol's roll: "ordförande", "1-e vice ordförande", "tj ledamot",
#: "tjänstgörande ersättare".
_ROW_SEAT = (
    r"(?:(?:tj|tjg|tjänstgörande)\.?[ \t]+)?(?:(?:1:e|2:e|1-e|2-e|förste|andre)[ \t]+)?"
    r"(?:vice[ \t]+)?(?:ordförande|ledamot|ersättare|suppleant)"
)
#: One row of a Swedish protocol's roll flattened into a run: perhaps a label of the rows
#: ("Beslutande", "Ersättare"), a name, the party in brackets, perhaps the seat ("Anders
#: Nyström (S) vice ordförande", "Annica Lundgren (S) tj ledamot", "Ulla Persson (Fp) tj
#: ersättare"; "tj", serving).
_PARTY_POST_ROW = re.compile(
    r"(?<![\w-])(?:(?P<label>Beslutande|Närvarande|Ledamöter|(?:Ej[ \t]+)?[Tt]jänstgörande"
    r"[ \t]+ersättare|Ersättare|Adjungerade|Adjungerad)[ \t]+)?"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
    r"(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2})"
    r"[ \t]+\([A-ZÅÄÖ][A-Za-zåäö]{0,5}\)"
    # the seat after a comma perhaps capitalised ("(M), Ordförande"), else in small letters
    # (a capitalised word right after the party is the next row's label: "(C) Tjänstgörande
    # ersättare A")
    r"(?:[ \t]*,[ \t]+(?P<post>(?i:" + _ROW_SEAT + r"))(?![\w-])"
    r"|[ \t]+(?P<small>" + _ROW_SEAT + r")(?![\w-]))?"
)
#: The rules that read a name by the words next to it, not by the layout of a roll.
_WORD_RULES = frozenset(
    {"text-role-before", "text-apposition", "text-parenthesis", "name-run", "list-entry",
     "list-role-first", "list-organisation", "list-titled"}
)  # fmt: skip
#: "Ek Aino", "Lind-Aho Bo Erik": an item of such a run that is a name
#: "Styrelsemöte", "Styrelsesammanträde" alone on a line of a page's head: a board's meeting
_BOARD_MEETING_LINE = re.compile(
    r"(?im)^[ \t]*(?P<body>Styrelse)(?:möte|sammanträde)(?:[ \t]+(?:nr[ \t]*)?\d+)?[ \t]*$"
)
#: "Rapport från styrelsemöte 1/2023 …", "Protokoll fört vid styrelsemötet": a board's meeting
#: named in a line of the page's head
_BOARD_MEETING_NAMED = re.compile(
    r"(?i)(?<![\w-])(?:från|vid|över)[ \t]+(?P<body>styrelse)(?:möte|sammanträde)t?(?![\w-])"
)
#: "Närvarande;", "Närvarande:", "Följande deltog på mötet;" at a line's start before a run of
#: names on the same line
_PRESENT_BARE_LABEL = re.compile(
    r"(?m)^[ \t]*(?:Närvarande|Följande[ \t]+deltog(?:[ \t]+(?:på|i|vid)[ \t]+mötet)?)"
    r"[ \t]*[;:][ \t]*(?=[A-ZÅÄÖ])"
)
#: "Styrelsen sammanträder för trettonde gången …": a board's meeting said in the page's head
_BOARD_MEETING_SAID = re.compile(
    r"(?<![\w-])(?P<body>Styrelse)n[ \t]+(?:sammanträder|sammanträdde|höll[ \t]+möte)(?![\w-])"
)
#: "Närvarande:" inside a line of minutes run together (after an item's title), before the
#: run of names; where that run ends: the next label
_PRESENT_MID_LABEL = re.compile(r"(?<=[ \t)])Närvarande[ \t]*:[ \t]*(?=[A-ZÅÄÖ])")
_ABSENT_MID_LABEL = re.compile(r"(?<=[ \t])(?:Återbud|Frånvarande)[ \t]*:[ \t]*(?=[A-ZÅÄÖ])")
_NEXT_MID_LABEL = re.compile(r"[ \t]+(?:Frånvarande|Återbud|Övriga|Adjungerade)[ \t]*:")
#: "Närvarande från styrelsen:", "Närvarande ur nämnden;" at a line's start before a run of
#: names on the same line: those present from the body the label names by a bare word
_PRESENT_FROM_BODY_LABEL = re.compile(
    r"(?m)^[ \t]*Närvarande[ \t]+(?:från|ur|av)[ \t]+(?P<body>[a-zåäö]{4,})[ \t]*[;:][ \t]*"
    r"(?=[A-ZÅÄÖ])"
)
#: "Närvarande:" alone on its line, those present on the next line that is not blank
_PRESENT_LABEL_ALONE = re.compile(r"(?m)^[ \t]*Närvarande[ \t]*:[ \t]*\n(?:[ \t]*\n)*")
#: one item of a line of those present set apart by runs of spaces: "Aino Ek ordf.", "Bo Lind
#: ledamot", a name then perhaps the post in small letters
_SPACED_NAME_POST = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäöé][\w'-]*(?:[ \t][A-ZÅÄÖ][a-zåäöé][\w'-]*){1,2})"
    r"(?:[ \t]+(?P<post>[a-zåäö][\w.]*(?:[ \t][a-zåäö][\w.]*)?))?"
)
#: the seats a board's member present may hold after the name on such a line
_SPACED_ROLES = frozenset({"chair", "vice_chair", "secretary", "member", "deputy_member"})
#: "Återbud;", "Frånvarande:": the label of a board meeting's apologies before their names
_ABSENT_BARE_LABEL = re.compile(r"(?m)^[ \t]*(?:Återbud|Frånvarande)[ \t]*[;:][ \t]*(?=[A-ZÅÄÖ])")
#: "Övriga;", "Övriga närvarande:": the label of the others present before their names
_OTHERS_BARE_LABEL = re.compile(
    r"(?m)^[ \t]*Övriga(?:[ \t]+närvarande)?[ \t]*[;:][ \t]*(?=[A-ZÅÄÖ])"
)
#: "Aino Ek (ordförande)": a name and the word or words in a parenthesis after it
_NAME_AND_PAREN = re.compile(r"([^()]+?)[ \t]*\(([^()]{2,40})\)")
#: "Förbundsstyrelsen beslutar": a board's compound name (not a municipality's or region's)
_OWN_BOARD = re.compile(
    r"(?<![\w-])((?!Kommun|Region|Lands)[A-ZÅÄÖ][a-zåäö]{2,}styrelsen)(?![\w-])"
)
#: the roles a board's member present may have in a parenthesis
_BOARD_ROLES = frozenset({"chair", "vice_chair", "secretary", "member"})
_COMMA_RUN_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöé][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäöé][\w'-]*){1,2}")
#: "JÄSENET:", "Jäsenet:": a members' label before a run of names flattened from a column
_MEMBERS_LABEL = re.compile(r"(?<![\w-])(?:JÄSENET|Jäsenet):")
#: "MUUT KUTSUTUT:", "POISSA: SYY:": a minutes' form's label in capitals, a column's heading
_CAPS_LABEL = re.compile(r"((?:[A-ZÅÄÖ]{3,}[ \t]+)*[A-ZÅÄÖ]{3,}):(?:\s+[A-ZÅÄÖ]{3,}:)*")
#: "puheenjohtaja, Helsinki": one entry of a minutes' post column flattened after its column of
#: names, the post and the municipality or group the seat is for
_PLACED_POST = re.compile(
    r"(?<![\w-])([a-zåäö][\w-]*(?:\s+[a-zåäö][\w-]*){0,2}),\s+([A-ZÅÄÖ][a-zåäö][\w-]*)(?![\w-])"
)
#: a name's initial joined to the word before it ("Pekka M.")
_INITIAL = re.compile(r"[A-ZÅÄÖ]\.")
#: "Närvarande      Ej närvarande", "Läsnä     Poissa": the header of an attendance table of
#: two columns, flattened to lines whose cells are set apart by runs of spaces; what follows
#: each word in the header (up to a colon) may name the body
_PRESENT_ABSENT = re.compile(
    r"^[ \t]*(?:Närvarande|Läsnä|Paikalla)(?P<body>[^\n]*?):?[ \t]{3,}"
    r"(?:Ej[ \t]+närvarande|Frånvarande|Poissa)[^\n\w]*$",
    re.M,
)
#: "… Paikka kokoushuone Läsnä Ek Aino puheenjohtaja …": minutes' attendance flattened onto
#: the line that names the meeting's time or place, under a bare "Läsnä" / "Närvarande"
_PRESENT_ON_TIME_LINE = re.compile(
    r"(?m)^[^\n]*?\b(?:Aika|Paikka|Kokousaika|Kokouspaikka|Tid|Plats)\b[^\n]*?"
    r"(?<![\w-])(?:Läsnä|Närvarande)(?![\w:-])"
)
#: "Aino Ek, puheenjohtaja Bo Lind, varapuheenjohtaja": an attendance list's chair and vice
#: chair, each with a comma and the seat after the name (bare names of members may follow)
_PRESIDIUM_THEN_BARE = re.compile(
    r"(?<![\w-])(?P<chair>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*),[ \t]*"
    r"puheenjohtaja\s+(?P<vice>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*),"
    r"[ \t]*(?P<vpj>varapuheenjohtaja)(?![\w-])"
)
#: "Aino Ek, valtuuston 1. vpj.": a name, a comma, and a seat in a body named in the genitive
_COMMA_SEAT_ITEM = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*),[ \t]*"
    r"(?P<seat>[a-zåäö][\w-]*n[ \t]+(?:(?:[1-3]\.?|[IV]{1,3}\.?)[ \t]+)?"
    r"(?:pj|vpj|varapj|puheenjohtaja|varapuheenjohtaja)\.?)(?![\w-])"
)
#: "Jäsen Henkilökohtainen varajäsen", "Jäsen Ilmoittanut poissaolostaan Varajäsen": the header
#: of a table of members and their deputies, flattened with its names after it
_MEMBER_DEPUTY_HEADER = re.compile(
    r"(?<![\w-])Jäsen(?:[ \t]+[A-ZÅÄÖ]?[a-zåäö]+){0,2}?[ \t]+"
    r"(?:Henkilökohtainen[ \t]+varajäsen|Varajäsen)(?![\w-])"
)
#: One name of that table, surname first, the member's office after a comma, an "X" after it
_PAIR_TABLE_ITEM = re.compile(
    r"\s+(?P<name>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*)"
    r"(?:,[ \t]*(?P<office>pj|vpj|varapj|puheenjohtaja|varapuheenjohtaja)\.?)?"
    r"(?:[ \t]+[Xx](?=\s))?(?=\s|$)"
)
#: A name after that table with its title after it, lower-case words and ordinals
_TITLED_AFTER_PAIRS = re.compile(
    r"\s+(?P<name>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*)"
    r"[ \t]+(?P<title>[a-zåäö][\w.-]*(?:[ \t]+(?:[a-zåäö][\w.-]*|\d\.?))*)(?=\s|$)"
)
#: One bare "Firstname Surname" of such a list
_BARE_PAIR = re.compile(r"\s+([A-ZÅÄÖ][a-zåäö][\w-]*)[ \t]+([A-ZÅÄÖ][a-zåäö][\w-]*)(?=\s|$)")
#: Where the members absent begin in that run
_ABSENT_WORD = re.compile(r"(?<![\w-])(?:Poissa|Frånvarande)(?![\w:-])")
#: the oldest member, who opens a body's first meeting and chairs it until its chair is
#: elected ("iältään vanhin valtuutettu", "ikäpuhemies", "den till åldern äldsta ledamoten")
_OLDEST_MEMBER = re.compile(
    r"(?i)(?<![\w-])(?:iältään\s+vanhin|ikäpuhemie\w*|till\s+åldern\s+äldst\w*)"
)
#: "Irene Ek (C), BIN, ordförande ": one item of minutes' decision makers flattened to a run,
#: the name, the party, what the member comes from (an abbreviation) and a post
_PARTY_ITEM = re.compile(
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t][A-ZÅÄÖ][\w'-]+){1,2})[ \t]\([A-ZÅÄÖ]{1,3}\)"
    r"(?:,[ \t][A-ZÅÄÖ]{2,6}(?![\w-]))?(?:,[ \t](?P<post>[a-zåäö][\w .:-]{2,30}?))?"
    r"(?=[ \t]+[A-ZÅÄÖ]|[ \t]*$)",
    re.M,
)
#: One "Name, role" item of minutes' attendance flattened to a run ("x Erkki Ek, pj. Ossi Aho,
#: vj. x Risto Holm, II vpj."): an "x" for present, the name, the seat after a comma.
_COMMA_ITEM = re.compile(
    r"(?<![\w'-])(?P<x>(?:x\s+)+)?(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*\s+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    r"(?:,\s+(?P<role>(?:[a-zåäö][\w:./-]*|[IV]{1,3}\.?)"
    r"(?:,?\s+(?:(?!x\s)[a-zåäö][\w:./-]*|[IV]{1,3}\.?))*))?"
    r"(?![\w'-])"
)
_ITEM_GAP = re.compile(r"(?:[ \t]+[-–][ \t]+|[ \t]*\([^()\n]{0,80}\)[ \t]*|[ \t]+)+")  # noqa: RUF001
#: Minutes' attendance under its own labels, run together: "Varsinaiset jäsenet Aino Ek,
#: kirkkoherra Bo Lind … Varajäsenet Eva Salo (Bo Lind) …".
_REGULAR_MEMBERS = re.compile(r"(?<![\w-])Varsinaiset[ \t]+jäsenet[ \t]*:?[ \t]+")
_DEPUTIES_LABEL = re.compile(r"(?<![\w-])Varajäsenet[ \t]*:?[ \t]+")
#: A deputy with the member they stand for in parentheses: "Eva Salo (Bo Lind)".
_BRACKETED_ITEM = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})[ \t]*"
    r"\((?P<of>[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*){1,2})\)[ \t]*"
)
#: A title after a listed name's comma: ", kirkkoherra".
_TITLE_AFTER_COMMA = re.compile(r",[ \t]*[a-zåäö][\w.-]*(?:[ \t]+[a-zåäö][\w.-]*)*[ \t]*")
#: Minutes' attendance under labels with no colon, names printed surname first: "Läsnäolevat
#: jäsenet Ek Aino, pj Lind Bo Salo Eva varajäsen … Poissaolevat jäsenet Mäki Olli Muut läsnä
#: olevat …".
_PRESENT_MEMBERS_LABEL = re.compile(
    r"(?<![\w-])Läsnä[ \t]*(?:olevat|olleet)[ \t]+jäsenet[ \t]*:?[ \t]*"
)
_ABSENT_MEMBERS_LABEL = re.compile(
    r"(?<![\w-])Poissa[ \t]*(?:olevat|olleet)[ \t]+jäsenet[ \t]*:?[ \t]*"
)
_OTHERS_PRESENT_LABEL = re.compile(
    r"(?<![\w-])Muut[ \t]+(?:läsnä[ \t]*(?:olevat|olleet)|saapuvilla[ \t]+olleet|"
    r"osallistujat)(?![\w-])"
)
#: One person of a flattened attendance run, a note perhaps after the name: "Aino Ek (pj)",
#: "Bo Lind (vpj, paikalla kohdasta 5)", "Eva Holm".
_RUN_PERSON = r"[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*(?:[ \t]*\([^()\n]{1,60}\))?"
#: A minutes' attendance flattened into a sentence: "Paikalla: A (pj), B (vpj), C, D ja E.",
#: then perhaps "Poissa: F, G ja H sekä I (post)".
_FLAT_ATTENDANCE = re.compile(
    rf"(?<![\w-])(?P<label>Paikalla|Läsnä|Poissa)"
    # ("Paikalla todettiin olevan:" and the names on the paragraph after it)
    rf"(?:[ \t]+olleet|[ \t]+todettiin[ \t]+olevan|[ \t]+olivat)?[ \t]*:[ \t]*(?:\n[ \t]*){{0,2}}"
    rf"(?P<items>{_RUN_PERSON}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:ja|sekä)[ \t]+){_RUN_PERSON})+)"
)
#: A body's meeting named in the genitive: "Hallituksen kokouksessaan", "johtokunnan kokous".
_GENITIVE_MEETING = re.compile(r"(?<![\w-])(?P<body>[A-ZÅÄÖa-zåäö][\w-]*n)[ \t]+kokou[ks]\w*")
#: A minutes' head's field of those present or absent, the label in a column padded apart
#: from a comma run of names ("LÄSNÄ         Aino Ek, Bo Lind sekä varajäsen Eva Salo",
#: "POISSA        Ola Berg, varajäsen Pia Aho").
_PADDED_ROLL = re.compile(
    r"(?m)^[ \t]*(?P<label>LÄSNÄ|Läsnä|POISSA|Poissa|NÄRVARANDE|Närvarande|FRÅNVARANDE|"
    r"Frånvarande)(?:[ \t]*:[ \t]*|[ \t]{3,}|\t[ \t]*)(?P<items>\S[^\n]*)$"
)
#: A deputy's word before a name in such a run ("sekä varajäsen Eva Salo").
_ROLL_DEPUTY_WORD = re.compile(r"(?:varajäsen(?:et)?|ersättare(?:n)?|suppleant(?:en)?)[ \t]+")
#: A Swedish board's meeting named in the text: "styrelsemötet", "Styrelsens möte".
_BOARD_MEETING_WORD = re.compile(r"(?i)(?<![\w-])styrelse(?:n?s[ \t]+)?möte(?:t)?(?![\w-])")
#: A minutes' attendance label on a line of its own ("Läsnä:", "Poissa:", "Paikalla olleet:").
_ATTENDANCE_LABEL_LINE = re.compile(
    r"^[ \t]*(?:Läsnä|Paikalla|Poissa)(?:[ \t]+olleet)?[ \t]*:[ \t]*$", re.M
)
#: A name with a post in parentheses on a line of its own: "Aino Ek (sihteeri)".
_PARENTHESISED_POST_LINE = re.compile(
    r"[ \t]*(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)[ \t]*"
    r"\((?P<post>[a-zåäö]+)\)[ \t]*(?:\n|$)"
)
#: One line of a numbered attendance list, the surname perhaps first: "3.  Ek Aino, jäsen
#: saapui kohdassa 9" (a deputy filling the seat above unnumbered: "Lind Bo, varajäsen").
_NUMBERED_SEAT_LINE = re.compile(
    r"[ \t]*(?:(?P<num>\d{1,3})\.[ \t]+)?"
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)[ \t]*,[ \t]*"
    r"(?P<role>[a-zåäö]+)(?P<rest>[^\n]*)(?:\n|$)"
)
#: A note of when a member came or left, run into the list: "Saapui pykälän 191 aikana klo".
_COMING_AND_GOING = re.compile(
    r"(?<![\w-])(?:[Ss]aapui|[Pp]oistui)(?:[ \t]+(?:[a-zåäö][\w.]*|\d[\d.:]*|§+))*"
)
#: The chair's and the vice chair's words cut short: "puh.joht.", "varapuheenjoht.".
_SHORT_CHAIR = re.compile(r"(?i)(?P<vara>vara)?puh(?:een)?\.?\s*joht\.?")
#: One of the others present under their label, surname first, and the post after the name:
#: "Aho Eero kv:n pj", "Ek Olli kv:n II vpj", "Lind Tea kunnanjohtaja".
_OTHER_POST_ITEM = re.compile(
    r"[ \t]*(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    r"(?P<post>(?:[ \t]+(?:[a-zåäö][\w.:]*|[IV]{1,3}\.?(?=[ \t]+[a-zåäö])))+)"
)
#: A minutes' participants table flattened with its column heads: "Osallistujat Nimi Tehtävä
#: Lisätiedot Läsnä Ek Aino puheenjohtaja …" (not "Läsnä olleet jäsenet", a label of its own).
_PARTICIPANTS_HEAD = re.compile(
    r"(?i)(?<![\w-])nimi[ \t]+tehtävä[ \t]+lisätiedot[ \t]+läsnä(?![\w-])"
    r"(?![ \t]*(?:olleet|olevat|oll|:))"
)
#: Where such a table's absentees begin ("Poissa", "POISSA") and where the table ends (a
#: heading in capitals, "ALLEKIRJOITUKSET", or the paragraph's end).
_PARTICIPANTS_ABSENT = re.compile(r"(?i)(?<![\w-])poissa(?![\w-])")
_PARTICIPANTS_END = re.compile(r"(?<![\w-])(?!POISSA)[A-ZÅÄÖ]{4,}(?![\w-])|\n[ \t]*\n")
#: One row of such a table: the name surname first, then the seat or post, perhaps with
#: another body's abbreviation or genitive and an ordinal before it ("Ek Olli I vpj.", "Aho
#: Eero valtuuston pj.", "Lind Tea esittelijä"); a note may follow before the next row.
_PARTICIPANT_ROW = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)[ \t]+"
    r"(?P<other>(?:kv|kh|yv|yh)(?::n)?[ \t]+|(?:kunnan|kaupungin)?(?:valtuuston|hallituksen)"
    r"[ \t]+)?(?:[IV]{1,3}\.?[ \t]+)?(?P<post>[a-zåäö][\w.]*)"
)
#: One attendance item: a name of two words, perhaps a seat word after it ("Ek Aino, pj").
_NAME_SEAT_ITEM = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)"
    r"(?:[ \t]*,?[ \t]*(?P<role>[a-zåäö][\w.]*))?[ \t]*"
)
#: A minutes' title naming its body in the genitive before the word for a meeting or minutes
#: ("SEURAKUNTANEUVOSTON KOKOUS PÖYTÄKIRJA 1/2017", "Johtokunnan kokouksen pöytäkirja").
_GENITIVE_MINUTES_TITLE = re.compile(
    r"(?<![\w-])(?P<body>[A-ZÅÄÖ][\w-]*n)[ \t]+(?:kokous[ \t]+|kokouksen[ \t]+)?"
    r"pöytäkirja(?![\w-])",
    re.I,
)
#: The absentees after a run of "Name, role" items: "Poissa: Aino Ek, Bo Lind" (two words a
#: name, commas between).
_ABSENT_ITEMS = re.compile(
    r"[ \t]*(?:Poissa(?:[ \t]+olleet)?|Poissaolleet)[ \t]*:[ \t]*"
    r"(?P<names>[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*"
    r"(?:,[ \t]*[A-ZÅÄÖ][a-zåäö][\w'-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w'-]*)*)"
)
#: Presence marks after a run of names, one a name ("(x) (x) ()"): a form's columns flattened.
_PRESENCE_MARKS = re.compile(r"\((?:x|X)?\)(?:\s*\((?:x|X)?\))+")
#: Officers' column headings before such names ("pj vpj", "pj I vpj II vpj").
_OFFICER_HEADS = re.compile(
    r"(?:(?<=\s)(?:[IV]{1,3}\s+)?(?:pj|vpj|varapj|puheenjohtaja|varapuheenjohtaja)\.?\s*)+$"
)
#: A minutes' section of members flattened: "Läsnä olleet jäsenet: Aino Ek pj Bo Lind 38
#: esteellinen Eva Salo Olli Mäki Muut läsnäolijat:": the label, then names with short notes.
_MEMBERS_SECTION = re.compile(
    r"(?<![\w-])(?P<label>(?:[Vv]ara)?[Jj]äsenet)\s*:\s*(?P<run>[^:\n]{10,600}?)"
    r"(?=\s+[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+)?\s*:|$)"
)
#: A presence label before a minutes' attendance table flattened to one run ("Paikalla x Aino
#: Ek pj. Bo Lind Testilä x Eva Salo …").
_PRESENCE_RUN_LABEL = re.compile(
    r"(?<![\w-])(?:Paikalla|Läsnä|Närvarande)(?=\s+(?:[xX]\s+)?[A-ZÅÄÖ])"
)
#: The item of a minutes' own agenda that names its body in the genitive: the body's meeting
#: schedule ("JÄTELAUTAKUNNAN KOKOUSAIKATAULU VUONNA 2012", "Lautakunnan kokousajat").
_OWN_SCHEDULE_ITEM = re.compile(
    r"(?<![\w-])(?P<body>[A-ZÅÄÖ][\w-]+[nN])\s+(?:kokousaikataulu|kokousajat|kokouspäivät)"
    r"(?![\w-])",
    re.I,
)
#: The kinds of place a row of such a table closes with: a municipality the seat is for.
_ROW_PLACES = frozenset({"fi-municipality", "fi-former", "se-municipality"})

#: A sentence saying that the proposal just made was accepted: the proposed seats are held.
_ACCEPTED = re.compile(
    r"(?<![\w-])(?:ehdotus|esitys)\s+hyväksyttiin|(?<![\w-])förslaget\s+(?:godkändes|bifölls)",
    re.I,
)
#: A sentence about the meeting of the body the minutes are of: it was convened, it has a
#: quorum ("Maakunnallinen nuorisovaltuusto on kutsuttu koolle", "Nämnden är beslutför").
_MEETING_OF = re.compile(
    r"kutsuttu\s+koolle|kokous\s+on\s+päätösvaltainen|päätösvaltai|sammankallad|beslutför",
    re.I,
)


#: "… styrelsemedlemmar (4)": a group's label closed by how many names it has, in parentheses
_COUNTED_LABEL = re.compile(r"[ \t]*\((\d{1,2})\)")
#: The separators of a counted group's items: a comma, "och", "samt", a full stop
_GROUP_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:och|samt)[ \t]+|\.[ \t]+")
#: A phrase in lower case: a label or an apposition ("nuvarande ordförande")
_GROUP_PHRASE = re.compile(r"[a-zåäö][\w-]*(?:[ \t]+[a-zåäö][\w-]*){0,5}")


#: A line of a label word and the names after it ("Suppleanter Eva Ek, Bo Lind",
#: "Valberedning Ulla Berg, Kim Vik"): the label and the names
_LABEL_NAMES_LINE = re.compile(
    # (a post's word may open with an organisation's initials: "SSR-ombud Bo Ek")
    r"(?m)^[ \t]*(?P<label>[A-ZÅÄÖ](?:[A-ZÅÄÖ]+-)?[a-zåäö-]+)[ \t]+"
    # (the names may go on to the next line after a comma or "och": "Valberedning Eva Ek, Bo
    # Lind och" / "Kim Vik")
    r"(?P<names>[A-ZÅÄÖ][^\n]*?(?:(?:,|[ \t](?:och|samt))[ \t]*\n[ \t]*[A-ZÅÄÖ][^\n]*?)?)[ \t]*$"
)


def _glue_brackets(toks: list[Token]) -> list[Token]:
    """Letters in brackets inside a word ("Oli(via)", a name's spelling given both ways) read
    as part of it: one token, "Olivia"."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if (
            k + 3 < len(toks)
            and toks[k + 1].text == "("
            and toks[k + 1].start == t.end
            and toks[k + 2].is_word
            and toks[k + 3].text == ")"
            and toks[k + 3].start == toks[k + 2].end
        ):
            out.append(Token(t.text + toks[k + 2].text, t.start, toks[k + 3].end))
            k += 4
            continue
        out.append(t)
        k += 1
    return out


#: A task at one meeting, printed in the task column of an attendance table.
_MEETING_TASK = re.compile(
    r"(?:protokoll)?justerare|rösträknare|pöytäkirjan?tarkastaja|ääntenlaskija", re.I
)


def _spelled_chair(said: str) -> str:
    """A seat word with the chair's or the vice chair's word cut short written out
    ("varapuheenjoht." → "varapuheenjohtaja"); any other word as it is."""
    short = _SHORT_CHAIR.fullmatch(said.strip(" ,"))
    if short is None:
        return said
    return f"{short.group('vara') or ''}puheenjohtaja"


class AttendancePasses:
    """Passes of the :class:`~hytegraph.authoring.extract.walker.Walker` (a mixin)."""

    def _sorted_name_runs(self, text: str, out: Walk) -> None:
        """ "PÖYTÄKIRJA 1/2020 Kirkkovaltuusto Kokousaika … Aino Ek Bo Lind, puheenjohtaja
        8-12 Eero Mäki …": a minutes' cover flattened onto a line, those present a run of
        names with no separators in the alphabetical order of surnames
        (:meth:`Unflattener.sorted_name_runs`). Each name is a member of the body the line
        names before the run; a note of an officer's post after a name's comma
        (", puheenjohtaja 8-12") is that officer's seat, unless the text says the person is the
        oldest member, who chairs a body's first meeting only until its chair is elected. A
        reading of the whole line in that body gives way (it cannot tell where the names end,
        nor the officials after them from those present); a seat a sentence gives stays."""
        for run in self.unflatten.sorted_name_runs(text):
            line_start = text.rfind("\n", 0, run[0][0]) + 1
            body = self._seat_body_before(text, line_start, run[0][0]) or self._caps_body_before(
                text, line_start, run[0][0]
            )
            if body is None:
                continue
            start, end = run[0][0], run[-1][2]
            out.findings = [
                f
                for f in out.findings
                if not (
                    f.kind == "membership"
                    and f.target is not None
                    and f.target.name.casefold() == body.name.casefold()
                    and f.quote[0] <= start
                    and f.quote[1] >= end
                    # the run's names paired in order with a run of posts after it are read
                    # already, each with its own post (when the pairing took every name the
                    # line runs: no name's word just before the first)
                    and not (
                        f.rule == "minutes-columns"
                        and not _COLUMN_NAME_WORD.fullmatch(
                            (text[line_start : f.quote[0]].split() or [""])[-1]
                        )
                    )
                )
            ]
            seated = [
                (f.actor.start, f.actor.end) for f in out.findings if f.actor.kind == "person"
            ]
            for ns, ne, stop in run:
                if any(ns < e and s < ne for s, e in seated):
                    continue
                written = text[ns:ne]
                role = "member"
                note = text[ne:stop].strip(" ,")
                said = self._post_role(note)
                if said in ("chair", "vice_chair", "secretary"):
                    role = said
                if role == "chair" and re.search(
                    _OLDEST_MEMBER.pattern + r"[^.]{0,60}?" + re.escape(written), text
                ):
                    role = "member"  # the oldest member, chairing until the chair is elected
                actor = Mention(ns, ne, written, written, "person", 0.6, "nom")
                out.findings.append(
                    Finding("membership", actor, role, body, (ns, stop), 0.6, "cover-sorted-run")
                )

    def _post_role(self, note: str) -> str | None:
        """The role of a post's first three, two or one words in a note after a name
        (", puheenjohtaja 1-5", ", 2:e vice ordförande"), or None."""
        words = re.sub(r"^\d:[ae] ", "", note).split()
        for n in (3, 2, 1):
            role = self.lex.role_of(" ".join(words[:n]))
            if role:
                return role
        return None

    def _caps_body_before(self, text: str, start: int, end: int) -> Mention | None:
        """ "… STYRELSE Aino Ek Bo Lind …": a body's heading in capitals right before a run of
        names (the word just before ``end``), as a mention in its base form."""
        head = re.search(r"(?<![\w-])([A-ZÅÄÖ]{4,})[ \t]+$", text[start:end])
        if head is None or not self._seat_body_word(head.group(1)):
            return None
        word = head.group(1)
        at = start + head.start(1)
        name = word[:1] + word[1:].casefold()
        return Mention(
            at, at + len(word), word, name, self.lex.body_kind(word.casefold()) or "body", 0.7
        )

    def _attendance_pairs(self, text: str, out: Walk) -> None:
        """Minutes' attendance table flattened into one run of words under its member and
        deputy column header ("Varsinaiset jäsenet Varajäsenet SAAPUVILLA X Ek Aino, pj. Puu
        Pekka OLLEET X Mäki Liisa Oja Onni …"): the names, two words each (and a middle
        initial), a member, then that member's deputy, and so on; presence marks ("X"),
        headings in capitals and an officer's abbreviation after a comma between them. The run
        ends at the others present ("MUUT") or at any other word. Read so only when each
        stretch of names has an even number of words, the pairs are at least three and the
        minutes name their body; what other rules made of the run gives way."""
        heads = [*_ATTENDANCE_HEADER.finditer(text), *_PRESENCE_COLUMNS_HEADER.finditer(text)]
        for head in heads:
            marked = head.re is _PRESENCE_COLUMNS_HEADER
            if not marked and not self._column_pair(head.group()):
                continue
            body = self._minutes_head_body(text)
            if body is None:
                return
            toks = tokens(text, head.end(), min(len(text), head.end() + 3000))
            names: list[tuple[Mention, str]] = []
            words: list[Token] = []
            role = ""

            i = 0
            ok = True
            others = -1
            while i < len(toks) and ok:
                t = toks[i]
                if _OTHERS_PRESENT.fullmatch(t.text):
                    others = t.end
                    break
                if t.text in ("X", "x") or (t.is_word and t.text.isupper() and len(t.text) > 1):
                    # a presence mark; "SAAPUVILLA", "OLLEET": the table's own headings
                    ok = self._two_word_names(text, words, names)
                elif t.text == ",":
                    ok = self._two_word_names(text, words, names)
                    after = toks[i + 1] if i + 1 < len(toks) else None
                    role = self.lex.role_of(after.text) if after is not None else None
                    if not role or not names:
                        break
                    names[-1] = (names[-1][0], role)
                    i += 2
                    if i < len(toks) and toks[i].text == "." and toks[i].start == toks[i - 1].end:
                        i += 1
                    continue
                elif (
                    t.is_word and t.text[:1].isupper() and t.text[1:].replace("-", "").islower()
                ) or (len(t.text) == 1 and t.text.isupper() and words):
                    words.append(t)
                else:
                    break
                i += 1
            if not ok or not self._two_word_names(text, words, names) or len(names) < 6:
                continue
            tail = names[-1][0].end
            if marked and len(names) % 2:
                # "… Nikkinen Pirjo x esittelijä": a name with no deputy after the pairs is
                # no seat (the presenting official in the member's column)
                names.pop()
            found: list[Finding] = []
            for n, (person, role) in enumerate(names):
                if n % 2 == 0:
                    found.append(
                        Finding(
                            "membership", person, role or "member", body,
                            (person.start, person.end), 0.6, "list-attendance-pairs",
                        )
                    )  # fmt: skip
                else:
                    found.append(
                        Finding(
                            "membership", person, "deputy_member", body,
                            (person.start, person.end), 0.55, "list-attendance-pairs",
                            deputy_for=names[n - 1][0],
                        )
                    )  # fmt: skip
            start, end = (head.start() if marked else names[0][0].start), tail
            if others >= 0:
                # "MUUT SAAPUVILLA OLLEET … Matti Ahonen, kunnanhallituksen puheenjohtaja"
                seats = self._other_seats(text, others, min(len(text), others + 600))
                if seats:
                    end = max(end, seats[-1].actor.end)
                found += seats
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found
            return

    def _marked_pairs(self, text: str, out: Walk) -> None:
        """Minutes' attendance with a presence mark after each name, its member and deputy
        columns flattened into one run ("Läsnä: Aino Ek pj (x) Bo Lind vpj () jäsenet:
        varajäsenet: Eva Salo (x) Olli Mäki () … Liisa Oja, pääsihteeri (x)"): the officers
        before the columns' heading by their abbreviation, then a member and that member's
        deputy in turn, an officer's post after a comma ending the pairs. Read only with at
        least three pairs and a body named before the run; what other rules made of the run
        gives way."""
        for head in _MARKED_PAIRS_HEADER.finditer(text):
            pairs: list[tuple[int, int, str]] = []  # name's span, post
            at = head.end()
            while (mt := _MARKED_NAME.match(text, at)) is not None:
                post = (mt.group("post") or "").strip(" ,.")
                pairs.append((mt.start("name"), mt.end("name"), post))
                at = mt.end()
                if post:
                    break
            officers: list[tuple[int, int, str]] = []
            if pairs and pairs[-1][2]:
                officers.append(pairs.pop())
            if len(pairs) < 6 or any(p for _s, _e, p in pairs):
                continue
            if len(pairs) % 2:
                pairs.pop()  # a member whose deputy the run does not give
            lead_at = max(0, head.start() - 300)
            for mt in _MARKED_NAME.finditer(text, lead_at, head.start()):
                if mt.group("post") and mt.end() <= head.start():
                    officers.append((mt.start("name"), mt.end("name"), mt.group("post")))
            bodies = [m for m, _q in out.named if m.kind != "person" and m.end <= head.start()]
            bodies = [b for b in bodies if self.lex.body_kind(b.name.split()[-1].casefold())]
            if not bodies:
                continue
            body = bodies[-1]
            head_word = body.name.split()[-1].casefold()
            fuller = [b for b in bodies if b.name.casefold().endswith(" " + head_word)]
            if fuller and " " not in body.name:
                body = fuller[-1]  # "Testilän neuvottelukunta … NEUVOTTELUKUNNAN KOKOUS"
            body = replace(body, name=body.name[:1].upper() + body.name[1:])
            found: list[Finding] = []
            for s0, e0, post in officers:
                role = self.lex.role_of(post.strip(" ,.")) or self.lex.line_abbreviation(
                    post.strip(" ,")
                )
                if role not in ("chair", "vice_chair", "secretary"):
                    continue
                person = self._listed_name(text, s0, e0)
                found.append(
                    Finding("membership", person, role, body, (s0, e0), 0.6, "minutes-marked")
                )
            people = [self._listed_name(text, s0, e0) for s0, e0, _p in pairs]
            for n, person in enumerate(people):
                found.append(
                    Finding(
                        "membership", person, "member" if n % 2 == 0 else "deputy_member",
                        body, (person.start, person.end), 0.6, "minutes-marked",
                        deputy_for=people[n - 1] if n % 2 else None,
                    )
                )  # fmt: skip
            # the attendance's line read whole: what other rules made of its words gives way
            start, end = line_around(
                text, min(f.actor.start for f in found), max(f.actor.end for f in found)
            )
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found
            return

    def _present_in_capitals(self, text: str, out: Walk) -> None:
        """Minutes' attendance flattened under a heading in capitals with no colon
        ("SAAPUVILLA OLLEET Kunnantalo, kunnanhallituksen kokoushuone Aino Ek Bo Lind, poistui
        klo 12 Eva Mäki MUUT SAAPUVILLA OLLEET Olli Oja, kv:n pj."): the meeting place
        skipped, the names (run together, each first name and surname) the members of the
        minutes' body, a note after a comma no part of them; among the others only a seat
        said by abbreviation in another body ("kv:n pj.") is one. Nothing when the minutes
        name no body, or the names do not divide into first names and surnames."""
        head = _PRESENT_CAPITALS.search(text)
        if head is None:
            return
        body = self._minutes_head_body(text)
        if body is None:
            return
        stop = _OTHERS_PRESENT.search(text, head.end(), min(len(text), head.end() + 1500))
        if stop is None:
            return
        place = _MEETING_PLACE.match(text, head.end(), stop.start())
        start = place.end() if place is not None else head.end()
        people: list[Mention] = []
        for part in text[start : stop.start()].split(","):
            s0 = text.index(part, start)
            start = s0 + len(part)
            toks = tokens(text, s0, s0 + len(part))
            if people:
                # "poistui klo 12.00/ :n 44 käsittelyn aikana Rauha Partanen": the note, then
                # the next names
                k = len(toks)
                while k > 0 and toks[k - 1].is_cap and toks[k - 1].is_word:
                    k -= 1
                toks = toks[k:]
            names = self._name_pairs(toks)
            if not names:
                return
            people += names
        if len(people) < 3:
            return
        found = [
            Finding(
                "membership", p, "member", body, (head.start(), stop.start()), 0.6,
                "minutes-present",
            )
            for p in people
        ]  # fmt: skip
        found += self._other_seats(text, stop.end(), min(len(text), stop.end() + 400))
        a, b = head.start(), stop.end() + 400
        out.findings = [
            f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
        ] + found

    def _other_seats(self, text: str, start: int, end: int) -> list[Finding]:
        """The seats the others present at a meeting hold in other bodies, said after a comma
        by abbreviation or with the body in the genitive ("Mikko Korhonen, kv:n pj.", "Matti
        Ahonen, kunnanhallituksen puheenjohtaja"); an official's post is none."""
        found: list[Finding] = []
        for mt in _OTHER_SEAT.finditer(text, start, end):
            role, elsewhere = self._seat_of(mt.group("said"))
            if not elsewhere:
                role, elsewhere = self._column_seat(mt.group("said"))
            if not role or not elsewhere:
                continue
            person = self._whole_name(text, mt.start("name"), mt.end("name"))
            if person is None:
                continue
            other = Mention(
                mt.start("said"), mt.end("said"), mt.group("said"), elsewhere, "body", 0.5
            )
            found.append(
                Finding("membership", person, role, other, mt.span(), 0.6, "minutes-present")
            )
        return found

    def _counted_members(self, text: str, out: Walk) -> None:
        """Members counted, then named: "neljä kunnanhallituksen jäsentä eli A (sd.), B (sd.),
        C": the names after "eli" or a colon are members of the body in the genitive before
        the word for members, no more of them than the number says. Names only already read
        as someone's are left to that reading."""
        for mt in _COUNTED_MEMBERS.finditer(text):
            count = _COUNT_WORDS.get(mt.group("n").casefold()) or (
                int(mt.group("n")) if mt.group("n").isdigit() else 0
            )
            bodies = self.reader.bodies(tokens(text, mt.start("body"), mt.end("body")))
            if not count or len(bodies) != 1 or bodies[0].plural:
                continue
            b = bodies[0]
            body = replace(b, name=b.name[:1].upper() + b.name[1:])
            toks = tokens(text, mt.end(), min(len(text), mt.end() + 400))
            people: list[Mention] = []
            i = 0
            while i < len(toks) and len(people) < count:
                person = self.reader.person_at(toks, i, in_list=True)
                if person is None:
                    break
                people.append(person)
                i = next((x for x in range(i, len(toks)) if toks[x].start >= person.end), len(toks))
                if i < len(toks) and toks[i].text == "(":
                    close = next((x for x in range(i, len(toks)) if toks[x].text == ")"), None)
                    if close is None or close - i > 6:
                        break
                    i = close + 1  # "(sd.)": the party
                if i < len(toks) and toks[i].text.casefold() in (",", "ja", "och"):
                    i += 1
                else:
                    break
            if len(people) < 2:
                continue
            have = {f.actor.start for f in out.findings if f.kind == "membership"}
            quote = (mt.start(), people[-1].end)
            role = "deputy_member" if mt.group("word").casefold().startswith("vara") else "member"
            out.findings += [
                Finding("membership", p, role, body, quote, 0.6, "text-counted-members")
                for p in people
                if p.start not in have
            ]

    @staticmethod
    def _two_word_names(text: str, words: list[Token], names: list[tuple[Mention, str]]) -> bool:
        """The words of one stretch of a flattened table as names printed surname first, two
        words each and perhaps a middle initial ("Pursiainen Erkki H"), added to ``names``;
        False when the words do not divide so. ``words`` is emptied."""
        if len([t for t in words if len(t.text) > 1]) % 2:
            return False
        k = 0
        while k < len(words):
            first = words[k]
            second = words[k + 1] if k + 1 < len(words) else None
            if second is None or len(first.text) == 1 or len(second.text) == 1:
                return False
            last = second
            if k + 2 < len(words) and len(words[k + 2].text) == 1:
                last = words[k + 2]
            written = text[first.start : last.end]
            parts = written.split()
            name = " ".join([*parts[1:], parts[0]])
            names.append((Mention(first.start, last.end, written, name, "person", 0.6, "nom"), ""))
            k += 3 if last is not second else 2
        words.clear()
        return True

    def _padded_attendance_lines(self, text: str, out: Walk) -> None:
        """Minutes headed by a body's meeting in the genitive ("Asia: Testilän Seuran
        hallituksen kokous 3/2019"), then the attendance a line a person, the name (and a post)
        padded apart from the items attended or "poissa" ("Aino Ek pj      12-20", "Bo Lind
        poissa"): the first block of such lines is the body's members, present or absent,
        the post their role. A post that is no seat in the body ("tj") or one with years after
        it ("pj 2020-2021", a term to come) gives no seat; the blocks after the first (staff,
        guests) are not read. Only for four lines or more."""
        head = _MEETING_TITLE_GENITIVE.search(text, 0, min(len(text), 400))
        if head is None:
            return
        body = None
        for a in self.reader.morph.analyse(head.group("body").casefold()):
            if a.case == "gen" and self.lex.body_kind(a.base) is not None:
                name = a.base[:1].upper() + a.base[1:]
                body = Mention(head.start("body"), head.end("body"), head.group("body"), name,
                               "body", 0.6)  # fmt: skip
                break
        if body is None:
            return
        block: list[re.Match[str]] = []
        for line in lines(text):
            if line.start < head.end():
                continue
            mt = _PADDED_ATTENDANCE.fullmatch(text, line.start, line.end)
            if mt is None or (
                block and "\n\n" in text[block[-1].end() : line.start].replace(" ", "")
            ):
                if block:
                    break
                continue
            block.append(mt)
        if len(block) < 4:
            return
        found: list[Finding] = []
        for mt in block:
            person = self._whole_name(text, *mt.span("name"))
            if person is None:
                return
            role = "member"
            if mt.group("post"):
                role = self.lex.role_of(mt.group("post")) or ""
            if mt.group("term") or role not in ("chair", "vice_chair", "secretary", "member"):
                continue
            found.append(
                Finding("membership", person, role, body, (mt.start(), mt.end("name")), 0.6,
                        "padded-attendance-lines")
            )  # fmt: skip
        a, b = block[0].start(), block[-1].end()
        out.findings = [
            f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
        ] + found

    def _attendance(self, text: str) -> list[Finding]:
        """An attendance table of minutes flattened to one run of words ("Osallistujat Nimi
        Tehtävä Lisätieto Läsnä Matikainen Tommi 1. varapuheenjohtaja Aalto Airi Hasu Mervi
        …"): two capitalised words in a row are a person, surname first; the lower-case words
        after them their task ("1. varapuheenjohtaja", "pj") or a note ("Lähti kokouksesta");
        a capitalised "Jäsenet" / "Varajäsenet" heads the people after it. The people present
        sit in the body of the minutes (its label, else the first line's body), as members
        unless their task is an officer's role of the body; a task at the meeting
        ("Pöytäkirjan tarkastaja") is no seat. Nothing when no body is named."""
        head = _ATTENDANCE.search(text)
        if head is None:
            return []
        body = self._minutes_body(text)
        if body is None:
            first_end = text.find("\n")
            bodies = self._composed_bodies(text, 0, first_end if first_end >= 0 else len(text))
            if not bodies:
                return []
            body = bodies[0]
        line_end = text.find("\n", head.end())
        end = line_end if line_end >= 0 else len(text)
        stop = _MINUTES_STOP.search(text, head.end(), end)
        if stop is not None:
            end = stop.start()
        toks = tokens(text, head.end(), end)
        section = "member"
        people: list[tuple[Mention, str]] = []
        tail: list[Token] = []

        def close() -> None:
            if not people or not tail:
                return
            said = " ".join(t.text for t in tail)
            said = re.sub(r"^(?:\d+\s*\.|[IV]{1,3})\s*", "", said).strip()
            role = self.lex.role_of(said) or self.lex.line_abbreviation(said)
            if role in ("chair", "vice_chair", "secretary", "deputy_member"):
                people[-1] = (people[-1][0], role)

        i = 0
        while i < len(toks):
            t = toks[i]
            role = self.lex.role_of(t.text) if t.is_cap else None
            if role in ("member", "deputy_member"):
                close()
                tail = []
                section = role  # "Varajäsenet": the people after it
                i += 1
                continue
            person = None
            if (
                t.is_cap
                and i + 1 < len(toks)
                and toks[i + 1].is_cap
                and not role
                and not _MEETING_TASK.fullmatch(t.text)
                and not self.lex.is_occupation(t.text)
            ):
                surname, first = t.text, toks[i + 1].text
                # the name read first name first, as it would be written in running text
                probe = [
                    Token(first, 0, len(first)),
                    Token(surname, len(first) + 1, len(first) + 1 + len(surname)),
                ]
                found = self.reader.person_at(probe, 0, in_list=True)
                if found is not None and found.end == probe[1].end:
                    person = Mention(
                        t.start,
                        toks[i + 1].end,
                        text[t.start : toks[i + 1].end],
                        f"{first} {surname}",
                        "person",
                        0.7,
                        "nom",
                    )
            if person is None:
                tail.append(t)
                i += 1
                continue
            close()
            tail = []
            people.append((person, section))
            i += 2
        close()
        quote = (head.start(), end)
        return [
            Finding("membership", p, role, body, quote, 0.7, "minutes-attendance")
            for p, role in people
        ]

    def _run_on_members(self, text: str) -> list[Finding]:
        """The members of minutes flattened to one run of words, each name first name first
        with its role after it ("Kokouspaikka Kunnantalo Jäsenet Anne Tuovila puheenjohtaja
        Miina Seurujärvi, I varapuheenjohtaja Aleksi Kinnunen jäsen … Kari Akujärvi varajäsen
        Muut Miia Kärnä …"): the run begins at a capitalised "Jäsenet" / "Ledamöter" on the
        line that names the meeting's time or place and ends at the next column word ("Muut",
        "Övriga"): the people after that attend without a seat. Each person sits in the body
        of the minutes with the role after the name (a member when none is said). Nothing
        unless every name in the run has a role after it."""
        head = _RUN_ON_HEAD.search(text)
        if head is None:
            return []
        body = self._minutes_body(text)
        if body is None:
            bodies = self._composed_bodies(
                text, text.rfind("\n", 0, head.start()) + 1, head.start()
            )
            if not bodies:
                return []
            body = bodies[0]
        line_end = text.find("\n", head.end())
        end = line_end if line_end >= 0 else len(text)
        stop = _RUN_ON_STOP.search(text, head.end(), end)
        if stop is None:
            return []
        end = stop.start()
        toks = tokens(text, head.end(), end)
        people: list[tuple[Mention, str]] = []
        i = 0
        while i < len(toks):
            person = self.reader.person_at(toks, i, in_list=True)
            if person is None:
                return []  # a word that is neither a name nor its role: not this layout
            j = i
            while j < len(toks) and toks[j].start < person.end:
                j += 1
            k = j
            while k < len(toks) and (
                not toks[k].is_cap or re.fullmatch(r"I{1,3}|IV", toks[k].text)
            ):
                k += 1  # the role after the name: "puheenjohtaja", ", I varapuheenjohtaja"
            said = " ".join(t.text for t in toks[j:k]).strip(" ,.")
            role = self.lex.role_of(said)
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                return []
            people.append((person, role))
            i = k
        if len(people) < 3:
            return []
        quote = (head.start(), end)
        return [
            Finding("membership", p, role, body, quote, 0.7, "minutes-run-on") for p, role in people
        ]

    def _meeting_body(self, text: str, start: int) -> Mention | None:
        """The body whose meeting the minutes after ``start`` speak of: the first body named
        in a sentence that says the meeting was convened or has a quorum."""
        for mt in _MEETING_OF.finditer(text, start):
            s = max(text.rfind(".", 0, mt.start()), text.rfind("\n", 0, mt.start())) + 1
            for b in self._specific_bodies(text, s, mt.start()):
                if not b.plural and not appoints(text, b):
                    return replace(b, name=b.name[:1].upper() + b.name[1:])
        return None

    def _seat_items(
        self, text: str, start: int, end: int, *, through: bool
    ) -> tuple[list[tuple[Mention, str, str]], int]:
        """The items "Name role" from ``start`` on: each name (either order of its words), the
        seat the lower-case words after it say and "" (or, with ``through``, the body another
        seat is said of by its abbreviation, "kv:n pj"), up to the first name with no seat
        after it (with ``through``, such an item is passed over: an official among the
        absent) or the first word that is no name. Also where the items end."""
        toks = tokens(text, start, end)
        items: list[tuple[Mention, str, str]] = []
        stop, i = start, 0
        while i < len(toks):
            person = self.reader.person_at(toks, i, in_list=True)
            if person is None:
                break
            j = i
            while j < len(toks) and toks[j].start < person.end:
                j += 1
            k = j
            while k < len(toks) and not toks[k].is_cap:
                k += 1
            said = " ".join(t.text for t in toks[j:k]).strip(" ,.")
            role = self.lex.role_of(said) if said else None
            other = ":" in said
            elsewhere = ("", "")
            seat = _SEAT_ELSEWHERE.match(said) if through and other else None
            if seat is not None and seat.group("abbr"):
                elsewhere = self._seat_of(said)
            if elsewhere[1]:
                # "Poissa … Mäki Eero kv:n pj": an absent council's chair, present in its
                # right; the seat is the council's
                items.append((person, elsewhere[0], elsewhere[1]))
            elif (
                role not in ("chair", "vice_chair", "secretary", "member", "deputy_member") or other
            ):
                if not through or not said:
                    break
            else:
                items.append((person, role, ""))
            stop = toks[k - 1].end if k > j else person.end
            i = k
        return items, stop

    def _present_seats_after_names(self, text: str, out: Walk) -> None:
        """ "… Paikka kokoushuone Läsnä Ek Aino puheenjohtaja Lind Bo varapuheenjohtaja Berg
        Eva jäsen … Holm Ida varajäsen Aho Pia Laine Olli … rovasti talousjohtaja … Poissa
        Kivi Ari jäsen Mäki Eero kv:n pj Salo Tea kirkkoherra": minutes' attendance flattened
        onto the line of the meeting's time and place, each name with its seat after it; the
        run of seats ends at the first name with none (the officials, whose titles follow in
        a run of their own), and the absent members after "Poissa" hold their seats too. The
        seats are in the one body the sentences gave the run's people, whose reading of the
        run (a post taken as the next name's) gives way. Nothing with fewer than three seats
        or with no such body."""
        head = _PRESENT_ON_TIME_LINE.search(text)
        if head is None:
            return
        line_end = end_at(text, head.end())
        present, stop = self._seat_items(text, head.end(), line_end, through=False)
        if len(present) < 3:
            return
        absent: list[tuple[Mention, str]] = []
        gone = _ABSENT_WORD.search(text, stop, line_end)
        end = stop
        if gone is not None:
            absent, end = self._seat_items(text, gone.end(), line_end, through=True)
            end = max(end, gone.end())
        a, b = present[0][0].start, end
        bodies = {
            f.target.name.casefold(): f.target
            for f in out.findings
            if f.kind == "membership" and f.target is not None and a <= f.actor.start < b
        }
        if not bodies:
            # none read: the one body the line names before the run ("Yhteinen
            # kirkkoneuvosto YHTEISEN KIRKKONEUVOSTON KOKOUS Aika …")
            line = text.rfind("\n", 0, head.start()) + 1
            named = [
                x for x in self.reader.bodies(tokens(text, line, a)) if not x.plural and x.name
            ]
            # (one body named twice, once in capitals: the same last word)
            if len({x.name.casefold().split()[-1] for x in named}) == 1:
                x = named[0]
                bodies = {x.name.casefold(): replace(x, name=x.name[:1].upper() + x.name[1:])}
        if len(bodies) != 1:
            return
        body = next(iter(bodies.values()))
        out.findings = [
            f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
        ]
        for p, role, elsewhere in present + absent:
            target = body
            if elsewhere:
                target = Mention(p.end, p.end, "", self._council_of(body, elsewhere), "body", 0.6)
            out.findings.append(
                Finding("membership", p, role, target, (a, b), 0.7, "minutes-present-run")
            )

    def _bare_names_after_presidium(self, text: str, out: Walk) -> None:
        """ "Läsnä … Aino Ek, puheenjohtaja Bo Lind, varapuheenjohtaja Eva Salo Olli Mäki Pia
        Aho Muut läsnäolijat … Poissa Ari Kivi Tea Laine Asiat": minutes' attendance with the
        chair and the vice chair each followed by a comma and the seat, then the other members
        present as bare names (first name first); the absent after "Poissa" in the same paragraph,
        bare names too, are members as well. The seats are in the body the sentences gave the
        chair. Nothing with fewer than three bare names."""
        for mt in _PRESIDIUM_THEN_BARE.finditer(text):
            present = self._bare_first_names(text, mt.end())
            if len(present) < 3:
                continue
            # (the body whose minutes these are: the sentences may have given the run the
            # body of a council's chair named after it, "Aho Aino, valtuuston pj")
            body = self._minutes_head_body(text)
            if body is None:
                continue
            # (the same paragraph: a flattened line may have been broken into its entries)
            line_end = end_at(text, mt.end(), "\n\n")
            absent: list[tuple[int, int]] = []
            gone = _ABSENT_WORD.search(text, present[-1][1], line_end)
            if gone is not None and self.reader.morph.name == "voikko":
                # (with voikko only: the rules cannot tell where the names end, "Poissa Aino
                # Ek Asiat Allekirjoitukset")
                absent = self._bare_first_names(text, gone.end())
            runs = [(mt.start(), present[-1][1])]
            if absent:
                runs.append((gone.start(), absent[-1][1]))
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in runs)
            ]
            seats = [(*mt.span("chair"), "chair"), (*mt.span("vice"), "vice_chair")]
            seats += [(s0, e0, "member") for s0, e0 in present + absent]
            held: set[str] = set()
            for s0, e0, role in seats:
                name = " ".join(text[s0:e0].split())
                if name in held:
                    continue  # present and absent both: one seat
                held.add(name)
                person = Mention(s0, e0, text[s0:e0], name, "person", 0.7, "nom")
                quote = (mt.start(), e0)
                out.findings.append(
                    Finding("membership", person, role, body, quote, 0.7, "minutes-bare-names")
                )

    def _comma_seats_of_another_body(self, text: str, out: Walk) -> None:
        """ "Aino Ek, valtuuston pj Bo Lind, valtuuston 1. vpj.": two or more names in a row on
        one line, each with a comma and a seat in a body named in the genitive after it (their
        other seats, in other bodies, stay as read); each seat is the name's before it (never
        the next name's), in that body; the name after the run holds none of them."""
        items = list(_COMMA_SEAT_ITEM.finditer(text))
        runs: list[list[re.Match[str]]] = []
        for mt in items:
            gap = text[runs[-1][-1].end() : mt.start()] if runs else "x"
            if not gap.strip() and "\n" not in gap:
                runs[-1].append(mt)
            else:
                runs.append([mt])
        for run in runs:
            seats = [self._column_seat(mt.group("seat")) for mt in run]
            if len(run) < 2 or not all(role and body for role, body in seats):
                continue
            a, b = run[0].start(), run[-1].end()
            # (and the next name's seat in that body, the last seat read as the next name's:
            # "… Bo Lind, valtuuston 1. vpj. Eva Salo, sihteeri")
            after = len(text[b:]) - len(text[b:].lstrip()) + b
            bodies = {body.casefold() for _r, body in seats}
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership"
                or f.target is None
                or f.target.name.casefold() not in bodies
                or not (a <= f.actor.start < b or f.actor.start == after)
            ]
            for mt, (role, body) in zip(run, seats, strict=True):
                s0, e0 = mt.span("name")
                name = " ".join(text[s0:e0].split())
                person = Mention(s0, e0, text[s0:e0], name, "person", 0.7, "nom")
                target = Mention(*mt.span("seat"), mt.group("seat"), body, "body", 0.7)
                out.findings.append(
                    Finding("membership", person, role, target, (a, b), 0.7, "comma-seat-run")
                )

    def _member_deputy_pairs_run_on(self, text: str, out: Walk) -> None:
        """ "Jäsen Varajäsen Ek Aino, pj. Lind Bo Salo Eva, vpj. Aho Pia Mäki Olli X Kivi Ari
        Berg Tea talousjohtaja": a table of members and their deputies flattened under its
        header ("Jäsen Henkilökohtainen varajäsen", perhaps a column between), the names
        printed surname first: read in pairs, a member (with the office after a comma, if any)
        then the member's deputy; a mark of absence ("X") between is passed over. The run ends
        at a name with a lower-case word after it (an official's title), and is read only with
        an even count of names, at least two pairs, offices only on members, and the body the
        page's head names."""
        for head in _MEMBER_DEPUTY_HEADER.finditer(text):
            body = self._minutes_head_body(text)
            if body is None:
                return
            items: list[tuple[int, int, str]] = []
            pos = head.end()
            while (mt := _PAIR_TABLE_ITEM.match(text, pos)) is not None:
                if re.match(r"\s+[a-zåäö]", text[mt.end() :]) and not mt.group("office"):
                    break  # an official's title after the name: the table has ended
                office = (mt.group("office") or "").casefold()
                role = "member"
                if office:
                    role = "vice_chair" if office.startswith("v") else "chair"
                items.append((mt.start("name"), mt.end("name"), role))
                pos = mt.end()
            if len(items) < 4 or len(items) % 2:
                continue
            if any(role != "member" for _s, _e, role in items[1::2]):
                continue
            a, b = head.start(), items[-1][1]
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
            ]
            for k, (s0, e0, role) in enumerate(items):
                person = self._listed_name(text, s0, e0)
                seat = role if k % 2 == 0 else "deputy_member"
                quote = (items[k - k % 2][0], items[k - k % 2 + 1][1])
                out.findings.append(
                    Finding("membership", person, seat, body, quote, 0.7, "member-deputy-run-on")
                )
            self._titled_after_pairs(text, b, out)

    def _titled_after_pairs(self, text: str, pos: int, out: Walk) -> None:
        """The names after such a table, each with its title after it ("Mäki Eero valtuuston
        puheenjohtaja Aho Pia valtuuston 1 vpj. Salo Tea talousjohtaja"): a seat in a body
        named in the genitive is the name's before it; an official's title is no seat."""
        while (mt := _TITLED_AFTER_PAIRS.match(text, pos)) is not None:
            s0, e0 = mt.span("name")
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not s0 <= f.actor.start < e0
            ]
            role, body = self._column_seat(mt.group("title"))
            if role and body:
                t0, t1 = mt.span("title")
                target = Mention(t0, t1, text[t0:t1], body, "body", 0.7)
                person = self._listed_name(text, s0, e0)
                out.findings.append(
                    Finding("membership", person, role, target, mt.span(), 0.7, "titled-after")
                )
            pos = mt.end()

    def _bare_first_names(self, text: str, pos: int) -> list[tuple[int, int]]:
        """The "Firstname Surname" pairs from ``pos`` on, up to the first pair that is not one:
        with voikko the first word a first name and the second none; with the rules (which
        know no names) neither word a body's or a list's term ("Muut läsnäolijat")."""
        names: list[tuple[int, int]] = []
        while (mt := _BARE_PAIR.match(text, pos)) is not None:
            first, last = mt.group(1), mt.group(2)
            if self.reader.morph.name == "voikko":
                if m.FIRST_NAME not in self.reader.word_classes(
                    first
                ) or self.reader._only_first_name(last):
                    break
            elif any(
                w.casefold() in self.lex.not_names or self.lex.body_kind(w.casefold()) is not None
                for w in (first, last)
            ):
                break
            names.append((mt.start(1), mt.end(2)))
            pos = mt.end()
        return names

    @staticmethod
    def _council_of(body: Mention, abbreviated: str) -> str:
        """The body an abbreviation in minutes stands for ("kv": "Kunnanvaltuusto"), in the
        parish's terms when the minutes are its church council's ("Yhteinen kirkkoneuvosto":
        "Yhteinen kirkkovaltuusto")."""
        low = body.name.casefold()
        if abbreviated == "Kunnanvaltuusto" and low.endswith("kirkkoneuvosto"):
            name = low[: -len("neuvosto")] + "valtuusto"
            return name[:1].upper() + name[1:]
        return abbreviated

    def _timed_attendance(self, text: str, out: Walk) -> None:
        """Minutes' attendance with a time column flattened to one run ("Kemppainen Tapani
        14:15-18:20 puheenjohtaja Toivanen Osmo 14:15-18:20 varapj. … POISSA Bäckman Markku
        kv:n I varapj."): each seat follows its name and the time, so the words after a time
        are the role of the name before it, never of the name after. Officials (a post that is
        no seat) get none; "kv:n"/"kh:n" put the seat in the council or the board. Among the
        absent the officials and other bodies' representatives ("Nuorisovaltuuston edustaja")
        are passed over, their posts read as no one's seat. Read only where the sentences
        already gave the run's timed people one body (the one whose minutes these are), which
        stays theirs."""
        # each item: (start, end, name start, name end, role said, role start)
        Item = tuple[int, int, int, int, str, int]
        runs: list[list[Item]] = []
        for mt in _TIMED_ITEM.finditer(text):
            item: Item = (mt.start(), mt.end(), mt.start("name"), mt.end("name"),
                          mt.group("role"), mt.start("role"))  # fmt: skip
            if (head := _TABLE_HEAD_WORD.match(text, mt.start("name"))) is not None and len(
                mt.group("name").split()
            ) == 3:
                # "Läsnä Porsanger Veikko 10:00-12:30": the table's heading, then the name
                item = (head.end(), mt.end(), head.end(), mt.end("name"), mt.group("role"),
                        mt.start("role"))  # fmt: skip
            gap = text[runs[-1][-1][1] : mt.start()] if runs else "x"
            if not gap.strip():
                runs[-1].append(item)
                continue
            untimed = self._untimed_names(text, runs[-1][-1][1], mt) if runs else None
            if untimed is None:
                runs.append([item])
                continue
            # names with neither time nor seat between timed ones: members present the whole
            # meeting ("II vpj Aho Aino Ek Bo Lind Eva 19:00-21:50 kunnanjohtaja")
            *pairs, last = untimed
            runs[-1].extend((s0, e0, s0, e0, "jäsen", e0) for s0, e0 in pairs)
            runs[-1].append((last[0], mt.end(), last[0], last[1], mt.group("role"),
                             mt.start("role")))  # fmt: skip
        head_body = self._minutes_head_body(text)
        for run in runs:
            if len(run) < 3:
                continue
            a, b = run[0][0], run[-1][1]
            absent = _ABSENT_HEAD.match(text, b)
            if absent is not None:
                pos = absent.end()
                while (mt := _UNTIMED_ITEM.match(text, pos)) is not None:
                    if self._seat_of(mt.group("role")) == ("", ""):
                        if len(mt.group("role").split()) > 4:
                            break
                        pos = mt.end()  # an official or another body's representative
                        continue
                    run.append((mt.start(), mt.end(), mt.start("name"), mt.end("name"),
                                mt.group("role"), mt.start("role")))  # fmt: skip
                    pos = mt.end()
                b = pos
            inside = [
                f
                for f in out.findings
                if f.kind == "membership" and f.target is not None and a <= f.actor.start < b
            ]
            # (the body the sentences gave the timed names: the absent ones' posts may have
            # been misread as other bodies)
            timed = run[0][0], (run[-1][1] if absent is None else absent.start())
            bodies = {
                f.target.name.casefold()
                for f in inside
                if f.target is not None and timed[0] <= f.actor.start < timed[1]
            }
            if head_body is not None and sum(1 for it in run if self._seat_of(it[4])[0]) >= 3:
                # the body whose minutes these are, named in the page's head, over the
                # sentences' reading (an agenda item's title run into the body's name)
                body = head_body
            elif not inside or len(bodies) != 1:
                # no body for the run: only the seats it names another body for ("Muu Aho
                # Aino 17:00-18:53 yv:n I varapuheenjoht."), the others' reading kept
                body = None
            else:
                first = inside[0].target
                assert first is not None
                body = replace(first, name=first.name[:1].upper() + first.name[1:])
            found: list[Finding] = []
            for s, e, ns, ne, said, rs in run:
                role, elsewhere = self._seat_of(said)
                if not role or (body is None and not elsewhere):
                    continue
                person = self._listed_name(text, ns, ne)
                target = body
                if elsewhere:
                    s0 = rs + len(said) - len(said.lstrip())
                    if elsewhere.startswith("Kunnan") and _TOWN_HEAD.search(text, 0, 400):
                        # a town's minutes ("Testilän kaupunki"): its board, its council
                        elsewhere = "Kaupungin" + elsewhere[len("Kunnan") :]
                    target = Mention(s0, s0 + 2, text[s0 : s0 + 2], elsewhere, "body", 0.7)
                found.append(
                    Finding("membership", person, role, target, (s, e), 0.7, "minutes-timed")
                )
            if found and body is None:
                seated = {f.actor.start for f in found}
                inside = [f for f in inside if f.actor.start in seated]
            if found:
                out.findings = [f for f in out.findings if f not in inside] + found

    @staticmethod
    def _untimed_names(text: str, start: int, mt: re.Match[str]) -> list[tuple[int, int]] | None:
        """The "Surname Firstname" pairs between two timed items of an attendance table, the
        last one the next timed item's name (its match may have taken a word of the names
        before it); None unless the gap holds only such words, an even count of them."""
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[start : mt.end("name")])]
        words = [(start + s0, start + e0) for s0, e0 in words]
        if len(words) < 4 or len(words) % 2 or len(words) > 60:
            return None
        if not all(_COLUMN_NAME_WORD.fullmatch(text[s0:e0]) for s0, e0 in words):
            return None
        return [(words[i][0], words[i + 1][1]) for i in range(0, len(words), 2)]

    def _label_lines_of_others(self, text: str, out: Walk) -> None:
        """A list of "Label Name, Name" lines, one under another: a deputies' line right under
        the auditors' ("Revisorer Eva Ek, Bo Lind" / "Suppleanter Kim Vik, Ulla Berg") names
        the auditors' deputies, no seats; a line led by a body's word ("Valberedning Per Dal,
        Tor Ås") names that body's members. The sentences' reading of such a line is
        replaced."""
        prev: re.Match[str] | None = None
        #: whether a line of the block of label lines above this one is an office's or the
        #: auditors' ("Revisorer A, B" / "SSR-ombud C" / "Valberedning D, E": still a block
        #: of posts)
        posts_above = False
        for mt in _LABEL_NAMES_LINE.finditer(text):
            above = prev
            prev = mt
            if not _NAMES_RUN.fullmatch(re.sub(r"[ \t]*\n[ \t]*", " ", mt.group("names"))):
                posts_above = False
                continue
            label = mt.group("label")
            a, b = mt.span()
            joined = above is not None and text.count("\n", above.end(), a) == 1
            if not joined:
                posts_above = False
            block = posts_above
            posts_above = posts_above or bool(self.lex.role_of(label) or AUDITOR.fullmatch(label))
            if (
                joined
                and above is not None
                and self.lex.role_of(label) == "deputy_member"
                and AUDITOR.fullmatch(above.group("label"))
            ):
                out.findings = [
                    f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
                ]
                out.no_seat.append((mt.start("names"), b))
                continue
            kind = self.lex.body_kind(label.casefold())
            if kind is None or not joined or above is None or self.lex.role_of(label):
                continue
            if not block:
                continue
            body = Mention(mt.start("label"), mt.end("label"), label, label, kind, 0.6)
            found = [
                Finding("membership", self._listed_name(text, *name.span()), "member", body,
                        (mt.start("label"), b), 0.6, "list-body-label-line")
                for name in _RUN_NAME.finditer(text, mt.start("names"), mt.end("names"))
            ]  # fmt: skip
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
            ] + found

    def _counted_label_groups(self, text: str, out: Walk) -> None:
        """Those present in minutes as groups of names, each closed by its label and how many
        names it has: "Eva Ek, nuvarande ordförande, Bo Lind, Per Dal. Ulla Berg och Kim Vik
        nuvarande styrelsemedlemmar (4), Tor Ås och Stig Ny, suppleanter i nuvarande styrelse
        (2), Ann Lo och Gun Rask övriga mötesdeltagare (2)". A label's seat ("…medlemmar",
        "suppleanter") in the body it names is its group's; a name with its own apposition
        ("Eva Ek, nuvarande ordförande") holds that seat and is not counted; a label with no
        seat ("övriga mötesdeltagare") gives its names none. Read only on a line with two
        counted groups or more, where every count agrees with its names; the sentences'
        reading of the line is replaced."""
        if "(" not in text:
            return
        by_line: dict[tuple[int, int], list[re.Match[str]]] = {}
        for mt in _COUNTED_LABEL.finditer(text):
            by_line.setdefault(line_around(text, mt.start()), []).append(mt)
        for (a, b), counts in by_line.items():
            if len(counts) < 2:
                continue
            groups = self._counted_groups(text, a, counts)
            if groups is None:
                continue
            bodies = {body.name.casefold(): body for _n, _r, body, _apps in groups if body}
            if len(bodies) != 1:
                continue
            (the_body,) = bodies.values()
            found: list[Finding] = []
            for (names, role, body, apps), mt in zip(groups, counts, strict=True):
                for k, (s0, e0) in enumerate(names):
                    seat, own = apps.get(k, (role, body))
                    if not seat:
                        out.no_seat.append((s0, e0))
                        continue
                    person = self._listed_name(text, s0, e0)
                    found.append(
                        Finding("membership", person, seat, own or body or the_body,
                                (s0, mt.end()), 0.6, "minutes-counted-groups")
                    )  # fmt: skip
            if not found:
                continue
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
            ] + found

    def _counted_groups(
        self, text: str, a: int, counts: list[re.Match[str]]
    ) -> list[tuple[list[tuple[int, int]], str, Mention | None, dict]] | None:
        """The groups of a line of counted groups (:meth:`_counted_label_groups`): for each,
        its names' spans, the label's seat and body, and the appositions' (seat, body) by
        the name's index; None when the line is of another form or a count disagrees."""
        groups = []
        pos = a
        for mt in counts:
            seg_start = pos
            colon = text.rfind(":", seg_start, mt.start())
            if colon >= 0 and not groups:
                seg_start = colon + 1  # "Närvarande: Eva Ek, …": the label of the line
            items: list[tuple[int, int]] = []
            at = seg_start
            for sep in _GROUP_SEP.finditer(text, seg_start, mt.start()):
                items.append((at, sep.start()))
                at = sep.end()
            items.append((at, mt.start()))
            items = [(s0, e0) for s0, e0 in items if text[s0:e0].strip()]
            if not items:
                return None
            # the label: the last item's phrase in lower case, after a name or on its own
            s0, e0 = items[-1]
            last = text[s0:e0]
            if _GROUP_PHRASE.fullmatch(last.strip()):
                label = last.strip()
                items = items[:-1]
            else:
                head = _RUN_NAME.match(text, s0, e0)
                rest = text[head.end() : e0].strip() if head else ""
                if head is None or not _GROUP_PHRASE.fullmatch(rest):
                    return None
                label = rest
                items[-1] = (s0, head.end())
            names: list[tuple[int, int]] = []
            apps: dict[int, tuple[str, Mention | None]] = {}
            for s0, e0 in items:
                item = text[s0:e0].strip()
                s0 += len(text[s0:e0]) - len(text[s0:e0].lstrip())
                if _RUN_NAME.fullmatch(item):
                    names.append((s0, s0 + len(item)))
                elif _GROUP_PHRASE.fullmatch(item) and names and len(names) - 1 not in apps:
                    apps[len(names) - 1] = self._label_seat(text, s0, s0 + len(item))
                else:
                    return None
            if not names or len(names) - len(apps) != int(mt.group(1)):
                return None
            role, body = self._label_seat(text, text.find(label, seg_start), mt.start())
            groups.append((names, role, body, apps))
            pos = mt.end()
        if not any(role for _n, role, _b, _a in groups):
            return None
        return groups

    def _label_seat(self, text: str, start: int, end: int) -> tuple[str, Mention | None]:
        """The seat a group's label or an apposition names ("nuvarande styrelsemedlemmar",
        "suppleanter i nuvarande styrelse", "nuvarande ordförande") and its body, if named;
        ("", None) for a label of no seat ("övriga mötesdeltagare")."""
        seats = ("chair", "vice_chair", "secretary", "member", "deputy_member")
        role = ""
        body: Mention | None = None
        for word in re.finditer(r"[\w-]+", text[start:end]):
            w = word.group().casefold()
            s0 = start + word.start()
            if not role and self.lex.role_of(w) in seats:
                role = self.lex.role_of(w) or ""
                continue
            if body is None and self.lex.body_kind(w):
                body = Mention(s0, s0 + len(w), word.group(), w[:1].upper() + w[1:], "body", 0.6)
                continue
            for i in range(4, len(w) - 3):
                # "styrelsemedlemmar": a body's word and a seat's as one compound
                if self.lex.role_of(w[i:]) in seats and self.lex.body_kind(w[:i]):
                    role = role or self.lex.role_of(w[i:]) or ""
                    if body is None:
                        body = Mention(s0, s0 + i, word.group()[:i], w[:1].upper() + w[1:i],
                                       "body", 0.6)  # fmt: skip
                    break
        return role, body

    def _names_then_roles(self, text: str, out: Walk) -> None:
        """Minutes' attendance whose columns were flattened one after the other: a run of
        names, then as many roles in the same order ("Aho Aino Ek Bo Lind Eva puheenjohtaja
        jäsen varajäsen"; "Esa Ek Ulla Aho kunnanvaltuuston puheenjohtaja kunnanjohtaja"). The
        k-th role is the k-th name's; a role with a body in the genitive is a seat there, a
        post with none (an official) no seat. Read only where the counts agree, most roles
        are seats and the body whose minutes these are is named in the page's head or as its
        meeting room; the sentences' reading of the names is replaced."""
        head_body = self._minutes_head_body(text)
        found: list[Finding] = []
        drop: list[tuple[int, int]] = []
        for mt in _COLUMN_ROLES.finditer(text):
            words = mt.group().split()
            if any(w.casefold() in ("ja", "sekä", "och", "tai", "eli") for w in words):
                continue
            phrases = self._role_phrases(words)
            if phrases is None or len(phrases) < 2:
                continue
            seats = [self._column_seat(ph) for ph in phrases]
            if 2 * sum(1 for r, _ in seats if r) <= len(phrases):
                continue
            names = self._column_names(text, mt.start(), len(phrases))
            if names is None:
                continue
            for (s0, e0), (role, elsewhere) in zip(names, seats, strict=True):
                if not role:
                    continue
                target = head_body
                if elsewhere:
                    written = text[mt.start() : mt.end()].strip()
                    target = Mention(mt.start(), mt.end(), written, elsewhere, "body", 0.6)
                if target is None:
                    continue
                person = self._listed_name(text, s0, e0)
                found.append(
                    Finding("membership", person, role, target, (names[0][0], mt.end()), 0.6,
                            "minutes-columns")
                )  # fmt: skip
            drop.append((names[0][0], mt.end()))
        if not drop:
            return
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in drop)
        ] + found

    def _labelled_comma_runs(self, text: str, out: Walk) -> None:
        """Minutes' attendance as one comma run a label: "Läsnä: Ek Aino, kirkkoherra, pj.,
        Lind Bo, vpj., Aho Eva, jäsen, …" and "Poissa: Salo Pia, jäsen, …": each name of
        two or three capitalised words, then its posts, each behind a comma; the seat a post
        names (chair, vice chair, member, deputy) is the name's, in the body whose meeting the
        page's title names ("Seurakunnanneuvoston kokous"), absent or present; a name with no
        such post (a secretary, a representative of the staff) has none, nor have the names
        after a label of those with only a right to speak. The names are turned first name
        first where the page shows they are printed surname first (:meth:`_turn_listed_run`);
        the sentences' reading of the run is replaced."""
        body = self._meeting_title_body(text)
        if body is None:
            return
        found: list[Finding] = []
        spans: list[tuple[int, int]] = []
        for label in _ATTENDANCE_COMMA_LABEL.finditer(text):
            a = label.end()
            b = end_at(text, a)
            items = [(mt.start(), mt.end()) for mt in re.finditer(r"[^,\n]+", text[a:b])]
            items = [
                (a + s0 + len(text[a + s0 : a + e0]) - len(text[a + s0 : a + e0].lstrip()), a + e0)
                for s0, e0 in items
            ]
            entries: list[tuple[tuple[int, int], list[str]]] = []
            for s0, e0 in items:
                item = text[s0:e0].strip()
                if _COMMA_RUN_NAME.fullmatch(item):
                    entries.append(((s0, s0 + len(item)), []))
                elif entries and item[:1].islower():
                    entries[-1][1].append(item)
                else:
                    entries = []
                    break
            if len(entries) < 2 or not all(posts for _n, posts in entries):
                continue
            spans.append((a, b))
            if label.group(1).casefold().startswith("puheoikeu"):
                continue
            order = {"chair": 0, "vice_chair": 1, "member": 2, "deputy_member": 3}
            for (s0, e0), posts in entries:
                roles = [
                    self.lex.role_of(p.strip(" .")) or self.lex.role_of(p.strip()) for p in posts
                ]
                seats = sorted((r for r in roles if r in order), key=order.__getitem__)
                if not seats:
                    continue
                person = self._listed_name(text, s0, e0)
                found.append(
                    Finding(
                        "membership", person, seats[0], body, (s0, e0), 0.6, "minutes-comma-runs"
                    )
                )
        if not found:
            return
        self._turn_listed_run(text, found)
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in spans)
        ] + found

    def _board_meeting_present(self, text: str, out: Walk) -> None:
        """A board meeting's minutes ("Styrelsemöte" a line of its own in the page's head, or
        "Rapport från styrelsemöte 1/2023 …") with those present as one run of names after a
        label ("Närvarande; A, B, C, D", "Närvarande: …", "Följande deltog på mötet; …"): the
        board's members present, each a member of the board, a role in a parenthesis after a
        name ("A (ordförande)") the member's. The board is Styrelsen, or the one compound name
        of a board the page writes ("Förbundsstyrelsen beslutar"). On a line of others below
        ("Övriga; C (generalsekreterare), D (ungdomskommittén)") a name with a body in its
        parenthesis is a member of that body; the names on a line of apologies or absentees
        ("Återbud; E") are members of the board. Nothing unless every item of the run is a
        name of two or three capitalised words (with no note but a role in a parenthesis) and
        there are three or more; the sentences' reading of those lines is replaced."""
        if self.lex.lang != "sv":
            return
        head = text[:400]
        title = (
            _BOARD_MEETING_LINE.search(head)
            or _BOARD_MEETING_NAMED.search(head)
            or _BOARD_MEETING_SAID.search(head)
        )
        if title is None:
            return
        label = _PRESENT_BARE_LABEL.search(text)
        mid = label is None and (label := _PRESENT_MID_LABEL.search(text, 0, 1200)) is not None
        seats = None
        if label is not None and label.start() <= 1200:
            a = label.end()
            b = end_at(text, a)
            if mid and (nxt := _NEXT_MID_LABEL.search(text, a, b)) is not None:
                b = nxt.start()  # "… Henrik Ek Frånvarande: …": the run ends at the next label
            seats = self._named_items(text, a, b)
            if seats is not None and (
                len(seats) < 3 or any(r and r not in _BOARD_ROLES for _s, _e, r in seats)
            ):
                seats = None
        if seats is None:
            spaced = self._spaced_present(text)
            if spaced is None:
                return
            a, b, seats = spaced
        at = title.start("body")
        own = {mt.group(1) for mt in _OWN_BOARD.finditer(text)}
        name = own.pop() if len(own) == 1 else "Styrelsen"
        body = Mention(at, at + len(title.group("body")), title.group("body"), name, "board", 0.6)
        found = [
            Finding("membership", self._listed_name(text, s0, e0), role or "member", body,
                    (s0, e0), 0.6, "minutes-board-present")
            for s0, e0, role in seats
        ]  # fmt: skip
        spans = [(a, b)]
        stop = min(len(text), b + 600)
        absences = list(_ABSENT_BARE_LABEL.finditer(text, b, stop))
        if mid:
            absences += _ABSENT_MID_LABEL.finditer(text, b, min(stop, end_at(text, b) + 1))
        for mt in absences:
            c, d = mt.end(), end_at(text, mt.end())
            if mid:
                # "Frånvarande: A, B, C Dahl Aria Ek lämnar mötet": the run ends with the
                # first item that is more than a name, at the name it begins with (the next
                # sentence run into it)
                d = c
                for piece in re.finditer(r"[ \t]*([^,]+)(?:,|$)", text[c : end_at(text, c)]):
                    name = _COMMA_RUN_NAME.match(piece.group(1))
                    if name is None:
                        break
                    d = c + piece.start(1) + len(" ".join(name.group().split()[:2]))
                    if name.end() != len(piece.group(1).rstrip()):
                        break
            absent = self._named_items(text, c, d)
            if absent and all(not r for _s, _e, r in absent):
                spans.append((c, d))
                found += [
                    Finding("membership", self._listed_name(text, s0, e0), "member", body,
                            (s0, e0), 0.6, "minutes-board-present")
                    for s0, e0, _r in absent
                ]  # fmt: skip
        for mt in _OTHERS_BARE_LABEL.finditer(text, b, stop):
            c, d = mt.end(), end_at(text, mt.end())
            spans.append((c, d))
            for piece in re.finditer(r"[^,\n]+", text[c:d]):
                s0 = c + piece.start()
                item = _NAME_AND_PAREN.fullmatch(piece.group().strip().rstrip("."))
                if item is None or self.lex.role_of(item.group(2)):
                    continue
                word = item.group(2)
                if (
                    " " in word
                    or not self.lex.body_kind(word.casefold())
                    or not _COMMA_RUN_NAME.fullmatch(item.group(1))
                ):
                    continue  # "(personalrepresentant)", "(gäst)": no seat
                s1 = s0 + len(piece.group()) - len(piece.group().lstrip())
                e1 = s1 + len(item.group(1))
                at2 = s1 + piece.group().strip().index(word, len(item.group(1)))
                other = Mention(at2, at2 + len(word), word, word[:1].upper() + word[1:], "body",
                                0.6)  # fmt: skip
                found.append(
                    Finding("membership", self._listed_name(text, s1, e1), "member", other,
                            (s1, e1), 0.6, "minutes-board-present")
                )  # fmt: skip
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(c <= f.actor.start < d for c, d in spans)
        ] + found

    def _present_from_body(self, text: str, out: Walk) -> None:
        """Minutes' line of those present from a body the label names ("Närvarande från
        styrelsen: A, B, C, D"), whatever the meeting (an annual meeting's): each name a member
        of that body, a role in a parenthesis after a name ("A (ordförande)") the member's.
        Nothing unless the label's word is a body with seats of its own and every item of
        the run is a name of two or three capitalised words, three or more; the sentences'
        reading of the line is replaced (a more specific seat read elsewhere stays)."""
        if self.lex.lang != "sv" or "Närvarande" not in text:
            return
        for label in _PRESENT_FROM_BODY_LABEL.finditer(text):
            word = label.group("body")
            if not self._seat_body_word(word) or not word.endswith(("en", "et", "n")):
                continue
            a = label.end()
            b = end_at(text, a)
            seats = self._named_items(text, a, b)
            if (
                seats is None
                or len(seats) < 3
                or any(r and r not in _BOARD_ROLES for _s, _e, r in seats)
            ):
                continue
            at = label.start("body")
            kind = self.lex.body_kind(word.casefold()) or "body"
            body = Mention(at, at + len(word), word, word[:1].upper() + word[1:], kind, 0.6)
            found = [
                Finding("membership", self._listed_name(text, s0, e0), role or "member", body,
                        (s0, e0), 0.6, "minutes-present-from-body")
                for s0, e0, role in seats
            ]  # fmt: skip
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
            ] + found

    def _spaced_present(self, text: str) -> tuple[int, int, list[tuple[int, int, str]]] | None:
        """Those present on the one line after a "Närvarande:" label alone on its line, the
        items set apart by runs of two or more spaces, each a name then perhaps its post in
        small letters ("Aino Ek ordf.  Bo Lind kassör  Eva Berg suppl."): each name's span and
        its seat (a treasurer or a name with no post a member); a post that is no seat ("tf
        dirigent": staff attending) leaves its name out. None unless every item is such a
        name and three or more hold a seat."""
        label = _PRESENT_LABEL_ALONE.search(text, 0, 1200)
        if label is None:
            return None
        a = label.end()
        b = end_at(text, a)
        line = text[a:b]
        pieces = [mt for mt in re.finditer(r"\S+(?:[ \t]\S+)*", line)]
        if len(pieces) < 3:
            return None
        seats: list[tuple[int, int, str]] = []
        for mt in pieces:
            item = _SPACED_NAME_POST.fullmatch(mt.group())
            if item is None:
                return None
            if any(
                self.lex.role_of(w) or self.lex.body_kind(w.casefold())
                for w in item.group("name").split()
            ):
                return None
            post = item.group("post")
            role = "member"
            if post:
                low = post.casefold().rstrip(".")
                role = "member" if low in self.lex.treasurer else self.lex.role_of(post) or ""
            if role not in _SPACED_ROLES:
                continue  # a post that is no seat of the board
            s0 = a + mt.start()
            seats.append((s0, s0 + len(item.group("name")), role))
        if len(seats) < 3:
            return None
        return a, b, seats

    def _named_items(self, text: str, a: int, b: int) -> list[tuple[int, int, str]] | None:
        """The items of a comma run of names on ``text[a:b]`` ("A, B (ordförande), C."), each
        its name's span and the role its parenthesis says ("" for none); None unless every
        item is a name of two or three capitalised words, a parenthesis after it a role."""
        names: list[tuple[int, int, str]] = []
        pieces = list(re.finditer(r"[^,\n]+", text[a:b]))
        for k, mt in enumerate(pieces):
            raw = mt.group()
            s1 = a + mt.start() + len(raw) - len(raw.lstrip())
            item = raw.strip()
            if k == len(pieces) - 1:
                item = item.rstrip(".")  # the run's full stop
            role = ""
            paren = _NAME_AND_PAREN.fullmatch(item)
            if paren is not None:
                role = self.lex.role_of(paren.group(2)) or ""
                if not role:
                    return None
                item = paren.group(1)
            if not _COMMA_RUN_NAME.fullmatch(item) or any(
                self.lex.role_of(w) or self.lex.body_kind(w.casefold()) for w in item.split()
            ):
                return None
            names.append((s1, s1 + len(item), role))
        return names

    def _meeting_title_body(self, text: str) -> Mention | None:
        """The body whose meeting the page's first line names ("Seurakunnanneuvoston kokous
        23.10.2023"), or None."""
        first = re.match(r"\s*([A-ZÅÄÖ][\w-]+n)\s+kokous(?![\w-])", text)
        if first is None:
            return None
        name = self._genitive_body(first.group(1).casefold())
        if not name:
            return None
        return Mention(first.start(1), first.end(1), first.group(1), name, "body", 0.6)

    def _labelled_names_then_posts(self, text: str, out: Walk) -> None:
        """Minutes' invitation flattened column by column under a members' label: "JÄSENET:
        Ek Aino Lind Bo Aho Eva yhteisen kirkkoneuvoston pj; Testilän srk varapj. jäsen", a run
        of names (surname first or last), then as many posts in the same order, a post perhaps
        naming its body in the genitive ("yhteisen kirkkoneuvoston pj") or the member a deputy
        stands for ("Aino Ekin varajäsen"), a note after a semicolon. The k-th post is the k-th
        name's, in the body the posts name (or the page's head names); a capitalised label
        ("MUUT KUTSUTUT:", "POISSA:") ends the posts. Under a following label of others, each
        "Surname Firstname post" holds a seat only where the post names a body; under
        "POISSA:", "Surname Firstname jäsen" is a member absent. The sentences' reading of the
        block is replaced. Nothing unless the counts agree."""
        for head in _MEMBERS_LABEL.finditer(text):
            rest = _WORD.finditer(text, head.end())
            words: list[tuple[int, int]] = []
            for w in rest:  # the run of names and the word after it (at most 62 words)
                words.append(w.span())
                if len(words) > 61 or not _COLUMN_NAME_WORD.fullmatch(w.group()):
                    break
            k = 0
            while k < len(words) and _COLUMN_NAME_WORD.fullmatch(text[slice(*words[k])]):
                k += 1
            if k < 8 or k % 2 or k > 60:
                continue
            words += [w.span() for w in rest]
            names = [(words[i][0], words[i + 1][1]) for i in range(0, k, 2)]
            posts: list[tuple[int, int]] = []  # the words of the posts
            while k < len(words) and not _CAPS_LABEL.match(text, words[k][0]):
                posts.append(words[k])
                k += 1
            end = posts[-1][1] if posts else head.end()
            read = self._posts_in_order(text, posts)
            if read is None or len(read) != len(names):
                continue
            body = self._minutes_head_body(text)
            named = [b for _r, b in read if b]
            if named and (body is None or named[0].casefold().endswith(body.name.casefold())):
                body = Mention(posts[0][0], end, text[posts[0][0] : end], named[0], "body", 0.6)
            if body is None:
                continue
            found: list[Finding] = []
            for (s0, e0), (role, elsewhere) in zip(names, read, strict=True):
                target = body
                if elsewhere and elsewhere.casefold() != body.name.casefold():
                    target = Mention(
                        posts[0][0], end, text[posts[0][0] : end], elsewhere, "body", 0.6
                    )
                person = self._listed_name(text, s0, e0)
                found.append(
                    Finding(
                        "membership", person, role, target, (s0, e0), 0.6, "minutes-name-post-runs"
                    )
                )
            stop = end
            for label in _CAPS_LABEL.finditer(text, end, min(len(text), end + 1500)):
                absent = label.group(1).casefold().startswith("poissa")
                if text[stop : label.start()].strip() and not (
                    absent and label.start() - stop < 600
                ):
                    break
                entries, after = self._name_post_entries(text, label.end())
                if not entries:
                    break
                for (s0, e0), post, (a, b) in entries:
                    role, elsewhere = self._post_seat(post)
                    if not role and absent:
                        role, elsewhere = self._post_seat(post.split()[0])
                    if not role or (not elsewhere and not absent):
                        continue
                    target = body
                    if elsewhere and elsewhere.casefold() != body.name.casefold():
                        target = Mention(a, b, text[a:b], elsewhere, "body", 0.6)
                    person = self._listed_name(text, s0, e0)
                    found.append(
                        Finding(
                            "membership",
                            person,
                            role,
                            target,
                            (s0, b),
                            0.6,
                            "minutes-name-post-runs",
                        )
                    )
                stop = after
            self._turn_listed_run(text, found)
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not head.start() <= f.actor.start < stop
            ] + found
            return

    def _turn_listed_run(self, text: str, found: list[Finding]) -> bool:
        """The names of one minutes' form printed the same way: surname first for all when
        voikko turned most of them, or when the page writes one of them the other way round
        elsewhere ("Petri Ek" signing under the list's "Ek Petri") and none again as listed."""
        people = [f.actor for f in found]
        if not people:
            return False
        turned = sum(1 for p in people if p.name != " ".join(p.written.split()))
        listed = {p.start for p in people}
        other_way = same_way = 0
        for p in people:
            words = p.written.split()
            back = " ".join([*words[1:], words[0]])
            other_way += re.search(rf"(?<![\w-]){re.escape(back)}(?![\w-])", text) is not None
            same_way += any(
                mt.start() not in listed
                for mt in re.finditer(rf"(?<![\w-]){re.escape(' '.join(words))}(?![\w-])", text)
            )
        if not (2 * turned > len(people) or (other_way and not same_way)):
            return False
        for f in found:
            words = f.actor.written.split()
            f.actor = replace(f.actor, name=" ".join([*words[1:], words[0]]))
        return True

    def _posts_in_order(
        self, text: str, words: list[tuple[int, int]]
    ) -> list[tuple[str, str]] | None:
        """The seats a flattened post column says, one a post word ("pj", "jäsen",
        "varajäsen"): each post's role and the body its genitive words before it name ("yhteisen
        kirkkoneuvoston pj" → the chair of "Yhteinen kirkkoneuvosto"), or "". Words between
        posts are such genitives, a member's name in the genitive ("Aino Ekin varajäsen") or a
        note after a semicolon ("pj; Testilän srk"); None for anything else, or a post that is no
        seat."""
        read: list[tuple[str, str]] = []
        gap: list[str] = []
        note = False
        for a, b in words:
            w = text[a:b]
            role = self.lex.role_of(w.rstrip(";,"))
            if (role is not None and not gap) or (role is not None and self._post_gap(gap, note)):
                if role not in ("chair", "vice_chair", "member", "deputy_member"):
                    return None
                read.append((role, self._gap_body(gap, note)))
                gap, note = [], w.endswith(";")
                continue
            if role is not None:
                return None
            gap.append(w)
            if len(gap) > 5:
                return None
        if gap or not read:
            return None
        return read

    def _post_seat(self, post: str) -> tuple[str, str]:
        """The seat one post of a name and post entry says ("yhteisen kirkkovaltuuston
        puheenjohtaja" → the chair of "Yhteinen kirkkovaltuusto"; "jäsen" → a member, no body
        named), or ("", "") for a post that is no seat ("talousjohtaja, esittelijä")."""
        words = post.split()
        role = self.lex.role_of(words[-1].rstrip(";,")) if words else None
        if role not in ("chair", "vice_chair", "member", "deputy_member"):
            return "", ""
        if self._own_genitives(words[:-1]) != len(words) - 1:
            return "", ""
        return role, self._gap_body(words[:-1], False)

    def _post_gap(self, gap: list[str], note: bool) -> bool:
        """The words before a post are a note, a body's or a person's genitive (see
        :meth:`_posts_in_order`)."""
        own = self._own_genitives(gap)
        if own is None:
            return False
        return note or own == len(gap)

    def _own_genitives(self, gap: list[str]) -> int | None:
        """How many words at the end of ``gap`` are genitives belonging to the post after them:
        lower-case words ending in "n" whose last names a body, or a capitalised name's two words,
        the second in the genitive; None when the words end otherwise."""
        if not gap:
            return 0
        if (
            len(gap) >= 2
            and all(_COLUMN_NAME_WORD.fullmatch(w) for w in gap[-2:])
            and gap[-1].endswith("n")
        ):
            return 2
        k = len(gap)
        while k > 0 and re.fullmatch(r"[a-zåäö][\w-]*n", gap[k - 1]):
            k -= 1
        if k == len(gap) or not self._genitive_body(gap[-1]):
            return None
        return len(gap) - k

    def _gap_body(self, gap: list[str], note: bool) -> str:
        """The body named by the genitives before a post ("yhteisen kirkkoneuvoston" →
        "Yhteinen kirkkoneuvosto"), or ""."""
        own = self._own_genitives(gap) or 0
        tail = gap[len(gap) - own :]
        if not tail or tail[0][:1].isupper():
            return ""
        body = self._genitive_body(tail[-1])
        if not body:
            return ""
        bases = []
        for w in tail[:-1]:
            base = next((a.base for a in self.reader.morph.analyse(w) if a.case == "gen"), "")
            if not base:
                return ""
            bases.append(base)
        name = " ".join([*bases, body.casefold()])
        return name[:1].upper() + name[1:]

    def _name_post_entries(
        self, text: str, start: int
    ) -> tuple[list[tuple[tuple[int, int], str, tuple[int, int]]], int]:
        """The "Surname Firstname post" entries run together after a label, each a name's two
        capitalised words and the lower-case words after it up to the next name, with the
        span of those words; and where the entries end (at a capitalised label or the
        paragraph's end)."""
        words = [
            (start + w.start(), start + w.end())
            for w in re.finditer(r"\S+", text[start : start + 1500])
        ]
        entries: list[tuple[tuple[int, int], str, tuple[int, int]]] = []
        k, stop = 0, start
        while k + 1 < len(words):
            a, b = words[k]
            if _CAPS_LABEL.match(text, a) or "\n\n" in text[stop:a]:
                break
            if not (
                _COLUMN_NAME_WORD.fullmatch(text[a:b])
                and _COLUMN_NAME_WORD.fullmatch(text[slice(*words[k + 1])])
            ):
                break
            j = k + 2
            while (
                j < len(words)
                and not (
                    _COLUMN_NAME_WORD.fullmatch(text[slice(*words[j])])
                    and j + 1 < len(words)
                    and _COLUMN_NAME_WORD.fullmatch(text[slice(*words[j + 1])])
                )
                and not _CAPS_LABEL.match(text, words[j][0])
            ):
                j += 1
            if j == k + 2:
                break
            post_a, post_b = words[k + 2][0], words[j - 1][1]
            entries.append(((a, words[k + 1][1]), text[post_a:post_b], (post_a, post_b)))
            k, stop = j, post_b
        return entries, stop

    def _party_item_run(self, text: str, out: Walk) -> None:
        """Minutes' decision makers flattened to one run of "Name (PARTY), ABBR[, post]" items
        ("Irene Ek (C), BIN, ordförande Ulla Berg (M), HSN Omar Ali (S), KS"): the post after
        an item's comma is that item's, never the next name's; an item with none a member.
        Read on a run of four items or more on one line whose posts are all seats (a longer
        list flattened into a line is the unflattener's), in the body whose
        minutes these are (named in the page's head); what the sentences made of the run
        gives way."""
        if self.unflatten.pairs(text):
            return  # a whole list flattened into a line: the unflattener's to read
        body = None
        pos = 0
        while (first := _PARTY_ITEM.search(text, pos)) is not None:
            run = [first]
            while (
                text[run[-1].end() : run[-1].end() + 1] in (" ", "\t")
                and (nxt := _PARTY_ITEM.match(text, run[-1].end() + 1)) is not None
            ):
                run.append(nxt)
            pos = run[-1].end()
            if len(run) < 4:
                continue
            roles = [self.lex.role_of(mt.group("post")) if mt.group("post") else "member"
                     for mt in run]  # fmt: skip
            if any(r not in ("chair", "vice_chair", "secretary", "member", "deputy_member")
                   for r in roles):  # fmt: skip
                continue
            body = body or self._minutes_head_body(text) or self._head_word_body(text)
            if body is None:
                return
            span = (run[0].start(), run[-1].end())
            found = []
            for mt, role in zip(run, roles, strict=True):
                a, b = mt.span("name")
                lead = text[a:b].split()[0]
                if len(text[a:b].split()) > 2 and (
                    _TABLE_HEAD_WORD.fullmatch(lead + " ") or self.lex.role_of(lead)
                ):
                    a += len(lead) + 1  # "Beslutande Greta Holm": the table's heading
                person = Mention(a, b, text[a:b], text[a:b], "person", 0.6, "nom")
                quote = (mt.start(), mt.end())
                found.append(Finding("membership", person, role or "member", body, quote, 0.6,
                                     "minutes-party-items"))  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + found

    def _head_word_body(self, text: str) -> Mention | None:
        """A capitalised word in the page's first lines that is a body's name as it stands
        ("SAMMANTRÄDESPROTOKOLL Folkhälsorådet"), when the word-form reader has no analysis
        of it (a Swedish page); None when there is none."""
        for t in tokens(text, 0, min(len(text), 300)):
            if t.is_word and t.text[:1].isupper() and self.lex.body_kind(t.text.casefold()):
                name = t.text[:1] + t.text[1:].casefold()
                return Mention(t.start, t.end, t.text, name, "body", 0.6)
        return None

    def _present_absent_columns(self, text: str, out: Walk) -> None:
        """An attendance table of two columns, present and absent, flattened to lines whose
        two cells are set apart by a run of spaces ("Närvarande      Ej närvarande" / "Aino
        Ek        Bo Lind" / "Eva Berg"): every name in it, present or absent, holds a seat
        in the body the header names, else in the one body the page names before the table.
        A name is two to four capitalised words and nothing else in its cell; the table ends
        at the first line that is not such cells. Nothing when the body is unsure."""
        for head in _PRESENT_ABSENT.finditer(text):
            named = head.group("body").strip(" \t:")
            if named:
                bodies = self.reader.bodies(tokens(text, head.start("body"), head.end("body")))
            else:
                bodies = self.reader.bodies(tokens(text, 0, head.start()))
            names = {b.name.casefold() for b in bodies}
            # "rådet" after "pensionärsrådet": the bare word stands for the named body
            names = {n for n in names if not any(o != n and o.endswith(n) for o in names)}
            if len(names) != 1:
                continue  # no body, or several: unsure whose seats these are
            b = next(b for b in bodies if b.name.casefold() in names)
            if b.plural:
                continue
            body = Mention(b.start, b.end, b.written, b.name[:1].upper() + b.name[1:], "body",
                           0.55)  # fmt: skip
            cells = self._name_cells(text, head.end())
            if len(cells) < 3:
                continue
            span = (cells[0][0], cells[-1][1])
            found = []
            for a, e in cells:
                written = text[a:e]
                name = unicodedata.normalize(
                    "NFC", re.sub(r"(?<=\w)\u00b4", "\u0301", " ".join(written.split()))
                )
                person = Mention(a, e, written, name, "person", 0.6, "nom")
                found.append(Finding("membership", person, "member", body, (a, e), 0.55,
                                     "attendance-columns"))  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + found

    def _name_cells(self, text: str, pos: int) -> list[tuple[int, int]]:
        """The names of the table lines after ``pos``: each line's cells (set apart by three
        spaces or more) all names, blank lines between allowed."""
        cells: list[tuple[int, int]] = []
        for mt in re.finditer(r"[^\n]*", text[pos:]):
            line = mt.group()
            if not line.strip():
                continue
            start = pos + mt.start()
            row = []
            for c in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", line):
                if not _CELL_NAME.fullmatch(c.group()) or self.lex.role_of(c.group()):
                    return cells
                row.append((start + c.start(), start + c.end()))
            if len(row) > 2:
                return cells
            cells += row
        return cells

    def _names_then_placed_posts(self, text: str, out: Walk) -> None:
        """Minutes' attendance whose columns were flattened one after the other, each post
        with the place or group the seat is for: "Aho Aino Ek Bo Lind Eva puheenjohtaja,
        Espoo jäsen, Vantaa varajäsen, Kerava". The k-th post is the k-th name's (an expert
        member is a member; an official's post no seat). Read where a run of three posts or
        more follows at least as many names, the names begin after a word that is no name
        (a heading), most posts are seats and the body whose minutes these are is named in
        the page's head; the sentences' reading of the names is replaced."""
        runs: list[list[re.Match[str]]] = []
        for mt in _PLACED_POST.finditer(text):
            if runs and not text[runs[-1][-1].end() : mt.start()].strip():
                runs[-1].append(mt)
            else:
                runs.append([mt])
        runs = [r for r in runs if len(r) >= 3]
        if not runs:
            return
        body = self._minutes_head_body(text)
        if body is None:
            return
        found: list[Finding] = []
        drop: list[tuple[int, int]] = []
        for run in runs:
            seats = [self._placed_seat(mt.group(1)) for mt in run]
            if 3 * sum(1 for r in seats if r) < 2 * len(run):
                continue
            names = self._names_before(text, run[0].start(1))
            if names is None or len(names) < len(run):
                continue
            after = text[run[-1].end() :].lstrip()
            if len(names) > len(run) and not after[:1].islower():
                continue  # more names than posts, and the posts do not go on: unsure
            people = [self._listed_name(text, a, b) for a, b in names]
            if 2 * sum(1 for p in people if p.name != " ".join(p.written.split())) > len(people):
                # a column prints every name the same way: surname first, as most of them show
                people = [
                    replace(p, name=" ".join([*p.written.split()[1:], p.written.split()[0]]))
                    for p in people
                ]
            for person, role in zip(people, seats, strict=False):
                if not role:
                    continue
                found.append(
                    Finding("membership", person, role, body, (names[0][0], run[-1].end()),
                            0.6, "minutes-placed-posts")
                )  # fmt: skip
            drop.append((names[0][0], run[-1].end()))
        if not drop:
            return
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in drop)
        ] + found

    def _placed_seat(self, phrase: str) -> str:
        """The seat a post of a minutes' column says (an expert member: a member), or ""."""
        said = re.sub(r"^[IV]{1,3}\.?\s+", "", phrase).strip()
        role = self.lex.role_of(said)
        if role == "expert_member":
            return "member"
        return role if role in ("chair", "vice_chair", "member", "deputy_member") else ""

    def _names_before(self, text: str, end: int) -> list[tuple[int, int]] | None:
        """The names of two words each (a first name's initial joined to it: "Pekka M.")
        that run up to ``end`` from the last word before it that is no name; None when they
        do not pair up."""
        words: list[tuple[int, int]] = []
        pos = end
        while True:
            mt = re.search(r"(\S+)\s*$", text[max(0, pos - 80) : pos])
            if mt is None:
                break
            a = max(0, pos - 80) + mt.start(1)
            word = mt.group(1)
            if _INITIAL.fullmatch(word) or _COLUMN_NAME_WORD.fullmatch(word):
                words.append((a, a + len(word)))
            else:
                break
            pos = a
        words.reverse()
        units: list[tuple[int, int]] = []
        for a, b in words:
            if _INITIAL.fullmatch(text[a:b]) and units:
                units[-1] = (units[-1][0], b)
            else:
                units.append((a, b))
        if not units or len(units) % 2 or _INITIAL.fullmatch(text[words[0][0] : words[0][1]]):
            return None
        return [(units[k][0], units[k + 1][1]) for k in range(0, len(units), 2)]

    @staticmethod
    def _bare_items_between_seats(
        seats: list[tuple[re.Match[str], str, str]], head_body: Mention | None
    ) -> list[tuple[re.Match[str], str, str]]:
        """ "Aino Ek, puheenjohtaja Bo Lind Eva Salo Ville Aho, varajäsen": in a run of
        minutes' items, the names printed bare between two items with a seat in the body whose
        minutes these are (no post of their own, no mark) sit in it too, as members."""
        if head_body is None:
            return seats
        held = [
            k
            for k, (mt, role, elsewhere) in enumerate(seats)
            if mt.group("role") and role in ("chair", "vice_chair", "member", "deputy_member")
            and not elsewhere
        ]  # fmt: skip
        if len(held) < 2:
            return seats
        return [
            (mt, "member", "")
            if held[0] < k < held[-1] and not mt.group("role") and not role
            else (mt, role, elsewhere)
            for k, (mt, role, elsewhere) in enumerate(seats)
        ]

    def _present_capacities(self, text: str, out: Walk) -> None:
        """ "Läsnä:" alone on its line over items one a line, each a name and the capacities
        the person is there in after commas ("• Aino Ek, jäsen, hallituksen puheenjohtaja,
        kokouksen puheenjohtaja", "• Bo Lind, ei jäsen"): a capacity that is a seat in a body
        named in the genitive ("hallituksen jäsen") is the person's seat in that body (the
        most specific, when several); the other capacities (a member of the association, the
        meeting's officer, a job) no seat. Read only under three items or more, one of them
        with such a seat; what the rules read for the items, and seats read for the same
        person and body elsewhere, give way."""
        for label in _PRESENT_LABEL_LINE.finditer(text):
            items: list[re.Match[str]] = []
            pos = label.end() + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                if not text[pos:end].strip():
                    if items:
                        break
                    pos = end + 1
                    continue
                item = _PRESENT_ITEM.fullmatch(text, pos, end)
                if item is None:
                    break
                items.append(item)
                pos = end + 1
            if len(items) < 3:
                continue
            found: list[Finding] = []
            for item in items:
                best: tuple[str, str] | None = None
                for part in item.group("caps").split(","):
                    role, body = self._column_seat(part.strip())
                    if role and body and (best is None or _SPECIFIC[role] > _SPECIFIC[best[0]]):
                        best = (role, body)
                if best is None:
                    continue
                person = self._listed_name(text, item.start("name"), item.end("name"))
                a, b = item.start("caps"), item.end("caps")
                target = Mention(a, b, text[a:b], best[1], "body", 0.6)
                found.append(
                    Finding("membership", person, best[0], target, (item.start("name"), b), 0.6,
                            "present-capacity")
                )  # fmt: skip
            if not found:
                continue
            keys = {
                (" ".join(sorted(f.actor.name.split())), f.target.name)
                for f in found
                if f.target is not None
            }
            spans = [(item.start("name"), item.end()) for item in items]
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership"
                or f.target is None
                or not (
                    any(a <= f.actor.start < b for a, b in spans)
                    or (" ".join(sorted(f.actor.name.split())), f.target.name) in keys
                )
            ] + found
            # the others present: no seat, nor one for the tagger to guess
            out.no_seat += [
                span for span in spans if not any(span[0] <= f.actor.start < span[1] for f in found)
            ]

    def _comma_role_run(self, text: str, out: Walk) -> None:
        """Minutes' attendance flattened to one line of "Name, role" items ("x Erkki Ek, pj.
        Ossi Aho, vj. x Risto Holm, II vpj. x Aino Mäki Eeva Ek, vj."; "Juha Alkio,
        valtuuston puheenjohtaja (poistui klo 19.25) Mikko Ek, valtuuston I varapj."): the
        role after a name's comma is that name's, never the next one's; a name marked present
        with no role is a member; a post that is no seat (an official) none. Seats go to the
        body whose minutes these are (or the one a role names in the genitive); read only on
        a line of three items or more, two of them with a seat; an item whose seat's body is
        unsure keeps the sentences' reading."""
        head_body = self._minutes_head_body(text) or self._genitive_minutes_title(text)
        found: list[Finding] = []
        drop: list[tuple[int, int]] = []
        staff: list[tuple[str, int]] = []  # a name listed with an official's post, run's end
        pos = 0
        while (first := _COMMA_ITEM.search(text, pos)) is not None:
            run = [first]
            while True:
                gap = _ITEM_GAP.match(text, run[-1].end())
                nxt = _COMMA_ITEM.match(text, gap.end()) if gap is not None else None
                if nxt is None:
                    break
                run.append(nxt)
            if len(run) < 3 or sum(1 for mt in run if mt.group("role")) < 2:
                pos = first.start("name") + 1  # "Läsnä Teemu" / "Teemu Ek, …": try the next word
                continue
            pos = run[-1].end()
            seats: list[tuple[re.Match[str], str, str]] = []
            for mt in run:
                if mt.group("role"):
                    role, elsewhere = self._column_seat(mt.group("role"))
                else:
                    role, elsewhere = ("member" if mt.group("x") else ""), ""
                seats.append((mt, role, elsewhere))
            if sum(1 for _, r, e in seats if r and (e or head_body is not None)) < 2:
                continue
            seats = self._bare_items_between_seats(seats, head_body)
            staff += [
                (" ".join(sorted(mt.group("name").split())), run[-1].end())
                for mt, role, _e in seats
                if mt.group("role") and not role
            ]
            for mt, role, elsewhere in seats:
                target = head_body
                if elsewhere:
                    s0 = mt.start("role")
                    e0 = mt.end("role")
                    target = Mention(s0, e0, text[s0:e0], elsewhere, "body", 0.6)
                if role and target is None:
                    continue  # the seat's body unsure: the sentences' reading stays
                if role or mt.group("role"):
                    drop.append((mt.start(), mt.end()))  # a seat, or an official's post
                if not role:
                    continue
                person = self._listed_name(text, mt.start("name"), mt.end("name"))
                found.append(
                    Finding("membership", person, role, target, (mt.start(), mt.end()), 0.6,
                            "minutes-items")
                )  # fmt: skip
            absent = _ABSENT_ITEMS.match(text, run[-1].end())
            if (
                absent is not None
                and head_body is not None
                and any(r in ("member", "deputy_member") and not e for _, r, e in seats)
            ):
                # "… Ville Ek, jäsen Poissa: Aino Ek, Bo Lind": the members absent from the
                # meeting hold their seats in the body all the same
                at = absent.start("names")
                for item in absent.group("names").split(","):
                    s0 = text.index(item.strip(), at)
                    e0 = s0 + len(item.strip())
                    at = e0
                    drop.append((s0, e0))
                    person = self._listed_name(text, s0, e0)
                    found.append(
                        Finding("membership", person, "member", head_body, (s0, e0), 0.6,
                                "minutes-items")
                    )  # fmt: skip
        if not drop:
            return

        def staff_secretary(f: Finding) -> bool:
            # "Aino Ek, talouspäällikkö … sihteeri Aino Ek": the official listed with a post
            # keeps the minutes as the meeting's secretary, no seat in the body
            if f.role != "secretary":
                return False
            # (or the words after its word: "Aino Ek, sihteeri Asiat", the word the official's)
            said = re.search(
                r"([A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ][\w'-]+),[ \t]*[a-zåäö]+[ \t]+$",
                text[max(0, f.actor.start - 80) : f.actor.start],
            )
            names = {" ".join(sorted(f.actor.name.split()))}
            if said is not None:
                names.add(" ".join(sorted(said.group(1).split())))
            return any(key in names and end <= f.actor.start < end + 200 for key, end in staff)

        out.no_seat += [
            (f.actor.start, f.actor.end)
            for f in out.findings
            if f.kind == "membership" and staff_secretary(f)
        ]
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership"
            or not (any(a <= f.actor.start < b for a, b in drop) or staff_secretary(f))
        ] + found

    def _marked_names(self, text: str, out: Walk) -> None:
        """A minutes' form flattened: a run of names followed by as many presence marks ("Aino
        Ek Bo Lind Eva Salo (x) (x) ()"), under the section's heading ("Jäsenet",
        "Henkilökohtaiset varajäsenet", "Muut saapuvilla olleet") and the officers' column
        headings just before the names ("pj vpj"): the first names hold the officers' seats
        in order, the others the section's seat (none for others present). Officers under a
        body named in the genitive ("Kunnanvaltuuston puheenjohtajisto") sit in that body;
        the rest in the body the minutes are of (named in the head, else the one body the
        page's other sentences give members)."""
        seats: list[tuple[int, int, str, Mention | None]] = []  # name, role, body elsewhere
        spans: list[tuple[int, int]] = []
        prev = 0
        for marks in _PRESENCE_MARKS.finditer(text):
            k = marks.group().count("(")
            names = self._column_names(text, marks.start(), k) if k >= 3 else None
            if names is None:
                prev = marks.end()
                continue
            lead_at = max(prev, names[0][0] - 250)
            lead = text[lead_at : names[0][0]]
            prev = marks.end()
            heads = _OFFICER_HEADS.search(lead)
            officers: list[str] = []
            if heads is not None:
                for ab in re.findall(r"(?:[IV]{1,3}\s+)?(\w+)\.?", heads.group()):
                    role = self.lex.role_of(ab)
                    if role in ("chair", "vice_chair"):
                        officers.append(role)
                lead = lead[: heads.start()]
            section = list(re.finditer(r"(?i)(?<![\w-])(varajäsen\w*|jäsen\w*|muut)\b", lead))
            base = ""
            if section:
                word = section[-1].group(1).casefold()
                base = "" if word == "muut" else self.lex.role_of(word) or ""
            elsewhere: Mention | None = None
            for w in re.finditer(r"[\w-]+", lead):
                word = w.group()
                if word[:1].isupper() and word.endswith("n") and (b := self._genitive_body(word)):
                    a0 = lead_at + w.start()
                    elsewhere = Mention(a0, a0 + len(word), word, b, "body", 0.6)
            for n, (s0, e0) in enumerate(names):
                role = officers[n] if n < len(officers) else base
                seats.append((s0, e0, role, elsewhere if n < len(officers) else None))
            spans.append((names[0][0], marks.end()))
        if not spans:
            return
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in spans)
        ]
        people = [self._listed_name(text, s0, e0) for s0, e0, _, _ in seats]
        self._names_run_together(out, [p.name for p in people])
        main = self._minutes_head_body(text)
        if main is None:
            bodies = {
                f.target.name.casefold(): f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None
            }
            if len(bodies) == 1:
                only = next(iter(bodies.values()))
                main = replace(only, name=only.name[:1].upper() + only.name[1:])
        for person, (s0, e0, role, elsewhere) in zip(people, seats, strict=True):
            target = elsewhere or main
            if role not in ("chair", "vice_chair", "member", "deputy_member") or not target:
                continue
            out.findings.append(
                Finding("membership", person, role, target, (s0, e0), 0.6, "minutes-marks")
            )

    @staticmethod
    def _close_name(run: list[Token], names: list[tuple[int, int]]) -> None:
        """The capitalised words gathered in ``run`` end one name: its span joins ``names``."""
        if run:
            names.append((run[0].start, run[-1].end))
            run.clear()

    def _place_closed_pair_rows(self, text: str, out: Walk) -> None:
        """A minutes' attendance table of rows "member [office] / personal deputy /
        municipality" flattened to one run under its presence label, an "x" before whoever
        was present: "Paikalla x Aino Ek pj. Bo Lind Testilä Eva Salo vpj. x Olli Mäki
        Muukkola …". A municipality's name closes each row; each row holds two names, the
        first the member (an officer's abbreviation after it), the second the deputy; a short
        lower-case note may stand before the municipality. Read when three rows or more
        follow the label and a chair's or vice chair's office marks a row's first name (which
        says the first column is the members'). The body is the one the minutes' head names,
        else the one whose meeting schedule is an item of its agenda."""
        places = gazetteer()
        for label in _PRESENCE_RUN_LABEL.finditer(text):
            toks = tokens(text, label.end(), min(len(text), label.end() + 2000))
            rows: list[tuple[list[tuple[int, int]], list[str]]] = []
            names: list[tuple[int, int]] = []
            posts: list[str] = []
            run: list[Token] = []
            noise = 0
            i = 0

            while i < len(toks):
                t = toks[i]
                word = t.text
                place = places.get(word.casefold()) if t.is_cap else None
                if (
                    place is not None
                    and place.kind in _ROW_PLACES
                    and not (place.first_name or place.surname)
                ):
                    self._close_name(run, names)
                    if len(names) == 1:
                        # "Aino Ek Bo Lind": two names of two words each, no mark between
                        words = tokens(text, *names[0])
                        if len(words) == 4:
                            names[:] = [
                                (words[0].start, words[1].end),
                                (words[2].start, words[3].end),
                            ]
                    if len(names) != 2 or any(
                        not 2 <= len(text[a:b].split()) <= 3 for a, b in names
                    ):
                        break
                    rows.append((list(names), list(posts)))
                    names.clear()
                    posts = []
                    noise = 0
                elif word in ("x", "X"):
                    self._close_name(run, names)
                elif t.is_cap:
                    run.append(t)
                elif word.isalpha() and word.islower():
                    self._close_name(run, names)
                    j = i + 1 if i + 1 < len(toks) and toks[i + 1].text == "." else i
                    role = self.lex.role_of(word)
                    if role in ("chair", "vice_chair") and len(names) == 1 and not posts:
                        posts = [role]
                    elif role is None and len(word) <= 5 and names and not noise:
                        noise += 1
                    else:
                        break
                    i = j
                else:
                    break
                i += 1
            if len(rows) < 3 or not any(p for _, p in rows):
                continue
            body = self._minutes_head_body(text)
            if body is None:
                item = _OWN_SCHEDULE_ITEM.search(text)
                name = self._genitive_body(item.group("body")) if item else ""
                if not name:
                    continue
                body = Mention(
                    item.start("body"), item.end("body"), item.group("body"), name, "body", 0.5
                )
            span = (rows[0][0][0][0], rows[-1][0][-1][1])
            found: list[Finding] = []
            for (member, deputy), post in rows:
                for (s0, e0), role in (
                    (member, post[0] if post else "member"),
                    (deputy, "deputy_member"),
                ):
                    person = self._listed_name(text, s0, e0)
                    found.append(
                        Finding(
                            "membership", person, role, body, (s0, e0), 0.6, "minutes-place-rows"
                        )
                    )
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + found
            return

    @staticmethod
    def _names_run_together(out: Walk, names: list[str]) -> None:
        """Once minutes' attendance gave ``names``, a "person" whose name is one of them with
        more words beside it ("Mikko Ihanti Milla Kinnunen", "Tarkastusaika Raimo Pekkarinen
        Juha") is names run together in the signatures or the notes: no person."""
        known = {
            tuple(w.casefold() for w in sorted(n.split())) for n in names if len(n.split()) == 2
        }
        if not known:
            return

        def glued(name: str) -> bool:
            words = [w.casefold() for w in name.split()]
            if len(words) < 3:
                return False
            return any(tuple(sorted(words[i : i + 2])) in known for i in range(len(words) - 1))

        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or f.actor.kind != "person" or not glued(f.actor.name)
        ]

    def _members_section(self, text: str, out: Walk) -> None:
        """A minutes' members section flattened to one run ("jäsenet: Aino Ek pj Bo Lind 38
        esteellinen Eva Salo Olli Mäki", up to the next "Label:"): names of two words, each
        perhaps followed by a short note in lower case or digits; a note that is an officer's
        role ("pj", "vpj") is the role of the name before it, the others are members (or
        deputies, under "varajäsenet"). Read only when every capitalised word pairs into a
        name and the body the minutes are of is named in the page's head."""
        body = self._minutes_head_body(text)
        if body is None:
            return
        found: list[Finding] = []
        drop: list[tuple[int, int]] = []
        for mt in _MEMBERS_SECTION.finditer(text):
            base = self.lex.role_of(mt.group("label")) or ""
            if base not in ("member", "deputy_member"):
                continue
            a = mt.start("run")
            words = list(re.finditer(r"\S+", mt.group("run")))
            names: list[tuple[int, int, str]] = []
            caps: list[re.Match[str]] = []
            ok = True
            for w in [*words, None]:
                if w is not None and _COLUMN_NAME_WORD.fullmatch(w.group()):
                    caps.append(w)
                    continue
                if len(caps) % 2:
                    ok = False
                    break
                for k in range(0, len(caps), 2):
                    names.append((a + caps[k].start(), a + caps[k + 1].end(), base))
                caps = []
                if w is None:
                    break
                note = w.group().strip(".,")
                if not re.fullmatch(r"[a-zåäö]{1,20}|\d{1,4}", note):
                    ok = False
                    break
                role = self.lex.role_of(note)
                if role in ("chair", "vice_chair") and names and names[-1][1] == a + w.start() - 1:
                    names[-1] = (names[-1][0], names[-1][1], role)
            if not ok or len(names) < 3:
                continue
            for s0, e0, role in names:
                person = self._listed_name(text, s0, e0)
                found.append(
                    Finding("membership", person, role, body, (mt.start(), mt.end()), 0.6,
                            "minutes-section")
                )  # fmt: skip
            drop.append((a, mt.end()))
        if not drop:
            return
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in drop)
        ] + found

    def _sent_by_label(self, text: str, out: Walk) -> None:
        """ "Kunnanhallituksen edustajat: Aino Ek (varaedustaja Bo Lind), sihteeri Eva Salo":
        the people a body sends to another one; a seat read in the sending body itself is
        dropped (the body they sit in is not sure)."""
        label = re.compile(r"([\w-]+)\s+(?:edustajat|representanter)\s*:", re.I)
        keep: list[Finding] = []
        for f in out.findings:
            mt = label.match(text, f.quote[0]) if f.kind == "membership" else None
            if (
                mt is not None
                and f.target is not None
                and f.target.start <= mt.end()
                and self._genitive_body(mt.group(1)).casefold() == f.target.name.casefold()
            ):
                continue
            keep.append(f)
        out.findings = keep

    @staticmethod
    def _accepted_proposals(text: str, out: Walk) -> None:
        """ "Puheenjohtaja esitti kunnanhallituksen jäseniksi … Ehdotus hyväksyttiin
        yksimielisesti.": a proposal the same paragraph then says was accepted names the
        seats as held, not as proposed."""
        for f in out.findings:
            if f.kind != "candidacy" or f.status != "proposed":
                continue
            end = text.find("\n\n", f.quote[1])
            after = text[f.quote[1] : end if end >= 0 else len(text)]
            if _ACCEPTED.match(after.lstrip(" .")) is None:
                continue
            f.kind, f.status = "membership", ""
            f.note = (f.note + " " if f.note else "") + "The proposal was accepted."

    def _role_phrases(self, words: list[str]) -> list[str] | None:
        """Role words cut into one role each: a body in the genitive, an ordinal ("I"), an
        acting post's mark ("vt.") and a comma join the word after ("kunnanvaltuuston II
        varapj", "arkistonhoitaja, ptk-pitäjä"). None when a phrase is too long to be a
        role."""
        phrases: list[str] = []
        current: list[str] = []
        for k, w in enumerate(words):
            current.append(w)
            last = k == len(words) - 1
            joins = (
                w.endswith(",")
                or re.fullmatch(r"[IV]{1,3}\.?", w) is not None
                # "vt. kunnanjohtaja", "vs. sihteeri": acting, a mark before the post
                or w.casefold() in ("vt.", "vs.", "v.t.", "v.s.", "ma.", "mt.")
                or (w.endswith("n") and self.lex.role_of(w) is None and self._genitive_body(w))
            )
            if joins and not last:
                continue
            if len(current) > 4:
                return None
            phrases.append(" ".join(current))
            current = []
        return phrases

    def _column_seat(self, phrase: str) -> tuple[str, str]:
        """The seat a role column's entry says and the body it names in the genitive
        ("kunnanvaltuuston I varapj" → vice chair of the council), or ("", "")."""
        words = phrase.split()
        elsewhere = ""
        if len(words) > 1 and (body := self._genitive_body(words[0])):
            elsewhere, words = body, words[1:]
        said = re.sub(r"^[IV]{1,3}\.?\s+", "", " ".join(words)).strip(" ,.")
        if (short := re.fullmatch(r"(?i)(vara)?puh\.?\s*joht", said)) is not None:
            said = f"{short.group(1) or ''}puheenjohtaja"  # "varapuh.joht.": abbreviated
        role = self.lex.role_of(said) if said and "," not in said else None
        if role not in ("chair", "vice_chair", "member", "deputy_member"):
            return "", ""
        return role, elsewhere

    def _column_names(self, text: str, end: int, count: int) -> list[tuple[int, int]] | None:
        """The ``count`` names of two words each just before ``end`` (notes in parentheses
        between them skipped), or None when there are not that many."""
        found: list[tuple[int, int]] = []
        pos = end
        while len(found) < 2 * count:
            before = text[:pos].rstrip()
            if before.endswith(")"):
                opening = before.rfind("(")
                if opening < 0 or pos - opening > 120:
                    return None
                pos = opening
                continue
            mt = re.search(r"[\w'-]+$", before)
            if mt is None or not _COLUMN_NAME_WORD.fullmatch(mt.group()):
                return None
            found.append((mt.start(), mt.end()))
            pos = mt.start()
        found.reverse()
        pairs = [(found[k][0], found[k + 1][1]) for k in range(0, len(found), 2)]
        for s0, e0 in pairs:
            if not re.fullmatch(r"\S+\s+\S+", text[s0:e0]):
                return None  # a note or a line between a name's two words
        if _BLANK_LINE.search(text, found[0][0], end):
            # "… Testiliitto Ylämaasta" / "" / "Lisäksi … puheenjohtaja Mia …": a
            # paragraph's break among the words, a list's line and a sentence, no columns
            return None
        return pairs

    def _present_members_column(self, text: str, out: Walk) -> None:
        """Finnish minutes' template flattened column by column: "SAAPUVILLA OLLEET JÄSENET
        (ja merkintä siitä, kuka toimi puheenjohtajana)", the members' "Surname Firstname"
        column (", poissa" after an absent one), then, after the minutes' number, the short
        post column: "puheenjohtaja" for the first row, "varajäsen Name-genitive tilalla" for
        each deputy at the column's end. The members of the body whose minutes these are,
        the first the chair when the posts begin so, the last as many as the deputies' posts
        deputies; nothing when the names do not pair up or no body is named in the head."""
        head = _PRESENT_MEMBERS.search(text)
        if head is None:
            return
        body = self._minutes_head_body(text)
        if body is None:
            return
        chunks: list[list[tuple[int, int]]] = [[]]
        pos = head.end()
        for mt in re.finditer(r"\S+", text[pos : pos + 1500]):
            word, a, b = mt.group(), pos + mt.start(), pos + mt.end()
            if word in (",", "poissa"):
                continue
            if _COLUMN_NAME_WORD.fullmatch(word.rstrip(",")):
                chunks[-1].append((a, b - word.endswith(",")))
                if word.endswith(","):
                    chunks.append([])
                continue
            break
        else:
            return
        end = b
        if chunks and len(chunks[0]) % 2:
            chunks[0] = chunks[0][1:]  # the meeting's place before the first name
        if not chunks[-1]:
            chunks.pop()
        if any(len(c) % 2 for c in chunks):
            return
        names = [(c[i][0], c[i + 1][1]) for c in chunks for i in range(0, len(c), 2)]
        if len(names) < 3:
            return
        stop = _MINUTES_STOP.search(text, end)
        posts = text[end : stop.start() if stop else min(len(text), end + 400)]
        deputies = len(re.findall(r"(?<![\w-])varajäsen\s+[^,]{3,60}?\s+tilalla", posts))
        said = re.search(r"(?<![\w-])(puheenjohtaja|varajäsen)(?![\w-])", posts)
        if said is None or deputies >= len(names):
            return
        chair = said.group(1) == "puheenjohtaja"
        found: list[Finding] = []
        for k, (a, b) in enumerate(names):
            role = "member"
            if k == 0 and chair:
                role = "chair"
            elif k >= len(names) - deputies:
                role = "deputy_member"
            person = self._listed_name(text, a, b)
            found.append(Finding("membership", person, role, body, (a, b), 0.6, "minutes-present"))
        span = (names[0][0], names[-1][1])
        out.findings = [
            f
            for f in out.findings
            if not (f.kind == "membership" and span[0] <= f.actor.start < span[1])
        ] + found

    def _present_members_rows(self, text: str, out: Walk) -> None:
        """Finnish minutes' template flattened row by row: "SAAPUVILLA OLLEET JÄSENET
        Tuominen Jaakko puheenjohtaja , Kokkonen Yrjö varapuheenjohtaja läsnä , toimi
        puheenjohtajana 130 Grönberg Johanna jäsen Holmström Raimo Mäkinen Lea Kämäräinen
        Paula varajäsen MUUT SAAPUVILLA OLLEET … Kaisla Heikki kunnanhallituksen edustaja":
        each member's "Surname Firstname" and, right after it, the post of their row (none:
        a member); notes in lower case, digits and brackets between rows skipped. The members
        of the body whose minutes these are; among the others, a seat in another body said in
        the genitive. Read only when the names pair up into two-word names and two posts or
        more stand between names (rows, not a column of names then one of posts)."""
        head = _PRESENT_MEMBERS.search(text)
        if head is None:
            return
        body = self._minutes_head_body(text)
        if body is None:
            return
        rows, end = self._flattened_rows(text, head.end())
        if len(rows) < 3:
            return
        posts = [self._row_post(words_after) for _, _, (_, words_after) in rows]
        if sum(1 for post in posts[:-1] if post) < 2:
            return  # posts between names, at least two: rows, not a column of names
        found: list[Finding] = []
        for (a, b, _), post in zip(rows, posts, strict=True):
            person = self._listed_name(text, a, b)
            found.append(
                Finding("membership", person, post or "member", body, (a, b), 0.6,
                        "minutes-present-rows")
            )  # fmt: skip
        others = _OTHERS_PRESENT.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
        stop = end
        if others is not None and text[others.end() :].lstrip().startswith("SAAPUVILLA"):
            more, stop = self._flattened_rows(text, text.index("OLLEET", others.end()) + 6)
            for a, b, (_, after) in more:
                if len(after) < 2:
                    continue
                role, elsewhere = self._column_seat(" ".join(after[:2]))
                if not elsewhere and _ROW_REPRESENTATIVE.fullmatch(after[1]):
                    elsewhere = self._genitive_body(after[0]) or _genitive_board(after[0])
                    role = "member" if elsewhere else ""
                if role and elsewhere:
                    other = Mention(a, b, after[0], elsewhere, "body", 0.5)
                    found.append(
                        Finding("membership", self._row_name(text, a, b, found), role, other,
                                (a, b), 0.6, "minutes-present-rows")
                    )  # fmt: skip
        out.findings = [
            f
            for f in out.findings
            if not (f.kind == "membership" and head.start() <= f.actor.start < stop)
        ] + found
        present = {_name_key(f.actor.name): f.role for f in found if f.target is body}
        for f in out.findings:
            if (
                f.kind == "membership"
                and f.actor.start >= stop
                and f.rule == "text-role-before"
                and f.target is not None
                and f.target.name.casefold() != body.name.casefold()
                and present.get(_name_key(f.actor.name)) == f.role
            ):
                # "Jäsen Johanna Grönberg, jäsen Kirsi Pesonen … valittiin" (the minutes'
                # checkers) after the attendance: the seat of the body whose minutes these are
                f.target = body

    def _row_name(self, text: str, start: int, end: int, members: list[Finding]) -> Mention:
        """A name of the others' rows in the order the members' rows print theirs: surname
        first when most of the members' are ("Kaisla Heikki", both words first names)."""
        person = self._listed_name(text, start, end)
        words = text[start:end].split()
        turned = sum(f.actor.name != f.actor.written for f in members)
        if (
            person.name == " ".join(words)
            and 2 * turned > len(members)
            and m.FIRST_NAME in self.reader.word_classes(words[1])
        ):
            person = replace(person, name=f"{words[1]} {words[0]}")
        return person

    def _present_members_flat(self, text: str, out: Walk) -> None:
        """Finnish minutes turned from PDF whose members present run together after "Läsnä
        jäsenet:", the names with no separator, the electoral groups' names between them and
        the run going on over a page's break ("… Läsnä jäsenet: Giga ja Tutti Tilvis Matti
        Vaappo Tomi … Keskeiset Koivisto Aleksi … Läsnä muut: …"): each pair of a word that is
        no first name and a known first name is a member of the body whose meeting the label's
        line names ("EDUSTAJISTON KOKOUS 3"), in the order (surname first or first name
        first) the run pairs up better in; nothing on a tie or with fewer than four names. The
        sentences' reading of the run gives way. Among the others present after "Läsnä muut:"
        ("Seppälä Jarkko, pääsihteeri Seppänen Pirre, SYL:n hallituksen jäsen") each post is
        the name's before it, a seat only in a body said in the genitive or in the board's
        abbreviation ("hpj", "hj")."""
        if self.lex.lang != "fi":
            return
        head = _PRESENT_MEMBERS_FLAT.search(text)
        if head is None:
            return
        start = text.rfind("\n", 0, head.start()) + 1
        body = None
        for mt in _GENITIVE_KOKOUS.finditer(text, start, head.start()):
            word = mt.group(1)
            for a in self.reader.morph.analyse(word.casefold()):
                if a.case == "gen" and self.lex.body_kind(a.base) is not None:
                    body = Mention(mt.start(1), mt.end(1), word, a.base[:1].upper() + a.base[1:],
                                   "body", 0.6)  # fmt: skip
                    break
            if body is not None:
                break
        if body is None:
            return
        stop = _PRESENT_FLAT_STOP.search(text, head.end(), head.end() + 6000)
        end = stop.start() if stop is not None else end_at(text, head.end())
        words = [t for t in tokens(text, head.end(), end) if t.is_word]
        surname_first = _flat_pairs(words, surname_first=True)
        given_first = _flat_pairs(words, surname_first=False)
        pairs = surname_first if len(surname_first) > len(given_first) else given_first
        if len(pairs) < 4 or len(surname_first) == len(given_first):
            return
        found = [
            Finding("membership",
                    Mention(a.start, b.end, text[a.start : b.end],
                            _pair_name(a, b, pairs is surname_first), "person", 0.6, "nom"),
                    "member", body, (a.start, b.end), 0.6, "minutes-present-flat")
            for a, b in pairs
        ]  # fmt: skip
        if stop is not None and stop.group().startswith(("Läsnä", "Muut")):
            # "Läsnä muut: Seppälä Jarkko, pääsihteeri Seppänen Pirre, SYL:n hallituksen
            # jäsen": each post the name's before it; a seat only in a body said in the
            # genitive, no seat in the body of the minutes (nor for the names after the posts)
            end = end_at(text, stop.end())
            for item in _OTHER_FLAT_ITEM.finditer(text, stop.end(), end):
                person = Mention(
                    item.start("sur"), item.end("first"), text[item.start() : item.end("first")],
                    f"{item.group('first')} {item.group('sur')}", "person", 0.6, "nom",
                )  # fmt: skip
                seat = _OTHER_FLAT_SEAT.fullmatch(item.group("post").strip())
                other = None
                board = _BOARD_POST_SHORT.get(item.group("post").strip().rstrip(".").casefold())
                if board is not None:
                    # "Hirvonen Henna, hpj", "Hiipakka Sirja, hj": a student union's board's
                    # chair, vice chair or member, present at its assembly's meeting
                    hall = Mention(item.start("post"), item.end("post"), "Hallitus", "Hallitus",
                                   "body", 0.5)  # fmt: skip
                    at = (item.start(), item.end())
                    found.append(
                        Finding("membership", person, board, hall, at, 0.6, "minutes-present-flat")
                    )
                    continue
                if seat is not None:
                    word = seat.group("body")
                    base = next(
                        (a.base for a in self.reader.morph.analyse(word.casefold())
                         if a.case == "gen" and self.lex.body_kind(a.base) is not None),
                        None,
                    )  # fmt: skip
                    if base is not None:
                        name = (seat.group("owner") or "") + base
                        other = Mention(item.start("post"), item.end("post"), name, name, "body",
                                        0.5)  # fmt: skip
                if other is None:
                    out.no_seat.append((person.start, person.end))
                    continue
                found.append(
                    Finding("membership", person, self.lex.role_of(seat.group("post")) or "member",
                            other, (item.start(), item.end()), 0.6, "minutes-present-flat")
                )  # fmt: skip
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not head.start() <= f.actor.start < end
        ] + found

    def _inverted_name_rows(self, text: str, out: Walk) -> None:
        """Minutes' attendance run together with each name written "Surname, Firstname"
        ("Läsnä Kujanpää, Antti puheenjohtaja Hörkkö, Jouni … Lyytikäinen, Elvi vara …
        Poissa Lahtinen, Pia …", "Jäsenet Mäkinen, Jussi puheenjohtaja Alaja, Riitta …
        Lipponen, Varpu Miika Tomin varajäsen Poissa: Tomi, Miika Muut osallistujat Mäki,
        Kalle yht. kirkkovaltuuston puheenjohtaja …"): the members present and absent of the
        body whose minutes these are, each with the post written after the name
        ("puheenjohtaja", "vara", "X:n varajäsen"; the secretary's is staff, no seat); among
        the others only a seat in a body said in the genitive ("yht. kirkkovaltuuston
        puheenjohtaja"). Read only under a presence label with three such names or more."""
        if self.lex.lang != "fi":
            return
        head = _INVERTED_HEAD.search(text, 0, min(len(text), 3000))
        if head is None:
            return
        body = self._minutes_head_body(text)
        if body is None:
            return
        section, pos, found = "members", head.end(), []
        start = head.start()
        while pos < len(text):
            row = _INVERTED_ROW.match(text, pos)
            if row is None:
                label = _INVERTED_SECTION.match(text, pos)
                if label is None:
                    break
                section = "members" if label.group("absent") else "others"
                pos = label.end()
                continue
            nxt = _INVERTED_NEXT.search(text, row.end())
            stop = nxt.start() if nxt is not None else len(text)
            post = text[row.end() : stop]
            person = Mention(
                row.start("sur"), row.end("first"), text[row.start("sur") : row.end("first")],
                f"{row.group('first')} {row.group('sur')}", "person", 0.7, "nom",
            )  # fmt: skip
            if section == "members":
                role = self._inverted_post(post)
                if role:
                    found.append(Finding("membership", person, role, body, row.span(), 0.6,
                                         "minutes-inverted"))  # fmt: skip
            elif (elsewhere := _COMMON_BODY_POST.match(post)) is not None:
                name = self._genitive_body(elsewhere.group("body"))
                role = self.lex.role_of(elsewhere.group("post"))
                if name and role in ("chair", "vice_chair", "member"):
                    if elsewhere.group("joint"):
                        name = f"Yhteinen {name[:1].lower()}{name[1:]}"
                    other = Mention(elsewhere.start("body") + row.end(), stop, name, name,
                                    "body", 0.5)  # fmt: skip
                    found.append(Finding("membership", person, role, other, row.span(), 0.6,
                                         "minutes-inverted"))  # fmt: skip
            pos = stop
            if nxt is not None and nxt.group("label"):
                continue
            if nxt is None or _INVERTED_STOP.search(post):
                break
        members = [f for f in found if f.target is body]
        if len(members) < 3:
            return
        end = pos
        out.findings = [
            f for f in out.findings if not (f.kind == "membership" and start <= f.actor.start < end)
        ] + found

    def _inverted_post(self, post: str) -> str:
        """The seat an inverted row's words after the name say: "puheenjohtaja" a chair's,
        "varapuheenjohtaja" a vice chair's, "vara", "varajäsen" or "X:n varajäsen" a
        deputy's, "sihteeri" none (staff), anything else (notes of leaving, none) a member's."""
        words = re.findall(r"[a-zåäö][\w.]*", post)
        for w in words[:4]:
            low = w.casefold().rstrip(".")
            if low in ("vara", "varajäsen") or low.startswith("varajäsen"):
                return "deputy_member"
            if low in ("puheenjohtaja", "pj", "puh.joht"):
                return "chair"
            if low in ("varapuheenjohtaja", "vpj", "varapuh.joht"):
                return "vice_chair"
            if low.startswith(("sihteeri", "pöytäkirjanpitäjä", "esittelijä")):
                return ""
        return "member"

    def _flattened_rows(
        self, text: str, pos: int
    ) -> tuple[list[tuple[int, int, tuple[list[str], list[str]]]], int]:
        """The rows of a table flattened into a run of words from ``pos``: each run of
        capitalised words split into two-word names, with the lower-case words after it (to
        the next name); the run stops at a word in capitals ("MUUT", "LAILLISUUS") or after
        1,500 characters. Returns the rows (start, end, (name's words, words after)) and
        where the run stopped; a run of one capitalised word is a note ("Virtasen tilalla")."""
        rows: list[tuple[int, int, tuple[list[str], list[str]]]] = []
        run: list[tuple[int, int]] = []
        end = pos

        def close() -> bool:
            if len(run) == 1 and rows:
                rows[-1][2][1].append(text[run[0][0] : run[0][1]])
            elif len(run) % 2:
                return False
            else:
                for k in range(0, len(run), 2):
                    words = [text[run[k][0] : run[k][1]], text[run[k + 1][0] : run[k + 1][1]]]
                    rows.append((run[k][0], run[k + 1][1], (words, [])))
            run.clear()
            return True

        for mt in re.finditer(r"\S+", text[pos : pos + 1500]):
            word, a, b = mt.group(), pos + mt.start(), pos + mt.end()
            bare = word.strip(",.;")
            if (len(bare) >= 3 and bare.isupper() and bare.isalpha()) or _OTHERS_PRESENT.fullmatch(
                bare
            ):
                break
            if _COLUMN_NAME_WORD.fullmatch(bare) and self._row_post([bare.casefold()]) is None:
                run.append((a, a + len(word.rstrip(",.;"))))
                end = b
                continue
            if run and not close():
                return [], pos
            if rows:
                rows[-1][2][1].append(word)
            end = b
        if run and not close():
            return [], pos
        return rows, end

    def _row_post(self, after: list[str]) -> str | None:
        """The seat a flattened row's first word after the name says ("puheenjohtaja",
        "varajäsen", "jäsen"), or None."""
        if not after:
            return None
        word = after[0].strip(",.;").casefold()
        if not word.isalpha() or word not in _ROW_POSTS:
            return None
        return _ROW_POSTS[word]

    def _members_and_bracketed_deputies(self, text: str, out: Walk) -> None:
        """Minutes' attendance run together under two labels: "Varsinaiset jäsenet Aino Ek,
        kirkkoherra Bo Lind Eva Salo … Varajäsenet Olli Mäki (Bo Lind) Liisa Aho (Eva Salo)
        …". The names after the first label (first name first, a title after a comma
        skipped) are members, each name after the second one with a member's name in
        parentheses that member's deputy, all in the body whose minutes the page is. Read only
        when every bracketed name is one of the members listed (a party or a note in
        parentheses is no member)."""
        label = _REGULAR_MEMBERS.search(text)
        if label is None:
            return
        deputies = _DEPUTIES_LABEL.search(text, label.end(), label.end() + 800)
        if deputies is None:
            return
        body = self._minutes_head_body(text) or self._genitive_minutes_title(text)
        if body is None:
            return
        members: list[Mention] = []
        pos = label.end()
        for mt in [*_TITLE_AFTER_COMMA.finditer(text, label.end(), deputies.start()), None]:
            end = mt.start() if mt is not None else deputies.start()
            toks = [t for t in tokens(text, pos, end) if t.text.strip()]
            if toks:
                if len(toks) % 2 or not all(t.is_cap and t.is_word for t in toks):
                    return  # words that are no names run together: another layout
                # two words a name: the bracketed names below must fall on these pairs (the
                # first names need not be known to the reader)
                members += [
                    self._listed_name(text, toks[k].start, toks[k + 1].end)
                    for k in range(0, len(toks), 2)
                ]
            pos = mt.end() if mt is not None else end
        if len(members) < 3:
            return
        keys = {" ".join(sorted(p.name.split())) for p in members}
        items: list[re.Match[str]] = []
        pos = deputies.end()
        while (mt := _BRACKETED_ITEM.match(text, pos)) is not None:
            if " ".join(sorted(mt.group("of").split())) not in keys:
                break
            items.append(mt)
            pos = mt.end()
        if len(items) < 2 or 2 * len(items) < len(members):
            return
        span = (label.start(), items[-1].end("of"))
        found: list[Finding] = []
        for p in members:
            found.append(Finding("membership", p, "member", body, (p.start, p.end), 0.6,
                                 "minutes-labels"))  # fmt: skip
        by_key = {" ".join(sorted(p.name.split())): p for p in members}
        for mt in items:
            deputy = self._listed_name(text, mt.start("name"), mt.end("name"))
            f = Finding("membership", deputy, "deputy_member", body, (mt.start(), mt.end()),
                        0.6, "minutes-labels")  # fmt: skip
            f.deputy_for = by_key[" ".join(sorted(mt.group("of").split()))]
            found.append(f)
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
        ]
        officers = {
            (f.actor.name, f.target.name.casefold())
            for f in out.findings
            if f.kind == "membership" and f.role in ("chair", "vice_chair") and f.target is not None
        }
        out.findings += [
            f
            for f in found
            if f.role != "member" or (f.actor.name, body.name.casefold()) not in officers
        ]

    def _present_and_absent_member_labels(self, text: str, out: Walk) -> None:
        """Minutes' attendance run together under labels with no colon: "Läsnäolevat jäsenet
        Ek Aino, pj Lind Bo Salo Eva varajäsen Mäki Olli Saapui klo 18.30 Poissaolevat jäsenet
        Aho Liisa Muut läsnä olevat …". Every name of two words under the first two labels
        holds a seat in the body whose minutes the page is: the one a seat word after it says
        ("pj", "varajäsen"), else a member's (an absent member's too); a note of when one came
        or left is no name. The others present are left to the other rules. Read only when
        the labels' words are all such items, three names or more."""
        label = _PRESENT_MEMBERS_LABEL.search(text)
        if label is None:
            return
        others = _OTHERS_PRESENT_LABEL.search(text, label.end(), label.end() + 800)
        if others is None:
            return
        body = self._minutes_head_body(text) or self._genitive_minutes_title(text)
        if body is None:
            return
        absent = _ABSENT_MEMBERS_LABEL.search(text, label.end(), others.start())
        sections = (
            [(label.end(), absent.start()), (absent.end(), others.start())]
            if absent is not None
            else [(label.end(), others.start())]
        )
        masked = _COMING_AND_GOING.sub(lambda mt: " " * len(mt.group()), text)
        found: list[Finding] = []
        for s0, e0 in sections:
            pos = s0
            while pos < e0 and masked[pos].isspace():
                pos += 1
            while pos < e0:
                mt = _NAME_SEAT_ITEM.match(masked, pos, e0)
                if mt is None:
                    return  # words that are no such items: another layout
                pos = mt.end()
                while pos < e0 and masked[pos].isspace():
                    pos += 1
                role = "member"
                if mt.group("role"):
                    # ("varapuheenjoht.": the vice chair's word cut short)
                    said = self.lex.role_of(_spelled_chair(mt.group("role")).strip("."))
                    if said == "secretary":
                        continue  # the meeting's secretary: no seat
                    if said in ("chair", "vice_chair", "deputy_member"):
                        role = said
                person = self._listed_name(text, mt.start("name"), mt.end("name"))
                words = mt.group("name").split()
                if person.name == " ".join(words) and re.search(
                    rf"(?<![\w-]){re.escape(words[1])}\s+{re.escape(words[0])}(?![\w-])", text
                ):
                    # the page writes the name first name first elsewhere (its signatures)
                    person = replace(person, name=f"{words[1]} {words[0]}")
                found.append(
                    Finding("membership", person, role, body, (mt.start(), mt.end()), 0.6,
                            "minutes-labels")
                )  # fmt: skip
        if len(found) < 3:
            return
        span = (label.start(), others.start())
        # the others present, each "Surname Firstname post" ("Aho Eero kv:n pj", "Lind Tea
        # kunnanjohtaja"): no seat in the body whose minutes these are (a post read as the
        # next name's seat gives way)
        guests: list[tuple[int, int]] = []
        pos = others.end()
        while (item := _OTHER_POST_ITEM.match(text, pos)) is not None:
            guests.append(item.span("name"))
            pos = item.end()
        if len(guests) < 2:
            guests = []
        key = body.name.casefold()
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership"
            or not (
                span[0] <= f.actor.start < span[1]
                or (
                    f.target is not None
                    and f.target.name.casefold() == key
                    and any(a <= f.actor.start < b for a, b in guests)
                )
            )
        ] + found
        out.no_seat += guests

    def _participants_table_rows(self, text: str, out: Walk) -> None:
        """A minutes' participants table flattened with its column heads ("Osallistujat Nimi
        Tehtävä Lisätiedot Läsnä Ek Aino puheenjohtaja Lind Bo I vpj. poistui klo 19 Salo Eva
        jäsen Aho Pia varajäsen Eva Kiven henkilökohtainen varajäsen … Poissa Kivi Eva jäsen"):
        each row is a name surname first and the seat or post after it, a note perhaps after
        that (words with no seat word right after a name of two words: "Eva Kiven
        henkilökohtainen varajäsen"). A seat holds in the body whose minutes the page is,
        present or absent; a seat in another body ("valtuuston I vpj.", "kv:n pj") and a
        post (the presenter, the minutes' secretary) hold none there. Read only with three
        such seats or more."""
        head = _PARTICIPANTS_HEAD.search(text)
        if head is None:
            return
        body = self._minutes_head_body(text) or self._genitive_minutes_title(text)
        if body is None:
            return
        # the body's own kind ("Kunnanhallitus": a city board), as its other mentions give it
        body = replace(body, kind=self.lex.body_kind(body.name.casefold()) or body.kind)
        stop = _PARTICIPANTS_END.search(text, head.end(), head.end() + 2500)
        end = stop.start() if stop is not None else min(len(text), head.end() + 2500)
        gone = _PARTICIPANTS_ABSENT.search(text, head.end(), end)
        sections = [(head.end(), gone.start() if gone is not None else end)]
        if gone is not None:
            sections.append((gone.end(), end))
        found: list[Finding] = []
        guests: list[tuple[int, int]] = []
        notes: list[tuple[int, int]] = []
        for s0, e0 in sections:
            pos = s0
            while (row := _PARTICIPANT_ROW.search(text, pos, e0)) is not None:
                said = _spelled_chair(row.group("post"))
                role = self.lex.role_of(said.strip(".")) or self.lex.role_of(said)
                if role is None:
                    # a name in a note ("Eva Kiven henkilökohtainen varajäsen"): no seat
                    notes.append(row.span("name"))
                    pos = row.start("name") + 1
                    continue
                pos = row.end()
                if row.group("other") or role not in (
                    "chair",
                    "vice_chair",
                    "member",
                    "deputy_member",
                ):
                    guests.append(row.span("name"))  # another body's seat, or a post
                    continue
                person = self._listed_name(text, row.start("name"), row.end("name"))
                found.append(
                    Finding("membership", person, role, body, (row.start(), row.end()), 0.6,
                            "minutes-participants")
                )  # fmt: skip
        if len(found) < 3:
            return
        a, b = head.start(), end
        out.findings = [
            f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
        ] + found
        out.no_seat += guests
        # (a name in a note that is no row's: "Eva Kiven henkilökohtainen varajäsen")
        out.no_seat += [
            (s0, e0)
            for s0, e0 in notes
            if not any(s0 < f.actor.end and f.actor.start < e0 for f in found)
        ]

    def _flat_attendance_runs(self, text: str, out: Walk) -> None:
        """Minutes' attendance flattened into sentences ("Paikalla: Aino Ek (pj), Bo Lind
        (vpj, paikalla kohdasta 5), Eva Holm ja Ola Berg. Poissa: Pia Aho ja Eero Sjö sekä
        Ilkka Mäki (hallituksen sihteeri)"): the people present and absent hold seats in
        the body whose meeting the text names before the first label ("Hallituksen
        kokouksessaan"); the chair's and vice chair's abbreviations in parentheses give
        their seats, a note of when one came or left none; a name with another post in
        parentheses (a secretary, an official) holds no seat. Read only when the present run
        has four names or more, one of them marked as the chair; names a rule read
        elsewhere in a body keep that reading."""
        runs = list(_FLAT_ATTENDANCE.finditer(text))
        present = [r for r in runs if r.group("label") != "Poissa"]
        if not present:
            return
        first = present[0]
        named = self._genitive_meetings(text, max(0, first.start() - 800), first.start())
        if not named:
            return
        body = named[-1]
        found: list[Finding] = []
        spans: list[tuple[int, int]] = []
        for run in runs:
            if run.start() < first.start():
                continue
            if run.group("label") == "Poissa" and not found:
                continue
            people: list[tuple[Mention, str]] = []
            staff: list[tuple[int, int]] = []
            chair = False
            for item in re.finditer(_RUN_PERSON, text[run.start("items") : run.end("items")]):
                s0 = run.start("items") + item.start()
                name_end = s0 + len(re.match(r"[^(]*", item.group()).group().rstrip())
                role = "member"
                note = re.search(r"\(([^()]*)\)", item.group())
                if note is not None:
                    said = self.lex.role_of(note.group(1).split(",")[0].strip())
                    if said in ("chair", "vice_chair"):
                        role = said
                        chair = chair or said == "chair"
                    elif said is not None or (
                        len(note.group(1).split(",")[0].split()) > 1
                        and (not re.match(r"(?:paikalla|poissa|saapui|poistui)", note.group(1)))
                    ):
                        staff.append((s0, name_end))
                        continue  # another post: no seat
                people.append((self._listed_name(text, s0, name_end), role))
            if run.group("label") != "Poissa" and (len(people) < 4 or not chair):
                continue
            spans.append((run.start(), run.end()))
            out.no_seat += staff
            for person, role in people:
                found.append(
                    Finding("membership", person, role, body, (person.start, person.end), 0.6,
                            "flat-attendance")
                )  # fmt: skip
        if not found:
            return
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in spans)
        ] + found

    def _padded_roll_lines(self, text: str, out: Walk) -> None:
        """A minutes' head whose fields of those present and absent are comma runs of names
        padded apart from their labels ("LÄSNÄ      Aino Ek, Bo Lind, Eva Salo sekä varajäsen
        Pia Aho" / "POISSA      Ola Berg, varajäsen Ilkka Mäki"), with no heading naming the
        body over them: the body is the one whose meeting the text names in the genitive
        before the roll or in the lines after it ("Hallituksen kokouksessa käsiteltiin …",
        "På styrelsemötet beslöts …"). Each name present or absent is a member of it, one
        after a deputy's word a deputy member. Nothing unless every item of the run of those
        present is such a name, three or more; a seat the rules read in those lines already
        stands."""
        rolls = list(_PADDED_ROLL.finditer(text))
        present = [r for r in rolls if r.group("label").casefold() in ("läsnä", "närvarande")]
        if not present:
            return
        first = present[0]
        if MEMBERS_MEETING.search(text, max(0, first.start() - 800), first.start()):
            return  # an association's meeting: those present its members, no body's
        body = self._roll_meeting_body(text, first.start(), first.end())
        if body is None:
            return
        found: list[Finding] = []
        for roll in rolls:
            if roll.start() < first.start():
                continue
            items = self._roll_items(text, roll.start("items"), roll.end("items"))
            if items is None or (roll is first and len(items) < 3):
                if roll is first:
                    return
                continue
            for s0, e0, role in items:
                if any(
                    f.kind == "membership"
                    and f.target is not None
                    and (s0 <= f.actor.start < e0 or f.actor.name == text[s0:e0])
                    for f in out.findings
                ):
                    continue  # a seat the rules read already (an office, the body's name)
                found.append(
                    Finding("membership", self._listed_name(text, s0, e0), role, body,
                            (s0, e0), 0.6, "minutes-padded-roll")
                )  # fmt: skip
        out.findings += found

    def _roll_items(self, text: str, a: int, b: int) -> list[tuple[int, int, str]] | None:
        """The names of a padded roll's run (cut at commas, "sekä", "ja", "och", "samt"),
        each its span and its seat ("deputy_member" after a deputy's word, else "member");
        None unless every item is a name of two or three capitalised words."""
        found: list[tuple[int, int, str]] = []
        for mt in re.finditer(r"[^,]+", text[a:b]):
            for part in re.split(r"[ \t]+(?:sekä|ja|och|samt)[ \t]+", mt.group()):
                item = part.strip().rstrip(".")
                if not item:
                    return None
                s0 = a + mt.start() + mt.group().index(part) + len(part) - len(part.lstrip())
                role = "member"
                if (deputy := _ROLL_DEPUTY_WORD.match(item)) is not None:
                    role, item, s0 = "deputy_member", item[deputy.end() :], s0 + deputy.end()
                if not _COMMA_RUN_NAME.fullmatch(item) or any(
                    self.lex.role_of(w) or self.lex.body_kind(w.casefold()) for w in item.split()
                ):
                    return None
                found.append((s0, s0 + len(item), role))
        return found

    def _roll_meeting_body(self, text: str, start: int, end: int) -> Mention | None:
        """The body whose meeting a roll at ``start``-``end`` lists: one named in the
        genitive before the word for the meeting in the 800 characters before it, else in
        the 1,500 after it; in Swedish a board's meeting ("styrelsemötet") names the board."""
        if self.lex.lang == "sv":
            at = _BOARD_MEETING_WORD.search(text, max(0, start - 800), end + 1500)
            if at is None:
                return None
            return Mention(at.start(), at.end(), at.group(), self.lex.board, "board", 0.6)
        for a0, b0 in ((max(0, start - 800), start), (end, end + 1500)):
            if named := self._genitive_meetings(text, a0, b0):
                return named[0]
        return None

    def _genitive_meetings(self, text: str, start: int, end: int) -> list[Mention]:
        """The bodies whose meetings ``text[start:end]`` names in the genitive ("Hallituksen
        kokouksessa", "johtokunnan kokous"), in order."""
        found: list[Mention] = []
        for mt in _GENITIVE_MEETING.finditer(text, start, end):
            for a in self.reader.morph.analyse(mt.group("body").casefold()):
                if a.case == "gen" and self.lex.body_kind(a.base) is not None:
                    name = a.base[:1].upper() + a.base[1:]
                    found.append(Mention(mt.start("body"), mt.end("body"), mt.group("body"),
                                         name, "body", 0.6))  # fmt: skip
                    break
        return found

    def _party_post_rows(self, text: str, out: Walk) -> None:
        """A Swedish protocol's roll flattened into one run, each row a name, the party in
        brackets and perhaps the seat after it ("Beslutande Ulf Olsson (S) ordförande
        Margareta Lövgren (M) 1-e vice ordförande Annette Carlson (M) … Ersättare Lena Palmén
        (S) …", "Ann-Katrin Sämfors (S) ordförande Anders Nyström (S) vice ordförande Annica
        Lundgren (S) tj ledamot … Ulla Persson (Fp) tj ersättare"): each seat the name's
        before it, not the next name's; a name with none a member, or a deputy after the
        deputies' label. In the body the rules read for most of the run's names, else the
        body whose minutes the page is. Read only for three rows or more with nothing between
        them on one line, opened by the decision-makers' label or with two seats said."""
        if self.lex.lang != "sv":
            return
        runs: list[list[re.Match[str]]] = []
        for mt in _PARTY_POST_ROW.finditer(text):
            if runs and re.fullmatch(r"[ \t]*", text[runs[-1][-1].end() : mt.start()]):
                runs[-1].append(mt)
            else:
                runs.append([mt])
        for run in runs:
            if re.match(r"[ \t]*,?[ \t]*[a-zåäö]", text[run[-1].end() : run[-1].end() + 4]):
                # "Lisa Kron (C) istället för Oskar Moberg (C)": a row read on in words the
                # run does not read, left to the rules that do
                run = run[:-1]
            said = sum(1 for mt in run if mt.group("post") or mt.group("small"))
            if len(run) < 3 or not (said >= 2 or run[0].group("label") in ("Beslutande",)):
                continue
            a, b = run[0].start(), run[-1].end()
            if any(
                f.kind == "membership" and a <= f.actor.start < b and f.rule not in _WORD_RULES
                for f in out.findings
            ):
                continue  # a cover's or a notice's reader has read the rows: its reading stays
            read: dict[str, list[Mention]] = {}
            for f in out.findings:
                if f.kind == "membership" and f.target is not None and a <= f.actor.start < b:
                    read.setdefault(f.target.name, []).append(f.target)
            body: Mention | None
            if read:
                body = max(read.values(), key=len)[0]  # the body most of the run's names have
            else:
                body = self._minutes_head_body(text)
                if body is None:
                    continue
            found: list[Finding] = []
            default = "member"
            for mt in run:
                label = mt.group("label") or ""
                if label.startswith("Adjungerad"):
                    default = ""  # co-opted: heard, no seat
                elif label:
                    default = (
                        "deputy_member" if label.casefold().endswith("ersättare") else "member"
                    )
                if not default:
                    out.no_seat.append((mt.start("name"), mt.end("name")))
                    continue
                post = mt.group("post") or mt.group("small")
                if post:
                    # ("tj ledamot": serving; "1-e vice ordförande": the ordinal's colon a hyphen)
                    post = re.sub(r"(?i)^(?:tj|tjg|tjänstgörande)\.?\s+", "", post)
                    post = post.replace("-e ", ":e ")
                role = (self.lex.role_of(post) if post else None) or default
                found.append(
                    Finding("membership", self._row_person(text, mt), role, body,
                            (mt.start("name"), mt.end()), 0.6, "minutes-party-rows")
                )  # fmt: skip
            out.findings = (
                [
                    f
                    for f in out.findings
                    if not (
                        f.kind == "membership"
                        and (
                            a <= f.actor.start < b
                            # "… Cecilia Gustavsson (FI), Tjänstgörande ersättare Britt-Marie
                            # Nilsson, Kommunsekreterare": the last row's seat is no seat of the
                            # name after it
                            or (
                                f.rule in _WORD_RULES
                                and b <= f.actor.start
                                and re.fullmatch(r"[ \t,]*", text[b : f.actor.start]) is not None
                            )
                        )
                    )
                ]
                + found
            )

    def _row_person(self, text: str, row: re.Match[str]) -> Mention:
        """The person of a :data:`_PARTY_POST_ROW`: its name, without a municipality's or a
        label's word before a first name ("Bollebygd Peter Rosholm", "Adjungerade Jana
        Nilsson")."""
        a, b = row.start("name"), row.end("name")
        words = row.group("name").split()
        if len(words) == 3 and first_name(words[0]) is None and first_name(words[1]) is not None:
            a = text.index(words[1], a + len(words[0]))
        return self._listed_name(text, a, b)

    def _numbered_attendance_lines(self, text: str, out: Walk) -> None:
        """Minutes' attendance as numbered lines under "Läsnä:" / "Poissa:" ("1.  Ek Aino,
        jäsen", "2.  Lind Bo, jäsen  saapui kohdassa 9", a deputy filling the seat above
        unnumbered: "Holm Eva, varajäsen"): each line's seat word is its name's seat in the
        body whose minutes these are, present or absent; a note after it (an arrival, a
        departure, the meeting's chair in parentheses) changes no seat. Read only under such
        a label, in a block of three numbered lines or more whose every line names a member's
        or deputy's seat (the absentees' block after it however few); a person listed twice
        is seated once; the meeting's secretary on a line after the list none."""
        body = self._minutes_head_body(text) or self._genitive_minutes_title(text)
        if body is None:
            return
        found: list[Finding] = []
        spans: list[tuple[int, int]] = []
        staff: list[tuple[int, int]] = []
        for label in _ATTENDANCE_LABEL_LINE.finditer(text):
            pos = label.end() + 1
            block: list[tuple[re.Match[str], str]] = []
            while (mt := _NUMBERED_SEAT_LINE.match(text, pos)) is not None and mt.end() > pos:
                role = self.lex.role_of(mt.group("role"))
                if role not in ("member", "deputy_member"):
                    break
                block.append((mt, role))
                pos = mt.end()
            # the absentees after a block read: numbered the same way, however few
            if sum(1 for mt, _r in block if mt.group("num")) < (1 if spans else 3):
                continue
            end = block[-1][0].end()
            # the meeting's secretary on a line of its own after the list ("Aino Ek
            # (sihteeri)"): an official keeping the minutes, no seat
            while (sec := _PARENTHESISED_POST_LINE.match(text, end)) is not None and (
                self.lex.role_of(sec.group("post")) == "secretary"
            ):
                staff.append((sec.start("name"), sec.end("name")))
                end = sec.end()
            spans.append((block[0][0].start(), end))
            for mt, role in block:
                person = self._listed_name(text, mt.start("name"), mt.end("name"))
                found.append(
                    Finding("membership", person, role, body, (mt.start("name"), mt.end("role")),
                            0.6, "numbered-attendance")
                )  # fmt: skip
        if not found:
            return
        out.no_seat += staff
        seen: set[tuple[str, str]] = set()
        unique = []
        for f in found:
            if (f.actor.name, f.role) not in seen:
                seen.add((f.actor.name, f.role))
                unique.append(f)
        out.findings = [
            f
            for f in out.findings
            if f.kind != "membership" or not any(a <= f.actor.start < b for a, b in spans)
        ] + unique

    def _genitive_minutes_title(self, text: str) -> Mention | None:
        """The body a minutes' title names in the genitive before the word for the meeting or
        its minutes, in the page's first 300 characters ("SEURAKUNTANEUVOSTON KOKOUS
        PÖYTÄKIRJA 1/2017" → Seurakuntaneuvosto), or None."""
        for mt in _GENITIVE_MINUTES_TITLE.finditer(text, 0, min(len(text), 300)):
            word = mt.group("body")
            for a in self.reader.morph.analyse(word.casefold()):
                if a.case == "gen" and self.lex.body_kind(a.base) is not None:
                    name = a.base[:1].upper() + a.base[1:]
                    return Mention(mt.start("body"), mt.end("body"), word, name, "body", 0.6)
        return None

    def _seat_of(self, said: str) -> tuple[str, str]:
        """The seat a minutes' role column says ("varapj.", "kv:n II varapj.") and the body
        it is in when another one is named by its abbreviation; ("", "") for a post that is
        no seat ("kunnanjohtaja, esittelijä", "pöytäkirjanpitäjä")."""
        said = said.strip(" ,.")
        elsewhere = ""
        if (abbr := _SEAT_ELSEWHERE.match(said)) is not None:
            if abbr.group("abbr"):
                elsewhere = _ABBREVIATED_BODIES.get(abbr.group("abbr").casefold().rstrip("."), "")
            else:
                elsewhere = _genitive_board(abbr.group("gen"))
            said = said[abbr.end() :]
        said = _spelled_chair(re.sub(r"^[IV]{1,3}\.?\s+", "", said))
        role = self.lex.role_of(said) if said and "," not in said else None
        if role not in ("chair", "vice_chair", "member", "deputy_member"):
            return "", ""
        return role, elsewhere

    def _present_run(self, text: str) -> list[Finding]:
        """Minutes' attendance flattened to one run of words ("Paikalla: Varsinaiset jäsenet:
        Aino Ek, puheenjohtaja Bo Lind, varapuheenjohtaja (poistui 18.19) Eva Ek Ola Berg
        Varajäsenet: … Muut osallistujat: … Poissa: Varsinaiset jäsenet: …"): the members
        present and absent and the deputies present of the body whose meeting the minutes
        speak of, each with the role after the name; among the other participants only the
        secretary holds a seat. Where names run together, each is read as first name and
        surname. Nothing when the text names no such body."""
        head = _PRESENT_HEAD.search(text)
        if head is None:
            return []
        body = self._minutes_body(text) or self._meeting_body(text, head.end())
        if body is None:
            return []
        sections: list[tuple[str, int, int]] = []
        kind, pos = "", head.end()
        for mt in _PRESENT_SECTION.finditer(text, head.end()):
            if kind:
                sections.append((kind, pos, mt.start()))
            kind, pos = mt.lastgroup or "", mt.end()
            if kind == "end":
                break
        else:
            if kind:
                sections.append((kind, pos, min(len(text), pos + 2000)))
        if not sections:
            return []
        quote = (head.start(), sections[-1][2])
        found: list[Finding] = []
        for kind, s, e in sections:
            if kind not in ("member", "deputy", "other"):
                continue
            # "(poistui ajassa 18.19)", "(saapui …)": when one came or left, no part of a name
            parts = re.split(r"(?<!\w)\([^()\n]{0,60}\)|,|\n", text[s:e])
            at = s
            people: list[tuple[Mention, str]] = []
            for part in parts:
                p_start = text.find(part, at) if part else at
                at = p_start + len(part)
                toks = tokens(text, p_start, p_start + len(part))
                # the role of the name before: "puheenjohtaja", "2. varapuheenjohtaja"
                k = 0
                while k < len(toks) and not (toks[k].is_cap and toks[k].is_word):
                    k += 1
                said = " ".join(t.text for t in toks[:k]).strip(" .")
                said = re.sub(r"^(?:\d+\s*\.|[IV]{1,3})\s*", "", said)
                role = self.lex.role_of(said) if said else None
                if role and people and role in ("chair", "vice_chair", "secretary"):
                    people[-1] = (people[-1][0], role)
                elif said and people and kind == "other":
                    people[-1] = (people[-1][0], "")  # a guest's post: no seat
                rest = _glue_brackets(toks[k:])
                if not rest:
                    continue
                names = self._name_pairs(rest)
                if not names:
                    person = self.reader.person_at(rest, 0, in_list=True)
                    if person is None or person.end != rest[-1].end or len(rest) > 3:
                        continue  # four words or more with no separator: two names unread
                    names = [person]
                default = {"member": "member", "deputy": "deputy_member"}.get(kind, "")
                people += [(n, default) for n in names]
            for person, role in people:
                if role:
                    found.append(
                        Finding(
                            "membership", person, role, body, quote, 0.7, "minutes-present",
                        )
                    )  # fmt: skip
        return found


def _pair_name(a: Token, b: Token, surname_first: bool) -> str:
    """The name of a pair of words first name first."""
    return f"{b.text} {a.text}" if surname_first else f"{a.text} {b.text}"


def _flat_pairs(words: list[Token], surname_first: bool) -> list[tuple[Token, Token]]:
    """The names of a run of words with no separator, read greedily as pairs of a capitalised
    word that is no first name (a surname, or one that is both) and a known first name, in the
    order asked; the words that pair with nothing (a group's name, a note) are passed over."""
    pairs: list[tuple[Token, Token]] = []
    i = 0
    while i + 1 < len(words):
        a, b = words[i], words[i + 1]
        surname, given = (a, b) if surname_first else (b, a)
        if (
            a.is_cap
            and b.is_cap
            and first_name(surname.text) is not False
            # ("Jan-Patrick": a double first name, each part a first name)
            and all(first_name(part) is not None for part in given.text.split("-"))
        ):
            pairs.append((a, b))
            i += 2
            continue
        i += 1
    return pairs

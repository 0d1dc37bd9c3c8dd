"""The walker's passes over tables flattened to text: cells one a line, member and deputy
columns and rows, slash- and space-separated columns, glued entries and seats per place."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.findings import Context, Finding, Walk
from hytegraph.authoring.extract.lexicon import TREASURER_WORDS
from hytegraph.authoring.extract.lists import AUDITOR, _membership
from hytegraph.authoring.extract.mentions import Mention, Token, tokens
from hytegraph.authoring.extract.passes.common import (
    _CELL_NAME,
    _GLUED_ROW,
    _LONE_NAME,
    SECTOR_LABEL,
)
from hytegraph.authoring.extract.segment import (
    GAP,
    Line,
    Paragraph,
    contact_line,
    end_at,
    line_around,
    lines,
)

#: Parties' words as a table prints them in a cell of their own ("Keskusta", "Moderaterna",
#: "Socialdemokraterna", "Vihreät"): never a part of a name.
_PARTY_IN_CELL = re.compile(
    r"\w*demokraat\w*|\w*demokrat\w*|\w*puolue\w*|kokoomus|keskusta|vihreät|perussuomalaiset|"
    r"vasemmistoliitto|moderaterna|\w*partiet|centern|liberalerna|vänsterförbundet"
)

#: A table's column labels run together with colons between them, one of them the name
#: ("Befattning: Namn : Kommun : Sektor : Mandatperiod slutar:").
_RUN_TABLE_HEADER = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+)?\s?:\s*){3,7}")

#: A body's word glued by a slash to an abbreviation in capitals ("LAG/styrelsen").
_ABBREVIATION_SLASH_BODY = re.compile(r"(?<![\w./])([A-ZÅÄÖ]{2,5})/([a-zåäö]+)(?![\w/])")

#: "varsinainen Aino Ek", "vara Bo Lind": a Finnish line opening with the seat's adjective
#: alone before a capitalised name.
_SEAT_WORD_LINE = re.compile(r"[ \t]*(varsinainen|vara)[ \t]+(?=[A-ZÅÄÖ])", re.I)
#: A deputy's word right before the deputy's name in a run of member/deputy pairs ("supp Bo
#: Lind", "suppl. Eva Ek", "ers. Kim Sund").
_DEPUTY_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?:suppl?\.?|ers\.|ersättare|suppleant)(?=\s+[A-ZÅÄÖ])", re.IGNORECASE
)
#: "…HärjedalenHans Hedlund,": a name glued to the word before it, up to a comma.
_GLUED_NAME = re.compile(
    r"(?<=[a-zåäö]{3})([A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2})(?=[ \t]*,)"
)


#: A house number and a postal code after a "name": a street named for a person ("Juhani
#: Ahontie 5c, 73100 Lapinlahti"), not the person.
#: A row of a members' table with the group's numbered deputy beside the member: "Ek Aino
#: 1. Puu Pekka", or the member alone.
_NUMBERED_ROW = re.compile(
    r"[ \t]*([A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,3})"
    r"(?:[ \t]+(\d{1,2})\.[ \t]+([A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,3}))?[ \t]*$"
)

#: Column headers over such a table: the members' and the deputies' word.
_MEMBERS_COLUMN = re.compile(
    r"(?<![\w-])(?:jäsenet|varsinaiset|valtuutetut|edustajat|ledamöter|ordinarie)(?![\w-])",
    re.I,
)
_DEPUTIES_COLUMN = re.compile(
    r"(?<![\w-])(?:varajäsenet|varavaltuutetut|varaedustajat|ersättare|ersättarna)", re.I
)

#: The header line of a members' and personal deputies' table flattened a row a line
#: ("Jäsen Varajäsen Kunta", "Ordinarie ledamot Ersättare Kommun").
_PAIR_HEADER = re.compile(
    r"(?im)^[ \t]*(?:varsinainen[ \t]+|ordinarie[ \t]+)?(?:jäsen|jäsenet|ledamot|ledamöter)"
    r"[ \t]+(?:henkilökohtainen[ \t]+|personlig[ \t]+)?"
    # ("Jäsen   Vara": the deputy's column headed by the word's first part)
    r"(?:varajäsen|varajäsenet|vara|varahenkilö|varahenkilöt|ersättare|suppleant|suppleanter)"
    r"(?:[ \t]+(?P<place>kunta|kotikunta|kommun|hemkommun)"
    r"|[ \t]+(?P<party>puolue|puolueet|ryhmä|parti|partier|grupp))?[ \t]*$"
)

#: The header line of such a table whose first column is the party the seats are for
#: ("Parti Ordinarie Ersättare", "Puolue Varsinainen jäsen Varajäsen").
_LEAD_PARTY_PAIR_HEADER = re.compile(
    r"(?im)^[ \t]*(?:puolue|ryhmä|parti|grupp)[ \t]+(?:varsinainen[ \t]+jäsen|varsinaiset[ \t]+"
    r"jäsenet|varsinaiset|jäsen|jäsenet|ordinarie[ \t]+ledamöter|ordinarie[ \t]+ledamot|ordinarie"
    r"|ledamot|ledamöter)[ \t]+(?:varajäsen|varajäsenet|ersättare|ersättarna|suppleant|"
    r"suppleanter)[ \t]*$"
)

#: A page's title that names a council's preparatory committee ("Demokratiberedningen",
#: "Fullmäktigeberedningen för hållbarhet" is not one word and is not read so).
_PREPARATORY_TITLE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}beredningen")

#: A party written in brackets after a name in such a row: "(vihr.)", "(kd)", "(SFP)".
_PAIR_ROW_PARTY = re.compile(r"[ \t]*\([\w./-]{1,10}\)")

#: An office written between a member's name and the deputy's in such a row: ",
#: puheenjohtaja", "I vpj", "2. vpj.", ", ordförande".
_PAIR_ROW_ROLE = re.compile(
    r",?[ \t]+((?:(?:I{1,3}|\d\.)[ \t]*)?(?:varapuheenjohtaja|puheenjohtaja|vpj\.?|pj\.?"
    r"|sihteeri|vice[ \t]+ordförande|ordförande|vice[ \t]+ordf\.|ordf\.|sekreterare))[ \t]+"
    r"(?=[A-ZÅÄÖ])"
)

#: A lower-case word after a comma between a member's name and the deputy's in such a row
#: (", orförande "): an office, when it is an officer's word with one letter off.
_PAIR_ROW_WORD = re.compile(r",[ \t]+((?:vice[ \t]+)?[a-zåäö]{8,})[ \t]+(?=[A-ZÅÄÖ])")

#: The officers' words a misspelt office in such a row is compared with.
_OFFICE_SPELLINGS = ("ordförande", "sekreterare", "puheenjohtaja", "varapuheenjohtaja", "sihteeri")

#: A lower-case particle of a surname ("von", "af", "van", "de"): part of the name.
_NAME_PARTICLE = re.compile(r"(?:von|af|van|de|der|di|du|la|le)")
#: A header of two cells set apart by a run of spaces ("varsinainen jäsen      varajäsen")
_TWO_CELL_HEAD = re.compile(
    r"^[ \t]*(?P<left>\S+(?:[ \t]\S+){0,2})[ \t]{3,}(?P<right>\S+(?:[ \t]\S+){0,2})[ \t]*$", re.M
)
#: A members' and deputies' table's header with single spaces ("Ordinarie medlemmar
#: Suppleanter", "Varsinaiset jäsenet Varajäsenet").
_PAIR_AFFILIATION_HEAD = re.compile(
    r"(?m)^[ \t]*(?:Ordinarie(?:[ \t]+(?:medlemmar|ledamöter))?|Varsinai\w+(?:[ \t]+jäsen\w*)?)"
    r"[ \t]+(?:Suppleant\w*|Ersättare|Varajäsen\w*|Varahenkilö\w*)[ \t]*\n"
)
#: A board named by its bare word (Swedish or Finnish).
_BARE_BOARD_WORD = re.compile(
    r"(?i)(?<![\w-])(?:styrelse(?:n|ns)?|hallitu(?:s|ksen|kseen|ksessa))(?![\w-])"
)
#: A row of such a table: a name, a comma, the rest of the line.
_AFFILIATION_ROW = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,2}),[ \t]*(?P<rest>\S[^\n]*)$"
)
#: A second name in the row, a comma after it ("… Niklas Wasén, Ål.Lärarförening").
_AFFILIATION_DEPUTY = re.compile(
    r"(?<=[\s.,])(?P<d>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+[A-ZÅÄÖ][\w'-]+),"
)
#: "Varsinaiset jäsenet Aino Ahola, puheenjohtaja …", "Ordinarie ledamöter …": a members'
#: heading run into its names
_RUN_ON_MEMBERS = re.compile(
    r"(?<![\w-])(?:Varsinaiset[ \t]+jäsenet|Ordinarie[ \t]+ledamöter)[ \t]+"
)
_RUN_ON_DEPUTIES = re.compile(
    r"(?:Henkilökohtaiset[ \t]+varajäsenet|Varajäsenet|Ersättare|Suppleanter|"
    r"Personliga[ \t]+(?:ersättare|suppleanter))[ \t]+"
)
#: a mark in capitals after a card's name ("Aino Ek UUSI", "Bo Lind NY")
_CARD_MARK = re.compile(r"[ \t]+[A-ZÅÄÖ]{2,8}[ \t]*$")
#: a card's town line: one or two capitalised words ("Kylälä", "Ala-Kylä", "Uusi Kylä")
_CARD_TOWN = re.compile(r"[A-ZÅÄÖ][\w]*(?:-[A-ZÅÄÖ]?[\w]*)?(?:[ \t][A-ZÅÄÖ][\w-]*)?")
#: an unexplained mark after a name in a run ("Aho Aino x)", "Ek Bo *)")
_RUN_ON_MARK = re.compile(r"(?:[a-z*]\)|\*)[ \t]+")
#: "A pyysi eroa …, tilalle valittiin B" after a run: A's seat is B's
_RUN_ON_RESIGNED = re.compile(
    r"(?P<gone>[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w-]+)[ \t]+"
    r"(?:pyysi[ \t]+eroa|erosi|luopui|on[ \t]+eronnut)\b[^.\n]{0,100}?\b"
    r"(?:tilalle|tilalleen|sijaan|sijaansa)[ \t]+(?:valittiin|nimettiin|tuli)[ \t]+"
    r"(?P<new>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ \t]+"
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?![\w-])"
)
#: a first name and a surname (either may be hyphenated), a role after its comma
_NAME_PAIR = re.compile(
    r"(?P<name>(?P<first>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)[ \t]+"
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)"
    r"(?:,[ \t]*(?P<role>[a-zåäö]+))?(?:[ \t]+|$)"
)
#: A table's header of a member and a deputy column run together ("LedamotErsättare",
#: "JäsenVarajäsen") on a line of its own
_GLUED_HEADER = re.compile(
    r"(?m)^[ \t]*(?:Ledamot|Ledamöter|Ordinarie|Medlem|Jäsen|Jäsenet|Varsinainen[ \t]+jäsen)"
    r"[ \t]?(?:Ersättare|Suppleant|Personlig[ \t]+ersättare|Varajäsen|Varajäsenet|"
    r"Henkilökohtainen[ \t]+varajäsen)[ \t]*$"
)
_AT_SIGN = re.compile(r"@|[(\[](?:at|a)[)\]]")
#: "ORDINARIE MEDLEMMAR / SUPPLEANTER", "Jäsenet / varajäsenet": the header of a table of
#: members and their personal deputies, the two columns parted by a slash
_SLASH_PAIR_HEADER = re.compile(
    r"(?im)^[ \t]*(?:ordinarie[ \t]+|varsinaiset[ \t]+)?(?:medlemmar|ledamöter|jäsenet)"
    r"[ \t]*/[ \t]*(?:personliga[ \t]+|henkilökohtaiset[ \t]+)?"
    r"(?:suppleanter|ersättare|varajäsenet)[ \t]*:?[ \t]*$"
)
#: "Ek Bo / Ekby": an entry of such a table, a name of two words, a slash and what follows it
#: (a place or an organisation), the next entry perhaps glued to it ("EkbyLind Eva / Åbo")
_SLASH_ENTRY = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ \t]+"
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)[ \t]*/[ \t]*(?=\S)"
)


#: A list line whose name (surname and first name) is glued to the organisation after it.
_GLUED = re.compile(
    r"\s*([A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][a-zåäö-]+[a-zåäö])(?=[A-ZÅÄÖ])\S*(?:\s+\S+)*\s*$"
)
#: "Lekmannarevisor", "Revisorssuppleant", "Toiminnantarkastaja": an auditor's word, alone or
#: at the end of a compound
_AUDITOR_IN_WORD = re.compile(r"(?i)revisor|verksamhetsgranskar|tilintarkast|toiminnantarkast")
#: "Mattias Ek LundKassör": the same with a name of three words
_GLUED3 = re.compile(
    r"\s*([A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][a-zåäö-]+[a-zåäö])(?=[A-ZÅÄÖ])\S*"
    r"(?:\s+\S+)*\s*$"
)
#: Two cells run together with nothing between them: a small letter right before a capital
#: ("EkBo").
_RUN_TOGETHER = re.compile(r"(?<=[a-zåäöéü])(?=[A-ZÅÄÖÉÜ])")
#: Where two cells meet: run together, or a tab or a run of spaces between them.
_RUN_CELL_CUT = re.compile(rf"{_RUN_TOGETHER.pattern}|[ \t]*\t[ \t]*|[ \t]{{3,}}")
#: A cell of such a row: capitalised words up to the next cut.
_RUN_CELL = re.compile(
    r"[A-ZÅÄÖÉÜ](?:[a-zåäöéü'-]+|(?<=-)[A-ZÅÄÖÉÜ])*"
    r"(?:[ ](?:[A-ZÅÄÖÉÜ](?:[a-zåäöéü'-]|(?<=-)[A-ZÅÄÖÉÜ])*|von|af|de|van|der))*"
)
#: A word of a person's name in such a cell ("Eva", "Ek-Lind").
_RUN_NAME_WORD = re.compile(r"[A-ZÅÄÖÉÜ][a-zåäöéü]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéü]+)?")


def _one_letter_off(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` with one letter left out, added or changed."""
    if word == known or abs(len(word) - len(known)) > 1:
        return False
    if len(word) == len(known):
        return sum(x != y for x, y in zip(word, known, strict=True)) == 1
    short, long = sorted((word, known), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


#: A header of slash-separated columns on a line of its own ("Valtuutettu / Kunta / Puolue").
_SLASH_HEADER = re.compile(
    r"(?m)^[ \t]*([A-ZÅÄÖ][\w-]+(?:[ \t]*/[ \t]*[A-ZÅÄÖa-zåäö][\w-]+){1,5})[ \t]*$"
)
#: A row of such a table whose first cell is a name surname first ("Ahonen, Liisa / Mikkeli").
_SLASH_ROW = re.compile(
    r"[ \t]*(?P<surname>[A-ZÅÄÖ][\w'-]+(?:[ \t][A-ZÅÄÖ][\w'-]+)?),[ \t]*"
    r"(?P<first>[A-ZÅÄÖ][\w'-]+(?:[ \t][A-ZÅÄÖ][\w'-]+)?)[ \t]*(?P<rest>(?:/[^/\n]*)*)$"
)


def _name_words_before_bracket(words: list[re.Match]) -> int:
    """How many of a line's first words are a person's name: those before a party in brackets
    ("Anna Berg Holm (S),") when two to four, else two (a flattened table's name column)."""
    for k, w in enumerate(words):
        if w.group().startswith("("):
            return k if 2 <= k <= 4 else 2
    return 2


#: A cell of a table's row: a name of two or three capitalised words, then a party's letters
#: in parentheses, and an office after a comma if any ("Bo Askander (M)", "Eva Ek (S), ordf.").
_PARTY_TAGGED_NAME = re.compile(
    r"[ \t]*(?P<name>[A-ZÅÄÖ][a-zåäöéü][\w'-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü][\w'-]*){1,2})"
    r"[ \t]*\([A-ZÅÄÖa-zåäö]{1,5}\)[ \t]*(?:,[^\n]*)?$"
)


#: "Puheenjohtaja Varapuheenjohtaja Sihteeri Jäsen Jäsen": a table's column of posts flattened
#: to one line, four capitalised words or more and nothing else
_POSTS_LINE = re.compile(r"[ \t]*[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+){3,}[ \t]*")
#: A word of a name in a column of names flattened to one line ("Aino", "Berg-Salo").
_NAME_COLUMN_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")


#: A word of a row's name in a table whose columns are set apart by single spaces ("Aino",
#: "Berg-Salo", "Hindrén"), followed by a space or the line's end.
_SPACED_NAME_WORD = re.compile(r"[A-ZÅÄÖÉÜ][a-zåäöéü]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéü]+)?(?=[ \t]|$)")
#: The seats an office word in such a row gives (no treasurer's, no duty: "Tutoransvarig").
_SPACED_ROW_SEATS = ("chair", "vice_chair", "secretary", "deputy_member", "member")


#: The gap between two cells of a row padded into columns: two spaces or more, or a tab.
_COLUMN_GAP = re.compile(r"[ \u00a0]{2,}|[ \t\u00a0]*\t[ \t\u00a0]*")


class TablePasses:
    """Passes of the :class:`~hytegraph.authoring.extract.walker.Walker` (a mixin)."""

    def _cells_run_together(self, text: str, out: Walk) -> None:
        """ "LedamöterErsättare" / "NorrbyAino EkBo Lind" / "ÖstbyEva BergPer Holm" / …: a
        table of a member and a deputy column (and a first column of who sends them) whose
        cells lost their separators, each cell's last small letter right before the next
        cell's capital. Under a header line of two or more column words run together (or
        spaced), at least three such rows with cells run together: the cells of names of two
        or three words are a member and a deputy in the columns' order, of the body a heading
        line just above the header names. A cell of one word ("Den", a row cut short) names
        no one; a person the rules already seated keeps that seat (the same body is often named
        both by its bare kind and in full)."""
        if self.lex.lang != "sv":
            return
        lines = [(mt.start(), mt.group()) for mt in re.finditer(r"[^\n]+", text)]
        for k, (hs, header) in enumerate(lines):
            heads = _RUN_CELL_CUT.split(header.strip())
            roles = [self.lex.column(h) for h in heads]
            if len(heads) < 2 or any(r not in ("member", "deputy_member") for r in roles):
                continue
            if "deputy_member" not in roles or not _RUN_TOGETHER.search(header):
                continue
            body = None
            for bs, line in reversed(lines[max(0, k - 3) : k]):
                body = self._seat_body_before(text, bs, bs + len(line))
                if body is not None or len(line.strip()) > 60:
                    break
            if body is None:
                continue
            rows: list[list[tuple[int, str]]] = []
            for ls, line in lines[k + 1 :]:
                cells = [
                    (ls + mt.start(), mt.group())
                    for mt in _RUN_CELL.finditer(line)
                    if mt.group().strip()
                ]
                if len(cells) not in (len(heads), len(heads) + 1) or not _RUN_TOGETHER.search(line):
                    break
                rows.append(cells[-len(heads) :] if len(cells) > len(heads) else cells)
            if len(rows) < 3:
                continue
            seated = {
                f.actor.name
                for f in out.findings
                if f.kind == "membership" and f.target is not None
            }
            for cells in rows:
                for (cs, cell), role in zip(cells, roles, strict=True):
                    written = cell.strip()
                    words = written.split()
                    if not 2 <= len(words) <= 3 or written in seated:
                        continue
                    if any(
                        not _RUN_NAME_WORD.fullmatch(w)
                        or self.lex.role_of(w)
                        or self.lex.body_kind(w.casefold())
                        or self._org_word(w)
                        for w in words
                    ):
                        continue
                    cs += cell.index(written)
                    actor = Mention(cs, cs + len(written), written, written, "person", 0.6, "nom")
                    out.findings.append(
                        Finding("membership", actor, role, body, (hs, cs + len(written)), 0.6,
                                "table-cells-run-together")
                    )  # fmt: skip

    def _office_between_pair(
        self, text: str, paras: list[Paragraph], k: int, ctx: Context, out: Walk
    ) -> list[Finding] | None:
        """A row of a member / personal deputy table broken over three lines, the office
        between the two names ("Aho Aino (Kesk.)" / "puheenjohtaja" / "Ek Eero (Kesk.)"): the
        office is the member's on the line above (read as a member alone), the line below
        names the member's deputy. ``None`` when ``paras[k]`` is no such office line."""
        if not ("member" in ctx.columns and "deputy_member" in ctx.columns) or ctx.body is None:
            return None
        if k == 0 or k + 1 >= len(paras):
            return None
        office, above, below = paras[k], paras[k - 1], paras[k + 1]
        if len(office.lines) != 1 or len(above.lines) != 1 or len(below.lines) != 1:
            return None
        word = office.lines[0].text.strip()
        role = self.lex.role_of(word) if re.fullmatch(r"[a-zåäö-]+", word) else None
        if role not in ("chair", "vice_chair", "secretary"):
            return None
        if (
            text.count("\n", above.end, office.start) > 1
            or text.count("\n", office.end, below.start) > 1
        ):
            return None
        seats = [
            f
            for f in out.findings
            if f.kind == "membership" and above.start <= f.quote[0] and f.quote[1] <= above.end
        ]
        if len(seats) != 1 or seats[0].role != "member" or seats[0].target is not ctx.body:
            return None
        saved = ctx.role
        ctx.role = "deputy_member"
        try:
            deputy = self.lists.entry(text, below.lines[0].content_start, below.end, ctx)
        finally:
            ctx.role = saved
        if (
            len(deputy) != 1
            or deputy[0].actor.kind != "person"
            or deputy[0].role != "deputy_member"
        ):
            return None
        seats[0].role = role
        deputy[0].deputy_for = seats[0].actor
        return deputy

    def _cell_table(
        self, text: str, paras: list[Paragraph], k: int, ctx: Context, out: Walk
    ) -> int:
        """A table laid out one cell a line: two or more header lines that are column names
        ("Ledamöter", "Parti", "Roll"; at least one of them no role word), then the rows, as
        many lines each as there are columns. Each row must name a person in its person
        column (and a role in its role column, if any); the table ends at the first row that
        does not. The paragraphs used (0: no such table here)."""
        if ctx.body is None:
            return 0
        columns: list[str] = []
        j = k
        while j < len(paras) and len(columns) < 5:
            p = paras[j]
            label = p.text.strip().rstrip(":")
            meaning = (
                self.lex.column(label)
                if len(p.lines) == 1 and len(label.split()) <= 3 and p.lines[0].kind != "row"
                else None
            )
            if meaning is None:
                break
            columns.append(meaning)
            j += 1
        people = [c for c in columns if c in ("member", "deputy_member", "name")]
        if len(columns) >= 2 and len(people) == len(columns) and "deputy_member" in columns:
            found, used = self._cell_groups(text, paras, j, columns, ctx)
            if not found:
                return 0
            out.findings += found
            return used - k
        if len(columns) < 2 or len(people) != 1 or all(c in people for c in columns):
            return 0
        n = len(columns)
        found: list[Finding] = []
        while j + n <= len(paras):
            cells = paras[j : j + n]
            if any(len(c.lines) != 1 or c.lines[0].kind == "row" for c in cells):
                break
            row = dict(zip(columns, cells, strict=True))
            person_cell = row[people[0]]
            person = self.lists._cell_person(text, person_cell.start, person_cell.end)
            role = ""
            if "role" in row:
                role = self.lex.role_of(row["role"].text) or ""
                if not role:
                    break
            if person is None:
                break
            said = self.lex.find_role(text[person.end : person_cell.end])
            if not role and said and said[0] in ("chair", "vice_chair", "secretary"):
                role = said[0]  # "Aino Ek, ordförande" in the person's cell
            elif not role and people[0] == "deputy_member":
                role = "deputy_member"  # the cells under "Ersättare"
            party = None
            if "organisation" in row:
                org = row["organisation"]
                party = Mention(org.start, org.end, org.text, org.text, "organisation", 0.5)
            found.append(
                Finding(
                    "candidacy" if ctx.status else "membership",
                    person,
                    role or ctx.role or "member",
                    ctx.body,
                    (cells[0].start, cells[-1].end),
                    person.confidence - 0.15,
                    "table-cells",
                    on_behalf_of=party,
                    status=ctx.status,
                )
            )
            j += n
        if not found:
            return 0
        out.findings += found
        return j - k

    def _cell_groups(
        self, text: str, paras: list[Paragraph], j: int, columns: list[str], ctx: Context
    ) -> tuple[list[Finding], int]:
        """A table of seats laid out one cell a line whose header names only people's columns
        ("Ordinarie", "Ersättare", "Ersättare"): each row begins with a label cell (the
        organ, organisation or party the seat is for: "Kommunstyrelsen", "PRO"), then the
        people of the row's columns in order, empty cells left out at the end. A row with
        more names than columns, as many in each ("Ledamöter / Ersättare": A, B, C, D), holds
        several names a cell: the cells follow each other, their names split evenly among
        them in order (A, B members, C, D deputies). A role written in a person's cell
        ("Sven-Erik Lindestam, ordf") is the role held. The table ends at the first line that
        is neither a person nor a short label (or at the first name over the columns of a
        row whose names do not split evenly). The findings and the index of the first
        paragraph after the table."""
        roles = ["deputy_member" if c == "deputy_member" else "member" for c in columns]
        found: list[Finding] = []
        group: Mention | None = None
        row: list[tuple[Mention, Line, int]] = []

        def close() -> int | None:
            """The row's seats added to ``found``; the paragraph the table ends at when the
            row's names over its columns do not split evenly."""
            n = len(row)
            per = n // len(roles) if n > len(roles) and n % len(roles) == 0 else 1
            stop = None
            if n > len(roles) and per == 1:
                x, line = row[len(roles)][2], row[len(roles)][1]
                stop = x if line.start == paras[x].lines[0].start else x + 1
                del row[len(roles) :]
            members = [p for k, (p, _l, _x) in enumerate(row) if roles[k // per] == "member"]
            for k, (person, line, _x) in enumerate(row):
                role = roles[k // per]
                said = self.lex.find_role(text[person.end : line.end])
                if said and role == "member" and said[0] in ("chair", "vice_chair", "secretary"):
                    role = said[0]
                found.append(
                    Finding(
                        "candidacy" if ctx.status else "membership",
                        person,
                        role,
                        ctx.body,
                        (line.start, line.end),
                        person.confidence - 0.15,
                        "table-cell-groups",
                        on_behalf_of=group,
                        deputy_for=(
                            members[k % per] if role == "deputy_member" and members else None
                        ),
                        status=ctx.status,
                    )
                )
            row.clear()
            return stop

        cells = [(x, line) for x in range(j, len(paras)) for line in paras[x].lines]
        stopped_at = len(paras)
        for x, line in cells:
            if line.kind == "row":
                stopped_at = x
                break
            cell = text[line.start : line.end].strip().rstrip(",")
            if not cell:
                continue
            person = self.lists._cell_person(text, line.start, line.end)
            if person is None and group is not None:
                person = self._party_tagged_name(text, line.start, line.end)
            if person is not None and group is not None:
                row.append((person, line, x))
            elif person is None and self._row_label(cell):
                if (stop := close()) is not None:
                    return found, stop
                s0 = text.index(cell, line.start)
                group = Mention(s0, s0 + len(cell), cell, cell, "organisation", 0.5)
            else:
                # the table ends; a paragraph it ends in the middle of is used up (its lines
                # before were cells)
                stopped_at = x if line.start == paras[x].lines[0].start else x + 1
                break
        if (stop := close()) is not None:
            return found, stop
        return found, stopped_at

    def _party_tagged_name(self, text: str, start: int, end: int) -> Mention | None:
        """A row's cell of two or three capitalised words and a party's letters in
        parentheses ("Bo Askander (M)", "Eva Ek (S), vice ordf."): a person the reader does
        not know by name (a row's label names no party)."""
        mt = _PARTY_TAGGED_NAME.match(text, start, end)
        if mt is None:
            return None
        words = mt.group("name").split()
        if any(
            self.lex.role_of(w)
            or self.reader._word_is_excluded(w)
            or self.lex.body_kind(w.casefold()) is not None
            for w in words
        ):
            return None
        a, b = mt.span("name")
        return Mention(a, b, mt.group("name"), " ".join(words), "person", 0.6, "nom")

    def _row_label(self, cell: str) -> bool:
        """A short label that can head a row of seats: one to four words, the first
        capitalised (or an abbreviation), no sentence, no role word, no introduction."""
        words = cell.split()
        return (
            0 < len(words) <= 4
            and cell[:1].isupper()
            and not cell.endswith((":", "."))
            and not self.lex.find_role(cell)
            and not self.intro.search(cell)
        )

    def _two_names(self, toks: list[Token]) -> list[Mention] | None:
        """Four capitalised words (a middle initial aside) with no separator: two names of
        first name and surname ("Lars Häggblom Anders T Karlsson")."""
        if len(toks) == 4:
            cuts = [(0, 2), (2, 4)]
        elif len(toks) == 5 and [len(t.text) for t in toks].count(1) == 1:
            cuts = [(0, 3), (3, 5)] if len(toks[1].text) == 1 else [(0, 2), (2, 5)]
            if len(toks[0].text) == 1 or len(toks[-1].text) == 1:
                return None
        else:
            return None
        names = []
        for a, b in cuts:
            person = self.reader.person_at(toks[a:b], 0, in_list=True)
            if person is None or person.end != toks[b - 1].end:
                return None
            names.append(person)
        return names

    def _place_seat_row(self, text: str, s: int, e: int) -> tuple[Token, list[Mention]] | None:
        """A line of a flattened table of seats per place, with no headings: a place, then
        two persons' names ("Brändö Jörgen Gustafsson Tommy Öström")."""
        toks = tokens(text, s, e)
        if len(toks) not in (5, 6) or not all(t.is_word and t.text[:1].isupper() for t in toks):
            return None
        place = toks[0]
        if (
            len(place.text) < 3
            or self.lex.role_of(place.text)
            or m.FIRST_NAME in self.reader.word_classes(place.text)
        ):
            return None
        names = self._two_names(toks[1:])
        return (place, names) if names else None

    def _place_seat_rows(self, text: str, out: Walk) -> None:
        """Three or more lines in a row that are each a place and two names ("Eckerö Anders
        Ek Maria Berg"), under a heading that names a body: a table of the seats each member
        place holds, its headings lost; both persons are members of the body, for the place.
        Lines just above the rows that are an officer's role, a name and one of the rows'
        places ("Ordförande Anders Ek Eckerö") give the body's officers. What other rules made
        of these lines gives way."""
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        i = 0
        while i < len(lines):
            rows = []
            j = i
            while j < len(lines) and (row := self._place_seat_row(text, *lines[j])):
                rows.append((lines[j], row))
                j += 1
            if len(rows) < 3:
                i += 1
                continue
            places = {row[0].text for _span, row in rows}
            officers: list[tuple[tuple[int, int], str, Mention, Token]] = []
            k = i - 1
            while k >= 0:
                s, e = lines[k]
                mt = re.fullmatch(r"\s*((?:\d\.\s*)?[^\W\d]+)\s+(.+?)\s+(\S+)\s*", text[s:e])
                if mt is None or not (
                    mt.group(3) in places or m.PLACE in self.reader.word_classes(mt.group(3))
                ):
                    break
                role = self.lex.role_of(re.sub(r"^\d\.\s*", "", mt.group(1)))
                toks = tokens(text, s + mt.start(2), s + mt.end(2))
                person = self.reader.person_at(toks, 0, in_list=True) if toks else None
                if role not in ("chair", "vice_chair", "secretary") or person is None:
                    break
                if person.end != toks[-1].end:
                    break
                place_tok = Token(mt.group(3), s + mt.start(3), s + mt.end(3))
                officers.append(((s, e), role, person, place_tok))
                k -= 1
            head = k
            while head >= 0 and not text[lines[head][0] : lines[head][1]].strip():
                head -= 1
            bodies = self._composed_bodies(text, *lines[head]) if head >= 0 else []
            if not bodies:
                i = j
                continue
            body = bodies[-1]
            start, end = lines[k + 1][0], lines[j - 1][1]
            found: list[Finding] = []
            for span, role, person, place_tok in officers:
                place = Mention(place_tok.start, place_tok.end, place_tok.text, place_tok.text,
                                "municipality", 0.6)  # fmt: skip
                found.append(
                    Finding(
                        "membership", person, role, body, span, 0.7, "list-place-seats",
                        on_behalf_of=place,
                    )
                )  # fmt: skip
            for span, (place_tok, names) in rows:
                place = Mention(place_tok.start, place_tok.end, place_tok.text, place_tok.text,
                                "municipality", 0.6)  # fmt: skip
                for person in names:
                    found.append(
                        Finding(
                            "membership", person, "member", body, span, 0.7, "list-place-seats",
                            on_behalf_of=place,
                        )
                    )  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found
            i = j

    def _cell_person(self, text: str, s: int, e: int) -> tuple[Mention, str] | None:
        """A line of a flattened table cell that begins a person's entry: the name (a
        telephone number glued before it aside), perhaps an officer's abbreviation after a
        comma ("Ek Aino, pj"), nothing else."""
        line = text[s:e]
        lead = re.match(r"\s*(?:\+?\d[\d ]{5,}\d\s+)?", line)
        at = s + (lead.end() if lead else 0)
        mt = re.fullmatch(
            r"([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})\s*(?:,\s*([\w.]{1,12}))?\s*",
            text[at:e],
        )
        if mt is None:
            return None
        toks = tokens(text, at, at + mt.end(1))
        if any(self.reader.organisation_at(toks, j) for j in range(len(toks))):
            return None
        if self.reader.bodies(toks):
            return None
        person = self.reader.person_at(toks, 0, in_list=True)
        if person is None or person.end != toks[-1].end:
            return None
        said = mt.group(2) or ""
        role = (self.lex.role_of(said) or self.lex.line_abbreviation(said) or "") if said else ""
        if said and not role:
            return None
        words = person.written.split()
        first_last = m.FIRST_NAME in self.reader.word_classes(words[-1]) and (
            m.FIRST_NAME not in self.reader.word_classes(words[0])
        )
        if first_last:
            # "Airola Annina": surname first, as such tables print names
            name = " ".join([words[-1], *words[:-1]])
            person = replace(person, name=name)
        return person, role

    def _cell_office_elsewhere(self, text: str, s: int, e: int) -> tuple[str, Mention] | None:
        """ "(työryhmän pj.)" on a line of a person's cell: an officer's post in another body,
        named in the genitive before the post's word or abbreviation; the role and the
        body."""
        mt = re.fullmatch(r"\s*\(\s*(\S+)\s+([\w.]{2,20})\s*\)\s*", text[s:e])
        if mt is None:
            return None
        said = mt.group(2)
        role = self.lex.role_of(said) or self.lex.line_abbreviation(said)
        if role not in ("chair", "vice_chair", "secretary"):
            return None
        found = self.reader.bodies(tokens(text, s + mt.start(1), s + mt.end(1)))
        if len(found) != 1 or not self._seat_body_word(found[0].name):
            return None
        name = found[0].name
        return role, replace(found[0], name=name[:1].upper() + name[1:])

    def _member_deputy_cells(self, text: str, out: Walk) -> None:
        """A member / deputy table flattened cell by cell under its header line ("Jäsen
        Varajäsen"): each cell a name line ("Lähteenmäki Tapani, pj") and lines of what the
        person speaks for and how to reach them. The names in order are a member, then that
        member's deputy, and so on; a name with an officer's role of its own on the next
        line ("sihteeri") stands outside the columns. Read so only when the body is known
        and at least four names alternate; what other rules made of these lines gives way."""
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        for h, (hs, he) in enumerate(lines):
            if re.search(r"\S\s{2,}\S", text[hs:he]) or not self._column_pair(text[hs:he]):
                continue  # columns set apart by runs of spaces are read as columns elsewhere
            k = h + 1
            others = 0
            people: list[tuple[Mention, str]] = []
            officers: list[tuple[Mention, str]] = []
            elsewhere: list[tuple[Mention, str, Mention]] = []
            # cells set apart by blank lines: a blank line after the header, and the cells
            # up to a line of prose
            spaced = k + 1 < len(lines) and not text[lines[k][0] : lines[k][1]].strip()
            while k < len(lines) and (
                text[lines[k][0] : lines[k][1]].strip()
                or (
                    spaced
                    and k + 1 < len(lines)
                    and text[lines[k + 1][0] : lines[k + 1][1]].strip()
                )
            ):
                s, e = lines[k]
                if spaced and (e - s > 60 or text[s:e].rstrip().endswith((".", ":", "!", "?"))):
                    break  # prose: the cells have ended
                if not text[s:e].strip():
                    k += 1
                    continue
                cell = self._cell_person(text, s, e)
                if cell is not None:
                    below = (
                        text[lines[k + 1][0] : lines[k + 1][1]].strip()
                        if k + 1 < len(lines)
                        else ""
                    )
                    own = self.lex.role_of(below) if below else None
                    if own in ("secretary", "chair", "vice_chair") and not cell[1]:
                        officers.append((cell[0], own))
                    else:
                        people.append(cell)
                elif self._two_names(tokens(text, s, e)) is not None:
                    others = -len(lines)  # "Aino Ek Pekka Puu": a row a line, not cells
                else:
                    others += 1
                    # "(työryhmän pj.)" right under a name: the person's post in another body
                    seat = self._cell_office_elsewhere(text, s, e) if people else None
                    if seat is not None and lines[k - 1][0] <= people[-1][0].start:
                        elsewhere.append((people[-1][0], *seat))
                k += 1
            if len(people) < 4 or 2 * others < len(people):
                # a line a row ("Aino Ek Pekka Puu") has names only: not cells of their own
                continue
            start, end = lines[h][1], lines[k - 1][1]
            targets = [
                f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and start <= f.actor.start < end
            ]
            if not targets:
                continue
            body = max(targets, key=lambda b: sum(t.name == b.name for t in targets))
            found: list[Finding] = []
            for n, (person, role) in enumerate(people):
                if n % 2 == 0:
                    found.append(
                        Finding(
                            "membership", person, role or "member", body, (person.start,
                            person.end), 0.65, "list-member-deputy-cells",
                        )
                    )  # fmt: skip
                else:
                    found.append(
                        Finding(
                            "membership", person, "deputy_member", body, (person.start,
                            person.end), 0.6, "list-member-deputy-cells",
                            deputy_for=people[n - 1][0],
                        )
                    )  # fmt: skip
            for person, role in officers:
                found.append(
                    Finding(
                        "membership", person, role, body, (person.start, person.end), 0.65,
                        "list-member-deputy-cells",
                    )
                )  # fmt: skip
            for person, role, other in elsewhere:
                found.append(
                    Finding(
                        "membership", person, role, other, (person.start, other.end), 0.6,
                        "list-member-deputy-cells",
                    )
                )  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found

    def _numbered_deputy_rows(self, text: str, out: Walk) -> None:
        """A two-column table of members and the deputies of each group in the order they
        step in, flattened a row a line: "Ek Aino 1. Puu Pekka" (a member, the group's deputy
        number one), a last line with the member alone, one group's rows under its name.
        Read so only under a header above the first rows that names both columns (members
        and deputies), and only when every membership the page states before the table is
        in one body: the table's body. Each group's name is the party the seats are for;
        the deputies stand for the group, for no member of their own. What other rules made
        of these lines gives way."""
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        rows: list[tuple[int, Mention, Mention | None, int]] = []  # line, member, deputy, no.
        for k, (s, e) in enumerate(lines):
            mt = _NUMBERED_ROW.match(text, s, e)
            if mt is None:
                continue
            left = self._whole_name(text, mt.start(1), mt.end(1))
            if left is None:
                continue
            if mt.group(2) is None:
                rows.append((k, left, None, 0))
                continue
            right = self._whole_name(text, mt.start(3), mt.end(3))
            if right is not None:
                rows.append((k, left, right, int(mt.group(2))))
        # groups: numbered rows one after another from 1, perhaps a last member alone
        groups: list[list[tuple[int, Mention, Mention | None, int]]] = []
        for row in rows:
            last = groups[-1] if groups else None
            if (
                last is not None
                and row[0] == last[-1][0] + 1
                and last[-1][3]
                and (row[3] == last[-1][3] + 1 or row[3] == 0)
            ):
                last.append(row)
            elif row[3] == 1:
                groups.append([row])
        groups = [g for g in groups if sum(1 for r in g if r[3]) >= 3]
        if not groups:
            return
        first = lines[groups[0][0][0]][0]
        header = text[max(0, first - 400) : first]
        if not (_MEMBERS_COLUMN.search(header) and _DEPUTIES_COLUMN.search(header)):
            return
        targets = {
            f.target.name: f.target
            for f in out.findings
            if f.kind == "membership" and f.target is not None and f.quote[1] <= first
            and f.actor.kind == "person"
        }  # fmt: skip
        if len(targets) != 1:
            return  # no body, or several: which one the table is of is not guessed
        body = next(iter(targets.values()))
        start, end = first, lines[groups[-1][-1][0]][1]
        found: list[Finding] = []
        for g in groups:
            hs, he = lines[g[0][0] - 1] if g[0][0] > 0 else (0, 0)
            heading = text[hs:he].strip()
            group = None
            if heading and not _NUMBERED_ROW.match(text, hs, he):
                # "…sijaantulojärjestyksessäÄänekosken …ryhmä": a heading glued to the name
                glued = re.search(r"[a-zåäö](?=[A-ZÅÄÖ][a-zåäö])", heading)
                cut = glued.end() if glued is not None else 0
                g0 = hs + (len(text[hs:he]) - len(text[hs:he].lstrip())) + cut
                name = text[g0:he].strip()
                group = Mention(g0, g0 + len(name), name, name, "organisation", 0.5)
            for k, left, right, _no in g:
                quote = lines[k]
                found.append(
                    Finding(
                        "membership", left, "member", body, quote, 0.65,
                        "list-numbered-deputies", on_behalf_of=group,
                    )
                )  # fmt: skip
                if right is not None:
                    found.append(
                        Finding(
                            "membership", right, "deputy_member", body, quote, 0.6,
                            "list-numbered-deputies", on_behalf_of=group,
                        )
                    )  # fmt: skip
        out.findings = [
            f for f in out.findings if f.kind != "membership" or not start <= f.actor.start < end
        ] + found

    def _member_deputy_rows(self, text: str, out: Walk) -> None:
        """A table of members and their personal deputies flattened a row a line, its cells
        run together with single spaces under a header line that names the columns ("Jäsen
        Varajäsen Kunta", "Ledamot Ersättare Kommun"): "Aino Ek, puheenjohtaja Pekka Puu
        Kylälä" is a member (with her office, when one is written between the names), her
        deputy and, under a place column, the place the seat is for (its last word). Two names
        with nothing between them are split in the middle when they are four words; five words
        are split only where the first-name dictionary says the second name begins (one way
        only); any other row is left as the other rules read it. Read so only when at least
        three rows below the header are read so and the rows name one body; what other rules
        made of the rows gives way."""
        heads = [(h, False) for h in _PAIR_HEADER.finditer(text)]
        heads += [(h, True) for h in _LEAD_PARTY_PAIR_HEADER.finditer(text)]
        for head, lead in heads:
            place_col = not lead and bool(head.group("place"))
            party_col = not lead and bool(head.group("party"))
            rows: list[tuple[tuple[int, int], Mention, str, Mention, Mention | None]] = []
            pos = head.end() + 1
            while pos < len(text):
                e = end_at(text, pos)
                if not text[pos:e].strip():
                    break
                if lead:
                    row = self._lead_party_pair_row(text, pos, e)
                elif party_col:
                    row = self._party_pair_row(text, pos, e)
                else:
                    row = self._pair_row(text, pos, e, place_col)
                if row is None:
                    break
                rows.append(((pos, e), *row))
                pos = e + 1
            if len(rows) < 3:
                continue
            start, end = rows[0][0][0], rows[-1][0][1]
            targets = {
                f.target.name: f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and f.actor.kind == "person"
                and (start <= f.actor.start < end or f.quote[1] <= start)
            }  # fmt: skip
            inside = {
                f.target.name: f.target
                for f in out.findings
                if f.kind == "membership" and f.target is not None and f.actor.kind == "person"
                and start <= f.actor.start < end
            }  # fmt: skip
            if len(inside) == 1:
                body = next(iter(inside.values()))
            elif not inside and len(targets) == 1:
                body = next(iter(targets.values()))
            elif not targets and (above := self._heading_just_above(text, head.start())):
                body = above  # the table's heading, the line right above its header
            elif not targets and lead and (title := self._title_body(text, head.start())):
                body = title  # the page's title, a body's name, over prose and the table
            else:
                continue  # no body, or several: which one the table is of is not guessed
            if self._pair_rows_surname_first(rows, out, start, end):
                rows = [
                    (quote, self._turned(member), role, self._turned(deputy), place)
                    for quote, member, role, deputy, place in rows
                ]
            found: list[Finding] = []
            for quote, member, role, deputy, place in rows:
                found.append(
                    Finding(
                        "membership", member, role, body, quote, 0.75,
                        "table-member-deputy", on_behalf_of=place,
                    )
                )  # fmt: skip
                found.append(
                    Finding(
                        "membership", deputy, "deputy_member", body, quote, 0.7,
                        "table-member-deputy", on_behalf_of=place,
                        # (a party's deputy stands for the party's seats, for no one member)
                        deputy_for=None if lead else member,
                    )
                )  # fmt: skip
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not start <= f.actor.start < end
            ] + found

    def _pair_row(
        self, text: str, s: int, e: int, place_col: bool
    ) -> tuple[Mention, str, Mention, Mention | None] | None:
        """One row of :meth:`_member_deputy_rows`: (member, role, deputy, place) or None."""
        while e > s and text[e - 1] in " \t\r":
            e -= 1
        place = None
        if place_col:
            last = re.search(r"[ \t]([A-ZÅÄÖ][\w-]+)$", text[s:e])
            if last is None:
                return None
            p0 = s + last.start(1)
            place = Mention(p0, e, last.group(1), last.group(1), "municipality", 0.5)
            e = s + last.start()
        role = "member"
        said = _PAIR_ROW_ROLE.search(text, s, e)
        if said is not None:
            role = self._pair_row_office(said.group(1))
        elif (said := _PAIR_ROW_WORD.search(text, s, e)) is not None:
            # "Aino Ek, orförande Bo Lind": an officer's word misspelt by one letter
            word = said.group(1)
            vice = word.startswith("vice")
            spelt = next(
                (o for o in _OFFICE_SPELLINGS if _one_letter_off(word.split()[-1], o)), None
            )
            role = (self.lex.role_of(("vice " if vice else "") + spelt) or "") if spelt else ""
        if said is not None:
            if role not in ("chair", "vice_chair", "secretary"):
                return None
            member = self._whole_name(text, s, said.start())
            deputy = self._whole_name(text, said.end(), e)
            if member is None or deputy is None:
                return None
            return member, role, deputy, place
        words = list(re.finditer(r"\S+", text[s:e]))
        # "Bo von Ek Aino Lind": a surname's particle goes with the word after it
        units: list[tuple[int, int, str]] = []  # start, end, the unit's last word
        particle = -1
        for k, w in enumerate(words):
            if 0 < k < len(words) - 1 and _NAME_PARTICLE.fullmatch(w.group()):
                particle = w.start()
                continue
            if not re.fullmatch(r"[A-ZÅÄÖ][\w'-]+", w.group()):
                return None
            units.append((particle if particle >= 0 else w.start(), w.end(), w.group()))
            particle = -1
        if len(units) == 4:
            cuts = [2]
        elif len(units) == 5:
            cuts = [
                k
                for k in (2, 3)
                if m.FIRST_NAME in self.reader.word_classes(units[k][2])
                and m.FIRST_NAME not in self.reader.word_classes(units[5 - k][2])
            ]
        else:
            return None
        if len(cuts) != 1:
            return None
        k = cuts[0]
        member = self._whole_name(text, s + units[0][0], s + units[k - 1][1])
        deputy = self._whole_name(text, s + units[k][0], s + units[-1][1])
        if member is None or deputy is None:
            return None
        return member, role, deputy, place

    def _pair_rows_surname_first(
        self,
        rows: list[tuple[tuple[int, int], Mention, str, Mention, Mention | None]],
        out: Walk,
        start: int,
        end: int,
    ) -> bool:
        """Whether the names of :meth:`_member_deputy_rows`' rows are printed surname first
        ("Aho Aino, pj Lind Bo"): a name of the table is found elsewhere on the page first
        name first ("puheenjohtajana toimii Aino Aho") and none as the table writes it; or
        (where the first-name dictionary knows them) three names or more end in a first name
        after a word that is none, and no name begins so."""
        names = [p.name.split() for row in rows for p in (row[1], row[3])]
        names = [w for w in names if len(w) == 2]
        elsewhere = {
            f.actor.name
            for f in out.findings
            if f.actor.kind == "person" and not start <= f.actor.start < end
        }
        if any(" ".join(w) in elsewhere for w in names):
            return False
        if any(f"{w[1]} {w[0]}" in elsewhere for w in names):
            return True
        classes = [[m.FIRST_NAME in self.reader.word_classes(x) for x in w] for w in names]
        last = sum(1 for a, b in classes if b and not a)
        first = sum(1 for a, b in classes if a and not b)
        return last >= 3 and first == 0

    @staticmethod
    def _turned(person: Mention) -> Mention:
        """A name of two words printed surname first, turned round ("Aho Aino" → "Aino
        Aho")."""
        words = person.name.split()
        if len(words) != 2:
            return person
        return replace(person, name=f"{words[1]} {words[0]}")

    def _pair_row_office(self, said: str) -> str:
        """The role of an office written in a member / deputy row, its ordinal perhaps glued
        to it ("1.vpj", "2.varapuheenjohtaja" as "1. vpj"); "" if none."""
        return self.lex.role_of(re.sub(r"^(\d\.)(?=\S)", r"\1 ", said)) or ""

    def _lead_party_pair_row(
        self, text: str, s: int, e: int
    ) -> tuple[Mention, str, Mention, Mention | None] | None:
        """One row of :meth:`_member_deputy_rows` under a header whose first column is the
        party ("Parti Ordinarie Ersättare"): the party's name (capitalised words), then the
        member's and the deputy's names, two words each: (member, "member", deputy, party)
        or None."""
        words = list(re.finditer(r"\S+", text[s:e]))
        if len(words) < 5 or not all(
            re.fullmatch(r"[A-ZÅÄÖ][\w'-]+", w.group()) for w in words[-4:]
        ):
            return None
        if not all(w.group()[:1].isupper() for w in words[:-4]):
            return None
        member = self._whole_name(text, s + words[-4].start(), s + words[-3].end())
        deputy = self._whole_name(text, s + words[-2].start(), s + words[-1].end())
        if member is None or deputy is None:
            return None
        p0, p1 = s + words[0].start(), s + words[-5].end()
        party = Mention(p0, p1, text[p0:p1], text[p0:p1], "organisation", 0.5)
        return member, "member", deputy, party

    def _title_body(self, text: str, start: int) -> Mention | None:
        """The body the page's first line names, when that line is nothing but the body's
        name and every line between it and ``start`` is prose (a sentence that ends with a
        full stop) or blank; else None."""
        first = re.match(r"\s*([^\n]+)\n", text)
        if first is None or first.end() > start:
            return None
        lines = text[first.end() : start].split("\n")
        if any(ln.strip() and not ln.rstrip().endswith((".", ")")) for ln in lines):
            return None
        a, b = first.span(1)
        while b > a and text[b - 1] in " \t\r":
            b -= 1
        if _PREPARATORY_TITLE.fullmatch(text, a, b):
            # "Demokratiberedningen": a council's preparatory committee, by its name alone
            return Mention(a, b, text[a:b], text[a:b], "body", 0.6)
        found = [x for x in self.reader.bodies(tokens(text, a, b)) if not x.plural]
        if len(found) != 1 or found[0].start != a or found[0].end != b:
            return None
        return replace(found[0], name=found[0].name[:1].upper() + found[0].name[1:])

    def _heading_just_above(self, text: str, start: int) -> Mention | None:
        """The body the heading line right above ``start`` (a line start) names, or None."""
        prev = text.rfind("\n", 0, max(0, start - 1)) + 1
        if not text[prev:start].strip():
            return None
        body = self._heading_body_before(text, start)
        return body if body is not None and body.start >= prev else None

    def _party_pair_row(
        self, text: str, s: int, e: int
    ) -> tuple[Mention, str, Mention, Mention | None] | None:
        """One row of :meth:`_member_deputy_rows` under a party column ("Jäsenet Varajäsenet
        Puolue"): the member's name (two words, or up to an office: "Aino Ek 1. vpj."), the
        deputy's name (two words), each perhaps with a party in brackets, then the party cell,
        which must not be empty: (member, role, deputy, None) or None."""
        line = text[s:e]
        said = _PAIR_ROW_ROLE.search(text, s, e)
        role = "member"
        if said is not None:
            role = self._pair_row_office(said.group(1))
            if role not in ("chair", "vice_chair", "secretary"):
                return None
            m_end = said.start()
            pos = said.end()
        else:
            two = re.match(r"[ \t]*[A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ][\w'-]+", line)
            if two is None:
                return None
            m_end = s + two.end()
            pos = m_end
        member = self._whole_name(text, s, m_end)
        if member is None:
            return None
        paren = _PAIR_ROW_PARTY.match(text, pos, e)
        if paren is not None:
            pos = paren.end()
        two = re.compile(r"[ \t]*([A-ZÅÄÖ][\w'-]+[ \t]+[A-ZÅÄÖ][\w'-]+)").match(text, pos, e)
        if two is None:
            return None
        deputy = self._whole_name(text, two.start(1), two.end(1))
        if deputy is None:
            return None
        pos = two.end()
        paren = _PAIR_ROW_PARTY.match(text, pos, e)
        if paren is not None:
            pos = paren.end()
        if not re.match(r"[ \t]+\S", text[pos:e]):
            return None  # no party cell: the row may be read otherwise
        return member, role, deputy, None

    def _glued_entry(self, text: str, s: int, e: int) -> Mention | None:
        """A list line whose name is glued to what the person speaks for, the cells of a
        table run together ("Jaakkola SeijaSPR Maskun osasto", "Ek AinoEläkeliitto"): the
        name, two words, the second ending where a capital follows a small letter."""
        mt = _GLUED.match(text, s, e) or _GLUED3.match(text, s, e)
        if mt is None:
            return None
        toks = tokens(text, mt.start(1), mt.end(1))
        person = self.reader.person_at(toks, 0, in_list=True)
        if person is None or person.end != mt.end(1):
            return None
        words = person.written.split()
        if m.FIRST_NAME in self.reader.word_classes(words[-1]) and (
            m.FIRST_NAME not in self.reader.word_classes(words[0])
        ):
            person = replace(person, name=" ".join([words[-1], *words[:-1]]))
        return person

    def _slash_column_pairs(self, text: str, out: Walk) -> None:
        """A table of members and personal deputies flattened a row a line under a header
        that parts the columns with a slash ("ORDINARIE MEDLEMMAR / SUPPLEANTER"), each cell
        "Name / place or organisation" and a row's second cell glued to the first ("Ek Bo /
        EkbyLind Eva / Åbo"): the first name of a row is a member, the second the member's
        deputy. A row whose deputy was set on a line of its own (the member's cell wrapped) is
        read with the next one-name line as its deputy; a heading line ("Privata") starts
        afresh, a line in small letters goes on the cell above. The body is the one a heading
        a few lines above the header names. Read so only when at least three rows are read
        and one of them holds two names; a line of prose ends the table."""
        for head in _SLASH_PAIR_HEADER.finditer(text):
            body = None
            top = head.start()
            for _ in range(6):
                if top <= 0:
                    break
                prev = text.rfind("\n", 0, top - 1) + 1
                found = [b for b in self.reader.bodies(tokens(text, prev, top)) if not b.plural]
                if found:
                    body = found[-1]
                    break
                top = prev
            if body is None:
                continue
            rows: list[list[tuple[int, int]]] = []
            pending: tuple[int, int] | None = None
            seats: list[tuple[tuple[int, int], str, tuple[int, int] | None]] = []
            pos = head.end() + 1
            while pos < len(text):
                e = end_at(text, pos)
                line = text[pos:e]
                stripped = line.strip()
                entries = list(_SLASH_ENTRY.finditer(text, pos, e))
                if entries and not text[pos : entries[0].start()].strip():
                    names = [(m.start("name"), m.end("name")) for m in entries[:2]]
                    rows.append(names)
                    if len(names) == 2:
                        seats += [(names[0], "member", None), (names[1], "deputy_member", names[0])]
                        pending = None
                    elif pending is not None:
                        seats.append((names[0], "deputy_member", pending))
                        pending = None
                    else:
                        seats.append((names[0], "member", None))
                        pending = names[0]
                elif stripped and (
                    len(stripped.split()) > 8 or "/" in stripped or stripped.endswith((".", ":"))
                ):
                    break  # prose or another table: the end of this one
                elif stripped[:1].isupper():
                    pending = None  # a heading: the rows below start afresh
                pos = e + 1
            if len(rows) < 3 or not any(len(r) == 2 for r in rows):
                continue
            spans = [sp for sp, _, _ in seats]
            out.findings = [
                f
                for f in out.findings
                if not any(a < f.actor.end and f.actor.start < b for a, b in spans)
            ]
            actors = {
                sp: Mention(sp[0], sp[1], text[sp[0] : sp[1]], text[sp[0] : sp[1]], "person", 0.6)
                for sp in spans
            }
            for sp, role, of in seats:
                line_start, line_end = line_around(text, *sp)
                out.findings.append(
                    Finding(
                        "membership",
                        actors[sp],
                        role,
                        body,
                        (line_start, line_end),
                        0.6,
                        "list-slash-pair",
                        deputy_for=actors[of] if of is not None else None,
                    )
                )

    def _glued_entries(self, text: str, out: Walk) -> None:
        """Three or more lines in a row that are each a name glued to an organisation (see
        :meth:`_glued_entry`), under a heading a few lines above that names a body: the
        body's members, each on behalf of the organisation after the name, or holding the
        role glued there ("Aino MäkiVarapuheenjohtaja")."""
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        i = 0
        run_body: Mention | None = None
        run_end = -2
        while i < len(lines):
            j = i
            people = []
            while j < len(lines) and (person := self._glued_entry(text, *lines[j])) is not None:
                people.append((person, lines[j]))
                j += 1
            if len(people) < 3:
                i += 1
                continue
            body = None
            for k in range(i - 1, max(-1, i - 8), -1):
                bodies = self._composed_bodies(text, *lines[k])
                if bodies:
                    body = bodies[-1]
                    break
            if body is None and run_body is not None and i - run_end <= 1:
                # "Niclas HellSuppleant" after "Bo EkKassör", one line of another kind
                # between ("Revision ABRevisor"): the same list, the body of the run above
                body = run_body
            run_body, run_end = body, j
            if body is not None:
                have = {
                    f.actor.start
                    for f in out.findings
                    if f.kind == "membership" and f.actor.kind == "person"
                }
                for person, (s, e) in people:
                    if person.start in have:
                        continue
                    tail = text[person.end : e]
                    if _AUDITOR_IN_WORD.search(tail):
                        # "Bo LindLekmannarevisor": an auditor (or the auditor's deputy), no seat
                        out.no_seat.append((person.start, person.end))
                        continue
                    said = re.match(r"([^()]+?)\s*(?:\([^()]*\))?\s*$", tail)
                    role = self.lex.role_of(said.group(1)) if said is not None else None
                    if role is not None:
                        # "Salla HirvasniemiVarapuheenjohtaja": the glued cell is the role
                        out.findings.append(
                            Finding("membership", person, role, body, (s, e), 0.6,
                                    "list-glued-entry")
                        )  # fmt: skip
                        continue
                    own = [
                        b
                        for b in self.reader.bodies(tokens(text, person.end, e))
                        if not b.plural and b.start == person.end
                    ]
                    if own and said is not None and own[0].end >= person.end + len(said.group(1)):
                        # "Bo LindValberedning (sammankallande)": a seat in the body glued
                        # to the name
                        name = own[0].name[:1].upper() + own[0].name[1:]
                        out.findings.append(
                            Finding("membership", person, "member", replace(own[0], name=name),
                                    (s, e), 0.6, "list-glued-entry")
                        )  # fmt: skip
                        continue
                    org = Mention(person.end, e, tail, tail, "organisation", 0.5)
                    out.findings.append(
                        Finding(
                            "membership", person, "member", body, (s, e), 0.6,
                            "list-glued-entry", on_behalf_of=org,
                        )
                    )  # fmt: skip
            i = j

    def _glued_next_entries(self, text: str, out: Walk) -> None:
        """A list line whose entries were run together with no separator ("Christer
        Siwertsson, Region Jämtland-HärjedalenHans Hedlund, Region VästernorrlandErik
        Lövgren, …"): a person's whole name glued to the end of the entry before it, up to a
        comma, holds a seat as the line's first person does, in the same body."""
        taken = {f.actor.start for f in out.findings if f.kind == "membership"}
        made: list[Finding] = []
        for f in out.findings:
            if f.kind != "membership" or f.target is None or f.actor.kind != "person":
                continue
            a, z = line_around(text, f.actor.start, f.actor.end)
            if text[a : f.actor.start].strip():
                continue  # the line's first person only
            for mt in _GLUED_NAME.finditer(text, f.actor.end, z):
                if mt.start(1) in taken:
                    continue
                person = self._whole_name(text, mt.start(1), mt.end(1))
                if person is None:
                    continue
                taken.add(person.start)
                made.append(
                    Finding(
                        "membership",
                        person,
                        "member",
                        f.target,
                        (mt.start(1), mt.end(1)),
                        0.45,
                        "list-glued-entry",
                    )
                )
        out.findings += made

    def _slash_rows_under_header(self, text: str, out: Walk) -> None:
        """ "Valtuutettu / Kunta / Puolue" over rows "Ahonen, Liisa / Mikkeli / kd.": a table
        flattened with slashes whose first column is the people (a name or member column),
        each row's name surname first; each a member of the one body whose seats the text
        named just before the header (none when it named several or none). Two rows or more;
        a name the rules read already keeps its reading."""
        for head in _SLASH_HEADER.finditer(text):
            cells = [c.strip() for c in head.group(1).split("/")]
            if self.lex.column(cells[0]) not in ("name", "member"):
                continue
            above = [
                f
                for f in out.findings
                if f.kind == "membership"
                and not f.status
                and f.target is not None
                and head.start() - 800 <= f.actor.start < head.start()
            ]
            if len({f.target.name.casefold() for f in above if f.target is not None}) != 1:
                continue
            body = above[-1].target
            pos = head.end() + 1
            rows: list[re.Match[str]] = []
            while pos < len(text):
                while pos < len(text) and text[pos] == "\n":
                    pos += 1
                end = end_at(text, pos)
                row = _SLASH_ROW.fullmatch(text, pos, end)
                if row is None or row.group("rest").count("/") != len(cells) - 1:
                    break
                rows.append(row)
                pos = end + 1
            if len(rows) < 2:
                continue
            have = {f.actor.start for f in out.findings if f.actor.kind == "person"}
            for row in rows:
                if row.start("surname") in have:
                    continue
                name = f"{row.group('first')} {row.group('surname')}"
                person = Mention(
                    row.start("surname"),
                    row.end("first"),
                    text[row.start("surname") : row.end("first")],
                    name,
                    "person",
                    0.6,
                )
                out.findings.append(
                    Finding("membership", person, "member", body, (row.start(), row.end()),
                            0.6, "slash-table-row")
                )  # fmt: skip

    def _slash_runs_over_lines(self, text: str, out: Walk) -> None:
        """A run of names parted by slashes and carried over line ends under a body's heading
        ("Testilän koulun johtokunta" / "Aino Ek / Bo Lind /" / "Eva Aho (pj) / Olli Berg /" /
        "Pia Salo / Ilkka Mäki"): a slash left at a line's end says the run goes on, so the
        slashes part one list, not a member from a personal deputy; every name is the body's
        member, a post in brackets after it (abbreviated: "(Puh.joht)", "(Vara puh. joht)")
        its role, whatever else read the lines. Read only for four names or more, every cell
        of every line a name (with its post), the body the whole of the line before the run
        but a full stop."""
        all_lines = lines(text)
        i = 0
        while i < len(all_lines):
            j = i
            cells: list[tuple[Mention, str]] = []
            carried = False
            while j < len(all_lines) and "/" in all_lines[j].text:
                line = all_lines[j]
                read = self._slash_cells(text, line.start, line.end)
                if read is None:
                    break
                cells += read
                carried = carried or (line.text.rstrip().endswith("/") and j + 1 < len(all_lines))
                j += 1
            if j == i:
                i += 1
                continue
            start, i = i, j
            if not carried or len(cells) < 4 or start == 0:
                continue
            head = all_lines[start - 1]
            toks = tokens(text, head.start, head.end)
            bodies = [b for b in self.reader.bodies(toks) if not b.plural]
            if (
                not bodies
                or text[bodies[-1].end : head.end].strip(" .:")
                or (
                    bodies[-1].start != head.start
                    and not text[head.start : bodies[-1].start].strip()[:1].isupper()
                )
            ):
                continue
            body = replace(bodies[-1], name=bodies[-1].name[:1].upper() + bodies[-1].name[1:])
            a, b = all_lines[start].start, all_lines[i - 1].end
            # the run's reading replaces a reading of its lines as member / deputy pairs
            out.findings = [
                f for f in out.findings if f.kind != "membership" or not a <= f.actor.start < b
            ]
            for person, role in cells:
                out.findings.append(
                    Finding("membership", person, role, body, (person.start, person.end),
                            0.55, "slash-run-over-lines")
                )  # fmt: skip

    def _slash_cells(self, text: str, start: int, end: int) -> list[tuple[Mention, str]] | None:
        """The names (and their roles) of a line of names parted by slashes, or None when a
        cell is not a person's name with perhaps a post in brackets after it."""
        out: list[tuple[Mention, str]] = []
        pos = start
        for part in text[start:end].split("/"):
            s0, e0 = pos, pos + len(part)
            pos = e0 + 1
            if not part.strip():
                continue
            role = "member"
            mt = re.search(r"\(([^()]*)\)[\s.]*$", part)
            if mt is not None:
                role = self.lex.role_of(mt.group(1)) or ""
                if role not in ("chair", "vice_chair", "secretary", "member"):
                    return None
                e0 = s0 + mt.start()
            while s0 < e0 and text[s0].isspace():
                s0 += 1
            while e0 > s0 and text[e0 - 1].isspace():
                e0 -= 1
            person = self._whole_name(text, s0, e0)
            if person is None:
                return None
            out.append((person, role))
        return out or None

    @staticmethod
    def _close_group(ctx: Context) -> None:
        """One member and one deputy listed under the same municipality are a pair."""
        found = [f for f in ctx.group_found if f.kind == "membership"]
        deputies = [f for f in found if f.role == "deputy_member"]
        others = [f for f in found if f.role != "deputy_member"]
        if len(deputies) == 1 and len(others) == 1 and deputies[0].deputy_for is None:
            deputies[0].deputy_for = others[0].actor
        ctx.group_found = []

    def _run_on_name_pairs(self, text: str, out: Walk) -> None:
        """A member list and a deputy list run together into one line with no separators
        ("Varsinaiset jäsenet Aino Ahola, puheenjohtaja Eino Ek, varapuheenjohtaja Ilkka Oja
        Olli Puu Varajäsenet Ulla Vaara Unto Uski"): each name is a first name and a
        surname, a role after a name's comma is that name's, the names after the deputies'
        heading ("Varajäsenet", "Henkilökohtaiset varajäsenet") are deputies. Names printed
        surname first ("Ahola Aino Ek Eino"), as voikko tells by their second words, are
        turned round; a mark after a name ("x)") is skipped; a name a lower-case word follows
        begins a sentence after the run, no entry of it ("Ek Eino pyysi eroa …"); "A pyysi
        eroa …, tilalle valittiin B" right after the run gives A's seat to B. Read only when
        (with voikko) no name's first word is a common noun and most are first names, and the
        other rules already gave these names seats in one body: that body stays, the roles
        are the run's."""
        for mt in _RUN_ON_MEMBERS.finditer(text):
            pos = mt.end()
            role = "member"
            seats: list[tuple[Mention, str]] = []
            while True:
                deputies = _RUN_ON_DEPUTIES.match(text, pos)
                if deputies is not None:
                    if role == "deputy_member":
                        break
                    role, pos = "deputy_member", deputies.end()
                    continue
                pair = _NAME_PAIR.match(text, pos)
                if pair is None:
                    break
                second = pair["name"].split()[-1]
                if not (self._first_name_word(pair["first"]) or self._first_name_word(second)):
                    break
                if (
                    not pair["role"]
                    and pair.end() < len(text)
                    and text[pair.end()].islower()
                    and not _RUN_ON_DEPUTIES.match(text, pair.end())
                    and not _RUN_ON_MARK.match(text, pair.end())
                ):
                    break  # "Ek Eino pyysi eroa": a sentence after the run
                person = Mention(
                    pair.start("name"), pair.end("name"), pair["name"], pair["name"], "person", 0.7
                )
                said = self.lex.role_of(pair["role"].casefold()) if pair["role"] else None
                if pair["role"] and said is None:
                    break
                seats.append((person, said or role))
                pos = pair.end()
                if (mark := _RUN_ON_MARK.match(text, pos)) is not None:
                    pos = mark.end()
            if len(seats) < 4:
                continue
            if self.reader.morph.name == "voikko":
                firsts = [self.reader.word_classes(p.name.split()[0]) for p, _r in seats]
                lasts = [self.reader.word_classes(p.name.split()[-1]) for p, _r in seats]
                given_first = sum(m.FIRST_NAME in c for c in firsts)
                given_last = sum(m.FIRST_NAME in c for c in lasts)
                if given_first >= 0.75 * len(seats):
                    pass
                elif (
                    given_last >= 0.75 * len(seats)
                    and given_first <= 0.25 * len(seats)
                    and not any("noun" in c and m.FIRST_NAME not in c for c in lasts)
                ):
                    # "Ahola Aino Ek Eino": surname first, turned round
                    seats = [(replace(p, name=" ".join(p.name.split()[::-1])), r) for p, r in seats]
                else:
                    continue  # a run of four names or more, most of them known first names
            spans = [(p.start, p.end) for p, _r in seats]
            theirs = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.target is not None
                and any(a < f.actor.end and f.actor.start < b for a, b in spans)
            ]
            bodies = {f.target.name.casefold(): f.target for f in theirs if f.target is not None}
            if not bodies and (said := self._run_on_body(text, mt.start())) is not None:
                # "Hallituksen jäsenet: Varsinaiset jäsenet …": the body the words before say
                bodies = {said.name.casefold(): said}
            if len(bodies) != 1:
                continue
            body = next(iter(bodies.values()))
            out.findings = [f for f in out.findings if all(f is not g for g in theirs)]
            end = pos
            gone = _RUN_ON_RESIGNED.match(text, pos)
            if gone is not None:
                # "Ek Eino pyysi eroa …, tilalle valittiin Olli Oja": Ek's seat is Oja's
                words = sorted(gone["gone"].split())
                left = [k for k, (p, _r) in enumerate(seats) if sorted(p.written.split()) == words]
                if len(left) == 1:
                    k = left[0]
                    new = Mention(
                        gone.start("new"), gone.end("new"), gone["new"], gone["new"], "person", 0.7
                    )
                    seats[k] = (new, seats[k][1])
                    end = gone.end()
                    out.findings = [
                        f
                        for f in out.findings
                        if not (
                            f.kind == "membership" and gone.start() <= f.actor.start < gone.end()
                        )
                    ]
            for person, seat_role in seats:
                out.findings.append(
                    Finding(
                        "membership",
                        person,
                        seat_role,
                        body,
                        (mt.start(), end) if person.start < pos else (gone.start(), end),
                        0.7,
                        "run-on-pairs",
                    )
                )

    def _run_on_body(self, text: str, at: int) -> Mention | None:
        """The body named right before a run's members' heading on its line ("Hallituksen
        jäsenet: Varsinaiset jäsenet …", "Styrelsens ledamöter: Ordinarie ledamöter …"), its
        name capitalised; None when the words before say none."""
        start = max(text.rfind("\n", 0, at) + 1, at - 80)
        toks = tokens(text, start, at)
        bodies = [b for b in self.reader.bodies(toks) if not b.plural]
        if not bodies or not re.fullmatch(
            r"[ \t]*(?:jäsenet|ledamöter|ledamot)[ \t]*:[ \t]*", text[bodies[-1].end : at]
        ):
            return None
        body = bodies[-1]
        return replace(body, name=body.name[:1].upper() + body.name[1:])

    def _contact_card_members(self, text: str, out: Walk) -> None:
        """A board's cards one after another, each a name on a line of its own (perhaps with a
        mark in capitals after it, "UUSI") and under it the person's town, phone, e-mail and a
        line in lower case ("maaseudun asukas"), the officers' cards under their labels
        ("Puheenjohtaja:", "Varapuheenjohtaja:"): the cards with no label after the officers'
        are the body's members. Read only for a series of three cards or more after a card the
        other rules gave a seat (in one body, an officer's or a member's) and none after it,
        every unlabelled card's name free of any other seat."""
        rows = lines(text)
        cards: list[tuple[int, Mention, bool]] = []  # (line index, name, under a label)
        k = 0
        while k < len(rows):
            person = self._card_name(text, rows[k])
            details = 0
            while person is not None and k + 1 + details < len(rows):
                if not self._card_detail(text, rows[k + 1 + details]):
                    break
                details += 1
            if person is None or not details:
                k += 1
                continue
            label = k > 0 and bool(
                rows[k - 1].text.rstrip().endswith(":")
                and self.lex.role_of(rows[k - 1].text.strip().rstrip(":").strip())
            )
            cards.append((k, person, label))
            k += 1 + details
        # series: cards each right after the one before, or after one office's label
        series: list[list[tuple[int, Mention, bool]]] = []
        for card in cards:
            if series:
                run_end = series[-1][-1][0] + 1
                while run_end < len(rows) and self._card_detail(text, rows[run_end]):
                    run_end += 1
                if card[0] == run_end or (card[2] and card[0] == run_end + 1):
                    series[-1].append(card)
                    continue
            series.append([card])
        for run in series:
            if len(run) < 3:
                continue
            seated: list[Finding] = []
            free: list[tuple[int, Mention]] = []
            for k, person, _label in run:
                own = [
                    f
                    for f in out.findings
                    if f.actor.start < person.end and person.start < f.actor.end
                ]
                if own:
                    if free:
                        break  # a seat after the free cards: not the layout
                    seated += own
                else:
                    free.append((k, person))
            else:
                if not seated or len(free) < 2:
                    continue
                if any(
                    f.kind != "membership"
                    or f.status
                    or f.target is None
                    or f.role not in ("chair", "vice_chair", "secretary", "member")
                    for f in seated
                ):
                    continue
                bodies = {f.target.name.casefold(): f.target for f in seated if f.target}
                if len(bodies) != 1:
                    continue
                body = next(iter(bodies.values()))
                for k, person in free:
                    out.findings.append(
                        Finding(
                            "membership",
                            person,
                            "member",
                            body,
                            (rows[k].start, rows[k].end),
                            0.55,
                            "contact-card-members",
                        )
                    )

    def _email_cards_office_after(self, text: str, out: Walk) -> None:
        """Cards 'Name / e-mail / office', one after another, under a heading: each card a
        name on a line of its own, the person's e-mail on the next line, perhaps an office or a
        task on the line after that ("ordförande", "vice ordförande, samt webmaster",
        "Programansvarig"); a label with a colon among them ("Suppleanter:") gives the cards
        under it its seat. The office follows the e-mail it belongs to when the first card's
        name stands right under the heading (no office above it) and the last card before the
        label ends with an office: the seats read the other way round (office, then name)
        give way. Read only for three cards or more of one body the rules gave seats in."""
        rows = lines(text)
        k = 0
        while k < len(rows):
            run, k = self._email_card_run(text, rows, k)
            if run:
                self._seat_email_cards(text, rows, run, out)

    def _email_card_run(
        self, text: str, rows: list[Line], k: int
    ) -> tuple[list[tuple[int, Mention, str | None, str]], int]:
        """The run of 'Name / e-mail / office' cards beginning at ``rows[k]`` (each: the name's
        line index, the name, the office line's text or None, the role of a label above it),
        and the index to go on from; an empty run when ``rows[k]`` begins none."""
        run: list[tuple[int, Mention, str | None, str]] = []
        label_role = ""
        j = k
        while j + 1 < len(rows):
            if "@" not in rows[j + 1].text or not contact_line(rows[j + 1].text):
                break
            person = self._card_name(text, rows[j])
            if person is None:
                break
            office = None
            nxt = j + 2
            if nxt < len(rows) and self._office_line(text, rows[nxt]):
                office = rows[nxt].text.strip()
                nxt += 1
            run.append((j, person, office, label_role))
            j = nxt
            if j < len(rows) and (said := rows[j].text.strip()).endswith(":"):
                role = self.lex.role_of(said.rstrip(":").strip())
                if role != "deputy_member" or office is None:
                    break
                label_role, j = role, j + 1
        if len(run) < 3:
            return [], max(j, k + 1)
        return run, j

    def _office_line(self, text: str, line: Line) -> bool:
        """Whether a line under a card's e-mail is an office or a task: an office's words (and
        a duty after a comma), or one capitalised word that is no name."""
        said = line.text.strip()
        if said.endswith(":") or contact_line(said) or len(said.split()) > 5:
            return False
        head = said.split(",")[0].strip()
        if self.lex.role_of(head) or head.casefold() in self.lex.treasurer:
            return True
        return bool(re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{5,}", said)) and (
            self.lists._person(text, line.start, line.end) is None
        )

    def _seat_email_cards(
        self,
        text: str,
        rows: list[Line],
        run: list[tuple[int, Mention, str | None, str]],
        out: Walk,
    ) -> None:
        """The seats of one run of 'Name / e-mail / office' cards, in place of those the rules
        read at the cards' names, when the run is laid out with the office after the e-mail."""
        first = run[0][0]
        above = rows[first - 1].text.strip() if first > 0 else ""
        if first > 0 and self._office_line(text, rows[first - 1]):
            return  # "ordförande" right above the first name: the office comes first
        main = [c for c in run if not c[3]]
        if main[-1][2] is None or sum(1 for c in main if c[2] is not None) < 2:
            return
        if above and self.lex.role_of(above.rstrip(":").strip()):
            return
        people = {(c[1].start, c[1].end) for c in run}
        mine = [
            f
            for f in out.findings
            if f.kind == "membership" and (f.actor.start, f.actor.end) in people
        ]
        if any(f.status for f in mine):
            return
        bodies = Counter(
            f.target.name.casefold() for f in mine if f.target is not None and f.role != "member"
        ) or Counter(f.target.name.casefold() for f in mine if f.target is not None)
        if not bodies:
            return
        name = bodies.most_common(1)[0][0]
        body = next(f.target for f in mine if f.target and f.target.name.casefold() == name)
        body = replace(body, name=body.name[:1].upper() + body.name[1:])
        out.findings = [f for f in out.findings if all(f is not g for g in mine)]
        for j, person, office, label_role in run:
            role = label_role or "member"
            if office is not None and not label_role:
                said = self.lex.role_of(office.split(",")[0].strip()) or "member"
                role = said if said in ("chair", "vice_chair", "secretary") else "member"
            out.findings.append(
                Finding(
                    "membership",
                    person,
                    role,
                    body,
                    (rows[j].start, rows[j].end),
                    0.6,
                    "email-cards-office-after",
                )
            )

    def _card_name(self, text: str, line: Line) -> Mention | None:
        """The person's name a card's first line is, with perhaps a mark in capitals after it
        ("Aino Ek UUSI"); None when the line is anything else."""
        said = line.text.strip()
        if not said[:1].isupper() or len(said) > 60 or said.count(" ") > 4:
            return None
        mark = _CARD_MARK.search(line.text)
        end = line.start + mark.start() if mark is not None else line.end
        if line.text.rstrip().endswith(":"):
            return None
        person = self.lists._person(text, line.content_start, end)
        rest = text[person.end : end].strip() if person is not None else ""
        if (
            person is None
            or len(person.name.split()) < 2
            or (rest and not (rest[:1] == "," and self.lex.role_of(rest[1:].strip())))
        ):
            return None
        return person

    def _card_detail(self, text: str, line: Line) -> bool:
        """Whether a line under a card's name is one of its details: a town (one or two
        capitalised words, no person's name), a phone or an e-mail, a line in lower case."""
        said = line.text.strip()
        if not said or said.endswith(":"):
            return False
        if contact_line(said) or said[:1].islower():
            return not self.lex.role_of(said)
        return (
            bool(_CARD_TOWN.fullmatch(said))
            and self.lists._person(text, line.start, line.end) is None
        )

    def _first_name_word(self, word: str) -> bool:
        """A word that may be a first name: by voikko, one it reads as a first name or as no
        common noun ("Simo", read as a place, too); with the rules (which know no names) any
        capitalised word."""
        if self.reader.morph.name != "voikko":
            return True
        classes = self.reader.word_classes(word)
        return m.FIRST_NAME in classes or "noun" not in classes

    def _glued_email_table(self, text: str, out: Walk) -> None:
        """A member / deputy table flattened to text with no separators: a header line of
        the two column words run together ("LedamotErsättare", "JäsenVarajäsen"), then rows
        "Name, e-mail(at)domain.fiDeputy Name" under group headings (the organisation the
        seats are held for). The e-mail (written with "(at)" or "(a)") ends the member's
        cell; the capitalised words glued to its domain, or a lone name on the next line,
        are the deputy. The seats are in the body the page is titled with (its first line);
        with no such title nothing is read."""
        header = _GLUED_HEADER.search(text)
        if header is None:
            return
        first = text.lstrip().split("\n", 1)[0].strip()
        at = text.find(first)
        titled = [
            b
            for b in self.reader.bodies(tokens(text, at, at + len(first)))
            if not b.plural and b.start == at and b.end == at + len(first)
        ]
        if len(titled) != 1:
            return
        body = replace(titled[0], name=titled[0].name[:1].upper() + titled[0].name[1:])
        taken = {(f.actor.start, f.actor.end) for f in out.findings}
        group: Mention | None = None
        last: tuple[Mention, int, int] | None = None  # a row's member with no deputy yet
        pos = header.end() + 1
        while pos < len(text):
            end = end_at(text, pos)
            line = text[pos:end].strip()
            a = pos + (len(text[pos:end]) - len(text[pos:end].lstrip()))
            pos = end + 1
            if not line:
                break
            row = _GLUED_ROW.fullmatch(line)
            lone = _LONE_NAME.fullmatch(line)
            if row is not None:
                member = Mention(
                    a + row.start("m"), a + row.end("m"), row["m"], row["m"], "person", 0.7
                )
                self._glued_seat(out, taken, member, "member", body, group, (a, a + len(line)))
                last = (member, a, a + len(line))
                if row["d"]:
                    deputy = Mention(
                        a + row.start("d"), a + row.end("d"), row["d"], row["d"], "person", 0.7
                    )
                    self._glued_seat(
                        out, taken, deputy, "deputy_member", body, group, (a, a + len(line)),
                        member,
                    )  # fmt: skip
                    last = None
            elif lone is not None and last is not None:
                # "Tina Ek, tina(at)ek.fi" / "Anna Berg": the deputy's cell wrapped to a line
                deputy = Mention(a, a + len(line), line, line, "person", 0.7)
                self._glued_seat(
                    out, taken, deputy, "deputy_member", body, group, (last[1], a + len(line)),
                    last[0],
                )  # fmt: skip
                last = None
            elif _AT_SIGN.search(line) or len(line.split()) > 8:
                break
            else:
                # a group heading: the organisation the seats under it are held for
                group = Mention(a, a + len(line), line, line, "organisation", 0.6)
                last = None

    @staticmethod
    def _glued_seat(
        out: Walk,
        taken: set[tuple[int, int]],
        person: Mention,
        role: str,
        body: Mention,
        group: Mention | None,
        quote: tuple[int, int],
        deputy_for: Mention | None = None,
    ) -> None:
        out.findings = [
            f
            for f in out.findings
            if not (f.actor.start < person.end and person.start < f.actor.end)
        ]
        out.findings.append(
            Finding(
                "membership",
                person,
                role,
                body,
                quote,
                0.7,
                "glued-table",
                on_behalf_of=group,
                deputy_for=deputy_for,
            )
        )
        taken.add((person.start, person.end))

    def _member_deputy_columns(self, text: str, out: Walk) -> None:
        """A members' and deputies' table of two columns flattened to lines whose two cells
        are set apart by a run of spaces ("varsinainen jäsen      varajäsen" / "Aino Ek,
        Toivakka      Bo Lind, Kinkomaa, Jyväskylä"): the left cell's person a member, the
        right one's the deputy of the member on the same line (a cell's name the words before
        its first comma; a lone cell at the line's start the left one). The body is the one
        the page names before the table (a bare word standing for the named body). Read on
        three rows or more; nothing when the body is unsure."""
        for head in _TWO_CELL_HEAD.finditer(text):
            if (self.lex.role_of(head.group("left")), self.lex.role_of(head.group("right"))) != (
                "member",
                "deputy_member",
            ):
                continue
            body = self._heading_body_before(text, head.start()) or self._one_body_before(
                text, head.start()
            )
            if body is None:
                continue
            rows = self._place_cell_rows(text, head.end())
            if len(rows) < 3:
                continue
            span = (rows[0][0][0], rows[-1][-1][1])
            before = [
                f
                for f in out.findings
                if f.kind == "membership" and span[0] <= f.actor.start < span[1]
            ]
            found = []
            for row in rows:
                member: Mention | None = None
                for k, (a, e) in enumerate(row):
                    read = next((f.actor for f in before if a <= f.actor.start < e), None)
                    person = read or Mention(a, e, text[a:e], " ".join(text[a:e].split()),
                                             "person", 0.6, "nom")  # fmt: skip
                    if k == 0:
                        member = person
                        found.append(Finding("membership", person, "member", body, (a, e), 0.55,
                                             "member-deputy-columns"))  # fmt: skip
                    else:
                        seat = Finding("membership", person, "deputy_member", body, (a, e), 0.55,
                                       "member-deputy-columns", deputy_for=member)  # fmt: skip
                        found.append(seat)
            out.findings = [f for f in out.findings if f not in before] + found

    def _member_deputy_affiliation_rows(self, text: str, out: Walk) -> None:
        """A members' and deputies' table whose cells are run together with single spaces,
        each cell a name and where the person comes from after a comma ("Ordinarie medlemmar
        Suppleanter" / "Irma Wilenius, Ål.Lärarförening Niklas Wasén, Ål.Lärarförening"): the
        name opening the line a member (its office after a second comma, "…, ordförande"),
        the name whose first word is a first name and which a comma follows, later on the
        line, the member's deputy. The body is the one the page names before the table. Read
        on three rows with a deputy or more; lines that do not so divide are left alone."""
        for head in _PAIR_AFFILIATION_HEAD.finditer(text):
            body = self._heading_body_before(text, head.start()) or self._one_body_before(
                text, head.start()
            )
            if body is None and (
                said := _BARE_BOARD_WORD.search(text, max(0, head.start() - 1500), head.start())
            ):
                # "Till styrelsen hör ordförande samt nio ordinarie medlemmar. Varje ordinarie
                # medlem har en personlig suppleant.": the board the page describes
                name = self.lex.board[:1].upper() + self.lex.board[1:]
                body = Mention(said.start(), said.end(), said.group(), name, "body", 0.5)
            if body is None:
                continue
            found: list[Finding] = []
            pos = head.end()
            while (row := _AFFILIATION_ROW.match(text, pos)) is not None:
                pos = row.end() + 1
                a, e = row.span("name")
                member = self._listed_name(text, a, e)
                rest = row.group("rest")
                office = ""
                deputy: Mention | None = None
                for mt in _AFFILIATION_DEPUTY.finditer(rest):
                    first = mt.group("d").split()[0]
                    if m.FIRST_NAME in self.reader.word_classes(first):
                        s0 = row.start("rest") + mt.start("d")
                        deputy = self._listed_name(text, s0, s0 + len(mt.group("d")))
                        rest = rest[: mt.start()]
                        break
                parts = [p.strip() for p in rest.split(",")]
                if len(parts) >= 2 and self.lex.role_of(parts[-1]) in ("chair", "vice_chair"):
                    office = self.lex.role_of(parts[-1]) or ""
                found.append(Finding("membership", member, office or "member", body, (a, e),
                                     0.55, "member-deputy-affiliations"))  # fmt: skip
                if deputy is not None:
                    found.append(Finding("membership", deputy, "deputy_member", body,
                                         (deputy.start, deputy.end), 0.55,
                                         "member-deputy-affiliations",
                                         deputy_for=member))  # fmt: skip
            if sum(1 for f in found if f.role == "deputy_member") < 3:
                continue
            span = (head.end(), pos)
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ] + found

    def _posts_line_then_names_line(self, text: str, out: Walk) -> None:
        """A board's table of posts and names flattened column by column: the posts on one line,
        the names on a later one after the column's label, if any ("Hallitus: Tehtävä" /
        "Puheenjohtaja Varapuheenjohtaja Sihteeri Jäsen Jäsen" / a sentence / "Nimi Aino Ek Bo
        Lind Eva Berg Olli Salo Pia Aho"): the k-th post is the k-th name's (each name two
        words), in the body the heading just above the posts names. Read only with four posts
        or more, an officer's among them, as many names within the next three lines, and the
        body sure; what the rules read on the names' line gives way."""
        lines = [(mt.start(), mt.end()) for mt in re.finditer(r"[^\n]+", text)]
        for k, (a, b) in enumerate(lines):
            if not _POSTS_LINE.fullmatch(text[a:b]):
                continue
            roles = [self._column_post(w) for w in text[a:b].split()]
            if None in roles or not any(r in ("chair", "vice_chair", "secretary") for r in roles):
                continue
            names = None
            for s, e in lines[k + 1 : k + 4]:
                if (names := self._name_column(text, s, e, len(roles))) is not None:
                    break
            body = self._heading_body_before(text, a) if names else None
            if names is None or body is None:
                continue
            span = (names[0][0], names[-1][1])
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ]
            for (s0, e0), role in zip(names, roles, strict=True):
                person = self._listed_name(text, s0, e0)
                out.findings.append(
                    Finding("membership", person, role, body, span, 0.6, "posts-then-names")
                )

    def _post_grid_rows(self, text: str, out: Walk) -> None:
        """A board set out as a grid, each row of labels over a row of names, the cells set
        apart by spaces ("Ordförande:      Ledamot:      Sekreterare:" / "Eva Ek      Bo Lind
        Aino Berg"): the k-th name holds the k-th label's seat (a treasurer a member's, a
        label of no seat none) in the body the heading above the grid names. Each label ends
        with a colon and each name cell is one person's name, as many as the labels; read only
        when the grid gives an officer's seat and the body is sure. What the rules read on
        the names' lines gives way."""
        rows = [(mt.start(), mt.end()) for mt in re.finditer(r"[^\n]*\S[^\n]*", text)]
        grid: list[tuple[list[str | None], list[Mention], tuple[int, int]]] = []
        for k, (a, b) in enumerate(rows[:-1]):
            labels = self._grid_cells(text, a, b)
            if len(labels) < 2 or not all(text[s:e].endswith(":") for s, e in labels):
                continue
            posts = [self._column_post(text[s : e - 1].strip()) for s, e in labels]
            if not any(posts):
                continue
            a2, b2 = rows[k + 1]
            cells = self._grid_cells(text, a2, b2)
            if len(cells) != len(labels):
                continue
            people = [self.reader.persons(tokens(text, s, e), in_list=True) for s, e in cells]
            if not all(
                len(p) == 1 and p[0].start == s and p[0].end == e
                for p, (s, e) in zip(people, cells, strict=True)
            ):
                continue
            grid.append((posts, [p[0] for p in people], (a, b2)))
        if not grid or not any(
            p in ("chair", "vice_chair", "secretary") for posts, _n, _s in grid for p in posts
        ):
            return
        body = self._heading_body_before(text, grid[0][2][0])
        if body is None:
            return
        for posts, people, span in grid:
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership" or not span[0] <= f.actor.start < span[1]
            ]
            for person, post in zip(people, posts, strict=True):
                if post:
                    out.findings.append(
                        Finding("membership", person, post, body, span, 0.6, "post-grid")
                    )

    def _grid_cells(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The cells of a line set out with spaces: the spans between its padding gaps
        (:data:`~hytegraph.authoring.extract.segment.GAP`), blank ends left out."""
        cells: list[tuple[int, int]] = []
        pos = start
        for gap in [*GAP.finditer(text, start, end), None]:
            stop = gap.start() if gap is not None else end
            if text[pos:stop].strip():
                lead = len(text[pos:stop]) - len(text[pos:stop].lstrip())
                cells.append((pos + lead, pos + len(text[pos:stop].rstrip())))
            if gap is None:
                break
            pos = gap.end()
        return cells

    def _column_post(self, word: str) -> str | None:
        """The seat a post's word in a table's column gives ("Sihteeri": secretary;
        "Rahastonhoitaja", a treasurer: member), or None for any other word."""
        role = self.lex.role_of(word)
        if role is None and word.casefold() in TREASURER_WORDS:
            return "member"
        return role

    def _name_column(
        self, text: str, start: int, end: int, count: int
    ) -> list[tuple[int, int]] | None:
        """The spans of ``count`` names of two words each that make a line, after the column's
        label if any ("Nimi Aino Ek Bo Lind"); None for any other line."""
        words = [
            (start + mt.start(), start + mt.end()) for mt in re.finditer(r"\S+", text[start:end])
        ]
        if len(words) == 2 * count + 1:
            words = words[1:]  # "Nimi": the column's label
        if len(words) != 2 * count or not all(self._name_cell_word(text[s:e]) for s, e in words):
            return None
        return [(words[k][0], words[k + 1][1]) for k in range(0, len(words), 2)]

    def _name_cell_word(self, word: str) -> bool:
        """Whether ``word`` may be a word of a name in a table's cell: capitalised, no post's
        or body's word."""
        return bool(
            _NAME_COLUMN_WORD.fullmatch(word)
            and self._column_post(word) is None
            and not self.lex.body_kind(word.casefold())
        )

    def _heading_body_before(self, text: str, end: int) -> Mention | None:
        """The body a heading names in the few lines before ``end`` ("Hallitus 2024"): a
        short line of its own, no sentence; None when there is none."""
        pos, seen = end, 0
        while pos > 0 and seen < 4:
            start = text.rfind("\n", 0, max(0, pos - 1)) + 1
            line = text[start:pos].strip()
            seen += bool(line)
            if line and len(line.split()) <= 4 and not line.endswith((".", ",")):
                bodies = [
                    b
                    for b in self.reader.bodies(tokens(text, start, pos))
                    if not b.plural and b.case in ("", "nom")
                ]
                if len(bodies) == 1:
                    b = bodies[0]
                    name = b.name[:1].upper() + b.name[1:]
                    return Mention(b.start, b.end, b.written, name, "body", 0.55)
            pos = start
        return None

    def _one_body_before(self, text: str, end: int) -> Mention | None:
        """The one body the text names before ``end`` (a bare word standing for the named
        body of its kind), as a body's name; None when it names none or several."""
        bodies = [b for b in self.reader.bodies(tokens(text, 0, end)) if not b.plural]
        names = {b.name.casefold() for b in bodies}
        names = {n for n in names if not any(o != n and o.endswith(n) for o in names)}
        if len(names) != 1:
            return None
        b = next(b for b in bodies if b.name.casefold() in names)
        return Mention(b.start, b.end, b.written, b.name[:1].upper() + b.name[1:], "body", 0.55)

    def _place_cell_rows(self, text: str, pos: int) -> list[list[tuple[int, int]]]:
        """The rows of the table lines after ``pos``: one or two cells (set apart by three
        spaces or more), each a name and, after a comma, places; the spans of the names."""
        rows: list[list[tuple[int, int]]] = []
        for mt in re.finditer(r"[^\n]*", text[pos:]):
            line = mt.group()
            if not line.strip() or SECTOR_LABEL.fullmatch(line):
                continue  # (a blank line; "Julkinen taho": the sector the rows below are from)
            start = pos + mt.start()
            row = []
            for c in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", line):
                name = c.group().split(",")[0].rstrip()
                if not _CELL_NAME.fullmatch(name) or self.lex.role_of(name):
                    return rows
                row.append((start + c.start(), start + c.start() + len(name)))
            if len(row) > 2 or (len(row) == 1 and len(line) - len(line.lstrip()) > 2):
                return rows
            rows.append(row)
        return rows

    def _role_column_lines(self, text: str, p: Paragraph, ctx: Context) -> list[Finding]:
        """A table flattened to lines "Name Party Role [Number]" ("Carina Dahl
        Socialdemokraterna Ordförande 1", "Aino Ahola Keskusta Jäsen 2"), each line (often a
        paragraph of its own) the person at its start and the role its last words name, in
        the body the text speaks of. The name is the first two words, as such tables print it
        (a third part of a name would be read as the party's), or all the words before a party
        in brackets ("Anna Berg Holm (S), Ordförande"); the party is not whom the seat is
        for."""
        if ctx.body is None or ctx.contacts:
            return []
        found: list[Finding] = []
        others = 0
        for ln in p.lines:
            words = list(re.finditer(r"\S+", ln.text))
            while words and re.fullmatch(r"\d{1,3}\.?", words[-1].group()):
                words.pop()
            role, n = None, 0
            for k in (3, 2, 1):
                first = words[-k].group() if len(words) >= k else ""
                # (an ordinal may begin the role: "1:e v ordförande", "2. varapuheenjohtaja")
                # (a name of three words or more before it; of two before a role of two in
                # its own column, padded apart: "Håkan Wedin   Vice Ordförande")
                padded = (
                    k > 1
                    and len(words) == k + 2
                    and _COLUMN_GAP.fullmatch(ln.text, words[-k - 1].end(), words[-k].start())
                    is not None
                )
                if (len(words) >= k + 3 or padded) and (
                    first[:1].isupper() or re.fullmatch(r"\d(?::[ea]|\.)", first)
                ):
                    role = self.lex.role_of(" ".join(w.group() for w in words[-k:]))
                    if role is not None:
                        n = k
                        break
            if role is None:
                if self._first_person(text, ln.start, ln.end) is not None:
                    others += 1  # a line naming someone some other way: not this layout
                continue
            before = words[:-n]
            cut = _name_words_before_bracket(before)
            if (
                3 <= len(before) <= 5
                and before[-1].group() in ("-", "\u2013", "\u2014")
                # (each word a name's, no party's letters: "Bo Wendt Bp \u2013 2:a vice ordf.")
                and all(re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü][\w'-]*", w.group()) for w in before[:-1])
                # (nor two letters closing the name: "Bo Wendt Bp", a party's)
                and len(before[-2].group()) > 2
            ):
                # "Johannes Nenne Larsson \u2013 Ordförande": a dash, no party, between the name
                # and the role; all the words before it are the name
                before = before[:-1]
                cut = len(before)
            elif (
                3 <= len(before) <= 4
                and _COLUMN_GAP.fullmatch(ln.text, before[-1].end(), words[-n].start())
                and all(ln.text[a.end() : b.start()] == " " for a, b in itertools.pairwise(before))
                and all(re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü][\w'-]+", w.group()) for w in before)
                and not any(_PARTY_IN_CELL.fullmatch(w.group().casefold()) for w in before)
            ):
                # "Cecilia Åqvist Särg   Ordförande": the words before the column's gap are
                # one cell, the name (a party would stand in a cell of its own)
                cut = len(before)
            s0, e0 = ln.start + before[0].start(), ln.start + before[cut - 1].end()
            last = before[-1].group()
            if last.endswith(",") and not last.endswith("),") and len(before) <= 4:
                # "Anna Berg Holm, Ordf.": a comma, no party, between the name and the role;
                # all the words before it are the name
                e0 = ln.start + before[-1].end() - 1
            person = self.reader.person_at(tokens(text, s0, e0), 0, in_list=True)
            if person is None or person.end != e0:
                others += 1
                continue
            found.append(
                Finding(
                    "membership",
                    person,
                    role,
                    ctx.body,
                    (ln.start, ln.end),
                    0.7,
                    "list-role-column",
                )
            )
        return found if len(found) > others else []

    def _table_run_in_paragraph(self, text: str, p: Paragraph, ctx: Context) -> list[Finding]:
        """A table run together into one paragraph: its column labels separated by colons
        ("Befattning: Namn : Kommun : Sektor : Mandatperiod slutar:"), then its rows, each
        ending in a number (the term's last year), a post perhaps before the name ("Ordf.
        Aino Ek Ekby Offentlig sektor 2017 Bo Lind Åby Ideell sektor 2016 …"). The columns
        after the name each begin with a capitalised word (lower-case words may follow), so
        the name is what comes before them: the seats of the body the paragraph speaks of
        (the one it names most often before the table, or the page's). A seat left open
        ("Vakant"), a row cut before its number: no row. Three rows at least; else
        nothing."""
        if ctx.status or ctx.columns:
            return []
        start, end = p.lines[0].content_start, p.lines[-1].end
        header = _RUN_TABLE_HEADER.search(text, start, end)
        if header is None:
            return []
        labels = [x.strip().casefold() for x in header.group().split(":") if x.strip()]
        if "namn" not in labels:
            return []
        after = len(labels) - labels.index("namn") - 2  # columns between the name and term
        before = labels.index("namn")
        if after < 0 or before > 1:
            return []
        body = ctx.body or self._most_named_body(text, start, header.start())
        if body is None:
            return []
        found: list[Finding] = []
        a = header.end()
        for row in re.finditer(r"(.+?)\s(\d{1,4})(?=\s|$)", text[a:end]):
            s0, e0 = a + row.start(1), a + row.end(1)
            s0 += len(text[s0:e0]) - len(text[s0:e0].lstrip())
            parts = list(re.finditer(r"[A-ZÅÄÖ][\w.-]*(?:\s+[a-zåäö][\w.-]*)*", text[s0:e0]))
            if len(parts) < after + 2:
                continue
            role = "member"
            first = 0
            if before and (said := self.lex.role_of(parts[0].group())) is not None:
                role, first = said, 1
            name_parts = parts[first : len(parts) - after]
            if not 2 <= len(name_parts) <= 4:
                continue
            ns, ne = s0 + name_parts[0].start(), s0 + name_parts[-1].end()
            person = self.reader.person_at(tokens(text, ns, ne), 0, in_list=True)
            if person is None or person.end != ne:
                continue
            quote = (s0, a + row.end(2))
            found.append(_membership(ctx, person, role, quote, 0.65, "list-table-run", target=body))
        return found if len(found) >= 3 else []

    def _most_named_body(self, text: str, start: int, end: int) -> Mention | None:
        """The body named most often in ``text[start:end]`` (the first of those named as
        often), a body's word glued to an abbreviation by a slash ("LAG/styrelsen",
        "LAG/styrelsens") one name."""
        seen = [b for b in self.reader.bodies(tokens(text, start, end)) if not b.plural]
        for mt in _ABBREVIATION_SLASH_BODY.finditer(text, start, end):
            word = mt.group(2)
            base = word[:-1] if re.search(r"[^s]s$", word) else word
            if self.lex.body_kind(base) is None:
                continue
            name = f"{mt.group(1)}/{base}"
            seen.append(Mention(mt.start(), mt.end(), mt.group(), name, "board", 0.7))
        if not seen:
            return None
        counts = Counter(b.name.casefold() for b in seen)
        return max(seen, key=lambda b: counts[b.name.casefold()])

    def _seat_word_lines(self, text: str, p: Paragraph, ctx: Context) -> list[Finding]:
        """Finnish lines that each open with the seat's adjective before a person's name
        ("varsinainen Aino Ek" / "vara Bo Lind"), perhaps under a heading line with no name (a
        region's, "Itälä"): a member of the body of the context on each "varsinainen" line, a
        deputy on each "vara" line; an officer's word after the name (", puheenjohtaja
        2021-2022") is that person's office instead. Two such lines at least, one of them a
        "varsinainen"; else nothing."""
        if self.lex.lang != "fi" or ctx.body is None or ctx.status or ctx.columns:
            return []
        lines = p.lines
        if lines and not _SEAT_WORD_LINE.match(lines[0].text) and len(lines) > 1:
            head = lines[0]
            if self._first_person(text, head.content_start, head.end) is not None:
                return []
            lines = lines[1:]
        if len(lines) < 2:
            return []
        found: list[Finding] = []
        for line in lines:
            mt = _SEAT_WORD_LINE.match(line.text)
            if mt is None:
                return []
            a = line.start + mt.end()
            person = self._first_person(text, a, line.end)
            if person is None or person.start != a:
                return []
            role = "member" if mt.group(1).casefold() == "varsinainen" else "deputy_member"
            tail = text[person.end : line.end]
            if tail.strip():
                said = self.lex.find_role(tail.lstrip(" ,"))
                if tail.lstrip()[:1] != "," or (said is not None and said[1] > 0):
                    return []
                officer = said is not None and said[0] in ("chair", "vice_chair", "secretary")
                if officer and role == "member" and said is not None:
                    role = said[0]
            found.append(
                _membership(ctx, person, role, (line.start, line.end), 0.7, "list-seat-word")
            )
        if not any(f.role != "deputy_member" for f in found):
            return []
        return found

    def _member_deputy_run(self, text: str, p: Paragraph, ctx: Context) -> list[Finding]:
        """A paragraph of members each followed by a deputy word and the deputy's name, run
        together ("Ledamöter: Aino Ek (tennis), supp Bo Lind, Eva Berg (judo) supp Kim Sund
        och Ulla Holm suppl Per Ås"): the names before the deputy words members of the body,
        those after them its deputies (not members in turn). Two pairs at least, and nothing
        else in the paragraph but a label before a colon; else nothing."""
        if ctx.body is None or ctx.status or ctx.columns:
            return []
        start, end = p.lines[0].content_start, p.lines[-1].end
        seps = list(_DEPUTY_BEFORE_NAME.finditer(text, start, end))
        if len(seps) < 2:
            return []
        colon = text.find(":", start, seps[0].start())
        if colon >= 0:
            start = colon + 1
        found: list[Finding] = []
        bounds = [(start, seps[0].start())]
        bounds += [(a.end(), b.start()) for a, b in itertools.pairwise(seps)]
        bounds.append((seps[-1].end(), end))
        for n, (a, b) in enumerate(bounds):
            a += len(text[a:b]) - len(text[a:b].lstrip())
            deputy = None
            if n > 0:
                deputy = self._first_person(text, a, b)
                if deputy is None or deputy.start != a:
                    return []
                found.append(
                    _membership(
                        ctx,
                        deputy,
                        "deputy_member",
                        (seps[n - 1].start(), deputy.end),
                        0.65,
                        "list-deputy-run",
                    )
                )
                joint = re.match(r"\s*(?:,|och\b|samt\b)?\s*", text[deputy.end : b])
                a = deputy.end + joint.end()
                if n == len(bounds) - 1:
                    if text[a:b].strip(" \t.;"):
                        return []
                    break
            member = self._first_person(text, a, b)
            if member is None or member.start != a:
                return []
            if not re.fullmatch(r"\s*(?:\([^()\n]{1,40}\))?\s*,?\s*", text[member.end : b]):
                return []
            quote = (a, a + len(text[a:b].rstrip(" \t,")))
            found.append(_membership(ctx, member, "member", quote, 0.65, "list-deputy-run"))
        return found

    def _column_label_entry(
        self, text: str, line: Line, ctx: Context, out: Walk
    ) -> list[Finding] | None:
        """A two-column list flattened with runs of spaces: "Label<spaces>Name Place" lines,
        each label carried down to the indented lines under it ("Ersättare      Bo Ek Gävle" /
        "               Eva Berg Hudiksvall"). A role's label is read as the line says it (and
        given to the lines under it); a body's label ("Valberedning      Eva Berg") puts the
        names in that body; an auditors' label ("Revisorer", "Ersättare revisor") gives them
        no seat. The entries of the line, or None when the list reads it as it stands."""
        lead = text[text.rfind("\n", 0, line.start) + 1 : line.start]
        raw = text[line.content_start : line.end]
        mt = re.match(r"([A-ZÅÄÖ][\w -]{1,30}?)[ \t]{3,}(?=[A-ZÅÄÖ])", raw)
        if mt is not None:
            label = mt.group(1).strip()
            role = self.lex.role_of(label)
            if AUDITOR.search(label):
                ctx.column_label = ("", None)
            elif role is None and len(label.split()) == 1 and self.lex.body_kind(label.casefold()):
                at = line.content_start
                body = Mention(at, at + len(label), label, label, "body", 0.6)
                ctx.column_label = ("member", body)
            else:
                ctx.column_label = (role, None) if role else None
                return None
            start = line.content_start + mt.end()
        elif lead.strip(" \t") == "" and len(lead) >= 3 and ctx.column_label is not None:
            start = line.content_start  # an indented line under the label's
        else:
            ctx.column_label = None
            return None
        role, body = ctx.column_label
        if not role:
            out.no_seat.append((start, line.end))
            return []  # auditors and their deputies: no seat in the body
        saved = ctx.body, ctx.role
        ctx.body, ctx.role = body or ctx.body, role
        try:
            return self.lists.entry(text, start, line.end, ctx)
        finally:
            ctx.body, ctx.role = saved

    def _labels_then_values(self, text: str, out: Walk) -> None:
        """A table of organisations and the people who sit in them flattened to one cell a
        line, the first column's cells first ("PRO Länet" / "ABF Ekby" / "Gårdsrådet" / then
        "A och B, C ersättare" / "D ordinarie och E ersättare" / …): as many lines that name no
        person as there are lines of people after them, read pairwise in order, each label the
        body of its line's people ("ordinarie" or nothing: members; "ersättare": deputies, of
        the names joined by "och" before the word). A line of deputies alone after a line with
        none continues that line. A one-word label the lexicon knows no body in
        ("Konsumentombud") is a function: no seat. What the rules read on those lines (under
        the last label taken for a heading) gives way."""
        lines = [(mt.start(), mt.end()) for mt in re.finditer(r"[^\n]+", text)]
        k = 0
        while k < len(lines):
            j = k
            while j < len(lines) and self._label_cell(text, *lines[j]):
                j += 1
            labels = lines[k:j]
            values: list[list[tuple[int, int]]] = []
            v = j
            while v < len(lines) and (seats := self._value_cell(text, *lines[v])) is not None:
                if (
                    values
                    and seats
                    and all(r == "deputy_member" for _s, r in seats)
                    and not any(
                        r == "deputy_member"
                        for _s, r in self._value_cell(text, *values[-1][-1]) or []
                    )
                ):
                    values[-1].append(lines[v])
                else:
                    values.append([lines[v]])
                v += 1
            if len(labels) == len(values) + 1:
                labels = labels[1:]  # "Övrig representation": the table's heading over them
            if len(labels) >= 3 and len(values) == len(labels):
                for (ls, le), group in zip(labels, values, strict=True):
                    label = text[ls:le].strip()
                    # the lines were read under the last label as a heading: not so
                    out.findings = [
                        f
                        for f in out.findings
                        if not (
                            f.kind == "membership"
                            and any(vs <= f.actor.start < ve for vs, ve in group)
                        )
                    ]
                    if len(label.split()) == 1 and not self.lex.body_kind(label.casefold()):
                        out.no_seat += group  # "Konsumentombud": a function, no body
                        continue
                    at = ls + text[ls:le].index(label)
                    body = Mention(at, at + len(label), label, label, "body", 0.5)
                    for vs, ve in group:
                        for person, role in self._value_cell(text, vs, ve) or []:
                            out.findings.append(
                                Finding("membership", person, role, body, (ls, ve), 0.5,
                                        "list-labels-then-values")
                            )  # fmt: skip
                k = v
            else:
                k = max(j, k + 1)

    def _label_cell(self, text: str, start: int, end: int) -> bool:
        """A short line that names no person (outside parentheses) and ends no sentence: a
        table's first column."""
        said = text[start:end].strip()
        inside = [
            (m.start() + start, m.end() + start)
            for m in re.finditer(r"\([^()]*\)", text[start:end])
        ]
        return (
            bool(said)
            and len(said.split()) <= 5
            and said[:1].isupper()
            and not said.endswith((".", ":", ","))
            and ":" not in said
            and not self.lex.find_role(said)  # "Vanhusneuvoston jäsenet": a list's heading
            and self.lex.column(said) is None
            and not any(
                not any(a <= p.start < b for a, b in inside)
                for p in self.reader.persons(tokens(text, start, end), in_list=True)
            )
        )

    def _value_cell(self, text: str, start: int, end: int) -> list[tuple[Mention, str]] | None:
        """The people of a line that is only names joined by commas and "och", each group
        perhaps closed by "ordinarie" or "ersättare" ("A och B, C ersättare"), with their
        seats; None for any other line. A name the reader does not take (a form it does not
        know) holds its place in the line and gets nothing."""
        people = self.reader.persons(tokens(text, start, end), in_list=True)
        if not people:
            return None
        out: list[tuple[Mention, str]] = []
        group: list[Mention | None] = []
        pos = start
        parts = re.split(r"(,|[ \t]+(?:och|samt)[ \t]+)", text[start:end])
        for n, part in enumerate(parts):
            at, pos = pos, pos + len(part)
            if n % 2:
                if part == ",":
                    out += [(g, "member") for g in group if g is not None]
                    group = []
                continue
            mt = re.fullmatch(
                r"[ \t]*((?:[A-ZÅÄÖ][\w-]*[ \t]+){1,3}[A-ZÅÄÖ][\w-]*)"
                r"(?:[ \t]+(ordinarie|ersättare|suppleant|suppleanter))?[ \t]*",
                part,
            )
            if mt is None:
                return None
            a, b = at + mt.start(1), at + mt.end(1)
            person = next((p for p in people if a <= p.start < b), None)
            if person is not None and (person.start, person.end) != (a, b):
                return None  # "Liikuntatoimenjohtaja Olli Oja", two names run together
            group.append(person)
            if mt.group(2):
                role = self.lex.column(mt.group(2))
                out += [(g, role or "member") for g in group if g is not None]
                group = []
        return out + [(g, "member") for g in group if g is not None]

    def _spaced_name_rows(self, text: str, out: Walk) -> None:
        """A board's table flattened with single spaces between its cells: a header line that
        begins with the name column's word and has two capitalised column words more ("Namn
        Utbildning Ort Post i styrelsen", "Nimi Koulutus Kotipaikka Tehtävä"), then a row a
        line, each beginning with a person's name ("Aino Berg Ekonom Testby Ordförande Kontakt
        till skolorna"). Each person is a member of the body the header or the line just above
        it names ("Styrelsen ser i år ut så här:"), or holds the office word in the row's cells
        ("Ordförande", "Vice ordförande"; "Tutoransvarig", a duty, no office). The name is the
        row's first two words (a third only where voikko reads the second as a first name
        alone: "Anna Maria Berg"); the rest is other cells, where the rules read no one. Read
        with two rows or more; the table ends at the first line that begins with no name. A
        row whose name the rules already read keeps that reading."""
        lines = [(mt.start(), mt.group()) for mt in re.finditer(r"[^\n]+", text)]
        for k, (hs, header) in enumerate(lines):
            words = header.split()
            if len(words) < 3 or self.lex.column(words[0]) != "name":
                continue
            if re.search(r"[\d.,;!?]", header) or sum(w[:1].isupper() for w in words[1:]) < 2:
                continue
            rows: list[tuple[int, int, Mention]] = []
            for ls, line in lines[k + 1 :]:
                if not line.strip():
                    continue
                person = self._spaced_row_name(text, ls, ls + len(line))
                if person is None:
                    break
                rows.append((ls, ls + len(line), person))
            body = self._spaced_table_body(text, lines[:k], hs, hs + len(header))
            if len(rows) < 2 or body is None:
                continue
            # what the rules read in the header or in a row's other cells is no one ("Ekonomi
            # Testby"); a name they read as the row's own name keeps their reading
            names = {(p.start, p.end) for _, _, p in rows}
            cut = [(hs, hs + len(header))] + [(p.start, le) for _, le, p in rows]
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership"
                or (f.actor.start, f.actor.end) in names
                or not any(a <= f.actor.start < b for a, b in cut)
            ]
            read = {(f.actor.start, f.actor.end) for f in out.findings if f.kind == "membership"}
            for ls, le, person in rows:
                if (person.start, person.end) not in read:
                    role = self._spaced_row_office(text[person.end : le])
                    out.findings.append(
                        Finding("membership", person, role, body, (ls, le), 0.6, "spaced-name-rows")
                    )

    def _spaced_row_name(self, text: str, start: int, end: int) -> Mention | None:
        """The person's name that begins a row of such a table, or None for a line that is no
        row: a sentence ("Aino Berg är ordförande."), a name run into a comma, a post's, a
        body's or an organisation's word among the name's words."""
        line = text[start:end]
        if line.rstrip().endswith((".", "?", "!", ":")):
            return None
        names = []
        pos = len(line) - len(line.lstrip())
        while len(names) < 3 and (mt := _SPACED_NAME_WORD.match(line, pos)) is not None:
            names.append(mt)
            pos = mt.end() + len(line[mt.end() :]) - len(line[mt.end() :].lstrip())
        if len(names) < 2:
            return None
        if len(names) == 3 and not (
            self.reader.morph.name == "voikko"
            and self.reader.word_classes(names[1].group()) == {m.FIRST_NAME}
            and self.reader.word_classes(names[2].group()) & {m.SURNAME, m.FIRST_NAME}
        ):
            names = names[:2]
        said = [n.group() for n in names]
        rest = line[names[-1].end() :].split()
        if rest and rest[0][:1].islower() and self.lex.role_of(rest[0]) is None:
            return None  # "Aino Berg är vald …": prose, no row
        if any(
            self.lex.role_of(w)
            or self.lex.body_kind(w.casefold())
            or self._org_word(w)
            or w.casefold() in self.lex.not_names
            for w in said
        ):
            return None
        s, e = start + names[0].start(), start + names[-1].end()
        return Mention(s, e, text[s:e], " ".join(said), "person", 0.6, "nom")

    def _spaced_row_office(self, cells: str) -> str:
        """The seat the first office word among a row's cells gives ("Vice ordförande och
        PR-ansvarig": vice_chair), "member" when there is none."""
        words = cells.split()
        for k in range(len(words)):
            for n in (2, 1):
                role = self.lex.role_of(" ".join(words[k : k + n]))
                if role in _SPACED_ROW_SEATS:
                    return role
        return "member"

    def _spaced_table_body(
        self, text: str, above: list[tuple[int, str]], start: int, end: int
    ) -> Mention | None:
        """The one body such a table's header names ("Post i styrelsen"), else the one the
        last line above the header names ("Styrelsen ser i år ut så här:"); None when neither
        names exactly one."""
        spans = [(start, end)]
        last = next(((s, line) for s, line in reversed(above) if line.strip()), None)
        if last is not None:
            spans.append((last[0], last[0] + len(last[1])))
        for s, e in spans:
            bodies = [b for b in self.reader.bodies(tokens(text, s, e)) if not b.plural]
            if len({b.name.casefold() for b in bodies}) == 1:
                b = bodies[0]
                name = b.name[:1].upper() + b.name[1:]
                return Mention(b.start, b.end, b.written, name, "body", 0.55)
            if bodies:
                return None
        return None

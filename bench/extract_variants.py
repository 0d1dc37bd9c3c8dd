"""Layout variants of composition lists: made-up pages scored against what they state.

Each page names one or two bodies and their composition (chair, vice chair, secretary,
members, deputies) in layouts that real public pages use, each aspect of the layout chosen
independently per page, so that the ordinary layouts occur in combinations the rules were
not written on. The generator writes down the expected rows (person, role, body); the
extractor reads the page; the rows are compared as ``bench/extract_eval.py`` compares the
held-out sets (names in any word order, bodies by :func:`extract_eval._same_body`).

The dimensions (:data:`DIMENSIONS`): the heading that names the body, the order of a
person's names, what follows a name (a title, an organisation, a town, a party, a phone or
an e-mail), how the roles are marked, how deputies are given, what separates the people,
and noise that must give no row (an intro, a contact line, a photo credit, a meeting time,
a list of applicants or candidates). Everything is made up: first names and surnames from
lists of common ones, municipalities from invented parts.

    python bench/extract_variants.py                      # 600 pages, both languages
    python bench/extract_variants.py --seed 2 --count 200 --lang sv
    python bench/extract_variants.py --only roles=glued   # pages with that value only
    python bench/extract_variants.py --dump /tmp/variants # the failing pages, for reading
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

import extract_eval  # noqa: E402
from extract_eval import Score, _name_key, _same_body, _unmatched  # noqa: E402
from synth import _FIRST, _HEADS, _LAST, _TAILS  # noqa: E402

Row = tuple[str, str, str]  # person, role, body

# -- made-up names -----------------------------------------------------------------------------

_SV_FIRST = (
    "Anna", "Erik", "Johan", "Maria", "Karin", "Lars", "Henrik", "Sofia", "Mikael", "Emma",
    "Kristina", "Peter", "Camilla", "Fredrik", "Ulrika", "Patrik", "Birgitta", "Stefan",
    "Annika", "Mats", "Ingrid", "Jonas", "Linnea", "Tobias",
)  # fmt: skip
_SV_LAST = (
    "Lindqvist", "Holmström", "Eriksson", "Nyström", "Sundström", "Lindberg", "Björklund",
    "Forsman", "Wikström", "Åberg", "Lundqvist", "Söderberg", "Ekholm", "Backman", "Blomqvist",
    "Nordström", "Sjöberg", "Häggblom", "Westerlund", "Grönroos", "Fagerström", "Strandberg",
)  # fmt: skip
# Swedish place names made of common parts, with their genitive ("Björkviks")
_SV_HEADS = ("Björk", "Gran", "Ek", "Lind", "Sjö", "Strand", "Berg", "Ås", "Holm", "Hag")
_SV_TAILS = ("vik", "by", "näs", "sund", "dal", "å", "backa", "näs", "ö", "stad")

# -- bodies of the field ------------------------------------------------------------------------

# Finnish: (nominative, genitive, illative, inessive of the short word)
_FI_BODIES = (
    ("hyvinvointiryhmä", "hyvinvointiryhmän", "hyvinvointiryhmään"),
    ("hyte-ohjausryhmä", "hyte-ohjausryhmän", "hyte-ohjausryhmään"),
    (
        "terveyden edistämisen työryhmä",
        "terveyden edistämisen työryhmän",
        "terveyden edistämisen työryhmään",
    ),
    ("vanhusneuvosto", "vanhusneuvoston", "vanhusneuvostoon"),
    ("vammaisneuvosto", "vammaisneuvoston", "vammaisneuvostoon"),
    ("nuorisovaltuusto", "nuorisovaltuuston", "nuorisovaltuustoon"),
    ("järjestöneuvottelukunta", "järjestöneuvottelukunnan", "järjestöneuvottelukuntaan"),
    ("hyvinvointilautakunta", "hyvinvointilautakunnan", "hyvinvointilautakuntaan"),
    ("hallitus", "hallituksen", "hallitukseen"),  # an association's board
)
_FI_ASSOCIATIONS = ("Eläkkeensaajat ry", "Reumayhdistys ry", "Sydänyhdistys ry", "Kyläyhdistys ry")
# Swedish: (indefinite, definite, the short word a sentence refers back with)
_SV_BODIES = (
    ("äldreråd", "äldrerådet", "rådet"),
    ("funktionshinderråd", "funktionshinderrådet", "rådet"),
    ("ungdomsfullmäktige", "ungdomsfullmäktige", "ungdomsfullmäktige"),
    ("styrelse", "styrelsen", "styrelsen"),  # an association's board
    ("arbetsgrupp för välfärd", "arbetsgruppen för välfärd", "arbetsgruppen"),
    ("folkhälsogrupp", "folkhälsogruppen", "gruppen"),
)
_SV_ASSOCIATIONS = ("Pensionärer rf", "Marthaförening rf", "Byaförening rf", "Hembygdsförening rf")

_FI_TITLES = (
    "sivistysjohtaja", "hyvinvointikoordinaattori", "perusturvajohtaja", "vapaa-aikasihteeri",
    "nuorisosihteeri", "rehtori", "terveydenhoitaja", "liikuntasuunnittelija",
)  # fmt: skip
_SV_TITLES = (
    "bildningsdirektör", "välfärdskoordinator", "ungdomssekreterare", "rektor",
    "hälsovårdare", "fritidschef",
)  # fmt: skip
_FI_ORGS = ("Eläkeliitto ry", "Reumayhdistys ry", "MLL:n paikallisyhdistys", "Martat ry")
_SV_ORGS = ("Folkhälsan rf", "Pensionärsföreningen rf", "Marthaföreningen rf", "FDUV rf")
_FI_PARTIES = ("kok.", "sd.", "kesk.", "vihr.", "ps.", "vas.")
_SV_PARTIES = ("SFP", "SDP", "Saml.", "C", "Gröna")

# role words: (Finnish, its abbreviation, Swedish, its abbreviation)
_ROLE_WORDS = {
    "chair": ("puheenjohtaja", "pj.", "ordförande", "ordf."),
    "vice_chair": ("varapuheenjohtaja", "vpj.", "vice ordförande", "vice ordf."),
    "secretary": ("sihteeri", "siht.", "sekreterare", "sekr."),
    "member": ("jäsen", "j.", "ledamot", "led."),
    "deputy_member": ("varajäsen", "vj.", "ersättare", "ers."),
}
_SECTIONS = {  # the plural heading of a section of the list
    "fi": {
        "chair": "Puheenjohtaja",
        "vice_chair": "Varapuheenjohtaja",
        "secretary": "Sihteeri",
        "member": "Jäsenet",
        "deputy_member": "Varajäsenet",
    },
    "sv": {
        "chair": "Ordförande",
        "vice_chair": "Vice ordförande",
        "secretary": "Sekreterare",
        "member": "Ledamöter",
        "deputy_member": "Ersättare",
    },
}

# -- the dimensions ------------------------------------------------------------------------------
# Every value is a layout real pages use; the comment names one page of bench/extract/ that
# has it.

DIMENSIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "heading": {
        # line: "Tuusniemen hyvinvointiryhmä" (heldout/tuusniemi-hyvinvointiryhma.txt)
        # colon: "Vammaisneuvosto:" (heldout18/heinola-vammaisneuvosto.txt)
        # composition: "Vammaisneuvoston kokoonpano" (heldout13/leppavirta-vammaisneuvosto.txt)
        # members_of: "Vammaisneuvoston jäsenet" (heldout10/pomarkku-vammaisneuvosto.txt)
        # belong: "Lautakuntaan kuuluvat:" (heldout11/salo-vapaa-ajan-lautakunta.txt)
        # serve_as: "... jäseninä toimivat" (heldout12/ypaja-vanhusneuvosto.txt)
        # intro_then_members: an intro naming the body, then "Jäsenet:" / "Ledamöter:"
        # (dev/oulainen-vammaisneuvosto.txt, dev/korsholm-ungdomsfullmaktige-sv.txt)
        # line, colon in Swedish: "Funktionsrättsrådet" (dev/jarfalla-funktionsrattsradet-sv.txt),
        # "...rådet:" (heldout21/ovanaker-tillganglighetsradet-sv.txt)
        # consists_of: "Styrelsen består av:" (heldout55/hjarnkoll-orebro-lan-styrelse-2020-sv.txt)
        # members_in: "Ledamöter i ...:" (heldout18/halmstad-pensionarsrad-sv.txt)
        # prose_in: "I rådet ingår ..." (heldout21/ovanaker-tillganglighetsradet-sv.txt), names
        # run in a "sitter" sentence (heldout20/karlstad-ungdomsfullmaktige-uutinen-sv.txt)
        "fi": (
            "line",
            "colon",
            "composition",
            "members_of",
            "belong",
            "serve_as",
            "intro_then_members",
        ),
        "sv": ("line", "colon", "consists_of", "members_in", "prose_in", "intro_then_members"),
    },
    "names": {
        # first_last everywhere; last_first: "Koponen Hilkka"
        # (heldout23/varkaus-vanhusneuvosto.txt);
        # last_comma_first one a line (heldout20/kotka-nuorisovaltuusto.txt)
        "fi": ("first_last", "last_first", "last_comma_first"),
        "sv": ("first_last", "last_first", "last_comma_first"),
    },
    "after": {
        # title: ", nuorisosihteeri" (dev/mantsala-nuorisovaltuusto.txt); title_before
        # (heldout38/keski-suomen-kylat-hallitus.txt); org_paren "(... ry)"
        # (heldout16/tyrnava-vanhusneuvosto.txt); org_slash " / ... ry"
        # (dev/itauusimaa-kumppanuuspoyta-hakijat-fi.txt); org_comma ", ... ry"
        # (heldout11/nurmes-ikaantyvien-neuvosto.txt); town ", Kotka"
        # (heldout20/kotka-nuorisovaltuusto.txt), "från ..." (dev4/vasa-ungdomsfullmaktige-sv.txt);
        # party "(kok.)" (heldout12/iitti-kunnanhallitus.txt), "(SFP)"
        # (dev4/jonkoping-pensionarsrad-sv.txt); contact_same ", puh. 040 ..."
        # (heldout13/ii-nuorisovaltuusto.txt); contact_next: the phone or e-mail on the next
        # line (heldout16/ylitornio-nuorisovaltuusto.txt, heldout11/raisio-vanhusneuvosto.txt)
        "fi": (
            "none",
            "title",
            "title_before",
            "org_paren",
            "org_slash",
            "org_comma",
            "town",
            "party",
            "contact_same",
            "contact_next",
        ),
        "sv": (
            "none",
            "title",
            "title_before",
            "org_paren",
            "org_slash",
            "org_comma",
            "town",
            "party",
            "contact_same",
            "contact_next",
        ),
    },
    "roles": {
        # paren "(puheenjohtaja)" (heldout13/ii-nuorisovaltuusto.txt), "(ordförande)"
        # (dev/kauniainen-styrgrupp-sv.txt); paren_abbr "(pj.)"
        # (heldout12/ikaalinen-vammaisneuvosto.txt), "(ordf.)"
        # (heldout59/hrf-ornskoldsvik-arsmote-2021-sv.txt); comma ", puheenjohtaja"
        # (dev/mantsala-nuorisovaltuusto.txt), ", ordförande"
        # (heldout22/bollnas-tillganglighetsradet-sv.txt);
        # label_colon "Puheenjohtaja: X" (heldout15/askola-nuorisovaltuusto.txt), "Ordförande: X"
        # (heldout2/sottunga-aldrerad-sv.txt); label_space "Puheenjohtaja X"
        # (heldout12/kankaanpaa-vanhusneuvosto.txt), "Ordförande X"
        # (heldout19/turku-ungdomsfullmaktige-sv.txt); label_line: the label on its own line
        # (heldout/tuusniemi-hyvinvointiryhma.txt, dev4/jonkoping-pensionarsrad-sv.txt);
        # sections "Jäsenet" / "Varajäsenet" (heldout10/pomarkku-vammaisneuvosto.txt),
        # "Ersättare" (dev4/soderhamn-pensionarsrad-sv.txt); glued "... MeikäläinenJäsen"
        # (heldout21/pyhtaa-nuorisovaltuusto.txt), "...Ledamot" (heldout59/sffi-fullmaktige-sv.txt);
        # prose "Puheenjohtajana toimii X" (heldout14/jokioinen-vanhusneuvosto.txt), "Till
        # ordförande valdes X" (heldout10/eckero-ledning-sv.txt)
        "fi": (
            "paren",
            "paren_abbr",
            "comma",
            "label_colon",
            "label_space",
            "label_line",
            "sections",
            "glued",
            "prose",
        ),
        "sv": (
            "paren",
            "paren_abbr",
            "comma",
            "label_colon",
            "label_space",
            "label_line",
            "sections",
            "glued",
            "prose",
        ),
    },
    "deputies": {
        # paren "(varajäsen Y)" (heldout11/nurmes-ikaantyvien-neuvosto.txt), "(ersättare Y)"
        # (heldout10/eckero-ledning-sv.txt); paren_abbr "(vj. Y)"
        # (heldout14/oripaa-kunnanhallitus.txt); paren_personal ", personlig ersättare Y"
        # (heldout7/lojo-aldrerad-sv.txt); a "Jäsen Varajäsen" table flattened: table_spaces
        # (heldout2/viitasaari-vanhusneuvosto.txt), table_one_space
        # (heldout12/kankaanpaa-vanhusneuvosto.txt), table_glued
        # (heldout23/varkaus-vanhusneuvosto.txt, heldout59/sffi-fullmaktige-sv.txt), table_pipe
        # (heldout4/kymenhva-vammaisneuvosto.txt); list: a separate "Varajäsenet" / "Ersättare"
        # list (dev4/pelkosenniemi-vanhusneuvosto.txt, dev4/skane-pensionarsrad-sv.txt)
        "fi": (
            "none",
            "paren",
            "paren_abbr",
            "table_spaces",
            "table_one_space",
            "table_glued",
            "table_pipe",
            "list",
        ),
        "sv": ("none", "paren", "paren_personal", "table_glued", "list"),
    },
    "separator": {
        # line everywhere; bullet_dot "•" (dev/itauusimaa-kumppanuuspoyta-hakijat-fi.txt);
        # bullet_dash "-" (heldout16/ylitornio-nuorisovaltuusto.txt); numbered "1."
        # (heldout19/lund-funktionshinderradet-sv.txt); comma_run "A, B ja C"
        # (heldout40/kuurojen-liitto-hallitus.txt), "A, B och C"
        # (heldout15/kronoby-ungdomsfullmaktige-sv.txt); semicolons
        # (heldout51/rpg-forbundsstyrelse-2021-sv.txt)
        "fi": ("line", "bullet_dot", "bullet_dash", "numbered", "comma_run", "semicolons"),
        "sv": ("line", "bullet_dot", "bullet_dash", "numbered", "comma_run", "semicolons"),
    },
    "noise": {
        # intro (heldout/tuusniemi-hyvinvointiryhma.txt); contact "Lisätietoja: hallintojohtaja
        # X, p. ..." (heldout26/etela-savon-liitto-kokoustiedote-uutinen.txt), "Mer information
        # förvaltningssakkunnig X tfn ..." (heldout7/lojo-aldrerad-sv.txt); photo "Kuva: X"
        # (heldout30/kaleva-haapavesi-ryhma-uutinen.txt), "Foto: X"
        # (heldout33/torsby-kommunstyrelse-uutinen-sv.txt); meeting times
        # (heldout11/raisio-vanhusneuvosto.txt, dev/korsholm-ungdomsfullmaktige-sv.txt);
        # applicants "Hakijat ...:" / "Sökanden ...:" and a list
        # (dev/itauusimaa-kumppanuuspoyta-hakijat-fi.txt,
        # dev/itauusimaa-partnerskapsbord-sokande-sv.txt)
        "fi": ("none", "intro", "contact", "photo", "meeting", "applicants"),
        "sv": ("none", "intro", "contact", "photo", "meeting", "applicants"),
    },
}

_LINE_SEPARATORS = ("line", "bullet_dot", "bullet_dash", "numbered")
_INLINE_ROLES = ("paren", "paren_abbr", "comma", "label_colon", "label_space")
_TABLE_SEP = {
    "table_spaces": "    ",
    "table_one_space": " ",
    "table_glued": "",
    "table_pipe": " | ",
}
_TABLE_HEADS = {  # the head of a flattened "member, deputy" table: (member, deputy)
    "fi": (
        ("Jäsen", "Henkilökohtainen varajäsen"),
        ("Jäsenet", "Varajäsenet"),
        ("Jäsen", "Varajäsen"),
    ),
    "sv": (("Ledamot", "Ersättare"),),
}


def _conflicts(d: dict[str, str]) -> list[tuple[str, str]]:
    """The dimensions of a page that cannot go together: (the one to draw again, the other)."""
    out = []
    run = d["separator"] not in _LINE_SEPARATORS
    if d["heading"] == "prose_in" and d["separator"] != "comma_run":
        out.append(("separator", "heading"))  # the people run in the sentence
    if d["names"] == "last_comma_first":
        # "Suku, Etu" as registers and tables print names: one a line, never inside brackets,
        # a sentence, glued to a role or after a title
        if run:
            out.append(("names", "separator"))
        if d["deputies"].startswith("paren"):
            out.append(("deputies", "names"))
        if d["roles"] in ("prose", "glued"):
            out.append(("roles", "names"))
        if d["after"] == "title_before":
            out.append(("after", "names"))
    if d["after"] in ("contact_next", "contact_same") and run:
        out.append(("after", "separator"))
    if d["separator"] == "comma_run":
        # a comma run of entries that have commas of their own ("A, rehtori, B, Kylälä") is
        # ambiguous to a person too: pages that write such entries in one line use semicolons
        if d["after"] in ("title", "org_comma", "town"):
            out.append(("after", "separator"))
        if d["roles"] == "comma":
            out.append(("roles", "separator"))
        if d["deputies"] == "paren_personal":
            out.append(("deputies", "separator"))
    if d["roles"] == "label_line" and d["separator"] != "line":
        out.append(("roles", "separator"))  # a label line, then the name: no marks
    if d["roles"] == "glued":
        # a flattened table: one person a line, the name and the role only
        if d["separator"] != "line":
            out.append(("separator", "roles"))
        if d["deputies"] not in ("none", "list"):
            out.append(("deputies", "roles"))
        if d["after"] != "none":
            out.append(("after", "roles"))
    if d["deputies"].startswith("table"):
        if d["separator"] != "line":
            out.append(("separator", "deputies"))
        if d["roles"] not in _INLINE_ROLES:
            out.append(("roles", "deputies"))
        if d["after"] == "contact_next":
            out.append(("after", "deputies"))
        if d["deputies"] == "table_one_space" and d["after"] != "none":
            out.append(("after", "deputies"))  # bare names only
        if d["deputies"] == "table_glued" and d["after"] not in ("none", "party", "org_paren"):
            out.append(("after", "deputies"))
    if d["heading"] == "prose_in":
        if d["roles"] in ("label_line", "label_colon", "sections", "glued"):
            out.append(("roles", "heading"))
        if d["deputies"] not in ("none", "paren", "list"):
            out.append(("deputies", "heading"))
    return out


# -- pages -------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Page:
    """A made-up page: its text, language, layout and the rows it states."""

    number: int
    lang: str
    dims: dict[str, str]
    text: str = ""
    expected: list[Row] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)  # people who hold no seat


class _Writer:
    """Writes one page: the people, bodies and lines for a layout."""

    def __init__(self, rng: random.Random, lang: str, dims: dict[str, str]):
        self.rng, self.lang, self.d = rng, lang, dims
        self.used: set[tuple[str, str]] = set()
        self.fi = lang == "fi"

    # people and places
    def person(self) -> Person:
        rng = self.rng
        while True:
            if self.fi or rng.random() < 0.3:
                first, last = rng.choice(_FIRST), rng.choice(_LAST)
            else:
                first, last = rng.choice(_SV_FIRST), rng.choice(_SV_LAST)
            if (first, last) not in self.used and last not in {u[1] for u in self.used}:
                self.used.add((first, last))
                return Person(first, last)

    def place(self) -> tuple[str, str]:
        """A made-up municipality: (nominative, genitive)."""
        if self.fi:
            head = self.rng.choice(_HEADS)
            tail, tail_gen = self.rng.choice(_TAILS)
            return head + tail, head + tail_gen
        name = self.rng.choice(_SV_HEADS) + self.rng.choice(_SV_TAILS)
        return name, name if name.endswith("s") else name + "s"

    def written(self, p: Person) -> str:
        order = self.d["names"]
        if order == "last_first":
            return f"{p.last} {p.first}"
        if order == "last_comma_first":
            return f"{p.last}, {p.first}"
        return p.name

    def contact(self, p: Person, town: str) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            plain = p.name.lower().replace(" ", ".")
            for a, b in (("ä", "a"), ("ö", "o"), ("å", "a")):
                plain = plain.replace(a, b)
            return f"{plain}@{town.lower().replace('ä', 'a').replace('ö', 'o')}.fi"
        phone = f"040 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
        return ("puh. " if self.fi else "tfn ") + phone

    def role_word(self, role: str, abbr: bool = False) -> str:
        words = _ROLE_WORDS[role]
        return words[(0 if self.fi else 2) + (1 if abbr else 0)]


def _choose(rng: random.Random, lang: str, pinned: dict[str, str]) -> dict[str, str]:
    dims = {k: rng.choice(v[lang]) for k, v in DIMENSIONS.items()}
    dims.update(pinned)
    for attempt in range(500):
        conflicts = _conflicts(dims)
        if not conflicts:
            return dims
        if attempt % 20 == 19:  # a cycle of redraws: start again from fresh values
            dims = {k: rng.choice(v[lang]) for k, v in DIMENSIONS.items()}
            dims.update(pinned)
            continue
        for redraw, other in conflicts:
            if redraw in pinned:
                redraw = other
            if redraw not in pinned:
                dims[redraw] = rng.choice(DIMENSIONS[redraw][lang])
    raise ValueError(f"no page can have {pinned}")


def page(seed: int, number: int, lang: str, pinned: dict[str, str] | None = None) -> Page:
    """The made-up page ``number`` of ``seed`` in ``lang`` (``fi`` or ``sv``), with the
    dimensions in ``pinned`` fixed."""
    rng = random.Random(f"{seed}:{number}:{lang}")
    dims = _choose(rng, lang, pinned or {})
    w = _Writer(rng, lang, dims)
    pg = Page(number, lang, dims)
    blocks = [_body_block(w, pg) for _ in range(2 if rng.random() < 0.25 else 1)]
    noise = _noise(w, pg)
    if noise:
        where = {"intro": "before", "contact": "after", "applicants": "after"}.get(
            dims["noise"], rng.choice(("before", "after"))
        )
        blocks = [noise, *blocks] if where == "before" else [*blocks, noise]
    pg.text = "\n\n".join(blocks) + "\n"
    return pg


def _body_names(w: _Writer) -> dict[str, str]:
    """A body's name in the forms the headings use."""
    rng = w.rng
    town, town_gen = w.place()
    if w.fi:
        nom, gen, ill = rng.choice(_FI_BODIES)
        owner = town_gen
        if nom == "hallitus":
            owner = f"{town_gen} {rng.choice(_FI_ASSOCIATIONS)}:n"
        return {
            "town": town,
            "full": f"{owner} {nom}",
            "gen": f"{owner} {gen}",
            "ill": f"{owner} {ill}",
            "short_gen": gen,
        }
    indef, definite, back = rng.choice(_SV_BODIES)
    if indef == "styrelse":
        assoc = f"{town_gen} {rng.choice(_SV_ASSOCIATIONS)}"
        full = rng.choice((f"{assoc}:s styrelse", f"Styrelsen för {assoc}"))
    elif rng.random() < 0.5:
        full = f"{town_gen} {indef}"
    else:
        full = f"{definite[0].upper()}{definite[1:]} i {town}"
    return {"town": town, "full": full, "definite": definite, "back": back}


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _heading(w: _Writer, names: dict[str, str]) -> tuple[list[str], bool]:
    """The heading lines, and whether a run of names may follow on its last line."""
    h, full = w.d["heading"], names["full"]
    if h == "line":
        return [_cap(full)], False
    if h == "colon":
        return [_cap(full) + ":"], True
    if h == "composition":
        return [_cap(names["gen"]) + " kokoonpano"], False
    if h == "members_of":
        return [_cap(names["gen"]) + " jäsenet"], False
    if h == "belong":
        return [_cap(names["ill"]) + " kuuluvat:"], True
    if h == "serve_as":
        return [_cap(names["gen"]) + " jäseninä toimivat:"], True
    if h == "intro_then_members":
        if w.fi:
            intro = (
                f"{_cap(full)} on kunnan hyvinvoinnin ja terveyden edistämisen yhteistyöelin, "
                "joka kokoontuu noin neljä kertaa vuodessa."
            )
            return [intro, "", "Jäsenet:"], True
        intro = (
            f"{_cap(full)} är ett samarbetsorgan för välfärd och hälsa som sammanträder "
            "ungefär fyra gånger per år."
        )
        return [intro, "", "Ledamöter:"], True
    if h == "consists_of":
        return [_cap(full) + " består av:"], True
    if h == "members_in":
        return [f"Ledamöter i {full}:"], True
    if h == "prose_in":
        return [_cap(full)], False
    raise ValueError(h)


def _entry(w: _Writer, p: Person, role: str, town: str, deputy: Person | None) -> list[str]:
    """The line (or lines) of one person: the name, what follows it, the role where it is
    marked inline, the deputy where it follows in brackets."""
    d, rng = w.d, w.rng
    name = w.written(p)
    after = d["after"]
    extra = ""
    if after == "title":
        extra = ", " + rng.choice(_FI_TITLES if w.fi else _SV_TITLES)
    elif after == "title_before":
        name = rng.choice(_FI_TITLES if w.fi else _SV_TITLES) + " " + name
    elif after == "org_paren":
        extra = f" ({rng.choice(_FI_ORGS if w.fi else _SV_ORGS)})"
    elif after == "org_slash":
        extra = f" / {rng.choice(_FI_ORGS if w.fi else _SV_ORGS)}"
    elif after == "org_comma":
        extra = f", {rng.choice(_FI_ORGS if w.fi else _SV_ORGS)}"
    elif after == "town":
        other, _gen = w.place()
        extra = f", {other}" if w.fi else f" från {other}"
    elif after == "party":
        extra = f" ({rng.choice(_FI_PARTIES if w.fi else _SV_PARTIES)})"
    elif after == "contact_same":
        extra = ", " + w.contact(p, town)
    roles = d["roles"]
    marked = role in ("chair", "vice_chair", "secretary")
    prefix = ""
    if marked and roles == "paren":
        name += f" ({w.role_word(role)})"
    elif marked and roles == "paren_abbr":
        name += f" ({w.role_word(role, abbr=True)})"
    elif marked and roles == "comma":
        name += f", {w.role_word(role)}"
    elif marked and roles == "label_colon":
        prefix = _cap(w.role_word(role)) + ": "
    elif marked and roles == "label_space":
        # capitalised at the start of a line, not inside a sentence
        word = w.role_word(role)
        prefix = (word if d["heading"] == "prose_in" else _cap(word)) + " "
    line = prefix + name + extra
    if roles == "glued":
        line = name + _cap(w.role_word(role))
    if deputy is not None:
        dep = w.written(deputy)
        kind = d["deputies"]
        if kind == "paren":
            line += f" ({w.role_word('deputy_member')} {dep})"
        elif kind == "paren_abbr":
            line += f" ({w.role_word('deputy_member', abbr=True)} {dep})"
        elif kind == "paren_personal":
            line += f", personlig ersättare {dep}"
        elif kind.startswith("table"):
            line += _TABLE_SEP[kind] + dep + (" |" if kind == "table_pipe" else "")
    lines = [line]
    if after == "contact_next":
        lines.append(w.contact(p, town))
    if roles == "label_line":
        lines.insert(0, _cap(w.role_word(role)))
    return lines


def _joined(w: _Writer, entries: list[list[str]]) -> list[str]:
    """People's entries joined by the page's separator."""
    sep = w.d["separator"]
    if sep in ("comma_run", "semicolons"):
        flat = [" ".join(e) for e in entries]
        if sep == "semicolons":
            return ["; ".join(flat)]
        if len(flat) == 1:
            return [flat[0] + "."]
        last = " ja " if w.fi else " och "
        return [", ".join(flat[:-1]) + last + flat[-1] + "."]
    marks = {"bullet_dot": "• ", "bullet_dash": "- "}
    out = []
    for k, e in enumerate(entries, 1):
        mark = f"{k}. " if sep == "numbered" else marks.get(sep, "")
        out.append(mark + e[0])
        out.extend(("  " if mark else "") + x for x in e[1:])
    return out


def _body_block(w: _Writer, pg: Page) -> str:
    rng, d = w.rng, w.d
    names = _body_names(w)
    body, town = names["full"], names["town"]
    officers = [r for r, p in (("chair", 0.85), ("vice_chair", 0.6), ("secretary", 0.45))
                if rng.random() < p]  # fmt: skip
    seats = [(r, w.person()) for r in officers]
    seats += [("member", w.person()) for _ in range(rng.randint(2, 6))]
    has_deputies = d["deputies"] != "none"
    # officers named only in a sentence of their own have no deputy there
    deputies = {
        id(p): w.person()
        for r, p in seats
        if has_deputies and r != "secretary" and (d["roles"] != "prose" or r == "member")
    }
    for r, p in seats:
        pg.expected.append((p.name, r, body))
    for dep in deputies.values():
        pg.expected.append((dep.name, "deputy_member", body))
    inline_deputy = d["deputies"] not in ("none", "list")

    heading, run_on_heading = _heading(w, names)
    roles = d["roles"]
    lines = list(heading)
    if d["heading"] == "prose_in":
        lines[-1] = _cap(body)
        everyone = [
            " ".join(_entry(w, p, r, town, deputies.get(id(p)) if inline_deputy else None))
            for r, p in seats
            if roles in _INLINE_ROLES or r == "member"
        ]
        last = " och "
        verb = rng.choice(("ingår", "sitter"))
        lines.append(f"I {names['back']} {verb} " + ", ".join(everyone[:-1]) + last
                     + everyone[-1] + ".")  # fmt: skip
    elif roles == "sections":
        for role in ("chair", "vice_chair", "secretary", "member"):
            group = [
                _entry(w, p, r, town, deputies.get(id(p)) if inline_deputy else None)
                for r, p in seats
                if r == role
            ]
            if group:
                lines += ["", _SECTIONS[w.lang][role], *_joined(w, group)]
    else:
        listed = [(r, p) for r, p in seats if roles != "prose" or r == "member"]
        entries = [
            _entry(w, p, r, town, deputies.get(id(p)) if inline_deputy else None) for r, p in listed
        ]
        if deputies and d["deputies"].startswith("table"):
            member, deputy = rng.choice(_TABLE_HEADS[w.lang])
            if d["deputies"] == "table_glued" and rng.random() < 0.5:
                member, deputy = member + ":", deputy + ":"
            head = member + _TABLE_SEP[d["deputies"]] + deputy
            lines.append(head + (" |" if d["deputies"] == "table_pipe" else ""))
        body_lines = _joined(w, entries)
        if run_on_heading and d["separator"] in ("comma_run", "semicolons"):
            lines[-1] += " " + body_lines[0]
            lines += body_lines[1:]
        else:
            lines += body_lines
    if roles == "prose":
        said = [(r, w.written(p)) for r, p in seats if r != "member"]
        if said:
            lines += ["", _prose(w, said)]
    if deputies and d["deputies"] == "list":
        lines += ["", _SECTIONS[w.lang]["deputy_member"] + ":"]
        lines += _joined(w, [[w.written(x)] for x in deputies.values()])
    return "\n".join(x for x in lines if x is not None).strip("\n")


def _prose(w: _Writer, said: list[tuple[str, str]]) -> str:
    """The officers in one sentence: "Puheenjohtajana toimii X ja sihteerinä Y.", "Till
    ordförande valdes X och till sekreterare Y."."""
    if w.fi:
        ess = {"chair": "puheenjohtajana", "vice_chair": "varapuheenjohtajana",
               "secretary": "sihteerinä"}  # fmt: skip
        parts = [f"{_cap(ess[said[0][0]])} toimii {said[0][1]}"]
        parts += [f"{ess[r]} {n}" for r, n in said[1:]]
        last = " ja "
    else:
        parts = [f"Till {_ROLE_WORDS[said[0][0]][2]} valdes {said[0][1]}"]
        parts += [f"till {_ROLE_WORDS[r][2]} {n}" for r, n in said[1:]]
        last = " och "
    if len(parts) == 1:
        return parts[0] + "."
    return ", ".join(parts[:-1]) + last + parts[-1] + "."


def _noise(w: _Writer, pg: Page) -> str:
    kind, rng = w.d["noise"], w.rng
    if kind == "none":
        return ""
    if kind == "intro":
        return (
            "Toimielin edistää kuntalaisten hyvinvointia ja osallisuutta. Se tekee aloitteita "
            "ja antaa lausuntoja asioista, jotka koskevat sen toimialaa."
            if w.fi
            else "Organet främjar invånarnas välfärd och delaktighet. Det tar initiativ och "
            "ger utlåtanden i frågor som gäller dess område."
        )
    if kind == "meeting":
        return (
            "Kokoukset pidetään kunnantalolla kuukauden ensimmäisenä tiistaina "
            f"klo {rng.randint(13, 17)}."
            if w.fi
            else f"Mötena hålls i kommunhuset första tisdagen i månaden kl. {rng.randint(13, 17)}."
        )
    p = w.person()
    pg.noise.append(p.name)
    if kind == "contact":
        town, _ = w.place()
        title = rng.choice(_FI_TITLES if w.fi else _SV_TITLES)
        if w.fi:
            return f"Lisätietoja: {title} {p.name}, {w.contact(p, town)}"
        return f"Mer information {title} {p.name}, {w.contact(p, town)}"
    if kind == "photo":
        return f"{'Kuva' if w.fi else 'Foto'}: {p.name}"
    # applicants: a heading, then their names, as the page writes names
    people = [p] + [w.person() for _ in range(rng.randint(1, 3))]
    pg.noise[:] = [x.name for x in people]
    label = (
        "Hakijat jaettuna teemaryhmiin, joihin he hakivat:"
        if w.fi
        else "Sökanden indelade i de temagrupper de sökte till:"
    )
    orgs = _FI_ORGS if w.fi else _SV_ORGS
    return "\n".join([label, *(f" • {w.written(x)} / {rng.choice(orgs)}" for x in people)])


def pages(
    seed: int = 1, count: int = 600, lang: str = "both", pinned: dict[str, str] | None = None
) -> list[Page]:
    """``count`` made-up pages of ``seed``: all Finnish, all Swedish, or alternately both."""
    out = []
    pinned = pinned or {}
    langs = ("fi", "sv") if lang == "both" else (lang,)
    for n in range(count):
        lang_n = langs[n % len(langs)]
        if any(v not in DIMENSIONS[k][lang_n] for k, v in pinned.items()):
            others = [x for x in langs if x != lang_n]
            if not others or any(v not in DIMENSIONS[k][others[0]] for k, v in pinned.items()):
                if any(v in DIMENSIONS[k][x] for x in langs for k, v in pinned.items()):
                    continue
                raise ValueError(f"no page of {lang!r} can have {pinned}")
            lang_n = others[0]
        out.append(page(seed, n, lang_n, pinned))
    return out


# -- scoring -----------------------------------------------------------------------------------


def proposed_rows(text: str, lang: str, morph: str | None = None) -> list[Row]:
    """The memberships held that ``hytegraph extract`` proposes for people in ``text``."""
    from hytegraph.authoring.extract import extract

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.txt"
        path.write_text(text, encoding="utf-8")
        proposals = extract(path, lang=lang, morph=morph, **extract_eval._tagger())
    return [
        (f.actor.name, f.role, f.target.name if f.target else "")
        for f in proposals.facts
        if f.kind == "membership"
        and f.actor.kind == "person"
        and f.status not in ("ended", "planned")
    ]


def _body(proposed: str, expected: str) -> bool:
    """The held-out sets' comparison of bodies; a Swedish name with the place after "i"
    ("Äldrerådet i Björkvik") is also the body without it, as the held-out sets write it."""
    if _same_body(proposed, expected):
        return True
    before, sep, _place = expected.partition(" i ")
    return bool(sep) and _same_body(proposed, before)


def same(p: Row, e: Row) -> bool:
    """The held-out sets' comparison: person in any word order, role, body by its name."""
    return p[1] == e[1] and _name_key(p[0]) == _name_key(e[0]) and _body(p[2], e[2])


HEADLINE = set(extract_eval.HEADLINE)


@dataclass
class Result:
    score: Score = field(default_factory=Score)
    noise_proposed: int = 0
    noise_people: int = 0
    pages: int = 0


def score_page(result: Result, pg: Page, proposed: list[Row]) -> tuple[list[Row], list[Row]]:
    """Adds one page to ``result``; returns its wrong and missed rows."""
    expected = [e for e in pg.expected if e[1] in HEADLINE]
    got = [p for p in proposed if p[1] in HEADLINE]
    groups = ["HEADLINE", f"lang={pg.lang}"] + [f"{k}={v}" for k, v in pg.dims.items()]
    for g in groups:
        result.score.add(g, expected, got, same)
    result.score.add(
        "any role (right person and body)",
        expected,
        got,
        lambda p, e: _name_key(p[0]) == _name_key(e[0]) and _body(p[2], e[2]),
    )
    banned = {_name_key(n) for n in pg.noise}
    result.noise_people += len(banned)
    result.noise_proposed += len({_name_key(p[0]) for p in proposed} & banned)
    result.pages += 1
    return _unmatched(expected, got, same)


def run(
    generated: list[Page],
    morph: str | None = None,
    dump: Path | None = None,
    read: Callable[[str, str], list[Row]] | None = None,
) -> Result:
    """Scores ``generated`` (read by the extractor, or by ``read(text, lang)``)."""
    result = Result()
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
    for pg in generated:
        proposed = read(pg.text, pg.lang) if read else proposed_rows(pg.text, pg.lang, morph)
        wrong, missed = score_page(result, pg, proposed)
        if dump is not None and (wrong or missed):
            _dump(dump, pg, proposed, wrong, missed)
    return result


def _dump(folder: Path, pg: Page, proposed: list[Row], wrong: list[Row], missed: list[Row]) -> None:
    lines = [
        f"# page {pg.number} ({pg.lang})",
        "",
        *(f"- {k}: {v}" for k, v in pg.dims.items()),
        "",
        "```",
        pg.text.rstrip("\n"),
        "```",
        "",
        "expected:",
        *(
            f"  {'MISSED' if e in missed else 'ok    '} {e[1]:<13} {e[0]} @ {e[2]}"
            for e in pg.expected
        ),
        "proposed:",
        *(f"  {'WRONG' if p in wrong else 'ok   '} {p[1]:<13} {p[0]} @ {p[2]}" for p in proposed),
        *(f"noise person: {n}" for n in pg.noise),
        "",
    ]
    (folder / f"page-{pg.number:04d}-{pg.lang}.md").write_text("\n".join(lines), encoding="utf-8")


def report(result: Result) -> str:
    """The headline numbers and a table per dimension value."""
    s = result.score
    tp, fp, fn, p, r = s.row("HEADLINE")
    atp, afp, afn, ap, ar = s.row("any role (right person and body)")
    lines = [
        f"#### Layout variants ({result.pages} pages)",
        "",
        "| facts | right | wrong | missed | precision | recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        f"| **named chairs, vice chairs, secretaries, members, deputies** | {tp} | {fp} | {fn} "
        f"| {p} | {r} |",
        f"| any role (right person and body) | {atp} | {afp} | {afn} | {ap} | {ar} |",
        "",
        f"people of the noise (contacts, photo credits, applicants, candidates) proposed as "
        f"members: {result.noise_proposed} of {result.noise_people}",
        "",
        "| dimension = value | right | wrong | missed | precision | recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    dims = ["lang", *DIMENSIONS]
    for k in dims:
        values = sorted(
            {g.split("=", 1)[1] for g in (*s.tp, *s.fp, *s.fn) if g.startswith(k + "=")}
        )
        order = list(DIMENSIONS[k]["fi"]) + list(DIMENSIONS[k]["sv"]) if k in DIMENSIONS else []
        values.sort(key=lambda v: order.index(v) if v in order else -1)
        for v in values:
            tp, fp, fn, p, r = s.row(f"{k}={v}")
            lines.append(f"| {k} = {v} | {tp} | {fp} | {fn} | {p} | {r} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--lang", choices=("fi", "sv", "both"), default="both")
    parser.add_argument("--dump", type=Path, help="write the failing pages into this folder")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="DIMENSION=VALUE",
        help="only pages with this value (repeatable); dimensions: " + ", ".join(DIMENSIONS),
    )
    parser.add_argument("--morph", choices=("voikko", "fst", "rules"))
    parser.add_argument("--tagger", choices=("on", "off"))
    args = parser.parse_args(argv)
    pinned = {}
    for item in args.only:
        k, _, v = item.partition("=")
        if k not in DIMENSIONS or not any(v in DIMENSIONS[k][x] for x in ("fi", "sv")):
            parser.error(f"--only {item}: no such dimension value")
        pinned[k] = v
    extract_eval.TAGGER = None if args.tagger is None else args.tagger == "on"
    morph = None if args.morph in (None, "voikko") else args.morph
    generated = pages(args.seed, args.count, args.lang, pinned)
    print(report(run(generated, morph, args.dump)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Voikko's Finnish dictionary without the system library: the compiled ``voikko-fi``
transducer that the PyPI package ``pyvoikko`` carries, looked up with ``kfst`` (its Rust
companion ``kfst-rs`` where a wheel exists), and its raw output read here into the attributes
libvoikko gives (word class, case, number, question clitic, base form).

A pip install then reads Finnish names as a machine with Debian's ``libvoikko1`` and
``voikko-fi`` does. libvoikko itself stays first where it is installed (it is faster);
``bench/extract_voikkofst.py`` compares the two over every word of the extractor's documents.

The transducer writes one reading as tags and letters, for example
``[Les][Xp]Virtanen[X]virta[Sg][Ny]sen`` for "Virtasen": ``[L…]`` a word class, ``[S…]`` a
case, ``[N…]`` a number, ``[Xp]…[X]`` the basic form of the part that follows, ``[Bc]`` a
boundary between the parts of a compound (``[Bh]`` one that may carry a hyphen), ``[I…]``
information flags and ``[F…]`` clitics. The letters outside ``[X…]…[X]`` spell the word.
Readings of a compound that libvoikko rejects (a hyphen where Finnish spelling has none, or none
where it needs one) are rejected here by the same rules of spelling.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

#: Word classes by tag, in libvoikko's Finnish names.
CLASSES = {
    "n": "nimisana",
    "l": "laatusana",
    "nl": "nimisana_laatusana",
    "h": "huudahdussana",
    "ee": "etunimi",
    "es": "sukunimi",
    "ep": "paikannimi",
    "em": "nimi",
    "t": "teonsana",
    "a": "lyhenne",
    "s": "seikkasana",
    "u": "lukusana",
    "ur": "lukusana",
    "r": "asemosana",
    "c": "sidesana",
    "d": "suhdesana",
    "k": "kieltosana",
    "p": "etuliite",
}
#: Cases by tag.
CASES = {
    "n": "nimento",
    "g": "omanto",
    "p": "osanto",
    "es": "olento",
    "tr": "tulento",
    "ine": "sisaolento",
    "ela": "sisaeronto",
    "ill": "sisatulento",
    "ade": "ulkoolento",
    "abl": "ulkoeronto",
    "all": "ulkotulento",
    "ab": "vajanto",
    "ko": "seuranto",
    "in": "keinonto",
    "sti": "kerrontosti",
    "ak": "kohdanto",
}
_NUMBERS = {"y": "singular", "m": "plural"}
_VOWELS = frozenset("aeiouyäöå")
#: A tag or one letter of the transducer's output.
_ITEM = re.compile(r"\[([^\]]*)\]|([^\[])")
#: At most this many outputs are read for one word (libvoikko's limit).
_MOST = 99


@dataclass(frozen=True)
class Reading:
    """One reading of a word, with libvoikko's attribute values. In ``baseform`` the letters
    taken from the word are in lower case (the word is looked up in lower case; the caller gives
    them the word's capitals, as :func:`~hytegraph.authoring.extract.morphology.keep_case`
    does) and those of the dictionary's basic form as it writes them ("Virtanen")."""

    baseform: str | None
    word_class: str | None
    case: str | None
    number: str | None
    question_clitic: bool


def _items(output: str) -> list[tuple[int, str | None, str | None]]:
    """The output as (position, tag, letter): a tag's name without brackets, or one letter."""
    return [(m.start(), m.group(1), m.group(2)) for m in _ITEM.finditer(output)]


def _spelt_right(items: list[tuple[int, str | None, str | None]], output: str) -> bool:
    """Whether the hyphens at the compound's boundaries are where Finnish spelling puts them:
    between two equal vowels or after a digit, and nowhere else unless a flag allows one
    (``[Isf]``, ``[Icu]``, a first part ending in "-is"); and a compound that begins with a
    proper name does not end in a common noun unless that noun may end such a name (``[Ica]``)."""
    last = before_last = ""
    boundary = hyphen = allowed = allowed_now = required = missing = False
    proper_first = common_last = False
    skip_to_x = False
    k = 0
    while k < len(items):
        pos, tag, letter = items[k]
        k += 1
        if skip_to_x:
            if tag == "X":
                skip_to_x = False
            continue
        if tag is not None:
            if tag.startswith("X") and tag != "X":
                skip_to_x = True
            elif tag.startswith("Isf"):
                allowed = allowed_now = True
            elif tag.startswith("Icu"):
                boundary = False
                allowed = required = True
            elif tag.startswith("Ica"):
                missing = common_last = False
            elif tag.startswith("Le"):
                proper_first, common_last = True, False
            elif tag.startswith("Ln"):
                common_last = True
            elif tag.startswith("Dg"):
                proper_first = False
            elif tag == "Bh":
                boundary, hyphen = True, False
                if missing:
                    return False
                if required:
                    missing = True
            continue
        if letter == "-":
            proper_first = common_last = False
            if output.startswith("[Bh]", pos + 1) and pos + 5 < len(output):
                boundary = hyphen = True
                k += 1  # the [Bh] after it
            continue
        if boundary:
            if not last or (before_last == "i" and last == "s"):
                allowed = True
            if required and hyphen:
                required = False
            if not (allowed and hyphen):
                a, b = last.lower(), letter.lower()
                needs = (a == b and a in _VOWELS) or a.isdigit()
                if needs != hyphen:
                    return False
            boundary = False
            if allowed_now:
                allowed_now = False
            else:
                allowed = False
        before_last, last = last, letter
    return not missing and not (proper_first and common_last)


def _attributes(items: list[tuple[int, str | None, str | None]], output: str) -> tuple:
    """Word class, case, number and question clitic, read from the end of the output (the
    last part of a compound decides)."""
    word_class = case = number = comparison = participle = None
    class_set = adverbial = clitic = compound_seen = False
    for pos, tag, _letter in reversed(items):
        if not tag:
            continue
        head = tag[:1]
        if head == "L":
            if not class_set:
                if tag == "Lnl":
                    plain = adverbial or comparison in ("comparative", "superlative")
                    plain = plain or output.startswith("[Lu]")
                    word_class = word_class or ("laatusana" if plain else "nimisana_laatusana")
                else:
                    word_class = word_class or CLASSES.get(tag[1:])
                class_set = True
        elif head == "N":
            if word_class not in ("etuliite", "seikkasana") and number is None:
                number = _NUMBERS.get(tag[1:])
        elif head == "S":
            if word_class not in ("etuliite", "seikkasana"):
                if case is None:
                    case = CASES.get(tag[1:])
                if tag == "Ssti":
                    adverbial = True
        elif head == "C":
            if word_class is None and comparison is None:
                comparison = {"Cc": "comparative", "Cs": "superlative"}.get(tag)
        elif head == "R" and not compound_seen and participle is None:
            if word_class in (None, "laatusana") or output.endswith("[Ln]"):
                participle = tag[1:]
        elif tag == "Fko":
            clitic = True
        elif tag == "Bc" and pos >= 5:
            # a boundary after a hyphen at the end: a prefix ("astma-")
            hyphen = output[pos - 1] == "-" or output.startswith("-[Bh]", pos - 5)
            if not class_set and word_class is None and hyphen:
                word_class, class_set = "etuliite", True
            compound_seen = True
    if participle == "t":  # a past passive participle is an adjective ("kuultu")
        word_class = "laatusana"
    if case == "kerrontosti":  # "kansainvälisesti" has no number
        number = None
    return word_class, case, number, clitic


def _numeral(rest: str) -> str | None:
    """A numeral's basic form from the output after its first ``[Lu]``: digits as written
    ("102:a" → "102"), a spelt numeral from its parts' ``[Xp]`` ("kahdenkymmenen" →
    "kaksikymmentä"); None where the numeral ends as a prefix or turns into a noun or an
    adjective (then the general rule applies)."""
    out: list[str] = []
    in_lemma = in_hidden = in_tag = digits = passed = False
    i, n = 0, len(rest)
    while i < n:
        ch = rest[i]
        if i == 0 and (ch.isdigit() or ch == "-"):
            digits = True
        if ch == "[":
            if digits:
                digits, passed = False, True
            if i + 2 >= n:
                return None
            head = rest[i : i + 4]
            if head in ("[Xp]", "[Xj]") and i + 6 < n:
                in_lemma, i = True, i + 3
            elif head == "[Xr]" and i + 6 < n:
                in_hidden, i = True, i + 3
            elif head == "[Bc]" and i + 4 == n:
                return None
            elif head == "[Bc]" and i + 6 < n:
                passed, i = False, i + 3
            elif i + 6 < n and (head in ("[Ln]", "[Ll]") or rest.startswith("[Lnl]", i)):
                return None
            elif rest.startswith("[X]", i):
                if in_lemma:
                    in_lemma, passed = False, True
                in_hidden, i = False, i + 2
            else:
                in_tag = True
        elif in_hidden:
            pass
        elif in_tag:
            in_tag = ch != "]"
        elif in_lemma or digits or not passed or ch == "-":
            out.append(ch)
        i += 1
    return "".join(out)


def _baseform(items: list[tuple[int, str | None, str | None]], output: str) -> str | None:
    """The basic form: the letters of the word up to its last part, then that part's basic
    form from ``[Xp]`` (a place name's first part too, "Isolla-Britannialla" → "Iso-Britannia")."""
    out: list[str] = []
    in_lemma = in_hidden = False
    lemma: str | None = None  # the latest [Xp] … [X], while it still applies
    lemma_at = 0
    lemma_hyphens = 0
    derived = ignore_derived = class_seen = False
    for pos, tag, letter in items:
        if tag is not None:
            if tag == "Lu" and not class_seen and pos + 10 < len(output):
                numeral = _numeral(output[pos + 4 :])
                if numeral is not None:
                    return "".join(out) + numeral or None
            if tag == "X":
                in_lemma = in_hidden = False
            elif tag in ("Xp", "Xj"):
                in_lemma = True
                end = output.find("[", pos + 4)
                lemma = output[pos + 4 : end if end >= 0 else len(output)]
                lemma_at = len(out)
                lemma_hyphens = lemma.count("-")
            elif tag in ("Xr", "Xs"):
                in_hidden = True
            elif tag == "De":
                derived = not ignore_derived
            elif tag.startswith("L"):
                class_seen, derived = True, False
                ignore_derived = not (tag.startswith("Ll") or tag.startswith("Lnl"))
            continue
        if in_lemma or in_hidden:
            continue
        if letter == "-":
            if lemma_hyphens > 0:
                lemma_hyphens -= 1
            else:
                place = derived and "[Lep]" in output[pos:] and output[pos - 2 : pos] != "is"
                if place and lemma is not None:
                    name = lemma.replace("=", "")
                    out[lemma_at:] = list(name[:1].upper() + name[1:])
                lemma = None
            derived = False
        out.append(letter)
    if lemma is not None:
        out[lemma_at:] = list(lemma.replace("=", ""))
    return "".join(out) or None


def _also_a_name(output: str, word_class: str | None) -> bool:
    """Whether libvoikko gives a compound noun a second reading as a name: its last part
    carries ``[Ion]`` ("Alakoulu", "Aalto-yliopisto") and a boundary comes before it."""
    if word_class != "nimisana" or len(output) < 13:
        return False
    if output.startswith("-") or output.startswith("[La]"):
        return False
    last = len(output) - 5  # tags are looked for from here back to the ninth character
    flag = output.rfind("[Ion]", 8, last + 5)
    if flag < 0 or output.rfind("[Bc]", 8, last + 4) > flag:
        return False
    return output.rfind("[Bc]", 4, flag) >= 0


def read(output: str) -> list[Reading]:
    """The readings libvoikko gives for one output of the transducer (none when the spelling
    rules reject it; two for a compound that is also a name)."""
    items = _items(output)
    if not _spelt_right(items, output):
        return []
    word_class, case, number, clitic = _attributes(items, output)
    base = _baseform(items, output)
    first = Reading(base, word_class, case, number, clitic)
    if _also_a_name(output, word_class):
        return [first, Reading(base, "nimi", case, number, clitic)]
    return [first]


def transducer_path() -> Path | None:
    """Where the installed ``pyvoikko`` keeps its transducer (found without importing it,
    which would load a second copy)."""
    spec = importlib.util.find_spec("pyvoikko")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "voikko.kfst"
    return path if path.is_file() else None


class Analyser:
    """Looks words up in the transducer; raises :class:`LookupError` where ``kfst`` or the
    transducer is not installed."""

    def __init__(self) -> None:
        path = transducer_path()
        if path is None:
            raise LookupError("pyvoikko's voikko.kfst is not installed")
        try:
            import kfst
        except ImportError as exc:
            raise LookupError("kfst is not installed") from exc
        self._fst = kfst.FST.from_kfst_file(str(path))
        self._unknown = getattr(kfst, "TokenizationException", Exception)

    def analyse(self, word: str) -> list[Reading]:
        try:
            outputs = self._fst.lookup(word.lower())
        except self._unknown:
            return []
        found: list[Reading] = []
        for n, (output, _weight) in enumerate(outputs):
            if n >= _MOST:
                break
            found.extend(read(output))
        return found


__all__ = ["CASES", "CLASSES", "Analyser", "Reading", "read", "transducer_path"]

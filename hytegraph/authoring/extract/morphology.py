"""Finnish word forms: what a word is (a first name, a surname, a noun ...), its case, and its
basic form ("Kovasen" → "Kovanen", "ohjausryhmässä" → "ohjausryhmä").

Three analysers share one interface. :class:`VoikkoMorphology` asks libvoikko with the Finnish
dictionary (Debian's ``voikko-fi``): it knows first names and surnames, consonant gradation
("kumppanuuspöydän" → "kumppanuuspöytä") and compound words. :class:`VoikkoFstMorphology`
reads the same dictionary from the transducer the PyPI package ``pyvoikko`` carries, with the
same readings (``bench/extract_voikkofst.py``). :class:`RuleMorphology` strips case endings by
rule: exact for the common endings, wrong for gradation it cannot know, and of word classes it
knows only common first names. :func:`morphology` gives libvoikko when it is installed, else
the transducer, else the rules (with a note saying what is lost);
``bench/extract_baseforms.py`` measures the dictionary against the rules.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from hytegraph.authoring.extract.givennames import first_name

#: Word classes (voikko's Finnish names mapped to these).
FIRST_NAME, SURNAME, PLACE, NAME = "first_name", "surname", "place", "name"
NOUN, ADJECTIVE, VERB, OTHER, UNKNOWN = "noun", "adjective", "verb", "other", "unknown"

_CLASSES = {
    "etunimi": FIRST_NAME,
    "sukunimi": SURNAME,
    "paikannimi": PLACE,
    "nimi": NAME,
    "nimisana": NOUN,
    "laatusana": ADJECTIVE,
    "nimisana_laatusana": ADJECTIVE,
    "teonsana": VERB,
}
#: voikko's classes of proper names.
_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
_CASES = {
    "nimento": "nom",
    "omanto": "gen",
    "osanto": "par",
    "olento": "ess",
    "tulento": "tra",
    "sisaolento": "ine",
    "sisaeronto": "ela",
    "sisatulento": "ill",
    "ulkoolento": "ade",
    "ulkoeronto": "abl",
    "ulkotulento": "all",
    "vajanto": "abe",
    "seuranto": "com",
    "keinonto": "ins",
}


@dataclass(frozen=True)
class Analysis:
    """One reading of a word."""

    base: str
    cls: str
    case: str = ""  # nom, gen, par, ess, tra, ine, ela, ill, ade, abl, all, ...
    plural: bool = False


class Morphology(Protocol):
    name: str

    def analyse(self, word: str) -> tuple[Analysis, ...]: ...


def keep_case(word: str, base: str) -> str:
    """``base`` spelt with the capitals of ``word`` where they share their beginning
    ("Rinta-ahon", "rinta-Aho" → "Rinta-aho")."""
    n = 0
    for a, b in zip(word.casefold(), base.casefold(), strict=False):
        if a != b:
            break
        n += 1
    return word[:n] + base[n:]


#: What the dictionary finds for a word: basic form, class, case, number (libvoikko's names)
#: and whether it carries the question clitic.
Found = tuple[str | None, str | None, str | None, str | None, bool]


def _readings(word: str, found: Iterable[Found]) -> tuple[Analysis, ...]:
    """Readings from libvoikko's attributes (basic form, class, case, number, question
    clitic), however they were found."""
    out = []
    for base, cls, case, number, clitic in found:
        if clitic and cls in _NAME_CLASSES:
            # "Juhola-Arjanko" is no "Juhola-Arjan" with a question's "-ko": a name
            # takes no question clitic, the word is a name of its own
            continue
        out.append(
            Analysis(
                keep_case(word, base or word),
                _CLASSES.get(cls or "", OTHER),
                _CASES.get(case or "", ""),
                number == "plural",
            )
        )
    if not out and ":" in word:  # "ry:n", "HUS:ssa": an abbreviation and its ending
        head, _, tail = word.partition(":")
        endings = {"n": "gen", "ssa": "ine", "ssä": "ine", "lla": "ade", "llä": "ade"}
        out.append(Analysis(head, OTHER, endings.get(tail, "")))
    return tuple(out)


class _Dictionary:
    """A reader of the Finnish dictionary: the attributes it finds for a word, as readings."""

    name = "voikko"

    def _found(self, word: str) -> Iterable[Found]:
        raise NotImplementedError

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one analyser per process
    def analyse(self, word: str) -> tuple[Analysis, ...]:
        if not word or len(word) > 60:
            return ()
        return _readings(word, self._found(word))


class VoikkoMorphology(_Dictionary):
    """libvoikko with its Finnish dictionary."""

    def __init__(self) -> None:
        import libvoikko

        self._voikko = libvoikko.Voikko("fi")

    def _found(self, word: str) -> Iterable[Found]:
        for a in self._voikko.analyze(word):
            clitic = a.get("KYSYMYSLIITE") == "true"
            yield a.get("BASEFORM"), a.get("CLASS"), a.get("SIJAMUOTO"), a.get("NUMBER"), clitic


class VoikkoFstMorphology(_Dictionary):
    """The same Finnish dictionary without libvoikko: the transducer the PyPI package
    ``pyvoikko`` carries, read by :mod:`~hytegraph.authoring.extract.voikkofst`. It gives
    libvoikko's readings (checked word by word in ``bench/extract_voikkofst.py``), so the
    extractor treats it as voikko."""

    def __init__(self) -> None:
        from hytegraph.authoring.extract import voikkofst

        self._fst = voikkofst.Analyser()

    def _found(self, word: str) -> Iterable[Found]:
        for r in self._fst.analyse(word):
            yield r.baseform, r.word_class, r.case, r.number, r.question_clitic


#: The genitives of the e-stem words that end compound place names and surnames
#: ("Näkkäläjärven" → "Näkkäläjärvi", "Ylilahden" → "Ylilahti"): a word in -i whose genitive
#: is not the word and an -n.
E_STEM_HEADS: tuple[tuple[str, str], ...] = (
    ("järven", "järvi"),
    ("niemen", "niemi"),
    ("salmen", "salmi"),
    ("saaren", "saari"),
    ("vuoren", "vuori"),
    ("kosken", "koski"),
    ("lahden", "lahti"),
    ("lammen", "lampi"),
    ("kiven", "kivi"),
    ("mäen", "mäki"),
    ("joen", "joki"),
    ("lehden", "lehti"),
    ("mielen", "mieli"),
    # (and an a-stem head weakened the same way: "Kangasluodon" → "Kangasluoto")
    ("luodon", "luoto"),
)

# (ending, what replaces it, case), longest first within each group; for words voikko is not
# there to read
_RULE_ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("isten", "inen", "gen"),  # plural genitive of -inen
    ("isille", "inen", "all"),
    ("iselle", "inen", "all"),
    ("isessa", "inen", "ine"),
    ("isessä", "inen", "ine"),
    ("iseen", "inen", "ill"),
    ("isena", "inen", "ess"),
    ("isenä", "inen", "ess"),
    ("iseksi", "inen", "tra"),
    ("isen", "inen", "gen"),
    ("ukselle", "us", "all"),
    ("ukseen", "us", "ill"),
    ("uksessa", "us", "ine"),
    ("uksen", "us", "gen"),
    ("yksen", "ys", "gen"),
    ("yksessä", "ys", "ine"),
    ("yksessa", "ys", "ine"),
    ("yden", "ys", "gen"),
    ("uden", "us", "gen"),
    # a body's "-kunta" ("johtokunta", "lautakunta", "valiokunta", "toimikunta") weakened to
    # "-kunna-" before an ending ("johtokunnassa", "taidetoimikunnassa", "lautakunnalle")
    ("kunnassa", "kunta", "ine"),
    ("kunnasta", "kunta", "ela"),
    ("kunnalle", "kunta", "all"),
    ("kunnalla", "kunta", "ade"),
    ("kunnalta", "kunta", "abl"),
    ("kunnaksi", "kunta", "tra"),
    ("kunnan", "kunta", "gen"),
    # the same committees in the partitive ("johtaa taidetoimikuntaa")
    ("iokuntaa", "iokunta", "par"),
    ("mikuntaa", "mikunta", "par"),
    ("tokuntaa", "tokunta", "par"),
    ("takuntaa", "takunta", "par"),
    *((gen, base, "gen") for gen, base in E_STEM_HEADS),
    # the genitive of -nen after another vowel ("Virtasen" → "Virtanen"; -isen above)
    ("asen", "anen", "gen"),
    ("äsen", "änen", "gen"),
    ("osen", "onen", "gen"),
    ("ösen", "önen", "gen"),
    ("usen", "unen", "gen"),
    ("ysen", "ynen", "gen"),
    # a local case with a possessive suffix ("kokouksessaan", "puolestaan"): never the
    # genitive its last "n" would make it
    ("ssaan", "", "ine"),
    ("ssään", "", "ine"),
    ("staan", "", "ela"),
    ("stään", "", "ela"),
    ("llaan", "", "ade"),
    ("llään", "", "ade"),
    ("ltaan", "", "abl"),
    ("ltään", "", "abl"),
    ("ssa", "", "ine"),
    ("ssä", "", "ine"),
    ("sta", "", "ela"),
    ("stä", "", "ela"),
    ("lla", "", "ade"),
    ("llä", "", "ade"),
    ("lta", "", "abl"),
    ("ltä", "", "abl"),
    ("lle", "", "all"),
    ("ksi", "", "tra"),
    ("kseen", "", "tra"),
    ("kseni", "", "tra"),
    ("na", "", "ess"),
    ("nä", "", "ess"),
    ("n", "", "gen"),
)
#: The words of bodies whose stem weakens before an ending ("kumppanuuspöydällä" →
#: "kumppanuuspöytä", "parlamentissa" → "parlamentti"): the weak stem and the basic form, read
#: before the endings of the weak grade (the genitive, the local cases, the translative):
#: "raati" too ("Monikulttuurisuusraadin jäsenet").
WEAK_BODY_STEMS: tuple[tuple[str, str], ...] = (
    ("pöydä", "pöytä"),
    ("parlamenti", "parlamentti"),
    ("raadi", "raati"),
    # (and "jaos", a committee, on its stem "jaokse-": "Viestintäjaoksen jäsenet")
    ("jaokse", "jaos"),
)
#: The endings a weak stem takes, with their cases (of a body's word in the singular).
_WEAK_GRADE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("n", "gen"),
    ("ssa", "ine"),
    ("ssä", "ine"),
    ("sta", "ela"),
    ("stä", "ela"),
    ("lla", "ade"),
    ("llä", "ade"),
    ("lta", "abl"),
    ("ltä", "abl"),
    ("lle", "all"),
    ("ksi", "tra"),
)
#: "Hanke" (a project) and its compounds, inflected on the stem "hankkee-" in every case but
#: the partitive ("hankkeen", "kehittämishankkeessa", "hankkeeseen", "hankkeena").
_HANKE_INFLECTED = re.compile(r"hankkee(?P<end>seen|n[aä]|ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|ksi|n)")
_HANKE_CASES = {"n": "gen", "ssa": "ine", "ssä": "ine", "sta": "ela", "stä": "ela", "lla": "ade",
                "llä": "ade", "lta": "abl", "ltä": "abl", "lle": "all", "ksi": "tra", "na": "ess",
                "nä": "ess", "seen": "ill"}  # fmt: skip
#: The words in -us and -ys on their stem "-ukse-", "-ykse-" before the endings the table
#: below does not list ("Petreliuksella", "kokoukselta", "hallituksesta"): "-us", "-ys".
_US_INFLECTED = re.compile(r"(?P<stem>[uy])kse(?P<end>ll[aä]|lt[aä]|st[aä]|n[aä]|ksi)")
_ILLATIVE = ("aan", "ään", "een", "iin", "oon", "öön", "uun", "yyn")
#: A compound of "elin" (an organ, a body: "toimielin", "yhteistyöelin") after a vowel: a
#: nominative (the genitive of "kieli", "mieli" is -ielen), never a genitive of "-eli".
_ELIN_NOMINATIVE = re.compile(r"[aeiouyäö]elin")
#: The same compound inflected on its stem "elime-" ("toimielimen", "yhteistyöelimessä",
#: "valmistelutoimielimeen"): its basic form ends in "elin".
_ELIN_INFLECTED = re.compile(
    r"[aeiouyäö]el(?P<stem>im(?:en|essä|essa|estä|esta|eltä|elta|ellä|ella|elle|eksi|enä|ena"
    r"|eenä|een|et))"
)
_ELIN_CASES = {
    "en": "gen",
    "essä": "ine",
    "essa": "ine",
    "estä": "ela",
    "esta": "ela",
    "eltä": "abl",
    "elta": "abl",
    "ellä": "ade",
    "ella": "ade",
    "elle": "all",
    "eksi": "tra",
    "enä": "ess",
    "ena": "ess",
    "een": "ill",
    "et": "nom",
}
#: "Nykyisin", "tavallisin": an -inen word's instructive plural ("nykyisin", "tavallisin") or its
#: superlative ("yleisin"), never a genitive; not after a long "ii" ("Pariisin" is Pariisi's).
_ISIN = re.compile(r"\w{2,}[^\Wi]isin")
#: The cardinal numbers from one to ten in the nominative, genitive and partitive ("kahdeksan
#: hallituksen jäsentä"): a count, never a word of a body's name.
NUMERALS = frozenset(
    {
        "yksi",
        "yhden",
        "yhtä",
        "kaksi",
        "kahden",
        "kahta",
        "kolme",
        "kolmen",
        "kolmea",
        "neljä",
        "neljän",
        "neljää",
        "viisi",
        "viiden",
        "viittä",
        "kuusi",
        "kuuden",
        "kuutta",
        "seitsemän",
        "seitsemää",
        "kahdeksan",
        "kahdeksaa",
        "yhdeksän",
        "yhdeksää",
        "kymmenen",
        "kymmentä",
    }
)


#: Conjunctions and adverbs in -n ("jolloin aluevaltuusto aloittaa", "kuin hallitus"): no
#: genitive, never a word of a body's name.
_PARTICLES_IN_N = frozenset(
    {"jolloin", "milloin", "silloin", "tällöin", "kun", "kuin", "vaan", "niin", "ennen",
     "aiemmin", "myöhemmin", "sittemmin"}
)  # fmt: skip


def never_genitive(word: str) -> bool:
    """A word in -n the rules know is no genitive: a compound of "elin" ("toimielin"), an
    -inen word's instructive plural or superlative ("nykyisin"), or a conjunction or adverb
    ("jolloin", "kuin")."""
    lower = word.casefold()
    return _elin_compound(word) or _ISIN.fullmatch(lower) is not None or lower in _PARTICLES_IN_N


def _elin_compound(word: str) -> bool:
    """A compound of "elin" after a vowel, in the nominative ("toimielin", "yhteistyöelin")."""
    return len(word) > 6 and _ELIN_NOMINATIVE.search(word.casefold()[-5:]) is not None


class RuleMorphology:
    """Case endings stripped by rule: no dictionary and no word classes, except first names
    when ``first_names`` is set (the list of :mod:`givennames`): a word of the list in the
    nominative is read as a first name, and also as a surname where the list says it is one
    ("Heino"), as voikko reads them."""

    name = "rules"

    def __init__(self, first_names: bool = False) -> None:
        self.first_names = first_names

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one analyser per process
    def analyse(self, word: str) -> tuple[Analysis, ...]:
        if self.first_names:
            surname = first_name(word)
            if surname is not None:
                # "Kristian" is a name in the nominative, not a genitive of "Kristia"
                named = (Analysis(word, FIRST_NAME, "nom"),)
                return (*named, Analysis(word, SURNAME, "nom")) if surname else named
        return self._endings(word)

    def _endings(self, word: str) -> tuple[Analysis, ...]:
        if not word:
            return ()
        out = [Analysis(word, UNKNOWN, "nom")]
        if ":" in word:
            head, _, tail = word.partition(":")
            return (Analysis(head, OTHER, "gen" if tail == "n" else "ine"),)
        lower = word.casefold()
        if _elin_compound(word):
            return (Analysis(word, UNKNOWN, "nom"),)  # (see ``never_genitive``)
        elin = _ELIN_INFLECTED.search(lower[-10:])
        if elin is not None and lower.endswith(elin.group()) and len(word) > 8:
            ending = elin.group("stem")[2:]
            stem = word[: len(word) - len(elin.group("stem"))]
            return (Analysis(stem + "in", UNKNOWN, _ELIN_CASES[ending], ending == "et"),)
        weak = _weak_body_stem(word)
        if weak is not None:
            return (weak,)
        us = _US_INFLECTED.search(lower[-12:])
        if us is not None and lower.endswith(us.group()) and len(word) > 8:
            end = us.group("end")
            stem = word[: len(word) - len(us.group()) + 1]
            return (Analysis(stem + "s", UNKNOWN, _US_CASES[end]),)
        if _ISIN.fullmatch(lower):
            return (Analysis(word[:-4] + "inen", UNKNOWN, "ins", True),)
        for ill in _ILLATIVE:
            if lower.endswith(ill) and len(word) > 5 and ill[0] == ill[1]:
                out.append(Analysis(word[:-2], UNKNOWN, "ill"))
                break
        for ending, basic, case in _RULE_ENDINGS:
            if lower.endswith(ending) and len(word) - len(ending) >= 3:
                stem = word[: -len(ending)] + basic
                if case == "gen" and ending == "n" and stem[-1:].casefold() not in "aeiouyäö":
                    continue
                if ending == "n" and lower.endswith("nen"):
                    break  # "Kolehmainen", "Mykkänen": a nominative (the genitive is -sen)
                out.append(Analysis(stem, UNKNOWN, case))
                break
        return tuple(out[1:] or out)


_US_CASES = {"lla": "ade", "llä": "ade", "lta": "abl", "ltä": "abl", "sta": "ela",
             "stä": "ela", "na": "ess", "nä": "ess", "ksi": "tra"}  # fmt: skip


#: The weak stems read back: the bodies' words, and the e-stem heads of compound place names
#: and surnames in the local cases as in the genitive ("Ylöjärveltä" → "Ylöjärvi",
#: "Pitkäjärvellä" → "Pitkäjärvi").
#: (With the letters a head's compound needs before it: none for a body's word, three for a
#: place's head, as the genitive's rule asks.)
_WEAK_STEMS = (
    *((weak, base, 0) for weak, base in WEAK_BODY_STEMS),
    *((gen[:-1], base, 3) for gen, base in E_STEM_HEADS),
)


def _weak_body_stem(word: str) -> Analysis | None:
    """A body's word or a place's head on its weak stem ("kumppanuuspöydässä", "hankkeeseen",
    "Ylöjärveltä") read back to its basic form ("kumppanuuspöytä", "hanke", "Ylöjärvi"), or
    None."""
    lower = word.casefold()
    hanke = _HANKE_INFLECTED.search(lower[-12:])
    if hanke is not None and lower.endswith(hanke.group()):
        end = hanke.group("end")
        return Analysis(word[: len(word) - len(end) - 3] + "e", UNKNOWN, _HANKE_CASES[end])
    for weak, base, least in _WEAK_STEMS:
        for ending, case in _WEAK_GRADE_ENDINGS:
            if lower.endswith(weak + ending) and len(word) - len(weak) - len(ending) >= least:
                cut = len(word) - len(weak) - len(ending)
                return Analysis(keep_case(word, word[:cut] + base), UNKNOWN, case)
    return None


@functools.lru_cache(maxsize=1)
def _libvoikko() -> VoikkoMorphology | None:
    if os.environ.get("HYTEGRAPH_NO_LIBVOIKKO"):
        return None
    try:
        return VoikkoMorphology()
    except Exception:  # libvoikko missing, or its Finnish dictionary
        return None


@functools.lru_cache(maxsize=1)
def _voikko_fst() -> VoikkoFstMorphology | None:
    try:
        return VoikkoFstMorphology()
    except Exception:  # pyvoikko or kfst missing, or a file kfst cannot read
        return None


def morphology(prefer: str | None = None) -> Morphology:
    """The Finnish dictionary: libvoikko where it is installed, else the same dictionary
    read with ``pyvoikko``'s transducer, else the rules. ``prefer`` ``rules`` (or
    ``HYTEGRAPH_NO_VOIKKO`` set) gives the rules, ``fst`` the transducer (or
    ``HYTEGRAPH_NO_LIBVOIKKO`` set: libvoikko is skipped), ``libvoikko`` libvoikko; each falls
    back to the rules where it is not installed."""
    if prefer == "rules" or os.environ.get("HYTEGRAPH_NO_VOIKKO"):
        return _RULES
    found: Morphology | None = None
    if prefer in (None, "voikko", "libvoikko"):
        found = _libvoikko()
    if found is None and prefer in (None, "voikko", "fst"):
        found = _voikko_fst()
    return found if found is not None else _RULES


def voikko_missing_note() -> str:
    return (
        "the Finnish dictionary is not installed: base forms of Finnish names "
        "come from rules (consonant gradation is not undone, and of names only common first "
        "names are known); "
        "install hytegraph with its dependencies (`pip install .` brings `pyvoikko` and "
        "`kfst`), or libvoikko with `apt-get install libvoikko1 voikko-fi`"
    )


_RULES = RuleMorphology(first_names=True)

__all__ = [
    "ADJECTIVE",
    "E_STEM_HEADS",
    "FIRST_NAME",
    "NAME",
    "NOUN",
    "OTHER",
    "PLACE",
    "SURNAME",
    "UNKNOWN",
    "VERB",
    "Analysis",
    "Morphology",
    "RuleMorphology",
    "VoikkoFstMorphology",
    "VoikkoMorphology",
    "keep_case",
    "morphology",
    "never_genitive",
    "voikko_missing_note",
]

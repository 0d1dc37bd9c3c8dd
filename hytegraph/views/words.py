"""The words tables and summaries are written in, in Finnish, English and Swedish: column
headers, and counts of things ("3 ohjausryhmää", "3 steering groups", "3 styrgrupper").

Only what a person reads is translated. Keys of JSON objects and CSV header rows stay the
English identifiers (``chair``, ``body``, ``sources``): other programs read those, and they
are a public contract.

Counted nouns come from the ontology's labels (``rdfs:label`` / ``skos:prefLabel`` in each
language); :func:`count` puts them in the form a number asks for: in Finnish the partitive
singular after any number but one ("kolme ohjausryhmää"), in English and Swedish the plural.
The forms are made by rule from the label's words, with a short list of words the rules get
wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

LANGUAGES = ("fi", "en", "sv")

#: Column headers of tables, by the column's (English) key.
HEADERS: dict[str, dict[str, str]] = {
    # lookups
    "chair": {"fi": "puheenjohtaja", "en": "chair", "sv": "ordförande"},
    "body": {"fi": "toimielin", "en": "body", "sv": "organ"},
    "sources": {"fi": "lähteet", "en": "sources", "sv": "källor"},
    "relation": {"fi": "suhde", "en": "relation", "sv": "relation"},
    "target": {"fi": "kohde", "en": "target", "sv": "mål"},
    "context": {"fi": "yhteys", "en": "context", "sv": "sammanhang"},
    "topic": {"fi": "aihe", "en": "topic", "sv": "ämne"},
    "status": {"fi": "tila", "en": "status", "sv": "status"},
    "possibly_same_as": {
        "fi": "mahdollisesti sama kuin",
        "en": "possibly same as",
        "sv": "möjligen samma som",
    },
    "role": {"fi": "rooli", "en": "role", "sv": "roll"},
    "actor": {"fi": "toimija", "en": "actor", "sv": "aktör"},
    "ngo": {"fi": "järjestö", "en": "NGO", "sv": "organisation"},
    "municipality": {"fi": "kunta", "en": "municipality", "sv": "kommun"},
    "county": {"fi": "hyvinvointialue", "en": "wellbeing services county", "sv": "välfärdsområde"},
    "where": {"fi": "kohta", "en": "where", "sv": "var"},
    "facts": {"fi": "tiedot", "en": "facts", "sv": "uppgifter"},
    "quote": {"fi": "lainaus", "en": "quote", "sv": "citat"},
    # time (as-of, diff, history)
    "rule": {"fi": "sääntö", "en": "rule", "sv": "regel"},
    "first_cited": {"fi": "ensin mainittu", "en": "first cited", "sv": "först nämnd"},
    "last_cited": {"fi": "viimeksi mainittu", "en": "last cited", "sv": "senast nämnd"},
    "start": {"fi": "alku", "en": "start", "sv": "början"},
    "end": {"fi": "loppu", "en": "end", "sv": "slut"},
    "time_note": {"fi": "aikahuomio", "en": "time note", "sv": "tidsanmärkning"},
    "change": {"fi": "muutos", "en": "change", "sv": "ändring"},
    "from": {"fi": "ennen", "en": "from", "sv": "före"},
    "to": {"fi": "jälkeen", "en": "to", "sv": "efter"},
    "from_source": {"fi": "lähde ennen", "en": "source before", "sv": "källa före"},
    "to_source": {"fi": "lähde jälkeen", "en": "source after", "sv": "källa efter"},
    "from_quote": {"fi": "lainaus ennen", "en": "quote before", "sv": "citat före"},
    "to_quote": {"fi": "lainaus jälkeen", "en": "quote after", "sv": "citat efter"},
    "when": {"fi": "aika", "en": "when", "sv": "när"},
    "event": {"fi": "tapahtuma", "en": "event", "sv": "händelse"},
    "what": {"fi": "tieto", "en": "fact", "sv": "uppgift"},
    "source": {"fi": "lähde", "en": "source", "sv": "källa"},
    # names
    "name": {"fi": "nimi", "en": "name", "sv": "namn"},
    "kind": {"fi": "laji", "en": "kind", "sv": "typ"},
    "fi": {"fi": "suomeksi", "en": "Finnish", "sv": "finska"},
    "en": {"fi": "englanniksi", "en": "English", "sv": "engelska"},
    "sv": {"fi": "ruotsiksi", "en": "Swedish", "sv": "svenska"},
    "iri": {"fi": "IRI", "en": "IRI", "sv": "IRI"},
    # analyze
    "label": {"fi": "nimi", "en": "name", "sv": "namn"},
    "degree": {"fi": "yhteyksiä", "en": "degree", "sv": "grad"},
    "betweenness": {"fi": "välittävyys", "en": "betweenness", "sv": "mellanliggande"},
    "bodies": {"fi": "toimielimiä", "en": "bodies", "sv": "organ"},
    "body_names": {"fi": "toimielimet", "en": "body names", "sv": "organens namn"},
    "sectors": {"fi": "sektoreita", "en": "sectors", "sv": "sektorer"},
    "named": {"fi": "nimetyt", "en": "named", "sv": "namngivna"},
    "unnamed_only": {"fi": "vain nimeämättömät", "en": "unnamed only", "sv": "bara icke namngivna"},
    "other": {"fi": "toinen", "en": "other", "sv": "den andra"},
    "shared": {"fi": "yhteisiä", "en": "shared", "sv": "gemensamma"},
    "other_iri": {"fi": "toisen IRI", "en": "other IRI", "sv": "den andras IRI"},
    "community": {"fi": "ryhmä", "en": "community", "sv": "grupp"},
    "size": {"fi": "koko", "en": "size", "sv": "storlek"},
    "members": {"fi": "jäsenet", "en": "members", "sv": "medlemmar"},
    # validate
    "severity": {"fi": "vakavuus", "en": "severity", "sv": "allvarlighet"},
    "focus": {"fi": "kohde", "en": "focus", "sv": "fokus"},
    "path": {"fi": "ominaisuus", "en": "path", "sv": "egenskap"},
    "component": {"fi": "ehto", "en": "component", "sv": "villkor"},
    "message": {"fi": "ongelma", "en": "message", "sv": "meddelande"},
    "hint": {"fi": "korjaus", "en": "hint", "sv": "åtgärd"},
    # queries
    "title": {"fi": "otsikko", "en": "title", "sv": "rubrik"},
    "params": {"fi": "parametrit", "en": "params", "sv": "parametrar"},
}


def header(column: str, lang: str) -> str:
    """The header of ``column`` in ``lang``; a column without one keeps its key."""
    return HEADERS.get(column, {}).get(lang, column)


def headers(columns: Sequence[str], lang: str) -> dict[str, str]:
    """``{column: header}`` for a table in ``lang``."""
    return {c: header(c, lang) for c in columns}


# ---------------------------------------------------------------------------------------------
# counts

#: The summary's categories as nouns (the app's own words, not classes of the ontology).
CATEGORY_NOUNS: dict[str, dict[str, str]] = {
    "triples": {"fi": "kolmikko", "en": "triple", "sv": "trippel"},
    "persons": {"fi": "henkilö", "en": "person", "sv": "person"},
    "posts": {"fi": "virka", "en": "post", "sv": "tjänst"},
    "bodies": {"fi": "toimielin", "en": "body", "sv": "organ"},
    "organisations": {"fi": "organisaatio", "en": "organisation", "sv": "organisation"},
    "collectives": {
        "fi": "nimeämätön joukko",
        "en": "unnamed collective",
        "sv": "icke namngiven grupp",
    },
    "documents": {"fi": "asiakirja", "en": "document", "sv": "dokument"},
    "sources": {"fi": "lähde", "en": "source", "sv": "källa"},
    "facts": {"fi": "tieto", "en": "fact", "sv": "uppgift"},
    "relations": {"fi": "suhde", "en": "relation", "sv": "relation"},
}

_FRONT = "äöy"
_BACK = "aou"
_VOWELS = "aeiouyäö"
# Long vowels and diphthongs at the end of a Finnish word: the partitive adds -ta/-tä.
_FI_LONG = frozenset(
    {v + v for v in _VOWELS}
    | {"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey", "äy", "öy"}
    | {"ie", "uo", "yö"}
)
# Words that join two nouns in a label ("suunnitelma tai raportti"): each noun is counted.
_CONJUNCTIONS = frozenset({"tai", "ja", "or", "and", "eller", "och"})
# Finnish words the rules below inflect wrongly (basic form -> partitive singular).
_FI_PARTITIVE = {
    "tuki": "tukea",
    "kieli": "kieltä",
    "lapsi": "lasta",
    "uusi": "uutta",
    "vesi": "vettä",
    "suhde": "suhdetta",
    "lähde": "lähdettä",
    "toimielin": "toimielintä",
    "jäsen": "jäsentä",
}
# English nouns with an irregular plural, or none.
_EN_PLURAL = {
    "person": "persons",
    "child": "children",
    "support": "support",
    "staff": "staff",
    "evidence": "evidence",
    "monitoring": "monitoring",
}
# Swedish words by their ending: what replaces the ending in the indefinite plural.
_SV_ENDINGS = (
    ("grupp", "grupper"),
    ("ning", "ningar"),
    ("else", "elser"),
    ("källa", "källor"),
    ("tion", "tioner"),
    ("sion", "sioner"),
    ("het", "heter"),
    ("enhet", "enheter"),
    ("plan", "planer"),
    ("kommun", "kommuner"),
    ("nämnd", "nämnder"),
    ("sektor", "sektorer"),
    ("modell", "modeller"),
    ("strategi", "strategier"),
    ("trippel", "tripplar"),
    ("uppgift", "uppgifter"),
    ("person", "personer"),
    ("tjänst", "tjänster"),
    ("styrelse", "styrelser"),
    ("förändring", "förändringar"),
    ("vald", "valda"),
    ("e", "en"),
)
# Swedish words whose plural is the singular (neuter nouns ending in a consonant, and the like).
_SV_SAME = (
    "förslag",
    "program",
    "nätverk",
    "stöd",
    "ansvar",
    "projekt",
    "organ",
    "dokument",
    "medlemskap",
    "nummer",
    "are",
    "belägg",
)
# Swedish adjectives before the noun, in the plural.
_SV_ADJECTIVES = (("ad", "ade"), ("al", "ala"), ("en", "na"), ("ig", "iga"), ("sk", "ska"))
_SV_PREPOSITIONS = frozenset({"på", "i", "inom", "för", "till", "av", "med"})
_EN_PREPOSITIONS = frozenset({"at", "of", "in", "for", "to", "with", "on"})


def _harmony(word: str) -> str:
    """The vowel a Finnish ending takes after ``word``: its last back or front vowel decides
    (compounds follow their last part)."""
    for char in reversed(word.lower()):
        if char in _BACK:
            return "a"
        if char in _FRONT:
            return "ä"
    return "ä"  # only e and i: front


def _fi_lexicon(word: str) -> str | None:
    lower = word.lower()
    for basic, partitive in _FI_PARTITIVE.items():
        if lower.endswith(basic):
            return word[: len(word) - len(basic)] + partitive
    return None


def _fi_word_partitive(word: str) -> str:
    lower = word.lower()
    a = _harmony(word)
    if lower.endswith("nen"):
        return word[:-3] + "st" + a  # alueellinen -> alueellista
    if lower.endswith(("uus", "yys")):
        return word[:-1] + "tt" + a  # jatkuvuus -> jatkuvuutta
    if lower[-1:] not in _VOWELS:
        return word + "t" + a  # yhdistys -> yhdistystä, nimeämätön -> nimeämätöntä
    if lower[-2:] in _FI_LONG:
        return word + "t" + a  # työ -> työtä, vastuu -> vastuuta, tie -> tietä
    if lower.endswith("e"):
        return word + "tt" + a  # hanke -> hanketta, alue -> aluetta
    if lower[-2:-1] in _VOWELS and lower[-1] not in "aä":
        return word + "t" + a  # organisaatio -> organisaatiota, museo -> museota
    return word + a  # ryhmä -> ryhmää, projekti -> projektia, strategia -> strategiaa


def _keeps_its_form(word: str) -> bool:
    """A word of a name that a number does not inflect: a genitive (``ohjelman``,
    ``kaupungin``) or a word in a local case (``toimipaikassa``)."""
    lower = word.lower()
    if lower.endswith(("nen", "ton", "tön")):
        return False
    return lower.endswith(("n", "ssa", "ssä", "sta", "stä", "lla", "llä"))


def _coordinated(label: str, inflect: Callable[[str], str]) -> str | None:
    """``plan or report``: each side inflected; None when the label joins nothing."""
    words = label.split()
    for i, word in enumerate(words):
        if 0 < i < len(words) - 1 and word.lower() in _CONJUNCTIONS:
            return f"{inflect(' '.join(words[:i]))} {word} {inflect(' '.join(words[i + 1 :]))}"
    return None


def fi_partitive(label: str) -> str:
    """``ohjausryhmä`` → ``ohjausryhmää``; ``rekisteröity yhdistys`` → ``rekisteröityä
    yhdistystä``; ``ohjelman ohjausryhmä`` → ``ohjelman ohjausryhmää``; ``toiminta
    toimipaikassa`` → ``toimintaa toimipaikassa``."""
    joined = _coordinated(label, fi_partitive)
    if joined is not None:
        return joined
    out = []
    for word in label.split():
        known = _fi_lexicon(word)
        if known is not None:
            out.append(known)
        elif _keeps_its_form(word):
            out.append(word)
        else:
            out.append(_fi_word_partitive(word))
    return " ".join(out)


def en_plural(label: str) -> str:
    """``steering group`` → ``steering groups``; ``presence at a site`` → ``presences at a
    site``; ``city`` → ``cities``."""
    joined = _coordinated(label, en_plural)
    if joined is not None:
        return joined
    words = label.split()
    head = len(words) - 1
    for i, word in enumerate(words):
        if i and word.lower() in _EN_PREPOSITIONS:
            head = i - 1
            break
    word = words[head]
    lower = word.lower()
    if lower in _EN_PLURAL:
        plural = _EN_PLURAL[lower]
    elif lower.endswith("y") and lower[-2:-1] not in "aeiou":
        plural = word[:-1] + "ies"
    elif lower.endswith(("s", "x", "z", "ch", "sh")):
        plural = word + "es"
    else:
        plural = word + "s"
    return " ".join([*words[:head], plural, *words[head + 1 :]])


def sv_plural(label: str) -> str:
    """``styrgrupp`` → ``styrgrupper``; ``registrerad förening`` → ``registrerade
    föreningar``; ``enhet inom koncernförvaltningen`` → ``enheter inom
    koncernförvaltningen``."""
    joined = _coordinated(label, sv_plural)
    if joined is not None:
        return joined
    words = label.split()
    head = len(words) - 1
    for i, word in enumerate(words):
        if i and word.lower() in _SV_PREPOSITIONS:
            head = i - 1
            break
    out = list(words)
    out[head] = _sv_noun_plural(words[head])
    for i in range(head):
        word = words[i]
        if word.endswith("s"):  # a genitive (programmets, stadens) keeps its form
            continue
        for ending, plural in _SV_ADJECTIVES:
            if word.endswith(ending):
                out[i] = word[: len(word) - len(ending)] + plural
                break
    return " ".join(out)


def _sv_noun_plural(word: str) -> str:
    lower = word.lower()
    if lower.endswith(_SV_SAME):
        return word
    for ending, plural in _SV_ENDINGS:
        if lower.endswith(ending):
            return word[: len(word) - len(ending)] + plural
    return word + "er"


def count(n: int, noun: str, lang: str) -> str:
    """``n`` and ``noun`` in the form the number asks for in ``lang``."""
    if n == 1 or not noun.split():
        return f"{n} {noun}"
    if lang == "fi":
        return f"{n} {fi_partitive(noun)}"
    if lang == "sv":
        return f"{n} {sv_plural(noun)}"
    return f"{n} {en_plural(noun)}"


def category_noun(category: str, lang: str) -> str:
    return CATEGORY_NOUNS.get(category, {}).get(lang, category)


def translate(mapping: Mapping[str, Mapping[str, str]], key: str, lang: str) -> str:
    """``mapping[key][lang]``, else English, else the key."""
    words = mapping.get(key, {})
    return words.get(lang) or words.get("en") or key


__all__ = [
    "CATEGORY_NOUNS",
    "HEADERS",
    "LANGUAGES",
    "category_noun",
    "count",
    "en_plural",
    "fi_partitive",
    "header",
    "headers",
    "no_results",
    "sv_plural",
    "translate",
]


def no_results(lang: str) -> str:
    """What a lookup says on stderr when it finds no rows."""
    return {"fi": "ei tuloksia", "en": "no results", "sv": "inga resultat"}.get(lang, "no results")


def as_of_footer(day: str, left_out: int, lang: str) -> str:
    """What a lookup as of ``day`` says under its table: the day, and how many rows it left out
    because no dated source cites them (``docs/time.md``)."""
    shown = day
    if lang == "fi":
        y, m, d = day.split("-")
        shown = f"{int(d)}.{int(m)}.{y}"
    head = {"fi": "Tilanne päivänä", "en": "As of", "sv": "Läget den"}.get(lang, "As of")
    text = f"{head} {shown}"
    if left_out:
        one = left_out == 1
        tail = {
            "fi": (
                f"{left_out} {'rivi' if one else 'riviä'} jätettiin pois: "
                f"{'sitä' if one else 'niitä'} ei mainita missään päivätyssä lähteessä"
            ),
            "en": f"{left_out} {'row' if one else 'rows'} left out: no dated source cites "
            f"{'it' if one else 'them'}",
            "sv": f"{left_out} {'rad' if one else 'rader'} utelämnade: ingen daterad källa "
            f"nämner {'den' if one else 'dem'}",
        }.get(lang)
        text += f"; {tail}"
    return text + "."

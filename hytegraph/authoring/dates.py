"""Times as a person writes them in a cell, and as OWL-Time writes them.

A cell holds a date (``2024-03-13``, ``13.3.2024``), a month (``2024-03``, ``3/2024``), a year
(``2024``) or a season of a year (``kevät 2023``, ``spring 2023``, ``våren 2023``); a period is one
of these or two joined by ``/`` (``2023-08/2023-09``). Each keeps the precision it was given: a
year is written ``time:inXSDgYear``, never a made-up day. OWL-Time has no seasons; ``hyte:season``
(``ontology/hyte.ttl``) qualifies a time stated by its year:

- a period that *is* a season (``planned``: "kevät 2023") is a ``time:ProperInterval`` with
  ``hyte:season`` and ``time:intervalDuring`` the year, as the Espoo data writes it;
- a start or an end *in* a season ("from spring 2023") is a ``time:Instant`` positioned at its
  year (``time:inXSDgYear``, the precision OWL-Time can state) with ``hyte:season`` saying in
  which season of that year it falls, and labels ("kevät 2023"). The instant is not the season
  (a membership from spring 2023 need not begin on its first day), so it is not written as the
  season's beginning; and no month is invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, TIME, XSD

from hytegraph.core.namespaces import HYTE, ID

_MONTHS = {
    "fi": (
        "tammi",
        "helmi",
        "maalis",
        "huhti",
        "touko",
        "kesä",
        "heinä",
        "elo",
        "syys",
        "loka",
        "marras",
        "joulu",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
}
#: Season words, in the forms a source writes them, and the season each names.
SEASON_WORDS = {
    "kevät": "spring",
    "kevään": "spring",
    "keväällä": "spring",
    "keväänä": "spring",
    "kesä": "summer",
    "kesän": "summer",
    "kesällä": "summer",
    "syksy": "autumn",
    "syksyn": "autumn",
    "syksyllä": "autumn",
    "talvi": "winter",
    "talven": "winter",
    "talvella": "winter",
    "spring": "spring",
    "summer": "summer",
    "autumn": "autumn",
    "fall": "autumn",
    "winter": "winter",
    "våren": "spring",
    "vår": "spring",
    "sommaren": "summer",
    "sommar": "summer",
    "hösten": "autumn",
    "höst": "autumn",
    "vintern": "winter",
    "vinter": "winter",
}
_SEASON_LABELS = {
    "spring": {"fi": "kevät", "en": "spring", "sv": "våren"},
    "summer": {"fi": "kesä", "en": "summer", "sv": "sommaren"},
    "autumn": {"fi": "syksy", "en": "autumn", "sv": "hösten"},
    "winter": {"fi": "talvi", "en": "winter", "sv": "vintern"},
}

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_FI_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\.?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_SLASH_MONTH = re.compile(r"(\d{1,2})/(\d{4})")
_YEAR = re.compile(r"(\d{4})")
_SEASON = re.compile(r"(\w+)\s+(\d{4})")


class BadTime(ValueError):
    """A cell that is not a time; the message says what forms are accepted."""


ACCEPTED = (
    "a date (2024-03-13 or 13.3.2024), a month (2024-03 or 3/2024), a year (2024) or a season "
    "(kevät 2023, spring 2023, våren 2023)"
)


@dataclass(frozen=True, order=True)
class When:
    """A point of time at the precision a source gives: ``day``/``month`` are 0 when not given;
    ``season`` is set for a season of ``year``."""

    year: int
    month: int = 0
    day: int = 0
    season: str = ""

    @property
    def precision(self) -> str:
        if self.season:
            return "season"
        return "day" if self.day else ("month" if self.month else "year")

    def lexical(self) -> str:
        """The XSD value: ``2024-03-13``, ``2024-03`` or ``2024``."""
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def literal(self) -> Literal:
        datatype = {"day": XSD.date, "month": XSD.gYearMonth}.get(self.precision, XSD.gYear)
        return Literal(self.lexical(), datatype=datatype)

    def text(self) -> str:
        """How export writes it (what :func:`parse` reads back)."""
        return f"{self.season} {self.year}" if self.season else self.lexical()

    def label(self, lang: str) -> str:
        if self.season:
            return f"{_SEASON_LABELS[self.season][lang]} {self.year}"
        if self.day:
            if lang == "fi":
                return f"{self.day}.{self.month}.{self.year}"
            month = _MONTHS[lang][self.month - 1]
            return f"{self.day} {month} {self.year}"
        if self.month:
            month = _MONTHS[lang][self.month - 1]
            return f"{month}kuu {self.year}" if lang == "fi" else f"{month} {self.year}"
        return {"fi": f"vuosi {self.year}", "en": f"the year {self.year}", "sv": f"år {self.year}"}[
            lang
        ]

    def sort_key(self) -> tuple[int, int, int]:
        """For comparing a start with an end at the coarser of their precisions."""
        return (self.year, self.month, self.day)


def _checked(year: int, month: int = 0, day: int = 0) -> When:
    import datetime

    if month and not 1 <= month <= 12:
        raise BadTime(f"month {month} does not exist")
    if day:
        try:
            datetime.date(year, month, day)
        except ValueError:
            raise BadTime(f"{day}.{month}.{year} is not a day of the calendar") from None
    return When(year, month, day)


def parse(text: str) -> When:
    """One point of time (see the module doc); :class:`BadTime` otherwise."""
    value = " ".join(text.split())
    if m := _ISO_DATE.fullmatch(value):
        return _checked(int(m[1]), int(m[2]), int(m[3]))
    if m := _FI_DATE.fullmatch(value):
        return _checked(int(m[3]), int(m[2]), int(m[1]))
    if m := _ISO_MONTH.fullmatch(value):
        return _checked(int(m[1]), int(m[2]))
    if m := _SLASH_MONTH.fullmatch(value):
        return _checked(int(m[2]), int(m[1]))
    if m := _YEAR.fullmatch(value):
        return When(int(m[1]))
    if (m := _SEASON.fullmatch(value)) and m[1].casefold() in SEASON_WORDS:
        return When(int(m[2]), season=SEASON_WORDS[m[1].casefold()])
    raise BadTime(f"{text!r} is not a time")


@dataclass(frozen=True)
class Period:
    """A period: one time (a year, a month, a season, a day) or a start and an end."""

    start: When
    end: When

    def text(self) -> str:
        return (
            self.start.text()
            if self.start == self.end
            else f"{self.start.text()}/{self.end.text()}"
        )

    def label(self, lang: str) -> str:
        s, e = self.start, self.end
        if s == e:
            return s.label(lang)
        if s.precision == e.precision == "month" and s.year == e.year:
            if lang == "fi":
                return f"{_MONTHS['fi'][s.month - 1]}-{_MONTHS['fi'][e.month - 1]}kuu {s.year}"
            # a range of months or times takes an en dash in English and Swedish labels
            return f"{_MONTHS[lang][s.month - 1]}–{_MONTHS[lang][e.month - 1]} {s.year}"  # noqa: RUF001
        return f"{s.label(lang)} – {e.label(lang)}"  # noqa: RUF001 (a range: en dash)


def parse_period(text: str) -> Period:
    """A period (``2023``, ``kevät 2023``, ``2023-08/2023-09``); :class:`BadTime` otherwise."""
    value = " ".join(text.split())
    if "/" in value and not _SLASH_MONTH.fullmatch(value):
        first, _, second = value.partition("/")
        start, end = parse(first.strip()), parse(second.strip())
        if start.season or end.season:
            raise BadTime("a season is a period of its own; write it alone (kevät 2023)")
        if end.sort_key()[: _depth(end, start)] < start.sort_key()[: _depth(end, start)]:
            raise BadTime(f"the period ends ({second.strip()}) before it begins ({first.strip()})")
        return Period(start, end)
    point = parse(value)
    return Period(point, point)


def _depth(a: When, b: When) -> int:
    return min(len([x for x in a.sort_key() if x]), len([x for x in b.sort_key() if x]))


#: Seasons in the order they come within one year; winter is left out (a source's "talvi 2023"
#: may be the winter that begins or the one that ends 2023).
_SEASON_ORDER = {"spring": 1, "summer": 2, "autumn": 3}


def ends_before(start: When, end: When) -> bool:
    """True when ``end`` is before ``start``, compared at the coarser of their precisions (two
    seasons of one year by their order: autumn 2023 does not end in spring 2023)."""
    n = _depth(start, end)
    if end.sort_key()[:n] != start.sort_key()[:n]:
        return end.sort_key()[:n] < start.sort_key()[:n]
    if start.season in _SEASON_ORDER and end.season in _SEASON_ORDER:
        return _SEASON_ORDER[end.season] < _SEASON_ORDER[start.season]
    return False


# ---------------------------------------------------------------------------------------------
# OWL-Time

_LABEL_LANGS = ("fi", "en", "sv")


def _instant(graph: Graph, when: When) -> BNode:
    node = BNode()
    graph.add((node, RDF.type, TIME.Instant))
    if when.season:
        # an instant in a season of a year: the year, and the season as the source says
        graph.add((node, TIME.inXSDgYear, Literal(f"{when.year:04d}", datatype=XSD.gYear)))
        graph.add((node, HYTE.season, URIRef(f"{ID}season/{when.season}")))
        for lang in _LABEL_LANGS:
            graph.add((node, RDFS.label, Literal(when.label(lang), lang=lang)))
        return node
    prop = {"day": TIME.inXSDDate, "month": TIME.inXSDgYearMonth}.get(
        when.precision, TIME.inXSDgYear
    )
    graph.add((node, prop, when.literal()))
    return node


def interval(graph: Graph, start: When | None, end: When | None) -> BNode:
    """A ``time:Interval`` from a start and/or an end (``org:memberDuring``, "
    "``hyte:validDuring``)."""
    node = BNode()
    graph.add((node, RDF.type, TIME.Interval))
    if start is not None:
        graph.add((node, TIME.hasBeginning, _instant(graph, start)))
    if end is not None:
        graph.add((node, TIME.hasEnd, _instant(graph, end)))
    return node


def period(graph: Graph, value: Period) -> BNode:
    """A labelled period (``hyte:plannedDuring``, ``hyte:sameArrangementsAsIn``): a season is a
    ``time:ProperInterval`` within its year; anything else begins and ends as given."""
    node = BNode()
    graph.add((node, RDF.type, TIME.Interval))
    for lang in _LABEL_LANGS:
        graph.add((node, RDFS.label, Literal(value.label(lang), lang=lang)))
    if value.start.season:
        season = value.start
        graph.add((node, RDF.type, TIME.ProperInterval))
        graph.add((node, HYTE.season, URIRef(f"{ID}season/{season.season}")))
        year, description = BNode(), BNode()
        graph.add((node, TIME.intervalDuring, year))
        graph.add((year, RDF.type, TIME.Interval))
        graph.add((year, RDF.type, TIME.DateTimeInterval))
        for lang in _LABEL_LANGS:
            graph.add((year, RDFS.label, Literal(When(season.year).label(lang), lang=lang)))
        graph.add((year, TIME.hasDateTimeDescription, description))
        graph.add((description, RDF.type, TIME.DateTimeDescription))
        graph.add((description, TIME.unitType, TIME.unitYear))
        graph.add((description, TIME.year, Literal(f"{season.year:04d}", datatype=XSD.gYear)))
        return node
    graph.add((node, TIME.hasBeginning, _instant(graph, value.start)))
    graph.add((node, TIME.hasEnd, _instant(graph, value.end)))
    return node


# ---------------------------------------------------------------------------------------------
# reading OWL-Time back (export)

_SEASON_BY_IRI = {f"{ID}season/{s}": s for s in _SEASON_LABELS}


def read_instant(graph: Graph, node: object) -> When | None:
    """The :class:`When` an instant written by :func:`_instant` holds, or None."""
    for prop in (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear):
        value = graph.value(node, prop)  # type: ignore[arg-type]
        if value is None:
            continue
        parts = [int(p) for p in str(value).split("-")]
        season = _SEASON_BY_IRI.get(str(graph.value(node, HYTE.season)), "")  # type: ignore[arg-type]
        if season:
            return When(parts[0], season=season)
        return When(*parts)
    return None


def read_period(graph: Graph, node: object) -> Period | None:
    """The :class:`Period` a node written by :func:`period` holds, or None."""
    season = _SEASON_BY_IRI.get(str(graph.value(node, HYTE.season)))  # type: ignore[arg-type]
    if season:
        year_node = graph.value(node, TIME.intervalDuring)  # type: ignore[arg-type]
        description = graph.value(year_node, TIME.hasDateTimeDescription)
        year = graph.value(description, TIME.year)
        if year is None:
            return None
        point = When(int(str(year)), season=season)
        return Period(point, point)
    start = read_instant(graph, graph.value(node, TIME.hasBeginning))  # type: ignore[arg-type]
    end = read_instant(graph, graph.value(node, TIME.hasEnd))  # type: ignore[arg-type]
    if start is None or end is None:
        return None
    return Period(start, end)


__all__ = [
    "ACCEPTED",
    "SEASON_WORDS",
    "BadTime",
    "Period",
    "When",
    "ends_before",
    "interval",
    "parse",
    "parse_period",
    "period",
    "read_instant",
    "read_period",
]

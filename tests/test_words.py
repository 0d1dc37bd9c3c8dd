"""Words a person reads: counts in Finnish, English and Swedish, headers, the build summary."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hytegraph.views.summary import Summary
from hytegraph.views.words import HEADERS, LANGUAGES, count, header


@pytest.mark.parametrize(
    ("noun", "three"),
    [
        # partitive singular after a number, as Finnish grammar has it
        ("ohjausryhmä", "3 ohjausryhmää"),
        ("toimielin", "3 toimielintä"),
        ("hyvinvointialue", "3 hyvinvointialuetta"),
        ("rekisteröity yhdistys", "3 rekisteröityä yhdistystä"),
        ("ohjelman ohjausryhmä", "3 ohjelman ohjausryhmää"),
        ("kaupungin yksikkö", "3 kaupungin yksikköä"),
        ("alueellinen ryhmä", "3 alueellista ryhmää"),
        ("toiminta toimipaikassa", "3 toimintaa toimipaikassa"),
        ("nimeämätön joukko", "3 nimeämätöntä joukkoa"),
        ("taloudellinen tuki", "3 taloudellista tukea"),
        ("jäsenyys", "3 jäsenyyttä"),
        ("kokous", "3 kokousta"),
        ("yhteistyö", "3 yhteistyötä"),
        ("vastuu", "3 vastuuta"),
        ("organisaatio", "3 organisaatiota"),
        ("strategia", "3 strategiaa"),
        ("yhteistyöprojekti", "3 yhteistyöprojektia"),
        ("lähde", "3 lähdettä"),
        ("suunnitelma tai raportti", "3 suunnitelmaa tai raporttia"),
    ],
)
def test_finnish_counts(noun, three):
    assert count(3, noun, "fi") == three
    assert count(1, noun, "fi") == f"1 {noun}"


@pytest.mark.parametrize(
    ("noun", "three"),
    [
        ("steering group", "3 steering groups"),
        ("body", "3 bodies"),
        ("municipality", "3 municipalities"),
        ("wellbeing services county", "3 wellbeing services counties"),
        ("presence at a site", "3 presences at a site"),
        ("business ID", "3 business IDs"),
        ("plan or report", "3 plans or reports"),
    ],
)
def test_english_counts(noun, three):
    assert count(3, noun, "en") == three
    assert count(1, noun, "en") == f"1 {noun}"


@pytest.mark.parametrize(
    ("noun", "three"),
    [
        ("styrgrupp", "3 styrgrupper"),
        ("nämnd", "3 nämnder"),
        ("kommun", "3 kommuner"),
        ("förening", "3 föreningar"),
        ("registrerad förening", "3 registrerade föreningar"),
        ("regional grupp", "3 regionala grupper"),
        ("icke namngiven grupp", "3 icke namngivna grupper"),
        ("programmets styrgrupp", "3 programmets styrgrupper"),
        ("enhet inom koncernförvaltningen", "3 enheter inom koncernförvaltningen"),
        ("välfärdsområde", "3 välfärdsområden"),
        ("nätverk", "3 nätverk"),
        ("källa", "3 källor"),
    ],
)
def test_swedish_counts(noun, three):
    assert count(3, noun, "sv") == three
    assert count(1, noun, "sv") == f"1 {noun}"


@given(st.integers(0, 10**6), st.text(min_size=1, max_size=40), st.sampled_from(LANGUAGES))
@settings(max_examples=300, deadline=None)
def test_any_label_can_be_counted(n, label, lang):
    assert count(n, label, lang).startswith(f"{n} ")


def test_every_header_in_every_language():
    for column, words in HEADERS.items():
        assert set(words) == set(LANGUAGES), column
        assert header(column, "en") == words["en"]
    assert header("no_such_column", "fi") == "no_such_column"


def test_summary_names_kinds_in_words():
    summary = Summary(
        triples=120,
        totals={"bodies": 4, "persons": 1},
        kinds={"bodies": Counter({"hyte:SteeringGroup": 3, "hyte:ExpertGroup": 1})},
        relations=Counter({"hyte:chairs": 2}),
        names={
            "hyte:SteeringGroup": {"fi": "ohjausryhmä", "en": "steering group", "sv": "styrgrupp"},
            "hyte:ExpertGroup": {"fi": "asiantuntijaryhmä", "en": "expert group"},
            "hyte:chairs": {"fi": "puheenjohtajana", "en": "chairs", "sv": "ordförande i"},
        },
    )
    fi = summary.format("fi").splitlines()
    assert "4 toimielintä: 3 ohjausryhmää, 1 asiantuntijaryhmä" in fi
    assert "1 henkilö" in fi
    assert "2 suhdetta: puheenjohtajana 2" in fi
    assert "120 kolmikkoa" in fi
    en = summary.format("en").splitlines()
    assert "4 bodies: 3 steering groups, 1 expert group" in en
    sv = summary.format("sv").splitlines()
    # no Swedish label for hyte:ExpertGroup: its prefixed name, never another language's noun
    assert "4 organ: 3 styrgrupper, 1 hyte:ExpertGroup" in sv

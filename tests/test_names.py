"""Forgiving name lookup: word forms, diacritics, prefixes, ambiguity, suggestions, persistence.

Every lookup test runs on both storages of the index, in memory and in SQLite."""

from __future__ import annotations

import tempfile

import pytest
from conftest import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st

from hytegraph.core.namespaces import ID
from hytegraph.store import names
from hytegraph.store.load import load_graph
from hytegraph.store.names import (
    ACTOR_KINDS,
    BODY_KINDS,
    STORAGES,
    AmbiguousName,
    Entry,
    UnknownName,
    index_for,
    normalise,
    similarity,
    stems,
    strip_diacritics,
)

CATALOGUE = FIXTURES / "catalogue" / "catalogue.ttl"
SCRATCH = None


@pytest.fixture(scope="module", params=STORAGES)
def index(request, tmp_path_factory):
    store = load_graph([CATALOGUE], include_bundled=False)
    folder = tmp_path_factory.mktemp("names")
    built = names.from_store(store, folder=folder, storage=request.param)
    assert type(built).__name__.lower().startswith(request.param)
    return built


@pytest.fixture(scope="module", params=STORAGES)
def bundled(request, tmp_path_factory):
    store = load_graph()
    if request.param == "memory":
        return index_for(store)  # what every command uses
    return names.from_store(store, folder=tmp_path_factory.mktemp("names"), storage="sqlite")


@pytest.fixture(scope="module", autouse=True)
def scratch(tmp_path_factory):
    """A folder for the SQLite indexes the property tests build (one per example)."""
    global SCRATCH
    SCRATCH = tmp_path_factory.mktemp("scratch")


def build(entries, storage):
    """An index of ``entries`` in ``storage`` (SQLite in a fresh folder)."""
    if storage == "memory":
        return names.build(entries, storage="memory")
    return names.build(entries, folder=tempfile.mkdtemp(dir=SCRATCH), storage="sqlite")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Aalto", "person/anna"),
        ("anna aalto", "person/anna"),
        ("ANNA AALTO", "person/anna"),
        ("Aalto", "person/anna"),  # one word of the name
        ("Aallon", "person/anna"),  # genitive with consonant gradation (lt -> ll)
        ("Xyzzy Quux", None),
        ("hyvinvointialueen", "org/alue"),  # genitive of an alternative label
        ("Testialueen hyvinvointialueella", "org/alue"),
        ("Liikuntaseura ry:n", "org/ry"),
        ("liikuntaseura ry", "org/ry"),
        ("nuorisotyöryhmässä", "body/tyoryhma"),
        ("nuorisotyoryhma", "body/tyoryhma"),  # without diacritics
        ("Hyvinvoinnin ohjausryhmässä", "body/ohjausryhma"),
        ("Sivistystoimialan", "unit/sivistys"),
        ("Sivist", "unit/sivistys"),  # a prefix
        ("liikuntap", "unit/liikunta"),
        ("elämä", "body/ohjelma"),  # a word of the name
        ("työryhmä", "body/tyoryhma"),  # inside a compound word
        ("rehtorit", "collective/rehtorit"),
        ("Wellbeing Board", "body/lautakunta"),  # an English label
    ],
)
def test_resolve(index, text, expected):
    if expected is None:
        with pytest.raises(UnknownName):
            index.resolve(text)
    else:
        assert index.resolve(text).iri == ID + expected


def test_exact_beats_partial(index):
    # "järjestöt" is the whole name of one entity and no word of another
    assert index.resolve("järjestöt").iri == ID + "collective/jarjestot"
    assert index.resolve("järjestöjen").score == 100  # an alternative label, exactly


def test_ambiguous_lists_candidates_with_kinds(index):
    with pytest.raises(AmbiguousName) as info:
        index.resolve("Virta")
    assert {(c.label, c.kind) for c in info.value.candidates} == {
        ("Ville Virta", "person"),
        ("Veera Virta", "person"),
    }
    assert "Ville Virta (person)" in str(info.value)
    assert "Veera Virta (person)" in str(info.value)


def test_unknown_suggests_closest(index):
    with pytest.raises(UnknownName) as info:
        index.resolve("Ana Alto")
    assert info.value.suggestions[0].iri == ID + "person/anna"
    assert "Anna Aalto (person)" in info.value.hint


def test_kinds_restrict(index):
    assert index.resolve("toimiala", ACTOR_KINDS).iri == ID + "unit/sivistys"
    with pytest.raises(UnknownName):
        index.resolve("Anna Aalto", BODY_KINDS)


def test_kinds(index):
    assert index.kind(ID + "org/alue") == "county"
    assert index.kind(ID + "org/ry") == "ngo"  # a registered association is an NGO
    assert index.kind(ID + "unit/liikunta") == "unit"
    assert index.kind(ID + "collective/jarjestot") == "collective"
    assert index.kind(ID + "post/rehtori") == "post"
    assert index.kind(ID + "body/projekti") == "body"
    assert index.kind(ID + "person/anna") == "person"


def test_round_trip(index):
    again = names.from_bytes(index.to_bytes())
    assert again == index
    assert again.resolve("nuorisotyöryhmässä").iri == ID + "body/tyoryhma"


def test_from_bytes_rejects_other_versions():
    import json
    import zlib

    with pytest.raises(ValueError):
        names.from_bytes(zlib.compress(json.dumps({"version": 99, "entries": []}).encode()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Virpi Mattila", "person/virpi-mattila"),
        ("virpi mattila", "person/virpi-mattila"),
        ("Mattilan", "person/virpi-mattila"),
        ("hyvinvointialueen", "org/lansi-uusimaa"),
        ("Lansi-Uudenmaan hyvinvointialue", "org/lansi-uusimaa"),
        ("Länsi- Uudenmaan hyvinvointialueen", "org/lansi-uusimaa"),
        ("Hyte ry:n", "org/hyte-ry"),
        ("lasten ja nuorten ohjausryhmässä", "body/lasten-ja-nuorten-ohjausryhma"),
        ("Nuorten hyvinvointityöryhmässä", "body/nuorten-hyvinvointityoryhma"),
        ("aluepäälliköt", "collective/suomenkielisen-perusopetuksen-aluepaallikot"),
        ("Ohjausryhmään", "body/tyoikaisten-ohjausryhma"),  # a hidden label
        ("Espoon kaupungilla", "org/espoo"),
        ("Kasvun ja oppimisen toimialalla", "unit/kasvu-ja-oppiminen"),
        ("tyttöjen talon", "org/tyttojen-talo"),
    ],
)
def test_bundled_names(bundled, text, expected):
    assert bundled.resolve(text).iri == ID + expected


def test_bundled_ambiguous(bundled):
    with pytest.raises(AmbiguousName) as info:
        bundled.resolve("Virpi")
    assert {c.label for c in info.value.candidates} == {"Virpi Mattila", "Virpi Mikama"}


# ---------------------------------------------------------------------------------------------
# properties


FINNISH = st.text(alphabet="abcdefghijklmnoprstuvyäö", min_size=4, max_size=14)


@given(FINNISH, st.sampled_from(["n", "ssa", "sta", "lla", "lle", "lta", "ksi", "na"]))
@settings(max_examples=200, deadline=None)
def test_a_case_ending_keeps_a_shared_stem(word, ending):
    # vowel harmony: front-vowel words take -ssä, -stä, ...
    if any(c in word for c in "äöy") and not any(c in word for c in "aou"):
        ending = ending.replace("a", "ä")
    assert stems(word) & stems(word + ending)


@given(st.text(min_size=1, max_size=30))
@settings(max_examples=200, deadline=None)
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once
    assert strip_diacritics(strip_diacritics(once)) == strip_diacritics(once)


NAMES = st.text(alphabet="abcdeghijklmnoprstuvyäö -", min_size=3, max_size=25).filter(
    lambda s: normalise(s) != ""
)


@pytest.mark.parametrize("storage", STORAGES)
@given(st.lists(NAMES, min_size=1, max_size=6, unique_by=normalise))
@settings(max_examples=100, deadline=None)
def test_every_name_finds_its_entity(storage, names_):
    entries = [Entry(f"{ID}x/{i}", name, "fi", "body", False) for i, name in enumerate(names_)]
    index = build(entries, storage)
    for i, name in enumerate(names_):
        matches = index.search(name)
        assert matches[0].iri == f"{ID}x/{i}" or matches[0].score == matches[1].score == 100
    assert names.from_bytes(index.to_bytes()) == index


@pytest.mark.parametrize("storage", STORAGES)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöå ", min_size=1, max_size=20))
@settings(max_examples=200, deadline=None)
def test_case_and_accents_do_not_matter(storage, name):
    if not normalise(name):
        return
    index = build([Entry(ID + "x/1", name, "fi", "body", False)], storage)
    assert index.resolve(name.upper()).iri == ID + "x/1"
    assert index.resolve(strip_diacritics(name)).iri == ID + "x/1"


# ---------------------------------------------------------------------------------------------
# inflected names of several words

# Finnish nouns in the forms a sentence puts them in: nominative, genitive, inessive, elative,
# adessive, ablative, allative, essive, translative, partitive, illative. Written out by hand
# (not by the normaliser's rules), with the noun types whose stem changes: gradation
# (kaupunki, lautakunta, hanke), -nen (Virtanen), -s (yhdistys, keskus, terveys), -e (alue).
FORMS = {
    "ohjausryhmä": "ohjausryhmän ohjausryhmässä ohjausryhmästä ohjausryhmällä ohjausryhmältä "
    "ohjausryhmälle ohjausryhmänä ohjausryhmäksi ohjausryhmää ohjausryhmään",
    "kaupunki": "kaupungin kaupungissa kaupungista kaupungilla kaupungilta kaupungille "
    "kaupunkina kaupungiksi kaupunkia kaupunkiin",
    "verkosto": "verkoston verkostossa verkostosta verkostolla verkostolta verkostolle "
    "verkostona verkostoksi verkostoa verkostoon",
    "lautakunta": "lautakunnan lautakunnassa lautakunnasta lautakunnalla lautakunnalta "
    "lautakunnalle lautakuntana lautakunnaksi lautakuntaa lautakuntaan",
    "yhdistys": "yhdistyksen yhdistyksessä yhdistyksestä yhdistyksellä yhdistykseltä "
    "yhdistykselle yhdistyksenä yhdistykseksi yhdistystä yhdistykseen",
    "keskus": "keskuksen keskuksessa keskuksesta keskuksella keskukselta keskukselle "
    "keskuksena keskukseksi keskusta keskukseen",
    "hyvinvointialue": "hyvinvointialueen hyvinvointialueessa hyvinvointialueesta "
    "hyvinvointialueella hyvinvointialueelta hyvinvointialueelle hyvinvointialueena "
    "hyvinvointialueeksi hyvinvointialuetta hyvinvointialueeseen",
    "Testilä": "Testilän Testilässä Testilästä Testilällä Testilältä Testilälle Testilänä "
    "Testiläksi Testilää Testilään",
    "nuorisotyö": "nuorisotyön nuorisotyössä nuorisotyöstä nuorisotyöllä nuorisotyöltä "
    "nuorisotyölle nuorisotyönä nuorisotyöksi nuorisotyötä nuorisotyöhön",
    "terveys": "terveyden terveydessä terveydestä terveydellä terveydeltä terveydelle "
    "terveytenä terveydeksi terveyttä terveyteen",
    "Virtanen": "Virtasen Virtasessa Virtasesta Virtasella Virtaselta Virtaselle Virtasena "
    "Virtaseksi Virtasta Virtaseen",
    "hanke": "hankkeen hankkeessa hankkeesta hankkeella hankkeelta hankkeelle hankkeena "
    "hankkeeksi hanketta hankkeeseen",
    "Espoo": "Espoon Espoossa Espoosta Espoolla Espoolta Espoolle Espoona Espooksi Espoota "
    "Espooseen",
    "seura": "seuran seurassa seurasta seuralla seuralta seuralle seurana seuraksi seuraa seuraan",
}
WORDS_OF_NAMES = sorted(FORMS)


def inflected(word, case):
    """``word`` in one of its forms: 0 is the basic form, 1 the genitive, and so on."""
    return word if case == 0 else FORMS[word].split()[case - 1]


@st.composite
def names_and_a_query(draw):
    """Up to six distinct names of one to three words, and one of them as a sentence may put
    it: the last word in any case, each word before it in the basic form or the genitive."""
    name_words = st.lists(st.sampled_from(WORDS_OF_NAMES), min_size=1, max_size=3, unique=True)
    names_ = draw(st.lists(name_words, min_size=1, max_size=6, unique_by=tuple))
    target = draw(st.integers(0, len(names_) - 1))
    words_ = names_[target]
    cases = [draw(st.sampled_from([0, 1])) for _ in words_[:-1]]
    cases.append(draw(st.integers(0, 10)))
    query = " ".join(inflected(w, c) for w, c in zip(words_, cases, strict=True))
    return [" ".join(n) for n in names_], target, query


@pytest.mark.parametrize("storage", STORAGES)
@given(names_and_a_query())
@settings(max_examples=300, deadline=None)
def test_an_inflected_name_of_several_words_finds_its_entity(storage, case):
    names_, target, query = case
    entries = [Entry(f"{ID}x/{i}", name, "fi", "body", False) for i, name in enumerate(names_)]
    index = build(entries, storage)
    assert index.resolve(query).iri == f"{ID}x/{target}", (query, names_)


@pytest.mark.parametrize("storage", STORAGES)
@pytest.mark.parametrize(
    "query",
    [
        "testilän ohjausryhmässä",
        "Testilän ohjausryhmään",
        "testilän ohjausryhmälle",
        "Testilässä ohjausryhmässä",
        "TESTILÄN OHJAUSRYHMÄN",
    ],
)
def test_inflected_forms_of_a_steering_groups_name(storage, query):
    entries = [
        Entry(ID + "body/testila", "Testilän ohjausryhmä", "fi", "body", False),
        Entry(ID + "body/nuoret", "Testilän nuorisotyön verkosto", "fi", "body", False),
        Entry(ID + "body/espoo", "Espoon ohjausryhmä", "fi", "body", False),
    ]
    assert build(entries, storage).resolve(query).iri == ID + "body/testila"


# ---------------------------------------------------------------------------------------------
# similarity: what a suggestion and a doubtful match need beyond a shared key

ALIKE = [
    # inflected forms of one name
    ("Hyte-ohjausryhmä", "hyte-ohjausryhmän"),
    ("Nuorten hyvinvointityöryhmässä", "Nuorten hyvinvointityöryhmä"),
    # a name with words left out, same head and distinctive words
    ("Lasten ja nuorten ohjausryhmä", "Lasten ja nuorten hyvinvoinnin ohjausryhmä"),
    ("Espoon kaupungin nuorisopalvelut", "Espoon nuorisopalvelut"),
    # Swedish, word order and inflection differ
    (
        "Styrgruppen för välfärd och hälsa i Grankulla",
        "Grankullas styrgrupp för främjande av välfärd och hälsa",
    ),
    # a typo
    ("Ana Alto", "Anna Aalto"),
]
NOT_ALIKE = [
    # same kind of group, nothing distinctive in common
    ("Testilän hyvinvointiryhmä", "Nuorten hyvinvointityöryhmä"),
    ("Lasten ohjausryhmä", "Työikäisten ohjausryhmä"),
    ("Testilän kaupunki", "Espoon kaupunki"),
    # only a generic word in common
    ("Group", "Youth Wellbeing Working Group"),
    # a distinctive word in common, but bodies of different kinds
    ("Espoon nuorisovaltuusto", "Espoon vanhusneuvosto"),
    # letters in common, not words
    ("Pekka Virtanen", "Kauniainen"),
    ("Pekka Virtanen", "Jaakko Tiinanen"),
]


@pytest.mark.parametrize(("a", "b"), ALIKE)
def test_alike_names(a, b):
    assert similarity.alike(a, b) and similarity.alike(b, a)


@pytest.mark.parametrize(("a", "b"), NOT_ALIKE)
def test_names_that_are_not_alike(a, b):
    assert not similarity.alike(a, b) and not similarity.alike(b, a)
    assert similarity.similarity(a, b) < similarity.ALIKE


def test_similarity_ignores_case_accents_word_order_and_function_words():
    assert similarity.similarity("Lasten ja nuorten ryhmä", "NUORTEN LASTEN RYHMA") == 1.0
    assert similarity.similarity("x", "") == 0.0


def test_suggestions_share_words_not_only_letters(bundled):
    with pytest.raises(UnknownName) as info:
        bundled.resolve("Pekka Virtanen", ACTOR_KINDS)
    assert info.value.suggestions == []
    with pytest.raises(UnknownName) as info:
        bundled.resolve("Virpi Matilainen", ACTOR_KINDS)
    assert [c.label for c in info.value.suggestions][:1] == ["Virpi Mattila"]


def test_names_read_from_pyoxigraph_rows_are_those_read_through_rdflib():
    """The index of a pyoxigraph store is read from the engine's rows as plain strings; the
    same graph in the rdflib backend goes through rdflib terms: the entries agree (languages,
    alternative names and kinds included)."""
    from hytegraph.store.names.index import read_entries

    fast = read_entries(load_graph(backend="oxigraph"))
    slow = read_entries(load_graph(backend="rdflib"))
    assert len(fast) > 100 and {e.lang for e in fast} >= {"fi", "en"}
    assert any(e.is_alt for e in fast) and len({e.kind for e in fast}) > 5
    assert sorted(fast) == sorted(slow)

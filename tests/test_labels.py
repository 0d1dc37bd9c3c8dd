import pytest
from conftest import FIXTURES
from hypothesis import given
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from hytegraph.core.namespaces import IDNS
from hytegraph.query.labels import choose, label, labels, last_segment
from hytegraph.store import new_store


@pytest.fixture(params=["oxigraph", "rdflib", "graph"])
def source(request):
    if request.param == "graph":
        from hytegraph.core.rdfio import read_graph

        return read_graph(FIXTURES / "small.ttl")
    store = new_store(request.param)
    store.load_file(FIXTURES / "small.ttl")
    return store


@pytest.mark.parametrize(
    ("iri", "lang", "expected"),
    [
        ("body/a", "fi", "Ryhmä A"),
        ("body/a", "en", "Group A"),
        ("body/a", "sv", "Grupp A"),
        ("body/b", "sv", "Ryhmä B"),  # no Swedish: Finnish
        ("body/c", "fi", "Group C"),  # only English: any
        ("body/d", "en", "Ryhmä D"),  # rdfs:label in Finnish
        ("body/e", "fi", "Ryhmä E"),  # untagged
        ("body/fä", "fi", "fä"),  # no label: the IRI's last segment, decoded
    ],
)
def test_fallback_order(source, iri, lang, expected):
    node = URIRef(str(IDNS) + iri.replace("ä", "%C3%A4"))
    assert label(source, node, lang) == expected


def test_bulk_matches_single(source):
    iris = [IDNS[f"body/{x}"] for x in "abcde"] + [IDNS["person/p2"]]
    for lang in ("fi", "en", "sv"):
        bulk = labels(source, iris, lang)
        assert bulk == {iri: label(source, iri, lang) for iri in iris}


def test_last_segment():
    assert last_segment(URIRef("https://w3id.org/hytegraph/ontology#Body")) == "Body"
    assert last_segment(URIRef("https://w3id.org/hytegraph/id/role/")) == "role"
    assert last_segment(BNode("x1")) == "_:x1"


def test_prefers_preflabel_over_rdfs_label():
    pairs = [(RDFS.label, Literal("rdfs", lang="fi")), (SKOS.prefLabel, Literal("pref", lang="fi"))]
    assert choose(pairs, "fi") == "pref"


@given(
    st.dictionaries(
        st.sampled_from(["fi", "en", "sv", "de", "fi-FI"]), st.text(min_size=1), min_size=1
    )
)
def test_requested_language_wins_when_present(by_lang):
    pairs = [(SKOS.prefLabel, Literal(text, lang=lang)) for lang, text in by_lang.items()]
    chosen = choose(pairs, "en")
    if "en" in by_lang:
        assert chosen == by_lang["en"]
    elif "fi" in by_lang or "fi-FI" in by_lang:
        assert chosen in {by_lang.get("fi"), by_lang.get("fi-FI")}
    else:
        assert chosen in by_lang.values()


_LABEL = st.tuples(
    st.sampled_from([SKOS.prefLabel, RDFS.label]),
    st.sampled_from(["fi", "en", "sv", "fi-fi", "de", None]),
    st.sampled_from(["a", "b", "Åbo", "ä"]),
)


@given(
    st.lists(st.lists(_LABEL, max_size=5), min_size=1, max_size=6),
    st.sampled_from(["fi", "en", "sv"]),
)
def test_labels_of_a_store_are_chosen_from_every_label_of_each_node(nodes, lang):
    # labels() reads rdfs:label only for the nodes whose skos:prefLabel cannot decide: the
    # choice is still the one made from all of a node's labels
    store = new_store()
    iris = [IDNS[f"node/n{i}"] for i in range(len(nodes))]
    pairs = {}
    for iri, found in zip(iris, nodes, strict=True):
        pairs[iri] = [(prop, Literal(text, lang=tag)) for prop, tag, text in found]
        store.add_triples((iri, prop, value) for prop, value in pairs[iri])
    expected = {iri: choose(pairs[iri], lang) or last_segment(iri) for iri in iris}
    assert labels(store, iris, lang) == expected

"""The Finnish dictionary read from pyvoikko's transducer (:mod:`.voikkofst`): the transducer's
raw output read into libvoikko's attributes, and the same readings as libvoikko where both
are installed."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.voikkofst import Reading, read, transducer_path

ROOT = Path(__file__).resolve().parent.parent

# raw outputs of the voikko-fi transducer, and what libvoikko makes of them
RAW = [
    # a surname in the genitive: the basic form is the part's [Xp]
    (
        "[Les][Xp]Virtanen[X]virta[Sg][Ny]sen",
        [Reading("Virtanen", "sukunimi", "omanto", "singular", False)],
    ),
    # a compound: the letters of the first part as written, the last part's basic form
    (
        "[Lnl][Xp]aikuinen[X]aikuis[Bh][Bc][Ln][Xp]koulutus[X]koulutu[Sg][Ny]ksen",
        [Reading("aikuiskoulutus", "nimisana", "omanto", "singular", False)],
    ),
    # a hyphen between two equal vowels is right ("rinta-ahon") ...
    (
        "[Ln][Xp]rinta[X]rint[Sn][Ny]a-[Bh][Bc][Ln][Ica][Xp]aho[X]aho[Sg][Ny]n",
        [Reading("rinta-aho", "nimisana", "omanto", "singular", False)],
    ),
    # ... and needed ("rintaahon" is no word), and wrong elsewhere ("ala-kokko")
    ("[Ln][Xp]rinta[X]rint[Sn][Ny]a[Bh][Bc][Ln][Ica][Xp]aho[X]aho[Sg][Ny]n", []),
    ("[Ln][De][Xp]ala[X]al[Sn][Ny]a-[Bh][Bc][Ln][Xp]kokko[X]kokko[Sn][Ny]", []),
    # a proper name does not begin a compound that ends in a common noun not made for it
    ("[Les][Xp]Virta[X]virta[Sn][Ny][Bh][Bc][Ln][Xp]talo[X]talo[Sn][Ny]", []),
    # a word that ends in a hyphen is a prefix, without case or number
    (
        "[Ln][Xp]astma[X]astm[Sn][Ny]a-[Bh][Bc]",
        [Reading("astma-", "etuliite", None, None, False)],
    ),
    # a compound whose last part may end a name is also read as a name ("Alakoulun")
    (
        "[Ln][De][Xp]ala[X]al[Sn][Ny]a[Bh][Bc][Ln][Ica][Ion][Xp]koulu[X]koulu[Sg][Ny]n",
        [
            Reading("alakoulu", "nimisana", "omanto", "singular", False),
            Reading("alakoulu", "nimi", "omanto", "singular", False),
        ],
    ),
    # a place name's inflected first part takes its basic form too
    (
        "[Lnl][De][Xp]iso[X]iso[Sade][Ny]lla-[Bc][Lep][Xp]Britannia[X]britannia[Sade][Ny]lla",
        [Reading("Iso-Britannia", "paikannimi", "ulkoolento", "singular", False)],
    ),
    # ... but not a first part in "-is" ("Pohjois-Suomella")
    (
        "[Lnl][De][Xp]pohjoinen[X]pohjois-[Bc][Lep][Xp]Suomi[X]suome[Sade][Ny]lla",
        [Reading("pohjois-Suomi", "paikannimi", "ulkoolento", "singular", False)],
    ),
    # numerals: digits as written, a spelt numeral from its parts
    ("[Lu]102[Sp][Ny]:a", [Reading("102", "lukusana", "osanto", "singular", False)]),
    (
        "[Lu][Xp]kaksi[X]ka[Sg][Ny]hden[Bc][Lu][Xp]kymmentä[X][Sg][Ny]kymmenen",
        [Reading("kaksikymmentä", "lukusana", "omanto", "singular", False)],
    ),
    # a past passive participle is an adjective
    (
        "[Lt][Xp]kuulla[X]kuul[Ll][Rt][Xj]tu[X]tu[Sp][Ny]aa[O3]n[Ln]",
        [Reading("kuultu", "laatusana", "osanto", "singular", False)],
    ),
    # an adverb in -sti has no number, whatever its first part's
    (
        "[Ln][Xp]kansa[X]kans[Sg][Nm]ain[Bh][Bc][Ln][Xp]väli[X]väl[Ll][Xj]inen[X]ise[Ssti]sti",
        [Reading("kansainvälinen", "laatusana", "kerrontosti", None, False)],
    ),
    # the question clitic "-ko"
    (
        "[Les][Xp]Juhola[X]juhola[Sn][Ny]-[Bc][Lee][Xp]Arja[X]arj[Sg][Ny]an[Fko][Ef]ko",
        [Reading("juhola-Arja", "etunimi", "omanto", "singular", True)],
    ),
]


@pytest.mark.parametrize(("output", "expected"), RAW, ids=[r[0][:40] for r in RAW])
def test_raw_output_is_read_as_libvoikko_reads_it(output: str, expected: list[Reading]) -> None:
    assert read(output) == expected


needs_transducer = pytest.mark.skipif(
    transducer_path() is None, reason="pyvoikko (its voikko.kfst) is not installed"
)


@functools.cache
def _readers() -> tuple[m.VoikkoFstMorphology, m.Morphology | None]:
    """The transducer, and libvoikko where it is installed (made on first use: a test worker
    that runs none of these tests does not load the transducer)."""
    fst, lib = m.morphology("fst"), m.morphology("libvoikko")  # (the shared, cached readers)
    assert isinstance(fst, m.VoikkoFstMorphology)
    return fst, lib if isinstance(lib, m.VoikkoMorphology) else None


@needs_transducer
def test_the_transducer_gives_base_forms_classes_and_cases() -> None:
    fst, _lib = _readers()
    assert m.Analysis("Virtanen", m.SURNAME, "gen") in fst.analyse("Virtasen")
    assert m.Analysis("kumppanuuspöytä", m.NOUN, "gen") in fst.analyse("kumppanuuspöydän")
    assert m.Analysis("ESPOO", m.PLACE, "gen") in fst.analyse("ESPOON")  # the word's capitals
    assert {a.cls for a in fst.analyse("Aalto-yliopistossa")} == {m.NOUN, m.NAME}
    assert fst.analyse("ala-kokko") == ()
    assert fst.analyse("HUS:ssa") == (m.Analysis("HUS", m.OTHER, "ine"),)


@needs_transducer
def test_without_libvoikko_the_transducer_is_the_reader(monkeypatch) -> None:
    monkeypatch.setenv("HYTEGRAPH_NO_LIBVOIKKO", "1")
    m._libvoikko.cache_clear()
    try:
        found = m.morphology()
        assert isinstance(found, m.VoikkoFstMorphology)
        assert found.name == "voikko"  # the extractor's dictionary rules apply
        assert m.morphology("rules").name == "rules"
    finally:
        monkeypatch.delenv("HYTEGRAPH_NO_LIBVOIKKO")
        m._libvoikko.cache_clear()


def _words() -> list[str]:
    found: set[str] = set()
    paths = sorted((ROOT / "data" / "sources").glob("*.txt"))
    paths += sorted((ROOT / "bench" / "extract").glob("dev*/*.txt"))
    paths += sorted((ROOT / "bench" / "extract").glob("heldout1?/*.txt"))
    for path in paths:
        found.update(re.findall(r"[^\W_][\w:'-]*", path.read_text(encoding="utf-8")))
    return sorted(found)


@needs_transducer
@pytest.mark.skipif(
    not isinstance(m.morphology("libvoikko"), m.VoikkoMorphology),
    reason="libvoikko with its Finnish dictionary is not installed (nothing to compare with)",
)
def test_the_transducer_reads_every_word_as_libvoikko_does() -> None:
    fst, lib = _readers()
    assert lib is not None
    words = _words()
    assert len(words) > 5000
    differ = [w for w in words if set(lib.analyse(w)) != set(fst.analyse(w))]
    # (the two builds of voikko-fi differ in a few names, pyvoikko's knows "Isabel"; none of
    # these documents has one)
    assert differ == [], differ[:20]


@needs_transducer
@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aeiouyäöåkstnlrhpmvjdgbf-:'[]0123456789ÄÖAKSTİé")),
        min_size=1,
        max_size=16,
    )
)
def test_any_word_is_read_without_error_and_as_libvoikko_reads_it(word: str) -> None:
    fst, lib = _readers()
    readings = fst.analyse(word)
    assert all(isinstance(a, m.Analysis) for a in readings)
    if lib is not None:
        assert set(readings) == set(lib.analyse(word))


def test_an_unreadable_transducer_leaves_the_rules(tmp_path, monkeypatch) -> None:
    from hytegraph.authoring.extract import voikkofst

    bad = tmp_path / "voikko.kfst"
    bad.write_bytes(b"not a transducer")
    monkeypatch.setattr(voikkofst, "transducer_path", lambda: bad)
    monkeypatch.setenv("HYTEGRAPH_NO_LIBVOIKKO", "1")
    m._libvoikko.cache_clear()
    m._voikko_fst.cache_clear()
    try:
        with pytest.raises(ValueError):
            voikkofst.Analyser()
        assert m.morphology().name == "rules"  # and extract says so in its note
    finally:
        m._libvoikko.cache_clear()
        m._voikko_fst.cache_clear()

"""The extractor's shortcuts for long documents give what the plain reading gives.

- ``segment.lines_after`` yields the lines ``text[pos:].split("\\n")[1:]`` lists;
- ``segment.line_around`` and ``segment.end_at`` give the line (paragraph, sentence) a
  position is on, as cutting the text at its line breaks gives it;
- ``segment.lines`` and ``mentions.tokens`` read each text once but hand out new objects on
  every call, so a pass that changes what it got (a line's kind, a list of tokens) changes
  nothing another pass gets;
- a long text is cut into tokens once, and a span's tokens taken from that cut are the ones
  the span alone gives, wherever the span begins and ends (inside a word too);
- ``Lexicon.org_kind`` remembers the first organisation's marker that reads a word whole;
- ``Reader.persons`` and ``Reader.bodies`` remember what they read for the same tokens, and
  ``Reader.forget`` drops it when the lexicon's spellings change (a new document's);
- the pattern passes that look for a cue first ("paikan sai", four bullets on a line) find
  what the pattern alone finds.
"""

from __future__ import annotations

import random

import pytest

from hytegraph.authoring.extract import extract
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import Reader, Token, raw_tokens, tokens
from hytegraph.authoring.extract.morphology import RuleMorphology
from hytegraph.authoring.extract.segment import end_at, line_around, lines, lines_after
from tests.extract_snippets import MORPHS, held


def test_lines_after_lists_the_lines_a_split_lists() -> None:
    rng = random.Random(7)
    texts = ["", "a", "a\nb", "a\nb\n", "\n\n", "x\n\ny\n z", "Hallitus\nAino Ek\n\nBo Lind"]
    texts += ["".join(rng.choice("ab \n\t") for _ in range(rng.randint(0, 20))) for _ in range(300)]
    for text in texts:
        for pos in range(len(text) + 1):
            assert list(lines_after(text, pos)) == text[pos:].split("\n")[1:], (text, pos)


def _random_texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = ["", "a", "\n", "a\nb", "a\nb\n", "\n\n", "x. y\n\nz. ", "Hallitus\nAino Ek\n\nBo Lind"]
    return texts + [
        "".join(rng.choice("ab .\n\t") for _ in range(rng.randint(0, 20))) for _ in range(300)
    ]


def test_line_around_is_the_line_a_cut_at_line_breaks_gives() -> None:
    for text in _random_texts(11):
        spans, at = [], 0
        for line in text.split("\n"):
            spans.append((at, at + len(line)))  # a line's end is its line break
            at += len(line) + 1
        holding = {p: span for span in spans for p in range(span[0], span[1] + 1)}
        for start in range(len(text) + 1):
            assert line_around(text, start) == holding[start], (text, start)
            for end in range(start, len(text) + 1):
                assert line_around(text, start, end) == (holding[start][0], holding[end][1])


def test_end_at_is_the_first_separator_from_a_position_or_the_text_end() -> None:
    for text in _random_texts(12):
        for sep in ("\n", "\n\n", ". "):
            for pos in range(len(text) + 1):
                ends = [i for i in range(pos, len(text)) if text.startswith(sep, i)]
                assert end_at(text, pos, sep) == (ends[0] if ends else len(text)), (text, pos)


def test_lines_are_new_objects_on_every_call() -> None:
    text = "Hallitus\n• Aino Ek\nJäsen | Varajäsen\nBo Lind"
    first = lines(text)
    kinds = [ln.kind for ln in first]
    cells = [list(ln.cells) for ln in first]
    assert kinds[1:3] == ["item", "row"] and len(cells[2]) == 2
    for ln in first:
        ln.kind = "changed"
        ln.cells.clear()
    again = lines(text)
    assert [ln.kind for ln in again] == kinds
    assert [ln.cells for ln in again] == cells
    assert all(a is not b for a, b in zip(first, again, strict=True))


def test_tokens_are_a_new_list_on_every_call() -> None:
    text = "Puheenjohtaja Aino Ek, jäsen Bo Lind."
    first = tokens(text, 0, len(text))
    n = len(first)
    first.pop()
    first.append(first[0])
    again = tokens(text, 0, len(text))
    assert len(again) == n
    assert again[-1].text == "."
    assert [t.text for t in tokens(text, 14, 22)] == ["Aino", "Ek", ","]


def _shifted(toks: list[Token], by: int) -> list[Token]:
    return [Token(t.text, t.start + by, t.end + by) for t in toks]


def test_a_long_texts_spans_give_the_tokens_the_spans_alone_give() -> None:
    rng = random.Random(5)
    words = ["Aino", "MäkiBo", "Lind", "Ek-Salo", "jäsen", "ry:n", "pj.", "(", ")", "2020-2022"]
    words += ["Hallitus:", "vara-", "puheenjohtaja", "Åsa", "O'Neil", "’", ",", "•", "\n", "  "]  # noqa: RUF001
    text = " ".join(rng.choice(words) for _ in range(3000))
    assert len(text) > 10_000  # cut once as a whole
    spans = [(0, len(text)), (0, 0), (len(text), len(text))]
    for _ in range(3000):
        a = rng.randrange(len(text))
        spans.append((a, min(len(text), a + rng.choice([1, 2, 3, 7, 40, 300, 5000]))))
    for a, b in spans:
        alone = text[a:b]
        assert raw_tokens(text, a, b) == _shifted(raw_tokens(alone), a), (a, b)
        assert tokens(text, a, b) == _shifted(tokens(alone), a), (a, b)


def test_an_organisations_marker_is_the_first_pattern_reading_the_word_whole() -> None:
    for lang in ("fi", "sv"):
        lex = lexicon(lang)
        words = ["ry", "rf", "kaupunki", "stad", "oy", "förening", "yhdistys", "hallitus", "aino"]
        words += ["kunta", "kommun", "seurakunta", "församling", "säätiö", "stiftelse", "ab"]
        found = 0
        for word in words:
            first = next((k for p, k in lex.org_res if p.fullmatch(word)), None)
            got = lex.org_kind(word)
            assert (got[1] if got else None) == first, (lang, word)
            assert lex.org_kind(word) == got  # remembered the same
            found += got is not None
        assert found >= 4, lang  # the markers are there to be found


def test_reader_forgets_what_it_read_when_the_spellings_change() -> None:
    lex = lexicon("fi")
    text = "Puheenjohtja Aino"  # an office word with a letter left out
    toks = tokens(text)
    reader = Reader(lex, RuleMorphology())
    try:
        before = [p.written for p in reader.persons(toks)]
        assert before == ["Puheenjohtja Aino"]  # unknown: read as a name
        lex.respell({"Puheenjohtja"})
        assert [p.written for p in reader.persons(toks)] == before  # remembered
        reader.forget()
        fresh = [p.written for p in Reader(lex, RuleMorphology()).persons(toks)]
        assert fresh == []  # the office word, no name
        assert [p.written for p in reader.persons(toks)] == fresh
    finally:
        lex.respell(set())


def test_reader_hands_out_new_lists() -> None:
    reader = Reader(lexicon("fi"), RuleMorphology())
    toks = tokens("Kylälän vanhusneuvoston jäsen Aino Ek")
    people = reader.persons(toks)
    bodies = reader.bodies(toks)
    assert [p.written for p in people] == ["Aino Ek"]
    assert [b.written for b in bodies] == ["Kylälän vanhusneuvoston"]
    people.clear()
    bodies.clear()
    assert [p.written for p in reader.persons(toks)] == ["Aino Ek"]
    assert [b.written for b in reader.bodies(toks)] == ["Kylälän vanhusneuvoston"]


@pytest.mark.parametrize("morph", MORPHS)
def test_a_misspelt_office_reads_the_same_after_another_document(tmp_path, morph) -> None:
    """The spellings of one document do not stay behind for the next."""
    first = tmp_path / "first.txt"
    first.write_text("Vanhusneuvosto\n\nPuheenjohtja Aino Ek\nJäsen Bo Lind\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("Vammaisneuvosto\n\nSihteeri Eeva Salo\nJäsen Olli Oja\n", encoding="utf-8")
    alone = extract(second, lang="fi", morph=morph).rows()
    extract(first, lang="fi", morph=morph)
    assert extract(second, lang="fi", morph=morph).rows() == alone


@pytest.mark.parametrize("morph", MORPHS)
def test_bullets_run_on_one_line_are_parted_with_other_lines_around(morph) -> None:
    text = (
        "Kylälän vanhusneuvosto kokoontuu neljästi vuodessa.\n"
        "Esittely • Toiminta • Styrelsen • Aino Berg (Norrby) ordförande • Bo Lind (Ekby) "
        "ledamot\n"
        "Tervetuloa mukaan • kahvit tarjolla\n"
    )
    got = held(text, "sv", morph)
    assert ("Aino Berg", "chair", "Styrelsen") in got
    assert ("Bo Lind", "member", "Styrelsen") in got

"""The extraction from a file to proposals, and the proposals written as a workbook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hytegraph.authoring.extract.document import read_document
from hytegraph.authoring.extract.lexicon import guess_language, lexicon
from hytegraph.authoring.extract.morphology import morphology, voikko_missing_note
from hytegraph.authoring.extract.proposals import Proposals, assemble
from hytegraph.authoring.extract.walker import Walker
from hytegraph.errors import HytegraphError


def extract(
    path: str | Path,
    *,
    lang: str | None = None,
    source_id: str | None = None,
    store: object | None = None,
    morph: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    tagger: bool = True,
) -> Proposals:
    """Proposals for the document at ``path``: ``lang`` ``fi`` or ``sv`` (None: guessed from
    the text), ``source_id`` the id of its sources row (None: from the file name), ``store``
    the graph to match names against (None: no matching), ``morph`` ``rules`` to do without
    the Finnish dictionary (``fst``: its transducer even where libvoikko is installed);
    ``progress(done, total)`` is told the characters read as the reading goes; ``tagger`` (on
    by default, with the Finnish dictionary only) adds the learned tagger's proposals for names
    the rules left unclaimed (:mod:`.tagger`)."""
    from hytegraph.authoring.tograph import slug

    path = Path(path)
    document = read_document(path)
    language = lang or guess_language(document.text)
    if language not in ("fi", "sv"):
        raise HytegraphError(f"unknown language {language!r}", hint="Give --lang fi or --lang sv.")
    analyser = morphology(morph)
    index = None
    if store is not None:
        from hytegraph.store.names import index_for

        index = index_for(store)  # type: ignore[arg-type]
    walker = Walker(lexicon(language), analyser)
    walk = walker.walk(document.text, progress)
    findings = walk.findings
    # the tagger learned from the names the dictionary's base forms give: with the rules' word
    # forms its candidates differ, and it guesses worse than it helps (docs/performance.md)
    if tagger and analyser.name == "voikko":
        from hytegraph.authoring.extract import tagger as learned

        findings = findings + learned.propose(
            document.text,
            walk.findings,
            walk.named,
            walker.reader,
            learned.load_model(),
            margin=learned.MARGIN,
            no_seat=walk.no_seat,
        )
    proposals = assemble(
        document,
        source_id or slug(path.stem),
        language,
        findings,
        walk.named,
        index,
    )
    if analyser.name != "voikko" and language == "fi":
        proposals.notes.append(voikko_missing_note())
    return proposals


def write_proposals(proposals: Proposals, output: str | Path) -> list[Path]:
    """Write ``proposals`` as a workbook (``.xlsx``, or a folder of CSV files) with the source
    text beside it; the paths written. An existing output is never replaced (it may hold a
    person's review)."""
    from hytegraph.authoring import tables
    from hytegraph.authoring.columns import SHEETS
    from hytegraph.core.atomic import atomic_write_many

    output = Path(output)
    sheets = proposals.tables()
    data = {
        name: tables.Table(
            [
                c
                for c in tables.used_columns(name, rows)
                if any(c == col.id for col in SHEETS[name])
            ],
            rows,
        )
        for name, rows in sheets.items()
    }
    sources = data.get("sources")
    if proposals.lang != "fi" and sources is not None and "name_fi" not in sources.columns:
        # a source in another language needs its name in Finnish before import: its column is
        # there to fill, beside the title
        cols = sources.columns
        at = cols.index("title") + 1 if "title" in cols else len(cols)
        data["sources"] = tables.Table([*cols[:at], "name_fi", *cols[at:]], sources.rows)
    text_name = f"{proposals.source_id}.txt"
    if output.suffix.lower() in tables.XLSX:
        files: dict[Path, bytes | str] = {
            output: tables.xlsx_bytes(data, "en"),
            output.parent / text_name: proposals.document.text,
        }
    else:
        if output.exists() and not output.is_dir():
            raise HytegraphError(
                f"{output} is a file: give an .xlsx file or a folder for CSV files",
                hint="Use -o proposals.xlsx or -o a new folder.",
            )
        files = {output / f"{name}.csv": tables.csv_bytes(t) for name, t in data.items()}
        files[output / text_name] = proposals.document.text
    text_path = next(p for p in files if p.name == text_name)
    if _same_text(text_path, proposals.document.text):
        del files[text_path]  # the document itself, or its text written before: already there
    taken = [p for p in files if p.exists()]
    if taken and taken[0] == text_path and _same_file(text_path, proposals.document.path):
        # "extract bad.txt -o x.xlsx" beside a document not in UTF-8: its text, written in
        # UTF-8 beside the workbook for import, would take the document's own name
        raise HytegraphError(
            f"{text_path} is the document itself, and its text as read is not the file as it "
            "is (another encoding than UTF-8, or letters composed otherwise): extract writes "
            "that text beside the workbook for import, and never replaces the original",
            hint="Write the workbook into another folder (-o other/proposals.xlsx), or name "
            "the text file with --source-id.",
        )
    if taken:
        raise HytegraphError(
            f"{taken[0]} exists: extract never replaces a file (it may hold a review)",
            hint="Choose another -o (or --source-id for the text file's name), "
            "or move the old proposals away first.",
        )
    atomic_write_many(files)
    return list(files)


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _same_text(path: Path, text: str) -> bool:
    """Whether ``path`` already holds ``text`` (as the document a .txt was read from does)."""
    try:
        return path.is_file() and path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


__all__ = ["extract", "write_proposals"]

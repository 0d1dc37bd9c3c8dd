"""``hytegraph site``: the pages of ``hytegraph serve`` written as files, a static site that
works from ``file://`` and from any web server.

Layout of the folder::

    index.html  search.html  queries.html  map.html
    id/person/virpi-mattila.html ...      one page per entity, source and concept
    kinds/person.html, person-2.html ...  every entity of a kind, 1,000 a page
    queries/NAME.html (.json, .csv)       the catalogue; queries without parameters answered
    search/a.js ...                       the name list the search page reads, by first letter
    static/site.css  static/search.js

Links are relative, so the folder can be moved, zipped or published anywhere. Search runs in
the browser on ``search/*.js``; a query with parameters cannot run without a server and its
page shows the command that runs it.

Pages are written one by one as they are made (nothing is held for the whole site), each from
a few queries by subject (:mod:`hytegraph.web.describe`), so the time grows with the number of
entities and not with their square. The folder is written beside its target and swapped in at
the end: a failed run leaves the previous site as it was. ``limit`` writes the pages of at most
that many entities (municipalities, counties, bodies and sources first); ``only_kinds`` writes
the pages of those kinds only when there are more than ``limit`` entities (``build`` writes the
places' pages of a national graph, see :data:`hytegraph.build.SITE_KINDS_ABOVE_LIMIT`).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hytegraph.core.namespaces import BASE
from hytegraph.errors import ConfigurationError
from hytegraph.web import content
from hytegraph.web.pages import KIND_NAMES, Urls, static_files

if TYPE_CHECKING:
    from hytegraph.store import Store

#: A file in every site folder, so that a later run knows it may replace the folder.
MARKER = ".hytegraph-site"
#: The map is written into a site of at most this many entities (a bigger one would take
#: minutes to draw and megabytes to open; use ``hytegraph map --focus`` there).
MAP_LIMIT = 20_000
#: Seconds a query without parameters may take to be answered into the site.
QUERY_TIMEOUT = 20.0
#: The same, for a site cut short by ``limit``.
QUERY_TIMEOUT_ABOVE_LIMIT = 5.0
#: The site of a national graph (more than ``limit`` entities, so only the pages of
#: ``only_kinds``: what ``build`` writes) holds no answers of the catalogue queries: there each
#: reads hundreds of thousands of facts: at 1M triples five of the eight ran out of 5 s while
#: the build waited for them, and the three answered were tables of 1,654 to 8,398 rows (19 MB
#: of the site's 22; docs/performance.md, "build after validation"). Every
#: query still has its page, with the command that answers it (``hytegraph query NAME``;
#: ``hytegraph serve`` answers it in the browser).
ANSWER_WHEN_ONLY_KINDS = False
#: How many catalogue queries are answered at a time (each in a process of its own).
QUERY_WORKERS = 2
#: Sites of fewer entities are written by one process.
PARALLEL_FROM = 200
#: Kinds written first when ``limit`` cuts the site short.
PRIORITY = ("municipality", "county", "source", "body", "unit", "ngo", "institution")


@dataclass
class SiteReport:
    """What :func:`write_site` wrote."""

    path: Path
    pages: int = 0
    entities: int = 0
    skipped: int = 0  # entities left out by ``limit`` (or ``only_kinds``)
    #: The kinds whose pages alone were written (``only_kinds`` above ``limit``), else None.
    only_kinds: tuple[str, ...] | None = None
    limit: int | None = None
    bytes: int = 0
    seconds: float = 0.0
    map: bool = False
    #: Catalogue queries without parameters that ran out of time (or failed): their pages
    #: show the command that answers them.
    queries_skipped: list[str] = field(default_factory=list)
    #: The same, not run at all: a national site (:data:`ANSWER_WHEN_ONLY_KINDS`).
    queries_unanswered: list[str] = field(default_factory=list)
    #: The IRIs that got a page.
    iris: list[str] = field(default_factory=list)

    def format(self) -> str:
        size = self.bytes / 1_000_000
        line = (
            f"wrote the site {self.path}: {self.pages} pages ({self.entities} entities), "
            f"{size:.1f} MB in {self.seconds:.1f} s"
        )
        if self.skipped and self.only_kinds:
            kinds = ", ".join(self.only_kinds)
            line += (
                f"; more than {self.limit} entities, so only the pages of these kinds were "
                f"written: {kinds}; {self.skipped} entity pages left out: write every page with "
                f"`hytegraph site -o {self.path}` or browse them with `hytegraph serve`"
            )
        elif self.skipped:
            line += (
                f"; {self.skipped} entities left out (limit); write every page with "
                f"`hytegraph site -o {self.path}`"
            )
        if self.queries_unanswered:
            line += (
                f"; the {len(self.queries_unanswered)} catalogue queries without parameters "
                "are not answered on a site this size: their pages show the command "
                "(`hytegraph query NAME`), or ask them in `hytegraph serve`"
            )
        if not self.map:
            line += f"; no map.html (more than {MAP_LIMIT} entities)"
        return line


def _relative_root(page: str) -> str:
    depth = page.count("/")
    return "../" * depth


def _site_path(iri: str) -> str:
    return iri[len(BASE) :] + ".html"


def _check_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise ConfigurationError(
            f"{target} is a file; the site needs a folder",
            hint="Give a folder name with -o.",
        )
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).exists():
        raise ConfigurationError(
            f"{target} holds other files; the site is written only into an empty folder or "
            "over an earlier site",
            hint="Choose a new folder, or empty this one.",
        )


def write_site(
    store: Store,
    out: str | Path,
    *,
    lang: str = "fi",
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    only_kinds: Sequence[str] | None = None,
    catalogue: content.Catalogue | None = None,
) -> SiteReport:
    """Write the static site of ``store`` into the folder ``out`` (see the module docstring).
    ``progress(done, total)`` is called as entity pages are written; ``workers`` processes
    write them (default: one per CPU, at most 4). Above ``limit`` entities, ``only_kinds``
    (when given) restricts the entity pages to those kinds. ``catalogue`` is
    ``content.Catalogue.of(store, lang)`` when the caller already has it (seconds on a
    national graph)."""
    from hytegraph.core.atomic import output_error

    target = Path(out)
    _check_target(target)
    started = time.perf_counter()
    staging = target.parent / f".{target.name}.new-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    report = SiteReport(target, limit=limit)
    try:
        staging.mkdir(parents=True)
        count = workers if workers is not None else min(4, os.cpu_count() or 1)
        if catalogue is None:
            catalogue = content.Catalogue.of(store, lang)
        _write_all(
            store, staging, lang, limit, only_kinds, progress, report, max(1, count), catalogue
        )
        (staging / MARKER).write_text("written by hytegraph site\n", encoding="utf-8")
        _swap(staging, target)
    except OSError as e:
        shutil.rmtree(staging, ignore_errors=True)
        raise output_error(target, e) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report.seconds = time.perf_counter() - started
    return report


def _swap(staging: Path, target: Path) -> None:
    old = target.parent / f".{target.name}.old-{os.getpid()}"
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def _chosen(
    catalogue: content.Catalogue, limit: int | None, only_kinds: Sequence[str] | None = None
) -> tuple[list[content.Entry], int, bool]:
    """The entities that get a page (the first ``limit`` in the order of :data:`PRIORITY`;
    above ``limit``, only those of ``only_kinds`` when given), how many are left out, and
    whether ``only_kinds`` applied."""
    order = {k: i for i, k in enumerate(PRIORITY)}
    entities = sorted(
        catalogue.entities(), key=lambda e: (order.get(e.kind, len(order)), e.label.casefold())
    )
    total = len(entities)
    if limit is None or total <= limit:
        return entities, 0, False
    restricted = only_kinds is not None
    if restricted:
        kinds = set(only_kinds or ())
        entities = [e for e in entities if e.kind in kinds]
    entities = entities[:limit]
    return entities, total - len(entities), restricted


def planned_pages(
    store: Store,
    *,
    lang: str = "fi",
    limit: int | None = None,
    only_kinds: Sequence[str] | None = None,
    catalogue: content.Catalogue | None = None,
) -> list[str]:
    """The IRIs :func:`write_site` with the same ``lang``, ``limit`` and ``only_kinds`` gives a
    page (to link a map to the site before it is written); ``catalogue`` as for
    :func:`write_site`."""
    if catalogue is None:
        catalogue = content.Catalogue.of(store, lang)
    entities, _skipped, _restricted = _chosen(catalogue, limit, only_kinds)
    return sorted(e.iri for e in entities)


def _write_all(
    store: Store,
    folder: Path,
    lang: str,
    limit: int | None,
    only_kinds: Sequence[str] | None,
    progress: Callable[[int, int], None] | None,
    report: SiteReport,
    workers: int,
    catalogue: content.Catalogue,
) -> None:
    from hytegraph.query import catalogue as queries
    from hytegraph.store import SelectResult

    entities, report.skipped, restricted = _chosen(catalogue, limit, only_kinds)
    if restricted:
        report.only_kinds = tuple(only_kinds or ())
    written = {e.iri for e in entities}
    report.iris = sorted(written)

    def has_page(iri: str) -> bool:
        return iri in written

    def write(name: str, text: str | bytes) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8") if isinstance(text, str) else text
        path.write_bytes(data)
        report.bytes += len(data)
        if name.endswith(".html"):
            report.pages += 1

    report.map = sum(1 for _ in catalogue.entities()) <= MAP_LIMIT

    def urls(page: str) -> Urls:
        return Urls(
            static=True,
            root=_relative_root(page),
            lang=lang,
            has_page=has_page,
            has_map=report.map,
        )

    for asset in static_files():
        write(f"static/{asset.name}", asset.read_bytes())
    write("index.html", content.home_page(catalogue, urls("index.html"), lang))
    write("search.html", content.search_page(None, "", urls("search.html"), lang))
    for letter, rows in _search_shards(entities, lang).items():
        payload = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
        payload = payload.replace("<", "\\u003c")
        write(f"search/{letter}.js", f"hytegraphShard({json.dumps(letter)},{payload});\n")
    for kind in catalogue.by_kind:
        for number in range(1, content.kind_pages(catalogue, kind) + 1):
            name = f"kinds/{kind}" + ("" if number == 1 else f"-{number}") + ".html"
            page = content.kind_page(catalogue, kind, number, urls(name), lang)
            if page is not None:
                write(name, page)
    entries = queries.entries()
    write("queries.html", content.queries_page(entries, urls("queries.html"), lang))
    answerable = [
        q for q in entries if not q.params or all("optional" in p.meaning for p in q.params)
    ]
    if restricted and not ANSWER_WHEN_ONLY_KINDS:
        report.queries_unanswered = [q.name for q in answerable]
        answerable = []
    timeout = QUERY_TIMEOUT_ABOVE_LIMIT if report.skipped else QUERY_TIMEOUT
    answers = _answers(store, [q.text for q in answerable], timeout)
    for query in entries:
        name = f"queries/{query.name}.html"
        result = None
        if query.name in {q.name for q in answerable}:
            answer = answers[query.text]
            if answer is None:
                report.queries_skipped.append(query.name)
            elif isinstance(answer, SelectResult):
                result = content.table(store, answer, urls(name), lang)
        write(name, content.query_page(query, urls(name), lang, {}, result))
        if result is not None:
            from hytegraph.views.output import csv_text, render_json

            write(f"queries/{query.name}.json", render_json(result.records(), result.columns_out()))
            write(f"queries/{query.name}.csv", csv_text(result.records(), result.columns_out()))

    def entity_pages(chosen: list[content.Entry], tick: Callable[[], None]) -> tuple[int, int]:
        pages = size = 0
        for entity in chosen:
            name = _site_path(entity.iri)
            page = content.entity_page(store, entity.iri, urls(name), lang, catalogue)
            if page is not None:
                data = page.encode("utf-8")
                path = folder / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                pages += 1
                size += len(data)
            tick()
        return pages, size

    pages, size = _in_parallel(entity_pages, entities, workers, progress)
    report.entities += pages
    report.pages += pages
    report.bytes += size
    if report.map:
        from hytegraph.views.mapview import render_map

        write(
            "map.html",
            render_map(
                store,
                lang=lang,
                pages={"base": BASE, "prefix": "", "suffix": ".html", "only": sorted(written)},
            ),
        )


def _in_parallel(
    work: Callable[[list[content.Entry], Callable[[], None]], tuple[int, int]],
    entities: list[content.Entry],
    workers: int,
    progress: Callable[[int, int], None] | None,
) -> tuple[int, int]:
    """``work`` over ``entities``, split between ``workers`` forked processes (each reads the
    same store: pages are independent); ``(pages, bytes)`` summed."""
    import multiprocessing

    total = len(entities)
    forks = "fork" in multiprocessing.get_all_start_methods()
    if workers <= 1 or total < PARALLEL_FROM or not forks:
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None and (done % 50 == 0 or done == total):
                progress(done, total)

        return work(entities, tick)
    context = multiprocessing.get_context("fork")
    counter = context.Value("q", 0)
    answers = context.Queue()

    def child(part: int) -> None:
        def tick() -> None:
            with counter.get_lock():
                counter.value += 1

        answers.put(work(entities[part::workers], tick))

    processes = [context.Process(target=child, args=(k,), daemon=True) for k in range(workers)]
    for process in processes:
        process.start()
    results = []
    try:
        while len(results) < workers:
            try:
                results.append(answers.get(timeout=0.5))
            except Exception:  # queue.Empty: no worker finished yet
                if any(p.exitcode not in (None, 0) for p in processes):
                    raise RuntimeError("a process writing pages of the site failed") from None
            if progress is not None:
                progress(counter.value, total)
    finally:
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
    return sum(r[0] for r in results), sum(r[1] for r in results)


def _answers(store: Store, texts: list[str], timeout: float) -> dict[str, Any]:
    """Each query of ``texts`` answered (None: it failed or took longer than ``timeout``), up to
    :data:`QUERY_WORKERS` at a time: each runs in a process of its own, killed at the time
    limit, so a slow query is left out of the site instead of holding it up, and the site waits
    for the slow ones side by side rather than one after the other."""
    from concurrent.futures import ThreadPoolExecutor

    from hytegraph.errors import QueryError
    from hytegraph.query import catalogue
    from hytegraph.query.safety import QueryLimits

    def answer(text: str) -> Any:
        try:
            return catalogue.execute(
                store, text, limits=QueryLimits(timeout=timeout, network="try")
            )
        except QueryError:
            return None

    unique = list(dict.fromkeys(texts))
    if not unique:
        return {}
    with ThreadPoolExecutor(max_workers=min(QUERY_WORKERS, len(unique))) as pool:
        return dict(zip(unique, pool.map(answer, unique), strict=True))


def _search_shards(entities: list[content.Entry], lang: str) -> dict[str, list[list[str]]]:
    """The search list: ``[label, page, kind]`` under the first letter of each of its words
    (folded: no accents, lower case; anything but a-z and 0-9 under ``_``)."""
    import re
    import unicodedata

    shards: dict[str, list[list[str]]] = {}
    for entity in entities:
        folded = unicodedata.normalize("NFD", entity.label)
        folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
        letters = set()
        for word in re.split(r"[^0-9a-z\u00c0-\u024f]+", folded):
            if word:
                letters.add(word[0] if re.match(r"[a-z0-9]", word[0]) else "_")
        for letter in letters:
            shards.setdefault(letter, []).append(
                [entity.label, _site_path(entity.iri), entity.kind]
            )
    return shards


__all__ = ["KIND_NAMES", "MAP_LIMIT", "MARKER", "SiteReport", "planned_pages", "write_site"]

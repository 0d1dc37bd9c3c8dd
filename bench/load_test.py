"""Load test of ``hytegraph serve``: N clients querying at once for S seconds, on loopback.

    python bench/load_test.py                    # 50 clients x 30 s against a server it starts
    python bench/load_test.py --clients 20 --seconds 5
    python bench/load_test.py --url http://127.0.0.1:8000/sparql   # an already running server
    python bench/load_test.py --clients 1 --hostile 3 --timeout 10  # a cheap query under attack
    python bench/load_test.py --pages             # 50 clients x 30 s reading entity pages

Each client loops over a mix of catalogue queries (sent as POST application/sparql-query,
JSON results), one request at a time. Reports requests per second, latency percentiles (p50,
p90, p99, max) and the number of errors (any status other than 200, or a connection
failure). The baseline is the same queries run directly on the in-memory store in this
process, one at a time.

``--pages`` makes the clients read pages instead (``GET /id/...`` of every named entity of the
bundled graph, the source, home and search, as a browser asks for them); the baseline is then
the same pages made in this process, one at a time.

``--hostile N`` adds N clients that send, one after another, queries built to exhaust the
server (a memory bomb, an inline-data product, a query that takes minutes to plan); their
answers (503 at the time or memory limit) are counted apart, and the clients' latencies show
what the attack costs everyone else.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUERIES = ["who-chairs-what", "body-composition", "unit-leads", "ngo-representation", "evidence"]

#: Queries built to exhaust a server (see tests/test_attacks.py).
HOSTILE = [
    'ASK { BIND("x" AS ?s0) '
    + " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(31))
    + " }",
    "ASK { "
    + " ".join(f"VALUES ?v{i} {{ {' '.join(map(str, range(30)))} }}" for i in range(6))
    + " FILTER(?v0 + ?v1 + ?v2 + ?v3 + ?v4 + ?v5 < 0) }",
    "SELECT * WHERE { " + " ".join(f"?x ?p{i} ?o{i} ." for i in range(250)) + " }",
]


def query_texts() -> list[str]:
    from hytegraph.query import catalogue

    return [catalogue.find(name).text for name in QUERIES]


def _send(url: str, text: str) -> str:
    """The status of one query (or the connection error), for the hostile clients."""
    request = urllib.request.Request(
        url, data=text.encode("utf-8"), headers={"Content-Type": "application/sparql-query"}
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            answer.read()
            return str(answer.status)
    except urllib.error.HTTPError as e:
        return str(e.code)
    except OSError as e:
        return type(e).__name__


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: The answers to the hostile queries (status codes, or the connection error).
    hostile: list[str] = field(default_factory=list)

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))
        return ordered[index]

    def summary(self) -> dict[str, float]:
        return {
            "requests": len(self.latencies),
            "errors": len(self.errors),
            "rps": len(self.latencies) / self.seconds if self.seconds else 0.0,
            "p50_ms": self.percentile(50) * 1000,
            "p90_ms": self.percentile(90) * 1000,
            "p99_ms": self.percentile(99) * 1000,
            "max_ms": max(self.latencies, default=float("nan")) * 1000,
        }


def page_paths() -> list[str]:
    """The pages the ``--pages`` clients read: every named entity of the bundled graph (the
    source's page among them), the home page and a search."""
    from hytegraph.core.namespaces import BASE
    from hytegraph.store.load import load_graph
    from hytegraph.web.content import Catalogue

    catalogue = Catalogue.of(load_graph())
    paths = ["/" + e.iri[len(BASE) :] for e in catalogue.entities() if e.iri.startswith(BASE)]
    return [*sorted(paths), "/", "/search?q=ohjausryhm%C3%A4"]


def page_baseline(paths: list[str], seconds: float = 3.0) -> float:
    """Median milliseconds to make one entity page in this process, one at a time."""
    from hytegraph.core.namespaces import BASE
    from hytegraph.store.load import load_graph
    from hytegraph.web.content import Catalogue, entity_page
    from hytegraph.web.pages import Urls

    store = load_graph()
    catalogue = Catalogue.of(store)
    iris = [BASE + p[1:] for p in paths if p.startswith("/id/")]
    times: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for iri in iris:
            start = time.perf_counter()
            entity_page(store, iri, Urls(), "fi", catalogue)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run_load(
    url: str,
    clients: int,
    seconds: float,
    texts: list[str],
    hostile: int = 0,
    paths: list[str] | None = None,
) -> LoadResult:
    """``clients`` threads send queries to ``url`` for ``seconds`` (with ``paths``: read those
    pages of the server ``url`` ends in ``/sparql`` on); ``hostile`` more threads send
    :data:`HOSTILE` queries meanwhile (their answers go to ``result.hostile``)."""
    result = LoadResult()
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def attacker(number: int) -> None:
        i = number
        while time.monotonic() < stop_at:
            status = _send(url, HOSTILE[i % len(HOSTILE)])
            i += 1
            with lock:
                result.hostile.append(status)

    def client(number: int) -> None:
        i = number
        while time.monotonic() < stop_at:
            if paths:
                request = urllib.request.Request(
                    url.rsplit("/sparql", 1)[0] + paths[i % len(paths)],
                    headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
                )
                i += 1
            else:
                text = texts[i % len(texts)]
                i += 1
                request = urllib.request.Request(
                    url,
                    data=text.encode("utf-8"),
                    headers={
                        "Content-Type": "application/sparql-query",
                        "Accept": "application/sparql-results+json",
                    },
                )
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=60) as answer:
                    answer.read()
                    ok = answer.status == 200
                    problem = "" if ok else f"HTTP {answer.status}"
            except urllib.error.HTTPError as e:
                problem = f"HTTP {e.code}: {e.read()[:200]!r}"
            except OSError as e:
                problem = f"{type(e).__name__}: {e}"
            elapsed = time.perf_counter() - start
            with lock:
                if problem:
                    result.errors.append(problem)
                else:
                    result.latencies.append(elapsed)

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    threads += [threading.Thread(target=attacker, args=(n,), daemon=True) for n in range(hostile)]
    begin = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.seconds = time.monotonic() - begin
    return result


def baseline(texts: list[str], seconds: float = 3.0) -> float:
    """Median milliseconds per query on the in-memory store, in this process."""
    from hytegraph.store.load import load_graph

    store = load_graph()
    times: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for text in texts:
            start = time.perf_counter()
            store.query_results(text, "json")
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def start_server(
    workers: int | None, timeout: float | None = None, max_memory: int | None = None
) -> tuple[subprocess.Popen[str], str, str]:
    """``hytegraph serve --port 0`` in its own process; the URL from its first line."""
    command = [sys.executable, "-m", "hytegraph", "serve", "--port", "0", "--quiet"]
    if workers:
        command += ["--workers", str(workers)]
    if timeout:
        command += ["--timeout", str(timeout)]
    if max_memory:
        command += ["--max-memory", str(max_memory)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    line = process.stderr.readline()
    match = re.search(r"SPARQL endpoint (\S+/sparql)", line)
    if not match:
        process.kill()
        raise SystemExit(f"the server did not start: {line}")
    return process, match.group(1), line.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=None, help="server workers")
    parser.add_argument("--timeout", type=float, default=None, help="server --timeout")
    parser.add_argument("--max-memory", type=int, default=None, help="server --max-memory")
    parser.add_argument("--hostile", type=int, default=0, help="clients sending hostile queries")
    parser.add_argument("--url", help="query an already running server instead")
    parser.add_argument("--pages", action="store_true", help="read entity pages, not queries")
    args = parser.parse_args()

    texts = query_texts()
    paths = page_paths() if args.pages else None
    server = None
    url = args.url
    banner = "an already running server"
    if url is None:
        server, url, banner = start_server(args.workers, args.timeout, args.max_memory)
    try:
        result = run_load(url, args.clients, args.seconds, texts, args.hostile, paths)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    s = result.summary()
    base = page_baseline(paths) if paths else baseline(texts)
    hostile = f" + {args.hostile} hostile" if args.hostile else ""
    what = f"{len(paths)} pages" if paths else f"{len(texts)} queries"
    print(f"{args.clients} clients{hostile} x {args.seconds:g} s on {url} ({what})")
    print(f"server: {banner}")
    print(f"requests {s['requests']}  errors {s['errors']}  throughput {s['rps']:.1f} req/s")
    print(
        f"latency ms: p50 {s['p50_ms']:.1f}  p90 {s['p90_ms']:.1f}  "
        f"p99 {s['p99_ms']:.1f}  max {s['max_ms']:.1f}"
    )
    print(
        f"baseline (same {'pages' if paths else 'queries'} in-process, one at a time): "
        f"{base:.2f} ms median; "
        f"served p50 is {s['p50_ms'] / base:.0f}x that under this load"
    )
    if args.hostile:
        counts = {k: result.hostile.count(k) for k in sorted(set(result.hostile))}
        shown = ", ".join(f"{k}: {n}" for k, n in counts.items()) or "none answered"
        print(f"hostile queries answered: {len(result.hostile)} ({shown})")
    for problem in sorted(set(result.errors))[:10]:
        print("error:", problem)


if __name__ == "__main__":
    main()

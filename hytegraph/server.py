"""``hytegraph serve``: a read-only SPARQL 1.1 Protocol endpoint and the map, for a team.

- ``/sparql`` (also ``/query``): the query operation of the SPARQL 1.1 Protocol — ``GET
  ?query=``, ``POST`` form-encoded, ``POST application/sparql-query``. The results format is
  chosen by content negotiation (``Accept``): JSON, XML, CSV or TSV results for SELECT and
  ASK; Turtle, N-Triples or JSON-LD for CONSTRUCT and DESCRIBE. ``?format=json`` (or csv,
  tsv, xml, ttl, nt, jsonld) overrides the header, for browsers.
- Every query passes :func:`hytegraph.safety.check_query`: updates (``update=``,
  ``application/sparql-update``), ``SERVICE``, ``LOAD`` and ``FROM`` outside hytegraph's
  namespace are refused with 403 and a message; a malformed query gets 400 with the message.
- Each query runs under a time limit; a timeout answers 503. By default
  (``isolation="process"``, :func:`hytegraph.catalogue.execute_results`) each query runs in a
  forked child killed at the deadline, so a runaway query cannot keep a CPU busy;
  ``isolation="thread"`` runs it in the request's thread (pyoxigraph releases the GIL while it
  evaluates), much faster per query but only stopped between result rows. At
  most ``workers`` queries run at once; a request that finds no free worker within the time
  limit also gets 503. Requests are served by threads, so a slow query never holds up others.
- ``/`` is a small landing page (Finnish and English); ``/map?lang=fi|en|sv`` the network map,
  drawn on first request and kept.

The store is loaded once at startup and only read. The server binds 127.0.0.1 unless told
otherwise.
"""

from __future__ import annotations

import html
import os
import threading
import urllib.parse
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from hytegraph import __version__
from hytegraph.errors import HytegraphError, QueryError, QueryRefused, QueryTimeout
from hytegraph.store import Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_TIMEOUT = 30.0
MAX_QUERY_BYTES = 1 << 20
MAP_LANGUAGES = ("fi", "en", "sv")
#: How queries run: "process" (a forked child per query, killed at the deadline) or "thread"
#: (in the request's thread; at the deadline the answer is 503 and the query is asked to stop
#: at its next result row, but one that computes long before its first row runs on).
ISOLATION = ("process", "thread")

#: Media types per result format, as sent.
MEDIA_TYPES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
}
#: Media types accepted in ``Accept``, by query kind, in order of preference.
_RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",  # before text/xml: what text/* gets
    "text/tab-separated-values": "tsv",
    "text/xml": "xml",
}
_GRAPH_TYPES = {
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}
_GRAPH_FORMS = ("CONSTRUCT", "DESCRIBE")


class ProtocolError(Exception):
    """A request the endpoint answers with an HTTP error status and a plain-text message."""

    def __init__(self, status: HTTPStatus, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def negotiate(accept: str | None, form: str) -> str:
    """The result format for a query of ``form`` from an ``Accept`` header (q-values,
    wildcards); JSON results / Turtle when anything goes. :class:`ProtocolError` 406 when
    nothing acceptable is on offer."""
    table = _GRAPH_TYPES if form in _GRAPH_FORMS else _RESULT_TYPES
    default = "ttl" if form in _GRAPH_FORMS else "json"
    if not accept or not accept.strip():
        return default
    best: tuple[tuple[float, int, int], str] | None = None
    for position, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        quality = 1.0
        for param in parts[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality <= 0 or not media:
            continue
        if media in table:
            fmt = table[media]
        elif media == "*/*":
            fmt = default
        elif media.endswith("/*"):
            fmt = next((f for m, f in table.items() if m.startswith(media[:-1])), "")
            if not fmt:
                continue
        else:
            continue
        # Higher quality first, then the more specific type, then the earlier entry.
        rank = (quality, 0 if "*" in media else 1, -position)
        if best is None or rank > best[0]:
            best = (rank, fmt)
    if best is None:
        offered = ", ".join(sorted({m for m in table if not m.startswith("application/json")}))
        raise ProtocolError(
            HTTPStatus.NOT_ACCEPTABLE,
            f"none of the accepted types ({accept}) is offered for a {form} query; "
            f"offered: {offered}",
        )
    return best[1]


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: one thread per connection, at most ``workers`` queries at a time."""

    daemon_threads = True
    request_queue_size = 128
    allow_reuse_address = True

    def __init__(
        self,
        store: Store,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        workers: int | None = None,
        log: Callable[[str], None] | None = None,
        map_renderer: Callable[..., str] | None = None,
        isolation: str = "process",
    ) -> None:
        if isolation not in ISOLATION:
            raise ValueError(f"isolation must be one of {ISOLATION}")
        self.store = store
        self.isolation = isolation
        self.query_timeout = timeout
        self.workers = workers or max(2, 2 * (os.cpu_count() or 1))
        self.slots = threading.BoundedSemaphore(self.workers)
        self.log = log
        self._map_renderer = map_renderer
        self._maps: dict[str, bytes] = {}
        self._map_lock = threading.Lock()
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else str(host)
        return f"http://{shown}:{port}"

    # -- work ---------------------------------------------------------------------------------

    def run_query(self, text: str, accept: str | None, fmt: str | None) -> tuple[str, bytes]:
        """``(media type, body)`` for a query, or :class:`ProtocolError`."""
        from hytegraph import catalogue
        from hytegraph.safety import check_query

        try:
            form = check_query(text)
        except QueryRefused as e:
            raise ProtocolError(HTTPStatus.FORBIDDEN, e.describe()) from None
        except QueryError as e:
            raise ProtocolError(HTTPStatus.BAD_REQUEST, e.describe()) from None
        if fmt is not None:
            allowed = (
                ("ttl", "nt", "jsonld") if form in _GRAPH_FORMS else ("json", "xml", "csv", "tsv")
            )
            if fmt not in allowed:
                raise ProtocolError(
                    HTTPStatus.BAD_REQUEST,
                    f"format={fmt} does not fit a {form} query; use one of {', '.join(allowed)}",
                )
            chosen = fmt
        else:
            chosen = negotiate(accept, form)
        if not self.slots.acquire(timeout=self.query_timeout):
            raise ProtocolError(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the server is busy ({self.workers} queries running); try again shortly",
                {"Retry-After": "5"},
            )
        try:
            body = catalogue.execute_results(self.store, text, chosen, timeout=self.query_timeout)
        except QueryTimeout as e:
            raise ProtocolError(
                HTTPStatus.SERVICE_UNAVAILABLE, e.describe(), {"Retry-After": "5"}
            ) from None
        except QueryError as e:
            raise ProtocolError(HTTPStatus.BAD_REQUEST, e.describe()) from None
        finally:
            self.slots.release()
        return MEDIA_TYPES[chosen], body

    def map_page(self, lang: str) -> bytes:
        """The map in ``lang``, drawn on first request and then kept."""
        with self._map_lock:
            if lang not in self._maps:
                render = self._map_renderer
                if render is None:
                    from hytegraph.mapview import render_map

                    render = render_map
                self._maps[lang] = render(self.store, lang=lang).encode("utf-8")
            return self._maps[lang]


_LANDING = """<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>hytegraph</title>
<style>body{{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;
line-height:1.5}}code{{background:#f3f3f3;padding:0 .2rem}}</style></head><body>
<h1>hytegraph</h1>
<p lang="fi">Kuntien hyvinvoinnin ja terveyden edistämisen (HYTE) yhteistyörakenteet
tietoverkkona, jokainen tieto lähteeseensä jäljitettävissä.</p>
<ul lang="fi"><li><a href="map?lang=fi">Verkostokartta (suomeksi)</a></li>
<li><a href="map?lang=sv">Nätverkskarta (på svenska)</a></li>
<li>SPARQL-kyselyrajapinta: <code>{endpoint}</code> (vain luku)</li></ul>
<p lang="en">Health and wellbeing promotion (HYTE) collaboration structures of Finnish
municipalities as a knowledge graph; every fact traces back to its source.</p>
<ul lang="en"><li><a href="map?lang=en">Network map (in English)</a></li>
<li>SPARQL query endpoint: <code>{endpoint}</code> (read-only), e.g.
<a href="sparql?query={example}&amp;format=json">the first ten bodies</a></li></ul>
<p><small>hytegraph {version}</small></p>
</body></html>
"""
_EXAMPLE = "SELECT ?body WHERE { ?body a/rdfs:subClassOf* hyte:Body } LIMIT 10"


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = f"hytegraph/{__version__}"
    timeout = 60  # seconds a client may take to send its request

    # -- plumbing -----------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} - {format % args}")

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, error: ProtocolError) -> None:
        self._send(
            error.status,
            (error.message + "\n").encode("utf-8"),
            "text/plain; charset=utf-8",
            error.headers,
        )

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            if self.headers.get("Transfer-Encoding"):
                raise ProtocolError(
                    HTTPStatus.LENGTH_REQUIRED, "send the request with a Content-Length"
                )
            return b""
        try:
            size = int(length)
        except ValueError:
            raise ProtocolError(HTTPStatus.BAD_REQUEST, "Content-Length is not a number") from None
        if size < 0 or size > MAX_QUERY_BYTES:
            self.close_connection = True
            raise ProtocolError(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"the request body is larger than {MAX_QUERY_BYTES} bytes",
            )
        return self.rfile.read(size)

    # -- routes -------------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _refuse_method(self) -> None:
        self._error(
            ProtocolError(
                HTTPStatus.METHOD_NOT_ALLOWED,
                "this endpoint is read-only: only GET and POST queries are answered",
                {"Allow": "GET, POST, HEAD"},
            )
        )

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def _dispatch(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        try:
            body = self._body() if method == "POST" else b""
            if url.path in ("/sparql", "/query"):
                self._sparql(method, params, body)
            elif url.path == "/update":
                raise _read_only()
            elif url.path == "/" and method == "GET":
                self._landing()
            elif url.path == "/map" and method == "GET":
                self._map(params)
            else:
                raise ProtocolError(HTTPStatus.NOT_FOUND, f"nothing at {url.path}; see /")
        except ProtocolError as e:
            self._error(e)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except HytegraphError as e:
            self._error(ProtocolError(HTTPStatus.INTERNAL_SERVER_ERROR, e.describe()))
        except Exception as e:  # a bug must not take the server down; say so and log it
            self.log_error("internal error: %r", e)
            self._error(
                ProtocolError(
                    HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error: {type(e).__name__}"
                )
            )

    def _landing(self) -> None:
        page = _LANDING.format(
            endpoint=html.escape(self.server.url + "/sparql"),
            example=urllib.parse.quote(_EXAMPLE),
            version=__version__,
        )
        self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8")

    def _map(self, params: dict[str, list[str]]) -> None:
        lang = params.get("lang", ["fi"])[-1]
        if lang not in MAP_LANGUAGES:
            raise ProtocolError(
                HTTPStatus.BAD_REQUEST, f"lang={lang}: choose one of {', '.join(MAP_LANGUAGES)}"
            )
        self._send(HTTPStatus.OK, self.server.map_page(lang), "text/html; charset=utf-8")

    def _sparql(self, method: str, params: dict[str, list[str]], body: bytes) -> None:
        if method == "POST":
            kind = (self.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
            if kind == "application/x-www-form-urlencoded":
                try:
                    form = urllib.parse.parse_qs(
                        body.decode("utf-8"), keep_blank_values=True, strict_parsing=False
                    )
                except UnicodeDecodeError:
                    raise ProtocolError(HTTPStatus.BAD_REQUEST, "the form is not UTF-8") from None
                if "update" in form:
                    raise _read_only()
                if "query" in params:
                    raise ProtocolError(
                        HTTPStatus.BAD_REQUEST, "give the query in the form body, not the URL"
                    )
                params = {**params, **form}
            elif kind == "application/sparql-query":
                if "query" in params:
                    raise ProtocolError(HTTPStatus.BAD_REQUEST, "the query is in the body already")
                try:
                    params = {**params, "query": [body.decode("utf-8")]}
                except UnicodeDecodeError:
                    raise ProtocolError(HTTPStatus.BAD_REQUEST, "the query is not UTF-8") from None
            elif kind == "application/sparql-update":
                raise _read_only()
            else:
                raise ProtocolError(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    "POST a query as application/sparql-query or "
                    "application/x-www-form-urlencoded (query=...)",
                )
        if "update" in params:
            raise _read_only()
        for name in ("default-graph-uri", "named-graph-uri"):
            if name in params:
                raise ProtocolError(
                    HTTPStatus.BAD_REQUEST,
                    f"{name} is not supported: this endpoint has one default graph",
                )
        queries = params.get("query", [])
        if len(queries) != 1:
            raise ProtocolError(
                HTTPStatus.BAD_REQUEST,
                "give exactly one query (query=... or a POST body); see "
                "https://www.w3.org/TR/sparql11-protocol/",
            )
        fmt = params.get("format", [None])[-1]
        media, result = self.server.run_query(queries[0], self.headers.get("Accept"), fmt)
        self._send(HTTPStatus.OK, result, media, {"Vary": "Accept", "Cache-Control": "no-store"})


def _read_only() -> ProtocolError:
    return ProtocolError(
        HTTPStatus.FORBIDDEN,
        "SPARQL Update is not allowed: this endpoint is read-only\n"
        "  hint: change the data files and restart `hytegraph serve`.",
    )


def serve(
    store: Store,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    workers: int | None = None,
    log: Callable[[str], None] | None = None,
    ready: Callable[[SparqlServer], None] | None = None,
    isolation: str = "process",
) -> None:
    """Run the server until interrupted (Ctrl-C)."""
    server = SparqlServer(
        store, host, port, timeout=timeout, workers=workers, log=log, isolation=isolation
    )
    try:
        if ready is not None:
            ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


__all__ = ["MEDIA_TYPES", "SparqlServer", "negotiate", "serve"]

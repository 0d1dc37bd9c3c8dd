"""``hytegraph serve``: a read-only SPARQL 1.1 Protocol endpoint and the map, for a team.

- ``/sparql`` (also ``/query``): the query operation of the SPARQL 1.1 Protocol — ``GET
  ?query=``, ``POST`` form-encoded, ``POST application/sparql-query``. The results format is
  chosen by content negotiation (``Accept``): JSON, XML, CSV or TSV results for SELECT and
  ASK; Turtle, N-Triples or JSON-LD for CONSTRUCT and DESCRIBE. ``?format=json`` (or csv,
  tsv, xml, ttl, nt, jsonld) overrides the header, for browsers.
- This process never reads a query. It checks only its size and nesting
  (:func:`hytegraph.query.safety.check_bounds`, 400 when over a limit); everything else happens in
  a forked child per query (:func:`hytegraph.query.catalogue.evaluate`) that has no network, a
  memory limit and a deadline: the check of :mod:`hytegraph.query.safety` (updates, ``SERVICE``,
  ``LOAD`` and ``FROM`` outside hytegraph's namespace get 403, a malformed query 400), the
  choice of results format, the evaluation and the serialisation. A query past its time limit
  gets 503, and so does one past its memory limit; a query that crashes its process gets 400.
  At most ``workers`` queries run at once; a request that finds no free worker within the
  time limit also gets 503. Requests are served by threads, so a slow query never holds up
  others.
- HTTP hygiene: a request with both ``Content-Length`` and ``Transfer-Encoding``, or with
  two ``Content-Length`` headers, is refused; the connection is closed after every error
  answer, so no unread body bytes can pass for a request; the ``Host`` header must name this
  server (an IP address, ``localhost``, the ``host`` it was started on, or one of
  ``allowed_hosts``), which defeats DNS rebinding; control characters are escaped in the log.
- Pages (:mod:`hytegraph.web.content`): ``/`` home (search box, counts by kind, counties and
  municipalities), ``/search?q=``, ``/kinds/KIND``, ``/queries`` and ``/queries/NAME`` (each
  catalogue query as a form; ``.json`` and ``.csv`` give the same rows), and a page for every
  IRI of the graph at its own path (``/id/person/virpi-mattila``), which gives Turtle,
  N-Triples or JSON-LD instead to a client whose ``Accept`` asks for them (or with ``.ttl``,
  ``.nt``, ``.jsonld`` added to the path). ``?lang=en|sv`` changes the language. A catalogue
  query from a form runs like any other query: in a sandboxed child process.
- ``/map?lang=fi|en|sv`` the network map, drawn on first request and kept; its nodes link to
  their pages.

The store is loaded once at startup and only read. The server binds 127.0.0.1 unless told
otherwise. docs/security.md has the threat model and every limit.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from hytegraph.core.namespaces import BASE as BASE_IRI
from hytegraph.core.version import __version__
from hytegraph.errors import (
    HytegraphError,
    QueryError,
    QueryMemoryExceeded,
    QueryRefused,
    QueryTimeout,
    QueryTooLarge,
)
from hytegraph.query.safety import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    DEFAULT_MEMORY_MB,
    QueryLimits,
)
from hytegraph.store import Store

if TYPE_CHECKING:
    from hytegraph.query.safety import Approved

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_TIMEOUT = 30.0
#: Largest request body read (413 above); the query in it has its own, lower limit.
MAX_QUERY_BYTES = 1 << 20
MAP_LANGUAGES = ("fi", "en", "sv")
#: How queries run: each in a forked child process without network, killed at its limits.
#: (``"thread"``, running queries in the server process, was removed: a query could crash or
#: hold up the server, and its time limit could not be enforced.)
ISOLATION = ("process",)

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


def _answer(
    store: Store, approved: Approved, accept: str | None, fmt: str | None
) -> tuple[Any, ...]:
    """In the query's process: the results format for the approved query, and the results.
    ``("ok", format, body)``, or ``("refused", status, message)`` when no format fits."""
    form = approved.form
    if fmt is not None:
        allowed = ("ttl", "nt", "jsonld") if form in _GRAPH_FORMS else ("json", "xml", "csv", "tsv")
        if fmt not in allowed:
            return (
                "refused",
                int(HTTPStatus.BAD_REQUEST),
                f"format={fmt} does not fit a {form} query; use one of {', '.join(allowed)}",
            )
        chosen = fmt
    else:
        try:
            chosen = negotiate(accept, form)
        except ProtocolError as e:
            return ("refused", int(e.status), e.message)
    return ("ok", chosen, store.query_results(approved.text, chosen))


_CONTROL = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    """``text`` with control characters (C0, C1, line separators, bidirectional overrides)
    written as escapes, so that a request cannot forge or hide lines of the log."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _CONTROL.sub(escape, text)


def host_name(header: str) -> str:
    """The name in a ``Host`` header: no port, no IPv6 brackets, lower case, no final dot."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        name = value[1:end] if end > 0 else value
    else:
        name = value.rsplit(":", 1)[0] if value.count(":") == 1 else value
    return name.rstrip(".")


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: one thread per connection, at most ``workers`` queries at a time.

    ``timeout``, ``max_memory_mb``, ``max_query_bytes`` and ``max_depth`` bound each query
    (:class:`hytegraph.query.safety.QueryLimits`). ``allowed_hosts``: names besides IP addresses,
    ``localhost`` and ``host`` that the ``Host`` header may carry (``"*"``: any).
    ``network_isolation``: refuse to start where query processes cannot be cut off the
    network (:class:`hytegraph.query.sandbox.NetworkIsolationError`); ``False`` starts anyway and
    relies on the query check alone.
    """

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
        max_memory_mb: int | None = DEFAULT_MEMORY_MB,
        max_query_bytes: int = DEFAULT_MAX_BYTES,
        max_depth: int = DEFAULT_MAX_DEPTH,
        allowed_hosts: Iterable[str] = (),
        network_isolation: bool = True,
    ) -> None:
        if isolation not in ISOLATION:
            raise ValueError(
                f"isolation={isolation!r}: queries always run in a separate process "
                f"(choose one of {ISOLATION})"
            )
        from hytegraph.query import sandbox
        from hytegraph.query.safety import warm_up

        if not sandbox.can_fork():  # pragma: no cover - Windows
            raise sandbox.NetworkIsolationError(
                "this system cannot fork a process per query, which serve needs"
            )
        problem = sandbox.network_isolation_problem()
        if problem is not None and network_isolation:
            raise sandbox.NetworkIsolationError(
                f"queries cannot be cut off from the network on this system: {problem}"
            )
        #: None when queries run without network; else why they cannot (served anyway).
        self.network_problem = problem
        self.store = store
        self.isolation = isolation
        self.query_timeout = timeout
        self.limits = QueryLimits(
            max_bytes=max_query_bytes,
            max_depth=max_depth,
            timeout=timeout,
            memory_mb=max_memory_mb,
            network="cut" if network_isolation else "try",
        )
        self.bound_host = host_name(host)
        self.allowed_hosts = {host_name(h) if h != "*" else h for h in allowed_hosts}
        warm_up()  # the parsers imported once, shared by every query process
        self.workers = workers or max(2, 2 * (os.cpu_count() or 1))
        self.slots = threading.BoundedSemaphore(self.workers)
        self.log = log
        self._map_renderer = map_renderer
        self._maps: dict[str, bytes] = {}
        self._map_lock = threading.Lock()
        self._catalogues: dict[str, Any] = {}
        self._catalogue_lock = threading.Lock()
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else str(host)
        return f"http://{shown}:{port}"

    def host_allowed(self, header: str) -> bool:
        """Whether a ``Host`` header names this server. An IP address always does: DNS
        rebinding needs a name that the attacker's DNS server answers for."""
        name = host_name(header)
        if "*" in self.allowed_hosts or name in self.allowed_hosts:
            return True
        if name in ("localhost", self.bound_host):
            return True
        try:
            ipaddress.ip_address(name)
        except ValueError:
            return False
        return True

    # -- work ---------------------------------------------------------------------------------

    def run_query(self, text: str, accept: str | None, fmt: str | None) -> tuple[str, bytes]:
        """``(media type, body)`` for a query, or :class:`ProtocolError`. Only the query's size
        and nesting are checked here; it is read and run in a child process."""
        from functools import partial

        from hytegraph.query import catalogue
        from hytegraph.query.safety import check_bounds

        try:
            check_bounds(text, self.limits)
        except QueryTooLarge as e:
            raise ProtocolError(HTTPStatus.BAD_REQUEST, e.describe()) from None
        if not self.slots.acquire(timeout=self.query_timeout):
            raise ProtocolError(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the server is busy ({self.workers} queries running); try again shortly",
                {"Retry-After": "5"},
            )
        try:
            outcome = catalogue.evaluate(
                self.store, text, partial(_answer, accept=accept, fmt=fmt), self.limits
            )
        except (QueryTimeout, QueryMemoryExceeded) as e:
            raise ProtocolError(
                HTTPStatus.SERVICE_UNAVAILABLE, e.describe(), {"Retry-After": "5"}
            ) from None
        except QueryRefused as e:
            raise ProtocolError(HTTPStatus.FORBIDDEN, e.describe()) from None
        except QueryError as e:
            raise ProtocolError(HTTPStatus.BAD_REQUEST, e.describe()) from None
        finally:
            self.slots.release()
        if outcome[0] != "ok":
            raise ProtocolError(HTTPStatus(outcome[1]), outcome[2])
        return MEDIA_TYPES[outcome[1]], outcome[2]

    def map_page(self, lang: str) -> bytes:
        """The map in ``lang``, drawn on first request and then kept; its nodes link to their
        pages on this server."""
        with self._map_lock:
            if lang not in self._maps:
                render = self._map_renderer
                if render is None:
                    from hytegraph.views.mapview import render_map

                    others = {lg: f"/map?lang={lg}" for lg in MAP_LANGUAGES}
                    page = render_map(
                        self.store,
                        lang=lang,
                        pages={"base": BASE_IRI, "prefix": "/", "suffix": ""},
                        languages=others,
                    )
                else:
                    page = render(self.store, lang=lang)
                self._maps[lang] = page.encode("utf-8")
            return self._maps[lang]

    def catalogue(self, lang: str) -> Any:
        """Every named entity by kind (:class:`hytegraph.web.content.Catalogue`), built once
        per language."""
        from hytegraph.web.content import Catalogue

        with self._catalogue_lock:
            if lang not in self._catalogues:
                self._catalogues[lang] = Catalogue.of(self.store, lang)
            return self._catalogues[lang]

    def run_catalogue_query(self, text: str, bindings: dict[str, Any]) -> Any:
        """A catalogue query with a person's parameters, run like any query from a person: in
        a sandboxed child process, under the server's limits and its count of workers."""
        from hytegraph.query import catalogue

        if not self.slots.acquire(timeout=self.query_timeout):
            raise ProtocolError(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the server is busy ({self.workers} queries running); try again shortly",
                {"Retry-After": "5"},
            )
        try:
            return catalogue.execute(self.store, text, bindings, limits=self.limits)
        except (QueryTimeout, QueryMemoryExceeded) as e:
            raise ProtocolError(
                HTTPStatus.SERVICE_UNAVAILABLE, e.describe(), {"Retry-After": "5"}
            ) from None
        finally:
            self.slots.release()


_EXAMPLE = "SELECT ?body WHERE { ?body a/rdfs:subClassOf* hyte:Body } LIMIT 10"
#: The policy of every HTML page this server writes (the map sets its own, by hash).
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
}
#: Media types of an IRI's description, by format, and what ``Accept`` may ask for.
RDF_MEDIA = {
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
}
_PAGE_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}
_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


def negotiate_page(accept: str | None) -> str:
    """``html``, ``ttl``, ``nt`` or ``jsonld`` for an IRI's page from an ``Accept`` header
    (a browser, ``*/*`` or no header: the HTML page); 406 when nothing fits."""
    if not accept or not accept.strip():
        return "html"
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
        if quality <= 0:
            continue
        if media in _PAGE_TYPES:
            fmt, specific = _PAGE_TYPES[media], 2
        elif media in ("*/*", "text/*"):
            fmt, specific = "html", 0
        elif media == "application/*":
            fmt, specific = "jsonld", 0
        else:
            continue
        rank = (quality, specific, -position)
        if best is None or rank > best[0]:
            best = (rank, fmt)
    if best is None:
        raise ProtocolError(
            HTTPStatus.NOT_ACCEPTABLE,
            f"none of the accepted types ({accept}) is offered; offered: text/html, "
            "text/turtle, application/n-triples, application/ld+json",
        )
    return best[1]


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = f"hytegraph/{__version__}"
    timeout = 60  # seconds a client may take to send its request
    #: After an error answer, what the client is still sending is read and thrown away for at
    #: most this long and this much, so that it sees the answer instead of a reset connection.
    linger_seconds = 2.0
    linger_bytes = 64 << 20
    _linger = False

    # -- plumbing -----------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.log is not None:
            self.server.log(printable(f"{self.address_string()} - {format % args}"))

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
        # After an error the rest of what the client sent (an unread body, say) is not read:
        # closing the connection keeps it from being taken for the next request.
        self.close_connection = True
        self._linger = True
        self._send(
            error.status,
            (error.message + "\n").encode("utf-8"),
            "text/plain; charset=utf-8",
            {**error.headers, "Connection": "close"},
        )

    def finish(self) -> None:
        super().finish()
        if self._linger:
            self._drain()

    def _drain(self) -> None:
        """A lingering close: stop sending, then discard what the client still sends (never
        parsed) until it stops, or the time or byte budget runs out."""
        sock = self.connection
        try:
            sock.shutdown(socket.SHUT_WR)
            deadline = time.monotonic() + self.linger_seconds
            left = self.linger_bytes
            while left > 0:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                sock.settimeout(remaining)
                chunk = sock.recv(min(left, 1 << 16))
                if not chunk:
                    break
                left -= len(chunk)
        except OSError:
            pass

    def _check_host(self) -> None:
        hosts = self.headers.get_all("Host") or []
        if len(hosts) > 1:
            raise ProtocolError(HTTPStatus.BAD_REQUEST, "the request has more than one Host")
        if not hosts:
            if self.request_version == "HTTP/1.0":
                return
            raise ProtocolError(HTTPStatus.BAD_REQUEST, "the request has no Host header")
        if not self.server.host_allowed(hosts[0]):
            name = printable(host_name(hosts[0]))
            raise ProtocolError(
                HTTPStatus.MISDIRECTED_REQUEST,
                f"this server does not answer to the name {name!r} (a web page may be trying "
                "to reach it through DNS rebinding)\n"
                f"  hint: if that is its name, start it with --allow-host {name}",
            )

    def _body(self) -> bytes:
        """The request body, read in full whatever the method, so that none of it can be
        taken for the next request; refused when its length is not clear."""
        lengths = self.headers.get_all("Content-Length") or []
        encodings = self.headers.get_all("Transfer-Encoding") or []
        if lengths and encodings:
            raise ProtocolError(
                HTTPStatus.BAD_REQUEST,
                "the request has both Content-Length and Transfer-Encoding; send only "
                "Content-Length",
            )
        if encodings:
            raise ProtocolError(
                HTTPStatus.LENGTH_REQUIRED,
                "send the request with a Content-Length (chunked bodies are not accepted)",
            )
        if not lengths:
            return b""
        if len(lengths) > 1 or "," in lengths[0]:
            raise ProtocolError(HTTPStatus.BAD_REQUEST, "the request has more than one length")
        length = lengths[0].strip()
        if not re.fullmatch(r"[0-9]{1,12}", length):
            raise ProtocolError(HTTPStatus.BAD_REQUEST, "Content-Length is not a number")
        size = int(length)
        if size > MAX_QUERY_BYTES:
            raise ProtocolError(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"the request body is larger than {MAX_QUERY_BYTES} bytes",
            )
        body = self.rfile.read(size)
        if len(body) < size:
            raise ProtocolError(HTTPStatus.BAD_REQUEST, "the request body ended early")
        return body

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
            self._check_host()
            body = self._body()
            if url.path in ("/sparql", "/query"):
                self._sparql(method, params, body)
            elif url.path == "/update":
                raise _read_only()
            elif url.path == "/map" and method == "GET":
                self._map(params)
            elif method == "GET":
                self._page(url.path, params)
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

    # -- pages ------------------------------------------------------------------------------

    def _html(self, body: str, status: HTTPStatus = HTTPStatus.OK, vary: bool = False) -> None:
        headers = dict(PAGE_HEADERS)
        if vary:
            headers["Vary"] = "Accept"
        self._send(status, body.encode("utf-8"), "text/html; charset=utf-8", headers)

    def _page(self, path: str, params: dict[str, list[str]]) -> None:
        from hytegraph.web import content
        from hytegraph.web.pages import Urls

        lang = params.get("lang", ["fi"])[-1]
        if lang not in MAP_LANGUAGES:
            raise ProtocolError(
                HTTPStatus.BAD_REQUEST, f"lang={lang}: choose one of {', '.join(MAP_LANGUAGES)}"
            )
        urls = Urls(static=False, lang=lang)
        if path == "/":
            self._html(content.home_page(self.server.catalogue(lang), urls, lang))
        elif path.startswith("/static/"):
            self._static(path[len("/static/") :])
        elif path == "/search":
            text = params.get("q", [""])[-1][:500]
            self._html(content.search_page(self.server.store, text, urls, lang))
        elif path.startswith("/kinds/"):
            number = params.get("page", ["1"])[-1]
            page = None
            if number.isdigit():
                page = content.kind_page(
                    self.server.catalogue(lang), path[len("/kinds/") :], int(number), urls, lang
                )
            if page is None:
                self._not_found(path, urls, lang)
                return
            self._html(page)
        elif path == "/queries":
            from hytegraph.query import catalogue

            self._html(content.queries_page(catalogue.entries(), urls, lang))
        elif path.startswith("/queries/"):
            self._query_page(path[len("/queries/") :], params, urls, lang)
        elif path.startswith("/id/"):
            self._resource(path, urls, lang)
        else:
            raise ProtocolError(HTTPStatus.NOT_FOUND, f"nothing at {path}; see /")

    def _not_found(self, path: str, urls: Any, lang: str) -> None:
        from hytegraph.web import content
        from hytegraph.web.pages import TEXT

        text = TEXT[lang]
        self._html(content.error_page(text["not_found"], path, urls, lang), HTTPStatus.NOT_FOUND)

    def _static(self, name: str) -> None:
        from hytegraph.web.pages import STATIC

        files = {p.name: p for p in STATIC.iterdir() if p.is_file()}
        found = files.get(name)
        if found is None:
            raise ProtocolError(HTTPStatus.NOT_FOUND, f"no file {name!r} under /static/")
        self._send(
            HTTPStatus.OK,
            found.read_bytes(),
            _STATIC_TYPES.get(found.suffix, "application/octet-stream"),
            {"Cache-Control": "max-age=300"},
        )

    def _resource(self, path: str, urls: Any, lang: str) -> None:
        from hytegraph.core.namespaces import BASE
        from hytegraph.web import content, describe

        fmt = None
        for suffix in RDF_MEDIA:
            if path.endswith("." + suffix):
                fmt, path = suffix, path[: -len(suffix) - 1]
                break
        iri = BASE + urllib.parse.unquote(path[1:])
        if fmt is None:
            fmt = negotiate_page(self.headers.get("Accept"))
        if fmt == "html":
            page = content.entity_page(
                self.server.store, iri, urls, lang, self.server.catalogue(lang)
            )
            if page is None:
                self._not_found(path, urls, lang)
                return
            self._html(page, vary=True)
            return
        graph = describe.description_graph(self.server.store, iri)
        if len(graph) == 0:
            raise ProtocolError(HTTPStatus.NOT_FOUND, f"the graph says nothing about <{iri}>")
        if fmt == "jsonld":
            from hytegraph.views.export import serialize_rdf

            body = serialize_rdf(graph, "jsonld")
        else:
            from hytegraph.core import rdfio

            body = rdfio.serialize_graph(graph, fmt)
        self._send(HTTPStatus.OK, body, RDF_MEDIA[fmt], {"Vary": "Accept"})

    def _query_page(self, name: str, params: dict[str, list[str]], urls: Any, lang: str) -> None:
        from hytegraph.errors import HytegraphError as LibraryError
        from hytegraph.query import catalogue
        from hytegraph.store.names import index_for
        from hytegraph.views.output import csv_text, render_json
        from hytegraph.web import content

        fmt = ""
        for suffix in ("json", "csv"):
            if name.endswith("." + suffix):
                fmt, name = suffix, name[: -len(suffix) - 1]
        known = {q.name: q for q in catalogue.entries()}
        query = known.get(name)
        if query is None:
            self._not_found("/queries/" + name, urls, lang)
            return
        values = {
            p.name: params[p.name][-1].strip()[:500]
            for p in query.params
            if params.get(p.name, [""])[-1].strip()
        }
        optional = all("optional" in p.meaning for p in query.params)
        wants_run = bool(values) or optional or bool(fmt)
        result = None
        error = None
        if wants_run:
            try:
                specs = [f"{k}={v}" for k, v in values.items()]
                bindings = catalogue.parse_params(
                    query, specs, lambda: index_for(self.server.store)
                )
                answer = self.server.run_catalogue_query(query.text, bindings)
                result = content.table(self.server.store, answer, urls, lang)
            except LibraryError as e:
                error = e.describe()
        if fmt:
            if error is not None or result is None:
                raise ProtocolError(HTTPStatus.BAD_REQUEST, error or "no result")
            records = result.records()
            if fmt == "json":
                body = render_json(records, result.columns_out()).encode("utf-8")
                self._send(HTTPStatus.OK, body, "application/json; charset=utf-8")
            else:
                excel = params.get("excel", [""])[-1] in ("1", "true", "yes")
                text = csv_text(records, result.columns_out(), excel=excel)
                body = text.encode("utf-8-sig" if excel else "utf-8")
                disposition = f'attachment; filename="{name}.csv"'
                self._send(
                    HTTPStatus.OK,
                    body,
                    "text/csv; charset=utf-8",
                    {"Content-Disposition": disposition},
                )
            return
        status = HTTPStatus.BAD_REQUEST if error else HTTPStatus.OK
        self._html(content.query_page(query, urls, lang, values, result, error), status)

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
        if not queries and method == "GET" and "text/html" in (self.headers.get("Accept") or ""):
            from hytegraph.web.pages import Urls, render

            lang = params.get("lang", ["fi"])[-1]
            lang = lang if lang in MAP_LANGUAGES else "fi"
            page = render(
                "sparql.html", urls=Urls(lang=lang), lang=lang, example=_EXAMPLE, here="/sparql"
            )
            self._html(page)
            return
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
    **limits: Any,
) -> None:
    """Run the server until interrupted (Ctrl-C); ``limits`` are :class:`SparqlServer`'s
    keyword arguments (``max_memory_mb``, ``allowed_hosts``, ...)."""
    server = SparqlServer(
        store, host, port, timeout=timeout, workers=workers, log=log, isolation=isolation, **limits
    )
    try:
        server.catalogue("fi")  # the name index and the list of entities, before the first page
        if ready is not None:
            ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


__all__ = [
    "MEDIA_TYPES",
    "SparqlServer",
    "host_name",
    "negotiate",
    "negotiate_page",
    "printable",
    "serve",
]

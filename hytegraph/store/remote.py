"""A SPARQL 1.1 server as the store: :class:`EndpointStore` speaks the SPARQL 1.1 Protocol.

Every query, lookup, map and analysis runs unchanged against a server (Oxigraph, Fuseki,
GraphDB, Virtuoso, QLever, ``hytegraph serve``) given with ``--endpoint URL``.

- Queries go as URL-encoded ``POST`` (``query=`` and ``default-graph-uri=`` in the body: no
  URL length limit, and the one form every engine answers; Virtuoso 7 never answers a
  ``POST`` of ``application/sparql-query``). Servers that refuse a POST with 405 or 415 are
  asked again with ``GET``. SELECT and ASK answers are read as
  ``application/sparql-results+json``; CONSTRUCT and DESCRIBE as N-Triples or Turtle.
- The dataset: ``hytegraph push`` writes one named graph per source file and a manifest graph
  (:data:`MANIFEST_GRAPH`) listing them. When the server holds a manifest, every query names
  those graphs with ``default-graph-uri`` protocol parameters, so their merge is the default
  graph whatever the server's own default graph is. Without a manifest the server's default
  graph is used as it is.
- Parameter bindings are RDF terms, never text pasted into the query: they become a trailing
  ``VALUES`` block (SPARQL 1.1 §10.2) built from validated, escaped terms. As with the
  embedded store, a variable bound in a SELECT query must be in its SELECT clause.
- Every request has a time limit (connecting, each read, and the whole answer) and a size limit
  (:data:`MAX_RESPONSE_BYTES`), so a server that streams without end is cut off. A server that
  is down, slow, or answers something that is not a complete SPARQL result (wrong content
  type, malformed or truncated JSON, a body cut off before its announced length or final
  chunk, an answer over the size limit) raises :class:`~hytegraph.errors.EndpointError`;
  nothing partial is returned.
"""

from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http.client import HTTPException, IncompleteRead
from pathlib import Path
from typing import Any

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from hytegraph.core import rdfio
from hytegraph.core.namespaces import BASE, PREFIXES
from hytegraph.core.version import __version__
from hytegraph.errors import (
    ConfigurationError,
    EndpointError,
    HytegraphError,
    QueryError,
    QueryTimeout,
)
from hytegraph.store.base import Bindings, SelectResult, Store, _as_node, _not_projected, _var_name

#: The named graph in which ``hytegraph push`` lists the graphs it wrote.
MANIFEST_GRAPH = BASE + "graph/manifest"
SD = "http://www.w3.org/ns/sparql-service-description#"

DEFAULT_TIMEOUT = 30.0
#: The largest answer read from a server (bytes) unless ``HYTEGRAPH_MAX_RESPONSE_MB`` says
#: otherwise; a longer one is an error, not a result.
MAX_RESPONSE_BYTES = 1 << 30
ENV_MAX_RESPONSE = "HYTEGRAPH_MAX_RESPONSE_MB"
ENV_ENDPOINT = "HYTEGRAPH_ENDPOINT"
ENV_STORE_URL = "HYTEGRAPH_STORE_URL"
ENV_USER = "HYTEGRAPH_ENDPOINT_USER"
ENV_PASSWORD = "HYTEGRAPH_ENDPOINT_PASSWORD"

RESULTS_JSON = "application/sparql-results+json"
_ACCEPT_QUERY = (
    f"{RESULTS_JSON}, application/json;q=0.9, application/n-triples;q=0.8, text/turtle;q=0.7"
)
# For CONSTRUCT and DESCRIBE: a graph, never a results table (Virtuoso answers a graph query
# with an s/p/o table when the results format is acceptable).
_ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9"
_GRAPH_TYPES = {
    "application/n-triples": "nt",
    "text/plain": "nt",  # N-Triples' old media type
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
}
_MAX_SHOWN = 300
_CHUNK = 1 << 16


# ---------------------------------------------------------------------------------------------
# HTTP


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


def _strip_userinfo(url: str) -> tuple[str, str | None, str | None]:
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, None, None
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    clean = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    return (
        clean,
        urllib.parse.unquote(parts.username),
        urllib.parse.unquote(parts.password or ""),
    )


def _abbreviate(text: str, limit: int = _MAX_SHOWN) -> str:
    text = re.sub(r"<[^>]*>", " ", text)  # servers often answer errors in HTML
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class HttpClient:
    """Small HTTP client on the standard library: time limits, optional Basic/Digest
    credentials, complete bodies or an :class:`EndpointError`."""

    def __init__(
        self,
        user: str | None = None,
        password: str | None = None,
        timeout: float | None = None,
        max_bytes: int | None = None,
    ) -> None:
        self.timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        self.max_bytes = max_response_bytes() if max_bytes is None else max_bytes
        handlers: list[Any] = []
        self._credentials = (user, password) if user else None
        self._passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        handlers.append(urllib.request.HTTPDigestAuthHandler(self._passwords))
        handlers.append(urllib.request.HTTPBasicAuthHandler(self._passwords))
        self._opener = urllib.request.build_opener(*handlers)
        self._lock = threading.Lock()

    def _authorise(self, url: str, user: str | None, password: str | None) -> None:
        credentials = (user, password) if user else self._credentials
        if credentials:
            with self._lock:
                self._passwords.add_password(None, url, credentials[0], credentials[1] or "")

    def request(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        what: str = "request",
    ) -> Response:
        """Send one request; the whole answer, or :class:`EndpointError` (HTTP errors too)."""
        url, user, password = _strip_userinfo(url)
        self._authorise(url, user, password)
        limit = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("User-Agent", f"hytegraph/{__version__}")
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        server = _server_of(url)
        try:
            with self._opener.open(request, timeout=limit) as answer:
                data = _read_complete(answer, deadline, limit, server, self.max_bytes)
                return Response(
                    answer.status,
                    _media_type(answer.headers.get("Content-Type", "")),
                    data,
                    dict(answer.headers.items()),
                )
        except urllib.error.HTTPError as e:
            raise _http_error(e, server, what) from None
        except TimeoutError:
            raise _timeout_error(server, limit) from None
        except urllib.error.URLError as e:
            reason = e.reason
            if isinstance(reason, TimeoutError):
                raise _timeout_error(server, limit) from None
            raise EndpointError(
                f"cannot reach the SPARQL server at {server}: {_reason(reason)}",
                hint="Check the address and port, and that the server is running "
                "(--endpoint or HYTEGRAPH_ENDPOINT).",
            ) from None
        except (IncompleteRead, ConnectionError, HTTPException, OSError) as e:
            raise EndpointError(
                f"the SPARQL server at {server} broke off its answer ({_reason(e)})",
                hint="The answer is incomplete, so nothing was used; try again, and check the "
                "server's log if it keeps happening.",
            ) from None


def max_response_bytes() -> int:
    """:data:`MAX_RESPONSE_BYTES`, or ``HYTEGRAPH_MAX_RESPONSE_MB`` mebibytes when set."""
    value = os.environ.get(ENV_MAX_RESPONSE, "").strip()
    if not value:
        return MAX_RESPONSE_BYTES
    try:
        megabytes = float(value)
        if megabytes <= 0:
            raise ValueError(value)
    except ValueError:
        raise ConfigurationError(
            f"{ENV_MAX_RESPONSE}={value!r} is not a positive number of mebibytes",
            hint=f"Set it to e.g. 2048, or unset it for the default "
            f"({MAX_RESPONSE_BYTES >> 20} MiB).",
        ) from None
    return int(megabytes * (1 << 20))


def _reason(reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "unknown host name"
    if isinstance(reason, IncompleteRead):
        return f"got {len(reason.partial)} bytes, then the connection closed"
    text = str(reason).strip()
    return text or type(reason).__name__


def _server_of(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _media_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def _timeout_error(server: str, limit: float) -> EndpointError:
    error = EndpointError(
        f"the SPARQL server at {server} did not answer within {limit:g} s",
        hint="The server may be overloaded or the query too heavy; try again later, narrow "
        "the query, or allow more time with --timeout.",
    )
    error.timed_out = True  # type: ignore[attr-defined]
    return error


def _size(n: int) -> str:
    return f"{n / (1 << 20):g} MiB" if n >= 1 << 20 else f"{n:,} bytes"


def _too_big(server: str, max_bytes: int) -> EndpointError:
    return EndpointError(
        f"the SPARQL server at {server} sent more than {_size(max_bytes)}; hytegraph stopped "
        "reading (the limit keeps a server that streams without end from filling the memory)",
        hint="Ask for less (LIMIT, narrower patterns), check that the address is the "
        f"server's SPARQL query URL, or allow more with {ENV_MAX_RESPONSE}; nothing of this "
        "answer was used.",
    )


def _read_complete(
    answer: Any, deadline: float, limit: float, server: str, max_bytes: int = MAX_RESPONSE_BYTES
) -> bytes:
    """The body, checked to be complete (Content-Length reached, or the final chunk seen),
    within the time limit and at most ``max_bytes`` long."""
    announced = getattr(answer, "length", None)
    if announced is not None and announced > max_bytes:
        raise _too_big(server, max_bytes)
    chunks: list[bytes] = []
    received = 0
    while True:
        if time.monotonic() > deadline:
            raise _timeout_error(server, limit)
        chunk = answer.read1(min(_CHUNK, max_bytes + 1 - received))
        if not chunk:
            break
        chunks.append(chunk)
        received += len(chunk)
        if received > max_bytes:
            raise _too_big(server, max_bytes)
    remaining = getattr(answer, "length", None)
    if remaining:  # http.client counts down Content-Length; bytes still owed = cut off
        received = sum(map(len, chunks))
        raise EndpointError(
            f"the SPARQL server at {server} broke off its answer after {received} bytes "
            f"({remaining} announced bytes missing)",
            hint="The answer is incomplete, so nothing was used; try again, and check the "
            "server's log if it keeps happening.",
        )
    return b"".join(chunks)


def _http_error(error: urllib.error.HTTPError, server: str, what: str) -> EndpointError:
    try:
        text = error.read(4096).decode("utf-8", "replace")
    except (OSError, HTTPException):
        text = ""
    detail = _abbreviate(text)
    message = f"the SPARQL server at {server} refused the {what}: HTTP {error.code} {error.reason}"
    if detail:
        message += f": {detail}"
    if error.code in (401, 403):
        hint = (
            f"The server wants credentials or does not allow this; set {ENV_USER} and "
            f"{ENV_PASSWORD} (or put them in the URL), or check the server's permissions."
        )
    elif error.code == 404:
        hint = "Check the URL's path (Oxigraph: /query and /store; Fuseki: /DATASET/sparql)."
    elif error.code == 400:
        hint = "The server could not use the request; its message above says why."
    else:
        hint = "The server reported a problem; try again, and check its log if it persists."
    refused = EndpointError(message, hint=hint)
    refused.status = error.code  # type: ignore[attr-defined]
    return refused


# ---------------------------------------------------------------------------------------------
# terms and bindings

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LANG = re.compile(r"^[A-Za-z]+(?:-[A-Za-z0-9]+)*$")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def sparql_term(term: Node) -> str:
    """``term`` written as SPARQL (IRI checked, literal escaped); blank nodes cannot be bound."""
    if isinstance(term, URIRef):
        iri = str(term)
        if _IRI_FORBIDDEN.search(iri) or ":" not in iri:
            raise QueryError(
                f"cannot bind {iri!r}: not an absolute IRI",
                hint="IRIs must be absolute and contain no spaces, quotes or angle brackets.",
            )
        return f"<{iri}>"
    if isinstance(term, Literal):
        text = "".join(_ESCAPES.get(c, c) for c in str(term))
        if term.language:
            if not _LANG.match(term.language):
                raise QueryError(f"cannot bind a literal with language tag {term.language!r}")
            return f'"{text}"@{term.language}'
        if term.datatype is not None and str(term.datatype) not in (str(XSD.string),):
            return f'"{text}"^^{sparql_term(URIRef(term.datatype))}'
        return f'"{text}"'
    raise QueryError(
        f"cannot bind {term!r} on a SPARQL server: only IRIs and literals can be sent",
        hint="Bind the blank node's IRI, or match it with a pattern in the query.",
    )


def values_block(bindings: Mapping[str, Node]) -> str:
    """A trailing ``VALUES`` clause binding each variable to one RDF term."""
    if not bindings:
        return ""
    names = list(bindings)
    for name in names:
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"cannot bind {name!r}: not a SPARQL variable name")
    variables = " ".join(f"?{n}" for n in names)
    row = " ".join(sparql_term(bindings[n]) for n in names)
    return f"\nVALUES ({variables}) {{ ({row}) }}\n"


_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)


def with_prefixes(query: str) -> str:
    """The query with hytegraph's prefixes declared (as the embedded store predeclares them),
    except those it declares itself."""
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(query)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return "\n".join([*lines, query]) if lines else query


# ---------------------------------------------------------------------------------------------
# results


def _malformed(server: str, what: str) -> EndpointError:
    return EndpointError(
        f"the SPARQL server at {server} answered something that is not valid SPARQL "
        f"results: {what}",
        hint="Check that --endpoint is the server's SPARQL query URL (not a web page or "
        "another service); nothing of this answer was used.",
    )


def _json_term(value: Any, server: str) -> Node:
    if not isinstance(value, dict) or not isinstance(value.get("value"), str):
        raise _malformed(server, f"a binding is not a term: {str(value)[:80]}")
    kind, text = value.get("type"), value["value"]
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if kind in ("literal", "typed-literal"):
        lang = value.get("xml:lang")
        datatype = value.get("datatype")
        if lang:
            return Literal(text, lang=lang)
        if datatype and datatype not in (str(XSD.string), str(RDF.langString)):
            return Literal(text, datatype=URIRef(datatype))
        return Literal(text)
    raise _malformed(server, f"unknown term type {kind!r}")


def parse_json_results(data: bytes, server: str = "the server") -> SelectResult | bool:
    """SPARQL 1.1 Query Results JSON, parsed strictly: a truncated document is an error."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise _malformed(server, f"not complete JSON ({_abbreviate(str(e), 80)})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("head"), dict):
        raise _malformed(server, "no 'head' object")
    if "boolean" in doc:
        if not isinstance(doc["boolean"], bool):
            raise _malformed(server, "'boolean' is not true or false")
        return doc["boolean"]
    names = doc["head"].get("vars")
    results = doc.get("results")
    if (
        not isinstance(names, list)
        or not all(isinstance(n, str) for n in names)
        or not isinstance(results, dict)
        or not isinstance(results.get("bindings"), list)
    ):
        raise _malformed(server, "no 'head.vars' list or 'results.bindings' list")
    rows: list[tuple[Node | None, ...]] = []
    for binding in results["bindings"]:
        if not isinstance(binding, dict):
            raise _malformed(server, "a result row is not an object")
        rows.append(
            tuple(None if (t := binding.get(n)) is None else _json_term(t, server) for n in names)
        )
    return SelectResult(list(names), rows)


def parse_graph(data: bytes, fmt: str, server: str = "the server") -> rdflib.Graph:
    """An N-Triples or Turtle answer as an rdflib graph (parsed strictly)."""
    import pyoxigraph as ox

    from hytegraph.store.terms import ox_to_rdflib

    kind = ox.RdfFormat.N_TRIPLES if fmt == "nt" else ox.RdfFormat.TURTLE
    graph = rdfio.new_graph()
    try:
        for quad in ox.parse(data, format=kind):
            graph.add(
                (
                    ox_to_rdflib(quad.subject),
                    ox_to_rdflib(quad.predicate),
                    ox_to_rdflib(quad.object),
                )
            )
    except (SyntaxError, ValueError) as e:
        raise _malformed(server, f"the graph does not parse ({_abbreviate(str(e), 120)})") from None
    return graph


# ---------------------------------------------------------------------------------------------
# the endpoint


def derive_store_url(query_url: str) -> str:
    """The Graph Store Protocol URL that goes with a query URL, by each engine's convention:
    Oxigraph ``/query`` → ``/store``; Fuseki ``/DATASET/sparql`` or ``/DATASET/query`` →
    ``/DATASET/data``; Virtuoso ``/sparql`` → ``/sparql-graph-crud-auth``."""
    parts = urllib.parse.urlsplit(query_url)
    path = parts.path.rstrip("/")
    if path in ("", "/query"):
        new = "/store"
    elif path == "/sparql":
        new = "/sparql-graph-crud-auth"
    elif path.endswith(("/sparql", "/query")):
        new = path.rsplit("/", 1)[0] + "/data"
    else:
        raise ConfigurationError(
            f"cannot tell the Graph Store Protocol URL of {query_url}",
            hint="Give it with --store-url (e.g. Oxigraph: http://HOST:7878/store).",
        )
    return urllib.parse.urlunsplit(parts._replace(path=new, query="", fragment=""))


def query_url_of(url: str) -> str:
    """A bare server address (``http://HOST:PORT``) means Oxigraph's ``/query``."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(
            f"{url!r} is not an http(s) URL of a SPARQL endpoint",
            hint="Write e.g. --endpoint http://127.0.0.1:7878/query",
        )
    if parts.path in ("", "/"):
        return urllib.parse.urlunsplit(parts._replace(path="/query"))
    return url


class Endpoint:
    """Where a SPARQL server answers queries (and takes graphs), and how to talk to it."""

    def __init__(
        self,
        url: str,
        *,
        store_url: str | None = None,
        timeout: float | None = None,
        user: str | None = None,
        password: str | None = None,
    ) -> None:
        self.query_url = query_url_of(url)
        self._store_url = store_url or os.environ.get(ENV_STORE_URL) or None
        self.http = HttpClient(
            user if user is not None else os.environ.get(ENV_USER),
            password if password is not None else os.environ.get(ENV_PASSWORD),
            timeout,
        )

    @property
    def timeout(self) -> float:
        return self.http.timeout

    @property
    def server(self) -> str:
        return _server_of(_strip_userinfo(self.query_url)[0])

    @property
    def store_url(self) -> str:
        return self._store_url or derive_store_url(self.query_url)

    def query(
        self,
        text: str,
        *,
        default_graphs: Sequence[str] = (),
        timeout: float | None = None,
    ) -> SelectResult | bool | rdflib.Graph:
        """Send a query; the parsed answer."""
        params = [("query", text), *(("default-graph-uri", g) for g in default_graphs)]
        accept = _accept_for(text)
        headers = {
            "Accept": accept,
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        }
        body = urllib.parse.urlencode(params).encode("ascii")
        try:
            answer = self.http.request(
                "POST", self.query_url, body=body, headers=headers, timeout=timeout, what="query"
            )
        except EndpointError as e:
            if getattr(e, "status", None) not in (405, 415):
                raise
            answer = self.http.request(
                "GET",
                _with_params(self.query_url, params),
                headers={"Accept": accept},
                timeout=timeout,
                what="query",
            )
        return self._parse(answer)

    def _parse(self, answer: Response) -> SelectResult | bool | rdflib.Graph:
        kind = answer.content_type
        if kind in (RESULTS_JSON, "application/json"):
            return parse_json_results(answer.body, self.server)
        if kind in _GRAPH_TYPES:
            return parse_graph(answer.body, _GRAPH_TYPES[kind], self.server)
        shown = kind or "no content type"
        raise _malformed(self.server, f"got {shown}, expected {RESULTS_JSON} or an RDF graph")


#: The four query forms, as :func:`query_form` names them.
FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

_FORM_TOKEN = re.compile(
    r"""\#[^\r\n]*|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|<[^<>\s]*>"""
    r"""|[?$]\w+|(?:[A-Za-z_][\w.-]*)?:\S*|(?P<word>[A-Za-z]+)""",
    re.DOTALL,
)


def query_form(text: str) -> str | None:
    """The form of a query ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") guessed from its first
    keyword, without parsing it; ``None`` when there is none. Used to choose what to ask a
    SPARQL server for; never a safety decision (that is
    :func:`hytegraph.query.safety.check_query`'s)."""
    for match in _FORM_TOKEN.finditer(text):
        word = (match.group("word") or "").upper()
        if word in FORMS:
            return word
    return None


def _accept_for(text: str) -> str:
    """What to ask the server for: a graph for CONSTRUCT/DESCRIBE, results otherwise."""
    try:
        form = query_form(text)
    except HytegraphError:  # refused or odd: let the server answer and report it
        form = None
    return _ACCEPT_GRAPH if form in ("CONSTRUCT", "DESCRIBE") else _ACCEPT_QUERY


def _with_params(url: str, params: Iterable[tuple[str, str]]) -> str:
    params = list(params)
    if not params:
        return url
    sep = "&" if urllib.parse.urlsplit(url).query else "?"
    return url + sep + urllib.parse.urlencode(params)


_MANIFEST_GRAPHS = f"""
SELECT ?graph WHERE {{
  GRAPH <{MANIFEST_GRAPH}> {{
    <{MANIFEST_GRAPH}> <{SD}namedGraph> ?entry . ?entry <{SD}name> ?graph
  }}
}}
"""


def _literals_into_text(query: str, bound: Mapping[str, Node]) -> tuple[str, dict[str, Node]]:
    """``query`` with the literals of ``bound`` written into its text as N-Triples terms, in a
    ``VALUES`` block opening the ``WHERE`` group
    (:func:`hytegraph.store.binding.values_into_where`), and the bindings left for a trailing
    ``VALUES`` block. A trailing ``VALUES`` joins after the ``WHERE`` clause, so a ``FILTER``
    inside it never sees the value: a day that only filters (``memberships-on-date``'s ``date``,
    ``changes-between``'s ``from`` and ``to``) must be inside. (Written in place of each
    occurrence, as the embedded store does, the day gave other rows on Virtuoso 7 than on the
    embedded store.) IRIs stay in the trailing block, as servers have always been given them."""
    literals = {n: v for n, v in bound.items() if isinstance(v, Literal)}
    if not literals:
        return query, dict(bound)
    from hytegraph.store.binding import values_into_where
    from hytegraph.store.terms import rdflib_to_ox

    text = values_into_where(query, {n: rdflib_to_ox(v) for n, v in literals.items()})
    if text is None:
        return query, dict(bound)
    return text, {n: v for n, v in bound.items() if n not in literals}


class EndpointStore(Store):
    """A read-only :class:`Store` on a SPARQL 1.1 server (see the module docstring).

    ``default_graphs``: the graphs whose merge is queried; ``None`` reads them from the
    manifest that ``hytegraph push`` keeps (or uses the server's default graph when there is
    none); ``()`` always uses the server's default graph.
    """

    def __init__(
        self,
        url: str | Endpoint,
        *,
        default_graphs: Sequence[str] | None = None,
        timeout: float | None = None,
        store_url: str | None = None,
    ) -> None:
        self.endpoint = (
            url
            if isinstance(url, Endpoint)
            else Endpoint(url, timeout=timeout, store_url=store_url)
        )
        self._default_graphs = None if default_graphs is None else list(default_graphs)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"EndpointStore({self.endpoint.query_url!r})"

    @property
    def default_graphs(self) -> list[str]:
        """The graphs queries run over (read once from the server's manifest)."""
        with self._lock:
            if self._default_graphs is None:
                result = self.endpoint.query(_MANIFEST_GRAPHS)
                if not isinstance(result, SelectResult):
                    raise _malformed(self.endpoint.server, "a SELECT query got no result rows")
                self._default_graphs = sorted({str(row[0]) for row in result if row[0]})
            return self._default_graphs

    def query(
        self, query: str, bindings: Bindings | None = None, *, timeout: float | None = None
    ) -> SelectResult | bool | rdflib.Graph:
        bound = {_var_name(k): _as_node(v) for k, v in (bindings or {}).items()}
        query, trailing = _literals_into_text(query, bound)
        text = with_prefixes(query) + values_block(trailing)
        try:
            result = self.endpoint.query(text, default_graphs=self.default_graphs, timeout=timeout)
        except EndpointError as e:
            if timeout is not None and getattr(e, "timed_out", False):
                raise QueryTimeout(timeout) from None
            raise
        if isinstance(result, SelectResult):
            for name in bound:
                if name not in result.vars:
                    raise _not_projected(name)
        return result

    def _evaluate(
        self, query: str, bindings: dict[str, Node], cancel: threading.Event
    ) -> SelectResult | bool | rdflib.Graph:
        return self.query(query, bindings)

    def _read_only(self) -> ConfigurationError:
        return ConfigurationError(
            f"the graph on {self.endpoint.server} is read-only here",
            hint="Change the data files and run `hytegraph push --endpoint URL` again.",
        )

    def add_triples(self, triples: Iterable[Any]) -> None:
        raise self._read_only()

    def load_file(self, path: str | Path) -> None:
        raise self._read_only()

    def to_rdflib(self) -> rdflib.Graph:
        return self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")

    def __len__(self) -> int:
        result = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        try:
            return int(result.rows[0][0])  # type: ignore[arg-type]
        except (IndexError, TypeError, ValueError):
            raise _malformed(self.endpoint.server, "a COUNT query gave no number") from None


def endpoint_from_env() -> str | None:
    """``HYTEGRAPH_ENDPOINT``, when set and not empty."""
    return os.environ.get(ENV_ENDPOINT) or None


__all__ = [
    "FORMS",
    "MANIFEST_GRAPH",
    "Endpoint",
    "EndpointStore",
    "HttpClient",
    "derive_store_url",
    "parse_json_results",
    "query_form",
    "sparql_term",
    "values_block",
]

"""Stable IRIs from the one base (:data:`hytegraph.core.namespaces.ID`): an entity's from its
kind and id (``steering_group`` ``hyte-ohjausryhma`` → ``id/body/hyte-ohjausryhma``), a fact's and
an evidence's from what they say (a hash), an IRI written in a cell as it is.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from hytegraph.core.namespaces import ID

#: Wikidata's entity IRIs: ``Q47034`` in an ``identical_to`` cell is this plus the Q number.
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"


def slug(text: str) -> str:
    """``Hyte-ohjausryhmä`` → ``hyte-ohjausryhma``: lower case ASCII letters, digits and dashes."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "x"


def last_segment(iri: object) -> str:
    """The last path segment of an IRI: ``org/espoo`` → ``espoo``."""
    return str(iri).rsplit("/", 1)[-1]


def iri_hash(*parts: object) -> str:
    """A short, stable hash of what a fact or an evidence says (its IRI's last part)."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]


def as_iri(text: str) -> str | None:
    """The instance IRI a cell names: ``org/espoo``, ``id/org/espoo``, the full IRI (with or
    without ``<>``); None for anything else."""
    value = text.strip().strip("<>")
    if value.startswith(ID):
        return value
    if value.startswith("id/"):
        value = value[3:]
    if "/" in value and " " not in value and not value.startswith(("http:", "https:", "/")):
        return ID + value
    return None


def external_iri(text: str) -> URIRef | None:
    """``Q47034`` → Wikidata's entity IRI; a full ``http(s)`` IRI as it is; None otherwise."""
    value = text.strip().strip("<>")
    if re.fullmatch(r"Q[1-9]\d*", value):
        return URIRef(WIKIDATA_ENTITY + value)
    if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value):
        return URIRef(value)
    return None


__all__ = ["WIKIDATA_ENTITY", "as_iri", "external_iri", "iri_hash", "last_segment", "slug"]

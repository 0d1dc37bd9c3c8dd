"""The SHACL shapes as a person reads them: which shapes there are, and one shape in Turtle.

A validation problem names the shape it broke (``hs:MembershipShape``); ``hytegraph shapes
NAME`` shows that shape wherever hytegraph is installed, without looking for the file.
"""

from __future__ import annotations

from pathlib import Path

import rdflib
from rdflib import BNode, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from hytegraph.core import rdfio, resources
from hytegraph.core.namespaces import BASE, qname
from hytegraph.errors import HytegraphError

#: The namespace of hytegraph's shapes (``hs:`` in ``ontology/shapes.ttl``).
SHAPES_NS = BASE + "shapes#"


class UnknownShape(HytegraphError):
    """A shape name that is not in the shapes file."""


def read_shapes(path: str | Path | None = None) -> rdflib.Graph:
    """The shapes graph (``ontology/shapes.ttl`` unless ``path`` is given)."""
    return rdfio.read_graph(Path(path) if path is not None else resources.shapes_file())


def shape_name(shapes: rdflib.Graph, shape: Node | None) -> str | None:
    """The prefixed name of a node shape (``hs:MembershipShape``); for a property shape (a blank
    node), the name of the node shape it belongs to; None when there is none."""
    if isinstance(shape, BNode):
        shape = shapes.value(predicate=SH.property, object=shape)
    if not isinstance(shape, URIRef):
        return None
    if str(shape).startswith(SHAPES_NS):
        return f"hs:{str(shape)[len(SHAPES_NS) :]}"
    return qname(str(shape))


def _node_shapes(shapes: rdflib.Graph) -> list[URIRef]:
    found = {s for s in shapes.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}
    return sorted(found, key=str)


def shape_rows(shapes: rdflib.Graph | None = None) -> list[dict[str, str]]:
    """One row per node shape: ``name``, ``targets`` (the classes it applies to) and
    ``label``."""
    shapes = shapes if shapes is not None else read_shapes()
    rows = []
    for shape in _node_shapes(shapes):
        targets = sorted(qname(str(t)) for t in shapes.objects(shape, SH.targetClass))
        label = shapes.value(shape, RDFS.label)
        rows.append(
            {
                "name": shape_name(shapes, shape) or str(shape),
                "targets": ", ".join(targets),
                "label": str(label) if label is not None else "",
            }
        )
    return rows


def describe(name: str, shapes: rdflib.Graph | None = None) -> str:
    """The shape ``name`` (``hs:MembershipShape``, ``MembershipShape``, any case) in Turtle,
    with its property shapes and constraints."""
    shapes = shapes if shapes is not None else read_shapes()
    wanted = name.strip().casefold()
    found = [
        s
        for s in _node_shapes(shapes)
        if wanted in {(shape_name(shapes, s) or "").casefold(), str(s).casefold()}
        or wanted == str(s).rsplit("#", 1)[-1].casefold()
    ]
    if not found:
        listed = ", ".join(r["name"] for r in shape_rows(shapes))
        raise UnknownShape(
            f"no shape named {name!r}",
            hint=f"`hytegraph shapes` lists them: {listed}.",
        )
    out = rdfio.new_graph()
    out.bind("hs", SHAPES_NS)
    out.bind("sh", str(SH))
    todo: list[Node] = [found[0]]
    seen: set[Node] = set()
    while todo:  # the shape and every blank node it reaches (its concise bounded description)
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in shapes.predicate_objects(node):
            out.add((node, p, o))
            if isinstance(o, BNode):
                todo.append(o)
    return out.serialize(format="turtle")


__all__ = ["UnknownShape", "describe", "read_shapes", "shape_name", "shape_rows"]

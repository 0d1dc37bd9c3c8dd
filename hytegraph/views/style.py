"""How the network looks, in one place: the colour and shape of each kind of node, the colour
and line of each relation, and a node's size. The map draws with these, and the GEXF and
GraphML exports write them (``viz:color``, ``viz:size``), so Gephi shows what the map shows.
"""

from __future__ import annotations

import math

#: Node kinds: (fill colour, vis-network shape). Families share a shape: people are dots,
#: organisations stars, city units triangles, NGOs diamonds, bodies squares, documents and
#: activities downward triangles, unnamed collectives and unidentified actors hexagons.
KIND_STYLE: dict[str, tuple[str, str]] = {
    "person": ("#d62728", "dot"),
    "post": ("#ff9896", "dot"),
    "municipality": ("#1f4e9c", "star"),
    "county": ("#8e44ad", "star"),
    "city_unit": ("#4c9be8", "triangle"),
    "ngo": ("#2ca02c", "diamond"),
    "education": ("#b5b520", "diamond"),
    "collective": ("#bdbdbd", "hexagon"),
    "unidentified": ("#8c564b", "hexagon"),
    "programme_steering_group": ("#ffbb78", "square"),
    "steering_group": ("#ff7f0e", "square"),
    "expert_group": ("#17becf", "square"),
    "working_group": ("#9edae5", "square"),
    "regional_group": ("#e377c2", "square"),
    "board": ("#7f3c00", "square"),
    "city_board": ("#393b79", "square"),
    "network": ("#98df8a", "square"),
    "programme": ("#c49c94", "square"),
    "cooperation_project": ("#c5b0d5", "square"),
    "service_point": ("#f7b6d2", "square"),
    "other_body": ("#aaaaaa", "square"),
    "document": ("#e7ba52", "triangleDown"),
    "activity": ("#6b6ecf", "triangleDown"),
    "other": ("#dddddd", "dot"),
}

#: Relations: (line colour, dashes, arrow at the target).
RELATION_STYLE: dict[str, tuple[str, bool, bool]] = {
    "chairs": ("#d62728", False, True),
    "member": ("#555555", False, True),
    "participates": ("#1f77b4", False, True),
    "represented": ("#2ca02c", True, True),
    "responsible": ("#ff7f0e", False, True),
    "cooperates": ("#9467bd", True, False),
    "supports": ("#17becf", True, True),
    "part_of": ("#7f7f7f", True, True),
    "monitors": ("#8c564b", False, True),
    "based_on": ("#bcbd22", True, True),
    "works_at": ("#e377c2", True, True),
}

#: A node's radius at zoom 1 is ``BASE_SIZE + SIZE_STEP * sqrt(degree)`` pixels.
BASE_SIZE = 9.0
SIZE_STEP = 3.0


def node_size(degree: int) -> float:
    """A node's size (radius in pixels at zoom 1) from its number of relations."""
    return round(BASE_SIZE + SIZE_STEP * math.sqrt(max(degree, 0)), 1)


def kind_colour(kind: str) -> str:
    return KIND_STYLE.get(kind, KIND_STYLE["other"])[0]


def relation_colour(relation: str) -> str:
    return RELATION_STYLE.get(relation, ("#555555", False, True))[0]


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` as three integers 0-255."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


__all__ = [
    "KIND_STYLE",
    "RELATION_STYLE",
    "kind_colour",
    "node_size",
    "relation_colour",
    "rgb",
]

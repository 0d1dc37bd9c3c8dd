"""Serving the graph over HTTP: the read-only SPARQL endpoint and the map (``hytegraph serve``)."""

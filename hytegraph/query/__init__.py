"""Asking the graph: the query check, the process a person's query runs in, the query
catalogue (``queries/*.rq``) and choosing labels in a language. Built on :mod:`hytegraph.store`."""

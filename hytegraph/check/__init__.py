"""Checking the graph: SHACL shapes, entailment and OWL 2 RL consistency with W3C ORG and
PROV-O, re-derived shortcuts and integrity checks, as one report."""

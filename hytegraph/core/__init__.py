"""Pure helpers every layer uses, with no store: namespaces, finding the bundled folders,
reading RDF files, atomic writes, text sanitising, source texts, the version.

Imports nothing of hytegraph but :mod:`hytegraph.errors`."""

"""The walker's passes, one module per family of layouts: each a mixin class of
:class:`~hytegraph.authoring.extract.walker.Walker`, and ``common`` for the patterns and
helpers they share."""

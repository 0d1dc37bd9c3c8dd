"""The one place the version is written (pyproject.toml reads it from here).

A constant in a module that imports nothing, so that any layer can name the version without
importing the package's public entry points, and starting a command does not pay for
importlib.metadata."""

__version__ = "0.1.0"

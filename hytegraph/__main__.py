"""``python -m hytegraph`` runs the command line."""

from hytegraph.cli import main

if __name__ == "__main__":
    main(prog_name="hytegraph")

"""``hytegraph prepare``: every ``who`` and ``body`` answer kept in the graph's cache entry."""

from __future__ import annotations

import sys
import time

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import timeout_option


@main.command()
@timeout_option(default=0)
@click.pass_obj
def prepare(app: AppContext, timeout: float) -> None:
    """Prepare the graph cache for fast lookups: load the graph, build the name index and keep
    every actor's and body's answer in every language, so that every later `who` and `body` is
    read from the cache. Run it once after the data changes; it can take minutes on a national
    graph.
    """
    from hytegraph.views.kept_names import keep_all

    started = time.perf_counter()
    bar = None
    progress = None
    if sys.stderr.isatty():
        bar = click.progressbar(length=1, label="answers", file=sys.stderr)

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

    try:
        kept = keep_all(app.load(), timeout=timeout or None, progress=progress)
    finally:
        if bar is not None:
            bar.render_finish()
    seconds = time.perf_counter() - started
    what = "were kept already" if kept.already else "kept"
    click.echo(
        f"{kept.actors} actors' and {kept.bodies} bodies' answers {what} in the cache "
        f"({seconds:.1f} s).",
        err=True,
    )

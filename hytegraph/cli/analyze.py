"""``hytegraph analyze``: centrality, brokers, bridging bodies, co-membership, communities."""

from __future__ import annotations

import click

from hytegraph.cli.app import AppContext, main
from hytegraph.cli.options import format_option, lang_option
from hytegraph.views.words import translate

SECTIONS = ("centrality", "actors", "bridges", "projection", "communities")

TITLES = {
    "centrality": {
        "fi": "Keskeisyys: välittäjät (välittävyys) ja yhteyksien määrä",
        "en": "Centrality: brokers (betweenness) and degree",
        "sv": "Centralitet: mellanhänder (mellanliggande) och grad",
    },
    "actors": {
        "fi": "Toimijat useimmissa toimielimissä",
        "en": "Actors in the most bodies",
        "sv": "Aktörer i flest organ",
    },
    "bridges": {
        "fi": "Toimielimet, jotka yhdistävät kaupungin, järjestöt ja hyvinvointialueen",
        "en": "Bodies that connect the city, NGOs and the wellbeing services county",
        "sv": "Organ som förenar staden, organisationerna och välfärdsområdet",
    },
    "projection": {
        "fi": "Toimijat, joita yhdistävät yhteiset toimielimet",
        "en": "Actors linked through shared bodies",
        "sv": "Aktörer som förenas av gemensamma organ",
    },
    "communities": {"fi": "Ryhmittymät", "en": "Communities", "sv": "Grupperingar"},
}
NONE = {"fi": "ei yhtään", "en": "none", "sv": "inga"}


@main.command()
@click.option(
    "--section",
    "sections",
    multiple=True,
    type=click.Choice(SECTIONS, case_sensitive=False),
    help="Which analysis to show (repeatable; default: all).",
)
@click.option(
    "--top", type=click.IntRange(min=1), help="Show only the first N rows of each section."
)
@format_option()
@lang_option()
@click.pass_obj
def analyze(
    app: AppContext, sections: tuple[str, ...], top: int | None, fmt: str, lang: str
) -> None:
    """Network analysis of the actor-body graph.

    centrality: degree and betweenness (brokers); actors: actors in the most bodies; bridges:
    bodies whose members span two or more of city, NGOs and county; projection: pairs of
    actors that share bodies; communities: densely tied groups. Unnamed collectives
    ("järjestöt") are never ranked as named actors. JSON is an object keyed by section; CSV
    holds one section.
    """
    import json

    from hytegraph.errors import ConfigurationError
    from hytegraph.views.analysis import (
        actor_body_graph,
        betweenness_is_estimated,
        betweenness_samples,
        report,
    )
    from hytegraph.views.network import build_network
    from hytegraph.views.output import render, render_json

    chosen = list(sections) or list(SECTIONS)
    if fmt == "csv" and len(chosen) != 1:
        raise ConfigurationError(
            "CSV holds one table; choose one --section",
            hint="e.g. `hytegraph analyze --section centrality --format csv`; sections: "
            + ", ".join(SECTIONS),
        )
    network = build_network(app.load(), lang=lang)
    if "centrality" in chosen:
        graph = actor_body_graph(network)
        nodes = graph.number_of_nodes()
        if betweenness_is_estimated(nodes):
            samples = betweenness_samples(graph.number_of_edges())
            click.echo(
                f"note: {nodes} nodes: betweenness is estimated from {samples} "
                "sampled nodes (fixed seed, so the same graph gives the same numbers)",
                err=True,
            )
    result = report(network, sections=chosen, top=top, lang=lang)
    if fmt == "json":
        doc = {name: json.loads(render_json(rows)) for name, rows in result.items()}
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(render(result[chosen[0]], "csv"), nl=False)
    else:
        for i, (name, rows) in enumerate(result.items()):
            if i:
                click.echo("")
            click.echo(f"## {translate(TITLES, name, lang)}")
            click.echo(render(rows, "table", lang=lang) if rows else f"({NONE[lang]})\n", nl=False)

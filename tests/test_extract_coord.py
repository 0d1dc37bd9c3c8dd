"""hytegraph extract on what a coordinator pastes from a municipal council's page: whom a
listed member speaks for (an organisation after the comma with a deputy in parentheses, on a
line led by the role; a wellbeing services county; another body's representative), the
Swedish verb of cooperation, a Swedish body's "för" before a term, and the kind of a body a
representative speaks for. Made-up snippets, read with either word-form reader, with lines
that must not be read so."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.mentions import tokens
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from hytegraph.cli import main
from hytegraph.store.load import load_graph
from tests.extract_snippets import MORPHS, findings, key, needs_voikko, roles

COUNCIL_FI = (
    "Kivilahden vanhusneuvosto 2025\u20132027\n\n"
    "Kaupunginhallitus asetti vanhusneuvoston valtuustokaudeksi 2025\u20132027.\n\n"
    "Puheenjohtaja Aune Kettunen, Kivilahden Eläkkeensaajat ry\n"
    "Varapuheenjohtaja Olavi Rinne, Kivilahden Seniorit ry\n"
    "Jäsenet:\n"
    "Tuula Hirvonen, Kivilahden Omaishoitajat ry (varajäsen Kaija Lampinen)\n"
    "Reijo Savela, kaupunginhallituksen edustaja\n"
    "Eila Korpela, Itä-Kuusimaan hyvinvointialue\n"
    "Seppo Vanhala, hyvinvointikoordinaattori (varajäsen Anu Parviainen)\n"
)

COUNCIL_SV = (
    "Äldrerådet i Sjövik\n\n"
    "Rådet tillsätts av stadsstyrelsen för fullmäktiges mandatperiod 2025\u20132027.\n\n"
    "Ordförande Birgitta Lönnqvist, Sjöviks Pensionärer rf\n"
    "Vice ordförande Raimo Hakala, Sjövikin Eläkkeensaajat ry\n"
    "Ledamöter:\n"
    "Göran Vikström, Sjöviks Seniorer r.f. (ersättare Solveig Nordling)\n"
    "Ulla Fagerström, stadsstyrelsens representant\n"
    "Tor Ekblom, Östra Kuslands välfärdsområde\n"
    "Agneta Sandell, äldreombudsman\n"
)


def _behalf(text: str, lang: str, morph: str | None) -> dict[str, tuple[str, str] | None]:
    """Each member's party: (name, kind), or None."""
    return {
        f.actor.name: (f.on_behalf_of.name, f.on_behalf_of.kind) if f.on_behalf_of else None
        for f in findings(text, lang, morph)
        if f.kind == "membership"
    }


# -- the organisation after the comma ---------------------------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_the_organisation_before_a_deputy_in_parentheses_is_the_seats(morph):
    got = _behalf(COUNCIL_FI, "fi", morph)
    org = ("Kivilahden Omaishoitajat ry", "registered_association")
    assert got["Tuula Hirvonen"] == org
    assert got["Kaija Lampinen"] == org  # the deputy of the organisation's seat
    # a title before the deputy names no organisation
    assert got["Seppo Vanhala"] is None
    assert got["Anu Parviainen"] is None


@pytest.mark.parametrize("morph", MORPHS)
def test_a_line_led_by_the_role_keeps_the_organisation_after_the_comma(morph):
    got = _behalf(COUNCIL_FI, "fi", morph)
    assert got["Aune Kettunen"] == ("Kivilahden Eläkkeensaajat ry", "registered_association")
    assert got["Olavi Rinne"] == ("Kivilahden Seniorit ry", "registered_association")
    text = "Kivilahden vanhusneuvosto\n\nPuheenjohtaja Aune Kettunen, sivistysjohtaja\n"
    assert _behalf(text, "fi", morph)["Aune Kettunen"] is None  # a title, no party


@pytest.mark.parametrize("morph", MORPHS)
def test_swedish_lines_with_finnish_and_swedish_legal_forms(morph):
    got = _behalf(COUNCIL_SV, "sv", morph)
    assert got["Birgitta Lönnqvist"] == ("Sjöviks Pensionärer rf", "registered_association")
    assert got["Raimo Hakala"] == ("Sjövikin Eläkkeensaajat ry", "registered_association")
    assert got["Göran Vikström"] == ("Sjöviks Seniorer r.f.", "registered_association")
    assert got["Solveig Nordling"] == ("Sjöviks Seniorer r.f.", "registered_association")
    assert got["Agneta Sandell"] is None  # a title


@pytest.mark.parametrize("morph", MORPHS)
def test_the_organisation_after_a_deputy_before_the_comma_and_before_a_role(morph):
    text = (
        "Kivilahden vammaisneuvosto\n\n"
        "Jäsen (henkilökohtainen varajäsen), taustayhteisö\n"
        "Tuula Hirvonen (Kaija Lampinen), Kivilahden Invalidit ry\n"
        "Reijo Savela (Anu Parviainen), Kivilahden Näkövammaiset ry\n"
        "Seppo Vanhala (Eila Korpela), toimistosihteeri\n"
    )
    got = _behalf(text, "fi", morph)
    assert got["Tuula Hirvonen"] == ("Kivilahden Invalidit ry", "registered_association")
    assert got["Kaija Lampinen"] == ("Kivilahden Invalidit ry", "registered_association")
    assert got["Reijo Savela"] == ("Kivilahden Näkövammaiset ry", "registered_association")
    assert got.get("Seppo Vanhala") is None  # a title, no organisation
    text = (
        "Rådet för personer med funktionsnedsättning\n\n"
        "Ledamöter (personlig ersättare inom parentes):\n"
        "Göran Vikström (Solveig Nordling), Sjöviks Invalider rf, ordförande\n"
        "Tor Ekblom (Agneta Sandell), Synskadade i Sjövik r.f., vice ordförande\n"
    )
    got = _behalf(text, "sv", morph)
    assert got["Göran Vikström"] == ("Sjöviks Invalider rf", "registered_association")
    assert got["Solveig Nordling"] == ("Sjöviks Invalider rf", "registered_association")
    assert got["Tor Ekblom"] == ("Synskadade i Sjövik r.f.", "registered_association")
    roles = {f.actor.name: f.role for f in findings(text, "sv", morph) if f.kind == "membership"}
    assert roles["Göran Vikström"] == "chair"
    assert roles["Tor Ekblom"] == "vice_chair"


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officer_named_after_the_list_keeps_the_seats_organisation(morph):
    text = (
        "Kivilahden vammaisneuvosto\n\n"
        "Jäsen (henkilökohtainen varajäsen), taustayhteisö\n"
        "Tuula Hirvonen (Kaija Lampinen), Kivilahden Invalidit ry\n"
        "Reijo Savela (Anu Parviainen), Kivilahden Näkövammaiset ry\n"
        "Seppo Vanhala (Eila Korpela)\n\n"
        "Puheenjohtajana toimii Tuula Hirvonen ja varapuheenjohtajana Seppo Vanhala.\n"
    )
    got = {
        f.actor.name: (f.role, f.on_behalf_of.name if f.on_behalf_of else None)
        for f in findings(text, "fi", morph)
        if f.kind == "membership"
    }
    assert got["Tuula Hirvonen"] == ("chair", "Kivilahden Invalidit ry")
    assert got["Seppo Vanhala"] == ("vice_chair", None)  # no organisation in the list


# -- a county and another body ----------------------------------------------------------------


@pytest.mark.parametrize("morph", MORPHS)
def test_a_wellbeing_services_county_after_the_comma_in_both_languages(morph):
    assert _behalf(COUNCIL_FI, "fi", morph)["Eila Korpela"] == (
        "Itä-Kuusimaan hyvinvointialue",
        "county",
    )
    # the direction word begins the region's name
    assert _behalf(COUNCIL_SV, "sv", morph)["Tor Ekblom"] == (
        "Östra Kuslands välfärdsområde",
        "county",
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_a_direction_word_alone_before_a_county_word_is_no_part_of_a_name(morph):
    text = "Äldrerådet i Sjövik\n\nLedamöter:\nTor Ekblom, Östra välfärdsområdet\n"
    party = _behalf(text, "sv", morph).get("Tor Ekblom")
    assert party is None or not party[0].startswith("Östra")


@pytest.mark.parametrize("morph", MORPHS)
def test_another_bodys_representative_speaks_for_that_body(morph):
    assert _behalf(COUNCIL_FI, "fi", morph)["Reijo Savela"] == ("kaupunginhallitus", "city_board")
    assert _behalf(COUNCIL_SV, "sv", morph)["Ulla Fagerström"] == ("stadsstyrelsen", "city_board")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_named_organisations_representative_speaks_for_it_with_its_kind(morph):
    text = (
        "Kivilahden vanhusneuvosto\n\nJäsenet:\n"
        "Eila Korpela, Itä-Kuusimaan hyvinvointialueen edustaja\n"
    )
    assert _behalf(text, "fi", morph)["Eila Korpela"] == ("Itä-Kuusimaan hyvinvointialue", "county")
    text = (
        "Äldrerådet i Sjövik\n\nLedamöter:\n"
        "Tor Ekblom, Östra Kuslands välfärdsområdes representant\n"
        "Eva Lind, Sjöviks stads representant\n"
    )
    got = _behalf(text, "sv", morph)
    assert got["Tor Ekblom"] == ("Östra Kuslands välfärdsområde", "county")
    assert got["Eva Lind"] == ("Sjöviks stad", "municipality")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_line_led_by_another_partys_representative(morph):
    text = (
        "Kivilahden hyvinvointiryhmä\n\nJäsenet\n"
        "Elinvoimajohtaja Reijo Savela\n"
        "Nuorisovaltuuston edustaja Eila Korpela\n"
        "Hyvinvointialueen edustajana Tuula Hirvonen, Itä-Kuusimaan hyvinvointialue\n"
        "Kaupunginhallituksen edustaja, Seppo Vanhala\n\n"
        "Ryhmä kokoontuu neljä kertaa vuodessa.\n\n"
        "Sihteerinä toimii hyvinvointikoordinaattori Anu Parviainen.\n"
    )
    got = {
        f.actor.name: (f.role, f.target.name, f.on_behalf_of.name if f.on_behalf_of else None)
        for f in findings(text, "fi", morph)
        if f.kind == "membership"
    }
    group = "Kivilahden hyvinvointiryhmä"
    assert got["Eila Korpela"] == ("member", group, "Nuorisovaltuusto")
    # the organisation after the comma rather than the word before the name
    assert got["Tuula Hirvonen"] == ("member", group, "Itä-Kuusimaan hyvinvointialue")
    assert got["Seppo Vanhala"] == ("member", group, "Kaupunginhallitus")
    # the council the line names is not the body of the sentences after the list
    assert got["Anu Parviainen"] == ("secretary", group, None)
    text = (
        "Välfärdsgruppen\n\nMedlemmar\n"
        "Ungdomsfullmäktiges representant Tor Ekblom\n"
        "Välfärdsområdets representant Ulla Fagerström, Östra Kuslands välfärdsområde\n"
    )
    got = {
        f.actor.name: (f.role, f.target.name, f.on_behalf_of.name if f.on_behalf_of else None)
        for f in findings(text, "sv", morph)
        if f.kind == "membership"
    }
    assert got["Tor Ekblom"] == ("member", "Välfärdsgruppen", "Ungdomsfullmäktige")
    assert got["Ulla Fagerström"] == ("member", "Välfärdsgruppen", "Östra Kuslands välfärdsområde")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_youth_councils_representative_in_a_committee_is_not_read_as_its_seat(morph):
    text = "Sivistyslautakunta\n\nJäsenet\nNuorisovaltuuston edustaja Eila Korpela\n"
    assert not any(
        f.on_behalf_of is not None and f.on_behalf_of.name == "Nuorisovaltuusto"
        for f in findings(text, "fi", morph)
    )


@needs_voikko
def test_a_committees_representative_speaks_for_the_committee_by_its_name():
    text = "Kivilahden hyvinvointiryhmä\n\nJäsenet\nTeknisen lautakunnan edustaja Eila Korpela\n"
    assert _behalf(text, "fi", None)["Eila Korpela"] == ("Tekninen lautakunta", "board")


@pytest.mark.parametrize("morph", MORPHS)
def test_plural_parties_stay_collectives(morph):
    text = (
        "Kivilahden vanhusneuvosto\n\nJäsenet:\n"
        "Reijo Savela, lautakuntien edustaja\n"
        "Eila Korpela, järjestöjen edustaja\n"
    )
    got = _behalf(text, "fi", morph)
    assert got["Reijo Savela"] is not None and got["Reijo Savela"][1] == "collective"
    assert got["Eila Korpela"] is not None and got["Eila Korpela"][1] == "collective"
    text = "Äldrerådet i Sjövik\n\nLedamöter:\nUlla Fagerström, nämndernas representant\n"
    got = _behalf(text, "sv", morph)
    assert got["Ulla Fagerström"] is not None and got["Ulla Fagerström"][1] == "collective"
    # a group of people is no party at all
    text = "Äldrerådet i Sjövik\n\nLedamöter:\nUlla Fagerström, anhörigas representant\n"
    party = _behalf(text, "sv", morph)["Ulla Fagerström"]
    assert party is None or party[1] == "collective"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bodys_seat_before_the_member_and_deputy_is_of_the_bodys_kind(morph):
    text = (
        "Kivilahden vanhusneuvosto\n\nJäsenet:\n"
        "Kaupunginhallitus, Reijo Savela, varajäsen Anu Parviainen\n"
        "Tekniset palvelut, Eila Korpela, varajäsen Seppo Vanhala\n"
    )
    got = _behalf(text, "fi", morph)
    assert got["Reijo Savela"] == ("Kaupunginhallitus", "city_board")
    assert got["Eila Korpela"] == ("Tekniset palvelut", "collective")
    text = (
        "Äldrerådet i Sjövik\n\nLedamöter:\n"
        "Stadsstyrelsen, Ulla Fagerström, ersättare Tor Ekblom\n"
        "Sjöviks pensionärer, Göran Vikström, ersättare Agneta Sandell\n"
    )
    got = _behalf(text, "sv", morph)
    assert got["Ulla Fagerström"] == ("Stadsstyrelsen", "city_board")
    assert got["Göran Vikström"] == ("Sjöviks pensionärer", "collective")


# -- the Swedish verb of cooperation ----------------------------------------------------------


def _coop(text: str, lang: str, morph: str | None) -> set[tuple[str, str, str]]:
    return {
        (f.actor.name, f.target.name, f.target.kind)
        for f in findings(text, lang, morph)
        if f.kind == "cooperation" and f.target is not None
    }


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("verb", ["samarbetar", "samverkar"])
def test_the_swedish_verb_of_cooperation_with_its_subject(morph, verb):
    text = (
        "Äldrerådet i Sjövik\n\n"
        f"Äldrerådet {verb} med Östra Kuslands välfärdsområdes äldreråd.\n\n"
        f"Rådet {verb} med Sjöviks Pensionärer rf.\n"
    )
    got = _coop(text, "sv", morph)
    assert ("Äldrerådet", "Östra Kuslands välfärdsområdes äldreråd", "body") in got
    assert ("Äldrerådet", "Sjöviks Pensionärer rf", "registered_association") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_noun_of_cooperation_names_the_countys_body_too(morph):
    text = (
        "Äldrerådet i Sjövik\n\n"
        "Äldrerådet ordnar en temadag i samarbete med Östra Kuslands välfärdsområdes äldreråd.\n"
    )
    assert _coop(text, "sv", morph) == {
        ("Äldrerådet", "Östra Kuslands välfärdsområdes äldreråd", "body")
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_the_councils_bare_word_is_the_pages_council_not_the_board_named_last(morph):
    text = (
        "Rådet för personer med funktionsnedsättning\n\n"
        "Stadsstyrelsen har för mandatperioden 2025\u20132027 tillsatt följande ledamöter:\n\n"
        "Göran Vikström, ordförande\n\n"
        "Rådet samverkar med stadens äldreråd.\n"
    )
    actors = {a for a, _t, _k in _coop(text, "sv", morph)}
    assert actors == {"Rådet för personer med funktionsnedsättning"}
    # a word that names the kind of the body named last is that body
    text = (
        "Rådet för personer med funktionsnedsättning\n\n"
        "Sjöviks äldreråd sammanträder i april. Äldrerådet samverkar med Sjöviks Pensionärer rf.\n"
    )
    actors = {a for a, _t, _k in _coop(text, "sv", morph)}
    assert "Rådet för personer med funktionsnedsättning" not in actors


@pytest.mark.parametrize("morph", MORPHS)
def test_the_verb_of_cooperation_without_a_body_before_it_gives_nothing(morph):
    text = (
        "Äldrerådet i Sjövik\n\n"
        "Pensionärerna samarbetar med Sjöviks Pensionärer rf.\n\n"
        "Vi samverkar gärna med alla.\n"
    )
    assert _coop(text, "sv", morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_partners_joined_by_and_are_each_a_partner(morph):
    text = (
        "Kivilahden vanhusneuvosto\n\n"
        "Vanhusneuvosto tekee yhteistyötä Itä-Kuusimaan hyvinvointialueen ja Kivilahden "
        "Eläkkeensaajat ry:n kanssa.\n"
    )
    assert {(a, t) for a, t, _k in _coop(text, "fi", morph)} == {
        ("Kivilahden vanhusneuvosto", "Itä-Kuusimaan hyvinvointialue"),
        ("Kivilahden vanhusneuvosto", "Kivilahden Eläkkeensaajat ry"),
    }
    text = (
        "Äldrerådet i Sjövik\n\n"
        "Äldrerådet samarbetar med Östra Kuslands välfärdsområdes äldreråd och med stadens "
        "ungdomsfullmäktige.\n\n"
        "Äldrerådet samverkar med Sjöviks Pensionärer rf och Östra Kuslands välfärdsområde.\n"
    )
    assert {(a, t) for a, t, _k in _coop(text, "sv", morph)} == {
        ("Äldrerådet", "Östra Kuslands välfärdsområdes äldreråd"),
        ("Äldrerådet", "ungdomsfullmäktige"),
        ("Äldrerådet", "Sjöviks Pensionärer rf"),
        ("Äldrerådet", "Östra Kuslands välfärdsområde"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_an_and_inside_one_name_or_before_common_words_gives_one_partner(morph):
    text = (
        "Kivilahden vanhusneuvosto\n\n"
        "Vanhusneuvosto tekee yhteistyötä Kivilahden Eläkeläiset ja Omaiset ry:n kanssa.\n"
    )
    assert {t for _a, t, _k in _coop(text, "fi", morph)} == {"Kivilahden Eläkeläiset ja Omaiset ry"}
    text = (
        "Äldrerådet i Sjövik\n\n"
        "Äldrerådet samarbetar med Sjöviks Pensionärer rf och andra föreningar.\n"
    )
    assert {t for _a, t, _k in _coop(text, "sv", morph)} == {"Sjöviks Pensionärer rf"}


# -- a Swedish body's "för" ---------------------------------------------------------------------


def _bodies(text: str) -> list[str]:
    reader = Walker(lexicon("sv"), morphology("rules")).reader
    return [b.name for b in reader.bodies(tokens(text, 0, len(text)))]


def test_a_genitive_before_a_term_is_no_part_of_a_bodys_name():
    got = _bodies("Rådet tillsätts av stadsstyrelsen för fullmäktiges mandatperiod 2025\u20132027.")
    assert "stadsstyrelsen" in got
    assert not any("för" in name for name in got)
    got = _bodies("Kommunstyrelsen har tillsatt en välfärdsgrupp för fullmäktiges mandatperiod.")
    assert "välfärdsgrupp för fullmäktiges" not in got


def test_a_name_after_for_stays_a_part_of_the_bodys_name():
    got = _bodies("Rådet för funktionshinderfrågor sammanträder fyra gånger per år.")
    assert "Rådet för funktionshinderfrågor" in got
    got = _bodies("Styrelsen för Sjöviks Seniorer rf sammanträder.")
    assert any(name.startswith("Styrelsen för Sjöviks") for name in got)
    # a place's name in "-s" before a verb is no genitive
    got = _bodies("Arbetsgruppen för välfärd i Norrnäs är ett samarbetsorgan.")
    assert "Arbetsgruppen för välfärd i Norrnäs" in got


# -- extract → import ---------------------------------------------------------------------------


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("HYTEGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_a_city_board_a_member_speaks_for_is_proposed_as_a_city_board_and_imports(env):
    import csv

    (env / "neuvosto.txt").write_text(
        "Kivilahden vanhusneuvosto\n\nJäsenet:\n"
        "Reijo Savela, kaupunginhallituksen edustaja\n"
        "Tuula Hirvonen, Kivilahden Omaishoitajat ry (varajäsen Kaija Lampinen)\n",
        encoding="utf-8",
    )
    rows = json.loads(_run("extract", "neuvosto.txt", "--lang", "fi", "--format", "json").stdout)
    board = [r for r in rows if r["proposal"] == "entity" and r["name"] == "Kaupunginhallitus"]
    assert [r["kind"] for r in board] == ["city_board"]
    assert _run("extract", "neuvosto.txt", "--lang", "fi", "-o", "review").exit_code == 0
    review = env / "review"

    def read(sheet):
        with (review / f"{sheet}.csv").open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    def write(sheet, rows):
        with (review / f"{sheet}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)

    sources = read("sources")
    sources[0]["publisher"] = "Länsi-Uudenmaan hyvinvointialue"
    write("sources", sources)
    entities = read("entities")
    for e in entities:
        if e["kind"] == "city_board":
            e["name_en"] = "Kivilahti City Board"
            e["same_as"] = "new"  # not the city board of another town the graph has
        elif e["kind"] == "body":
            e["name_en"] = "Kivilahti council for older people"
        elif e["kind"] == "registered_association":
            e["name_en"] = "Kivilahti carers' association"
    write("entities", entities)
    imported = _run("import", "review", "-o", "out/neuvosto.ttl")
    assert imported.exit_code == 0, imported.output
    store = load_graph([env / "out" / "neuvosto.ttl"])
    assert store.ask(
        "ASK { ?m org:member ?p ; ?by ?b . ?p foaf:name 'Reijo Savela' . ?b a hyte:CityBoard }"
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_an_empty_cell_line_in_a_body_list_is_passed_over(morph):
    # a table row of one empty cell ("|") under a body's list heading, beside a
    # representative's line: no line to read, and the rows around it still read
    text = (
        "Vammaisneuvoston jäsenet 2025 - 2027\nMäki | Varajäsenet |\n"
        "Aho Aino, kaupungin edustaja | |\nPuu, Pekka |\n|\nSalo Sanna |\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Aino Aho"), "member", "Vammaisneuvosto") in got
    assert (key("Sanna Salo"), "member", "Vammaisneuvosto") in got

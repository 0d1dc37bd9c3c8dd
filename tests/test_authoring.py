"""The workbook: template → fill in → import → build; every error at its cell; idempotent
re-import; matching against the graph; the round trip of the bundled data; registers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import to_isomorphic
from rdflib.namespace import DCTERMS, OWL, RDF

from hytegraph.authoring import dates, read_workbook
from hytegraph.authoring.importer import import_workbook
from hytegraph.authoring.problems import ImportFailed
from hytegraph.cli import main
from hytegraph.core import resources
from hytegraph.core.namespaces import HYTE, IDNS, ORG
from hytegraph.errors import HytegraphError
from hytegraph.store.load import load_graph

ROOT = Path(__file__).parent.parent
SOURCE_TEXT = (
    "Testilän kaupungin hyvinvointiryhmän puheenjohtajana toimii Maija Meikäläinen. "
    "Jäseninä ovat Matti Virtanen (Testilän Liikunta ry) ja varajäsenenä Liisa Laine. "
    "Ryhmään osallistuu myös Länsi-Uudenmaan hyvinvointialue. Testilän kaupunki asetti ryhmän "
    "keväällä 2023."
)


def _fill(path: Path) -> None:
    """Fill the template as a person would: only cells, with openpyxl."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    rows = {
        "sources": [
            [
                "testila-2024",
                "Testilän hyvinvointiryhmä",
                "testila",
                "13.3.2024",
                "",
                "testila.txt",
                "fi",
            ]
        ],
        "entities": [
            ["testila", "kunta", "Testilän kaupunki", "Testilä stad", "City of Testilä"],
            [
                "ryhma",
                "työryhmä",
                "Testilän hyvinvointiryhmä",
                "",
                "Testilä wellbeing group",
                "",
                "testila",
            ],
            ["maija", "henkilö", "Maija Meikäläinen"],
            ["matti", "henkilö", "Matti Virtanen"],
            ["liisa", "henkilö", "Liisa Laine"],
            ["liikunta", "rekisteröity yhdistys", "Testilän Liikunta ry", "", "Testilä Sports"],
        ],
        "facts": [
            [
                "jäsenyys",
                "maija",
                "puheenjohtaja",
                "ryhma",
                "",
                "",
                "2024-03",
                "",
                "voimassa",
                "testila-2024",
                "",
                "",
                "hyvinvointiryhmän puheenjohtajana toimii Maija Meikäläinen",
            ],
            [
                "jäsenyys",
                "matti",
                "edustaja",
                "ryhma",
                "liikunta",
                "",
                "",
                "",
                "",
                "testila-2024",
                "",
                "",
                "Matti Virtanen (Testilän Liikunta ry)",
            ],
            [
                "jäsenyys",
                "liisa",
                "varajäsen",
                "ryhma",
                "",
                "matti",
                "",
                "",
                "",
                "testila-2024",
                "",
                "",
                "varajäsenenä Liisa Laine",
            ],
            [
                "jäsenyys",
                "Länsi-Uudenmaan hyvinvointialue",
                "osallistuja",
                "ryhma",
                "",
                "",
                "",
                "",
                "",
                "testila-2024",
                "",
                "",
                "Ryhmään osallistuu myös Länsi-Uudenmaan hyvinvointialue.",
            ],
        ],
    }
    for sheet, values in rows.items():
        ws = book[sheet]
        ids = [c.value for c in ws[1]]
        for r, row in enumerate(values, start=3):
            for c, value in enumerate(row, start=1):
                ws.cell(row=r, column=c, value=value or None)
            for c in range(len(row) + 1, len(ids) + 1):
                ws.cell(row=r, column=c, value=None)
        for r in range(3 + len(values), ws.max_row + 1):
            for c in range(1, len(ids) + 1):
                ws.cell(row=r, column=c, value=None)
    # the entity row for the part_of needs its quote
    ws = book["entities"]
    ids = [c.value for c in ws[1]]
    ws.cell(row=4, column=ids.index("source") + 1, value="testila-2024")
    ws.cell(row=4, column=ids.index("quote") + 1, value="Testilän kaupunki asetti ryhmän")
    book.save(path)
    (path.parent / "testila.txt").write_text(SOURCE_TEXT, encoding="utf-8")


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("HYTEGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_template_fill_dry_run_import_build(env):
    assert _run("template", "-o", "testila.xlsx").exit_code == 0
    _fill(env / "testila.xlsx")
    dry = _run("import", "testila.xlsx", "-o", "out/testila.ttl", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "new   Testilän kaupungin" not in dry.output
    assert not (env / "out" / "testila.ttl").exists()
    done = _run("import", "testila.xlsx", "-o", "out/testila.ttl")
    assert done.exit_code == 0, done.output
    assert (env / "out" / "sources" / "testila-2024.txt").read_text(encoding="utf-8") == SOURCE_TEXT
    built = _run("--data", "out/testila.ttl", "build", "--out", "build")
    assert built.exit_code == 0, built.output
    store = load_graph([env / "out" / "testila.ttl"])
    group = IDNS["body/ryhma"]
    ask = store.ask
    assert ask(f"ASK {{ <{IDNS['person/maija']}> hyte:chairs <{group}> }}")
    assert ask(
        f"ASK {{ ?m org:member <{IDNS['person/liisa']}> ; org:role <{IDNS['role/deputy-member']}> "
        f"; "
        f"hyte:deputyFor <{IDNS['person/matti']}> }}"
    )
    assert ask(
        f"ASK {{ ?m org:member <{IDNS['person/matti']}> ; hyte:represents "
        f"<{IDNS['org/liikunta']}> }}"
    )
    assert ask(f"ASK {{ <{IDNS['org/liikunta']}> hyte:representedIn <{group}> }}")
    # the county is the bundled one, matched by its name: no second county node
    assert ask(f"ASK {{ <{IDNS['org/lansi-uusimaa']}> hyte:participatesIn <{group}> }}")
    assert ask(f"ASK {{ ?f hyte:part <{group}> ; hyte:whole <{IDNS['org/testila']}> }}")
    assert ask(
        f"ASK {{ ?m org:member <{IDNS['person/maija']}> ; org:memberDuring/time:hasBeginning/"
        f'time:inXSDgYearMonth "2024-03"^^xsd:gYearMonth }}'
    )
    # every county of the graph has one node
    counties = store.select("SELECT ?c WHERE { ?c a hyte:WellbeingServicesCounty }").rows
    assert len(counties) == 1


def test_reimport_is_byte_identical_and_never_clobbers(env):
    _run("template", "-o", "testila.xlsx")
    _fill(env / "testila.xlsx")
    assert _run("import", "testila.xlsx", "-o", "out/t.ttl").exit_code == 0
    first = (env / "out" / "t.ttl").read_bytes()
    assert _run("import", "testila.xlsx", "-o", "out/t.ttl").exit_code == 0
    assert (env / "out" / "t.ttl").read_bytes() == first
    (env / "mine.ttl").write_text("# my own notes\n", encoding="utf-8")
    refused = _run("import", "testila.xlsx", "-o", "mine.ttl")
    assert refused.exit_code == 1
    assert "mine.ttl exists and was not written by hytegraph import" in refused.output
    assert (env / "mine.ttl").read_text(encoding="utf-8") == "# my own notes\n"


def test_second_workbook_joins_the_first_without_duplicates(env):
    _run("template", "-o", "a.xlsx")
    _fill(env / "a.xlsx")
    assert _run("import", "a.xlsx", "-o", "out/a.ttl").exit_code == 0
    folder = env / "b"
    folder.mkdir()
    (folder / "b.txt").write_text(
        "Testilän kaupunki ja Testilän Liikunta ry tekevät yhteistyötä.", encoding="utf-8"
    )
    (folder / "sources.csv").write_text(
        "id,title,publisher,file,language\nb-2025,Yhteistyö,Testilän kaupunki,b.txt,fi\n",
        encoding="utf-8",
    )
    (folder / "entities.csv").write_text(
        "id,kind,name_fi,name_en\nkaupunki,municipality,Testilän kaupunki,City of Testilä\n"
        "seura,ngo,Testilän Liikunta ry,Testilä Sports\n",
        encoding="utf-8",
    )
    (folder / "facts.csv").write_text(
        "kind,actor,target,source,quote\ncooperation,kaupunki,seura,b-2025,"
        "Testilän kaupunki ja Testilän Liikunta ry tekevät yhteistyötä\n",
        encoding="utf-8",
    )
    dry = _run("--data", "out/a.ttl", "import", "b", "-o", "out/b.ttl", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "same  Testilän kaupunki → id/org/testila: same Finnish name" in dry.output
    assert _run("--data", "out/a.ttl", "import", "b", "-o", "out/b.ttl").exit_code == 0
    store = load_graph([env / "out" / "a.ttl", env / "out" / "b.ttl"], include_bundled=False)
    municipalities = store.select("SELECT ?m WHERE { ?m a hyte:Municipality }").rows
    assert [str(r[0]) for r in municipalities] == [str(IDNS["org/testila"])]


def test_swedish_name_matches_the_graphs_swedish_label(env):
    folder = env / "sv"
    folder.mkdir()
    (folder / "s.txt").write_text(
        "Esbo stad samarbetar med Västra Nylands välfärdsområde.", encoding="utf-8"
    )
    (folder / "sources.csv").write_text(
        "id,title,publisher,file,language,name_fi\ns,Samarbete,esbo,s.txt,sv,Yhteistyö\n",
        encoding="utf-8",
    )
    (folder / "entities.csv").write_text(
        "id,kind,name_fi,name_sv,name_en\nesbo,municipality,Espoo,Esbo stad,Espoo\n"
        "vn,county,Länsi-Uusimaa,Västra Nylands välfärdsområde,Western Uusimaa\n",
        encoding="utf-8",
    )
    (folder / "facts.csv").write_text(
        "kind,actor,target,source,quote\ncooperation,esbo,vn,s,"
        "Esbo stad samarbetar med Västra Nylands välfärdsområde.\n",
        encoding="utf-8",
    )
    dry = _run("import", "sv", "-o", "out/sv.ttl", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "same  Espoo → id/org/espoo: same Swedish name" in dry.output
    assert "same  Länsi-Uusimaa → id/org/lansi-uusimaa: same Swedish name" in dry.output


def test_a_similar_name_needs_a_decision_and_the_decision_is_kept(env):
    folder = env / "d"
    folder.mkdir()
    (folder / "d.txt").write_text("Lasten ja nuorten ohjausryhmä kokoontui.", encoding="utf-8")
    (folder / "sources.csv").write_text(
        "id,title,publisher,file,language\nd,D,Espoon kaupunki,d.txt,fi\n", encoding="utf-8"
    )
    (folder / "entities.csv").write_text(
        "id,kind,name_fi,name_en,same_as\n"
        "lno,steering_group,Lasten ja nuorten ohjausryhmä,Children's group,\n",
        encoding="utf-8",
    )
    (folder / "facts.csv").write_text(
        "kind,actor,target,source,quote\nmention,lno,,d,Lasten ja nuorten ohjausryhmä kokoontui.\n",
        encoding="utf-8",
    )
    result = _run("import", "d", "-o", "out/d.ttl", "--dry-run")
    assert result.exit_code == 1
    assert (
        "entities!2:same_as: 'Lasten ja nuorten ohjausryhmä' may be an entity the graph has:"
        in result.output
    )
    assert "id/body/lasten-ja-nuorten-ohjausryhma" in result.output
    entities = (
        (folder / "entities.csv")
        .read_text(encoding="utf-8")
        .replace("Children's group,", "Children's group,id/body/lasten-ja-nuorten-ohjausryhma")
    )
    (folder / "entities.csv").write_text(entities, encoding="utf-8")
    assert _run("import", "d", "-o", "out/d.ttl").exit_code == 0
    graph = rdflib.Graph().parse(env / "out" / "d.ttl")
    assert (IDNS["body/lasten-ja-nuorten-ohjausryhma"], HYTE.evidence, None) in graph
    assert (IDNS["body/lno"], None, None) not in graph


ERRORS = [
    # (sheet, row cells to change, expected start of the problem line)
    (
        "entities",
        {"county": "Länsi-Uudenmaan hyvinvointialue"},
        "entities!3:county: only a municipality is in a wellbeing services county",
    ),
    ("entities", {"kind": "ohjausryhmäx"}, "entities!3:kind: unknown kind 'ohjausryhmäx'"),
    ("facts", {"role": "pomo"}, "facts!2:role: unknown role 'pomo'"),
    ("facts", {"actor": "nobody"}, "facts!2:actor: 'nobody' is not an id of the entities sheet"),
    ("facts", {"start": "31.2.2024"}, "facts!2:start: 31.2.2024 is not a day of the calendar"),
    (
        "facts",
        {"start": "2024", "end": "2023"},
        "facts!2:end: the end (2023) is before the start (2024)",
    ),
    (
        "facts",
        {"quote": "puheenjohtajana toimii Maija Meikäläine n"},
        "facts!2:quote: the quote is not in the text of t; the closest passage is",
    ),
    ("sources", {"file": "missing.txt"}, "sources!2:file: the text file missing.txt is missing"),
    ("facts", {"actor": "Virpi"}, "facts!2:actor: 'Virpi' matches 2 entities of the graph"),
    (
        "facts",
        {"on_behalf_of": "m"},
        "facts!2:on_behalf_of: 'm' is not an organisation",
    ),
    (
        "facts",
        {"role": "deputy_member", "deputy_for": "k"},
        "facts!2:deputy_for: 'k' is not a person",
    ),
    (
        "entities",
        {"identical_to": "wikidata Q47034"},
        "entities!3:identical_to: 'wikidata Q47034' is not a Wikidata id or a web IRI",
    ),
]


def _small(folder: Path) -> None:
    folder.mkdir()
    (folder / "t.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    (folder / "sources.csv").write_text(
        "id,title,publisher,file,language\nt,T,k,t.txt,fi\n", encoding="utf-8"
    )
    (folder / "entities.csv").write_text(
        "id,kind,name_fi,name_en,same_as\nk,municipality,Testilän kaupunki,Testilä\n"
        "r,working_group,Testilän hyvinvointiryhmä,Group,new\nm,person,Maija Meikäläinen,\n",
        encoding="utf-8",
    )
    (folder / "facts.csv").write_text(
        "kind,actor,role,target,start,end,source,quote\n"
        "membership,m,chair,r,,,t,puheenjohtajana toimii Maija Meikäläinen\n",
        encoding="utf-8",
    )


def _edit(folder: Path, sheet: str, changes: dict[str, str]) -> None:
    import csv

    path = folder / f"{sheet}.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    target = rows[1] if sheet == "entities" else rows[0]
    target.update(changes)
    fields = list(dict.fromkeys([*rows[0].keys(), *changes]))
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fields)
        writer.writeheader()
        writer.writerows(rows)


def test_a_municipality_s_county_and_a_source_s_short_title(env):
    import csv

    _small(env / "w")
    path = env / "w" / "entities.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows[0]["county"] = "Länsi-Uudenmaan hyvinvointialue"  # the county the graph already has
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, [*rows[1].keys(), "county"])
        writer.writeheader()
        writer.writerows(rows)
    _edit(env / "w", "sources", {"short_title_fi": "Testilän kysely"})
    result = _run("import", "w", "-o", "out/w.ttl")
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(env / "out" / "w.ttl")
    (municipality,) = graph.subjects(RDF.type, HYTE.Municipality)
    assert list(graph.objects(municipality, HYTE.inWellbeingServicesCounty)) == [
        IDNS["org/lansi-uusimaa"]
    ]
    assert {str(t) for t in graph.objects(None, DCTERMS.alternative)} == {"Testilän kysely"}


@pytest.mark.parametrize(("sheet", "changes", "expected"), ERRORS)
def test_each_error_is_reported_at_its_cell_and_nothing_is_written(env, sheet, changes, expected):
    _small(env / "w")
    _edit(env / "w", sheet, changes)
    result = _run("import", "w", "-o", "out/w.ttl")
    assert result.exit_code == 1
    lines = [line.strip() for line in result.output.splitlines()]
    assert any(line.startswith(expected) for line in lines), result.output
    assert " — " in next(line for line in lines if line.startswith(expected))
    assert not (env / "out").exists()


def test_every_problem_is_reported_at_once(env):
    _small(env / "w")
    _edit(env / "w", "facts", {"role": "pomo", "start": "huomenna"})
    result = _run("import", "w", "-o", "out/w.ttl")
    assert "facts!2:role:" in result.output and "facts!2:start:" in result.output


def test_the_small_workbook_imports(env):
    _small(env / "w")
    assert _run("import", "w", "-o", "out/w.ttl").exit_code == 0


@pytest.mark.parametrize("fmt", ["csvdir", "xlsx"])
def test_round_trip_of_the_bundled_data_loses_nothing(env, fmt):
    target = env / ("wb" if fmt == "csvdir" else "wb/espoo.xlsx")
    assert _run("export", "--format", fmt, "-o", str(target)).exit_code == 0
    report = import_workbook([target], output=env / "rt" / "data.ttl")
    assert report.written
    produced = rdflib.Graph().parse(env / "rt" / "data.ttl")
    original = rdflib.Graph()
    for path in resources.bundled_data_files():
        original.parse(path)
    for graph in (produced, original):
        graph.remove((None, HYTE.textFile, None))  # copied under sources/, named by source id
    assert to_isomorphic(produced) == to_isomorphic(original)


def _typed_into_xlsx(folder: Path, target: Path) -> Path:
    """A CSV workbook typed into an .xlsx cell by cell (its text files beside it)."""
    import csv

    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for path in sorted(folder.glob("*.csv")):
        sheet = book.create_sheet(path.stem)
        for row in csv.reader(path.open(encoding="utf-8", newline="")):
            sheet.append([cell or None for cell in row])
    target.mkdir()
    for text in folder.glob("*.txt"):
        shutil.copy(text, target / text.name)
    book.save(target / f"{folder.name}.xlsx")
    return target / f"{folder.name}.xlsx"


def test_read_workbook_reads_an_xlsx_and_a_csv_folder_alike(tmp_path):
    folder = ROOT / "examples" / "kauniainen"
    from_csv = read_workbook(folder)
    from_xlsx = read_workbook(_typed_into_xlsx(folder, tmp_path / "x"))
    assert to_isomorphic(from_csv) == to_isomorphic(from_xlsx)
    # what import wrote to data/kauniainen.ttl, but for where the text file is
    imported = rdflib.Graph().parse(ROOT / "data" / "kauniainen.ttl")
    source = IDNS["source/kauniainen-hyte-ohjausryhma"]
    assert imported.value(source, HYTE.textFile) == rdflib.Literal(
        "sources/kauniainen-hyte-ohjausryhma.txt"
    )
    assert from_csv.value(source, HYTE.textFile) == rdflib.Literal(
        "kauniainen-hyte-ohjausryhma.txt"
    )
    for graph in (from_csv, imported):
        graph.remove((None, HYTE.textFile, None))
    assert to_isomorphic(from_csv) == to_isomorphic(imported)


def test_read_workbook_resolves_names_through_the_graph_it_joins(env):
    _small(env / "w")
    _edit(env / "w", "facts", {"actor": "Länsi-Uudenmaan hyvinvointialue", "role": "participant"})
    with pytest.raises(ImportFailed) as alone:
        read_workbook(env / "w")
    assert [str(p.where) for p in alone.value.problems] == ["facts!2:actor"]
    graph = read_workbook(env / "w", base=load_graph())
    assert (None, ORG.member, IDNS["org/lansi-uusimaa"]) in graph
    # the graph's own entity is named, not described again
    assert (IDNS["org/lansi-uusimaa"], None, None) not in graph


def test_read_workbook_reports_every_problem_at_its_cell(env):
    _small(env / "w")
    _edit(env / "w", "facts", {"role": "pomo", "start": "huomenna"})
    _edit(env / "w", "entities", {"kind": "ryhmäx"})
    with pytest.raises(ImportFailed) as failed:
        read_workbook(env / "w")
    assert isinstance(failed.value, HytegraphError)
    assert {str(p.where) for p in failed.value.problems} >= {
        "entities!3:kind",
        "facts!2:role",
        "facts!2:start",
    }
    assert all(p.fix for p in failed.value.problems)


def test_read_workbook_gives_the_graph_for_a_loader():
    graph = read_workbook(ROOT / "examples" / "kauniainen")
    chair = IDNS["person/flemmich"]
    assert (None, ORG.member, chair) in graph
    assert (
        IDNS["source/kauniainen-hyte-ohjausryhma"],
        HYTE.textFile,
        rdflib.Literal("kauniainen-hyte-ohjausryhma.txt"),
    ) in graph


def test_bundled_kauniainen_is_what_its_workbook_gives(env):
    shutil.copytree(ROOT / "examples" / "kauniainen", env / "kauniainen")
    bundled = [p for p in resources.bundled_data_files() if p.name != "kauniainen.ttl"]

    def base(_out):
        return load_graph(bundled, include_bundled=False)

    report = import_workbook([env / "kauniainen"], output=env / "k.ttl", load_base=base)
    assert report.written
    assert (env / "k.ttl").read_bytes() == (ROOT / "data" / "kauniainen.ttl").read_bytes()


EXAMPLE = ROOT / "examples" / "kauniainen"


def _example_people() -> list[str]:
    """The names of the people the example workbook lists (read from its entities sheet)."""
    import csv

    with (EXAMPLE / "entities.csv").open(encoding="utf-8", newline="") as f:
        return [r["name_fi"] for r in csv.DictReader(f) if r["kind"] == "person"]


def _kauniainen_nodes(graph: rdflib.Graph) -> tuple[set, dict[str, set]]:
    """The steering groups that are part of Kauniainen, and the nodes named as each person of
    the example workbook."""
    from rdflib.namespace import FOAF, RDF

    kauniainen = IDNS["org/kauniainen"]
    groups = {
        part
        for sub in graph.subjects(HYTE.whole, kauniainen)
        for part in graph.objects(sub, HYTE.part)
        if (part, RDF.type, HYTE.SteeringGroup) in graph
    }
    people = {
        name: set(graph.subjects(FOAF.name, rdflib.Literal(name))) for name in _example_people()
    }
    return groups, people


def test_the_bundled_graph_holds_kauniainen_once():
    graph = load_graph().to_rdflib()
    groups, people = _kauniainen_nodes(graph)
    assert len(groups) == 1
    assert len(people) >= 10  # the chair, the secretary and the members of the page
    assert {name: len(nodes) for name, nodes in people.items()} == {name: 1 for name in people}


def test_the_example_workbook_given_as_data_too_states_nothing_twice():
    """Giving the example workbook as data beside the bundled graph, which already holds its
    Turtle, adds no second node: each person needs a decision (a name alone does not prove a
    person), asked at the person's same_as cell; an entity the workbook declares new whose IRI
    the graph already has is refused at its id cell; and nothing is read."""
    import csv

    store = load_graph()
    with pytest.raises(ImportFailed) as failed:
        read_workbook(EXAMPLE, base=store)
    with (EXAMPLE / "entities.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    bundled = _kauniainen_nodes(store.to_rdflib())[1]
    at = {(p.where.row, p.where.column): p for p in failed.value.problems}
    for number, row in enumerate(rows, start=2):
        if row["kind"] == "person":
            # the candidate offered is the bundled node of that name
            (node,) = bundled[row["name_fi"]]
            assert "id/" + str(node).removeprefix(str(IDNS)) in at[(number, "same_as")].fix
        elif row["same_as"] == "new":
            assert "which the graph has for another entity" in at[(number, "id")].what
    assert len(at) == sum(1 for r in rows if r["kind"] == "person" or r["same_as"] == "new")


def test_no_workbook_lies_in_the_bundled_data():
    """``data/`` holds what the graph is made of: Turtle, the source texts it cites and the
    README. A workbook there would be read a second time by a loader that reads workbooks."""
    data = ROOT / "data"
    found = sorted(
        str(p.relative_to(data))
        for p in data.rglob("*")
        if p.is_file()
        and not (p.suffix == ".ttl" and p.parent == data)
        and not (p.suffix == ".txt" and p.parent == data / "sources")
        and p.name != "README.md"
    )
    assert found == []
    cited = {
        str(o)
        for path in resources.bundled_data_files()
        for o in rdflib.Graph().parse(path).objects(None, HYTE.textFile)
    }
    assert cited == {str(p.relative_to(data)) for p in (data / "sources").glob("*.txt")}


NBSP = "\u00a0"


def _as_a_spreadsheet_saves_it(folder: Path, target: Path) -> Path:
    """A CSV workbook typed into an .xlsx the way Excel or LibreOffice save what a person
    typed or pasted: codes as numbers (235, 235.0), names and quotes pasted from a web page
    (no-break spaces, spaces around and doubled), and below the data empty rows that keep
    formatting, a row of empty strings and a row of spaces."""
    import csv

    from openpyxl import Workbook
    from openpyxl.styles import Font

    def typed(column: str, value: str, number: int) -> object:
        if not value:
            return None
        if column == "code" and value.isdigit():
            return int(value) if number % 2 else float(value)
        if column == "quote":
            return "  " + value.replace(" ", NBSP, 2).replace(" ", "  ", 1) + NBSP
        if column in ("name_fi", "actor", "target", "title"):
            return " " + value.replace(" ", NBSP, 1) + "\t"
        return value

    book = Workbook()
    book.remove(book.active)
    for path in sorted(folder.glob("*.csv")):
        sheet = book.create_sheet(path.stem)
        header, *rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
        sheet.append(header)
        for number, row in enumerate(rows):
            sheet.append([typed(c, v, number) for c, v in zip(header, row, strict=True)])
        below = sheet.max_row
        for offset in range(1, 6):
            sheet.cell(row=below + offset, column=1).font = Font(bold=True)
        sheet.append([""] * len(header))
        sheet.append([" "] * len(header))
    target.mkdir()
    for text in folder.glob("*.txt"):
        shutil.copy(text, target / text.name)
    book.save(target / "saved.xlsx")
    return target / "saved.xlsx"


def test_an_xlsx_as_a_spreadsheet_saves_it_reads_as_its_csv(tmp_path):
    saved = _as_a_spreadsheet_saves_it(EXAMPLE, tmp_path / "x")
    from_csv = read_workbook(EXAMPLE)
    from_xlsx = read_workbook(saved)
    assert to_isomorphic(from_xlsx) == to_isomorphic(from_csv)
    # the names are the page's, with ordinary spaces
    assert (None, rdflib.namespace.FOAF.name, rdflib.Literal("Mikael Flemmich")) in from_xlsx
    assert not any(NBSP in str(o) or "  " in str(o) for o in from_xlsx.objects())


def test_cells_a_spreadsheet_typed_as_dates_and_numbers(env):
    """A start typed into a date cell with a time of day (read as that day), an end as a year typed
    into a number cell, a municipality code that lost its leading zero in a number cell."""
    import datetime

    from openpyxl import Workbook

    _small(env / "w")
    book = Workbook()
    book.remove(book.active)
    rows = {
        "sources": [
            ["id", "title", "publisher", "file", "language"],
            ["t", "T", "k", "t.txt", "fi"],
        ],
        "entities": [
            ["id", "kind", "name_fi", "name_en", "code", "same_as"],
            ["k", "municipality", "Testilän kaupunki", "Testilä", 49.0, "new"],
            ["r", "working_group", "Testilän hyvinvointiryhmä", "Group", None, "new"],
            ["m", "person", "Maija Meikäläinen", None, None, None],
        ],
        "facts": [
            ["kind", "actor", "role", "target", "start", "end", "source", "quote"],
            [
                "membership",
                "m",
                "chair",
                "r",
                datetime.datetime(2023, 3, 13, 10, 30),
                2025,
                "t",
                f"puheenjohtajana{NBSP}toimii Maija Meikäläinen",
            ],
        ],
    }
    for name, content in rows.items():
        sheet = book.create_sheet(name)
        for row in content:
            sheet.append(row)
    shutil.copy(env / "w" / "t.txt", env / "t.txt")
    book.save(env / "typed.xlsx")
    graph = read_workbook(env / "typed.xlsx")
    time = rdflib.Namespace("http://www.w3.org/2006/time#")
    assert set(graph.objects(None, time.inXSDDate)) == {
        rdflib.Literal("2023-03-13", datatype=rdflib.XSD.date)
    }
    assert set(graph.objects(None, time.inXSDgYear)) == {
        rdflib.Literal("2025", datatype=rdflib.XSD.gYear)
    }
    assert (
        IDNS["org/k"],
        ORG.identifier,
        rdflib.Literal("049", datatype=HYTE.MunicipalityCode),
    ) in graph
    assert {str(q) for q in graph.objects(None, HYTE.quote)} == {
        "puheenjohtajana toimii Maija Meikäläinen"
    }


def test_the_template_keeps_dates_and_codes_as_typed(env):
    """Date and code columns of the template are text cells, so that Excel keeps 2024-03 a
    month and 049 a code instead of turning them into a day and a number."""
    from openpyxl import load_workbook

    from hytegraph.authoring.tables import TEXT_COLUMNS

    assert _run("template", "-o", "t.xlsx").exit_code == 0
    book = load_workbook(env / "t.xlsx")
    checked = 0
    for name in ("sources", "entities", "facts"):
        sheet = book[name]
        header = [c.value for c in sheet[1]]
        for index, column in enumerate(header, start=1):
            formats = {sheet.cell(row=r, column=index).number_format for r in (3, 50, 1000)}
            assert formats == ({"@"} if column in TEXT_COLUMNS else {"General"}), column
            checked += column in TEXT_COLUMNS
    assert checked >= 5  # sources.date, entities.code, facts.start, facts.end, ...


REGISTER = (
    "Nimi;Luottamuselin;Asema;Alku;Loppu\r\n"
    "Maija Meikäläinen;Testilän hyvinvointiryhmä;puheenjohtaja;1.6.2021;31.5.2025\r\n"
    "Matti Virtanen;Testilän hyvinvointiryhmä;varajäsen;1.6.2021;\r\n"
    "Sven Ek;Testilän hyvinvointiryhmä;vice ordförande;2021;2025\r\n"
    " Liisa\u00a0Laine ; Testilän hyvinvointiryhmä ;jäsen ;2021;\r\n"
    ";;;;\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_membership_register(env, encoding):
    _small(env / "w")
    (env / "jasenet.csv").write_bytes(REGISTER.encode(encoding))
    (env / "w" / "sources.csv").write_text(
        "id,title,publisher,file,language\nt,T,k,t.txt,fi\nrekisteri,Luottamushenkilörekisteri,k,,fi\n",
        encoding="utf-8",
    )
    result = _run("import", "w", "jasenet.csv", "--source", "rekisteri", "-o", "out/r.ttl")
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(env / "out" / "r.ttl")
    text = (env / "out" / "sources" / "rekisteri.txt").read_text(encoding="utf-8")
    assert "Matti Virtanen;Testilän hyvinvointiryhmä;varajäsen" in text
    roles = {
        (
            str(graph.value(m, ORG.member)).rsplit("/", 1)[-1],
            str(graph.value(m, ORG.role)).rsplit("/", 1)[-1],
        )
        for m in graph.subjects(ORG.role, None)
    }
    assert roles >= {
        ("m", "chair"),
        ("matti-virtanen", "deputy-member"),
        ("sven-ek", "vice-chair"),
        ("liisa-laine", "member"),
    }
    names = {str(n) for n in graph.objects(None, rdflib.namespace.FOAF.name)}
    assert "Liisa Laine" in names
    quotes = {str(q) for q in graph.objects(None, HYTE.quote)}
    assert "Sven Ek;Testilän hyvinvointiryhmä;vice ordförande;2021;2025" in quotes


def test_register_columns_are_mapped_by_header(env):
    _small(env / "w")
    (env / "w" / "sources.csv").write_text(
        "id,title,publisher,file,language\nt,T,k,t.txt,fi\nr,R,k,,fi\n", encoding="utf-8"
    )
    (env / "reg.csv").write_text(
        "Henkilö,Ryhmä,Tehtävä\nMaija Meikäläinen,Testilän hyvinvointiryhmä,jäsen\n",
        encoding="utf-8",
    )
    missing = _run("import", "w", "reg.csv", "--source", "r", "-o", "out/r.ttl")
    assert missing.exit_code == 1 and "no column for body" in missing.output
    ok = _run(
        "import", "w", "reg.csv", "--source", "r", "--column", "body=Ryhmä", "-o", "out/r.ttl"
    )
    assert ok.exit_code == 0, ok.output


@pytest.mark.parametrize(
    ("text", "lexical", "precision"),
    [
        ("2024-03-13", "2024-03-13", "day"),
        ("13.3.2024", "2024-03-13", "day"),
        ("2024-03", "2024-03", "month"),
        ("3/2024", "2024-03", "month"),
        ("2024", "2024", "year"),
        ("kevät 2023", "2023", "season"),
        ("spring 2023", "2023", "season"),
        ("våren 2023", "2023", "season"),
    ],
)
def test_dates_keep_their_precision(text, lexical, precision):
    when = dates.parse(text)
    assert (when.lexical(), when.precision) == (lexical, precision)


def test_a_season_is_a_proper_interval_within_its_year():
    graph = rdflib.Graph()
    node = dates.period(graph, dates.parse_period("kevät 2023"))
    assert (node, HYTE.season, IDNS["season/spring"]) in graph
    assert dates.read_period(graph, node) == dates.parse_period("spring 2023")


def test_identical_to_writes_owl_same_as(env):
    _small(env / "w")
    _edit(env / "w", "entities", {"identical_to": "Q123456 | https://example.org/group/7"})
    graph = read_workbook(env / "w")
    assert set(graph.objects(IDNS["body/r"], OWL.sameAs)) == {
        rdflib.URIRef("http://www.wikidata.org/entity/Q123456"),
        rdflib.URIRef("https://example.org/group/7"),
    }


@pytest.fixture(scope="module")
def bundled_facts():
    from hytegraph.authoring.matching import GraphFacts
    from hytegraph.store.names import index_for

    store = load_graph()
    return GraphFacts(store, index_for(store))


MATCHES = [
    # (kind, names, status, the graph's entity: the match or the first candidate)
    # near misses: a shared generic word, or no word at all, is no reason to ask
    ("working_group", ["Testilän hyvinvointiryhmä", "Group@en"], "new", None),
    ("working_group", ["Hyvinvointiryhmä"], "new", None),
    ("steering_group", ["Kauniaisten ohjausryhmä"], "new", None),
    ("steering_group", ["Testilän ohjausryhmä", "Steering group@en"], "new", None),
    # inflected and shortened forms of a body's name: a person decides (bodies' names repeat)
    (
        "working_group",
        ["Nuorten hyvinvointityöryhmässä"],
        "decide",
        "body/nuorten-hyvinvointityoryhma",
    ),
    (
        "steering_group",
        ["Lasten ja nuorten ohjausryhmä"],
        "decide",
        "body/lasten-ja-nuorten-ohjausryhma",
    ),
    ("steering_group", ["Työikäisten ohjausryhmä"], "decide", "body/tyoikaisten-ohjausryhma"),
    # Finnish and Swedish names of municipalities, counties and NGOs
    ("municipality", ["Grankulla stad@sv"], "same", "org/kauniainen"),
    ("municipality", ["Espoon kaupunki", "Esbo stad@sv"], "same", "org/espoo"),
    ("municipality", ["Kauniaisten kaupungin"], "decide", "org/kauniainen"),
    ("county", ["Västra Nylands välfärdsområdet@sv"], "decide", "org/lansi-uusimaa"),
    ("ngo", ["Hyte ry:n"], "same", "org/hyte-ry"),
]


@pytest.mark.parametrize(("kind", "names", "status", "iri"), MATCHES)
def test_matching_asks_only_about_alike_names(bundled_facts, kind, names, status, iri):
    from hytegraph.authoring import vocabulary
    from hytegraph.authoring.matching import Wanted, match

    pairs = [tuple(n.split("@")) if "@" in n else (n, "fi") for n in names]
    decision = match(Wanted("x", vocabulary.entity_kinds()[kind], pairs), bundled_facts)
    assert decision.status == status
    if status == "same":
        assert decision.iri == str(IDNS[iri])
    elif status == "decide":
        assert decision.candidates[0].iri == str(IDNS[iri])


def test_a_start_in_a_season_is_an_instant_of_its_year_in_that_season():
    from rdflib.namespace import TIME, XSD

    graph = rdflib.Graph()
    node = dates.interval(graph, dates.parse("kevät 2023"), dates.parse("2024"))
    begin = graph.value(node, TIME.hasBeginning)
    assert set(graph.predicate_objects(begin)) >= {
        (rdflib.RDF.type, TIME.Instant),
        (TIME.inXSDgYear, rdflib.Literal("2023", datatype=XSD.gYear)),
        (HYTE.season, IDNS["season/spring"]),
        (rdflib.RDFS.label, rdflib.Literal("våren 2023", lang="sv")),
    }
    # the year is the only position: no month or day is made up
    assert graph.value(begin, TIME.inXSDgYearMonth) is None
    assert graph.value(begin, TIME.inXSDDate) is None
    assert dates.read_instant(graph, begin) == dates.parse("spring 2023")


@pytest.mark.parametrize(
    ("start", "end", "before"),
    [
        ("syksy 2023", "kevät 2023", True),
        ("kevät 2023", "syksy 2023", False),
        ("kevät 2024", "syksy 2023", True),
        ("talvi 2023", "kevät 2023", False),  # which winter is not said
        ("2023-05", "kevät 2023", False),  # a month and a season of one year: not comparable
    ],
)
def test_an_end_before_the_start_compares_seasons_of_one_year(start, end, before):
    assert dates.ends_before(dates.parse(start), dates.parse(end)) is before


def test_the_docs_column_reference_is_the_contract_import_reads():
    """docs/authoring.md ends with the column reference written from the columns and
    vocabularies import uses (regenerate it with hytegraph.authoring.reference.markdown())."""
    from hytegraph.authoring.reference import markdown

    text = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
    assert text.split("\n## Column reference\n\n", 1)[1] == markdown()


def test_a_dry_run_with_decisions_to_make_still_shows_what_matched(env):
    folder = env / "d"
    _small(folder)
    _edit(folder, "entities", {"name_fi": "Nuorten hyvinvointityöryhmässä", "same_as": ""})
    result = _run("import", "d", "-o", "out/d.ttl", "--dry-run")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "new   Testilän kaupunki (municipality) → id/org/k" in lines
    assert (
        "decide Nuorten hyvinvointityöryhmässä (working_group): Nuorten hyvinvointityöryhmä "
        "(id/body/nuorten-hyvinvointityoryhma)?"
    ) in lines
    assert "entities!3:same_as:" in result.stderr
    assert not (env / "out").exists()

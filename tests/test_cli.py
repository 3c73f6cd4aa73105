"""The `kg` command through typer's CliRunner: build summary and exit codes, query formats, export, validate."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import to_isomorphic
from typer.testing import CliRunner

from kg import store
from kg.cli import app
from tests.conftest import TURTLE_PREFIXES

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_1ba6052cf47092fd.txt"
GRAPH = TURTLE_PREFIXES + """
@base <http://example.org/kg/> .

<article/a1> a schema:NewsArticle ; nkg:source "a1.txt" ; schema:articleBody "Blinken spoke on Friday." .
<entity/blinken> a nkg:Entity, schema:Person ;
    rdfs:label "Antony Blinken"@en ; skos:prefLabel "Antony Blinken"@en ; nkg:mention <mention/m1> .
<mention/m1> a nkg:Mention ; nkg:article <article/a1> ; nkg:text "Blinken" ; nkg:start 0 ; nkg:end 7 .
<event/e1> a sem:Event, schema:Event ; rdfs:label "Antony Blinken statement"@en ;
    nkg:eventType evt:statement ; nkg:agent <entity/blinken> ;
    nkg:date "2022-01-07"^^xsd:date ; nkg:datePrecision "day" ; nkg:confidence 0.7 ; nkg:reportCount 1 ;
    nkg:report <report/r1> ; prov:wasDerivedFrom <article/a1> .
<report/r1> a nkg:Report, prov:Entity ; nkg:article <article/a1> ;
    nkg:text "Blinken spoke on Friday." ; nkg:start 0 ; nkg:end 24 .
"""
LABELS = "SELECT ?e ?label WHERE { ?e a nkg:Entity ; rdfs:label ?label }"
runner = CliRunner()


def _store(folder: Path, turtle: str) -> Path:
    """A store folder holding the graph of `turtle`, written the way a build writes it."""
    nt = ox.serialize(ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    gen = store.new_generation(folder, "cli-test")
    store.write_graph(gen, [nt])
    store.swap_in(folder, gen)
    return folder


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    return _store(tmp_path_factory.mktemp("cli-store"), GRAPH)


def _run(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.model
def test_build_prints_a_summary_with_skipped_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = _run("build", str(SEED), str(empty), str(tmp_path / "missing.txt"), "--store", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output
    head = result.stdout.splitlines()[0]
    counts = dict((name, int(n)) for n, name in (part.split() for part in head.split(": ", 1)[1].split(", ")))
    assert counts["articles"] == 1 and counts["entities"] > 2 and counts["events"] > 0 and counts["triples"] > 100
    assert "skipped 2 input(s):" in result.stdout
    assert f"  {empty}: empty file" in result.stdout
    assert f"  {tmp_path / 'missing.txt'}: no such file or folder" in result.stdout


def test_build_with_nothing_readable_fails_clearly(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = _run("build", str(empty), str(tmp_path / "nope.md"), "--store", str(tmp_path / "s"))
    assert result.exit_code == 1
    assert "error: no article could be read, nothing was built" in result.stderr
    assert f"{empty}: empty file" in result.stderr and "nope.md: no such file or folder" in result.stderr
    assert not (tmp_path / "s" / store.CURRENT).exists()


def test_commands_on_a_missing_store_say_how_to_build_one(tmp_path):
    result = _run("query", LABELS, "--store", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert f"no graph in {tmp_path / 'none'}: build one with `kg build PATH --store" in result.stderr


def test_query_json(small):
    result = _run("query", LABELS, "--store", str(small))
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert [(r["e"]["value"], r["label"]["value"], r["label"]["xml:lang"]) for r in rows] == [
        ("http://example.org/kg/entity/blinken", "Antony Blinken", "en")]


def test_query_csv(small):
    result = _run("query", LABELS, "--store", str(small), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["e", "label"], ["http://example.org/kg/entity/blinken", "Antony Blinken"]]


def test_query_turtle_for_a_construct(small):
    q = "CONSTRUCT { ?e rdfs:label ?label } WHERE { ?e a nkg:Entity ; rdfs:label ?label }"
    result = _run("query", q, "--store", str(small), "--format", "turtle")
    assert result.exit_code == 0, result.output
    g = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert set(g) == {(rdflib.URIRef("http://example.org/kg/entity/blinken"), rdflib.RDFS.label,
                       rdflib.Literal("Antony Blinken", lang="en"))}


@pytest.mark.parametrize("query, fmt, hint", [
    (LABELS, "turtle", "use json, csv, tsv or xml for SELECT and ASK"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "csv", "use turtle, json (JSON-LD) or xml (RDF/XML)"),
])
def test_query_format_that_does_not_fit_the_answer_fails(small, query, fmt, hint):
    result = _run("query", query, "--store", str(small), "--format", fmt)
    assert result.exit_code == 1
    assert f"error: --format {fmt} does not fit this query's answer: {hint}" in result.stderr


@pytest.mark.parametrize("query, message", [
    ("SELECT ?x WHERE { ?x", "malformed SPARQL query"),
    ("DELETE WHERE { ?s ?p ?o }", "read-only"),
])
def test_bad_query_fails_with_a_message(small, query, message):
    result = _run("query", query, "--store", str(small))
    assert result.exit_code == 1 and message in result.stderr


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own N-Quads and JSON-LD parsers
@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("ntriples", "nt"), ("nquads", "nquads"),
                                           ("jsonld", "json-ld")])
def test_export_parses_back_to_the_stored_graph(small, fmt, parse_as):
    result = _run("export", "--store", str(small), "--format", fmt)
    assert result.exit_code == 0, result.output
    if parse_as == "nquads":
        got = rdflib.Graph()
        for s, p, o, _ in rdflib.Dataset().parse(data=result.stdout, format="nquads").quads():
            got.add((s, p, o))
    else:
        got = rdflib.Graph().parse(data=result.stdout, format=parse_as)
    want = rdflib.Graph().parse(data=GRAPH, format="turtle")
    assert len(got) == len(want) == 30
    assert to_isomorphic(got) == to_isomorphic(want)


def test_export_jsonld_uses_the_context(small):
    doc = json.loads(_run("export", "--store", str(small), "--format", "jsonld").stdout)
    assert doc["@context"] == store.context()
    event = next(n for n in doc["@graph"] if n["id"] == "http://example.org/kg/event/e1")
    assert event["agent"] == "http://example.org/kg/entity/blinken"
    assert event["eventType"] == "evt:statement"
    assert event["label"] == "Antony Blinken statement"
    assert event["date"] == {"@value": "2022-01-07", "type": "xsd:date"}


def test_export_turtle_uses_the_prefixes(small):
    out = _run("export", "--store", str(small), "--format", "turtle").stdout
    assert "@prefix nkg: <https://w3id.org/newskg/ontology#> ." in out and "nkg:eventType evt:statement" in out


def test_export_to_a_file(small, tmp_path):
    out = tmp_path / "graph.nt"
    result = _run("export", "--store", str(small), "--format", "ntriples", "--out", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(rdflib.Graph().parse(out, format="nt")) == 30


def test_validate_passes_a_conforming_store(small):
    result = _run("validate", "--store", str(small))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "conforms"


def test_validate_fails_with_a_readable_report(tmp_path):
    broken = GRAPH.replace('nkg:text "Blinken spoke on Friday."', 'nkg:text "Blinken spoke."').replace(
        "nkg:report <report/r1> ; prov:wasDerivedFrom <article/a1> .", ".")
    result = _run("validate", "--store", str(_store(tmp_path, broken)))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "does not conform: 2 violation(s)"
    assert ("violation: http://example.org/kg/event/e1 nkg:report: An event has at least one nkg:report"
            in result.stdout)
    assert "The nkg:text of http://example.org/kg/report/r1 is not this article's schema:articleBody" in result.stdout
    assert f"error: the graph in {tmp_path} does not conform to ontology/shapes.ttl" in result.stderr


@pytest.mark.model
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_export_jsonld_of_the_seeds_parses_back_whole(seeds_store):
    result = _run("export", "--store", str(seeds_store), "--format", "jsonld")
    assert result.exit_code == 0
    got = rdflib.Graph().parse(data=result.stdout, format="json-ld")
    want = store.to_rdflib(store.open_store(seeds_store))
    assert len(got) == len(want) > 1000
    assert to_isomorphic(got) == to_isomorphic(want)


def test_view_to_an_unwritable_path_is_a_clear_error(seeds_store, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["view", "--store", str(seeds_store), "--out", str(tmp_path / "no" / "dir" / "g.html")])
    assert result.exit_code != 0 and "cannot write" in result.output

"""kg.validate: the SHACL shapes on small inline graphs, and the example queries of ontology/README.md."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from kg.store import open_store
from kg.validate import example_queries, validate
from tests.conftest import TURTLE_PREFIXES

VALID = TURTLE_PREFIXES + """
@base <http://example.org/kg/> .

<article/a1> a schema:NewsArticle ; nkg:source "a1.txt" ;
    schema:articleBody "Blinken spoke on Friday. Russia replied." ;
    schema:publisher <outlet/planet> .
<outlet/planet> a schema:NewsMediaOrganization ; schema:name "Daily Planet" .
<entity/blinken> a nkg:Entity, schema:Person ;
    rdfs:label "Antony Blinken"@en ; skos:prefLabel "Antony Blinken"@en ; skos:altLabel "Blinken"@en ;
    nkg:mention <mention/m1> .
<mention/m1> a nkg:Mention ; nkg:article <article/a1> ; nkg:text "Blinken" ; nkg:start 0 ; nkg:end 7 .
<event/e1> a sem:Event, schema:Event ; rdfs:label "Antony Blinken statement"@en ;
    nkg:eventType evt:statement ; nkg:agent <entity/blinken> ;
    nkg:date "2022-01-07"^^xsd:date ; nkg:datePrecision "day" ; nkg:confidence 0.7 ;
    nkg:report <report/r1> ; prov:wasDerivedFrom <article/a1> .
<report/r1> a nkg:Report, prov:Entity ; nkg:article <article/a1> ;
    nkg:text "Blinken spoke on Friday." ; nkg:start 0 ; nkg:end 24 .
"""


def _check(turtle: str) -> tuple[bool, str]:
    return validate(rdflib.Graph().parse(data=turtle, format="turtle"))


def test_minimal_graph_conforms():
    ok, report = _check(VALID)
    assert ok, report
    assert report.splitlines()[0] == "conforms"


@pytest.mark.parametrize("date, precision", [
    ('"2022-01-03"^^xsd:date', "week"), ('"2022-01"^^xsd:gYearMonth', "month"), ('"2022"^^xsd:gYear', "year"),
])
def test_each_precision_with_its_datatype_conforms(date, precision):
    ok, report = _check(VALID.replace('"2022-01-07"^^xsd:date ; nkg:datePrecision "day"',
                                      f'{date} ; nkg:datePrecision "{precision}"'))
    assert ok, report


BREAKS = [
    ("event without a report",
     ('nkg:report <report/r1> ; prov:wasDerivedFrom <article/a1> .', '.'),
     "violation: http://example.org/kg/event/e1 nkg:report: An event has at least one nkg:report"),
    ("report text is not the article's text",
     ('nkg:text "Blinken spoke on Friday."', 'nkg:text "Blinken spoke on Monday."'),
     "article/a1: The nkg:text of http://example.org/kg/report/r1 is not this article's schema:articleBody from "
     "nkg:start to nkg:end. (value: 'Blinken spoke on Monday.')"),
    ("report offsets one short",
     ("nkg:start 0 ; nkg:end 24", "nkg:start 0 ; nkg:end 23"),
     "The nkg:text of http://example.org/kg/report/r1 is not this article's schema:articleBody"),
    ("month date with day precision",
     ('"2022-01-07"^^xsd:date', '"2022-01"^^xsd:gYearMonth'),
     "event/e1: An event's nkg:date has the datatype of its nkg:datePrecision"),
    ("day date with year precision",
     ('nkg:datePrecision "day"', 'nkg:datePrecision "year"'),
     "event/e1: An event's nkg:date has the datatype of its nkg:datePrecision"),
    ("entity with two labels",
     ('rdfs:label "Antony Blinken"@en', 'rdfs:label "Antony Blinken"@en, "Anthony Blinken"@en'),
     "entity/blinken rdfs:label: An entity has exactly one rdfs:label"),
    ("entity label without a language",
     ('rdfs:label "Antony Blinken"@en', 'rdfs:label "Antony Blinken"'),
     "entity/blinken rdfs:label: An entity has exactly one rdfs:label, a language-tagged string"),
    ("entity both a person and a place",
     ("a nkg:Entity, schema:Person", "a nkg:Entity, schema:Person, schema:Place"),
     "entity/blinken: An entity is exactly one of schema:Person, schema:Organization, schema:Place."),
    ("event type outside the scheme",
     ("evt:statement", "evt:dance"),
     "event/e1 nkg:eventType: An event has exactly one nkg:eventType, a concept of the evt: scheme"),
    ("confidence above one",
     ("nkg:confidence 0.7", "nkg:confidence 1.5"),
     "event/e1 nkg:confidence: At most one nkg:confidence, an xsd:decimal from 0 to 1. (value: '1.5'^^xsd:decimal)"),
    ("mention that starts after it ends",
     ("nkg:start 0 ; nkg:end 7", "nkg:start 9 ; nkg:end 7"),
     "mention/m1 nkg:start: Exactly one nkg:start, an xsd:integer from 0 up to nkg:end."),
    ("publisher that is not an outlet",
     ("<outlet/planet> a schema:NewsMediaOrganization ;", "<outlet/planet> a schema:Organization ;"),
     "outlet/planet: An article's publisher is a schema:NewsMediaOrganization."),
]


@pytest.mark.parametrize("case, edit, reason", BREAKS, ids=[b[0] for b in BREAKS])
def test_broken_graph_fails_and_says_why(case, edit, reason):
    old, new = edit
    assert old in VALID, f"the edit for {case!r} no longer applies"
    ok, report = _check(VALID.replace(old, new, 1))
    assert not ok
    assert report.startswith("does not conform: ")
    assert reason in report, report


def test_report_has_one_line_per_violation():
    broken = VALID.replace('nkg:text "Blinken spoke on Friday."', 'nkg:text "Blinken spoke."').replace(
        'rdfs:label "Antony Blinken"@en', 'rdfs:label "A"@en, "B"@en')
    ok, report = _check(broken)
    lines = report.splitlines()
    assert not ok and lines[0].startswith("does not conform: ")
    count = int(lines[0].split(": ")[1].split(" ")[0])
    assert count == len([line for line in lines[1:] if line.startswith("violation: ")]) >= 3


def test_entity_without_mentions_is_a_warning_only():
    ok, report = _check(VALID.replace("skos:altLabel \"Blinken\"@en ;\n    nkg:mention <mention/m1> .",
                                      "skos:altLabel \"Blinken\"@en ."))
    assert ok
    assert report.splitlines()[0] == "conforms, 1 warning(s)"
    assert "warning: http://example.org/kg/entity/blinken nkg:mention: An entity without nkg:mention" in report


def test_example_queries_are_read_from_marked_blocks(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("Blocks marked `<!-- example: Title -->` are run.\n\n"
                      "<!-- example: Count events -->\n```sparql\nSELECT (COUNT(*) AS ?n)\nWHERE { ?e a ?t }\n```\n"
                      "```sparql\nSELECT * WHERE { ?unmarked ?p ?o }\n```\n", encoding="utf-8")
    assert example_queries(readme=readme) == [("Count events", "SELECT (COUNT(*) AS ?n)\nWHERE { ?e a ?t }")]


EXAMPLES = example_queries()


def test_readme_has_the_examples_users_want():
    titles = [title for title, _ in EXAMPLES]
    assert len(set(titles)) == len(titles)
    assert {"An actor's dated actions", "Who responded to whom", "Which outlets reported an event",
            "Events between two dates"} <= set(titles)


@pytest.mark.parametrize("title, query", EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_example_query_declares_its_prefixes(title, query):
    assert list(ox.Store().query(query)) == []  # parses and runs on an empty graph without kg's default prefixes


@pytest.mark.model
@pytest.mark.parametrize("title, query", EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_example_query_answers_on_the_seeds(seeds_store, title, query):
    rows = list(open_store(seeds_store).query(query))
    assert rows, f"{title!r} found nothing in the seeds' graph"
    assert all(any(value is not None for value in row) for row in rows)

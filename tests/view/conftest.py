"""The API fixture graph plus an actor and an event whose every text is hostile markup."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import new_generation, open_store, swap_in, write_graph

DATA = Path(__file__).resolve().parent.parent / "data"
HOSTILE_LABEL = "</script><img src=x onerror=alert(1)>"
HOSTILE_QUOTE = "\u2028</script><script>alert(2)</script> & more"
HOSTILE_TURTLE = """
@prefix nkg: <https://w3id.org/newskg/ontology#> . @prefix evt: <https://w3id.org/newskg/event-type/> .
@prefix schema: <https://schema.org/> . @prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @base <http://localhost:8000/> .
<entity/hostile> a nkg:Entity, schema:Person ; rdfs:label "</script><img src=x onerror=alert(1)>"@en ;
    skos:altLabel "<b onmouseover=alert(3)>bold</b>"@en ; nkg:role "<svg onload=alert(4)>"@en ; nkg:mentionCount 2 .
<event/ev-hostile> a sem:Event, schema:Event ; rdfs:label "<iframe src=//evil.example/>"@en ;
    nkg:eventType evt:request ; nkg:agent <entity/hostile> ; nkg:target <entity/jane-roe> ;
    nkg:date "2022-01-08"^^xsd:date ; nkg:datePrecision "day" ;
    nkg:quote "\\u2028</script><script>alert(2)</script> & more"@en ; nkg:report <report/r9> .
<report/r9> a nkg:Report ; nkg:article <article/art9> ; nkg:text "<img src=//evil.example/t.gif>" ;
    nkg:start 0 ; nkg:end 30 .
<article/art9> a schema:NewsArticle ; schema:headline "<link rel=stylesheet href=//evil.example/s.css>"@en ;
    nkg:source "javascript:alert(5)" ; schema:articleBody "<img src=//evil.example/t.gif> and more text" .
"""


def build_store(folder: Path) -> Path:
    """The fixture graph with the hostile additions, swapped into `folder`."""
    quads = list(ox.parse(path=str(DATA / "api-fixture.ttl"), format=ox.RdfFormat.TURTLE))
    quads += ox.parse(HOSTILE_TURTLE, format=ox.RdfFormat.TURTLE)
    gen = new_generation(folder, "view-fixture")
    write_graph(gen, [ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES)])
    swap_in(folder, gen)
    return folder


@pytest.fixture(scope="session")
def view_store_dir(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("view-store"))


@pytest.fixture(scope="session")
def view_store(view_store_dir) -> ox.Store:
    return open_store(view_store_dir)

"""/sparql: every protocol form, every Accept, read-only, no outside requests."""
from __future__ import annotations

import json

import pytest

from tests.conftest import serving

SELECT = "SELECT ?e ?label WHERE { ?e a nkg:Entity ; rdfs:label ?label } ORDER BY ?label"
ASK = "ASK { ?e a <https://w3id.org/newskg/ontology#Entity> }"
CONSTRUCT = "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a nkg:Entity ; rdfs:label ?l }"
DESCRIBE = "DESCRIBE <http://localhost:8000/entity/anu>"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _send(client, form: str, query: str, accept: str | None = None):
    headers = {"Accept": accept} if accept else {}
    if form == "get":
        return client.get("/sparql", params={"query": query}, headers=headers)
    if form == "form":
        return client.post("/sparql", data={"query": query}, headers=headers)
    return client.post("/sparql", content=query.encode(), headers=headers | {"Content-Type": "application/sparql-query"})


@pytest.mark.parametrize("form", ["get", "form", "body"])
def test_every_protocol_form(client, form):
    r = _send(client, form, SELECT)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    labels = [b["label"]["value"] for b in r.json()["results"]["bindings"]]
    assert labels == ["Alliance of Nations United", "Freedonia", "Jane Roe", "Ministry of Foreign Affairs of Freedonia"]


@pytest.mark.parametrize(("query", "accept", "content_type"), [
    (SELECT, None, "application/sparql-results+json"),
    (SELECT, "*/*", "application/sparql-results+json"),
    (SELECT, "application/sparql-results+json", "application/sparql-results+json"),
    (SELECT, "application/json", "application/sparql-results+json"),
    (SELECT, "application/sparql-results+xml", "application/sparql-results+xml"),
    (SELECT, "application/xml", "application/sparql-results+xml"),
    (SELECT, "text/csv", "text/csv"),
    (SELECT, "text/tab-separated-values", "text/tab-separated-values"),
    (SELECT, "text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    (SELECT, "text/html, */*;q=0.1", "application/sparql-results+json"),
    (ASK, None, "application/sparql-results+json"),
    (ASK, "application/sparql-results+xml", "application/sparql-results+xml"),
    (ASK, "text/csv", "text/csv"),
    (CONSTRUCT, None, "text/turtle"),
    (CONSTRUCT, "text/turtle", "text/turtle"),
    (CONSTRUCT, "application/n-triples", "application/n-triples"),
    (CONSTRUCT, "application/ld+json", "application/ld+json"),
    (CONSTRUCT, "application/rdf+xml", "application/rdf+xml"),
    (CONSTRUCT, "application/sparql-results+json, text/turtle;q=0.8", "text/turtle"),
    (DESCRIBE, None, "text/turtle"),
    (DESCRIBE, "application/ld+json", "application/ld+json"),
])
def test_accept_chooses_the_format(client, query, accept, content_type):
    r = _send(client, "get", query, accept)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == content_type


def test_results_parse(client):
    assert _send(client, "get", ASK).json() == {"head": {}, "boolean": True}
    jsonld = json.loads(_send(client, "get", DESCRIBE, "application/ld+json").text)
    assert any(node.get("@id") == "http://localhost:8000/entity/anu" for node in jsonld)
    csv = _send(client, "get", SELECT, "text/csv").text.splitlines()
    assert csv[0] == "e,label" and len(csv) == 5


def _count(client) -> int:
    return int(_send(client, "get", COUNT).json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(("how", "text"), [
    ("body", "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"),
    ("get", "DELETE WHERE { ?s ?p ?o }"),
    ("form", "PREFIX ex: <http://e/> # comment\nDELETE DATA { ex:a ex:b ex:c }"),
    ("body", "CLEAR ALL"),
    ("body", "DROP DEFAULT"),
    ("body", "LOAD <http://example.org/data.ttl>"),
    ("body", "CREATE GRAPH <http://e/g>"),
    ("body", "WITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"),
    ("update-param", "DELETE WHERE { ?s ?p ?o }"),
    ("update-form", "DELETE WHERE { ?s ?p ?o }"),
    ("update-body", "DELETE WHERE { ?s ?p ?o }"),
])
def test_updates_are_refused_and_change_nothing(client, how, text):
    before = _count(client)
    if how == "update-param":
        r = client.get("/sparql", params={"update": text})
    elif how == "update-form":
        r = client.post("/sparql", data={"update": text})
    elif how == "update-body":
        r = client.post("/sparql", content=text, headers={"Content-Type": "application/sparql-update"})
    else:
        r = _send(client, how, text)
    assert r.status_code == 403
    assert "read-only" in r.json()["detail"]
    assert _count(client) == before


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y ?z . SERVICE ?endpoint { ?s ?p ?o } }",
    "PREFIX e: <http://example.org/>\nSELECT * WHERE { # SERVICE in a comment is fine, this one is not\n SeRvIcE e:x { ?s ?p ?o } }",
])
def test_service_is_refused(client, query):
    r = _send(client, "get", query)
    assert r.status_code == 403
    assert "SERVICE" in r.json()["detail"]


@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://x> {}" }',
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o } # SERVICE",
    "SELECT ?service WHERE { ?service ?p ?o } LIMIT 1",
])
def test_service_in_a_literal_iri_or_comment_is_not_refused(client, query):
    assert _send(client, "get", query).status_code == 200


@pytest.mark.parametrize("request_", [
    {"params": {"query": "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }"}},
    {"params": {"query": "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }"}},
    {"params": {"query": "PREFIX r: <http://example.org/>\nSELECT * FROM r:data WHERE { ?s ?p ?o }"}},
    {"params": {"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": "http://example.org/remote.ttl"}},
    {"params": {"query": "SELECT * WHERE { ?s ?p ?o }", "named-graph-uri": "http://example.org/g"}},
])
def test_outside_datasets_are_refused(client, request_):
    r = client.get("/sparql", **request_)
    assert r.status_code == 403
    assert "remote" in r.json()["detail"]


@pytest.mark.parametrize("query", ["SELEC * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ", "", "ASK { ?s undeclared:p ?o }"])
def test_malformed_query_is_400(client, query):
    r = _send(client, "body", query)
    assert r.status_code == 400
    assert "malformed" in r.json()["detail"]


def test_missing_query_and_wrong_content_type(client):
    assert client.get("/sparql", headers={"Accept": "application/json"}).status_code == 400
    assert client.post("/sparql", data={"other": "x"}).status_code == 400
    assert client.post("/sparql", content="SELECT * {}", headers={"Content-Type": "text/plain"}).status_code == 415


def test_browser_gets_an_offline_query_page(client):
    r = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<textarea" in r.text and "/sparql" in r.text
    assert "http://" not in r.text.split("<textarea")[0] and "https://" not in r.text.split("<textarea")[0]


@pytest.fixture(scope="module")
def server_url(store_dir):
    with serving(store_dir, timeout=10) as url:
        yield url


@pytest.mark.parametrize("method", ["GET", "POST", "POST_FORM"])
def test_rdflib_sparqlstore_can_query(server_url, method):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(SPARQLStore(server_url + "/sparql", method=method))
    rows = graph.query("SELECT ?label WHERE { ?e a <https://w3id.org/newskg/ontology#Entity> ; "
                       "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label")
    assert [str(r[0]) for r in rows][0] == "Alliance of Nations United"
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True


def test_sparqlwrapper_can_query(server_url):
    from SPARQLWrapper import JSON, SPARQLWrapper

    sw = SPARQLWrapper(server_url + "/sparql")
    sw.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://w3id.org/newskg/ontology#Entity> }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["results"]["bindings"][0]["n"]["value"] == "4"


@pytest.mark.parametrize("method", ["GET", "POST_FORM", "POST_DIRECT"])
@pytest.mark.parametrize(("query", "fmt", "check"), [
    (SELECT, "json", lambda r: len(r["results"]["bindings"]) == 4),
    (SELECT, "xml", lambda r: len(r.getElementsByTagName("result")) == 4),
    (SELECT, "csv", lambda r: r.decode().splitlines()[0] == "e,label"),
    (SELECT, "tsv", lambda r: r.decode().splitlines()[0] == "?e\t?label"),
    (ASK, "json", lambda r: r["boolean"] is True),
    (ASK, "xml", lambda r: r.getElementsByTagName("boolean")[0].firstChild.data == "true"),
    (CONSTRUCT, "turtle", lambda r: b"Jane Roe" in r),
    (CONSTRUCT, "json-ld", lambda r: len(r) == 4),  # parsed into an rdflib graph
    (CONSTRUCT, "xml", lambda r: len(r) == 4),      # RDF/XML, parsed
    (DESCRIBE, "turtle", lambda r: b"ANU" in r),
])
def test_sparqlwrapper_formats(server_url, method, query, fmt, check):
    from SPARQLWrapper import GET, POST, POSTDIRECTLY, URLENCODED, SPARQLWrapper

    sw = SPARQLWrapper(server_url + "/sparql")
    sw.setQuery("PREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query)
    sw.setReturnFormat(fmt)
    sw.setMethod(GET if method == "GET" else POST)
    if method != "GET":
        sw.setRequestMethod(URLENCODED if method == "POST_FORM" else POSTDIRECTLY)
    assert check(sw.query().convert())


@pytest.mark.parametrize(("query", "error"), [
    ("SELEC * WHERE { ?s ?p ?o }", "QueryBadFormed"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "HTTPError"),
    ("INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }", "HTTPError"),
])
def test_sparqlwrapper_sees_refusals(server_url, query, error):
    from SPARQLWrapper import JSON, SPARQLWrapper

    sw = SPARQLWrapper(server_url + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(JSON)
    with pytest.raises(Exception) as caught:
        sw.query()
    assert type(caught.value).__name__ == error


def test_the_standard_prefixes_are_predeclared_in_queries(client):
    r = client.get("/sparql", params={"query": "ASK { ?s rdf:type nkg:Entity ; rdfs:label ?l }"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.json()["boolean"] is True

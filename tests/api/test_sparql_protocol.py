"""/sparql against the corner cases of the W3C SPARQL 1.1 Protocol tests (protocol/manifest.ttl).

The cases that load remote data (query-dataset-*) become refusal tests: the endpoint never
fetches anything. Each row is one raw request: method, URL query string, headers, body.
"""
from __future__ import annotations

import pytest

ASK = "ASK {}"
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
REMOTE = "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata1.rdf"


def _request(client, method: str, url: str, headers: dict | None = None, body: bytes | str | None = None):
    return client.request(method, url, headers=headers or {}, content=body)


@pytest.mark.parametrize(("name", "method", "url", "headers", "body", "status", "says"), [
    ("bad-query-method", "PUT", "/sparql?query=ASK%20%7B%7D", {}, None, 405, "Method Not Allowed"),
    ("bad-query-method DELETE", "DELETE", "/sparql?query=ASK%20%7B%7D", {}, None, 405, "Method Not Allowed"),
    ("bad-multiple-queries", "GET", "/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", {}, None, 400, "exactly one"),
    ("bad-multiple-queries form", "POST", "/sparql", {"Content-Type": FORM}, "query=ASK%20%7B%7D&query=ASK%20%7B%7D",
     400, "exactly one"),
    ("query in the URL and the body", "POST", "/sparql?query=ASK%20%7B%7D", {"Content-Type": DIRECT}, ASK, 400, "once"),
    ("bad-query-wrong-media-type", "POST", "/sparql", {"Content-Type": "text/plain"}, ASK, 415, "text/plain"),
    ("bad-query-missing-form-type", "POST", "/sparql", {}, "query=ASK%20%7B%7D", 415, "no Content-Type"),
    ("bad-query-missing-direct-type", "POST", "/sparql", {}, ASK, 415, "no Content-Type"),
    ("bad-query-non-utf8", "POST", "/sparql", {"Content-Type": DIRECT + "; charset=UTF-16"}, ASK.encode("utf-16"),
     415, "UTF-8"),
    ("latin-1 declared", "POST", "/sparql", {"Content-Type": DIRECT + "; charset=ISO-8859-1"},
     'ASK { ?s ?p "caf\xe9" }'.encode("latin-1"), 415, "iso-8859-1"),
    ("invalid UTF-8 bytes", "POST", "/sparql", {"Content-Type": DIRECT}, b'ASK { ?s ?p "caf\xe9" }', 400, "not valid UTF-8"),
    ("invalid UTF-8 in a form", "POST", "/sparql", {"Content-Type": FORM}, "query=ASK%20%7B%22%E9%22%7D", 400, "not UTF-8"),
    ("bad-query-syntax", "GET", "/sparql?query=ASK%20%7B", {}, None, 400, "malformed"),
    ("empty query", "GET", "/sparql?query=", {}, None, 400, "malformed"),
    ("bad-update-get", "GET", "/sparql?update=CLEAR%20ALL", {}, None, 403, "read-only"),
    ("bad-multiple-updates", "POST", "/sparql", {"Content-Type": FORM}, "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
     403, "read-only"),
    ("update-post-form", "POST", "/sparql", {"Content-Type": FORM}, "update=CLEAR%20ALL", 403, "read-only"),
    ("update-post-direct", "POST", "/sparql", {"Content-Type": "application/sparql-update"}, "CLEAR ALL", 403, "read-only"),
    ("update in the URL of a POST", "POST", "/sparql?update=CLEAR%20ALL", {"Content-Type": DIRECT}, ASK, 403, "read-only"),
    ("update sent as a query", "POST", "/sparql", {"Content-Type": DIRECT}, "CLEAR ALL", 403, "read-only"),
    ("query-dataset-default-graph", "POST", f"/sparql?default-graph-uri={REMOTE}", {"Content-Type": DIRECT},
     ASK, 403, "remote"),
    ("query-dataset-named-graphs", "POST", f"/sparql?named-graph-uri={REMOTE}", {"Content-Type": DIRECT},
     "ASK { GRAPH ?g { ?s ?p ?o } }", 403, "remote"),
    ("query-dataset in a form", "POST", "/sparql", {"Content-Type": FORM}, f"query=ASK%20%7B%7D&default-graph-uri={REMOTE}",
     403, "remote"),
    ("query-multiple-dataset", "POST", f"/sparql?default-graph-uri={REMOTE}", {"Content-Type": DIRECT},
     "ASK FROM <http://kasei.us/2009/09/sparql/data/data1.rdf> { <data1.rdf> ?p ?o }", 403, "remote"),
    ("relative FROM", "GET", "/sparql?query=ASK%20FROM%20%3Cdata1.rdf%3E%20%7B%7D", {}, None, 403, "remote"),
    ("SERVICE", "POST", "/sparql", {"Content-Type": DIRECT}, "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
     403, "SERVICE"),
])
def test_refusals(client, name, method, url, headers, body, status, says):
    r = _request(client, method, url, headers, body)
    assert r.status_code == status, (name, r.text)
    assert r.headers["content-type"].startswith("application/json")
    assert says in r.json()["detail"], name


@pytest.mark.parametrize(("name", "method", "url", "headers", "body", "content_type"), [
    ("query-get", "GET", "/sparql?query=ASK%20%7B%7D", {}, None, "application/sparql-results+json"),
    ("query-post-form", "POST", "/sparql", {"Content-Type": FORM}, "query=ASK%20%7B%7D", "application/sparql-results+json"),
    ("query-post-form with charset", "POST", "/sparql", {"Content-Type": FORM + "; charset=UTF-8"}, "query=ASK%20%7B%7D",
     "application/sparql-results+json"),
    ("query-post-direct", "POST", "/sparql", {"Content-Type": DIRECT}, ASK, "application/sparql-results+json"),
    ("media type in capitals", "POST", "/sparql", {"Content-Type": "Application/SPARQL-Query; Charset=\"utf-8\""}, ASK,
     "application/sparql-results+json"),
    ("trailing slash", "POST", "/sparql/", {"Content-Type": DIRECT}, ASK, "application/sparql-results+json"),
    ("trailing slash GET", "GET", "/sparql/?query=ASK%20%7B%7D", {}, None, "application/sparql-results+json"),
    ("query-content-type-select", "POST", "/sparql", {"Content-Type": DIRECT}, "SELECT (1 AS ?value) {}",
     "application/sparql-results+json"),
    ("query-content-type-ask XML", "POST", "/sparql", {"Content-Type": DIRECT, "Accept": "application/sparql-results+xml"},
     ASK, "application/sparql-results+xml"),
    ("query-content-type-describe", "POST", "/sparql", {"Content-Type": DIRECT}, "DESCRIBE <http://example.org/>",
     "text/turtle"),
    ("query-content-type-construct, relative IRIs", "POST", "/sparql", {"Content-Type": DIRECT},
     "CONSTRUCT { <s> <p> 1 } WHERE {}", "text/turtle"),
    ("construct as RDF/XML", "POST", "/sparql", {"Content-Type": DIRECT, "Accept": "application/rdf+xml"},
     "CONSTRUCT { <s> <p> 1 } WHERE {}", "application/rdf+xml"),
    ("q=0 refuses a type", "GET", "/sparql?query=ASK%20%7B%7D",
     {"Accept": "application/sparql-results+json;q=0, application/sparql-results+xml"}, None,
     "application/sparql-results+xml"),
    ("unknown Accept falls back to JSON", "GET", "/sparql?query=ASK%20%7B%7D", {"Accept": "image/png"}, None,
     "application/sparql-results+json"),
    ("SERVICE in a string is data", "GET", "/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%22SERVICE%22%20%7D", {}, None,
     "application/sparql-results+json"),
])
def test_accepted(client, name, method, url, headers, body, content_type):
    r = _request(client, method, url, headers, body)
    assert r.status_code == 200, (name, r.text)
    assert r.headers["content-type"].split(";")[0] == content_type, name


def test_relative_iris_resolve_against_the_graphs_base(client):
    r = client.get("/sparql", params={"query": "SELECT ?l WHERE { <entity/anu> rdfs:label ?l }"})
    assert [b["l"]["value"] for b in r.json()["results"]["bindings"]] == ["Alliance of Nations United"]
    construct = client.post("/sparql", content="CONSTRUCT { <s> <p> 1 } WHERE {}", headers={"Content-Type": DIRECT,
                            "Accept": "application/n-triples"})
    assert construct.text.strip() == '<http://localhost:8000/s> <http://localhost:8000/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .'


def test_csv_and_tsv_follow_the_sparql_results_formats(client):
    query = "SELECT ?label ?n WHERE { ?e rdfs:label ?label ; nkg:mentionCount ?n } ORDER BY DESC(?n) LIMIT 1"
    csv = client.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"}).text.splitlines()
    assert csv == ["label,n", "Jane Roe,4"]
    tsv = client.get("/sparql", params={"query": query}, headers={"Accept": "text/tab-separated-values"}).text.splitlines()
    assert tsv == ["?label\t?n", '"Jane Roe"@en\t4']


@pytest.mark.parametrize(("query", "accept"), [
    ("SELECT * { ?a ?b ?c . ?d ?e ?f }", "application/sparql-results+json"),
    ("SELECT * { ?a ?b ?c . ?d ?e ?f }", "text/csv"),
    ("CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }", "text/turtle"),
])
def test_a_runaway_answer_is_cut_off_with_advice(client, monkeypatch, query, accept):
    import kg.read.sparql

    monkeypatch.setattr(kg.read.sparql, "MAX_ANSWER_BYTES", 2**16)
    r = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 400 and "add a LIMIT" in r.json()["detail"]
    assert client.get("/sparql", params={"query": query + " LIMIT 3"}, headers={"Accept": accept}).status_code == 200

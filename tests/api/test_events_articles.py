"""GET /api/events, /api/events/{id}, /api/articles, /api/articles/{id}."""
from __future__ import annotations

import pytest

EVENT_KEYS = {"id", "iri", "type", "label", "date", "date_precision", "agent", "target", "quote", "sources"}
SOURCE_KEYS = {"article", "source", "title", "outlet", "published", "text", "start", "end"}


def test_event_shape(client):
    events = client.get("/api/events").json()["results"]
    assert events
    for e in events:
        assert EVENT_KEYS <= set(e)
        assert set(e["agent"]) == {"id", "label"}
        assert e["target"] is None or set(e["target"]) == {"id", "label"}
        assert e["iri"].endswith("/event/" + e["id"])
        for s in e["sources"]:
            assert set(s) == SOURCE_KEYS


def test_events_ordered_by_date_with_precision(client):
    events = client.get("/api/events").json()["results"]
    assert [(e["id"], e["date"], e["date_precision"]) for e in events] == [
        ("ev-statement", "2022", "year"), ("ev-request", "2022-01", "month"), ("ev-disapprove", "2022-01-07", "day")]


def test_event_fields(client):
    e = client.get("/api/events/ev-disapprove").json()
    assert e["type"] == "disapprove" and e["cameo"] == "111" and e["polarity"] == "negative"
    assert e["agent"] == {"id": "jane-roe", "label": "Jane Roe"}
    assert e["target"] == {"id": "anu", "label": "Alliance of Nations United"}
    assert [s["article"] for s in e["sources"]] == ["art1", "art2"]  # reported by two articles
    assert [s["outlet"] for s in e["sources"]] == ["Daily Planet", "Globe Wire"]
    statement = client.get("/api/events/ev-statement").json()
    assert statement["target"] is None and statement["type"] == "statement"  # type from the IRI without notation
    assert client.get("/api/events/ev-request").json()["place"]["id"] == "freedonia"


def test_sources_text_is_the_article_slice(client, texts):
    for e in client.get("/api/events").json()["results"]:
        for s in e["sources"]:
            assert s["text"] == texts[s["article"]][s["start"]:s["end"]]


@pytest.mark.parametrize(("params", "ids"), [
    ({"actor": "jane-roe"}, ["ev-statement", "ev-disapprove"]),
    ({"actor": "anu"}, ["ev-request", "ev-disapprove"]),         # as target too
    ({"target": "anu"}, ["ev-request", "ev-disapprove"]),
    ({"target": "jane-roe"}, []),
    ({"type": "request"}, ["ev-request"]),
    ({"type": "statement"}, ["ev-statement"]),
    ({"from": "2022-01-08"}, ["ev-statement", "ev-request"]),    # a year or month overlaps a later day
    ({"to": "2022-01-06"}, ["ev-statement", "ev-request"]),
    ({"from": "2022-01-07", "to": "2022-01-07"}, ["ev-statement", "ev-request", "ev-disapprove"]),
    ({"from": "2022-02"}, ["ev-statement"]),
    ({"to": "2021"}, []),
    ({"outlet": "Globe Wire"}, ["ev-statement", "ev-disapprove"]),
    ({"outlet": "daily-planet"}, ["ev-request", "ev-disapprove"]),
    ({"outlet": "globe wire", "actor": "anu"}, ["ev-disapprove"]),
    ({"limit": 1, "offset": 1}, ["ev-request"]),
    ({"type": "Request"}, ["ev-request"]),                       # type names are case-insensitive
    ({"type": "protest"}, []),                                   # a known type nobody did
    ({"from": "2022-01", "to": "2022-01"}, ["ev-statement", "ev-request", "ev-disapprove"]),
    ({"from": "2022-01-07", "to": "2022-01-08"}, ["ev-statement", "ev-request", "ev-disapprove"]),
    ({"from": "2022-01-08", "to": "2022-12-31", "actor": "jane-roe"}, ["ev-statement"]),
    ({"from": "2024-02-29"}, []),                                 # a leap day is a date
])
def test_event_filters(client, params, ids):
    assert [e["id"] for e in client.get("/api/events", params=params).json()["results"]] == ids


@pytest.mark.parametrize(("params", "param", "says"), [
    ({"actor": "x> ?p ?o } #"}, "actor", "pattern"),
    ({"actor": "jane-roe\" || true"}, "actor", "pattern"),
    ({"target": "a b"}, "target", "pattern"),
    ({"from": "yesterday"}, "from", "YYYY-MM-DD"),
    ({"from": "notadate"}, "from", "YYYY-MM-DD"),
    ({"to": "2022-1-7"}, "to", "YYYY-MM-DD"),
    ({"from": "2022-13-45"}, "from", "month"),
    ({"from": "2022-02-30"}, "from", "day is out of range"),
    ({"to": "2023-02-29"}, "to", "day is out of range"),
    ({"from": "2022-01-10", "to": "2022-01-01"}, "to", "after"),
    ({"from": "2023", "to": "2022-12"}, "to", "after"),
    ({"type": "nonsense"}, "type", "disapprove"),                # the message lists the known types
    ({"type": 'x") || true || ("'}, "type", "unknown event type"),
    ({"type": "request' } UNION { ?s ?p ?o"}, "type", "unknown event type"),
    ({"limit": 0}, "limit", "greater than"),
    ({"limit": 100000}, "limit", "less than"),
    ({"offset": -5}, "offset", "greater than"),
])
def test_bad_event_parameters_are_422(client, params, param, says):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    [error] = r.json()["detail"]
    assert error["loc"] == ["query", param] and says in error["msg"]


@pytest.mark.parametrize("params", [{"actor": "nobody"}, {"target": "nobody"}, {"actor": "jane-roe", "target": "ghost"}])
def test_unknown_actor_is_404_with_a_hint(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 404
    assert "no entity with id" in r.json()["detail"] and "/api/entities?q=" in r.json()["detail"]


@pytest.mark.parametrize("params", [
    {"outlet": '") } } SELECT * { ?s ?p ?o'}, {"outlet": "x\\\" || 1 = 1 #"},
])
def test_injection_in_string_filters_matches_nothing(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200
    assert r.json() == {"results": []}


def test_unknown_event_is_404(client):
    assert client.get("/api/events/nothing").status_code == 404


def test_articles(client):
    results = client.get("/api/articles").json()["results"]
    assert [a["id"] for a in results] == ["art1", "art2"]
    for a in results:
        assert {"id", "source", "title", "outlet", "published", "byline"} <= set(a)
    art2 = results[1]
    assert art2["outlet"] == "Globe Wire" and art2["agency"] == "Reuters"  # the agency kept apart
    assert client.get("/api/articles", params={"limit": 1, "offset": 1}).json()["results"][0]["id"] == "art2"


def test_article_detail(client):
    a = client.get("/api/articles/art1").json()
    assert a["text"].startswith("Freedonian Foreign Minister Jane Roe")
    assert {(e["id"], e["mentions"]) for e in a["entities"]} == {("jane-roe", 2), ("anu", 2), ("freedonia-mfa", 1)}
    assert [e["id"] for e in a["events"]] == ["ev-request", "ev-disapprove"]


@pytest.mark.parametrize("path", ["/api/articles/nope", "/api/articles/a'b", "/api/articles/%3E"])
def test_unknown_article_is_404(client, path):
    r = client.get(path)
    assert r.status_code == 404 and "detail" in r.json()

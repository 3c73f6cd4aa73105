"""/graph, /docs and the linked-data IRIs; the graph page makes no outside request and runs no data."""
from __future__ import annotations

import json
import re

import pytest

from kg import read
from kg.view import render_graph

HOSTILE = "<img src=x onerror=alert(1)>"
OUTSIDE = re.compile(r"<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I)


def _kg(page: str) -> dict:
    return json.loads(re.search(r"const KG = (\{.*?\});\n", page).group(1))


def test_graph_page_is_offline_and_escaped(client):
    r = client.get("/graph")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert not OUTSIDE.search(page)
    assert "cdnjs" not in page and "jsdelivr" not in page and "unpkg" not in page
    assert HOSTILE not in page and page.count("</script>") == 2
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page  # the quote is there, as escaped JSON
    assert "vis.Network" in page and "connect-src 'self'" in page  # served: the page may call its own API
    assert "innerHTML" not in page.split("const KG")[1]  # the panel is built with textContent


def test_graph_page_embeds_the_graph(client):
    data = _kg(client.get("/graph").text)
    assert data["served"] is True
    assert set(data["entities"]) == {"jane-roe", "anu", "freedonia", "freedonia-mfa"}
    assert set(data["events"]) == {"ev-disapprove", "ev-request", "ev-statement"}
    assert data["entities"]["jane-roe"]["roles"] == ["Freedonian Foreign Minister"]
    assert HOSTILE + " is not a plan" == data["events"]["ev-disapprove"]["quote"]


def test_graph_respects_max_nodes(client):
    data = _kg(client.get("/graph", params={"max_nodes": 1}).text)
    assert list(data["entities"]) == ["jane-roe"] and list(data["events"]) == ["ev-statement"]
    assert client.get("/graph", params={"max_nodes": 0}).status_code == 422


def test_graph_page_is_the_same_file_kg_view_writes(client, store):
    assert client.get("/graph").text == render_graph(store, served=True)
    assert "connect-src 'none'" in render_graph(store)


def test_docs_are_offline(client):
    r = client.get("/docs")
    assert r.status_code == 200
    assert not re.search(r"https?://", r.text)
    for asset in re.findall(r"(?:src|href)=['\"]([^'\"]+)['\"]", r.text):
        assert client.get(asset).status_code == 200, asset
    spec = client.get("/openapi.json").json()
    assert {"/api/entities", "/api/entities/{id}", "/api/entities/{id}/events", "/api/events", "/api/articles",
            "/api/articles/{id}", "/sparql", "/graph"} <= set(spec["paths"])


@pytest.mark.parametrize(("path", "api"), [
    ("/entity/anu", "/api/entities/anu"), ("/event/ev-request", "/api/events/ev-request"),
    ("/article/art1", "/api/articles/art1"),
])
def test_linked_data(client, path, api):
    redirect = client.get(path, follow_redirects=False)
    assert redirect.status_code == 303 and redirect.headers["location"] == api
    turtle = client.get(path, headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert "http://localhost:8000" + path in turtle.text or path.split("/")[-1] in turtle.text
    jsonld = client.get(path, headers={"Accept": "application/ld+json"})
    assert jsonld.json()[0]["@id"] == "http://localhost:8000" + path
    assert client.get(path.rsplit("/", 1)[0] + "/missing", headers={"Accept": "text/turtle"}).status_code == 404


@pytest.mark.parametrize("hostile", [
    "x> ?p ?o } #", 'x" } SELECT', "a b", "é", "x\n", "../entity/anu", "anu>", "<http://evil>",
])
def test_read_functions_refuse_hostile_ids(store, hostile):
    assert read.get_entity(store, hostile) is None
    assert read.get_article(store, hostile) is None
    assert read.entity_events(store, hostile) is None
    assert read.get_event(store, hostile) is None
    with pytest.raises(ValueError):
        read.list_events(store, actor=hostile)
    with pytest.raises(ValueError):
        read.list_events(store, target=hostile)


def test_read_ignores_an_empty_id(store):
    assert read.get_entity(store, "") is None
    assert len(read.list_events(store, actor="")) == 3  # no filter


@pytest.mark.parametrize("hostile", ['x") || true || ("', "\\", '"""', "' } UNION { ?s ?p ?o } #"])
def test_read_escapes_literal_filters(store, hostile):
    assert read.list_events(store, type=hostile) == []
    assert read.list_events(store, outlet=hostile) == []

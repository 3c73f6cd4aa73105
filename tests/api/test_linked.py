"""Every IRI under the graph's base dereferences on the server; the root lists the endpoints; /docs stays offline."""
from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest

from kg import read

BASE = "http://localhost:8000/"


def _iris_under_base(store) -> list[str]:
    found = set()
    for q in store.quads_for_pattern(None, None, None):
        for term in (q.subject, q.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(BASE):
                found.add(term.value)
    return sorted(found)


def test_every_iri_under_the_base_dereferences(client, store):
    iris = _iris_under_base(store)
    assert {i.split("/")[3] for i in iris} == {"entity", "event", "article", "report", "mention", "outlet"}
    for iri in iris:
        path = "/" + iri[len(BASE):]
        r = client.get(path, follow_redirects=False)
        assert r.status_code in (200, 303), path
        turtle = client.get(path, headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200 and turtle.headers["content-type"].startswith("text/turtle"), path
        graph = ox.parse(turtle.content, format=ox.RdfFormat.TURTLE)
        assert {t.subject.value for t in graph} == {iri}, path


@pytest.mark.parametrize(("path", "status", "location", "content_type"), [
    ("/entity/anu", 303, "/api/entities/anu", None),
    ("/event/ev-request", 303, "/api/events/ev-request", None),
    ("/article/art1", 303, "/api/articles/art1", None),
    ("/report/r1", 200, None, "application/ld+json"),         # no API resource: JSON-LD is its JSON
    ("/mention/m1", 200, None, "application/ld+json"),
    ("/outlet/daily-planet", 200, None, "application/ld+json"),
])
def test_without_an_rdf_accept(client, path, status, location, content_type):
    r = client.get(path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}, follow_redirects=False)
    assert r.status_code == status
    assert r.headers.get("location") == location
    if content_type:
        assert r.headers["content-type"] == content_type
        assert json.loads(r.text)[0]["@id"] == BASE + path[1:]


@pytest.mark.parametrize(("accept", "content_type"), [
    ("text/turtle", "text/turtle"), ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"), ("application/rdf+xml", "application/rdf+xml"),
    ("text/turtle;q=0.5, application/ld+json", "application/ld+json"),
    ("text/turtle;q=0, application/json", None),  # q=0: not Turtle after all, so the API's JSON
])
def test_accept_picks_the_rdf_format(client, accept, content_type):
    r = client.get("/entity/jane-roe", headers={"Accept": accept}, follow_redirects=False)
    if content_type is None:
        assert r.status_code == 303
    else:
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == content_type


@pytest.mark.parametrize("path", ["/entity/nobody", "/report/none", "/outlet/x", "/api/nothing", "/nothing/here",
                                  "/entity/a%20b", "/entity/%3Cx%3E"])
def test_unknown_iris_are_404_with_a_message(client, path):
    r = client.get(path, headers={"Accept": "text/turtle"})
    assert r.status_code == 404
    assert "nothing in the graph" in r.json()["detail"]


def test_root_is_the_base(client):
    r = client.get("/")
    assert r.status_code == 200 and r.json()["base"] == BASE == read.base_iri(client.app.state.store)
    for path in r.json()["endpoints"].values():
        plain = path.split("?")[0]
        if "{" not in plain:
            assert client.get(plain, headers={"Accept": "application/json"}).status_code in (200, 400), plain
    assert client.get("/", headers={"Accept": "text/html"}, follow_redirects=False).headers["location"] == "/docs"


def test_api_routes_still_win_over_the_catch_all(client):
    assert client.get("/api/entities/anu").json()["id"] == "anu"
    assert client.get("/api/entities/", follow_redirects=False).status_code == 307  # trailing slash still redirects
    assert client.get("/openapi.json").status_code == 200


def test_swagger_ui_is_served_from_local_files(store_dir):
    """With fastapi-offline installed, /docs is Swagger UI from its bundled files and a CSP forbids the rest."""
    pytest.importorskip("fastapi_offline")
    from fastapi.testclient import TestClient

    from api.main import create_app

    with TestClient(create_app(str(store_dir))) as c:
        for page in ("/docs", "/redoc"):
            r = c.get(page)
            assert r.status_code == 200 and not re.search(r"https?://", r.text)
            assert "default-src 'self'" in r.headers["content-security-policy"]
            for asset in re.findall(r"(?:src|href)=['\"]([^'\"]+)['\"]", r.text):
                assert c.get(asset).status_code == 200, asset


@pytest.mark.parametrize("path", ["/api/entities", "/api/entities/{id}/events", "/api/events", "/api/articles"])
def test_every_list_takes_limit_50_up_to_10000_and_offset(client, path):
    params = {p["name"]: p for p in client.get("/openapi.json").json()["paths"][path]["get"]["parameters"]}
    limit = params["limit"]["schema"]
    assert (limit["default"], limit["minimum"], limit["maximum"]) == (50, 1, 10000)
    assert params["offset"]["schema"]["default"] == 0

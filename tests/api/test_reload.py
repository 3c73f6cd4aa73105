"""A running server follows its store folder: a build that swaps a new graph in is served on the next request."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from fastapi.testclient import TestClient

from api.main import create_app
from kg.store import new_generation, swap_in, write_graph

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "api-fixture.ttl"

EXTRA = b"""<http://localhost:8000/entity/zed> a <https://w3id.org/newskg/ontology#Entity>, <https://schema.org/Person> ;
  <http://www.w3.org/2000/01/rdf-schema#label> "Zed Newcomer"@en .
"""


def _build(folder, extra: bytes = b"") -> None:
    ntriples = ox.serialize(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    gen = new_generation(folder, "reload")
    write_graph(gen, [ntriples, ox.serialize(ox.parse(EXTRA, format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
                      if extra else b""])
    swap_in(folder, gen)


def test_a_new_build_is_served_without_a_restart(tmp_path):
    _build(tmp_path)
    with TestClient(create_app(str(tmp_path))) as client:
        assert client.get("/api/entities", params={"q": "Zed Newcomer"}).json()["results"] == []
        assert client.get("/api/entities/zed").status_code == 404
        client.get("/graph")
        _build(tmp_path, EXTRA)
        assert client.get("/api/entities", params={"q": "Zed Newcomer"}).json()["results"][0]["id"] == "zed"
        assert client.get("/api/entities/zed").json()["label"] == "Zed Newcomer"
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?e a nkg:Entity }"
        assert client.get("/sparql", params={"query": count}).json()["results"]["bindings"][0]["n"]["value"] == "5"
        assert "Zed Newcomer" in client.get("/graph").text  # the rendered page was dropped with the old graph


def test_an_unreadable_new_graph_keeps_the_old_one(tmp_path):
    _build(tmp_path)
    with TestClient(create_app(str(tmp_path))) as client:
        broken = new_generation(tmp_path, "broken")  # an empty folder: no database inside
        swap_in(tmp_path, broken)
        assert client.get("/api/entities/jane-roe").status_code == 200

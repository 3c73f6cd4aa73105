"""A small store built from tests/data/api-fixture.ttl, and clients of the app serving it."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from kg.store import new_generation, open_store, swap_in, write_graph

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "api-fixture.ttl"


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    quads = ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TURTLE)
    ntriples = ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES)
    gen = new_generation(folder, "api-fixture")
    write_graph(gen, [ntriples])
    swap_in(folder, gen)
    return folder


@pytest.fixture(scope="session")
def store(store_dir) -> ox.Store:
    return open_store(store_dir)


@pytest.fixture(scope="session")
def client(store_dir):
    with TestClient(create_app(str(store_dir))) as c:
        yield c


@pytest.fixture(scope="session")
def texts(client) -> dict[str, str]:
    """Each article's clean text by id."""
    return {a["id"]: client.get(f"/api/articles/{a['id']}").json()["text"]
            for a in client.get("/api/articles").json()["results"]}

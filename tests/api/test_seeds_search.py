"""Entity search over the graph built from seeds/: the spellings a user types land on the right node first."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def client(seeds_store):
    with TestClient(create_app(str(seeds_store))) as c:
        yield c


@pytest.mark.parametrize(("q", "label", "type_"), [
    ("Mr Blinken", "Antony Blinken", "Person"),
    ("Anthony Blinken", "Antony Blinken", "Person"),
    ("Blinkn", "Antony Blinken", "Person"),                      # a typo
    ("Russian MFA", "Ministry of Foreign Affairs of Russia", "Organization"),
    ("russian foreign ministry", "Ministry of Foreign Affairs of Russia", "Organization"),
    ("U.S.", "United States", "Place"),
    ("america", "United States", "Place"),
    ("Republic of Kazakhstan", "Kazakhstan", "Place"),
    ("CSTO", "Collective Security Treaty Organization", "Organization"),
    ("Tokayev", "Kassym-Jomart Tokayev", "Person"),
])
def test_a_users_spelling_finds_the_entity_first(client, q, label, type_):
    top = client.get("/api/entities", params={"q": q}).json()["results"][0]
    assert (top["label"], top["type"]) == (label, type_)


def test_blinken_detail_has_a_role_and_articles(client):
    blinken = client.get("/api/entities", params={"q": "Blinken"}).json()["results"][0]
    detail = client.get(f"/api/entities/{blinken['id']}").json()
    assert any("Secretary of State" in r for r in detail["roles"])
    assert len(detail["articles"]) >= 3 and detail["related"]

"""GET /api/entities (search and listing), /api/entities/{id}, /api/entities/{id}/events."""
from __future__ import annotations

import pytest

from api.deps import get_index
from api.main import create_app
from kg.lookup import LookupIndex, normalize

HIT_KEYS = {"id", "iri", "label", "type", "kind", "aliases", "score", "match"}


@pytest.mark.parametrize(("q", "expected", "match"), [
    ("Jane Roe", "jane-roe", "Jane Roe"),             # exact label
    ("Ms Roe", "jane-roe", "Ms Roe"),                 # exact alias
    ("Ms. Roe", "jane-roe", "Ms Roe"),                # punctuation ignored
    ("roe", "jane-roe", "Ms Roe"),                    # honorific ignored, case-insensitive
    ("Roé", "jane-roe", "Ms Roe"),                    # accent-insensitive
    ("ANU", "anu", "ANU"),                            # acronym alias
    ("the Alliance of Nations United", "anu", "Alliance of Nations United"),  # leading "the" ignored
    ("Alli", "anu", "Alliance of Nations United"),    # prefix
    ("nations", "anu", "Alliance of Nations United"),  # word
    ("Aliance of Nations", "anu", "Alliance of Nations United"),  # typo: fuzzy
    ("Fredonia", "freedonia", "Freedonia"),           # typo: fuzzy
    ("Freedonian foreign ministry", "freedonia-mfa", "Freedonian foreign ministry"),
    ("Freedonia's foreign ministry", "freedonia-mfa", "Freedonia's foreign ministry"),
    ("Republic of Freedonia", "freedonia", "Republic of Freedonia"),
])
def test_search_finds_the_entity_first(client, q, expected, match):
    results = client.get("/api/entities", params={"q": q}).json()["results"]
    assert results[0]["id"] == expected
    assert results[0]["match"] == match
    assert set(results[0]) == HIT_KEYS


def test_every_alias_finds_its_entity_first(client):
    for entity in client.get("/api/entities").json()["results"]:
        for name in [entity["label"], *entity["aliases"]]:
            top = client.get("/api/entities", params={"q": name}).json()["results"][0]
            assert top["id"] == entity["id"], name


def test_scores_rank_exact_label_over_alias_over_prefix(client):
    assert client.get("/api/entities", params={"q": "Freedonia"}).json()["results"][0]["score"] == 1.0
    alias = client.get("/api/entities", params={"q": "ANU"}).json()["results"][0]["score"]
    prefix = client.get("/api/entities", params={"q": "Alli"}).json()["results"][0]["score"]
    fuzzy = client.get("/api/entities", params={"q": "Fredonia"}).json()["results"][0]["score"]
    assert 1.0 > alias > prefix > fuzzy > 0


def test_no_match(client):
    assert client.get("/api/entities", params={"q": "zzzqqq"}).json() == {"results": []}


def test_listing_without_q_is_by_mentions(client):
    results = client.get("/api/entities").json()["results"]
    assert [e["id"] for e in results] == ["jane-roe", "anu", "freedonia", "freedonia-mfa"]
    assert {(e["type"], e["kind"]) for e in results} == {
        ("Person", None), ("Organization", "InternationalOrganization"), ("Place", "Country"),
        ("Organization", "GovernmentBody")}


@pytest.mark.parametrize(("params", "ids"), [
    ({"type": "Place"}, ["freedonia"]),
    ({"type": "Organization"}, ["anu", "freedonia-mfa"]),
    ({"q": "Freedonia", "type": "Organization"}, ["freedonia-mfa"]),
    ({"limit": 2}, ["jane-roe", "anu"]),
    ({"limit": 2, "offset": 2}, ["freedonia", "freedonia-mfa"]),
    ({"offset": 10}, []),
])
def test_filters_and_pagination(client, params, ids):
    assert [e["id"] for e in client.get("/api/entities", params=params).json()["results"]] == ids


@pytest.mark.parametrize("params", [
    {"type": "Animal"}, {"limit": 0}, {"limit": 10001}, {"offset": -1}, {"limit": "many"},
])
def test_bad_parameters_are_422(client, params):
    assert client.get("/api/entities", params=params).status_code == 422


def test_entity_detail(client):
    e = client.get("/api/entities/jane-roe").json()
    assert e["label"] == "Jane Roe" and e["type"] == "Person"
    assert set(e["aliases"]) == {"Ms Roe", "Roe"}
    assert e["roles"] == ["Freedonian Foreign Minister"]
    assert {(r["id"], r["relation"], r["count"]) for r in e["related"]} == {("anu", "acts_on", 1)}
    assert {(a["id"], a["mentions"], a["outlet"]) for a in e["articles"]} == {
        ("art1", 2, "Daily Planet"), ("art2", 2, "Globe Wire")}


def test_part_of_and_member_of(client):
    mfa = client.get("/api/entities/freedonia-mfa").json()
    assert mfa["partOf"]["id"] == "freedonia" and mfa["countryCode"] == "FRE"
    country = client.get("/api/entities/freedonia").json()
    relations = {(r["id"], r["relation"]) for r in country["related"]}
    assert {("freedonia-mfa", "has_part"), ("anu", "member_of")} <= relations


def test_entity_events(client):
    events = client.get("/api/entities/jane-roe/events").json()["results"]
    assert [e["id"] for e in events] == ["ev-statement", "ev-disapprove"]


@pytest.mark.parametrize("path", [
    "/api/entities/nobody", "/api/entities/nobody/events", "/api/entities/a'b",
    "/api/entities/x%3E%20%3Fp%20%3Fo%20%7D%20%23", "/api/entities/..%2F..%2Fetc",
])
def test_unknown_or_malformed_entity_is_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert isinstance(r.json()["detail"], str)


def test_search_dependency_can_be_overridden(store_dir):
    from fastapi.testclient import TestClient

    stub = LookupIndex(entities=[{"id": "x", "iri": "http://e/x", "label": "Xavier", "type": "Person", "kind": None,
                                  "aliases": ["X"], "mentionCount": 1}])
    app = create_app(str(store_dir))
    app.dependency_overrides[get_index] = lambda: stub
    with TestClient(app) as c:
        assert [e["id"] for e in c.get("/api/entities").json()["results"]] == ["x"]


@pytest.mark.parametrize(("name", "key"), [
    ("Ms. Roe", "roe"), ("The Hague", "hague"), ("Mr", "mr"), ("Ségolène  ROYAL", "segolene royal"),
    ("Freedonia's foreign ministry", "freedonia s foreign ministry"),
])
def test_normalize(name, key):
    assert normalize(name) == key


@pytest.mark.parametrize(("name", "key"), [
    ("U.S.", "us"), ("U.S", "us"), ("the U.S.-led force", "us led force"), ("U.N. Security Council", "un security council"),
    ("Washington D.C.", "washington dc"), ("J. R. R. Tolkien", "j r r tolkien"), ("Mr. Blinken", "blinken"),
])
def test_normalize_dotted_acronyms(name, key):
    assert normalize(name) == key


def _index(*entities: tuple[str, str, list[str], int]) -> LookupIndex:
    """An index over (id, label, aliases, mentions) rows, without a store."""
    from kg.lookup import _Name

    rows = [{"id": i, "iri": f"http://e/{i}", "label": label, "type": "Place", "kind": None, "aliases": aliases,
             "mentionCount": n} for i, label, aliases, n in entities]
    names = [_Name(k, text, normalize(text), text == e["label"])
             for k, e in enumerate(rows) for text in [e["label"], *e["aliases"]]]
    return LookupIndex(rows, names)


WORLD = _index(("us", "United States", ["US", "America", "United States of America"], 14),
               ("un", "United Nations", ["UN"], 3), ("usa-today", "USA Today", [], 1),
               ("blinken", "Antony Blinken", ["Anthony Blinken", "Blinken"], 30),
               ("russia-mfa", "Ministry of Foreign Affairs of Russia", ["Russian MFA", "Russian foreign ministry"], 3))


@pytest.mark.parametrize(("q", "expected"), [
    ("U.S.", "us"), ("u.s", "us"), ("US", "us"), ("america", "us"), ("U.N.", "un"), ("Mr Blinken", "blinken"),
    ("Blinkn", "blinken"), ("Antony Blinkin", "blinken"), ("russian mfa", "russia-mfa"), ("Russian MFA.", "russia-mfa"),
    ("Rusian foreign ministry", "russia-mfa"), ("foreign affairs", "russia-mfa"), ("USA Today", "usa-today"),
])
def test_any_spelling_finds_its_entity_first(q, expected):
    assert WORLD.search(q)[0]["id"] == expected


@pytest.mark.parametrize(("q", "match"), [("U.S.", "US"), ("U.N.", "UN"), ("u.s", "US")])
def test_dotted_acronym_is_an_exact_alias(q, match):
    top = WORLD.search(q)[0]
    assert (top["match"], top["score"]) == (match, 0.95)


def test_fuzzy_search_agrees_with_similarity():
    """The index's vectorized typo matching finds exactly the names `similarity` accepts."""
    from kg.lookup import FUZZY_CUTOFF, similarity

    for q in ["blinkn", "untied states", "russian mfx", "amerika", "nations"]:
        key = normalize(q)
        expected = {i: s for i, n in enumerate(WORLD.names) if (s := similarity(key, n.key)) >= FUZZY_CUTOFF}
        assert WORLD._similar(key) == expected, q


def test_search_is_fast_on_a_large_index():
    import time

    big = _index(*[(f"e{i}", f"Person Number{i} Of{i % 97}", [f"Number{i}", f"P{i}"], i % 7) for i in range(10000)])
    big.search("warm up")
    start = time.perf_counter()
    for q in ["Number1234", "Numbr1234", "person number", "zzzzzz", "Of5"]:
        assert big.search(q, limit=10) is not None
    assert time.perf_counter() - start < 2.5  # about 0.1 s each on the reference machine

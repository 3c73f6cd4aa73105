"""The extractions kept beside the graph read back equal, and a damaged file is reported, not guessed at."""
from __future__ import annotations

import json

import pytest

import kg.pipeline
from kg import cache
from kg.cache import Extraction
from kg.errors import StoreError
from kg.pipeline import build
from kg.records import Article, Claim, Mention
from kg.store import EXTRACTIONS, live_dir

TEXT = "Tokayev asked the CSTO for help on 5 January."
TOKAYEV = Mention("a1", 0, 7, "Tokayev", "Person", name="Kassym-Jomart Tokayev", role="President")
CSTO = Mention("a1", 18, 22, "CSTO", "Organization", kind="InternationalOrganization", acronym="CSTO")
ITEM = Extraction(
    Article("a1", "a1.txt", TEXT, title="Help", published="2022-01-06", published_how="dateline",
            published_confidence=0.9),
    (TOKAYEV, CSTO),
    (Claim("a1", TOKAYEV, "ask", "request", TEXT, 0, len(TEXT), target=CSTO, time_text="on 5 January",
           date="2022-01-05", date_precision="day", confidence=0.8),),
)


def test_extractions_read_back_equal(tmp_path):
    path = tmp_path / EXTRACTIONS
    cache.write(path, [ITEM, ITEM])
    assert list(cache.read(path)) == [ITEM, ITEM]
    assert list(cache.read(tmp_path / "missing.jsonl")) == []


def test_equal_extractions_give_equal_files(tmp_path):
    cache.write(tmp_path / "a.jsonl", [ITEM])
    cache.write(tmp_path / "b.jsonl", [ITEM])
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


@pytest.mark.parametrize("line", ['{"article": {"id": "a1"}}', "not json", '{"mentions": []}'])
def test_damaged_line_is_reported_with_its_number(tmp_path, line):
    path = tmp_path / EXTRACTIONS
    cache.write(path, [ITEM])
    with path.open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    with pytest.raises(StoreError, match=r"line 2, cannot be read .*rebuild the graph without --add"):
        list(cache.read(path))


def test_add_over_a_damaged_store_fails_and_keeps_it(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.pipeline, "extract", lambda articles, **_: (Extraction(a, (), ()) for a in articles))
    monkeypatch.setattr(kg.pipeline, "resolve", lambda extractions: ([], []))
    (tmp_path / "one.txt").write_text("The first article is short but readable.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("The second article is short and readable too.", encoding="utf-8")
    store_dir = tmp_path / "store"
    build([tmp_path / "one.txt"], store_dir=store_dir)
    live = live_dir(store_dir)
    record = json.loads((live / EXTRACTIONS).read_text(encoding="utf-8"))
    record["article"]["from_a_future_version"] = True
    (live / EXTRACTIONS).write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(StoreError, match="written by another version"):
        build([tmp_path / "two.txt"], store_dir=store_dir, add=True)
    assert live_dir(store_dir) == live

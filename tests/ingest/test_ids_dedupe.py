"""Article ids (stable, URL-safe, unique) and the one-text-once rule."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from kg.ingest import read_paths
from kg.ingest.ids import id_for_source, slugify
from kg.records import Article, Skipped

STORY_A = "The ferry company added a second daily crossing on Friday, its director said."
STORY_B = "The zoo welcomed two red panda cubs born in early spring, keepers said on Sunday."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("000_1abc", "000_1abc"),
        ("Story One", "story-one"),
        ("Ünïcödé Nëws", "unicode-news"),
        ("a/b?c#d", "a-b-c-d"),
        ("...", "article"),
        ("v1.2-final", "v1.2-final"),
    ],
)
def test_slugify(name: str, expected: str) -> None:
    assert slugify(name) == expected
    assert re.fullmatch(r"[A-Za-z0-9_.-]+", slugify(name))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("corpus/2022/Blog Post.txt", "blog-post"),
        ("feed.jsonl:12", "feed-12"),
        ("dir/feed.v2.jsonl:3", "feed.v2-3"),
        ("https://example.com/news/storm-hits-coast.html", "storm-hits-coast"),
        ("https://example.com/", "example.com"),
        ("<stdin>", "stdin"),
    ],
)
def test_id_for_source(source: str, expected: str) -> None:
    assert id_for_source(source) == expected


def test_same_text_twice_is_a_duplicate(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n\n" + STORY_A + "   \n", encoding="utf-8")  # same clean text
    first, second = read_paths([tmp_path])
    assert isinstance(first, Article)
    assert second == Skipped(str(tmp_path / "b.txt"), "duplicate of a.txt")  # the first as the graph names it


def test_duplicate_across_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY_A, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "%s"}\n' % STORY_A, encoding="utf-8")
    results = list(read_paths([tmp_path]))
    assert isinstance(results[1], Skipped) and results[1].reason.startswith("duplicate of ")


def test_colliding_ids_get_a_text_hash(tmp_path: Path) -> None:
    for folder, story in (("one", STORY_A), ("two", STORY_B)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(story, encoding="utf-8")
    first, second = read_paths([tmp_path])
    assert first.id == "story"
    assert second.id == "story-" + hashlib.sha256(second.text.encode()).hexdigest()[:8]
    again = [a.id for a in read_paths([tmp_path])]
    assert again == [first.id, second.id]  # stable across rebuilds

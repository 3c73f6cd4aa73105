"""Each reader (text, Markdown, HTML, .jsonl, stdin, folders) and read_text."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from kg.ingest import read_paths, read_text
from kg.records import Article, Skipped

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"


def only_article(path: Path | str) -> Article:
    """The single Article read from one path."""
    [result] = list(read_paths([path]))
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        ("harbour.txt", "id", "harbour"),
        ("harbour.txt", "title", "Harbour reopens after three-day storm closure"),
        ("harbour.txt", "published", "2021-03-04"),
        ("glacier.md", "title", "Glacier retreat measured by survey team"),
        ("glacier.md", "outlet", "Alpine Monitor"),
        ("glacier.md", "published", "2019-07-02"),
        ("glacier.md", "published_how", "metadata"),
        ("orchard.html", "title", "Orchard growers expect record apple harvest"),
        ("orchard.html", "outlet", "Valley Herald"),
        ("orchard.html", "byline", "Ines Moreau"),
        ("orchard.html", "published", "2020-09-14"),  # the markup's date, not the URL's
        ("orchard.html", "published_how", "metadata"),
        ("orchard.html", "url", "https://valley.example.org/farming/2020/09/15/orchard-harvest"),
    ],
)
def test_reader_metadata(name: str, field: str, expected: str) -> None:
    assert getattr(only_article(DATA / name), field) == expected


@pytest.mark.parametrize(
    ("name", "starts", "ends"),
    [
        ("harbour.txt", "The harbour of the small coastal town", "two million euros."),
        ("glacier.md", "A survey team measured a retreat of forty metres", "before the winter."),
        ("orchard.html", "Orchard growers in the valley expect", "the larger supply."),
    ],
)
def test_reader_body(name: str, starts: str, ends: str) -> None:
    text = only_article(DATA / name).text
    assert text.startswith(starts) and text.endswith(ends)


@pytest.mark.parametrize("mark", ["**", "](", "# ", "What comes next"])
def test_markdown_marks_removed(mark: str) -> None:
    assert mark not in only_article(DATA / "glacier.md").text


@pytest.mark.parametrize("chrome", ["Home", "Farming", "Copyright", "<"])
def test_html_chrome_removed(chrome: str) -> None:
    assert chrome not in only_article(DATA / "orchard.html").text


def test_html_never_fetches(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr("socket.socket.connect", refuse)
    monkeypatch.setattr("urllib.request.urlopen", refuse)
    assert only_article(DATA / "orchard.html").outlet == "Valley Herald"


def test_jsonl_records() -> None:
    results = list(read_paths([DATA / "records.jsonl"]))
    sources = [r.source.rsplit(":", 1)[1] for r in results]
    assert sources == ["1", "2", "4"]  # the blank line 3 is not a record
    first, broken, last = results
    assert isinstance(first, Article) and first.id == "records-1"
    assert (first.title, first.outlet, first.published) == ("Council approves cycling plan", "City Post", "2021-05-11")
    assert isinstance(broken, Skipped)
    assert "line 2 of" in broken.reason and "records.jsonl" in broken.reason and "JSON" in broken.reason
    assert isinstance(last, Article) and last.id == "records-4" and last.title is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('["a list"]', "not a JSON object"),
        ('{"title": "no text"}', '"text"'),
        ('{"text": "   "}', '"text"'),
        ("{broken", "not valid JSON"),
    ],
)
def test_jsonl_bad_lines(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    [result] = list(read_paths([path]))
    assert isinstance(result, Skipped)
    assert result.source == f"{path}:1" and reason in result.reason and path.name in result.reason


def test_folder_recursive_sorted() -> None:
    results = list(read_paths([DATA / "folder"]))
    names = [r.source if isinstance(r, Article) else Path(r.source).relative_to(DATA / "folder").as_posix()
             for r in results]
    assert names == ["b.txt", "notes.xyz", "sub/a.txt", "sub/c.txt"]  # articles are named inside the folder
    assert [type(r).__name__ for r in results] == ["Article", "Skipped", "Article", "Skipped"]


@pytest.mark.parametrize(
    ("stdin", "expected_title"),
    [
        ("Bridge repairs finish early\n\nWorkers finished repairing the old bridge two weeks early, the city said.\n", "Bridge repairs finish early"),
        ("<!doctype html><html><head><title>Bridge repairs finish early</title></head><body><article>"
         "<p>Workers finished repairing the old bridge two weeks ahead of schedule, the city engineering office said on Friday.</p>"
         "</article></body></html>", "Bridge repairs finish early"),
    ],
)
def test_stdin(monkeypatch: pytest.MonkeyPatch, stdin: str, expected_title: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    article = only_article("-")
    assert (article.id, article.source, article.title) == ("stdin", "<stdin>", expected_title)
    assert article.text.startswith("Workers finished repairing the old bridge")


@pytest.mark.parametrize(
    ("kwargs", "field", "expected"),
    [
        ({"source": "notes/Story One.txt"}, "id", "story-one"),
        ({"source": "feed.jsonl:7"}, "id", "feed-7"),
        ({"source": "x.txt", "title": "Given title"}, "title", "Given title"),
        ({"source": "x.txt", "outlet": "Evening Star"}, "outlet", "Evening Star"),
        ({"source": "x.txt", "published": "2020-02-03T10:00:00Z"}, "published", "2020-02-03"),
        ({"source": "x.txt", "published": "3 February 2020"}, "published", "2020-02-03"),
        ({"source": "x.txt", "url": "https://www.example.co.uk/a/2020/02/03/story"}, "outlet", "example.co.uk"),
        ({"source": "x.txt", "url": "https://www.example.co.uk/a/2020/02/03/story"}, "published_how", "url"),
    ],
)
def test_read_text(kwargs: dict, field: str, expected: str) -> None:
    article = read_text("The mayor opened the new library on Monday, the council said.", **kwargs)
    assert getattr(article, field) == expected


def test_read_text_unparsable_date_is_ignored() -> None:
    article = read_text("The mayor opened the new library on Monday, the council said.",
                        source="x.txt", published="sometime soon")
    assert (article.published, article.published_how) == (None, "unknown")

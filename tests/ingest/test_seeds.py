"""The first corpus, end to end through ingest: what the general rules must give on it."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_paths
from kg.records import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    if not SEEDS.is_dir():
        pytest.skip("no seeds/ folder")
    return {a.id[:3]: a for a in read_paths([SEEDS]) if isinstance(a, Article)}


@pytest.mark.parametrize(
    ("seed", "published", "how"),
    [("000", "2022-01-09", "date-line"), ("001", "2022-01-08", "byline-line"), ("002", None, "unknown"),
     ("003", "2022-01-10", "date-line"), ("004", "2022-01-07", "date-line")],
)
def test_seed_dates(articles: dict[str, Article], seed: str, published: str | None, how: str) -> None:
    assert (articles[seed].published, articles[seed].published_how) == (published, how)


@pytest.mark.parametrize(
    ("seed", "outlet", "agency", "byline"),
    [("001", "UrduPoint News", "Sputnik", "Faizan Hashmi"), ("003", None, "Reuters", "Doina Chiacu and Katharine Jackson")],
)
def test_seed_credits(articles: dict[str, Article], seed: str, outlet: str | None, agency: str, byline: str) -> None:
    assert (articles[seed].outlet, articles[seed].agency, articles[seed].byline) == (outlet, agency, byline)


@pytest.mark.parametrize(
    ("seed", "gone"),
    [("000", "icon"), ("000", "20:06"), ("002", "Dark Mode"), ("002", "Facebook page"), ("002", "Kuwait asks"),
     ("002", "mainly restored"), ("002", "crackdown of protests continues"), ("002", "Source:"),
     ("003", "Most Read"), ("003", "\n- "), ("003", "Published:"), ("003", ">>")],
)
def test_seed_boilerplate_gone(articles: dict[str, Article], seed: str, gone: str) -> None:
    assert gone not in articles[seed].text


def test_seed_texts_are_clean_paragraphs(articles: dict[str, Article]) -> None:
    assert len(articles) == 5
    for article in articles.values():
        assert "\n\n\n" not in article.text and article.text == article.text.strip()

"""Names that credit the page rather than act in the story: the "(AP)" of a dateline."""
from __future__ import annotations

from kg.ingest import dateline_credits
from kg.ingest.metadata import read_dateline
from kg.records import Article, Mention


def without_credits(article: Article, mentions: list[Mention]) -> list[Mention]:
    """The mentions that do not overlap a dateline credit of the article."""
    spans = dateline_credits(article.text)
    return [m for m in mentions if not any(m.start < end and start < m.end for start, end in spans)]


def dateline_heads(text: str, *, paragraphs: int = 3) -> list[tuple[int, int]]:
    """(start, end) of each dateline ("DOHA (AFP) –") opening one of the first paragraphs: the
    place a story was filed from, never an actor of it."""
    spans, start = [], 0
    for paragraph in text.split("\n\n")[:paragraphs]:
        if found := read_dateline(paragraph):
            spans.append((start, start + found.end))
        start += len(paragraph) + 2
    return spans

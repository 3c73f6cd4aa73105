"""Names that credit the page rather than act in the story: the "(AP)" of a dateline."""
from __future__ import annotations

from kg.ingest import dateline_credits
from kg.records import Article, Mention


def without_credits(article: Article, mentions: list[Mention]) -> list[Mention]:
    """The mentions that do not overlap a dateline credit of the article."""
    spans = dateline_credits(article.text)
    return [m for m in mentions if not any(m.start < end and start < m.end for start, end in spans)]

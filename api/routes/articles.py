"""/api/articles: the articles read, and one article with its text and findings."""
from __future__ import annotations

from fastapi import APIRouter

from api.deps import ArticleOr404, Limit, Offset, StoreDep
from api.schemas import ArticleDetail, Articles, Problem
from kg import read

router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get("", response_model=Articles)
def list_articles(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Articles:
    """Articles by publication date."""
    return Articles(results=read.list_articles(store, limit=limit, offset=offset))


@router.get("/{id}", response_model=ArticleDetail, responses={404: {"model": Problem}})
def get_article(article: ArticleOr404) -> ArticleDetail:
    """One article with its clean text and the entities and events found in it."""
    return ArticleDetail.model_validate(article)

"""Dependencies shared by the routers: the open store, the lookup index, fetch-or-404."""
from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import Depends, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from kg import read
from kg.lookup import LookupIndex

ID_PATTERN = read.ID_RE.pattern


class Settings(BaseSettings):
    """The server's settings, from KG_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="KG_")
    store: str = "store"


def get_store(request: Request) -> ox.Store:
    return request.app.state.store


def get_index(request: Request) -> LookupIndex:
    return request.app.state.index


StoreDep = Annotated[ox.Store, Depends(get_store)]
IndexDep = Annotated[LookupIndex, Depends(get_index)]
Limit = Annotated[int, Query(ge=1, le=10000, description="at most this many results")]
Offset = Annotated[int, Query(ge=0, description="skip this many results")]
IdParam = Annotated[str, Path(description="a short URL-safe id ([A-Za-z0-9_.-]+)")]


def invalid(param: str, value: object, message: str) -> RequestValidationError:
    """A 422 in FastAPI's own shape for a query parameter that only the graph can judge."""
    return RequestValidationError([{"type": "value_error", "loc": ("query", param), "msg": message, "input": value}])


def entity_or_404(id: IdParam, store: StoreDep) -> dict:
    entity = read.get_entity(store, id)
    if entity is None:
        raise HTTPException(404, f"no entity with id {id!r}: find ids with GET /api/entities?q=NAME")
    return entity


def article_or_404(id: IdParam, store: StoreDep) -> dict:
    article = read.get_article(store, id)
    if article is None:
        raise HTTPException(404, f"no article with id {id!r}: list them with GET /api/articles")
    return article


def event_or_404(id: IdParam, store: StoreDep) -> dict:
    event = read.get_event(store, id)
    if event is None:
        raise HTTPException(404, f"no event with id {id!r}: list them with GET /api/events")
    return event


EntityOr404 = Annotated[dict, Depends(entity_or_404)]
ArticleOr404 = Annotated[dict, Depends(article_or_404)]
EventOr404 = Annotated[dict, Depends(event_or_404)]

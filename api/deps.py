"""Dependencies shared by the routers: the open store, the lookup index, fetch-or-404.

The store and index follow the store folder: when `kg build` swaps a new graph in, the next
request reopens it, so a running server never needs a restart after a build.
"""
from __future__ import annotations

import logging
import threading
from typing import Annotated

import pyoxigraph as ox
from fastapi import Depends, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict
from starlette.datastructures import State

from kg import read
from kg.errors import KGError
from kg.lookup import LookupIndex
from kg.store import live_dir, open_store

log = logging.getLogger(__name__)

ID_PATTERN = read.ID_RE.pattern


class Settings(BaseSettings):
    """The server's settings, from KG_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="KG_")
    store: str = "store"


def load_graph(state: State, path: str) -> None:
    """Open the live graph of the store folder `path` and index its entities, on `state` (the app's)."""
    state.path, state.lock = path, threading.Lock()
    state.live = live_dir(path)
    state.store = open_store(path)  # read-only: nothing the server does can change the graph
    state.index = LookupIndex.from_store(state.store)
    state.pages = {}  # rendered HTML of this graph


def _refresh(state: State) -> None:
    """Reopen the graph when a build has swapped a new generation in since it was opened."""
    if getattr(state, "path", None) is None or live_dir(state.path) == state.live:
        return
    with state.lock:
        live = live_dir(state.path)
        if live == state.live:
            return
        try:
            store = open_store(state.path)
            index = LookupIndex.from_store(store)
        except (KGError, OSError) as e:  # keep serving the graph we have
            log.warning("could not open the new graph in %s: %s", state.path, e)
            return
        state.store, state.index, state.pages, state.live = store, index, {}, live
        log.info("serving the new graph %s", live)


def get_store(request: Request) -> ox.Store:
    _refresh(request.app.state)
    return request.app.state.store


def get_index(request: Request) -> LookupIndex:
    _refresh(request.app.state)
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

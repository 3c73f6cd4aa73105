"""The FastAPI application: SPARQL, the REST API, the graph view and offline docs."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.deps import Settings, load_graph
from api.docs import add_docs
from api.routes import articles, entities, events, graph, linked, sparql

DESCRIPTION = """An event-centric knowledge graph built from news articles.

Search actors with `/api/entities?q=`, follow their events with `/api/events?actor=`,
read the evidence in `sources`, query everything with SPARQL at `/sparql`, or explore `/graph`."""


def create_app(store: str | None = None) -> FastAPI:
    """The app serving the graph in the store folder `store` (default: KG_STORE, else "store")."""
    path = store or Settings().store

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        load_graph(app.state, path)
        yield

    app = FastAPI(title="newskg", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    for module in (entities, events, articles, sparql, graph):
        app.include_router(module.router)
    add_docs(app)
    app.include_router(linked.router)  # last: it answers for any BASE folder/id path
    return app

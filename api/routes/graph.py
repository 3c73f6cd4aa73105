"""/graph: the interactive graph view, rendered once per size and kept."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from api.deps import StoreDep
from kg.view import render_graph

router = APIRouter(tags=["graph"])
MaxNodes = Annotated[int, Query(ge=1, le=10000, description="show at most this many actors, most mentioned first")]


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request, store: StoreDep, max_nodes: MaxNodes = 300) -> HTMLResponse:
    """The graph of actors and events as an offline HTML page; a double-click loads more from the API."""
    cache = request.app.state.pages
    key = f"graph:{max_nodes}"
    if key not in cache:
        cache[key] = render_graph(store, max_nodes=max_nodes, served=True)
    return HTMLResponse(cache[key], headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})

"""/graph: the interactive graph view, rendered once per app and kept."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import StoreDep
from kg.view import render_graph

router = APIRouter(tags=["graph"])


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request, store: StoreDep) -> HTMLResponse:
    """The graph of actors and events as an offline HTML page."""
    cache = request.app.state.pages
    if "graph" not in cache:
        cache["graph"] = render_graph(store, served=True)
    return HTMLResponse(cache["graph"])

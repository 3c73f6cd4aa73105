"""Linked data: every IRI of the graph under its base (BASE folder/id) dereferences here.

An RDF Accept header gets the node's triples (Turtle, N-Triples, JSON-LD, RDF/XML). Otherwise
an entity, event or article is redirected to its JSON in the API, and any other node (a
report, a mention, an outlet) is answered in JSON-LD. This router must come after every
other route and mount: it answers for any two-segment path.
"""
from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from api.deps import IdParam, StoreDep
from kg import read
from kg.read.sparql import GRAPH_FORMATS, negotiate, serialize_prefixes

router = APIRouter(tags=["linked data"])
API = {"entity": "/api/entities/{id}", "event": "/api/events/{id}", "article": "/api/articles/{id}"}
RDF_FORMATS = {t: f for t, f in GRAPH_FORMATS.items() if t not in ("application/json", "application/xml", "text/plain")}
RESPONSES = {303: {"description": "to the API's JSON"}, 404: {"description": "no such node"}}
ENDPOINTS = {
    "entities": "/api/entities?q=NAME", "entity": "/api/entities/{id}", "entity events": "/api/entities/{id}/events",
    "events": "/api/events?actor=ID&type=T&from=DATE&to=DATE", "event": "/api/events/{id}",
    "articles": "/api/articles", "article": "/api/articles/{id}", "sparql": "/sparql?query=...",
    "graph": "/graph", "docs": "/docs", "openapi": "/openapi.json",
}


@router.get("/", include_in_schema=False)
def root(request: Request, store: StoreDep) -> Response:
    """The base IRI: a browser goes to the docs, anything else gets the list of endpoints."""
    if "text/html" in request.headers.get("accept", ""):
        return RedirectResponse("/docs", status_code=303)
    return JSONResponse({"name": "newskg", "base": read.base_iri(store), "endpoints": ENDPOINTS})


@router.get("/{folder}/{id}", responses=RESPONSES, summary="Dereference an IRI of the graph")
def node(folder: str, id: IdParam, request: Request, store: StoreDep) -> Response:
    """BASE folder/id's triples by Accept (text/turtle, application/ld+json, ...), else its JSON."""
    return describe(store, folder, id, request.headers.get("accept", ""))


def describe(store: ox.Store, folder: str, id: str, accept: str) -> Response:
    """The node's outgoing triples in the format the Accept header prefers, or a redirect to its JSON."""
    subject = ox.NamedNode(f"{read.base_iri(store)}{folder}/{id}") if read.valid_id(folder) and read.valid_id(id) else None
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(subject, None, None)] if subject else []
    if not triples:
        raise HTTPException(404, f"nothing in the graph at {folder}/{id}: see /docs for the endpoints")
    fmt = negotiate(accept, RDF_FORMATS, None)
    if fmt is None and folder in API:
        return RedirectResponse(API[folder].format(id=id), status_code=303)
    fmt = fmt or ox.RdfFormat.JSON_LD
    return Response(ox.serialize(triples, format=fmt, **serialize_prefixes(fmt)), media_type=fmt.media_type)

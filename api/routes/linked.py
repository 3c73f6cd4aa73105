"""Linked data: the graph's own IRIs (BASE entity/{id}, event/{id}, article/{id}) dereference here.

An RDF Accept header gets the node's triples (Turtle, N-Triples, JSON-LD, RDF/XML);
anything else is redirected to the node's JSON in the API.
"""
from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from api.deps import IdParam, StoreDep
from kg import read
from kg.read.sparql import GRAPH_FORMATS, _prefixes, negotiate

router = APIRouter(tags=["linked data"])
API = {"entity": "/api/entities/{id}", "event": "/api/events/{id}", "article": "/api/articles/{id}"}
RDF_TYPES = {t for t in GRAPH_FORMATS if t not in ("application/json", "application/xml", "text/plain")}


RESPONSES = {303: {"description": "to the API's JSON"}, 404: {"description": "no such node"}}


@router.get("/entity/{id}", responses=RESPONSES)
def entity(id: IdParam, request: Request, store: StoreDep) -> Response:
    """The entity's triples by Accept (text/turtle, application/ld+json, ...), else a redirect to its JSON."""
    return describe(store, "entity", id, request.headers.get("accept", ""))


@router.get("/event/{id}", responses=RESPONSES)
def event(id: IdParam, request: Request, store: StoreDep) -> Response:
    """The event's triples by Accept, else a redirect to its JSON."""
    return describe(store, "event", id, request.headers.get("accept", ""))


@router.get("/article/{id}", responses=RESPONSES)
def article(id: IdParam, request: Request, store: StoreDep) -> Response:
    """The article's triples by Accept, else a redirect to its JSON."""
    return describe(store, "article", id, request.headers.get("accept", ""))


def describe(store: ox.Store, kind: str, id: str, accept: str) -> Response:
    subject = ox.NamedNode(f"{read.base_iri(store)}{kind}/{id}") if read.valid_id(id) else None
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(subject, None, None)] if subject else []
    if not triples:
        raise HTTPException(404, f"no {kind} with id {id!r}")
    if not any(t in accept.lower() for t in RDF_TYPES):
        return RedirectResponse(API[kind].format(id=id), status_code=303)
    fmt = negotiate(accept, GRAPH_FORMATS, ox.RdfFormat.TURTLE)
    return Response(ox.serialize(triples, format=fmt, **_prefixes(fmt)), media_type=fmt.media_type)

"""/sparql: the SPARQL 1.1 Protocol, read-only, answering from the local graph only."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from api.deps import StoreDep
from api.pages import sparql_page
from kg.read.sparql import QueryRefused, run_query
from kg.errors import QueryError

router = APIRouter(tags=["sparql"])
FORM = "application/x-www-form-urlencoded"
RESPONSES = {
    200: {"description": "SPARQL results (JSON, XML, CSV, TSV) or a graph (Turtle, N-Triples, JSON-LD, RDF/XML), by Accept",
          "content": {t: {} for t in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                                      "text/tab-separated-values", "text/turtle", "application/n-triples",
                                      "application/ld+json", "application/rdf+xml")}},
    400: {"description": "malformed query"},
    403: {"description": "an update, SERVICE, or a dataset outside the store"},
}
POST_BODY = {"requestBody": {"content": {
    FORM: {"schema": {"type": "object", "properties": {"query": {"type": "string"}}}},
    "application/sparql-query": {"schema": {"type": "string"}, "example": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"},
}}}
GraphUris = Annotated[list[str], Query(alias="default-graph-uri", description="must name a graph of the store")]
NamedUris = Annotated[list[str], Query(alias="named-graph-uri", description="must name a graph of the store")]


@router.get("/sparql", responses=RESPONSES)
async def sparql_get(
    request: Request,
    store: StoreDep,
    query: Annotated[str | None, Query(description="a SPARQL 1.1 query")] = None,
    update: Annotated[str | None, Query(description="refused: the endpoint is read-only")] = None,
    default_graph_uri: GraphUris = [],
    named_graph_uri: NamedUris = [],
) -> Response:
    """Run a SPARQL query given in the `query` parameter (with no query, a browser gets a query page)."""
    if update is not None:
        raise HTTPException(403, "updates are refused: this endpoint is read-only")
    if query is None:
        if "text/html" in request.headers.get("accept", ""):
            return HTMLResponse(sparql_page())
        raise HTTPException(400, "missing the `query` parameter: GET /sparql?query=SELECT...")
    return await _answer(store, query, request.headers.get("accept"), default_graph_uri, named_graph_uri)


@router.post("/sparql", responses=RESPONSES, openapi_extra=POST_BODY)
async def sparql_post(
    request: Request,
    store: StoreDep,
    default_graph_uri: GraphUris = [],
    named_graph_uri: NamedUris = [],
) -> Response:
    """Run a SPARQL query sent as a form (`query=`) or as an application/sparql-query body."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8", errors="replace")
    if media == "application/sparql-update":
        raise HTTPException(403, "updates are refused: this endpoint is read-only")
    if media == "application/sparql-query":
        query = body
    elif media == FORM:
        form = parse_qs(body, keep_blank_values=True)
        if "update" in form:
            raise HTTPException(403, "updates are refused: this endpoint is read-only")
        if not form.get("query"):
            raise HTTPException(400, "missing the `query` field in the form body")
        query = form["query"][0]
        default_graph_uri = [*default_graph_uri, *form.get("default-graph-uri", [])]
        named_graph_uri = [*named_graph_uri, *form.get("named-graph-uri", [])]
    else:
        raise HTTPException(415, f"send the query as {FORM} (query=...) or application/sparql-query, not {media!r}")
    return await _answer(store, query, request.headers.get("accept"), default_graph_uri, named_graph_uri)


async def _answer(store, query: str, accept: str | None, default_graphs: list[str], named_graphs: list[str]) -> Response:
    try:
        answer = await run_in_threadpool(run_query, store, query, accept=accept,
                                         default_graphs=default_graphs, named_graphs=named_graphs)
    except QueryRefused as e:
        raise HTTPException(403, str(e)) from e
    except QueryError as e:
        raise HTTPException(400, str(e)) from e
    return Response(answer.body, media_type=answer.media_type)

"""/sparql: the SPARQL 1.1 Protocol, read-only, answering from the local graph only."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from api.deps import StoreDep
from api.pages import sparql_page
from kg.errors import QueryError
from kg.read.sparql import QueryRefused, run_query

router = APIRouter(tags=["sparql"])
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
READ_ONLY = "updates are refused: this endpoint is read-only (send SELECT, ASK, CONSTRUCT or DESCRIBE)"
RESPONSES = {
    200: {"description": "SPARQL results (JSON, XML, CSV, TSV) or a graph (Turtle, N-Triples, JSON-LD, RDF/XML), by Accept",
          "content": {t: {} for t in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                                      "text/tab-separated-values", "text/turtle", "application/n-triples",
                                      "application/ld+json", "application/rdf+xml")}},
    400: {"description": "malformed query, or the query given twice or not at all"},
    403: {"description": "an update, SERVICE, or a dataset outside the store"},
    415: {"description": "a body that is neither a form nor application/sparql-query in UTF-8"},
}
POST_BODY = {"requestBody": {"content": {
    FORM: {"schema": {"type": "object", "properties": {"query": {"type": "string"}}}},
    DIRECT: {"schema": {"type": "string"}, "example": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"},
}}}
GraphUris = Annotated[list[str], Query(alias="default-graph-uri", description="must name a graph of the store")]
NamedUris = Annotated[list[str], Query(alias="named-graph-uri", description="must name a graph of the store")]


@router.get("/sparql", responses=RESPONSES)
@router.get("/sparql/", include_in_schema=False)
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
        raise HTTPException(403, READ_ONLY)
    if query is None:
        if "text/html" in request.headers.get("accept", ""):
            return HTMLResponse(sparql_page())
        raise HTTPException(400, "missing the `query` parameter: GET /sparql?query=SELECT...")
    _once(request.query_params.getlist("query"), "in the URL")
    return await _answer(store, query, request.headers.get("accept"), default_graph_uri, named_graph_uri)


@router.post("/sparql", responses=RESPONSES, openapi_extra=POST_BODY)
@router.post("/sparql/", include_in_schema=False)
async def sparql_post(
    request: Request,
    store: StoreDep,
    default_graph_uri: GraphUris = [],
    named_graph_uri: NamedUris = [],
) -> Response:
    """Run a SPARQL query sent as a form (`query=`) or as an application/sparql-query body."""
    media, charset = _content_type(request.headers.get("content-type", ""))
    if media == "application/sparql-update" or "update" in request.query_params:
        raise HTTPException(403, READ_ONLY)
    if media not in (FORM, DIRECT):
        raise HTTPException(415, f"send the query as {FORM} (query=...) or {DIRECT}, not {media or 'no Content-Type'!r}")
    if charset not in ("utf-8", "utf8", "us-ascii"):
        raise HTTPException(415, f"send the query in UTF-8, not {charset!r}")
    if "query" in request.query_params:
        raise HTTPException(400, "a POST carries the query in its body, not in the URL: send it once")
    body = _utf8(await request.body())
    if media == DIRECT:
        return await _answer(store, body, request.headers.get("accept"), default_graph_uri, named_graph_uri)
    try:
        form = parse_qs(body, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError as e:
        raise HTTPException(400, "the form's percent-encoded text is not UTF-8") from e
    if "update" in form:
        raise HTTPException(403, READ_ONLY)
    if not form.get("query"):
        raise HTTPException(400, "missing the `query` field in the form body")
    _once(form["query"], "in the form")
    graphs = [*default_graph_uri, *form.get("default-graph-uri", [])]
    named = [*named_graph_uri, *form.get("named-graph-uri", [])]
    return await _answer(store, form["query"][0], request.headers.get("accept"), graphs, named)


def _content_type(header: str) -> tuple[str, str]:
    """The media type and charset (default utf-8) of a Content-Type header, lower-cased."""
    media, *params = [p.strip().lower() for p in header.split(";")]
    charset = next((p.split("=", 1)[1].strip('"') for p in params if p.startswith("charset=")), "utf-8")
    return media, charset


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise HTTPException(400, f"the body is not valid UTF-8 (byte {e.start}): send the query in UTF-8") from e


def _once(queries: list[str], where: str) -> None:
    if len(queries) > 1:
        raise HTTPException(400, f"{len(queries)} queries given {where}: send exactly one `query`")


async def _answer(store, query: str, accept: str | None, default_graphs: list[str], named_graphs: list[str]) -> Response:
    try:
        answer = await run_in_threadpool(run_query, store, query, accept=accept,
                                         default_graphs=default_graphs, named_graphs=named_graphs)
    except QueryRefused as e:
        raise HTTPException(403, str(e)) from e
    except QueryError as e:
        raise HTTPException(400, str(e)) from e
    return Response(answer.body, media_type=answer.media_type)

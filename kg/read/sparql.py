"""Read-only SPARQL: refuse updates, SERVICE and outside datasets, run the query, serialize by Accept.

The checks read the query as tokens (strings, comments and IRIs are skipped as wholes),
so a keyword inside a literal does not trip them and one outside a literal cannot hide.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryError
from kg.read._common import PREFIXES, base_iri


class QueryRefused(QueryError):
    """A well-formed request this endpoint will not run (an update, SERVICE, a remote dataset)."""


_TOKEN = re.compile(
    "|".join((
        r"(?P<comment>\#[^\r\n]*)",
        r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|' r"'''(?:[^'\\]|\\.|'(?!''))*'''|"
        r'"(?:[^"\\\r\n]|\\.)*"|' r"'(?:[^'\\\r\n]|\\.)*')",
        r"(?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)",
        r"(?P<pname>(?:[A-Za-z][\w.-]*)?:[\w.%:\\-]*)",
        r"(?P<var>[?$]\w+)",
        r"(?P<word>[A-Za-z_]\w*)",
        r"(?P<other>\S)",
    )),
    re.S,
)
MAX_ANSWER_BYTES = 256 * 2**20
UPDATES = {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
    "text/n3": ox.RdfFormat.N3,
}


@dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str


def _tokens(query: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(query) if m.lastgroup not in ("comment",)]


def check_query(query: str) -> list[str]:
    """The dataset IRIs the query names in FROM / FROM NAMED; QueryRefused for updates and SERVICE."""
    tokens = _tokens(query)
    prefixes: dict[str, str] = dict(PREFIXES)
    words = [(i, v.casefold()) for i, (kind, v) in enumerate(tokens) if kind == "word"]
    first = next((w for _, w in words if w not in ("base", "prefix")), None)
    if first in UPDATES:
        raise QueryRefused(f"{first.upper()} is an update and this endpoint is read-only: send queries only "
                           "(SELECT, ASK, CONSTRUCT, DESCRIBE)")
    if any(w == "service" for _, w in words):
        raise QueryRefused("SERVICE is refused: this endpoint never calls other endpoints; query the local graph only")
    for i, (kind, value) in enumerate(tokens[:-2]):
        if kind == "word" and value.casefold() == "prefix" and tokens[i + 1][0] == "pname" and tokens[i + 2][0] == "iri":
            prefixes[tokens[i + 1][1][:-1]] = tokens[i + 2][1][1:-1]
    graphs = []
    for i, w in words:
        if w != "from":
            continue
        j = i + 1
        if j < len(tokens) and tokens[j][1].casefold() == "named":
            j += 1
        kind, value = tokens[j] if j < len(tokens) else ("other", "")
        if kind == "iri":
            graphs.append(value[1:-1])
        elif kind == "pname" and value.split(":", 1)[0] in prefixes:
            prefix, local = value.split(":", 1)
            graphs.append(prefixes[prefix] + local)
        else:
            graphs.append(value)
    return graphs


def check_datasets(store: ox.Store, graphs: list[str]) -> None:
    """QueryRefused unless every named dataset graph is a graph of the store (nothing is fetched)."""
    local = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    outside = [g for g in graphs if g not in local]
    if outside:
        raise QueryRefused(f"dataset {outside[0]!r} is not a graph of this store and the endpoint never loads "
                           "remote data: drop FROM / default-graph-uri / named-graph-uri to query the local graph")


def negotiate(accept: str | None, formats: dict, default):
    """The format the Accept header prefers among `formats`, else `default`."""
    ranked = []
    for n, part in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if q > 0:  # q=0 means "not this one"
            ranked.append((-q, n, media.lower()))
    for _, _, media in sorted(ranked):
        if media in formats:
            return formats[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


def serialize_prefixes(fmt) -> dict:
    """Turtle's prefixes, so graphs read as the ontology's terms."""
    return {"prefixes": PREFIXES} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N3) else {}


def run_query(
    store: ox.Store,
    query: str,
    *,
    accept: str | None = None,
    default_graphs: list[str] = (),
    named_graphs: list[str] = (),
) -> Answer:
    """Run a read-only query and serialize its answer as the Accept header prefers."""
    check_datasets(store, [*check_query(query), *default_graphs, *named_graphs])
    # nkg:, schema:, sem:, ... may be used without declaring them, and <entity/x> is relative to the graph's base
    options: dict = {"prefixes": PREFIXES, "base_iri": base_iri(store)}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    error = None
    try:
        answer = _serialize(store.query(query, **options), accept)
    except SyntaxError as e:
        error = f"malformed SPARQL query: {e}"
    except _TooLarge:
        error = (f"the answer is larger than {MAX_ANSWER_BYTES // 2**20} MiB: add a LIMIT "
                 "(and page with OFFSET), or select fewer variables")
    except (OSError, RuntimeError, ValueError) as e:
        error = f"the query failed: {e}"
    if error:  # raised outside the handler so the result (bound to this thread) is already dropped
        raise QueryError(error)
    return answer


class _TooLarge(Exception):
    pass


class _Capped(io.BytesIO):
    """An in-memory answer that stops growing at MAX_ANSWER_BYTES, so a runaway query cannot exhaust memory."""

    def write(self, data) -> int:
        if self.tell() + len(data) > MAX_ANSWER_BYTES:
            raise _TooLarge
        return super().write(data)


def _serialize(result, accept: str | None) -> Answer:
    out = _Capped()
    if isinstance(result, ox.QueryTriples):
        fmt = negotiate(accept, GRAPH_FORMATS, ox.RdfFormat.TURTLE)
        ox.serialize(result, out, format=fmt, **serialize_prefixes(fmt))
    else:
        fmt = negotiate(accept, RESULT_FORMATS, ox.QueryResultsFormat.JSON)
        result.serialize(out, format=fmt)
    return Answer(out.getvalue(), fmt.media_type.split(";")[0])

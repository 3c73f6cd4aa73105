"""The `kg` command: each subcommand is a thin layer over a library function."""
from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kg.config import settings
from kg.errors import KGError

app = typer.Typer(help="newskg: news articles -> event-centric knowledge graph, served over SPARQL, REST and a graph view.",
                  no_args_is_help=True, add_completion=False)
StoreOpt = Annotated[str, typer.Option("--store", help="store folder (env KG_STORE)")]
DEFAULT_STORE = settings().store


class QueryFormat(str, Enum):
    json = "json"
    csv = "csv"
    tsv = "tsv"
    xml = "xml"
    turtle = "turtle"


# what to ask for, and the media types that fit: SELECT/ASK results or, for json and xml, graphs too
QUERY_ACCEPT = {
    "json": ("application/sparql-results+json, application/ld+json;q=0.9",
             {"application/sparql-results+json", "application/ld+json"}),
    "csv": ("text/csv", {"text/csv"}),
    "tsv": ("text/tab-separated-values", {"text/tab-separated-values"}),
    "xml": ("application/sparql-results+xml, application/rdf+xml;q=0.9",
            {"application/sparql-results+xml", "application/rdf+xml"}),
    "turtle": ("text/turtle", {"text/turtle"}),
}


class ExportFormat(str, Enum):
    turtle = "turtle"
    ntriples = "ntriples"
    nquads = "nquads"
    jsonld = "jsonld"


def _fail(e: Exception) -> None:
    typer.secho(f"error: {e}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


@app.command()
def build(paths: Annotated[list[str], typer.Argument(help="files or folders (- for stdin)")],
          store: StoreOpt = DEFAULT_STORE,
          add: Annotated[bool, typer.Option("--add", help="add to the existing graph")] = False,
          workers: Annotated[int, typer.Option("--workers", min=1, help="spaCy processes")] = 1) -> None:
    """Build the graph from articles, with a progress bar and a summary."""
    from kg.pipeline import build as run

    logging.basicConfig(level=logging.WARNING)
    bar = {"bar": None}

    def on_total(n: int) -> None:
        bar["bar"] = typer.progressbar(length=n, label="articles", file=sys.stderr)
        bar["bar"].__enter__()

    try:
        report = run(paths, store_dir=store, add=add, workers=workers, on_total=on_total,
                     progress=lambda n: bar["bar"].update(n))
    except KGError as e:
        _fail(e)
    finally:
        if bar["bar"] is not None:
            bar["bar"].__exit__(None, None, None)
    _summary(report, store)


def _summary(report, store: str) -> None:
    typer.echo(f"built {store}: {report.articles} articles, {report.entities} entities, {report.events} events, "
               f"{report.triples} triples")
    if report.skipped:
        typer.echo(f"skipped {len(report.skipped)} input(s):")
    for s in report.skipped:
        typer.echo(f"  {s.source}: {s.reason}")


@app.command()
def serve(store: StoreOpt = DEFAULT_STORE,
          host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="port")] = 8000) -> None:
    """Serve SPARQL, the REST API and the graph view."""
    import uvicorn

    from api.main import create_app  # lazily: kg never imports api at import time

    try:
        application = create_app(store)
    except KGError as e:
        _fail(e)
    uvicorn.run(application, host=host, port=port, log_level="info")


@app.command()
def query(sparql: Annotated[str, typer.Argument(help="a SPARQL query")], store: StoreOpt = DEFAULT_STORE,
          format: Annotated[QueryFormat, typer.Option("--format")] = QueryFormat.json) -> None:
    """Run a read-only SPARQL query against the graph."""
    from kg.read.sparql import run_query

    accept, media = QUERY_ACCEPT[format.value]
    try:
        answer = run_query(_open(store), sparql, accept=accept)
    except KGError as e:
        _fail(e)
    if answer.media_type not in media:
        _fail(KGError(f"--format {format.value} does not fit this query's answer: "
                      + ("use turtle, json (JSON-LD) or xml (RDF/XML) for CONSTRUCT and DESCRIBE"
                         if answer.media_type == "text/turtle" else "use json, csv, tsv or xml for SELECT and ASK")))
    body = answer.body.decode("utf-8") if isinstance(answer.body, bytes) else answer.body
    sys.stdout.write(body if body.endswith("\n") else body + "\n")


@app.command()
def export(store: StoreOpt = DEFAULT_STORE,
           format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.turtle,
           out: Annotated[Path | None, typer.Option("--out", help="file (default: stdout)")] = None) -> None:
    """Export the whole graph (JSON-LD compacted with ontology/context.jsonld)."""
    from kg.store import export as dump

    try:
        data = dump(_open(store), format.value)
    except KGError as e:
        _fail(e)
    if out:
        out.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def validate(store: StoreOpt = DEFAULT_STORE) -> None:
    """Check the graph against the SHACL shapes in ontology/ (non-zero exit when it does not conform)."""
    from kg.store import to_rdflib
    from kg.validate import validate as check

    try:
        ok, text = check(to_rdflib(_open(store)))
    except KGError as e:
        _fail(e)
    typer.echo(text)
    if not ok:
        _fail(KGError(f"the graph in {store} does not conform to ontology/shapes.ttl (see above)"))


@app.command()
def view(store: StoreOpt = DEFAULT_STORE,
         out: Annotated[Path, typer.Option("--out", help="HTML file to write")] = Path("graph.html"),
         max_nodes: Annotated[int, typer.Option("--max-nodes")] = 300) -> None:
    """Write the interactive graph as one self-contained HTML file."""
    from kg.view import render_graph

    page = render_graph(_open(store), max_nodes=max_nodes, served=False)
    try:
        out.write_text(page, encoding="utf-8")
    except OSError as e:
        _fail(KGError(f"cannot write {out}: {e.strerror or e}; give --out a writable file path"))
    typer.echo(f"wrote {out}")


def _open(store: str):
    from kg.store import open_store

    try:
        return open_store(store)
    except KGError as e:
        _fail(e)


if __name__ == "__main__":
    app()

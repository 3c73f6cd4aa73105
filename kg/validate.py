"""Check a graph against the SHACL shapes in ontology/, and read the example queries there.

`validate` runs pySHACL without inference: the shapes target the classes the data asserts,
and the event-type scheme is added to a copy of the data so that every `nkg:eventType` is
checked against the concepts of the scheme (pySHACL's own `ont_graph` mixing clones the
graph node by node and takes minutes).
"""
from __future__ import annotations

import re
from pathlib import Path

import pyshacl
import rdflib
from pyshacl.errors import ReportableRuntimeError

from kg.config import ONTOLOGY_DIR
from kg.errors import KGError

SHAPES = "shapes.ttl"
EVENT_TYPES = "event-types.ttl"
README = "README.md"

# `<!-- example: Title -->` on the line before a ```sparql fenced block.
_EXAMPLE = re.compile(
    r"<!--\s*example:\s*(?P<title>.+?)\s*-->[ \t]*\n```sparql[ \t]*\n(?P<query>.*?)\n```",
    re.DOTALL,
)


def validate(graph: rdflib.Graph, *, shapes: Path | None = None) -> tuple[bool, str]:
    """Validate `graph` against the shapes; return (conforms, a readable report)."""
    shapes_graph = _load_turtle(shapes or ONTOLOGY_DIR / SHAPES)
    event_types = _load_turtle(ONTOLOGY_DIR / EVENT_TYPES)
    data = rdflib.Graph()
    for triple in graph:
        data.add(triple)
    for triple in event_types:
        data.add(triple)
    try:
        conforms, _, text = pyshacl.validate(
            data,
            shacl_graph=shapes_graph,
            inference="none",
            allow_warnings=True,
        )
    except ReportableRuntimeError as e:
        raise KGError(f"SHACL validation could not run: {e.message}. Check the shapes file.") from e
    return bool(conforms), str(text)


def example_queries(*, readme: Path | None = None) -> list[tuple[str, str]]:
    """The (title, query) pairs of the marked ```sparql blocks in ontology/README.md."""
    path = readme or ONTOLOGY_DIR / README
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise KGError(f"Cannot read the example queries in {path}: {e.strerror}.") from e
    return [(m["title"], m["query"].strip()) for m in _EXAMPLE.finditer(text)]


def _load_turtle(path: Path) -> rdflib.Graph:
    """Parse one Turtle file of the ontology."""
    if not path.is_file():
        raise KGError(f"{path} not found: the ontology files belong in {ONTOLOGY_DIR}.")
    try:
        return rdflib.Graph().parse(path, format="turtle")
    except Exception as e:  # rdflib raises several unrelated types for bad Turtle
        raise KGError(f"{path} is not valid Turtle ({e}); fix the file and retry.") from e

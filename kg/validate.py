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

from rdflib.namespace import RDF, SH

from kg.config import ONTOLOGY_DIR
from kg.errors import KGError
from kg.vocab import PREFIXES

SHAPES = "shapes.ttl"
EVENT_TYPES = "event-types.ttl"
README = "README.md"

# `<!-- example: Title -->` on the line before a ```sparql fenced block.
_EXAMPLE = re.compile(
    r"<!--[ \t]*example:[ \t]*(?P<title>[^\n]+?)[ \t]*-->[ \t]*\n```sparql[ \t]*\n(?P<query>.*?)\n```",
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
        conforms, results, _ = pyshacl.validate(
            data,
            shacl_graph=shapes_graph,
            inference="none",
            allow_warnings=True,
        )
    except ReportableRuntimeError as e:
        raise KGError(f"SHACL validation could not run: {e.message}. Check the shapes file.") from e
    return bool(conforms), summary(results)


def summary(results: rdflib.Graph) -> str:
    """One line per problem of a SHACL results graph: severity, node, property, message, value."""
    lines = sorted({_line(results, r) for r in results.subjects(RDF.type, SH.ValidationResult)})
    violations = sum(1 for line in lines if line.startswith("violation"))
    head = "conforms" if not violations else f"does not conform: {violations} violation(s)"
    if len(lines) > violations:
        head += f", {len(lines) - violations} warning(s)"
    return "\n".join([head, *lines])


def _line(results: rdflib.Graph, result: rdflib.term.Node) -> str:
    def value(p: rdflib.URIRef) -> rdflib.term.Node | None:
        return results.value(result, p)

    severity = str(value(SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1].lower()
    path = value(SH.resultPath)
    where = f"{value(SH.focusNode)}" + (f" {_short(path)}" if isinstance(path, rdflib.URIRef) else "")
    text = f"{severity}: {where}: {value(SH.resultMessage) or _short(value(SH.sourceConstraintComponent))}"
    found = value(SH.value)
    if found is not None and found != value(SH.focusNode):
        text += f" (value: {_show(found)})"
    return text


def _short(node: rdflib.term.Node | None) -> str:
    """A prefixed name for the terms of the ontology and the standards it uses."""
    for prefix, ns in PREFIXES.items():
        if node is not None and str(node).startswith(ns):
            return f"{prefix}:{str(node)[len(ns):]}"
    return str(node)


def _show(node: rdflib.term.Node) -> str:
    if isinstance(node, rdflib.Literal):
        shown = repr(str(node)[:80] + ("..." if len(node) > 80 else ""))
        return shown + (f"@{node.language}" if node.language else f"^^{_short(node.datatype)}" if node.datatype else "")
    return str(node)


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

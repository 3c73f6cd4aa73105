"""Shared helpers of the read side: prefixes, id checks, IRIs and term conversion.

User input never reaches SPARQL text as typed: ids must match ID_RE and become IRIs,
and every value is written with pyoxigraph's own N-Triples serialization of a term.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from kg.config import settings
from kg.vocab import PREFIXES

NKG = PREFIXES["nkg"]
SCHEMA = PREFIXES["schema"]
SEM = PREFIXES["sem"]
SKOS = PREFIXES["skos"]
RDFS = PREFIXES["rdfs"]
RDF_TYPE = PREFIXES["rdf"] + "type"
XSD = PREFIXES["xsd"]
ID_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
TYPES = {SCHEMA + "Person": "Person", SCHEMA + "Organization": "Organization", SCHEMA + "Place": "Place"}
# The kind a class stands for, when the graph gives the class but no nkg:kind.
KINDS = {
    SCHEMA + "Country": "Country",
    SCHEMA + "City": "City",
    SCHEMA + "AdministrativeArea": "Region",
    SCHEMA + "GovernmentOrganization": "GovernmentBody",
    NKG + "InternationalOrganization": "InternationalOrganization",
    NKG + "ArmedForce": "ArmedForce",
    SCHEMA + "NewsMediaOrganization": "MediaOutlet",
    SCHEMA + "Corporation": "Company",
}
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
_NUMBERS = {XSD + t for t in ("decimal", "double", "float")}


def valid_id(id: str) -> bool:
    """Whether `id` is a well-formed token (it may still name nothing)."""
    return bool(ID_RE.fullmatch(id or ""))


def check_id(id: str, what: str = "id") -> str:
    """`id` itself, or ValueError when it is not a short URL-safe token."""
    if not valid_id(id):
        raise ValueError(f"{what} {id!r} is not a valid id: use letters, digits, '_', '.' or '-'")
    return id


def base_iri(store: ox.Store) -> str:
    """The base IRI the graph was built with (read off a stored node), else the configured one."""
    for cls, folder in ((NKG + "Entity", "entity/"), (SCHEMA + "NewsArticle", "article/")):
        for quad in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls)):
            iri = quad.subject.value
            if folder in iri:
                return iri[: iri.rindex(folder)]
    return settings().base_iri


def node(store: ox.Store, folder: str, id: str) -> ox.NamedNode:
    """The IRI of `BASE folder/id` for a checked id."""
    return ox.NamedNode(f"{base_iri(store)}{folder}/{check_id(id)}")


_CLASSES = {"entity": NKG + "Entity", "event": SEM + "Event", "article": SCHEMA + "NewsArticle"}


def exists(store: ox.Store, folder: str, id: str) -> bool:
    """Whether `BASE folder/id` is in the graph (as an entity, event or article for those folders)."""
    if not valid_id(id):
        return False
    subject = node(store, folder, id)
    cls = _CLASSES.get(folder)
    pattern = (subject, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls)) if cls else (subject, None, None)
    return next(iter(store.quads_for_pattern(*pattern)), None) is not None


def sparql(term: ox.NamedNode | ox.Literal) -> str:
    """A term written as SPARQL syntax (N-Triples escaping, so no value can break out)."""
    return str(term)


def values(var: str, terms: Iterable[ox.NamedNode]) -> str:
    """A VALUES block binding `?var` to the given terms."""
    return f"VALUES ?{var} {{ {' '.join(sparql(t) for t in terms)} }}"


def last_segment(iri: str | None) -> str | None:
    """The id of an IRI: its last path segment."""
    return None if iri is None else re.split(r"[/#]", iri.rstrip("/"))[-1]


def py(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str | int | float | bool | None:
    """A plain Python value for an RDF term (IRIs and dates stay strings)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        try:
            if dt in _INTEGERS:
                return int(term.value)
            if dt in _NUMBERS:
                return float(term.value)
        except ValueError:
            return term.value
        if dt == XSD + "boolean":
            return term.value == "true"
    return term.value


def describe(store: ox.Store, subject: ox.NamedNode) -> dict[str, list]:
    """The node's outgoing triples as predicate IRI -> objects (sorted for stable output)."""
    props: dict[str, list] = defaultdict(list)
    for quad in store.quads_for_pattern(subject, None, None):
        props[quad.predicate.value].append(quad.object)
    for objs in props.values():
        objs.sort(key=str)
    return props


def first(props: dict[str, list], predicate: str):
    """The plain value of the first object of `predicate`, or None."""
    objs = props.get(predicate)
    return py(objs[0]) if objs else None


def strings(props: dict[str, list], predicate: str) -> list[str]:
    """Every object of `predicate` as a string, without repeats."""
    return list(dict.fromkeys(o.value for o in props.get(predicate, [])))


def label(store: ox.Store, iri: str | None) -> str | None:
    """The rdfs:label (else skos:prefLabel, schema:name) of a node."""
    if iri is None:
        return None
    subject = ox.NamedNode(iri)
    for predicate in (RDFS + "label", SKOS + "prefLabel", SCHEMA + "name"):
        for quad in store.quads_for_pattern(subject, ox.NamedNode(predicate), None):
            return quad.object.value
    return last_segment(iri)


def ref(store: ox.Store, iri: str | None) -> dict | None:
    """{"id", "iri", "label"} of a node, or None."""
    return None if iri is None else {"id": last_segment(iri), "iri": iri, "label": label(store, iri)}


def select(store: ox.Store, query: str) -> list[dict]:
    """Rows of a SELECT query as dicts of plain values (unbound variables absent)."""
    solutions = store.query(query, prefixes=PREFIXES)
    names = [v.value for v in solutions.variables]
    return [{n: py(row[n]) for n in names if row[n] is not None} for row in solutions]

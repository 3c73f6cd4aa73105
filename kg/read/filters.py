"""The event filters: dates checked and widened to periods, ids turned into IRIs, strings escaped."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import pyoxigraph as ox

from kg.config import ONTOLOGY_DIR
from kg.read._common import SKOS, check_id, last_segment, node, sparql, valid_id

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
EVENT_TYPE = "https://w3id.org/newskg/ontology#eventType"

# Each event's period as two comparable strings: a year or month spans its whole length,
# a week (dated by its Monday) spans seven days.
_PERIOD = """
  BIND(SUBSTR(STR(?date), 1, 10) AS ?d)
  BIND(IF(STRLEN(?d) = 4, CONCAT(?d, "-01-01"), IF(STRLEN(?d) = 7, CONCAT(?d, "-01"), ?d)) AS ?dstart)
  BIND(IF(STRLEN(?d) = 4, CONCAT(?d, "-12-31"), IF(STRLEN(?d) = 7, CONCAT(?d, "-31"),
       IF(COALESCE(?prec, "") = "week", STR(xsd:date(?d) + "P6D"^^xsd:dayTimeDuration), ?d))) AS ?dend)
"""


def check_date(value: str | date | None) -> str | None:
    """`value` as YYYY, YYYY-MM or YYYY-MM-DD text; ValueError unless it is a real calendar date."""
    if value is None or value == "":
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    found = _DATE.fullmatch(text)
    if not found:
        raise ValueError(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-01-07")
    year, month, day = found.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as e:
        raise ValueError(f"{text!r} is not a date: {e}") from e
    return text


def _bound(value: str | date | None, *, end: bool) -> str | None:
    """An ISO date bound; a year or month is widened to its first (or last) day."""
    text = check_date(value)
    if text is None:
        return None
    if len(text) == 4:
        return text + ("-12-31" if end else "-01-01")
    if len(text) == 7:
        return text + ("-31" if end else "-01")
    return text


def date_range(date_from: str | date | None, date_to: str | date | None) -> tuple[str | None, str | None]:
    """The first and last day the filters allow; ValueError when `date_from` comes after `date_to`."""
    start, end = _bound(date_from, end=False), _bound(date_to, end=True)
    if start and end and start > end:
        raise ValueError(f"from {check_date(date_from)!r} is after to {check_date(date_to)!r}: swap them")
    return start, end


def event_filters(store: ox.Store, *, actor, target, type, date_from, date_to, outlet) -> str:
    """SPARQL patterns for the filters; ids become IRIs and strings escaped literals."""
    parts = []
    if actor:
        parts.append(f"FILTER EXISTS {{ ?ev nkg:agent|nkg:target {sparql(node(store, 'entity', check_id(actor, 'actor')))} }}")
    if target:
        parts.append(f"?ev nkg:target {sparql(node(store, 'entity', check_id(target, 'target')))} .")
    if type:
        parts.append(f"FILTER(?type = {sparql(ox.Literal(type))})")
    start, end = date_range(date_from, date_to)
    if start or end:
        parts.append(_PERIOD + "FILTER(BOUND(?date))")
    if start:
        parts.append(f"FILTER(?dend >= {sparql(ox.Literal(start))})")
    if end:
        parts.append(f"FILTER(?dstart <= {sparql(ox.Literal(end))})")
    if outlet:
        by_id = f"?o = {sparql(node(store, 'outlet', outlet))} || " if valid_id(outlet) else ""
        parts.append(f"""FILTER EXISTS {{ ?ev nkg:report/nkg:article/schema:publisher ?o .
            OPTIONAL {{ ?o schema:name ?oname }}
            FILTER({by_id}LCASE(STR(COALESCE(?oname, ""))) = LCASE({sparql(ox.Literal(outlet))})) }}""")
    return "\n".join(parts)


def event_types(store: ox.Store) -> list[str]:
    """Every event type a filter may name: the scheme's notations and the types used in the graph."""
    used = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(EVENT_TYPE), None)}
    names = set(_scheme_notations())
    for concept in used:
        notations = [q.object.value for q in store.quads_for_pattern(ox.NamedNode(concept), ox.NamedNode(SKOS + "notation"), None)]
        names.update(notations or [last_segment(concept)])
    return sorted(names)


@lru_cache(maxsize=1)
def _scheme_notations() -> tuple[str, ...]:
    """The skos:notation of every concept in ontology/event-types.ttl (none if the file is absent)."""
    path = ONTOLOGY_DIR / "event-types.ttl"
    if not path.is_file():
        return ()
    quads = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    return tuple(sorted({q.object.value for q in quads if q.predicate.value == SKOS + "notation"}))

"""The read side of the graph: plain dicts shaped like the HTTP contract (DESIGN.md, Interfaces).

Every function takes an open pyoxigraph Store. Ids are checked against `[A-Za-z0-9_.-]+`
and turned into IRIs under the graph's base; no user text is formatted into SPARQL unescaped.
"""
from kg.read._common import ID_RE, base_iri, check_id, exists, valid_id
from kg.read.articles import get_article, list_articles
from kg.read.entities import get_entity, list_entities
from kg.read.events import entity_events, get_event, list_events
from kg.read.filters import check_date, date_range, event_types

__all__ = [
    "ID_RE",
    "base_iri",
    "check_date",
    "check_id",
    "date_range",
    "entity_events",
    "event_types",
    "exists",
    "get_article",
    "get_entity",
    "get_event",
    "list_articles",
    "list_entities",
    "list_events",
    "valid_id",
]

"""Articles: listing, and one article with its text and what was found in it."""
from __future__ import annotations

import pyoxigraph as ox

from kg.read._common import NKG, RDF_TYPE, SCHEMA, describe, first, last_segment, node, select, sparql, valid_id
from kg.read.summaries import article_summary, entity_summary


def list_articles(store: ox.Store, *, limit: int = 50, offset: int = 0) -> list[dict]:
    """Articles by publication date (undated last), then IRI."""
    rows = select(store, f"""
        SELECT ?a WHERE {{ ?a a schema:NewsArticle OPTIONAL {{ ?a schema:datePublished ?p }} }}
        ORDER BY (!BOUND(?p)) STR(?p) STR(?a) LIMIT {int(limit)} OFFSET {int(offset)}""")
    return [article_summary(store, r["a"]) for r in rows]


def get_article(store: ox.Store, id: str) -> dict | None:
    """One article with `text` (its clean body), the entities and events found in it; None if unknown."""
    if not valid_id(id):
        return None
    subject = node(store, "article", id)
    props = describe(store, subject)
    if ox.NamedNode(SCHEMA + "NewsArticle") not in props.get(RDF_TYPE, []):
        return None
    a = sparql(subject)
    entities = select(store, f"""
        SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE {{ ?m nkg:article {a} . ?e nkg:mention ?m }} GROUP BY ?e""")
    events = select(store, f"""
        SELECT DISTINCT ?ev WHERE {{ ?r nkg:article {a} . ?ev nkg:report ?r }}""")
    found = [_entity(store, r["e"], r["n"]) for r in entities]
    return article_summary(store, subject.value, props) | {
        "publishedHow": first(props, NKG + "publishedHow"),
        "publishedConfidence": first(props, NKG + "publishedConfidence"),
        "text": first(props, SCHEMA + "articleBody") or "",
        "entities": sorted(found, key=lambda e: (-e["mentions"], e["label"] or "", e["id"])),
        "events": sorted((_event(store, r["ev"]) for r in events), key=lambda e: (e["date"] is None, e["date"] or "", e["id"])),
    }


def _entity(store: ox.Store, iri: str, mentions: int) -> dict:
    s = entity_summary(store, iri)
    return {k: s[k] for k in ("id", "iri", "label", "type", "kind")} | {"mentions": mentions}


def _event(store: ox.Store, iri: str) -> dict:
    props = describe(store, ox.NamedNode(iri))
    event_type = props.get(NKG + "eventType")
    return {
        "id": last_segment(iri),
        "iri": iri,
        "label": first(props, "http://www.w3.org/2000/01/rdf-schema#label"),
        "type": _notation(store, event_type[0].value) if event_type else None,
        "date": first(props, NKG + "date"),
    }


def _notation(store: ox.Store, concept: str) -> str:
    for quad in store.quads_for_pattern(ox.NamedNode(concept), ox.NamedNode("http://www.w3.org/2004/02/skos/core#notation"), None):
        return quad.object.value
    return last_segment(concept)

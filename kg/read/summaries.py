"""One-node summaries shared by the entity, event and article readers."""
from __future__ import annotations

import pyoxigraph as ox

from kg.read._common import KINDS, NKG, RDF_TYPE, RDFS, SCHEMA, SKOS, TYPES, describe, first, label, last_segment, strings


def entity_summary(store: ox.Store, iri: str, props: dict[str, list] | None = None) -> dict:
    """{"id", "iri", "label", "type", "kind", "aliases", "mentionCount"} of an entity."""
    props = props if props is not None else describe(store, ox.NamedNode(iri))
    classes = [c.value for c in props.get(RDF_TYPE, [])]
    name = first(props, RDFS + "label") or first(props, SKOS + "prefLabel") or last_segment(iri)
    return {
        "id": last_segment(iri),
        "iri": iri,
        "label": name,
        "type": next((TYPES[c] for c in classes if c in TYPES), None),
        "kind": first(props, NKG + "kind") or next((KINDS[c] for c in classes if c in KINDS), None),
        "aliases": [a for a in strings(props, SKOS + "altLabel") if a != name],
        "mentionCount": first(props, NKG + "mentionCount") or 0,
    }


def article_summary(store: ox.Store, iri: str, props: dict[str, list] | None = None) -> dict:
    """{"id", "iri", "source", "title", "outlet", "published", "byline", "agency", "url"} of an article."""
    props = props if props is not None else describe(store, ox.NamedNode(iri))
    publisher = props.get(SCHEMA + "publisher")
    return {
        "id": last_segment(iri),
        "iri": iri,
        "source": first(props, NKG + "source"),
        "title": first(props, SCHEMA + "headline"),
        "outlet": label(store, publisher[0].value) if publisher else None,
        "published": first(props, SCHEMA + "datePublished"),
        "byline": first(props, SCHEMA + "author"),
        "agency": first(props, NKG + "agency"),
        "url": first(props, SCHEMA + "url"),
    }

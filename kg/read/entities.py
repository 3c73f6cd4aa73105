"""Entities: listing, one entity with its neighbourhood, and the articles that mention it."""
from __future__ import annotations

import pyoxigraph as ox

from kg.read._common import NKG, RDF_TYPE, SCHEMA, TYPES, describe, first, node, ref, select, sparql, strings, valid_id
from kg.read.summaries import article_summary, entity_summary


def list_entities(store: ox.Store, *, type: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    """Entities by mention count (most first), then label."""
    if type and SCHEMA + type not in TYPES:
        raise ValueError(f"unknown entity type {type!r}: use one of {', '.join(TYPES.values())}")
    type_filter = f"?e a {sparql(ox.NamedNode(SCHEMA + type))} ." if type else ""
    rows = select(store, f"""
        SELECT ?e ?n ?label WHERE {{
          ?e a nkg:Entity . {type_filter}
          OPTIONAL {{ ?e nkg:mentionCount ?n }} OPTIONAL {{ ?e rdfs:label ?label }}
        }} ORDER BY DESC(COALESCE(?n, 0)) STR(?label) STR(?e) LIMIT {int(limit)} OFFSET {int(offset)}""")
    return [entity_summary(store, r["e"]) for r in rows]


def get_entity(store: ox.Store, id: str) -> dict | None:
    """One entity with roles, country, part-of, related entities and mentioning articles; None if unknown."""
    if not valid_id(id):
        return None
    subject = node(store, "entity", id)
    props = describe(store, subject)
    if ox.NamedNode(NKG + "Entity") not in props.get(RDF_TYPE, []):
        return None
    part_of = props.get(NKG + "partOf")
    return entity_summary(store, subject.value, props) | {
        "roles": strings(props, NKG + "role"),
        "countryCode": first(props, NKG + "countryCode"),
        "partOf": ref(store, part_of[0].value) if part_of else None,
        "related": related(store, subject),
        "articles": mentioning_articles(store, subject),
    }


def related(store: ox.Store, subject: ox.NamedNode) -> list[dict]:
    """Entities linked to this one: part-of and member-of either way, then co-actors by shared events."""
    e = sparql(subject)
    rows = select(store, f"""
        SELECT ?other ?rel (COUNT(DISTINCT ?ev) AS ?n) WHERE {{
          {{ {e} nkg:partOf ?other BIND("part_of" AS ?rel) }}
          UNION {{ ?other nkg:partOf {e} BIND("has_part" AS ?rel) }}
          UNION {{ {e} schema:memberOf ?other BIND("member_of" AS ?rel) }}
          UNION {{ ?other schema:memberOf {e} BIND("has_member" AS ?rel) }}
          UNION {{ ?ev nkg:agent {e} ; nkg:target ?other BIND("acts_on" AS ?rel) }}
          UNION {{ ?ev nkg:target {e} ; nkg:agent ?other BIND("acted_on_by" AS ?rel) }}
          UNION {{ ?ev nkg:agent|nkg:target {e} ; sem:hasPlace ?other BIND("acts_at" AS ?rel) }}
          UNION {{ ?ev sem:hasPlace {e} ; nkg:agent ?other BIND("acts_here" AS ?rel) }}
          FILTER(?other != {e})
        }} GROUP BY ?other ?rel""")
    out = []
    for r in rows:
        summary = entity_summary(store, r["other"])
        structural = r["rel"] in ("part_of", "has_part", "member_of", "has_member")
        out.append({k: summary[k] for k in ("id", "iri", "label", "type", "kind")}
                   | {"relation": r["rel"], "count": None if structural else r["n"]})
    return sorted(out, key=lambda x: (x["count"] is not None, -(x["count"] or 0), x["label"] or "", x["id"]))


def mentioning_articles(store: ox.Store, subject: ox.NamedNode) -> list[dict]:
    """Articles that mention the entity, most mentions first."""
    rows = select(store, f"""
        SELECT ?a (COUNT(DISTINCT ?m) AS ?n) WHERE {{ {sparql(subject)} nkg:mention ?m . ?m nkg:article ?a }}
        GROUP BY ?a""")
    out = []
    for r in rows:
        a = article_summary(store, r["a"])
        out.append({k: a[k] for k in ("id", "iri", "title", "outlet", "published")} | {"mentions": r["n"]})
    return sorted(out, key=lambda x: (-x["mentions"], x["published"] or "", x["id"]))

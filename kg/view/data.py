"""The data of the graph view: the most mentioned actors and the events among them, as plain dicts."""
from __future__ import annotations

import pyoxigraph as ox

from kg.read import list_entities, list_events
from kg.read._common import NKG, SCHEMA, describe, last_segment, strings

SOURCE_KEYS = ("article", "source", "title", "outlet", "published", "text")


def graph_data(store: ox.Store, *, max_nodes: int = 300, max_events: int = 10000) -> dict:
    """{"entities": {id: entity}, "events": {id: event}} for the `max_nodes` most mentioned actors.

    An event is kept when its agent and its target (if any) are among those actors, so every
    event the page holds can be drawn.
    """
    entities = {e["id"]: _entity(store, e) for e in list_entities(store, limit=max_nodes)}
    for e in entities.values():  # links only between actors on the page
        e["partOf"] = [i for i in e["partOf"] if i in entities and i != e["id"]]
        e["memberOf"] = [i for i in e["memberOf"] if i in entities and i != e["id"]]
    events = {}
    for ev in list_events(store, limit=max_events):
        agent, target = ev["agent"]["id"], (ev["target"] or {}).get("id")
        if agent in entities and (target is None or target in entities):
            events[ev["id"]] = _event(ev)
    return {"entities": entities, "events": events}


def _entity(store: ox.Store, e: dict) -> dict:
    props = describe(store, ox.NamedNode(e["iri"]))
    return {
        "id": e["id"],
        "label": e["label"] or e["id"],
        "type": e["type"],
        "kind": e["kind"],
        "aliases": [a for a in e["aliases"] if a != e["label"]],
        "roles": strings(props, NKG + "role"),
        "mentions": e["mentionCount"],
        "partOf": [last_segment(o) for o in strings(props, NKG + "partOf")],
        "memberOf": [last_segment(o) for o in strings(props, SCHEMA + "memberOf")],
    }


def _event(ev: dict) -> dict:
    return {
        "id": ev["id"],
        "type": ev["type"],
        "label": ev["label"],
        "date": ev["date"],
        "precision": ev["date_precision"],
        "agent": ev["agent"]["id"],
        "target": (ev["target"] or {}).get("id"),
        "place": (ev["place"] or {}).get("label"),
        "quote": ev["quote"],
        "sources": [{k: s.get(k) for k in SOURCE_KEYS} for s in ev["sources"]],
    }

"""Events, filtered and ordered by date (undated last), each with the reports that support it."""
from __future__ import annotations

from datetime import date

import pyoxigraph as ox

from kg.read._common import exists, last_segment, node, ref, select, valid_id, values
from kg.read.filters import event_filters
from kg.read.summaries import article_summary

def list_events(
    store: ox.Store,
    *,
    actor: str | None = None,
    target: str | None = None,
    type: str | None = None,
    date_from: str | date | None = None,
    date_to: str | date | None = None,
    outlet: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict]:
    """Events matching every filter given (`actor` is the agent or the target), by date, undated last."""
    where = event_filters(store, actor=actor, target=target, type=type, date_from=date_from, date_to=date_to, outlet=outlet)
    return _events(store, where, limit=limit, offset=offset)


def get_event(store: ox.Store, id: str) -> dict | None:
    """One event with its sources; None if unknown."""
    if not valid_id(id):
        return None
    found = _events(store, values("ev", [node(store, "event", id)]), limit=1, offset=0)
    return found[0] if found else None


def _events(store: ox.Store, where: str, *, limit: int, offset: int) -> list[dict]:
    rows = select(store, f"""
        SELECT ?ev ?type ?label ?date ?prec ?dsrc ?agent ?target ?place ?quote ?cameo ?pol ?mod ?conf ?n WHERE {{
          ?ev a sem:Event ; nkg:agent ?agent .
          OPTIONAL {{ ?ev nkg:eventType ?et OPTIONAL {{ ?et skos:notation ?notation }} }}
          BIND(COALESCE(STR(?notation), REPLACE(STR(?et), "^.*[/#]", "")) AS ?type)
          OPTIONAL {{ ?ev rdfs:label ?label }} OPTIONAL {{ ?ev nkg:date ?date }}
          OPTIONAL {{ ?ev nkg:datePrecision ?prec }} OPTIONAL {{ ?ev nkg:dateSource ?dsrc }}
          OPTIONAL {{ ?ev nkg:target ?target }} OPTIONAL {{ ?ev sem:hasPlace ?place }}
          OPTIONAL {{ ?ev nkg:quote ?quote }} OPTIONAL {{ ?ev nkg:cameoCode ?cameo }}
          OPTIONAL {{ ?ev nkg:polarity ?pol }} OPTIONAL {{ ?ev nkg:modality ?mod }}
          OPTIONAL {{ ?ev nkg:confidence ?conf }} OPTIONAL {{ ?ev nkg:reportCount ?n }}
          {where}
        }} ORDER BY (!BOUND(?date)) STR(?date) STR(?ev) LIMIT {int(limit)} OFFSET {int(offset)}""")
    first_rows: dict[str, dict] = {}
    for r in rows:  # one row per event even if a property is (wrongly) repeated
        first_rows.setdefault(r["ev"], r)
    rows = list(first_rows.values())
    sources = _sources(store, [r["ev"] for r in rows])
    return [_event(store, r, sources.get(r["ev"], [])) for r in rows]


def entity_events(store: ox.Store, id: str, *, limit: int = 10000, offset: int = 0) -> list[dict] | None:
    """Events the entity takes part in as agent or target; None if there is no such entity."""
    if not exists(store, "entity", id):
        return None
    return list_events(store, actor=id, limit=limit, offset=offset)


def _event(store: ox.Store, r: dict, sources: list[dict]) -> dict:
    return {
        "id": last_segment(r["ev"]),
        "iri": r["ev"],
        "type": r.get("type") or None,
        "label": r.get("label"),
        "date": r.get("date"),
        "date_precision": r.get("prec"),
        "date_source": r.get("dsrc"),
        "agent": _actor(store, r["agent"]),
        "target": _actor(store, r.get("target")),
        "place": _actor(store, r.get("place")),
        "quote": r.get("quote"),
        "cameo": r.get("cameo"),
        "polarity": r.get("pol"),
        "modality": r.get("mod"),
        "confidence": r.get("conf"),
        "report_count": r.get("n", len(sources)),
        "sources": sources,
    }


def _actor(store: ox.Store, iri: str | None) -> dict | None:
    found = ref(store, iri)
    return None if found is None else {"id": found["id"], "label": found["label"]}


def _sources(store: ox.Store, events: list[str]) -> dict[str, list[dict]]:
    """Each event's reports with their article's details, oldest article first."""
    if not events:
        return {}
    rows = select(store, f"""
        SELECT ?ev ?a ?text ?start ?end WHERE {{
          {values("ev", (ox.NamedNode(e) for e in events))}
          ?ev nkg:report ?r . ?r nkg:article ?a .
          OPTIONAL {{ ?r nkg:text ?text }} OPTIONAL {{ ?r nkg:start ?start }} OPTIONAL {{ ?r nkg:end ?end }}
        }}""")
    articles: dict[str, dict] = {}
    out: dict[str, list[dict]] = {}
    for r in rows:
        a = articles.get(r["a"]) or articles.setdefault(r["a"], article_summary(store, r["a"]))
        out.setdefault(r["ev"], []).append({
            "article": a["id"], "source": a["source"], "title": a["title"], "outlet": a["outlet"],
            "published": a["published"], "text": r.get("text"), "start": r.get("start"), "end": r.get("end"),
        })
    for found in out.values():
        found.sort(key=lambda s: (s["published"] or "\uffff", s["article"], s["start"] or 0))
    return out

"""Events, filtered and ordered by date (undated last), each with the reports that support it."""
from __future__ import annotations

import re
from datetime import date

import pyoxigraph as ox

from kg.read._common import NKG, RDF_TYPE, check_id, last_segment, node, ref, select, sparql, valid_id, values
from kg.read.summaries import article_summary

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Each event's period as two comparable strings: a year or month spans its whole length,
# a week (dated by its Monday) spans seven days.
_PERIOD = """
  BIND(SUBSTR(STR(?date), 1, 10) AS ?d)
  BIND(IF(STRLEN(?d) = 4, CONCAT(?d, "-01-01"), IF(STRLEN(?d) = 7, CONCAT(?d, "-01"), ?d)) AS ?dstart)
  BIND(IF(STRLEN(?d) = 4, CONCAT(?d, "-12-31"), IF(STRLEN(?d) = 7, CONCAT(?d, "-31"),
       IF(COALESCE(?prec, "") = "week", STR(xsd:date(?d) + "P6D"^^xsd:dayTimeDuration), ?d))) AS ?dend)
"""


def _bound(value: str | date | None, *, end: bool) -> str | None:
    """An ISO date bound; a year or month is widened to its first (or last) day."""
    if value is None or value == "":
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    if not _DATE.fullmatch(text):
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if len(text) == 4:
        return text + ("-12-31" if end else "-01-01")
    if len(text) == 7:
        return text + ("-31" if end else "-01")
    return text


def _filters(store: ox.Store, *, actor, target, type, date_from, date_to, outlet) -> str:
    """SPARQL patterns for the filters; ids become IRIs and strings escaped literals."""
    parts = []
    if actor:
        parts.append(f"FILTER EXISTS {{ ?ev nkg:agent|nkg:target {sparql(node(store, 'entity', check_id(actor, 'actor')))} }}")
    if target:
        parts.append(f"?ev nkg:target {sparql(node(store, 'entity', check_id(target, 'target')))} .")
    if type:
        parts.append(f"FILTER(?type = {sparql(ox.Literal(type))})")
    start, end = _bound(date_from, end=False), _bound(date_to, end=True)
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
    where = _filters(store, actor=actor, target=target, type=type, date_from=date_from, date_to=date_to, outlet=outlet)
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
    if not valid_id(id):
        return None
    subject = node(store, "entity", id)
    if not any(store.quads_for_pattern(subject, ox.NamedNode(RDF_TYPE), ox.NamedNode(NKG + "Entity"))):
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

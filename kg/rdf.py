"""Records to triples: the only module that makes triples (see docs/rdf-mapping.md)."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _nt_row
from rdflib.term import Node

from kg import __version__
from kg.records import Article, Claim, Entity, Event, Mention
from kg.resolve.entities import slug
from kg.vocab import EVT, NKG, PROV, SCHEMA, SEM

Triple = tuple[Node, Node, Node]
TYPE_CLASS = {"Person": SCHEMA.Person, "Organization": SCHEMA.Organization, "Place": SCHEMA.Place}
KIND_CLASS = {
    "Country": SCHEMA.Country, "City": SCHEMA.City, "Region": SCHEMA.AdministrativeArea,
    "GovernmentBody": SCHEMA.GovernmentOrganization, "InternationalOrganization": NKG.InternationalOrganization,
    "ArmedForce": NKG.ArmedForce, "MediaOutlet": SCHEMA.NewsMediaOrganization, "Company": SCHEMA.Corporation,
}
DATE_TYPE = {"day": XSD.date, "week": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
EXTRACTOR = f"newskg {__version__}"


class Iris:
    """IRIs under the configurable base."""

    def __init__(self, base: str):
        self.base = base

    def entity(self, eid: str) -> URIRef:
        return URIRef(f"{self.base}entity/{eid}")

    def event(self, eid: str) -> URIRef:
        return URIRef(f"{self.base}event/{eid}")

    def article(self, aid: str) -> URIRef:
        return URIRef(f"{self.base}article/{aid}")

    def outlet(self, name: str) -> URIRef:
        return URIRef(f"{self.base}outlet/{slug(name)}")

    def span(self, kind: str, article: str, start: int, end: int, extra: str = "") -> URIRef:
        digest = hashlib.sha1(f"{article}|{start}|{end}|{extra}".encode()).hexdigest()[:16]
        return URIRef(f"{self.base}{kind}/{digest}")


def _en(text: str) -> Literal:
    return Literal(text, lang="en")


def _decimal(x: float) -> Literal:
    """An xsd:decimal of three places at most, so float noise never reaches the graph."""
    return Literal(Decimal(str(round(x, 3))))


def article_triples(a: Article, iris: Iris) -> Iterator[Triple]:
    s = iris.article(a.id)
    yield s, RDF.type, SCHEMA.NewsArticle
    yield s, NKG.source, Literal(a.source)
    yield s, SCHEMA.articleBody, Literal(a.text)
    yield s, NKG.publishedHow, Literal(a.published_how)
    yield s, NKG.publishedConfidence, _decimal(a.published_confidence)
    if a.title:
        yield s, SCHEMA.headline, _en(a.title)
    if a.byline:
        yield s, SCHEMA.author, Literal(a.byline)
    if a.url:
        yield s, SCHEMA.url, Literal(a.url)
    if a.agency:
        yield s, NKG.agency, Literal(a.agency)
    if a.published:
        kind = XSD.dateTime if "T" in a.published else XSD.date
        yield s, SCHEMA.datePublished, Literal(a.published, datatype=kind)
    if a.outlet:
        o = iris.outlet(a.outlet)
        yield s, SCHEMA.publisher, o
        yield o, RDF.type, SCHEMA.NewsMediaOrganization
        yield o, SCHEMA.name, Literal(a.outlet)


def _span_triples(node: URIRef, article: str, start: int, end: int, text: str, iris: Iris) -> Iterator[Triple]:
    yield node, NKG.article, iris.article(article)
    yield node, NKG.text, Literal(text)
    yield node, NKG.start, Literal(start)
    yield node, NKG.end, Literal(end)


def entity_triples(e: Entity, iris: Iris) -> Iterator[Triple]:
    s = iris.entity(e.id)
    yield s, RDF.type, NKG.Entity
    yield s, RDF.type, TYPE_CLASS[e.type]
    if e.kind in KIND_CLASS:
        yield s, RDF.type, KIND_CLASS[e.kind]
    if e.kind:
        yield s, NKG.kind, Literal(e.kind)
    yield s, RDFS.label, _en(e.label)
    yield s, SKOS.prefLabel, _en(e.label)
    for alias in e.aliases:
        yield s, SKOS.altLabel, _en(alias)
    for role in e.roles:
        yield s, NKG.role, _en(role)
    if e.country:
        yield s, NKG.countryCode, Literal(e.country)
    if e.part_of:
        yield s, NKG.partOf, iris.entity(e.part_of)
    yield s, NKG.mentionCount, Literal(len(e.mentions))
    for m in e.mentions:
        node = iris.span("mention", m.article, m.start, m.end, e.id)
        yield s, NKG.mention, node
        yield node, RDF.type, NKG.Mention
        yield from _span_triples(node, m.article, m.start, m.end, m.text, iris)


def _report_triples(event: URIRef, event_id: str, c: Claim, iris: Iris) -> Iterator[Triple]:
    # keyed by the event's id, not its IRI, so that a new base changes the prefix only
    node = iris.span("report", c.article, c.start, c.end, f"{event_id}|{c.predicate}|{c.agent.start}")
    yield event, NKG.report, node
    yield event, PROV.wasDerivedFrom, iris.article(c.article)
    yield node, RDF.type, NKG.Report
    yield node, RDF.type, PROV.Entity
    yield from _span_triples(node, c.article, c.start, c.end, c.sentence, iris)
    yield node, NKG.predicate, Literal(c.predicate)
    yield node, NKG.confidence, _decimal(c.confidence)
    yield node, NKG.extractor, Literal(EXTRACTOR)
    if c.time_text:
        yield node, NKG.timeExpression, Literal(c.time_text)


def event_triples(ev: Event, iris: Iris) -> Iterator[Triple]:
    s = iris.event(ev.id)
    yield s, RDF.type, SEM.Event
    yield s, RDF.type, SCHEMA.Event
    yield s, RDFS.label, _en(ev.label)
    yield s, NKG.eventType, EVT[ev.event_type]
    yield s, NKG.agent, iris.entity(ev.agent)
    if ev.target:
        yield s, NKG.target, iris.entity(ev.target)
    if ev.place:
        yield s, SEM.hasPlace, iris.entity(ev.place)
    if ev.cameo:
        yield s, NKG.cameoCode, Literal(ev.cameo)
    if ev.date and ev.date_precision:
        yield s, NKG.date, Literal(ev.date, datatype=DATE_TYPE[ev.date_precision])
        yield s, NKG.datePrecision, Literal(ev.date_precision)
        yield s, NKG.dateSource, Literal(ev.date_source)
    if ev.quote:
        yield s, NKG.quote, _en(ev.quote)
    yield s, NKG.polarity, Literal(ev.polarity)
    yield s, NKG.modality, Literal(ev.modality)
    yield s, NKG.confidence, _decimal(ev.confidence)
    yield s, NKG.reportCount, Literal(len(ev.reports))
    for c in ev.reports:
        yield from _report_triples(s, ev.id, c, iris)


def triples(articles: Iterable[Article], entities: Iterable[Entity], events: Iterable[Event], *,
            base: str) -> Iterator[Triple]:
    """Every triple of a built graph."""
    iris = Iris(base)
    for a in articles:
        yield from article_triples(a, iris)
    for e in entities:
        yield from entity_triples(e, iris)
    for ev in events:
        yield from event_triples(ev, iris)


def to_graph(items: Iterable[Triple]) -> Graph:
    """An rdflib Graph of the triples (for validation and tests)."""
    g = Graph()
    for t in items:
        g.add(t)
    return g


def ntriples(items: Iterable[Triple]) -> Iterator[bytes]:
    """N-Triples lines for Oxigraph's bulk loader, without duplicates."""
    seen = set()
    for t in items:
        line = _nt_row(t)
        if line not in seen:
            seen.add(line)
            yield line.encode("utf-8")

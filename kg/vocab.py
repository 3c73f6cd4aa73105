"""The project's ontology terms (ontology/kg.ttl) as a closed rdflib namespace.

Standard vocabularies are reused where they fit (schema.org, PROV-O, SEM, SKOS); the
terms here are the ones they lack. Keep this list and ontology/kg.ttl in step:
tests/rdf/test_vocab.py checks that both declare the same terms.
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
EVT = Namespace("https://w3id.org/newskg/event-type/")  # the SKOS event-type scheme


class NKG(DefinedNamespace):
    """newskg ontology terms."""

    _NS = Namespace("https://w3id.org/newskg/ontology#")
    _fail = True

    # classes
    Entity: URIRef  # anything the graph names: an actor or a place
    InternationalOrganization: URIRef
    ArmedForce: URIRef
    Report: URIRef  # one sentence of one article that supports an event
    Mention: URIRef  # one span of one article that names an entity
    EventType: URIRef  # a concept of the event-type scheme

    # entities
    kind: URIRef  # finer sub-type, as the API shows it ("Country", "GovernmentBody")
    role: URIRef  # a position the text gives ("Chilean Foreign Minister")
    countryCode: URIRef  # ISO 3166-1 alpha-3
    partOf: URIRef  # a government body -> its country
    mention: URIRef  # entity -> Mention
    mentionCount: URIRef

    # events
    agent: URIRef  # subPropertyOf sem:hasActor
    target: URIRef  # subPropertyOf sem:hasActor
    eventType: URIRef  # -> skos:Concept of the scheme
    cameoCode: URIRef  # an event's CAMEO code; an event type's CAMEO root code(s)
    ploverCategory: URIRef  # an event type's PLOVER category ("REQUEST")
    date: URIRef  # xsd:date | xsd:gYearMonth | xsd:gYear, subPropertyOf sem:hasTimeStamp
    datePrecision: URIRef  # "day" | "week" | "month" | "year"
    dateSource: URIRef  # "text" | "lead" | "publication"
    quote: URIRef
    polarity: URIRef  # "positive" | "negative"
    modality: URIRef  # "asserted" | "future" | "hypothetical" | "reported"
    confidence: URIRef
    reportCount: URIRef
    report: URIRef  # event -> Report

    # reports and mentions (provenance)
    article: URIRef  # Report/Mention -> schema:NewsArticle
    text: URIRef  # the evidence: the article's clean text [start, end)
    start: URIRef
    end: URIRef
    predicate: URIRef  # the verb as found ("ask", "turn to")
    timeExpression: URIRef
    extractor: URIRef  # name and version of the extractor

    # articles
    source: URIRef  # the file name or URL the article was read from
    agency: URIRef  # a wire agency the article credits
    publishedHow: URIRef  # how the publication date was found
    publishedConfidence: URIRef

# Prefixes for serializations and reports: the ontology's and the standards it uses.
PREFIXES = {
    "nkg": str(NKG._NS),
    "evt": str(EVT),
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "prov": str(PROV),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

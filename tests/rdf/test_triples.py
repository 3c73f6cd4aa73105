"""kg.rdf.triples on small hand-made records, compared with tests/data/rdf-expected.ttl."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, to_isomorphic

from kg import __version__
from kg.rdf import ntriples, to_graph, triples
from kg.records import Article, Claim, Entity, Event, Mention
from kg.vocab import NKG, SCHEMA

EXPECTED = Path(__file__).resolve().parent.parent / "data" / "rdf-expected.ttl"
BASE = "http://example.org/kg/"
# a plain Namespace: pytest probes module attributes, and rdflib.XSD warns on unknown names
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
TEXT = "Antony Blinken criticised Kazakhstan on Friday. Officials in Astana did not reply."

ARTICLE = Article(id="a1", source="news/a1.txt", text=TEXT, title="Blinken and Kazakhstan", outlet="Daily Planet",
                  byline="Lois Lane", published="2022-01-08", published_how="dateline", published_confidence=0.9)
BLINKEN_M = Mention(article="a1", start=0, end=14, text="Antony Blinken", type="Person", name="Antony Blinken",
                    role="US Secretary of State")
KAZ_M = Mention(article="a1", start=26, end=36, text="Kazakhstan", type="Place", kind="Country", name="Kazakhstan",
                country="KAZ")
BLINKEN = Entity(id="antony-blinken", type="Person", label="Antony Blinken", aliases=("Anthony Blinken",),
                 roles=("US Secretary of State",), mentions=(BLINKEN_M,))
KAZAKHSTAN = Entity(id="kazakhstan", type="Place", kind="Country", label="Kazakhstan",
                    aliases=("Republic of Kazakhstan",), country="KAZ", mentions=(KAZ_M,))
CLAIM = Claim(article="a1", agent=BLINKEN_M, predicate="criticise", event_type="disapprove", sentence=TEXT[0:47],
              start=0, end=47, target=KAZ_M, cameo="111", time_text="on Friday", date="2022-01-07",
              date_precision="day", confidence=0.7)
EVENT = Event(id="ev-1", event_type="disapprove", label="Antony Blinken disapprove Kazakhstan (2022-01-07)",
              agent="antony-blinken", target="kazakhstan", cameo="111", date="2022-01-07", date_precision="day",
              reports=(CLAIM,), confidence=0.7)


def _graph(events=(EVENT,), entities=(BLINKEN, KAZAKHSTAN), base: str = BASE) -> Graph:
    return to_graph(triples([ARTICLE], entities, events, base=base))


def _expected(base: str) -> Graph:
    text = EXPECTED.read_text(encoding="utf-8").replace("{version}", __version__)
    return Graph().parse(data=text, format="turtle", publicID=base)


def _diff(a: Graph, b: Graph) -> str:
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    return "\n".join([f"- {t}" for t in sorted(only_a)] + [f"+ {t}" for t in sorted(only_b)])


@pytest.mark.parametrize("base", [BASE, "https://news.example/graph/"])
def test_records_give_the_expected_graph_under_any_base(base):
    got, want = _graph(base=base), _expected(base)
    assert to_isomorphic(got) == to_isomorphic(want), "expected (-) vs made (+):\n" + _diff(want, got)


def test_the_evidence_in_the_fixture_is_the_article_text():
    assert TEXT[CLAIM.start:CLAIM.end] == CLAIM.sentence == "Antony Blinken criticised Kazakhstan on Friday."
    assert TEXT[KAZ_M.start:KAZ_M.end] == "Kazakhstan"


@pytest.mark.parametrize("date, precision, datatype", [
    ("2022-01-07", "day", XSD.date),
    ("2022-01-03", "week", XSD.date),  # a week is dated by its Monday
    ("2022-01", "month", XSD.gYearMonth),
    ("2022", "year", XSD.gYear),
])
def test_event_date_is_typed_by_its_precision(date, precision, datatype):
    g = _graph(events=[replace(EVENT, date=date, date_precision=precision)])
    event = URIRef(BASE + "event/ev-1")
    assert list(g.objects(event, NKG.date)) == [Literal(date, datatype=datatype)]
    assert list(g.objects(event, NKG.datePrecision)) == [Literal(precision)]


def test_undated_event_has_no_date_triples():
    g = _graph(events=[replace(EVENT, date=None, date_precision=None)])
    event = URIRef(BASE + "event/ev-1")
    assert not set(g.objects(event, NKG.date)) | set(g.objects(event, NKG.datePrecision))


@pytest.mark.parametrize("prop", [RDFS.label, SKOS.prefLabel, SKOS.altLabel, NKG.role, NKG.quote, SCHEMA.headline])
def test_labels_are_english_tagged(prop):
    g = _graph(events=[replace(EVENT, quote="we have questions")])
    values = list(g.objects(None, prop))
    assert values and all(isinstance(v, Literal) and v.language == "en" for v in values)


@pytest.mark.parametrize("prop", [NKG.text, NKG.source, SCHEMA.articleBody, SCHEMA.author, NKG.kind])
def test_evidence_and_codes_are_plain_strings(prop):
    values = list(_graph().objects(None, prop))
    assert values and all(v.language is None and v.datatype is None for v in values)


def test_every_data_node_is_under_the_base():
    base = "https://news.example/graph/"
    g = _graph(base=base)
    nodes = set(g.subjects()) | {o for p, o in g.predicate_objects() if p != RDF.type and isinstance(o, URIRef)}
    outside = {n for n in nodes if not str(n).startswith(base) and not str(n).startswith("https://w3id.org/newskg/")}
    assert not outside
    assert URIRef(base + "entity/kazakhstan") in nodes


def test_span_ids_do_not_depend_on_the_base():
    def locals_(base: str) -> set[str]:
        return {str(s)[len(base):] for s in _graph(base=base).subjects()}

    assert locals_(BASE) == locals_("https://news.example/graph/")


def test_government_body_gets_its_schema_class_and_part_of():
    ministry = Entity(id="ministry-of-foreign-affairs-of-kazakhstan", type="Organization", kind="GovernmentBody",
                      label="Ministry of Foreign Affairs of Kazakhstan", country="KAZ", part_of="kazakhstan")
    g = _graph(entities=[ministry, KAZAKHSTAN], events=[])
    s = URIRef(BASE + "entity/" + ministry.id)
    assert set(g.objects(s, RDF.type)) == {NKG.Entity, SCHEMA.Organization, SCHEMA.GovernmentOrganization}
    assert list(g.objects(s, NKG.partOf)) == [URIRef(BASE + "entity/kazakhstan")]
    assert list(g.objects(s, NKG.mentionCount)) == [Literal(0)]


def test_ntriples_lines_are_unique_and_parse():
    items = list(triples([ARTICLE, ARTICLE], [BLINKEN], [], base=BASE))
    lines = list(ntriples(items))
    assert len(lines) == len(set(lines)) < len(items)
    parsed = Graph().parse(data=b"".join(lines).decode(), format="nt")
    assert len(parsed) == len(lines)

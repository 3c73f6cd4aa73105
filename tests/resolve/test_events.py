"""Cross-source event merging on hand-made claims: count events, not reports."""
from kg.records import Claim, Entity, Mention
from kg.resolve.events import resolve_events

PEOPLE = {"maria-lopez": "Maria Lopez", "chile": "Chile", "peru": "Peru"}
ENTITIES = {i: Entity(i, "Person" if i == "maria-lopez" else "Place", label) for i, label in PEOPLE.items()}
ID_OF = {label: i for i, label in PEOPLE.items()}


def mention(article, name):
    return Mention(article, 0, len(name), name, "Person", name=name)


def claim(article, agent, kind, *, target=None, date="2024-03-14", polarity="positive", confidence=0.8, quote=None):
    return Claim(article=article, agent=mention(article, agent), predicate="say", event_type=kind,
                 sentence="s", start=0, end=1, target=mention(article, target) if target else None, date=date,
                 date_precision="day" if date else None, polarity=polarity, confidence=confidence, quote=quote)


def resolve(claims):
    return resolve_events(claims, lambda m: ID_OF.get(m.name), ENTITIES)


def test_reports_of_one_event_from_two_outlets_are_one_event():
    events = resolve([claim("a", "Maria Lopez", "statement", target="Peru", quote="We will act."),
                      claim("b", "Maria Lopez", "statement", target="Peru", quote="We will act now, and fast.")])
    assert len(events) == 1
    event = events[0]
    assert {c.article for c in event.reports} == {"a", "b"}
    assert event.quote == "We will act now, and fast."  # the fullest quote
    assert event.confidence > 0.8  # independent sources raise it


def test_a_report_without_target_joins_the_targeted_event():
    events = resolve([claim("a", "Maria Lopez", "statement", target="Peru"), claim("b", "Maria Lopez", "statement")])
    assert len(events) == 1 and events[0].target == "peru"


def test_different_dates_types_or_polarity_stay_apart():
    events = resolve([claim("a", "Chile", "request", target="Peru"),
                      claim("a", "Chile", "request", target="Peru", date="2024-03-10"),
                      claim("b", "Chile", "disapprove", target="Peru"),
                      claim("c", "Chile", "request", target="Peru", polarity="negative")])
    assert len(events) == 4


def test_same_article_twice_does_not_count_as_two_sources():
    one = resolve([claim("a", "Chile", "request", target="Peru", confidence=0.6)])[0]
    twice = resolve([claim("a", "Chile", "request", target="Peru", confidence=0.6),
                     claim("a", "Chile", "request", target="Peru", confidence=0.6)])[0]
    assert one.confidence == twice.confidence == 0.6


def test_event_ids_are_stable_and_events_ordered_by_date():
    claims = [claim("a", "Chile", "request", target="Peru", date="2024-03-14"),
              claim("b", "Peru", "respond", target="Chile", date="2024-03-12")]
    first, second = resolve(claims), resolve(claims[::-1])
    assert [e.id for e in first] == [e.id for e in second]
    assert [e.date for e in first] == ["2024-03-12", "2024-03-14"]


def test_an_actor_acting_on_itself_is_dropped():
    assert resolve([claim("a", "Chile", "request", target="Chile")]) == []


def test_a_report_dated_only_by_inference_joins_the_event_a_text_dates_days_before():
    from dataclasses import replace

    said = claim("a", "Maria Lopez", "statement", target="Peru", date="2024-03-14")
    later = replace(claim("b", "Maria Lopez", "statement", target="Peru", date="2024-03-16"), date_source="publication")
    far = replace(claim("c", "Maria Lopez", "statement", target="Peru", date="2024-03-25"), date_source="publication")
    events = resolve([said, later, far])
    assert [(e.date, sorted({c.article for c in e.reports})) for e in events] == [
        ("2024-03-14", ["a", "b"]), ("2024-03-25", ["c"])]


def test_what_an_actor_said_on_one_day_is_one_statement_aimed_at_its_best_supported_target():
    events = resolve([claim("a", "Maria Lopez", "statement", target="Peru"),
                      claim("b", "Maria Lopez", "statement", target="Peru"),
                      claim("b", "Maria Lopez", "statement", target="Chile"),
                      claim("b", "Maria Lopez", "request", target="Chile")])
    statements = [e for e in events if e.event_type == "statement"]
    assert len(statements) == 1 and statements[0].target == "peru" and len(statements[0].reports) == 3
    assert len(events) == 2

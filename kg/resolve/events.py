"""Cross-source event resolution: count events, not reports.

Reports of one real event from several articles (same agent, same type, same date, a
compatible target) become one event that keeps every report as a source; its confidence
rises with the number of independent articles.
"""
from __future__ import annotations

import hashlib
from datetime import date
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from kg.records import Claim, Entity, Event, Mention

EntityOf = Callable[[Mention], str | None]


def _key(claim: Claim, agent: str, target: str | None) -> tuple:
    return (agent, claim.event_type, claim.date or "", claim.polarity, target or "")


def _event_id(agent: str, kind: str, date: str, polarity: str, target: str) -> str:
    digest = hashlib.sha1("|".join([agent, kind, date, polarity, target]).encode()).hexdigest()
    return f"ev-{digest[:16]}"


def _confidence(claims: list[Claim]) -> float:
    """Independent sources raise confidence: 1 - prod(1 - best confidence per article)."""
    best = defaultdict(float)
    for c in claims:
        best[c.article] = max(best[c.article], c.confidence)
    doubt = 1.0
    for v in best.values():
        doubt *= 1 - v
    return round(min(0.99, 1 - doubt), 3)


def resolve_events(claims: Iterable[Claim], entity_of: EntityOf, entities: dict[str, Entity]) -> list[Event]:
    """One event per (agent, type, date, polarity, target); a report with no target joins the
    event of the same agent, type and date whose target is best supported."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        agent = entity_of(c.agent)
        target = entity_of(c.target) if c.target else None
        if agent is None or agent == target:
            continue
        groups[_key(c, agent, target)].append(c)
    _join_inferred_dates(groups)
    by_head = defaultdict(list)
    for key in groups:
        by_head[key[:4]].append(key)
    for head, keys in by_head.items():
        targeted = [k for k in keys if k[4]]
        untargeted = [k for k in keys if not k[4]]
        if targeted and untargeted:
            best = max(targeted, key=lambda k: (len({c.article for c in groups[k]}), len(groups[k]), k))
            groups[best].extend(groups.pop(untargeted[0]))
    _one_statement_a_day(groups)
    return sorted((_event(key, cs, entities) for key, cs in groups.items()), key=lambda e: (e.date or "9999", e.id))


def _one_statement_a_day(groups: dict[tuple, list[Claim]]) -> None:
    """What one actor said on one day is one statement, whoever each sentence was about: the
    remarks of a press conference are reports of one event, aimed at its best-supported target."""
    by_day = defaultdict(list)
    for key in groups:
        if key[1] == "statement" and key[2]:
            by_day[(key[0], key[2], key[3])].append(key)
    for keys in by_day.values():
        if len(keys) < 2:
            continue
        targeted = [k for k in keys if k[4]] or keys
        best = max(targeted, key=lambda k: (len({c.article for c in groups[k]}), len(groups[k]), k))
        for k in keys:
            if k != best:
                groups[best].extend(groups.pop(k))


def _join_inferred_dates(groups: dict[tuple, list[Claim]]) -> None:
    """Reports dated only by inference (lead or publication day) join the event of the same agent,
    type, polarity and target that a text dates up to three days earlier: one outlet said "on
    Friday", another wrote it up on Saturday without saying when."""
    def inferred(key: tuple) -> bool:
        return bool(key[2]) and all(c.date_source != "text" for c in groups[key])

    for key in sorted(k for k in groups if inferred(k)):
        day = _day(key[2])
        if day is None:
            continue
        close = [k for k in groups if k != key and not inferred(k) and (k[0], k[1], k[3], k[4]) == (key[0], key[1], key[3], key[4])
                 and (d := _day(k[2])) is not None and 0 <= (day - d).days <= 3]
        if close:
            best = min(close, key=lambda k: ((day - _day(k[2])).days, k))
            groups[best].extend(groups.pop(key))


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _event(key: tuple, claims: list[Claim], entities: dict[str, Entity]) -> Event:
    agent, kind, date, polarity, target = key
    claims = sorted(claims, key=lambda c: (c.article, c.start))
    precision = Counter(c.date_precision for c in claims if c.date_precision).most_common(1)
    sources = {c.date_source for c in claims}
    source = next(s for s in ("text", "lead", "publication") if s in sources or s == "publication")
    quotes = [c.quote for c in claims if c.quote]
    cameo = Counter(c.cameo for c in claims if c.cameo).most_common(1)
    modality = Counter(c.modality for c in claims).most_common(1)[0][0]
    label = entities[agent].label + f" {kind}"
    if target:
        label += f" {entities[target].label}"
    if date:
        label += f" ({date})"
    return Event(id=_event_id(agent, kind, date, polarity, target), event_type=kind, label=label, agent=agent,
                 reports=tuple(claims), target=target or None, place=None, cameo=cameo[0][0] if cameo else None,
                 date=date or None, date_precision=precision[0][0] if precision and date else None,
                 date_source=source, quote=max(quotes, key=len) if quotes else None, polarity=polarity,
                 modality=modality, confidence=_confidence(claims))

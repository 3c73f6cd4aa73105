"""Plain, frozen records passed between the pipeline's stages.

Offsets (`start`, `end`) always index into `Article.text`, the clean body text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Coarse entity types of the contract; the finer sub-type goes in `kind`.
PERSON, ORGANIZATION, PLACE = "Person", "Organization", "Place"


@dataclass(frozen=True)
class Article:
    """One article: clean body text plus what is known about where and when it appeared."""

    id: str
    source: str  # file path (or "path:line" for a .jsonl record) or URL it was read from
    text: str  # clean body; every provenance offset points into it
    title: str | None = None
    outlet: str | None = None  # the site that published it
    agency: str | None = None  # a wire agency it credits ("Reuters", "Sputnik"), kept apart
    byline: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" (or with time) when known
    published_how: str = "unknown"  # metadata | dateline | date-line | byline-line | url | page-header | unknown
    published_confidence: float = 0.0


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with the reason a user can act on."""

    source: str
    reason: str


@dataclass(frozen=True)
class Mention:
    """A typed span naming an actor or place, with its in-document canonical name."""

    article: str
    start: int
    end: int
    text: str  # surface form as written
    type: str  # Person | Organization | Place
    kind: str | None = None  # Country, City, GovernmentBody, InternationalOrganization, ...
    name: str = ""  # fullest proper name this mention stands for in its article
    role: str | None = None  # a position the text gives ("Chilean Foreign Minister")
    country: str | None = None  # ISO 3166 alpha-3 for countries and their government bodies
    acronym: str | None = None  # "PIF" when the text defines "Pacific Islands Forum (PIF)"
    proper: bool = True  # False for descriptions and pronouns resolved to an actor


@dataclass(frozen=True)
class Claim:
    """One report of one action in one sentence."""

    article: str
    agent: Mention
    predicate: str  # the verb lemma ("ask", "turn to")
    event_type: str  # a notation from ontology/event-types.ttl ("request", "other")
    sentence: str  # the evidence: article.text[start:end]
    start: int
    end: int
    target: Mention | None = None
    place: Mention | None = None
    cameo: str | None = None  # CAMEO event code ("0234")
    time_text: str | None = None  # the time expression as written ("on Friday")
    date: str | None = None  # "2022-01-07", "2022-01", "2022"
    date_precision: str | None = None  # day | week | month | year
    date_source: str = "text"  # text | lead (the day of the story's lead) | publication (a flagged fallback)
    quote: str | None = None
    polarity: str = "positive"  # positive | negative
    modality: str = "asserted"  # asserted | future | hypothetical | reported
    confidence: float = 0.5


@dataclass(frozen=True)
class Entity:
    """One real-world actor or place, gathering every mention of it."""

    id: str  # short URL-safe token, stable across rebuilds
    type: str
    label: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()  # every surface form seen, plus standard names
    roles: tuple[str, ...] = ()
    country: str | None = None  # ISO alpha-3
    part_of: str | None = None  # id of the entity it belongs to (a ministry -> its country)
    mentions: tuple[Mention, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Event:
    """One real-world event, however many reports support it."""

    id: str
    event_type: str
    label: str
    agent: str  # entity id
    reports: tuple[Claim, ...]
    target: str | None = None
    place: str | None = None
    cameo: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_source: str = "text"
    quote: str | None = None
    polarity: str = "positive"
    modality: str = "asserted"
    confidence: float = 0.5


@dataclass
class BuildReport:
    """What a build did, for the CLI's summary."""

    articles: int = 0
    entities: int = 0
    events: int = 0
    triples: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

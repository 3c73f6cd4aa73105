"""Response models: the JSON shapes of the HTTP contract (DESIGN.md, Interfaces)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["Person", "Organization", "Place"]


def _example(**example) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": [example]})


class EntityBase(BaseModel):
    """What every entity answer carries: how to address it, what it is called and what it is."""

    id: str
    iri: str
    label: str | None
    type: EntityType | None
    kind: str | None = None
    aliases: list[str] = []


class EntityHit(EntityBase):
    model_config = _example(id="maria-lopez", iri="http://localhost:8000/entity/maria-lopez",
                            label="Maria Lopez", type="Person", kind=None,
                            aliases=["María López", "Ms Lopez"], score=0.95, match="Ms Lopez")
    score: float | None = Field(None, description="1.0 exact label > exact alias > prefix > words > fuzzy; null when listing")
    match: str | None = Field(None, description="the label or alias that matched")


class EntityHits(BaseModel):
    results: list[EntityHit]


class Ref(BaseModel):
    id: str
    label: str | None


class IriRef(Ref):
    iri: str


class RelatedEntity(BaseModel):
    id: str
    iri: str
    label: str | None
    type: EntityType | None
    kind: str | None = None
    relation: str = Field(description="part_of, has_part, member_of, has_member, acts_on, acted_on_by, acts_at or acts_here")
    count: int | None = Field(None, description="events shared; null for part-of and member-of links")


class MentioningArticle(BaseModel):
    id: str
    iri: str
    title: str | None
    outlet: str | None
    published: str | None
    mentions: int


class EntityDetail(EntityBase):
    model_config = _example(id="russia-mfa", iri="http://localhost:8000/entity/russia-mfa",
                            label="Ministry of Foreign Affairs of Russia", type="Organization", kind="GovernmentBody",
                            aliases=["Russian foreign ministry"], mentionCount=3, roles=[], countryCode="RUS",
                            partOf={"id": "russia", "iri": "http://localhost:8000/entity/russia", "label": "Russia"},
                            related=[], articles=[])
    mentionCount: int = 0
    roles: list[str] = []
    countryCode: str | None = None
    partOf: IriRef | None = None
    related: list[RelatedEntity] = []
    articles: list[MentioningArticle] = []


class Source(BaseModel):
    article: str = Field(description="the article's id")
    source: str | None = Field(description="the file name or URL it was read from")
    title: str | None
    outlet: str | None = Field(description="the site that published it")
    published: str | None
    text: str | None = Field(description="the evidence: article text[start:end]")
    start: int | None
    end: int | None


class Event(BaseModel):
    model_config = _example(
        id="e1a2b3", iri="http://localhost:8000/event/e1a2b3", type="disapprove",
        label="Maria Lopez disapprove Peru (2024-03-14)", date="2024-03-14", date_precision="day",
        agent={"id": "maria-lopez", "label": "Maria Lopez"}, target={"id": "peru", "label": "Peru"},
        quote=None, sources=[{"article": "a1", "source": "news/lima.txt", "title": "...", "outlet": "Daily Tide",
                              "published": "2024-03-15", "text": "Lopez criticised ...", "start": 120, "end": 220}])
    id: str
    iri: str
    type: str | None = Field(description="the event type's notation in the event-type scheme")
    label: str | None
    date: str | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY; a week is dated by its Monday")
    date_precision: str | None = Field(description="day, week, month or year")
    agent: Ref
    target: Ref | None
    quote: str | None
    sources: list[Source]
    date_source: str | None = Field(None, description="text; lead when an undated report took the day of the story's lead; publication when the article's date stood in")
    place: Ref | None = None
    cameo: str | None = None
    polarity: str | None = None
    modality: str | None = None
    confidence: float | None = None
    report_count: int | None = None


class Events(BaseModel):
    results: list[Event]


class Article(BaseModel):
    id: str
    iri: str
    source: str | None
    title: str | None
    outlet: str | None
    published: str | None
    byline: str | None
    agency: str | None = Field(None, description="a wire agency the article credits, kept apart from the outlet")
    url: str | None = None


class Articles(BaseModel):
    results: list[Article]


class FoundEntity(BaseModel):
    id: str
    iri: str
    label: str | None
    type: EntityType | None
    kind: str | None = None
    mentions: int


class FoundEvent(BaseModel):
    id: str
    iri: str
    label: str | None
    type: str | None
    date: str | None


class ArticleDetail(Article):
    publishedHow: str | None = None
    publishedConfidence: float | None = None
    text: str = Field(description="the clean text every offset points into")
    entities: list[FoundEntity]
    events: list[FoundEvent]


class Problem(BaseModel):
    detail: str

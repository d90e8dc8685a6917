"""Pydantic models of the API's requests and responses (they make ``/openapi.json``).

The extraction models mirror the contract (``shared/CONTRACT.md`` v1). The stored-event
models name the fields the dashboard relies on and allow extra ones, so the store can grow
fields without breaking the API.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

# --- the contract -------------------------------------------------------------------


class SpanOut(BaseModel):
    text: str
    start: int
    end: int


class ActorOut(SpanOut):
    role: str
    name: str
    sector: str | None = None
    country: str | None = None
    inferred: bool = Field(False, description="the role is a guess of the clause search, not a grammatical rule")


class PlaceOut(SpanOut):
    name: str
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: int = 3


class WhenOut(BaseModel):
    text: str | None = None
    start: int | None = None
    end: int | None = None
    start_date: str
    end_date: str
    precision: str
    origin: str


class CountOut(SpanOut):
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"


class PloverOut(BaseModel):
    event: str
    mode: str | None = None


class AcledOut(BaseModel):
    event_type: str
    sub_event_type: str


class SentenceRange(BaseModel):
    start: int
    end: int


class EventOut(BaseModel):
    """One event mention, as ``eventscribe extract`` writes it."""

    id: str
    plover: PloverOut
    acled: AcledOut | None = None
    status: str
    hedged: bool
    trigger: SpanOut
    sentence: SentenceRange
    actors: list[ActorOut]
    location: PlaceOut | None = None
    date: WhenOut | None = None
    counts: dict[str, CountOut]
    attribution: SpanOut | None = None
    confidence: float


class PublishedOut(BaseModel):
    date: str | None = None
    origin: str
    confidence: str


class ErrorOut(BaseModel):
    code: str
    message: str


class ExtractInput(BaseModel):
    """One contract input document: ``id`` and ``text`` or ``html``."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={
        "examples": [{"id": "a1", "text": "Police arrested 12 protesters in Lagos on Monday.",
                      "published": "2021-06-14", "source": "Example Times"}]})

    id: str = Field(min_length=1, max_length=500)
    text: str | None = None
    html: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date or datetime")

    def record(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True)


class ExtractOutput(BaseModel):
    """One contract output document."""

    id: str | None
    text: str | None = Field(default=None, description="only when the input was html")
    published: PublishedOut
    title: str | None = None
    source: str | None = None
    url: str | None = None
    events: list[EventOut]
    error: ErrorOut | None = None


# --- stored events ------------------------------------------------------------------


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class EventSummary(_Open):
    """A merged (cross-article) event as listed by ``GET /api/events``.

    ``event`` and ``mode`` repeat ``plover`` for convenience. ``mentions`` lists each
    report briefly (source, trigger, attribution); ``GET /api/events/{id}`` has them in full.
    """

    event_id: str
    plover: PloverOut
    event: str
    mode: str | None = None
    acled: AcledOut | None = None
    status: str | None = None
    date: WhenOut | None = None
    location: PlaceOut | None = None
    actors: list[ActorOut] = []
    counts: dict[str, CountOut] = {}
    consensus_counts: dict[str, dict[str, Any]] = Field(
        default={}, description="per count kind: the consensus value, low, high and the sources")
    num_mentions: int = 0
    num_articles: int = 0
    num_sources: int = 0
    first_reported: str | None = None
    last_reported: str | None = None
    mentions: list[dict[str, Any]] = []
    disagreements: list[dict[str, Any]] = Field(
        default=[], description="fields the sources disagree on: {field, claims: [{source, value, ...}]}")


class EventList(BaseModel):
    items: list[EventSummary]
    total: int = Field(description="number of events matching the filters, ignoring limit/offset")
    limit: int
    offset: int


class Highlight(BaseModel):
    """A highlighted stretch of a mention's sentence, offsets relative to the sentence."""

    kind: str = Field(description="trigger | actor | recipient | location | date | count | attribution")
    label: str
    start: int
    end: int
    text: str


class Mention(_Open):
    """One report of an event: the contract event of one sentence of one article, with its
    source and the sentence text."""

    mention_id: str
    article_id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    plover: PloverOut
    acled: AcledOut | None = None
    status: str
    hedged: bool = False
    trigger: SpanOut
    sentence: SentenceRange = Field(description="the sentence's offsets in the article text")
    sentence_text: str = Field(description="the evidence sentence")
    actors: list[ActorOut] = []
    location: PlaceOut | None = None
    date: WhenOut | None = None
    counts: dict[str, CountOut] = {}
    attribution: SpanOut | None = None
    confidence: float | None = None
    highlights: list[Highlight] = Field(
        default=[], description="the mention's spans, offsets relative to sentence_text")


class EventDetail(EventSummary):
    mentions: list[Mention] = []  # type: ignore[assignment]


class ArticleOut(_Open):
    article_id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    published_origin: str | None = None
    published_confidence: str | None = None
    from_html: bool = False
    num_mentions: int = 0
    mentions: list[Mention] = []


class CountRow(BaseModel):
    key: str
    count: int


class DayCategoryRow(BaseModel):
    key: str = Field(description="start date, YYYY-MM-DD")
    category: str = Field(description="PLOVER category")
    count: int


class PlacePoint(BaseModel):
    name: str
    country: str | None = None
    lat: float
    lon: float
    count: int
    by_category: dict[str, int]


class StatsOut(BaseModel):
    total_events: int = Field(description="events matching the filters")
    total_articles: int | None = Field(default=None, description="articles in the database")
    total_mentions: int | None = Field(default=None, description="event mentions in the database")
    by_day: list[CountRow] = Field(description="events per start date (YYYY-MM-DD)")
    by_country: list[CountRow]
    by_category: list[CountRow]
    by_acled_type: list[CountRow]
    by_day_category: list[DayCategoryRow] = Field(default=[], description="events per start date and category")
    places: list[PlacePoint] = Field(description="events with coordinates, grouped by place")


class IngestDocResult(BaseModel):
    id: str | None
    stored: bool
    events: int
    error: ErrorOut | None = None


class IngestOut(BaseModel):
    received: int
    stored: int
    results: list[IngestDocResult]


class ProblemOut(BaseModel):
    """Every error response: a message, and details for validation errors."""

    detail: str | list[dict[str, Any]]


class HealthOut(BaseModel):
    status: str
    version: str

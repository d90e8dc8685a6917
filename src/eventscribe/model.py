"""The data model, in one place.

Everything the pipeline passes between stages is defined here. The JSON shape of
each class is the extraction contract (``shared/CONTRACT.md``, v1); ``to_dict``
produces it and ``from_dict`` reads it back. Fields that are internal to the
pipeline (token indices into the spaCy ``Doc``) are excluded from ``to_dict``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# --- vocabularies -----------------------------------------------------------------

PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
        "withhold", "misinformation", "cyber",
    ),
    "ASSAULT": (
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
        "unconventional",
    ),
}
PLOVER_EVENTS: tuple[str, ...] = tuple(PLOVER_MODES)

ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
ACLED_SUB_TO_TYPE: dict[str, str] = {s: t for t, subs in ACLED_TYPES.items() for s in subs}

SECTORS: tuple[str, ...] = (
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
)
STATUSES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future")
COUNT_KINDS: tuple[str, ...] = ("killed", "injured", "arrested", "participants")
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "at_most", "range", "vague")
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "season", "year")


# --- spans and arguments ----------------------------------------------------------


@dataclass(kw_only=True)
class Span:
    """A stretch of the analysed text; ``text == doc_text[start:end]`` (code points)."""

    text: str
    start: int
    end: int

    def span_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    def to_dict(self) -> dict[str, Any]:
        return self.span_dict()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(text=d["text"], start=d["start"], end=d["end"])


@dataclass(kw_only=True)
class Actor(Span):
    role: str  # "actor" | "recipient"
    name: str
    sector: str | None = None
    country: str | None = None
    # True when no grammatical rule gave the role and a search of the clauses below the
    # trigger found it: a guess for a reader to check, right about three times in five.
    inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {**self.span_dict(), "role": self.role, "name": self.name,
                "sector": self.sector, "country": self.country, "inferred": self.inferred}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(text=d["text"], start=d["start"], end=d["end"], role=d["role"], name=d["name"],
                   sector=d.get("sector"), country=d.get("country"),
                   inferred=bool(d.get("inferred", False)))


@dataclass(kw_only=True)
class Place(Span):
    name: str
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: int = 3  # ACLED geo precision: 1 town, 2 part of region / near town, 3 region or country

    def to_dict(self) -> dict[str, Any]:
        return {**self.span_dict(), "name": self.name, "admin1": self.admin1, "country": self.country,
                "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid,
                "precision": self.precision}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(text=d["text"], start=d["start"], end=d["end"], name=d["name"],
                   admin1=d.get("admin1"), country=d.get("country"), lat=d.get("lat"),
                   lon=d.get("lon"), geonameid=d.get("geonameid"), precision=d.get("precision", 3))


@dataclass(kw_only=True)
class When:
    """When an event took place. The span fields are None when the date was inherited."""

    text: str | None
    start: int | None
    end: int | None
    start_date: dt.date
    end_date: dt.date
    precision: str  # day | week | month | season | year
    origin: str  # text | context | published

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "start_date": self.start_date.isoformat(), "end_date": self.end_date.isoformat(),
                "precision": self.precision, "origin": self.origin}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> When:
        return cls(text=d.get("text"), start=d.get("start"), end=d.get("end"),
                   start_date=dt.date.fromisoformat(d["start_date"]),
                   end_date=dt.date.fromisoformat(d["end_date"]),
                   precision=d["precision"], origin=d["origin"])


# How far apart two dated mentions may still tell one episode: "the 1956 protests" and
# "another uprising in 1961" are two. Generous, as a misread weekday or a date the sentence
# gives for something else should not split one protest.
EPISODE_DAYS = dt.timedelta(days=183)


def may_coincide(a: When | None, b: When | None, slack: dt.timedelta = dt.timedelta(0),
                 origins: tuple[str, ...] = ("text",)) -> bool:
    """Whether two events may fall at one time: not when both have dates of ``origins`` (by
    default only dates their sentences state) that are more than ``slack`` apart ("rallies in
    1956 ... another uprising in 1961")."""
    if a is None or b is None or a.origin not in origins or b.origin not in origins:
        return True
    return a.start_date <= b.end_date + slack and b.start_date <= a.end_date + slack


@dataclass(kw_only=True)
class Count(Span):
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"

    def to_dict(self) -> dict[str, Any]:
        return {**self.span_dict(), "value": self.value, "low": self.low, "high": self.high,
                "qualifier": self.qualifier}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Count:
        return cls(text=d["text"], start=d["start"], end=d["end"], value=d["value"],
                   low=d.get("low"), high=d.get("high"), qualifier=d.get("qualifier", "exact"))


@dataclass(kw_only=True)
class Acled:
    event_type: str
    sub_event_type: str

    def to_dict(self) -> dict[str, Any]:
        return {"event_type": self.event_type, "sub_event_type": self.sub_event_type}


# --- events -----------------------------------------------------------------------


@dataclass(kw_only=True)
class Event:
    """One event mention: what one sentence of one document says happened."""

    id: str
    event: str  # PLOVER category
    mode: str | None
    trigger: Span
    sentence_start: int
    sentence_end: int
    status: str = "asserted"
    hedged: bool = False
    acled: Acled | None = None
    actors: list[Actor] = field(default_factory=list)
    location: Place | None = None
    date: When | None = None
    counts: dict[str, Count] = field(default_factory=dict)
    attribution: Span | None = None
    confidence: float = 0.5
    # Internal: token indices into the spaCy Doc (trigger head token, sentence token range).
    # Not part of the contract output.
    token_i: int = -1
    sent_token_start: int = -1
    sent_token_end: int = -1
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "plover": {"event": self.event, "mode": self.mode},
            "acled": self.acled.to_dict() if self.acled else None,
            "status": self.status,
            "hedged": self.hedged,
            "trigger": self.trigger.to_dict(),
            "sentence": {"start": self.sentence_start, "end": self.sentence_end},
            "actors": [a.to_dict() for a in self.actors],
            "location": self.location.to_dict() if self.location else None,
            "date": self.date.to_dict() if self.date else None,
            "counts": {k: c.to_dict() for k, c in self.counts.items()},
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "confidence": round(float(self.confidence), 3),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        acled = d.get("acled")
        return cls(
            id=d["id"], event=d["plover"]["event"], mode=d["plover"].get("mode"),
            trigger=Span.from_dict(d["trigger"]),
            sentence_start=d["sentence"]["start"], sentence_end=d["sentence"]["end"],
            status=d.get("status", "asserted"), hedged=bool(d.get("hedged", False)),
            acled=Acled(**acled) if acled else None,
            actors=[Actor.from_dict(a) for a in d.get("actors") or []],
            location=Place.from_dict(d["location"]) if d.get("location") else None,
            date=When.from_dict(d["date"]) if d.get("date") else None,
            counts={k: Count.from_dict(v) for k, v in (d.get("counts") or {}).items()},
            attribution=Span.from_dict(d["attribution"]) if d.get("attribution") else None,
            confidence=float(d.get("confidence", 0.5)),
        )


# --- documents --------------------------------------------------------------------


@dataclass(kw_only=True)
class Published:
    date: dt.date | None
    origin: str  # input | html-meta | url | text | none
    confidence: str  # high | low

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.isoformat() if self.date else None, "origin": self.origin,
                "confidence": self.confidence}


@dataclass(kw_only=True)
class Document:
    """An input document after ingest: the text to analyse and its metadata."""

    id: str
    text: str
    from_html: bool = False
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: Published = field(default_factory=lambda: Published(date=None, origin="none",
                                                                      confidence="low"))


@dataclass(kw_only=True)
class ErrorInfo:
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


@dataclass(kw_only=True)
class Result:
    """The contract's output document for one input document."""

    id: str | None
    document: Document | None = None
    events: list[Event] = field(default_factory=list)
    error: ErrorInfo | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        doc = self.document
        if doc is not None and doc.from_html:
            out["text"] = doc.text
        if doc is not None:
            out["published"] = doc.published.to_dict()
        else:
            out["published"] = Published(date=None, origin="none", confidence="low").to_dict()
        if doc is not None:
            for key in ("title", "source", "url"):
                value = getattr(doc, key)
                if value is not None:
                    out[key] = value
        out["events"] = [e.to_dict() for e in self.events]
        out["error"] = self.error.to_dict() if self.error else None
        return out


# --- cross-document events (resolution) ---------------------------------------------


@dataclass(kw_only=True)
class MentionRef:
    """A stored event mention as the resolution stage sees it."""

    mention_id: str  # the contract event id, "<doc id>:<n>"
    article_id: str
    source: str | None
    published: dt.date | None
    event: Event
    seq: int = 0  # insertion order in the store; earlier mentions anchor stable event ids


@dataclass(kw_only=True)
class MergedEvent:
    """One real-world event: the merged mentions of it across articles."""

    event_id: str
    event: str
    mode: str | None
    acled: Acled | None
    date: When | None
    location: Place | None
    actors: list[Actor]
    counts: dict[str, Count]
    status: str
    mentions: list[MentionRef]
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    consensus_counts: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def num_mentions(self) -> int:
        return len(self.mentions)

    @property
    def num_articles(self) -> int:
        return len({m.article_id for m in self.mentions})

    @property
    def num_sources(self) -> int:
        return len({m.source or m.article_id for m in self.mentions})


@dataclass(kw_only=True)
class Context:
    """What the in-document stages share about one parsed text besides its parse.

    ``text`` is the parsed text: the whole document, or one chunk of a long one
    (offsets of stage output are relative to it; the pipeline shifts them).
    """

    doc_id: str
    text: str
    published: dt.date | None
    published_confidence: str = "low"
    title: str | None = None
    focus_country: str | None = None  # ISO alpha-3 the document is mostly about (set by places)
    dateline: Place | None = None
    # Character ranges of page furniture (breadcrumbs, captions, tickers); events there are dropped.
    skip_ranges: list[tuple[int, int]] = field(default_factory=list)
    scratch: dict[str, Any] = field(default_factory=dict)

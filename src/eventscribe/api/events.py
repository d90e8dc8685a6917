"""``/api/events``: search merged events, one event with its evidence, CSV/JSON export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import StreamingResponse

from ..model import ACLED_SUB_TO_TYPE, ACLED_TYPES, PLOVER_EVENTS, SECTORS, STATUSES
from .deps import State
from .evidence import decorate_event, with_event_fields
from .schemas import EventDetail, EventList, ProblemOut

router = APIRouter(tags=["events"])

MAX_LIMIT = 1000
EXPORT_CAP = 100_000  # events in one export


@dataclass
class EventFilters:
    """The query filters shared by the event list, the export and the stats."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None
    event: str | None = None
    acled_type: str | None = None
    sector: str | None = None
    status: str | None = None
    q: str | None = None

    def kwargs(self) -> dict[str, Any]:
        return {"date_from": self.date_from, "date_to": self.date_to, "country": self.country,
                "event": self.event, "acled_type": self.acled_type, "sector": self.sector,
                "status": self.status, "q": self.q}

    def any(self) -> bool:
        return any(v is not None for v in self.kwargs().values())


def _choice(name: str, value: str | None, allowed: tuple[str, ...] | list[str]) -> str | None:
    if value is None or value == "":
        return None
    for option in allowed:
        if option.lower() == value.lower():
            return option
    raise HTTPException(422, f"unknown {name} {value!r}; expected one of: {', '.join(allowed)}")


def event_filters(
    date_from: Annotated[dt.date | None, Query(alias="from", description="events on or after (YYYY-MM-DD)")] = None,
    date_to: Annotated[dt.date | None, Query(alias="to", description="events on or before (YYYY-MM-DD)")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3 code of the event's place",
                                         max_length=3)] = None,
    event: Annotated[str | None, Query(description="PLOVER event category, e.g. PROTEST")] = None,
    acled_type: Annotated[str | None, Query(description="ACLED event type (Riots) or sub-event type "
                                                        "(Peaceful protest)")] = None,
    sector: Annotated[str | None, Query(description="PLOVER sector code of an actor, e.g. COP")] = None,
    status: Annotated[str | None, Query(description="asserted | negated | hypothetical | future")] = None,
    q: Annotated[str | None, Query(description="full-text search over evidence sentences",
                                   max_length=200)] = None,
) -> EventFilters:
    if country:
        if len(country) != 3 or not country.isalpha():
            raise HTTPException(422, f"country must be an ISO 3166-1 alpha-3 code, got {country!r}")
        country = country.upper()
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, "'from' is after 'to'")
    return EventFilters(
        date_from=date_from, date_to=date_to, country=country or None,
        event=_choice("event", event, PLOVER_EVENTS),
        acled_type=_choice("acled_type", acled_type, [*ACLED_TYPES, *ACLED_SUB_TO_TYPE]),
        sector=_choice("sector", sector, SECTORS),
        status=_choice("status", status, STATUSES),
        q=(q or "").strip() or None,
    )


Filters = Annotated[EventFilters, Depends(event_filters)]


@router.get("/events", response_model=EventList, responses={422: {"model": ProblemOut}})
def list_events(
    state: State,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size (max 1000)")] = 100,
    offset: Annotated[int, Query(ge=0, description="events to skip")] = 0,
) -> dict[str, Any]:
    """Merged events matching the filters, newest first, with the total count."""
    items, total = state.store.query_events(**filters.kwargs(), limit=limit, offset=offset)
    return {"items": [with_event_fields(ev) for ev in items], "total": total, "limit": limit,
            "offset": offset}


def iter_events(store: Any, filters: EventFilters, cap: int = EXPORT_CAP) -> Iterator[dict[str, Any]]:
    """Every event matching ``filters`` (up to ``cap``), in the order of the event list."""
    for n, ev in enumerate(store.iter_event_rows(**filters.kwargs())):
        if n >= cap:
            return
        yield with_event_fields(ev)


CSV_COLUMNS = ["event_id", "date", "date_end", "date_precision", "event", "mode", "acled_event_type",
               "acled_sub_event_type", "status", "country", "admin1", "location", "lat", "lon",
               "actors", "recipients", "killed", "injured", "arrested", "participants",
               "num_mentions", "num_articles", "num_sources"]


def _safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in untrusted text (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_row(ev: dict[str, Any]) -> list[Any]:
    date = ev.get("date") or {}
    loc = ev.get("location") or {}
    acled = ev.get("acled") or {}
    counts = ev.get("counts") or {}
    actors = ev.get("actors") or []

    def names(role: str) -> str:
        return "; ".join(str(a.get("name") or a.get("text") or "") for a in actors if a.get("role") == role)

    def count(kind: str) -> Any:
        c = counts.get(kind)
        return c.get("value") if isinstance(c, dict) else c

    plover = ev.get("plover") or {}
    row = [ev.get("event_id"), date.get("start_date"), date.get("end_date"), date.get("precision"),
           plover.get("event"), plover.get("mode"), acled.get("event_type"), acled.get("sub_event_type"),
           ev.get("status"), loc.get("country"), loc.get("admin1"), loc.get("name"), loc.get("lat"),
           loc.get("lon"), names("actor"), names("recipient"), count("killed"), count("injured"),
           count("arrested"), count("participants"), ev.get("num_mentions"), ev.get("num_articles"),
           ev.get("num_sources")]
    return [_safe_cell(v) for v in row]


@router.get("/events.csv", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}}, "description": "one row per event"},
                       422: {"model": ProblemOut}})
def export_csv(state: State, filters: Filters) -> StreamingResponse:
    """Every event matching the filters as CSV (one row per event, up to 100,000)."""

    def rows() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(CSV_COLUMNS)
        for ev in iter_events(state.store, filters):
            writer.writerow(csv_row(ev))
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue()

    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/events.json", response_class=StreamingResponse,
            responses={200: {"content": {"application/json": {}},
                             "description": "a JSON array of events, as in GET /api/events"},
                       422: {"model": ProblemOut}})
def export_json(state: State, filters: Filters) -> StreamingResponse:
    """Every event matching the filters as one JSON array (up to 100,000)."""

    def chunks() -> Iterator[str]:
        yield "["
        for n, ev in enumerate(iter_events(state.store, filters)):
            yield ("," if n else "") + json.dumps(ev, ensure_ascii=False, default=str)
        yield "]\n"

    return StreamingResponse(chunks(), media_type="application/json",
                             headers={"Content-Disposition": 'attachment; filename="events.json"'})


@router.get("/events/{event_id:path}", response_model=EventDetail,
            responses={404: {"model": ProblemOut}})
def get_event(state: State, event_id: str) -> dict[str, Any]:
    """One merged event with every mention: its sentence, highlighted spans, source,
    attribution, and where the sources disagree."""
    ev = state.store.get_event(event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return decorate_event(ev)

"""``/api/stats``: counts by day, country, category, ACLED type and place, under the filters.

The dashboard's timeline and map are drawn from this. Totals and the per-day/country/
category counts come from ``Store.stats``; the per-place counts (for the map's circles)
and per day and category (for the timeline's stacked bars) are grouped queries here against
the store's ``events`` table, with the store's own filter conditions (``Store.conditions``)
so they always agree with ``/api/events``.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter

from ..store.schema import events
from .deps import State
from .events import EventFilters, Filters
from .schemas import ProblemOut, StatsOut

router = APIRouter(tags=["stats"])


def _rows(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    return [{"key": str(r[key]), "count": int(r["count"])} for r in rows if r.get(key) is not None]


def places(store: Any, filters: EventFilters) -> list[dict[str, Any]]:
    """Events with coordinates grouped by place, with a count per PLOVER category."""
    rows = store.place_counts(**filters.kwargs())
    return [{"name": r["name"] or "", "country": r["country"], "lat": r["lat"], "lon": r["lon"],
             "count": r["count"], "by_category": r["by_event"]} for r in rows]


def day_categories(store: Any, filters: EventFilters) -> list[dict[str, Any]]:
    """Events per start date and PLOVER category (the timeline's stacked bars)."""
    t = events
    conds = store.conditions(t, **filters.kwargs())
    q = (sa.select(t.c.start_date, t.c.plover_event, sa.func.count().label("n"))
         .where(*conds, t.c.start_date.is_not(None))
         .group_by(t.c.start_date, t.c.plover_event)
         .order_by(t.c.start_date, t.c.plover_event))
    with store.engine.connect() as conn:
        return [{"key": str(r.start_date)[:10], "category": r.plover_event, "count": int(r.n)}
                for r in conn.execute(q)]


@router.get("/stats", response_model=StatsOut, responses={422: {"model": ProblemOut}})
def get_stats(state: State, filters: Filters) -> dict[str, Any]:
    """Event counts by day, country, PLOVER category, ACLED type and place.

    Takes the same filters as ``GET /api/events``; ``total_events`` is the number of events
    matching them, ``total_articles``/``total_mentions`` are database totals.
    """
    s = state.store.stats(**filters.kwargs())
    return {
        "total_events": int(s.get("matching", 0)),
        "total_articles": s.get("articles"),
        "total_mentions": s.get("mentions"),
        "by_day": _rows(s.get("by_day", []), "date"),
        "by_country": _rows(s.get("by_country", []), "country"),
        "by_category": _rows(s.get("by_category", []), "event"),
        "by_acled_type": _rows(s.get("by_acled", []), "acled_type"),
        "by_day_category": day_categories(state.store, filters),
        "places": places(state.store, filters),
    }

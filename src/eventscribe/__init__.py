"""eventscribe: political events from news articles, typed in PLOVER and ACLED, traceable to text."""

from __future__ import annotations

from .model import (
    Actor,
    Count,
    Document,
    Event,
    MergedEvent,
    Place,
    Published,
    Result,
    Span,
    When,
)
from .pipeline import Pipeline, extract

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Count",
    "Document",
    "Event",
    "MergedEvent",
    "Pipeline",
    "Place",
    "Published",
    "Result",
    "Span",
    "When",
    "extract",
    "__version__",
]

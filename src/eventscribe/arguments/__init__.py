"""Arguments: who, to whom, where, when, how many, and whether it happened, per event."""

from __future__ import annotations

from spacy.tokens import Doc

from .. import gazetteer as gz
from ..model import Context, Event
from ..timex import southern_seasons
from .actors import attach_actors
from .counts import attach_counts
from .dates import attach_dates
from .modality import attach_modality
from .places import attach_places, story_country

__all__ = ["attach_arguments"]


def attach_arguments(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    """Run the argument extractors in dependency order (dates tell places which events are
    one episode; places set the document's focus country)."""
    events = attach_modality(doc, events, ctx)
    # (the story's country says which hemisphere its seasons are: "the winter of 1981" in
    # New Zealand is June to August)
    with southern_seasons(gz.is_southern(story_country(doc, ctx))):
        events = attach_dates(doc, events, ctx)
    events = attach_places(doc, events, ctx)
    events = attach_actors(doc, events, ctx)
    events = attach_counts(doc, events, ctx)
    return events

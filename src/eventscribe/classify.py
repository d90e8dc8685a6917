"""Classify: refine PLOVER types with the event's arguments and map them to ACLED.

Provisional minimal version; the data-driven mapping replaces it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .model import Acled, Context, Event


def classify(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    for ev in events:
        if ev.event == "PROTEST":
            ev.acled = Acled(event_type="Protests", sub_event_type="Peaceful protest")
        elif ev.event == "COERCE" and ev.mode == "arrest":
            ev.acled = Acled(event_type="Strategic developments", sub_event_type="Arrests")
    return events

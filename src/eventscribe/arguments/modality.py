"""Arguments: modality. Provisional minimal version; replaced by the full extractor."""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Context, Event


def attach_modality(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    return events

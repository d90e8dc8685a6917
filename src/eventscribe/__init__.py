"""eventscribe: political events from news articles, typed in PLOVER and ACLED, traceable to text.

The public names load lazily, so that `import eventscribe` (and commands that only read a
database) do not pay for importing spaCy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Actor": "model",
    "Count": "model",
    "Document": "model",
    "Event": "model",
    "MergedEvent": "model",
    "Place": "model",
    "Published": "model",
    "Result": "model",
    "Span": "model",
    "When": "model",
    "Pipeline": "pipeline",
    "extract": "pipeline",
    "Store": "store",
}

__all__ = [
    "Actor", "Count", "Document", "Event", "MergedEvent", "Pipeline", "Place", "Published",
    "Result", "Span", "Store", "When", "__version__", "extract",
]

if TYPE_CHECKING:
    from .model import Actor, Count, Document, Event, MergedEvent, Place, Published, Result, Span, When
    from .pipeline import Pipeline, extract
    from .store import Store


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'eventscribe' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

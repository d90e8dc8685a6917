"""Evaluation: score the extractor against gold sets (``eventscribe eval``).

Scoring is separate from extraction: :func:`score` takes gold records and contract output
dicts and is pure, so its definitions are tested on hand-made pairs without spaCy. The
metric definitions and the native gold format are documented in docs/eval.md.

Example::

    from eventscribe.evaluate import evaluate_file
    figures = evaluate_file("gold/eventscribe-gold.jsonl")
    print(figures["shapes"]["native"]["event"]["accuracy"])
"""

from __future__ import annotations

from .markup import MarkupError, build_gold, parse_gold_source
from .metrics import PRF, Accuracy, Confusion, country_code, haversine_km, norm_name, size_category
from .runner import (
    REPORT_FORMAT,
    GoldError,
    build_report,
    evaluate_file,
    format_markdown,
    format_text,
    load_gold,
    load_predictions,
    predict,
    sample,
)
from .scorers import SHAPES, gold_shape, match_events, score, worst_misses

__all__ = [
    "PRF", "Accuracy", "Confusion", "GoldError", "MarkupError", "REPORT_FORMAT", "SHAPES",
    "build_gold", "build_report", "country_code", "evaluate_file", "format_markdown", "format_text", "gold_shape",
    "haversine_km", "load_gold", "load_predictions", "match_events", "norm_name",
    "parse_gold_source", "predict", "sample", "score", "size_category", "worst_misses",
]

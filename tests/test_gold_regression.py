"""Regression gate: the extractor's figures on the project's own gold set must not drop.

The floors sit a few points under the figures measured when they were last raised
(docs/eval.md has the table). When a change raises a figure, raise its floor; a change that
lowers one below its floor fails here. Run the same figures by hand with

    eventscribe eval gold/eventscribe-gold.jsonl --errors 20
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventscribe.evaluate import evaluate_file

GOLD = Path(__file__).resolve().parent.parent / "gold" / "eventscribe-gold.jsonl"

# figure path in the native figures -> floor (measured 2026-11-25 15:10 UTC, see docs/eval.md)
FLOORS: dict[str, float] = {
    "detection.f1": 0.88,
    "detection.precision": 0.88,
    "detection.recall": 0.88,
    "event.accuracy": 0.83,
    "event.accuracy_matched": 0.90,
    "event.macro_f1": 0.79,
    "mode.accuracy": 0.79,
    "acled_event_type.accuracy": 0.79,
    "acled_sub_event.weighted_f1": 0.65,
    "actor_found.accuracy": 0.87,
    "actor_sector.accuracy": 0.82,
    "actor_country.accuracy": 0.76,
    "place_name.accuracy": 0.86,
    "place_country.accuracy": 0.86,
    "place_within_25km.accuracy": 0.91,
    "date_day.accuracy": 0.89,
    "date_month.accuracy": 0.96,
    "date_precision.accuracy": 0.96,
    "counts_exact.all.accuracy": 0.95,
    "counts_qualifier.accuracy": 0.90,
    "participants_category.accuracy": 0.86,
    "status.accuracy": 0.92,
    "hedged.accuracy": 0.94,
    "attribution.accuracy": 0.90,
}


@pytest.fixture(scope="module")
def figures(pipeline: Any) -> dict[str, Any]:
    report = evaluate_file(GOLD, pipeline=pipeline)
    return dict(report["shapes"]["native"])


def _get(figures: dict[str, Any], path: str) -> float:
    value: Any = figures
    for key in path.split("."):
        value = value[key]
    return float(value or 0.0)


@pytest.mark.parametrize("path", sorted(FLOORS))
def test_gold_figure_at_least_floor(figures: dict[str, Any], path: str) -> None:
    value = _get(figures, path)
    assert value >= FLOORS[path], f"{path} fell to {value:.3f} (floor {FLOORS[path]:.2f})"


def test_every_gold_document_scored(figures: dict[str, Any]) -> None:
    assert figures["docs"] >= 150
    assert figures["detection"]["support"] >= 200

"""Pure metric helpers: counters for accuracy and P/R/F1, confusion matrices, name matching.

Nothing here touches spaCy or the pipeline, so the scorer's definitions can be tested on tiny
hand-made gold/prediction pairs.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import tomllib

from ..gazetteer import distance_km


def _ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


@dataclass
class Accuracy:
    """Share of scored items that are right; ``n`` counts the scored items."""

    correct: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.n += 1
        self.correct += int(bool(ok))

    @property
    def value(self) -> float | None:
        return _ratio(self.correct, self.n)

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.value, "correct": self.correct, "n": self.n}


@dataclass
class PRF:
    """Precision, recall and F1 from true positive, false positive and false negative counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: bool, gold: bool) -> None:
        if predicted and gold:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        # F1 is 0 (not undefined) when there is gold or prediction but no overlap.
        den = 2 * self.tp + self.fp + self.fn
        return _ratio(2 * self.tp, den)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support}


def macro_f1(prfs: Iterable[PRF]) -> float | None:
    """Unweighted mean of the labels' F1; labels with no gold and no prediction are left out."""
    values = [p.f1 for p in prfs if p.f1 is not None]
    return round(sum(values) / len(values), 4) if values else None


@dataclass
class Confusion:
    """Single-label classification: gold label vs predicted label per item.

    ``none_label`` marks "no prediction" (or "no gold label"); it is a column/row of the
    matrix but never a class of its own in the per-class figures.
    """

    none_label: str = "NONE"
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: str | None, predicted: str | None) -> None:
        self.pairs[(gold or self.none_label, predicted or self.none_label)] += 1

    def labels(self) -> list[str]:
        seen = {g for g, _ in self.pairs} | {p for _, p in self.pairs}
        seen.discard(self.none_label)
        return sorted(seen)

    def per_class(self) -> dict[str, PRF]:
        out: dict[str, PRF] = {}
        for label in self.labels():
            prf = PRF()
            for (g, p), n in self.pairs.items():
                if g == label and p == label:
                    prf.tp += n
                elif p == label:
                    prf.fp += n
                elif g == label:
                    prf.fn += n
            out[label] = prf
        return out

    @property
    def n(self) -> int:
        """Items with a gold label."""
        return sum(n for (g, _), n in self.pairs.items() if g != self.none_label)

    def accuracy(self) -> float | None:
        right = sum(n for (g, p), n in self.pairs.items() if g == p and g != self.none_label)
        return _ratio(right, self.n)

    def weighted_f1(self) -> float | None:
        """Mean of the gold classes' F1 weighted by their gold support (as scikit-learn)."""
        per = self.per_class()
        total = sum(p.support for p in per.values())
        if not total:
            return None
        return round(sum((p.f1 or 0.0) * p.support for p in per.values()) / total, 4)

    def matrix(self) -> dict[str, dict[str, int]]:
        """``matrix[gold][predicted] = count`` (only non-zero cells)."""
        out: dict[str, dict[str, int]] = {}
        for (g, p), n in sorted(self.pairs.items()):
            out.setdefault(g, {})[p] = n
        return out

    def to_dict(self) -> dict[str, Any]:
        per = self.per_class()
        return {
            "accuracy": self.accuracy(), "n": self.n,
            "macro_f1": macro_f1(p for p in per.values() if p.support),
            "weighted_f1": self.weighted_f1(),
            "per_class": {k: v.to_dict() for k, v in per.items()},
            "confusion": self.matrix(),
        }


# --- names, places, countries ------------------------------------------------------

_NON_WORD = re.compile(r"[^a-z0-9]+")


def norm_name(name: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form: "Port-au-Prince" == "port au prince"."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"^(the|el|al)\s+", "", text.strip())
    return _NON_WORD.sub(" ", text).strip()


haversine_km = distance_km  # the evaluation's name for the gazetteer's distance


@functools.lru_cache(maxsize=1)
def eval_data() -> dict[str, Any]:
    """The evaluation's own data file (mode aliases, country aliases, size bins)."""
    with resources.files("eventscribe.data").joinpath("eval.toml").open("rb") as fh:
        return tomllib.load(fh)


@functools.lru_cache(maxsize=1)
def _country_aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    # The gazetteer's aliases first (read only), so eval and extraction agree; ours on top.
    try:
        with resources.files("eventscribe.data").joinpath("places_extra.toml").open("rb") as fh:
            extra = tomllib.load(fh).get("country_aliases", {})
    except (FileNotFoundError, tomllib.TOMLDecodeError):
        extra = {}
    for table in (extra, eval_data().get("country_aliases", {})):
        for code, names in table.items():
            if isinstance(names, list):
                for name in names:
                    out[norm_name(name)] = code
    return out


@functools.lru_cache(maxsize=4096)
def country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-3 for a country name or code (None when unknown)."""
    if not name:
        return None
    key = norm_name(name)
    if key in _country_aliases():
        return _country_aliases()[key]
    import pycountry

    try:
        return str(pycountry.countries.lookup(name.strip()).alpha_3)
    except LookupError:
        pass
    try:
        found = pycountry.countries.search_fuzzy(name.strip())
    except LookupError:
        return None
    return str(found[0].alpha_3) if found else None


# --- counts -------------------------------------------------------------------------

def size_category(value: int | None) -> str | None:
    """Mass Mobilization participant category of a head count (None below 50 or unknown)."""
    if value is None:
        return None
    for row in eval_data()["participant_categories"]:
        low, high = row["low"], row.get("high")
        if value >= low and (high is None or value <= high):
            return str(row["label"])
    return None

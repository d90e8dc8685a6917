"""Running the extractor over gold files and reporting the figures."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import PLOVER_MODES
from .scorers import Prediction, Record, score, worst_misses

if TYPE_CHECKING:
    from ..pipeline import Pipeline

REPORT_FORMAT = "eventscribe-eval/1"
# The contract's input fields: the extractor sees these and nothing of the gold.
INPUT_FIELDS = ("id", "text", "html", "title", "source", "url", "published")


class GoldError(ValueError):
    """An unreadable gold file."""


def load_gold(path: str | Path) -> list[Record]:
    """Read a gold JSONL file (blank lines skipped)."""
    records: list[Record] = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{path}:{n}: not JSON: {exc}") from exc
                if not isinstance(record, dict) or "id" not in record:
                    raise GoldError(f"{path}:{n}: a gold record is an object with an id")
                problem = check_native(record)
                if problem:
                    raise GoldError(f"{path}:{n}: {problem}")
                records.append(record)
    except OSError as exc:
        raise GoldError(f"{path}: {exc.strerror or exc}") from exc
    return records


def check_native(record: Record) -> str | None:
    """What is wrong with a native gold record (None when it is usable or not native)."""
    gold = record.get("gold")
    if not isinstance(gold, dict) or "events" not in gold:
        return None
    text = record.get("text")
    if not isinstance(text, str) or not isinstance(gold["events"], list):
        return "native gold needs a text and a list of events"
    for i, ev in enumerate(gold["events"]):
        if not isinstance(ev, dict) or ev.get("event") not in PLOVER_MODES:
            return f"event {i}: 'event' must be a PLOVER category"
        trigger = ev.get("trigger") or {}
        try:
            ok = text[trigger["start"]:trigger["end"]] == trigger["text"]
        except (KeyError, TypeError):
            ok = False
        if not ok:
            return f"event {i}: trigger must be {{text, start, end}} with text == record text[start:end]"
    return None


def sample(records: Sequence[Record], limit: int | None) -> list[Record]:
    """``limit`` records spread evenly over the file (files are often sorted by label)."""
    if not limit or limit >= len(records):
        return list(records)
    step = len(records) / limit
    return [records[int(i * step)] for i in range(limit)]


def contract_input(record: Record) -> dict[str, Any]:
    out = {k: record[k] for k in INPUT_FIELDS if record.get(k) is not None}
    out["id"] = str(record["id"])
    return out


def predict(records: Sequence[Record], pipeline: Pipeline, progress: bool = False
            ) -> Iterator[Prediction]:
    """Contract output dicts for the records, in order (a count on standard error if ``progress``)."""
    import sys
    import time

    from ..ingest import parse_record

    items = (parse_record(contract_input(r)) for r in records)
    started = time.monotonic()
    for n, result in enumerate(pipeline.process(items), start=1):
        if progress and (n % 100 == 0 or n == len(records)):
            rate = n / max(time.monotonic() - started, 1e-6)
            print(f"  {n}/{len(records)} documents ({rate:.1f}/s)", file=sys.stderr, flush=True)
        yield result.to_dict()


def load_predictions(path: str | Path) -> dict[str, Prediction]:
    """Saved ``eventscribe extract`` output, by document id."""
    out: dict[str, Prediction] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                pred = json.loads(line)
                if pred.get("id") is not None:
                    out[str(pred["id"])] = pred
    return out


def evaluate_file(path: str | Path, *, pipeline: Pipeline | None = None,
                  predictions: dict[str, Prediction] | None = None,
                  limit: int | None = None, progress: bool = False) -> dict[str, Any]:
    """Figures for one gold file: run the pipeline (or use saved predictions) and score."""
    everything = load_gold(path)
    records = sample(everything, limit)
    if predictions is not None:
        preds: list[Prediction] | dict[str, Prediction] = predictions
    else:
        if pipeline is None:
            from ..pipeline import Pipeline

            pipeline = Pipeline()
        preds = list(predict(records, pipeline, progress=progress))
    scored = score(records, preds)
    return {"path": str(path), "name": Path(path).stem, "docs": len(records), "total": len(everything),
            "limit": limit,
            "skipped": scored["skipped"], "shapes": scored["shapes"], "misses": scored["misses"]}


def build_report(datasets: list[dict[str, Any]], errors: int = 0) -> dict[str, Any]:
    """The ``--json`` document (structure documented in docs/eval.md)."""
    report: dict[str, Any] = {
        "format": REPORT_FORMAT,
        "created": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "datasets": [{k: v for k, v in d.items() if k != "misses"} for d in datasets],
    }
    if errors:
        report["errors"] = {d["name"]: worst_misses(d["misses"], errors) for d in datasets}
    return report


# --- text report ------------------------------------------------------------------------

def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def headline(shape: str, f: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(figure, value, n) rows: the figures shown in the summary table for a shape."""
    def acc(key: str, label: str | None = None, d: dict[str, Any] | None = None) -> tuple[str, Any, Any]:
        item = (d or f)[key]
        return (label or key, item["accuracy"], item["n"])

    if shape == "plover-gsr":
        return [("event accuracy", f["event"]["accuracy"], f["event"]["n"]),
                ("event macro F1", f["event"]["macro_f1"], f["event"]["n"]),
                acc("mode"), acc("mode_given_event"),
                acc("all", "actor sector", f["actor_sector"]),
                acc("source", "source sector", f["actor_sector"]),
                acc("target", "target sector", f["actor_sector"]),
                acc("all", "actor country", f["actor_country"]),
                acc("place_name", "place name")]
    if shape == "glocon":
        p = f["protest"]
        return [("protest precision", p["precision"], p["tp"] + p["fp"]),
                ("protest recall", p["recall"], p["support"]),
                ("protest F1", p["f1"], f["docs"]), ("protest accuracy", p["accuracy"], f["docs"]),
                ("protest-or-violence F1 (info)", f["protest_or_violence"]["f1"], f["docs"])]
    if shape == "mass-mobilization":
        sr = f["state_responses"]
        rows = [acc("protest_detected", "protest detected"), acc("country"),
                acc("place_exact", "place exact"), acc("place_national", "place national"),
                acc("start_date_day", "start date day"), acc("start_date_month", "start date month"),
                acc("participants_category", "participant category"),
                *([acc("participants_category_unstated_floor", "  unstated size = 50-99 (MM's floor)")]
                  if "participants_category_unstated_floor" in f else []),
                ("state responses macro F1", sr["macro_f1"], f["docs"])]
        rows += [(f"  {k} F1", v["f1"], v["support"]) for k, v in sr["per_label"].items()]
        if "ceiling_country_named" in f:
            rows += [acc("ceiling_country_named", "ceiling: country named in text"),
                     acc("ceiling_place_named", "ceiling: place named in text")]
        return rows
    if shape == "india-police":
        rows = [("macro F1 (KILL/ARREST/FORCE)", f["macro_f1"], f["sentences"])]
        rows += [(f"  {k} P/R/F1", f"{_fmt(v['precision'])}/{_fmt(v['recall'])}/{_fmt(v['f1'])}",
                  v["support"]) for k, v in f["labels"].items()]
        return rows
    if shape == "native":
        d = f["detection"]
        return [("event detection P/R/F1", f"{_fmt(d['precision'])}/{_fmt(d['recall'])}/{_fmt(d['f1'])}",
                 d["support"]),
                ("event category accuracy", f["event"]["accuracy"], f["event"]["n"]),
                ("event category (matched)", f["event"]["accuracy_matched"], d["tp"]),
                ("event macro F1", f["event"]["macro_f1"], f["event"]["n"]),
                acc("mode"), acc("acled_event_type", "ACLED event type"),
                ("ACLED sub-event weighted F1", f["acled_sub_event"]["weighted_f1"],
                 f["acled_sub_event"]["n"]),
                acc("actor_found", "actor span found"), acc("actor_sector", "actor sector"),
                acc("actor_country", "actor country"),
                acc("place_name", "place name"), acc("place_country", "place country"),
                acc("place_within_25km", "place within 25 km"),
                acc("date_day", "date exact"), acc("date_month", "date month"),
                acc("date_precision", "date precision"),
                acc("all", "counts exact", f["counts_exact"]), acc("counts_qualifier", "count qualifier"),
                acc("participants_category", "participants category"),
                acc("status"), acc("hedged"), acc("attribution")]
    return []


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                             enumerate(zip(r, widths, strict=True))) for r in rows]


def _delta(value: Any, before: Any) -> str:
    if isinstance(value, str) and isinstance(before, str):
        # "P/R/F1" triples: compare the last (F1)
        value, before = value.rsplit("/", 1)[-1], before.rsplit("/", 1)[-1]
    try:
        diff = float(value) - float(before)
    except (TypeError, ValueError):
        return ""
    return "=" if abs(diff) < 5e-4 else f"{diff:+.3f}"


def format_text(datasets: list[dict[str, Any]], errors: int = 0, details: bool = True,
                compare: dict[str, Any] | None = None) -> str:
    """The text report; with ``compare`` (an earlier ``--json`` report) a column of changes."""
    previous = {d["name"]: d for d in (compare or {}).get("datasets", [])}
    lines: list[str] = []
    for d in datasets:
        for shape, f in d["shapes"].items():
            sampled = f" of {d['total']}" if d["docs"] < d.get("total", 0) else ""
            lines.append(f"== {d['name']} ({shape}, {f['docs']} docs{sampled})")
            before_f = previous.get(d["name"], {}).get("shapes", {}).get(shape)
            before = {label: value for label, value, _n in headline(shape, before_f)} if before_f else None
            rows = [["figure", "value", "n"] + (["change"] if before is not None else [])]
            for label, value, n in headline(shape, f):
                row = [label, _fmt(value), _fmt(n)]
                if before is not None:
                    row.append(_delta(value, before.get(label)))
                rows.append(row)
            lines += _table(rows)
            if details and "event" in f and f["event"]["per_class"]:
                lines.append("  per class (P/R/F1, support):")
                rows = [["class", "P", "R", "F1", "n"]]
                rows += [[k, _fmt(v["precision"]), _fmt(v["recall"]), _fmt(v["f1"]), str(v["support"])]
                         for k, v in f["event"]["per_class"].items()]
                lines += _table(rows)
                lines += ["  confusion (rows gold, columns predicted):"]
                lines += _confusion_lines(f["event"]["confusion"])
            lines.append("")
        if d.get("skipped"):
            lines.append(f"  ({d['skipped']} records of {d['name']} have no known gold shape)")
    if errors:
        for d in datasets:
            worst = worst_misses(d["misses"], errors)
            if not worst:
                continue
            lines.append(f"== worst misses: {d['name']}")
            for m in worst:
                lines.append(f"- {m['id']} [{m['field']}] gold: {_fmt_val(m['gold'])} | "
                             f"predicted: {_fmt_val(m['predicted'])}")
                lines.append(f"    {m['sentence']}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def format_markdown(datasets: list[dict[str, Any]]) -> str:
    """The headline figures as Markdown tables, one per file and shape (for docs and reports)."""
    lines: list[str] = []
    for d in datasets:
        for shape, f in d["shapes"].items():
            sampled = f", an even sample of the file's {d['total']}" if d["docs"] < d.get("total", 0) else ""
            lines += [f"**{d['name']}** ({shape}, {f['docs']} documents{sampled})", "",
                      "| figure | value | n |", "|---|---:|---:|"]
            lines += [f"| {label.strip()} | {_fmt(value)} | {_fmt(n)} |" for label, value, n in headline(shape, f)]
            lines.append("")
    return "\n".join(lines)


def _fmt_val(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return "NONE" if value is None else str(value)


def _confusion_lines(matrix: dict[str, dict[str, int]]) -> list[str]:
    labels = sorted(set(matrix) | {p for row in matrix.values() for p in row})
    short = {lab: lab[:4] for lab in labels}
    rows = [["gold\\pred", *[short[lab] for lab in labels]]]
    for g in labels:
        if not matrix.get(g):
            continue
        rows.append([g, *[str(matrix.get(g, {}).get(p, "")) or "." for p in labels]])
    return _table(rows)

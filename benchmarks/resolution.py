"""Cross-article resolution: quality on the example report sets, and cost at scale.

Usage::

    python benchmarks/resolution.py                     # quality + 10k/50k/100k timings
    python benchmarks/resolution.py --sizes 10000 --verbose

Quality: runs the real pipeline over ``examples/reports/reports.jsonl`` (several outlets'
reports of the same events, with conflicting tolls, relative dates and near-miss
distractors), merges with ``resolve`` and scores article pairs against
``examples/reports/gold.json`` (article id → event labels; two articles belong together
when they share a label, and are predicted together when they share a merged event).

Scale: times ``resolve`` over synthetic mentions (events with 1–5 reports each, spread over
countries, towns, two years and several categories, with vague and place-less mentions
mixed in) and prints the pairwise F1 against the generator's truth too. One figure a line,
``name value``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from eventscribe.model import Actor, Count, Event, MentionRef, MergedEvent, Place, Span, When
from eventscribe.resolve import mentions_from_results, merged_to_dict, resolve

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "examples" / "reports"


def pair_scores(gold: dict[str, set[str]], events: Iterable[MergedEvent]) -> tuple[float, float, float, int, int, int]:
    """Pairwise precision/recall/F1 over unordered item pairs (items = gold keys)."""
    items = sorted(gold)
    gold_pairs = {(a, b) for a, b in itertools.combinations(items, 2) if gold[a] & gold[b]}
    pred_pairs: set[tuple[str, str]] = set()
    for ev in events:
        arts = sorted({m.article_id for m in ev.mentions} & set(items))
        pred_pairs.update(itertools.combinations(arts, 2))
    tp = len(gold_pairs & pred_pairs)
    p = tp / len(pred_pairs) if pred_pairs else 1.0
    r = tp / len(gold_pairs) if gold_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, len(pred_pairs), len(gold_pairs)


def quality(verbose: bool) -> None:
    from eventscribe.ingest import read_paths
    from eventscribe.pipeline import Pipeline

    gold = {k: set(v) for k, v in json.loads((REPORTS / "gold.json").read_text()).items()}
    t0 = time.perf_counter()
    results = list(Pipeline().process(read_paths([REPORTS / "reports.jsonl"])))
    t1 = time.perf_counter()
    mentions = mentions_from_results(results)
    events = resolve(mentions)
    t2 = time.perf_counter()
    p, r, f, tp, npred, ngold = pair_scores(gold, events)
    print(f"reports_articles {len(results)}")
    print(f"reports_mentions {len(mentions)}")
    print(f"reports_events {len(events)}")
    print(f"reports_pairs_gold {ngold}")
    print(f"reports_pairs_predicted {npred}")
    print(f"reports_pairs_correct {tp}")
    print(f"reports_pair_precision {p:.3f}")
    print(f"reports_pair_recall {r:.3f}")
    print(f"reports_pair_f1 {f:.3f}")
    print(f"reports_extract_s {t1 - t0:.2f}")
    print(f"reports_resolve_s {t2 - t1:.4f}")
    if verbose:
        for ev in events:
            if ev.num_articles < 2:
                continue
            d = merged_to_dict(ev)
            print(f"# {d['event_id']} {d['plover']} {d['location'] and d['location']['name']} "
                  f"{d['date'] and d['date']['start_date']} articles={sorted({m['article_id'] for m in d['mentions']})} "
                  f"counts={d['consensus_counts']} disagreements={[x['field'] for x in d['disagreements']]}",
                  file=sys.stderr)


# --- synthetic scale test --------------------------------------------------------------

CATS = [("PROTEST", "demo"), ("PROTEST", "strike"), ("ASSAULT", "firearms"), ("ASSAULT", "explosives"),
        ("COERCE", "arrest"), ("THREATEN", None), ("REQUEST", None), ("CONSULT", None)]


def synthetic(n_mentions: int, seed: int = 7, span_days: int = 730) -> tuple[list[MentionRef], dict[str, set[str]]]:
    """Mentions of events reported by 1–5 outlets each, over ``span_days``; the truth keyed by article id."""
    rnd = random.Random(seed)
    countries = [f"C{c:02d}" for c in range(60)]
    towns = {c: [Place(text=f"{c}-T{t}", start=0, end=6, name=f"{c}-T{t}", admin1=f"{c}-A{t % 5}", country=c,
                       lat=rnd.uniform(-40, 60), lon=rnd.uniform(-120, 140), geonameid=hash((c, t)) & 0xFFFFFF,
                       precision=1)
                 for t in range(30)] for c in countries}
    whole = {c: Place(text=c, start=0, end=3, name=c, country=c, precision=3) for c in countries}
    start = dt.date(2022, 1, 1).toordinal()
    mentions: list[MentionRef] = []
    truth: dict[str, set[str]] = {}
    e = 0
    while len(mentions) < n_mentions:
        cat, mode = rnd.choice(CATS)
        c = rnd.choice(countries)
        town = rnd.choice(towns[c])
        day = dt.date.fromordinal(start + rnd.randrange(span_days))
        k = min(rnd.choice([1, 1, 2, 2, 3, 3, 4, 5]), n_mentions - len(mentions))
        actor = rnd.choice(["police", "protesters", f"Group {e % 500}"])  # the event's actor
        for _ in range(k):
            art = f"a{len(mentions)}"
            roll = rnd.random()
            place = town if roll < 0.8 else whole[c] if roll < 0.9 else None
            roll = rnd.random()
            if roll < 0.8:
                when = When(text="on Monday", start=0, end=9, start_date=day, end_date=day, precision="day", origin="text")
            elif roll < 0.9:
                m0 = day.replace(day=1)
                m1 = (m0 + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                when = When(text="in May", start=0, end=6, start_date=m0, end_date=m1, precision="month", origin="text")
            else:
                when = None
            killed = {"killed": Count(text="3", start=0, end=1, value=rnd.randint(1, 9))} if cat == "ASSAULT" else {}
            ev = Event(id=f"{art}:0", event=cat, mode=mode if rnd.random() < 0.7 else None,
                       trigger=Span(text="x", start=0, end=1), sentence_start=0, sentence_end=10,
                       location=place, date=when, counts=killed,
                       actors=[Actor(text="y", start=0, end=1, role="actor", name=actor)] if rnd.random() < 0.8 else [])
            pub = day + dt.timedelta(days=rnd.randint(0, 3))
            mentions.append(MentionRef(mention_id=ev.id, article_id=art, source=f"outlet{rnd.randrange(40)}",
                                       published=pub, event=ev, seq=len(mentions)))
            truth[art] = {f"e{e}"}
        e += 1
    return mentions, truth


def scale(sizes: list[int], constant_density: bool) -> None:
    for n in sizes:
        # Fixed span: a bigger corpus of the same two years (more events per bucket).
        # Constant density: a corpus that grows over time (10k mentions per two years).
        span = max(30, round(730 * n / 10_000)) if constant_density else 730
        mentions, truth = synthetic(n, span_days=span)
        t0 = time.perf_counter()
        events = resolve(mentions)
        secs = time.perf_counter() - t0
        p, r, f, *_ = pair_scores(truth, events) if n <= 20_000 else (float("nan"),) * 3
        print(f"merge_{n}_s {secs:.2f}")
        print(f"merge_{n}_us_per_mention {secs / n * 1e6:.1f}")
        print(f"merge_{n}_events {len(events)}")
        if n <= 20_000:
            print(f"merge_{n}_pair_precision {p:.3f}")
            print(f"merge_{n}_pair_recall {r:.3f}")
            print(f"merge_{n}_pair_f1 {f:.3f}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[10_000, 50_000, 100_000])
    ap.add_argument("--no-quality", action="store_true", help="skip the pipeline run over the example reports")
    ap.add_argument("--no-scale", action="store_true", help="skip the synthetic timings")
    ap.add_argument("--constant-density", action="store_true",
                    help="grow the synthetic corpus's time span with its size (default: two years for all sizes)")
    ap.add_argument("--verbose", action="store_true", help="list merged multi-article events on stderr")
    args = ap.parse_args(argv)
    if not args.no_quality:
        quality(args.verbose)
    if not args.no_scale:
        scale(args.sizes, args.constant_density)


if __name__ == "__main__":
    main()

"""Extraction throughput against bare spaCy on the same texts.

Usage::

    nice python benchmarks/throughput.py --corpus /path/to/articles.jsonl --limit 60 [--processes 1]
    nice python benchmarks/throughput.py --corpus FILE.jsonl --limit 30 --profile   # hot spots by module

Prints one figure a line, ``name value``:

- ``pipeline_docs_per_s``: full eventscribe extraction (``Pipeline.process``: parse +
  detect + arguments + classify), documents per second.
- ``spacy_docs_per_s``: bare ``nlp.pipe`` with the same model, components, batch size,
  processes and text chunks.
- ``ratio``: pipeline / spaCy. The two are measured alternately (``--rounds`` each,
  interleaved) so that load from other processes on the machine hits both alike; each
  figure is the best round.
- ``words_per_s``: whitespace-separated words per second of the full extraction.
- ``peak_rss_mb``: peak resident memory of this process plus the largest child process
  (``resource.getrusage``; children are spaCy's worker processes when ``--processes`` > 1).

The input is JSONL in the extraction contract's input shape (``id``, ``text`` or ``html``,
``published``...). Documents that fail at ingest are skipped.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from eventscribe.annotate import load_nlp
from eventscribe.ingest import Item, read_paths
from eventscribe.pipeline import CHUNK_CHARS, Pipeline, split_chunks


def load_items(path: Path, limit: int | None) -> list[Item]:
    items: list[Item] = []
    for it in read_paths([path]):
        if it.document is None:
            continue
        items.append(it)
        if limit is not None and len(items) >= limit:
            break
    return items


def timed(fn: Callable[[], int]) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = fn()
    return time.perf_counter() - t0, n


def peak_rss_mb() -> tuple[float, float]:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 2**20
    return own, kids


def profile_by_module(items: list[Item], nlp, batch_size: int, top: int = 25) -> None:
    """cProfile one single-process extraction pass; print own time aggregated by module."""
    pipe = Pipeline(nlp=nlp, n_process=1, batch_size=batch_size)
    prof = cProfile.Profile()
    prof.enable()
    for _ in pipe.process(items):
        pass
    prof.disable()
    stats = pstats.Stats(prof, stream=io.StringIO())
    total = 0.0
    by_module: dict[str, float] = defaultdict(float)
    by_func: list[tuple[float, str]] = []
    for (filename, line, func), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        total += tt
        mod = _module(filename)
        by_module[mod] += tt
        by_func.append((tt, f"{mod}:{line}({func})"))
    print(f"profile_total_s {total:.2f}", file=sys.stderr)
    for mod, tt in sorted(by_module.items(), key=lambda t: -t[1])[:top]:
        print(f"profile_module {mod} {tt:.2f}s {100 * tt / total:.1f}%", file=sys.stderr)
    for tt, name in sorted(by_func, reverse=True)[:top]:
        print(f"profile_function {name} {tt:.2f}s", file=sys.stderr)
    # cumulative view of the eventscribe stages
    cum = io.StringIO()
    pstats.Stats(prof, stream=cum).sort_stats("cumulative").print_stats("eventscribe", 30)
    print(cum.getvalue(), file=sys.stderr)


def _module(filename: str) -> str:
    p = filename.replace("\\", "/")
    for marker in ("/eventscribe/", "/site-packages/"):
        if marker in p:
            rest = p.split(marker, 1)[1]
            head = "eventscribe/" if marker == "/eventscribe/" else ""
            parts = rest.split("/")
            return head + ("/".join(parts[:2]) if marker == "/site-packages/" else rest)
    return p.rsplit("/", 1)[-1] if "/" in p else p


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="JSONL in the contract input shape")
    ap.add_argument("--limit", type=int, default=None, help="first N documents")
    ap.add_argument("--processes", type=int, default=1, help="parser processes (nlp.pipe n_process)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=2, help="interleaved rounds of each measurement")
    ap.add_argument("--ray-workers", type=lambda v: [int(x) for x in v.split(",")], default=None,
                    help="also time the Ray engine with these worker counts, e.g. 1,2 (needs ray)")
    ap.add_argument("--profile", action="store_true", help="also profile the extraction by module (stderr)")
    args = ap.parse_args(argv)

    items = load_items(args.corpus, args.limit)
    if not items:
        sys.exit("no readable documents in the corpus")
    texts = [chunk for it in items for _, chunk in split_chunks(it.document.text, CHUNK_CHARS)]  # type: ignore[union-attr]
    words = sum(len(it.document.text.split()) for it in items)  # type: ignore[union-attr]
    nlp = load_nlp()
    # Warm up: model weights, lazily loaded lexicons and gazetteers of the stages.
    for _ in Pipeline(nlp=nlp).process(items[:2]):
        pass

    def run_spacy() -> int:
        n = 0
        for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.processes):
            n += 1
        return n

    def run_pipeline() -> int:
        n = 0
        for _ in Pipeline(nlp=nlp, n_process=args.processes, batch_size=args.batch_size).process(items):
            n += 1
        return n

    spacy_s: list[float] = []
    pipe_s: list[float] = []
    for _ in range(args.rounds):
        spacy_s.append(timed(run_spacy)[0])
        pipe_s.append(timed(run_pipeline)[0])
    n = len(items)
    spacy_rate = n / min(spacy_s)
    pipe_rate = n / min(pipe_s)
    own, kids = peak_rss_mb()
    print(f"docs {n}")
    print(f"words {words}")
    print(f"processes {args.processes}")
    for i, (a, b) in enumerate(zip(spacy_s, pipe_s, strict=True), start=1):
        print(f"round{i}_spacy_s {a:.2f}")
        print(f"round{i}_pipeline_s {b:.2f}")
    print(f"pipeline_docs_per_s {pipe_rate:.2f}")
    print(f"spacy_docs_per_s {spacy_rate:.2f}")
    print(f"ratio {pipe_rate / spacy_rate:.3f}")
    print(f"words_per_s {words / min(pipe_s):.0f}")
    print(f"peak_rss_mb {own + kids:.0f}")
    print(f"peak_rss_self_mb {own:.0f}")
    print(f"peak_rss_children_mb {kids:.0f}")
    if args.ray_workers:
        ray_throughput(items, args.ray_workers, args.batch_size)
    if args.profile:
        profile_by_module(items, nlp, args.batch_size)


def ray_throughput(items: list[Item], workers: list[int], batch_size: int) -> None:
    """Docs per second of the Ray engine on a local Ray, per worker count.

    ``ray_<n>_docs_per_s`` includes starting the actor pool (each actor loads spaCy), so
    use a few hundred documents to see the steady rate.
    """
    import ray

    from eventscribe.engines.ray_engine import extract_with_ray

    ray.init(num_cpus=max(workers), include_dashboard=False, log_to_driver=False)
    try:
        for n in workers:
            t0 = time.perf_counter()
            count = sum(1 for _ in extract_with_ray(items, num_workers=n, batch_size=batch_size))
            print(f"ray_{n}_docs_per_s {count / (time.perf_counter() - t0):.2f}")
    finally:
        ray.shutdown()


if __name__ == "__main__":
    main()

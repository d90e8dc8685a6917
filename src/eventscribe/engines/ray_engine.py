"""The Ray engine: extraction spread over a Ray cluster with Ray Data.

Documents are read and cleaned (HTML → text, publication date) on the driver, exactly as
for the local engine; the analysed texts go to a pool of Ray actors (``map_batches`` with a
callable class), each of which loads spaCy and the eventscribe stages once and runs
:meth:`eventscribe.pipeline.Pipeline.process` over its batches. Results come back in input
order and are the same as the local engine's. Items that failed at ingest (bad JSON, empty
text, ...) never leave the driver and pass through with their error.

Needs ``pip install "eventscribe[ray]"`` on the driver and every node. See docs/scaling.md.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..ingest import Item
from ..model import Document, ErrorInfo, Event, Published, Result

__all__ = ["extract_with_ray", "write_parquet_shards"]

# Columns of the rows shipped to the workers.
_FIELDS = ("id", "text", "from_html", "title", "source", "url", "published", "published_origin",
           "published_confidence")


def _row(idx: int, doc: Document) -> dict[str, Any]:
    pub = doc.published
    return {
        "idx": idx, "id": doc.id, "text": doc.text, "from_html": doc.from_html, "title": doc.title or "",
        "source": doc.source or "", "url": doc.url or "",
        "published": pub.date.isoformat() if pub.date else "",
        "published_origin": pub.origin, "published_confidence": pub.confidence,
    }


def _document(row: dict[str, Any]) -> Document:
    """Rebuild, on a worker, the Document the driver read (empty strings stand for None)."""
    pub = str(row["published"] or "")
    return Document(
        id=str(row["id"]), text=str(row["text"]), from_html=bool(row["from_html"]),
        title=str(row["title"]) or None, source=str(row["source"]) or None, url=str(row["url"]) or None,
        published=Published(date=dt.date.fromisoformat(pub) if pub else None,
                            origin=str(row["published_origin"]), confidence=str(row["published_confidence"])),
    )


class RayExtractor:
    """A Ray Data callable class: one per actor, so spaCy loads once per worker."""

    def __init__(self, batch_size: int = 16) -> None:
        from ..pipeline import Pipeline

        self.pipeline = Pipeline(batch_size=batch_size)
        self.pipeline.nlp  # load the model now, not inside the first batch  # noqa: B018

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        n = len(batch["idx"])
        rows = [{k: batch[k][i] for k in ("idx", *_FIELDS)} for i in range(n)]
        items = []
        for row in rows:
            doc = _document(row)
            items.append(Item(id=doc.id, document=doc))
        out: dict[str, list[Any]] = {"idx": [], "id": [], "events": [], "error": [], "result": []}
        for row, res in zip(rows, self.pipeline.process(items), strict=True):
            out["idx"].append(int(row["idx"]))
            out["id"].append(res.id)
            out["events"].append(json.dumps([e.to_dict() for e in res.events], ensure_ascii=False))
            out["error"].append(json.dumps(res.error.to_dict()) if res.error else "")
            out["result"].append(json.dumps(res.to_dict(), ensure_ascii=False))
        return out


def _init_ray(address: str | None, num_workers: int | None) -> Any:
    import ray

    if not ray.is_initialized():
        opts: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
        if address:
            ray.init(address=address, **opts)
        else:
            ray.init(num_cpus=num_workers, **opts)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    return ray


def _pool_size(ray: Any, num_workers: int | None) -> int:
    if num_workers:
        return max(1, num_workers)
    return max(1, int(ray.available_resources().get("CPU", 1)))


def _dataset(rows: list[dict[str, Any]], *, address: str | None, num_workers: int | None,
             batch_size: int) -> Any:
    ray = _init_ray(address, num_workers)
    size = _pool_size(ray, num_workers)
    ds = ray.data.from_items(rows, override_num_blocks=max(1, min(len(rows), size * 4)))
    # Never wait for more actors than the cluster has CPUs (a fixed pool larger than the
    # cluster would wait forever); an autoscaling cluster may still grow to ``size``.
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    pool = ray.data.ActorPoolStrategy(min_size=min(size, cpus), max_size=size)
    return ds.map_batches(
        RayExtractor, fn_constructor_kwargs={"batch_size": batch_size}, batch_size=batch_size,
        batch_format="numpy", compute=pool, num_cpus=1,
    )


def extract_with_ray(items: Iterable[Item], *, address: str | None = None, num_workers: int | None = None,
                     batch_size: int = 16) -> Iterator[Result]:
    """Extract events from ``items`` on Ray; one Result per item, in input order.

    ``address``: a running cluster ("auto", "ray://head:10001", "10.0.0.5:6379"); None starts
    (or reuses) a local Ray. ``num_workers``: actors, one CPU and one spaCy model each
    (default: every CPU of the cluster).
    """
    items = list(items)
    rows = [_row(i, it.document) for i, it in enumerate(items) if it.document is not None]
    done: dict[int, Result] = {}
    next_out = 0

    def ready() -> Iterator[Result]:
        nonlocal next_out
        while next_out < len(items):
            it = items[next_out]
            if it.document is None:
                res: Result | None = Result(id=it.id, error=it.error)
            else:
                res = done.pop(next_out, None)
            if res is None:
                return
            next_out += 1
            yield res

    if rows:
        ds = _dataset(rows, address=address, num_workers=num_workers, batch_size=batch_size)
        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            for idx, events, error in zip(batch["idx"], batch["events"], batch["error"], strict=True):
                i = int(idx)
                err = json.loads(error) if error else None
                done[i] = Result(
                    id=items[i].id, document=items[i].document,
                    events=[Event.from_dict(e) for e in json.loads(events)],
                    error=ErrorInfo(code=err["code"], message=err["message"]) if err else None,
                )
            yield from ready()
    yield from ready()


def write_parquet_shards(items: Iterable[Item], path: str, *, address: str | None = None,
                         num_workers: int | None = None, batch_size: int = 16) -> int:
    """Extract on Ray and write Parquet shards to ``path`` (a directory, local or e.g. s3://).

    Each row holds ``idx`` (input position), ``id`` and ``result``: the contract's JSON
    output line for the document. Items that failed at ingest are written too, by the
    driver, as one extra shard. Returns the number of rows written.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    items = list(items)
    rows = [_row(i, it.document) for i, it in enumerate(items) if it.document is not None]
    if rows:
        ds = _dataset(rows, address=address, num_workers=num_workers, batch_size=batch_size)
        ds.select_columns(["idx", "id", "result"]).write_parquet(path)
    failed = [(i, it) for i, it in enumerate(items) if it.document is None]
    if failed:
        import os

        os.makedirs(path, exist_ok=True)
        table = pa.table({
            "idx": [i for i, _ in failed], "id": [it.id for _, it in failed],
            "result": [json.dumps(Result(id=it.id, error=it.error).to_dict()) for _, it in failed],
        })
        pq.write_table(table, os.path.join(path, "ingest-errors.parquet"))
    return len(items)

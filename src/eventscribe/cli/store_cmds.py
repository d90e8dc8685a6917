"""`eventscribe run`, `events` and `export`: the batch job into a database, and reading it back."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import importlib.util
import json
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from ..ingest import Item, UsageError, check_paths, parse_date, read_paths
from ..model import ErrorInfo, Result

# Below this many documents to parse, one process: starting parser processes costs more.
SMALL_INPUT = 50
RAY_HINT = "pip install 'eventscribe[ray]'"

DbOption = Annotated[str, typer.Option("--db", envvar="EVENTSCRIBE_DB", help="SQLite file (created if missing) or database URL, e.g. postgresql://user:pw@host/db.")]


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("events")(events_cmd)
    app.command("export")(export)


def _open_store(db: str) -> Any:
    from ..store import Store, StoreError

    try:
        return Store.open(db)
    except StoreError as exc:
        _fail(str(exc))
    except Exception as exc:  # a server that is down, bad credentials: report, exit 2
        _fail(f"cannot open database {db}: {type(exc).__name__}: {exc}")


def _fail(message: str, code: int = 2) -> Any:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _date_option(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    d = parse_date(value)
    if d is None:
        _fail(f"{name}: not a date: {value}")
    return d


# --- run --------------------------------------------------------------------------


def _resolver() -> tuple[Callable[..., Any], Callable[..., Any]] | str:
    """``(resolve, merged_to_dict)`` from eventscribe.resolve, or why they are unavailable."""
    try:
        mod = importlib.import_module("eventscribe.resolve")
    except ImportError as exc:
        return f"event resolution unavailable ({exc})"
    fn, to_dict = getattr(mod, "resolve", None), getattr(mod, "merged_to_dict", None)
    if not callable(fn) or not callable(to_dict):
        return "event resolution unavailable (eventscribe.resolve has no resolve/merged_to_dict yet)"
    return fn, to_dict


def _results(items: Iterable[Item], *, engine: str, processes: int | None, batch_size: int,
             address: str | None) -> Iterator[Result]:
    if engine == "ray":
        if importlib.util.find_spec("ray") is None:
            _fail(f"the ray engine needs ray: {RAY_HINT}")
        try:
            from ..engines.ray_engine import extract_with_ray
        except ImportError as exc:
            _fail(f"the ray engine is unavailable ({exc}); {RAY_HINT}")
        yield from extract_with_ray(items, address=address, num_workers=processes)
        return
    from ..pipeline import Pipeline, default_processes

    n = processes
    if n is None:
        # Look ahead: small inputs run in one process.
        it = iter(items)
        head = list(islice(it, SMALL_INPUT))
        n = 1 if len(head) < SMALL_INPUT else default_processes()
        items = chain(head, it)
    yield from Pipeline(n_process=n, batch_size=batch_size).process(items)


class _Progress:
    """A docs-done counter with rate on standard error (live only on a terminal)."""

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.live = self.console.is_terminal
        self.progress: Any = None
        self.task: Any = None

    def __enter__(self) -> _Progress:
        if self.live:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"),
                TextColumn("{task.completed} docs"),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                console=self.console, transient=True)
            self.progress.__enter__()
            self.task = self.progress.add_task("eventscribe run", total=None, rate="")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.__exit__(None, None, None)

    def advance(self, started: float, done: int) -> None:
        if self.progress is not None:
            elapsed = max(time.monotonic() - started, 1e-6)
            self.progress.update(self.task, completed=done, rate=f"{done / elapsed:.1f} docs/s")

    def say(self, message: str) -> None:
        if self.progress is not None:
            self.progress.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(message, err=True)


def run(
    paths: Annotated[list[str], typer.Argument(help="JSONL, .txt/.md, .html files or directories; '-' reads JSONL from stdin.")],
    db: DbOption = "events.db",
    processes: Annotated[int | None, typer.Option("--processes", "-p", help="Parser processes (default: one per core; one for small inputs).")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per parser batch.")] = 16,
    published_default: Annotated[str | None, typer.Option("--published-default", help="Reference date (YYYY-MM-DD) for documents without one.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (spaCy processes) or ray (a Ray cluster).")] = "local",
    address: Annotated[str | None, typer.Option("--address", help="Ray cluster address (--engine ray).")] = None,
    resolve: Annotated[bool, typer.Option("--resolve/--no-resolve", help="Merge mentions into events after storing.")] = True,
    force_resolve: Annotated[bool, typer.Option("--force-resolve", help="Re-resolve events even when no article changed.")] = False,
) -> None:
    """Extract events from documents and store them in a database, resumably.

    Articles already stored with the same text are skipped before parsing, so a re-run (or a run resumed after it was killed) only does the missing work. Each article is written in its own transaction. Failed documents are recorded in the `errors` table and reported on standard error; the batch goes on. Afterwards the mentions are merged into events.

    Exit status: 0 all documents stored or skipped, 3 some failed, 2 usage error.

    Example: eventscribe run examples/articles --db events.db
    """
    if engine not in ("local", "ray"):
        _fail(f"--engine: expected local or ray, got {engine!r}")
    default = _date_option(published_default, "--published-default")
    try:
        check_paths(paths)
    except UsageError as exc:
        _fail(str(exc))
    store = _open_store(db)
    batch = _Batch(store)
    with store, _Progress() as progress:
        batch.progress = progress
        source = iter(read_paths(paths, default_published=default))
        try:
            while True:
                try:
                    for result in _results(batch.fresh(source), engine=engine, processes=processes,
                                           batch_size=batch_size, address=address):
                        if batch.inflight:
                            batch.inflight.popleft()
                        batch.store_result(result)
                    break
                except (UsageError, KeyboardInterrupt, typer.Exit):
                    raise
                except Exception as exc:
                    if engine != "local":
                        _fail(f"the {engine} engine failed: {type(exc).__name__}: {exc}", code=1)
                    # The parser crashed on a batch (spaCy itself, not one document's stages):
                    # redo that batch's documents one by one, then go on with the input.
                    progress.say(f"warning: parser batch failed ({type(exc).__name__}: {exc}); "
                                 "retrying its documents one by one")
                    batch.retry_inflight()
        except UsageError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            # Every stored article is complete; the one in flight was rolled back.
            typer.echo(f"interrupted: {batch.added} articles added, {batch.skipped} skipped, "
                       f"{batch.failed} errors; run the same command again to resume", err=True)
            raise typer.Exit(130) from None

        n_events: str = "-"
        if resolve and (batch.added or force_resolve or _events_missing(store)):
            found = _resolver()
            if isinstance(found, str):
                progress.say(f"notice: {found}; events not updated")
            else:
                n_events = str(store.update_events(*found))
        elif resolve:
            n_events = str(store.counts()["events"])
    elapsed = time.monotonic() - batch.started
    rate = batch.done / elapsed if elapsed > 0 else 0.0
    typer.echo(f"{batch.added} articles added, {batch.skipped} skipped (already stored), "
               f"{batch.failed} errors, {batch.mentions} mentions, {n_events} events  "
               f"[{batch.done} docs in {elapsed:.1f} s, {rate:.1f} docs/s]", err=True)
    raise typer.Exit(3 if batch.failed else 0)


class _Batch:
    """The state of one `run`: counters, and the documents handed to the parser but not stored."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.progress: Any = None
        self.added = self.skipped = self.failed = self.mentions = self.done = 0
        self.started = time.monotonic()
        self.inflight: deque[Item] = deque()

    def fresh(self, items: Iterator[Item]) -> Iterator[Item]:
        """The documents still to do: stored articles are skipped before they reach the parser."""
        from ..store import content_hash

        for item in items:
            doc = item.document
            if doc is not None and self.store.has_article(doc.id, content_hash(doc.text)):
                self.skipped += 1
                self.done += 1
                self.progress.advance(self.started, self.done)
                continue
            self.inflight.append(item)
            yield item

    def store_result(self, result: Result) -> None:
        self.done += 1
        if result.error is not None:
            self.failed += 1
            self.progress.say(f"{result.id}: {result.error.code}: {result.error.message}")
        try:
            if self.store.add_result(result):
                self.added += 1
                self.mentions += len(result.events)
            elif result.error is None:
                self.skipped += 1
        except Exception as exc:  # a document the database refuses must not stop the batch
            self.failed += 1
            msg = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            self.progress.say(f"{result.id}: store_failed: {msg}")
            try:
                self.store.add_error(result.id, ErrorInfo(code="store_failed", message=msg), where="store")
            except Exception:
                pass
        self.progress.advance(self.started, self.done)

    def retry_inflight(self) -> None:
        from ..pipeline import Pipeline

        pending = list(self.inflight)
        self.inflight.clear()
        pipe = Pipeline(n_process=1)
        for item in pending:
            try:
                result = next(pipe.process([item]))
            except Exception as exc:
                result = Result(id=item.id, error=ErrorInfo(
                    code="extraction_failed", message=f"{type(exc).__name__}: {exc}"))
            self.store_result(result)


def _events_missing(store: Any) -> bool:
    counts = store.counts()
    return bool(counts["mentions"]) and not counts["events"]


# --- events -----------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def _shorten(text: str | None, width: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def events_cmd(
    db: DbOption = "events.db",
    date_from: Annotated[str | None, typer.Option("--from", help="Events ending on or after this date.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Events starting on or before this date.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-3 code, e.g. NGA.")] = None,
    event: Annotated[str | None, typer.Option("--event", help="PLOVER category, e.g. PROTEST.")] = None,
    acled_type: Annotated[str | None, typer.Option("--acled-type", help="ACLED event type or sub-event type.")] = None,
    sector: Annotated[str | None, typer.Option("--sector", help="An actor's PLOVER sector, e.g. COP.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="asserted, negated, hypothetical or future.")] = None,
    q: Annotated[str | None, typer.Option("--q", "--search", help="Text the mentions' sentences contain.")] = None,
    mentions: Annotated[bool, typer.Option("--mentions", help="Raw mentions instead of merged events.")] = False,
    show_errors: Annotated[bool, typer.Option("--errors", help="The documents that failed, instead of events.")] = False,
    limit: Annotated[int, typer.Option("--limit", help="Rows to show.")] = 50,
    offset: Annotated[int, typer.Option("--offset", help="Rows to skip.")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
) -> None:
    """List stored events (merged across articles), newest first.

    Example: eventscribe events --db events.db --country NGA --event PROTEST --from 2021-06-01
    """
    if fmt not in ("table", "jsonl", "csv"):
        _fail(f"--format: expected table, jsonl or csv, got {fmt!r}")
    _check_db_exists(db)
    filters = {"date_from": _date_option(date_from, "--from"), "date_to": _date_option(date_to, "--to"),
               "country": country, "event": event, "acled_type": acled_type, "sector": sector,
               "status": status, "q": q}
    store = _open_store(db)
    with store:
        if show_errors:
            _print_errors(store, fmt, limit, offset)
            return
        if fmt == "jsonl":
            rows, total = store.query_events(limit=limit, offset=offset, mentions=mentions, **filters)
            for row in rows:
                sys.stdout.write(json.dumps(row, ensure_ascii=False, default=_cell) + "\n")
        else:
            rows, total = store.query_events(limit=limit, offset=offset, mentions=mentions, flat=True,
                                             **filters)
            if fmt == "csv":
                _write_csv(sys.stdout, rows, _columns(mentions))
            else:
                _print_table(rows, mentions=mentions)
        typer.echo(f"{len(rows)} of {total} {'mentions' if mentions else 'events'}", err=True)


def _print_errors(store: Any, fmt: str, limit: int, offset: int) -> None:
    errors = list(store.iter_errors())
    rows = errors[offset:offset + limit]
    columns = ["doc_id", "code", "message", "where", "created_at"]
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _write_csv(sys.stdout, rows, columns)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(pad_edge=False)
        for h in columns[:4]:
            table.add_column(h, overflow="fold")
        for r in rows:
            table.add_row(*(_cell(r[c]) for c in columns[:4]))
        Console().print(table)
    typer.echo(f"{len(rows)} of {len(errors)} errors", err=True)


def _check_db_exists(db: str) -> None:
    """Reading commands must not create an empty SQLite file from a typo."""
    if "://" not in db and not Path(db).exists():
        _fail(f"no such database: {db}")


def _date_range(r: dict[str, Any]) -> str:
    start, end = _cell(r.get("start_date")), _cell(r.get("end_date"))
    if not end or end == start:
        return start
    return f"{start}..{end[5:] if end[:4] == start[:4] else end}"


def _print_table(rows: list[dict[str, Any]], *, mentions: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    narrow = console.width < 120  # keep the text columns readable on an 80-column terminal
    if mentions:
        heads = ["mention", "date", "PLOVER", "ctry", "place", "trigger", "sentence"]
        if narrow:
            heads = ["mention", "date", "PLOVER", "ctry", "sentence"]
    else:
        heads = ["event", "date", "PLOVER", "ACLED", "ctry", "place", "status", "ments", "srcs"]
        if narrow:
            heads = ["event", "date", "PLOVER", "ctry", "place", "ments", "srcs"]
    table = Table(pad_edge=False)
    for h in heads:
        wraps = h in ("sentence", "place", "ACLED")
        table.add_column(h, no_wrap=not wraps, overflow="fold" if wraps else "ellipsis",
                         max_width=22 if h in ("mention", "event", "PLOVER", "trigger") else None)
    for r in rows:
        plover = r["plover_event"] + (f"/{r['plover_mode']}" if r.get("plover_mode") else "")
        cells = {
            "mention": r.get("mention_id"), "event": r.get("event_id"), "PLOVER": plover,
            "date": _cell(r.get("start_date")) if narrow else _date_range(r),
            "ACLED": r.get("acled_sub_event_type") or r.get("acled_event_type"),
            "ctry": r.get("country"), "place": r.get("location_name"), "status": r.get("status"),
            "trigger": r.get("trigger_text"), "sentence": _shorten(r.get("sentence_text"), 160),
            "ments": r.get("num_mentions"), "srcs": r.get("num_sources"),
        }
        table.add_row(*(_cell(cells[h]) for h in heads))
    console.print(table)


# --- export -----------------------------------------------------------------------


def _columns(mentions: bool) -> list[str]:
    from ..store import EVENT_COLUMNS, MENTION_COLUMNS

    if mentions:
        return [*MENTION_COLUMNS, "event_id", "source", "url", "title", "published", "data"]
    return [*EVENT_COLUMNS, "data"]


def _flat_value(value: Any) -> Any:
    """Nested values (lists, objects) as JSON strings, dates as ISO strings."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=_cell)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _write_csv(out: IO[str], rows: Iterable[dict[str, Any]], columns: list[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: _flat_value(row.get(k)) for k in columns})
        n += 1
    return n


def _arrow_schema(mentions: bool) -> Any:
    import pyarrow as pa
    import sqlalchemy as sa

    from ..store.schema import articles, event_mentions, events
    from ..store.schema import mentions as mentions_table

    tables = [mentions_table, articles, event_mentions] if mentions else [events]
    types: dict[str, Any] = {}
    for t in tables:
        for col in t.columns:
            ct = col.type
            if isinstance(ct, sa.Boolean):
                types.setdefault(col.name, pa.bool_())
            elif isinstance(ct, sa.Integer):
                types.setdefault(col.name, pa.int64())
            elif isinstance(ct, sa.Float):
                types.setdefault(col.name, pa.float64())
            elif isinstance(ct, sa.DateTime):
                types.setdefault(col.name, pa.timestamp("us", tz="UTC"))
            elif isinstance(ct, sa.Date):
                types.setdefault(col.name, pa.date32())
            else:
                types.setdefault(col.name, pa.string())
    return pa.schema([(c, types[c]) for c in _columns(mentions)])


def _write_parquet(path: str, rows: Iterable[dict[str, Any]], mentions: bool) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(mentions)
    columns = schema.names
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        it = iter(rows)
        while batch := list(islice(it, 5000)):
            data = [{c: (json.dumps(r.get(c), ensure_ascii=False, default=_cell) if c == "data"
                         else r.get(c)) for c in columns} for r in batch]
            writer.write_table(pa.Table.from_pylist(data, schema=schema))
            n += len(batch)
    return n


def export(
    db: DbOption = "events.db",
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl or parquet.")] = "jsonl",
    output: Annotated[str, typer.Option("--output", "-o", help="Output file ('-' for standard output; not for parquet).")] = "-",
    mentions: Annotated[bool, typer.Option("--mentions", help="Raw mentions instead of merged events.")] = False,
    date_from: Annotated[str | None, typer.Option("--from", help="Events ending on or after this date.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Events starting on or before this date.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-3 code.")] = None,
    event: Annotated[str | None, typer.Option("--event", help="PLOVER category.")] = None,
) -> None:
    """Export stored events (or mentions) to CSV, JSON Lines or Parquet.

    JSONL holds each event's full JSON; CSV and Parquet hold one column per database field plus `data`, the full JSON as a string.

    Example: eventscribe export --db events.db --format parquet -o events.parquet
    """
    if fmt not in ("csv", "jsonl", "parquet"):
        _fail(f"--format: expected csv, jsonl or parquet, got {fmt!r}")
    if fmt == "parquet" and output == "-":
        _fail("--format parquet needs -o FILE")
    _check_db_exists(db)
    filters = {"date_from": _date_option(date_from, "--from"), "date_to": _date_option(date_to, "--to"),
               "country": country, "event": event}
    store = _open_store(db)
    with store:
        if fmt == "parquet":
            n = _write_parquet(output, store.iter_event_rows(mentions=mentions, flat=True, **filters), mentions)
        else:
            out: IO[str] = sys.stdout if output == "-" else open(output, "w", encoding="utf-8", newline="")
            try:
                if fmt == "csv":
                    n = _write_csv(out, store.iter_event_rows(mentions=mentions, flat=True, **filters),
                                   _columns(mentions))
                else:
                    n = 0
                    for row in store.iter_event_rows(mentions=mentions, **filters):
                        out.write(json.dumps(row, ensure_ascii=False, default=_cell) + "\n")
                        n += 1
            finally:
                if out is not sys.stdout:
                    out.close()
    typer.echo(f"{n} {'mentions' if mentions else 'events'} written to {output if output != '-' else 'stdout'}",
               err=True)

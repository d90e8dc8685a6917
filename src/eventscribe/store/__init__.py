"""The event store: one SQL layer (SQLAlchemy Core) over SQLite and PostgreSQL.

Example::

    from eventscribe.store import Store

    with Store.open("events.db") as store:          # or "postgresql://user:pw@host/db"
        store.add_result(result)                     # one article and its mentions, atomically
        rows, total = store.query_events(country="NGA", event="PROTEST")

Articles are keyed by their document id and the sha256 of their text: adding the same
article twice adds nothing, and a changed text replaces that article's mentions. Each
article is written in its own transaction, so a batch killed midway loses at most the
article in flight and a re-run picks up where it stopped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from ..model import ErrorInfo, Event, MentionRef, MergedEvent, Result
from . import migrations
from .schema import articles, errors, event_mentions, events, mentions, metadata

__all__ = ["Store", "StoreError", "content_hash", "to_url", "metadata"]

# Key of the advisory lock that serialises event (re)resolution on PostgreSQL.
PG_EVENTS_LOCK = 0x65766E75

ResolveFn = Callable[..., list[MergedEvent]]
ToDict = Callable[[MergedEvent], dict[str, Any]]


class StoreError(RuntimeError):
    """A database that cannot be opened or used (bad URL, missing driver)."""


def content_hash(text: str) -> str:
    """The sha256 hex digest of a text (the article's identity besides its id)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def to_url(url_or_path: str | Path) -> str:
    """A SQLAlchemy URL for a path or URL; PostgreSQL URLs get the psycopg 3 driver."""
    s = str(url_or_path)
    if "://" not in s:
        if s == ":memory:":
            return "sqlite://"
        return "sqlite:///" + str(Path(s).expanduser().resolve())
    for prefix in ("postgresql://", "postgres://"):
        if s.startswith(prefix):
            return "postgresql+psycopg://" + s[len(prefix):]
    return s


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _iso(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _jsonable(d: Any) -> Any:
    """A plain-JSON copy (dates as ISO strings) that both backends store the same way."""
    return json.loads(json.dumps(d, default=_iso, ensure_ascii=False))


def _sectors(actors: Iterable[Any]) -> str:
    found = sorted({a.sector for a in actors if getattr(a, "sector", None)})
    return "," + ",".join(found) + "," if found else ""


def _count(counts: Mapping[str, Any], kind: str) -> int | None:
    c = counts.get(kind)
    return None if c is None else getattr(c, "value", None)


def _mention_row(article_id: str, text: str, ev: Event) -> dict[str, Any]:
    loc, when = ev.location, ev.date
    return {
        "mention_id": ev.id,
        "article_id": article_id,
        "plover_event": ev.event,
        "plover_mode": ev.mode,
        "acled_event_type": ev.acled.event_type if ev.acled else None,
        "acled_sub_event_type": ev.acled.sub_event_type if ev.acled else None,
        "status": ev.status,
        "hedged": bool(ev.hedged),
        "trigger_text": ev.trigger.text,
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "sentence_start": ev.sentence_start,
        "sentence_end": ev.sentence_end,
        "sentence_text": text[ev.sentence_start:ev.sentence_end],
        **_argument_columns(loc, when, ev.counts, ev.actors),
        "date_origin": when.origin if when else None,
        "confidence": float(ev.confidence),
        "data": _jsonable(ev.to_dict()),
    }


def _argument_columns(loc: Any, when: Any, counts: dict[str, Any], actors: list[Any]) -> dict[str, Any]:
    """The indexed place, date, count and sector columns shared by mentions and events."""
    return {
        "country": loc.country if loc else None,
        "location_name": loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "start_date": when.start_date if when else None,
        "end_date": when.end_date if when else None,
        "date_precision": when.precision if when else None,
        **{kind: _count(counts, kind) for kind in ("killed", "injured", "arrested", "participants")},
        "sectors": _sectors(actors),
    }


def _event_row(ev: MergedEvent, data: dict[str, Any]) -> dict[str, Any]:
    loc, when = ev.location, ev.date
    seqs = [m.seq for m in ev.mentions if m.seq]
    return {
        "event_id": ev.event_id,
        "plover_event": ev.event,
        "plover_mode": ev.mode,
        "acled_event_type": ev.acled.event_type if ev.acled else None,
        "acled_sub_event_type": ev.acled.sub_event_type if ev.acled else None,
        "status": ev.status,
        **_argument_columns(loc, when, ev.counts, ev.actors),
        "num_mentions": ev.num_mentions,
        "num_articles": ev.num_articles,
        "num_sources": ev.num_sources,
        "first_seq": min(seqs) if seqs else None,
        "data": _jsonable(data),
    }


def _insert_ignore(conn: sa.Connection, table: sa.Table, keys: list[str]) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING for the connection's dialect."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing(index_elements=keys)
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).on_conflict_do_nothing(index_elements=keys)
    raise StoreError(f"unsupported database: {conn.dialect.name}")


# Columns of the flat export / row forms (everything but the JSON document).
MENTION_COLUMNS = [c.name for c in mentions.columns if c.name != "data"]
EVENT_COLUMNS = [c.name for c in events.columns if c.name != "data"]
ARTICLE_COLUMNS_FOR_MENTIONS = ["source", "url", "title", "published"]


class Store:
    """Articles, their event mentions, errors and merged events in one SQL database."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def open(cls, url_or_path: str | Path, *, migrate: bool = True, echo: bool = False) -> Store:
        """Open (creating if needed) a SQLite file or a database URL, and migrate it."""
        url = make_url(to_url(url_or_path))
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if url.get_backend_name() == "sqlite":
            # A generous busy timeout: concurrent writers (two runs, the API) wait their turn.
            kwargs["connect_args"] = {"timeout": 60, "check_same_thread": False}
            if url.database in (None, "", ":memory:"):
                kwargs["poolclass"] = sa.pool.StaticPool
            elif url.database:
                Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        elif url.get_backend_name() == "postgresql":
            kwargs["pool_pre_ping"] = True
        try:
            engine = sa.create_engine(url, **kwargs)
        except (ImportError, sa.exc.ArgumentError) as exc:
            raise StoreError(f"cannot open {url_or_path}: {exc}") from exc
        if engine.dialect.name == "sqlite":
            _setup_sqlite(engine)
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> list[int]:
        """Bring the schema to the latest version; the versions applied (idempotent)."""
        # Check first without the write lock, so opening an up-to-date database never waits
        # for a long write (a run's resolution) to finish.
        with self._read() as conn:
            if migrations.applied_versions(conn) >= {m[0] for m in migrations.MIGRATIONS}:
                return []
        with self._write() as conn:
            return migrations.migrate(conn)

    def schema_version(self) -> int:
        with self._read() as conn:
            return migrations.current_version(conn)

    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        """A write transaction: on SQLite ``BEGIN IMMEDIATE``, so read-then-write is atomic."""
        with self.engine.connect() as conn:
            conn.execution_options(escribe_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    # --- writing ----------------------------------------------------------------------

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        """Whether the article is stored (with this text, when ``content_hash`` is given)."""
        q = sa.select(articles.c.content_hash).where(articles.c.article_id == article_id)
        with self._read() as conn:
            found = conn.execute(q).scalar_one_or_none()
        return found is not None and (content_hash is None or found == content_hash)

    def add_result(self, result: Result) -> bool:
        """Store one article and its mentions in one transaction; False if nothing changed.

        A result with an error is recorded in ``errors`` instead. The same article (id and
        text) is stored once; a changed text replaces the article and its mentions.
        """
        doc = result.document
        if result.error is not None or doc is None:
            error = result.error or ErrorInfo(code="no_document", message="no document")
            self.add_error(result.id, error, where="ingest" if doc is None else "extract")
            return False
        h = content_hash(doc.text)
        pub = doc.published
        article = {
            "article_id": doc.id, "content_hash": h, "source": doc.source, "url": doc.url,
            "title": doc.title, "published": pub.date, "published_origin": pub.origin,
            "published_confidence": pub.confidence, "from_html": doc.from_html, "text": doc.text,
            "num_mentions": len(result.events), "created_at": _utcnow(),
        }
        rows = [_mention_row(doc.id, doc.text, ev) for ev in result.events]
        with self._write() as conn:
            # RETURNING, not rowcount: psycopg's pipeline mode does not report rowcounts.
            ins = _insert_ignore(conn, articles, ["article_id"]).values(**article)
            inserted = conn.execute(ins.returning(articles.c.article_id)).first()
            if inserted is None:
                # Stored already (perhaps by a concurrent run a moment ago): lock the row and
                # compare texts.
                old = conn.execute(
                    sa.select(articles.c.content_hash)
                    .where(articles.c.article_id == doc.id).with_for_update()
                ).scalar_one()
                if old == h:
                    return False
                conn.execute(sa.delete(mentions).where(mentions.c.article_id == doc.id))
                conn.execute(sa.update(articles).where(articles.c.article_id == doc.id)
                             .values(**{k: v for k, v in article.items() if k != "article_id"}))
            if rows:
                conn.execute(mentions.insert(), rows)
            # The article is in: earlier failures of this document are history.
            conn.execute(sa.delete(errors).where(errors.c.doc_id == doc.id))
        return True

    def add_error(self, item_id: str | None, error: ErrorInfo, where: str | None = None) -> None:
        """Record a document's failure (the same failure recorded again replaces the old row)."""
        same = sa.and_(errors.c.code == error.code, errors.c.message == error.message)
        same = sa.and_(same, errors.c.doc_id.is_(None) if item_id is None else errors.c.doc_id == item_id)
        with self._write() as conn:
            conn.execute(sa.delete(errors).where(same))
            conn.execute(errors.insert().values(doc_id=item_id, code=error.code, message=error.message,
                                                where=where, created_at=_utcnow()))

    # --- mentions and resolution ------------------------------------------------------

    def iter_mentions(self) -> Iterator[MentionRef]:
        """Every stored mention, in insertion order, as the resolution stage sees it."""
        with self._read() as conn:
            yield from self._iter_mentions(conn)

    def _iter_mentions(self, conn: sa.Connection) -> Iterator[MentionRef]:
        q = (sa.select(mentions.c.seq, mentions.c.mention_id, mentions.c.article_id, mentions.c.data,
                       mentions.c.sentence_text, articles.c.source, articles.c.published)
             .join_from(mentions, articles, mentions.c.article_id == articles.c.article_id)
             .order_by(mentions.c.seq))
        for row in conn.execute(q.execution_options(yield_per=1000)):
            event = Event.from_dict(row.data)
            if row.sentence_text:
                event.extra["sentence"] = row.sentence_text  # merged events show their evidence
            yield MentionRef(mention_id=row.mention_id, article_id=row.article_id, source=row.source,
                             published=_as_date(row.published), event=event, seq=row.seq)

    def event_assignments(self) -> dict[str, str]:
        """mention_id → event_id of the last resolution (for stable event ids)."""
        with self._read() as conn:
            return self._assignments(conn)

    @staticmethod
    def _assignments(conn: sa.Connection) -> dict[str, str]:
        q = sa.select(event_mentions.c.mention_id, event_mentions.c.event_id)
        return {r.mention_id: r.event_id for r in conn.execute(q)}

    def replace_events(self, merged: Iterable[MergedEvent], to_dict: ToDict) -> int:
        """Replace all merged events with ``merged`` in one transaction; how many were written."""
        with self._write() as conn:
            self._lock_events(conn)
            return self._replace_events(conn, list(merged), to_dict)

    def update_events(self, resolve: ResolveFn, to_dict: ToDict) -> int:
        """Re-resolve every stored mention and replace the events, atomically.

        Reading the mentions, resolving and writing happen in one locked transaction, so two
        concurrent runs cannot overwrite each other's events with a stale view.
        """
        with self._write() as conn:
            self._lock_events(conn)
            previous = self._assignments(conn)
            merged = resolve(list(self._iter_mentions(conn)), previous)
            return self._replace_events(conn, list(merged), to_dict)

    def _lock_events(self, conn: sa.Connection) -> None:
        if self.dialect == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_EVENTS_LOCK})

    @staticmethod
    def _replace_events(conn: sa.Connection, merged: list[MergedEvent], to_dict: ToDict) -> int:
        ids = [ev.event_id for ev in merged]
        if len(set(ids)) != len(ids):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise ValueError(f"resolution produced a duplicate event_id: {dup}")
        conn.execute(sa.delete(event_mentions))
        conn.execute(sa.delete(events))
        rows, links, seen = [], [], set()
        for ev in merged:
            rows.append(_event_row(ev, to_dict(ev)))
            for m in ev.mentions:
                if (ev.event_id, m.mention_id) not in seen:
                    seen.add((ev.event_id, m.mention_id))
                    links.append({"event_id": ev.event_id, "mention_id": m.mention_id})
        if rows:
            conn.execute(events.insert(), rows)
        if links:
            conn.execute(event_mentions.insert(), links)
        return len(rows)

    # --- querying ---------------------------------------------------------------------

    def _conditions(self, t: sa.Table, *, date_from: str | dt.date | None = None,
                    date_to: str | dt.date | None = None, country: str | None = None,
                    event: str | None = None, acled_type: str | None = None,
                    sector: str | None = None, status: str | None = None,
                    q: str | None = None) -> list[Any]:
        conds: list[Any] = []
        d_from, d_to = _as_date(date_from), _as_date(date_to)
        # Date filters select events whose period overlaps [from, to].
        if d_from is not None:
            conds.append(t.c.end_date >= d_from)
        if d_to is not None:
            conds.append(t.c.start_date <= d_to)
        if country:
            conds.append(t.c.country == country.upper())
        if event:
            conds.append(t.c.plover_event == event.upper())
        if acled_type:
            low = acled_type.lower()
            conds.append(sa.or_(sa.func.lower(t.c.acled_event_type) == low,
                                sa.func.lower(t.c.acled_sub_event_type) == low))
        if sector:
            conds.append(t.c.sectors.like(f"%,{sector.upper()},%"))
        if status:
            conds.append(t.c.status == status.lower())
        if q:
            if t is mentions:
                conds.append(mentions.c.sentence_text.icontains(q, autoescape=True))
            else:
                conds.append(sa.exists(
                    sa.select(1).select_from(event_mentions.join(
                        mentions, event_mentions.c.mention_id == mentions.c.mention_id))
                    .where(event_mentions.c.event_id == t.c.event_id,
                           mentions.c.sentence_text.icontains(q, autoescape=True))))
        return conds

    def conditions(self, table: sa.Table, **filters: Any) -> list[Any]:
        """The WHERE conditions of ``query_events`` for ``schema.events`` or ``schema.mentions``
        (for callers that build their own grouped queries)."""
        return self._conditions(table, **filters)

    def place_counts(self, *, mentions: bool = False, precision: int = 2,
                     **filters: Any) -> list[dict[str, Any]]:
        """Matching events (or mentions) with coordinates, grouped by place (coordinates rounded
        to ``precision`` decimals), with counts per PLOVER category; most events first."""
        t = _mentions_table() if mentions else events
        # round(x, n) needs NUMERIC on PostgreSQL (there is no round(double precision, int)).
        lat = sa.func.round(sa.cast(t.c.lat, sa.Numeric), precision)
        lon = sa.func.round(sa.cast(t.c.lon, sa.Numeric), precision)
        q = (sa.select(lat.label("lat"), lon.label("lon"), t.c.location_name, t.c.country,
                       t.c.plover_event, sa.func.count().label("n"))
             .where(*self._conditions(t, **filters), t.c.lat.is_not(None), t.c.lon.is_not(None))
             .group_by(lat, lon, t.c.location_name, t.c.country, t.c.plover_event))
        places: dict[tuple[Any, ...], dict[str, Any]] = {}
        with self._read() as conn:
            for r in conn.execute(q):
                key = (float(r.lat), float(r.lon), r.location_name, r.country)
                p = places.setdefault(key, {"lat": key[0], "lon": key[1], "name": r.location_name,
                                            "country": r.country, "count": 0, "by_event": {}})
                p["count"] += int(r.n)
                p["by_event"][r.plover_event] = int(r.n)
        return sorted(places.values(), key=lambda p: (-p["count"], p["name"] or ""))

    def _mention_select(self) -> sa.Select[Any]:
        return (sa.select(mentions, articles.c.source, articles.c.url, articles.c.title,
                          articles.c.published, event_mentions.c.event_id)
                .join_from(mentions, articles, mentions.c.article_id == articles.c.article_id)
                .outerjoin(event_mentions, event_mentions.c.mention_id == mentions.c.mention_id))

    def query_events(self, *, date_from: str | dt.date | None = None, date_to: str | dt.date | None = None,
                     country: str | None = None, event: str | None = None,
                     acled_type: str | None = None, sector: str | None = None,
                     status: str | None = None, q: str | None = None, limit: int | None = 100,
                     offset: int = 0, mentions: bool = False,
                     flat: bool = False) -> tuple[list[dict[str, Any]], int]:
        """A page of merged events (or raw mentions), newest first, and the total count.

        Rows are the JSON documents (``merged_to_dict`` output; for mentions the contract
        event plus ``mention_id``, ``article_id``, ``event_id``, ``source``, ``url``,
        ``title``, ``published`` and ``sentence_text``). ``flat=True`` gives the SQL columns
        instead (dates as ``datetime.date``) plus ``data``.
        """
        filters: dict[str, Any] = {"date_from": date_from, "date_to": date_to, "country": country, "event": event,
                   "acled_type": acled_type, "sector": sector, "status": status, "q": q}
        rows = list(self._iter_rows(mentions=mentions, limit=limit, offset=offset, flat=flat, **filters))
        table = _mentions_table() if mentions else events
        conds = self._conditions(table, **filters)
        with self._read() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(table).where(*conds)).scalar_one()
        return rows, int(total)

    def iter_event_rows(self, *, mentions: bool = False, flat: bool = False,
                        **filters: Any) -> Iterator[dict[str, Any]]:
        """Every matching event (or mention) for export, in the order of ``query_events``.

        ``flat=True`` yields the SQL columns (dates as ``datetime.date``) plus ``data``.
        """
        yield from self._iter_rows(mentions=mentions, limit=None, offset=0, flat=flat, **filters)

    def _iter_rows(self, *, mentions: bool, limit: int | None, offset: int, flat: bool = False,
                   **filters: Any) -> Iterator[dict[str, Any]]:
        if mentions:
            t = _mentions_table()
            q = self._mention_select().where(*self._conditions(t, **filters)).order_by(
                t.c.start_date.desc().nulls_last(), t.c.seq)
        else:
            q = sa.select(events).where(*self._conditions(events, **filters)).order_by(
                events.c.start_date.desc().nulls_last(), events.c.first_seq, events.c.event_id)
        if limit is not None:
            q = q.limit(limit)
        if offset:
            q = q.offset(offset)
        with self._read() as conn:
            for row in conn.execute(q.execution_options(yield_per=500)):
                m = row._mapping
                if flat:
                    yield dict(m)
                elif mentions:
                    yield _mention_dict(m)
                else:
                    yield _event_dict(m)

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One merged event with its mentions (sentence, spans, source, attribution)."""
        with self._read() as conn:
            row = conn.execute(sa.select(events).where(events.c.event_id == event_id)).first()
            if row is None:
                return None
            out = _event_dict(row._mapping)
            q = self._mention_select().where(event_mentions.c.event_id == event_id).order_by(mentions.c.seq)
            out["mentions"] = [_mention_dict(r._mapping) for r in conn.execute(q)]
        out.setdefault("disagreements", [])
        return out

    def get_mention(self, mention_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(self._mention_select().where(mentions.c.mention_id == mention_id)).first()
        return _mention_dict(row._mapping) if row is not None else None

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article (text and metadata) with its mentions."""
        with self._read() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.article_id == article_id)).first()
            if row is None:
                return None
            out = {k: _iso(v) for k, v in row._mapping.items()}
            q = self._mention_select().where(mentions.c.article_id == article_id).order_by(mentions.c.seq)
            out["mentions"] = [_mention_dict(r._mapping) for r in conn.execute(q)]
        return out

    def iter_errors(self) -> Iterator[dict[str, Any]]:
        with self._read() as conn:
            for row in conn.execute(sa.select(errors).order_by(errors.c.error_id)):
                yield {k: _iso(v) for k, v in row._mapping.items()}

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, mentions, events, errors."""
        with self._read() as conn:
            return {t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
                    for t in (articles, mentions, events, errors)}

    def stats(self, *, mentions: bool = False, **filters: Any) -> dict[str, Any]:
        """Totals and counts of events (or mentions) by day, country, PLOVER and ACLED type."""
        t = _mentions_table() if mentions else events
        conds = self._conditions(t, **filters)
        out: dict[str, Any] = {**self.counts(), "unit": "mentions" if mentions else "events"}

        def group(col: Any, key: str) -> list[dict[str, Any]]:
            q = (sa.select(col.label("k"), sa.func.count().label("n")).where(*conds, col.is_not(None))
                 .group_by(col).order_by(col))
            with self._read() as conn:
                return [{key: _iso(r.k), "count": int(r.n)} for r in conn.execute(q)]

        out["matching"] = sum(r["count"] for r in group(t.c.plover_event, "event"))
        out["by_day"] = group(t.c.start_date, "date")
        out["by_country"] = sorted(group(t.c.country, "country"), key=lambda r: -r["count"])
        out["by_category"] = sorted(group(t.c.plover_event, "event"), key=lambda r: -r["count"])
        out["by_acled"] = sorted(group(t.c.acled_event_type, "acled_type"), key=lambda r: -r["count"])
        return out


def _mentions_table() -> sa.Table:
    return mentions


def _event_dict(m: Mapping[Any, Any]) -> dict[str, Any]:
    data = dict(m["data"] or {})
    data.setdefault("event_id", m["event_id"])
    for key in ("num_mentions", "num_articles", "num_sources"):
        data.setdefault(key, m[key])
    return data


def _mention_dict(m: Mapping[Any, Any]) -> dict[str, Any]:
    """The contract event plus where it comes from and the sentence that says it."""
    out = dict(m["data"] or {})
    out.update({
        "mention_id": m["mention_id"],
        "article_id": m["article_id"],
        "event_id": m.get("event_id"),
        "seq": m["seq"],
        "source": m.get("source"),
        "url": m.get("url"),
        "title": m.get("title"),
        "published": _iso(m.get("published")),
        "sentence_text": m["sentence_text"],
    })
    return out


def _setup_sqlite(engine: sa.Engine) -> None:
    """WAL (readers never block the writer), foreign keys, and explicit BEGIN statements.

    pysqlite's own transaction handling is switched off so that SQLAlchemy's BEGIN is the
    one that counts: DEFERRED to read, IMMEDIATE to write (takes the write lock up front, so
    a read-then-write transaction cannot fail half-way on a concurrent writer).
    """

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        try:
            cur.execute("PRAGMA journal_mode=WAL")
        except Exception:  # e.g. a read-only directory: keep the default journal
            pass
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("escribe_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

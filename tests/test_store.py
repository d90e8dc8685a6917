"""The event store on SQLite and (when ESCRIBE_TEST_PG_URL is set) PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from eventscribe.model import (
    Acled,
    Actor,
    Count,
    Document,
    ErrorInfo,
    Event,
    MentionRef,
    MergedEvent,
    Place,
    Published,
    Result,
    Span,
    When,
)
from eventscribe.store import Store, content_hash, migrations, to_url

# --- fixtures ---------------------------------------------------------------------


def pg_schema_url(base: str, schema: str) -> str:
    """The URL of ``base`` with ``schema`` first on the search path (one schema per test)."""
    url = sa.engine.make_url(to_url(base)).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture
def pg_schema() -> Iterator[str]:
    """A fresh PostgreSQL schema, dropped afterwards; yields a URL that uses it."""
    base = os.environ.get("ESCRIBE_TEST_PG_URL")
    if not base:
        pytest.skip("ESCRIBE_TEST_PG_URL not set (PostgreSQL tests run in CI)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(to_url(base))
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield pg_schema_url(base, schema)
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return request.getfixturevalue("pg_schema")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as s:
        yield s


# --- building results by hand (no parser needed) ------------------------------------


def make_event(text: str, doc_id: str, n: int, trigger: str, *, event: str = "PROTEST",
               mode: str | None = "demo", acled: tuple[str, str] | None = ("Protests", "Peaceful protest"),
               country: str | None = None, place: str | None = None, day: str | None = None,
               status: str = "asserted", sector: str | None = None, killed: int | None = None) -> Event:
    start = text.index(trigger)
    sent_start = text.rfind(". ", 0, start)
    sent_start = 0 if sent_start < 0 else sent_start + 2
    sent_end = text.find(".", start)
    sent_end = len(text) if sent_end < 0 else sent_end + 1
    ev = Event(id=f"{doc_id}:{n}", event=event, mode=mode,
               trigger=Span(text=trigger, start=start, end=start + len(trigger)),
               sentence_start=sent_start, sentence_end=sent_end, status=status,
               acled=Acled(event_type=acled[0], sub_event_type=acled[1]) if acled else None)
    if place:
        i = text.index(place)
        ev.location = Place(text=place, start=i, end=i + len(place), name=place, country=country,
                            lat=1.5, lon=2.5, precision=1)
    if day:
        d = dt.date.fromisoformat(day)
        ev.date = When(text=None, start=None, end=None, start_date=d, end_date=d, precision="day",
                       origin="published")
    if sector:
        ev.actors = [Actor(text="", start=0, end=0, role="actor", name="police", sector=sector)]
    if killed is not None:
        ev.counts = {"killed": Count(text="", start=0, end=0, value=killed)}
    return ev


def make_result(doc_id: str, text: str, events: Iterable[dict[str, Any]] = (), *,
                source: str | None = "Wire", published: str | None = "2022-03-04") -> Result:
    doc = Document(id=doc_id, text=text, source=source, title=f"title {doc_id}",
                   published=Published(date=dt.date.fromisoformat(published) if published else None,
                                       origin="input" if published else "none",
                                       confidence="high" if published else "low"))
    evs = [make_event(text, doc_id, n, **kw) for n, kw in enumerate(events)]
    return Result(id=doc_id, document=doc, events=evs)


def one_per_mention(mentions: Iterable[MentionRef], previous: Mapping[str, str] | None = None) -> list[MergedEvent]:
    """A trivial resolution: every mention its own event, keeping earlier event ids."""
    out, used = [], set()
    for m in mentions:
        e = m.event
        event_id = (previous or {}).get(m.mention_id) or f"ev-{m.mention_id}"
        if event_id in used:  # an earlier event kept that id: this one gets its own
            event_id = f"ev-{m.mention_id}"
        used.add(event_id)
        out.append(MergedEvent(event_id=event_id,
                               event=e.event, mode=e.mode, acled=e.acled, date=e.date, location=e.location,
                               actors=e.actors, counts=e.counts, status=e.status, mentions=[m]))
    return out


def merged_dict(ev: MergedEvent) -> dict[str, Any]:
    return {"event_id": ev.event_id, "plover": {"event": ev.event, "mode": ev.mode},
            "date": ev.date.to_dict() if ev.date else None,
            "mentions": [{"article_id": m.article_id, "mention_id": m.mention_id, "source": m.source}
                         for m in ev.mentions],
            "disagreements": [{"field": "test", "values": [1, 2]}]}


TEXT_A = "Thousands marched in Lagos. Police arrested twelve people in Abuja."
TEXT_B = "Workers went on strike in Dhaka. A march in Paris was peaceful 100% _calm_."


def sample_results() -> list[Result]:
    return [
        make_result("a", TEXT_A, [
            {"trigger": "marched", "country": "NGA", "place": "Lagos", "day": "2022-03-01"},
            {"trigger": "arrested", "event": "COERCE", "mode": "arrest",
             "acled": ("Strategic developments", "Arrests"), "country": "NGA", "place": "Abuja",
             "day": "2022-03-02", "sector": "COP"},
        ]),
        make_result("b", TEXT_B, [
            {"trigger": "strike", "mode": "strike", "country": "BGD", "place": "Dhaka", "day": "2022-02-10",
             "killed": 3},
            {"trigger": "march", "country": "FRA", "place": "Paris", "status": "hypothetical"},
        ], source="Other", published=None),
    ]


# --- tests ------------------------------------------------------------------------


def test_to_url() -> None:
    assert to_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert to_url("postgres://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert to_url("sqlite:///x.db") == "sqlite:///x.db"
    assert to_url("rel/x.db").startswith("sqlite:////") and to_url("rel/x.db").endswith("/rel/x.db")
    assert to_url(":memory:") == "sqlite://"


def test_migrate_is_idempotent(db_url: str) -> None:
    with Store.open(db_url) as s:
        assert s.schema_version() == migrations.LATEST_VERSION
        assert s.migrate() == []
    with Store.open(db_url) as s:  # reopening applies nothing twice
        assert s.migrate() == []
        with s.engine.connect() as conn:
            versions = conn.execute(sa.text("SELECT version FROM schema_migrations")).scalars().all()
        assert sorted(versions) == [m[0] for m in migrations.MIGRATIONS]


def test_add_result_is_idempotent(store: Store) -> None:
    r = sample_results()[0]
    assert store.add_result(r) is True
    assert store.add_result(r) is False
    assert store.has_article("a", content_hash(TEXT_A))
    assert not store.has_article("a", content_hash(TEXT_A + "!"))
    assert store.has_article("a") and not store.has_article("zzz")
    assert store.counts() == {"articles": 1, "mentions": 2, "events": 0, "errors": 0}


def test_changed_text_replaces_mentions(store: Store) -> None:
    store.add_result(sample_results()[0])
    first_seqs = [m.seq for m in store.iter_mentions()]
    text = "Students marched again in Lagos today."
    changed = make_result("a", text, [{"trigger": "marched", "country": "NGA", "place": "Lagos"}])
    assert store.add_result(changed) is True
    refs = list(store.iter_mentions())
    assert [r.mention_id for r in refs] == ["a:0"]
    assert refs[0].event.trigger.start == text.index("marched")
    assert refs[0].seq > max(first_seqs)  # seq is never reused
    art = store.get_article("a")
    assert art is not None and art["text"] == text and art["content_hash"] == content_hash(text)
    assert store.counts()["mentions"] == 1


def test_iter_mentions_round_trip(store: Store) -> None:
    results = sample_results()
    for r in results:
        store.add_result(r)
    refs = list(store.iter_mentions())
    assert [r.mention_id for r in refs] == ["a:0", "a:1", "b:0", "b:1"]
    assert [r.seq for r in refs] == sorted(r.seq for r in refs)
    originals = [e for r in results for e in r.events]
    assert [r.event.to_dict() for r in refs] == [e.to_dict() for e in originals]
    assert refs[0].source == "Wire" and refs[0].published == dt.date(2022, 3, 4)
    assert refs[2].source == "Other" and refs[2].published is None


def test_errors_recorded_and_cleared(store: Store) -> None:
    bad = Result(id="x", error=ErrorInfo(code="invalid_json", message="f.jsonl:3: bad"))
    assert store.add_result(bad) is False
    assert store.add_result(bad) is False  # the same failure again: still one row
    store.add_error(None, ErrorInfo(code="invalid_utf8", message="f.jsonl:4: not UTF-8"), where="ingest")
    errs = list(store.iter_errors())
    assert [(e["doc_id"], e["code"], e["where"]) for e in errs] == [
        ("x", "invalid_json", "ingest"), (None, "invalid_utf8", "ingest")]
    # The document succeeds later: its old error goes.
    store.add_result(make_result("x", "Crowds marched in Accra.", [{"trigger": "marched"}]))
    assert [e["doc_id"] for e in store.iter_errors()] == [None]


def test_unicode_text_and_offsets(store: Store) -> None:
    text = "Ünïcode 😀 crowds marched in Zürich — «peacefully»."
    store.add_result(make_result("u", text, [{"trigger": "marched", "country": "CHE", "place": "Zürich"}]))
    art = store.get_article("u")
    assert art is not None and art["text"] == text
    m = art["mentions"][0]
    assert text[m["trigger"]["start"]:m["trigger"]["end"]] == "marched"
    assert m["sentence_text"] == text


def _load(store: Store) -> None:
    for r in sample_results():
        store.add_result(r)
    store.replace_events(one_per_mention(store.iter_mentions()), merged_dict)


def test_query_events_filters(store: Store) -> None:
    _load(store)
    rows, total = store.query_events()
    assert total == 4 and len(rows) == 4
    # Newest first; undated events last.
    assert [r["event_id"] for r in rows] == ["ev-a:1", "ev-a:0", "ev-b:0", "ev-b:1"]

    def ids(**kw: Any) -> list[str]:
        rows, total = store.query_events(**kw)
        assert total == len(rows)
        return sorted(r["event_id"] for r in rows)

    assert ids(country="nga") == ["ev-a:0", "ev-a:1"]
    assert ids(date_from="2022-03-02") == ["ev-a:1"]
    assert ids(date_from=dt.date(2022, 2, 1), date_to="2022-03-01") == ["ev-a:0", "ev-b:0"]
    assert ids(event="coerce") == ["ev-a:1"]
    assert ids(acled_type="Protests") == ["ev-a:0", "ev-b:0", "ev-b:1"]
    assert ids(acled_type="arrests") == ["ev-a:1"]
    assert ids(sector="COP") == ["ev-a:1"]
    assert ids(status="hypothetical") == ["ev-b:1"]
    assert ids(q="DHAKA") == ["ev-b:0"]
    assert ids(q="100%") == ["ev-b:1"]  # LIKE wildcards in q are literal
    assert ids(q="_calm_") == ["ev-b:1"]
    assert ids(q="a%b") == []
    page, total = store.query_events(limit=2, offset=1)
    assert total == 4 and [r["event_id"] for r in page] == ["ev-a:0", "ev-b:0"]


def test_query_mentions(store: Store) -> None:
    _load(store)
    rows, total = store.query_events(mentions=True, country="BGD")
    assert total == 1
    m = rows[0]
    assert m["mention_id"] == "b:0" and m["event_id"] == "ev-b:0" and m["source"] == "Other"
    assert m["sentence_text"] == "Workers went on strike in Dhaka."
    assert m["plover"] == {"event": "PROTEST", "mode": "strike"} and m["counts"]["killed"]["value"] == 3
    flat, _ = store.query_events(mentions=True, country="BGD", flat=True)
    assert flat[0]["killed"] == 3 and flat[0]["start_date"] == dt.date(2022, 2, 10)
    _, total = store.query_events(mentions=True, q="police")
    assert total == 1


def test_get_event_and_article(store: Store) -> None:
    _load(store)
    ev = store.get_event("ev-a:1")
    assert ev is not None
    assert ev["plover"]["event"] == "COERCE" and ev["num_mentions"] == 1
    assert ev["disagreements"] == [{"field": "test", "values": [1, 2]}]
    (m,) = ev["mentions"]
    assert m["mention_id"] == "a:1" and m["source"] == "Wire" and m["published"] == "2022-03-04"
    assert m["sentence_text"] == "Police arrested twelve people in Abuja."
    assert m["trigger"]["text"] == "arrested" and "attribution" in m
    assert store.get_event("nope") is None
    art = store.get_article("b")
    assert art is not None and art["source"] == "Other" and art["published"] is None
    assert [m["mention_id"] for m in art["mentions"]] == ["b:0", "b:1"]
    assert store.get_article("nope") is None
    assert store.get_mention("a:0")["event_id"] == "ev-a:0"  # type: ignore[index]


def test_stats(store: Store) -> None:
    _load(store)
    s = store.stats()
    assert s["articles"] == 2 and s["mentions"] == 4 and s["events"] == 4 and s["unit"] == "events"
    assert {r["country"]: r["count"] for r in s["by_country"]} == {"NGA": 2, "BGD": 1, "FRA": 1}
    assert s["by_category"][0] == {"event": "PROTEST", "count": 3}
    assert {r["date"]: r["count"] for r in s["by_day"]} == {"2022-02-10": 1, "2022-03-01": 1, "2022-03-02": 1}
    assert store.stats(country="NGA")["matching"] == 2


def test_place_counts(store: Store) -> None:
    _load(store)
    places = store.place_counts()
    assert {(p["name"], p["count"]) for p in places} == {("Lagos", 1), ("Abuja", 1), ("Dhaka", 1), ("Paris", 1)}
    assert all(p["lat"] == 1.5 and p["lon"] == 2.5 for p in places)
    (lagos,) = store.place_counts(event="PROTEST", country="NGA")
    assert lagos["by_event"] == {"PROTEST": 1} and lagos["country"] == "NGA"
    assert len(store.place_counts(mentions=True)) == 4
    conds = store.conditions(store_events_table(), country="NGA")
    with store.engine.connect() as conn:
        n = conn.execute(sa.select(sa.func.count()).select_from(store_events_table()).where(*conds)).scalar()
    assert n == 2


def store_events_table() -> sa.Table:
    from eventscribe.store.schema import events

    return events


def test_update_events_keeps_ids_and_replaces(store: Store) -> None:
    for r in sample_results():
        store.add_result(r)
    seen: list[Mapping[str, str] | None] = []

    def resolve(mentions: Iterable[MentionRef], previous: Mapping[str, str] | None = None) -> list[MergedEvent]:
        seen.append(dict(previous or {}))
        merged = one_per_mention(mentions, previous)
        if not previous:  # first time: put a and b's first mentions into one event
            merged[0].mentions.append(merged[2].mentions[0])
            del merged[2]
        return merged

    assert store.update_events(resolve, merged_dict) == 3
    assert seen[0] == {}
    ev = store.get_event("ev-a:0")
    assert ev is not None and [m["mention_id"] for m in ev["mentions"]] == ["a:0", "b:0"]
    assert ev["num_mentions"] == 2 and ev["num_articles"] == 2 and ev["num_sources"] == 2
    assert store.event_assignments()["b:0"] == "ev-a:0"
    # Second resolution sees the previous assignment and replaces everything.
    assert store.update_events(resolve, merged_dict) == 4
    assert seen[1]["b:0"] == "ev-a:0"
    assert store.counts()["events"] == 4
    assert store.event_assignments() == {"a:0": "ev-a:0", "a:1": "ev-a:1", "b:0": "ev-b:0", "b:1": "ev-b:1"}


def test_duplicate_event_ids_are_refused(store: Store) -> None:
    _load(store)
    merged = one_per_mention(store.iter_mentions())
    merged[1].event_id = merged[0].event_id
    with pytest.raises(ValueError, match="duplicate event_id"):
        store.replace_events(merged, merged_dict)
    assert store.counts()["events"] == 4  # the old events are untouched


def test_concurrent_writers_neither_lose_nor_duplicate(db_url: str) -> None:
    """Threads adding the same articles at once: each stored exactly once."""
    results = [make_result(f"d{i}", f"Crowds marched in town {i}. Police arrested {i} people.",
                           [{"trigger": "marched"}, {"trigger": "arrested", "event": "COERCE"}])
               for i in range(25)]
    added: list[bool] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def worker(order: list[Result]) -> None:
        try:
            with Store.open(db_url) as s:
                for r in order:
                    ok = s.add_result(r)
                    with lock:
                        added.append(ok)
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    orders = [results, results[::-1], results[5:] + results[:5]]
    threads = [threading.Thread(target=worker, args=(o,)) for o in orders]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    assert sum(added) == 25 and len(added) == 75
    with Store.open(db_url) as s:
        assert s.counts()["articles"] == 25 and s.counts()["mentions"] == 50
        ids = [m.mention_id for m in s.iter_mentions()]
        assert len(ids) == len(set(ids)) == 50


def test_sqlite_in_memory() -> None:
    with Store.open(":memory:") as s:
        s.add_result(sample_results()[0])
        assert s.counts()["mentions"] == 2


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                    min_size=1, max_size=80),
       doc_id=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                      min_size=1, max_size=20))
def test_any_text_round_trips(tmp_path: Path, text: str, doc_id: str) -> None:
    with Store.open(tmp_path / "prop.db") as s:
        r = make_result(doc_id, text + " marched.", [{"trigger": "marched"}])
        s.add_result(r)
        assert s.add_result(r) is False
        art = s.get_article(doc_id)
        assert art is not None and art["text"] == text + " marched."
        (m,) = art["mentions"]
        assert art["text"][m["trigger"]["start"]:m["trigger"]["end"]] == "marched"


# A writer process without the parser (fast to start): adds N articles in a given order,
# then re-resolves, as `eventscribe run` does, and prints how many it added.
WORKER = r"""
import sys
from eventscribe.model import Document, Event, MergedEvent, Result, Span
from eventscribe.store import Store

url, n, reverse = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"

def result(i):
    text = f"Teachers marched in city {i}. Police arrested {i} of them."
    evs = []
    for k, word in enumerate(("marched", "arrested")):
        s = text.index(word)
        evs.append(Event(id=f"pg{i:03d}:{k}", event="PROTEST" if k == 0 else "COERCE", mode=None,
                         trigger=Span(text=word, start=s, end=s + len(word)),
                         sentence_start=0, sentence_end=len(text)))
    return Result(id=f"pg{i:03d}", document=Document(id=f"pg{i:03d}", text=text), events=evs)

def resolve(mentions, previous=None):
    return [MergedEvent(event_id="ev-" + m.mention_id, event=m.event.event, mode=None, acled=None,
                        date=None, location=None, actors=[], counts={}, status="asserted",
                        mentions=[m]) for m in mentions]

order = range(n - 1, -1, -1) if reverse else range(n)
with Store.open(url) as store:
    added = sum(store.add_result(result(i)) for i in order)
    store.update_events(resolve, lambda ev: {"event_id": ev.event_id})
print(added)
"""


def test_concurrent_writer_processes(db_url: str) -> None:
    """Two processes write the same articles into one fresh database at the same time
    (migrating it concurrently too); each article is stored once, none lost."""
    n = 40
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, db_url, str(n), str(k % 2)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for k in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    assert sum(int(out) for out, _err in outs) == n
    with Store.open(db_url) as s:
        assert s.counts()["articles"] == n and s.counts()["mentions"] == 2 * n
        ids = [m.mention_id for m in s.iter_mentions()]
        assert len(ids) == len(set(ids))
        # The last resolution saw every mention.
        assert set(s.event_assignments()) == {m.mention_id for m in s.iter_mentions()}


def test_new_migrations_apply_once_in_order(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database at an older version gets exactly the pending migrations, recorded."""
    with Store.open(db_url) as s:
        s.add_result(sample_results()[0])
    calls: list[int] = []

    def add_column(conn: sa.Connection) -> None:
        calls.append(2)
        conn.execute(sa.text("ALTER TABLE articles ADD COLUMN language TEXT"))

    def add_index(conn: sa.Connection) -> None:
        calls.append(3)
        conn.execute(sa.text("CREATE INDEX ix_articles_language ON articles (language)"))

    monkeypatch.setattr(migrations, "MIGRATIONS",
                        [*migrations.MIGRATIONS, (2, "articles.language", add_column), (3, "index", add_index)])
    with Store.open(db_url) as s:
        assert calls == [2, 3] and s.schema_version() == 3
        assert s.migrate() == []
        assert s.counts()["articles"] == 1  # data kept
        with s.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT language FROM articles")).scalar() is None
    with Store.open(db_url):
        assert calls == [2, 3]


_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.text(_chars, max_size=20), needle=st.text(_chars, min_size=1, max_size=8),
       after=st.text(_chars, max_size=20))
def test_q_finds_any_substring_literally(tmp_path: Path, before: str, needle: str, after: str) -> None:
    """Search is a literal substring match: %, _ and the escape character match themselves."""
    text = f"{before} {needle} {after} marched"
    assume(". " not in text)  # make_event's sentence is then the whole text
    with Store.open(tmp_path / f"q{uuid.uuid4().hex}.db") as s:
        s.add_result(make_result("q", text, [{"trigger": "marched"}]))
        rows, total = s.query_events(mentions=True, q=needle)
        assert total == 1 and rows[0]["sentence_text"] == text
        if needle + "\x01" not in text:
            assert s.query_events(mentions=True, q=needle + "\x01")[1] == 0


def test_sqlite_readers_do_not_wait_for_a_writer(tmp_path: Path) -> None:
    """While one connection holds the write lock (a run resolving events), another process
    can still open the database and read it (WAL; migrate checks before locking)."""
    db = tmp_path / "events.db"
    with Store.open(db) as writer:
        writer.add_result(sample_results()[0])
        with writer._write() as conn:
            conn.execute(sa.text("DELETE FROM errors"))  # holds the write lock from here
            # Blocking here would end in "database is locked" after the busy timeout.
            with Store.open(db) as reader:
                assert reader.counts()["articles"] == 1
                assert reader.query_events(mentions=True)[1] == 2

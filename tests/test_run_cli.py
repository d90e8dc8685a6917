"""`eventscribe run`, `events` and `export` through the real CLI, on SQLite files."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventscribe.cli import app, store_cmds
from eventscribe.model import MentionRef, MergedEvent
from eventscribe.store import Store

PROTEST = ("Thousands of students marched through the capital on Monday to protest against fuel "
           "prices. Police fired tear gas at the crowd and arrested 14 people, witnesses said.")
STRIKE = "Dock workers went on strike in the port city on Tuesday, demanding higher wages."


def one_per_mention(mentions: Iterable[MentionRef], previous: Mapping[str, str] | None = None) -> list[MergedEvent]:
    """A trivial resolution (every mention its own event) that keeps these tests independent
    of the real resolver's decisions."""
    out = []
    for m in mentions:
        e = m.event
        out.append(MergedEvent(event_id=f"ev-{m.mention_id}", event=e.event, mode=e.mode, acled=e.acled,
                               date=e.date, location=e.location, actors=e.actors, counts=e.counts,
                               status=e.status, mentions=[m]))
    return out


def merged_dict(ev: MergedEvent) -> dict[str, Any]:
    return {"event_id": ev.event_id, "plover": {"event": ev.event, "mode": ev.mode},
            "mentions": [{"article_id": m.article_id, "mention_id": m.mention_id, "source": m.source}
                         for m in ev.mentions]}


@pytest.fixture
def runner(nlp: Any) -> CliRunner:
    # The session's spaCy model is cached by load_nlp, so in-process runs do not reload it.
    return CliRunner()


@pytest.fixture
def trivial_resolver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_cmds, "_resolver", lambda: (one_per_mention, merged_dict))


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "one.txt").write_text(PROTEST, encoding="utf-8")
    (d / "two.md").write_text(STRIKE, encoding="utf-8")
    write_jsonl(d / "more.jsonl", [
        {"id": "j1", "text": PROTEST.replace("Monday", "Friday"), "published": "2023-05-05", "source": "Wire"},
        {"id": "j2", "text": STRIKE, "published": "2023-05-06", "source": "Post"},
    ])
    return d


def counts(db: Path) -> dict[str, int]:
    with Store.open(db) as s:
        return s.counts()


def test_run_and_rerun_adds_nothing(runner: CliRunner, tmp_path: Path, trivial_resolver: None) -> None:
    src, db = corpus(tmp_path), tmp_path / "events.db"
    first = runner.invoke(app, ["run", str(src), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "4 articles added, 0 skipped" in first.stderr
    c1 = counts(db)
    assert c1["articles"] == 4 and c1["mentions"] > 0 and c1["events"] == c1["mentions"]
    second = runner.invoke(app, ["run", str(src), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "0 articles added, 4 skipped" in second.stderr
    assert counts(db) == c1
    with Store.open(db) as s:
        art = s.get_article("j1")
        assert art is not None and art["source"] == "Wire" and art["published"] == "2023-05-05"
        assert any(m["plover"]["event"] == "PROTEST" for m in art["mentions"])


def test_html_article_offsets_point_into_stored_text(runner: CliRunner, tmp_path: Path,
                                                    trivial_resolver: None) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Fuel protest</title></head><body><nav>Home | World</nav>"
                    f"<article><h1>Fuel protest</h1><p>{PROTEST}</p><p>{STRIKE}</p></article>"
                    "<footer>(c) Example News</footer></body></html>", encoding="utf-8")
    db = tmp_path / "events.db"
    res = runner.invoke(app, ["run", str(page), "--db", str(db)])
    assert res.exit_code == 0, res.output
    with Store.open(db) as s:
        art = s.get_article(str(page))
        assert art is not None and art["from_html"] is True and "marched" in art["text"]
        assert art["mentions"]
        for m in art["mentions"]:
            t = m["trigger"]
            assert art["text"][t["start"]:t["end"]] == t["text"]
            assert art["text"][m["sentence"]["start"]:m["sentence"]["end"]] == m["sentence_text"]


def test_db_from_environment(runner: CliRunner, tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": STRIKE}])
    db = tmp_path / "env.db"
    res = runner.invoke(app, ["run", str(f), "--no-resolve"], env={"EVENTSCRIBE_DB": str(db)})
    assert res.exit_code == 0, res.output
    assert counts(db)["articles"] == 1


def test_changed_document_is_replaced(runner: CliRunner, tmp_path: Path, trivial_resolver: None) -> None:
    db = tmp_path / "events.db"
    f = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": PROTEST}])
    assert runner.invoke(app, ["run", str(f), "--db", str(db)]).exit_code == 0
    write_jsonl(f, [{"id": "x", "text": STRIKE}])
    res = runner.invoke(app, ["run", str(f), "--db", str(db)])
    assert "1 articles added" in res.stderr
    with Store.open(db) as s:
        art = s.get_article("x")
        assert art is not None and art["text"] == STRIKE
        assert all(m["sentence_text"] in STRIKE for m in art["mentions"])
        assert s.counts()["articles"] == 1


def test_bad_inputs_are_recorded_and_the_rest_stored(runner: CliRunner, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(PROTEST, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (d / "latin1.txt").write_bytes("Manifestation à Montréal, élèves en grève.".encode("latin-1"))
    (d / "blank.html").write_text("<html><head><title>t</title></head><body><script>var x;</script></body></html>",
                                  encoding="utf-8")
    lines = [
        json.dumps({"id": "ok", "text": STRIKE, "published": "2023-01-02"}).encode(),
        b"{not json at all",
        json.dumps({"text": "no id here"}).encode(),
        json.dumps({"id": "notext"}).encode(),
        b"[1, 2, 3]",
        b'{"id": "badutf8", "text": "caf\xe9"}',
        json.dumps({"id": "when", "text": STRIKE, "published": "some day soon"}).encode(),
        json.dumps({"id": "huge", "text": "word " * 1_000_000}).encode(),  # a 5 MB document
        b'{"id": "surrogate", "text": "Crowds marched \\ud800 in town."}',  # valid JSON, unencodable text
    ]
    (d / "docs.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    db = tmp_path / "events.db"
    res = runner.invoke(app, ["run", str(d), "--db", str(db), "--no-resolve"])
    assert res.exit_code == 3, res.output
    with Store.open(db) as s:
        stored = {a for a in ("good", "ok", "when") if s.get_article(a if a != "good" else str(d / "good.txt"))}
        assert stored == {"good", "ok", "when"}
        assert s.get_article("when")["published"] is None  # type: ignore[index]
        errors = list(s.iter_errors())
        codes = sorted(e["code"] for e in errors)
        assert codes == sorted(["empty_text", "binary_content", "invalid_utf8", "empty_html", "invalid_json",
                                "missing_id", "missing_text", "invalid_document", "invalid_utf8", "too_large",
                                "invalid_text"])
        assert s.counts()["articles"] == 3
        by_code = {e["code"]: e for e in errors}
        assert by_code["too_large"]["doc_id"] == "huge" and by_code["missing_text"]["doc_id"] == "notext"
    # One line on standard error per failed document.
    assert res.stderr.count("invalid_json") == 1 and "huge: too_large" in res.stderr
    listed = runner.invoke(app, ["events", "--db", str(db), "--errors", "--format", "jsonl", "--limit", "100"])
    assert sorted(json.loads(line)["code"] for line in listed.stdout.splitlines()) == codes
    assert "too_large" in runner.invoke(app, ["events", "--db", str(db), "--errors"]).stdout
    # Re-running records the same failures once, not twice.
    runner.invoke(app, ["run", str(d), "--db", str(db), "--no-resolve"])
    with Store.open(db) as s:
        assert len(list(s.iter_errors())) == len(codes)


def test_parser_crash_loses_only_its_document(runner: CliRunner, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A document that crashes spaCy itself (here: an unpaired surrogate let through ingest)
    fails alone; the documents of its batch and after it are stored."""
    from eventscribe import ingest
    from eventscribe.model import Document

    real_parse = ingest.parse_record

    def lenient(rec: object, **kw: object) -> ingest.Item:
        if isinstance(rec, dict) and rec.get("id") == "crash":
            return ingest.Item(id="crash", document=Document(id="crash", text=rec["text"]))
        return real_parse(rec, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "parse_record", lenient)
    f = tmp_path / "docs.jsonl"
    good = [json.dumps({"id": f"g{i}", "text": STRIKE.replace("Tuesday", f"day {i}")}) for i in range(5)]
    f.write_text("\n".join([*good[:2], '{"id": "crash", "text": "Crowds marched \\ud800 here."}', *good[2:]]) + "\n",
                 encoding="utf-8")
    db = tmp_path / "events.db"
    res = runner.invoke(app, ["run", str(f), "--db", str(db), "--no-resolve"])
    assert res.exit_code == 3, res.output
    with Store.open(db) as s:
        assert s.counts()["articles"] == 5
        assert [(e["doc_id"], e["code"]) for e in s.iter_errors()] == [("crash", "extraction_failed")]


def test_resume_after_kill(runner: CliRunner, tmp_path: Path, trivial_resolver: None) -> None:
    """SIGKILL a run midway; the re-run completes it without loss or duplicates."""
    n = 40
    body = " ".join(f"Protesters marched in district {i} and police detained {i + 2} people." for i in range(25))
    f = write_jsonl(tmp_path / "docs.jsonl",
                    [{"id": f"d{i:03d}", "text": f"Report {i}. {body}", "published": "2023-03-01"} for i in range(n)])
    db = tmp_path / "events.db"
    proc = subprocess.Popen([sys.executable, "-m", "eventscribe", "run", str(f), "--db", str(db),
                             "--processes", "1", "--no-resolve"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored_at_kill = 0
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=5) as conn:
                        stored_at_kill = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:  # schema not created yet
                    stored_at_kill = 0
                if stored_at_kill >= 3:
                    break
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert 3 <= stored_at_kill < n, "the run should have been killed midway"
    res = runner.invoke(app, ["run", str(f), "--db", str(db)])
    assert res.exit_code == 0, res.output
    with Store.open(db) as s:
        c = s.counts()
        assert c["articles"] == n
        refs = list(s.iter_mentions())
        ids = [r.mention_id for r in refs]
        assert len(ids) == len(set(ids)) == c["mentions"]
        # Every article has exactly its own mentions, numbered 0..k-1, once.
        per_article: dict[str, list[int]] = {}
        for r in refs:
            per_article.setdefault(r.article_id, []).append(int(r.mention_id.rsplit(":", 1)[1]))
        for i in range(n):
            art = s.get_article(f"d{i:03d}")
            assert art is not None
            got = sorted(per_article.get(f"d{i:03d}", []))
            assert got == list(range(art["num_mentions"]))
        assert c["events"] == c["mentions"]


def test_events_command_formats(runner: CliRunner, tmp_path: Path, trivial_resolver: None) -> None:
    src, db = corpus(tmp_path), tmp_path / "events.db"
    assert runner.invoke(app, ["run", str(src), "--db", str(db)]).exit_code == 0
    total = counts(db)["events"]
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", "--limit", "1000"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(rows) == total and all(r["event_id"].startswith("ev-") for r in rows)
    assert f"{total} of {total} events" in res.stderr
    res = runner.invoke(app, ["events", "--db", str(db), "--event", "PROTEST", "--format", "csv"])
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert table and {r["plover_event"] for r in table} == {"PROTEST"}
    assert json.loads(table[0]["data"])["plover"]["event"] == "PROTEST"
    res = runner.invoke(app, ["events", "--db", str(db), "--mentions", "--limit", "2"])
    assert res.exit_code == 0 and "mention" in res.stdout and "of" in res.stderr
    res = runner.invoke(app, ["events", "--db", str(db), "--mentions", "--q", "DOCK WORKERS", "--format", "jsonl"])
    found = [json.loads(line) for line in res.stdout.splitlines()]
    assert found and all("Dock workers" in m["sentence_text"] for m in found)
    assert runner.invoke(app, ["events", "--db", str(tmp_path / "missing.db")]).exit_code == 2
    assert runner.invoke(app, ["events", "--db", str(db), "--from", "not a date"]).exit_code == 2


def test_export_formats(runner: CliRunner, tmp_path: Path, trivial_resolver: None) -> None:
    import pyarrow.parquet as pq

    src, db = corpus(tmp_path), tmp_path / "events.db"
    assert runner.invoke(app, ["run", str(src), "--db", str(db)]).exit_code == 0
    c = counts(db)
    for mentions, expected in ((False, c["events"]), (True, c["mentions"])):
        extra = ["--mentions"] if mentions else []
        out = tmp_path / f"x{mentions}"
        res = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", "-o", f"{out}.jsonl", *extra])
        assert res.exit_code == 0, res.output
        lines = Path(f"{out}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == expected and all("plover" in json.loads(line) for line in lines)
        res = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "-o", f"{out}.csv", *extra])
        with open(f"{out}.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == expected and all(json.loads(r["data"])["plover"] for r in rows)
        res = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", "-o", f"{out}.parquet", *extra])
        assert res.exit_code == 0, res.output
        table = pq.read_table(f"{out}.parquet")
        assert table.num_rows == expected
        assert "plover_event" in table.column_names and "data" in table.column_names
        if mentions:
            assert table.schema.field("start_date").type.equals(__import__("pyarrow").date32())
            assert set(table.column("article_id").to_pylist()) == {"j1", "j2", str(src / "one.txt"),
                                                                   str(src / "two.md")}
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet"])
    assert res.exit_code == 2


def test_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    res = runner.invoke(app, ["run", str(tmp_path / "nope.jsonl"), "--db", db])
    assert res.exit_code == 2 and "no such file" in res.stderr
    f = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": STRIKE}])
    assert runner.invoke(app, ["run", str(f), "--db", db, "--published-default", "soon"]).exit_code == 2
    assert runner.invoke(app, ["run", str(f), "--db", db, "--engine", "spark"]).exit_code == 2
    res = runner.invoke(app, ["run", str(f), "--db", "mysql://nobody@127.0.0.1:1/x"])
    assert res.exit_code == 2 and "cannot open" in res.stderr


def test_ray_engine_without_ray(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "ray" else real(name, *a))
    f = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": STRIKE}])
    res = runner.invoke(app, ["run", str(f), "--db", str(tmp_path / "e.db"), "--engine", "ray"])
    assert res.exit_code == 2
    assert "pip install 'eventscribe[ray]'" in res.stderr


def test_missing_resolver_is_a_notice(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_cmds, "_resolver", lambda: "event resolution unavailable (test)")
    f = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": STRIKE}])
    res = runner.invoke(app, ["run", str(f), "--db", str(tmp_path / "e.db")])
    assert res.exit_code == 0
    assert "notice: event resolution unavailable (test)" in res.stderr


def test_real_resolver_links_every_mention(runner: CliRunner, tmp_path: Path) -> None:
    found = store_cmds._resolver()
    if isinstance(found, str):
        pytest.skip(found)
    src, db = corpus(tmp_path), tmp_path / "events.db"
    assert runner.invoke(app, ["run", str(src), "--db", str(db)]).exit_code == 0
    with Store.open(db) as s:
        c = s.counts()
        assert 0 < c["events"] <= c["mentions"]
        linked = s.event_assignments()
        assert set(linked) == {m.mention_id for m in s.iter_mentions()}
        first = dict(linked)
    # Adding an article re-resolves; events of the earlier mentions keep their ids when
    # nothing new joined them.
    extra = write_jsonl(tmp_path / "extra.jsonl", [{"id": "z", "text": "Farmers blocked a highway in the north."}])
    assert runner.invoke(app, ["run", str(extra), "--db", str(db)]).exit_code == 0
    with Store.open(db) as s:
        again = s.event_assignments()
        assert {k: again[k] for k in first} == first

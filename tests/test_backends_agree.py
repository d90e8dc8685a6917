"""The same events come out of SQLite, PostgreSQL and Ray runs of the example articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventscribe.cli import app

from .conftest import EXAMPLES


def run_and_list(db: str, *extra: str) -> list[dict]:
    runner = CliRunner()
    res = runner.invoke(app, ["run", str(EXAMPLES), "--db", db, "--processes", "1", *extra])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--limit", "100000"])
    assert res.exit_code == 0, res.output
    events = [json.loads(line) for line in res.stdout.splitlines()]
    return sorted(events, key=lambda e: e["event_id"])


@pytest.fixture(scope="module")
def sqlite_events(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> list[dict]:
    return run_and_list(str(tmp_path_factory.mktemp("sqlite") / "events.db"))


def test_sqlite_run_has_typed_traceable_events(sqlite_events: list[dict]) -> None:
    assert len(sqlite_events) > 50
    cats = {e["plover"]["event"] for e in sqlite_events}
    assert {"PROTEST", "ASSAULT", "COERCE", "REQUEST", "CONSULT"} <= cats
    assert all(e["mentions"] and e["num_mentions"] == len(e["mentions"]) for e in sqlite_events)


@pytest.mark.postgres
def test_postgres_gives_the_same_events(sqlite_events: list[dict], pg_db: str) -> None:
    assert run_and_list(pg_db) == sqlite_events


@pytest.mark.ray
def test_ray_engine_gives_the_same_events(sqlite_events: list[dict], tmp_path: Path) -> None:
    ray = pytest.importorskip("ray")
    try:
        assert run_and_list(str(tmp_path / "ray.db"), "--engine", "ray") == sqlite_events
    finally:
        ray.shutdown()

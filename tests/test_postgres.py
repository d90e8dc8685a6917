"""`eventscribe run` against PostgreSQL: the CLI end to end.

Concurrent writer processes are tested on both backends in test_store.py.

Needs a server: ESCRIBE_TEST_PG_URL (CI starts one with scripts/start-postgres.sh).
Each test works in a fresh schema, dropped afterwards.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventscribe.cli import app
from eventscribe.store import Store

pytestmark = pytest.mark.postgres


def docs(tmp_path: Path, n: int, name: str = "docs.jsonl") -> Path:
    path = tmp_path / name
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = (f"Hundreds of teachers marched in city {i} on Monday, demanding unpaid salaries. "
                    f"Riot police arrested {i + 3} of them, a union spokesman said.")
            fh.write(json.dumps({"id": f"pg{i:03d}", "text": text, "published": "2023-09-04",
                                 "source": f"paper{i % 3}"}) + "\n")
    return path


def check_integrity(store: Store, n: int) -> None:
    c = store.counts()
    assert c["articles"] == n
    refs = list(store.iter_mentions())
    ids = [r.mention_id for r in refs]
    assert len(ids) == len(set(ids)) == c["mentions"] > 0
    for i in range(n):
        art = store.get_article(f"pg{i:03d}")
        assert art is not None
        assert sorted(int(m["mention_id"].rsplit(":", 1)[1]) for m in art["mentions"]) == list(
            range(art["num_mentions"]))


def test_run_events_export_on_postgres(nlp: object, pg_db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    f = docs(tmp_path, 6)
    res = runner.invoke(app, ["run", str(f), "--db", pg_db])
    assert res.exit_code == 0, res.output
    assert "6 articles added" in res.stderr
    res = runner.invoke(app, ["run", str(f), "--db", pg_db])
    assert "0 articles added, 6 skipped" in res.stderr
    with Store.open(pg_db) as s:
        check_integrity(s, 6)
        rows, total = s.query_events(mentions=True, event="PROTEST", q="TEACHERS")
        assert total >= 6 and all("teachers" in r["sentence_text"] for r in rows)
    res = runner.invoke(app, ["events", "--db", pg_db, "--mentions", "--format", "jsonl", "--limit", "1000"])
    assert res.exit_code == 0, res.output
    assert len(res.stdout.splitlines()) == Store.open(pg_db).counts()["mentions"]
    out = tmp_path / "m.parquet"
    res = runner.invoke(app, ["export", "--db", pg_db, "--mentions", "--format", "parquet", "-o", str(out)])
    assert res.exit_code == 0, res.output
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == len(list(Store.open(pg_db).iter_mentions()))

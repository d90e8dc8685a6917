from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
DEV_DATA = ROOT.parent / "shared" / "data" / "dev"


def assert_spans(text: str, events: list[dict]) -> None:
    """Every span of every event of a contract output points at its text."""
    for ev in events:
        for span in [ev["trigger"], *ev["actors"], ev.get("location"), ev.get("date"),
                     ev.get("attribution"), *(ev.get("counts") or {}).values()]:
            if span and span.get("start") is not None:
                assert text[span["start"]:span["end"]] == span["text"]


@pytest.fixture(scope="session")
def nlp():
    from eventscribe.annotate import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from eventscribe.pipeline import Pipeline

    return Pipeline(nlp=nlp)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.db"


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get("ESCRIBE_TEST_PG_URL")
    if not url:
        pytest.skip("ESCRIBE_TEST_PG_URL not set (PostgreSQL tests run in CI)")
    return url


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[str]:
    """A PostgreSQL URL whose search path is a fresh schema, dropped afterwards."""
    import sqlalchemy as sa

    from eventscribe.store import to_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(to_url(pg_url))
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = sa.engine.make_url(to_url(pg_url)).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()

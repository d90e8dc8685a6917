from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
DEV_DATA = ROOT.parent / "shared" / "data" / "dev"


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

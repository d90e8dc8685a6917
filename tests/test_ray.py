"""The Ray engine gives exactly the local engine's output, in input order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

pytestmark = pytest.mark.ray

from eventscribe.engines.ray_engine import extract_with_ray, write_parquet_shards  # noqa: E402
from eventscribe.ingest import parse_record  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "examples" / "reports" / "reports.jsonl"


@pytest.fixture(scope="module")
def local_ray():
    if ray.is_initialized():  # an earlier test's `run --engine ray` left its local Ray up
        ray.shutdown()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def _records() -> list[dict]:
    recs = [json.loads(line) for line in REPORTS.read_text().splitlines() if line.strip()][:4]
    # one that fails at ingest must pass through in place
    recs.insert(2, {"id": "broken"})
    return recs


def test_ray_output_equals_local_and_keeps_order(local_ray, pipeline, tmp_path):
    recs = _records()
    local = [r.to_dict() for r in pipeline.process(parse_record(r) for r in recs)]
    out = list(extract_with_ray([parse_record(r) for r in recs], num_workers=2, batch_size=2))
    assert [r.id for r in out] == [r.get("id") for r in recs]
    assert [r.to_dict() for r in out] == local
    assert out[2].error is not None and out[2].error.code == "missing_text"
    assert any(r.events for r in out)

    # the Parquet writer holds the same contract lines
    import pyarrow.parquet as pq

    n = write_parquet_shards([parse_record(r) for r in recs], str(tmp_path / "shards"), num_workers=1,
                             batch_size=4)
    table = pq.read_table(tmp_path / "shards").to_pydict()
    assert n == len(recs) == len(table["idx"])
    by_idx = dict(zip(table["idx"], table["result"], strict=True))
    for i in range(len(recs)):
        got = json.loads(by_idx[i])
        for key in local[i]:
            assert got.get(key) == local[i][key], (i, key)

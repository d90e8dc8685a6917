"""The extraction contract (shared/CONTRACT.md) end to end through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventscribe.model import ACLED_TYPES, COUNT_KINDS, PLOVER_MODES, SECTORS
from eventscribe.schema import load_schema, validate_output

from .conftest import EXAMPLES

CLI = [sys.executable, "-m", "eventscribe"]


def run_cli(args: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(CLI + args, input=stdin, capture_output=True, text=True, timeout=300)


def spans_of(event: dict) -> list[dict]:
    spans = [event["trigger"], *event["actors"], event["location"], event["date"], event["attribution"]]
    spans += list(event["counts"].values())
    return [s for s in spans if s and s.get("start") is not None]


def check_offsets(doc_text: str, out: dict) -> None:
    for ev in out["events"]:
        for s in spans_of(ev):
            assert doc_text[s["start"]:s["end"]] == s["text"], (ev["id"], s)
        sent = doc_text[ev["sentence"]["start"]:ev["sentence"]["end"]]
        assert ev["trigger"]["text"] in sent


@pytest.fixture(scope="module")
def example_output() -> list[dict]:
    proc = run_cli(["extract", str(EXAMPLES)])
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_examples_validate_against_schema(example_output: list[dict]) -> None:
    assert len(example_output) >= 14
    for out in example_output:
        validate_output(out)
        assert out["error"] is None


def test_example_offsets_point_at_their_text(example_output: list[dict]) -> None:
    for out in example_output:
        if "text" in out:
            text = out["text"]
        elif out["id"].startswith("ex-"):
            text = next(json.loads(line)["text"] for line in (EXAMPLES / "12-wire-roundup.jsonl").open()
                        if json.loads(line)["id"] == out["id"])
        else:
            text = Path(out["id"]).read_text(encoding="utf-8")
        check_offsets(text, out)


def test_examples_have_typed_events(example_output: list[dict]) -> None:
    events = [e for out in example_output for e in out["events"]]
    kinds = {e["plover"]["event"] for e in events}
    assert {"PROTEST", "ASSAULT", "COERCE"} <= kinds
    assert all(e["id"].startswith(out["id"] + ":") for out in example_output for e in out["events"])


def test_stdin_order_errors_and_exit_status() -> None:
    lines = [
        json.dumps({"id": "a", "text": "Police arrested 12 protesters in Lagos on Monday.", "published": "2021-06-14"}),
        "not json",
        json.dumps({"id": "b"}),
        json.dumps({"text": "no id here"}),
        json.dumps({"id": "c", "html": "<html><body><p>Thousands of workers went on strike in Seoul on Tuesday "
                                       "to demand higher wages, union leaders said.</p></body></html>"}),
    ]
    proc = run_cli(["extract", "-"], stdin="\n".join(lines) + "\n")
    assert proc.returncode == 3
    outs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in outs] == ["a", None, "b", None, "c"]
    assert outs[0]["error"] is None and outs[4]["error"] is None
    assert outs[1]["error"]["code"] == "invalid_json"
    assert outs[2]["error"]["code"] == "missing_text"
    assert outs[3]["error"]["code"] == "missing_id"
    assert "text" in outs[4] and "text" not in outs[0]
    for o in outs:
        validate_output(o)
    check_offsets(outs[4]["text"], outs[4])
    assert proc.stderr  # diagnostics go to stderr, never stdout


def test_missing_path_is_usage_error(tmp_path: Path) -> None:
    proc = run_cli(["extract", str(tmp_path / "nope.jsonl")])
    assert proc.returncode == 2
    assert proc.stdout == ""


def test_published_default(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Students marched in Accra yesterday against fee increases.", encoding="utf-8")
    proc = run_cli(["extract", "--published-default", "2022-03-04", str(f)])
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["published"]["date"] == "2022-03-04"
    assert out["id"] == str(f)


def test_schema_vocabularies_match_the_model() -> None:
    ev = load_schema()["$defs"]["event"]["properties"]
    assert ev["plover"]["properties"]["event"]["enum"] == list(PLOVER_MODES)
    assert ev["acled"]["oneOf"][1]["properties"]["event_type"]["enum"] == list(ACLED_TYPES)
    assert set(ev["actors"]["items"]["properties"]["sector"]["enum"]) - {None} == set(SECTORS)
    assert ev["counts"]["propertyNames"]["enum"] == list(COUNT_KINDS)

"""The REST API over a real SQLite database built from small articles written for these tests."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from eventscribe.api.app import CSP, create_app
from eventscribe.ingest import parse_record
from eventscribe.resolve import merged_to_dict, resolve
from eventscribe.store import Store

XSS_SCRIPT = '<script>window.__pwned=1</script>'
XSS_IMG = '<img src=x onerror="window.__pwned=2">'

# Short wire-style reports; two tell the same protest, one carries markup payloads.
ARTICLES: list[dict[str, Any]] = [
    {"id": "t-lagos-1", "source": "Test Wire", "published": "2024-03-05",
     "title": "Police arrest protesters in Lagos",
     "text": "LAGOS, Nigeria - Police arrested 40 protesters in Lagos on Monday after thousands of "
             "traders marched against rising fuel prices, witnesses said.\n\n"
             "The demonstrators blocked the main road to the market for several hours."},
    {"id": "t-lagos-2", "source": "Daily Test", "published": "2024-03-05",
     "title": "Fuel protest in Lagos",
     "text": "Thousands of traders protested in Lagos, Nigeria on Monday against fuel prices. "
             "Police said 35 people were arrested during the demonstration."},
    {"id": "wire/t-santiago.txt", "source": "Test Wire", "published": "2023-10-20",
     "title": "Students clash with police in Santiago",
     "text": "SANTIAGO, Chile - Hundreds of students clashed with riot police in Santiago on "
             "Thursday. Police fired tear gas at the crowd and 12 people were injured, the "
             "health ministry said."},
    {"id": "t-xss", "source": "Markup Gazette", "published": "2024-02-10",
     "title": "Rally in Nairobi <b>bold</b>",
     "text": "Hundreds of teachers protested in Nairobi, Kenya on Friday, carrying banners that "
             f"read {XSS_SCRIPT} and {XSS_IMG} in front of parliament."},
]

TOKEN = "test-token-123"


def build_db(path: Path, pipeline: Any, articles: list[dict[str, Any]]) -> Path:
    with Store.open(path) as store:
        for result in pipeline.process(parse_record(a) for a in articles):
            store.add_result(result)
        store.update_events(resolve, merged_to_dict)
    return path


@pytest.fixture(scope="module")
def api_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Path:
    return build_db(tmp_path_factory.mktemp("api") / "events.db", pipeline, ARTICLES)


@pytest.fixture(scope="module")
def client(api_db: Path, pipeline: Any) -> TestClient:
    return TestClient(create_app(str(api_db), pipeline=pipeline))


@pytest.fixture(scope="module")
def all_events(client: TestClient) -> list[dict[str, Any]]:
    body = client.get("/api/events", params={"limit": 1000}).json()
    assert body["total"] == len(body["items"]) > 0
    return body["items"]


def test_healthz(client: TestClient) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


def test_event_list_shape(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    r = client.get("/api/events", params={"limit": 2, "offset": 0})
    body = r.json()
    assert set(body) >= {"items", "total", "limit", "offset"}
    assert len(body["items"]) <= 2 and body["total"] == len(all_events)
    for ev in all_events:
        assert ev["event_id"] and ev["event"] == ev["plover"]["event"]
        assert ev["num_mentions"] >= 1


def test_paging_covers_all_events(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    seen = []
    for offset in range(0, len(all_events), 2):
        seen += [e["event_id"] for e in client.get("/api/events", params={"limit": 2, "offset": offset}).json()["items"]]
    assert seen == [e["event_id"] for e in all_events]


@pytest.mark.parametrize("key", ["country", "event", "acled_type", "status"])
def test_filters_select_matching_events(client: TestClient, all_events: list[dict[str, Any]], key: str) -> None:
    def value(ev: dict[str, Any]) -> str | None:
        if key == "country":
            return (ev.get("location") or {}).get("country")
        if key == "acled_type":
            return (ev.get("acled") or {}).get("event_type")
        return ev.get(key)

    values = {value(e) for e in all_events} - {None}
    if not values:
        pytest.skip(f"no event has a {key}")
    wanted = sorted(values)[0]
    body = client.get("/api/events", params={key: wanted, "limit": 1000}).json()
    assert body["total"] == sum(1 for e in all_events if value(e) == wanted) > 0
    assert all(value(e) == wanted for e in body["items"])


def test_acled_sub_event_type_filter(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    subs = sorted({e["acled"]["sub_event_type"] for e in all_events if e.get("acled")})
    if not subs:
        pytest.skip("no ACLED-typed events")
    body = client.get("/api/events", params={"acled_type": subs[0].lower(), "limit": 1000}).json()
    assert body["total"] >= 1
    assert all(e["acled"]["sub_event_type"] == subs[0] for e in body["items"])


def test_country_filter_is_case_insensitive(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    countries = sorted({(e.get("location") or {}).get("country") for e in all_events} - {None})
    if not countries:
        pytest.skip("no located events")
    upper = client.get("/api/events", params={"country": countries[0]}).json()["total"]
    lower = client.get("/api/events", params={"country": countries[0].lower()}).json()["total"]
    assert upper == lower > 0


def test_date_filters(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    dated = [e for e in all_events if e.get("date")]
    assert dated
    day = dated[0]["date"]["start_date"]
    body = client.get("/api/events", params={"from": day, "to": day, "limit": 1000}).json()
    assert body["total"] >= 1
    for ev in body["items"]:
        assert ev["date"]["start_date"] <= day <= ev["date"]["end_date"]
    none = client.get("/api/events", params={"from": "1900-01-01", "to": "1900-01-02"}).json()
    assert none == {"items": [], "total": 0, "limit": 100, "offset": 0}


def test_full_text_search_over_sentences(client: TestClient) -> None:
    body = client.get("/api/events", params={"q": "tear gas", "limit": 1000}).json()
    assert body["total"] >= 1
    for ev in body["items"]:
        detail = client.get(f"/api/events/{ev['event_id']}").json()
        assert any("tear gas" in m["sentence_text"].lower() for m in detail["mentions"])
    assert client.get("/api/events", params={"q": "zzzz-no-such-words"}).json()["total"] == 0


def test_sector_filter(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    sectors = sorted({a["sector"] for e in all_events for a in e["actors"] if a.get("sector")})
    if not sectors:
        pytest.skip("no actor sectors yet")
    body = client.get("/api/events", params={"sector": sectors[0], "limit": 1000}).json()
    assert body["total"] >= 1
    assert all(any(a.get("sector") == sectors[0] for a in e["actors"]) for e in body["items"])


@pytest.mark.parametrize("params", [
    {"limit": 1001}, {"limit": 0}, {"offset": -1}, {"from": "yesterday"}, {"to": "2024-13-45"},
    {"country": "Nigeria"}, {"country": "N1G"}, {"event": "PARTY"}, {"acled_type": "Picnics"},
    {"status": "maybe"}, {"sector": "XYZ"}, {"from": "2024-02-01", "to": "2024-01-01"}, {"q": "x" * 201},
])
def test_bad_filters_are_422_json(client: TestClient, params: dict[str, Any]) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["detail"]


def test_event_detail_has_evidence(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    for summary in all_events:
        ev = client.get(f"/api/events/{summary['event_id']}").json()
        assert ev["event_id"] == summary["event_id"]
        assert len(ev["mentions"]) == ev["num_mentions"]
        assert isinstance(ev["disagreements"], list)
        for m in ev["mentions"]:
            sentence = m["sentence_text"]
            assert m["article_id"] and m["source"]
            kinds = [h["kind"] for h in m["highlights"]]
            assert "trigger" in kinds
            for h in m["highlights"]:
                # Highlight offsets are relative to the sentence and point at their text.
                assert sentence[h["start"]:h["end"]] == h["text"]
            trig = m["trigger"]
            rel = trig["start"] - m["sentence"]["start"]
            assert sentence[rel:rel + len(trig["text"])] == trig["text"]


def test_merged_event_across_sources(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    multi = [e for e in all_events if e["num_sources"] > 1]
    if not multi:
        pytest.skip("resolution merged nothing across sources")
    ev = client.get(f"/api/events/{multi[0]['event_id']}").json()
    assert len({m["source"] for m in ev["mentions"]}) > 1


def test_missing_event_and_article_are_404_json(client: TestClient) -> None:
    for path in ("/api/events/ev-nope", "/api/articles/nope", "/api/nothing-here"):
        r = client.get(path)
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("application/json")
        assert "detail" in r.json()


def test_article(client: TestClient) -> None:
    # Ids may be file paths: slashes are escaped in the URL (or not).
    r = client.get("/api/articles/" + quote("wire/t-santiago.txt", safe=""))
    assert r.status_code == 200
    assert client.get("/api/articles/wire/t-santiago.txt").json() == r.json()
    art = r.json()
    assert art["article_id"] == "wire/t-santiago.txt" and art["source"] == "Test Wire"
    assert art["text"].startswith("SANTIAGO, Chile")
    for m in art["mentions"]:
        s = m["sentence"]
        assert art["text"][s["start"]:s["end"]] == m["sentence_text"]


def test_stats(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    stats = client.get("/api/stats").json()
    assert stats["total_events"] == len(all_events)
    assert stats["total_articles"] == len(ARTICLES)
    assert sum(r["count"] for r in stats["by_category"]) == len(all_events)
    assert [r["key"] for r in stats["by_day"]] == sorted(r["key"] for r in stats["by_day"])
    located = [e for e in all_events if (e.get("location") or {}).get("lat") is not None]
    assert sum(p["count"] for p in stats["places"]) == len(located)
    for p in stats["places"]:
        assert sum(p["by_category"].values()) == p["count"]
    per_day: dict[str, int] = {}
    for row in stats["by_day_category"]:
        per_day[row["key"]] = per_day.get(row["key"], 0) + row["count"]
    assert per_day == {r["key"]: r["count"] for r in stats["by_day"]}
    # Filters apply to the stats too.
    cat = stats["by_category"][0]["key"]
    filtered = client.get("/api/stats", params={"event": cat}).json()
    assert filtered["total_events"] == stats["by_category"][0]["count"]
    assert [r["key"] for r in filtered["by_category"]] == [cat]
    assert client.get("/api/stats", params={"country": "1"}).status_code == 422


def test_csv_export(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    r = client.get("/api/events.csv")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["event_id"] for row in rows] == [e["event_id"] for e in all_events]
    cat = all_events[0]["event"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv", params={"event": cat}).text)))
    assert rows and {row["event"] for row in rows} == {cat}


def test_csv_cells_cannot_be_formulas() -> None:
    from eventscribe.api.events import csv_row

    row = csv_row({"event_id": "e1", "plover": {"event": "PROTEST"},
                   "actors": [{"role": "actor", "name": "=HYPERLINK(\"http://x\")"}],
                   "location": {"name": "@SUM(A1)"}})
    assert all(not str(v).startswith(("=", "@", "+", "-")) for v in row if v is not None)


def test_json_export(client: TestClient, all_events: list[dict[str, Any]]) -> None:
    r = client.get("/api/events.json")
    assert r.status_code == 200
    assert [e["event_id"] for e in json.loads(r.text)] == [e["event_id"] for e in all_events]
    assert json.loads(client.get("/api/events.json", params={"from": "1900-01-01", "to": "1900-01-01"}).text) == []


def test_extract_follows_the_contract(client: TestClient) -> None:
    doc = {"id": "x1", "text": "Police arrested 12 protesters in Lagos, Nigeria on Monday.",
           "published": "2021-06-16", "source": "Example"}
    r = client.post("/api/extract", json=doc)
    assert r.status_code == 200
    out = r.json()
    assert out["id"] == "x1" and out["error"] is None and out["source"] == "Example"
    assert "text" not in out  # only for html input
    assert out["published"]["date"] == "2021-06-16"
    assert out["events"]
    for ev in out["events"]:
        assert doc["text"][ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
    html = client.post("/api/extract", json={"id": "h1", "html": "<html><body><p>Protesters marched "
                                             "in Paris, France on 3 May 2022.</p></body></html>"}).json()
    assert html["id"] == "h1" and isinstance(html["text"], str)


@pytest.mark.parametrize("body", [{}, {"text": "no id"}, {"id": "x"}, {"id": "", "text": "t"},
                                  {"id": "x", "text": 5}, [1, 2]])
def test_extract_rejects_bad_documents(client: TestClient, body: Any) -> None:
    r = client.post("/api/extract", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


def test_extract_rejects_invalid_json(client: TestClient) -> None:
    r = client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_body_size_limit(api_db: Path, pipeline: Any) -> None:
    small = TestClient(create_app(str(api_db), pipeline=pipeline, max_body=1000, ingest_token=TOKEN))
    big = {"id": "big", "text": "Protesters marched. " * 200}
    r = small.post("/api/extract", json=big)
    assert r.status_code == 413
    assert r.json()["detail"].startswith("request body too large")
    # Chunked bodies (no Content-Length) are counted as they arrive.
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(10):
            yield b" " * 500
    r = small.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    # The default limit is 2 MB.
    r = TestClient(create_app(str(api_db), pipeline=pipeline)).post(
        "/api/extract", json={"id": "big", "text": "a" * (2 * 1024 * 1024 + 10)})
    assert r.status_code == 413


def test_ingest_refused_without_configured_token(client: TestClient) -> None:
    r = client.post("/api/articles", json=ARTICLES[0], headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403
    assert "disabled" in r.json()["detail"]


def test_ingest_needs_the_token(tmp_path: Path, pipeline: Any) -> None:
    db = build_db(tmp_path / "ingest.db", pipeline, ARTICLES[:1])
    c = TestClient(create_app(str(db), pipeline=pipeline, ingest_token=TOKEN))
    before = c.get("/api/stats").json()
    doc = ARTICLES[2]
    r = c.post("/api/articles", json=doc)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert c.post("/api/articles", json=doc, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert c.post("/api/articles", json=doc, headers={"Authorization": f"Basic {TOKEN}"}).status_code == 401
    assert c.get("/api/stats").json() == before

    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = c.post("/api/articles", json=[doc, ARTICLES[3]], headers=auth)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["received"] == 2 and body["stored"] == 2
    assert [x["id"] for x in body["results"]] == ["wire/t-santiago.txt", "t-xss"]
    after = c.get("/api/stats").json()
    assert after["total_articles"] == 3
    assert after["total_events"] > before["total_events"]
    assert c.get("/api/articles/wire/t-santiago.txt").status_code == 200
    # The same article again changes nothing.
    again = c.post("/api/articles", json=doc, headers=auth).json()
    assert again["stored"] == 0 and c.get("/api/stats").json() == after
    # Bad documents are 422.
    assert c.post("/api/articles", json={"id": "x"}, headers=auth).status_code == 422
    assert c.post("/api/articles", json=[], headers=auth).status_code == 422


def test_security_headers(client: TestClient) -> None:
    for path in ("/", "/app.js", "/api/events", "/api/events/nope", "/openapi.json", "/healthz"):
        r = client.get(path)
        assert r.headers["content-security-policy"] == CSP, path
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in CSP and "unsafe-inline" not in CSP


def test_dashboard_is_self_contained(client: TestClient) -> None:
    html = client.get("/").text
    assert '<div class="map-wrap" id="map">' in html
    # No inline script: every <script> has a same-origin src and no body.
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    assert scripts and all('src="' in attrs and not body.strip() for attrs, body in scripts)
    assert not re.search(r"\son\w+=", html)
    web = Path(__file__).resolve().parent.parent / "src" / "eventscribe" / "web"
    for f in web.iterdir():
        text = f.read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", text), f
        assert "@import" not in text and "url(http" not in text, f
        if f.suffix == ".js":
            assert "innerHTML" not in text.replace("innerHTML is never used", "")
            assert "insertAdjacentHTML" not in text and "document.write" not in text and "eval(" not in text
    world = client.get("/worldmap.json").json()
    assert len(world["countries"]) > 150
    assert {"NGA", "CHL", "KEN", "FRA"} <= {c["id"] for c in world["countries"]}


def test_markup_in_articles_is_data_not_html(client: TestClient) -> None:
    art = client.get("/api/articles/t-xss")
    assert art.headers["content-type"].startswith("application/json")
    assert XSS_SCRIPT in art.json()["text"] and XSS_IMG in art.json()["text"]
    found = client.get("/api/events", params={"q": "onerror", "limit": 1000}).json()
    assert found["total"] >= 1
    ev = client.get(f"/api/events/{found['items'][0]['event_id']}").json()
    assert any(XSS_IMG in m["sentence_text"] for m in ev["mentions"])
    # Exports carry the text as data too.
    assert client.get("/api/events.json", params={"q": "onerror"}).headers["content-type"].startswith(
        "application/json")


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    expected = {
        "/healthz": ["get"], "/api/events": ["get"], "/api/events/{event_id}": ["get"],
        "/api/events.csv": ["get"], "/api/events.json": ["get"], "/api/articles": ["post"],
        "/api/articles/{article_id}": ["get"], "/api/stats": ["get"], "/api/extract": ["post"],
    }
    assert set(paths) == set(expected)
    for path, methods in expected.items():
        for method in methods:
            op = paths[path][method]
            assert op.get("summary") and op.get("description"), path
            assert "200" in op["responses"]
    schemas = spec["components"]["schemas"]
    for name in ("EventList", "EventDetail", "ArticleOut", "StatsOut", "ExtractInput", "ExtractOutput",
                 "IngestOut", "Mention", "Highlight", "ProblemOut"):
        assert name in schemas, name
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert params == {"from", "to", "country", "event", "acled_type", "sector", "status", "q", "limit", "offset"}


def test_store_failure_is_a_json_500(api_db: Path, pipeline: Any) -> None:
    class Broken:
        def query_events(self, **kw: Any) -> Any:
            raise RuntimeError("disk on fire")

    c = TestClient(create_app(str(api_db), store=Broken(), pipeline=pipeline), raise_server_exceptions=False)
    r = c.get("/api/events")
    assert r.status_code == 500
    assert r.json() == {"detail": "internal error"}
    assert r.headers["content-security-policy"] == CSP


def test_serve_command_runs_uvicorn(api_db: Path) -> None:
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "MY_TOKEN": TOKEN}
    proc = subprocess.Popen([sys.executable, "-m", "eventscribe", "serve", "--db", str(api_db), "--port", str(port),
                             "--token-env", "MY_TOKEN"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        assert httpx.get(base + "/api/events").json()["total"] > 0
        r = httpx.post(base + "/api/articles", json={"id": "x", "text": "t"},
                       headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 403 and r.json()["detail"] == "invalid ingest token"
        assert "server" not in r.headers
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.postgres
def test_api_over_postgresql(pg_url: str, pipeline: Any) -> None:
    """The same routes over PostgreSQL, in a database of their own (dropped afterwards)."""
    import os

    psycopg = pytest.importorskip("psycopg")
    name = f"escribe_api_{os.getpid()}"
    base, _, _ = pg_url.rpartition("/")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    url = f"{base}/{name}"
    try:
        with Store.open(url) as store:
            for result in pipeline.process(parse_record(a) for a in ARTICLES):
                store.add_result(result)
            store.update_events(resolve, merged_to_dict)
            c = TestClient(create_app(url, store=store, pipeline=pipeline))
            items = c.get("/api/events", params={"limit": 1000}).json()["items"]
            assert items
            stats = c.get("/api/stats").json()
            assert stats["total_events"] == len(items) and stats["places"]
            cat = items[0]["event"]
            assert c.get("/api/stats", params={"event": cat, "q": "a", "from": "2000-01-01"}).status_code == 200
            ev = c.get(f"/api/events/{items[0]['event_id']}").json()
            assert ev["mentions"] and all(m["highlights"] for m in ev["mentions"])
            assert c.get("/api/articles/wire/t-santiago.txt").status_code == 200
            assert len(json.loads(c.get("/api/events.json").text)) == len(items)
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_json_bodies_need_a_json_content_type(client: TestClient) -> None:
    # A cross-site form can only send "simple" content types; those are refused, so no other
    # web page can make a visitor's browser run extractions (or ingest) here.
    body = json.dumps({"id": "a", "text": "Police arrested 3 people in Paris."})
    for ctype in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data"):
        r = client.post("/api/extract", content=body, headers={"content-type": ctype})
        assert r.status_code == 422, ctype
    r = client.options("/api/extract", headers={"Origin": "https://evil.example",
                                                "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers


def test_every_endpoint_is_documented(client: TestClient) -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text(encoding="utf-8")
    for path, ops in client.get("/openapi.json").json()["paths"].items():
        for method in ops:
            assert f"{method.upper()} {path}" in doc, f"{method.upper()} {path} missing from docs/api.md"
    for param in ("from", "to", "country", "event", "acled_type", "sector", "status", "q", "limit", "offset"):
        assert f"`{param}`" in doc


def test_serve_command_is_registered() -> None:
    from typer.testing import CliRunner

    from eventscribe.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--db" in result.output and "--token-env" in result.output

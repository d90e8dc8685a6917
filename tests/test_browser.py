"""The dashboard end to end in real headless Chromium (Playwright driving Debian's chromium).

Skipped when Playwright or Chromium is missing. Chromium: ``ESCRIBE_CHROMIUM`` or
``/usr/bin/chromium`` (never ``playwright install``). Screenshots go to a temporary
directory, or to ``docs/screenshots/`` with ``ESCRIBE_UPDATE_SCREENSHOTS=1``.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventscribe.ingest import parse_record, read_paths
from eventscribe.resolve import merged_to_dict, resolve
from eventscribe.store import Store

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

XSS_DOC = {
    "id": "browser-xss", "source": "Markup Gazette <i>", "published": "2024-02-10",
    "title": "Rally <img src=x onerror=\"window.__pwned=3\">",
    "text": "Hundreds of teachers protested in Nairobi, Kenya on Friday, carrying banners that read "
            "<script>window.__pwned=1</script> and <img src=x onerror=\"window.__pwned=2\"> outside parliament.",
}


def chromium_path() -> str | None:
    for cand in (os.environ.get("ESCRIBE_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if cand and Path(cand).exists():
            return cand
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium (set ESCRIBE_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Iterator[str]:
    import uvicorn

    from eventscribe.api.app import create_app

    db = tmp_path_factory.mktemp("browser") / "events.db"
    with Store.open(db) as store:
        items = list(read_paths([EXAMPLES])) + [parse_record(XSS_DOC)]
        for result in pipeline.process(items):
            store.add_result(result)
        store.update_events(resolve, merged_to_dict)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(str(db), pipeline=pipeline), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("ESCRIBE_UPDATE_SCREENSHOTS"):
        out = ROOT / "docs" / "screenshots"
        out.mkdir(parents=True, exist_ok=True)
        return out
    return tmp_path_factory.mktemp("screenshots")


class Watch:
    """Requests to other origins, console errors (CSP violations land there) and page errors."""

    def __init__(self, page: Any, origin: str) -> None:
        self.foreign: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: None if r.url.startswith(origin + "/") or r.url.startswith("data:")
                else self.foreign.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))


def open_page(browser: Any, server: str, path: str = "/", **kw: Any) -> tuple[Any, Watch]:
    page = browser.new_page(**kw)
    page.set_default_timeout(90_000)  # a loaded 2-core CI machine can be slow
    watch = Watch(page, server)
    page.goto(server + path)
    page.wait_for_selector("#events-body tr.event-row")
    page.wait_for_selector("#points circle")
    return page, watch


def test_dashboard_loads_offline(browser: Any, server: str, shots: Path) -> None:
    page, watch = open_page(browser, server, viewport={"width": 1366, "height": 900})
    assert page.locator("#countries path").count() > 150
    assert page.locator("#timeline g.bar").count() > 0
    assert page.locator("#timeline g.bar rect.seg").count() >= page.locator("#timeline g.bar").count()
    assert page.locator("#legend button").count() > 0
    total = page.evaluate("fetch('api/events?limit=1').then(r => r.json()).then(b => b.total)")
    assert page.locator("#summary").inner_text().startswith(f"{total} event")
    page.screenshot(path=str(shots / "dashboard.png"))
    assert watch.foreign == []
    assert watch.errors == []
    page.close()


def test_filter_drives_map_timeline_and_table(browser: Any, server: str) -> None:
    page, watch = open_page(browser, server, viewport={"width": 1366, "height": 900})
    all_points = page.locator("#points circle").count()
    page.select_option("#f-event", "PROTEST")
    page.wait_for_function("() => document.querySelector('#summary').textContent.includes('(filtered)')")
    page.wait_for_function("() => location.search.includes('event=PROTEST')")
    cats = page.locator("#events-body tr.event-row td:nth-child(2)").all_inner_texts()
    assert cats and all(c.startswith("PROTEST") for c in cats)
    assert page.locator("#points circle").count() <= all_points
    legend = page.locator("#legend button").all_inner_texts()
    assert len(legend) == 1 and legend[0].startswith("PROTEST")
    # Downloads follow the filter.
    assert "event=PROTEST" in (page.get_attribute("#dl-csv", "href") or "")
    # Text search: the form's q field.
    page.fill("#f-q", "zzzz-nothing-matches")
    page.click("#f-apply")
    page.wait_for_selector("#empty:not([hidden])")
    assert page.locator("#events-body tr").count() == 0
    page.click("#f-reset")
    page.wait_for_function("() => !location.search")
    page.wait_for_selector("#events-body tr.event-row")
    assert watch.errors == [] and watch.foreign == []
    page.close()


def test_event_panel_highlights_evidence(browser: Any, server: str, shots: Path) -> None:
    page, watch = open_page(browser, server, viewport={"width": 1366, "height": 900})
    # The most-reported event, so the panel shows several sources.
    events = page.evaluate("fetch('api/events?limit=1000').then(r => r.json()).then(b => b.items)")
    best = max(events, key=lambda e: (e["num_mentions"], len(e["disagreements"])))
    detail = page.evaluate(f"fetch('api/events/{best['event_id']}').then(r => r.json())")
    page.goto(server + "/#event=" + best["event_id"])
    page.wait_for_selector("#detail:not([hidden]) blockquote.evidence")
    quotes = page.locator("#detail blockquote.evidence")
    assert quotes.count() == len(detail["mentions"])
    for i, m in enumerate(detail["mentions"]):
        quote = quotes.nth(i)
        assert quote.inner_text().replace("\n", " ").split() == m["sentence_text"].split()
        trig = quote.locator("mark.hl-trigger")
        assert trig.count() >= 1
        assert m["trigger"]["text"] in trig.all_inner_texts()
        for h in m["highlights"]:
            assert quote.locator(f"mark.hl-{h['kind']}").count() >= 1
    page.screenshot(path=str(shots / "event.png"))
    # The article text, with the sentence marked, on demand.
    page.locator("#detail .mention button").first.click()
    page.wait_for_selector("#detail .article-text:not([hidden]) mark.hl-sentence")
    page.keyboard.press("Escape")
    page.wait_for_selector("#detail", state="hidden")
    # Clicking a table row opens the panel too.
    page.locator("#events-body tr.event-row").first.click()
    page.wait_for_selector("#detail:not([hidden]) #detail-title")
    assert watch.errors == [] and watch.foreign == []
    page.close()


def test_markup_in_articles_renders_as_text(browser: Any, server: str, shots: Path) -> None:
    page, watch = open_page(browser, server, "/?q=onerror", viewport={"width": 1366, "height": 900})
    page.wait_for_function("() => location.search.includes('q=onerror')")
    page.locator("#events-body tr.event-row").first.click()
    page.wait_for_selector("#detail:not([hidden]) blockquote.evidence")
    quote = page.locator("#detail blockquote.evidence").first
    text = quote.inner_text()
    assert "<script>window.__pwned=1</script>" in text
    assert '<img src=x onerror="window.__pwned=2">' in text
    meta = page.locator("#detail .mention-meta").first.inner_text()
    assert "<i>" in meta and "onerror" in meta
    page.locator("#detail .mention button").first.click()
    page.wait_for_selector("#detail .article-text:not([hidden])")
    assert page.locator("#detail img, #detail script, #detail i").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    page.screenshot(path=str(shots / "markup-as-text.png"))
    assert watch.foreign == []
    page.close()


def test_phone_layout(browser: Any, server: str, shots: Path) -> None:
    page, watch = open_page(browser, server, viewport={"width": 390, "height": 844}, is_mobile=True,
                            has_touch=True, device_scale_factor=2)
    # One column: nothing wider than the screen except the scrollable table.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    map_box = page.locator("#map").bounding_box()
    assert map_box and map_box["width"] > 300
    page.screenshot(path=str(shots / "dashboard-phone.png"))
    # The filters fold behind a button on a phone.
    assert not page.locator("#filters").is_visible()
    page.click("#filters-toggle")
    assert page.locator("#f-q").is_visible()
    page.click("#filters-toggle")
    page.locator("#events-body tr.event-row").first.click()
    page.wait_for_selector("#detail:not([hidden]) blockquote.evidence")
    panel = page.locator("#detail .detail-inner").bounding_box()
    assert panel and panel["width"] >= 380
    page.screenshot(path=str(shots / "event-phone.png"))
    assert watch.errors == [] and watch.foreign == []
    page.close()

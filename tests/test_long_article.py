"""End to end on long opinion articles: events from last year to decades ago, tolls with
qualifiers, who fired on whom, claims kept as claims (examples/articles/13-kenya-long-opinion.txt,
examples/articles/14-iran-long-opinion.md)."""

from __future__ import annotations

from typing import Any

import pytest

from eventscribe.ingest import read_paths

from .conftest import EXAMPLES

ARTICLE = EXAMPLES / "13-kenya-long-opinion.txt"
IRAN = EXAMPLES / "14-iran-long-opinion.md"


def _events(pipeline, path, published: str) -> list[dict[str, Any]]:
    (result,) = list(pipeline.process(read_paths([path])))
    assert result.error is None
    out = result.to_dict()
    assert out["published"]["date"] == published
    document = next(iter(read_paths([path]))).document
    assert document is not None
    text = document.text
    for ev in out["events"]:
        for span in [ev["trigger"], *ev["actors"], ev.get("location"), ev.get("date"),
                     ev.get("attribution"), *(ev.get("counts") or {}).values()]:
            if span and span.get("start") is not None:
                assert text[span["start"]:span["end"]] == span["text"]
    return list(out["events"])


@pytest.fixture(scope="module")
def events(pipeline) -> list[dict[str, Any]]:
    return _events(pipeline, ARTICLE, "2025-03-10")


@pytest.fixture(scope="module")
def iran(pipeline) -> list[dict[str, Any]]:
    # The date line comes after breadcrumbs and the headline.
    return _events(pipeline, IRAN, "2024-11-18")


def one(events: list[dict[str, Any]], trigger: str, nth: int = 0) -> dict[str, Any]:
    return [e for e in events if e["trigger"]["text"] == trigger][nth]


def doers(ev: dict[str, Any], role: str = "actor") -> list[tuple[str, str | None]]:
    return [(a["text"], a["sector"]) for a in ev["actors"] if a["role"] == role]


def test_last_june(events) -> None:
    march = one(events, "marched")
    assert march["plover"]["event"] == "PROTEST"
    assert (march["date"]["start_date"], march["date"]["precision"]) == ("2024-06-01", "month")
    assert march["location"]["name"] == "Nairobi" and march["location"]["country"] == "KEN"
    assert march["counts"]["participants"]["value"] == 20000
    fire = one(events, "opened")
    assert fire["plover"] == {"event": "ASSAULT", "mode": "firearms"}
    assert ("Police", "COP") in doers(fire) and doers(fire, "recipient")
    killed = one(events, "killed")
    toll = killed["counts"]["killed"]
    assert (toll["value"], toll["qualifier"]) == (19, "at_least")
    assert killed["attribution"]["text"].endswith("Kenya National Commission on Human Rights")
    assert one(events, "injured")["counts"]["injured"]["qualifier"] == "at_least"


def test_decades_ago(events) -> None:
    shot = one(events, "shot")
    assert shot["date"]["start_date"] == "1990-07-01" and shot["date"]["precision"] == "month"
    assert ("security forces", "COP") in doers(shot) or ("security forces", "MIL") in doers(shot)
    assert (shot["counts"]["killed"]["value"], shot["counts"]["killed"]["qualifier"]) == (20, "at_least")
    detained = one(events, "detained")
    assert detained["date"]["start_date"].startswith("1990-07")
    assert detained["counts"]["arrested"]["qualifier"] == "vague"


def test_a_season_and_a_claim(events) -> None:
    streets = one(events, "took")
    assert (streets["date"]["start_date"], streets["date"]["end_date"]) == ("2023-03-01", "2023-05-31")
    assert streets["location"]["name"] == "Kisumu"
    beat = one(events, "beat")
    assert beat["plover"]["mode"] == "beat" and ("Officers", "COP") in doers(beat)
    arrested = one(events, "arrested")
    assert arrested["counts"]["arrested"]["value"] == 200
    assert arrested["counts"]["arrested"]["qualifier"] == "approx"
    assert arrested["attribution"]["text"] == "rights groups"
    # The ministry's denial carries no casualty figure of the doctors' sentence.
    assert not one(events, "denied")["counts"]


def test_a_year_and_what_is_only_threatened(events) -> None:
    killed_2017 = one(events, "killed", 1)
    assert killed_2017["date"]["start_date"] == "2017-01-01"
    assert killed_2017["counts"]["killed"]["value"] == 24
    assert killed_2017["attribution"]["text"] == "Amnesty International"
    assert ("police", "COP") in doers(killed_2017)
    assert one(events, "blocks")["status"] == "hypothetical"
    # "the next march" is a protest, not March next year.
    assert all(not (e.get("date") or {}).get("start_date", "").startswith("2026") for e in events)


def test_iran_recent_weeks_and_a_massacre_decades_ago(iran) -> None:
    hanged = one(iran, "hanged")
    assert hanged["plover"] == {"event": "ASSAULT", "mode": "targeted"}
    assert (hanged["counts"]["killed"]["value"], hanged["counts"]["killed"]["qualifier"]) == (30, "at_least")
    assert hanged["date"]["precision"] == "week" and hanged["date"]["end_date"] == "2024-11-18"
    assert hanged["attribution"] is not None and "Iran Human Rights" in hanged["attribution"]["text"]
    executed = one(iran, "executed")
    assert (executed["date"]["start_date"], executed["date"]["end_date"]) == ("1988-06-01", "1988-08-31")
    assert executed["counts"]["killed"]["value"] == 5000
    assert executed["counts"]["killed"]["qualifier"] == "approx"


def test_iran_who_fired_on_whom_and_this_year(iran) -> None:
    fired = one(iran, "fired")
    assert fired["date"]["start_date"] == "2019-11-01"
    assert doers(fired)[0][1] in ("COP", "MIL") and doers(fired, "recipient")
    assert (fired["counts"]["killed"]["value"], fired["counts"]["killed"]["qualifier"]) == (1500, "at_most")
    strike = one(iran, "strike")
    assert strike["date"]["start_date"] == "2024-03-11" and strike["location"]["name"] == "Abadan"
    detained = one(iran, "detained")
    assert detained["counts"]["arrested"]["value"] == 40
    assert detained["attribution"]["text"] == "the workers' union"
    gather = one(iran, "gather")
    assert gather["status"] == "future" and gather["date"]["start_date"] == "2024-11-22"
    assert one(iran, "takes")["status"] == "hypothetical" and not one(iran, "takes")["actors"]

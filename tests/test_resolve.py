"""Cross-article resolution: mentions of one real-world event merge, near misses stay apart."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventscribe.model import Actor, Count, Event, MentionRef, Place, Span, When
from eventscribe.resolve import mentions_from_results, merged_to_dict, resolve

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "examples" / "reports"

NAIROBI = dict(name="Nairobi", admin1="Nairobi Area", country="KEN", lat=-1.283, lon=36.817,
               geonameid=184745, precision=1)
MOMBASA = dict(name="Mombasa", admin1="Mombasa", country="KEN", lat=-4.055, lon=39.664,
               geonameid=186301, precision=1)
KENYA = dict(name="Kenya", admin1=None, country="KEN", lat=None, lon=None, geonameid=192950, precision=3)
LAGOS = dict(name="Lagos", admin1="Lagos", country="NGA", lat=6.454, lon=3.395, geonameid=2332459,
             precision=1)


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def mention(article: str, n: int = 0, *, cat: str = "PROTEST", mode: str | None = "demo",
            place: dict | None = None, date: str | None = None, precision: str = "day",
            origin: str = "text", published: str | None = None, source: str | None = None,
            status: str = "asserted", counts: dict[str, int] | None = None,
            actors: list[tuple[str, str, str | None]] | None = None, seq: int = 0,
            attribution: str | None = None) -> MentionRef:
    """A MentionRef built directly from the model classes (no spaCy)."""
    when = None
    if date is not None:
        start = day(date)
        end = {"day": start, "week": start + dt.timedelta(days=6), "year": start.replace(month=12, day=31),
               "month": (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
               }[precision]
        when = When(text=date, start=0, end=len(date), start_date=start, end_date=end,
                    precision=precision, origin=origin)
    ev = Event(
        id=f"{article}:{n}", event=cat, mode=mode, trigger=Span(text="marched", start=10, end=17),
        sentence_start=0, sentence_end=80, status=status,
        location=Place(text=place["name"], start=20, end=20 + len(place["name"]), **place) if place else None,
        date=when,
        counts={k: Count(text=str(v), start=30, end=30 + len(str(v)), value=v) for k, v in (counts or {}).items()},
        actors=[Actor(text=name, start=0, end=len(name), role=role, name=name, sector=sector)
                for name, role, sector in (actors or [])],
        attribution=Span(text=attribution, start=50, end=50 + len(attribution)) if attribution else None,
    )
    return MentionRef(mention_id=ev.id, article_id=article, source=source or f"outlet-{article}",
                      published=day(published) if published else (when.start_date if when else None),
                      event=ev, seq=seq)


def groups(events) -> set[frozenset[str]]:
    return {frozenset(m.mention_id for m in e.mentions) for e in events}


def test_same_event_from_three_outlets_merges_with_conservative_toll():
    ms = [
        mention("a1", cat="ASSAULT", mode="firearms", place=LAGOS, date="2024-03-05", counts={"killed": 7},
                source="Daily A", seq=0, attribution="hospital officials said"),
        mention("a2", cat="ASSAULT", mode="firearms", place=LAGOS, date="2024-03-05", counts={"killed": 3},
                source="Wire B", seq=1, attribution="police said"),
        mention("a3", cat="ASSAULT", mode=None, place=LAGOS, date="2024-03-05", published="2024-03-07",
                counts={"killed": 5}, source="Weekly C", seq=2),
    ]
    (ev,) = resolve(ms)
    assert ev.num_articles == 3 and ev.num_sources == 3
    assert ev.counts["killed"].value == 3
    assert ev.consensus_counts["killed"] == {"value": 3, "low": 3, "high": 7,
                                             "sources": ["Daily A", "Weekly C", "Wire B"]}
    (dis,) = [d for d in ev.disagreements if d["field"] == "killed"]
    assert sorted(c["value"] for c in dis["claims"]) == [3, 5, 7]
    assert {c["attribution"] for c in dis["claims"]} == {"hospital officials said", "police said", None}
    assert ev.mode == "firearms"


def test_same_district_a_week_later_is_another_event():
    ms = [
        mention("a1", place=NAIROBI, date="2024-03-05", seq=0),
        mention("a2", place=NAIROBI, date="2024-03-05", seq=1),
        mention("b1", place=NAIROBI, date="2024-03-12", seq=2),
    ]
    assert groups(resolve(ms)) == {frozenset({"a1:0", "a2:0"}), frozenset({"b1:0"})}


def test_same_day_other_city_is_another_event():
    ms = [mention("a1", place=NAIROBI, date="2024-03-05"), mention("a2", place=MOMBASA, date="2024-03-05")]
    assert len(resolve(ms)) == 2


def test_other_category_or_conflicting_mode_stays_apart():
    ms = [
        mention("a1", place=NAIROBI, date="2024-03-05"),
        mention("a2", cat="COERCE", mode="arrest", place=NAIROBI, date="2024-03-05"),
        mention("a3", cat="ASSAULT", mode="explosives", place=NAIROBI, date="2024-03-05"),
        mention("a4", cat="ASSAULT", mode="firearms", place=NAIROBI, date="2024-03-05"),
    ]
    assert len(resolve(ms)) == 4


def test_country_level_mention_joins_the_only_matching_town_event():
    ms = [
        mention("a1", place=NAIROBI, date="2024-03-05", seq=0),
        mention("a2", place=KENYA, date="2024-03-05", seq=1),
    ]
    (ev,) = resolve(ms)
    assert ev.location is not None and ev.location.name == "Nairobi"


def test_relative_day_precision_and_month_mentions():
    ms = [
        mention("a1", place=NAIROBI, date="2024-03-05", seq=0),
        # another outlet only says "in March", a day late due to a time zone: both overlap
        mention("a2", place=NAIROBI, date="2024-03-01", precision="month", seq=1),
        mention("a3", place=NAIROBI, date="2024-03-06", seq=2),
    ]
    (ev,) = resolve(ms)
    assert ev.date is not None and ev.date.precision == "day"
    assert any(d["field"] == "date" for d in ev.disagreements)


def test_vague_mention_fitting_two_events_stays_alone():
    ms = [
        mention("a1", place=NAIROBI, date="2024-03-05", seq=0, actors=[("Teachers Union", "actor", "LAB")]),
        mention("b1", place=MOMBASA, date="2024-03-05", seq=1, actors=[("Teachers Union", "actor", "LAB")]),
        mention("c1", place=None, date="2024-03-05", seq=2, actors=[("Teachers Union", "actor", "LAB")]),
    ]
    assert frozenset({"c1:0"}) in groups(resolve(ms))


def test_placeless_mention_joins_unique_event_with_named_actor():
    ms = [
        mention("a1", place=NAIROBI, date="2024-03-05", seq=0, actors=[("Teachers Union", "actor", "LAB")]),
        mention("c1", place=None, date="2024-03-05", seq=1, actors=[("Teachers Union", "actor", "LAB")]),
        mention("d1", place=None, date="2024-03-05", seq=2, actors=[("protesters", "actor", "CVL")]),
    ]
    assert groups(resolve(ms)) == {frozenset({"a1:0", "c1:0"}), frozenset({"d1:0"})}


def test_no_place_no_date_is_never_merged():
    ms = [mention("a1", place=None, seq=0), mention("a2", place=None, seq=1)]
    assert len(resolve(ms)) == 2


def test_roundup_article_contributes_a_mention_to_each_event():
    ms = [
        mention("a1", place=NAIROBI, date="2024-03-05", seq=0),
        mention("b1", place=MOMBASA, date="2024-03-05", seq=1),
        mention("r", 0, place=NAIROBI, date="2024-03-05", seq=2),
        mention("r", 1, place=MOMBASA, date="2024-03-05", seq=3),
    ]
    assert groups(resolve(ms)) == {frozenset({"a1:0", "r:0"}), frozenset({"b1:0", "r:1"})}


def test_two_mentions_of_one_article_merge_only_when_clearly_the_same():
    same = [mention("a", 0, place=NAIROBI, date="2024-03-05"), mention("a", 1, place=NAIROBI, date="2024-03-05")]
    assert len(resolve(same)) == 1
    vague = [mention("a", 0, place=None, date="2024-03-05"), mention("a", 1, place=None, date="2024-03-05")]
    assert len(resolve(vague)) == 2


def test_denial_is_recorded_and_event_stays_asserted():
    ms = [
        mention("a1", cat="ASSAULT", mode="firearms", place=LAGOS, date="2024-03-05", seq=0,
                actors=[("soldiers", "actor", "MIL")]),
        mention("a2", cat="ASSAULT", mode="firearms", place=LAGOS, date="2024-03-05", seq=1,
                status="negated", attribution="the army said", actors=[("soldiers", "actor", "MIL")]),
    ]
    (ev,) = resolve(ms)
    assert ev.status == "asserted"
    (dis,) = [d for d in ev.disagreements if d["field"] == "status"]
    assert {c["value"] for c in dis["claims"]} == {"asserted", "negated"}


def test_perpetrator_disagreement_is_recorded():
    ms = [
        mention("a1", cat="ASSAULT", mode="firearms", place=LAGOS, date="2024-03-05", seq=0,
                actors=[("soldiers", "actor", "MIL")]),
        mention("a2", cat="ASSAULT", mode="firearms", place=LAGOS, date="2024-03-05", seq=1,
                actors=[("gunmen", "actor", "CRM")]),
    ]
    (ev,) = resolve(ms)
    (dis,) = [d for d in ev.disagreements if d["field"] == "actor"]
    assert {c["value"] for c in dis["claims"]} == {"soldiers", "gunmen"}
    assert {a.name for a in ev.actors} == {"soldiers", "gunmen"}


def test_hypothetical_never_merges_with_asserted():
    ms = [mention("a1", place=NAIROBI, date="2024-03-05"),
          mention("a2", place=NAIROBI, date="2024-03-05", status="hypothetical")]
    assert len(resolve(ms)) == 2


def test_ids_are_deterministic_and_stable_across_runs():
    first = [mention("a1", place=NAIROBI, date="2024-03-05", seq=0),
             mention("a2", place=NAIROBI, date="2024-03-05", seq=1)]
    (ev,) = resolve(first)
    assert ev.event_id.startswith("ev-") and len(ev.event_id) == 15
    assert resolve(list(reversed(first)))[0].event_id == ev.event_id
    previous = {m.mention_id: ev.event_id for m in ev.mentions}
    # A new, earlier-seq-looking article joins; the event keeps its id.
    later = first + [mention("a3", place=NAIROBI, date="2024-03-05", seq=2),
                     mention("b1", place=NAIROBI, date="2024-03-12", seq=3)]
    evs = resolve(later, previous)
    joined = next(e for e in evs if "a3:0" in {m.mention_id for m in e.mentions})
    assert joined.event_id == ev.event_id and joined.num_mentions == 3
    assert len({e.event_id for e in evs}) == 2


def test_split_event_keeps_id_on_majority_side():
    ms = [mention(f"a{i}", place=NAIROBI, date="2024-03-05", seq=i) for i in range(3)]
    moved = mention("a3", place=MOMBASA, date="2024-03-05", seq=3)
    previous = {m.mention_id: "ev-old" for m in [*ms, moved]}
    evs = resolve([*ms, moved], previous)
    ids = {frozenset(m.mention_id for m in e.mentions): e.event_id for e in evs}
    assert ids[frozenset({"a0:0", "a1:0", "a2:0"})] == "ev-old"
    assert ids[frozenset({"a3:0"})] != "ev-old"


def test_merged_to_dict_shape_is_json():
    ms = [mention("a1", place=NAIROBI, date="2024-03-05", counts={"arrested": 40}, published="2024-03-05"),
          mention("a2", place=NAIROBI, date="2024-03-05", counts={"arrested": 52}, published="2024-03-08")]
    ms[0].event.extra["sentence"] = "Police arrested 40 teachers in Nairobi on Tuesday."
    d = merged_to_dict(resolve(ms)[0])
    json.dumps(d)
    for key in ("event_id", "plover", "acled", "date", "location", "actors", "counts", "status",
                "num_mentions", "num_articles", "num_sources", "first_reported", "last_reported",
                "mentions", "disagreements"):
        assert key in d
    assert d["first_reported"] == "2024-03-05" and d["last_reported"] == "2024-03-08"
    assert d["counts"]["arrested"]["value"] == 40
    assert d["mentions"][0]["sentence"].startswith("Police arrested")
    assert {"article_id", "mention_id", "source", "published", "attribution"} <= set(d["mentions"][1])


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_every_mention_in_exactly_one_event_and_input_order_does_not_matter(rnd: random.Random):
    places = [NAIROBI, MOMBASA, KENYA, LAGOS, None]
    ms = [mention(f"a{i}", place=rnd.choice(places), date=rnd.choice(["2024-03-05", "2024-03-06", None]),
                  cat=rnd.choice(["PROTEST", "ASSAULT"]), mode=None, seq=i) for i in range(12)]
    evs = resolve(ms)
    ids = [m.mention_id for e in evs for m in e.mentions]
    assert sorted(ids) == sorted(m.mention_id for m in ms)
    shuffled = ms[:]
    rnd.shuffle(shuffled)
    assert groups(resolve(shuffled)) == groups(evs)
    assert [e.event_id for e in resolve(shuffled)] == [e.event_id for e in evs]


def test_blocking_keeps_distinct_synthetic_events_apart():
    # 600 events, two mentions each, spread over towns and weeks: each pair merges, no more.
    towns = [dict(NAIROBI, name=f"Town{t}", geonameid=1000 + t, lat=None, lon=None) for t in range(20)]
    ms = []
    for e in range(600):
        date = (day("2024-01-01") + dt.timedelta(days=7 * (e // 20))).isoformat()
        for k in range(2):
            ms.append(mention(f"e{e}-{k}", place=towns[e % 20], date=date, seq=len(ms)))
    evs = resolve(ms)
    assert len(evs) == 600 and all(e.num_articles == 2 for e in evs)


@pytest.mark.skipif(not (REPORTS / "reports.jsonl").exists(), reason="example reports missing")
def test_end_to_end_over_example_reports(pipeline):
    from eventscribe.ingest import parse_record

    gold = json.loads((REPORTS / "gold.json").read_text())
    wanted = {"nbo-teachers-1", "nbo-teachers-2", "nbo-traders"}
    recs = [json.loads(line) for line in (REPORTS / "reports.jsonl").read_text().splitlines() if line.strip()]
    recs = [r for r in recs if r["id"] in wanted]
    results = list(pipeline.process(parse_record(r) for r in recs))
    evs = resolve(mentions_from_results(results))
    for ev in evs:
        labels = [set(gold[m.article_id]) for m in ev.mentions]
        # never merge reports of different real-world events
        assert set.intersection(*labels), merged_to_dict(ev)["mentions"]
    # the two outlets' reports of the teachers' march become one event with both tolls
    both = [ev for ev in evs if {"nbo-teachers-1", "nbo-teachers-2"} <= {m.article_id for m in ev.mentions}]
    assert both, "the two reports of one march were not merged"
    arrests = [ev for ev in both if "arrested" in ev.consensus_counts]
    if arrests:
        assert arrests[0].consensus_counts["arrested"]["low"] <= 40 <= arrests[0].consensus_counts["arrested"]["high"]


def test_meetings_in_one_capital_on_one_day_are_told_apart_by_actors():
    ms = [
        mention("a1", cat="CONSULT", mode=None, place=NAIROBI, date="2024-03-05", seq=0,
                actors=[("William Ruto", "actor", "GOV"), ("Abiy Ahmed", "recipient", "GOV")]),
        mention("a2", cat="CONSULT", mode=None, place=NAIROBI, date="2024-03-05", seq=1,
                actors=[("Ruto", "actor", "GOV"), ("Abiy Ahmed", "recipient", "GOV")]),
        mention("b1", cat="CONSULT", mode=None, place=NAIROBI, date="2024-03-05", seq=2,
                actors=[("Central Bank", "actor", "GOV"), ("IMF", "recipient", "ELI")]),
    ]
    assert groups(resolve(ms)) == {frozenset({"a1:0", "a2:0"}), frozenset({"b1:0"})}


def test_a_year_is_no_evidence_but_a_date_from_context_is():
    year = [mention("a1", place=NAIROBI, date="2024-01-01", precision="year", mode=None, seq=0),
            mention("a2", place=NAIROBI, date="2024-03-05", mode=None, seq=1)]
    assert len(resolve(year)) == 2
    ctx = [mention("a1", place=NAIROBI, date="2024-03-05", origin="context", seq=0),
           mention("a2", place=NAIROBI, date="2024-03-05", seq=1)]
    assert len(resolve(ctx)) == 1


@settings(max_examples=20, deadline=None)
@given(st.randoms(use_true_random=False))
def test_new_articles_elsewhere_never_change_existing_ids(rnd: random.Random):
    places = [NAIROBI, MOMBASA, KENYA]
    old = [mention(f"a{i}", place=rnd.choice(places), date=rnd.choice(["2024-03-05", "2024-03-12"]),
                   seq=i) for i in range(10)]
    first = resolve(old)
    previous = {m.mention_id: e.event_id for e in first for m in e.mentions}
    new = [mention(f"n{i}", place=LAGOS, date="2024-03-05", seq=100 + i) for i in range(rnd.randint(1, 5))]
    again = {frozenset(m.mention_id for m in e.mentions): e.event_id for e in resolve(old + new, previous)}
    for e in first:
        assert again[frozenset(m.mention_id for m in e.mentions)] == e.event_id

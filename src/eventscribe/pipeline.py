"""The pipeline: ingest → annotate → detect → arguments → classify, one document at a time.

``Pipeline.process`` streams ``ingest.Item`` objects through spaCy's ``nlp.pipe`` and the
in-document stages and yields one ``Result`` per item, in input order. A failure in one
document becomes that document's ``error``; the batch goes on. Cross-document resolution
and storage happen after this, in ``resolve`` and ``store``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from .annotate import cache_sentences, doc_text, load_nlp, parse_text
from .arguments import attach_arguments
from .arguments.counts import share_crowd_sizes
from .classify import classify
from .detect import detect
from .ingest import Item, boilerplate_ranges, parse_record
from .model import Context, Document, ErrorInfo, Event, Result

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Long documents are parsed in chunks of about this many characters (split at paragraph or
# sentence breaks) so the parser's memory stays flat.
CHUNK_CHARS = 50_000
# Documents per spaCy memory zone (and per worker pool when n_process > 1): large enough
# that starting the workers again costs little, small enough that memory stays flat.
ZONE_DOCS = 1000


def split_chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split text into (offset, chunk) pieces no longer than ``size``, at the best break found."""
    if len(text) <= size:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        end = min(pos + size, len(text))
        if end < len(text):
            window = text[pos:end]
            cut = max(window.rfind("\n\n"), window.rfind("\n"))
            if cut < size // 2:
                cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
                cut = cut + 1 if cut >= 0 else -1
            if cut < size // 4:
                cut = window.rfind(" ")
            if cut > 0:
                end = pos + cut + 1
        chunks.append((pos, text[pos:end]))
        pos = end
    return chunks


def _shift(obj: Any, base: int) -> None:
    if obj is None or base == 0:
        return
    if getattr(obj, "start", None) is not None:
        obj.start += base
        obj.end += base


def shift_event(ev: Event, base: int) -> Event:
    """Move an event found in a chunk to offsets in the whole text."""
    if base:
        for span in [ev.trigger, ev.location, ev.date, ev.attribution, *ev.actors, *ev.counts.values()]:
            _shift(span, base)
        ev.sentence_start += base
        ev.sentence_end += base
    return ev


def _in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def extract_from_doc(doc: Doc, ctx: Context) -> list[Event]:
    """The in-document stages over one parsed text."""
    cache_sentences(doc)
    events = detect(doc, ctx)
    if ctx.skip_ranges:
        events = [e for e in events if not _in_ranges(e.trigger.start, ctx.skip_ranges)]
    events = attach_arguments(doc, events, ctx)
    events = classify(doc, events, ctx)
    events = share_crowd_sizes(doc, events)
    parsed = doc_text(doc)
    if ctx.text != parsed:
        # (None when a letter's lower case is longer, "İ": offsets would slip)
        lowered: str | None = parsed.lower() if len(parsed.lower()) == len(parsed) else None
        for ev in events:
            _restore_texts(ev, ctx.text, parsed, lowered)
    return events


def _restore_texts(ev: Event, text: str, parsed: str, lowered: str | None) -> None:
    """Quote the original text in every span, and in the actor names read off it: the parser
    read the text with apostrophes put back ("the region's Uighurs" for "the region s Uighurs")."""
    for span in [ev.trigger, ev.location, ev.date, ev.attribution, *ev.actors, *ev.counts.values()]:
        if span is not None and getattr(span, "start", None) is not None:
            span.text = text[span.start:span.end]
    for actor in ev.actors:
        at = lowered.find(actor.name.lower(), actor.start, actor.end) if lowered is not None \
            else parsed.find(actor.name, actor.start, actor.end)
        if "'" in actor.name and at >= 0:
            # Undo only the apostrophes put back; the name keeps its own case.
            actor.name = "".join(" " if c == "'" and text[at + k] == " " else c
                                 for k, c in enumerate(actor.name))


def default_processes() -> int:
    return max(1, os.cpu_count() or 1)


class Pipeline:
    """Extract events from documents.

    Example::

        from eventscribe import Pipeline
        pipe = Pipeline()
        result = pipe.extract_text("Police arrested 12 protesters in Lagos on Monday.",
                                   published="2021-06-14")
        for event in result.events:
            print(event.event, event.mode, event.trigger.text)
    """

    def __init__(self, *, nlp: Language | None = None, n_process: int = 1, batch_size: int = 16,
                 chunk_chars: int = CHUNK_CHARS, zone_docs: int = ZONE_DOCS) -> None:
        self._nlp = nlp
        self.n_process = max(1, n_process)
        self.batch_size = batch_size
        self.chunk_chars = chunk_chars
        self.zone_docs = max(1, zone_docs)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    def process(self, items: Iterable[Item]) -> Iterator[Result]:
        """Yield one Result per item, in order, streaming.

        Items are parsed in blocks of ``zone_docs`` inside a spaCy memory zone, so the
        strings and lexemes each block adds to the vocabulary are freed after it and memory
        stays flat however long the stream (results hold no reference to spaCy objects).
        """
        it = iter(items)
        while True:
            block = list(islice(it, self.zone_docs))
            if not block:
                return
            with self.nlp.memory_zone():
                yield from self._process_block(block)

    def _process_block(self, items: list[Item]) -> Iterator[Result]:
        pending: dict[int, dict[str, Any]] = {}
        order: list[int] = []
        next_out = 0

        def feed() -> Iterator[tuple[str, tuple[int, int, int]]]:
            for idx, item in enumerate(items):
                order.append(idx)
                if item.document is None:
                    pending[idx] = {"item": item, "left": 0, "events": []}
                    continue
                chunks = split_chunks(item.document.text, self.chunk_chars)
                pending[idx] = {"item": item, "left": len(chunks), "events": [], "ctx": {}}
                for ci, (base, text) in enumerate(chunks):
                    pending[idx]["ctx"][ci] = _context(item.document, text)
                    yield parse_text(text), (idx, base, ci)

        def ready() -> Iterator[Result]:
            nonlocal next_out
            while next_out < len(order) and pending.get(order[next_out], {}).get("left", 1) == 0:
                state = pending.pop(order[next_out])
                next_out += 1
                yield _finish(state)

        for doc, (idx, base, ci) in self.nlp.pipe(feed(), as_tuples=True, batch_size=self.batch_size,
                                                   n_process=self.n_process):
            # Items before this one that had no text are ready too.
            yield from ready()
            state = pending[idx]
            if "error" not in state:
                try:
                    found = extract_from_doc(doc, state["ctx"].pop(ci))
                    state["events"].extend(shift_event(e, base) for e in found)
                except Exception as exc:  # one document's failure must not stop the batch
                    state["error"] = ErrorInfo(code="extraction_failed",
                                               message=f"{type(exc).__name__}: {exc}")
            state["left"] -= 1
            yield from ready()
        yield from ready()

    def extract(self, record: dict[str, Any]) -> Result:
        """Extract events from one contract input object."""
        return next(self.process([parse_record(record)]))

    def extract_text(self, text: str, *, doc_id: str = "doc", published: str | None = None,
                     **meta: str) -> Result:
        """Extract events from a plain string."""
        return self.extract({"id": doc_id, "text": text, "published": published, **meta})


def _context(doc: Document, text: str) -> Context:
    return Context(doc_id=doc.id, text=text, published=doc.published.date,
                   published_confidence=doc.published.confidence, title=doc.title,
                   skip_ranges=boilerplate_ranges(text))


def _finish(state: dict[str, Any]) -> Result:
    item: Item = state["item"]
    if item.document is None:
        return Result(id=item.id, error=item.error)
    error = state.get("error")
    events: list[Event] = [] if error else state["events"]
    events.sort(key=lambda e: (e.trigger.start, e.trigger.end))
    for n, ev in enumerate(events):
        ev.id = f"{item.document.id}:{n}"
    return Result(id=item.id, document=item.document, events=events, error=error)


def extract(text: str, *, published: str | None = None, doc_id: str = "doc") -> Result:
    """Extract the events of one text with a shared default pipeline."""
    return _default_pipeline().extract_text(text, doc_id=doc_id, published=published)


_DEFAULT: list[Pipeline] = []


def _default_pipeline() -> Pipeline:
    if not _DEFAULT:
        _DEFAULT.append(Pipeline())
    return _DEFAULT[0]


__all__ = ["Pipeline", "extract", "extract_from_doc", "split_chunks", "shift_event"]

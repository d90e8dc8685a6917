"""Arguments: when each event took place.

The date expressions of the text are found and resolved once per document by
``eventscribe.timex`` against the publication date (``ctx.published``). Each event then takes,
in order of preference:

1. an expression in its own sentence (``origin="text"``), the one closest to the trigger in
   the dependency tree (then in characters) — so "In 1988, thousands were executed" keeps
   its own year even in an article about today;
2. the date of the nearest preceding sentence with one in the same paragraph
   (``origin="context"``, null span fields): later sentences of a report usually continue
   the episode of the sentence that dated it. Across paragraphs only a recent date
   (within ``RECENT_DAYS`` of publication) is carried over, so a history paragraph does not
   date the news that follows it; without a publication date any earlier date is used,
   then the first date of the document;
3. the publication date (``origin="published"``, precision day);
4. nothing (None).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..annotate import doc_text
from ..detect import load_lexicon, match_token
from ..model import Context, Event, When
from ..numbers import parse_number
from ..timex import (
    BACKWARD_RE,
    MONTHS,
    NUMBER_WORDS,
    PRECISION_RANK,
    Timex,
    anchored_timexes,
    bare_weekday,
    dateline_spans,
    find_timexes,
    flashback,
    forward_date,
    month_end,
    narrative_months,
    page_date_lines,
    reanchor_parts,
    story_year_dates,
    stretch_precision,
    units_back,
)
from .modality import modality_data

__all__ = ["attach_dates", "RECENT_DAYS"]

RECENT_DAYS = 31
# A plan or order told this long before the report is of that story, not of the report's day.
OLD_PLAN = dt.timedelta(days=365)


@dataclass(frozen=True)
class _Placed:
    tx: Timex
    sent: int  # index of the sentence holding it
    para: int  # index of the paragraph holding it
    root: int  # token index of the expression's syntactic head (-1 if unaligned)
    depth: int  # depth of that head in its sentence's tree
    deadline: bool = False  # "by the end of March", "before Friday": a limit set, not a date
    set_for: bool = False  # "a strike for November 15": the day a plan is set for
    attributive: bool = False  # "a 2016 army coup": names a thing, sets no time for what follows
    ahead: bool = False  # on a clause of "will": "a second round will be held in March"
    condition: bool = False  # on a condition told in the present: "if talks fail by July"
    until: bool = False  # "banned gatherings until Monday": where a stretch ends, not when it began
    done: bool = False  # on a verb told as done: "police killed 14", not "would attempt", "to be"
    aside: bool = False  # "the first protest since it took power in 1975": told in passing, no story time
    stepped_back: bool = False  # "a jury had acquitted men who had shot two people in January" (after July)


def attach_dates(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    if not events:
        return events
    ref = ctx.published
    sents = list(doc.sents)
    sent_starts = [s.start_char for s in sents]
    text = doc_text(doc)
    para_breaks = [m.start() for m in re.finditer(r"\n", text)]
    # A yardstick ("not seen since 2009") dates nothing, nor anchors what follows.
    # Nor does page furniture ("Updated 14:32 GMT, 3 March 2023"): its date is the page's.
    everything = find_timexes(text, ref)
    furniture = [*ctx.skip_ranges, *dateline_spans(text), *page_date_lines(text, everything)]
    # A date the headline tells without its year ("The February the plenums spoke") dates no
    # paragraph of the body, which tells it again with its year.
    title_spans = _title_spans(text, ctx.title, furniture)
    furniture += [(t.start, t.end) for t in everything if t.relative and any(a <= t.start < b for a, b in title_spans)]
    # (but a yardstick a "when" clause tells of dates that clause: "the worst unrest since 2016,
    # when security forces shot dead six young men")
    found = [t for t in everything if (not _MEASURE.search(text[max(0, t.start - 60):t.start])
                                       or _WHEN_AFTER.match(text, t.end))
             and not any(a <= t.start < b for a, b in furniture)]
    found = reanchor_parts(text, found)
    # (a caption between two paragraphs of a story is no paragraph of it)
    story_text = _blank(text, ctx.skip_ranges)
    found = story_year_dates(story_text, narrative_months(text, found, anchored_timexes(text, found)))
    # (again, now that the story's days have their years: "on 18 March [2011] ... By the end of
    # the year, ... had counted")
    found = reanchor_parts(text, found)
    found = sorted(found + anchored_timexes(text, found), key=lambda t: t.start)
    placed = [_place(doc, tx, sent_starts, para_breaks) for tx in found]
    placed = [dataclasses.replace(p, stepped_back=flashback(p.tx, found, text)) for p in placed]
    # Where a state still going on began ("has ruled since 1986") dates no deed told after it,
    # nor does the date of a participle describing a thing ("the election held two days
    # earlier").
    anchors = [p for p in placed if not _still_since(doc, text, p) and not _describing(doc, p)]
    by_sent: dict[int, list[_Placed]] = {}
    for p in placed:
        by_sent.setdefault(p.sent, []).append(p)

    # Sentences whose main date (a weekday, or an announced month) reads forwards for a
    # planned event and for no deed ("a march for Friday"): they tell a plan, and a deed told
    # after them is no part of it; it takes neither the weekday read backwards nor what the
    # plan recalls ("the unions that led the September protests called a march for Friday.
    # The minister threatened ..."), but the day of the report.
    forwards: set[int] = set()
    deeds: set[int] = set()
    undated: list[tuple[Event, int]] = []
    candidates: list[tuple[Event, int, list[_Placed]]] = []
    for ev in events:
        si = _index_at(sent_starts, ev.sentence_start)
        told_kind = any(e.event == ev.event and e.trigger.start < ev.trigger.start for e in events)
        mine = [p for p in by_sent.get(si, []) if not _of_another_noun(doc, ev, p, events)]
        own = _own_dates(doc, text, ev, mine, ref, told_kind)
        if not own and ref is not None:
            # A day just ahead of the report, in a story told of last year: last year's.
            years = _story_years(placed, si)
            here = [_looking_back(ev, p, ref, years) for p in mine]
            own = _own_dates(doc, text, ev, here, ref, told_kind)
        candidates.append((ev, si, own))
    # The day a plan of the sentence is for is no deed's: in "the unions called a strike for
    # November 15 and warned they would block roads", the warning was not on a 15 November past.
    ahead: set[int] = set()
    for ev, _, own in candidates:
        if own and ref is not None and ev.status in ("future", "hypothetical"):
            best = _closest(doc, ev, own)
            if _scheduled(text, best) and \
                    forward_date(best.tx, ref, months=ev.status == "future")[0] > ref:
                ahead.add(best.tx.start)
    for ev, si, own in candidates:
        told = _deed_of_the_subject(doc, ev, events, sent_starts, own)
        if told is not None and told.date is not None:
            # "The officer who arrested him was charged in 2007": the arrest told before
            ev.date = When(text=None, start=None, end=None, start_date=told.date.start_date,
                           end_date=told.date.end_date, precision=told.date.precision, origin="context")
            continue
        if ev.status not in ("future", "hypothetical"):
            # (nor a date of a clause that looks ahead: "talks with the government" are not of
            # the July by which they may fail)
            own = [p for p in own if (p.tx.start not in ahead and not p.condition) or _on_trigger(doc, ev, p)]
        else:
            # The day a plan or threat was told is not its day: "the union said on Monday that
            # nurses will strike" leaves the strike's day unknown (nor does it take an older
            # date told before: the publication date it is).
            kept = [p for p in own if not _said_when(doc, ev, p)]
            said = _closest(doc, ev, own) if own and not kept else None
            if said is not None and ref is not None and said.tx.end_date < ref - OLD_PLAN:
                # ... but what was ordered or planned years before the report belongs to that
                # story: "on 7 January 2022 he ordered the troops to shoot" (not 2026)
                ev.date = When(text=None, start=None, end=None, start_date=said.tx.start_date,
                               end_date=said.tx.end_date, precision=said.tx.precision,
                               origin="context")
                continue
            if own and not kept and ref is not None:
                ev.date = When(text=None, start=None, end=None, start_date=ref, end_date=ref,
                               precision="day", origin="published")
                continue
            own = kept
        if own and ev.status == "asserted" and all(_told_after(doc, ev, p) for p in own):
            # "The minister said in October that the riots had been organised": October is
            # when he said it. The story told before dates the riots, if it is older.
            earlier = _inherit(anchors, si, _index_at(para_breaks, ev.sentence_start, base=0), ref)
            if earlier is not None and earlier.tx.end_date < min(p.tx.start_date for p in own):
                ev.date = When(text=None, start=None, end=None, start_date=earlier.tx.start_date,
                               end_date=earlier.tx.end_date, precision=earlier.tx.precision,
                               origin="context")
                continue
        if own:
            best = _closest(doc, ev, own)
            start, end = best.tx.start_date, best.tx.end_date
            if ref is not None and ev.status in ("future", "hypothetical") and not (
                    ev.status == "hypothetical" and _perfect(doc, ev, past=True)) and \
                    not _planned_long_ago(doc, ev, best, ref):
                # A month only for what is still to come: "a strike could follow in September";
                # "would have marched in March" looks back (and "had planned a march" is no day ahead).
                start, end = forward_date(best.tx, ref, months=ev.status == "future" or (
                    ev.status == "hypothetical" and not _perfect(doc, ev)))
                if start != best.tx.start_date:
                    forwards.add(best.tx.start)
            elif ev.status == "asserted":
                deeds.add(best.tx.start)
            precision = best.tx.precision
            if ev.status == "asserted" and ref is not None and _perfect_since(doc, text, ev, best) \
                    and ref > end:
                # "212 people have been detained since the protests began on 16 September": from
                # then to the report
                end = ref
                precision = stretch_precision((end - start).days)
            since = _tally_start(doc, text, ev, best, anchors) if ev.status == "asserted" else None
            if since is not None:
                # "By the evening of 19 November, at least 54 had been killed" after a story that
                # began on the 18th: the toll of the stretch from that day to the 19th
                start = since
                precision = stretch_precision((end - start).days)
            ev.date = When(text=best.tx.text, start=best.tx.start, end=best.tx.end,
                           start_date=start, end_date=end,
                           precision=precision, origin="text")
            continue
        undated.append((ev, si))
    plans = {si for si, here in by_sent.items()
             if _main(here).tx.start in forwards - deeds}
    # A piece that opens on an old story ("Seven years ago this weekend, ...") goes on with it
    # from paragraph to paragraph until a date brings it up to the news.
    first = next((p for p in placed if not p.tx.vague and not p.attributive), None)
    retro = ref is not None and first is not None and first.tx.end_date < ref - dt.timedelta(days=RECENT_DAYS)
    for ev, si in undated:
        after = _later_than(doc, ev, by_sent.get(si, []), ref)
        if after is not None:
            ev.date = after
            continue
        told = _told_before(doc, ev, events, sent_starts) or _victims_told_before(doc, ev, events, sent_starts) \
            if ev.status == "asserted" else None
        if told is not None and told.date is not None:
            # "Their killing ...", "police dispersed that rally": the event told before.
            ev.date = When(text=None, start=None, end=None, start_date=told.date.start_date,
                           end_date=told.date.end_date, precision=told.date.precision,
                           origin="published" if told.date.origin == "published" else "context")
            continue
        planned = ev.status in ("future", "hypothetical")
        inherited = _inherit(anchors, si, _index_at(para_breaks, ev.sentence_start, base=0), ref,
                             back=bool(_BACK_THEN.match(text, ev.sentence_start)),
                             since=bool(_SINCE_THEN.match(text, ev.sentence_start)),
                             retro=retro and _told_in_the_past(doc, ev))
        # (a deadline of a sentence before is no deadline of this one's threat: "by the
        # following evening 20 had been shot dead. ... The president warned ...")
        if inherited is not None and not planned and (
                inherited.sent in plans or inherited.ahead
                or not _possible(ev, dataclasses.replace(inherited, deadline=False), ref)):
            # nor is a deed told after "... could be held next year" or "a second round will
            # be held in March" in it
            inherited = None
        if inherited is not None and planned and ref is not None and inherited.sent not in plans \
                and inherited.tx.end_date < ref and _ahead(doc, ev):
            inherited = None  # what may yet come is not of a past told before it
        then = inherited or max((p for p in anchors if p.sent < si and not p.tx.vague and not p.attributive),
                                key=lambda p: p.tx.start, default=None)
        if then is not None and ref is not None and not planned and then.tx.start_date <= ref and \
                _SINCE_THEN.match(text, ev.sentence_start) and _present_perfect(doc, ev):
            # "Since then the Supreme Court has convicted hundreds of them": from the date told
            # before (in whatever paragraph) to the report
            ev.date = _to_report(then.tx.start_date, ref)
            continue
        if inherited is not None and ref is not None and (
                inherited.tx.end_date < ref - dt.timedelta(days=RECENT_DAYS)
                or inherited.para != _index_at(para_breaks, ev.sentence_start, base=0)) and \
                _told_as_now(doc, ev):
            # "the valley is under daily bombardment" after a paragraph on 2016; "its leaders
            # have threatened a strike" in a paragraph after one on arrests two weeks ago
            inherited = None
        if inherited is not None and ref is not None and not planned and 0 <= ev.token_i < len(doc) and \
                _told_later(ev, doc[ev.token_i]) and inherited.tx.start_date <= ref:
            # "Police arrested 30 on Monday. Three were later released": since then
            ev.date = _to_report(inherited.tx.start_date, ref)
            continue
        took = _took_years(doc, ev) if inherited is not None and not planned else None
        if inherited is not None and took is not None and ref is not None:
            # "On 15 October 1987, Sankara was shot dead. It took 34 years for a military court
            # to convict him": that many years after the date told
            year = inherited.tx.start_date.year + took
            if year <= ref.year:
                ev.date = When(text=None, start=None, end=None, start_date=dt.date(year, 1, 1),
                               end_date=min(dt.date(year, 12, 31), ref), precision="year", origin="context")
                continue
        if inherited is not None:
            tx = inherited.tx
            start, end = tx.start_date, tx.end_date
            if ref is not None and planned and inherited.sent in plans:
                # "They will also march" after "a strike for Friday": the plan's day. Not for
                # a demand after a deed ("they marched on Monday ... demanding he resign").
                start, end = forward_date(tx, ref, months=ev.status == "future")
            ev.date = When(text=None, start=None, end=None, start_date=start,
                           end_date=end, precision=tx.precision, origin="context")
        elif ref is not None:
            ev.date = When(text=None, start=None, end=None, start_date=ref, end_date=ref,
                           precision="day", origin="published")
        else:
            ev.date = None
    _date_from_the_noun(doc, events)
    _date_from_the_telling(events, sent_starts, para_breaks, ref)
    _date_from_the_body(events, text, title_spans)
    # (after the telling: a lead takes the day the protests began, not their whole stretch)
    _lasted_until(doc, events, placed)
    if ref is not None:
        for ev in events:
            if ev.date is None or ev.date.origin != "text":
                ev.date = _years_after(doc, ev, ref) or ev.date
    _counted_from_the_clause(doc, events)
    _counted_from_a_name(doc, events)
    return events


# "Three months after Jobstown, gardaí arrested 23": counted from a place standing for what
# happened there.
_AFTER_NAME = re.compile(r"\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                         r"\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before)\s+"
                         r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b(?![’']s)", re.IGNORECASE)


def _counted_from_a_name(doc: Doc, events: list[Event]) -> None:
    """"Three months after Jobstown, gardaí arrested 23 people": an undated deed counted from
    the place named for an episode the story told (and dated) before."""
    text = doc_text(doc)
    for ev in events:
        if ev.date is not None and ev.date.origin == "text" or ev.status != "asserted":
            continue
        m = _AFTER_NAME.search(text, ev.sentence_start, ev.trigger.start)
        if m is None or m.group("name")[:1].islower() or \
                m.group("name").split()[0].lower() in MONTHS or m.group("name").lower() in _WEEKDAY_NAMES:
            continue
        name = re.compile(rf"\b{re.escape(m.group('name'))}\b")
        told = [e for e in events if e.trigger.start < ev.sentence_start and e.date is not None
                and e.date.origin in ("text", "context") and e.status == "asserted"
                and name.search(text, e.sentence_start, e.sentence_end)]
        if not told:
            continue
        anchor = min(told, key=lambda e: e.trigger.start).date
        assert anchor is not None
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else 1 if word in ("a", "an") else NUMBER_WORDS.get(word)
        if not n:
            continue
        unit = m.group("unit").lower()
        day = units_back(anchor.start_date, -n if m.group("dir").lower() == "after" else n, unit)
        if unit == "year":
            start, end, precision = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year"
        elif unit == "month":
            start, end, precision = day.replace(day=1), month_end(day.year, day.month), "month"
        else:
            start, end = day, day
            precision = "day" if unit == "day" and anchor.precision == "day" else "week"
        ev.date = When(text=m.group(0), start=m.start(), end=m.end(), start_date=start, end_date=end,
                       precision=precision, origin="text")


_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _counted_from_the_clause(doc: Doc, events: list[Event]) -> None:
    """"Tens of thousands marched on 9 March, two weeks after the journalist was shot dead":
    the deed of the "after" clause is that long before the date of the clause it hangs on (and
    "three days before the vote" that long after)."""
    by_token = {ev.token_i: ev for ev in events}
    for ev in events:
        if not 0 <= ev.token_i < len(doc):
            continue
        trig = doc[ev.token_i]
        if trig.pos_ in ("VERB", "AUX"):
            marks = [c for c in trig.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
            holder, main_tok = trig, trig.head
        elif trig.dep_ == "pobj" and trig.head.lower_ in ("after", "before"):
            marks, holder = [trig.head], trig.head
            main_tok = trig.head.head
            if main_tok.lemma_.lower() in ("day", "week", "month", "year") and main_tok.dep_ == "npadvmod":
                # "The day after his resignation, on 8 February, thousands marched"
                holder, main_tok = main_tok, main_tok.head
        else:
            continue
        unit = holder if holder.lemma_.lower() in ("day", "week", "month", "year") and holder.pos_ == "NOUN" else \
            next((c for c in (*holder.children, *trig.children) if c.dep_ == "npadvmod"
                  and c.lemma_.lower() in ("day", "week", "month", "year")), None)
        main = by_token.get(main_tok.i)
        if not marks or unit is None or main is None or main is ev or main.date is None \
                or main.date.origin not in ("text", "context"):
            continue
        num = next((c for c in unit.children if c.dep_ == "nummod"), None)
        det = next((c for c in unit.children if c.dep_ == "det" and c.lower_ in ("a", "an", "the")), None)
        n = 1 if det is not None and num is None else (
            NUMBER_WORDS.get(num.lower_) or (int(num.text) if num.text.isdigit() else None)) if num is not None else None
        if not n or n > 100:
            continue
        back = n if marks[0].lower_ == "after" else -n
        kind = unit.lemma_.lower()
        start = units_back(main.date.start_date, back, kind)
        if kind == "month":
            end = month_end(start.year, start.month)
            start, precision = start.replace(day=1), "month"
        elif kind == "year":
            start, end, precision = dt.date(start.year, 1, 1), dt.date(start.year, 12, 31), "year"
        else:
            end = units_back(main.date.end_date, back, kind)
            precision = "day" if kind == "day" and main.date.precision == "day" else "week"
            if precision == "week":
                start, end = start - dt.timedelta(days=3), end + dt.timedelta(days=3)
        first = num or det or unit
        a, b = first.idx, marks[0].idx + len(marks[0].text)
        ev.date = When(text=doc_text(doc)[a:b], start=a, end=b, start_date=start, end_date=end,
                       precision=precision, origin="text")


_NOW_TAGS = frozenset({"VBP", "VBZ"})


def _years_after(doc: Doc, ev: Event, ref: dt.date) -> When | None:
    """"Five years after the national strike, the police have not been reformed", "A year
    after the massacre" (a headline): the strike was five years before the report. Only
    when the clause is told as now; "two days after the vote, police fired" is relative to
    the firing."""
    if not 0 <= ev.token_i < len(doc):
        return None
    tok = doc[ev.token_i]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("after", "since"):
        return None
    unit = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month")), None)
    clause = prep.head
    if unit is None and prep.dep_ == "prep" and prep.head.lemma_.lower() in ("year", "month"):
        unit = prep.head  # "six months since the coup"
        clause = unit.head
    if unit is None:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in unit.children):
        n: int | None = 1
        first = next(c for c in unit.children if c.dep_ == "det")
    else:
        num = next((c for c in unit.children if c.dep_ == "nummod"), None)
        # (the whole number: "Seventy-eight years after", tokenised in three)
        n = parse_number(doc[num.left_edge.i:num.i + 1].text) if num is not None else None
        first = num.left_edge if num is not None else unit
    if not n or n > 200:
        return None
    if clause.i not in (prep.i, unit.i):
        # the clause the phrase opens must be told as now: present, or present perfect
        aux = {c.tag_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        now = clause.tag_ in _NOW_TAGS or bool(aux & _NOW_TAGS)
        if clause.pos_ not in ("NOUN", "PROPN") and not now:
            return None
    if unit.lemma_.lower() == "year":
        year = ref.year - n
        start, end, precision = dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    else:
        months = ref.year * 12 + ref.month - 1 - n
        start = dt.date(months // 12, months % 12 + 1, 1)
        end = (dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1) - dt.timedelta(days=1))
        precision = "month"
    a, b = first.idx, prep.idx + len(prep.text)
    return When(text=doc_text(doc)[a:b], start=a, end=b, start_date=start, end_date=end,
                precision=precision, origin="text")


# How many sentences on a lead's protest may take the date its telling states.
LEAD_SENTENCES = 3
# ... when that date is a day of the last weeks before publication: news, not background.
LEAD_DAYS = dt.timedelta(days=31)


def _blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``ranges`` (and the line break after each) made spaces,
    offsets kept."""
    chars = list(text)
    for a, b in ranges:
        end = b + 1 if b < len(text) and text[b] == "\n" else b
        chars[a:end] = " " * (end - a)
    return "".join(chars)


def _title_spans(text: str, title: str | None,
                 furniture: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where the title is printed at the top (in front matter and as the heading); without a
    title from the page, the first line past the page furniture when it reads as one: short, on
    a line of its own, no full stop."""
    if not title or not title.strip():
        # (past breadcrumbs and section labels: "Opinion | Gulf", "News / Opinion / Baltics")
        first = next((m for m in re.finditer(r"[^\n]+", text[:600]) if m.group(0).strip()
                      and 2 * sum(max(0, min(b, m.end()) - max(a, m.start())) for a, b in furniture) < len(m.group(0))
                      and not re.match(r"\s*(?:updated|published|posted|by)\b", m.group(0), re.IGNORECASE)
                      and not re.search(r"[|›»>/·]", m.group(0)) and len(m.group(0).split()) >= 3), None)
        if first is None or first.end() >= len(text) or len(first.group(0).split()) > 15 or \
                re.search(r"[.!?\"”]\s*$", first.group(0)):
            return []
        title = first.group(0)
    return [(m.start(), m.end()) for m in re.finditer(re.escape(title.strip()), text[:800])]


def _date_from_the_body(events: list[Event], text: str, spans: list[tuple[int, int]]) -> None:
    """A headline tells the story's deed without its date ("When Kuwaitis marched for their
    vote"): the first deed of its kind the body dates is the one it names."""
    if not spans:
        return
    end = spans[-1][1]
    for ev in events:
        if not any(a <= ev.trigger.start < b for a, b in spans) or ev.status != "asserted" or \
                ev.date is None or ev.date.origin != "published":
            continue
        body = next((e for e in events if e.trigger.start >= end and e.event == ev.event and e.mode == ev.mode
                     and e.status == "asserted" and e.date is not None and e.date.origin in ("text", "context")), None)
        if body is not None and body.date is not None:
            ev.date = When(text=None, start=None, end=None, start_date=body.date.start_date,
                           end_date=body.date.end_date, precision=body.date.precision, origin="context")


def _date_from_the_telling(events: list[Event], sent_starts: list[int], para_breaks: list[int],
                           ref: dt.date | None) -> None:
    """A lead with no date of its own ("Hundreds of nurses have rallied against the pay
    freeze.") is dated by the protest the next sentences of its paragraph tell with a date
    ("The protests began on Friday outside the ministry."), before the publication date is used."""
    where = [(_index_at(sent_starts, ev.sentence_start),
              _index_at(para_breaks, ev.sentence_start, base=0)) for ev in events]
    for i, ev in enumerate(events):
        if ev.event != "PROTEST" or ev.date is None or ev.date.origin != "published":
            continue
        si, para = where[i]
        later = [j for j, other in enumerate(events)
                 if other.event == "PROTEST" and other.status == ev.status and other.date is not None
                 and other.date.origin == "text" and where[j][1] == para
                 and si < where[j][0] <= si + LEAD_SENTENCES
                 and other.date.precision in ("day", "week")
                 and (ref is None or dt.timedelta(0) <= ref - other.date.start_date <= LEAD_DAYS)]
        if later:
            src = events[min(later, key=lambda j: where[j][0])].date
            assert src is not None
            ev.date = When(text=None, start=None, end=None, start_date=src.start_date,
                           end_date=src.end_date, precision=src.precision, origin="context")


def _index_at(starts: list[int], offset: int, base: int = -1) -> int:
    """Index of the last start <= offset (paragraphs: number of breaks before offset)."""
    if base == 0:
        # Paragraph number: how many line breaks come before the offset.
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


def _place(doc: Doc, tx: Timex, sent_starts: list[int], para_breaks: list[int]) -> _Placed:
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    root, depth, attributive, ahead, condition, done = -1, 0, False, False, False, False
    if span is not None and len(span):
        tok = span.root
        if tok.pos_ == "ADP":  # "in the years that followed": as near as its noun, not nearer
            tok = next((c for c in tok.children if c.dep_ == "pobj"), tok)
        root = tok.i
        depth = sum(1 for _ in tok.ancestors)
        # (A year only: "the Tuesday confrontation" dates the sentences after it.)
        attributive = tx.precision == "year" and tok.dep_ in ("nummod", "compound", "amod", "poss") \
            and tok.head.pos_ == "NOUN" and tok.head.i > tok.i
        verb = _verb_above(tok)
        ahead = verb is not None and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll")
                                         for c in verb.children)
        condition = verb is not None and _open_condition(verb)
        ahead = ahead or condition
        done = verb is not None and verb.tag_ in ("VBD", "VBN") and not any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)
    before = doc_text(doc)[max(0, tx.start - 12):tx.start]
    placed = _Placed(tx=tx, sent=_index_at(sent_starts, tx.start),
                     para=_index_at(para_breaks, tx.start, base=0), root=root, depth=depth,
                     deadline=bool(_DEADLINE.search(before)), set_for=bool(_FOR.search(before)),
                     attributive=attributive, ahead=ahead, condition=condition,
                     until=bool(_UNTIL.search(before)), done=done)
    return dataclasses.replace(placed, aside=root >= 0 and _told_in_passing(doc, placed))


def _told_in_passing(doc: Doc, p: _Placed) -> bool:
    """A date that only bounds a record or a state, or steps back in a relative clause, told
    in passing: "the first public protest since it took power in 1975", "Jammeh, who had
    ruled since a coup in 1994, told the country ...", "near the Vondelstraat, where
    squatters had built barricades a month earlier" (the sentences after it go on with the
    story's own time)."""
    if _record_since(doc, p):
        return True
    # (the date of who says so: "24 were killed, according to an official investigation in 2003.
    # Hundreds were arrested")
    sent_start = doc[p.root].sent.start_char
    if re.search(r"\baccording\s+to\s+[^,.;]{0,60}$", doc_text(doc)[max(sent_start, p.tx.start - 80):p.tx.start], re.I):
        return True
    verb = _verb_above(doc[p.root])
    if verb is not None and verb.dep_ == "relcl" and p.tx.start > verb.head.idx and \
            any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return True
    tok = doc[p.root]
    for anc in [tok, *tok.ancestors]:
        if anc.lower_ == "since" and anc.dep_ == "prep" and anc.head.dep_ == "relcl" and \
                anc.head.lemma_.lower() in _STATE_VERBS:
            return True
        if anc.dep_ in ("ROOT", "relcl", "ccomp", "advcl"):
            break
    return False


# Verbs of a state someone has been in ("who had ruled since a coup in 1994"), not of a deed
# going on ("where workers have been striking since Monday" dates the strike).
_STATE_VERBS = frozenset({"rule", "govern", "reign", "serve", "lead", "hold", "live", "remain", "stay",
                          "be", "run", "head", "control"})


def _still_since(doc: Doc, text: str, p: _Placed) -> bool:
    """A date after "since" in a clause told in the present or a perfect: the start of what
    still goes on ("President Museveni has ruled since 1986"), or went on up to the story's
    day ("The workers had been on strike since January")."""
    if p.root < 0 or not re.search(r"\bsince\s+$", text[max(0, p.tx.start - 8):p.tx.start], re.I):
        return False
    verb = _verb_above(doc[p.root])
    for _ in range(3):
        # a participle with no tense of its own is of the clause it describes: "a coalition
        # led by the Greens since 2011"
        if verb is None or verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBG") or verb.head is verb:
            break
        verb = _verb_above(verb.head)
    return verb is not None and (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve", "had", "'d") for c in verb.children))


_SINCE_BEGAN = re.compile(r"\bsince\s+(?:(?:the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:began|started|"
                          r"erupted|broke\s+out)\s+(?:on\s+|in\s+)?)?$", re.IGNORECASE)


def _perfect_since(doc: Doc, text: str, ev: Event, best: _Placed) -> bool:
    """A count in the perfect "since" a date: "have been detained since the protests began on
    16 September" (a stretch up to the report, not that day)."""
    if not _SINCE_BEGAN.search(text[max(0, best.tx.start - 60):best.tx.start]) or \
            not 0 <= ev.token_i < len(doc):
        return False
    trig = doc[ev.token_i]
    aux = {c.lower_ for c in trig.children if c.dep_ == "aux"}
    if trig.tag_ != "VBN":
        return False
    if aux & {"has", "have", "'s", "'ve"}:
        return True
    # the past perfect only as reported speech told now ("the ministry said 212 people had been
    # detained since ..."), not a story's own past ("workers who had struck since May")
    return bool(aux & {"had", "'d"}) and trig.dep_ == "ccomp" and trig.head.lemma_.lower() in _SAYING


def _tally_start(doc: Doc, text: str, ev: Event, best: _Placed, anchors: list[_Placed]) -> dt.date | None:
    """The first day of a toll counted "by" a date in the past perfect ("By the evening of 19
    November, 54 people had been killed"): the day of the date told before it, when that is
    of the same story (a day, up to a month before)."""
    if not re.search(r"\bby\s+(?:the\s+\w+\s+of\s+)?$", text[max(0, best.tx.start - 24):best.tx.start], re.I) \
            or not 0 <= ev.token_i < len(doc) or best.root < 0:
        return None
    trig = doc[ev.token_i]
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trig.children):
        return None
    told = [p for p in anchors if p.tx.end <= best.tx.start and not p.tx.vague and p.sent < best.sent]
    if not told:
        return None
    last = max(told, key=lambda p: p.tx.start)
    if last.tx.precision != "day" or not \
            dt.timedelta(days=0) < best.tx.start_date - last.tx.start_date <= dt.timedelta(days=31):
        return None
    return last.tx.start_date


# Verbs of going on: "(protests erupted in late September and) lasted until mid-November".
_LASTING = frozenset({"last", "continue", "run", "persist", "drag", "stretch", "rage"})


def _lasted_until(doc: Doc, events: list[Event], placed: list[_Placed]) -> None:
    """An event told with its start and with how long it went on ("Protests erupted in late
    September and lasted until mid-November") spans to that end."""
    ends = {p.root: p for p in placed if p.root >= 0}
    for ev in events:
        if ev.date is None or ev.date.origin != "text" or ev.date.start_date is None or \
                not 0 <= ev.token_i < len(doc):
            continue
        tok = doc[ev.token_i]
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            continue
        for v in (verb, *(c for c in verb.children if c.dep_ == "conj")):
            if v.lemma_.lower() not in _LASTING:
                continue
            for prep in v.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("until", "till", "through", "into"):
                    continue
                end = next((ends[g.i] for g in prep.subtree if g.i in ends), None)
                if end is not None and end.tx.end_date > ev.date.end_date:
                    ev.date = dataclasses.replace(ev.date, end_date=end.tx.end_date, precision=stretch_precision(
                        (end.tx.end_date - ev.date.start_date).days))


def _date_from_the_noun(doc: Doc, events: list[Event]) -> None:
    """A "when" clause of a dated event noun is of its date: "the 1989 massacre, when troops
    killed hundreds" (1989)."""
    by_token = {ev.token_i: ev for ev in events}
    for ev in events:
        if ev.date is not None and ev.date.origin == "text" or not 0 <= ev.token_i < len(doc):
            continue
        verb = doc[ev.token_i]
        if verb.dep_ != "relcl" or not any(c.lower_ == "when" and c.dep_ == "advmod" for c in verb.children):
            continue
        noun = by_token.get(verb.head.i)
        if noun is not None and noun.date is not None and noun.date.origin == "text":
            ev.date = When(text=None, start=None, end=None, start_date=noun.date.start_date,
                           end_date=noun.date.end_date, precision=noun.date.precision, origin="context")


def _describing(doc: Doc, p: _Placed) -> bool:
    """A date counted back or on from another, of a past participle that describes a noun:
    "the election held two days earlier"."""
    if p.root < 0 or not p.tx.relative:
        return False
    verb = _verb_above(doc[p.root])
    return verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN"


def _open_condition(verb: Token) -> bool:
    """A condition told in the present, which looks ahead: "(a strike) if talks fail by the end
    of July"."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VB", "VBP", "VBZ") and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


_DEADLINE = re.compile(r"\b(?:by|before|until|till)\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
# "in numbers not seen since 2009", "the largest protest since 1989": a yardstick, not a date
# (but the date of a "when" clause told of it: "since 2016, when ...").
_WHEN_AFTER = re.compile(r",?\s*when\b", re.IGNORECASE)
_MEASURE = re.compile(r"(?:\bnot\s+(?:been\s+)?(?:seen|witnessed|known)|\b(?:largest|biggest|worst|"
                      r"deadliest|bloodiest|highest|first|most\s+\w+)\b[^.;]{0,40}?)\s+since\s+$",
                      re.IGNORECASE)


def _scheduled(text: str, p: _Placed) -> bool:
    """A date a plan is set for: "called a strike for November 15" (not one that names a
    thing: "gathered for Friday prayers", "for Monday's vote")."""
    return p.set_for and not _NAMES_A_THING.match(text, p.tx.end)


_NAMES_A_THING = re.compile(
    r"\s*(?:'s|’s)|\s+(?!(?:and|or|but|to|in|at|on|with|when|as|if|after|before|while|unless|"
    r"until|by|from|against|over|across|outside|near)\b)[a-z]")


def _on_trigger(doc: Doc, ev: Event, p: _Placed) -> bool:
    """Whether a date hangs on the trigger itself."""
    if p.root < 0 or not 0 <= ev.token_i < len(doc):
        return True
    verb = _verb_above(doc[p.root])
    return verb is None or verb.i == ev.token_i


def _said_when(doc: Doc, ev: Event, p: _Placed) -> bool:
    """Whether a date is that of the clause governing a plan or a threat, not the plan's own:
    in "the minister warned on Thursday that anyone who blocks a road will be arrested",
    Thursday is when he warned; it is not read forwards as the day of the blocking."""
    if p.root < 0 or not 0 <= ev.token_i < len(doc):
        return False
    verb = _verb_above(doc[p.root])
    trig = doc[ev.token_i]
    # (not in the present perfect, which takes no day of its own: "have announced a vigil in
    # Ejura on 29 June" is for 29 June)
    return verb is not None and verb.i != trig.i and verb.is_ancestor(trig) and \
        verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in _SAYING and not p.set_for and \
        not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children)


# Verbs of saying whose date is when they were said ("warned on Thursday that ..."), and of
# ordering ("on Monday he ordered police to arrest him": Monday is the order's).
_SAYING = frozenset({"say", "warn", "tell", "threaten", "vow", "insist", "claim", "declare",
                     "state", "add", "caution", "pledge", "promise", "repeat", "announce",
                     "order", "instruct", "direct", "command", "urge"})


# Verbs of finding out, whose date is not that of what was found ("found in May that ...").
_FINDING = frozenset({"find", "report", "reveal", "admit", "acknowledge", "confirm", "allege",
                      "accuse", "conclude", "learn", "discover", "establish", "show"})


_DISPUTING = frozenset({"deny", "reject", "dispute", "contest", "refute"})
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
_OWNERS = frozenset({"their", "his", "her", "its"})


def _told_before(doc: Doc, ev: Event, events: list[Event], sent_starts: list[int]) -> Event | None:
    """The event an undated one points back to: its trigger noun taken up with "that", "this"
    or an owner pronoun ("*their* killing", "*that* rally"), or such a noun that is its object
    ("police dispersed *that rally*"); the last event of that kind told in the sentences
    before, with a date of the text or its context."""
    if not 0 <= ev.token_i < len(doc):
        return None
    trig = doc[ev.token_i]
    nouns = [trig] if trig.pos_ == "NOUN" or _judged_gerund(trig) else \
        [c for c in trig.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if trig.pos_ == "VERB" and trig.lemma_.lower() == "blame":
        # "blamed foreign powers for the riots": when the riots were (or after), not the year
        # the paragraph told last
        nouns += [o for c in trig.children if c.dep_ == "prep" and c.lower_ in ("for", "over")
                  for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    si = _index_at(sent_starts, ev.sentence_start)
    if trig.dep_ == "relcl" and trig.head.lower_ in ("those", "people", "everyone", "all") and (
            trig.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in trig.children)):
        # "Most of those who marched are still in exile": the marchers of the protest told before
        before = [e for e in _dated_before(events, trig.idx, si, sent_starts) if e is not ev and e.event == ev.event]
        if before:
            return max(before, key=lambda e: e.trigger.start)
    for noun in nouns:
        named = _named_episode(doc, noun, ev, events) or _victim_named(doc, noun, ev, events)
        if named is not None:
            return named
        if not any((c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES) or (c.dep_ == "poss" and c.lower_ in _OWNERS)
                   for c in noun.children) and not _the_subject(noun) and not _judged_gerund(noun):
            continue
        own = next((e for e in events if e.token_i == noun.i), None)
        if own is None and noun.i != trig.i and match_token(noun, load_lexicon()) is None:
            continue  # the people it was done to ("police charged the marchers"), not a deed
        kind = (own or ev).event
        # (of coercion, the same kind of it: "his detention" takes up no ban)
        mode = (own or ev).mode if kind in ("COERCE", "SANCTION") else None
        before = [e for e in _dated_before(events, noun.idx, si, sent_starts)
                  if e is not ev and e is not own and e.event == kind and (mode is None or e.mode == mode)]
        if not before and _the_subject(noun):
            # "the riots" taken up many paragraphs on ("Sogavare blamed foreign powers for the
            # riots"): the last of its kind the story told and dated
            before = [e for e in _dated_before(events, noun.idx, si, sent_starts, anywhere=True)
                      if e is not ev and e is not own and e.event == kind
                      and (e.trigger.text.lower() == noun.lower_ or own is not None and own.mode and e.mode == own.mode)]
        news = [e for e in events if e.trigger.start < noun.idx and e is not ev and e is not own
                and e.event == kind and (mode is None or e.mode == mode) and e.date is not None
                and e.status == "asserted"  # (not "no order to shoot had been given")
                and e.date.origin == "published"
                and si - CONTEXT_SENTENCES <= _index_at(sent_starts, e.sentence_start) <= si]
        if news and (not before or max(e.trigger.start for e in news) > max(e.trigger.start for e in before)):
            # the story of the day told last: "Protesters still march most nights ... jailed a
            # student for throwing a bottle during the protests" (not the 2019 protests before)
            return max(news, key=lambda e: e.trigger.start)
        if before:
            # (the one at the place the noun names: "the shootings at Kent State")
            after: list[str] = []
            for t in doc[noun.i + 1:noun.i + 6]:  # (the parse may hang "at Kent State" on the verb)
                if t.is_punct:
                    break
                if t.pos_ == "PROPN":
                    after.append(t.text)
            names = after if doc[noun.i + 1:noun.i + 2].text.lower() in ("at", "in", "on") else []
            text = doc_text(doc)
            there = [e for e in before if names and all(n in text[e.sentence_start:e.sentence_end] for n in names)]
            # (else the one told by the same word: "the coup" is the coup, not the killing after it)
            same = [e for e in before if e.trigger.text.lower() == noun.lower_] or \
                [e for e in before if own is not None and own.mode and e.mode == own.mode]
            return max(there or same or before, key=lambda e: e.trigger.start)
    return None


# Those an event told before hurt or held: "Most of *the dead* were shot at a second koppie".
# (Counts are not read yet: the kind of event stands for the toll.)
_VICTIMS = {"dead": ("ASSAULT", None), "wounded": ("ASSAULT", None), "injured": ("ASSAULT", None),
            "victims": ("ASSAULT", None), "casualties": ("ASSAULT", None),
            "detainees": ("COERCE", "arrest"), "detained": ("COERCE", "arrest"), "arrested": ("COERCE", "arrest")}


_PARTS = frozenset({"most", "many", "some", "all", "several", "half", "one", "two", "three", "none",
                    "dozens", "hundreds", "majority", "number", "few"})


def _deed_of_the_subject(doc: Doc, ev: Event, events: list[Event], sent_starts: list[int],
                         own: list[_Placed]) -> Event | None:
    """A deed a relative clause tells of who its sentence is about, dated only by the main
    clause ("The officer who arrested him was charged in 2007"): the same deed told before,
    if the story told one."""
    if not own or ev.status != "asserted" or not 0 <= ev.token_i < len(doc):
        return None
    trig = doc[ev.token_i]
    # (one whose deed a pronoun takes up: not "students who marched in Alma-Ata were beaten")
    if trig.dep_ != "relcl" or trig.tag_ != "VBD" or trig.head.dep_ not in ("nsubj", "nsubjpass") or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "that", "those") for c in trig.head.children) or \
            not any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them", "it") for c in trig.children) or \
            any(p.root >= 0 and trig.is_ancestor(doc[p.root]) for p in own):
        return None
    si = _index_at(sent_starts, ev.sentence_start)
    before = [e for e in _dated_before(events, trig.idx, si, sent_starts, anywhere=True)
              if e is not ev and e.event == ev.event and e.mode == ev.mode and e.status == "asserted"]
    if any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in trig.children):  # (else "them", "it")
        # (the deed done to the one "him" is: the last person named before the sentence)
        # (by surname, however NER took it the second time: "an inquest heard that Doomadgee")
        surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}
        start = doc.char_span(ev.sentence_start, ev.sentence_start + 1, alignment_mode="expand")
        name = next((t.text for t in reversed(doc[:start.start]) if t.text in surnames), None) \
            if start is not None else None
        if name is not None:
            text = doc_text(doc)
            before = [e for e in before if name in text[e.sentence_start:e.sentence_end]] or before
    return max(before, key=lambda e: e.trigger.start) if before else None


def _victims_told_before(doc: Doc, ev: Event, events: list[Event], sent_starts: list[int]) -> Event | None:
    """The event whose victims an undated one's subject or object takes up ("the dead", "the
    victims", "the detainees"): the last attack (or arrest) told in the sentences before."""
    if not 0 <= ev.token_i < len(doc):
        return None
    trig = doc[ev.token_i]
    args = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # the argument itself, or a part of it ("most of the dead"), not whose kin ("relatives of
    # the victims gathered")
    kind = next((_VICTIMS[t.lower_] for a in args for t in a.subtree if t.lower_ in _VICTIMS
                 and t.i > 0 and doc[t.i - 1].lower_ in ("the", "those", "these")
                 and (t.i == a.i or t.head.lower_ == "of" and t.head.head.i == a.i
                      and a.lower_ in _PARTS)), None)
    if kind is None:
        return None
    si = _index_at(sent_starts, ev.sentence_start)
    # (in its own sentence too: "arrested dozens; some of the detainees were beaten")
    before = [e for e in _dated_before(events, ev.trigger.start, si + 1, sent_starts)
              if e is not ev and e.event == kind[0] and kind[1] in (None, e.mode)]
    # (the story's line, not a flashback in the past perfect: "34 miners were killed. In the
    # week before, ten people had been killed ... Most of the dead were shot ...")
    line = [e for e in before if 0 <= e.token_i < len(doc) and not _had_done(doc[e.token_i])]
    return max(line or before, key=lambda e: e.trigger.start) if before else None


def _had_done(trig: Token) -> bool:
    verb = trig if trig.pos_ in ("VERB", "AUX") else _verb_above(trig)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


# Verbs that judge a deed told before: "sentenced to death in 1996 for the coup" (of 1979).
_JUDGED = frozenset({"sentence", "convict", "try", "charge", "jail", "imprison", "prosecute", "acquit",
                     "indict", "pardon", "punish", "apologise", "apologize", "compensate", "blame",
                     # nouns of judgment: "nobody expects a trial for the murder this year"
                     "trial", "conviction", "prosecution", "verdict",
                     # and of owning up to it: "has expressed regret for the massacre"
                     "regret", "apology", "remorse", "compensation", "reparation", "reparations"})


# Nouns of looking into a deed told before: "an inquiry into the shootings".
_INQUIRIES = frozenset({"inquiry", "enquiry", "investigation", "probe", "inquest"})
# Prepositions by which an event tells the time of another: "fled after the shootings".
_TIME_OF_PREPS = frozenset({"after", "since", "following", "during", "amid"})
# People told by an event they took part in or outlived: "veterans of the protests".
_WITNESSES = frozenset({"veteran", "survivor", "victim", "leader", "organiser", "organizer", "family",
                        "relative", "witness", "participant", "anniversary", "memory"})


def _named_episode(doc: Doc, noun: Token, ev: Event, events: list[Event]) -> Event | None:
    """"Sentenced two former soldiers for **the Abobo killings**": a definite event noun named
    by a place takes up the last dated event of its kind told in a paragraph that names that
    place, however far back."""
    lefts = list(noun.lefts)
    names = [c.text for c in lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or not lefts or lefts[0].lower_ != "the" or \
            any(c.dep_ not in ("compound", "det") for c in lefts):
        return None
    text = doc_text(doc)
    return _last_dated_kin(events, ev, noun, lambda e: all(n in _paragraph(text, e.sentence_start) for n in names))


def _last_dated_kin(events: list[Event], ev: Event, noun: Token, told: Callable[[Event], bool]) -> Event | None:
    """The last event of ``ev``'s kind told before ``noun``, dated by the text or its context,
    that ``told`` picks."""
    there = [e for e in events if e is not ev and e.trigger.start < noun.idx and e.event == ev.event
             and e.date is not None and e.date.origin in ("text", "context") and told(e)]
    return max(there, key=lambda e: e.trigger.start) if there else None


def _took_years(doc: Doc, ev: Event) -> int | None:
    """The years of "it took 34 years (for X) to <the event>"."""
    if not 0 <= ev.token_i < len(doc):
        return None
    verb = doc[ev.token_i]
    took = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or took.lemma_.lower() != "take" or \
            not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in took.children):
        return None
    for c in took.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ("year", "decade"):
            n = next((g for g in c.children if g.dep_ == "nummod"), None)
            count = 1 if n is None else NUMBER_WORDS.get(n.lower_) or (int(n.text) if n.text.isdigit() else None)
            if count is not None:
                return count * (10 if c.lemma_.lower() == "decade" else 1)
    return None


def _victim_named(doc: Doc, noun: Token, ev: Event, events: list[Event]) -> Event | None:
    """"A trial for **the murder of the president**": a definite deed named by its victim, under
    a judgment, takes up the last dated event of its kind told of that victim, however far
    back."""
    if [c.lower_ for c in noun.lefts] != ["the"] or not (
            noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of", "over") and _judge_of(noun.head) is not None):
        return None
    victim = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj" and any(d.lower_ == "the" for d in o.children)), None)
    if victim is None:
        return None
    word = re.compile(rf"\b{re.escape(victim.text)}\b", re.I)
    text = doc_text(doc)
    return _last_dated_kin(events, ev, noun, lambda e: word.search(text, e.sentence_start, e.sentence_end) is not None)


def _paragraph(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1:len(text) if end < 0 else end]


def _dated_before(events: list[Event], offset: int, si: int, sent_starts: list[int],
                  anywhere: bool = False) -> list[Event]:
    """The events told before ``offset`` in the ``CONTEXT_SENTENCES`` sentences before sentence
    ``si`` (or ``anywhere`` before it) whose date the text or its context gave: those an event
    may take up."""
    return [e for e in events if e.trigger.start < offset and e.date is not None
            and e.date.origin in ("text", "context")
            and (anywhere or si - CONTEXT_SENTENCES <= _index_at(sent_starts, e.sentence_start) < si)]


def _the_subject(noun: Token) -> bool:
    """"*The massacre* was never prosecuted", "a commission called *the shootings at Kent
    State* unnecessary": a bare definite event noun, undated in its sentence, takes up the
    event told before, as "that massacre" would; the subject opening its sentence, or an
    object told where it was ("at", "in", "on")."""
    if [c.lower_ for c in noun.lefts] != ["the"] or \
            any(c.dep_ in ("relcl", "acl", "appos") for c in noun.rights):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and any(d.dep_ in ("det", "nummod") and d.lower_ not in ("the", "that", "those", "these")
                                     for d in o.children) for o in c.children) for c in noun.rights):
        return False  # "charged over the killing of a man in Kitengela": a deed not told before
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of", "over") and \
            noun.head.head.lemma_.lower() in _JUDGED:
        return True  # "sentenced to death for the coup", "convicted of the killings"
    if noun.dep_ == "pobj" and noun.head.lower_ == "into" and noun.head.head.lemma_.lower() in _INQUIRIES:
        return True  # "an inquiry into the shootings"
    if noun.dep_ == "pobj" and noun.head.lower_ in _TIME_OF_PREPS and noun.tag_ == "NNS":
        return True  # "fled the country two days after the shootings", "convicted ... during the protests"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _WITNESSES:
        return True  # "veterans of the protests plan to march"
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i == noun.sent.start:
        return not any(c.dep_ == "prep" for c in noun.rights)
    return noun.dep_ in ("dobj", "nsubjpass", "nsubj") and noun.tag_ == "NNS" and \
        all(c.lower_ in ("at", "in", "on") for c in noun.rights if c.dep_ == "prep")


def _told_after(doc: Doc, ev: Event, p: _Placed) -> bool:
    """Whether a date is that of words telling, or finding, what had been done before them."""
    if p.root < 0 or not 0 <= ev.token_i < len(doc):
        return False
    verb = _verb_above(doc[p.root])
    trig = doc[ev.token_i]
    return verb is not None and verb.i != trig.i and verb.is_ancestor(trig) and \
        verb.lemma_.lower() in _SAYING | _FINDING and _pluperfect(trig, verb) and \
        not _parenthetical(doc, verb, p.root)


def _parenthetical(doc: Doc, verb: Token, date_i: int) -> bool:
    """"In early 2019, the peasant movement said, 200 farmers had been evicted": a teller set
    off by commas between the date and what it dates (not "in October the minister said
    the riots had been organised", nor "said on Monday, ...")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and date_i < subj.left_edge.i and verb.i + 1 < len(doc) and \
        doc[verb.i + 1].text == "," and subj.left_edge.i > 0 and doc[subj.left_edge.i - 1].text == ","


def _pluperfect(trig: Token, teller: Token) -> bool:
    """Whether the trigger's clause below ``teller`` is in the past perfect ("had been organised")."""
    cur = trig
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                               for c in cur.children):
            return True
        if cur.head.i == cur.i or cur.head.i == teller.i or cur.dep_ in ("ccomp", "advcl", "relcl"):
            return False
        cur = cur.head
    return False


def _perfect(doc: Doc, ev: Event, *, past: bool = False) -> bool:
    """Whether the event's clause is in the perfect ("would have marched"): a past not taken;
    with ``past``, in the past perfect ("members who had planned a silent march")."""
    if not 0 <= ev.token_i < len(doc):
        return not past
    trig = doc[ev.token_i]
    return any(c.dep_ == "aux" and (c.lower_ in ("had", "'d") if past else c.lemma_.lower() == "have")
               for t in (trig, trig.head) for c in t.children)


_PRESENT_MODALS = frozenset({"will", "'ll", "shall", "may", "can", "must"})


def _ahead(doc: Doc, ev: Event) -> bool:
    """Whether the event's clause looks ahead from the report ("the next protests may be
    directed at it", "will strike"), unlike "would" and "could", which may tell a past plan."""
    if not 0 <= ev.token_i < len(doc):
        return False
    trig = doc[ev.token_i]
    return any(c.dep_ == "aux" and c.lower_ in _PRESENT_MODALS and c.tag_ == "MD"
               for t in (trig, trig.head) for c in t.children)


def _possible(ev: Event, p: _Placed, ref: dt.date | None) -> bool:
    """A reported fact can't start after its report: "next year" in the sentence of an
    asserted event dates something else ("hoping to bring unemployment down next year"). A
    threat or a demand is not made on its deadline ("threatened a strike if wages are not paid
    by the end of March")."""
    if ev.event in ("THREATEN", "REQUEST") and p.deadline:
        return False
    if ev.status == "asserted" and p.until:
        return False  # "has banned all gatherings until Monday": banned before Monday
    if ref is None or ev.status != "asserted":
        return True
    return p.tx.start_date <= ref + dt.timedelta(days=1)


def _planned_long_ago(doc: Doc, ev: Event, best: _Placed, ref: dt.date) -> bool:
    """A plan told in the past of a story years before the report keeps the story's date: "when
    he came back on 22 July [1950], the unions called a general strike" (not next 22 July; but
    "the convenors have announced a vigil on 29 June" is the coming one)."""
    if best.tx.end_date >= ref - OLD_PLAN or not 0 <= ev.token_i < len(doc):
        return False
    trig = doc[ev.token_i]
    verb = trig if trig.pos_ in ("VERB", "AUX") else _verb_above(trig)
    return verb is not None and _past_form(verb)


_CALLING_VERBS = frozenset({"call", "announce", "schedule", "plan", "organise", "organize"})


def _called_when(doc: Doc, ev: Event, p: _Placed) -> bool:
    """Whether the date is that of calling the event, not of the event: "The strike had been
    called the week before by the unions" (it was held on the day told before)."""
    if ev.status != "asserted" or ev.event != "PROTEST" or p.root < 0 or not 0 <= ev.token_i < len(doc):
        return False  # (a state of emergency declared on Wednesday began that day)
    trig = doc[ev.token_i]
    return trig.pos_ == "NOUN" and trig.dep_ in ("nsubjpass", "dobj") and \
        trig.head.lemma_.lower() in _CALLING_VERBS and (verb := _verb_above(doc[p.root])) is not None and \
        verb.i == trig.head.i


def _own_dates(doc: Doc, text: str, ev: Event, here: list[_Placed], ref: dt.date | None,
               told: bool = False) -> list[_Placed]:
    """The dates of the event's sentence that may date it (``told``: an event of its kind was
    told before it)."""
    here = [p for p in here if not _earlier_relative(doc, ev, p) and not (told and _judged_deed(doc, ev, p))
            and not (told and _time_of_another(doc, ev, p)) and not _later_telling(doc, text, ev, p)
            and not _later_clause(doc, text, ev, p) and not _found_earlier(doc, ev, p)
            and not _called_when(doc, ev, p)]
    # A date opening the trigger's own clause in mid-sentence dates it, however the parse hung
    # the clauses: "they banned demonstrations in May 2022, dissolved the coalition and, in
    # July last year, two of its leaders were abducted".
    opening = [p for p in here if _lead(text, ev, p).strip()
               and _fronted(text, ev, p, here) and _possible(ev, p, ref)]
    if not opening and ev.status == "asserted" and 0 <= ev.token_i < len(doc) and _had_done(doc[ev.token_i]):
        # A limit opening the sentence bounds every deed it tells as done by then: "By the end
        # of July more than 60 had died, the commission said, and dozens had been abducted".
        opening = [p for p in here if p.deadline and not _lead(text, ev, p).strip()
                   and _fronted(text, ev, dataclasses.replace(p, deadline=False), here)]
    telling = [p for p in opening if ev.status in ("future", "hypothetical") and _said_when(doc, ev, p)]
    if telling:
        # The day a plan was told, opening the clause of its telling, leaves the plan its own
        # day, and no clause before it: in "..., and on Friday the assembly said it will hold a
        # rally on 11 October", the rally's is 11 October.
        here = [p for p in here if p.tx.start >= telling[-1].tx.start]
        opening = [p for p in opening if p.tx.start >= telling[-1].tx.start and p not in telling]
    # (a deed told as later is not of the day opening its sentence: "On 3 May the court
    # jailed him, but he was later pardoned")
    later = 0 <= ev.token_i < len(doc) and _told_later(ev, doc[ev.token_i])
    # A finer day in a "when" clause of the trigger's, within a coarser date of the sentence,
    # is the deed's: "In the weeks that followed, ... two were killed when Zelaya tried to fly
    # home on 5 July".
    when = [p for p in here if p.root >= 0 and 0 <= ev.token_i < len(doc) and not p.tx.vague and any(
        _when_clause(a) and a.head.i == ev.token_i for a in doc[p.root].ancestors) and _possible(ev, p, ref)]

    def finer(dates: list[_Placed]) -> list[_Placed]:
        return [p for p in when if dates and all(
            p is not q and PRECISION_RANK[p.tx.precision] < PRECISION_RANK[q.tx.precision]
            and q.tx.start_date <= p.tx.start_date and p.tx.end_date <= q.tx.end_date for q in dates if q not in when)]

    if opening and not later:
        return finer(opening) or _restated(text, opening)
    own = [p for p in here if _belongs(doc, ev, p) and _possible(ev, p, ref)]
    if not own and not later:
        own = [p for p in here if _fronted(text, ev, p, here) and _possible(ev, p, ref)]
    return finer(own) or _restated(text, own)


@functools.cache
def _finding_verbs() -> frozenset[str]:
    return frozenset(modality_data()["attribution"].get("findings", []))


@functools.cache
def _telling_verbs() -> frozenset[str]:
    return frozenset(modality_data()["attribution"]["verbs"]) | _finding_verbs()


def _later_telling(doc: Doc, text: str, ev: Event, p: _Placed) -> bool:
    """Whether a date is that of a saying or a ruling in a clause of its own after a semicolon:
    "The officer who shot Giuliani was never tried; a judge ruled in 2003 that ..."."""
    if p.root < 0 or p.tx.start < ev.trigger.end or ";" not in text[ev.trigger.end:p.tx.start]:
        return False
    verb = _verb_above(doc[p.root])
    return verb is not None and verb.i != ev.token_i and verb.lemma_.lower() in _telling_verbs()


def _found_earlier(doc: Doc, ev: Event, p: _Placed) -> bool:
    """Whether a date is that of a finding about a deed told in the past perfect under it: "A
    commission found in 2016 that some of the dead had been executed" (executed before 2016)."""
    if p.root < 0 or not 0 <= ev.token_i < len(doc):
        return False
    finder = _verb_above(doc[p.root])
    if finder is None or finder.lemma_.lower() not in _finding_verbs():
        return False
    trig = doc[ev.token_i]
    verb = trig if trig.pos_ in ("VERB", "AUX") else _verb_above(trig)
    if verb is None or verb.i == finder.i or not any(a.i == finder.i for a in verb.ancestors):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s")


def _later_clause(doc: Doc, text: str, ev: Event, p: _Placed) -> bool:
    """Whether a date opens a later clause with a doer of its own: "Police detained a few dozen
    students in the first days, and on the night of 18 February officers fired tear gas"."""
    if p.root < 0 or not 0 <= ev.token_i < len(doc) or p.tx.start < ev.trigger.end or \
            not _CLAUSE_JOIN.search(text, ev.trigger.end, p.tx.start):
        return False
    verb = _verb_above(doc[p.root])
    return verb is not None and verb.i != ev.token_i and verb.i > doc[p.root].i and \
        not any(a.i == verb.i for a in doc[ev.token_i].ancestors) and \
        any(c.dep_ in ("nsubj", "nsubjpass") and c.i > doc[p.root].i for c in verb.children)


# Between a counted date and the finer one that restates it: ", on", ", during the G20 summit
# in Hamburg in".
_RESTATING = re.compile(r"\s*,\s*(?:(?:during|at|amid)\s+[^,;.]{1,60}?\s+)?(?:on|in)?\s*", re.IGNORECASE)


def _restated(text: str, own: list[_Placed]) -> list[_Placed]:
    """Of a counted date and a finer one told right after it, within it ("A month later, on 18
    August") or by a few days ("Thirty-six years ago this week, on 31 March 1990"), the finer;
    of a weekday and the day told right after it ("on the Sunday evening, June 27"), the day."""
    out = list(own)
    slack = dt.timedelta(days=7)
    for a in own:
        for b in own:
            if a is not b and b.tx.start > a.tx.end and _RESTATING.fullmatch(text, a.tx.end, b.tx.start) \
                    and (PRECISION_RANK[b.tx.precision] < PRECISION_RANK[a.tx.precision]
                         and a.tx.start_date - slack <= b.tx.start_date and b.tx.end_date <= a.tx.end_date + slack
                         or bare_weekday(a.tx) and not bare_weekday(b.tx) and b.tx.precision == "day") \
                    and a in out:
                out.remove(a)
    return out


def _of_another_noun(doc: Doc, ev: Event, p: _Placed, events: list[Event]) -> bool:
    """Whether a date names another event told by a noun, with "of": in "nobody has been
    convicted for the killings of July 2011", July 2011 is the killings'."""
    if p.root < 0 or not 0 <= ev.token_i < len(doc):
        return False
    trig, root = doc[ev.token_i], doc[p.root]
    if root.head.lower_ != "of":
        return False
    owner = root.head.head
    if owner.i == trig.i or owner.pos_ != "NOUN" or not any(e.token_i == owner.i for e in events):
        return False
    # (a verb's object or phrase: "convicted for the killings of July 2011"; not a clause of the
    # noun, "the riots of 26 January, when crowds looted shops". Below a noun trigger it is
    # often the same event told again, "the violence in the riots of 1969"; not so beside it:
    # "the killings came a fortnight after the riots of 26 January")
    if trig.pos_ in ("VERB", "AUX"):
        # (but what was done during it was then: "during the G20 summit of June 2010, 1,100
        # people were detained")
        return trig.is_ancestor(owner) and not (owner.dep_ == "pobj" and owner.head.lower_ in ("during", "amid")
                                                and owner.head.head.i == trig.i)
    return not trig.is_ancestor(owner) and not owner.is_ancestor(trig)


def _judged_deed(doc: Doc, ev: Event, p: _Placed) -> bool:
    """Whether the event is a deed a judgment is for, dated by the judgment's own date:
    "Chun was sentenced to death in 1996 for the coup" (the coup was in 1979)."""
    if p.root < 0 or not 0 <= ev.token_i < len(doc):
        return False
    noun = doc[ev.token_i]
    if _judged_gerund(noun) or noun.pos_ == "NOUN" and noun.dep_ == "pobj":
        prep = noun.head  # "convicted three officers of killing 31", "sentenced for the coup"
    elif noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.tag_ == "VBG" and noun.head.dep_ == "pcomp":
        prep = noun.head.head  # "sentenced for allegedly financing the protests"
    else:
        return False
    judge = _judge_of(prep)
    if prep.lower_ not in ("for", "of", "over") or judge is None:
        return False
    # the judgment's own date, of a deed told before it ("the coup" of the story); not a date
    # of the deed's own ("convicted for the killings of July 2011")
    root = doc[p.root]
    if root.head.lower_ == "of" and root.head.head.i == noun.i:
        return False  # (but "convicted of the shooting last year": the parse's, the judgment's)
    above = _verb_above(doc[p.root])
    # (nor the date of a clause the judgment is joined to or said in: "an inquest opened in
    # February, and a constable was charged last month over the killing of a man")
    return above is not None and (above.i == judge.i or above.is_ancestor(judge))


def _time_of_another(doc: Doc, ev: Event, p: _Placed) -> bool:
    """Whether the event is a bare definite event noun telling the time of another deed
    ("convicted of waging war **during the protests**", "fled **after the shootings**"): the
    event told before, not dated by the sentence's date."""
    if p.root < 0 or not 0 <= ev.token_i < len(doc):
        return False
    noun = doc[ev.token_i]
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in _TIME_OF_PREPS and \
        _the_subject(noun) and not noun.is_ancestor(doc[p.root])


def _judged_gerund(tok: Token) -> bool:
    """"Convicted three officers **of killing** 31 protesters": the deed a judgment is for."""
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "of") and \
        _judge_of(tok.head) is not None


def _judge_of(prep: Token) -> Token | None:
    """The verb of judgment a "for" or "of" phrase hangs on, directly or on its object
    ("convicted three officers of ...", the parse hanging "of" on "officers")."""
    head = prep.head
    if head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN", "PRON") and head.lemma_.lower() not in _JUDGED:
        head = head.head
    return head if head.lemma_.lower() in _JUDGED else None


def _past_form(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # (a main verb with a subject and no auxiliary is a past the tagger took for a participle:
    # "A general strike followed across the valley")
    return (verb.tag_ == "VBD" and not auxes) or any(a.tag_ == "VBD" for a in auxes) or \
        verb.tag_ == "VBN" and not auxes and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)


def _now_or_ahead(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "TO" for a in auxes) and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return _now_or_ahead(verb.head)  # "have called for the soldiers who fired to be identified"
    if any(a.lower_ in _PRESENT_MODALS and a.tag_ == "MD" for a in auxes):
        return True
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True  # the present perfect
    if any(a.tag_ in ("VBD", "MD") or a.lemma_ == "have" for a in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or bool(auxes) and all(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _earlier_relative(doc: Doc, ev: Event, p: _Placed) -> bool:
    """Whether the event is told in the past in a relative clause of a clause told as now or
    ahead, whose date is not the event's: "the officer who fired the shot goes on trial in
    September" (the shot was not in September; its date comes from the story told before)."""
    if p.root < 0 or not 0 <= ev.token_i < len(doc):
        return False
    trig = doc[ev.token_i]
    clause = trig if trig.pos_ in ("VERB", "AUX") else _verb_above(trig)
    if clause is None or not _past_form(clause):
        return False
    if trig.pos_ == "NOUN" and _had_done(clause) and _the_subject(trig) and clause.dep_ == "relcl" and \
            not clause.is_ancestor(doc[p.root]):
        # "Two members of parliament who had backed the protests were sentenced in 2024": the
        # protests told before, not of 2024
        return True
    # the outermost relative clause: "the officer who fired the shot that killed him goes ..."
    rels = [t for t in [clause, *clause.ancestors] if t.dep_ == "relcl"]
    if not rels:
        return False
    rel = rels[-1]
    main = _verb_above(rel)
    date_verb = _verb_above(doc[p.root]) if doc[p.root].pos_ not in ("VERB", "AUX") else doc[p.root]
    if main is None or date_verb is None or rel.is_ancestor(doc[p.root]) or \
            rel.head.i == p.root or rel.head.is_ancestor(doc[p.root]) or p.tx.start <= rel.head.idx < p.tx.end:
        return False  # (a date of the noun the clause tells of: "remember December 1986, when ...")
    return (date_verb.i == main.i or date_verb.is_ancestor(main)) and _now_or_ahead(main)


def _story_years(placed: list[_Placed], si: int) -> set[int]:
    """The years of the dates told in the sentences just before sentence ``si``."""
    return {y for p in placed if si - CONTEXT_SENTENCES <= p.sent < si and not p.tx.vague
            for y in (p.tx.start_date.year, p.tx.end_date.year)}


def _looking_back(ev: Event, p: _Placed, ref: dt.date, years: set[int]) -> _Placed:
    """A day told without its year reads as the next such day when it is a few days ahead of
    the report (a plan); for a deed done in a story told of last year, it is last year's: "a
    curfew was imposed on 19 July", written on 16 July after a sentence on last July."""
    tx = p.tx
    if ev.status != "asserted" or not tx.relative or tx.precision not in ("day", "week") \
            or tx.start_date <= ref + dt.timedelta(days=1) or re.search(r"\d{4}", tx.text) \
            or re.match(r"(?:next|coming|this\s+coming)\b", tx.text, re.I) \
            or tx.start_date.year - 1 not in years:
        return p
    back = dataclasses.replace(tx, start_date=_year_before(tx.start_date), end_date=_year_before(tx.end_date))
    return dataclasses.replace(p, tx=back)


def _year_before(d: dt.date) -> dt.date:
    return d.replace(year=d.year - 1, day=min(d.day, 28) if d.month == 2 else d.day)


def _tree_distance(a: Token, b: Token) -> int:
    up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return 99


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb governing ``tok`` (itself excluded)."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return None


def _present_perfect(doc: Doc, ev: Event) -> bool:
    """Whether the event's clause is in the present perfect ("has convicted hundreds")."""
    if not 0 <= ev.token_i < len(doc):
        return False
    trig = doc[ev.token_i]
    verb = trig if trig.pos_ in ("VERB", "AUX") else _verb_above(trig)
    return verb is not None and _present_perfect_verb(verb)


def _present_perfect_verb(verb: Token) -> bool:
    """A verb in the present perfect: a participle after "has" or "have"."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children)


def _told_as_now(doc: Doc, ev: Event) -> bool:
    """Whether the event's clause is in the simple or progressive present ("is under
    bombardment", "is intensifying", "are held") or in the present perfect ("have vowed"): the
    state of things at the report, which an older date of the sentences before does not date."""
    if not 0 <= ev.token_i < len(doc):
        return False
    trig = doc[ev.token_i]
    verb = trig if trig.pos_ in ("VERB", "AUX") else _verb_above(trig)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if _present_perfect_verb(verb) and not any(a.tag_ in ("VBD", "MD") for a in auxes) and \
            not any(c.lower_ in ("since", "ever") for c in verb.subtree):
        return True  # the present perfect: "students have vowed to strike" is news
    if any(a.lemma_ in ("have", "do", "will") or a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ in ("VBG", "VBN") and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP")
                                              for a in auxes)


_LATER_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|then)|;)\s+(?:(?:in|on|during|by|at|from)\s+)?(?:the\s+)?$",
                           re.IGNORECASE)


def _belongs(doc: Doc, ev: Event, p: _Placed) -> bool:
    """Whether a date of the event's sentence can date the event: not when it hangs off the
    clause of another verb ("workers struck to demand the deal signed in 2012")."""
    if p.root < 0 or not 0 <= ev.token_i < len(doc):
        return True
    trig = doc[ev.token_i]
    clause = trig if trig.pos_ in ("VERB", "AUX") else _verb_above(trig)
    if clause is not None and clause.dep_ in ("relcl", "advcl") and clause.head.i == p.root:
        return True  # "since 2016, when security forces shot dead six young men"
    if _record_since(doc, p) and doc[p.root].head.i != trig.i:
        return False  # (but "the deadliest day since the 1989 massacre" dates the massacre)
    if _dates_another(doc[p.root], trig, _named_date(p.tx)):
        return False
    if trig.tag_ in _NOW_TAGS and trig.lemma_.lower() in _SAYING | _FINDING | _DISPUTING and \
            not any(c.dep_ == "aux" for c in trig.children) and any(
            t.dep_ == "ccomp" and t.head.i == trig.i and t.is_ancestor(doc[p.root]) for t in doc[p.root].ancestors):
        return False  # "the army denies that its soldiers took part in the attack in 2014": now
    verb = _verb_above(doc[p.root])
    if p.tx.start > ev.trigger.end and _LATER_CLAUSE.search(doc_text(doc), ev.trigger.end, p.tx.start) and \
            (verb is None or verb.i != trig.i):
        # "Police beat lawyers in Buea, and in December 2016 four people were shot dead": the
        # date opens a clause of its own after the trigger's
        return False
    if verb is None or verb.i == trig.i:
        return True  # on the trigger or on a noun phrase
    if _told_later(ev, trig):
        return False  # "was arrested in January ... and was later sentenced": after it
    if verb.tag_ == "VBG" and verb.lemma_.lower() in ("start", "begin") and trig.dep_ == "dobj" and \
            verb.head.i == trig.head.i:
        return True  # "called a 48-hour strike starting tomorrow": the strike's start
    if ev.status == "asserted" and verb.dep_ == "conj" and verb.head.i == trig.i and _planned(verb):
        return False  # "students vowed to strike, and a general strike is planned for June"
    if trig.is_ancestor(verb):
        if verb.dep_ == "relcl" and p.tx.precision in ("year", "season") and any(
                c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children):
            # "fired at the square where 12 were killed last year": another time (but "blocked
            # the square where protesters gathered on Monday" was then)
            return False
        if verb.dep_ == "relcl" and verb.head.i != trig.i and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and \
                re.search(r"\bsince\s+$", doc_text(doc)[max(0, p.tx.start - 8):p.tx.start], re.I):
            # "workers who had struck since May were dismissed": a stretch before (but
            # "fired at students who had gathered on Sunday" was that day)
            return False
        # A clause of the trigger's own ("the strike, which began on Monday"), not one
        # further down under another verb.
        above = _verb_above(verb)
        # A clause of a verb coordinated with the trigger dates both: "12 were killed and 100
        # injured when troops opened fire on Monday".
        # Not what a coordinated verb of saying reports: in "the government threatened a ban,
        # and the opposition says it will march on 4 November", the day is the march's.
        if above is not None and above.dep_ == "conj" and above.head.i == trig.i and verb.dep_ != "ccomp":
            return True
        # A fronted "when" clause of the trigger's, however deep the date in it: "When a few
        # hundred answered a call to protest on 20 September 2019, 4,000 were detained".
        clause = verb
        while clause.head.i != trig.i and clause.head is not clause:
            clause = clause.head
        # (or one after it, when the trigger's clause has no date of its own: "two protesters
        # were killed near the airport when Zelaya tried to fly home on 5 July")
        if _when_clause(clause) and (clause.i < trig.i or not _dated_clause(trig, clause)):
            return True
        return above is None or above.i == trig.i or above.is_ancestor(trig)
    if trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "of" and \
            trig.head.head.lemma_.lower() in _WITNESSES and verb.is_ancestor(trig):
        return False  # "will host a concert on Saturday in memory of the uprisings": not theirs
    if verb.is_ancestor(trig):
        # On a governing clause: "police said on Tuesday that they arrested 40"; not on a
        # clause coordinated with the trigger's own, with its own subject, when that is told
        # as now: "an amnesty in March 2023 freed some, but the investigations into the
        # killings have been closed".
        step = trig
        while step.head.i != verb.i:
            step = step.head
        return not (step.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in step.children)
                    and _told_as_now(doc, ev))
    # A fronted "when" clause dates the whole sentence: "When police shot 12 in October 2020,
    # the army denied it, then admitted that they had fired blanks".
    # (Also from a clause inside it: "When a few hundred answered a call to protest on 20
    # September 2019, more than 4,000 were detained".)
    for _ in range(5):
        if _when_clause(verb) or verb.head is verb or verb.head.i > trig.i or \
                verb.dep_ not in ("xcomp", "acl", "ccomp", "relcl", "pcomp", "dobj", "pobj", "prep", "advcl"):
            break
        verb = verb.head
    return _when_clause(verb) and verb.i < verb.head.i and verb.head.dep_ == "ROOT" and \
        verb.head.is_ancestor(trig)


_LATER_WORDS = frozenset({"later", "afterwards", "afterward", "subsequently", "eventually"})


def _told_later(ev: Event, trig: Token) -> bool:
    """A judgment or a release told as coming after the deed before it: "was later sentenced",
    "three were later released" (not "the protesters later blocked the avenue": the same day,
    as like as not)."""
    if not (ev.event in ("SANCTION", "ACCUSE") or ev.mode == "release" or trig.lemma_.lower() in _JUDGED):
        return False
    # (a bare "later": "eight years later" is a date told, counted from the one before)
    verb = trig if trig.pos_ in ("VERB", "AUX") else None
    if verb is None and trig.dep_ in ("dobj", "nsubjpass") and trig.head.pos_ == "VERB":
        verb = trig.head  # "most were later given suspended sentences"
    # (or on the verb it is joined to: "dozens were later tried and sentenced")
    verbs = [verb, verb.head] if verb is not None and verb.dep_ == "conj" else [verb]
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in _LATER_WORDS and not list(c.children)
                                    for v in verbs if v is not None for c in v.children)


def _later_than(doc: Doc, ev: Event, here: list[_Placed], ref: dt.date | None) -> When | None:
    """"Arrested in January ..., and was later sentenced": some time from the date told before
    it in its sentence to the report."""
    if ref is None or ev.status != "asserted" or not 0 <= ev.token_i < len(doc) or \
            not _told_later(ev, doc[ev.token_i]):
        return None
    before = [p for p in here if p.tx.end <= ev.trigger.start and not p.tx.vague and not p.attributive
              and p.tx.start_date <= ref]
    if not before:
        return None
    return _to_report(max(before, key=lambda p: p.tx.start).tx.start_date, ref)


def _to_report(start: dt.date, ref: dt.date) -> When:
    """Some time from a date told before to the report ("since then", "later")."""
    return When(text=None, start=None, end=None, start_date=start, end_date=ref,
                precision=stretch_precision((ref - start).days), origin="context")


def _dated_clause(trig: Token, apart: Token) -> bool:
    """Whether a date entity hangs in the trigger's clause outside the subtree ``apart``."""
    inside = {t.i for t in apart.subtree}
    head = trig if trig.pos_ in ("VERB", "AUX") else _verb_above(trig) or trig
    return any(t.ent_type_ == "DATE" and t.i not in inside for t in head.subtree)


def _when_clause(v: Token) -> bool:
    """An adverbial clause opened by "when"."""
    return v.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in v.children)


# Where a sentence's clauses part: "..., and in June 2009 about 30 people died in clashes".
# (and a "when" clause opening the coordinated clause: "..., and when people tried to return
# to the streets in February 2021, police arrested hundreds")
_CLAUSE_BREAK = re.compile(r"(?:,\s+(?:and|but|while|whereas|yet|then),?|\s(?:and|but),|;|:|\bthen)\s+$|^\s*$|"
                           r",\s+(?:and|but),?\s+(?:when|as|after|once|before)\s[^,;:]*$",
                           re.IGNORECASE)
_ANY_BREAK = re.compile(r",\s+(?:and|but|while|whereas|yet|then)\s|;|:", re.IGNORECASE)


def _lead(text: str, ev: Event, p: _Placed) -> str:
    """The words of the event's sentence before a date, without the date's preposition."""
    head = text[ev.sentence_start:max(ev.sentence_start, p.tx.start)]
    # (and its part of a day: "On the night of 13 May 2024, as the assembly debated, ...")
    return re.sub(r"(?:\b(?:in|on|at|during|by|since|early|late|over|throughout|within)\s+(?:the\s+(?:"
                  r"night|morning|evening|afternoon|eve|early\s+hours|small\s+hours)\s+of\s+)?)+$", "", head,
                  flags=re.IGNORECASE)


def _fronted(text: str, ev: Event, p: _Placed, here: list[_Placed]) -> bool:
    """Whether a date opens the clause of the event: a date at the head of a coordinated clause
    ("In 1986 troops killed 200 inmates, and in June 2009 about 30 people died in clashes")
    dates what that clause tells, however the parser hung it; a date that opens the sentence
    dates all of it up to the next date ("On 26 January 2021 a rally turned violent; one
    farmer was killed, and 300 police were injured")."""
    if p.tx.start >= ev.trigger.start or p.deadline or p.attributive:
        return False
    head = _lead(text, ev, p)
    if not _CLAUSE_BREAK.search(head):
        return False
    if not head.strip() and ev.status not in ("future", "hypothetical"):
        # (A plan after the break is not of that day: "On Sunday police fired; the union will
        # hold a rally".)
        return not any(p.tx.end <= q.tx.start < ev.trigger.start for q in here if q is not p)
    # (nor past a date a "when" clause of the trigger's hangs on: "in the early hours of 22
    # January they fired tear gas, the first time since 1949, when a crowd stormed the Althing")
    return not _ANY_BREAK.search(text, p.tx.end, ev.trigger.start) and not any(
        p.tx.end <= q.tx.start < ev.trigger.start and re.match(r"\s*,?\s*when\b", text[q.tx.end:q.tx.end + 8], re.I)
        for q in here if q is not p)


_PLAN_VERBS = frozenset({"plan", "schedule", "set", "due", "expect", "announce", "call"})


def _planned(verb: Token) -> bool:
    """A clause of what is still to come: "a strike is planned for June", "they will march"."""
    return verb.lemma_.lower() in _PLAN_VERBS and any(c.dep_ == "auxpass" for c in verb.children) \
        or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)


def _named_date(tx: Timex) -> bool:
    """A date told by its month or year ("on 8 November"), not by a word counted from the
    report ("yesterday", "on Monday"), which is most often the story's own day."""
    return bool(re.search(r"\d", tx.text)) or bool(set(re.findall(r"[a-z]+", tx.text.lower())) & MONTHS.keys())


def _dates_another(tok: Token, trig: Token, named: bool = True) -> bool:
    """Whether a date plainly belongs to something else than the trigger's clause: the start of
    another verb's stretch ("urged soldiers to remove roadblocks set up **since** the nov. 8
    mutiny"), or a thing that is no event ("held as a result of **yesterday's** statement")."""
    for anc in [tok, *list(tok.ancestors)[:3]]:
        if anc.lower_ == "since" and anc.dep_ == "prep":
            head = anc.head
            return head.i != trig.i and not head.is_ancestor(trig)
    if tok.dep_ == "poss" and tok.head.i != trig.i and tok.head.pos_ == "NOUN":
        return match_token(tok.head, load_lexicon()) is None
    # "3,000 were detained before the government declared an emergency on 8 November": the
    # date of what came after (or until which it went on), not of the trigger's clause (but
    # "was prevented before it reached Colombo yesterday" was yesterday)
    for anc in [tok, *tok.ancestors] if named else []:
        if anc.i == trig.i or anc.is_ancestor(trig):
            break
        if anc.dep_ == "advcl" and (anc.head.i == trig.i or anc.head.is_ancestor(trig)) and any(
                m.dep_ == "mark" and m.lower_ in ("before", "until", "till") for m in anc.children):
            return True
    return False


def _record_since(doc: Doc, p: _Placed) -> bool:
    """"Farmers held the biggest rally since 2004", "the first strike since the new board took
    over in March", "the largest walkout so far this year": the date is the record's
    yardstick, not when the event took place."""
    span = doc.char_span(p.tx.start, p.tx.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    pivot: Token | None = None
    if doc[span.start - 1].lower_ == "since":
        pivot = doc[span.start - 1]
    elif span.start > 1 and doc[span.start - 2:span.start].text.lower() == "so far":
        pivot = doc[span.start - 2]
    else:
        # "since" heading the phrase or clause the date is in
        for anc in span.root.ancestors:
            since = anc if anc.lower_ == "since" else next(
                (c for c in anc.children if c.dep_ == "mark" and c.lower_ == "since"), None)
            if since is not None:
                pivot = since
                break
            if anc.dep_ in ("ROOT", "ccomp") or anc.i < span.start - 15:
                break
    if pivot is None:
        return False
    for tok in doc[max(span.sent.start, pivot.i - 10):pivot.i]:
        if tok.lower_ in ("least", "most") and tok.i > 0 and doc[tok.i - 1].lower_ == "at":
            continue  # "at least 40 have been killed since 3 August": a count's qualifier
        if tok.tag_ in ("JJS", "RBS") or tok.lower_ in ("first", "only"):
            return True
    return False


def _closest(doc: Doc, ev: Event, cands: list[_Placed]) -> _Placed:
    if len(cands) == 1:
        return cands[0]
    trig = doc[ev.token_i] if 0 <= ev.token_i < len(doc) else None

    def key(p: _Placed) -> tuple[int, int, int]:
        dist = _tree_distance(trig, doc[p.root]) if trig is not None and p.root >= 0 else 99
        if trig is not None and p.root >= 0 and trig.pos_ in ("VERB", "AUX"):
            # A date on another verb is further than one on the trigger's own: in "two died that
            # week; one was shot near the station on 10 August", the shooting was on the 10th.
            verb = _verb_above(doc[p.root])
            if verb is not None and trig.dep_ == "conj" and verb.i == trig.head.i and p.tx.start < verb.idx:
                # (but a date before the verb the trigger is joined to is theirs both: "on the
                # night of 18 September some of them broke in and set cars on fire")
                dist = _tree_distance(verb, doc[p.root]) + 1
            else:
                dist += int(verb is not None and verb.i != trig.i)
        return (dist, int(p.tx.vague), abs(p.tx.start - ev.trigger.start))

    return min(cands, key=key)


# A sentence opening on the time just told: "Then, troops attacked ..." after "those who stood
# in the square on April 9, 1989, saw the images of last week" is 1989, not last week.
_BACK_THEN = re.compile(r"\s*(?:then|back then|at the time|at that time|in those days)\s*,", re.I)
# "Since then, ...": from the last date told before.
_SINCE_THEN = re.compile(r"\s*(?:ever\s+)?since then\b", re.I)
# How many sentences back in its paragraph an event may take its date from.
CONTEXT_SENTENCES = 8


def _told_in_the_past(doc: Doc, ev: Event) -> bool:
    """Whether the event's clause is in the simple past or the past perfect ("were killed",
    "had fled"), not told as now or ahead."""
    if not 0 <= ev.token_i < len(doc):
        return False
    trig = doc[ev.token_i]
    verb = trig if trig.pos_ in ("VERB", "AUX") else _verb_above(trig)
    for _ in range(4):
        if verb is None or verb.tag_ != "VBN" or verb.head.i == verb.i or \
                any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            break
        if verb.dep_ in ("acl", "xcomp", "ccomp", "oprd"):
            # a participle takes the tense of its clause: "were looters shot by guards", "counted
            # at least 35 people killed"
            verb = _verb_above(verb) if verb.dep_ == "acl" else verb.head
        elif verb.dep_ == "conj":
            verb = verb.head  # ... and of the verb whose auxiliary it shares: "were smashed and kiosks looted"
        else:
            break
    return verb is not None and _past_form(verb)


def _inherit(placed: list[_Placed], si: int, para: int, ref: dt.date | None,
             back: bool = False, since: bool = False, retro: bool = False) -> _Placed | None:
    before = [p for p in placed if p.sent < si and not p.aside]
    if not before:
        if ref is None and placed:
            # No publication date: the document's first date is better than none.
            return min(placed, key=lambda p: (p.tx.vague, p.tx.start))
        return None
    # A date that only names a thing ("alleged complicity in a 2016 army coup") sets no time
    # for the sentences after it, nor lets an older one through.
    last = max(p.sent for p in before)
    if all(p.attributive for p in before if p.sent == last):
        return None
    # A paragraph tells one episode, but a page printed as one block (no paragraph breaks)
    # moves on: there only the last few sentences carry a date.
    same_para = [p for p in before if p.para == para and si - p.sent <= CONTEXT_SENTENCES]
    pool = same_para
    if not pool:
        if ref is None:
            pool = before
        else:
            recent = ref - dt.timedelta(days=RECENT_DAYS)
            pool = [p for p in before if p.tx.end_date >= recent and not p.tx.vague]
            if not pool:
                pool = _between(placed, before, si, para, recent)
            later = [p for p in placed if p.sent > si and p.para == para and not p.tx.vague and not p.attributive]
            if not pool and retro and not any(p.tx.end_date >= recent for p in later):
                # (in a piece on an old story, a paragraph of deeds told in the past with no
                # date of their own goes on with the paragraph before: "Nobody knows how many
                # died. ... about 1,500 were killed"; not a paragraph whose later dates are news)
                told = [p for p in before if not p.tx.vague and not p.attributive and si - p.sent <= CONTEXT_SENTENCES]
                pool = [p for p in told if p.para == max(q.para for q in told)] if told else []
    if not pool:
        return None
    last_sent = max(p.sent for p in pool)
    here = [p for p in pool if p.sent == last_sent]
    story = [p for p in pool if not _flashback_date(p)]
    if story and all(_flashback_date(p) for p in here):
        # A sentence dated only by a step back ("after armed men freed them the night
        # before") does not move the story: "The government said 187 people were killed" is of
        # the day told before it.
        last_sent = max(p.sent for p in story)
        here = [p for p in story if p.sent == last_sent]
    if back:
        return min(here, key=lambda p: (p.tx.vague, p.tx.start_date))
    if since:
        return max(here, key=lambda p: (not p.tx.vague, p.tx.start_date))
    main = _main(here)
    # A sentence that moves on to a later day of a deed told as done, after its main date ("In
    # early 2019, ... farmers had been evicted, and in December of that year police killed
    # 14"), leaves the story at that day (not "will this afternoon picket", "would attempt
    # to enter the following day").
    moved = [p for p in here if p.tx.start > main.tx.start and not p.tx.vague and not p.attributive
             and p.done and p.tx.start_date > main.tx.end_date
             # (within the story's year or the next: not "overnight" read from the report)
             and p.tx.start_date.year <= main.tx.end_date.year + 1]
    return max(moved, key=lambda p: p.tx.start) if moved else main


def _flashback_date(p: _Placed) -> bool:
    """A date counted back from the one told before it ("the night before", "two days earlier"),
    or one a past-perfect clause steps back to."""
    return p.tx.relative and BACKWARD_RE.search(p.tx.text) is not None or p.stepped_back


# How close the dates told before and after an undated paragraph opening must be for it to
# be read as part of their story.
STORY_SPAN = dt.timedelta(days=92)


def _between(placed: list[_Placed], before: list[_Placed], si: int, para: int,
             recent: dt.date) -> list[_Placed]:
    """A paragraph that opens with undated deeds between two dates of one old story ("...
    44 deaths by the end of June. // More than 2,000 people were detained. A student was
    arrested on 13 May.") goes on with that story, not with the day of the report."""
    told = [p for p in before if not p.tx.vague and not p.attributive]
    # (the story's line, not a step back: "... the day before, 400 had been arrested")
    told = [p for p in told if not _flashback_date(p)] or told
    after = [p for p in placed if p.sent > si and p.para == para and p.sent - si <= 2
             and not p.tx.vague and not p.attributive]
    if not told or not after:
        return []
    last = max(p.sent for p in told)
    prev = _main([p for p in told if p.sent == last])
    first = min(p.sent for p in after)
    nxt = _main([p for p in after if p.sent == first])
    if prev.tx.end_date >= recent or nxt.tx.end_date >= recent:
        return []
    gap = max(nxt.tx.start_date - prev.tx.end_date, prev.tx.start_date - nxt.tx.end_date)
    return [prev] if gap <= STORY_SPAN else []


def _main(here: list[_Placed]) -> _Placed:
    """In the sentence that dated the episode, the expression nearest its root; or, when a
    finer date within it is told too, that one: after "In 2017, ... the country marched from
    April to July", what follows is of April to July."""
    main = min(here, key=lambda p: (p.tx.vague, p.depth, p.tx.start))
    # (a week counted back from the report is a few days off the day it restates: "Eight years
    # ago this weekend, on Sunday 25 March 2018")
    slack = dt.timedelta(days=3 if main.tx.precision == "week" else 0)
    finer = [p for p in here if p is not main and not p.tx.vague
             and PRECISION_RANK[p.tx.precision] < PRECISION_RANK[main.tx.precision]
             and main.tx.start_date - slack <= p.tx.start_date and p.tx.end_date <= main.tx.end_date + slack]
    return min(finer, key=lambda p: (p.depth, p.tx.start)) if len(finer) == 1 else main

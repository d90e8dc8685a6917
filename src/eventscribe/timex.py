"""Time expressions: find them in plain text and resolve them to date ranges.

Pure functions, no spaCy: ``find_timexes(text, ref)`` scans a string (any case, punctuation
optional, so lower-cased wire copy works too) and returns every date expression it can
resolve, with exact character offsets. ``ref`` is the reference date (usually the
publication date); expressions that only make sense relative to it ("yesterday",
"on Monday", "last October", "in January") are skipped when ``ref`` is None.

News conventions used for resolution:

- a bare weekday ("on Monday") is the most recent such day at or before ``ref``;
  "last Monday" is strictly before, "next Monday" strictly after;
- a bare month ("in January", "last October") is the most recent such month at or before
  the reference month ("last" excludes the reference month itself); a day and month without
  a year ("on 12 June") is the most recent such date at or before ``ref`` (+ 7 days of slack
  for announced events);
- seasons are meteorological seasons of the northern hemisphere (spring = March–May; winter of
  Y = December Y to February Y+1), or of the southern inside ``southern_seasons()`` (winter of
  Y = June–August Y; summer of Y = December Y to February Y+1);
- "early/mid/late" split a month into thirds (1–10, 11–20, 21–end) and a year into thirds.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Timex", "BACKWARD_RE", "bare_weekday", "find_timexes", "flashback", "page_date_lines", "anchored_timexes", "narrative_months", "story_year_dates", "reanchor_parts", "forward_date",
           "is_lower_text", "month_end", "units_back", "southern_seasons", "MONTHS", "WEEKDAYS", "PRECISION_RANK"]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# (south of the equator each season starts six months later: winter is June to August)
_SOUTHERN: dict[str, int] = {"spring": 9, "summer": 12, "autumn": 3, "fall": 3, "winter": 6}
# Whether seasons are read in the southern hemisphere: set for one story at a time by
# ``southern_seasons``, so every resolver (and the cache) sees the same reading.
_SOUTH: ContextVar[bool] = ContextVar("southern_seasons", default=False)


@contextmanager
def southern_seasons(on: bool = True) -> Iterator[None]:
    """Read seasons in the southern hemisphere inside the block ("the winter of 1981" in
    Wellington is June to August 1981)."""
    token = _SOUTH.set(on)
    try:
        yield
    finally:
        _SOUTH.reset(token)


def _season_month(season: str) -> int:
    return (_SOUTHERN if _SOUTH.get() else SEASONS)[season.lower()]
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "few": 3, "a few": 3, "several": 3, "couple of": 2, "a couple of": 2,
}


@dataclass(frozen=True)
class Timex:
    """One resolved date expression; ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    start_date: dt.date
    end_date: dt.date
    precision: str  # day | week | month | season | year
    relative: bool = False  # resolved against the reference date
    vague: bool = False


# --- building blocks of the patterns --------------------------------------------------------

_MONTH_FULL = r"january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_ABBR = r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_MON = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)"
_WD = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
       r"(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.)")
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
# Days as ordinal words, only in "the first of October", "the twenty-first of June".
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth", "twentieth"]
_ORDINAL_DAYS = {w: n for n, w in enumerate(_ORDINALS, start=1)} | \
    {f"twenty-{w}": 20 + n for n, w in enumerate(_ORDINALS[:9], start=1)} | \
    {"thirtieth": 30, "thirty-first": 31}
_DAY_WORD = "(?:" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)) + ")"
# After a number that looks like a year, words that make it a head count: "a 2000-strong
# crowd", "the 1900 asylum seekers", "of 1999 protesters".
_HEADS_AFTER = (r"\s*(?:%|per\s*cent|-?\s*strong|people|persons|protesters|demonstrators|workers|"
                r"students|men|women|troops|police|soldiers|asylum|refugees|migrants|residents|"
                r"members|supporters|families|villagers|farmers|teachers)\b")
_HEADS_IN_AFTER = r"\s*(?:%|per\s*cent|-?\s*strong|people|persons)\b"
_PART = r"(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of|end\s+of|beginning\s+of|start\s+of)"
_NUMW = (r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|"
         r"seven|eight|nine))?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
         r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+few|few|several|a\s+couple\s+of|couple\s+of)")
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"

_F = re.IGNORECASE
# Words after "the <Month>" that make it a name or a verb rather than a month of an episode.
_NOT_AFTER_MONTH_MOD = (r"(?:for|on|of|to|from|against|in|at|by|with|through|and|or|that|which|"
                        r"who|was|were|is|are|will|would|has|had|have|began|ended|started|"
                        r"went|passed|moved|reached|set|organisers|organizers|route)")


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){pattern}(?![\w])", _F)


# Order matters only for ties: the scanner keeps the longest match at each position and then
# drops matches overlapping an earlier-starting longer one.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", _rx(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")),
    ("slash", _rx(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")),
    # 12 June 2020, 12th of June, 12-14 June 2020
    ("dmy", _rx(rf"(?:(?:on\s+)?(?P<wd>{_WD})\s*,?\s+|on\s+)?(?:the\s+)?(?P<d>{_DAY})(?:\s*(?:-|–|to|and)\s*(?P<d2>{_DAY}))?"
                rf"\s+(?:of\s+)?(?P<mon>{_MON})(?:\s*,?\s*(?P<y>{_YEAR}))?")),
    # "the first of October", "on the twenty-first of June 2019"
    # (not a place named after a day: "the Ninth of September Square")
    ("dmy", _rx(rf"(?:on\s+)?the\s+(?P<d>{_DAY_WORD})\s+of\s+(?P<mon>{_MON})(?:\s*,?\s*(?P<y>{_YEAR}))?"
                rf"(?!\s+(?:square|street|avenue|road|boulevard|bridge|stadium|park|plaza|movement|"
                rf"university|school|hospital|group|alliance|coalition|party)\b)")),
    # June 12, 2020; Monday, June 12; June 12-14
    ("mdy", _rx(rf"(?:(?:on\s+)?(?P<wd>{_WD})\s*,?\s+|on\s+)?(?P<mon>{_MON})\s+(?P<d>{_DAY})(?:\s*(?:-|–)\s*(?P<d2>{_DAY}))?"
                rf"(?:\s*,?\s*(?P<y>{_YEAR}))?(?!\s*(?:%|per\s*cent|percent|km|miles?|people|,\d))")),
    # the spring and summer of 1976, summer 2019, the winter of 2019
    ("season", _rx(rf"(?:(?P<part>early|mid|late)[\s-]+)?(?:the\s+)?(?P<s1>{_SEASON})(?:\s+(?:and|to|-)\s+(?P<s2>{_SEASON}))?"
                   rf"(?:\s+of)?\s*,?\s+(?P<y>{_YEAR})")),
    # the summer of last year, the spring and summer of this year
    ("season_rel_year", _rx(rf"(?:the\s+)?(?P<s1>{_SEASON})(?:\s+(?:and|to|-)\s+(?P<s2>{_SEASON}))?"
                            rf"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year")),
    ("rel_season", _rx(rf"(?P<which>last|this|next|the\s+past)\s+(?P<s1>{_SEASON})")),
    # "between 15 July and 5 August", "from June 28 to July 3, 2019": one range of days
    ("day_range", _rx(rf"(?:from|between)\s+(?:(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})|(?P<mon_b>{_MON})\s+(?P<d_b>{_DAY}))"
                      rf"\s+(?:to|and|until|through|-|–)\s+"
                      rf"(?:(?P<d2>{_DAY})\s+(?:of\s+)?(?P<mon2>{_MON})|(?P<mon2_b>{_MON})\s+(?P<d2_b>{_DAY}))"
                      rf"(?:\s*,?\s*(?P<y>{_YEAR}))?")),
    # "from March to May 2021", "between June and August": one range of months
    ("month_range", _rx(rf"(?:from|between)\s+(?P<mon>{_MON})(?:\s*,?\s*(?P<y1>{_YEAR}))?\s+(?:to|and|until|through|-|–)\s+"
                        rf"(?P<mon2>{_MON})(?:\s*,?\s*(?P<y>{_YEAR}))?")),
    # "in April and May 2010", "June to August": two months told as one stretch
    ("month_pair", _rx(rf"(?:(?:in|during|throughout|of)\s+)?(?P<mon>{_MON})\s+(?:and|to|until|through|-|–)\s+"
                       rf"(?P<mon2>{_MON})(?!\s+\d{{1,2}}(?:st|nd|rd|th)?\b)(?:\s*,?\s*(?:of\s+)?(?P<y>{_YEAR}))?")),
    # "the first week of May", "the last week of June 2019"
    ("week_of", _rx(rf"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+"
                    rf"(?P<mon>{_MON})(?:\s*,?\s*(?P<y>{_YEAR}))?")),
    # mid-March 2019, the end of June, early May 1990, March 2019, in January, last October
    ("month", _rx(rf"(?:(?P<which>last|this|next|in|since|during|until|by|from|of|throughout)\s+)?"
                  rf"(?:(?P<part>{_PART})[\s-]+)?(?P<mon>{_MON})"
                  rf"(?!\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|per\s*cent|percent|km|miles?|people|,\d)))"
                  rf"(?:\s*,?\s*(?:of\s+)?(?P<y>{_YEAR}))?")),
    # "the September uprising", "the October strikes": a month naming an episode, as a
    # year does in "the 1999 strike". Capitalised and followed by a lower-case word that is no
    # function word, so "the March for Our Lives" and "the march on parliament" stay out.
    ("month_mod", _rx(rf"(?<=\bthe\s)(?P<mon>{_MONTH_FULL})"
                      rf"(?=\s+(?!{_NOT_AFTER_MONTH_MOD}\b)(?-i:[a-z]))")),
    # "between 1975 and 1990", "from 2011 to 2014": one range of years
    ("year_range", _rx(rf"(?:from|between)\s+(?P<y>{_YEAR})\s+(?:to|and|until|through|-|–)\s+(?P<y2>{_YEAR})"
                       rf"(?!{_HEADS_AFTER})")),
    # "the tensions of 1998 to 2003" (not "the protests of 1998 and 2003": two years)
    ("year_range", _rx(rf"of\s+(?P<y>{_YEAR})\s+(?:to|until|through)\s+(?P<y2>{_YEAR})"
                       rf"(?!{_HEADS_AFTER})")),
    # "the 2020-21 farm protests", "in 1987-89": a span of years with the later one cut short
    # (with its preposition, so that it wins over "in 1987" at the same start)
    ("year_span", _rx(rf"(?:(?:in|during|from|between|of|since|by|until|throughout)\s+)?"
                      rf"(?P<y>(?:19|20)\d\d)[-–/](?P<y2>\d\d(?:\d\d)?)"
                      rf"(?![\d/–-]|,\d|\s*(?:per\s*cent|percent|%))(?!{_HEADS_AFTER})")),
    ("part_year", _rx(rf"(?P<part>{_PART})[\s-]+(?P<y>{_YEAR})")),
    ("decade", _rx(r"(?:the\s+)?(?P<dec>(?:1[89]|20)?[0-9]0)'?s")),
    ("year", _rx(rf"(?P<prep>in|during|since|throughout|of|by|until|from|between)\s+(?:the\s+year\s+)?(?P<y>{_YEAR})"
                 rf"(?!{_HEADS_AFTER})")),
    # "In 1988 police arrested students": after "in", "during", "since" ... a group noun
    # begins the clause (but "in 2000 people" stays a count)
    ("year", _rx(rf"(?P<prep>in|during|since|throughout|until)\s+(?P<y>{_YEAR})"
                 rf"(?!{_HEADS_IN_AFTER})(?={_HEADS_AFTER})")),
    ("year_lead", re.compile(rf"(?:(?<=^)|(?<=[.!?\n]\s)|(?<=\n))(?P<y>{_YEAR})(?=\s*[,:])", _F)),
    # Not "every Sunday" (a habit), "the 40th consecutive Friday" (a count) nor "on a single
    # Friday", "one Sunday" (some day, not the last one), nor a day's name ("Black Wednesday",
    # "Bloody Sunday", "Good Friday").
    ("weekday", _rx(rf"(?<!\bblack\s)(?<!\bbloody\s)(?<!\bgood\s)(?<!\bholy\s)(?<!\bsuper\s)(?<!\bash\s)(?<!\bmaundy\s)(?<!\beaster\s)(?<!the\sfollowing\s)(?<!the\snext\s)(?<!every\s)(?<!each\s)(?<!consecutive\s)(?<!straight\s)(?<!\dth\s)(?<!\ba\s)(?<!single\s)(?<!\bone\s)(?<!another\s)(?:(?P<which>last|this|next|on|past|early|late)\s+)?(?P<wd>{_WD}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    r"(?:\s+(?P<tod>morning|afternoon|evening|night))?")),
    ("day_word", _rx(r"(?:(?:early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|"
                     r"this\s+(?:morning|afternoon|evening)|last\s+night|overnight)"
                     r"(?:\s+(?:morning|afternoon|evening|night))?")),
    ("ago", _rx(rf"(?P<n>{_NUMW})\s+(?P<unit>{_UNIT})\s+ago")),
    ("vague_ago", _rx(r"(?P<unit>days|weeks|months|years|decades)\s+ago")),
    ("past", _rx(rf"(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:(?P<n>{_NUMW})\s+)?(?P<unit>{_UNIT})"
                 r"(?!\s+of\b)")),
    ("recent", _rx(r"in\s+recent\s+(?P<unit>days|weeks|months|years)")),
    ("weekend", _rx(r"(?:at|over|during)\s+the\s+weekend")),
    # "a 2002 protest", "the 1999 strike", "the president's 2011 decision": a year modifying a noun.
    ("year_mod", _rx(rf"(?:(?<=\ba\s)|(?<=\bthe\s)|(?<='s\s)|(?<=’s\s))(?P<y>{_YEAR})(?=\s+[a-z])(?!{_HEADS_AFTER})")),
    # "the end of the month", "early next year", "the middle of last week"
    ("part_unit", _rx(rf"(?P<part>{_PART})[\s-]+(?P<which>the|this|last|next)\s+(?P<unit>week|month|year)(?!-)")),
    # (not "over the next week" of a story: counted from its day, ``anchored_timexes``)
    ("rel_unit", _rx(r"(?<!\bthe\s)(?P<which>last|this|next|past|earlier\s+this|later\s+this)\s+(?P<unit>week|weekend|month|year)")),
]


@dataclass(frozen=True)
class _Hit:
    kind: str
    m: re.Match[str]


def find_timexes(text: str, ref: dt.date | None = None) -> list[Timex]:
    """All resolvable date expressions in ``text``, in order, non-overlapping."""
    # The dates and counts stages both ask for the same text; a small cache saves a pass.
    return list(_find_cached(text, ref, _SOUTH.get()))


@lru_cache(maxsize=8)
def _find_cached(text: str, ref: dt.date | None, south: bool) -> tuple[Timex, ...]:
    return tuple(_find(text, ref))


def _find(text: str, ref: dt.date | None) -> list[Timex]:
    hits: list[_Hit] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if m.end() > m.start():
                hits.append(_Hit(kind, m))
    # Longest first at equal start; earlier start wins overlaps.
    hits.sort(key=lambda h: (h.m.start(), -(h.m.end() - h.m.start())))
    out: list[Timex] = []
    last_end = -1
    cased = not is_lower_text(text)
    for h in hits:
        if h.m.start() < last_end:
            continue
        if re.search(r"\b(?:every|each)\s+$", text[max(0, h.m.start() - 7):h.m.start()], re.I) and \
                not re.search(r"\d{4}", h.m.group(0)):
            continue  # "the vigils that filled the park every 4 June": a habit, no day
        if cased and h.kind in ("month", "month_pair") and \
                any(h.m.group(k) in ("march", "may") for k in ("mon", "mon2") if k in h.m.groupdict()):
            continue  # "the next march", "it may rain": in edited text the month has a capital
        try:
            tx = _resolve(h.kind, h.m, ref)
        except (ValueError, OverflowError, KeyError):
            tx = None
        if tx is None:
            continue
        # Trim a leading preposition ("on", "in") so the span is the expression itself.
        out.append(_trim(tx, text))
        last_end = h.m.end()
    out = _it_is_since(_this_day(_join_relative_years(out, text), text, ref), text, ref)
    return _stretch_durations(_join_ranges(out, text), text)


# "the three-month uprising, which began on 1 October 2019": a day or month that starts a
# stretch of a stated length is that stretch.
# "A year ago today, taxi drivers began a three-day strike": the date, then the stretch begun.
_BEGAN_LENGTH_AFTER = re.compile(
    r"\s*,?\s*(?:(?!who\b|which\b|that\b|had\b)[\w'-]+\s+){1,6}?(?:began|started|launched)\s+(?:a|an|their|its)\s+"
    r"(?P<n>\w+)-(?P<unit>day|week|month)(?:-long)?\s+", re.IGNORECASE)
_BEGAN_WITH_LENGTH = re.compile(
    r"\b(?P<n>\w+)-(?P<unit>day|week|month|year)(?:-long)?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,?\s+"
    r"(?:which|that)\s+(?:began|started|erupted|broke\s+out)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)


def stretch_precision(days: int) -> str:
    """The precision of a stretch of ``days`` days past its first: a day, a week, a month, a
    season (up to 100 days) or a year."""
    return "day" if days < 1 else "week" if days <= 7 else "month" if days <= 31 else \
        "season" if days <= 100 else "year"


def _stretch_durations(found: list[Timex], text: str) -> list[Timex]:
    out = []
    for tx in found:
        m = _BEGAN_WITH_LENGTH.search(text[max(0, tx.start - 90):tx.start]) or \
            _BEGAN_LENGTH_AFTER.match(text, tx.end, tx.end + 120)
        n = _number(m.group("n")) if m else None
        if m and n and tx.precision in ("day", "month"):
            unit = m.group("unit").lower()
            a = tx.start_date
            if unit == "month":
                y, mo = _shift_months(a.year, a.month, n)
                b = dt.date(y, mo, min(a.day, month_end(y, mo).day)) - dt.timedelta(days=1)
            else:
                b = a + dt.timedelta(days=n * _UNIT_DAYS[unit] - 1)
            b = max(b, tx.end_date)
            tx = dataclasses.replace(tx, end_date=b, precision=stretch_precision((b - a).days))
        out.append(tx)
    return out


_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_RANGE_MID = re.compile(r"\s*(?:and|to|until|till|through)\s+", re.I)
_AND = re.compile(r"\s*and\s+", re.I)
_IN_BEFORE = re.compile(r"\b(?:in|during|over|through)\s+$", re.I)


def _join_ranges(found: list[Timex], text: str) -> list[Timex]:
    """"Between November 2018 and the spring of 2019", "from 3 May to the end of June": two
    dates of different kinds (the patterns read ranges of like ones) told as one stretch; and
    two months running on, "in December 2022 and January 2023"."""
    out: list[Timex] = []
    for tx in found:
        prev = out[-1] if out else None
        if prev is not None and not prev.vague and not tx.vague and prev.relative and tx.relative and \
                tx.end_date < prev.start_date and not re.search(r"\d{4}", text[prev.start:tx.end]) and \
                _RANGE_MID.fullmatch(text[prev.end:tx.start]) and \
                _RANGE_OPEN.search(text[max(0, prev.start - 10):prev.start]):
            # "between late November and the end of January": across a new year, the first the
            # year before the second
            prev = out[-1] = Timex(text=prev.text, start=prev.start, end=prev.end,
                                   start_date=_shift_year(prev.start_date, -1),
                                   end_date=_shift_year(prev.end_date, -1), precision=prev.precision,
                                   relative=True, vague=False)
        if prev is not None and not prev.vague and not tx.vague and \
                _RANGE_MID.fullmatch(text[prev.end:tx.start]) and \
                _RANGE_OPEN.search(text[max(0, prev.start - 10):prev.start]) and \
                prev.start_date <= tx.start_date and prev.end_date <= tx.end_date:
            precision = max(prev.precision, tx.precision, key=lambda p: PRECISION_RANK[p])
            span = (tx.end_date - prev.start_date).days
            if precision in ("day", "week") and span > 0:
                precision = "week" if span <= 7 else "month"
            out[-1] = Timex(text=text[prev.start:tx.end], start=prev.start, end=tx.end,
                            start_date=prev.start_date, end_date=tx.end_date, precision=precision,
                            relative=prev.relative or tx.relative, vague=False)
            continue
        if prev is not None and not prev.vague and not tx.vague and \
                prev.precision == tx.precision == "month" and \
                _AND.fullmatch(text[prev.end:tx.start]) and \
                _IN_BEFORE.search(text[max(0, prev.start - 8):prev.start]) and \
                tx.start_date == prev.end_date + dt.timedelta(days=1):
            # "in December 2022 and January 2023": one stretch of two months running on
            out[-1] = Timex(text=text[prev.start:tx.end], start=prev.start, end=tx.end,
                            start_date=prev.start_date, end_date=tx.end_date, precision="month",
                            relative=prev.relative or tx.relative, vague=False)
            continue
        out.append(tx)
    return out


_YEAR_AFTER = re.compile(r"\s*(?:of\s+)?$", re.I)
_REL_YEAR = re.compile(r"(?:last|this|next|the\s+previous|the\s+following)\s+year|"
                       r"\w+\s+years?\s+ago", re.I)


_YEARS_AGO = re.compile(r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"\w+teen|\w+ty(?:[\s-]\w+)?|\d{1,3})\s+years?\s+ago", re.I)
# A date line opening the body: a place, a comma, a date, then a dash or an agency
# ("Dhaka, Wednesday 16 July 2025 -- ...", "LAGOS, June 12 (Reuters) -"). Group 1: the date.
# (or alone on its line: "VILNIUS, 13 January 2026")
# (in bold too: "**ANTANANARIVO, 13 May 2026** — *Opinion*")
DATELINE = re.compile(r"\s*[*_]{0,3}[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3},\s+([\w,. ]{6,40}?)\s*[*_]{0,3}\s*"
                      r"(?:--|\u2014|\u2013|\s-\s|\(|:|$)")


# What a line holding only the page's date may have beside it: "Sunday, 15 November 2026 |
# 11:20 IRST", "20.02.2026 09:00 EET", "Published 29 June 2026, 07:30".
_DATE_LINE_REST = re.compile(r"(?:\b(?:updated|last|published|posted|on|at|am|pm|min|read|"
                             r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                             r"\b\d{1,2}[:.h]\d{2}\b|\b[A-Z]{2,5}\b|[^\w])+", re.IGNORECASE)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where date lines open a line of ``text``, or stand on a line of their own: their date is
    the page's, no event's."""
    out = []
    for line in re.finditer(r"^.+$", text, re.M):
        m = DATELINE.match(line.group(0))
        if m is not None and any(ch.isdigit() for ch in m.group(1)):
            out.append((line.start() + m.start(1), line.start() + m.end(1)))
            continue
        m = _TOWN_DASH_DATE.match(line.group(0))
        if m is not None:
            out.append((line.start() + m.start("date"), line.start() + m.end("date")))
    return out


# A town in capitals, a kind of piece and the date, alone on a line: "NEW YORK (Opinion) — June 28, 2026",
# "**ORANGEBURG, S.C.** — *Opinion* — *February 8, 2026*".
_TOWN_DASH_DATE = re.compile(r"\W{0,3}[A-Z][A-Z.'\- ]{1,30}(?:,\s*[A-Z][\w.]+)?[*_]{0,3}\s*(?:\([^)]{1,30}\))?\s*"
                             r"(?:[-\u2013\u2014|]{1,2}\s*[*_]{0,3}[A-Za-z ]{2,20}[*_]{0,3}\s*)?"
                             r"[-\u2013\u2014|]{1,2}\s*[*_]{0,3}(?P<date>[\w,. ]{4,30}?\d{4})[*_.]{0,3}\s*$")


def page_date_lines(text: str, found: Sequence[Timex]) -> list[tuple[int, int]]:
    """The dates of ``found`` that stand on a line of their own with nothing but a weekday, a
    clock time, a zone or "Updated" beside them (a page's ticker, not an event's date)."""
    out = []
    for tx in found:
        if not re.search(r"\d{4}", tx.text):
            continue
        start = text.rfind("\n", 0, tx.start) + 1
        end = text.find("\n", tx.end)
        end = len(text) if end < 0 else end
        rest = text[start:tx.start] + " " + text[tx.end:end]
        if not _DATE_LINE_REST.sub("", rest).strip() or header_line(text[start:end]):
            out.append((tx.start, tx.end))
    return out


def header_line(line: str) -> bool:
    """A page's header of short parts set apart by bars or dots: "LUANDA | Opinion | 28 July
    2026", "Tbilisi · Opinion · 28 November 2025"."""
    parts = [p.strip(" *_") for p in re.split(r"\s+[|·•]\s+", line.strip(" *_"))]
    # (a part with a date may run longer: "Updated 2 Dec 2026, 06:15 CST")
    return len(parts) >= 2 and all(0 < len(p.split()) <= (6 if re.search(r"\d", p) else 4)
                                   and not p.endswith((".", "?", "!")) for p in parts)


_UNITS_AGO = re.compile(r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"\d{1,2})\s+(?P<unit>months?|weeks?|days?)\s+ago", re.I)
_AGO_THEN = re.compile(r"\s*,?\s*(?:(?:in|on|during)\s+)?", re.I)


_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)


_IT_IS_SINCE = re.compile(
    rf"\b(?:it\s+is|it['’]s(?:\s+been)?|it\s+has\s+been)\s+(?P<n>{_NUMW})\s+(?P<unit>years?|months?|weeks?)"
    r"(?:\s+(?P<part>today|this\s+week|this\s+month))?\s+since\b", re.I)


def _it_is_since(found: list[Timex], text: str, ref: dt.date | None) -> list[Timex]:
    """"It is five years today since a commando stormed the residence": the deed told after
    "since" was that long before the report (that very day with "today")."""
    if ref is None:
        return found
    extra: list[Timex] = []
    for m in _IT_IS_SINCE.finditer(text):
        n = _number(m.group("n")) or (1 if m.group("n").lower() in ("a", "an") else None)
        if n is None:
            continue
        unit, part = m.group("unit").lower(), (m.group("part") or "").lower()
        day = units_back(ref, n, unit)
        if part == "today":
            a, b, precision = day, day, "day"
        elif part == "this week":
            a, b, precision = day - dt.timedelta(days=day.weekday()), day + dt.timedelta(days=6 - day.weekday()), "week"
        elif part == "this month" or not unit.startswith("year"):
            a, b, precision = dt.date(day.year, day.month, 1), month_end(day.year, day.month), "month"
        else:
            a, b, precision = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year"
        start, end = m.start("n"), m.end("part") if m.group("part") else m.end("unit")
        extra.append(Timex(text=text[start:end], start=start, end=end, start_date=a, end_date=b,
                           precision=precision, relative=True, vague=False))
    if not extra:
        return found
    kept = [t for t in found if not any(e.start <= t.start < e.end for e in extra)]
    return sorted(kept + extra, key=lambda t: t.start)


_THIS_DAY = re.compile(r"\bthis\s+(?:day|date)\s+(?:in\s+)?$", re.I)


def _this_day(found: list[Timex], text: str, ref: dt.date | None) -> list[Timex]:
    """"On this day in 2014", "on this date 12 years ago": the report's day of that year."""
    if ref is None:
        return found
    out: list[Timex] = []
    for tx in found:
        m = _THIS_DAY.search(text, max(0, tx.start - 20), tx.start) if tx.precision == "year" else None
        if m is not None and m.end() == tx.start and (re.fullmatch(r"\d{4}", tx.text) or _YEARS_AGO.fullmatch(tx.text)):
            day = _shift_year(ref, tx.start_date.year - ref.year)
            out.append(Timex(text=text[m.start():tx.end], start=m.start(), end=tx.end, start_date=day,
                             end_date=day, precision="day", relative=True, vague=False))
            continue
        out.append(tx)
    return out


def units_back(day: dt.date, n: int, unit: str) -> dt.date:
    """The day ``n`` years, months, weeks or days before ``day`` (by the calendar)."""
    unit = unit.lower()
    if unit.startswith("year"):
        return _shift_year(day, -n)
    if unit.startswith("month"):
        y, mo = _shift_months(day.year, day.month, -n)
        return dt.date(y, mo, min(day.day, month_end(y, mo).day))
    return day - dt.timedelta(days=n * (7 if unit.startswith("week") else 1))


def _shift_year(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _join_relative_years(found: list[Timex], text: str) -> list[Timex]:
    """"in March last year", "the end of June this year", "on 3 May two years ago": the
    month (or day, or season) takes its year from the relative year after it."""
    out: list[Timex] = []
    for tx in found:
        prev = out[-1] if out else None
        if prev is not None and tx.precision == "year" and _REL_YEAR.fullmatch(tx.text) and \
                prev.precision in ("day", "month", "season") and \
                _YEAR_AFTER.match(text[prev.end:tx.start]) and \
                not re.search(r"\d{4}", prev.text):
            years = tx.start_date.year - prev.start_date.year
            if prev.precision == "season" and prev.start_date.year != prev.end_date.year:
                years = tx.start_date.year - prev.end_date.year  # winter: named for its end
            out[-1] = Timex(text=text[prev.start:tx.end], start=prev.start, end=tx.end,
                            start_date=_shift_year(prev.start_date, years),
                            end_date=_shift_year(prev.end_date, years),
                            precision=prev.precision, relative=True, vague=prev.vague)
            continue
        if prev is not None and prev.precision == "year" and _YEARS_AGO.fullmatch(prev.text) and \
                tx.precision in ("day", "week", "month", "season") and \
                _AGO_THEN.fullmatch(text[prev.end:tx.start]) and not re.search(r"\d{4}", tx.text) and \
                not set(re.findall(r"[a-z]+", tx.text.lower())) & WEEKDAYS.keys():
            # "five years ago this month", "ten years ago in March": the later part in that year.
            years = prev.start_date.year - tx.start_date.year
            out[-1] = Timex(text=text[prev.start:tx.end], start=prev.start, end=tx.end,
                            start_date=_shift_year(tx.start_date, years),
                            end_date=_shift_year(tx.end_date, years),
                            precision=tx.precision, relative=True, vague=tx.vague)
            continue
        m = _UNITS_AGO.fullmatch(prev.text) if prev is not None else None
        if prev is not None and m is not None and tx.text.lower() == "today" and \
                _AGO_THEN.fullmatch(text[prev.end:tx.start]):
            # "twelve months ago today", "six weeks ago today": that very day.
            day = units_back(tx.start_date, _number(m.group("n")) or 1, m.group("unit"))
            out[-1] = Timex(text=text[prev.start:tx.end], start=prev.start, end=tx.end,
                            start_date=day, end_date=day, precision="day", relative=True,
                            vague=False)
            continue
        same = _OF_THAT_YEAR.match(text, tx.end)
        anchor = next((t for t in reversed(out) if not t.vague), None)
        if same is not None and anchor is not None and anchor.relative and tx.precision == "month" and \
                not re.search(r"\d{4}", tx.text) and _MONTH_THAT_YEAR.match(text, tx.start):
            # (a yearless day told before has no sure year yet: "February that year" is
            # counted from it once the story's year is known)
            continue
        if same is not None and anchor is not None and tx.precision in ("day", "month") and \
                not re.search(r"\d{4}", tx.text):
            # "since May of that year", "on 3 June the same year": the year told before.
            years = anchor.start_date.year - tx.start_date.year
            out.append(Timex(text=text[tx.start:same.end()], start=tx.start, end=same.end(),
                             start_date=_shift_year(tx.start_date, years),
                             end_date=_shift_year(tx.end_date, years), precision=tx.precision,
                             relative=True, vague=tx.vague))
            continue
        out.append(tx)
    return out


_OF_THAT_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)


def is_lower_text(text: str) -> bool:
    """Whether the text is (almost) all lower case, so capitalisation tells nothing: in edited
    copy a lower-case "march" is not a month, nor a lower-case word a place name."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < 20:
        return text == text.lower()
    return sum(c.isupper() for c in letters) / len(letters) < 0.01


_BARE_WEEKDAY = re.compile(r"(?:on\s+)?(?P<wd>" + "|".join(WEEKDAYS) + r")\.?", re.I)


def forward_date(tx: Timex, ref: dt.date, *, months: bool = True) -> tuple[dt.date, dt.date]:
    """A bare weekday (and, with ``months``, a bare month) of a planned or hypothetical event
    is the coming one: "a march on Thursday" announced on a Monday is in three days, not four
    days ago, and "another march in March" announced in November is next March."""
    match = _BARE_WEEKDAY.fullmatch(tx.text.strip())
    if match is not None and tx.start_date <= ref:
        wd = WEEKDAYS[match.group("wd").lower()]
        day = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
        return day, day
    start, end = tx.start_date, tx.end_date
    words = set(re.findall(r"[a-z]+", tx.text.lower()))
    if months and tx.precision in ("day", "month") and words & MONTHS.keys() and not words & _SET_YEAR \
            and not re.search(r"\d{4}|'\d\d", tx.text) and end < ref - _STALE_PLAN:
        # (A plan for a day only weeks past is a late report of it, not next year's.)
        while end < ref:
            start, end = _shift_year(start, 1), _shift_year(end, 1)
    return start, end


_STALE_PLAN = dt.timedelta(days=60)


# Words that fix a month's year themselves: "last March", "next May", "March this year".
_SET_YEAR = frozenset({"last", "this", "next", "ago", "previous", "following", "past", "year"})


_LEAD_WORDS = ("at", "on", "in", "since", "during", "until", "by", "from", "of", "throughout", "over",
               "for", "between")


def _trim(tx: Timex, text: str) -> Timex:
    start, end = tx.start, tx.end
    low = text[start:end].lower()
    for w in _LEAD_WORDS:
        if low.startswith(w) and len(low) > len(w) and low[len(w)].isspace():
            rest = len(low) - len(low[len(w):].lstrip())
            start += rest
            break
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".":
        end -= 1
    return Timex(text=text[start:end], start=start, end=end, start_date=tx.start_date,
                 end_date=tx.end_date, precision=tx.precision, relative=tx.relative, vague=tx.vague)


# --- resolution -----------------------------------------------------------------------------


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_num(word: str) -> int:
    if word.lower() in _ORDINAL_DAYS:
        return _ORDINAL_DAYS[word.lower()]
    return int(re.sub(r"(?i)(st|nd|rd|th)$", "", word))


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _part_of_month(part: str | None, y: int, m: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(y, m)[1]
    p = (part or "").lower()
    if "early" in p or "beginning" in p or "start" in p:
        return dt.date(y, m, 1), dt.date(y, m, 10)
    if "mid" in p or "middle" in p:
        return dt.date(y, m, 11), dt.date(y, m, 20)
    if "late" in p or "end" in p:
        return dt.date(y, m, 21), dt.date(y, m, last)
    return dt.date(y, m, 1), dt.date(y, m, last)


def _part_of_period(part: str, unit: str, day: dt.date, step: int = 0) -> tuple[dt.date, dt.date, str]:
    """A part ("the end of", "early") of the week, month or year holding ``day``, moved by
    ``step`` of that unit: months in thirds (as ``_part_of_month``), years in thirds of four
    months; a week stays whole."""
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6), "week"
    if unit == "month":
        y, m = _shift_months(day.year, day.month, step)
        a, b = _part_of_month(part, y, m)
        return a, b, "month"
    y = day.year + step
    p = part.lower()
    if "early" in p or "beginning" in p or "start" in p:
        return dt.date(y, 1, 1), dt.date(y, 4, 30), "season"
    if "mid" in p or "middle" in p:
        return dt.date(y, 5, 1), dt.date(y, 8, 31), "season"
    return dt.date(y, 9, 1), dt.date(y, 12, 31), "season"


def _season_range(season: str, y: int) -> tuple[dt.date, dt.date]:
    m = _season_month(season)
    start = dt.date(y, m, 1)
    end_m = m + 2
    end_y = y
    if end_m > 12:
        end_m -= 12
        end_y += 1
    return start, month_end(end_y, end_m)


def _shift_months(y: int, m: int, delta: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + delta
    return idx // 12, idx % 12 + 1


def _number(word: str) -> int | None:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    tens, _, unit = w.replace("-", " ").partition(" ")
    if unit and tens in NUMBER_WORDS and unit in NUMBER_WORDS and NUMBER_WORDS[tens] >= 20 and \
            NUMBER_WORDS[unit] < 10:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]  # "twenty-five"
    return NUMBER_WORDS.get(w)


def _resolve(kind: str, m: re.Match[str], ref: dt.date | None) -> Timex | None:
    g = m.groupdict()
    text, s, e = m.group(0), m.start(), m.end()

    def mk(a: dt.date, b: dt.date, precision: str, relative: bool = False, vague: bool = False) -> Timex:
        if b < a:
            a, b = b, a
        return Timex(text=text, start=s, end=e, start_date=a, end_date=b, precision=precision,
                     relative=relative, vague=vague)

    if kind in ("iso", "slash"):
        d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        return mk(d, d, "day")

    if kind in ("dmy", "mdy"):
        mon = _month_num(g["mon"])
        day = _day_num(g["d"])
        day2 = _day_num(g["d2"]) if g.get("d2") else day
        if g.get("y"):
            y = int(g["y"])
            relative = False
        else:
            if ref is None:
                return None
            # Most recent such date, with a week of slack for events announced ahead.
            y = ref.year
            if dt.date(y, mon, min(day, calendar.monthrange(y, mon)[1])) > ref + dt.timedelta(days=7):
                y -= 1
            wd = g.get("wd")
            if wd:
                # the year whose such day is that weekday, nearest the report: "on Monday, June
                # 24" told on 21 June 2013 is 2013's
                # (never later than the most recent such date: a day told as past stays past)
                fits = [yy for yy in (y, y - 1)
                        if day <= calendar.monthrange(yy, mon)[1]
                        and dt.date(yy, mon, day).weekday() == WEEKDAYS[wd.lower().rstrip(".")]]
                if fits:
                    y = min(fits, key=lambda yy: abs((dt.date(yy, mon, day) - ref).days))
            relative = True
        a = dt.date(y, mon, day)
        b = dt.date(y, mon, day2)
        return mk(a, b, "day" if day2 - day <= 1 else "week", relative)

    if kind == "season":
        y = int(g["y"])
        a, b = _season_range(g["s1"], y)
        if g.get("s2"):
            _, b = _season_range(g["s2"], y)
        return mk(a, b, "season")

    if kind == "season_rel_year":
        if ref is None:
            return None
        y = ref.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        a, b = _season_range(g["s1"], y)
        if g.get("s2"):
            _, b = _season_range(g["s2"], y)
        return mk(a, b, "season", True)

    if kind == "rel_season":
        if ref is None:
            return None
        which = " ".join(g["which"].lower().split())
        sm = _season_month(g["s1"])
        y = ref.year if sm <= ref.month else ref.year - 1
        if which in ("last", "the past", "the previous") and sm <= ref.month < sm + 3:
            y -= 1
        if which == "next":
            y = ref.year if sm > ref.month else ref.year + 1
        a, b = _season_range(g["s1"], y)
        return mk(a, b, "season", True)

    if kind == "month":
        word = g["mon"].lower().rstrip(".")
        which = (g.get("which") or "").lower()
        part = g.get("part")
        # Homographs: "may" (modal) and "march" (verb) need a preposition, a part or a year.
        # The abbreviations need the same (e.g. "sat", "sun" and "dec" are not at stake here,
        # but "mar", "jan" etc. as lone words are too risky).
        if word in ("may", "march") or len(word) <= 4 and word not in ("june", "july"):
            if not (which or part or g.get("y")):
                return None
            if word == "may" and which in ("by", "of", "from") and not g.get("y") and not part \
                    and g["mon"].islower():
                return None  # ("by may" may be a modal; "By May", "by late May" are the month)
        mon = _month_num(word)
        if g.get("y"):
            y = int(g["y"])
            relative = False
        else:
            if ref is None or not (which or part):
                return None
            relative = True
            if which == "next":
                y = ref.year if mon > ref.month else ref.year + 1
            elif which == "this":
                y = ref.year
            elif which == "last":
                y = ref.year if mon < ref.month else ref.year - 1
            else:
                y = ref.year if mon <= ref.month else ref.year - 1
        a, b = _part_of_month(part, y, mon)
        return mk(a, b, "month", relative)

    if kind == "day_range":
        mon, day = _month_num(g["mon"] or g["mon_b"]), _day_num(g["d"] or g["d_b"])
        mon2, day2 = _month_num(g["mon2"] or g["mon2_b"]), _day_num(g["d2"] or g["d2_b"])
        if g.get("y"):
            y2, relative = int(g["y"]), False
        elif ref is None:
            return None
        else:
            # Told without a year: the most recent such days at or before the report (with
            # the week of slack of a single day).
            y2, relative = ref.year, True
            if dt.date(y2, mon2, min(day2, calendar.monthrange(y2, mon2)[1])) > ref + dt.timedelta(days=7):
                y2 -= 1
        y1 = y2 if (mon, day) <= (mon2, day2) else y2 - 1
        a, b = dt.date(y1, mon, day), dt.date(y2, mon2, day2)
        span = (b - a).days
        return mk(a, b, "day" if span <= 1 else "week" if span <= 7 else "month", relative)

    if kind in ("month_range", "month_pair", "week_of"):
        mon = _month_num(g["mon"].lower().rstrip("."))
        mon2 = _month_num(g["mon2"].lower().rstrip(".")) if kind != "week_of" else mon
        if g.get("y"):
            y2, relative = int(g["y"]), False
        elif g.get("y1"):
            y2, relative = int(g["y1"]) + (mon2 < mon), False  # "from March 2019 to May"
        elif ref is None:
            return None
        else:
            # Told without a year: the most recent such months at or before the report.
            y2, relative = (ref.year if mon2 <= ref.month else ref.year - 1), True
        y1 = y2 if mon <= mon2 else y2 - 1
        if g.get("y1") and int(g["y1"]) <= y2:
            y1 = int(g["y1"])  # "between October 2019 and March 2020"
        if kind != "week_of":
            return mk(dt.date(y1, mon, 1), month_end(y2, mon2), "month", relative)
        last = month_end(y2, mon).day
        first = {"first": 1, "second": 8, "third": 15, "fourth": 22}.get(g["ord"].lower(), last - 6)
        return mk(dt.date(y2, mon, first), dt.date(y2, mon, min(first + 6, last)), "week", relative)

    if kind == "month_mod":
        # Only in edited text (the name has its capital) and relative to the report: the most
        # recent such month at or before it, as for "in September".
        if ref is None or not text[:1].isupper():
            return None
        mon = _month_num(g["mon"])
        y = ref.year if mon <= ref.month else ref.year - 1
        a, b = _part_of_month(None, y, mon)
        return mk(a, b, "month", True)

    if kind == "part_year":
        a, b, precision = _part_of_period(g["part"], "year", dt.date(int(g["y"]), 1, 1))
        return mk(a, b, precision)

    if kind == "decade":
        dec = g["dec"]
        if len(dec) == 2:
            if ref is None or _AGE_BEFORE.search(m.string[max(0, m.start() - 30):m.start()]):
                return None  # "a nurse in her late 40s" is an age
            century = 1900 if int(dec) > (ref.year % 100) else 2000
            start_y = century + int(dec)
        elif len(dec) == 4:
            start_y = int(dec)
        else:
            return None
        return mk(dt.date(start_y, 1, 1), dt.date(start_y + 9, 12, 31), "year", vague=True)

    if kind == "year_range":
        return mk(dt.date(int(g["y"]), 1, 1), dt.date(int(g["y2"]), 12, 31), "year")

    if kind == "year_span":
        y = int(g["y"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else y // 100 * 100 + int(g["y2"])
        if not y < y2 <= y + 60:
            return None  # "2019-06" is a month, "1999-01" no span
        return mk(dt.date(y, 1, 1), dt.date(y2, 12, 31), "year")

    if kind in ("year", "year_lead", "year_mod"):
        y = int(g["y"])
        return mk(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")

    # Everything below needs the reference date.
    if ref is None:
        return None

    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].lower().rstrip(".")]
        which = (g.get("which") or "").lower()
        if which == "next":
            delta = (wd - ref.weekday()) % 7 or 7
            d = ref + dt.timedelta(days=delta)
        elif which in ("last", "past"):
            delta = (ref.weekday() - wd) % 7 or 7
            d = ref - dt.timedelta(days=delta)
        elif which == "this":
            d = ref + dt.timedelta(days=wd - ref.weekday())
        else:
            d = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
        return mk(d, d, "day", True)

    if kind == "day_word":
        w = " ".join(g["w"].lower().split())
        offset = {"yesterday": -1, "the day before yesterday": -2, "tomorrow": 1, "last night": -1,
                  "overnight": 0}.get(w, 0)
        if w == "last night":
            # "last night" in a morning paper: the evening before publication.
            offset = -1
        d = ref + dt.timedelta(days=offset)
        return mk(d, d, "day", True)

    if kind == "ago":
        n = _number(g["n"])
        if n is None:
            return None
        return _ago(mk, ref, n, g["unit"].lower(), vague=g["n"].lower() in ("few", "a few", "several"))

    if kind == "vague_ago":
        unit = g["unit"].lower()
        n = {"days": 3, "weeks": 3, "months": 3, "years": 3, "decades": 2}[unit]
        return _ago(mk, ref, n, unit, vague=True)

    if kind == "past":
        n = _number(g["n"]) if g.get("n") else 1
        if n is None:
            return None
        unit = g["unit"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}[unit] * n
        precision = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}[unit]
        if unit == "day" and n > 1:
            precision = "week"
        return mk(ref - dt.timedelta(days=days), ref, precision, True, vague=not g.get("n"))

    if kind == "recent":
        unit = g["unit"].lower().rstrip("s")
        days = {"day": 7, "week": 28, "month": 90, "year": 730}[unit]
        precision = {"day": "week", "week": "month", "month": "season", "year": "year"}[unit]
        return mk(ref - dt.timedelta(days=days), ref, precision, True, vague=True)

    if kind == "weekend":
        # The weekend just gone (or under way).
        sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
        return mk(sat, sat + dt.timedelta(days=1), "week", True)

    if kind == "part_unit":
        step = {"last": -1, "next": 1}.get(g["which"].lower(), 0)
        a, b, precision = _part_of_period(g["part"], g["unit"].lower(), ref, step)
        return mk(a, b, precision, True)

    if kind == "rel_unit":
        which = " ".join(g["which"].lower().split())
        unit = g["unit"].lower()
        step = {"last": -1, "past": -1, "next": 1}.get(which, 0)
        if unit == "weekend":
            # The weekend (Sat-Sun) on or before ref; "last" one before that, "next" one after.
            sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
            if which in ("last", "past") and ref.weekday() >= 5:
                sat -= dt.timedelta(weeks=1)
            elif which == "next" or (which == "this" and 1 <= ref.weekday() <= 4):
                # ("this weekend" from Tuesday to Friday is the coming one; on a Monday,
                # the one just gone)
                sat += dt.timedelta(weeks=1)
            return mk(sat, sat + dt.timedelta(days=1), "week", True)
        if unit == "week":
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
            if which.startswith("earlier"):
                return mk(monday, ref, "week", True)
            return mk(monday, monday + dt.timedelta(days=6), "week", True)
        if unit == "month":
            y, mo = _shift_months(ref.year, ref.month, step)
            if which.startswith("earlier"):
                return mk(dt.date(y, mo, 1), ref, "month", True)
            return mk(dt.date(y, mo, 1), month_end(y, mo), "month", True)
        y = ref.year + step
        if which.startswith("earlier"):
            return mk(dt.date(y, 1, 1), ref, "year", True)
        return mk(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True)

    return None


def _ago(make: Callable[..., Timex], ref: dt.date, n: int, unit: str, *, vague: bool) -> Timex:
    u = unit.rstrip("s")
    if u == "day":
        d = ref - dt.timedelta(days=n)
        return make(d, d, "day", True, vague)
    if u == "week":
        d = ref - dt.timedelta(weeks=n)
        monday = d - dt.timedelta(days=d.weekday())
        return make(monday, monday + dt.timedelta(days=6), "week", True, vague)
    if u == "month":
        y, mo = _shift_months(ref.year, ref.month, -n)
        return make(dt.date(y, mo, 1), month_end(y, mo), "month", True, vague)
    years = n * (10 if u == "decade" else 1)
    y = ref.year - years
    if u == "decade":
        return make(dt.date(y - 5, 1, 1), dt.date(y + 5, 12, 31), "year", True, True)
    return make(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True, vague)


# "Four days later", "a week earlier", "the following day": a date counted from the one told
# before it, not from the publication date.
_ANCHORED = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|"
    r"a\s+few|several)\s+(?P<unit>days?|nights?|weeks?|months?|years?|decades?)\s+(?P<dir>later|earlier)"
    r"|(?P<units>days|weeks|months|years)\s+(?P<dir2>later|earlier)"
    r"|the\s+(?P<next>following|previous)\s+(?P<unit2>day|morning|afternoon|evening|night|week|month|year"
    r"|days|weeks|months|years)"
    r"|the\s+next\s+(?P<unit3>day|morning|afternoon|evening|night|week|month|year)"
    r"|(?:in|over|during)\s+the\s+(?:(?P<n4>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?P<unit4>days|weeks|months|years)\s+(?:of\s+[a-z]+\s+)?(?:that\s+followed|after(?:wards)?(?=\s*[,.;:]|\s*$)))\b"
    r"|(?:in|over|during)\s+the\s+(?:next|following)\s+(?:(?P<n5>two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,2})\s+(?P<unit5>days|nights|weeks|months)|(?P<unit8>week|month))\b"
    # "Within hours his supporters had stormed ...", "within a week": from the date told before
    r"|\bwithin\s+(?:(?P<n6>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+few)\s+)?"
    r"(?P<unit6>hours?|days?|weeks?|months?)\b"
    # "In the week before, ten people had been killed": the stretch just before the date told
    # (or "had been called the week before by the unions")
    r"|\bthe\s+(?P<unit7>day|night|morning|afternoon|evening|week|month|year)\s+(?P<dir7>before|after)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:by|in|at|when|and|as|while)\b)",
    re.IGNORECASE)
# "on the second day of the protests": days counted from the day told before, as the day the
# protests began.
_NTH_DAY_OF = re.compile(
    r"\bthe\s+(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th))\s+day\s+of\s+(?:the\s+|their\s+|a\s+)?(?:\w+\s+)?"
    r"(?:protests?|demonstrations?|strikes?|unrest|uprising|sit-ins?|marches|rall(?:y|ies)|clashes|"
    r"riots?|occupation|siege|blockades?|curfew|crackdown|violence|fighting|stay-?aways?|shutdown|"
    r"bandh|hartal)\b", re.IGNORECASE)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10}
_FOLLOWING_WEEKDAY = re.compile(r"\bthe\s+(?:following|next)\s+(?P<wd>monday|tuesday|wednesday|thursday|"
                                r"friday|saturday|sunday)\b", re.IGNORECASE)
# "impeached the following March", "a coup the previous December": that month after (before)
# the date told before.
# (capitalised: "the next march" is a march)
_SEQUEL_MONTH = re.compile(r"\bthe\s+(?P<dir>following|next|previous|preceding)\s+(?P<month>(?-i:January|"
                           r"February|March|April|May|June|July|August|September|October|November|December))\b",
                           re.IGNORECASE)
# "in February that year", "in March of that year": that month of the year told before.
_MONTH_THAT_YEAR = re.compile(r"\b(?P<month>(?-i:January|February|March|April|May|June|July|August|September|"
                              r"October|November|December))\s+(?:of\s+)?that\s+year\b", re.IGNORECASE)
# "the previous autumn", "the following spring": that season before (after) the date told before.
_SEQUEL_SEASON = re.compile(rf"\bthe\s+(?P<dir>following|next|previous|preceding)\s+(?P<season>{_SEASON})\b",
                            re.IGNORECASE)
# "By the end of the summer": that part of the season of the story told before.
_SEASON_PART = re.compile(rf"\bthe\s+(?P<part>end|start|beginning|middle|height)\s+of\s+(?:the\s+|that\s+)?"
                          rf"(?P<season>{_SEASON})\b(?!\s+(?:of\s+)?\d)", re.IGNORECASE)
# A day of the month alone: "on the 17th", "the afternoon of the 16th".
_DAY_OF_MONTH = re.compile(
    r"\bthe\s+(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:-|of\s+|century|centuries|anniversary|"
    r"amendment|floor|time|round|day|week|month|year|place|birthday|parallel|division|brigade|battalion|"
    r"regiment|army|infantry|fleet|corps|precinct|ward|district|street|avenue|congress|parliament|session|"
    r"grade|percentile|minute|hour|" + "|".join(MONTHS) + r")\b)",
    re.IGNORECASE)
_SAME_DAY = re.compile(r"\b(?:on\s+the\s+(?:same\s+)?|the\s+same\s+)day\b"
                       r"(?!\s+(?:of|that|when|before|after|as|it|they|he|she|we|the|a|an|on|in)\b)",
                       re.IGNORECASE)
_UNIT_DAYS = {"day": 1, "morning": 1, "afternoon": 1, "evening": 1, "night": 1, "week": 7,
              "month": 30, "year": 365, "decade": 3652}
_UNIT_PRECISION = {"day": "day", "morning": "day", "afternoon": "day", "evening": "day",
                   "night": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}


# "that spring", "that year", "that day": the period of the date told before.
_THAT = re.compile(rf"(?:\b(?:the\s+)?(?P<s1>{_SEASON})(?:\s+(?:and|to)\s+(?P<s2>{_SEASON}))?\s+of\s+)?"
                   r"\bthat\s+(?P<unit>spring|summer|autumn|fall|winter|year|month|week|day|"
                   r"morning|afternoon|evening|night)\b", re.IGNORECASE)


_SAID_THAT = re.compile(r"\b(?:said|says|say|told|tells|believe[sd]?|think|thinks|thought|know|knew|"
                        r"added|announced|claimed|insisted|noted|warned|feared|hoped)\s+$", re.IGNORECASE)


def _that_period(anchor: Timex, unit: str) -> tuple[dt.date, dt.date, str] | None:
    d = anchor.start_date
    if unit in SEASONS:
        a, b = _season_range(unit, d.year)
        if _season_month(unit) == 12 and d <= _season_range(unit, d.year - 1)[1]:
            # "that winter" after 20 February 2013: 2012-13 (after October 2008: 2008-09); in
            # the south, "that summer"
            a, b = _season_range(unit, d.year - 1)
        return a, b, "season"
    if unit == "year":
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year"
    if unit == "month" and PRECISION_RANK[anchor.precision] <= PRECISION_RANK["month"]:
        return dt.date(d.year, d.month, 1), month_end(d.year, d.month), "month"
    if unit == "week" and anchor.precision in ("day", "week"):
        monday = d - dt.timedelta(days=d.weekday())
        return monday, monday + dt.timedelta(days=6), "week"
    if anchor.precision == "day":
        return d, d, "day"
    return None


def _next_to(m: re.Match[str], anchor: Timex) -> Timex:
    """"The week before", "the day after": the stretch of that length just before or after the
    date told before (a month or a year: the one before or after it)."""
    unit = m.group("unit7").lower()
    after = m.group("dir7").lower() == "after"
    if unit in ("day", "night", "morning", "afternoon", "evening", "week") and anchor.precision in ("day", "week"):
        n = 7 if unit == "week" else 1
        if after:
            a, b = anchor.end_date + dt.timedelta(days=1), anchor.end_date + dt.timedelta(days=n)
        else:
            a, b = anchor.start_date - dt.timedelta(days=n), anchor.start_date - dt.timedelta(days=1)
        precision = "day" if n == 1 else "week"
    elif unit == "year" or anchor.precision == "year":
        y = anchor.start_date.year + (1 if after else -1)
        a, b, precision = dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    else:
        d = anchor.end_date + dt.timedelta(days=1) if after else anchor.start_date - dt.timedelta(days=1)
        a, b, precision = dt.date(d.year, d.month, 1), month_end(d.year, d.month), "month"
    return Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=a, end_date=b,
                 precision=precision, relative=True, vague=anchor.vague)


def _pick_anchor(before: list[Timex], text: str) -> Timex:
    """The date a counted one counts from: the last told before it; but a weekday read from
    the report after the day its own sentence tells is that day's ("Fifteen years ago today,
    after Friday prayers, ... that evening" is 18 March 2011)."""
    anchor = max(before, key=lambda t: t.start)
    return _day_told_before(anchor, before, text) or anchor


def _day_told_before(weekday: Timex, pool: list[Timex], text: str) -> Timex | None:
    """For a bare weekday, the last day its own sentence told before it ("Fifteen years ago
    today, after Friday prayers"); else None."""
    if not bare_weekday(weekday):
        return None
    told = [t for t in pool if t.precision == "day" and not bare_weekday(t) and t.end <= weekday.start
            and not re.search(r"[.!?\n]", text[t.end:weekday.start])]
    return max(told, key=lambda t: t.start) if told else None


def anchored_timexes(text: str, found: list[Timex]) -> list[Timex]:
    """Dates counted from the date told before them: "Last November, troops opened fire ...
    Four days later, they stormed the plant" is November too. ``found`` are the text's other
    expressions (``find_timexes``); an anchored one takes the last of them before it, and the
    coarser precision of the two (four days after a month is still that month)."""
    out = _anchor_pass(text, found, [])
    for _ in range(2):
        # a date counted from one counted itself: "arrested on the day ...; the charges were
        # withdrawn within weeks"
        again = _anchor_pass(text, found, out)
        if again == out:
            break
        out = again
    return out


# What may stand between a counted date and the date that restates it: "Two decades earlier,
# in the spring of 1985" (not "Two months later, violence killed 400, a commission found in 2011").
_RESTATED = re.compile(r"[\s,(—–-]*(?:(?:in|on|at|during|by|of)\s+)?(?:the\s+)?(?:(?:early|late|mid|spring|summer|"
                       r"autumn|fall|winter|end|start|beginning|middle)\s+(?:of\s+)?(?:the\s+)?)*$", re.IGNORECASE)
_LIMIT_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
# A date counted back from the one told before it: "the night before", "two days earlier".
BACKWARD_RE = re.compile(r"\b(?:before|earlier|previous|preceding)\b", re.IGNORECASE)


def _season_beside(season: str, day: dt.date, *, before: bool) -> tuple[dt.date, dt.date]:
    """The season wholly before ``day`` (``before``), else the first that starts after it."""
    a, b = _season_range(season, day.year)
    if before:
        return _season_range(season, day.year - 1) if b >= day else (a, b)
    return _season_range(season, day.year + 1) if a <= day else (a, b)


def _last_told_before(pool: list[Timex], spans: list[tuple[int, int]], m: re.Match[str]) -> Timex | None:
    """The date told last before ``m``, that a "the following ..." counts from."""
    before = _told_before(pool, spans, m)
    return max(before, key=lambda t: t.start) if before else None


def _told_before(pool: list[Timex], spans: list[tuple[int, int]], m: re.Match[str]) -> list[Timex]:
    """The dates told before an anchored expression (none when it overlaps a date of its own),
    but a flashback's only for one in a flashback too."""
    if any(s < m.end() and m.start() < e for s, e in spans):
        return []
    return _story_line([t for t in pool if t.end <= m.start() and not t.vague], m.string, m.start())


def _story_line(before: list[Timex], text: str, pos: int) -> list[Timex]:
    """Of the dates told before ``pos``, those an expression there may count from: no step
    back in the past perfect (unless the expression is in one too, or in the step's own
    sentence: "In 2010, too, the valley had risen, and more than 110 were killed that summer")."""
    if _pluperfect(text, pos):
        return before
    return [t for t in before if not flashback(t, before, text) or not _STOP.search(text, t.end, pos)]


_STOP = re.compile(r"[.!?][\"”’)]*\s")


# A fronted date of a past-perfect main clause: "A week earlier, on 19 November 2004, a man
# had died in a cell" (not "On 3 May police fired on crowds who had gathered").
_HAD_AFTER = re.compile(r"(?:(?!\b(?:who|which|that|where|when|after|before|because|since|as|while|and|but)\b)"
                        r"[^.;!?\n])*?\bhad\s+(?:(?:not|never|already|just|been)\s+)*[a-z]+(?:ed|en|wn|ne|t)\b",
                        re.IGNORECASE)


# What may open a clause before its fronted date: "A week earlier, on" (not "By": a toll by a
# day, "By 4 January 2022 the crowds had reached Almaty").
_FRONTED_LEAD = re.compile(r"(?![^,]*\b(?:by|until|till|since|before|after)\s*$)[^,]*,?\s*(?:(?:on|in|at)\s+)?",
                           re.IGNORECASE)


@lru_cache(maxsize=4096)
def _pluperfect(text: str, pos: int, fronted: bool = False) -> bool:
    """Whether the date at ``pos`` is told in a past-perfect clause: after its "had" in its
    sentence, or (``fronted``) opening a clause whose verb is one."""
    lo = max(0, pos - 300)
    start = max([lo, text.rfind("\n", lo, pos) + 1, *(k.end() for k in _STOP.finditer(text, lo, pos))])
    if _HAD_BEFORE.search(text, start, pos) is not None:
        return True
    return fronted and _FRONTED_LEAD.fullmatch(text, start, pos) is not None and _HAD_AFTER.match(text, pos) is not None


def flashback(tx: Timex, told: Sequence[Timex], text: str) -> bool:
    """Whether ``tx`` is told in a past-perfect clause and goes back before a date told before
    it: "On 15 July 1927 crowds burned the courts. A jury had acquitted men who had shot two
    people in January" (what comes next counts from July, not January)."""
    # (a date stated in full may open the clause: "A week earlier, on 19 November 2004, a man
    # had died"; one counted on from the story, "Within a week, 500,000 had stopped work", goes on)
    return _pluperfect(text, tx.start, fronted=not tx.relative) and any(
        t.end <= tx.start and t.start_date > tx.end_date for t in told)


def _anchor_pass(text: str, found: list[Timex], prior: list[Timex]) -> list[Timex]:
    # (a day counted is as good an anchor as a day told; a coarser stretch counted is too
    # loose: "Crowds marched that spring. Over the following months ..." counts from the day)
    # Nor a flashback: after "The day before, ...", "the day after" counts from the story's day.
    # Nor the day a toll was counted by: "by the next day 89 were dead. The protest began that
    # morning" is the story's day.
    pool = found + [t for t in prior if t.precision == "day" and not BACKWARD_RE.search(t.text)
                    and not re.search(r"\bby\s+$", text[max(0, t.start - 4):t.start], re.IGNORECASE)]
    out: list[Timex] = []
    spans = [(t.start, t.end) for t in found]
    for m in _ANCHORED.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        stop = re.search(r"[.!?\n]", text[m.end():])
        end = m.end() + (stop.start() if stop else len(text) - m.end())
        if any(m.end() <= t.start < end and (not t.relative or t.precision == "day" and not bare_weekday(t))
               and _RESTATED.match(text, m.end(), t.start) for t in found) and not m.group("unit6"):
            continue  # "Two decades earlier, in the spring of 1985, ...", "Ten days later, on May 14": the date it states
        # (a limit is no time of the story: after "would suspend talks until 2028", "over the
        # following weeks" counts from the night told, not from 2028)
        before = [t for t in pool if t.end <= m.start() and not t.vague
                  and not _LIMIT_BEFORE.search(text, max(0, t.start - 8), t.start)]
        if not before:
            continue
        before = _story_line(before, text, m.start())
        anchor = _pick_anchor(before, text)
        if m.group("unit6"):
            # within so many hours, days or weeks of the date told before: that stretch from it
            unit6 = m.group("unit6").lower().rstrip("s")
            n6 = (_number(m.group("n6")) or 3) if m.group("n6") else 3
            a = anchor.start_date
            b = anchor.end_date + dt.timedelta(days=0 if unit6 == "hour" else n6 * _UNIT_DAYS[unit6])
            stretch = (b - a).days
            precision = max(anchor.precision, "day" if stretch < 1 else "week" if stretch <= 7 else "month"
                            if stretch <= 92 else "year", key=lambda p: PRECISION_RANK[p])
            out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=a, end_date=b,
                             precision=precision, relative=True, vague=anchor.vague))
            continue
        if m.group("unit7"):
            out.append(_next_to(m, anchor))
            continue
        unit_word = (m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4")
                     or m.group("unit5") or m.group("unit8") or m.group("units") or "").lower()
        unit = unit_word.rstrip("s")
        # "days later": a few of them
        n = (3 if m.group("units") else 1) if m.group("n") is None else (_number(m.group("n")) or 3)
        back = (m.group("dir") or m.group("dir2") or "").lower() == "earlier" or \
            (m.group("next") or "").lower() == "previous"
        days = n * _UNIT_DAYS[unit] * (-1 if back else 1)
        precision = max(anchor.precision, _UNIT_PRECISION[unit], key=lambda p: PRECISION_RANK[p])
        day = anchor.start_date + dt.timedelta(days=days)
        sign = -1 if back else 1
        if unit in ("year", "decade"):
            # by the calendar: "the following year" after 1996 is 1997 (366 days on is not)
            day = _shift_year(anchor.start_date, sign * n * (10 if unit == "decade" else 1))
        elif unit == "month":
            y, mo = _shift_months(anchor.start_date.year, anchor.start_date.month, sign * n)
            day = dt.date(y, mo, min(anchor.start_date.day, month_end(y, mo).day))
        if precision == "day":
            a, b = day, day
        elif precision == "week":
            a = day - dt.timedelta(days=day.weekday())
            b = a + dt.timedelta(days=6)
        elif precision == "month":
            a, b = dt.date(day.year, day.month, 1), month_end(day.year, day.month)
        elif precision == "year":
            a, b = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        else:  # a season: the anchor's own, moved only by more than its length
            span = anchor.end_date - anchor.start_date
            shift = dt.timedelta(days=days) if abs(days) > span.days else dt.timedelta(0)
            a, b = anchor.start_date + shift, anchor.end_date + shift
        if m.group("unit2") and unit_word.endswith("s") and not back and unit in ("day", "week", "month") \
                and PRECISION_RANK[anchor.precision] <= PRECISION_RANK[_UNIT_PRECISION[unit]]:
            # "over the following weeks": a few of them after the anchor, from the next day (the
            # next month, for months); after a coarser anchor ("in early 2019 ... over the
            # following days"), within it, as below
            if unit != "month":
                a = anchor.end_date + dt.timedelta(days=1)
                b = anchor.end_date + dt.timedelta(days=3 * _UNIT_DAYS[unit])
            else:
                y, mo = _shift_months(anchor.end_date.year, anchor.end_date.month, 3)
                b = month_end(y, mo)
            precision = "week" if (b - a).days <= 7 else "month" if (b - a).days <= 92 else "year"
        elif m.group("unit2") and unit_word.endswith("s") and back and unit in ("day", "week") \
                and anchor.precision in ("day", "week"):
            # "the previous weeks": a few of them up to the day before the anchor
            a = anchor.start_date - dt.timedelta(days=3 * _UNIT_DAYS[unit])
            b = anchor.start_date - dt.timedelta(days=1)
            precision = "week" if (b - a).days <= 7 else "month"
        elif (m.group("unit4") and (m.group("n4") or unit in ("day", "week"))) or m.group("unit5") or m.group("unit8"):
            # "in the three weeks that followed", "in the days after", "over the next three
            # nights": from the anchor to the end of that stretch (a few when not counted)
            a = anchor.start_date
            # ("over the next week": one)
            b = anchor.end_date + dt.timedelta(
                days=(_number(m.group("n4") or m.group("n5") or "") or (1 if m.group("unit8") else 3))
                * _UNIT_DAYS[unit])
            precision = "week" if (b - a).days <= 7 else "month" if (b - a).days <= 92 else "year"
        # "the following months", "in the years that followed": a stretch after the anchor
        vague = anchor.vague or (unit_word.endswith("s") and m.group("n") is None and not m.group("n4")
                                 and not m.group("n5"))
        out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=a, end_date=b,
                         precision=precision, relative=True, vague=vague))
    for m in _NTH_DAY_OF.finditer(text):
        told = [t for t in _told_before(pool, spans, m)
                if not re.search(r"\bsince\s+$", text[max(0, t.start - 8):t.start], re.IGNORECASE)]
        before = [t for t in told if t.precision == "day"]
        if not before or max(told, key=lambda t: t.start).precision != "day":
            continue  # (counted from a day told last, not across "In January 2019")
        opening = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        stop = re.search(r"[.!?\n]", text[m.end():])
        closing = m.end() + (stop.start() if stop else len(text) - m.end())
        if any(opening <= t.start < closing for t in found):
            continue  # "yesterday, the third day of the protest": the date the sentence states
        nth = m.group("nth").lower()
        n = _NTH.get(nth) or int(re.sub(r"\D", "", nth))
        # from the first day of the episode told last (days told close together, going back)
        before.sort(key=lambda t: t.start)
        first = before[-1].start_date
        for t in reversed(before[:-1]):
            if not first - dt.timedelta(days=14) <= t.start_date <= first + dt.timedelta(days=14):
                break
            first = min(first, t.start_date)
        day = first + dt.timedelta(days=n - 1)
        out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=day, end_date=day,
                         precision="day", relative=True, vague=False))
    for m in _FOLLOWING_WEEKDAY.finditer(text):
        # "The following Sunday more than 5,000 were held": that day of the week after the day
        # told before (a day's date; a month or a year says too little)
        told = _told_before(pool, spans, m)
        if not told:
            continue
        anchor = max(told, key=lambda t: t.start)
        if anchor.precision in ("week", "month"):
            # after a week or a month told last ("sentenced in September 2025 ... the following
            # Sunday"), that stretch, not a day of an older story
            out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=anchor.start_date,
                             end_date=anchor.end_date, precision=anchor.precision, relative=True,
                             vague=anchor.vague))
            continue
        if anchor.precision != "day":
            continue
        wd = WEEKDAYS[m.group("wd").lower()]
        # (two days on at least: the day after is "the next day")
        day = anchor.start_date + dt.timedelta(days=(wd - anchor.start_date.weekday() - 2) % 7 + 2)
        out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=day, end_date=day,
                         precision="day", relative=True, vague=anchor.vague))
    for m in _SEQUEL_SEASON.finditer(text):
        last = _last_told_before(pool, spans, m)
        if last is None:
            continue
        back = m.group("dir").lower() in ("previous", "preceding")
        a, b = _season_beside(m.group("season"), last.start_date if back else last.end_date, before=back)
        out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=a, end_date=b,
                         precision="season", relative=True, vague=last.vague))
    for m in _SEQUEL_MONTH.finditer(text):
        last = _last_told_before(pool, spans, m)
        if last is None:
            continue
        anchor = last
        month = MONTHS[m.group("month").lower()]
        if m.group("dir").lower() in ("previous", "preceding"):
            y = anchor.start_date.year - (month >= anchor.start_date.month)
        else:
            y = anchor.end_date.year + (month <= anchor.end_date.month)
        out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=dt.date(y, month, 1),
                         end_date=month_end(y, month), precision="month", relative=True, vague=anchor.vague))
    for m in _MONTH_THAT_YEAR.finditer(text):
        last = _last_told_before(pool, spans, m)
        if last is None:
            continue
        y, month = last.start_date.year, MONTHS[m.group("month").lower()]
        out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=dt.date(y, month, 1),
                         end_date=month_end(y, month), precision="month", relative=True, vague=last.vague))
    for m in _SEASON_PART.finditer(text):
        last = _last_told_before(pool, spans, m)
        if last is None:
            continue
        anchor = last
        season = m.group("season").lower()
        a, b = _season_range(season, anchor.start_date.year)
        if b < anchor.start_date:
            a, b = _season_range(season, anchor.start_date.year + 1)
        precision = "season"
        part = m.group("part").lower()
        if part == "end":
            a, precision = b.replace(day=1), "month"
        elif part in ("start", "beginning"):
            b, precision = month_end(a.year, a.month), "month"
        out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=a, end_date=b,
                         precision=precision, relative=True, vague=anchor.vague))
    for m in _DAY_OF_MONTH.finditer(text):
        # "By the morning of the 17th" after "on 16 June": that day of the month told before
        # (of the next month, when it comes before the day told: "on 28 June ... on the 2nd")
        if re.match(r"\s+[A-Z]", text[m.end():m.end() + 2]):
            continue  # "the 15th Hussars": a unit's name
        before = [t for t in _told_before(pool, spans, m) if t.precision in ("day", "week", "month")]
        if not before:
            continue
        anchor = max(before, key=lambda t: t.start)
        y, mo, dom = anchor.start_date.year, anchor.start_date.month, int(m.group("dom"))
        if anchor.precision == "day" and dom < anchor.start_date.day:
            y, mo = _shift_months(y, mo, 1)
        if dom > month_end(y, mo).day:
            continue
        day = dt.date(y, mo, dom)
        out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=day, end_date=day,
                         precision="day", relative=True, vague=anchor.vague))
    for m in _SAME_DAY.finditer(text):
        # "270 miners were arrested on the day": the last day told before (a coarser date
        # since then, "the commission found in 2015", is no day of it); but "the same day" is
        # that of the date just told, however precise ("It took until June 2010 for the
        # inquiry to find ...; the prime minister apologised the same day")
        same = "same" in m.group(0).lower()
        before = [t for t in _told_before(pool, spans, m) if same or t.precision == "day"]
        if not before:
            continue
        anchor = max(before, key=lambda t: t.start)
        out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=anchor.start_date,
                         end_date=anchor.end_date, precision=anchor.precision, relative=True, vague=False))
    month_years = [(t.start(), t.end()) for t in _MONTH_THAT_YEAR.finditer(text)]
    for m in _THAT.finditer(text):
        if _SAID_THAT.search(text[max(0, m.start() - 20):m.start()]):
            continue  # ("said that day was hard": a complementiser)
        if any(a <= m.start() < b for a, b in month_years):
            continue  # the year of "February that year", told with its month
        before = _told_before(pool, spans, m)
        if not before:
            continue
        anchor = _pick_anchor(before, text)
        period = _that_period(anchor, m.group("unit").lower())
        if period is not None and m.group("s1") and period[2] == "year":
            # "the summer and autumn of that year": those seasons of the year told before
            a, b = _season_range(m.group("s1").lower(), period[0].year)
            if m.group("s2"):
                b = _season_range(m.group("s2").lower(), period[0].year)[1]
            period = (a, b, "season")
        if period is not None:
            out.append(Timex(text=m.group(0), start=m.start(), end=m.end(), start_date=period[0],
                             end_date=period[1], precision=period[2], relative=True,
                             vague=anchor.vague))
    return out


_PART_OF_THE = re.compile(rf"^{_PART}[\s-]+the\s+(?P<unit>week|month|year)$", re.IGNORECASE)
_FINE_ENOUGH = {"week": ("day", "week"), "month": ("day", "week", "month"),
                "year": ("day", "week", "month", "season", "year")}


def _period_start(unit: str, day: dt.date) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1) if unit == "month" else day.replace(month=1, day=1)


def reanchor_parts(text: str, found: list[Timex]) -> list[Timex]:
    """"The end of the month" after a date told in the same or one of the two sentences before is the end
    of that date's month ("Protests began on 3 March 2019 ... by the end of the month, 40 were
    dead"); with no such date it stays the month of publication."""
    out: list[Timex] = []
    for tx in found:
        if tx.text.lower() == "overnight":
            # "Seven years ago this weekend, the government tripled the price overnight": the
            # night of the date its sentence told, not the one before the report
            told = [t for t in found if t.end <= tx.start and not t.vague and t.precision in ("day", "week")
                    and not re.search(r"[.!?\n]", text[t.end:tx.start])]
            if told:
                night = max(told, key=lambda t: t.start)
                out.append(dataclasses.replace(night, text=tx.text, start=tx.start, end=tx.end, relative=True))
                continue
        m = _PART_OF_THE.match(tx.text)
        if m is None:
            out.append(tx)
            continue
        unit = m.group("unit").lower()
        # (across a paragraph break when the story goes on in the past perfect: "... on 18
        # March. // By the end of the year, a commission had counted 35 deaths")
        story = bool(re.search(r"\bby\s+$", text[max(0, tx.start - 4):tx.start], re.I)) and \
            bool(_BY_THEN_HAD.match(text, tx.end))
        # (and, so told, from anywhere in the paragraph before: "In Sokodé, soldiers opened fire
        # in October 2017 ... [three more sentences] // By the end of the year, 16 had died")
        before = [t for t in found if t.end <= tx.start and not t.vague
                  and not _PART_OF_THE.match(t.text)
                  and (story or "\n" not in text[t.end:tx.start])
                  and (len(re.findall(r"[.!?](?:\s|$)", text[t.end:tx.start])) <= 2
                       or story and len(re.findall(r"\n+", text[t.end:tx.start])) <= 1)]
        anchor = max(before, key=lambda t: t.start) if before else None
        # An anchor in the period read from the publication date is that period: "over the
        # past few weeks ... at the end of the month" is this month.
        if anchor is not None and anchor.end_date >= _period_start(unit, tx.start_date):
            anchor = None
        if anchor is None or anchor.precision not in _FINE_ENOUGH[unit]:
            out.append(tx)
            continue
        part = tx.text[:m.start("unit")]
        a, b, precision = _part_of_period(part, unit, anchor.start_date)
        out.append(Timex(text=tx.text, start=tx.start, end=tx.end, start_date=a, end_date=b,
                         precision=precision, relative=True, vague=anchor.vague))
    return out


# A sentence that goes on with the story told before it: "When students rose in mid-October".
_GOES_ON = re.compile(r"\s*(?:when|then|later|that|by then|by|within|soon|afterwards|after that|"
                      r"the next|the following|\w+\s+(?:days|weeks|months)\s+later)\b", re.I)


def bare_weekday(tx: Timex) -> bool:
    """"Sunday", "the Sunday evening": a day named by its weekday alone (read from the report)."""
    words = set(re.findall(r"[a-z]+", tx.text.lower()))
    return tx.relative and bool(words & WEEKDAYS.keys()) and not words & MONTHS.keys() and \
        not re.search(r"\d", tx.text)


# A past-perfect clause of the sentence before the date tells what came before the story's day:
# "a jury had acquitted men who had shot two people at Schattendorf in January" after 15 July 1927.
# (up to a clause of its own: "... had given him a majority, and when he came back on 22 July")
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:not|never|already|just|been)\s+)*[a-z]+(?:ed|en|wn|ne|t)\b"
                         r"(?:(?!,\s*(?:and|but|then|so)\b|\b(?:when|after|before|until|as|while|except|said|told)\b)"
                         r"[^.;!?\"“”])*$",
                         re.IGNORECASE)


def narrative_months(text: str, found: list[Timex], counted: Sequence[Timex] = ()) -> list[Timex]:
    """A month told without its year in a passage about a past year is in that year: "Police
    never answered for the autumn of 2019. When students rose in mid-October ..." is October
    2019, not the last October before the report. The month takes the year of a date stated
    with its year (or a month so read) earlier in the same sentence, or in the sentence before
    when the month's sentence goes on with that story ("When ...", "Then ...", "Weeks later
    ..."), and the first such month from that date on (October after "spring 2019" is 2019;
    March after "October 2019" is 2020). Only an earlier month than the report's reading moves:
    a month in a sentence of its own after a background year is most often the news ("... in
    2015, said his lawyer. He was detained on 14 August"). ``counted`` are dates counted from
    the one before them ("that spring", ``anchored_timexes``): a story already told in its
    own past, so the next sentence's month goes on with it ("The junta seized power on 1
    February 2021. Crowds marched that spring. On 27 March soldiers shot 160" is 2021)."""
    out: list[Timex] = []
    moved: set[int] = set()  # months already read in a past year: they anchor the next
    for i, tx in enumerate(found):
        words = set(re.findall(r"[a-z]+", tx.text.lower()))
        # (a range of days in one month too: "From 10 to 12 July")
        bare = (tx.precision in ("day", "month") or tx.precision == "week" and tx.start_date.month == tx.end_date.month) \
            and bool(words & MONTHS.keys()) and \
            not words & _SET_YEAR and not re.search(r"\d{4}|'\d\d", tx.text)
        # (a bare weekday is read from the report, and anchors no story of a past year:
        # "Seven years ago today, crowds left the mosques after Friday prayers")
        k = next((k for k in range(i - 1, -1, -1) if not out[k].vague and not bare_weekday(out[k])),
                 None) if bare else None
        anchor = out[k] if k is not None else None
        story = [t for t in counted if not t.vague and t.end <= tx.start
                 and (anchor is None or t.start > anchor.end)] if bare else []
        in_story = bool(story) or k in moved
        if story:
            anchor = story[-1]
            if k is not None and k in moved:
                # Counted from a month read in a past year since: in that year too.
                shift_k = out[k].start_date.year - found[k].start_date.year
                anchor = Timex(text=anchor.text, start=anchor.start, end=anchor.end,
                               start_date=_shift_year(anchor.start_date, shift_k),
                               end_date=_shift_year(anchor.end_date, shift_k),
                               precision=anchor.precision, relative=True, vague=anchor.vague)
        # (a date so many years ago is stated with its year: "Seven years ago today")
        if anchor is None or not (re.search(r"\b\d{4}\b", anchor.text) or in_story
                                  or _YEARS_AGO.search(anchor.text)) or \
                anchor.end_date.year != anchor.start_date.year:
            out.append(tx)
            continue
        between = text[anchor.end:tx.start]
        lead = re.split(r"[.!?]\s", text[max(0, anchor.start - 120):anchor.start])[-1]
        stops = len(re.findall(r"[.!?][\"”’)]*(?:\s|$)", between))
        pieces = re.split(r"[.!?][\"”’)]*\s+", between)
        own = pieces[-1]  # the month's sentence up to the month
        told = lead + text[anchor.start:tx.start]
        year = anchor.start_date.year + (tx.start_date.month < anchor.start_date.month)
        if _HAD_BEFORE.search(own):
            # before the story's latest day told so far (not only the date told last: "On June
            # 21, 1919 ... The strike had begun on May 15 ... leaders had been arrested on June 17")
            latest = max((t for t in out if not t.vague and t.start_date.year == anchor.start_date.year),
                         key=lambda t: t.end_date, default=anchor)
            year = latest.end_date.year - (tx.start_date.month > latest.end_date.month)
        # The month falls in the stretch just told ("how the spring of 2022 began. In
        # mid-March, ..."), or a sentence that goes on with the story ("Then came the
        # shooting.") bridges the month to a story already in its past year.
        within = anchor.precision == "season" and \
            anchor.start_date <= _shift_year(tx.start_date, year - tx.start_date.year) <= anchor.end_date
        bridged = 2 <= stops <= 3 and in_story and len(pieces) >= 3 and bool(_GOES_ON.match(pieces[-2]))
        # (or the year opens the paragraph, as its topic, and the month's sentence comes next:
        # "The wounds reopened in 2020, when Ouattara ran for a third term. In August and again
        # in October, ...")
        para_lead = text[text.rfind("\n", 0, anchor.start) + 1:anchor.start]
        topic = anchor.precision == "year" and stops == 1 and "\n" not in between and \
            not re.search(r"[.!?][\"”’)]*\s", para_lead) and re.match(r"\s*(?:in|during|by)\s", own, re.I) is not None
        goes_on = in_story or bool(_GOES_ON.match(own)) or within or topic
        if ("\n" in between and not (in_story and (bridged or _GOES_ON.match(own)))) or \
                (stops > 1 and not bridged) or (stops == 1 and not goes_on) or \
                own.count("(") > own.count(")") or \
                (stops == 0 and (told.count("(") > told.count(")")
                                 or re.search(r"\b(?:like|as in)\b", lead, re.I))) or \
                re.search(r"\b(?:since|until|till)\b", lead, re.I) or re.search(r"\bby\s*$", lead, re.I):
            # Another passage; a news peg told after a background year ("... in 2015, said his
            # lawyer. He was detained on 14 August": last August); a date that only bounds a stretch
            # up to now ("killed since volunteers joined the fight in the autumn of 2014"); an
            # aside or a comparison ("like Srebrenica in 1995").
            out.append(tx)
            continue
        shift = year - tx.start_date.year
        if shift >= 0:
            out.append(tx)
            continue
        moved.add(i)
        out.append(Timex(text=tx.text, start=tx.start, end=tx.end,
                         start_date=_shift_year(tx.start_date, shift),
                         end_date=_shift_year(tx.end_date, shift), precision=tx.precision,
                         relative=True, vague=tx.vague))
    return out


# How near the story told just before it a yearless date must fall, read a year earlier, to be
# of that story; and how far from it the report's own year must put it.
# (a toll as of that day: "By mid-July, 46 had been killed", "By 28 July, fourteen were dead")
_BY_THEN_HAD = re.compile(r"[^.;!?]{0,80}\b(?:had|(?:were|was|lay)\s+dead)\b", re.IGNORECASE)
_STORY_BEFORE = dt.timedelta(days=62)
_STORY_AFTER = dt.timedelta(days=62)
_HAD_REACH = dt.timedelta(days=366)
_STORY_GAP = dt.timedelta(days=180)


# A sentence told in the present, which brings a story up to now: "Memory matters because the
# price of mealie meal is rising again. In mid-March, ..." is this March.
_NOW_TOLD = re.compile(r"[.!?]\s+[^.!?]*\b(?:is|are|am)\s+(?:now\s+)?\w+ing\b[^.!?]*[.!?]", re.I)

_UNTIL_BEFORE = re.compile(r"\b(?:until|till|by)\s+$", re.I)


# A stretch from then to now: "Since volunteers first joined the fight in the autumn of 2014"
_SINCE_BEFORE = re.compile(r"\bsince\b[^.;!?]*$", re.IGNORECASE)


# A year naming a thing, no time of the story: "the anniversary of the 1959 uprising".
_ATTRIBUTIVE_YEAR = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:19|20)\d\d\s+[a-z]+(?:\W|$)")


def _flashback_year(t: Timex, told: list[Timex], text: str) -> bool:
    """A bare year older than a day told before it, a step back inside the story: "relatives of
    the prisoners killed at Abu Salim in 1996 gathered" after "15 February 2011" (not one that
    opens its sentence: "In 2017, the country marched from April to July" starts an episode)."""
    if re.search(r"(?:^|[.!?]\s+|\n\s*)(?:in|by|during|since|until|from)?\s*$",
                 text[max(0, t.start - 16):t.start], re.IGNORECASE):
        return False
    return t.precision == "year" and any(
        u.start < t.start and u.precision in ("day", "week", "month") and not u.vague
        and u.start_date.year > t.end_date.year for u in told)


def story_year_dates(text: str, found: list[Timex]) -> list[Timex]:
    """A day or month told without its year, soon after dates of a year before the one the
    report's date gives it, is of that earlier year: in a piece written on 29 August 2026, "One
    year ago yesterday, police ran over a driver. [...] Protesters set fire to the council on
    29 August" is 2025 (and "Five years ago today [...] On 9 February" in one of 1 February
    2026 is 2021). Read in the report's year it would come long after everything told around
    it with nothing to say so. Only when, read in the story's year, it falls within weeks of
    the date told last before it, the report's reading puts it half a year or more from that date, and no
    more than two paragraph breaks lie between them."""
    out: list[Timex] = []
    # Yearless dates anchor the next only when a story with its year leads up to them: a source
    # quoted after the report can put the first one a year back on its own ("on july 23").
    grounded: set[int] = set()
    for tx in found:
        words = set(re.findall(r"[a-z]+", tx.text.lower()))
        bare = tx.relative and tx.precision in ("day", "week", "month") and bool(words & MONTHS.keys()) and \
            not words & _SET_YEAR and not re.search(r"\d{4}|'\d\d", tx.text)
        # (not a date that only bounds a stretch: "they came back every Sunday until the end of
        # the year. In November ...")
        # (nor a weekday the date restates, or one after the day its own sentence tells:
        # "During the summit of June 2010 ... On the Sunday evening, June 27", "Fifteen years
        # ago today, after Friday prayers")
        prev = next((t for t in reversed(out) if not t.vague and t.end <= tx.start
                     and not _ATTRIBUTIVE_YEAR.search(text[max(0, t.start - 12):t.end + 20])
                     and not _flashback_year(t, out, text)
                     and not (bare_weekday(t) and (re.fullmatch(r"\s*,?\s*", text[t.end:tx.start])
                                                   or _day_told_before(t, out, text) is not None))
                     and not _UNTIL_BEFORE.search(text, max(0, t.start - 8), t.start)), None)
        had = bare and _HAD_BEFORE.search(text, max(0, tx.start - 200), tx.start) is not None
        if not bare or prev is not None and prev.start in grounded and \
                prev.start_date - (_HAD_REACH if had else _STORY_BEFORE) <= tx.start_date <= prev.end_date + _STORY_AFTER:
            # (a step back in the past perfect grounds the story too: "had imposed emergency
            # measures in June" after 14 August 1968)
            grounded.add(tx.start)
        # (a season too, winter across the new year: "In the winter of 2016, ... on 3 December")
        if not bare or prev is None or prev.start not in grounded or \
                prev.precision not in ("day", "week", "month", "season") or \
                prev.start_date.year >= tx.start_date.year or \
                prev.end_date.year - prev.start_date.year > (prev.precision == "season" or (
                    prev.end_date - prev.start_date).days <= 92) or \
                prev.precision == "season" and _SINCE_BEFORE.search(text[max(0, prev.start - 100):prev.start]):
            out.append(tx)
            continue
        # The story's year, or the next one for a day just after a December told before, or the
        # one before for a day just before a January ("between late November and the end of
        # January ... on the night of 2 December").
        shifts: tuple[int, ...] = (prev.start_date.year - tx.start_date.year,
                                   prev.start_date.year + 1 - tx.start_date.year,
                                   prev.start_date.year - 1 - tx.start_date.year)
        # A month may also come later in the story's own year: "On 16 August [2020] 200,000
        # marched ... In November a teacher died after being beaten" is November 2020.
        reach = _STORY_BEFORE
        if had:
            # (what had been going on since a month goes back within the year before: "The
            # workers had been on strike since January")
            latest = max((t.end_date for t in out if not t.vague and t.start_date.year == prev.start_date.year),
                         default=prev.start_date)
            shifts = tuple(k for k in shifts[::2] if _shift_year(tx.start_date, k) <= latest)[:1]
            reach = _HAD_REACH
        start, end = next(((_shift_year(tx.start_date, k), _shift_year(tx.end_date, k)) for k in shifts
                           # (a month, by any of its days: "set fire to the consulate on 7
                           # September 2018 ... The protests had begun in July")
                           if k < 0 and prev.start_date - reach <= _shift_year(
                               tx.end_date if tx.precision == "month" else tx.start_date, k)
                           and (_shift_year(tx.end_date, k) <= prev.end_date + _STORY_AFTER or (
                               tx.precision == "month" and _shift_year(tx.start_date, k).year == prev.end_date.year))),
                          (tx.start_date, tx.end_date))
        between = text[prev.end:tx.start]
        if start == tx.start_date or \
                tx.start_date - prev.end_date < _STORY_GAP or \
                len(re.findall(r"\n\s*\n|\n(?=\S)", between)) > 2 or \
                re.search(r"\bthis year\b|\b(?:ever\s+)?since then\b|\bto this day\b|\bto date\b", between, re.I) or \
                _NOW_TOLD.search(between) or \
                re.search(r"\b(?:since|until|till)\s+(?:the\s+)?$", text[max(0, tx.start - 12):tx.start], re.I) and \
                not _HAD_BEFORE.search(text, max(0, tx.start - 200), tx.start) or \
                re.search(r"\bby\s+(?:the\s+)?$", text[max(0, tx.start - 12):tx.start], re.I) and \
                not _BY_THEN_HAD.match(text, tx.end):
            # ("by" a deadline, but "By mid-July, at least 46 people had been killed" tells
            # the story on)
            # (nor after the story was brought up to now: "Since then, 250 have been jailed.
            # In December, ...")
            out.append(tx)
            continue
        grounded.add(tx.start)
        out.append(Timex(text=tx.text, start=tx.start, end=tx.end, start_date=start, end_date=end,
                         precision=tx.precision, relative=True, vague=tx.vague))
    return out

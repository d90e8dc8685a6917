"""Dates: the time-expression parser (pure) and the dates stage (with the parse)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventscribe.arguments.dates import attach_dates
from eventscribe.model import Context, Event, Span
from eventscribe.timex import anchored_timexes, find_timexes, reanchor_parts, southern_seasons

# A Wednesday.
REF = dt.date(2021, 6, 16)


def one(text: str, ref: dt.date | None = REF):
    found = find_timexes(text, ref)
    assert len(found) == 1, found
    tx = found[0]
    assert text[tx.start:tx.end] == tx.text
    return tx


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "precision"),
    [
        ("Police fired on protesters yesterday.", "yesterday", "2021-06-15", "2021-06-15", "day"),
        ("They marched on Monday.", "Monday", "2021-06-14", "2021-06-14", "day"),
        ("They marched on Wednesday.", "Wednesday", "2021-06-16", "2021-06-16", "day"),
        ("They marched last Wednesday.", "last Wednesday", "2021-06-09", "2021-06-09", "day"),
        ("Strikes spread last week.", "last week", "2021-06-07", "2021-06-13", "week"),
        ("The law passed last October.", "last October", "2020-10-01", "2020-10-31", "month"),
        ("They marched in March last year.", "March last year", "2020-03-01", "2020-03-31", "month"),
        ("Strikes at the end of June this year.", "the end of June this year", "2021-06-21",
         "2021-06-30", "month"),
        ("Riots on 3 May two years ago.", "3 May two years ago", "2019-05-03", "2019-05-03", "day"),
        ("Unrest in the summer of last year.", "the summer of last year", "2020-06-01",
         "2020-08-31", "season"),
        ("Clashes at the end of June.", "the end of June", "2021-06-21", "2021-06-30", "month"),
        ("Unrest in mid-March.", "mid-March", "2021-03-11", "2021-03-20", "month"),
        ("Riots in early 2019 shook the city.", "early 2019", "2019-01-01", "2019-04-30", "season"),
        ("During the spring and summer of 1976 pupils rose up.", "the spring and summer of 1976",
         "1976-03-01", "1976-08-31", "season"),
        ("Sit-ins continued over the past few weeks.", "the past few weeks", "2021-05-26", "2021-06-16", "week"),
        ("Workers struck in January.", "January", "2021-01-01", "2021-01-31", "month"),
        ("Workers struck in August.", "August", "2020-08-01", "2020-08-31", "month"),
        ("A march on 12 June drew crowds.", "12 June", "2021-06-12", "2021-06-12", "day"),
        ("A march on 30 June drew crowds.", "30 June", "2020-06-30", "2020-06-30", "day"),
        ("The vote was held on June 12, 2020.", "June 12, 2020", "2020-06-12", "2020-06-12", "day"),
        ("In 1988, thousands were executed.", "1988", "1988-01-01", "1988-12-31", "year"),
        ("The mine closed two days ago.", "two days ago", "2021-06-14", "2021-06-14", "day"),
        ("Turnout fell last year.", "last year", "2020-01-01", "2020-12-31", "year"),
        ("The feud began decades ago.", "decades ago", "1996-01-01", "2006-12-31", "year"),
        ("Filed on 2019-11-04 by the court.", "2019-11-04", "2019-11-04", "2019-11-04", "day"),
        ("the rally was held on sunday", "sunday", "2021-06-13", "2021-06-13", "day"),
        ("workers walked out in march 1990", "march 1990", "1990-03-01", "1990-03-31", "month"),
        ("Strikes hit the mines in the 1980s.", "the 1980s", "1980-01-01", "1989-12-31", "year"),
        ("Hundreds met earlier this week.", "earlier this week", "2021-06-14", "2021-06-16", "week"),
        ("A strike is planned for next Monday.", "next Monday", "2021-06-21", "2021-06-21", "day"),
        ("Tuesday, June 8, saw clashes.", "Tuesday, June 8", "2021-06-08", "2021-06-08", "day"),
        # A month naming an episode, as a year does in "the 1999 strike".
        ("Families of the October victims rallied.", "October", "2020-10-01", "2020-10-31", "month"),
        ("The May killings were never tried.", "May", "2021-05-01", "2021-05-31", "month"),
        # "since" before a month and day: the day is kept.
        ("Sit-ins have gone on since June 2, when two miners died.", "June 2", "2021-06-02",
         "2021-06-02", "day"),
        # A range of years, and a year modifying a noun after a possessive.
        ("A war fought between 1998 and 2003 killed millions.", "1998 and 2003", "1998-01-01",
         "2003-12-31", "year"),
        ("The junta ruled from 1976 to 1983.", "1976 to 1983", "1976-01-01", "1983-12-31", "year"),
        # A day some months or weeks ago today; a range of days, ending before the report.
        ("Six months ago today, troops fired.", "Six months ago today", "2020-12-16", "2020-12-16", "day"),
        ("Three weeks ago today, troops fired.", "Three weeks ago today", "2021-05-26", "2021-05-26", "day"),
        ("Killed between 28 May and 2 June.", "28 May and 2 June", "2021-05-28", "2021-06-02", "week"),
        ("Arrested between December 20 and January 3.", "December 20 and January 3", "2020-12-20",
         "2021-01-03", "month"),
        ("Strikes from 1 to 3 May 2019.", "1 to 3 May 2019", "2019-05-01", "2019-05-03", "week"),
        ("The president's 2011 decision to cut fuel subsidies angered drivers.", "2011",
         "2011-01-01", "2011-12-31", "year"),
    ],
)
def test_expressions(text: str, span: str, start: str, end: str, precision: str) -> None:
    tx = one(text)
    assert tx.text == span
    assert tx.start_date.isoformat() == start
    assert tx.end_date.isoformat() == end
    assert tx.precision == precision


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Thousands marched in the winter of 1981.", "1981-06-01", "1981-08-31"),
        ("Thousands marched in the summer of 1981.", "1981-12-01", "1982-02-28"),
        ("Strikes spread last winter.", "2020-06-01", "2020-08-31"),  # (June 2021 is this one)
        ("Strikes spread last summer.", "2020-12-01", "2021-02-28"),
        ("Riots broke out in the spring of 2003.", "2003-09-01", "2003-11-30"),
    ],
)
def test_southern_seasons(text: str, start: str, end: str) -> None:
    with southern_seasons():
        tx = one(text)
    assert (tx.start_date.isoformat(), tx.end_date.isoformat(), tx.precision) == (start, end, "season")
    # ... and outside the block, the northern reading again (the cache keeps the two apart)
    assert one(text).start_date.month != tx.start_date.month


def test_southern_that_summer_spans_the_new_year() -> None:
    text = "On 20 February 2013 police fired on miners. That summer, strikes spread."
    with southern_seasons():
        found = anchored_timexes(text, find_timexes(text, REF))
    assert [(t.text, t.start_date.isoformat(), t.end_date.isoformat()) for t in found] == [
        ("That summer", "2012-12-01", "2013-02-28")]


def test_relative_expressions_need_a_reference_date() -> None:
    assert find_timexes("They marched on Monday and again yesterday, last week and in January.", None) == []
    # Absolute dates still resolve.
    assert one("Clashes on 3 May 1998.", None).start_date == dt.date(1998, 5, 3)


@pytest.mark.parametrize("text", [
    "Protesters may march again.",
    "Thousands march 5 km to the palace.",
    "Flight 1989 landed at noon.",
    "Some 2,000 people joined.",
    "He was 23 years old.",
    # A year-like number that counts heads.
    "A 2000 strong crowd filled the square.",
    "the 1900 asylum seekers in the camp protested",
])
def test_not_dates(text: str) -> None:
    assert find_timexes(text, REF) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_parser_never_crashes_and_spans_hold(text: str, ref: dt.date) -> None:
    for tx in find_timexes(text, ref):
        assert text[tx.start:tx.end] == tx.text
        assert tx.start_date <= tx.end_date
        assert tx.precision in ("day", "week", "month", "season", "year")


_EXPRESSIONS = ["yesterday", "on Monday", "last week", "last October", "the end of June", "mid-March",
                "early 2019", "in 1988", "two days ago", "last year", "on 12 June", "June 12, 2020",
                "in January", "the spring of 1976", "decades ago", "2020-02-29", "this weekend"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_EXPRESSIONS), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
       st.text(max_size=20), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_expressions_in_random_context(expr: str, left: str, right: str, ref: dt.date) -> None:
    text = f"{left} {expr} {right}"
    for tx in find_timexes(text, ref):
        assert text[tx.start:tx.end] == tx.text
        assert tx.start_date <= tx.end_date


# --- the stage, over a parse ------------------------------------------------------------------


def _events(nlp, text: str, triggers: list[str]):
    doc = nlp(text)
    events = []
    for word in triggers:
        tok = next(t for t in doc if t.text == word)
        events.append(Event(id=f"d:{len(events)}", event="PROTEST", mode="demo",
                            trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
                            sentence_start=tok.sent.start_char, sentence_end=tok.sent.end_char,
                            token_i=tok.i, sent_token_start=tok.sent.start, sent_token_end=tok.sent.end))
    return doc, events


def test_stage_text_context_and_published(nlp) -> None:
    text = ("Police arrested twelve students in Accra on Monday. They were released later.\n"
            "Teachers marched in Kumasi.\n"
            "In 1988, thousands were executed.")
    doc, events = _events(nlp, text, ["arrested", "released", "marched", "executed"])
    ctx = Context(doc_id="d", text=text, published=REF)
    arrested, released, marched, executed = attach_dates(doc, events, ctx)
    assert arrested.date is not None and arrested.date.origin == "text"
    assert arrested.date.text == "Monday" and arrested.date.start_date == dt.date(2021, 6, 14)
    assert text[arrested.date.start:arrested.date.end] == "Monday"
    # The next sentence of the paragraph continues the episode.
    assert released.date is not None and released.date.origin == "context"
    assert released.date.start is None and released.date.start_date == dt.date(2021, 6, 14)
    # A new paragraph with no date: a recent date from earlier is carried over.
    assert marched.date is not None and marched.date.origin == "context"
    # History keeps its own year.
    assert executed.date is not None and executed.date.start_date == dt.date(1988, 1, 1)
    assert executed.date.precision == "year"


def test_stage_falls_back_to_publication_then_none(nlp) -> None:
    text = "Teachers marched in Kumasi."
    doc, events = _events(nlp, text, ["marched"])
    (ev,) = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert ev.date is not None and ev.date.origin == "published" and ev.date.start_date == REF
    assert ev.date.precision == "day" and ev.date.text is None
    doc, events = _events(nlp, text, ["marched"])
    (ev,) = attach_dates(doc, events, Context(doc_id="d", text=text, published=None))
    assert ev.date is None


def test_stage_prefers_the_expression_attached_to_the_trigger(nlp) -> None:
    text = "Students who were arrested in 2019 marched again on Friday."
    doc, events = _events(nlp, text, ["marched"])
    (ev,) = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert ev.date is not None and ev.date.text == "Friday"


def test_stage_without_publication_date_uses_explicit_dates(nlp) -> None:
    text = "Farmers blocked roads. The blockade began on 3 March 1995 near the border."
    doc, events = _events(nlp, text, ["blocked"])
    (ev,) = attach_dates(doc, events, Context(doc_id="d", text=text, published=None))
    assert ev.date is not None and ev.date.origin == "context"
    assert ev.date.start_date == dt.date(1995, 3, 3)


def test_asserted_event_is_not_dated_after_its_report(nlp) -> None:
    text = "Workers struck on Tuesday against a reform the cabinet hopes to pass next year."
    doc, events = _events(nlp, text, ["struck"])
    (ev,) = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert ev.date is not None and ev.date.text == "Tuesday"
    text = "The union said the strike would bring the port to a halt next year."
    doc, events = _events(nlp, text, ["strike"])
    events[0].status = "future"
    (ev,) = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert ev.date is not None and ev.date.text == "next year"
    text = "Thousands marched against next year's budget cuts."
    doc, events = _events(nlp, text, ["marched"])
    (ev,) = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert ev.date is not None and ev.date.origin == "published"


def test_lower_case_march_is_no_month_in_edited_text() -> None:
    assert find_timexes("Until someone is held to account, the next march will end badly.", REF) == []
    # Lower-cased copy says nothing by case: a month it may be.
    assert [t.text for t in find_timexes("protests resumed in march 2022", REF)] == ["march 2022"]
    assert one("Farmers marched in March.").start_date == dt.date(2021, 3, 1)


def test_planned_event_takes_the_coming_weekday(nlp) -> None:
    text = "The union will strike on Friday."
    doc, events = _events(nlp, text, ["strike"])
    events[0].status = "future"
    (ev,) = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert ev.date is not None and ev.date.start_date == dt.date(2021, 6, 18)
    text = "The union struck on Friday."
    doc, events = _events(nlp, text, ["struck"])
    (ev,) = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert ev.date is not None and ev.date.start_date == dt.date(2021, 6, 11)


def test_record_yardstick_is_not_the_date(nlp) -> None:
    for text in ("Farmers held the biggest rally since 2004 in the capital.",
                 "It was the first strike since the new board took over in March.",
                 "Dockers staged the largest walkout so far this year."):
        doc, events = _events(nlp, text, [w for w in ("rally", "strike", "walkout") if w in text.split()
                                          or w + "." in text.split()][:1])
        (ev,) = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
        assert ev.date is not None and ev.date.origin == "published", text


def test_lead_takes_the_date_the_next_sentences_tell(nlp) -> None:
    text = ("Hundreds of nurses have rallied against the pay freeze. The protests began on "
            "Friday outside the health ministry.")
    doc, events = _events(nlp, text, ["rallied", "protests"])
    rallied, protests = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert protests.date is not None and protests.date.start_date == dt.date(2021, 6, 11)
    assert rallied.date is not None and rallied.date.origin == "context"
    assert rallied.date.start_date == dt.date(2021, 6, 11) and rallied.date.start is None
    # Background years later in the paragraph do not date the lead.
    text = "Hundreds of nurses have rallied against the pay freeze. Protests in 2009 won a raise."
    doc, events = _events(nlp, text, ["rallied", "Protests"])
    rallied, _ = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert rallied.date is not None and rallied.date.origin == "published"


def test_a_month_before_a_noun_is_a_month_only_when_it_names_an_episode() -> None:
    # Names and verbs: "the March for Our Lives", "the March organisers said", "the October
    # Revolution"; nor in lower-cased copy, where "the march rally" says nothing.
    for text in ("Thousands joined the March for Our Lives.", "The March organisers said so.",
                 "They celebrated the October Revolution.", "the may rally was calm",
                 "the august body met"):
        assert find_timexes(text, REF) == [], text
    assert find_timexes("Families of the October victims rallied.", None) == []


def test_a_plan_dates_neither_the_past_deeds_after_it_nor_backwards(nlp) -> None:
    text = ("The union has called a strike for Friday, a year after the May killings. "
            "The minister threatened to sack the strikers. They will also march to parliament.")
    doc, events = _events(nlp, text, ["strike", "threatened", "march"])
    events[0].status = "future"
    events[2].status = "future"
    strike, threat, march = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert strike.date is not None and strike.date.start_date == dt.date(2021, 6, 18)
    # The threat is not dated last Friday (the plan's weekday read backwards), nor in May
    # (what the plan recalls): it falls back to the day of the report.
    assert threat.date is not None and threat.date.origin == "published"
    # A planned event told after the plan takes the plan's day, forwards.
    assert march.date is not None and march.date.origin == "context"
    assert march.date.start_date == dt.date(2021, 6, 18)


def test_a_when_clause_under_a_conjunct_dates_the_first_verb(nlp) -> None:
    text = ("At least nine miners were killed and more than 40 injured when guards opened fire "
            "on the strikers on Monday.")
    doc, events = _events(nlp, text, ["killed", "opened"])
    killed, fired = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    assert fired.date is not None and killed.date is not None
    assert killed.date.origin == "text" and killed.date.start_date == fired.date.start_date


@pytest.mark.parametrize(("text", "phrase", "start", "end", "precision"), [
    # Counted from the date told before, keeping the coarser precision.
    ("Last November troops opened fire. Four days later they stormed the plant.",
     "Four days later", dt.date(2020, 11, 1), dt.date(2020, 11, 30), "month"),
    ("On 3 May 2019 police fired on the march. The following day they arrested 40.",
     "The following day", dt.date(2019, 5, 4), dt.date(2019, 5, 4), "day"),
    ("In March 1990 students marched. Two years later they marched again.",
     "Two years later", dt.date(1992, 1, 1), dt.date(1992, 12, 31), "year"),
])
def test_dates_counted_from_the_one_told_before(text, phrase, start, end, precision) -> None:
    found = find_timexes(text, REF)
    (tx,) = anchored_timexes(text, found)
    assert text[tx.start:tx.end] == tx.text == phrase
    assert (tx.start_date, tx.end_date, tx.precision) == (start, end, precision)


def test_a_counted_date_gives_way_to_one_stated_with_it() -> None:
    text = "In October 2003 troops fired. Two decades earlier, in the spring of 1985, miners marched."
    assert anchored_timexes(text, find_timexes(text, REF)) == []


def test_a_counted_date_dates_its_events(nlp) -> None:
    text = ("Last November soldiers opened fire on the growers.\n"
            "Four days later, security forces stormed a gas plant. Ten people were killed.")
    doc, events = _events(nlp, text, ["stormed", "killed"])
    stormed, killed = attach_dates(doc, events, Context(doc_id="d", text=text, published=REF))
    for ev in (stormed, killed):
        assert ev.date is not None and ev.date.start_date == dt.date(2020, 11, 1)
        assert ev.date.precision == "month"


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("Strikes ran from March to May 2019.", dt.date(2019, 3, 1), dt.date(2019, 5, 31), "month"),
    ("Sit-ins went on between November and February.", dt.date(2020, 11, 1), dt.date(2021, 2, 28),
     "month"),
    ("Marches were held in the first week of May.", dt.date(2021, 5, 1), dt.date(2021, 5, 7), "week"),
    ("It ended in the last week of June 2019.", dt.date(2019, 6, 24), dt.date(2019, 6, 30), "week"),
])
def test_ranges_of_months_and_weeks_of_a_month(text, start, end, precision) -> None:
    tx = one(text)
    assert (tx.start_date, tx.end_date, tx.precision) == (start, end, precision)


def test_the_present_is_not_dated_by_an_older_date_before_it(nlp) -> None:
    # "is under ...", "are shelling": the state of things at the report. "have shelled" and a
    # past tense still take the date of the sentence before.
    text = ("The siege of the valley began in 2016. The valley is under daily bombardment. "
            "Gunners are shelling the market. Gunners shelled the clinic.")
    doc, events = _events(nlp, text, ["bombardment", "shelling", "shelled"])
    attach_dates(doc, events, Context(doc_id="d", text=text, published=dt.date(2025, 11, 20)))
    now, ongoing, past = (ev.date for ev in events)
    assert now is not None and now.origin == "published" and now.start_date == dt.date(2025, 11, 20)
    assert ongoing is not None and ongoing.origin == "published"
    assert past is not None and past.origin == "context" and past.start_date == dt.date(2016, 1, 1)


NOV = dt.date(2024, 11, 20)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Five years ago this month, crowds marched.", "2019-11-01", "2019-11-30"),
    ("Twenty years ago, in March, troops fired.", "2004-03-01", "2004-03-31"),
    ("A year ago this week, police fired.", "2023-11-18", "2023-11-24"),
    ("Five years ago on 3 June they marched.", "2019-06-03", "2019-06-03"),
])
def test_years_ago_joined_to_a_part_of_the_year(text: str, start: str, end: str) -> None:
    (tx,) = find_timexes(text, NOV)
    assert (str(tx.start_date), str(tx.end_date)) == (start, end)


def test_years_ago_and_a_weekday_stay_apart() -> None:
    # A weekday five years back names no day: the two are read on their own.
    assert len(find_timexes("Five years ago on Sunday they marched.", NOV)) == 2


def test_an_age_in_tens_is_no_decade() -> None:
    assert find_timexes("a nurse in her late 40s was arrested", NOV) == []
    assert find_timexes("men in their 20s were held", NOV) == []
    assert [t.text for t in find_timexes("in the 90s troops fired", NOV)] == ["the 90s"]


def test_narrative_months_and_announced_months() -> None:
    from eventscribe.timex import forward_date, narrative_months

    text = "Troops came in the autumn of 2019. When they fired in mid-October, crowds fled. " \
           "Then in March they left."
    found = narrative_months(text, find_timexes(text, NOV))
    assert [str(t.start_date) for t in found] == ["2019-09-01", "2019-10-11", "2020-03-01"]
    (march,) = find_timexes("another march in March", NOV)
    assert forward_date(march, NOV) == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert forward_date(march, NOV, months=False) == (march.start_date, march.end_date)


def test_that_period_and_plural_sequels() -> None:
    text = "The junta seized power on 1 February 2021. Crowds marched that spring. Over the " \
           "following months soldiers shot hundreds. In the years that followed, more died."
    found = find_timexes(text, NOV)
    got = {t.text: (str(t.start_date), t.precision, t.vague) for t in anchored_timexes(text, found)}
    assert got["that spring"] == ("2021-03-01", "season", False)
    assert got["the following months"] == ("2021-03-01", "month", True)
    assert got["In the years that followed"][1:] == ("year", True)
    assert anchored_timexes("He said that day was hard.", find_timexes("He said that day was hard.", NOV)) == []


def _event(pipeline, text: str, trigger: str, published: str) -> dict:
    events = pipeline.extract_text(text, published=published).to_dict()["events"]
    return next(e for e in events if e["trigger"]["text"] == trigger)


def test_a_fronted_when_clause_dates_the_whole_sentence(pipeline):
    text = ("Three students died in 1981. When police shot dead 12 protesters in October 2020, "
            "the army first denied that its troops had been there, then admitted that they had "
            "fired blank rounds.")
    fired = _event(pipeline, text, "fired", "2023-03-03")
    assert fired["date"]["start_date"] == "2020-10-01"
    # Its subject: "they" are the troops of the army that denied, then admitted.
    assert [a["sector"] for a in fired["actors"] if a["role"] == "actor"] == ["MIL"]


def test_then_takes_the_time_just_told(pipeline):
    text = ("For anyone who stood in the square in Tbilisi on the night of April 9, 1989, the "
            "images of last week were familiar. Then, Soviet troops attacked a peaceful crowd, "
            "killing 21 people.")
    attack = _event(pipeline, text, "attacked", "2024-05-20")
    assert (attack["date"]["start_date"], attack["date"]["origin"]) == ("1989-04-09", "context")


def test_the_present_perfect_and_a_plan_beside_a_deed(pipeline):
    text = ("Last October, the prime minister threatened to ban the main opposition party. "
            "Students have vowed to strike until the law is withdrawn, and a general strike is "
            "planned for the end of June.")
    events = pipeline.extract_text(text, published="2024-05-20").to_dict()["events"]
    by = {e["trigger"]["text"]: e["date"] for e in events}
    assert by["threatened"]["start_date"] == "2023-10-01"
    # News told in the present perfect takes no older date; the plan's June is not the vow's.
    assert by["vowed"]["start_date"] == "2024-05-20"
    assert by["strike"]["start_date"] == "2024-06-21"


@pytest.mark.parametrize("text", ["66 people were killed on a single Friday",
                                  "they were killed one Sunday", "another Friday of protests"])
def test_some_weekday_is_no_date(text):
    assert find_timexes(text, dt.date(2024, 1, 10)) == []


_BLOCK = " ".join(f"Analysts said point {n} mattered." for n in range(9))


@pytest.mark.parametrize(("text", "trigger"), [
    # A page ticker dates nothing.
    ("Updated 14:32 GMT, 3 March 2023\n\nA judicial panel found that soldiers had shot at "
     "unarmed demonstrators.", "shot"),
    # A year that only names a thing sets no time after its sentence.
    ("He has quarrelled with Washington over its alleged complicity in a 2016 army coup. He "
     "launched an offensive against the Kurds.", "offensive"),
    # A page in one block carries a date a few sentences only.
    (f"Troops fired on protesters in March 2011. {_BLOCK} Police arrested 40 students.", "arrested"),
])
def test_only_the_publication_dates_it(pipeline, text, trigger):
    assert _event(pipeline, text, trigger, "2023-03-03")["date"]["origin"] == "published"


def test_a_date_a_sentence_before_carries(pipeline):
    text = "Troops fired on protesters in March 2011. Police arrested 40 students."
    assert _event(pipeline, text, "arrested", "2018-10-13")["date"]["start_date"] == "2011-03-01"


@pytest.mark.parametrize(("text", "start", "end"), [
    ("a strike at the end of the month", "2024-01-21", "2024-01-31"),
    ("talks early next year", "2025-01-01", "2025-04-30"),
    ("the end of last month", "2023-12-21", "2023-12-31"),
    ("in the middle of the month", "2024-01-11", "2024-01-20"),
    ("by the end of the year", "2024-09-01", "2024-12-31"),
])
def test_parts_of_this_and_other_months_and_years(text: str, start: str, end: str) -> None:
    tx = reanchor_parts(text, find_timexes(text, dt.date(2024, 1, 10)))[0]
    assert (tx.start_date.isoformat(), tx.end_date.isoformat()) == (start, end)


def test_the_end_of_the_month_just_told() -> None:
    text = "Protests began on 3 March 2019. By the end of the month, 40 were dead."
    found = reanchor_parts(text, find_timexes(text, dt.date(2024, 1, 10)))
    end = next(t for t in found if t.text == "the end of the month")
    assert (end.start_date, end.end_date) == (dt.date(2019, 3, 21), dt.date(2019, 3, 31))


def test_a_date_that_opens_a_coordinated_clause_dates_it(pipeline):
    text = ("In 1988 troops killed more than 100 miners after a strike in the north, and in "
            "June 2011 about 30 people, most of them police officers, died in clashes at "
            "Arequipa when police tried to clear a road.")
    clashes = _event(pipeline, text, "clashes", "2024-03-14")
    assert clashes["date"]["start_date"] == "2011-06-01"
    # A town after "clashes at" says where they were, not at whom.
    assert not [a for a in clashes["actors"] if a["text"] == "Arequipa"]


def test_a_month_in_the_stretch_just_told_and_after_a_bridge(pipeline):
    text = ("It is easy to forget how the spring and summer of 2019 began. In mid-March, a few "
            "thousand people gathered outside the palace, and police fired tear gas at them. "
            "More than 50 were arrested, the police said.\n\nThen came the railway. On April 19, "
            "police opened fire on residents who had blocked the line.")
    assert _event(pipeline, text, "gathered", "2025-08-02")["date"]["start_date"] == "2019-03-11"
    assert _event(pipeline, text, "opened", "2025-08-02")["date"]["start_date"] == "2019-04-19"


def test_what_could_still_happen_in_a_month_lies_ahead(pipeline):
    strike = _event(pipeline, "Unions say a general strike could follow in early September.",
                    "strike", "2025-08-02")
    assert strike["status"] == "hypothetical"
    assert strike["date"]["start_date"] == "2025-09-01"


def test_the_day_a_threat_was_made_is_not_read_forwards(pipeline):
    text = "The interior minister warned on Thursday that anyone who blocks a road will be arrested."
    blocks = _event(pipeline, text, "blocks", "2025-08-02")
    assert (blocks["status"], blocks["date"]["origin"]) == ("hypothetical", "published")
    # Nor is the day a strike was announced the strike's.
    strike = _event(pipeline, "The union said on Monday that nurses will strike.", "strike", "2025-11-03")
    assert strike["date"]["origin"] == "published"
    # ... nor does it take an older date told before.
    text = "Nurses walked out on October 12 over pay. The union said on Monday that nurses will strike again."
    assert _event(pipeline, text, "strike", "2025-11-03")["date"]["origin"] == "published"
    # A plan's own weekday still lies ahead.
    assert _event(pipeline, "Unions will march on Friday.", "march", "2025-08-02")["date"][
        "start_date"] == "2025-08-08"


def test_the_end_of_the_month_after_a_stretch_up_to_now_is_this_month() -> None:
    text = "Over the past few weeks nurses have staged a go-slow; doctors may strike at the end of the month."
    found = reanchor_parts(text, find_timexes(text, dt.date(2025, 7, 12)))
    end = next(t for t in found if t.text == "the end of the month")
    assert (end.start_date, end.end_date) == (dt.date(2025, 7, 21), dt.date(2025, 7, 31))


def test_a_part_of_a_year_long_thing_is_no_date() -> None:
    text = "At the start of the year-long campaign in 2019, police arrested 30 students."
    assert [t.text for t in find_timexes(text, dt.date(2024, 1, 10))] == ["2019"]


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    ("During the 2020-21 farm protests, thousands camped on the highways.", "2020-21",
     "2020-01-01", "2021-12-31"),
    ("Under military rule from 1973-1990, thousands were killed.", "1973-1990", "1973-01-01",
     "1990-12-31"),
    # Not spans: a range of heads, a share, a date with slashes.
    ("Some 2000-10,000 farmers marched to the capital on Monday.", "Monday", "2021-06-14",
     "2021-06-14"),
    ("by 2030 - 40 per cent of the land", "2030", "2030-01-01", "2030-12-31"),
    ("in 1987-89 thousands disappeared", "1987-89", "1987-01-01", "1989-12-31"),
    ("the 1999-2000 strikes", "1999-2000", "1999-01-01", "2000-12-31"),
])
def test_spans_of_years(text: str, span: str, start: str, end: str) -> None:
    tx = one(text)
    assert (tx.text, tx.start_date.isoformat(), tx.end_date.isoformat()) == (span, start, end)


def test_a_date_that_opens_the_sentence_dates_it_past_a_semicolon(pipeline):
    text = ("On January 26, 2021, a tractor rally turned violent; one farmer was killed, and over "
            "300 police personnel were injured, the police said.")
    assert _event(pipeline, text, "injured", "2025-11-03")["date"]["start_date"] == "2021-01-26"


def test_the_day_a_plan_is_set_for_is_no_deed_s(pipeline):
    text = ("The unions have called a general strike for November 15 and warned that they would "
            "block the highways if the government did not hold talks.")
    events = pipeline.extract_text(text, published="2025-11-03").to_dict()["events"]
    by = {e["trigger"]["text"]: e for e in events}
    assert by["strike"]["date"]["start_date"] == "2025-11-15"
    assert by["warned"]["date"]["start_date"] == "2025-11-03"
    # Talks not held under "if" are supposed, not denied.
    assert by["talks"]["status"] == "hypothetical"


def test_a_plan_after_a_semicolon_is_not_of_that_day_nor_a_noun_s_day_a_plan_s(pipeline):
    text = "On Sunday police fired tear gas at farmers; the union will hold a rally in the capital."
    assert _event(pipeline, text, "rally", "2025-11-03")["date"]["origin"] == "published"
    text = ("Worshippers gathered for Friday prayers marched to the embassy, and organisers said "
            "more protests could follow.")
    assert _event(pipeline, text, "marched", "2025-11-03")["date"]["start_date"] == "2025-10-31"


def test_the_weeks_that_followed_run_from_the_date_before() -> None:
    text = "Troops shot a student on 3 March 2020. In the three weeks that followed, dozens died."
    found = find_timexes(text, REF)
    (tx,) = anchored_timexes(text, found)
    assert (tx.start_date, tx.end_date, tx.precision) == (dt.date(2020, 3, 3), dt.date(2020, 3, 24), "month")

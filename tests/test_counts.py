"""Counts: the number parser and count finder (pure) and the counts stage (with the parse)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventscribe.arguments.counts import attach_counts, find_counts
from eventscribe.model import Context, Event, Span
from eventscribe.numbers import find_quantities, parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("2,300", 2300), ("twelve", 12), ("twenty-five", 25), ("two hundred and fifty", 250),
    ("1.5 million", 1_500_000), ("a thousand", 1000), ("dozens", 12), ("hundreds", 100),
    ("thousands", 2000), ("tens of thousands", 20_000), ("a dozen", 12), ("1000s", 1000),
    ("5 lakh", 500_000),
])
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "people", "2.5", "and"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def count_of(text: str, kind: str):
    found = [c for c in find_counts(text) if c.kind == kind]
    assert found, find_counts(text)
    q = found[0].quantity
    assert text[q.start:q.end] == q.text
    return q


@pytest.mark.parametrize(("text", "kind", "span", "value", "low", "high", "qualifier"), [
    ("Approximately 2,300 people marched.", "participants", "Approximately 2,300", 2300, None, None, "approx"),
    ("More than 40,000 protesters rallied.", "participants", "More than 40,000", 40000, 40000, None, "at_least"),
    ("At least eight people were killed.", "killed", "At least eight", 8, 8, None, "at_least"),
    ("Up to 200 people were detained.", "arrested", "Up to 200", 200, None, 200, "at_most"),
    ("Between 10 and 15 students were arrested.", "arrested", "Between 10 and 15", 10, 10, 15, "range"),
    ("Dozens of demonstrators were injured.", "injured", "Dozens", 12, None, None, "vague"),
    ("Hundreds were rounded up.", "arrested", "Hundreds", 100, None, None, "vague"),
    ("Tens of thousands of nurses marched.", "participants", "Tens of thousands", 20000, None, None, "vague"),
    ("A dozen miners were hurt.", "injured", "A dozen", 12, None, None, "vague"),
    ("few hundred pensioners marched", "participants", "few hundred", 200, None, None, "vague"),
    ("three miners, including a 15 year old boy, were killed", "killed", "three", 3, None, None, "exact"),
    ("a 62 year old farmer was killed", "killed", "a 62 year old farmer", 1, None, None, "exact"),
    ("The state hanged 12 men on Tuesday.", "killed", "12", 12, None, None, "exact"),
    ("several thousands of farmers rallied", "participants", "several thousands", 3000, None, None, "vague"),
    ("Soldiers opened fire, killing 12.", "killed", "12", 12, None, None, "exact"),
    ("Twelve people were killed.", "killed", "Twelve", 12, None, None, "exact"),
    ("The clashes left 12 dead.", "killed", "12", 12, None, None, "exact"),
    ("The death toll climbed to 15.", "killed", "15", 15, None, None, "exact"),
    ("Seven were wounded.", "injured", "Seven", 7, None, None, "exact"),
    ("Police arrested 40 activists.", "arrested", "40", 40, None, None, "exact"),
    ("Thousands of protesters blocked the bridge.", "participants", "Thousands", 2000, None, None, "vague"),
    ("A crowd of 5,000 gathered.", "participants", "5,000", 5000, None, None, "exact"),
    ("10,000 people marched to parliament.", "participants", "10,000", 10000, None, None, "exact"),
    ("The rally drew about 3,000.", "participants", "about 3,000", 3000, None, None, "approx"),
    ("No one was hurt.", "injured", "No one", 0, None, None, "exact"),
    ("police said two villagers were injured slightly", "injured", "two", 2, None, None, "exact"),
    ("tens of thousands of teachers marched in the capital today", "participants",
     "tens of thousands", 20000, None, None, "vague"),
    # Notes whose commas were stripped group thousands with spaces.
    ("more than 4 500 dock workers walked out", "participants", "more than 4 500", 4500, 4500,
     None, "at_least"),
    ("the cyclists, in their hundreds, rode to the town hall", "participants", "hundreds", 100,
     None, None, "vague"),
    ("tin miners walked to the capital by the thousands", "participants", "thousands", 2000,
     None, None, "vague"),
    ("about half a thousand nurses gathered at the gate", "participants", "about half a thousand",
     500, None, None, "vague"),
    ("organisers had hoped for 50,000, but about 3,000 marchers came", "participants",
     "about 3,000", 3000, None, None, "approx"),
    ("the marchers, estimated to number 8,000, reached the port", "participants", "8,000", 8000,
     None, None, "exact"),
    ("organisers put the turnout at 7,500", "participants", "7,500", 7500, None, None, "exact"),
    ("about 70 widows marched to the barracks", "participants", "about 70", 70, None, None,
     "approx"),
    # The nearest kind word before a number says what it counts, not one across a comma.
    ("The bomb killed 4, wounding 19.", "injured", "19", 19, None, None, "exact"),
    ("Officers detained 15, injured 40 and dispersed the rest.", "arrested", "15", 15, None,
     None, "exact"),
    # A crowd that its own verb names starts a new clause after "and".
    ("Police held two stewards, and roughly 600 people joined the march.",
     "participants", "roughly 600", 600, None, None, "approx"),
    # Numbered notes put a list marker before a vague plural.
    ("1 thousands of bakers rallied at the mill gates", "participants", "thousands", 2000,
     None, None, "vague"),
    ("the rally was 1,500 person strong", "participants", "1,500", 1500, None, None, "exact"),
    ("She was one of about 80 nurses who walked out.", "participants", "about 80", 80,
     None, None, "approx"),
    ("about 70 marchers were dispersed near the port", "participants", "about 70", 70, None,
     None, "approx"),
    # A people noun is what is counted; the verb after it says how.
    ("Three of the marchers were hurt.", "injured", "Three", 3, None, None, "exact"),
    # Crowds told by what brought them out, whom a protest is by, and what their figure reached.
    ("the rally that brought thousands of bakers to the streets", "participants", "thousands",
     2000, None, None, "vague"),
    ("a vigil that brought thousands to the streets of the port", "participants", "thousands",
     2000, None, None, "vague"),
    ("daily marches by thousands against the new tax", "participants", "thousands", 2000, None,
     None, "vague"),
    ("police will not act against thousands who continue to protest", "participants",
     "thousands", 2000, None, None, "vague"),
    ("organisers put the number of marchers on the first night at 12,000", "participants",
     "12,000", 12000, None, None, "exact"),
    ("crowds outside the assembly over the week reached about 8,000", "participants",
     "about 8,000", 8000, None, None, "approx"),
    ("thousands of nurses have taken to the streets since may", "participants", "thousands",
     2000, None, None, "vague"),
    ("hundreds of drivers hit the streets on monday", "participants", "hundreds", 100, None,
     None, "vague"),
    # What a participle clause after a comma did to others is not what the crowd suffered.
    ("troops fired amid tens of thousands of rioters, killing two", "participants",
     "tens of thousands", 20000, None, None, "vague"),
    ("troops fired amid tens of thousands of rioters, killing two", "killed", "two", 2, None,
     None, "exact"),
    # A date that ends in "year" is no unit of the number after it.
    ("and early this year dozens of students were detained", "arrested", "dozens", 12, None,
     None, "vague"),
    ("By the end of the year, nearly 500 protesters had been killed", "killed", "nearly 500",
     500, None, None, "approx"),
    # A toll feared is a toll; "-ing" words that start no participle clause.
    ("at least 30 people are feared dead", "killed", "at least 30", 30, 30, None, "at_least"),
    ("At least 15 people, following a night of clashes, were arrested", "arrested",
     "At least 15", 15, 15, None, "at_least"),
    ("Twelve protesters, during clashes with police, were killed", "killed", "Twelve", 12, None,
     None, "exact"),
    # An arrest risked is none made: the thousands are a crowd.
    ("thousands of parents risked arrest to march on the ministry", "participants", "thousands",
     2000, None, None, "vague"),
])
def test_counts(text: str, kind: str, span: str, value: int, low: int | None, high: int | None,
                qualifier: str) -> None:
    q = count_of(text, kind)
    assert (q.text, q.value, q.low, q.high, q.qualifier) == (span, value, low, high, qualifier)


def test_no_casualties_is_zero_killed_and_injured() -> None:
    kinds = {c.kind: c.quantity.value for c in find_counts("There were no casualties.")}
    assert kinds == {"killed": 0, "injured": 0}


@pytest.mark.parametrize("text", [
    "In 1988 the army was deployed.",
    "Protests began on 12 June.",
    "The march started at 10 am.",
    "They demanded $5 million.",
    "Turnout was 45 percent.",
    "Flight 17 was shot down.",
    "One of the protesters was arrested.",
    "Article 19 protects speech.",
    "The convoy drove 300 km.",
    "Thousands of soldiers were deployed.",
    # Organisations are not heads, and list markers are not counts.
    "the two largest transport unions called a strike",
    "more than 30 civic groups marched on the ministry",
    "the first day passed quietly; 2 the demonstrators returned on friday",
    "call 021 446 3310 for details",
    # Populations, workforces and memberships are not crowds.
    "a march in a country of 30 million people",
    "2.4 million residents of the port city went without water",
    "the port employs 900 dockers, who protested",
    "the union, which represents 12,000 bakers, marched",
    "turnout was low: 1.8 million voters took part in the poll",
    # Ages, clock times and age limits.
    "Ana Ruiz, 58, a retired nurse, joined the march.",
    "the rally started at 0900 gmt",
    "people over 65 marched to the town hall",
    # A number of protests is not a crowd.
    "organisers counted 3 separate rallies in the capital",
    "there were 4 candle-lit vigils on the bridge",
    "the square hosted 4 protest marches in may",
    # Plurals that end like people nouns but name things.
    "families marched over seven murders in the district",
    # A crowd hoped for.
    "the organisers had expected a million protesters",
    # People a protest affects, and things whose word ends like a people noun.
    "about 40,000 commuters were stranded by the rail strike",
    "the charter lists 20 amendments agreed with the unions",
    # People a measure is about, and people a place houses, are no crowd.
    "reporters marched against the dismissal of 120 journalists",
    "staff rallied over the sacking of 300 teachers",
    "police cleared the camp, which shelters about 1,800 people",
    # Animals culled are no toll.
    "farmers protested a plan to cull 8,000 deer",
    # Neither lives disrupted nor dead animals are a toll.
    "the closures hurt the lives of two million bus riders",
    "hundreds of sheep died in the heat",
    # A strike by organisations counts no heads; a figure an official brought up is no crowd.
    "a strike by three unions shut the port",
    "the minister brought 40 charges against the company",
    # A sum without its currency, and a plural that ends like a people noun after a preposition.
    "marched after officials had stolen over 30 million from state coffers",
    # A number of things, a deployment and a voter turnout are no crowd.
    "officials put the number of buses at 300",
    "the army put the size of its deployment at 10,000",
    "voter turnout reached 60 on sunday",
    "crowds of shoppers reached 5,000",
])
def test_not_counts(text: str) -> None:
    assert find_counts(text) == []


def test_ages_are_not_counts_but_one_person_is() -> None:
    found = find_counts("A 23-year-old man was arrested.")
    assert [(c.kind, c.quantity.text, c.quantity.value) for c in found] == [("arrested", "A 23-year-old man", 1)]


@pytest.mark.parametrize(("text", "kind", "span"), [
    ("A demonstrator died on Saturday.", "killed", "A demonstrator"),
    ("Police killed a man in the square.", "killed", "a man"),
    ("One protester was injured.", "injured", "One"),
    # One person named with "the" right before a passive verb.
    ("The student was shot dead near the gate.", "killed", "The student"),
    ("Witnesses say this boy was killed by a stray round.", "killed", "this boy"),
])
def test_one_person(text: str, kind: str, span: str) -> None:
    q = count_of(text, kind)
    assert (q.text, q.value) == (span, 1)


def test_a_rally_is_not_one_person() -> None:
    assert find_counts("A protester carried a flag to the rally.") == []
    assert find_counts("The students were arrested and the crowd was dispersed.") == []


def test_a_source_after_a_toll_is_not_a_victim() -> None:
    for text, toll in (("Three were stabbed to death, a police officer told reporters.", "Three"),
                       ("Two men were shot dead on Friday, said a police officer.", "Two")):
        found = find_counts(text)
        assert [(c.kind, c.quantity.text) for c in found] == [("killed", toll)], text


def test_lowercase_without_punctuation() -> None:
    text = "police killed 3 protesters and arrested at least 40 others in the capital on friday"
    got = {c.kind: (c.quantity.text, c.quantity.value) for c in find_counts(text)}
    assert got == {"killed": ("3", 3), "arrested": ("at least 40", 40)}


def test_two_guesses_the_second_open_are_a_range() -> None:
    (q,) = find_quantities("historians argue whether 75 or more than 200 people died")
    assert (q.text, q.value, q.low, q.high, q.qualifier) == ("75 or more than 200", 75, 75, 200, "range")
    # (after "and" or "to" they stay two counts)
    got = [(q.text, q.value) for q in find_quantities("killed 12 and over 30 injured")]
    assert got == [("12", 12), ("over 30", 30)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=100))
def test_finders_never_crash_and_spans_hold(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
    for c in find_counts(text, dt.date(2020, 1, 1)):
        q = c.quantity
        assert text[q.start:q.end] == q.text
        assert q.value >= 0


_NUMS = ["12", "2,300", "twelve", "dozens", "at least eight", "between 10 and 15", "up to 200",
         "tens of thousands", "a dozen", "more than 40,000", "no one"]
_TAILS = ["people were killed", "were injured", "protesters marched", "arrested", "dead", "", "years"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20), st.sampled_from(_NUMS), st.sampled_from(_TAILS), st.text(max_size=20))
def test_numbers_in_random_context(left: str, num: str, tail: str, right: str) -> None:
    text = f"{left} {num} {tail} {right}"
    for c in find_counts(text):
        q = c.quantity
        assert text[q.start:q.end] == q.text
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


# --- the stage ----------------------------------------------------------------------------


def _event(doc, word: str, event: str, mode: str | None) -> Event:
    tok = next(t for t in doc if t.text == word)
    return Event(id=f"d:{tok.i}", event=event, mode=mode,
                 trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
                 sentence_start=tok.sent.start_char, sentence_end=tok.sent.end_char, token_i=tok.i,
                 sent_token_start=tok.sent.start, sent_token_end=tok.sent.end)


def test_stage_attaches_by_kind(nlp) -> None:
    text = ("About 5,000 teachers marched in Nairobi, and police arrested 40 of them. "
            "Soldiers opened fire on a crowd in Mombasa. The death toll climbed to 15.")
    doc = nlp(text)
    march = _event(doc, "marched", "PROTEST", "demo")
    arrest = _event(doc, "arrested", "COERCE", "arrest")
    fire = _event(doc, "fire", "ASSAULT", "firearms")
    attach_counts(doc, [march, arrest, fire], Context(doc_id="d", text=text, published=None))
    assert march.counts["participants"].value == 5000
    assert march.counts["participants"].qualifier == "approx"
    assert "arrested" not in march.counts
    assert arrest.counts["arrested"].value == 40
    # The policing of a protest carries its crowd (ACLED: one protest-with-intervention event),
    # given once ACLED types are known (``share_crowd_sizes``), not by this stage.
    assert "participants" not in arrest.counts
    toll = fire.counts["killed"]
    assert (toll.text, toll.value) == ("15", 15)
    assert text[toll.start:toll.end] == "15"


def test_stage_a_vague_toll_gives_way_to_a_precise_one(nlp) -> None:
    text = "In 1983 the army killed thousands of villagers; estimates range from 10,000 to 20,000 deaths."
    doc = nlp(text)
    killed = _event(doc, "killed", "ASSAULT", None)
    attach_counts(doc, [killed], Context(doc_id="d", text=text, published=None))
    toll = killed.counts["killed"]
    assert (toll.value, toll.low, toll.high, toll.qualifier) == (10000, 10000, 20000, "range")


def test_stage_part_of_a_toll_refines_nothing(nlp) -> None:
    text = "Gunmen killed dozens of villagers on Sunday; 20 of the dead were women."
    doc = nlp(text)
    killed = _event(doc, "killed", "ASSAULT", None)
    attach_counts(doc, [killed], Context(doc_id="d", text=text, published=None))
    assert killed.counts["killed"].text == "dozens"


def test_stage_arrests_outside_protests_take_no_crowd(nlp) -> None:
    text = "About 5,000 fans watched the final. Police arrested 40 people in the city."
    doc = nlp(text)
    arrest = _event(doc, "arrested", "COERCE", "arrest")
    attach_counts(doc, [arrest], Context(doc_id="d", text=text, published=None))
    assert arrest.counts["arrested"].value == 40
    assert "participants" not in arrest.counts


def test_stage_shares_crowd_size_within_paragraph(nlp) -> None:
    text = "Students protested against fees. Some 3,000 took part, organisers said."
    doc = nlp(text)
    ev = _event(doc, "protested", "PROTEST", "demo")
    attach_counts(doc, [ev], Context(doc_id="d", text=text, published=None))
    assert ev.counts["participants"].value == 3000


def test_stage_toll_goes_with_the_force_that_caused_it(nlp) -> None:
    from eventscribe.model import Actor

    def police(ev: Event, doc) -> Event:
        tok = next(t for t in doc if t.text == "police")
        ev.actors.append(Actor(text="police", start=tok.idx, end=tok.idx + 6, role="actor",
                               name="police", sector="COP"))
        return ev

    text = "Two students died when police opened fire on the march."
    doc = nlp(text)
    died = _event(doc, "died", "ASSAULT", None)
    fire = police(_event(doc, "fire", "ASSAULT", "firearms"), doc)
    attach_counts(doc, [died, fire], Context(doc_id="d", text=text, published=None))
    assert died.counts["killed"].value == 2 and fire.counts["killed"].value == 2
    assert fire.counts["killed"] is not died.counts["killed"]
    # Whoever the attacker: the ambush carries its toll.
    text = "Two students died when gunmen opened fire on the march."
    doc = nlp(text)
    died = _event(doc, "died", "ASSAULT", None)
    fire = _event(doc, "fire", "ASSAULT", "firearms")
    tok = next(t for t in doc if t.text == "gunmen")
    fire.actors.append(Actor(text="gunmen", start=tok.idx, end=tok.idx + 6, role="actor",
                             name="gunmen", sector="REB"))
    attach_counts(doc, [died, fire], Context(doc_id="d", text=text, published=None))
    assert died.counts["killed"].value == 2 and fire.counts["killed"].value == 2
    # An attack with no named attacker is not told apart from the victims' verb: no copy.
    text = "Two students died when shots were fired at the march."
    doc = nlp(text)
    died = _event(doc, "died", "ASSAULT", None)
    fire = _event(doc, "fired", "ASSAULT", "firearms")
    attach_counts(doc, [died, fire], Context(doc_id="d", text=text, published=None))
    assert len([e for e in (died, fire) if "killed" in e.counts]) == 1


_SENTENCES = ["Police killed {n} people {d}.", "{n} protesters marched {d}.", "Officers arrested {n} students {d}.",
              "{d}, {n} were injured.", "The death toll rose to {n} {d}."]
_DATES = ["yesterday", "on Monday", "on 12 June 2020", "last week", "in 1988", "two days ago", ""]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_SENTENCES), st.sampled_from(_NUMS[:-1]), st.sampled_from(_DATES),
       st.text(alphabet="abc XYZ,.\n", max_size=25), st.booleans())
def test_stages_keep_spans_exact(nlp, sentence: str, num: str, date: str, noise: str, lower: bool) -> None:
    from eventscribe.arguments.dates import attach_dates
    from eventscribe.arguments.modality import attach_modality

    text = f"{noise} {sentence.format(n=num, d=date)} {noise}"
    if lower:
        text = text.lower()
    doc = nlp(text)
    events = [_event(doc, tok.text, "ASSAULT", None) for tok in doc if tok.pos_ == "VERB"][:3]
    ctx = Context(doc_id="d", text=text, published=dt.date(2021, 6, 16))
    for ev in attach_counts(doc, attach_dates(doc, attach_modality(doc, events, ctx), ctx), ctx):
        for span in [ev.attribution, *ev.counts.values()]:
            if span is not None:
                assert text[span.start:span.end] == span.text
        if ev.date is not None:
            assert ev.date.start_date <= ev.date.end_date
            if ev.date.start is not None:
                assert text[ev.date.start:ev.date.end] == ev.date.text


def test_stage_count_goes_to_the_event_of_its_own_clause(nlp) -> None:
    text = "A shop was set on fire and a 17-year-old boy perished in the police firing."
    doc = nlp(text)
    fire = _event(doc, "set", "ASSAULT", "destroy")
    firing = _event(doc, "firing", "ASSAULT", "firearms")
    attach_counts(doc, [fire, firing], Context(doc_id="d", text=text, published=None))
    assert firing.counts["killed"].text == "a 17-year-old boy"
    assert "killed" not in fire.counts


def test_stage_crowd_size_stays_in_its_town(nlp) -> None:
    from eventscribe.model import Place

    def at(ev: Event, name: str) -> Event:
        ev.location = Place(text=name, start=0, end=0, name=name, admin1=None, country="NGA",
                            lat=None, lon=None, geonameid=None, precision=1)
        return ev

    text = "About 5,000 traders marched in Lagos. In Abuja, students rallied outside the assembly."
    doc = nlp(text)
    lagos = at(_event(doc, "marched", "PROTEST", "demo"), "Lagos")
    abuja = at(_event(doc, "rallied", "PROTEST", "demo"), "Abuja")
    attach_counts(doc, [lagos, abuja], Context(doc_id="d", text=text, published=None))
    assert lagos.counts["participants"].value == 5000
    assert "participants" not in abuja.counts


def test_stage_crowd_size_from_the_subject_of_a_protest(nlp) -> None:
    # The parse says who the crowd is, whatever the counted noun: the subject of the protest
    # verb, the noun a protest clause describes, and "by" of a protest noun.
    cases = [
        ("The roughly 300 beekeepers who staged a demonstration left at dusk.", "demonstration",
         "roughly 300"),
        ("Riot police faced hundreds of cabbies who protested at the airport.", "protested",
         "hundreds"),
        ("There was a march on Sunday by several hundred nurses in Kisumu.", "march",
         "several hundred"),
        ("More than 2,000 police officers demanded overtime pay in Oslo.", "demanded",
         "More than 2,000"),
    ]
    for text, trigger, span in cases:
        doc = nlp(text)
        ev = _event(doc, trigger, "PROTEST", "demo")
        attach_counts(doc, [ev], Context(doc_id="d", text=text, published=None))
        assert ev.counts["participants"].text == span, text


def test_stage_precise_figure_refines_a_vague_crowd(nlp) -> None:
    from eventscribe.model import When

    text = ("Thousands of farmers rallied on Friday against the grain tariffs. Some 14,000 "
            "people gathered outside the ministry.")
    doc = nlp(text)
    rallied = _event(doc, "rallied", "PROTEST", "demo")
    gathered = _event(doc, "gathered", "PROTEST", "demo")
    attach_counts(doc, [rallied, gathered], Context(doc_id="d", text=text, published=None))
    assert rallied.counts["participants"].text == "Some 14,000"
    # A figure of another day does not refine it.
    text = ("Thousands of farmers rallied on Friday against the grain tariffs. In 2011 about "
            "50,000 marched against the same tariffs.")
    doc = nlp(text)
    rallied = _event(doc, "rallied", "PROTEST", "demo")
    again = _event(doc, "marched", "PROTEST", "demo")
    day = dt.date(2012, 3, 2)
    rallied.date = When(text="Friday", start=33, end=39, start_date=day, end_date=day,
                        precision="day", origin="text")
    again.date = When(text="2011", start=69, end=73, start_date=dt.date(2011, 1, 1),
                      end_date=dt.date(2011, 12, 31), precision="year", origin="text")
    attach_counts(doc, [rallied, again], Context(doc_id="d", text=text, published=None))
    assert again.counts["participants"].text == "about 50,000"
    assert rallied.counts["participants"].text == "Thousands"


def test_stage_toll_a_protest_is_about_is_not_its_toll(nlp) -> None:
    text = "Hundreds of miners went on strike to protest the deaths of four colleagues."
    doc = nlp(text)
    strike = _event(doc, "strike", "PROTEST", "strike")
    protest = _event(doc, "protest", "PROTEST", "demo")
    attach_counts(doc, [strike, protest], Context(doc_id="d", text=text, published=None))
    assert "killed" not in strike.counts and "killed" not in protest.counts
    text = "The march left four people dead."
    doc = nlp(text)
    march = _event(doc, "march", "PROTEST", "demo")
    attach_counts(doc, [march], Context(doc_id="d", text=text, published=None))
    assert march.counts["killed"].value == 4


def test_some_of_those_held_is_no_crowd() -> None:
    # "held" is also a crowd's verb ("held a rally"); some of a group told before is no crowd.
    found = find_counts("Several of those held said the cells were cold.")
    assert [c.kind for c in found] == []


def test_what_a_crowd_came_from_is_not_the_crowd() -> None:
    found = find_counts("dozens of nurses from three clinics in the south marched")
    assert [(c.kind, c.quantity.text) for c in found] == [("participants", "dozens")]


def test_stage_a_verb_stated_crowd_replaces_a_noun_stated_group(nlp) -> None:
    # "three lecturers" is a group only a noun counts; the crowd a verb states is the size.
    text = ("Three lecturers walked at the head of the march in Accra. Organisers put the "
            "turnout at about 450.")
    doc = nlp(text)
    march = _event(doc, "march", "PROTEST", "demo")
    attach_counts(doc, [march], Context(doc_id="d", text=text, published=None))
    assert march.counts["participants"].text == "about 450"


def test_a_death_a_protest_denounces_is_not_its_toll(pipeline) -> None:
    cases = [
        ("Villagers blocked the highway for hours to condemn the killing of a farmer.",
         "blocked"),
        ("Nurses rallied outside the court, seeking justice for a student who died in a cell.",
         "rallied"),
        ("The death of a miner sparked two days of rallies in the valley.", "rallies"),
    ]
    for text, trigger in cases:
        events = pipeline.extract_text(text, published="2021-04-06").to_dict()["events"]
        protest = next(e for e in events if e["trigger"]["text"] == trigger)
        assert protest["plover"]["event"] == "PROTEST"
        assert "killed" not in protest["counts"], text


def test_stage_a_small_group_gives_way_to_a_crowd(nlp):
    text = "About 30 drivers blocked the main road on Monday. By noon the crowd had grown to 400."
    doc = nlp(text)
    blocked = _event(doc, "blocked", "PROTEST", "obstruct")
    attach_counts(doc, [blocked], Context(doc_id="d", text=text, published=None))
    assert blocked.counts["participants"].text == "400"
    # A crowd is not replaced by a later small group.
    text = "About 400 drivers blocked the main road on Monday. Some 30 stayed overnight."
    doc = nlp(text)
    blocked = _event(doc, "blocked", "PROTEST", "obstruct")
    attach_counts(doc, [blocked], Context(doc_id="d", text=text, published=None))
    assert blocked.counts["participants"].text == "About 400"


@pytest.mark.parametrize(("text", "value"), [
    ("twenty five", 25), ("thirty two", 32), ("two hundred fifty", 250), ("ninety nine", 99),
])
def test_number_words_without_hyphens(text: str, value: int) -> None:
    # Lower-cased notes drop hyphens: "twenty five" is one number, not 20 and 5.
    found = find_quantities(f"the {text} teachers")
    assert [(q.text, q.value) for q in found] == [(text, value)]


@pytest.mark.parametrize(("text", "expected"), [
    # The numbers of a list breaking down a counted group are part of it.
    ("Police arrested 40 people, including 12 students and three teachers, at the rally.",
     [("arrested", "40")]),
    ("Several people, including four pupils and two reporters, were hurt.",
     [("injured", "Several")]),
    # A verb ends the list: the 30 are counted on their own, by the passive after them.
    ("11 marchers, including five students, were arrested and 30 were injured.",
     [("arrested", "11"), ("injured", "30")]),
    # A part of a group counted later is no count of its own.
    ("Three councillors were among 40 people arrested at the sit-in.", [("arrested", "40")]),
    # (only within its sentence: the crowd of a sentence before is a crowd)
    ("Thousands marched on Sunday. The mayor was among dozens of officials arrested.",
     [("participants", "Thousands"), ("arrested", "dozens")]),
    # A number in a name before a comma does not count the people after the comma.
    ("The rail project, known as Lisbon 21, residents say, must stop.", []),
    # Rallies held in many cities are not people held, nor are the places of protests held.
    ("Vigils were held in a number of market towns.", []),
    ("Miners held sit-ins at two shafts.", []),
    ("Police held at least 40 students overnight.", [("arrested", "at least 40")]),
])
def test_counts_in_lists_and_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.kind, c.quantity.text) for c in find_counts(text)] == expected


@pytest.mark.parametrize(("text", "kind", "span"), [
    ("Soldiers gunned down a number of marchers.", "killed", "a number of"),
])
def test_a_number_of_is_a_vague_count(text: str, kind: str, span: str) -> None:
    q = count_of(text, kind)
    assert (q.text, q.value, q.qualifier) == (span, 3, "vague")


@pytest.mark.parametrize(("text", "trigger", "kind", "span"), [
    ("student leader tomas berg was killed on friday during the march.", "killed", "killed",
     "student leader tomas berg"),
    ("He was shot dead by police as the rally ended.", "shot", "killed", "He"),
    ("Activist Mira Osei was arrested at the picket line.", "arrested", "arrested",
     "Activist Mira Osei"),
])
def test_one_named_person_as_a_passive_subject(pipeline, text: str, trigger: str, kind: str,
                                               span: str) -> None:
    events = pipeline.extract_text(text, published="2021-04-06").to_dict()["events"]
    ev = next(e for e in events if e["trigger"]["text"] == trigger)
    count = ev["counts"][kind]
    assert (count["text"], count["value"]) == (span, 1)
    assert text[count["start"]:count["end"]] == span


@pytest.mark.parametrize("text", [
    "Marchers shouted that Lee should be locked up.",
    "She was not arrested, her lawyer said.",
    "The building was destroyed.",
    # Two people, and a sense of "treated" that is no injury.
    "Lena and Omar Haddad were detained at the border crossing.",
    "The mayor said she was treated unfairly after rioters attacked the council offices.",
])
def test_no_named_victim(pipeline, text: str) -> None:
    events = pipeline.extract_text(text, published="2021-04-06").to_dict()["events"]
    assert not any(set(e["counts"]) & {"killed", "injured", "arrested"} and
                   any(c["value"] == 1 for c in e["counts"].values()) for e in events), events


def test_stage_crowd_size_on_a_compound_subject(nlp) -> None:
    # A parse that hangs the number on a compound word of the subject ("9,000 -> banner ->
    # carrying -> marched"), as the small model does with long participle chains.
    from spacy.tokens import Doc

    words = ["about", "9,000", "banner", "carrying", ",", "whistle", "blowing", "dockers",
             "affiliated", "with", "the", "national", "union", "marched", "today", "."]
    heads = [1, 2, 3, 13, 3, 3, 5, 6, 7, 8, 12, 12, 9, 13, 13, 13]
    deps = ["advmod", "nummod", "compound", "nsubj", "punct", "conj", "xcomp", "advmod", "acl",
            "prep", "det", "amod", "pobj", "ROOT", "npadvmod", "punct"]
    pos = ["ADV", "NUM", "NOUN", "NOUN", "PUNCT", "VERB", "VERB", "ADV", "VERB", "ADP", "DET",
           "ADJ", "NOUN", "VERB", "NOUN", "PUNCT"]
    spaces = [True, True, True, False] + [True] * 10 + [False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * 15)
    marched = _event(doc, "marched", "PROTEST", "demo")
    attach_counts(doc, [marched], Context(doc_id="d", text=doc.text, published=None))
    assert marched.counts["participants"].text == "about 9,000"


def _crowds(nlp, text: str, *triggers: str) -> list[str | None]:
    """The crowd size each protest trigger gets from the counts stage."""
    doc = nlp(text)
    events = [_event(doc, t, "PROTEST", "demo") for t in triggers]
    attach_counts(doc, events, Context(doc_id="d", text=text, published=None))
    return [e.counts["participants"].text if "participants" in e.counts else None for e in events]


def test_stage_a_small_group_gives_way_to_the_crowd_of_another_mention(nlp) -> None:
    # The march's own number is two leaders; the crowd is told with the rally of the same
    # town, and an unsized mention takes the crowd rather than the two.
    text = ("Two union leaders headed the march in Kumasi on Monday, and the rally that followed "
            "drew some 3,000 marchers. The protest ended at dusk.")
    assert _crowds(nlp, text, "march", "rally", "protest") == ["some 3,000"] * 3


def test_crowd_estimated_at_a_maximum() -> None:
    q = count_of("The number of marchers was estimated at maximum 800.", "participants")
    assert (q.text, q.value, q.qualifier) == ("maximum 800", 800, "at_most")


def test_stage_crowd_in_a_relative_clause_of_the_protest(pipeline) -> None:
    # Officers are no crowd elsewhere; the subject of a clause describing the protest is.
    text = "The rally, in which more than 1,500 officers demanded higher pay, ended at noon."
    events = pipeline.extract_text(text, published="2021-04-06").to_dict()["events"]
    rally = next(e for e in events if e["trigger"]["text"] == "rally")
    assert rally["counts"]["participants"]["text"] == "more than 1,500"


def test_stage_of_two_estimates_the_first_stays(nlp) -> None:
    text = "Police counted 6,000 marchers in Tartu, but organisers put the turnout at 15,000."
    assert _crowds(nlp, text, "marchers") == ["6,000"]


def test_stage_a_narrower_vague_crowd_refines_a_wider_one(nlp) -> None:
    # A headline's "thousands" and the body's "tens of thousands" are one crowd.
    text = "Thousands rally in Sofia over power prices: tens of thousands of pensioners marched on Sunday."
    assert _crowds(nlp, text, "rally", "marched")[0] == "tens of thousands"
    # A vaguer word does not replace a narrower one.
    text = "Tens of thousands of pensioners marched in Sofia on Sunday; thousands rallied in the square."
    assert _crowds(nlp, text, "marched", "rallied")[0] == "Tens of thousands"


def test_an_event_acled_codes_as_a_protest_carries_its_crowd(nlp) -> None:
    from eventscribe.arguments.counts import share_crowd_sizes
    from eventscribe.model import Acled

    text = ("Police fired tear gas in Accra on Monday. About 400 students had marched to the "
            "ministry.\nIn Kumasi, police arrested a trader.")
    doc = nlp(text)
    fired = _event(doc, "fired", "ASSAULT", None)
    marched = _event(doc, "marched", "PROTEST", "demo")
    arrested = _event(doc, "arrested", "COERCE", "arrest")
    attach_counts(doc, [fired, marched, arrested], Context(doc_id="d", text=text, published=None))
    fired.counts.pop("participants", None)
    fired.acled = Acled(event_type="Protests", sub_event_type="Protest with intervention")
    arrested.acled = Acled(event_type="Protests", sub_event_type="Protest with intervention")
    share_crowd_sizes(doc, [fired, marched, arrested])
    assert fired.counts["participants"].text == "About 400"
    # Another paragraph is another episode.
    assert "participants" not in arrested.counts


def test_a_threat_has_no_toll(pipeline) -> None:
    text = "The union boss was charged with threatening to kill a rival trader."
    events = pipeline.extract_text(text, published="2021-04-06").to_dict()["events"]
    assert not any("killed" in e["counts"] for e in events), events


def test_a_killing_that_set_off_riots_is_not_the_toll_of_quelling_them(pipeline) -> None:
    text = "Police moved in to quell riots triggered by the killing of a taxi driver."
    events = pipeline.extract_text(text, published="2021-04-06").to_dict()["events"]
    quell = next(e for e in events if e["trigger"]["text"] == "quell")
    assert "killed" not in quell["counts"]


@pytest.mark.parametrize("text", [
    # A kind word before a comma does not count the number after it.
    "right after the killing, several hundred students went on the rampage",
    # Organisations named "bodies" are not the dead.
    "30 delegates of unions, student bodies and churches met",
])
def test_not_a_toll(text: str) -> None:
    assert [c.kind for c in find_counts(text)] == ["participants"]


def test_an_age_in_notes_with_loose_commas_is_no_count() -> None:
    text = "they marched over the death of maria anders 30 , a nurse who was shot dead at home"
    assert [c.quantity.value for c in find_counts(text)] == [1]


def test_a_people_numbering_millions_is_no_crowd() -> None:
    text = "The Tamils, numbering more than 3 million, marched for a state of their own."
    assert [c.kind for c in find_counts(text)] == []
    # A crowd numbered in thousands still is one.
    assert count_of("Protesters numbering about 5,000 marched on Sunday.", "participants").value == 5000


def test_several_million_is_one_figure() -> None:
    q = count_of("A war that ended in 2003 killed several million people.", "killed")
    assert (q.text, q.value, q.qualifier) == ("several million", 3_000_000, "vague")


@pytest.mark.parametrize(("text", "trigger"), [
    # "strikes" of war do not make a killing the policing of a crowd told nearby.
    ("Relief agencies said on Monday that supplies were cut off in four towns, with more than "
     "2 million people displaced. Thousands have died since 2015. In the western valley, at "
     "least 70 villagers were killed in government air strikes last week.", "killed"),
    # Protests years apart are two episodes.
    ("Student protests in 1956 drew 3,000 people to the square. Repression returned and set "
     "off a new uprising in 1961.", "uprising"),
    # The month March is no protest context.
    ("Guards were posted after a handful of men were seen near the base. The knife attack in "
     "Dorchester in March alarmed the town.", "attack"),
])
def test_no_crowd_size_from_another_episode_or_another_sense(pipeline, text, trigger) -> None:
    events = pipeline.extract_text(text, published="2018-04-06").to_dict()["events"]
    event = next(e for e in events if e["trigger"]["text"] == trigger)
    assert "participants" not in event["counts"]


def test_a_crowd_after_of_the_estimated() -> None:
    found = find_counts("Police held 14 of the estimated 300 dockers who marched on the port.")
    assert [(c.kind, c.quantity.text) for c in found] == [("arrested", "14"),
                                                           ("participants", "estimated 300")]
    assert find_counts("Section 5 of the 1998 charter bans strikes.") == []


def test_items_of_a_numbered_list_are_not_counts() -> None:
    text = "1 as the verdict was read, crowds gathered outside. ; 2 protesters in two towns burned tyres"
    assert find_counts(text) == []
    # The same number after a semicolon, with no list before it, still counts.
    found = find_counts("troops arrested 40 ; 12 protesters were hurt")
    assert [(c.kind, c.quantity.value) for c in found] == [("arrested", 40), ("injured", 12)]


def test_money_and_memberships_are_no_crowds() -> None:
    assert find_counts("the inquiry cost millions of taxpayers money, marchers said") == []
    assert find_counts("The congress has 4 million members and called a strike.") == []
    found = find_counts("A rally of 4,000 members marched on the ministry.")
    assert [(c.kind, c.quantity.value) for c in found] == [("participants", 4000)]


@pytest.mark.parametrize(("text", "crowd"), [
    # What police do to a crowd counts no crowd; police who march are one.
    ("About 400 police surrounded the square where students protested.", None),
    ("Hundreds of soldiers blocked the road to the rally.", None),
    ("Some 500 off-duty police officers demonstrated outside the ministry.", "Some 500"),
    # People something was done to are no crowd, unless the noun says crowd.
    ("At the protest, several nurses were taken by truck to the police station.", None),
    ("At a protest on Tuesday, they said more than 3,000 people have been evicted this year.", None),
    ("About 50 demonstrators were dispersed on the main avenue.", "About 50"),
    ("Thousands of students were joined by workers in the march.", "Thousands"),
    # "put at" after the crowd, in a relative clause.
    ("Police charged a crowd that organisers put at more than 50,000.", "more than 50,000"),
])
def test_crowds_of_police_and_people_done_to(text: str, crowd: str | None) -> None:
    found = [c.quantity.text for c in find_counts(text) if c.kind == "participants"]
    assert found == ([crowd] if crowd else [])

"""Annotate: the text the parser reads (texts written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventscribe.annotate import parse_text


@pytest.mark.parametrize(("text", "expected"), [
    ("the country s army", "the country's army"),
    ("police didn t fire and we re told they won t", "police didn't fire and we're told they won't"),
    ("i m sure they ve left", "i'm sure they've left"),
    ("bogota s.", "bogota's."),
    # Not a possessive: an initial, a plural of figures, a town that lost an accented letter.
    ("the u s embassy", "the u s embassy"),
    ("the 1980 s", "the 1980 s"),
    ("protests in s o paulo", "protests in s o paulo"),
    ("President Harry S Truman", "President Harry S Truman"),
    ("the re election", "the re election"),
    # Only lower-case letters that end a word: not "re-", "T-shirts", initials.
    ("They re-elected him", "They re-elected him"),
    ("fans won T-shirts", "fans won T-shirts"),
    ("the architect I M Pei", "the architect I M Pei"),
    # A lone "s" before a lone letter is a name that lost an accented letter ...
    ("thousands marched through s o paulo", "thousands marched through s o paulo"),
    ("in central s o paulo", "in central s o paulo"),
    # ... but "it s a" is still "it's a".
    ("it s a shame", "it's a shame"),
])
def test_lost_apostrophes_are_put_back(text: str, expected: str) -> None:
    assert parse_text(text) == expected


@given(st.text(alphabet=st.sampled_from(list("abdinorst '.,\n")), max_size=60))
def test_parse_text_keeps_every_offset(text: str) -> None:
    out = parse_text(text)
    assert len(out) == len(text)
    # Only spaces become apostrophes; every other character stays where it was.
    assert all(a == b or (a == " " and b == "'") for a, b in zip(text, out, strict=True))


def test_spans_quote_the_original_text(pipeline) -> None:
    text = ("police didn t arrest anyone at the country s parliament in lagos on monday, but "
            "the governor s guards beat two protesters, witnesses said.")
    result = pipeline.extract({"id": "a", "text": text, "published": "2019-06-03"})
    events = result.events
    assert events
    for ev in events:
        for span in [ev.trigger, ev.location, ev.date, ev.attribution, *ev.actors, *ev.counts.values()]:
            if span is not None and span.start is not None:
                assert span.text == text[span.start:span.end]
    arrests = [e for e in events if e.event == "COERCE" and e.mode == "arrest"]
    assert arrests and all(e.status == "negated" for e in arrests)


def test_actor_names_quote_the_original_text(pipeline) -> None:
    text = "Police beat the region s Uighurs in Urumqi on Monday."
    result = pipeline.extract({"id": "a", "text": text, "published": "2019-06-03"})
    names = [a.name for e in result.events for a in e.actors]
    assert names and not any("'" in n for n in names)

"""Property: for any input text, every span the pipeline emits points at its own text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscribe.schema import validate_output

FRAGMENTS = [
    "Police fired tear gas at about 2,000 protesters in Nairobi on Monday, witnesses said.",
    "More than 40 people were reportedly killed when soldiers opened fire in Mandalay last week.",
    "The army denied that troops shot at demonstrators.",
    "Rebels will attack the base if talks fail, a commander warned.",
    "Hundreds of students marched in the capital at the end of June.",
    "Riot police arrested at least eight activists, according to Amnesty International.",
    "Delegations met in Geneva to discuss a ceasefire.",
    "🙂 naïve café — “quoted” text ",
    "\n\n",
    "Home > World > Africa | 12 March 2020",
    "un  espace  double\ttab ",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), min_size=1, max_size=8),
    published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_spans_match_text_for_random_documents(pipeline, parts: list[str], published: str | None) -> None:
    text = " ".join(parts)
    if not text.strip():
        return
    result = pipeline.extract({"id": "p", "text": text, "published": published})
    out = result.to_dict()
    validate_output(out)
    for ev in result.events:
        spans = [ev.trigger, ev.location, ev.date, ev.attribution, *ev.actors, *ev.counts.values()]
        for span in spans:
            if span is None or span.start is None:
                continue
            assert span.end is not None
            assert text[span.start:span.end] == span.text
        assert 0 <= ev.sentence_start <= ev.trigger.start <= ev.trigger.end <= ev.sentence_end <= len(text)
        if ev.date is not None:
            assert ev.date.start_date <= ev.date.end_date

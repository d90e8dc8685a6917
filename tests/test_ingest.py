"""Readers and publication dates (ingest), and the pipeline's chunking of long texts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventscribe.ingest import (
    boilerplate_ranges,
    date_from_top_line,
    date_from_url,
    find_date,
    front_matter,
    parse_date,
    parse_record,
    read_paths,
)
from eventscribe.pipeline import shift_event, split_chunks


def test_input_published_wins_over_a_ticker_line() -> None:
    item = parse_record({"id": "x", "text": "Monday 3 May 2021\nPolice arrested 4 men.", "published": "2021-04-30"})
    assert item.document is not None
    pub = item.document.published
    assert (pub.date, pub.origin, pub.confidence) == (dt.date(2021, 4, 30), "input", "high")


def test_top_line_date_is_low_confidence() -> None:
    item = parse_record({"id": "x", "text": "Live | Updated 3 May 2024 10:15\nStudents rallied."})
    assert item.document is not None
    pub = item.document.published
    assert (pub.date, pub.origin, pub.confidence) == (dt.date(2024, 5, 3), "text", "low")


@pytest.mark.parametrize(("line", "date"), [
    ("Dhaka, Wednesday 16 July 2025 -- Twelve months ago, a student", dt.date(2025, 7, 16)),
    ("LAGOS, June 12, 2024 (Reuters) - Police fired tear gas at", dt.date(2024, 6, 12)),
    ("SAN JOSE, Costa Rica, 3 May 2021 \u2014 Thousands marched", dt.date(2021, 5, 3)),
    ("In the city of Lagos, on June 12 2024 - police fired", None),  # a sentence, no date line
])
def test_a_date_line_opening_the_body(line: str, date: dt.date | None) -> None:
    body = line + " at hundreds of protesters who had gathered outside the assembly to demand" \
        " the release of detained activists, witnesses said."
    assert date_from_top_line("Opinion | World\n\nA headline\n\n" + body) == date


@pytest.mark.parametrize(("head", "date"), [
    # the page's clock, then the story's own date line: the story's
    ("Friday 8 March 2024 23:05 | Accra 27°C\nHome > World\n\nA headline\n\n"
     "By our correspondent | 9 March 2024\n\n", dt.date(2024, 3, 9)),
    # the clock alone is still a date, the best there is
    ("Friday 8 March 2024 23:05 | Accra 27°C\nHome > World\n\nA headline\n\n", dt.date(2024, 3, 8)),
    # a stamp that says it is the publication's keeps its clock time
    ("Published 8 March 2024 23:05\nA headline\n\nUpdated 9 March 2024\n\n", dt.date(2024, 3, 8)),
])
def test_a_page_clock_gives_way_to_the_story_date_line(head: str, date: dt.date) -> None:
    assert date_from_top_line(head + "Students rallied outside the ministry.") == date


def test_date_deep_in_the_text_is_not_a_publication_date() -> None:
    text = "Students rallied in Accra.\n" * 20 + "On 3 May 2024 they marched again."
    assert date_from_top_line(text) is None


def test_url_date_and_written_dates() -> None:
    assert date_from_url("https://x.org/news/2020/08/31/minsk") == dt.date(2020, 8, 31)
    assert date_from_url("https://x.org/news/minsk") is None
    assert find_date("Published: June 4, 2021") == dt.date(2021, 6, 4)
    assert find_date("19/10/2019 23:40") == dt.date(2019, 10, 19)
    assert parse_date("2021-06-14T08:30:00Z") == dt.date(2021, 6, 14)
    assert parse_date("not a date") is None


def test_bad_published_falls_back_and_is_not_fatal() -> None:
    item = parse_record({"id": "x", "text": "Protesters marched.", "published": "sometime"})
    assert item.error is None and item.document is not None
    assert item.document.published.origin == "none"


def test_record_errors() -> None:
    assert parse_record([1, 2]).error.code == "invalid_document"  # type: ignore[union-attr]
    assert parse_record({"text": "x"}).error.code == "missing_id"  # type: ignore[union-attr]
    assert parse_record({"id": "a"}).error.code == "missing_text"  # type: ignore[union-attr]
    assert parse_record({"id": "a", "text": "   "}).error.code == "empty_text"  # type: ignore[union-attr]
    assert parse_record({"id": "a", "text": 5}).error.code == "invalid_field"  # type: ignore[union-attr]
    assert parse_record({"id": "a", "html": "<html><body></body></html>"}).error.code == "empty_html"  # type: ignore[union-attr]


def test_directory_walk_and_bad_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Workers went on strike in Lima.", encoding="utf-8")
    (tmp_path / "sub" / "a.md").write_text("# Title\n\nFarmers blocked roads in Punjab.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 protest".encode("latin-1"))
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    lines = [json.dumps({"id": "j1", "text": "Police detained 3 journalists."}), "{broken", ""]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_paths([tmp_path]))
    by_id = {i.id: i for i in items}
    assert [i.id for i in items if i.document] == [str(tmp_path / "b.txt"), "j1", str(tmp_path / "sub" / "a.md")]
    assert by_id[str(tmp_path / "empty.txt")].error.code == "empty_text"  # type: ignore[union-attr]
    assert by_id[str(tmp_path / "bin.txt")].error.code == "binary_content"  # type: ignore[union-attr]
    assert by_id[str(tmp_path / "latin1.txt")].error.code == "invalid_utf8"  # type: ignore[union-attr]
    assert any(i.error and i.error.code == "invalid_json" for i in items)


def test_pipeline_keeps_order_and_isolates_errors(pipeline) -> None:
    items = [parse_record(r) for r in (
        {"id": "1", "text": "Police arrested 12 protesters in Lagos on Monday."},
        {"id": "2"},
        {"id": "3", "text": "Thousands of farmers protested in Delhi."},
    )]
    results = list(pipeline.process(items))
    assert [r.id for r in results] == ["1", "2", "3"]
    assert results[1].error is not None and results[0].error is None


def test_long_document_is_chunked_with_true_offsets(nlp) -> None:
    from eventscribe.pipeline import Pipeline

    para = "Riot police arrested 14 students outside the university in Dhaka on Tuesday. "
    text = ("Filler sentence about the weather and markets. " * 40 + "\n\n") * 3 + para
    result = Pipeline(nlp=nlp, chunk_chars=1500).extract_text(text, published="2022-02-02")
    assert result.error is None
    assert result.events
    for ev in result.events:
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=3000), st.integers(min_value=20, max_value=400))
def test_split_chunks_covers_text_exactly(text: str, size: int) -> None:
    chunks = split_chunks(text, size)
    assert "".join(c for _, c in chunks) == text
    for base, chunk in chunks:
        assert text[base:base + len(chunk)] == chunk
        assert len(chunk) <= size


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_date_parsers_never_crash(s: str) -> None:
    d = find_date(s)
    assert d is None or isinstance(d, dt.date)
    parse_date(s)
    date_from_top_line(s)
    date_from_url(s)


def test_shift_event_moves_every_span() -> None:
    from eventscribe.model import Count, Event, Span

    ev = Event(id="x:0", event="PROTEST", mode="demo", trigger=Span(text="a", start=1, end=2),
               sentence_start=0, sentence_end=5, counts={"participants": Count(text="9", start=3, end=4, value=9)})
    shift_event(ev, 10)
    assert (ev.trigger.start, ev.sentence_end, ev.counts["participants"].start) == (11, 15, 13)


def test_five_megabyte_document_gets_a_clear_error(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Protesters marched in Lima. " * 200_000, encoding="utf-8")
    assert big.stat().st_size > 5_000_000
    (item,) = list(read_paths([big]))
    assert item.error is not None and item.error.code == "too_large"


def test_page_furniture_is_found_but_text_kept() -> None:
    from eventscribe.ingest import boilerplate_ranges

    text = ("Home > World > Africa\nLive | Updated 3 May 2024 10:15\n\nPolice arrested 12 students.\n"
            "Image: Students hold banners outside parliament.\nUpdated figures show 3 injured.")
    found = [text[a:b].strip() for a, b in boilerplate_ranges(text)]
    assert found == ["Home > World > Africa", "Live | Updated 3 May 2024 10:15",
                     "Image: Students hold banners outside parliament."]


def test_images_credited_captions_and_teasers_are_furniture() -> None:
    from eventscribe.ingest import boilerplate_ranges

    text = ("**TRENDING:** Troops clash at border · Fuel prices\n\n"
            "![Marchers in the capital](/img/march.jpg)\n"
            "*Marchers fill the avenue on Friday. (File photo)*\n\n"
            "Police arrested 12 students.\n*Police have not said why.*\nLatest figures show 3 injured.")
    found = [text[a:b].strip() for a, b in boilerplate_ranges(text)]
    assert found[0].startswith("**TRENDING:**") and found[1].startswith("![Marchers")
    assert found[2] == "*Marchers fill the avenue on Friday. (File photo)*"
    assert len(found) == 3  # an italic line of the story, and "Latest figures ...", are kept


def test_weather_and_listen_lines_are_furniture() -> None:
    from eventscribe.ingest import boilerplate_ranges

    text = ("Wed 14 Oct 2026 · Quito 16°C · Markets ▲ 0.4%\nListen to this article · 6 min\n\n"
            "It was 40°C in Basra when the protests began.\nA 5 min read · on the strike\n")
    found = [text[a:b].strip() for a, b in boilerplate_ranges(text)]
    # (a short line of the story with a temperature, and one that only mentions a read, are kept)
    assert found == ["Wed 14 Oct 2026 · Quito 16°C · Markets ▲ 0.4%", "Listen to this article · 6 min"]


def test_a_caption_ending_in_a_credit_is_furniture() -> None:
    from eventscribe.ingest import boilerplate_ranges

    text = ("Protesters on the highway on the night of 26 March 2023. Credit: archive\n"
            "Riot police in Lome. Photo: Reuters\n"
            "Police fired tear gas. Witnesses said: the crowd ran.\n")
    found = [text[a:b].strip() for a, b in boilerplate_ranges(text)]
    # (a sentence of the story with a colon stays)
    assert found == ["Protesters on the highway on the night of 26 March 2023. Credit: archive",
                     "Riot police in Lome. Photo: Reuters"]


def test_tag_lines_are_furniture() -> None:
    from eventscribe.ingest import boilerplate_ranges

    text = "Tags: Chile, protests, police\nTopics: strikes\n\nTags of the tear gas canisters were found."
    found = [text[a:b].strip() for a, b in boilerplate_ranges(text)]
    assert found == ["Tags: Chile, protests, police", "Topics: strikes"]


def test_events_in_captions_are_dropped(pipeline) -> None:
    text = "Police arrested 12 students in Dhaka on Monday.\n[Photo caption: Police arrest a student in Dhaka.]"
    result = pipeline.extract_text(text, published="2022-01-05")
    assert result.events
    assert all(ev.trigger.start < text.index("[Photo") for ev in result.events)


def test_headlines_and_breadcrumbs_are_their_own_sentences(nlp) -> None:
    doc = nlp("Home > World > Africa\nPolice fire tear gas at protesters in Nairobi\n\n"
              "NAIROBI - Police fired tear gas at protesters on Monday. Many\nwere hurt.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Home > World > Africa"
    assert not any("Nairobi" in s and "NAIROBI" in s for s in sents)
    assert "Many\nwere hurt." in sents[-1]


def test_lone_surrogates_are_refused() -> None:
    item = parse_record(json.loads('{"id": "s", "text": "Protest in Lima \\ud800 today"}'))
    assert item.error is not None and item.error.code == "invalid_text"


def test_import_is_light() -> None:
    import subprocess
    import sys

    code = "import sys, eventscribe, eventscribe.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_sentence_and_text_caches_agree_with_spacy(nlp) -> None:
    from eventscribe.annotate import cache_sentences, doc_text

    doc = nlp("Police fired tear gas.\nProtesters ran. They came back on Friday!")
    before = [(s.start, s.end) for s in doc.sents]
    token_sents = [(t.sent.start, t.sent.end) for t in doc]
    cache_sentences(doc)
    assert [(s.start, s.end) for s in doc.sents] == before
    assert [(t.sent.start, t.sent.end) for t in doc] == token_sents
    assert [(doc[i:i + 2].sent.start) for i in range(len(doc) - 1)] == [token_sents[i][0] for i in range(len(doc) - 1)]
    assert doc_text(doc) == doc.text


def test_memory_zones_do_not_change_results(nlp) -> None:
    from eventscribe.pipeline import Pipeline

    records = [{"id": str(i), "text": t, "published": "2021-05-02"} for i, t in enumerate([
        "Police arrested 12 protesters in Lagos on Monday.",
        "Thousands of farmers marched in Delhi against new laws, organisers said.",
        "Soldiers opened fire on a crowd in Mandalay, killing at least eight people.",
        "Zorblaxian quuxers wibbled at the frobnicated council in Vlorptown.",
    ])]
    small = [r.to_dict() for r in Pipeline(nlp=nlp, zone_docs=1).process(parse_record(r) for r in records)]
    large = [r.to_dict() for r in Pipeline(nlp=nlp, zone_docs=100).process(parse_record(r) for r in records)]
    assert small == large
    assert [o["id"] for o in small] == ["0", "1", "2", "3"]


FRONT = "---\ntitle: \"Three years after Juliaca\"\ndate: 2026-01-09\ntags:\n  - peru\n---\n"


def test_markdown_front_matter_gives_the_date_and_title_and_is_no_text_to_read(pipeline) -> None:
    text = FRONT + "\nThree years ago today, police opened fire on protesters in Juliaca, killing 17.\n"
    item = parse_record({"id": "x.md", "text": text})
    assert item.document is not None
    pub = item.document.published
    assert (pub.date, pub.origin, pub.confidence) == (dt.date(2026, 1, 9), "text", "high")
    assert item.document.title == "Three years after Juliaca"
    assert boilerplate_ranges(text)[0] == (0, len(FRONT))
    out = pipeline.extract_text(text, doc_id="x.md").to_dict()
    assert [e["trigger"]["text"] for e in out["events"]] == ["opened"]
    assert out["events"][0]["date"]["start_date"] == "2023-01-09"
    # An input date still wins.
    item = parse_record({"id": "x.md", "text": text, "published": "2026-01-10"})
    assert item.document is not None and item.document.published.date == dt.date(2026, 1, 10)


@pytest.mark.parametrize(("text", "title"), [
    ("# Four years on, no answers\n\nPolice fired on marchers in Freetown.", "Four years on, no answers"),
    (FRONT + "\n# A heading under the front matter\n\nBody.", "Three years after Juliaca"),  # front matter first
    ("\n\n# Spaces before  #\n\nBody.", "Spaces before"),  # a closing run of hashes is markup
    ("Police fired on marchers.\n\n# A heading further down\n", None),  # not the opening line
    ("## A second-level heading\n\nBody.", None),  # a section, not the title
    ("#hashtag protests spread on Monday.", None),  # no space: a hashtag
    ("# Notebook ## Note to editors - Reporting by: a stringer", None),  # one line: no heading above a text
])
def test_a_markdown_opening_heading_is_the_title(text: str, title: str | None) -> None:
    item = parse_record({"id": "x.md", "text": text})
    assert item.document is not None and item.document.title == title


def test_prose_between_two_rules_is_no_front_matter() -> None:
    assert front_matter("---\nBreaking: police fired on protesters in Lagos.\n---\nBody") == ({}, 0)
    assert front_matter("---\ntitle: A\nPolice fired on protesters.\n---\n") == ({}, 0)
    assert front_matter("Body\n---\ntitle: A\n---\n") == ({}, 0)


@given(st.text(max_size=300))
@settings(max_examples=60, deadline=None)
def test_front_matter_is_a_prefix_of_the_text(body: str) -> None:
    fields, end = front_matter(FRONT + body)
    assert end == len(FRONT) and fields["date"] == "2026-01-09"
    fields, end = front_matter(body)
    assert 0 <= end <= len(body) and (end == 0) == (fields == {})

"""Ingest: read documents from JSONL, text, Markdown and HTML files, directories and strings.

Readers yield ``Item`` objects: a ready ``Document`` or a per-document error, so one bad
line or file never stops a batch. Publication dates are resolved here, with their origin
and confidence (contract: ``published``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import tomllib

from .model import Document, ErrorInfo, Published
from .timex import DATELINE

MAX_TEXT_CHARS = 1_000_000  # ~20x a long article; larger inputs get a clear "too_large" error
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


class UsageError(Exception):
    """An unreadable PATH or wrong invocation (exit status 2)."""


@dataclass
class Item:
    """One input document after reading: a document, or the error it produced."""

    id: str | None
    document: Document | None = None
    error: ErrorInfo | None = None
    raw: dict[str, Any] | None = None


def _err(doc_id: str | None, code: str, message: str) -> Item:
    return Item(id=doc_id, error=ErrorInfo(code=code, message=message))


# --- dates ------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = [
    re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"),
    re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b"),
    re.compile(_MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I),
    re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(\d{4})\b", re.I),
    # 19/10/2019 or 10/19/2019: day first unless that is impossible
    re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"),
]


def parse_date(value: str) -> dt.date | None:
    """Parse an ISO 8601 date or datetime, or a common written date; None when impossible."""
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    return find_date(value)


def find_date(text: str) -> dt.date | None:
    """The first complete calendar date written in ``text``."""
    best: tuple[int, dt.date] | None = None
    for i, pat in enumerate(_DATE_PATTERNS):
        m = pat.search(text)
        if not m:
            continue
        g = m.groups()
        try:
            if i < 2:
                d = dt.date(int(g[0]), int(g[1]), int(g[2]))
            elif i == 2:
                d = dt.date(int(g[2]), _MONTHS[g[0].lower()[:3]], int(g[1]))
            elif i == 3:
                d = dt.date(int(g[2]), _MONTHS[g[1].lower()[:3]], int(g[0]))
            else:
                a, b = int(g[0]), int(g[1])
                day, month = (b, a) if b > 12 else (a, b)
                d = dt.date(int(g[2]), month, day)
        except (ValueError, KeyError):
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), d)
    return best[1] if best else None


_URL_DATE = re.compile(r"/(19\d{2}|20\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|-)")


def date_from_url(url: str | None) -> dt.date | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def date_from_top_line(text: str) -> dt.date | None:
    """A date in the first lines of a text: a date line, page ticker or header.

    Only trusted with low confidence, because page renders often stamp the current date.
    """
    head = text.lstrip()[:600]
    # Breadcrumbs, a headline and a standfirst may come before the date line.
    first_lines = [ln for ln in head.split("\n") if ln.strip()][:6]
    clock: dt.date | None = None
    heading: dt.date | None = None
    for line in first_lines:
        if line.lstrip().startswith("#"):
            # A headline's date is its subject: "# Pidjiguiti, 3 August 1959" above "Opinion ·
            # Bissau · 3 August 2026"
            heading = heading or find_date(line)
            continue
        if len(line) > 160:
            # The body has begun, perhaps with a date line: "Dhaka, Wednesday 16 July 2025 -- ..."
            m = DATELINE.match(line)
            return find_date(m.group(1)) if m else clock
        d = find_date(line)
        if d is not None and clock is None and _PAGE_CLOCK.search(line) and not _PUBLICATION_CUE.search(line):
            # "Tuesday 13 January 2026 22:41 | Tunis 11°C": the page's clock, when it was
            # rendered; a date line after it is the story's own
            clock = d
        elif d is not None:
            return d
    return clock or heading


# A page's own publication stamp on a line of its own, often at the foot: "*Published 26
# February 2026.*", "First published on 3 May 2024".
# (an update stamp is the nearest date to the publication a page gives: "Last updated: 30.05.2026")
_STAMP_LINE = re.compile(r"^\W{0,3}(?:first\s+|last\s+)?(?:published|posted|updated)\b(?:\s+on)?\s*:?\s*(?P<rest>[^\n]{6,40})$",
                         re.I | re.M)


def date_from_stamp(text: str) -> dt.date | None:
    """A date in a line that says when the page was published, in its first or last lines."""
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    for line in lines[:8] + lines[-4:]:
        m = _STAMP_LINE.match(line.strip())
        if m is not None:
            d = find_date(m.group("rest"))
            if d is not None:
                return d
    return None


# A time of day on a line stamped with a date.
_PAGE_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
# Words that make a dated line the story's own stamp: "Published 3 May 2024 10:15".
_PUBLICATION_CUE = re.compile(r"\b(?:published|updated|posted|opinion|comment|by)\b", re.I)


def resolve_published(*, given: Any, text: str, url: str | None, html_date: dt.date | None = None,
                      default: dt.date | None = None) -> tuple[Published, ErrorInfo | None]:
    """Input ``published`` wins; then HTML metadata, a Markdown page's front matter, the URL, a
    top-of-text date line, the default."""
    warning = None
    if given not in (None, ""):
        d = parse_date(str(given)) if isinstance(given, str) else None
        if d is not None:
            return Published(date=d, origin="input", confidence="high"), None
        warning = ErrorInfo(code="bad_published", message=f"unreadable published date: {given!r}")
    if html_date is not None:
        return Published(date=html_date, origin="html-meta", confidence="high"), warning
    fields = front_matter(text)[0]
    for key in _FRONT_DATE_KEYS:
        d = parse_date(fields.get(key, ""))
        if d is not None:
            # the page's own metadata, written in its text (the contract has no origin for it)
            return Published(date=d, origin="text", confidence="high"), warning
    d = date_from_url(url)
    if d is not None:
        return Published(date=d, origin="url", confidence="high"), warning
    d = date_from_top_line(text)
    if d is not None:
        return Published(date=d, origin="text", confidence="low"), warning
    d = date_from_stamp(text)
    if d is not None:
        return Published(date=d, origin="text", confidence="high"), warning
    if default is not None:
        return Published(date=default, origin="none", confidence="low"), warning
    return Published(date=None, origin="none", confidence="low"), warning


# --- page furniture ----------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _boilerplate_patterns() -> list[re.Pattern[str]]:
    data = tomllib.loads((resources.files("eventscribe") / "data" / "boilerplate.toml").read_text("utf-8"))
    return [re.compile(entry["pattern"], re.I | re.M) for entry in data.get("line", [])]


# A Markdown page's YAML front matter: "---", "key: value" lines, "---" (or "...").
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>(?:[^\n]*\n){0,60}?)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*\r?$", re.M)
_FRONT_DATE_KEYS = ("date", "published", "publishdate", "pubdate", "published_at", "created")
_FRONT_KEYS = frozenset({*_FRONT_DATE_KEYS, "title", "author", "authors", "layout", "tags", "categories",
                         "slug", "description", "draft", "lang", "summary"})


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The fields (lower-cased keys, values unquoted) and the length of the front matter that
    opens a Markdown page ("---\ntitle: ...\ndate: 2026-01-09\n---"); ({}, 0) when there is none."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    lines = [ln for ln in m.group("body").splitlines() if ln.strip()]
    if not all(_FRONT_FIELD.match(ln) or ln[:1].isspace() or ln.startswith("- ") for ln in lines):
        return {}, 0  # prose between two rules, not metadata
    fields: dict[str, str] = {}
    for f in _FRONT_FIELD.finditer(m.group("body")):
        fields.setdefault(f.group("key").lower(), f.group("value").strip().strip("'\""))
    # (a story's "Breaking: ..." line between rules is no front matter: a known key is needed)
    return (fields, m.end()) if fields.keys() & _FRONT_KEYS else ({}, 0)


# A Markdown first-level heading: "# Title" (a closing run of hashes is markup too).
_MD_HEADING = re.compile(r"#[ \t]+(?P<title>[^\n]*?)[ \t]*(?:#+[ \t]*)?$")


def markdown_title(text: str) -> str | None:
    """The first-level heading that opens a Markdown text (after any front matter): its title."""
    body = text[front_matter(text)[1]:].lstrip()
    if "\n" not in body:
        return None  # a heading stands on a line of its own above the text
    m = _MD_HEADING.match(body.split("\n", 1)[0])
    return (m.group("title").strip() or None) if m and len(m.group("title")) <= 200 else None


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that are page furniture: breadcrumbs, captions, tickers, footers,
    a Markdown page's front matter."""
    ranges: list[tuple[int, int]] = []
    front = front_matter(text)[1]
    if front:
        ranges.append((0, front))
    for pat in _boilerplate_patterns():
        ranges.extend(m.span() for m in pat.finditer(text) if m.end() > m.start())
    return sorted(ranges)


# --- HTML -------------------------------------------------------------------------


def html_to_text(html: str, url: str | None = None) -> tuple[str, str | None, dt.date | None]:
    """Main text, title and publication date of an HTML page (trafilatura, htmldate)."""
    import trafilatura
    from htmldate import find_date as html_find_date

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_recall=True) or ""
    title = None
    meta = trafilatura.extract_metadata(html)
    if meta is not None and meta.title:
        title = meta.title
    pub = None
    try:
        found = html_find_date(html, url=url, original_date=True, extensive_search=False,
                               outputformat="%Y-%m-%d")
        if found:
            pub = dt.date.fromisoformat(found)
    except Exception:  # htmldate raises on odd markup; a missing date is not an error
        pub = None
    return text, title, pub


# --- records ----------------------------------------------------------------------


def parse_record(rec: Any, *, default_published: dt.date | None = None) -> Item:
    """Turn one contract input object into a Document, or a clear error."""
    if not isinstance(rec, dict):
        return _err(None, "invalid_document", "input line is not a JSON object")
    doc_id = rec.get("id")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        return _err(None, "missing_id", "document has no 'id'")
    doc_id = str(doc_id)
    text, html = rec.get("text"), rec.get("html")
    if text is None and html is None:
        return _err(doc_id, "missing_text", "document has neither 'text' nor 'html'")
    for key, val in (("text", text), ("html", html)):
        if val is not None and not isinstance(val, str):
            return _err(doc_id, "invalid_field", f"'{key}' must be a string")
    src = text if text is not None else html
    assert src is not None
    if len(src) > MAX_TEXT_CHARS:
        return _err(doc_id, "too_large", f"document has {len(src)} characters; the limit is {MAX_TEXT_CHARS}")
    meta = {k: rec.get(k) if isinstance(rec.get(k), str) else None for k in ("title", "source", "url")}
    from_html = text is None
    html_date = None
    if from_html:
        try:
            text, html_title, html_date = html_to_text(html or "", url=meta["url"])
        except Exception as exc:  # malformed markup must not stop a batch
            return _err(doc_id, "html_error", f"could not extract text from HTML: {exc}")
        meta["title"] = meta["title"] or html_title
    assert text is not None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates (from JSON "\ud800" escapes) crash the parser; refuse the document.
        return _err(doc_id, "invalid_text", "text contains unpaired surrogate code points")
    if "\x00" in text:
        return _err(doc_id, "binary_content", "text contains NUL bytes; is this a binary file?")
    if not text.strip():
        code = "empty_html" if from_html else "empty_text"
        return _err(doc_id, code, "document has no text to analyse")
    if not from_html:
        meta["title"] = meta["title"] or front_matter(text)[0].get("title") or markdown_title(text)
    published, warning = resolve_published(given=rec.get("published"), text=text, url=meta["url"],
                                           html_date=html_date, default=default_published)
    doc = Document(id=doc_id, text=text, from_html=from_html, title=meta["title"],
                   source=meta["source"], url=meta["url"], published=published)
    return Item(id=doc_id, document=doc, error=None, raw=rec)


def read_jsonl_lines(lines: Iterable[bytes | str], *, where: str = "<stdin>",
                     default_published: dt.date | None = None) -> Iterator[Item]:
    for n, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield _err(None, "invalid_utf8", f"{where}:{n}: line is not valid UTF-8 ({exc.reason})")
                continue
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _err(None, "invalid_json", f"{where}:{n}: {exc.msg} at column {exc.colno}")
            continue
        item = parse_record(rec, default_published=default_published)
        if item.error is not None and isinstance(rec, dict) and item.id is None and rec.get("id") is not None:
            item.id = str(rec.get("id"))
        yield item


def read_file(path: Path, *, default_published: dt.date | None = None) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        with path.open("rb") as fh:
            yield from read_jsonl_lines(fh, where=str(path), default_published=default_published)
        return
    doc_id = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _err(doc_id, "unreadable", f"cannot read {path}: {exc.strerror}")
        return
    if len(data) > MAX_TEXT_CHARS * 4:
        yield _err(doc_id, "too_large", f"{path} has {len(data)} bytes")
        return
    if b"\x00" in data[:8192]:
        yield _err(doc_id, "binary_content", f"{path} looks like a binary file")
        return
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield _err(doc_id, "invalid_utf8", f"{path} is not valid UTF-8 (byte {exc.start})")
        return
    key = "html" if suffix in HTML_SUFFIXES else "text"
    yield parse_record({"id": doc_id, key: content}, default_published=default_published)


def is_input_file(path: Path) -> bool:
    s = path.suffix.lower()
    return s in JSONL_SUFFIXES or s in TEXT_SUFFIXES or s in HTML_SUFFIXES


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Expand directories (recursively, sorted); raise UsageError for a missing PATH."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(q for q in path.rglob("*") if q.is_file() and is_input_file(q))
        elif path.is_file():
            yield path
        else:
            raise UsageError(f"no such file or directory: {p}")


def check_paths(paths: Iterable[str | os.PathLike[str]]) -> None:
    for p in paths:
        if str(p) != "-" and not Path(p).exists():
            raise UsageError(f"no such file or directory: {p}")


def read_paths(paths: Iterable[str | os.PathLike[str]], *, default_published: dt.date | None = None,
               stdin: Any = None) -> Iterator[Item]:
    """Read every document of the given paths in order; "-" reads JSONL from ``stdin``."""
    for p in paths:
        if str(p) == "-":
            import sys

            yield from read_jsonl_lines(stdin or sys.stdin.buffer, default_published=default_published)
            continue
        for f in iter_paths([p]):
            yield from read_file(f, default_published=default_published)


def read_text(text: str, *, doc_id: str = "doc", published: str | None = None, **meta: str) -> Item:
    """A Document from a Python string (the library face)."""
    return parse_record({"id": doc_id, "text": text, "published": published, **meta})

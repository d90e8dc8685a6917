"""Numbers and quantities in plain text: "2,300", "twenty-five", "1.5 million", "dozens",
"tens of thousands", "at least eight", "between 10 and 15".

Pure functions, no spaCy. ``find_quantities(text)`` returns every quantity phrase with its
qualifier and exact offsets; ``parse_number(text)`` reads one number phrase. Whether a
quantity counts people killed, injured, arrested or taking part is decided by
``eventscribe.arguments.counts``; this module only reads the numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import tomllib

__all__ = ["Quantity", "find_quantities", "parse_number", "counts_data"]


@cache
def counts_data() -> dict[str, Any]:
    """The lexicon in ``data/counts.toml`` (loaded once)."""
    text = resources.files("eventscribe").joinpath("data/counts.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True)
class Quantity:
    """A quantity phrase; ``text == source[start:end]``. ``num_start`` is where the number
    itself begins (after any qualifier such as "at least")."""

    text: str
    start: int
    end: int
    value: int
    low: int | None
    high: int | None
    qualifier: str  # exact | approx | at_least | at_most | range | vague
    num_start: int


def _alt(words: list[str] | tuple[str, ...]) -> str:
    # Longest first so "tens of thousands" wins over "thousands".
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@cache
def _regex() -> re.Pattern[str]:
    data = counts_data()
    units = list(data["numbers"]["units"])
    mults = list(data["numbers"]["multipliers"])
    tens = [w for w, v in data["numbers"]["units"].items() if v in range(20, 100, 10)]
    ones = [w for w, v in data["numbers"]["units"].items() if 1 <= v <= 9]
    # "twenty-five", and "twenty five" as notes without hyphens write it
    word = rf"(?:(?:{_alt(tens)})\s+(?:{_alt(ones)})(?!-)\b|(?:{_alt(units)})(?:-(?:{_alt(units)}))?)"
    # Thousands grouped by commas, or by spaces as in notes whose commas were stripped
    # ("more than 4 500 dock workers"); not phone numbers ("021 446 3310").
    numeric = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]|\s\d)|\d+(?:\.\d+)?)"
    mult = rf"(?:{_alt(mults)})"
    # "two hundred and fifty", "1.5 million", "a thousand", "5 lakh"
    number = (rf"(?:(?:{numeric}|{word}|a)(?:[\s-]+{mult}(?:s(?=\s+of))?)*"
              rf"(?:(?<=hundred)\s+(?:and\s+)?{word}|\s+and\s+{word})?"
              rf"|(?<=about\s)(?:{mult})(?!s)"
              rf"|{numeric}s(?=\s+of\b))")
    vague = rf"(?:{_alt(list(data['vague']))})"
    quals = [q for qs in data["qualifiers"].values() for q in qs]
    qual = rf"(?:{_alt(quals)})"
    # (two guesses, the second open, are a range: "whether 75 or more than 200 died")
    pattern = (rf"(?<![\w$£€.,-])(?:(?P<qual>{qual})\s+)?(?:(?P<between>between|from)\s+)?"
               rf"(?P<n1>{vague}|{number})"
               rf"(?:\s*(?P<sep>-|–|to|and|or)\s*(?:(?<=or\s)(?:more\s+than|over)\s+)?(?P<n2>{number}))?(?![\w])")
    return re.compile(pattern, re.IGNORECASE)


@cache
def _qual_kind() -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, words in counts_data()["qualifiers"].items():
        for w in words:
            out[w] = kind
    return out


def parse_number(text: str) -> int | None:
    """The value of one number phrase, or None ("2,300" → 2300, "two hundred and fifty" → 250,
    "1.5 million" → 1500000, "dozens" → 12, "1000s" → 1000)."""
    data = counts_data()
    s = " ".join(text.lower().replace("-", " ").split())
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", s)
    if not s:
        return None
    vague = data["vague"]
    if s in vague:
        return int(vague[s])
    units: dict[str, int] = data["numbers"]["units"]
    mults: dict[str, int] = data["numbers"]["multipliers"]
    total: float = 0
    current: float | None = None
    seen = False
    for tok in s.split():
        tok = tok.replace(",", "")
        if tok.endswith("s") and tok[:-1] in mults:
            tok = tok[:-1]
        if tok.endswith("s") and tok[:-1].isdigit():
            tok = tok[:-1]
        if tok == "and":
            continue
        if tok in ("a", "an"):
            current = (current or 0) + 1
            seen = True
        elif re.fullmatch(r"\d+(\.\d+)?", tok):
            current = (current or 0) + float(tok)
            seen = True
        elif tok in units:
            current = (current or 0) + units[tok]
            seen = True
        elif tok in mults:
            m = mults[tok]
            if m >= 1000:
                total += (current if current is not None else 1) * m
                current = None
            else:
                current = (current if current is not None else 1) * m
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + (current or 0)
    if value != int(value):
        return None  # "2.5" on its own is not a count
    return int(value)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity phrase in ``text``, in order, with offsets into ``text``."""
    # The counts stage reads the same text twice (by words, then by the parse): a small cache.
    return list(_find_cached(text))


@lru_cache(maxsize=8)
def _find_cached(text: str) -> tuple[Quantity, ...]:
    return tuple(_find(text))


def _find(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    vague_words = counts_data()["vague"]
    for m in _regex().finditer(text):
        n1 = m.group("n1")
        if n1.lower() in ("a", "an"):
            continue
        v1 = parse_number(n1)
        if v1 is None:
            continue
        start, end = m.start(), m.end()
        marker = re.match(r"(\d{1,2})\s+(?=(?:hundred|thousand|million)s\b)", n1)
        if marker and not m.group("qual") and (
                marker.group(1) == "1" or re.search(r"(?:^|[;:\n]|\.\.\.|\?\?)\s*$", text[:start])):
            # A list marker before a vague plural, as in numbered notes: "1 thousands of bakers".
            start += marker.end()
            n1 = n1[marker.end():]
            v1 = parse_number(n1)
            if v1 is None:
                continue
        qual = " ".join((m.group("qual") or "").lower().split())
        qualifier = _qual_kind().get(qual, "exact") if qual else "exact"
        low: int | None = None
        high: int | None = None
        value = v1
        n1_norm = " ".join(n1.lower().split())
        is_vague = n1_norm in vague_words or re.fullmatch(r"\d[\d,]*s", n1_norm) is not None
        n2 = m.group("n2")
        sep = (m.group("sep") or "").lower()
        between = m.group("between")
        v2 = parse_number(n2) if n2 else None
        if n2 and (v2 is None or v2 <= v1 or (sep == "and" and not between)
                   or is_vague or re.fullmatch(r"\d{4}", n1.strip()) and re.fullmatch(r"\d{2,4}", n2.strip())):
            # Not a range: "12 and 15" (two counts), "1989-90" (a season), "dozens to ...".
            end = m.end("n1")
            v2 = None
        if between and v2 is None:
            start = m.start("n1") if not qual else start
            if qual:
                continue  # "about between 3": give up rather than guess
        if v2 is not None:
            qualifier, value, low, high = "range", v1, v1, v2
        elif is_vague:
            qualifier = "vague" if qualifier == "exact" else qualifier
            if qualifier == "approx":
                qualifier = "vague"
        if qualifier == "at_least":
            low = value
        elif qualifier == "at_most":
            high = value
        num_start = max(m.start("n1"), start)
        if between and v2 is not None and not qual:
            num_start = m.start("between")
        out.append(Quantity(text=text[start:end], start=start, end=end, value=value, low=low,
                            high=high, qualifier=qualifier, num_start=num_start))
    return out

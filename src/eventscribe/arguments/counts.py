"""Arguments: how many were killed, injured, arrested, or took part.

Quantities come from ``eventscribe.numbers`` (digits, number words, vague quantities,
qualifiers and ranges). A quantity becomes a count when the words around it say what it
counts, read from the lexicon ``data/counts.toml`` on plain lower-cased words, so wire copy
without case or punctuation works as well as edited text:

- a kind word right after it: "12 dead", "40 arrests", "5,000-strong";
- a kind word right before it: "killing 12", "arrested at least 40", "a crowd of 5,000",
  "the death toll climbed to 15";
- a kind word a few words on, after the counted noun: "12 people were killed",
  "tens of thousands of teachers marched";
- a protest noun in a sentence with a protest event: "5,000 demonstrators" → participants;
- "no one was hurt", "no casualties", "nobody was arrested" → 0.

Ages, years, dates, times, money, percentages, distances, serial numbers ("Article 19",
"flight 17") and "one of the" are not counts. Each count goes to the best event of its
sentence for its kind (participants only to PROTEST events); a count in a sentence with no
fitting event ("The death toll climbed to 15.") goes to the nearest fitting event of the two
sentences before it in the same paragraph.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from ..annotate import doc_text
from ..detect import grievance_of, load_lexicon, subject_tokens
from ..model import EPISODE_DAYS, Context, Count, Event, When, may_coincide
from ..numbers import Quantity, counts_data, find_quantities
from ..timex import find_timexes

__all__ = ["attach_counts", "find_counts", "share_crowd_sizes", "CountMention"]

_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*|\d+(?:[,.]\d+)*|[.;:!?()\"]", re.IGNORECASE)
# Words after a counted noun at which the clause (and so the search for its verb) ends.
_STOP = {".", ";", ":", "!", "?", "(", ")", "\"", "but", "while", "whereas", "although", "after",
         "before", "because", "since", "when", "as", "whom", "whose", "said", "says", "told"}
_VIOLENT_EVENTS = ("ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE")
# Another source's figure for a toll, not the toll rising: "a rights group put the toll at".
_ESTIMATE = re.compile(r"\b(?:(?:put|puts|putting|placed|places|estimated?|estimates)\s+(?:the\s+)?"
                       r"(?:death\s+)?toll\s+at"
                       # what someone says the toll was, not how it rose ("the toll rose to 60")
                       r"|(?:said|say|says|claimed|claim|claims|insisted|insist|insists|believe|believes)"
                       r"\s+(?:that\s+)?the\s+(?:real\s+|true\s+|actual\s+)?(?:death\s+)?toll\s+(?:was|is|stood\s+at))"
                       r"\s+(?:(?:more|fewer|less)\s+than|over|about|around|some|at\s+least|between|nearly|almost|"
                       r"roughly|approximately|close\s+to|as\s+many\s+as|up\s+to|as\s+high\s+as)?\s*$",
                       re.IGNORECASE)
_TOLL = re.compile(r"(?:death|casualty|fatality|the|official|final|confirmed)\s+toll|toll\s+(?:of|from)",
                   re.IGNORECASE)
# Other estimates of a toll told just before: "the official toll was 176, but estimates range
# up to 700".
_TOLL_RANGE = re.compile(r"\btoll\b[^.;:!?]{0,60}\bestimates?\s+(?:range[sd]?|ranging|run|ran|go|went)\s+"
                         r"(?:up\s+to|as\s+high\s+as|from|to)\s*$", re.IGNORECASE)
# ("almost no one was killed": a few were)
_ZERO = re.compile(
    r"(?<!almost\s)(?<!nearly\s)(?<!virtually\s)(?<!practically\s)(?<!hardly\s)(?<!barely\s)"
    r"(?<!scarcely\s)\b(?P<z>no\s+one|no-one|nobody|none|no\s+(?:casualties|deaths|fatalities|injuries|arrests|"
    r"one\s+else|lives|people|persons|protesters|civilians))\b", re.IGNORECASE)
_PLACEHOLDER_REF = dt.date(2000, 6, 15)
# How many sentences apart two protest mentions of a paragraph (in the same place) may share a
# crowd size: a paragraph tells one episode, however long (wire notes run to one paragraph).
SHARE_SENTENCES = 30
# A group smaller than this ("two leaders", "several lawmakers") gives way to a crowd of at
# least this size stated later for the same event.
SMALL_GROUP = 50


@dataclass(frozen=True)
class CountMention:
    """A quantity with the kind of count it is; offsets into the analysed text."""

    kind: str  # killed | injured | arrested | participants
    quantity: Quantity
    toll: bool = False  # stated as a toll ("the death toll rose to 15"): supersedes earlier figures
    protest_noun: bool = False  # only a protester noun says it counts participants
    partitive: bool = False  # part of a group told before ("20 of the dead"): refines no figure
    estimate: bool = False  # a source's figure ("a rights group put the toll at 1,000"): raises none


@cache
def _lex() -> dict[str, tuple[str, ...]]:
    k = counts_data()["kinds"]
    return {key: tuple(sorted(v, key=len, reverse=True)) for key, v in k.items()}


@cache
def _exclude() -> tuple[tuple[str, ...], tuple[str, ...]]:
    e = counts_data()["exclude"]
    return (tuple(sorted(e["before"], key=len, reverse=True)), tuple(sorted(e["after"], key=len, reverse=True)))


def _starts_with_phrase(words: list[str], phrases: tuple[str, ...]) -> str | None:
    joined = " ".join(words)
    for p in phrases:
        if joined == p or joined.startswith(p + " "):
            return p
    return None


def _ends_with_phrase(words: list[str], phrases: tuple[str, ...]) -> str | None:
    joined = " ".join(words)
    for p in phrases:
        if joined == p or joined.endswith(" " + p):
            return p
    return None


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _shot_dead(verb: str, after: list[str], kind: str | None) -> str | None:
    """"Shot two of them dead", "shot a protester dead": those the verb before them left dead."""
    if kind == "injured" and verb in ("shot", "shoot", "shoots", "shooting") and "dead" in after[:4] and \
            not any(w in ("and", "but", "or", "was", "were", "is", "are") for w in after[:after.index("dead")]):
        return "killed"
    return kind


def _kind_of_word(words: list[str]) -> str | None:
    lex = _lex()
    for kind, key in (("killed", "killed_words"), ("injured", "injured_words"),
                      ("arrested", "arrested_words"), ("participants", "participant_words")):
        phrase = _starts_with_phrase(words, lex[key])
        if phrase:
            if phrase.endswith("held") and words[len(phrase.split()):][:1] in (
                    ["up"], ["back"], ["off"], ["accountable"], ["responsible"], ["liable"], ["to"]):
                # "commuters were held up by the strike": delayed, not detained; "no one has been
                # held accountable": blamed, not detained
                return None
            return kind
    return None


_CROWDS = {"crowd", "crowds", "mob", "mobs", "throng", "throngs", "masses"}
_DETERMINERS = {"the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our"}
_NOUN_LIKE = {"protest", "march", "rally", "gathering", "strike"}
_HAVING = {"has", "have", "had", "with", "boasts", "claims", "counts", "totals", "represents"}
_MONEY = {"money", "funds", "cash", "dollars", "pounds", "euros", "rupees", "naira", "shillings",
          "worth", "savings"}
# How far apart two dates its sentences state put two mentions of different crowds.
STATED_APART = dt.timedelta(days=31)
# How far apart two dates of the text or its context put two mentions of different stories.
OTHER_STORY = dt.timedelta(days=3 * 365)
_TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "night",
                         "nights", "morning", "evening", "hour", "hours", "decade", "decades", "few"})
_OBJECT_STARTS = frozenset({"him", "them", "two", "three", "four", "five", "six", "seven", "eight",
                            "nine", "ten", "dozens", "hundreds", "several", "some", "another", "one"})
_BE_OR_HAVE = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "remain", "remained",
                         "remains", "still", "now", "also"})
_SUBORDINATORS = {"as", "while", "when", "whereas", "because", "although", "though", "until"}
# Not "-ents": amendments, documents and events outnumber the students and residents, who are
# listed as protester nouns.
_PEOPLE_SUFFIXES = ("ers", "ors", "ists", "ants", "men", "people", "ians", "ans", "ese", "ees",
                    "youths", "children", "kids", "folk", "folks", "crowds", "masses")


def _peopleish(word: str, lex: dict[str, tuple[str, ...]]) -> bool:
    """A plural that names people: listed nouns or a typical agent/demonym ending."""
    return (word in lex["protester_nouns"] or word in lex["person_nouns"] or word in _CROWDS
            or (len(word) > 3 and word.endswith(_PEOPLE_SUFFIXES) and word not in lex["not_people_words"]))


_PASSIVE_AUX = (("were",), ("was",), ("are",), ("is",), ("have", "been"), ("has", "been"),
                ("had", "been"), ("being",))
# Participles after which the people are still counted as a crowd: "were joined by", "were
# estimated at", "were expected to march".
_CROWD_PARTICIPLES = frozenset({
    "joined", "estimated", "expected", "reported", "believed", "said", "thought", "seen",
    "gathered", "dispersed", "kettled", "teargassed", "scattered", "assembled", "massed", "led",
    "organised", "organized", "mobilised", "mobilized", "involved", "united", "determined",
    "angered", "incensed", "outraged", "enraged", "infuriated", "frustrated", "dressed", "armed"})
_IRREGULAR_PARTICIPLES = frozenset({"sent", "kept", "brought", "caught", "found", "told", "sold",
                                    "built", "put", "cut", "lost", "paid", "laid", "struck", "hit",
                                    "hurt", "shot", "held", "slain"})
_HARMED_BY = frozenset({"overcome", "affected", "hit", "struck", "blinded", "sickened", "choked",
                        "overwhelmed", "trampled", "crushed", "burned", "burnt", "hurt"})


def _own_passive(after: list[str]) -> bool:
    """Whether the words after a number make it the subject of a passive of its own: "100
    women were raped", "dozens more were held"."""
    for j in range(min(4, len(after))):
        if after[j] in ("were", "was", "had", "have", "has"):
            return _done_to(after[j:j + 4])
        if not after[j].isalpha():
            return False
    return False


_ADVERBS = frozenset({"since", "already", "now", "also", "not", "yet", "ever", "still", "just",
                      "all", "later", "then", "subsequently"})
_PASSIVE_WORDS = frozenset({"were", "was", "been", "being", "be", "is", "are", "get", "got"})


def _active_on(after: list[str], i: int, cut: bool) -> bool:
    """Whether the kind word at ``after[i]`` is an active verb with an object of its own, so
    that the number before it counts the doers: "three soldiers shot two protesters", "four
    officers killed the man" (not "12 were killed", "two killed a day earlier")."""
    if any(w in _PASSIVE_WORDS or w in ("and", "but", "or", "then") for w in after[:i]) or \
            not after[i].endswith(("ed", "shot", "hit", "beat")):
        return False
    j = i + 1
    if after[j:j + 1] == ["dead"]:
        j += 1  # "shot dead two men"
    nxt = after[j:j + 2]
    if not nxt:
        return cut  # the next number follows: "three officers shot two protesters"
    if nxt[1:] and nxt[1] in _TIME_UNITS:
        return False
    return nxt[0] in _OBJECT_STARTS or nxt[0] in ("the", "a", "an", "his", "her", "their") or \
        bool(re.fullmatch(r"\d[\d,]*", nxt[0]))


_JUDGED_PARTICIPLES = frozenset({"convicted", "sentenced", "charged", "jailed", "fined", "indicted",
                                 "prosecuted", "executed", "hanged"})


def _done_to(nxt: list[str]) -> bool:
    """Whether the words after a counted noun put it in a passive: "several nurses were taken
    to the station", "3,000 people have been evicted". Such people are what was done to, not a
    crowd (a kill, injury or arrest verb there was read as a toll before this), unless the
    noun itself says crowd ("about 50 demonstrators were dispersed")."""
    # (past adverbs: "3,000 people have since been evicted")
    nxt = [w for w in nxt if w not in _ADVERBS and not w.endswith("ly")]
    if nxt[:1] and nxt[0] in _JUDGED_PARTICIPLES:
        return True  # "two more men convicted of waging war": judged, no crowd
    if len(nxt) > 1 and nxt[1] == "by" and nxt[0] in _HARMED_BY:
        # "saw several people overcome by gas": what befell them, no crowd (not "angered by",
        # "led by", "backed by": a crowd still)
        return True
    for aux in _PASSIVE_AUX:
        if tuple(nxt[:len(aux)]) == aux:
            rest = [w for w in nxt[len(aux):] if not w.endswith("ly") and w not in ("also", "not", "being")]
            verb = rest[0] if rest else ""
            return len(verb) > 3 and (verb.endswith(("ed", "en")) or verb in _IRREGULAR_PARTICIPLES) \
                and verb not in _CROWD_PARTICIPLES and _kind_of_word([verb]) != "participants"
    return False


def _is_excluded(text: str, q: Quantity, date_spans: list[tuple[int, int]]) -> bool:
    before_words, after_words = _exclude()
    if any(s < q.end and q.start < e for s, e in date_spans):
        return True
    after_raw = text[q.end:q.end + 30].lower()
    before_raw = text[max(0, q.start - 30):q.start].lower()
    if re.match(r"\s*(?::\d|[.,]\d|/\d|%|-(?:year|month|day|week|hour|minute|mile|km|member|point|page))", after_raw):
        return True
    if re.search(r"(?:[$£€¥₹#]|\bno\.)\s*$", before_raw):
        return True
    after = _words(after_raw)[:4]
    if after and after[0] in ("year-old", "years-old"):
        return True
    counted = after[1:] if after[:1] == ["of"] else after
    unit = _starts_with_phrase(counted, after_words)
    if unit:
        rest = counted[len(unit.split()):]
        # The unit may only modify the people counted: "hundreds of fish traders" (an age
        # never does: "the 20 year old student").
        # (nor people told after a comma: "by as much as 51 percent, crowds burned cars")
        cut = re.match(r"\s*(?:of\s+)?" + r"\s+".join(map(re.escape, unit.split())) + r"\s*[,;:.]", after_raw)
        # (a stretch of time never counts people: "for three days crowds looted")
        if unit.endswith("old") or not (rest and _peopleish(rest[0], _lex())) or cut is not None \
                or unit in _TIME_UNITS:
            return True  # "40 percent", "hundreds of sheep"
    before = _words(before_raw)[-3:]
    lex = _lex()
    unit_before = _ends_with_phrase(before, before_words) if before else None
    if any(e <= q.start and not text[e:q.start].strip() for _, e in date_spans) or \
            re.search(r"[,;:]\s*$", before_raw):
        # "early this year dozens were held", "by the end of the year, nearly 500 were killed":
        # a date or a comma ends the words before, no "year 2"
        unit_before = None
    if unit_before and not _ends_with_phrase(before, lex["crowd_verbs"]) and \
            not (unit_before == "of the" and q.text[:1].isalpha()):
        # ("estimated to number 8,000"; "14 of the estimated 300 dockers" is a crowd)
        return True
    if before[-2:-1] and before[-1] == "of" and before[-2] in lex["population_nouns"]:
        return True  # "a march in a country of 30 million people"
    if q.value >= 1_000_000 and _starts_with_phrase(after, lex["population_people"]):
        return True  # "2.4 million residents of the port city": a population, however introduced
    if q.value >= 1_000_000 and before[-1:] == ["numbering"]:
        return True  # "the Tamils, numbering over 3 million, ...": a people, no crowd
    if after[:1] in (["members"], ["member"]) and before[-1:] and before[-1] in _HAVING:
        return True  # "the congress has 4 million members": a membership, no crowd
    if re.search(r"\bwho\s+(?:was|is|were|are)\s+$", before_raw) and re.match(r"\s*(?:[,.;)]|years?\b)", after_raw):
        return True  # "Hannes Westberg, who was 19, was hit": an age
    num = text[q.num_start:q.end].strip()
    if re.fullmatch(r"0\d+", num):
        return True  # a clock time ("0900 gmt") or a code, not a count
    # An age limit: "people over 65", "children under 16".
    if re.match(r"(?:under|over)\s", text[q.start:q.end].lower()) and before[-1:] and \
            (before[-1] in lex["person_nouns"] or before[-1] in ("kids", "those", "anyone", "everyone")):
        return True
    # An age in apposition: "Ana Ruiz, 58, a retired nurse, ...".
    if re.fullmatch(r"\d\d", text[q.start:q.end]) and re.match(r",\s", text[q.end:q.end + 2]) and \
            re.search(r"[a-z]\.?,\s$", text[max(0, q.start - 3):q.start], re.IGNORECASE) and \
            before and before[-1].isalpha() and _kind_of_word(before[-1:]) is None:
        return True
    # The same in notes whose commas were cut loose: "maria anders 30 , a nurse".
    if re.fullmatch(r"\d\d", text[q.start:q.end]) and re.match(r" , ", text[q.end:q.end + 3]) and \
            before and before[-1].isalpha() and before[-1] not in _DETERMINERS and \
            _kind_of_word(before[-1:]) is None:
        return True
    if re.fullmatch(r"(?:1[89]|20)\d\d", num) and q.qualifier == "exact":
        # A year unless people are counted right after it ("2000 people"); after "in", "since",
        # "during" ... a year still ("In 1988 police arrested students").
        nxt = after[:1]
        if not nxt or before[-1:] in (["in"], ["since"], ["during"], ["until"], ["of"]) or not (
                nxt[0] in lex["person_nouns"] or nxt[0] in lex["protester_nouns"]
                or (nxt[0] == "strong" and before[-1:] != ["in"])
                or _kind_of_word(after) in ("killed", "injured", "arrested")):
            return True
    if num.lower() == "one" and after[:1] == ["of"] and not (
            before and _kind_of_word(before[-1:]) in ("killed", "injured", "arrested")):
        return True  # "one of the organisers said" (but "police killed one of them")
    if re.match(r"\s*-?\s*(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\s+of\b",
                after_raw):
        return True  # a fraction of a whole ("one third of the population"), no count of people
    # A list marker, not a count: "...; 2 the demonstrators returned on friday", or any
    # item of a numbered list ("1 as the news spread ... ; 2 protesters in other cities").
    if re.fullmatch(r"\d{1,2}", num) and re.search(r"(?:^|[;:\n]|\.\.\.|\?\?)\s*$", text[:q.start]) and (
            after[:1] and after[0] in _DETERMINERS or
            int(num) > 1 and re.search(rf"(?:^|[;:\n]|\.\.\.|\?\?)\s*{int(num) - 1}\s", text[:q.start])):
        return True
    return False


def find_counts(text: str, ref: dt.date | None = None) -> list[CountMention]:
    """All counts in ``text`` with their kinds (no parse needed)."""
    lex = _lex()
    date_spans = [(t.start, t.end) for t in find_timexes(text, ref or _PLACEHOLDER_REF)]
    quantities = find_quantities(text)
    q_starts = {q.start for q in quantities}
    out: list[CountMention] = []
    for qi, q in enumerate(quantities):
        if _is_excluded(text, q, date_spans) or _subset(text, quantities[:qi], q):
            continue
        if q.text.lower() == "one" and re.search(r"\bno\s+$", text[max(0, q.start - 4):q.start], re.I):
            continue  # "almost no one was killed": not one, and not none
        if q.value == 1 and re.search(r"\bnot\s+$", text[max(0, q.start - 5):q.start], re.I):
            continue  # "not one protester was arrested": none
        kind, toll, proto = _classify(text, q, q_starts, lex)
        if kind == "participants" and q.value < 2:
            continue  # one person is not a crowd; "1" is more often a list marker
        if kind is not None:
            part = bool(re.match(r"\s+of\s+(?:the|those|them|whom|these)\b", text[q.end:q.end + 20], re.I))
            estimate = toll and bool(_ESTIMATE.search(text[max(0, q.num_start - 60):q.num_start])
                                     or _TOLL_RANGE.search(text[max(0, q.num_start - 120):q.num_start]))
            out.append(CountMention(kind=kind, quantity=q, toll=toll, protest_noun=proto, partitive=part,
                                    estimate=estimate))
    out.extend(_singular_counts(text, out))
    out.sort(key=lambda c: c.quantity.start)
    out = _joined_groups(text, out, lex)
    zeros = _zero_counts(text)
    zspans = [(z.quantity.start, z.quantity.end) for z in zeros]
    out = [c for c in out if not any(s < c.quantity.end and c.quantity.start < e for s, e in zspans)]
    out.extend(zeros)
    out.sort(key=lambda c: c.quantity.start)
    return out


# A number with a verb of its own right after it starts a clause, not a list item:
# "..., among them dozens of children, and nearly 20,000 had been arrested".
_CLAUSE_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:were|was|had|have|has|are|is)\b", re.IGNORECASE)
_SUBSET_END = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\s*$", re.IGNORECASE)
_SUBSET = re.compile(r"\b(?:including|among them|among whom|of whom)\b[^.;:]*$", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.IGNORECASE)


_TOLL_BREAKDOWN = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:dead|killed|injured|wounded|hurt|arrested|"
                             r"detained)\s*[:\u2013\u2014]\s*(?:[a-z]+\s+)?$", re.IGNORECASE)
_SUBSET_LIST = re.compile(r",\s*(?:including|among\s+them|among\s+whom)\b[^,.;:]*,", re.IGNORECASE)


# Between two groups counted together: "27 [civilians and] six police officers were killed".
# (Not after a comma: "dispersed the 100 demonstrators, and ten people were hurt" is a clause.)
# (a group may be told of a body: "Eleven members of the security forces and two civilians")
_GROUPS_AND = re.compile(r"\s+([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}(?:\s+of\s+(?:the\s+)?[a-z][\w'-]*"
                         r"(?:\s+[a-z][\w'-]*)?)?)\s+and\s+$", re.IGNORECASE)


def _joined_groups(text: str, found: list[CountMention], lex: dict[str, tuple[str, ...]]) -> list[CountMention]:
    """"27 civilians and six police officers were killed", "police arrested 40 students and 3
    teachers": two groups told together are one count of the kind either names (33, 43),
    its span from the first number to the second. (Not two crowds, nor a vague figure.)"""
    out: list[CountMention] = []
    for cm in found:
        prev = out[-1] if out else None
        m = _GROUPS_AND.fullmatch(text, prev.quantity.end, cm.quantity.start) \
            if prev is not None and prev.quantity.end <= cm.quantity.start else None
        kinds = {prev.kind, cm.kind} if prev is not None else set()
        group = _words(m.group(1)) if m is not None else []
        head = group[group.index("of") - 1] if "of" in group[1:] else group[-1:][0] if group else ""
        if prev is None or m is None or not _peopleish(head, lex) or \
                len(kinds - {"participants"}) != 1 or prev.quantity.qualifier == "vague" or \
                any(c.toll or c.partitive or c.estimate for c in (prev, cm)):
            out.append(cm)
            continue
        a, b = prev.quantity, cm.quantity
        quals = {a.qualifier, b.qualifier}
        # (a vague second group still adds its conservative figure: "about 200 civilians and
        # several dozen soldiers were killed", 236 or so)
        qualifier = "exact" if quals == {"exact"} else "at_least" if quals <= {"exact", "at_least"} else "approx"
        joined = Quantity(text=text[a.start:b.end], start=a.start, end=b.end, value=a.value + b.value,
                          low=None, high=None, qualifier=qualifier, num_start=a.num_start)
        out[-1] = dataclasses.replace(cm, kind=(kinds - {"participants"}).pop(), quantity=joined)
    return out


def _subset(text: str, earlier: list[Quantity], q: Quantity) -> bool:
    """A number in a list that breaks down a group counted just before it is part of that count,
    not one of its own: "40 people were arrested, including 12 students"."""
    for p in reversed(earlier):
        between = text[p.end:q.start]
        # (only after a break: in "police killed two of them" the two are the verb's own count)
        of_them = _OF_THEM.match(text, q.end) if re.search(r"(?:,|\band)\s*$", between) else None
        if of_them and any(w.endswith("ed") or w in _BE_OR_HAVE for w in _words(text[of_them.end():of_them.end() + 50])[:4]):
            of_them = None  # "up to 200 protesters marched, and 146 of them were arrested": a count of its own
        if len(between) <= 80 and not re.search(r"[.;:!?]", between) and (
                _SUBSET_END.search(between) or of_them):
            # "500 protesters had been killed, among them dozens of children", "21 people died,
            # 14 of them from gunshot wounds"
            return True
        if len(between) <= 40 and _TOLL_BREAKDOWN.match(between) and not any(
                w.endswith("ed") or w in _BE_OR_HAVE for w in _words(text[q.end:q.end + 50])[:4]):
            # "had left ten people dead: eight civilians and two police officers" (not "three were
            # arrested: 2,000 people marched")
            return True
        # A verb ends the list: in "11, including five students, were held and 30 hurt" the
        # 30 are counted on their own.
        if len(between) > 80 or re.search(r"[.;:!?]", between) or \
                re.search(r"\b(?:were|was|are|is|been|had|have|has)\b", between):
            return False
        listed = re.search(r"\b(?:and|,)\s*$", between) and not _CLAUSE_AFTER.match(text[q.end:q.end + 40])
        if _SUBSET.search(between) or (listed and _SUBSET.search(text[max(0, p.start - 80):p.start])):
            return True
        if listed and re.match(r"\s*of\s+(?:them|whom)\b", between):
            return True  # "19 people were killed, eight of them Serbs and eleven Albanians"
    return False


# Words in "-ing" after a comma that start no participle clause of what was done to others.
_NOT_PARTICIPLES = (r"(?:including|during|following|according|regarding|concerning|excluding|pending|"
                    r"considering|barring|notwithstanding|morning|evening|building|meeting|being|"
                    r"something|nothing|anything|everything|spring|king|thing|ceiling|string|wing)")
# Verbs before a kind word that say it did not happen: "risked arrest", "faced death".
# (Not "feared": "30 people are feared dead" is a toll.)
_RISKED = frozenset({"risk", "risks", "risked", "risking", "face", "faces", "faced", "facing",
                     "avoid", "avoided", "escape", "escaped", "evade", "evaded", "dodged", "braved",
                     "braving", "threatened", "threat"})
# Prepositions and the like that may follow a bare crowd figure: "protests by thousands against".
_CROWD_FOLLOWERS = frozenset({"against", "in", "on", "at", "for", "who", "demanding", "calling",
                              "protesting", "to", "from", "over", "across", "outside", "through",
                              "near", "and", "chanting", "carrying", "waving", "marching"})
_STREETS = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:to|onto|into|on|out\s+(?:on|onto|into))\s+the\s+"
                      r"(?:streets?|roads?|squares?)\b", re.IGNORECASE)
# "put the number of demonstrators on Wednesday at", "crowds over the three days reached".
_PROTESTERS_RX = r"(?:the\s+)?(?:protesters|protestors|demonstrators|marchers|participants|strikers|mourners|people)"
_CROWD_FIGURE = re.compile(
    rf"\b(?:(?:put|puts|putting|estimated|estimates|estimating|placed|places)\s+(?:the|their)\s+"
    rf"(?:(?:largest|biggest|first|last|final|total|overall|peak)\s+)?(?:(?:number|size)\s+of\s+{_PROTESTERS_RX}|turnout|crowd|attendance|participation)\b"
    rf"[^.;:!?]{{0,50}}\bat"
    rf"|(?<!voter\s)(?<!voters\s)(?:crowds?(?!\s+of\s+(?!{_PROTESTERS_RX}\b))|turnout|attendance|"
    rf"participation|number\s+of\s+{_PROTESTERS_RX})\b[^.;:!?]{{0,50}}\b(?:reached|topped|exceeded|"
    rf"swelled\s+to|ranged\s+from|rose\s+to|grew\s+to|peaked\s+at)"
    # "the crowds are smaller, between 2,000 and 3,000", "crowds numbering 5,000"
    rf"|\bcrowds?\s+(?:(?:are|were|is|was)\s+(?:now\s+|still\s+)?(?:smaller|larger|bigger|thinner),?|"
    rf"numbered|numbering))\s*$", re.IGNORECASE)


def _crowd_context(before_text: str, after: list[str], after_text: str,
                   lex: dict[str, tuple[str, ...]]) -> bool:
    """Whether the words around a figure make it a crowd's size: "demonstrations by thousands
    against inequality", "a rally that brought thousands to the streets", "organisers put the
    number of demonstrators at 35,000", "crowds over three days reached 30,000"."""
    before = _words(before_text)
    if before[-1:] == ["by"] and _ends_with_phrase(before[-3:-1], lex["crowd_nouns"]) and \
            (not after or after[0] in _STOP or after[0] in _CROWD_FOLLOWERS):
        return True
    if before[-1:] in (["brought"], ["bringing"], ["brings"], ["bring"]) and _STREETS.match(after_text):
        return True
    if _COUNTED_TOO.search(before_text):
        return True  # "organisers claimed 400,000 took part, while researchers counted about 42,000"
    return bool(_CROWD_FIGURE.search(before_text))


# Another source's count of the crowd a clause just told: "... took part, while researchers
# counted about 42,000".
_COUNTED_TOO = re.compile(r"\b(?:took\s+part|turned\s+out|attended|marched|rallied|joined)\b[^.;:!?]{0,40},\s*"
                          r"(?:while|but|and|whereas)\s+[^.;:!?,]{0,60}\b(?:counted|estimated|put\s+it\s+at)"
                          r"(?:\s+(?:about|some|around|roughly|nearly|only|just|fewer\s+than|at\s+least))?\s*$",
                          re.IGNORECASE)


# Words that may stand between "held" and the number of those held ("held at least 40").
_HELD_QUANTIFIERS = frozenset({"at", "least", "about", "some", "nearly", "almost", "around", "roughly",
                               "more", "than", "over", "up", "to", "an", "estimated", "approximately",
                               "another", "a", "further"})


# The names of the ones a number counts, in apposition before their verb.
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|de|da|del|dos|das|los|las|la|van|von|al|bin|el|and)"
_NAMES_LIST = re.compile(rf"((?:\s+[a-z]+){{0,2}}),\s+(?:{_NAME_WORD}\s+){{1,11}}{_NAME_WORD},"
                         r"(?=\s+(?:were|was|had|have|are|is)\b)")


_ASIDE_BEFORE = re.compile(
    r",\s*(?:by\s+(?:most|some|one|its|their|official|other|conservative)\s+(?:\w+\s+)?(?:estimates?|counts?|accounts?)"
    r"|according\s+to\s+[^,]{1,50}|(?:it\s+is|officials|police|witnesses)\s+(?:said|say|believed|estimated))"
    r"\s*,\s*$", re.IGNORECASE)


def _classify(text: str, q: Quantity, q_starts: set[int],
              lex: dict[str, tuple[str, ...]]) -> tuple[str | None, bool, bool]:
    after_text = text[q.end:q.end + 120]
    cut = False
    # Stop the look-ahead at the next quantity: "12 killed and 30 injured".
    for s in sorted(q_starts):
        if q.end < s < q.end + 120:
            between = text[q.end:s].lower().rstrip()
            if re.search(r"\b(?:including|among them|of whom|of them)\b[^.;:]*$", between):
                # "11 demonstrators, including five students, were arrested", "several people,
                # including four pupils and a reporter, were hurt": read past the list.
                continue
            if re.search(r"\b(?:were|was|are|is)\s+among$", between) and not re.search(r"[.!?;]\s", between):
                return None, False, False  # "three councillors were among 40 people arrested"
            after_text = text[q.end:s]
            cut = True  # the next number ends the look-ahead: it may be a later verb's object
            break
    # A list breaking the group down is read past: "ten people, among them two police officers
    # and two security guards, had been killed".
    after_text = _SUBSET_LIST.sub(",", after_text)
    # So are the names of the ones counted: "two more students, Hugo de los Santos and Susana
    # Pintos, were killed".
    named = _NAMES_LIST.match(after_text)
    if named is not None:
        after_text = named.group(1) + " " + after_text[named.end():]
    # A participle clause after a comma tells what the subject did to others: in "fired amid
    # tens of thousands of rioters, killing two", the thousands were not killed.
    participle = re.match(rf"([^,]*),\s*(?!{_NOT_PARTICIPLES}\b)[a-z]+ing\b", after_text)
    after = _words(participle.group(1) if participle else after_text)
    if after[:2] == ["or", "so"]:
        after = after[2:]  # "50 or so cabbies"
    # (an aside between the verb and its number is read past: "a crackdown that killed, by
    # most estimates, between 18,000 and 28,000 people")
    lead = _ASIDE_BEFORE.sub(" ", text[max(0, q.start - 80):q.start])
    before = _words(lead)
    # Only the words of the same sentence count as context before the number.
    for j in range(len(before) - 1, -1, -1):
        if before[j] in (".", ";", "!", "?", ":"):
            before = before[j + 1:]
            break
    # 1. The kind word right after: "12 dead", "40 arrests", "5,000-strong".
    if after and after[0].startswith("-strong") or \
            re.match(r"(?:-|\s)(?:(?:person|people|man|member)[-\s])?strong\b", after_text.lower()):
        return "participants", False, False
    # Not across a comma: in "killed 3, wounding 12" the 3 were killed (read from before).
    k = _kind_of_word(after[:3]) if after and not re.match(r"\s*,", after_text) else None
    if k is None and after[:1] in (["people"], ["persons"], ["others"], ["more"], ["other"]):
        k = _kind_of_word(after[1:4])
    if k is None and after[:1] in (["were"], ["was"]) and not re.match(r"\s*,", after_text):
        # "... were arrested and 30 were injured": the passive after the number tells its kind.
        rest = after[2:] if after[1:2] == ["also"] else after[1:]
        k = _kind_of_word(rest[:3])
    if k is not None and k != "participants":
        return k, False, False
    if before[-1:] in (["brought"], ["bringing"], ["brings"], ["bring"]) and _STREETS.match(after_text):
        # the crowd a cause brought out, whatever the cause: "his arrest brought thousands back
        # to the streets"
        return "participants", False, False
    # 2. The kind right before: "killing 12", "arrested at least 40", "toll rose to 15".
    near = before[-3:]
    window_before = " ".join(before[-6:])
    if _TOLL.search(window_before) or _TOLL_RANGE.search(text[max(0, q.num_start - 120):q.num_start]):
        return "killed", True, False
    if near[-2:] == ["lives", "of"] and [w for w in before[-5:-2] if w != "the"][-1:] not in (
            ["cost"], ["costing"], ["claimed"], ["claiming"], ["took"], ["taken"], ["claim"]):
        return None, False, False  # "hurt the lives of two million bus riders", not "cost the lives of 12"
    # The nearest kind word wins: "killed 3, wounding 12". A crowd that a verb after the number
    # names starts a new clause after "and": "police held two stewards, and 600 people joined".
    if k == "participants" and near[-1:] in (["and"], ["but"], ["while"]):
        near = []
    if near[-1:] in (["and"], ["but"], ["while"]) and _own_passive(after):
        near = []  # "157 were killed and more than 100 women were raped": a clause of its own
    # Not across a comma: "after the killing, several hundred students went on the rampage".
    clause = _words(lead.rsplit(",", 1)[-1])
    if len(clause) < len(near):
        near = near[len(near) - len(clause):]
    for i in reversed(range(len(near))):
        if near[i] in _SUBORDINATORS:
            break  # another clause: "eleven arrests as thousands of fans ran riot"
        if near[i] in ("held", "holding", "hold", "holds"):
            held_on = near[i + 1:]
            if held_on[:1] in (["in"], ["on"], ["across"]) or (held_on[:1] == ["at"] and held_on[1:2] != ["least"]) \
                    or any(w not in _HELD_QUANTIFIERS for w in held_on):
                break  # "vigils were held in a number of market towns", "held sit-ins at two shafts"
            return "arrested", False, False  # "police held 400 protesters", "held at least 40"
        if _starts_with_phrase(near[i:], lex["affected_words"]) and near[i].endswith("ed"):
            return None, False, False  # "the war has displaced more than 600,000 people"
        kb = _shot_dead(near[i], after, _kind_of_word(near[i:]))
        # A protest verb before a number has an object, not a crowd: "protesters occupied two
        # ministries" (crowds before a number come from crowd verbs: "the rally drew 3,000").
        if kb is not None and kb != "participants":
            return kb, False, False
    if q.qualifier == "vague" and before[-2:] in (["in", "their"], ["in", "the"], ["by", "the"]):
        if before[-2:] == ["by", "the"] and before[-3:-2] and before[-3].endswith("ed"):
            # "were arrested by the hundreds": those it was done to ("dismissed by the
            # hundreds": no toll of ours)
            return _kind_of_word(before[-3:-2]), False, False
        return "participants", False, False  # "the cyclists, in their hundreds", "by the thousands"
    if _ends_with_phrase(before[-4:], lex["crowd_verbs"]) or (
            before[-1:] == ["of"] and _ends_with_phrase(before[-3:-1], lex["crowd_nouns"])):
        return "participants", False, False
    if _crowd_context(text[max(0, q.start - 80):q.start], after, after_text, lex):
        return "participants", False, False
    # Part of a group told before is no crowd of its own: "several of those held said ...".
    # (It is a toll: "three of the marchers were hurt", found by its kind word above.)
    partitive = after[:2] == ["of", "those"] and after[2:3] not in (["who"], ["that"])
    # A number of protests is not a crowd: "two demonstrations", "dozens of protest marches".
    for j, w in enumerate(after[:3]):
        if w in lex["event_nouns"]:
            if not any(_peopleish(x, lex) for x in after[:j]):
                return None, False, False
            break
    # 3. The kind word a few words on: "12 people were killed", "thousands of teachers marched".
    _, not_people = _exclude()
    # Inside a phrase about the crowd, a number counts what the crowd came from, unless that
    # is people: "dozens of nurses from three clinics marched".
    in_phrase = before[-1:] in (["from"], ["at"], ["across"], ["s"], ["of"]) and \
        not _ends_with_phrase(before[-4:], lex["crowd_nouns"] + lex["crowd_verbs"])
    guards = False
    skip = -1
    rel = -1
    for i, w in enumerate(after[:9]):
        if w in _STOP:
            break
        if i <= skip:
            continue
        if w == "of" and i > 0 and after[i - 1] in lex["kin_nouns"]:
            # "50 mothers of the dead gathered", "relatives of those killed were held": read
            # past whose kin they are
            dead = next((j for j in range(i + 1, min(i + 4, len(after)))
                         if _kind_of_word(after[j:j + 1]) == "killed" or after[j] in ("victims", "martyrs")), None)
            if dead is not None:
                skip = dead
                continue
        if 0 < i <= 3 and w in not_people and _kind_of_word(after[i:]) is None and \
                all(x.isalpha() and x not in ("including", "of") for x in after[:i]):
            break  # "the two largest transport unions called a strike": organisations, not heads
        if w in ("who", "which", "that") and i > 0 and after[i + 1:i + 2] not in (["were"], ["was"], ["had"], ["have"]):
            break  # a relative clause goes on only when it is passive: "five teachers who were held"
        if w in ("who", "which", "that") and i > 0:
            rel = i
        if rel >= 0 and i >= rel + 2 and w.endswith("ed") and _kind_of_word([w]) is None and \
                after[i - 1] in ("had", "have", "has", "who", "that"):
            # ... and its verb is the kind word: "two MPs who had backed the protests" are no
            # crowd (but "three students who had been badly beaten" were hurt, and "workers who
            # had been on strike" struck)
            return None, False, False
        kw = _kind_of_word(after[i:])
        if kw is not None and kw != "participants" and i > 0 and after[i - 1] in _RISKED:
            continue  # "thousands of parents risked arrest": none was held
        if kw is not None and kw != "participants" and i > 0 and after[i - 1] == "of" and w.endswith("ing"):
            return None, False, False  # "convicted three officers of killing 31": those convicted
        if kw == "killed" and i > 0 and w in ("bodies", "body", "corpses"):
            continue  # "30 leaders of unions and student bodies met": organisations, not the dead
        if kw == "killed" and i > 1 and after[i - 1] == "to" and after[i - 2] in _SENTENCED:
            return None, False, False  # "500 were sentenced to death": a sentence, not a toll
        if kw is None and _starts_with_phrase(after[i:], lex["not_participants"]) and \
                all(x == "of" or x.isalpha() and x not in lex["protester_nouns"] for x in after[:i]):
            # The counted noun is police or troops: what they do to a crowd is no crowd's act
            # ("about 400 police surrounded the site"); "200 police officers marched" is one.
            guards = True
        if kw == "participants" and guards and _starts_with_phrase(after[i:], lex["policing_verbs"]):
            return None, False, False
        if kw == "participants" and _peopleish(w, lex):
            # A people noun ("three of the marchers") is what is counted, not what they did:
            # read on for the verb ("... were hurt").
            continue
        if kw is not None and kw != "participants" and i > 0 and _active_on(after, i, cut):
            return None, False, False  # "three soldiers shot two protesters": those who shot
        if kw is not None:
            if i + 1 < len(after) and after[i + 1] == "of" and kw != "participants" and \
                    not w.endswith("ed"):
                break  # "the killing of", "arrests of": a noun about something else
            if kw != "participants" and any(x in ("and", "but") for x in after[1:i]) and \
                    "including" not in after[:i] and (
                    after[i + 1] not in _BACK_OBJECTS if i + 1 < len(after) else cut):
                # "police dispersed 300 protesters and arrested their leaders": a second verb
                # with an object of its own (but "surrounded 200 villagers and killed them")
                break
            if kw == "participants" and i > 0 and after[i - 1] in ("were", "was", "been", "being", "be"):
                continue  # passive: "two boys were attacked" names victims, not a crowd
            if kw == "participants" and (partitive or in_phrase and not any(_peopleish(x, lex) for x in after[:i])):
                break
            if kw == "participants" and i > 0:
                # "rally" or "march" after a modifier is a noun ("one major rally"), not what
                # a crowd did.
                if w in _NOUN_LIKE and after[i - 1] not in ("in", "to") and not _peopleish(after[i - 1], lex):
                    continue
            return kw, False, False
    # 4. A protest noun: "5,000 demonstrators", "hundreds of students"; not across a comma
    # ("the project known as Lisbon 21, residents say").
    if re.match(r"\s*,", after_text):
        return None, False, False
    head = [w for w in after[:4] if w not in ("of", "the", "angry", "striking", "more", "other")]
    # The counted noun may follow a modifier or two: "2,000 construction workers".
    for n in range(min(3, len(head))):
        if head[n] in _STOP or head[n] in ("and", "or", "in", "at", "on", "to", "were", "was", "from",
                                           "for", "with", "by", "into", "over", "against", "under"):
            break  # "stolen over 30 million from state coffers": a preposition ends the phrase
        if head[n] in lex["protester_nouns"] or " ".join(head[n:n + 2]) in lex["protester_nouns"] \
                or (_peopleish(head[n], lex) and head[n] not in lex["not_participants"]):
            nxt = after[after.index(head[n]) + 1:]
            if nxt[:1] in (["and"], ["or"]) and len(nxt) > 2:
                nxt = nxt[2:]  # "more than 250 activists and journalists have been jailed"
            nxt = nxt[:4]
            if nxt[:1] and nxt[0] in _MONEY:
                return None, False, False  # "millions of taxpayers' money"
            told = [w for w in nxt if not w.endswith("ly") and w not in _BE_OR_HAVE]
            if _starts_with_phrase(told, lex["after_protest_words"]):
                return None, False, False  # "some 2,000 people fled to Kenya": refugees, no crowd
            if nxt[:1] and nxt[0] in _BE_OR_HAVE and _starts_with_phrase(
                    [w for w in nxt[1:] if not w.endswith("ly") and w not in _BE_OR_HAVE], lex["affected_words"]):
                return None, False, False  # "60,000 commuters were stranded", "40 people are still missing"
            if _done_to(nxt) and head[n] not in lex["crowd_only_nouns"]:
                return None, False, False
            return "participants", False, True
    # "hundreds of judges", "thousands of east german teachers": a vague crowd of some group.
    if q.qualifier == "vague" and after[:1] == ["of"]:
        _, after_words = _exclude()
        for j, w in enumerate(after[1:5], start=1):
            if w in _STOP or w in ("and", "or", "in", "at", "on", "to", "from", "for", "with"):
                break
            if w in lex["not_participants"]:
                break
            if (w.endswith(("s", "men", "people", "youth", "clergy", "staff"))
                    and not _starts_with_phrase([w], after_words)):
                if after[j + 1:j + 2] and after[j + 1] in _MONEY:
                    break  # "millions of taxpayers' money"
                if _done_to(after[j + 1:j + 5]) and w not in lex["crowd_only_nouns"]:
                    break
                return "participants", False, True
    return None, False, False


@cache
def _singular_rx() -> re.Pattern[str]:
    nouns = sorted(counts_data()["kinds"]["singular_nouns"], key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    # "a protester", "an elderly woman", "one young man", "a 23-year-old student"
    # "a 38 year old woman" in notes without hyphens: up to three words before the noun
    # "the student was shot dead", "that person was killed": one person named as the subject
    # of a passive, right before the verb
    definite = rf"(?:the|that|this)\s+(?:{alt})(?=\s+(?:was|had\s+been|has\s+been)\s)"
    return re.compile(rf"\b(?P<np>(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?(?:{alt})|{definite})\b",
                      re.IGNORECASE)


def _singular_counts(text: str, found: list[CountMention]) -> list[CountMention]:
    """One person killed, injured or arrested: "a demonstrator died", "a student was arrested"."""
    taken = [(c.quantity.start, c.quantity.end) for c in found]
    out: list[CountMention] = []
    for m in _singular_rx().finditer(text):
        start, end = m.span("np")
        if any(s < end and start < e for s, e in taken):
            continue
        if re.match(r"(?i)one\s+of\b", text[start:]) or re.search(r"(?i)\bnot\s+$", text[max(0, start - 5):start]):
            continue  # (nor "not one protester was arrested": none)
        after = _words(text[end:end + 60])
        if re.search(r",\s*$", text[max(0, start - 3):start]) and re.match(r"\s*,\s*(?:were|are|have)\b", text[end:]):
            continue  # "Dias, a lawyer, and Guambe, an official, were hit": who they were
        # The verb right before it first: "killing a baby and wounding several others" (not a
        # noun, nor across a comma: "stabbed to death, a police officer said").
        prev = _words(text[max(0, start - 20):start])[-1:]
        if prev == ["dead"]:
            prev = _words(text[max(0, start - 25):start])[-2:]  # "shot dead a schoolboy"
        kind = None
        if prev and prev[0].endswith(("ing", "ed", "shot")) and not re.search(r",\s*$", text[max(0, start - 3):start]):
            kind = _shot_dead(prev[-1], after, _kind_of_word(prev))
        if kind == "participants":
            kind = None
        for i, w in enumerate([] if kind else after[:5]):
            if w in _STOP or (i > 0 and w in ("and", "who", "which", "that")):
                break
            if i == 0 and w in ("who", "that") and not (
                    after[1:2] in (["was"], ["is"], ["got"], ["died"], ["dies"], ["perished"], ["later"])
                    or after[1:3] in (["had", "been"], ["has", "been"], ["had", "died"], ["has", "died"])):
                break  # "a journalist who had filmed the shooting": who did something, not a victim
            kind = _kind_of_word(after[i:])
            if kind is not None:
                if i == 0 and after[1:2] and (after[1] in _DETERMINERS or after[1] in _OBJECT_STARTS
                                              or re.fullmatch(r"\d[\d,]*", after[1])) \
                        and not (after[2:3] and after[2] in _TIME_UNITS):
                    # "a police officer shot a grocery worker": the one who shot (not "a
                    # student killed a day earlier")
                    kind = None
                break
        if kind is None:
            # "police killed a man", "arresting a journalist"; not a source after the toll:
            # "three were stabbed to death, a police officer told reporters".
            before = _words(text[max(0, start - 40):start])[-2:]
            if any(w in _STOP for w in before) or re.search(r",\s*$", text[max(0, start - 3):start]):
                before = []
            for i in range(len(before)):
                kind = _kind_of_word(before[i:])
                if kind is not None:
                    break
        if kind is None or kind == "participants":
            continue
        if kind == "injured" and (_DIED_AFTER.match(text, end) or _DEAD_BEFORE.search(text[max(0, start - 200):start])):
            # "a young woman was shot in the chest ... and died within minutes"; "the dead
            # included a young man shot by a gendarme"
            kind = "killed"
        # "shot dead a man and an eight-year-old boy": one more for each one listed with it
        value = 1
        while (gap := _LIST_GAP.match(text, end)) is not None and \
                (more := _singular_rx().match(text, gap.end())) is not None and \
                more.group("np")[:1].lower() in "ao" and not _OWN_VERB.match(text, more.end()):
            value, end = value + 1, more.end()
            taken.append((more.start(), more.end()))
        q = Quantity(text=text[start:end], start=start, end=end, value=value, low=None, high=None,
                     qualifier="exact", num_start=start)
        out.append(CountMention(kind=kind, quantity=q))
    return out


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# (a person of a clause of their own: "a man was shot and a woman was beaten")
_OWN_VERB = re.compile(r"\s+(?:was|were|is|are|had|has|who|died|survived|said|says|told)\b", re.IGNORECASE)


# The one hurt died of it, told in the same clause: "... was shot in the chest on a side
# street and died within minutes".
_DIED_AFTER = re.compile(r"[^.;!?]{0,120}?\band\s+(?:later\s+|soon\s+|then\s+)?died\b", re.IGNORECASE)


# The one told is among the dead: "The dead included a young man shot at a roadblock".
# (and each one listed after it: "..., and a father of two shot by a resident")
_DEAD_BEFORE = re.compile(r"\b(?:the\s+dead|those\s+killed|the\s+victims)\s+(?:included|include|includes)\b[^.;!?]*$|"
                          r"\b(?:the\s+dead|those\s+killed|the\s+victims)\s+(?:were|was)\s+$|"
                          r"\bamong\s+the\s+dead\s+(?:was|were)\s+$", re.IGNORECASE)


def _zero_counts(text: str) -> list[CountMention]:
    out: list[CountMention] = []
    for m in _ZERO.finditer(text):
        phrase = " ".join(m.group("z").lower().split())
        kinds: list[str] = []
        tail = phrase.split()[-1]
        if tail in ("casualties",):
            kinds = ["killed", "injured"]
        elif tail in ("deaths", "fatalities", "lives"):
            kinds = ["killed"]
        elif tail == "injuries":
            kinds = ["injured"]
        elif tail == "arrests":
            kinds = ["arrested"]
        else:
            after = _words(text[m.end():m.end() + 60])
            for i, w in enumerate(after[:5]):
                if w in _STOP:
                    break
                k = _kind_of_word(after[i:])
                if k is not None and k != "participants":
                    kinds = [k]
                    break
        q = Quantity(text=m.group("z"), start=m.start("z"), end=m.end("z"), value=0, low=None, high=None,
                     qualifier="exact", num_start=m.start("z"))
        out.extend(CountMention(kind=k, quantity=q) for k in kinds)
    return out


# --- attaching to events ----------------------------------------------------------------------


# Not the strikes of war: "air strikes", "a drone strike", "missile strikes".
_PROTEST_WORDS = re.compile(r"(?i)\b(?:protest|demonstrat|rall(?:y|ies|ied)|march|crowd|"
                            r"(?<!air\s)(?<!air-)(?<!drone\s)(?<!missile\s)(?<!rocket\s)"
                            r"(?<!military\s)(?<!aerial\s)(?<!nuclear\s)(?<!airstrike\s)strik|"
                            r"picket|sit-?in)")


def _protest_context(sentence: str) -> bool:
    """Whether a sentence speaks of protest, leaving out the month ("the attack in March")."""
    for m in _PROTEST_WORDS.finditer(sentence):
        if m.group(0) == "March" and (m.start() > 0 or re.match(r"March\s+\d", sentence)):
            continue  # capitalised inside a sentence, or before a day: the month
        return True
    return False


def _fit(kind: str, ev: Event, protest_context: bool = False) -> int:
    """How well an event takes a count of this kind (higher is better; 0 = not at all)."""
    if kind == "participants":
        # A crowd size belongs to the protest, or to the policing of one: ACLED records a
        # protest met with force or arrests as one event, with the size of the crowd.
        if ev.event == "PROTEST":
            return 3
        if ev.mode == "crowd-control":
            return 2
        return 1 if protest_context and ev.event in ("ASSAULT", "COERCE") else 0
    if kind == "arrested":
        if (ev.event == "COERCE" and ev.mode == "arrest") or (ev.event == "ASSAULT" and ev.mode == "abduct"):
            return 3  # (those abducted or disappeared are counted with the held)
        return 2 if ev.event in ("COERCE", "SANCTION") else 1
    if ev.event == "ASSAULT":
        return 3
    # A toll is never the toll of a statement, a denial, a meeting or a threat: "the ministry
    # denied that police used live rounds; doctors treated 12 for gunshot wounds", "accused of
    # threatening to kill a rival trader".
    return 2 if ev.event in _VIOLENT_EVENTS and ev.event != "THREATEN" else 0


def attach_counts(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    if not events:
        return events
    mentions = find_counts(doc_text(doc), ctx.published)
    mentions = mentions + _subject_counts(doc, events, mentions, ctx.published)
    # A crowd word read in the number's phrase gives way to the verb the parse finds for it:
    # "two men who had spent the day ... were shot dead" were killed, not a crowd.
    victims = _numbered_victims(doc, [m for m in mentions if m.kind != "participants"])
    mentions = [m for m in mentions if not (m.kind == "participants" and any(
        v.quantity.start < m.quantity.end and m.quantity.start < v.quantity.end for v in victims))] + victims
    mentions = sorted(mentions + _named_victims(doc, mentions), key=lambda c: c.quantity.start)
    judging = {ev.token_i for ev in events if ev.event in ("SANCTION", "ACCUSE")}
    mentions = [m for m in mentions if not (m.kind == "participants" and _judged(doc, m, judging))]
    if not mentions:
        return events
    sents = list(doc.sents)
    sent_of = {s.start_char: si for si, s in enumerate(sents)}
    starts = [s.start_char for s in sents]
    pctx = [_protest_context(doc_text(doc)[ev.sentence_start:ev.sentence_end]) for ev in events]
    ev_sent = [sent_of.get(ev.sentence_start, _sent_index(starts, ev.sentence_start)) for ev in events]
    para_break = [m.start() for m in re.finditer(r"\n", doc_text(doc))]

    # Counts stated in an event's own sentence first, then carried ones.
    own: list[tuple[CountMention, int]] = []
    for cm in mentions:
        own.append((cm, _sent_index(starts, cm.quantity.start)))
    leftovers: list[tuple[CountMention, int]] = []
    chosen: list[tuple[Event, CountMention, bool]] = []
    for cm, si in own:
        if _disaster_toll(doc, cm):
            continue
        grievance = _grievance_count(doc, cm, [ev for i, ev in enumerate(events) if ev_sent[i] == si])
        recalled = _recalled_where(doc, cm)
        apart = _time_clause(doc, cm) if cm.kind == "participants" else None
        cands = [(i, ev) for i, ev in enumerate(events) if ev_sent[i] == si and _fit(cm.kind, ev, pctx[i]) > 0
                 and not (grievance and ev.event == "PROTEST")
                 and not (apart is not None and not _inside(doc, ev, apart))
                 and not (recalled is not None and not _inside(doc, ev, recalled))]
        carried = False
        if not cands and apart is not None:
            continue  # a crowd of a clause of the time, no event of its own, is no protest's size
        if not cands and recalled is not None:
            continue  # a toll told only to say which place is meant is no later event's either
        para = _para(para_break, cm.quantity.start)
        toll_clause = _clause_of(doc, cm) if cands and cm.kind in ("killed", "injured") else None
        told_toll = toll_clause is not None and toll_clause.lemma_.lower() in _TOLL_TELLING and \
            not any(_linked(doc, ev, toll_clause) for _, ev in cands)
        if cands and (told_toll or (cm.toll and max(_fit(cm.kind, ev, pctx[i]) for i, ev in cands) < 3)):
            # "At least 817 were killed. The government put the toll at 624 and said that the
            # protesters had fired first": another count of the killing told before, not of
            # what its sentence goes on to say
            before = [(i, ev) for i, ev in enumerate(events)
                      if si - 2 <= ev_sent[i] < si and _para(para_break, ev.sentence_start) == para
                      and _fit(cm.kind, ev) >= 3]
            # (the event that already counts it first: "817 were killed ..., one of the
            # largest killings")
            counted = [c for c in before if any(b is c[1] and m.kind == cm.kind for b, m, _ in chosen)]
            if before:
                cands, carried = counted or before, True
        if not cands and cm.kind != "participants" and _AGGREGATE.search(
                doc_text(doc), sents[si].start_char, sents[si].end_char):
            continue  # "put the death toll for the year at 355": all of them, no one event's
        if not cands:
            # "The death toll climbed to 15." / "Police said 5,000 people took part."
            cands = [(i, ev) for i, ev in enumerate(events)
                     if si - 2 <= ev_sent[i] < si and _para(para_break, ev.sentence_start) == para
                     and _fit(cm.kind, ev) >= 2]
            carried = True
        if not cands:
            leftovers.append((cm, si))
            continue
        clause = _clause_of(doc, cm) if not carried else None
        # The protest the toll's own clause names holds it when no attack is told in that
        # clause: in "more than 60 people had died in the protests, and dozens had been
        # abducted", the 60 died in the protests.
        in_protest = {c[0] for c in cands if c[1].event == "PROTEST" and _died_in(doc, c[1], clause)} \
            if cm.kind in ("killed", "injured") and not any(
                c[1].event == "ASSAULT" and _linked(doc, c[1], clause) for c in cands) else set()
        _, best = max(cands, key=lambda c: (3 if c[0] in in_protest else _fit(cm.kind, c[1], pctx[c[0]]),
                                            ev_sent[c[0]] if carried else 0,
                                            _linked(doc, c[1], clause),
                                            -abs(c[1].trigger.start - cm.quantity.start)))
        chosen.append((best, cm, _linked(doc, best, clause)))
    # A figure of the event's own clause before one of a neighbouring clause: in "the
    # government said 11 people died; a rights group said at least 61 were killed", the
    # killing the rights group tells is of 61.
    for best, cm, _ in sorted(chosen, key=lambda c: not c[2]):
        _set(best, cm)
    _share_participants(events, ev_sent, leftovers, para_break, pctx, _days_told(doc, leftovers, ctx.published))
    _share_casualties(doc, events, ev_sent)
    return events


# Verbs whose subject only speaks of, or acts on, a protest: "backed the protests", "condemned
# the march", "subdued a rally" (unlike "staged a demonstration", "ended a strike").
_SPEAKING_OF = frozenset({"back", "support", "condemn", "criticise", "criticize", "denounce", "ban", "finance",
                          "fund", "oppose", "justify", "praise", "report", "investigate", "suppress", "subdue",
                          "disperse", "crush", "prevent", "attack", "cover", "film", "witness"})


def _subject_counts(doc: Doc, events: list[Event], found: list[CountMention],
                    published: dt.date | None) -> list[CountMention]:
    """Crowd sizes that only the parse shows, whatever the crowd is called: a number in the
    subject of a protest verb ("the roughly 300 beekeepers who staged a demonstration"), in the
    noun a protest clause describes ("hundreds of cabbies who protested"), or after "by" of a
    protest noun ("a march by several hundred nurses")."""
    triggers = {ev.token_i for ev in events if ev.event == "PROTEST" and 0 <= ev.token_i < len(doc)}
    if not triggers:
        return []
    # "staged a demonstration", "arrived to protest": the verb whose subject is the crowd.
    # (not who "had backed the protests" or "condemned the march": their subject is no crowd)
    triggers |= {doc[i].head.i for i in triggers
                 if doc[i].head.pos_ == "VERB" and (doc[i].dep_ in ("xcomp", "advcl") or
                                                    doc[i].dep_ == "dobj" and doc[i].head.lemma_.lower() not in _SPEAKING_OF)}
    text = doc_text(doc)
    lex = _lex()
    _, not_people = _exclude()
    taken = [(c.quantity.start, c.quantity.end) for c in found]
    date_spans = [(t.start, t.end) for t in find_timexes(text, published or _PLACEHOLDER_REF)]
    out: list[CountMention] = []
    for q in find_quantities(text):
        if q.value < 2 or any(s < q.end and q.start < e for s, e in taken) or \
                _is_excluded(text, q, date_spans):
            continue
        span = doc.char_span(q.num_start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        num = span.root
        noun = num.head if num.dep_ in ("nummod", "quantmod", "compound") else num
        # "about 9,000 banner carrying ... dockers marched": the number hangs on a compound
        # word of the subject.
        while noun is not num and noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        if noun.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        counted = noun
        if noun is num:  # "hundreds of cabbies": what is counted is after "of"
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is None:
                continue
            counted = obj
        words = [counted.lower_, " ".join(t.lower_ for t in doc[max(0, counted.i - 1):counted.i + 1])]
        if any(w in not_people for w in words) or _kind_of_word(words[:1]) not in (None, "participants"):
            continue
        head = noun.head
        # The subject of a protest verb is its crowd, whoever they are ("1,000 police officers
        # demanded higher pay"); elsewhere police and troops are not the crowd.
        said = noun.dep_ == "nsubj" and head.i in triggers
        # "a rally at which 1,200 wardens called for back pay"
        said = said or (noun.dep_ == "nsubj" and head.dep_ == "relcl" and head.head.i in triggers)
        if not said and any(w in lex["not_participants"] for w in words):
            continue
        said = said or any(c.dep_ == "relcl" and c.i in triggers
                           for t in {noun, counted} for c in t.children)
        said = said or (noun.dep_ == "pobj" and head.lower_ == "by" and head.head.i in triggers)
        if said:
            out.append(CountMention(kind="participants", quantity=q))
    return out


_PERSON_PRONOUNS = frozenset({"he", "she"})
# Passive verbs whose kind word has other senses too ("treated unfairly", "abducted by their
# father"): no named victim from them.
_NOT_TOLL_VERBS = frozenset({"treat", "abduct", "kidnap", "take", "hold", "pick", "admit"})


def _judged(doc: Doc, cm: CountMention, judging: set[int]) -> bool:
    """Whether a number of people is of those a judgment or a charge (the triggers at
    ``judging``) is passed on, no crowd: "when the court sentenced nine separatist leaders,
    protesters blocked the airport"."""
    span = doc.char_span(cm.quantity.start, cm.quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    noun = span.root
    while noun.dep_ in ("nummod", "quantmod", "compound", "advmod") and noun.head is not noun:
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.i in judging


def _numbered_victims(doc: Doc, found: list[CountMention]) -> list[CountMention]:
    """A number on the subject of a passive kill, injury or arrest verb that the words alone
    do not reach, a long clause lying between: "two men who had spent the day preparing an
    appeal were shot dead"."""
    taken = [(c.quantity.start, c.quantity.end) for c in found]
    text = doc_text(doc)
    out: list[CountMention] = []
    for verb in doc:
        if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children) or \
                verb.lemma_.lower() in _NOT_TOLL_VERBS or \
                any(c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.dep_ == "neg") for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        num = next((c for c in subj.children if c.dep_ == "nummod"), None) if subj is not None else None
        if subj is None or num is None or not any(c.dep_ == "relcl" for c in subj.children):
            continue
        nxt = doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""
        kind = _kind_of_word([verb.lower_, nxt]) or _kind_of_word([verb.lower_])
        if kind not in ("killed", "injured", "arrested"):
            continue
        start, end = num.left_edge.idx, num.idx + len(num.text)
        if any(s < end and start < e for s, e in taken):
            continue
        qs = [q for q in find_quantities(text[start:end]) if q.end == end - start]
        if not qs:
            continue
        q = dataclasses.replace(qs[-1], start=qs[-1].start + start, end=end,
                                num_start=qs[-1].num_start + start)
        out.append(CountMention(kind=kind, quantity=q))
    return out


def _named_victims(doc: Doc, found: list[CountMention]) -> list[CountMention]:
    """One person, named or referred to, as the subject of a passive kill, injury or arrest verb
    ("student Ana Ruiz was killed", "he was shot dead", "a man crossing the road was shot and
    killed") or named as the object of an active one ("opened fire, killing Rafael Ortiz")."""
    taken = [(c.quantity.start, c.quantity.end) for c in found]
    out: list[CountMention] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in _NOT_TOLL_VERBS:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive:
            victim = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        elif verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children) and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
            # (not an active conjunct with an object of its own: "a day after Wickremesinghe
            # was sworn in, and arrested at least nine people")
            # "was shot and killed": the subject of the first verb is the one killed
            victim = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        else:
            victim = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if victim is not None and not _full_name(victim):
                continue  # "killed a man" and "killed him" are the words' (``_singular_counts``)
        if victim is None or "Plur" in victim.morph.get("Number", []) or victim.tag_ in ("NNS", "NNPS") \
                or any(c.dep_ == "conj" for t in [victim, *(a for a in victim.children if a.dep_ == "appos")]
                       for c in t.children) \
                or any(c.dep_ == "auxpass" and c.lower_ in ("were", "are") for c in victim.head.children):
            continue  # "Mahmud and Ayyub were ..." are two; "he was treated unfairly" no injury
        if any(c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.dep_ == "neg")
               for v in (verb, verb.head if verb.dep_ == "conj" else verb) for c in v.children) or \
                any(c.dep_ == "neg" for c in victim.subtree):
            continue  # "he should be locked up", "she was not arrested", "not one protester": no one was
        kind = _kind_of_word([t.lower_ for t in doc[verb.i:verb.i + 3]])
        if kind == "injured" and any(c.dep_ == "conj" and c.lemma_.lower() == "die" and not any(
                s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for c in verb.children):
            kind = "killed"  # "was shot in the chest near Kargar Avenue and died within minutes"
        if kind not in ("killed", "injured", "arrested") or not _one_person(victim):
            continue
        start, end = victim.left_edge.idx, victim.idx + len(victim.text)
        if any(s < end and start < e for s, e in taken) or \
                any(c.kind == kind and c.quantity.start == start for c in out):
            continue  # (one person "beaten and arrested" is one injured and one arrested)
        q = Quantity(text=doc_text(doc)[start:end], start=start, end=end, value=1, low=None, high=None,
                     qualifier="exact", num_start=start)
        out.append(CountMention(kind=kind, quantity=q))
    return out


def _full_name(tok: Token) -> bool:
    """A person's name of two words or more: "Rafael Ortiz", "rafael efrain ortiz"."""
    return tok.ent_type_ == "PERSON" or (tok.tag_ == "NNP" and sum(
        1 for c in tok.children if c.dep_ == "compound" and c.tag_ == "NNP" and c.i < tok.i) >= 1
        and tok.ent_type_ not in ("GPE", "ORG", "NORP", "LOC", "FAC", "DATE"))


def _one_person(tok: Token) -> bool:
    """A single person: a pronoun, a name, a titled name, "one of the protesters", or "a man"
    (a person noun with an indefinite article)."""
    singular = set(counts_data()["kinds"]["singular_nouns"])
    parts = [tok] + [c for c in tok.children if c.dep_ == "compound"]
    if tok.lower_ in _PERSON_PRONOUNS or tok.ent_type_ == "PERSON" or _full_name(tok):
        return True
    if tok.tag_ == "NN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return True  # "the singer Hachalu Hundessa"
    if any(t.pos_ == "PROPN" for t in parts) and any(t.lemma_.lower() in singular for t in parts):
        return True
    if tok.lower_ == "one":  # "one of the protesters was shot dead"
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            _peopleish(q.lower_, _lex()) for q in p.children if q.dep_ == "pobj") for p in tok.children)
    return tok.lemma_.lower() in singular and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _doers(ev: Event) -> list[str | None]:
    return [a.sector for a in ev.actors if a.role == "actor"]


def _describes_someone(tok: Token) -> bool:
    """A participle that describes someone named inside a phrase of another clause: "the
    funeral of a protester killed the day before"."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of"


def _share_casualties(doc: Doc, events: list[Event], ev_sent: list[int]) -> None:
    """"Two people died when police opened fire": the toll sits on the victims' verb, which
    names no perpetrator; the attack in the same sentence that names one is the same event
    (ACLED codes one event with its fatalities), so it takes the toll too. Not a killing that
    a protest of the sentence is about ("police quelled unrest triggered by the killing of a driver")."""
    for i, ev in enumerate(events):
        if _doers(ev):
            continue
        if 0 <= ev.token_i < len(doc) and _where_clause(doc[ev.token_i]) is not None:
            continue  # "fired at the square where 12 were killed last year": another event
        if 0 <= ev.token_i < len(doc) and _describes_someone(doc[ev.token_i]):
            continue  # "fired at the funeral of a protester killed the day before": another event
        if 0 <= ev.token_i < len(doc) and any(
                p.event == "PROTEST" and ev_sent[k] == ev_sent[i] and 0 <= p.token_i < len(doc)
                and grievance_of(doc[ev.token_i], doc[p.token_i]) for k, p in enumerate(events)):
            continue
        for kind in ("killed", "injured"):
            count = ev.counts.get(kind)
            if count is None:
                continue
            for j, other in enumerate(events):
                if j == i or ev_sent[j] != ev_sent[i] or other.event != "ASSAULT" or \
                        other.status != ev.status or kind in other.counts or other.mode == "destroy" or \
                        not may_coincide(ev.date, other.date) or \
                        not _same_place(ev, other):
                    continue  # (burning a house kills no one the attack beside it killed; nor does
                    # a beating told of another town or day: "Police beat lawyers in Buea, and in
                    # December four people were shot dead in Bamenda")
                if _doers(other) and not _own_side(ev, other):
                    other.counts[kind] = dataclasses.replace(count)


def _own_side(victims: Event, attack: Event) -> bool:
    """Whether the victims are of the attackers' own forces: "police met the marchers with tear
    gas; the ministry said 11 officers were injured" (hurt by the crowd, not by the police)."""
    hurt = {a.sector for a in victims.actors if a.role == "recipient"}
    doers = {a.sector for a in attack.actors if a.role == "actor"}
    return bool(hurt) and hurt <= {"COP", "MIL"} and bool(hurt & doers)


def _grievance_count(doc: Doc, cm: CountMention, sentence_events: list[Event]) -> bool:
    """Whether a toll is what a protest of its sentence is about, and so no protest's toll:
    "went on strike to protest the deaths of four colleagues", "rallied against the killing of two"."""
    if cm.kind == "participants":
        return False
    span = doc.char_span(cm.quantity.start, cm.quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return any(ev.event == "PROTEST" and 0 <= ev.token_i < len(doc)
               and grievance_of(span.root, doc[ev.token_i]) for ev in sentence_events)


def _recalled_where(doc: Doc, cm: CountMention) -> Token | None:
    """The clause of a toll that only says which place or time is meant: "fired tear gas at a
    crowd gathered at the spot where the two men died" (they died before, in another event)."""
    if cm.kind == "participants":
        return None
    clause = _clause_of(doc, cm)
    return None if clause is None else _where_clause(clause)


def _where_clause(tok: Token) -> Token | None:
    """The relative clause of "where" or "when" that ``tok`` heads or is the verb of."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when")
                                    for c in verb.children):
        return verb
    return None


def _inside(doc: Doc, ev: Event, clause: Token) -> bool:
    return 0 <= ev.token_i < len(doc) and (ev.token_i == clause.i or clause.is_ancestor(doc[ev.token_i]))


def _disaster_toll(doc: Doc, cm: CountMention) -> bool:
    """Whether a toll is a disaster's or an accident's, no event's: "a stampede left 15 people
    dead", "7,400 people died in road accidents", "four deaths due to accidents", "died in the
    camp because of hunger", "among dozens who were killed in a helicopter crash" (the
    lexicon's hazard class)."""
    if cm.kind not in ("killed", "injured"):
        return False
    span = doc.char_span(cm.quantity.start, cm.quantity.end, alignment_mode="expand")
    clause = _clause_of(doc, cm)
    told: list[Token] = [] if clause is None else [clause]
    if span is not None and len(span):
        noun = span.root.head if span.root.dep_ in ("nummod", "quantmod") else span.root
        counted = [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj")]
        # the noun itself ("deaths due to accidents") and what a clause says of the counted
        # ("officials who were killed in a crash")
        told += [noun, *(c for t in counted for c in t.children if c.dep_ in ("relcl", "acl"))]
    if not told:
        return False
    hazard = load_lexicon().classes["hazard"]
    causes = [t for verb in told for t in (*subject_tokens(verb), *_cause_objects(verb))]
    return any(t.lemma_.lower() in hazard or t.lower_ in hazard for t in causes)


def _cause_objects(tok: Token) -> list[Token]:
    """The objects of a word's prepositions, through two-word ones ("due to", "because of")."""
    out: list[Token] = []
    for p in tok.children:
        if p.dep_ not in ("prep", "agent"):
            continue
        for o in p.children:
            if o.dep_ == "pobj":
                out.append(o)
            elif o.dep_ in ("pcomp", "prep"):
                out += [x for x in o.children if x.dep_ == "pobj"]
    return out


def _clause_of(doc: Doc, cm: CountMention) -> Token | None:
    """The verb whose clause states the count ("a youth *perished* in police firing")."""
    span = doc.char_span(cm.quantity.start, cm.quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    told = [c for c in tok.children if _describes_someone(c)]
    if told:
        return told[0]  # "the funeral of a protester killed the day before": the killing
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return tok
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _time_clause(doc: Doc, cm: CountMention) -> Token | None:
    """The clause of the time a crowd word stands in: "as the assembly debated a change that
    would open the rolls to thousands of new arrivals, young men put up roadblocks" (the
    thousands are not the roadblocks' crowd)."""
    span = doc.char_span(cm.quantity.start, cm.quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    relative = False
    for tok in span.root.ancestors:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when")
                                       for c in tok.children):
            # (only people a clause inside it tells of: "as 100,000 South Africans joined
            # forces to demand ..." is the crowd)
            return tok if relative else None
        relative = relative or tok.dep_ in ("relcl", "acl")
    return None


def _linked(doc: Doc, ev: Event, clause: Token | None) -> bool:
    """Whether the event is said in the count's own clause: its trigger is that verb, or hangs
    from it within a few arcs ("perished *in police firing*"), rather than a neighbouring
    clause ("a woman was burnt alive and a youth perished ...")."""
    if clause is None or not 0 <= ev.token_i < len(doc):
        return False
    tok = doc[ev.token_i]
    for _ in range(4):
        if tok.i == clause.i:
            return True
        if tok.head is tok or tok.pos_ in ("VERB", "AUX") and tok.i != ev.token_i:
            return False
        tok = tok.head
    return False


def _died_in(doc: Doc, ev: Event, clause: Token | None) -> bool:
    """Whether the event is where the count's own verb happened: "died *in the protests*"."""
    if clause is None or not 0 <= ev.token_i < len(doc):
        return False
    tok = doc[ev.token_i]
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "at", "amid") and tok.head.head.i == clause.i


def _vague_bounds(count: Count) -> tuple[int, int] | None:
    """The figures a vague count ("thousands") may stand for, or None if it is not vague."""
    if count.qualifier != "vague":
        return None
    words = " ".join(_words(count.text))
    table = counts_data()["vague_bounds"]
    for unit in sorted(table, key=len, reverse=True):
        if re.search(rf"\b{re.escape(unit)}s?\b", words):
            low, high = table[unit]
            return int(low), int(high)
    return None


def _refines(existing: Count, value: int, qualifier: str) -> bool:
    """Whether a stated figure makes a vague one precise: "thousands ... some 14,000", or a
    vague one narrower ("thousands protest ...: tens of thousands of workers marched")."""
    bounds = _vague_bounds(existing)
    if bounds is None or not bounds[0] <= value <= bounds[1]:
        return False
    return qualifier != "vague" or value > existing.value


def _bound(existing: Count, other: Quantity) -> None:
    """Widen a figure's range to take in another source's."""
    existing.low = min(c.low if c.low is not None else c.value for c in (existing, other))
    existing.high = max(c.high if c.high is not None else c.value for c in (existing, other))


def _set(ev: Event, cm: CountMention) -> None:
    """Give ``ev`` the count unless it has a better one."""
    existing = ev.counts.get(cm.kind)
    # The first figure stated wins, except a later toll that raises it, a figure that makes a
    # vague one precise (a crowd's, or a toll's: "killed thousands ...; estimates range from
    # 10,000 to 20,000 deaths"), or a crowd that a small group ("three lecturers walked at the
    # head of the march") gives way to ("organisers put the turnout at 450"). Of two estimates
    # of one crowd, the first (often the police's, the lower) stays.
    crowd = cm.kind == "participants"
    refines = existing is not None and not cm.partitive and \
        _refines(existing, cm.quantity.value, cm.quantity.qualifier)
    if existing is not None and cm.estimate and not crowd and not refines:
        # Another source's toll ("a rights group put the toll at more than 1,000") leaves the
        # figure of the event's own telling, and bounds the range with it.
        _bound(existing, cm.quantity)
        return
    if crowd and existing is not None and not refines and not cm.partitive and \
            existing.qualifier not in ("vague", "range") and cm.quantity.qualifier not in ("vague", "range") and \
            min(existing.value, cm.quantity.value) >= SMALL_GROUP and existing.value != cm.quantity.value:
        # Of two estimates of one crowd, the first told stays, and the other bounds it:
        # "organisers claimed as many as 400,000 took part, while researchers counted about
        # 42,000" (400,000, from 42,000 to 400,000)
        _bound(existing, cm.quantity)
        return
    if existing is not None and not (cm.toll and not cm.estimate and cm.quantity.value > existing.value) and \
            not refines and not (crowd and existing.value < SMALL_GROUP <= cm.quantity.value):
        return
    q = cm.quantity
    ev.counts[cm.kind] = Count(text=q.text, start=q.start, end=q.end, value=q.value, low=q.low,
                               high=q.high, qualifier=q.qualifier)


def _nearest(events: list[Event], ev_sent: list[int], para_break: list[int], si: int, para: int,
             pool: list[int]) -> int | None:
    """The event of ``pool`` nearest to sentence ``si`` of paragraph ``para`` (at most
    ``SHARE_SENTENCES`` apart), an earlier one before a later one at the same distance."""
    near = [i for i in pool if abs(ev_sent[i] - si) <= SHARE_SENTENCES
            and _para(para_break, events[i].sentence_start) == para]
    if not near:
        return None
    return min(near, key=lambda i: (abs(ev_sent[i] - si), ev_sent[i] > si))


def _nearest_of_episode(events: list[Event], ev_sent: list[int], para_break: list[int], i: int,
                        *pools: list[int]) -> int | None:
    """The nearest mention of event ``i``'s episode (same paragraph and town) in the first of
    ``pools`` that has one. Another town is another protest: "5,000 marched in Lagos; in Abuja,
    crowds gathered"."""
    para = _para(para_break, events[i].sentence_start)
    for pool in pools:
        # A date carried from the context may be a few months off, not decades: a crowd of
        # 1988 is no crowd of 2007.
        same_place = [j for j in pool if j != i and _same_place(events[i], events[j])
                      and _same_time(events[i], events[j], _slack(events[i], events[j]))
                      and may_coincide(events[i].date, events[j].date, OTHER_STORY,
                                       origins=("text", "context", "published"))]
        j = _nearest(events, ev_sent, para_break, ev_sent[i], para, same_place)
        if j is not None:
            return j
    return None


_SENTENCED = frozenset({"sentenced", "condemned"})
# A toll of a whole stretch, not of one event: "the death toll for the year", "in all".
_AGGREGATE = re.compile(r"\b(?:for the (?:whole )?year|for the (?:whole|entire) (?:period|crisis|uprising|war)|"
                        r"in total|in all|overall|altogether|all told)\b", re.I)
# What a second verb's object may be and still be the people counted before it ("killed them"),
# or what may follow it without being an object ("were arrested in the square").
_BACK_OBJECTS = frozenset({"them", "him", "her", "all", "most", "many", "some", "several", "both",
                           "in", "at", "on", "during", "by", "after", "before", "when", "as", "near",
                           "outside", "inside", "for", "with", "over", "while", "and", "overnight",
                           "yesterday", "today", "later", "earlier", "there", "too", "also",
                           ".", ",", ";", ":", "!", "?"})
# Verbs that give a toll without telling a deed: "the government put the toll at 624".
_TOLL_TELLING = frozenset({"put", "give", "set", "estimate", "place", "revise", "raise", "lower",
                           "say", "report", "cite", "publish", "release", "admit", "acknowledge",
                           "confirm", "record", "count"})


def _slack(a: Event, b: Event) -> dt.timedelta:
    """How far apart two mentions' dates may be and still tell one crowd: a month when both
    state their own ("200,000 marched on 16 August ... In November men beat a teacher to
    death" are not one crowd), else the length of an episode, as a date carried from the
    context may be further off."""
    if a.date is not None and b.date is not None and a.date.origin == b.date.origin == "text":
        return STATED_APART
    return EPISODE_DAYS


def _crowds(events: list[Event], sized: list[int]) -> list[int]:
    return [j for j in sized if events[j].counts["participants"].value >= SMALL_GROUP]


def _coincides(date: When | None, stated: list[When]) -> bool:
    """Whether an event's date may be one of the days its crowd's sentence states (an event
    dated only by its context or the report may)."""
    return date is None or date.origin != "text" or any(may_coincide(date, d) for d in stated)


def _days_told(doc: Doc, leftovers: list[tuple[CountMention, int]], ref: dt.date | None) -> dict[int, list[When]]:
    """The days each leftover crowd's sentence states ("On Saturday, a few dozen people laid
    flowers"), by sentence."""
    out: dict[int, list[When]] = {}
    sents = list(doc.sents)
    for cm, si in leftovers:
        if cm.kind != "participants" or si in out or ref is None:
            continue
        sent = sents[si]
        out[si] = [When(text=t.text, start=None, end=None, start_date=t.start_date, end_date=t.end_date,
                        precision=t.precision, origin="text")
                   for t in find_timexes(sent.text, ref) if t.precision == "day" and not t.vague]
    return out


def _share_participants(events: list[Event], ev_sent: list[int], leftovers: list[tuple[CountMention, int]],
                        para_break: list[int], pctx: list[bool],
                        days: dict[int, list[When]] | None = None) -> None:
    """Within a paragraph, protest mentions a few sentences apart are one episode: a crowd size
    stated in a sentence without a protest event ("Some 30,000 students took part.") goes to the
    nearest protest event, and protest events without a size take the nearest one stated."""
    protests = [i for i, ev in enumerate(events) if _fit("participants", ev, pctx[i]) > 0]
    if not protests:
        return
    for cm, si in leftovers:
        if cm.kind != "participants":
            continue
        # Not to a protest of another time than the events told with it: "police fought tens
        # of thousands in 1991. ... in 2000, a crowd stormed parliament".
        told = [k for k, s in enumerate(ev_sent) if s == si]
        timely = [i for i in protests if all(_same_time(events[i], events[k], EPISODE_DAYS) for k in told)]
        # nor to an event of another day than the one its sentence states: "On Saturday, a few
        # dozen people laid flowers ... a union plans a vigil on Friday"
        stated = (days or {}).get(si, [])
        timely = [i for i in timely if not stated or _coincides(events[i].date, stated)]
        i = _nearest(events, ev_sent, para_break, si, _para(para_break, cm.quantity.start), timely)
        if i is not None:
            _set(events[i], cm)
    sized = [i for i in protests if "participants" in events[i].counts]
    for i in sized:
        # "Thousands of farmers rallied ... Some 14,000 people gathered": the same crowd.
        own = events[i].counts["participants"]
        precise = [j for j in sized if j != i and _same_place(events[i], events[j]) and
                   _same_time(events[i], events[j]) and
                   _refines(own, events[j].counts["participants"].value,
                            events[j].counts["participants"].qualifier)]
        j = _nearest(events, ev_sent, para_break, ev_sent[i],
                     _para(para_break, events[i].sentence_start), precise)
        if j is not None:
            events[i].counts["participants"] = dataclasses.replace(events[j].counts["participants"])
    crowds = _crowds(events, sized)
    for i in protests:
        small = events[i].counts.get("participants")
        if small is None or small.value >= SMALL_GROUP:
            continue
        # A small group ("two organisers led the march") gives way to a crowd of the episode.
        j = _nearest_of_episode(events, ev_sent, para_break, i, crowds)
        if j is not None:
            events[i].counts["participants"] = dataclasses.replace(events[j].counts["participants"])
    for i in protests:
        # Only a protest or its policing takes the size of another mention's crowd: an attack in a
        # sentence about protest ("their killing turned a count into a wave of protest") does not.
        if "participants" in events[i].counts or _fit("participants", events[i]) < 2:
            continue
        j = _nearest_of_episode(events, ev_sent, para_break, i, crowds, sized)
        if j is not None:
            # A copy: spans are shifted in place when chunks are joined.
            events[i].counts["participants"] = dataclasses.replace(events[j].counts["participants"])


def share_crowd_sizes(doc: Doc, events: list[Event]) -> list[Event]:
    """Once ACLED types are known: an event ACLED records as a protest or riot (police firing
    on a march, a clash of students with police) carries the size of its crowd, from the
    nearest sized mention of the same episode (same paragraph and town, a few sentences
    apart), a crowd of ``SMALL_GROUP`` or more first."""
    starts = [s.start_char for s in doc.sents]
    para_break = [m.start() for m in re.finditer(r"\n", doc_text(doc))]
    ev_sent = [_sent_index(starts, ev.sentence_start) for ev in events]
    sized = [j for j, ev in enumerate(events)
             if ev.status == "asserted" and "participants" in ev.counts]
    crowds = _crowds(events, sized)
    for i, ev in enumerate(events):
        if "participants" in ev.counts or ev.acled is None or \
                ev.acled.event_type not in ("Protests", "Riots"):
            continue
        j = _nearest_of_episode(events, ev_sent, para_break, i, crowds, sized)
        if j is not None:
            ev.counts["participants"] = dataclasses.replace(events[j].counts["participants"])
    return events


def _same_place(a: Event, b: Event) -> bool:
    """Whether two events may be in one place: not two different towns."""
    la, lb = a.location, b.location
    if la is None or lb is None or la.precision == 3 or lb.precision == 3:
        return la is None or lb is None or la.country == lb.country
    return la.name == lb.name


def _same_time(a: Event, b: Event, slack: dt.timedelta = dt.timedelta(0)) -> bool:
    """Whether two events may be on one day: not when both state different dates ("rallies
    attracted 20,000 at their peak in 2015", "student protests in 1956 ... another uprising
    in 1961")."""
    return may_coincide(a.date, b.date, slack)


def _sent_index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _para(breaks: list[int], offset: int) -> int:
    """The paragraph number of an offset: how many line breaks come before it."""
    return bisect.bisect_left(breaks, offset)

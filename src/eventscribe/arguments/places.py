"""Arguments: where each event took place, geocoded with the offline gazetteer.

One pass over the document finds place mentions (spaCy GPE/LOC/FAC entities, plus gazetteer
names matched on token n-grams, which is what works on lower-cased text where NER fails),
works out the country the document is about (``ctx.focus_country``), and resolves each
mention to a gazetteer entry preferring that country. Then each event gets, in order:

1. a place syntactically attached to its trigger ("... marched *in Lagos*");
2. another place of its sentence (the most specific, nearest one);
3. the document's place context: the last place given to an earlier event, the dateline
   ("LAGOS, June 12 -"), or the city the document mentions most;
4. the focus country (precision 3).

Places that say where something was *reported from* or *based* ("a Nairobi-based group",
"the London-based Syrian Observatory", "told reporters in Geneva") are skipped. See
``docs/places.md``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import importlib.resources
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .. import gazetteer as gz
from ..annotate import doc_text, model_words
from ..detect import verb_of
from ..model import EPISODE_DAYS, Context, Event, Place, When, may_coincide
from ..timex import header_line, is_lower_text

__all__ = ["attach_places", "find_mentions", "focus_country", "story_country", "site_of_motion", "PlaceMention"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that put an event at a place, and the precision they imply for a town.
LOCATIVE_PREPS: dict[str, int] = {
    "in": 1, "at": 1, "into": 1, "inside": 1, "throughout": 1, "across": 1, "around": 2,
    "near": 2, "outside": 2, "nearby": 2, "outskirts": 2, "towards": 2, "toward": 2,
    "to": 1, "on": 1, "through": 1, "along": 2, "off": 2, "within": 1, "over": 1,
}
REPORTING_LEMMAS = frozenset({
    "say", "tell", "report", "announce", "state", "add", "claim", "quote", "write", "post",
    "tweet", "speak", "comment", "confirm", "deny", "allege", "accord", "statement", "interview",
    "briefing", "conference", "reporter", "correspondent", "news", "agency",
})
# Verbs whose subject speaks about an event rather than sits at its place.
SAYING_LEMMAS = REPORTING_LEMMAS | {"call", "describe", "dismiss", "reject", "condemn", "blame",
                                    "accuse", "insist", "warn", "put", "estimate"}
DIRECTION_WORDS = re.compile(
    r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s*$", re.I)
# "Diyala, northeast of Baghdad", "the twin city of X", "south of the Malian capital, Bamako":
# Baghdad and Bamako are reference points only.
REFERENCE_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|twin city|suburb|outskirts)"
    r"\s+of\s+(?:the\s+)?(?:(?:[\w']+(?:'s|’s| s)?\s+)?capital(?:\s+city)?,?\s+|city\s+of\s+)?$", re.I)
# "ties with", "talks with", "the border with": what follows is the other party of a relation.
PARTNER_BEFORE = re.compile(
    r"\b(?:ties|relations|relationship|links|talks|negotiations|trade|deals?|agreements?|treaty|"
    r"war|border|dispute|cooperation|alliance|normali[sz]ation|rapprochement)\s+with\s+(?:the\s+)?$", re.I)
# "60 miles east of", "40 km from": what follows is a reference point.
DISTANCE_FROM = re.compile(r"\b(?:\d[\d,.]*|a few|several|some)\s*(?:km|kms|kilometers|kilometres|miles)"
                           r"\s+(?:\w+\s+)?(?:of|from)\s+$", re.I)
# A place-type word after a name makes it a place as much as "in" before it ("x township").
PLACE_TYPE_AFTER = frozenset({
    "city", "town", "township", "village", "district", "province", "county", "municipality",
    "governorate", "prefecture", "region", "suburb", "square", "camp", "market",
})
# Between a town and a part of it named after: "the Dublin suburb of Jobstown".
_TOWN_PART_OF = re.compile(r"\s+(?:suburb|district|neighbou?rhood|borough|quarter|township|commune|"
                           r"municipality)\s+of\s+", re.IGNORECASE)
NEAR_BEFORE = re.compile(r"(?:near|outside|outskirts of|suburbs? of|close to|just off|"
                         r"(?:\d+|a few|several) (?:km|kilometers|kilometres|miles) "
                         r"(?:\w+ )?(?:of|from))\s*(?:the\s+(?:\w+\s+)?(?:town|village|city)\s+of\s+)?$", re.I)
# "a Nairobi-based group", "Belgrade radio said": where someone is based or reports from (or
# comes from: "a Trinidad-born organiser").
BASED_AFTER = re.compile(
    r"^\s*(?:-?\s*(?:based|born|bred|raised|educated|trained)\b|(?:state\s+)?(?:radio|television|tv|newspapers?|dailies|daily|"
    r"news\s+agency|media)\b)", re.I)
CAPITAL_RE = re.compile(
    r"\b(?:(?:the|its|their)(?: (\w+(?:'s|’s| s)?))?|(\w[\w.]*(?: \w[\w.]*)?)(?:'s|’s| s))"
    r"\s+capital(?: city)?\b", re.I)
CAPITAL_OF_REGION_RE = re.compile(
    r"\s+of\s+(?:the\s+|\w+(?:'s|’s| s)\s+)?(?:\w+\s+){0,3}?(?:state|province|region|district|"
    r"county|governorate|prefecture)\b", re.I)
NATIONWIDE_RE = re.compile(
    r"\b(?:nationwide|nation-wide|across the (?:country|nation)|throughout the (?:country|nation)|"
    r"(?:across|in) (?:several|many|various|most|all|\d+) (?:of the (?:country's )?)?"
    r"(?:provinces|states|regions|cities|towns|districts)|all over the country)\b", re.I)
# A landform named for the town before it: "the Ferghana Valley".
_LANDFORM_AFTER = re.compile(r"\s+(?:valley|basin|plains?|mountains|hills|delta)\b", re.IGNORECASE)
# A name a building's apposition follows is that building: "La Fortaleza, the governor's mansion".
_BUILDING_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:mansion|palace|residence|prison|jail|"
                                  r"fortress|castle|headquarters|compound|monastery|mosque|church|cathedral|"
                                  r"temple|stadium|barracks)\b", re.IGNORECASE)
# Where a sentence's clauses part ("..., and", "; ").
_LATER_CLAUSE_RE = re.compile(r",\s+(?:and|but|while|whereas|yet)\s|;")
# Times that go on from the clause told before, in the same place.
_GOES_ON_RE = re.compile(r"(?:within|hours|minutes|moments|shortly|soon|that\s+(?:day|night|evening|"
                         r"afternoon|morning))\b", re.IGNORECASE)
# A clause opening with a date: "in June 2018 a court ...", "on 3 May police ...".
_CLAUSE_DATE_RE = re.compile(r"\s*(?:in|on|by|during)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?"
                             r"(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December|(?:19|20)\d\d)\b")
# A strike of the whole country, which goes on in no one town told before it.
GENERAL_STRIKE_RE = re.compile(r"\b(?:general|national|nationwide)\s+strikes?\b", re.I)
REGION_OF_COUNTRY_RE = re.compile(
    r"\b(?:in|across) the (north|south|east|west|centre|center|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern (?:part|region))? of the country\b", re.I)
# A dateline: "LAGOS, June 12 (Reuters) -", "NAIROBI (AP) —", "Beirut, Lebanon -".
DATELINE_RE = re.compile(
    r"^\W{0,3}([A-Z][A-Za-z.'\- ]{1,38}?)(?:\s*,\s*([A-Z][A-Za-z.' ]{1,30}?))?"
    r"(?:\s*,\s*(?:[A-Z][a-z]{2,9}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]{2,9}\.?(?: \d{4})?))?"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—:]{1,2}(?:\s|$)")

# A Markdown dateline, the town in emphasis opening a paragraph: "*Bucharest* — Eight years
# ago tonight, ...", "**KIGALI** -", "**HONIARA, November 24 (Opinion)** —".
EMPHASIS_DATELINE_RE = re.compile(r"^([*_]{1,2})([A-ZÀ-ÖØ-Þ][\w.'’\- ]{1,38}?)(?:,\s*[^*_\n]{1,32}?)?\1\s*(?:\([^)]{1,40}\))?"
                                  r"\s*[-–—:]{1,2}\s")

# A town in capitals and a date, alone on a line below the title: "KINGSTON, May 24, 2026",
# "VILNIUS, 13 January 2026". Group 2 (a qualifier) is never set.
_TOWN_DATE_LINE_RE = re.compile(r"^\W{0,3}([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'‘’\- ]{1,38}?)()?\s*,\s*(?:[A-Z][a-z]{2,9}\.? \d{1,2},? \d{4}|"
                                r"\d{1,2} [A-Z][a-z]{2,9}\.? \d{4})\s*$")

# A page header opened by a town in capitals: "LUANDA | Opinion | 28 July 2026". Group 2 (a
# qualifier, as in DATELINE_RE) is never set.
_HEADER_TOWN_RE = re.compile(r"^\W{0,3}([A-Z][A-Z.'\- ]{1,38}?)()?\s+[|·•]\s+")

# How much more a mention of a country counts than a mention of one of its towns.
_W_COUNTRY, _W_DEMONYM, _W_CITY, _W_DATELINE, _W_TITLE, _W_LEADER = 1.0, 0.6, 0.8, 3.0, 1.5, 0.8


@dataclass(slots=True)
class PlaceMention:
    """A place named in the text, with its gazetteer candidates and the chosen one."""

    start: int  # character offsets into doc_text(doc)
    end: int
    tok_start: int
    tok_end: int
    text: str
    source: str  # "ner" | "gaz"; "weak", "weak-person", "weak-spelling": kept only in a story of their country
    candidates: list[gz.Entry] = field(default_factory=list)
    entry: gz.Entry | None = None
    demonym: str | None = None  # alpha-3 of a nationality word (counts for focus only)
    based: bool = False  # "London-based": where an actor is based, not where things happen
    qualifier: bool = False  # "Texas" in "Paris, Texas"
    near: bool = False  # "near X", "outside X"
    modifier: bool = False  # "anti-Syria", "pro-Iran": a stance, not a place
    cue: bool = False  # a locative word comes right before ("in monaghan")
    reference: bool = False  # "northeast of X": a landmark to place another place by
    partner: bool = False  # "cut ties with Israel": the other party of a relation
    government: bool = False  # "Paris declared ...": a capital standing for its government (also based)


# --- mention finding --------------------------------------------------------------


# Words before a name that make it likely to be a place ("in", "near", "streets of").
CUE_WORDS = frozenset({
    "in", "at", "near", "outside", "from", "to", "of", "into", "across", "around", "toward",
    "towards", "through", "throughout", "inside", "within", "reached", "entered", "capital",
    "city", "town", "village", "province", "state", "region", "district",
})


@functools.cache
def _extra_words(section: str, key: str = "words") -> frozenset[str]:
    """A word list of ``places_extra.toml`` ("not_followed_by", "ambiguous_demonyms")."""
    return frozenset(gz.normalize(w) for w in gz._extra().get(section, {}).get(key, []))


@functools.cache
def _not_preceded_re() -> re.Pattern[str]:
    """A square, street or lake word right before a name (``[not_preceded_by]``), as written."""
    words = gz._extra().get("not_preceded_by", {}).get("words", [])
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\.?"
                      r"\s+(?:(?:de|del|da|do|di)\s+(?:la\s+|los\s+|las\s+)?)?$")


@functools.cache
def _institutions_re() -> re.Pattern[str]:
    words = gz._extra().get("capital_institutions", {}).get("words", [])
    alts = "|".join(re.escape(w).replace("'", "'?").replace("\\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:the\s+)?(?:{alts})\b", re.I)


HERE_RE = re.compile(r"\b(?:here|in this city|in the city)\b", re.I)


TITLES = frozenset({
    "president", "minister", "premier", "king", "queen", "chancellor", "emir", "sheikh",
    "ayatollah", "dictator", "leader", "pm", "prime", "strongman", "general", "gen",
})


@functools.cache
def _leaders() -> tuple[dict[str, str], dict[str, str], int]:
    """(full name → alpha-3, surname → alpha-3, longest name in tokens) of ``leaders.toml``.
    A surname shared by leaders of two countries is left out."""
    import tomllib

    raw = importlib.resources.files("eventscribe").joinpath("data", "leaders.toml")
    data = tomllib.loads(raw.read_text("utf-8"))
    table = data["leaders"]
    full: dict[str, str] = {}
    surnames: dict[str, str | None] = {}
    longest = 1
    for a3, names in data.get("distinctive", {}).items():
        for name in names:
            full[gz.normalize(name)] = a3
    for a3, names in table.items():
        for item in names:
            name, _, surname = item.partition("|")
            key = gz.normalize(name)
            full[key] = a3
            longest = max(longest, len(key.split()))
            sur = gz.normalize(surname or name.split()[-1])
            if sur in surnames and surnames[sur] != a3:
                surnames[sur] = None
            else:
                surnames[sur] = a3
    return full, {k: v for k, v in surnames.items() if v}, longest + 2


def leader_countries(doc: Doc) -> list[tuple[str, int, int]]:
    """Countries of the political leaders the text names ("president mandela" → ZAF), with
    the character span of each name."""
    full, surnames, longest = _leaders()
    firsts = _leader_first_words()
    out: list[tuple[str, int, int]] = []
    toks = [t for t in doc if not t.is_space]
    norms = [_norm(t.text) for t in toks]
    i = 0
    while i < len(toks):
        hit = False
        titled = i > 0 and toks[i - 1].lower_ in TITLES
        if toks[i].is_alpha and (norms[i] in firsts or titled):
            for size in range(min(longest, len(toks) - i), 0, -1):
                if not toks[i + size - 1].is_alpha:
                    continue
                key = " ".join(x for x in norms[i:i + size] if x)
                a3 = full.get(key)
                if a3 is None and size == 1 and titled:
                    a3 = surnames.get(key)
                if a3 is not None and size == 1 and (
                        (i > 0 and not titled and _name_part(toks[i - 1]))
                        or (i + 1 < len(toks) and _name_part(toks[i + 1])
                            and not _english_word(toks[i + 1].lower_))):
                    # "senator ricardo maduro" is another man than Nicolas Maduro, and a
                    # surname followed by a name the model never saw is another man's
                    # ("saleh okonjo"); a following English word is not ("... national").
                    a3 = None
                if a3 is not None:
                    last = toks[i + size - 1]
                    out.append((a3, toks[i].idx, last.idx + len(last.text)))
                    i += size
                    hit = True
                    break
        if not hit:
            i += 1
    return out


# Nouns a place is named "of" ("the town of X"), so that X is where the noun is.
_PLACE_HEADS = frozenset({"city", "town", "township", "village", "district", "province", "county",
                          "municipality", "region", "suburb", "capital", "state", "port",
                          "hamlet", "island", "enclave", "governorate", "prefecture",
                          # "in the streets of Buea": where "in" says
                          "streets", "street", "outskirts", "suburbs", "centre", "center", "heart"})
_CITY_TYPES = frozenset({"city", "town", "township", "village", "municipality", "suburb"})
# Words after a name that make it a town even after an article: "the waterford city council".
_TOWN_TYPES = frozenset({"city", "town", "township", "village", "district", "province", "county",
                         "municipality", "region", "suburb"})


def _common_noun_use(doc: Doc, i: int, cands: list[gz.Entry]) -> bool:
    """In lower-cased text, whether a one-word name of a smaller town is used as a common
    word: after an article, a possessive or a (non-directional) adjective ("students protested
    outside the college", "the old dome", "a clearing in the old woodland", "the pristine
    forest")."""
    if i == 0 or not cands or cands[0].kind != "city" or not _english_word(doc[i].lower_):
        return False
    if cands[0].population >= 300_000 and gz.normalize(cands[0].name) == gz.normalize(doc[i].text):
        return False  # "the london protest"; but "the pristine forest" is not Pristina
    prev = doc[i - 1]
    if prev.lower_ in ("s", "'s"):
        return True
    if i + 1 < len(doc) and doc[i + 1].lower_ in _TOWN_TYPES:
        return False
    return prev.lower_ in ("the", "a", "an") or (
        prev.tag_ in ("JJ", "JJR", "JJS") and not DIRECTION_WORDS.match(prev.lower_))


# "the north sea", "the west coast": a water or a coast of any country.
_WATERS = frozenset({"sea", "ocean", "coast", "coastline", "shore"})
# Streets named after a town are not in it.
_STREET_TYPES = frozenset({"road", "street", "avenue", "drive", "lane", "boulevard"})


def _generic_name(text: str) -> bool:
    """Whether a name is only a direction and a kind of place ("Northern District")."""
    words = text.lower().split()
    return len(words) > 1 and (words[-1] in GENERIC_PLACE_WORDS or words[-1] in _WATERS) and \
        all(DIRECTION_WORDS.match(w) for w in words[:-1])


def _direction_of_country(doc: Doc, start: int, end: int) -> bool:
    """"south lebanon", "Northern Mali": a part of a country, not a town named so (South
    Lebanon, Ohio); "South Sudan" is a country of its own."""
    if end - start < 2 or DIRECTION_WORDS.match(doc[start].lower_) is None:
        return False
    whole = doc[start:end].text
    if gz.country_code(whole) or gz.is_stopword(whole):  # "Central America"
        return False
    rest = gz.normalize(doc[start + 1:end].text)
    return rest in gz._country_index()[0] and rest not in _country_region_names()  # "west java"


@functools.cache
def _country_region_names() -> frozenset[str]:
    return frozenset(gz.normalize(r) for regions in gz._extra().get("country_regions", {}).values()
                     for r in regions)


def _named_town_type(doc: Doc, i: int) -> str | None:
    """The place-type word of "the town of X", "the coastal town of X", "a small mining
    village of X" before token ``i`` (None if the words before don't say so)."""
    if i < 3 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in _TOWN_TYPES:
        return None
    for k in range(i - 3, max(-1, i - 7), -1):
        if doc[k].lower_ in ("the", "a"):
            return doc[i - 2].lower_
        if not doc[k].is_alpha or doc[k].pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
    return None


def _name_part(tok: Token) -> bool:
    """Whether a token next to a leader's surname looks like more of a person's name: a
    proper noun that is no title ("ricardo", "okonjo")."""
    word = tok.lower_
    return (tok.pos_ == "PROPN" and tok.is_alpha and len(word) > 3
            and not _is_title(word))


def _english_word(word: str) -> bool:
    """Whether a lower-case word is one the model's own vocabulary has in lower case
    ("college", "dome", "pristine"); names it never saw ("embu", "nyeri") are not
    common words."""
    return word in model_words()


# Prepositions that name what an event is against or about.
GRIEVANCE_PREPS = frozenset({"against", "over", "about", "on"})
# "nyeri residents": people of a place.
RESIDENT_WORDS = frozenset({"residents", "inhabitants", "citizens", "villagers", "townspeople",
                            "townsfolk", "locals", "dwellers"})
# "livingstone police fired teargas": a town's own police or authorities.
LOCAL_FORCE_WORDS = frozenset({"police", "policemen", "authorities"})
# "through downtown seville", "in central kiev": a part of a town after a locative word.
TOWN_PART_WORDS = frozenset({"downtown", "central", "greater", "uptown", "suburban"})
# "the old market, embu", "the county hospital, nyeri": an address ends with its town.
FACILITY_WORDS = frozenset({"market", "hospital", "college", "university", "school", "square",
                            "street", "road", "avenue", "estate", "stadium", "station", "church",
                            "mosque", "camp", "park", "centre", "center", "campus", "court",
                            "prison", "factory", "mine", "port", "airport", "office", "offices"})
# "nyeri s main street": a place of the town.
STREET_WORDS = frozenset({"street", "square", "avenue", "road", "boulevard", "district",
                          "suburb", "streets", "centre", "center", "outskirts", "port"})


def _address_cue(doc: Doc, i: int, j: int) -> bool:
    """Words around a lower-cased name that say it is a town: "nyeri residents", "livingstone
    police", "through downtown seville", "the old market, embu", "nyeri s main street"."""
    n = len(doc)
    if j < n and (doc[j].lower_ in RESIDENT_WORDS or doc[j].lower_ in LOCAL_FORCE_WORDS):
        return True
    if i > 1 and doc[i - 1].lower_ in TOWN_PART_WORDS and doc[i - 2].lower_ in CUE_WORDS:
        return True
    if i > 1 and doc[i - 1].text == "," and doc[i - 2].lower_ in FACILITY_WORDS and \
            (j >= n or not doc[j].is_alpha or doc[j].lower_ in ("and", "in", "on", "yesterday")):
        return True
    if j + 1 < n and doc[j].lower_ in ("s", "'s"):
        return any(doc[k].lower_ in STREET_WORDS for k in range(j + 1, min(n, j + 5)))
    return False


def _after_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts a name right after a person's title ("mr", "chief")."""
    if i == 0:
        return False
    return _is_title(doc[i - 1].lower_.rstrip("."))


def _is_title(word: str) -> bool:
    """A leader's title ("president") or another person's ("mr", "chief")."""
    return word in TITLES or word in _extra_words("person_titles")


@functools.cache
def _leader_first_words() -> frozenset[str]:
    return frozenset(k.split()[0] for k in _leaders()[0] if k)


# Heads of a named ground or hall: capitalised after a name NER read with it, they make the name
# part of the ground's ("Rugby Park", "Eden Park"), not a town.
_NAMED_GROUNDS = frozenset({"park", "oval", "arena", "ground", "grounds", "hall", "field", "showground"})


def _ground_word(tok: Token) -> bool:
    """A capitalised head of a named ground or hall ("Park" of "Rugby Park")."""
    return tok.text[:1].isupper() and tok.lower_ in _NAMED_GROUNDS
# Particles that carry a Romance name on: "Terreiro do Paço", "Plaza de Mayo"; and those of a
# surname ("Hugo de los Santos", "van der Berg").
_NAME_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "del", "della", "di", "du", "des"})
_SURNAME_PARTICLES = _NAME_PARTICLES | {"los", "las", "la", "van", "von", "der"}


@functools.lru_cache(maxsize=65536)
def _norm(token: str) -> str:
    """The look-up form of one token; n-gram keys are these joined by spaces."""
    return gz.normalize(token)


@functools.cache
def _country_first_words() -> frozenset[str]:
    return frozenset(k.split()[0] for k in gz._country_index()[0] if " " in k)


@functools.cache
def _first_words() -> frozenset[str]:
    """First words of every name the n-gram matcher could find (a cheap pre-filter)."""
    names, demonyms = gz._country_index()
    keys = [*gz._places(), *names, *demonyms, *_landmarks()]
    words = {k.split()[0] for k in keys if k}
    words.update(k.split()[0] for k in gz._stopwords() if " " in k)
    return frozenset(words)


def _known(key: str) -> bool:
    names, demonyms = gz._country_index()
    return key in names or key in demonyms or key in gz._places()


def _gaz_ok(cands: list[gz.Entry], key: str, ntoks: int, lower: bool, cue: bool,
            named: bool = False) -> bool:
    """Whether a gazetteer match on plain tokens (no NER entity) is taken for a place.
    ``named``: the words before call it a town ("the city of colon"), which outweighs its
    being a common word too."""
    if not cands or (gz.is_stopword(key) and not (named and any(c.kind == "city" for c in cands))):
        return False
    if cands[0].kind == "country":
        return True
    primary = [c for c in cands if gz.normalize(c.name) == key]
    if len(key) < 4 and not named:
        return False
    if not lower:
        # Capitalised words: the main name of any town, or another name of a big one.
        return bool(primary) or cands[0].population >= 100_000
    # Lower-cased text: capitalisation can't help, so ask for a big place, or a smaller one
    # after a locative word ("in monaghan"), and the place's main name.
    if not primary:
        # Another name ("rheims"): a sizeable town after a locative word, or any town the
        # words before call one ("the small town of zhanatas").
        return (cue and cands[0].population >= 100_000) or (named and cands[0].kind == "city")
    cities = [c.population for c in primary if c.kind == "city"]
    if not cities or (cue and any(c.kind == "admin1" for c in primary)):
        return cue or ntoks > 1  # a region ("in guerrero state"), whatever hamlet shares its name
    if ntoks > 1:
        return max(cities) >= (1_000 if cue else 20_000)
    return max(cities) >= (1_000 if cue else 300_000)


GENERIC_PLACE_WORDS = frozenset({
    "city", "town", "village", "province", "state", "region", "district", "county",
    "governorate", "prefecture", "municipality", "centre", "center", "area", "capital",
    "metropolitan", "greater", "downtown", "central", "suburb", "suburbs",
})
# What a town owns ("Harare's town house", "Lagos's streets"), unlike a person ("Santiago's
# brother"): a capital NER took for an organisation is the town before one of these.
TOWN_OWNED = frozenset({"streets", "street", "mayor", "council", "town", "city", "centre", "center",
                        "square", "hall", "house", "suburbs", "suburb", "outskirts", "townships",
                        "township", "market", "markets", "residents", "police", "governor",
                        "municipality", "airport", "port", "university", "hospital", "districts",
                        "neighbourhoods", "neighborhoods", "slums", "main", "central", "largest",
                        "biggest", "downtown", "old", "stadium", "cathedral", "parliament"})
# Parts of a town, never a town on their own when left of an entity NER cut ("[sur mer
# harbor]"); within a longer name they may be one ("Port Sudan", "Market Harborough").
TOWN_PARTS = frozenset({"harbor", "harbour", "port", "airport", "square", "station", "market",
                        "bridge", "park", "stadium"})


@functools.cache
def _landmarks() -> dict[str, gz.Entry]:
    """Landmark name -> the town it stands in (the first where several share the name)."""
    return {name: towns[0] for name, towns in _landmark_towns().items()}


@functools.cache
def _landmark_towns() -> dict[str, list[gz.Entry]]:
    """Landmark name -> the towns where a landmark of that name stands ("the White House" in
    Washington, and the governments' houses of Moscow and Bishkek), the usual one first."""
    out: dict[str, list[gz.Entry]] = {}
    for name, where in gz._extra().get("landmarks", {}).items():
        for place in [where] if isinstance(where, str) else where:
            town, _, a3 = place.partition("|")
            entry = next((e for e in gz.lookup(town) if e.kind == "city" and e.country == a3), None)
            if entry is not None:
                out.setdefault(gz.normalize(name), []).append(entry)
    return out


def _lookup(text: str, *, loose: bool = False) -> list[gz.Entry]:
    """Gazetteer entries for a name; landmarks give their town; common words give nothing."""
    key = gz.normalize(text)
    landmark = _landmarks().get(key)
    if landmark is not None:
        return [landmark]
    if gz.is_stopword(key):
        return []
    return gz.lookup(text, loose=loose)


# Words before a town's name that leave it the town: "Central Kampala", "Metro Manila".
_NAME_QUALIFIERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                              "central", "greater", "metro", "metropolitan", "downtown", "inner", "old",
                              "upper", "lower", "outer", "rural", "urban"})


def _entity_candidates(doc: Doc, start: int, end: int) -> tuple[int, int, list[gz.Entry]]:
    """Gazetteer entries for an entity NER calls a place, backing off to its longest known part
    ("Nairobi city centre" → "Nairobi")."""
    cands = _lookup(doc[start:end].text, loose=True)
    if cands or end - start == 1 or gz.is_stopword(doc[start:end].text):
        return start, end, cands  # "Latin America" is no place, and not America either
    for size in range(end - start - 1, 0, -1):
        for i in range(start, end - size + 1):
            toks = doc[i:i + size]
            if any(t.lower_ in GENERIC_PLACE_WORDS or not t.is_alpha for t in toks) or \
                    len(toks.text) < 4 or (size == 1 and toks[0].lower_ in TOWN_PARTS):
                continue
            if i + size < end and doc[i + size].lower_ in _extra_words("not_followed_by"):
                continue  # "Pushkin Square": a square named after someone, not the town Pushkin
            if i + size < end and _ground_word(doc[i + size]):
                continue  # "Rugby Park in Hamilton": a ground named by the name
            if i > start and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _NAME_QUALIFIERS
                                 for t in doc[start:i]):
                continue  # "the Jallianwala Bagh in Amritsar": a garden, not the town Bagh
            if i + size < end and doc[i + size].text in ("Village", "Heights", "Estate", "Quarter"):
                continue  # "Greenwich Village": a neighbourhood named like a town elsewhere
            cands = _lookup(toks.text)
            if cands:
                return i, i + size, cands
    return start, end, []


# Words before a name that NER mislabelled that make it a place: "in Soroti", "the town
# of Samarra" (a bare "of" or "from" is too weak: "the killing of Kennedy").
MISLABEL_CUES = frozenset({"in", "at", "near", "outside", "into", "across", "around",
                           "towards", "toward", "inside", "throughout", "through"})
APPOSITION_HEADS = frozenset({"city", "capital", "town", "village", "port", "hub"})
MISLABEL_OF = frozenset({"town", "city", "village", "province", "region", "district",
                         "capital", "outskirts", "suburbs", "state", "county", "streets",
                         "area", "centre", "center", "heart",
                         # "a highway south of Tal Abyad": a reference point, better than none
                         "north", "south", "east", "west", "northeast", "northwest",
                         "southeast", "southwest"})
# Verbs whose object is a place when it is one ("jets bombed Ras al-Ain"): a cue as good as "in".
# Not verbs done to people as often ("captured Ricardo", "hit the minister").
PLACE_TARGET_VERBS = frozenset({"bomb", "shell", "pound", "bombard", "raid", "storm", "besiege",
                                "overrun", "enter", "invade", "encircle", "recapture", "retake",
                                "liberate", "reach"})


def place_target(span: Span) -> bool:
    """Whether a name is the object of a verb that takes places ("bombed Ras al-Ain")."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_TARGET_VERBS


def goal_of_motion(tok: Token) -> bool:
    """Whether a proper name is where someone goes: the object of "to" or "into" below a verb
    of going that the gazetteer knows as a town or region ("will march to Novi Sad",
    "marched into Quito")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("to", "into") or tok.pos_ != "PROPN" or \
            prep.head.lemma_.lower() not in _extra_words("motion_verbs"):
        return False
    start = min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound")])
    return any(e.kind in ("city", "admin1") for e in gz.lookup(tok.doc[start:tok.i + 1].text))


def site_of_motion(tok: Token) -> bool:
    """Whether a name with "the" is where someone goes, below a verb of going, whatever the
    gazetteer says: "marched to the Ring", "walked into the Zócalo"."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "into", "towards", "toward") and \
        tok.pos_ == "PROPN" and tok.ent_type_ != "NORP" and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        prep.head.lemma_.lower() in _extra_words("motion_verbs")


def told_where(tok: Token) -> bool:
    """Whether a name heads a "where" clause, as only places do ("sent troops to Gwangju,
    where they killed hundreds")."""
    return any(c.dep_ == "relcl" and any(a.lower_ == "where" for a in c.children)
               for c in tok.children)


def _mislabelled_place(doc: Doc, start: int, end: int) -> PlaceMention | None:
    """A place that NER took for an organisation, a person or a group ("the town of Soroti"
    as ORG), accepted when a locative word comes before it; or a nationality word."""
    span = doc[start:end]
    if span[0].lower_ == "the":
        span = doc[start + 1:end]
        if not len(span):
            return None
    if len(span) > 1 and span[0].lower_ == "greater":
        span = span[1:]  # "across Greater Nouméa": the town and its suburbs
    key = gz.normalize(span.text)
    names, demonyms = gz._country_index()
    if key in demonyms and key not in names:
        return PlaceMention(start=span.start_char, end=span.end_char, tok_start=span.start,
                            tok_end=span.end, text=span.text, source="ner",
                            demonym=demonyms[key])
    landmark = _landmarks().get(key)
    if landmark is not None:
        return PlaceMention(start=span.start_char, end=span.end_char, tok_start=span.start,
                            tok_end=span.end, text=span.text, source="ner",
                            candidates=[landmark])
    acronym = gz.country_code(span.text) if len(span) == 1 and span.text.isupper() else None
    if acronym is not None and gz.country(acronym) is not None:
        # A country's acronym that NER took for an organisation: "armed groups in eastern DRC".
        return PlaceMention(start=span.start_char, end=span.end_char, tok_start=span.start,
                            tok_end=span.end, text=span.text, source="ner",
                            candidates=[gz._country_entry(acronym)])
    prev = doc[start - 1].lower_ if start > 0 else ""
    prev2 = doc[start - 2].lower_ if start > 1 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    # "in the Darfur region": a place-type word after the name stands in for the cue.
    typed = prev == "the" and prev2 in MISLABEL_CUES and after in REGION_SUFFIXES | PLACE_TYPE_AFTER
    # "Pakistan's largest city, Karachi": a name in apposition to a town word.
    appositive = prev == "," and prev2 in APPOSITION_HEADS
    # "in central Harare", "in northern Kaduna": a part-of-town word between cue and name.
    directed = prev2 in MISLABEL_CUES and (prev in ("central", "downtown", "greater", "suburban")
                                           or bool(DIRECTION_WORDS.match(prev)))
    found = gz.lookup(span.text, loose=True)
    # "Harare's town house": a capital or a city of millions owning something is the town.
    city = next((c for c in found if c.kind == "city" and gz.normalize(c.name) == key), None)
    capital = gz.capital(city.country) if city is not None else None
    owned = {t.lower_ for t in doc[end + 1:end + 4]}
    owner = after in ("'s", "’s") and city is not None and bool(owned & TOWN_OWNED) and (
        city.population >= 1_000_000 or (capital is not None and capital.geonameid == city.geonameid))
    # "will march to Novi Sad": a destination.
    goal = prev == "to" and doc[start - 1].head.lemma_.lower() in _extra_words("motion_verbs")
    if not (prev in MISLABEL_CUES or (prev == "of" and prev2 in MISLABEL_OF) or typed
            or appositive or directed or owner or goal or place_target(span)
            or told_where(span.root)) or gz.is_stopword(key):
        return None
    # The name itself, or another spelling of it ("Tal Abyad" for Tall Abyad)
    cands = [c for c in found if gz.normalize(c.name) == key
             or gz.loose_key(gz.normalize(c.name)) == gz.loose_key(key)
             or (c.kind == "admin1" and gz.is_region_alias(key))]
    if not cands and key in _country_region_names():
        cands = [c for c in found if c.kind == "country"][:1]  # "Darfur": its country
    big = next((c for c in found if c.kind == "city" and c.population >= 100_000), None)
    if cands and big is not None and big not in cands and \
            big.population >= 10 * max(c.population for c in cands):
        # villages spelt as the name, a city of another spelling ("in Ahmadabad"): the city
        # competes too
        cands.append(big)
    cands += [c for c in found if c.kind == "city" and c not in cands and any(
        r.kind == "admin1" and (r.country, r.admin1) == (c.country, c.admin1) and c.population >= r.population / 2
        for r in cands)]  # the town most of a region's people live in, named as it ("Ulaanbaatar")
    if not cands and found and found[0].kind == "city" and (
            found[0].population >= 100_000 or _town_apposition(doc, end)):
        # Another spelling of a big town ("in Birgunj" for Birgañj), as the gazetteer
        # n-grams take one (``_gaz_ok``): after a locative word a person is unlikely. Of a
        # smaller town too when the text says it is one: "in Redeyef, a phosphate town".
        # Only in a story of its country ("in Burri", a district of Khartoum, is not Burāri
        # in India).
        return PlaceMention(start=span.start_char, end=span.end_char, tok_start=span.start,
                            tok_end=span.end, text=span.text, source="weak-spelling", candidates=found[:1])
    if not cands and len(span) > 1 and span[-1].lower_ in REGION_SUFFIXES:
        cands = [c for c in gz.lookup(span[:-1].text) if c.kind == "admin1"]  # "Niger State"
    if after in REGION_WORDS:
        # "the Kasai region" is no town of that name (in Japan): a region, or nothing known
        cands = [c for c in cands if c.kind != "city"]
    if not cands:
        return None
    return PlaceMention(start=span.start_char, end=span.end_char, tok_start=span.start,
                        tok_end=span.end, text=span.text, source="ner", candidates=cands)


def _town_apposition(doc: Doc, end: int) -> bool:
    """Whether ", a [phosphate] town" follows token ``end``: the name before is a town's."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    return any(t.lower_ in _CITY_TYPES and t.dep_ == "appos" for t in doc[end + 2:end + 5])


# "the University of Lagos", "Polytechnic of Namibia", "Tehran University": a school named
# after its town. A town that shares its name with a region must be this big to be the one
# meant ...
CAMPUS_REGION_TOWN = 100_000
# ... and a town before "University" (a name as often a founder's).
CAMPUS_NAMED_TOWN = 500_000
CAMPUS_STATE_TOWN = 10_000
CAMPUS_RE = re.compile(r"^(?:the\s+)?(?:university|polytechnic|college)\s+of\s+", re.I)
CAMPUS_AFTER_RE = re.compile(r"\s+(?:state\s+)?university$", re.I)


def _campus_town(doc: Doc, ent: Span) -> PlaceMention | None:
    """The town a school is named after ("students at the University of Lagos" were in
    Lagos); not a country or region ("the University of Nigeria" is in Nsukka)."""
    m = CAMPUS_RE.match(ent.text)
    after = CAMPUS_AFTER_RE.search(ent.text) if m is None else None
    if m is None and after is None:
        return None
    start, end = ent.start_char, ent.end_char
    if m is not None:
        start += m.end()
    elif after is not None:
        end = start + after.start()
        if ent.text.lower().startswith("the "):
            start += 4
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    found = gz.lookup(span.text)
    cands = [c for c in found if c.kind == "city" and gz.normalize(c.name) == gz.normalize(span.text)]
    if any(c.kind == "country" for c in found):
        return None
    if m is None:
        # "Tehran University"; "Lincoln University" is named after a man, not the town (but a
        # state university is the town's: "Kent State University")
        least = CAMPUS_STATE_TOWN if after is not None and "state" in after.group(0).lower() else CAMPUS_NAMED_TOWN
        cands = [c for c in cands if c.population >= least]
    elif any(c.kind == "admin1" for c in found):
        # "University of Lagos" is in the city; "University of California" is no town's.
        cands = [c for c in cands if c.population >= CAMPUS_REGION_TOWN]
    if not cands:
        return None
    return PlaceMention(start=span.start_char, end=span.end_char, tok_start=span.start,
                        tok_end=span.end, text=span.text, source="ner", candidates=cands)


_HYPHENS = frozenset({"-", "\u2013"})
_CRUMB_MARKS = frozenset({">", "\u203a", "\u00bb", "|"})


def find_mentions(doc: Doc) -> list[PlaceMention]:
    """All place mentions in the document, sorted by position."""
    text = doc_text(doc)
    lower = is_lower_text(text)
    mentions: list[PlaceMention] = []
    covered: set[int] = set()
    names, demonyms = gz._country_index()
    # Country names of several words first ("dominican republic", "south korea"): NER often
    # cuts them ("Dominican" NORP + "Republic").
    norms = [_norm(t.text) for t in doc]
    country_firsts = _country_first_words()
    for i in range(len(doc)):
        if i in covered or norms[i] not in country_firsts:
            continue
        for size in (6, 5, 4, 3, 2):  # "democratic republic of the congo" is five words
            if i + size > len(doc):
                continue
            key = " ".join(x for x in norms[i:i + size] if x)
            if key not in names:
                continue
            toks = doc[i:i + size]
            if toks[0].lower_ == "the" or not toks[0].is_alpha or not toks[-1].is_alpha:
                continue
            if key in names:
                mentions.append(PlaceMention(start=toks.start_char, end=toks.end_char,
                                             tok_start=i, tok_end=i + size, text=toks.text,
                                             source="ner", candidates=gz.lookup(toks.text)))
                covered.update(range(i, i + size))
                break
    # Towns with hyphens and lower-case parts ("Clichy-sous-Bois", "Aix-en-Provence"), which
    # NER cuts at the first hyphen: read whole when the gazetteer knows the whole name.
    for i in range(len(doc) - 2):
        if i in covered or not doc[i].text[:1].isupper() or doc[i + 1].text not in _HYPHENS:
            continue
        j = i + 1
        while j + 1 < len(doc) and doc[j].text in _HYPHENS and doc[j + 1].is_alpha and j + 1 - i < 7:
            j += 2
        toks = doc[i:j]
        if j - i >= 5 and not lower:
            towns = [c for c in gz.lookup(toks.text) if gz.normalize(c.name) == gz.normalize(toks.text)]
            if towns:
                mentions.append(PlaceMention(start=toks.start_char, end=toks.end_char, tok_start=i,
                                             tok_end=j, text=toks.text, source="ner", candidates=towns))
                covered.update(range(i, j))
    country_toks = set(covered)
    weak: list[PlaceMention] = []
    persons: list[Span] = []
    for ent in doc.ents:
        if any(k in country_toks for k in range(ent.start, ent.end)):
            continue
        if ent.start > 0 and doc[ent.start - 1].is_alpha and \
                doc[ent.start - 1].lower_ not in ("the", "a", "an") and \
                gz.is_stopword(doc[ent.start - 1:ent.end].text):
            covered.update(range(ent.start - 1, ent.end))  # "Central American", "Latin America"
            continue
        if ent.label_ in PLACE_LABELS and len(ent) > 1 and (
                gz.is_stopword(ent.text) or any(t.text in _CRUMB_MARKS for t in ent)):
            # "Central America" is no America, nor a breadcrumb NER ran together ("Latin
            # America > Central America") the America at its end
            covered.update(range(ent.start, ent.end))
            continue
        if ent.label_ in PLACE_LABELS and (
                (len(ent) > 1 and doc[ent.end - 1].lower_ in _STREET_TYPES) or
                (ent.end < len(doc) and doc[ent.end].lower_ in _STREET_TYPES)):
            covered.update(range(ent.start, min(len(doc), ent.end + 1)))  # "Kampala Road", Nairobi
            continue
        if ent.label_ in PLACE_LABELS and _after_title(doc, ent.start) and \
                not any(c.kind == "country" for c in gz.lookup(ent.text)):
            covered.update(range(ent.start, ent.end))
            continue
        if ent.label_ in PLACE_LABELS:
            # "the Philippines", "Nigeria's": trim what the gazetteer doesn't know.
            start_tok, end_tok = ent.start, ent.end
            while end_tok - start_tok > 1 and doc[end_tok - 1].text.lower() in ("'s", "s", "'"):
                end_tok -= 1
            if doc[start_tok].lower_ == "the" and end_tok - start_tok > 1:
                start_tok += 1
            if _direction_of_country(doc, start_tok, end_tok):
                start_tok += 1
            if start_tok >= 2 and doc[start_tok - 1].lower_ in ("of", "de", "du", "la") and \
                    doc[start_tok - 2].text[:1].isupper() and (start_tok - 2) not in covered and any(
                        c.kind == "city" and gz.normalize(c.name) == gz.normalize(doc[start_tok - 2:end_tok].text)
                        for c in gz.lookup(doc[start_tok - 2:end_tok].text)):
                start_tok -= 2  # "Port of Spain", NER's "Spain" cut from the town's name
            if end_tok < len(doc) and doc[end_tok].lower_ in ("city", "town"):
                # "Benin City", "Kuwait City": the town, not the country NER stopped at.
                longer = [c for c in gz.lookup(doc[start_tok:end_tok + 1].text)
                          if c.kind == "city" and
                          gz.normalize(c.name) == gz.normalize(doc[start_tok:end_tok + 1].text)]
                if longer:
                    end_tok += 1
            start_tok, end_tok, cands = _entity_candidates(doc, start_tok, end_tok)
            if not cands:
                continue  # NER cut a name ("walvis [bay municipality]"): the n-grams may know it
            if doc[end_tok - 1].lower_ in REGION_WORDS or (
                    end_tok < len(doc) and doc[end_tok].lower_ in REGION_WORDS):
                # "the Kursk region" is the oblast, not its town
                cands = [c for c in cands if c.kind != "city"] or cands
            span = doc[start_tok:end_tok]
            m = PlaceMention(start=span.start_char, end=span.end_char, tok_start=span.start,
                             tok_end=span.end, text=span.text, source="ner", candidates=cands)
            mentions.append(m)
            # Only the part of the entity the gazetteer knew: in "boulogne [sur mer harbor]"
            # NER's span cut a town's name, which the n-grams below may still read.
            covered.update(range(ent.start, ent.end) if end_tok - start_tok == ent.end - ent.start
                           or not lower else range(start_tok, end_tok))
        elif ent.label_ == "NORP":
            if ent.end < len(doc) and gz.normalize(doc[ent.start:ent.end + 1].text) in demonyms:
                ent = doc[ent.start:ent.end + 1]  # "Greek Cypriot": one people, NER's "Greek" cut short
            a3 = demonyms.get(gz.normalize(ent.text)) or names.get(gz.normalize(ent.text))
            if lower and gz.normalize(ent.text) in _extra_words("ambiguous_demonyms"):
                a3 = None
            if a3 is None and not lower:
                misread = _mislabelled_place(doc, ent.start, ent.end)
                if misread is not None:
                    mentions.append(misread)
            if a3:
                mentions.append(PlaceMention(start=ent.start_char, end=ent.end_char,
                                             tok_start=ent.start, tok_end=ent.end, text=ent.text,
                                             source="ner", demonym=a3))
            covered.update(range(ent.start, ent.end))
        elif ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT") and not lower:
            covered.update(range(ent.start, ent.end))
            last = ent[-1]
            if ent.label_ == "ORG" and len(ent) > 1 and last.tag_ == "NNPS" and \
                    gz.normalize(last.text) in demonyms:
                # "Muslim Malawians" taken for an organisation: a people, as a nationality word
                mentions.append(PlaceMention(start=last.idx, end=last.idx + len(last.text),
                                             tok_start=last.i, tok_end=last.i + 1, text=last.text,
                                             source="ner", demonym=demonyms[gz.normalize(last.text)]))
                continue
            misread = _mislabelled_place(doc, ent.start, ent.end)
            if misread is not None:
                mentions.append(misread)
            elif ent.label_ == "PERSON":
                city = _city_taken_for_person(doc, ent)
                if city is not None:
                    weak.append(city)
                else:
                    persons.append(ent)
            elif ent.label_ == "ORG":
                town = _campus_town(doc, ent)
                if town is not None:
                    mentions.append(town)
                else:
                    # "Two years ago, Nouméa burned" (a town NER took for an organisation):
                    # aside, for a story of its country
                    city = _city_taken_for_person(doc, ent, least=ORGANISED_CITY)
                    if city is not None:
                        weak.append(city)

    # Gazetteer n-grams, longest first, over tokens no entity covers.
    n = len(doc)
    firsts = _first_words()
    i = 0
    while i < n:
        if i in covered or not doc[i].is_alpha or norms[i] not in firsts:
            i += 1
            continue
        found = False
        for size in (5, 4, 3, 2, 1):
            j = i + size
            if j > n or any(k in covered for k in range(i, j)):
                continue
            toks = doc[i:j]
            if not toks[-1].is_alpha or size == 5 and toks[1].text not in _HYPHENS:
                continue  # (five tokens only for a hyphenated name: "Clichy-sous-Bois")
            if not lower and not all(t.text[:1].isupper() or t.lower_ in ("de", "del", "la", "al",
                                                                          "el", "es", "of")
                                     or (t.text in _HYPHENS and 0 < k < size - 1)  # "Alma-Ata"
                                     or (0 < k < size - 1 and toks[k - 1].text in _HYPHENS
                                         and toks[k + 1].text in _HYPHENS)  # "-sous-"
                                     for k, t in enumerate(toks)):
                continue
            key = " ".join(x for x in norms[i:j] if x)
            if toks[0].lower_ in ("de", "del", "la", "al", "el", "es", "of", "the") and (
                    size == 1 or toks[0].lower_ in ("of", "the") or not any(
                        gz.normalize(c.name) == key for c in gz.lookup(toks.text))):
                continue  # a particle starts a name only in the name itself: "la paz", "el paso"
            if size > 1 and gz.is_stopword(key):
                covered.update(range(i, j))  # "central american": not "American"
                found = True
                i = j
                break
            landmark = _landmarks().get(key)
            if landmark is not None:
                mentions.append(PlaceMention(start=toks.start_char, end=toks.end_char,
                                             tok_start=i, tok_end=j, text=toks.text,
                                             source="ner", candidates=[landmark]))
                covered.update(range(i, j))
                found = True
                i = j
                break
            if not _known(key) or _direction_of_country(doc, i, j):
                continue
            if j + 1 < n and doc[j].lower_ in _NAME_PARTICLES and doc[j + 1].text[:1].isupper() and \
                    not lower and not _known(gz.normalize(doc[i:j + 2].text)):
                continue  # "the Terreiro do Paço" (a square in Lisbon), no town of Angola
            lead = i
            while lead > 0 and doc[lead - 1].lower_ in _SURNAME_PARTICLES:
                lead -= 1
            if 0 < lead < i and doc[lead - 1].text[:1].isupper() and doc[lead - 1].is_alpha and not lower and \
                    not _known(gz.normalize(doc[lead - 1:j].text)):
                continue  # "Hugo de los Santos": a surname, no town of Brazil
            if key in demonyms and key not in names:
                # Nationality words that are common words too are kept off the place list,
                # but still say whose story it is ("british supporters marched").
                if not gz.is_stopword(key) or key not in _extra_words("ambiguous_demonyms"):
                    mentions.append(PlaceMention(start=toks.start_char, end=toks.end_char,
                                                 tok_start=i, tok_end=j, text=toks.text,
                                                 source="gaz", demonym=demonyms[key]))
                    covered.update(range(i, j))
                    found = True
                    i = j
                    break
                continue
            cands = gz.lookup(toks.text)
            # Sentence-initial capitalised common words ("Police", "March") aren't places.
            if not lower and size == 1 and toks[0].is_sent_start and toks[0].pos_ != "PROPN" and \
                    _english_word(toks[0].lower_):
                continue  # (a name the model never saw is no common word: "Zhanaozen had ...")
            if j < n and doc[j].lower_ in _extra_words("not_followed_by"):
                continue
            if j < n and not lower and _ground_word(doc[j]):
                continue  # "Rugby Park in Hamilton"
            if _after_title(doc, i) and not (cands and cands[0].kind == "country"):
                continue  # "union secretary vladimir okello" is a man, not the Russian town
            if lower and size == 1 and (_common_noun_use(doc, i, cands) or (
                    toks[0].tag_ == "VB" and i > 0 and doc[i - 1].tag_ in ("TO", "MD") and
                    _english_word(toks[0].lower_))):
                continue  # "a plan to hire cheaper crews" names no town Hiré
            cue = (i > 0 and doc[i - 1].lower_ in CUE_WORDS) or \
                (i > 1 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in CUE_WORDS) or \
                (j < n and doc[j].lower_ in PLACE_TYPE_AFTER) or _address_cue(doc, i, j)
            town_type = _named_town_type(doc, i)
            named = town_type is not None
            if not _gaz_ok(cands, key, size, lower, cue, named):
                # Too small a town for lower-cased text without a locative word; kept aside
                # in case it lies in the story's country ("university hospital, galway").
                if lower and _gaz_ok(cands, key, size, lower, True):
                    weak.append(PlaceMention(start=toks.start_char, end=toks.end_char,
                                             tok_start=i, tok_end=j, text=toks.text,
                                             source="weak", candidates=cands))
                continue
            if town_type in _CITY_TYPES:
                # "the city of colon" is the town, not the region of that name.
                cands = [c for c in cands if c.kind == "city"] or cands
            if j < n and doc[j].lower_ in REGION_WORDS:
                cands = [c for c in cands if c.kind != "city"]  # "the Kasai region"
                if not cands:
                    continue
            mentions.append(PlaceMention(start=toks.start_char, end=toks.end_char, tok_start=i,
                                         tok_end=j, text=toks.text, source="gaz",
                                         candidates=cands))
            covered.update(range(i, j))
            found = True
            i = j
            break
        if not found:
            i += 1
    mentions.extend(_named_as_town_elsewhere(persons, mentions))
    mentions.extend(weak)
    unlisted = _unlisted_towns(doc, mentions, lower)
    if unlisted:
        # "the town of Bir Tawila" is no town Bir abroad
        mentions = [m for m in mentions if not any(
            u.tok_start <= m.tok_start and m.tok_end <= u.tok_end for u in unlisted)] + unlisted
    mentions.sort(key=lambda m: m.start)
    mentions = _owned_landmarks(doc, mentions)
    _mark_context(doc, mentions)
    return mentions


# Place-type words that make the name after "of" a town: "the village of Stepnoye Pole".
_UNLISTED_TYPES = frozenset({"town", "village", "city", "township", "hamlet", "settlement"})
# Lower-case words inside (or, for Arabic articles, at the start of) a town's name.
_NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "an", "ar", "ash", "az", "de", "del", "la",
                             "le", "du", "da", "do", "dos", "das", "di", "van", "von", "bin",
                             "ibn", "abu", "umm", "ras", "bir", "tal", "tel"})


def _unlisted_towns(doc: Doc, mentions: list[PlaceMention], lower: bool) -> list[PlaceMention]:
    """Towns the gazetteer does not list, named as towns: "the village of Stepnoye Pole", "the
    small town of bir tawila", "Sangbar Kalay, a small village near Kandahar". Without
    candidates; their country comes at resolution (``_place_unlisted``)."""
    out: list[PlaceMention] = []
    for tok in doc:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                _named_town_type(doc, tok.head.i + 1) in _UNLISTED_TYPES:
            floor = tok.head.i + 1  # "the village of [Stepnoye Pole]"
        elif tok.dep_ == "appos" and tok.lower_ in _UNLISTED_TYPES and tok.head.i + 1 < tok.i and \
                doc[tok.head.i + 1].text == "," and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            tok, floor = tok.head, 0  # "[Sangbar Kalay], a small village near Kandahar"
        else:
            continue
        start = tok.i
        while start > floor and (doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i
                                 or doc[start - 1].lower_ in _NAME_PARTICLES):
            start -= 1
        name = doc[start:tok.i + 1]
        # A mention of the name or beyond it wins; one inside it is only a part of it ("Ain"
        # of "Bir Tawila") and gives way.
        if any(m.tok_start < name.end and name.start < m.tok_end and
               not (name.start <= m.tok_start and m.tok_end <= name.end and len(name) > m.tok_end - m.tok_start)
               for m in mentions):
            continue
        if len(name) > 3 or any(not t.is_alpha or len(t) < 2 or
                                t.ent_type_ in ("DATE", "TIME", "NORP") for t in name):
            continue
        if lower:
            # A name the model never saw, or a particle that starts one ("bir tawila"): not "the
            # city of dreams".
            if not (any(not _english_word(t.lower_) for t in name) or name[0].lower_ in _NAME_PARTICLES
                    and len(name) > 1):
                continue
        elif not all(t.text[:1].isupper() or (0 < k and t.lower_ in _NAME_PARTICLES)
                     for k, t in enumerate(name)):
            continue
        if gz.is_stopword(name.text) or gz.lookup(name.text):
            continue  # a town the gazetteer knows was found above, or deliberately left
        out.append(PlaceMention(start=name.start_char, end=name.end_char, tok_start=name.start,
                                tok_end=name.end, text=name.text, source="unlisted"))
    return out


def _named_as_town_elsewhere(persons: list[Span], mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A "person" whose name the document uses for a town elsewhere is that town: after "the
    oil town of Zhanaozen", "Zhanaozen had been here before" is the town again."""
    towns = {gz.normalize(m.text): m.candidates for m in mentions
             if m.source in ("ner", "gaz") and m.candidates
             and m.candidates[0].kind in ("city", "admin1")}
    out: list[PlaceMention] = []
    for ent in persons:
        cands = towns.get(gz.normalize(ent.text))
        if cands:
            out.append(PlaceMention(start=ent.start_char, end=ent.end_char, tok_start=ent.start,
                                    tok_end=ent.end, text=ent.text, source="ner",
                                    candidates=list(cands)))
    return out


# A city NER took for a person must be this big to be read as the city, and only in a story
# about its country ("Cali paid the highest price" in a story on Colombia).
PERSONIFIED_CITY = 500_000
ORGANISED_CITY = 50_000  # a town's name is a likelier misreading for an organisation than a person
_SPEAKING = frozenset({"say", "tell", "add", "claim", "write", "ask", "insist", "argue", "recall"})


def _city_taken_for_person(doc: Doc, ent: Span, least: int = PERSONIFIED_CITY) -> PlaceMention | None:
    """A one-word "person" (or organisation) that is the name of a city of ``least`` people or
    more, kept aside (as a weak mention) in case the story is about the city's country; not
    someone who speaks, has a title or a surname, or is named in full elsewhere in the text."""
    tok = ent[0]
    if len(ent) != 1 or not tok.text[:1].isupper() or _after_title(doc, ent.start):
        return None
    if any(doc[k].pos_ == "PROPN" for k in (ent.start - 1, ent.end) if 0 <= k < len(doc)):
        return None
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEAKING:
        return None
    if any(len(e) > 1 and e.label_ == "PERSON" and any(t.lower_ == tok.lower_ for t in e) for e in doc.ents):
        return None  # "Paris Hilton ... Paris": the woman
    key = gz.normalize(tok.text)
    cities = [c for c in gz.lookup(tok.text) if c.kind == "city" and gz.normalize(c.name) == key
              and c.population >= least]
    if not cities:
        return None
    return PlaceMention(start=ent.start_char, end=ent.end_char, tok_start=ent.start, tok_end=ent.end,
                        text=ent.text, source="weak-person", candidates=cities)


def _landmark_of(m: PlaceMention, focus: str | None) -> PlaceMention:
    towns = _landmark_towns().get(gz.normalize(m.text), [])
    home = next((t for t in towns if t.country == focus), None)
    return dataclasses.replace(m, candidates=[home]) if home is not None and len(towns) > 1 else m


def _shared_landmark(m: PlaceMention) -> bool:
    """A landmark whose name other towns' squares share ("Tahrir Square", "Martyrs' Square")."""
    return gz.normalize(m.text) in _extra_words("shared_landmarks")


def _owned_landmarks(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"Baghdad's Tahrir Square" is Baghdad's, not the landmark of that name elsewhere
    (Cairo's): the square is dropped for the town named with it, and told again later ("a
    march to Tahrir Square") it is that town's."""
    owned: dict[str, list[gz.Entry]] = {}
    out: list[PlaceMention] = []
    for m in mentions:
        if not _shared_landmark(m):
            out.append(m)
            continue
        key = gz.normalize(m.text)
        i = m.tok_start
        if i >= 2 and doc[i - 1].lower_ in ("'s", "’s"):
            owner = [o for o in out if o.tok_start <= i - 2 < o.tok_end and o.candidates]
            landmark = _landmarks().get(key)
            if owner and not (landmark is not None and owner[-1].candidates[0].country == landmark.country):
                # (The landmark's own country owning it, "Egypt's Tahrir Square", is Cairo's.)
                owned[key] = owner[-1].candidates
                continue
        if key in owned:
            m = dataclasses.replace(m, candidates=owned[key])
        out.append(m)
    return out


STATE_ABBR_AFTER = re.compile(r"\s*,\s*((?:[A-Za-z]\.\s?){2,3}|[A-Za-z]{2,5}\.)")


@functools.cache
def _state_abbreviations() -> dict[str, dict[str, str]]:
    """country alpha-3 -> {"ill.": "Illinois", ...} from ``data/places_extra.toml``."""
    return {a3: dict(table) for a3, table in gz._extra().get("state_abbreviations", {}).items()}


TOWN_SUFFIXES = frozenset({"town", "village", "township"})
REGION_SUFFIXES = frozenset({"state", "province", "region", "governorate", "department",
                             "district", "prefecture", "oblast"})
# Words after a name that make it a first-level region, never a town of that name.
REGION_WORDS = frozenset({"region", "province", "governorate", "prefecture", "oblast"})


def _mark_context(doc: Doc, mentions: list[PlaceMention]) -> None:
    """Flag "X-based", "near X" and the "Texas" of "Paris, Texas"; read "Niger State" as the
    Nigerian state, not the country."""
    text = doc_text(doc)
    for m in mentions:
        if m.tok_end - m.tok_start >= 2 and doc[m.tok_end - 1].lower_ in _PLACE_HEADS and \
                m.tok_end < len(doc) and doc[m.tok_end].lower_ == "of":
            # "the eastern Uganda town of Mbale" is not a town called "Uganda Town".
            name = doc[m.tok_start:m.tok_end - 1]
            countries = [c for c in gz.lookup(name.text) if c.kind == "country"]
            if countries:
                m.candidates, m.end, m.tok_end = countries, name.end_char, m.tok_end - 1
                m.text = text[m.start:m.end]
                continue
        if m.candidates and m.candidates[0].kind == "country" and m.tok_end < len(doc) and \
                doc[m.tok_end].lower_ in REGION_SUFFIXES:
            regions = [c for c in gz.lookup(m.text) if c.kind == "admin1"]
            if regions:
                suffix = doc[m.tok_end]
                m.candidates, m.end = regions, suffix.idx + len(suffix.text)
                m.tok_end += 1
                m.text = text[m.start:m.end]
        elif m.candidates and m.tok_end < len(doc) and doc[m.tok_end].lower_ in REGION_WORDS and \
                not any(c.kind == "admin1" for c in m.candidates) and \
                not any(c.kind == "city" and gz.normalize(c.name) == gz.normalize(m.text) for c in m.candidates):
            # "Binh Thuan province" (a province merged away since): no town that only has the
            # name among its others ("Hòa Cường"); a town of the very name is the province's seat
            m.candidates = []
        elif m.candidates and m.tok_end < len(doc) and (
                (m.candidates[0].kind == "admin1" and doc[m.tok_end].lower_ in REGION_SUFFIXES) or
                (m.candidates[0].kind == "city" and doc[m.tok_end].lower_ in TOWN_SUFFIXES)):
            # "Ebonyi State", "Shanxi province", "Bethanie village": the span is the whole name.
            suffix = doc[m.tok_end]
            m.end, m.tok_end = suffix.idx + len(suffix.text), m.tok_end + 1
            m.text = text[m.start:m.end]
    for m in mentions:
        # "Springfield, Ill.": the state the newspaper names after the town.
        abbr = STATE_ABBR_AFTER.match(text, m.end)
        if abbr and any(c.kind == "city" for c in m.candidates):
            key = re.sub(r"\s+", "", abbr.group(1).lower())
            for a3, table in _state_abbreviations().items():
                state = table.get(key)
                towns = [c for c in m.candidates if c.kind == "city" and c.country == a3
                         and c.admin1 == state]
                if towns:
                    m.candidates = towns
                    break
    for k, m in enumerate(mentions):
        after = text[m.end:m.end + 24]
        if BASED_AFTER.match(after):
            m.based = True
        before = text[max(0, m.start - 40):m.start]
        if NEAR_BEFORE.search(before):
            m.near = True
        if REFERENCE_BEFORE.search(before):
            m.reference = True
        if PARTNER_BEFORE.search(before):
            m.partner = True
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and _TOWN_PART_OF.fullmatch(text, m.end, nxt.start) and \
                (m.entry is None or nxt.entry is None or m.entry.population >= nxt.entry.population):
            m.reference = True  # "in the Dublin suburb of Jobstown": Dublin only places Jobstown
        if re.match(r"\s*(?:'s\s+|s\s+)?(?:embassy|embassies|consulate|mission)\b", after, re.I) or \
                re.search(r"\b(?:anti|pro|non)\s*-?\s*$", before, re.I) or \
                (m.demonym and re.search(r"\bethnic\s+$", before, re.I)):
            m.modifier = True  # a stance ("anti-American") or an ethnic group ("ethnic Russians")
        if m.start > 0 and re.search(r"\b(?:in|at|near|outside|of|to|from|into|through)\s+(?:the\s+)?$",
                                     before, re.I):
            m.cue = True
        if re.search(r"\b(?:st|saint|ste|san|santa|sao)\.?\s+$", before, re.I) and m.source == "gaz":
            m.entry = None
            m.candidates = []  # "St. Sofia cathedral": a saint, not the town
        if _not_preceded_re().search(before):
            m.entry = None
            m.candidates = []  # "the Plaza Murillo", "Lake Hora": a square, a street or a lake, not the town
        if _capital_for_government(doc, m):
            # "Paris declared a state of emergency": the government, not the town (whose
            # story it is, as much as a town told as a place)
            m.based = m.government = True
        if k > 0:
            prev = mentions[k - 1]
            between = text[prev.end:m.start]
            if between.strip() in (",", "") and between.count(",") == 1 and m.candidates and \
                    m.candidates[0].kind in ("country", "admin1") and prev.candidates:
                m.qualifier = True
            elif re.fullmatch(r",\s+(?:near|outside|close\s+to|just\s+outside)\s+(?:the\s+(?:city|town)\s+of\s+)?",
                              between, re.I) and prev.candidates and not prev.based:
                m.qualifier = True  # "in Sacaba, near Cochabamba": where the place before lies


def _capital_for_government(doc: Doc, m: PlaceMention) -> bool:
    """Whether a national capital stands for its government as the subject of what governments
    do: "Paris declared a state of emergency", "a warning Paris chose not to hear"."""
    if not m.candidates or m.candidates[0].kind != "city" or m.demonym:
        return False
    city = m.candidates[0]
    capital = gz.capital(city.country)
    if capital is None or capital.geonameid != city.geonameid or gz.normalize(m.text) != gz.normalize(city.name):
        return False  # (not a landmark of the capital: "the White House announced" is said there)
    head = _climb(_mention_head(doc, m))
    return head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX") and \
        head.head.lemma_.lower() in _extra_words("metonymy_verbs")


# --- resolution -------------------------------------------------------------------


def _title_countries(title: str | None) -> list[str]:
    if not title:
        return []
    out = []
    for word in re.findall(r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)?", title):
        a3 = gz.country_code(word)
        if a3:
            out.append(a3)
    return out


def focus_country(mentions: list[PlaceMention], dateline: gz.Entry | None = None,
                  title: str | None = None,
                  leaders: list[tuple[str, int, int]] | None = None) -> str | None:
    """The country the document is mostly about, by weighted votes of its place mentions
    (and of the political leaders it names)."""
    votes: dict[str, float] = {}
    for a3, _start, _end in leaders or ():
        _vote(votes, a3, _W_LEADER)
    # Nationality words describe people, who travel: their votes grow with the square root
    # of their number, so that "Syrian refugees ... the Syrians" don't outvote Nicosia.
    nationalities: Counter[str] = Counter()
    lead = 0
    for m in mentions:
        if m.modifier or _generic_name(m.text):
            continue
        weight = 0.0
        country = None
        if m.demonym:
            nationalities[m.demonym] += 1
            country, weight = m.demonym, 0.0
        elif m.candidates:
            top = m.candidates[0]
            country = top.country
            if top.kind == "country":
                weight = _W_COUNTRY
            elif top.population >= 100_000 or (m.cue and top.population >= 10_000) or \
                    (m.source == "ner" and len({c.country for c in m.candidates}) == 1):
                weight = _W_CITY * (0.5 if top.kind == "admin1" else 1.0)
                if _shared_landmark(m):
                    weight *= 0.5  # a square's name is shared by other towns' squares
                if _ambiguous_city(m):
                    weight *= 0.25  # "Hamilton": a big town of Canada and of New Zealand both
        if country is None or (weight == 0.0 and not m.demonym):
            continue
        if m.based and not m.government:
            # "Belgrade radio", "a Nairobi-based group": some evidence of the country, no
            # evidence of where things happened. (A capital standing for its government says
            # whose story it is as much as a town does.)
            _vote(votes, country, weight * 0.5)
            continue
        if m.partner:
            _vote(votes, country, weight * 0.3)  # "demanded that Pretoria cut ties with Israel"
            continue
        _vote(votes, country, weight)
        # Earlier mentions matter more: the lead says where the story is.
        if lead < 3:
            _vote(votes, country, 0.3)
            lead += 1
    for a3, n in nationalities.items():
        _vote(votes, a3, _W_DEMONYM * math.sqrt(n))
    if dateline is not None:
        _vote(votes, dateline.country, _W_DATELINE)
    for a3 in _title_countries(title):
        _vote(votes, a3, _W_TITLE)
    if not votes:
        return None
    best = max(votes, key=lambda a3: votes[a3])
    # The story of a territory names its sovereign's capital and ministers too.
    territory = max((a3 for a3, state in _territories().items() if state == best and a3 in votes),
                    key=lambda a3: votes[a3], default=None)
    if territory is not None and votes[territory] >= 0.45 * votes[best]:
        return territory
    return best


@functools.cache
def _territories() -> dict[str, str]:
    """Territory alpha-3 → the alpha-3 of the state it belongs to (``[territories]``)."""
    return dict(gz._extra().get("territories", {}))


def _ambiguous_city(m: PlaceMention) -> bool:
    """Whether a town's name is shared by big towns of two countries, the second at least a
    quarter the size of the first ("Hamilton" in Canada and New Zealand; not "London", whose
    namesake in Canada is a twentieth of it)."""
    sizes: dict[str, int] = {}
    for c in m.candidates:
        if c.kind == "city" and gz.normalize(c.name) == gz.normalize(m.text):
            sizes[c.country] = max(sizes.get(c.country, 0), c.population)
    big = sorted(sizes.values(), reverse=True)
    return len(big) > 1 and big[1] >= 100_000 and big[1] * 4 >= big[0]


def _vote(votes: dict[str, float], a3: str, weight: float) -> None:
    votes[a3] = votes.get(a3, 0.0) + weight


def _resolve(m: PlaceMention, focus: str | None, qualifier: gz.Entry | None,
             doc_admin1: set[tuple[str, str]], doc_countries: set[str]) -> gz.Entry | None:
    if not m.candidates:
        return None
    key = gz.normalize(m.text)
    best: gz.Entry | None = None
    best_score = -math.inf
    regions = {(c.country, c.admin1): c.population for c in m.candidates if c.kind == "admin1"}
    # (a country's other name that is also the own name of a town of another country is no
    # sure country: "the Gold Coast" is Ghana in a Ghanaian story, the Queensland city in an
    # Australian one; "Gaza" stays the territory)
    towns_named = {c.country for c in m.candidates if c.kind == "city" and gz.normalize(c.name) == key}
    for c in m.candidates:
        score = math.log10(c.population + 10)
        if c.kind == "city" and (c.country, c.admin1) in regions and (
                gz.normalize(c.name) == key or difflib.SequenceMatcher(None, gz.normalize(c.name), key).ratio() >= 0.9
                or c.population >= regions[(c.country, c.admin1)] / 2):
            # the town that gives its name to its region ("Niamey"), also under another
            # spelling ("Basra" for Basrah), or whose people are most of the region's
            # ("Ulaanbaatar", GeoNames' Ulan Bator; not Bihar Sharif for Bihar)
            score += 2
        if c.kind == "country":
            score += 0 if towns_named - {c.country} and gz.normalize(c.name) != key else 10
        elif c.kind == "city":
            score += 0.5  # "Lagos" the city rather than Lagos State
        if gz.normalize(c.name) == key:
            # A region's own name counts less: "Kiev" is the city (GeoNames "Kyiv") before
            # the oblast that GeoNames still calls Kiev.
            score += 1.5 if c.kind != "admin1" else 0.5
        if focus and c.country == focus:
            score += 4
        elif c.country in doc_countries:
            score += 2
        if c.kind == "city" and c.admin1 and (c.country, c.admin1) in doc_admin1:
            score += 2
        if qualifier is not None:
            if qualifier.kind == "country" and c.country == qualifier.country:
                score += 20
            elif qualifier.kind == "admin1" and c.country == qualifier.country and \
                    c.admin1 == qualifier.admin1:
                score += 20
        if score > best_score:
            best, best_score = c, score
    return best


# Smallest population of a place abroad (in a country the story never names) to be kept,
# by (lower-cased text, matched on plain tokens rather than by NER).
_FOREIGN_MIN = {(True, True): 1_000_000, (True, False): 1_000_000, (False, True): 50_000,
                (False, False): 0}


# ... and of one matched by another of its names only.
_FOREIGN_ALIAS_MIN = 100_000


def _resolve_all(mentions: list[PlaceMention], focus: str | None, lower: bool) -> None:
    doc_countries = {m.candidates[0].country for m in mentions
                     if m.candidates and m.candidates[0].kind == "country"}
    doc_countries |= {m.demonym for m in mentions if m.demonym}
    doc_admin1 = {(c.country, c.admin1) for m in mentions for c in m.candidates[:1]
                  if c.kind == "admin1" and c.admin1}
    for k, m in enumerate(mentions):
        qual = None
        if k + 1 < len(mentions) and mentions[k + 1].qualifier:
            qual = mentions[k + 1].candidates[0]
        m.entry = _resolve(m, focus, qual, doc_admin1, doc_countries)
        e = m.entry
        if e is not None and e.kind != "country" and e.country != focus and qual is None and \
                _generic_name(m.text):
            # "the northern district", "eastern region": a place in any country; only the
            # story's own country's region of that name is meant.
            m.entry = e = None
        # A town or region abroad, in a country the story never names, is more likely a
        # word or a person's name ("Morsi", "Voltaire") than a place: unless it is big.
        if focus and e is not None and e.country != focus and e.kind != "country" and \
                qual is None and e.country not in doc_countries and (
                    e.population < _FOREIGN_MIN[(lower, m.source == "gaz")]
                    # known by that name only as another name of a village abroad: "the Rabaa
                    # mosque" in Cairo is no Rabča in Slovakia
                    or (e.population < _FOREIGN_ALIAS_MIN and gz.normalize(e.name) != gz.normalize(m.text))):
            m.entry = None
        # A landmark whose name other towns' squares share ("Tahrir Square", "Martyrs'
        # Square") is the story's own country's, not a country it never names.
        if focus and e is not None and e.country != focus and e.country not in doc_countries \
                and _shared_landmark(m):
            m.entry = None


# --- dateline ---------------------------------------------------------------------


def find_dateline(doc: Doc) -> PlaceMention | None:
    """The place of a dateline at the top of the text ("NAIROBI (Reuters) -"), of a page header
    opened by a town in capitals ("LUANDA | Opinion | 28 July 2026"), or of a line in capitals
    opening the body after a title and a date line ("BAMAKO (Opinion) — ...")."""
    text = doc_text(doc)
    head = text[:120]
    base = 0
    match = DATELINE_RE.match(head) or _HEADER_TOWN_RE.match(head)
    if not match or match.re is _HEADER_TOWN_RE and not header_line(head.split("\n", 1)[0]):
        # (or opening the first paragraph of the body, after a title and a date line: "BAMAKO
        # (Opinion) — Thirty-five years ago today, ...")
        match = None
        for line in re.finditer(r"(?<=\n)[^\n]+", text[:400]):
            opening = DATELINE_RE.match(line.group(0)[:120])
            if opening is not None and opening.group(1).strip().isupper() and len(line.group(0)) > 120:
                match, base = opening, line.start()
                break
            opening = EMPHASIS_DATELINE_RE.match(line.group(0)[:120])
            if opening is not None and len(line.group(0)) > 120:
                match, base = opening, line.start()
                break
            opening = _TOWN_DATE_LINE_RE.match(line.group(0))
            if opening is not None:
                # (a town in capitals and the date alone on a line: "KINGSTON, May 24, 2026")
                match, base = opening, line.start()
                break
        if match is None:
            return None
    if match.re is EMPHASIS_DATELINE_RE:
        name, qual = match.group(2).strip(), None
        name_at = match.start(2)
    else:
        name, qual = match.group(1).strip(), match.group(2)
        name_at = match.start(1)
        if not (name.isupper() or qual or "(" in match.group(0)):
            return None
    cands = [c for c in gz.lookup(name) if c.kind == "city"]
    if not cands:
        return None
    qual_entry = None
    if qual:
        q = gz.lookup(qual.strip())
        qual_entry = q[0] if q else None
    start = base + name_at
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    m = PlaceMention(start=start, end=start + len(name), tok_start=span.start if span else 0,
                     tok_end=span.end if span else 0, text=text[start:start + len(name)],
                     source="dateline", candidates=cands)
    m.entry = _resolve(m, qual_entry.country if qual_entry else None, qual_entry, set(), set())
    return m


# --- per-event choice -------------------------------------------------------------


def _mention_head(doc: Doc, m: PlaceMention) -> Token:
    return doc[m.tok_start:m.tok_end].root


def _climb(tok: Token) -> Token:
    while tok.dep_ in ("compound", "amod", "conj", "appos", "nmod") and tok.head is not tok:
        tok = tok.head
    return tok


def _governing(tok: Token) -> tuple[str | None, Token | None]:
    """(preposition, the word the prepositional phrase hangs on) for a place token."""
    tok = _climb(tok)
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent", "dative"):
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lower_ in _PLACE_HEADS and prep.head is not tok:
            # "in the eastern Uganda town of Mbale": the town is where "in" says.
            return _governing(prep.head)
        return prep.lower_, prep.head
    if tok.dep_ in ("npadvmod", "dobj", "nsubj", "nsubjpass", "poss", "attr"):
        return None, tok.head
    return None, tok.head


def _grievance(gov: Token | None) -> bool:
    """Whether a place's phrase hangs on what a protest is against: "against the war in Gaza"."""
    return gov is not None and gov.pos_ == "NOUN" and gov.dep_ == "pobj" and \
        gov.head.lower_ in ("against", "over", "about")


def _own_clause_conj(tok: Token) -> bool:
    """A coordinated verb with a subject of its own: "..., and police fired"."""
    return tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _clause_path(trigger: Token, target: Token) -> int | None:
    """Tree distance from trigger to target within the trigger's clause, or None. A step
    into another coordinated clause counts three: "attacked protesters in Vrbas, and police
    fired tear gas at crowds in Novi Sad" places the firing in Novi Sad."""
    def path(tok: Token) -> dict[int, int]:
        out, d = {tok.i: 0}, 0
        while tok.head.i != tok.i:
            d += 3 if _own_clause_conj(tok) else 1
            tok = tok.head
            out[tok.i] = d
        return out
    ids_t = path(trigger)
    for i, d in sorted(path(target).items(), key=lambda x: x[1]):
        if i in ids_t:
            return d + ids_t[i]
    return None


# Nouns a place may own and still be where things happen: "in Nigeria's delta".
_OWNED_PLACES = _PLACE_HEADS | STREET_WORDS | {
    "border", "borders", "north", "south", "east", "west", "cities", "towns", "regions",
    "provinces", "states", "countryside", "heartland", "coast", "territory", "soil", "side"}
# Prepositions that place what they govern.
_PLACING_PREPS = frozenset(LOCATIVE_PREPS) - {"to", "towards", "toward", "over"}


# Verbs whose "from" names the scene: clearing a square, evicting a camp.
_REMOVAL_VERBS = frozenset({"clear", "evict", "expel", "remove", "drive", "chase", "disperse", "flush"})


@functools.lru_cache(maxsize=32)
def _named_building(text: str, name: str) -> bool:
    """Whether the story says, anywhere, that the name is a building's: "La Fortaleza, the
    governor's mansion"."""
    return any(_BUILDING_APPOSITION.match(text, m.end()) for m in re.finditer(re.escape(name) + r"\b", text))


def _owned_non_place(head: Token, trig_i: int) -> bool:
    """A place that owns or names a thing, not a place where it is: "borrowing tactics from
    Chile's student movement", "workers of Korea's largest union", "the Ohio ballot campaign"
    (but "in Nigeria's delta", "the London protest")."""
    tok = head
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("poss", "compound") or tok.head.i == trig_i:
        return False
    owned = tok.head
    while owned.dep_ == "compound" and owned.head.i != owned.i:
        owned = owned.head  # "the ohio ballot campaign"
    if trig_i in (owned.i, owned.head.i):
        return False  # "the london protest", "paris police fired"
    if owned.lower_ in _OWNED_PLACES:
        return False
    owned = _climb(owned)
    return not (owned.dep_ == "pobj" and owned.head.lower_ in _PLACING_PREPS)


def _in_attack_clause(trig: Token, gov: Token, attacks: frozenset[int], judging: bool) -> bool:
    """Whether ``gov`` lies in a relative clause telling an attack (``attacks``: their trigger
    tokens) that steps back, or that the event only judges (``judging``): "a jury acquitted
    men who had shot two people at Schattendorf" (the jury sat elsewhere)."""
    own = {trig.i, *(t.i for t in trig.ancestors)}
    tok = gov
    while tok.i not in own and tok.head.i != tok.i:
        if tok.dep_ == "relcl" and tok.i in attacks and (
                judging or any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children)):
            return True
        tok = tok.head
    return False


def _in_other_clause(trig: Token, gov: Token, protests: frozenset[int]) -> bool:
    """Whether ``gov`` lies in a clause that describes some other noun than the event's own
    words, and tells no protest (``protests``: their trigger tokens): "vigils to mourn a
    nurse killed in Libya" (but "fired at protesters who had gathered in Kiev": the
    protesters are the event's own, and where they gathered is where it happened)."""
    own = {trig.i, *(t.i for t in trig.ancestors)}
    verb = trig
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "during a protest, students booed the officers at the gate"
    tok = gov
    while tok.i not in own and tok.head.i != tok.i:
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.i not in protests and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True  # "Police beat lawyers in Buea, and ... four were shot dead in Bamenda"
        if tok.dep_ in ("acl", "relcl"):
            noun = tok.head
            holder = noun.head.head if noun.head.dep_ in ("prep", "agent") else noun.head
            # What the event is against is not one of its own: "protested against the pact
            # signed in Geneva" (but "fired at protesters who had gathered in Kiev").
            grievance = noun.head.dep_ == "prep" and noun.head.lower_ in GRIEVANCE_PREPS
            return noun.i != trig.i and (grievance or holder.i not in (trig.i, trig.head.i, verb.i)) \
                and tok.i not in protests
        tok = tok.head
    return False


def _score_mention(doc: Doc, ev: Event, m: PlaceMention, focus: str | None,
                   home: str | None = None, protests: frozenset[int] = frozenset(),
                   attacks: frozenset[int] = frozenset()) -> float | None:
    """How well a mention in the event's sentence fits as the event's place (None: not at all).
    ``home``: the country of the event's doers, when they are named by nationality."""
    if m.entry is None or m.based or m.qualifier or m.modifier:
        return None
    head = _mention_head(doc, m)
    prep, gov = _governing(head)
    score = 0.0
    if m.entry.kind == "city":
        score += 1.5
    elif m.entry.kind == "admin1":
        score += 0.5
    trig = doc[ev.token_i] if 0 <= ev.token_i < len(doc) else None
    if gov is not None and (gov.lemma_.lower() in REPORTING_LEMMAS or (
            prep is None and _climb(head).dep_ == "nsubj" and gov.lemma_.lower() in SAYING_LEMMAS)) and \
            (trig is None or trig.i != gov.i):
        # (also who names or blames it: "the Kremlin called the assault an attempt to restore order")
        score -= 3.0
    if prep is None and trig is not None and gov is not None and gov.i == trig.i and m.entry.kind == "country" \
            and _climb(head).dep_ == "dobj" and trig.lemma_.lower() in SAYING_LEMMAS:
        score -= 3.0  # the one blamed or accused is not where: "Voronin blamed Romania"
    if prep == "from" and not (trig is not None and gov is not None and gov.i == trig.i
                               and trig.lemma_.lower() in _REMOVAL_VERBS):
        score -= 1.5  # (but "cleared the protesters from the Shapla Chattar area of Dhaka")
    if prep == "in" and gov is not None and gov.pos_ == "NOUN" and gov.dep_ == "appos" and \
            (trig is None or gov.i != trig.i) and \
            gov.lemma_.lower() in _extra_words("seat_nouns"):
        # The seat of a power told in apposition, not where the deed was: "marched towards the
        # headquarters of the KDP, the ruling party in Erbil" (a town the parse hung on a
        # government otherwise is mostly the deed's: "a rally against declaring a
        # revolutionary government in downtown Cebu City")
        score -= 3.0
    if _named_building(doc_text(doc), m.text):
        return None  # "outside La Fortaleza, the governor's mansion in Old San Juan": no town in Brazil
    if _LANDFORM_AFTER.match(doc_text(doc), m.end):
        # A valley or a basin named for a town is wider than it: "gathered in a square in
        # Andijan, in the Ferghana Valley" (alone, "in the Kathmandu Valley" still points there)
        score -= 2.5
    if prep == "with":
        # A partner or a neighbour, not where it happens: "blockaded the border crossings
        # with India", "clashed with Israel", "talks with Pakistan".
        score -= 2.0
    if prep is None and trig is not None and gov is not None and m.entry.kind == "country" and \
            ev.event in ("MOBILIZE", "AID") and (gov.i == trig.i or gov.i == verb_of(trig).i) and \
            focus and m.entry.country != focus and _climb(head).dep_ == "nsubj":
        # a state sending troops or aid is the sender, not where they go: "Australia sent
        # police and soldiers" (a state saying or refusing something still says it at home)
        score -= 2.5
    if prep == "by" and m.entry.kind == "country" and gov is not None and gov.tag_ == "VBN":
        # The agent of a passive is a doer, not where: "a deal brokered by the Vatican",
        # "a resolution condemned by France".
        score -= 3.0
    if prep is None and trig is not None and gov is not None and gov.i != trig.i and \
            _climb(head).dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and \
            not any(a.i == gov.i for a in trig.ancestors):
        # A country that does something in a clause below the event's is what the event is
        # about, not where it is: "rallied in Vilnius, arguing that Poland would gain most
        # from the pipeline" (but "Honduras was shaken by protests" is where they were).
        score -= 2.5
    if m.tok_end < len(doc) and doc[m.tok_end].dep_ == "aux" and doc[m.tok_end].tag_ != "TO" and \
            doc[m.tok_end].head.i > m.tok_end and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[m.tok_end].head.children) and \
            (trig is None or doc[m.tok_end].head.i != trig.i):
        # the subject of a clause the parse left without one: "ended in the worst rioting
        # Latvia had seen since independence" (Latvia saw it; it is not where it ended)
        score -= 2.5
    if m.reference:
        score -= 2.5
    if trig is not None and prep in LOCATIVE_PREPS and gov is not None and gov.pos_ in ("NOUN", "PROPN") and \
            gov.dep_ in ("nsubj", "nsubjpass") and gov.head.dep_ == "advcl" and \
            any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in gov.head.children) and \
            not any(t.i == trig.i for t in gov.head.subtree):
        # where the subject of a clause of the time sits, not where the deed was: "as the
        # National Assembly in Paris debated the change, young men put up roadblocks"
        score -= 3.5
    if trig is not None:
        clause = next((a for a in (head, *head.ancestors) if a.dep_ == "advcl" and any(
            c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in ("when", "as", "while") for c in a.children)), None)
        if clause is not None and clause.lemma_.lower() in ("spread", "extend", "move", "relocate", "transfer") and \
                not any(t.i == trig.i for t in clause.subtree):
            # where unrest went in a clause of its time: "killed in the crackdown that followed,
            # as protests spread to Tibetan areas of Gansu, Sichuan and Qinghai"
            score -= 2.5
    lo, hi = sorted((m.start, ev.trigger.start))
    if ";" in doc_text(doc)[lo:hi]:
        # another sentence in all but the stop: "while he was at a summit in Tanzania, a general
        # announced ...; loyal troops put the coup down" (what follows goes on where it was)
        score -= 2.5
    # (not a time that goes on from the clause before: "carried his body to the building in
    # Khorog, and within hours a thousand people had gathered there")
    when = ev.date.start if ev.date is not None and ev.date.origin == "text" and \
        not _GOES_ON_RE.match(ev.date.text or "") else None
    if when is not None and m.end <= when < ev.trigger.start and \
            _LATER_CLAUSE_RE.search(doc_text(doc), m.end, when):
        # The town of a clause before one a date of its own opens is another episode's: "police
        # killed 20 in Nairobi and Kisumu, and in 2017 officers shot dead dozens".
        return None
    brk = _LATER_CLAUSE_RE.search(doc_text(doc), ev.trigger.end, m.start) if m.start > ev.trigger.end else None
    if brk is not None and _CLAUSE_DATE_RE.match(doc_text(doc), brk.end()):
        # ... and so is the town of a clause after it that opens with a date of its own: "police
        # arrested him and dozens of others; in June 2018 a court in Casablanca sentenced him"
        return None
    first = head
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if goal_of_motion(first) and first.head.head.lemma_.lower() == "spread" and \
            _COUNTED_PLACES_RE.match(doc_text(doc), _list_end(doc_text(doc), m.end)):
        # "rioting that spread to Birmingham, Manchester and a dozen other cities": where it went,
        # one of many, not where it began (but "took to the streets of San Antonio and dozens of
        # other towns": where it began, the first named)
        return None
    if goal_of_motion(first) and first.head.head.lemma_.lower() == "spread" and trig is not None and (
            first.head.head.dep_ == "conj" and not any(t.i == trig.i for t in first.head.head.subtree)
            # (or a clause before a semicolon the parse hung on it: "crowds looted shops
            # across the capital; unrest spread to Lae the same day")
            or _other_clause(doc_text(doc), ev, m.start)
            # (or the time of another deed: "killed in the crackdown that followed, as protests
            # spread to Gansu, Sichuan and Qinghai")
            or first.head.head.dep_ == "advcl" and first.head.head.i != trig.i
            and not any(t.i == trig.i for t in first.head.head.subtree)):
        # a later clause's: "crowds burned banks, and the unrest spread north to Karak": it
        # went on to Karak, the burning was where it began
        return None
    if _other_clause(doc_text(doc), ev, m.start) and (
            _COUNTED_PLACES_RE.search(doc_text(doc), ev.trigger.end, m.start)
            or NATIONWIDE_RE.search(doc_text(doc), ev.trigger.end, m.start)):
        # An event told of many places, before a clause of its own that names one town: "fare
        # rises brought a million people onto the streets of dozens of cities, and in São Paulo
        # riot police fired"
        return None
    if _grievance(gov) and (trig is None or gov is None or gov.i != trig.i):
        # what it is against: "protested against the war in Gaza" (not in Gaza; at home, it
        # may still be where, for want of a better place)
        score -= 2.5 + (1.5 if focus and m.entry.country != focus else 0.0)
    if _owned_non_place(head, ev.token_i):
        score -= 1.0
    if prep == "of" and m.entry.kind == "country" and gov is not None and gov.pos_ == "PROPN" and \
            gov.text[:1].isupper() and not doc[m.tok_start].text[:1].islower() and \
            (trig is None or gov.i != trig.i) and not gz.lookup(gov.text):
        # A body named for its country, not where anything happened: "the Law Society of
        # Kenya has threatened to sue", "the Bank of Ghana".
        score -= 2.5
    if focus and m.entry.country != focus:
        score -= 0.8
    if home and m.entry.country != home:
        score -= 2.0  # "South Africans held vigils to mourn a nurse killed in Libya"
    # (the parse may hang the phrase on the verb: "protesting against their removal to Katutura")
    sent_away = prep in ("to", "towards", "toward") and head.i > 1 and any(
        t.lemma_.lower() in _extra_words("departure_nouns") for t in doc[max(0, head.i - 8):head.i]
        if t.pos_ == "NOUN" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("to", "towards", "toward"))
    # (and where their camps were: "expelled to camps in eastern Nepal")
    sent_away = sent_away or (prep == "in" and gov is not None and gov.pos_ == "NOUN" and gov.dep_ == "pobj"
                              and gov.head.lower_ in ("to", "into") and gov.head.head.lemma_.lower()
                              in _extra_words("departure_verbs"))
    if sent_away:
        score -= 3.5
    elif prep in ("to", "towards", "toward") and gov is not None and (
            gov.pos_ in ("NOUN", "PROPN") or gov.lemma_.lower() in _extra_words("departure_verbs")) \
            and (trig is None or gov.i != trig.i):
        # A destination of a noun is what the event is about, not where it is: "blocked the
        # highway to Brazil", "against their deportation to Pakistan"; nor is where someone
        # left for: "resigned and fled to India".
        score -= 2.0
    elif trig is not None:
        if prep in LOCATIVE_PREPS and gov is not None and _in_attack_clause(
                trig, gov, attacks, ev.event not in ("ASSAULT", "COERCE", "PROTEST")):
            score -= 4.0
        elif prep in LOCATIVE_PREPS and gov is not None and _in_other_clause(trig, gov, protests):
            score -= 2.0
        elif prep in LOCATIVE_PREPS and gov is not None:
            dist = _clause_path(trig, gov)
            if dist is not None and dist <= 3:
                score += 3.0 - 0.5 * dist
            else:
                score += 0.5
        distance = min(abs(m.tok_start - trig.i), abs(m.tok_end - 1 - trig.i))
        score -= 0.03 * distance
    return score


@dataclass(slots=True)
class _DocState:
    mentions: list[PlaceMention]
    dateline: PlaceMention | None
    focus: str | None
    main_city: PlaceMention | None
    lower: bool
    leaders: list[tuple[str, int, int]] = field(default_factory=list)
    protests: frozenset[int] = frozenset()  # trigger tokens of the document's protests
    attacks: frozenset[int] = frozenset()  # ... and of its assaults and coercion
    homes: dict[tuple[int, str], str | None] = field(default_factory=dict)  # per event
    published: dt.date | None = None

    def background(self, ev: Event) -> bool:
        """Whether the event is dated in another episode than the news (history told by its
        year): the dateline and the story's main town do not place it."""
        return self.background_date(ev.date)

    def background_date(self, date: When | None) -> bool:
        return self.published is not None and not may_coincide(date, _on(self.published), EPISODE_DAYS)


def _place(m: PlaceMention, entry: gz.Entry, precision: int | None = None) -> Place:
    if precision is None:
        precision = 1 if entry.kind == "city" else 3
        if (m.near or m.reference) and entry.kind == "city":
            precision = 2  # "near X", "south of X": somewhere about the town
    return Place(text=m.text, start=m.start, end=m.end, name=entry.name, admin1=entry.admin1,
                 country=entry.country, lat=entry.lat, lon=entry.lon,
                 geonameid=entry.geonameid, precision=precision)


def _span_place(doc: Doc, start: int, end: int, entry: gz.Entry, precision: int) -> Place:
    return Place(text=doc_text(doc)[start:end], start=start, end=end, name=entry.name,
                 admin1=entry.admin1, country=entry.country, lat=entry.lat, lon=entry.lon,
                 geonameid=entry.geonameid, precision=precision)


def _country_ending(words: list[str], longest: int) -> str | None:
    """The country the last words name ("the Papua New Guinea", "Kenya's"), longest first."""
    for n in range(min(longest, len(words)), 0, -1):
        a3 = gz.country_code(" ".join(words[-n:]))
        if a3:
            return a3
    return None


def _capital_of(sent: str, pos: int) -> str | None:
    """The country an of-phrase after "capital" names: "the capital of Kenya", "the capital of
    the central Asian country of Kyrgyzstan" (a longer phrase only through "country of X")."""
    m = re.match(r"\s+of\s+((?:[\w'’-]+\s+){0,7}[\w'’-]+)", sent[pos:pos + 100])
    if not m:
        return None
    words = m.group(1).split()
    for k in range(1, len(words) + 1):
        a3 = _country_ending(words[:k], 4)
        if a3:
            return a3 if k <= 2 or "of" in words[:k - 1] else None
    return None


def _owner_country(match: re.Match[str], group: int, base: int) -> tuple[str | None, list[str], int]:
    """The country a possessive before a town word names ("Kenya's capital", "Ghana's second
    largest city"), the possessive's words, and where the place's span starts: at the
    country's name when the pattern caught a word before it ("took Yemen's capital")."""
    words = re.sub(r"(?:'s|’s| s)$", "", match.group(group)).split()
    a3 = _country_ending(words, 2)
    start = base + match.start()
    if len(words) == 2 and a3 is not None and _country_ending(words[1:], 1) == a3:
        start = base + match.start(group) + len(words[0]) + 1
    return a3, words, start


def _capital_place(doc: Doc, ev: Event, state: _DocState) -> Place | None:
    """"the capital", "Kenya's capital", "the Kenyan capital" in the event's sentence."""
    sent = doc_text(doc)[ev.sentence_start:ev.sentence_end]
    for match in CAPITAL_RE.finditer(sent):
        if CAPITAL_OF_REGION_RE.match(sent, match.end()):
            continue  # "the capital of India's largest state" is not New Delhi
        if DISTANCE_FROM.search(sent[max(0, match.start() - 40):match.start()]):
            continue  # "60 miles east of the capital": a reference point, not the place
        a3 = None
        start = ev.sentence_start + match.start()
        group = 1 if match.group(1) else 2 if match.group(2) else 0
        if group:
            a3, words, start = _owner_country(match, group, ev.sentence_start)
            if a3 is None and words[-1].lower() not in ("country", "nation", "national"):
                continue
        a3 = a3 or _capital_of(sent, match.end()) or _subject_nationality(doc, ev, state) or state.focus
        cap = gz.capital(a3) if a3 else None
        if cap is None:
            continue
        end = ev.sentence_start + match.end()
        # "the Ukrainian capital, Kiev": the town's own name, as written, is the better span.
        m = _named_after(doc, state, end)
        if m is not None and m.entry is not None and m.entry.kind == "city" and \
                m.entry.country == cap.country:
            return _place(m, m.entry, 1)
        return _span_place(doc, start, end, cap, 1)
    return None


_RANKS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
RANKED_CITY_RE = re.compile(
    r"\b(?:(?:the|its|their)(?: (country|nation)(?:'s|’s| s)?)?|(\w[\w.]*(?: \w[\w.]*)?)(?:'s|’s| s))\s+"
    r"(?:(?:(second|2nd|third|3rd|fourth|4th)[ -])?(?:largest|biggest|most populous) city|"
    r"(second|third) city|(?:commercial|economic|financial|business) (capital|hub))\b", re.I)


def _named_after(doc: Doc, state: _DocState, end: int) -> PlaceMention | None:
    """The place mention right after offset ``end``, past a comma: the name a description
    stands in apposition to ("the capital, Nairobi")."""
    after = re.match(r"\s*,?\s*", doc_text(doc)[end:end + 4])
    named_at = end + (after.end() if after else 0)
    return next((m for m in state.mentions if m.start == named_at), None)


def _ranked_city_place(doc: Doc, ev: Event, state: _DocState) -> Place | None:
    """"Ghana's second largest city", "the country's biggest city", "Nigeria's commercial
    capital" in the event's sentence: the town the description ranks (precision 1)."""
    sent = doc_text(doc)[ev.sentence_start:ev.sentence_end]
    for match in RANKED_CITY_RE.finditer(sent):
        a3 = None
        start = ev.sentence_start + match.start()
        if match.group(2):
            a3, _, start = _owner_country(match, 2, ev.sentence_start)
            if a3 is None:
                continue
        a3 = a3 or _subject_nationality(doc, ev, state) or state.focus
        if a3 is None:
            continue
        if match.group(5):
            town = gz.largest_city(a3, besides_capital=True)
        else:
            town = gz.largest_city(a3, _RANKS.get((match.group(3) or match.group(4) or "").lower(), 1))
        if town is None:
            continue
        end = ev.sentence_start + match.end()
        # "Greece's second largest city, Thessaloniki": the name, as written, is the span, in
        # any country ("Yugoslavia's second biggest city, Zagreb" is in Croatia now).
        m = _named_after(doc, state, end)
        if m is not None:
            named = m.entry or next((c for c in m.candidates or () if c.kind == "city"), None)
            if named is not None and named.kind == "city":
                return _place(m, named, 1)
        return _span_place(doc, start, end, town, 1)
    return None


# People who protest in a capital not their own.
_ABROAD_WORDS = frozenset({"refugee", "refugees", "migrant", "migrants", "exile", "exiles",
                           "expatriate", "expatriates", "expat", "expats", "diaspora",
                           "immigrant", "immigrants", "émigré", "emigre", "emigres", "asylum"})


def _subject_nationality(doc: Doc, ev: Event, state: _DocState) -> str | None:
    """The country of a protest's doers named by nationality: "tens of thousands of Canadians
    marched in the capital" marched in Ottawa, whatever else the story is about. Read once
    per event: several place rules ask."""
    key = (ev.token_i, ev.event)
    if key not in state.homes:
        state.homes[key] = _read_subject_nationality(doc, ev, state)
    return state.homes[key]


def _read_subject_nationality(doc: Doc, ev: Event, state: _DocState) -> str | None:
    if ev.event != "PROTEST" or not 0 <= ev.token_i < len(doc):
        return None
    tok = doc[ev.token_i]
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.i != tok.i and verb.i in state.attacks:
        return None  # "Soviet troops attacked a hunger strike": not the strikers' country
    subject: set[int] = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            subject.update(t.i for t in c.subtree)
    for c in tok.children:  # "protests by hundreds of Chileans"
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            subject.update(t.i for t in c.subtree)
    if not subject or any(doc[i].lower_ in _ABROAD_WORDS for i in subject):
        return None
    # Not "ethnic Serbs" (a group, `modifier`) nor "West Papuans" (a region's people).
    found = {m.demonym for m in state.mentions if m.demonym and not m.modifier and
             m.tok_start in subject and not (m.tok_start > 0 and
                                             DIRECTION_WORDS.match(doc[m.tok_start - 1].lower_))}
    return found.pop() if len(found) == 1 else None


_SUBSET_BEFORE = re.compile(r",\s*(?:(?:\w+\s+){1,2}of\s+(?:them|whom)|including|among\s+them)\b[^,;]*$", re.I)


def _list_end(text: str, offset: int) -> int:
    """The offset of the last item of a list of names that goes on from ``offset``: after
    "Birmingham, Manchester and ", the start of "a dozen other cities"."""
    m = re.match(r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*\s*,?\s*(?:and|or)\s+", text[offset:offset + 200])
    return offset + m.end() if m else offset


def _part_of_many(doc: Doc, ev: Event, m: PlaceMention) -> bool:
    """Whether a town names only a part of an event told across the country: "police had
    killed at least 39 people across the country, five of them in the Plaza de Mayo"."""
    text = doc_text(doc)
    wide = NATIONWIDE_RE.search(text, ev.sentence_start, m.start)
    return wide is not None and not _other_clause(text, ev, wide.start()) and \
        _SUBSET_BEFORE.search(text, wide.end(), m.start) is not None


def _told_nationwide(text: str, ev: Event) -> bool:
    """Whether "across the country", "nationwide" ... in the event's own clause spreads it."""
    return any(not _other_clause(text, ev, m.start())
               for m in NATIONWIDE_RE.finditer(text, ev.sentence_start, ev.sentence_end))


def _other_clause(text: str, ev: Event, offset: int) -> bool:
    """Whether an offset of the event's sentence lies in a clause of its own before or after the
    event's: in "police opened fire on the crowd outside parliament, and 19 were killed across
    the country", the firing was not across the country; nor, in "police had killed 39 across
    the country, and the president had resigned", the resignation."""
    if offset > ev.trigger.end:
        return _LATER_CLAUSE_RE.search(text, ev.trigger.end, offset) is not None
    return _LATER_CLAUSE_RE.search(text, offset, ev.trigger.start) is not None


def _region_place(doc: Doc, ev: Event, state: _DocState) -> Place | None:
    """"nationwide", "across several provinces", "in the north of the country"."""
    a3 = _subject_nationality(doc, ev, state) or state.focus
    if not a3:
        return None
    entry = gz._country_entry(a3) if gz.country(a3) else None
    if entry is None:
        return None
    sent = doc_text(doc)[ev.sentence_start:ev.sentence_end]
    for rx in (REGION_OF_COUNTRY_RE, NATIONWIDE_RE):
        match = next((m for m in rx.finditer(sent)
                      if not _other_clause(doc_text(doc), ev, ev.sentence_start + m.start())), None)
        if match:
            return _span_place(doc, ev.sentence_start + match.start(),
                               ev.sentence_start + match.end(), entry, 3)
    return None


def _extend_direction(doc: Doc, place: Place, m: PlaceMention) -> Place:
    """"northern Nigeria": the span takes the direction word, the place stays the country."""
    before = doc_text(doc)[max(0, m.start - 16):m.start]
    match = DIRECTION_WORDS.search(before)
    if match and m.entry is not None and m.entry.kind in ("country", "admin1"):
        start = m.start - (len(before) - match.start())
        place.start, place.text = start, doc_text(doc)[start:place.end]
        place.precision = 3
    return place


def _doc_state(doc: Doc, ctx: Context) -> _DocState:
    mentions = find_mentions(doc)
    dateline = find_dateline(doc)
    if dateline is not None and dateline.start <= 3:
        # The dateline's own token span is a mention too; drop the duplicate (not of one opening
        # the body after a title: "BANGKOK - Fifty years ago this morning, police stormed ..."
        # tells where that story was, too).
        mentions = [m for m in mentions if not (m.start < dateline.end and dateline.start < m.end)]
    lower = is_lower_text(doc_text(doc))
    focus = ctx.focus_country
    leaders = leader_countries(doc)
    # A leader's name is a person, not the town that shares it ("rallied for morsi").
    mentions = [m for m in mentions if not any(
        start < m.end and m.start < end and not (m.candidates and m.candidates[0].kind == "country")
        for _a3, start, end in leaders)]
    weak = [m for m in mentions if m.source in ("weak", "weak-person", "weak-spelling")]
    mentions = [m for m in mentions if m.source not in ("weak", "weak-person", "weak-spelling")]
    _rehome_by_container(doc, mentions)
    if focus is None:
        # Two passes: countries, nationalities and unambiguous towns first; then again once
        # ambiguous towns are resolved in that country.
        focus = focus_country(mentions, dateline.entry if dateline else None, ctx.title, leaders)
        _resolve_all(mentions, focus, lower)
        resolved = [_as_resolved(m) for m in mentions]
        focus = focus_country(resolved, dateline.entry if dateline else None, ctx.title,
                              leaders) or focus
    if focus is None:
        # Nothing else says whose story it is: towns of 10,000 or more that only one country
        # has, whose names are no English words ("farmers demonstrated; medenine was quiet").
        sure: Counter[str] = Counter()
        for m in weak:
            if m.source in ("weak-person", "weak-spelling"):
                continue  # a name (or another spelling) cannot say whose story it is
            towns = [c for c in m.candidates if c.kind == "city" and c.population >= 10_000
                     and gz.normalize(c.name) == gz.normalize(m.text)]
            if towns and len({c.country for c in m.candidates}) == 1 and \
                    not any(_english_word(w) for w in m.text.lower().split()):
                sure[towns[0].country] += 1
        if sure:
            focus = sure.most_common(1)[0][0]
    # Smaller towns of the story's own country, in lower-cased text; other spellings of towns
    # unless the story names two or more towns or regions of another country ("Wad Madani ...
    # Khartoum ... Atbara ... in Burri" is no Burāri of India; "In Birgunj, police shot ... the Indian
    # town of Raxaul" is Birganj).
    home_towns = sum(1 for m in mentions if m.candidates and m.candidates[0].kind in ("city", "admin1")
                     and m.candidates[0].country == focus)
    for m in weak:
        home = [c for c in m.candidates if c.kind == "city" and (
            (m.source == "weak-spelling" and (focus is None or c.country == focus or home_towns < 2))
            or c.country == focus and c.population >= 10_000 and gz.normalize(c.name) == gz.normalize(m.text))]
        if home:
            m.candidates, m.source = home, "gaz"
            mentions.append(m)
    mentions.sort(key=lambda m: m.start)
    # A landmark whose name stands in several towns is the one of the story's country: "the White
    # House, the seat of government in Bishkek" (not Washington's).
    mentions = [_landmark_of(m, focus) for m in mentions]
    _resolve_all(mentions, focus, lower)
    _place_unlisted(doc, mentions, focus)
    text = doc_text(doc)
    for m in mentions:
        if focus and m.entry is not None and m.entry.kind == "city" and m.entry.country != focus and \
                _INSTITUTION_NAMED.match(text, m.end):
            # "Near Orlando High School" in Soweto: a school's name, no town of Florida
            m.entry = None
    city_counts: Counter[object] = Counter()
    first: dict[object, PlaceMention] = {}
    for m in mentions:
        if m.entry is not None and m.entry.kind == "city" and not m.based and \
                (m.entry.geonameid is not None or m.entry.population > 0) and \
                (focus is None or m.entry.country == focus):
            # (a town of the hand-kept list has no GeoNames id: "East Berlin")
            key = m.entry.geonameid or (m.entry.name, m.entry.country)
            city_counts[key] += 1
            first.setdefault(key, m)
    main_city = first[city_counts.most_common(1)[0][0]] if city_counts else None
    return _DocState(mentions=mentions, dateline=dateline, focus=focus, main_city=main_city,
                     lower=lower, leaders=leaders)


# What may stand between an unlisted town and the place it lies in: "the village of
# Stepnoye Pole in the Kursk region", "the town of Bir Tawila, southern Yemen", "Sangbar Kalay, a
# small village near Kandahar".
_CONTAINER_BETWEEN = re.compile(
    r"\s*,?\s*(?:an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|township|hamlet|settlement)\s+)?"
    r"(?:(?:in|near|outside|of)\s+)?(?:the\s+)?(?:(?:north|south|east|west|central|"
    r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?", re.I)


def _place_unlisted(doc: Doc, mentions: list[PlaceMention], focus: str | None) -> None:
    """Give each unlisted town the country (and region) of the place named right after it,
    which then only says where the town is; else the story's country; else drop it."""
    text = doc_text(doc)
    for k, m in enumerate(mentions):
        if m.source != "unlisted":
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        container = nxt.entry if nxt is not None and nxt.entry is not None and \
            _CONTAINER_BETWEEN.fullmatch(text, m.end, nxt.start) else None
        country = container.country if container is not None else focus
        if country is None:
            continue
        if container is not None and nxt is not None:
            nxt.qualifier = True
        name = m.text.title() if m.text.islower() else m.text
        admin1 = container.admin1 if container is not None and container.kind != "country" else None
        m.entry = gz.Entry(geonameid=None, name=name, kind="city", country=country, admin1=admin1,
                           lat=None, lon=None, population=0)


# A town placed in a country or region right after it: "at Lunde, in the Ådalen valley of
# northern Sweden".
_IN_CONTAINER = re.compile(
    r"\s*,\s*(?:in|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:valley|region|province|district|county|"
    r"area|hills|mountains|highlands)\s+of\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+)?", re.IGNORECASE)


# What a name before it names rather than places: "Orlando High School", "Mulago Hospital".
_INSTITUTION_NAMED = re.compile(r"\s+(?:High\s+School|Secondary\s+School|School|College|Hospital|Church|Mosque|"
                                r"Cathedral|Stadium|Prison|Academy|Institute)\b")


def _rehome_by_container(doc: Doc, mentions: list[PlaceMention]) -> None:
    """A town (not a city of millions) the gazetteer knows only in another country than the one
    the text places it in is a town of that country it does not list ("Lunde, in the Ådalen
    valley of northern Sweden" is no Lunde of Norway; "Langa, near Cape Town" no Langå of
    Denmark; "Pemba, in Zanzibar" no Pemba of Mozambique)."""
    text = doc_text(doc)
    for k, m in enumerate(mentions[:-1]):
        nxt = mentions[k + 1]
        box = nxt.candidates[0] if len({c.country for c in nxt.candidates}) == 1 else None
        towns = [c for c in m.candidates if c.kind == "city"]
        if not towns or len(towns) != len(m.candidates) or box is None or box.kind not in ("country", "admin1", "city") or \
                max(c.population for c in towns) >= 1_000_000 or any(c.country == box.country for c in towns) or \
                not _IN_CONTAINER.fullmatch(text, m.end, nxt.start):
            continue
        home = gz.Entry(geonameid=None, name=m.text if m.text[:1].isupper() else towns[0].name, kind="city",
                        country=box.country, admin1=box.admin1 if box.kind != "country" else None,
                        lat=None, lon=None, population=0)
        key = gz.normalize(m.text)
        for other in mentions:  # (the same town wherever the story names it again)
            if gz.normalize(other.text) == key:
                other.candidates, other.entry = [home], None


def _as_resolved(m: PlaceMention) -> PlaceMention:
    if m.entry is None or m.demonym:
        return m
    return PlaceMention(start=m.start, end=m.end, tok_start=m.tok_start, tok_end=m.tok_end,
                        text=m.text, source=m.source, candidates=[m.entry], entry=m.entry,
                        based=m.based, qualifier=m.qualifier, near=m.near, modifier=m.modifier,
                        cue=m.cue, reference=m.reference, partner=m.partner, government=m.government)


def _fallback_country(doc: Doc, state: _DocState) -> Place | None:
    """A country-level place for the focus country, spanning its first mention."""
    if not state.focus or gz.country(state.focus) is None:
        return None
    entry = gz._country_entry(state.focus)
    for m in state.mentions:
        if m.entry is not None and m.entry.kind == "country" and m.entry.country == state.focus:
            return _place(m, entry, 3)
    for m in state.mentions:
        if m.demonym == state.focus:
            return _span_place(doc, m.start, m.end, entry, 3)
    for m in state.mentions:
        if m.entry is not None and m.entry.country == state.focus and not m.based:
            return _span_place(doc, m.start, m.end, entry, 3)
    # Only a leader says where the story is ("president mandela"): the country, read from
    # the leader's name.
    for a3, start, end in state.leaders:
        if a3 == state.focus:
            return _span_place(doc, start, end, entry, 3)
    for m in state.mentions:  # last: "Belgrade radio said" still says which country
        if m.entry is not None and m.entry.country == state.focus:
            return _span_place(doc, m.start, m.end, entry, 3)
    return None


def _state_of(doc: Doc, ctx: Context) -> _DocState:
    # (read once per text: the dates stage asks whose story it is before places are attached)
    state = ctx.scratch.get("places.state")
    if state is None:
        state = ctx.scratch["places.state"] = _doc_state(doc, ctx)
    return state


def story_country(doc: Doc, ctx: Context) -> str | None:
    """The country the text is mostly about, from its place names alone (before any event has
    a place)."""
    return ctx.focus_country or _state_of(doc, ctx).focus


def attach_places(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    """Give each event its place; set ``ctx.focus_country`` for the later stages."""
    state = _state_of(doc, ctx)
    state.protests = frozenset(ev.token_i for ev in events if ev.event == "PROTEST")
    state.attacks = frozenset(ev.token_i for ev in events if ev.event in ("ASSAULT", "COERCE"))
    state.published = ctx.published
    if ctx.focus_country is None:
        ctx.focus_country = state.focus
    if ctx.dateline is None and state.dateline is not None and state.dateline.entry is not None:
        ctx.dateline = _place(state.dateline, state.dateline.entry)
    previous: Place | None = None
    lead: Place | None = None  # the first town the story placed a deed in
    previous_sent = previous_end = -1
    previous_date: When | None = None
    ordered = [ev for ev in sorted(events, key=lambda e: e.trigger.start) if ev.location is None]
    own = [_event_place(doc, ev, state) for ev in ordered]
    text = doc_text(doc)
    paragraphs = text.strip().count("\n") >= 2  # an article in paragraphs, not one note
    for k, ev in enumerate(ordered):
        place = own[k] or _same_site(text, ev, events)
        if place is None and paragraphs and (previous is None or "\n" in text[previous_sent:ev.sentence_start]):
            # A new paragraph that names a place before its first event ("The Democratic
            # Republic of the Congo has known little peace. A war there killed millions.")
            # has moved on from the last placed event.
            place = _named_before(doc, ev, state, text, after=previous_sent if previous else -1)
        if place is None:
            # "By 4 January the crowds had reached Almaty. The next morning they stormed the
            # mayor's office": the story has moved to where they went.
            place = _arrived(doc, state, text, max(previous_end, ev.sentence_start - LEAD_CHARS),
                             ev.sentence_start)
        # A town of another episode is not carried: "police shot 12 at the Lekki toll gate in
        # 2020 ... In 1929, colonial troops killed 50 women" (the country is).
        carried = apart = False
        if place is None and previous is not None and \
                ev.sentence_start - previous_sent < 1200:
            carried = may_coincide(ev.date, previous_date, EPISODE_DAYS, ("text", "context", "published"))
            if carried and "\n" in text[previous_sent:ev.sentence_start] and _flashback(ev, previous_date):
                # A new paragraph going back to a day before the story told ("It had not begun
                # that way. At the end of June millions marched") does not go on in its town.
                carried = False
            apart = not carried
            # "Within a week the protests had spread to a dozen cities": no one town of them;
            # "the union has called a general strike": the whole country.
            many = bool(_COUNTED_PLACES_RE.search(text, ev.sentence_start, ev.sentence_end) or
                        _told_nationwide(text, ev) or
                        GENERAL_STRIKE_RE.search(text, ev.sentence_start, ev.sentence_end))
            if carried and not many:
                place = dataclasses.replace(previous)
            else:
                # (a town the paragraph opened with, in a sentence that tells no event, that
                # placed the episode before is the scene of each of its episodes: "Every March,
                # someone in Asunción lays flowers. ... the men shot in 1999, and on Saturday
                # 300 students marched")
                scene = None if many else _named_before(doc, ev, state, text, after=-1)
                if scene is not None and (scene.start, scene.end) == (previous.start, previous.end) \
                        and not _tells_event(doc, events, scene.start):
                    place = scene
                elif not many and state.dateline is not None and not state.background(ev) and \
                        previous_date is not None and state.background_date(previous_date):
                    # (news told after an old episode is the dateline's, not the old one's
                    # country: "... convicted in 2022. This week the families will hold a vigil")
                    place = None
                elif not many and lead is not None and not state.background(ev) and \
                        previous_date is not None and state.background_date(previous_date):
                    # (with no dateline, the town the story opened with: "a rally in Riga ...
                    # a crowd rioted in Vilnius ... pensioners still picket outside the Saeima")
                    place = dataclasses.replace(lead)
                elif not many and lead is not None and state.dateline is not None and \
                        state.dateline.entry is not None and lead.name == state.dateline.entry.name and \
                        lead.country == state.dateline.entry.country:
                    # (a story filed from the town its first deed was in goes on there, another
                    # week of it too: "WINNIPEG — On June 21, 1919, police charged strikers on
                    # Main Street. ... The general strike had begun on May 15")
                    place = dataclasses.replace(lead)
                else:
                    place = _country_of(doc, state, previous)
        if place is None and ev.event == "PROTEST" and state.dateline is None:
            place = _told_next(ordered, own, k, text)  # a dateline says more than the telling
        if place is None and previous is None and state.background(ev):
            place = _scene_of_the_lead(doc, ev, state, events)
        if place is None:
            apart = state.background(ev)
            place = _context_place(doc, state, news=not apart)
        if place is not None:
            ev.location = place
            if lead is None and place.precision < 3 and not apart:
                lead = place
            # (Where someone was sent is no place for what follows: "a bishop was expelled to
            # Rome. The vice-president has warned ...")
            # (nor is a meeting abroad: "while the president was at a summit in Tanzania, a
            # general announced ...; loyal troops put the coup down")
            abroad_meeting = ev.event == "CONSULT" and state.focus is not None and place.country != state.focus
            if not apart and (place.precision < 3 or previous is None) and not _sent_to(doc, place) \
                    and not abroad_meeting and not _told_in_passing(doc, ev):
                # A carried town keeps the date of the episode that named it.
                previous, previous_sent, previous_end = place, ev.sentence_start, ev.sentence_end
                if not carried:
                    previous_date = ev.date
    return events


def _told_in_passing(doc: Doc, ev: Event) -> bool:
    """A deed a relative clause steps back to ("a jury acquitted men who had shot two people at
    Schattendorf"): its town is no scene for what the story tells next."""
    if not 0 <= ev.token_i < len(doc):
        return False
    verb = doc[ev.token_i]
    return verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


_SAME_SITE_RE = re.compile(r"\bthe\s+same\s+([a-z]+)\b", re.IGNORECASE)


def _same_site(text: str, ev: Event, events: list[Event]) -> Place | None:
    """"Some 10,000 farmers marched to **the same bridge**": where the bridge told before
    is, as the events of its paragraph were placed, however long ago the march; so too for the
    events of a paragraph that opens with it ("The same streets filled again in the summer of
    2020. From 10 to 12 July, ...")."""
    para = text.rfind("\n", 0, ev.sentence_start) + 1
    for m in _SAME_SITE_RE.finditer(text, para, ev.sentence_end):
        word = m.group(1).lower()
        if word not in FACILITY_WORDS | TOWN_PARTS | STREET_WORDS:
            continue
        told = [k.start() for k in re.finditer(rf"\b{word}\b", text[:para], re.I)
                if not re.search(r"\bsame\s+$", text[max(0, k.start() - 6):k.start()], re.I)]
        if not told:
            continue
        para_start = text.rfind("\n", 0, told[-1]) + 1
        para_end = text.find("\n", told[-1])
        para_end = len(text) if para_end < 0 else para_end
        there = sorted((e for e in events if e.location is not None and e.location.precision < 3
                        and para_start <= e.trigger.start < para_end), key=lambda e: e.trigger.start)
        chosen = next((e for e in there if e.trigger.start >= told[-1]), there[0] if there else None)
        if chosen is not None and chosen.location is not None:
            return dataclasses.replace(chosen.location)
    return None


# Towns counted: "spread to a dozen cities", "swept through three malawian cities".
_COUNTED_PLACES_RE = re.compile(
    r"\b(?:several|many|numerous|multiple|a\s+dozen|dozens\s+of|scores\s+of|hundreds\s+of|\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z]+\s+)?(?:cities|towns|provinces|regions)\b",
    re.IGNORECASE)
_MANY_PLACES_RE = re.compile(r"\b(?:cities|towns|provinces|regions|states|highways|capitals)\b", re.I)
# How far on (in characters) a lead's protest may take the town its telling names.
LEAD_CHARS = 400


def _sent_to(doc: Doc, place: Place) -> bool:
    """Whether a place is where someone left or was sent for ("expelled to Rome")."""
    if place.start is None or place.end is None:
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _departure_goal(span.root)


def _departure_goal(tok: Token) -> bool:
    """Whether a place name is where someone left or was sent for: "fled to India"."""
    prep, gov = _governing(tok)
    return prep in ("to", "towards", "toward") and gov is not None and \
        gov.lemma_.lower() in _extra_words("departure_verbs")


def _named_before(doc: Doc, ev: Event, state: _DocState, text: str, after: int) -> Place | None:
    """The place last named before the event's sentence, in its paragraph, within
    ``LEAD_CHARS`` and after offset ``after``."""
    for m in reversed(state.mentions):
        if m.end > ev.sentence_start:
            continue
        if m.start <= after or ev.sentence_start - m.end > LEAD_CHARS or \
                "\n" in text[m.end:ev.sentence_start]:
            return None
        if m.entry is None or m.source == "weak" or m.based or m.modifier or m.qualifier:
            continue
        if _departure_goal(_mention_head(doc, m)):
            continue  # "a bishop was expelled to Rome": where he went, not where the story is
        prep, gov = _governing(_mention_head(doc, m))
        if _grievance(gov):
            continue  # "... to protest against the war in Gaza": not where the story is
        if prep == "from" and gov is not None and gov.pos_ == "VERB":
            continue  # "police flew in riot squads from Townsville": where they came from
        if state.focus and m.entry.country != state.focus and gov is not None and gov.pos_ == "NOUN" \
                and prep in ("of", "in", "on", "against", "to", "from"):
            continue  # "The invasion of Ukraine brought the last wave": what a thing was, not where
        if state.focus and m.entry.kind == "country" and m.entry.country != state.focus and (
                prep in ("by", "to", "from", "with", "against")
                or prep is None and _climb(_mention_head(doc, m)).dep_ == "nsubj"):
            # "Australia sent police, followed by Fiji": who acted, not where; "switched
            # recognition from Taiwan to China": what it was about
            continue
        return _place(m, m.entry)
    return None


def _scene_of_the_lead(doc: Doc, ev: Event, state: _DocState, events: list[Event]) -> Place | None:
    """The town a lead that tells no event sets the story in, for the story's first deed with no
    place of its own: "Seventy-three years ago today, Soviet tanks rolled into the centre of
    East Berlin. // It began the day before, when construction workers ... marched"."""
    for m in reversed(state.mentions):
        if m.end > ev.sentence_start or ev.sentence_start - m.end > LEAD_CHARS * 2:
            continue
        if m.entry is None or m.entry.kind != "city" or m.source == "weak" or m.based or m.modifier or \
                m.qualifier or m.reference or _tells_event(doc, events, m.start):
            return None
        return _place(m, m.entry)
    return None


def _tells_event(doc: Doc, events: list[Event], offset: int) -> bool:
    """Whether the sentence around character ``offset`` holds an event's trigger."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return True
    sent = span[0].sent
    return any(sent.start_char <= ev.trigger.start < sent.end_char for ev in events)


def _flashback(ev: Event, before: When | None) -> bool:
    """Whether a deed is dated, in its own sentence, days before the story told before it."""
    a = ev.date
    return ev.status == "asserted" and a is not None and before is not None and a.origin == "text" and \
        before.origin in ("text", "context") and a.end_date + dt.timedelta(days=1) < before.start_date


def _arrived(doc: Doc, state: _DocState, text: str, start: int, end: int) -> Place | None:
    """The town or region last reached between ``start`` and ``end``, in one paragraph: "the
    crowds had reached Almaty", "the protests spread to Almaty"."""
    for m in reversed(state.mentions):
        if m.end > end:
            continue
        if m.start < start or "\n" in text[m.end:end]:
            return None
        if m.entry is None or m.entry.kind not in ("city", "admin1") or m.source == "weak" or \
                m.based or m.modifier or m.qualifier:
            continue
        head = _mention_head(doc, m)
        if goal_of_motion(head) or (head.dep_ == "dobj" and head.head.lemma_.lower() == "reach"):
            return _place(m, m.entry)
    return None


def _told_next(ordered: list[Event], own: list[Place | None], k: int, text: str) -> Place | None:
    """A lead with no place ("Thousands of nurses went on strike on Monday.") takes the town
    the next sentences of its paragraph give the same protest ("Some 6,000 rallied outside
    the county offices in Kisumu."), before any document-wide guess."""
    ev = ordered[k]
    if NATIONWIDE_RE.search(text, ev.sentence_start, ev.sentence_end) or \
            _MANY_PLACES_RE.search(text, ev.sentence_start, ev.sentence_end):
        return None  # "a nationwide strike", "in brazilian cities": a town is only one place
    for j in range(k + 1, len(ordered)):
        other, place = ordered[j], own[j]
        if other.sentence_start - ev.sentence_end > LEAD_CHARS or \
                "\n" in text[ev.sentence_end:other.sentence_start]:
            return None
        if place is not None and other.event == "PROTEST" and other.sentence_start > ev.sentence_start:
            return dataclasses.replace(place) if place.precision < 3 else None
    return None


def _event_place(doc: Doc, ev: Event, state: _DocState) -> Place | None:
    """A place stated in (or implied by) the event's own sentence."""
    seat = _government_subject(doc, ev, state)
    if seat is not None:
        return seat
    best: PlaceMention | None = None
    best_score = -math.inf
    home = _subject_nationality(doc, ev, state)
    for m in state.mentions:
        if m.start < ev.sentence_start or m.end > ev.sentence_end:
            continue
        score = _score_mention(doc, ev, m, state.focus, home, state.protests, state.attacks)
        if score is not None and score > best_score:
            best, best_score = m, score
    if best is not None and best.entry is not None and best_score > -2.0:
        if best.entry.kind == "city" and _part_of_many(doc, ev, best):
            region = _region_place(doc, ev, state)
            if region is not None:
                return region
        if best.entry.kind == "city" and state.focus and best.entry.country != state.focus and \
                _told_nationwide(doc_text(doc), ev):
            # "blocked more than 100 roads across the country ... the victory of Bernardo
            # Arévalo" (a person NER took for a place, a town in Spain): the country told
            return _fallback_country(doc, state)
        if best.entry.kind == "city":
            return _place(best, best.entry)
        town = _unnamed_town_named_next(doc, ev, state, best)
        if town is not None:
            return town
        # A country or region: a town of it named in the sentence's own terms ("the capital")
        # or elsewhere in the story is more precise, unless the event spans the country.
        cap = _capital_place(doc, ev, state) or _ranked_city_place(doc, ev, state)
        if cap is not None and (best.entry.kind == "country" or cap.admin1 == best.entry.admin1 or (
                cap.start is not None and re.search(
                    r"\b(?:in|at|into|near|outside|across|around)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?"
                    r"(?:capital,?\s+)?$", doc_text(doc)[max(0, cap.start - 40):cap.start], re.I))):
            # (a region's town only, or a capital told as where it was: "a march in the nigerian
            # capital abuja ..., particularly in zamfara"; but "students across Oromia ... a
            # plan to expand the capital" are not in the capital)
            return cap
        place = _extend_direction(doc, _place(best, best.entry), best)
        if _spans_country(doc, ev, best) or place.text != best.text:
            return place
        city = state.main_city if not state.background(ev) else None
        if city is not None and city.entry is not None and \
                city.entry.country == best.entry.country and \
                (best.entry.kind == "country" or city.entry.admin1 == best.entry.admin1):
            return _place(city, city.entry)
        for find in (_here_place, _institution_place):
            found = find(doc, ev, state)
            # A region named with the event keeps it: "the Niger State House of Assembly"
            # is not in the national capital.
            if found is not None and found.country == best.entry.country and \
                    best.entry.kind == "country":
                return found
        return place
    for find in (_capital_place, _ranked_city_place, _region_place, _here_place, _institution_place):
        found = find(doc, ev, state)
        if found is not None:
            return found
    # No place in the sentence, and the doers are of another country than the story's:
    # "the envoy's trip drew protests by South Africans at home" is in South Africa.
    a3 = home
    if a3 is not None and a3 != state.focus and gz.country(a3) is not None:
        for m in state.mentions:
            if m.demonym == a3 and ev.sentence_start <= m.start < ev.sentence_end:
                return _span_place(doc, m.start, m.end, gz._country_entry(a3), 3)
    return None


def _government_subject(doc: Doc, ev: Event, state: _DocState) -> Place | None:
    """"Beirut again rejected a UN appeal": what a government does itself, told by its
    capital, is done at its seat (not "Paris declared a state of emergency in New Caledonia":
    the emergency is not Paris's)."""
    if not 0 <= ev.token_i < len(doc):
        return None
    for m in state.mentions:
        if m.government and m.entry is not None and ev.sentence_start <= m.start < ev.sentence_end:
            head = _climb(_mention_head(doc, m))
            if head.dep_ == "nsubj" and head.head.i == ev.token_i:
                return _place(m, m.entry)
    return None


def _unnamed_town_named_next(doc: Doc, ev: Event, state: _DocState, m: PlaceMention) -> Place | None:
    """"Miners marched in a town in northern Chile. Police in Calama arrested ten of them":
    the one town of a region the sentence does not name is the town of that region the next
    sentences of its paragraph name."""
    assert m.entry is not None
    head = _climb(_mention_head(doc, m))
    town = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("in", "near") else None
    if town is None or town.lower_ not in _CITY_TYPES or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in town.children):
        return None
    text = doc_text(doc)
    # Only a region told by its part ("northern Chile"): the town must lie there.
    direction = DIRECTION_WORDS.search(text[max(0, m.start - 16):m.start])
    if direction is None:
        return None
    region = m.entry.admin1 if m.entry.kind == "admin1" else None
    for other in state.mentions:
        if other.start < ev.sentence_end:
            continue
        if other.start - ev.sentence_end > LEAD_CHARS or "\n" in text[ev.sentence_end:other.start]:
            return None
        e = other.entry
        if e is None or e.kind != "city" or other.based or other.modifier or other.qualifier or \
                other.reference or e.country != m.entry.country or (
                    m.entry.kind == "admin1" and e.admin1 != m.entry.admin1) or \
                not gz.lies_in(e, direction.group(0), e.country, region):
            continue
        return _place(other, e)
    return None


def _spans_country(doc: Doc, ev: Event, m: PlaceMention) -> bool:
    """"across France", "throughout the country", "nationwide" in the event's sentence."""
    prep, _gov = _governing(_mention_head(doc, m))
    if prep in ("across", "throughout", "all over"):
        return True
    sent = doc_text(doc)[ev.sentence_start:ev.sentence_end]
    return NATIONWIDE_RE.search(sent) is not None


def _here_place(doc: Doc, ev: Event, state: _DocState) -> Place | None:
    """"here", "in the city": the dateline's town, else the story's main town."""
    match = HERE_RE.search(doc_text(doc), ev.sentence_start, ev.sentence_end)
    if match is None:
        return None
    for m in (state.dateline, state.main_city):
        if m is not None and m.entry is not None:
            return _span_place(doc, match.start(), match.end(), m.entry, 1)
    # No dateline left in the text: wire reports without one are mostly filed from the
    # capital, so "here" is read as the capital, as an inference (precision 2).
    cap = gz.capital(state.focus) if state.focus and match.group(0).lower() == "here" else None
    if cap is not None:
        return _span_place(doc, match.start(), match.end(), cap, 2)
    return None


def _ends_a_name(text: str, start: int) -> bool:
    """Whether an institution's word ends the name of a body that is none: "the Pan Africanist
    Congress" is a party (not "the Kenyan Parliament", "Bulgaria's National Assembly")."""
    word = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, start - 30):start])
    return word is not None and not gz.is_demonym(word.group(1)) and not gz.lookup(word.group(1)) and \
        word.group(1).lower() not in ("the", "national", "federal", "state", "supreme", "high", "central")


def _institution_place(doc: Doc, ev: Event, state: _DocState) -> Place | None:
    """"outside parliament": the capital of the focus country, or of the doers' own
    (precision 2); "the Ukrainian parliament", "Bulgaria's parliament": the capital of the
    country named with it."""
    text = doc_text(doc)
    said = ev.attribution
    # Who says so is not where: "19 were killed, according to the health ministry".
    match = next((m for m in _institutions_re().finditer(text, ev.sentence_start, ev.sentence_end)
                  if (said is None or not said.start <= m.start() < said.end)
                  and not _speaks(doc, m.start(), m.end()) and not _names_a_force(doc, ev, m.start(), m.end())
                  and not _ends_a_name(text, m.start())), None)
    if match is None:
        return None
    a3 = _subject_nationality(doc, ev, state) or state.focus
    owner = re.search(r"([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?:'s|’s| s)?\s+$",
                      text[max(ev.sentence_start, match.start() - 40):match.start()], re.I)
    after = text[match.end():match.end() + 12].lower()
    # Not an embassy (it stands abroad), nor a person ("an Albanian parliament speaker").
    if owner and not re.match(r"(?i)the\s", match.group(0)) and \
            not re.search(r"(?i)embass|consulate|mission", match.group(0)) and \
            not re.match(r"\s+(?:speaker|member|members|deputy|deputies|leader|chairman|head)\b", after):
        a3 = _country_ending(owner.group(1).split(), 3) or a3
    if not a3:
        return None
    cap = gz.capital(a3)
    if cap is None:
        return None
    return _span_place(doc, match.start(), match.end(), cap, 2)


def _on(day: dt.date) -> When:
    return When(text=None, start=None, end=None, start_date=day, end_date=day, precision="day",
                origin="text")


def _names_a_force(doc: Doc, ev: Event, start: int, end: int) -> bool:
    """Whether an institution only names whose men they are: "Interior Ministry troops
    dispersed them" were not at the ministry (but those "outside the parliament building" were
    there)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "poss") and root.head.i != ev.token_i and \
        root.head.lower_ in _extra_words("capital_institutions", "people")


def _speaks(doc: Doc, start: int, end: int) -> bool:
    """Whether an institution is the subject of a verb of saying: "a figure the interior
    ministry called a lie" says nothing of where the deaths were."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SAYING_LEMMAS


def _context_place(doc: Doc, state: _DocState, news: bool = True) -> Place | None:
    """The dateline or the document's main town; only the country for what is not the news."""
    if news:
        if state.dateline is not None and state.dateline.entry is not None:
            return _place(state.dateline, state.dateline.entry)
        if state.main_city is not None and state.main_city.entry is not None:
            return _place(state.main_city, state.main_city.entry)
    return _fallback_country(doc, state)


def _country_of(doc: Doc, state: _DocState, place: Place) -> Place | None:
    """The country of a place, at country precision: spanning the country's first mention,
    else the place's own words."""
    if place.country is None or gz.country(place.country) is None:
        return None
    if place.country == state.focus:
        return _fallback_country(doc, state)
    return _span_place(doc, place.start, place.end, gz._country_entry(place.country), 3)

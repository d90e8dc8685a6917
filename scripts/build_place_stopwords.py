"""Build ``src/eventscribe/data/place_stopwords.txt``: gazetteer names that are common words.

In lower-cased text capitalisation can't tell "rest" (an alternate name of Rasht) or
"villages" (The Villages, Florida) from a place. This script counts, in mixed-case English
news text, how often each gazetteer name (1–3 words) is written in lower case in the middle
of a sentence versus capitalised; names that are mostly written in lower case are common
words and go into the list. Only names of the gazetteer are written out (no text).

Run with any mixed-case English news corpus in JSON Lines with a ``text`` field; the shipped
list was built from the unlabelled Guardian sample and the GLOCON documents and sentences of
the project's development data::

    python scripts/build_place_stopwords.py ../shared/data/dev/guardian-sample.jsonl \
        ../shared/data/dev/glocon-documents.jsonl ../shared/data/dev/glocon-sentences.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from eventscribe import gazetteer as gz

OUT = Path(__file__).resolve().parent.parent / "src" / "eventscribe" / "data" / "place_stopwords.txt"
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|[.!?;:]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    names, demonyms = gz._country_index()
    keys = set(gz._places()) | set(names)
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for path in args.corpus:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                toks = WORD.findall(text)
                for i in range(1, len(toks)):
                    if toks[i - 1] in ".!?;:":
                        continue  # sentence-initial: capitalisation says nothing
                    for n in (1, 2, 3):
                        gram = toks[i:i + n]
                        if len(gram) < n or any(t in ".!?;:" for t in gram):
                            break
                        key = gz.normalize(" ".join(gram))
                        if key not in keys:
                            continue
                        if all(t.islower() for t in gram):
                            lower[key] += 1
                        elif gram[0][:1].isupper():
                            upper[key] += 1
    words = sorted(k for k, c in lower.items() if c >= 2 and c >= upper[k])
    header = ("# Gazetteer names that are mostly common words in English news text "
              "(lower case mid-sentence).\n# Built by scripts/build_place_stopwords.py; "
              "do not edit by hand (add to places_extra.toml [stoplist] instead).\n")
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(words)} names")


if __name__ == "__main__":
    main()

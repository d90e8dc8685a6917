"""Arguments: status (asserted / negated / hypothetical / future), hedging and attribution.

Runs first among the argument stages. Everything is read off the dependency path from the
trigger up to the sentence root, with the cue lists of ``data/modality.toml``:

- negated: a negation dependent on the trigger or its clause ("did not fire", "no arrests
  were made", "never"), a negating governor ("failed to stop", "prevented them from
  marching", "called off the strike") or a denial ("the army denied firing on protesters",
  which is also attributed to the denier);
- hypothetical: a modal ("would", "could", "may"), a condition ("if", "unless") or a
  governor of mere possibility ("the risk of clashes", "demanded the release");
- future: "will", "going to", a governor of intent ("plan to", "are set to", "threatened
  to", "called for a strike"), a modifier ("the planned strike") or a future date word;
- hedged: "reportedly", "allegedly", raising verbs ("appeared to", "were said to", "is
  believed to"), doubt phrases ("unconfirmed reports"), or a doubting reporting verb
  ("claimed", "accused");
- attribution: the object of "according to", or the subject of a reporting verb that
  governs the trigger's clause ("…, police said").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import tomllib
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..detect import TALLY_NOUNS, TIME_PREPS, conj_root, heeded, misparsed_gerund, run_on
from ..model import Context, Event, Span

__all__ = ["attach_modality", "modality_data"]

# Dependency labels through which a trigger inherits the status of its governor.
_EMBED = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "nsubjpass", "acl", "advcl", "attr",
          "oprd", "conj", "compound", "nsubj", "csubj", "relcl", "appos", "npadvmod", "dative"}
# Verbs that only carry another event ("hold a protest", "go on strike", "stage a rally").
_LIGHT = {"hold", "stage", "launch", "organize", "organise", "begin", "start", "continue", "go",
          "carry", "take", "make", "join", "be", "have", "do", "mount", "lead", "conduct", "resume",
          "use", "open", "get", "come", "keep", "effect", "perform", "mark",
          # measures a state takes: "will impose sanctions", "did not declare a curfew"
          "impose", "introduce", "slap", "levy", "enforce", "declare",
          # complaints and suits: "will file a complaint", "lodged an appeal"
          "file", "lodge", "submit"}
_SUBJ = ("nsubj", "nsubjpass", "csubj")
# Verbs that report an event's occurrence: "violence erupted", "clashes broke out".
_CARRIERS = {"occur", "happen", "erupt", "break", "spread", "take", "see", "witness", "report",
             "record", "register", "plan", "call", "announce", "schedule", "threaten", "postpone",
             "cancel", "ban", "prevent", "avert", "deny", "follow", "ensue",
             # what brings an inquiry or a ban into being: "should grant that inquiry"
             "grant", "order", "open", "establish", "conduct", "impose"}
# What a gathering is turned into carries that event ("anyone who turns a celebration into a
# riot"), but not the gathering that turns ("foresaw that the demonstration would degenerate
# into violence": the demonstration took place).
_BECOMING = frozenset({"turn", "descend", "degenerate", "escalate", "spiral", "transform"})


@cache
def modality_data() -> dict[str, Any]:
    """The cue lists of ``data/modality.toml`` (loaded once)."""
    text = resources.files("eventscribe").joinpath("data/modality.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _sets() -> dict[str, frozenset[str]]:
    d = modality_data()
    return {
        "neg_words": frozenset(d["negation"]["words"]),
        "neg_verbs": frozenset(d["negation"]["verbs"]),
        "neg_nouns": frozenset(d["negation"]["nouns"]),
        "no_nouns": frozenset(d["negation"].get("no_nouns", [])),
        "deny": frozenset(d["negation"]["denial_verbs"]),
        "agent_nouns": frozenset(d["negation"]["agent_nouns"]),
        "hedge_words": frozenset(d["hedge"]["words"]),
        "raising": frozenset(d["hedge"]["raising_verbs"]),
        "doubt": frozenset(d["hedge"]["doubt_verbs"]),
        "report": frozenset(d["attribution"]["verbs"]),
        "performative": frozenset(d["attribution"].get("performative", [])),
        "findings": frozenset(d["attribution"].get("findings", [])),
        "figure_verbs": frozenset(d["attribution"].get("figure_verbs", [])),
        "figure_nouns": frozenset(d["attribution"].get("figure_nouns", [])),
        "hyp_modals": frozenset(d["hypothetical"]["modals"]),
        "cond": frozenset(d["hypothetical"]["conditionals"]),
        "hyp_gov": frozenset(d["hypothetical"]["governors"]),
        "for_gov": frozenset(d["hypothetical"].get("for_governors", [])),
        "judging": frozenset(d["hypothetical"].get("judging_verbs", [])),
        "claim_nouns": frozenset(d["negation"]["claim_nouns"]),
        "involvement": frozenset(d["negation"].get("involvement_nouns", [])),
        "generic": frozenset(d["hypothetical"].get("generic_heads", [])),
        "outlawing": frozenset(d["hypothetical"].get("outlawing_words", [])),
        "oblig": frozenset(d["hypothetical"].get("obligation_verbs", [])),
        "fut_modals": frozenset(d["future"]["modals"]),
        "fut_gov": frozenset(d["future"]["governors"]),
        "fut_subject_verbs": frozenset(d["future"].get("subject_verbs", [])),
        "rule_nouns": frozenset(d["hypothetical"]["rule_nouns"]),
        "fut_mod": frozenset(d["future"]["modifiers"]),
    }


@cache
def _phrase_rx(section: str, key: str) -> re.Pattern[str]:
    words = sorted(modality_data()[section][key], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def attach_modality(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    # Words told as deeds do not report: police who "charged" a crowd made no charge.
    deeds = frozenset(ev.token_i for ev in events if ev.event in _DEED_EVENTS)
    for ev in events:
        if not 0 <= ev.token_i < len(doc):
            continue
        tok = doc[ev.token_i]
        status, denier = _status(tok)
        if status == "asserted" and ev.event == "PROTEST" and _is_verbal(tok) and \
                _lemma(tok) in _CALLING and any(c.dep_ == "dobj" for c in tok.children):
            # "the unions called another day of strikes for 1 May" (but protesters who "called
            # for his ouster" were protesting)
            status = "future"
        if status == "asserted" and ev.event not in ("PROTEST", "ASSAULT") and _purpose_of_going(tok):
            status = "hypothetical"  # "a crowd gathered at the jetty to free detainees": what they came for
        if status == "negated" and ev.event == "REJECT" and "about" in ev.extra and \
                any(c.dep_ == "neg" for c in tok.children):
            status = "asserted"  # "will not allow it": the negation made the refusal, which stands
        ev.status = status
        attribution = _attribution(tok, deeds)
        if denier is not None:
            attribution = denier
        ev.attribution = _to_span(attribution) if attribution is not None else None
        ev.hedged = _hedged(tok, attribution, deeds)
    return events


# --- helpers ------------------------------------------------------------------------------


# Verbs of coming together or going somewhere, whose "to" clause says what for.
_GOING = frozenset({"gather", "march", "come", "go", "rally", "assemble", "converge", "travel", "head",
                    "arrive", "flock", "descend", "storm", "walk", "drive", "mass"})


def _purpose_of_going(tok: Token) -> bool:
    """An infinitive of purpose after a verb of going: "gathered at the jetty to free detainees"
    (they came to free them; whether they did the sentence does not say)."""
    return tok.tag_ == "VB" and tok.dep_ in ("advcl", "xcomp") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
        _lemma(tok.head) in _GOING


# Prefixes after which a hyphenated verb is still the verb: "re-launch", "co-sign".
_VERB_PREFIXES = frozenset({"re", "co", "pre", "counter", "over", "under", "out", "mis", "un",
                            "non", "self", "cross", "double", "de", "dis", "post", "inter"})


def _lemma(t: Token) -> str:
    # A verb joined by a hyphen is another verb: police who "lathi-charged" a crowd made no charge.
    if t.i >= 2 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_ \
            and not t.doc[t.i - 2].whitespace_ and t.doc[t.i - 2].lower_ not in _VERB_PREFIXES:
        return f"{t.doc[t.i - 2].lower_}-{(t.lemma_ or t.text).lower()}"
    return (t.lemma_ or t.text).lower()


def _plemma(t: Token) -> str:
    """Lemma with its particle: "call off", "round up"."""
    prt = [c.lower_ for c in t.children if c.dep_ == "prt"]
    return f"{_lemma(t)} {prt[0]}" if prt else _lemma(t)


def _is_verbal(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")


def _governors(tok: Token, limit: int = 6) -> list[tuple[Token, str]]:
    """(governor, dep of the child on the path) from the trigger up, while the path embeds."""
    out: list[tuple[Token, str]] = []
    cur = tok
    for _ in range(limit):
        if cur.head is cur or cur.dep_ not in _EMBED or run_on(cur) or _aside(cur):
            break
        out.append((cur.head, cur.dep_))
        cur = cur.head
    return out


_WH = frozenset({"which", "who", "whom", "whose"})
_DEED_EVENTS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def _aside(clause: Token) -> bool:
    """A speech act in a relative clause set off by a comma ("the party, which denied any
    role"): the writer reports it; it is not part of what the clause above says or doubts.
    (Other deeds in such a clause stay in the claim: "the army said it killed 20 men, who
    had attacked a post".)"""
    s = _sets()
    if clause.dep_ != "relcl" or not any(_lemma(clause) in s[k] for k in ("report", "deny", "doubt")):
        return False
    left = clause.left_edge
    return left.i > 0 and clause.doc[left.i - 1].text == "," and (
        left.lower_ in _WH or left.pos_ == "ADP" and left.i + 1 < len(clause.doc)
        and clause.doc[left.i + 1].lower_ in _WH)


def _clause_heads(tok: Token) -> list[Token]:
    """The trigger and, for a nominal trigger, the verb whose argument it is."""
    heads = [tok]
    if not _is_verbal(tok) and tok.head is not tok and tok.dep_ in (*_SUBJ, "dobj", "attr", "pobj", "dative"):
        head = tok.head
        if head.pos_ == "ADP" and head.head is not head:
            head = head.head
        # Only a verb that carries the event speaks for it: "would hold protests", "protests
        # will take place", "no arrests were made" — but not "protests would fade away" or
        # "would discuss the killings", which say nothing about whether they happened.
        # ("the killing did not come out of nowhere": "come" carries what one comes under, not
        # its subject)
        if _is_verbal(head) and not (_lemma(head) == "come" and tok.dep_ in _SUBJ) and (
                _lemma(head) in _LIGHT or _lemma(head) in _CARRIERS or (
                _lemma(head) in _BECOMING and tok.dep_ == "pobj" and tok.head.lower_ == "into")):
            heads.append(head)
        elif _is_verbal(head) and tok.dep_ == "nsubj" and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and \
                any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ("will", "shall", "'ll") for c in head.children) \
                and not any(c.dep_ == "neg" for c in head.children):
            heads.append(head)  # "a march will retrace the route on Sunday": still to come
    return heads


# Verbs that, as the trigger of a protest, call it: it is still to come.
_CALLING = frozenset({"call", "announce", "schedule", "plan"})

# Speech acts whose "if" clause is their content, not a doubt on them: "threatened a strike
# if wages are not paid" was threatened.
_CONDITIONAL_SPEECH = frozenset({"threaten", "warn", "vow", "ultimatum", "threat"})

# Prepositions that take a governor's complement ("the risk of violence", "an attempt at
# a coup"), not its circumstances ("seized power in a coup"); any preposition does before a
# gerund ("would not hesitate in detaining the organisers").
_COMPLEMENT_PREPS = frozenset({"of", "for", "to", "at", "on", "against", "toward", "towards"})


def _month_may(t: Token) -> bool:
    """"may" the month misread as the modal: "on 11 may at least 50 were injured"."""
    if t.lower_ != "may" or t.i == 0:
        return False
    prev = t.doc[t.i - 1]
    return prev.like_num or prev.lower_ in ("in", "on", "since", "of", "early", "mid", "late", "until")


def _has_neg(t: Token) -> bool:
    neg = _sets()["neg_words"]
    for c in t.children:
        low = c.lower_
        if c.i > t.i and c.dep_ != "det":
            continue  # English negates before the verb; a later "not" is mostly a misparse of a quote
        if low == "not" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in _NOT_ONLY:
            continue  # "not only students marched"
        if c.dep_ == "neg" or (low in neg and c.dep_ in ("det", "advmod", "preconj", "nsubj", "nsubjpass")):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) \
                and not any(d.lower_ in _ALMOST for d in c.children):
            return True  # "no one was arrested", "no protesters were hurt" (not "almost no one")
        if c.dep_ in ("nsubj", "nsubjpass") and any(
                d.dep_ == "neg" and d.i + 1 < len(d.doc) and d.doc[d.i + 1].lower_ not in _NOT_ONLY
                for d in c.subtree if d.i < c.i):
            return True  # "not a single shot was fired", "not one protester was arrested"
    return False


_NOT_ONLY = frozenset({"only", "just", "merely", "simply", "least", "all", "every", "everyone"})
_ALMOST = frozenset({"almost", "nearly", "virtually", "practically", "hardly", "barely", "scarcely"})


# Subordinators of a clause that tells when a report was made, not what it says.
_WHEN_MARKS = frozenset({"when", "after", "before", "as", "while", "once", "since", "until"})
_CONCESSIVE_MARKS = frozenset({"although", "though", "whereas"})
# Nouns of a go-ahead whose to-clause has not happened by being given: "gave the order to fire".
# Acts done by announcing them.
_DONE_BY_TELLING = frozenset({"resignation", "retirement", "withdrawal", "departure", "boycott"})
_ORDER_NOUNS = frozenset({"order", "orders", "permission", "instruction", "instructions", "command",
                          "authorisation", "authorization", "approval", "go-ahead"})


def _negation(tok: Token, heads: list[Token],
              govs: list[tuple[Token, str]]) -> tuple[str, SpacySpan | None] | None:
    """Whether the clause, a governing word or a denial further up negates the trigger."""
    s = _sets()
    if any(_has_neg(h) for h in heads):
        # "will not", "would not" are still negations of the event.
        return "negated", None
    if not _is_verbal(tok) and tok.dep_ == "conj" and not _is_verbal(tok.head) and _has_neg(tok.head):
        return "negated", None  # "no injuries or arrests"
    first = conj_root(tok)
    if not _is_verbal(tok) and tok.dep_ == "conj":
        govs = _governors(first)  # "no reports of injuries or arrests": as the first
    for gov, dep in govs:
        lem = _lemma(gov)
        if lem == "without" and dep in ("pobj", "pcomp"):
            return "negated", None  # "the march ended without arrests"
        if dep == "pobj" and gov.dep_ == "prep" and any(c.dep_ == "neg" for c in gov.children) and \
                any(c.dep_ == "cc" and c.lower_ == "but" for c in gov.children):
            return "negated", None  # "ended not with a massacre but with a virus"
        if dep == "acl" and gov.dep_ == "pobj" and gov.head.lower_ == "without":
            return "negated", None  # "without a shot being fired"
        if dep == "pobj" and gov.lower_ in TIME_PREPS:
            break  # what a denied act was done during is taken as given
        if dep in ("pcomp", "pobj") and gov.lower_ in ("for", "over") and gov.dep_ == "prep":
            break  # what one is suspended or banned for was done: "suspended 15 students for protesting"
        if lem in s["involvement"] and dep == "prep":
            break  # "denied any role in the killings": the killings stand
        if lem in s["deny"] and dep not in ("advcl", "prep", "conj") and not _denies_a_thing(gov, dep):
            # (An adverbial clause or phrase is when the denial came, not what it denied: "when
            # police shot 12 protesters, the army denied ...", "after the clashes, police
            # denied ...". A clause coordinated with it is another deed: "workers were
            # dismissed, and a leader was jailed".)
            subj = _subject(gov)
            return "negated", _np_span(subj) if subj is not None else None
        if (lem in s["neg_verbs"] or _plemma(gov) in s["neg_verbs"]) and dep in (
                "xcomp", "dobj", "pcomp", "pobj", "prep", "ccomp", "nsubjpass"):
            if _unreal(gov):
                return "hypothetical", None  # "threatened to ban protests": none was banned
            return "negated", None
        if lem in s["neg_nouns"] and dep in ("pobj", "prep"):
            return "negated", None
        if lem in s["no_nouns"] and dep == "prep" and _has_neg(gov) and \
                first.head.lower_ == "of" and first.head.head.i == gov.i:
            return "negated", None  # "there were no reports of arrests" (not "... at the rally")
        # "did not try to arrest", "never managed to march": negation through control verbs.
        if dep == "xcomp" and _has_neg(gov):
            return "negated", None
        if not (dep in ("prep", "pobj", "pcomp", "compound") or lem in _LIGHT):
            break
    # A denial further up, through complements only: "denied that anyone gave an order to
    # shoot" (but not "denied the claims, then fired", a clause of its own).
    for gov, dep in _governors(tok, limit=8):
        if dep in ("conj", "advcl", "relcl", "appos", "nsubj", "csubj", "npadvmod") or \
                _lemma(gov) in s["claim_nouns"] or (_lemma(gov) in s["involvement"] and dep == "prep"):
            break  # "denied reports that soldiers killed civilians": the reports' claim stands
        if dep == "pobj" and gov.lower_ in TIME_PREPS:
            break  # "denied that soldiers fired during the protest": the protest took place
        if _lemma(gov) in s["deny"] and dep not in ("advcl", "prep") and not _denies_a_thing(gov, dep):
            subj = _subject(gov)
            return "negated", _np_span(subj) if subj is not None else None
    return None


def _unreal(verb: Token) -> bool:
    """A verb only threatened, planned, wished or supposed: "threatened to ban", "should
    cancel", "plans to prohibit"."""
    s = _sets()
    if any(c.dep_ == "aux" and (c.lower_ in s["hyp_modals"] or c.lower_ in s["fut_modals"]) and not _month_may(c)
           for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and head is not verb and (
        _lemma(head) in _CONDITIONAL_SPEECH or _lemma(head) in s["hyp_gov"] or _lemma(head) in s["fut_gov"])


def _denies_a_thing(gov: Token, dep: str) -> bool:
    """A denial with an object of its own denies that, not a clause parsed under it: in
    "militiamen were filmed executing a man; the army denied responsibility" the killing
    stands."""
    return dep in ("ccomp", "parataxis") and any(c.dep_ == "dobj" for c in gov.children)


def _status(tok: Token) -> tuple[str, SpacySpan | None]:
    s = _sets()
    heads = _clause_heads(tok)
    govs = _governors(tok)
    # A condition on the event's own clause comes first: in "if the government did not hold
    # talks" the talks are neither held nor denied, only supposed.
    if _lemma(tok) not in _CONDITIONAL_SPEECH and any(
            c.dep_ == "mark" and c.lower_ in s["cond"] for h in heads for c in h.children):
        return "hypothetical", None
    # --- negated ---
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in s["agent_nouns"]:
        # "The protesters have not gone away": what they did not do is another matter; only
        # "no protesters" denies them.
        if _has_neg(tok):
            return "negated", None
    else:
        negation = _negation(tok, heads, govs)
        if negation is not None:
            return negation
    # --- hypothetical ---
    for h in heads:
        if _may_have_done(h):
            break  # a guess at what happened, not a supposition: hedged (``_hedged``)
        for c in h.children:
            if c.dep_ == "aux" and c.lower_ in s["hyp_modals"] and not _month_may(c):
                return "hypothetical", None
        # A time clause of a modal verb: "the government should talk before it arrests" (not
        # a past one: "could not leave until police lifted the curfew" did end).
        if h.dep_ == "advcl" and h.head is not h and h.tag_ in ("VB", "VBP", "VBZ") and any(
                m.dep_ == "mark" and m.lower_ in ("before", "until", "till", "once") for m in h.children) and any(
                c.dep_ == "aux" and c.lower_ in s["hyp_modals"] and not _month_may(c) for c in h.head.children):
            return "hypothetical", None
    # "a bill that would make blocking a road a crime": the act a law makes an offence, in general
    if tok.dep_ in ("xcomp", "dobj", "ccomp") and _lemma(tok.head) == "make" and any(
            _lemma(t) in s["outlawing"] for t in tok.head.subtree if t.i > tok.i):
        return "hypothetical", None
    # "a draft law on demonstrations", "the ban on strikes": the kind of act a rule is about,
    # none done (a bare plural; not "the law on the protests of May")
    if tok.dep_ == "pobj" and tok.tag_ == "NNS" and tok.head.lower_ in ("on", "against", "regulating", "governing") \
            and _lemma(tok.head.head) in s["rule_nouns"] and \
            not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in tok.children):
        return "hypothetical", None
    # "called for the judges to be hanged": a clause of "for" and "to" is wished for, not done.
    # (but "it took 34 years for a military court to convict him": it did, at last)
    for h in heads:
        if h.dep_ != "ROOT" and any(c.dep_ == "mark" and c.lower_ == "for" for c in h.children) and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in h.children) and not (
                _lemma(h.head) == "take" and h.head.tag_ in ("VBD", "VBN") and _took_so_long(h.head)):
            return "hypothetical", None
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children) and any(
                c.dep_ == "advmod" and c.lower_ == "how" for c in h.children):
            return "hypothetical", None  # "has forgotten how to protest": a skill, no deed
        if h.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children) and \
                any(c.dep_ == "auxpass" for c in h.children) and \
                h.head.lower_ not in ("first", "last", "only", "next", "one", "turn"):
            # "calling for elections to be held": what is called for, not done (a passive
            # infinitive; but "the first to be arrested" was)
            return "hypothetical", None
    # "anyone who blocks a road", "whoever takes to the streets": about whoever might do it.
    for h in heads:
        if h.dep_ == "relcl" and (h.head.lower_ in s["generic"] or any(
                c.dep_ == "det" and c.lower_ in s["generic"] for c in h.head.children)):
            return "hypothetical", None
        if h.dep_ == "relcl" and h.head.lower_ == "those" and h.tag_ == "VBP" and \
                not any(c.dep_ in ("aux", "auxpass") for c in h.children):
            # "still jails those who march": whoever does it, in the simple present
            return "hypothetical", None
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in s["generic"] for c in h.children):
            return "hypothetical", None
    # A condition on the trigger's clause, or on a verb it complements ("if they decide to
    # strike"); not on a clause that merely mentions it ("if Trump quits the deal").
    chain = list(heads)
    cur = heads[-1]
    while cur.dep_ in ("xcomp", "ccomp", "conj") and cur.head is not cur and len(chain) < 8:
        cur = cur.head
        chain.append(cur)
    # "threatened a strike if wages are not paid": the threat was made.
    conditioned = _lemma(tok) not in _CONDITIONAL_SPEECH
    for t in chain if conditioned else []:
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in s["cond"]:
                return "hypothetical", None
    # A condition on the trigger's own clause: "lets wardens make arrests if a riot breaks out".
    for h in heads if conditioned else []:
        for c in h.children:
            if c.dep_ == "advcl" and c.i > h.i and not any(_lemma(t) in ("believe", "trust")
                                                           for t in c.subtree) and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) and \
                    not any(m.lower_ in ("as", "even") and m.dep_ in ("mark", "advmod") for m in c.children):
                # (not "if reports are to be believed": a hedge; nor "shot at us as if we were
                # an army", "marched even if it rained": they shot, they marched)
                return "hypothetical", None
    # What a plan is to last until has not happened: "they will return every Saturday until
    # the bill is withdrawn" (but "police held him until the protest was over": it was).
    for h in heads:
        if h.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till") for m in h.children) \
                and any(c.dep_ == "aux" and c.lower_ in s["fut_modals"] for c in h.head.children):
            return "hypothetical", None
    # --- future ---
    for h in heads:
        kids = list(h.children)
        if any(c.dep_ == "aux" and c.lower_ in s["fut_modals"] for c in kids):
            return "future", None
        if h.dep_ == "xcomp" and _lemma(h.head) == "go" and h.head.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            return "future", None
    # "the planned strike", but not "Turkey launched its long-threatened offensive": carried out.
    carried_out = tok.dep_ == "dobj" and _lemma(tok.head) in _LIGHT and tok.head.tag_ in ("VBD", "VBN")
    if not carried_out and any(c.lower_ in s["fut_mod"] and c.dep_ in ("amod", "compound", "nmod", "advmod")
                               for c in tok.children):
        return "future", None
    if _misparsed_plan(tok):
        return "future", None
    for k, (gov, dep) in enumerate(govs):
        lem = _lemma(gov)
        child = govs[k - 1][0] if k else tok
        if lem == "able" and dep == "xcomp" and _past_ability(gov):
            break  # "police were able to quell the riot": they did
        if gov.tag_ == "VBG" and gov.dep_ == "pcomp" and gov.head.lower_ in ("for", "of") and \
                _lemma(gov.head.head) in s["judging"]:
            break  # "sentenced for ordering the shootings": the shootings were done
        if lem in s["hyp_gov"] and (dep in ("xcomp", "dobj", "pobj", "pcomp", "ccomp", "acl") or (
                dep == "prep" and (child.lower_ in _COMPLEMENT_PREPS or govs[k - 1][1] == "pcomp")) or (
                dep in ("relcl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))):
            return "hypothetical", None
        if lem in s["for_gov"] and ((dep == "prep" and child.lower_ == "for") or (
                dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in gov.children))):
            # "is praying for 20 days' time to arrest the accused" (not "prayed at the grave to
            # protest")
            return "hypothetical", None
        if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and any(
                o.dep_ == "dobj" and _lemma(o) in _ORDER_NOUNS for o in gov.children):
            # "gave the order to fire", "sought permission to march": the parse hung the
            # act on the verb rather than on the order
            return "hypothetical", None
        if lem in s["oblig"] and dep == "xcomp" and gov.tag_ in ("VB", "VBP", "VBZ"):
            # "we have to detain the ringleaders"; but "police had to fire" did fire.
            return "hypothetical", None
        if lem == "due" and dep != "xcomp":
            break  # "died due to police firing": a cause, not a schedule ("due to strike")
        if k == 0 and not any(c.dep_ in ("det", "poss") for c in tok.children) and (
                dep == "dobj" and lem == "make" and any(c.dep_ == "oprd" for c in gov.children)
                or dep == "nsubj" and gov.pos_ == "NOUN" and gov.dep_ in ("ccomp", "xcomp", "oprd")
                and _lemma(gov.head) == "make"):
            return "hypothetical", None  # "made torture a crime": the kind of act a law names
        if dep == "dobj" and any(c.dep_ == "oprd" for c in gov.children):
            break  # "called the unrest a foreign plot": naming it, not calling for it
        if gov.pos_ == "NOUN" and heeded(gov):
            break  # "thousands heeded the call for a strike": they struck
        if lem in s["fut_gov"] and dep == "dobj" and _planned_before(tok, gov, govs[k + 1:]):
            break  # "two police officials had helped plan the attack": the attack told, done
        if lem == "about" and dep == "xcomp":
            # "he was about to be arrested" (not yet, and maybe never); "is about to strike"
            return ("hypothetical" if gov.head.tag_ == "VBD" else "future"), None
        if lem == "announce" and dep == "dobj" and _lemma(tok) in _DONE_BY_TELLING and gov.tag_ == "VBD":
            break  # "Rosselló announced his resignation": announcing it is resigning
        if lem in s["fut_gov"] and dep in ("xcomp", "dobj", "pobj", "prep", "pcomp", "nsubjpass", "acl"):
            if lem == "set" and dep == "prep" and child.lower_ != "for":
                break  # "during the summit, rioters set cars on fire": a time of the deed, not a plan
            if lem in ("set", "due", "go", "call", "announce") and dep == "nsubjpass":
                if _scheduled_now(gov):
                    return "future", None  # "a strike has been called for next week"
                continue
            if any(c.dep_ == "prt" for c in gov.children):
                break  # "set off protests", "called off the strike": another verb
            if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in gov.children) and gov.tag_ == "VBN":
                return "hypothetical", None  # "members who had planned a silent march": a plan then, no deed told
            return "future", None
        if (dep in ("dobj", "xcomp", "attr", "nsubj", "nsubjpass", "pobj", "prep") and lem in _LIGHT
                and any(c.dep_ == "aux" and c.lower_ in s["fut_modals"] for c in gov.children)):
            return "future", None  # "will hold a rally", "will go on strike"
        if dep == "prep" and k == 1 and child.lower_ in ("at", "during") and tok.pos_ == "NOUN" and \
                any(c.dep_ in ("aux", "auxpass") and c.lower_ in s["fut_modals"] for c in gov.children):
            return "future", None  # "the flag will fly at a march on Saturday": the march is to come
        if dep == "nsubj" and lem in s["fut_subject_verbs"] and \
                any(c.dep_ == "aux" and c.lower_ in s["fut_modals"] for c in gov.children):
            return "future", None  # "the march will set off from the square"
        if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and any(
                c.dep_ == "aux" and c.lower_ in s["fut_modals"] for c in gov.children):
            return "future", None  # the purpose of a plan: "will hold a rally to press for elections"
        if dep == "conj":
            continue  # "demanded a ban on the party and the arrest of its leaders"
        if not (dep in ("prep", "pobj", "pcomp", "compound", "xcomp", "dobj") and (lem in _LIGHT or gov.pos_ == "ADP")):
            break
    if tok.tag_ not in ("VBD", "VBN") and not any(h.tag_ in ("VBD", "VBN") for h in heads[1:]):
        if _future_date_on(tok, heads):
            return "future", None
    return "asserted", None


def _took_so_long(verb: Token) -> bool:
    """"It took 34 years (for X) to ...": an expletive subject and a stretch taken."""
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) and \
        any(c.dep_ == "dobj" and c.ent_type_ == "DATE" for c in verb.children)


def _may_have_done(verb: Token) -> bool:
    """"as many as 1,400 people may have been killed": an estimate of the past (but "could
    have been killed" did not happen)."""
    kids = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and any(c.lower_ in ("may", "might") and not _month_may(c) for c in kids) \
        and any(c.lower_ in ("have", "'ve") for c in kids)


def _misparsed_plan(tok: Token) -> bool:
    """"The families of the dead plan a vigil": the parse took "plan" for a noun ("the dead
    plan"), yet the words say a plan: "plan(s)" right before the event's noun phrase."""
    if tok.pos_ != "NOUN":
        return False
    k = tok.i - 1
    while k >= 0 and k > tok.i - 4 and tok.doc[k].dep_ in ("det", "amod", "compound", "nummod"):
        k -= 1
    return k >= 0 and k < tok.i - 1 and tok.doc[k].lower_ in ("plan", "plans") and \
        tok.doc[k].tag_ in ("NN", "NNS")


def _past_ability(adj: Token) -> bool:
    """"were able to", "have been able to": an ability stated as used, so the act happened
    (but not "will be able to", "would have been able to")."""
    verb = adj.head if adj.dep_ == "acomp" else adj
    kids = list(verb.children)
    if any(c.dep_ == "aux" and (c.lower_ in _sets()["hyp_modals"] or c.lower_ in _sets()["fut_modals"])
           for c in kids) or any(c.dep_ == "neg" for c in (*kids, *adj.children)):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids))


def _planned_before(tok: Token, gov: Token, above: list[tuple[Token, str]]) -> bool:
    """A definite event ("the attack") planned in the past: the planning of what was done."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or _lemma(gov) not in (
            "plan", "prepare", "organise", "organize", "orchestrate", "order", "mastermind"):
        return False
    verbs = [gov, *(g for g, _ in above[:1] if g.pos_ in ("VERB", "AUX"))]
    return any(v.tag_ == "VBD" or v.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in ("had", "has", "have")
                                                        for a in v.children) for v in verbs)


def _scheduled_now(verb: Token) -> bool:
    """A present or perfect passive of calling or setting, with the day it is set "for": "a
    strike has been called for Monday" (not "a strike was called for 3 May", told of a past
    year, nor "the strike was called off")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in ("has", "have", "is", "are", "'s") for c in aux) and \
        not any(c.dep_ == "prt" for c in verb.children) and \
        any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.ent_type_ in ("DATE", "TIME") for o in c.subtree) for c in verb.children)


def _future_date_on(tok: Token, heads: list[Token]) -> bool:
    """A future date word ("tomorrow", "next week") that modifies the trigger's own clause."""
    sent = tok.sent
    for m in _phrase_rx("future", "time_words").finditer(sent.text):
        span = tok.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                                 alignment_mode="expand")
        if span is None or not len(span):
            continue
        verb = next((a for a in span.root.ancestors if _is_verbal(a)), None)
        if verb is None or any(verb.i == h.i for h in heads) or span.root.head.i == tok.i:
            return True
        if tok.dep_ in _SUBJ and verb.i == tok.head.i:
            return True  # "a general strike tomorrow will paralyse the city"
    return False


def _subject(verb: Token) -> Token | None:
    """Who speaks by ``verb``: its subject, or the agent of a passive (the subject of "have
    been charged for their part in the protests" is what is spoken of)."""
    # (the nearest of two the parse gave it: in "1,500 had been detained, most of them at a
    # camp, federal police said", the police)
    for c in sorted(verb.children, key=lambda c: abs(verb.i - c.i)):
        if (c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and _lemma(verb) == "quote") and \
                c.lower_ not in ("it", "there", "which", "that", "who"):
            return c  # ("police were quoted as saying": they speak)
    # Passive reporting: "it was reported by Reuters".
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    # A reporting verb in a conjunction shares its subject: "X arrived and said".
    if verb.dep_ == "conj" and verb.head is not verb and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return _subject(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    return None


def _np_span(head: Token) -> SpacySpan:
    """The noun phrase of ``head`` without relative clauses, appositions or trailing punctuation."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i
    for c in head.rights:
        if c.dep_ in ("prep", "compound", "amod", "nummod", "poss", "nmod", "flat", "cc", "conj", "pobj"):
            end = max(end, c.right_edge.i)
        elif c.dep_ == "appos" and c.left_edge.i == head.i + 1 and c.pos_ == "PROPN":
            end = max(end, c.right_edge.i)  # "the rights group Provea", "the group OVD-Info": its name
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end].is_punct:
        end -= 1
    return doc[start:end + 1]


def _claim_of(gov: Token, dep: str) -> bool:
    """Whether the clause below ``gov`` is what a claim noun says ("reports that ...")."""
    return _lemma(gov) in _sets()["claim_nouns"] and dep in ("acl", "ccomp") and gov.pos_ == "NOUN"


def _attribution(tok: Token, deeds: frozenset[int] = frozenset()) -> SpacySpan | None:
    # A reporting verb above the trigger is nearer than an "according to" of the sentence:
    # "300 were held, according to the ministry, and rights groups said dozens were beaten".
    return _reported_by(tok, deeds) or _according_to(tok) or _said_after(tok, deeds) or _said_that(tok, deeds)


def _said_that(tok: Token, deeds: frozenset[int] = frozenset()) -> SpacySpan | None:
    """"Chadema said that about 700 people had been killed; a rights group put the toll at
    1,000": the parse hung the clause on the one after the semicolon, but the words before its
    "that" still say who said it."""
    verb = _clause_verb(tok)
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > 0), None)
    if mark is None or verb.dep_ != "ccomp" or verb.head.i < verb.i:
        return None
    said = tok.doc[mark.i - 1]
    if said.i in deeds or not _reports(said, "ccomp"):
        return None
    subj = _subject(said)
    return _np_span(subj) if subj is not None else None


def _according_to(tok: Token) -> SpacySpan | None:
    """"according to X" anywhere in the sentence."""
    sent = tok.sent
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(tok.doc) and tok.doc[t.i + 1].lower_ == "to":
            if _later_conjunct(tok, t):
                continue
            to = tok.doc[t.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in t.children if c.dep_ == "pobj"]
            if objs:
                return _np_span(objs[0])
            # A weak parse: take the words up to the next punctuation.
            end = to.i + 1
            while end < sent.end and not tok.doc[end].is_punct and end - to.i <= 6:
                end += 1
            if end > to.i + 1:
                return tok.doc[to.i + 1:end]
        if t.lower_ in TALLY_NOUNS and t.head.lower_ == "by" and not _later_conjunct(tok, t):
            # "by the count of the health ministry", "by the army's own tally"
            owner = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"] or \
                [c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            if owner:
                return _np_span(owner[0])
        if t.lower_ in TALLY_NOUNS and t.head.lower_ != "by" and t.dep_ in ("amod", "compound") and \
                not _later_conjunct(tok, t):
            # (the parse ran the tally into the count: "By the government's count three people died")
            by = next((k for k in range(t.i - 1, max(sent.start, t.i - 5) - 1, -1) if tok.doc[k].lower_ == "by"), None)
            owner = [u for u in tok.doc[by + 1:t.i] if u.dep_ == "poss" and u.pos_ != "PRON"] if by is not None else []
            if owner:
                return tok.doc[owner[0].left_edge.i:owner[0].i + 1]
    return None


def _clause_verb(tok: Token) -> Token:
    cur = tok
    while not _is_verbal(cur) and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _later_conjunct(tok: Token, according: Token) -> bool:
    """Whether the trigger's clause is a coordinated clause of its own after the one an
    "according to" sits in: "11,000 were arrested, according to police figures, and a curfew
    was imposed" (the police figures count the arrests, not the curfew)."""
    verb, home = _clause_verb(tok), _clause_verb(according)
    cur = verb
    while cur.head.i != cur.i and cur.i != home.i:
        if cur.dep_ == "conj" and cur.i > according.i and any(
                c.dep_ in ("nsubj", "nsubjpass") and not _bare_figure(c) for c in cur.children):
            return True
        cur = cur.head
    return False


def _bare_figure(subj: Token) -> bool:
    """A subject that is only a number goes on with the figures told before it: "eleven died,
    according to the ombudsman, and 1,340 were injured" (the ombudsman's figures both)."""
    return subj.pos_ == "NUM" and not any(c.dep_ in ("prep", "compound", "amod") for c in subj.children)


def _reports(verb: Token, dep: str, child: Token | None = None) -> bool:
    """Whether ``verb`` reports the clause hanging from it (or it from the verb) by ``dep``
    (through ``child``)."""
    s = _sets()
    return _lemma(verb) in s["report"] or \
        (_lemma(verb) in s["findings"] and dep in ("ccomp", "parataxis")) or \
        (_lemma(verb) in s["figure_verbs"] and dep == "dobj" and child is not None
         and child.lemma_.lower() in s["figure_nouns"])


def _claim_in_apposition(verb: Token, below: Token) -> bool:
    """Whether a verb of saying has its object between itself and the clause the parse hung on
    it: "[the CCAT planned the violence], a charge its lawyers deny" (an apposition to the
    claim, not the claim's teller)."""
    return any(c.dep_ == "dobj" and below.i < c.i < verb.i for c in verb.children)


def _reported_by(tok: Token, deeds: frozenset[int] = frozenset()) -> SpacySpan | None:
    """The subject of a reporting verb governing the trigger's clause ("police said [they
    fired]")."""
    s = _sets()
    cur = tok
    for _ in range(8):
        if cur.head is cur:
            break
        dep, gov = cur.dep_, cur.head
        if run_on(cur) or _aside(cur):
            break
        if dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children) and \
                any(c.dep_ == "advmod" and c.lower_ in s["hedge_words"] for c in cur.children):
            break  # "unions say ..., and farmers are reportedly planning ...": hearsay, no one's claim
        if dep == "conj" and _now_beside_past_report(cur):
            break
        if dep == "ccomp" and _reports(gov, dep, cur) and _claim_in_apposition(gov, cur):
            # "say the CCAT planned the violence, a charge its lawyers deny": a clause in
            # apposition the parse hung the claim on; the teller is above it
            above = gov.head
            subj = _subject(above) if gov.dep_ == "ccomp" and _reports(above, "ccomp") else None
            return _np_span(subj) if subj is not None else None
        if _claim_of(gov, dep):
            return _np_span(gov)  # "reports that soldiers killed civilians": the reports say so
        if _lemma(gov) in s["deny"] and _denies_a_thing(gov, dep):
            break
        if _lemma(gov) in s["involvement"] and dep == "prep":
            break  # "denied any role in the killings": no claim of the killings
        if _reports(gov, dep, cur) and gov.i not in deeds and dep in ("ccomp", "parataxis", "advcl", "dobj", "conj",
                                                  "pcomp", "pobj", "prep", "nsubjpass"):
            if dep == "conj":
                cur = gov
                continue
            if dep in ("dobj", "nsubjpass") and _lemma(gov) in s["performative"]:
                break  # "declared a state of emergency": the declaring is the act, not a report
            if dep == "prep" and cur.lower_ in TIME_PREPS:
                break  # "after a rally, riot police charged ...": when, not what is charged
            if dep == "advcl" and any(c.lower_ in _WHEN_MARKS | _CONCESSIVE_MARKS and c.dep_ in ("mark", "advmod")
                                      for c in cur.children):
                # "when police shot 12, the army denied ...": when it spoke, not what it said;
                # "denied that torture was used, although six officers were convicted of
                # it": the writer's own word against it
                break
            if any(c.dep_ == "oprd" for c in gov.children) or (
                    any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS and c.i - c.sent.start <= 2 for c in gov.children)
                    and cur.left_edge.i > gov.i and "," in (tok.doc[cur.left_edge.i - 1].text, cur.left_edge.text)):
                # "minutes after the commission declared Bongo the winner, crowds set fire to
                # the Assembly": a naming, or a time clause opening the sentence that the parse
                # made the root over the main clause after its comma; no report (a report in a
                # time clause still tells its own: "after the chief announced his
                # determination to kill himself")
                break
            subj = _subject(gov)
            if subj is not None and _part_of_them(subj) and _lemma(gov) not in _TELLING:
                # "1,100 were detained, most of them never charged": the detained, no teller
                # (but "some of whom said they were beaten" tell it)
                break
            if subj is not None and not subj.i <= tok.i <= subj.right_edge.i:
                return _np_span(subj)  # (a trigger is not its own source)
        cur = gov
    return None


_TELLING = frozenset({"say", "tell", "claim", "allege", "complain", "recount", "report", "describe",
                      "testify", "recall", "insist"})


def _part_of_them(subj: Token) -> bool:
    """"Most of them", "many of whom": a part of the people just told, not someone telling."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ in ("them", "whom", "those") for g in c.children) for c in subj.children)


def _now_beside_past_report(clause: Token) -> bool:
    """A clause joined by "and" with a subject of its own, told in the present or present
    perfect, under a report in the past: "the organisers said they will march on Tuesday, and
    the Law Society has threatened to sue" (a report would have said "had threatened"): the
    writer's own."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in clause.children):
        return False
    now = clause.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in clause.children)
    if not now:
        return False
    cur = clause
    for _ in range(6):
        if cur.head is cur:
            return False
        if cur.dep_ in ("ccomp", "parataxis") and _reports(cur.head, cur.dep_):
            return cur.head.tag_ == "VBD"
        cur = cur.head
    return False


def _said_after(tok: Token, deeds: frozenset[int] = frozenset()) -> SpacySpan | None:
    """"Police fired tear gas, witnesses said": the reporting verb hangs off the clause."""
    for h in [tok, *(g for g, _ in _governors(tok))]:
        for c in h.children:
            if c.dep_ in ("parataxis", "ccomp", "advcl") and _reports(c, c.dep_) and c.i > tok.i \
                    and c.i not in deeds and not _claim_in_apposition(c, tok):
                if c.dep_ == "advcl" and any(m.dep_ == "mark" or m.dep_ == "advmod" and m.lower_ in _WHEN_MARKS
                                             for m in c.children):
                    # "..., though the governor said no one was held": another claim; "were
                    # injured when police charged": when, no report
                    continue
                subj = _subject(c)
                if subj is not None and subj.i > h.i:
                    return _np_span(subj)
    # "... killed more than 400 people, most of them Uzbeks, an international commission found
    # in 2011": the parse took the teller for an apposition and its verb for a participle
    for t in tok.sent:
        if t.i > tok.i and t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and _reports(t, "ccomp") and \
                t.i not in deeds and t.head.dep_ in ("appos", "npadvmod") and t.head.i < t.i and \
                all(c.dep_ in ("prep", "punct", "npadvmod") for c in t.children) and \
                t.head.left_edge.i > 0 and tok.doc[t.head.left_edge.i - 1].text == "," and \
                all(not _is_verbal(u) or u.i == t.i for u in tok.doc[t.head.left_edge.i:t.i + 1]) and \
                all(u.is_punct or u.dep_ in ("prep", "pobj", "det", "amod", "compound", "nummod", "npadvmod")
                    for u in tok.doc[t.i + 1:tok.sent.end]):
            return _np_span(t.head)
    return None


def _hedged(tok: Token, attribution: SpacySpan | None, deeds: frozenset[int] = frozenset()) -> bool:
    s = _sets()
    chain = [tok, *(g for g, _ in _governors(tok, limit=8))]
    for t in chain:
        if t is not tok and t.lower_ in s["hedge_words"]:
            return True
        for c in t.children:
            if c.lower_ in s["hedge_words"] and c.dep_ in ("advmod", "amod", "npadvmod", "acomp", "compound"):
                return True
    if any(_may_have_done(h) for h in _clause_heads(tok)):
        return True
    for c in tok.children:
        # "were abducted, allegedly by plainclothes officers": who did it is the claim
        if c.dep_ in ("agent", "prep") and c.lower_ == "by" and any(
                g.lower_ in s["hedge_words"] and g.dep_ == "advmod" for g in c.children):
            return True
    for gov, dep in _governors(tok, limit=8):
        lem = _lemma(gov)
        if lem in s["raising"] and dep == "xcomp":
            return True  # "appeared to fire", "were said to have fired"
        if lem in s["raising"] and dep == "ccomp" and any(
                c.dep_ in ("nsubjpass", "expl", "nsubj") and c.lower_ == "it" for c in gov.children):
            return True  # "it is believed that …"
        if lem in s["doubt"] and gov.i not in deeds and dep in ("ccomp", "pcomp", "pobj", "prep", "dobj", "xcomp"):
            # (not a deed: police who "charged them with batons and rubber bullets")
            subj = _subject(gov)
            if dep == "ccomp" and subj is not None and _part_of_them(subj) and lem not in _TELLING:
                break  # "1,100 were detained, most of them never charged": no claim
            return True  # "officials claimed that …", "accused X of killing"
        if _claim_of(gov, dep):
            return True  # "reports that soldiers killed civilians"
    if misparsed_gerund(tok):
        # "accused the police of beating protesters", the gerund parsed as an adjective
        held = tok.head.head.head
        if held.dep_ in ("dobj", "nsubjpass") and _lemma(held.head) in s["doubt"]:
            return True
    if _phrase_rx("hedge", "phrases").search(tok.sent.text):
        return True
    return False


def _to_span(span: SpacySpan) -> Span:
    return Span(text=span.text, start=span.start_char, end=span.end_char)

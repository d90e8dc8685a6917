"""Detect: find event triggers in the parse and type them in PLOVER (event, mode).

The method (docs/typing.md): every verb and noun whose lemma is in the trigger lexicon
(``data/lexicon.toml``) is a candidate; its entry's rules look at the trigger's
dependents (object, subject, particle, prepositions, modifiers, governing verb) to pick
the category or drop the sense. Then, over each sentence's parse:

- light verbs hand the event to their object noun ("staged a protest");
- frame verbs absorb the event they are about ("threatened to arrest" is one THREATEN
  event, mode ``arrest``; "demanded the release of" one REQUEST);
- protesters as the subject of a movement/violent verb make a protest or a riot;
- instruments near an ASSAULT trigger give its mode (tear gas, airstrike, IED ...);
- events of one category that hang off each other are merged ("opened fire, killing 12").

Each event's confidence ranks it for salience: violence > coercion > protest > verbal,
with a small bonus for main-clause triggers, so that the highest-confidence event of a
document is its main event.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import tomllib
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .model import PLOVER_MODES, Context, Event, Span
from .timex import MONTHS

Label = tuple[str, str | None]  # (PLOVER event, mode)

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
OBJ_DEPS = frozenset({"dobj", "attr", "oprd", "nsubjpass", "dative"})
MOD_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
PARTICLES = frozenset({"up", "down", "off", "out", "back", "aside", "into", "in", "over"})
# Deps a frame verb reaches its complement through ("threatened to arrest", "warned that
# ... would be arrested", "demanded the release", "called for talks").
FRAME_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "nsubjpass", "acl", "advcl",
                        "dative", "oprd", "attr"})
ABSORB_DEPS = frozenset({"dobj", "nsubjpass", "prep", "pobj", "prt"})
FRAME_PREPS = frozenset({"for", "of", "to", "on", "against", "about", "over", "with", "into"})
# Words whose sense flips in sports and markets reports.
AMBIGUOUS_SPORT = frozenset({"attack", "clash", "strike", "beat", "shoot", "battle", "fight",
                             "kill", "fire", "ambush", "assault", "storm", "rally", "shooting",
                             "defeat", "capture", "invade", "overrun", "bomb"})
# Not "strike" or "protest": market traders strike and protest too.
AMBIGUOUS_MARKET = frozenset({"rally", "clash", "crash", "battle", "fight"})
MONTH_PREPS = frozenset({"in", "on", "since", "until", "till", "by", "from", "before", "after",
                         "during", "through", "of", "early", "late", "mid", "last", "next",
                         "this", "between", "and", "to"})
# Compound nouns that still denote the event itself ("strike action", "protest rally").
EVENTISH_HEADS = frozenset({"action", "campaign", "wave", "activity", "march", "rally",
                            "demonstration", "protest", "attack", "operation", "effort",
                            "mission", "bid", "process", "round", "drive", "walk", "camp",
                            "convoy", "caravan", "procession", "motorcade", "encampment",
                            "gathering", "parade", "wound", "injury"})
# Verbs of purpose that make their governing movement verb a demonstration
# ("assembled to demand", "marched to protest", "gathered to call for").
PURPOSE_EVENTS = frozenset({"REQUEST", "ACCUSE", "PROTEST", "REJECT"})
PURPOSE_VERBS = frozenset({"demand", "protest", "call", "press", "denounce", "condemn", "oppose",
                           "reject", "urge", "demonstrate", "voice", "express", "criticize",
                           "criticise", "decry", "slam", "insist"})
# ... and with "for": "gathered to ask for an inquiry", "marched to appeal for calm"
ASK_FOR_VERBS = frozenset({"ask", "appeal", "plead", "beg", "pray"})
MOVEMENT_VERBS = frozenset({"gather", "assemble", "march", "converge", "rally", "cycle", "ride",
                            "drive", "walk", "mass", "flock", "parade", "congregate", "camp",
                            "sit", "block", "occupy", "take", "go", "come", "turn", "head",
                            "throng", "pour", "fill", "swarm", "surround", "picket",
                            "stage", "stag", "travel", "descend"})
# Verbs of taking a place: by armed men a conquest, by a civilian crowd an occupation.
SEIZE_VERBS = frozenset({"seize", "take", "capture", "occupy", "overrun"})
# Verbs of a crowd coming together: with people as the subject, a demonstration.
GATHER_VERBS = frozenset({"gather", "assemble", "converge", "mass", "march", "rally", "throng",
                          "congregate", "picket", "chant", "demonstrate"})
# Verbs of a crowd staying put, a protest outside a seat of power: "supporters camped outside
# the royal palace for weeks" (not "refugees camped in the forest").
CAMP_VERBS = frozenset({"camp", "encamp", "bivouac"})
CAMP_PREPS = frozenset({"outside", "opposite", "front"})
# Verbs of a crowd filling the streets, a protest whoever the people are ("Iranians poured
# into the streets"); the subject must be people (a plural or a nationality), not water.
# (and people who stay there: "students spent four days in the streets")
STREET_VERBS = frozenset({"pour", "flood", "spill", "stream", "flock", "swarm", "throng", "fill",
                          "pack", "surge", "spend", "stay", "remain"})
# Verbs of a counted crowd stopping traffic or a place: "several hundred thousand Puerto Ricans
# shut down the Expreso Las Américas".
OBSTRUCT_VERBS = frozenset({"shut", "block", "blockade", "barricade", "paralyse", "paralyze", "occupy"})
# Verbs of what brings a crowd out: "a proposed tax brought hundreds of thousands into the streets".
BRINGING_VERBS = frozenset({"bring", "draw", "send", "drive", "lure", "call", "lead"})
# Verbs of going somewhere, and what a crowd carries to say why: "walked down the junction
# with placards calling for electoral reform" is a march.
WALKING_VERBS = frozenset({"walk", "go", "parade", "ride", "drive", "cycle", "process", "file", "move", "set"})
PROTEST_SIGNS = frozenset({"placard", "banner", "poster"})
CROWD_WORDS = frozenset({"mourner", "fan", "citizen", "youngster", "pilgrim", "voter", "believer",
                         "crowd", "throng", "opponent", "critic", "supporter", "follower"})
STREET_NOUNS = frozenset({"street", "streets", "square", "squares", "avenue", "avenues", "boulevard"})


def _into_the_streets(tok: Token) -> bool:
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    # (also through "back": "brought people back into the streets of Atbara")
    heads = [tok, *(c for c in tok.children if c.dep_ == "advmod" and c.lower_ == "back")]
    objs += [g for h in heads for c in h.children if c.dep_ == "prep" and (
                 c.lower_ in ("into", "onto", "in", "on", "through") or c.lower_ == "to" and h is not tok)
             for g in c.children if g.dep_ == "pobj"]  # ("back to the streets", not "sent troops to the streets")
    return any(o.lower_ in STREET_NOUNS for o in objs)


def _back_in_the_streets(tok: Token, back_needed: bool = True) -> bool:
    """"The farmers were back in the streets within months": they protested again. (Without
    ``back_needed``, also "thousands of young people were in the streets".)"""
    if tok.pos_ != "AUX" or tok.lemma_ != "be":
        return False
    back = [c for c in tok.children if c.lower_ == "back" and c.dep_ == "advmod"]
    if not back and back_needed:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "on") and any(g.dep_ == "pobj" and g.lower_ == "streets"
                                                             for g in c.children)
        for c in [*tok.children, *(back[0].children if back else [])])


def _crowd_in_the_streets(tok: Token) -> bool:
    """"Within hours, thousands of young people were in the streets": a crowd counted."""
    return _back_in_the_streets(tok, back_needed=False) and any(
        s.dep_ == "nsubj" and (s.ent_type_ == "CARDINAL" or s.pos_ == "NUM")
        and (s.lower_.endswith("s") or any(ch.isdigit() for ch in s.text))
        for s in tok.children)


# Heads that keep a PROTEST compound modifier an event ("strike teachers", "protest camp").
# Verbs that name what their object is ("called the protesters agents"), telling no protest.
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term", "name", "deem", "consider", "describe"})
PROTEST_COMPOUND_HEADS = frozenset({"leader", "organizer", "organiser", "group", "camp", "site",
                                    "participant", "committee", "action", "campaign", "march",
                                    "rally", "movement", "wave", "activity", "meeting", "day",
                                    "teacher", "worker", "employee", "student", "doctor",
                                    "nurse", "miner", "driver", "farmer", "union", "people"})
# Heads that make a protest word a kind of police or kit, never the event ("riot police
# armed with truncheons ...", even where the parse makes it a headline).
PROTEST_GEAR_HEADS = frozenset({"police", "policeman", "officer", "squad", "unit", "force",
                                "troop", "gear", "shield", "helmet", "van", "control", "act",
                                "law", "cop"})
# Prepositions and conjunctions that introduce background, not the news itself
# ("after clashes", "following the killing", "in response to unrest").
BACKGROUND = frozenset({"after", "following", "before", "amid", "amidst", "despite", "during",
                        "since", "over", "because", "as", "when", "while", "although", "though",
                        "response", "retaliation", "wake", "protest", "ahead", "until", "if",
                        "unless", "whereas", "like", "than", "within"})
# Conjunctions of a clause told beside a frame verb, not as what it is about ("demanded
# jail terms, as police fired on the crowd"); "until", "before", "if" still are.
SIDE_CLAUSE = frozenset({"as", "while", "when", "whereas", "although", "though", "because",
                         "since", "after"})
# The order in which instrument modes win when several are named.
INSTRUMENT_ORDER = ("suicide-attack", "unconventional", "drone", "aerial", "explosives",
                    "heavy-weapons", "firearms", "crowd-control", "beat", "primitive")
# Dependencies a riot-control gear noun climbs to the verb it is used with ("responded with
# tear gas", "volleys of tear gas", "fired tear gas and rubber bullets").
GEAR_CLIMB = frozenset({"dobj", "pobj", "prep", "conj", "compound", "nmod", "amod", "appos",
                        "nsubjpass", "npadvmod", "nsubj"})
GENERIC_ASSAULT_MODES = frozenset({None, "firearms", "heavy-weapons", "destroy"})
# Triggers that name live fire themselves ("opened fire", "gunfire").
LIVE_FIRE = frozenset({"open", "gunfire", "gunshot", "shootout", "gunbattle", "firefight",
                       "shooting"})
# Two-sided fighting: a baton in it does not make it a beating.
COMBAT_WORDS = frozenset({"battle", "clash", "fight", "fighting", "scuffle", "skirmish", "melee",
                          "confrontation", "brawl"})


# --- the lexicon --------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    label: Label | None  # None: not an event in this sense
    conds: tuple[tuple[str, frozenset[str]], ...] = ()


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Rule, ...]]
    nouns: dict[str, tuple[Rule, ...]]
    phrases: dict[str, dict[str, Label | None]]
    misread_nouns: dict[tuple[str, str], Label | None]
    light: frozenset[str]
    overrides: dict[str, dict[str, Label | None]]
    frames: dict[str, frozenset[str]]
    complement_modes: dict[str, dict[str, str]]
    instruments: dict[str, str]
    instruments2: dict[tuple[str, str], str]
    weapon_tags: dict[str, str]
    weapon_tags2: dict[tuple[str, str], str]
    salience: dict[str, float]
    protest_nouns: frozenset[str]
    demo_verbs: frozenset[str]
    asleep_verbs: frozenset[str]
    riot_verbs: frozenset[str]
    riot_subjects: frozenset[str]
    statement_verbs: frozenset[str]
    witness_verbs: frozenset[str]
    classes: dict[str, frozenset[str]]
    gear_strong: frozenset[str]
    gear_weak: frozenset[str]
    gear_use_verbs: frozenset[str]
    gear_not_use: frozenset[str]
    gear_arms: frozenset[str]
    gear_arms_verbs: frozenset[str]
    grievance_verbs: frozenset[str]
    cause_verbs: frozenset[str]
    nominal_participles: frozenset[str]
    nominal_with_article: frozenset[str]
    ended_verbs: frozenset[str] = frozenset()
    heeded_verbs: frozenset[str] = frozenset()


def _label(value: str) -> Label | None:
    if value == "skip":
        return None
    event, _, mode = value.partition(" ")
    if event not in PLOVER_MODES:
        raise ValueError(f"lexicon: unknown PLOVER event {event!r}")
    if mode and mode not in PLOVER_MODES[event]:
        raise ValueError(f"lexicon: {mode!r} is not a mode of {event}")
    return event, mode or None


def _expand(values: Iterable[str], classes: dict[str, frozenset[str]]) -> frozenset[str]:
    out: set[str] = set()
    for v in values:
        if v.startswith("@"):
            out |= classes[v[1:]]
        else:
            out.add(v.lower())
    return frozenset(out)


def _rules(value: Any, classes: dict[str, frozenset[str]]) -> tuple[Rule, ...]:
    if isinstance(value, str):
        return (Rule(_label(value)),)
    rules = []
    for item in value:
        conds = tuple((k, _expand(v, classes)) for k, v in item.items() if k != "then")
        rules.append(Rule(_label(item["then"]), conds))
    return tuple(rules)


def _split_pairs(table: dict[str, str]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    single: dict[str, str] = {}
    double: dict[tuple[str, str], str] = {}
    for key, value in table.items():
        parts = key.lower().split()
        if len(parts) == 1:
            single[parts[0]] = value
        else:
            double[(parts[0], parts[-1])] = value
    return single, double


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``data/lexicon.toml`` once."""
    raw = tomllib.loads(resources.files("eventscribe.data").joinpath("lexicon.toml")
                        .read_text(encoding="utf-8"))
    classes = {k: frozenset(v) for k, v in raw["classes"].items()}
    phrases: dict[str, dict[str, Label | None]] = {}
    for key, value in raw["phrases"].items():
        verb, obj = key.split()
        phrases.setdefault(verb, {})[obj] = _label(value)
    overrides = {verb: {noun: _label(v) for noun, v in table.items()}
                 for verb, table in raw["light_verb_overrides"].items()}
    frames: dict[str, set[str]] = {}
    for kind, lemmas in raw["frames"].items():
        for lem in lemmas:
            frames.setdefault(lem, set()).add(kind)
    inst1, inst2 = _split_pairs(raw["instruments"])
    tag1, tag2 = _split_pairs(raw["weapon_tags"])
    ps = raw["protest_subject"]
    gear = raw["instrument_use"]
    FORMS.update(raw.get("forms", {}))
    return Lexicon(
        verbs={k: _rules(v, classes) for k, v in raw["verbs"].items()},
        nouns={k: _rules(v, classes) for k, v in raw["nouns"].items()},
        phrases=phrases, light=frozenset(raw["light_verbs"]["lemmas"]), overrides=overrides,
        frames={k: frozenset(v) for k, v in frames.items()}, complement_modes=raw["complement_modes"],
        instruments=inst1, instruments2=inst2, weapon_tags=tag1, weapon_tags2=tag2,
        salience=raw["salience"], protest_nouns=frozenset(ps["nouns"]),
        demo_verbs=frozenset(ps["demo_verbs"]), riot_verbs=frozenset(ps["riot_verbs"]),
        asleep_verbs=frozenset(ps.get("asleep_verbs", [])),
        riot_subjects=frozenset(ps["riot_subjects"]), statement_verbs=frozenset(ps["statement_verbs"]),
        witness_verbs=frozenset(ps.get("witness_verbs", [])), classes=classes,
        gear_strong=frozenset(gear["strong"]), gear_weak=frozenset(gear["weak"]),
        gear_use_verbs=frozenset(gear["use_verbs"]), gear_not_use=frozenset(gear["not_use"]),
        gear_arms=frozenset(gear["arms"]), gear_arms_verbs=frozenset(gear["arms_verbs"]),
        grievance_verbs=frozenset(ps["grievance_verbs"]), cause_verbs=frozenset(ps["cause_verbs"]),
        nominal_participles=frozenset(raw["nominal_participles"]["words"]),
        misread_nouns={tuple(k.split(" ", 1)): _label(v)  # type: ignore[misc]
                       for k, v in raw.get("misread_nouns", {}).items()},
        nominal_with_article=frozenset(raw["nominal_participles"].get("with_article", [])),
        ended_verbs=frozenset(raw.get("ended_events", {}).get("verbs", ())),
        heeded_verbs=frozenset(raw.get("heeded_calls", {}).get("verbs", ())),
    )


# --- parse helpers (shared with classify) ---------------------------------------------------


# Surface forms the small model lemmatizes wrongly ("raped" -> "rap", "staged" -> "stag");
# filled from [forms] of the lexicon.
FORMS: dict[str, str] = {}


def lemma(tok: Token) -> str:
    """The lower-cased lemma, with the lexicon's corrections."""
    return FORMS.get(tok.lower_) or tok.lemma_.lower()


def conj_root(tok: Token) -> Token:
    """The first of a coordination: "injuries" for "arrests" in "injuries or arrests"."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def run_on(clause: Token) -> bool:
    """A clause the parse hangs under a verb after a semicolon, a sentence of its own: in "men
    attacked commuters; police were accused of arriving late" the attack is not what the police
    are accused of, and in "100,000 marched ...; that year the generals suspended civil
    liberties" the marchers are not whom the generals suspended."""
    head = clause.head
    return clause.dep_ in ("ccomp", "parataxis") and clause.i < head.i and any(
        t.text == ";" for t in clause.doc[clause.right_edge.i:head.i])


def shared_objects(verb: Token) -> list[Token]:
    """Objects of the verbs coordinated after ``verb``, which a verb with no object of its own
    shares: "400 demonstrators" for "beat" in "police beat and arrested 400 demonstrators"."""
    return [o for c in verb.children if c.dep_ == "conj" and c.pos_ in VERB_POS
            for o in c.children if o.dep_ == "dobj"]


def asleep_clause(v: Token) -> bool:
    """A clause telling when something was done to people who only slept, lay or prayed:
    "while the protesters slept"."""
    return v.dep_ == "advcl" and lemma(v) in load_lexicon().asleep_verbs and \
        any(c.dep_ == "mark" and c.lower_ in ("while", "as", "when") for c in v.children)


def subject_tokens(tok: Token) -> list[Token]:
    """The doer of a verb or event noun: nsubj, the by-agent of a passive, a possessor or
    modifier of an event noun ("police crackdown"); for a verb without one of its own, the
    subject of the verb it hangs off ("gunmen opened fire, killing 12")."""
    out: list[Token] = []
    if tok.pos_ in NOUN_POS:
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ in ("PROPN", "NOUN", "ADJ"):
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "by":
                out.extend(g for g in c.children if g.dep_ == "pobj")
        return out
    cur = tok
    for _ in range(3):
        for c in cur.children:
            if c.dep_ in ("nsubj", "csubj"):
                if c.lower_ in ("who", "which", "that") and cur.dep_ == "relcl":
                    out.append(cur.head)  # "riot police who fired"
                else:
                    out.append(c)
            elif c.dep_ == "agent":
                out.extend(g for g in c.children if g.dep_ == "pobj")
        if out or cur.head is cur:
            break
        if any(c.dep_ == "nsubjpass" for c in cur.children):
            break  # a passive with its own patient names no doer: "after 100 were killed in a war"
        if cur.dep_ in ("relcl", "acl") and cur.tag_ != "VBN":
            out.append(cur.head)  # "protesters demanding ...", "gunmen who stormed ..."
            break
        if cur.dep_ not in ("conj", "xcomp", "advcl"):
            break
        if cur.dep_ == "xcomp":  # object control: "forced the police to open fire"
            objs = [c for c in cur.head.children if c.dep_ == "dobj"]
            if objs:
                out.extend(objs)
                break
            # the patient of a passive raises to its complement: "a few hundred people are
            # expected to gather"
            raised = [c for c in cur.head.children if c.dep_ == "nsubjpass"
                      and cur.head.lemma_.lower() in ("expect", "set", "schedule", "due", "slate", "plan")]
            if raised:
                out.extend(raised)
                break
        nxt = cur.head
        if cur.tag_ == "VBG" and asleep_clause(nxt):
            # "stormed the camp while the protesters slept, killing four": the stormers killed
            # (but "as the crowd poured through, waving guns": the crowd waved)
            nxt = nxt.head
        cur = nxt
    return out


# Relations that keep a word inside a noun phrase or its object: on a path from an event up to
# a protest made only of these, the event is what the protest is about. A clause on a noun
# of it is inside it too: "demanding the release of activists *arrested* last week" (but not
# a clause on the protest itself: "the rally, which police broke up").
_NOMINAL_PATH = frozenset({"dobj", "pobj", "prep", "compound", "amod", "poss", "nmod", "appos",
                           "nummod", "quantmod", "det",
                           "conj", "cc", "case", "npadvmod", "attr", "oprd", "acl", "relcl"})


_GRIEVANCE_PREPS = frozenset({"against", "over", "about", "regarding", "following"})


def _hung_on_place(participle: Token, protest: Token) -> bool:
    """A purpose participle the parser hangs on the protest's place rather than on the protest:
    "gathered in the capital *demanding* justice for ..." (``acl`` of "capital")."""
    noun = participle.head
    return participle.dep_ == "acl" and participle.tag_ == "VBG" and noun.dep_ == "pobj" and \
        noun.head.dep_ == "prep" and noun.head.head.i == protest.i


def grievance_of(tok: Token, protest: Token) -> bool:
    """Whether ``tok`` is the grievance of the protest ``protest`` heads: its object, or a noun
    inside it ("protested against the violence", "rallied over the arrest of their leader"),
    not a clause told with it ("marched until police fired", "the rally, which police broke
    up")."""
    lex = load_lexicon()
    cur = tok
    for _ in range(10):
        head = cur.head
        # The object of the protest's purpose: "blocked the highway to condemn the killing of a farmer".
        if cur.dep_ in ("dobj", "prep") and head.i != protest.i and head.pos_ == "VERB" and \
                lemma(head) in lex.grievance_verbs and head.dep_ in ("advcl", "xcomp", "acl") and \
                (head.head.i == protest.i or protest.head.i == head.head.i and protest.dep_ == "dobj"
                 or _hung_on_place(head, protest)
                 # "the strike called by the union to protest the death of a member"
                 or head.head.dep_ == "acl" and head.head.head.i == protest.i):
            return True
        # What set the protest off: "the death of a miner sparked two days of rallies".
        if cur.dep_ == "nsubj" and lemma(head) in lex.cause_verbs and \
                any(c.dep_ == "dobj" and (c.i == protest.i or any(g.i == protest.i for g in c.subtree))
                    for c in head.children):
            return True
        # The same in the passive: "unrest triggered by the killing of a driver".
        if cur.dep_ == "agent" and lemma(head) in lex.cause_verbs and head.head.i == protest.i:
            return True
        if cur.dep_ == "prep" and cur.head.lemma_.lower() == "protest" and \
                cur.lower_ in _GRIEVANCE_PREPS | {"at", "on", "for"}:
            return True  # "dockers walked out in protest at the detention of two shop stewards"
        if cur.head.i == protest.i and cur.i != protest.i:
            # The link to the protest says what it is about: its object, or "against",
            # "over", "about" ("at the arrest" only of a protest, not "gathered at the site").
            if cur.dep_ == "dobj":
                return True
            if cur.dep_ != "prep":
                return False
            word = cur.lower_
            # "in protest at": the parser may hang "at" on the verb, past the noun "protest".
            said_protest = protest.lemma_.lower() == "protest" or (
                cur.i > 0 and cur.doc[cur.i - 1].lemma_.lower() == "protest")
            return word in _GRIEVANCE_PREPS or (word in ("at", "on", "for") and said_protest)
        if cur.dep_ not in _NOMINAL_PATH or cur.head is cur or \
                cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX"):
            return False  # "protested ... and police dispersed them" is told with it
        cur = cur.head
    return False


def object_tokens(tok: Token) -> list[Token]:
    """What a verb or event noun is done to: direct object, passive subject, the object of
    at/on/against/of/with (verbs) or of/against/on (nouns)."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in OBJ_DEPS and not (tok.pos_ in NOUN_POS and c.dep_ == "attr"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "of", "upon", "into",
                                                "with", "towards", "toward"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    if not out and tok.dep_ in ("relcl", "acl") and tok.tag_ == "VBN":
        out.append(tok.head)  # "protesters arrested on Monday"
    return out


def expand_np(tok: Token) -> set[str]:
    """Lemmas standing for a noun phrase: its head, conjuncts, compounds and an of-object
    ("thousands of protesters", "riot police", "police and soldiers")."""
    out = {lemma(tok)}
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "conj", "appos"):
            out.add(lemma(c))
        elif c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    out.add(lemma(g))
                    out.update(lemma(x) for x in g.children if x.dep_ in ("compound", "conj"))
    return out


# --- matching ---------------------------------------------------------------------------------


class _View:
    """Lazily computed dependents of one candidate token, for rule conditions."""

    __slots__ = ("tok", "_cache")

    def __init__(self, tok: Token) -> None:
        self.tok = tok
        self._cache: dict[str, frozenset[str]] = {}

    def get(self, key: str) -> frozenset[str]:
        if key not in self._cache:
            self._cache[key] = frozenset(self._compute(key))
        return self._cache[key]

    def _compute(self, key: str) -> set[str]:
        tok = self.tok
        if key == "obj":
            out: set[str] = set()
            for c in tok.children:
                if c.dep_ in OBJ_DEPS or (c.dep_ == "ccomp" and tok.pos_ in VERB_POS):
                    out.add(lemma(c))
                    if _named_person(c):
                        out.add("_person_")  # "firing Mr Novak": a dismissal, not a shooting
                    if c.pos_ == "NUM" and c.tag_ == "CD":
                        out.add("_num_")  # people by their number: "more than 5,000 were held" (not "the first")
                    for g in c.children:
                        if g.dep_ == "compound":
                            out.add(lemma(g))
                        elif g.dep_ == "prep" and g.lower_ == "of":
                            # "dozens of protesters", "hundreds of rounds of tear gas"
                            for x in g.children:
                                if x.dep_ == "pobj":
                                    out.add(lemma(x))
                                    out.update(lemma(y) for p in x.children
                                               if p.dep_ == "prep" and p.lower_ == "of"
                                               for y in p.children if y.dep_ == "pobj")
                elif c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ in NOUN_POS:
                    out.update(lemma(g) for g in c.children if g.dep_ == "pobj")
                    if any(_named_person(g) for g in c.children if g.dep_ == "pobj"):
                        out.add("_person_")
            if not out and tok.dep_ == "relcl" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")
                    for c in tok.children):
                # "the confidence (that) people demonstrated" (but in "workers who struck" the
                # head is the subject)
                out.add(lemma(tok.head))
            if len(out) == 1 and out <= {"who", "which", "that"} and tok.dep_ == "relcl" and \
                    any(c.dep_ == "nsubjpass" for c in tok.children):
                # "a police officer who was stoned by a mob": the officer
                out = {lemma(t) for t in (tok.head, *tok.head.children)
                       if t.i == tok.head.i or t.dep_ == "compound"}
            if not out and tok.pos_ in VERB_POS:
                out.update(lemma(o) for o in shared_objects(tok))
            if not out and tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                # a passive conjunct shares the first one's subject: "a man was surrounded and
                # struck by police"
                out.update(lemma(c) for c in tok.head.children if c.dep_ == "nsubjpass")
            return out
        if key == "subj":
            out = set()
            for s in subject_tokens(tok):
                out |= expand_np(s)
                if s.ent_type_ == "GPE":
                    out.add("_gpe_")  # a country or city as the doer: its government
            return out
        if key == "prt":
            return {lemma(c) for c in tok.children
                    if c.dep_ == "prt" or (c.dep_ in ("prep", "advmod") and c.lower_ in PARTICLES)}
        if key == "prep":
            out = {c.lower_ for c in tok.children if c.dep_ in ("prep", "advmod", "agent")}
            # (through a time the parse hung it on: "came out at dawn against the decision")
            out |= {p.lower_ for c in tok.children if c.dep_ == "prep" for g in c.children
                    if g.dep_ == "pobj" and g.ent_type_ in ("TIME", "DATE") for p in g.children if p.dep_ == "prep"}
            return out
        if key == "pobj":
            objs = [g for c in tok.children if c.dep_ in ("prep", "agent")
                    for g in c.children if g.dep_ == "pobj"]
            # through a particle: "walked out of the talks"
            objs += [g for c in tok.children if c.lower_ in PARTICLES and c.dep_ in ("prt", "prep", "advmod")
                     for p in c.children if p.dep_ == "prep"
                     for g in p.children if g.dep_ == "pobj"]
            return {lemma(g) for g in objs} | ({"_person_"} if any(map(_named_person, objs)) else set())
        if key == "mod":
            return {lemma(c) for c in tok.children if c.dep_ in MOD_DEPS} | \
                   {c.lower_ for c in tok.children if c.dep_ in MOD_DEPS}
        if key == "head":
            return {lemma(h) for h in _governors(tok)}
        if key == "up":  # the word this one modifies: "the risk of unrest"
            head = tok.head
            out = {lemma(head)}
            if head.pos_ == "ADP" and head.head is not head:
                out.add(lemma(head.head))
            return out
        if key == "passive":
            return {c.dep_ for c in tok.children if c.dep_ in ("auxpass", "nsubjpass")}
        if key == "purpose":  # "came out every night to demand answers"
            # (also hung on a stretch of time: "for more than a week to demand answers")
            clauses = [*tok.children, *(x for c in tok.children if c.dep_ == "prep" for g in c.children
                                         if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                         for x in g.children if x.dep_ in ("relcl", "acl"))]
            return {lemma(c) for c in clauses if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)}
        if key == "sent":
            return {lemma(t) for t in tok.sent}
        raise KeyError(key)


_PERSON_TITLES = frozenset({"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."})


def _named_person(tok: Token) -> bool:
    """A person named by name: "Mr Novak", "Ilona Varga" (a proper noun that no entity
    type makes a place, a group or a thing)."""
    return tok.ent_type_ == "PERSON" or any(
        c.dep_ == "compound" and c.lower_ in _PERSON_TITLES for c in tok.children) or (
        tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper())


def _governors(tok: Token) -> list[Token]:
    """The verb that governs a noun ("staged a protest", "took part in protests")."""
    cur = tok
    for _ in range(3):
        cur = conj_root(cur)
        head = cur.head
        if head is cur:
            return []
        if head.pos_ == "ADP" or (head.pos_ in NOUN_POS and cur.dep_ == "pobj"):
            cur = head
            continue
        if head.pos_ in ("VERB", "AUX"):
            return [head]
        return []
    return []


def _check(view: _View, conds: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    for key, values in conds:
        neg = key.startswith("not_")
        found = view.get(key[4:] if neg else key)
        hit = bool(found) if "*" in values else bool(found & values)
        if hit == neg:
            return False
    return True


def _match(rules: tuple[Rule, ...], view: _View) -> Label | None:
    for rule in rules:
        if _check(view, rule.conds):
            return rule.label
    return None


def _month(tok: Token) -> bool:
    """'March' the month, not the march."""
    if tok.lower_ != "march":
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if nxt is not None and nxt.like_num:
        return True
    if prev is not None and prev.lower_ == "day":
        return False  # "the may day march", "a labour day march"
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("to", "on", "through", "against", "toward", "towards") \
            and (prev is None or not (prev.like_num or prev.lower_ in MONTH_PREPS)) \
            and not (after is not None and (after.like_num or after.lower_ in MONTHS)):
        return False  # "march to congress", "march on parliament" (but "March to June")
    if prev is not None and (prev.like_num or prev.lower_ in MONTH_PREPS):
        return not any(c.dep_ == "det" for c in tok.children)
    if prev is not None and prev.lower_ in ("following", "previous", "preceding", "every", "each") \
            and tok.text == "March":
        return True  # "impeached the following March", "every March, someone lays flowers"
    if tok.text == "march":
        # Lower-case with no date word next to it, it is the march ("torch lit march at
        # night"), whatever the tagger says; "mid-march" is the month.
        prev2 = doc[tok.i - 2] if tok.i > 1 else None
        if prev is not None and prev.text == "-" and prev2 is not None and \
                prev2.lower_ in MONTH_PREPS | {"mid"}:
            return True
        listed = after if nxt is not None and nxt.lower_ in (",", "and", "or", "to", "-") else None
        return any(t is not None and t.lower_ in MONTHS for t in (prev, nxt, listed))
    return tok.pos_ == "PROPN" and not any(c.dep_ == "det" for c in tok.children)


@dataclass
class _Cand:
    tok: Token
    event: str
    mode: str | None
    noun: bool
    tag: str | None = None  # weapon tag for ACLED (grenade, ied, shelling, chemical)
    absorbed: tuple[str, str | None] | None = None  # what a frame event is about
    absorbed_i: int | None = None  # and the token of that complement
    merged: list[int] | None = None  # token indices of triggers merged into this one

    @property
    def label(self) -> Label:
        return self.event, self.mode


def joined_word(tok: Token) -> tuple[str, int, int] | None:
    """A hyphenated noun the tokenizer split ("sit - in", "shoot - out"), or its notes'
    spelling without the hyphen ("a sit in"): the word ("sit-in") and its character span,
    for the token that heads it."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 2].whitespace_ \
            and not doc[i - 1].whitespace_ and doc[i - 2].is_alpha:
        # The plural is the word's: "sit-ins" is "sit-in" ("ins" lemmatised to "in").
        second = tok.lemma_.lower() if tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s") \
            else tok.lower_
        return f"{doc[i - 2].lower_}-{second}", doc[i - 2].idx, tok.idx + len(tok.text)
    # "a sit in": a noun (an article says so, whatever the parse made of "in")
    if i + 1 < len(doc) and doc[i + 1].lower_ in ("in", "out") and tok.pos_ in NOUN_POS and (
            doc[i + 1].head.i == i or (i > 0 and doc[i - 1].dep_ == "det")):
        nxt = doc[i + 1]
        return f"{tok.lower_}-{nxt.lower_}", tok.idx, nxt.idx + len(nxt.text)
    return None


def _nominal_use(tok: Token) -> bool:
    """A participle used as a noun: a subject or object ("both accused were later held"), or
    counted with nothing of its own ("picked up four accused")."""
    # "accused of fraud", "accused by the police": the participle still accuses.
    own = any(c.dep_ in ("dobj", "agent") or (c.dep_ == "prep" and c.lower_ in ("of", "by", "with"))
              for c in tok.children)
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos"):
        return not own
    return tok.dep_ in ("acl", "amod") and tok.head.like_num and not own


def match_token(tok: Token, lex: Lexicon) -> Label | None:
    """The PLOVER label of one token by the lexicon alone (None: not a trigger)."""
    pos = tok.pos_
    lem = lemma(tok)
    if pos in VERB_POS:
        if tok.lower_ in lex.nominal_participles and _nominal_use(tok):
            return None
        if tok.lower_ in lex.nominal_with_article and _nominal_use(tok) and \
                any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in tok.children):
            return None
        phr = lex.phrases.get(lem)
        if phr:
            # The object of a preposition first: "set fire to an effigy" is told by the effigy.
            children = sorted(tok.children, key=lambda c: c.dep_ != "prep")
            for c in children:
                targets = [c] if c.dep_ in ("dobj", "attr", "oprd", "acomp", "advmod", "xcomp",
                                              "npadvmod", "dative") else []
                if c.dep_ == "dobj":
                    # ("held the president and the prime minister hostage": the parse made the
                    # phrase's noun a conjunct of the object)
                    targets += [x for x in c.conjuncts if x.i > c.i and x.i >= x.sent.end - 2]
                if c.dep_ == "prep" and c.lower_ in ("to", "on", "into", "in", "at", "under",
                                                     "behind"):
                    targets = [g for g in c.children if g.dep_ == "pobj"]
                for t in targets:
                    key = lemma(t)
                    if key in phr:
                        return phr[key]
        rules = lex.verbs.get(lem) or lex.verbs.get(tok.lower_)
        if rules:
            return _match(rules, _View(tok))
        return None
    if pos in NOUN_POS:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and (tok.lower_, nxt.lower_) in lex.misread_nouns:
            return lex.misread_nouns[(tok.lower_, nxt.lower_)]
        joined = joined_word(tok)
        rules = (lex.nouns.get(joined[0]) if joined else None) or lex.nouns.get(lem) \
            or lex.nouns.get(tok.lower_)
        if rules is None:
            return None
        if _month(tok):
            return None
        if tok.dep_ == "oprd" and any(c.dep_ == "dobj" for c in tok.head.children):
            return None  # "call the operation an invasion": a name for it, not an event
        return _match(rules, _View(tok))
    if pos == "ADJ":
        # A hyphenated noun whose last part the tagger took for an adjective: "a go-slow".
        joined = joined_word(tok)
        if joined is not None and joined[0] in lex.nouns:
            return _match(lex.nouns[joined[0]], _View(tok))
    return None


# --- the detector ----------------------------------------------------------------------------


def detect(doc: Doc, ctx: Context) -> list[Event]:
    """Find the events of a parsed text (see the module docstring)."""
    lex = load_lexicon()  # also fills FORMS before any lemma() call
    events: list[Event] = []
    for sent in doc.sents:
        cands = _sentence(sent, lex)
        triggers = {c.tok.i for c in cands}
        for cand in cands:
            events.append(_to_event(cand, sent, ctx, lex, len(events), triggers))
    return events


def _sentence(sent: SpacySpan, lex: Lexicon) -> list[_Cand]:
    cands: dict[int, _Cand] = {}
    for tok in sent:
        split_noun = tok.pos_ == "ADJ" and tok.i >= 2 and tok.doc[tok.i - 1].text in ("-", "–")
        if tok.pos_ not in VERB_POS and tok.pos_ not in NOUN_POS and not split_noun:
            continue
        label = match_token(tok, lex)
        if label is not None and tok.pos_ in VERB_POS and tok.dep_ == "amod" and label[0] != "PROTEST" \
                and not misparsed_gerund(tok):
            continue  # participles as adjectives: "an occupying army", "wounded soldiers"
        if label is not None and tok.tag_ == "VBG" and _accident(_participle_head(tok), lex):
            continue  # "ammonium nitrate exploded, killing 218 people": an accident's toll, no attack
        if label is not None and tok.pos_ in NOUN_POS and _body_named_by_deed(tok, lex):
            continue  # "according to the commission of inquiry": a body who tells, no inquiry told
        if label is not None:
            cands[tok.i] = _Cand(tok, label[0], label[1], tok.pos_ in NOUN_POS or split_noun)
    _anniversaries(cands, lex)
    _generic(cands)
    _compounds(cands)
    _light_verbs(sent, cands, lex)
    _noise(sent, cands)
    _frames(cands, lex)
    _protesters(sent, cands, lex)
    _purpose(sent, cands, lex)
    _gear_use(sent, cands, lex)
    _instruments(cands, lex)
    _future(cands, lex)
    _merge(cands)
    return [cands[i] for i in sorted(cands)]


def _generic(cands: dict[int, _Cand]) -> None:
    """Drop a bare event noun that a present-tense copula says something general of: "violence
    against those who protest is older than the garment industry" (not "violence was
    widespread on Sunday", nor "the protest is the largest since 2019")."""
    for i in [i for i, c in cands.items() if c.noun]:
        tok = cands[i].tok
        head = tok.head
        if tok.dep_ == "nsubj" and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") and \
                not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in tok.children) and \
                tok.tag_ == "NN" and any(c.dep_ in ("acomp", "attr") for c in head.children):
            del cands[i]
            told_of = {t.i for t in tok.subtree}
            for j in [j for j, c in cands.items() if c.tok.i in told_of]:
                del cands[j]  # ("... against those who protest": what it is told of is general too)
    for i in [i for i, c in cands.items() if c.noun and c.event == "THREATEN"]:
        tok = cands[i].tok
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.i in cands for c in tok.head.children):
            del cands[i]  # "the May riots were a warning": what the riots meant, no threat made


def _body_named_by_deed(tok: Token, lex: Lexicon) -> bool:
    """"According to the commission of inquiry", "the commission of inquiry found": a body
    named by what it does, telling something (setting one up is still an inquiry)."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in lex.classes["named_by_deed"]
            and not any(c.dep_ in ("det", "poss", "prep") for c in tok.children)):
        return False
    body = tok.head.head
    return (body.dep_ == "pobj" and body.head.lower_ == "to" and body.head.head.lower_ == "according") or \
        (body.dep_ == "nsubj" and lemma(body.head) in lex.statement_verbs | {"find", "conclude", "report"})


def _anniversaries(cands: dict[int, _Cand], lex: Lexicon) -> None:
    """Drop an old event named only to date a new one: "rallied to mark the anniversary of the
    2019 uprising", "on 21 September, the anniversary of martial law". A note that tells of
    nothing else ("to mark the anniversary of the killing of 19 members") keeps it: the
    commemoration is told by it."""
    old = [i for i, c in cands.items() if c.noun and c.tok.dep_ == "pobj" and c.tok.head.lower_ == "of"
           and lemma(c.tok.head.head) in lex.classes["date_of"]]
    for i in old:
        day = cands[i].tok.head.head
        if len(cands) > len(old) or day.dep_ == "npadvmod" or (day.dep_ == "appos" and day.head.ent_type_ == "DATE") or (
                day.dep_ == "pobj" and day.head.lower_ in ("on", "since", "before", "after", "until")):
            del cands[i]


def misparsed_gerund(tok: Token) -> bool:
    """A gerund after "of" or "for" parsed as an adjective of its object: "accused the police
    **of beating** protesters" (beating is a deed, not a kind of protester)."""
    if not (tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("of", "for")
            and tok.head.dep_ == "pobj" and tok.head.head.i == tok.i - 1):
        return False
    # (only a hostile deed: "years of declining funds", "for promising pupils" are adjectives)
    label = match_token(tok, load_lexicon())
    return label is not None and label[0] in ("ASSAULT", "COERCE", "THREATEN")


def _participle_head(tok: Token) -> Token:
    """The verb a participle clause hangs on, through participles coordinated with it ("exploded,
    killing 218 and destroying much of the city": "exploded")."""
    while tok.dep_ == "conj" and tok.head.tag_ == "VBG" and tok.head is not tok:
        tok = tok.head
    return tok.head if tok.dep_ in ("advcl", "xcomp", "conj") else tok


def _accident(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` tells something blowing up by accident ("the port blew up")."""
    return lemma(verb) in ("explode", "blow") and any(
        lemma(t) in lex.classes["accident"] for s in subject_tokens(verb) for t in s.subtree)


def _compounds(cands: dict[int, _Cand]) -> None:
    """A trigger noun used as a modifier ("protest leaders", "aid workers") is no event,
    unless its head still names the event ("strike action")."""
    for i, c in list(cands.items()):
        tok = c.tok
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if c.noun and tok.lower_ == "riot" and nxt is not None and lemma(nxt) in PROTEST_GEAR_HEADS:
            del cands[i]  # "in São Paulo riot police fired": the parse made "riot" the head
            continue
        if c.noun and tok.dep_ in ("compound", "amod", "nmod"):
            if c.event == "PROTEST" and lemma(tok.head) not in PROTEST_GEAR_HEADS and (
                    lemma(tok.head) in PROTEST_COMPOUND_HEADS
                    or (tok.head.dep_ == "ROOT" and tok.head.pos_ in NOUN_POS)  # a headline
                    or any(lemma(m) in ("general", "hunger", "nationwide") for m in tok.children)
                    # "general strike government workers": the adjective the parse gave away
                    or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("general", "hunger", "nationwide"))):
                continue  # "strike teachers", "protest leaders": the protest is there
            if tok.head.i in cands or lemma(tok.head) not in EVENTISH_HEADS:
                del cands[i]


def _object_nouns(verb: Token) -> list[Token]:
    out = []
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass"):
            out.append(c)
            out.extend(x for x in c.children if x.dep_ == "conj")
        elif c.dep_ == "prep" and c.lower_ in ("in", "on", "into"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _light_verbs(sent: SpacySpan, cands: dict[int, _Cand], lex: Lexicon) -> None:
    for tok in sent:
        if tok.pos_ not in VERB_POS:
            continue
        lem = lemma(tok)
        table = lex.overrides.get(lem)
        if table is None and lem not in lex.light:
            continue
        if any(c.dep_ == "prt" for c in tok.children):
            continue  # "called off", "set up": a phrasal verb with its own sense
        for noun in _object_nouns(tok):
            nlem = lemma(noun)
            if table is not None and nlem in table:
                label = table[nlem]
                held = cands.get(noun.i)
                if label is not None and label[0] == "CONCEDE" and lem in lex.ended_verbs and \
                        held is not None and held.event == "PROTEST":
                    # "workers ended a two-day strike": the strike took place; its end is
                    # the concession.
                    cands[tok.i] = _Cand(tok, label[0], label[1], False)
                    break
                if label is None:
                    cands.pop(noun.i, None)
                else:
                    cands[noun.i] = _Cand(noun, label[0], label[1], True)
                cands.pop(tok.i, None)
                break
            if noun.i in cands and lem in lex.light:
                cands.pop(tok.i, None)
                break


def _counted_crowd(s: Token) -> bool:
    """People counted as a crowd: "a few hundred people", "2,000 people", "thousands"."""
    if s.pos_ == "NUM" and s.lower_.endswith("s"):
        return True  # "thousands gathered"
    # ("several hundred thousand Puerto Ricans")
    return (s.lemma_.lower() in ("people", "person") or s.ent_type_ == "NORP" and s.tag_ in ("NNS", "NNPS")) \
        and any(c.dep_ == "nummod" or c.ent_type_ == "CARDINAL" for c in s.children)


def _teller_gathers(tok: Token, subj: set[str], lex: Lexicon) -> bool:
    """"Relatives of the dead have said **they** will gather again": "they" in a clause told by
    people of the kind who gather (the tellers' own words)."""
    if subj != {"they"} or tok.dep_ != "ccomp" or tok.head is tok:
        return False
    told_by: set[str] = set()
    for s in subject_tokens(tok.head):
        told_by |= expand_np(s)
    return bool(told_by & lex.classes["protester"]) and not told_by & lex.classes["gov"]


def _protesters(sent: SpacySpan, cands: dict[int, _Cand], lex: Lexicon) -> None:
    """Protesters as the doers: "thousands of demonstrators gathered" is a protest,
    "protesters torched a police station" a riot, "protesters demanded" a protest."""
    police = lex.classes["police"] | lex.classes["military"]
    if not any(c.event == "PROTEST" for c in cands.values()):
        # "a flood of demonstrators", "protesters and police": the protesters evoke it, unless
        # an event or a complement a frame took in governs them ("protesters will be arrested,
        # the police chief warned" is a threat to them, no protest)
        heads = set(cands) | {c.absorbed_i for c in cands.values() if c.absorbed_i is not None}
        for tok in sent:
            if tok.pos_ in NOUN_POS and (lemma(tok) in lex.protest_nouns or tok.lower_ in
                                         lex.protest_nouns) and _core_position(tok):
                governed = tok.head.i in heads or (tok.head.pos_ == "ADP" and tok.head.head.i in heads) \
                    or any(c.i in heads and misparsed_gerund(c) for c in tok.children)
                witness = tok.tag_ == "NN" and tok.dep_ == "nsubj" and lemma(tok.head) in lex.witness_verbs
                if not governed and not witness and tok.i not in cands:
                    cands[tok.i] = _Cand(tok, "PROTEST", "demo", True)
                    break
    for tok in sent:
        if tok.pos_ not in VERB_POS and not _back_in_the_streets(tok, back_needed=False):
            continue
        subj = set()
        for s in subject_tokens(tok):
            subj |= expand_np(s)
        if not subj and lemma(tok) not in BRINGING_VERBS:
            continue  # (what brings a crowd out needs no subject the parse found)
        by_protesters = bool(subj & lex.protest_nouns)
        cand = cands.get(tok.i)
        lem = lemma(tok)
        for obj in tok.children:
            # "youths fought running battles with police": a street fight, not a war
            ocand = cands.get(obj.i)
            if obj.dep_ == "dobj" and ocand is not None and ocand.event == "ASSAULT" and \
                    ocand.mode != "crowd-control" and (by_protesters or subj & lex.riot_subjects) and \
                    (_against(obj, police) or _against(tok, police)):
                ocand.event, ocand.mode = "PROTEST", "riot"
        if cand is None:
            if by_protesters and lem in lex.riot_verbs and not _set_off(tok):
                cands[tok.i] = _Cand(tok, "PROTEST", "riot", False)
            elif by_protesters and lem in lex.demo_verbs and not asleep_clause(tok):
                cands[tok.i] = _Cand(tok, "PROTEST", "demo", False)
            elif lem in GATHER_VERBS and (subj & lex.classes["protester"] or _teller_gathers(tok, subj, lex)
                                          or any(map(_counted_crowd, subject_tokens(tok)))) \
                    and not (subj & lex.classes["gov"]):
                cands[tok.i] = _Cand(tok, "PROTEST", "demo", False)  # "300 students gathered"
            elif lem in CAMP_VERBS and subj & lex.classes["protester"] and not subj & lex.classes["displaced"] \
                    and any(c.dep_ == "prep" and (c.lower_ in CAMP_PREPS or any(g.lower_ in CAMP_PREPS for g in c.children))
                            for c in tok.children):
                cands[tok.i] = _Cand(tok, "PROTEST", "demo", False)  # "supporters camped outside the palace"
            elif (lem in STREET_VERBS and _into_the_streets(tok) or _back_in_the_streets(tok)) and any(
                    s.ent_type_ == "NORP" or lemma(s) in lex.classes["protester"] or lemma(s) in CROWD_WORDS
                    for s in subject_tokens(tok)):
                cands[tok.i] = _Cand(tok, "PROTEST", "demo", False)  # "Iranians poured into the streets"
            elif _crowd_in_the_streets(tok):
                cands[tok.i] = _Cand(tok, "PROTEST", "demo", False)
            elif lem in WALKING_VERBS and any(
                    g.dep_ == "pobj" and g.head.lower_ == "with" and lemma(g) in PROTEST_SIGNS
                    and verb_of(g).i == tok.i for g in tok.subtree):
                cands[tok.i] = _Cand(tok, "PROTEST", "demo", False)  # "walked down the road with placards"
            elif lem in OBSTRUCT_VERBS and any(map(_counted_crowd, subject_tokens(tok))):
                cands[tok.i] = _Cand(tok, "PROTEST", "obstruct", False)  # "300,000 Puerto Ricans shut down the highway"
            elif subj & lex.riot_subjects and lem in lex.riot_verbs and _against(tok, police):
                cands[tok.i] = _Cand(tok, "PROTEST", "riot", False)
            elif lem in BRINGING_VERBS and _into_the_streets(tok) and any(
                    o.dep_ == "dobj" and (o.ent_type_ in ("NORP", "CARDINAL") or o.pos_ == "NUM"
                                          or lemma(o) in lex.classes["protester"] or lemma(o) in CROWD_WORDS)
                    for o in tok.children):
                cands[tok.i] = _Cand(tok, "PROTEST", "demo", False)  # "a tax brought thousands into the streets"
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        if cand.event == "ASSAULT" and cand.mode != "crowd-control" and not passive and (
                by_protesters or (subj & lex.riot_subjects and _against(tok, police))):
            cand.event, cand.mode = "PROTEST", "riot"
        elif cand.event in ("REQUEST", "ACCUSE", "REJECT") and by_protesters and \
                lem not in lex.statement_verbs:
            cand.event, cand.mode = "PROTEST", "demo"
        elif cand.event == "COERCE" and cand.mode in ("seize", "restrict") and (
                by_protesters or subj & lex.classes["protester_strict"]):
            cand.event, cand.mode = "PROTEST", "obstruct"  # "students seized the building"
        elif cand.event == "ASSAULT" and cand.mode == "heavy-weapons" and lem in SEIZE_VERBS \
                and not passive and subj & lex.classes["protester"] \
                and not subj & (police | lex.classes.get("armed", frozenset())):
            # "dairy farmers seized control of the toll plaza": an occupation, not a conquest
            cand.event, cand.mode = "PROTEST", "obstruct"


def _set_off(verb: Token) -> bool:
    """Whether a verb with a particle and no object is a going, not a deed: "marchers set off
    from the square", "they broke off", "set out for the capital"."""
    return any(c.dep_ == "prt" and c.lower_ in ("off", "out", "away") for c in verb.children) and \
        not any(c.dep_ == "dobj" for c in verb.children)


def _core_position(tok: Token) -> bool:
    """Subject, object or headline head ("thousands of protesters", "a flood of
    demonstrators"), not "charges against protesters"."""
    core = ("nsubj", "nsubjpass", "dobj", "ROOT", "appos", "conj")
    if tok.dep_ == "dobj" and lemma(tok.head) in NAMING_VERBS and any(c.dep_ == "oprd" for c in tok.head.children):
        return False  # "has called the protesters agents of foreign powers": naming them
    if tok.dep_ in core:
        return True
    if tok.dep_ == "attr" and any(c.dep_ == "expl" for c in tok.head.children):
        return True  # "there were 4,000 protesters" (but not "they were protesters")
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in core:
        return True
    return False


def _purpose(sent: SpacySpan, cands: dict[int, _Cand], lex: Lexicon) -> None:
    """People who gathered/marched/cycled "to demand" or "to protest" demonstrated."""
    for i, c in list(cands.items()):
        tok = c.tok
        if c.noun or c.event not in PURPOSE_EVENTS or tok.dep_ not in (
                "advcl", "xcomp", "acl", "ROOT"):
            continue
        if lemma(tok) not in PURPOSE_VERBS and not (
                lemma(tok) in ASK_FOR_VERBS and any(ch.dep_ == "prep" and ch.lower_ == "for" for ch in tok.children)):
            continue
        protest = cands.get(tok.head.i)
        if protest is not None and protest.event == "PROTEST" and c.event != "PROTEST":
            protest.absorbed = protest.absorbed or c.label  # "marched ... to demand X"
            del cands[i]
            continue
        if not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children):
            continue
        head = tok.head
        if head.i in cands or head.pos_ != "VERB" or lemma(head) not in MOVEMENT_VERBS:
            # a loose parse ("workers converged on the capital yesterday to demand ..."
            # with "demand" hung elsewhere): a movement verb of the same sentence
            movers = [t for t in tok.sent if t.pos_ == "VERB" and t.i not in cands
                      and lemma(t) in MOVEMENT_VERBS - {"take", "go", "come", "turn", "head"}]
            if not movers:
                continue
            head = movers[0]
        if lemma(head) in ("take", "go", "come", "turn", "head") and not any(
                lemma(g) in ("street", "road", "square") for ch in head.children
                for g in [ch, *ch.children]):
            continue  # "took steps to demand" is no march; "took to the streets to" is
        cands[head.i] = _Cand(head, "PROTEST", "demo", False)
        if c.event != "PROTEST":
            del cands[i]


def _against(tok: Token, targets: frozenset[str]) -> bool:
    for o in object_tokens(tok):
        if expand_np(o) & targets:
            return True
    return False


def _noise(sent: SpacySpan, cands: dict[int, _Cand]) -> None:
    """Drop sports and market senses ("a late attack", "stocks rallied")."""
    amb = [i for i, c in cands.items()
           if lemma(c.tok) in AMBIGUOUS_SPORT | AMBIGUOUS_MARKET or c.event == "PROTEST"]
    if not amb:
        return
    lex = load_lexicon()
    lemmas = {lemma(t) for t in sent}
    n_sport = len(lemmas & (lex.classes["noise_sport"] | lex.classes.get("noise_sport_weak", frozenset())))
    n_sport = 2 if lemmas & lex.classes["noise_sport_strong"] else (n_sport if n_sport >= 2 else 0)
    n_market = len(lemmas & lex.classes["noise_market"])
    for i in amb:
        lem = lemma(cands[i].tok)
        if lem == "rally" and n_market:
            if _market_rally(cands[i].tok, lex.classes["noise_market_people"]):
                del cands[i]
            continue
        if (n_sport and lem in AMBIGUOUS_SPORT) or (n_market >= 2 and lem in AMBIGUOUS_MARKET) \
                or (n_sport >= 2 and cands[i].event == "PROTEST"):
            del cands[i]


def _market_rally(tok: Token, people: frozenset[str]) -> bool:
    """A rally of prices ("stocks rallied", "a rally in oil") unless people rally: "market
    traders held a rally against the new levy"."""
    rallier = list(subject_tokens(tok))
    if tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        rallier += subject_tokens(tok.head)  # "traders held a rally", "shares staged a rally"
    rallier += [obj for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("of", "by")
                for obj in prep.children if obj.dep_ == "pobj"]
    return not any(lemma(t) in people or t.ent_type_ in ("PERSON", "NORP", "ORG")
                   or t.tag_ == "NNS" and lemma(t) not in _market_things() for t in rallier)


@functools.cache
def _market_things() -> frozenset[str]:
    lex = load_lexicon()
    return lex.classes["noise_market"] - lex.classes["noise_market_people"]


# Conjunctions of a clause a time or cause subordinates ("when the last was killed, ...").
TIME_MARKS = frozenset({"when", "while", "after", "before", "as", "because", "since", "until",
                        "although", "though", "whereas", "once"})
# Prepositions that make an event the time of another: "fired during the protest".
TIME_PREPS = frozenset({"during", "after", "before", "amid", "following", "since", "throughout"})
# Of those marks, the ones that tell another act than the trigger's: "fired after protesters threw
# stones" (but "killed when shells hit a market": the shells are how).
_OTHER_ACT_MARKS = TIME_MARKS - {"when"}


# Prepositions of place: "around the mine" is where, not what with.
_PLACE_PREPS = frozenset({"at", "around", "near", "outside", "inside", "in", "into", "of", "to",
                          "from", "towards", "toward", "beside", "behind", "across"})


def _place_named(tok: Token, lex: Lexicon) -> bool:
    return lemma(tok) in lex.classes["instrument_places"] and tok.dep_ == "pobj" and \
        tok.head.lower_ in _PLACE_PREPS


def verb_of(tok: Token) -> Token:
    """The nearest verb above a word (the word itself if a verb): the clause it is told in."""
    while tok.pos_ not in VERB_POS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _other_doer(verb: Token, clause: Token) -> bool:
    """Whether a "when" clause has a doer of its own, other than the active verb's: "When some
    of them threw stones, police fired" (not "were killed when police fired live rounds", where
    the clause tells how)."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    theirs = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(own and theirs) and any(m.lower_ == "when" and m.dep_ in ("mark", "advmod") for m in clause.children) \
        and {t.lemma_.lower() for t in own} != {t.lemma_.lower() for t in theirs}


def _scan_tokens(tok: Token, depth: int = 3) -> list[Token]:
    """The trigger's own phrase: its dependents (not other clauses) and its subject."""
    out: list[Token] = []
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                # (but an object the parse joined to the verb is the act's: "fired tear gas and
                # then live rounds")
                joined_object = c.dep_ == "conj" and t.i == tok.i and tok.pos_ in VERB_POS and c.pos_ == "NOUN"
                if c.dep_ in ("conj", "ccomp", "parataxis", "relcl", "cc", "punct", "mark") and not joined_object:
                    continue
                if c.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) \
                        and any(g.dep_ == "mark" and g.lower_ in _OTHER_ACT_MARKS for g in c.children):
                    continue  # another act, with its own weapons
                if c.dep_ == "advcl" and t.i == tok.i and _other_doer(tok, c):
                    continue  # "when some threw stones, police fired into the crowd": theirs, not the police's
                out.append(c)
                nxt.append(c)
        frontier = nxt
    for s in subject_tokens(tok):
        out.append(s)
        out.extend(c for c in s.children if c.dep_ in ("compound", "amod"))
    return out


def _modifiers(tok: Token) -> list[str]:
    """Lemmas that may make a two-word instrument with the token: its compound/amod/nmod
    children and the word right before it (lower-cased wire copy parses "tear gas and
    rubber bullets" with "rubber" hung off "gas")."""
    out = [lemma(m) for m in tok.children if m.dep_ in ("compound", "amod", "nmod")]
    if tok.i > tok.sent.start:
        out.append(lemma(tok.doc[tok.i - 1]))
    return out


def _gear(tok: Token, lex: Lexicon) -> str | None:
    """'strong' or 'weak' when the noun names riot-control gear, 'arms' for firearms
    (see [instrument_use])."""
    if tok.pos_ not in NOUN_POS:
        return None
    lem = lemma(tok)
    mods = _modifiers(tok)
    if any(f"{m} {lem}" in lex.gear_strong for m in mods) or lem in lex.gear_strong:
        return "strong"
    if lem in lex.gear_weak:
        return "weak"
    if any(f"{m} {lem}" in lex.gear_arms for m in mods) or lem in lex.gear_arms:
        return "arms"
    return None


def _gear_verb(tok: Token, describing: frozenset[str] = frozenset()) -> tuple[Token | None, bool]:
    """The verb riot-control gear is used with: the one it hangs off ("responded with tear
    gas", "loosed tear gas on"), or a participle on it ("rubber bullets used"), not one that
    only describes it (``describing``: "used shotguns loaded with pellets"); and whether the
    gear is named as what is kept off ("protection against tear gas")."""
    for c in tok.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.pos_ == "VERB" and lemma(c) not in describing:
            return c, False
    cur = tok
    for _ in range(4):
        if cur.dep_ not in GEAR_CLIMB or cur.head is cur:
            return None, False
        if cur.dep_ == "prep" and cur.lower_ in ("against", "without", "from"):
            return None, True
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur, False
    return None, False


def _gear_use(sent: SpacySpan, cands: dict[int, _Cand], lex: Lexicon) -> None:
    """Riot-control gear named as used, with no violent trigger over it, is the use itself:
    "police responded with tear gas and water cannon", "rubber bullets were used"; so are
    firearms named as a response ("security forces responded with live bullets")."""
    covered: set[int] = set()
    for c in cands.values():
        if c.event == "ASSAULT":
            covered.add(c.tok.i)
            covered.update(t.i for t in _scan_tokens(c.tok))
    uses: dict[int, tuple[Token, set[str]]] = {}  # trigger token -> (token, gear modes)
    for tok in sent:
        tier = _gear(tok, lex)
        if tier is None or tok.i in covered or (tok.dep_ in ("compound", "nmod")
                                                  and _gear(tok.head, lex)):
            continue  # "tear gas canisters": the canisters stand for it
        lem = lemma(tok)
        mods = _modifiers(tok)
        mode = next((lex.instruments2[(m, lem)] for m in mods if (m, lem) in lex.instruments2),
                    lex.instruments.get(lem, "firearms" if tier == "arms" else "crowd-control"))
        verb, warded = _gear_verb(tok, lex.gear_not_use)
        trigger: Token | None = None
        if warded:
            continue
        if verb is not None:
            vlem = lemma(verb)
            if vlem in lex.gear_not_use or (verb.dep_ == "pcomp" and verb.head.lower_ == "of"):
                continue  # "accused the police of using live ammunition": an allegation
            if tier == "weak" and vlem not in lex.gear_use_verbs:
                continue
            if tier == "arms" and vlem not in lex.gear_arms_verbs:
                continue
            trigger = verb if verb.i not in cands else (tok if tier == "strong" else None)
        elif tier == "strong":
            trigger = tok
        if trigger is not None:
            modes = uses.setdefault(trigger.i, (trigger, set()))[1]
            modes.add(mode)
            # "fired live rounds and tear gas": live fire named alongside counts too
            for x in [*tok.children, tok.head]:
                if x is not tok and (x.dep_ == "conj" or tok.dep_ == "conj") and _gear(x, lex) == "arms":
                    modes.add("firearms")
    for i, (trigger, modes) in uses.items():
        if i in cands:
            continue
        mode = next((m for m in INSTRUMENT_ORDER if m in modes), "crowd-control")
        cands[i] = _Cand(trigger, "ASSAULT", mode, trigger.pos_ in NOUN_POS)


def _instruments(cands: dict[int, _Cand], lex: Lexicon) -> None:
    for c in cands.values():
        if c.event != "ASSAULT":
            continue
        found: set[str] = set()
        sources: set[str] = set()  # lemmas that named an explosive
        tag: str | None = None
        toks = [c.tok, *_scan_tokens(c.tok)]
        # (each of a list: "attacked a march with sticks and rifles")
        toks += [k for t in toks if t.dep_ == "pobj" for k in t.children if k.dep_ == "conj"]
        own: str | None = None  # the instrument the trigger itself names ("tear gas")
        for t in toks:
            lem = lemma(t)
            mods = [lemma(m) for m in t.children if m.dep_ == "conj"] + _modifiers(t)
            hit2 = [lex.instruments2[(m, lem)] for m in mods if (m, lem) in lex.instruments2]
            if t is c.tok:
                own = hit2[0] if hit2 else lex.instruments.get(lem)
            if hit2:
                found.update(hit2)
            elif lem in lex.instruments and not _place_named(t, lex):
                found.add(lex.instruments[lem])
                if lex.instruments[lem] == "explosives":
                    sources.add(lem)
            tag2 = [lex.weapon_tags2[(m, lem)] for m in mods if (m, lem) in lex.weapon_tags2]
            tag = tag or (tag2[0] if tag2 else lex.weapon_tags.get(lem))
        if "crowd-control" in found and "explosives" in found and sources <= {"grenade"}:
            found.discard("explosives")  # grenades with tear gas are stun grenades
            tag = None
        c.tag = tag
        if "suicide" in {lemma(t) for t in toks}:
            found.add("suicide-attack")
        if lemma(c.tok) in COMBAT_WORDS:
            found.discard("beat")  # "battles with police wielding batons": a fight, not a beating
        if lemma(c.tok) in LIVE_FIRE and c.mode == "firearms":
            # "opened fire and teargas shells", "gunfire and explosions": live fire stays,
            # unless the rounds fired were rubber ones
            if not {lemma(t) for t in toks} & {"bullet", "pellet", "round"}:
                found.discard("crowd-control")
            found -= {"explosives", "heavy-weapons", "aerial"}
        if own == "crowd-control" and c.tok.pos_ in NOUN_POS:
            c.mode = "crowd-control"
            continue  # the tear gas itself: "tear gas, then live rounds" tells two things
        if c.mode in GENERIC_ASSAULT_MODES or c.mode == "crowd-control":
            for mode in INSTRUMENT_ORDER:
                if mode in found:
                    # live fire beats tear gas; tear gas beats a generic "fired"
                    if c.mode == "crowd-control" and mode not in ("firearms", "explosives"):
                        break
                    if c.mode == "destroy" and mode in ("primitive", "crowd-control", "firearms"):
                        break
                    c.mode = mode
                    break


def _depth(tok: Token) -> int:
    n = 0
    while tok.head is not tok and n < 50:
        tok = tok.head
        n += 1
    return n


def _frames(cands: dict[int, _Cand], lex: Lexicon) -> None:
    order = sorted(cands, key=lambda i: -_depth(cands[i].tok))
    for i in order:
        frame = cands.get(i)
        if frame is None:
            continue
        kinds = lex.frames.get(lemma(frame.tok))
        if not kinds:
            continue
        if frame.event in kinds:
            kind = frame.event
        elif "ABSORB" in kinds:
            kind = "ABSORB"
        elif "PASS" in kinds:
            kind = "PASS"
        else:
            continue
        comp = _complement(frame.tok, cands, shallow=kind == "ABSORB")
        if comp is None:
            continue
        if "DENY" in kinds and comp.event in HOSTILE | {"PROTEST"}:
            continue  # "denied that soldiers shot protesters": the shooting stays, as a claim
        if kind == "ABSORB" and comp.event == "PROTEST" and lemma(frame.tok) in lex.ended_verbs:
            continue  # "ended a two-day strike": the strike took place
        if kind == "PASS":
            del cands[i]
            continue
        if frame.noun and comp.event == "PROTEST" and heeded(frame.tok, lex):
            del cands[i]  # "thousands heeded the call for a strike": they struck
            continue
        del cands[comp.tok.i]
        if comp.noun:  # "demanded a ban on the group and the arrest of its leaders"
            for c in comp.tok.children:
                if c.dep_ == "conj" and c.i in cands and cands[c.i].noun:
                    del cands[c.i]
        frame.absorbed, frame.absorbed_i = comp.label, comp.tok.i
        if kind in lex.complement_modes:
            table = lex.complement_modes[kind]
            mode = table.get(f"{comp.event} {comp.mode}") or table.get(comp.event) or table.get("_")
            if frame.mode is None or kind != "REQUEST" or frame.mode == "change":
                frame.mode = mode if mode in PLOVER_MODES[frame.event] else frame.mode


def heeded(call: Token, lex: Lexicon | None = None) -> bool:
    """Whether a call is the object of a verb saying it was followed ("answered the call")."""
    lex = lex or load_lexicon()
    head = call.head
    if call.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "responded to the call"
    return call.dep_ in ("dobj", "pobj") and head.pos_ in VERB_POS and lemma(head) in lex.heeded_verbs \
        and not any(c.dep_ == "neg" for c in head.children)


FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
OBLIGATION_AUX = frozenset({"must", "should"})
FUTURE_HEADS = frozenset({"ready", "willing", "prepared", "determined", "poised", "set",
                          "plan", "intend", "prepare", "mean", "expect", "aim"})
COOPERATIVE = frozenset({"CONSULT", "AID", "RETREAT", "CONCEDE", "COOPERATE", "SUPPORT"})
HOSTILE = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})


def _future(cands: dict[int, _Cand], lex: Lexicon) -> None:
    """PLOVER types a promised act as AGREE and a threatened one as THREATEN: "Israel will
    evacuate the settlements" is AGREE, "they would boycott the elections" THREATEN
    (whether it happened is the status, set by arguments.modality)."""
    table = lex.complement_modes
    for c in cands.values():
        tok = c.tok
        if c.noun:
            continue
        aux = {ch.lower_ for ch in tok.children if ch.dep_ in ("aux", "auxpass")}
        if aux & OBLIGATION_AUX and c.event not in ("REQUEST", "THREATEN", "REJECT"):
            # "Sudan must return the helicopter, Russia said": a demand
            label = f"{c.event} {c.mode}" if c.mode else c.event
            c.absorbed = c.label
            c.event = "REQUEST"
            c.mode = table["REQUEST"].get(label) or table["REQUEST"].get(c.absorbed[0]) or "change"
            continue
        # (a charge announced for whoever does something warns them: "anyone who blocks a road
        # will be prosecuted"; not "those arrested would be charged", "he will not be charged")
        charged = c.event == "ACCUSE" and c.mode == "allege" and _whoever(tok) and \
            not any(ch.dep_ == "neg" for ch in tok.children)
        if not (c.event in COOPERATIVE or c.event in HOSTILE or charged or (
                c.event == "PROTEST" and c.mode in ("strike", "boycott", "obstruct"))):
            continue
        negated = any(ch.dep_ == "neg" for ch in tok.children)
        conditional = any(ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in (
            "if", "unless") for m in ch.children) for ch in tok.children)
        future = bool(aux & FUTURE_AUX) or (tok.dep_ == "xcomp" and lemma(tok.head) in FUTURE_HEADS)
        if conditional and (future or aux & {"may", "might", "could"}):
            label = f"{c.event} {c.mode}" if c.mode else c.event
            c.absorbed = c.label
            c.event, c.mode = "THREATEN", (table["THREATEN"].get(label)
                                           or table["THREATEN"].get(c.absorbed[0]))
            continue
        if not future:
            continue
        if "would" in aux and any(ch.lower_ == "have" for ch in tok.children if ch.dep_ == "aux"):
            continue  # "would have" is a counterfactual past
        label = f"{c.event} {c.mode}" if c.mode else c.event
        c.absorbed = c.label
        if c.event in COOPERATIVE:
            c.event, c.mode = ("REJECT", None) if negated else ("AGREE", None)
        else:
            c.event, c.mode = "THREATEN", (table["THREATEN"].get(label)
                                           or table["THREATEN"].get(c.absorbed[0]))


def _whoever(verb: Token) -> bool:
    """Whether a passive verb's subject is anyone who does something: "anyone who blocks a
    road", "whoever joins the march", "those who refuse"."""
    return any(s.dep_ == "nsubjpass" and (s.lower_ in ("whoever", "whomever") or (
        s.lower_ in ("anyone", "anybody", "everyone", "those", "any") and
        any(r.dep_ == "relcl" for r in s.children))) for s in verb.children)


def _complement(tok: Token, cands: dict[int, _Cand], shallow: bool = False) -> _Cand | None:
    frontier = [tok]
    for _ in range(2 if shallow else 3):
        nxt = []
        for t in frontier:
            for c in t.children:
                infinitive = c.dep_ in ("acl", "relcl") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                if c.dep_ not in (ABSORB_DEPS if shallow else FRAME_DEPS) and not (
                        infinitive and not shallow):
                    continue  # "urged him to take steps to arrest": the steps' infinitive counts
                if c.dep_ == "prep" and c.lower_ not in FRAME_PREPS:
                    continue
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SIDE_CLAUSE
                                              for m in c.children):
                    continue  # "demanded ..., as police fired": a clause of its own
                if c.i in cands:
                    return cands[c.i]
                nxt.append(c)
        frontier = nxt
    return None


MERGE_DEPS = frozenset({"prep", "pobj", "agent", "advcl", "dobj", "xcomp", "compound", "amod",
                        "conj", "nsubj", "nsubjpass", "acl", "npadvmod", "nmod"})


def _merge(cands: dict[int, _Cand]) -> None:
    """One event per happening: same-category triggers that hang off each other merge
    into the governing one, which takes the more specific mode ("opened fire ...,
    killing 12"; "an airstrike hit a school, killing 5")."""
    for i in sorted(cands, key=lambda i: -_depth(cands[i].tok)):
        c = cands.get(i)
        if c is None:
            continue
        target = _merge_target(c, cands)
        if target is None:
            continue
        if c.event == "ASSAULT" and {c.mode, target.mode} == {"beat", "crowd-control"}:
            continue  # "dispersed the rally, beating activists": a beating besides the dispersal
        keeps = lemma(c.tok) in COMBAT_WORDS or lemma(c.tok) == "fire" or (
            lemma(target.tok) in LIVE_FIRE and target.mode == "firearms")
        if target.mode is None or (target.event == "ASSAULT" and _more_specific(c.mode, target.mode)
                                   and not keeps) \
                or (target.event == "PROTEST" and c.mode == "riot"):
            # (a battle's default heavy weapons say nothing of the weapon; the "fire" of
            # "opened fire" nothing beyond the verb; "gunfire and explosions" stays gunfire)
            target.mode = c.mode
        target.tag = target.tag or c.tag
        target.merged = [*(target.merged or []), c.tok.i, *(c.merged or [])]
        del cands[i]
        if c.event == "ASSAULT" and _named_doer(c.tok) and not _named_doer(target.tok):
            # "a boy was killed when police fired": the clause that names who did it
            # carries the event, so that its doer and the toll end up on one event
            del cands[target.tok.i]
            target.merged = [target.tok.i, *(m for m in target.merged if m != c.tok.i)]
            target.tok = c.tok
            cands[c.tok.i] = target


def _merge_target(c: _Cand, cands: dict[int, _Cand]) -> _Cand | None:
    tok = c.tok
    # a participle clause ("..., killing 12") may attach to a nearer verb; look past it
    participle = tok.dep_ == "advcl" and tok.tag_ == "VBG"
    hops = 0
    while tok.head is not tok and hops < 4 and tok.dep_ in MERGE_DEPS:
        head = tok.head
        participles = tok.tag_ == "VBG" and head.tag_ == "VBG"  # "killing 7 and wounding 10"
        if tok.dep_ == "conj" and not participles and (_own_subject(tok) or any(
                c.dep_ in ("dobj", "nsubjpass") for c in head.children)):
            return None  # "looted shops and set fire to a mosque": two acts
        if tok.dep_ == "conj" and tok.pos_ in NOUN_POS and head.pos_ in VERB_POS:
            return None  # "ransacked the residence, and attacks on police stations left ...": a clause of its own
        if tok.dep_ == "prep" and tok.lower_ in BACKGROUND:
            return None  # "clashed with police during a protest": the protest is its own
        if contrast_clause(tok) and any(s.dep_ in ("nsubj", "nsubjpass") for s in tok.children):
            return None  # "two guards were stabbed by looters, while three students were wounded in army gunfire"
        if tok.dep_ == "advcl" and any(s.dep_ in ("nsubj", "nsubjpass") for s in tok.children) and \
                any(m.dep_ == "mark" and m.lower_ in _OTHER_ACT_MARKS for m in tok.children):
            return None  # "set fire to the car before she was shot": two acts, one after the other
        h = cands.get(head.i)
        if h is not None:
            if h.event == c.event and not (tok.dep_ == "conj" and _own_subject(tok)):
                return h
            if not participle:
                return None
        elif c.event == "ASSAULT" and tok is c.tok and tok.dep_ == "advcl":
            for sib in head.children:  # "a bomb exploded/hit ..., killing 5"
                s = cands.get(sib.i)
                if s is not None and s is not c and s.event == c.event and sib.dep_ in (
                        "nsubj", "nsubjpass"):
                    return s
        tok = head
        hops += 1
    return None


CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def contrast_clause(tok: Token) -> bool:
    """Whether ``tok`` heads a clause set against the one it hangs on ("..., while nine were
    killed by rioters"): another happening, with a doer of its own."""
    return tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS
                                       for m in tok.children)


def _more_specific(new: str | None, old: str | None) -> bool:
    """Whether an ASSAULT mode says more about the weapon than another."""
    if new is None or new == old:
        return False
    if old is None or old == "destroy":
        return True
    if new in INSTRUMENT_ORDER and old in INSTRUMENT_ORDER:
        return INSTRUMENT_ORDER.index(new) < INSTRUMENT_ORDER.index(old)
    return False


# Nouns of a count someone keeps: "by the count of the health ministry", "by its own figures".
TALLY_NOUNS = frozenset({"figures", "figure", "count", "tally", "estimate", "estimates", "reckoning",
                         "account", "calculations", "numbers", "data", "records"})
_PARTS = frozenset({"most", "many", "some", "all", "several", "half", "both", "each", "none", "few",
                    "one", "two", "three", "dozens", "hundreds"})


def part_of_them(tok: Token) -> bool:
    """"most of them", "many of those": part of a group told before, the patients of a
    reduced passive ("killed 50 protesters, most of them shot in the suburbs")."""
    return tok.lower_ in _PARTS and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.pos_ == "PRON" for g in p.children)
        for p in tok.children)


def _named_doer(tok: Token) -> bool:
    """Whether a verb names its doer itself: an active subject (not a pronoun) or a
    passive's by-agent."""
    if tok.pos_ not in VERB_POS:
        return False
    # "two (were) injured": a bare participle's subject is its victim
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    for c in tok.children:
        if c.dep_ == "nsubj" and c.pos_ != "PRON" and c.lower_ not in ("who", "which", "that") and (
                tok.tag_ != "VBN" or perfect) and not part_of_them(c):
            return True
        if c.dep_ == "agent":
            return True
    return False


def _own_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


# --- events -------------------------------------------------------------------------------


def prominence(tok: Token, triggers: set[int]) -> int:
    """2: the trigger is what the sentence's main clause says; 1: it hangs off another
    event or a subordinate clause; 0: background (relative clauses, "after ...", "amid
    ...", "in response to ...")."""
    cur = tok
    level = 2
    for _ in range(12):
        if cur.head is cur or cur.dep_ == "ROOT":
            return level
        dep = cur.dep_
        if dep in ("relcl", "acl", "appos", "amod", "compound", "nmod", "poss", "npadvmod"):
            return 0
        if dep == "prep" and (cur.lower_ in BACKGROUND or (
                cur.lower_ in ("of", "to") and cur.head.lower_ in BACKGROUND)):
            return 0  # "after ...", "ahead of ...", "in response to ..."
        if dep == "pobj" and cur.head.lower_ in BACKGROUND:
            return 0
        if dep == "advcl" or dep == "pcomp":
            if any(c.dep_ == "mark" and c.lower_ in BACKGROUND for c in cur.children):
                return 0
            if cur.lower_ in BACKGROUND or cur.head.lower_ in BACKGROUND:
                return 0
            level = min(level, 1)
        head = cur.head
        if head.i in triggers and dep != "conj":
            level = min(level, 1)
        if dep in ("ccomp", "xcomp") and head.i not in triggers and lemma(head) not in (
                "say", "report", "tell", "announce", "state", "claim", "confirm", "add",
                "begin", "start", "continue", "resume", "try", "attempt", "decide",
                "vow", "plan", "go", "come", "stage", "stag", "hold", "take"):
            level = min(level, 1)
        cur = head
    return level


def _to_event(c: _Cand, sent: SpacySpan, ctx: Context, lex: Lexicon, n: int,
              triggers: set[int]) -> Event:
    tok = c.tok
    # Main clause first, then violence > coercion > protest > verbal (docs/typing.md).
    prom = prominence(tok, triggers)
    salience = lex.salience.get(c.event, 0.5) + (0.1 if c.mode == "riot" else 0.0)
    conf = 0.3 + 0.2 * prom + 0.3 * (salience - 0.45)
    extra: dict[str, Any] = {"prominence": prom}
    if c.tag:
        extra["weapon"] = c.tag
    if c.absorbed:
        extra["about"] = {"event": c.absorbed[0], "mode": c.absorbed[1]}
    if c.merged:
        extra["merged"] = sorted(c.merged)  # e.g. "killed in police firing": "firing"
    mode = c.mode if c.mode in PLOVER_MODES[c.event] else None
    start, end = tok.idx, tok.idx + len(tok.text)
    joined = joined_word(tok) if tok.pos_ in NOUN_POS or tok.pos_ == "ADJ" else None
    if joined is not None and joined[0] in lex.nouns:
        start, end = joined[1], joined[2]  # the trigger is the whole "sit-in"
    return Event(
        id=f"{ctx.doc_id}:{n}", event=c.event, mode=mode,
        trigger=Span(text=tok.doc.text[start:end], start=start, end=end),
        sentence_start=sent.start_char, sentence_end=sent.end_char,
        token_i=tok.i, sent_token_start=sent.start, sent_token_end=sent.end,
        confidence=round(min(0.99, max(0.05, conf)), 3), extra=extra,
    )


__all__ = ["detect", "load_lexicon", "match_token", "subject_tokens", "object_tokens",
           "expand_np", "lemma"]

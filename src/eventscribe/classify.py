"""Classify: refine PLOVER types with the event's arguments and map them to ACLED.

Runs after the argument extractors. Who did it and to whom decide much of the ACLED
type (police shooting protesters is *Excessive force against protesters*, soldiers
fighting rebels an *Armed clash*, gunmen shooting villagers an *Attack*). Roles come
from the actors stage (``ev.actors`` sectors); where it found none, from the parse
itself: the head lemmas of the trigger's subject and object (``parse_roles``).

The mapping is data: ``data/acled_map.toml``, an ordered list of rules (first match
wins). See docs/typing.md.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import tomllib
from spacy.tokens import Doc, Token

from .detect import BACKGROUND, expand_np, grievance_of, lemma, load_lexicon, object_tokens, subject_tokens
from .model import ACLED_SUB_TO_TYPE, ACLED_TYPES, Acled, Actor, Context, Event

ROLE_ORDER = ("protester", "mob", "state_force", "armed", "civilian", "state")
# Clashes, scuffles and injuries say nothing of how: only verbs of laying into people.
HAND_TO_HAND = frozenset({"attack", "assault", "charge", "manhandle", "thrash", "rough", "kick",
                          "punch", "hit"})
WEAPON_OBJECTS = frozenset({"weapon", "arm", "ammunition", "explosive", "gun", "rifle", "bomb",
                            "grenade", "rocket", "missile", "cache", "firearm", "pistol",
                            "munition", "ied", "mine", "detonator"})


@dataclass(frozen=True)
class MapRule:
    conds: dict[str, Any]
    acled: Acled | None


@dataclass(frozen=True)
class AcledMap:
    rules: tuple[MapRule, ...]
    sector_roles: dict[str, str]
    roles: dict[str, str]  # lemma -> role
    territory: frozenset[str]


def _acled(value: str) -> Acled | None:
    if value == "none":
        return None
    for etype in ACLED_TYPES:
        if value.startswith(etype + "/"):
            sub = value[len(etype) + 1:]
            if ACLED_SUB_TO_TYPE.get(sub) != etype:
                raise ValueError(f"acled_map: unknown sub-event type {sub!r} of {etype!r}")
            return Acled(event_type=etype, sub_event_type=sub)
    raise ValueError(f"acled_map: unknown ACLED type in {value!r}")


@functools.lru_cache(maxsize=1)
def load_map() -> AcledMap:
    """Read ``data/acled_map.toml`` once."""
    raw = tomllib.loads(resources.files("eventscribe.data").joinpath("acled_map.toml")
                        .read_text(encoding="utf-8"))
    roles: dict[str, str] = {}
    for role in reversed(ROLE_ORDER):  # earlier roles win on shared words
        for word in raw["roles"].get(role, []):
            roles[word.lower()] = role
    rules = tuple(MapRule({k: v for k, v in r.items() if k != "then"}, _acled(r["then"]))
                  for r in raw["rule"])
    return AcledMap(rules=rules, sector_roles=raw["sector_roles"], roles=roles,
                    territory=frozenset(raw["territory"]["triggers"]))


# --- roles --------------------------------------------------------------------------------


ARMED_MODIFIERS = frozenset({"armed", "masked", "militant", "rebel", "jihadist", "islamist",
                             "insurgent", "terrorist", "gunmen"})


def _np_roles(tok: Token, amap: AcledMap) -> set[str]:
    if any(lemma(c) in ARMED_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound")):
        return {"armed"}  # "armed men", "masked men"
    head = amap.roles.get(lemma(tok)) or amap.roles.get(tok.lower_)
    if head:
        return {head}
    out = set()
    for lem in expand_np(tok):
        role = amap.roles.get(lem)
        if role:
            out.add(role)
    return out


def parse_roles(doc: Doc, ev: Event) -> tuple[set[str], set[str]]:
    """Roles of the doer and the target of an event read from the parse alone: the head
    lemmas of the trigger's subject (or by-agent) and object (or passive subject)."""
    amap = load_map()
    if not 0 <= ev.token_i < len(doc):
        return set(), set()
    toks = [doc[ev.token_i]] + [doc[i] for i in ev.extra.get("merged", []) if 0 <= i < len(doc)]
    actor: set[str] = set()
    recipient: set[str] = set()
    for tok in toks:  # the trigger and the triggers merged into it ("killed in police firing")
        for s in subject_tokens(tok):
            actor |= _np_roles(s, amap)
        for o in object_tokens(tok):
            recipient |= _np_roles(o, amap)
    return actor, recipient


def _actor_roles(actors: list[Actor], role: str, amap: AcledMap) -> set[str]:
    out: set[str] = set()
    for a in actors:
        if a.role != role:
            continue
        words = {w.lower().strip(".,") for w in a.text.split()}
        named = {amap.roles[w] for w in words if w in amap.roles}
        if named & {"protester", "mob"}:
            out |= named & {"protester", "mob"}
        elif a.sector and a.sector in amap.sector_roles:
            out.add(amap.sector_roles[a.sector])
        elif named:
            out |= named
    out.discard("unknown")
    return out


def event_roles(doc: Doc, ev: Event) -> tuple[set[str], set[str]]:
    """Actor and recipient roles: from ev.actors when the actors stage found them, else
    from the parse. An empty side is {"unknown"}."""
    amap = load_map()
    p_actor, p_recipient = parse_roles(doc, ev)
    actor = _actor_roles(ev.actors, "actor", amap) or p_actor
    recipient = _actor_roles(ev.actors, "recipient", amap) or p_recipient
    return actor or {"unknown"}, recipient or {"unknown"}


# --- the classifier ------------------------------------------------------------------------


def _killed(ev: Event) -> bool:
    count = ev.counts.get("killed")
    return count is not None and count.value > 0


_CAUSE_BEFORE = frozenset({"after", "following"})


def _protest_in_sentence(doc: Doc, ev: Event, events: list[Event], amap: AcledMap) -> bool:
    """Whether the event is told as part of a protest: a protest event or protesters in
    the trigger's own clause ("police fired at the rally", "the protest, which police
    broke up")."""
    if not 0 <= ev.token_i < len(doc):
        return False
    tok = doc[ev.token_i]
    clause = {t.i for t in tok.subtree} | {t.i for t in tok.ancestors}
    for other in events:
        if (other is not ev and other.event == "PROTEST" and other.token_i in clause
                and not behind_background(doc[other.token_i], tok)
                and not behind_background(tok, doc[other.token_i])
                # (a deed the protest came after is its cause: "thousands marched, two weeks
                # after the journalist was shot dead")
                and not behind_background(tok, doc[other.token_i], words=_CAUSE_BEFORE)
                and not grievance_of(tok, doc[other.token_i])):
            return True
    lex = load_lexicon()
    for t in tok.subtree:
        lem = lemma(t)
        if lem in lex.protest_nouns or amap.roles.get(lem) == "protester":
            if behind_background(t, tok):
                continue  # "arrested activists ahead of a planned rally"
            return True
    return False


def _protest_near(doc: Doc, ev: Event, events: list[Event]) -> bool:
    """Whether a protest is told anywhere in the event's sentence ("clashes broke out as the
    protest went on"), not as what is yet to come."""
    return any(o.event == "PROTEST" and o.sentence_start == ev.sentence_start and o is not ev
               and 0 <= o.token_i < len(doc) and not behind_background(doc[o.token_i])
               for o in events)


def _riot_in_sentence(doc: Doc, ev: Event, events: list[Event]) -> bool:
    """Whether a riot is told in the event's sentence (ACLED codes police answering stone
    throwers as the riot, not as an intervention in a protest)."""
    if not 0 <= ev.token_i < len(doc):
        return False
    return any(o.event == "PROTEST" and o.mode == "riot" and o.sentence_start == ev.sentence_start
               and 0 <= o.token_i < len(doc)
               and not behind_background(doc[o.token_i], words=BACKGROUND) for o in events)


# Violence or coercion beside a protest that is not the policing of it: burning and looting,
# rape or abduction (often the grievance), bombing and shelling, seizures and censorship.
# Clause words that tell force at another time than the protest; "as", "while" and "amid" tell
# it at the same time ("thousands marched as police fired tear gas": one protest with
# intervention).
ANOTHER_TIME = BACKGROUND - {"as", "while", "amid", "amidst"}
NOT_INTERVENTION = frozenset({"destroy", "sexual", "abduct", "aerial", "drone", "heavy-weapons",
                              "explosives", "suicide-attack", "seize", "censor", "cyber"})


# Words that put an event before or outside the one told: "ahead of a planned rally",
# "before the march", "if protests resume". (A protest "after" which police arrested
# people is still the protest the arrests belong to.)
NOT_YET = frozenset({"ahead", "before", "until", "prior", "if", "unless", "prevent"})


def behind_background(tok: Token, top: Token | None = None,
                      words: frozenset[str] = NOT_YET) -> bool:
    """Whether tok hangs under "ahead of ...", "before ...", "if ..." on its way up to top
    (or the root): another time than the event told."""
    cur = tok
    for _ in range(12):
        if cur is top or cur.head is cur:
            return False
        low = cur.lower_
        if cur.dep_ in ("prep", "mark", "advmod") and low in words:
            return True
        if cur.dep_ == "prep" and low in ("of", "to") and cur.head.lower_ in words:
            return True
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words
                                       for c in cur.children):
            return True
        cur = cur.head
    return False


def _matches(rule: MapRule, facts: dict[str, Any]) -> bool:
    for key, want in rule.conds.items():
        if key in ("actor", "recipient"):
            if not set(want) & facts[key] and "any" not in want:
                return False
        elif key in ("not_actor", "not_recipient"):
            if set(want) & facts[key[4:]]:
                return False
        elif key in ("event", "trigger", "weapon"):
            if facts[key] not in want:
                return False
        elif key == "mode":
            if (facts["mode"] or "-") not in want:
                return False
        elif facts.get(key) != want:
            return False
    return True


def classify(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    """Refine PLOVER with who did what to whom and set the ACLED type of each event."""
    amap = load_map()
    facts_by_event: list[dict[str, Any]] = []
    for ev in events:
        actor, recipient = event_roles(doc, ev)
        # Violence by protesters is a riot (PLOVER PROTEST riot), not an ASSAULT.
        if ev.event == "ASSAULT" and actor & {"protester"} and not actor & {"state_force"}:
            ev.event, ev.mode = "PROTEST", "riot"
        trig = lemma(doc[ev.token_i]) if 0 <= ev.token_i < len(doc) else ev.trigger.text.lower()
        # Police or soldiers laying into unarmed people with no weapon named: a beating.
        if (ev.event == "ASSAULT" and ev.mode is None and trig in HAND_TO_HAND
                and actor & {"state_force"} and recipient & {"protester", "civilian"}):
            ev.mode = "beat"
        at_protest = "protester" in recipient or ev.mode == "crowd-control" or (
            ev.event in ("ASSAULT", "COERCE") and _protest_in_sentence(doc, ev, events, amap))
        weapon_object = False
        if ev.event == "COERCE" and 0 <= ev.token_i < len(doc):
            weapon_object = any(expand_np(o) & WEAPON_OBJECTS
                                for o in object_tokens(doc[ev.token_i]))
        facts_by_event.append({
            "event": ev.event, "mode": ev.mode, "trigger": trig, "actor": actor,
            "recipient": recipient, "weapon": ev.extra.get("weapon"), "killed": _killed(ev),
            "at_protest": at_protest, "territory": trig in amap.territory,
            "weapon_object": weapon_object, "intervention": False,
            "at_riot": ev.event == "ASSAULT" and _riot_in_sentence(doc, ev, events),
            "protest_near": ev.event == "ASSAULT" and _protest_near(doc, ev, events),
        })
    # A protest met with force or arrests in the same sentence is a protest with
    # intervention (ACLED codes the protest, not the police action, as the event).
    for ev, facts in zip(events, facts_by_event, strict=True):
        if ev.event != "PROTEST" or ev.mode == "riot":
            continue
        for other, of in zip(events, facts_by_event, strict=True):
            if (other.sentence_start == ev.sentence_start and of["at_protest"]
                    and other.event in ("ASSAULT", "COERCE") and other.status == "asserted"
                    and other.mode not in NOT_INTERVENTION
                    and not behind_background(doc[other.token_i], words=ANOTHER_TIME)
                    and not (0 <= ev.token_i < len(doc) and 0 <= other.token_i < len(doc)
                             and grievance_of(doc[other.token_i], doc[ev.token_i]))
                    and not of["actor"] & {"protester", "mob"}):
                facts["intervention"] = True
                facts["killed"] = facts["killed"] or of["killed"]
    for ev, facts in zip(events, facts_by_event, strict=True):
        ev.acled = None
        for rule in amap.rules:
            if _matches(rule, facts):
                ev.acled = rule.acled
                break
        ev.extra["roles"] = {"actor": sorted(facts["actor"]), "recipient": sorted(facts["recipient"])}
    return events


__all__ = ["classify", "event_roles", "parse_roles", "load_map"]

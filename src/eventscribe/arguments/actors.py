"""Arguments: who did it (``actor``) and to whom (``recipient``), from the dependency parse.

For each event the rules below read the arguments of its trigger token:

- verbs: ``nsubj`` → actor; ``dobj``/``dative`` and the objects of "at", "on", "against"...
  → recipient; passives: the ``agent`` ("by police") → actor, ``nsubjpass`` → recipient;
  a trigger without a subject borrows one through ``conj``, ``xcomp``, ``advcl`` (", killing
  12 civilians"), ``relcl`` ("troops who opened fire") and ``acl`` ("protesters arrested by
  police");
- nouns: "by" → actor; "of" → recipient for events done to someone ("the arrest of 20
  students"), else actor ("a march of farmers"); compounds and possessives → actor ("police
  crackdown", "the army's offensive"); the subject of a light verb ("students staged a
  protest") or of "take part in" → actor;
- each argument is expanded over coordination ("police and soldiers");
- recipients in other clauses: "X said Y must ..." is a demand by X on Y; "died after being
  beaten", "died in the blast": the subject of the verb of suffering; "the soldiers they had
  captured": the head of an object relative clause; and when no rule found one, a
  breadth-first search down the trigger's purpose and complement clauses ("staged a strike *to
  demand* reforms *from* the government", "*in protest of* the government's refusal"), where
  the doer of a deed ("by X", "X's") comes before the ones it was done to and places count
  only as the target of an attack or a curfew.

Each argument is then normalised with the actor dictionary (``data/actors/*.toml``): generic
agents ("riot police" → police, COP) and named organisations with aliases ("RAB" → Rapid
Action Battalion, COP, BGD). The dictionary is compiled once into a first-word index, so
matching a document is one dictionary look-up per token. Country adjectives and names in the
phrase ("Kenyan police", "police in Kenya") give the country; failing that, state actors and
domestic groups get the country of the event's place, else the document's focus country (see
``docs/actors.md``).

Pronouns and definite descriptions ("they", "the group", "the demonstrators") are resolved to
the most salient compatible actor named before them; the span stays on the pronoun, the name,
sector and country come from the antecedent.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from dataclasses import replace as _replace
from pathlib import Path
from typing import Any

import tomllib
from spacy.tokens import Doc, Token

from ..annotate import doc_text
from ..detect import (
    BRINGING_VERBS,
    TALLY_NOUNS,
    TIME_MARKS,
    TIME_PREPS,
    asleep_clause,
    conj_root,
    contrast_clause,
    load_lexicon,
    match_token,
    misparsed_gerund,
    part_of_them,
    run_on,
    shared_objects,
)
from ..model import SECTORS, Actor, Context, Event

__all__ = ["attach_actors", "ActorDictionary", "Entry", "load_dictionary", "country_code"]

from .. import gazetteer as gz
from .places import (
    EMPHASIS_DATELINE_RE,
    goal_of_motion,
    leader_countries,
    place_target,
    site_of_motion,
    told_where,
)


@functools.cache
def country_code(name: str) -> str | None:
    """ISO alpha-3 for a country name or nationality word ("Kenyan"), else None."""
    return gz.country_code(name)


@functools.cache
def _is_place(name: str) -> bool:
    """Whether a name not in the actor dictionary is a town or region of the gazetteer."""
    return not gz.is_stopword(name) and any(e.kind != "country" for e in gz.lookup(name))


@functools.cache
def capital_of(name: str) -> str | None:
    """The country whose capital city is called ``name`` ("Berlin" → "DEU"), else None."""
    for e in gz.lookup(name):
        if e.kind == "city":
            cap = gz.capital(e.country)
            if cap is not None and cap.geonameid == e.geonameid:
                return e.country
    return None


# Sectors that get the document's focus country when the text names none: the state and the
# domestic groups a local news story is about. Refugees, unidentified and armed non-state
# groups often come from elsewhere, so they stay without one.
FOCUS_SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "SPY", "PTY", "OPP", "CVL", "EDU", "LAB", "AGR",
    "MED", "JRN", "REL", "BUS", "SOC", "ELI",
})
SECURITY = frozenset({"COP", "MIL", "PRM", "SPY"})
STATE_SECTORS = frozenset({"COP", "MIL", "PRM", "SPY", "GOV", "JUD", "LEG"})
ARMED_GROUPS = frozenset({"REB", "UAF"})
ASSAULT_LIKE = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# Events whose "to" object names the other party, also when it is a country ("aid to Turkey",
# "a visit to Kenya"); for the others it is where people went.
PARTNER_EVENTS = frozenset({"AID", "CONSULT", "COOPERATE", "AGREE", "SUPPORT", "CONCEDE",
                            "REQUEST", "REJECT", "SANCTION", "ACCUSE", "THREATEN", "RETREAT"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "nummod", "quantmod"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PRONOUNS_PERSON = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PRONOUNS_THING = frozenset({"it", "its", "itself"})
RELATIVE = frozenset({"who", "whom", "which", "that", "whose"})
FORMER = frozenset({"former", "ex", "ex-", "ousted", "deposed", "exiled", "toppled", "retired"})
SUPPORTER_WORDS = frozenset({"supporters", "supporter", "followers", "loyalists", "partisans",
                             "sympathisers", "sympathizers", "members", "activists"})
# Prepositions of an event-noun object that name who it is aimed at ("demanded the release
# *of* X", "sought help *from* X").
OBJECT_PREPS = frozenset({"of", "for", "to", "from"})
DEFINITE = frozenset({"the", "these", "those", "this", "that"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NOT_ACTOR_ENTS = frozenset({"MONEY", "PERCENT", "DATE", "TIME", "ORDINAL", "QUANTITY",
                            "WORK_OF_ART", "LAW", "LANGUAGE"})
# The clause search for a recipient no rule found: how deep it goes, along which
# dependencies and prepositions, and which prepositions say where rather than whom.
DEEP_DEPTH = 8
DEEP_DEPS = frozenset({"advcl", "xcomp", "ccomp", "prep", "pobj", "pcomp", "dobj", "poss", "acl",
                       "agent", "conj", "nsubj", "nsubjpass", "appos", "prt", "relcl",
                       "compound"})
DEEP_PREPS = frozenset({"of", "by", "from", "to", "for", "in", "against", "over", "on", "upon",
                        "with", "at", "toward", "towards", "into", "following", "after",
                        "between", "targeting", "under", "despite"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "within", "throughout",
                         "around", "across", "behind", "beyond", "under"})
# Verbs of "X is under attack", "came under fire": X is what the event is done to.
UNDERGO_VERBS = frozenset({"be", "come", "remain", "stay", "fall"})
# Nouns that name an area: "killed in the Marwick region" says where, not who.
# Named ways and squares: places, not doers ("Water Street"; but "Wall Street" speaks).
_THOROUGHFARES = frozenset({"street", "road", "avenue", "boulevard", "lane", "highway", "square", "bridge",
                            "hill", "park", "green", "gardens", "field", "fields", "plaza"})
# Named happenings: what a protest is about, never who ("the Vietnam War", "the Iraq War").
_NAMED_HAPPENINGS = frozenset({"war", "wars", "revolution", "crisis", "olympics", "games", "cup", "festival",
                               "summit", "conference", "election", "elections", "referendum", "massacre"})
PLACE_NOUNS = frozenset({"region", "province", "district", "area", "city", "town", "village",
                         "county", "governorate", "prefecture", "municipality", "neighbourhood",
                         "neighborhood", "suburb", "suburbs", "outskirts", "zone", "strip",
                         "border", "frontier", "corridor", "square", "street", "road"})
# Verbs whose "with" names what their subject did in answer: "responded with live fire".
RESPONSE_VERBS = frozenset({"respond", "react", "retaliate", "reply", "answer", "meet", "greet"})
# Verbs a crowd does, not undergoes: "tens of thousands marched", parsed as a participle
# hung on the crowd, still has the crowd as its doer.
CROWD_VERBS = frozenset({"protest", "march", "rally", "demonstrate", "gather", "riot", "assemble",
                         "strike", "converge"})
# Gatherings fired on or attacked: "in" a town after them says where they were.
GATHERINGS = frozenset({"march", "rally", "protest", "demonstration", "gathering", "procession",
                        "vigil", "sit-in", "meeting", "funeral", "crowd", "convoy", "wedding",
                        "blockade", "roadblock", "barricade", "camp", "encampment", "picket"})
# ... and the parts of a town a crowd takes over.
AREA_NOUNS = PLACE_NOUNS | {"street", "road", "square", "centre", "center", "avenue", "highway",
                            "boulevard", "capital", "heart"}
# Prepositions that set an event as the time or occasion of another.
WHEN_PREPS = TIME_PREPS | {"until", "with", "despite"}
# Verbs that ask someone named after a preposition to do what their "to" clause says.
ASKED_PREPS: dict[str, tuple[str, ...]] = {"call": ("on", "upon"), "prevail": ("on", "upon"),
                                           "appeal": ("to",), "plead": ("with",)}
# Nouns of what happens to someone, whose "of" names that one: "the arrest of X". Not what a
# protest wants done to its target: "the removal of the president".
UNDERGONE_NOUNS = frozenset({"arrest", "detention", "killing", "death", "murder", "jailing",
                             "imprisonment", "execution", "assassination", "abduction",
                             "kidnapping", "disappearance", "beating", "shooting", "torture",
                             "sentencing", "conviction", "trial", "release", "deportation",
                             "expulsion", "extradition", "eviction", "funeral", "burial",
                             "injury", "rape"})
LOCATIVE_PREPS = frozenset({"in", "at", "into", "on", "near", "outside", "inside", "across",
                            "throughout", "around", "from", "to", "under", "after", "following"})
# Verbs whose target is named by "at" or "on" ("opened fire on", "fired at"), so that "in" a
# town is where they were, not at whom.
AIMED_VERBS = frozenset({"open", "fire", "shoot", "lob", "hurl", "throw", "charge", "use"})
WHERE_PREPS = PLACE_PREPS - {"at", "behind", "beyond", "under"}
# Words after which "at" a town says where, never at whom: "clashes at Bagua", "died at Ayacucho".
SITE_AT_HEADS = frozenset({"clash", "fighting", "fight", "battle", "skirmish", "confrontation",
                           "violence", "unrest", "riot", "die", "massacre", "killing", "death",
                           "kill", "arrest", "detain", "injure", "wound"})
# Prepositions that name whom a shot or a throw was aimed at ("fired tear gas at the crowd").
# What words go out on, not whom they reach: "apologised on television".
_CHANNELS = frozenset({"television", "tv", "radio", "air", "airwaves", "media", "facebook", "twitter",
                       "x", "instagram", "telegram", "youtube", "tiktok", "website", "broadcast",
                       "camera", "video", "livestream", "podcast", "loudspeaker", "megaphone"})
AIM_PREPS = frozenset({"at", "on", "upon", "into", "towards", "toward"})
# How many sentences back a pronoun may look for its antecedent.
COREF_WINDOW = 3


# --- the dictionary ---------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One actor of the dictionary."""

    name: str
    sector: str | None
    country: str | None = None
    named: bool = False  # a named organisation (vs a generic agent like "police")
    weak: bool = False  # a vague head whose modifiers say more ("opposition supporters")
    instrument: bool = False  # a weapon: an actor as subject, never a recipient as object


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    entry: Entry
    exact: bool


@dataclass
class Roles:
    light_verbs: frozenset[str]
    recipient_preps: frozenset[str]
    agent_preps: frozenset[str]
    of_recipient_events: frozenset[str]
    participation_verbs: frozenset[str]
    quantity_words: frozenset[str]
    person_nouns: frozenset[str]
    anaphoric_nouns: frozenset[str]
    reaction_verbs: frozenset[str]
    attract_verbs: frozenset[str]
    victim_verbs: frozenset[str]
    undergone_nouns: frozenset[str]
    not_actors: frozenset[str]
    saying_verbs: frozenset[str]
    thing_verbs: frozenset[str]
    office_titles: frozenset[str]
    obligation_words: frozenset[str]
    accusation_with: frozenset[str]
    accusation_of: frozenset[str]
    accusation_for: frozenset[str]
    accusation_over: frozenset[str]
    accusation_nouns: frozenset[str]
    led_protests: frozenset[str]
    force_vehicles: frozenset[str]
    site_nouns: frozenset[str]
    peaceful_occasions: frozenset[str]
    place_portions: frozenset[str]
    place_heads: frozenset[str]


@dataclass
class ActorDictionary:
    """The compiled actor dictionary: phrases indexed by their first word."""

    index: dict[str, list[_Phrase]] = field(default_factory=dict)
    roles: Roles | None = None

    def add(self, phrase: Iterable[str], entry: Entry, *, exact: bool = False) -> None:
        words = tuple(phrase) if exact else tuple(w.lower() for w in phrase)
        if not words:
            return
        key = words[0].lower()
        bucket = self.index.setdefault(key, [])
        for p in bucket:
            if p.words == words and p.exact == exact:
                return  # first definition wins
        bucket.append(_Phrase(words, entry, exact))
        bucket.sort(key=lambda p: -len(p.words))

    def __len__(self) -> int:
        return sum(len(v) for v in self.index.values())

    def match(self, doc: Doc) -> dict[int, tuple[int, int, Entry]]:
        """Map each token covered by a dictionary phrase to (start, end, entry) of that phrase.

        Longest phrases win; matching is on the lower-cased word, its lemma, or the word
        without a plural "s"/"es", so "policemen", "Protesters" and lower-cased text all match.
        """
        found: list[tuple[int, int, Entry]] = []
        n = len(doc)
        keys = [_keys(t) for t in doc]
        for i in range(n):
            best: tuple[int, int, Entry] | None = None
            for key in keys[i]:
                for p in self.index.get(key, ()):
                    end = i + len(p.words)
                    if end > n or (best is not None and end - i <= best[1] - best[0]):
                        continue
                    if all(_word_matches(doc[i + k], keys[i + k], w, p.exact)
                           for k, w in enumerate(p.words)):
                        best = (i, end, p.entry)
                        break  # phrases are sorted longest first
            if best is not None and not _inside_longer_name(doc, best):
                found.append(best)
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        cover: dict[int, tuple[int, int, Entry]] = {}
        for m in found:
            if any(j in cover for j in range(m[0], m[1])):
                continue
            for j in range(m[0], m[1]):
                cover[j] = m
        return cover


def _inside_longer_name(doc: Doc, m: tuple[int, int, Entry]) -> bool:
    """Whether a named organisation's phrase is only part of a longer name NER read: "the
    United Democratic Party" (of the Gambia) is not the Democratic Party (a country or a
    nationality before it still is: "the Kenyan Democratic Party" names whose it is)."""
    start, end, entry = m
    if not entry.named or end - start < 2:
        return False
    tok = doc[start]
    ent = _ent_span(tok) if tok.ent_type_ in ("ORG", "NORP") else None
    if ent is None:
        return False
    extra = [doc[k] for k in range(ent[0], ent[1]) if not start <= k < end]
    return any(t.text[:1].isupper() and t.lower_ != "the" and not gz.country_code(t.text) for t in extra)


def _keys(tok: Token) -> tuple[str, ...]:
    low = tok.lower_
    keys = [low]
    lemma = tok.lemma_.lower()
    # Lemmas only for nouns: "shelling" is not a shell, a "suspected" militant not a suspect
    if lemma != low and tok.tag_.startswith("NN"):
        keys.append(lemma)
    if len(low) > 3 and low.endswith("s"):
        keys.append(low[:-1])
        if low.endswith(("ses", "xes", "zes", "ches", "shes")):
            keys.append(low[:-2])  # "witnesses", "churches"; not "takes" → "tak"
    return tuple(keys)


def _word_matches(tok: Token, keys: tuple[str, ...], word: str, exact: bool) -> bool:
    if exact:
        return tok.text == word
    return word in keys


@functools.cache
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def _tokens(phrase: str) -> list[str]:
    return [t.text for t in _tokenizer()(phrase) if not t.is_space]


def _data_files() -> list[tuple[str, str]]:
    root = importlib.resources.files("eventscribe").joinpath("data", "actors")
    out = [(p.name, p.read_text("utf-8")) for p in root.iterdir() if p.name.endswith(".toml")]
    out.sort()
    extra = os.environ.get("ESCRIBE_ACTORS", "")
    for path in filter(None, extra.split(os.pathsep)):
        p = Path(path)
        files = sorted(p.glob("*.toml")) if p.is_dir() else [p]
        out.extend((f.name, f.read_text("utf-8")) for f in files)
    return out


def _check_sector(sector: Any, where: str) -> str | None:
    if sector is None:
        return None
    if sector not in SECTORS:
        raise ValueError(f"{where}: unknown PLOVER sector {sector!r}")
    return str(sector)


def compile_dictionary(tables: Iterable[tuple[str, dict[str, Any]]]) -> ActorDictionary:
    """Build an ActorDictionary from parsed TOML tables (``[[agent]]``, ``[[org]]``,
    ``[[group]]`` and ``[roles]``); later files add to earlier ones."""
    d = ActorDictionary()
    roles: dict[str, set[str]] = {}
    for fname, data in tables:
        for key, values in (data.get("roles") or {}).items():
            roles.setdefault(key, set()).update(str(v).lower() for v in values)
        for a in data.get("agent", []):
            entry = Entry(name=a["name"], sector=_check_sector(a.get("sector"), fname),
                          country=a.get("country"), weak=bool(a.get("weak", False)),
                          instrument=bool(a.get("instrument", False)))
            for term in a.get("terms", []):
                d.add(_tokens(term), entry)
        for o in data.get("org", []):
            _add_named(d, [o["name"], *o.get("aliases", [])], o, fname)
        for g in data.get("group", []):
            for member in g.get("members", []):
                names = [member] if isinstance(member, str) else list(member)
                _add_named(d, names, g, fname)
    d.roles = Roles(**{k: frozenset(roles.get(k, ())) for k in Roles.__dataclass_fields__})
    return d


def _add_named(d: ActorDictionary, names: list[str], spec: dict[str, Any], fname: str) -> None:
    entry = Entry(name=names[0], sector=_check_sector(spec.get("sector"), fname),
                  country=spec.get("country"), named=True)
    exact = set(spec.get("exact", []))
    for alias in names:
        # Short acronyms ("IS", "UN") are words in lower case: only their capitals match.
        is_exact = alias in exact or (len(alias) <= 2 and alias.isupper())
        d.add(_tokens(alias), entry, exact=is_exact)


@functools.cache
def load_dictionary() -> ActorDictionary:
    """The actor dictionary of the package (plus files named in ``$ESCRIBE_ACTORS``)."""
    return compile_dictionary((name, tomllib.loads(text)) for name, text in _data_files())


# --- argument finding -------------------------------------------------------------------


# Nouns of force an owner pronoun is the doer of: "killed in its raid", "died in their custody".
FORCE_NOUNS = frozenset({"raid", "attack", "assault", "offensive", "operation", "crackdown", "strike",
                         "firing", "fire", "gunfire", "shelling", "bombardment", "bombing", "ambush",
                         "airstrike", "custody", "onslaught", "incursion", "sweep"})
# Verbs of an attack whose participle clause after a comma tells what it did ("..., killing").
ATTACK_VERBS = AIMED_VERBS | {"attack", "shell", "bomb", "raid", "storm", "strike", "ambush", "spray"}


def _attack_above_relative(v: Token, head: Token) -> Token | None:
    """The attack verb a ", killing ..." participle belongs to when the parse hung it on a
    relative clause of the attack's object, the verb governing that object if it is one; or on
    a clause telling when ("while the protesters slept"), the verb that clause is the time of."""
    if v.tag_ == "VBG" and v.i > head.i and head.head.pos_ in ("VERB", "AUX") and asleep_clause(head):
        # "riot police stormed the camp while the protesters slept, killing four": the stormers
        return head.head
    if v.tag_ != "VBG" or head.dep_ != "relcl" or v.i <= head.i:
        return None
    if not any(t.text == "," for t in v.doc[head.i:v.i]):
        return None
    up = head.head
    for _ in range(3):
        if up.head.i == up.i:
            break
        up = up.head
        if up.pos_ in ("VERB", "AUX"):
            return up if up.lemma_.lower() in ATTACK_VERBS else None
    return None


@dataclass
class _Found:
    role: str
    tok: Token
    deep: bool = False  # found by the clause search (see _Finder.deep_recipient): a guess


def _not_denied(tok: Token) -> Token:
    """"It was the army, not the police, that fired": a clause the parse hangs on the
    denied appositive belongs to the noun before it."""
    if tok.dep_ == "appos" and any(c.dep_ == "neg" and tok.head.i < c.i < tok.i
                                   for c in tok.head.children):
        return tok.head
    return tok


def _is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _verb_in(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether a verb is one of ``verbs``, also when the lemmatiser got it wrong ("staged")."""
    if tok.lemma_.lower() in verbs:
        return True
    low = tok.lower_
    if low in verbs:
        return True
    for suffix, add in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""),
                        ("s", "")):
        if low.endswith(suffix) and low[: -len(suffix)] + add in verbs:
            return True
    if low.endswith(("lled", "pped", "tted", "nned")) and low[:-3] in verbs:
        return True  # "planned", "stepped"
    return False


def _aged(tok: Token) -> bool:
    """"A 17-year-old was beaten": someone named by their age (NER calls it a date)."""
    doc = tok.doc
    return tok.lower_ in ("old", "olds") and tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and \
        doc[tok.i - 2].lower_ in ("year", "years", "month", "months") and \
        tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")


# Harms no trigger names, which a count may be "of": "convicted for most of those deaths".
_HARMS = frozenset({"death", "injury", "crime", "abuse"})


def _place_apposition(obj: Token) -> bool:
    """An object the parse made of an apposition to a place told before it in the clause:
    "fired on a crowd outside the White House, **the seat** of government in Bishkek"."""
    doc = obj.doc
    left = obj.left_edge.i
    if left < 2 or doc[left - 1].text != "," or any(c.dep_ == "dobj" and c.i < obj.i for c in obj.head.children):
        return False
    before = doc[left - 2]
    return before.dep_ == "pobj" and before.head.lower_ in PLACE_PREPS and \
        (before.ent_type_ in ("FAC", "GPE", "LOC") or before.lemma_.lower() in AREA_NOUNS)


def _street_by(obj: Token) -> bool:
    """"To clear **the street outside parliament**": the parse made the building the object,
    the street before it a modifier; a place, no one acted on. So is "protested **outside
    parliament**", the preposition tagged as the object's adjective."""
    doc = obj.doc
    return any(t.lemma_.lower() in AREA_NOUNS and t.i + 1 < obj.i and doc[t.i + 1].lower_ in PLACE_PREPS
               for t in doc[obj.left_edge.i:obj.i]) or \
        (obj.left_edge.lower_ in PLACE_PREPS and obj.left_edge.dep_ == "amod" and obj.left_edge.head == obj)


def _listed_before(subj: Token) -> bool:
    """A subject the parse made of people listed "among them" in the clause before: "113 people
    had been injured, among **them 58 police officers**, and 339 had been arrested"."""
    k = subj.left_edge.i - 1
    doc = subj.doc
    return k > 0 and doc[k].lower_ in ("them", "whom") and doc[k].head.lower_ in ("among", "including") \
        and doc[k].head.head.i != subj.head.i


def _noun_before(verb: Token) -> bool:
    """Whether a noun (no date) stands right before the verb, adverbs aside."""
    k = verb.i - 1
    while k >= 0 and verb.doc[k].pos_ == "ADV":
        k -= 1
    return k >= 0 and verb.doc[k].pos_ in ("NOUN", "PROPN") and verb.doc[k].ent_type_ not in ("DATE", "TIME")


def _described_by_participle(tok: Token) -> Token | None:
    """The noun a participle right before it describes: "protesting **students**" (an
    adjective), "fire on striking garment **workers**" (the parse made the participle a verb
    after the preposition and the noun phrase its object)."""
    if tok.tag_ != "VBG":
        return None
    if tok.dep_ == "amod" and tok.head.i == tok.i + 1:
        return tok.head
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.dep_ == "pcomp" and len(objs) == 1 and objs[0].left_edge.i == tok.i + 1 and \
            objs[0].left_edge.dep_ not in ("det", "poss", "nummod") and \
            not any(c.dep_ in ("nsubj", "aux", "neg") for c in tok.children):
        return objs[0]
    return None


def _verb_read_as_noun(tok: Token) -> bool:
    """"..., and a journalists' union **plans** to hold a vigil": a verb the tagger took for a
    plural noun, with a subject and a "to" clause of its own."""
    return tok.tag_ == "NNS" and tok.dep_ in ("conj", "ROOT", "ccomp") and \
        any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "xcomp" for c in tok.children)


def _told_apart(v: Token) -> bool:
    """A clause a time or cause subordinates: "when the last was killed, his unit mourned
    him" (not "so that marriages are banned", nor a clause joined by "and"); or a condition:
    "threatened to sue if the march is banned" (the ban would not be theirs)."""
    return v.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in TIME_MARKS | {"if", "unless"}
                                     for m in v.children)


def _children(tok: Token, deps: Iterable[str]) -> list[Token]:
    s = set(deps)
    return [c for c in tok.children if c.dep_ in s]


_TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "day", "week", "weekend",
                         "month", "year"})
_TIME_DEIXIS = frozenset({"next", "following", "same", "that", "this", "last", "previous", "every",
                          "each"})
_BY_THE_NUMBER = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens"})
# "the village of X", "the town of X" after a preposition of place: a place, no one acted on.
_NAMED_PLACE_WORDS = frozenset({"village", "town", "city", "township", "hamlet"})
# (not WHERE_PREPS above, which leaves out "at": "protested at the village of X" is where too)
_NAMED_PLACE_PREPS = frozenset({"at", "in", "near", "outside", "inside", "around"})
# Where someone is in a vehicle, not what it does: "fired into the air from a police van".
_INSIDE_PREPS = frozenset({"from", "in", "inside", "into", "aboard", "on", "onto", "to"})


def _named_place(tok: Token) -> bool:
    """"(at) the village of X", "(in) the town of X": a place named, no one acted on."""
    return tok.lower_ in _NAMED_PLACE_WORDS and tok.dep_ == "pobj" and tok.head.lower_ in _NAMED_PLACE_PREPS and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _part_done_to(subj: Token, v: Token) -> bool:
    """"..., most of them shot in the suburbs": part of those told before, in a participle
    clause without an auxiliary, were what was done, not its doers."""
    return part_of_them(subj) and subj.i > 0 and subj.doc[subj.i - 1].text == "," and \
        v.tag_ in ("VBD", "VBN") and not any(a.dep_ in ("aux", "auxpass", "dobj") for a in v.children)


_TIMES_OF_DAY = frozenset({"night", "morning", "evening", "afternoon", "day", "eve"})


def _counted(noun: Token) -> bool:
    """"six people", "dozens of students": a noun phrase that gives a number."""
    return any(c.dep_ == "nummod" for c in noun.children) or \
        (noun.lower_ in _BY_THE_NUMBER and any(p.dep_ == "prep" and p.lower_ == "of" for p in noun.children))


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _dated_pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, and of "of" after a time of day: "on **the night of 26
    March snipers**"."""
    out = _pobjs(prep)
    return out + [q for p in out if p.ent_type_ == "TIME" or p.lemma_.lower() in _TIMES_OF_DAY
                  for o in _children(p, ["prep"]) if o.lower_ == "of" for q in _pobjs(o)]


class _Finder:
    """Finds argument tokens for triggers of one document."""

    def __init__(self, doc: Doc, dic: ActorDictionary, cover: dict[int, tuple[int, int, Entry]]):
        self.doc = doc
        self.cover = cover
        assert dic.roles is not None
        self.r = dic.roles

    def dated_doer(self, tok: Token) -> bool:
        """A noun after a date that the parse made the date's head: "On 27 July police"."""
        return tok.ent_type_ not in ("DATE", "TIME") and tok.pos_ in ("NOUN", "PROPN") and \
            any(c.ent_type_ == "DATE" and c.dep_ in ("compound", "nummod", "nmod") and c.i < tok.i
                for c in tok.children) and self.actor_like(tok)

    def actor_like(self, tok: Token) -> bool:
        if tok.lower_ in _BY_THE_NUMBER and tok.head.lower_ == "by" and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
                not any(c.dep_ == "prep" for c in tok.children):
            return False  # "dismissed by the hundreds": how many, not who did it
        if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "via", "over") and tok.lemma_.lower() in _CHANNELS:
            return False  # "apologised on television": how it was said, not to whom
        if tok.lower_ in ("one", "each", "none", "any", "all", "most", "many", "some", "several", "half") and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(
                    q.i not in self.cover and (q.lemma_.lower() in load_lexicon().nouns or q.lemma_.lower() in _HARMS)
                    for q in _pobjs(p))
                for p in tok.children):
            return False  # "denied every one of these killings": one of the events, no one
        if tok.lower_ in ("nobody", "none", "no-one") or (tok.lower_ == "one" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in tok.children)):
            return False  # "no one had been arrested": a count of none, no one acted on
        if tok.i in self.cover or _aged(tok):
            return True
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lemma_.lower() in PLACE_NOUNS:
            return False  # "in the Macul district of Santiago": where, whatever NER took it for
        if tok.pos_ == "PROPN" and tok.lower_ in _THOROUGHFARES and \
                any(c.dep_ == "compound" and c.lower_ != "wall" for c in tok.children):
            return False  # "looted shops on Water Street", "Tahrir Square": where
        if tok.pos_ == "PROPN" and tok.lower_ in _NAMED_HAPPENINGS and any(c.dep_ == "compound" for c in tok.children):
            return False  # "protesting against the Vietnam War": what, not whom
        low = tok.lower_
        if low in self.r.not_actors or not tok.text[:1].isalnum() or tok.ent_type_ in NOT_ACTOR_ENTS:
            return False
        if tok.ent_type_ in ACTOR_ENTS or tok.pos_ == "PROPN":
            return True
        if tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
            return True  # "the singer Hachalu Hundessa"
        for c in tok.lefts:  # "the Taliban faction", "separatist recruiters"
            m = self.cover.get(c.i)
            if m is not None and c.dep_ in ("compound", "nmod", "amod") and (
                    (m[2].named and c.dep_ != "amod") or (
                        tok.tag_ == "NNS" and m[2].sector and not m[2].weak
                        and not m[2].instrument) or (
                        # "a National Guard vehicle ran over and killed one": the force's
                        tok.lemma_.lower() in self.r.force_vehicles and m[2].sector in ("COP", "MIL")
                        and not (tok.dep_ == "pobj" and tok.head.lower_ in _INSIDE_PREPS))):
                return True
        if tok.pos_ == "PRON" and (low in PRONOUNS_PLURAL or low in PRONOUNS_PERSON
                                   or low in PRONOUNS_THING):
            return True
        if low in RELATIVE and tok.tag_ in ("WP", "WDT", "WP$"):
            return True
        return self.is_quantity(tok)

    def is_quantity(self, tok: Token) -> bool:
        return tok.lower_ in self.r.quantity_words or tok.lemma_.lower() in self.r.quantity_words \
            or (tok.pos_ == "NUM" and tok.dep_ in SUBJECT_DEPS | {"nsubjpass", "dobj"})

    def verb_args(self, v: Token, event: str) -> list[_Found]:
        out: list[_Found] = []
        for c in v.children:
            if c.dep_ in SUBJECT_DEPS and any(m.dep_ == "mark" and c.i < m.i < v.i for m in v.children):
                continue  # "..., many of them in Abidjan, before forces captured him": not its clause's
            if c.dep_ == "nsubj" and c.lower_ == "it" and v.lemma_ == "be" and any(
                    a.dep_ == "attr" and a.ent_type_ == "DATE" for a in v.children):
                continue  # "It is five years today since ...": no one
            subject = c.dep_ in SUBJECT_DEPS
            if subject and _in_dateline(doc_text(c.doc), c.idx, c.idx + len(c.text)):
                # "MOGADISHU — Thirty-seven years ago today, soldiers ... opened fire": the parse
                # made the dateline the subject and the doers its apposition
                text = doc_text(c.doc)
                c = next((a for a in c.children if a.dep_ == "appos" and a.i > c.i and self.actor_like(a)
                          and not _in_dateline(text, a.idx, a.idx + len(a.text))
                          and (a.pos_ == "NOUN" or a.i in self.cover)), c)
            if subject and self.actor_like(c):
                # "three people died": the subject of a verb of suffering is the victim; so is
                # the subject of a bare participle ("two killed and five injured")
                bare = v.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in v.children)
                # ... and of a participle coordinated with a passive, its auxiliary gapped:
                # "47 officers had been injured and more than 100 people arrested"
                # ... and so are counted people before a bare participle with no object ("that
                # six people killed inside a temple had been shot"): a reduced relative, never
                # of a protest ("several thousand people protested", the verb tagged VBN)
                reduced = bare and (c.pos_ == "NUM" or v.dep_ == "conj" and not _children(v, ["dobj"])
                                    and any(a.dep_ == "auxpass" for a in v.head.children)
                                    or not _children(v, ["dobj"]) and _counted(c) and event != "PROTEST")
                # ... and so is one listed "among them" before a verb with no object: "23 deaths,
                # among them a 16-year-old boy shot in the chest" (a participle however tagged)
                listed = not _children(v, ["dobj"]) and any(
                    p.dep_ == "prep" and p.i < c.i and (p.lower_ == "including" or p.lower_ == "among" and any(
                        o.lower_ in ("them", "whom", "those", "these") for o in _pobjs(p))) for p in v.children)
                # ... and so is a part of those told before, set off by a comma, before a verb
                # with no object: "five people were killed, four of them shot"
                part = not _children(v, ["dobj"]) and c.i > 0 and c.doc[c.left_edge.i - 1].text == "," and \
                    any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("them", "whom") for o in _pobjs(p))
                        for p in c.children)
                role = "recipient" if _verb_in(v, self.r.victim_verbs) or reduced or listed or part or \
                    _part_done_to(c, v) else "actor"
                out.append(_Found(role, c))
            elif c.dep_ == "agent":
                for p in _pobjs(c):
                    if p.lower_ in TALLY_NOUNS:
                        continue  # "detained, by the interior ministry's own figures": who counted
                    if self.actor_like(p):
                        out.append(_Found("actor", p))
                    else:  # "wounded by a French counterattack", "by police fire"
                        out.extend(_Found("actor", q) for q in p.children
                                   if (q.dep_ in ("compound", "poss") or q.dep_ == "amod"
                                       and q.ent_type_ == "NORP") and self.actor_like(q)
                                   and (q.i in self.cover or q.ent_type_ in ("GPE", "NORP")))
            elif c.dep_ == "nsubjpass" and _listed_before(c):
                # "113 people had been injured, among them 58 police officers, and 339 had been
                # arrested": the officers are of the injured; the arrested are the conjunct
                out.extend(_Found("actor" if event == "MOBILIZE" else "recipient", k) for k in c.conjuncts
                           if k.i > c.i and (self.actor_like(k) or k.pos_ == "NUM"))
            elif c.dep_ == "nsubjpass" and self.actor_like(c):
                # "riot police were deployed": the ones mobilised are the actors
                out.append(_Found("actor" if event == "MOBILIZE" else "recipient", c))
            elif c.dep_ == "nsubjpass" and event and event != "MOBILIZE":
                # "a camp for refugees was attacked", "the offices of the union were raided"
                out.extend(_Found("recipient", q) for p in _children(c, ["prep"])
                           if p.lower_ in ("of", "for") for q in _pobjs(p)
                           if self.actor_like(q) and not self.instrument(q)
                           and not self.is_town(q) and q.ent_type_ not in ("DATE", "TIME"))
            elif c.dep_ == "dative" and c.pos_ == "ADP":
                # "granted asylum to 30 journalists" ("to" parsed as the dative)
                out.extend(_Found("recipient", p) for p in _pobjs(c)
                           if self.actor_like(p) and not self.instrument(p)
                           and not self.destination(p, event)
                           and p.ent_type_ not in ("DATE", "TIME"))
            elif c.dep_ in ("dobj", "dative") and (_place_apposition(c) or _street_by(c)):
                continue  # "fired on a crowd outside the White House, the seat of government"
            elif c.dep_ == "dobj" and c.lower_ in ("it", "this", "that") and _verb_in(v, self.r.thing_verbs):
                continue  # "the police denied it", "will not allow it": a claim or a deed, no one
            elif c.dep_ in ("dobj", "dative"):
                if self.actor_like(c) and not self.instrument(c):
                    out.append(_Found("recipient", c))
                else:
                    # "staged a protest against X", "demanded the release of X"
                    # "rejected Saddam Hussein's proposal", "demanded autonomy from X"
                    out.extend(_Found("recipient", q) for q in _children(c, ["poss"])
                               if self.actor_like(q) and q.pos_ != "PRON")
                    # "rejected calls by X", "denounced the detention of activists by X": the
                    # one who made the call or did the deed is the one the event is aimed at,
                    # rather than the ones it was done to
                    doers: list[_Found] = []
                    others: list[_Found] = []
                    for p in _children(c, ["prep"]):
                        if p.lower_ == "of" and event.upper() == "PROTEST" and \
                                c.lemma_.lower() in AREA_NOUNS:
                            continue  # "filled the streets of the capital": where, not at whom
                        by = p.lower_ == "by" and not _verb_in(v, self.r.light_verbs)
                        if by or p.lower_ in self.r.recipient_preps or p.lower_ in OBJECT_PREPS:
                            (doers if by else others).extend(
                                _Found("recipient", q) for q in _pobjs(p)
                                if self.actor_like(q) and not self.instrument(q)
                                and q.ent_type_ not in ("DATE", "TIME"))
                    out.extend(doers or others)
            elif c.dep_ == "prep" and c.lower_ == "by" and v.tag_ == "VBG" and \
                    v.dep_ in ("pcomp", "pobj", "nsubj", "dobj"):
                # a gerund used as a noun: "rounds of firing by the police", "shelling by the army"
                out.extend(_Found("actor", p) for p in _pobjs(c) if self.actor_like(p))
            elif c.dep_ == "prep" and c.i < v.i and not any(s.dep_ in SUBJECT_DEPS for s in v.children) and \
                    any(self.dated_doer(p) for p in _dated_pobjs(c)):
                # "On 27 July police and men in plain clothes fired", "On the night of 26 March
                # snipers fired": the parse hung the doers on the date's preposition
                for p in _dated_pobjs(c):
                    if self.dated_doer(p):
                        out.append(_Found("actor", p))
                        out.extend(_Found("actor", q) for q in p.conjuncts if self.actor_like(q))
            elif c.dep_ == "prep" and (c.lower_ in self.r.recipient_preps or c.lower_ == "to"):
                out.extend(_Found("recipient", p) for p in _pobjs(c)
                           if self.actor_like(p) and not self.instrument(p)
                           and p.ent_type_ not in ("DATE", "TIME")
                           and not (c.lower_ in ("to", "into") and self.destination(p, event))
                           # ("march on the capital": where they go)
                           and not (c.lower_ == "on" and event.upper() == "PROTEST" and self.is_town(p))
                           # ("abducted from their homes": where they were taken from; "marched
                           # from the pantheon to the square": where the march set out)
                           and not (c.lower_ == "from" and (self.settlement(p) or event.upper() == "PROTEST"))
                           and not self.site_in_town(p) and not self.site_at(c, v, p)
                           and not (c.lower_ in ("on", "at") and self.undergone(v)))
        if event in ("ASSAULT", "COERCE") and not any(c.dep_ in ("dobj", "nsubjpass") for c in v.children):
            # an object shared with the next verb: "police beat and arrested 400 demonstrators"
            out.extend(_Found("recipient", o) for o in shared_objects(v)
                       if self.actor_like(o) and not self.instrument(o))
        if event == "ASSAULT" and not any(f.role == "recipient" for f in out):
            out.extend(self.aimed_with(v))
        if event == "ASSAULT":
            # "struck a building, killing at least 20 people": the victims of the same attack
            for c in v.children:
                if c.dep_ == "advcl" and c.tag_ == "VBG":
                    out.extend(_Found("recipient", o) for o in _children(c, ["dobj"])
                               if self.actor_like(o) and not self.instrument(o))
            # "two were killed when police opened fire": whoever did the deed of the "when"
            # clause did the killing, when the victims' clause names nobody
            passive = v.tag_ == "VBN" or _verb_in(v, self.r.victim_verbs)
            if passive and not any(f.role == "actor" for f in out):
                verbs = [v, *(c for c in v.children if c.dep_ == "conj" and c.tag_ == "VBN")]
                for c in (a for w in verbs for a in w.children):
                    # (a deed: not "when the president tried to postpone the election, three
                    # were killed")
                    if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and
                                                 m.lower_ in ("when", "as", "after")
                                                 for m in c.children) and \
                            match_token(c, load_lexicon()) is not None:
                        out.extend(_Found("actor", q) for q in _children(c, SUBJECT_DEPS)
                                   if self.actor_like(q) and q.pos_ != "PRON")
        if event and not any(f.role == "recipient" for f in out):
            # "demanded that the government resign": the clause's subject;
            # "threatened to ban opposition candidates": the object of the complement
            # "announced it would return weapons seized from peacekeepers": when the clause's
            # subject is a pronoun (the same actor), the clause's own recipients
            for c in v.children:
                if run_on(c):
                    continue  # "100,000 marched ...; that year the generals suspended civil liberties"
                if c.dep_ == "ccomp" and _is_verbal(c) and not any(
                        m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in c.children) and not (
                        c.i < v.i and any(t.text == ":" for t in v.doc[c.right_edge.i:v.i])):
                    # (not a time the parse took for a complement: "the day after the ruling
                    # party named him, hundreds took to the streets")
                    subj = [s for s in c.children if s.dep_ in SUBJECT_DEPS | {"nsubjpass"}]
                    acted_on = [f for f in self.verb_args(c, "") if f.role == "recipient"]
                    if event.upper() == "THREATEN" and acted_on and subj and subj[0].dep_ in SUBJECT_DEPS:
                        # "warned that police would arrest the organisers": the organisers
                        out.extend(acted_on)
                    elif subj and subj[0].pos_ != "PRON" and self.actor_like(subj[0]):
                        out.append(_Found("recipient", subj[0]))
                    elif subj:
                        out.extend(acted_on)
                elif _is_verbal(c) and (c.dep_ == "xcomp" or (
                        c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children
                                                  if a.dep_ == "aux")
                        # (not a circumstance: "with no one on the streets to stop them")
                        and not any(m.dep_ == "mark" for m in c.children))):
                    # "threatened to ban X", "went on hunger strike to protest X's policy"
                    out.extend(f for f in self.verb_args(c, "") if f.role == "recipient")
        return out

    def aimed_with(self, v: Token) -> list[_Found]:
        """"fired tear gas, water cannon and then live rounds at the crowd": the target hangs
        off the last of the things fired, which the parse may have coordinated as a verb of its
        own ("live" taken for a verb whose object is "rounds"). The objects, their conjuncts
        without a subject of their own, and those conjuncts' objects are searched for "at",
        "on", "into" and the like."""
        found: list[_Found] = []
        frontier = [c for c in v.children if c.dep_ == "dobj"] + \
            [c for c in v.children if c.dep_ == "conj" and c.tag_ in ("JJ", "VB")]
        seen: set[int] = set()
        while frontier:
            node = frontier.pop(0)
            if node.i in seen or len(seen) > 12:
                continue
            seen.add(node.i)
            if any(c.dep_ in SUBJECT_DEPS for c in node.children):
                continue  # "and protesters threw stones at them": another clause
            for c in node.children:
                if c.dep_ in ("conj", "dobj"):
                    frontier.append(c)
                elif c.dep_ == "prep" and c.lower_ in AIM_PREPS:
                    found.extend(_Found("recipient", q) for q in _pobjs(c)
                                 if self.actor_like(q) and not self.instrument(q)
                                 and q.ent_type_ not in ("DATE", "TIME"))
        return found

    @staticmethod
    def _deep_rank(t: Token) -> int:
        """Among recipients found at the same depth, who did the thing protested ("the
        arrest of their leader *by police*", "*the government's* refusal") comes first, the
        one it was done to ("*of* their leader") after, a place last."""
        if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS:
            return 3
        if t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.dep_ == "agent") \
                or (t.dep_ == "pobj" and t.head.lower_ == "by"):
            return 0
        if t.dep_ == "pobj" and t.head.lower_ == "of":
            return 2
        return 1

    def deep_hit(self, c: Token, event: str, trig: Token | None = None) -> bool:
        """Whether an actor-like token met by the clause search may be the recipient."""
        if self.is_quantity(c) and any(self.instrument(q) for p in _children(c, ["prep"])
                                       for q in _pobjs(p)):
            return False  # "the number of nuclear missiles": weapons
        if self.settlement(c) and event not in ASSAULT_LIKE:
            return False  # a home or a village is hit or searched, not negotiated with
        if c.dep_ == "dobj" and (_street_by(c) or _place_apposition(c)):
            return False  # "to clear the street outside parliament": where
        if c.dep_ != "pobj":
            return True
        prep = c.head.lower_
        holder = c.head.head
        if holder.dep_ == "dobj" and holder.head.lemma_.lower() in AIMED_VERBS:
            holder = holder.head  # "fired rubber bullets in Barcelona": the firing's place
        if event in ASSAULT_LIKE and (self.settlement(c) or (
                self.is_town(c) and not country_code(c.text))) and \
                not (prep in WHERE_PREPS and (holder.lemma_.lower() in AIMED_VERBS
                                              or holder.lemma_.lower() in GATHERINGS
                                              or (prep == "in" and trig is not None and holder.i == trig.i
                                                  and holder.pos_ in ("VERB", "AUX")))) and \
                not self.site_at(c.head, c.head.head, c):
            # "a curfew in the town", "fired shells at Jericho": its people; but "opened fire
            # in Khartoum", "fired on a march in Khartoum" or "shops were looted in Cazenga" (the
            # deed's own verb) says where, not at whom
            return True
        if prep in PLACE_PREPS:
            return False  # "in police custody", "at the embassy": where, not whom
        if prep == "of" and self.is_town(c) and c.head.head.dep_ == "pobj" \
                and c.head.head.head.lower_ in LOCATIVE_PREPS:
            return False  # "took to the streets of Kathmandu", "in the centre of Lima": where
        if prep in LOCATIVE_PREPS and (self.is_town(c) or (
                c.ent_type_ in ("ORG", "FAC") and c.i not in self.cover
                and prep not in ("to", "from", "on"))):
            return False  # "into Kabul", "outside Parliament": where, not whom
        return True

    def of_state(self, tok: Token) -> bool:
        """Whether the dictionary makes a word the state's force or government ("the army's")."""
        m = self.cover.get(tok.i)
        return m is not None and m[2].sector in SECURITY | STATE_SECTORS

    def settlement(self, tok: Token) -> bool:
        """A village, town or neighbourhood of the dictionary (its people, CVL)."""
        m = self.cover.get(tok.i)
        return m is not None and m[2].sector == "CVL" and not m[2].weak and not m[2].named

    def instrument(self, tok: Token) -> bool:
        m = self.cover.get(tok.i)
        return m is not None and m[2].instrument

    def destination(self, tok: Token, event: str) -> bool:
        """Whether the object of "to" is where someone goes rather than whom the event is
        for: a town ("marched to the city"), but not a state that aid, a visit or a request is
        addressed to ("sent aid to Turkey")."""
        if not self.is_town(tok):
            # a town NER took for a person
            return tok.i not in self.cover and (goal_of_motion(tok) or told_where(tok) or site_of_motion(tok))
        return not (event.upper() in PARTNER_EVENTS and country_code(tok.text))

    def undergone(self, v: Token) -> bool:
        """A passive whose subject is people ("the men who were shot on the Plaza de Armas"):
        they are whom it was done to, and "on"/"at" says where."""
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
            subj = v.head
        return subj is not None and self.actor_like(subj)

    def site_in_town(self, tok: Token) -> bool:
        """"clashed with police at Tinkune in Kathmandu": a name the dictionary does not know,
        itself placed in a town, is a site (a square, a crossroads), not someone."""
        if tok.i in self.cover:
            return False
        return any(c.dep_ == "prep" and c.lower_ in ("in", "near", "outside")
                   and any(self.is_town(q) for q in _pobjs(c)) for c in tok.children)

    def site_at(self, prep: Token, head: Token, tok: Token) -> bool:
        """"clashes at Bagua", "died at Ayacucho": a town after "at" says where a clash or a
        death was; after "fired at" it is aimed at ("fired shells at Jericho")."""
        return prep.lower_ == "at" and head.lemma_.lower() in SITE_AT_HEADS and (
            self.is_town(tok) or self.settlement(tok) or (
                tok.pos_ == "PROPN" and tok.i not in self.cover
                and any(e.kind in ("city", "admin1") for e in gz.lookup(tok.text))))

    def is_town(self, tok: Token) -> bool:
        return tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.i not in self.cover

    def inherited(self, v: Token, depth: int = 0) -> list[_Found]:
        """Arguments a subjectless verb borrows from the clause it depends on."""
        if depth > 3:
            return []
        dep, head = v.dep_, v.head
        if head is v:
            return []
        if dep in ("relcl", "acl") and not _is_verbal(head):
            if any(c.lower_ in ("where", "when", "whereby") for c in v.children if c.dep_ == "advmod"):
                return []  # "eastern Syria, where 200 mercenaries were killed": a place, a time
            rel_subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}]
            if rel_subj and rel_subj[0].lower_ in RELATIVE:
                role = "actor" if rel_subj[0].dep_ in SUBJECT_DEPS else "recipient"
            elif rel_subj:
                role = "recipient"  # "the students police arrested"
            elif (v.tag_ == "VBN" or dep == "acl" and v.tag_ == "VBD" and head.dep_ == "appos"
                  and not any(c.dep_ == "dobj" for c in v.children)) \
                    and not (v.lemma_.lower() in CROWD_VERBS and not any(c.dep_ == "agent" for c in v.children)):
                # "protesters arrested by police" (and "Salah Sanhouri, a young pharmacist shot
                # outside his home", the participle of an apposition tagged a past tense)
                role = "recipient"
            else:
                role = "actor"  # "police firing tear gas"
            head = _not_denied(head)
            if self.actor_like(head):
                return [_Found(role, head)]
            owner = [c for c in head.children if c.dep_ == "poss" and self.actor_like(c)]
            if role == "actor" and dep == "acl" and owner and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in v.children):
                return [_Found("actor", owner[0])]  # "the minister's decision to ban the march"
            if role == "actor" and dep == "acl" and head.dep_ == "dobj" and _is_verbal(head.head):
                # "issued a statement condemning X": who issued it
                return [f for f in self.verb_args(head.head, "") if f.role == "actor"
                        and f.tok.dep_ in SUBJECT_DEPS]
            return []
        if dep in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ == "from" and \
                _is_verbal(v) and _is_verbal(head.head):
            # "soldiers stopped the cab drivers from marching": who was kept from doing it
            kept = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass") and self.actor_like(c)]
            if kept:
                return [_Found("actor", kept[0])]
        if dep in ("pcomp", "pobj") and head.dep_ == "prep" and _is_verbal(head.head):
            # "resorted to throwing stones", "were engaged in looting"
            v2 = head.head
            if any(c.dep_ == "auxpass" for c in v.children):
                # "complained of being beaten": done to them
                return [_replace(f, role="recipient") for f in self.verb_args(v2, "")
                        if f.role == "actor" and f.tok.dep_ in SUBJECT_DEPS]
            return [f for f in self.verb_args(v2, "") if f.role == "actor"] \
                or ([_Found("actor", c) for c in v2.children if c.dep_ == "nsubjpass"
                     and self.actor_like(c)] if _verb_in(v2, self.r.participation_verbs)
                    else []) \
                or self.inherited(v2, depth + 1)
        if head.dep_ in ("acomp", "amod") and head.pos_ == "ADJ" and dep == "xcomp" \
                and _is_verbal(head.head):
            # "he is prepared to lift the ban", "ready to talk": the subject of the copula
            v, head = head, head.head
            dep = "xcomp"
        if not _is_verbal(head) and not _verb_read_as_noun(head):
            return []
        to_clause = dep == "xcomp" or (dep == "advcl" and any(
            a.lower_ == "to" for a in v.children if a.dep_ == "aux"))
        if to_clause:
            objs = [c for c in head.children if c.dep_ == "dobj" and self.actor_like(c)]
            if objs:  # "ordered troops to fire", "forcing the guards to shoot"
                return [_Found("actor", objs[0])]
            # "called on soldiers not to open fire", "appealed to the police to release them"
            asked = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ASKED_PREPS.get(
                head.lemma_.lower(), ()) for p in _pobjs(c) if self.actor_like(p)]
            if asked:
                return [_Found("actor", asked[0])]
            passive = [c for c in head.children if c.dep_ == "nsubjpass" and self.actor_like(c)]
            if passive:  # "the police were forced to lathicharge"
                return [_Found("actor", passive[0])]
        if dep in ("conj", "xcomp", "advcl", "ccomp", "pcomp"):
            stranded = _stranded_subject(v) if dep == "conj" else None
            if stranded is not None and self.actor_like(stranded):
                # "troops shelled the village and six children were killed": the children were
                # killed, though the parse joined them to the village
                return [_Found("recipient" if any(c.dep_ == "auxpass" for c in v.children) else "actor",
                               stranded)]
            if dep == "ccomp" and head.lemma_ not in ("continue", "begin", "start"):
                return []
            if contrast_clause(v):
                return []  # "guards were stabbed by looters, while students were wounded in army gunfire"
            main = _attack_above_relative(v, head) if dep == "advcl" else None
            if main is not None:
                # "police opened fire on residents who had blocked a line, killing one man":
                # the shooters killed, whatever relative clause the parse hung it on
                head = main
            base = self.verb_args(head, "")
            subj = [f for f in base if f.role == "actor" and f.tok.dep_ in SUBJECT_DEPS | {"pobj"}]
            if dep == "conj":
                subj += [f for f in base if f.tok.dep_ == "nsubjpass"]
            found = subj or self.inherited(head, depth + 1)
            if dep in ("conj", "xcomp", "pcomp") and any(c.dep_ == "auxpass" for c in v.children):
                # "fighters who had gone abroad and had not been captured", "detainees
                # described being beaten": done to them
                found = [_replace(f, role="recipient") for f in found]
            return found
        return []

    def noun_args(self, n: Token, event: str) -> list[_Found]:
        out: list[_Found] = []
        of_role = "recipient" if event.lower() in self.r.of_recipient_events else "actor"
        for c in n.children:
            if c.dep_ == "prep":
                low = c.lower_
                objs = [p for p in _pobjs(c) if self.actor_like(p)]
                if low in self.r.agent_preps:
                    out.extend(_Found("actor", p) for p in objs)
                elif low == "of":
                    for p in objs:
                        out.append(_Found(of_role, p))
                        # "the arrest of 20 students by police": "by" often hangs off the object
                        for pc in p.children:
                            if pc.dep_ == "prep" and pc.lower_ == "by":
                                out.extend(_Found("actor", q) for q in _pobjs(pc) if self.actor_like(q))
                elif low == "between" and event.upper() in ("ASSAULT", "PROTEST", "THREATEN"):
                    out.extend(_Found("actor", p) for p in objs)  # "fighting between A and B"
                elif low in self.r.recipient_preps or (low == "to" and event.upper() != "PROTEST"):
                    # "a crackdown on journalists", "aid to displaced people"
                    out.extend(_Found("recipient", p) for p in objs
                               if p.ent_type_ not in ("DATE", "TIME") and not self.instrument(p)
                               and not (low == "to" and self.destination(p, event))
                               and not self.site_at(c, n, p))
            elif c.dep_ in ("compound", "poss") and c.i < n.i and self.actor_like(c):
                if c.ent_type_ in ("GPE", "LOC", "FAC") and c.i not in self.cover \
                        and c.dep_ == "compound" and not (event.upper() == "ASSAULT" and country_code(c.text)):
                    continue  # "Nairobi protest": a place, not an actor (but "a US drone raid")
                if c.dep_ == "poss" and event.upper() == "PROTEST" and c.pos_ == "PROPN" and \
                        not country_code(c.text) and any(
                            e.kind == "city" and (c.ent_type_ != "PERSON" or (e.population or 0) >= 100_000)
                            for e in gz.lookup(c.text)):
                    continue  # "Niamey's tax protests": where (but "Russia's protests" are its people's)
                m = self.cover.get(c.i)
                if c.dep_ == "compound" and m is not None and m[2].weak and not m[2].named:
                    continue  # "coalition talks", "group meeting": a kind of event
                if c.dep_ == "compound" and self.settlement(c):
                    continue  # "house arrest", "village meeting": where, not who
                if m is not None and m[0] <= n.i < m[1]:
                    # "air strikes": the phrase is the event itself; "a French air strike": whose
                    out.extend(_Found("actor", g) for g in c.children
                               if g.dep_ in ("compound", "amod", "poss") and self.actor_like(g))
                    continue
                if c.dep_ == "compound" and c.lower_ in self.r.quantity_words and \
                        not any(g.dep_ == "prep" for g in c.children):
                    continue  # "mass protests", "group meeting": how big, not who
                if c.dep_ == "poss" and n.lemma_.lower() in self.r.undergone_nouns and \
                        not any(p.dep_ == "prep" and p.lower_ == "of" for p in n.children) and \
                        not self.of_state(c):
                    out.append(_Found("recipient", c))  # "their killing", "his arrest"
                    continue
                out.append(_Found("actor", c))
            elif c.dep_ == "amod" and c.pos_ in ("NOUN", "PROPN") and c.i in self.cover \
                    and self.cover[c.i][2].sector:
                out.append(_Found("actor", c))  # "student protest" parsed as a modifier
            elif c.dep_ == "amod" and c.ent_type_ == "NORP" and country_code(c.text):
                out.append(_Found("actor", c))  # "an Israeli airstrike": Israel did it
            elif c.dep_ == "acl":
                # "a protest organised by students"
                for a in _children(c, ["agent"]):
                    out.extend(_Found("actor", p) for p in _pobjs(a) if self.actor_like(p))
        if not any(f.role == "actor" for f in out):
            out.extend(self.light_verb_actor(n, event))
        return out

    def light_verb_actor(self, n: Token, event: str = "") -> list[_Found]:
        head = n.head
        if head is n:
            return []
        verb: Token | None = None
        if n.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_ in UNDERGO_VERBS:
            # "the valley is under bombardment", "the patrol came under fire": done to them
            return [_Found("recipient", c) for c in head.head.children
                    if c.dep_ == "nsubj" and self.actor_like(c)]
        if n.dep_ == "pobj" and head.lower_ in ("on", "at") and (
                head.head.lemma_.lower() in AIMED_VERBS or head.head.lemma_.lower() in ("fire", "attack")):
            return []  # "troops fired on a march", "opened fire on a rally": the target
        if n.dep_ == "dobj" and any(c.dep_ == "oprd" for c in head.children):
            return []  # "the authorities called the unrest a plot": they named it
        if n.dep_ in ("dobj", "attr", "oprd") and _is_verbal(head) \
                and _verb_in(head, self.r.light_verbs):
            verb = head
        elif n.dep_ == "pobj" and head.lower_ in ("in", "into", "on", "for", "under") \
                and _is_verbal(head.head):
            v = head.head
            if _verb_in(v, self.r.victim_verbs):
                return []  # "died in a French air strike": who died did not strike
            if _verb_in(v, self.r.participation_verbs) or _verb_in(v, self.r.light_verbs):
                verb = v  # "took part in a rally", "went on strike", "gathered for a rally"
            elif event.upper() != "PROTEST" and not _verb_in(v, self.r.reaction_verbs):
                verb = v  # "arrived on a visit", "engaged in looting"
            elif head.lower_ == "in" and not any(c.dep_ in ("det", "poss") for c in n.children):
                verb = v  # "farmers drove tractors into Paris in protest"
        elif n.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in RESPONSE_VERBS:
            # "security forces responded with live fire", "marchers were met with tear gas":
            # the one answering did it, to the one answered
            return [f for f in self.verb_args(head.head, "ASSAULT") if f.role in ("actor", "recipient")]
        elif n.dep_ == "pobj" and head.lower_ in ("in", "on") and head.head.dep_ == "dobj" \
                and _is_verbal(head.head.head) and not _verb_in(head.head.head, self.r.reaction_verbs):
            verb = head.head.head  # "had a hand in the bombing" (not "suspected a hand in")
        elif n.dep_ in ("dobj", "pobj") and event.upper() != "PROTEST":
            # "the president imposed a curfew", "Egypt offered mediation", "called for talks"
            v = head if n.dep_ == "dobj" else head.head
            if n.dep_ == "pobj" and head.lower_ not in ("for", "to"):
                return []
            if _is_verbal(v) and not _verb_in(v, self.r.reaction_verbs):
                verb = v
        elif n.dep_ == "nsubj" and _is_verbal(head) and _verb_in(head, self.r.attract_verbs) and \
                event.upper() not in ("ASSAULT", "COERCE", "SANCTION", "ACCUSE"):
            # "the protest drew 5,000 people" (but those "his arrest brought back to the
            # streets" did not arrest him)
            return [_Found("actor", o) for o in _children(head, ["dobj"]) if self.actor_like(o)]
        elif n.dep_ == "nsubjpass" and _is_verbal(head):
            return [_Found("actor", p) for a in _children(head, ["agent"]) for p in _pobjs(a)
                    if self.actor_like(p)]
        if verb is None:
            return []
        found = [f for f in self.verb_args(verb, "") if f.role == "actor"]
        passive = [c for c in verb.children if c.dep_ == "nsubjpass" and self.actor_like(c)]
        if passive and event.upper() in ("COERCE", "SANCTION") and n.dep_ == "pobj":
            # "both accused were later taken into custody", "were placed under arrest": those it was
            # done to (and the doer, if a by-phrase names one)
            return found + [_Found("recipient", c) for c in passive]
        if not found and (_verb_in(verb, self.r.participation_verbs)
                          or _verb_in(verb, self.r.light_verbs)):
            # "militias were engaged in looting", "students were involved in a protest"
            found = [_Found("actor", c) for c in verb.children
                     if c.dep_ == "nsubjpass" and self.actor_like(c)]
        return found or [f for f in self.inherited(verb) if f.role == "actor"]

    def arguments(self, trig: Token, event: str) -> list[_Found]:
        if misparsed_gerund(trig):
            # "accused the police of beating protesters": the one accused beat the noun the
            # parse made the gerund an adjective of
            found = [_Found("recipient", trig.head)] if self.actor_like(trig.head) else []
            x = trig.head.head.head
            if x.pos_ in ("NOUN", "PROPN", "PRON") and x.dep_ in ("dobj", "nsubjpass") and self.actor_like(x):
                found.insert(0, _Found("actor", x))
            return self.expand(found)
        described = _described_by_participle(trig) if event.upper() == "PROTEST" else None
        if described is not None and self.actor_like(described):
            # "fired on protesting students", "opened fire on striking garment workers": the
            # protesters (however the parse hung them)
            return self.expand([_Found("actor", described)])
        # "died in the police firing": a gerund with a determiner or a modifier is a noun
        gerund_noun = trig.tag_ == "VBG" and trig.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") \
            and any(c.dep_ in ("det", "compound", "poss") for c in trig.children)
        if _is_verbal(trig) and not gerund_noun:
            found = self.verb_args(trig, event)
            # A verb with a subject of its own borrows none: in "the fighting has killed 15,000,
            # and millions have fled", those who fled did not kill; in "when the last was
            # killed, his unit mourned him", the unit did not kill.
            # (A passive joined by "and" still shares the doer: "police raided the camp and 40
            # were detained".)
            own_subject = any((c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" and _told_apart(trig))
                              and c.lower_ not in RELATIVE for c in trig.children)
            if trig.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in trig.children) and \
                    not any(f.role == "recipient" for f in found):
                # "a man who was seen being shot": the one the passive tells of underwent it
                found += [_replace(f, role="recipient") for f in self.inherited(trig)]
            elif not any(f.role == "actor" for f in found):
                # (a passive with a subject of its own underwent nothing of the clause before:
                # "thousands marched ..., and a Bitcoin machine was set on fire")
                own_passive = trig.dep_ == "conj" and any(c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE
                                                          for c in trig.children)
                found += [f for f in self.inherited(trig) if f.role == "actor" and not own_subject
                          or f.role != "actor" and not any(g.role == "recipient" for g in found)
                          and not own_passive]
            elif not own_subject and trig.dep_ == "conj" and trig.tag_ == "VBN" and \
                    not any(f.role == "recipient" for f in found):
                # "a man was surrounded and struck by police": the first passive's subject
                found += [f for f in self.inherited(trig) if f.role == "recipient"]
            if not any(f.role == "actor" for f in found) and trig.tag_ == "VBN":
                # "1,400 people were killed ..., most of them by security forces"
                found += [_Found("actor", p) for c in trig.children
                          if c.dep_ in ("npadvmod", "appos", "advmod", "dep")
                          and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
                          for b in c.children if b.dep_ == "prep" and b.lower_ == "by"
                          for p in _pobjs(b) if self.actor_like(p)]
            if not any(f.role == "actor" for f in found) and any(c.dep_ == "auxpass" for c in trig.children):
                # "were arrested and beaten by police": the last passive's by-agent is both's (not
                # "detained and later released by the court")
                found += [_Found("actor", p) for c in trig.children
                          if c.dep_ == "conj" and c.tag_ == "VBN"
                          and not any(s.dep_ in SUBJECT_DEPS or s.dep_ in ("nsubjpass", "advmod")
                                      for s in c.children)
                          for a in _children(c, ["agent"]) for p in _pobjs(a) if self.actor_like(p)]
            if not any(f.role == "actor" for f in found):
                # "US drone attacks killed ...", "an army raid freed ...": the event noun
                # that is the subject names who did it
                for c in trig.children:
                    if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and not self.actor_like(c):
                        found += [f for f in self.noun_args(c, "") if f.role == "actor"
                                  and f.tok.dep_ in ("compound", "poss", "amod", "pobj")]
            if not any(f.role == "actor" for f in found):
                found += self.circumstance_actor(trig)
            if not any(f.role == "actor" for f in found) and trig.i > 0:
                # "perished in police firing" parsed as "perished [in police] [firing]":
                # the doer is the object of the preposition right before the trigger
                prev = trig.doc[trig.i - 1]
                if prev.dep_ == "pobj" and prev.head.lower_ in ("in", "during", "by") and \
                        prev.head.head.i == trig.head.i and trig.dep_ in ("advcl", "acl", "xcomp") \
                        and self.actor_like(prev):
                    found.append(_Found("actor", prev))
            if trig.dep_ == "acl" and not any(f.role == "recipient" for f in found):
                found += self.victims_above(trig)  # "died in police firing", misparsed
            # "opened fire on the crowd": the object of the light verb is the trigger's
            if _verb_in(trig, self.r.light_verbs):
                for c in _children(trig, ["dobj"]):
                    for p in _children(c, ["prep"]):
                        if p.lower_ in self.r.recipient_preps:
                            found += [_Found("recipient", q) for q in _pobjs(p) if self.actor_like(q)]
        else:
            found = self.noun_args(trig, event)
            head = trig.head
            if trig.dep_ == "dobj" and _is_verbal(head) and any(
                    f.role == "actor" and f.tok.dep_ == "poss" and f.tok.pos_ == "PRON" for f in found):
                # "Turkey launched its offensive": the one who launched it is its owner
                subj = [c for c in head.children if c.dep_ in SUBJECT_DEPS and self.actor_like(c)]
                if subj:
                    found = [f for f in found if not (f.role == "actor" and f.tok.dep_ == "poss")]
                    found.append(_Found("actor", subj[0]))
            # "a mediation mission", "tons of food aid": the phrase the trigger is part of
            # holds the arguments
            outer = trig
            for _ in range(2):
                if outer.dep_ == "compound" and outer.head.pos_ in ("NOUN", "PROPN"):
                    outer = outer.head
                elif outer.dep_ == "pobj" and outer.head.lower_ == "of" \
                        and outer.head.head.pos_ == "NOUN" and outer.head.head.i < outer.i:
                    outer = outer.head.head
                else:
                    break
            found += self.victims_above(trig)
            if outer is not trig:
                more = self.noun_args(outer, event)
                have = {f.role for f in found}
                found += [f for f in more if f.role not in have and f.tok is not trig]
            # "opened fire on the crowd" with "fire" as trigger, "granted asylum to 18 rebels",
            # "provided tons of food aid to refugees": the verb whose object names the event
            # holds its recipient
            head = outer.head
            if outer.dep_ == "dobj" and _is_verbal(head) and (
                    _verb_in(head, self.r.light_verbs)
                    or not _verb_in(head, self.r.reaction_verbs)):
                found += [f for f in self.verb_args(head, event) if f.role == "recipient"
                          and f.tok is not trig and f.tok is not outer]
        if _is_verbal(trig) and trig.dep_ in ("pcomp", "advcl") \
                and any(c.dep_ == "auxpass" for c in trig.children) \
                and not any(c.dep_ == "nsubjpass" for c in trig.children) \
                and not any(f.role == "recipient" for f in found):
            # "a journalist died after being beaten": the subject of the main clause
            v = trig.head.head if trig.head.dep_ == "prep" else trig.head
            if _is_verbal(v):
                found += [_Found("recipient", c) for c in v.children
                          if c.dep_ in SUBJECT_DEPS | {"nsubjpass"} and self.actor_like(c)]
        if _is_verbal(trig) and trig.dep_ == "relcl" and self.actor_like(trig.head) \
                and not any(f.role == "recipient" for f in found) \
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in trig.children) \
                and any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE
                        for c in trig.children):
            found.append(_Found("recipient", trig.head))  # "the soldiers they had captured"
        # (a criticism one is punished for is a deed too: "jailed the activist for criticising
        # the president")
        accused = self.accused_doer(trig) if event.upper() != "ACCUSE" or trig.tag_ == "VBG" else None
        if accused is not None:
            taken = {f.tok.i for f in accused}
            found = [f for f in found if f.role != "actor" and f.tok.i not in taken] + accused
        if event:
            found = self.obligation(trig, found)
        if event and not any(f.role == "recipient" for f in found):
            found += self.deep_recipient(trig, event, found)
        # A clausal subject ("whoever takes to the streets may pay") is no one.
        found = [f for f in found if f.tok is not trig and f.tok.dep_ != "csubj"]
        return self.expand(found)

    def accused_doer(self, trig: Token) -> list[_Found] | None:
        """The doer of a deed someone is charged with, tried or held for: the one charged
        ("charged three officers with torture", "two men were arrested for the killing", "the
        arrest of a farmer over the attack"), or no one named; None when no such frame holds."""
        if trig.dep_ == "dobj" and trig.head.dep_ == "pcomp" and trig.head.tag_ == "VBG":
            trig = trig.head  # "accused the police of using excessive force"
        prep = trig.head
        if trig.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep":
            return None
        verbs = {"with": self.r.accusation_with, "of": self.r.accusation_of,
                 "for": self.r.accusation_for, "over": self.r.accusation_over}.get(prep.lower_)
        if verbs is None:
            return None
        x = prep.head
        if x.pos_ == "ADJ" and x.lower_ == "guilty" and prep.lower_ == "of" and _is_verbal(x.head):
            # "found him guilty of murder", "was found guilty of murder"
            return [_Found("actor", c) for c in x.head.children
                    if c.dep_ in ("dobj", "nsubjpass") and self.actor_like(c)][:1]
        nouns_ok = prep.lower_ in ("for", "over")
        if x.pos_ in ("NOUN", "PROPN", "PRON") and (
                x.dep_ in ("dobj", "nsubjpass") and _is_verbal(x.head) and _verb_in(x.head, verbs)
                or nouns_ok and x.dep_ == "pobj" and x.head.lower_ == "of"
                and x.head.head.lemma_.lower() in self.r.accusation_nouns):
            # "accused three officers of torture", "the arrest of a farmer over the attack":
            # the phrase hung on the one charged
            return [_Found("actor", x)] if self.actor_like(x) else []
        if _is_verbal(x) and _verb_in(x, verbs) and x.lemma_.lower() != "find":
            return [_Found("actor", c) for c in x.children
                    if c.dep_ in ("dobj", "nsubjpass") and self.actor_like(c)][:1]
        if nouns_ok and x.pos_ == "NOUN" and x.lemma_.lower() in self.r.accusation_nouns:
            return [_Found("actor", q) for p in _children(x, ["prep"]) if p.lower_ == "of"
                    for q in _pobjs(p) if self.actor_like(q)][:1]
        return None

    def obligation(self, trig: Token, found: list[_Found]) -> list[_Found]:
        """"X said (that) Y must do Z": X demands it of Y, so X is the actor and Y the
        recipient of the event told in the clause, not its actor."""
        clause = trig if _is_verbal(trig) else trig.head
        for _ in range(3):
            if not _is_verbal(clause):
                return found
            if any(c.dep_ == "aux" and c.lower_ in self.r.obligation_words
                   for c in clause.children):
                break
            up = clause.head
            if clause.dep_ == "xcomp" and up.pos_ == "ADJ" and up.dep_ == "acomp":
                up = up.head  # "must be ready to mediate"
            elif clause.dep_ not in ("xcomp", "advcl", "conj") or up is clause:
                return found
            clause = up
        else:
            return found
        sayer = clause.head
        if clause.dep_ != "ccomp" or sayer is clause or not _is_verbal(sayer) \
                or not _verb_in(sayer, self.r.saying_verbs):
            return found
        subj = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        # "we must", "they must": an exhortation of one's own side, no demand on another
        if not subj or subj[0].pos_ == "PRON" or not self.actor_like(subj[0]):
            return found
        actors = [f for f in self.verb_args(sayer, "") if f.role == "actor"
                  and f.tok.dep_ in SUBJECT_DEPS]
        if not actors:
            return found
        addressees = {subj[0].i, *(c.i for c in subj[0].conjuncts)}
        out = [f for f in found if f.tok.i not in addressees and f.role != "actor"]
        return [*actors, _Found("recipient", subj[0]), *out]

    def deep_recipient(self, trig: Token, event: str, found: list[_Found]) -> list[_Found]:
        """The nearest actor down the trigger's purpose and complement clauses, when no rule
        found a recipient: "staged a strike *to demand* reforms *by* X's government", "a hunger
        strike *in protest of* X's refusal", "rejected calls *by* X", "a truce *with* X".

        A breadth-first walk from the trigger (and the verb whose object it is) along
        complements, prepositions, possessives and participles; subjects and the actors
        already found are not entered, nor places after a locative preposition."""
        roots = [trig]
        outer = trig
        when = False
        while outer.dep_ in ("compound", "pobj", "prep") and outer.head is not outer \
                and not _is_verbal(outer):
            outer = outer.head
            when = when or (outer.dep_ == "prep" and outer.lower_ in WHEN_PREPS)
        if when and event.upper() == "PROTEST":
            pass  # "police killed several students during the protests": not the protests' target
        elif outer.dep_ in ("dobj", "pobj", "attr", "oprd", "prep") and _is_verbal(outer.head):
            roots.append(outer.head)  # "began a sit-in in protest of ..."
        elif _is_verbal(outer) and outer is not trig:
            roots.append(outer)
        blocked = {f.tok.i for f in found}
        for r in roots:
            for c in r.children:
                if c.dep_ in SUBJECT_DEPS | {"agent", "nsubjpass", "expl"}:
                    blocked.update(t.i for t in c.subtree)
        for f in found:
            blocked.update(t.i for t in f.tok.subtree)
        seen = {r.i for r in roots}
        undergone: set[int] = set()
        frontier = list(roots)
        for _depth in range(DEEP_DEPTH):
            nxt: list[Token] = []
            hits: list[Token] = []
            for node in frontier:
                for c in node.children:
                    if c.i in seen or c.i in blocked or c.dep_ not in DEEP_DEPS:
                        continue
                    if c.dep_ in ("ccomp", "parataxis") and c.i < trig.i and (node.i != trig.i or any(
                            t.text == ":" for t in trig.doc[c.right_edge.i:trig.i])):
                        # "X said nobody was hurt; families described beatings": another claim
                        # ("The sultan answered with money: within weeks he promised jobs")
                        continue
                    if run_on(c):
                        continue  # a sentence of its own before a semicolon
                    if node.i in undergone and c.lower_ != "by":
                        continue
                    seen.add(c.i)
                    if c.dep_ == "prep" and c.lower_ not in DEEP_PREPS:
                        continue
                    if c.lower_ == "of" and event.upper() == "PROTEST" and node.lemma_.lower() in AREA_NOUNS:
                        continue  # "filled the streets of the capital": where, not at whom
                    if event.upper() == "PROTEST" and _is_verbal(c) and c.dep_ in ("advcl", "conj", "xcomp") \
                            and (match_token(c, load_lexicon()) or ("",))[0] in ("ASSAULT", "COERCE"):
                        continue  # "grenades were thrown into a rally, killing 16": the attack's dead
                    if c.lower_ == "of" and node.pos_ == "NOUN" and node.lemma_.lower() in UNDERGONE_NOUNS:
                        # "marched after the arrest of an opposition leader": the one it
                        # happened to is not whom the act is aimed at; who did it may be
                        # ("the detention of a colleague by the army")
                        undergone.update(g.i for g in c.children if g.dep_ == "pobj")
                    if c.dep_ == "relcl" and not any(a.lower_ == "to" for a in c.children
                                                     if a.dep_ == "aux"):
                        continue  # only "a rally *to protest* X" (a purpose, misparsed)
                    if c.dep_ == "conj" and (_is_verbal(c) or _subject_of_next(c)):
                        continue  # "kidnapped X and exploded bombs": another event
                    if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in c.children):
                        continue  # a time clause the parse took for a complement
                    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ != "unless"
                                                 or m.dep_ == "advmod" and m.lower_ in ("when", "whenever", "where")
                                                 and not _told_of_same(c) for m in c.children):
                        # "as battles raged", "if Hamas ran", "when the court sentenced
                        # them": not its purpose; but "unless the government withdrew" names
                        # whom a threat is aimed at
                        continue
                    if c.dep_ == "compound":
                        # "a guerrilla stronghold", "a government decree": whose it is
                        m = self.cover.get(c.i)
                        if m is not None and m[2].sector and not m[2].weak \
                                and not m[2].instrument and node.pos_ == "NOUN" \
                                and not self.settlement(c):  # "a town bazaar": a place
                            hits.append(c)
                        continue
                    if c.dep_ in ("pobj", "dobj", "poss", "conj", "nsubj", "nsubjpass", "appos") \
                            and c.i not in undergone and self.actor_like(c) and not self.instrument(c) \
                            and c.lower_ not in RELATIVE and c.pos_ != "PRON" \
                            and c.ent_type_ not in ("DATE", "TIME"):
                        if not self.deep_hit(c, event, trig):
                            continue
                        hits.append(c)
                        continue
                    nxt.append(c)
            if hits:
                # someone named outranks a place at the same depth
                hits.sort(key=self._deep_rank)
                return [_Found("recipient", hits[0], deep=True)]
            frontier = nxt
        return []

    def circumstance_actor(self, v: Token) -> list[_Found]:
        """"Killed in police firing", "injured during an army raid", "died in police custody":
        who did it, from the circumstance the verb names."""
        found: list[_Found] = []
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "after"):
                for p in _pobjs(c):
                    if self.actor_like(p) and any(a.dep_ == "acl" and a.tag_ == "VBG"
                                                  for a in p.children):
                        found.append(_Found("actor", p))  # "in police firing" misparsed
                    elif (p.pos_ == "NOUN" or p.tag_ == "VBG") and not p.ent_type_ and \
                            p.lower_ not in PLACE_NOUNS and not _peaceful_protest_noun(p) and \
                            p.lower_ not in self.r.peaceful_occasions:
                        # "in firing by the police", not "in the area of the police station"
                        # nor "in the Marwick region"
                        # Not an owner pronoun of a place: "shot dead in his home" names no
                        # doer ("killed in its raid" does).
                        found += [f for f in self.noun_args(p, "")
                                  if f.role == "actor" and not (f.tok.dep_ == "poss" and f.tok.pos_ == "PRON"
                                                                and p.lemma_.lower() not in FORCE_NOUNS)
                                  and (f.tok.dep_ in ("compound", "poss", "amod")
                                       or f.tok.dep_ == "pobj" and f.tok.head.lower_ == "by")]
        return found

    def victims_above(self, trig: Token) -> list[_Found]:
        """"A journalist died as a result of beatings", "three people died in the blast": the
        one who suffered the event is the subject of the verb of suffering above it (and who
        did it, when the verb says: "... while in police custody")."""
        up = trig
        for _ in range(4):
            if up.dep_ not in ("pobj", "prep", "compound", "acl") or up.head is up:
                return []
            up = up.head
            if _is_verbal(up):
                if not _verb_in(up, self.r.victim_verbs):
                    return []
                return [_Found("recipient", c) for c in up.children
                        if c.dep_ in SUBJECT_DEPS and self.actor_like(c)] \
                    + [f for f in self.circumstance_actor(up) if f.tok is not trig]
        return []

    def expand(self, found: list[_Found]) -> list[_Found]:
        """Resolve relative pronouns and "hundreds of X", and add coordinated heads."""
        out: list[_Found] = []
        seen: set[int] = set()
        for f in found:
            tok = f.tok
            if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
                tok = _not_denied(tok.head.head)
            for t in [tok, *[c for c in tok.conjuncts if c.i > tok.i and c.pos_ in
                             ("NOUN", "PROPN", "PRON", "NUM") and self.actor_like(c)
                             and not _subject_of_next(c)]]:
                if t.i in seen:
                    continue
                seen.add(t.i)
                out.append(_Found(f.role, t, f.deep))
        return out


# --- normalisation ----------------------------------------------------------------------


@dataclass
class _Norm:
    start: int  # token span [start, end)
    end: int
    name: str
    sector: str | None
    country: str | None
    named: bool = False
    weak: bool = False
    international: bool = False  # a named body without a country: no focus country for it
    plural: bool = False
    person: bool = False
    pronoun: bool = False
    definite: bool = False
    place: bool = False  # a town or a capital standing for its people or government


def _of_preps(h: Token) -> list[Token]:
    """The "of" phrases of a noun. One that the parse hung on the first of coordinated nouns
    but that follows the last belongs to the last: "security forces and activists of the
    ruling party" (the activists are the party's, not the forces)."""
    def after_conj(tok: Token, c: Token) -> bool:
        return any(k.dep_ == "conj" and tok.i < k.i < c.i for k in tok.children)
    own = [c for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and not after_conj(h, c)]
    if h.dep_ == "conj" and not own:
        first = h.head
        own = [c for c in first.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > h.i
               and not any(k.dep_ == "conj" and h.i < k.i < c.i for k in first.children)]
    return own


_WHERE_PREPS = frozenset({"to", "in", "at", "into", "from", "near", "across", "through", "towards", "toward"})


def _leads_unknown_body(title: Token, cover: dict[int, Any]) -> bool:
    """"the leader of the Field Action Coordination Cell": a title of a named body the
    dictionary does not know (``cover``: its matches by token), no office of the state."""
    return any(p.pos_ == "PROPN" and p.ent_type_ == "ORG" and cover.get(p.i) is None
               for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c))


def _place_told(tok: Token) -> bool:
    """A name told as where someone went or was: "flew to Nouméa", "in Paris"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _WHERE_PREPS and (
        tok.ent_type_ in ("GPE", "LOC", "FAC") or goal_of_motion(tok))


def _ent_span(tok: Token) -> tuple[int, int] | None:
    if not tok.ent_type_:
        return None
    doc = tok.doc
    s = tok.i
    while s > 0 and doc[s].ent_iob_ == "I":
        s -= 1
    e = tok.i + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    return s, e


class _Normaliser:
    def __init__(self, doc: Doc, dic: ActorDictionary, cover: dict[int, tuple[int, int, Entry]]):
        self.doc = doc
        self.cover = cover
        assert dic.roles is not None
        self.r = dic.roles
        self._cache: dict[int, _Norm] = {}

    def country_of(self, tok: Token, *, capitals: bool = True) -> str | None:
        span = _ent_span(tok)
        if span is not None and self.doc[span[0]].ent_type_ in ("GPE", "NORP"):
            text = self.doc[span[0]:span[1]].text
        else:
            text = tok.text
        if text.endswith(("'s", "’s")):
            text = text[:-2]
        end = span[1] if span is not None else tok.i + 1
        if end < len(self.doc):
            # "Greek Cypriot motorcyclists": a people in two words NER cut after the first
            two = country_code(f"{text} {self.doc[end].text}")
            if two:
                return two
        # "Kenyan", "Kenya"; "the Khartoum government": the capital stands for its country
        return country_code(text) or (capital_of(text) if capitals and tok.pos_ == "PROPN"
                                      else None)

    def normalise(self, h: Token) -> _Norm:
        got = self._cache.get(h.i)
        if got is None:
            got = self._cache[h.i] = self._normalise(h)
        return got

    def _normalise(self, h: Token) -> _Norm:
        doc = self.doc
        low = h.lower_
        # ("some of them", tagged a pronoun, is named by its object, as "many of them" is)
        if h.pos_ == "PRON" and not (low in self.r.quantity_words and list(_of_preps(h))) \
                or low in PRONOUNS_PLURAL | PRONOUNS_PERSON | PRONOUNS_THING:
            return _Norm(h.i, h.i + 1, low, None, None, pronoun=True,
                         plural=low in PRONOUNS_PLURAL, person=low in PRONOUNS_PERSON)
        if low in self.r.place_heads and h.text[:1].isupper() and h.i > 0 and doc[h.i - 1].text[:1].isupper() \
                and not (h.i in self.cover and self.cover[h.i][2].named):  # (but "Downing Street" is the government)
            # "filled SNP Square": a place named for a party is no party
            first = self._left(h)
            return _Norm(first, h.i + 1, doc[first:h.i + 1].text, None, None, place=True)
        if _aged(h) and self.cover.get(h.i) is None:
            # "a 17-year-old": a civilian, one person
            first = self._left(h)
            return _Norm(first, h.i + 1, doc[first:h.i + 1].text, "CVL", None, person=True)
        # "hundreds of students", "members of the opposition": the object names them
        of_obj = None
        for c in _of_preps(h):
            objs = [p for p in _pobjs(c) if p.pos_ in ("NOUN", "PROPN", "PRON")]
            if objs:
                of_obj = objs[0]
        head_m = self.cover.get(h.i)
        ent = _ent_span(h)
        if head_m is not None and not head_m[2].named and ent is not None \
                and doc[ent[0]].ent_type_ in ("GPE", "LOC", "FAC") \
                and (ent[0] < head_m[0] or ent[1] > head_m[1]):
            head_m = None  # "West Bank", "Union Square": a place, not a bank or a union
        quantity = head_m is None and (low in self.r.quantity_words
                                       or h.lemma_.lower() in self.r.quantity_words
                                       or h.pos_ == "NUM")
        of_m = self.cover.get(of_obj.i) if of_obj is not None else None
        if of_obj is not None and of_m is None:
            # "hundreds of Eritrean and Somali migrants": the coordinated head names them
            for cj in of_obj.conjuncts:
                if cj.i in self.cover:
                    of_obj, of_m = cj, self.cover[cj.i]
                    break
        if of_obj is not None and of_m is None and head_m is not None and head_m[2].weak \
                and of_obj.pos_ == "NOUN" and self.normalise(of_obj).sector is not None:
            # "the deputy chief of a militia ally": the group named by the object's modifiers
            of_m = (of_obj.i, of_obj.i + 1, head_m[2])
        if of_obj is not None and of_m is not None and (
                quantity or (head_m is not None and (head_m[2].weak or (
                    of_m[2].named and not head_m[2].named)))):
            # "hundreds of students", "members of the opposition", "fighters of the RSF"
            inner = self.normalise(of_obj)
            end = max(inner.end, h.i + 1)
            sector = inner.sector
            if low in SUPPORTER_WORDS and sector == "ELI":
                # "supporters of the former king": a camp out of power, not its elite (as for
                # the supporters below)
                sector = "OPP"
            # (the number is the head's: "a coalition of rights groups says it will march")
            return _Norm(self._left(h), end, inner.name, sector, inner.country,
                         named=inner.named, weak=inner.weak, international=inner.international,
                         plural=quantity or h.tag_ not in ("NN", "NNP"), person=False)
        if of_obj is not None and of_m is None and head_m is not None and head_m[2].weak \
                and head_m[2].sector == "GOV" and of_obj.pos_ == "PROPN" and of_obj.ent_type_ == "ORG":
            # "the leader of the Field Action Coordination Cell": a body the dictionary does
            # not know speaks for itself, not for the government
            inner = self.normalise(of_obj)
            return _Norm(self._left(h), max(inner.end, h.i + 1), inner.name, inner.sector, inner.country,
                         named=True, weak=inner.weak, international=inner.international,
                         plural=h.tag_ not in ("NN", "NNP"), person=True)
        if of_obj is not None and of_m is None and head_m is not None and head_m[2].weak \
                and head_m[2].sector == "GOV" and of_obj.lower_ in self.r.led_protests:
            # "the leaders of the 1980 protests": the crowd's leaders
            first = self._left(h)
            while first < h.i and doc[first].dep_ in ("det", "predet"):
                first += 1
            return _Norm(first, of_obj.i + 1, doc[first:of_obj.i + 1].text, "CVL", None,
                         plural=h.tag_ in ("NNS", "NNPS"), person=True)

        if head_m is not None and head_m[2].weak and head_m[2].sector == "GOV" and \
                any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in h.children):
            # "the students ... some 400 of their leaders": the group's leaders, of its sector
            owner = self._owner_before(h)
            if owner is not None:
                return _Norm(self._left(h), h.i + 1, doc[self._left(h):h.i + 1].text, owner.sector, owner.country,
                             plural=h.tag_ in ("NNS", "NNPS"), person=True)

        start, end = self._left(h), h.i + 1
        if head_m is not None:
            start, end = min(start, head_m[0]), max(end, head_m[1])
        if ent is not None and doc[ent[0]].ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "FAC"):
            start, end = min(start, ent[0]), max(end, ent[1])
        # Right-hand flat names / compounds ("Ahmed Ben Bella")
        while end < len(doc) and doc[end].head.i == h.i and doc[end].dep_ in ("compound", "flat"):
            end += 1
        # NER may run a name on past its possessive: "Nelson Mandela's", "Okafor's 2019 [plan]"
        end = next((k for k in range(h.i + 1, end) if doc[k].tag_ == "POS"), end)
        while start < h.i and (doc[start].is_punct or doc[start].dep_ in ("det", "predet", "cc",
                                                                        "case", "prep", "punct")):
            start += 1

        # The dictionary entries around the head.
        mods: list[Entry] = []
        countries: list[str] = []
        for j in range(start, end):
            m = self.cover.get(j)
            if m is not None and (head_m is None or m[0] != head_m[0]) and m[2] not in mods:
                mods.append(m[2])
        prep_country = False  # the country came from "of/in/from X", not from the phrase
        for c in h.children:
            # ("Turkey, a Nato member": a state; not a part of them: "100 people, among them 13
            # police officers")
            # (nor an apposition the parse hung across the head's own verb: "young people
            # marched towards the headquarters of the KDP, the ruling party")
            if c.dep_ == "appos" and h.ent_type_ != "GPE" and \
                    not any(g.lower_ in ("among", "including") for g in c.children) and \
                    not h.i < h.head.i < c.i:
                m = self.cover.get(c.i)
                body = next((p for q in c.children if q.dep_ == "prep" and q.lower_ == "of" for p in _pobjs(q)
                             if self.cover.get(p.i) is not None and self.cover[p.i][2].named), None)
                if m is not None and body is not None and not m[2].named:
                    # "Burhan Wani, a commander of Hizbul Mujahideen": one of that body
                    inner = self.normalise(c)
                    mods.append(Entry(name=inner.name, sector=inner.sector, country=inner.country))
                elif m is not None and not (m[2].weak and m[2].sector == "GOV" and _leads_unknown_body(c, self.cover)):
                    mods.append(m[2])
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "from") :
                for p in _pobjs(c):
                    if p.ent_type_ in ("GPE", "NORP") or p.pos_ == "PROPN":
                        cc = self.country_of(p)
                        if cc:
                            countries.append(cc)
                            prep_country = True
        if h.dep_ == "appos" and h.ent_type_ == "PERSON" and h.head.i < h.i and h.head.pos_ == "NOUN" and \
                h.head.i in self.cover and not any(c.dep_ == "prep" for c in h.children):
            # "the prime minister, Manasseh Sogavare", "the party's leader, Ousainou Darboe": the
            # name takes the title before it, as the title's own words read it
            title = self.normalise(h.head)
            if title.sector is not None:
                mods.append(Entry(name=title.name, sector=title.sector, country=title.country,
                                  weak=title.weak and title.sector == "GOV"))
                if title.country:
                    countries.append(title.country)
        for j in range(start, end):
            t = doc[j]
            if j == h.i and head_m is not None:
                continue
            if t.ent_type_ == "PERSON" and h.ent_type_ == "PERSON":
                continue  # a part of a person's name ("Sam Rainsy") is no town, even a capital's
            if t.ent_type_ in ("GPE", "NORP") or t.dep_ in ("amod", "compound", "poss") \
                    or t.pos_ == "PROPN":
                cc = self.country_of(t)
                if cc:
                    countries.insert(0, cc)
                    prep_country = False
                    break

        head_e = head_m[2] if head_m else None
        named_mods = [e for e in mods if e.named]
        strong_mods = [e for e in mods if e.sector and not e.weak]
        entry: Entry | None
        if head_e is not None and head_e.named:
            entry = head_e
        elif named_mods and head_e is not None and not head_e.weak \
                and head_e.sector in SECURITY and named_mods[-1].sector not in SECURITY:
            # "UN peacekeepers", "AU troops": the troops of that body
            org = named_mods[-1]
            entry = Entry(name=org.name, sector=head_e.sector, country=org.country, named=True)
        elif named_mods:
            entry = named_mods[-1]
        elif head_e is not None and head_e.sector == "GOV" and low in self.r.office_titles and any(
                e.sector not in STATE_SECTORS | {"CVL", None} for e in strong_mods):
            # "a union president": an office of the body named before it, not of the state
            entry = [e for e in strong_mods if e.sector not in STATE_SECTORS | {"CVL", None}][-1]
        elif head_e is not None and not head_e.weak:
            entry = head_e
        elif strong_mods:  # the title nearest the name: "Assembly president X"
            entry = strong_mods[-1]
        else:  # "Palestinian leader Yasser Arafat": a vague title still says something
            entry = head_e or next((e for e in reversed(mods) if e.sector), None)
        opp = [e for e in mods if e.sector == "OPP" and not e.named]
        if opp and entry is not None and not entry.named and entry.sector in (
                "GOV", "LEG", "CVL", "PTY", "ELI"):
            entry = opp[0]  # "an opposition mayor", "opposition activists"
        if entry is not None and head_e is not None and head_e.sector == "SOC" and head_e.weak \
                and entry.sector == "CVL" and not entry.named:
            entry = head_e  # "consumer groups", "women's organisations": civil society
        text_name = doc[start:end].text
        plural = h.tag_ in ("NNS", "NNPS") or (head_e is not None and low in ("police", "people"))
        person = h.ent_type_ == "PERSON" or (h.tag_ in ("NN", "NNP")
                                             and h.lemma_.lower() in self.r.person_nouns)
        # (a noun before it names a kind, not the one told before: "the diaspora groups")
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in h.children) \
            and len(mods) == 0 and not countries and h.ent_type_ == "" \
            and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in h.children) \
            and (h.lower_ in self.r.anaphoric_nouns or h.lemma_.lower() in self.r.anaphoric_nouns)

        if entry is not None:
            sector = entry.sector
            if sector in ("GOV", "MIL", "LEG", "JUD", "COP") and any(
                    doc[j].lower_ in FORMER for j in range(start, end)):
                sector = "ELI"  # "former prime minister", "ousted president"
            elif entry.weak and low in SUPPORTER_WORDS and of_obj is not None:
                inner = self.normalise(of_obj)
                if inner.sector in ("PTY", "OPP", "ELI", "REB", "GOV"):
                    sector = "OPP" if inner.sector in ("ELI", "OPP") else inner.sector
                    if inner.country:
                        countries.insert(0, inner.country)
            name = entry.name
            if h.ent_type_ == "PERSON" and not entry.named:
                ps = _ent_span(h) or (h.i, h.i + 1)
                name = doc[ps[0]:ps[1]].text
            country = entry.country or (countries[0] if countries and not (
                entry.named and prep_country) else None)
            return _Norm(start, end, name, sector, country, named=entry.named,
                         weak=entry.weak, international=entry.named and entry.country is None,
                         plural=plural, person=person, definite=definite)
        # Not in the dictionary: what the entity type says.
        etype = h.ent_type_
        if h.pos_ == "PROPN" and etype in ("PERSON", "ORG", ""):
            # (a surname NER may not even take for a person: "Mnangagwa, who was ...")
            full = self._named_before(ent or (h.i, h.i + 1))
            if full is not None:
                return _Norm(start, end, full.name, full.sector or self._governing(h.text), full.country,
                             named=full.named, person=True)
        own = self.country_of(h, capitals=False) \
            if etype in ("GPE", "NORP") or h.pos_ == "PROPN" else None
        head_text = doc[ent[0]:ent[1]].text if ent is not None else h.text
        if own and h.tag_ not in ("NNS", "NNPS") and not gz.is_demonym(head_text):
            # "Egypt condemned…", "Kenya donated…": a state acting is its government
            return _Norm(start, end, text_name, "GOV", own)
        if own and h.pos_ == "ADJ" and h.dep_ == "amod":
            # "an Israeli airstrike": the state, by country only
            return _Norm(start, end, gz.country_name(own) or text_name, None, own)
        if etype == "NORP" or (own and h.tag_ in ("NNS", "NNPS", "JJ")):
            # "Palestinians", "Kurds": a people
            return _Norm(start, end, text_name, "CVL", own or (countries[0] if countries else None),
                         plural=True, person=False, definite=False)
        if own:
            return _Norm(start, end, text_name, None, own)
        if etype in ("GPE", "ORG", "") and h.pos_ == "PROPN":
            cap = capital_of(h.text if ent is None else doc[ent[0]:ent[1]].text)
            if cap:  # "Berlin rejected the plan": the government seated there
                return _Norm(start, end, text_name, "GOV", cap, place=True)
        if etype == "PERSON" and not (ent is not None and place_target(doc[ent[0]:ent[1]])
                                      and gz.lookup(text_name, loose=True)):
            return _Norm(start, end, text_name, self._governing(doc[(ent or (h.i, h.i + 1))[1] - 1].text),
                         countries[0] if countries else None, person=True)
        if quantity:
            return _Norm(start, max(end, h.i + 1), "people", "CVL",
                         countries[0] if countries else None, weak=True, plural=True)
        if etype in ("GPE", "FAC", "LOC", "PERSON") or (h.pos_ == "PROPN" and _is_place(text_name)):
            # (a "person" here is a town NER misread: "jets bombed Ras al-Ain")
            return _Norm(start, end, text_name, None, None, place=True)
        governing = self._governing(h.text) if h.pos_ == "PROPN" and end - start == 1 else None
        return _Norm(start, end, text_name, governing, countries[0] if countries else None,
                     plural=plural, person=person or governing is not None)

    def _owner_before(self, h: Token) -> _Norm | None:
        """The group a "their" before ``h`` stands for: the last plural subject before it, in its
        sentence or the one before, that is no government ("The students had been on strike
        ... their leaders")."""
        first = max(0, h.sent.start - 60)
        for t in reversed(self.doc[first:h.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and t.i in self.cover:
                entry = self.cover[t.i][2]
                if entry.sector and entry.sector not in ("GOV", "COP", "MIL"):
                    return _Norm(t.i, t.i + 1, entry.name, entry.sector, entry.country)
                return None
        return None

    def _governing(self, surname: str) -> str | None:
        """GOV for one the story says heads a government: "Cheddi Jagan's government", "the
        government of Janez Janša"."""
        if not surname[:1].isupper():
            return None
        name = re.escape(surname)
        rx = rf"\b{name}['’]s\s+(?:\w+\s+)?(?:government|administration|regime|cabinet)\b|" \
             rf"\b(?:government|administration|regime|cabinet)\s+of\s+(?:[A-Z][\w'’-]*\s+){{0,2}}{name}\b"
        return "GOV" if re.search(rx, doc_text(self.doc)) else None

    def _named_before(self, span: tuple[int, int]) -> _Norm | None:
        """The person named in full earlier, with a title that gives a sector: "Chun" after
        "General Chun Doo-hwan", "Museveni" after "President Yoweri Museveni"."""
        words = {t.lower_ for t in self.doc[span[0]:span[1]] if t.is_alpha}
        found: _Norm | None = None
        for e in self.doc.ents:
            if e.start >= span[0]:
                break
            if e.label_ == "PERSON" and len(e) > span[1] - span[0] and words and \
                    words <= {t.lower_ for t in e}:
                n = self.normalise(e.root)
                if n.sector is not None:
                    found = n  # the nearest such mention
        return found

    def _left(self, h: Token) -> int:
        start = h.i
        when = -1  # the last word of a time phrase hung on the noun
        for c in h.lefts:
            if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("compound", "nmod", "npadvmod"):
                # "On 8 September police fired": a date the parse hung on the noun is when,
                # not part of who ("Tuesday's protesters" keeps its possessive).
                continue
            if c.dep_ in ("compound", "nmod", "npadvmod") and c.lemma_.lower() in _TIME_NOUNS and \
                    any(g.lower_ in _TIME_DEIXIS for g in c.children):
                when = c.i
                continue  # "The next morning demonstrators stormed": when, not who
            if c.lower_ in ("earlier", "later", "ago"):
                when = max(when, c.right_edge.i)
                continue  # "Weeks earlier police had fired": when, not who
            if c.dep_ == "amod" and c.lower_ in ("dead", "unconscious") and _is_verbal(h.head):
                continue  # "shot dead dozens of them": what the shooting did, not who
            if misparsed_gerund(c):
                continue  # "accused the police of beating protesters": what was done to them
            if c.dep_ in MODIFIER_DEPS or c.dep_ in ("det", "predet") or (
                    c.dep_ == "advmod" and c.lower_ == "as" and h.pos_ == "NUM"):
                # ("as many as 1,100": the whole qualifier)
                start = min(start, c.left_edge.i)
        start = max(start, when + 1)
        # A date hung lower down is when, too: "within a week more than a million people".
        j = start
        while j < h.i and h.doc[j].ent_type_ in ("DATE", "TIME"):
            j += 1
        return start if h.doc[j].dep_ == "case" else j


# --- coreference -----------------------------------------------------------------------


@dataclass
class _Candidate:
    i: int
    sent: int
    subject: bool
    norm: _Norm


def _clause_head(tok: Token) -> Token:
    """The verb whose clause a word is in."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


class _Coref:
    """Salience-based resolution of pronouns and definite descriptions to earlier actors."""

    def __init__(self, doc: Doc, norm: _Normaliser, cover: dict[int, tuple[int, int, Entry]]):
        self.doc = doc
        self.norm = norm
        self.cover = cover
        self._cands: list[_Candidate] | None = None
        self._sent_of: dict[int, int] = {}

    def sent_index(self, i: int) -> int:
        got = self._sent_of.get(i)
        if got is None:
            self._index()
            got = self._sent_of.get(i, 0)
        return got

    def _index(self) -> None:
        if self._sent_of:
            return
        for n, s in enumerate(self.doc.sents):
            for k in range(s.start, s.end):
                self._sent_of[k] = n

    def candidates(self) -> list[_Candidate]:
        if self._cands is None:
            self._index()
            cands: list[_Candidate] = []
            heads: set[int] = set()
            for s, e, _entry in self.cover.values():
                # the syntactic head of the phrase
                span = self.doc[s:e]
                heads.add(span.root.i)
            for t in self.doc:
                if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and t.ent_iob_ == "B":
                    ent = _ent_span(t)
                    if ent:
                        heads.add(self.doc[ent[0]:ent[1]].root.i)
            for j in sorted(heads):
                t = self.doc[j]
                # "hundreds of students": the quantity is the mention, named by its object
                if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i < t.i:
                    q = t.head.head
                    if q.i not in heads and q.pos_ in ("NOUN", "NUM", "PRON", "ADJ"):
                        t = q
                    else:
                        continue
                if t.pos_ not in ("NOUN", "PROPN", "NUM", "PRON", "ADJ") or t.lower_ in \
                        PRONOUNS_PLURAL | PRONOUNS_PERSON | PRONOUNS_THING:
                    continue
                if t.dep_ == "compound" and t.head.i not in heads and \
                        t.head.lower_ in self.norm.r.site_nouns:
                    continue  # "the radio building", "a police station": a place, no one
                n = self.norm.normalise(t)
                # (a definite description names its kind too: "the unions ... their leaders")
                if (n.definite and n.sector is None) or (n.sector is None and n.country is None and not n.person):
                    continue
                cands.append(_Candidate(t.i, self._sent_of.get(t.i, 0),
                                        t.dep_ in ("nsubj", "nsubjpass"), n))
            cands.sort(key=lambda c: c.i)
            self._cands = cands
        return self._cands

    def resolve(self, tok: Token, own: _Norm, event: str = "", role: str = "") -> _Norm | None:
        low = tok.lower_
        si = self.sent_index(tok.i)

        def ok(c: _Candidate) -> bool:
            n = c.norm
            if c.i >= tok.i or n.pronoun:
                return False
            if own.pronoun:
                if low in PRONOUNS_PLURAL:
                    return (n.plural or n.named or (not n.person and n.sector is not None)) \
                        and not (n.person and not n.plural)
                if low in PRONOUNS_PERSON:
                    return n.person and not n.plural
                if low in PRONOUNS_THING:  # an organisation or a state
                    if _place_told(self.doc[c.i]):
                        return False  # "flew to Nouméa ... It was suspended": where, not who
                    return not n.person and not n.plural and (n.named or n.sector is not None
                                                              or n.country is not None)
                return False
            # definite description: same kind, or any group for "the group"/"the crowd"
            if n.sector is None:
                return False
            if own.sector is None or own.weak:
                if own.sector in SECURITY:  # "the personnel", "the forces"
                    return n.sector in SECURITY
                if own.sector is not None and n.sector in SECURITY | {"GOV"}:
                    return False  # "the people", "the group" are not the state
                return not n.person or n.plural
            return n.sector == own.sector and n.name == own.name or n.sector == own.sector

        # "it" is as often an event or a dummy as an actor: look only one sentence back
        window = 1 if low in PRONOUNS_THING else COREF_WINDOW
        cands = [c for c in self.candidates() if si - window <= c.sent <= si and ok(c)]
        governor = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        if own.pronoun and (tok.dep_ in ("dobj", "dative") or tok.dep_ == "pobj" and governor.pos_ in ("VERB", "AUX")) \
                and not low.endswith(("self", "selves")):
            # An object is not its own clause's subject: in "police said they arrested them",
            # "them" are not the police ("they" are); "themselves" are; nor in "police fired
            # on them".
            # (or of the verb it is coordinated with: "police let them stay, then asked them to leave")
            # (not when a noun stands right before the verb, its subject however parsed: "and on
            # the night of 26 March snipers fired on them")
            clause_subj = next((c for c in governor.children if c.dep_ in SUBJECT_DEPS), None) or \
                (next((c for c in conj_root(governor).children if c.dep_ in SUBJECT_DEPS), None)
                 if not _noun_before(governor) else None)
            if clause_subj is not None and clause_subj.i < tok.i:
                doer = self.norm.normalise(clause_subj)
                if doer.pronoun:
                    doer = self.resolve(clause_subj, doer) or doer
                if not doer.pronoun:
                    cands = [c for c in cands if (c.norm.name, c.norm.sector) != (doer.name, doer.sector)]
        if own.pronoun and low in PRONOUNS_PLURAL and tok.dep_ in ("dobj", "pobj"):
            # "the police claim that protesters attacked them": those who claim it (the
            # subject of the verb whose clause the pronoun is in, when that clause has its own)
            # ("police said they arrested them": not when the clause's subject is a pronoun,
            # which may be the teller; "witnesses said soldiers fired on them": nor the soldiers)
            clause = _clause_head(tok)
            if clause.dep_ == "ccomp" and clause.head is not clause and any(
                    c.dep_ in SUBJECT_DEPS and c.i != tok.i and c.pos_ != "PRON" for c in clause.children):
                teller = next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS), None)
                if teller is not None and teller.i < tok.i and teller.pos_ != "PRON":
                    said = self.norm.normalise(teller)
                    if said.sector is None:
                        return None
                    return (self.resolve(teller, said) if said.definite else None) or said
        if not cands:
            return None
        # The event says what kind of antecedent fits: protesters protest, and the ones
        # arrested or attacked are rarely the state.
        if (event == "PROTEST" and role == "actor") or (
                event in ASSAULT_LIKE and role == "recipient"):
            fitting = [c for c in cands if c.norm.sector not in STATE_SECTORS]
            cands = fitting or cands
        # "the families marched, and they plan another march": the subject of the clause the
        # pronoun's clause is joined to (or reported by: "police said they ...").
        verb = tok.head if tok.dep_ in SUBJECT_DEPS else None
        if own.pronoun and verb is not None and verb.dep_ in ("conj", "ccomp") and verb.head is not verb:
            gov = verb.head
            # "the army denied it, then admitted that they fired": the subject "admitted" shares
            while gov.dep_ in ("conj", "dep") and gov.head is not gov and \
                    not any(c.dep_ in SUBJECT_DEPS for c in gov.children):
                gov = gov.head
            joined = [c for c in cands if c.subject and c.sent == si
                      and self.doc[c.i].dep_ in SUBJECT_DEPS and self.doc[c.i].head.i in (verb.head.i, gov.i)]
            if joined:
                return joined[0].norm
        if own.pronoun and verb is not None and low in PRONOUNS_PERSON | PRONOUNS_PLURAL:
            # "The sultan answered with money: within weeks he promised jobs": the subject of the
            # clause before the colon the parse hung on the pronoun's verb
            main_verb = conj_root(verb)
            before_colon = [c for c in cands if c.subject and c.sent == si and self.doc[c.i].dep_ in SUBJECT_DEPS
                            and self.doc[c.i].head.dep_ in ("ccomp", "parataxis")
                            and self.doc[c.i].head.head.i == main_verb.i
                            and any(t.text == ":" for t in self.doc[c.i:tok.i])]
            if before_colon:
                return before_colon[-1].norm
        def named(t: Token | None) -> _Norm | None:
            """The actor a subject word names, if a pronoun may stand for it (listed or not)."""
            if t is None or t.i >= tok.i:
                return None
            c = _Candidate(t.i, si, True, self.norm.normalise(t))
            return c.norm if c.norm.sector is not None and not c.norm.pronoun and ok(c) else None

        own_clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        if own.pronoun and tok.dep_ == "nsubjpass" and own_clause is not None and own_clause.dep_ == "advcl" and \
                own_clause.head is not own_clause:
            # "several hundred marched towards the embassy before they were dispersed": the
            # subject of the clause a passive one is a time of underwent it
            # (up through a participle the parse hung it on: "marched ... chanting freedom
            # before they were dispersed")
            above, main = own_clause.head, None
            for _ in range(4):
                main = next((c for c in above.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)
                if main is not None or above.head is above:
                    break
                above = above.head
            found = named(main)
            if found is not None:
                return found
        if own.pronoun and own_clause is not None and own_clause.dep_ == "ccomp":
            # "the young men who were wounded say they were never compensated": the tellers,
            # though the dictionary does not list them
            teller = next((c for c in own_clause.head.children if c.dep_ in SUBJECT_DEPS), None)
            found = named(teller) if teller is not None and teller.pos_ in ("NOUN", "PROPN") else None
            if found is not None:
                return found
        if own.pronoun and tok.dep_ == "poss" and low in PRONOUNS_PLURAL | PRONOUNS_THING | PRONOUNS_PERSON:
            # "unions say **their** leaders are watched": the teller of the clause the owner is in
            clause = _clause_head(tok)
            if clause.dep_ == "ccomp" and clause.head is not clause:
                tellers = [c for c in cands if c.sent == si and self.doc[c.i].dep_ in SUBJECT_DEPS
                           and self.doc[c.i].head.i == clause.head.i]
                if tellers:
                    return tellers[-1].norm
        if own.pronoun and verb is not None and verb.dep_ == "relcl" and \
                any(c.lower_ == "where" for c in verb.children) and verb.head.dep_ == "pobj":
            # "sent troops to Mengo, where they stormed the palace": those who went there, the
            # object sent or else the subject who went
            mover = verb.head.head.head
            went = [c for c in cands if c.sent == si and self.doc[c.i].head.i == mover.i]
            went = [c for c in went if self.doc[c.i].dep_ == "dobj"] or \
                [c for c in went if self.doc[c.i].dep_ in SUBJECT_DEPS]
            if went:
                return went[0].norm
        if own.pronoun and tok.dep_ in ("dobj", "pobj", "dative", "iobj"):
            # "drivers surrounded the post, and police fired at them": a clause told before
            # the pronoun's own, in its sentence, names them before any earlier sentence does.
            mine = _clause_head(tok)
            before = [c for c in cands if c.sent == si and _clause_head(self.doc[c.i]).i != mine.i
                      and _clause_head(self.doc[c.i]).i < mine.i]
            if before:
                subj = [c for c in before if c.subject]
                return (subj or before)[-1].norm
        earlier = [c for c in cands if c.sent < si]
        pool = earlier or cands
        last_sent = max(c.sent for c in pool)
        in_last = [c for c in pool if c.sent == last_sent]
        subj = [c for c in in_last if c.subject]
        # (not one of a relative clause: not "observers" in "after an election that observers
        # called flawed, thousands of supporters gathered. Police charged them")
        subj = [c for c in subj if self.doc[c.i].head.dep_ not in ("relcl", "acl")] or subj
        # (else the object of a clause over one in a phrase: in "a court jailed a student for
        # throwing a bottle at a police officer. His lawyers said he will appeal", the student)
        objs = [c for c in in_last if self.doc[c.i].dep_ in ("dobj", "nsubjpass")]
        best = subj[0] if subj else objs[-1] if objs else in_last[-1]
        return best.norm


# --- the stage --------------------------------------------------------------------------


def _focus(n: _Norm, ev: Event, ctx: Context) -> str | None:
    """The actor's country, or else the country where the event happened (the event's place,
    else the document's focus country) for the sectors that are usually local."""
    if n.country or n.international:
        return n.country
    where = (ev.location.country if ev.location is not None else None) or ctx.focus_country
    return where if where and n.sector in FOCUS_SECTORS else None


@functools.cache
def _place_country(name: str, prefer: str | None) -> str | None:
    """The country of a town named ``name``: the event's own country when a town of that name
    lies there, else that of the most populous one."""
    found = [e.country for e in gz.lookup(name, loose=True) if e.kind != "country"]
    if not found:
        return None
    return prefer if prefer in found else found[0]


def _acronyms_spelt_otherwise(doc: Doc, cover: dict[int, tuple[int, int, Entry]]) -> dict[int, tuple[int, int, Entry]]:
    """Drop a named body read from an acronym alone when the text spells the acronym out as
    another name: after "the National Intelligence Agency", "the NIA" is not India's National
    Investigation Agency."""
    text = doc_text(doc)
    spelt: dict[str, set[str]] = {}
    for m in _CAPITALISED_NAME.finditer(text):
        words = [w for w in m.group(0).split() if w[:1].isupper()]
        spelt.setdefault("".join(w[0] for w in words), set()).add(gz.normalize(m.group(0)))
    out = dict(cover)
    for i, (start, end, entry) in cover.items():
        tok = doc[start]
        if end - start == 1 and entry.named and tok.text.isupper() and tok.text in spelt and \
                gz.normalize(entry.name) not in spelt[tok.text]:
            out.pop(i, None)
    return out


def _foreign_parties_out(doc: Doc, cover: dict[int, tuple[int, int, Entry]],
                         focus: str | None) -> dict[int, tuple[int, int, Entry]]:
    """Drop a party (or a union) of a country the story is not about and never names: their
    names are shared and quoted ("the 'One Nation, One People' policy" of Bhutan is no
    Australian party; "the Democratic Party" of a Kenyan story is not the American one; Chile
    has a CUT as Colombia has)."""
    if focus is None:
        return cover
    named = {country_code(e.text) or capital_of(e.text) for e in doc.ents if e.label_ in ("GPE", "NORP")}
    out = dict(cover)
    for i, (_start, _end, entry) in cover.items():
        if entry.named and entry.sector in ("PTY", "LAB") and entry.country and entry.country != focus and \
                entry.country not in named:
            out.pop(i, None)
    return out


# A name of two or more capitalised words, with the small words names keep inside.
_CAPITALISED_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|for|the|and|de|du|des)\s+)?[A-Z][a-z]+)+")


def _iter_actors(doc: Doc, events: list[Event], ctx: Context) -> Iterator[tuple[Event, Actor]]:
    dic = load_dictionary()
    cover = _foreign_parties_out(doc, _acronyms_spelt_otherwise(doc, dic.match(doc)), ctx.focus_country)
    finder = _Finder(doc, dic, cover)
    norm = _Normaliser(doc, dic, cover)
    coref = _Coref(doc, norm, cover)
    text = doc_text(doc)
    leaders: list[tuple[str, int, int]] | None = None
    for ev in events:
        if not 0 <= ev.token_i < len(doc):
            continue
        trig = doc[ev.token_i]
        seen: set[tuple[int, int]] = set()
        found = finder.arguments(trig, ev.event)
        if ev.event == "PROTEST":
            # "camped at the village of El Kamour": where, not at whom (a curfew imposed "in
            # the town of Ambo" is on its people)
            found = [f for f in found if not _named_place(f.tok)]
            # "Kenya's protests", "Chile's strike": where, not the state's doing
            found = [f for f in found if not (f.role == "actor" and f.tok.dep_ == "poss" and f.tok.head.i == trig.i
                                              and country_code(f.tok.text) is not None)]
        if ev.event == "THREATEN" and not any(f.role == "actor" for f in found):
            found += _warner(doc, ev, norm)
        m = cover.get(trig.i)
        if ev.event == "PROTEST" and m is not None and m[2].sector and \
                not any(f.role == "actor" for f in found):
            found.insert(0, _Found("actor", trig))  # the trigger names them: "rioters", "strikers"
        for f in found:
            if f.tok.i == trig.i and f.role != "actor":
                continue
            if ev.event == "PROTEST" and f.role == "recipient" and f.tok.dep_ == "dobj" and \
                    f.tok.head.i == trig.i and trig.lemma_.lower() in BRINGING_VERBS:
                # "a proposed tax brought hundreds of thousands into the streets": they protested
                f = _replace(f, role="actor")
            n = norm.normalise(f.tok)
            owned = _owned(f.tok, n, norm, coref, kinds=SECURITY | ARMED_GROUPS) \
                if f.tok.lemma_.lower() in ("man", "personnel") else n
            if owned is not n:
                # "the army said its men ...", "the Taliban said its men had fired into the
                # air", "the commander insisted that his men had only fired rubber bullets"
                n = owned
            elif n.pronoun or n.definite:
                ante = coref.resolve(f.tok, n, ev.event, f.role)
                if ante is not None:
                    n = _Norm(n.start, n.end, ante.name, ante.sector if (n.pronoun or n.weak
                                                                          or n.sector is None)
                              else n.sector, ante.country or n.country, named=ante.named,
                              international=ante.international)
                elif n.pronoun:
                    continue  # an unresolved pronoun says nothing about who
            elif n.sector == "GOV" and not n.named and (n.weak or f.tok.lower_ in norm.r.office_titles):
                n = _owned(f.tok, n, norm, coref)  # (also "the union ... its president warned")
            elif f.tok.lemma_.lower() == "member" and n.sector in (None, "CVL"):
                n = _owned(f.tok, n, norm, coref)  # "the movement says its members will gather"
            sector = n.sector
            if ev.event == "PROTEST" and f.role == "actor" and sector == "GOV" and not n.named and \
                    f.tok.ent_type_ == "GPE" and country_code(f.tok.text) is not None:
                sector = "CVL"  # "the weekend Vietnam took to the streets": its people, not its state
            if f.tok.ent_type_ in ("GPE", "LOC") and f.tok.dep_ == "pobj" and f.tok.head.lower_ == "of" \
                    and f.tok.head.head.lower_ in norm.r.place_portions:
                continue  # "shut down much of Greece": where
            if n.place and sector is None and not (f.role == "recipient"
                                                   and ev.event in ASSAULT_LIKE):
                continue  # a place is not an actor ("Ayodhya", "the Sabarmati express")
            # (a threat only when the town is what it is aimed at, not "a hotline with Seoul")
            if f.role == "recipient" and (ev.event in ("ASSAULT", "COERCE") or (
                    (f.deep or f.tok.dep_ == "dobj") and ev.event in ASSAULT_LIKE)) \
                    and not n.named and (
                    n.place or f.tok.ent_type_ in ("GPE", "FAC", "LOC")) \
                    and not country_code(f.tok.text):
                sector = "CVL"  # shelling a town, a curfew on a city: its people
                span = _ent_span(f.tok) or (f.tok.i, f.tok.i + 1)
                where = ev.location.country if ev.location is not None else None
                if n.country is None or (where is not None and n.country != where):
                    # The town the event is placed in, if it is that one ("a knife attack in
                    # Salisbury" in England, not the old name of Harare).
                    town_country = _place_country(doc[span[0]:span[1]].text, where)
                    if n.country is None or town_country == where:
                        n = _replace(n, country=town_country or n.country)
            if f.deep and (sector is None or n.pronoun):
                continue  # a guess that names no kind of actor is no recipient
            start_c = doc[n.start].idx
            last = doc[n.end - 1]
            end_c = last.idx + len(last.text)
            if (start_c, end_c) in seen:
                continue
            seen.add((start_c, end_c))
            if n.country is None and (n.person or f.tok.ent_type_ == "PERSON"):
                # "President Clinton": a head of state or government of leaders.toml
                if leaders is None:
                    leaders = leader_countries(doc)
                cc = next((a3 for a3, s, e in leaders if s < end_c and start_c < e), None)
                if cc is None and n.end - n.start == 1:
                    # "Nelson Mandela ... Mandela": a leader named in full earlier, by surname
                    word = last.text.lower()
                    cc = next((a3 for a3, s, e in leaders if e <= start_c
                               and text[s:e].lower().split()[-1] == word
                               and " " in text[s:e]), None)
                if cc is not None:
                    n = _replace(n, country=cc)
            yield ev, Actor(text=text[start_c:end_c], start=start_c, end=end_c, role=f.role,
                            name=n.name, sector=sector, country=_focus(n, ev, ctx),
                            inferred=f.deep)


# A dateline opening a line: "HAVANA - ", "MEXICO CITY (Reuters) - ", "MONROVIA, April 14,
# 2026 (Opinion) — ", "COPENHAGEN, 18 May 2026 (Opinion) — ".
_DATELINE_HERE = re.compile(r"(\W{0,3}[A-Z][A-Z.'\- ]{1,38}?)(?:\s*,\s*[A-Z0-9][A-Za-z0-9.' ,]{1,40}?)?"
                            r"\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014:]{1,2}\s")


def _in_dateline(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    m = _DATELINE_HERE.match(text, line_start)
    if m is not None and end <= m.end(1):
        return True
    m = EMPHASIS_DATELINE_RE.match(text[line_start:line_start + 120])
    return m is not None and end <= line_start + m.end(2)


def attach_actors(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    """Fill ``event.actors`` with the actors and recipients found around each trigger."""
    if not events:
        return events
    text = doc_text(doc)
    for ev, actor in _iter_actors(doc, events, ctx):
        if any(a.start == actor.start and a.end == actor.end for a in ev.actors):
            continue
        if _in_dateline(text, actor.start, actor.end):
            continue  # "HAVANA - Five years ago today, thousands took to the streets": where it was filed
        ev.actors.append(actor)
    _definite_event_doers(doc, events)
    return events


# An attack told again as "the firing" ("... one person was killed in the firing") is the one
# told just before; how far back (in characters, within the paragraph) it may be.
EVENT_COREF_CHARS = 600


def _definite_event_doers(doc: Doc, events: list[Event]) -> None:
    """Who did an attack named again with "the" ("the firing", "the raid"): the doer of the
    nearest earlier attack of the same paragraph named with the same word or of the same mode
    ("opened fire" ... "killed in the firing")."""
    text = doc_text(doc)
    by_start = sorted(events, key=lambda e: e.trigger.start)
    for k, ev in enumerate(by_start):
        if ev.event != "ASSAULT" or any(a.role == "actor" for a in ev.actors):
            continue
        nouns = [doc[i] for i in [ev.token_i, *ev.extra.get("merged", [])] if 0 <= i < len(doc)]
        words = {t.lemma_.lower() for t in nouns if t.pos_ in ("NOUN", "VERB") and
                 any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)}
        if not words:
            continue
        for prev in reversed(by_start[:k]):
            if ev.trigger.start - prev.trigger.start > EVENT_COREF_CHARS or \
                    "\n" in text[prev.trigger.end:ev.trigger.start]:
                break
            lemmas = {doc[i].lemma_.lower() for i in [prev.token_i, *prev.extra.get("merged", [])]
                      if 0 <= i < len(doc)}
            doers = [a for a in prev.actors if a.role == "actor"]
            same = bool(lemmas & words) or (ev.mode is not None and prev.mode == ev.mode)
            if prev.event == "ASSAULT" and same and doers:
                ev.actors.extend(_replace(a) for a in doers)
                break


# Who may threaten by saying what will be done to others ("anyone who blocks a road will be
# prosecuted, the minister said"), unlike a rights group or a reporter who tells of it.
_WARNING_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "REB", "SPY", "PRM", "UAF"})
_TELLING_VERBS = frozenset({"say", "tell", "announce", "declare", "state", "warn", "add", "insist"})


def _owned(tok: Token, n: _Norm, norm: _Normaliser, coref: _Coref,
           kinds: frozenset[str] | None = None) -> _Norm:
    """A vague title of office owned by a pronoun is of what the pronoun stands for: in "the
    coalition plans a march, and **its leaders** have threatened a strike" the leaders are the
    coalition's (the bare title reads as officials of the state). Only titles: "its members",
    "their forces" keep their own kind. With ``kinds``, only owners of those sectors: "the army
    said **its men** had been shot at" (soldiers)."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"
                 and c.lower_ in PRONOUNS_PLURAL | PRONOUNS_THING | (PRONOUNS_PERSON if kinds else frozenset())), None)
    if poss is None:
        return n
    owner = coref.resolve(poss, norm.normalise(poss))
    # (a person owns men only as their commander: "the guard's commander insisted that his men
    # had only fired rubber bullets")
    if owner is None or owner.sector is None or (owner.person and kinds is None) or (
            kinds is not None and owner.sector not in kinds):
        return n
    return _replace(n, sector=owner.sector, country=owner.country or n.country)


def _warner(doc: Doc, ev: Event, norm: _Normaliser) -> list[_Found]:
    """The one who says a threat with no doer of its own, when they have the power to carry it
    out: the subject of the telling verb its attribution names."""
    if ev.attribution is None or ev.attribution.start is None or ev.attribution.end is None:
        return []
    span = doc.char_span(ev.attribution.start, ev.attribution.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    who = span.root
    if who.dep_ != "nsubj" or who.head.lemma_.lower() not in _TELLING_VERBS:
        return []
    return [_Found("actor", who)] if norm.normalise(who).sector in _WARNING_SECTORS else []


def _told_of_same(clause: Token) -> bool:
    """Whether a "when" clause goes on with the doer of the clause it hangs on, by a pronoun:
    in "police used live rounds when **they** dispersed the crowd" the crowd is whom the rounds
    were used on (not so "when the court sentenced nine leaders, protesters blocked ...")."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("they", "he", "she", "we") for c in clause.children)


def _stranded_subject(v: Token) -> Token | None:
    """The subject the parse joined to the object of the verb before: in "protesters stoned a
    post and two soldiers were lynched", "two soldiers" hangs as a conjunct of "post", and
    "were lynched" has no subject."""
    if v.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl") for c in v.children):
        return None
    aux = [c.i for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i]
    if not aux or min(aux) == 0:
        return None
    prev = v.doc[min(aux) - 1]
    if prev.dep_ == "conj" and prev.pos_ in ("NOUN", "PROPN", "NUM") and v.head.i < prev.head.i < prev.i:
        return prev
    return None


def _subject_of_next(tok: Token) -> bool:
    """Whether a conjunct is really the subject of the verb after it (``_stranded_subject``)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.dep_ not in ("aux", "auxpass"):
        return False
    subj = _stranded_subject(nxt.head)
    return subj is not None and subj.i == tok.i


def _peaceful_protest_noun(tok: Token) -> bool:
    """A noun that, said plainly, is a protest other than a riot ("strike", "march", "vigil"):
    who held it did not kill those who were killed during it ("during a strike called by the
    union, six people were killed")."""
    rules = load_lexicon().nouns.get(tok.lemma_.lower()) or load_lexicon().nouns.get(tok.lower_) or ()
    plain = [r.label for r in rules if not r.conds]
    return bool(plain) and plain[-1] is not None and plain[-1][0] == "PROTEST" and plain[-1][1] != "riot"

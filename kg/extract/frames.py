"""Event types from verb frames: the project's own lemma table first, the CAMEO dictionary next."""
from __future__ import annotations

import logging
from functools import lru_cache

from spacy.tokens import Token

from kg.extract.cameo import CameoCoder, event_type_for

log = logging.getLogger(__name__)

SPEECH = {"say", "tell", "add", "state", "announce", "note", "stress", "insist", "clarify", "comment",
          "explain", "claim", "declare", "write", "report", "suggest", "argue", "emphasise", "emphasize",
          "remark", "assert", "believe", "think", "tweet", "post", "acknowledge", "confirm", "deny", "speak",
          "according to"}
# verb lemma (or "verb particle") -> event type notation of ontology/event-types.ttl
FRAMES = {
    **{v: "statement" for v in SPEECH},
    "deny": "reject", "warn": "threaten", "threaten": "threaten", "vow": "intend", "pledge": "intend",
    "promise": "intend", "offer": "intend",
    "ask": "request", "request": "request", "urge": "request", "appeal": "request", "call on": "request",
    "call for": "request", "call in": "request", "turn to": "request", "seek": "request", "plead": "request",
    "invite": "request",
    "demand": "demand", "order": "demand", "insist on": "demand",
    "criticize": "disapprove", "criticise": "disapprove", "denounce": "disapprove", "condemn": "disapprove",
    "question": "disapprove", "accuse": "disapprove", "blame": "disapprove", "slam": "disapprove",
    "reject": "reject", "refuse": "reject", "veto": "reject", "dismiss": "reject",
    "reply": "respond", "respond": "respond", "retort": "respond", "answer": "respond", "react": "respond",
    "meet": "consult", "talk": "consult", "visit": "consult", "discuss": "consult", "host": "consult",
    "negotiate": "consult", "consult": "consult", "call": "consult",
    "sign": "cooperate", "join": "cooperate", "agree": "cooperate", "ratify": "cooperate",
    "cooperate": "cooperate", "collaborate": "cooperate", "support": "cooperate", "back": "cooperate",
    "help": "aid", "assist": "aid", "aid": "aid", "provide": "aid", "supply": "aid",
    "deploy": "mobilize", "send": "mobilize", "send in": "mobilize", "dispatch": "mobilize",
    "arrive": "mobilize", "mobilize": "mobilize", "mobilise": "mobilize", "station": "mobilize",
    "withdraw": "concede", "leave": "concede", "pull out": "concede", "retreat": "concede",
    "release": "concede", "ease": "concede", "lift": "concede",
    "investigate": "investigate", "probe": "investigate", "monitor": "investigate", "track": "investigate",
    "publish": "statement", "issue": "statement",
    "protest": "protest", "rally": "protest", "demonstrate": "protest", "strike": "protest", "march": "protest",
    "sanction": "reduce", "expel": "reduce", "suspend": "reduce", "cut": "reduce",
    "arrest": "coerce", "detain": "coerce", "seize": "coerce", "authorize": "coerce", "authorise": "coerce",
    "impose": "coerce", "ban": "coerce", "storm": "coerce", "crack down": "coerce", "loot": "coerce",
    "attack": "assault", "bomb": "assault", "shoot": "assault", "kill": "assault", "fire": "assault",
    "open fire": "assault", "assassinate": "assault", "abduct": "assault",
    "fight": "fight", "clash": "fight", "shell": "fight", "invade": "fight", "occupy": "fight",
    "retake": "fight",
    # political acts PLOVER has no category for: typed "other" rather than a wrong type
    "win": "other", "lose": "other", "elect": "other", "vote": "other", "abstain": "other",
    "resign": "other", "nominate": "other", "appoint": "other",
}
OFFICE = {"election", "re-election", "reelection", "office", "nomination", "seat", "term", "presidency", "mandate"}
FORCE_WORDS = {"fire", "kill", "shoot", "force", "crackdown", "troops", "arrest", "destroy"}


def predicate(verb: Token) -> str:
    """The verb's lemma with its particle or fixed preposition ("turn to", "call in")."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prt" and f"{lemma} {child.lower_}" in FRAMES:
            return f"{lemma} {child.lower_}"
    for child in verb.children:
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in FRAMES and not _when(child):
            return f"{lemma} {child.lower_}"
    return lemma


def _when(prep: Token) -> bool:
    """'on Monday': a preposition of time, not the one of a phrasal verb ("called on Peru")."""
    return any(g.ent_type_ in {"DATE", "TIME"} for g in prep.children if g.dep_ == "pobj")


def event_type(verb: Token, pred: str) -> str | None:
    """The event type of a verb in its frame, or None when the verb reports no typed action."""
    kind = FRAMES.get(pred)
    if pred == "order" or pred == "authorize":
        words = {t.lemma_.lower() for t in verb.subtree}
        kind = "coerce" if words & FORCE_WORDS else "demand"
    if pred == "call" and any(c.dep_ in {"oprd", "ccomp", "xcomp"} for c in verb.children):
        kind = "statement"  # "called the detentions arbitrary": a judgement said, not a phone call
    if pred == "seek":  # seeking something from someone is a request; seeking to do is an intention
        objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
        if any(c.dep_ == "xcomp" for c in verb.children):
            kind = "intend"
        elif objects & OFFICE:
            kind = "other"  # "seeks re-election": a candidacy
    return kind


@lru_cache(maxsize=1)
def _coder() -> CameoCoder:
    return CameoCoder()  # reads the verb dictionary once per process


def cameo(verb: Token) -> tuple[str | None, str | None]:
    """The CAMEO code the verb dictionary gives, and the event type of its root code."""
    match = _coder()(verb)
    if match is None:
        return None, None
    return match.code, event_type_for(match.code)


def codes_an_event(verb: Token) -> bool:
    """True for a verb the project's frames or the CAMEO dictionary type as an event."""
    return predicate(verb) in FRAMES or cameo(verb)[0] is not None

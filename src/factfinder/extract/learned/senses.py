"""Senses of a word in which the model's proposed act did not happen to anyone.

The model weighs words, so it is sure of "killed", "fled" or "paid" wherever they stand;
the rules read the same words in their grammar and know when one is used in another sense:
a virus that killed, gunmen fleeing a scene, a fine paid, a court ordering a release not
yet carried out, a warning of a fine. A proposal in such a sense is no claim, so the
proposer asks these checks, built on the rules' own, before it adds an event.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition
from factfinder.extract.events.displacement import (
    PLACES_LEFT,
    leaves_a_thing,
    natural_cause,
    ordinary_flight,
)
from factfinder.extract.events.extortion import lawful_payment, lawful_penalty
from factfinder.extract.events.lexicon import KIN, NATURAL_CAUSES, THREATENED_HARMS
from factfinder.extract.events.people import is_person_like
from factfinder.extract.events.threats import COERCION, DOOM_WORDS
from factfinder.extract.learned.features import lemma

# The one act a thing can suffer as its victim: "searched their homes", "tapped his phone".
_THINGS_MAY_SUFFER = frozenset({"harassment"})
# Who is uprooted, when not named as people: "families", "the village", "whole communities".
_UPROOTED = KIN | PLACES_LEFT | {"household", "population", "resident", "inhabitant"}
# What a payment buys when it is a price for freedom, not a purchase.
_FREEDOM = frozenset({"release", "freedom", "return", "life", "safety", "passage"})
# Penalties a warning can promise short of harm: harassment at most, never a death threat.
_PENALTIES = COERCION | {"fine", "sue", "ban", "evict", "summon", "question"}
# What is left of the dead: "the bodies were returned to their families" tells of remains,
# not of a killing; the rules say when remains are one ("the bodies of two detainees").
_REMAINS = frozenset({"body", "corpse", "remains", "remain"})
# Verbs of going away that are a journey unless something drove the people out.
_GOING = frozenset({"leave", "go", "move", "depart", "relocate", "emigrate", "return"})
# What drives people out, one word of which a forced departure names: "after the attacks",
# "forced to leave", "fearing arrest", "evicted".
_DRIVEN = frozenset(
    {"force", "flee", "expel", "evict", "deport", "drive", "push", "order", "compel", "threat"}
    | {"threaten", "fear", "afraid", "danger", "violence", "persecution", "attack", "raid"}
    | {"bomb", "shell", "burn", "war", "fighting", "safety", "intimidation", "harassment"}
)
# States one is kept in that are no custody: "kept us informed", "kept them waiting".
_CUSTODY_STATES = frozenset(
    {"detain", "lock", "captive", "hostage", "incommunicado", "chain", "handcuff", "shackle"}
    | {"blindfold", "isolate", "confine", "imprison", "prisoner", "hood", "tie", "bind"}
)
# Verbs by which a warning is told: a death threat only when what is told names harm.
_TELLING = frozenset({"tell", "say", "warn", "inform", "promise", "write", "assure"})


def in_another_sense(name: str, trigger: Token, agent: Token | None, target: Token) -> bool:
    """Whether the proposed act of type `name` on `trigger` reads the word in a sense in
    which no one suffered that act: the checks differ by type, as the rules' senses do."""
    if name not in _THINGS_MAY_SUFFER and not _a_victim(name, target):
        return True  # "to beat Dynamo", "gave us a week", "the number has risen"
    if name == "killing":
        natural = agent is not None and agent.lemma_.lower() in NATURAL_CAUSES
        return natural or trigger.lemma_.lower() in _REMAINS
    if trigger.pos_ not in ("VERB", "AUX"):
        return name == "release" and trigger.head.lower_ == "for"  # "paid for her release"
    if name == "forced_displacement":
        ordinary = ordinary_flight(trigger) or leaves_a_thing(trigger)
        return ordinary or natural_cause(trigger) or _a_journey(trigger)
    if name == "extortion":
        return lawful_payment(trigger) or lawful_penalty(trigger) or _a_purchase(trigger)
    if name == "death_threat":
        return _a_penalty_promised(trigger) or _no_harm_told(trigger)
    if name == "detention":
        return _kept_in_a_state(trigger)
    return False


def _a_victim(name: str, target: Token) -> bool:
    """People, or for a displacement the families and places uprooted."""
    if is_person_like(target):
        return True
    return name == "forced_displacement" and target.lemma_.lower() in _UPROOTED


def _a_purchase(pay: Token) -> bool:
    """ "paid for school books", "had to pay for the release of the report": money paid for a
    thing, not for someone's freedom."""
    bought = object_of_preposition(pay, "for")
    if bought is None or is_person_like(bought):
        return False
    if bought.lemma_.lower() not in _FREEDOM:
        return True
    freed = object_of_preposition(bought, "of")  # the release of a report is a publication
    return freed is not None and not is_person_like(freed)


def _a_penalty_promised(tell: Token) -> bool:
    """ "told her she would be fined if she parked there again": what the words promise is a
    penalty, and nothing in them is harm to a body or a life."""
    content = child_with(tell, "ccomp", "xcomp") or tell
    lemmas = _lemmas(content.subtree)
    return bool(lemmas & _PENALTIES) and not lemmas & (THREATENED_HARMS | DOOM_WORDS)


def _lemmas(tokens: Iterable[Token]) -> set[str]:
    return {lemma(t) for t in tokens}


def _a_journey(verb: Token) -> bool:
    """ "had to leave early for work", "has left the country": going away is a displacement
    only when the sentence names what drove the people out."""
    if verb.lemma_.lower() not in _GOING:
        return False
    return not _lemmas(verb.sent) & _DRIVEN


def _no_harm_told(tell: Token) -> bool:
    """ "The doctor told him he would recover": a warning is a death threat only when what
    it tells names harm to a body or a life."""
    if tell.lemma_.lower() not in _TELLING:
        return False
    return not _lemmas(tell.subtree) & (THREATENED_HARMS | DOOM_WORDS)


def _kept_in_a_state(keep: Token) -> bool:
    """ "They kept us informed for days", "kept them waiting": kept in a state that is no
    custody ("kept handcuffed", "kept incommunicado" are)."""
    if keep.lemma_.lower() not in ("keep", "hold"):
        return False
    state = child_with(keep, "oprd", "acomp", "xcomp")
    return state is not None and not _lemmas(state.subtree) & _CUSTODY_STATES

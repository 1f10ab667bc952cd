"""Torture and killing rules: instruments of pain, bodies found, deaths after abuse."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import is_negated, is_passive
from factfinder.extract.events.lexicon import CAPTORS, NOUN_EVENTS, REMAINS
from factfinder.extract.events.people import is_person_like

# People held by others, whose deaths are deaths in custody: "the bodies of three detainees".
CAPTIVES = frozenset({"detainee", "prisoner", "inmate", "captive", "hostage"})

# Instruments of pain ("used electric batons on the prisoners").
PAIN_TOOLS = frozenset({"baton", "taser", "truncheon", "cable", "electrode", "whip", "stick"})


def degrading_treatment(treatment: Token) -> bool:
    """ "cruel, inhuman or degrading treatment": the treaty words for ill-treatment."""
    words = {c.lower_ for c in treatment.children if c.dep_ in ("amod", "conj")}
    for adjective in list(treatment.children):
        words |= {c.lower_ for c in adjective.children if c.dep_ == "conj"}
    return bool(words & {"cruel", "inhuman", "inhumane", "degrading"})


def used_on_people(use: Token) -> bool:
    """ "used electric batons on the prisoners": an instrument of pain applied to people."""
    tool = child_with(use, "dobj")
    victim = object_of_preposition(use, "on", "against")
    return (
        tool is not None
        and tool.lemma_.lower() in PAIN_TOOLS
        and is_person_like(victim)
        and not is_negated(use)
    )


def bodies_found(verb: Token) -> bool:
    """ "the bodies of three men were found": the dead were found, someone was killed."""
    found = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    if found is not None and found.lower_ in ("grave", "graves"):  # "mass graves were found"
        return any(t.lower_ == "mass" for t in found.subtree) or any(
            t.lemma_.lower() in ("body", "corpse") for t in found.subtree
        )
    return found is not None and found.lemma_.lower() in REMAINS


def of_detainees(verb: Token) -> bool:
    """Bodies of people who were in custody: their deaths in custody are killings."""
    body = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    dead = object_of_preposition(body, "of") if body is not None else None
    return dead is not None and dead.lemma_.lower() in CAPTIVES


def under_water(verb: Token) -> bool:
    """ "held his head under water", "plunged into a barrel": near-drowning, a torture."""
    water = object_of_preposition(verb, "under", "into")
    return water is not None and water.lemma_.lower() in ("water", "bucket", "barrel", "tank")


def fired_by(fire: Token) -> bool:
    """ "police fire", "the army's fire": gunfire with its shooters named."""
    return any(
        c.dep_ in ("compound", "poss", "amod") and c.lemma_.lower() in CAPTORS | {"sniper", "troop"}
        for c in fire.children
    )


def collapsed_after_abuse(die: Token) -> bool:
    """A death told as the second of two verbs, the first naming the abuse: "collapsed after a
    beating and died the next day"."""
    if die.dep_ != "conj":
        return False
    first = die.head
    after = object_of_preposition(first, "after", "following")
    return after is not None and NOUN_EVENTS.get(after.lemma_.lower()) == "torture"


def hand_laid_on(lay: Token) -> Token | None:
    """Whom someone "laid a hand / a finger on": touched in violence, the idiom of assault
    (mostly in denials: "my client never laid a finger on him")."""
    hand = child_with(lay, "dobj")
    if hand is None or hand.lemma_.lower() not in ("hand", "finger"):
        return None
    touched = object_of_preposition(lay, "on") or object_of_preposition(hand, "on")
    return touched if is_person_like(touched) else None


def to_death(token: Token) -> bool:
    """ "beaten to death", "tortured to death": a killing."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in token.children
    )


def verified_deaths(death: Token) -> bool:
    """ "has verified the deaths of 19 of them": deaths a monitor counts and confirms are the
    killings it reports on, not natural deaths."""
    counted = object_of_preposition(death, "of")
    return (
        death.dep_ == "dobj"
        and death.head.lemma_.lower() in ("verify", "document", "confirm", "record")
        and counted is not None
        and (counted.pos_ == "NUM" or any(c.dep_ == "nummod" for c in counted.children))
    )


def victims_held(death: Token) -> bool:
    """ "the deaths of detainees": people in custody died."""
    victim = object_of_preposition(death, "of")
    if victim is None:
        return False
    titles = [victim] + [c for c in victim.children if c.dep_ in ("compound", "amod")]
    return any(  # "the death of detainee Artur Korsh": the title says he was held
        t.lemma_.lower() in CAPTIVES for t in titles
    )

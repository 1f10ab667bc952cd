"""Torture and killing rules: instruments of pain, bodies found, deaths after abuse."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import is_negated, is_passive
from factfinder.extract.events.lexicon import BODY_PARTS, CAPTORS, LIMBS, NOUN_EVENTS, REMAINS
from factfinder.extract.events.people import is_person_like

# People held by others, whose deaths are deaths in custody: "the bodies of three detainees".
CAPTIVES = frozenset({"detainee", "prisoner", "inmate", "captive", "hostage"})

# Words that count what they hang on: "the number of bodies recovered".
TALLIES = frozenset({"number", "total", "count", "tally"})

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
    if found is not None and found.lemma_.lower() in TALLIES:
        found = object_of_preposition(found, "of")  # "the number of bodies recovered has risen"
    if found is not None and found.lower_ in ("grave", "graves"):  # "mass graves were found"
        return any(t.lower_ == "mass" for t in found.subtree) or any(
            t.lemma_.lower() in ("body", "corpse") for t in found.subtree
        )
    if found is not None and found.lower_ == "remains":  # "remains" is lemmatised "remain"
        whose = object_of_preposition(found, "of")
        return whose is None or is_person_like(whose)  # not "the remains of a Roman villa"
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
    beating and died the next day"; or a death told after the custody that preceded it
    ("died following his arrest", see `died_after_custody`)."""
    if died_after_custody(die):
        return True
    if die.dep_ != "conj":
        return False
    first = die.head
    after = object_of_preposition(first, "after", "following")
    return after is not None and NOUN_EVENTS.get(after.lemma_.lower()) == "torture"


# Acts of custody whose aftermath a death is reported in: "died following his arrest".
CUSTODY_ACTS = frozenset({"arrest", "detention", "detain", "abduction", "abduct", "capture"})
# Where people die after custody: "died in hospital", "died at the police station".
CUSTODY_DEATH_PLACES = frozenset({"hospital", "station", "cell", "custody"})


def died_after_custody(die: Token) -> bool:
    """A death reported as following an arrest is a death in custody, as monitors count it:
    "died following his arrest at a protest", "a man who was arrested during the march died in
    hospital", "died at the Harrow Street police station". A death years later ("died in 2010,
    four years after his arrest") or of old age is not."""
    if any(t.lemma_.lower() in ("year", "decade", "age", "aged") for t in die.subtree):
        return False
    after = object_of_preposition(die, "after", "following")
    if after is not None and after.lemma_.lower() in CUSTODY_ACTS:
        return True  # "died following his arrest"
    place = object_of_preposition(die, "in", "at")
    if place is None or place.lemma_.lower() not in CUSTODY_DEATH_PLACES:
        return False
    if place.lemma_.lower() == "station":  # "at the police station", not "the railway station"
        return any(t.lower_ == "police" for t in place.subtree)
    dead = subject_of(die)
    held = [c for c in dead.children if c.dep_ in ("relcl", "acl")] if dead is not None else []
    return place.lemma_.lower() != "hospital" or any(
        c.lemma_.lower() in CUSTODY_ACTS for c in held
    )  # "who was arrested near the market, died in hospital"


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


# Traces left on a body: "burns", "marks", "signs of torture", "scars".
TRACES = frozenset({"burn", "mark", "sign", "trace", "scar"})
# What makes a trace the trace of a method of torture: "cigarette burns", "ligature marks",
# "marks of electric shocks", "signs of torture".
TORTURE_CAUSES = frozenset(
    {"cigarette", "ligature", "electric", "electrode", "shock", "torture", "beat", "beating"}
)
# Verbs by which a body carries its traces: "he had burns", "the body bore signs of torture".
CARRYING = frozenset({"have", "bear", "show", "carry"})


def torture_traces(trace: Token) -> Token | None:
    """Whose body carries the traces of a method of torture: "he had cigarette burns on his
    arms", "her wrists bore ligature marks", "the body showed signs of torture". Forensic
    reports and relatives tell torture by its traces; an injury with no method ("bruises",
    "a broken arm") is as often from a fall or a crowd, and is left out."""
    if trace.lemma_.lower() not in TRACES or not _of_torture(trace):
        return None
    if any(c.dep_ == "neg" or c.lower_ in ("no", "without") for c in trace.children):
        return None  # "found no signs of torture"
    if trace.dep_ == "pobj" and trace.head.lower_ == "without":
        return None
    carrier = _owner(_carrier(trace))
    return carrier or _owner(object_of_preposition(trace, "on")) or _owner_inside(trace)


def _of_torture(trace: Token) -> bool:
    """The trace names its method, before it ("cigarette burns", "a broken wrist and cigarette
    burns", where the parser hangs "cigarette" elsewhere) or after "of" ("marks of shocks")."""
    causes = {t.lemma_.lower() for t in trace.subtree if t.i < trace.i}
    method = object_of_preposition(trace, "of")
    if method is not None:
        causes.add(method.lemma_.lower())
        causes.add(NOUN_EVENTS.get(method.lemma_.lower(), ""))
    return bool(causes & TORTURE_CAUSES)


def _owner(body: Token | None) -> Token | None:
    """The person a body or a part of one belongs to ("his arms" → his, "the body of Kolar"),
    or the person named as the carrier of the traces."""
    if body is None:
        return None
    owner = child_with(body, "poss") or object_of_preposition(body, "of")
    if owner is not None:
        return owner
    return body if is_person_like(body) else None


def _owner_inside(trace: Token) -> Token | None:
    """ "Mora's wrists bore ligature marks", "the body bore marks of beating", which the parser
    reads as one noun phrase ("bore" as a noun): the possessor or the body inside it."""
    inside = [t for t in trace.subtree if t.i < trace.i]
    owners = [t for t in inside if t.dep_ == "poss" or t.lemma_.lower() in REMAINS]
    return owners[-1] if owners else None


def _carrier(trace: Token) -> Token | None:
    """Who has the traces: the subject of "had"/"bore", or of the verb a "with" hangs on
    ("was dropped at the roadside with cigarette burns on his arms", "found with the hands
    bound and marks of shocks on the chest")."""
    while trace.dep_ == "conj":
        trace = trace.head
    if trace.dep_ == "dobj" and trace.head.lemma_.lower() in CARRYING:
        return subject_of(trace.head)
    if trace.dep_ in ("pobj", "pcomp") and trace.head.lower_ == "with":
        verb = trace.head.head  # "left by a road with burns": "with" may hang on the road
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        return subject_of(verb)
    return None


def deprived_of_sleep(deprive: Token) -> bool:
    """ "deprived of sleep", "deprived the prisoners of sleep": sleep deprivation, a method of
    torture (not "deprived of liberty", a detention, or "of food", told otherwise)."""
    deprived = child_with(deprive, "dobj")
    rest = object_of_preposition(deprive, "of") or (
        object_of_preposition(deprived, "of") if deprived is not None else None
    )
    return rest is not None and rest.lemma_.lower() in ("sleep", "rest") and not is_negated(deprive)


def kept_awake(allow: Token) -> Token | None:
    """Who was "not allowed to sleep" or questioned "without being allowed to sleep": the
    refusal of sleep is the torture, so the negation asserts the act rather than denying it."""
    if allow.lemma_.lower() not in ("allow", "let", "permit"):
        return None
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() == "sleep" for c in allow.children):
        return None
    if allow.dep_ == "pcomp" and allow.head.lower_ == "without":
        return subject_of(allow.head.head)  # "interrogated for days without being allowed to"
    return subject_of(allow) if is_negated(allow) and is_passive(allow) else None


# Violence a death is told as happening in: "died in the attack", "killed in the raid".
VIOLENT_EVENTS = frozenset(
    {"attack", "shooting", "raid", "bombing", "massacre", "crackdown", "assault", "clash"}
    | {"airstrike", "shelling", "ambush", "violence", "pogrom", "rampage", "offensive"}
)
# Words that make an "incident" a violent one: "criminal incidents", "shooting incidents".
VIOLENT_MARKS = frozenset({"criminal", "violent", "armed", "shooting", "security"})


def died_in_violence(die: Token) -> bool:
    """ "seventeen people died in the attack", "died during the crackdown", "died in criminal
    incidents in the valley": a death told as the outcome of violence is a killing. A death
    in an accident, a fire or a flood is not."""
    if die.lemma_.lower() != "die" or is_negated(die) or not is_person_like(subject_of(die)):
        return False
    event = object_of_preposition(die, "in", "during")
    if event is None:
        return False
    marks = {c.lower_ for c in event.children if c.dep_ in ("amod", "compound")}
    if marks & {"heart", "asthma", "panic", "epileptic"}:
        return False  # "died in a heart attack": an illness
    if event.lemma_.lower() in VIOLENT_EVENTS:
        return True
    return event.lemma_.lower() == "incident" and bool(marks & VIOLENT_MARKS)


def left_dead(leave: Token) -> Token | None:
    """Who an attack "left dead": "the attack left 12 people dead", "the raid left three
    villagers dead". "Left for dead" tells of survivors, and is no killing."""
    if leave.lemma_.lower() != "leave" or is_negated(leave):
        return None
    dead = next((c for c in leave.children if c.dep_ in ("oprd", "acomp", "xcomp")), None)
    if dead is None or dead.lower_ != "dead":
        return None
    victims = child_with(leave, "dobj")
    return victims if is_person_like(victims) else None


# Instruments of torture told by where they were put on a body, and the words that join them.
SUFFOCATING = frozenset({"bag", "sack"})
WIRING = frozenset({"wire", "wires", "electrode", "electrodes", "clip", "clips", "cable", "cables"})
BURNING = frozenset({"lighter", "cigarette", "cigarettes", "flame", "iron", "torch"})
# Words that tell a bag over the head was to choke, not to blindfold.
CHOKING = frozenset(
    {"breathe", "breath", "suffocate", "suffocation", "choke", "faint", "consciousness", "pass"}
    | {"asphyxiate", "asphyxiation", "tighten", "air"}
)
# Where wires are clipped in torture, not where a monitor is taped ("wires to his chest").
WIRED_PARTS = frozenset(
    {"finger", "toe", "genitals", "ear", "tongue", "nipple", "foot", "feet", "hand", "ankle"}
    | {"leg", "wrist", "thumb", "testicle", "genital"}
)
# Those who attach wires in care, not in abuse.
CARERS = frozenset({"nurse", "doctor", "medic", "paramedic", "technician", "physician"})
# A speaker's own pronoun and its possessive, so that "she put a bag over her head" is hers.
SAME_PERSON = {"she": "her", "he": "his", "i": "my", "we": "our", "they": "their"}


def pain_applied(tool: Token) -> tuple[Token | None, Token] | None:
    """The doer and the victim of an instrument put on a body: "put a plastic bag over my
    head", "attached wires to my fingers", "held a lighter to her hair". Suffocation, shocks
    and burns are told this way by the tortured; a nurse's wires on a chest are not."""
    word = tool.lower_
    kind = (
        "bag"
        if tool.lemma_.lower() in SUFFOCATING
        else "wire"
        if word in WIRING
        else "burn"
        if word in BURNING
        else None
    )
    if kind is None:
        return None
    verb = tool.head
    part = _part_reached(tool, verb, ("over",) if kind == "bag" else ("to", "on", "against"))
    if part is None:
        return None
    if kind == "bag" and part.lemma_.lower() not in ("head", "face"):
        return None
    if kind == "bag" and not {t.lemma_.lower() for t in tool.sent} & CHOKING:
        return None  # "put a bag over my head and drove me away": a hooding in an abduction
    if kind == "wire" and part.lemma_.lower() not in WIRED_PARTS:
        return None
    if kind == "burn" and part.lemma_.lower() not in LIMBS | BODY_PARTS | {"skin"}:
        return None
    victim = child_with(part, "poss") or object_of_preposition(part, "of")
    doer = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if victim is None or is_negated(verb):
        return None
    if doer is not None and (
        doer.lemma_.lower() in CARERS or SAME_PERSON.get(doer.lower_) == victim.lower_
    ):
        return None  # "the nurse attached wires"; "she put a bag over her head"
    return doer, victim


def _part_reached(tool: Token, verb: Token, preps: tuple[str, ...]) -> Token | None:
    """The body part an instrument was put to, whether the parser hangs the preposition on
    the instrument or on the verb ("held a lighter to her hair")."""
    return object_of_preposition(tool, *preps) or object_of_preposition(verb, *preps)

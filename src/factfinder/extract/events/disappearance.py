"""Enforced-disappearance rules: people taken to unknown places, fates withheld, people missing."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import (
    by_agent,
    child_with,
    object_of_preposition,
    objects_of_prepositions,
    subject_of,
)
from factfinder.extract.events.clauses import (
    denier_of,
    every_one,
    governors,
    is_negated,
    is_passive,
    modal_of,
)
from factfinder.extract.events.lexicon import CAPTORS, KNOWLEDGE, NATURAL_CAUSES, REFUSING
from factfinder.extract.events.people import PERSON_NOUNS, is_person_like

# Verbs of finding out: relatives "unable to learn where he is held" meet a concealment.
LEARNING = frozenset({"learn", "establish", "discover", "find", "determine", "ascertain"})
# Verbs of telling whose negation or refusal hides where someone is.
WITHHELD = frozenset(
    {
        "disclose",
        "reveal",
        "tell",
        "say",
        "know",
        "inform",
        "confirm",
        "explain",
        "specify",
        "acknowledge",
        "admit",
    }
)
# Words that make a custodial "hold" into captors who hide who they are.
UNKNOWN_CAPTORS = frozenset(
    {"unidentified", "unknown", "masked", "armed", "hooded", "plainclothes"}
)


def vanished_person(verb: Token) -> bool:
    """Who disappeared is a person, and not lost to a flood or a storm."""
    who = child_with(verb, "nsubj")
    if not is_person_like(subject_of(verb)) and not (who is not None and who.lower_ == "who"):
        return False  # "who" is a person whatever noun the parser hangs the clause on
    if said_of_a_class(verb):
        return False
    causes = objects_of_prepositions(verb, "during", "in", "after")
    return not any(c.lemma_.lower() in NATURAL_CAUSES for c in causes)


# Words that name the missing as a class rather than as people newly reported.
CLASS_WORDS = frozenset({"those", "anyone", "everyone", "everybody", "all"})


def said_of_a_class(clause: Token) -> bool:
    """ "disclose the fate of all those who remain missing", "account for every person who
    has disappeared": a relative clause on "those" or "every person" names the missing
    already reported (or a demand's reach), not a new disappearance."""
    if clause.dep_ != "relcl":
        return False
    return clause.head.lower_ in CLASS_WORDS or every_one(clause.head)


def reported_missing(missing: Token) -> bool:
    """ "dozens of people remain missing": the adjective, said of people, not negated."""
    verb = missing.head
    return (
        missing.lower_ == "missing"
        and (missing.pos_ == "ADJ" or missing.tag_ == "VBG")  # "remains missing" read as a verb
        and missing.dep_ in ("acomp", "oprd")
        and object_of_preposition(missing, "from") is None  # "missing from the roster"
        and verb.lemma_.lower() in ("remain", "be", "stay", "go", "report", "list", "declare")
        and not is_negated(verb)
        and modal_of(verb) in (None, "past")
        and not _describes_speakers(verb)
        and not (verb.dep_ == "acl" and every_one(verb.head))  # "all persons reported missing"
        and not said_of_a_class(verb)
    )


def _describes_speakers(clause: Token) -> bool:
    """ "Relatives of 12 men who remain missing told the organisation …": a relative clause
    inside a speaker's name describes who speaks; what they report is the claim."""
    if clause.dep_ != "relcl":
        return False
    return any(g.dep_ == "nsubj" for g in [clause.head, *governors(clause.head)][:4])


def at_unknown_place(verb: Token) -> bool:
    """ "held at an unknown location": custody in no named place (a named "undisclosed military
    base" is still a place of detention)."""
    place = object_of_preposition(verb, "in", "at")
    return (
        place is not None
        and place.lemma_.lower() in ("location", "place", "destination")
        and any(c.lower_ in HIDDEN_PLACES for c in place.children)
    )  # "held at a secret location"; a "secret prison" is a place of detention


# What a report calls a place of custody that the authorities do not name or own up to.
HIDDEN_PLACES = frozenset({"unknown", "undisclosed", "secret", "unacknowledged"})


def in_secret(verb: Token) -> bool:
    """ "held in secret", "held without acknowledgement": custody whose place is concealed, or
    that those holding the person do not admit (not a named secret prison). "Held
    incommunicado" is custody without visits, whose place is known: a detention only."""
    hidden = object_of_preposition(verb, "in")
    unadmitted = object_of_preposition(verb, "without")
    if unadmitted is not None and unadmitted.lemma_.lower() in ACKNOWLEDGEMENTS:
        return True
    return hidden is not None and hidden.lower_ == "secret"


# What custody held "without" is custody denied: "without acknowledgement".
ACKNOWLEDGEMENTS = frozenset({"acknowledgement", "acknowledgment", "acknowledging", "admission"})


def cannot_find(verb: Token) -> bool:
    """ "cannot locate her", "have been unable to trace him", "failed to find him": a search
    that came to nothing, negated or told as an inability."""
    if is_negated(verb):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ in ("unable", "failed", "fail", "fails")


def relatives_search(verb: Token) -> bool:
    """Relatives or lawyers who cannot find someone report a disappearance, not a lost item."""
    searcher = subject_of(verb)
    if searcher is None and verb.head.pos_ == "ADJ":  # "the family has been unable to trace"
        searcher = subject_of(verb.head.head)
    sought = child_with(verb, "dobj")
    relatives = {"family", "relative", "parent", "mother", "father", "wife", "husband", "lawyer"}
    return (
        searcher is not None
        and searcher.lemma_.lower() in relatives | {"we", "they"}
        and is_person_like(sought)
    )


def to_unknown_place(verb: Token) -> bool:
    """ "taken to an undisclosed location", "moved to an unknown place": fate concealed."""
    place = object_of_preposition(verb, "to", "into")
    if place is None:
        return False
    if place.lemma_.lower() in ("place", "location", "building", "site") and any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in ("know", "recognise", "recognize", "name", "identify", "locate")
        and is_negated(c)
        for c in place.children
    ):
        return True  # "drove us to a place I did not know"
    return bool({t.lower_ for t in place.subtree} & {"unknown", "undisclosed", "secret"})


def taken_by_unknown_men(take: Token) -> bool:
    """ "taken by unidentified / masked / armed men": captors who hide who they are."""
    taker = by_agent(take) if is_passive(take) else None
    if taker is None or not is_person_like(subject_of(take)):
        return False
    words = {c.lower_ for c in taker.children}
    presumed = any(
        c.dep_ == "acl" and c.lemma_.lower() in ("believe", "suspect", "think", "say")
        for c in taker.children
    )  # "men believed to be security agents": who they are is a guess
    if taker.lemma_.lower() in ABDUCTORS:
        return True  # "taken by kidnappers": those who take people to hold them
    return taker.lemma_.lower() in ("man", "people", "individual", "gunman") and bool(
        words & UNKNOWN_CAPTORS or presumed
    )


# Takers whose name says they abduct: "taken by kidnappers", "by their abductors".
ABDUCTORS = frozenset({"kidnapper", "abductor", "hostage-taker", "captor"})
# Armed groups outside the law, whose seizing of a person is an abduction, not an arrest
# (the tuned sets annotate kidnappings by such groups as enforced disappearances). Militias
# are left out: many act for the state, and their seizures are read as detentions.
ARMED_GROUPS = ABDUCTORS | frozenset(
    {"gunman", "militant", "rebel", "insurgent", "bandit", "jihadist"}
)
# Verbs of laying hands on a person that, done by such a group, abduct.
GRABBING = frozenset({"take", "seize", "grab", "snatch"})


# Vehicles people are taken off at checkpoints and on the road.
PASSENGER_VEHICLES = frozenset(
    {"bus", "minibus", "coach", "train", "car", "taxi", "truck", "lorry", "van", "vehicle"}
)
# Verbs of taking a person off a vehicle.
PULLING = frozenset({"take", "pull", "drag", "snatch", "grab", "haul"})
# People whom others take off a vehicle for their own good or in the ordinary way.
PASSENGERS = frozenset({"passenger", "tourist", "patient", "traveller", "traveler", "commuter"})
# Words of a mishap in which people are pulled out of a vehicle to save them.
MISHAPS = frozenset(
    {"crash", "accident", "wreckage", "wreck", "fire", "flood", "breakdown", "collision"}
    | {"injured", "hospital", "rescue", "rescued", "safety", "evacuate", "evacuated"}
)
# Takers who, taking people off a bus, abduct them: "men in black uniforms", "they", a
# named gang ("the Hollow Saints").
TAKERS = frozenset({"man", "gunman", "group", "gang", "member", "militant", "fighter"})


def off_a_vehicle(verb: Token) -> Token | None:
    """The vehicle in "took him off a bus", "was pulled from a minibus", "was taken off the
    buses" (where the parser reads "off" as a particle and the bus as an object)."""
    vehicle = object_of_preposition(verb, "off", "from")
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    if vehicle is None and off and is_passive(verb):
        vehicle = child_with(verb, "dobj")
    if vehicle is not None and vehicle.lemma_.lower() in PASSENGER_VEHICLES:
        return vehicle
    return None


def taken_off_vehicle(verb: Token) -> str | None:
    """ "men in black uniforms took the two brothers off a bus at a checkpoint", "was taken
    from his bus on 2 June", "had been pulled from a minibus at a Guard checkpoint": people
    taken off buses and cars on the road vanish with them (an enforced disappearance); taken
    by officers ("taken off the buses by State Security officers") they are detained. Not a
    passenger helped off, nor anyone pulled from a crash."""
    lemma = verb.lemma_.lower()
    if lemma not in PULLING or is_negated(verb) or modal_of(verb) not in (None, "past"):
        return None
    vehicle = off_a_vehicle(verb)
    if vehicle is None:
        return None
    passive = is_passive(verb)
    taken = subject_of(verb) if passive else child_with(verb, "dobj")
    if not is_person_like(taken) or taken is None or taken.lemma_.lower() in PASSENGERS:
        return None
    words = {t.lower_ for t in verb.sent}
    if words & MISHAPS:
        return None  # "the injured were pulled from the bus after the crash"
    taker = by_agent(verb) if passive else subject_of(verb)
    if taker is not None and taker.lemma_.lower() in CAPTORS:
        return "detention"
    if taker is None:  # "was taken from his bus", "pulled from a minibus at a checkpoint"
        own = child_with(vehicle, "poss") is not None  # not "taken off the bus" on a trip
        return "enforced_disappearance" if own or "checkpoint" in words else None
    abductors = taker.lower_ == "they" or taker.pos_ == "PROPN" or taker.lemma_.lower() in TAKERS
    return "enforced_disappearance" if abductors or taker.lemma_.lower() in ARMED_GROUPS else None


def seized_by_armed_group(verb: Token) -> bool:
    """ "gunmen seized two aid workers", "kidnappers took the boy", "armed men grabbed him":
    a person taken by an armed group or by armed men, which is an abduction."""
    if verb.lemma_.lower() not in GRABBING:
        return False
    passive = is_passive(verb)
    taker = by_agent(verb) if passive else subject_of(verb)
    taken = subject_of(verb) if passive else child_with(verb, "dobj")
    if taker is None or not is_person_like(taken) or taken.lower_ in ("hostage", "hostages"):
        return False
    armed = any(c.lower_ == "armed" for c in taker.children) and taker.lemma_.lower() in (
        "man",
        "group",
        "people",
    )
    return armed or taker.lemma_.lower() in ARMED_GROUPS


def hostage_of(verb: Token) -> Token | None:
    """The word "hostage" told of a verb of taking or holding ("took 40 villagers hostage",
    "were held hostage"): hostage-taking, an abduction whoever does it."""
    if verb.lemma_.lower() not in ("take", "hold", "keep"):
        return None
    if verb.tag_ == "VBG" and verb.dep_ in ("csubj", "nsubj"):
        return None  # "Taking hostages is a war crime": the act in law, no one taken
    taker = by_agent(verb) if is_passive(verb) else subject_of(verb)
    if taker is not None and taker.pos_ == "NOUN" and not is_person_like(taker):
        if taker.lemma_.lower() not in ARMED_GROUPS | CAPTORS and not armed_body(taker):
            return None  # "held hostage by his own doubts": a figure of speech
    return next(
        (c for c in verb.children if c.lemma_.lower() == "hostage" and c.dep_ != "nsubj"),
        None,
    )


# Bodies of people that take and hold hostages when named or armed: "the Qeshet Brigades
# armed group", "the Red Hand faction".
ARMED_BODIES = frozenset({"group", "faction", "movement", "organisation", "organization"})


def armed_body(taker: Token) -> bool:
    """ "the Qeshet Brigades armed group", "an armed faction": a body of people, armed or
    named, which can hold people hostage (not "the group of issues" nor a plain "movement")."""
    if taker.lemma_.lower() not in ARMED_BODIES:
        return False
    return any(
        c.lower_ == "armed" or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
        for c in taker.children
    )


def held_hostage(verb: Token) -> bool:
    """ "the group is holding 14 people hostage", "the hostages are being held in harsh
    conditions", "aid workers who had been held hostage by
    the Brigades", "an aid worker who was held hostage for four months": a hostage kept by a
    named holder, or told as what befell the people described, is a detention by the group
    (as the sets read it); "took them hostage", and a bare "two engineers were held hostage",
    keep the abduction reading."""
    hostage = hostage_of(verb)
    if verb.lemma_.lower() not in ("hold", "keep") or hostage is None:
        return False
    if not is_passive(verb) or hostage.dep_ == "nsubjpass":
        return True  # "the hostages are being held in the mountains": captives kept
    return by_agent(verb) is not None or verb.dep_ in ("relcl", "acl")


def hostage_taken(verb: Token) -> Token | None:
    """Who was taken hostage: the subject of "were held hostage", or the person the parser
    hung on "hostage" in "took the driver hostage", or the object beside it."""
    hostage = hostage_of(verb)
    if hostage is None:
        return None
    if is_passive(verb):
        return subject_of(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and is_person_like(verb.head):
        return verb.head  # "an aid worker held hostage in Kadrath"
    if hostage.dep_ != "dobj":
        return child_with(verb, "dobj")  # "took them hostage" read with "hostage" as a complement
    return next((c for c in hostage.children if c.dep_ == "compound" and is_person_like(c)), None)


def told_not_held(hold: Token) -> bool:
    """ "every time they are told that their relatives are not being held": the capture is
    denied to the family, which is how an enforced disappearance is concealed."""
    told = hold.head
    family = subject_of(told) if is_passive(told) else child_with(told, "dobj", "dative")
    return (
        hold.dep_ == "ccomp"
        and told.lemma_.lower() in ("tell", "inform", "say")
        and (is_passive(told) or is_person_like(family))
        and is_person_like(subject_of(hold))
    )


# Words that stand for some of a group named after "of": "some of the men", "either of them".
PARTS_OF = frozenset({"some", "either", "both", "all", "many", "most", "several", "each", "one"})


def unseen_person(see: Token) -> Token | None:
    """Who was not seen again: the object of "never saw him again", the subject of "have
    never been seen again", through "some of" / "either of" to the people meant."""
    seen = subject_of(see) if is_passive(see) else child_with(see, "dobj")
    if seen is not None and (seen.lower_ in PARTS_OF or seen.pos_ == "NUM"):
        members = object_of_preposition(seen, "of")
        if is_person_like(members):
            return seen  # "some of the men", as written
    return seen if is_person_like(seen) else None


def alive_or_dead_unknown(verb: Token) -> bool:
    """ "we don't know if he is alive or dead", "no one can tell us whether she is still
    alive": a person whose very survival is unknown to those who ask, as relatives word a
    disappearance (a sick or wounded person's survival is told otherwise)."""
    if verb.lemma_.lower() != "be" or verb.dep_ != "ccomp":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children):
        return False
    state = child_with(verb, "acomp")
    if state is None or state.lower_ not in ("alive", "dead"):
        return False
    telling = verb.head
    if telling.lemma_.lower() not in WITHHELD | {"say", "tell"}:
        return False
    if telling.lemma_.lower() == "know" and not any(c.dep_ == "conj" for c in state.children):
        return False  # "I don't know if that man is alive": a fear for him, not "alive or dead"
    refused = telling.dep_ == "xcomp" and telling.head.lemma_.lower() in REFUSING
    return (is_negated(telling) or refused) and is_person_like(subject_of(verb))


# Verbs by which captors own up to a custody; refused, the custody is concealed.
ADMITTING = frozenset({"acknowledge", "admit", "confirm"})


def custody_not_admitted(verb: Token) -> bool:
    """ "the authorities refuse to confirm that he is being held", "have never acknowledged
    that she was detained": a custody its holders will not own up to is concealed. A plain
    "did not confirm" is a news desk's caution, so "confirm" counts only when refused."""
    if verb.lemma_.lower() not in ("hold", "detain", "arrest", "keep", "take"):
        return False
    if verb.dep_ not in ("ccomp", "xcomp") or not is_person_like(concealed_person(verb)):
        return False
    if verb.dep_ == "ccomp" and not is_passive(verb):
        return False
    admit = verb.head
    if admit.lemma_.lower() not in ADMITTING:
        return False
    refused = admit.dep_ == "xcomp" and admit.head.lemma_.lower() in REFUSING
    return refused or (admit.lemma_.lower() != "confirm" and is_negated(admit))


def concealed_person(verb: Token) -> Token | None:
    """Who is held where no one will say: the subject of "where he is held", the object of
    "where they took him" or of "have not acknowledged holding the activist"."""
    held = None if is_passive(verb) else child_with(verb, "dobj")
    return held if held is not None else subject_of(verb)


def whereabouts_withheld(verb: Token) -> bool:
    """ "refuse to disclose where he is held", "we do not know where they took him", "refused
    to confirm whether they were holding him", "we don't know if he is alive or dead"."""
    if alive_or_dead_unknown(verb) or custody_not_admitted(verb):
        return True
    lemma = verb.lemma_.lower()
    if lemma not in ("hold", "keep", "take", "be", "detain", "bring", "imprison"):
        return False
    asked_where = any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children)
    asked_whether = any(c.lower_ == "whether" and c.dep_ == "mark" for c in verb.children)
    if not asked_where and not (asked_whether and lemma in ("hold", "detain")):
        return False
    held = subject_of(verb)
    if held is not None and held.pos_ == "NOUN" and not is_person_like(held):
        return False  # "does not know where the hearing will be held": a place of an event
    telling = verb.head
    if verb.dep_ == "pcomp" and telling.lower_ in ("of", "about"):
        telling = telling.head  # "the family was not informed of where he was taken"
    elif verb.dep_ not in ("ccomp", "dobj", "advcl"):
        return False
    if telling.lemma_.lower() in LEARNING:  # "relatives have been unable to learn where …"
        able = telling.head if telling.dep_ == "xcomp" else None
        if able is not None and able.lower_ == "able":  # "have not been able to find out"
            return is_negated(able) or (able.dep_ == "acomp" and is_negated(able.head))
        return able is not None and able.lower_ == "unable"
    if telling.lemma_.lower() not in WITHHELD:
        return False
    refused = telling.dep_ == "xcomp" and telling.head.lemma_.lower() in REFUSING
    willing = telling.head if telling.dep_ == "xcomp" else None
    unwilling = (
        willing is not None
        and willing.lemma_.lower() in ("willing", "able", "prepared", "ready")
        and is_negated(willing.head)  # "no official has been willing to say where he is"
    )
    return is_negated(telling) or refused or unwilling


def never_came_back(verb: Token) -> bool:
    """ "he never came back", "has never returned": a person who went somewhere and was not
    seen again, told as an absence."""
    never = any(c.lower_ == "never" for c in verb.children) or still_not_back(verb)
    back = verb.lemma_.lower() == "return" or any(c.lower_ == "back" for c in verb.children)
    went_home = any(t.lower_ == "to" and t.dep_ == "prep" for t in verb.subtree)  # "to the village"
    return never and back and not went_home and is_person_like(subject_of(verb))


def still_not_back(verb: Token) -> bool:
    """ "their sons had not come back even after they paid", "has not returned since": a
    person not back by the time told, said in the perfect, is an absence like "never"."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and is_negated(verb) and child_with(verb, "dobj") is None


# Words that say nothing was heard or known, where the parser sees no negation.
NOTHING = frozenset({"nothing", "nobody", "none", "no-one"})


def not_heard_from(hear: Token) -> Token | None:
    """ "I have not heard anything from him since that day", "nothing has been heard of him
    since", "were taken away and have not been heard from", "they took my father and we have
    heard nothing since": no word from a person, since a day or in the perfect, is how
    relatives and monitors tell a disappearance."""
    if hear.lemma_.lower() != "hear":
        return None
    silent = {c.lower_ for c in hear.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    if not (is_negated(hear) or silent & NOTHING or _no_one_subject(hear)):
        return None
    if modal_of(hear) not in (None, "past"):
        return None  # "may never be heard from again": a fear, not an absence
    since = any(t.lower_ == "since" for t in hear.subtree)
    heard_from = object_of_preposition(hear, "from", "of")
    if heard_from is not None:
        return heard_from if since and is_person_like(heard_from) else None
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in hear.children)
    dangling = any(c.lower_ == "from" and not list(c.children) for c in hear.children)
    if is_passive(hear) and dangling and (since or perfect):
        missing = subject_of(hear)  # "… and have not been heard from"
        return missing if is_person_like(missing) else None
    taken = hear.head if hear.dep_ == "conj" else None
    if taken is not None and since and taken.lemma_.lower() in TAKING_AWAY:
        missing = child_with(taken, "dobj")  # "they took my father away … heard nothing since"
        return missing if is_person_like(missing) else None
    return None


# Verbs of carrying someone off that a silence "since" in the same sentence dates.
TAKING_AWAY = frozenset({"take", "seize", "arrest", "detain", "abduct", "snatch", "drag", "lead"})


def _no_one_subject(verb: Token) -> bool:
    """ "no one has heard from him since": the subject "one" under "no"."""
    subject = child_with(verb, "nsubj", "nsubjpass")
    return subject is not None and any(c.lower_ == "no" for c in subject.children)


def no_word_of(news: Token) -> Token | None:
    """ "the family has had no news of him since", "no information about the two students":
    nothing known of a person is how a disappearance is reported."""
    if not any(c.lower_ == "no" for c in news.children) or knows_nothing_itself(news):
        return None
    missing = object_of_preposition(news, "of", "about")
    if missing is None:  # "no information about where the men were held"
        missing = next(
            (
                subject_of(g)
                for c in news.children
                if c.dep_ == "prep" and c.lower_ in ("of", "about", "on", "as")
                for g in c.children
                if g.dep_ == "pcomp" and any(w.lower_ == "where" for w in g.children)
            ),
            None,
        )
    return missing if is_person_like(missing) else None


# Those who answer for a capture: when they say they know nothing of a person, they deny.
STATE_HOLDERS = CAPTORS | {
    "ministry",
    "office",
    "prosecutor",
    "government",
    "administration",
    "directorate",
    "department",
    "bureau",
    "spokesman",
    "spokeswoman",
    "spokesperson",
}


def knows_nothing_itself(news: Token) -> bool:
    """ "the ministry says it has no information about him", "police 'have no information'
    about the men": the authority that would hold someone saying it knows nothing of them
    is denying (a deny statement), not a family left without news. "It" is an institution;
    "they" and "we" under a speech verb stand for the speaker of that verb."""
    having = news.head
    if news.dep_ != "dobj" or having.lemma_.lower() != "have":
        return False
    holder = subject_of(having)
    if holder is not None and holder.lower_ in ("they", "we") and having.dep_ == "ccomp":
        holder = subject_of(having.head)  # "police said they had no information"
    if holder is None:
        return False
    return holder.lower_ == "it" or holder.lemma_.lower() in STATE_HOLDERS


def no_record_of_act(act: Token) -> bool:
    """ "no record of his arrest": a capture the authorities say they have no trace of is
    concealed."""
    record = act.head.head if act.head.dep_ == "prep" else None
    return (
        record is not None
        and record.lemma_.lower() in ("record", "trace", "information")
        and any(c.lower_ == "no" for c in record.children)
    )


def unacknowledged(act: Token) -> bool:
    """ "the authorities have not acknowledged his detention", "refuse to confirm her arrest":
    a capture concealed by those holding the person."""
    verb = act.head
    if act.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in (
        "acknowledge",
        "confirm",
        "admit",
        "register",
        "disclose",
    ):
        return False
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING
    return is_negated(verb) or refused


# Verbs of making a fate known, which, negated, leave it hidden ("has not been clarified").
CLARIFIED = WITHHELD | {"clarify", "establish", "determine", "ascertain", "verify", "make"}
# Verbs of handing over what is known, which, negated or refused, withhold it ("refused to
# provide any information about his fate").
GIVING = frozenset(
    {"provide", "give", "share", "offer", "release", "receive", "get", "have", "obtain"}
)
# Verbs of giving information that take the fate itself as object ("refuse to provide his
# whereabouts").
TELLING = frozenset({"provide", "give", "share", "communicate"})


def fate_unknown(whereabouts: Token) -> bool:
    """ "his whereabouts remain unknown", "his fate has not been clarified", "refused to
    provide any information about his fate": concealment of someone's fate (not of things:
    "the whereabouts of the documents")."""
    owner = object_of_preposition(whereabouts, "of")
    if owner is not None and not is_person_like(owner) and owner.pos_ == "NOUN":
        return False
    verb = whereabouts.head
    if any(c.lower_ in ("unknown", "unclear") for c in verb.children):
        return True
    if whereabouts.dep_ == "nsubjpass" and verb.lemma_.lower() in CLARIFIED:
        return is_negated(verb) and modal_of(verb) in (None, "past")
    if whereabouts.dep_ == "pobj" and verb.lower_ in ("about", "on", "regarding", "of"):
        known = verb.head  # "refused to provide any information about his fate"
        giving = known.head if known.dep_ == "dobj" else None
        given = giving is not None and giving.lemma_.lower() in GIVING
        if known.lemma_.lower() in KNOWLEDGE and given and not _says_no(known):
            if _withheld(giving):
                return True
    if whereabouts.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() == "know":
        known = verb.head  # "nothing is known of the fate of the remaining 12 detainees"
        silent = {c.lower_ for c in known.children if c.dep_ in ("nsubj", "nsubjpass")}
        return is_negated(known) or bool(silent & (NOTHING | {"little"}))
    if whereabouts.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in WITHHELD:
        return is_negated(verb.head)  # "his family has not been informed of his whereabouts"
    if whereabouts.dep_ == "pobj" and verb.lower_ in ("of", "about", "on", "regarding"):
        known = verb.head  # "no information about his fate", "deny any knowledge of …"
        if known.lemma_.lower() in KNOWLEDGE:
            return any(c.lower_ == "no" for c in known.children) or denier_of(known) is not None
    # "refused to reveal his whereabouts", "have not disclosed her fate": kept hidden
    if whereabouts.dep_ != "dobj" or verb.lemma_.lower() not in WITHHELD | TELLING:
        return False
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING
    return is_negated(verb) or refused


def _withheld(verb: Token) -> bool:
    """ "refused to provide", "have not provided", "unable to obtain", "not been able to get":
    what is sought was not given."""
    if is_negated(verb):
        return True
    if verb.dep_ != "xcomp":
        return False
    governor = verb.head.lemma_.lower()
    able = governor == "able" and (is_negated(verb.head) or is_negated(verb.head.head))
    return governor in REFUSING or governor == "unable" or able


def _says_no(noun: Token) -> bool:
    """ "no information": the "no" a later rule reads on its own."""
    return any(c.lower_ == "no" for c in noun.children)


# Participles that, before a word for a person, say the person was made to disappear.
VANISHED_ADJECTIVES = frozenset({"disappeared", "abducted", "kidnapped", "vanished"})


def disappeared_person(word: Token) -> Token | None:
    """ "Fears for disappeared student organiser", "the abducted journalist": the adjective
    asserts the disappearance of the person it names ("families of the disappeared", with no
    person named, refers back and is no claim)."""
    person = word.head
    if word.lower_ not in VANISHED_ADJECTIVES or word.dep_ not in ("amod", "compound"):
        return None
    if person.i < word.i or not is_person_like(person):
        return None
    if "\n" in person.doc[word.i : person.i + 1].text:
        return None  # a headline's last word hung on the next line's dateline
    named = person.ent_type_ == "PERSON" or person.lower_ in PERSON_NOUNS  # "UNION LEADER"
    return person if person.pos_ == "NOUN" or named else None


def fate_not_known(happen: Token) -> Token | None:
    """Whom relatives cannot learn the fate of: "his family don't know what happened to him",
    "no one will tell us what happened to my son". The person, never "what"."""
    if happen.lemma_.lower() != "happen" or happen.dep_ != "ccomp":
        return None
    what = subject_of(happen)
    victim = object_of_preposition(happen, "to")
    if what is None or what.lower_ != "what" or not is_person_like(victim):
        return None
    knowing = happen.head
    if knowing.lemma_.lower() not in WITHHELD | LEARNING | {"know", "tell", "say"}:
        return None
    refused = knowing.dep_ == "xcomp" and knowing.head.lemma_.lower() in REFUSING
    return victim if is_negated(knowing) or refused or _no_one_subject(knowing) else None

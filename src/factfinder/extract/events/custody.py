"""Detention rules: custody begun, kept, ordered or denied ("placed in detention")."""

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
    clause_root,
    headline,
    is_negated,
    is_passive,
    modal_of,
)
from factfinder.extract.events.disappearance import ADMITTING
from factfinder.extract.events.lexicon import BACKGROUND, CAPTORS, CUSTODY_WORDS, DENY_VERBS
from factfinder.extract.events.people import is_person_like

# Verbs by which courts and police hold someone to have done an act.
JUDGING = frozenset(
    {"convict", "jail", "sentence", "charge", "indict", "prosecute", "try", "imprison", "arrest"}
    | {"detain", "fine", "punish", "acquit"}
)
# Vehicles people are bundled into or carried off in.
VEHICLES = frozenset({"van", "car", "vehicle", "truck", "jeep", "bus", "minibus", "lorry"})


def serves_prison_term(serve: Token) -> bool:
    """ "is serving a five-year sentence"; "prisoners who have served half their sentence"
    describes whom a rule covers, not someone held."""
    term = child_with(serve, "dobj")
    return (
        term is not None
        and term.lemma_.lower() in ("sentence", "term")
        and (serve.dep_ != "relcl" or serve.tag_ == "VBG")  # "who had been serving"
        and not (serve.dep_ == "pcomp" and serve.head.lower_ in BACKGROUND)  # "after serving"
        and not is_negated(serve)
    )


def in_custody_now(verb: Token, denied: bool = False) -> bool:
    """ "The lawyer remains in detention", "has been behind bars since May"; with `denied`, the
    custody a negated verb speaks of ("he was not in their custody")."""
    if is_negated(verb) != denied or modal_of(verb) not in (None, "past"):
        return False
    for place in objects_of_prepositions(verb, "in", "behind", "into"):
        words = {t.lemma_.lower() for t in place.subtree}
        if words & (CUSTODY_WORDS | {"bar"}) and not words & {"charge", "police"}:
            return is_person_like(subject_of(verb))
    return False


def kept_for_hours(keep: Token) -> bool:
    """A person kept somewhere for hours or days by captors, or at a police station: custody
    ("kept me there for six hours"), not "kept them informed"."""
    if is_passive(keep) or not is_person_like(child_with(keep, "dobj")):
        return False
    span = object_of_preposition(keep, "for")
    for place in objects_of_prepositions(keep, "in", "at", "inside"):
        span = span or object_of_preposition(place, "for")  # "kept us in a yard for two days"
    if span is None or span.lemma_.lower() not in ("hour", "day", "night", "week", "month"):
        return False
    keeper = subject_of(keep)
    context = {t.lower_ for t in keep.sent} & (CUSTODY_WORDS - {"charge"})
    if keeper is not None and keeper.lower_ == "they" and kept_in_a_place(keep):
        return True  # testimony: "they kept me in a room without a window for three days"
    return bool(context) or (keeper is not None and keeper.lemma_.lower() in CAPTORS)


def kept_in_a_place(keep: Token) -> bool:
    """ "kept me in a room", "kept us at a farm": the witness held somewhere by others."""
    kept = child_with(keep, "dobj")
    place = object_of_preposition(keep, "in", "at", "inside")
    return kept is not None and kept.lower_ in ("me", "us") and place is not None


def into_vehicle(verb: Token) -> str | None:
    """People forced into a vehicle are taken into custody; into an unmarked one, by captors
    who hide who they are."""
    vehicle = object_of_preposition(verb, "into")
    if vehicle is not None and vehicle.lemma_.lower() in ("back", "rear"):
        vehicle = object_of_preposition(vehicle, "of")  # "into the back of a truck"
    moved = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    if vehicle is None or vehicle.lemma_.lower() not in VEHICLES:
        return None
    if not is_person_like(moved):
        return None
    unmarked = any(
        c.lower_ in ("unmarked", "unidentified") or (c.lower_ == "without" and c.dep_ == "prep")
        for c in vehicle.children
    ) or any(without_plates(c) for c in [*vehicle.children, *verb.children])
    # "an unmarked car", "a van without plates", "a minibus with no number plates"
    official = any(c.lemma_.lower() in CAPTORS for c in vehicle.children)  # "police vans"
    mover = by_agent(verb) if is_passive(verb) else subject_of(verb)
    official = official or (mover is not None and mover.lemma_.lower() in CAPTORS)
    if unmarked:
        return "enforced_disappearance"
    return "detention" if official else None


def without_plates(prep: Token) -> bool:
    """ "with no number plates", "with no markings": a vehicle that hides who drives it (the
    parser hangs the phrase on the vehicle or on the verb)."""
    if prep.dep_ != "prep" or prep.lower_ != "with":
        return False
    plates = child_with(prep, "pobj")
    return (
        plates is not None
        and plates.lemma_.lower() in ("plate", "marking", "registration", "insignia")
        and any(c.dep_ == "det" and c.lower_ == "no" for c in plates.children)
    )


def held_to_account(hold: Token) -> bool:
    """ "held to account", "held accountable/responsible": answerable, not in custody."""
    named = {c.lower_ for c in hold.children}
    named |= {g.lemma_.lower() for c in hold.children if c.lower_ == "to" for g in c.children}
    return bool(named & {"account", "accountable", "responsible", "liable"})


# What a person is "held in" that is an opinion of them, not a cell: "held in high regard".
ESTEEM = frozenset({"regard", "esteem", "contempt", "awe", "respect", "suspicion", "check"})
# Particles that make "hold" another verb: "held back a year", "held off", "held out".
OTHER_HOLDS = frozenset({"back", "off", "out", "over", "together"})


def held_in_esteem(hold: Token) -> bool:
    """ "a judge held in high regard", "was held in contempt by parliament", "she was held
    back a year at school": an opinion or a delay, no one deprived of liberty."""
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in OTHER_HOLDS for c in hold.children):
        return True
    place = object_of_preposition(hold, "in")
    return place is not None and place.lemma_.lower() in ESTEEM


# Places of medical care a person is "held" or "kept" in: a ward, quarantine.
CARE_PLACES = frozenset({"quarantine", "ward", "hospital", "clinic", "icu", "sanatorium"})


def held_for_care(hold: Token) -> bool:
    """ "11 of them are being held in isolation wards", "were kept in quarantine for 48
    hours": patients kept for their care, no one deprived of liberty (a "prison hospital" or
    "held in isolation" in a jail is custody)."""
    place = object_of_preposition(hold, "in", "at")
    if place is None or place.lemma_.lower() not in CARE_PLACES:
        return False
    return not {t.lower_ for t in place.subtree} & CUSTODY_WORDS


def held_in_stress_position(hold: Token) -> bool:
    """ "held in stress positions for prolonged periods": a way of hurting a captive, which
    the sets read as torture, not as the custody itself."""
    place = object_of_preposition(hold, "in")
    return (
        place is not None
        and place.lemma_.lower() == "position"
        and any(c.lower_ == "stress" for c in place.children)
    )


def held_there_before(hold: Token) -> bool:
    """ "None of the men held there were brought before a judge", "Two of the men held there
    told our colleagues": "the" men and "there" point back to a custody and a place already
    told; the sentence says something else about them."""
    if hold.dep_ != "acl" or not any(c.lower_ == "there" for c in hold.children):
        return False
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in hold.head.children
    )


def number_unstated(hold: Token) -> bool:
    """ "The number of men detained is also higher than we knew", "information on the number
    of people held at Camp Ostrel": a count asked about or compared, not given, tells no
    custody; "the number of activists held rose to 34" and "put the number of men detained at
    more than 60" give one."""
    counted = hold.head
    if hold.dep_ != "acl" or counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return False
    number = counted.head.head
    if number.lemma_.lower() != "number":
        return False
    governor = number.head
    figures = [
        t
        for c in governor.children
        if c is not number and c.dep_ in ("prep", "attr", "dobj")
        for t in c.subtree
        if t.pos_ == "NUM" or t.lower_ in ("dozens", "hundreds", "thousands", "scores")
    ]
    return not figures


# Who a demand asks to be freed when it names no one: "release anyone who remains detained".
ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "all"})


def held_among_anyone_to_free(hold: Token) -> bool:
    """ "urge Orvania to release anyone who remains detained without legal basis": the people
    a demand would free, described by their custody, are not a custody told as done."""
    clause = hold
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
        clause = clause.head
    anyone = clause.head
    return (
        clause.dep_ in ("relcl", "acl")
        and anyone.lower_ in ANYONE
        and anyone.head.lemma_.lower() in ("release", "free")
    )


# States of a captive kept bound: "kept chained by the ankle", "kept handcuffed".
BOUND = frozenset({"chained", "shackled", "handcuffed", "manacled", "tied", "caged"})


def kept_bound(keep: Token) -> bool:
    """ "he had been kept chained by the ankle in a cave", "they kept us handcuffed for
    days": a person kept bound is held captive (not "kept busy", nor a dog kept chained)."""
    if not any(
        c.lower_ in BOUND and c.dep_ in ("oprd", "acomp", "xcomp", "advcl", "ccomp")
        for c in keep.children
    ):
        return False
    kept = subject_of(keep) if is_passive(keep) else child_with(keep, "dobj")
    return is_person_like(kept)


# What sport and traffic "hold": "were held to a goalless draw", "held up in traffic".
RESULTS_HELD_TO = frozenset({"draw", "stalemate", "tie"})


def held_in_play(hold: Token) -> bool:
    """ "leaders Ostrand Rovers were held to a goalless draw", "fans were held up by a traffic
    jam": a result or a delay, no one deprived of liberty ("held up at gunpoint" is a robbery)."""
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in hold.children):
        return True
    to = next((c for c in hold.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    # "held to a goalless draw" with "draw" misread as a verb on "goalless"
    return to is not None and bool({t.lemma_.lower() for t in to.subtree} & RESULTS_HELD_TO)


# What "arrest" halts when it is no person: "arrested a run of five defeats", "their slide".
TRENDS = frozenset(
    {"run", "slide", "decline", "fall", "slump", "spread", "rise", "growth", "trend", "streak"}
    | {"drop", "loss", "collapse", "descent", "momentum", "progress", "development"}
)


def arrests_a_trend(arrest: Token) -> bool:
    """ "Solvar FC arrested a run of five straight defeats": arrest in the sense of halt."""
    halted = child_with(arrest, "dobj")
    return halted is not None and halted.lemma_.lower() in TRENDS


def convicted_of(act: Token) -> Token | None:
    """Who a court or the police hold to have done the act: "jailed two officers for beating
    a fruit seller to death", "three men were charged with killing her"."""
    prep = act.head
    if act.dep_ != "pcomp" or prep.lower_ not in ("for", "of", "with"):
        return None
    verdict = prep.head
    if verdict.lemma_.lower() not in JUDGING:
        return None
    return subject_of(verdict) if is_passive(verdict) else child_with(verdict, "dobj")


def in_custody_of(have: Token) -> bool:
    """ "having him in custody": a person kept in custody by the subject."""
    held = child_with(have, "dobj")
    place = object_of_preposition(have, "in")
    custody = place is not None and place.lemma_.lower() in ("custody", "detention")
    return custody and is_person_like(held) and held is not None


def holds_captive(verb: Token) -> bool:
    """ "Authorities are holding 40 men in a factory": held by captors, or held in custody."""
    held = child_with(verb, "dobj")
    if not is_person_like(held) or held is None or held.lower_ in ("hands", "hand"):
        return False
    if captivity_of_abduction(verb) or held_unacknowledged(verb):
        return False
    words = {t.lemma_.lower() for t in verb.subtree}
    captor = subject_of(verb)
    if verb.head.lemma_.lower() in DENY_VERBS or custody_admitted(verb):
        return True  # "the authorities deny holding him", "admits holding missing journalist"
    if held.lemma_.lower() in ("prisoner", "detainee", "hostage"):
        return True  # "Calderra holds political prisoners": custody by what they are called
    if is_negated(verb) and institution(captor):
        return True  # "the Ministry does not hold Mr Karsa": a custody denied
    if words & {"ransom"} or for_a_time(verb):
        return True  # "held them for ransom", testimony's "they held me for two days"
    return bool(words & (CUSTODY_WORDS | {"hostage", "captive", "incommunicado"})) or (
        captor is not None and captor.lemma_.lower() in CAPTORS
    )


def custody_admitted(hold: Token) -> bool:
    """ "Authorities acknowledged that they were holding the reporter", "Tarvania admits
    holding missing journalist": an authority owning up to a custody asserts it (negated,
    "have not acknowledged holding them", it is a disappearance instead). A headline's
    "admits" can be read as an auxiliary of "holding"."""
    admit = hold.head if hold.dep_ in ("xcomp", "ccomp") else None
    admitted = admit is not None and admit.lemma_.lower() in ADMITTING and not is_negated(admit)
    admitted = admitted or any(
        c.dep_ == "aux" and c.lower_.startswith(("admit", "acknowledg", "confirm"))
        for c in hold.children
    )
    return admitted and not is_negated(hold)


# Bodies of the state that speak for the custody they keep ("we" in a ministry's statement).
INSTITUTIONS = frozenset({"ministry", "government", "state", "bureau", "department", "we"})


def institution(captor: Token | None) -> bool:
    """An authority that could hold someone: the police, a ministry, a named agency (not
    "voters do not hold politicians in high regard")."""
    if captor is None:
        return False
    return captor.ent_type_ == "ORG" or captor.lemma_.lower() in CAPTORS | INSTITUTIONS


# Verbs of seizing a person by stealth or by force outside the law: what follows is captivity.
ABDUCTING = frozenset({"kidnap", "abduct", "snatch"})


def captivity_of_abduction(hold: Token) -> bool:
    """ "kidnapped on 8 June and held in a house": the holding is the captivity of the
    abduction told beside it, one act (a disappearance), not a second one of custody."""
    return any(verb.lemma_.lower() in ABDUCTING for verb in [*hold.conjuncts, clause_root(hold)])


def held_unacknowledged(hold: Token) -> bool:
    """ "14 men held by the SPB without acknowledgement", "have not acknowledged holding
    them": a capture the authorities conceal is a disappearance, not a custody."""
    without = object_of_preposition(hold, "without")
    if without is not None and without.lemma_.lower() in ("acknowledgement", "acknowledgment"):
        return True
    admit = hold.head
    return (
        hold.dep_ in ("xcomp", "ccomp")
        and admit.lemma_.lower() in ("acknowledge", "admit", "confirm")
        and is_negated(admit)
    )


def for_a_time(verb: Token) -> bool:
    """ "for two days", "for three weeks": how long someone was held."""
    span = object_of_preposition(verb, "for")
    return span is not None and span.lemma_.lower() in (
        "hour",
        "day",
        "night",
        "week",
        "month",
        "year",
    )


def held_person(token: Token) -> bool:
    """ "Held" deprives someone of liberty only when a person is held, or held in custody."""
    if captivity_of_abduction(token) or held_unacknowledged(token):
        return False
    words = {t.lower_ for t in token.subtree}
    if words & (CUSTODY_WORDS | {"trial", "overnight", "incommunicado"}):
        return True
    if held_by_relative_who(token):
        return True  # "Arman, 33, who was held at Kelm No. 2 from March to October"
    held = subject_of(token)
    return held is not None and held.lower_ not in ("it", "this", "that") and is_person_like(held)


def held_by_relative_who(hold: Token) -> bool:
    """ "Bruna Talvik, who had been held for 40 days", "Arman, who was held at Kelm No. 2":
    "who" stands for a person whatever the tagger makes of the name it follows, and a person
    held for a time or at a place is in custody (an opinion, "held in high regard", is not)."""
    who = child_with(hold, "nsubjpass")
    if hold.dep_ != "relcl" or who is None or who.lower_ not in ("who", "whom"):
        return False
    if held_in_esteem(hold) or is_negated(hold):
        return False
    return for_a_time(hold) or object_of_preposition(hold, "at", "in", "since") is not None


def deprived_of_liberty(deprive: Token) -> bool:
    """ "was deprived of his liberty for six months", "no citizen has been deprived of liberty
    outside the procedures": the law's words for custody; not "deprived of their freedom of
    expression", a right taken, nor "deprived of food"."""
    if deprive.dep_ == "acl" and child_with(deprive, "nsubjpass") is None:
        return False  # "persons deprived of their liberty": the law's name for detainees
    if any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in deprive.children):
        return False  # "no journalist is deprived of liberty for his work": how things are
    kept_from = object_of_preposition(deprive, "of")
    if kept_from is None or kept_from.lemma_.lower() not in ("liberty", "freedom"):
        return False
    if object_of_preposition(kept_from, "of") is not None:
        return False  # "deprived of freedom of movement"
    deprived = subject_of(deprive) if is_passive(deprive) else child_with(deprive, "dobj")
    return is_person_like(deprived)


def into_custody(verb: Token) -> bool:
    """ "placed in detention", "sent to a camp", "kept in overcrowded cells": put in a place
    of custody, a detention (and "remanded" is one with no place named)."""
    place = object_of_preposition(verb, "in", "into", "to", "inside")
    if place is None:  # "kept in overcrowded cells" with "in" read as a particle
        particle = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "in"), None)
        objects = [c for c in particle.children if c.dep_ == "pobj"] if particle else []
        place = objects[-1] if objects else None
    if place is None:
        return verb.lemma_.lower() == "remand"
    words = {t.lemma_.lower() for t in place.subtree}
    return bool(words & (CUSTODY_WORDS | {"station", "colony", "basement", "custody"} | HOLES))


# Rooms and sheds people are shut in that are no prison: "kept in a barn", "in a container".
CONFINEMENTS = frozenset(
    {"barn", "container", "shed", "warehouse", "garage", "stable", "hangar", "storeroom"}
    | {"room", "hall", "gym", "gymnasium", "toilet", "depot", "outbuilding"}
)


def confined_in_place(verb: Token) -> bool:
    """ "he was locked for six hours in a roadside container", "the men had been kept in a barn
    and beaten", "they kept the women in a hall for about six hours": people shut in a room or
    shed by others are held there. "Locked" a person needs only the place or the time; "kept"
    needs a shed or room and either the passive or a span of time ("kept the children in the
    hall" alone is ordinary care)."""
    if is_negated(verb) or modal_of(verb) not in (None, "past"):
        return False
    if any(c.lower_ in ("out", "up") for c in verb.children):
        return False  # "locked out of their homes", "kept up"
    confined = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    if not is_person_like(confined) or (confined is not None and confined.lower_ == "it"):
        return False
    place = object_of_preposition(verb, "in", "inside")
    shut_in = place is not None and place.lemma_.lower() in CONFINEMENTS
    lemma = verb.lemma_.lower()
    if lemma == "lock":
        return shut_in or for_a_time(verb) or (place is not None and for_a_time(place))
    keeper = None if is_passive(verb) else subject_of(verb)
    ordinary = keeper is not None and keeper.lower_ not in ("they", "he")
    ordinary = ordinary and not institution(keeper)  # "teachers kept the pupils in the hall"
    timed = for_a_time(verb) or (place is not None and for_a_time(place))  # "in a hall for …"
    return shut_in and not ordinary and (is_passive(verb) or timed)


# Places captors hold people in that are no prison: "kept me in a cellar", "in a pit".
HOLES = frozenset({"cellar", "pit", "cage", "dungeon", "bunker"})


def taken_into_custody(take: Token) -> bool:
    """ "they took me to a police station": taken to a place of custody, not on a trip."""
    destination = object_of_preposition(take, "to", "into")
    if destination is None:
        return False
    words = {t.lemma_.lower() for t in destination.subtree}
    return bool(words & (CUSTODY_WORDS | {"station", "base", "headquarters", "precinct"}))


def ordered_by_court(held: Token) -> bool:
    """ "a court ordered them held for two months": a judge's order of custody is the custody."""
    order = held.head
    if held.dep_ not in ("ccomp", "xcomp") or order.lemma_.lower() not in ("order", "remand"):
        return False
    judge = subject_of(order)
    return (
        not is_negated(order)
        and modal_of(order) is None
        and judge is not None
        and judge.lemma_.lower() in ("court", "judge", "magistrate", "tribunal", "prosecutor")
    )


def in_custody(death: Token) -> bool:
    """ "the death in custody of …", "died in detention": a death while held is an act, not
    a natural death."""
    following = death.doc[death.i + 1 : death.i + 3]  # "the death in custody of …" misattached
    words = {t.lower_ for t in death.subtree} | {t.lower_ for t in following}
    return bool(words & {"custody", "detention", "prison", "jail", "cell"})


# Participles that say a person is in prison when they modify the person's title (the tagger
# reads some as verbs, some as adjectives).
JAILED = frozenset({"jailed", "imprisoned", "detained", "incarcerated"})


def jailed_by_name(participle: Token) -> Token | None:
    """ "the jailed journalists Liska Dorne and Tomas Ruza", "detained editor Ruta Lenk": a
    custody participle on a title that carries the person's name asserts that this named
    person is held, the way reports keep reminding readers who is in prison. Without a name
    ("the detained activists") the phrase refers back to people already reported."""
    if participle.dep_ != "amod" or participle.lower_ not in JAILED:
        return None
    title = participle.head
    if headline_subject(title) and is_person_like(title):
        return title  # "Jailed reporter's family 'told to pay'", "detained man dies"
    if title.dep_ == "compound" and title.head.pos_ == "PROPN":
        return title.head  # "detained editor Ruta Lenk"
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in title.children)
    return title if named and is_person_like(title) else None


# Verbs by which a missing person is found again: "was located in", "turned up in".
SURFACING = frozenset({"find", "locate", "trace", "discover", "turn", "resurface", "reappear"})


def headline_subject(noun: Token) -> bool:
    """The one a headline is about, its subject or the owner of its subject ("detained man
    dies", "Jailed reporter's family …"): a headline names no one already reported, so its
    "detained man" asserts the custody that the body of the text tells."""
    owner = noun.dep_ == "poss" and noun.head.dep_ in ("nsubj", "nsubjpass", "ROOT")
    return headline(noun) and (noun.dep_ in ("nsubj", "nsubjpass") or owner)


def found_in_custody(verb: Token) -> Token | None:
    """Who "turned up in a pre-trial detention centre", "was located in the prison at Halvik",
    "was found in a prison after eight months": a person found in a place of custody is held
    there, the detention that families and lawyers learn of by finding them."""
    lemma = verb.lemma_.lower()
    if lemma not in SURFACING or is_negated(verb) or modal_of(verb) not in (None, "past"):
        return None
    if lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    intransitive = lemma in ("turn", "resurface", "reappear")
    if not (intransitive or is_passive(verb)):
        return None  # the one found must be the subject: "was found in", "turned up in"
    for place in objects_of_prepositions(verb, "in", "at", "inside"):
        words = {t.lemma_.lower() for t in place.subtree}
        if words & CUSTODY_WORDS:
            found = subject_of(verb)
            return found if is_person_like(found) else None
    return None


def no_prisoners_held(prisoners: Token) -> bool:
    """ "there are no political prisoners in Istrava", "no prisoners of conscience": the
    government's stock denial names the victims and their custody, so it is kept as a
    negated detention beside the denial (as "denied holding him")."""
    if prisoners.lemma_.lower() != "prisoner" or prisoners.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in prisoners.children):
        return False
    kinds = {c.lower_ for c in prisoners.children if c.dep_ in ("amod", "compound")}
    conscience = object_of_preposition(prisoners, "of")
    return "political" in kinds or (conscience is not None and conscience.lower_ == "conscience")


def handed_to_captors(verb: Token) -> tuple[Token, Token] | None:
    """Who was "handed over to State Security" or "turned over to the police", and to whom: a
    person given into the hands of an authority that holds people is taken into its custody,
    the authority's (not the giver's) act."""
    if verb.lemma_.lower() not in ("hand", "turn") or is_negated(verb):
        return None  # not "transferred", which is as often said of money
    if modal_of(verb) not in (None, "past"):
        return None
    over = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "over"), None)
    if over is None:
        return None
    holder = object_of_preposition(verb, "to") or (
        object_of_preposition(over, "to") if over is not None else None
    )
    if holder is None or not institution(holder):
        return None
    given = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    return (given, holder) if given is not None and is_person_like(given) else None
